#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h316 (US-heavy).

Written by an AI helper acting as an independent author that did not see the
redaction code. Standard library only. Output is byte-for-byte reproducible.

    python scripts/make_pii_holdout316.py           # write fixture + README
    python scripts/make_pii_holdout316.py --check   # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 316241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout316")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MINIMUM = {t: 12 for t in TYPES}
MINIMUM.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

ONES = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "g": "golf", "h": "hotel",
        "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november", "p": "papa", "r": "romeo",
        "s": "sierra", "t": "tango", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu", "f": "freddie",
        "v": "victor", "u": "uniform", "q": "quebec", "i": "india"}

# ---------------------------------------------------------------- normalising
UNIT = {w: i for i, w in enumerate(ONES)}
UNIT.update({"oh": 0, "o": 0, "nought": 0})
HOMO = {"for": 4, "to": 2, "too": 2, "ate": 8, "won": 1}
TEEN = {w: 10 + i for i, w in enumerate(TEENS)}
TENW = {v: k for k, v in TENS.items()}
FILLER = {"um", "uh", "er", "erm", "and", "uhh", "dash", "hyphen", "plus", "slash", "space", "hmm"}


def words_to_str(text, letters=False):
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out, mult, i = [], 1, 0
    while i < len(toks):
        t = toks[i]
        rest = [x for x in toks[i + 1:] if x != "and"]
        nxt = rest[0] if rest else None
        if letters and len(t) == 1 and t.isalpha() and nxt == "for":
            out.append(t.upper() * mult)
            mult = 1
            i += 3
            continue
        if t.isdigit():
            out.append(t * mult if len(t) == 1 else t)
            mult = 1
        elif t in ("double", "triple"):
            mult = 2 if t == "double" else 3
        elif t in FILLER:
            pass
        elif t in UNIT:
            out.append(str(UNIT[t]) * mult)
            mult = 1
        elif not letters and t in HOMO:
            out.append(str(HOMO[t]) * mult)
            mult = 1
        elif t in TEEN:
            out.append(str(TEEN[t]))
        elif t in TENW:
            if nxt in UNIT and UNIT[nxt] > 0 and toks[i + 1] == nxt:
                out.append(str(TENW[t] * 10 + UNIT[nxt]))
                i += 1
            else:
                out.append(str(TENW[t] * 10))
        elif t == "hundred":
            if nxt in TEEN or nxt in TENW:
                pass
            elif nxt in UNIT:
                out.append("0")
            else:
                out.append("00")
        elif t == "thousand":
            if nxt in TEEN or nxt in TENW:
                out.append("0")
            elif nxt in UNIT:
                out.append("00")
            else:
                out.append("000")
        elif letters:
            out.append(t.upper() * mult)
            mult = 1
        else:
            raise ValueError("unknown token %r in %r" % (t, text))
        i += 1
    return "".join(out)


def email_norm(text):
    if "@" in text:
        return text.strip().lower()
    toks = text.lower().split()
    out, run = [], []
    numw = set(ONES) | set(TEENS) | set(TENW) | {"double", "triple"}
    for t in toks + ["<end>"]:
        if t in numw:
            run.append(t)
            continue
        if run:
            out.append(words_to_str(" ".join(run)))
            run = []
        if t == "<end>":
            break
        out.append({"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}.get(t, t))
    return "".join(out)


def date_digits(text):
    t = text.lower()
    month = None
    for i, m in enumerate(MONTHS):
        if re.search(r"\b" + m[:3] + r"[a-z]*\.?", t):
            month = i + 1
            t = re.sub(r"\b" + m[:3] + r"[a-z]*\.?", " ", t)
            break
    for tw, base in (("twenty", 20), ("thirty", 30)):
        for i in range(9):
            t = re.sub(r"\b%s %s\b" % (tw, ORD[i]), " %d " % (base + i + 1), t)
    t = re.sub(r"\bthirtieth\b", " 30 ", t)
    for i in range(len(ORD) - 1, -1, -1):
        t = re.sub(r"\b" + ORD[i] + r"\b", " %d " % (i + 1), t)
    t = re.sub(r"\b(the|of|th|st|nd|rd)\b", " ", t)
    t = re.sub(r"(\d)(th|st|nd|rd)\b", r"\1", t)
    return month, words_to_str(t)


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_WORDS = {"street", "st", "avenue", "ave", "drive", "dr", "road", "rd", "lane", "ln", "court", "ct",
                "boulevard", "blvd", "way", "place", "pl", "circle", "cir", "terrace", "ter", "park",
                "close", "crescent", "grove", "parkway", "pkwy", "highway", "hwy"}


def normalise(typ, text):
    if typ == "EMAIL":
        return email_norm(text)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return words_to_str(text, letters=True)
    if typ in ("DOB", "EXPIRY", "ADDRESS"):
        return text
    return words_to_str(text)


def validate(typ, canon):
    """Validate the canonical (normalised, concatenated) value of one entity."""
    if typ == "CARD_NUMBER":
        return canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "CVV":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ == "SSN":
        return (canon.isdigit() and len(canon) == 9 and canon[:3] not in ("000", "666")
                and canon[0] != "9" and canon[3:5] != "00" and canon[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(canon)) and canon[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "BANK_ACCOUNT":
        return canon.isdigit() and 6 <= len(canon) <= 17
    if typ == "SORT_CODE":
        return canon.isdigit() and len(canon) == 6
    if typ == "IBAN":
        return iban_ok(canon)
    if typ == "PHONE":
        return canon.isdigit() and 10 <= len(canon) <= 13
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", canon))
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"\d{5}(\d{4})?", canon) or UK_PC.fullmatch(canon))
    return False


def check_special(typ, text, val):
    """Loose checks for DOB / EXPIRY / ADDRESS parts (text against the generating value)."""
    if typ == "ADDRESS":
        toks = set(re.findall(r"[a-z]+", text.lower()))
        has_num = bool(re.search(r"\d", text)) or bool(toks & (set(ONES) | set(TEENS) | set(TENW) | {"hundred"}))
        return has_num and bool(toks & STREET_WORDS)
    y, m, d = val
    month, digits = date_digits(text)
    ok_year = str(y) in digits or digits.endswith(str(y)[2:])
    ok_month = month == m or ("%02d" % m) in digits or str(m) in digits
    ok_day = d is None or str(d) in digits
    return ok_year and ok_month and ok_day


# ---------------------------------------------------------------- generation
class Val:
    def __init__(self, typ, canon, special=None):
        self.typ, self.canon, self.special = typ, canon, special

    def __call__(self, text):
        return (text, self)


def dw(r, d, uk=False):
    if d == "0":
        return r.choice(["zero", "oh", "oh", "o"] + (["nought", "oh"] if uk else []))
    return ONES[int(d)]


def say_digits(r, s, uk=False, dbl=0.5, homo=0.0):
    words, i = [], 0
    while i < len(s):
        d, run = s[i], 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        if run >= 2 and r.random() < dbl:
            if run == 3 and r.random() < 0.6:
                words.append("triple " + dw(r, d, uk))
                i += 3
                continue
            words.append("double " + dw(r, d, uk))
            i += 2
            continue
        w = dw(r, d, uk)
        if homo and d in "428" and r.random() < homo:
            w = {"4": "for", "2": r.choice(["to", "too"]), "8": "ate"}[d]
        words.append(w)
        i += 1
    return " ".join(words)


def pair_words(r, p, uk=False):
    a, b = p
    if a == "0":
        return dw(r, "0", uk) + " " + dw(r, b, uk)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + ONES[int(b)]


def say_pairs(r, s, uk=False):
    if len(s) % 2:
        chunks = [s[0]] + [s[i:i + 2] for i in range(1, len(s), 2)]
    else:
        chunks = [s[i:i + 2] for i in range(0, len(s), 2)]
    out = " ".join(dw(r, c, uk) if len(c) == 1 else pair_words(r, c, uk) for c in chunks)
    if words_to_str(out) != s:
        return say_digits(r, s, uk, 0)
    return out


def say_mixed(r, s, uk=False, homo=0.0):
    """Digit by digit, pairs, or a mix; always verified."""
    k = r.random()
    out = say_digits(r, s, uk, homo=homo) if k < 0.55 else say_pairs(r, s, uk)
    if words_to_str(out) != s:
        out = say_digits(r, s, uk, 0)
    return out


def say_groups(r, groups, uk=False, homo=0.0, sep=" "):
    parts = []
    for g in groups:
        parts.append(say_mixed(r, g, uk, homo))
    out = sep.join(parts)
    if words_to_str(out) != "".join(groups):
        out = sep.join(say_digits(r, g, uk, 0) for g in groups)
    return out


def split_groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


def rdig(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def make_card(r, brand=None):
    brand = brand or r.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        prefix, n = "4" + rdig(r, 1), 16
    elif brand == "mc":
        prefix, n = r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif brand == "amex":
        prefix, n = r.choice(["34", "37"]), 15
    else:
        prefix, n = "6011", 16
    body = prefix + rdig(r, n - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, brand


def card_groups(card):
    return split_groups(card, [4, 6, 5]) if len(card) == 15 else split_groups(card, [4, 4, 4, 4])


def make_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


def make_ni(r):
    first, second = "ABCEGHJKLMNPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = r.choice(first) + r.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(r, 6) + r.choice("ABCD")


def iban_make(cc, bban):
    r2 = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r2)) % 97
    return "%s%02d%s" % (cc, chk, bban)


def make_iban(r):
    cc = r.choice(["GB", "IE", "DE", "NL", "FR", "ES", "IE"])
    if cc == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdig(r, 14)
    elif cc == "IE":
        bban = r.choice(["AIBK", "ULSB", "IPBS"]) + rdig(r, 14)
    elif cc == "DE":
        bban = rdig(r, 18)
    elif cc == "NL":
        bban = r.choice(["ABNA", "RABO", "INGB"]) + rdig(r, 10)
    elif cc == "FR":
        bban = rdig(r, 23)
    else:
        bban = rdig(r, 20)
    return iban_make(cc, bban)


def make_us_phone(r):
    return str(r.randint(2, 9)) + rdig(r, 2) + str(r.randint(2, 9)) + rdig(r, 6)


def fmt_us_phone(r, p):
    a, b, c = p[:3], p[3:6], p[6:]
    return r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "+1 %s %s %s", "1-%s-%s-%s",
                     "+1 (%s) %s-%s", "%s%s%s"]) % (a, b, c)


def make_zip(r, plus4=False):
    z = "%05d" % r.randint(1001, 99950)
    return z + rdig(r, 4) if plus4 else z


UK_PCS = ["SW1A 2AA", "M14 5TB", "LS6 3HN", "B15 2TT", "EH8 9YL", "CF10 3AT", "G12 8QQ", "NE1 7RU",
          "BS8 1TH", "L17 6BD", "OX4 1YP", "CR0 2AB", "N16 0LH", "SE15 4QF", "BT9 6AX", "NG7 2RD",
          "DN35 8PL", "W1T 4JE", "E14 5AB", "RG1 8DJ", "PL4 6LU", "TN34 1RS"]
FIRST = ["maria", "james", "tanya", "kevin", "olivia", "derek", "priya", "marcus", "siobhan", "aoife",
         "liam", "grace", "tom", "rachel", "hector", "mei", "dwayne", "keisha", "connor", "nadia", "brandon",
         "lupe", "travis", "ashley", "jamal", "kim"]
LAST = ["johnson", "okafor", "ramirez", "nguyen", "walsh", "patel", "murphy", "kowalski", "brennan",
        "fitzgerald", "lee", "garcia", "harris", "obrien", "castillo", "schmidt", "washington", "tran"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com",
           "comcast.net", "att.net", "sbcglobal.net", "verizon.net"]
UK_DOMAINS = ["btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "eircom.net", "outlook.ie"]
STREETS = ["maple", "oak", "elm", "willow creek", "cedar", "lincoln", "washington", "park", "lakeview",
           "sunset", "highland", "pine ridge", "magnolia", "chestnut", "river", "jefferson", "peachtree",
           "sycamore", "hillcrest", "meadowbrook", "church", "mill", "spring valley", "dogwood"]
SUFFIX = {"street": "St", "avenue": "Ave", "drive": "Dr", "road": "Rd", "lane": "Ln", "court": "Ct",
          "boulevard": "Blvd", "way": "Way", "place": "Pl", "circle": "Cir", "terrace": "Ter",
          "parkway": "Pkwy"}
UK_STREETS = ["kingsley road", "harbour street", "station road", "victoria avenue", "church lane",
              "ashgrove park", "the crescent", "mill lane", "oakfield close", "rathmines road"]
CITIES = [("austin", "tx"), ("columbus", "oh"), ("tampa", "fl"), ("phoenix", "az"), ("denver", "co"),
          ("raleigh", "nc"), ("spokane", "wa"), ("dayton", "oh"), ("fresno", "ca"), ("boise", "id"),
          ("omaha", "ne"), ("albany", "ny"), ("tulsa", "ok"), ("madison", "wi")]
US_IND = ["banking", "telecom", "utilities", "retail", "insurance", "healthcare billing", "travel",
          "government services", "cable tv", "auto finance", "pharmacy", "student loans", "mortgage"]
UK_IND = ["banking", "telecom", "utilities", "retail", "insurance", "government services", "travel"]
ACKS = ["mhm", "okay", "okay go on", "yep", "uh huh", "got it", "right", "go ahead", "okay and"]


def say_house(r, n):
    s = str(n)
    if len(s) == 3 and s[1:] == "00":
        return ONES[int(s[0])] + " hundred"
    if len(s) <= 2:
        return say_pairs(r, s)
    return say_pairs(r, s) if r.random() < 0.8 else say_digits(r, s, dbl=0)


def make_address(r, spoken, uk=False):
    if uk:
        n = r.randint(1, 140)
        st = r.choice(UK_STREETS)
        if spoken:
            txt = say_house(r, n) + " " + st
        else:
            txt = str(n) + " " + " ".join(w.capitalize() for w in st.split())
        return txt
    n = r.choice([r.randint(10, 99), r.randint(100, 999), r.randint(1000, 9999), r.randint(1000, 19999)])
    if r.random() < 0.1:
        n = r.randint(1, 9) * 100
    st = r.choice(STREETS)
    suf = r.choice(list(SUFFIX))
    pre = r.choice(["", "", "", "north ", "south ", "east ", "west "])
    unit = r.choice(["", "", "", "apt", "unit", "suite"])
    unum = str(r.randint(1, 40)) + r.choice(["", "", "b", "c"])
    if spoken:
        txt = say_house(r, n) + " " + pre + st + " " + suf
        if unit:
            txt += " " + ({"apt": "apartment"}.get(unit, unit)) + " " + say_pairs(r, re.sub(r"\D", "", unum)) + \
                (" " + unum[-1] if unum[-1].isalpha() else "")
    else:
        cap = lambda w: " ".join(x.capitalize() for x in w.split())
        sfx = SUFFIX[suf] if r.random() < 0.6 else cap(suf)
        p = cap(pre.strip())
        if p and r.random() < 0.6:
            p = p[0] + "."
        txt = str(n) + " " + (p + " " if p else "") + cap(st) + " " + sfx
        if unit:
            txt += r.choice([" ", ", "]) + r.choice([unit.capitalize() + " ", "#"]) + unum.upper()
        if r.random() < 0.2:
            txt = txt.lower()
    return txt


def make_dob(r):
    return (r.randint(1938, 2004), r.randint(1, 12), r.randint(1, 28))


def ordinal(d):
    if d <= 20:
        return ORD[d - 1]
    return "twenty " + ORD[d - 21] if d < 30 else "thirty"


def say_year(r, y):
    if y >= 2000:
        return r.choice(["two thousand " + (ONES[y - 2000] if y - 2000 < 10 else say_pairs(r, str(y - 2000))),
                         "twenty " + pair_words(r, "%02d" % (y - 2000))]) if y != 2000 else "two thousand"
    return pair_words(r, str(y)[:2]) + " " + pair_words(r, str(y)[2:])


def fmt_dob(r, dob, spoken, us=True):
    y, m, d = dob
    if spoken:
        k = r.randint(0, 4)
        if k == 0:
            return "%s %s %s" % (MONTHS[m - 1], ordinal(d), say_year(r, y))
        if k == 1:
            return "the %s of %s %s" % (ordinal(d), MONTHS[m - 1], say_year(r, y))
        if k == 2:
            return "%s %s %s" % (MONTHS[m - 1], ordinal(d), pair_words(r, str(y)[2:]))
        if k == 3:
            return "%s %s %s" % (say_digits(r, "%02d" % m, dbl=0), say_digits(r, "%02d" % d, dbl=0),
                                 say_year(r, y))
        return "%s %s %s" % (ONES[m] if m < 10 else TEENS[m - 10], pair_words(r, "%02d" % d) if d >= 10
                             else ONES[d], say_year(r, y))
    k = r.randint(0, 5)
    if k == 0:
        return "%02d/%02d/%d" % ((m, d, y) if us else (d, m, y))
    if k == 1:
        return "%d/%d/%s" % ((m, d, str(y)[2:]) if us else (d, m, str(y)[2:]))
    if k == 2:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    if k == 3:
        return "%d %s %d" % (d, MONTHS[m - 1][:3].capitalize(), y)
    if k == 4:
        return "%d-%02d-%02d" % (y, m, d)
    return "%02d-%02d-%d" % ((m, d, y) if us else (d, m, y))


def fmt_expiry(r, m, y, spoken):
    if spoken:
        k = r.randint(0, 3)
        if k == 0:
            return "%s %s" % (say_digits(r, "%02d" % m, dbl=0), pair_words(r, "%02d" % (y % 100)))
        if k == 1:
            return "%s %s" % (ONES[m] if m < 10 else TEENS[m - 10], pair_words(r, "%02d" % (y % 100)))
        if k == 2:
            return "%s %s" % (MONTHS[m - 1], say_year(r, y))
        return "%s slash %s" % (say_digits(r, "%02d" % m, dbl=0), say_digits(r, "%02d" % (y % 100), dbl=0))
    return r.choice(["%02d/%02d", "%02d/%02d", "%02d-%02d", "%02d%02d", "%02d / %02d"]) % (m, y % 100) \
        if r.random() < 0.8 else "%02d/%d" % (m, y)


# ---------------------------------------------------------------- cases
CASES = []


def build(specs):
    turns, spans, used = [], [], []
    for ti, (spk, segs) in enumerate(specs):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                t, val = seg
                s = len(text)
                text += t
                spans.append({"turn": ti, "start": s, "end": len(text), "type": val.typ})
                used.append((ti, s, len(text), val))
        turns.append({"speaker": spk, "text": text})
    return turns, spans, used


def add(kind, specs, note):
    turns, spans, used = build(specs)
    if kind == "negative":
        assert not spans
    CASES.append(({"kind": kind, "turns": turns, "spans": spans, "note": note}, used))


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


# ---------------------------------------------------------------- positive templates
def p_card_call_single(r):
    card, brand = make_card(r)
    v = Val("CARD_NUMBER", card)
    ind = r.choice(US_IND)
    spoken = say_groups(r, card_groups(card), homo=0.15, sep=r.choice([" ", " ", " um ", " uh "]))
    lead = r.choice(["yeah it's ", "okay so it's ", "sure ", "um ", "it is ", "alright "])
    tail = r.choice(["", " and that's a %s" % {"visa": "visa", "mc": "mastercard", "amex": "american express",
                                                   "disc": "discover"}[brand], " did you get that"])
    amt = r.choice(["forty nine ninety nine", "a hundred and twelve dollars", "eighty five dollars"])
    add("positive", [A("so the amount today is %s what's the card number you'd like to use" % amt),
                     C(lead, v(spoken), tail)],
        "call/%s: %s card read in one customer turn, spoken digits with pairs/doubles" % (
            ind, {"visa": "visa", "mc": "mastercard", "amex": "amex", "disc": "discover"}[brand]))


def p_card_call_split(r):
    card, brand = make_card(r)
    v = Val("CARD_NUMBER", card)
    groups = card_groups(card)
    specs = [A("okay go ahead with the long number on the front of the card")]
    for i, g in enumerate(groups):
        pre = r.choice(["", "", "um ", "okay ", "it's "]) if i == 0 else r.choice(["", "", "uh "])
        post = r.choice(["", "", " um", " yeah"])
        specs.append(C(pre, v(say_mixed(r, g, homo=0.1)), post))
        if i < len(groups) - 1:
            specs.append(A(r.choice(ACKS)))
    specs.append(A("thank you and the expiration date"))
    m, y = r.randint(1, 12), r.randint(2025, 2031)
    e = Val("EXPIRY", None, (y, m, None))
    specs.append(C(e(fmt_expiry(r, m, y, True))))
    add("positive", specs, "call/%s: card split over %d customer turns with back-channels, then expiry" %
        (r.choice(US_IND), len(groups)))


def p_card_chat(r):
    card, brand = make_card(r)
    v = Val("CARD_NUMBER", card)
    g = card_groups(card)
    typed = r.choice([" ".join(g), "-".join(g), card, " ".join(g), "".join(g[:2]) + " " + "".join(g[2:])])
    m, y = r.randint(1, 12), r.randint(2025, 2031)
    e = Val("EXPIRY", None, (y, m, None))
    cv = rdig(r, 4 if brand == "amex" else 3)
    c = Val("CVV", cv)
    k = r.randint(0, 2)
    if k == 0:
        segs = ["card: ", v(typed), " exp ", e(fmt_expiry(r, m, y, False)), " cvv ", c(cv)]
    elif k == 1:
        segs = ["Please charge ", r.choice(["$45.00", "$129.99", "the $310 balance"]), " to ", v(typed),
                ", expires ", e(fmt_expiry(r, m, y, False)), r.choice([", security code ", ", CVC: ", " code "]), c(cv)]
    else:
        segs = [v(typed), " ", e(fmt_expiry(r, m, y, False)), " ", c(cv)]
    add("positive", [A("Hi! I can help with that payment. What card would you like to use?"), C(*segs)],
        "chat/%s: card, expiry and security code typed in one message" % r.choice(["retail", "telecom", "utilities", "travel"]))


def p_card_cvv_call(r):
    card, brand = make_card(r)
    v = Val("CARD_NUMBER", card)
    m, y = r.randint(1, 12), r.randint(2025, 2031)
    e = Val("EXPIRY", None, (y, m, None))
    cv = rdig(r, 4 if brand == "amex" else 3)
    c = Val("CVV", cv)
    specs = [A("and what card will you be paying with today"),
             C(r.choice(["it's a visa ", "mastercard ", "ok ", ""]), v(say_groups(r, card_groups(card)))),
             A("and the expiry"),
             C(r.choice(["", "it expires ", "expiry is "]), e(fmt_expiry(r, m, y, True))),
             A("and the %s on the back" % ("four digit code" if brand == "amex" else "three digit code")),
             C(r.choice(["", "it's ", "uh "]), c(say_digits(r, cv, homo=0.2)))]
    if r.random() < 0.4:
        specs.append(A("perfect and that's going to be a payment of %s" % r.choice(
            ["sixty two dollars and fifty cents", "two hundred dollars", "one nineteen"])))
    add("positive", specs, "call/%s: card, expiry and cvv in separate customer turns" % r.choice(US_IND))


def p_card_readback(r):
    card, brand = make_card(r)
    v = Val("CARD_NUMBER", card)
    g = card_groups(card)
    spoken = say_groups(r, g)
    back = " ".join(say_digits(r, x, dbl=0.3) for x in g)
    add("positive", [A("what's the card number"), C(v(spoken)),
                     A("let me read that back ", Val("CARD_NUMBER", card)(back), " is that right"), C("yes that's it")],
        "call/%s: card read by customer then read back in full by the agent" % r.choice(US_IND))


def p_card_correction(r):
    card, brand = make_card(r, "visa")
    v = Val("CARD_NUMBER", card)
    g = card_groups(card)
    wrong = str((int(g[2][-1]) + 3) % 10)
    frag = Val("CARD_NUMBER", None, "fragment")
    bad = g[2][:3] + wrong if wrong != g[2][3] else g[2][:3] + str((int(wrong) + 1) % 10)
    specs = [A("go ahead with the card number please"),
             C(v(say_digits(r, g[0])), " ", v(say_digits(r, g[1]))),
             A("mhm"),
             C(frag(say_digits(r, bad, dbl=0)), " no sorry ", v(say_digits(r, g[2], dbl=0))),
             A("okay"),
             C("and then ", v(say_digits(r, g[3])))]
    add("positive", specs, "call/%s: card with a misspoken group corrected (wrong group labelled as a card fragment)" % r.choice(US_IND))


def p_ssn_call(r):
    s = make_ssn(r)
    v = Val("SSN", s)
    k = r.randint(0, 3)
    if k == 0:
        spoken = say_digits(r, s, homo=0.15)
    elif k == 1:
        spoken = say_groups(r, split_groups(s, [3, 2, 4]))
    elif k == 2:
        g = split_groups(s, [3, 2, 4])
        spoken = say_digits(r, g[0]) + " " + say_pairs(r, g[1]) + " " + say_pairs(r, g[2])
    else:
        g = split_groups(s, [3, 2, 4])
        spoken = say_digits(r, g[0]) + " " + r.choice(["um ", "uh ", ""]) + say_digits(r, g[1]) + " " + \
            r.choice(["uh ", ""]) + say_digits(r, g[2])
    prompt = r.choice(["can i get your social security number to verify", "and your social please",
                       "what's the social on the account", "i'll need the full social for the application"])
    lead = r.choice(["sure it's ", "yeah ", "my social is ", "okay ", "it's "])
    add("positive", [A(prompt), C(lead, v(spoken))],
        "call/%s: SSN spoken in one turn" % r.choice(US_IND))


def p_ssn_split(r):
    s = make_ssn(r)
    v = Val("SSN", s)
    g = split_groups(s, [3, 2, 4])
    specs = [A("and the social security number"),
             C(r.choice(["", "okay ", "it's "]), v(say_mixed(r, g[0]))), A(r.choice(ACKS)),
             C(v(say_mixed(r, g[1]))), A(r.choice(ACKS)),
             C(v(say_mixed(r, g[2])), r.choice(["", " yeah", " that's it"]))]
    if r.random() < 0.5:
        specs.append(A("thank you so i have ", Val("SSN", s)(say_digits(r, s, dbl=0)), " correct"))
        specs.append(C("correct"))
    add("positive", specs, "call/%s: SSN split 3-2-4 across customer turns%s" % (
        r.choice(US_IND), "" if len(specs) == 6 else ", agent reads it back"))


def p_ssn_chat(r):
    s = make_ssn(r)
    v = Val("SSN", s)
    a, b, c = split_groups(s, [3, 2, 4])
    typed = r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"]) % (a, b, c)
    msg = r.choice([["my ssn is ", v(typed)], ["SSN: ", v(typed), " and I'm calling about the refund"],
                    ["ok here it is ", v(typed), " please hurry"], ["social ", v(typed)],
                    ["its ", v(typed), " i think you already have it on file tho"], ["socail is ", v(typed)],
                    ["my sss is ", v(typed), " sorry typo ssn"], ["SOCIAL SECURITY ", v(typed)]])
    add("positive", [A("To verify your identity, please provide your Social Security number."), C(*msg)],
        "chat/%s: SSN typed, separator variant" % r.choice(US_IND))


def p_ssn_correction(r):
    s1, s2 = make_ssn(r), make_ssn(r)
    v1, v2 = Val("SSN", s1), Val("SSN", s2)
    add("positive", [A("i'll need the primary account holder's social"),
                     C(v1(say_digits(r, s1)), " oh wait no sorry that's my wife's mine is ", v2(say_digits(r, s2)))],
        "call/%s: two SSNs in one turn, customer corrects to their own" % r.choice(["insurance", "banking", "mortgage"]))


def p_ssn_with_other(r):
    s = make_ssn(r)
    v = Val("SSN", s)
    pol = rdig(r, 8)
    add("positive", [A("do you have your policy number handy"),
                     C("yeah policy number ", say_digits(r, pol, dbl=0), " and my social is ",
                       v(say_groups(r, split_groups(s, [3, 2, 4])))),
                     A("thank you one moment")],
        "call/insurance: SSN right after a (non-PII) policy number in the same turn")


def p_ni_call(r):
    n = make_ni(r)
    v = Val("NI_NUMBER", n)
    letters = n[:2].lower()
    k = r.randint(0, 2)
    if k == 0:
        l1 = " ".join(letters)
    elif k == 1:
        l1 = " ".join("%s for %s" % (c, NATO[c]) for c in letters)
    else:
        l1 = "%s %s" % (letters[0], letters[1])
    digits = say_mixed(r, n[2:8], uk=True)
    suf = n[8].lower()
    suf = suf if r.random() < 0.6 else "%s for %s" % (suf, NATO[suf])
    add("positive", [A("can i take your national insurance number please"),
                     C(r.choice(["yeah it's ", "it's ", "right ", ""]), v(l1 + " " + digits + " " + suf))],
        "call/%s (UK): NI number spoken, letters %s" % (r.choice(UK_IND), ["plain", "NATO", "plain"][k]))


def p_ni_split(r):
    n = make_ni(r)
    v = Val("NI_NUMBER", n)
    l = n[:2].lower()
    specs = [A("and your national insurance number"),
             C(r.choice(["okay ", "hang on ", ""]), v("%s %s" % (l[0], l[1]))), A(r.choice(ACKS)),
             C(v(say_mixed(r, n[2:5], uk=True))), A(r.choice(ACKS)),
             C(v(say_mixed(r, n[5:8], uk=True)), " ", v(n[8].lower()))]
    add("positive", specs, "call/government services (UK): NI number split over three turns")


def p_ni_chat(r):
    n = make_ni(r)
    v = Val("NI_NUMBER", n)
    a = n
    typed = r.choice(["%s %s %s %s %s" % (a[:2], a[2:4], a[4:6], a[6:8], a[8]), a, a.lower(),
                      "%s-%s-%s-%s-%s" % (a[:2], a[2:4], a[4:6], a[6:8], a[8]), "%s %s %s" % (a[:2], a[2:8], a[8])])
    msg = r.choice([["NI number is ", v(typed)], ["my NINO: ", v(typed)], [v(typed)],
                    ["its ", v(typed), " thanks"]])
    add("positive", [A("Could you confirm your National Insurance number?"), C(*msg)],
        "chat/%s (UK): NI number typed" % r.choice(UK_IND))


def p_phone_us_call(r):
    p = make_us_phone(r)
    if r.random() < 0.15:
        p = p[:6] + str(r.randint(1, 9)) + "000"
    v = Val("PHONE", p)
    a, b, c = p[:3], p[3:6], p[6:]
    if c.endswith("000") and c[0] != "0":
        cw = ONES[int(c[0])] + " thousand"
    else:
        cw = say_mixed(r, c, homo=0.1)
    k = r.randint(0, 2)
    if k == 0:
        specs = [A("what's the best callback number"),
                 C(r.choice(["", "yeah it's ", "you can reach me at "]),
                   v(say_mixed(r, a) + " " + say_mixed(r, b) + " " + cw))]
    elif k == 1:
        specs = [A("and a good phone number for you"), C("area code ", v(say_digits(r, a))),
                 A(r.choice(ACKS)), C(v(say_digits(r, b)), " ", v(cw))]
    else:
        body = say_mixed(r, a) + " " + say_mixed(r, b) + " " + cw
        if r.random() < 0.5:
            body = "one " + body
            v.canon = "1" + p
        specs = [A("what number are you calling from"),
                 C("it's ", v(body), " but that's my cell the house phone is disconnected")]
    add("positive", specs, "call/%s: US phone number spoken%s" % (r.choice(US_IND), " (thousand)" if "thousand" in cw else ""))


def p_phone_chat(r):
    if r.random() < 0.75:
        p = make_us_phone(r)
        typed = fmt_us_phone(r, p)
        canon = re.sub(r"\D", "", typed)
        note = "US"
    else:
        p = "7" + rdig(r, 9)
        typed = r.choice(["07%s %s" % (p[1:4], p[4:]), "+44 %s %s %s" % (p[:4], p[4:7], p[7:]), "0%s" % p,
                          "+44 (0)%s %s" % (p[:4], p[4:])])
        canon = re.sub(r"\D", "", typed)
        note = "UK mobile"
    v = Val("PHONE", canon)
    msg = r.choice([["You can text me at ", v(typed)], ["phone: ", v(typed)], ["new number is ", v(typed),
                    " pls update"], ["call me back on ", v(typed), " after 5pm"]])
    add("positive", [A("What's the best number to reach you?"), C(*msg)], "chat/%s: %s phone typed" %
        (r.choice(["telecom", "retail", "banking", "insurance"]), note))


def p_phone_ukie_call(r):
    if r.random() < 0.5:
        p = "07" + rdig(r, 9)
        note = "UK mobile"
        spoken = say_digits(r, p[:5], uk=True) + " " + say_mixed(r, p[5:], uk=True)
    else:
        p = "08" + str(r.randint(3, 9)) + rdig(r, 7)
        note = "Irish mobile"
        spoken = say_digits(r, p[:3], uk=True) + " " + say_mixed(r, p[3:6], uk=True) + " " + say_mixed(r, p[6:], uk=True)
    v = Val("PHONE", p)
    add("positive", [A("and is there a mobile number we can contact you on"),
                     C(r.choice(["yeah it's ", "it's ", "go on then it's "]), v(spoken))],
        "call/%s: %s spoken with oh/nought/double" % (r.choice(UK_IND), note))


def make_email(r, uk=False):
    f, l = r.choice(FIRST), r.choice(LAST)
    num = str(r.randint(1, 99)) if r.random() < 0.5 else ""
    sep = r.choice([".", "_", "", ""])
    style = r.randint(0, 2)
    local = [f, sep, l] if style == 0 else ([f[0], sep, l] if style == 1 else [f, l[0]])
    dom = r.choice(UK_DOMAINS if uk else DOMAINS)
    typed = "".join(local) + num + "@" + dom
    sw = {".": " dot ", "_": " underscore ", "": " "}
    spk = ""
    for part in local:
        spk += sw[part] if part in sw else part
    if num:
        spk += " " + (say_pairs(r, num) if len(num) == 2 and r.random() < 0.6 else say_digits(r, num, dbl=0))
    spk = re.sub(r"\s+", " ", spk).strip()
    dparts = dom.split(".")
    spk += " at " + " dot ".join(dparts)
    if dom == "gmail.com" and r.random() < 0.3:
        spk = spk.replace("at gmail", "at g mail")
    return typed, spk


def p_email_call(r):
    typed, spk = make_email(r)
    v = Val("EMAIL", typed)
    specs = [A("and can i get an email address for the confirmation"),
             C(r.choice(["sure it's ", "yeah ", "it's "]), v(spk))]
    if r.random() < 0.4:
        specs += [A("so that's ", Val("EMAIL", typed)(spk), " right"), C("yep")]
    add("positive", specs, "call/%s: email spoken with 'at'/'dot'" % r.choice(US_IND))


def p_email_chat(r):
    typed, spk = make_email(r, uk=r.random() < 0.3)
    if r.random() < 0.3:
        typed = typed.upper() if r.random() < 0.5 else typed.capitalize()
    v = Val("EMAIL", typed.lower())
    msg = r.choice([["email is ", v(typed)], [v(typed)], ["pls send the receipt to ", v(typed), " thx"],
                    ["you can use ", v(typed), " for everything"]])
    add("positive", [A("What email address should we send the statement to?"), C(*msg)],
        "chat/%s: email typed%s" % (r.choice(["retail", "banking", "travel", "utilities"]),
                                   " with odd case" if typed != typed.lower() else ""))


def p_dob_call(r):
    dob = make_dob(r)
    v = Val("DOB", None, dob)
    add("positive", [A(r.choice(["can you confirm your date of birth", "and your date of birth please",
                                 "what's the patient's date of birth"])),
                     C(r.choice(["", "sure it's ", "yeah ", "um "]), v(fmt_dob(r, dob, True)))],
        "call/%s: date of birth spoken" % r.choice(US_IND))


def p_dob_chat(r):
    dob = make_dob(r)
    us = r.random() < 0.7
    v = Val("DOB", None, dob)
    txt = fmt_dob(r, dob, False, us)
    msg = r.choice([["DOB ", v(txt)], ["born ", v(txt)], ["my date of birth is ", v(txt)], [v(txt)]])
    add("positive", [A("Please confirm your date of birth."), C(*msg)],
        "chat/%s: date of birth typed (%s order)" % (r.choice(US_IND if us else UK_IND), "US" if us else "UK"))


def p_address_call_us(r):
    addr = make_address(r, True)
    va = Val("ADDRESS", None, "x")
    city, st = r.choice(CITIES)
    z = make_zip(r, r.random() < 0.3)
    vz = Val("POSTCODE", z)
    zs = say_mixed(r, z[:5]) + ((" dash " if r.random() < 0.5 else " ") + say_mixed(r, z[5:]) if len(z) > 5 else "")
    k = r.randint(0, 1)
    if k == 0:
        specs = [A("what's the service address"), C(va(addr), " in ", city),
                 A("and the zip code"), C(r.choice(["", "it's ", "zip is "]), vz(zs))]
    else:
        specs = [A("can you verify the billing address on the account"),
                 C(r.choice(["yeah it's ", "sure ", ""]), va(addr), " ", city, " ",
                   {"tx": "texas", "oh": "ohio", "fl": "florida", "az": "arizona", "co": "colorado",
                    "nc": "north carolina", "wa": "washington", "ca": "california", "id": "idaho",
                    "ne": "nebraska", "ny": "new york", "ok": "oklahoma", "wi": "wisconsin"}[st], " ", vz(zs))]
    add("positive", specs, "call/%s: US street address and ZIP%s spoken" % (
        r.choice(US_IND), "+4" if len(z) > 5 else ""))


def p_address_chat_us(r):
    addr = make_address(r, False)
    va = Val("ADDRESS", None, "x")
    city, st = r.choice(CITIES)
    z = make_zip(r, r.random() < 0.4)
    zt = z[:5] + ("-" + z[5:] if len(z) > 5 else "")
    vz = Val("POSTCODE", z)
    add("positive", [A("What's the shipping address?"),
                     C(va(addr), ", ", city.capitalize(), ", ", st.upper(), " ", vz(zt))],
        "chat/retail: US address line with ZIP%s" % ("+4" if len(z) > 5 else ""))


def p_zip_only(r):
    z = make_zip(r, r.random() < 0.35)
    v = Val("POSTCODE", z)
    k = r.randint(0, 2)
    if k == 0:
        add("positive", [A("for security can you give me the zip code on the card"),
                         C(v(say_mixed(r, z[:5]) + (" " + say_mixed(r, z[5:]) if len(z) > 5 else "")))],
            "call/banking: card billing ZIP%s spoken alone" % ("+4" if len(z) > 5 else ""))
    elif k == 1:
        z2 = make_zip(r)
        v2 = Val("POSTCODE", z2)
        add("positive", [A("what zip code are you in"),
                         C(v(say_digits(r, z[:5])), " oh no sorry we moved it's ", v2(say_digits(r, z2)))],
            "call/utilities: ZIP self-correction, old and new ZIP both labelled")
    else:
        zt = z[:5] + ("-" + z[5:] if len(z) > 5 else "")
        add("positive", [A("Can I get your ZIP to check coverage?"), C("zip ", v(zt), " thanks")],
            "chat/telecom: ZIP typed for coverage check")


def p_address_uk(r):
    addr = make_address(r, r.random() < 0.5, uk=True)
    va = Val("ADDRESS", None, "x")
    pc = r.choice(UK_PCS)
    vp = Val("POSTCODE", pc.replace(" ", ""))
    spoken = "call" if addr[0].isalpha() else "chat"
    if spoken == "call":
        out, c = [], pc.replace(" ", "").lower()
        pcs = " ".join(c)
        pcs = pcs.replace("0", r.choice(["zero", "nought", "oh"]))
        for ch, w in zip("123456789", ONES[1:]):
            pcs = pcs.replace(ch, w)
        add("positive", [A("and the first line of your address and postcode"),
                         C(va(addr)), A(r.choice(ACKS)), C(vp(pcs))],
            "call/%s (UK): address and postcode spoken letter by letter" % r.choice(UK_IND))
    else:
        add("positive", [A("What's your address please?"), C(va(addr), ", ", vp(pc))],
            "chat/%s (UK): address line and postcode typed" % r.choice(UK_IND))


def p_bank_uk(r):
    sc = rdig(r, 6)
    acct = rdig(r, 8)
    vs, vb = Val("SORT_CODE", sc), Val("BANK_ACCOUNT", acct)
    if r.random() < 0.5:
        specs = [A("can i take the sort code and account number for the direct debit"),
                 C("sort code ", vs(say_groups(r, split_groups(sc, [2, 2, 2]), uk=True))),
                 A(r.choice(ACKS)),
                 C("and the account number is ", vb(say_mixed(r, acct, uk=True)))]
        note = "call/utilities (UK): sort code and account number spoken"
    else:
        t = r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % tuple(split_groups(sc, [2, 2, 2]))
        specs = [A("Please send your sort code and account number."),
                 C("sort ", vs(t), " acc ", vb(acct))]
        note = "chat/banking (UK): sort code and account typed together"
    add("positive", specs, note)


def p_bank_us(r):
    acct = rdig(r, r.choice([9, 10, 11, 12]))
    vb = Val("BANK_ACCOUNT", acct)
    if r.random() < 0.5:
        add("positive", [A("and the checking account number you want to use for autopay"),
                         C(vb(say_mixed(r, acct)))], "call/%s: US checking account spoken" % r.choice(US_IND))
    else:
        add("positive", [A("Which account should the refund go to?"),
                         C("checking acct # ", vb(acct), " same bank as before")],
            "chat/banking: US account number typed with '#'")


def p_iban(r):
    ib = make_iban(r)
    v = Val("IBAN", ib)
    if r.random() < 0.5:
        grp = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        typed = r.choice([grp, ib, grp.lower()])
        add("positive", [A("Please provide the IBAN for the refund."), C("IBAN: ", v(typed))],
            "chat/%s (EU): IBAN typed" % r.choice(["travel", "insurance", "retail"]))
    else:
        cc = " ".join(ib[:2].lower())
        rest = ib[2:]
        parts = []
        i = 0
        while i < len(rest):
            ch = rest[i]
            if ch.isalpha():
                parts.append(ch.lower())
                i += 1
            else:
                j = i
                while j < len(rest) and rest[j].isdigit() and j - i < 4:
                    j += 1
                parts.append(say_mixed(r, rest[i:j], uk=True))
                i = j
        spoken = cc + " " + " ".join(parts)
        if words_to_str(spoken, letters=True) != ib:
            spoken = cc + " " + " ".join(c.lower() if c.isalpha() else ONES[int(c)] for c in rest)
        add("positive", [A("and the iban for the refund"), C(r.choice(["okay it's ", "", "right "]), v(spoken))],
            "call/travel (IE/EU): IBAN spoken letters and digits")


def p_verify_combo(r):
    dob = make_dob(r)
    vd = Val("DOB", None, dob)
    z = make_zip(r)
    vz = Val("POSTCODE", z)
    s4 = None
    specs = [A("before we go any further can you verify your date of birth and zip code"),
             C(vd(fmt_dob(r, dob, True)), " and the zip is ", vz(say_mixed(r, z)))]
    if r.random() < 0.5:
        p = make_us_phone(r)
        vp = Val("PHONE", p)
        specs += [A("and the phone number on file"), C(vp(say_mixed(r, p[:3]) + " " + say_mixed(r, p[3:6]) + " " +
                                                     say_mixed(r, p[6:])))]
    add("positive", specs, "call/%s: verification with DOB, ZIP and maybe phone in sequence" % r.choice(US_IND))


def p_card_with_noise(r):
    card, brand = make_card(r)
    v = Val("CARD_NUMBER", card)
    order = rdig(r, 7)
    g = card_groups(card)
    add("positive", [A("okay i see order number %s for %s" % (say_digits(r, order, dbl=0),
                                                             r.choice(["sixty four dollars", "one twenty nine ninety nine"]))),
                     C("yes and i want to pay for it with a different card the number is ",
                       v(" ".join(say_mixed(r, x) for x in g)) if words_to_str(" ".join(say_mixed(r, x) for x in g)) == card
                       else v(say_digits(r, card, dbl=0)),
                       " it's my husband's card he said it's fine")],
        "call/retail: card after an unlabelled order number and price")


def p_chat_multi(r):
    typed, _ = make_email(r)
    ve = Val("EMAIL", typed)
    p = make_us_phone(r)
    pt = fmt_us_phone(r, p)
    vp = Val("PHONE", re.sub(r"\D", "", pt))
    addr = make_address(r, False)
    va = Val("ADDRESS", None, "x")
    z = make_zip(r)
    vz = Val("POSTCODE", z)
    city, st = r.choice(CITIES)
    add("positive", [A("Let's update your contact details. What changed?"),
                     C("everything lol. new addr ", va(addr), " ", city, " ", st, " ", vz(z), ", cell ", vp(pt),
                       " and email ", ve(typed))],
        "chat/telecom: address, ZIP, phone and email typed in one message")


def p_ssn_dob_chat(r):
    s = make_ssn(r)
    vs = Val("SSN", s)
    dob = make_dob(r)
    vd = Val("DOB", None, dob)
    a, b, c = split_groups(s, [3, 2, 4])
    add("positive", [A("I need your SSN and date of birth to open the claim."),
                     C(vs("%s-%s-%s" % (a, b, c) if r.random() < 0.5 else a + b + c), " / ",
                       vd(fmt_dob(r, dob, False)))],
        "chat/%s: SSN and DOB typed in one message" % r.choice(["insurance", "government services", "healthcare billing"]))


def p_dob_with_appt(r):
    dob = make_dob(r)
    vd = Val("DOB", None, dob)
    ay = r.randint(2025, 2026)
    add("positive", [A("i'm calling about the bill for the visit on %s %s" % (r.choice(MONTHS), ordinal(r.randint(1, 28)))),
                     C("okay"), A("for verification can i get the patient's date of birth"),
                     C(r.choice(["it's ", "that's my mom her birthday is ", "um "]),
                       vd(fmt_dob(r, dob, True)), " and the appointment was at %s thirty" % ONES[r.randint(1, 9)])],
        "call/healthcare billing: DOB labelled, visit date and time next to it unlabelled")


def p_card_irregular(r):
    card, brand = make_card(r, r.choice(["visa", "mc", "disc"]))
    v = Val("CARD_NUMBER", card)
    g = card_groups(card)
    typed = r.choice([g[0] + " " + g[1] + g[2] + " " + g[3], card[:6] + " " + card[6:], g[0] + "  " + g[1] + " " + g[2] + g[3],
                      " ".join(card[i:i + 3] for i in range(0, 16, 3))])
    add("positive", [C("hi i want to pay my bill of $%d.%02d" % (r.randint(20, 400), r.randint(0, 99))),
                     A("Sure, please enter the card number."),
                     C(r.choice(["ok its ", "", "card # ", "number "]), v(typed))],
        "chat/%s: card typed with irregular grouping after an unlabelled bill amount" % r.choice(["utilities", "telecom", "retail"]))


def p_ssn_spoken_mixed_chat(r):
    s = make_ssn(r)
    v = Val("SSN", s)
    g = split_groups(s, [3, 2, 4])
    add("positive", [A("Thanks. For the tax form I need the SSN of the second applicant."),
                     C("her social is ", v(g[0] + " " + g[1] + " " + g[2]), " and she is %d" % r.randint(19, 70))],
        "chat/government services: SSN typed with spaces, unlabelled age after it")


POSITIVE = [(p_dob_with_appt, 6), (p_card_irregular, 6), (p_ssn_spoken_mixed_chat, 4), (p_card_call_single, 14), (p_card_call_split, 10), (p_card_chat, 12), (p_card_cvv_call, 10),
            (p_card_readback, 4), (p_card_correction, 3), (p_card_with_noise, 4),
            (p_ssn_call, 14), (p_ssn_split, 8), (p_ssn_chat, 12), (p_ssn_correction, 3), (p_ssn_with_other, 4),
            (p_ssn_dob_chat, 5),
            (p_ni_call, 12), (p_ni_split, 6), (p_ni_chat, 12),
            (p_phone_us_call, 10), (p_phone_chat, 8), (p_phone_ukie_call, 6),
            (p_email_call, 7), (p_email_chat, 7), (p_dob_call, 7), (p_dob_chat, 6),
            (p_address_call_us, 8), (p_address_chat_us, 7), (p_zip_only, 7), (p_address_uk, 6),
            (p_bank_uk, 13), (p_bank_us, 6), (p_iban, 14), (p_verify_combo, 6), (p_chat_multi, 4)]


# ---------------------------------------------------------------- negative templates
def money_spoken(r):
    d = r.randint(12, 1999)
    c = r.randint(1, 99)
    if d >= 100 and r.random() < 0.5:
        h, rest = divmod(d, 100)
        dw_ = (say_pairs(r, str(d)) if h >= 10 else ONES[h] + " hundred" + (" and " + say_pairs(r, str(rest))
               if rest >= 10 else (" and " + ONES[rest] if rest else "")))
    else:
        dw_ = say_pairs(r, str(d))
    return "%s dollars and %s cents" % (dw_, say_pairs(r, str(c)) if c >= 10 else ONES[c])


def n_balance_call(r):
    add("negative", [A("okay your current balance is %s and the minimum payment due is %s" % (
        money_spoken(r), say_pairs(r, str(r.randint(25, 99))) + " dollars")),
        C("and when is that due"), A("that's due on the %s of %s" % (ordinal(r.randint(1, 28)), r.choice(MONTHS)))],
        "call/%s: spoken balance, payment and due date" % r.choice(["banking", "utilities", "auto finance"]))


def n_balance_chat(r):
    add("negative", [C("how much do I owe"), A("Your balance is $%s,%03d.%02d. A payment of $%d.%02d posted on %02d/%02d/%d." % (
        r.randint(1, 9), r.randint(0, 999), r.randint(0, 99), r.randint(20, 500), r.randint(0, 99), r.randint(1, 12),
        r.randint(1, 28), r.randint(2023, 2026)))], "chat/banking: balance and payment posting date")


def ref_word(r):
    return r.choice(["order number", "claim number", "policy number", "confirmation number", "ticket number",
                     "case number", "reference number", "tracking number", "member id", "invoice number",
                     "work order", "prescription number", "group number", "booking reference"])


def n_ref_call(r):
    w = ref_word(r)
    n = rdig(r, r.randint(5, 10))
    add("negative", [A("do you have the %s" % w),
                     C("yeah the %s is %s" % (w, say_mixed(r, n)))],
        "call/%s: %s spoken (%d digits) with its name" % (r.choice(US_IND), w, len(n)))


def n_ref_split(r):
    w = ref_word(r)
    n = rdig(r, r.choice([8, 9, 10]))
    h = len(n) // 2
    add("negative", [A("what's the %s on that" % w), C("okay the %s %s" % (w, say_digits(r, n[:h]))),
                     A("mhm"), C(say_digits(r, n[h:]) + " that's the %s" % w)],
        "call/%s: %d-digit %s split over two turns" % (r.choice(US_IND), len(n), w))


def n_ref_chat(r):
    w = r.choice(["order number", "claim number", "ticket number", "case number", "invoice number",
                  "confirmation number", "policy number", "member id"])
    n = rdig(r, r.randint(6, 10))
    fmt = r.choice(["%s #%s", "%s: %s", "%s %s", "%s - %s"])
    pre = {"claim number": r.choice(["CLM-", "", "C"]), "invoice number": r.choice(["INV-", "", "INV"]),
           "policy number": r.choice(["PO", "HX", "", "AU-"]), "member id": r.choice(["W", "", "XJ"])}.get(w, "")
    add("negative", [C("Hi, following up on " + fmt % (w, pre + n) + ", any update?"),
                     A("Thanks! I've pulled up %s %s%s now." % (w, pre, n))],
        "chat/%s: %s typed and echoed by agent" % (r.choice(US_IND), w))


def n_member_policy(r):
    mid = r.choice(["W", "XJ", "H", "ZGP"]) + rdig(r, 9)
    pol = rdig(r, 9)
    add("negative", [A("can i have the member id from the front of the insurance card"),
                     C("it's %s" % (" ".join(mid[:len(mid) - 9].lower()) + " " + say_digits(r, mid[-9:]))),
                     A("and the group number"), C("group number %s" % say_mixed(r, pol[:6])),
                     A("and the claim number if you have it"), C("claim %s" % say_mixed(r, pol))],
        "call/healthcare billing: member id (letters + 9 digits), group and claim numbers")


def n_tracking(r):
    t = rdig(r, 10)
    add("negative", [C("where is my package tracking number %s" % t),
                     A("Tracking %s shows it left the Memphis hub at %d:%02d %s and should arrive by %s." % (
                         t, r.randint(1, 12), r.choice([0, 15, 30, 45, 5, 50]), r.choice(["AM", "PM"]),
                         r.choice(["Friday", "Monday", "tomorrow", "March %d" % r.randint(2, 28)])))],
        "chat/retail: 10-digit tracking number and delivery time")


def n_appointment(r):
    h = r.randint(1, 11)
    add("negative", [A("i can get a technician out on %s the %s between %s and %s" % (
        r.choice(["monday", "tuesday", "thursday", "friday"]), ordinal(r.randint(2, 28)), ONES[h] if h < 10 else TEENS[h - 10],
        ONES[(h + 3) % 12 or 12] if ((h + 3) % 12 or 12) < 10 else TEENS[((h + 3) % 12 or 12) - 10])),
        C("the %s works can it be %s thirty" % (ordinal(r.randint(2, 28)), ONES[r.randint(1, 9)]))],
        "call/%s: appointment day and time window" % r.choice(["utilities", "cable tv", "telecom"]))


def n_flight(r):
    fl = r.choice(["UA", "AA", "DL", "EI", "BA", "WN"]) + str(r.randint(100, 2999))
    add("negative", [C("my flight %s from %s got cancelled, it was leaving %d:%02d" % (
        fl, r.choice(["JFK", "ORD", "DUB", "LHR", "ATL", "DFW"]), r.randint(5, 11), r.choice([5, 15, 40, 55]))),
        A("I'm sorry! I can rebook you on %s%d departing at %d:%02d pm, seat %d%s, for no extra charge." % (
            fl[:2], r.randint(100, 2999), r.randint(1, 9), r.choice([10, 20, 35, 50]), r.randint(3, 38), r.choice("ACDF")))],
        "chat/travel: flight numbers, times and seat")


def n_flight_call(r):
    n = str(r.randint(100, 2999))
    add("negative", [C("yeah i'm on flight %s %s tomorrow and i need to add a bag" % (
        r.choice(["united", "delta", "aer lingus", "american"]), say_pairs(r, n))),
        A("okay one checked bag is %s dollars and you're in row %s" % (say_pairs(r, str(r.randint(30, 75))),
                                                                       say_pairs(r, str(r.randint(10, 39)))))],
        "call/travel: spoken flight number, bag fee and row")


def n_room(r):
    add("negative", [C("i'm in room %s and the ac isn't working it's like %s degrees in here" % (
        say_pairs(r, str(r.randint(101, 1899))), say_pairs(r, str(r.randint(78, 90))))),
        A("so sorry about that i'll send maintenance up in about %s minutes" % say_pairs(r, str(r.randint(10, 45))))],
        "call/travel: hotel room number, temperature, minutes")


def n_model(r):
    m = r.choice(["WRF", "LRMV", "GE", "XR", "SM-G"]) + str(r.randint(100, 9999)) + r.choice(["SDFZ", "ST", "A", "U"])
    add("negative", [C("the fridge model is %s and the serial starts with %s" % (m, r.choice(["K", "LD", "9"]) + rdig(r, 4))),
                     A("Thanks. Model %s is still under the %d-year warranty until %s %d." % (
                         m, r.randint(1, 5), r.choice(MONTHS).capitalize(), r.randint(2025, 2029)))],
        "chat/retail: appliance model number, warranty years and date")


def n_meter(r):
    rd = rdig(r, 5)
    add("negative", [A("can you read me the numbers on the meter"),
                     C("yeah it says %s" % say_digits(r, rd)),
                     A("perfect so that's %s kilowatt hours since the last reading on %s %s" % (
                         say_mixed(r, str(r.randint(300, 1900))), r.choice(MONTHS), ordinal(r.randint(1, 28))))],
        "call/utilities: meter reading digits and usage")


def n_speed(r):
    add("negative", [C("I'm paying for %d Mbps but only getting %d.%d down and %d up" % (
        r.choice([300, 500, 940, 1000]), r.randint(20, 200), r.randint(0, 9), r.randint(5, 40))),
        A("Sorry about that. Your modem model %s last rebooted %d days ago; latency is %d ms." % (
            r.choice(["CM1000", "TC4400", "XB7", "SB8200"]), r.randint(2, 60), r.randint(12, 90)))],
        "chat/telecom: speeds, model, days, latency")


def n_age_temp(r):
    add("negative", [C("my son is %s and he's had a fever of a hundred and %s for %s days" % (
        say_pairs(r, str(r.randint(2, 17))) if r.random() < 0.5 else ONES[r.randint(2, 9)], ONES[r.randint(1, 3)],
        ONES[r.randint(2, 5)])), A("okay the copay for urgent care is %s dollars" % say_pairs(r, str(r.randint(20, 75))))],
        "call/healthcare billing: age, temperature, days, copay")


def n_percent(r):
    add("negative", [C("what's the interest rate on this"),
                     A("the apr is %s point %s percent and the promo rate of %s percent ends after %s months" % (
                         say_pairs(r, str(r.randint(12, 29))), say_digits(r, rdig(r, 2), dbl=0), ONES[r.randint(0, 9)],
                         say_pairs(r, str(r.randint(12, 24)))))],
        "call/banking: APR, percentages, months")


def n_years(r):
    y = r.randint(2008, 2024)
    add("negative", [C("it's a %d %s with about %d,%03d miles" % (y, r.choice(["honda civic", "ford f-150", "toyota camry"]),
                                                                   r.randint(20, 180), r.randint(0, 999))),
                     A("For a %d model year the premium would be $%d.%02d per month, starting %02d/01/%d." % (
                         y, r.randint(60, 240), r.randint(0, 99), r.randint(1, 12), r.randint(2025, 2026)))],
        "chat/insurance: vehicle year, mileage, premium, policy start date")


def n_years_call(r):
    y = r.randint(1988, 2019)
    add("negative", [C("i've been a customer since %s and i've never missed a payment" % say_year(r, y)),
                     A("i appreciate that you've been with us %s years" % say_pairs(r, str(2026 - y)))],
        "call/%s: customer-since year and tenure" % r.choice(US_IND))


def n_contract(r):
    m, d, y, n = r.randint(1, 12), r.randint(1, 28), r.randint(2022, 2025), r.choice([12, 18, 24, 36])
    em = m - 1 + n
    add("negative", [C("when does my contract end"),
                     A("Your contract started %02d/%02d/%d and runs %d months, so it ends %s %d, %d." % (
                         m, d, y, n, MONTHS[em % 12].capitalize(), d, y + em // 12))],
        "chat/telecom: contract start and end dates (not birth dates)")


def n_quantity(r):
    add("negative", [C("i ordered %s cases of %s and only %s showed up" % (
        ONES[r.randint(2, 9)], say_pairs(r, str(r.choice([12, 24, 36, 48]))), ONES[r.randint(1, 3)])),
        A("okay i'll ship the missing ones it's about %s pounds so it should be there in %s to %s business days" % (
            say_pairs(r, str(r.randint(10, 60))), ONES[r.randint(2, 4)], ONES[r.randint(5, 7)]))],
        "call/retail: quantities, weight, days")


def n_prices(r):
    add("negative", [C("what plans do u have"),
                     A("We have Unlimited for $%d/mo, Plus at $%d.99/mo, and Basic 15GB at $%d. Add a line for $%d." % (
                         r.randint(55, 90), r.randint(40, 70), r.randint(25, 40), r.randint(10, 35)))],
        "chat/telecom: plan prices and data amounts")


def n_data_usage(r):
    add("negative", [C("why was i throttled"), A("you've used %s point %s gigs of your %s gig allowance and it resets on the %s" % (
        say_pairs(r, str(r.randint(15, 60))), ONES[r.randint(1, 9)], say_pairs(r, str(r.choice([20, 30, 50, 75]))),
        ordinal(r.randint(1, 28))))], "call/telecom: data usage and reset day")


def n_durations(r):
    add("negative", [C("I've been on hold %d minutes and this is the %s time I'm calling this week" % (
        r.randint(20, 95), r.choice(["third", "fourth", "fifth"]))),
        A("I apologise. The outage started at %d:%02d and engineers estimate %d-%d hours to restore." % (
            r.randint(1, 12), r.choice([0, 10, 25, 45]), r.randint(2, 4), r.randint(5, 8)))],
        "chat/utilities: durations, times, hour ranges")


def n_refund(r):
    n = rdig(r, r.randint(6, 9))
    add("negative", [A("i've issued a refund of %s it'll show in %s to %s business days and your refund reference is %s" % (
        money_spoken(r), ONES[r.randint(3, 5)], ONES[r.randint(6, 9)] if r.random() < 0.5 else "ten", say_digits(r, n))),
        C("okay can you repeat the reference"), A("sure it's %s" % say_digits(r, n))],
        "call/%s: refund amount, days and a refund reference repeated" % r.choice(US_IND))


def n_extension_none(r):
    add("negative", [C("how many people are on the family plan"),
                     A("there are %s lines and the next bill on %s %s will be %s" % (
                         ONES[r.randint(2, 6)], r.choice(MONTHS), ordinal(r.randint(1, 28)), money_spoken(r)))],
        "call/telecom: line count, bill date, amount")


def n_dates_payments(r):
    add("negative", [C("I made a payment on %d/%d and it still shows late" % (r.randint(1, 12), r.randint(1, 28))),
                     A("I see the payment of $%d.%02d received %s %d, %d at %d:%02d PM; the late fee of $%d has been waived." % (
                         r.randint(30, 900), r.randint(0, 99), r.choice(MONTHS).capitalize(), r.randint(1, 28),
                         r.randint(2024, 2026), r.randint(1, 11), r.randint(0, 59), r.choice([15, 25, 39])))],
        "chat/%s: payment date/time and fee" % r.choice(["banking", "utilities", "student loans"]))


def n_uk_misc(r):
    add("negative", [C("my direct debit of %s pounds %s went out on the %s but the bill says %s" % (
        say_pairs(r, str(r.randint(20, 99))), say_pairs(r, str(r.randint(10, 99))), ordinal(r.randint(1, 28)),
        say_pairs(r, str(r.randint(100, 199)))
    )), A("right i can see that your tariff changed on the first of %s and your usage was %s units" % (
        r.choice(MONTHS), say_pairs(r, str(r.randint(200, 999)))))],
        "call/utilities (UK): direct debit amount, dates, units")


def n_ticket_chat_10(r):
    n = rdig(r, 10)
    add("negative", [C("ticket %s" % n), A("Thanks, ticket %s was opened %d days ago and is priority %d." % (
        n, r.randint(2, 14), r.randint(1, 4)))], "chat/telecom: bare 10-digit ticket number with its name")


NEGATIVE = [(n_balance_call, 5), (n_balance_chat, 4), (n_ref_call, 12), (n_ref_split, 6), (n_ref_chat, 10),
            (n_member_policy, 5), (n_tracking, 4), (n_appointment, 4), (n_flight, 3), (n_flight_call, 3),
            (n_room, 3), (n_model, 3), (n_meter, 4), (n_speed, 3), (n_age_temp, 4), (n_percent, 3),
            (n_years, 3), (n_years_call, 3), (n_contract, 3), (n_quantity, 3), (n_prices, 3),
            (n_data_usage, 3), (n_durations, 3), (n_refund, 4), (n_extension_none, 2), (n_dates_payments, 3),
            (n_uk_misc, 3), (n_ticket_chat_10, 3)]


# ---------------------------------------------------------------- main
def generate():
    del CASES[:]
    r = random.Random(SEED)
    for fn, n in POSITIVE:
        for _ in range(n):
            fn(r)
    for fn, n in NEGATIVE:
        for _ in range(n):
            fn(r)
    pos = [c for c in CASES if c[0]["kind"] == "positive"]
    neg = [c for c in CASES if c[0]["kind"] == "negative"]
    order = pos + neg
    out, metas = [], []
    pi = ni = 0
    for case, used in order:
        if case["kind"] == "positive":
            pi += 1
            cid = "h316-pos-%03d" % pi
        else:
            ni += 1
            cid = "h316-neg-%03d" % ni
        d = {"id": cid, "kind": case["kind"], "turns": case["turns"], "spans": case["spans"], "note": case["note"]}
        out.append(json.dumps(d, ensure_ascii=False))
        metas.append((d, used))
    return "\n".join(out) + "\n", metas


def counts(metas):
    c = {t: 0 for t in TYPES}
    for d, _ in metas:
        for s in d["spans"]:
            c[s["type"]] += 1
    return c


def readme(metas):
    c = counts(metas)
    npos = sum(1 for d, _ in metas if d["kind"] == "positive")
    nneg = len(metas) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# PII hold-out set h316 (US-heavy)

**Never use this set for tuning.** It exists only to measure the redactor on data it was not built against.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its documentation, its benchmark script or any other PII
fixture (only a 3-line format example). Every case is produced by
`scripts/make_pii_holdout316.py` from template functions: each turn is assembled from plain
text segments and (value, TYPE) segments, so span offsets are computed, never typed. All values
come from one `random.Random(%d)`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout316.py --check` regenerates the file, compares it byte for byte,
checks ids, offsets, word boundaries and overlaps, and validates every labelled value after
normalising spoken forms (Luhn, mod-97, NI format, SSN rules, digit counts, postcode shapes).

Emphasis: US contact centres (SSNs typed and spoken in many ways, ZIP and ZIP+4, US phone
formats, US street addresses, card payments by phone) plus UK/IE/EU cases (NI numbers, sort codes,
IBANs, UK postcodes, UK/Irish mobiles). Chat turns are typed text; call turns imitate ASR output
(lower case, numbers as words, oh/o/nought for zero, double/triple, pairs such as "forty one eleven",
"two thousand", homophones "for"/"to"/"ate", fillers, letters as "b for bravo").

## Annotation conventions

* A span covers exactly the value: from its first to its last character/word, including separators
  and filler words that occur *inside* the reading (e.g. "five three two um four four ..."), but not
  lead-ins such as "it's", "my social is", "card:" or trailing chit-chat.
* A value split across turns gets one span per piece (each piece in its own turn); an agent read-back
  of the full value is labelled too.
* Self-corrections: both the wrong and the corrected value are labelled (two SSNs / two ZIPs); a
  misspoken card group is labelled CARD_NUMBER as a fragment.
* PHONE includes a spoken/typed country code ("one ...", "+1", "+44") when present.
* ADDRESS is the street line only: house number, direction, street name, suffix and apartment/unit;
  the city and state are not labelled; the ZIP/postcode is a separate POSTCODE span.
* DOB and EXPIRY cover the whole date expression ("the fourth of march nineteen eighty two", "09/27").
* EMAIL covers the whole address, spoken ("j dot doe at gmail dot com") or typed.
* Negatives contain no PII at all: money, balances, prices, times, dates that are not birth dates,
  durations, counts, ages, temperatures, percentages, years, speeds, meter readings, model numbers,
  flight/room numbers and named reference numbers (order, claim, policy, member id, group, tracking,
  ticket, invoice, prescription; at most 10 digits). Positives may contain such numbers unlabelled.

## Counts

Positives: %d, negatives: %d, spans: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, sum(c.values()), rows)


def word_boundary_ok(text, s, e):
    if s < 0 or e > len(text) or s >= e:
        return False
    if text[s].isspace() or text[e - 1].isspace():
        return False
    if s > 0 and text[s - 1].isalnum() and text[s].isalnum():
        return False
    if e < len(text) and text[e].isalnum() and text[e - 1].isalnum():
        return False
    return True


def check(data, metas):
    problems = []
    with open(OUT, encoding="utf-8") as f:
        disk = f.read()
    if disk != data:
        problems.append("cases.jsonl differs from regenerated output")
    with open(README, encoding="utf-8") as f:
        if f.read() != readme(metas):
            problems.append("README.md differs from regenerated output")
    ids = set()
    for line in disk.splitlines():
        d = json.loads(line)
        if d["id"] in ids:
            problems.append("duplicate id %s" % d["id"])
        ids.add(d["id"])
    for d, used in metas:
        cid = d["id"]
        if d["kind"] == "negative" and d["spans"]:
            problems.append("%s: negative with spans" % cid)
        if d["kind"] == "positive" and not d["spans"]:
            problems.append("%s: positive without spans" % cid)
        for t in d["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append("%s: bad turn" % cid)
        byturn = {}
        for sp in d["spans"]:
            if sp["type"] not in TYPES:
                problems.append("%s: bad type" % cid)
            if not (0 <= sp["turn"] < len(d["turns"])):
                problems.append("%s: turn out of range" % cid)
                continue
            text = d["turns"][sp["turn"]]["text"]
            if not word_boundary_ok(text, sp["start"], sp["end"]):
                problems.append("%s: span not on word boundary %r" % (cid, sp))
            byturn.setdefault(sp["turn"], []).append((sp["start"], sp["end"]))
        for t, lst in byturn.items():
            lst.sort()
            for (a, b), (c2, _) in zip(lst, lst[1:]):
                if c2 < b:
                    problems.append("%s: overlapping spans in turn %d" % (cid, t))
        groups = []
        for ti, s, e, val in used:
            for g in groups:
                if g[0] is val:
                    g[1].append(d["turns"][ti]["text"][s:e])
                    break
            else:
                groups.append((val, [d["turns"][ti]["text"][s:e]]))
        for val, texts in groups:
            try:
                if val.typ in ("DOB", "EXPIRY", "ADDRESS"):
                    for tx in texts:
                        if not check_special(val.typ, tx, val.special):
                            problems.append("%s: %s check failed for %r" % (cid, val.typ, tx))
                    continue
                norm = "".join(normalise(val.typ, tx) for tx in texts)
                if val.special == "fragment":
                    if not norm.isdigit():
                        problems.append("%s: bad fragment %r" % (cid, texts))
                    continue
                if norm != val.canon:
                    problems.append("%s: %s normalised %r != %r (%r)" % (cid, val.typ, norm, val.canon, texts))
                if not validate(val.typ, norm):
                    problems.append("%s: %s value %r invalid" % (cid, val.typ, norm))
                # every read-back piece set must be a complete value: pieces are concatenated in order,
                # so a value labelled twice (read back) must equal canon twice
            except ValueError as ex:
                problems.append("%s: %s" % (cid, ex))
    c = counts(metas)
    for t in TYPES:
        if c[t] < MINIMUM[t]:
            problems.append("type %s has only %d spans (< %d)" % (t, c[t], MINIMUM[t]))
    npos = sum(1 for d, _ in metas if d["kind"] == "positive")
    nneg = len(metas) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d positive, %d negative" % (npos, nneg))
    return problems, c, npos, nneg


def main():
    data, metas = generate()
    if "--check" in sys.argv[1:]:
        problems, c, npos, nneg = check(data, metas)
        print("h316: %d positives, %d negatives, %d spans" % (npos, nneg, sum(c.values())))
        for t in TYPES:
            print("  %-13s %d" % (t, c[t]))
        for p in problems[:200]:
            print("PROBLEM:", p)
        if problems:
            print("FAILED: %d problem(s)" % len(problems))
            sys.exit(1)
        print("OK: check passed")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(metas))
    print("wrote %d cases to %s" % (len(metas), OUT))


if __name__ == "__main__":
    main()

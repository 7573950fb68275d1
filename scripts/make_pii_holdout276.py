#!/usr/bin/env python3
"""Generate the held-out PII redaction set h276 (US-heavy contact-centre data).

Written by an AI helper acting as an independent author; it never saw the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
from one seeded random.Random.

    python scripts/make_pii_holdout276.py          # write fixture + README
    python scripts/make_pii_holdout276.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 276241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout276")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ----------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
       12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
       16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 30: "thirtieth"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "r": "romeo",
        "s": "sierra", "t": "tango", "w": "whiskey", "x": "xray", "y": "yankee",
        "i": "india", "o": "oscar", "q": "quebec", "u": "uniform", "v": "victor",
        "z": "zulu"}
FOR_WORD = {"a": "apple", "b": "boy", "c": "cat", "d": "david", "e": "edward",
            "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mary",
            "n": "nancy", "p": "peter", "r": "robert", "s": "sam", "t": "tom",
            "w": "william", "x": "xylophone", "y": "yellow", "z": "zebra", "g": "george",
            "f": "frank"}


def ord_word(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def zero_word(allow_o=True):
    return R.choice(["zero", "oh", "oh", "o", "zero"] if allow_o else ["zero", "oh", "oh"])


def say_digits(s, allow_o=True, doubles=True, filler=0.0):
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        w = zero_word(allow_o) if d == "0" else UNITS[int(d)]
        if doubles and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < 0.6:
            out.append("triple " + w)
            i += 3
        elif doubles and i + 1 < len(s) and s[i + 1] == d and R.random() < 0.5:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
        if filler and i < len(s) and R.random() < filler:
            out.append(R.choice(["um", "uh", "er"]))
    return " ".join(out)


def say_pair(p, allow_o=True):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        if b == 0:
            return "double oh" if allow_o else "zero zero"
        return zero_word(allow_o) + " " + UNITS[b]
    if a == 1:
        return TEENS[b]
    return TENS[a] if b == 0 else TENS[a] + " " + UNITS[b]


def say_pairs(s, allow_o=True):
    parts = []
    i = 0
    if len(s) % 2:
        parts.append(UNITS[int(s[0])] if s[0] != "0" else zero_word(allow_o))
        i = 1
    while i < len(s):
        parts.append(say_pair(s[i:i + 2], allow_o))
        i += 2
    return " ".join(parts)


def say_mixed(s, allow_o=True):
    """Digit groups: each group read digit by digit or in pairs."""
    return say_pairs(s, allow_o) if len(s) % 2 == 0 and R.random() < 0.5 else say_digits(s, allow_o)


def say_year(y):
    y = int(y)
    if 2000 <= y <= 2009:
        return R.choice(["two thousand " + UNITS[y % 10], "two thousand and " + UNITS[y % 10],
                         "twenty oh " + UNITS[y % 10]])
    if 2010 <= y <= 2099 and R.random() < 0.3:
        return "two thousand " + say_pair(str(y % 100))
    return say_pair(str(y // 100)) + " " + say_pair("%02d" % (y % 100))


def say_letter(c, style):
    c = c.lower()
    if style == 0:
        return c
    if style == 1:
        return "%s for %s" % (c, NATO.get(c, FOR_WORD.get(c, c)))
    return "%s as in %s" % (c, FOR_WORD.get(c, NATO.get(c, c)))


# ----------------------------------------------------------------- normaliser
NUMW = {w: str(i) for i, w in enumerate(UNITS)}
NUMW.update({"oh": "0", "nought": "0", "zero": "0"})
TEENW = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENW = {w: i for i, w in enumerate(TENS) if w}
ORDW = {}
for _n, _w in ORD.items():
    ORDW[_w] = _n
HOMO = {"for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"}
FILLER = {"um", "uh", "er", "erm", "and", "dash", "hyphen", "slash", "space", "sorry",
          "then", "like", "so", "the", "comma", "hmm", "apartment", "apt", "of"}
LETTER_TYPES = {"NI_NUMBER", "IBAN", "POSTCODE", "EMAIL", "ADDRESS"}


def normalise(text, typ):
    t = text.lower()
    if typ == "EMAIL":
        t = re.sub(r"\b(at)\b", " @ ", t)
        t = re.sub(r"\b(dot)\b", " . ", t)
        t = re.sub(r"\bunderscore\b", " _ ", t)
    if typ != "EMAIL":
        t = re.sub(r"[._]", " ", t)
    toks = re.findall(r"[a-z0-9@._]+|-", t)
    toks = [x for x in toks if x not in ("-",)]
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if w in ("double", "triple"):
            n = 2 if w == "double" else 3
            unit = NUMW.get(nxt) or ("0" if nxt == "o" and typ not in LETTER_TYPES else None)
            if unit is None and len(nxt) == 1 and nxt.isalpha():
                unit = nxt.upper()
            if unit is None:
                raise ValueError("bad %s %r" % (w, nxt))
            out.append(unit * n)
            i += 2
            continue
        if i + 2 < len(toks) and len(w) == 1 and w.isalpha() and (
                (nxt == "for") or (nxt == "as" and toks[i + 2] == "in")):
            out.append(w.upper())
            i += 3 if nxt == "for" else 4
            continue
        if w in NUMW:
            out.append(NUMW[w])
        elif w in HOMO and typ in ("SSN", "CARD_NUMBER", "PHONE"):
            out.append(HOMO[w])
        elif w == "o" and typ not in LETTER_TYPES:
            out.append("0")
        elif w in TEENW:
            out.append(TEENW[w])
        elif w in TENW:
            if NUMW.get(nxt) and nxt not in ("zero", "oh", "nought"):
                out.append(str(TENW[w] * 10 + int(NUMW[nxt])))
                i += 1
            elif nxt in ORDW and ORDW[nxt] < 10:
                out.append(str(TENW[w] * 10 + ORDW[nxt]))
                i += 1
            else:
                out.append(str(TENW[w] * 10))
        elif w == "hundred":
            prev = out.pop() if out else "1"
            if nxt in TEENW or nxt in TENW:
                pass_pair = True
            else:
                pass_pair = False
            if pass_pair:
                out.append(prev)  # following words add two digits
            elif NUMW.get(nxt):
                out.append(prev + "0")
            else:
                out.append(prev + "00")
        elif w == "thousand":
            prev = out.pop() if out else "1"
            rest = toks[i + 1:]
            rest = [x for x in rest if x != "and"]
            if rest and rest[0] in TEENW:
                out.append(prev + "0")
            elif rest and rest[0] in TENW:
                out.append(prev + "0")
            elif rest and rest[0] in NUMW:
                out.append(prev + "00")
            else:
                out.append(prev + "000")
        elif w in ORDW:
            out.append("%02d" % ORDW[w])
        elif w in MONTHS:
            out.append("M%02d" % (MONTHS.index(w) + 1))
        elif w in [m[:3] for m in MONTHS]:
            out.append("M%02d" % ([m[:3] for m in MONTHS].index(w) + 1))
        elif w in FILLER and typ != "EMAIL" and typ != "ADDRESS":
            pass
        elif len(w) == 1 and w.isalpha() and typ in LETTER_TYPES:
            out.append(w.upper())
        elif re.fullmatch(r"[0-9]+(st|nd|rd|th)", w):
            out.append("%02d" % int(re.match(r"[0-9]+", w).group()))
        elif re.fullmatch(r"[a-z0-9@._]+", w):
            out.append(w.upper() if typ != "EMAIL" else w)
        i += 1
    return ("" if typ != "EMAIL" else "").join(out)


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}")


def validate(typ, norm, partial):
    if partial:
        return bool(norm)
    if typ == "CARD_NUMBER":
        return norm.isdigit() and 13 <= len(norm) <= 19 and luhn_ok(norm)
    if typ == "CVV":
        return norm.isdigit() and len(norm) in (3, 4)
    if typ == "EXPIRY":
        m = re.fullmatch(r"(?:M)?(\d{2})(\d{2}|\d{4})", norm.replace("M", ""))
        return bool(m) and 1 <= int(m.group(1)) <= 12
    if typ == "SSN":
        return norm.isdigit() and len(norm) == 9
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(norm))
    if typ == "BANK_ACCOUNT":
        return norm.isdigit() and 6 <= len(norm) <= 12
    if typ == "SORT_CODE":
        return norm.isdigit() and len(norm) == 6
    if typ == "IBAN":
        return iban_ok(norm)
    if typ == "PHONE":
        return norm.isdigit() and 10 <= len(norm) <= 13
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._]+@[a-z0-9]+(\.[a-z0-9]+)+", norm))
    if typ == "DOB":
        return bool(re.fullmatch(r"(M\d\d\d{1,2}|\d{1,2}M\d\d|\d{2,4})(\d{2}|\d{4})", norm))
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"\d{5}|\d{9}", norm)) or bool(UK_PC.fullmatch(norm))
    if typ == "ADDRESS":
        return bool(re.match(r"\d", norm)) and len(norm) > 4
    return False


# ----------------------------------------------------------------- builder
class Case:
    def __init__(self, note):
        self.turns = []
        self.spans = []
        self.note = note

    def t(self, speaker, *segs):
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                val, typ = s[0], s[1]
                group = s[2] if len(s) > 2 else None
                partial = s[3] if len(s) > 3 else False
                st = len(text)
                text += val
                self.spans.append({"turn": len(self.turns), "start": st, "end": len(text),
                                   "type": typ, "_group": group, "_partial": partial})
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


def pick(xs):
    return R.choice(xs)


# ----------------------------------------------------------------- value generators
def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def gen_card(kind=None):
    kind = kind or pick(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        return luhn_complete("4", 16), kind
    if kind == "mc":
        return luhn_complete(pick(["51", "52", "53", "54", "55", "2221", "2720"]), 16), kind
    if kind == "amex":
        return luhn_complete(pick(["34", "37"]), 15), kind
    return luhn_complete(pick(["6011", "65"]), 16), kind


def card_groups(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


def typed_card(d):
    g = card_groups(d)
    return pick([" ".join(g), "-".join(g), d, " ".join(g), "  ".join(g)])


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def typed_ssn(s):
    return pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s", "%s.%s.%s", "%s - %s - %s"]) % (
        s[:3], s[3:5], s[5:])


def spoken_ssn(s):
    st = R.randint(0, 3)
    if st == 0:
        return say_digits(s)
    if st == 1:
        return "%s %s %s" % (say_digits(s[:3]), say_pair(s[3:5]), say_pairs(s[5:]))
    if st == 2:
        return "%s dash %s dash %s" % (say_digits(s[:3], doubles=False), say_digits(s[3:5]),
                                       say_digits(s[5:]))
    return "%s %s %s" % (say_digits(s[:3]), say_digits(s[3:5]), say_pairs(s[5:]))


NI_P1 = "ABCEGHJKLMNPRSTWXYZ"
NI_P2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_P1) + R.choice(NI_P2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and "O" not in p:
            break
    return p + "%06d" % R.randint(0, 999999) + R.choice("ABCD")


def typed_ni(n):
    f = pick([0, 1, 2, 3])
    if f == 0:
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if f == 1:
        return n
    if f == 2:
        return n.lower()
    return "%s%s %s" % (n[:2], n[2:8], n[8])


def spoken_ni(n):
    st = R.randint(0, 2)
    letters = lambda s: " ".join(say_letter(c, st if R.random() < 0.6 else 0) for c in s)
    digits = n[2:8]
    dsp = say_digits(digits, allow_o=False) if R.random() < 0.5 else say_pairs(digits, allow_o=False)
    return "%s %s %s" % (letters(n[:2]), dsp, letters(n[8]))


def gen_us_phone():
    area = "%d%d%d" % (R.randint(2, 9), R.randint(0, 8), R.randint(0, 9))
    ex = "%d%d%d" % (R.randint(2, 9), R.randint(0, 9), R.randint(0, 9))
    return area + ex + "%04d" % R.randint(0, 9999)


def typed_us_phone(p):
    a, b, c = p[:3], p[3:6], p[6:]
    return pick(["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c),
                 "%s%s%s" % (a, b, c), "+1 %s %s %s" % (a, b, c), "1-%s-%s-%s" % (a, b, c),
                 "+1 (%s) %s-%s" % (a, b, c), "%s %s %s" % (a, b, c)])


def spoken_us_phone(p):
    a, b, c = p[:3], p[3:6], p[6:]
    st = R.randint(0, 3)
    if st == 0:
        return say_digits(p)
    if st == 1:
        return "%s %s %s" % (say_digits(a), say_digits(b), say_pairs(c))
    if st == 2:
        return "one %s %s %s" % (say_digits(a), say_digits(b), say_digits(c))
    return "%s %s %s" % (say_digits(a), say_digits(b), say_pairs(c) if c[2:] != "00" else say_digits(c))


def gen_uk_mobile():
    return "07" + "%d" % R.randint(3, 9) + "%08d" % R.randint(0, 99999999)


def typed_uk_phone(p):
    return pick(["%s %s" % (p[:5], p[5:]), "+44 %s %s" % (p[1:5], p[5:]), p,
                 "+44 (0)%s %s %s" % (p[1:5], p[5:8], p[8:])])


FIRST = ["james", "maria", "robert", "linda", "michael", "patricia", "david", "jennifer",
         "carlos", "aisha", "kevin", "megan", "tyrone", "emily", "sean", "siobhan", "olivia",
         "dwayne", "rosa", "brandon", "grace", "connor", "priya", "luis"]
LAST = ["smith", "johnson", "garcia", "miller", "davis", "rodriguez", "martinez", "wilson",
        "anderson", "thomas", "moore", "jackson", "lee", "walsh", "obrien", "murphy", "nguyen",
        "patel", "kowalski", "hughes"]
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "comcast.net",
           "icloud.com", "att.net", "btinternet.com", "eircom.net"]


def gen_email():
    f, l = pick(FIRST), pick(LAST)
    n = str(R.randint(1, 99)) if R.random() < 0.5 else ""
    form = pick(["{f}.{l}{n}", "{f}{l}{n}", "{f0}{l}{n}", "{f}_{l}{n}", "{l}.{f}{n}"])
    user = form.format(f=f, l=l, n=n, f0=f[0])
    return user + "@" + pick(DOMAINS)


def typed_email(e):
    return e if R.random() < 0.7 else e.upper() if R.random() < 0.3 else e.capitalize()


def spoken_email(e):
    user, dom = e.split("@")
    def sp(part):
        out = []
        for tok in re.split(r"([._])", part):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok:
                m = re.fullmatch(r"([a-z]+)(\d*)", tok)
                if m and m.group(1):
                    w = m.group(1)
                    out.append(w if len(w) > 1 else w)
                if m and m.group(2):
                    dg = m.group(2)
                    out.append(say_pairs(dg) if len(dg) == 2 and R.random() < 0.6 else say_digits(dg, allow_o=False))
        return " ".join(out)
    return sp(user) + " at " + sp(dom)


STREETS = ["oak", "maple", "elm", "washington", "lincoln", "park", "cedar", "pine", "lakeview",
           "sunset", "jefferson", "highland", "madison", "willow", "main", "church", "franklin",
           "walnut", "hillcrest", "river"]
SUFFIX_T = ["Street", "St", "Ave", "Avenue", "Road", "Rd", "Drive", "Dr", "Lane", "Blvd",
            "Court", "Ct", "Way", "Place"]
SUFFIX_S = ["street", "avenue", "road", "drive", "lane", "boulevard", "court", "way", "place",
            "circle", "parkway"]
CITIES = [("springfield", "IL", "627"), ("austin", "TX", "787"), ("tampa", "FL", "336"),
          ("columbus", "OH", "432"), ("sacramento", "CA", "958"), ("denver", "CO", "802"),
          ("phoenix", "AZ", "850"), ("raleigh", "NC", "276"), ("albany", "NY", "122"),
          ("portland", "OR", "972"), ("atlanta", "GA", "303"), ("newark", "NJ", "071")]


def gen_zip(prefix=None):
    z = (prefix or "%03d" % R.randint(10, 999)) + "%02d" % R.randint(1, 99)
    return z


def typed_address():
    num = str(R.randint(1, 98999)) if R.random() < 0.5 else str(R.randint(10, 9999))
    st = pick(STREETS).capitalize()
    pre = pick(["", "", "N ", "S ", "West ", "E "])
    if R.random() < 0.2:
        st = pick(["1st", "2nd", "3rd", "5th", "42nd", "17th"])
    addr = "%s %s%s %s" % (num, pre, st, pick(SUFFIX_T))
    if R.random() < 0.3:
        addr += pick([", Apt %d" % R.randint(1, 40), " Apt %d%s" % (R.randint(1, 9), pick("ABC")),
                      " #%d" % R.randint(100, 999), ", Unit %d" % R.randint(1, 30)])
    if R.random() < 0.3:
        addr = addr.lower()
    return addr


def spoken_house(n):
    s = str(n)
    if len(s) == 4 and R.random() < 0.7:
        return say_pair(s[:2]) + " " + (say_pair(s[2:]) if s[2:] != "00" else "hundred")
    if len(s) == 3 and R.random() < 0.5:
        return UNITS[int(s[0])] + " " + (say_pair(s[1:]) if s[1] != "0" else zero_word() + " " + UNITS[int(s[2])])
    return say_digits(s)


def spoken_address():
    n = R.randint(10, 9999)
    while str(n).endswith("00") or "0" in str(n)[1:2] and len(str(n)) == 4:
        n = R.randint(10, 9999)
    a = "%s %s%s %s" % (spoken_house(n), pick(["", "", "north ", "south ", "east "]),
                        pick(STREETS), pick(SUFFIX_S))
    if R.random() < 0.25:
        a += " apartment " + say_digits(str(R.randint(1, 40)))
    return a


def typed_zip(z4=False, pre=None):
    z = gen_zip(pre)
    return z + ("-%04d" % R.randint(1, 9999) if z4 else "")


def spoken_zip(z):
    digits = z.replace("-", "")
    if len(digits) == 9:
        return say_digits(digits[:5], allow_o=False) + pick([" dash ", " ", " um "]) + say_digits(digits[5:], allow_o=False)
    return say_digits(digits, allow_o=False)


UK_PCS = ["SW1A 2BN", "M14 5TP", "LS6 3HB", "B15 2TT", "EH8 9YL", "CF10 3NP", "BS7 8JP",
          "NE2 4HH", "G12 8QQ", "L17 6DA", "NW3 5RH", "SE15 4JW", "CB4 2XE", "OX4 1EZ",
          "BT9 6AZ", "PL4 8RT"]


def spoken_uk_pc(pc):
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(UNITS[int(ch)])
        else:
            out.append(say_letter(ch, 1 if R.random() < 0.3 else 0))
    return " ".join(out)


def gen_dob():
    return R.randint(1938, 2005), R.randint(1, 12), R.randint(1, 28)


def typed_dob(y, m, d):
    return pick(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y),
                 "%02d-%02d-%d" % (m, d, y), "%s %d %d" % (MONTHS[m - 1][:3].capitalize(), d, y)])


def spoken_dob(y, m, d):
    st = R.randint(0, 3)
    if st == 2 and d % 10 == 0:
        st = 0
    if st == 0:
        return "%s %s %s" % (MONTHS[m - 1], ord_word(d), say_year(y))
    if st == 1:
        return "%s the %s %s" % (MONTHS[m - 1], ord_word(d), say_year(y))
    if st == 2:
        return "%s %s %s" % (say_pair("%02d" % m), say_pair("%02d" % d), say_year(y))
    return "the %s of %s %s" % (ord_word(d), MONTHS[m - 1], say_year(y))


def gen_expiry():
    return R.randint(1, 12), R.randint(2026, 2031)


def typed_exp(m, y):
    return pick(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                 "%02d / %02d" % (m, y % 100), "%02d%02d" % (m, y % 100)])


def spoken_exp(m, y):
    st = R.randint(0, 3)
    if st == 0:
        return "%s %s" % (say_pair("%02d" % m), say_pair("%02d" % (y % 100)))
    if st == 1:
        return "%s %s" % (MONTHS[m - 1], say_year(y))
    if st == 2:
        return "%s slash %s" % (say_digits("%02d" % m, doubles=False), say_digits("%02d" % (y % 100), doubles=False))
    return "%s %s" % (MONTHS[m - 1], say_pair("%02d" % (y % 100)))


def gen_cvv(n=3):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def gen_us_acct():
    return "".join(str(R.randint(0, 9)) for _ in range(R.choice([8, 9, 10, 11, 12])))


def gen_uk_acct():
    return "%08d" % R.randint(10000000, 99999999)


def gen_sort():
    return "%02d%02d%02d" % (R.randint(1, 99), R.randint(0, 99), R.randint(0, 99))


def typed_sort(s):
    return pick(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (s[:2], s[2:4], s[4:])


def mk_iban(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


BANKS_GB = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]
BANKS_IE = ["AIBK", "BOFI", "IPBS"]


def gen_iban():
    cc = pick(["GB", "GB", "IE", "DE", "NL", "FR", "ES"])
    if cc == "GB":
        return mk_iban(cc, pick(BANKS_GB) + "%06d%08d" % (R.randint(0, 999999), R.randint(0, 99999999)))
    if cc == "IE":
        return mk_iban(cc, pick(BANKS_IE) + "%06d%08d" % (R.randint(0, 999999), R.randint(0, 99999999)))
    if cc == "DE":
        return mk_iban(cc, "%018d" % R.randint(10 ** 16, 10 ** 18 - 1))
    if cc == "NL":
        return mk_iban(cc, pick(["ABNA", "RABN", "INGB"]) + "%010d" % R.randint(0, 10 ** 10 - 1))
    if cc == "FR":
        return mk_iban(cc, "%023d" % R.randint(10 ** 20, 10 ** 23 - 1))
    return mk_iban(cc, "%020d" % R.randint(10 ** 18, 10 ** 20 - 1))


def typed_iban(i):
    g = [i[k:k + 4] for k in range(0, len(i), 4)]
    f = pick([0, 1, 2])
    return " ".join(g) if f == 0 else i if f == 1 else " ".join(g).lower()


def spoken_iban(i):
    out = []
    for ch in i:
        if ch.isdigit():
            out.append(UNITS[int(ch)] if ch != "0" else pick(["zero", "oh"]))
        else:
            out.append(say_letter(ch, 1 if R.random() < 0.4 else 0))
    return " ".join(out)


# ----------------------------------------------------------------- positive templates
def money():
    return "$%d.%02d" % (R.randint(12, 2400), R.randint(0, 99))


def sp_money():
    d = R.randint(20, 99)
    return "%s dollars and %s cents" % (say_pair(str(d)), say_pair("%02d" % R.randint(10, 99)))


def p_chat_card():
    d, kind = gen_card()
    m, y = gen_expiry()
    ind = pick(["retail", "utilities", "telecom", "travel", "healthcare billing"])
    c = Case("chat/%s: %s typed with expiry and cvv, amount nearby" % (ind, kind))
    c.a(pick(["Sure, I can take that payment of %s for you. What card would you like to use?" % money(),
              "Please enter the card details you'd like to pay with."]))
    c.c(pick(["ok its ", "Card: ", "sure, ", "", "visa debit " if kind == "visa" else "card # "]), (typed_card(d), "CARD_NUMBER"),
        pick([" exp ", ", expires ", " - ", " exp date "]), (typed_exp(m, y), "EXPIRY"),
        pick([" cvv ", ", security code ", " sec code: ", " cvc "]), (gen_cvv(4 if kind == "amex" else 3), "CVV"))
    c.a("Thank you, processing now.")
    return c


def p_call_card_split():
    d, kind = gen_card(pick(["visa", "mc", "disc", "amex"]))
    ind = pick(["insurance", "utilities", "telecom", "retail", "healthcare billing", "banking"])
    c = Case("call/%s: %s read over several turns with back-channels, expiry and cvv spoken" % (ind, kind))
    c.a("okay and the long card number whenever you're ready")
    groups = card_groups(d)
    fl = 0.15 if R.random() < 0.5 else 0.0
    for i, g in enumerate(groups):
        lead = pick(["", "", "yeah ", "okay ", "um "]) if i == 0 else pick(["", "", "then "])
        c.c(lead, (say_digits(g, filler=fl), "CARD_NUMBER", "card"))
        if i < len(groups) - 1:
            c.a(pick(["mhm", "okay", "yep go on", "uh huh", "got it", "okay go on"]))
    m, y = gen_expiry()
    c.a("and the expiration date")
    c.c(pick(["it's ", "", "uh "]), (spoken_exp(m, y), "EXPIRY"))
    c.a("and the three or four digit code on the back" if kind != "amex" else "and the four digit code on the front")
    c.c(pick(["", "it's ", "that's "]), (say_digits(gen_cvv(4 if kind == "amex" else 3)), "CVV"))
    c.a("perfect so that's %s going on the card today" % sp_money())
    return c


def p_call_card_one_turn():
    d, kind = gen_card()
    ind = pick(["retail", "travel", "utilities", "telecom"])
    c = Case("call/%s: %s in one turn read as digits and pairs, agent reads it back digit by digit" % (ind, kind))
    c.a("can i get the card number please")
    g = card_groups(d)
    sp = " ".join(say_digits(x) if (R.random() < 0.6 or (x[-1] == "0" and k < len(g) - 1)) else say_pairs(x)
                  for k, x in enumerate(g))
    c.c(pick(["yes it's ", "sure ", "okay so it's "]), (sp, "CARD_NUMBER"), pick(["", " did you get that", " okay"]))
    sp2 = " ".join(say_digits(x, doubles=False) for x in g)
    c.a("let me read that back ", (sp2, "CARD_NUMBER"), " is that right")
    c.c("yep that's it")
    return c


def p_chat_card_typo():
    d, kind = gen_card(pick(["visa", "mc"]))
    ind = pick(["retail", "telecom"])
    c = Case("chat/%s: card typed in two messages (customer splits it) plus cvv on its own" % ind)
    c.a("Could you please provide the card number?")
    g = card_groups(d)
    c.c((" ".join(g[:2]), "CARD_NUMBER", "card"))
    c.c((" ".join(g[2:]), "CARD_NUMBER", "card"), pick([" sorry hit enter", "", " thats the rest"]))
    c.a("Thanks! And the 3 digit code on the back?")
    c.c((gen_cvv(), "CVV"))
    return c


def p_chat_ssn():
    s = gen_ssn()
    y, m, d = gen_dob()
    ind = pick(["insurance", "healthcare billing", "government services", "banking"])
    c = Case("chat/%s: SSN typed with date of birth for verification" % ind)
    c.a("To verify your identity please provide your Social Security number and date of birth.")
    f = R.randint(0, 2)
    if f == 0:
        c.c(pick(["ssn ", "SSN: ", "social is ", "my ssn is "]), (typed_ssn(s), "SSN"),
            pick([" dob ", ", DOB: ", " and birthday is ", " born "]), (typed_dob(y, m, d), "DOB"))
    elif f == 1:
        c.c((typed_ssn(s), "SSN"))
        c.c((typed_dob(y, m, d), "DOB"))
    else:
        c.c("dob is ", (typed_dob(y, m, d), "DOB"), " and social ", (typed_ssn(s), "SSN"),
            " - claim # %d" % R.randint(100000, 9999999))
    c.a("Thank you, you're verified.")
    return c


def p_call_ssn():
    s = gen_ssn()
    ind = pick(["insurance", "healthcare billing", "government services", "banking", "telecom"])
    c = Case("call/%s: SSN spoken, possibly split 3-2-4 over turns, with DOB" % ind)
    c.a(pick(["can i get your social security number please", "and what's your social",
              "i'll need the social on the account"]))
    if R.random() < 0.5:
        c.c(pick(["sure it's ", "yeah ", "", "okay "]), (spoken_ssn(s), "SSN"))
    else:
        c.c(pick(["", "uh "]), (say_digits(s[:3]), "SSN", "ssn"))
        c.a(pick(["mhm", "okay", "yep"]))
        c.c((say_digits(s[3:5]) if R.random() < 0.5 else say_pair(s[3:5]), "SSN", "ssn"))
        c.a(pick(["go ahead", "uh huh", "okay"]))
        c.c((say_digits(s[5:]) if R.random() < 0.5 else say_pairs(s[5:]), "SSN", "ssn"))
    y, m, d = gen_dob()
    c.a("thank you and your date of birth")
    c.c(pick(["", "it's ", "i was born "]), (spoken_dob(y, m, d), "DOB"))
    return c


def p_call_ssn_readback():
    s = gen_ssn()
    c = Case("call/%s: SSN spoken then agent reads it back grouped" % pick(["insurance", "banking", "government services"]))
    c.a("and the social security number")
    c.c("it's ", (spoken_ssn(s), "SSN"))
    c.a("okay i have ", ("%s %s %s" % (say_digits(s[:3], doubles=False), say_digits(s[3:5], doubles=False),
                                        say_digits(s[5:], doubles=False)), "SSN"), " correct")
    c.c("yes ma'am")
    return c


def p_call_ssn_correction():
    s = gen_ssn()
    s2 = s[:7] + "%02d" % ((int(s[7:]) + R.randint(1, 50)) % 100)
    c = Case("call/%s: caller gives SSN, corrects themself and repeats the whole number" % pick(["insurance", "healthcare billing", "banking"]))
    c.a("i just need your social to pull up the account")
    c.c("okay ", (spoken_ssn(s2), "SSN"), " wait no sorry that's my wife's it's ", (spoken_ssn(s), "SSN"))
    c.a("no problem let me look that up")
    return c


def p_chat_ssn_mixed():
    s = gen_ssn()
    c = Case("chat/%s: SSN typed amid chit-chat with policy number and amount (unlabelled)" % pick(["insurance", "government services"]))
    pol = "%s-%d" % (pick(["POL", "HO", "AUTO"]), R.randint(100000, 9999999))
    c.c("hi my policy number is %s and I was charged %s twice?? my SSN is " % (pol, money()),
        (typed_ssn(s), "SSN"), " if you need it")
    c.a("I'm sorry about that, let me check the policy.")
    return c


def p_chat_ni():
    n = gen_ni()
    pc = pick(UK_PCS)
    c = Case("chat/%s: UK NI number typed, with postcode" % pick(["government services", "banking", "insurance", "utilities"]))
    c.a("Can you confirm your National Insurance number and postcode please?")
    if R.random() < 0.5:
        c.c(pick(["NI no. ", "its ", "ni number ", ""]), (typed_ni(n), "NI_NUMBER"),
            pick([" and postcode ", ", ", " pc "]), (pick([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE"))
    else:
        c.c((typed_ni(n), "NI_NUMBER"))
        c.c((pick([pc, pc.lower()]), "POSTCODE"))
    return c


def p_call_ni():
    n = gen_ni()
    c = Case("call/%s: NI number spoken with spelled letters" % pick(["government services", "banking", "insurance"]))
    c.a("and can i take your national insurance number please")
    if R.random() < 0.5:
        c.c(pick(["yeah it's ", "it's ", "okay "]), (spoken_ni(n), "NI_NUMBER"))
    else:
        sp = spoken_ni(n).split(" ")
        # split after the letter prefix: find the first digit word
        k = next(i for i, w in enumerate(sp) if w in NUMW or w in TEENW or w in TENW)
        c.c(pick(["", "right "]), (" ".join(sp[:k]), "NI_NUMBER", "ni"))
        c.a(pick(["mhm", "yep", "okay"]))
        c.c((" ".join(sp[k:]), "NI_NUMBER", "ni"))
    if R.random() < 0.5:
        p = gen_uk_mobile()
        c.a("and a contact number")
        c.c((say_digits(p[:5], allow_o=True) + " " + say_digits(p[5:]), "PHONE"))
    return c


def p_call_ni_readback():
    n = gen_ni()
    c = Case("call/government services: NI number spoken then read back by the agent")
    c.c("my national insurance is ", (spoken_ni(n), "NI_NUMBER"))
    c.a("so that's ", (" ".join(c_.lower() for c_ in n[:2]) + " " + say_digits(n[2:8], allow_o=False, doubles=False)
                       + " " + n[8].lower(), "NI_NUMBER"), pick([" yeah", " is that right"]))
    c.c("yes")
    return c


def p_chat_contact():
    p = gen_us_phone()
    e = gen_email()
    c = Case("chat/%s: US phone and email typed to update contact details" % pick(["telecom", "retail", "banking", "utilities"]))
    c.a("What phone number and email should we have on file?")
    c.c(pick(["phone ", "cell: ", "", "new # "]), (typed_us_phone(p), "PHONE"),
        pick([" email ", " and ", ", "]), (typed_email(e), "EMAIL"))
    return c


def p_call_contact():
    p = gen_us_phone()
    e = gen_email()
    c = Case("call/%s: phone number and email spoken" % pick(["telecom", "retail", "insurance", "travel"]))
    c.a("what's the best callback number")
    c.c(pick(["it's ", "my cell is ", "", "area code "]), (spoken_us_phone(p), "PHONE"))
    c.a("and an email address")
    c.c(pick(["", "it's ", "yeah "]), (spoken_email(e), "EMAIL"))
    c.a("great we'll send the confirmation there within %d minutes" % R.choice([5, 10, 15]))
    return c


def p_call_phone_split():
    p = gen_us_phone()
    c = Case("call/%s: US phone split over turns with back-channels" % pick(["telecom", "utilities", "healthcare billing"]))
    c.a("and a good number to reach you")
    c.c(pick(["area code ", "", "it's "]), (say_digits(p[:3]), "PHONE", "ph"))
    c.a("mhm")
    c.c((say_digits(p[3:6]), "PHONE", "ph"))
    c.a("okay")
    c.c((say_pairs(p[6:]) if R.random() < 0.5 else say_digits(p[6:]), "PHONE", "ph"))
    return c


def p_call_address():
    a = spoken_address()
    city, st, zp = pick(CITIES)
    z = gen_zip(zp)
    z4 = z + ("%04d" % R.randint(1, 9999) if R.random() < 0.4 else "")
    c = Case("call/%s: US street address spoken with ZIP%s" % (pick(["utilities", "telecom", "insurance", "retail"]), "+4" if len(z4) > 5 else ""))
    c.a("what's the service address")
    c.c(pick(["it's ", "", "yeah it's "]), (a, "ADDRESS"), " in %s" % city)
    c.a("and the zip code")
    c.c((spoken_zip(z4), "POSTCODE"))
    return c


def p_chat_address():
    a = typed_address()
    city, st, zp = pick(CITIES)
    z = typed_zip(R.random() < 0.4, zp)
    c = Case("chat/%s: typed US address with ZIP or ZIP+4" % pick(["retail", "utilities", "insurance", "telecom"]))
    c.a("Please confirm the shipping address.")
    c.c((a, "ADDRESS"), ", %s, %s " % (city.capitalize(), st), (z, "POSTCODE"))
    return c


def p_call_bank_us():
    ac = gen_us_acct()
    c = Case("call/banking: US checking account number for direct deposit spoken")
    c.a("we have the routing number on file i just need the account number")
    sp = say_digits(ac) if R.random() < 0.6 else say_mixed(ac)
    c.c(pick(["okay it's ", "", "checking is "]), (sp, "BANK_ACCOUNT"))
    c.a("thanks that deposit of %s should post in %d business days" % (sp_money(), R.randint(2, 5)))
    return c


def p_chat_bank_uk():
    s, ac = gen_sort(), gen_uk_acct()
    c = Case("chat/%s: UK sort code and account number typed" % pick(["banking", "utilities", "insurance"]))
    c.a("Please provide the sort code and account number for the refund.")
    c.c(pick(["sort ", "sort code: ", "sc "]), (typed_sort(s), "SORT_CODE"), pick([" acc ", " account no ", ", "]),
        (ac, "BANK_ACCOUNT"))
    return c


def p_call_bank_uk():
    s, ac = gen_sort(), gen_uk_acct()
    c = Case("call/%s: UK sort code as pairs and account number spoken" % pick(["banking", "utilities", "insurance"]))
    c.a("and the sort code")
    c.c((say_pairs(s) if R.random() < 0.6 else say_digits(s), "SORT_CODE"))
    c.a("and the account number")
    c.c(pick(["", "it's "]), (say_digits(ac, filler=0.1), "BANK_ACCOUNT"))
    return c


def p_iban():
    i = gen_iban()
    if R.random() < 0.5:
        c = Case("chat/%s: IBAN typed for a refund (%s)" % (pick(["travel", "retail", "banking"]), i[:2]))
        c.a("Please send the IBAN for the refund of EUR %d.%02d" % (R.randint(20, 900), R.randint(0, 99)))
        c.c(pick(["IBAN: ", "here ", ""]), (typed_iban(i), "IBAN"))
    else:
        c = Case("call/%s: IBAN spoken character by character (%s)" % (pick(["travel", "banking", "insurance"]), i[:2]))
        c.a("can you read me the iban")
        c.c(pick(["okay it's ", "", "right "]), (spoken_iban(i), "IBAN"))
    return c


def p_call_dob_zip():
    y, m, d = gen_dob()
    z = gen_zip()
    c = Case("call/%s: DOB and ZIP in one turn for verification" % pick(["healthcare billing", "insurance", "banking"]))
    c.a("can you verify your date of birth and zip code")
    c.c(pick(["", "sure "]), (spoken_dob(y, m, d), "DOB"), pick([" and ", " zip is ", " and the zip's "]), (spoken_zip(z), "POSTCODE"))
    return c


def p_chat_two_in_one():
    p = gen_us_phone()
    z = typed_zip()
    c = Case("chat/telecom: phone and ZIP in one message with an order number (unlabelled)")
    c.c("order %d - number on account is " % R.randint(1000000, 99999999), (typed_us_phone(p), "PHONE"),
        " zip ", (z, "POSTCODE"))
    return c


def p_uk_call_address():
    pc = pick(UK_PCS)
    c = Case("call/%s: UK address and postcode spoken" % pick(["utilities", "telecom"]))
    n = R.randint(2, 199)
    c.a("what's the first line of the address")
    c.c((say_digits(str(n)) + " " + pick(STREETS) + " " + pick(["road", "street", "close", "avenue"]), "ADDRESS"))
    c.a("and postcode")
    c.c((spoken_uk_pc(pc), "POSTCODE"))
    return c


def p_ie_phone_email():
    p = "08" + str(R.randint(3, 9)) + "%07d" % R.randint(0, 9999999)
    e = gen_email()
    c = Case("call/%s: Irish mobile spoken with 'oh' and email" % pick(["utilities", "telecom", "travel"]))
    c.a("what's your mobile")
    c.c((say_digits(p[:3]) + " " + say_digits(p[3:]), "PHONE"))
    c.a("and email")
    c.c((spoken_email(e), "EMAIL"))
    return c


def asr_homophones(sp):
    rep = {"four": ["for", "four"], "two": ["to", "too", "two"], "eight": ["ate", "eight", "eight"],
           "one": ["won", "one", "one", "one"]}
    return " ".join(pick(rep[w]) if w in rep else w for w in sp.split(" "))


def p_call_homophones():
    c = Case("call/%s: ASR homophones inside the reading ('for', 'to', 'ate', 'won')" % pick(["insurance", "banking", "retail", "healthcare billing"]))
    if R.random() < 0.5:
        s = gen_ssn()
        c.a("and can you verify the social")
        c.c(pick(["yeah it's ", "sure ", "it is "]), (asr_homophones(say_digits(s, doubles=False)), "SSN"))
        c.a("thank you i have your account up your balance is %s" % sp_money())
    else:
        d, kind = gen_card(pick(["visa", "mc"]))
        c.a("go ahead with the card number")
        c.c(pick(["okay ", "", "alright "]), (asr_homophones(say_digits(d, doubles=False)), "CARD_NUMBER"))
        m, y = gen_expiry()
        c.a("expiration")
        c.c((spoken_exp(m, y), "EXPIRY"))
    return c


def p_chat_dob_short():
    y, m, d = gen_dob()
    s = gen_ssn()
    c = Case("chat/%s: lower-case chat with DOB using 2-digit year and SSN without separators" % pick(["healthcare billing", "government services", "insurance"]))
    c.c("hi i need a copy of my statement. ", "dob ", ("%d-%d-%02d" % (m, d, y % 100), "DOB"),
        " ssn ", (s, "SSN"), pick([" thx", " ty", "", " (its for my tax return for %d)" % R.randint(2023, 2025)]))
    c.a("Thanks! I've verified your account.")
    return c


def p_chat_card_zip():
    d, kind = gen_card(pick(["visa", "mc", "disc"]))
    c = Case("chat/%s: card with billing ZIP, amount and order number nearby" % pick(["retail", "travel", "utilities"]))
    c.c("pls charge order %d (%s) to " % (R.randint(100000, 9999999), money()), (typed_card(d), "CARD_NUMBER"),
        ", billing zip ", (typed_zip(R.random() < 0.3), "POSTCODE"))
    c.a("Done, your receipt is on its way.")
    return c


POS = [(p_call_homophones, 10), (p_chat_dob_short, 6), (p_chat_card_zip, 6), (p_chat_card, 14), (p_call_card_split, 14), (p_call_card_one_turn, 8), (p_chat_card_typo, 6),
       (p_chat_ssn, 12), (p_call_ssn, 14), (p_call_ssn_readback, 5), (p_call_ssn_correction, 4),
       (p_chat_ssn_mixed, 5), (p_chat_ni, 10), (p_call_ni, 10), (p_call_ni_readback, 5),
       (p_chat_contact, 8), (p_call_contact, 8), (p_call_phone_split, 5), (p_call_address, 8),
       (p_chat_address, 8), (p_call_bank_us, 6), (p_chat_bank_uk, 7), (p_call_bank_uk, 7),
       (p_iban, 14), (p_call_dob_zip, 6), (p_chat_two_in_one, 4), (p_uk_call_address, 4),
       (p_ie_phone_email, 4)]


# ----------------------------------------------------------------- negative templates
def n_balance():
    c = Case("chat/banking: balance, payment amount and non-birth due date")
    c.a("Your current balance is %s and the minimum payment of %s is due %s %d." % (
        money(), money(), MONTHS[R.randint(0, 11)].capitalize(), R.randint(1, 28)))
    c.c("ok can I pay %s on the %dth instead?" % (money(), R.randint(4, 20)))
    return c


def n_spoken_money():
    c = Case("call/utilities: amounts spoken in words, bill date")
    c.a("so your bill this month is %s and it was issued on the %s" % (sp_money(), ord_word(R.randint(1, 28))))
    c.c("wow last month it was only %s" % sp_money())
    return c


def n_order():
    c = Case("chat/retail: order number and tracking reference with their names")
    c.c("Where is my order #%d? Tracking says 1Z%s%d" % (R.randint(1000000, 99999999), pick(["A8", "W3", "X9"]), R.randint(100, 999)))
    c.a("Order %d shipped on 11/%d and should arrive in %d-%d business days." % (R.randint(1000000, 9999999), R.randint(1, 20), R.randint(2, 3), R.randint(4, 7)))
    return c


def n_policy():
    c = Case("call/insurance: policy and claim numbers spoken with their reference words")
    pol = str(R.randint(1000000, 99999999))
    clm = str(R.randint(100000, 9999999))
    c.c("yeah my policy number is %s" % say_digits(pol))
    c.a("thank you and the claim number")
    c.c("claim number %s" % say_digits(clm))
    c.a("okay i see the claim for the %d %s it was filed on %s %s" % (
        R.randint(2012, 2024), pick(["honda civic", "ford f one fifty", "toyota camry"]),
        MONTHS[R.randint(0, 11)], ord_word(R.randint(1, 28))))
    return c


def n_member():
    c = Case("chat/healthcare billing: member ID with letter prefix, group number, copay amounts")
    c.c("member id %s%d group %d, why was my copay %s?" % (pick(["W", "XJH", "MBR", "ZQ"]), R.randint(1000000, 99999999),
                                                          R.randint(10000, 999999), "$%d.%02d" % (R.randint(15, 350), R.randint(0, 99))))
    c.a("Your plan has a $%d copay for specialists and a $%d deductible; %d%% coinsurance applies after that." % (
        R.choice([20, 30, 40, 50]), R.choice([500, 1000, 1500, 2500]), R.choice([10, 20, 30])))
    return c


def n_times():
    c = Case("call/telecom: appointment date, time window and durations")
    c.a("i can get a technician out on %s the %s between %s and %s" % (
        pick(["monday", "tuesday", "thursday"]), ord_word(R.randint(1, 28)), pick(["eight", "nine", "ten"]),
        pick(["noon", "two", "four pm"])))
    c.c("okay how long does it take")
    c.a("usually about %s minutes maybe an hour and a half" % pick(["forty five", "thirty", "ninety"]))
    return c


def n_flight():
    c = Case("call/travel: flight number, times, gate, seat, confirmation code")
    c.c("i'm on %s %s leaving at %s" % (pick(["united", "delta", "american", "aer lingus"]),
                                      say_digits(str(R.randint(100, 2999)), doubles=False),
                                      pick(["six forty five", "eleven fifteen", "seven oh five am"])))
    c.a("yes flight %s%d departs gate %s%d seat %d%s confirmation %s" % (
        pick(["UA", "DL", "AA", "EI"]), R.randint(100, 2999), pick("ABCDE"), R.randint(1, 40),
        R.randint(1, 40), pick("ABCDEF"), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))))
    return c


def n_meter():
    c = Case("call/utilities: meter reading and usage")
    c.c("the meter says %s" % say_digits(str(R.randint(10000, 99999))))
    c.a("thanks that's %d kilowatt hours this period at %d point %d cents per unit" % (
        R.randint(200, 1800), R.randint(11, 35), R.randint(1, 9)))
    return c


def n_speed():
    c = Case("chat/telecom: internet speed, data allowance, price")
    c.c("i'm paying for %d Mbps but only getting %d.%d" % (R.choice([300, 500, 940]), R.randint(10, 90), R.randint(0, 9)))
    c.a("Your plan is %d GB of hotspot data at %s/mo, router model %s." % (
        R.choice([15, 30, 50]), money(), pick(["NVG448BX", "C4000XG", "RAX120", "TC8717T"])))
    return c


def n_model():
    c = Case("call/retail: model number, serial-like product code and warranty years")
    c.c("it's the %s model %s and i bought it in %s" % (pick(["samsung washer", "lg fridge", "dyson"]),
                                                      pick(["w f four five r six one", "l f x two eight nine six eight", "v eleven"]),
                                                      say_year(R.randint(2018, 2025))))
    c.a("that has a %d year warranty so you're covered until %s" % (R.randint(1, 5), say_year(R.randint(2026, 2029))))
    return c


def n_age_temp():
    c = Case("call/healthcare billing: ages, temperature, dosage and visit date")
    c.c("my son is %s and he had a fever of a hundred and %s so we went in on the %s" % (
        pick(["seven", "twelve", "fifteen"]), pick(["two", "three", "one point five"]), ord_word(R.randint(1, 28))))
    c.a("i see the visit on %s %s the charge was %s" % (MONTHS[R.randint(0, 11)], ord_word(R.randint(1, 28)), sp_money()))
    return c


def n_ticket():
    c = Case("chat/%s: ticket, case and invoice numbers typed" % pick(["telecom", "retail", "utilities"]))
    c.c("I have case number %d and invoice INV-%d-%05d" % (R.randint(100000, 9999999), R.randint(2023, 2026), R.randint(1, 99999)))
    c.a("Thanks, ticket #%d is escalated; expect a reply within %d hours." % (R.randint(10000, 999999), R.choice([24, 48, 72])))
    return c


def n_percent():
    c = Case("call/banking: apr, percentages, years of contract start")
    c.a("your apr is %s point %s nine percent and the promo ends in %s" % (
        pick(["twenty four", "nineteen", "twenty nine"]), pick(["nine", "four", "two"]), MONTHS[R.randint(0, 11)]))
    c.c("i opened the account back in %s with a limit of %s thousand" % (say_year(R.randint(2005, 2022)), pick(["five", "twelve", "two"])))
    return c


def n_dates():
    c = Case("chat/insurance: contract start and renewal dates, not birth dates")
    d1 = "%02d/%02d/%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(2023, 2026))
    c.c("My policy started %s, when is renewal?" % d1)
    c.a("It renews on %s %d, %d and the premium will be %s." % (MONTHS[R.randint(0, 11)].capitalize(), R.randint(1, 28),
                                                               R.randint(2026, 2027), money()))
    return c


def n_quantity():
    c = Case("call/retail: quantities, counts, sizes and prices")
    c.c("i ordered %s boxes of the %s pack and size %s shoes" % (pick(["three", "four", "twelve"]), pick(["twenty four", "thirty six"]),
                                                               pick(["ten and a half", "nine", "eleven"])))
    c.a("i see %s items totalling %s you'll get %s back" % (pick(["two", "five"]), sp_money(), sp_money()))
    return c


def n_claim_spoken_pairs():
    c = Case("call/insurance: claim number said in pairs with its reference word, deductible")
    clm = "%08d" % R.randint(10000000, 99999999)
    c.c("it's claim number %s" % say_pairs(clm))
    c.a("got it your deductible is %s and we paid %s" % (sp_money(), sp_money()))
    return c


def n_room():
    c = Case("call/travel: hotel room number, nights, rates")
    c.c("i was in room %s for %s nights" % (say_digits(str(R.randint(101, 1240)), doubles=False), pick(["three", "two", "five"])))
    c.a("the rate was %s per night plus %d percent tax" % (sp_money(), R.randint(8, 15)))
    return c


def n_account_balance_spoken():
    c = Case("call/banking: balances and pending transaction amounts spoken")
    c.a("your available balance is %s thousand %s hundred and %s dollars" % (
        pick(["two", "four", "eleven"]), pick(["three", "six"]), pick(["twelve", "forty", "eighty five"])))
    c.c("and the pending one from the %s" % ord_word(R.randint(1, 28)))
    c.a("that's %s from a gas station it'll clear in %s days" % (sp_money(), pick(["two", "three"])))
    return c


def n_tracking_spoken():
    c = Case("call/retail: tracking and order numbers with reference words and delivery time")
    c.c("the tracking number ends in %s and order number is %s" % (say_digits("%04d" % R.randint(0, 9999), allow_o=False),
                                                                   say_digits(str(R.randint(100000, 9999999)))))
    c.a("okay that's out for delivery by %s tonight" % pick(["eight", "nine pm", "seven thirty"]))
    return c


def n_chat_loan():
    c = Case("chat/banking: loan payoff amounts with thousands separators, rate, term in months")
    c.c("whats my payoff? statement says $%d,%03d.%02d but i paid $%d,%03d.00 on %d/%d" % (
        R.randint(1, 48), R.randint(0, 999), R.randint(0, 99), R.randint(1, 9), R.randint(0, 999), R.randint(1, 12), R.randint(1, 28)))
    c.a("Your payoff good through %d/%d is $%d,%03d.%02d at %d.%02d%% over %d months." % (
        R.randint(1, 12), R.randint(1, 28), R.randint(1, 48), R.randint(0, 999), R.randint(0, 99),
        R.randint(2, 9), R.randint(0, 99), R.choice([36, 60, 72, 180, 360])))
    return c


def n_callback_time():
    c = Case("chat/%s: callback date and time with time zone, wait time, queue position" % pick(["telecom", "insurance", "government services"]))
    c.a("We can call you back on %s %d/%d at %d:%02d %s %s. Current wait is %d minutes, you are #%d in queue." % (
        pick(["Mon", "Tue", "Wednesday", "Fri"]), R.randint(1, 12), R.randint(1, 28), R.randint(1, 11), R.choice([0, 15, 30, 45]),
        pick(["am", "pm", "PM"]), pick(["EST", "CT", "PT", "ET"]), R.randint(3, 55), R.randint(2, 30)))
    c.c("ok %d:%02d works" % (R.randint(1, 11), R.choice([0, 30])))
    return c


NEG = [(n_chat_loan, 5), (n_callback_time, 5), (n_balance, 7), (n_spoken_money, 7), (n_order, 7), (n_policy, 8), (n_member, 7), (n_times, 6),
       (n_flight, 6), (n_meter, 5), (n_speed, 5), (n_model, 5), (n_age_temp, 5), (n_ticket, 6),
       (n_percent, 5), (n_dates, 6), (n_quantity, 5), (n_claim_spoken_pairs, 6), (n_room, 4),
       (n_account_balance_spoken, 5), (n_tracking_spoken, 5)]


# ----------------------------------------------------------------- build / check
def build():
    global R
    R = random.Random(SEED)
    pos, neg = [], []
    for fn, n in POS:
        for _ in range(n):
            pos.append(fn())
    for fn, n in NEG:
        for _ in range(n):
            neg.append(fn())
    R.shuffle(pos)
    R.shuffle(neg)
    cases = []
    for i, c in enumerate(pos, 1):
        cases.append(("h276-pos-%03d" % i, "positive", c))
    for i, c in enumerate(neg, 1):
        cases.append(("h276-neg-%03d" % i, "negative", c))
    return cases


def to_json(cases):
    lines = []
    for cid, kind, c in cases:
        spans = [{k: s[k] for k in ("turn", "start", "end", "type")} for s in c.spans]
        lines.append(json.dumps({"id": cid, "kind": kind, "turns": c.turns, "spans": spans,
                                 "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def count_types(cases):
    cnt = Counter()
    for _, _, c in cases:
        for s in c.spans:
            cnt[s["type"]] += 1
    return cnt


def readme(cases):
    cnt = count_types(cases)
    npos = sum(1 for x in cases if x[1] == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h276

**Never use this set for tuning.** It exists only to measure the redactor on data
its authors have not seen.

## Who wrote it and how

Written by an AI helper acting as an independent author, started by a project
session for this purpose. The author did not read the redaction code, its tests,
its docs, the benchmark, or any other PII fixture; the only data seen was a
3-line JSONL format example. Cases are generated by
`scripts/make_pii_holdout276.py` (standard library only, one `random.Random`
seeded with %d); every turn is assembled from plain-text segments and
(value, TYPE) segments so offsets are computed, never typed by hand.
`python scripts/make_pii_holdout276.py --check` regenerates the data, verifies it
is byte-identical to `cases.jsonl`, and validates ids, offsets, word boundaries,
overlaps and each value after normalising spoken forms (Luhn, mod-97, NI format,
digit counts, postcode shapes).

Emphasis: mostly US contact centres (SSNs typed and spoken in many groupings,
ZIP and ZIP+4, US phone formats, US street addresses, card payments by phone),
plus UK/Irish/EU cases (NI numbers, sort codes, IBANs, UK postcodes). Negatives
are US-heavy lookalikes: policy, member, claim, case, invoice, order and
tracking numbers with their names, amounts, times, dates that are not birth
dates, flight/room/model numbers, meter readings, speeds, ages, percentages.

## Annotation conventions

* A span covers the value only: lead-ins such as "it's", "my social is",
  "card number" are outside; separators (spaces, dashes, dots, slashes,
  "dash", "slash") and fillers ("um", "uh", "er") *inside* a reading are inside.
* A value split over several customer turns gets one span per piece.
* Agent read-backs of a value are labelled like the customer's reading.
* A caller's wrong-then-corrected value: both complete readings are labelled.
* ASR homophones inside a reading ("for" = four, "to"/"too" = two, "ate" =
  eight, "won" = one) are part of the span.
* Spelled letters ("b for bravo", "c as in cat") are inside the span.
* ADDRESS = house number + street name + suffix (+ apartment/unit when given);
  city and state are outside; the ZIP / postcode is a separate POSTCODE span.
* DOB = the date itself ("march the fourth nineteen eighty", "the 3rd of may ..."
  including "the"/"of" inside it), not "born" / "date of birth".
* EXPIRY = the month/year; CVV = the digits only.
* EMAIL spoken as "x dot y at gmail dot com" is one span from the first to the last word.
* Non-PII numbers in positive cases (amounts, order/policy/claim numbers) are
  deliberately left unlabelled.

## Counts

Positive cases: %d; negative cases: %d (negatives have no spans; a negative
fails if anything in it is redacted).

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def check(cases, text):
    problems = []
    ok_file = os.path.exists(CASES) and open(CASES, encoding="utf-8").read() == text
    if not ok_file:
        problems.append("cases.jsonl differs from regenerated output (or missing)")
    if not os.path.exists(README) or open(README, encoding="utf-8").read() != readme(cases):
        problems.append("README.md differs from regenerated output (or missing)")
    ids = [x[0] for x in cases]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for cid, kind, c in cases:
        if kind == "negative" and c.spans:
            problems.append("%s: negative with spans" % cid)
        if kind == "positive" and not c.spans:
            problems.append("%s: positive without spans" % cid)
        groups = {}
        by_turn = {}
        for s in c.spans:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (cid, s["type"]))
            if not (0 <= s["turn"] < len(c.turns)):
                problems.append("%s: bad turn" % cid)
                continue
            tx = c.turns[s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(tx)):
                problems.append("%s: offsets out of range" % cid)
                continue
            val = tx[st:en]
            if val != val.strip() or not val[0].isalnum() and val[0] not in "+(#" or not val[-1].isalnum():
                problems.append("%s: span not trimmed %r" % (cid, val))
            if (st > 0 and tx[st - 1].isalnum()) or (en < len(tx) and tx[en].isalnum()):
                problems.append("%s: span not on word boundary %r" % (cid, val))
            by_turn.setdefault(s["turn"], []).append((st, en))
            try:
                norm = normalise(val, s["type"])
            except ValueError as e:
                problems.append("%s: %s" % (cid, e))
                continue
            if s["_group"]:
                groups.setdefault((s["_group"], s["type"]), []).append(norm)
            elif not validate(s["type"], norm, s["_partial"]):
                problems.append("%s: invalid %s %r -> %r" % (cid, s["type"], val, norm))
        for (g, typ), parts in groups.items():
            norm = "".join(parts)
            if not validate(typ, norm, False):
                problems.append("%s: invalid grouped %s -> %r" % (cid, typ, norm))
        for t, lst in by_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append("%s: overlapping spans" % cid)
    cnt = count_types(cases)
    npos = sum(1 for x in cases if x[1] == "positive")
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("type %s has %d spans < %d" % (t, cnt[t], need))
    print("positives=%d negatives=%d spans=%d" % (npos, nneg, sum(cnt.values())))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for p in problems[:60]:
        print("PROBLEM:", p)
    print("%d problem(s)" % len(problems))
    return not problems


def main():
    cases = build()
    text = to_json(cases)
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check(cases, text) else 1)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(cases))
    check(cases, text)


if __name__ == "__main__":
    main()

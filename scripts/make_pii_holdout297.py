#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h297.

Independent author set; emphasis on phone calls as a Whisper-style speech
recogniser writes them (partial inverse text normalisation, odd casing and
punctuation, digit homophones, values split over turns).

Usage:
    python scripts/make_pii_holdout297.py          # write fixture + README
    python scripts/make_pii_holdout297.py --check  # regenerate and verify
Standard library only. Output is byte-for-byte reproducible.
"""
import json
import os
import random
import re
import sys

SEED = 297241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout297")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- case model


class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = []  # dicts: type, raw, parts(list of span idx), mode

    def group(self, typ, raw, mode="full"):
        self.groups.append({"type": typ, "raw": raw, "parts": [], "mode": mode})
        return len(self.groups) - 1

    def turn(self, speaker, *segs):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, gid = seg
                g = self.groups[gid]
                self.spans.append({"turn": len(self.turns), "start": len(text),
                                   "end": len(text) + len(val), "type": g["type"]})
                g["parts"].append(len(self.spans) - 1)
                text += val
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.turn("agent", *segs)

    def c(self, *segs):
        return self.turn("customer", *segs)

    def obj(self, cid):
        return {"id": cid, "kind": self.kind, "turns": self.turns,
                "spans": self.spans, "note": self.note}


# ---------------------------------------------------------------- values

R = None  # the single seeded Random, set in generate()


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_check_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def gen_card():
    kind = R.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        pre, n = "4" + rdig(1), 16
    elif kind == "mc":
        pre, n = "5" + R.choice("12345"), 16
    elif kind == "mc2":
        pre, n = "22" + R.choice("3456") + rdig(1), 16
    elif kind == "amex":
        pre, n = R.choice(["34", "37"]), 15
    else:
        pre, n = "6011", 16
    body = pre + rdig(n - 1 - len(pre))
    num = body + luhn_check_digit(body)
    assert luhn_ok(num)
    return num


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_L1) + R.choice(NI_L2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + R.choice("ABCD")


def gen_sort():
    return R.choice(["20", "40", "30", "60", "77", "83", "09", "11", "56"]) + rdig(4)


def gen_acct(n=8):
    return str(R.randint(1, 9)) + rdig(n - 1)


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


BANKL = "ABCDEFGHJKLMNPRSTUWXY"


def gen_iban():
    c = R.choice(["GB", "GB", "IE", "DE", "NL", "FR", "ES"])
    if c in ("GB", "IE"):
        bban = "".join(R.choice(BANKL) for _ in range(4)) + gen_sort() + gen_acct(8)
    elif c == "DE":
        bban = rdig(18)
    elif c == "NL":
        bban = "".join(R.choice(BANKL) for _ in range(4)) + rdig(10)
    elif c == "FR":
        bban = rdig(23)
    else:
        bban = rdig(20)
    iban = c + iban_check(c, bban) + bban
    assert iban_ok(iban)
    return iban


def gen_phone(country):
    if country == "UK":
        return R.choice(["07" + R.choice("3456789") + rdig(8),
                         "020" + R.choice("378") + rdig(7),
                         "0161" + rdig(7), "0113" + rdig(7)])
    if country == "US":
        return R.choice(["312", "415", "646", "713", "617", "206", "503"]) + \
            str(R.randint(2, 9)) + rdig(2) + rdig(4)
    if country == "IE":
        return "08" + R.choice("35679") + rdig(7)
    if country == "DE":
        return "+4915" + rdig(9)
    return "+336" + rdig(8)


FIRST = ["james", "sarah", "liam", "aoife", "priya", "tom", "megan", "oliver",
         "grace", "daniel", "niamh", "kevin", "fatima", "luca", "chloe", "ryan"]
LAST = ["walsh", "patel", "murphy", "okafor", "brennan", "kowalski", "hughes",
        "nguyen", "fitzgerald", "garcia", "lindqvist", "doyle", "ahmed", "reilly"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.com", "icloud.com",
           "eircom.net", "btinternet.com", "aol.com", "gmx.de", "protonmail.com"]

MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]

UK_STREETS = ["Queens Road", "Mill Lane", "Church Street", "Victoria Avenue",
              "Elm Grove", "Station Road", "Park Crescent", "Hawthorn Close",
              "Kingsway", "Albert Terrace"]
US_STREETS = ["Oak Street", "Maple Avenue", "Lincoln Boulevard", "Cedar Lane",
              "Sunset Drive", "Pine Court", "Washington Street", "Lakeview Road"]
IE_STREETS = ["Griffith Avenue", "Main Street", "Seafield Road", "Ballymun Road",
              "Castle Park"]
UKPC_AREAS = ["SW", "N", "E", "M", "LS", "B", "BS", "CF", "EH", "G", "NE", "L", "CB", "BT"]
PCL = "ABDEFGHJLNPRSTUWXYZ"


def gen_ukpc():
    area = R.choice(UKPC_AREAS)
    dist = str(R.randint(1, 20))
    if R.random() < 0.15 and len(area) == 2 and len(dist) == 1:
        dist += R.choice("ABW")
    return area + dist + " " + str(R.randint(0, 9)) + R.choice(PCL) + R.choice(PCL)


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.2:
        z += "-" + rdig(4)
    return z


# ---------------------------------------------------------------- speaking

UNITW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENSW = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
HOMO = {"4": ["for"], "2": ["to", "too"], "8": ["ate"]}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo",
        "L": "lima", "M": "mike", "N": "november", "P": "papa", "R": "romeo",
        "S": "sierra", "T": "tango", "U": "uniform", "W": "whiskey", "X": "x-ray",
        "Y": "yankee", "Z": "zulu"}
NAMEWORDS = {"A": "apple", "B": "bob", "C": "charlie", "D": "david", "E": "edward",
             "G": "george", "H": "harry", "J": "john", "K": "king", "L": "london",
             "M": "mother", "N": "nancy", "P": "peter", "R": "robert", "S": "sugar",
             "T": "tommy", "W": "william", "X": "xmas", "Y": "yellow", "Z": "zebra"}


def zero_word(uk=False):
    opts = ["oh", "oh", "zero", "o", "O"]
    if uk:
        opts += ["nought", "oh"]
    return R.choice(opts)


def unit_word(d, uk=False, homo=0.0):
    if d == "0":
        return zero_word(uk)
    if d in HOMO and R.random() < homo:
        return R.choice(HOMO[d])
    return UNITW[int(d)]


def pair_word(p):
    a, b = p
    if a == "1":
        return TEENW[int(b)]
    w = TENSW[int(a)] + R.choice([" ", " ", "-"]) + UNITW[int(b)]
    return w


def say_digits(ds, uk=False, pairs=0.0, doubles=0.35, homo=0.0):
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        if i + 2 < len(ds) and ds[i] == ds[i + 1] == ds[i + 2] and R.random() < doubles:
            out.append("triple " + unit_word(d, uk))
            i += 3
            continue
        if i + 1 < len(ds) and ds[i] == ds[i + 1] and R.random() < doubles:
            out.append("double " + unit_word(d, uk))
            i += 2
            continue
        if (pairs and i + 1 < len(ds) and d != "0" and ds[i + 1] != "0"
                and R.random() < pairs):
            out.append(pair_word(ds[i:i + 2]))
            i += 2
            continue
        if pairs and i + 1 < len(ds) and d == "1" and ds[i + 1] == "0" and R.random() < pairs:
            out.append("ten")
            i += 2
            continue
        out.append(unit_word(d, uk, homo))
        i += 1
    return " ".join(out)


def whisper_groups(groups, uk=False, itn=0.4, pairs=0.2, homo=0.0, seps=None):
    """Render digit groups the way Whisper tends to: some groups turned into
    numerals by inverse text normalisation, others left as words."""
    parts = []
    for g in groups:
        if R.random() < itn:
            parts.append(g)
        elif R.random() < 0.08:
            parts.append(R.choice([" ", ", ", "-"]).join(g))
        else:
            w = say_digits(g, uk, pairs=pairs, homo=homo)
            if R.random() < 0.12:
                w = w.title()
            parts.append(w)
    seps = seps or [" ", " ", ", ", ". ", " - ", "... "]
    out = parts[0]
    for p in parts[1:]:
        out += R.choice(seps) + p
    return out


def say_letter(ch, style):
    if style == "plain":
        return ch.lower()
    if style == "upper":
        return ch
    if style == "nato":
        return ch.lower() + R.choice([" for ", " as in ", " for "]) + NATO[ch]
    if style == "name":
        return ch + R.choice([" for ", " as in "]) + NAMEWORDS.get(ch, NATO[ch])
    return ch


def say_year(y):
    y = str(y)
    if y.startswith("20") and y[2] == "0":
        return "two thousand and " + UNITW[int(y[3])] if R.random() < 0.5 else "two thousand " + UNITW[int(y[3])]
    a, b = y[:2], y[2:]
    first = TEENW[int(a[1])] if a[0] == "1" else "twenty"
    if b[0] == "0":
        second = "oh " + UNITW[int(b[1])]
    elif b[0] == "1":
        second = TEENW[int(b[1])]
    elif b[1] == "0":
        second = TENSW[int(b[0])]
    else:
        second = TENSW[int(b[0])] + R.choice([" ", "-"]) + UNITW[int(b[1])]
    return first + " " + second


ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]


def ordnum(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def gen_dob():
    return (R.randint(1941, 2004), R.randint(1, 12), R.randint(1, 28))


def say_dob(dob, chat=False, uk=True):
    y, m, d = dob
    M = MONTHS[m - 1]
    if chat:
        return R.choice([
            "%02d/%02d/%d" % ((d, m, y) if uk else (m, d, y)),
            "%d.%d.%d" % (d, m, y),
            "%d %s %d" % (d, M.capitalize(), y),
            "%s %d, %d" % (M.capitalize(), d, y),
            "%02d-%02d-%02d" % ((d, m, y % 100) if uk else (m, d, y % 100)),
        ])
    forms = [
        "the %s of %s %s" % (ORD[d], M, say_year(y)),
        "%s %s %s" % (M.capitalize(), ordnum(d), say_year(y)),
        "%s %s, %d" % (M.capitalize(), ordnum(d), y),
        "%s of %s %d" % (ordnum(d), M.capitalize(), y),
        "%s %s %s" % (ORD[d], M, say_year(y)),
        "%s %s %s" % (say_digits("%02d" % d), say_digits("%02d" % m), say_year(y)),
        "%d/%d/%s" % ((d, m, str(y)[2:]) if uk else (m, d, str(y)[2:])),
        "%s %s '%s" % (M.capitalize(), ordnum(d), str(y)[2:]),
        "%s %s %s" % (ORD[d], M.capitalize(), str(y)),
    ]
    return R.choice(forms)


def gen_expiry():
    return (R.randint(2026, 2031), R.randint(1, 12))


def say_expiry(e, chat=False):
    y, m = e
    if chat:
        return R.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                         "%02d %02d" % (m, y % 100)])
    return R.choice([
        "%s %s" % (say_digits("%02d" % m), say_year(y)),
        "%s %s" % (say_digits("%02d" % m), pair_word(str(y % 100))),
        "%02d/%02d" % (m, y % 100),
        "%s %d" % (MONTHS[m - 1].capitalize(), y),
        "%s %s" % (MONTHS[m - 1], say_year(y)),
        "%s slash %s" % (say_digits("%02d" % m), say_digits(str(y % 100))),
        "%02d %s" % (m, pair_word(str(y % 100))),
    ])


def say_email(first, last, dom, chat=False):
    style = R.choice(["dot", "plain", "num", "under", "initial"])
    num = str(R.randint(1, 99))
    if style == "dot":
        local = [first, ".", last]
    elif style == "plain":
        local = [first, last]
    elif style == "num":
        local = [first, last, num]
    elif style == "under":
        local = [first, "_", last]
    else:
        local = [first[0], ".", last]
    raw = "".join(local) + "@" + dom
    if chat:
        t = raw
        if R.random() < 0.3:
            t = t[0].upper() + t[1:]
        return raw, t
    dn, tld = dom.split(".", 1)
    mode = R.choice(["words", "words", "itn", "half", "spell"])
    if mode == "itn":
        t = raw if R.random() < 0.5 else raw.capitalize()
        return raw, t
    words = []
    for p in local:
        if p == ".":
            words.append("dot")
        elif p == "_":
            words.append("underscore")
        elif p.isdigit():
            words.append(p if R.random() < 0.5 else say_digits(p, pairs=0.8))
        elif mode == "spell" and p == last:
            words.append(" ".join(last))
        else:
            words.append(p)
    tldw = " dot ".join(tld.split("."))
    if R.random() < 0.3 and dn in ("gmail", "hotmail", "outlook", "icloud", "btinternet"):
        dn = {"gmail": "g mail", "hotmail": "hot mail", "outlook": "out look", "icloud": "i cloud",
              "btinternet": "bt internet"}[dn]
    if mode == "half":
        t = " ".join(words) + " at " + dn + "." + tld
    else:
        t = " ".join(words) + R.choice([" at ", " at "]) + dn + " dot " + tldw
    return raw, t


def say_postcode_uk(pc, chat=False):
    if chat:
        return R.choice([pc, pc.lower(), pc.replace(" ", "")])
    out, i = [], 0
    s = pc.replace(" ", "")
    style = R.choice(["plain", "upper", "nato", "itn"])
    if style == "itn":
        return pc
    toks = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isdigit():
            toks.append(unit_word(ch, True))
        elif i + 1 < len(s) and s[i + 1] == ch and R.random() < 0.6:
            toks.append("double " + ch.lower())
            i += 1
        else:
            toks.append(say_letter(ch, style if style != "nato" or R.random() < 0.5 else "plain"))
        i += 1
    return " ".join(toks)


def say_zip(z, chat=False):
    if chat:
        return z
    d = z.replace("-", "")
    if R.random() < 0.35:
        return z
    w = say_digits(d[:5], pairs=0.2)
    if len(d) > 5:
        w += R.choice([" dash ", " ", " - "]) + say_digits(d[5:])
    return w


def say_small_number(n):
    n = int(n)
    if n < 10:
        return UNITW[n]
    if n < 20:
        return TEENW[n - 10]
    if n < 100:
        return TENSW[n // 10] + ("" if n % 10 == 0 else " " + UNITW[n % 10])
    if n % 100 == 0:
        return UNITW[n // 100] + " hundred"
    if n < 1000:
        return UNITW[n // 100] + " " + say_small_number(n % 100) if n % 100 >= 10 \
            else UNITW[n // 100] + " oh " + UNITW[n % 100]
    return str(n)


# ---------------------------------------------------------------- normalising (for --check)

UNITS = {w: str(i) for i, w in enumerate(UNITW)}
UNITS.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
TEENS = {w: str(10 + i) for i, w in enumerate(TEENW)}
TENS = {w: str(i) for i, w in enumerate(TENSW) if w}
HOMO_N = {"for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"}
NATO_WORDS = (set(NATO.values()) | set(NAMEWORDS.values()) | {"ray"}) - {"x-ray"}


def norm_tokens(text, letters=False, ignore=()):
    """Return canonical string of digits (and letters if letters=True), or
    None if an unknown token is present."""
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = ""
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in ignore:
            i += 1
            continue
        if t.isdigit():
            out += t
        elif letters and t in ("for", "as") and out and out[-1].isalpha():
            # "b for bravo", "b as in bravo"
            j = i + 1
            if t == "as" and nxt == "in":
                j += 1
            if j + 1 < len(toks) and toks[j] == "x" and toks[j + 1] == "ray":
                i = j + 2
                continue
            if j < len(toks) and toks[j] in NATO_WORDS:
                i = j + 1
                continue
            return None
        elif t in ("double", "triple") and nxt is not None:
            n = 2 if t == "double" else 3
            if nxt in UNITS:
                out += UNITS[nxt] * n
            elif letters and len(nxt) == 1:
                out += nxt.upper() * n
            else:
                return None
            i += 2
            continue
        elif t in TEENS:
            out += TEENS[t]
        elif t in TENS:
            if nxt in UNITS and UNITS[nxt] != "0" and nxt not in ("o", "oh"):
                out += TENS[t] + UNITS[nxt]
                i += 2
                continue
            out += TENS[t] + "0"
        elif t == "hundred":
            out += "00"
        elif letters and t == "o":
            out += "0"
        elif t in UNITS:
            out += UNITS[t]
        elif not letters and t in HOMO_N:
            out += HOMO_N[t]
        elif letters and len(t) <= 4 and t not in NATO_WORDS:
            out += t.upper()
        else:
            return None
        i += 1
    return out


UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]+)+$")
STREET_WORDS = ("road", "street", "lane", "avenue", "grove", "crescent", "close", "kingsway",
                "terrace", "boulevard", "drive", "court", "park", "way", "st", "rd", "ave")


def norm_email(text):
    t = text.lower()
    t = re.sub(r"\bat\b", "@", t)
    t = re.sub(r"\bdot\b", ".", t)
    t = re.sub(r"\bunderscore\b", "_", t)
    t = re.sub(r"\b(dash|hyphen)\b", "-", t)
    words = t.split()
    res = []
    for w in words:
        if w in TEENS or w in TENS or (w in UNITS and w not in ("o",)):
            res.append(w)
        else:
            res.append(w)
    s = "".join(res)
    # spoken digits inside local part
    for w, d in sorted(list(TEENS.items()) + list(TENS.items()), key=lambda x: -len(x[0])):
        s = s.replace(w, d if w in TEENS else d)
    for w, d in UNITS.items():
        if len(w) > 2:
            s = s.replace(w, d)
    return s


def validate_group(case, g):
    """Return an error string or None."""
    typ = g["type"]
    texts = []
    for si in g["parts"]:
        sp = case.spans[si]
        texts.append(case.turns[sp["turn"]]["text"][sp["start"]:sp["end"]])
    joined = " ".join(texts)
    raw = g["raw"]
    if typ in ("CARD_NUMBER", "SSN", "BANK_ACCOUNT", "SORT_CODE", "CVV", "PHONE"):
        n = norm_tokens(joined, ignore=("plus",))
        if n is None:
            return "unparseable %r" % joined
        want = re.sub(r"\D", "", raw)
        if g["mode"] == "partial":
            return None if n and want.startswith(n[:2]) or n.isdigit() else "partial %r" % joined
        if n != want:
            return "digits %r -> %s != %s" % (joined, n, want)
        L = len(n)
        if typ == "CARD_NUMBER" and not (13 <= L <= 19 and luhn_ok(n)):
            return "bad card " + n
        if typ == "SSN" and L != 9:
            return "bad ssn " + n
        if typ == "SORT_CODE" and L != 6:
            return "bad sort " + n
        if typ == "CVV" and L not in (3, 4):
            return "bad cvv " + n
        if typ == "BANK_ACCOUNT" and not 8 <= L <= 12:
            return "bad acct " + n
        if typ == "PHONE" and not 10 <= L <= 13:
            return "bad phone " + n
        return None
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        n = norm_tokens(joined, letters=True)
        if n is None:
            return "unparseable %r" % joined
        want = re.sub(r"[^A-Z0-9]", "", raw.upper())
        if n != want:
            return "alnum %r -> %s != %s" % (joined, n, want)
        if typ == "NI_NUMBER" and not re.match(r"^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$", n):
            return "bad ni " + n
        if typ == "IBAN" and not (15 <= len(n) <= 34 and iban_ok(n)):
            return "bad iban " + n
        if typ == "POSTCODE" and not (UKPC_RE.match(n) or re.match(r"^\d{5}(\d{4})?$", n)):
            return "bad postcode " + n
        return None
    if typ == "EMAIL":
        n = norm_email(joined)
        if not EMAIL_RE.match(n):
            return "bad email %r -> %s" % (joined, n)
        if n.split("@")[1] != raw.split("@")[1]:
            return "email domain %r" % n
        return None
    low = joined.lower()
    if typ in ("DOB", "EXPIRY"):
        has_month = any(m in low for m in MONTHS)
        nums = re.findall(r"\d+|" + "|".join(list(UNITS) + list(TEENS) + list(TENS)), low)
        if not (has_month or len(nums) >= 2):
            return "bad date %r" % joined
        return None
    if typ == "ADDRESS":
        if not re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b", low):
            return "address without number %r" % joined
        if not any(re.search(r"\b%s\b" % w, low) for w in STREET_WORDS):
            return "address without street word %r" % joined
        return None
    return "unknown type " + typ


# ---------------------------------------------------------------- chit-chat pieces

BACKCH = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "right", "yeah", "got that", "Mm-hmm."]
FILL = ["um", "uh", "er", "erm", "hang on", "sorry", "let me see"]


def bc():
    return R.choice(BACKCH)


def cap(s):
    return s[0].upper() + s[1:] if s and R.random() < 0.5 else s


def V(text, gid):
    return (text, gid)


def split_groups(groups, nparts):
    """Split a list of digit groups into nparts consecutive chunks."""
    if nparts >= len(groups):
        return [[g] for g in groups]
    cuts = sorted(R.sample(range(1, len(groups)), nparts - 1))
    out, prev = [], 0
    for c in cuts + [len(groups)]:
        out.append(groups[prev:c])
        prev = c
    return out


# ---------------------------------------------------------------- positive templates

def p_card_oneturn():
    ind = R.choice(["telecom", "banking", "utilities", "retail", "travel"])
    uk = R.random() < 0.5
    num = gen_card()
    c = Case("positive", "call/%s: card read in one turn, Whisper mixes numerals and words" % ind)
    g = c.group("CARD_NUMBER", num)
    amt = R.choice(["$40", "forty dollars", "£12.99", "$129.50", "eighty five pounds", "€60"])
    c.a(cap(R.choice(["okay so that's %s today, can I take the long number on the card" % amt,
                      "and the payment of %s, what's the card number please" % amt,
                      "so the card number when you're ready"])))
    val = whisper_groups(card_groups(num), uk=uk, itn=R.choice([0.0, 0.3, 0.5, 0.8]), homo=0.15)
    if R.random() < 0.15:
        val = R.choice([num, "-".join(card_groups(num)), num[:8] + " " + num[8:]])
    lead = R.choice(["yeah it's ", "Yeah, it's ", "okay it's ", "It's ", "um ", "right so "])
    tail = R.choice(["", ".", " yeah", ", that's a Visa" if num[0] == "4" else ", it's a Mastercard" if num[0] in "25" else ".", " is that all"])
    c.c(lead, V(val, g), tail)
    c.a(R.choice(["thank you", "lovely thanks", "Perfect, thank you."]))
    return c


def p_card_split():
    ind = R.choice(["telecom", "insurance", "utilities", "retail"])
    uk = R.random() < 0.6
    num = gen_card()
    c = Case("positive", "call/%s: card split over several turns with back-channels, fillers outside spans" % ind)
    g = c.group("CARD_NUMBER", num)
    c.a(R.choice(["go ahead with the card number", "okay and the card number please",
                  "whenever you're ready, the sixteen digits across the front"]))
    chunks = split_groups(card_groups(num), R.choice([2, 3, 4]))
    for k, ch in enumerate(chunks):
        val = whisper_groups(ch, uk=uk, itn=R.choice([0.0, 0.2, 0.6]), pairs=0.15, homo=0.1)
        pre = R.choice(["", "", "um ", "yeah ", "it's ", "then "]) if k else R.choice(["okay so ", "right ", "yeah it's ", ""])
        post = R.choice(["", "", " um", "...", "."])
        c.c(pre, V(val, g), post)
        if k < len(chunks) - 1:
            c.a(bc())
    c.a(R.choice(["and the expiry", "thank you and when does it expire", "great"]))
    return c


def p_card_chat():
    ind = R.choice(["retail", "telecom", "travel", "utilities"])
    num = gen_card()
    c = Case("positive", "chat/%s: card typed with varied separators" % ind)
    g = c.group("CARD_NUMBER", num)
    grp = card_groups(num)
    style = R.choice(["space", "dash", "none", "mixed", "dots"])
    if style == "space":
        t = " ".join(grp)
    elif style == "dash":
        t = "-".join(grp)
    elif style == "none":
        t = num
    elif style == "dots":
        t = ".".join(grp)
    else:
        t = grp[0] + " " + "-".join(grp[1:-1]) + "  " + grp[-1]
    c.a(R.choice(["Hi! How can I help today?", "Thanks for waiting. What card would you like to use?"]))
    c.c(R.choice(["pls use this card ", "card no: ", "Card number is ", "its ", "ok heres the card "]),
        V(t, g), R.choice(["", " thx", " - order 55812", ". can u take £30 off it", " cheers"]))
    return c


def p_card_exp_cvv():
    ind = R.choice(["banking", "travel", "telecom", "insurance", "healthcare billing"])
    uk = R.random() < 0.5
    chat = R.random() < 0.3
    num = gen_card()
    exp = gen_expiry()
    cvv = rdig(4 if len(num) == 15 else 3)
    c = Case("positive", "%s/%s: card, expiry and security code in one exchange" % ("chat" if chat else "call", ind))
    gc = c.group("CARD_NUMBER", num)
    ge = c.group("EXPIRY", "%02d%02d" % exp)
    gv = c.group("CVV", cvv)
    if chat:
        c.c("card ", V(" ".join(card_groups(num)), gc), " exp ", V(say_expiry(exp, True), ge),
            R.choice([" cvv ", " sec code ", " CVC: "]), V(cvv, gv))
        c.a("Thanks, processing the payment of $%d.%02d now." % (R.randint(10, 400), R.randint(0, 99)))
        return c
    c.a("what's the card number")
    c.c(V(whisper_groups(card_groups(num), uk=uk, itn=R.choice([0.0, 0.5, 1.0]), homo=0.1), gc))
    c.a(R.choice(["and the expiry date", "and when does it run out", "expiry date please"]))
    c.c(R.choice(["", "it's ", "um ", "Expires "]), V(say_expiry(exp), ge))
    if len(num) == 15:
        c.a(R.choice(["and the four digit code on the front", "and the security code, it's four digits on an Amex"]))
    else:
        c.a(R.choice(["and the three digits on the back", "and the security code", "last three on the signature strip"]))
    c.c(R.choice(["", "it's ", "uh "]), V(say_digits(cvv, uk, homo=0.2) if R.random() < 0.7 else cvv, gv),
        R.choice(["", ".", " I think"]))
    return c


def p_card_correction():
    ind = R.choice(["telecom", "retail", "utilities"])
    uk = R.random() < 0.5
    num = gen_card()
    grp = card_groups(num)
    c = Case("positive", "call/%s: caller misreads a group, corrects it; agent reads card back" % ind)
    g = c.group("CARD_NUMBER", num)
    wrong = list(grp[1])
    wrong[-1] = str((int(wrong[-1]) + R.randint(1, 8)) % 10)
    gw = c.group("CARD_NUMBER", "".join(wrong), mode="partial")
    gr = c.group("CARD_NUMBER", num)
    c.a("card number please")
    c.c(V(whisper_groups([grp[0]], uk, itn=0.3), g), " ", V(say_digits("".join(wrong), uk), gw),
        R.choice([" no sorry ", " wait no ", ", sorry, ", " oh no hang on "]),
        V(whisper_groups(grp[1:], uk, itn=0.3), g))
    c.a(R.choice(["let me read that back ", "so I've got "]), V(whisper_groups(grp, uk, itn=0.5), gr), " is that right")
    c.c(R.choice(["yes", "yeah that's it", "Correct."]))
    return c


def p_ssn():
    ind = R.choice(["healthcare billing", "banking", "insurance", "government services", "telecom"])
    ssn = gen_ssn()
    c = Case("positive", "call/%s: US social security number, Whisper ITN mix" % ind)
    g = c.group("SSN", ssn)
    parts = [ssn[:3], ssn[3:5], ssn[5:]]
    style = R.choice(["words", "itn", "mixed", "pairs", "dashed"])
    if style == "itn":
        t = "-".join(parts)
    elif style == "dashed":
        t = R.choice(["-", " ", ", "]).join(say_digits(p) for p in parts)
    elif style == "mixed":
        t = whisper_groups(parts, itn=0.5, homo=0.1)
    elif style == "pairs":
        t = whisper_groups(parts, itn=0.0, pairs=0.7)
    else:
        t = say_digits(ssn, homo=0.1)
    c.a(R.choice(["to verify can I get your social", "and your social security number please",
                  "I'll need the social security number on the account"]))
    c.c(R.choice(["sure it's ", "yeah ", "Sure. It's ", "my social is ", "okay ", ""]), V(t, g),
        R.choice(["", ".", " and my appointment's at 2:30", " sorry I'm driving"]))
    c.a(R.choice(["thank you", "thanks, one moment", "got it"]))
    return c


def p_ssn_split():
    ind = R.choice(["healthcare billing", "insurance", "banking"])
    ssn = gen_ssn()
    c = Case("positive", "call/%s: SSN split over turns, agent back-channels, agent reads back" % ind)
    g = c.group("SSN", ssn)
    g2 = c.group("SSN", ssn)
    parts = [ssn[:3], ssn[3:5], ssn[5:]]
    c.a("can you give me the social security number")
    c.c(R.choice(["okay ", "it's ", "yeah "]), V(say_digits(parts[0], homo=0.15), g))
    c.a(bc())
    c.c(V(parts[1] if R.random() < 0.4 else say_digits(parts[1], pairs=0.5), g))
    c.a(bc())
    c.c(V(whisper_groups([parts[2]], itn=0.4, pairs=0.4), g), R.choice(["", ".", " yeah"]))
    if R.random() < 0.6:
        c.a("so that's ", V(say_digits(ssn), g2), " right")
        c.c("yes")
    else:
        c.a("so that's ", V("-".join(parts), g2), "?")
        c.c("Yep.")
    return c


def p_ssn_chat():
    ind = R.choice(["healthcare billing", "insurance", "banking", "government services"])
    ssn = gen_ssn()
    c = Case("positive", "chat/%s: SSN typed" % ind)
    g = c.group("SSN", ssn)
    t = R.choice([ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], ssn, ssn[:3] + " " + ssn[3:5] + " " + ssn[5:],
                  ssn[:3] + "." + ssn[3:5] + "." + ssn[5:]])
    c.a("For verification, please provide your Social Security number.")
    c.c(R.choice(["ssn ", "SSN: ", "its ", "sure ", "my ss# is "]), V(t, g),
        R.choice(["", " and the claim is 48213377", ". DOS was 3/14", " thanks"]))
    return c


NI_SAY = ["plain", "upper", "nato", "name"]


def say_ni(ni, chat=False):
    if chat:
        return R.choice([ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
                         "%s%s %s" % (ni[:2], ni[2:8], ni[8]), "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])])
    style = R.choice(["letters", "itn", "itn_mixed", "nato", "pairs"])
    if style == "itn":
        return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    ls = R.choice(NI_SAY) if style != "nato" else "nato"
    if style == "letters":
        ls = R.choice(["plain", "upper"])
    pre = " ".join(say_letter(ch, ls) for ch in ni[:2])
    if style == "pairs":
        mid = " ".join(pair_word(ni[i:i + 2]) if ni[i] not in "0" and ni[i + 1] != "0" else say_digits(ni[i:i + 2], True)
                       for i in (2, 4, 6))
    elif style == "itn_mixed":
        mid = whisper_groups([ni[2:4], ni[4:6], ni[6:8]], uk=True, itn=0.5, seps=[" "])
    else:
        mid = say_digits(ni[2:8], True, doubles=0.3)
    suf = say_letter(ni[8], ls)
    return pre + R.choice([" ", ", "]) + mid + R.choice([" ", ", "]) + suf


def p_ni():
    ind = R.choice(["government services", "banking", "insurance", "utilities", "healthcare billing"])
    ni = gen_ni()
    chat = R.random() < 0.3
    c = Case("positive", "%s/%s: UK national insurance number" % ("chat" if chat else "call", ind))
    g = c.group("NI_NUMBER", ni)
    c.a(R.choice(["and your national insurance number please", "can I take your NI number",
                  "What's your National Insurance number?"]))
    c.c(R.choice(["yeah it's ", "it's ", "NI is ", "Sure, ", "um ", ""]), V(say_ni(ni, chat), g),
        R.choice(["", ".", " I think", " and I moved in on the 3rd of May"]))
    c.a(R.choice(["thank you", "thanks", "Lovely."]))
    return c


def p_ni_split():
    ind = R.choice(["government services", "banking", "insurance"])
    ni = gen_ni()
    c = Case("positive", "call/%s: NI number split across turns with agent prompts and readback" % ind)
    g = c.group("NI_NUMBER", ni)
    g2 = c.group("NI_NUMBER", ni)
    ls = R.choice(NI_SAY)
    c.a("national insurance number")
    c.c(R.choice(["okay ", "right ", ""]), V(" ".join(say_letter(ch, ls) for ch in ni[:2]), g))
    c.a(bc())
    c.c(V(whisper_groups([ni[2:4], ni[4:6]], uk=True, itn=0.3, pairs=0.4, seps=[" "]), g))
    c.a(bc())
    c.c(V(whisper_groups([ni[6:8]], uk=True, itn=0.3, pairs=0.4), g), R.choice([" and ", " then ", ", "]),
        V(say_letter(ni[8], R.choice(["plain", "upper", "nato"])), g))
    c.a("so that's ", V("%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), g2), R.choice(["", "?"]))
    c.c("yeah that's right")
    return c


def p_bank_uk():
    ind = R.choice(["banking", "utilities", "insurance", "government services"])
    chat = R.random() < 0.3
    sc = gen_sort()
    acct = gen_acct(8)
    c = Case("positive", "%s/%s: UK sort code and account number" % ("chat" if chat else "call", ind))
    gs = c.group("SORT_CODE", sc)
    ga = c.group("BANK_ACCOUNT", acct)
    if chat:
        c.c(R.choice(["sort code ", "s/c ", "Sort: "]), V(R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]]), gs),
            R.choice([" acc ", " account no ", ", account number: "]), V(acct, ga),
            R.choice(["", " for the direct debit of £45.20", " thanks"]))
        return c
    c.a(R.choice(["what's the sort code", "can I take the sort code for the direct debit"]))
    sct = R.choice([whisper_groups([sc[:2], sc[2:4], sc[4:]], uk=True, itn=0.3, pairs=0.6, seps=[" ", "-", ", "]),
                    "%s-%s-%s" % (sc[:2], sc[2:4], sc[4:])])
    c.c(R.choice(["it's ", "", "yeah "]), V(sct, gs))
    c.a(R.choice(["and the account number", "and the eight digit account number"]))
    if R.random() < 0.5:
        c.c(V(whisper_groups([acct[:4], acct[4:]], uk=True, itn=0.3, pairs=0.2, homo=0.1), ga))
    else:
        c.c(V(say_digits(acct[:4], True), ga), R.choice([" um ", "... "]), V(say_digits(acct[4:], True), ga))
    c.a(R.choice(["thanks and that's for the payment on the 1st of each month", "thank you",
                  "great, that'll start from the 15th"]))
    return c


def p_bank_two_values():
    ind = R.choice(["banking", "utilities"])
    sc = gen_sort()
    acct = gen_acct(8)
    c = Case("positive", "call/%s: sort code and account number in the same turn, no pause" % ind)
    gs = c.group("SORT_CODE", sc)
    ga = c.group("BANK_ACCOUNT", acct)
    c.a("the bank details for the refund")
    c.c(R.choice(["sort code ", "Sort code is ", "yeah sort code "]),
        V(say_digits(sc, True, pairs=0.3), gs), R.choice([" account ", " and the account is ", ", account number "]),
        V(whisper_groups([acct], uk=True, itn=0.4, homo=0.1), ga), R.choice(["", ".", " for the £212 refund"]))
    return c


def p_bank_us():
    ind = R.choice(["banking", "insurance", "utilities"])
    acct = gen_acct(R.choice([10, 11, 12]))
    c = Case("positive", "call/%s: US bank account number, partly ITN'd" % ind)
    ga = c.group("BANK_ACCOUNT", acct)
    c.a("and the checking account number")
    mid = R.randint(3, len(acct) - 3)
    c.c(R.choice(["sure ", "okay it's ", ""]), V(whisper_groups([acct[:mid], acct[mid:]], itn=0.5, homo=0.1), ga),
        R.choice(["", ".", " and the payment is $89.99"]))
    c.a("thanks")
    return c


def say_iban(iban, chat=False):
    grp = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    if chat:
        return R.choice([" ".join(grp), iban, " ".join(grp).lower()])
    if R.random() < 0.3:
        return " ".join(grp)
    out = []
    ls = R.choice(["plain", "upper", "nato"])
    for gr in grp:
        toks = []
        for ch in gr:
            if ch.isdigit():
                toks.append(unit_word(ch, True))
            else:
                toks.append(say_letter(ch, ls if ls != "nato" or R.random() < 0.4 else "upper"))
        out.append(" ".join(toks))
    return R.choice([" ", ", "]).join(out)


def p_iban():
    ind = R.choice(["banking", "travel", "utilities", "insurance"])
    chat = R.random() < 0.4
    iban = gen_iban()
    c = Case("positive", "%s/%s: IBAN (%s)" % ("chat" if chat else "call", ind, iban[:2]))
    g = c.group("IBAN", iban)
    c.a(R.choice(["what's the IBAN for the refund", "Please send the IBAN you'd like the refund paid to."]))
    c.c(R.choice(["IBAN ", "it's ", "sure ", "", "ok "]), V(say_iban(iban, chat), g),
        R.choice(["", ".", " thanks", " and the amount was €240"]))
    return c


def say_phone(ph, country):
    digits = ph.lstrip("+")
    intl = ph.startswith("+") or R.random() < 0.2
    cc = {"UK": "44", "US": "1", "IE": "353"}.get(country)
    if ph.startswith("+"):
        cc = digits[:2]
        rest = digits[2:]
    else:
        rest = digits[1:] if country in ("UK", "IE") else digits
    uk = country in ("UK", "IE")
    if intl:
        raw = cc + rest
        if R.random() < 0.4:
            t = "+" + cc + " " + " ".join([rest[:3], rest[3:6], rest[6:]])
        else:
            pl = R.choice(["plus ", "plus ", "+"])
            t = pl + (say_digits(cc) if pl == "plus " and R.random() < 0.6 else cc) + " " + \
                whisper_groups([rest[:3], rest[3:6], rest[6:]], uk=uk, itn=0.3, pairs=0.15)
        return raw, t
    if country == "US":
        grp = [ph[:3], ph[3:6], ph[6:]]
        if R.random() < 0.35:
            return ph, R.choice(["(%s) %s-%s", "%s-%s-%s", "%s %s %s"]) % tuple(grp)
        return ph, whisper_groups(grp, itn=0.3, pairs=0.3, homo=0.1)
    grp = [ph[:5], ph[5:8], ph[8:]] if ph.startswith("07") else [ph[:4], ph[4:7], ph[7:]] if ph.startswith("01") else [ph[:3], ph[3:7], ph[7:]]
    if R.random() < 0.3:
        return ph, " ".join([grp[0], "".join(grp[1:])])
    return ph, whisper_groups(grp, uk=True, itn=0.25, pairs=0.1, homo=0.1)


def p_phone():
    country = R.choice(["UK", "UK", "US", "US", "IE", "DE", "FR"])
    ind = R.choice(["telecom", "utilities", "retail", "travel", "insurance", "healthcare billing"])
    ph = gen_phone(country)
    raw, t = say_phone(ph, country)
    c = Case("positive", "call/%s: %s phone number, Whisper rendering" % (ind, country))
    g = c.group("PHONE", raw)
    c.a(R.choice(["what's the best number to reach you on", "and a contact number", "can I get a callback number"]))
    c.c(R.choice(["yeah it's ", "It's ", "my mobile is ", "you can get me on ", "um ", ""]), V(t, g),
        R.choice(["", ".", " after 5pm", " that's my mobile", " any time before 6"]))
    c.a(R.choice(["great thanks", "thank you", "Lovely, and we'll call you back within 24 hours."]))
    return c


def p_phone_split():
    country = R.choice(["UK", "US", "IE"])
    ind = R.choice(["telecom", "utilities", "retail"])
    ph = gen_phone(country)
    uk = country != "US"
    c = Case("positive", "call/%s: %s phone number split over turns, self-correction of one digit" % (ind, country))
    g = c.group("PHONE", ph)
    if country == "US":
        grp = [ph[:3], ph[3:6], ph[6:]]
    elif ph.startswith("01"):
        grp = [ph[:4], ph[4:7], ph[7:]]
    elif ph.startswith("02"):
        grp = [ph[:3], ph[3:7], ph[7:]]
    elif country == "IE":
        grp = [ph[:3], ph[3:6], ph[6:]]
    else:
        grp = [ph[:5], ph[5:8], ph[8:]]
    c.a("and the phone number")
    c.c(R.choice(["okay ", "it's ", ""]), V(say_digits(grp[0], uk, pairs=0.1), g))
    c.a(bc())
    c.c(V(whisper_groups([grp[1]], uk, itn=0.3), g))
    c.a(bc())
    wrong = grp[2][:-1] + str((int(grp[2][-1]) + 1) % 10)
    if R.random() < 0.5:
        gw = c.group("PHONE", wrong, mode="partial")
        c.c(V(say_digits(wrong, uk), gw), R.choice([" no wait ", " sorry ", ", no, "]), V(say_digits(grp[2], uk, pairs=0.3), g))
    else:
        c.c(V(say_digits(grp[2], uk, pairs=0.3), g), R.choice([".", "", " yeah"]))
    c.a("thank you")
    return c


def p_email():
    ind = R.choice(["retail", "telecom", "travel", "insurance", "utilities", "government services"])
    chat = R.random() < 0.25
    f, l, d = R.choice(FIRST), R.choice(LAST), R.choice(DOMAINS)
    raw, t = say_email(f, l, d, chat)
    c = Case("positive", "%s/%s: email address%s" % ("chat" if chat else "call", ind, "" if chat else " as ASR writes it"))
    g = c.group("EMAIL", raw)
    c.a(R.choice(["and what email should we send the confirmation to", "can I confirm your email address",
                  "What's the best email for the receipt?"]))
    c.c(R.choice(["it's ", "yeah it's ", "", "sure ", "email is "]), V(t, g),
        R.choice(["", ".", " all lowercase", " and the booking's for 2 nights"]))
    c.a(R.choice(["thank you", "got it", "Perfect."]))
    return c


def p_email_spelled():
    ind = R.choice(["retail", "insurance", "travel"])
    f, l, d = R.choice(FIRST), R.choice(LAST), R.choice(DOMAINS)
    raw = f + "." + l + "@" + d
    c = Case("positive", "call/%s: email given then surname spelled letter by letter in a later turn" % ind)
    g = c.group("EMAIL", raw)
    dn, tld = d.split(".", 1)
    c.a("what's your email")
    c.c(V(f + " dot " + l + " at " + dn + " dot " + " dot ".join(tld.split(".")), g))
    c.a("and how do you spell the surname")
    c.c(" ".join(l.upper() if R.random() < 0.5 else l))
    c.a("lovely")
    return c


def p_dob():
    ind = R.choice(["healthcare billing", "banking", "insurance", "government services", "telecom"])
    chat = R.random() < 0.3
    uk = R.random() < 0.6
    dob = gen_dob()
    c = Case("positive", "%s/%s: date of birth with non-birth dates nearby" % ("chat" if chat else "call", ind))
    g = c.group("DOB", "%d-%02d-%02d" % dob)
    c.a(R.choice(["and can you confirm your date of birth", "For security, what's your date of birth?",
                  "date of birth please"]))
    c.c(R.choice(["yeah it's ", "", "sure ", "it's ", "DOB "]), V(say_dob(dob, chat, uk), g),
        R.choice(["", ".", " and the appointment was on the 12th of March", " I'm 43 now"]))
    c.a(R.choice(["thank you and the payment on the 1st of June was $120", "thanks", "Great, you're verified."]))
    return c


def p_address_uk():
    ind = R.choice(["utilities", "telecom", "retail", "insurance", "government services"])
    chat = R.random() < 0.3
    pc = gen_ukpc()
    n = R.randint(1, 240)
    st = R.choice(UK_STREETS)
    flat = R.random() < 0.25
    c = Case("positive", "%s/%s: UK street address and postcode" % ("chat" if chat else "call", ind))
    ga = c.group("ADDRESS", st)
    gp = c.group("POSTCODE", pc)
    if chat:
        addr = ("Flat %d, " % R.randint(1, 12) if flat else "") + "%d %s" % (n, st)
        c.c("new address is ", V(addr, ga), R.choice([", Leeds ", ", Bristol ", " "]), V(say_postcode_uk(pc, True), gp))
        c.a("Thanks, I've updated that for the bill due on the 28th.")
        return c
    hn = str(n) if R.random() < 0.4 else say_small_number(n)
    addr = ("flat %s " % say_small_number(R.randint(1, 12)) if flat else "") + hn + " " + (st if R.random() < 0.6 else st.lower())
    c.a(R.choice(["what's the first line of the address", "can I take the address for the engineer visit"]))
    c.c(R.choice(["it's ", "", "yeah it's "]), V(addr, ga), R.choice(["", " in Leeds", ", Cardiff"]))
    c.a("and the postcode")
    c.c(V(say_postcode_uk(pc), gp), R.choice(["", ".", " yeah"]))
    c.a(R.choice(["thanks, engineer's booked for Tuesday between 8 and 12", "lovely"]))
    return c


def p_address_us():
    ind = R.choice(["insurance", "healthcare billing", "retail", "utilities", "banking"])
    chat = R.random() < 0.3
    z = gen_zip()
    n = R.randint(10, 9800)
    st = R.choice(US_STREETS)
    c = Case("positive", "%s/%s: US street address and ZIP code" % ("chat" if chat else "call", ind))
    ga = c.group("ADDRESS", st)
    gz = c.group("POSTCODE", z)
    if chat:
        c.c("ship to ", V("%d %s%s" % (n, st, R.choice(["", " Apt 4B", " #12"])), ga), ", Portland OR ", V(z, gz))
        return c
    ns = str(n)
    hn = ns if R.random() < 0.5 else (say_digits(ns, pairs=0.6) if len(ns) > 2 else say_small_number(n))
    c.a("what's the mailing address")
    c.c(V("%s %s" % (hn, st if R.random() < 0.5 else st.lower()), ga), R.choice([" in Austin Texas ", ", Denver, ", " Springfield "]),
        V(say_zip(z), gz), R.choice(["", "."]))
    c.a(R.choice(["thank you", "got it, and the claim amount was $1,200"]))
    return c


def p_ie_address():
    ind = R.choice(["utilities", "telecom", "insurance"])
    n = R.randint(1, 150)
    st = R.choice(IE_STREETS)
    ph = gen_phone("IE")
    c = Case("positive", "call/%s: Irish address and mobile in one turn" % ind)
    ga = c.group("ADDRESS", st)
    gp = c.group("PHONE", ph)
    c.a("can I confirm the address and a mobile")
    c.c(V("%s %s" % (say_small_number(n) if R.random() < 0.5 else str(n), st), ga),
        R.choice([", Dublin 9, and the mobile is ", " Galway and my number's "]),
        V(whisper_groups([ph[:3], ph[3:6], ph[6:]], uk=True, itn=0.4, pairs=0.2), gp))
    return c


def p_health_combo():
    dob = gen_dob()
    ssn = gen_ssn()
    z = gen_zip()
    c = Case("positive", "call/healthcare billing: DOB, SSN and ZIP in consecutive turns with bill amounts")
    gd = c.group("DOB", "x")
    gs = c.group("SSN", ssn)
    gz = c.group("POSTCODE", z)
    c.a("I can help with that bill of $%d. Can I get the patient's date of birth" % R.randint(80, 900))
    c.c(V(say_dob(dob, uk=False), gd))
    c.a("and the social")
    c.c(V(whisper_groups([ssn[:3], ssn[3:5], ssn[5:]], itn=R.choice([0.0, 0.5, 1.0]), homo=0.1,
                         seps=[" ", "-", ", "]), gs))
    c.a("and the zip code on file")
    c.c(V(say_zip(z), gz))
    c.a("thanks, the visit on the 2nd is covered at 80%")
    return c


def p_gov_combo():
    ni = gen_ni()
    dob = gen_dob()
    pc = gen_ukpc()
    c = Case("positive", "call/government services: NI number, DOB and postcode, Whisper punctuation")
    gn = c.group("NI_NUMBER", ni)
    gd = c.group("DOB", "x")
    gp = c.group("POSTCODE", pc)
    c.a("Can I take your national insurance number?")
    c.c(cap(R.choice(["", "Yeah. ", "Okay, "])), V(say_ni(ni), gn), ".")
    c.a("And your date of birth?")
    c.c(V(say_dob(dob), gd), ".")
    c.a("And the postcode?")
    c.c(V(say_postcode_uk(pc), gp), R.choice([".", "", " yeah."]))
    return c


def p_insurance_combo():
    f, l, d = R.choice(FIRST), R.choice(LAST), R.choice(DOMAINS)
    raw, t = say_email(f, l, d)
    country = R.choice(["UK", "US"])
    ph = gen_phone(country)
    praw, pt = say_phone(ph, country)
    c = Case("positive", "call/insurance: email and phone in one turn plus a claim reference (not PII)")
    ge = c.group("EMAIL", raw)
    gp = c.group("PHONE", praw)
    c.a("claim reference %d, what contact details should we use" % R.randint(1000000, 99999999))
    c.c(R.choice(["email's ", "so email is "]), V(t, ge), R.choice([" and phone ", " and my number is ", ", phone "]), V(pt, gp))
    return c


def p_ssn_ni_chat_mix():
    ind = R.choice(["banking", "government services"])
    ni = gen_ni()
    ph = gen_phone("UK")
    c = Case("positive", "chat/%s: NI number and phone typed in one message with typos" % ind)
    gn = c.group("NI_NUMBER", ni)
    gp = c.group("PHONE", ph)
    c.c(R.choice(["hi my ni numbr is ", "NI no. ", "ni "]), V(say_ni(ni, True), gn),
        R.choice([" and mob ", " my numbr ", ", tel: "]), V(R.choice([ph, ph[:5] + " " + ph[5:]]), gp),
        R.choice(["", " ty", " pls call after 3"]))
    return c


POS_TEMPLATES = [
    (p_card_oneturn, 16), (p_card_split, 10), (p_card_chat, 8), (p_card_exp_cvv, 18),
    (p_card_correction, 5), (p_ssn, 14), (p_ssn_split, 7), (p_ssn_chat, 7), (p_ni, 16),
    (p_ni_split, 7), (p_bank_uk, 12), (p_bank_two_values, 5), (p_bank_us, 5), (p_iban, 17),
    (p_phone, 14), (p_phone_split, 6), (p_email, 14), (p_email_spelled, 4), (p_dob, 12),
    (p_address_uk, 9), (p_address_us, 8), (p_ie_address, 4), (p_health_combo, 5),
    (p_gov_combo, 5), (p_insurance_combo, 5), (p_ssn_ni_chat_mix, 4),
]


# ---------------------------------------------------------------- negative templates

def n_amounts():
    ind = R.choice(["banking", "utilities", "telecom", "retail"])
    c = Case("negative", "call/%s: balances and payment amounts, ITN mix of numerals and words" % ind)
    a1 = R.randint(100, 9999)
    c.a(R.choice(["So your balance is $%d.%02d." % (a1, R.randint(0, 99)),
                  "your current balance is %s pounds and %s pence" % (say_small_number(a1 % 1000), say_small_number(R.randint(1, 99))),
                  "the outstanding amount is £%s" % format(a1, ",")]))
    c.c(R.choice(["can I pay forty today and the rest on the 1st", "okay can I do $40 now and $%d next week" % R.randint(50, 300),
                  "right I thought it was like one thousand two hundred", "oh that's more than the %d I paid last month" % R.randint(30, 200)]))
    c.a(R.choice(["yes that's fine, I'll set up %s payments of $%d" % (say_small_number(R.randint(2, 6)), R.randint(20, 150)),
                  "no problem, that'll bring it down to %d pounds fifty" % R.randint(10, 90)]))
    return c


def n_reference():
    ind = R.choice(["retail", "insurance", "telecom", "travel", "utilities"])
    word = R.choice(["order number", "reference number", "claim number", "ticket number", "case number",
                     "invoice number", "booking reference"])
    n = rdig(R.choice([6, 7, 8]))
    n = str(R.randint(1, 9)) + n[1:]
    chat = R.random() < 0.3
    c = Case("negative", "%s/%s: %s read out (not PII)" % ("chat" if chat else "call", ind, word))
    if chat:
        c.c("hi, my %s is %s%s" % (word, R.choice(["", "#", "ORD-", "CLM"]), n), R.choice(["", " - it arrived damaged", ", still no update"]))
        c.a("Thanks, I can see that one. The refund of $%d.%02d is pending." % (R.randint(5, 200), R.randint(0, 99)))
        return c
    c.a("have you got the %s there" % word)
    said = whisper_groups([n[:len(n) // 2], n[len(n) // 2:]], itn=0.4, pairs=0.3)
    c.c(R.choice(["yeah it's ", "it's ", "Yeah. "]) + said + R.choice(["", ".", " I think"]))
    c.a("thanks I've got that %s up, it was placed on the %s" % (word, ordnum(R.randint(1, 28))))
    return c


def n_times():
    ind = R.choice(["utilities", "telecom", "healthcare billing", "government services"])
    c = Case("negative", "call/%s: appointment dates and times, durations (not DOB)" % ind)
    d = R.randint(1, 28)
    m = R.choice(MONTHS).capitalize()
    c.a(R.choice(["the earliest slot is %s the %s of %s between 8 and 12" % (R.choice(["Monday", "Thursday"]), ORD[d], m),
                  "I can book you in for %s %s at 2:30" % (m, ordnum(d))]))
    c.c(R.choice(["can it be after 3? I work till two thirty", "how long will it take, like 45 minutes?",
                  "that's fine I'm home from 9:15"]))
    c.a("it usually takes about %s minutes, and you'll get a text %d hours before" % (say_small_number(R.choice([30, 45, 90])), R.choice([2, 24, 48])))
    return c


def n_flight():
    c = Case("negative", "call/travel: flight numbers, gates, times, seat and room numbers")
    fl = R.choice(["BA", "EI", "FR", "UA", "LH", "AA"]) + str(R.randint(100, 2999))
    c.c("I'm on %s %s tomorrow at %d:%02d" % (fl[:2], say_digits(fl[2:], pairs=0.5) if R.random() < 0.5 else fl[2:], R.randint(6, 21), R.choice([0, 15, 30, 45])))
    c.a("okay that's departing gate %s%d, seat %d%s" % (R.choice("ABC"), R.randint(1, 40), R.randint(1, 35), R.choice("ACDF")))
    c.c("and the hotel said room %d for %s nights" % (R.randint(101, 1240), say_small_number(R.randint(2, 9))))
    c.a("perfect, that's two adults, total was €%d" % R.randint(200, 2400))
    return c


def n_meter():
    c = Case("negative", "call/utilities: meter readings and usage figures")
    r = rdig(5)
    c.a("can I take a meter reading")
    c.c("yeah it's " + R.choice([say_digits(r, True), r, whisper_groups([r[:2], r[2:]], uk=True, itn=0.5)]) +
        R.choice([" point three", "", ".7"]))
    c.a("thanks, that's %d kilowatt hours since the last reading on the %s" % (R.randint(100, 900), ordnum(R.randint(1, 28))))
    c.c("and the gas one is %d %d" % (R.randint(1000, 9999), R.randint(10, 99)))
    return c


def n_speed():
    c = Case("negative", "call/telecom: speeds, data allowance, percentages, prices")
    c.c("I'm only getting like %s megs, I'm paying for %d" % (say_small_number(R.randint(5, 60)), R.choice([100, 500, 900])))
    c.a("I can see you've used %s gig of your %d GB, that's %d%%" % (R.choice(["18.5", "twenty two", "7"]), R.choice([30, 50, 100]), R.randint(10, 95)))
    c.c("can you drop the price from %s to %s" % (R.choice(["$65", "forty nine ninety nine", "£32"]), R.choice(["$50", "thirty", "£25"])))
    return c


def n_years_ages():
    c = Case("negative", "call/%s: years, ages, contract start dates, temperatures" % R.choice(["insurance", "utilities", "banking"]))
    y = R.randint(2005, 2024)
    c.c("I've been with you since %s, my son is %s and he's on the policy" % (R.choice([str(y), say_year(y)]), say_small_number(R.randint(16, 24))))
    c.a("thanks, the contract started on the %s of %s %d and renews in %d months" % (ORD[R.randint(1, 28)], R.choice(MONTHS), R.randint(2019, 2025), R.randint(2, 11)))
    c.c("the boiler's set to %s degrees and the house is still %d" % (say_small_number(R.randint(18, 24)), R.randint(12, 16)))
    return c


def n_models():
    c = Case("negative", "call/%s: model numbers, quantities, version numbers" % R.choice(["retail", "telecom"]))
    c.c("it's the %s" % R.choice(["Galaxy S23 Ultra", "iPhone 14 Pro 256 gig", "router model TG589", "Hub 6", "XPS 13 9340"]))
    c.a("okay and how many did you order")
    c.c("%s, and the firmware says version %d.%d.%d" % (R.choice(["two", "3", "a dozen", "four of them"]), R.randint(1, 9), R.randint(0, 20), R.randint(0, 99)))
    c.a("thanks, item code %d is in stock, %d units" % (R.randint(10000, 999999), R.randint(2, 80)))
    return c


def n_chat_order():
    c = Case("negative", "chat/%s: typed references, amounts and dates" % R.choice(["retail", "travel", "utilities"]))
    c.c(R.choice(["order #", "Ref: ", "inv no "]) + str(R.randint(1000000, 999999999)) + " still not here?? ordered on %d/%d" % (R.randint(1, 28), R.randint(1, 12)))
    c.a("Sorry about that! It shipped on the %s and should arrive within %d-%d working days. Total was £%d.%02d." % (ordnum(R.randint(1, 28)), R.randint(1, 3), R.randint(4, 7), R.randint(5, 300), R.randint(0, 99)))
    c.c("ok thx, its the 2nd time this yr")
    return c


def n_reading_pairs():
    ind = R.choice(["insurance", "banking", "healthcare billing"])
    c = Case("negative", "call/%s: policy/claim number said in pairs, plus amounts" % ind)
    word = R.choice(["policy number", "claim number", "member ID", "invoice"])
    n = str(R.randint(11, 99)) + str(R.randint(11, 99)) + str(R.randint(11, 99))
    c.a("what's the %s" % word)
    c.c("it's %s %s %s" % tuple(pair_word(n[i:i + 2]) if "0" not in n[i:i + 2] else say_digits(n[i:i + 2]) for i in (0, 2, 4)))
    c.a("thanks the excess is $%d and you've paid %d of %d instalments" % (R.choice([250, 500, 1000]), R.randint(1, 11), 12))
    return c


def n_dates_payment():
    c = Case("negative", "call/%s: payment dates and last payment amounts (not DOB)" % R.choice(["banking", "utilities", "telecom"]))
    c.a("your last payment was on the %s of %s for %s" % (ORD[R.randint(1, 28)], R.choice(MONTHS), R.choice(["$82.40", "fifty two pounds", "£19.99"])))
    c.c("and the next one is due %s %s right" % (R.choice(MONTHS).capitalize(), ordnum(R.randint(1, 28))))
    c.a("that's right, on %d/%d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027)))
    return c


def n_rates():
    c = Case("negative", "call/banking: interest rates, APR, terms, loan amounts")
    c.a("the rate on that is %s percent APR representative" % R.choice(["19.9", "twenty four point nine", "6.4"]))
    c.c("and if I borrow %s over %s years" % (R.choice(["$15,000", "fifteen thousand", "£7,500"]), say_small_number(R.randint(2, 7))))
    c.a("that'd be %d monthly payments of about $%d.%02d" % (R.choice([24, 36, 60]), R.randint(120, 600), R.randint(0, 99)))
    return c


def n_tracking():
    c = Case("negative", "call/retail: tracking number (10 digits) and parcel details")
    n = str(R.randint(1, 9)) + rdig(9)
    c.a("do you have the tracking number")
    c.c("yeah tracking number " + whisper_groups([n[:4], n[4:7], n[7:]], itn=0.5, pairs=0.2))
    c.a("thanks, it's %s kilos and it's at the depot in %s, out for delivery by %dpm" % (R.choice(["2.5", "three", "12"]), R.choice(["Swindon", "Newark", "Athlone"]), R.randint(1, 8)))
    return c


def n_waiting():
    c = Case("negative", "call/%s: complaint with counts, durations and extension numbers" % R.choice(["telecom", "utilities", "government services"]))
    c.c("I've called %s times this week and waited %s minutes each time" % (R.choice(["5", "five", "six", "11"]), R.choice(["40", "forty", "an hour and 20"])))
    c.a("I'm sorry, I'll transfer you to extension %d, or you can press option %d" % (R.randint(2000, 8999), R.randint(1, 9)))
    c.c("it's been %d days since the %s" % (R.randint(3, 30), ordnum(R.randint(1, 28))))
    return c


def n_health_codes():
    c = Case("negative", "call/healthcare billing: procedure codes, copays, deductibles, visit dates")
    c.a("the claim was for procedure code %s on %s %s" % (R.choice(["99213", "99214", "80053", "G0439"]), R.choice(MONTHS).capitalize(), ordnum(R.randint(1, 28))))
    c.c("but my copay is only $%d and I met the %s deductible" % (R.choice([20, 25, 40]), R.choice(["$1,500", "fifteen hundred dollar", "$3000"])))
    c.a("right, so you owe %s, that's %d%% coinsurance" % (R.choice(["$48.60", "forty eight sixty"]), R.choice([10, 20, 30])))
    return c


def n_sizes():
    c = Case("negative", "chat/retail: sizes, quantities, product codes, prices")
    c.c("i ordered %d x size %s and the %d inch tv, sku %d" % (R.randint(2, 5), R.choice(["10", "M", "42"]), R.choice([43, 55, 65]), R.randint(100000, 9999999)))
    c.a("Thanks! The TV is £%d and the %s are 2 for £%d." % (R.randint(299, 1499), R.choice(["shirts", "jeans"]), R.randint(20, 60)))
    return c


NEG_TEMPLATES = [
    (n_rates, 6), (n_tracking, 6), (n_waiting, 6), (n_health_codes, 6), (n_sizes, 6),
    (n_amounts, 10), (n_reference, 14), (n_times, 10), (n_flight, 9), (n_meter, 8), (n_speed, 8),
    (n_years_ages, 9), (n_models, 8), (n_chat_order, 9), (n_reading_pairs, 9), (n_dates_payment, 10),
]


# ---------------------------------------------------------------- driver

def generate():
    global R
    R = random.Random(SEED)
    pos, neg = [], []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn())
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            neg.append(fn())
    R.shuffle(pos)
    R.shuffle(neg)
    items = [("h297-pos-%03d" % (i + 1), c) for i, c in enumerate(pos)]
    items += [("h297-neg-%03d" % (i + 1), c) for i, c in enumerate(neg)]
    return items


def render(items):
    return "".join(json.dumps(c.obj(cid), ensure_ascii=False) + "\n" for cid, c in items)


def counts(items):
    cnt = {t: 0 for t in TYPES}
    for _, c in items:
        for sp in c.spans:
            cnt[sp["type"]] += 1
    return cnt


def readme(items):
    cnt = counts(items)
    npos = sum(1 for _, c in items if c.kind == "positive")
    nneg = len(items) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII held-out evaluation set h297

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against. Do not add its cases to training/dev data, do not
adjust patterns or thresholds after looking at failures on it.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its docs, the benchmark, or any other PII fixture;
the only thing consulted was a three-line example of the JSONL format. The data
is produced by `scripts/make_pii_holdout297.py` (standard library only) from
template functions whose turns are assembled from plain text segments and
labelled value segments, so offsets are computed, never typed. All values come
from one `random.Random(%d)`; the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout297.py --check` regenerates the set, compares it
with the file, and validates every labelled value after normalising spoken forms
(Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes,
digit counts for CVV/phone/account, UK postcode / US ZIP shapes).

Emphasis: phone calls as a Whisper-style recogniser writes them: partial inverse
text normalisation (`4111 one one one one`, `$40`, `2:30`, `1st`), odd capitals and
punctuation inside readings, hyphenated pairs (`forty-one`), `oh`/`o`/`nought`/
`zero`, `double`/`triple`, teens and tens pairs, digit homophones (`for`, `to`,
`too`, `ate`), letters as `b for bravo` / `s as in sugar`, emails as
`j dot walsh at gmail dot com` or half-normalised `jwalsh at gmail.com`, values
split across customer turns with agent back-channels, self-corrections and
agent read-backs. Chat cases use typed values with varied separators and typos.
Industries: banking, telecom, utilities, retail, insurance, travel, healthcare
billing, government services; countries: US, UK, Ireland, DE/FR/NL/ES (IBAN, phone).

## Annotation conventions

* A span covers exactly the value as written: from its first to its last
  letter/digit word, including internal separators, punctuation, `double`/`triple`,
  `for bravo` style spelling aids and `plus` before a country code.
* Lead-ins (`it's`, `my social is`), fillers and trailing punctuation are outside.
  When a filler or hesitation (`um`, `...`) interrupts a reading, or the value
  continues in a later turn, each piece is its own span of the same type.
* A caller's wrong digits that are immediately corrected are also labelled (same
  type): they are still a near-copy of the real value.
* Agent read-backs are labelled like customer readings.
* ADDRESS = house/flat number + street name (town/city excluded); POSTCODE = UK
  postcode or US ZIP(+4), labelled separately. EXPIRY = the month/year expression;
  DOB = the whole date expression (`the fourth of july nineteen eighty two`).
* EMAIL covers the whole address, spoken or typed.
* Unlabelled numbers (amounts, times, references up to 10 digits with their
  reference word, years, counts, gates, rooms, meter readings) are not PII;
  negatives contain only such lookalikes and must produce no redaction at all.

## Counts

Cases: %d positive, %d negative.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def check(items):
    errors = []
    text = render(items)
    try:
        with open(CASES, encoding="utf-8") as f:
            if f.read() != text:
                errors.append("cases.jsonl differs from regenerated output")
    except OSError as e:
        errors.append("cannot read cases.jsonl: %s" % e)
    try:
        with open(README, encoding="utf-8") as f:
            if f.read() != readme(items):
                errors.append("README.md differs from regenerated output")
    except OSError as e:
        errors.append("cannot read README.md: %s" % e)
    ids = [cid for cid, _ in items]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    for cid, c in items:
        if c.kind == "negative" and c.spans:
            errors.append("%s: negative with spans" % cid)
        if c.kind == "positive" and not c.spans:
            errors.append("%s: positive without spans" % cid)
        for t in c.turns:
            if t["speaker"] not in ("agent", "customer"):
                errors.append("%s: bad speaker" % cid)
        by_turn = {}
        for sp in c.spans:
            if sp["type"] not in TYPES:
                errors.append("%s: bad type" % cid)
            if not 0 <= sp["turn"] < len(c.turns):
                errors.append("%s: turn out of range" % cid)
                continue
            tx = c.turns[sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(tx)):
                errors.append("%s: offsets out of range %r" % (cid, sp))
                continue
            if s > 0 and tx[s - 1].isalnum():
                errors.append("%s: span starts mid-word %r" % (cid, tx[s - 1:e]))
            if e < len(tx) and tx[e].isalnum():
                errors.append("%s: span ends mid-word %r" % (cid, tx[s:e + 1]))
            if not (tx[s].isalnum() or tx[s] in "+(") or not tx[e - 1].isalnum():
                errors.append("%s: span edge not alnum %r" % (cid, tx[s:e]))
            by_turn.setdefault(sp["turn"], []).append((s, e))
        for lst in by_turn.values():
            lst.sort()
            for (s1, e1), (s2, e2) in zip(lst, lst[1:]):
                if s2 < e1:
                    errors.append("%s: overlapping spans" % cid)
        for g in c.groups:
            if not g["parts"]:
                errors.append("%s: empty group" % cid)
                continue
            err = validate_group(c, g)
            if err:
                errors.append("%s: %s: %s" % (cid, g["type"], err))
    cnt = counts(items)
    npos = sum(1 for _, c in items if c.kind == "positive")
    nneg = len(items) - npos
    if npos < 170 or nneg < 100:
        errors.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errors.append("type %s has %d spans < %d" % (t, cnt[t], need))
    return errors, cnt, npos, nneg


def main():
    items = generate()
    if "--check" in sys.argv[1:]:
        errors, cnt, npos, nneg = check(items)
        print("h297: %d positive, %d negative cases" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        if errors:
            for e in errors[:200]:
                print("ERROR:", e)
            print("FAILED: %d problem(s)" % len(errors))
            sys.exit(1)
        print("OK: check passed")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write(render(items))
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(items))
    print("wrote %d cases to %s" % (len(items), CASES))


if __name__ == "__main__":
    main()

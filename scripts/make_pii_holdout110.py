#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set pii_holdout110.

Written by an AI helper acting as an independent test author (it did not see
the redaction code).  Standard library only.  Output is byte-for-byte
reproducible from the seed.

    python scripts/make_pii_holdout110.py          # write fixture + README
    python scripts/make_pii_holdout110.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 110241126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout110"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h110"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TEEN_WORDS = {v: k for k, v in TEENS.items()}
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7,
        "eighty": 8, "ninety": 9}
TENS_WORDS = {v: k for k, v in TENS.items()}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
       "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
       "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
       "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
       "twentieth": 20, "thirtieth": 30}
ORD_WORDS = {v: k for k, v in ORD.items()}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
NATO_ALT = {"b": "bertie", "m": "mother", "s": "sugar", "c": "charlie", "p": "peter",
            "t": "tommy", "h": "harry", "j": "john", "r": "robert", "w": "william"}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm"}
ZERO_WORDS = {"zero", "oh", "o", "nought"}
HOMO = {"to": "2", "too": "2", "ate": "8"}


# ---------------------------------------------------------------- speaking
class Speaker:
    def __init__(self, rng):
        self.rng = rng

    def zero(self, uk=True):
        opts = ["oh", "oh", "zero", "o"] + (["nought"] if uk else [])
        return self.rng.choice(opts)

    def digit(self, d, uk=True, homo=False):
        if d == "0":
            return self.zero(uk)
        if homo and d == "2" and self.rng.random() < 0.25:
            return self.rng.choice(["to", "too"])
        if homo and d == "8" and self.rng.random() < 0.25:
            return "ate"
        return UNITS[int(d)]

    def digits(self, s, uk=True, doubles=True, homo=False, fillers=0.0):
        out = []
        i = 0
        while i < len(s):
            j = i
            while j < len(s) and s[j] == s[i]:
                j += 1
            run = j - i
            if doubles and run >= 3 and self.rng.random() < 0.6:
                out.append("triple " + self.digit(s[i], uk))
                i += 3
            elif doubles and run >= 2 and self.rng.random() < 0.6:
                out.append("double " + self.digit(s[i], uk))
                i += 2
            else:
                out.append(self.digit(s[i], uk, homo))
                i += 1
            if fillers and i < len(s) and self.rng.random() < fillers:
                out.append(self.rng.choice(["um", "uh", "er", "erm"]))
        return " ".join(out)

    def pair(self, p, uk=True):
        if p == "00":
            return "double " + self.zero(uk)
        if p[0] == "0":
            return self.zero(uk) + " " + UNITS[int(p[1])]
        n = int(p)
        if n < 10:
            return UNITS[n]
        if n < 20:
            return TEEN_WORDS[n]
        w = TENS_WORDS[n // 10]
        return w if n % 10 == 0 else w + " " + UNITS[n % 10]

    def pairs(self, s, uk=True):
        head = []
        if len(s) % 2:  # odd: single digit first, so a bare "twenty" is never followed by a unit
            head = [self.digit(s[0], uk)]
            s = s[1:]
        parts = head + [self.pair(s[i:i + 2], uk) for i in range(0, len(s), 2)]
        return " ".join(parts)

    def number(self, n):
        """cardinal 0..99 in words"""
        if n < 10:
            return UNITS[n]
        return self.pair("%02d" % n)

    def ordinal(self, n):
        if n in ORD_WORDS:
            return ORD_WORDS[n]
        return TENS_WORDS[n // 10] + " " + ORD_WORDS[n % 10]

    def year(self, y):
        s = str(y)
        if s.startswith("19"):
            return "nineteen " + self.pair(s[2:])
        if s[2] == "0":
            return "two thousand and " + UNITS[int(s[3])] if self.rng.random() < 0 else "twenty " + self.pair(s[2:])
        return "twenty " + self.pair(s[2:])

    def letter(self, c, nato=0.0):
        c = c.lower()
        if self.rng.random() < nato:
            word = NATO[c]
            if c in NATO_ALT and self.rng.random() < 0.3:
                word = NATO_ALT[c]
            return c + " for " + word
        return c


# ---------------------------------------------------------------- values
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13"])
    if brand == "visa":
        body, n = "4" + "".join(rng.choice("0123456789") for _ in range(14)), 16
    elif brand == "visa13":
        body, n = "4" + "".join(rng.choice("0123456789") for _ in range(11)), 13
    elif brand == "mc":
        body, n = "5" + rng.choice("12345") + "".join(rng.choice("0123456789") for _ in range(13)), 16
    elif brand == "amex":
        body, n = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12)), 15
    else:
        body, n = "6011" + "".join(rng.choice("0123456789") for _ in range(11)), 16
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, brand


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def rdig(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def make_iban(rng, country=None):
    country = country or rng.choice(["GB", "GB", "IE", "IE", "DE", "NL", "FR"])
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + rdig(rng, 14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + rdig(rng, 14)
    elif country == "DE":
        bban = rdig(rng, 18)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + rdig(rng, 10)
    else:
        bban = rdig(rng, 23)
    return country + iban_check(country, bban) + bban


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ", "ER", "AH", "HM") and "O" not in p:
            break
    return p + rdig(rng, 6) + rng.choice("ABCD")


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def make_sort(rng):
    return rng.choice(["20", "40", "30", "60", "11", "77", "83", "90", "93", "98", "09", "16"]) + rdig(rng, 4)


UK_OUT = ["SW1A", "M1", "B33", "CR2", "LS11", "EH12", "BT7", "CF10", "G2", "NE1", "W1D",
          "EC1A", "L18", "BS8", "NG7", "S10", "HD1", "CB2", "PL4", "DN15", "M14", "RG1",
          "SE15", "N16", "E17", "LE3", "BN2", "GU21", "HU5", "DE22", "ST4", "HG1"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"
EIR_KEYS = ["D02", "D04", "D08", "D15", "D24", "A65", "T12", "H91", "V94", "F92", "X91",
            "R95", "W23", "K78", "P81", "N37", "Y35", "A94", "E91", "T23"]
EIR_CH = "ACDEFHKNPRTVWXY0123456789"


def make_uk_pc(rng):
    return rng.choice(UK_OUT) + " " + rng.choice("0123456789") + rng.choice(INWARD_L) + rng.choice(INWARD_L)


def make_eircode(rng):
    while True:
        u = "".join(rng.choice(EIR_CH) for _ in range(4))
        if u[0] not in "0123456789":
            break
    return rng.choice(EIR_KEYS) + " " + u


UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
EIR_RE = re.compile(r"[AC-FHKNPRTV-Y]\d{2}[AC-FHKNPRTV-Y0-9]{4}|D6W[AC-FHKNPRTV-Y0-9]{4}")
ZIP_RE = re.compile(r"\d{5}(\d{4})?")

FIRST = ["sarah", "james", "aoife", "niamh", "ciaran", "emma", "oliver", "priya", "mohammed",
         "siobhan", "gareth", "rhys", "fiona", "declan", "chloe", "tom", "grace", "liam",
         "megan", "darren", "kate", "sean", "hannah", "callum", "deborah", "kwame", "anna"]
LAST = ["murphy", "kelly", "smith", "jones", "walsh", "obrien", "byrne", "patel", "khan",
        "evans", "williams", "mcdonald", "brennan", "doyle", "taylor", "hughes", "nolan",
        "price", "fitzgerald", "campbell", "reilly", "ahmed", "morgan", "quinn", "lynch"]
DOMAINS = [("gmail", "com"), ("hotmail", "co.uk"), ("yahoo", "ie"), ("eircom", "net"),
           ("outlook", "com"), ("btinternet", "com"), ("icloud", "com"), ("live", "ie"),
           ("sky", "com"), ("yahoo", "co.uk"), ("protonmail", "com")]
STREETS = ["acacia avenue", "station road", "church street", "mill lane", "victoria road",
           "high street", "kings road", "orchard close", "main street", "castle view",
           "beech grove", "harbour road", "the crescent", "queens drive", "park terrace",
           "willow way", "manor gardens", "rathmines road", "oak drive", "green lane",
           "new street", "albert square", "meadow court", "bridge street", "chapel row"]
STREET_SUFFIX = ("avenue", "road", "street", "lane", "close", "view", "grove", "crescent",
                 "drive", "terrace", "way", "gardens", "square", "court", "row", "place")
EMAIL_RE = re.compile(r"[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z]{2,})+")


def make_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randrange(5)
    dom = rng.choice(DOMAINS)
    num = str(rng.randint(1, 99)) if rng.random() < 0.5 else ""
    if style == 0:
        local = [f, ".", l]
    elif style == 1:
        local = [f[0], ".", l]
    elif style == 2:
        local = [f, "_", l]
    elif style == 3:
        local = [f, l]
    else:
        local = [l, ".", f]
    if num:
        local.append(num)
    return local, dom


def email_typed(local, dom):
    return "".join(local) + "@" + dom[0] + "." + dom[1]


def email_spoken(sp, local, dom):
    rng = sp.rng
    out = []
    for part in local:
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part.isdigit():
            out.append(sp.number(int(part)) if rng.random() < 0.6 else sp.digits(part, doubles=False))
        elif len(part) == 1:
            out.append(part)
        elif part in ("obrien", "mcdonald", "fitzgerald") or rng.random() < 0.2:
            out.append(" ".join(part))  # spelled out letter by letter
        else:
            out.append(part)
    out.append("at")
    out.append(dom[0])
    for d in dom[1].split("."):
        out.append("dot")
        out.append(d)
    return " ".join(out)


# ---------------------------------------------------------------- normalisation (check)
def norm_spoken(text):
    """Normalise a spoken/typed value into uppercase letters and digits, or None."""
    toks = re.findall(r"[a-z]+|[0-9]+|[-x]+", text.lower().replace("x-ray", "xray"))
    toks = [t for t in toks if not re.fullmatch(r"-+", t)]
    out = []
    i = 0
    nato_words = set(NATO.values()) | set(NATO_ALT.values()) | {"xray"}

    def val(t):
        if t in ZERO_WORDS:
            return "0"
        if t in UNITS:
            return str(UNITS.index(t))
        if t in HOMO:
            return HOMO[t]
        if len(t) == 1 and t.isalpha():
            return t.upper()
        return None

    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLERS or t in ("the", "of", "and", "st", "nd", "rd", "th", "plus", "slash", "dash", "space"):
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks) and toks[i + 2] in nato_words:
            out.append(t.upper())
            i += 3
            continue
        if t in ("double", "triple") and nxt is not None and val(nxt) is not None:
            out.append(val(nxt) * (2 if t == "double" else 3))
            i += 2
            continue
        if t in TEENS:
            out.append(str(TEENS[t]))
            i += 1
            continue
        if t in TENS:
            if nxt in UNITS[1:]:
                out.append(str(TENS[t]) + str(UNITS.index(nxt)))
                i += 2
            elif nxt in ORD and ORD[nxt] < 10:
                out.append(str(TENS[t]) + str(ORD[nxt]))
                i += 2
            else:
                out.append(str(TENS[t]) + "0")
                i += 1
            continue
        if t in ORD:
            out.append("%02d" % ORD[t] if ORD[t] >= 10 else str(ORD[t]))
            i += 1
            continue
        if t in MONTHS:
            out.append("%02d" % (MONTHS.index(t) + 1))
            i += 1
            continue
        if t[:3] in [m[:3] for m in MONTHS] and len(t) <= 4 and t not in UNITS:
            out.append("%02d" % ([m[:3] for m in MONTHS].index(t[:3]) + 1))
            i += 1
            continue
        v = val(t)
        if v is not None:
            out.append(v)
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t.isalpha() and len(t) <= 4:
            out.append(t.upper())
            i += 1
            continue
        return None
    return "".join(out)


def norm_email(text):
    t = text.strip().lower()
    if "@" in t:
        return t
    toks = t.split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in TENS:
            if nxt in UNITS[1:]:
                out.append(str(TENS[w]) + str(UNITS.index(nxt)))
                i += 1
            else:
                out.append(str(TENS[w]) + "0")
        elif w in TEENS:
            out.append(str(TEENS[w]))
        elif w in UNITS:
            out.append(str(UNITS.index(w)))
        elif w in ("oh", "zero"):
            out.append("0")
        elif w in ("double", "triple") and nxt in UNITS:
            out.append(str(UNITS.index(nxt)) * (2 if w == "double" else 3))
            i += 1
        else:
            out.append(w)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- case building
class V:
    """A labelled value segment.  group: values split across spans share a group."""

    def __init__(self, text, typ, canon=None, group=None):
        self.text, self.typ, self.canon, self.group = text, typ, canon, group


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans = [], []
        self.groups = {}  # key -> [type, canon, [span idx]]
        self._auto = 0

    def t(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                idx = len(self.spans)
                self.spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                key = s.group
                if key is None:
                    self._auto += 1
                    key = "_auto%d" % self._auto
                g = self.groups.setdefault(key, [s.typ, None, []])
                if s.canon is not None:
                    g[1] = s.canon
                g[2].append(idx)
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    a = lambda self, *s: self.t("agent", *s)
    c = lambda self, *s: self.t("customer", *s)


# ---------------------------------------------------------------- helpers
def sfx(n):
    if 11 <= n % 100 <= 13:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def pick(rng, xs):
    return rng.choice(xs)


def card_typed(rng, num):
    if len(num) == 15:
        g = [num[:4], num[4:10], num[10:]]
    elif len(num) == 13:
        g = [num[:4], num[4:8], num[8:12], num[12:]] if rng.random() < 0.5 else [num]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    sep = pick(rng, [" ", " ", "-", "", "  ", " - "])
    return sep.join(g)


def card_spoken(sp, num, style=None):
    rng = sp.rng
    style = style or pick(rng, ["digits", "digits", "pairs", "groups_digits", "fill"])
    if style == "pairs" and len(num) == 16:
        return " ".join(sp.pairs(num[i:i + 4]) for i in range(0, 16, 4))
    if style == "groups_digits":
        return " ".join(sp.digits(num[i:i + 4], uk=True) for i in range(0, len(num), 4))
    if style == "fill":
        return sp.digits(num, fillers=0.12, doubles=True)
    return sp.digits(num, homo=rng.random() < 0.3)


def ni_typed(rng, ni):
    f = rng.randrange(7)
    if f == 6:
        return "%s %s" % (ni[:5], ni[5:])
    if f == 0:
        return ni
    if f == 1:
        return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if f == 2:
        return ni.lower()
    if f == 3:
        return "%s%s %s" % (ni[:2], ni[2:8], ni[8])
    if f == 4:
        return "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    return "%s %s %s" % (ni[:2], ni[2:8], ni[8])


def ni_spoken(sp, ni, style=None):
    rng = sp.rng
    style = style if style is not None else rng.randrange(5)
    nato = 0.0 if style in (0, 3) else (1.0 if style == 1 else 0.5)
    letters1 = " ".join(sp.letter(c, nato) for c in ni[:2])
    last = sp.letter(ni[8], nato)
    if style in (2, 3):
        mid = " ".join(sp.pair(ni[i:i + 2]) for i in (2, 4, 6))
    elif style == 4:
        mid = sp.digits(ni[2:8], fillers=0.15)
    else:
        mid = sp.digits(ni[2:8])
    return letters1 + " " + mid + " " + last


def ssn_typed(rng, s):
    return pick(rng, ["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s"]) % (s[:3], s[3:5], s[5:])


def ssn_spoken(sp, s):
    st = sp.rng.randrange(3)
    if st == 0:
        return sp.digits(s, uk=False)
    if st == 1:
        return sp.digits(s[:3], uk=False) + " " + sp.pair(s[3:5], uk=False) + " " + sp.pairs(s[5:], uk=False)
    return sp.digits(s[:3], uk=False) + " " + sp.digits(s[3:5], uk=False) + " " + sp.digits(s[5:], uk=False)


def sort_typed(rng, s):
    return pick(rng, ["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:2], s[2:4], s[4:])


def sort_spoken(sp, s):
    if sp.rng.random() < 0.5:
        return " ".join(sp.pair(s[i:i + 2]) for i in (0, 2, 4))
    return sp.digits(s)


def phone_value(rng, kind):
    if kind == "ukmob":
        return "07" + rng.choice("4579") + rdig(rng, 8)
    if kind == "ukland":
        return rng.choice(["020", "0161", "0121", "0113", "0131", "0141", "028", "029", "0117"]) + rdig(rng, 7 if True else 8, True)
    if kind == "iemob":
        return "08" + rng.choice("35679") + rdig(rng, 7, True)
    if kind == "ieland":
        return "01" + rdig(rng, 7, True)
    if kind == "us":
        return rng.choice(["212", "415", "617", "312", "646", "305"]) + rng.choice("23456789") + rdig(rng, 6)
    raise ValueError(kind)


def phone_typed(rng, num, kind):
    intl = rng.random() < 0.35
    if kind in ("ukmob",):
        if intl:
            return pick(rng, ["+44 %s %s", "+44%s%s", "0044 %s %s", "+44 (0)%s %s"]) % (num[1:5], num[5:])
        return pick(rng, ["%s %s", "%s%s", "%s-%s"]) % (num[:5], num[5:])
    if kind == "ukland":
        a = 3 if num.startswith("02") else 4
        if intl:
            return "+44 %s %s" % (num[1:a], num[a:])
        return pick(rng, ["%s %s", "(%s) %s", "%s-%s"]) % (num[:a], num[a:])
    if kind in ("iemob", "ieland"):
        a = 3 if kind == "iemob" else 2
        if intl:
            return pick(rng, ["+353 %s %s %s", "+353%s%s%s", "00353 %s %s %s"]) % (num[1:a], num[a:a + 3], num[a + 3:])
        return pick(rng, ["%s %s %s", "%s-%s-%s", "%s%s%s"]) % (num[:a], num[a:a + 3], num[a + 3:])
    if intl:
        return "+1 %s-%s-%s" % (num[:3], num[3:6], num[6:])
    return pick(rng, ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (num[:3], num[3:6], num[6:])


def phone_spoken(sp, num, kind):
    rng = sp.rng
    uk = kind != "us"
    if kind in ("ukmob", "iemob") and rng.random() < 0.3:
        cc = "four four" if kind == "ukmob" else "three five three"
        return "plus " + cc + " " + sp.digits(num[1:], uk=uk)
    if kind == "ukland" and rng.random() < 0.5:
        a = 3 if num.startswith("02") else 4
        return sp.digits(num[:a], uk=uk) + " " + sp.digits(num[a:], uk=uk, fillers=0.1)
    if rng.random() < 0.3:
        return sp.digits(num[:5], uk=uk) + " " + sp.pairs(num[5:], uk=uk) if not num[5:][0] == "0" else sp.digits(num, uk=uk)
    return sp.digits(num, uk=uk)


def dob_value(rng):
    return rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28)


def dob_typed(rng, y, m, d, us=False):
    f = rng.randrange(6)
    if us:
        return pick(rng, ["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                          "%d-%02d-%02d" % (y, m, d)])
    if f == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if f == 1:
        return "%d/%d/%d" % (d, m, y)
    if f == 2:
        return "%d %s %d" % (d, MONTHS[m - 1].title(), y)
    if f == 3:
        return "%02d.%02d.%d" % (d, m, y)
    if f == 4:
        return "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d if d < 20 else d % 10, "th") if d not in (11, 12, 13) else "th", MONTHS[m - 1][:3].title(), y)
    return "%02d-%02d-%02d" % (d, m, y % 100)


def dob_spoken(sp, y, m, d, us=False):
    if us:
        return "%s %s %s" % (MONTHS[m - 1], sp.ordinal(d), sp.year(y))
    f = sp.rng.randrange(3)
    if f == 0:
        return "the %s of %s %s" % (sp.ordinal(d), MONTHS[m - 1], sp.year(y))
    if f == 1:
        return "%s %s %s" % (sp.ordinal(d), MONTHS[m - 1], sp.year(y))
    return "%s %s %s" % (sp.pair("%02d" % d), sp.pair("%02d" % m), sp.year(y))


def pc_spoken(sp, pc, nato=0.3):
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(sp.digit(ch))
        else:
            out.append(sp.letter(ch, nato))
    return " ".join(out)


def addr_value(rng):
    return rng.randint(1, 160), rng.choice(STREETS)


def addr_spoken(sp, n, street):
    if n < 100:
        return sp.number(n) + " " + street
    return (sp.digits(str(n)) if sp.rng.random() < 0.5 else "one " + sp.pair(str(n)[1:])) + " " + street


def addr_typed(rng, n, street):
    s = "%d %s" % (n, street.title() if rng.random() < 0.7 else street)
    return s


# ---------------------------------------------------------------- positive templates
GREET_CALL = ["thanks for calling", "hello you're through to", "good morning you're speaking with",
              "hi there thanks for holding at"]
ORGS_UK = [("banking", "northgate bank"), ("telecom", "vireo mobile"), ("utilities", "brightwave energy"),
           ("insurance", "harbour insurance"), ("retail", "kettleby home"), ("travel", "skylark holidays"),
           ("government", "the council tax office"), ("healthcare billing", "meridian private health")]
ORGS_IE = [("banking", "liffey credit union"), ("telecom", "emerald broadband"),
           ("utilities", "atlantic gas and power"), ("insurance", "shannon assurance"),
           ("travel", "greenline ferries"), ("government", "the motor tax office")]
ORGS_US = [("banking", "lakeshore federal"), ("healthcare billing", "summit medical billing"),
           ("telecom", "bluepeak wireless"), ("insurance", "keystone auto insurance"),
           ("government", "the state benefits helpline")]


def pos_card_call(rng, sp, cs):
    ind, org = pick(rng, ORGS_UK + ORGS_IE)
    num, brand = make_card(rng)
    c = Case("positive", "")
    c.a("%s %s my name's %s how can i help" % (pick(rng, GREET_CALL), org, pick(rng, FIRST)))
    amt = "%d pounds %d" % (rng.randint(12, 480), rng.randint(10, 99))
    c.c("hiya i want to pay my bill it's %s i think" % amt)
    c.a("no problem can i take the long number on the card please")
    mode = rng.randrange(6)
    exp_m, exp_y = rng.randint(1, 12), rng.randint(26, 31)
    cvv = rdig(rng, 4 if brand == "amex" else 3)
    if mode == 0:
        c.c("yeah it's ", V(card_spoken(sp, num), "CARD_NUMBER", num))
        note = "card read in one turn"
    elif mode == 1:
        n = len(num)
        cuts = [0, 4, 8, 12, n] if n == 16 else ([0, 4, 10, n] if n == 15 else [0, 4, 8, n])
        for k in range(len(cuts) - 1):
            chunk = num[cuts[k]:cuts[k + 1]]
            pre = pick(rng, ["", "", "right ", "um ", "okay "]) if k == 0 else ""
            post = pick(rng, ["", "", " yeah", " um"])
            c.c(pre, V(sp.digits(chunk), "CARD_NUMBER", num if k == 0 else None, group="card"), post)
            if k < len(cuts) - 2:
                c.a(pick(rng, ["mhm", "yep", "okay go on", "uh huh", "yeah", "got that"]))
        note = "card split over several customer turns with back-channels"
    elif mode == 2:
        half = 8 if len(num) >= 16 else 6
        c.c("hang on it's in me purse ", V(sp.digits(num[:half]), "CARD_NUMBER", num, group="card"),
            " sorry the lighting's bad in here")
        c.a("no worries take your time")
        c.c("right the rest is ", V(sp.digits(num[half:]), "CARD_NUMBER", group="card"))
        note = "card split with chit-chat in between"
    elif mode == 3:
        c.c("it's ", V(card_spoken(sp, num, "pairs" if len(num) == 16 else "digits"), "CARD_NUMBER", num))
        note = "card read as pairs of two-digit numbers"
    elif mode == 4:
        wrong = sp.digits(num[:4][:3] + str((int(num[3]) + 3) % 10))
        c.c("it's ", V(wrong, "CARD_NUMBER", None, group="partial"), " no sorry hang on start again ",
            V(sp.digits(num), "CARD_NUMBER", num))
        note = "self-correction: aborted first group then full card"
    else:
        c.c("okay it's ", V(card_spoken(sp, num, "fill"), "CARD_NUMBER", num))
        note = "card with fillers inside the reading"
    # readback
    if rng.random() < 0.4:
        c.a("let me read that back ", V(sp.digits(num), "CARD_NUMBER", num), " is that right")
        c.c("yes that's it")
        note += ", agent reads back"
    c.a("and the expiry date")
    es = rng.randrange(4)
    if es == 0:
        etxt = sp.pair("%02d" % exp_m) + " " + sp.pair("%02d" % exp_y)
    elif es == 1:
        etxt = MONTHS[exp_m - 1] + " " + sp.pair("%02d" % exp_y)
    elif es == 2:
        etxt = sp.digits("%02d" % exp_m) + " slash " + sp.digits("%02d" % exp_y)
    else:
        etxt = sp.pair("%02d" % exp_m) + " twenty " + sp.pair("%02d" % exp_y)
    c.c(pick(rng, ["", "it's ", "um "]), V(etxt, "EXPIRY", "%02d%02d" % (exp_m, exp_y)))
    c.a("and the %s on the back" % ("four digit code" if brand == "amex" else "last three digits"))
    c.c(pick(rng, ["", "it's ", "that's "]), V(sp.digits(cvv), "CVV", cvv))
    c.a("lovely that's %s taken you'll get a text in about two minutes" % amt)
    c.note = "call/%s: %s; spoken expiry and cvv" % (ind, note)
    return c


def pos_card_chat(rng, sp, cs):
    ind, org = pick(rng, ORGS_UK + ORGS_IE + ORGS_US)
    num, brand = make_card(rng)
    c = Case("positive", "")
    cvv = rdig(rng, 4 if brand == "amex" else 3)
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    exp = pick(rng, ["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%02d" % (m, y), "%02d%02d" % (m, y), "%02d / %02d" % (m, y)])
    c.a("Hi, you're chatting with %s from %s. How can I help today?" % (pick(rng, FIRST).title(), org))
    mode = rng.randrange(5)
    if mode == 0:
        c.c("hi can u take payment for order 4%s pls. card " % rdig(rng, 5), V(card_typed(rng, num), "CARD_NUMBER", num),
            " exp ", V(exp, "EXPIRY", None), " cvv ", V(cvv, "CVV", cvv))
        note = "order number (not PII) then card, expiry, cvv typed in one message"
    if mode == 1:
        c.c("I'd like to update my card on file")
        c.a("Sure, please type the new card number")
        c.c(V(card_typed(rng, num), "CARD_NUMBER", num))
        c.a("Thanks. Expiry and security code?")
        c.c(V(exp, "EXPIRY", None), " and ", V(cvv, "CVV", cvv))
        note = "card alone in a message, expiry+cvv in one line"
    elif mode == 2:
        c.c("Card number is ", V(card_typed(rng, num), "CARD_NUMBER", num), ", expires ", V(exp, "EXPIRY", None),
            ", security code ", V(cvv, "CVV", cvv), ". Please take the £%d.%02d now" % (rng.randint(5, 300), rng.randint(0, 99)))
        note = "card, expiry, cvv and an amount in one message"
    elif mode == 3:
        g = num
        cut = rng.randint(6, 10)
        c.c("my card: ", V(g[:cut], "CARD_NUMBER", num, group="card"))
        c.c(V(g[cut:], "CARD_NUMBER", None, group="card"), " sorry hit enter too soon")
        c.a("No problem. And the CVV?")
        c.c(V(cvv, "CVV", cvv))
        note = "card split across two chat messages"
    else:
        typo = card_typed(rng, num)
        c.c("pls charge the card ending ", "%s" % num[-4:], " no wait use the new one ",
            V(typo, "CARD_NUMBER", num), " cvc ", V(cvv, "CVV", cvv), " exp date ", V(exp, "EXPIRY", None))
        c.spans = [s for s in c.spans]
        # 'ending XXXX' last four digits are also card digits -> label them too
        t0 = c.turns[-1]["text"]
        st = t0.index(num[-4:])
        c.spans.insert(0, {"turn": len(c.turns) - 1, "start": st, "end": st + 4, "type": "CARD_NUMBER"})
        # shift group span indices
        for g in c.groups.values():
            g[2] = [i + 1 for i in g[2]]
        c.groups["_last4"] = ["CARD_NUMBER", None, [0]]
        note = "last four of old card plus a new full card, cvc and expiry"
    c.a("Thanks, that's gone through. Reference %s." % ("PAY" + rdig(rng, 6)))
    c.note = "chat/%s: %s" % (ind, note)
    return c


def pos_ni(rng, sp, cs):
    ind, org = pick(rng, [("government", "hmrc helpline"), ("government", "the pension service"),
                          ("banking", "northgate bank"), ("insurance", "harbour insurance"),
                          ("government", "universal credit"), ("healthcare billing", "meridian private health")])
    ni = make_ni(rng)
    c = Case("positive", "")
    chat = rng.random() < 0.4
    if chat:
        c.a("Welcome to %s web chat. To find your record could you type your National Insurance number?" % org)
        mode = rng.randrange(4)
        if mode == 0:
            c.c(V(ni_typed(rng, ni), "NI_NUMBER", ni))
            note = "NI number typed alone"
        elif mode == 1:
            c.c("sure its ", V(ni_typed(rng, ni), "NI_NUMBER", ni), " and my tax code is 1257L")
            note = "NI number typed next to a tax code (not PII)"
        elif mode == 2:
            t = ni_typed(rng, ni)
            c.c("NINO ", V(t, "NI_NUMBER", ni), " - I've been waiting %d weeks for my refund" % rng.randint(2, 9))
            note = "NI number after the abbreviation NINO"
        else:
            bad = ni[:2].lower() + ni[2:5]
            c.c(V(bad, "NI_NUMBER", None, group="partial"), " oops")
            c.c("NI no is ", V(ni_typed(rng, ni), "NI_NUMBER", ni))
            note = "truncated NI message then full number"
        c.a("Thank you, I've found your record.")
        c.note = "chat/%s: %s" % (ind, note)
        return c
    c.a("%s %s can i start with your national insurance number please" % (pick(rng, GREET_CALL), org))
    mode = rng.randrange(6)
    if mode == 0:
        c.c("yeah it's ", V(ni_spoken(sp, ni, 0), "NI_NUMBER", ni))
        note = "NI letters plain, digits one by one"
    elif mode == 1:
        c.c("it's ", V(ni_spoken(sp, ni, 1), "NI_NUMBER", ni))
        note = "NI letters with phonetic alphabet"
    elif mode == 2:
        c.c(V(ni_spoken(sp, ni, 3), "NI_NUMBER", ni), pick(rng, ["", " i think", " yeah"]))
        note = "NI digits read as pairs (twelve thirty four)"
    elif mode == 3:
        c.c("right so it's ", V(" ".join(sp.letter(x, 0.5) for x in ni[:2]), "NI_NUMBER", ni, group="ni"))
        c.a(pick(rng, ["okay", "mhm", "yep go on"]))
        c.c(V(sp.digits(ni[2:5]), "NI_NUMBER", None, group="ni"))
        c.a(pick(rng, ["yep", "uh huh"]))
        c.c(V(sp.digits(ni[5:8]) + " " + sp.letter(ni[8], 0.5), "NI_NUMBER", None, group="ni"))
        note = "NI split across three customer turns"
    elif mode == 4:
        c.c("hold on i've got it on a letter here ", V(ni_spoken(sp, ni, 4), "NI_NUMBER", ni),
            " is that right")
        note = "NI with fillers inside"
    else:
        c.c("it's ", V(ni_spoken(sp, ni, 2), "NI_NUMBER", ni))
        c.a("so that's ", V(ni_spoken(sp, ni, 0), "NI_NUMBER", ni), " yeah")
        c.c("that's right")
        note = "NI with mixed phonetic letters, agent reads back"
    if rng.random() < 0.35:
        y, m, d = dob_value(rng)
        c.a("and your date of birth")
        c.c(V(dob_spoken(sp, y, m, d), "DOB", (y, m, d)))
        note += ", plus spoken DOB"
    c.a("thanks i've got your record up it's about the payment of %d pounds on the %s" % (
        rng.randint(50, 900), sp.ordinal(rng.randint(1, 28))))
    c.note = "call/%s: %s" % (ind, note)
    return c


def pos_ssn(rng, sp, cs):
    ind, org = pick(rng, ORGS_US)
    s = make_ssn(rng)
    c = Case("positive", "")
    if rng.random() < 0.45:
        c.a("Hi, this is %s with %s. For verification, please provide your SSN or the last four." % (
            pick(rng, FIRST).title(), org))
        mode = rng.randrange(3)
        if mode == 0:
            c.c("sure ", V(ssn_typed(rng, s), "SSN", s))
            note = "full SSN typed"
        elif mode == 1:
            c.c("SSN: ", V(ssn_typed(rng, s), "SSN", s), " DOB ", V(dob_typed(rng, 1970 + rng.randint(0, 30), rng.randint(1, 12), rng.randint(1, 28), us=True), "DOB", None))
            note = "SSN and US-style DOB on one line"
        else:
            c.c("my social is ", V(ssn_typed(rng, s), "SSN", s), ", claim # %s" % rdig(rng, 8, True))
            note = "SSN next to a claim number (not PII)"
        c.a("Thank you, you're verified.")
        c.note = "chat/%s: %s" % (ind, note)
        return c
    c.a("thank you for calling %s can i get your social security number" % org)
    mode = rng.randrange(5)
    if mode == 0:
        c.c("sure it's ", V(ssn_spoken(sp, s), "SSN", s))
        note = "SSN spoken in one turn"
    elif mode == 1:
        c.c(V(sp.digits(s[:3], uk=False), "SSN", s, group="s"))
        c.a("okay")
        c.c(V(sp.digits(s[3:5], uk=False), "SSN", None, group="s"))
        c.a("mhm")
        c.c(V(sp.digits(s[5:], uk=False), "SSN", None, group="s"))
        note = "SSN split 3-2-4 across turns"
    elif mode == 2:
        c.c("yeah it's uh ", V(sp.digits(s, uk=False, fillers=0.2), "SSN", s), " i had to look it up")
        note = "SSN with fillers"
    elif mode == 3:
        c.c("it's ", V(ssn_spoken(sp, s), "SSN", s), " and my member id is %s" % sp.digits(rdig(rng, 7)))
        note = "SSN followed by a spoken member id (not PII)"
    else:
        c.c("social is ", V(ssn_spoken(sp, s), "SSN", s))
        c.a("i have ", V(sp.digits(s, uk=False), "SSN", s), " correct")
        c.c("yep")
        note = "SSN with agent read-back"
    if rng.random() < 0.3:
        z = rdig(rng, 5, True)
        c.a("and the zip code on the account")
        c.c(V(sp.digits(z, uk=False), "POSTCODE", z))
        note += ", spoken ZIP"
    c.a("great the balance is %d dollars and %d cents" % (rng.randint(20, 900), rng.randint(1, 99)))
    c.note = "call/%s: %s" % (ind, note)
    return c


def pos_bank(rng, sp, cs):
    ind, org = pick(rng, [("banking", "northgate bank"), ("utilities", "brightwave energy"),
                          ("banking", "liffey credit union"), ("insurance", "harbour insurance"),
                          ("government", "the council tax office"), ("telecom", "vireo mobile")])
    sc, ac = make_sort(rng), rdig(rng, 8)
    c = Case("positive", "")
    if rng.random() < 0.4:
        c.a("To set up the direct debit please send your sort code and account number.")
        mode = rng.randrange(3)
        if mode == 0:
            c.c("sort code ", V(sort_typed(rng, sc), "SORT_CODE", sc), " acc no ", V(ac, "BANK_ACCOUNT", ac))
        elif mode == 1:
            c.c(V(sort_typed(rng, sc), "SORT_CODE", sc), "\n", V(ac, "BANK_ACCOUNT", ac))
        else:
            c.c("Acct: ", V(ac[:4] + " " + ac[4:], "BANK_ACCOUNT", ac), " / SC: ", V(sort_typed(rng, sc), "SORT_CODE", sc),
                " - payment date the %s please" % rng.choice(["1st", "15th", "28th", "2nd", "23rd"]))
        c.a("Thanks, your direct debit of £%d.%02d will start next month." % (rng.randint(20, 150), rng.randint(0, 99)))
        c.note = "chat/%s: sort code and account number typed" % ind
        return c
    c.a("%s %s i just need your sort code and account number for the direct debit" % (pick(rng, GREET_CALL), org))
    mode = rng.randrange(5)
    if mode == 0:
        c.c("sort code is ", V(sort_spoken(sp, sc), "SORT_CODE", sc), " and the account number is ",
            V(sp.digits(ac), "BANK_ACCOUNT", ac))
        note = "sort code and account in one turn"
    elif mode == 1:
        c.c("okay sort code ", V(sort_spoken(sp, sc), "SORT_CODE", sc))
        c.a("yep")
        c.c("account ", V(sp.digits(ac[:4]), "BANK_ACCOUNT", ac, group="ac"))
        c.a("mhm")
        c.c(V(sp.digits(ac[4:]), "BANK_ACCOUNT", None, group="ac"))
        note = "account number split across turns"
    elif mode == 2:
        c.c("the sort code's ", V(sort_spoken(sp, sc), "SORT_CODE", sc), " hang on the account is ",
            V(sp.digits(ac, fillers=0.15), "BANK_ACCOUNT", ac))
        c.a("so that's ", V(sp.digits(sc), "SORT_CODE", sc), " and ", V(sp.digits(ac), "BANK_ACCOUNT", ac))
        c.c("yeah")
        note = "with fillers and agent read-back"
    elif mode == 3:
        c.c("account number ", V(sp.pairs(ac), "BANK_ACCOUNT", ac), " sort code ", V(sort_spoken(sp, sc), "SORT_CODE", sc))
        note = "account read in pairs, sort code after"
    else:
        c.c("it's the same account as before ", V(sp.digits(sc), "SORT_CODE", sc), " ",
            V(sp.digits(ac), "BANK_ACCOUNT", ac), " i've had it twenty years")
        note = "sort code and account back to back without labels"
    c.a("lovely the first payment of %d pounds will go out on the %s" % (rng.randint(20, 150), sp.ordinal(rng.randint(1, 28))))
    c.note = "call/%s: %s" % (ind, note)
    return c


def pos_iban(rng, sp, cs):
    ind, org = pick(rng, [("banking", "liffey credit union"), ("travel", "greenline ferries"),
                          ("insurance", "shannon assurance"), ("retail", "kettleby home"),
                          ("utilities", "atlantic gas and power")])
    ib = make_iban(rng)
    c = Case("positive", "")
    if rng.random() < 0.55:
        c.a("For the refund please send the IBAN of the account.")
        grouped = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        t = pick(rng, [ib, grouped, grouped.lower(), ib.lower()])
        c.c(pick(rng, ["IBAN ", "here: ", "its ", ""]), V(t, "IBAN", ib), pick(rng, ["", " thanks", " (BIC not sure)"]))
        c.a("Thanks, the refund of €%d.%02d will arrive in 3-5 working days." % (rng.randint(10, 500), rng.randint(0, 99)))
        c.note = "chat/%s: %s IBAN typed" % (ind, ib[:2])
        return c
    c.a("%s %s can you give me the iban for the refund" % (pick(rng, GREET_CALL), org))
    letters = " ".join(sp.letter(x, 0.3) for x in ib[:2])
    rest = []
    for ch in ib[2:]:
        rest.append(sp.digit(ch) if ch.isdigit() else sp.letter(ch, 0.3))
    if rng.random() < 0.5:
        cut = 8
        p1 = letters + " " + " ".join(rest[:cut - 2])
        p2 = " ".join(rest[cut - 2:])
        c.c("okay it's ", V(p1, "IBAN", ib, group="ib"))
        c.a("go on")
        c.c(V(p2, "IBAN", None, group="ib"))
        note = "IBAN spoken split across turns"
    else:
        c.c(V(letters + " " + " ".join(rest), "IBAN", ib))
        note = "IBAN spoken in one turn"
    c.a("thank you that'll be with you in five working days")
    c.note = "call/%s: %s %s" % (ind, ib[:2], note)
    return c


def pos_phone(rng, sp, cs):
    kind = pick(rng, ["ukmob", "ukmob", "ukland", "iemob", "iemob", "ieland", "us"])
    num = phone_value(rng, kind)
    ind = pick(rng, ["telecom", "utilities", "retail", "travel", "insurance", "healthcare billing"])
    c = Case("positive", "")
    if rng.random() < 0.4:
        c.a("What's the best number to reach you on?")
        t = phone_typed(rng, num, kind)
        c.c(pick(rng, ["", "mob ", "call me on ", "tel: "]), V(t, "PHONE", num), pick(rng, ["", " after 5pm", " pls", " (work)"]))
        c.a("Thanks, we'll call you back within 24 hours.")
        c.note = "chat/%s: %s phone typed" % (ind, kind)
        return c
    c.a("can i take a contact number")
    mode = rng.randrange(3)
    if kind == "us" and rng.random() < 0.6:
        c.c("sure area code ", V(sp.digits(num[:3], uk=False), "PHONE", num, group="p"), " and then ",
            V(sp.digits(num[3:], uk=False), "PHONE", None, group="p"))
        c.a("and someone will ring you back within forty eight hours")
        c.note = "call/%s: US phone with 'area code' said before the first three digits" % ind
        return c
    if mode == 0:
        c.c("yeah it's ", V(phone_spoken(sp, num, kind), "PHONE", num))
        note = "phone in one turn"
    elif mode == 1:
        a = 5 if len(num) >= 11 else 3
        c.c(V(sp.digits(num[:a]), "PHONE", num, group="p"))
        c.a(pick(rng, ["mhm", "yep"]))
        c.c(V(sp.digits(num[a:]), "PHONE", None, group="p"), pick(rng, [" that's the best one", "", " yeah"]))
        note = "phone split across two turns"
    else:
        c.c("it's ", V(phone_spoken(sp, num, kind), "PHONE", num))
        c.a("so ", V(sp.digits(num), "PHONE", num), " yeah")
        c.c("yeah that's the one")
        note = "phone with agent read-back"
    c.a("and someone will ring you back within forty eight hours")
    c.note = "call/%s: %s %s" % (ind, kind, note)
    # fix up canonical: intl spoken form starts with country code
    return c


def pos_email(rng, sp, cs):
    local, dom = make_email(rng)
    canon = email_typed(local, dom)
    ind = pick(rng, ["retail", "telecom", "travel", "banking", "insurance", "government"])
    c = Case("positive", "")
    if rng.random() < 0.4:
        c.a("Can I confirm the email address for your account?")
        t = canon if rng.random() < 0.7 else canon.title()
        c.c(pick(rng, ["", "its ", "email: "]), V(t, "EMAIL", canon), pick(rng, ["", " thx", ". the old one is deleted"]))
        c.a("Great, I've sent the confirmation for booking ref %s there." % ("".join(rng.choice("ABCDEFHJKLMNPRSTUVWXYZ2345679") for _ in range(6))))
        c.note = "chat/%s: email typed" % ind
        return c
    c.a("what email address would you like the receipt sent to")
    sp_text = email_spoken(sp, local, dom)
    if rng.random() < 0.3:
        c.c("it's ", V(sp_text, "EMAIL", canon), " all lower case")
        note = "spoken email with 'all lower case' after"
    else:
        c.c(pick(rng, ["yeah ", "um it's ", ""]), V(sp_text, "EMAIL", canon))
        note = "spoken email"
    c.a("perfect that's sent now")
    c.note = "call/%s: %s" % (ind, note)
    return c


def pos_dob(rng, sp, cs):
    y, m, d = dob_value(rng)
    ind = pick(rng, ["healthcare billing", "insurance", "banking", "government", "telecom"])
    c = Case("positive", "")
    us = rng.random() < 0.2
    if rng.random() < 0.4:
        c.a("Please confirm your date of birth.")
        c.c(pick(rng, ["", "DOB ", "born "]), V(dob_typed(rng, y, m, d, us), "DOB", (y, m, d)))
        c.a("Thank you. Your appointment on the %s is confirmed for %d:%s." % (sfx(rng.randint(1, 28)), rng.randint(9, 16), pick(rng, ["00", "15", "30", "45"])))
        c.note = "chat/%s: typed DOB next to an appointment date (not DOB)" % ind
        return c
    c.a("and can you confirm your date of birth for me")
    c.c(pick(rng, ["yeah it's ", "", "um "]), V(dob_spoken(sp, y, m, d, us), "DOB", (y, m, d)))
    c.a("thank you and the payment due on the %s of %s is %d pounds" % (
        sp.ordinal(rng.randint(1, 28)), pick(rng, MONTHS), rng.randint(20, 400)))
    c.note = "call/%s: spoken DOB, later payment date not labelled" % ind
    return c


def pos_address(rng, sp, cs):
    n, street = addr_value(rng)
    c = Case("positive", "")
    which = rng.randrange(3)
    if which == 0:
        pc = make_uk_pc(rng)
    elif which == 1:
        pc = make_eircode(rng)
    else:
        pc = None
    ind = pick(rng, ["utilities", "retail", "insurance", "telecom", "government"])
    canon_addr = "%d %s" % (n, street)
    if rng.random() < 0.4:
        c.a("Could you confirm the delivery address and postcode?")
        at = addr_typed(rng, n, street)
        if rng.random() < 0.3:
            at = pick(rng, ["Flat %d, ", "Apt %d ", "flat %d "]) % rng.randint(1, 20) + at
        segs = [V(at, "ADDRESS", canon_addr), ", %s" % pick(rng, ["Leeds", "Cardiff", "Bristol", "Manchester", "Belfast"] if which == 0 else
                                ["Cork", "Dublin 8", "Galway", "Limerick", "Swords"] if which == 1 else
                                ["Leeds", "Cork", "Dublin 8", "Cardiff", "Galway", "Bristol"])]
        if pc:
            pct = pc if rng.random() < 0.6 else pc.replace(" ", "").lower()
            segs += [" ", V(pct, "POSTCODE", pc.replace(" ", ""))]
        c.c(*segs)
        c.a("Thanks, parcel %s will arrive Thursday between 7am and 9pm." % rdig(rng, 9, True))
        c.note = "chat/%s: typed street address%s" % (ind, " and postcode/eircode" if pc else "")
        return c
    c.a("can i take the first line of the address")
    flat = rng.random() < 0.25
    if flat:
        fn = rng.randint(1, 12)
        c.c("it's ", V("flat %s %s" % (sp.number(fn), addr_spoken(sp, n, street)), "ADDRESS", canon_addr))
    else:
        c.c(pick(rng, ["it's ", "", "yeah "]), V(addr_spoken(sp, n, street), "ADDRESS", canon_addr))
    if pc:
        c.a("and the %s" % ("postcode" if which == 0 else "eircode"))
        c.c(V(pc_spoken(sp, pc), "POSTCODE", pc.replace(" ", "")))
    c.a("thanks the meter reading of %s is logged" % sp.digits(rdig(rng, 5)))
    c.note = "call/%s: spoken address%s; meter reading not PII" % (ind, " + postcode" if pc else "")
    return c


def pos_postcode(rng, sp, cs):
    c = Case("positive", "")
    r = rng.randrange(3)
    if r == 0:
        pc = make_uk_pc(rng)
        lab = "postcode"
    elif r == 1:
        pc = make_eircode(rng)
        lab = "eircode"
    else:
        pc = rdig(rng, 5, True) + ("-" + rdig(rng, 4) if rng.random() < 0.3 else "")
        lab = "zip code"
    canon = pc.replace(" ", "").replace("-", "")
    if rng.random() < 0.5:
        c.a("What's your %s?" % lab)
        c.c(V(pick(rng, [pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE", canon),
            pick(rng, ["", " - is there an outage", " thanks"]))
        c.note = "chat/utilities: %s typed" % lab
    else:
        c.a("can i take your %s to check for faults in the area" % lab)
        if r == 2:
            txt = sp.digits(pc.replace("-", ""), uk=False)
        else:
            txt = pc_spoken(sp, pc, 0.5)
        c.c(pick(rng, ["it's ", "", "yeah it's "]), V(txt, "POSTCODE", canon))
        c.a("thanks there's a fault in your area due to be fixed by six pm")
        c.note = "call/telecom: %s spoken" % lab
    return c


def pos_two(rng, sp, cs):
    """Two values in one customer turn, call transcripts with digits or words."""
    c = Case("positive", "")
    mode = rng.randrange(4)
    if mode == 0:
        local, dom = make_email(rng)
        canon = email_typed(local, dom)
        kind = pick(rng, ["ukmob", "iemob"])
        num = phone_value(rng, kind)
        c.a("can i update your contact details while i have you")
        c.c("yeah the email is ", V(email_spoken(sp, local, dom), "EMAIL", canon),
            " and the mobile's ", V(sp.digits(num), "PHONE", num))
        c.note = "call/telecom: spoken email and mobile in one turn"
    elif mode == 1:
        y, m, d = dob_value(rng)
        pc = pick(rng, [make_uk_pc(rng), make_eircode(rng)])
        c.a("so i can find you can i have your date of birth and postcode")
        c.c(V(dob_spoken(sp, y, m, d), "DOB", (y, m, d)), " and it's ", V(pc_spoken(sp, pc, 0.4), "POSTCODE", pc.replace(" ", "")))
        c.note = "call/insurance: DOB and postcode/eircode in the same turn"
    elif mode == 2:
        num = phone_value(rng, "ukmob")
        ni = make_ni(rng)
        c.a("just for security can i take your national insurance number and the phone number we have on file")
        c.c("NI is ", V("%s %s %s %s %s" % (ni[:2].lower(), ni[2:4], ni[4:6], ni[6:8], ni[8].lower()), "NI_NUMBER", ni),
            " and phone ", V("%s %s" % (num[:5], num[5:]), "PHONE", num))
        c.note = "call/government: ASR wrote NI and phone as digits in one turn"
    else:
        sc, ac = make_sort(rng), rdig(rng, 8)
        c.a("what's the account you want the refund paid into")
        c.c("um its ", V("%s %s %s" % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE", sc), " and then ",
            V(ac, "BANK_ACCOUNT", ac), " it's a halifax account")
        c.note = "call/retail: ASR wrote sort code and account as digits"
    c.a("perfect that's all updated thanks for your patience")
    return c


def pos_mixed(rng, sp, cs):
    """A longer utilities/insurance call with several types and non-PII numbers."""
    c = Case("positive", "")
    ni = make_ni(rng)
    num, brand = make_card(rng, pick(rng, ["visa", "mc"]))
    pc = make_uk_pc(rng)
    mob = phone_value(rng, "ukmob")
    n, street = addr_value(rng)
    c.a("brightwave energy you're through to %s can i take your customer number" % pick(rng, FIRST))
    c.c("yeah it's %s" % sp.digits(rdig(rng, 8, True)))
    c.a("and the first line of the address and postcode")
    c.c(V(addr_spoken(sp, n, street), "ADDRESS", "%d %s" % (n, street)), " ", V(pc_spoken(sp, pc, 0.2), "POSTCODE", pc.replace(" ", "")))
    c.a("thanks and for security your national insurance number")
    c.c(V(ni_spoken(sp, ni), "NI_NUMBER", ni))
    c.a("lovely so the bill is %d pounds %d for %d kilowatt hours" % (rng.randint(60, 300), rng.randint(1, 99), rng.randint(200, 900)))
    c.c("can i pay that now on my card")
    c.a("of course go ahead")
    c.c(V(card_spoken(sp, num), "CARD_NUMBER", num))
    c.a("expiry")
    em, ey = rng.randint(1, 12), rng.randint(26, 30)
    c.c(V(sp.pair("%02d" % em) + " " + sp.pair("%02d" % ey), "EXPIRY", "%02d%02d" % (em, ey)))
    c.a("and the three digits")
    cvv = rdig(rng, 3)
    c.c(V(sp.digits(cvv), "CVV", cvv))
    c.a("and a mobile for the receipt")
    c.c(V(sp.digits(mob), "PHONE", mob))
    c.a("done your reference is %s" % sp.digits(rdig(rng, 6)))
    c.note = "call/utilities: long call mixing address, postcode, NI, card, expiry, cvv, phone with customer number, kWh and reference (not PII)"
    return c


# ---------------------------------------------------------------- negatives
def neg_cases(rng, sp):
    T = []

    def ref(n):
        return "".join(rng.choice("ABCDEFHJKLMNPRSTUVWXYZ") for _ in range(n))

    T.append(lambda: [("agent", "your policy number is %s %s %s" % (ref(2), sp.digits(rdig(rng, 4)), sp.digits(rdig(rng, 4)))),
                      ("customer", "right i'll write that down")])
    T.append(lambda: [("customer", "my customer number is %s" % rdig(rng, 8, True)),
                      ("agent", "thanks I can see the account, the balance is £%d.%02d" % (rng.randint(10, 999), rng.randint(0, 99)))])
    T.append(lambda: [("agent", "can i take your meter reading"),
                      ("customer", "it says %s" % sp.digits(rdig(rng, 5))),
                      ("agent", "thanks that's %d units more than last quarter" % rng.randint(100, 900))])
    T.append(lambda: [("customer", "booking reference %s for the %s of %s" % (ref(6), sfx(rng.randint(1, 28)), pick(rng, MONTHS).title())),
                      ("agent", "Thanks, departure is at %d:%02d from gate %d" % (rng.randint(6, 21), rng.choice([5, 15, 30, 45]), rng.randint(1, 40)))])
    T.append(lambda: [("agent", "the total comes to %s pounds %s" % (sp.pair(str(rng.randint(20, 99))), sp.pair(str(rng.randint(10, 99))))),
                      ("customer", "and that's including the %d percent discount" % rng.choice([10, 15, 20, 25]))])
    T.append(lambda: [("customer", "flight %s %s was delayed %s hours" % (pick(rng, ["ei", "fr", "ba", "ryanair"]), sp.digits(rdig(rng, 3, True)), sp.number(rng.randint(2, 9)))),
                      ("agent", "i'm sorry about that you're entitled to two hundred and fifty euro compensation")])
    T.append(lambda: [("customer", "the claim number is CLM-%s" % rdig(rng, 7, True)),
                      ("agent", "Thanks. The excess on that claim is £%d." % rng.choice([100, 250, 350, 500]))])
    T.append(lambda: [("customer", "invoice number %s" % sp.digits(rdig(rng, 7, True))),
                      ("agent", "yep that was issued on the %s of %s for %d euro" % (sp.ordinal(rng.randint(1, 28)), pick(rng, MONTHS), rng.randint(40, 400)))])
    T.append(lambda: [("agent", "your appointment is on the %s of %s at %s thirty" % (sp.ordinal(rng.randint(1, 28)), pick(rng, MONTHS), sp.number(rng.randint(1, 11)))),
                      ("customer", "great can i bring my son he's %s" % sp.number(rng.randint(4, 17)))])
    T.append(lambda: [("customer", "I'm in room %d and the heating's been off since %d:%02d" % (rng.randint(101, 450), rng.randint(1, 11), rng.choice([0, 15, 30]))),
                      ("agent", "Sorry about that, it's %d degrees outside too" % rng.randint(-2, 8))])
    T.append(lambda: [("customer", "the router model is %s-%d and the light is flashing" % (pick(rng, ["HG", "VR", "TP"]), rng.randint(100, 9999))),
                      ("agent", "okay your line speed is showing %s megabits" % sp.number(rng.randint(10, 80)))])
    T.append(lambda: [("agent", "your contract started on the %s of %s twenty %s and runs for %s months" % (sp.ordinal(rng.randint(1, 28)), pick(rng, MONTHS), sp.number(rng.randint(20, 25)), sp.number(rng.choice([12, 18, 24])))),
                      ("customer", "so i've got about %s months left" % sp.number(rng.randint(2, 11)))])
    T.append(lambda: [("customer", "ticket number %s" % sp.digits(rdig(rng, 6, True))),
                      ("agent", "thanks that's been open for %s days" % sp.number(rng.randint(2, 30)))])
    T.append(lambda: [("agent", "the account balance is %s thousand %s hundred and %s pounds" % (sp.number(rng.randint(1, 9)), sp.number(rng.randint(1, 9)), sp.number(rng.randint(10, 99)))),
                      ("customer", "that's more than i thought")])
    T.append(lambda: [("customer", "order #%s hasn't arrived, it's been %d days" % (rdig(rng, 9, True), rng.randint(5, 21))),
                      ("agent", "Sorry! It shows as dispatched on %d/%d via courier." % (rng.randint(1, 28), rng.randint(1, 12)))])
    T.append(lambda: [("customer", "i paid %s euro on the %s and another %s on the %s" % (sp.number(rng.randint(20, 99)), sp.ordinal(rng.randint(1, 14)), sp.number(rng.randint(20, 99)), sp.ordinal(rng.randint(15, 28)))),
                      ("agent", "yes both payments are showing")])
    T.append(lambda: [("agent", "your reference number is %s" % sp.digits(rdig(rng, 8, True))),
                      ("customer", "got it thanks")])
    T.append(lambda: [("customer", "Membership no. %s, I joined in %d" % (rdig(rng, 7, True), rng.randint(1995, 2022))),
                      ("agent", "Thanks, you have %d loyalty points." % rng.randint(100, 9000))])
    T.append(lambda: [("agent", "the call will take about %s minutes and costs %s pence per minute" % (sp.number(rng.randint(5, 30)), sp.number(rng.randint(5, 65)))),
                      ("customer", "that's fine")])
    T.append(lambda: [("customer", "i was doing %s in a %s zone apparently" % (sp.number(rng.randint(35, 48)), sp.number(30))),
                      ("agent", "the fixed penalty is a hundred pounds and three points")])
    T.append(lambda: [("customer", "the boiler's a %s %s and it's about %s years old" % (pick(rng, ["worcester", "baxi", "vaillant"]), sp.digits(rdig(rng, 2, True)) + " " + "cdi", sp.number(rng.randint(3, 15)))),
                      ("agent", "an engineer can come out on the %s between %s and %s" % (sp.ordinal(rng.randint(1, 28)), sp.number(8), sp.number(12)))])
    T.append(lambda: [("customer", "my tax code is 1257L and i earn about £%d,%03d a year" % (rng.randint(18, 60), rng.randint(0, 999))),
                      ("agent", "Thanks. Your P60 for %d shows the same." % rng.randint(2019, 2025))])
    T.append(lambda: [("agent", "it's case reference %s%s" % (ref(3), rdig(rng, 6, True))),
                      ("customer", "ok and when will it be reviewed")])
    T.append(lambda: [("customer", "the parcel weighs %s point %s kilos and it's %s by %s centimetres" % (sp.number(rng.randint(1, 20)), sp.number(rng.randint(1, 9)), sp.number(rng.randint(20, 60)), sp.number(rng.randint(10, 40)))),
                      ("agent", "that'll be %s ninety nine" % sp.number(rng.randint(5, 15)))])
    T.append(lambda: [("customer", "vehicle reg is %s%s %s" % (ref(2), rdig(rng, 2, True), ref(3))),
                      ("agent", "Thanks, the renewal premium is £%d.%02d for 12 months." % (rng.randint(200, 900), rng.randint(0, 99)))])
    T.append(lambda: [("agent", "please hold you're number %s in the queue and the wait is about %s minutes" % (sp.number(rng.randint(2, 15)), sp.number(rng.randint(5, 40)))),
                      ("customer", "okay")])
    T.append(lambda: [("customer", "prescription number %s, it was %s fifty" % (rdig(rng, 8, True), sp.number(rng.randint(10, 90)))),
                      ("agent", "Your statement dated %d %s %d shows it as paid." % (rng.randint(1, 28), pick(rng, MONTHS).title(), rng.randint(2023, 2026)))])
    T.append(lambda: [("agent", "our office opening hours are nine to five thirty monday to friday and %s to one on saturday" % sp.number(10)),
                      ("customer", "grand i'll ring back on the %s" % sp.ordinal(rng.randint(2, 28)))])
    T.append(lambda: [("customer", "sorry i thought i had the letter here but i can't find it, can you look me up another way?"),
                      ("agent", "no bother whenever you're ready")])
    T.append(lambda: [("customer", "my mam is %s and she's on the two hundred and %s euro a week pension" % (sp.number(rng.randint(70, 95)), sp.number(rng.randint(20, 99)))),
                      ("agent", "okay and is the household budget plan still twenty percent off")])
    T.append(lambda: [("agent", "your data usage this month is %s point %s gigabytes out of %s" % (sp.number(rng.randint(1, 60)), sp.number(rng.randint(1, 9)), sp.number(rng.choice([20, 50, 80])))),
                      ("customer", "and my bill will be %s ninety nine still" % sp.number(rng.randint(10, 45)))])
    T.append(lambda: [("customer", "Quote ref Q-%s for the %d bed semi, built %d" % (rdig(rng, 6, True), rng.randint(2, 5), rng.randint(1930, 2015))),
                      ("agent", "Thanks. Buildings cover is £%d,000 and the premium £%d/month." % (rng.randint(150, 450), rng.randint(14, 60)))])
    T.append(lambda: [("customer", "i was on hold for %s minutes yesterday at %s o'clock" % (sp.number(rng.randint(20, 59)), sp.number(rng.randint(1, 12)))),
                      ("agent", "i'm really sorry i'll add %s euro credit to the account" % sp.number(rng.choice([10, 15, 20, 25])))])
    T.append(lambda: [("customer", "the %s bus was %s minutes late and i missed the %s fifteen train" % (sp.number(rng.randint(11, 99)), sp.number(rng.randint(10, 40)), sp.number(rng.randint(1, 12)))),
                      ("agent", "okay and was that on the %s" % sp.ordinal(rng.randint(1, 28)))])
    T.append(lambda: [("customer", "council tax account reference %s, we're band %s" % (rdig(rng, 10, True), pick(rng, "ABCDE"))),
                      ("agent", "Thanks, this year's charge is £%d,%03d over 10 instalments." % (rng.randint(1, 2), rng.randint(0, 999)))])
    T.append(lambda: [("agent", "the fare is %s euro %s and the crossing takes %s hours %s minutes" % (sp.number(rng.randint(30, 99)), sp.number(rng.randint(10, 99)), sp.number(rng.randint(2, 9)), sp.number(rng.randint(10, 55)))),
                      ("customer", "and we've two adults %s kids and a car" % sp.number(rng.randint(1, 4)))])
    out = []
    idx = 0
    while len(out) < 124:
        f = T[idx % len(T)]
        turns = f()
        out.append(turns)
        idx += 1
    return out, len(T)


NEG_NOTES = ["policy number spoken with its name", "8-digit customer number typed with its name + balance",
             "spoken 5-digit meter reading and units", "booking reference, travel date, time and gate",
             "spoken price and percentage", "flight number, delay duration, compensation",
             "claim number and excess", "spoken invoice number and invoice date",
             "appointment date and child's age", "room number, time, temperature",
             "router model number and line speed", "contract start date and duration",
             "spoken ticket number and day count", "spoken account balance in thousands",
             "9-digit order number with order word, dispatch date", "payment amounts and payment dates",
             "spoken 8-digit reference number with its name", "membership number, join year, points",
             "call duration and per-minute price", "speed and speed limit",
             "boiler model and age, engineer slot", "tax code and salary",
             "case reference alphanumeric", "weights and dimensions, price",
             "vehicle registration and premium", "queue position and wait time",
             "prescription number and statement date", "opening hours and a callback date",
             "false start with no number given", "age and pension amount",
             "data usage and bill amount", "quote reference, bedrooms, build year, cover amounts",
             "hold time, clock time, credit amount", "bus route, lateness, train time",
             "10-digit council tax reference with its name and tax band", "ferry fare, crossing time, passenger counts"]
NEG_CH = ["call", "chat", "call", "chat", "call", "call", "chat", "call", "call", "chat", "call",
          "call", "call", "call", "chat", "call", "call", "chat", "call", "call", "call", "chat",
          "chat", "call", "chat", "call", "chat", "call", "call", "call", "call", "chat", "call", "call", "chat", "call"]
NEG_IND = ["insurance", "utilities", "utilities", "travel", "retail", "travel", "insurance",
           "utilities", "healthcare billing", "travel", "telecom", "telecom", "telecom", "banking",
           "retail", "utilities", "government", "retail", "telecom", "government", "utilities",
           "government", "government", "retail", "insurance", "banking", "healthcare billing",
           "banking", "banking", "government", "telecom", "insurance", "telecom", "travel", "government", "travel"]


# ---------------------------------------------------------------- build
def build():
    rng = random.Random(SEED)
    sp = Speaker(rng)
    plan = ([pos_card_call] * 22 + [pos_card_chat] * 16 + [pos_ni] * 34 + [pos_ssn] * 30 +
            [pos_bank] * 18 + [pos_iban] * 14 + [pos_phone] * 18 + [pos_email] * 15 +
            [pos_dob] * 12 + [pos_address] * 16 + [pos_postcode] * 10 + [pos_mixed] * 6 + [pos_two] * 14)
    rng.shuffle(plan)
    positives = []
    metas = []
    for f in plan:
        case = None
        while case is None:
            case = f(rng, sp, None)
        positives.append(case)
    negs, ntemp = neg_cases(rng, sp)
    lines = []
    metas = []
    for i, c in enumerate(positives, 1):
        obj = {"id": "%s-pos-%03d" % (PREFIX, i), "kind": "positive", "turns": c.turns,
               "spans": c.spans, "note": c.note}
        lines.append(json.dumps(obj, ensure_ascii=False))
        metas.append((obj, c.groups))
    for i, turns in enumerate(negs, 1):
        k = (i - 1) % ntemp
        obj = {"id": "%s-neg-%03d" % (PREFIX, i), "kind": "negative",
               "turns": [{"speaker": s, "text": t} for s, t in turns], "spans": [],
               "note": "%s/%s: %s" % (NEG_CH[k], NEG_IND[k], NEG_NOTES[k])}
        lines.append(json.dumps(obj, ensure_ascii=False))
        metas.append((obj, {}))
    return "\n".join(lines) + "\n", metas


# ---------------------------------------------------------------- validation
def validate_group(typ, canon, texts):
    """Return error string or None."""
    if typ == "EMAIL":
        got = "".join(norm_email(t) for t in texts)
        if not EMAIL_RE.fullmatch(got):
            return "bad email %r" % got
        if canon and got != canon.lower():
            return "email mismatch %r vs %r" % (got, canon)
        return None
    if typ == "ADDRESS":
        t = " ".join(texts).lower()
        if not t.rstrip().endswith(STREET_SUFFIX) or not re.search(r"\d|" + "|".join(UNITS[1:] + list(TEENS) + list(TENS)), t):
            return "bad address %r" % t
        return None
    parts = [norm_spoken(t) for t in texts]
    if any(p is None for p in parts):
        return "cannot normalise %r" % (texts,)
    got = "".join(parts)
    if canon is None:  # partial/aborted reading or label-only value: light shape check
        if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE") and not got.isdigit():
            return "non-digit partial %r" % got
        if typ == "EXPIRY" and not (got.isdigit() and 3 <= len(got) <= 6 and 1 <= int(got[:2] if len(got) in (4, 6) else got[:1]) <= 12):
            return "bad expiry %r" % got
        return None
    if typ == "CARD_NUMBER":
        ok = got == canon and 13 <= len(got) <= 19 and luhn_ok(got)
    elif typ == "CVV":
        ok = got == canon and len(got) in (3, 4)
    elif typ == "EXPIRY":
        ok = got in (canon, canon[:2] + "20" + canon[2:]) and 1 <= int(canon[:2]) <= 12
    elif typ == "SSN":
        ok = got == canon and len(got) == 9 and got.isdigit()
    elif typ == "NI_NUMBER":
        ok = got == canon and bool(NI_RE.fullmatch(got))
    elif typ == "BANK_ACCOUNT":
        ok = got == canon and got.isdigit() and 6 <= len(got) <= 12
    elif typ == "SORT_CODE":
        ok = got == canon and got.isdigit() and len(got) == 6
    elif typ == "IBAN":
        ok = got == canon and iban_ok(got)
    elif typ == "PHONE":
        g2 = got
        if g2.startswith("440"):
            g2 = g2[2:]
        elif g2.startswith("44") and canon.startswith("0"):
            g2 = "0" + g2[2:]
        elif g2.startswith("0044"):
            g2 = "0" + g2[4:]
        elif g2.startswith("00353"):
            g2 = "0" + g2[5:]
        elif g2.startswith("353"):
            g2 = "0" + g2[3:]
        elif g2.startswith("440"):
            g2 = g2[2:]
        elif len(g2) == 11 and g2.startswith("1") and len(canon) == 10:
            g2 = g2[1:]
        ok = g2 == canon and 9 <= len(canon) <= 11
        if not ok:
            return "phone mismatch %r vs %r" % (got, canon)
    elif typ == "POSTCODE":
        ok = got == canon and bool(UK_PC_RE.fullmatch(got) or EIR_RE.fullmatch(got) or ZIP_RE.fullmatch(got))
    elif typ == "DOB":
        y, m, d = canon
        ok = got.isdigit() and (str(y) in got or got.endswith("%02d" % (y % 100))) and 6 <= len(got) <= 8
    else:
        return "unknown type"
    return None if ok else "%s invalid: %r (canon %r)" % (typ, got, canon)


def check(text, metas):
    errors = []
    ids = set()
    counts = Counter()
    kinds = Counter()
    for obj, groups in metas:
        cid = obj["id"]
        if cid in ids:
            errors.append("duplicate id " + cid)
        ids.add(cid)
        kinds[obj["kind"]] += 1
        if obj["kind"] == "negative" and obj["spans"]:
            errors.append(cid + ": negative with spans")
        if obj["kind"] == "positive" and not obj["spans"]:
            errors.append(cid + ": positive without spans")
        for t in obj["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errors.append(cid + ": bad turn")
        by_turn = {}
        for s in obj["spans"]:
            if s["type"] not in TYPES:
                errors.append(cid + ": bad type")
                continue
            counts[s["type"]] += 1
            if not (0 <= s["turn"] < len(obj["turns"])):
                errors.append(cid + ": turn out of range")
                continue
            tx = obj["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(tx)):
                errors.append(cid + ": offsets out of range")
                continue
            if st > 0 and tx[st - 1].isalnum() or en < len(tx) and tx[en].isalnum():
                errors.append("%s: span not on word boundary %r" % (cid, tx[max(0, st - 3):en + 3]))
            seg = tx[st:en]
            if seg != seg.strip() or not seg[0].isalnum() and seg[0] != "+" and seg[0] != "(" or not seg[-1].isalnum():
                errors.append("%s: span edges %r" % (cid, seg))
            by_turn.setdefault(s["turn"], []).append((st, en))
        for ti, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errors.append(cid + ": overlapping spans")
        covered = set()
        for key, (typ, canon, idxs) in groups.items():
            texts = []
            for i in idxs:
                s = obj["spans"][i]
                covered.add(i)
                if s["type"] != typ:
                    errors.append(cid + ": group type mismatch")
                texts.append(obj["turns"][s["turn"]]["text"][s["start"]:s["end"]])
            e = validate_group(typ, canon, texts)
            if e:
                errors.append("%s: %s" % (cid, e))
        if len(covered) != len(obj["spans"]):
            errors.append(cid + ": span without validation group")
        # negatives: no long digit strings that look like card/phone
        if obj["kind"] == "negative":
            for t in obj["turns"]:
                if re.search(r"\d{11,}", t["text"]):
                    errors.append(cid + ": long digit run in negative")
    return errors, counts, kinds


def readme(counts, kinds):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# pii_holdout110 - held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data its authors have not looked at. Do not add its cases to training or
unit-test data, and do not adjust patterns after looking at failures here.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
not read the redaction code, its tests, its docs, the benchmark or any other
PII fixture; the only data it saw was a three-line example of the JSONL format.
Cases are produced by `scripts/make_pii_holdout110.py` from template functions:
every turn is assembled from plain-text segments and (value, TYPE) segments,
so offsets are computed, never typed by hand. All values come from one
`random.Random(%d)`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout110.py --check` regenerates the file, compares
it byte-for-byte, checks ids, offsets, word boundaries, overlaps, and
validates every value after normalising spoken forms (Luhn, mod-97, NI shape,
SSN/sort code/CVV/account/phone digit counts, UK postcode / Eircode / ZIP
shapes, e-mail shape, DOB year).

Emphasis: UK and Irish contact centres (NI numbers typed and spoken in many
ways, sort codes and account numbers, UK/IE phone forms, UK postcodes and
Irish Eircodes, street addresses, card payments by phone), plus US SSNs and
ZIP codes, EU IBANs. Both chat (typed) and call (ASR-style: lower case,
numbers as words, "oh"/"o"/"nought"/"zero", "double"/"triple", pairs like
"forty one", letters "b for bravo", homophones "to"/"too"/"ate", fillers,
values split across turns with agent back-channels, agent read-backs,
self-corrections).

## Annotation conventions

* A span covers the value only: the digits/letters and the separators or
  number words between them (including "double", "triple", "for bravo",
  fillers such as "um" *inside* a reading, "slash" inside an expiry, "dot"/"at"
  in a spoken e-mail). Lead-ins ("it's", "my card number is") and trailing
  remarks are outside.
* A value split across turns gets one span per turn, all of the same type.
  An aborted partial reading before a self-correction is labelled too, with
  the same type (its digits are still sensitive).
* "card ending 1234" (last four digits of a card) is labelled CARD_NUMBER.
* Agent read-backs are labelled like customer readings.
* ADDRESS = house/flat number through the street type word ("flat two
  twenty seven kings road"); town and postcode are not inside it. Postcodes,
  Eircodes and ZIP codes are separate POSTCODE spans.
* Irish Eircodes are labelled POSTCODE.
* DOB covers the whole date (day, month, year), "the" / "of" included when
  inside the date; other dates (appointments, payments) are not labelled.
* Phone spans include "+44", "plus four four", brackets around area codes.
* Non-PII numbers in positive cases (amounts, customer numbers, references,
  meter readings, kWh, tax codes, member ids) are deliberately unlabelled.

## Counts

Cases: %d positive, %d negative.

| type | spans |
|---|---|
%s
""" % (SEED, kinds["positive"], kinds["negative"], rows)


def main():
    text, metas = build()
    errors, counts, kinds = check(text, metas)
    rd = readme(counts, kinds)
    if "--check" in sys.argv[1:]:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errors.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errors.append("README.md differs from regenerated output")
        for n, line in enumerate(CASES.read_text(encoding="utf-8").splitlines() if CASES.exists() else [], 1):
            try:
                json.loads(line)
            except ValueError as exc:
                errors.append("cases.jsonl line %d is not valid JSON: %s" % (n, exc))
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("cases: %d positive, %d negative" % (kinds["positive"], kinds["negative"]))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    minimum = {t: 12 for t in TYPES}
    minimum.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
    for t, m in minimum.items():
        if counts[t] < m:
            errors.append("too few %s spans: %d < %d" % (t, counts[t], m))
    if kinds["positive"] < 170 or kinds["negative"] < 100:
        errors.append("too few cases")
    if errors:
        print("PROBLEMS (%d):" % len(errors))
        for e in errors[:80]:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

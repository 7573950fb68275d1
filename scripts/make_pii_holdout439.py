#!/usr/bin/env python3
"""Generate the pii_holdout439 held-out PII redaction evaluation set.

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.

Usage:
    python scripts/make_pii_holdout439.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout439.py --check  # regenerate + verify
"""
import json
import os
import re
import sys
from collections import Counter

import random

SEED = 439241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout439")
OUT_FILE = os.path.join(OUT_DIR, "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- vocab
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
         "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6,
        "seventy": 7, "eighty": 8, "ninety": 9}
TENS_BY_D = {v: k for k, v in TENS.items()}
ZERO_WORDS = {"zero", "oh", "o", "nought", "nil"}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "like"}
SEPWORDS = {"dash", "hyphen", "space", "slash", "and", "then"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D",
        "echo": "E", "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I",
        "juliet": "J", "juliett": "J", "kilo": "K", "lima": "L", "mike": "M",
        "november": "N", "oscar": "O", "papa": "P", "quebec": "Q",
        "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "whisky": "W", "xray": "X",
        "yankee": "Y", "zulu": "Z"}
NATO_BY_L = {}
for _w, _l in NATO.items():
    NATO_BY_L.setdefault(_l, _w)
INFORMAL_SPELL = {"A": "apple", "B": "bertie", "C": "charlie", "D": "david",
                  "E": "edward", "F": "freddie", "G": "george", "H": "harry",
                  "J": "jack", "K": "king", "L": "london", "M": "mother",
                  "N": "nellie", "P": "peter", "R": "robert", "S": "sugar",
                  "T": "tommy", "W": "william", "X": "xmas", "Y": "yellow",
                  "Z": "zebra"}
INFORMAL = {v: k for k, v in INFORMAL_SPELL.items()}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MON_ABBR = [m[:3] for m in MONTHS]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh",
       "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
       "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
       "nineteenth", "twentieth"]


def ordinal_words(n):
    if n <= 20:
        return ORD[n - 1]
    if n == 30:
        return "thirtieth"
    t, u = divmod(n, 10)
    return TENS_BY_D[t] + " " + ORD[u - 1]


def ordinal_suffix(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def num_words(n):
    """0..999 in plain British words."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS_BY_D[t] + ("" if u == 0 else " " + UNITS[u])
    h, r = divmod(n, 100)
    return UNITS[h] + " hundred" + ("" if r == 0 else " and " + num_words(r))


def year_words(y, rng):
    if 2000 <= y <= 2009:
        return rng.choice(["two thousand and ", "two thousand "]) + UNITS[y - 2000] if y != 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    if lo == 0:
        return num_words(hi) + " hundred"
    if lo < 10:
        return num_words(hi) + " " + rng.choice(["oh", "o"]) + " " + UNITS[lo]
    return num_words(hi) + " " + num_words(lo)


# ---------------------------------------------------------------- validators
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix_body):
    for c in "0123456789":
        if luhn_ok(prefix_body + c):
            return prefix_body + c
    raise AssertionError


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
ZIP_RE = re.compile(r"\d{5}(\d{4})?")
EMAIL_RE = re.compile(r"[a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+")
STREET_SUFFIX = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln",
                 "close", "drive", "dr", "way", "crescent", "terrace", "place",
                 "court", "gardens", "grove", "boulevard", "blvd", "parade",
                 "row", "hill", "walk", "square", "mews", "green", "park"}


def tokens(text):
    return re.findall(r"[a-z]+|\d+", text.lower())


class NormError(Exception):
    pass


def spoken_norm(text, mode):
    """Normalise a typed or spoken reading.  mode: digits | alnum."""
    toks = tokens(text)
    out = []
    i = 0
    n = len(toks)

    def unit_at(j):
        if j < n and toks[j] in UNITS[1:]:
            return UNITS.index(toks[j])
        return None

    def zero_or_unit(j):
        if j < n and toks[j] in ZERO_WORDS:
            return 0
        return unit_at(j)

    def group_after_and(j):
        # parse a 1..99 number starting at j; returns (value, next_j)
        t = toks[j]
        if t in TEENS:
            return TEENS.index(t) + 10, j + 1
        if t in TENS:
            u = unit_at(j + 1)
            if u is not None:
                return TENS[t] * 10 + u, j + 2
            return TENS[t] * 10, j + 1
        u = unit_at(j)
        if u is not None:
            return u, j + 1
        raise NormError("bad group after hundred and: %r" % text)

    while i < n:
        t = toks[i]
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in FILLERS or t in SEPWORDS or t in ("plus", "the"):
            i += 1
            continue
        # letter with "for"/"as in" spelling
        if mode == "alnum" and len(t) == 1 and i + 1 < n and toks[i + 1] in ("for", "as"):
            j = i + 2
            if j < n and toks[j] == "in":
                j += 1
            if j < n and (toks[j] in NATO or toks[j] in INFORMAL):
                out.append(t.upper())
                i = j + 1
                continue
        if mode == "alnum" and t in NATO:
            out.append(NATO[t])
            i += 1
            continue
        d = zero_or_unit(i)
        if d is not None:
            if i + 1 < n and toks[i + 1] == "hundred":
                if i + 2 < n and toks[i + 2] == "and":
                    v, j = group_after_and(i + 3)
                    out.append("%d%02d" % (d, v))
                    i = j
                else:
                    out.append("%d00" % d)
                    i += 2
                continue
            out.append(str(d))
            i += 1
            continue
        if t in ("double", "triple"):
            d = zero_or_unit(i + 1)
            if d is None:
                raise NormError("double without digit: %r" % text)
            out.append(str(d) * (2 if t == "double" else 3))
            i += 2
            continue
        if t in TEENS:
            out.append(str(TEENS.index(t) + 10))
            i += 1
            continue
        if t in TENS:
            u = unit_at(i + 1)
            if u is not None:
                out.append(str(TENS[t] * 10 + u))
                i += 2
            else:
                out.append(str(TENS[t] * 10))
                i += 1
            continue
        if mode == "alnum" and t.isalpha():
            out.append(t.upper())
            i += 1
            continue
        raise NormError("unexpected token %r in %r" % (t, text))
    return "".join(out)


def email_norm(text):
    toks = re.findall(r"[a-z0-9]+|[@._\-+]", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in ("dot", "period", "full"):
            out.append(".")
            if t == "full" and i + 1 < len(toks) and toks[i + 1] == "stop":
                i += 1
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in FILLERS:
            pass
        elif t in UNITS and t not in ("o",):
            out.append(str(UNITS.index(t)))
        elif t in TEENS:
            out.append(str(TEENS.index(t) + 10))
        elif t in TENS:
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                out.append(str(TENS[t] * 10 + UNITS.index(toks[i + 1])))
                i += 1
            else:
                out.append(str(TENS[t] * 10))
        elif len(t) == 1 and i + 1 < len(toks) and toks[i + 1] == "for" and i + 2 < len(toks) and toks[i + 2] in NATO:
            out.append(t)
            i += 2
        else:
            out.append(t)
        i += 1
    return "".join(out)


DATE_NUM_RE = re.compile(r"\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*(\d{2}|\d{4})")
ISO_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
YEARISH = {"nineteen", "two", "thousand", "eighty", "seventy", "sixty", "ninety", "fifty"}


def has_month(toks):
    return any(t in MONTHS or t in MON_ABBR or t == "sept" for t in toks)


def dob_ok(text):
    low = text.lower().strip()
    if DATE_NUM_RE.fullmatch(low) or ISO_RE.fullmatch(low):
        return True
    toks = tokens(low)
    yearish = any((t.isdigit() and len(t) in (2, 4)) or t in YEARISH for t in toks)
    if has_month(toks) and yearish:
        return True
    if "of" in toks and yearish and any(t.endswith(("st", "nd", "rd", "th")) for t in toks):
        return True
    try:
        d = spoken_norm(low, "digits")
        return len(d) in (6, 8)
    except NormError:
        return False


def expiry_ok(text):
    low = text.lower().strip()
    m = re.fullmatch(r"(\d{1,2})\s*[/\-. ]\s*(\d{2}|\d{4})", low)
    if m:
        return 1 <= int(m.group(1)) <= 12
    toks = tokens(low)
    if has_month(toks):
        return True
    try:
        d = spoken_norm(low, "digits")
    except NormError:
        return False
    if len(d) == 4:
        return 1 <= int(d[:2]) <= 12
    if len(d) == 3:
        return 1 <= int(d[0]) <= 9
    if len(d) == 6:
        return 1 <= int(d[:2]) <= 12
    return False


def address_ok(text):
    toks = tokens(text)
    if len(toks) < 2:
        return False
    first = toks[0]
    numberish = (first.isdigit() or first in UNITS or first in TEENS or first in TENS
                 or first in ("flat", "apartment", "apt", "unit", "a"))
    last = toks[-1]
    return numberish and last in STREET_SUFFIX


def check_group(typ, parts, canon, partial):
    """parts: list of span texts making up one value.  Returns error or None."""
    text = " ".join(parts)
    try:
        if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
            d = spoken_norm(text, "digits")
            if not d.isdigit():
                return "non-digit %r" % d
            if partial:
                return None if canon.startswith(d) or d in canon else "partial %r not in %r" % (d, canon)
            if d != canon:
                return "norm %r != canon %r" % (d, canon)
            if typ == "CARD_NUMBER" and not (13 <= len(d) <= 19 and luhn_ok(d)):
                return "bad card"
            if typ == "CVV" and len(d) not in (3, 4):
                return "bad cvv"
            if typ == "SSN":
                if len(d) != 9 or d[:3] in ("000", "666") or d[0] == "9" or d[3:5] == "00" or d[5:] == "0000":
                    return "bad ssn"
            if typ == "SORT_CODE" and len(d) != 6:
                return "bad sort code"
            if typ == "BANK_ACCOUNT" and not (6 <= len(d) <= 17):
                return "bad account"
            if typ == "PHONE" and not (7 <= len(d) <= 15):
                return "bad phone"
            return None
        if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
            a = spoken_norm(text, "alnum")
            if partial:
                return None if a and a in canon else "partial %r" % a
            if a != canon:
                return "norm %r != canon %r" % (a, canon)
            if typ == "NI_NUMBER" and (not NI_RE.fullmatch(a) or a[:2] in NI_BAD):
                return "bad NI"
            if typ == "IBAN" and not iban_ok(a):
                return "bad IBAN"
            if typ == "POSTCODE" and not (UKPC_RE.fullmatch(a) or ZIP_RE.fullmatch(a)):
                return "bad postcode"
            return None
        if typ == "EMAIL":
            e = email_norm(text)
            if e != canon or not EMAIL_RE.fullmatch(e):
                return "email %r vs %r" % (e, canon)
            return None
        if typ == "DOB":
            return None if dob_ok(text) else "bad dob %r" % text
        if typ == "EXPIRY":
            return None if expiry_ok(text) else "bad expiry %r" % text
        if typ == "ADDRESS":
            return None if address_ok(text) else "bad address %r" % text
    except NormError as e:
        return str(e)
    return "unknown type"


# ---------------------------------------------------------------- builder
class V(object):
    """A labelled value segment."""
    __slots__ = ("typ", "text", "group")

    def __init__(self, typ, text, group):
        self.typ, self.text, self.group = typ, text, group


class Case(object):
    def __init__(self):
        self.turns = []
        self.groups = {}  # gid -> dict(type, canon, partial)
        self.spans = []
        self._g = 0

    def value(self, typ, canon, partial=False):
        self._g += 1
        self.groups[self._g] = {"type": typ, "canon": canon, "partial": partial, "parts": []}
        return self._g

    def v(self, typ, text, canon, partial=False):
        """Convenience: a whole value in one segment."""
        return V(typ, text, self.value(typ, canon, partial))

    def say(self, speaker, *segs):
        ti = len(self.turns)
        buf = ""
        for s in segs:
            if isinstance(s, V):
                raw = s.text
                m1 = re.search(r"[A-Za-z0-9]", raw)
                m2 = re.search(r"[A-Za-z0-9][^A-Za-z0-9]*$", raw)
                start = len(buf) + m1.start()
                end = len(buf) + m2.start() + 1
                buf += raw
                self.spans.append({"turn": ti, "start": start, "end": end, "type": s.typ})
                self.groups[s.group]["parts"].append((ti, start, end))
            else:
                buf += s
        self.turns.append({"speaker": speaker, "text": buf})


# ---------------------------------------------------------------- renderers
class R(object):
    def __init__(self, rng):
        self.rng = rng

    def c(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x

    def zero(self, uk=True):
        return self.c(["oh", "oh", "zero", "nought", "o"] if uk else ["oh", "oh", "zero", "o"])

    def chunk(self, ch, uk=True, fancy=True):
        """Speak one digit chunk."""
        rng = self.rng
        if fancy and len(ch) == 2 and ch[0] == "1" and self.p(0.35):
            return TEENS[int(ch) - 10]
        if fancy and len(ch) == 2 and ch[0] not in "01" and ch[1] != "0" and self.p(0.35):
            return TENS_BY_D[int(ch[0])] + " " + UNITS[int(ch[1])]
        if fancy and len(ch) == 3 and ch[0] != "0" and self.p(0.25):
            if ch[1:] == "00":
                return UNITS[int(ch[0])] + " hundred"
            if ch[2] != "0" or ch[1] == "1":
                r = int(ch[1:])
                return UNITS[int(ch[0])] + " hundred and " + num_words(r)
        words = []
        i = 0
        while i < len(ch):
            d = ch[i]
            run = 1
            while i + run < len(ch) and ch[i + run] == d and run < 3:
                run += 1
            w = self.zero(uk) if d == "0" else UNITS[int(d)]
            if run == 3 and fancy and self.p(0.6):
                words.append("triple " + w)
                i += 3
                continue
            if run >= 2 and fancy and self.p(0.6):
                words.append("double " + w)
                i += 2
                continue
            words.append(w)
            i += 1
        return " ".join(words)

    def speak(self, digits, sizes, uk=True, fillers=0.15, fancy=True):
        parts = []
        pos = 0
        for k in sizes:
            parts.append(digits[pos:pos + k])
            pos += k
        assert pos == len(digits), (digits, sizes)
        out = []
        for i, ch in enumerate(parts):
            s = self.chunk(ch, uk, fancy)
            if i:
                sep = self.c([" ", ", ", " ", "... ", " - "])
                if self.p(fillers):
                    sep = self.c([" um ", ", uh, ", " er ", " erm ", "... um ... "])
                out.append(sep)
            out.append(s)
        return "".join(out)

    def chunks(self, digits, sizes):
        out = []
        pos = 0
        for k in sizes:
            out.append(digits[pos:pos + k])
            pos += k
        return out

    def typed_group(self, digits, sizes, seps=(" ", "-", " ", "")):
        sep = self.c(seps)
        return sep.join(self.chunks(digits, sizes))

    def letter(self, L, style):
        if L == "O" and style in ("plain", "informal"):
            style = "nato"  # a bare "o" would be heard as zero
        if style == "plain":
            return L.lower()
        if style == "nato":
            return "%s for %s" % (L.lower(), NATO_BY_L[L])
        if style == "asin":
            return "%s as in %s" % (L.lower(), NATO_BY_L[L])
        if style == "natoonly":
            return NATO_BY_L[L]
        if style == "informal" and L in INFORMAL_SPELL:
            return "%s for %s" % (L.lower(), INFORMAL_SPELL[L])
        return L.lower()


# ---------------------------------------------------------------- data
FIRST = ["james", "sarah", "mohammed", "aoife", "li", "priya", "tom", "grace",
         "daniel", "olga", "sean", "niamh", "marcus", "chloe", "kwame",
         "fatima", "lukas", "ines", "emma", "raj", "hannah", "diego", "zoe", "ben"]
LAST = ["doe", "okafor", "murphy", "kowalski", "patel", "oconnor", "nguyen",
        "smith", "garcia", "byrne", "walsh", "schmidt", "dubois", "hughes",
        "rossi", "khan", "taylor", "brennan", "jones", "lee", "evans", "fischer"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com",
           "icloud.com", "btinternet.com", "eircom.net", "gmx.de", "aol.com",
           "proton.me", "live.ie", "sky.com"]
STREETS_UK = ["Mill Lane", "Station Road", "Acacia Avenue", "Church Street",
              "Victoria Road", "Park Crescent", "Orchard Close", "Kings Way",
              "Hawthorn Drive", "Manor Gardens", "Queens Terrace", "Riverside Walk",
              "Willow Grove", "High Street", "Bridge Street", "Cedar Court"]
STREETS_US = ["Elm Street", "Maple Avenue", "Oak Drive", "Sunset Boulevard",
              "Lakeview Terrace", "Pine Street", "Washington Avenue", "Cedar Lane",
              "Hillcrest Road", "Birch Way", "Market Street", "Jefferson Place"]
STREETS_IE = ["Main Street", "Patrick Street", "Church Road", "Strand Road",
              "Castle Street", "Abbey Lane", "Fair Green"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff", "Norwich",
            "Reading", "Belfast", "Derby", "Brighton", "York", "Swansea"]
TOWNS_US = ["Austin, TX", "Columbus, Ohio", "Denver", "Portland", "Tampa, Florida",
            "Albany, New York", "Phoenix", "Raleigh"]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Dublin 8", "Athlone", "Sligo"]
PC_AREAS = ["SW", "SE", "NW", "E", "N", "W", "M", "B", "LS", "G", "EH", "CF",
            "BT", "BS", "NG", "L", "CB", "RG", "DE", "KT", "YO", "SA", "BN", "NR"]
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"

COMPANIES = {
    "banking": ["Harbour Bank", "Northway Building Society", "Keystone Credit Union", "Lenton Bank"],
    "telecom": ["Vireo Mobile", "Skyline Broadband", "TalkWave", "Emerald Telecom"],
    "utilities": ["Northgate Energy", "Brightwater Utilities", "Cedar Gas & Power", "AquaFlow Water"],
    "retail": ["Parcel & Pine", "Halloway's", "UrbanCart", "Maple Home Store"],
    "insurance": ["Shield Mutual", "Greenleaf Insurance", "Anchor Assure", "Pioneer Cover"],
    "travel": ["Skybound Airways", "Atlantic Rail", "Wanderly Travel", "Coastline Hotels"],
    "healthcare billing": ["MedBill Partners", "St Clare Patient Accounts", "CareFirst Billing"],
    "government services": ["Council Tax Services", "the Benefits Helpline", "Revenue Services", "Vehicle Licensing"],
}
INDUSTRIES = list(COMPANIES)


class Gen(object):
    def __init__(self, rng):
        self.rng = rng
        self.r = R(rng)

    # ---- raw values
    def card(self, kind=None):
        rng = self.rng
        kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
        if kind == "visa":
            body, n = "4" + "".join(rng.choice("0123456789") for _ in range(14)), 16
        elif kind == "mc":
            body = "5" + rng.choice("12345") + "".join(rng.choice("0123456789") for _ in range(13))
        elif kind == "amex":
            body = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12))
        elif kind == "disc":
            body = "6011" + "".join(rng.choice("0123456789") for _ in range(11))
        elif kind == "visa13":
            body = "4" + "".join(rng.choice("0123456789") for _ in range(11))
        else:
            body = "6759" + "".join(rng.choice("0123456789") for _ in range(14))
        return luhn_complete(body)

    def card_sizes(self, d):
        if len(d) == 16:
            return self.rng.choice([[4, 4, 4, 4], [4, 4, 4, 4], [2, 2, 4, 4, 4], [4, 4, 4, 2, 2]])
        if len(d) == 15:
            return [4, 6, 5]
        if len(d) == 13:
            return [4, 3, 3, 3]
        return [4, 4, 4, 4, 3]

    def ssn(self):
        rng = self.rng
        while True:
            a = rng.randint(1, 899)
            if a != 666:
                break
        return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))

    def ni(self):
        rng = self.rng
        first = "ABCEGHJKLMNPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            p = rng.choice(first) + rng.choice(second)
            if p not in NI_BAD:
                break
        return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")

    def sort_code(self):
        return "".join(self.rng.choice("0123456789") for _ in range(6))

    def account(self, n=8):
        return str(self.rng.randint(1, 9)) + "".join(self.rng.choice("0123456789") for _ in range(n - 1))

    def iban(self, cc=None):
        rng = self.rng
        cc = cc or rng.choice(["GB", "IE", "DE", "FR", "ES", "NL", "GB", "IE"])
        dig = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
        if cc == "GB":
            bban = rng.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL", "MONZ"]) + dig(14)
        elif cc == "IE":
            bban = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + dig(14)
        elif cc == "DE":
            bban = dig(18)
        elif cc == "FR":
            bban = dig(23)
        elif cc == "ES":
            bban = dig(20)
        else:
            bban = rng.choice(["ABNA", "RABO", "INGB", "TRIO"]) + dig(10)
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        chk = 98 - int(num) % 97
        out = cc + "%02d" % chk + bban
        assert iban_ok(out)
        return out

    def phone(self, country):
        rng = self.rng
        dig = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
        if country == "UK":
            kind = rng.choice(["mob", "mob", "london", "geo"])
            if kind == "mob":
                nat = "07" + rng.choice("3456789") + dig(8)
                return nat, nat[1:], "44", [5, 3, 3]
            if kind == "london":
                nat = "020" + rng.choice("378") + dig(7)
                return nat, nat[1:], "44", [3, 4, 4]
            nat = "01" + rng.choice("1235689") + dig(8)
            return nat, nat[1:], "44", [5, 6]
        if country == "US":
            nat = rng.choice("23456789") + dig(2) + rng.choice("23456789") + dig(6)
            return nat, nat, "1", [3, 3, 4]
        if country == "IE":
            nat = "08" + rng.choice("35679") + dig(7)
            return nat, nat[1:], "353", [3, 3, 4]
        nat = "01" + rng.choice("567") + dig(8)  # DE mobile
        return nat, nat[1:], "49", [4, 3, 4]

    def postcode(self, country):
        rng = self.rng
        if country == "US":
            z = "".join(rng.choice("0123456789") for _ in range(5))
            if z == "00000":
                z = "10001"
            return z
        a = rng.choice(PC_AREAS)
        d = str(rng.randint(1, 29))
        if a in ("SW", "EC", "W") and len(d) == 1 and rng.random() < 0.3:
            d += rng.choice("AW")
        return a + d + str(rng.randint(0, 9)) + rng.choice(PC_IN) + rng.choice(PC_IN)

    def email(self):
        rng = self.rng
        f, l = rng.choice(FIRST), rng.choice(LAST)
        style = rng.randint(0, 5)
        if style == 0:
            local = f[0] + "." + l
        elif style == 1:
            local = f + "." + l
        elif style == 2:
            local = f + "_" + l + str(rng.randint(1, 99))
        elif style == 3:
            local = f + l[0] + str(rng.randint(70, 99))
        elif style == 4:
            local = l + "." + f[0]
        else:
            local = f + "-" + l
        return local + "@" + rng.choice(DOMAINS)

    # ---- renderers that return display text
    def card_text(self, d, spoken):
        r = self.r
        if spoken:
            return r.speak(d, self.card_sizes(d), uk=self.rng.random() < 0.6)
        sizes = self.card_sizes(d) if self.rng.random() < 0.8 else self.rng.choice(
            [[len(d) // 2, len(d) - len(d) // 2], [3] + [len(d) - 3]])
        return r.typed_group(d, sizes, (" ", "-", " ", "", "  ", "."))

    def spoken_email(self, e):
        rng = self.rng
        local, dom = e.split("@")
        lw = []
        for piece in re.split(r"([._\-])", local):
            if piece == ".":
                lw.append("dot")
            elif piece == "_":
                lw.append("underscore")
            elif piece == "-":
                lw.append(rng.choice(["dash", "hyphen"]))
            elif piece.isdigit():
                lw.append(num_words(int(piece)) if int(piece) >= 10 and not piece.startswith("0") else " ".join(UNITS[int(c)] for c in piece))
            elif len(piece) == 1:
                lw.append(piece if rng.random() < 0.6 else "%s for %s" % (piece, NATO_BY_L[piece.upper()]))
            else:
                m = re.match(r"([a-z]+)(\d+)$", piece)
                if m:
                    lw.append(m.group(1))
                    lw.append(num_words(int(m.group(2))))
                else:
                    lw.append(piece)
        dw = " dot ".join(dom.split("."))
        return " ".join(lw) + " at " + dw

    def typed_email(self, e):
        rng = self.rng
        x = rng.random()
        if x < 0.25:
            return e.capitalize()
        if x < 0.35:
            return e.upper() if len(e) < 22 else e
        return e

    def ssn_text(self, s, spoken):
        if spoken:
            return self.r.speak(s, [3, 2, 4], uk=False)
        return self.r.typed_group(s, [3, 2, 4], ("-", "-", " ", "", " - "))

    def ni_text(self, n, spoken):
        rng = self.rng
        if not spoken:
            fmt = rng.randint(0, 4)
            if fmt == 0:
                t = n
            elif fmt == 1:
                t = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
            elif fmt == 2:
                t = "%s %s %s" % (n[:2], n[2:8], n[8])
            elif fmt == 3:
                t = "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
            else:
                t = n[:2] + " " + n[2:]
            x = rng.random()
            return t.lower() if x < 0.3 else (t[0] + t[1:].lower() if x < 0.4 else t)
        style = rng.choice(["plain", "plain", "nato", "asin", "informal", "natoonly"])
        L = [self.r.letter(c, style) for c in n[:2]]
        dg = self.r.speak(n[2:8], rng.choice([[2, 2, 2], [3, 3], [6]]), uk=True)
        return "%s, %s, %s, %s" % (L[0], L[1], dg, self.r.letter(n[8], style)) if rng.random() < 0.5 else \
            "%s %s %s %s" % (L[0], L[1], dg, self.r.letter(n[8], style))

    def postcode_text(self, pc, spoken):
        rng = self.rng
        if pc.isdigit():
            if spoken:
                return self.r.speak(pc, [5], uk=False, fillers=0)
            return pc
        out_, in_ = pc[:-3], pc[-3:]
        if not spoken:
            x = rng.random()
            t = out_ + ("" if x < 0.15 else " ") + in_
            return t.lower() if rng.random() < 0.25 else t
        style = rng.choice(["plain", "plain", "nato", "informal"])
        w = []
        for part in (out_, in_):
            pw = []
            for ch in part:
                pw.append(UNITS[int(ch)] if ch.isdigit() else self.r.letter(ch, style))
            w.append(" ".join(pw))
        return w[0] + self.r.c([", ", " ", "... "]) + w[1]

    def dob(self, uk=True):
        rng = self.rng
        y = rng.randint(1941, 2006)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        return d, m, y

    def dob_text(self, dmy, spoken, uk=True):
        rng = self.rng
        d, m, y = dmy
        if spoken:
            s = rng.randint(0, 4)
            if s == 0:
                return "%s of %s %s" % (ordinal_words(d), MONTHS[m - 1], year_words(y, rng))
            if s == 1:
                return "%s %s, %s" % (MONTHS[m - 1], ordinal_words(d), year_words(y, rng))
            if s == 2:
                return "the %s of the %s, %s" % (ordinal_words(d), ordinal_words(m), year_words(y, rng))
            if s == 3:
                return "%s %s %s" % (MONTHS[m - 1], num_words(d), year_words(y, rng))
            dd = "%02d%02d%02d" % ((d, m, y % 100) if uk else (m, d, y % 100))
            return self.r.speak(dd, [2, 2, 2], uk=uk, fancy=False)
        s = rng.randint(0, 5)
        if s == 0:
            return ("%02d/%02d/%d" % (d, m, y)) if uk else ("%02d/%02d/%d" % (m, d, y))
        if s == 1:
            return ("%d.%d.%02d" % (d, m, y % 100)) if uk else ("%d-%d-%d" % (m, d, y))
        if s == 2:
            return "%d %s %d" % (d, MONTHS[m - 1].capitalize()[:3], y)
        if s == 3:
            return "%s %s %d" % (MONTHS[m - 1].capitalize(), ordinal_suffix(d), y)
        if s == 4:
            return "%d-%02d-%02d" % (y, m, d)
        return "%s of %s %d" % (ordinal_suffix(d), MONTHS[m - 1], y)

    def expiry_text(self, spoken):
        rng = self.rng
        m, y = rng.randint(1, 12), rng.randint(25, 33)
        if spoken:
            s = rng.randint(0, 3)
            if s == 0:
                return "%s %s %s" % (self.r.zero() if m < 10 else "", UNITS[m] if m < 10 else num_words(m), num_words(y)) if m < 10 else "%s %s" % (num_words(m), num_words(y))
            if s == 1:
                return "%s twenty %s" % (MONTHS[m - 1], num_words(y))
            if s == 2:
                return "%s %s" % (MONTHS[m - 1], num_words(y))
            return "%s slash %s" % (self.r.speak("%02d" % m, [2], fancy=False), " ".join(UNITS[int(c)] for c in "%02d" % y))
        s = rng.randint(0, 4)
        if s == 0:
            return "%02d/%02d" % (m, y)
        if s == 1:
            return "%d/%d" % (m, 2000 + y)
        if s == 2:
            return "%02d-%02d" % (m, y)
        if s == 3:
            return "%s %d" % (MON_ABBR[m - 1].capitalize(), 2000 + y)
        return "%02d / %02d" % (m, y)

    def address(self, country, spoken):
        rng = self.rng
        streets = {"UK": STREETS_UK, "US": STREETS_US, "IE": STREETS_IE}.get(country, STREETS_UK)
        st = rng.choice(streets)
        num = rng.randint(1, 240) if country != "US" else rng.randint(10, 4999)
        flat = rng.random() < 0.3 and country != "US"
        if not spoken:
            st_t = st if rng.random() < 0.7 else st.lower()
            if st_t.endswith("Street") and rng.random() < 0.3:
                st_t = st_t[:-6] + "St"
            if st_t.endswith("Road") and rng.random() < 0.3:
                st_t = st_t[:-4] + "Rd"
            base = "%d%s %s" % (num, rng.choice(["", "", "", "a", "B"]) if num < 200 else "", st_t)
            if flat:
                return "%s %d, %s" % (rng.choice(["Flat", "flat", "Apt"]), rng.randint(1, 30), base)
            return base
        if country == "US" and num >= 1000:
            hn = "%s %s" % (num_words(num // 100), num_words(num % 100) if num % 100 >= 10 else "oh " + UNITS[num % 100])
        else:
            hn = num_words(num)
        base = "%s %s" % (hn, st.lower())
        if flat:
            return "flat %s, %s" % (num_words(rng.randint(1, 30)), base)
        return base


# ---------------------------------------------------------------- helpers for cases
BACKCH = ["mhm", "go on", "yep", "ok", "uh huh", "right", "yes", "okay go ahead", "got that", "mm"]
CUST_OPEN = ["hi", "hiya", "hello", "yeah hi", "hi there", "good morning", "hey"]


def company(rng, ind):
    return rng.choice(COMPANIES[ind])


def country_for(rng, ind):
    if ind == "government services":
        return rng.choice(["UK", "UK", "US", "IE"])
    return rng.choice(["UK", "UK", "US", "US", "IE", "EU"])


def asr(s):
    return s.lower().replace(",", "").replace("'", "")


# ---------------------------------------------------------------- positive templates
def p_chat_card(g, c, ind, ctry):
    rng, r = g.rng, g.r
    d = g.card()
    cvv = "".join(rng.choice("0123456789") for _ in range(4 if d[:2] in ("34", "37") else 3))
    lead = rng.choice(["card no: ", "Card number - ", "its ", "Long number: ", "card:", "here u go ", "pan ", "the card is "])
    c.say("agent", "Thanks for contacting %s. To finish the booking I'll need the card details please." % company(rng, ind))
    c.say("customer", lead, c.v("CARD_NUMBER", g.card_text(d, False), d),
          rng.choice([" exp ", " expiry ", ", expires ", " ex "]), c.v("EXPIRY", g.expiry_text(False), None),
          rng.choice([" cvv ", " security code ", " and the 3 digits on back are ", " cvc: "]), c.v("CVV", cvv, cvv))
    if rng.random() < 0.5:
        c.say("agent", "Thank you, the payment of %s%d.%02d has gone through." % (rng.choice("£$€"), rng.randint(5, 900), rng.randint(0, 99)))
    else:
        c.say("customer", "oh and the billing postcode is ", c.v("POSTCODE", g.postcode_text(g.postcode("US" if ctry == "US" else "UK"), False), None))
        c.groups[c._g]["canon"] = spoken_norm(c.turns[-1]["text"][c.spans[-1]["start"]:c.spans[-1]["end"]], "alnum")
    return "typed card, expiry and CVV in chat"


def p_call_card_split(g, c, ind, ctry):
    rng, r = g.rng, g.r
    d = g.card()
    uk = ctry != "US"
    sizes = g.card_sizes(d)
    parts = r.chunks(d, sizes)
    gid = c.value("CARD_NUMBER", d)
    c.say("agent", "okay and can i take the long number across the front of the card")
    # split into 2 or 3 customer turns
    cut_points = sorted(rng.sample(range(1, len(parts)), min(len(parts) - 1, rng.choice([1, 2]))))
    pieces, prev = [], 0
    for cp in cut_points + [len(parts)]:
        pieces.append("".join(parts[prev:cp]))
        prev = cp
    sz_pieces, prev = [], 0
    for cp in cut_points + [len(parts)]:
        sz_pieces.append(sizes[prev:cp])
        prev = cp
    for i, (pc, sz) in enumerate(zip(pieces, sz_pieces)):
        pre = rng.choice(["yeah it's ", "", "um ", "so ", "", "right "]) if i == 0 else rng.choice(["", "then ", "and ", ""])
        post = rng.choice(["", "", "...", " yeah"]) if i < len(pieces) - 1 else ""
        c.say("customer", pre, V("CARD_NUMBER", r.speak(pc, sz, uk), gid), post)
        if i < len(pieces) - 1:
            c.say("agent", rng.choice(BACKCH))
    if rng.random() < 0.6:
        c.say("agent", "let me just read that back, ", c.v("CARD_NUMBER", r.speak(d, sizes, uk, fillers=0), d), ", is that right")
        c.say("customer", rng.choice(["yes", "that's it", "yep correct", "yeah"]))
    c.say("agent", "and the expiry date")
    c.say("customer", rng.choice(["it's ", "", "uh "]), c.v("EXPIRY", g.expiry_text(True), None))
    cv = "".join(rng.choice("0123456789") for _ in range(4 if d[:2] in ("34", "37") else 3))
    c.say("agent", "and finally the " + rng.choice(["three digit security code on the back", "cvv", "security number"]))
    c.say("customer", rng.choice(["", "that's ", "um "]), c.v("CVV", r.speak(cv, [len(cv)], uk), cv))
    return "spoken card split over customer turns with back-channels"


def p_call_card_correction(g, c, ind, ctry):
    rng, r = g.rng, g.r
    d = g.card()
    uk = ctry != "US"
    sizes = g.card_sizes(d)
    k = sizes[0] + sizes[1]
    wrong = d[:sizes[0]] + "".join(rng.choice("0123456789") for _ in range(sizes[1]))
    c.say("agent", "thanks for calling %s, how can i help" % company(rng, ind).lower())
    c.say("customer", "hi i want to pay my bill by card")
    c.say("agent", "no problem, go ahead with the card number when you're ready")
    c.say("customer", "okay it's ", c.v("CARD_NUMBER", r.speak(wrong, sizes[:2], uk), wrong, partial=True),
          rng.choice([" no sorry sorry wait, let me start again, ", " hang on that's wrong, ", " oh no i read that wrong, from the top, "]),
          c.v("CARD_NUMBER", r.speak(d, sizes, uk), d))
    c.say("agent", rng.choice(["thank you", "lovely", "got it"]), ", and the expiry")
    c.say("customer", c.v("EXPIRY", g.expiry_text(True), None))
    if rng.random() < 0.5:
        c.say("agent", "so that's the card ending ", c.v("CARD_NUMBER", r.speak(d[-4:], [4], uk, fancy=False), d[-4:], partial=True),
              " for %s pounds" % num_words(rng.randint(12, 300)))
    return "restarted card reading; partial first attempt labelled; last-four read-back labelled because full card read in case"


def p_email_card(g, c, ind, ctry):
    rng, r = g.rng, g.r
    d = g.card()
    e = g.email()
    nat, intl, cc, sz = g.phone("UK" if ctry != "US" else "US")
    c.say("customer", "Subject: Re: payment for order #%d\n\nHi,\n\nplease take the remaining balance from " % rng.randint(100000, 999999),
          rng.choice(["this card ", "Card: ", "the following card - "]),
          c.v("CARD_NUMBER", g.card_text(d, False), d), "\n",
          rng.choice(["Exp: ", "expiry date ", "Valid thru "]), c.v("EXPIRY", g.expiry_text(False), None),
          "\nIf there's a problem ring me on ", c.v("PHONE", r.typed_group(nat, sz, (" ", "")), nat),
          " or reply to ", c.v("EMAIL", g.typed_email(e), e), "\n\nThanks\n%s" % rng.choice(FIRST).capitalize())
    c.say("agent", "Hi, thanks for your email. For your security please don't send card details by email - we have removed them and will call you instead.")
    return "e-mail with card, expiry, phone and e-mail address"


def p_ssn_call(g, c, ind, ctry):
    rng, r = g.rng, g.r
    s = g.ssn()
    c.say("agent", "thank you for calling %s, before i can discuss the account i need to verify you, can i have your social security number" % company(rng, ind).lower())
    if rng.random() < 0.5:
        gid = c.value("SSN", s)
        c.say("customer", rng.choice(["sure it's ", "yeah ", "um ", "okay "]), V("SSN", r.speak(s[:3], [3], False), gid))
        c.say("agent", rng.choice(BACKCH))
        c.say("customer", V("SSN", r.speak(s[3:5], [2], False), gid), rng.choice([", ", " "]), V("SSN", r.speak(s[5:], [4], False), gid) if False else "")
        # the last part in its own turn after an aside
        c.turns.pop()
        c.spans.pop()
        c.groups[gid]["parts"].pop()
        c.say("customer", V("SSN", r.speak(s[3:5], [2], False), gid), rng.choice([" sorry my kid is yelling ", " hold on ... okay ", " "]),
              V("SSN", r.speak(s[5:], [4], False), gid))
    else:
        c.say("customer", rng.choice(["it's ", "yes it's ", "", "uh "]), c.v("SSN", r.speak(s, [3, 2, 4], False), s))
    c.say("agent", "and your date of birth")
    c.say("customer", c.v("DOB", g.dob_text(g.dob(), True, uk=False), None))
    if rng.random() < 0.6:
        c.say("agent", "and the zip code on file")
        z = g.postcode("US")
        c.say("customer", c.v("POSTCODE", g.postcode_text(z, True), z))
    c.say("agent", "thank you you're verified, i can see a balance of %s dollars" % num_words(rng.randint(20, 999)))
    return "US caller gives SSN (spoken), DOB and zip"


def p_ssn_chat(g, c, ind, ctry):
    rng, r = g.rng, g.r
    s = g.ssn()
    e = g.email()
    c.say("agent", "Hi! I can help with your claim. Could you confirm your SSN and the email on the account?")
    c.say("customer", rng.choice(["ssn ", "SSN: ", "Social is ", "ss# ", "my social security no. is "]),
          c.v("SSN", g.ssn_text(s, False), s), rng.choice([" and email ", ", email: ", " / "]), c.v("EMAIL", g.typed_email(e), e))
    if rng.random() < 0.5:
        c.say("agent", "Thanks. Just to confirm, that's ", c.v("SSN", "***-**-" + s[5:] if False else g.ssn_text(s, False), s), "?")
        c.say("customer", "yes")
    if rng.random() < 0.5:
        dmy = g.dob()
        c.say("customer", "dob is ", c.v("DOB", g.dob_text(dmy, False, uk=False), None), " if u need it")
    return "typed SSN and e-mail in chat"


def p_ni_call(g, c, ind, ctry):
    rng, r = g.rng, g.r
    n = g.ni()
    c.say("agent", "you're through to %s, can i take your national insurance number please" % company(rng, ind).lower())
    mode = rng.randint(0, 2)
    if mode == 0:
        c.say("customer", rng.choice(["yeah it's ", "um ", "right okay ", ""]), c.v("NI_NUMBER", g.ni_text(n, True), n))
    elif mode == 1:
        gid = c.value("NI_NUMBER", n)
        style = rng.choice(["plain", "nato", "asin"])
        c.say("customer", "it's ", V("NI_NUMBER", r.letter(n[0], style) + " " + r.letter(n[1], style), gid))
        c.say("agent", rng.choice(BACKCH))
        c.say("customer", V("NI_NUMBER", r.speak(n[2:8], [2, 2, 2]), gid),
              rng.choice([" and then the letter at the end is ", " and it ends ", ", "]), V("NI_NUMBER", r.letter(n[8], style), gid))
    else:
        gid = c.value("NI_NUMBER", n)
        c.say("customer", "okay so it's ", V("NI_NUMBER", r.letter(n[0], "plain") + " " + r.letter(n[1], "plain") + " " + r.speak(n[2:5], [3]), gid),
              rng.choice([" ... sorry i'm reading it off my payslip ... ", " hang on the light's bad ", " - what was i on - "]),
              V("NI_NUMBER", r.speak(n[5:8], [3]) + " " + r.letter(n[8], "plain"), gid))
    if rng.random() < 0.6:
        c.say("agent", "so that's ", c.v("NI_NUMBER", g.ni_text(n, True), n))
        c.say("customer", rng.choice(["yes", "that's right", "yeah"]))
    c.say("agent", "and can you confirm your date of birth")
    c.say("customer", rng.choice(["", "it's ", "yeah "]), c.v("DOB", g.dob_text(g.dob(), True), None))
    if rng.random() < 0.5:
        pc = g.postcode("UK")
        c.say("agent", "and the postcode")
        c.say("customer", c.v("POSTCODE", g.postcode_text(pc, True), pc))
    return "UK caller gives NI number (spoken) and DOB"


def p_ni_chat(g, c, ind, ctry):
    rng, r = g.rng, g.r
    n = g.ni()
    pc = g.postcode("UK")
    c.say("agent", "Hello, you're chatting with %s. How can I help today?" % company(rng, "government services"))
    c.say("customer", rng.choice(["need to update my address for my claim. ", "hi moved house last month. ", "Change of address pls. "]),
          rng.choice(["NI no: ", "NINO ", "national insurance ", "my NI is "]), c.v("NI_NUMBER", g.ni_text(n, False), n))
    c.say("agent", "Thanks. What's the new address?")
    c.say("customer", c.v("ADDRESS", g.address("UK", False), None), ", %s, " % rng.choice(TOWNS_UK),
          c.v("POSTCODE", g.postcode_text(pc, False), pc))
    c.say("agent", "Updated. It can take %d working days to show." % rng.randint(2, 10))
    return "typed NI number and new UK address in chat"


def p_bank_call(g, c, ind, ctry):
    rng, r = g.rng, g.r
    sc = g.sort_code()
    acc = g.account(8)
    c.say("agent", "so for the direct debit i'll need the sort code and account number")
    gid = c.value("SORT_CODE", sc)
    if rng.random() < 0.5:
        c.say("customer", rng.choice(["sort code is ", "okay sort code ", "it's "]), V("SORT_CODE", r.speak(sc, [2, 2, 2]), gid))
    else:
        c.say("customer", "right sort code ", V("SORT_CODE", r.speak(sc[:4], [2, 2]), gid))
        c.say("agent", rng.choice(BACKCH))
        c.say("customer", V("SORT_CODE", r.speak(sc[4:], [2]), gid))
    c.say("agent", rng.choice(["that's ", "so "]), c.v("SORT_CODE", r.speak(sc, [2, 2, 2], fillers=0), sc), rng.choice([" yeah", "", " and the account number"]))
    c.say("customer", rng.choice(["yep and the account number is ", "account is ", "uh yeah, account ", "correct, then "]),
          c.v("BANK_ACCOUNT", r.speak(acc, rng.choice([[4, 4], [8], [2, 3, 3]])), acc))
    c.say("agent", "thank you, the first payment of %s pounds will come out on the %s of next month" % (num_words(rng.randint(20, 120)), ordinal_words(rng.randint(1, 28))))
    return "UK sort code and account number spoken for a direct debit"


def p_bank_chat(g, c, ind, ctry):
    rng, r = g.rng, g.r
    us = ctry == "US"
    acc = g.account(rng.randint(9, 12) if us else 8)
    c.say("agent", "Please send the bank details for the refund.")
    if us:
        c.say("customer", rng.choice(["acct no: ", "Account #", "checking acct ", "acct "]), c.v("BANK_ACCOUNT", acc, acc),
              " - refund amount should be $%d.%02d right?" % (rng.randint(10, 400), rng.randint(0, 99)))
    else:
        sc = g.sort_code()
        c.say("customer", rng.choice(["s/c ", "sort code ", "Sort: "]), c.v("SORT_CODE", r.typed_group(sc, [2, 2, 2], ("-", "-", " ", "")), sc),
              rng.choice([" a/c ", " acct no: ", ", account ", "\nAcc number "]), c.v("BANK_ACCOUNT", r.typed_group(acc, rng.choice([[8], [4, 4]]), (" ", "")), acc))
    c.say("agent", "Thanks, refunds take 3-5 working days.")
    return "typed bank account details in chat"


def p_iban_chat(g, c, ind, ctry):
    rng, r = g.rng, g.r
    ib = g.iban()
    x = rng.random()
    if x < 0.5:
        t = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    elif x < 0.75:
        t = ib
    else:
        t = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()
    c.say("agent", "Hi, to process the refund to a %s account we need your IBAN." % rng.choice(["European", "foreign", "non-UK", "Irish"]))
    c.say("customer", rng.choice(["IBAN: ", "iban ", "here it is: ", "my iban is "]), c.v("IBAN", t, ib),
          rng.choice(["", " thanks", "\nname on account %s %s" % (rng.choice(FIRST).capitalize(), rng.choice(LAST).capitalize())]))
    if rng.random() < 0.4:
        c.say("agent", "Thank you, refund of €%d.%02d will be sent within 10 days." % (rng.randint(10, 900), rng.randint(0, 99)))
    return "typed IBAN in chat"


def p_iban_call(g, c, ind, ctry):
    rng, r = g.rng, g.r
    ib = g.iban(rng.choice(["GB", "IE", "DE", "NL"]))
    gid = c.value("IBAN", ib)
    style = rng.choice(["plain", "nato", "plain"])

    def sp(seg):
        out = []
        buf = ""
        for ch in seg:
            if ch.isdigit():
                buf += ch
            else:
                if buf:
                    out.append(r.speak(buf, [len(buf)] if len(buf) <= 4 else [4] * (len(buf) // 4) + ([len(buf) % 4] if len(buf) % 4 else []), fillers=0.1))
                    buf = ""
                out.append(r.letter(ch, style))
        if buf:
            sizes = [4] * (len(buf) // 4) + ([len(buf) % 4] if len(buf) % 4 else [])
            out.append(r.speak(buf, sizes, fillers=0.1))
        return " ".join(out)
    a, b = ib[:8], ib[8:]
    c.say("agent", "okay and the iban for the international transfer")
    c.say("customer", rng.choice(["it starts ", "okay ", "right it's "]), V("IBAN", sp(a), gid))
    c.say("agent", rng.choice(BACKCH))
    c.say("customer", V("IBAN", sp(b), gid))
    return "spoken IBAN split over two turns"


def p_phone_email_call(g, c, ind, ctry):
    rng, r = g.rng, g.r
    pc = ctry if ctry in ("UK", "US", "IE") else rng.choice(["UK", "IE", "DE"])
    nat, intl, cc, sz = g.phone(pc)
    e = g.email()
    c.say("agent", "what's the best number to reach you on")
    if rng.random() < 0.4:
        full = cc + intl
        txt = "plus " + r.speak(cc, [len(cc)], fillers=0, fancy=False) + " " + r.speak(intl, sz if len(intl) == sum(sz) else [sz[0] - 1] + sz[1:])
        c.say("customer", rng.choice(["it's ", "um ", "", "my mobile is "]), c.v("PHONE", txt, full))
    else:
        if rng.random() < 0.4:
            gid = c.value("PHONE", nat)
            c.say("customer", rng.choice(["it's ", "yeah it's "]), V("PHONE", r.speak(nat[:sz[0]], [sz[0]], uk=pc != "US"), gid))
            c.say("agent", rng.choice(BACKCH))
            c.say("customer", V("PHONE", r.speak(nat[sz[0]:], sz[1:], uk=pc != "US"), gid))
        else:
            c.say("customer", rng.choice(["it's ", "um ", "", "home number is "]), c.v("PHONE", r.speak(nat, sz, uk=pc != "US"), nat))
        if rng.random() < 0.5:
            c.say("agent", "so that's ", c.v("PHONE", r.speak(nat, sz, uk=pc != "US", fillers=0), nat))
            c.say("customer", "yes")
    c.say("agent", "and an email address for the confirmation")
    c.say("customer", rng.choice(["it's ", "yeah it's ", "", "um "]), c.v("EMAIL", g.spoken_email(e), e))
    if rng.random() < 0.5:
        c.say("agent", "lovely so that's ", c.v("EMAIL", g.spoken_email(e), e))
    return "spoken phone number and spoken e-mail address"


def p_address_call(g, c, ind, ctry):
    rng, r = g.rng, g.r
    co = ctry if ctry in ("UK", "US", "IE") else "UK"
    c.say("agent", "can i take the first line of the address")
    c.say("customer", rng.choice(["yeah it's ", "", "um it's ", "okay "]), c.v("ADDRESS", g.address(co, True), None),
          " in %s" % rng.choice({"UK": TOWNS_UK, "US": TOWNS_US, "IE": TOWNS_IE}[co]).lower().replace(",", ""))
    if co != "IE":
        pc = g.postcode("US" if co == "US" else "UK")
        c.say("agent", "and the " + ("zip" if co == "US" else "postcode"))
        c.say("customer", c.v("POSTCODE", g.postcode_text(pc, True), pc))
        if rng.random() < 0.5:
            c.say("agent", "that's ", c.v("POSTCODE", g.postcode_text(pc, True), pc), "?")
            c.say("customer", "yep")
    c.say("agent", "and your engineer visit is booked for %s between eight and twelve" % rng.choice(["tuesday", "thursday the ninth", "next monday"]))
    return "spoken address and postcode, appointment as distractor"


def p_contact_update_chat(g, c, ind, ctry):
    rng, r = g.rng, g.r
    co = ctry if ctry in ("UK", "US", "IE") else "UK"
    nat, intl, cc, sz = g.phone(co)
    e = g.email()
    pc = g.postcode("US" if co == "US" else "UK") if co != "IE" else None
    c.say("customer", "Hi can u update my details pls")
    c.say("agent", "Of course. What would you like to change?")
    if rng.random() < 0.5:
        ph_t = "+" + cc + " " + r.typed_group(intl, sz if len(intl) == sum(sz) else [len(intl)], (" ", ""))
        ph_c = cc + intl
    else:
        ph_t = r.typed_group(nat, sz, (" ", "", "-"))
        if co == "US" and rng.random() < 0.5:
            ph_t = "(%s) %s-%s" % (nat[:3], nat[3:6], nat[6:])
        ph_c = nat
    segs = ["new mob ", c.v("PHONE", ph_t, ph_c), rng.choice([" and email ", "\nemail: ", ", e-mail "]), c.v("EMAIL", g.typed_email(e), e)]
    c.say("customer", *segs)
    c.say("agent", "Thanks! Anything else?")
    segs = [rng.choice(["also moved to ", "address is now ", "new addr: "]), c.v("ADDRESS", g.address(co, False), None),
            ", %s" % rng.choice({"UK": TOWNS_UK, "US": TOWNS_US, "IE": TOWNS_IE}[co])]
    if pc:
        segs += [" ", c.v("POSTCODE", g.postcode_text(pc, False), pc)]
    c.say("customer", *segs)
    if rng.random() < 0.5:
        c.say("agent", "For security can you confirm your date of birth?")
        c.say("customer", c.v("DOB", g.dob_text(g.dob(), False, uk=co != "US"), None))
    return "typed phone, e-mail, address, postcode and DOB in chat"


def p_card_lastfour_full(g, c, ind, ctry):
    rng, r = g.rng, g.r
    d = g.card(rng.choice(["visa", "mc"]))
    c.say("agent", "i can set up the payment, what's the card number")
    c.say("customer", c.v("CARD_NUMBER", r.speak(d, [4, 4, 4, 4], ctry != "US"), d))
    c.say("agent", "thank you and just to confirm, the card ending in ", c.v("CARD_NUMBER", d[-4:], d[-4:], partial=True),
          " will be charged %d pounds %d on the %s" % (rng.randint(10, 90), rng.randint(1, 99), ordinal_suffix(rng.randint(1, 28))))
    c.say("customer", "yep")
    return "full card read, then agent mentions last four (labelled because full card read in same case)"


def p_insurance_dob_call(g, c, ind, ctry):
    rng, r = g.rng, g.r
    co = "US" if ctry == "US" else "UK"
    c.say("agent", "i'll just need to run through security, can you give me your date of birth")
    dmy = g.dob(co == "UK")
    c.say("customer", rng.choice(["yeah it's ", "", "uh "]), c.v("DOB", g.dob_text(dmy, True, co == "UK"), None))
    c.say("agent", "and the first line of your address and postcode")
    pc = g.postcode("US" if co == "US" else "UK")
    c.say("customer", c.v("ADDRESS", g.address(co, True), None), ", ", c.v("POSTCODE", g.postcode_text(pc, True), pc))
    c.say("agent", "thank you, your renewal premium is %s pounds a month, that's for the policy starting on the %s of %s" % (
        num_words(rng.randint(10, 99)), ordinal_words(rng.randint(1, 28)), rng.choice(MONTHS)))
    return "DOB, address and postcode for security; renewal date is a distractor"


POS_TEMPLATES = [
    (p_chat_card, ["retail", "travel", "telecom", "utilities"]),
    (p_call_card_split, INDUSTRIES),
    (p_call_card_correction, ["utilities", "telecom", "retail", "insurance", "healthcare billing"]),
    (p_email_card, ["retail", "travel", "insurance"]),
    (p_ssn_call, ["banking", "healthcare billing", "insurance", "government services"]),
    (p_ssn_chat, ["banking", "healthcare billing", "insurance"]),
    (p_ni_call, ["government services", "insurance", "banking"]),
    (p_ni_chat, ["government services"]),
    (p_bank_call, ["utilities", "telecom", "insurance", "banking"]),
    (p_bank_chat, ["retail", "banking", "insurance"]),
    (p_iban_chat, ["travel", "retail", "banking"]),
    (p_iban_call, ["banking", "travel"]),
    (p_phone_email_call, INDUSTRIES),
    (p_address_call, ["utilities", "telecom", "retail"]),
    (p_contact_update_chat, INDUSTRIES),
    (p_card_lastfour_full, ["utilities", "telecom", "retail"]),
    (p_insurance_dob_call, ["insurance", "healthcare billing", "banking"]),
    (p_call_card_split, ["travel", "retail"]),
    (p_ssn_call, ["healthcare billing", "banking"]),
    (p_ni_call, ["government services"]),
]

# ---------------------------------------------------------------- negative templates


def digits(rng, k):
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(k - 1))


def n_amounts(g, c, ind, ctry):
    rng = g.rng
    cur = rng.choice(["£", "$", "€"])
    c.say("customer", "hi why is my bill %s%s.%02d this month, it was %s%d last month" % (cur, "{:,}".format(rng.randint(100, 4999)), rng.randint(0, 99), cur, rng.randint(30, 99)))
    c.say("agent", "I can see a balance of %s%d.%02d, with a payment of %s%d.%02d due on %s %s. That's an increase of %d%%." % (
        cur, rng.randint(100, 999), rng.randint(0, 99), cur, rng.randint(10, 99), rng.randint(0, 99), ordinal_suffix(rng.randint(1, 28)), rng.choice(MONTHS).capitalize(), rng.randint(3, 40)))
    c.say("customer", "can i spread it over %d months" % rng.choice([3, 6, 12]))
    return "amounts, balances, percentages and a payment date"


def n_order_spoken(g, c, ind, ctry):
    rng, r = g.rng, g.r
    lbl = rng.choice(["order number", "reference number", "tracking number", "booking reference", "ticket number", "claim number"])
    d = g.card()  # Luhn-valid digits on purpose
    c.say("agent", "can i take the %s please" % lbl)
    c.say("customer", "yeah the %s is %s" % (lbl, r.speak(d, g.card_sizes(d), fillers=0.2)))
    c.say("agent", "thank you, and that was placed on the %s of %s" % (ordinal_words(rng.randint(1, 28)), rng.choice(MONTHS)))
    return "%s read out like a card number (Luhn-valid) but introduced by its label" % lbl


def n_last_four(g, c, ind, ctry):
    rng, r = g.rng, g.r
    l4 = "".join(rng.choice("0123456789") for _ in range(4))
    if rng.random() < 0.5:
        c.say("customer", "the payment went out on my card ending %s twice" % l4)
        c.say("agent", "I can see two payments of £%d.%02d on the card ending in %s, I'll refund one." % (rng.randint(5, 200), rng.randint(0, 99), l4))
    else:
        c.say("agent", "is that the visa ending %s or the mastercard" % r.speak(l4, [4], fancy=False))
        c.say("customer", "the one ending in %s yeah" % r.speak(l4, [2, 2]))
    return "card last-four mentions only"


def n_hours(g, c, ind, ctry):
    rng = g.rng
    c.say("customer", "what time are you open till on saturday")
    c.say("agent", "We're open %d till %d Monday to Friday and %d:%02d to %dpm on Saturdays; the average wait is about %d minutes." % (
        rng.choice([8, 9]), rng.choice([6, 8]), rng.choice([9, 10]), rng.choice([0, 30]), rng.choice([1, 4, 5]), rng.randint(2, 25)))
    c.say("customer", "ok i've been on hold %d minutes already lol, it's %d degrees in this house and the boiler is %d years old" % (rng.randint(10, 59), rng.randint(9, 16), rng.randint(5, 25)))
    return "opening hours, durations, temperature, ages"


def n_meter(g, c, ind, ctry):
    rng, r = g.rng, g.r
    rd = digits(rng, 5)
    ser = rng.choice(["E", "G", "K"]) + digits(rng, 2) + rng.choice(["A", "B", "K"]) + digits(rng, 5)
    c.say("agent", "can you read me the numbers on the meter from left to right")
    c.say("customer", "it's %s and then a red one %s" % (r.speak(rd, [len(rd)], fillers=0), UNITS[rng.randint(0, 9)]))
    c.say("agent", "and the meter serial number underneath")
    c.say("customer", "serial %s" % ser)
    c.say("agent", "thanks, that puts your usage at %d kilowatt hours since %s" % (rng.randint(200, 3000), rng.choice(MONTHS)))
    return "meter reading and meter serial number"


def n_travel(g, c, ind, ctry):
    rng = g.rng
    c.say("customer", "my flight %s%d from gate %s%d got cancelled, i was in seat %d%s" % (
        rng.choice(["BA", "EI", "FR", "UA", "LH"]), rng.randint(100, 9999), rng.choice("ABC"), rng.randint(1, 60), rng.randint(1, 40), rng.choice("ABCDEF")))
    c.say("agent", "I'm sorry. I've rebooked you on the %02d:%02d departure tomorrow and your hotel is room %d, booking ref %s." % (
        rng.randint(5, 22), rng.choice([0, 15, 30, 45]), rng.randint(100, 999), "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
    c.say("customer", "ok and the %s of %s still stands for the return?" % (ordinal_suffix(rng.randint(1, 28)), rng.choice(MONTHS)))
    return "flight, gate, seat, room numbers, times and booking reference"


def n_policy(g, c, ind, ctry):
    rng, r = g.rng, g.r
    ni_like = g.ni()
    lbl = rng.choice(["policy number", "policy no.", "member ID", "claim reference"])
    c.say("customer", "Hi, %s %s %s, I want to check my claim" % (lbl, ni_like[:2], ni_like[2:]))
    c.say("agent", "Thanks. Claim %s-%d was approved on %s %s %d for £%s." % (
        "CLM", rng.randint(100000, 999999), ordinal_suffix(rng.randint(1, 28)), rng.choice(MONTHS).capitalize(), rng.randint(2023, 2025),
        "{:,}".format(rng.randint(100, 9000))))
    return "%s in NI-number-like format, explicitly introduced by its label" % lbl


def n_invoice(g, c, ind, ctry):
    rng = g.rng
    d = g.card("visa")
    c.say("customer", "Subject: Invoice query\n\nHello, invoice no. %s dated %02d/%02d/%d shows %d units at $%d.%02d each. Customer ref %s. Please advise.\n" % (
        d, rng.randint(1, 28), rng.randint(1, 12), rng.randint(2023, 2025), rng.randint(2, 50), rng.randint(1, 99), rng.randint(0, 99), digits(rng, 10)))
    c.say("agent", "Thanks, I've raised ticket #%d for the billing team; expect a reply within %d hours." % (rng.randint(1000000, 9999999), rng.choice([24, 48, 72])))
    return "16-digit Luhn-valid invoice number and a 10-digit customer reference, both labelled"


def n_serial(g, c, ind, ctry):
    rng, r = g.rng, g.r
    imei = luhn_complete(digits(rng, 14))
    c.say("agent", "can you read me the serial number of the router, it's on the sticker on the bottom")
    c.say("customer", "the serial is %s ... and model number %s%d" % (r.speak(imei, [2, 6, 6, 1], fillers=0.2), rng.choice(["hub ", "x", "ac"]), rng.randint(100, 9999)))
    c.say("agent", "thanks, your contract has %d months left and your data allowance is %d gig" % (rng.randint(1, 23), rng.choice([10, 30, 100])))
    return "15-digit serial number read out (Luhn-valid) and model number"


def n_health(g, c, ind, ctry):
    rng = g.rng
    c.say("customer", "I got a bill for $%d.%02d for my son's appointment, he's %d, the visit was on %s %d" % (rng.randint(50, 900), rng.randint(0, 99), rng.randint(2, 17), rng.choice(MONTHS).capitalize(), rng.randint(1, 28)))
    c.say("agent", "I see it, account statement %d, the insurer covered %d%% and the remaining balance is $%d. Your next appointment is %s at %d:%02d." % (
        rng.randint(10000000, 99999999), rng.randint(50, 90), rng.randint(10, 200), rng.choice(["Tuesday", "Friday"]), rng.randint(8, 16), rng.choice([0, 30])))
    return "medical billing: amounts, age, visit date, statement number, percentage"


def n_gov(g, c, ind, ctry):
    rng = g.rng
    road = rng.choice(STREETS_UK)
    c.say("customer", "hi there's been roadworks on %s for %d weeks and the bin collection hasn't come since the %s" % (road, rng.randint(2, 9), ordinal_suffix(rng.randint(1, 28))))
    c.say("agent", "Sorry about that. I've logged it under reference %s%d. The %d/%d council tax bill will also show the %d%% discount." % (
        rng.choice(["CT", "ENQ", "WR"]), rng.randint(1000000, 9999999), 2025, 26, rng.choice([10, 25])))
    return "road name without house number, references, years, percentages"


def n_contract(g, c, ind, ctry):
    rng, r = g.rng, g.r
    c.say("agent", "your %d month contract started on the %s of %s %d and the early exit fee is %s pounds" % (
        rng.choice([12, 18, 24]), ordinal_words(rng.randint(1, 28)), rng.choice(MONTHS), rng.randint(2022, 2025), num_words(rng.randint(20, 400))))
    c.say("customer", "right and if i upgrade it's %s a month for %s gigs" % (num_words(rng.randint(10, 60)), num_words(rng.choice([20, 50, 100]))))
    c.say("agent", "that's right, and there are %d people on the account" % rng.randint(2, 5))
    return "contract dates, fees, counts (spoken)"


def n_tracking_typed(g, c, ind, ctry):
    rng = g.rng
    t = rng.choice([
        "1Z%s%s" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXY0123456789") for _ in range(6)), digits(rng, 10)),
        "JD%s" % digits(rng, 16),
        digits(rng, 12),
    ])
    c.say("customer", "where is my parcel?? tracking no %s, order #%s placed %d days ago" % (t, digits(rng, 9), rng.randint(3, 14)))
    c.say("agent", "I'm sorry for the delay. It's at the depot and due %s between %d and %dpm." % (rng.choice(["tomorrow", "Friday", "on the 12th"]), rng.randint(1, 3), rng.randint(4, 7)))
    return "tracking and order numbers typed with labels"


def n_sortcode_like(g, c, ind, ctry):
    rng, r = g.rng, g.r
    v = "%02d-%02d-%02d" % (rng.randint(10, 99), rng.randint(10, 99), rng.randint(10, 99))
    c.say("customer", "My parcel reference says %s and the product code is %s%s, is that right?" % (v, rng.choice(["SKU ", "SKU-", ""]), digits(rng, 8)))
    c.say("agent", "Yes, batch %s is the replacement for item %d. It costs %d.%02d." % (v, rng.randint(1000, 99999), rng.randint(5, 99), rng.randint(0, 99)))
    return "sort-code-like and account-like numbers labelled as references and product codes"


NEG_TEMPLATES = [n_amounts, n_order_spoken, n_last_four, n_hours, n_meter, n_travel, n_policy,
                 n_invoice, n_serial, n_health, n_gov, n_contract, n_tracking_typed, n_sortcode_like]
NEG_INDUSTRY = {n_amounts: INDUSTRIES, n_order_spoken: ["retail", "travel", "insurance"], n_last_four: ["banking", "retail", "telecom"],
                n_hours: ["utilities", "retail"], n_meter: ["utilities"], n_travel: ["travel"], n_policy: ["insurance"],
                n_invoice: ["retail", "healthcare billing"], n_serial: ["telecom"], n_health: ["healthcare billing"],
                n_gov: ["government services"], n_contract: ["telecom"], n_tracking_typed: ["retail"], n_sortcode_like: ["retail"]}


# ---------------------------------------------------------------- build
N_POS = 220
N_NEG = 112


def build():
    rng = random.Random(SEED)
    g = Gen(rng)
    cases = []
    internal = []
    for i in range(N_POS):
        fn, inds = POS_TEMPLATES[i % len(POS_TEMPLATES)]
        ind = rng.choice(inds)
        ctry = country_for(rng, ind)
        c = Case()
        note = fn(g, c, ind, ctry)
        cases.append({"id": "h439-pos-%03d" % (i + 1), "kind": "positive", "turns": c.turns,
                      "spans": c.spans, "note": "%s; %s" % (ind, note)})
        internal.append(c)
    for i in range(N_NEG):
        fn = NEG_TEMPLATES[i % len(NEG_TEMPLATES)]
        ind = rng.choice(NEG_INDUSTRY[fn])
        c = Case()
        note = fn(g, c, ind, country_for(rng, ind))
        assert not c.spans
        cases.append({"id": "h439-neg-%03d" % (i + 1), "kind": "negative", "turns": c.turns,
                      "spans": [], "note": "%s; %s" % (ind, note)})
        internal.append(c)
    return cases, internal


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in cases).encode("utf-8")


def verify(cases, internal, data):
    errs = []
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for c, ic in zip(cases, internal):
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s bad speaker" % c["id"])
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s negative has spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s positive without spans" % c["id"])
        by_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s bad type" % c["id"])
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append("%s turn out of range" % c["id"])
                continue
            txt = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(txt)):
                errs.append("%s offsets out of range" % c["id"])
                continue
            if not (txt[s["start"]].isalnum() and txt[s["end"] - 1].isalnum()):
                errs.append("%s span edges not alnum" % c["id"])
            if s["start"] > 0 and txt[s["start"] - 1].isalnum():
                errs.append("%s span start not on word boundary: %r" % (c["id"], txt[s["start"] - 5:s["end"]]))
            if s["end"] < len(txt) and txt[s["end"]].isalnum():
                errs.append("%s span end not on word boundary: %r" % (c["id"], txt[s["start"]:s["end"] + 5]))
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for lst in by_turn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append("%s overlapping spans" % c["id"])
        for gid, grp in ic.groups.items():
            parts = [c["turns"][t]["text"][a:b] for t, a, b in grp["parts"]]
            if not parts:
                errs.append("%s empty group" % c["id"])
                continue
            e = check_group(grp["type"], parts, grp["canon"], grp["partial"])
            if e:
                errs.append("%s %s: %s | %r" % (c["id"], grp["type"], e, parts))
    # re-parse the bytes
    for line in data.decode("utf-8").splitlines():
        json.loads(line)
    return errs


def counts(cases):
    span_c = Counter(s["type"] for c in cases for s in c["spans"])
    case_c = Counter()
    for c in cases:
        for t in set(s["type"] for s in c["spans"]):
            case_c[t] += 1
    return span_c, case_c


def main():
    cases, internal = build()
    data = serialise(cases)
    if "--check" in sys.argv[1:]:
        ok = True
        try:
            with open(OUT_FILE, "rb") as f:
                on_disk = f.read()
        except IOError:
            on_disk = None
        if on_disk != data:
            print("FAIL: %s is not byte-identical to a fresh generation" % OUT_FILE)
            ok = False
        errs = verify(cases, internal, data)
        for e in errs[:50]:
            print("FAIL:", e)
        ok = ok and not errs
        npos = sum(c["kind"] == "positive" for c in cases)
        nneg = sum(c["kind"] == "negative" for c in cases)
        span_c, case_c = counts(cases)
        mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in TYPES:
            if span_c[t] < mins.get(t, 10):
                print("FAIL: too few %s spans (%d)" % (t, span_c[t]))
                ok = False
        if npos < 200 or nneg < 100:
            print("FAIL: too few cases")
            ok = False
        print("positives=%d negatives=%d spans=%d" % (npos, nneg, sum(span_c.values())))
        for t in TYPES:
            print("  %-13s spans=%4d cases=%4d" % (t, span_c[t], case_c[t]))
        print("CHECK PASSED" if ok else "CHECK FAILED")
        sys.exit(0 if ok else 1)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT_FILE, "wb") as f:
        f.write(data)
    print("wrote %d cases to %s" % (len(cases), OUT_FILE))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout457 held-out PII redaction evaluation set.

Writes tests/fixtures/pii_holdout457/cases.jsonl.  Standard library only.
Every turn is built from plain-text segments and labelled value segments,
so character offsets are computed, never typed by hand.

Usage:
    python scripts/make_pii_holdout457.py           # (re)write the file
    python scripts/make_pii_holdout457.py --check   # regenerate and verify
"""
import argparse
import datetime
import json
import os
import re
import random
import sys

SEED = 457241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout457", "cases.jsonl")

R = random.Random(SEED)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# case building
# --------------------------------------------------------------------------


class V(object):
    """A labelled value segment."""

    def __init__(self, text, typ, gid):
        self.text, self.typ, self.gid = text, typ, gid


class Case(object):
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []          # list of (speaker, [segments])
        self.groups = {}         # gid -> dict(type, canon, mode)
        self._n = 0

    def group(self, typ, canon, mode="full"):
        """mode: full | prefix | suffix | any."""
        self._n += 1
        gid = self._n
        self.groups[gid] = {"type": typ, "canon": canon, "mode": mode}
        return gid

    def v(self, text, gid):
        return V(text, self.groups[gid]["type"], gid)

    def say(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def c(self, *segs):
        self.say("customer", *segs)

    def a(self, *segs):
        self.say("agent", *segs)

    def build(self):
        turns, spans = [], []
        for ti, (spk, segs) in enumerate(self.turns):
            buf, pos = [], 0
            for s in segs:
                if isinstance(s, V):
                    spans.append({"turn": ti, "start": pos, "end": pos + len(s.text),
                                  "type": s.typ, "_gid": s.gid, "_text": s.text})
                    buf.append(s.text)
                    pos += len(s.text)
                else:
                    buf.append(s)
                    pos += len(s)
            turns.append({"speaker": spk, "text": "".join(buf)})
        if self.kind == "negative":
            assert not spans
        return turns, spans


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------

def luhn_ok(ds):
    tot = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix):
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise AssertionError


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def gen_card():
    kind = R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        p, n, g = "4" + rdig(5), 16, [4, 4, 4, 4]
    elif kind == "visa13":
        p, n, g = "4" + rdig(5), 13, [4, 3, 3, 3]
    elif kind == "mc":
        p, n, g = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, [4, 4, 4, 4]
    elif kind == "amex":
        p, n, g = R.choice(["34", "37"]), 15, [4, 6, 5]
    elif kind == "disc":
        p, n, g = "6011", 16, [4, 4, 4, 4]
    else:
        p, n, g = "6759", 19, [4, 4, 4, 4, 3]
    ds = luhn_complete(p + rdig(n - 1 - len(p)))
    return ds, g


def non_luhn(n):
    ds = rdig(n)
    if ds[0] == "0":
        ds = "7" + ds[1:]
    if luhn_ok(ds):
        ds = ds[:-1] + str((int(ds[-1]) + 1) % 10)
    return ds


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni():
    while True:
        p = R.choice(NI_L1) + R.choice(NI_L2)
        if p not in NI_BAD:
            break
    return p + rdig(6) + R.choice("ABCD")


def ni_ok(s):
    return (re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s) is not None
            and s[:2] not in NI_BAD)


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def gen_iban():
    c = R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "ES", "NL"])
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdig(14)
    elif c == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + rdig(14)
    elif c == "DE":
        bban = rdig(18)
    elif c == "FR":
        bban = rdig(23)
    elif c == "ES":
        bban = rdig(20)
    else:
        bban = R.choice(["ABNA", "INGB", "RABO"]) + rdig(10)
    return c + iban_check(c, bban) + bban


UK_AREAS = ["SW", "M", "B", "LS", "EH", "G", "CF", "BT", "NE", "L", "BS", "CB",
            "N", "E", "SE", "NW", "KT", "RG", "S", "NG", "LE", "BN", "PL", "YR"]
UNIT = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc():
    a = R.choice(UK_AREAS[:-1])
    if a in ("SW", "EC", "W") and R.random() < 0.3:
        outw = a + str(R.randint(1, 9)) + R.choice("ABCEHJKMNPRVWXY")
    else:
        outw = a + str(R.randint(1, 29 if len(a) == 2 else 9))
    return outw + " " + str(R.randint(1, 9)) + R.choice(UNIT) + R.choice(UNIT)


UK_PC_RE = r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}"


def postcode_ok(s):
    return re.fullmatch(UK_PC_RE, s) is not None or re.fullmatch(r"\d{5}(\d{4})?", s) is not None


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.25:
        z += "-%04d" % R.randint(1, 9999)
    return z


def gen_phone():
    """Return (display text, canonical digits, spoken-friendly groups)."""
    k = R.choice(["uk_mob", "uk_mob", "uk_geo", "uk_intl", "us", "us", "us_intl",
                  "ie_mob", "ie_intl", "de_intl", "fr_intl"])
    if k == "uk_mob":
        d = "07" + R.choice(["700", "800", "900", "400", "123"])[:3] + rdig(6)
        d = d[:11]
        return R.choice([d[:5] + " " + d[5:], d[:5] + " " + d[5:8] + " " + d[8:], d]), d, [5, 3, 3]
    if k == "uk_geo":
        d = R.choice(["0161", "0113", "0121", "0131", "0117"]) + rdig(7)
        return R.choice([d[:4] + " " + d[4:7] + " " + d[7:], d[:4] + "-" + d[4:]]), d, [4, 3, 4]
    if k == "uk_intl":
        d = "447" + rdig(9)
        return R.choice(["+44 " + d[2:6] + " " + d[6:], "+44 (0)" + d[2:6] + " " + d[6:], "0044 " + d[2:]]), None, None
    if k == "us":
        d = str(R.randint(201, 989)) + "555" + "%04d" % R.randint(100, 199)
        return R.choice(["(" + d[:3] + ") " + d[3:6] + "-" + d[6:], d[:3] + "-" + d[3:6] + "-" + d[6:],
                         d[:3] + "." + d[3:6] + "." + d[6:]]), d, [3, 3, 4]
    if k == "us_intl":
        d = "1" + str(R.randint(201, 989)) + "555" + "%04d" % R.randint(100, 199)
        return R.choice(["+1 " + d[1:4] + " " + d[4:7] + " " + d[7:], "+1-" + d[1:4] + "-" + d[4:7] + "-" + d[7:]]), d, [1, 3, 3, 4]
    if k == "ie_mob":
        d = R.choice(["083", "085", "086", "087"]) + rdig(7)
        return R.choice([d[:3] + " " + d[3:6] + " " + d[6:], d]), d, [3, 3, 4]
    if k == "ie_intl":
        d = "353" + R.choice(["83", "85", "86", "87"]) + rdig(7)
        return "+353 " + d[3:5] + " " + d[5:8] + " " + d[8:], d, [3, 2, 3, 4]
    if k == "de_intl":
        d = "49" + R.choice(["30", "89", "151", "170"]) + rdig(7)
        return "+49 " + d[2:-7] + " " + d[-7:], d, None
    d = "33" + R.choice(["6", "7"]) + rdig(8)
    return "+33 " + " ".join([d[2]] + [d[i:i + 2] for i in range(3, 11, 2)]), d, None


FIRST = ["john", "sarah", "priya", "liam", "aoife", "marek", "chloe", "tom", "fatima",
         "dave", "niamh", "carlos", "emma", "olu", "hannah", "raj", "siobhan", "kevin",
         "grace", "pawel", "mia", "jamal", "ellie", "sean", "beth"]
LAST = ["doe", "smith", "patel", "murphy", "kowalski", "okafor", "byrne", "jones",
        "nguyen", "khan", "walsh", "garcia", "obrien", "taylor", "schmidt", "ali"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com",
           "btinternet.com", "eircom.net", "gmx.de", "aol.com", "live.ie", "proton.me"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    form = R.choice(["f.l", "fl", "f_l", "fl##", "f.l##", "i.l", "f-l"])
    num = str(R.randint(1, 99))
    local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "fl##": f + l + num,
             "f.l##": f + "." + l + num, "i.l": f[0] + "." + l, "f-l": f + "-" + l}[form]
    return local + "@" + R.choice(DOMAINS)


STREETS = ["Wellington Road", "Kingsway", "Church Street", "Mill Lane", "Victoria Avenue",
           "Station Road", "Oak Close", "Highfield Drive", "Park Crescent", "Meadow Way",
           "Queens Terrace", "Orchard Grove", "Maple Avenue", "Elm Street", "Sunset Boulevard",
           "Lakeview Drive", "Main Street", "Pine Court", "Harbour View Road", "Abbey Gardens"]
US_STREETS = ["Maple Avenue", "Elm Street", "Sunset Boulevard", "Lakeview Drive",
              "Main Street", "Pine Court", "Oak Ridge Road", "W 57th Street"]
UK_TOWNS = ["Leeds", "Manchester", "Bristol", "Cardiff", "Belfast", "Edinburgh", "Glasgow",
            "Nottingham", "Brighton", "Plymouth", "Leicester", "Newcastle"]
US_TOWNS = [("Austin", "TX"), ("Denver", "CO"), ("Columbus", "OH"), ("Portland", "OR"),
            ("Tampa", "FL"), ("Albany", "NY"), ("Madison", "WI")]
STREET_WORDS = {"road", "street", "lane", "avenue", "close", "drive", "way", "crescent",
                "terrace", "grove", "boulevard", "court", "gardens", "kingsway", "rd", "st",
                "ave", "blvd", "dr"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def gen_dob():
    return datetime.date(R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28))


# --------------------------------------------------------------------------
# spoken rendering
# --------------------------------------------------------------------------

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first",
       "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima",
        "M": "mike", "N": "november", "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo",
        "S": "sierra", "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey",
        "X": "x-ray", "Y": "yankee", "Z": "zulu"}
ALT_NATO = {"B": "bob", "D": "david", "M": "mother", "S": "sugar", "T": "tommy", "P": "peter",
            "A": "apple", "C": "charlie", "H": "harry", "N": "nancy", "J": "jack", "R": "robert"}
FILLERS = ["um", "uh", "er", "erm"]


def unit_word(d, zeros):
    return R.choice(zeros) if d == "0" else UNITS[int(d)]


def pair_word(p):
    n = int(p)
    if n < 10:
        raise AssertionError
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])


def say_digits(ds, zeros=("oh", "zero"), pairs=0.35, hund=0.12, dbl=0.6, filler=0.0, final=True):
    """Render a digit string as ASR-style words (invertible by normalise)."""
    out, i, n = [], 0, len(ds)
    while i < n:
        rem, r = n - i, R.random()
        if rem >= 3 and ds[i] == ds[i + 1] == ds[i + 2] and r < dbl:
            out.append("triple " + unit_word(ds[i], zeros))
            i += 3
        elif rem >= 2 and ds[i] == ds[i + 1] and r < dbl:
            out.append("double " + unit_word(ds[i], zeros))
            i += 2
        elif rem >= 3 and ds[i] != "0" and ds[i + 1:i + 3] == "00" and r < hund * 2:
            out.append(UNITS[int(ds[i])] + " hundred")
            i += 3
        elif rem >= 3 and ds[i] != "0" and ds[i + 2] != "0" and r < hund:
            tail = UNITS[int(ds[i + 2])] if ds[i + 1] == "0" else pair_word(ds[i + 1:i + 3])
            out.append(UNITS[int(ds[i])] + " hundred and " + tail)
            i += 3
        elif rem >= 2 and ds[i] != "0" and r < pairs and (ds[i + 1] != "0" or (rem == 2 and final)):
            out.append(pair_word(ds[i:i + 2]))
            i += 2
        else:
            out.append(unit_word(ds[i], zeros))
            i += 1
        if i < n and filler and R.random() < filler:
            out.append(R.choice(FILLERS))
    return " ".join(out)


def say_grouped(ds, groups, sep=None, **kw):
    parts, i = [], 0
    for gi, g in enumerate(groups):
        chunk = ds[i:i + g]
        i += g
        if chunk:
            parts.append(say_digits(chunk, final=(i >= len(ds)), **kw))
    if i < len(ds):
        parts.append(say_digits(ds[i:], **kw))
    sep = sep or R.choice([" ", ", ", " ", " ... "])
    return sep.join(parts)


def say_letter(ch, style=None):
    style = style or R.choice(["plain", "plain", "for", "as", "nato", "alt"])
    low = ch.lower()
    if style == "plain":
        return low
    if style == "for":
        return low + " for " + NATO[ch]
    if style == "as":
        return low + " as in " + NATO[ch]
    if style == "alt" and ch in ALT_NATO:
        return low + " for " + ALT_NATO[ch]
    return NATO[ch]


def say_alnum(s, zeros=("zero", "nought"), pairs=0.3, filler=0.0, style=None, hund=0.12):
    """Letters and digits; runs of digits rendered with say_digits."""
    out = []
    for m in re.finditer(r"\d+|[A-Z]", s):
        t = m.group(0)
        if t.isdigit():
            out.append(say_digits(t, zeros=zeros, pairs=pairs, filler=filler, hund=hund,
                                  final=(m.end() == len(s))))
        else:
            out.append(say_letter(t, style))
    return " ".join(out)


def say_year(y):
    if 2000 <= y < 2010:
        return R.choice(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]])
    return pair_word(str(y)[:2]) + " " + (pair_word(str(y)[2:]) if str(y)[2] != "0"
                                          else "oh " + UNITS[y % 10])


# --------------------------------------------------------------------------
# normalisation of spoken / typed forms (used by --check)
# --------------------------------------------------------------------------

W_UNIT = {w: str(i) for i, w in enumerate(UNITS)}
W_ZERO = {"oh": "0", "zero": "0", "nought": "0", "nil": "0"}
W_TEEN = {w: str(10 + i) for i, w in enumerate(TEENS)}
W_TENS = {w: str(i) for i, w in enumerate(TENS) if w}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["xray"] = "X"
ALT_REV = {v: k for k, v in ALT_NATO.items()}
SKIP = set(FILLERS) | {"space", "dash", "hyphen", "slash"}


class NormError(Exception):
    pass


def tokens(text):
    return re.findall(r"x-ray|[A-Za-z]+|\d+|[^\sA-Za-z\d]", text)


def normalise(text, mode):
    """mode: num (digits only) | alnum (upper letters + digits) | email."""
    tk = [t for t in tokens(text)]
    out, i = [], 0

    def digit_at(j):
        if j < len(tk):
            w = tk[j].lower()
            if w in W_UNIT:
                return W_UNIT[w]
            if w in W_ZERO or (w == "o" and mode == "num"):
                return "0"
            if mode == "alnum" and len(w) == 1 and w.isalpha():
                return w.upper()
            if tk[j].isdigit() and len(tk[j]) == 1:
                return tk[j]
        return None

    while i < len(tk):
        t = tk[i]
        w = t.lower()
        nxt = tk[i + 1].lower() if i + 1 < len(tk) else ""
        if t.isdigit():
            out.append(t)
            i += 1
        elif not t.isalpha() and t != "x-ray":
            if mode == "email" and t in ".@_-":
                out.append(t)
            i += 1
        elif w in SKIP or (mode == "num" and w == "plus"):
            if mode == "email" and w in ("dash", "hyphen"):
                out.append("-")
            i += 1
        elif w in ("double", "triple"):
            d = digit_at(i + 1)
            if d is None:
                raise NormError("bad %s in %r" % (w, text))
            out.append(d * (2 if w == "double" else 3))
            i += 2
        elif w in W_TEEN:
            out.append(W_TEEN[w])
            i += 1
        elif w in W_TENS:
            if nxt in W_UNIT and nxt != "zero":
                out.append(W_TENS[w] + W_UNIT[nxt])
                i += 2
            else:
                out.append(W_TENS[w] + "0")
                i += 1
        elif w in W_UNIT and nxt == "hundred":
            h = W_UNIT[w]
            i += 2
            if i < len(tk) and tk[i].lower() == "and":
                i += 1
                a = tk[i].lower()
                b = tk[i + 1].lower() if i + 1 < len(tk) else ""
                if a in W_TEEN:
                    out.append(h + W_TEEN[a])
                    i += 1
                elif a in W_TENS:
                    if b in W_UNIT and b != "zero":
                        out.append(h + W_TENS[a] + W_UNIT[b])
                        i += 2
                    else:
                        out.append(h + W_TENS[a] + "0")
                        i += 1
                elif a in W_UNIT:
                    out.append(h + "0" + W_UNIT[a])
                    i += 1
                else:
                    raise NormError("bad hundred in %r" % text)
            else:
                out.append(h + "00")
        elif w in W_UNIT:
            out.append(W_UNIT[w])
            i += 1
        elif w in W_ZERO and not (mode == "email"):
            out.append("0")
            i += 1
        elif w == "o" and mode == "num":
            out.append("0")
            i += 1
        elif mode == "email" and w in ("dot", "at", "underscore"):
            out.append({"dot": ".", "at": "@", "underscore": "_"}[w])
            i += 1
        elif len(w) == 1 and (mode != "num"):
            # letter, optionally "for X" / "as in X"
            out.append(w.upper() if mode == "alnum" else w)
            if nxt == "for" and i + 2 < len(tk):
                i += 3
            elif nxt == "as" and i + 3 < len(tk) and tk[i + 2].lower() == "in":
                i += 4
            else:
                i += 1
        elif w in NATO_REV and mode != "num":
            out.append(NATO_REV[w] if mode == "alnum" else NATO_REV[w].lower())
            i += 1
        elif mode == "alnum" and t.isupper() and len(t) <= 6:
            out.append(t)
            i += 1
        elif mode == "alnum" and w in ALT_REV:
            out.append(ALT_REV[w])
            i += 1
        elif mode == "email":
            out.append(w)
            i += 1
        elif mode == "alnum" and len(w) <= 4 and w.isalpha():
            out.append(w.upper())
            i += 1
        else:
            raise NormError("unknown word %r in %r (%s)" % (t, text, mode))
    return "".join(out)


# --------------------------------------------------------------------------
# scenery
# --------------------------------------------------------------------------

ORGS = [
    ("banking", "UK", "Northgate Bank"), ("banking", "IE", "Liffey Credit Union"),
    ("banking", "US", "Prairie Federal"), ("telecom", "UK", "Skyline Mobile"),
    ("telecom", "US", "BlueWave Wireless"), ("telecom", "IE", "Eirlink"),
    ("utilities", "UK", "Brightwater Energy"), ("utilities", "US", "Metro Gas & Electric"),
    ("retail", "UK", "Hartley's"), ("retail", "US", "ShopNest"), ("retail", "EU", "Nordhaus"),
    ("insurance", "UK", "Shield Direct"), ("insurance", "US", "Keystone Mutual"),
    ("travel", "EU", "Aerolux"), ("travel", "UK", "Sunpath Holidays"),
    ("healthcare billing", "US", "CareBridge Billing"), ("government services", "UK", "the benefits helpline"),
    ("government services", "IE", "the motor tax office"), ("government services", "US", "the state DMV"),
]

GREET = ["thanks for calling {o}, you're through to {n}", "hi you're speaking with {n} at {o}",
         "{o} support, {n} speaking, how can I help", "good morning {o}, this is {n}",
         "hello, {o} chat, {n} here"]
AGENTS = ["Dan", "Priya", "Mark", "Lucy", "Ahmed", "Orla", "Jess", "Tariq", "Kate", "Ben"]
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes", "got that", "and the rest?", "carry on"]
ASIDES = ["hang on it's rubbed off a bit", "sorry the dog's barking", "wait let me turn it over",
          "one second my glasses", "sorry, kids, one minute", "hold on the light's bad here"]


def org():
    return R.choice(ORGS)


def greet(case, asr):
    ind, ctry, o = org()
    g = R.choice(GREET).format(o=o, n=R.choice(AGENTS))
    case.a(g.lower() if asr else g[0].upper() + g[1:] + ".")
    return ind, ctry, o


def money(ctry):
    sym = {"UK": "£", "US": "$", "IE": "€", "EU": "€"}[ctry]
    return sym + "%d.%02d" % (R.randint(3, 2400), R.randint(0, 99))


def split_digits(ds, k):
    cuts = sorted(R.sample(range(2, len(ds) - 1), k - 1))
    cuts = [0] + cuts + [len(ds)]
    return [ds[cuts[j]:cuts[j + 1]] for j in range(k)]


def split_groups(ds, groups, k):
    """Split a digit string into k parts on group boundaries."""
    bounds, acc = [], 0
    for g in groups[:-1]:
        acc += g
        bounds.append(acc)
    cuts = sorted(R.sample(bounds, min(k - 1, len(bounds))))
    cuts = [0] + cuts + [len(ds)]
    return [ds[cuts[j]:cuts[j + 1]] for j in range(len(cuts) - 1)], cuts


def typed_card(ds, g):
    sep = R.choice([" ", "-", "", " ", "  ", "."])
    out, i = [], 0
    for n in g:
        out.append(ds[i:i + n])
        i += n
    if ds[i:]:
        out.append(ds[i:])
    if R.random() < 0.15:
        # odd grouping typed by a customer
        return ds[:6] + " " + ds[6:]
    return sep.join(out)


def typed_expiry():
    m, y = R.randint(1, 12), R.randint(25, 31)
    t = R.choice(["%02d/%02d", "%02d/20%02d", "%d/%02d", "%02d-%02d", "%02d %02d"]) % (m, y)
    return t, (m, y)


def spoken_expiry(m, y):
    f = R.choice(["num", "month", "num2"])
    if f == "num":
        return (R.choice(["oh ", "", "zero "]) if m < 10 else "") + (UNITS[m] if m < 10 else pair_word("%d" % m)) + " " + pair_word("%d" % y)
    if f == "num0":
        return ("oh " + UNITS[m] if m < 10 else pair_word("%d" % m)) + " " + pair_word("%d" % y)
    if f == "month":
        return MONTHS[m - 1].lower() + " " + R.choice(["twenty ", "two thousand and "]) + pair_word("%d" % y)
    mm = ("zero " + UNITS[m]) if m < 10 else pair_word(str(m))
    return mm + " slash " + pair_word("%d" % y)


def typed_dob(d):
    f = R.choice(["%d/%m/%Y", "%d/%m/%Y", "%m/%d/%Y", "%d-%m-%Y", "%d.%m.%y", "%Y-%m-%d", "long", "uslong"])
    if f == "long":
        return "%d %s %d" % (d.day, R.choice([MONTHS[d.month - 1], MONTHS[d.month - 1][:3]]), d.year)
    if f == "uslong":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    return d.strftime(f)


def spoken_dob(d):
    f = R.choice(["uk", "us", "num"])
    if f == "uk":
        return "the " + ORD[d.day] + " of " + MONTHS[d.month - 1].lower() + " " + say_year(d.year)
    if f == "us":
        return MONTHS[d.month - 1].lower() + " " + ORD[d.day] + " " + say_year(d.year)
    return say_digits("%02d" % d.day, pairs=0.9) + " " + say_digits("%02d" % d.month, pairs=0.9) + " " + say_year(d.year)


# --------------------------------------------------------------------------
# positive case templates
# --------------------------------------------------------------------------

def p_card_typed(c):
    ind, ctry, o = greet(c, False)
    ds, g = gen_card()
    card = c.group("CARD_NUMBER", ds)
    c.a("Could you pop the long number on the card in the chat for the %s payment?" % money(ctry))
    lab = R.choice(["card no: ", "Card number - ", "its ", "CARD ", "here u go ", "cc#", "number is "])
    segs = [lab, c.v(typed_card(ds, g), card)]
    if R.random() < 0.7:
        t, (m, y) = typed_expiry()
        segs += [R.choice([" exp ", " expiry ", ", expires ", " EXP: ", " valid till "]),
                 c.v(t, c.group("EXPIRY", "%02d/%02d" % (m, y)))]
    if R.random() < 0.6:
        cvv = rdig(4 if len(ds) == 15 else 3)
        segs += [R.choice([" cvv ", " CVC: ", ", security code ", " sec code "]), c.v(cvv, c.group("CVV", cvv))]
    c.c(*segs)
    ref = rdig(R.choice([8, 10, 12]))
    c.a("Thanks. That's gone through, reference %s, and I've removed the card details from the chat." % ref)
    return "typed card in chat with expiry/cvv; unlabelled payment reference"


def p_card_spoken(c):
    ind, ctry, o = greet(c, True)
    ds, g = gen_card()
    card = c.group("CARD_NUMBER", ds)
    c.a("okay and what's the long card number please")
    c.c(R.choice(["yeah it's ", "right so it's ", "um ", "okay ", ""]),
        c.v(say_grouped(ds, g, filler=R.choice([0, 0.1, 0.2])), card))
    if R.random() < 0.5:
        m, y = R.randint(1, 12), R.randint(25, 31)
        c.a("and the expiry")
        c.c(R.choice(["it's ", "", "expires "]), c.v(spoken_expiry(m, y), c.group("EXPIRY", "%02d/%02d" % (m, y))))
    if R.random() < 0.5:
        cvv = rdig(4 if len(ds) == 15 else 3)
        c.a("and the three digits on the back" if len(cvv) == 3 else "and the four digit code on the front")
        c.c(c.v(say_digits(cvv), c.group("CVV", cvv)))
    c.a("lovely that's %s taken, you'll get an email shortly" % money(ctry))
    return "ASR card reading with spoken expiry/cvv"


def p_card_split(c):
    ind, ctry, o = greet(c, True)
    ds, g = gen_card()
    card = c.group("CARD_NUMBER", ds)
    c.a("go ahead with the card number when you're ready")
    parts, cuts = split_groups(ds, g, R.randint(2, 4))
    for j, p in enumerate(parts):
        lead = R.choice(["", "", "um ", "then ", "okay "]) if j else R.choice(["it's ", "right ", ""])
        c.c(lead, c.v(say_digits(p, filler=0.1, final=(j == len(parts) - 1)), card))
        if j < len(parts) - 1:
            c.a(R.choice(BACK))
    if R.random() < 0.6:
        rb = c.group("CARD_NUMBER", ds)
        c.a("so that's ", c.v(say_grouped(ds, g, sep=", "), rb), R.choice([" is that right", " yeah", ""]))
        c.c(R.choice(["yes", "yep that's it", "correct"]))
    else:
        last = c.group("CARD_NUMBER", ds, "suffix")
        c.a("thank you, so that's the card ending ", c.v(say_digits(ds[-4:], pairs=0), last), " correct")
        c.c("yeah")
    return "card split over customer turns with back-channels and agent read-back"


def p_card_restart(c):
    ind, ctry, o = greet(c, True)
    ds, g = gen_card()
    c.a("can I take the card number")
    k = R.choice([4, 6, 8])
    frag = c.group("CARD_NUMBER", ds, "prefix")
    full = c.group("CARD_NUMBER", ds)
    c.c(c.v(say_digits(ds[:k]), frag), R.choice(["... no wait sorry that's my old card, let me start again ",
                                                  " sorry, start again, ",
                                                  " hang on I've lost my place, from the top "]),
        c.v(say_grouped(ds, g, filler=0.1), full))
    c.a("thanks, and is that a visa or mastercard")
    c.c("visa debit I think")
    return "restarted card reading; abandoned fragment labelled too"


def p_card_aside(c):
    ind, ctry, o = greet(c, True)
    ds, g = gen_card()
    gid = c.group("CARD_NUMBER", ds)
    c.a("and the sixteen digit number on the front")
    cut = sum(g[:R.randint(1, len(g) - 1)])
    c.c(c.v(say_digits(ds[:cut], final=False), gid), ", ", R.choice(ASIDES), ", ",
        c.v(say_digits(ds[cut:]), gid))
    c.a("perfect and the name on the card")
    c.c("%s %s" % (R.choice(FIRST), R.choice(LAST)))
    return "card reading interrupted by an aside; two spans in one turn"


def p_card_correction(c):
    ind, ctry, o = greet(c, False)
    ds, g = gen_card()
    wrong = list(ds)
    k = R.randint(5, len(ds) - 2)
    wrong[k] = str((int(wrong[k]) + 3) % 10)
    wrong = "".join(wrong)
    c.a("Please send the card number and I'll process the refund of %s." % money(ctry))
    c.c(c.v(typed_card(wrong, g), c.group("CARD_NUMBER", wrong, "any")))
    c.c(R.choice(["sorry typo, should be ", "oops correction: ", "*", "wrong one, it's "]),
        c.v(typed_card(ds, g), c.group("CARD_NUMBER", ds)))
    c.a("No problem, I'll use the second one. Your ticket number is %s." % rdig(9))
    return "typo'd card then corrected card; both labelled; 9-digit ticket number unlabelled"


def p_card_with_decoy(c):
    """Real card plus a card-rhythm order number in the same call."""
    ind, ctry, o = greet(c, True)
    order = non_luhn(16)
    c.a("have you got your order number there")
    c.c("yeah the order number is ", say_grouped(order, [4, 4, 4, 4]))
    c.a("thanks found it, and to pay the difference of %s I need the card" % money(ctry))
    ds, g = gen_card()
    c.c("okay card number ", c.v(say_grouped(ds, g), c.group("CARD_NUMBER", ds)))
    c.a("and your last card ended %s, do you want that one removed" % say_digits(rdig(4), pairs=0))
    c.c("yes please")
    return "card read alongside a 16-digit order number said the same way (unlabelled) and another card's last four"


def p_ssn(c):
    ind = R.choice(["healthcare billing", "insurance", "banking", "government services"])
    asr = R.random() < 0.6
    g = R.choice(AGENTS)
    s = gen_ssn()
    gid = c.group("SSN", s)
    if asr:
        c.a("thank you for calling %s this is %s can I get the last name and social" % (
            R.choice(["carebridge billing", "keystone mutual", "prairie federal", "the state dmv"]), g.lower()))
        style = R.choice(["grp", "grp", "pairs", "split"])
        if style == "split":
            c.c("it's %s and the social is " % R.choice(LAST), c.v(say_digits(s[:3]), gid))
            c.a(R.choice(BACK))
            c.c(c.v(say_digits(s[3:5], pairs=0.7), gid))
            c.a(R.choice(BACK))
            c.c(c.v(say_digits(s[5:], filler=0.2), gid))
        else:
            c.c("%s, social ", R.choice(LAST), c.v(say_grouped(s, [3, 2, 4], pairs=0.6 if style == "pairs" else 0.2,
                                                                  filler=0.1), gid)) if False else \
                c.c(R.choice(LAST) + ", social ",
                    c.v(say_grouped(s, [3, 2, 4], pairs=0.6 if style == "pairs" else 0.2, filler=0.1), gid))
        if R.random() < 0.5:
            c.a("and that's ", c.v(say_grouped(s, [3, 2, 4], sep=" "), c.group("SSN", s)), " yes")
            c.c("uh huh")
        claim = rdig(9)
        c.a("okay I see claim number %s for %s, that's with the provider" % (
            say_grouped(claim, [3, 3, 3], sep=" "), money("US")))
    else:
        c.a("Hi, this is %s with %s. To verify, please provide your SSN." % (g, R.choice(["Keystone Mutual", "CareBridge Billing", "ShopNest Credit"])))
        fmt = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"])
        lab = R.choice(["SSN: ", "ssn ", "Social Security # ", "soc sec no. ", "my ss# is ", ""])
        c.c(lab, c.v(fmt % (s[:3], s[3:5], s[5:]), gid), R.choice([
            "", " and my member ID is %s" % rdig(9), ". Invoice INV-%s" % rdig(7),
            ", account balance shows %s" % money("US")]))
        c.a("Thanks, verified. Your case number is %s-%s-%s." % (rdig(3), rdig(2), rdig(4)))
    return "US SSN %s with 9-digit unlabelled distractor in the same case" % ("spoken" if asr else "typed")


def p_ni(c):
    asr = R.random() < 0.6
    s = gen_ni()
    gid = c.group("NI_NUMBER", s)
    c.a(("thanks for calling the %s, can I take your national insurance number" if asr else
         "Welcome to the %s webchat. What's your National Insurance number?") % R.choice(
        ["benefits helpline", "pension service", "student finance line", "tax credits office"]))
    if asr:
        st = R.choice(["plain", "nato", "pairs", "split"])
        if st == "split":
            c.c("yeah it's ", c.v(say_alnum(s[:2]), gid), " ", R.choice(FILLERS), " ",
                c.v(say_digits(s[2:5]), gid))
            c.a(R.choice(BACK))
            c.c(c.v(say_digits(s[5:8]), gid), " and then ", c.v(say_letter(s[8]), gid))
        else:
            c.c(R.choice(["it's ", "um ", "", "right it's "]),
                c.v(say_alnum(s, pairs=0.7 if st == "pairs" else 0.2,
                              style="for" if st == "nato" else None, filler=0.1), gid))
        if R.random() < 0.5:
            c.a("so ", c.v(say_alnum(s, style="plain", pairs=0.6), c.group("NI_NUMBER", s)), " is that right")
            c.c("that's it")
        c.a("thanks and your claim reference is %s, payments go out every fourteen days" %
            say_digits(rdig(8), pairs=0.5))
    else:
        f = R.choice(["%s%s%s%s%s", "%s %s %s %s %s", "%s-%s-%s-%s-%s"])
        txt = f % (s[:2], s[2:4], s[4:6], s[6:8], s[8])
        if R.random() < 0.35:
            txt = txt.lower()
        c.c(R.choice(["NI no: ", "ni number ", "NINO ", "It's ", "my NI is ", ""]), c.v(txt, gid),
            R.choice(["", " thanks", ". claim ref CR%s" % rdig(7), " (tax code 1257L)"]))
        c.a("Thank you. I can see your Universal Credit payment of %s is due on the %s." %
            (money("UK"), ORD[R.randint(1, 28)]))
    return "UK NI number %s" % ("spoken" if asr else "typed")


def p_bank_uk(c):
    asr = R.random() < 0.55
    sc = rdig(6)
    acct = rdig(8)
    gs, ga = c.group("SORT_CODE", sc), c.group("BANK_ACCOUNT", acct)
    greet(c, asr)
    if asr:
        c.a("for the direct debit I need the sort code and account number")
        c.c("sort code ", c.v(say_grouped(sc, [2, 2, 2], pairs=0.5), gs))
        c.a(R.choice(BACK))
        if R.random() < 0.5:
            c.c("account number ", c.v(say_digits(acct[:4]), ga))
            c.a(R.choice(BACK))
            c.c(c.v(say_digits(acct[4:], filler=0.2), ga))
        else:
            c.c("and the account is ", c.v(say_grouped(acct, [4, 4], filler=0.1), ga))
        c.a("thank you, the first payment of %s comes out on the first" % money("UK"))
    else:
        c.a("Please confirm the bank details for the refund.")
        scf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        c.c(R.choice(["sort code ", "S/C: ", "sort: "]), c.v(scf, gs),
            R.choice([" acct no: ", ", account ", " a/c ", " acc# "]), c.v(acct, ga))
        c.a("Thanks - refund %s, reference RF%s, should land in 3-5 working days." % (money("UK"), rdig(8)))
    return "UK sort code + account number"


def p_bank_us(c):
    acct = rdig(R.choice([10, 11, 12]))
    ga = c.group("BANK_ACCOUNT", acct)
    c.a("Prairie Federal, this is %s. What's the account you want the transfer from?" % R.choice(AGENTS))
    if R.random() < 0.5:
        c.c(R.choice(["checking acct ", "acct no: ", "account # ", "the account is "]), c.v(acct, ga),
            ", send $%d.00 please" % R.randint(20, 900))
    else:
        c.c("uh checking, it's ", c.v(say_digits(acct, filler=0.1, pairs=0.3), ga))
        c.a("and that's ", c.v(say_digits(acct, pairs=0), c.group("BANK_ACCOUNT", acct)))
        c.c("yes ma'am")
    c.a("Done. Confirmation number %s." % rdig(10))
    return "US bank account; 10-digit confirmation number unlabelled"


def p_iban(c):
    ib = gen_iban()
    gid = c.group("IBAN", ib)
    greet(c, False)
    c.a("For the SEPA transfer please give your IBAN.")
    st = R.choice(["typed4", "typed4", "flat", "lower", "spoken"])
    if st == "typed4":
        t = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    elif st == "flat":
        t = ib
    elif st == "lower":
        t = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()
    if st != "spoken":
        c.c(R.choice(["IBAN: ", "iban ", "It's ", "my IBAN is ", ""]), c.v(t, gid),
            R.choice(["", " (BIC %s)" % R.choice(["AIBKIE2D", "BOFIIE2D", "NWBKGB2L", "DEUTDEFF"])]))
    else:
        a = ib[:8]
        c.c("ok it's ", c.v(say_alnum(a, style="plain"), gid))
        c.a(R.choice(BACK))
        c.c(c.v(say_digits(ib[8:], pairs=0.2, zeros=("zero",)) if ib[8:].isdigit()
                else say_alnum(ib[8:], style="plain"), gid))
    c.a("Thanks, %s will be transferred within 2 working days, ref %s." % (money("EU"), rdig(12)))
    return "IBAN with unlabelled 12-digit reference"


def p_phone(c):
    asr = R.random() < 0.55
    disp, canon, grp = gen_phone()
    if canon is None:
        canon = re.sub(r"\D", "", disp.replace("(0)", ""))
    greet(c, asr)
    c.a("what's the best number to reach you on" if asr else "What's a good contact number?")
    if asr:
        ds = canon
        intl = not ds.startswith("0") and (len(ds) > 10)
        body = say_grouped(ds[len(ds) - len(ds):], grp or [len(ds)], filler=0.08,
                           zeros=("oh", "zero", "o")) if not intl else \
            say_digits(ds, zeros=("oh", "zero"), filler=0.05)
        if intl:
            body = "plus " + body
        gid = c.group("PHONE", ds)
        c.c(R.choice(["it's ", "yeah ", "my mobile's ", "um "]), c.v(body, gid))
        if R.random() < 0.5:
            c.a("let me read that back ", c.v(say_digits(ds, pairs=0, zeros=("oh",)), c.group("PHONE", ds)))
            c.c("yep")
    else:
        gid = c.group("PHONE", canon)
        if disp.startswith("(") or disp.startswith("+"):
            pre, val = disp[0], disp[1:]
        else:
            pre, val = "", disp
        c.c(R.choice(["mob: ", "tel ", "call me on ", "phone - ", "number is ", "cell "]), pre, c.v(val, gid),
            R.choice(["", " after 5pm", " (not before 9:30)", " ext. %d" % R.randint(10, 999)]))
    c.a("thanks, we'll call you back within 48 hours" if asr else "Thanks, an engineer will call within 2 hours.")
    return "contact phone number %s" % ("spoken" if asr else "typed")


def say_email(e):
    local, dom = e.split("@")
    out = []
    for m in re.finditer(r"[a-z]+|\d+|[._-]", local):
        t = m.group(0)
        if t == ".":
            out.append("dot")
        elif t == "_":
            out.append("underscore")
        elif t == "-":
            out.append(R.choice(["dash", "hyphen"]))
        elif t.isdigit():
            out.append(say_digits(t, zeros=("zero",), pairs=0.8))
        elif len(t) == 1 or R.random() < 0.25:
            out.append(" ".join(say_letter(ch.upper(), R.choice(["plain", "for"])) for ch in t)
                       if len(t) <= 6 else t)
        else:
            out.append(t)
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def p_email(c):
    e = gen_email()
    asr = R.random() < 0.55
    greet(c, asr)
    gid = c.group("EMAIL", e)
    if asr:
        c.a("and an email address for the confirmation")
        c.c(R.choice(["yeah it's ", "it's ", "um "]), c.v(say_email(e), gid))
        if R.random() < 0.4:
            c.a("so ", c.v(say_email(e), c.group("EMAIL", e)))
            c.c("that's right")
    else:
        t = e if R.random() < 0.7 else e.upper() if R.random() < 0.3 else e.capitalize()
        c.c(R.choice(["email: ", "e-mail - ", "its ", "send it to ", "Email addr "]), c.v(t, gid),
            R.choice(["", " pls", " thx", "."]))
    c.a("Great, order %s confirmation is on its way." % rdig(8))
    return "email %s" % ("spoken" if asr else "typed")


def p_dob(c):
    d = gen_dob()
    asr = R.random() < 0.55
    greet(c, asr)
    gid = c.group("DOB", d.isoformat())
    c.a("can you confirm your date of birth" if asr else "Please confirm your date of birth.")
    if asr:
        c.c(R.choice(["it's ", "yeah ", "", "um "]), c.v(spoken_dob(d), gid))
    else:
        c.c(R.choice(["DOB ", "d.o.b: ", "born ", "", "Date of birth: "]), c.v(typed_dob(d), gid))
    yrs = 2026 - d.year
    c.a(R.choice(["thanks, and your appointment is on the %s at %d:%02d" % (ORD[R.randint(1, 28)], R.randint(8, 17), R.choice([0, 15, 30, 45])),
                  "thank you, your policy renews in %s %d" % (MONTHS[R.randint(0, 11)], R.randint(2026, 2028)),
                  "thanks, I see you've been with us %d years" % R.randint(2, 20)]))
    return "date of birth %s, unlabelled non-DOB date nearby" % ("spoken" if asr else "typed")


def p_address(c):
    uk = R.random() < 0.6
    asr = R.random() < 0.5
    greet(c, asr)
    c.a("what's the address on the account" if asr else "Could you confirm the address?")
    num = R.randint(1, 240)
    flat = R.random() < 0.25
    street = R.choice(STREETS if uk else US_STREETS)
    if uk:
        pc = gen_uk_pc()
        town = R.choice(UK_TOWNS)
    else:
        pc = gen_zip()
        town, st = R.choice(US_TOWNS)
    pcc = pc.replace(" ", "").replace("-", "")
    ga = c.group("ADDRESS", "%d %s" % (num, street))
    gp = c.group("POSTCODE", pcc)
    if asr:
        if flat:
            fn = R.randint(1, 12)
            addr = "flat " + say_digits(str(fn)) + " " + (say_digits(str(num), pairs=0.7, hund=0.5)) + " " + street.lower()
        else:
            addr = say_digits(str(num), pairs=0.7, hund=0.5) + " " + street.lower()
        if uk:
            pcs = say_alnum(pc.replace(" ", ""), style=R.choice(["plain", "for"]), zeros=("zero",), pairs=0, hund=0)
        else:
            pcs = say_digits(pcc, pairs=0.3)
        c.c(R.choice(["it's ", "", "um "]), c.v(addr, ga), " " + town.lower() + " ", c.v(pcs, gp))
        c.a("and the road's still closed at the junction with %s, so the engineer will come round the back" %
            R.choice(STREETS).lower())
    else:
        if flat:
            addr = R.choice(["Flat %d, ", "Apt %d, ", "flat %d "]) % R.randint(1, 30) + "%d %s" % (num, street)
        else:
            addr = "%d %s" % (num, street)
        if R.random() < 0.3:
            addr = addr.lower()
        pct = pc if R.random() < 0.7 else pc.lower()
        if uk:
            c.c(c.v(addr, ga), ", " + town + ", ", c.v(pct, gp))
        else:
            c.c(c.v(addr, ga), ", " + town + ", " + st + " ", c.v(pct, gp))
    c.a("Thanks. Delivery slot booked for %s between 7am and 1pm." % R.choice(["Tuesday", "Friday", "the 12th"]))
    return "%s address and %s" % ("UK" if uk else "US", "postcode" if uk else "ZIP")


def p_mixed(c):
    """Identity & verification bundle across several turns, with decoys."""
    greet(c, True)
    d = gen_dob()
    pc = gen_uk_pc()
    e = gen_email()
    c.a("for security can I take your date of birth and postcode")
    c.c(c.v(spoken_dob(d), c.group("DOB", d.isoformat())), " and it's ",
        c.v(say_alnum(pc.replace(" ", ""), style="plain", zeros=("zero",), pairs=0, hund=0),
            c.group("POSTCODE", pc.replace(" ", ""))))
    c.a("thanks, and I'm looking at policy number %s, it says the excess is %s" % (
        say_grouped(rdig(10), [3, 3, 4], sep=" "), money("UK")))
    c.c("yeah that's the car one")
    c.a("and the email we've got")
    c.c(c.v(say_email(e), c.group("EMAIL", e)))
    s = gen_ni()
    c.a("and lastly national insurance number")
    c.c(c.v(say_alnum(s, pairs=0.5, filler=0.1), c.group("NI_NUMBER", s)))
    c.a("thanks, you're verified, claim %s is with the assessor" % say_digits(rdig(8), pairs=0.6))
    return "insurance ID&V: DOB, postcode, email, NI with unlabelled policy/claim numbers"


def p_card_full_then_last4(c):
    ind, ctry, o = greet(c, True)
    ds, g = gen_card()
    c.a("what card would you like to use")
    c.c(c.v(say_grouped(ds, g, filler=0.05), c.group("CARD_NUMBER", ds)))
    c.a("thanks")
    c.c("and actually can you check the card ending ", c.v(say_digits(ds[-4:], pairs=0.5), c.group("CARD_NUMBER", ds, "suffix")),
        " is the one on my account, I had one ending ", say_digits(rdig(4), pairs=0), " before")
    c.a("yes the card ending in " + say_digits(ds[-4:], pairs=0), "") if False else \
        c.a("yes that's the card ending ", c.v(say_digits(ds[-4:], pairs=0), c.group("CARD_NUMBER", ds, "suffix")))
    return "full card read, so later last-four mentions of the same card are labelled; another card's last four is not"


POS_TEMPLATES = [
    (p_card_typed, 14), (p_card_spoken, 16), (p_card_split, 14), (p_card_restart, 7),
    (p_card_aside, 7), (p_card_correction, 5), (p_card_with_decoy, 8), (p_card_full_then_last4, 5),
    (p_ssn, 30), (p_ni, 28), (p_bank_uk, 14), (p_bank_us, 6), (p_iban, 13), (p_phone, 22),
    (p_email, 16), (p_dob, 15), (p_address, 16), (p_mixed, 8),
]

# --------------------------------------------------------------------------
# negative case templates
# --------------------------------------------------------------------------


def n_order_card_rhythm(c):
    greet(c, True)
    x = non_luhn(16)
    lab = R.choice(["order number", "tracking number", "booking reference", "voucher code", "gift card serial"])
    c.a("can I take the %s please, not the card number" % lab)
    c.c("yeah so the %s is %s" % (lab, say_grouped(x, [4, 4, 4, 4], filler=0.1)))
    c.a("and I paid with my card ending %s" % say_digits(rdig(4), pairs=0) if False else
        "thanks, that was paid by card ending %s on the %s" % (say_digits(rdig(4), pairs=0), ORD[R.randint(1, 28)]))
    return "16-digit %s in card rhythm plus card last four" % lab


def n_last4(c):
    greet(c, False)
    l4 = rdig(4)
    c.a("Which card did you use?")
    c.c(R.choice(["the one ending %s", "card ending in %s", "my visa ending %s", "last 4 digits %s", "****%s"]) % l4)
    c.a("Thanks, I can see a charge of %s on %s %d to card ending %s." % (money("UK"), MONTHS[R.randint(0, 11)], R.randint(1, 28), l4))
    return "card last-four only"


def n_ssn_rhythm(c):
    c.a("Keystone Mutual claims, this is %s" % R.choice(AGENTS))
    x = "%03d%02d%04d" % (R.randint(100, 999), R.randint(10, 99), R.randint(1000, 9999))
    lab = R.choice(["claim number", "member ID", "group number", "prior auth number", "case number"])
    if R.random() < 0.5:
        c.c("hi, calling about my %s, it's %s-%s-%s, I already gave you my social last time" % (lab, x[:3], x[3:5], x[5:]))
    else:
        c.c("my %s is %s, not my social security, the %s" % (lab, say_grouped(x, [3, 2, 4]), lab))
    c.a("got it, that %s shows a balance of %s, %d%% covered" % (lab, money("US"), R.choice([60, 70, 80, 90])))
    return "SSN-shaped %s" % lab


def n_ni_rhythm(c):
    lab = R.choice(["policy number", "reference", "tax code", "claim reference", "case ID", "vehicle reg"])
    # NI-like shape: two letters, six digits, letter; mostly invalid NI prefixes/suffixes
    p = R.choice(["QZ", "BG", "TN", "DF", "VU", "GB", "NK"] + ["PL", "HX", "CR"])
    suf = R.choice("EFGHXYZ" + "ABCD")
    x = p + rdig(6) + suf
    greet(c, R.random() < 0.5)
    c.a("have you got the %s, it's on the letter, not your national insurance number" % lab)
    if R.random() < 0.5:
        c.c("%s: %s %s %s %s %s" % (lab, x[:2], x[2:4], x[4:6], x[6:8], x[8]))
    else:
        c.c("yeah it's %s" % say_alnum(x, style="plain", pairs=0.6))
    c.a("thanks, that %s is for the %d tax year, you're due %s" % (lab, R.randint(2019, 2025), money("UK")))
    return "NI-shaped %s" % lab


def n_amounts(c):
    ind, ctry, o = greet(c, R.random() < 0.5)
    c.a("your balance is %s and the minimum payment is %s" % (money(ctry), money(ctry)))
    c.c("ok and the interest rate is %s%%? and when is it due" % R.choice(["19.9", "24.95", "3.5", "0"]))
    c.a("it's due on the %s of %s, you've %d days left, or pay %s in %d instalments" % (
        ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)], R.randint(2, 30), money(ctry), R.choice([3, 6, 12])))
    return "balances, rates, due dates, counts"


def n_times(c):
    greet(c, True)
    c.c("what time do you open on %s" % R.choice(["saturday", "bank holiday monday", "christmas eve"]))
    c.a("we're open %s till %s, and the wait is about %s minutes" % (
        R.choice(["nine", "eight thirty", "ten"]), R.choice(["five thirty", "four", "eight pm"]),
        R.choice(["twenty", "forty five", "ninety"])))
    c.c("ok I'm %s so I'll come at %s" % (say_digits(str(R.randint(60, 95)), pairs=1), R.choice(["twelve fifteen", "two o'clock", "half ten"])))
    return "opening hours, durations, age"


def n_meter(c):
    c.a("Brightwater Energy, meter readings line.")
    m = rdig(R.choice([5, 6, 8]))
    serial = R.choice(["E", "K", "S"]) + rdig(2) + R.choice(["Z", "W", "A"]) + rdig(6)
    if R.random() < 0.5:
        c.c("meter serial %s, reading %s, and the MPAN is %s" % (serial, m, rdig(13)))
    else:
        c.c("the reading's %s and the serial on the meter is %s" % (say_grouped(m, [len(m)]), say_alnum(serial, style="plain")))
    c.a("thanks, your estimated bill was %s, your actual usage is %d kWh" % (money("UK"), R.randint(100, 900)))
    return "meter reading, meter serial and 13-digit MPAN"


def n_travel(c):
    greet(c, R.random() < 0.5)
    fl = R.choice(["EI", "FR", "BA", "LH", "AF", "UA"]) + str(R.randint(100, 9999))
    c.c("my flight %s on %s %d, booking ref %s, seat %d%s" % (
        fl, MONTHS[R.randint(0, 11)], R.randint(1, 28), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
        R.randint(1, 40), R.choice("ABCDEF")))
    c.a("that departs gate %s at %02d:%02d, room %d at the airport hotel is confirmed, ticket number %s" % (
        R.choice(["B", "C", ""]) + str(R.randint(1, 60)), R.randint(5, 23), R.choice([5, 20, 40, 55]),
        R.randint(100, 990), rdig(13)))
    return "flight, seat, gate, room, 13-digit ticket number"


def n_serial(c):
    greet(c, False)
    ser = non_luhn(R.choice([15, 16, 19]))
    c.c("Router model %s, serial no %s, invoice #%s" % (
        R.choice(["HG8245H", "TG-3442", "VMDG505", "Archer C7"]), ser, rdig(9)))
    c.a("Thanks. Firmware %d.%d.%d, %d%% signal, ticket %s." % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 99),
                                                                R.randint(10, 99), rdig(8)))
    return "long serial numbers near invoice/ticket numbers"


def n_ref_spoken(c):
    greet(c, True)
    lab = R.choice(["reference number", "invoice number", "policy number", "account reference on the bill", "claim number"])
    x = rdig(R.choice([8, 10, 12, 16]))
    c.a("and the %s" % lab)
    c.c("the %s is %s" % (lab, say_digits(x[:len(x) // 2], pairs=0.4)))
    c.a(R.choice(BACK))
    c.c(say_digits(x[len(x) // 2:], pairs=0.4, filler=0.1))
    c.a("thank you, that %s was raised on the %s, it's for %s" % (lab, ORD[R.randint(1, 28)], money("UK")))
    return "%s split over turns like a card reading" % lab


def n_roads_temp(c):
    greet(c, True)
    c.c("I'm stuck on the %s near junction %d, it's %d degrees and the car says %d percent battery" % (
        R.choice(["m25", "a40", "i 95", "route sixty six", "n seven", "m50"]), R.randint(1, 30), R.randint(-5, 35), R.randint(1, 99)))
    c.a("okay, recovery will be %d minutes, your breakdown cover number %s covers %d call outs a year" % (
        R.randint(30, 120), rdig(9), R.choice([5, 7])))
    return "roads, temperatures, percentages, cover number"


def n_years_contract(c):
    greet(c, False)
    c.c("I've been a customer since %d and my contract ends %s %d" % (R.randint(1995, 2020), MONTHS[R.randint(0, 11)], R.randint(2026, 2028)))
    c.a("Your contract %s started %02d/%02d/%d with %d months left at %s per month." % (
        "CT" + rdig(8), R.randint(1, 28), R.randint(1, 12), R.randint(2022, 2025), R.randint(1, 24), money("UK")))
    return "years, contract dates and contract number"


def n_card_words_numbers(c):
    greet(c, True)
    c.a("I can't take card details on this line so don't read the card out, I just need the payment reference")
    x = non_luhn(R.choice([16, 18]))
    c.c("okay it's %s and it was for %s" % (say_grouped(x, [4] * (len(x) // 4) + [len(x) % 4]), money("UK")))
    c.a("found it, paid on the %s, card ending %s" % (ORD[R.randint(1, 28)], say_digits(rdig(4), pairs=0.5)))
    return "card words near payment reference read like a card"


def n_appointment(c):
    c.a("CareBridge Billing, how can I help?")
    c.c("I had an appointment on %d/%d/%d and was billed %s twice, statement %s" % (
        R.randint(1, 12), R.randint(1, 28), R.randint(2024, 2026), money("US"), rdig(10)))
    c.a("I see it. Procedure code %d, provider NPI %s, I'll refund within %d business days." % (
        R.randint(90000, 99499), rdig(10), R.randint(5, 10)))
    return "appointment date, amounts, statement/procedure/provider numbers"


NEG_TEMPLATES = [
    (n_order_card_rhythm, 14), (n_last4, 8), (n_ssn_rhythm, 14), (n_ni_rhythm, 14),
    (n_amounts, 7), (n_times, 6), (n_meter, 7), (n_travel, 7), (n_serial, 7), (n_ref_spoken, 10),
    (n_roads_temp, 5), (n_years_contract, 5), (n_card_words_numbers, 8), (n_appointment, 6),
]

# --------------------------------------------------------------------------
# generation and checking
# --------------------------------------------------------------------------


def generate():
    global R
    R = random.Random(SEED)
    pos, neg = [], []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            c = Case("positive", "")
            c.note = fn(c)
            pos.append(c)
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            c = Case("negative", "")
            c.note = fn(c)
            neg.append(c)
    R.shuffle(pos)
    R.shuffle(neg)
    recs, internal = [], []
    for prefix, lst in (("pos", pos), ("neg", neg)):
        for i, c in enumerate(lst, 1):
            turns, spans = c.build()
            cid = "h457-%s-%03d" % (prefix, i)
            spans.sort(key=lambda s: (s["turn"], s["start"]))
            recs.append({"id": cid, "kind": c.kind, "turns": turns,
                         "spans": [{k: s[k] for k in ("turn", "start", "end", "type")} for s in spans],
                         "note": c.note})
            internal.append((cid, c, spans))
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    return text, internal


MODE = {"CARD_NUMBER": "num", "CVV": "num", "SSN": "num", "SORT_CODE": "num", "BANK_ACCOUNT": "num",
        "PHONE": "num", "NI_NUMBER": "alnum", "IBAN": "alnum", "POSTCODE": "alnum", "EMAIL": "email"}


def validate_canon(typ, v):
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return (v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9"
                and v[3:5] != "00" and v[5:] != "0000")
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "PHONE":
        v2 = v[2:] if v.startswith("00") else v
        return v.isdigit() and 10 <= len(v2) <= 13
    if typ == "NI_NUMBER":
        return ni_ok(v)
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "POSTCODE":
        return postcode_ok(v)
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v) is not None
    if typ == "DOB":
        d = datetime.date.fromisoformat(v)
        return 1900 < d.year < 2010
    if typ == "EXPIRY":
        m, y = v.split("/")
        return 1 <= int(m) <= 12 and 0 <= int(y) <= 99
    if typ == "ADDRESS":
        return re.match(r"\d+ ", v) is not None
    return False


NUMWORD = set(W_UNIT) | set(W_TEEN) | set(W_TENS) | set(W_ZERO) | {"double", "triple", "hundred"}
MONTHWORDS = {m.lower() for m in MONTHS} | {m.lower()[:3] for m in MONTHS}


def check(path):
    errs = []
    text, internal = generate()
    with open(path, "rb") as fh:
        disk = fh.read()
    if disk != text.encode("utf-8"):
        errs.append("file differs from regenerated output")
    recs = [json.loads(l) for l in disk.decode("utf-8").splitlines()]
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for r in recs:
        if r["kind"] == "positive":
            npos += 1
            if not r["spans"]:
                errs.append("%s: positive with no spans" % r["id"])
        elif r["kind"] == "negative":
            nneg += 1
            if r["spans"]:
                errs.append("%s: negative with spans" % r["id"])
        else:
            errs.append("%s: bad kind" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % r["id"])
        last = {}
        for s in r["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
            if s["type"] not in TYPES:
                errs.append("%s: bad type %s" % (r["id"], s["type"]))
            if not (0 <= s["turn"] < len(r["turns"])):
                errs.append("%s: turn out of range" % r["id"])
                continue
            tx = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append("%s: offsets out of range" % r["id"])
                continue
            if not (tx[a].isalnum() and tx[b - 1].isalnum()):
                errs.append("%s: span %r does not start/end on alnum" % (r["id"], tx[a:b]))
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (r["id"], tx[a:b]))
            if s["turn"] in last and a < last[s["turn"]]:
                errs.append("%s: overlapping spans" % r["id"])
            last[s["turn"]] = b
    # value validation with generator metadata
    for cid, c, spans in internal:
        by = {}
        for s in spans:
            by.setdefault(s["_gid"], []).append(s)
        if set(by) != set(c.groups):
            errs.append("%s: group without spans" % cid)
        for gid, g in c.groups.items():
            typ, canon, mode = g["type"], g["canon"], g["mode"]
            if mode != "any" or typ != "CARD_NUMBER":
                if not validate_canon(typ, canon):
                    errs.append("%s: invalid %s value %r" % (cid, typ, canon))
            txts = [s["_text"] for s in by.get(gid, [])]
            joined = " ".join(txts)
            if typ in MODE:
                try:
                    got = normalise(joined, MODE[typ])
                except NormError as ex:
                    errs.append("%s: %s" % (cid, ex))
                    continue
                if typ == "EMAIL":
                    got = got.lower()
                want = canon
                ok = {"full": got == want, "prefix": want.startswith(got) and len(got) >= 2,
                      "suffix": want.endswith(got) and len(got) >= 4, "any": got == want}[mode]
                if not ok:
                    errs.append("%s: %s span %r normalises to %r, expected %r (%s)" % (cid, typ, joined, got, want, mode))
            elif typ in ("DOB", "EXPIRY"):
                ws = set(re.findall(r"[a-z]+", joined.lower()))
                if not (re.search(r"\d", joined) or ws & NUMWORD or ws & MONTHWORDS):
                    errs.append("%s: %s span %r has no date content" % (cid, typ, joined))
            elif typ == "ADDRESS":
                ws = set(re.findall(r"[a-z]+", joined.lower()))
                if not ((re.search(r"\d", joined) or ws & NUMWORD) and ws & STREET_WORDS):
                    errs.append("%s: ADDRESS span %r lacks number/street" % (cid, joined))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d positive, %d negative" % (npos, nneg))
    need = {t: 10 for t in TYPES}
    need.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, n in need.items():
        if counts.get(t, 0) < n:
            errs.append("too few %s spans: %d < %d" % (t, counts.get(t, 0), n))
    return errs, npos, nneg, counts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    if args.check:
        errs, npos, nneg, counts = check(OUT)
        for e in errs[:50]:
            print("ERROR:", e)
        print("cases: %d positive, %d negative" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts.get(t, 0)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            return 1
        print("CHECK OK")
        return 0
    text, _ = generate()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print("wrote %s" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())

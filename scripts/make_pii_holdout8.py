#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``tests/fixtures/pii_holdout8``.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
(one ``random.Random(8231126)``).

    python scripts/make_pii_holdout8.py           # write cases.jsonl + README.md
    python scripts/make_pii_holdout8.py --check   # regenerate and verify

Never use this set for tuning.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
import random

SEED = 8231126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout8"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# number words
# --------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
             "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
FOLK = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward",
        "f": "freddie", "g": "george", "h": "harry", "j": "john", "k": "king",
        "l": "london", "m": "mother", "n": "nancy", "p": "peter", "r": "robert",
        "s": "sugar", "t": "tommy", "w": "william", "x": "xmas", "y": "yellow",
        "z": "zebra", "e2": "echo"}


def ordinal_words(n: int) -> str:
    if n < 10:
        return ORD_UNITS[n]
    if n < 20:
        return ORD_TEENS[n - 10]
    if n % 10 == 0:
        return {20: "twentieth", 30: "thirtieth"}[n]
    return TENS[n // 10] + " " + ORD_UNITS[n % 10]


def num_words(n: int) -> str:
    """0..99 as words."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n % 10 == 0:
        return TENS[n // 10]
    return TENS[n // 10] + " " + UNITS[n % 10]


class Speaker:
    """Renders digit strings the way a caller says them and an ASR writes them."""

    def __init__(self, rng: random.Random, region: str):
        self.rng = rng
        self.region = region
        if region == "uk":
            self.zeros = ["oh", "oh", "nought", "zero", "o"]
        elif region == "ie":
            self.zeros = ["oh", "zero", "o"]
        else:
            self.zeros = ["zero", "zero", "oh", "o"]
        self.zero = rng.choice(self.zeros)

    def dw(self, d: str) -> str:
        if d == "0":
            return self.zero if self.rng.random() < 0.8 else self.rng.choice(self.zeros)
        return UNITS[int(d)]

    def digits(self, s: str, multi: bool = True, homophones: bool = False, hp: float = 0.25) -> str:
        out = []
        i = 0
        rng = self.rng
        while i < len(s):
            d = s[i]
            if multi and i + 2 < len(s) and s[i + 1] == d == s[i + 2] and rng.random() < 0.6:
                out.append("triple " + self.dw(d))
                i += 3
                continue
            if multi and i + 1 < len(s) and s[i + 1] == d and rng.random() < 0.6:
                out.append("double " + self.dw(d))
                i += 2
                continue
            w = self.dw(d)
            if homophones and rng.random() < hp:
                w = {"two": "to", "four": "for", "eight": "ate"}.get(w, w)
            out.append(w)
            i += 1
        return " ".join(out)

    def pairs(self, s: str) -> str:
        out = []
        if len(s) % 2:
            out.append(self.dw(s[0]))
            s = s[1:]
        for i in range(0, len(s), 2):
            p = s[i:i + 2]
            if p == "00":
                out.append("double " + self.dw("0"))
            elif p[0] == "0":
                out.append(self.dw("0") + " " + UNITS[int(p[1])])
            else:
                out.append(num_words(int(p)))
        return " ".join(out)

    def mixed(self, s: str) -> str:
        """digit-by-digit or pairs, chosen per 4-digit block."""
        out = []
        for b in chunks(s, 4):
            # a block ending in a bare tens word ("forty") followed by a unit would merge
            ok = len(b) % 2 == 0 and not (b[-2] != "0" and b[-1] == "0")
            out.append(self.pairs(b) if ok and self.rng.random() < 0.35 else self.digits(b))
        return " ".join(out)


def chunks(s: str, n: int):
    return [s[i:i + n] for i in range(0, len(s), n)]


def split_n(items, k):
    """split list into k non-empty consecutive parts"""
    n = len(items)
    k = min(k, n)
    base, extra = divmod(n, k)
    out, i = [], 0
    for j in range(k):
        size = base + (1 if j < extra else 0)
        out.append(items[i:i + size])
        i += size
    return out


def spell_letters(rng: random.Random, s: str, style: str) -> str:
    """letters spelled out; style: plain / nato / folk / mix"""
    out = []
    for ch in s:
        c = ch.lower()
        if c.isdigit():
            out.append(UNITS[int(c)])
            continue
        st = style if style != "mix" else rng.choice(["plain", "plain", "nato", "folk"])
        if c == "o":
            st = "nato"  # a lone "o" would be heard as zero
        if st == "nato":
            out.append(f"{c} for {NATO[c]}" if rng.random() < 0.7 else f"{c} as in {NATO[c]}")
        elif st == "folk" and c in FOLK:
            out.append(f"{c} for {FOLK[c]}")
        else:
            out.append(c)
    return " ".join(out)


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
def luhn_ok(d: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(prefix: str) -> str:
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def gen_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if brand == "visa":
        pre, n = "4" + "".join(rng.choice("0123456789") for _ in range(5)), 16
    elif brand == "mc":
        pre, n = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif brand == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    elif brand == "disc":
        pre, n = "6011", 16
    elif brand == "visa13":
        pre, n = "4", 13
    else:
        pre, n = rng.choice(["6759", "6761", "5018"]), 19
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - 1 - len(pre)))
    return luhn_complete(body), brand


def group_card(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    if len(num) == 13:
        return [num[:4], num[4:8], num[8:]]
    return chunks(num, 4)


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        return f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


NI_BAD_FIRST = set("DFIQUVO")
NI_BAD_SECOND = set("DFIQUVO")
NI_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def gen_ni(rng):
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    while True:
        a, b = rng.choice(letters), rng.choice(letters)
        if a in NI_BAD_FIRST or b in NI_BAD_SECOND or a + b in NI_BAD_PREFIX:
            continue
        digits = "".join(rng.choice("0123456789") for _ in range(6))
        return a + b + digits + rng.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def gen_iban(rng, country=None):
    country = country or rng.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IE", "GB"])
    dg = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(6) + dg(8)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + dg(6) + dg(8)
    elif country == "DE":
        bban = dg(18)
    elif country == "FR":
        bban = dg(23)
    elif country == "NL":
        bban = rng.choice(["ABNA", "RABN", "INGB", "TRIB"]) + dg(10)
    else:
        bban = dg(20)
    return country + iban_check(country, bban) + bban


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "EC", "M", "B", "LS", "EH", "G", "CF", "BS",
            "L", "S", "NG", "LE", "CB", "BT", "KT", "RG", "GU", "TN", "PR", "YO", "HU"]
PC_LET = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode_uk(rng):
    area = rng.choice(UK_AREAS)
    if rng.random() < 0.1:
        area, district = rng.choice([("SW", "1A"), ("SW", "1P"), ("SW", "1V"), ("SW", "1W"), ("W", "1B"),
                                     ("W", "1D"), ("W", "1T"), ("EC", "1A"), ("EC", "1V"), ("EC", "2M"),
                                     ("EC", "4Y"), ("WC", "2H"), ("WC", "1E")])
    else:
        district = str(rng.randint(1, 28 if len(area) == 2 else 40))
    inward = str(rng.randint(1, 9)) + rng.choice(PC_LET) + rng.choice(PC_LET)
    return area + district + " " + inward


def gen_zip(rng, plus4=False):
    z = f"{rng.randint(10001, 99950):05d}"
    if plus4:
        z += "-" + f"{rng.randint(1, 9999):04d}"
    return z


FIRST = ["john", "sarah", "priya", "liam", "aoife", "mark", "emma", "tomasz", "fatima", "dave",
         "claire", "sean", "megan", "raj", "lucy", "kevin", "niamh", "grace", "ben", "hannah"]
LAST = ["smith", "doyle", "patel", "murphy", "jones", "kowalski", "brennan", "taylor", "khan",
        "walsh", "nguyen", "garcia", "hughes", "evans", "byrne", "martin", "reilly", "clarke"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "protonmail.com", "sky.com", "live.ie", "comcast.net"]
STREETS = ["acacia", "elm", "station", "church", "victoria", "mill", "high", "park", "queens",
           "maple", "oak", "willow", "kings", "castle", "bridge", "meadow", "orchard", "chestnut",
           "rosemount", "glenview", "main", "lincoln", "washington", "pine", "cedar", "hillside"]
SUFFIX_UK = ["road", "street", "avenue", "lane", "close", "drive", "crescent", "gardens", "grove",
             "terrace", "way", "place", "court", "park"]
SUFFIX_US = ["street", "avenue", "drive", "boulevard", "lane", "road", "court", "way", "place"]
SUFFIX_ABBR = {"road": "Rd", "street": "St", "avenue": "Ave", "lane": "Ln", "drive": "Dr",
               "boulevard": "Blvd", "court": "Ct", "place": "Pl", "crescent": "Cres",
               "terrace": "Ter", "close": "Cl", "gardens": "Gdns", "way": "Way", "grove": "Gr",
               "park": "Pk"}
STREET_SUFFIX_ALL = set(SUFFIX_UK) | set(SUFFIX_US) | {s.lower() for s in SUFFIX_ABBR.values()}
TOWNS_UK = ["leeds", "bristol", "croydon", "sheffield", "reading", "cardiff", "belfast", "york"]
TOWNS_US = ["Columbus", "Austin", "Denver", "Tampa", "Portland", "Raleigh", "Phoenix", "Boise"]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Swords", "Naas", "Drogheda"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    form = rng.choice(["f.l", "fl", "f_l", "fl99", "f.l99", "il", "i.l"])
    num = str(rng.randint(1, 99)) if "99" in form else ""
    if form.startswith("f.l"):
        user = f + "." + l
    elif form.startswith("fl"):
        user = f + l
    elif form == "f_l":
        user = f + "_" + l
    elif form == "il":
        user = f[0] + l
    else:
        user = f[0] + "." + l
    return user + num + "@" + rng.choice(DOMAINS)


def speak_email(rng, sp: Speaker, email: str) -> str:
    user, dom = email.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|[0-9]+|[._-]", user):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append("dash")
        elif tok.isdigit():
            parts.append(sp.pairs(tok) if len(tok) == 2 and rng.random() < 0.6 else sp.digits(tok))
        elif len(tok) == 1:
            parts.append(spell_letters(rng, tok, rng.choice(["plain", "nato"])))
        else:
            parts.append(tok)
    at = "at"
    dparts = []
    for tok in re.findall(r"[a-z]+|\.", dom):
        dparts.append("dot" if tok == "." else tok)
    return " ".join(parts) + " " + at + " " + " ".join(dparts)


def gen_dob(rng):
    y = rng.randint(1938, 2005)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return (d, m, y)


def speak_year(rng, sp: Speaker, y: int) -> str:
    if y >= 2000:
        r = y - 2000
        if rng.random() < 0.5 or r == 0:
            return "two thousand" + ("" if r == 0 else (" and " if rng.random() < 0.6 else " ") + num_words(r))
        return "twenty " + (sp.dw("0") + " " + UNITS[r] if r < 10 else num_words(r))
    hi, lo = divmod(y, 100)
    lo_w = (sp.dw("0") + " " + UNITS[lo]) if lo < 10 else num_words(lo)
    return num_words(hi) + " " + lo_w


def dob_typed(rng, dob, us: bool):
    d, m, y = dob
    f = rng.randrange(7)
    if f == 0:
        return f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}"
    if f == 1:
        return f"{m}/{d}/{y % 100:02d}" if us else f"{d}.{m}.{y}"
    if f == 2:
        return f"{MONTHS[m - 1].capitalize()} {d}, {y}"
    if f == 3:
        suf = "th" if 10 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return f"{d}{suf} {MONTHS[m - 1].capitalize()} {y}"
    if f == 4:
        return f"{y}-{m:02d}-{d:02d}"
    if f == 5:
        return f"{d} {MONTHS[m - 1][:3].capitalize()} {y}"
    return f"{m:02d}-{d:02d}-{y}" if us else f"{d:02d}-{m:02d}-{y}"


def dob_spoken(rng, sp: Speaker, dob, us: bool):
    d, m, y = dob
    f = rng.randrange(5)
    yw = speak_year(rng, sp, y)
    if f == 0:
        return f"the {ordinal_words(d)} of {MONTHS[m - 1]} {yw}"
    if f == 1:
        return f"{MONTHS[m - 1]} {ordinal_words(d)} {yw}"
    if f == 2:
        return f"{ordinal_words(d)} {MONTHS[m - 1]} {yw}"
    if f == 3:
        ds = f"{m:02d}{d:02d}" if us else f"{d:02d}{m:02d}"
        return sp.digits(ds, multi=False) + " " + yw
    return f"{MONTHS[m - 1]} {num_words(d)} {yw}"


def gen_expiry(rng):
    return (rng.randint(1, 12), rng.randint(26, 31))


def expiry_typed(rng, e):
    m, y = e
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/{y}", f"{m:02d}-{y}", f"{m:02d}/20{y}", f"{m}/{y}",
                       f"{m:02d}{y}", f"{MONTHS[m - 1][:3].capitalize()} 20{y}"])


def expiry_spoken(rng, sp: Speaker, e):
    m, y = e
    f = rng.randrange(5)
    yw = num_words(y)
    if f == 0:
        return f"{sp.dw('0')} {UNITS[m]} {yw}" if m < 10 else f"{num_words(m)} {yw}"
    if f == 1:
        return f"{MONTHS[m - 1]} {yw}"
    if f == 2:
        return f"{MONTHS[m - 1]} twenty {yw}"
    if f == 3:
        return sp.digits(f"{m:02d}{y}", multi=False)
    return f"{num_words(m)} slash {yw}"


def gen_phone(rng, country):
    dg = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if country == "uk":
        k = rng.random()
        if k < 0.6:
            nat = "07" + rng.choice(["7", "8", "9", "4", "5"]) + dg(8)
        elif k < 0.8:
            nat = "020" + rng.choice("378") + dg(7)
        else:
            nat = "01" + rng.choice(["13", "17", "61", "21", "14"]) + dg(7)
        return nat, "+44" + nat[1:]
    if country == "ie":
        nat = "08" + rng.choice("35679") + dg(7)
        return nat, "+353" + nat[1:]
    if country == "us":
        area = str(rng.randint(2, 9)) + dg(2)
        exch = str(rng.randint(2, 9)) + dg(2)
        nat = area + exch + dg(4)
        return nat, "+1" + nat
    # de
    nat = "015" + rng.choice("1279") + dg(8)
    return nat, "+49" + nat[1:]


def phone_typed(rng, nat, intl, country):
    f = rng.randrange(5)
    if country == "us":
        a, b, c = nat[:3], nat[3:6], nat[6:]
        return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", nat][f]
    if country == "uk" and nat.startswith("07"):
        return [f"{nat[:5]} {nat[5:]}", nat, f"+44 {nat[1:5]} {nat[5:]}", f"+44{nat[1:]}",
                f"{nat[:5]}-{nat[5:8]}-{nat[8:]}"][f]
    if country == "uk":
        return [f"{nat[:3]} {nat[3:7]} {nat[7:]}", nat, f"+44 {nat[1:3]} {nat[3:7]} {nat[7:]}",
                f"({nat[:5]}) {nat[5:]}", f"{nat[:5]} {nat[5:]}"][f]
    if country == "ie":
        return [f"{nat[:3]} {nat[3:6]} {nat[6:]}", nat, f"+353 {nat[1:3]} {nat[3:6]} {nat[6:]}",
                f"{nat[:3]}-{nat[3:]}", f"+353{nat[1:]}"][f]
    return [f"{nat[:4]} {nat[4:]}", nat, f"+49 {nat[1:4]} {nat[4:]}", f"+49{nat[1:]}",
            f"{nat[:4]}/{nat[4:]}"][f]


def phone_spoken(rng, sp: Speaker, nat, intl, country):
    if country == "uk" and rng.random() < 0.12:
        return "double " + sp.dw("0") + " four four " + sp.digits(nat[1:])
    if rng.random() < 0.25:
        cc = {"uk": "four four", "ie": "three five three", "us": "one", "de": "four nine"}[country]
        rest = intl[len({"uk": "+44", "ie": "+353", "us": "+1", "de": "+49"}[country]):]
        return f"plus {cc} " + sp.digits(rest)
    if country == "us":
        if rng.random() < 0.4:
            return sp.digits(nat[:3]) + " " + sp.digits(nat[3:6]) + " " + sp.pairs(nat[6:])
        return sp.digits(nat)
    return sp.digits(nat, homophones=rng.random() < 0.3)


def gen_address(rng, country):
    street = rng.choice(STREETS)
    if country == "us":
        num = rng.randint(100, 9899)
        suf = rng.choice(SUFFIX_US)
    else:
        num = rng.randint(1, 240)
        suf = rng.choice(SUFFIX_UK)
    return num, street, suf


def address_typed(rng, addr, flat=None):
    num, street, suf = addr
    s = rng.choice([suf.capitalize(), SUFFIX_ABBR[suf], SUFFIX_ABBR[suf] + "."])
    if s.endswith("."):
        s = s[:-1]  # keep spans ending on a letter
    base = f"{num} {street.capitalize()} {s}"
    if rng.random() < 0.2:
        base = base.lower()
    if flat:
        base = rng.choice([f"Flat {flat}, ", f"Apt {flat}, ", f"Unit {flat}, "]) + base
    return base


def address_spoken(rng, sp: Speaker, addr):
    num, street, suf = addr
    if num >= 100 and rng.random() < 0.5:
        nw = sp.pairs(str(num))
    elif num < 100:
        nw = num_words(num)
    else:
        nw = sp.digits(str(num))
    return f"{nw} {street} {suf}"


def postcode_spoken(rng, sp: Speaker, pc):
    if pc[0].isdigit():  # zip
        z = pc.replace("-", "")
        s = sp.digits(z[:5])
        if len(z) > 5:
            s += " dash " + sp.digits(z[5:])
        return s
    out, inw = pc.split(" ")
    style = rng.choice(["plain", "plain", "nato", "mix"])
    o = []
    for ch in out:
        o.append(UNITS[int(ch)] if ch.isdigit() else spell_letters(rng, ch, style))
    if rng.random() < 0.3 and len(out) >= 3 and out[-2:].isdigit():
        o = o[:-2] + [num_words(int(out[-2:]))]
    i = [UNITS[int(inw[0])], spell_letters(rng, inw[1:], style)]
    return " ".join(o + i)


# --------------------------------------------------------------------------
# case builder
# --------------------------------------------------------------------------
class V:
    """a labelled value segment"""

    def __init__(self, text, typ, key, canon=None, frag=False):
        self.text, self.typ, self.key, self.canon, self.frag = text, typ, key, canon, frag


class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}  # key -> (type, canon, frag)

    def t(self, speaker, *segs):
        text = ""
        for seg in segs:
            if isinstance(seg, V):
                start = len(text)
                text += seg.text
                self.spans.append({"turn": len(self.turns), "start": start, "end": len(text),
                                   "type": seg.typ})
                g = self.groups.setdefault(seg.key, [seg.typ, seg.canon, seg.frag, []])
                g[3].append(len(self.spans) - 1)
                if seg.canon is not None:
                    g[1] = seg.canon
            else:
                text += seg
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


def pick(rng, xs):
    return rng.choice(xs)


BACK = ["mhm", "okay", "yep", "okay go on", "yeah", "uh huh", "right", "got it", "mm hm", "okay yep",
        "go ahead", "yes"]
FILL = ["um", "uh", "er", "erm"]

INDUSTRY = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
            "government services"]

# --------------------------------------------------------------------------
# positive templates.  Each gets (rng) and returns a Case.
# --------------------------------------------------------------------------
POS = []


def pos(fn):
    POS.append(fn)
    return fn


def region(rng, options=("uk", "us", "ie")):
    return rng.choice(options)


@pos
def p_card_call_one_turn(rng):
    reg = region(rng)
    sp = Speaker(rng, reg)
    num, brand = gen_card(rng)
    ind = pick(rng, INDUSTRY)
    said = sp.digits(num) if rng.random() < 0.6 else sp.mixed(num)
    amt = rng.choice(["forty two pounds", "a hundred and twelve dollars", "sixty euro fifty",
                      "twenty nine ninety nine"])
    c = Case(f"call/{ind}: {brand} card read out in one turn ({reg} speech), payment of {amt} unlabelled")
    c.a(pick(rng, ["so that's ", "okay the payment today is "]), amt, " and what's the long number on the card please")
    c.c(pick(rng, ["yeah it's ", "okay so it's ", "right ", "it's um "]), V(said, "CARD_NUMBER", "card", num),
        pick(rng, ["", " i think", " yeah"]))
    c.a("thank you")
    return c


@pos
def p_card_split_turns(rng):
    reg = region(rng)
    sp = Speaker(rng, reg)
    num, brand = gen_card(rng)
    ind = pick(rng, INDUSTRY)
    groups = group_card(num)
    c = Case(f"call/{ind}: {brand} card split across {len(groups)} customer turns with agent back-channels")
    c.a(pick(rng, ["okay go ahead with the card number when you're ready",
                   "can i take the long number on the front", "and the card number please"]))
    for i, g in enumerate(groups):
        pre = pick(rng, ["", "", "right ", "okay ", "so "]) if i == 0 else pick(rng, ["", "", "", "then "])
        post = pick(rng, ["", "", "", " um", " yeah"])
        said = sp.digits(g, homophones=rng.random() < 0.3) if rng.random() < 0.7 else sp.pairs(g)
        c.c(pre, V(said, "CARD_NUMBER", "card", num), post)
        if i < len(groups) - 1:
            c.a(pick(rng, BACK))
    c.a("lovely thank you")
    return c


@pos
def p_card_chat_typed(rng):
    num, brand = gen_card(rng)
    ind = pick(rng, ["retail", "telecom", "travel", "utilities", "insurance"])
    sep = pick(rng, [" ", " ", "-", "", ".", "  "])
    typed = sep.join(group_card(num))
    e = gen_expiry(rng)
    cvv = "".join(rng.choice("0123456789") for _ in range(4 if brand == "amex" else 3))
    c = Case(f"chat/{ind}: {brand} card typed with separator {sep!r}, expiry and security code in same message")
    c.a("Thanks! Please send the card details you'd like to use for the order of 3 items.")
    lab_e = pick(rng, ["exp ", "expiry ", "Expires ", "exp date: ", "valid thru "])
    lab_c = pick(rng, ["cvv ", "CVC: ", "security code ", "cvv2 ", "sec code "])
    cardlab = pick(rng, ["card: ", "Card number ", "", "its "])
    c.c(cardlab, V(typed, "CARD_NUMBER", "card", num), pick(rng, [" ", ", ", " / "]), lab_e,
        V(expiry_typed(rng, e), "EXPIRY", "exp", e), pick(rng, [" ", ", ", " and "]), lab_c,
        V(cvv, "CVV", "cvv", cvv))
    c.a("Got it, processing now.")
    return c


@pos
def p_card_cvv_expiry_call(rng):
    reg = region(rng)
    sp = Speaker(rng, reg)
    num, brand = gen_card(rng)
    ind = pick(rng, INDUSTRY)
    e = gen_expiry(rng)
    cvv = "".join(rng.choice("0123456789") for _ in range(4 if brand == "amex" else 3))
    c = Case(f"call/{ind}: card then expiry then security code over separate turns ({reg})")
    c.a("what's the card number")
    c.c(V(sp.digits(num), "CARD_NUMBER", "card", num))
    c.a(pick(rng, ["and the expiry date", "and when does it expire", "expiry date on the card"]))
    c.c(pick(rng, ["", "it's ", "um "]), V(expiry_spoken(rng, sp, e), "EXPIRY", "exp", e))
    if brand == "amex":
        c.a("and the four digit code on the front of the card")
    else:
        c.a(pick(rng, ["and the last three digits on the back", "and the security code please",
                       "three digit code on the signature strip"]))
    cv = sp.digits(cvv) if rng.random() < 0.6 else (
        sp.dw(cvv[0]) + " " + (sp.pairs(cvv[1:]) if len(cvv) == 3 else sp.pairs(cvv[1:])))
    if len(cvv) == 3 and cvv[0] != "0" and cvv[1:] == "00" and rng.random() < 0.5:
        cv = UNITS[int(cvv[0])] + " hundred"
    c.c(V(cv, "CVV", "cvv", cvv))
    return c


@pos
def p_card_self_correct(rng):
    reg = region(rng)
    sp = Speaker(rng, reg)
    num, brand = gen_card(rng, "visa")
    g = group_card(num)
    wrong = g[1][:2] + str((int(g[1][2]) + 3) % 10)
    c = Case(f"call/banking: caller misreads a card group and corrects it; the misread fragment is labelled too")
    c.a("can you read me the card number")
    c.c(V(sp.digits(g[0]), "CARD_NUMBER", "card", num), " ", V(sp.digits(wrong), "CARD_NUMBER", "wrong", wrong, True),
        pick(rng, [" no sorry ", " sorry no wait ", " no hang on "]),
        V(sp.digits(g[1]), "CARD_NUMBER", "card"))
    c.a(pick(rng, BACK))
    c.c(V(sp.digits(g[2]), "CARD_NUMBER", "card"), " ", V(sp.digits(g[3]), "CARD_NUMBER", "card"))
    return c


@pos
def p_card_agent_readback(rng):
    reg = region(rng)
    sp = Speaker(rng, reg)
    sp2 = Speaker(rng, reg)
    num, brand = gen_card(rng)
    ind = pick(rng, INDUSTRY)
    c = Case(f"call/{ind}: customer reads card, agent reads the full number back")
    c.a("go ahead")
    c.c(V(sp.digits(num), "CARD_NUMBER", "card", num))
    c.a("let me just read that back to you ", V(sp2.mixed(num), "CARD_NUMBER", "card_rb", num), " is that right")
    c.c("yes that's it")
    return c


@pos
def p_card_with_filler_amount(rng):
    reg = region(rng, ("uk", "ie"))
    sp = Speaker(rng, reg)
    num, brand = gen_card(rng, rng.choice(["mc", "visa", "maestro19"]))
    g = group_card(num)
    c = Case(f"call/utilities: {brand} card with filler words inside the reading and a bill amount nearby")
    c.a("your balance is a hundred and eighty four pounds twenty would you like to pay that in full")
    c.c("yeah go on then")
    c.a("okay card number please")
    parts = []
    for i, gg in enumerate(g):
        if i:
            parts.append(" " + pick(rng, ["um ", "uh ", "", "", "er "]))
        parts.append(V(sp.digits(gg), "CARD_NUMBER", "card", num))
    c.c(pick(rng, ["okay ", "right so "]), *parts)
    return c


@pos
def p_ssn_chat(rng):
    ssn = gen_ssn(rng)
    ind = pick(rng, ["healthcare billing", "banking", "insurance", "government services", "telecom"])
    form = rng.randrange(4)
    typed = [f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}", f"{ssn[:3]} {ssn[3:5]} {ssn[5:]}", ssn,
             f"{ssn[:3]}.{ssn[3:5]}.{ssn[5:]}"][form]
    c = Case(f"chat/{ind}: US SSN typed (form {form}) with a ZIP-less verification request")
    c.a("To verify your identity I'll need your Social Security number.")
    c.c(pick(rng, ["sure it's ", "ok ", "SSN ", "my ssn is ", ""]), V(typed, "SSN", "ssn", ssn),
        pick(rng, ["", ".", " thanks", " - is this secure?"]))
    return c


@pos
def p_ssn_call(rng):
    sp = Speaker(rng, "us")
    ssn = gen_ssn(rng)
    ind = pick(rng, ["healthcare billing", "banking", "insurance", "government services"])
    f = rng.randrange(3)
    c = Case(f"call/{ind}: US SSN spoken ({['digits', 'grouped 3-2-4 with pause words', 'pairs in last group'][f]})")
    c.a(pick(rng, ["can i get your social security number", "and the social please",
                   "what's the social security number on the account"]))
    if f == 0:
        c.c(pick(rng, ["it's ", "yeah ", ""]), V(sp.digits(ssn), "SSN", "ssn", ssn))
    elif f == 1:
        c.c(V(sp.digits(ssn[:3]), "SSN", "ssn", ssn), " ", pick(rng, FILL), " ", V(sp.digits(ssn[3:5]), "SSN", "ssn"),
            " ", V(sp.digits(ssn[5:]), "SSN", "ssn"))
    else:
        c.c(V(sp.digits(ssn[:5]), "SSN", "ssn", ssn), " ", V(sp.pairs(ssn[5:]), "SSN", "ssn"))
    c.a("thank you")
    return c


@pos
def p_ssn_split(rng):
    sp = Speaker(rng, "us")
    ssn = gen_ssn(rng)
    ind = pick(rng, ["insurance", "banking", "government services", "telecom"])
    c = Case(f"call/{ind}: SSN split over three customer turns with back-channels")
    c.a("okay and your social")
    c.c(pick(rng, ["sure ", "", "okay "]), V(sp.digits(ssn[:3]), "SSN", "ssn", ssn))
    c.a(pick(rng, BACK))
    c.c(V(sp.digits(ssn[3:5]), "SSN", "ssn"))
    c.a(pick(rng, BACK))
    c.c(V(sp.digits(ssn[5:]), "SSN", "ssn"), pick(rng, ["", " that's it", " yeah"]))
    return c


@pos
def p_ssn_last4_and_dob(rng):
    sp = Speaker(rng, "us")
    ssn = gen_ssn(rng)
    dob = gen_dob(rng)
    c = Case("call/healthcare billing: full SSN then date of birth in the same answer")
    c.a("for security i need your social and date of birth")
    c.c(pick(rng, ["okay social is ", "social security "]), V(sp.digits(ssn), "SSN", "ssn", ssn),
        pick(rng, [" and my birthday is ", " and date of birth ", " born "]),
        V(dob_spoken(rng, sp, dob, True), "DOB", "dob", dob))
    c.a("perfect you're verified")
    return c


@pos
def p_ssn_readback(rng):
    sp = Speaker(rng, "us")
    ssn = gen_ssn(rng)
    c = Case("call/banking: SSN read digit by digit, agent reads it back in 3-2-4 groups")
    c.a("what is your social security number")
    c.c(V(sp.digits(ssn), "SSN", "ssn", ssn))
    c.a("i have ", V(sp.digits(ssn[:3]) + " " + sp.digits(ssn[3:5]) + " " + sp.digits(ssn[5:]), "SSN", "ssn_rb", ssn),
        " correct")
    c.c("correct")
    return c


def ni_typed(rng, ni):
    f = rng.randrange(5)
    if f == 0:
        return f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"
    if f == 1:
        return ni
    if f == 2:
        return ni.lower()
    if f == 3:
        return f"{ni[:2]}{ni[2:8]} {ni[8]}"
    return f"{ni[:2]}-{ni[2:4]}-{ni[4:6]}-{ni[6:8]}-{ni[8]}"


def ni_spoken(rng, sp, ni):
    style = rng.choice(["plain", "nato", "folk", "mix"])
    letters1 = spell_letters(rng, ni[:2], style)
    dig = ni[2:8]
    f = rng.randrange(3)
    if f == 0:
        d = sp.digits(dig)
    elif f == 1:
        d = sp.pairs(dig)
    else:
        d = sp.digits(dig[:3]) + " " + sp.digits(dig[3:])
    return letters1, d, spell_letters(rng, ni[8], style)


@pos
def p_ni_chat(rng):
    ni = gen_ni(rng)
    ind = pick(rng, ["government services", "banking", "insurance", "utilities"])
    typed = ni_typed(rng, ni)
    c = Case(f"chat/{ind}: UK NI number typed")
    c.a("Could you confirm your National Insurance number please?")
    c.c(pick(rng, ["its ", "NI no. ", "Sure - ", "", "my NINO is "]), V(typed, "NI_NUMBER", "ni", ni),
        pick(rng, ["", " thanks", ". My claim ref is 4481920 if that helps"]))
    return c


@pos
def p_ni_call(rng):
    sp = Speaker(rng, "uk")
    ni = gen_ni(rng)
    ind = pick(rng, ["government services", "banking", "insurance", "healthcare billing"])
    l1, d, l2 = ni_spoken(rng, sp, ni)
    c = Case(f"call/{ind}: NI number spoken in one turn, letters spelled")
    c.a("and your national insurance number")
    c.c(pick(rng, ["yeah it's ", "okay ", "right it's ", ""]), V(f"{l1} {d} {l2}", "NI_NUMBER", "ni", ni))
    c.a("thank you")
    return c


@pos
def p_ni_split(rng):
    sp = Speaker(rng, "uk")
    ni = gen_ni(rng)
    ind = pick(rng, ["government services", "insurance", "banking"])
    l1, d, l2 = ni_spoken(rng, sp, ni)
    c = Case(f"call/{ind}: NI number split across turns: letters, digits, final letter")
    c.a("can i take your NI number")
    c.c(pick(rng, ["", "um ", "yeah "]), V(l1, "NI_NUMBER", "ni", ni))
    c.a(pick(rng, BACK))
    c.c(V(d, "NI_NUMBER", "ni"))
    c.a(pick(rng, ["and the letter at the end", "and the last letter", BACK[0]]))
    c.c(pick(rng, ["", "it's ", "that's "]), V(l2, "NI_NUMBER", "ni"))
    return c


@pos
def p_ni_readback(rng):
    sp = Speaker(rng, "uk")
    ni = gen_ni(rng)
    l1, d, l2 = ni_spoken(rng, sp, ni)
    c = Case("call/government services: NI number given then read back by the agent with NATO letters")
    c.a("national insurance number please")
    c.c(V(f"{l1} {d} {l2}", "NI_NUMBER", "ni", ni))
    rb = spell_letters(rng, ni[:2], "nato") + " " + sp.digits(ni[2:8], multi=False) + " " + spell_letters(rng, ni[8], "nato")
    c.a("so that's ", V(rb, "NI_NUMBER", "ni_rb", ni), pick(rng, [" yeah", " correct", ""]))
    c.c("yes")
    return c


@pos
def p_ni_with_chatter(rng):
    sp = Speaker(rng, "uk")
    ni = gen_ni(rng)
    l1, d, l2 = ni_spoken(rng, sp, ni)
    c = Case("call/government services: NI number mixed with chit-chat about waiting time and amounts")
    c.a("sorry about the wait today")
    c.c("that's alright i've been on hold about twenty minutes mind you anyway my number is ",
        V(f"{l1} {d} {l2}", "NI_NUMBER", "ni", ni),
        " and i'm ringing about the two hundred and forty pound payment")
    return c


def sort_spoken(rng, sp, sc):
    f = rng.randrange(3)
    if f == 0:
        return sp.digits(sc)
    if f == 1:
        return sp.pairs(sc)
    return " ".join(sp.pairs(p) if rng.random() < 0.5 and not (p[0] != "0" and p[1] == "0") else sp.digits(p, multi=False)
                    for p in chunks(sc, 2))


@pos
def p_uk_bank_call(rng):
    sp = Speaker(rng, rng.choice(["uk", "uk", "ie"]))
    sc = f"{rng.randint(1, 99):02d}" + "".join(rng.choice("0123456789") for _ in range(4))
    acc = "".join(rng.choice("0123456789") for _ in range(8))
    c = Case("call/banking: UK sort code and 8-digit account number on separate turns")
    c.a("what's the sort code")
    c.c(pick(rng, ["", "it's ", "okay "]), V(sort_spoken(rng, sp, sc), "SORT_CODE", "sc", sc))
    c.a("and the account number")
    if rng.random() < 0.5:
        c.c(V(sp.digits(acc[:4]), "BANK_ACCOUNT", "acc", acc))
        c.a(pick(rng, BACK))
        c.c(V(sp.digits(acc[4:]), "BANK_ACCOUNT", "acc"))
    else:
        c.c(V(sp.digits(acc), "BANK_ACCOUNT", "acc", acc))
    return c


@pos
def p_uk_bank_chat(rng):
    sc = f"{rng.randint(1, 99):02d}" + "".join(rng.choice("0123456789") for _ in range(4))
    acc = "".join(rng.choice("0123456789") for _ in range(8))
    scs = pick(rng, [f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}", f"{sc[:2]}.{sc[2:4]}.{sc[4:]}"])
    ind = pick(rng, ["utilities", "insurance", "banking", "telecom"])
    c = Case(f"chat/{ind}: direct debit setup with sort code and account number in one message")
    c.a("To set up the Direct Debit of £42.50 per month please provide your sort code and account number.")
    c.c(pick(rng, ["Sort code ", "sort: ", "s/c "]), V(scs, "SORT_CODE", "sc", sc),
        pick(rng, [" account ", " acc no ", ", a/c ", " and account number "]), V(acc, "BANK_ACCOUNT", "acc", acc))
    return c


@pos
def p_sortcode_readback(rng):
    sp = Speaker(rng, rng.choice(["uk", "ie"]))
    sc = f"{rng.randint(1, 99):02d}" + "".join(rng.choice("0123456789") for _ in range(4))
    acc = "".join(rng.choice("0123456789") for _ in range(8))
    c = Case("call/banking: sort code and account number in one turn, agent reads the sort code back in pairs")
    c.a("which account would you like the refund of sixty two pounds paid into")
    c.c("sort code ", V(sp.digits(sc, multi=rng.random() < 0.5), "SORT_CODE", "sc", sc), pick(rng, [" and account ", " account number ", " then "]),
        V(sp.digits(acc), "BANK_ACCOUNT", "acc", acc))
    c.a("so that's sort code ", V(sp.pairs(sc), "SORT_CODE", "sc_rb", sc), " yeah")
    c.c("yep")
    return c


@pos
def p_sortcode_chat_only(rng):
    sc = f"{rng.randint(1, 99):02d}" + "".join(rng.choice("0123456789") for _ in range(4))
    acc = "".join(rng.choice("0123456789") for _ in range(8))
    c = Case("chat/utilities: sort code and account number on separate chat messages, typed with odd spacing")
    c.a("Which bank details should the £75.00 credit go to?")
    c.c(pick(rng, ["sortcode ", "SC: ", "sort code is "]), V(pick(rng, [f"{sc[:2]} - {sc[2:4]} - {sc[4:]}", f"{sc[:2]}{sc[2:4]} {sc[4:]}", sc]), "SORT_CODE", "sc", sc))
    c.c(pick(rng, ["acc ", "account no ", "and "]), V(pick(rng, [acc, acc[:4] + " " + acc[4:]]), "BANK_ACCOUNT", "acc", acc))
    return c


@pos
def p_us_account(rng):
    sp = Speaker(rng, "us")
    n = rng.randint(9, 12)
    acc = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))
    chat = rng.random() < 0.4
    c = Case(f"{'chat' if chat else 'call'}/banking: US checking account number ({n} digits) for a refund of $84.10")
    c.a("we can refund the eighty four dollars ten cents to your checking account what's the account number" if not chat
        else "We can send the $84.10 refund to your checking account - what's the account number?")
    if chat:
        c.c(pick(rng, ["acct ", "Checking acct # ", ""]), V(acc, "BANK_ACCOUNT", "acc", acc))
    else:
        c.c(pick(rng, ["okay it's ", "um ", ""]), V(sp.digits(acc), "BANK_ACCOUNT", "acc", acc))
    return c


@pos
def p_iban_chat(rng):
    iban = gen_iban(rng)
    f = rng.randrange(3)
    typed = [" ".join(chunks(iban, 4)), iban, " ".join(chunks(iban.lower(), 4))][f]
    ind = pick(rng, ["travel", "insurance", "banking", "retail", "utilities"])
    c = Case(f"chat/{ind}: {iban[:2]} IBAN typed for a refund")
    c.a("Please share the IBAN where you'd like the refund of EUR 129.00 sent.")
    c.c(pick(rng, ["IBAN: ", "here ", "", "my iban is "]), V(typed, "IBAN", "iban", iban),
        pick(rng, ["", " thx", " (joint account)"]))
    return c


def iban_spoken_blocks(rng, sp, iban):
    out = []
    for b in chunks(iban, 4):
        ws = []
        i = 0
        while i < len(b):
            if b[i].isalpha():
                ws.append(spell_letters(rng, b[i], "plain" if b[i].lower() != "o" else "nato"))
                i += 1
            else:
                j = i
                while j < len(b) and b[j].isdigit():
                    j += 1
                ws.append(sp.digits(b[i:j]))
                i = j
        out.append(" ".join(ws))
    return out


@pos
def p_iban_call(rng):
    sp = Speaker(rng, rng.choice(["ie", "uk"]))
    iban = gen_iban(rng, rng.choice(["IE", "GB", "DE", "NL", "FR"]))
    blocks = iban_spoken_blocks(rng, sp, iban)
    parts = split_n(blocks, rng.choice([2, 3]))
    c = Case(f"call/banking: {iban[:2]} IBAN read in blocks across {len(parts)} turns")
    c.a("go ahead with the IBAN")
    for i, p in enumerate(parts):
        c.c(V(" ".join(p), "IBAN", "iban", iban))
        if i < len(parts) - 1:
            c.a(pick(rng, BACK))
    c.a("thanks")
    return c


@pos
def p_phone_chat(rng):
    country = rng.choice(["uk", "us", "ie", "de"])
    nat, intl = gen_phone(rng, country)
    typed = phone_typed(rng, nat, intl, country)
    ind = pick(rng, INDUSTRY)
    c = Case(f"chat/{ind}: {country} phone number typed")
    c.a("What's the best number to reach you on?")
    c.c(pick(rng, ["", "mobile is ", "call me on ", "Tel: ", "you can reach me at "]), V(typed, "PHONE", "ph", nat),
        pick(rng, ["", " after 5pm", " any time before 6", "."]))
    return c


@pos
def p_phone_call(rng):
    country = rng.choice(["uk", "us", "ie"])
    sp = Speaker(rng, country)
    nat, intl = gen_phone(rng, country)
    ind = pick(rng, INDUSTRY)
    said = phone_spoken(rng, sp, nat, intl, country)
    c = Case(f"call/{ind}: {country} phone number spoken (doubles/zero variants/homophones)")
    c.a(pick(rng, ["and a contact number", "is there a good number for a call back",
                   "what number are you calling from"]))
    c.c(pick(rng, ["yeah it's ", "it's ", "um ", "okay "]), V(said, "PHONE", "ph", nat))
    return c


@pos
def p_phone_split(rng):
    country = rng.choice(["uk", "ie", "us"])
    sp = Speaker(rng, country)
    nat, intl = gen_phone(rng, country)
    if country == "us":
        parts = [nat[:3], nat[3:6], nat[6:]]
    elif country == "ie":
        parts = [nat[:3], nat[3:6], nat[6:]]
    else:
        parts = [nat[:5], nat[5:8], nat[8:]]
    c = Case(f"call/telecom: {country} phone number split over three turns, agent back-channels")
    c.a("what's the mobile number you want to port")
    for i, p in enumerate(parts):
        c.c(V(sp.digits(p), "PHONE", "ph", nat), pick(rng, ["", "", " um"]))
        if i < 2:
            c.a(pick(rng, BACK))
    c.a("and it's a sim only contract at fifteen pounds a month yeah")
    c.c("yeah")
    return c


@pos
def p_email_call(rng):
    sp = Speaker(rng, region(rng))
    em = gen_email(rng)
    ind = pick(rng, INDUSTRY)
    c = Case(f"call/{ind}: e-mail spoken with 'dot' and 'at'")
    c.a("can i take an email address to send the confirmation")
    c.c(pick(rng, ["yeah it's ", "sure it's ", "", "okay "]), V(speak_email(rng, sp, em), "EMAIL", "em", em))
    c.a("lovely")
    return c


@pos
def p_email_chat(rng):
    em = gen_email(rng)
    if rng.random() < 0.3:
        em_t = em.upper() if rng.random() < 0.3 else em[0].upper() + em[1:]
    else:
        em_t = em
    ind = pick(rng, INDUSTRY)
    c = Case(f"chat/{ind}: e-mail typed inside a sentence")
    c.a("Which email should we send the invoice INV-20931 to?")
    c.c(pick(rng, ["send it to ", "email is ", "", "pls use "]), V(em_t, "EMAIL", "em", em),
        pick(rng, ["", ".", " please", " not the old one"]))
    return c


@pos
def p_dob_call(rng):
    reg = region(rng)
    sp = Speaker(rng, reg)
    dob = gen_dob(rng)
    ind = pick(rng, INDUSTRY)
    c = Case(f"call/{ind}: date of birth spoken for verification ({reg})")
    c.a(pick(rng, ["can you confirm your date of birth", "and your date of birth please", "what's your d o b"]))
    c.c(pick(rng, ["yeah it's ", "", "um ", "it's "]), V(dob_spoken(rng, sp, dob, reg == "us"), "DOB", "dob", dob))
    return c


@pos
def p_dob_chat(rng):
    us = rng.random() < 0.4
    dob = gen_dob(rng)
    ind = pick(rng, INDUSTRY)
    c = Case(f"chat/{ind}: date of birth typed ({'US' if us else 'UK/IE'} order)")
    c.a("For security, please confirm your date of birth.")
    c.c(pick(rng, ["DOB ", "dob: ", "born ", "", "its "]), V(dob_typed(rng, dob, us), "DOB", "dob", dob))
    return c


@pos
def p_postcode_call_uk(rng):
    sp = Speaker(rng, "uk")
    pc = gen_postcode_uk(rng)
    ind = pick(rng, ["utilities", "telecom", "retail", "insurance"])
    c = Case("call/" + ind + ": UK postcode spoken letter by letter")
    c.a("what's the postcode there")
    c.c(pick(rng, ["it's ", "", "yeah ", "um "]), V(postcode_spoken(rng, sp, pc), "POSTCODE", "pc", pc))
    return c


@pos
def p_zip_call(rng):
    sp = Speaker(rng, "us")
    z = gen_zip(rng, rng.random() < 0.2)
    ind = pick(rng, ["retail", "insurance", "telecom", "healthcare billing"])
    c = Case(f"call/{ind}: US ZIP code spoken")
    c.a("and the zip code")
    c.c(pick(rng, ["", "it's ", "zip is "]), V(postcode_spoken(rng, sp, z), "POSTCODE", "pc", z))
    return c


@pos
def p_address_call(rng):
    country = rng.choice(["uk", "us", "ie"])
    sp = Speaker(rng, country)
    addr = gen_address(rng, country)
    ind = pick(rng, INDUSTRY)
    c = Case(f"call/{ind}: first line of address spoken, then postcode/zip")
    c.a("can you confirm the first line of the address")
    c.c(pick(rng, ["yeah it's ", "", "um "]), V(address_spoken(rng, sp, addr), "ADDRESS", "addr", addr))
    if country == "us":
        z = gen_zip(rng)
        c.a("and the zip")
        c.c(V(postcode_spoken(rng, sp, z), "POSTCODE", "pc", z))
    elif country == "uk":
        pc = gen_postcode_uk(rng)
        c.a("and the postcode")
        c.c(V(postcode_spoken(rng, sp, pc), "POSTCODE", "pc", pc))
    else:
        c.a("and is that in " + rng.choice(TOWNS_IE).lower())
        c.c("yes")
    return c


@pos
def p_address_chat(rng):
    country = rng.choice(["uk", "us", "ie"])
    addr = gen_address(rng, country)
    flat = rng.choice([None, None, str(rng.randint(1, 40)), str(rng.randint(1, 9)) + "B"])
    ind = pick(rng, ["retail", "utilities", "telecom", "insurance", "travel"])
    c = Case(f"chat/{ind}: delivery address typed with postcode/zip as separate span")
    c.a("What address should the replacement be delivered to?")
    segs = [pick(rng, ["", "deliver to ", "It's "]), V(address_typed(rng, addr, flat), "ADDRESS", "addr", addr)]
    if country == "us":
        z = gen_zip(rng, rng.random() < 0.3)
        st = rng.choice(["OH", "TX", "CO", "FL", "OR", "NC", "AZ", "ID"])
        segs += [", " + rng.choice(TOWNS_US) + ", " + st + " ", V(z, "POSTCODE", "pc", z)]
    elif country == "uk":
        pc = gen_postcode_uk(rng)
        pct = pc if rng.random() < 0.6 else (pc.replace(" ", "") if rng.random() < 0.5 else pc.lower())
        segs += [", " + rng.choice(TOWNS_UK).capitalize() + " ", V(pct, "POSTCODE", "pc", pc)]
    else:
        segs += [", " + rng.choice(TOWNS_IE)]
    c.c(*segs)
    c.a("Thanks, that'll arrive within 3-5 working days.")
    return c


@pos
def p_id_check_combo(rng):
    sp = Speaker(rng, "uk")
    addr = gen_address(rng, "uk")
    pc = gen_postcode_uk(rng)
    dob = gen_dob(rng)
    ind = pick(rng, ["banking", "utilities", "insurance", "telecom"])
    c = Case(f"call/{ind}: ID&V with first line, postcode and DOB in one customer turn")
    c.a("for security can you give me the first line of the address the postcode and your date of birth")
    c.c("yeah it's ", V(address_spoken(rng, sp, addr), "ADDRESS", "addr", addr), " ",
        V(postcode_spoken(rng, sp, pc), "POSTCODE", "pc", pc), pick(rng, [" and ", " and i was born on ", " date of birth "]),
        V(dob_spoken(rng, sp, dob, False), "DOB", "dob", dob))
    c.a("thank you you're through security")
    return c


@pos
def p_two_values_one_turn(rng):
    country = rng.choice(["uk", "us", "ie"])
    sp = Speaker(rng, country)
    nat, intl = gen_phone(rng, country)
    em = gen_email(rng)
    ind = pick(rng, INDUSTRY)
    c = Case(f"call/{ind}: phone and e-mail given in the same turn")
    c.a("can i update your contact details")
    c.c("yeah the mobile's ", V(phone_spoken(rng, sp, nat, intl, country), "PHONE", "ph", nat),
        " and the email is ", V(speak_email(rng, sp, em), "EMAIL", "em", em))
    return c


@pos
def p_chat_contact_block(rng):
    country = rng.choice(["uk", "us"])
    nat, intl = gen_phone(rng, country)
    em = gen_email(rng)
    addr = gen_address(rng, country)
    pc = gen_postcode_uk(rng) if country == "uk" else gen_zip(rng)
    c = Case(f"chat/insurance: contact block with address, postcode, phone and e-mail on separate lines")
    c.a("Please confirm your contact details for policy renewal (premium £312.40).")
    c.c(V(address_typed(rng, addr), "ADDRESS", "addr", addr), "\n", V(pc, "POSTCODE", "pc", pc), "\n",
        "tel ", V(phone_typed(rng, nat, intl, country), "PHONE", "ph", nat), "\n",
        "email ", V(em, "EMAIL", "em", em))
    return c


@pos
def p_card_typos_chat(rng):
    num, brand = gen_card(rng, rng.choice(["visa", "mc"]))
    g = group_card(num)
    # irregular grouping the way people type
    typed = rng.choice([g[0] + g[1] + " " + g[2] + g[3], g[0] + " " + g[1] + g[2] + " " + g[3],
                        num[:6] + " " + num[6:], g[0] + "-" + g[1] + " " + g[2] + "-" + g[3]])
    e = gen_expiry(rng)
    c = Case("chat/retail: card typed with irregular grouping and lower-case chatty message, expiry typed as words")
    c.a("You can pay the outstanding £59.99 here in chat.")
    c.c("ok card is ", V(typed, "CARD_NUMBER", "card", num), " expires ",
        V(f"{MONTHS[e[0] - 1]} {2000 + e[1]}", "EXPIRY", "exp", e), " lol sorry for typos")
    return c


@pos
def p_cvv_only_call(rng):
    sp = Speaker(rng, region(rng))
    cvv = "".join(rng.choice("0123456789") for _ in range(3))
    c = Case("call/retail: security code given after agent asks, with a self-correction; both readings labelled")
    wrong = cvv[:2] + str((int(cvv[2]) + 1) % 10)
    c.a("and the three digits on the back")
    c.c(V(sp.digits(wrong, multi=False), "CVV", "wrong", wrong, True), pick(rng, [" no wait ", " sorry ", " no "]),
        V(sp.digits(cvv, multi=False), "CVV", "cvv", cvv))
    c.a("okay thanks")
    return c


@pos
def p_expiry_chat_plus_card_last4(rng):
    num, brand = gen_card(rng)
    e = gen_expiry(rng)
    c = Case("chat/travel: card in one message, expiry and CVV in a follow-up message")
    c.a("Please enter the card details for the booking (flight BA 283, 2 passengers).")
    c.c(V(" ".join(group_card(num)), "CARD_NUMBER", "card", num))
    c.a("And the expiry date and CVV?")
    cvv = "".join(rng.choice("0123456789") for _ in range(4 if brand == "amex" else 3))
    c.c(V(expiry_typed(rng, e), "EXPIRY", "exp", e), " ", V(cvv, "CVV", "cvv", cvv))
    return c


@pos
def p_ni_typo_chat(rng):
    ni = gen_ni(rng)
    form = rng.randrange(3)
    typed = [f"{ni[:2].lower()} {ni[2:5]} {ni[5:8]} {ni[8].lower()}", f"{ni[:2]}{ni[2:4]} {ni[4:6]}{ni[6:8]}{ni[8]}",
             f"{ni[:2]} {ni[2:8]} {ni[8]}"][form]
    c = Case("chat/government services: NI number typed in lower case / odd grouping after chit-chat")
    c.a("Hi there, how can I help today?")
    c.c("hi i applied for pension credit 3 weeks ago and havent heard back. ni is ", V(typed, "NI_NUMBER", "ni", ni))
    return c


@pos
def p_ni_letters_homophone(rng):
    sp = Speaker(rng, "uk")
    ni = gen_ni(rng)
    dig = ni[2:8]
    c = Case("call/healthcare billing: NI number with letter spelled 'as in' and digits in pairs, suffix in next turn after agent prompt")
    c.a("national insurance number please")
    c.c(V(spell_letters(rng, ni[:2], "nato") + " " + sp.pairs(dig), "NI_NUMBER", "ni", ni))
    c.a("and the letter")
    c.c(V(spell_letters(rng, ni[8], "folk"), "NI_NUMBER", "ni"))
    return c


@pos
def p_iban_call_one_turn(rng):
    sp = Speaker(rng, "ie")
    iban = gen_iban(rng, rng.choice(["IE", "ES", "DE", "GB"]))
    c = Case(f"call/travel: {iban[:2]} IBAN in one long turn with fillers between blocks")
    c.a("for the refund of the three hundred and ten euro i need your IBAN")
    blocks = iban_spoken_blocks(rng, sp, iban)
    segs = []
    for i, b in enumerate(blocks):
        if i:
            segs.append(" " + pick(rng, ["", "", "um ", "uh "]))
        segs.append(V(b, "IBAN", "iban", iban))
    c.c("okay it's ", *segs)
    return c


@pos
def p_phone_readback(rng):
    country = rng.choice(["uk", "us", "ie"])
    sp = Speaker(rng, country)
    nat, intl = gen_phone(rng, country)
    c = Case(f"call/utilities: {country} phone number read back by the agent using pairs")
    c.a("whats the best number")
    c.c(V(sp.digits(nat), "PHONE", "ph", nat))
    c.a("so that's ", V(sp.digits(nat[:5]) + " " + sp.pairs(nat[5:]), "PHONE", "ph_rb", nat), " yeah")
    c.c("that's right")
    return c


@pos
def p_email_spelled(rng):
    sp = Speaker(rng, region(rng))
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom = rng.choice(DOMAINS)
    em = f[0] + l + "@" + dom
    c = Case("call/telecom: e-mail where the user part is spelled letter by letter")
    c.a("and the email")
    user = spell_letters(rng, f[0] + l, rng.choice(["plain", "nato", "mix"]))
    d = " dot ".join(dom.split("."))
    c.c(pick(rng, ["", "it's "]), V(f"{user} at {d}", "EMAIL", "em", em))
    return c


@pos
def p_pay_full_call(rng):
    reg = region(rng, ("uk", "us"))
    sp = Speaker(rng, reg)
    num, brand = gen_card(rng, rng.choice(["visa", "mc", "amex"]))
    e = gen_expiry(rng)
    cvv = "".join(rng.choice("0123456789") for _ in range(4 if brand == "amex" else 3))
    pc = gen_postcode_uk(rng) if reg == "uk" else gen_zip(rng)
    c = Case(f"call/insurance: full card payment flow with card, expiry, CVV and billing {'postcode' if reg == 'uk' else 'zip'}")
    c.a("the premium is two hundred and six " + ("pounds" if reg == "uk" else "dollars") + " card number please")
    c.c(V(sp.mixed(num), "CARD_NUMBER", "card", num))
    c.a("expiry")
    c.c(V(expiry_spoken(rng, sp, e), "EXPIRY", "exp", e))
    c.a("security code")
    c.c(V(sp.digits(cvv), "CVV", "cvv", cvv))
    c.a("and the billing " + ("postcode" if reg == "uk" else "zip code"))
    c.c(V(postcode_spoken(rng, sp, pc), "POSTCODE", "pc", pc))
    return c

@pos
def p_card_chitchat(rng):
    reg = region(rng, ("uk", "ie", "us"))
    sp = Speaker(rng, reg)
    num, brand = gen_card(rng, rng.choice(["visa", "mc", "disc"]))
    g = group_card(num)
    c = Case(f"call/retail: {brand} card reading interrupted by chit-chat (glasses, dog) and an order total")
    c.a("so the total with delivery is thirty four ninety nine can i take the card number")
    c.c(pick(rng, ["yeah ", "okay "]), V(sp.digits(g[0], homophones=True), "CARD_NUMBER", "card", num), " ",
        V(sp.digits(g[1], homophones=True), "CARD_NUMBER", "card"),
        pick(rng, [" hang on i need my glasses", " sorry the dog's going mad hold on", " wait let me turn the light on"]))
    c.a(pick(rng, ["no problem take your time", "no worries", "that's fine"]))
    c.c(pick(rng, ["right where was i ", "okay sorry ", "okay "]), V(sp.digits(g[2]), "CARD_NUMBER", "card"), " ",
        V(sp.digits(g[3]), "CARD_NUMBER", "card"))
    c.a("lovely and that's for the order of two items yeah")
    return c


@pos
def p_dob_split(rng):
    reg = region(rng)
    sp = Speaker(rng, reg)
    dob = gen_dob(rng)
    d, m, y = dob
    c = Case(f"call/insurance: date of birth split across two turns with a back-channel, age mentioned (unlabelled)")
    c.a("and the main driver's date of birth")
    c.c(pick(rng, ["that's me i'm ", "i'm "]), num_words(2025 - y if 2025 - y < 100 else 99), " so ",
        V(f"the {ordinal_words(d)} of {MONTHS[m - 1]}", "DOB", "dob", dob))
    c.a(pick(rng, BACK))
    c.c(V(speak_year(rng, sp, y), "DOB", "dob"))
    c.a("thank you")
    return c


@pos
def p_email_chat_digits(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    em = rng.choice([f + "." + l + str(rng.randint(1960, 2005)), f[0] + l + "_" + str(rng.randint(1, 99)),
                     l + "-" + f]) + "@" + rng.choice(DOMAINS)
    c = Case("chat/travel: e-mail with digits/underscore/hyphen typed next to a booking reference and price")
    c.c(f"Hi booking ref {rng.choice('ABCDEFGHJK')}{rng.choice('LMNPQRSTUVWXYZ')}{rng.randint(1000, 9999)} (paid €{rng.randint(90, 900)}) - can you resend the confirmation to ",
        V(em, "EMAIL", "em", em), pick(rng, ["", "?", " pls", " thanks!"]))
    c.a("Done, it's been resent.")
    return c


@pos
def p_address_us_call_city(rng):
    sp = Speaker(rng, "us")
    addr = gen_address(rng, "us")
    z = gen_zip(rng)
    c = Case("call/healthcare billing: US street address spoken in pairs/digits followed by city, ZIP in next turn")
    c.a("what's the billing address on file")
    c.c(pick(rng, ["it should be ", "", "uh "]), V(address_spoken(rng, sp, addr), "ADDRESS", "addr", addr), " in ",
        rng.choice(TOWNS_US).lower())
    c.a("and the zip code")
    c.c(pick(rng, ["", "it's "]), V(postcode_spoken(rng, sp, z), "POSTCODE", "pc", z))
    return c

@pos
def p_ssn_form_chat(rng):
    ssn = gen_ssn(rng)
    dob = gen_dob(rng)
    z = gen_zip(rng)
    c = Case("chat/insurance: SSN, DOB and ZIP typed as a form-like list with a member ID (unlabelled)")
    c.a("To open the claim I need your SSN, date of birth and ZIP code.")
    sep = pick(rng, ["\n", "; ", " / "])
    c.c("member id MX", str(rng.randint(100000, 999999)), sep, pick(rng, ["ssn: ", "SSN ", "social "]),
        V(pick(rng, [f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}", f"{ssn[:3]} {ssn[3:5]} {ssn[5:]}", ssn]), "SSN", "ssn", ssn), sep,
        pick(rng, ["dob: ", "DOB ", "birthday "]), V(dob_typed(rng, dob, True), "DOB", "dob", dob), sep,
        pick(rng, ["zip ", "ZIP: "]), V(z, "POSTCODE", "pc", z))
    c.a("Thank you, your claim has been opened.")
    return c


@pos
def p_ssn_homophone_call(rng):
    sp = Speaker(rng, "us")
    ssn = gen_ssn(rng)
    c = Case("call/government services: SSN with ASR homophones ('to', 'for', 'ate') and a self-repeat of the last four")
    c.a("i'll need the social security number of the applicant")
    c.c(pick(rng, ["okay it's ", "yeah "]), V(sp.digits(ssn, multi=False, homophones=True, hp=0.9), "SSN", "ssn", ssn))
    c.a("sorry you broke up a little the last four again")
    c.c(V(sp.digits(ssn[5:], multi=False), "SSN", "last4", ssn[5:], True))
    return c


@pos
def p_address_number_word(rng):
    sp = Speaker(rng, "uk")
    addr = gen_address(rng, "uk")
    addr = (rng.randint(2, 99), addr[1], addr[2])
    town = rng.choice(TOWNS_UK)
    y = rng.randint(2009, 2024)
    c = Case("call/utilities: UK address said as 'number N street' with town and a move-in year (unlabelled)")
    c.a("what's the supply address")
    c.c("it's number ", V(address_spoken(rng, sp, addr), "ADDRESS", "addr", addr), " in ", town,
        " we've been there since ", speak_year(rng, sp, y))
    c.a(f"okay and that's a {rng.choice(['two', 'three', 'four'])} bedroom house yeah")
    c.c("yeah")
    return c



# --------------------------------------------------------------------------
# negative templates
# --------------------------------------------------------------------------
NEG = []


def neg(fn):
    NEG.append(fn)
    return fn


def say_amount(rng):
    return rng.choice(["four hundred and twelve pounds sixty", "eighty nine ninety nine", "a hundred and five euro",
                       "twelve dollars and fifty cents", "three thousand two hundred pounds", "nineteen ninety nine a month",
                       "two hundred and forty seven dollars", "sixty four pounds eighty"])


@neg
def n_balance(rng):
    c = Case("call/banking: account balance and payment amounts only")
    c.a("your current balance is " + say_amount(rng) + " and the minimum payment is " + say_amount(rng))
    c.c("okay and when's that due")
    c.a("by the " + ordinal_words(rng.randint(1, 28)) + " of " + rng.choice(MONTHS))
    return c


@neg
def n_order_ref(rng):
    sp = Speaker(rng, region(rng))
    ref = "".join(rng.choice("0123456789") for _ in range(rng.randint(6, 10)))
    word = rng.choice(["order number", "reference number", "ticket number", "claim number", "case number",
                       "invoice number", "booking reference"])
    c = Case(f"call/retail: {word} read digit by digit (not PII)")
    c.a(f"have you got your {word}")
    c.c(f"yeah the {word} is " + sp.digits(ref))
    c.a("thanks i can see that here")
    return c


@neg
def n_order_chat(rng):
    ref = "".join(rng.choice("0123456789") for _ in range(rng.randint(7, 10)))
    lab = rng.choice(["Order #", "order no. ", "Ticket ", "Claim ref: ", "INV-", "Case ", "Ref "])
    c = Case("chat/retail: order/ticket reference typed, plus quantity and price")
    c.c(f"Hi, {lab}{ref} - I ordered {rng.randint(2, 6)} items for £{rng.randint(10, 300)}.{rng.randint(10, 99)} and only got {rng.randint(1, 2)}")
    c.a("Sorry to hear that, I'll raise a replacement today.")
    return c


@neg
def n_flight(rng):
    air = rng.choice([("BA", "b a"), ("EI", "e i"), ("FR", "f r"), ("UA", "u a"), ("LH", "l h")])
    fn = rng.randint(100, 9999)
    c = Case("call/travel: flight number, departure time, gate and seat")
    c.a("which flight are you on")
    c.c(f"{air[1]} {num_words(fn // 100) if fn >= 1000 else UNITS[fn // 100]} {num_words(fn % 100) if fn % 100 else 'hundred'} leaving at {rng.choice(['ten thirty', 'quarter past six', 'seven forty five', 'half eleven'])} from gate {rng.randint(1, 40)}")
    c.a(f"okay and you're in seat {rng.randint(1, 40)}{rng.choice('ABCDEF')}")
    return c


@neg
def n_times_durations(rng):
    c = Case("call/telecom: times and durations")
    c.c(f"i've been without broadband for {num_words(rng.randint(2, 14))} days and i was on hold for {num_words(rng.randint(20, 59))} minutes")
    c.a(f"i'm sorry an engineer can come between {rng.choice(['eight', 'nine', 'ten'])} and {rng.choice(['twelve', 'one', 'two'])} on {rng.choice(['monday', 'tuesday', 'thursday'])}")
    return c


@neg
def n_meter(rng):
    sp = Speaker(rng, "uk")
    r = "".join(rng.choice("0123456789") for _ in range(5))
    c = Case("call/utilities: meter reading spoken digit by digit")
    c.a("can you give me the meter reading")
    c.c("yeah the reading is " + sp.digits(r) + " on the electric")
    c.a("thanks that's been submitted")
    return c


@neg
def n_meter_chat(rng):
    r1, r2 = rng.randint(10000, 99999), rng.randint(1000, 9999)
    c = Case("chat/utilities: typed meter readings and kWh usage")
    c.c(f"gas reading {r1}, electric {r2}. Used about {rng.randint(150, 450)} kWh last month")
    c.a("Thanks, your next bill will be based on these readings.")
    return c


@neg
def n_model_number(rng):
    c = Case("chat/retail: model numbers and serial-like product codes")
    m = rng.choice(["WM-8420X", "KDL-55X81", "SM-A536B", "HX-2200", "TV65Q80"])
    c.c(f"my washing machine model {m} is showing error E21 after {rng.randint(2, 11)} months")
    c.a(f"That model has a 24 month warranty, so it's covered.")
    return c


@neg
def n_speed(rng):
    c = Case("call/telecom: broadband speeds and data allowances")
    c.c(f"i'm paying for {rng.choice(['five hundred', 'nine hundred', 'one hundred and fifty'])} meg but only getting {num_words(rng.randint(11, 60))}")
    c.a(f"i can see sync speed of {rng.randint(20, 80)} megabits and {rng.randint(5, 60)} gigabytes used this month")
    return c


@neg
def n_years(rng):
    c = Case("call/insurance: years, ages and no-claims counts")
    y = rng.randint(2005, 2024)
    c.a("how long have you been driving")
    c.c(f"since {speak_year(rng, Speaker(rng, 'uk'), y)} so about {num_words(rng.randint(3, 19))} years and i'm {num_words(rng.randint(25, 79))} now")
    c.a(f"and {num_words(rng.randint(1, 9))} years no claims")
    return c


@neg
def n_percentages(rng):
    c = Case("chat/banking: interest rates and percentages")
    c.c(f"Is the {rng.randint(1, 9)}.{rng.randint(1, 99)}% rate fixed for {rng.randint(2, 5)} years?")
    c.a(f"Yes, it's fixed until {rng.randint(2027, 2031)}, then reverts to {rng.randint(5, 9)}.{rng.randint(1, 99)}% variable.")
    return c


@neg
def n_appointment(rng):
    c = Case("call/healthcare billing: appointment and payment dates (not DOB)")
    c.a(f"your appointment is on the {ordinal_words(rng.randint(1, 28))} of {rng.choice(MONTHS)} at {rng.choice(['nine fifteen', 'two thirty', 'ten o clock'])}")
    c.c(f"and the bill for the last one was {say_amount(rng)}")
    c.a(f"yes that was paid on the {ordinal_words(rng.randint(1, 28))} of {rng.choice(MONTHS)} twenty twenty {rng.choice(['four', 'five'])}")
    return c


@neg
def n_contract(rng):
    c = Case("chat/telecom: contract start date and end date typed numerically")
    d1 = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2021, 2025)}"
    d2 = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2026, 2028)}"
    c.c(f"My contract started {d1}, when does it end?")
    c.a(f"Your 24 month contract ends on {d2}; early exit fee is £{rng.randint(50, 250)}.")
    return c


@neg
def n_room(rng):
    c = Case("call/travel: hotel room number, nights and price")
    c.c(f"i'm in room {num_words(rng.randint(1, 9))} {num_words(rng.randint(10, 40))} for {num_words(rng.randint(2, 7))} nights")
    c.a(f"yes and that's {say_amount(rng)} per night including breakfast")
    return c


@neg
def n_temperature(rng):
    c = Case("call/utilities: thermostat temperatures and boiler pressure")
    c.c(f"the heating's set to {num_words(rng.randint(18, 24))} degrees but it's only {num_words(rng.randint(12, 16))} in here and the pressure's at {rng.choice(['one point five', 'nought point eight', 'two'])} bar")
    c.a("okay i'll book a boiler engineer for you")
    return c


@neg
def n_counts(rng):
    c = Case("chat/retail: quantities and sizes")
    q = rng.randint(2, 12)
    c.c(f"I need {q} boxes of the {rng.randint(200, 750)}ml bottles, size {rng.randint(6, 14)}, and {rng.randint(3, 40)} metres of cable")
    c.a(f"That's {q} x £{rng.randint(3, 20)}.{rng.randint(10, 99)}, total with delivery £{rng.randint(40, 200)}.{rng.randint(10, 99)}.")
    return c


@neg
def n_claim_spoken_pairs(rng):
    sp = Speaker(rng, "uk")
    ref = "".join(rng.choice("0123456789") for _ in range(8))
    c = Case("call/insurance: 8-digit claim number spoken in pairs (looks like an account number but is a claim reference)")
    c.a("do you have the claim number")
    c.c("yes claim number " + sp.pairs(ref))
    c.a("great that claim is for " + say_amount(rng))
    return c


@neg
def n_policy_number(rng):
    p = rng.choice(["POL", "HX", "MTR", "HOM"]) + "".join(rng.choice("0123456789") for _ in range(rng.randint(6, 9)))
    c = Case("chat/insurance: policy number with letters prefix and renewal price")
    c.c(f"policy {p} renewal went up to £{rng.randint(300, 900)}.{rng.randint(10, 99)} from £{rng.randint(200, 600)}, why?")
    c.a("Premiums rose across the market by about 12% this year.")
    return c


@neg
def n_tracking(rng):
    t = "".join(rng.choice("0123456789") for _ in range(10))
    c = Case("chat/retail: 10-digit tracking number with its label, delivery window")
    c.c(f"tracking number {t} says delivered at 14:32 but nothing here")
    c.a("I'll open a lost parcel investigation, usually takes 48 hours.")
    return c


@neg
def n_pin_like_times(rng):
    c = Case("call/banking: clock times and dates of transactions")
    c.c(f"there's a payment at {rng.choice(['eleven forty', 'two fifteen', 'nine oh five'])} on the {ordinal_words(rng.randint(1, 28))} for {say_amount(rng)} that i didn't make")
    c.a("okay i'll raise a dispute and the funds should be back in five to ten working days")
    return c


@neg
def n_storage_plan(rng):
    c = Case("chat/telecom: plan names, prices and data")
    c.a(f"The Unlimited {rng.choice(['Max', 'Plus', 'Lite'])} plan is ${rng.randint(30, 90)}/mo for {rng.randint(12, 36)} months with {rng.choice([50, 100, 150])}GB hotspot.")
    c.c("and if I add 2 lines?")
    c.a(f"Each extra line is ${rng.randint(10, 40)}, so ${rng.randint(80, 200)} total.")
    return c


@neg
def n_year_numbers_asr(rng):
    c = Case("call/government services: years and counts in ASR style, tax year")
    y = rng.randint(2019, 2025)
    c.c(f"it's about my tax return for {speak_year(rng, Speaker(rng, 'uk'), y)} to {speak_year(rng, Speaker(rng, 'uk'), y + 1)} i paid {say_amount(rng)}")
    c.a(f"okay i can see {num_words(rng.randint(2, 6))} payments on the account for that year")
    return c


@neg
def n_office_hours(rng):
    c = Case("chat/government services: opening hours and wait times")
    c.a(f"Our lines are open 8am to {rng.randint(5, 8)}pm Monday to Friday; current wait is about {rng.randint(5, 45)} minutes.")
    c.c("ok thanks, I'll call back after 6")
    return c


@neg
def n_weight_dims(rng):
    c = Case("call/retail: parcel weight and dimensions")
    c.c(f"it's about {num_words(rng.randint(2, 30))} kilos and {num_words(rng.randint(20, 99))} by {num_words(rng.randint(20, 99))} centimetres")
    c.a(f"okay that's a large parcel so it'll be {say_amount(rng)}")
    return c


@neg
def n_mileage(rng):
    c = Case("call/insurance: car mileage, engine size and registration year")
    c.c(f"it's done about {num_words(rng.randint(20, 99))} thousand miles it's a {rng.choice(['one point six', 'two litre', 'one point two'])} from {speak_year(rng, Speaker(rng, 'uk'), rng.randint(2010, 2022))}")
    c.a(f"and you do roughly {rng.choice(['eight', 'ten', 'twelve'])} thousand miles a year")
    return c


@neg
def n_invoice_spoken(rng):
    sp = Speaker(rng, "us")
    ref = "".join(rng.choice("0123456789") for _ in range(rng.randint(7, 9)))
    c = Case("call/healthcare billing: invoice number split over two turns with back-channel, and amount due")
    c.a("what's the invoice number at the top of the statement")
    c.c("invoice number " + sp.digits(ref[:4]))
    c.a("mhm")
    c.c(sp.digits(ref[4:]) + " and it says amount due " + say_amount(rng))
    return c


@neg
def n_age_dependants(rng):
    c = Case("call/government services: ages of children and household counts")
    c.c(f"i've got {num_words(rng.randint(2, 4))} kids they're {num_words(rng.randint(2, 8))} {num_words(rng.randint(9, 12))} and {num_words(rng.randint(13, 17))} and we've lived here {num_words(rng.randint(2, 15))} years")
    c.a("thanks that affects the entitlement")
    return c


@neg
def n_card_last_digits_reference(rng):
    c = Case("chat/banking: reference to a card product and a stated limit, no numbers of the card")
    c.c(f"can you raise my credit limit from £{rng.randint(1, 5)},000 to £{rng.randint(6, 12)},000? I've had the card {rng.randint(2, 9)} years")
    c.a("I can request that; decisions usually take 2 working days.")
    return c


@neg
def n_move_in_date(rng):
    sp = Speaker(rng, "uk")
    c = Case("call/utilities: move-in and contract dates spoken with years (not dates of birth)")
    c.c(f"i moved in on the {ordinal_words(rng.randint(1, 28))} of {rng.choice(MONTHS)} {speak_year(rng, sp, rng.randint(2016, 2025))} and the previous tenant left on the {ordinal_words(rng.randint(1, 28))}")
    c.a("okay i'll backdate the account to then")
    return c


@neg
def n_offer_expires(rng):
    c = Case("chat/telecom: offer expiry date and price (not a card expiry)")
    c.a(f"This offer expires {rng.randint(1, 28)}/{rng.randint(1, 12):02d}; after that the price goes from £{rng.randint(20, 40)} to £{rng.randint(41, 60)} a month.")
    c.c("ok I'll decide by the weekend")
    return c


@neg
def n_ivr_menu(rng):
    c = Case("call/banking: IVR options and extension-like short numbers")
    c.a(f"for billing press {rng.choice(['one', 'two', 'three'])} for technical support press {rng.choice(['four', 'five', 'six'])} or hold for an agent")
    c.c(f"i pressed {rng.choice(['two', 'three'])} then option {rng.choice(['four', 'seven'])} and it cut me off after {num_words(rng.randint(10, 40))} minutes")
    return c


@neg
def n_motorway(rng):
    c = Case("call/insurance: road numbers and junctions that look like postcode outward codes")
    road = rng.choice(["M25", "M6", "A40", "M62", "A1", "M4"])
    c.c(f"the breakdown's on the {road.lower()} near junction {num_words(rng.randint(2, 30))} heading {rng.choice(['north', 'south', 'east', 'west'])}")
    c.a(f"okay a patrol will be with you in about {num_words(rng.randint(30, 90))} minutes")
    return c


@neg
def n_amount_like_year(rng):
    c = Case("call/retail: amounts said like years ('nineteen eighty five') and a quantity")
    c.a(f"the total for the {num_words(rng.randint(2, 6))} items comes to {num_words(rng.randint(11, 19))} {num_words(rng.randint(20, 99))}")
    c.c("that's more than the website said")
    c.a(f"there's a delivery charge of {num_words(rng.randint(3, 9))} ninety nine included")
    return c


def pos_target_types():
    return TYPES


# --------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------
N_POS = 190
N_NEG = 108


def build():
    rng = random.Random(SEED)
    pos_cases, neg_cases = [], []
    # round-robin over templates with a shuffled order per round
    while len(pos_cases) < N_POS:
        order = list(range(len(POS)))
        rng.shuffle(order)
        for i in order:
            if len(pos_cases) >= N_POS:
                break
            pos_cases.append(POS[i](rng))
    while len(neg_cases) < N_NEG:
        order = list(range(len(NEG)))
        rng.shuffle(order)
        for i in order:
            if len(neg_cases) >= N_NEG:
                break
            neg_cases.append(NEG[i](rng))
    records, meta = [], []
    for k, c in enumerate(pos_cases, 1):
        records.append({"id": f"h8-pos-{k:03d}", "kind": "positive", "turns": c.turns, "spans": c.spans, "note": c.note})
        meta.append(c)
    for k, c in enumerate(neg_cases, 1):
        records.append({"id": f"h8-neg-{k:03d}", "kind": "negative", "turns": c.turns, "spans": [], "note": c.note})
        meta.append(c)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return text, records, meta


# --------------------------------------------------------------------------
# normalisation / validation (independent from the renderers above)
# --------------------------------------------------------------------------
W_UNIT = {w: i for i, w in enumerate(UNITS)}
W_UNIT.update({"oh": 0, "o": 0, "nought": 0, "naught": 0, "to": 2, "too": 2, "for": 4, "ate": 8, "niner": 9})
W_TEEN = {w: 10 + i for i, w in enumerate(TEENS)}
W_TENS = {w: 10 * i for i, w in enumerate(TENS) if w}
SKIP = {"um", "uh", "er", "erm", "ah", "sorry", "dash", "hyphen", "space", "slash", "then"}


class NormError(Exception):
    pass


def tokens(text):
    return re.findall(r"[A-Za-z]+|[0-9]+|[+@._\-/]", text)


def normalise(text, words_ok=False, letters_ok=False):
    """spoken or typed value -> compact char string (digits, upper letters, and for
    e-mails . @ _ -).  Raises NormError on unknown words unless words_ok."""
    toks = [t.lower() for t in tokens(text)]
    out = []
    i = 0
    n = len(toks)

    def nxt(k=1):
        return toks[i + k] if i + k < n else None

    while i < n:
        t = toks[i]
        # spelled letter: "b for bravo" / "c as in charlie"
        if len(t) == 1 and t.isalpha():
            if nxt() == "for" and nxt(2) and nxt(2)[0] == t and len(nxt(2)) > 1:
                out.append(t.upper()); i += 3; continue
            if nxt() == "as" and nxt(2) == "in" and nxt(3) and nxt(3)[0] == t:
                out.append(t.upper()); i += 4; continue
            if t == "o":
                out.append("0"); i += 1; continue
            out.append(t.upper()); i += 1; continue
        if t.isdigit():
            out.append(t); i += 1; continue
        if t in ("double", "triple"):
            d = nxt()
            if d not in W_UNIT:
                raise NormError(f"bad {t} {d}")
            out.append(str(W_UNIT[d]) * (2 if t == "double" else 3)); i += 2; continue
        if t in W_UNIT or t in W_TEEN:
            v = W_UNIT.get(t, W_TEEN.get(t))
            if nxt() == "hundred":
                base = v * 100
                i += 2
                if i < n and toks[i] == "and":
                    i += 1
                rest, used = _two_digit(toks, i)
                i += used
                out.append(str(base + rest)); continue
            if nxt() == "thousand":
                base = v * 1000
                i += 2
                if i < n and toks[i] == "and":
                    i += 1
                rest, used = _two_digit(toks, i)
                i += used
                out.append(str(base + rest)); continue
            out.append(str(v)); i += 1; continue
        if t in W_TENS:
            v = W_TENS[t]
            if nxt() in W_UNIT and nxt() not in ("zero", "oh", "o", "nought", "naught") and W_UNIT[nxt()] > 0:
                out.append(str(v + W_UNIT[nxt()])); i += 2; continue
            out.append(str(v)); i += 1; continue
        if t == "plus" or t == "+":
            out.append("+"); i += 1; continue
        if t == "." and not words_ok:
            i += 1; continue
        if t in ("dot", "."):
            out.append("."); i += 1; continue
        if t in ("at", "@"):
            out.append("@"); i += 1; continue
        if t in ("underscore", "_"):
            out.append("_"); i += 1; continue
        if letters_ok and t.isalpha() and len(t) <= 4 and t not in ("dash", "then"):
            out.append(t.upper()); i += 1; continue
        if t in SKIP or t in ("-", "/"):
            if words_ok and t in ("dash", "hyphen", "-"):
                out.append("-")
            i += 1; continue
        if words_ok or (letters_ok and t.isalpha() and len(t) <= 4):
            out.append(t.upper()); i += 1; continue
        raise NormError(f"unknown token {t!r} in {text!r}")
    return "".join(out)


def _two_digit(toks, i):
    if i >= len(toks):
        return 0, 0
    t = toks[i]
    if t in W_TENS:
        v = W_TENS[t]
        if i + 1 < len(toks) and toks[i + 1] in W_UNIT and W_UNIT[toks[i + 1]] > 0 and toks[i + 1] not in ("o", "oh"):
            return v + W_UNIT[toks[i + 1]], 2
        return v, 1
    if t in W_TEEN:
        return W_TEEN[t], 1
    if t in W_UNIT and t not in ("oh", "o", "nought", "naught", "zero", "to", "too", "for", "ate"):
        return W_UNIT[t], 1
    return 0, 0


ORD = {}
for _i in range(1, 32):
    ORD[ordinal_words(_i)] = _i
MON = {m: i + 1 for i, m in enumerate(MONTHS)}
MON.update({m[:3]: i + 1 for i, m in enumerate(MONTHS)})


def date_parts(text):
    """-> (month or None, day or None, digit string of the rest)"""
    t = text.lower()
    month = day = None
    for w in sorted(ORD, key=len, reverse=True):
        if re.search(r"\b" + w + r"\b", t):
            day = ORD[w]
            t = re.sub(r"\b" + w + r"\b", " ", t, count=1)
            break
    m = re.search(r"\b(\d{1,2})(st|nd|rd|th)\b", t)
    if m and day is None:
        day = int(m.group(1))
        t = t[:m.start()] + " " + t[m.end():]
    for w in sorted(MON, key=len, reverse=True):
        if re.search(r"\b" + w + r"\b", t):
            month = MON[w]
            t = re.sub(r"\b" + w + r"\b", " ", t, count=1)
            break
    t = re.sub(r"\b(the|of|born|on)\b", " ", t)
    digits = normalise(t)
    if not digits.isdigit() and digits != "":
        raise NormError(f"date residue {digits!r} in {text!r}")
    return month, day, digits


def check_dob(text, canon):
    d, m, y = canon
    month, day, digits = date_parts(text)
    ys = {str(y), f"{y % 100:02d}"}
    if month is not None:
        if month != m:
            return "month mismatch"
        if day is not None:
            return None if (day == d and digits in ys) else "day/year mismatch"
        cands = {str(d) + yy for yy in ys} | {f"{d:02d}" + yy for yy in ys}
        return None if digits in cands else f"day+year {digits!r}"
    cands = set()
    for dd in (str(d), f"{d:02d}"):
        for mm in (str(m), f"{m:02d}"):
            for yy in ys:
                cands |= {dd + mm + yy, mm + dd + yy, yy + mm + dd}
    return None if digits in cands else f"numeric date {digits!r}"


def check_expiry(text, canon):
    m, y = canon
    month, day, digits = date_parts(text)
    if day is not None:
        return "expiry has a day"
    ys = {f"{y:02d}", f"20{y:02d}"}
    if month is not None:
        return None if month == m and digits in ys else "expiry mismatch"
    cands = {mm + yy for mm in (str(m), f"{m:02d}") for yy in ys}
    return None if digits in cands else f"expiry {digits!r}"


UK_PC = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
US_ZIP = re.compile(r"^[0-9]{5}([0-9]{4})?$")


def ssn_ok(s):
    return (len(s) == 9 and s.isdigit() and s[:3] not in ("000", "666") and s[0] != "9"
            and s[3:5] != "00" and s[5:] != "0000")


def ni_ok(s):
    return (re.fullmatch(r"[A-Z]{2}[0-9]{6}[A-D]", s) is not None and s[0] not in NI_BAD_FIRST
            and s[1] not in NI_BAD_SECOND and s[:2] not in NI_BAD_PREFIX)


def validate_group(typ, text, canon, frag, parts=None):
    """text: concatenation of the group's span texts (space separated)."""
    if typ == "DOB":
        return check_dob(text, canon)
    if typ == "EXPIRY":
        return check_expiry(text, canon)
    if typ == "ADDRESS":
        low = text.lower()
        words = re.findall(r"[a-z]+", low)
        if not any(w in STREET_SUFFIX_ALL for w in words):
            return "address without street suffix"
        lead = re.match(r"^(?:(?:flat|apt|unit)\s+\w+,?\s+)?(.*?)\s+[a-z]+\s+[a-z]+$", low)
        if not lead:
            return "address shape"
        num = normalise(lead.group(1))
        if not num.isdigit() or str(canon[0]) != num:
            return f"house number {num!r} != {canon[0]}"
        return None
    if typ == "EMAIL":
        e = normalise(text, words_ok=True).lower()
        if not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e):
            return f"bad email {e!r}"
        return None if e == canon else f"email {e!r} != {canon!r}"
    parts = parts or [text]
    v = "".join(normalise(p, letters_ok=typ in ("NI_NUMBER", "IBAN", "POSTCODE")) for p in parts)
    if typ == "PHONE":
        if v.startswith("00"):
            v = "+" + v[2:]
        dg = v.lstrip("+")
        if not dg.isdigit() or not 10 <= len(dg) <= 13:
            return f"phone digits {v!r}"
        cc = {"44": "0", "353": "0", "49": "0", "1": ""}
        if v.startswith("+"):
            for k, rep in cc.items():
                if dg.startswith(k) and rep + dg[len(k):] == canon:
                    return None
            return f"intl phone {v!r} vs {canon}"
        return None if v == canon else f"phone {v!r} != {canon}"
    if v != canon.replace(" ", "").replace("-", "").upper() if isinstance(canon, str) else True:
        return f"{typ} normalised {v!r} != canon {canon!r}"
    if frag:
        return None if v.isdigit() else "fragment not digits"
    if typ == "CARD_NUMBER":
        return None if v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v) else "card luhn/length"
    if typ == "CVV":
        return None if v.isdigit() and len(v) in (3, 4) else "cvv"
    if typ == "SSN":
        return None if ssn_ok(v) else "ssn"
    if typ == "NI_NUMBER":
        return None if ni_ok(v) else "ni"
    if typ == "BANK_ACCOUNT":
        return None if v.isdigit() and 6 <= len(v) <= 12 else "account"
    if typ == "SORT_CODE":
        return None if v.isdigit() and len(v) == 6 else "sort code"
    if typ == "IBAN":
        return None if re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", v) and iban_ok(v) else "iban"
    if typ == "POSTCODE":
        return None if UK_PC.match(v) or US_ZIP.match(v) else "postcode shape"
    return "unknown type"


def check(records, meta, text_on_disk, text_new):
    problems = []
    if text_on_disk != text_new:
        problems.append("cases.jsonl differs from regenerated output (run without --check)")
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    counts = Counter()
    for r, c in zip(records, meta):
        rid = r["id"]
        if r["kind"] == "negative" and r["spans"]:
            problems.append(f"{rid}: negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            problems.append(f"{rid}: positive without spans")
        if not r["note"] or "/" not in r["note"].split(":")[0]:
            problems.append(f"{rid}: note format")
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append(f"{rid}: bad turn")
        by_turn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                problems.append(f"{rid}: bad type {s['type']}")
            if not 0 <= s["turn"] < len(r["turns"]):
                problems.append(f"{rid}: turn out of range"); continue
            tx = r["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(tx)):
                problems.append(f"{rid}: offsets out of range"); continue
            if not ((tx[st].isalnum() or (s["type"] == "PHONE" and tx[st] in "+(")) and tx[en - 1].isalnum()):
                problems.append(f"{rid}: span edge not alnum {tx[st:en]!r}")
            if (st > 0 and tx[st - 1].isalnum()) or (en < len(tx) and tx[en].isalnum()):
                problems.append(f"{rid}: span not on word boundary {tx[st:en]!r}")
            by_turn.setdefault(s["turn"], []).append((st, en))
            counts[s["type"]] += 1
        for tr, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append(f"{rid}: overlapping spans in turn {tr}")
        for key, (typ, canon, frag, idxs) in c.groups.items():
            parts = []
            for ix in idxs:
                s = r["spans"][ix]
                if s["type"] != typ:
                    problems.append(f"{rid}: group type mismatch")
                parts.append(r["turns"][s["turn"]]["text"][s["start"]:s["end"]])
            joined = " ".join(parts)
            try:
                err = validate_group(typ, joined, canon, frag, parts)
            except NormError as ex:
                err = f"normalise: {ex}"
            if err:
                problems.append(f"{rid}: {typ} {joined!r}: {err}")
    return problems, counts


def readme(records, counts):
    npos = sum(r["kind"] == "positive" for r in records)
    nneg = sum(r["kind"] == "negative" for r in records)
    chan = Counter(r["note"].split("/")[0] for r in records)
    rows = "\n".join(f"| {t} | {counts[t]} |" for t in TYPES)
    return f"""# pii_holdout8 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against. Do not add its cases to training data, regression
tests, pattern lists or thresholds, and do not inspect failures to adjust rules.

## Provenance

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its documentation or the other held-out sets; it saw only
a three-line example of the JSONL format. Cases are produced by
`scripts/make_pii_holdout8.py` (standard library only) from template functions in
which every turn is assembled from plain-text segments and `(value, TYPE)` segments,
so span offsets are computed, never typed by hand. All values come from one
`random.Random({SEED})`; the output is byte-for-byte reproducible.

    python scripts/make_pii_holdout8.py           # write cases.jsonl and this README
    python scripts/make_pii_holdout8.py --check   # regenerate, compare, validate

`--check` verifies that the file is identical to a fresh generation, ids are unique,
offsets are in range, start/end on word boundaries and do not overlap, and that
every labelled value, after normalising spoken forms back to characters ("oh",
"nought", "double seven", "forty one", "nineteen eighty", "b for bravo", "dot",
"at", ...), is valid for its type: Luhn for cards, mod-97 for IBANs, NI number
format and prefix rules, 9 digits (and SSA rules) for SSNs, 6 digits for sort
codes, 3–4 digits for CVVs, 6–12 for account numbers, 10–13 for phone numbers,
UK postcode / US ZIP shapes, a real day/month/year for dates of birth, a
month/year for expiries, and the house number for addresses.

## Contents

- {npos} positive cases, {nneg} negative cases ({len(records)} total);
  channels: {dict(sorted(chan.items()))}.
- Industries: banking, telecom, utilities, retail, insurance, travel, healthcare
  billing, government services. Countries: US, UK, Ireland, EU (DE/FR/NL/ES IBANs,
  German phone numbers).
- Chat turns are typed (mixed separators, case, irregular grouping, several values in
  one message). Call turns imitate ASR output: lower case, little punctuation,
  numbers as words ("oh"/"o"/"nought"/"zero", "double"/"triple", pairs such as
  "forty one eleven", years such as "nineteen eighty five" / "two thousand and
  three"), homophones ("to", "for", "ate" for digits), letters spelled plainly, as
  NATO words or as "s for sugar", values split across consecutive customer turns
  with agent back-channels, filler words between blocks of a reading, self-corrections,
  agent read-backs and two values in one turn.
- Negatives contain lookalikes only: money amounts, balances, prices, times,
  durations, counts, quantities, years, percentages, appointment / payment /
  contract dates, order / ticket / claim / invoice / tracking / policy references
  said with their reference word (at most 10 digits), flight and seat numbers,
  room numbers, model numbers, meter readings, speeds, ages, temperatures,
  mileage, weights. Negatives contain no personal names, no addresses and no
  dates of birth. A negative case fails if anything in it is redacted.

## Annotation conventions

- A span covers exactly the value: from its first to its last letter/digit.
  Lead-ins ("it's", "my number is", "card:", "exp", "cvv"), trailing words
  ("yeah", "i think", "um") and trailing punctuation are outside the span.
- Spoken values: the span covers all number/letter words of the reading, including
  "double"/"triple", "oh", "hundred", "for <word>" / "as in <word>" letter
  explanations, ASR homophones standing for digits ("to", "for", "ate"), "plus"
  of an international prefix, "dash" inside a ZIP+4, "slash" inside an expiry and
  "dot"/"at"/"underscore" in e-mails. Hesitation fillers ("um", "uh", "er") are
  never inside a span: where a caller pauses with a filler between blocks
  ("four one one one um two two ..."), each block is its own span.
- Typed phone numbers starting with "+" or "(" include that character.
- A value split across several turns, or across blocks in one turn, is labelled as
  several spans of the same type, one per piece.
- Self-corrections: the misread fragment is also labelled (it is still the
  caller's card/security-code digits) as well as the corrected reading; the
  correction words ("no sorry") are outside.
- Agent read-backs of a value are labelled like the customer's reading, and so
  are partial re-readings (e.g. "the last four again" of an SSN).
- ADDRESS covers house/flat number, street name and street type (e.g.
  "Flat 3, 42 Acacia Road", "one two three four elm street"); the town/city and
  state are not labelled; the postcode/ZIP is a separate POSTCODE span.
- DOB covers the whole date expression ("the fourteenth of march nineteen eighty
  five", "14/03/1985"); EXPIRY covers month and year ("oh nine twenty seven",
  "09/27", "september 2027").
- Phone numbers include the international prefix when given ("+44 7700 ...",
  "plus three five three ...").
- Other numbers in positive cases (amounts, references, times) are not labelled.

## Span counts per type

| type | spans |
|---|---|
{rows}

Total spans: {sum(counts.values())}.
"""


def main(argv):
    text, records, meta = build()
    if "--check" in argv:
        on_disk = CASES.read_text(encoding="utf-8") if CASES.exists() else ""
        problems, counts = check(records, meta, on_disk, text)
        if README.exists() and README.read_text(encoding="utf-8") != readme(records, counts):
            problems.append("README.md differs from regenerated output")
        npos = sum(r["kind"] == "positive" for r in records)
        nneg = len(records) - npos
        need = {t: 12 for t in TYPES}
        need.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
        for t, k in need.items():
            if counts[t] < k:
                problems.append(f"too few {t} spans: {counts[t]} < {k}")
        if npos < 170 or nneg < 100:
            problems.append(f"too few cases: {npos} positive, {nneg} negative")
        print(f"cases: {len(records)} ({npos} positive, {nneg} negative)")
        for t in TYPES:
            print(f"  {t:<13} {counts[t]}")
        if problems:
            for p in problems[:200]:
                print("PROBLEM:", p)
            print(f"{len(problems)} problem(s)")
            return 1
        print("check OK")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    _, counts = check(records, meta, text, text)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme(records, counts), encoding="utf-8")
    print(f"wrote {CASES} ({len(records)} cases) and {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout57``.

Written by an AI helper acting as an independent author: it never looked at
the redaction code, its tests or other evaluation sets.  Every turn is built
from plain-text segments and ``(value, TYPE)`` segments so span offsets are
computed, never typed by hand.  All values come from one seeded
``random.Random`` so the output is byte-for-byte reproducible.

    python scripts/make_pii_holdout57.py          # write fixture + README
    python scripts/make_pii_holdout57.py --check  # regenerate and verify

Never use this set for tuning.
"""
from __future__ import annotations

import json
import re
import string
import sys
from collections import Counter
from pathlib import Path

import random

SEED = 57261123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout57"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h57"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MINIMUM = {t: 12 for t in TYPES}
MINIMUM.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

R = random.Random(SEED)

# ---------------------------------------------------------------------------
# number words
# ---------------------------------------------------------------------------
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_W = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
         "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
         "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
FILLERS = ["um", "uh", "er", "erm", "uhm"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform", "v": "victor",
        "w": "whiskey", "x": "x ray", "y": "yankee", "z": "zulu"}
LETTER_NAME = {"b": "bee", "c": "see", "d": "dee", "j": "jay", "m": "em", "n": "en",
               "p": "pee", "r": "are", "s": "ess", "t": "tee", "x": "ex", "y": "why",
               "z": "zed"}
HOMOPHONE = {"2": "to", "4": "for", "8": "ate"}


def num_words(n: int) -> str:
    """0..99 as words (for pairs)."""
    if n < 10:
        return UNIT_W[n]
    if n < 20:
        return TEEN_W[n - 10]
    t, u = divmod(n, 10)
    return TENS_W[t] + ("" if u == 0 else " " + UNIT_W[u])


def ordinal_words(n: int) -> str:
    if n <= 20:
        return ORD_W[n]
    t, u = divmod(n, 10)
    if u == 0:
        return TENS_W[t][:-1] + "ieth"
    return TENS_W[t] + " " + ORD_W[u]


def nth(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def year_words(y: int) -> str:
    if 2000 <= y <= 2009:
        return "two thousand" + ("" if y == 2000 else " and " + UNIT_W[y - 2000])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return num_words(hi) + " hundred"
    if lo < 10:
        return num_words(hi) + " oh " + UNIT_W[lo]
    return num_words(hi) + " " + num_words(lo)


def say_digits(ds: str, rng: random.Random, *, zero=None, pairs=0.0, runs=0.5,
               homophone=0.0, uk=False) -> str:
    """Speak a digit string the way an ASR transcript would write it."""
    if zero is None:
        zero = rng.choice(["zero", "oh", "o", "nought"] if uk else ["zero", "oh", "o"])
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        # pair reading like "forty one"
        if pairs and i + 1 < len(ds) and d != "0" and rng.random() < pairs:
            n = int(ds[i:i + 2])
            if n % 10 != 0 or n == 10:
                out.append(num_words(n))
                i += 2
                continue
        j = i
        while j < len(ds) and ds[j] == d:
            j += 1
        run = j - i
        if run >= 3 and rng.random() < runs:
            out.append("triple " + (zero if d == "0" else UNIT_W[int(d)]))
            i += 3
            continue
        if run >= 2 and rng.random() < runs:
            out.append("double " + (zero if d == "0" else UNIT_W[int(d)]))
            i += 2
            continue
        if d == "0":
            out.append(zero)
        elif d in HOMOPHONE and rng.random() < homophone:
            out.append(HOMOPHONE[d])
        else:
            out.append(UNIT_W[int(d)])
        i += 1
    return " ".join(out)


def say_groups(groups, rng, sep=" ", filler=0.0, **kw) -> str:
    parts = []
    for k, g in enumerate(groups):
        if k and filler and rng.random() < filler:
            parts.append(rng.choice(FILLERS))
        parts.append(say_digits(g, rng, **kw))
    return sep.join(parts)


def say_alnum(s: str, rng: random.Random, nato=0.0, names=0.0, zero="oh", **kw) -> str:
    """Spell a mixed letter/digit string: letters as letters, names or NATO."""
    out = []
    buf = ""
    for ch in s.lower():
        if ch.isdigit():
            buf += ch
            continue
        if buf:
            out.append(say_digits(buf, rng, zero=zero, **kw))
            buf = ""
        if ch == " ":
            continue
        r = rng.random()
        if ch == "o":
            r = 0.0  # a bare "o" would read as zero, so always spell it
            nato = max(nato, 0.01)
        if r < nato:
            out.append(f"{ch} for {NATO[ch]}" if rng.random() < 0.7 else f"{ch} as in {NATO[ch]}")
        elif r < nato + names and ch in LETTER_NAME:
            out.append(LETTER_NAME[ch])
        else:
            out.append(ch)
    if buf:
        out.append(say_digits(buf, rng, zero=zero, **kw))
    return " ".join(out)


# ---------------------------------------------------------------------------
# normalisers used by --check
# ---------------------------------------------------------------------------
_U = {w: str(i) for i, w in enumerate(UNIT_W)}
_U.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
_T = {w: str(10 + i) for i, w in enumerate(TEEN_W)}
_X = {w: i for i, w in enumerate(TENS_W) if w}
_HOMO = {"to": "2", "too": "2", "for": "4", "ate": "8", "won": "1"}
_ORD = {w: str(i) for i, w in enumerate(ORD_W) if w}
_LN = {v: k for k, v in LETTER_NAME.items()}
_NATO_WORDS = set()
for _w in NATO.values():
    _NATO_WORDS.update(_w.split())


def _tokens(text: str):
    return re.findall(r"[A-Za-z]+|\d+", text.lower())


def normalise(text: str, mode: str = "digits") -> str:
    """Spoken/typed value -> canonical string of digits (and letters in alnum)."""
    if re.search(r"\d", text):
        # typed form: keep letters and digits only
        kept = re.sub(r"[^A-Za-z0-9]", "", text).upper()
        return kept if mode == "alnum" else re.sub(r"\D", "", kept)
    toks = _tokens(text)
    out = []
    i = 0
    units = dict(_U)
    if mode == "digits":
        units.update(_HOMO)
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif mode == "alnum" and len(t) == 1 and t.isalpha() and (
                t != "o" or nxt == "for" or (nxt == "as" and i + 2 < len(toks) and toks[i + 2] == "in")):
            if nxt == "for" or (nxt == "as" and i + 2 < len(toks) and toks[i + 2] == "in"):
                skip = 2 if nxt == "for" else 3
                # skip the NATO word(s) for this letter
                i += skip + len(NATO.get(t, t).split())
                out.append(t.upper())
                continue
            out.append(t.upper())
        elif mode == "alnum" and t in _LN:
            out.append(_LN[t].upper())
        elif t in ("double", "triple") and nxt is not None:
            k = 2 if t == "double" else 3
            if nxt in units:
                out.append(units[nxt] * k)
            elif mode == "alnum" and len(nxt) == 1:
                out.append(nxt.upper() * k)
            elif mode == "alnum" and nxt in _LN:
                out.append(_LN[nxt].upper() * k)
            i += 2
            continue
        elif t in units:
            out.append(units[t])
        elif t in _T:
            out.append(_T[t])
        elif t in _X:
            if nxt in _U and _U[nxt] != "0" and nxt not in ("o", "oh", "nought", "zero"):
                out.append(str(_X[t]) + _U[nxt])
                i += 2
                continue
            if nxt in _ORD and int(_ORD[nxt]) < 10:
                out.append(str(_X[t]) + _ORD[nxt])
                i += 2
                continue
            out.append(str(_X[t]) + "0")
        elif t in _ORD:
            out.append(_ORD[t])
        elif t == "hundred":
            out.append("00")
        # anything else (fillers, 'and', 'plus', NATO words) is ignored
        i += 1
    return "".join(out)


def luhn_ok(ds: str) -> bool:
    s = 0
    for k, ch in enumerate(reversed(ds)):
        d = int(ch)
        if k % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def iban_ok(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
STREET_SUFFIX = ("street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr",
                 "close", "way", "crescent", "court", "ct", "terrace", "place", "grove",
                 "boulevard", "blvd", "park", "gardens", "row", "view", "hill", "walk",
                 "square", "parkway", "circle", "mews")


def spoken_email(text: str) -> str:
    toks = re.findall(r"[A-Za-z]+|\d+|[@._\-+]", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in _U and len(t) > 1 and t not in ("oh",):
            # number words inside addresses, e.g. "smith eighty four"
            out.append(_U[t])
        elif t in _T:
            out.append(_T[t])
        elif t in _X:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt in _U and nxt not in ("o", "oh", "zero", "nought"):
                out.append(str(_X[t]) + _U[nxt])
                i += 1
            else:
                out.append(str(_X[t]) + "0")
        else:
            out.append(t)
        i += 1
    return "".join(out)


def validate(gtype: str, text: str, expect: str | None):
    """Return an error string or None. ``text`` is the joined span text."""
    if gtype in ("EMAIL",):
        e = text.strip().lower() if "@" in text else spoken_email(text)
        e = e.replace(" ", "")
        if not EMAIL_RE.match(e):
            return f"bad email {e!r}"
        if expect and e != expect:
            return f"email {e!r} != {expect!r}"
        return None
    if gtype == "ADDRESS":
        toks = _tokens(text)
        if not toks or not (toks[0].isdigit() or toks[0] in _U or toks[0] in _T or toks[0] in _X
                            or toks[0] in ("flat", "apartment", "apt", "unit", "number")):
            return f"address does not start with a number {text!r}"
        if not any(t in STREET_SUFFIX for t in toks):
            return f"address has no street word {text!r}"
        return None
    if gtype == "DOB":
        low = text.lower()
        ds = normalise(text)
        if any(m in low for m in MON3):
            return None if re.search(r"\d", ds) else f"dob no day/year {text!r}"
        if len(ds) in (6, 8) or (re.search(r"\d", text) and 5 <= len(ds) <= 8):
            return None
        return f"dob shape {text!r} -> {ds}"
    if gtype == "EXPIRY":
        low = text.lower()
        ds = normalise(text)
        if any(m in low for m in MON3):
            return None if len(ds) in (2, 4) else f"expiry year {text!r}"
        if len(ds) in (4, 6) and 1 <= int(ds[:2]) <= 12:
            return None
        if len(ds) == 3 and "/" in text and ds[0] != "0":
            return None
        return f"expiry shape {text!r} -> {ds}"
    mode = "alnum" if gtype in ("NI_NUMBER", "POSTCODE", "IBAN") else "digits"
    ds = normalise(text, mode)
    if expect is not None and ds != expect:
        return f"{gtype} normalised {ds!r} != expected {expect!r} from {text!r}"
    if gtype == "CARD_NUMBER":
        ok = 13 <= len(ds) <= 19 and ds.isdigit() and luhn_ok(ds)
    elif gtype == "CVV":
        ok = ds.isdigit() and len(ds) in (3, 4)
    elif gtype == "SSN":
        ok = ds.isdigit() and len(ds) == 9 and ds[:3] not in ("000", "666") and ds[0] != "9" \
            and ds[3:5] != "00" and ds[5:] != "0000"
    elif gtype == "NI_NUMBER":
        ok = bool(NI_RE.match(ds))
    elif gtype == "BANK_ACCOUNT":
        ok = ds.isdigit() and 7 <= len(ds) <= 12
    elif gtype == "SORT_CODE":
        ok = ds.isdigit() and len(ds) == 6
    elif gtype == "IBAN":
        ok = iban_ok(ds)
    elif gtype == "PHONE":
        ok = ds.isdigit() and 10 <= len(ds) <= 13
    elif gtype == "POSTCODE":
        ok = bool(UK_PC_RE.match(ds)) or bool(re.fullmatch(r"\d{5}(\d{4})?", ds))
    else:
        return f"unknown type {gtype}"
    return None if ok else f"{gtype} invalid {ds!r} from {text!r}"


# ---------------------------------------------------------------------------
# value generators (canonical values)
# ---------------------------------------------------------------------------
def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + digits(length - len(prefix) - 1)
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


CARD_BRANDS = [("visa", "4", 16), ("visa", "4", 16), ("mastercard", "5" , 16),
               ("mastercard", "22", 16), ("amex", "37", 15), ("amex", "34", 15),
               ("discover", "6011", 16), ("visa", "4", 13), ("maestro", "6759", 19),
               ("diners", "36", 14), ("unionpay", "62", 17), ("visa debit", "4", 16)]


def gen_card():
    brand, pre, n = R.choice(CARD_BRANDS)
    if pre == "5":
        pre = "5" + R.choice("12345")
    return brand, luhn_complete(pre, n)


def card_groups(ds):
    n = len(ds)
    if n == 15:
        return [ds[:4], ds[4:10], ds[10:]]
    if n == 14:
        return [ds[:4], ds[4:10], ds[10:]]
    if n == 13:
        return [ds[:4], ds[4:7], ds[7:10], ds[10:]]
    return [ds[i:i + 4] for i in range(0, n, 4)]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + digits(6) + R.choice("ABCD")


def gen_sort():
    return R.choice(["20", "30", "40", "60", "77", "08", "09", "11", "83", "90", "23"]) + digits(4)


def iban_make(cc: str, bban: str) -> str:
    r = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    return f"{cc}{98 - num % 97:02d}{bban}"


def gen_iban(reg=None):
    if reg == "UK":
        cc = "GB"
    elif reg == "IE":
        cc = "IE"
    elif reg == "EU":
        cc = R.choice(["DE", "FR", "NL", "ES", "IT", "BE"])
    else:
        cc = R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES", "IT", "BE"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "HBUK", "MIDL", "LOYD", "NAIA"]) + gen_sort() + digits(8)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + digits(6) + digits(8)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "FR":
        bban = digits(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO", "TRIO"]) + digits(10)
    elif cc == "ES":
        bban = digits(20)
    elif cc == "IT":
        bban = R.choice("ABCXZ") + digits(22)
    else:
        bban = digits(12)
    return iban_make(cc, bban)


UK_OUTWARD = ["M{d}", "M{d}{d}", "SW{d}{L}", "LS{d}{d}", "B{d}{d}", "EH{d}", "CF{d}{d}",
              "BT{d}", "NE{d}", "G{d}{d}", "BS{d}", "EC{d}{L}", "N{d}", "PL{d}", "CB{d}",
              "RG{d}{d}", "W{d}{L}", "L{d}", "S{d}{d}", "DN{d}", "KY{d}{d}", "TR{d}{d}", "HU{d}"]


def gen_uk_pc():
    shape = R.choice(UK_OUTWARD)
    out = ""
    k = 0
    while k < len(shape):
        if shape.startswith("{d}", k):
            out += str(R.randint(1, 9))
            k += 3
        elif shape.startswith("{L}", k):
            out += R.choice("ABEHMNPRVWXY")
            k += 3
        else:
            out += shape[k]
            k += 1
    inc = "ABDEFGHJLNPQRSTUWXYZ"
    return out + " " + str(R.randint(0, 9)) + R.choice(inc) + R.choice(inc)


PC_TOWN = {"M": "Manchester", "SW": "London", "LS": "Leeds", "B": "Birmingham", "EH": "Edinburgh",
           "CF": "Cardiff", "BT": "Belfast", "NE": "Newcastle", "G": "Glasgow", "BS": "Bristol",
           "EC": "London", "N": "London", "PL": "Plymouth", "CB": "Cambridge", "RG": "Reading",
           "W": "London", "L": "Liverpool", "S": "Sheffield", "DN": "Doncaster", "KY": "Kirkcaldy",
           "TR": "Truro", "HU": "Hull"}


def town_for(pc_exp):
    """Town matching a UK postcode area, or a random US town for a ZIP."""
    if pc_exp[0].isdigit():
        return pick(TOWNS_US)
    return PC_TOWN[re.match(r"[A-Z]+", pc_exp).group(0)]


def gen_zip(plus4=False):
    z = f"{R.randint(10, 99)}{digits(3)}"
    return z + ("-" + digits(4) if plus4 else "")


def gen_phone(region):
    if region == "uk_mob":
        return "07" + R.choice("45789") + digits(8)
    if region == "uk_land":
        return R.choice(["0161", "0113", "0121", "0131", "0117", "0141", "01632", "029", "020"]) + "x"
    if region == "us":
        return f"{R.randint(2, 9)}{digits(2)}{R.randint(2, 9)}{digits(6)}"
    if region == "ie":
        return "08" + R.choice("35679") + digits(7)
    raise ValueError(region)


def fix_land(p):
    if p.endswith("x"):
        p = p[:-1]
        p += digits(11 - len(p))
    return p


def gen_dob():
    y = R.randint(1938, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return d, m, y


def gen_expiry():
    return R.randint(1, 12), R.randint(25, 31)


FIRST = ["james", "sarah", "liam", "aoife", "priya", "tom", "megan", "oluwaseun", "chloe",
         "dmitri", "fatima", "connor", "grace", "hannah", "rory", "maria", "kevin", "niamh",
         "ahmed", "lucy", "jake", "siobhan", "wei", "ellie"]
LAST = ["murphy", "okafor", "patel", "walsh", "nguyen", "thompson", "kowalski", "oconnor",
        "garcia", "hughes", "fitzgerald", "brennan", "mclean", "ali", "schmidt", "byrne",
        "reyes", "campbell", "doyle", "ward"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "icloud.com",
           "btinternet.com", "aol.com", "eircom.net", "gmx.de", "live.co.uk", "protonmail.com"]
STREETS_UK = ["Acacia Avenue", "Station Road", "Church Lane", "Mill Street", "Victoria Road",
              "Kingsway Crescent", "Orchard Close", "Beech Grove", "Harbour View",
              "Queens Terrace", "Granby Row", "Wellington Place", "Foxhill Drive",
              "Meadow Way", "Albert Square", "Clarence Mews"]
STREETS_US = ["Maple Street", "Oak Drive", "Elm Avenue", "Lakeview Boulevard",
              "Sunset Blvd", "Cedar Lane", "Pine Ridge Road", "Washington Ave",
              "Magnolia Court", "Hickory Hill", "Jefferson Parkway", "Willow Circle"]
STREETS_IE = ["Griffith Avenue", "Main Street", "Castle Road", "Strand Road",
              "Ballymun Road", "Shore Road"]
TOWNS_UK = ["Leeds", "Manchester", "Cardiff", "Bristol", "Glasgow", "Belfast", "Newcastle",
            "Plymouth", "Reading", "Cambridge"]
TOWNS_US = ["Columbus", "Tampa", "Denver", "Albany", "Boise", "Raleigh", "Tucson", "Omaha"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randrange(6)
    if style == 0:
        local = f"{f}.{l}"
    elif style == 1:
        local = f"{f[0]}{l}{R.randint(1, 99)}"
    elif style == 2:
        local = f"{f}_{l}"
    elif style == 3:
        local = f"{f}{R.randint(60, 99)}"
    elif style == 4:
        local = f"{f[0]}.{l}"
    else:
        local = f"{l}.{f}{R.randint(1, 9)}"
    return f"{local}@{R.choice(DOMAINS)}"


def say_email(e: str, rng=None) -> str:
    """ASR rendering of an email address."""
    rng = rng or R
    local, dom = e.split("@")
    out = []
    for part in re.findall(r"[a-z]+|\d+|[._-]", local):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part == "-":
            out.append("dash")
        elif part.isdigit():
            n = int(part)
            if len(part) == 2 and n >= 20 and n % 10 and rng.random() < 0.6:
                out.append(num_words(n))
            else:
                out.append(" ".join(UNIT_W[int(c)] for c in part))
        elif len(part) <= 2 or rng.random() < 0.15:
            out.append(" ".join(part))
        else:
            out.append(part)
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


# ---------------------------------------------------------------------------
# case building
# ---------------------------------------------------------------------------
GROUPS = {}   # group id -> (type, expected normalised value or None, partial?)


class V:
    """A labelled segment of a turn."""

    def __init__(self, text, typ, gid):
        self.text, self.typ, self.gid = text, typ, gid


def grp(typ, expect, partial=False):
    gid = len(GROUPS) + 1
    GROUPS[gid] = (typ, expect, partial)
    return gid


def lab(text, typ, expect=None, partial=False):
    return V(text, typ, grp(typ, expect, partial))


CASES_OUT = []
COUNTER = {"positive": 0, "negative": 0}


def add_case(kind, turns, note):
    COUNTER[kind] += 1
    cid = f"{PREFIX}-{'pos' if kind == 'positive' else 'neg'}-{COUNTER[kind]:03d}"
    jt, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, (str, V)):
            segs = [segs]
        buf = ""
        for sg in segs:
            if isinstance(sg, V):
                st = len(buf)
                buf += sg.text
                spans.append({"turn": ti, "start": st, "end": len(buf), "type": sg.typ})
                meta.append(sg.gid)
            else:
                buf += sg
        jt.append({"speaker": spk, "text": buf})
    if kind == "negative":
        assert not spans, cid
    CASES_OUT.append(({"id": cid, "kind": kind, "turns": jt, "spans": spans, "note": note}, meta))


def pick(seq):
    return R.choice(seq)


def maybe(p=0.5):
    return R.random() < p


def typo(s):
    """Occasionally drop or swap a letter in chat filler text."""
    if len(s) < 6 or not maybe(0.35):
        return s
    words = s.split(" ")
    k = R.randrange(len(words))
    w = words[k]
    if len(w) > 3 and w.isalpha():
        j = R.randrange(1, len(w) - 1)
        w = w[:j] + w[j + 1:] if maybe() else w[:j] + w[j + 1] + w[j] + w[j + 2:]
        words[k] = w
    return " ".join(words)


BACK = ["mhm", "okay", "yep", "okay go on", "right", "uh huh", "yes", "got that", "and then",
        "okay keep going", "sorry go on", "yeah"]


# ---------------------------------------------------------------------------
# renderers: each returns (chunks, expect, info).  chunks are surface strings that
# are either joined in one turn or spread over several customer turns.
# ---------------------------------------------------------------------------
def spoken_kw(uk):
    return dict(pairs=pick([0, 0, 0, 0.3, 0.7]), homophone=pick([0, 0, 0, 0.3]),
                runs=pick([0.3, 0.8, 1.0]), uk=uk)


def r_card(call, uk=True):
    brand, ds = gen_card()
    gs = card_groups(ds)
    if call:
        kw = spoken_kw(uk)
        z = pick(["zero", "oh", "o", "nought"] if uk else ["zero", "oh", "o"])
        return [say_digits(g, R, zero=z, **kw) for g in gs], ds, {"brand": brand}
    sep = pick([" ", " ", "-", "", " ", "  ", "."])
    if sep == "" or maybe(0.1):
        return [ds], ds, {"brand": brand}
    return [sep.join(gs)], ds, {"brand": brand}


def r_cvv(call, uk=True, amex=False):
    ds = digits(4 if amex else 3)
    if call:
        return [say_digits(ds, R, **spoken_kw(uk))], ds, {}
    return [ds], ds, {}


def r_expiry(call, uk=True):
    m, y = gen_expiry()
    if call:
        f = R.randrange(4)
        if f == 0:
            t = f"{pick(['oh', 'zero', 'o'])} {UNIT_W[m]} {num_words(y)}" if m < 10 else f"{num_words(m)} {num_words(y)}"
        elif f == 1:
            t = f"{MONTHS[m - 1]} {num_words(y)}"
        elif f == 2:
            t = f"{MONTHS[m - 1]} twenty {num_words(y)}"
        else:
            t = f"{say_digits(f'{m:02d}', R)} slash {say_digits(f'{y:02d}', R)}"
        return [t], None, {}
    f = R.randrange(6)
    t = [f"{m:02d}/{y:02d}", f"{m}/{y:02d}", f"{m:02d}-20{y:02d}", f"{m:02d}/20{y}",
         f"{MON3[m - 1].title()} {2000 + y}", f"{m:02d} {y:02d}"][f]
    return [t], None, {}


def r_ssn(call, uk=False):
    ds = gen_ssn()
    gs = [ds[:3], ds[3:5], ds[5:]]
    if call:
        kw = spoken_kw(False)
        return [say_digits(g, R, **kw) for g in gs], ds, {}
    f = R.randrange(5)
    t = ["-".join(gs), " ".join(gs), ds, "-".join(gs), ".".join(gs)][f]
    return [t], ds, {}


def r_ni(call, uk=True):
    ni = gen_ni()
    if call:
        nato, names = pick([(0, 0), (0.6, 0), (0, 0.5), (0.3, 0.3), (1.0, 0)])
        kw = dict(pairs=pick([0, 0, 0.6]), runs=pick([0.3, 1.0]))
        z = pick(["oh", "zero", "nought"])
        p1 = say_alnum(ni[:2], R, nato=nato, names=names)
        d = ni[2:8]
        if maybe(0.5):
            mid = [say_digits(d[i:i + 2], R, zero=z, **kw) for i in range(0, 6, 2)]
        else:
            mid = [say_digits(d, R, zero=z, **kw)]
        p3 = say_alnum(ni[8], R, nato=nato, names=names)
        return [p1] + mid + [p3], ni, {}
    f = R.randrange(6)
    sp = f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"
    t = [sp, ni, ni.lower(), sp.lower(), f"{ni[:2]}{ni[2:8]} {ni[8]}", f"{ni[:2]} {ni[2:8]} {ni[8]}"][f]
    return [t], ni, {}


def r_account(call, uk=True, n=None):
    n = n or (8 if uk else pick([9, 10, 11, 12]))
    ds = digits(n)
    if call:
        kw = spoken_kw(uk)
        gs = [ds[:4], ds[4:]] if n == 8 else [ds[:3], ds[3:6], ds[6:]]
        return [say_digits(g, R, **kw) for g in gs], ds, {}
    t = ds if maybe(0.75) else " ".join([ds[:4], ds[4:]])
    return [t], ds, {}


def r_sort(call, uk=True):
    ds = gen_sort()
    gs = [ds[:2], ds[2:4], ds[4:]]
    if call:
        z = pick(["oh", "zero", "nought"])
        if maybe(0.5):
            return [say_digits(g, R, zero=z, pairs=1.0) for g in gs], ds, {}
        return [say_digits(g, R, zero=z, runs=0.7) for g in gs], ds, {}
    t = pick(["-", " ", "", "-", "."]).join(gs)
    return [t], ds, {}


def r_iban(call, uk=False, reg=None):
    ib = gen_iban(reg)
    gs = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    if call:
        nato = pick([0, 0.4, 1.0])
        z = pick(["oh", "zero"])
        return [say_alnum(g, R, nato=nato, zero=z, runs=0.5) for g in gs], ib, {}
    f = R.randrange(4)
    t = [" ".join(gs), ib, " ".join(gs).lower(), ib][f]
    return [t], ib, {}


def r_phone(call, region="uk_mob", intl=False):
    p = fix_land(gen_phone(region))
    cc = {"uk_mob": "44", "uk_land": "44", "us": "1", "ie": "353"}[region]
    if region in ("uk_mob",):
        gs = [p[:5], p[5:]] if maybe() else [p[:5], p[5:8], p[8:]]
    elif region == "uk_land":
        k = 4 if p.startswith("01") and not p.startswith("0163") else (3 if p.startswith("02") else 5)
        gs = [p[:k], p[k:]]
    elif region == "us":
        gs = [p[:3], p[3:6], p[6:]]
    else:
        gs = [p[:3], p[3:6], p[6:]]
    expect = p
    if intl:
        if region == "us":
            gs = ["1"] + gs
        else:
            gs = [cc, gs[0][1:]] + gs[1:]
        expect = "".join(gs)
    if call:
        kw = spoken_kw(region != "us")
        chunks = [say_digits(g, R, **kw) for g in gs]
        if intl:
            chunks[0] = "plus " + chunks[0]
        return chunks, expect, {"region": region}
    if region == "us" and not intl:
        t = pick([f"({gs[0]}) {gs[1]}-{gs[2]}", "-".join(gs), ".".join(gs), "".join(gs), " ".join(gs)])
    elif intl:
        t = "+" + " ".join(gs) if maybe(0.7) else "+" + "".join(gs)
        if region == "us" and maybe():
            t = f"+1 ({gs[1]}) {gs[2]}-{gs[3]}"
    else:
        t = pick([" ".join(gs), "".join(gs), "-".join(gs)])
    return [t], expect, {"region": region}


def r_email(call, uk=True):
    e = gen_email()
    if call:
        return [say_email(e)], e, {}
    t = e
    if maybe(0.3):
        t = e[0].upper() + e[1:]
    if maybe(0.1):
        t = e.upper()
    return [t], e, {}


def r_dob(call, uk=True):
    d, m, y = gen_dob()
    if call:
        f = R.randrange(6)
        if f == 0:
            t = f"the {ordinal_words(d)} of {MONTHS[m - 1]} {year_words(y)}"
        elif f == 1:
            t = f"{MONTHS[m - 1]} {ordinal_words(d)} {year_words(y)}"
        elif f == 2:
            t = f"{ordinal_words(d)} {MONTHS[m - 1]} {num_words(y % 100) if y % 100 >= 10 else year_words(y)}"
        elif f == 3:
            a, b = (m, d) if not uk else (d, m)
            t = f"{say_digits(f'{a:02d}', R)} {say_digits(f'{b:02d}', R)} {num_words(y % 100) if y % 100 >= 10 else say_digits(f'{y % 100:02d}', R, zero='oh')}"
        elif f == 4:
            t = f"{MONTHS[m - 1]} the {ordinal_words(d)} {year_words(y)}"
        else:
            t = f"{ordinal_words(d)} of {MONTHS[m - 1]} {year_words(y)}"
        return [t], None, {}
    f = R.randrange(10)
    a, b = (d, m) if uk else (m, d)
    t = [f"{a:02d}/{b:02d}/{y}", f"{a}/{b}/{y}", f"{a:02d}.{b:02d}.{y % 100:02d}",
         f"{d} {MONTHS[m - 1].title()} {y}", f"{MONTHS[m - 1].title()} {d}, {y}",
         f"{y}-{m:02d}-{d:02d}", f"{a:02d}-{b:02d}-{y}", f"{d} {MON3[m - 1]} {y}",
         f"{nth(d)} {MON3[m - 1]} {y % 100:02d}", f"{nth(d)} of {MONTHS[m - 1].title()} {y}"][f]
    return [t], None, {}


def r_postcode(call, uk=True):
    if uk:
        pc = gen_uk_pc()
        exp = pc.replace(" ", "")
        if call:
            nato, names = pick([(0, 0), (0, 0.5), (0.5, 0), (0, 0)])
            out, inw = pc.split()
            return [say_alnum(out, R, nato=nato, names=names, zero="oh") + " " +
                    say_alnum(inw, R, nato=nato, names=names, zero="oh")], exp, {}
        t = pick([pc, pc, pc.lower(), exp, exp.lower(), pc.replace(" ", "  ")])
        return [t], exp, {}
    z = gen_zip(plus4=maybe(0.25))
    exp = z.replace("-", "")
    if call:
        parts_ = z.split("-")
        t = say_digits(parts_[0], R, runs=0.3)
        if len(parts_) > 1:
            t += pick([" dash ", " "]) + say_digits(parts_[1], R)
        return [t], exp, {}
    return [z], exp, {}


def r_address(call, uk=True, ie=False):
    streets = STREETS_IE if ie else (STREETS_UK if uk else STREETS_US)
    st = pick(streets)
    num = R.randint(1, 199) if uk or ie else R.randint(100, 9899)
    if call:
        low = re.sub(r"\bave\b", "avenue", re.sub(r"\bblvd\b", "boulevard", st.lower()))
        if num >= 1000 and maybe(0.7):
            hi, lo = divmod(num, 100)
            ns = num_words(hi) + " " + (num_words(lo) if lo >= 10 else "oh " + UNIT_W[lo])
        elif num >= 100 and maybe(0.5):
            ns = say_digits(str(num), R, runs=0)
        elif num < 100:
            ns = num_words(num)
        else:
            ns = say_digits(str(num), R, runs=0, pairs=0.5)
        t = f"{ns} {low}"
        if uk and maybe(0.2):
            t = f"flat {num_words(R.randint(1, 12))} {t}"
        return [t], None, {}
    t = f"{num} {st}"
    if maybe(0.25):
        t = t.lower()
    if uk and maybe(0.15):
        t = f"Flat {R.randint(1, 20)}, {t}"
    if not uk and maybe(0.2):
        t += pick([", Apt 4B", " Apt 12", ", Unit 3"])
    return [t], None, {}


RENDER = {"CARD_NUMBER": r_card, "CVV": r_cvv, "EXPIRY": r_expiry, "SSN": r_ssn,
          "NI_NUMBER": r_ni, "BANK_ACCOUNT": r_account, "SORT_CODE": r_sort, "IBAN": r_iban,
          "PHONE": None, "EMAIL": r_email, "DOB": r_dob, "POSTCODE": r_postcode,
          "ADDRESS": r_address}


# ---------------------------------------------------------------------------
# conversational material
# ---------------------------------------------------------------------------
ASK = {
    "CARD_NUMBER": ["can I take the long card number please", "and what's the long number on the front of the card",
                    "okay go ahead with the card number when you're ready", "what card would you like to use today and the number please",
                    "right so the card number"],
    "CVV": ["and the three digit security code on the back", "and the cvv please",
            "last thing the security code on the back of the card", "and the three numbers on the signature strip"],
    "EXPIRY": ["and the expiry date", "when does the card expire", "what's the expiry on that one", "and the valid to date"],
    "SSN": ["can I get your social security number to verify", "and your social please",
            "for verification I'll need the full social security number", "what's the ssn on the account"],
    "NI_NUMBER": ["can I take your national insurance number", "what's your n i number please",
                  "and your national insurance number for the record", "do you have your national insurance number to hand"],
    "BANK_ACCOUNT": ["and the account number", "what's the account number the direct debit comes out of",
                     "can you give me the account number please", "and which account number should the refund go to"],
    "SORT_CODE": ["and the sort code", "what's the sort code on that account", "can I take the sort code first"],
    "IBAN": ["can you read me the iban for the refund", "what's the iban on the account", "and the full iban please"],
    "PHONE": ["what's the best number to reach you on", "can I take a contact number", "and a mobile number for the text confirmation",
              "is there a phone number we can call you back on"],
    "EMAIL": ["and what email address should we send that to", "can I confirm your email address",
              "what's the email on the account", "where should I email the confirmation"],
    "DOB": ["can you confirm your date of birth", "and your date of birth please",
            "just for security what's your date of birth", "and the date of birth of the account holder"],
    "POSTCODE": ["and what's the postcode", "can I take the postcode of the property", "and the postcode there"],
    "ZIP": ["and the zip code", "what's the zip code on the billing address", "and your zip"],
    "ADDRESS": ["what's the first line of the address", "and the street address please",
                "what's the address you'd like it delivered to", "can you confirm the first line of your address"],
}
CHAT_INTRO = {
    "CARD_NUMBER": ["card number is ", "my card no is ", "Card: ", "pls charge ", "use this card ", "long number: ", "its "],
    "CVV": ["cvv ", "security code is ", "CVC: ", "code on back "],
    "EXPIRY": ["exp ", "expiry ", "expires ", "valid thru "],
    "SSN": ["SSN: ", "my social is ", "ssn ", "social security # ", "SS# "],
    "NI_NUMBER": ["NI number: ", "my ni no is ", "NINO ", "national insurance number ", "NI no. "],
    "BANK_ACCOUNT": ["account no ", "acc number: ", "a/c ", "account number is ", "acct "],
    "SORT_CODE": ["sort code ", "sortcode: ", "s/c ", "sort "],
    "IBAN": ["IBAN: ", "iban is ", "refund to IBAN ", "my iban "],
    "PHONE": ["call me on ", "my mobile is ", "tel: ", "best number is ", "phone "],
    "EMAIL": ["email me at ", "my email is ", "email: ", "send it to "],
    "DOB": ["DOB ", "date of birth: ", "born ", "my dob is ", "d.o.b. "],
    "POSTCODE": ["postcode ", "post code is ", "pc: "],
    "ZIP": ["zip ", "ZIP code: ", "zip code is "],
    "ADDRESS": ["address is ", "I live at ", "deliver to ", "new address: "],
}
CHAT_OPEN = ["", "", "Hi, ", "hello ", "Hi there. ", "hey ", "Morning - ", "ok ", "Sure, "]
CHAT_CLOSE = ["", "", ".", " thanks", " - thanks!", " cheers", ". Can you confirm once done?", " ty", "  :)"]
LEAD = ["", "", "yeah it's ", "yes it's ", "okay so it's ", "um ", "right ", "sure it's ", "yeah ",
        "that'll be ", "hang on let me find it okay ", "it's ", "er it's "]
TAIL = ["", "", "", " is that okay", " did you get that", " yeah", " I think", " okay", " sorry I was quick there"]
INDUSTRIES = {
    "CARD_NUMBER": ["telecom", "retail", "travel", "utilities", "insurance", "healthcare billing", "banking"],
    "CVV": ["telecom", "retail", "travel", "utilities"],
    "EXPIRY": ["telecom", "retail", "travel", "insurance"],
    "SSN": ["banking", "insurance", "healthcare billing", "government services", "telecom"],
    "NI_NUMBER": ["government services", "banking", "insurance", "utilities", "payroll"],
    "BANK_ACCOUNT": ["banking", "utilities", "insurance", "telecom"],
    "SORT_CODE": ["banking", "utilities", "insurance"],
    "IBAN": ["banking", "travel", "utilities", "retail"],
    "PHONE": ["telecom", "retail", "utilities", "healthcare billing", "travel", "government services"],
    "EMAIL": ["retail", "travel", "telecom", "insurance", "banking"],
    "DOB": ["healthcare billing", "insurance", "banking", "government services"],
    "POSTCODE": ["utilities", "retail", "telecom", "insurance"],
    "ADDRESS": ["utilities", "retail", "telecom", "insurance", "government services"],
}
UK_ONLY = {"NI_NUMBER", "SORT_CODE"}
US_ONLY = {"SSN"}


def region_for(typ):
    if typ in UK_ONLY:
        return "UK"
    if typ in US_ONLY:
        return "US"
    if typ == "IBAN":
        return pick(["IE", "EU", "UK", "IE"])
    return pick(["UK", "US", "IE", "UK", "US"])


def render(typ, call, reg):
    uk = reg in ("UK", "IE")
    if typ == "PHONE":
        region = {"UK": pick(["uk_mob", "uk_mob", "uk_land"]), "US": "us", "IE": "ie", "EU": "ie"}[reg]
        return r_phone(call, region, intl=maybe(0.3))
    if typ == "POSTCODE":
        return r_postcode(call, uk=(reg == "UK") or (reg == "IE" and False))
    if typ == "ADDRESS":
        return r_address(call, uk=reg != "US", ie=reg == "IE")
    if typ in ("BANK_ACCOUNT",):
        return r_account(call, uk=reg != "US")
    if typ == "IBAN":
        return r_iban(call, reg=reg)
    return RENDER[typ](call, uk)


def ask_key(typ, reg):
    return "ZIP" if typ == "POSTCODE" and reg != "UK" else typ


def fix_region(typ, reg):
    if typ == "POSTCODE" and reg == "IE":
        return "UK"
    return reg


DIGIT_TYPES = {"CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"}
ALNUM_TYPES = {"NI_NUMBER", "IBAN", "POSTCODE"}


def readback(typ, expect, reg):
    """Agent reads a value back, in a different rendering."""
    if typ in DIGIT_TYPES or (typ == "POSTCODE" and expect.isdigit()):
        return say_digits(expect, R, pairs=pick([0, 0.5]), runs=pick([0, 1.0]), uk=reg != "US")
    if typ == "EMAIL":
        return say_email(expect)
    return say_alnum(expect, R, nato=pick([0, 0.3]), zero="oh")


def mode_of(typ):
    return "alnum" if typ in ALNUM_TYPES else "digits"


# ---------------------------------------------------------------------------
# positive templates
# ---------------------------------------------------------------------------
def t_chat_single(typ):
    reg = fix_region(typ, region_for(typ))
    chunks, exp, info = render(typ, False, reg)
    intro = pick(CHAT_INTRO[ask_key(typ, reg)])
    if maybe(0.3):
        intro = intro.upper() if maybe(0.3) else intro.capitalize()
    msg = [typo(pick(CHAT_OPEN)) + typo(intro), lab(chunks[0], typ, exp), pick(CHAT_CLOSE)]
    turns = []
    if maybe(0.6):
        turns.append(("agent", pick(ASK[ask_key(typ, reg)]).capitalize() + "?"))
    turns.append(("customer", msg))
    if maybe(0.4):
        turns.append(("agent", pick(["Thanks, one moment while I check that.", "Perfect, thank you.",
                                     "Got it - updating now.", "Thank you, bear with me."])))
    add_case("positive", turns, f"chat/{pick(INDUSTRIES[typ])} ({reg}): {typ.lower()} typed inline after '{intro.strip()}'")


def t_call_single(typ):
    reg = fix_region(typ, region_for(typ))
    chunks, exp, info = render(typ, True, reg)
    sep = pick([" ", " ", " ", ", "])
    fill = maybe(0.25) and len(chunks) > 1
    text = chunks[0]
    for c in chunks[1:]:
        text += (" " + pick(FILLERS) + " " if fill and maybe(0.5) else sep) + c
    turns = [("agent", pick(ASK[ask_key(typ, reg)])),
             ("customer", [pick(LEAD), lab(text, typ, exp), pick(TAIL)])]
    if maybe(0.5):
        turns.append(("agent", pick(["lovely thank you", "perfect", "okay thanks for that", "great one moment"])))
    add_case("positive", turns, f"call/{pick(INDUSTRIES[typ])} ({reg}): {typ.lower()} spoken in one turn"
             + (" with filler inside" if fill else ""))


def t_call_split(typ):
    reg = fix_region(typ, region_for(typ))
    chunks, exp, info = render(typ, True, reg)
    if len(chunks) < 2:
        chunks2 = chunks
    else:
        chunks2 = chunks
    g = grp(typ, exp)
    turns = [("agent", pick(ASK[ask_key(typ, reg)]))]
    for k, c in enumerate(chunks2):
        lead = pick(["", "", "", "um ", "right ", "then ", "and "]) if k else pick(LEAD)
        tail = pick(["", "", "", " yeah", " okay"])
        turns.append(("customer", [lead, V(c, typ, g), tail]))
        if k < len(chunks2) - 1:
            turns.append(("agent", pick(BACK)))
    turns.append(("agent", pick(["okay that's all in", "thank you", "got it", "brilliant thanks"])))
    add_case("positive", turns, f"call/{pick(INDUSTRIES[typ])} ({reg}): {typ.lower()} split over {len(chunks2)} customer turns with back-channels")


def t_call_readback(typ):
    reg = fix_region(typ, region_for(typ))
    chunks, exp, info = render(typ, True, reg)
    if exp is None:
        return t_call_single(typ)
    g = grp(typ, exp)
    rb = readback(typ, exp, reg)
    turns = [("agent", pick(ASK[ask_key(typ, reg)])),
             ("customer", [pick(LEAD), V(" ".join(chunks), typ, g)]),
             ("agent", [pick(["so that's ", "let me read that back ", "okay I've got ", "just to confirm "]),
                        lab(rb, typ, exp), pick(["", " is that right", " yeah", " correct"])]),
             ("customer", pick(["yes that's right", "yep", "that's it", "correct yeah"]))]
    add_case("positive", turns, f"call/{pick(INDUSTRIES[typ])} ({reg}): {typ.lower()} given then read back by agent in a different style")


def t_call_correction(typ):
    reg = fix_region(typ, region_for(typ))
    chunks, exp, info = render(typ, True, reg)
    if exp is None or typ not in DIGIT_TYPES | {"NI_NUMBER"}:
        return t_call_single(typ)
    mode = mode_of(typ)
    full = " ".join(chunks)
    # partial wrong start: first chunk with last digit changed
    first = chunks[0]
    if typ == "NI_NUMBER":
        wrong = first
        wrong_exp = normalise(first, "alnum")
    else:
        ds = normalise(first, mode)
        if len(ds) < 2:
            ds = exp[:3]
        bad = ds[:-1] + str((int(ds[-1]) + pick([1, 2, 3])) % 10)
        wrong = say_digits(bad, R, zero=pick(["oh", "zero"]))
        wrong_exp = bad
    corr = pick([" no sorry ", " no wait ", " sorry let me start again ", " oh hang on no ", " um no "])
    turns = [("agent", pick(ASK[ask_key(typ, reg)])),
             ("customer", [pick(LEAD), lab(wrong, typ, wrong_exp, partial=True), corr, lab(full, typ, exp)]),
             ("agent", pick(["okay no problem", "got it", "thanks"]))]
    add_case("positive", turns, f"call/{pick(INDUSTRIES[typ])} ({reg}): {typ.lower()} with self-correction; abandoned start labelled too")


def t_call_misread(typ):
    """Agent reads back with an error and the customer corrects one group."""
    reg = fix_region(typ, region_for(typ))
    chunks, exp, info = render(typ, True, reg)
    if exp is None or typ not in DIGIT_TYPES or len(chunks) < 2:
        return t_call_readback(typ)
    g = grp(typ, exp)
    mode = mode_of(typ)
    k = R.randrange(1, len(chunks))
    right = normalise(chunks[k], mode)
    pos = R.randrange(len(right))
    bad = right[:pos] + str((int(right[pos]) + 1) % 10) + right[pos + 1:]
    groups_ds = [normalise(c, mode) for c in chunks]
    wrong_all = "".join(groups_ds[:k]) + bad + "".join(groups_ds[k + 1:])
    turns = [("agent", pick(ASK[ask_key(typ, reg)])),
             ("customer", [pick(LEAD), V(" ".join(chunks), typ, g)]),
             ("agent", ["so ", lab(say_digits(wrong_all, R, runs=0), typ, wrong_all, partial=True), " yeah"]),
             ("customer", ["no the " + ("last" if k == len(chunks) - 1 else pick(["second", "middle", "next"]) if k == 1 else "next") + " bit is ",
                           lab(say_digits(right, R, runs=0), typ, right, partial=True)]),
             ("agent", "ah sorry okay corrected")]
    add_case("positive", turns, f"call/{pick(INDUSTRIES[typ])} ({reg}): {typ.lower()} misread by agent, customer corrects a group; both labelled")


# ---- multi-value templates -------------------------------------------------
def money(reg):
    sym = {"UK": "£", "US": "$", "IE": "€", "EU": "€"}[reg]
    return f"{sym}{R.randint(5, 900)}.{R.randint(0, 99):02d}"


def spoken_money(reg):
    cur = {"UK": "pounds", "US": "dollars", "IE": "euro", "EU": "euro"}[reg]
    n = R.randint(12, 480)
    return f"{num_words(n) if n < 100 else UNIT_W[n // 100] + ' hundred and ' + num_words(n % 100 or 5)} {cur} {num_words(R.randint(10, 99))}"


def t_card_full_call():
    reg = pick(["UK", "US", "IE"])
    uk = reg != "US"
    c_chunks, c_exp, info = r_card(True, uk)
    amex = info["brand"] == "amex"
    e_chunks, _, _ = r_expiry(True, uk)
    v_chunks, v_exp, _ = r_cvv(True, uk, amex=amex)
    turns = [("agent", f"so that's {spoken_money(reg)} today what card are you paying with"),
             ("customer", f"a {info['brand']}"),
             ("agent", pick(ASK["CARD_NUMBER"]))]
    g = grp("CARD_NUMBER", c_exp)
    if maybe(0.5):
        for k, c in enumerate(c_chunks):
            turns.append(("customer", V(c, "CARD_NUMBER", g)))
            if k < len(c_chunks) - 1:
                turns.append(("agent", pick(BACK)))
    else:
        turns.append(("customer", [pick(LEAD), V(" ".join(c_chunks), "CARD_NUMBER", g)]))
    if maybe(0.5):
        turns += [("agent", "and the expiry and the code on the back"),
                  ("customer", [pick(["", "expiry ", "it expires "]), lab(e_chunks[0], "EXPIRY"),
                                pick([" and the code is ", " and then ", " security code "]),
                                lab(v_chunks[0], "CVV", v_exp)])]
    else:
        turns += [("agent", pick(ASK["EXPIRY"])), ("customer", [pick(LEAD), lab(e_chunks[0], "EXPIRY")]),
                  ("agent", pick(ASK["CVV"]) if not amex else "and the four digit code on the front"),
                  ("customer", [pick(LEAD), lab(v_chunks[0], "CVV", v_exp)])]
    add_case("positive", turns, f"call/{pick(INDUSTRIES['CARD_NUMBER'])} ({reg}): full card payment, {info['brand']} + expiry + security code, amount unlabelled")


def t_card_full_chat():
    reg = pick(["UK", "US", "IE"])
    c_chunks, c_exp, info = r_card(False)
    e_chunks, _, _ = r_expiry(False)
    v_chunks, v_exp, _ = r_cvv(False, amex=info["brand"] == "amex")
    seps = pick([(" exp ", " cvv "), (", ", ", "), (" / ", " / "), ("\nexp: ", "\ncvc: "), (" expiring ", " code ")])
    msg = [pick(["", "ok here you go: ", "Card ", "pay "]), lab(c_chunks[0], "CARD_NUMBER", c_exp), seps[0],
           lab(e_chunks[0], "EXPIRY"), seps[1], lab(v_chunks[0], "CVV", v_exp)]
    turns = [("agent", f"The total is {money(reg)}. Please send the card details to complete payment."),
             ("customer", msg)]
    add_case("positive", turns, f"chat/{pick(['retail', 'travel', 'telecom'])} ({reg}): card, expiry and cvv in one message after a price")


def t_dd_setup():
    call = maybe(0.6)
    s_chunks, s_exp, _ = r_sort(call)
    a_chunks, a_exp, _ = r_account(call, True)
    ind = pick(INDUSTRIES["SORT_CODE"])
    if call:
        turns = [("agent", "to set up the direct debit I need the sort code and account number"),
                 ("customer", [pick(["sort code is ", "okay sort code ", "right so "]), lab(" ".join(s_chunks), "SORT_CODE", s_exp),
                               pick([" and the account number is ", " account number ", " and then the account is "]),
                               lab(" ".join(a_chunks), "BANK_ACCOUNT", a_exp)]),
                 ("agent", f"thank you and that'll come out on the {ordinal_words(R.randint(1, 28))} of each month")]
        add_case("positive", turns, f"call/{ind} (UK): sort code and account number in one turn, collection date unlabelled")
    else:
        turns = [("agent", "Please provide your bank details for the Direct Debit."),
                 ("customer", [typo(pick(["sort code ", "Sort: ", "s/c "])), lab(s_chunks[0], "SORT_CODE", s_exp),
                               pick([" acc ", " account no ", ", a/c ", "\nAccount: "]), lab(a_chunks[0], "BANK_ACCOUNT", a_exp),
                               pick(["", " (joint account)", " thanks", ". Monthly payment is " + money("UK")])])]
        add_case("positive", turns, f"chat/{ind} (UK): sort code + account number typed together")


def t_verify_dob_pc():
    reg = pick(["UK", "UK", "US"])
    uk = reg == "UK"
    call = maybe(0.7)
    d_chunks, _, _ = r_dob(call, uk)
    p_chunks, p_exp, _ = r_postcode(call, uk)
    pcw = "postcode" if uk else "zip"
    if call:
        turns = [("agent", f"before I go any further can I take your date of birth and the {pcw}"),
                 ("customer", [pick(["yeah ", "sure ", "", "okay "]), lab(d_chunks[0], "DOB"),
                               pick([f" and the {pcw} is ", f" {pcw} ", " and it's "]), lab(p_chunks[0], "POSTCODE", p_exp)])]
    else:
        turns = [("agent", f"For security, please confirm your date of birth and {pcw}."),
                 ("customer", [lab(d_chunks[0], "DOB"), pick([", ", " / ", " and ", "\n"]), lab(p_chunks[0], "POSTCODE", p_exp)])]
    add_case("positive", turns, f"{'call' if call else 'chat'}/{pick(INDUSTRIES['DOB'])} ({reg}): security check, dob and {pcw} in one turn")


def t_address_change():
    reg = pick(["UK", "US", "IE", "UK"])
    call = maybe(0.5)
    a_chunks, _, _ = r_address(call, uk=reg != "US", ie=reg == "IE")
    has_pc = reg != "IE" or maybe(0.3)
    preg = "UK" if reg == "IE" else reg
    p_chunks, p_exp, _ = r_postcode(call, preg == "UK")
    town = town_for(p_exp) if reg != "IE" else pick(["Dublin 9", "Cork", "Galway"])
    if reg == "IE":
        has_pc = False
    if call:
        seg = [pick(["it's ", "we've moved to ", "the new one is ", ""]), lab(a_chunks[0], "ADDRESS"), " " + town.lower()]
        if has_pc:
            seg += [pick([" ", " and the postcode is " if preg == "UK" else " zip ", " postcode "]), lab(p_chunks[0], "POSTCODE", p_exp)]
        turns = [("agent", pick(ASK["ADDRESS"])), ("customer", seg), ("agent", "lovely I'll update that now")]
    else:
        seg = [pick(["New address: ", "we moved to ", "Please update to ", ""]), lab(a_chunks[0], "ADDRESS"), ", " + town]
        if has_pc:
            seg += [pick([", ", " ", "\n"]), lab(p_chunks[0], "POSTCODE", p_exp)]
        turns = [("customer", typo("Hi I need to change my address on the account")), ("agent", "Of course, what's the new address?"),
                 ("customer", seg)]
    add_case("positive", turns, f"{'call' if call else 'chat'}/{pick(INDUSTRIES['ADDRESS'])} ({reg}): change of address, street line + town(unlabelled)" + (" + postcode" if has_pc else ""))


def t_contact_update():
    reg = pick(["UK", "US", "IE"])
    call = maybe(0.5)
    e_chunks, e_exp, _ = r_email(call)
    region = {"UK": "uk_mob", "US": "us", "IE": "ie"}[reg]
    p_chunks, p_exp, _ = r_phone(call, region, intl=maybe(0.3))
    if call:
        turns = [("agent", "can I just check your contact details email and mobile"),
                 ("customer", [pick(["email's ", "so the email is ", "it's "]), lab(e_chunks[0], "EMAIL", e_exp),
                               pick([" and my mobile is ", " and the number's ", " mobile "]), lab(" ".join(p_chunks), "PHONE", p_exp)])]
    else:
        turns = [("agent", "Could you confirm your email and phone number?"),
                 ("customer", [lab(e_chunks[0], "EMAIL", e_exp), pick([" / ", ", ", " and ", "\n", " | mob: "]), lab(p_chunks[0], "PHONE", p_exp)])]
    add_case("positive", turns, f"{'call' if call else 'chat'}/{pick(INDUSTRIES['EMAIL'])} ({reg}): email and phone together")


def t_us_identity():
    call = maybe(0.6)
    s_chunks, s_exp, _ = r_ssn(call)
    d_chunks, _, _ = r_dob(call, False)
    z_chunks, z_exp, _ = r_postcode(call, False)
    if call:
        turns = [("agent", "i'll need to verify your identity can i get your social"),
                 ("customer", [pick(["sure ", "yeah ", "okay "]), lab(" ".join(s_chunks), "SSN", s_exp)]),
                 ("agent", "and your date of birth"), ("customer", lab(d_chunks[0], "DOB")),
                 ("agent", "and the zip code on file"), ("customer", [pick(["", "it's "]), lab(z_chunks[0], "POSTCODE", z_exp)])]
    else:
        turns = [("agent", "To verify, please provide SSN, DOB and ZIP."),
                 ("customer", [lab(s_chunks[0], "SSN", s_exp), pick([", ", " ", " / ", "\n"]), lab(d_chunks[0], "DOB"),
                               pick([", ", " ", " / ", "\n"]), lab(z_chunks[0], "POSTCODE", z_exp)])]
    add_case("positive", turns, f"{'call' if call else 'chat'}/{pick(['banking', 'insurance', 'healthcare billing', 'government services'])} (US): ssn + dob + zip verification")


def t_uk_benefits():
    call = maybe(0.6)
    n_chunks, n_exp, _ = r_ni(call)
    d_chunks, _, _ = r_dob(call, True)
    if call:
        turns = [("agent", "can I take your national insurance number and date of birth please"),
                 ("customer", [pick(["yeah it's ", "right ", ""]), lab(" ".join(n_chunks), "NI_NUMBER", n_exp),
                               pick([" and I was born on ", " and my birthday is ", " date of birth "]), lab(d_chunks[0], "DOB")]),
                 ("agent", f"thank you I can see the claim from the {ordinal_words(R.randint(1, 28))} of {pick(MONTHS)}")]
    else:
        turns = [("customer", [typo("hi im chasing my claim, "), pick(["NI ", "ni no ", "NINO: "]), lab(n_chunks[0], "NI_NUMBER", n_exp),
                               pick([" dob ", ", born ", " DOB: "]), lab(d_chunks[0], "DOB")])]
    add_case("positive", turns, f"{'call' if call else 'chat'}/government services (UK): ni number + dob in one turn, claim date unlabelled")


def t_mixed_nonpii():
    reg = pick(["UK", "US", "IE"])
    typ = pick(["CARD_NUMBER", "PHONE", "SSN" if reg == "US" else "NI_NUMBER", "EMAIL", "BANK_ACCOUNT"])
    if typ == "NI_NUMBER":
        reg = "UK"
    call = maybe(0.5)
    chunks, exp, info = render(typ, call, reg)
    order = str(R.randint(100000, 9999999))
    if call:
        turns = [("customer", f"hi I'm calling about order number {say_digits(order, R, runs=0)} it was {spoken_money(reg)} and it never came"),
                 ("agent", "sorry to hear that " + pick(ASK[typ])),
                 ("customer", [pick(LEAD), lab(" ".join(chunks), typ, exp), f" and I ordered it on the {ordinal_words(R.randint(1, 28))}"])]
    else:
        turns = [("customer", [f"Order #{order} ({money(reg)}) still not here after {R.randint(6, 21)} days. ",
                               typo(pick(CHAT_INTRO[typ])), lab(chunks[0], typ, exp)])]
    add_case("positive", turns, f"{'call' if call else 'chat'}/retail ({reg}): {typ.lower()} next to order number, amount and durations (unlabelled)")


def t_iban_refund():
    reg = pick(["IE", "EU"])
    call = maybe(0.5)
    chunks, exp, _ = r_iban(call, reg=reg)
    if call:
        g = grp("IBAN", exp)
        turns = [("agent", pick(ASK["IBAN"]))]
        k = pick([2, 3])
        per = -(-len(chunks) // k)
        for j in range(0, len(chunks), per):
            turns.append(("customer", V(" ".join(chunks[j:j + per]), "IBAN", g)))
            turns.append(("agent", pick(BACK)))
        turns[-1] = ("agent", f"perfect the refund of {spoken_money(reg)} should land in three to five working days")
        add_case("positive", turns, f"call/travel ({reg}): iban spelled over several turns, refund amount unlabelled")
    else:
        turns = [("customer", [typo("Please refund my cancelled booking to "), lab(chunks[0], "IBAN", exp),
                               f" - booking ref {R.randint(100000, 999999)}"])]
        add_case("positive", turns, f"chat/travel ({reg}): iban typed with booking reference (unlabelled)")


def t_chat_form():
    """Customer pastes a form-like block of details into chat."""
    reg = pick(["UK", "US"])
    lines = [("customer", typo(pick(["hi, details below", "Here are my details:", "ok here u go", "Details as requested"])))]
    segs = []
    name = f"{pick(FIRST).title()} {pick(LAST).title()}"
    segs.append(f"Name: {name}\n")
    d_chunks, _, _ = r_dob(False, reg == "UK")
    segs += [pick(["DOB: ", "Date of birth: ", "D.O.B "]), lab(d_chunks[0], "DOB"), "\n"]
    if reg == "UK":
        n_chunks, n_exp, _ = r_ni(False)
        segs += [pick(["NI: ", "NI No: ", "National Insurance: "]), lab(n_chunks[0], "NI_NUMBER", n_exp), "\n"]
    else:
        s_chunks, s_exp, _ = r_ssn(False)
        segs += [pick(["SSN: ", "Social: "]), lab(s_chunks[0], "SSN", s_exp), "\n"]
    a_chunks, _, _ = r_address(False, uk=reg == "UK")
    p_chunks, p_exp, _ = r_postcode(False, reg == "UK")
    segs += ["Address: ", lab(a_chunks[0], "ADDRESS"), ", " + town_for(p_exp) + ", ",
             lab(p_chunks[0], "POSTCODE", p_exp), "\n"]
    ph_chunks, ph_exp, _ = r_phone(False, "uk_mob" if reg == "UK" else "us")
    segs += [pick(["Mobile: ", "Tel: ", "Phone: "]), lab(ph_chunks[0], "PHONE", ph_exp)]
    lines.append(("customer", segs))
    lines.append(("agent", "Thank you, I've found your account."))
    add_case("positive", lines, f"chat/{pick(['government services', 'insurance', 'banking'])} ({reg}): multi-line details block (name unlabelled)")


def t_call_interrupted():
    """A value broken by chit-chat inside one customer turn."""
    reg = pick(["UK", "US", "IE"])
    typ = pick(["PHONE", "CARD_NUMBER", "BANK_ACCOUNT", "SSN" if reg == "US" else "CARD_NUMBER"])
    chunks, exp, _ = render(typ, True, reg)
    if len(chunks) < 2:
        chunks = [chunks[0]]
    k = R.randrange(1, len(chunks)) if len(chunks) > 1 else 1
    g = grp(typ, exp)
    mid = pick([" sorry the dog's going mad hang on ", " sorry one sec my kid's shouting okay ",
                " wait let me get my glasses right ", " hold on the train's going into a tunnel um ",
                " sorry I'm just reading it off the letter "])
    segs = [pick(LEAD), V(" ".join(chunks[:k]), typ, g), mid, V(" ".join(chunks[k:]), typ, g)]
    if k >= len(chunks):
        segs = [pick(LEAD), V(" ".join(chunks), typ, g), mid.rstrip()]
    turns = [("agent", pick(ASK[typ])), ("customer", segs), ("agent", pick(["no worries got it", "that's fine thank you"]))]
    add_case("positive", turns, f"call/{pick(INDUSTRIES[typ])} ({reg}): {typ.lower()} interrupted by chit-chat inside one turn; both parts labelled")


def t_agent_confirms_record():
    """The agent reads PII from the system; the customer only says yes."""
    reg = pick(["UK", "US", "IE"])
    typ = pick(["PHONE", "EMAIL", "PHONE", "EMAIL", "POSTCODE", "ADDRESS"])
    if typ == "POSTCODE" and reg == "IE":
        reg = "UK"
    chunks, exp, _ = render(typ, True, reg)
    turns = [("agent", [pick(["okay I've got your ", "so on the system I've got the "]),
                        {"PHONE": "number as ", "EMAIL": "email as ", "POSTCODE": "postcode as " if reg == "UK" else "zip as ",
                         "ADDRESS": "address as "}[typ], lab(" ".join(chunks), typ, exp), " is that still right"]),
             ("customer", pick(["yes that's still right", "yeah", "no that's my old one actually", "that's correct"]))]
    add_case("positive", turns, f"call/{pick(INDUSTRIES[typ])} ({reg}): agent reads {typ.lower()} from the record")


def t_area_code():
    p = fix_land(gen_phone("us"))
    g = grp("PHONE", p)
    kw = spoken_kw(False)
    turns = [("agent", pick(ASK["PHONE"])),
             ("customer", [pick(["area code ", "it's area code ", "the area code is "]), V(say_digits(p[:3], R, **kw), "PHONE", g),
                           pick([" and then ", " then ", " and the number is "]), V(say_digits(p[3:6], R, **kw) + pick([" ", ", "]) + say_digits(p[6:], R, **kw), "PHONE", g)])]
    add_case("positive", turns, "call/" + pick(INDUSTRIES["PHONE"]) + " (US): phone with 'area code' lead-in separating the parts")


def t_email_spelled():
    """Caller spells an unusual surname of the e-mail letter by letter."""
    f, l = pick(FIRST), pick([x for x in LAST if len(x) >= 5])
    dom = pick(DOMAINS)
    e = f"{f[0]}.{l}@{dom}"
    spoken = f"{f[0]} dot {' '.join(l)} at {' dot '.join(dom.split('.'))}"
    turns = [("agent", pick(ASK["EMAIL"])),
             ("customer", [pick(["it's ", "so that's ", ""]), lab(spoken, "EMAIL", e), pick(["", " all lower case", " no spaces"])])]
    add_case("positive", turns, f"call/{pick(INDUSTRIES['EMAIL'])}: email with the surname spelled letter by letter")


# ---------------------------------------------------------------------------
# negative templates (nothing may be redacted)
# ---------------------------------------------------------------------------
def sp_int(n):
    """Spoken integer up to 9999 the way people say amounts."""
    if n < 100:
        return num_words(n)
    if n < 1000:
        h, r = divmod(n, 100)
        return UNIT_W[h] + " hundred" + ("" if r == 0 else " and " + num_words(r))
    th, r = divmod(n, 1000)
    out = num_words(th) + " thousand"
    if r >= 100:
        out += " " + sp_int(r)
    elif r:
        out += " and " + num_words(r)
    return out


def n_balance():
    reg = pick(["UK", "US", "IE"])
    return [("agent", f"Your current balance is {money(reg)} and the next payment of {money(reg)} is due on the {nth(R.randint(1, 28))}."),
            ("customer", pick(["ok thanks", "why is it so high", "fine, thanks"]))], f"chat/utilities ({reg}): balances and payment day"


def n_spoken_amount():
    reg = pick(["UK", "US", "IE"])
    cur = {"UK": "pounds", "US": "dollars", "IE": "euro"}[reg]
    return [("agent", f"so the total comes to {sp_int(R.randint(100, 4999))} {cur} and {num_words(R.randint(10, 99))} {'pence' if reg == 'UK' else 'cents'}"),
            ("customer", f"and that's with the {num_words(R.randint(10, 40))} percent off"),
            ("agent", f"yes and then it's {num_words(R.randint(20, 99))} {num_words(R.randint(10, 99))} a month for {num_words(pick([12, 18, 24, 36]))} months")], \
        f"call/telecom ({reg}): spoken totals, percentages, monthly price, contract length"


def n_order_ref():
    ref = str(R.randint(1000000, 9999999999))
    return [("customer", typo(f"Hi, my order #{ref} hasn't arrived yet. It was meant to come on {R.randint(1, 28)}/{R.randint(1, 12)}.")),
            ("agent", f"Sorry about that! I can see order {ref} was dispatched {R.randint(2, 9)} days ago.")], \
        "chat/retail: order number up to 10 digits with its keyword, delivery date"


def n_spoken_ref():
    ds = str(R.randint(1000000, 99999999))
    word = pick(["reference number", "case number", "ticket number", "claim number", "booking reference"])
    return [("agent", f"can I take the {word} please"),
            ("customer", f"yeah it's {say_digits(ds, R, runs=0.5)}"),
            ("agent", f"thanks so that's {say_digits(ds, R, runs=0, pairs=0.5)} okay I've got it up")], \
        f"call/insurance: {word} spoken digit by digit and read back (not PII)"


def n_flight():
    al = pick([("BA", "b a"), ("EI", "e i"), ("FR", "f r"), ("UA", "u a"), ("LH", "l h")])
    n = R.randint(100, 9999)
    return [("customer", f"hi my flight {al[1]} {say_digits(str(n), R, pairs=0.6, runs=0)} on the {ordinal_words(R.randint(1, 28))} of {pick(MONTHS)} got cancelled"),
            ("agent", f"i'm sorry about that i can rebook you on the {pick(['six', 'seven', 'nine', 'ten'])} {pick(['fifteen', 'forty', 'thirty'])} departure the next morning")], \
        "call/travel: flight number, travel date and departure time"


def n_flight_chat():
    al = pick(["BA", "EI", "FR", "UA", "LH", "AA", "DL"])
    return [("customer", f"Flight {al}{R.randint(10, 9999)} dep {R.randint(6, 22):02d}:{pick(['05', '15', '30', '45'])} gate {R.randint(1, 60)}, seat {R.randint(1, 40)}{pick('ABCDEF')} - can I add a bag?"),
            ("agent", f"Yes, a {pick([20, 23, 32])}kg bag is {money(pick(['UK', 'IE']))}.")], "chat/travel: flight number, time, gate, seat, bag weight"


def n_appointment():
    return [("agent", f"i can book an engineer for {pick(['monday', 'tuesday', 'thursday'])} the {ordinal_words(R.randint(1, 28))} of {pick(MONTHS)} between {pick(['eight', 'nine', 'ten'])} and {pick(['twelve', 'one', 'two'])}"),
            ("customer", f"can it be after {pick(['two', 'three', 'half three', 'four'])} I work till {pick(['one', 'two'])}")], \
        "call/telecom: appointment date and time windows (not a dob)"


def n_meter():
    r = str(R.randint(10000, 99999))
    return [("agent", "can you read me the numbers on the meter from left to right"),
            ("customer", f"{say_digits(r, R, runs=0.6)} and then there's a red one which is {UNIT_W[R.randint(0, 9)]}"),
            ("agent", f"thanks so that's {say_digits(r, R, pairs=0.6, runs=0)} units which puts your estimate at {sp_int(R.randint(100, 900))} pounds")], \
        "call/utilities: five digit meter reading, units, estimate"


def n_meter_chat():
    return [("customer", f"Meter reading today: {R.randint(10000, 99999)} kWh (day) and {R.randint(1000, 9999)} (night). Supply no. on the meter is MSN {R.choice('ABEFKL')}{R.randint(10, 99)}{pick('ABCDEFGH')}{R.randint(10000, 99999)}"),
            ("agent", "Thanks, submitted.")], "chat/utilities: meter readings and meter serial"


def n_speed():
    return [("customer", f"I'm paying for {pick([80, 150, 500, 900])} meg and getting {R.randint(2, 40)}.{R.randint(1, 9)} Mbps, upload is {R.randint(1, 9)}"),
            ("agent", f"I see {R.randint(3, 40)} drops in the last {R.randint(24, 72)} hours on the line, ping {R.randint(20, 300)}ms")], \
        "chat/telecom: broadband speeds, counts, latency"


def n_hold_time():
    return [("customer", f"i've been on hold for {num_words(R.randint(20, 59))} minutes and this is the {ordinal_words(R.randint(3, 9))} time i've called this week"),
            ("agent", f"i do apologise we've had over {sp_int(R.randint(1000, 9000))} calls today")], "call/government services: durations, ordinals, counts"


def n_age_years():
    y = R.randint(1975, 2012)
    return [("customer", f"i'm {num_words(R.randint(66, 94))} and i've been with you since {year_words(y)}"),
            ("agent", f"thank you for being with us {num_words(2025 - y)} years that's wonderful")], "call/insurance: age and years as customer (no dob)"


def n_rate():
    return [("customer", f"Why did my rate go from {R.randint(1, 5)}.{R.randint(0, 99):02d}% to {R.randint(5, 9)}.{R.randint(0, 99):02d}%?"),
            ("agent", f"The fixed term ended on {R.randint(1, 28)}/{R.randint(1, 12):02d}/{R.randint(2021, 2025)} so it moved to the standard variable rate of {R.randint(5, 9)}.{R.randint(0, 99):02d}%.")], \
        "chat/banking: interest rates and a product end date (not dob)"


def n_model():
    m = pick(["TG589vac v2", "Hub 6 model 3621", "QE55Q80C", "WH-1000XM5", "iPhone 15 Pro 256GB", "SM-S918B", "Vigor 2865", "EWM1044EDU"])
    return [("customer", f"the {m} keeps restarting about {num_words(R.randint(3, 12))} times a day"),
            ("agent", f"is it on firmware {R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 20)} can you check the lights on the front")], \
        "call/telecom: model number, counts, firmware version"


def n_hotel():
    return [("customer", f"Hi I'm in room {R.randint(100, 1999)} and the AC is stuck on {R.randint(26, 31)} degrees"),
            ("agent", f"Sorry! Maintenance will be up within {R.randint(10, 30)} minutes. Checkout is {R.randint(10, 12)}am on the {nth(R.randint(1, 28))}.")], \
        "chat/travel: room number, temperature, durations, checkout date"


def n_contract():
    y = R.randint(2019, 2025)
    return [("agent", f"your contract started on the {ordinal_words(R.randint(1, 28))} of {pick(MONTHS)} {year_words(y)} so it runs until {pick(MONTHS)} {year_words(y + 2)}"),
            ("customer", f"and the early exit fee is what {num_words(R.randint(20, 99))} quid"),
            ("agent", f"{sp_int(R.randint(100, 400))} pounds {num_words(R.randint(10, 99))} at the moment")], \
        "call/telecom: contract start/end dates and fees (not dob)"


def n_invoice():
    return [("customer", f"Invoice INV-{R.randint(2023, 2025)}{R.randint(1000, 9999)} for {money(pick(['UK', 'IE', 'US']))} was charged twice on {R.randint(1, 28)}.{R.randint(1, 12):02d}.{R.randint(2023, 2025)}"),
            ("agent", f"I can see both payments; the duplicate will be refunded in {R.randint(3, 10)} working days.")], \
        "chat/healthcare billing: invoice id, amount, payment date"


def n_payment_day():
    return [("customer", f"can i move my payment date from the {ordinal_words(R.randint(1, 14))} to the {ordinal_words(R.randint(15, 28))}"),
            ("agent", f"yes from next month the {sp_int(R.randint(20, 300))} pounds will go out on the new date")], \
        "call/banking: payment dates and amount"


def n_policy():
    pn = f"{pick(['POL', 'HH', 'MTR', 'PL'])}-{R.randint(100000, 9999999)}"
    return [("customer", typo(f"My policy {pn} renews on {R.randint(1, 28)} {pick(MONTHS).title()} and the premium went up {R.randint(10, 60)}%")),
            ("agent", f"I can see the renewal price of {money('UK')} for {pn}; the excess is {money('UK')}.")], \
        "chat/insurance: policy number, renewal date, premium, percentage"


def n_parcel():
    ref = str(R.randint(1000000000, 9999999999))
    return [("customer", f"my tracking number is {ref} and it says {R.randint(2, 5)} of {R.randint(5, 8)} parcels delivered"),
            ("agent", f"The remaining items weigh {R.randint(1, 30)}.{R.randint(1, 9)}kg and are due by {R.randint(12, 18)}:00 tomorrow.")], \
        "chat/retail: 10-digit tracking number with keyword, counts, weight, time"


def n_spoken_year_price():
    return [("customer", f"the phone was {year_words(R.randint(1900, 1999)).replace('hundred', 'hundred')} pounds in the sale"),
            ("agent", f"yes and the insurance is {num_words(R.randint(5, 15))} ninety nine a month")], \
        "call/retail: price spoken like a year, monthly price"


def n_household():
    return [("agent", f"how many people live at the property"),
            ("customer", f"{num_words(R.randint(2, 6))} of us two adults and the kids are {num_words(R.randint(3, 9))} and {num_words(R.randint(10, 17))}"),
            ("agent", f"and roughly {sp_int(R.randint(1500, 4500))} kilowatt hours a year sounds about right")], \
        "call/utilities: household counts, children's ages, annual usage"


def n_store():
    return [("customer", f"I was at store {R.randint(100, 9999)} on {pick(['Friday', 'Saturday'])} at {R.randint(1, 9)}.{pick(['15', '30', '45'])}pm, till {R.randint(1, 20)}, receipt total {money('UK')}"),
            ("agent", f"Thanks - transaction {R.randint(10000, 999999)} shows {R.randint(2, 9)} items.")], \
        "chat/retail: store number, time, till, receipt total, transaction id"


def n_distance():
    return [("customer", f"the engineer said the cabinet is {num_words(R.randint(2, 9))} point {UNIT_W[R.randint(1, 9)]} miles away so i'll only get {num_words(R.randint(10, 60))} meg"),
            ("agent", f"that's right anything over {UNIT_W[R.randint(2, 4)]} kilometres drops off")], "call/telecom: distances and speeds"


def n_temperature():
    return [("customer", f"the boiler pressure is at {UNIT_W[R.randint(0, 2)]} point {UNIT_W[R.randint(1, 9)]} bar and the radiators only get to {num_words(R.randint(30, 50))} degrees"),
            ("agent", f"it should be between one and one point five i'll book a visit in the next {num_words(R.randint(24, 72))} hours")], \
        "call/utilities: pressure, temperature, hours"


def n_gov():
    return [("customer", f"I applied on {R.randint(1, 28)}/{R.randint(1, 12)}/{R.randint(2023, 2025)} and was told {R.randint(6, 12)} weeks, it's been {R.randint(13, 20)}"),
            ("agent", f"Application reference {pick(['APP', 'PAS', 'DVLA'])}{R.randint(100000, 9999999)} is at stage {R.randint(2, 5)} of 6.")], \
        "chat/government services: application date, durations, reference"


def n_readback_amount():
    n = R.randint(1000, 9999)
    return [("agent", f"so I'll refund {sp_int(n)} euro back to your original payment method"),
            ("customer", f"sorry how much"), ("agent", f"{sp_int(n)} so {UNIT_W[n // 1000]} thousand {UNIT_W[(n // 100) % 10]} hundred and {num_words(n % 100) if n % 100 else 'nothing'} euro")], \
        "call/travel (IE): large refund amount said twice"


def n_bank_balance_spoken():
    return [("customer", "what's my balance"),
            ("agent", f"your available balance is {sp_int(R.randint(1000, 9999))} pounds and {num_words(R.randint(10, 99))} pence with {sp_int(R.randint(100, 999))} pending"),
            ("customer", f"and my overdraft is still {sp_int(R.randint(5, 20) * 100)}"),
            ("agent", f"yes at {num_words(R.randint(15, 39))} point {UNIT_W[R.randint(1, 9)]} percent")], \
        "call/banking: balances, pending amount, overdraft limit, rate"


def n_times():
    return [("customer", f"the lines open at {pick(['eight', 'nine'])} am right and you close at {pick(['six', 'eight'])} thirty"),
            ("agent", f"yes and on saturdays it's {pick(['nine', 'ten'])} till {pick(['one', 'four'])} the wait right now is about {num_words(R.randint(5, 25))} minutes")], \
        "call/healthcare billing: opening times, wait time"


def n_data_usage():
    return [("customer", f"i've used {num_words(R.randint(11, 29))} point {UNIT_W[R.randint(1, 9)]} gigs of my {pick(['thirty', 'fifty', 'hundred'])} and there's still {num_words(R.randint(5, 19))} days left"),
            ("agent", f"you can add a {num_words(pick([10, 20]))} gig bolt on for {UNIT_W[R.randint(3, 9)]} pounds")], "call/telecom: data usage, days, bolt-on price"


def n_prescription_bill():
    return [("customer", f"I got a bill for ${R.randint(100, 3000)}.{R.randint(0, 99):02d} for a visit on {R.randint(1, 12)}/{R.randint(1, 28)}/{R.randint(2023, 2025)}, claim # {R.randint(1000000, 99999999)}"),
            ("agent", f"I see the claim; your deductible of ${R.randint(500, 3000)} has ${R.randint(10, 499)} remaining.")], \
        "chat/healthcare billing (US): bill amount, service date, claim number, deductible"


def n_roads():
    return [("customer", f"i'm stuck on the {pick(['M62', 'M25', 'M6', 'A40', 'M1', 'N7', 'A1'])} near junction {R.randint(2, 30)} so i'll be about {num_words(R.randint(20, 50))} minutes late for the {pick(['ten', 'eleven', 'two'])} o'clock"),
            ("agent", "no problem i'll let the engineer know")], "call/utilities: road names that look like postcode districts, junction, times"


def n_complaint_ref():
    ds = str(R.randint(100000000, 999999999))
    return [("agent", f"your complaint reference is {say_digits(ds, R, runs=0.5)}"),
            ("customer", "can you repeat the complaint reference"),
            ("agent", f"sure complaint reference {say_digits(ds, R, runs=0, pairs=0.4)}")], \
        "call/banking: nine-digit complaint reference (SSN-length) with its keyword"


def n_hotel_price():
    nights, rate = R.randint(2, 7), R.randint(90, 260)
    return [("customer", f"how much is a double room for {num_words(nights)} nights from the {ordinal_words(R.randint(1, 28))}"),
            ("agent", f"it's {sp_int(rate)} a night so {sp_int(rate * nights)} in total with breakfast for two")], \
        "call/travel: 'double' room, nights, prices"


def n_train():
    return [("customer", f"is the {pick(['nine', 'ten', 'seven'])} {pick(['fifteen', 'forty five', 'oh five'])} from platform {num_words(R.randint(1, 14))} still running"),
            ("agent", f"it's delayed by {num_words(R.randint(5, 40))} minutes and you'll be refunded {num_words(R.randint(25, 50))} percent")], \
        "call/travel: train time, platform, delay, percentage"


def n_price_compare():
    return [("customer", f"Saw the TV for £{R.randint(1, 2)},{R.randint(100, 999)}.99 here vs £{R.randint(900, 1099)} on your site - price match?"),
            ("agent", f"We can match to £{R.randint(900, 1099)} if it's in stock at a UK retailer, within {R.randint(7, 28)} days of purchase.")], \
        "chat/retail: prices with thousands separators, days"


def n_payment_bounced():
    return [("customer", f"the payment on the {ordinal_words(R.randint(1, 28))} of {pick(MONTHS)} {year_words(R.randint(2022, 2025))} bounced and you charged me {num_words(R.randint(12, 35))} pounds"),
            ("agent", "i can see that and i'll refund the fee today")], "call/banking: spoken full date of a payment (not dob), fee"


def n_serial():
    return [("customer", f"Serial on the back says SN{R.randint(10, 99)}{pick('ABCDEFGHK')}{R.randint(100000, 999999)}, bought {R.randint(2, 30)} months ago"),
            ("agent", f"Thanks, that's still within the {pick([24, 36])}-month warranty.")], "chat/retail: serial number with keyword, months"


def n_channels():
    return [("customer", f"channel {R.randint(100, 999)} and {R.randint(100, 999)} have no signal since {pick(['monday', 'friday'])} about {num_words(R.randint(1, 11))} pm"),
            ("agent", f"there's an outage affecting around {sp_int(R.randint(1000, 9000))} homes fixed in {num_words(R.randint(2, 48))} hours")], \
        "call/telecom: channel numbers, times, counts"


def n_delivery_slot():
    return [("agent", f"Delivery slot booked: {R.randint(1, 28):02d}/{R.randint(1, 12):02d} between {R.randint(7, 12):02d}:00-{R.randint(13, 18)}:00, {R.randint(1, 4)} items, {R.randint(5, 60)}kg total."),
            ("customer", "perfect thanks")], "chat/retail: delivery date and time window, counts, weight"


def n_rating():
    return [("agent", "on a scale of one to ten how likely are you to recommend us"),
            ("customer", f"{num_words(R.randint(2, 9))} maybe {num_words(R.randint(2, 9))} the call took {num_words(R.randint(20, 59))} minutes")], \
        "call/telecom: survey score and duration"


def n_years_range():
    a, b = R.randint(1995, 2010), R.randint(2011, 2024)
    return [("customer", f"I was a customer from {a} to {b} and had {R.randint(2, 6)} policies, can I get my no claims proof for {b - a} years?"),
            ("agent", f"Yes - I'll email a letter confirming {b - a} years NCD within {R.randint(2, 5)} working days.")], \
        "chat/insurance: years, counts, no-claims years"


def n_pin_length():
    return [("customer", f"the app wants a {pick(['six', 'four', 'eight'])} digit passcode and i've been locked out {num_words(R.randint(2, 5))} times"),
            ("agent", f"it unlocks after {num_words(pick([15, 30, 60]))} minutes or i can reset it now")], \
        "call/banking: digit counts and attempts, no actual codes"


def n_amount_digits():
    n = R.randint(1000, 9999)
    return [("customer", f"the direct debit was {' '.join(UNIT_W[int(c)] for c in str(n))} no sorry {sp_int(n // 100)} pounds {num_words(n % 100 or 10)}"),
            ("agent", f"yes {sp_int(n // 100)} pounds {num_words(n % 100 or 10)} went out on the {ordinal_words(R.randint(1, 28))}")], \
        "call/utilities: amount first read digit by digit, then corrected; payment day"


def n_weight_height():
    return [("customer", f"the parcel is {num_words(R.randint(20, 99))} by {num_words(R.randint(20, 99))} by {num_words(R.randint(10, 60))} centimetres and {num_words(R.randint(2, 30))} kilos"),
            ("agent", f"that's a medium parcel so {num_words(R.randint(8, 19))} ninety nine to send next day")], \
        "call/retail: parcel dimensions, weight, price"


NEG_TEMPLATES = [n_roads, n_complaint_ref, n_hotel_price, n_train, n_price_compare, n_payment_bounced, n_serial,
                 n_channels, n_delivery_slot, n_rating, n_years_range, n_pin_length, n_amount_digits, n_weight_height,
                 n_balance, n_spoken_amount, n_order_ref, n_spoken_ref, n_flight, n_flight_chat, n_appointment,
                 n_meter, n_meter_chat, n_speed, n_hold_time, n_age_years, n_rate, n_model, n_hotel, n_contract,
                 n_invoice, n_payment_day, n_policy, n_parcel, n_spoken_year_price, n_household, n_store, n_distance,
                 n_temperature, n_gov, n_readback_amount, n_bank_balance_spoken, n_times, n_data_usage, n_prescription_bill]


# ---------------------------------------------------------------------------
# generation plan
# ---------------------------------------------------------------------------
def build():
    R.seed(SEED)
    GROUPS.clear()
    CASES_OUT.clear()
    COUNTER.update(positive=0, negative=0)
    plan = []
    for typ in TYPES:
        extra = {"CARD_NUMBER": 2, "NI_NUMBER": 3, "SSN": 3}.get(typ, 1)
        plan += [(t_chat_single, typ)] * (3 + extra) + [(t_call_single, typ)] * (3 + extra)
        plan += [(t_call_readback, typ)]
        if typ in (DIGIT_TYPES - {"CVV"}) | {"NI_NUMBER", "IBAN"}:
            plan += [(t_call_split, typ)] * extra
        if typ in DIGIT_TYPES | {"NI_NUMBER"}:
            plan += [(t_call_correction, typ)]
        if typ in DIGIT_TYPES and typ != "CVV":
            plan += [(t_call_misread, typ)]
    plan += [(t_card_full_call, None)] * 5 + [(t_card_full_chat, None)] * 4 + [(t_dd_setup, None)] * 6
    plan += [(t_verify_dob_pc, None)] * 5 + [(t_address_change, None)] * 6 + [(t_contact_update, None)] * 5
    plan += [(t_us_identity, None)] * 5 + [(t_uk_benefits, None)] * 5 + [(t_mixed_nonpii, None)] * 6
    plan += [(t_iban_refund, None)] * 4 + [(t_chat_form, None)] * 6 + [(t_call_interrupted, None)] * 6
    plan += [(t_agent_confirms_record, None)] * 6 + [(t_area_code, None)] * 3 + [(t_email_spelled, None)] * 3
    R.shuffle(plan)
    for fn, typ in plan:
        fn(typ) if typ else fn()
    negs = NEG_TEMPLATES * 3
    R.shuffle(negs)
    for fn in negs[:125]:
        turns, note = fn()
        add_case("negative", turns, note)
    return CASES_OUT


def dump(cases) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c, _ in cases)


def check_cases(cases):
    problems = []
    ids = set()
    per_group = {}
    for c, meta in cases:
        cid = c["id"]
        if cid in ids:
            problems.append(f"{cid}: duplicate id")
        ids.add(cid)
        if c["kind"] == "negative" and c["spans"]:
            problems.append(f"{cid}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(f"{cid}: positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append(f"{cid}: bad turn {t!r}")
        seen = {}
        for sp, gid in zip(c["spans"], meta):
            ti, s, e, typ = sp["turn"], sp["start"], sp["end"], sp["type"]
            if typ not in TYPES:
                problems.append(f"{cid}: bad type {typ}")
            if not (0 <= ti < len(c["turns"])):
                problems.append(f"{cid}: turn out of range")
                continue
            text = c["turns"][ti]["text"]
            if not (0 <= s < e <= len(text)):
                problems.append(f"{cid}: offsets out of range {sp}")
                continue
            frag = text[s:e]
            if s > 0 and text[s - 1].isalnum():
                problems.append(f"{cid}: span starts mid-word {frag!r}")
            if e < len(text) and text[e].isalnum():
                problems.append(f"{cid}: span ends mid-word {frag!r}")
            if not (frag[0].isalnum() or frag[0] in "+(") or not frag[-1].isalnum():
                problems.append(f"{cid}: span has untrimmed edge {frag!r}")
            for (a, b) in seen.get(ti, []):
                if s < b and a < e:
                    problems.append(f"{cid}: overlapping spans in turn {ti}")
            seen.setdefault(ti, []).append((s, e))
            per_group.setdefault(gid, []).append((cid, frag, typ))
    for gid, items in per_group.items():
        gtyp, expect, partial = GROUPS[gid]
        cid = items[0][0]
        if any(t != gtyp for _, _, t in items):
            problems.append(f"{cid}: group type mismatch")
        joined = " ".join(f for _, f, _ in items)
        if partial:
            got = normalise(joined, mode_of(gtyp))
            if got != expect:
                problems.append(f"{cid}: partial {gtyp} {got!r} != {expect!r}")
            continue
        err = validate(gtyp, joined, expect)
        if err:
            problems.append(f"{cid}: {err}")
    return problems


def summary(cases):
    pos = sum(1 for c, _ in cases if c["kind"] == "positive")
    neg = len(cases) - pos
    cnt = Counter(sp["type"] for c, _ in cases for sp in c["spans"])
    chan = Counter(c["note"].split("/")[0] for c, _ in cases)
    return pos, neg, cnt, chan


README_TMPL = """# pii_holdout57 - held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
its authors have not seen. Do not add its cases to training data, rule tests or
threshold searches; if you look at failures here, the set stops being held out.

## Who wrote it and how

Written by an AI helper acting as an independent test author. It did **not** read the
redaction code (`src/convo/redact/`), its tests, its documentation, the existing
benchmark or any other evaluation set; the only existing data it saw was a
three-line example of the JSONL format. Every case is produced by
`scripts/make_pii_holdout57.py` from template functions: each turn is assembled from
plain-text segments and `(value, TYPE)` segments, so offsets are computed, never
typed by hand. All values come from one `random.Random({seed})`, so the output is
byte-for-byte reproducible:

    python scripts/make_pii_holdout57.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout57.py --check  # regenerate, compare, validate

`--check` verifies: the file is identical to a fresh generation, ids are unique, offsets
are in range and on word boundaries (span edges are letters/digits, or a leading `+` or `(`),
spans do not overlap, and every labelled value validates after normalising spoken forms
(Luhn for cards, mod-97 for IBANs, NI number shape, 9 digits for SSN, 6 for sort codes,
3-4 for CVV, 10-13 for phones, 7-12 for accounts, UK postcode / US ZIP shape, email
syntax, a house number plus street word for addresses, a plausible date for DOB/expiry).
Values split over several turns are checked after joining their fragments.

## Annotation conventions

* A span covers the value only: lead-ins ("it's", "my card number is", "SSN:") and
  trailing chat ("is that okay", "thanks") are outside.
* Internal separators and words that are part of the spoken reading are inside:
  spaces, dashes, dots, slashes, "double"/"triple", "plus" of an international prefix,
  "for"/"as in" + NATO words when letters are spelled ("b for bravo"), "dot"/"at"/
  "underscore" in e-mails, "slash" in expiry dates, and filler words ("um", "er")
  that fall *between* digit groups of one reading.
* A value split over consecutive customer turns gets one span per turn; agent
  back-channels ("mhm", "okay go on") are not labelled.
* Agent read-backs of a value are labelled as well, including a mis-read read-back.
  When a caller starts a value, abandons it ("no sorry ...") and restarts, both the
  abandoned start and the full value are labelled (separate spans); the correction
  words between them are not. A customer repeating one corrected group is labelled.
* EXPIRY and CVV are only labelled in payment context; DOB only when it is the
  person's date of birth ("the fifth of may eighty two", "03/12/1985").
* POSTCODE covers UK postcodes and US ZIP / ZIP+4; ADDRESS covers the street line
  (house/flat number + street name + street type); towns are not labelled.
* Person names and towns (e.g. in pasted detail blocks) are not labelled; they are not
  in scope. Span edges are letters/digits, except that a typed phone may start with `+`
  or `(`.
* Card numbers are Luhn-valid, IBANs mod-97 valid, NI numbers use valid prefixes,
  SSNs avoid 000/666/9xx areas. All values are random and fictitious.
* Negatives contain only look-alikes that must stay untouched: amounts, balances,
  prices, percentages, times, durations, counts, ages, years, appointment / contract /
  payment dates, order / claim / ticket / invoice / tracking references (up to 10 digits,
  with their keyword), flight, room, store and model numbers, meter readings, speeds,
  temperatures. No person names appear in negatives.

## Counts

* cases: {total} ({pos} positive, {neg} negative); channels: {chan}
* spans per type:

| type | spans |
|---|---|
{rows}

Scoring note: a labelled span counts as found when every letter/digit inside it is
covered by some redaction; a negative case fails if anything in it is redacted.
"""


def make_readme(cases):
    pos, neg, cnt, chan = summary(cases)
    rows = "\n".join(f"| {t} | {cnt.get(t, 0)} |" for t in TYPES)
    chs = ", ".join(f"{k} {v}" for k, v in sorted(chan.items()))
    return README_TMPL.format(seed=SEED, total=pos + neg, pos=pos, neg=neg, chan=chs, rows=rows)


def main(argv):
    cases = build()
    data = dump(cases)
    readme = make_readme(cases)
    problems = check_cases(cases)
    pos, neg, cnt, chan = summary(cases)
    for t in TYPES:
        if cnt.get(t, 0) < MINIMUM[t]:
            problems.append(f"type {t}: only {cnt.get(t, 0)} spans (< {MINIMUM[t]})")
    if pos < 170:
        problems.append(f"only {pos} positives")
    if neg < 100:
        problems.append(f"only {neg} negatives")
    if "--check" in argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            problems.append(f"{CASES} differs from a fresh generation")
        if not README.exists() or README.read_text(encoding="utf-8") != readme:
            problems.append(f"{README} differs from a fresh generation")
        # the written file must parse and match too
        if CASES.exists():
            for ln, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
                try:
                    json.loads(line)
                except ValueError as exc:
                    problems.append(f"line {ln}: bad json {exc}")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(readme, encoding="utf-8")
    print(f"pii_holdout57: {pos} positive, {neg} negative, {sum(cnt.values())} spans")
    for t in TYPES:
        print(f"  {t:13s} {cnt.get(t, 0)}")
    print("  channels: " + ", ".join(f"{k} {v}" for k, v in sorted(chan.items())))
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems[:200]:
            print("  " + p)
        return 1
    print("check OK" if "--check" in argv else f"wrote {CASES} and {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

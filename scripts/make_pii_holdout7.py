#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout7``.

Written by an AI helper acting as an independent test author who did not see
the redaction code.  Standard library only.  Output is byte-for-byte
reproducible from the seed below.

    python scripts/make_pii_holdout7.py          # write fixture + README
    python scripts/make_pii_holdout7.py --check  # regenerate and verify
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 7231126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout7")
OUT_FILE = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------------------
# spoken-number vocabulary
# ---------------------------------------------------------------------------
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
         15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty",
        7: "seventy", 8: "eighty", 9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
       12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
       16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 30: "thirtieth"}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "I": "india", "J": "juliet",
        "K": "kilo", "L": "lima", "M": "mike", "N": "november", "O": "oscar",
        "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "V": "victor", "W": "whiskey", "X": "x-ray", "Y": "yankee",
        "Z": "zulu"}
LETTER_HOMO = {"B": "bee", "C": "see", "J": "jay", "K": "kay", "R": "are",
               "T": "tee", "Y": "why", "P": "pee"}


def ordinal(n: int) -> str:
    if n in ORD:
        return ORD[n]
    t, u = divmod(n, 10)
    return TENS[t] + " " + ORD[u]


def ord_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def zero_word(r, uk=False, letters=False):
    if letters:
        return r.choice(["zero", "zero", "nought"] if uk else ["zero"])
    opts = ["zero", "oh", "oh", "o"]
    if uk:
        opts += ["nought", "oh"]
    return r.choice(opts)


def digit_word(r, d, uk=False, homo=False, letters=False):
    if d == "0":
        return zero_word(r, uk, letters)
    if homo and r.random() < 0.12:
        if d == "2":
            return r.choice(["to", "too"])
        if d == "4":
            return "for"
        if d == "8":
            return "ate"
    return ONES[int(d)]


def say_digits(r, s, uk=False, runs=True, homo=False, letters=False):
    """Digit-by-digit reading with optional double/triple runs."""
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        j = i
        while j < len(s) and s[j] == d:
            j += 1
        run = j - i
        if runs and run >= 3 and r.random() < 0.5:
            out.append("triple " + digit_word(r, d, uk, False, letters))
            i += 3
            continue
        if runs and run >= 2 and r.random() < 0.6:
            out.append("double " + digit_word(r, d, uk, False, letters))
            i += 2
            continue
        out.append(digit_word(r, d, uk, homo, letters))
        i += 1
    return " ".join(out)


def say_pair(r, p, uk=False, last=False):
    a, b = p[0], p[1]
    if a == "0":
        if b == "0":
            return r.choice(["double oh", "oh oh", "zero zero"])
        return zero_word(r, uk) + " " + ONES[int(b)]
    if a == "1":
        return TEENS[int(p)]
    if b == "0":
        if last:
            return TENS[int(a)]
        return ONES[int(a)] + " " + zero_word(r, uk)
    return TENS[int(a)] + " " + ONES[int(b)]


def say_pairs(r, s, uk=False, last=True):
    out = []
    if len(s) % 2:
        out.append(digit_word(r, s[0], uk))
        s = s[1:]
    n = len(s) // 2
    for k in range(n):
        out.append(say_pair(r, s[2 * k:2 * k + 2], uk, last=last and k == n - 1))
    return " ".join(out)


def say_group(r, s, uk=False, homo=False, last=True, pairs_p=0.35):
    if len(s) >= 2 and r.random() < pairs_p:
        return say_pairs(r, s, uk, last=last)
    return say_digits(r, s, uk, homo=homo)


def say_number(n: int) -> str:
    """Cardinal 0..9999 as words (for amounts, house numbers, years)."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + ("" if u == 0 else " " + ONES[u])
    if n < 1000:
        h, rest = divmod(n, 100)
        return ONES[h] + " hundred" + ("" if rest == 0 else " and " + say_number(rest))
    th, rest = divmod(n, 1000)
    if rest == 0:
        return ONES[th] + " thousand"
    if rest < 100:
        return ONES[th] + " thousand and " + say_number(rest)
    return ONES[th] + " thousand " + say_number(rest)


def say_year(r, y: int) -> str:
    if y >= 2000:
        if y < 2010:
            return r.choice(["two thousand and ", "two thousand "]) + ONES[y - 2000] if y != 2000 else "two thousand"
        return r.choice(["twenty ", "two thousand and "]) + say_number(y - 2000)
    hi, lo = divmod(y, 100)
    if lo == 0:
        return say_number(hi) + " hundred"
    if lo < 10:
        return say_number(hi) + " " + r.choice(["oh", "o"]) + " " + ONES[lo]
    return say_number(hi) + " " + say_number(lo)


def say_letter(r, ch, nato_p=0.25, homo_p=0.1):
    x = r.random()
    if x < nato_p:
        return r.choice(["{l} for {n}", "{l} as in {n}", "{n}"]).format(l=ch.lower(), n=NATO[ch])
    if x < nato_p + homo_p and ch in LETTER_HOMO:
        return LETTER_HOMO[ch]
    return ch.lower()


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
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


def gen_card(r, brand=None):
    brand = brand or r.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa19", "visa13", "mc2"])
    if brand == "visa":
        pre, n = "4" + str(r.randint(0, 9)), 16
    elif brand == "mc":
        pre, n = str(r.randint(51, 55)), 16
    elif brand == "mc2":
        pre, n = str(r.randint(2221, 2720)), 16
    elif brand == "amex":
        pre, n = r.choice(["34", "37"]), 15
    elif brand == "disc":
        pre, n = "6011", 16
    elif brand == "visa19":
        pre, n = "4" + str(r.randint(0, 9)), 19
    else:
        pre, n = "4" + str(r.randint(0, 9)), 13
    body = pre + "".join(str(r.randint(0, 9)) for _ in range(n - len(pre) - 1))
    return luhn_complete(body)


def card_groups(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    if len(d) == 13:
        return [d[:4], d[4:7], d[7:10], d[10:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


def gen_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a == 666:
            continue
        return f"{a:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ", "EX", "BE"}


def gen_ni(r):
    while True:
        p = r.choice(NI_FIRST) + r.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(str(r.randint(0, 9)) for _ in range(6)) + r.choice("ABCD")


NI_RE = re.compile(r"^[ABCEGHJ-PRSTW-Z][ABCEGHJ-NPRSTW-Z]\d{6}[A-D]$")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return len(iban) >= 15 and int(num) % 97 == 1


def gen_iban(r, country=None):
    country = country or r.choice(["GB", "GB", "IE", "IE", "DE", "NL", "ES", "FR", "BE"])
    dig = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    if country == "GB":
        bban = r.choice(["NWBK", "BARC", "MIDL", "HBUK", "BUKB", "SRLG"]) + dig(14)
    elif country == "IE":
        bban = r.choice(["AIBK", "IPBS", "BKIR"]) + dig(14)
    elif country == "DE":
        bban = dig(18)
    elif country == "NL":
        bban = r.choice(["ABNA", "INGB", "SNSB", "KNAB"]) + dig(10)
    elif country == "ES":
        bban = dig(20)
    elif country == "FR":
        bban = dig(23)
    else:
        bban = dig(12)
    return country + iban_check(country, bban) + bban


def gen_sort(r):
    return f"{r.randint(1, 99):02d}{r.randint(0, 99):02d}{r.randint(0, 99):02d}"


def gen_digits(r, n, first_nonzero=True):
    s = str(r.randint(1, 9)) if first_nonzero else str(r.randint(0, 9))
    return s + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def gen_phone(r, kind=None):
    kind = kind or r.choice(["uk_mob", "uk_mob", "uk_land", "us", "us", "ie"])
    if kind == "uk_mob":
        return kind, "07" + str(r.choice([4, 5, 7, 8, 9])) + gen_digits(r, 8, False)
    if kind == "uk_land":
        pre = r.choice(["020", "0161", "0113", "0121", "0131", "0117"])
        return kind, pre + str(r.randint(2, 9)) + gen_digits(r, 7 if pre == "020" else 6, False)
    if kind == "us":
        area = r.choice(["312", "415", "617", "212", "713", "404", "206", "602", "919", "503"])
        return kind, area + str(r.randint(2, 9)) + gen_digits(r, 6, False)
    if kind == "de":
        return kind, "015" + r.choice("12579") + gen_digits(r, 8, False)
    if kind == "fr":
        return kind, "0" + r.choice("67") + gen_digits(r, 8, False)
    return kind, "08" + r.choice("35679") + gen_digits(r, 7, False)


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "EC", "WC", "M", "B", "L", "LS", "BS", "CF",
            "EH", "G", "NE", "CB", "BN", "RG", "LE", "NG", "CV", "BT", "CR", "HA", "KT",
            "TW", "SK", "WA", "HU", "DN", "S", "TN", "ME", "CT", "GU", "PL", "TQ", "NR",
            "IP", "CM", "SS", "DH", "LN", "WR"]
UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode(r):
    area = r.choice(UK_AREAS)
    dist = str(r.randint(1, 20 if len(area) == 2 else 9))
    if area in ("SW", "EC", "WC") and r.random() < 0.3:
        dist = str(r.randint(1, 9)) + r.choice("AHPNW")
    return area + dist + " " + str(r.randint(0, 9)) + r.choice(UNIT_LETTERS) + r.choice(UNIT_LETTERS)


UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")

STREETS = ["Elm Park", "Kings", "Victoria", "Acacia", "Station", "Church", "Mill", "Highfield",
           "Manor", "Orchard", "Meadow", "Windsor", "Clarendon", "Beech", "Hawthorn", "Riverside",
           "Albert", "Queens", "Chestnut", "Primrose", "Larkspur", "Ashgrove", "Belmont", "Fairview"]
US_STREETS = ["Maple", "Oak", "Pine", "Cedar", "Washington", "Lincoln", "Jefferson", "Sunset",
              "Lakeview", "Hillcrest", "Magnolia", "Willow", "Park", "Franklin", "Madison", "Elmwood"]
UK_SUFFIX = ["Road", "Street", "Avenue", "Lane", "Close", "Drive", "Crescent", "Gardens", "Terrace", "Grove", "Way"]
US_SUFFIX = ["Street", "Avenue", "Drive", "Boulevard", "Lane", "Court", "Road", "Place", "Way"]
SUFFIX_ABBR = {"Road": "Rd", "Street": "St", "Avenue": "Ave", "Lane": "Ln", "Drive": "Dr",
               "Boulevard": "Blvd", "Court": "Ct", "Place": "Pl", "Crescent": "Cres"}
TOWNS_UK = ["Leeds", "Bristol", "Croydon", "Manchester", "Reading", "Norwich", "Cardiff", "Nottingham"]
TOWNS_US = ["Springfield", "Austin", "Columbus", "Denver", "Raleigh", "Portland", "Tucson", "Madison"]

FIRST = ["sarah", "james", "aoife", "liam", "priya", "tom", "megan", "david", "niamh", "carlos",
         "emma", "olu", "grace", "peter", "hannah", "raj", "chloe", "sean", "maria", "kevin"]
LAST = ["murphy", "patel", "smith", "kowalski", "obrien", "nguyen", "walsh", "jones",
        "garcia", "brennan", "hughes", "khan", "taylor", "reilly", "fischer", "dubois"]
DOMAINS = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com", "icloud.com",
           "btinternet.com", "eircom.net", "aol.com", "live.ie", "protonmail.com"]


def gen_email(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    style = r.randint(0, 5)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + str(r.randint(1, 99))
    elif style == 2:
        local = f + "_" + l
    elif style == 3:
        local = f + l[0] + str(r.randint(70, 99))
    elif style == 4:
        local = l + "." + f[0]
    else:
        local = f + "-" + l
    return local + "@" + r.choice(DOMAINS)


def say_email(r, e):
    local, dom = e.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append(r.choice(["dash", "hyphen"]))
        elif tok.isdigit():
            parts.append(say_number(int(tok)) if r.random() < 0.6 else " ".join(ONES[int(ch)] for ch in tok))
        elif len(tok) == 1 or (r.random() < 0.15 and len(tok) <= 8):
            parts.append(" ".join(say_letter(r, ch.upper(), nato_p=0.3 if len(tok) == 1 else 0.05, homo_p=0) for ch in tok))
        else:
            parts.append(tok)
    parts.append("at")
    parts.append(" dot ".join(dom.split(".")))
    return " ".join(parts)


# ---------------------------------------------------------------------------
# normalisation (used by --check)
# ---------------------------------------------------------------------------
UNIT = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "one": 1, "two": 2, "to": 2, "too": 2,
        "three": 3, "four": 4, "for": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "ate": 8, "nine": 9}
ZEROW = {"zero", "oh", "o", "nought"}
TEENW = {v: k for k, v in TEENS.items()}
TENSW = {v: k for k, v in TENS.items()}
ORDW = {v: k for k, v in ORD.items()}
FILLERS = {"um", "uh", "er", "erm", "and", "slash", "dash", "hyphen", "plus", "the", "of", "sorry",
           "hmm", "ah", "yeah", "then"}
NATOW = {v.replace("-", ""): k for k, v in NATO.items()}
HOMOW = {v: k for k, v in LETTER_HOMO.items()}
ABBR_LOW = [m.lower() for m in MONTH_ABBR]


def parse_sub(tokens, i):
    """Parse a number < 100 starting at tokens[i] -> (str, next_i) or (None, i)."""
    if i >= len(tokens):
        return None, i
    t = tokens[i]
    if t in TEENW:
        return str(TEENW[t]), i + 1
    if t in TENSW:
        if i + 1 < len(tokens) and tokens[i + 1] in UNIT and tokens[i + 1] not in ZEROW:
            return str(TENSW[t]) + str(UNIT[tokens[i + 1]]), i + 2
        return str(TENSW[t]) + "0", i + 1
    if t in UNIT:
        return str(UNIT[t]), i + 1
    if t.isdigit():
        return t, i + 1
    return None, i


def spoken_to_string(text, mode):
    """mode: digits | alnum | date.  Returns normalised upper-case string."""
    low = text.lower().replace("x-ray", "xray")
    tokens = re.findall(r"[a-z]+|\d+", low)
    out = []
    i = 0
    n = len(tokens)
    while i < n:
        t = tokens[i]
        nxt = tokens[i + 1] if i + 1 < n else None
        if mode == "alnum":
            # "b for bravo" / "b as in bravo"
            if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < n and tokens[i + 2] in NATOW:
                out.append(t.upper()); i += 3; continue
            if len(t) == 1 and t.isalpha() and nxt == "as" and i + 3 < n and tokens[i + 2] == "in":
                out.append(t.upper()); i += 4; continue
            if t in NATOW:
                out.append(NATOW[t]); i += 1; continue
            if t in HOMOW:
                out.append(HOMOW[t]); i += 1; continue
        if mode == "date":
            if t in MONTHS:
                out.append(f"{MONTHS.index(t) + 1:02d}"); i += 1; continue
            if t in ABBR_LOW or t == "sept":
                out.append(f"{ABBR_LOW.index(t[:3]) + 1:02d}"); i += 1; continue
            if t in ("st", "nd", "rd", "th"):
                i += 1; continue
            if t in TENSW and nxt in ORDW:
                out.append(str(TENSW[t] * 10 + ORDW[nxt])); i += 2; continue
            if t in ORDW:
                out.append(str(ORDW[t])); i += 1; continue
        if t in ("double", "triple") and nxt is not None and (nxt in UNIT or (nxt.isdigit() and len(nxt) == 1)):
            d = str(UNIT[nxt]) if nxt in UNIT else nxt
            out.append(d * (2 if t == "double" else 3)); i += 2; continue
        if t in UNIT and nxt in ("hundred", "thousand"):
            d = str(UNIT[t])
            j = i + 2
            if j < n and tokens[j] == "and":
                j += 1
            if nxt == "hundred":
                sub, j2 = parse_sub(tokens, j)
                if sub is None:
                    out.append(d + "00"); i = j; continue
                out.append(d + sub.zfill(2)); i = j2; continue
            # thousand
            if j < n and tokens[j] in UNIT and j + 1 < n and tokens[j + 1] == "hundred":
                h = str(UNIT[tokens[j]])
                k = j + 2
                if k < n and tokens[k] == "and":
                    k += 1
                sub, k2 = parse_sub(tokens, k)
                out.append(d + h + (sub.zfill(2) if sub else "00")); i = k2 if sub else k; continue
            sub, j2 = parse_sub(tokens, j)
            if sub is None:
                out.append(d + "000"); i = j; continue
            out.append(d + sub.zfill(3)); i = j2; continue
        if t in TEENW or t in TENSW or t in UNIT:
            sub, i = parse_sub(tokens, i)
            out.append(sub); continue
        if t.isdigit():
            out.append(t); i += 1; continue
        if t in FILLERS:
            i += 1; continue
        if mode in ("alnum",):
            out.append(t.upper()); i += 1; continue
        out.append("?" + t + "?"); i += 1
    return "".join(out)


def spoken_email(text):
    words = text.strip().split()
    out = []
    i = 0
    while i < len(words):
        w = words[i].lower()
        nxt = words[i + 1].lower() if i + 1 < len(words) else None
        if "@" in w:
            out.append(w); i += 1; continue
        if len(w) == 1 and w.isalpha() and nxt in ("for",) and i + 2 < len(words):
            out.append(w); i += 3; continue
        if len(w) == 1 and w.isalpha() and nxt == "as" and i + 3 < len(words):
            out.append(w); i += 4; continue
        if w in NATOW or w.replace("-", "") in NATOW:
            out.append(NATOW[w.replace("-", "")].lower()); i += 1; continue
        if len(w) == 1 and w.isalpha():
            out.append(w); i += 1; continue
        if w == "dot":
            out.append("."); i += 1; continue
        if w == "at":
            out.append("@"); i += 1; continue
        if w == "underscore":
            out.append("_"); i += 1; continue
        if w in ("dash", "hyphen"):
            out.append("-"); i += 1; continue
        if w in ("double", "triple") and nxt in UNIT:
            out.append(str(UNIT[nxt]) * (2 if w == "double" else 3)); i += 2; continue
        if w in UNIT or w in TEENW or w in TENSW:
            j = i
            toks = []
            while j < len(words) and (words[j].lower() in UNIT or words[j].lower() in TEENW or words[j].lower() in TENSW):
                toks.append(words[j].lower()); j += 1
            out.append(spoken_to_string(" ".join(toks), "digits")); i = j; continue
        out.append(w); i += 1
    return "".join(out)


STREET_WORDS = {s.lower() for s in UK_SUFFIX + US_SUFFIX} | {v.lower() for v in SUFFIX_ABBR.values()}
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def valid_expiry(s):
    if not s.isdigit():
        return False
    for ml in (1, 2):
        m, y = s[:ml], s[ml:]
        if not m or not (1 <= int(m) <= 12) or (ml == 2 and len(s) in (3, 5)):
            continue
        if (len(y) == 2 and 24 <= int(y) <= 39) or (len(y) == 4 and 2024 <= int(y) <= 2039):
            return True
    return False


def validate_value(typ, text, canon, partial):
    """Return an error string or None.  text = concatenated span texts of one value."""
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        got = spoken_to_string(text, "digits")
        if partial:
            return None if got.isdigit() and len(got) <= len(canon) else f"partial {got!r}"
        if got != canon:
            return f"normalised {got!r} != {canon!r}"
        L = len(got)
        if typ == "CARD_NUMBER" and not (13 <= L <= 19 and luhn_ok(got)):
            return "bad card"
        if typ == "CVV" and L not in (3, 4):
            return "bad cvv"
        if typ == "SSN" and not (L == 9 and got[:3] not in ("000", "666") and got[0] != "9"
                                 and got[3:5] != "00" and got[5:] != "0000"):
            return "bad ssn"
        if typ == "BANK_ACCOUNT" and not (8 <= L <= 12):
            return "bad account"
        if typ == "SORT_CODE" and L != 6:
            return "bad sort code"
        if typ == "PHONE" and not (10 <= L <= 13):
            return "bad phone"
        return None
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        got = spoken_to_string(text, "alnum")
        if partial:
            return None
        if got != canon.replace(" ", ""):
            return f"normalised {got!r} != {canon!r}"
        if typ == "NI_NUMBER" and not NI_RE.match(got):
            return "bad NI"
        if typ == "IBAN" and not iban_ok(got):
            return "bad IBAN"
        if typ == "POSTCODE" and not (UK_PC_RE.match(got) or re.fullmatch(r"\d{5}(\d{4})?", got)):
            return "bad postcode"
        return None
    if typ == "EMAIL":
        got = spoken_email(text)
        if got != canon or not EMAIL_RE.match(got):
            return f"email {got!r} != {canon!r}"
        return None
    if typ == "EXPIRY":
        got = spoken_to_string(text, "date")
        return None if valid_expiry(got) else f"bad expiry {got!r}"
    if typ == "DOB":
        got = spoken_to_string(text, "date")
        y, m, d = canon
        if "?" in got or not (str(y) in got or str(y)[2:] in got):
            return f"bad dob {got!r}"
        if str(d) not in got:
            return f"dob day missing {got!r}"
        return None
    if typ == "ADDRESS":
        low = text.lower()
        words = set(re.findall(r"[a-z]+", low))
        has_num = bool(re.search(r"\d", low)) or bool(words & (set(UNIT) | set(TEENW) | set(TENSW)))
        if not has_num or not (words & STREET_WORDS):
            return "bad address"
        return None
    return "unknown type"


# ---------------------------------------------------------------------------
# case builder
# ---------------------------------------------------------------------------
class V:
    __slots__ = ("text", "type", "canon", "group", "partial")

    def __init__(self, text, typ, canon=None, group=None, partial=False):
        self.text, self.type, self.canon, self.group, self.partial = text, typ, canon, group, partial


class Case:
    _gid = 0

    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.meta = [], [], []

    def add(self, speaker, *segs):
        idx = len(self.turns)
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                s = len(text)
                text += seg.text
                self.spans.append({"turn": idx, "start": s, "end": len(text), "type": seg.type})
                self.meta.append(seg)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.add("agent", *segs)

    def c(self, *segs):
        return self.add("customer", *segs)


def new_group():
    Case._gid += 1
    return Case._gid


def cap(s):
    return s[:1].upper() + s[1:]


def maybe_typo(r, s, p=0.25):
    """Introduce a realistic chat typo in plain text (never inside values)."""
    if r.random() > p or len(s) < 8:
        return s
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 3 and w.isalpha()]
    if not idx:
        return s
    i = r.choice(idx)
    w = words[i]
    k = r.randint(1, len(w) - 2)
    words[i] = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    return " ".join(words)


# ---------------------------------------------------------------------------
# renderers: value -> surface text (chat = typed, call = ASR transcript)
# ---------------------------------------------------------------------------
def card_chat(r, d):
    g = card_groups(d)
    style = r.randint(0, 5)
    if style == 0:
        return " ".join(g)
    if style == 1:
        return "-".join(g)
    if style == 2:
        return d
    if style == 3:
        return ".".join(g)
    if style == 4:
        return "  ".join(g)
    # irregular grouping
    return d[:6] + " " + d[6:]


def card_call(r, d, uk=False, filler=False):
    g = card_groups(d)
    parts = [say_group(r, x, uk, homo=True, last=(k == len(g) - 1)) for k, x in enumerate(g)]
    if filler:
        k = r.randint(1, len(parts) - 1)
        parts[k] = r.choice(["um", "uh", "er"]) + " " + parts[k]
    return r.choice([" ", " ", ", "]).join(parts)


def ssn_chat(r, s):
    return r.choice([f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s, f"{s[:3]}.{s[3:5]}.{s[5:]}"])


def ssn_call(r, s):
    return " ".join([say_group(r, s[:3], homo=True, last=False, pairs_p=0.2),
                     say_group(r, s[3:5], homo=True, last=False, pairs_p=0.4),
                     say_group(r, s[5:], homo=True, last=True, pairs_p=0.4)])


def ni_chat(r, n):
    x = r.randint(0, 4)
    if x == 0:
        t = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"
    elif x == 1:
        t = n
    elif x == 2:
        t = f"{n[:2]}-{n[2:4]}-{n[4:6]}-{n[6:8]}-{n[8]}"
    elif x == 3:
        t = f"{n[:2]}{n[2:8]} {n[8]}"
    else:
        t = f"{n[:2]} {n[2:8]} {n[8]}"
    return t.lower() if r.random() < 0.3 else t


def ni_call(r, n, split=False):
    let = " ".join(say_letter(r, ch) for ch in n[:2])
    dig = " ".join(say_group(r, n[2 + 2 * k:4 + 2 * k], uk=True, last=False, pairs_p=0.5) for k in range(3))
    suf = say_letter(r, n[8])
    if split:
        return let, dig, suf
    return let + " " + dig + " " + suf


def iban_chat(r, ib):
    g = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    x = r.randint(0, 3)
    if x == 0:
        return g
    if x == 1:
        return ib
    if x == 2:
        return g.lower()
    return ib[:4] + " " + ib[4:]


def alnum_call(r, s, uk=True):
    """Spell a mixed letters/digits string: letters one by one, digit runs grouped."""
    out = []
    for tok in re.findall(r"[A-Z]|\d+", s):
        if tok.isalpha():
            out.append(say_letter(r, tok, nato_p=0.2, homo_p=0.08))
        else:
            out.append(say_group(r, tok, uk, last=False, pairs_p=0.3))
    return " ".join(out)


def phone_chat(r, kind, p):
    if kind == "uk_mob":
        opts = [(p[:5] + " " + p[5:], p), ("+44 " + p[1:5] + " " + p[5:], "44" + p[1:]),
                ("+44" + p[1:], "44" + p[1:]), (p[:5] + "-" + p[5:8] + "-" + p[8:], p), (p, p)]
    elif kind == "uk_land":
        k = 3 if p.startswith("020") else 4
        opts = [(p[:k] + " " + p[k:k + 4] + " " + p[k + 4:], p) if k == 3 else (p[:k] + " " + p[k:k + 3] + " " + p[k + 3:], p),
                ("+44 " + p[1:k] + " " + p[k:], "44" + p[1:]), (p, p)]
    elif kind == "us":
        opts = [(f"({p[:3]}) {p[3:6]}-{p[6:]}", p), (f"{p[:3]}-{p[3:6]}-{p[6:]}", p),
                (f"{p[:3]}.{p[3:6]}.{p[6:]}", p), (f"+1 {p[:3]} {p[3:6]} {p[6:]}", "1" + p),
                (f"1-{p[:3]}-{p[3:6]}-{p[6:]}", "1" + p)]
    elif kind == "de":
        opts = [(p[:4] + " " + p[4:], p), ("+49 " + p[1:4] + " " + p[4:], "49" + p[1:]), (p[:4] + "/" + p[4:], p)]
    elif kind == "fr":
        opts = [(" ".join(p[i:i + 2] for i in range(0, 10, 2)), p), ("+33 " + p[1] + " " + " ".join(p[i:i + 2] for i in range(2, 10, 2)), "33" + p[1:]),
                (".".join(p[i:i + 2] for i in range(0, 10, 2)), p)]
    else:
        opts = [(f"{p[:3]} {p[3:6]} {p[6:]}", p), (f"+353 {p[1:3]} {p[3:6]} {p[6:]}", "353" + p[1:]),
                (f"{p[:3]}-{p[3:]}", p), (p, p)]
    return r.choice(opts)


def phone_call(r, kind, p):
    """Return (text, canon)."""
    uk = kind.startswith("uk")
    if kind == "uk_mob":
        if r.random() < 0.25:
            return "plus four four " + say_group(r, p[1:5], uk, homo=True, last=False) + " " + say_group(r, p[5:], uk, homo=True), "44" + p[1:]
        return say_group(r, p[:5], uk, homo=True, last=False) + " " + say_group(r, p[5:], uk, homo=True), p
    if kind == "uk_land":
        k = 3 if p.startswith("020") else 4
        return say_digits(r, p[:k], uk) + " " + say_group(r, p[k:], uk, homo=True), p
    if kind == "us":
        pre, canon = "", p
        if r.random() < 0.2:
            pre, canon = "one ", "1" + p
        return pre + " ".join([say_group(r, p[:3], last=False, pairs_p=0.25, homo=True), say_group(r, p[3:6], last=False, pairs_p=0.2, homo=True),
                               say_group(r, p[6:], last=True, pairs_p=0.5, homo=True)]), canon
    if kind == "de":
        return "plus four nine " + say_digits(r, p[1:4]) + " " + say_group(r, p[4:], last=True), "49" + p[1:]
    if kind == "fr":
        return "zero " + ONES[int(p[1])] + " " + say_pairs(r, p[2:], last=True), p
    if r.random() < 0.2:
        return "plus three five three " + say_group(r, p[1:3], uk, last=False) + " " + say_group(r, p[3:], uk), "353" + p[1:]
    return say_digits(r, p[:3], uk) + " " + say_group(r, p[3:6], uk, last=False) + " " + say_group(r, p[6:], uk), p


def sort_chat(r, s):
    return r.choice([f"{s[:2]}-{s[2:4]}-{s[4:]}", s, f"{s[:2]} {s[2:4]} {s[4:]}", f"{s[:2]}.{s[2:4]}.{s[4:]}"])


def sort_call(r, s):
    if r.random() < 0.5:
        return say_pairs(r, s, uk=True, last=True)
    return " ".join(say_group(r, s[2 * k:2 * k + 2], uk=True, last=(k == 2), pairs_p=0.3) for k in range(3))


def acct_call(r, a, uk=False):
    if len(a) == 8 and r.random() < 0.5:
        return say_group(r, a[:4], uk, homo=True, last=False) + " " + say_group(r, a[4:], uk, homo=True)
    return say_digits(r, a, uk, homo=True)


def gen_expiry(r):
    return r.randint(1, 12), r.randint(2025, 2033)


def expiry_chat(r, m, y):
    return r.choice([f"{m:02d}/{y % 100:02d}", f"{m:02d}/{y}", f"{m:02d}{y % 100:02d}", f"{m}/{y % 100:02d}",
                     f"{MONTH_ABBR[m - 1]} {y % 100:02d}", f"{m:02d}-{y % 100:02d}", f"{MONTH_ABBR[m - 1]} {y}"])


def expiry_call(r, m, y, uk=False):
    yy = y % 100
    x = r.randint(0, 5)
    if x == 0:
        return say_pair(r, f"{m:02d}", uk) + " " + say_number(yy)
    if x == 1:
        return say_number(m) + " " + say_number(yy)
    if x == 2:
        return MONTHS[m - 1] + " " + say_year(r, y)
    if x == 3:
        return say_digits(r, f"{m:02d}", uk, runs=False) + " slash " + say_digits(r, f"{yy:02d}", uk, runs=False)
    if x == 4:
        return MONTHS[m - 1] + " " + say_number(yy)
    return say_pair(r, f"{m:02d}", uk) + " " + say_year(r, y)


def cvv_call(r, c):
    if len(c) == 3 and r.random() < 0.3 and c[0] != "0":
        return ONES[int(c[0])] + " " + say_pair(r, c[1:], last=True)
    return say_digits(r, c, homo=False)


def gen_dob(r):
    return r.randint(1938, 2004), r.randint(1, 12), r.randint(1, 28)


def dob_chat(r, y, m, d, us=False):
    opts = [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1].title()} {y}", f"{ord_suffix(d)} {MONTH_ABBR[m - 1]} {y}",
            f"{y}-{m:02d}-{d:02d}", f"{d}.{m}.{y % 100:02d}", f"{d:02d}-{m:02d}-{y}"]
    if us:
        opts = [f"{m:02d}/{d:02d}/{y}", f"{MONTHS[m - 1].title()} {d}, {y}", f"{m}/{d}/{y % 100:02d}",
                f"{MONTH_ABBR[m - 1]} {ord_suffix(d)} {y}", f"{m}-{d}-{y}"]
    return r.choice(opts)


def dob_call(r, y, m, d, us=False):
    x = r.randint(0, 4)
    if us and x == 4:
        x = 0
    if us and x < 2:
        return MONTHS[m - 1] + " " + ordinal(d) + " " + say_year(r, y)
    if us and x == 3:
        return say_number(m) + " " + say_number(d) + " " + say_year(r, y)
    if x == 0:
        return ordinal(d) + " of " + MONTHS[m - 1] + " " + say_year(r, y)
    if x == 1:
        return MONTHS[m - 1] + " the " + ordinal(d) + " " + say_year(r, y)
    if x == 2:
        return ordinal(d) + " " + MONTHS[m - 1] + " " + say_number(y % 100) if y % 100 >= 10 else ordinal(d) + " " + MONTHS[m - 1] + " " + say_year(r, y)
    if x == 3:
        return say_number(d) + " " + say_number(m) + " " + say_year(r, y)
    return ordinal(d) + " of the " + ordinal(m) + " " + say_year(r, y)


def gen_uk_addr(r):
    return r.randint(1, 180), r.choice(STREETS), r.choice(UK_SUFFIX)


def gen_us_addr(r):
    return r.randint(100, 9899), r.choice(US_STREETS), r.choice(US_SUFFIX)


def addr_chat(r, num, st, suf, us=False):
    sfx = SUFFIX_ABBR.get(suf, suf) if r.random() < 0.4 else suf
    base = f"{num} {st} {sfx}"
    if us and r.random() < 0.3:
        base += f" Apt {r.randint(1, 30)}{r.choice('ABCD')}"
    elif not us and r.random() < 0.25:
        base = f"Flat {r.randint(1, 12)}, " + base
    return base.lower() if r.random() < 0.25 else base


def addr_call(r, num, st, suf, us=False):
    if us and num >= 1000 and r.random() < 0.6:
        n = say_pairs(r, str(num), last=True)
    elif num >= 100 and r.random() < 0.5:
        n = say_digits(r, str(num), runs=False)
    else:
        n = say_number(num)
    base = f"{n} {st.lower()} {suf.lower()}"
    if not us and r.random() < 0.2:
        base = f"flat {say_number(r.randint(1, 12))} " + base
    return base


def pc_chat(r, pc):
    x = r.random()
    if x < 0.2:
        return pc.lower()
    if x < 0.35:
        return pc.replace(" ", "")
    return pc


def gen_zip(r, plus4=False):
    z = f"{r.randint(10, 99):02d}{r.randint(0, 999):03d}"
    if plus4:
        z += f"{r.randint(1, 9999):04d}"
    return z


def zip_chat(z):
    return z if len(z) == 5 else z[:5] + "-" + z[5:]


def zip_call(r, z):
    return say_digits(r, z[:5], runs=True) + ("" if len(z) == 5 else " dash " + say_digits(r, z[5:]))


KIND_NAME = {"uk_mob": "UK mobile", "uk_land": "UK landline", "us": "US", "ie": "Irish mobile",
             "de": "German mobile", "fr": "French mobile"}

BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "got that", "yeah go ahead", "okay and", "mm hmm"]


def back(r):
    return r.choice(BACK)


# ---------------------------------------------------------------------------
# positive templates
# ---------------------------------------------------------------------------
def p_card_call_oneturn(r):
    d = gen_card(r)
    ind = r.choice(["telecom", "utilities", "retail", "travel"])
    c = Case("positive", f"call/{ind}: card number read in one turn, mixed digit/pair groups, ASR homophones possible")
    c.a(r.choice(["okay and the long number across the front of the card please", "can i take the card number please",
                  "whenever you're ready the sixteen digits on the card"]))
    c.c(r.choice(["yeah it's ", "sure it's ", "okay so ", "right um "]), V(card_call(r, d), "CARD_NUMBER", d),
        r.choice(["", " and that's a visa", " did you get that", " sorry it's a bit worn"]))
    c.a(r.choice(["thank you", "lovely thanks", "perfect"]))
    return c


def p_card_chat(r):
    d = gen_card(r)
    m, y = gen_expiry(r)
    cv = gen_digits(r, 4 if len(d) == 15 else 3, False)
    ind = r.choice(["retail", "telecom", "travel", "insurance"])
    c = Case("positive", f"chat/{ind}: card typed mid-message with expiry and security code, varied separators")
    amt = f"{r.choice(['£', '$', '€'])}{r.randint(10, 900)}.{r.randint(0, 99):02d}"
    c.a(maybe_typo(r, f"Sure, I can take the payment of {amt} now. Please type the card details below."))
    x = r.randint(0, 2)
    if x == 0:
        c.c(maybe_typo(r, "ok card is "), V(card_chat(r, d), "CARD_NUMBER", d), " exp ", V(expiry_chat(r, m, y), "EXPIRY"),
            r.choice([" cvv ", " cvc: ", " security code "]), V(cv, "CVV", cv))
    elif x == 1:
        c.c(V(card_chat(r, d), "CARD_NUMBER", d), "\n", V(expiry_chat(r, m, y), "EXPIRY"), "\n", V(cv, "CVV", cv))
    else:
        c.c(maybe_typo(r, "Card number: "), V(card_chat(r, d), "CARD_NUMBER", d), r.choice([", ", " / ", "; "]),
            "expiry ", V(expiry_chat(r, m, y), "EXPIRY"), r.choice([", ", " / ", "; "]), "CVV ", V(cv, "CVV", cv),
            maybe_typo(r, r.choice([" thanks", " - please take the full amount", " ta"])))
    c.a("Thank you, that's gone through.")
    return c


def p_card_split(r):
    d = gen_card(r, r.choice(["visa", "mc", "mc2", "disc"]))
    uk = r.random() < 0.5
    g = new_group()
    ind = r.choice(["insurance", "banking", "utilities", "healthcare billing"])
    c = Case("positive", f"call/{ind}: card split over four customer turns with agent back-channels")
    c.a("okay go ahead with the card number when you're ready")
    groups = card_groups(d)
    for k, grp in enumerate(groups):
        pre = r.choice(["", "", "right ", "okay ", "so "]) if k == 0 else r.choice(["", "", "then ", "um "])
        post = r.choice(["", "", " um", " yeah"])
        c.c(pre, V(say_group(r, grp, uk, homo=True, last=(k == len(groups) - 1)), "CARD_NUMBER", d, g), post)
        if k < len(groups) - 1:
            c.a(back(r) if k < len(groups) - 2 else r.choice(["and the last four", "mhm and the last group", "okay"]))
    c.a("thank you")
    return c


def p_card_selfcorrect(r):
    d = gen_card(r, r.choice(["visa", "mc"]))
    g = new_group()
    wrong = d[:4]
    bad = list(d[4:8])
    k = r.randint(0, 3)
    bad[k] = str((int(bad[k]) + r.randint(1, 8)) % 10)
    wrong += "".join(bad)
    c = Case("positive", "call/telecom: self-correction mid card number, abandoned attempt also labelled")
    c.a("and what's the card number")
    c.c("it's ", V(say_digits(r, wrong, homo=False), "CARD_NUMBER", d, None, partial=True),
        r.choice([" no sorry wait ", " hang on no ", " sorry no let me start again "]),
        V(card_call(r, d), "CARD_NUMBER", d, g))
    c.a("no problem i've got that")
    return c


def p_card_readback(r):
    d = gen_card(r)
    c = Case("positive", "call/banking: agent reads the card number back, both readings labelled")
    c.a("can you give me the card number that's been compromised")
    c.c(V(card_call(r, d, uk=True), "CARD_NUMBER", d))
    c.a("okay let me just read that back to you ", V(card_call(r, d, uk=True), "CARD_NUMBER", d), " is that right")
    c.c(r.choice(["yes that's it", "yeah correct", "that's right yeah"]))
    return c


def p_card_exp_cvv_call(r):
    d = gen_card(r)
    m, y = gen_expiry(r)
    cv = gen_digits(r, 4 if len(d) == 15 else 3, False)
    uk = r.random() < 0.5
    ind = r.choice(["insurance", "travel", "retail", "utilities"])
    c = Case("positive", f"call/{ind}: card, expiry and security code answered to separate agent prompts")
    c.a("the card number please")
    c.c(V(card_call(r, d, uk, filler=r.random() < 0.4), "CARD_NUMBER", d))
    c.a("and the expiry date")
    c.c(r.choice(["it's ", "", "expires "]), V(expiry_call(r, m, y, uk), "EXPIRY"))
    c.a(r.choice(["and the three digits on the back", "and the security code", "and the c v v"]))
    c.c(V(cvv_call(r, cv), "CVV", cv), r.choice(["", " i think", " yeah"]))
    c.a(f"thank you that's {say_number(r.randint(20, 300))} pounds taken")
    return c


def p_card_chitchat(r):
    d = gen_card(r)
    c = Case("positive", "call/retail: card number embedded in chit-chat with price, quantity and delivery date")
    price = r.randint(20, 400)
    c.a(f"so that's {say_number(r.randint(2, 6))} items coming to {say_number(price)} pounds {say_number(r.randint(10, 99))} how would you like to pay")
    c.c("oh on the card please hang on it's in my purse ", r.choice(["right here we go ", "okay "]),
        V(card_call(r, d), "CARD_NUMBER", d), " and could it come before the ", ordinal(r.randint(2, 28)), " because we're away")
    c.a("yes it should arrive within three to five working days")
    return c


def p_card_pairs(r):
    d = gen_card(r, r.choice(["visa", "mc", "disc"]))
    g = card_groups(d)
    c = Case("positive", "call/travel: card read in pairs of digits (forty one eleven style)")
    c.a("could you read me the card number please")
    c.c(V(" ".join(say_pairs(r, x, last=(k == len(g) - 1)) for k, x in enumerate(g)), "CARD_NUMBER", d))
    c.a("thank you and that's for the booking for two adults")
    return c


def p_card_typed_amex(r):
    d = gen_card(r, r.choice(["amex", "visa13", "visa19"]))
    c = Case("positive", "chat/retail: non-16-digit card (amex / 13 / 19 digits) typed")
    c.a("Please could you confirm the card you'd like to use?")
    c.c(maybe_typo(r, r.choice(["its my amex ", "use this one ", "Card no. ", "the card is "])), V(card_chat(r, d), "CARD_NUMBER", d))
    c.a("Thanks, one moment while I process that.")
    return c


def p_ssn_call(r):
    s = gen_ssn(r)
    ind = r.choice(["banking", "healthcare billing", "government services", "insurance"])
    c = Case("positive", f"call/{ind}: US social security number read in one turn")
    c.a(r.choice(["and for verification can i get your social security number", "what's the social on the account",
                  "can you confirm your full social please"]))
    c.c(r.choice(["sure it's ", "yeah ", "um ", "okay it's "]), V(ssn_call(r, s), "SSN", s))
    c.a("thank you you're verified")
    return c


def p_ssn_chat(r):
    s = gen_ssn(r)
    ind = r.choice(["healthcare billing", "banking", "insurance", "government services"])
    c = Case("positive", f"chat/{ind}: SSN typed in a sentence, varied separators")
    c.a("To locate your file I'll need your Social Security number.")
    c.c(maybe_typo(r, r.choice(["sure its ", "SSN is ", "My social is ", "ok "])), V(ssn_chat(r, s), "SSN", s),
        maybe_typo(r, r.choice(["", ". The bill was $" + str(r.randint(40, 900)) + " I think", " and the claim is from last month"])))
    c.a("Thanks, I've found your account.")
    return c


def p_ssn_split(r):
    s = gen_ssn(r)
    g = new_group()
    c = Case("positive", "call/banking: SSN split 3-2-4 across turns with back-channels")
    c.a("go ahead with your social")
    c.c(V(say_group(r, s[:3], homo=True, last=False, pairs_p=0.2), "SSN", s, g))
    c.a(back(r))
    c.c(V(say_group(r, s[3:5], homo=True, last=False), "SSN", s, g))
    c.a(back(r))
    c.c(V(say_group(r, s[5:], homo=True, last=True), "SSN", s, g), r.choice(["", " that's it"]))
    return c


def p_ssn_lastfour(r):
    s = gen_ssn(r)
    c = Case("positive", "call/insurance: full SSN then agent confirms last four, last four also labelled")
    c.a("can i have your social security number")
    c.c(V(ssn_call(r, s), "SSN", s))
    c.a("thanks so that's ending in ", V(say_digits(r, s[5:], runs=False), "SSN", s, None, partial=True), " correct")
    c.c("correct")
    return c


def p_ssn_correction(r):
    s = gen_ssn(r)
    g = new_group()
    c = Case("positive", "call/government services: SSN with a spoken correction of one group")
    wrong = str((int(s[3:5]) + 11) % 100).zfill(2)
    if wrong == "00":
        wrong = "01"
    c.a("and your social security number")
    c.c(V(say_digits(r, s[:3], runs=False), "SSN", s, g), " ", V(say_digits(r, wrong, runs=False), "SSN", s, None, partial=True),
        " no sorry ", V(say_digits(r, s[3:5], runs=False) + " " + say_group(r, s[5:]), "SSN", s, g))
    c.a("okay thank you")
    return c


def p_ni_chat(r):
    n = gen_ni(r)
    c = Case("positive", "chat/government services: UK NI number typed, varied spacing/case")
    c.a(maybe_typo(r, "Could you provide your National Insurance number so I can check your record?"))
    c.c(maybe_typo(r, r.choice(["yes it's ", "NI no ", "ni number: ", "Sure - "])), V(ni_chat(r, n), "NI_NUMBER", n),
        r.choice(["", " thanks", ". I moved jobs in " + str(r.randint(2015, 2024))]))
    c.a("Thank you.")
    return c


def p_ni_call(r):
    n = gen_ni(r)
    ind = r.choice(["government services", "banking", "utilities", "insurance"])
    c = Case("positive", f"call/{ind}: NI number spoken, letters with phonetic alphabet/homophones, digits in pairs")
    c.a(r.choice(["can i take your national insurance number", "and your n i number please", "what's your national insurance number"]))
    c.c(r.choice(["yeah it's ", "it's ", "um ", ""]), V(ni_call(r, n), "NI_NUMBER", n))
    c.a("lovely thank you")
    return c


def p_ni_split(r):
    n = gen_ni(r)
    g = new_group()
    let, dig, suf = ni_call(r, n, split=True)
    c = Case("positive", "call/government services: NI number split over three turns (letters, digits, suffix)")
    c.a("what's your national insurance number please")
    c.c("okay so it's ", V(let, "NI_NUMBER", n, g))
    c.a(back(r))
    c.c(V(dig, "NI_NUMBER", n, g))
    c.a("and the letter at the end")
    c.c(V(suf, "NI_NUMBER", n, g))
    return c


def p_ni_tax(r):
    n = gen_ni(r)
    c = Case("positive", "call/government services: NI number alongside tax year, amounts and a reference number")
    ref = gen_digits(r, 8)
    c.a(f"okay i can see the rebate for the twenty {say_number(r.randint(20, 24))} tax year can you confirm your national insurance number")
    c.c("yeah it's ", V(ni_call(r, n), "NI_NUMBER", n), " and the letter said reference ", say_digits(r, ref, uk=True, runs=False))
    c.a(f"thanks the rebate is {say_number(r.randint(100, 900))} pounds")
    return c


def p_ni_readback(r):
    n = gen_ni(r)
    c = Case("positive", "chat/banking: NI typed by customer and echoed by agent")
    t = ni_chat(r, n)
    c.c(maybe_typo(r, "hi i need to update my details, my ni number is "), V(t, "NI_NUMBER", n))
    c.a("Thanks. Just to confirm, that's ", V(f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", "NI_NUMBER", n), "?")
    c.c("yes")
    return c


def p_bank_uk_call(r):
    s = gen_sort(r)
    a = gen_digits(r, 8, False)
    c = Case("positive", "call/banking: UK sort code (pairs) and 8-digit account number")
    c.a("can i take the sort code and account number for the direct debit")
    c.c("sort code is ", V(sort_call(r, s), "SORT_CODE", s), r.choice([" and the account number is ", " account number ", " and then "]),
        V(acct_call(r, a, uk=True), "BANK_ACCOUNT", a))
    c.a("thank you that'll start from next month")
    return c


def p_bank_uk_chat(r):
    s = gen_sort(r)
    a = gen_digits(r, 8, False)
    c = Case("positive", "chat/utilities: sort code and account number typed for direct debit")
    c.a("To set up the Direct Debit please send your sort code and account number.")
    x = r.randint(0, 2)
    if x == 0:
        c.c(V(sort_chat(r, s), "SORT_CODE", s), " ", V(a, "BANK_ACCOUNT", a))
    elif x == 1:
        c.c(maybe_typo(r, "sort code "), V(sort_chat(r, s), "SORT_CODE", s), maybe_typo(r, ", account "), V(a, "BANK_ACCOUNT", a))
    else:
        c.c("acc no ", V(a, "BANK_ACCOUNT", a), "\nsort ", V(sort_chat(r, s), "SORT_CODE", s))
    c.a(f"Thanks, your first payment of £{r.randint(20, 150)}.{r.randint(0, 99):02d} will be taken on the {ord_suffix(r.randint(1, 28))}.")
    return c


def p_bank_split(r):
    s = gen_sort(r)
    a = gen_digits(r, 8, False)
    g1, g2 = new_group(), new_group()
    c = Case("positive", "call/banking: sort code and account split over turns, agent reads sort code back")
    c.a("what's the sort code")
    c.c(V(sort_call(r, s), "SORT_CODE", s, g1))
    c.a("so ", V(f"{say_pair(r, s[:2], True)} {say_pair(r, s[2:4], True)} {say_pair(r, s[4:], True, last=True)}", "SORT_CODE", s), " yeah and the account number")
    c.c(V(say_group(r, a[:4], True, homo=True, last=False), "BANK_ACCOUNT", a, g2))
    c.a(back(r))
    c.c(V(say_group(r, a[4:], True, homo=True), "BANK_ACCOUNT", a, g2))
    return c


def p_bank_us(r):
    a = gen_digits(r, r.randint(10, 12), False)
    c = Case("positive", "call/banking: US checking account number read digit by digit")
    c.a("and the account number you'd like the refund sent to")
    c.c(r.choice(["it's my checking account ", "the account number is ", "okay "]), V(say_digits(r, a, homo=True), "BANK_ACCOUNT", a))
    c.a(f"got it the refund of {say_number(r.randint(20, 500))} dollars will post in five to seven business days")
    return c


def p_bank_us_chat(r):
    a = gen_digits(r, r.randint(9, 12), False)
    c = Case("positive", "chat/insurance: US bank account number typed for premium payments")
    c.a("Which account should the monthly premium be drawn from?")
    c.c(maybe_typo(r, "checking acct # "), V(a, "BANK_ACCOUNT", a), maybe_typo(r, " at my credit union"))
    c.a("Thank you.")
    return c


def p_iban_chat(r):
    ib = gen_iban(r)
    c = Case("positive", f"chat/banking: IBAN ({ib[:2]}) typed with or without spaces")
    c.a("Please send the IBAN of the account you want the refund paid to.")
    c.c(maybe_typo(r, r.choice(["here you go ", "IBAN: ", "its ", "my iban is "])), V(iban_chat(r, ib), "IBAN", ib),
        maybe_typo(r, r.choice(["", " thanks", " (joint account)"])))
    c.a("Thank you, the refund will arrive within 5 working days.")
    return c


def p_iban_call(r):
    ib = gen_iban(r, r.choice(["IE", "GB", "NL", "DE"]))
    g = new_group()
    c = Case("positive", f"call/travel: {ib[:2]} IBAN spelled over three turns with back-channels")
    c.a("can you read me the iban")
    c.c("okay it's ", V(alnum_call(r, ib[:8]), "IBAN", ib, g))
    c.a(back(r))
    mid = len(ib) // 2 + 2
    c.c(V(alnum_call(r, ib[8:mid]), "IBAN", ib, g))
    c.a(back(r))
    c.c(V(alnum_call(r, ib[mid:]), "IBAN", ib, g), r.choice(["", " that's it"]))
    return c


def p_iban_oneturn(r):
    ib = gen_iban(r, r.choice(["DE", "ES", "FR", "BE", "IE"]))
    c = Case("positive", f"call/insurance: {ib[:2]} IBAN spoken in one turn")
    c.a("what iban should we pay the claim into")
    c.c(V(alnum_call(r, ib), "IBAN", ib), r.choice(["", " and that's in my name"]))
    c.a("thank you")
    return c


def p_phone_call(r):
    kind, p = gen_phone(r, r.choice(["uk_mob", "uk_land", "us", "ie"]))
    t, canon = phone_call(r, kind, p)
    ind = r.choice(["telecom", "utilities", "healthcare billing", "retail"])
    c = Case("positive", f"call/{ind}: {KIND_NAME[kind]} phone number spoken with doubles/pairs")
    c.a(r.choice(["what's the best number to reach you on", "can i take a contact number", "and a phone number for the engineer"]))
    c.c(r.choice(["it's ", "yeah it's ", "my mobile is ", ""]), V(t, "PHONE", canon), r.choice(["", " after five is best", " that's my mobile"]))
    c.a("thanks")
    return c


def p_phone_chat(r):
    kind, p = gen_phone(r)
    t, canon = phone_chat(r, kind, p)
    c = Case("positive", f"chat/{r.choice(['telecom', 'retail', 'travel'])}: {KIND_NAME[kind]} phone typed in varied formats")
    c.a("What's the best number to contact you on?")
    c.c(maybe_typo(r, r.choice(["call me on ", "mob ", "Its ", "number is ", "tel: "])), V(t, "PHONE", canon),
        maybe_typo(r, r.choice(["", " anytime before 6pm", " (mobile)", ", thanks"])))
    return c


def p_phone_split(r):
    kind, p = gen_phone(r, r.choice(["uk_mob", "us"]))
    g = new_group()
    c = Case("positive", f"call/telecom: {KIND_NAME[kind]} phone split across turns then read back by agent")
    c.a("what's the number you're calling about")
    if kind == "us":
        parts = [p[:3], p[3:6], p[6:]]
    else:
        parts = [p[:5], p[5:]]
    for k, x in enumerate(parts):
        c.c(V(say_group(r, x, uk=kind != "us", homo=True, last=(k == len(parts) - 1)), "PHONE", p, g))
        if k < len(parts) - 1:
            c.a(back(r))
    c.a("so that's ", V(say_digits(r, p, uk=kind != "us"), "PHONE", p), " yeah")
    c.c("yep")
    return c


def p_email_chat(r):
    e = gen_email(r)
    c = Case("positive", "chat/retail: email address typed")
    c.a("Could I take an email address for the receipt?")
    shown = e.upper() if r.random() < 0.1 else (cap(e) if r.random() < 0.2 else e)
    c.c(maybe_typo(r, r.choice(["sure ", "its ", "email: ", "", "send it to "])), V(shown, "EMAIL", e),
        r.choice(["", " thanks", " please"]))
    return c


def p_email_call(r):
    e = gen_email(r)
    ind = r.choice(["telecom", "insurance", "utilities", "travel"])
    c = Case("positive", f"call/{ind}: email spoken as 'dot' / 'at' with spelled letters")
    c.a("and what email address should we send the confirmation to")
    c.c(r.choice(["it's ", "yeah it's ", "okay it's "]), V(say_email(r, e), "EMAIL", e), r.choice(["", " all lower case", " that's it"]))
    c.a("lovely")
    return c


def p_email_phone(r):
    e = gen_email(r)
    kind, p = gen_phone(r, r.choice(["uk_mob", "us", "ie"]))
    t, canon = phone_call(r, kind, p)
    c = Case("positive", "call/utilities: email and phone given in the same turn")
    c.a("can i update your contact details")
    c.c("yeah the email's ", V(say_email(r, e), "EMAIL", e), " and the mobile is ", V(t, "PHONE", canon))
    c.a("all updated")
    return c


def p_dob_chat(r):
    y, m, d = gen_dob(r)
    us = r.random() < 0.4
    c = Case("positive", f"chat/{'healthcare billing' if us else 'insurance'}: date of birth typed ({'US' if us else 'UK'} style)")
    c.a("For security please confirm your date of birth.")
    c.c(maybe_typo(r, r.choice(["", "dob ", "its ", "born "])), V(dob_chat(r, y, m, d, us), "DOB", (y, m, d)))
    c.a("Thank you, you're verified.")
    return c


def p_dob_call(r):
    y, m, d = gen_dob(r)
    us = r.random() < 0.4
    c = Case("positive", f"call/{r.choice(['banking', 'healthcare billing', 'telecom'])}: date of birth spoken (ordinals, spoken year)")
    c.a("and can you confirm your date of birth")
    c.c(r.choice(["yeah it's the ", "it's ", "the ", "um "]), V(dob_call(r, y, m, d, us), "DOB", (y, m, d)))
    c.a("thank you")
    return c


def p_dob_postcode(r):
    y, m, d = gen_dob(r)
    pc = gen_uk_postcode(r)
    num, st, suf = gen_uk_addr(r)
    c = Case("positive", "call/utilities: ID&V with DOB, first line of address and postcode")
    c.a("for security can i take your date of birth")
    c.c(V(dob_call(r, y, m, d), "DOB", (y, m, d)))
    c.a("and the first line of the address and the postcode")
    c.c(V(addr_call(r, num, st, suf), "ADDRESS"), r.choice([" ", " and it's "]), V(alnum_call(r, pc.replace(" ", "")), "POSTCODE", pc))
    c.a("lovely you're through security")
    return c


def p_addr_chat_uk(r):
    pc = gen_uk_postcode(r)
    num, st, suf = gen_uk_addr(r)
    c = Case("positive", "chat/retail: UK delivery address and postcode typed; town unlabelled")
    c.a("What address should we send the replacement to?")
    c.c(V(addr_chat(r, num, st, suf), "ADDRESS"), ", ", r.choice(TOWNS_UK), r.choice([", ", " "]), V(pc_chat(r, pc), "POSTCODE", pc))
    c.a(f"Thanks, it'll be dispatched within {r.randint(2, 5)} working days.")
    return c


def p_addr_chat_us(r):
    z = gen_zip(r, plus4=r.random() < 0.3)
    num, st, suf = gen_us_addr(r)
    c = Case("positive", "chat/insurance: US street address and ZIP typed")
    c.a("Please confirm the garaging address for the vehicle.")
    c.c(maybe_typo(r, "it's "), V(addr_chat(r, num, st, suf, us=True), "ADDRESS"), ", ", r.choice(TOWNS_US), ", ",
        r.choice(["TX", "OH", "CO", "NC", "OR", "AZ", "WI"]), " ", V(zip_chat(z), "POSTCODE", z))
    c.a("Thank you, I've updated the policy.")
    return c


def p_addr_call_us(r):
    z = gen_zip(r)
    num, st, suf = gen_us_addr(r)
    c = Case("positive", "call/healthcare billing: US address and ZIP spoken")
    c.a("what's the billing address on file")
    c.c(V(addr_call(r, num, st, suf, us=True), "ADDRESS"), " ", r.choice(TOWNS_US).lower(), " ", V(zip_call(r, z), "POSTCODE", z))
    c.a("and is that still current")
    c.c("yes")
    return c


def p_zip_only(r):
    z = gen_zip(r)
    c = Case("positive", "call/retail: ZIP code for card verification next to an order total")
    c.a(f"the total is {say_number(r.randint(20, 300))} dollars {say_number(r.randint(10, 99))} and what's the billing zip code")
    c.c(r.choice(["it's ", "", "zip is "]), V(zip_call(r, z), "POSTCODE", z))
    c.a("thank you")
    return c


def p_postcode_call(r):
    pc = gen_uk_postcode(r)
    c = Case("positive", "call/telecom: UK postcode spelled for line check, engineer slot time nearby")
    c.a("what's the postcode where you need the broadband")
    c.c("it's ", V(alnum_call(r, pc.replace(" ", "")), "POSTCODE", pc))
    c.a(f"okay we can get an engineer out on the {ordinal(r.randint(2, 28))} between eight and one")
    return c


def p_exp_cvv_chat(r):
    m, y = gen_expiry(r)
    cv = gen_digits(r, 3, False)
    c = Case("positive", "chat/travel: only expiry and CVV requested for a stored card")
    c.a("For the card ending in the number on file, please confirm the expiry date and security code.")
    c.c(maybe_typo(r, r.choice(["exp ", "expires ", ""])), V(expiry_chat(r, m, y), "EXPIRY"), r.choice([" and ", " / ", ", cvv "]), V(cv, "CVV", cv))
    return c


def p_exp_cvv_call(r):
    m, y = gen_expiry(r)
    cv = gen_digits(r, 3, False)
    if r.random() < 0.3:
        dd = str(r.randint(1, 9))
        cv = dd * 3
    c = Case("positive", "call/utilities: expiry then CVV in one turn, CVV may be a triple")
    c.a("and the expiry and the three digit code on the back")
    cvt = ("triple " + ONES[int(cv[0])]) if len(set(cv)) == 1 and r.random() < 0.6 else cvv_call(r, cv)
    c.c(V(expiry_call(r, m, y, True), "EXPIRY"), r.choice([" and the code is ", " and then ", " code "]), V(cvt, "CVV", cv))
    return c


def p_form_chat(r):
    y, m, d = gen_dob(r)
    n = gen_ni(r)
    e = gen_email(r)
    c = Case("positive", "chat/government services: multi-line form-style message with DOB, NI and email")
    c.a("Please send your details to reopen the claim.")
    c.c("DOB: ", V(dob_chat(r, y, m, d), "DOB", (y, m, d)), "\nNI: ", V(ni_chat(r, n), "NI_NUMBER", n), "\nEmail: ", V(e, "EMAIL", e))
    c.a("Thanks, received.")
    return c


def p_us_health(r):
    y, m, d = gen_dob(r)
    s = gen_ssn(r)
    kind, p = gen_phone(r, "us")
    t, canon = phone_call(r, kind, p)
    c = Case("positive", "call/healthcare billing: DOB, SSN and callback number with an amount owed")
    c.a(f"i see a balance of {say_number(r.randint(100, 2000))} dollars can i verify your date of birth")
    c.c(V(dob_call(r, y, m, d, us=True), "DOB", (y, m, d)))
    c.a("and the last four of your social or the full number")
    c.c("i'll give you the whole thing ", V(ssn_call(r, s), "SSN", s))
    c.a("and a callback number")
    c.c(V(t, "PHONE", canon))
    return c


def p_ni_phone_uk(r):
    n = gen_ni(r)
    kind, p = gen_phone(r, "uk_mob")
    t, canon = phone_call(r, kind, p)
    c = Case("positive", "call/insurance: NI number and mobile in consecutive turns with filler")
    c.a("can i take your n i number and a mobile")
    c.c("yeah n i is ", V(ni_call(r, n), "NI_NUMBER", n), " um and the mobile is ", V(t, "PHONE", canon))
    return c


def p_ssn_chat_typo_context(r):
    s = gen_ssn(r)
    c = Case("positive", "chat/banking: SSN typed without label after agent question, with an amount in the same message")
    c.a("Please confirm the SSN on the account.")
    c.c(V(ssn_chat(r, s), "SSN", s), maybe_typo(r, f" - and why was I charged ${r.randint(10, 99)}.{r.randint(0, 99):02d} last week?"))
    return c


IE_STREETS = ["Grand Canal", "Main", "Strand", "Patrick", "Dame", "Castle", "Abbey", "Mary"]


def p_card_chat_multi(r):
    d = gen_card(r, r.choice(["visa", "mc", "disc"]))
    g = new_group()
    cut = r.choice([4, 8, 12])
    c = Case("positive", "chat/telecom: card typed across two consecutive customer messages")
    c.a("Please enter the long card number.")
    sep = r.choice([" ", "-", ""])
    first = sep.join(d[i:i + 4] for i in range(0, cut, 4))
    second = sep.join(d[i:i + 4] for i in range(cut, len(d), 4))
    c.c(V(first, "CARD_NUMBER", d, g))
    c.c(V(second, "CARD_NUMBER", d, g), r.choice(["", " sorry pressed enter", " thats the rest"]))
    c.a("Thanks, got it.")
    return c


def p_card_interrupted(r):
    d = gen_card(r, r.choice(["visa", "mc", "mc2"]))
    g = new_group()
    cut = r.choice([4, 8])
    c = Case("positive", "call/utilities: card reading interrupted mid-turn by an aside, two spans same value")
    c.a("whenever you're ready with the card number")
    c.c(V(say_digits(r, d[:cut], uk=True), "CARD_NUMBER", d, g),
        r.choice([" um sorry the light's bad in here hang on ", " erm let me just turn it over ", " sorry the dog's barking "]),
        V(" ".join(say_group(r, d[k:k + 4], uk=True, last=(k + 4 >= len(d))) for k in range(cut, len(d), 4)), "CARD_NUMBER", d, g))
    c.a("that's fine i've got all of that")
    return c


def p_phone_areacode(r):
    p = gen_phone(r, "us")[1]
    g = new_group()
    c = Case("positive", "call/healthcare billing: US phone given as 'area code ... then ...' (two spans, one value)")
    c.a("and the best callback number")
    c.c("area code ", V(say_digits(r, p[:3]), "PHONE", p, g), r.choice([" then ", " and then ", " and the number is "]),
        V(say_digits(r, p[3:6]) + " " + say_group(r, p[6:], pairs_p=0.5), "PHONE", p, g))
    c.a("thank you")
    return c


def p_phone_eu(r):
    kind, p = gen_phone(r, r.choice(["de", "fr"]))
    chat = r.random() < 0.6
    t, canon = phone_chat(r, kind, p) if chat else phone_call(r, kind, p)
    c = Case("positive", f"{'chat' if chat else 'call'}/travel: {KIND_NAME[kind]} number for a hire car booking")
    c.a("Can we have a mobile number for the pick-up desk?" if chat else "can we have a mobile number for the pick up desk")
    c.c(("My German mobile is " if kind == "de" else "French mobile: ") if chat else "yeah my mobile is ", V(t, "PHONE", canon),
        " - I land at 14:30" if chat else " i land at half two")
    return c


def p_addr_ie(r):
    num = r.randint(1, 120)
    st = r.choice(IE_STREETS)
    suf = r.choice(["Street", "Road", "Avenue"])
    chat = r.random() < 0.5
    c = Case("positive", f"{'chat' if chat else 'call'}/utilities: Irish street address (no postcode labelled), town unlabelled")
    if chat:
        apt = f"Apartment {r.randint(1, 40)}, " if r.random() < 0.4 else ""
        c.a("What's the supply address?")
        c.c(V(f"{apt}{num} {st} {suf}", "ADDRESS"), ", ", r.choice(["Dublin 2", "Cork", "Galway", "Limerick"]))
    else:
        c.a("and what's the supply address")
        c.c("it's ", V(f"{say_number(num)} {st.lower()} {suf.lower()}", "ADDRESS"), " in ", r.choice(["cork", "galway", "limerick", "dundalk"]))
    c.a("thanks")
    return c


def p_dob_other_date(r):
    y, m, d = gen_dob(r)
    chat = r.random() < 0.5
    c = Case("positive", f"{'chat' if chat else 'call'}/healthcare billing: DOB next to an unlabelled appointment date and age")
    am, ad = r.randint(1, 12), r.randint(1, 28)
    age = 2025 - y
    if chat:
        c.a("Please confirm the patient's date of birth and the date of the visit.")
        c.c(maybe_typo(r, "DOB is "), V(dob_chat(r, y, m, d), "DOB", (y, m, d)), maybe_typo(r, f", visit was {ad:02d}/{am:02d}/2025 - he's {age} now"))
    else:
        c.a("can you confirm the patient's date of birth and when the visit was")
        c.c("his date of birth is ", V(dob_call(r, y, m, d), "DOB", (y, m, d)), f" and the visit was the {ordinal(ad)} of {MONTHS[am - 1]} he's {say_number(age)}")
    c.a("thank you")
    return c


def p_phone_with_ref(r):
    kind, p = gen_phone(r, r.choice(["uk_mob", "uk_land", "ie"]))
    t, canon = phone_call(r, kind, p)
    ref = gen_digits(r, 8)
    c = Case("positive", "call/retail: unlabelled order number then a labelled phone number in the same turn")
    c.a("can i take the order number and a contact number")
    c.c(f"order number's {say_digits(r, ref, runs=False)} and my number is ", V(t, "PHONE", canon))
    c.a("lovely thank you")
    return c


def p_bank_balance(r):
    a = gen_digits(r, 8, False)
    s_ = gen_sort(r)
    c = Case("positive", "chat/banking: account number and sort code next to an unlabelled balance and amount")
    c.c(maybe_typo(r, f"Why is my balance showing -£{r.randint(10, 500)}.{r.randint(0, 99):02d}? Account "), V(a, "BANK_ACCOUNT", a),
        ", sort code ", V(sort_chat(r, s_), "SORT_CODE", s_))
    c.a(f"I can see a payment of £{r.randint(10, 900)}.{r.randint(0, 99):02d} went out on {r.randint(1, 28)} {MONTH_ABBR[r.randint(0, 11)]}.")
    return c


def p_email_spelled(r):
    e = gen_email(r)
    c = Case("positive", "call/government services: email with the surname spelled out letter by letter")
    local, dom = e.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append("dash")
        elif tok.isdigit():
            parts.append(say_number(int(tok)))
        else:
            parts.append(" ".join(say_letter(r, ch.upper(), nato_p=0.15, homo_p=0) for ch in tok))
    spoken = " ".join(parts) + " at " + " dot ".join(dom.split("."))
    c.a("and an email address for the confirmation letter")
    c.c("it's ", V(spoken, "EMAIL", e), " all one word")
    c.a("thank you")
    return c


def p_expiry_other_date(r):
    m, y = gen_expiry(r)
    c = Case("positive", "call/travel: card expiry next to unlabelled travel dates")
    c.a("and when does the card expire")
    c.c(V(expiry_call(r, m, y), "EXPIRY"), f" but i'm flying out on the {ordinal(r.randint(1, 28))} of {MONTHS[r.randint(0, 11)]} is that okay")
    c.a("yes that's fine")
    return c


def p_ssn_chat_split(r):
    s_ = gen_ssn(r)
    g = new_group()
    c = Case("positive", "chat/banking: SSN typed across two messages")
    c.a("Please provide your SSN to continue.")
    c.c(V(f"{s_[:3]}-{s_[3:5]}", "SSN", s_, g))
    c.c(V(s_[5:], "SSN", s_, g), maybe_typo(r, " sorry hit send too early"))
    c.a("Thank you.")
    return c


def p_ni_homophones(r):
    n = gen_ni(r)
    c = Case("positive", "call/insurance: NI with letters given as ASR homophones and digits in triples/doubles")
    let = " ".join(LETTER_HOMO.get(ch, ch.lower()) for ch in n[:2])
    dig = say_digits(r, n[2:8], uk=True)
    c.a("can you confirm your national insurance number")
    c.c(V(let + " " + dig + " " + say_letter(r, n[8], nato_p=0.5), "NI_NUMBER", n))
    c.a("thanks that matches")
    return c



def p_call_asr_digits(r):
    """Some ASR engines emit digits rather than words even in lower-case call transcripts."""
    which = r.choice(["card", "phone", "ssn", "bank", "dob", "ni"])
    c = Case("positive", f"call/{r.choice(['banking', 'telecom', 'insurance'])}: ASR output with digits instead of words ({which})")
    if which == "card":
        d = gen_card(r)
        c.a("go ahead with the card number")
        c.c("yeah it's ", V(" ".join(card_groups(d)), "CARD_NUMBER", d), " expiry ", V(f"{r.randint(1, 12):02d} {r.randint(26, 31)}", "EXPIRY"))
    elif which == "phone":
        kind, p = gen_phone(r, r.choice(["uk_mob", "us"]))
        t = (p[:5] + " " + p[5:]) if kind == "uk_mob" else f"{p[:3]} {p[3:6]} {p[6:]}"
        c.a("what's the best number for you")
        c.c("it's ", V(t, "PHONE", p), " but not before 9 am")
    elif which == "ssn":
        s_ = gen_ssn(r)
        c.a("and your social security number")
        c.c("sure ", V(f"{s_[:3]} {s_[3:5]} {s_[5:]}", "SSN", s_))
    elif which == "bank":
        a, sc = gen_digits(r, 8, False), gen_sort(r)
        c.a("and the bank details for the refund")
        c.c("sort code ", V(f"{sc[:2]} {sc[2:4]} {sc[4:]}", "SORT_CODE", sc), " account ", V(a, "BANK_ACCOUNT", a))
    elif which == "dob":
        y, m, d = gen_dob(r)
        c.a("can you confirm your date of birth")
        c.c("it's the ", V(f"{ord_suffix(d)} of {MONTHS[m - 1]} {y}", "DOB", (y, m, d)))
    else:
        n = gen_ni(r)
        c.a("and your national insurance number")
        c.c("it's ", V(f"{n[0].lower()} {n[1].lower()} {n[2:4]} {n[4:6]} {n[6:8]} {n[8].lower()}", "NI_NUMBER", n))
    c.a("thank you")
    return c


def p_two_cards(r):
    d1, d2 = gen_card(r), gen_card(r)
    c = Case("positive", "call/banking: old and new card numbers in the same conversation, both labelled")
    c.a("which card do you want to cancel")
    c.c("the old one ", V(card_call(r, d1, uk=True), "CARD_NUMBER", d1), " the new one ", V(card_call(r, d2, uk=True), "CARD_NUMBER", d2),
        " is fine")
    c.a("okay i've cancelled the old card")
    return c


def p_ni_chat_context(r):
    n = gen_ni(r)
    c = Case("positive", "chat/government services: NI number among dates, amounts and a reference (unlabelled)")
    c.c(maybe_typo(r, f"Hi, I started a new job on {r.randint(1, 28)} {MONTHS[r.randint(0, 11)].title()} and was put on emergency tax. Ref {gen_digits(r, 7)}, they took £{r.randint(100, 900)}. NI "),
        V(ni_chat(r, n), "NI_NUMBER", n))
    c.a("Thanks, I'll update your tax code now.")
    return c


def p_ssn_with_zip(r):
    s_ = gen_ssn(r)
    z = gen_zip(r)
    c = Case("positive", "call/government services: SSN and ZIP in consecutive answers, ZIP in pairs")
    c.a("i need your social and the zip code on file")
    c.c(V(ssn_call(r, s_), "SSN", s_), " and the zip is ", V(say_digits(r, z[0]) + " " + say_pairs(r, z[1:], last=True), "POSTCODE", z))
    c.a("thank you")
    return c


POSITIVE_TEMPLATES = [
    p_card_call_oneturn, p_card_chat, p_card_split, p_card_selfcorrect, p_card_readback, p_card_exp_cvv_call,
    p_card_chitchat, p_card_pairs, p_card_typed_amex, p_ssn_call, p_ssn_chat, p_ssn_split, p_ssn_lastfour,
    p_ssn_correction, p_ni_chat, p_ni_call, p_ni_split, p_ni_tax, p_ni_readback, p_bank_uk_call, p_bank_uk_chat,
    p_bank_split, p_bank_us, p_bank_us_chat, p_iban_chat, p_iban_call, p_iban_oneturn, p_phone_call, p_phone_chat,
    p_phone_split, p_email_chat, p_email_call, p_email_phone, p_dob_chat, p_dob_call, p_dob_postcode,
    p_addr_chat_uk, p_addr_chat_us, p_addr_call_us, p_zip_only, p_postcode_call, p_exp_cvv_chat, p_exp_cvv_call,
    p_form_chat, p_us_health, p_ni_phone_uk, p_ssn_chat_typo_context, p_card_chat_multi, p_card_interrupted,
    p_phone_areacode, p_phone_eu, p_addr_ie, p_dob_other_date, p_phone_with_ref, p_bank_balance, p_email_spelled,
    p_expiry_other_date, p_ssn_chat_split, p_ni_homophones, p_call_asr_digits, p_two_cards, p_ni_chat_context,
    p_ssn_with_zip,
]


# ---------------------------------------------------------------------------
# negative templates (lookalikes that must not be redacted)
# ---------------------------------------------------------------------------
def money_say(r, cur="pounds"):
    sub = {"pounds": "p", "dollars": "cents", "euro": "cent"}[cur]
    a, b = r.randint(2, 2999), r.randint(10, 99)
    return f"{say_number(a)} {cur} {say_number(b)}" if r.random() < 0.5 else f"{say_number(a)} {cur} and {say_number(b)} {sub if sub != 'p' else 'pence'}"


def n_balance_chat(r):
    c = Case("negative", "chat/banking: balances, minimum payment and APR")
    c.c(maybe_typo(r, "hi can you tell me whats left on my credit card"))
    c.a(f"Your current balance is £{r.randint(1, 9)},{r.randint(100, 999)}.{r.randint(0, 99):02d} and the minimum payment is £{r.randint(25, 99)}.00, due in {r.randint(3, 20)} days. Your APR is {r.randint(18, 34)}.{r.randint(0, 9)}%.")
    c.c("ok thanks")
    return c


def n_balance_call(r):
    cur = r.choice(["pounds", "dollars", "euro"])
    c = Case("negative", "call/banking: spoken balance and pending transactions")
    c.c("hiya can you tell me the balance please")
    c.a(f"of course the balance is {money_say(r, cur)} and there are {say_number(r.randint(2, 9))} pending transactions totalling {money_say(r, cur)}")
    c.c("oh right that's more than i thought")
    return c


def n_appointment(r):
    c = Case("negative", "call/utilities: engineer appointment date and time window (not a birth date)")
    d, m = r.randint(1, 28), r.randint(1, 12)
    c.a(f"the earliest i've got is {r.choice(['monday', 'tuesday', 'thursday'])} the {ordinal(d)} of {MONTHS[m - 1]} between eight and twelve")
    c.c(f"could you do the {ordinal(min(d + 2, 28))} instead after two")
    c.a("yes i can book that for you")
    return c


def n_order_ref_chat(r):
    ref = gen_digits(r, r.randint(7, 10))
    c = Case("negative", "chat/retail: order number with its reference word and a price")
    c.c(maybe_typo(r, f"Hi, my order number is {ref} and it still hasn't arrived. It was £{r.randint(10, 300)}.{r.randint(0, 99):02d}"))
    c.a(f"Sorry about that. Order {ref} is with the courier and due on {r.choice(['Friday', 'Monday', 'Wednesday'])}.")
    return c


def n_order_ref_call(r):
    ref = gen_digits(r, r.randint(6, 9))
    c = Case("negative", "call/retail: order reference spoken digit by digit")
    c.a("have you got the order number there")
    c.c(f"yeah order number {say_digits(r, ref, runs=False)}")
    c.a(f"thank you i can see that was {say_number(r.randint(2, 5))} items dispatched on the {ordinal(r.randint(1, 28))}")
    return c


def n_ticket(r):
    c = Case("negative", "chat/telecom: case/ticket reference and fault duration")
    c.c(maybe_typo(r, f"my internet has been down for {r.randint(2, 9)} days, ticket {r.choice(['CAS-', 'INC', '#'])}{gen_digits(r, r.randint(5, 8))}"))
    c.a(f"Thanks. I can see the fault on ticket {gen_digits(r, 6)}; an engineer is booked for {r.randint(8, 11)}am tomorrow.")
    return c


def n_flight(r):
    al = r.choice(["BA", "EI", "FR", "AA", "UA", "LH", "KL"])
    fn = r.randint(100, 2999)
    c = Case("negative", "chat/travel: flight number, gate, seat and departure time")
    c.c(f"is flight {al}{fn} on time? it's meant to leave at {r.randint(6, 21):02d}:{r.choice(['05', '15', '30', '45', '50'])}")
    c.a(f"{al} {fn} is currently showing a {r.randint(10, 90)} minute delay, boarding from gate {r.randint(1, 60)}{r.choice(['', 'A', 'B'])}. Your seat is {r.randint(1, 40)}{r.choice('ABCDEF')}.")
    return c


def n_flight_call(r):
    al = r.choice([("b a", "british airways"), ("e i", "aer lingus"), ("u a", "united")])
    c = Case("negative", "call/travel: spoken flight number and hotel room number")
    c.c(f"i'm on the {al[1]} flight {al[0]} {say_number(r.randint(100, 999))} and my hotel room is {say_number(r.randint(100, 999))}")
    c.a(f"okay that flight lands at {say_number(r.randint(1, 12))} {say_number(r.randint(10, 59))} local time")
    return c


def n_room(r):
    c = Case("negative", "chat/travel: hotel room number, nights and guests")
    c.c(maybe_typo(r, f"We're in room {r.randint(101, 1299)} and would like to extend by {r.randint(1, 3)} nights for {r.randint(2, 4)} adults"))
    c.a(f"I can extend that at €{r.randint(90, 300)} per night including breakfast.")
    return c


def n_model(r):
    c = Case("negative", "chat/retail: product model numbers and storage sizes")
    mdl = r.choice([f"WW{r.randint(70, 99)}T{r.randint(300, 999)}DAW", f"SM-S{r.randint(900, 999)}B", f"KD-{r.randint(40, 75)}X{r.randint(80, 89)}K", f"HR{r.randint(1000, 9999)}/0{r.randint(1, 9)}"])
    c.c(f"Is the {mdl} still in stock? I need the {r.choice([128, 256, 512])}GB one")
    c.a(f"Yes, we have {r.randint(2, 20)} left at £{r.randint(199, 1499)}.")
    return c


def n_router(r):
    c = Case("negative", "call/telecom: router model, speeds in megabits and contract months")
    c.a(f"so your router is the {r.choice(['t g five eight nine', 'hub six', 'h h five a'])} and you're getting about {say_number(r.randint(30, 900))} megs")
    c.c(f"yeah but i'm paying for {say_number(r.choice([100, 500, 900]))} and i've got {say_number(r.randint(3, 18))} months left on the contract")
    c.a("i'll run a line test now it'll take about two minutes")
    return c


def n_meter(r):
    c = Case("negative", "call/utilities: meter readings and unit rates")
    c.a("can you read me the numbers on the meter from left to right")
    c.c(f"it's {say_digits(r, gen_digits(r, 5, False), uk=True, runs=False)} and the night one is {say_digits(r, gen_digits(r, 5, False), uk=True, runs=False)}")
    c.a(f"thank you your unit rate is {say_number(r.randint(20, 35))} point {say_number(r.randint(1, 9))} pence")
    return c


def n_meter_chat(r):
    c = Case("negative", "chat/utilities: meter reading typed with units used")
    c.c(f"Meter reading today: {r.randint(10000, 99999)} (day) / {r.randint(1000, 9999)} (night)")
    c.a(f"Thanks, that's {r.randint(150, 900)} kWh since your last reading on {r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2024, 2026)}.")
    return c


def n_age_temp(r):
    c = Case("negative", "call/healthcare billing: ages, temperature and durations")
    c.c(f"my mum's {say_number(r.randint(70, 95))} and she's had a temperature of {say_number(r.randint(37, 39))} point {say_number(r.randint(1, 9))} for {say_number(r.randint(2, 5))} days")
    c.a(f"i'm sorry to hear that the next available call back is in about {say_number(r.randint(20, 50))} minutes")
    return c


def n_percent(r):
    c = Case("negative", "chat/banking: interest rates, percentages and loan terms")
    c.c(maybe_typo(r, f"what rate would I get on a {r.randint(2, 30)},000 loan over {r.randint(2, 7)} years"))
    c.a(f"The representative APR is {r.randint(3, 19)}.{r.randint(0, 9)}%, so monthly repayments would be about £{r.randint(100, 900)}.{r.randint(0, 99):02d} over {r.choice([24, 36, 48, 60, 84])} months.")
    return c


def n_years(r):
    c = Case("negative", "call/insurance: years, vehicle age, mileage and no-claims")
    y = r.randint(2005, 2022)
    c.c(f"it's a {say_year(r, y)} model and it's done about {say_number(r.randint(20, 99))} thousand miles")
    c.a(f"and you've had {say_number(r.randint(2, 12))} years no claims since {say_year(r, r.randint(2008, 2020))}")
    c.c("yes")
    return c


def n_payment_date(r):
    c = Case("negative", "chat/utilities: payment dates in numeric format (not birth dates)")
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2024, 2026)
    c.c(maybe_typo(r, f"why was £{r.randint(30, 200)}.{r.randint(0, 99):02d} taken on {d:02d}/{m:02d}/{y}?"))
    c.a(f"That was your annual adjustment. The next payment of £{r.randint(30, 200)} will be taken on {min(d + 1, 28):02d}/{m % 12 + 1:02d}/{y}.")
    return c


def n_contract(r):
    c = Case("negative", "call/telecom: contract start and end dates and monthly price")
    m = r.randint(1, 12)
    c.a(f"your contract started on the {ordinal(r.randint(1, 28))} of {MONTHS[m - 1]} {say_year(r, r.randint(2022, 2025))} and runs for {say_number(r.choice([12, 18, 24]))} months")
    c.c(f"and what's the monthly price after that")
    c.a(f"it goes up to {say_number(r.randint(20, 60))} pounds {say_number(r.randint(10, 99))}")
    return c


def n_invoice(r):
    c = Case("negative", "chat/healthcare billing: invoice and claim numbers with amounts")
    c.c(f"Invoice INV-{r.randint(2023, 2026)}-{r.randint(100, 99999):05d} says I owe ${r.randint(50, 2000)}.{r.randint(0, 99):02d}, but claim number {gen_digits(r, r.randint(7, 10))} should cover it")
    c.a("I'll check the claim status for you now.")
    return c


def n_claim_call(r):
    c = Case("negative", "call/insurance: claim number spoken with the word 'claim'")
    c.a("have you got your claim number")
    c.c(f"yeah claim number {say_group(r, gen_digits(r, 8), uk=True, pairs_p=0.5)}")
    c.a(f"thanks the excess on that is {say_number(r.choice([100, 150, 250, 500]))} pounds")
    return c


def n_times(r):
    c = Case("negative", "call/retail: callback times and opening hours")
    c.a(f"we're open from {say_number(r.randint(7, 9))} till {say_number(r.randint(5, 9))} thirty")
    c.c(f"could someone call me back at {r.choice(['quarter past', 'half past', 'quarter to', 'ten past'])} {say_number(r.randint(1, 11))}")
    c.a("yes i'll book that callback")
    return c


def n_quantities(r):
    c = Case("negative", "chat/retail: quantities, pack sizes and weights")
    c.c(maybe_typo(r, f"I ordered {r.randint(2, 12)} boxes of {r.choice([6, 12, 24, 48])} but only {r.randint(1, 5)} arrived, parcel was {r.randint(1, 30)}.{r.randint(1, 9)}kg"))
    c.a(f"Sorry! I'll send the missing boxes; they're {r.choice([6, 12, 24])} per box at £{r.randint(3, 40)}.{r.randint(0, 99):02d}.")
    return c


def n_price_call(r):
    c = Case("negative", "call/telecom: plan prices spoken in ASR style (twenty nine ninety nine)")
    a = r.randint(10, 59)
    c.a(f"the unlimited plan is {say_number(a)} ninety nine a month or {say_number(r.randint(200, 999))} upfront")
    c.c(f"and is that with {say_number(r.choice([50, 100, 150]))} gig of data")
    c.a("yes and it includes five g")
    return c


def n_data_usage(r):
    c = Case("negative", "chat/telecom: data usage, minutes and texts")
    c.c(maybe_typo(r, f"I've used {r.randint(10, 99)}.{r.randint(1, 9)}GB already and it's only the {ord_suffix(r.randint(2, 20))}"))
    c.a(f"You're on a {r.choice([30, 50, 100])}GB plan with {r.randint(500, 3000)} minutes; a {r.randint(1, 10)}GB add-on is £{r.randint(3, 10)}.")
    return c


def n_speed(r):
    c = Case("negative", "call/insurance: speeds and distances in a driving claim")
    c.c(f"i was doing about {say_number(r.choice([20, 30, 40, 50]))} miles an hour and the other car came out of a junction about {say_number(r.randint(10, 80))} yards ahead")
    c.a(f"okay and what time was that roughly")
    c.c(f"about {say_number(r.randint(1, 11))} {say_number(r.randint(10, 55))} in the evening")
    return c


def n_cpt(r):
    c = Case("negative", "chat/healthcare billing: procedure code and billed amount (5-digit lookalike)")
    c.c(maybe_typo(r, f"The statement shows procedure code {r.choice(['99213', '99214', '80053', '85025', '71046'])} billed at ${r.randint(80, 900)}.00 - my copay should be ${r.choice([20, 25, 30, 40])}"))
    c.a("Let me review the coding on that visit.")
    return c


def n_tax_year(r):
    c = Case("negative", "call/government services: tax years, amounts and processing weeks")
    y = r.randint(2019, 2024)
    c.a(f"that's for the {say_year(r, y)} to {say_year(r, y + 1)} tax year and the refund is {money_say(r)}")
    c.c(f"how long will it take")
    c.a(f"up to {say_number(r.randint(4, 12))} weeks")
    return c


def n_app_ref(r):
    c = Case("negative", "chat/government services: application reference and week counts")
    c.c(maybe_typo(r, f"I applied {r.randint(2, 10)} weeks ago, application reference {gen_digits(r, r.randint(6, 10))}"))
    c.a(f"Thank you. Applications are currently taking {r.randint(6, 14)} weeks; yours is at stage {r.randint(2, 4)} of 5.")
    return c


def n_promo(r):
    c = Case("negative", "chat/retail: promo codes, discounts and versions")
    c.c(f"the code {r.choice(['SAVE', 'WINTER', 'WELCOME'])}{r.choice([10, 15, 20, 25])} didn't work in the app (version {r.randint(3, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)})")
    c.a(f"I've applied a {r.choice([10, 15, 20])}% discount manually, your new total is £{r.randint(20, 200)}.{r.randint(0, 99):02d}.")
    return c


def n_train(r):
    c = Case("negative", "call/travel: train times, platform, coach and seat")
    c.a(f"your train leaves at {say_number(r.randint(6, 11))} {say_number(r.randint(10, 55))} from platform {say_number(r.randint(1, 14))}")
    c.c(f"and i'm in coach {r.choice('abcdef')} seat {say_number(r.randint(1, 80))}")
    c.a("that's right")
    return c


def n_energy(r):
    c = Case("negative", "chat/utilities: thermostat temperature, kWh and standing charge")
    c.c(maybe_typo(r, f"heating is set to {r.randint(18, 23)} degrees but the bill says {r.randint(300, 2000):,} kWh this quarter"))
    c.a(f"The standing charge is {r.randint(30, 60)}.{r.randint(10, 99)}p per day and your unit rate is {r.randint(20, 30)}.{r.randint(10, 99)}p per kWh.")
    return c


def n_durations(r):
    c = Case("negative", "call/telecom: hold times, durations and counts of calls")
    c.c(f"i've been on hold for {say_number(r.randint(20, 59))} minutes and this is the {ordinal(r.randint(3, 9))} time i've called this week")
    c.a(f"i'm really sorry i can see {say_number(r.randint(3, 9))} previous calls on the account")
    return c


def n_dates_delivery(r):
    c = Case("negative", "chat/retail: delivery and return dates, return window in days")
    m = r.randint(1, 12)
    c.c(maybe_typo(r, f"It was delivered on {r.randint(1, 28)} {MONTHS[m - 1].title()} {r.randint(2024, 2026)}, can I still return it?"))
    c.a(f"Yes, you have {r.choice([14, 28, 30])} days from delivery, so until {r.randint(1, 28)} {MONTHS[m % 12].title()}.")
    return c


def n_count_people(r):
    c = Case("negative", "call/travel: party size, ages of children and nights")
    c.c(f"it's {say_number(r.randint(2, 4))} adults and {say_number(r.randint(2, 3))} kids aged {say_number(r.randint(2, 8))} and {say_number(r.randint(9, 15))} for {say_number(r.randint(3, 14))} nights")
    c.a(f"okay that comes to {money_say(r, 'euro')}")
    return c


def n_policy_excess(r):
    c = Case("negative", "chat/insurance: cover amounts, excess and renewal year")
    c.c(maybe_typo(r, f"What's the excess on my home policy? Contents cover is £{r.randint(20, 90)},000"))
    c.a(f"Your excess is £{r.choice([100, 250, 350, 500])} and the policy renews in {MONTHS[r.randint(0, 11)].title()} {r.randint(2025, 2027)}.")
    return c


def n_readings_bp(r):
    c = Case("negative", "call/healthcare billing: counts of visits, dosage and amounts")
    c.c(f"i had {say_number(r.randint(2, 6))} physio sessions at {say_number(r.randint(40, 90))} dollars each and the insurance paid {say_number(r.randint(50, 90))} percent")
    c.a(f"okay so your share is {money_say(r, 'dollars')}")
    return c


def n_long_amount(r):
    c = Case("negative", "chat/banking: large amounts with thousands separators and a transaction count")
    c.c(f"I transferred {r.randint(1, 99)},{r.randint(100, 999)}.{r.randint(10, 99)} EUR yesterday in {r.randint(2, 4)} payments, when will it clear?")
    c.a(f"International transfers take {r.randint(1, 3)}-{r.randint(4, 5)} working days; the fee was €{r.randint(5, 25)}.")
    return c


def n_spoken_ref_word(r):
    c = Case("negative", "call/utilities: spoken booking reference with letters and digits after the reference word")
    ref = "".join(r.choice("ABDEFGHJKLMNPRSTUWXYZ") for _ in range(2)) + gen_digits(r, 5)
    c.a("can i take your booking reference")
    c.c(f"it's booking reference {alnum_call(r, ref)}")
    c.a(f"thanks that's the appointment for {say_number(r.randint(1, 11))} o'clock on {r.choice(['monday', 'friday', 'saturday'])}")
    return c


def n_parking(r):
    c = Case("negative", "chat/government services: parking penalty amount, days and discount")
    c.c(maybe_typo(r, f"I got a penalty charge for £{r.choice([70, 110, 130])} - if I pay within {r.choice([14, 21])} days is it reduced?"))
    c.a(f"Yes, it's reduced by 50% to £{r.choice([35, 55, 65])} if paid within 14 days.")
    return c


def n_keywords_only(r):
    c = Case("negative", "call/retail: PII keywords with no values given (customer will call back)")
    c.a("can i take the long number on the card")
    c.c("oh i haven't got the card on me can i ring back in about twenty minutes")
    c.a("of course and you won't need your postcode or date of birth we've already verified you")
    return c


def n_keywords_chat(r):
    c = Case("negative", "chat/banking: talk about security code, sort code and IBAN without any values")
    c.c(maybe_typo(r, "where do I find the security code on my card? and is the sort code the same as the IBAN?"))
    c.a("The security code is the 3 digits on the back. Your sort code is 6 digits and appears on your statement; the IBAN is longer.")
    return c


def n_price_year_like(r):
    c = Case("negative", "call/retail: prices that sound like years (nineteen eighty five = 19.85)")
    a, b = r.randint(15, 19), r.randint(50, 99)
    q = r.randint(2, 3)
    tot = q * (a * 100 + b)
    c.a(f"that one's {say_number(a)} {say_number(b)} and the bigger one is {say_number(a + 10)} {say_number(b)}")
    c.c(f"i'll take {say_number(q)} of the small ones")
    c.a(f"lovely that's {say_number(tot // 100)} pounds {say_number(tot % 100)} altogether")
    return c


def n_device_model_call(r):
    c = Case("negative", "call/telecom: phone model and storage spoken")
    c.c(f"i want to upgrade to the {r.choice(['iphone sixteen pro', 'galaxy s twenty four', 'pixel nine'])} with {r.choice(['two five six', 'five hundred and twelve', 'one two eight'])} gig")
    c.a(f"that's {say_number(r.randint(20, 70))} pounds a month over {say_number(r.choice([24, 36]))} months with {say_number(r.randint(50, 250))} upfront")
    return c


def n_ticket_call(r):
    c = Case("negative", "call/telecom: fault reference read in pairs after the word reference")
    c.a("i've raised that for you have you got a pen")
    c.c("yeah go on")
    c.a(f"your fault reference is {say_pairs(r, gen_digits(r, 8), uk=True, last=True)}")
    c.c("got it thanks")
    return c


def n_dosage(r):
    c = Case("negative", "call/healthcare billing: dosage, pill counts and refill days")
    c.c(f"it's {say_number(r.choice([5, 10, 20, 40]))} milligrams {say_number(r.randint(1, 3))} times a day and i got {say_number(r.choice([28, 30, 56, 90]))} tablets")
    c.a(f"okay the refill is covered every {say_number(r.choice([28, 30, 90]))} days and the copay is {say_number(r.randint(5, 40))} dollars")
    return c



def n_survey(r):
    c = Case("negative", "call/telecom: survey scores and counts")
    c.a("before you go on a scale of one to ten how likely are you to recommend us")
    c.c(f"{say_number(r.randint(6, 10))} i suppose and the last agent was about a {say_number(r.randint(3, 8))}")
    c.a("thank you for your feedback")
    return c


def n_amount_split(r):
    cur = r.choice(["pounds", "dollars", "euro"])
    c = Case("negative", "call/utilities: amount and date of next bill split across turns")
    c.a(f"so the final bill comes to {say_number(r.randint(100, 999))} {cur}")
    c.c("mhm")
    c.a(f"and {say_number(r.randint(10, 99))} and that'll be taken on the {ordinal(r.randint(1, 28))} of next month")
    c.c("okay")
    return c


NEGATIVE_TEMPLATES = [
    n_balance_chat, n_balance_call, n_appointment, n_order_ref_chat, n_order_ref_call, n_ticket, n_flight,
    n_flight_call, n_room, n_model, n_router, n_meter, n_meter_chat, n_age_temp, n_percent, n_years,
    n_payment_date, n_contract, n_invoice, n_claim_call, n_times, n_quantities, n_price_call, n_data_usage,
    n_speed, n_cpt, n_tax_year, n_app_ref, n_promo, n_train, n_energy, n_durations, n_dates_delivery,
    n_count_people, n_policy_excess, n_readings_bp, n_long_amount, n_spoken_ref_word, n_parking,
    n_keywords_only, n_keywords_chat, n_price_year_like, n_device_model_call, n_ticket_call, n_dosage,
    n_survey, n_amount_split,
]


# ---------------------------------------------------------------------------
# build / check / README
# ---------------------------------------------------------------------------
POS_ROUNDS = 4
NEG_ROUNDS = 3
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})


def generate():
    r = random.Random(SEED)
    Case._gid = 0
    pos, neg = [], []
    for _ in range(POS_ROUNDS):
        for t in POSITIVE_TEMPLATES:
            pos.append(t(r))
    for _ in range(NEG_ROUNDS):
        for t in NEGATIVE_TEMPLATES:
            neg.append(t(r))
    records, metas = [], []
    for i, c in enumerate(pos, 1):
        records.append({"id": f"h7-pos-{i:03d}", "kind": "positive", "turns": c.turns, "spans": c.spans, "note": c.note})
        metas.append(c.meta)
    for i, c in enumerate(neg, 1):
        records.append({"id": f"h7-neg-{i:03d}", "kind": "negative", "turns": c.turns, "spans": [], "note": c.note})
        metas.append([])
    return records, metas


def serialise(records):
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in records)


def count_types(records):
    cnt = Counter()
    for rec in records:
        for s in rec["spans"]:
            cnt[s["type"]] += 1
    return cnt


def verify(records, metas):
    errors = []
    ids = [rec["id"] for rec in records]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    for rec, meta in zip(records, metas):
        rid = rec["id"]
        if set(rec) != {"id", "kind", "turns", "spans", "note"}:
            errors.append(f"{rid}: bad keys")
        if rec["kind"] not in ("positive", "negative"):
            errors.append(f"{rid}: bad kind")
        if rec["kind"] == "negative" and rec["spans"]:
            errors.append(f"{rid}: negative with spans")
        if rec["kind"] == "positive" and not rec["spans"]:
            errors.append(f"{rid}: positive without spans")
        for t in rec["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"].strip():
                errors.append(f"{rid}: bad turn")
        if rec["kind"] == "negative":
            for t in rec["turns"]:
                if "@" in t["text"] or re.search(r"\d{11,}", t["text"].replace(" ", "")):
                    errors.append(f"{rid}: negative contains an email/long digit run: {t['text']!r}")
        by_turn = {}
        for s in rec["spans"]:
            if s["type"] not in TYPES:
                errors.append(f"{rid}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(rec["turns"])):
                errors.append(f"{rid}: turn out of range")
                continue
            text = rec["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                errors.append(f"{rid}: offsets out of range {s}")
                continue
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                errors.append(f"{rid}: span not on word boundary {text[a:b]!r}")
            lead_ok = text[a].isalnum() or (s["type"] == "PHONE" and text[a] in "+(" and b - a > 1 and text[a + 1].isalnum())
            if not (lead_ok and text[b - 1].isalnum()):
                errors.append(f"{rid}: span has leading/trailing non-alnum {text[a:b]!r}")
            by_turn.setdefault(s["turn"], []).append((a, b))
        for spans in by_turn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    errors.append(f"{rid}: overlapping spans")
        # value validation, grouping split values
        if len(meta) != len(rec["spans"]):
            errors.append(f"{rid}: meta mismatch")
            continue
        groups = {}
        order = []
        for k, (s, m) in enumerate(zip(rec["spans"], meta)):
            text = rec["turns"][s["turn"]]["text"][s["start"]:s["end"]]
            if text != m.text:
                errors.append(f"{rid}: span text mismatch")
            key = ("g", m.group) if (m.group is not None and not m.partial) else ("s", k)
            if key not in groups:
                groups[key] = []
                order.append(key)
            groups[key].append((text, m))
        for key in order:
            parts = groups[key]
            m = parts[0][1]
            joined = " ".join(p[0] for p in parts)
            err = validate_value(m.type, joined, m.canon, m.partial)
            if err:
                errors.append(f"{rid}: {m.type} {joined!r}: {err}")
    cnt = count_types(records)
    for t, mn in MIN_SPANS.items():
        if cnt[t] < mn:
            errors.append(f"type {t}: only {cnt[t]} spans (< {mn})")
    npos = sum(rec["kind"] == "positive" for rec in records)
    nneg = len(records) - npos
    if npos < 170:
        errors.append(f"only {npos} positives")
    if nneg < 100:
        errors.append(f"only {nneg} negatives")
    return errors


def readme_text(records):
    cnt = count_types(records)
    npos = sum(rec["kind"] == "positive" for rec in records)
    nneg = len(records) - npos
    chat = sum(rec["note"].startswith("chat/") for rec in records)
    rows = "\n".join(f"| {t} | {cnt[t]} |" for t in TYPES)
    return f"""# pii_holdout7 — held-out PII redaction evaluation set

**Never use this set for tuning.** It is a held-out test set: do not adjust
patterns, thresholds or models while looking at these cases or at failures on
them, or it stops measuring anything.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
**not** see the redaction code, its tests, its documentation, the existing
benchmark script or any other PII fixture; the only existing material consulted
was a three-line example of the JSONL format. The cases are generated by
`scripts/make_pii_holdout7.py` (standard library only) from template functions
in which each turn is assembled from plain-text segments and labelled value
segments, so every offset is computed, never typed by hand. All values come
from one `random.Random({SEED})`; the output is byte-for-byte reproducible.

    python scripts/make_pii_holdout7.py           # (re)write cases.jsonl and this README
    python scripts/make_pii_holdout7.py --check   # regenerate, compare, validate

`--check` verifies: file identical to a fresh generation, unique ids, offsets in
range and on word boundaries (spans start and end on a letter/digit), no
overlapping spans, and each value valid after normalising spoken forms (Luhn for
cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, 3–4 for
CVV, 10–13 for phones, 8–12 for accounts, UK postcode / US ZIP shapes, e-mail
shape, expiry month/year, DOB day and year present, address has a number and a
street word). Values split across turns are re-joined before validation.

## Contents

- {npos} positive cases, {nneg} negative cases ({chat} chat, {len(records) - chat} call).
- Chat cases are typed text (varied separators, case, occasional typos in the
  surrounding words — never inside a value). Call cases imitate an ASR
  transcript: lower case, little punctuation, numbers as words ("oh"/"o"/
  "nought"/"zero", "double seven", "triple two", pairs such as "forty one
  eleven", years such as "nineteen eighty four"), letters spelled with the
  phonetic alphabet ("b for bravo", "j as in juliet") or as ASR homophones
  ("bee", "see", "are", "why"), digit homophones ("to"/"too" for two, "for" for
  four, "ate" for eight), e-mails as "j dot smith at gmail dot com" (some
  with the surname spelled letter by letter). A few call cases imitate an ASR
  engine with number formatting switched on (digits in a lower-case
  transcript). Values are split over consecutive customer turns or chat
  messages, interrupted by asides, self-corrected, read back by the agent, and
  mixed with unlabelled non-PII numbers (amounts, order numbers, ages, dates).
- Industries: banking, telecom, utilities, retail, insurance, travel, healthcare
  billing, government services; UK, US, Irish and EU values (IBANs for GB, IE,
  DE, NL, ES, FR, BE; German and French mobiles; Irish street addresses, for
  which no Eircode is given).
- Negatives contain only lookalikes that must not be redacted: amounts,
  balances, prices, times, durations, counts, ages, temperatures, speeds,
  percentages, years, non-birth dates (appointments, payments, contracts,
  deliveries), order/ticket/claim/invoice/application/booking references said
  with their reference word (at most 10 digits), flight, room, seat, platform
  and model numbers, meter readings, procedure codes, promo codes, versions.
  Negatives contain no personal names, e-mail addresses or street addresses.

## Annotation conventions (what is inside a span)

- A span covers the value only: lead-ins ("it's", "my number is", "card
  number:"), trailing words ("thanks", "that's it") and separating punctuation
  are outside. Spans start and end on a letter or digit (a phone number may
  start with its "+" or opening bracket).
- Inside a span everything between the first and last token of the value is
  included: separators (spaces, dashes, dots, slashes), "double"/"triple",
  "plus" of an international prefix, "slash", "dot"/"at" in e-mails, "for
  bravo"/"as in juliet" spellings, and filler words ("um") spoken in the middle
  of a reading.
- A value split over several customer turns gets one span per fragment, all of
  the same type (agent back-channels in between are not labelled).
- When the agent reads a value back, the read-back is labelled too.
- Self-corrections: the abandoned partial reading is labelled with the same
  type as the value it was an attempt at (it is still sensitive), and the
  corrected reading is labelled separately.
- An agent confirming the last four digits of an SSN is labelled SSN.
- DOB: the date itself, e.g. "fourteenth of march nineteen eighty seven" or
  "march the third nineteen sixty" (an inner "the"/"of" is inside; a leading
  "the" is outside).
- EXPIRY: month and year only ("oh nine twenty seven", "september twenty
  twenty nine", "09/27").
- CVV: the 3 or 4 digits only, including "triple seven" forms.
- ADDRESS: flat/apartment designator (when given), house number and street name
  with its suffix ("flat 3, 17 Kings Road", "1180 Maple Street Apt 4B"). Town,
  state and country are not labelled; the postcode/ZIP is a separate POSTCODE
  span.
- PHONE: full number as given, including "+44"/"+1"/"plus four four".
- SORT_CODE and BANK_ACCOUNT are separate spans even when given in one breath.

## Span counts per type

Each fragment of a split value, each read-back and each abandoned attempt is a
separate span. Total: {sum(cnt.values())} spans in {npos} positive cases.

| type | spans |
|---|---|
{rows}

Scoring note: a labelled span counts as found when every letter/digit inside it
is covered by some redaction; a negative case fails if anything in it is
redacted.
"""


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="regenerate and verify instead of writing")
    args = ap.parse_args(argv)
    records, metas = generate()
    data = serialise(records)
    readme = readme_text(records)
    errors = verify(records, metas)
    if args.check:
        try:
            with open(OUT_FILE, encoding="utf-8") as fh:
                on_disk = fh.read()
        except OSError as e:
            on_disk = None
            errors.append(f"cannot read {OUT_FILE}: {e}")
        if on_disk is not None and on_disk != data:
            errors.append("cases.jsonl differs from a fresh generation")
        if on_disk is not None:
            try:
                reparsed = [json.loads(line) for line in on_disk.splitlines()]
                if reparsed != records:
                    errors.append("cases.jsonl does not parse back to the generated records")
            except ValueError as e:
                errors.append(f"cases.jsonl is not valid JSONL: {e}")
        try:
            with open(README, encoding="utf-8") as fh:
                if fh.read() != readme:
                    errors.append("README.md differs from a fresh generation")
        except OSError as e:
            errors.append(f"cannot read {README}: {e}")
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(OUT_FILE, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
        with open(README, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(readme)
    cnt = count_types(records)
    npos = sum(rec["kind"] == "positive" for rec in records)
    print(f"pii_holdout7: {npos} positive, {len(records) - npos} negative, {sum(cnt.values())} spans")
    for t in TYPES:
        print(f"  {t:13s} {cnt[t]}")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    print("OK" + (" (check passed)" if args.check else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

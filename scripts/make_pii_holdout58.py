#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout58``.

Written by an AI helper acting as an independent author, without looking at
the redaction code, its tests or other fixtures.  Standard library only.

    python scripts/make_pii_holdout58.py          # write fixture + README
    python scripts/make_pii_holdout58.py --check  # regenerate and verify

Every turn is assembled from plain-text segments and value segments, so span
offsets are computed, never typed by hand.  All randomness comes from one
``random.Random(SEED)``; the output is byte-for-byte reproducible.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
import random

SEED = 58261123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout58"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h58"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------------------
# value objects and turn assembly
# ---------------------------------------------------------------------------


class Val:
    """One PII value; may be rendered as several pieces (split readings)."""

    def __init__(self, typ, canon):
        assert typ in TYPES, typ
        self.typ = typ
        self.canon = canon


class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []      # list of (speaker, text)
        self.spans = []      # list of dicts
        self.pieces = []     # list of (Val, turn, start, end)

    def add(self, speaker, *segs):
        """segs: str, or (surface, Val)."""
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                surface, val = seg
                start = len(text)
                text += surface
                self.spans.append({"turn": ti, "start": start,
                                   "end": len(text), "type": val.typ})
                self.pieces.append((val, ti, start, len(text)))
        self.turns.append((speaker, text))
        return self

    def a(self, *segs):
        return self.add("agent", *segs)

    def c(self, *segs):
        return self.add("customer", *segs)


# ---------------------------------------------------------------------------
# number words and spoken renderings
# ---------------------------------------------------------------------------

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
         "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MON3 = [m[:3].capitalize() for m in MONTHS]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth",
       6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth",
       11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
       15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
       18: "eighteenth", 19: "nineteenth", 20: "twentieth",
       30: "thirtieth"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta",
        "e": "echo", "f": "foxtrot", "g": "golf", "h": "hotel",
        "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "o": "oscar", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["xray"] = "x"
NATO_REV["whisky"] = "w"
# casual "as in" words callers use
CASUAL = {"b": "bob", "d": "david", "s": "sugar", "m": "mother",
          "p": "peter", "t": "tommy", "n": "nancy", "c": "cat",
          "f": "freddie", "h": "harry", "j": "john", "k": "king",
          "l": "london", "r": "robert", "w": "william", "e": "edward",
          "a": "apple", "g": "george", "z": "zebra", "y": "yellow"}


def nth(n):
    """Typed ordinal: 1st, 2nd, 23rd, 11th."""
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def ordinal(n):
    if n in ORD:
        return ORD[n]
    t, u = divmod(n, 10)
    return TENS[t] + " " + ORD[u]


def two(n):
    """0..99 as words (no leading 'oh')."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + UNITS[u])


def zero_word(rng, uk=True):
    if uk:
        return rng.choice(["oh", "oh", "o", "zero", "nought"])
    return rng.choice(["oh", "zero", "zero", "o"])


def say_digit(d, rng, uk=True, zero=None):
    if d == "0":
        return zero or zero_word(rng, uk)
    return UNITS[int(d)]


def say_digits(s, rng, uk=True, runs=True, homophones=False, homo_rate=0.12):
    """Digit-by-digit reading with optional double/triple compression."""
    out = []
    z = zero_word(rng, uk)   # callers are fairly consistent within a value
    i = 0
    while i < len(s):
        d = s[i]
        j = i
        while j < len(s) and s[j] == d:
            j += 1
        n = j - i
        if runs and n == 3 and rng.random() < 0.6:
            out.append("triple " + say_digit(d, rng, uk, z))
            i += 3
            continue
        if runs and n >= 2 and rng.random() < 0.75:
            out.append("double " + say_digit(d, rng, uk, z))
            i += 2
            continue
        w = say_digit(d, rng, uk, z)
        if homophones and rng.random() < homo_rate:
            w = {"four": "for", "two": "to", "eight": "ate",
                 "one": "won"}.get(w, w)
        out.append(w)
        i += 1
    return " ".join(out)


def say_pairs(s, rng, uk=True):
    """Read as pairs: '4111' -> 'forty one eleven', '05' -> 'oh five'."""
    out = []
    if len(s) % 2:
        # odd length: lone digit first, so "seventy" + "six" never merges
        out.append(say_digit(s[0], rng, uk))
        s = s[1:]
    for k in range(0, len(s), 2):
        p = s[k:k + 2]
        if len(p) == 1:
            out.append(say_digit(p, rng, uk))
        elif p[0] == "0":
            if p[1] == "0":
                out.append("double " + zero_word(rng, uk))
            else:
                out.append(zero_word(rng, uk) + " " + UNITS[int(p[1])])
        else:
            out.append(two(int(p)))
    return " ".join(out)


def say_mixed(s, rng, uk=True):
    """Split into chunks of 2-4 and read each chunk digit-wise or pair-wise."""
    parts = []
    i = 0
    while i < len(s):
        n = rng.choice([2, 3, 4, 4])
        chunk = s[i:i + n]
        if len(chunk) % 2 == 0 and rng.random() < 0.5:
            parts.append(say_pairs(chunk, rng, uk))
        else:
            parts.append(say_digits(chunk, rng, uk))
        i += n
    return " ".join(parts)


def say_year(y):
    if 2000 <= y < 2010:
        return "two thousand and " + UNITS[y - 2000] if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    if lo == 0:
        return two(hi) + " hundred"
    if lo < 10:
        return two(hi) + " oh " + UNITS[lo]
    return two(hi) + " " + two(lo)


def say_amount(n, rng):
    """Money-style number words: 'three hundred and twelve', 'four fifty'."""
    if n < 100:
        return two(n)
    h, r = divmod(n, 100)
    if r == 0:
        return UNITS[h] + " hundred"
    if r < 10:
        return f"{UNITS[h]} hundred and {UNITS[r]}"
    if rng.random() < 0.5:
        return f"{UNITS[h]} hundred and {two(r)}"
    return f"{UNITS[h]} {two(r)}"


def say_letter(ch, rng, mode=None):
    ch = ch.lower()
    mode = mode or rng.choice(["plain", "plain", "nato", "for"])
    if mode == "plain":
        return ch
    if mode == "nato":
        return NATO[ch]
    if mode == "casual" and ch in CASUAL:
        return ch + " for " + CASUAL[ch]
    return ch + rng.choice([" for ", " as in "]) + NATO[ch]


def no_o(s):
    """Within alphanumeric values a bare 'o' would be ambiguous: use 'oh'."""
    return re.sub(r"\bo\b", "oh", s)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------

def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(str(rng.randrange(10))
                            for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "visa", "mc", "mc", "amex",
                                 "disc", "visa13", "visa19", "mc2"])
    if brand == "visa":
        return luhn_complete("4" + str(rng.randrange(10)), 16, rng), brand
    if brand == "visa13":
        return luhn_complete("4", 13, rng), brand
    if brand == "visa19":
        return luhn_complete("4" + str(rng.randrange(10)), 19, rng), brand
    if brand == "mc":
        return luhn_complete(str(rng.randint(51, 55)), 16, rng), brand
    if brand == "mc2":
        return luhn_complete(str(rng.randint(2221, 2720)), 16, rng), brand
    if brand == "amex":
        return luhn_complete(rng.choice(["34", "37"]), 15, rng), brand
    return luhn_complete("6011", 16, rng), brand


BRAND_NAME = {"visa": "visa 16-digit", "visa13": "visa 13-digit",
              "visa19": "visa 19-digit", "mc": "mastercard 51-55",
              "mc2": "mastercard 2-series", "amex": "amex 15-digit",
              "disc": "discover 6011"}


def card_groups(num):
    if len(num) == 15:
        return [4, 6, 5]
    if len(num) == 13:
        return [4, 3, 3, 3]
    return [4] * (len(num) // 4) + ([len(num) % 4] if len(num) % 4 else [])


def type_card(num, rng):
    style = rng.choice(["space", "space", "dash", "none", "dot", "dspace"])
    g = card_groups(num)
    if style == "space":
        return group(num, g, " ")
    if style == "dash":
        return group(num, g, "-")
    if style == "dot":
        return group(num, g, ".")
    if style == "dspace":
        return group(num, g, "  ")
    return num


def gen_cvv(rng, n=3):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        return f"{a:03d}{g:02d}{s:04d}"


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST.replace("O", "")) + rng.choice(NI_SECOND)
        if p in NI_BAD:
            continue
        return p + "".join(str(rng.randrange(10)) for _ in range(6)) + \
            rng.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", iban):
        return False
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "ES": 24, "NL": 18,
            "IT": 27, "BE": 16}
BANK_CODES = {"GB": ["NWBK", "BARC", "LOYD", "MIDL", "HBUK"],
              "IE": ["AIBK", "BOFI", "IPBS"],
              "NL": ["ABNA", "INGB", "RABO"]}


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def gen_iban(rng, country=None):
    country = country or rng.choice(["GB", "GB", "IE", "IE", "DE", "FR",
                                     "ES", "NL", "IT", "BE"])
    if country in ("GB", "IE"):
        bban = rng.choice(BANK_CODES[country]) + digits(rng, 14)
    elif country == "NL":
        bban = rng.choice(BANK_CODES["NL"]) + digits(rng, 10)
    elif country == "DE":
        bban = digits(rng, 18)
    elif country == "FR":
        bban = digits(rng, 23)
    elif country == "ES":
        bban = digits(rng, 20)
    elif country == "IT":
        bban = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 22)
    else:
        bban = digits(rng, 12)
    iban = country + iban_check(country, bban) + bban
    assert len(iban) == IBAN_LEN[country] and iban_ok(iban)
    return iban


UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}$")
US_ZIP_RE = re.compile(r"^\d{5}(-\d{4})?$")
PC_AREAS = ["SW", "SE", "NW", "N", "E", "W", "EC", "WC", "M", "B", "L",
            "LS", "BS", "CF", "EH", "G", "NE", "S", "NG", "CB", "BT", "RG",
            "GU", "BN", "PL", "EX", "DH", "HU", "YO", "KT", "CR", "TW"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc(rng):
    area = rng.choice(PC_AREAS)
    shape = rng.choice(["d", "dd", "d", "dl"]) if area not in ("SW", "EC",
                                                                 "WC") \
        else rng.choice(["d", "dl"])
    dist = str(rng.randint(1, 9))
    if shape == "dd":
        dist += str(rng.randrange(10))
    elif shape == "dl":
        dist += rng.choice("ABEHMNPRVWXY")
    inward = str(rng.randrange(10)) + rng.choice(INWARD) + rng.choice(INWARD)
    pc = area + dist + " " + inward
    assert UK_PC_RE.match(pc), pc
    return pc


def gen_zip(rng, plus4=False):
    z = f"{rng.randint(1001, 99950):05d}"
    if plus4:
        z += "-" + digits(rng, 4)
    return z


def gen_phone(rng, kind):
    """Returns (canonical display, digits, kind)."""
    if kind == "uk_mob":
        d = "07" + rng.choice(["700", "711", "723", "748", "795", "812",
                               "903", "956"]) + digits(rng, 6)
    elif kind == "uk_land":
        d = rng.choice(["020", "0161", "0113", "0117", "0131", "0141",
                        "01632", "0121"])
        d += digits(rng, 11 - len(d))
    elif kind == "uk_intl":
        d = "447" + rng.choice(["700", "723", "812", "956"]) + digits(rng, 6)
    elif kind == "us":
        d = str(rng.choice([212, 312, 415, 617, 503, 713, 305, 404, 206,
                            720])) + str(rng.randint(200, 989)) + \
            digits(rng, 4)
    elif kind == "us1":
        d = "1" + str(rng.choice([212, 646, 310, 408, 512, 919])) + \
            str(rng.randint(200, 989)) + digits(rng, 4)
    elif kind == "ie":
        d = "08" + rng.choice("35679") + digits(rng, 7)
    elif kind == "ie_intl":
        d = "3538" + rng.choice("35679") + digits(rng, 7)
    elif kind == "de_intl":
        d = "49" + "1" + rng.choice(["51", "60", "70", "76"]) + \
            digits(rng, 8)
    else:
        raise ValueError(kind)
    return d


def phone_ok(d):
    if d.startswith("07") or d.startswith("01") or d.startswith("02"):
        return len(d) == 11
    if d.startswith("447"):
        return len(d) == 12
    if d.startswith("3538"):
        return len(d) == 12
    if d.startswith("08"):
        return len(d) == 10
    if d.startswith("49"):
        return 12 <= len(d) <= 13
    if d.startswith("1"):
        return len(d) == 11
    return len(d) == 10 and d[0] in "23456789"


def type_phone(d, rng):
    if d.startswith("447"):
        return rng.choice(["+44 " + d[2:6] + " " + d[6:],
                           "+44" + d[2:],
                           "+44 (0)" + d[2:6] + " " + d[6:9] + " " + d[9:],
                           "0044 " + d[2:6] + " " + d[6:]])
    if d.startswith("3538"):
        return rng.choice(["+353 " + d[3:5] + " " + d[5:8] + " " + d[8:],
                           "+353" + d[3:]])
    if d.startswith("49"):
        return "+49 " + d[2:5] + " " + d[5:]
    if d.startswith("07"):
        return rng.choice([d[:5] + " " + d[5:], d, d[:5] + "-" + d[5:8] +
                           "-" + d[8:], d[:5] + " " + d[5:8] + " " + d[8:]])
    if d.startswith("08"):
        return rng.choice([d[:3] + " " + d[3:6] + " " + d[6:], d,
                           d[:3] + "-" + d[3:]])
    if d.startswith("0"):
        k = 3 if d.startswith("02") else (5 if d.startswith("016") else 4)
        return rng.choice([d[:k] + " " + d[k:], d])
    if d.startswith("1") and len(d) == 11:
        return rng.choice(["1-" + d[1:4] + "-" + d[4:7] + "-" + d[7:],
                           "+1 (" + d[1:4] + ") " + d[4:7] + "-" + d[7:],
                           "+1 " + d[1:4] + " " + d[4:7] + " " + d[7:]])
    return rng.choice(["(" + d[:3] + ") " + d[3:6] + "-" + d[6:],
                       d[:3] + "-" + d[3:6] + "-" + d[6:],
                       d[:3] + "." + d[3:6] + "." + d[6:], d])


def say_phone(d, rng):
    uk = not (d.startswith("1") or (len(d) == 10 and not d.startswith("0")))
    lead = ""
    rest = d
    if d.startswith("447"):
        lead = rng.choice(["plus four four ", "double oh four four ",
                           "plus forty four "])
        rest = d[2:]
    elif d.startswith("3538"):
        lead = rng.choice(["plus three five three ",
                           "double oh three five three "])
        rest = d[3:]
    elif d.startswith("49"):
        lead = "plus four nine "
        rest = d[2:]
    elif d.startswith("1") and len(d) == 11:
        lead = rng.choice(["one ", "plus one "])
        rest = d[1:]
    style = rng.choice(["digits", "digits", "mixed", "groups"])
    if style == "digits":
        body = say_digits(rest, rng, uk)
    elif style == "mixed":
        # prefix digit by digit, the tail as pairs ("oh seven seven double
        # oh ... forty one eleven")
        k = 5 if len(rest) == 11 else (6 if len(rest) == 10 else 4)
        body = say_digits(rest[:k], rng, uk) + " " + say_pairs(rest[k:], rng,
                                                                uk)
    else:
        if len(rest) == 11:
            g = [rest[:5], rest[5:8], rest[8:]]
        elif len(rest) == 10:
            g = [rest[:3], rest[3:6], rest[6:]]
        else:
            g = [rest[:4], rest[4:]]
        body = " ".join(say_digits(x, rng, uk, runs=False) for x in g)
    return lead + body


FIRST = ["john", "sarah", "mike", "emma", "liam", "aoife", "priya", "tom",
         "claire", "david", "niamh", "raj", "lucy", "marco", "anna",
         "kevin", "sophie", "daniel", "fatima", "owen", "grace", "sean"]
LAST = ["smith", "jones", "murphy", "patel", "kelly", "brown", "walsh",
        "taylor", "obrien", "nguyen", "garcia", "evans", "byrne", "khan",
        "wilson", "martin", "doyle", "hughes", "rossi", "schmidt"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com",
           "icloud.com", "eircom.net", "btinternet.com", "aol.com",
           "hotmail.com", "live.ie", "gmx.de", "web.de", "protonmail.com"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.choice(["f.l", "fl", "f_l", "fl99", "f.l9", "il", "l.f",
                        "f-l"])
    if style == "f.l":
        local = f + "." + l
    elif style == "fl":
        local = f + l
    elif style == "f_l":
        local = f + "_" + l
    elif style == "fl99":
        local = f + l + str(rng.randint(10, 99))
    elif style == "f.l9":
        local = f + "." + l + str(rng.randint(1, 9))
    elif style == "il":
        local = f[0] + l
    elif style == "l.f":
        local = l + "." + f
    else:
        local = f + "-" + l
    return local + "@" + rng.choice(DOMAINS)


def say_email(e, rng, spell_local=False):
    local, dom = e.split("@")
    out = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", local):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append(rng.choice(["dash", "hyphen"]))
        elif tok.isdigit():
            if len(tok) == 2 and rng.random() < 0.7:
                out.append(two(int(tok)))
            else:
                out.append(say_digits(tok, rng, runs=False))
        elif spell_local and len(tok) > 1:
            out.append(" ".join(tok))
        else:
            for fn in FIRST:
                if tok.startswith(fn) and tok[len(fn):] in LAST:
                    tok = fn + " " + tok[len(fn):]
                    break
            out.append(tok)
    out.append("at")
    for k, part in enumerate(dom.split(".")):
        if k:
            out.append("dot")
        out.append(part)
    return " ".join(out)


STREETS = ["maple", "church", "station", "high", "mill", "park", "oak",
           "victoria", "king", "queen", "elm", "cedar", "willow", "north",
           "bridge", "grove", "orchard", "hillside", "lake", "washington",
           "sunset", "pine", "river", "main", "abbey", "castle", "meadow"]
SUFFIX_UK = ["road", "street", "lane", "avenue", "close", "drive",
             "crescent", "gardens", "way", "terrace", "place"]
SUFFIX_US = ["street", "avenue", "boulevard", "drive", "road", "lane",
             "court", "way", "place"]
SUFFIX_WORDS = set(SUFFIX_UK + SUFFIX_US + ["st", "rd", "ave", "blvd", "dr",
                                             "ln", "ct", "pl"])


def gen_address(rng, us=False, spoken=False):
    """Returns (surface, canonical dict)."""
    num = rng.choice([rng.randint(1, 99), rng.randint(1, 99),
                      rng.randint(100, 2999)])
    street = rng.choice(STREETS)
    suf = rng.choice(SUFFIX_US if us else SUFFIX_UK)
    flat = None
    if rng.random() < 0.3:
        flat = (rng.choice(["apartment", "apt", "unit"]) if us else
                rng.choice(["flat", "flat", "apartment"]),
                str(rng.randint(1, 40)) + rng.choice(["", "", "b", "a"]))
    if spoken:
        if num >= 100 and rng.random() < 0.5:
            n = say_pairs(str(num), rng) if len(str(num)) == 4 else \
                UNITS[num // 100] + " " + (two(num % 100) if num % 100 >= 10
                                           else "oh " + UNITS[num % 100]
                                           if num % 100 else "hundred")
        elif num >= 100:
            n = say_digits(str(num), rng, runs=False)
        else:
            n = two(num)
        s = n + " " + street + " " + suf
        if flat:
            fl = flat[0].replace("apt", "apartment") + " " + \
                (two(int(re.sub(r"\D", "", flat[1]))) +
                 ((" " + flat[1][-1]) if flat[1][-1].isalpha() else ""))
            s = (fl + " " + s) if rng.random() < 0.5 else (s + " " + fl)
    else:
        sfx = suf.capitalize()
        if rng.random() < 0.3:
            sfx = {"street": "St", "road": "Rd", "avenue": "Ave",
                   "boulevard": "Blvd", "drive": "Dr", "lane": "Ln",
                   "court": "Ct", "place": "Pl"}.get(suf, sfx)
        s = f"{num} {street.capitalize()} {sfx}"
        if flat:
            if us:
                s = s + f" {flat[0].capitalize()} {flat[1].upper()}"
            else:
                s = f"Flat {flat[1].upper()}, " + s
        if rng.random() < 0.25:
            s = s.lower()
    return s, {"num": num}


def gen_dob(rng):
    y = rng.randint(1938, 2006)
    m = rng.randint(1, 12)
    dmax = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
            31][m - 1]
    d = rng.randint(1, dmax)
    return (d, m, y)


def say_date(dmy, rng, us=False):
    d, m, y = dmy
    style = rng.choice(["the_of", "month_the", "numeric", "month_day",
                        "short_year"])
    if us and style == "the_of":
        style = "month_day"
    if style == "the_of":
        return f"the {ordinal(d)} of {MONTHS[m - 1]} {say_year(y)}"
    if style == "month_the":
        return f"{MONTHS[m - 1]} the {ordinal(d)} {say_year(y)}"
    if style == "month_day":
        return f"{MONTHS[m - 1]} {ordinal(d) if rng.random() < 0.5 else two(d)} {say_year(y)}"
    if style == "short_year":
        return f"{ordinal(d)} {MONTHS[m - 1]} {two(y % 100) if y % 100 >= 10 else 'oh ' + UNITS[y % 10]}"
    # numeric spoken: oh three oh four eighty six
    a, b = (m, d) if us else (d, m)
    sa = (zero_word(rng) + " " + UNITS[a]) if a < 10 else two(a)
    sb = (zero_word(rng) + " " + UNITS[b]) if b < 10 else two(b)
    return f"{sa} {sb} {say_year(y)}"


def type_date(dmy, rng, us=False):
    d, m, y = dmy
    style = rng.choice(["slash", "slash", "dash", "text", "short"] if us else
                       ["slash", "slash", "dash", "dot", "text", "iso",
                        "short"])
    if style == "slash":
        return f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}"
    if style == "dash":
        return f"{m}-{d}-{y}" if us else f"{d}-{m}-{y}"
    if style == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "text":
        return (f"{MON3[m - 1]} {d}, {y}" if us else
                f"{d} {MONTHS[m - 1].capitalize()} {y}")
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    return f"{m}/{d}/{y % 100:02d}" if us else f"{d}/{m}/{y % 100:02d}"


def gen_expiry(rng):
    return (rng.randint(1, 12), rng.randint(2026, 2033))


def type_expiry(my, rng):
    m, y = my
    return rng.choice([f"{m:02d}/{y % 100:02d}", f"{m:02d}/{y % 100:02d}",
                       f"{m:02d}-{y}", f"{m:02d} / {y % 100:02d}",
                       f"{m:02d}{y % 100:02d}", f"{m}/{y}"])


def say_expiry(my, rng):
    m, y = my
    yy = y % 100
    ys = rng.choice([two(yy), say_year(y), two(yy)])
    style = rng.choice(["num", "num", "name", "slash"])
    ms = (zero_word(rng) + " " + UNITS[m]) if m < 10 else two(m)
    if style == "num":
        return f"{ms} {ys}"
    if style == "slash":
        return f"{ms} slash {ys}"
    return f"{MONTHS[m - 1]} {ys}"


# ---------------------------------------------------------------------------
# spoken form normalisation (used by --check)
# ---------------------------------------------------------------------------

W2D = {w: str(i) for i, w in enumerate(UNITS)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
HOMO = {"for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"}
TEEN2 = {w: 10 + i for i, w in enumerate(TEENS)}
TENS2 = {w: 10 * i for i, w in enumerate(TENS) if w}
ORD2 = {v: k for k, v in ORD.items()}
FILLER = {"um", "uh", "er", "erm", "ah", "and", "slash", "dash", "hyphen",
          "the", "of", "sorry", "so", "like", "then", "space"}


def _num_at(toks, i):
    """Parse a 0..99 number word group at toks[i]; returns (value, next)."""
    t = toks[i] if i < len(toks) else None
    if t in TEEN2:
        return TEEN2[t], i + 1
    if t in TENS2:
        v = TENS2[t]
        if i + 1 < len(toks) and toks[i + 1] in W2D and \
                toks[i + 1] not in ("oh", "o", "nought", "nil", "zero"):
            return v + int(W2D[toks[i + 1]]), i + 2
        if i + 1 < len(toks) and toks[i + 1] in ORD2 and ORD2[toks[i + 1]] < 10:
            return v + ORD2[toks[i + 1]], i + 2
        return v, i + 1
    if t in W2D and t not in ("oh", "o", "nought", "nil"):
        return int(W2D[t]), i + 1
    return None, i


def _spoken_digits(text, homophones=True, ordinals=True, months=False):
    """Normalise a spoken or typed number reading to a digit string."""
    toks = re.findall(r"[a-z]+|\d+", text.lower().replace("x-ray", "xray"))
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
            i += 1
        elif t in ("double", "triple") and i + 1 < len(toks) and \
                toks[i + 1] in W2D:
            out.append(W2D[toks[i + 1]] * (2 if t == "double" else 3))
            i += 2
        elif t in W2D:
            # "two thousand and five" / "four hundred"
            if i + 1 < len(toks) and toks[i + 1] in ("thousand", "hundred"):
                mult = 1000 if toks[i + 1] == "thousand" else 100
                v = int(W2D[t]) * mult
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                n, j2 = _num_at(toks, j)
                if n is not None:
                    v += n
                    j = j2
                out.append(str(v))
                i = j
            else:
                out.append(W2D[t])
                i += 1
        elif t in TEEN2 or t in TENS2:
            n, j = _num_at(toks, i)
            if j < len(toks) and toks[j] == "hundred":
                out.append(str(n * 100))
                i = j + 1
            else:
                out.append(str(n))
                i = j
        elif ordinals and t in ORD2:
            out.append(str(ORD2[t]))
            i += 1
        elif months and t in MONTHS:
            out.append(str(MONTHS.index(t) + 1))
            i += 1
        elif months and t.capitalize() in MON3:
            out.append(str(MON3.index(t.capitalize()) + 1))
            i += 1
        elif homophones and t in HOMO:
            out.append(HOMO[t])
            i += 1
        elif t in ("plus", "hundred", "thousand", "st", "nd", "rd",
                   "th") or t in FILLER:
            i += 1
        else:
            raise ValueError(f"unexpected token {t!r} in {text!r}")
    return "".join(out)


def _spoken_alnum(text):
    """Normalise a spoken/typed alphanumeric (NI, IBAN, postcode)."""
    toks = re.findall(r"[a-z]+|\d+", text.lower().replace("x-ray", "xray"))
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
            i += 1
        elif len(t) == 1 and i + 2 < len(toks) and \
                toks[i + 1] in ("for", "as"):
            j = i + 2
            if toks[i + 1] == "as" and toks[j] == "in":
                j += 1
            out.append(t.upper())
            i = j + 1
        elif t in ("double", "triple") and i + 1 < len(toks):
            n = 2 if t == "double" else 3
            nxt = toks[i + 1]
            out.append((W2D[nxt] if nxt in W2D and nxt != "o" else
                        nxt.upper()) * n)
            i += 2
        elif t in NATO_REV:
            out.append(NATO_REV[t].upper())
            i += 1
        elif t in ("oh", "zero", "nought"):
            out.append("0")
            i += 1
        elif len(t) == 1:
            out.append(t.upper())
            i += 1
        elif t in W2D or t in TEEN2 or t in TENS2:
            n, j = _num_at(toks, i)
            if t in W2D:
                out.append(W2D[t])
                i += 1
            else:
                out.append(str(n))
                i = j
        elif re.fullmatch(r"[a-z]{2}\d*", t) or re.fullmatch(r"[a-z]+", t):
            # typed chunk like "gb29" / "nwbk" / "sw1a"
            if t in FILLER:
                i += 1
                continue
            out.append(t.upper())
            i += 1
        else:
            raise ValueError(f"unexpected token {t!r} in {text!r}")
    return "".join(out)


def _spoken_email(text):
    toks = re.findall(r"[a-z]+|\d+|[@._\-+]", text.lower())
    if "@" in toks:
        return "".join(toks)
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
        elif t in TEEN2 or t in TENS2:
            n, j = _num_at(toks, i)
            out.append(str(n))
            i = j
            continue
        elif t in W2D and t not in ("o",):
            out.append(W2D[t])
        else:
            out.append(t)
        i += 1
    return "".join(out)


def date_candidates(d, m, y, with_day=True):
    ds = {str(d), f"{d:02d}"}
    ms = {str(m), f"{m:02d}"}
    ys = {str(y), f"{y % 100:02d}"}
    c = set()
    for a in ds:
        for b in ms:
            for yy in ys:
                c |= {a + b + yy, b + a + yy, yy + b + a}
    return c


def validate_group(val, surfs):
    """Return an error string or None.  surfs: the pieces, in order."""
    t, canon = val.typ, val.canon
    surface = " ".join(surfs)

    def spoken_digits(_s, **kw):  # noqa: F811 - per piece, then joined
        return "".join(_spoken_digits(x, **kw) for x in surfs)

    def spoken_alnum(_s):  # noqa: F811
        return "".join(_spoken_alnum(x) for x in surfs)

    def spoken_email(_s):  # noqa: F811
        return "".join(_spoken_email(x) for x in surfs)

    try:
        if t == "CARD_NUMBER":
            if not (13 <= len(canon) <= 19 and luhn_ok(canon)):
                return "card not luhn"
            got = spoken_digits(surface)
            return None if got == canon else f"card {got} != {canon}"
        if t in ("CVV", "SSN", "SORT_CODE", "BANK_ACCOUNT", "PHONE"):
            n = len(canon)
            if t == "CVV" and n not in (3, 4):
                return "cvv length"
            if t == "SSN":
                if n != 9 or canon[:3] in ("000", "666") or \
                        canon[0] == "9" or canon[3:5] == "00" or \
                        canon[5:] == "0000":
                    return "bad ssn"
            if t == "SORT_CODE" and n != 6:
                return "sort code length"
            if t == "BANK_ACCOUNT" and not 8 <= n <= 12:
                return "account length"
            if t == "PHONE" and not phone_ok(canon):
                return "phone shape"
            got = spoken_digits(surface)
            if t == "PHONE":
                # "(0)" trunk prefix in +44 (0)7... displays
                got2 = got.replace("440", "44", 1) if got.startswith("440") \
                    else got
                got3 = got2[2:] if got2.startswith("00") else got2
                return None if canon in (got, got2, got3) else \
                    f"phone {got} != {canon}"
            return None if got == canon else f"{t} {got} != {canon}"
        if t == "NI_NUMBER":
            if not NI_RE.match(canon) or canon[:2] in NI_BAD:
                return "bad NI"
            got = spoken_alnum(surface)
            return None if got == canon else f"NI {got} != {canon}"
        if t == "IBAN":
            if not iban_ok(canon) or len(canon) != IBAN_LEN[canon[:2]]:
                return "bad iban"
            got = spoken_alnum(surface)
            return None if got == canon else f"IBAN {got} != {canon}"
        if t == "POSTCODE":
            if not (UK_PC_RE.match(canon) or US_ZIP_RE.match(canon)):
                return "bad postcode"
            if US_ZIP_RE.match(canon):
                got = spoken_digits(surface)
                return None if got == canon.replace("-", "") else \
                    f"zip {got} != {canon}"
            got = spoken_alnum(surface)
            return None if got == canon.replace(" ", "") else \
                f"pc {got} != {canon}"
        if t == "EMAIL":
            if not re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z]+)+",
                                canon):
                return "bad email"
            got = spoken_email(surface)
            return None if got == canon else f"email {got} != {canon}"
        if t == "DOB":
            d, m, y = canon
            if not (1920 <= y <= 2008 and 1 <= m <= 12 and 1 <= d <= 31):
                return "bad dob"
            got = spoken_digits(surface, months=True)
            return None if got in date_candidates(d, m, y) else \
                f"dob {got} vs {canon}"
        if t == "EXPIRY":
            m, y = canon
            if not (1 <= m <= 12 and 2024 <= y <= 2036):
                return "bad expiry"
            got = spoken_digits(surface, months=True)
            cands = {a + b for a in (str(m), f"{m:02d}")
                     for b in (str(y), f"{y % 100:02d}")}
            return None if got in cands else f"expiry {got} vs {canon}"
        if t == "ADDRESS":
            words = set(re.findall(r"[a-z]+", surface.lower()))
            if not words & SUFFIX_WORDS:
                return "address without street type"
            if not re.search(r"\d", spoken_digits_loose(surface)):
                return "address without number"
            return None
    except ValueError as exc:
        return str(exc)
    return "unknown type"


def spoken_digits_loose(text):
    out = []
    for t in re.findall(r"[a-z]+|\d+", text.lower()):
        if t.isdigit():
            out.append(t)
        elif t in W2D or t in TEEN2 or t in TENS2:
            out.append("1")
    return "".join(out)


# ---------------------------------------------------------------------------
# shared snippets
# ---------------------------------------------------------------------------

BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "got that",
        "yeah", "okay and then", "go ahead", "mm hm", "perfect keep going"]
FILL = ["um", "uh", "er", "erm"]


def back(rng):
    return rng.choice(BACK)


def fill(rng):
    return rng.choice(FILL)


def split_even(s, parts):
    k = len(s) // parts
    out, i = [], 0
    for p in range(parts):
        j = len(s) if p == parts - 1 else i + k
        out.append(s[i:j])
        i = j
    return out


# ---------------------------------------------------------------------------
# positive templates — each takes (rng) and returns a Case
# ---------------------------------------------------------------------------

POS = []


def pos(fn):
    POS.append(fn)
    return fn


@pos
def p_card_call_one_turn(rng):
    num, brand = gen_card(rng)
    v = Val("CARD_NUMBER", num)
    ind = rng.choice(["telecom", "utilities", "retail", "insurance"])
    c = Case("positive", f"call/{ind}: {BRAND_NAME[brand]} card read digit by digit in "
             "one turn with double/triple runs")
    c.a(rng.choice(["and what's the long number across the front of the card",
                    "can i take the card number please",
                    "okay when you're ready the sixteen digits on the card"]))
    c.c(rng.choice(["yeah it's ", "okay so ", "right ", ""]),
        (say_digits(num, rng, homophones=rng.random() < 0.3), v),
        rng.choice(["", " did you get that", " thanks"]))
    return c


@pos
def p_card_call_split(rng):
    num, brand = gen_card(rng, rng.choice(["visa", "mc", "disc", "mc2"]))
    v = Val("CARD_NUMBER", num)
    c = Case("positive", f"call/{rng.choice(['banking', 'travel', 'retail'])}"
             f": {BRAND_NAME[brand]} card split over four customer turns with "
             "back-channels and fillers")
    c.a("go ahead with the card number whenever you're ready")
    parts = split_even(num, 4)
    for k, p in enumerate(parts):
        lead = rng.choice(["", "", fill(rng) + " ", "okay "])
        if rng.random() < 0.3:
            s = say_pairs(p, rng)
        else:
            s = say_digits(p, rng)
        tail = rng.choice(["", "", " " + fill(rng)])
        c.c(lead, (s, v), tail)
        if k < 3:
            c.a(back(rng) if k != 2 else rng.choice(["and the last four",
                                                     back(rng)]))
    return c


@pos
def p_card_chat(rng):
    num, brand = gen_card(rng)
    v = Val("CARD_NUMBER", num)
    order = str(rng.randint(1000000, 9999999))
    c = Case("positive", f"chat/retail: {BRAND_NAME[brand]} card typed mid-message next "
             "to an order number (unlabelled)")
    c.a("Thanks for waiting! To settle the outstanding amount I'll need the "
        "card details.")
    c.c(rng.choice(["hi its for order #", "Order no. ", "re order "]) + order
        + rng.choice([", card is ", " - my card num: ", ". card number "]),
        (type_card(num, rng), v),
        rng.choice(["", " thx", " . can u do it today pls", "!!"]))
    return c


@pos
def p_card_exp_cvv_call(rng):
    num, brand = gen_card(rng, rng.choice(["visa", "mc", "amex"]))
    my = gen_expiry(rng)
    cv = gen_cvv(rng, 4 if brand == "amex" else 3)
    vc, ve, vv = Val("CARD_NUMBER", num), Val("EXPIRY", my), Val("CVV", cv)
    amt = rng.randint(20, 400)
    c = Case("positive", f"call/telecom: {BRAND_NAME[brand]} card, expiry and security "
             "code in sequence, with a payment amount (unlabelled)")
    c.a(f"okay so that's {say_amount(amt, rng)}"
        " pounds today can i take the card number")
    c.c((say_mixed(num, rng), vc))
    c.a("thank you and the expiry date")
    c.c(rng.choice(["it's ", "expires ", ""]), (say_expiry(my, rng), ve))
    c.a("and the " + ("four digits on the front" if brand == "amex" else
                      "three digit security code on the back"))
    c.c(rng.choice(["", "it's ", fill(rng) + " "]),
        (say_digits(cv, rng, runs=False), vv))
    return c


@pos
def p_card_correction(rng):
    num, brand = gen_card(rng, "visa")
    v = Val("CARD_NUMBER", num)
    c = Case("positive", "call/utilities: card read in two halves with a "
             "self-correction; wrong fragment left unlabelled")
    first, second = num[:8], num[8:]
    wrong = second[:3] + str((int(second[3]) + 3) % 10)
    c.a("can you read me the card number please")
    c.c((say_digits(first, rng), v))
    c.a(back(rng))
    c.c(say_digits(wrong, rng, runs=False) + " no sorry hang on ",
        (say_digits(second, rng), v))
    c.a("okay let me read that back ",
        (say_digits(num, rng, runs=False), Val("CARD_NUMBER", num)))
    c.c("yep that's it")
    return c


@pos
def p_card_readback(rng):
    num, brand = gen_card(rng, rng.choice(["visa", "mc"]))
    v = Val("CARD_NUMBER", num)
    v2 = Val("CARD_NUMBER", num)
    c = Case("positive", "call/insurance: card given then read back in full "
             "by the agent in groups of four")
    c.a("what's the card number")
    c.c((say_digits(num, rng), v))
    groups = [num[i:i + 4] for i in range(0, 16, 4)]
    c.a("let me just read that back ",
        (", ".join(say_digits(g, rng, runs=False) for g in groups)
         .replace(",", ""), v2), " is that right")
    c.c("yes that's correct")
    return c


@pos
def p_amex_groups(rng):
    num, _ = gen_card(rng, "amex")
    v = Val("CARD_NUMBER", num)
    cv = Val("CVV", gen_cvv(rng, 4))
    c = Case("positive", "call/travel: amex read 4-6-5 in three turns, four "
             "digit code read as pairs")
    c.a("and the card number for the booking")
    g = [num[:4], num[4:10], num[10:]]
    c.c("it's an amex ", (say_digits(g[0], rng), v))
    c.a(back(rng))
    c.c((say_mixed(g[1], rng), v))
    c.a(back(rng))
    c.c((say_digits(g[2], rng), v), " and that's it")
    c.a("and the four digit code above the number")
    c.c((say_pairs(cv.canon, rng), cv))
    return c


@pos
def p_card_chat_multi(rng):
    num, brand = gen_card(rng, rng.choice(["visa", "mc", "disc"]))
    my = gen_expiry(rng)
    cv = gen_cvv(rng)
    c = Case("positive", "chat/retail: card, expiry and cvv typed on "
             "separate lines of one message with labels and typos")
    c.a("Please provide the card number, expiry and CVV to complete the "
        "payment of £" + f"{rng.randint(10, 300)}.{rng.randint(0, 99):02d}")
    c.c(rng.choice(["card: ", "Card no - ", "crad number "]),
        (type_card(num, rng), Val("CARD_NUMBER", num)),
        rng.choice(["\nexp: ", " exp ", "\nexpiry date "]),
        (type_expiry(my, rng), Val("EXPIRY", my)),
        rng.choice(["\ncvv: ", " cvc ", "\nsecurity code "]),
        (cv, Val("CVV", cv)))
    return c


@pos
def p_ssn_chat(rng):
    s = gen_ssn(rng)
    v = Val("SSN", s)
    fmt = rng.choice([f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}",
                      s, f"{s[:3]}.{s[3:5]}.{s[5:]}",
                      f"{s[:3]}-{s[3:5]}-{s[5:]}"])
    ind = rng.choice(["banking", "insurance", "government services",
                      "healthcare billing"])
    c = Case("positive", f"chat/{ind}: US SSN typed in a sentence")
    c.a("For verification could you confirm your Social Security number?")
    c.c(rng.choice(["sure its ", "SSN: ", "ok my social is ",
                    "my ssn is "]), (fmt, v),
        rng.choice(["", ".", " - is that all u need?", " thanks"]))
    return c


@pos
def p_ssn_call(rng):
    s = gen_ssn(rng)
    v = Val("SSN", s)
    style = rng.choice(["digits", "grouped", "mixed"])
    if style == "digits":
        sp = say_digits(s, rng, uk=False)
    elif style == "grouped":
        sp = " ".join(say_digits(x, rng, uk=False, runs=False)
                      for x in (s[:3], s[3:5], s[5:]))
    else:
        sp = say_digits(s[:3], rng, uk=False) + " " + \
            say_pairs(s[3:5], rng, uk=False) + " " + \
            say_pairs(s[5:], rng, uk=False)
    c = Case("positive", f"call/{rng.choice(['banking', 'healthcare billing', 'insurance'])}"
             f": SSN spoken in one turn ({style})")
    c.a("and can i get your social security number please")
    c.c(rng.choice(["yeah it's ", "sure ", fill(rng) + " ", ""]), (sp, v))
    return c


@pos
def p_ssn_split(rng):
    s = gen_ssn(rng)
    v = Val("SSN", s)
    c = Case("positive", "call/government services: SSN split 3-2-4 across "
             "three turns with agent prompts")
    c.a("i'll need your social to pull up the file")
    c.c("okay the first three are ", (say_digits(s[:3], rng, uk=False), v))
    c.a(back(rng))
    c.c((say_digits(s[3:5], rng, uk=False, runs=False), v))
    c.a(rng.choice(["and the last four", "mhm and then"]))
    c.c((say_digits(s[5:], rng, uk=False), v))
    return c


@pos
def p_ssn_readback(rng):
    s = gen_ssn(rng)
    v, v2 = Val("SSN", s), Val("SSN", s)
    c = Case("positive", "call/banking: SSN given with filler, agent reads it "
             "back in groups; balance mentioned (unlabelled)")
    bal = rng.randint(1000, 9000)
    c.a("to verify the account i need your social security number")
    sp = " ".join([say_digits(s[:3], rng, uk=False), fill(rng),
                   say_digits(s[3:], rng, uk=False)])
    c.c((sp, v))
    c.a("thank you so i have ", (say_digits(s[:3], rng, uk=False, runs=False)
                                 + " " + say_digits(s[3:5], rng, uk=False,
                                                    runs=False)
                                 + " " + say_digits(s[5:], rng, uk=False,
                                                    runs=False), v2),
        f" and i can see a balance of {two(bal // 1000)} thousand "
        f"{UNITS[bal // 100 % 10]} hundred dollars")
    return c


@pos
def p_ssn_with_dob_us(rng):
    s = gen_ssn(rng)
    dob = gen_dob(rng)
    c = Case("positive", "chat/healthcare billing: DOB and SSN typed together "
             "in one message, US date order")
    c.a("Can you confirm the patient's date of birth and SSN?")
    c.c("dob ", (type_date(dob, rng, us=True), Val("DOB", dob)),
        rng.choice([" and ssn ", ", social ", " / SSN# "]),
        (f"{s[:3]}-{s[3:5]}-{s[5:]}" if rng.random() < 0.6 else s,
         Val("SSN", s)))
    return c


@pos
def p_ni_call_nato(rng):
    ni = gen_ni(rng)
    v = Val("NI_NUMBER", ni)
    mode = rng.choice(["nato", "for", "plain", "casual"])
    letters = " ".join(say_letter(ch, rng, mode) for ch in ni[:2])
    num = ni[2:8]
    nums = no_o(say_pairs(num, rng) if rng.random() < 0.5 else
                say_digits(num, rng, runs=False))
    suf = say_letter(ni[8], rng, mode)
    c = Case("positive", f"call/government services: NI number with letters "
             f"spelled ({mode}) and digits in one turn")
    c.a("can i take your national insurance number")
    c.c(rng.choice(["yeah it's ", "it is ", ""]), (f"{letters} {nums} {suf}",
                                                   v))
    return c


@pos
def p_ni_split(rng):
    ni = gen_ni(rng)
    v = Val("NI_NUMBER", ni)
    c = Case("positive", "call/banking: NI number split over three customer "
             "turns (letters, digits, suffix)")
    c.a("and your national insurance number please")
    c.c(fill(rng) + " ", (" ".join(say_letter(ch, rng, "plain")
                                  for ch in ni[:2]), v))
    c.a(back(rng))
    c.c((no_o(say_pairs(ni[2:8], rng)), v))
    c.a("and the letter at the end")
    c.c((say_letter(ni[8], rng, rng.choice(["for", "plain"])), v))
    return c


@pos
def p_ni_chat(rng):
    ni = gen_ni(rng)
    v = Val("NI_NUMBER", ni)
    fmt = rng.choice([f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}",
                      ni, ni.lower(), f"{ni[:2]}-{ni[2:4]}-{ni[4:6]}-"
                      f"{ni[6:8]}-{ni[8]}", f"{ni[:2]} {ni[2:8]} {ni[8]}",
                      f"{ni[:2].lower()} {ni[2:8]}{ni[8].lower()}"])
    c = Case("positive", "chat/government services: NI number typed in "
             "varied spacing and case")
    c.a("To update your record please confirm your National Insurance "
        "number.")
    c.c(rng.choice(["its ", "NI no: ", "nino ", "ok - "]), (fmt, v),
        rng.choice(["", " ty", ". Also when will my refund of £" +
                    f"{rng.randint(50, 900)} arrive?"]))
    return c


@pos
def p_ni_readback(rng):
    ni = gen_ni(rng)
    v, v2 = Val("NI_NUMBER", ni), Val("NI_NUMBER", ni)
    c = Case("positive", "call/insurance: NI number with digits as words, "
             "agent reads it back with phonetic letters")
    c.a("and finally the national insurance number")
    c.c((" ".join(ni[:2].lower()) + " " + no_o(say_digits(ni[2:8], rng)) + " " +
         ni[8].lower(), v))
    c.a("so that's ", (" ".join(say_letter(ch, rng, "for") for ch in ni[:2])
                       + " " + no_o(say_pairs(ni[2:8], rng)) + " " +
                       say_letter(ni[8], rng, "for"), v2), " correct")
    c.c("yes that's it")
    return c


@pos
def p_ni_with_dob_uk(rng):
    ni = gen_ni(rng)
    dob = gen_dob(rng)
    c = Case("positive", "call/government services: date of birth then NI "
             "number, each in its own turn")
    c.a("can you confirm your date of birth")
    c.c(rng.choice(["it's ", "yeah ", ""]), (say_date(dob, rng), Val("DOB", dob)))
    c.a("lovely and your national insurance number")
    c.c((" ".join(say_letter(ch, rng) for ch in ni[:2]) + " " +
         no_o(say_mixed(ni[2:8], rng)) + " " + say_letter(ni[8], rng),
         Val("NI_NUMBER", ni)))
    return c


@pos
def p_sort_acct_call(rng):
    sc = digits(rng, 6)
    acct = digits(rng, 8)
    c = Case("positive", "call/banking: UK sort code as pairs and 8-digit "
             "account number digit by digit")
    c.a("what's the sort code of the account")
    sc_s = say_pairs(sc, rng) if rng.random() < 0.6 else say_digits(sc, rng)
    c.c(rng.choice(["", "it's ", fill(rng) + " "]), (sc_s, Val("SORT_CODE", sc)))
    c.a("and the account number")
    c.c((say_digits(acct, rng), Val("BANK_ACCOUNT", acct)))
    return c


@pos
def p_sort_acct_chat(rng):
    sc = digits(rng, 6)
    acct = digits(rng, 8)
    scf = rng.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc,
                      f"{sc[:2]} {sc[2:4]} {sc[4:]}",
                      f"{sc[:2]}.{sc[2:4]}.{sc[4:]}"])
    c = Case("positive", "chat/utilities: direct debit set-up with sort code "
             "and account typed in one message")
    c.a("To set up the Direct Debit I need the sort code and account number.")
    c.c(rng.choice(["sort code ", "SC: ", "sortcode "]),
        (scf, Val("SORT_CODE", sc)),
        rng.choice([" acc ", ", account no ", " and acct number "]),
        (acct, Val("BANK_ACCOUNT", acct)))
    return c


@pos
def p_us_account(rng):
    acct = digits(rng, rng.choice([9, 10, 12]))
    c = Case("positive", "call/banking: US checking account number split in "
             "two turns, routing-free")
    c.a("what's the checking account number you want to link")
    h = len(acct) // 2
    c.c((say_digits(acct[:h], rng, uk=False), Val("BANK_ACCOUNT", acct)))
    v = c.pieces[-1][0]
    c.a(back(rng))
    c.c((say_digits(acct[h:], rng, uk=False), v))
    return c


@pos
def p_iban_chat(rng):
    iban = gen_iban(rng)
    v = Val("IBAN", iban)
    fmt = rng.choice([group(iban, [4] * 8, " "), iban, iban.lower(),
                      group(iban, [4] * 8, " ")])
    c = Case("positive", f"chat/travel: {iban[:2]} IBAN typed for a refund")
    c.a("We can refund the cancellation to a bank account. Please send the "
        "IBAN.")
    c.c(rng.choice(["IBAN: ", "here u go ", "my iban is "]), (fmt, v),
        rng.choice(["", " (account in my name)", " thanks"]))
    return c


@pos
def p_iban_call(rng):
    iban = gen_iban(rng, rng.choice(["GB", "IE", "DE", "NL"]))
    v = Val("IBAN", iban)
    c = Case("positive", f"call/banking: {iban[:2]} IBAN spelled over two "
             "turns with phonetic letters")
    c.a("can you read me the iban please")
    half = 8 if len(iban) > 16 else 6
    a = iban[:half]
    b = iban[half:]

    def sayal(s):
        out = []
        for ch in s:
            if ch.isalpha():
                out.append(say_letter(ch, rng, rng.choice(["plain", "for",
                                                           "nato"])))
            else:
                out.append(say_digit(ch, rng, zero=rng.choice(["zero",
                                                                "oh"])))
        return " ".join(out)
    c.c((sayal(a), v))
    c.a(back(rng))
    c.c((sayal(b), v))
    return c


@pos
def p_phone_call(rng):
    kind = rng.choice(["uk_mob", "uk_mob", "uk_land", "uk_intl", "us", "us1",
                       "ie", "ie_intl"])
    d = gen_phone(rng, kind)
    v = Val("PHONE", d)
    c = Case("positive", f"call/telecom: {kind} phone number spoken")
    c.a(rng.choice(["what's the best number to reach you on",
                    "and a contact number please",
                    "can i get a callback number"]))
    c.c(rng.choice(["", "it's ", "yeah ", fill(rng) + " "]),
        (say_phone(d, rng), v))
    return c


@pos
def p_phone_split(rng):
    d = gen_phone(rng, rng.choice(["uk_mob", "ie", "us"]))
    v = Val("PHONE", d)
    uk = not d[0] in "23456789"
    c = Case("positive", "call/utilities: phone number split over two turns "
             "with a back-channel")
    c.a("have you got a mobile number we can text")
    k = 5 if len(d) == 11 else 3
    c.c("yeah it's ", (say_digits(d[:k], rng, uk), v))
    c.a(back(rng))
    c.c((say_digits(d[k:], rng, uk), v), rng.choice(["", " that's my "
                                                     "mobile"]))
    return c


@pos
def p_phone_chat(rng):
    kind = rng.choice(["uk_mob", "uk_intl", "us", "us1", "ie", "ie_intl",
                       "de_intl", "uk_land"])
    d = gen_phone(rng, kind)
    v = Val("PHONE", d)
    c = Case("positive", f"chat/retail: {kind} phone typed for delivery "
             "contact; time mentioned (unlabelled)")
    c.a("Could you share a phone number the courier can call?")
    c.c(rng.choice(["ya ", "sure: ", "mob ", "call me on "]),
        (type_phone(d, rng), v),
        rng.choice([" after 5pm", " anytime before 18:30", "", " thx"]))
    return c


@pos
def p_email_call(rng):
    e = gen_email(rng)
    v = Val("EMAIL", e)
    c = Case("positive", "call/retail: email address spoken with 'dot' and "
             "'at'")
    c.a("and what email address should we send the receipt to")
    c.c(rng.choice(["it's ", "yeah so it's ", ""]),
        (say_email(e, rng, spell_local=rng.random() < 0.3), v))
    return c


@pos
def p_email_chat(rng):
    e = gen_email(rng)
    v = Val("EMAIL", e)
    surf = e if rng.random() < 0.7 else e.upper() if rng.random() < 0.3 \
        else e.capitalize()
    c = Case("positive", "chat/insurance: email typed inside a sentence with "
             "trailing punctuation")
    c.a("What's the best email for your policy documents?")
    c.c(rng.choice(["pls use ", "email: ", "its "]), (surf, Val("EMAIL",
                                                              e)),
        rng.choice([".", " thanks!", "", " (not the old one)"]))
    return c


@pos
def p_email_spell_split(rng):
    e = gen_email(rng)
    v = Val("EMAIL", e)
    local, dom = e.split("@")
    c = Case("positive", "call/telecom: email local part spelled letter by "
             "letter, domain in the next turn")
    c.a("could you spell the email for me")
    c.c((say_email(local + "@x.y", rng, spell_local=True)
         .rsplit(" at ", 1)[0], v))
    c.a(rng.choice(["okay and after the at sign", "mhm and the domain"]))
    c.c(("at " + " dot ".join(dom.split(".")), v))
    return c


@pos
def p_dob_call(rng):
    dob = gen_dob(rng)
    us = rng.random() < 0.4
    c = Case("positive", f"call/{'healthcare billing' if us else 'insurance'}"
             ": date of birth spoken" + (" US order" if us else ""))
    c.a(rng.choice(["can you confirm your date of birth",
                    "and the date of birth of the policy holder",
                    "what's your birthday for security"]))
    c.c(rng.choice(["yeah it's ", "", "sure ", fill(rng) + " "]),
        (say_date(dob, rng, us), Val("DOB", dob)))
    return c


@pos
def p_dob_chat(rng):
    dob = gen_dob(rng)
    us = rng.random() < 0.4
    c = Case("positive", "chat/banking: date of birth typed as security "
             "answer" + (", US order" if us else ""))
    c.a("For security, please confirm your date of birth.")
    c.c(rng.choice(["", "dob ", "born ", "its "]),
        (type_date(dob, rng, us), Val("DOB", dob)))
    return c


@pos
def p_dob_vs_appointment(rng):
    dob = gen_dob(rng)
    appt_d = rng.randint(1, 28)
    appt_m = rng.randint(1, 12)
    c = Case("positive", "call/healthcare billing: birth date next to an "
             "appointment date (appointment unlabelled)")
    c.a("which appointment is the bill for")
    c.c(f"the one on the {ordinal(appt_d)} of {MONTHS[appt_m - 1]} at "
        f"{two(rng.randint(1, 11))} thirty")
    c.a("and the patient's date of birth")
    c.c((say_date(dob, rng), Val("DOB", dob)))
    return c


@pos
def p_postcode_call(rng):
    pc = gen_uk_pc(rng)
    v = Val("POSTCODE", pc)
    out, inn = pc.split()
    mode = rng.choice(["plain", "for", "nato"])

    def sp(s):
        res = []
        k = 0
        while k < len(s):
            ch = s[k]
            if ch.isdigit():
                if k + 1 < len(s) and s[k + 1].isdigit() and \
                        rng.random() < 0.5 and ch != "0":
                    res.append(two(int(s[k:k + 2])))
                    k += 2
                    continue
                res.append(say_digit(ch, rng, zero="zero"))
            else:
                res.append(say_letter(ch, rng, mode))
            k += 1
        return " ".join(res)
    c = Case("positive", f"call/utilities: UK postcode spelled ({mode})")
    c.a("and the postcode for the property")
    c.c(rng.choice(["it's ", "", fill(rng) + " "]), (sp(out) + " " + sp(inn),
                                                     v))
    return c


@pos
def p_address_call(rng):
    us = rng.random() < 0.4
    surf, canon = gen_address(rng, us=us, spoken=True)
    c = Case("positive", "call/" + ("retail" if us else "utilities") +
             ": street address spoken, town and postcode/zip following")
    c.a("what's the address for the delivery" if us else
        "and the supply address")
    if us:
        z = gen_zip(rng)
        c.c((surf, Val("ADDRESS", canon)), " " + rng.choice(
            ["austin texas", "portland oregon", "columbus ohio"]) + " ",
            (say_digits(z, rng, uk=False), Val("POSTCODE", z)))
    else:
        pc = gen_uk_pc(rng)
        out, inn = pc.split()
        sp = " ".join(say_letter(ch, rng, "plain") if ch.isalpha() else
                      say_digit(ch, rng, zero="zero") for ch in out + inn)
        c.c((surf, Val("ADDRESS", canon)), " " + rng.choice(
            ["in leeds", "bristol", "in manchester", "cardiff"]) + " ",
            (sp, Val("POSTCODE", pc)))
    return c


@pos
def p_address_chat(rng):
    us = rng.random() < 0.45
    surf, canon = gen_address(rng, us=us)
    c = Case("positive", "chat/retail: typed address with postcode/zip in a "
             "change-of-address request")
    c.a("Sure, what's the new address?")
    if us:
        z = gen_zip(rng, plus4=rng.random() < 0.3)
        c.c((surf, Val("ADDRESS", canon)),
            rng.choice([", Springfield, IL ", " Denver CO ", ", Austin TX "]),
            (z, Val("POSTCODE", z)))
    else:
        pc = gen_uk_pc(rng)
        pcs = rng.choice([pc, pc.replace(" ", ""), pc.lower()])
        c.c((surf, Val("ADDRESS", canon)),
            rng.choice([", Leeds ", ", Bristol, ", " london ", ", York "]),
            (pcs, Val("POSTCODE", pc)))
    return c


@pos
def p_zip_only(rng):
    z = gen_zip(rng, plus4=rng.random() < 0.3)
    c = Case("positive", "call/insurance: US zip code on its own, pairs or "
             "digits")
    c.a("what's the zip code on the policy")
    zz = z.replace("-", "")
    s = say_digits(zz[:5], rng, uk=False) if rng.random() < 0.6 else \
        say_digit(zz[0], rng, False) + " " + say_pairs(zz[1:5], rng, False)
    if len(zz) > 5:
        s += " dash " + say_digits(zz[5:], rng, uk=False)
    c.c(rng.choice(["", "it's ", "that'd be "]), (s, Val("POSTCODE", z)))
    return c


@pos
def p_expiry_cvv_chat(rng):
    my = gen_expiry(rng)
    cv = gen_cvv(rng)
    c = Case("positive", "chat/travel: expiry and CVV answered in two short "
             "messages")
    c.a("Thanks. What's the expiry date and the 3-digit code on the back?")
    c.c(rng.choice(["exp ", "expires ", ""]), (type_expiry(my, rng),
                                               Val("EXPIRY", my)))
    c.c(rng.choice(["cvv ", "code is ", ""]), (cv, Val("CVV", cv)))
    return c


@pos
def p_cvv_call_correction(rng):
    cv = gen_cvv(rng)
    my = gen_expiry(rng)
    c = Case("positive", "call/retail: expiry by month name, CVV with a "
             "hesitation before the digits")
    c.a("when does the card expire")
    c.c((f"{MONTHS[my[0] - 1]} {say_year(my[1])}", Val("EXPIRY", my)))
    c.a("and the security code on the back")
    c.c(fill(rng) + " let me turn it over ", (say_digits(cv, rng), Val(
        "CVV", cv)))
    return c


@pos
def p_two_values_one_turn(rng):
    d = gen_phone(rng, "uk_mob")
    e = gen_email(rng)
    c = Case("positive", "call/telecom: phone and email given in one turn "
             "with chit-chat between")
    c.a("can i update your contact details")
    c.c("yeah the mobile is ", (say_phone(d, rng), Val("PHONE", d)),
        " and the email's changed as well it's now ",
        (say_email(e, rng), Val("EMAIL", e)), " cos i left my old job")
    return c


@pos
def p_full_verification(rng):
    dob = gen_dob(rng)
    pc = gen_uk_pc(rng)
    surf, canon = gen_address(rng, spoken=True)
    c = Case("positive", "call/banking: ID&V with DOB, first line of address "
             "and postcode across turns")
    c.a("can i take your date of birth please")
    c.c((say_date(dob, rng), Val("DOB", dob)))
    c.a("and the first line of your address")
    c.c((surf, Val("ADDRESS", canon)))
    c.a("and the postcode")
    out, inn = pc.split()
    c.c((" ".join(say_letter(ch, rng, "plain") if ch.isalpha() else
                  say_digit(ch, rng, zero="zero") for ch in out) + " " +
         " ".join(say_letter(ch, rng, "plain") if ch.isalpha() else
                  say_digit(ch, rng, zero="zero") for ch in inn),
         Val("POSTCODE", pc)))
    return c


@pos
def p_ssn_dob_call(rng):
    s = gen_ssn(rng)
    dob = gen_dob(rng)
    c = Case("positive", "call/insurance: DOB and SSN in one customer turn "
             "answering two questions")
    c.a("i need your date of birth and social security number")
    c.c("okay date of birth is ", (say_date(dob, rng, us=True),
                                   Val("DOB", dob)),
        " and social is ", (say_digits(s, rng, uk=False), Val("SSN", s)))
    return c


@pos
def p_ni_chat_refund(rng):
    ni = gen_ni(rng)
    sc = digits(rng, 6)
    acct = digits(rng, 8)
    c = Case("positive", "chat/government services: NI number plus bank "
             "details for a refund, all typed")
    c.a("Please provide your NI number and bank details for the refund.")
    c.c("NI ", (f"{ni[:2]}{ni[2:8]}{ni[8]}" if rng.random() < 0.5 else
                f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}",
                Val("NI_NUMBER", ni)))
    c.c("sort ", (f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", Val("SORT_CODE", sc)),
        " acc ", (acct, Val("BANK_ACCOUNT", acct)))
    return c


@pos
def p_iban_ie_call(rng):
    iban = gen_iban(rng, "IE")
    v = Val("IBAN", iban)
    c = Case("positive", "call/utilities: Irish IBAN read in groups of four "
             "over four turns")
    c.a("what's the iban for the direct debit")
    gs = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    chunks = [" ".join(gs[0:2]), " ".join(gs[2:4]), " ".join(gs[4:])]
    for k, ch in enumerate(chunks):
        words = []
        for x in ch.replace(" ", ""):
            words.append(x.lower() if x.isalpha() else
                         say_digit(x, rng, zero="zero"))
        c.c((" ".join(words), v))
        if k < 2:
            c.a(back(rng))
    return c


@pos
def p_ssn_chat_split(rng):
    s = gen_ssn(rng)
    v = Val("SSN", s)
    c = Case("positive", "chat/banking: SSN typed across two messages")
    c.a("Please confirm your SSN.")
    c.c((s[:3] + "-" + s[3:5], v), "-")
    c.c((s[5:], v), " sorry hit enter too soon")
    return c


@pos
def p_phone_readback(rng):
    d = gen_phone(rng, rng.choice(["uk_mob", "ie"]))
    v, v2 = Val("PHONE", d), Val("PHONE", d)
    c = Case("positive", "call/travel: phone given in pairs then read back by "
             "the agent digit by digit")
    c.a("and a mobile number in case the flight changes")
    c.c((say_digits(d[:5], rng) + " " + say_pairs(d[5:], rng), v))
    c.a("so that's ", (say_digits(d, rng, runs=False), v2))
    c.c("that's right")
    return c


@pos
def p_card_fillers_inside(rng):
    num, brand = gen_card(rng, rng.choice(["visa", "mc", "disc"]))
    v = Val("CARD_NUMBER", num)
    g = [num[i:i + 4] for i in range(0, 16, 4)]
    mids = [rng.choice(["um", "uh", "then", "er"]) for _ in range(3)]
    sp = say_digits(g[0], rng) + " " + mids[0] + " " + say_digits(g[1], rng) \
        + " " + mids[1] + " " + say_digits(g[2], rng) + " " + mids[2] + " " \
        + say_digits(g[3], rng)
    c = Case("positive", f"call/{rng.choice(['utilities', 'telecom', 'retail'])}"
             f": {BRAND_NAME[brand]} card in one turn with fillers and 'then' between "
             "groups (fillers inside the span)")
    c.a("lovely and the long card number please")
    c.c(rng.choice(["okay hang on it's ", "right so ", "yeah "]), (sp, v))
    return c


@pos
def p_card_asr_numerals(rng):
    num, brand = gen_card(rng, rng.choice(["visa", "mc"]))
    v = Val("CARD_NUMBER", num)
    g = [num[i:i + 4] for i in range(0, 16, 4)]
    parts = []
    for x in g:
        parts.append(x if rng.random() < 0.6 else say_digits(x, rng,
                                                              runs=False))
    c = Case("positive", "call/insurance: ASR rendered some card groups as "
             "numerals and some as words, no punctuation")
    c.a("can you give me the card number you'd like to pay with")
    c.c("it's a " + ("visa" if brand == "visa" else "mastercard") +
        " debit ", (" ".join(parts), v), " expiring soon though")
    return c


@pos
def p_card_chat_two_msgs(rng):
    num, brand = gen_card(rng, rng.choice(["visa", "mc", "amex"]))
    v = Val("CARD_NUMBER", num)
    gs = card_groups(num)
    cut = gs[0] + gs[1]
    c = Case("positive", "chat/telecom: card typed across two chat messages "
             "after an accidental send")
    c.a("Please type the long card number.")
    c.c((group(num[:cut], gs[:2], " "), v))
    c.c((group(num[cut:], gs[2:], " "), v), rng.choice([" sorry", " oops",
                                                         ""]))
    return c


@pos
def p_ssn_dashes_spoken(rng):
    s = gen_ssn(rng)
    v = Val("SSN", s)
    c = Case("positive", "call/government services: SSN spoken with the word "
             "'dash' between groups as an ASR would write it")
    c.a("what is your social security number")
    sp = say_digits(s[:3], rng, uk=False, runs=False) + " dash " + \
        say_digits(s[3:5], rng, uk=False, runs=False) + " dash " + \
        say_digits(s[5:], rng, uk=False)
    c.c(rng.choice(["it's ", "my social is ", ""]), (sp, v), " i think yeah")
    return c


@pos
def p_ssn_correction(rng):
    s = gen_ssn(rng)
    v = Val("SSN", s)
    wrong = s[:3]
    c = Case("positive", "call/healthcare billing: SSN started, restarted "
             "after 'wait let me start again'; only the full reading is "
             "labelled")
    c.a("and the subscriber's social security number")
    c.c(say_digits(wrong, rng, uk=False) + " wait let me start again ",
        (say_digits(s, rng, uk=False), v))
    c.a("thank you")
    return c


@pos
def p_ssn_chat_noisy(rng):
    s = gen_ssn(rng)
    v = Val("SSN", s)
    c = Case("positive", "chat/insurance: SSN typed with claim number and "
             "amount nearby (unlabelled)")
    cl = digits(rng, 8)
    c.c(f"Hi re claim {cl} for ${rng.randint(100, 999)}.00 - you asked for "
        "my SS# it's ", (f"{s[:3]} - {s[3:5]} - {s[5:]}" if rng.random() < 0.3
                         else f"{s[:3]}-{s[3:5]}-{s[5:]}", v))
    c.a("Thank you, I've verified your identity.")
    return c


@pos
def p_ni_typed_noisy(rng):
    ni = gen_ni(rng)
    v = Val("NI_NUMBER", ni)
    c = Case("positive", "chat/banking: NI number typed lower case inside a "
             "longer message with a date that is not a DOB")
    c.c(f"hiya i started my new job on the {nth(rng.randint(1, 28))} and they "
        "need my nat ins no. which is ",
        (rng.choice([ni.lower(), f"{ni[:2].lower()} {ni[2:4]} {ni[4:6]} "
                     f"{ni[6:8]} {ni[8].lower()}", f"{ni[:2]}{ni[2:8]} {ni[8]}"]),
         v), " can u update it")
    c.a("Of course, I've added that to your profile.")
    return c


@pos
def p_ni_agent_confirm_split(rng):
    ni = gen_ni(rng)
    v = Val("NI_NUMBER", ni)
    v2 = Val("NI_NUMBER", ni)
    c = Case("positive", "call/government services: NI digits read in pairs "
             "with 'double', agent reads back in one turn")
    c.a("national insurance number please")
    c.c((" ".join(say_letter(ch, rng, "casual") for ch in ni[:2]), v))
    c.a("yep")
    c.c((no_o(say_digits(ni[2:8], rng)) + " " + ni[8].lower(), v))
    c.a("so i've got ", (" ".join(ch.lower() for ch in ni[:2]) + " " +
                         no_o(say_pairs(ni[2:8], rng)) + " " + ni[8].lower(),
                         v2))
    c.c("that's the one")
    return c


@pos
def p_ni_then_phone(rng):
    ni = gen_ni(rng)
    d = gen_phone(rng, "uk_mob")
    c = Case("positive", "call/government services: NI number and mobile "
             "number in the same customer turn")
    c.a("i'll need your national insurance number and a contact number")
    c.c("okay ni is ", (" ".join(say_letter(ch, rng, "plain") for ch in ni[:2])
                        + " " + no_o(say_pairs(ni[2:8], rng)) + " " +
                        say_letter(ni[8], rng, "plain"),
                        Val("NI_NUMBER", ni)),
        " and my mobile is ", (say_phone(d, rng), Val("PHONE", d)))
    return c


@pos
def p_phone_area_code(rng):
    d = gen_phone(rng, "us")
    v = Val("PHONE", d)
    c = Case("positive", "call/healthcare billing: US phone given as 'area "
             "code' then the number; two spans in one turn")
    c.a("what's a good callback number")
    c.c("area code ", (say_digits(d[:3], rng, uk=False), v), " and then ",
        (say_digits(d[3:6], rng, uk=False, runs=False) + " " +
         (say_pairs(d[6:], rng, uk=False) if rng.random() < 0.5 else
          say_digits(d[6:], rng, uk=False)), v))
    return c


@pos
def p_phone_landline_ie(rng):
    d = gen_phone(rng, rng.choice(["ie", "ie_intl", "uk_land"]))
    v = Val("PHONE", d)
    c = Case("positive", "call/utilities: UK landline or Irish number "
             "spoken, comment after it")
    c.a("and is there a landline we can use")
    k = 3 if d.startswith("08") else (5 if d.startswith("3538") or
                                      d.startswith("016") else 4)
    c.c(rng.choice(["yeah ", "we do it's ", ""]), (say_phone(d, rng), v),
        rng.choice([" but we rarely answer it", "", " evenings are best"]))
    return c


@pos
def p_email_typed_variants(rng):
    e = gen_email(rng)
    v = Val("EMAIL", e)
    c = Case("positive", "chat/utilities: email typed in angle brackets or "
             "after a colon, followed by a ticket number (unlabelled)")
    t = digits(rng, 7)
    form = rng.choice(["<{}>", "({})", "{}", "mailto {}"])
    pre, post = form.split("{}")
    c.c("Ticket " + t + " - please send the bill to " + pre, (e, v), post +
        " from now on")
    c.a("Done, future bills will go to that address.")
    return c


@pos
def p_email_homophone(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    n = rng.randint(2, 99)
    e = f"{f}{l}{n}@{rng.choice(['gmail.com', 'hotmail.com', 'yahoo.com'])}"
    v = Val("EMAIL", e)
    dom = e.split("@")[1].split(".")
    dsay = {"gmail": rng.choice(["gmail", "g mail"]),
            "hotmail": rng.choice(["hotmail", "hot mail"]),
            "yahoo": "yahoo"}[dom[0]]
    c = Case("positive", "call/travel: email with number in local part, "
             "domain split by ASR ('g mail', 'hot mail'), 'all one word'")
    c.a("email for the booking confirmation")
    c.c("it's ", (f"{f} {l} {two(n)} at {dsay} dot {dom[1]}", v),
        " all one word")
    return c


@pos
def p_dob_split(rng):
    dob = gen_dob(rng)
    v = Val("DOB", dob)
    c = Case("positive", "call/banking: date of birth split: day and month "
             "in one turn, year after a prompt")
    c.a("can i take your date of birth")
    c.c((f"{ordinal(dob[0])} of {MONTHS[dob[1] - 1]}", v))
    c.a("and the year")
    c.c((say_year(dob[2]), v))
    return c


@pos
def p_dob_born_on(rng):
    dob = gen_dob(rng)
    us = rng.random() < 0.5
    c = Case("positive", "call/insurance: 'i was born on' followed by the "
             "date, age mentioned too (unlabelled)")
    c.a("how old is the main driver")
    c.c(f"{two(2026 - dob[2])} i was born on ",
        (say_date(dob, rng, us), Val("DOB", dob)))
    return c


@pos
def p_dob_chat_text(rng):
    dob = gen_dob(rng)
    d, m, y = dob
    surf = rng.choice([f"{d} {MONTHS[m - 1]} {y}",
                       f"{MONTHS[m - 1].capitalize()} {d} {y}",
                       f"{d}.{m}.{y}", f"{d:02d}/{m:02d}/{y % 100:02d}"])
    c = Case("positive", "chat/travel: passenger DOB typed with a flight "
             "date nearby (unlabelled)")
    c.c(f"adding another passenger to the booking for the "
        f"{nth(rng.randint(1, 28))}, their dob is ", (surf, Val("DOB", dob)))
    c.a("Thanks, they have been added to the booking.")
    return c


@pos
def p_expiry_variants_call(rng):
    my = gen_expiry(rng)
    c = Case("positive", "call/retail: expiry said with 'end of' / 'valid "
             "until' lead-ins")
    c.a("and the expiry on the card")
    c.c(rng.choice(["end of ", "valid until ", "it runs out ", "expires "]),
        (say_expiry(my, rng), Val("EXPIRY", my)))
    return c


@pos
def p_sort_code_call_words(rng):
    sc = digits(rng, 6)
    acct = digits(rng, 8)
    c = Case("positive", "call/utilities: sort code in groups with 'dash', "
             "account number in two halves across turns")
    c.a("for the direct debit what's the sort code")
    c.c((say_digits(sc[:2], rng, runs=False) + " dash " +
         say_digits(sc[2:4], rng, runs=False) + " dash " +
         say_digits(sc[4:], rng, runs=False), Val("SORT_CODE", sc)))
    c.a("and the account number")
    va = Val("BANK_ACCOUNT", acct)
    c.c((say_digits(acct[:4], rng), va))
    c.a(back(rng))
    c.c((say_pairs(acct[4:], rng), va))
    return c


@pos
def p_iban_de_call(rng):
    iban = gen_iban(rng, rng.choice(["DE", "ES", "FR", "BE"]))
    v = Val("IBAN", iban)
    c = Case("positive", f"call/travel: {iban[:2]} IBAN read in groups of "
             "four in one long turn")
    c.a("which account should the refund go to")
    gs = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    words = []
    for g in gs:
        w = []
        for ch in g:
            w.append(ch.lower() if ch.isalpha() else
                     say_digit(ch, rng, zero=rng.choice(["zero", "oh"])))
        words.append(" ".join(w))
    c.c("the iban is ", (" ".join(words), v))
    return c


@pos
def p_address_two(rng):
    s1, k1 = gen_address(rng, spoken=True)
    s2, k2 = gen_address(rng, spoken=True)
    pc = gen_uk_pc(rng)
    c = Case("positive", "call/utilities: moving home — old and new street "
             "addresses plus new postcode, move date (unlabelled)")
    c.a("so where are you moving from and to")
    c.c("from ", (s1, Val("ADDRESS", k1)), " to ", (s2, Val("ADDRESS", k2)),
        f" on the {ordinal(rng.randint(1, 28))}")
    c.a("and the new postcode")
    out, inn = pc.split()
    c.c((" ".join(say_letter(ch, rng, "plain") if ch.isalpha() else
                  say_digit(ch, rng, zero="zero") for ch in out) + " " +
         " ".join(say_letter(ch, rng, rng.choice(["plain", "for"]))
                  if ch.isalpha() else say_digit(ch, rng, zero="zero")
                  for ch in inn), Val("POSTCODE", pc)))
    return c


@pos
def p_postcode_split(rng):
    pc = gen_uk_pc(rng)
    v = Val("POSTCODE", pc)
    out, inn = pc.split()
    c = Case("positive", "call/retail: UK postcode outward and inward halves "
             "in separate turns with phonetic letters")
    c.a("what's the postcode")
    c.c((" ".join(say_letter(ch, rng, "plain") if ch.isalpha() else
                  say_digit(ch, rng, zero="zero") for ch in out), v))
    c.a(back(rng))
    c.c((" ".join(say_letter(ch, rng, "for") if ch.isalpha() else
                  say_digit(ch, rng, zero="zero") for ch in inn), v))
    return c


@pos
def p_us_address_call(rng):
    surf, canon = gen_address(rng, us=True, spoken=True)
    z = gen_zip(rng)
    c = Case("positive", "call/insurance: US garaging address then zip after "
             "an agent prompt")
    c.a("what's the garaging address for the vehicle")
    c.c((surf, Val("ADDRESS", canon)))
    c.a("and the zip")
    c.c((say_pairs(z, rng, uk=False)
         if rng.random() < 0.4 else say_digits(z, rng, uk=False),
         Val("POSTCODE", z)))
    return c


@pos
def p_cvv_only_chat(rng):
    cv = gen_cvv(rng, rng.choice([3, 3, 4]))
    c = Case("positive", "chat/travel: CVV typed alone after a prompt, with a "
             "price in the agent line")
    c.a(f"The total is €{rng.randint(100, 900)}.{rng.randint(0, 99):02d}. "
        "Please enter the security code on the card.")
    c.c(rng.choice(["", "cvv ", "its "]), (cv, Val("CVV", cv)))
    return c


@pos
def p_cvv_call_pairs(rng):
    cv = gen_cvv(rng)
    my = gen_expiry(rng)
    c = Case("positive", "call/telecom: CVV as 'three digits' then a number "
             "word group; expiry numeric with slash")
    c.a("expiry date please")
    c.c((say_expiry(my, rng), Val("EXPIRY", my)))
    c.a("and the last three digits on the signature strip")
    cvs = (UNITS[int(cv[0])] + " " + two(int(cv[1:])) if cv[1] != "0" and
           cv[0] != "0" else say_digits(cv, rng))
    c.c((cvs, Val("CVV", cv)))
    return c


@pos
def p_account_chat_us(rng):
    acct = digits(rng, rng.choice([10, 11, 12]))
    c = Case("positive", "chat/banking: US account number typed with a "
             "transfer amount (unlabelled)")
    c.c(f"I want to send ${rng.randint(100, 5000)} to my other account, acct "
        "# ", (acct, Val("BANK_ACCOUNT", acct)))
    c.a("Thanks, I can help set up that transfer.")
    return c


@pos
def p_card_chitchat_inside(rng):
    num, brand = gen_card(rng, rng.choice(["visa", "mc", "mc2"]))
    v = Val("CARD_NUMBER", num)
    c = Case("positive", "call/retail: card reading interrupted mid-way by "
             "chit-chat in the same turn; two spans")
    c.a("okay the card number when you're ready")
    c.c((say_digits(num[:8], rng), v), rng.choice([
        " sorry the dog's going mad here hang on ",
        " sorry my glasses where was i oh yeah ",
        " hold on the kids are shouting right ",
    ]), (say_digits(num[8:], rng), v))
    c.a("thank you")
    return c


@pos
def p_email_readback(rng):
    e = gen_email(rng)
    v, v2 = Val("EMAIL", e), Val("EMAIL", e)
    c = Case("positive", "call/banking: email spoken, then read back by the "
             "agent with the local part spelled")
    c.a("what email address do you want on the account")
    c.c((say_email(e, rng), v))
    c.a("let me spell that back ", (say_email(e, rng, spell_local=True), v2),
        " is that right")
    c.c("yes perfect")
    return c


@pos
def p_dob_typed_ordinal(rng):
    dob = gen_dob(rng)
    d, m, y = dob
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10,
                                                                    "th")
    surf = rng.choice([f"{d}{suf} {MONTHS[m - 1].capitalize()} {y}",
                       f"{d}{suf} of {MONTHS[m - 1]} {y}",
                       f"{MON3[m - 1]} {d}{suf} {y}",
                       f"{MONTHS[m - 1].capitalize()} {d}{suf}, {y}"])
    c = Case("positive", "chat/insurance: DOB typed with ordinal suffix and "
             "month name; policy start date nearby (unlabelled)")
    c.a("To add the named driver we need their date of birth.")
    c.c("Its ", (surf, Val("DOB", dob)), rng.choice([
        f". Cover from the {nth(rng.randint(1, 28))} please", " thanks", ""]))
    return c


@pos
def p_postcode_double_letters(rng):
    area = rng.choice(["SW", "LS", "BS", "M", "B", "CF", "NE", "G"])
    dist = str(rng.randint(1, 9))
    let = rng.choice("ABDEFGHJLNPRSTUWXYZ")
    pc = f"{area}{dist} {rng.randrange(10)}{let}{let}"
    v = Val("POSTCODE", pc)
    out, inn = pc.split()
    c = Case("positive", "call/telecom: UK postcode with a doubled inward "
             "letter said as 'double'")
    c.a("can you confirm the postcode on the account")
    c.c(rng.choice(["yep it's ", "", "that's "]),
        (" ".join(ch.lower() for ch in out[:len(area)]) + " " +
         say_digit(dist, rng) + " " + say_digit(inn[0], rng, zero="zero") +
         " double " + let.lower(), v))
    return c


@pos
def p_phone_intl_chat_readback(rng):
    d = gen_phone(rng, rng.choice(["uk_intl", "ie_intl", "de_intl"]))
    v = Val("PHONE", d)
    c = Case("positive", "chat/travel: international number typed with a "
             "country code while abroad")
    c.c("I'm abroad till the " + f"{nth(rng.randint(1, 28))}, " +
        rng.choice(["reach me on ", "whatsapp me at ", "my number here is "]),
        (type_phone(d, rng), v))
    c.a("Thanks, we'll message you there.")
    return c


@pos
def p_ni_nato_split_agent_prompt(rng):
    ni = gen_ni(rng)
    v = Val("NI_NUMBER", ni)
    c = Case("positive", "call/banking: NI letters in NATO words only, "
             "digits with a filler inside, suffix in NATO")
    c.a("national insurance number")
    c.c((" ".join(NATO[ch.lower()] for ch in ni[:2]) + " " +
         no_o(say_digits(ni[2:5], rng, runs=False)) + " " + fill(rng) + " " +
         no_o(say_digits(ni[5:8], rng, runs=False)) + " " +
         NATO[ni[8].lower()], v))
    return c


@pos
def p_ssn_us_chat_lower(rng):
    s = gen_ssn(rng)
    dob = gen_dob(rng)
    c = Case("positive", "chat/government services: SSN with no separators "
             "and a US DOB in the next message")
    c.a("I need your SSN and date of birth to locate your benefits record.")
    c.c((s, Val("SSN", s)))
    c.c("born ", (type_date(dob, rng, us=True), Val("DOB", dob)))
    return c


# ---------------------------------------------------------------------------
# negative templates
# ---------------------------------------------------------------------------

NEG = []


def neg(fn):
    NEG.append(fn)
    return fn


def money_words(rng):
    p = rng.randint(1, 999)
    cents = rng.randint(1, 99)
    cur = rng.choice(["pounds", "euro", "dollars"])
    return f"{say_amount(p, rng)} {cur} {two(cents)}"


@neg
def n_money(rng):
    c = Case("negative", "call/utilities: bill amounts and balance spoken")
    c.a(f"so your bill this month is {money_words(rng)}")
    c.c("why's it so high last month it was only " + money_words(rng))
    c.a(f"there's an outstanding balance of {two(rng.randint(20, 99))} "
        f"{rng.choice(['pounds', 'euro'])} carried over")
    return c


@neg
def n_order_ref(rng):
    ref = str(rng.randint(10000000, 9999999999))
    c = Case("negative", "chat/retail: order number up to 10 digits with the "
             "reference word, price and date")
    c.a("Hi! How can I help today?")
    c.c(f"order number {ref} hasnt arrived, paid £{rng.randint(10, 300)}."
        f"{rng.randint(0, 99):02d} on {rng.randint(1, 28)}/"
        f"{rng.randint(1, 12)}")
    c.a(f"I can see order {ref}; it's due on {rng.choice(MONTHS).capitalize()} "
        f"{rng.randint(1, 28)}.")
    return c


@neg
def n_order_spoken(rng):
    ref = digits(rng, rng.choice([7, 8, 9, 10]))
    c = Case("negative", "call/retail: order reference read digit by digit "
             "with the reference word")
    c.a("have you got the order reference")
    c.c("yeah the order reference is " + say_digits(ref, rng))
    c.a("thanks i've found that order")
    return c


@neg
def n_ticket(rng):
    t = digits(rng, rng.choice([6, 7, 8]))
    c = Case("negative", "call/telecom: fault ticket number and engineer "
             "appointment time")
    c.a("i've raised a fault ticket for you the ticket number is " +
        say_pairs(t, rng))
    c.c("okay and when's the engineer coming")
    c.a(f"{rng.choice(['monday', 'tuesday', 'thursday'])} the "
        f"{ordinal(rng.randint(1, 28))} between eight and one")
    return c


@neg
def n_claim(rng):
    cl = digits(rng, rng.choice([8, 9, 10]))
    c = Case("negative", "chat/insurance: claim number and excess amount "
             "typed")
    c.a(f"Your claim number is CLM-{cl}. The excess is £{rng.randint(1, 5)}"
        f"{rng.randint(0, 9)}0.")
    c.c(f"ok thanks, claim {cl} — how long will it take?")
    c.a(f"Usually {rng.randint(5, 15)} working days.")
    return c


@neg
def n_flight(rng):
    c = Case("negative", "call/travel: flight number, gate, departure time "
             "and booking year")
    fl = rng.choice(["b a", "e i", "f r", "u a", "d l"]) + " " + \
        say_digits(digits(rng, 3), rng, runs=False)
    c.c(f"i'm on flight {fl} on the {ordinal(rng.randint(1, 28))} of "
        f"{rng.choice(MONTHS)}")
    c.a(f"yes that departs at {two(rng.randint(1, 12))} "
        f"{two(rng.randint(10, 59))} from gate {two(rng.randint(1, 60))}")
    c.c("and can i add a bag it's about twenty three kilos")
    return c


@neg
def n_room(rng):
    c = Case("negative", "chat/travel: hotel room number, nights, price per "
             "night")
    c.c(f"Hi, I'm in room {rng.randint(100, 999)} and the AC is broken, "
        f"it's {rng.randint(26, 33)} degrees in here")
    c.a(f"So sorry! You're booked for {rng.randint(2, 7)} nights at "
        f"€{rng.randint(80, 250)} per night; we'll move you to room "
        f"{rng.randint(1000, 1499)}.")
    return c


@neg
def n_meter(rng):
    r = digits(rng, 5)
    c = Case("negative", "call/utilities: meter reading read digit by digit "
             "and the reading date")
    c.a("can you give me the meter reading")
    c.c("yeah it's " + say_digits(r, rng) + " i took it this morning")
    c.a(f"lovely that's {two(rng.randint(100, 999) % 100)} percent lower "
        "than last quarter")
    return c


@neg
def n_meter_serial(rng):
    c = Case("negative", "chat/utilities: meter serial, two readings and unit "
             "rate")
    c.c(f"Meter serial E{rng.randint(10, 99)}Z{rng.randint(100000, 999999)}, "
        f"day reading {rng.randint(10000, 99999)} night "
        f"{rng.randint(1000, 99999)}")
    c.a(f"Thanks, your unit rate is {rng.randint(20, 35)}.{rng.randint(0, 99):02d}p "
        f"per kWh and standing charge {rng.randint(40, 60)}p a day.")
    return c


@neg
def n_speed(rng):
    c = Case("negative", "call/telecom: broadband speeds, data allowance, "
             "contract length")
    c.c(f"i'm only getting {two(rng.randint(2, 30))} megs and i'm paying for "
        f"{say_year(rng.choice([500, 900]))}")
    c.a(f"i can see a line speed of {two(rng.randint(10, 80))} point "
        f"{UNITS[rng.randint(1, 9)]} on a {two(rng.choice([12, 18, 24]))} "
        "month contract")
    c.c(f"and i've got {two(rng.randint(20, 99))} gig of data left")
    return c


@neg
def n_years_ages(rng):
    c = Case("negative", "call/insurance: ages, years of no claims, vehicle "
             "year and mileage")
    c.a("how many years no claims have you got")
    c.c(f"{two(rng.randint(3, 15))} years and i'm {two(rng.randint(25, 80))} "
        "now")
    yr = rng.randint(2008, 2024)
    c.a(f"and the car's a {say_year(yr)} with about "
        f"{two(rng.randint(20, 99))} thousand miles")
    return c


@neg
def n_appointment_dates(rng):
    c = Case("negative", "call/healthcare billing: appointment and payment "
             "dates (not birth dates)")
    c.a(f"your appointment is on the {ordinal(rng.randint(1, 28))} of "
        f"{rng.choice(MONTHS)} at {two(rng.randint(1, 11))} fifteen")
    c.c(f"and the payment of {money_words(rng)} was taken on the "
        f"{ordinal(rng.randint(1, 28))} of {rng.choice(MONTHS)} wasn't it")
    c.a("yes that's right")
    return c


@neg
def n_contract_start(rng):
    d = (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2026))
    c = Case("negative", "chat/telecom: contract start and end dates typed "
             "numerically")
    c.a(f"Your contract started on {d[0]:02d}/{d[1]:02d}/{d[2]} and ends "
        f"{d[0]:02d}/{d[1]:02d}/{d[2] + 2}.")
    c.c(f"so if i leave before then its £{rng.randint(50, 400)} to cancel?")
    c.a(f"Yes, or {rng.randint(10, 40)}% of the remaining months.")
    return c


@neg
def n_invoice(rng):
    inv = digits(rng, rng.choice([6, 7, 8, 9, 10]))
    c = Case("negative", "chat/healthcare billing: invoice number, amount "
             "due and due date")
    c.c(f"I got invoice no. {inv} for ${rng.randint(100, 4000)}.{rng.randint(0, 99):02d} "
        f"but insurance should cover {rng.randint(60, 90)}%")
    c.a(f"I see invoice {inv}. The due date is {rng.choice(MON3)} "
        f"{rng.randint(1, 28)}, {rng.randint(2025, 2027)}.")
    return c


@neg
def n_model(rng):
    c = Case("negative", "chat/retail: product model numbers, quantities and "
             "prices")
    m1 = f"{rng.choice(['QN', 'UE', 'KD'])}{rng.randint(40, 85)}Q{rng.randint(60, 90)}C"
    c.c(f"is the {m1} in stock? need {rng.randint(2, 5)} of them")
    c.a(f"Yes, {rng.randint(6, 40)} in stock at ${rng.randint(400, 2000)}.99 "
        f"each, and model WH-{rng.randint(1000, 1999)}XM{rng.randint(3, 5)} is "
        f"{rng.randint(10, 30)}% off.")
    return c


@neg
def n_durations(rng):
    c = Case("negative", "call/telecom: hold times, durations and counts")
    c.c(f"i've been on hold for {two(rng.randint(20, 59))} minutes and this "
        f"is the {ordinal(rng.randint(3, 9))} time i've called")
    c.a(f"i'm sorry it should take about {two(rng.randint(2, 15))} minutes "
        f"and you'll get {two(rng.randint(10, 50))} percent off for "
        f"{UNITS[rng.randint(2, 6)]} months")
    return c


@neg
def n_temperature(rng):
    c = Case("negative", "call/utilities: boiler temperature settings and "
             "pressure")
    c.a("what's the boiler pressure showing")
    c.c(f"it says {UNITS[rng.randint(1, 2)]} point {UNITS[rng.randint(0, 9)]} "
        f"bar and the water's set to {two(rng.randint(50, 70))} degrees")
    c.a(f"okay an engineer can come on {rng.choice(['friday', 'monday'])} "
        f"between {UNITS[rng.randint(7, 9)]} and {two(rng.randint(11, 12))}")
    return c


@neg
def n_balance_bank(rng):
    c = Case("negative", "call/banking: account balance, pending amounts and "
             "interest rate; no identifiers")
    c.a(f"your available balance is {two(rng.randint(1, 9))} thousand "
        f"{UNITS[rng.randint(1, 9)]} hundred and {two(rng.randint(10, 99))} "
        f"pounds {two(rng.randint(10, 99))}")
    c.c("and is there anything pending")
    c.a(f"one pending payment of {money_words(rng)} and the rate is "
        f"{UNITS[rng.randint(1, 6)]} point {UNITS[rng.randint(1, 9)]} percent")
    return c


@neg
def n_reference_mixed(rng):
    ref = digits(rng, 8)
    c = Case("negative", "call/government services: case reference number "
             "in pairs, processing weeks")
    c.a("can i take your case reference number")
    c.c("yeah the reference number is " + say_pairs(ref, rng))
    c.a(f"thanks that's being processed it takes {two(rng.randint(4, 16))} "
        "weeks")
    return c


@neg
def n_tracking(rng):
    c = Case("negative", "chat/retail: parcel tracking reference and "
             "delivery slot")
    tr = f"{rng.choice(['JD', 'H0'])}{digits(rng, 8)}"
    c.a(f"Your tracking number is {tr} and delivery is between "
        f"{rng.randint(8, 11)}:00 and {rng.randint(12, 17)}:30.")
    c.c(f"ok and the {rng.randint(2, 4)} boxes all come together?")
    return c


@neg
def n_booking_ref(rng):
    c = Case("negative", "call/travel: booking reference spelled phonetically"
             ", passenger count and price")
    ref = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))
    c.a("what's the booking reference")
    c.c("it's " + " ".join(say_letter(ch, rng, "for") for ch in ref))
    c.a(f"thanks that's {UNITS[rng.randint(2, 5)]} passengers and the change "
        f"fee is {two(rng.randint(20, 99))} euro")
    return c


@neg
def n_card_last_digits_policy(rng):
    c = Case("negative", "chat/banking: fees, limits and percentages only")
    c.c(f"whats the daily limit on atm withdrawals? i need like {rng.randint(3, 9)}00")
    c.a(f"The daily ATM limit is £{rng.randint(3, 9)}00 and the overdraft fee "
        f"is {rng.randint(10, 39)}.9% EAR, with a £{rng.randint(5, 25)} "
        "buffer.")
    return c


@neg
def n_policy_number(rng):
    p = digits(rng, rng.choice([8, 9, 10]))
    c = Case("negative", "call/insurance: policy number digit by digit with "
             "the reference word, renewal year")
    c.a("can i take the policy number please")
    c.c("policy number " + say_digits(p, rng) + " it renews in " +
        rng.choice(MONTHS))
    c.a(f"thank you the renewal premium is {money_words(rng)}")
    return c


@neg
def n_counts_quantities(rng):
    c = Case("negative", "call/retail: quantities, sizes and times")
    c.c(f"i ordered {two(rng.randint(2, 12))} of the blue ones in size "
        f"{two(rng.randint(6, 14))} and only {UNITS[rng.randint(1, 5)]} came")
    c.a(f"i'm sorry i'll send the rest they'll be with you by "
        f"{UNITS[rng.randint(2, 9)]} pm {rng.choice(['tomorrow', 'friday'])}")
    return c


@neg
def n_percent_year(rng):
    c = Case("negative", "chat/banking: mortgage rates, terms and years")
    c.c(f"im on a {rng.randint(2, 5)} year fix at {rng.randint(1, 5)}."
        f"{rng.randint(10, 99)}% since {rng.randint(2015, 2023)}")
    c.a(f"Your fixed rate ends in {rng.choice(MON3)} {rng.randint(2026, 2029)}"
        f"; the term has {rng.randint(10, 30)} years remaining on a balance of "
        f"£{rng.randint(100, 400)},{rng.randint(100, 999)}.")
    return c


@neg
def n_times_spoken(rng):
    c = Case("negative", "call/healthcare billing: clinic times, 'hundred "
             "hours', half past / quarter to")
    c.a(f"the clinic opens at {two(rng.choice([7, 8]))} hundred hours and "
        f"your slot is quarter to {two(rng.randint(9, 11))}")
    c.c(f"can i come at half past {two(rng.randint(1, 4))} instead")
    c.a(f"there's one at {two(rng.randint(1, 4))} forty five on "
        f"{rng.choice(['wednesday', 'thursday'])}")
    return c


@neg
def n_customer_since(rng):
    y1 = rng.randint(1985, 2005)
    c = Case("negative", "call/telecom: loyal-customer years, contract "
             "months and a price rise percentage")
    c.c(f"i've been with you since {say_year(y1)} that's over "
        f"{two(2026 - y1)} years")
    c.a(f"i appreciate that the price rise is {UNITS[rng.randint(3, 9)]} "
        f"point {UNITS[rng.randint(1, 9)]} percent from the "
        f"{ordinal(rng.randint(1, 28))} of april")
    c.c(f"so i'll be paying {two(rng.randint(30, 79))} pounds a month now")
    return c


@neg
def n_ivr_menu(rng):
    c = Case("negative", "call/banking: IVR options and extension numbers "
             "read out")
    c.a(f"please press {UNITS[rng.randint(1, 4)]} for payments "
        f"{UNITS[rng.randint(5, 9)]} for anything else or hold")
    c.c("i pressed " + " ".join(UNITS[rng.randint(1, 9)] for _ in range(3)) +
        " and it sent me round in a loop")
    c.a(f"sorry about that i'm on extension {say_digits(digits(rng, 4), rng)}"
        " if you get cut off")
    return c


@neg
def n_zip_like_order(rng):
    o = str(rng.randint(10000, 99999))
    c = Case("negative", "chat/retail: five-digit order number and "
             "six-digit voucher reference with reference words")
    c.c(f"Order {o} is missing a part, can I use voucher ref "
        f"{rng.randint(100000, 999999)} on a new one?")
    c.a(f"Yes, voucher ref applied to order {o}; that saves £"
        f"{rng.randint(5, 40)}.")
    return c


@neg
def n_medication(rng):
    c = Case("negative", "call/healthcare billing: dosage, quantities and "
             "copay amounts")
    c.c(f"i take {two(rng.choice([10, 20, 40, 50]))} milligrams "
        f"{rng.choice(['twice', 'three times'])} a day and the pharmacy "
        f"charged me {two(rng.randint(11, 99))} dollars")
    c.a(f"your plan covers {two(rng.randint(60, 90))} percent after the "
        f"{say_year(rng.choice([250, 500, 750]))} dollar deductible")
    return c


@neg
def n_euro_amounts(rng):
    c = Case("negative", "chat/travel: European price formats, dates of "
             "travel and baggage weight")
    c.c(f"why was I charged €{rng.randint(1, 9)}.{rng.randint(100, 999)},"
        f"{rng.randint(10, 99)} for the {rng.randint(1, 28)}.{rng.randint(1, 12)}."
        f"{rng.randint(2025, 2027)} trip?")
    c.a(f"That includes {rng.randint(2, 4)} bags of {rng.randint(20, 32)} kg "
        f"and a €{rng.randint(30, 99)},00 seat fee.")
    return c


@neg
def n_speed_distance(rng):
    c = Case("negative", "call/insurance: speeds, distances and times from "
             "an accident description")
    c.c(f"i was doing about {two(rng.randint(20, 40))} miles an hour and he "
        f"came out of nowhere it was around {two(rng.randint(5, 11))} "
        f"{two(rng.randint(10, 50))} in the evening")
    c.a(f"okay and roughly how far from home {UNITS[rng.randint(2, 9)]} "
        "miles")
    c.c(f"yeah about {UNITS[rng.randint(2, 9)]} or {two(rng.randint(10, 12))}")
    return c


@neg
def n_direct_debit_date(rng):
    c = Case("negative", "call/utilities: direct debit collection day and "
             "amount; no bank details")
    c.a(f"your direct debit comes out on the {ordinal(rng.randint(1, 28))} "
        f"of each month for {money_words(rng)}")
    c.c(f"can we move it to the {ordinal(rng.randint(1, 28))} that's when i "
        "get paid")
    c.a(f"yes from {rng.choice(MONTHS)} it'll be on the new date")
    return c


@neg
def n_long_reference_chat(rng):
    c = Case("negative", "chat/government services: application reference "
             "and case numbers with prefixes")
    c.c(f"my application ref is APP-{rng.randint(2020, 2026)}-"
        f"{digits(rng, 6)} and the case no is {digits(rng, 9)}")
    c.a(f"Thanks. Processing is currently {rng.randint(6, 14)} weeks; you "
        f"applied {rng.randint(2, 9)} weeks ago.")
    return c


@neg
def n_credit_limit(rng):
    c = Case("negative", "call/banking: credit limit, APR and minimum "
             "payment")
    c.a(f"your credit limit is {UNITS[rng.randint(2, 9)]} thousand "
        f"{UNITS[rng.randint(1, 9)]} hundred pounds and the apr is "
        f"{two(rng.randint(19, 34))} point {UNITS[rng.randint(1, 9)]}")
    c.c("and what's the minimum payment")
    c.a(f"{two(rng.randint(25, 99))} pounds or {UNITS[rng.randint(1, 5)]} "
        "percent whichever is higher")
    return c


@neg
def n_device_plan(rng):
    c = Case("negative", "chat/telecom: handset model, storage size, data "
             "plan and upgrade month")
    c.c(f"can I upgrade to the {rng.choice(['iPhone', 'Galaxy S'])}"
        f"{rng.randint(14, 26)} {rng.choice([128, 256, 512])}GB on the "
        f"{rng.choice([30, 50, 100])}GB plan?")
    c.a(f"Yes, from {rng.choice(MON3)} {rng.randint(2026, 2027)}. It's "
        f"£{rng.randint(20, 60)}.{rng.randint(0, 99):02d}/month for "
        f"{rng.choice([24, 36])} months.")
    return c


@neg
def n_flight_chat(rng):
    c = Case("negative", "chat/travel: flight numbers, seat, terminal and "
             "booking amounts")
    c.c(f"I'm on {rng.choice(['EI', 'FR', 'BA', 'LH'])}{rng.randint(100, 9999)} "
        f"seat {rng.randint(1, 33)}{rng.choice('ABCDEF')} on {rng.randint(1, 28)}/"
        f"{rng.randint(1, 12)}, can I change to the "
        f"{rng.randint(6, 21)}:{rng.choice(['05', '30', '45'])} one?")
    c.a(f"Yes, the change fee is €{rng.randint(30, 120)} from terminal "
        f"{rng.randint(1, 2)}.")
    return c


@pos
def p_card_homophones(rng):
    num, brand = gen_card(rng, rng.choice(["visa", "mc", "disc"]))
    while not any(ch in "1248" for ch in num):
        num, brand = gen_card(rng, "visa")
    v = Val("CARD_NUMBER", num)
    c = Case("positive", f"call/banking: {BRAND_NAME[brand]} card where the "
             "ASR wrote homophones ('for', 'to', 'ate', 'won') for digits")
    c.a("could you read out the card number for me")
    g = [num[i:i + 4] for i in range(0, len(num), 4)]
    c.c("yeah ", (" ".join(say_digits(x, rng, runs=False, homophones=True,
                                      homo_rate=0.3) for x in g), v))
    c.a("thanks for that")
    return c


@neg
def n_past_dates(rng):
    c = Case("negative", "call/insurance: incident date, policy start year and "
             "claim amounts; no birth dates")
    c.a("when did the incident happen")
    c.c(f"it was the {ordinal(rng.randint(1, 28))} of {rng.choice(MONTHS)} "
        f"{say_year(rng.randint(2023, 2026))} about {two(rng.randint(1, 11))} "
        "in the morning")
    c.a(f"and the policy started in {say_year(rng.randint(2015, 2024))} with "
        f"a {say_amount(rng.randint(100, 999), rng)} pound excess")
    return c


# ---------------------------------------------------------------------------
# build / write / check
# ---------------------------------------------------------------------------

N_POS_PER = 5
N_NEG_PER = 5


def build():
    rng = random.Random(SEED)
    cases = []
    pos_cases = []
    for rnd in range(N_POS_PER):
        for fn in POS:
            pos_cases.append(fn(rng))
    neg_cases = []
    for rnd in range(N_NEG_PER):
        for fn in NEG:
            neg_cases.append(fn(rng))
    for k, c in enumerate(pos_cases, 1):
        c.id = f"{PREFIX}-pos-{k:03d}"
        cases.append(c)
    for k, c in enumerate(neg_cases, 1):
        c.id = f"{PREFIX}-neg-{k:03d}"
        cases.append(c)
    return cases


def to_jsonl(cases):
    lines = []
    for c in cases:
        obj = {"id": c.id, "kind": c.kind,
               "turns": [{"speaker": s, "text": t} for s, t in c.turns],
               "spans": c.spans, "note": c.note}
        lines.append(json.dumps(obj, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(cases):
    ct = Counter()
    for c in cases:
        for s in c.spans:
            ct[s["type"]] += 1
    return ct


def readme(cases):
    ct = counts(cases)
    npos = sum(c.kind == "positive" for c in cases)
    nneg = sum(c.kind == "negative" for c in cases)
    rows = "\n".join(f"| {t} | {ct[t]} |" for t in TYPES)
    ch = Counter(c.note.split("/")[0] for c in cases)
    chan = ", ".join(f"{ch[k]} {k}" for k in sorted(ch))
    return f"""# pii_holdout58 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists to measure the redactor on data
nobody tuned against. Do not copy its cases into tests, do not adjust rules
until it passes, and do not inspect failures case by case to write patterns.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code (`src/convo/redact/`), its tests, its documentation,
the benchmark script or any other PII fixture; the only data seen was a
three-line example of the JSONL format. The cases are generated by
`scripts/make_pii_holdout58.py` from template functions: every turn is built
from plain-text segments and (value, TYPE) segments so offsets are computed,
never typed by hand. All values come from one `random.Random({SEED})`; the
output is byte-for-byte reproducible. Values are synthetic (Luhn-valid card
numbers, mod-97-valid IBANs, format-valid NI numbers and SSNs, fictional-range
phone numbers where practical); they belong to nobody.

`python scripts/make_pii_holdout58.py --check` regenerates the set, checks it
is identical to the file, ids are unique, spans are in range, on word
boundaries and non-overlapping, and validates every labelled value after
normalising the spoken form (digit words, oh/o/nought/zero, double/triple,
pairs like "forty one", "hundred"/"thousand", month names, ordinals, phonetic
letters "b for bravo", e-mails "dot"/"at"). Values split across turns are
validated after joining their pieces.

## Contents

- {npos} positive cases, {nneg} negative cases ({len(cases)} in total);
  by channel: {chan}. Each case's `note` says channel/industry and what it
  tests.
- Chat cases (typed: separators, mixed case, typos around values) and call
  cases (ASR style: lower case, no punctuation, numbers as words).
- Industries: banking, telecom, utilities, retail, insurance, travel,
  healthcare billing, government services; UK, US, Ireland and EU values.

| type | spans |
|---|---|
{rows}

## Annotation conventions

- A span covers the value itself and nothing else: from the first to the last
  word/character of the value. Lead-ins ("it's", "my card is", "yeah") and
  trailing chit-chat are outside. Fillers ("um", "er") *inside* a reading are
  inside the span; fillers before or after are outside.
- Words that are part of the reading itself stay inside the span: fillers
  between digit groups ("um", "uh", "then"), spoken separators ("dash",
  "slash"), "double"/"triple", "for"/"as in" in phonetic spelling
  ("b for bravo"), "dot"/"at" in e-mails, "the"/"of" inside dates
  ("the ninth of march ...").
- Values split over several turns (with agent back-channels such as "mhm",
  "okay go on") are labelled as one span per turn piece, all with the same
  type. A value interrupted by unrelated chit-chat inside one turn is
  labelled as two spans; the chit-chat is outside. A US number given as
  "area code ... and then ..." is two PHONE spans; the words "area code" and
  "and then" are outside.
- A date of birth asked for in two parts (day and month, then the year after
  a prompt) is labelled in both turns.
- When the agent reads a value back, the read-back is labelled too.
- Self-corrections: only the final, corrected reading is labelled; the
  abandoned fragment before "no sorry hang on" / "wait let me start again"
  is left unlabelled (redacting it is harmless, but it is not required).
- Positive cases also contain unlabelled non-PII numbers (order, claim and
  ticket numbers, amounts, ages, appointment and travel dates); they are
  distractors, not gold.
- CARD_NUMBER: the full PAN (13-19 digits), any grouping. Partial readings
  such as "ending in 1234" do not occur in this set.
- CVV: the 3/4-digit security code when asked or labelled as such.
- EXPIRY: month and year of the card expiry ("oh eight twenty seven",
  "08/27", "august twenty twenty nine").
- DOB: the whole birth date (day, month, year) in any order/format.
  Appointment, payment and contract dates are never labelled.
- PHONE: including country prefix ("plus four four", "double oh four
  four", "+44", "0044", "+1", "plus one") and the "(0)" trunk marker or the
  US area-code parentheses when present.
- Typed values keep their own separators inside the span ("4111-1111...",
  "20-45-77", "QQ 12 34 56 C"); surrounding brackets / trailing full stops
  are outside.
- EMAIL: the whole address; spoken forms include "dot", "at", "underscore",
  "dash" and spelled letters. In a split reading the domain turn includes the
  word "at".
- POSTCODE: UK postcodes (both halves) and US ZIP / ZIP+4.
- ADDRESS: the street line only — flat/apartment (when given), house number,
  street name and street type. Town and postcode are outside the address span
  (the postcode is its own POSTCODE span).
- SORT_CODE / BANK_ACCOUNT / IBAN / NI_NUMBER / SSN: the whole value, in any
  separator style.
- Negatives contain lookalikes only (money, balances, prices, times,
  durations, counts, years, percentages, non-birth dates, order / ticket /
  claim / invoice / policy / case references with their reference word,
  flight and room numbers, model numbers, meter readings, speeds, ages,
  temperatures, booking references, IVR options, extensions, dosages). They
  contain no personal names, e-mails or street addresses. Reference numbers
  (up to 10 digits) are always introduced by their reference word ("order",
  "claim", "invoice", "policy number", "case no", "ticket"). A negative fails
  if anything in it is redacted.

## Known limits

- Irish Eircodes and non-UK/US postcodes are not labelled types and do not
  occur. IBANs cover GB, IE, DE, FR, ES, NL, IT and BE.
- Values are generated, so some combinations (e.g. a name-based e-mail with
  a random domain) are synthetic; the surrounding dialogue is templated with
  random choices, so phrasing repeats across cases of the same template.
"""


def check_file(text, cases):
    problems = []
    lines = text.splitlines()
    ids = set()
    ct = Counter()
    for ln, line in enumerate(lines, 1):
        obj = json.loads(line)
        if obj["id"] in ids:
            problems.append(f"duplicate id {obj['id']}")
        ids.add(obj["id"])
        if obj["kind"] == "negative" and obj["spans"]:
            problems.append(f"{obj['id']}: negative with spans")
        if obj["kind"] == "positive" and not obj["spans"]:
            problems.append(f"{obj['id']}: positive without spans")
        by_turn = {}
        for s in obj["spans"]:
            if s["type"] not in TYPES:
                problems.append(f"{obj['id']}: bad type {s['type']}")
            t = obj["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                problems.append(f"{obj['id']}: span out of range {s}")
                continue
            if a > 0 and t[a - 1].isalnum():
                problems.append(f"{obj['id']}: span starts mid-word {s}")
            if b < len(t) and t[b].isalnum():
                problems.append(f"{obj['id']}: span ends mid-word {s}")
            if not (t[a].isalnum() or t[a] in "+("):
                problems.append(f"{obj['id']}: span starts on {t[a]!r}")
            if not t[b - 1].isalnum():
                problems.append(f"{obj['id']}: span ends on {t[b - 1]!r}")
            by_turn.setdefault(s["turn"], []).append((a, b))
            ct[s["type"]] += 1
        for spans in by_turn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    problems.append(f"{obj['id']}: overlapping spans")
    # value validation (grouped pieces)
    for c in cases:
        groups = {}
        order = []
        for val, ti, a, b in c.pieces:
            if id(val) not in groups:
                groups[id(val)] = (val, [])
                order.append(id(val))
            groups[id(val)][1].append(c.turns[ti][1][a:b])
        for k in order:
            val, surfs = groups[k]
            err = validate_group(val, surfs)
            if err:
                problems.append(f"{c.id}: {val.typ}: {err} :: "
                                f"{' | '.join(surfs)!r}")
        if c.kind == "negative":
            blob = " ".join(t for _, t in c.turns)
            if "@" in blob:
                problems.append(f"{c.id}: negative contains @")
    npos = sum(c.kind == "positive" for c in cases)
    nneg = sum(c.kind == "negative" for c in cases)
    if npos < 170:
        problems.append(f"only {npos} positives")
    if nneg < 100:
        problems.append(f"only {nneg} negatives")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if ct[t] < need:
            problems.append(f"type {t}: {ct[t]} spans < {need}")
    return problems, ct, npos, nneg


def main(argv):
    cases = build()
    text = to_jsonl(cases)
    rd = readme(cases)
    if "--check" in argv:
        problems = []
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            problems.append("README.md differs from regenerated output")
        # determinism: a second build must be identical
        if to_jsonl(build()) != text:
            problems.append("generation is not deterministic")
        p2, ct, npos, nneg = check_file(text, cases)
        problems += p2
        print(f"pii_holdout58: {npos} positive, {nneg} negative, "
              f"{sum(ct.values())} spans")
        for t in TYPES:
            print(f"  {t:13s} {ct[t]}")
        if problems:
            for p in problems[:200]:
                print("PROBLEM:", p)
            print(f"{len(problems)} problem(s)")
            return 1
        print("check OK")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(rd, encoding="utf-8")
    print(f"wrote {CASES} ({len(cases)} cases)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

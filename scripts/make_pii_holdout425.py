#!/usr/bin/env python3
"""Generate the pii_holdout425 held-out PII redaction evaluation set.

Independent test author; standard library only. Offsets are computed from
segments, never typed. Run with --check to regenerate and verify.
"""
import argparse
import json
import os
import re
import sys
from collections import Counter

import random

SEED = 425241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout425", "cases.jsonl")
N_POS = 210
N_NEG = 112

# --------------------------------------------------------------------------
# number words
UNITW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENSW = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
         8: "eighty", 9: "ninety"}
ORDW = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
        7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth",
        13: "thirteenth", 14: "fourteenth", 15: "fifteenth", 16: "sixteenth",
        17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
        30: "thirtieth"}
def ordw(n):
    return ORDW.get(n) or (TENSW[n // 10] + " " + ORDW[n % 10])


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
FOR_WORDS = {"a": ["apple", "alpha"], "b": ["bravo", "bob"], "c": ["charlie", "cat"],
             "d": ["delta", "dog"], "e": ["echo", "edward"], "g": ["golf", "george"],
             "h": ["hotel", "harry"], "j": ["juliet", "jack"], "k": ["kilo", "king"],
             "l": ["lima", "london"], "m": ["mike", "mother"], "n": ["november", "nancy"],
             "o": ["oscar", "orange"], "p": ["papa", "peter"], "r": ["romeo", "robert"],
             "s": ["sierra", "sugar"], "t": ["tango", "tommy"], "w": ["whiskey", "william"],
             "x": ["x-ray", "xylophone"], "y": ["yankee", "yellow"], "z": ["zulu", "zebra"],
             "q": ["quebec", "queen"], "f": ["foxtrot", "freddie"], "i": ["india", "ivan"],
             "u": ["uniform", "uncle"], "v": ["victor", "violet"]}
NATO_REV = {v: k for k, v in NATO.items()}
ZERO_SET = {"zero", "oh", "o", "nought", "nil"}
UNIT_MAP = {w: i for i, w in enumerate(UNITW) if i > 0}
TEEN_MAP = {w: 10 + i for i, w in enumerate(TEENW)}
TENS_MAP = {w: k for k, w in TENSW.items()}
ORD_MAP = {w: k for k, w in ORDW.items()}
FILLERS = ["um", "uh", "er", "erm"]


def tok(text):
    return re.findall(r"[a-z]+(?:-[a-z]+)?|\d+|[^\sa-z\d]", text.lower())


def _two(toks, i):
    """parse an optional 1-2 digit number after 'hundred and'; returns (2-digit str, i)"""
    if i < len(toks):
        t = toks[i]
        if t in TEEN_MAP:
            return str(TEEN_MAP[t]), i + 1
        if t in TENS_MAP:
            if i + 1 < len(toks) and toks[i + 1] in UNIT_MAP:
                return str(TENS_MAP[t]) + str(UNIT_MAP[toks[i + 1]]), i + 2
            return str(TENS_MAP[t]) + "0", i + 1
        if t in UNIT_MAP:
            return "0" + str(UNIT_MAP[t]), i + 1
    return "00", i


def walk(text, letters=False):
    """Normalise a (possibly spoken) value to a string of digits (and letters)."""
    toks = tok(text)
    out = []
    i = 0
    n = len(toks)

    def unitval(t):
        if t in ZERO_SET:
            return 0
        return UNIT_MAP.get(t)

    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t.isdigit():
            out.append(t)
            i += 1
        elif letters and len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < n:
            out.append(t.upper())
            i += 3
        elif letters and t in NATO_REV:
            out.append(NATO_REV[t].upper())
            i += 1
        elif t in ("double", "triple") and nxt is not None and unitval(nxt) is not None:
            out.append(str(unitval(nxt)) * (2 if t == "double" else 3))
            i += 2
        elif letters and t in ("double", "triple") and nxt is not None and len(nxt) == 1:
            out.append(nxt.upper() * (2 if t == "double" else 3))
            i += 2
        elif t in UNIT_MAP and nxt == "hundred":
            i += 2
            if i < n and toks[i] == "and":
                i += 1
            rest, i = _two(toks, i)
            out.append(str(UNIT_MAP[t]) + rest)
        elif t in UNIT_MAP and nxt == "thousand":
            i += 2
            if i < n and toks[i] == "and":
                i += 1
            rest, i = _two(toks, i)
            out.append(str(UNIT_MAP[t]) + "0" + rest)
        elif t in ZERO_SET:
            out.append("0")
            i += 1
        elif t in UNIT_MAP:
            out.append(str(UNIT_MAP[t]))
            i += 1
        elif t in TEEN_MAP:
            out.append(str(TEEN_MAP[t]))
            i += 1
        elif t in TENS_MAP:
            if nxt in UNIT_MAP:
                out.append(str(TENS_MAP[t]) + str(UNIT_MAP[nxt]))
                i += 2
            elif nxt in ORD_MAP and ORD_MAP[nxt] < 10:
                out.append(str(TENS_MAP[t]) + str(ORD_MAP[nxt]))
                i += 2
            else:
                out.append(str(TENS_MAP[t]) + "0")
                i += 1
        elif t in ORD_MAP:
            out.append(str(ORD_MAP[t]))
            i += 1
        elif letters and len(t) == 1 and t.isalpha():
            out.append(t.upper())
            i += 1
        else:
            i += 1
    return "".join(out)


def digits_of(text):
    return walk(text)


# --------------------------------------------------------------------------
# validators
def luhn_ok(d):
    s = 0
    for k, ch in enumerate(reversed(d)):
        v = int(ch)
        if k % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
BAD_NI_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_WORDS = {"road", "street", "avenue", "lane", "close", "drive", "way", "grove",
                "crescent", "place", "court", "gardens", "terrace", "boulevard", "blvd",
                "st", "rd", "ave", "row", "park", "hill", "square", "walk", "mews"}


def symbols(text):
    typed = re.sub(r"[\s\-\.\(\)/]", "", text).upper()
    if re.fullmatch(r"[A-Z0-9]+", typed):
        return typed, walk(text, letters=True)
    return None, walk(text, letters=True)


def has_month(text):
    low = text.lower()
    return any(re.search(r"\b%s\b" % m, low) or re.search(r"\b%s\b" % m[:3], low)
               for m in MONTHS)


def validate(typ, text, mode):
    d = digits_of(text)
    if mode == "fragment":
        if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
            return len(walk(text, letters=True)) >= 1
        return len(d) >= 1
    if typ == "CARD_NUMBER":
        return 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CVV":
        return len(d) in (3, 4)
    if typ == "SSN":
        return len(d) == 9
    if typ == "SORT_CODE":
        return len(d) == 6
    if typ == "BANK_ACCOUNT":
        return 6 <= len(d) <= 17
    if typ == "PHONE":
        return 10 <= len(d) <= 15
    if typ == "NI_NUMBER":
        a, b = symbols(text)
        return any(x and NI_RE.fullmatch(x) and x[:2] not in BAD_NI_PREFIX for x in (a, b))
    if typ == "IBAN":
        a, b = symbols(text)
        return any(x and iban_ok(x) for x in (a, b))
    if typ == "POSTCODE":
        a, b = symbols(text)
        return any(x and (UKPC_RE.fullmatch(x) or re.fullmatch(r"\d{5}(\d{4})?", x))
                   for x in (a, b))
    if typ == "EMAIL":
        if re.fullmatch(r"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+", text):
            return True
        low = " " + text.lower() + " "
        return " at " in low and " dot " in low
    if typ == "EXPIRY":
        if has_month(text):
            return 2 <= len(d) <= 4
        return len(d) in (4, 6) and 1 <= int(d[:2]) <= 12
    if typ == "DOB":
        if has_month(text):
            return bool(re.search(r"(19|20)\d\d$", d)) and 5 <= len(d) <= 6
        if len(d) == 8:
            a, b = int(d[:2]), int(d[2:4])
            return 1 <= a <= 31 and 1 <= b <= 31 and d[4:6] in ("19", "20")
        return False
    if typ == "ADDRESS":
        words = set(re.findall(r"[a-z]+", text.lower()))
        num = bool(d)
        return num and bool(words & STREET_WORDS)
    return False


# --------------------------------------------------------------------------
# case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}  # gid -> (type, mode, [span idx])
        self._g = 0

    def gid(self):
        self._g += 1
        return "g%d" % self._g

    def say(self, speaker, *parts):
        text = ""
        t = len(self.turns)
        for p in parts:
            if isinstance(p, str):
                text += p
            else:
                val, typ, gid, mode = (list(p) + [None, None])[:4]
                if gid is None:
                    gid = self.gid()
                start = len(text)
                text += val
                self.spans.append({"turn": t, "start": start, "end": len(text), "type": typ})
                g = self.groups.setdefault(gid, [typ, mode or "full", []])
                g[2].append(len(self.spans) - 1)
        self.turns.append({"speaker": speaker, "text": text})
        return self


def V(val, typ, gid=None, mode=None):
    return (val, typ, gid, mode)


def PH(val, gid=None):
    """phone value: a leading '+' stays outside the span (span starts at first digit)"""
    if val.startswith("+"):
        return ["+", V(val[1:], "PHONE", gid)]
    return [V(val, "PHONE", gid)]


# --------------------------------------------------------------------------
# value generators
def luhn_complete(prefix, length, rng):
    d = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(d + c):
            return d + c


def make_card(rng):
    r = rng.random()
    if r < 0.45:
        return luhn_complete("4" + str(rng.randrange(10)), 16, rng), [4, 4, 4, 4]
    if r < 0.7:
        return luhn_complete("5" + str(rng.randint(1, 5)), 16, rng), [4, 4, 4, 4]
    if r < 0.82:
        return luhn_complete(rng.choice(["34", "37"]), 15, rng), [4, 6, 5]
    if r < 0.9:
        return luhn_complete("6011", 16, rng), [4, 4, 4, 4]
    if r < 0.95:
        return luhn_complete("4", 13, rng), [4, 3, 3, 3]
    return luhn_complete("6" + rng.choice(["2", "7"]), 19, rng), [4, 4, 4, 4, 3]


def non_luhn(prefix, length, rng):
    while True:
        d = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix)))
        if not luhn_ok(d):
            return d


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in BAD_NI_PREFIX:
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def iban_make(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    ck = 98 - int(num) % 97
    return "%s%02d%s" % (cc, ck, bban)


def make_iban(rng):
    r = rng.random()
    dg = lambda k: "".join(str(rng.randrange(10)) for _ in range(k))
    if r < 0.3:
        return iban_make("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14))
    if r < 0.55:
        return iban_make("IE", rng.choice(["AIBK", "BOFI", "IPBS"]) + dg(14))
    if r < 0.75:
        return iban_make("DE", dg(18))
    if r < 0.88:
        return iban_make("NL", rng.choice(["ABNA", "INGB", "RABO"]) + dg(10))
    return iban_make("ES", dg(20))


def chunks_of(d, grouping):
    out, i = [], 0
    for g in grouping:
        out.append(d[i:i + g])
        i += g
    if i < len(d):
        out.append(d[i:])
    return [c for c in out if c]


def w_unit(ch, zw):
    return zw if ch == "0" else UNITW[int(ch)]


def say_single(chunk, zw, rng, runs=True):
    words, i = [], 0
    while i < len(chunk):
        j = i
        while j < len(chunk) and chunk[j] == chunk[i]:
            j += 1
        run = j - i
        if runs and run >= 3 and rng.random() < 0.5:
            words.append("triple " + w_unit(chunk[i], zw))
            i += 3
        elif runs and run >= 2 and rng.random() < 0.6:
            words.append("double " + w_unit(chunk[i], zw))
            i += 2
        else:
            words.append(w_unit(chunk[i], zw))
            i += 1
    return " ".join(words)


def say_pair(p, zw):
    if p[0] == "0":
        return zw + " " + w_unit(p[1], zw)
    if p[0] == "1":
        return TEENW[int(p[1])]
    return TENSW[int(p[0])] + ("" if p[1] == "0" else " " + UNITW[int(p[1])])


def say_pairs(chunk, zw, rng):
    words = []
    if len(chunk) % 2:
        words.append(w_unit(chunk[0], zw))
        chunk = chunk[1:]
    for k in range(0, len(chunk), 2):
        words.append(say_pair(chunk[k:k + 2], zw))
    return " ".join(words)


def say_hundreds(chunk, zw, rng):
    if len(chunk) == 3 and chunk[0] != "0":
        rest = chunk[1:]
        s = UNITW[int(chunk[0])] + " hundred"
        if rest != "00":
            s += rng.choice([" and ", " "]) + (say_pair(rest, zw) if rest[0] != "0"
                                              else UNITW[int(rest[1])])
        return s
    return say_pairs(chunk, zw, rng)


def say_chunk(chunk, style, zw, rng):
    if style == "mixed":
        style = rng.choice(["single", "single", "pairs", "hundreds"])
    if style == "pairs":
        return say_pairs(chunk, zw, rng)
    if style == "hundreds":
        return say_hundreds(chunk, zw, rng)
    return say_single(chunk, zw, rng)


def spoken_chunks(d, grouping, rng, style=None, zw=None):
    style = style or rng.choice(["single", "single", "single", "pairs", "mixed"])
    zw = zw or rng.choice(["oh", "oh", "oh", "o", "zero", "nought"])
    return [say_chunk(c, style, zw, rng) for c in chunks_of(d, grouping)]


def join_spoken(parts, rng, fillers=True):
    out = parts[0]
    for p in parts[1:]:
        prev_last = out.split()[-1] if out.split() else ""
        r = rng.random()
        if fillers and r < 0.2:
            sep = ", %s, " % rng.choice(FILLERS)
        elif fillers and r < 0.3:
            sep = " ... "
        elif r < 0.65:
            sep = ", "
        else:
            sep = " "
        if sep == " " and prev_last in TENS_MAP:
            sep = ", "
        out += sep + p
    return out


def spoken_number(d, grouping, rng, **kw):
    return join_spoken(spoken_chunks(d, grouping, rng, **kw), rng)


def typed_grouped(d, grouping, rng, seps=(" ", "-", "")):
    sep = rng.choice(seps)
    return sep.join(chunks_of(d, grouping))


def say_letter(ch, rng, style):
    c = ch.lower()
    if style == "nato":
        return NATO[c]
    if style == "for":
        return "%s for %s" % (c, rng.choice(FOR_WORDS[c]))
    if c == "o":
        return "o for oscar"
    return c


def spoken_ni(ni, rng):
    st = rng.choice(["plain", "for", "nato", "for"])
    a = " ".join(say_letter(c, rng, st) for c in ni[:2])
    mid = spoken_number(ni[2:8], rng.choice([[2, 2, 2], [6], [3, 3]]), rng)
    z = say_letter(ni[8], rng, st)
    return a, mid, z


def spoken_alnum(s, rng, st=None):
    st = st or rng.choice(["plain", "nato", "for"])
    words = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isalpha():
            words.append(say_letter(c, rng, st))
            i += 1
        else:
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            words.append(say_single(s[i:j], "oh", rng))
            i = j
    return " ".join(words)


# --------------------------------------------------------------------------
# vocab
FIRST = ["james", "sarah", "aoife", "mohammed", "priya", "liam", "grace", "tomasz",
         "chloe", "dev", "siobhan", "marcus", "elena", "kwame", "hannah", "oisin", "fatima",
         "luca", "megan", "raj"]
LAST = ["smith", "o'brien", "patel", "nowak", "murphy", "jones", "garcia", "kowalski",
        "walsh", "nguyen", "okafor", "byrne", "schmidt", "rossi", "taylor", "khan"]
DOMAINS = [("gmail", "com"), ("outlook", "com"), ("yahoo", "co.uk"), ("hotmail", "co.uk"),
           ("icloud", "com"), ("eircom", "net"), ("btinternet", "com"), ("web", "de"),
           ("proton", "me"), ("aol", "com")]
STREETS_UK = ["Elm Grove", "Kingsway Road", "Harbour Street", "Station Road", "Church Lane",
              "Mill Close", "Queens Crescent", "Highfield Gardens", "Victoria Terrace",
              "Beech Avenue", "Orchard Way", "Castle Hill", "Albert Mews", "Marsh Lane"]
STREETS_US = ["Maple Avenue", "Oak Drive", "Main Street", "Sunset Boulevard", "Pine St",
              "Cedar Lane", "Lakeview Drive", "Washington Ave", "Hillcrest Road"]
TOWNS_UK = ["Leeds", "Bristol", "Swansea", "Glasgow", "Norwich", "Derby", "Belfast", "Manchester",
            "London", "Edinburgh", "Cardiff", "Birmingham"]
TOWNS_US = ["Austin, TX", "Denver, CO", "Columbus, OH", "Tampa, FL", "Albany, NY"]
UK_PC = ["LS6 2AB", "BS8 1TH", "SA1 3QQ", "G12 8QQ", "NR2 4LP", "DE1 1QN", "BT7 1NN",
         "M14 5RW", "SW1A 2AA", "EH3 9DR", "CF10 1EP", "B33 8TH"]
US_ZIP = ["78701", "80203", "43215", "33602", "12207"]
INDUSTRY = ["bank", "mobile network", "energy supplier", "online retailer", "insurer",
            "airline", "hospital billing office", "council tax office", "broadband provider",
            "credit union", "water company", "travel agency"]


def typo(s, rng):
    if rng.random() < 0.3 and len(s) > 4:
        k = rng.randrange(1, len(s) - 1)
        if s[k].isalpha() and s[k + 1].isalpha():
            return s[:k] + s[k + 1] + s[k] + s[k + 2:]
    return s


def casev(s, rng):
    r = rng.random()
    if r < 0.15:
        return s.upper()
    if r < 0.45:
        return s.lower()
    return s


def fill(rng, p=0.5):
    return (rng.choice(FILLERS) + ", ") if rng.random() < p else ""


def spoken_expiry(rng):
    m, y = rng.randint(1, 12), rng.randint(25, 32)
    r = rng.random()
    if r < 0.35:
        return "%s twenty %s" % (MONTHS[m - 1], say_pair(str(y), "oh"))
    if r < 0.7:
        return "%s %s" % (say_pair("%02d" % m, rng.choice(["oh", "zero"])), say_pair(str(y), "oh"))
    if r < 0.85:
        return "%s, %s" % (say_single("%02d" % m, "oh", rng, runs=False),
                           say_single(str(y), "oh", rng, runs=False))
    return "%s twenty %s" % (MONTHS[m - 1], say_pair(str(y), "oh"))


def typed_expiry(rng):
    m, y = rng.randint(1, 12), rng.randint(25, 32)
    return rng.choice(["%02d/%02d", "%02d/20%02d", "%02d-%02d", "%02d / %02d"]) % (m, y)


def make_dob(rng):
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1938, 2006)


def spoken_year(y, rng):
    if y >= 2000:
        return rng.choice(["two thousand and ", "two thousand "]) + UNITW[y - 2000] \
            if y < 2010 else "two thousand and " + say_pair(str(y - 2000), "oh") \
            if rng.random() < 0.5 else "twenty " + say_pair(str(y - 2000), "oh")
    return "nineteen " + say_pair(str(y - 1900), "oh")


def spoken_dob(rng):
    d, m, y = make_dob(rng)
    dw = ORDW.get(d) or (TENSW[d // 10] + " " + ORDW[d % 10])
    r = rng.random()
    if r < 0.4:
        return "the %s of %s %s" % (dw, MONTHS[m - 1], spoken_year(y, rng)), d, m, y
    if r < 0.75:
        return "%s %s, %s" % (MONTHS[m - 1], dw, spoken_year(y, rng)), d, m, y
    return "%s %s %s" % (say_pair("%02d" % d, "oh"), say_pair("%02d" % m, "oh"),
                         spoken_year(y, rng)), d, m, y


def typed_dob(rng):
    d, m, y = make_dob(rng)
    r = rng.random()
    if r < 0.4:
        return "%02d/%02d/%d" % (d, m, y)
    if r < 0.6:
        return "%02d.%02d.%d" % (d, m, y)
    if r < 0.8:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize()[:rng.choice([3, 9])], y)
    return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)


def make_phone(rng):
    dg = lambda k: "".join(str(rng.randrange(10)) for _ in range(k))
    r = rng.random()
    if r < 0.3:
        body = "7" + dg(9)
        return ("0" + body, [5, 6], "+44" + body, [3, 4, 6])
    if r < 0.5:
        area = rng.choice(["201", "212", "415", "617", "312", "503"])
        body = area + "555" + dg(4)
        return (body, [3, 3, 4], "+1" + body, [2, 3, 3, 4])
    if r < 0.7:
        body = rng.choice(["83", "85", "86", "87"]) + dg(7)
        return ("0" + body, [3, 3, 4], "+353" + body, [4, 2, 3, 4])
    if r < 0.85:
        body = "20" + dg(8)
        return ("0" + body, [3, 4, 4], "+44" + body, [3, 2, 4, 4])
    body = rng.choice(["6", "7"]) + dg(8)
    return ("0" + body, [2, 2, 2, 2, 2], "+33" + body, [3, 1, 2, 2, 2, 2])


def typed_phone(rng):
    nat, ng, intl, ig = make_phone(rng)
    if rng.random() < 0.5:
        return typed_grouped(nat, ng, rng, seps=(" ", "-", "", " "))
    s = chunks_of(intl, ig)
    return " ".join(s) if rng.random() < 0.7 else "".join(s)


def spoken_phone(rng):
    nat, ng, intl, ig = make_phone(rng)
    if rng.random() < 0.55:
        return spoken_number(nat, ng, rng)
    cc_len = len(ig and chunks_of(intl, ig)[0]) - 1
    cc = intl[1:1 + cc_len]
    rest = intl[1 + cc_len:]
    return "plus " + say_single(cc, "oh", rng, runs=False) + ", " + \
        spoken_number(rest, ig[1:], rng)


def make_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST).replace("'", "")
    dom, tld = rng.choice(DOMAINS)
    num = str(rng.randint(1, 99)) if rng.random() < 0.4 else ""
    sep = rng.choice([".", "_", "", "."])
    first = f if rng.random() < 0.6 else f[0]
    return first, sep, l, num, dom, tld


def typed_email(rng):
    first, sep, l, num, dom, tld = make_email(rng)
    s = "%s%s%s%s@%s.%s" % (first, sep, l, num, dom, tld)
    return casev(s, rng) if rng.random() < 0.4 else s


def spoken_email(rng):
    first, sep, l, num, dom, tld = make_email(rng)
    sepw = {".": " dot ", "_": " underscore ", "": " "}[sep]
    if len(first) == 1 and rng.random() < 0.5:
        first = "%s for %s" % (first, rng.choice(FOR_WORDS[first]))
    nw = (" " + say_pair(num.zfill(2), "oh") if len(num) == 2 else " " + UNITW[int(num)]) if num else ""
    if rng.random() < 0.3:
        lw = l + ", that's " + " ".join(l)
    else:
        lw = l
    tldw = " dot ".join(tld.split("."))
    return "%s%s%s%s at %s dot %s" % (first, sepw, lw, nw, dom, tldw)


def make_address(rng, us=False):
    num = rng.randint(1, 240)
    street = rng.choice(STREETS_US if us else STREETS_UK)
    flat = rng.randint(1, 24) if (not us and rng.random() < 0.3) else None
    return num, street, flat


def typed_address(rng, us=False):
    num, street, flat = make_address(rng, us)
    s = "%d %s" % (num, street)
    if flat:
        s = rng.choice(["Flat %d, ", "flat %d ", "Apt %d, "]) % flat + s
    if us and rng.random() < 0.3:
        s = s + " Apt %d" % rng.randint(1, 30)
    return casev(s, rng) if rng.random() < 0.3 else s


def num_words(n, rng):
    if n < 10:
        return UNITW[n]
    if n < 100:
        return say_pair(str(n), "oh")
    if rng.random() < 0.5:
        return say_hundreds(str(n), "oh", rng)
    return say_pairs(str(n), "oh", rng)


def spoken_address(rng, us=False):
    num, street, flat = make_address(rng, us)
    s = "%s %s" % (num_words(num, rng), street.lower())
    if flat:
        s = "flat %s, %s" % (num_words(flat, rng), s)
    return s


def spoken_ukpc(pc, rng):
    out, a, b = [], pc.split()[0], pc.split()[1]
    st = rng.choice(["plain", "plain", "nato", "for"])
    wa = " ".join(say_letter(c, rng, st) if c.isalpha() else w_unit(c, "oh") for c in a)
    wb = " ".join(say_letter(c, rng, st) if c.isalpha() else w_unit(c, "oh") for c in b)
    return wa + rng.choice([", ", " ", " ... "]) + wb


# --------------------------------------------------------------------------
# positive templates
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yes", "and the next four?",
        "sorry, go ahead", "ok, next bit"]
AGENT_OK = ["Thanks, that's gone through.", "Lovely, thank you.", "Perfect, thanks for that.",
            "Great, I've updated that.", "ok thank you, bear with me a sec."]


def pos_chat_card(rng):
    c = Case("positive", "typed chat: card, expiry and CVV with labels; order number nearby")
    card, grp = make_card(rng)
    order = non_luhn(str(rng.randint(1, 9)), rng.choice([10, 12, 16]), rng)
    lab = rng.choice(["card no:", "Card number -", "crd num", "CARD:", "long number on card ="])
    c.say("customer", "%s order %s still hasnt shipped, want to pay by another card" % (
        typo("hi, my", rng), order))
    c.say("agent", "Of course. Please type the card details here, this chat is secure.")
    c.say("customer", typo(lab, rng) + " ", V(typed_grouped(card, grp, rng), "CARD_NUMBER"),
          rng.choice([" exp ", "\nexpiry: ", ", expires ", " valid till "]), V(typed_expiry(rng), "EXPIRY"),
          rng.choice([" cvv ", "\nCVC: ", ", security code ", " sec code "]),
          V(str(rng.randint(100, 999)) if card[:2] not in ("34", "37") else str(rng.randint(1000, 9999)), "CVV"))
    c.say("agent", rng.choice(AGENT_OK) + " Order %s is now paid." % order)
    return c


def pos_asr_card_split(rng):
    c = Case("positive", "ASR call: card read in chunks over several turns, agent read-back")
    card, grp = make_card(rng)
    parts = spoken_chunks(card, grp, rng)
    g = c.gid()
    ind = rng.choice(INDUSTRY)
    c.say("agent", "thanks for calling your %s, i can take that payment now, what's the long number on the card" % ind)
    i = 0
    first = True
    while i < len(parts):
        k = rng.choice([1, 1, 2])
        chunk = join_spoken(parts[i:i + k], rng)
        i += k
        lead = rng.choice(["yeah it's ", "okay so ", "", "um ", "right, "]) if first else \
            rng.choice(["", "then ", "uh ", "and "])
        c.say("customer", lead, V(chunk, "CARD_NUMBER", g))
        first = False
        if i < len(parts):
            c.say("agent", rng.choice(BACK))
    if rng.random() < 0.7:
        rb = join_spoken(spoken_chunks(card, grp, rng, style="single"), rng, fillers=False)
        c.say("agent", "so just to confirm that's ", V(rb, "CARD_NUMBER"), rng.choice(["?", ", yeah?", ", is that right?"]))
        c.say("customer", rng.choice(["yes", "yep that's it", "that's right yeah"]))
    c.say("agent", "and the expiry date")
    c.say("customer", rng.choice(["it's ", "", "uh "]), V(spoken_expiry(rng), "EXPIRY"))
    c.say("agent", "and the three digits on the back")
    cvv = "%03d" % rng.randint(0, 999) if card[:2] not in ("34", "37") else "%04d" % rng.randint(0, 9999)
    c.say("customer", V(say_single(cvv, rng.choice(["oh", "zero"]), rng, runs=False), "CVV"))
    return c


def pos_card_correction(rng):
    c = Case("positive", "ASR call: restarted card reading; abandoned attempt labelled as fragment")
    card, grp = make_card(rng)
    parts = spoken_chunks(card, grp, rng, style="single")
    c.say("agent", "can i take the card number please")
    wrong = say_single(card[:4][:-1] + str((int(card[3]) + 3) % 10), "oh", rng, runs=False)
    c.say("customer", V(wrong, "CARD_NUMBER", None, "fragment"),
          rng.choice(["... no sorry, hang on, let me start again, ", " - wait that's wrong, sorry, ",
                      ", no no, that's my old card, it's "]),
          V(join_spoken(parts, rng), "CARD_NUMBER"))
    c.say("agent", rng.choice(["no problem", "okay got it", "lovely"]) +
          ", and your booking reference is %s, yeah?" % spoken_alnum(
              "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), rng, "plain"))
    c.say("customer", "yeah that's the one")
    return c


def pos_card_lastfour_after(rng):
    c = Case("positive", "full card read, later 'ending' mention of same card labelled; ticket number not")
    card, grp = make_card(rng)
    g = c.gid()
    tk = non_luhn("", 16, rng)
    c.say("customer", "i'm calling about ticket ", spoken_number(tk, [4, 4, 4, 4], rng, style="single"),
          ", i was charged twice")
    c.say("agent", "sorry to hear that, which card was it?")
    c.say("customer", "it was ", V(spoken_number(card, grp, rng), "CARD_NUMBER", g))
    last4 = card[-4:]
    c.say("agent", "thank you, so the card ending ",
          V(say_single(last4, "oh", rng, runs=False), "CARD_NUMBER", None, "fragment"),
          ", i can see two charges of %d pounds %d" % (rng.randint(10, 300), rng.randint(1, 99)))
    return c


def pos_ssn(rng):
    c = Case("positive", "US healthcare/insurance: SSN with DOB; claim number in SSN rhythm not labelled")
    ssn = make_ssn(rng)
    claim = "%03d%02d%03d" % (rng.randint(100, 999), rng.randint(10, 99), rng.randint(100, 999))
    if rng.random() < 0.5:
        c.say("customer", rng.choice(["ssn ", "SSN: ", "social is ", "Soc Sec # "]),
              V(typed_grouped(ssn, [3, 2, 4], rng, seps=("-", " ", "")), "SSN"),
              rng.choice([" and dob ", ", DOB ", " born "]), V(typed_dob(rng), "DOB"),
              ". claim # %s-%s-%s" % (claim[:3], claim[3:5], claim[5:]))
        c.say("agent", "Thanks, I found claim %s." % claim)
    else:
        c.say("agent", "for verification can i get the last, sorry, the full social security number")
        c.say("customer", "sure it's ", V(spoken_number(ssn, [3, 2, 4], rng), "SSN"))
        c.say("agent", "and your date of birth")
        s, *_ = spoken_dob(rng)
        c.say("customer", V(s, "DOB"))
        c.say("agent", "thank you, and the claim number is %s right" % spoken_number(claim, [3, 2, 3], rng))
    return c


def pos_ssn_split(rng):
    c = Case("positive", "ASR: SSN split over turns with back-channels, agent read-back; member id not labelled")
    ssn = make_ssn(rng)
    g = c.gid()
    parts = spoken_chunks(ssn, [3, 2, 4], rng)
    c.say("agent", "can you give me the social security number on the account")
    c.say("customer", fill(rng), V(parts[0], "SSN", g))
    c.say("agent", rng.choice(BACK[:6]))
    c.say("customer", V(parts[1] + ", " + fill(rng, 0.6) + parts[2], "SSN", g))
    if rng.random() < 0.8:
        c.say("agent", "i have ", V(spoken_number(ssn, [3, 2, 4], rng, style="single"), "SSN"),
              ", and your member id is %s, that's on your insurance card" % spoken_number(
                  "%09d" % rng.randint(0, 10 ** 9 - 1), [3, 3, 3], rng))
    return c


def pos_ni(rng):
    c = Case("positive", "UK gov services: NI number; case reference not labelled")
    ni = make_ni(rng)
    ref = "%s%d" % ("".join(rng.choice("ABCDEFGH") for _ in range(3)), rng.randint(10000, 99999))
    if rng.random() < 0.45:
        t = ni if rng.random() < 0.5 else "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
        c.say("customer", typo(rng.choice(["NI number: ", "my national insurance no is ", "NINO "]), rng),
              V(casev(t, rng), "NI_NUMBER"), " and the case ref %s" % ref)
        c.say("agent", "Thank you, I've linked case %s to your record." % ref)
    else:
        a, mid, z = spoken_ni(ni, rng)
        c.say("agent", "and your national insurance number please")
        c.say("customer", "it's ", V("%s, %s%s, %s" % (a, fill(rng, 0.3), mid, z), "NI_NUMBER"))
        if rng.random() < 0.6:
            a2, mid2, z2 = spoken_ni(ni, rng)
            c.say("agent", "so ", V("%s %s %s" % (a2, mid2, z2), "NI_NUMBER"), ", and your reference is %s" % ref.lower())
    return c


def pos_ni_split(rng):
    c = Case("positive", "ASR: NI number split over turns; letters, digits, suffix")
    ni = make_ni(rng)
    g = c.gid()
    a, mid, z = spoken_ni(ni, rng)
    c.say("agent", "what's your national insurance number")
    c.say("customer", rng.choice(["right so it starts ", "ok, ", "hold on it's on my payslip... ok, "]), V(a, "NI_NUMBER", g))
    c.say("agent", rng.choice(["yep", "mhm", "go on"]))
    c.say("customer", V(mid, "NI_NUMBER", g))
    c.say("agent", rng.choice(["and the letter at the end?", "and the last letter", "ok"]))
    c.say("customer", V(z, "NI_NUMBER", g), rng.choice(["", " i think", ", yeah"]))
    return c


def pos_bank_uk(rng):
    c = Case("positive", "UK banking: sort code and account number; payment amount not labelled")
    sc = "%02d%02d%02d" % (rng.randint(1, 99), rng.randint(0, 99), rng.randint(0, 99))
    acct = "%08d" % rng.randint(0, 10 ** 8 - 1)
    amt = "%d.%02d" % (rng.randint(10, 5000), rng.randint(0, 99))
    if rng.random() < 0.5:
        c.say("customer", typo(rng.choice(["sort code ", "s/c: ", "SORT "]), rng),
              V(typed_grouped(sc, [2, 2, 2], rng, seps=("-", " ", "")), "SORT_CODE"),
              rng.choice([" acct no: ", " account ", "\nA/C "]), V(acct, "BANK_ACCOUNT"),
              ", please refund the £%s" % amt)
        c.say("agent", "Thanks. The refund of £%s will go to the account ending %s." % (amt, acct[-4:]))
    else:
        c.say("agent", "what's the sort code")
        c.say("customer", V(spoken_number(sc, [2, 2, 2], rng, style=rng.choice(["pairs", "single"])), "SORT_CODE"))
        c.say("agent", "and the account number")
        c.say("customer", V(spoken_number(acct, [4, 4], rng), "BANK_ACCOUNT"))
        c.say("agent", "lovely, and the refund is %s" % spoken_amount(rng))
    return c


def spoken_amount(rng):
    p = rng.randint(100, 9999)
    return "%s pounds %s" % (p, rng.choice(["fifty", "twenty", "ninety nine"]))


def pos_iban(rng):
    c = Case("positive", "EU/IE banking: IBAN typed or spoken")
    ib = make_iban(rng)
    if rng.random() < 0.5:
        t = " ".join(ib[k:k + 4] for k in range(0, len(ib), 4)) if rng.random() < 0.6 else ib
        c.say("customer", typo(rng.choice(["IBAN: ", "my iban is ", "pls send to IBAN "]), rng),
              V(casev(t, rng), "IBAN"), rng.choice(["", " thx", " - BIC not needed?"]))
        c.say("agent", "Thank you, the transfer will reach that account in 2-3 working days.")
    else:
        c.say("agent", "can you read me the iban")
        body = spoken_alnum(ib[:2], rng, "plain") + " " + say_single(ib[2:4], "oh", rng) + ", " + \
            spoken_alnum(ib[4:], rng)
        c.say("customer", V(body, "IBAN"))
        c.say("agent", "thanks, that's %d characters, that looks right" % len(ib))
    return c


def pos_phone(rng):
    c = Case("positive", "callback phone number, national or international; opening hours not labelled")
    if rng.random() < 0.45:
        c.say("customer", typo(rng.choice(["call me back on ", "mob: ", "Tel. ", "best number is "]), rng),
              *PH(typed_phone(rng)), " after 5pm")
        c.say("agent", "Will do, we're open until 8pm tonight.")
    else:
        g = c.gid()
        c.say("agent", "what's the best number to reach you on")
        ph = spoken_phone(rng)
        c.say("customer", rng.choice(["", "yeah it's ", "uh it's "]), *PH(ph, g))
        if rng.random() < 0.5:
            c.say("agent", "so that's ", *PH(ph), ", and someone will call within forty eight hours")
    return c


def pos_email(rng):
    c = Case("positive", "email address typed or spelled out on a call")
    if rng.random() < 0.45:
        c.say("customer", typo(rng.choice(["email: ", "my e-mail is ", "send it to "]), rng),
              V(typed_email(rng), "EMAIL"), rng.choice(["", " please", ". Thanks"]))
        c.say("agent", "Done, the confirmation has been sent.")
    else:
        c.say("agent", "and what email should we send the statement to")
        c.say("customer", rng.choice(["it's ", "uh it's ", ""]), V(spoken_email(rng), "EMAIL"))
        c.say("agent", "okay that'll be sent in the next ten minutes")
    return c


def pos_address(rng):
    us = rng.random() < 0.35
    c = Case("positive", "address (house number + street), town unlabelled, postcode/ZIP separate")
    k = rng.randrange(len(TOWNS_US) if us else len(TOWNS_UK))
    town = (TOWNS_US if us else TOWNS_UK)[k]
    pc = (US_ZIP[k] + (("-%04d" % rng.randint(1, 9999)) if rng.random() < 0.3 else "")) if us else UK_PC[k]
    if rng.random() < 0.5:
        c.say("customer", typo("new address is ", rng), V(typed_address(rng, us), "ADDRESS"),
              ", %s " % town, V(casev(pc, rng), "POSTCODE"))
        c.say("agent", "Thanks, your new meter will be fitted on the 3rd.")
    else:
        c.say("agent", "can you confirm the first line of the address")
        c.say("customer", rng.choice(["it's ", "yeah ", "um "]), V(spoken_address(rng, us), "ADDRESS"),
              ", %s" % town.lower())
        c.say("agent", "and the %s" % ("zip code" if us else "postcode"))
        if us:
            c.say("customer", V(say_single(pc[:5], "oh", rng), "POSTCODE"))
        else:
            c.say("customer", V(spoken_ukpc(pc, rng), "POSTCODE"))
    return c


def pos_dob(rng):
    c = Case("positive", "date of birth with age and appointment date unlabelled")
    age = rng.randint(18, 90)
    if rng.random() < 0.4:
        c.say("customer", typo(rng.choice(["DOB ", "d.o.b: ", "date of birth "]), rng), V(typed_dob(rng), "DOB"),
              ", I'm %d, appointment is 12/06/2026 at 9:15" % age)
        c.say("agent", "Thanks, your appointment is confirmed.")
    else:
        s, *_ = spoken_dob(rng)
        c.say("agent", "can you confirm your date of birth for me")
        c.say("customer", rng.choice(["yeah it's ", "", "um, "]), V(s, "DOB"))
        c.say("agent", "thank you, and the appointment is the %s of %s at ten thirty" % (
            ordw(rng.randint(1, 20)), rng.choice(MONTHS)))
    return c


def pos_mixed(rng):
    c = Case("positive", "mixed call: card plus SSN or NI, with card-like reference unlabelled")
    card, grp = make_card(rng)
    ref = non_luhn("", 16, rng)
    c.say("agent", "your reference for today is %s" % spoken_number(ref, [4, 4, 4, 4], rng, style="single"))
    c.say("customer", "ok and you need my card? it's ", V(spoken_number(card, grp, rng), "CARD_NUMBER"))
    if rng.random() < 0.5:
        c.say("agent", "and the social security number for the credit check")
        c.say("customer", V(spoken_number(make_ssn(rng), [3, 2, 4], rng), "SSN"))
    else:
        a, mid, z = spoken_ni(make_ni(rng), rng)
        c.say("agent", "and your national insurance number for the credit check")
        c.say("customer", V("%s %s %s" % (a, mid, z), "NI_NUMBER"))
    return c


def pos_chat_multi(rng):
    c = Case("positive", "typed email thread: card, phone, email with invoice number unlabelled")
    card, grp = make_card(rng)
    inv = "INV-%d-%06d" % (rng.randint(2019, 2026), rng.randint(0, 999999))
    c.say("customer", "Re: %s\nPlease charge " % inv, V(typed_grouped(card, grp, rng, seps=(" ", "", "-", ".")), "CARD_NUMBER"),
          " (exp ", V(typed_expiry(rng), "EXPIRY"), "). Contact ", *PH(typed_phone(rng)),
          " or ", V(typed_email(rng), "EMAIL"))
    c.say("agent", "Thanks, invoice %s has been settled." % inv)
    return c


def pos_ssn_typed_ni(rng):
    c = Case("positive", "typed form-like chat: SSN or NI with odd separators")
    if rng.random() < 0.5:
        ssn = make_ssn(rng)
        c.say("customer", rng.choice(["SS#", "ssn-", "Social: "]),
              V(rng.choice(["%s-%s-%s", "%s %s %s", "%s.%s.%s", "%s%s%s"]) % (ssn[:3], ssn[3:5], ssn[5:]), "SSN"),
              ", policy no. %s" % ("PL" + str(rng.randint(10 ** 8, 10 ** 9 - 1))))
    else:
        ni = make_ni(rng)
        c.say("customer", rng.choice(["NI: ", "ni no ", "Nat Ins - "]),
              V(casev(rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (ni[:2], ni[2:8], ni[8]), rng), "NI_NUMBER"),
              ", my tax code is 1257L")
    c.say("agent", "Thanks, verified.")
    return c


def pos_card_aside(rng):
    c = Case("positive", "ASR: card reading interrupted by an aside; reading resumes in the same and next turn")
    card, grp = make_card(rng)
    parts = spoken_chunks(card, grp, rng)
    g = c.gid()
    k = rng.randint(1, len(parts) - 1)
    aside = rng.choice(["sorry, the dog's going mad, hang on... right, where was i, ",
                        "hold on my glasses... okay, ", "- sorry, kids, be quiet! - sorry, "])
    c.say("agent", "go ahead with the card number when you're ready")
    c.say("customer", V(join_spoken(parts[:k], rng), "CARD_NUMBER", g), " " + aside,
          V(parts[k], "CARD_NUMBER", g))
    if k + 1 < len(parts):
        c.say("agent", rng.choice(["mhm", "yep", "got that"]))
        c.say("customer", V(join_spoken(parts[k + 1:], rng), "CARD_NUMBER", g))
    c.say("agent", "thank you, and the %s for today is %s" % (
        rng.choice(["amount", "payment"]), spoken_amount(rng)))
    return c


def pos_email_split(rng):
    c = Case("positive", "ASR: email spelled over two turns, agent read-back; order number nearby")
    f, l = rng.choice(FIRST), rng.choice(LAST).replace("'", "")
    dom, tld = rng.choice(DOMAINS)
    g = c.gid()
    c.say("agent", "what email is on the order %s" % spoken_number(non_luhn("", 10, rng), [3, 3, 4], rng))
    c.say("customer", V("%s dot %s%s%s" % (f, l, rng.choice([", that's ", ", spelled "]), " ".join(l)),
                        "EMAIL", g), rng.choice(["", ", um"]))
    c.say("agent", "yep")
    c.say("customer", rng.choice(["", "and then "]),
          V("at %s dot %s" % (dom, " dot ".join(tld.split("."))), "EMAIL", g))
    c.say("agent", "so ", V("%s dot %s at %s dot %s" % (f, l, dom, " dot ".join(tld.split("."))), "EMAIL"))
    return c


POS = [pos_chat_card, pos_asr_card_split, pos_card_correction, pos_card_lastfour_after, pos_ssn,
       pos_ssn_split, pos_ni, pos_ni_split, pos_bank_uk, pos_iban, pos_phone, pos_email,
       pos_address, pos_dob, pos_mixed, pos_chat_multi, pos_ssn_typed_ni, pos_address, pos_bank_uk, pos_iban,
       pos_card_aside, pos_email_split]


# --------------------------------------------------------------------------
# negative templates
def neg_card_rhythm_ref(rng):
    c = Case("negative", "reference number read in card rhythm with card words nearby")
    lab = rng.choice(["order number", "tracking number", "replacement card request reference",
                      "dispute reference", "ticket number", "transaction id"])
    d = luhn_complete("4", 16, rng) if rng.random() < 0.5 else non_luhn("5", 16, rng)
    c.say("agent", "your %s is %s" % (lab, spoken_number(d, [4, 4, 4, 4], rng)))
    c.say("customer", "hang on, is that the one on my card? " + rng.choice(["no?", "ok"]))
    c.say("agent", "no, don't give me your card number, that's just the %s, %s" % (
        lab, spoken_number(d, [4, 4, 4, 4], rng, style="single")))
    return c


def neg_ssn_rhythm(rng):
    c = Case("negative", "claim/policy/member numbers in SSN rhythm, social mentioned but not given")
    d = "%03d%02d%04d" % (rng.randint(100, 899), rng.randint(10, 99), rng.randint(0, 9999))
    lab = rng.choice(["claim number", "policy number", "member id", "group number", "case number"])
    if rng.random() < 0.5:
        c.say("customer", "I don't want to give my social. My %s is %s-%s-%s" % (lab, d[:3], d[3:5], d[5:]))
        c.say("agent", "That's fine, %s %s-%s-%s is enough." % (lab, d[:3], d[3:5], d[5:]))
    else:
        c.say("agent", "you don't need your social security number, just the %s" % lab)
        c.say("customer", "ok the %s is %s" % (lab, spoken_number(d, [3, 2, 4], rng)))
    return c


def neg_ni_rhythm(rng):
    c = Case("negative", "references shaped like NI numbers, with national insurance words nearby")
    L = "".join(rng.choice("ABCEHJKLMNPRSTWXYZ") for _ in range(2))
    num = "%06d" % rng.randint(0, 999999)
    lab = rng.choice(["HMRC case reference", "benefit claim reference", "payroll reference",
                      "employer PAYE reference", "student loan reference"])
    c.say("agent", "i don't need your national insurance number, just the %s" % lab)
    c.say("customer", "it's %s, %s, %s" % (" ".join(NATO[x.lower()] for x in L),
                                          spoken_number(num, [2, 2, 2], rng), rng.choice(["slash 01", "x-ray", "zero one"])))
    return c


def neg_last_four(rng):
    c = Case("negative", "card last-four mentions only, amounts")
    l4 = "%04d" % rng.randint(0, 9999)
    c.say("agent", rng.choice(["is that the card ending %s?", "I can see a visa ending in %s", "the card ending %s has expired"])
          % rng.choice([l4, say_single(l4, "oh", rng, runs=False)]))
    c.say("customer", "yes, the last four are %s, and the charge was %d pounds %d" % (
        say_single(l4, "oh", rng), rng.randint(10, 999), rng.randint(1, 99)))
    return c


def neg_amounts(rng):
    c = Case("negative", "balances, prices and percentages spoken digit by digit")
    bal = rng.randint(1000, 99999)
    c.say("agent", "your balance is %s pounds and %s pence, interest rate is %s point %s percent" % (
        num_words(bal // 100, rng) if bal // 100 < 1000 else str(bal), say_pair(str(rng.randint(10, 99)), "oh"),
        UNITW[rng.randint(1, 9)], UNITW[rng.randint(0, 9)]))
    c.say("customer", "so if i pay %d.%02d by the %s, is that the %d%% discount?" % (
        rng.randint(100, 9999), rng.randint(0, 99), ordw(rng.randint(1, 28)) if rng.random() < 0.5 else "28th",
        rng.randint(5, 40)))
    return c


def neg_times_dates(rng):
    c = Case("negative", "opening hours, appointment/contract dates, durations, years")
    c.say("agent", "we're open %s till %s monday to friday, your engineer visit is %s the %s of %s between %s and %s" % (
        UNITW[rng.randint(7, 9)], UNITW[rng.randint(5, 9)], rng.choice(["on", "for"]), ordw(rng.randint(1, 28)),
        rng.choice(MONTHS), rng.choice(["eight", "ten"]), rng.choice(["twelve", "one"])))
    c.say("customer", "ok, my contract started %02d/%02d/%d and i've been with you %d years, since %d" % (
        rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2025), rng.randint(2, 12), rng.randint(1998, 2018)))
    c.say("agent", "the call has been %d minutes, sorry about the %d minute wait" % (rng.randint(5, 40), rng.randint(10, 50)))
    return c


def neg_meter_serial(rng):
    c = Case("negative", "meter readings, serial/model numbers, long digit strings")
    mr = "%05d" % rng.randint(0, 99999)
    serial = luhn_complete("4", 16, rng)
    c.say("customer", "meter reading is %s, and the meter serial is %s" % (
        spoken_number(mr, [5], rng, style="single"), rng.choice([serial, spoken_number(serial, [4, 4, 4, 4], rng)])))
    c.say("agent", "thanks, and the model number on the boiler? it starts KD")
    c.say("customer", "KD-%d%s, imported %d" % (rng.randint(10, 99), rng.choice("XYZ"), rng.randint(2005, 2024)))
    return c


def neg_travel(rng):
    c = Case("negative", "travel: flight, seat, gate, room, booking ref, 13-digit e-ticket number")
    et = "%03d%010d" % (rng.choice([125, 220, 157, 176]), rng.randint(0, 10 ** 10 - 1))
    c.say("agent", "you're on flight %s %d, seat %d%s, gate %d, e-ticket number %s" % (
        rng.choice(["BA", "EI", "FR", "LH"]), rng.randint(100, 9999), rng.randint(1, 40), rng.choice("ABCDEF"),
        rng.randint(1, 60), et))
    c.say("customer", "and the hotel room is %d? booking reference %s" % (
        rng.randint(100, 4999), "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
    c.say("agent", "yes, and your e-ticket again is %s" % spoken_number(et, [3, 4, 3, 3], rng))
    return c


def neg_misc(rng):
    c = Case("negative", "ages, temperatures, counts, road names, sort-code-like extensions")
    c.say("customer", "my mum is %s, she's on the %s road, near junction %d, and it's %d degrees in the house" % (
        num_words(rng.randint(60, 99), rng), rng.choice(["A6", "B4632", "M62", "A38"]), rng.randint(1, 40),
        rng.randint(10, 30)))
    ext = "%02d-%02d-%02d" % (rng.randint(10, 99), rng.randint(0, 99), rng.randint(0, 99))
    c.say("agent", "i'll put you through to billing, internal ticket %s, there are %d people ahead of you" % (
        ext, rng.randint(2, 20)))
    return c


def neg_chat_codes(rng):
    c = Case("negative", "typed chat: order/invoice/tracking/serial numbers with labels")
    c.say("customer", "%s #%s, tracking 1Z%s, invoice INV%d, serial %s - card ending %04d was charged £%d.%02d" % (
        typo("Order", rng), non_luhn("", 16, rng), "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(16)),
        rng.randint(10 ** 7, 10 ** 8), "SN" + non_luhn("3", 15, rng), rng.randint(0, 9999),
        rng.randint(5, 900), rng.randint(0, 99)))
    c.say("agent", "Thanks, ticket %d-%d opened, expect a reply within %d hours." % (
        rng.randint(100, 999), rng.randint(10000, 99999), rng.choice([24, 48, 72])))
    return c


def neg_policy_card_words(rng):
    c = Case("negative", "policy/account-reference numbers read with pauses and 'card' word; not PII")
    g = rng.choice([[4, 4, 4, 4], [3, 2, 4], [4, 6, 5]])
    d = "".join(str(rng.randrange(10)) for _ in range(sum(g)))
    c.say("customer", "the number on my %s is" % rng.choice(["loyalty card", "insurance card", "library card",
                                                               "gift card voucher", "boarding card"]))
    c.say("agent", "go on")
    c.say("customer", spoken_number(d, g, rng))
    c.say("agent", "thanks, that's your %s number, not a payment card, so that's fine" % rng.choice(
        ["membership", "policy", "voucher", "loyalty"]))
    return c


def neg_spoken_amount_cardlike(rng):
    c = Case("negative", "large amounts and account balances said like a card or id reading")
    n = rng.randint(1000, 9999)
    c.say("customer", "the card limit is %s and i've used %s of it" % (
        say_hundreds(str(n)[:1], "oh", rng) + " thousand " + say_hundreds(str(n)[1:], "oh", rng) if str(n)[1] != "0" else str(n),
        "%d,%03d" % (rng.randint(1, 9), rng.randint(0, 999))))
    c.say("agent", "right, and your statement number is %s, page %d of %d" % (
        spoken_number("%09d" % rng.randint(0, 10 ** 9 - 1), [3, 2, 4], rng), rng.randint(1, 3), rng.randint(3, 6)))
    return c


NEG = [neg_card_rhythm_ref, neg_ssn_rhythm, neg_ni_rhythm, neg_last_four, neg_amounts, neg_times_dates,
       neg_meter_serial, neg_travel, neg_misc, neg_chat_codes, neg_policy_card_words, neg_card_rhythm_ref,
       neg_ssn_rhythm, neg_ni_rhythm, neg_spoken_amount_cardlike]


# --------------------------------------------------------------------------
def build():
    rng = random.Random(SEED)
    cases = []
    for i in range(N_POS):
        c = POS[i % len(POS)](rng)
        c.id = "h425-pos-%03d" % (i + 1)
        cases.append(c)
    for i in range(N_NEG):
        c = NEG[i % len(NEG)](rng)
        c.id = "h425-neg-%03d" % (i + 1)
        cases.append(c)
    return cases


def serialise(cases):
    lines = []
    for c in cases:
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": c.spans,
                                 "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def check(cases):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        data = f.read()
    if data != serialise(cases):
        errs.append("file is not byte-identical to regenerated output")
    recs = [json.loads(l) for l in data.splitlines()]
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    counts = Counter()
    npos = nneg = 0
    for r, c in zip(recs, cases):
        if r["kind"] == "positive":
            npos += 1
            if not r["spans"]:
                errs.append("%s: positive without spans" % r["id"])
        else:
            nneg += 1
            if r["spans"]:
                errs.append("%s: negative with spans" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % r["id"])
        per_turn = {}
        for s in r["spans"]:
            counts[s["type"]] += 1
            if not (0 <= s["turn"] < len(r["turns"])):
                errs.append("%s: bad turn" % r["id"])
                continue
            text = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                errs.append("%s: offsets out of range" % r["id"])
                continue
            if not (text[a].isalnum() and text[b - 1].isalnum()):
                errs.append("%s: span edge not alnum %r" % (r["id"], text[a:b]))
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (r["id"], text[a:b]))
            per_turn.setdefault(s["turn"], []).append((a, b))
        for t, lst in per_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % r["id"])
        for gid, (typ, mode, idxs) in c.groups.items():
            joined = " , ".join(r["turns"][r["spans"][k]["turn"]]["text"][r["spans"][k]["start"]:r["spans"][k]["end"]]
                               for k in idxs)
            if not validate(typ, joined, mode):
                errs.append("%s: invalid %s value %r (norm %r)" % (r["id"], typ, joined, walk(joined, True)))
    if npos < 200 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in ["CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        need[t] = 10
    for t, k in need.items():
        if counts[t] < k:
            errs.append("too few %s spans: %d < %d" % (t, counts[t], k))
    return errs, counts, npos, nneg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    cases = build()
    if not args.check:
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(serialise(cases))
    errs, counts, npos, nneg = check(cases)
    for e in errs[:50]:
        print("ERROR:", e)
    print("positive=%d negative=%d spans=%d" % (npos, nneg, sum(counts.values())))
    for t, k in sorted(counts.items()):
        print("  %-13s %d" % (t, k))
    if errs:
        print("CHECK FAILED (%d errors)" % len(errs))
        sys.exit(1)
    print("check OK")


if __name__ == "__main__":
    main()

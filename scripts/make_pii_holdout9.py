#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout9``.

Written by an AI helper acting as an independent test author who did not see
the redaction code.  Every case is built from template functions: each turn is
assembled from plain-text segments and labelled value segments, so span
offsets are computed, never typed by hand.  All randomness comes from a single
``random.Random(9231126)``; output is byte-for-byte reproducible.

Usage:
    python scripts/make_pii_holdout9.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout9.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
import random

SEED = 9231126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout9")
CASES_PATH = os.path.join(OUT_DIR, "cases.jsonl")
README_PATH = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------------------
# number words
# ---------------------------------------------------------------------------
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
             "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTHS_SHORT = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                "nov", "dec"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
CASUAL = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward",
          "g": "george", "h": "harry", "j": "jack", "k": "king", "l": "london",
          "m": "mother", "n": "nellie", "p": "peter", "r": "robert", "s": "sugar",
          "t": "tommy", "w": "william", "x": "xmas", "y": "yellow", "z": "zebra",
          "f": "freddie", "q": "queen", "u": "uncle", "v": "victor", "i": "india"}
LETTER_HOMO = {"bee": "b", "see": "c", "sea": "c", "dee": "d", "gee": "g", "jay": "j",
               "kay": "k", "pee": "p", "pea": "p", "queue": "q", "cue": "q", "are": "r",
               "tea": "t", "tee": "t", "you": "u", "why": "y", "ex": "x", "eye": "i",
               "em": "m", "en": "n", "ess": "s", "vee": "v", "zed": "z", "zee": "z",
               "aitch": "h", "el": "l", "eff": "f"}
HOMO_OUT = {"b": "bee", "c": "see", "j": "jay", "k": "kay", "p": "pee", "q": "queue",
            "r": "are", "t": "tee", "u": "you", "y": "why", "x": "ex", "z": "zed",
            "h": "aitch"}


def w(d: str, zero: str) -> str:
    return zero if d == "0" else ONES[int(d)]


def num_words(n: int) -> str:
    """Cardinal words for 0..9999 (used for non-PII amounts, counts, etc.)."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + ("" if u == 0 else " " + ONES[u])
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + ("" if r == 0 else " and " + num_words(r))
    th, r = divmod(n, 1000)
    s = num_words(th) + " thousand"
    if r == 0:
        return s
    return s + (" and " if r < 100 else " ") + num_words(r)


def ordinal_words(n: int) -> str:
    if n < 10:
        return ORD_UNITS[n]
    if n < 20:
        return ORD_TEENS[n - 10]
    t, u = divmod(n, 10)
    if u == 0:
        return {2: "twentieth", 3: "thirtieth"}[t]
    return TENS[t] + " " + ORD_UNITS[u]


def ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def year_words(y: int) -> str:
    if 2000 <= y <= 2009:
        return "two thousand" + ("" if y == 2000 else " and " + ONES[y - 2000])
    hi, lo = divmod(y, 100)
    hi_w = TEENS[hi - 10] if hi < 20 else TENS[hi // 10] + (" " + ONES[hi % 10] if hi % 10 else "")
    if lo == 0:
        return hi_w + " hundred"
    if lo < 10:
        return hi_w + " oh " + ONES[lo]
    return hi_w + " " + num_words(lo)


class Speaker:
    """Spoken-number renderer with per-case habits (zero word, doubles, pairs)."""

    def __init__(self, rng: random.Random, uk: bool = False):
        self.rng = rng
        zs = ["zero", "oh", "o"] + (["nought", "oh"] if uk else ["zero"])
        self.zero = rng.choice(zs)
        self.doubles = rng.random() < 0.6
        self.pairs = rng.random() < 0.3
        self.homo = rng.random() < 0.15

    def single(self, g: str) -> str:
        rng = self.rng
        out, i = [], 0
        while i < len(g):
            c = g[i]
            if self.doubles and i + 2 < len(g) and g[i + 1] == c == g[i + 2] and rng.random() < 0.6:
                out.append("triple " + w(c, self.zero))
                i += 3
            elif self.doubles and i + 1 < len(g) and g[i + 1] == c and rng.random() < 0.75:
                out.append("double " + w(c, self.zero))
                i += 2
            else:
                word = w(c, self.zero)
                if self.homo and c in "248" and rng.random() < 0.5 and not (c == "4" and self.zero == "o"):
                    word = {"2": rng.choice(["to", "too"]), "4": "for", "8": "ate"}[c]
                out.append(word)
                i += 1
        return " ".join(out)

    def pair(self, p: str, last: bool) -> str:
        if p[0] == "0":
            if p[1] == "0":
                return "double " + self.zero
            return self.zero + " " + ONES[int(p[1])]
        if p[0] == "1":
            return TEENS[int(p[1])]
        if p[1] == "0":
            if last:
                return TENS[int(p[0])]
            return ONES[int(p[0])] + " " + self.zero
        return TENS[int(p[0])] + " " + ONES[int(p[1])]

    def paired(self, g: str, last: bool) -> str:
        out = []
        if len(g) % 2:
            out.append(w(g[0], self.zero))
            g = g[1:]
        for k in range(0, len(g), 2):
            out.append(self.pair(g[k:k + 2], last and k + 2 >= len(g)))
        return " ".join(out)

    def group(self, g: str, last: bool = True) -> str:
        if self.pairs or self.rng.random() < 0.12:
            return self.paired(g, last)
        return self.single(g)

    def groups(self, gs):
        return [self.group(g, i == len(gs) - 1) for i, g in enumerate(gs)]

    def letter(self, ch: str, mode: str) -> str:
        ch = ch.lower()
        if mode == "nato":
            return "%s for %s" % (ch, NATO[ch])
        if mode == "casual":
            return "%s for %s" % (ch, CASUAL[ch])
        if mode == "asin":
            return "%s as in %s" % (ch, NATO[ch])
        if mode == "homo" and ch in HOMO_OUT:
            return HOMO_OUT[ch]
        if ch == "o":
            return "o for oscar"
        return ch


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
def luhn_ok(s: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def gen_card(rng: random.Random, brand: str | None = None) -> str:
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "mc2"])
    if brand == "visa":
        pre, n = "4" + rng.choice(["539", "929", "111", "485", "024", "556", "716"]), 16
    elif brand == "visa13":
        pre, n = "4" + rng.choice(["222", "024"]), 13
    elif brand == "visa19":
        pre, n = "4" + rng.choice(["571", "003"]), 19
    elif brand == "mc":
        pre, n = "5" + rng.choice("12345") + str(rng.randint(10, 99)), 16
    elif brand == "mc2":
        pre, n = "22" + str(rng.randint(21, 70)), 16
    elif brand == "amex":
        pre, n = rng.choice(["34", "37"]) + str(rng.randint(10, 99)), 15
    else:
        pre, n = "6011", 16
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def card_groups(c: str):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:8], c[8:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        s = "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
        if s != "078051120":
            return s


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


def gen_digits(rng, n, first_nonzero=True):
    s = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return s + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def gen_sort(rng):
    return "%02d%02d%02d" % (rng.choice([20, 40, 30, 11, 60, 77, 83, 90, 93, 16, 23, 56, 9, 8, 4]),
                             rng.randint(0, 99), rng.randint(0, 99))


def iban_check(cc: str, bban: str) -> str:
    rearr = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    rearr = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in rearr)) % 97 == 1


def gen_iban(rng, cc=None):
    cc = cc or rng.choice(["GB", "IE", "IE", "DE", "FR", "NL", "ES", "IT", "BE"])
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "MIDL", "HBUK", "LYDS"]) + gen_sort(rng) + gen_digits(rng, 8)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BKIR", "IPBS", "ULSB"]) + gen_sort(rng) + gen_digits(rng, 8)
    elif cc == "DE":
        bban = gen_digits(rng, 18)
    elif cc == "FR":
        bban = gen_digits(rng, 23)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "SNSB", "TRIB"]) + gen_digits(rng, 10, False)
    elif cc == "ES":
        bban = gen_digits(rng, 20)
    elif cc == "BE":
        bban = gen_digits(rng, 12)
    else:  # IT
        bban = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + gen_digits(rng, 10) + gen_digits(rng, 12)
    return cc + iban_check(cc, bban) + bban


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "kevin", "chen", "fatima",
         "david", "emma", "niall", "olga", "raj", "grace", "mohammed", "lucy", "sean", "hannah",
         "pedro", "zoe", "marcus", "siobhan", "kate", "dan", "jess", "ahmed", "beth", "owen"]
LAST = ["jones", "patel", "murphy", "okafor", "smith", "kowalski", "brennan", "garcia", "nguyen",
        "walsh", "hughes", "khan", "obrien", "fischer", "taylor", "evans", "dubois", "rossi",
        "campbell", "reid", "morgan", "doyle", "ahmed", "lee", "baker", "hall", "price", "wright"]
DOMAINS_UK = ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "outlook.com",
              "sky.com", "icloud.com", "virginmedia.com"]
DOMAINS_US = ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "comcast.net", "icloud.com",
              "hotmail.com", "verizon.net"]
DOMAINS_EU = ["eircom.net", "gmail.com", "web.de", "orange.fr", "libero.it", "hotmail.com"]

STREETS = ["station", "church", "victoria", "elm", "mill", "park", "high", "queens", "oak",
           "maple", "chestnut", "willow", "king", "albert", "manor", "meadow", "beech", "orchard",
           "ash", "windsor", "harbour", "castle", "bridge", "cedar", "lake", "pine", "hillside",
           "grange", "clarendon", "riverside"]
UK_ST_TYPES = ["road", "street", "lane", "avenue", "close", "grove", "drive", "crescent", "way",
               "gardens", "terrace", "court", "place"]
US_ST_TYPES = ["street", "avenue", "drive", "boulevard", "road", "lane", "court", "way", "place"]
US_ABBR = {"street": "St", "avenue": "Ave", "drive": "Dr", "boulevard": "Blvd", "road": "Rd",
           "lane": "Ln", "court": "Ct", "way": "Way", "place": "Pl"}
ST_WORDS = set(UK_ST_TYPES + US_ST_TYPES) | {v.lower() for v in US_ABBR.values()} | {"rd", "st", "ave"}

UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "M", "B", "L", "LS", "BS", "CF", "EH", "G", "NG",
            "CR", "KT", "RG", "OX", "CB", "BN", "PL", "EX", "YO", "HU", "DN", "NE", "SR", "LE",
            "CV", "TW", "SL", "GU", "PR", "BT", "AB", "DD", "S"]
UNIT_LET = "ABDEFGHJLNPQRSTUWXYZ"
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
US_ZIP_RE = re.compile(r"^\d{5}(\d{4})?$")


def gen_uk_postcode(rng, spoken=False):
    area = rng.choice(UK_AREAS)
    if area in ("BT", "M", "B", "L", "S", "G") or rng.random() < 0.4:
        district = str(rng.randint(1, 29))
    else:
        district = str(rng.randint(1, 9))
    if area in ("SW", "W", "E", "N") and rng.random() < 0.15 and len(district) == 1 and not spoken:
        district += rng.choice("ABCEHMNPRVWXY")
    unit = rng.choice(UNIT_LET) + rng.choice(UNIT_LET)
    return area + district, str(rng.randint(0, 9)) + unit


def gen_zip(rng, plus4=False):
    z = "%05d" % rng.randint(1001, 99950)
    if plus4:
        return z, "%04d" % rng.randint(1, 9999)
    return z, None


# ---------------------------------------------------------------------------
# normaliser used by --check
# ---------------------------------------------------------------------------
UNIT_MAP = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "nil": 0, "one": 1, "won": 1, "two": 2,
            "to": 2, "too": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "ate": 8, "nine": 9}
TEEN_MAP = {t: 10 + i for i, t in enumerate(TEENS)}
TENS_MAP = {t: i for i, t in enumerate(TENS) if t}
ORD_MAP = {t: i for i, t in enumerate(ORD_UNITS) if t}
ORD_MAP.update({t: 10 + i for i, t in enumerate(ORD_TEENS)})
ORD_MAP.update({"twentieth": 20, "thirtieth": 30})
MONTH_MAP = {m: i + 1 for i, m in enumerate(MONTHS)}
MONTH_MAP.update({m: i + 1 for i, m in enumerate(MONTHS_SHORT)})
MONTH_MAP["sept"] = 9
IGNORE = {"and", "um", "uh", "er", "erm", "plus", "dash", "hyphen", "space", "slash", "then",
          "the", "of", "st", "nd", "rd", "th", "hmm"}


def normalise(text: str, alnum: bool = False):
    """Spoken/typed value -> canonical string of digits/uppercase letters."""
    toks = re.findall(r"[A-Za-z0-9]+", text)
    out, unknown, i = [], [], 0
    while i < len(toks):
        raw = toks[i]
        t = raw.lower()
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
        nxt2 = toks[i + 2].lower() if i + 2 < len(toks) else ""
        if alnum and t.isalpha() and 2 <= len(t) <= 4 and (raw.isupper() or nxt[:1].isdigit()):
            out.append(t.upper()); i += 1; continue
        # spelled letter: "b for bravo", "b as in bravo"
        if (len(t) == 1 and t.isalpha()) or t in LETTER_HOMO:
            letter = t if len(t) == 1 else LETTER_HOMO[t]
            if nxt == "for" and nxt2:
                out.append(letter.upper()); i += 3; continue
            if nxt == "as" and nxt2 == "in":
                out.append(letter.upper()); i += 4; continue
            if t in UNIT_MAP:
                out.append(str(UNIT_MAP[t])); i += 1; continue
            out.append(letter.upper()); i += 1; continue
        if t == "for":
            out.append("4"); i += 1; continue
        if t.isdigit():
            out.append(t); i += 1; continue
        if re.fullmatch(r"\d+(st|nd|rd|th)", t):
            out.append(re.match(r"\d+", t).group()); i += 1; continue
        if any(ch.isdigit() for ch in t):
            out.append(t.upper()); i += 1; continue
        if t in ("double", "triple"):
            n = 2 if t == "double" else 3
            if nxt == "you":
                out.append("W"); i += 2; continue
            if nxt in UNIT_MAP:
                out.append(str(UNIT_MAP[nxt]) * n); i += 2; continue
            if len(nxt) == 1 and nxt.isalpha():
                out.append(nxt.upper() * n); i += 2; continue
            unknown.append(t); i += 1; continue
        if t in TENS_MAP:
            v = TENS_MAP[t] * 10
            if nxt in UNIT_MAP and UNIT_MAP[nxt] > 0:
                out.append(str(v + UNIT_MAP[nxt])); i += 2; continue
            if nxt in ORD_MAP and ORD_MAP[nxt] < 10:
                out.append(str(v + ORD_MAP[nxt])); i += 2; continue
            out.append(str(v)); i += 1; continue
        if t in TEEN_MAP:
            out.append(str(TEEN_MAP[t])); i += 1; continue
        if t in UNIT_MAP:
            out.append(str(UNIT_MAP[t])); i += 1; continue
        if t == "hundred":
            j = i + 1
            if j < len(toks) and toks[j].lower() == "and":
                j += 1
            a = toks[j].lower() if j < len(toks) else ""
            b = toks[j + 1].lower() if j + 1 < len(toks) else ""
            if a in TEEN_MAP:
                out.append(str(TEEN_MAP[a])); i = j + 1; continue
            if a in TENS_MAP:
                if b in UNIT_MAP and UNIT_MAP[b] > 0:
                    out.append(str(TENS_MAP[a] * 10 + UNIT_MAP[b])); i = j + 2; continue
                out.append(str(TENS_MAP[a] * 10)); i = j + 1; continue
            if a in UNIT_MAP and UNIT_MAP[a] > 0 and j > i + 1:
                out.append("0" + str(UNIT_MAP[a])); i = j + 1; continue
            out.append("00"); i += 1; continue
        if t == "thousand":
            out.append("000"); i += 1; continue
        if t in ORD_MAP:
            out.append(str(ORD_MAP[t])); i += 1; continue
        if t in MONTH_MAP:
            out.append("%02d" % MONTH_MAP[t]); i += 1; continue
        if t in IGNORE:
            i += 1; continue
        if alnum and len(t) <= 4 and (raw.isupper() or True):
            out.append(t.upper()); i += 1; continue
        unknown.append(t); i += 1
    return "".join(out), unknown


# ---------------------------------------------------------------------------
# case construction
# ---------------------------------------------------------------------------
class V:
    """A labelled value segment."""

    def __init__(self, text, typ, vid, partial=False):
        self.text, self.typ, self.vid, self.partial = text, typ, vid, partial


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans = [], []
        self.values = {}  # vid -> (type, canonical, rule)
        self.partial_spans = set()

    def value(self, typ, canonical, rule=None):
        vid = len(self.values)
        self.values[vid] = (typ, canonical, rule)
        return vid

    def say(self, speaker, *segs):
        text = ""
        pending = []
        for s in segs:
            if isinstance(s, (list, tuple)):
                for x in s:
                    pending.append(x)
            else:
                pending.append(s)
        ti = len(self.turns)
        span_meta = []
        for s in pending:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                span_meta.append((st, len(text), s))
            elif s:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        for st, en, v in span_meta:
            self.spans.append({"turn": ti, "start": st, "end": en, "type": v.typ,
                               "_vid": v.vid, "_partial": v.partial})

    def to_json(self, cid):
        spans = sorted(self.spans, key=lambda s: (s["turn"], s["start"]))
        return {"id": cid, "kind": self.kind, "turns": self.turns,
                "spans": [{k: s[k] for k in ("turn", "start", "end", "type")} for s in spans],
                "note": self.note}


def reading(vid, typ, parts, joins, partial=False):
    """Join spoken/typed parts; joins[i] sits between parts i and i+1.

    A join of the form ("gap", text) breaks the span (filler words stay
    outside spans); a plain string stays inside the span."""
    segs, cur = [], parts[0]
    for p, j in zip(parts[1:], joins):
        if isinstance(j, tuple):
            segs.append(V(cur, typ, vid, partial))
            segs.append(j[1])
            cur = p
        else:
            cur = cur + j + p
    segs.append(V(cur, typ, vid, partial))
    return segs


FILLERS = [" um ", " uh ", " erm ", " er ", " hmm ", "... um ", " uh sorry ", " hang on "]
BACKCHANNEL = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "yes", "got that", "okay and",
               "mm hmm", "yeah", "go ahead", "perfect", "and then"]


class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.pos, self.neg = [], []

    # small helpers --------------------------------------------------------
    def ch(self, seq):
        return self.rng.choice(seq)

    def p(self, x):
        return self.rng.random() < x

    def joins(self, n, spoken=True, filler_p=0.15):
        out = []
        for _ in range(n):
            if spoken and self.p(filler_p):
                out.append(("gap", self.ch(FILLERS)))
            elif spoken:
                out.append(self.ch([" ", " ", " ", ", ", " ... "]))
            else:
                out.append(" ")
        return out

    def spoken_parts(self, sp, groups):
        return sp.groups(groups)

    # value renderers: return (parts, typed_joiner_choices) --------------
    def card_typed(self, c):
        gs = card_groups(c)
        sep = self.ch([" ", " ", "-", "", " ", ".", "  "])
        if sep == "" or self.p(0.1):
            return c
        return sep.join(gs)

    def ssn_typed(self, s):
        f = self.ch(["dash", "dash", "space", "none", "dot"])
        if f == "dash":
            return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
        if f == "space":
            return "%s %s %s" % (s[:3], s[3:5], s[5:])
        if f == "dot":
            return "%s.%s.%s" % (s[:3], s[3:5], s[5:])
        return s

    def ni_typed(self, n):
        f = self.ch(["spaced", "plain", "lower", "spaced", "mixed"])
        if f == "spaced":
            return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
        if f == "lower":
            return n.lower()
        if f == "mixed":
            return "%s %s %s" % (n[:2].lower(), n[2:8], n[8].lower())
        return n

    def ni_spoken_parts(self, sp, n):
        sp.homo = False  # "a for four" would be read as a spelled letter
        mode = self.ch(["plain", "nato", "casual", "homo", "plain", "asin"])
        l1 = sp.letter(n[0], mode)
        l2 = sp.letter(n[1], mode if self.p(0.7) else "plain")
        if sp.pairs or self.p(0.3):
            digs = [sp.paired(n[2:4], False), sp.paired(n[4:6], False), sp.paired(n[6:8], False)]
        else:
            digs = [sp.single(n[2:5]), sp.single(n[5:8])] if self.p(0.4) else [sp.single(n[2:8])]
        last = sp.letter(n[8], self.ch([mode, "plain", "nato"]))
        return [l1 + " " + l2] + digs + [last]

    def postcode_spoken(self, sp, outward, inward):
        mode = self.ch(["plain", "plain", "nato", "homo"])
        letters = []
        for chh in outward:
            if chh.isdigit():
                continue
            letters.append(sp.letter(chh, mode))
        dpart = re.sub(r"[A-Z]", "", outward)
        if len(dpart) == 2 and dpart[1] != "0" and self.p(0.6):
            dword = num_words(int(dpart))
        else:
            dword = " ".join(w(d, sp.zero) for d in dpart)
        tail = re.sub(r"\d", "", outward[len(re.match(r"[A-Z]+", outward).group()):])
        out1 = " ".join(letters) + " " + dword + ("" if not tail else " " + sp.letter(tail, "plain"))
        out2 = w(inward[0], sp.zero) + " " + " ".join(sp.letter(c, self.ch([mode, "plain"])) for c in inward[1:])
        return out1, out2

    # ------------------------------------------------------------------
    def build(self):
        self.build_positives()
        self.build_negatives()
        lines = []
        for i, c in enumerate(self.pos):
            lines.append(c.to_json("h9-pos-%03d" % (i + 1)))
        for i, c in enumerate(self.neg):
            lines.append(c.to_json("h9-neg-%03d" % (i + 1)))
        return lines

    # ==================================================================
    # POSITIVES
    # ==================================================================
    def build_positives(self):
        for k in range(40):
            self.card_case(k)
        for k in range(22):
            self.card_flow_case(k)
        for k in range(34):
            self.ssn_case(k)
        for k in range(34):
            self.ni_case(k)
        for k in range(22):
            self.bank_case(k)
        for k in range(14):
            self.iban_case(k)
        for k in range(16):
            self.phone_case(k)
        for k in range(15):
            self.email_case(k)
        for k in range(15):
            self.dob_case(k)
        for k in range(18):
            self.address_case(k)
        for k in range(20):
            self.mixed_case(k)

    # ---------------- CARD ----------------
    def card_case(self, k):
        rng = self.rng
        ind = self.ch(["telecom", "retail", "utilities", "insurance", "travel", "banking",
                       "healthcare billing", "government services"])
        uk = self.p(0.5)
        card = gen_card(rng)
        style = ["call_one", "call_split", "call_readback", "call_correct", "chat", "chat",
                 "call_one", "call_split", "chat_noisy", "call_chatter"][k % 10]
        c = Case("positive", "")
        vid = c.value("CARD_NUMBER", card)
        sp = Speaker(rng, uk)
        gs = card_groups(card)
        if style == "call_one":
            c.say("agent", self.ch(["can i take the long number across the front of the card please",
                                   "okay so whenever you're ready the long card number",
                                   "and what's the card number you'd like to use today",
                                   "right can you read me the card number"]))
            parts = sp.groups(gs)
            c.say("customer", self.ch(["yeah it's ", "okay it's ", "sure ", "right so ", "", "yep um "]),
                  reading(vid, "CARD_NUMBER", parts, self.joins(len(parts) - 1)),
                  self.ch(["", " that's it", " yeah", " and that's a " + self.ch(["visa", "mastercard", "debit card"])]))
            note = "card read in one turn, %s for zero" % sp.zero
        elif style == "call_split":
            c.say("agent", "go ahead with the card number when you're ready")
            parts = sp.groups(gs)
            for i, pt in enumerate(parts):
                lead = self.ch(["", "", "okay ", "right ", "then "]) if i else self.ch(["", "so ", "okay "])
                tail = self.ch(["", "", " um", " yeah"])
                c.say("customer", lead, V(pt, "CARD_NUMBER", vid), tail)
                if i < len(parts) - 1:
                    if self.p(0.3):
                        c.say("agent", V(pt, "CARD_NUMBER", vid, partial=True), self.ch([" yep", " okay", " got it", ""]))
                    else:
                        c.say("agent", self.ch(BACKCHANNEL))
            c.say("agent", "thank you")
            note = "card split over %d customer turns with back-channels / agent echoes" % len(parts)
        elif style == "call_readback":
            c.say("agent", "what's the card number please")
            parts = sp.groups(gs)
            c.say("customer", reading(vid, "CARD_NUMBER", parts, self.joins(len(parts) - 1, filler_p=0.0)))
            sp2 = Speaker(rng, uk)
            sp2.pairs = False
            parts2 = sp2.groups(gs)
            vid2 = c.value("CARD_NUMBER", card)
            c.say("agent", self.ch(["let me just read that back ", "so i have ", "okay that's "]),
                  reading(vid2, "CARD_NUMBER", parts2, [", "] * (len(parts2) - 1)),
                  self.ch([" is that right", " correct", " yeah"]))
            c.say("customer", self.ch(["yes that's right", "yep", "that's it yeah"]))
            note = "card given then read back by the agent"
        elif style == "call_correct":
            c.say("agent", "okay and the card number")
            wrong = gs[0][:2] + str((int(gs[0][2]) + 3) % 10)
            parts = sp.groups(gs)
            c.say("customer", V(sp.single(wrong), "CARD_NUMBER", vid, partial=True),
                  self.ch([" no sorry wait ", " oh no hang on let me start again ", " sorry that's wrong it's "]),
                  reading(vid, "CARD_NUMBER", parts, self.joins(len(parts) - 1, filler_p=0.0)))
            note = "self-correction: false start then full card"
        elif style in ("chat", "chat_noisy"):
            typed = self.card_typed(card)
            lead = self.ch(["Card number is ", "card no: ", "here you go ", "its ", "The card is ",
                            "long number ", "ok card = ", "Pay with this one pls ", "my crad number is ",
                            "cardnumber ", "CARD: ", "use my debit card its ", "numbr on card "])
            if self.p(0.25) and len(card) == 16:
                typed = "%s-%s %s %s" % (card[:4], card[4:8], card[8:12], card[12:])
            tail = self.ch(["", " thanks", " - its a debit card", ". can you confirm once done?", " ty"])
            if style == "chat_noisy":
                ref = str(rng.randint(100000, 9999999))
                amt = "%s%d.%02d" % (self.ch(["£", "$", "€"]), rng.randint(10, 600), rng.randint(0, 99))
                c.say("customer", "Hi I want to pay %s off order #%s. " % (amt, ref), lead,
                      V(typed, "CARD_NUMBER", vid), tail)
                note = "card typed next to an order number and an amount"
            else:
                c.say("agent", "Please type the card number you'd like to use.")
                c.say("customer", lead, V(typed, "CARD_NUMBER", vid), tail)
                note = "card typed '%s'" % ("plain" if typed.isdigit() else "grouped")
        else:  # call_chatter
            c.say("agent", "and the card number when you're ready")
            parts = sp.groups(gs)
            half = len(parts) // 2
            c.say("customer", reading(vid, "CARD_NUMBER", parts[:half], self.joins(half - 1)),
                  self.ch([" sorry the dog's barking ", " hold on i can't see it properly ",
                           " sorry my glasses "]),
                  reading(vid, "CARD_NUMBER", parts[half:], self.joins(len(parts) - half - 1)))
            c.say("agent", "no problem i've got that")
            note = "card read with chit-chat in the middle"
        chan = "chat" if style.startswith("chat") else "call"
        c.note = "%s/%s: %s (%d digits)" % (chan, ind, note, len(card))
        self.pos.append(c)

    def expiry_forms(self, sp, mm, yy, spoken):
        m, y = int(mm), int(yy)
        if not spoken:
            return self.ch(["%s/%s" % (mm, yy), "%s/20%s" % (mm, yy), "%s-%s" % (mm, yy),
                            "%s %s" % (mm, yy), "%s/%s" % (m, yy), "%s %s" % (MONTHS_SHORT[m - 1].title(), "20" + yy)])
        f = self.ch(["digits", "month", "pairs", "month_full"])
        if f == "digits":
            return "%s %s" % (sp.single(mm), sp.single(yy))
        if f == "pairs":
            return "%s %s" % (sp.pair(mm, False) if mm[1] != "0" else sp.single(mm), num_words(y))
        if f == "month":
            return "%s %s" % (MONTHS[m - 1], num_words(y))
        return "%s twenty %s" % (MONTHS[m - 1], num_words(y))

    def card_flow_case(self, k):
        rng = self.rng
        ind = self.ch(["telecom", "retail", "utilities", "insurance", "travel", "healthcare billing"])
        uk = self.p(0.5)
        card = gen_card(rng)
        cvv = gen_digits(rng, 4 if len(card) == 15 else 3, False)
        mm = "%02d" % rng.randint(1, 12)
        yy = "%02d" % rng.randint(26, 32)
        c = Case("positive", "")
        vc = c.value("CARD_NUMBER", card)
        ve = c.value("EXPIRY", mm + yy)
        vv = c.value("CVV", cvv)
        sp = Speaker(rng, uk)
        chat = k % 3 == 2
        if chat:
            typed = self.card_typed(card)
            exp = self.expiry_forms(sp, mm, yy, False)
            if k % 2:
                c.say("customer", "card ", V(typed, "CARD_NUMBER", vc), self.ch([" exp ", ", expiry ", " expires ", " valid thru "]),
                      V(exp, "EXPIRY", ve), self.ch([" cvv ", ", security code ", " cvc ", " and the 3 digits on back are "]),
                      V(cvv, "CVV", vv))
                note = "card, expiry and cvv in one typed message"
            else:
                c.say("agent", "Thanks. Could you send the long card number?")
                c.say("customer", V(typed, "CARD_NUMBER", vc))
                c.say("agent", "And the expiry date and security code on the back?")
                c.say("customer", V(exp, "EXPIRY", ve), self.ch([" and ", " / ", ", "]), V(cvv, "CVV", vv))
                note = "card typed, then expiry and cvv in the same message"
        else:
            c.say("agent", "okay can i take the card number please")
            parts = sp.groups(card_groups(card))
            c.say("customer", reading(vc, "CARD_NUMBER", parts, self.joins(len(parts) - 1)))
            c.say("agent", self.ch(["lovely and the expiry date", "and when does it expire",
                                   "thank you and the expiry on that"]))
            exp = self.expiry_forms(sp, mm, yy, True)
            if self.p(0.5):
                c.say("customer", self.ch(["it's ", "", "um ", "expires "]), V(exp, "EXPIRY", ve))
                c.say("agent", self.ch(["and the three digit security code on the back",
                                       "and the last three digits on the signature strip",
                                       "and the cvv please" if len(cvv) == 3 else "and the four digit code on the front"]))
                cv_s = sp.single(cvv) if self.p(0.6) else (num_words(int(cvv)) if len(cvv) == 3 and cvv[0] != "0" else sp.paired(cvv, True))
                c.say("customer", self.ch(["", "it's ", "yeah "]), V(cv_s, "CVV", vv))
                note = "card, expiry and cvv in separate turns"
            else:
                cv_s = sp.single(cvv)
                c.say("customer", V(exp, "EXPIRY", ve), self.ch([" and the code on the back is ",
                                                                  " and the security number's ",
                                                                  " and then the three digits are "]),
                      V(cv_s, "CVV", vv))
                note = "expiry and cvv in one turn"
            c.say("agent", "thank you i'll just process that for %s" % self.ch(
                ["forty two pounds", "the full amount", "%s dollars" % num_words(rng.randint(20, 400))]))
        chan = "chat" if chat else "call"
        c.note = "%s/%s: %s" % (chan, ind, note)
        self.pos.append(c)

    # ---------------- SSN ----------------
    def ssn_case(self, k):
        rng = self.rng
        ind = self.ch(["banking", "insurance", "healthcare billing", "government services",
                       "telecom", "utilities"])
        ssn = gen_ssn(rng)
        c = Case("positive", "")
        vid = c.value("SSN", ssn)
        sp = Speaker(rng, False)
        style = ["call_one", "call_split", "chat", "call_last4ctx", "call_readback", "chat_noisy",
                 "call_correct", "call_one", "chat", "call_pairs"][k % 10]
        gs = [ssn[:3], ssn[3:5], ssn[5:]]
        if style in ("call_one", "call_pairs"):
            if style == "call_pairs":
                sp.pairs = True
            c.say("agent", self.ch(["to verify your identity can i get your social security number",
                                   "and your social please", "what's the ssn on the account"]))
            parts = sp.groups(gs)
            c.say("customer", self.ch(["sure it's ", "yeah ", "okay um ", "it's ", ""]),
                  reading(vid, "SSN", parts, self.joins(len(parts) - 1)))
            note = "ssn spoken in one turn%s" % (" as pairs" if sp.pairs else "")
        elif style == "call_split":
            c.say("agent", "can you give me your social security number")
            parts = sp.groups(gs)
            for i, pt in enumerate(parts):
                c.say("customer", self.ch(["", "", "uh "]) if i else "yeah ", V(pt, "SSN", vid))
                if i < 2:
                    c.say("agent", self.ch(BACKCHANNEL))
            note = "ssn split 3-2-4 over three turns"
        elif style == "call_last4ctx":
            c.say("agent", "i'll need the full social not just the last four")
            parts = sp.groups(gs)
            c.say("customer", "oh okay the whole thing is ", reading(vid, "SSN", parts, self.joins(2)),
                  " and i'm calling about the bill from %s" % self.ch(MONTHS))
            note = "full ssn after agent asks, followed by a month mention"
        elif style == "call_readback":
            c.say("agent", "and your social")
            parts = sp.groups(gs)
            c.say("customer", reading(vid, "SSN", parts, self.joins(2, filler_p=0)))
            sp2 = Speaker(rng, False)
            vid2 = c.value("SSN", ssn)
            c.say("agent", "so that's ", reading(vid2, "SSN", sp2.groups(gs), [" ", " "]), " correct")
            c.say("customer", "correct")
            note = "ssn read back by agent"
        elif style == "call_correct":
            c.say("agent", "can i get your social security number")
            wrong = ssn[:3]
            parts = sp.groups(gs)
            c.say("customer", V(sp.single(wrong), "SSN", vid, partial=True),
                  self.ch([" wait no that's my wife's ", " sorry scratch that it's "]),
                  reading(vid, "SSN", parts, self.joins(2, filler_p=0)))
            note = "self-corrected ssn"
        else:
            typed = self.ssn_typed(ssn)
            lead = self.ch(["SSN: ", "my ssn is ", "Social is ", "ss# ", "social security number ", "SSN - "])
            if style == "chat_noisy":
                c.say("customer", "Claim %s was denied, I'm disputing. %s" % (
                    "#" + str(rng.randint(1000000, 99999999)), lead),
                    V(typed, "SSN", vid), ". DOB on file is correct.")
                note = "typed ssn next to a claim number"
            else:
                c.say("agent", "For security, please provide your Social Security number.")
                c.say("customer", lead, V(typed, "SSN", vid))
                note = "typed ssn '%s'" % re.sub(r"\d", "9", typed)
        chan = "chat" if style.startswith("chat") else "call"
        c.note = "%s/%s (US): %s" % (chan, ind, note)
        self.pos.append(c)

    # ---------------- NI ----------------
    def ni_case(self, k):
        rng = self.rng
        ind = self.ch(["government services", "banking", "insurance", "utilities", "healthcare billing"])
        ni = gen_ni(rng)
        c = Case("positive", "")
        vid = c.value("NI_NUMBER", ni)
        sp = Speaker(rng, True)
        style = ["call_one", "call_split", "chat", "call_readback", "chat_noisy", "call_one",
                 "call_correct", "chat", "call_split", "call_one"][k % 10]
        if style == "call_one":
            c.say("agent", self.ch(["can i take your national insurance number please",
                                   "and your n i number", "what's your national insurance number"]))
            parts = self.ni_spoken_parts(sp, ni)
            c.say("customer", self.ch(["yeah it's ", "", "right it's ", "erm "]),
                  reading(vid, "NI_NUMBER", parts, self.joins(len(parts) - 1)))
            note = "ni spoken in one turn"
        elif style == "call_split":
            c.say("agent", "go on then the national insurance number")
            parts = self.ni_spoken_parts(sp, ni)
            for i, pt in enumerate(parts):
                c.say("customer", V(pt, "NI_NUMBER", vid))
                if i < len(parts) - 1:
                    c.say("agent", self.ch(BACKCHANNEL))
            note = "ni split letters / digits / suffix over turns"
        elif style == "call_readback":
            c.say("agent", "your national insurance number please")
            parts = self.ni_spoken_parts(sp, ni)
            c.say("customer", reading(vid, "NI_NUMBER", parts, self.joins(len(parts) - 1, filler_p=0)))
            sp2 = Speaker(rng, True)
            parts2 = self.ni_spoken_parts(sp2, ni)
            vid2 = c.value("NI_NUMBER", ni)
            c.say("agent", "thank you so that's ", reading(vid2, "NI_NUMBER", parts2, [" "] * (len(parts2) - 1)))
            c.say("customer", "that's it")
            note = "ni read back by the agent with different spelling style"
        elif style == "call_correct":
            c.say("agent", "and the national insurance number")
            parts = self.ni_spoken_parts(sp, ni)
            c.say("customer", reading(vid, "NI_NUMBER", parts[:2], self.joins(1, filler_p=0), partial=True),
                  " no sorry i've said that wrong start again ",
                  reading(vid, "NI_NUMBER", parts, self.joins(len(parts) - 1, filler_p=0)))
            note = "ni false start then restart"
        else:
            typed = self.ni_typed(ni)
            lead = self.ch(["NI number: ", "my NI no is ", "NINO ", "National Insurance - ", "ni ", ""])
            if style == "chat_noisy":
                c.say("customer", "I've paid %s on %s for tax code 1257L, my %s" % (
                    "£" + str(rng.randint(50, 900)), "%d %s" % (rng.randint(1, 28), self.ch(MONTHS).title()),
                    lead.lower() or "ni is "), V(typed, "NI_NUMBER", vid))
                note = "typed ni next to a tax code, amount and payment date"
            else:
                c.say("agent", "Can you confirm your National Insurance number?")
                c.say("customer", lead, V(typed, "NI_NUMBER", vid), self.ch(["", " thanks", ".", " x"]))
                note = "typed ni '%s'" % re.sub(r"[A-Za-z]", "A", re.sub(r"\d", "9", typed))
        chan = "chat" if style.startswith("chat") else "call"
        c.note = "%s/%s (UK): %s" % (chan, ind, note)
        self.pos.append(c)

    # ---------------- SORT CODE + ACCOUNT ----------------
    def bank_case(self, k):
        rng = self.rng
        sort = gen_sort(rng)
        acct = gen_digits(rng, 8, False)
        c = Case("positive", "")
        vs = c.value("SORT_CODE", sort)
        va = c.value("BANK_ACCOUNT", acct)
        sp = Speaker(rng, True)
        ind = self.ch(["banking", "utilities", "insurance", "telecom", "government services"])
        style = k % 4
        if style == 0:
            c.say("agent", "to set up the direct debit i'll need the sort code and account number")
            sc = sp.groups([sort[:2], sort[2:4], sort[4:]]) if self.p(0.5) else [sp.paired(sort[:2], False), sp.paired(sort[2:4], False), sp.paired(sort[4:], True)]
            ac = sp.groups([acct[:4], acct[4:]])
            c.say("customer", "sort code is ", reading(vs, "SORT_CODE", sc, self.joins(2, filler_p=0)),
                  self.ch([" and the account number is ", " account ", " and then account number "]),
                  reading(va, "BANK_ACCOUNT", ac, self.joins(1)))
            note = "sort code and account number in one turn"
        elif style == 1:
            c.say("agent", "what's the sort code")
            sc = [sp.paired(sort[:2], False), sp.paired(sort[2:4], False), sp.paired(sort[4:], True)]
            c.say("customer", reading(vs, "SORT_CODE", sc, [" ", " "]))
            c.say("agent", "and the account number")
            ac = sp.groups([acct[:4], acct[4:]])
            c.say("customer", V(ac[0], "BANK_ACCOUNT", va))
            c.say("agent", self.ch(BACKCHANNEL))
            c.say("customer", V(ac[1], "BANK_ACCOUNT", va))
            note = "sort code as pairs, account split over two turns"
        elif style == 2:
            sct = self.ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (sort[:2], sort[2:4], sort[4:])
            act = acct if self.p(0.6) else acct[:4] + " " + acct[4:]
            c.say("agent", "Please provide the bank details for the refund.")
            c.say("customer", self.ch(["Sort code ", "sort ", "SC: "]), V(sct, "SORT_CODE", vs),
                  self.ch([" acc no ", ", account ", " a/c ", " - account number "]), V(act, "BANK_ACCOUNT", va),
                  self.ch(["", " thanks", ". Refund was £%d.%02d" % (rng.randint(5, 300), rng.randint(0, 99))]))
            note = "typed sort code and account number"
        else:
            # US style account number
            acct = gen_digits(rng, self.ch([9, 10, 12]), False)
            c.values[va] = ("BANK_ACCOUNT", acct, None)
            del c.values[vs]
            sp = Speaker(rng, False)
            c.say("agent", "and the checking account number you want the refund to go to")
            ac = sp.groups([acct[i:i + 3] for i in range(0, len(acct), 3)])
            c.say("customer", "okay account number ", reading(va, "BANK_ACCOUNT", ac, self.joins(len(ac) - 1)))
            note = "us checking account number spoken in triples"
            ind = "banking (US)"
        chan = "chat" if style == 2 else "call"
        c.note = "%s/%s: %s" % (chan, ind, note)
        self.pos.append(c)

    # ---------------- IBAN ----------------
    def iban_case(self, k):
        rng = self.rng
        cc = ["IE", "GB", "DE", "FR", "NL", "ES", "IT", "BE", "IE", "NL"][k % 10]
        iban = gen_iban(rng, cc)
        c = Case("positive", "")
        vid = c.value("IBAN", iban)
        ind = self.ch(["banking", "travel", "insurance", "utilities", "retail"])
        chat = k % 2 == 0
        if chat:
            f = self.ch(["groups", "plain", "groups_lower", "groups"])
            if f == "groups":
                typed = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
            elif f == "groups_lower":
                typed = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)).lower()
            else:
                typed = iban
            c.say("agent", "Could you share the IBAN for the refund?")
            c.say("customer", self.ch(["IBAN: ", "sure its ", "", "my iban is "]), V(typed, "IBAN", vid),
                  self.ch(["", " (BIC not needed?)", " thx", ". The refund is €%d" % rng.randint(20, 900)]))
            note = "typed %s iban (%s)" % (cc, f)
        else:
            sp = Speaker(rng, cc in ("GB", "IE"))
            sp.homo = False
            mode = self.ch(["plain", "nato", "plain"])
            letters = [ch for ch in iban[:2]]
            head = " ".join(sp.letter(x, mode) for x in letters) + " " + sp.group(iban[2:4], False)
            rest = iban[4:]
            parts = [head]
            chunks = [rest[i:i + 4] for i in range(0, len(rest), 4)]
            for chn in chunks:
                if chn.isdigit():
                    parts.append(sp.single(chn))
                else:
                    parts.append(" ".join(sp.letter(x, mode) if x.isalpha() else w(x, sp.zero) for x in chn))
            c.say("agent", "can you read me the iban please")
            if self.p(0.5):
                c.say("customer", reading(vid, "IBAN", parts, self.joins(len(parts) - 1)))
                note = "%s iban spoken in one turn" % cc
            else:
                cut = len(parts) // 2
                c.say("customer", reading(vid, "IBAN", parts[:cut], self.joins(cut - 1, filler_p=0)))
                c.say("agent", self.ch(BACKCHANNEL))
                c.say("customer", reading(vid, "IBAN", parts[cut:], self.joins(len(parts) - cut - 1, filler_p=0)))
                note = "%s iban spoken over two turns" % cc
        c.note = "%s/%s (%s): %s" % ("chat" if chat else "call", ind, cc, note)
        self.pos.append(c)

    # ---------------- PHONE ----------------
    def phone_case(self, k):
        rng = self.rng
        kind = ["uk_mob", "us", "ie", "uk_land", "intl_uk", "us_1", "fr", "de"][k % 8]
        if kind == "uk_mob":
            digits = "07" + gen_digits(rng, 9, True)
            typed = self.ch([digits[:5] + " " + digits[5:], digits, digits[:5] + "-" + digits[5:8] + "-" + digits[8:]])
            groups = [digits[:5], digits[5:8], digits[8:]]
        elif kind == "uk_land":
            digits = "01" + str(rng.randint(13, 99)) + gen_digits(rng, 7, True)
            typed = "(%s) %s %s" % (digits[:5], digits[5:8], digits[8:])
            groups = [digits[:5], digits[5:]]
        elif kind == "intl_uk":
            d9 = "7" + gen_digits(rng, 9, True)
            digits = "44" + d9
            typed = self.ch(["+44 %s %s" % (d9[:4], d9[4:]), "+44 (0)%s %s" % (d9[:4], d9[4:]), "0044%s" % d9])
            if "(0)" in typed:
                digits = "440" + d9
            elif typed.startswith("0044"):
                digits = "0044" + d9
            groups = [d9[:4], d9[4:7], d9[7:]]
        elif kind == "us":
            a = str(rng.randint(2, 9)) + gen_digits(rng, 2, False)
            digits = a + str(rng.randint(2, 9)) + gen_digits(rng, 6, False)
            typed = self.ch(["(%s) %s-%s" % (digits[:3], digits[3:6], digits[6:]),
                             "%s-%s-%s" % (digits[:3], digits[3:6], digits[6:]),
                             "%s.%s.%s" % (digits[:3], digits[3:6], digits[6:])])
            groups = [digits[:3], digits[3:6], digits[6:]]
        elif kind == "us_1":
            a = str(rng.randint(2, 9)) + gen_digits(rng, 2, False)
            digits = "1" + a + str(rng.randint(2, 9)) + gen_digits(rng, 6, False)
            typed = "+1 %s %s %s" % (digits[1:4], digits[4:7], digits[7:])
            groups = [digits[:1], digits[1:4], digits[4:7], digits[7:]]
        elif kind == "ie":
            digits = "08" + self.ch("35679") + gen_digits(rng, 7, True)
            typed = self.ch(["%s %s %s" % (digits[:3], digits[3:6], digits[6:]), "+353 %s %s %s" % (digits[1:3], digits[3:6], digits[6:])])
            if typed.startswith("+"):
                digits = "353" + digits[1:]
            groups = [digits[:3], digits[3:6], digits[6:]]
        elif kind == "fr":
            d = "6" + gen_digits(rng, 8, False)
            digits = "33" + d
            typed = "+33 %s %s %s %s %s" % (d[0], d[1:3], d[3:5], d[5:7], d[7:])
            groups = [digits[:2], d[0], d[1:3], d[3:5], d[5:7], d[7:]]
        else:
            d = "1" + self.ch("567") + gen_digits(rng, 8, False)
            digits = "49" + d
            typed = "+49 %s %s" % (d[:3], d[3:])
            groups = [digits[:2], d[:3], d[3:6], d[6:]]
        c = Case("positive", "")
        vid = c.value("PHONE", digits)
        ind = self.ch(["telecom", "retail", "utilities", "travel", "insurance", "healthcare billing"])
        chat = k % 2 == 1
        if chat:
            c.say("agent", "What's the best number to reach you on?")
            c.say("customer", self.ch(["", "mobile is ", "call me on ", "tel: ", "best is "]), V(typed, "PHONE", vid),
                  self.ch(["", " after 5pm", " anytime before 6", " (not the landline)", " thanks"]))
            note = "%s phone typed '%s'" % (kind, re.sub(r"\d", "9", typed))
        else:
            sp = Speaker(rng, kind.startswith(("uk", "intl", "ie")))
            parts = sp.groups(groups)
            if kind in ("intl_uk", "fr", "de", "us_1") or kind == "ie" and digits.startswith("353"):
                cc_said = "plus " + " ".join(ONES[int(x)] for x in digits[:len(digits) - sum(len(g) for g in groups)] or "")
                if kind == "intl_uk":
                    prefix = digits[:len(digits) - 10]
                    parts = [("" if prefix.startswith("00") else "plus ") + " ".join(w(x, "zero" if prefix.startswith("00") else sp.zero) for x in prefix)] + parts
                elif kind == "us_1":
                    parts[0] = self.ch(["one", "plus one"])
                elif kind in ("fr", "de"):
                    parts[0] = "plus " + sp.single(groups[0])
            c.say("agent", self.ch(["and a good contact number", "what's the best number to call you back on",
                                   "can i take a phone number in case we get cut off"]))
            if self.p(0.35):
                cut = max(1, len(parts) // 2)
                c.say("customer", self.ch(["yeah it's ", "", "it's a mobile "]),
                      reading(vid, "PHONE", parts[:cut], self.joins(cut - 1, filler_p=0)))
                c.say("agent", self.ch(BACKCHANNEL))
                c.say("customer", reading(vid, "PHONE", parts[cut:], self.joins(len(parts) - cut - 1, filler_p=0)),
                      self.ch(["", " but i'm at work till five", " that's my mobile"]))
                note = "%s number spoken across two turns" % kind
            else:
                c.say("customer", self.ch(["yeah it's ", "", "it's ", "my mobile's "]),
                      reading(vid, "PHONE", parts, self.joins(len(parts) - 1)))
                note = "%s number spoken, %s for zero" % (kind, sp.zero)
        c.note = "%s/%s: %s" % ("chat" if chat else "call", ind, note)
        self.pos.append(c)

    # ---------------- EMAIL ----------------
    def email_case(self, k):
        rng = self.rng
        f, l = self.ch(FIRST), self.ch(LAST)
        num = str(rng.randint(1, 99)) if self.p(0.5) else ""
        sep = self.ch([".", "_", "", "."])
        local = self.ch([f + sep + l, f[0] + sep + l, f + l[0], l + sep + f]) + num
        region = self.ch(["uk", "us", "eu"])
        dom = self.ch({"uk": DOMAINS_UK, "us": DOMAINS_US, "eu": DOMAINS_EU}[region])
        email = local + "@" + dom
        c = Case("positive", "")
        vid = c.value("EMAIL", email)
        ind = self.ch(["retail", "telecom", "travel", "utilities", "insurance", "banking"])
        chat = k % 2 == 1
        if chat:
            typed = email if self.p(0.7) else email.title() if self.p(0.5) else email.upper()
            c.say("agent", "Which email should we send the confirmation to?")
            c.say("customer", self.ch(["", "its ", "email: ", "pls use "]), V(typed, "EMAIL", vid),
                  self.ch(["", " thanks", ". Order total was £%d.99" % rng.randint(5, 200), " (personal one)"]))
            note = "typed email"
        else:
            def say_local(s):
                out = []
                for tok in re.findall(r"[a-z]+|\d+|[._]", s):
                    if tok == ".":
                        out.append("dot")
                    elif tok == "_":
                        out.append("underscore")
                    elif tok.isdigit():
                        out.append(num_words(int(tok)) if self.p(0.6) else " ".join(ONES[int(x)] for x in tok))
                    elif len(tok) == 1 or (self.p(0.3) and len(tok) <= 6):
                        out.append(" ".join(tok))
                    else:
                        out.append(tok)
                return " ".join(out)
            d1, d2 = dom.split(".", 1)
            dom_s = d1 + " dot " + d2.replace(".", " dot ")
            if d1 == "gmail" and self.p(0.3):
                dom_s = "g mail dot com"
            spoken = say_local(local) + " at " + dom_s
            c.say("agent", self.ch(["and can i take an email address", "what email address should we use",
                                   "could you spell out the email for me"]))
            if self.p(0.4):
                c.say("customer", V(say_local(local), "EMAIL", vid))
                c.say("agent", self.ch(["at", "okay at", "and the domain"]))
                c.say("customer", V(("at " if self.p(0.5) else "") + dom_s, "EMAIL", vid))
                note = "email spoken, local part and domain in separate turns"
            else:
                c.say("customer", self.ch(["yeah it's ", "", "it's "]), V(spoken, "EMAIL", vid),
                      self.ch(["", " all lower case", " all one word"]))
                note = "email spoken with 'dot' and 'at'"
            c.values[vid] = ("EMAIL", email, "spoken")
        c.note = "%s/%s: %s" % ("chat" if chat else "call", ind, note)
        self.pos.append(c)

    # ---------------- DOB ----------------
    def dob_case(self, k):
        rng = self.rng
        y = rng.randint(1938, 2004)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        c = Case("positive", "")
        vid = c.value("DOB", (d, m, y))
        ind = self.ch(["healthcare billing", "insurance", "banking", "government services", "telecom"])
        chat = k % 2 == 1
        us = self.p(0.4)
        if chat:
            f = self.ch(["num", "num", "long", "iso", "short"])
            if f == "num":
                typed = ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
            elif f == "long":
                typed = ("%s %s, %d" % (MONTHS[m - 1].title(), ordinal_suffix(d), y)) if us else "%d %s %d" % (d, MONTHS[m - 1].title(), y)
            elif f == "iso":
                typed = "%d-%02d-%02d" % (y, m, d)
            else:
                typed = "%d.%d.%s" % (d, m, str(y)[2:])
            c.say("agent", "Please confirm your date of birth.")
            c.say("customer", self.ch(["", "dob ", "born ", "DOB: "]), V(typed, "DOB", vid),
                  self.ch(["", " - policy renewed on 3 %s" % MONTHS[(m + 3) % 12].title(), " thanks"]))
            note = "typed dob (%s)" % f
        else:
            f = self.ch(["ord_of", "month_first", "digits", "ord_of", "short_year", "ord_ord"])
            if f == "ord_of":
                s = "%s of %s %s" % (ordinal_words(d), MONTHS[m - 1], year_words(y))
            elif f == "month_first":
                s = "%s %s %s" % (MONTHS[m - 1], ordinal_words(d), year_words(y))
            elif f == "digits":
                sp = Speaker(rng, not us)
                s = "%s %s %s" % (sp.single("%02d" % d), sp.single("%02d" % m), year_words(y))
            elif f == "ord_ord":
                s = "%s of the %s %s" % (ordinal_words(d), ordinal_words(m), year_words(y) if self.p(0.5) else (
                    num_words(y % 100) if y % 100 >= 10 else "oh " + ONES[y % 10]))
            else:
                s = "%s of %s %s" % (ordinal_words(d), MONTHS[m - 1], num_words(y % 100) if y % 100 >= 10 else "oh " + ONES[y % 10])
            c.say("agent", self.ch(["and can you confirm your date of birth", "what's your date of birth please",
                                   "for security your d o b"]))
            c.say("customer", self.ch(["yeah it's the ", "", "it's ", "um "]), V(s, "DOB", vid),
                  self.ch(["", " i'm %s next month" % num_words(2026 - y), ""]))
            note = "dob spoken (%s)" % f
        c.note = "%s/%s: %s" % ("chat" if chat else "call", ind, note)
        self.pos.append(c)

    # ---------------- ADDRESS / POSTCODE ----------------
    def address_case(self, k):
        rng = self.rng
        us = k % 3 == 2
        chat = k % 2 == 1
        c = Case("positive", "")
        ind = self.ch(["utilities", "retail", "insurance", "telecom", "government services", "banking"])
        street = self.ch(STREETS)
        num = rng.randint(1, 240) if not us else rng.randint(10, 9800)
        if us:
            st = self.ch(US_ST_TYPES)
            z, p4 = gen_zip(rng, self.p(0.3) and chat)
            addr_typed = "%d %s %s" % (num, street.title(), self.ch([st.title(), US_ABBR[st], US_ABBR[st] + "."]).rstrip("."))
            pc_canon = z + (p4 or "")
            pc_typed = z + ("-" + p4 if p4 else "")
            town = self.ch(["Springfield", "Austin", "Columbus", "Portland", "Denver", "Tampa"])
        else:
            st = self.ch(UK_ST_TYPES)
            outw, inw = gen_uk_postcode(rng, spoken=not chat)
            pc_canon = outw + inw
            pc_typed = self.ch([outw + " " + inw, outw + inw, (outw + " " + inw).lower()])
            addr_typed = "%d %s %s" % (num, street.title(), st.title())
            if self.p(0.3):
                addr_typed = "Flat %d, %s" % (rng.randint(1, 12), addr_typed)
            town = self.ch(["Leeds", "Bristol", "Cardiff", "Reading", "York", "Brighton", "Belfast"])
        va = c.value("ADDRESS", addr_typed)
        vp = c.value("POSTCODE", pc_canon)
        if chat:
            if self.p(0.5):
                c.say("agent", "What's the delivery address?")
                c.say("customer", V(addr_typed, "ADDRESS", va), ", %s, " % town, V(pc_typed, "POSTCODE", vp))
                note = "typed one-line address with town and postcode"
            else:
                c.say("agent", "Can I confirm the postcode on the account?")
                c.say("customer", V(pc_typed, "POSTCODE", vp))
                c.say("agent", "Thanks, and the first line of the address?")
                c.say("customer", V(addr_typed.lower() if self.p(0.5) else addr_typed, "ADDRESS", va),
                      self.ch(["", " - its the blue door", " (moved in %d)" % rng.randint(2015, 2025)]))
                note = "postcode then first line typed separately"
        else:
            sp = Speaker(rng, not us)
            if us and num >= 1000 and str(num)[2] != "0" and self.p(0.6):
                nsay = sp.paired(str(num), True)
            elif num >= 100 and self.p(0.5):
                nsay = sp.single(str(num))
            else:
                nsay = num_words(num)
            flat = ""
            if addr_typed.startswith("Flat"):
                flat = "flat %s " % num_words(int(re.match(r"Flat (\d+)", addr_typed).group(1)))
            addr_s = "%s%s %s %s" % (flat, nsay, street, st)
            c.values[va] = ("ADDRESS", addr_s, None)
            if us:
                zs = sp.single(z) if self.p(0.7) else sp.paired(z, True)
                pc_s = zs
            else:
                o, i2 = self.postcode_spoken(sp, outw, inw)
                pc_s = o + " " + i2
            c.say("agent", self.ch(["and can i confirm the address on the account", "what's the address for the installation",
                                   "and where should we send the replacement"]))
            if self.p(0.5):
                c.say("customer", self.ch(["it's ", "yeah ", "", "um "]), V(addr_s, "ADDRESS", va), " %s " % town.lower(),
                      V(pc_s, "POSTCODE", vp))
                note = "spoken address, town and postcode in one turn"
            else:
                c.say("customer", V(addr_s, "ADDRESS", va), self.ch(["", " in %s" % town.lower()]))
                c.say("agent", "and the %s" % ("zip code" if us else "postcode"))
                if us or self.p(0.5):
                    c.say("customer", V(pc_s, "POSTCODE", vp))
                else:
                    o, i2 = pc_s.split(" ")[0], None
                    o, i2 = self.postcode_spoken(sp, outw, inw)
                    c.say("customer", V(o, "POSTCODE", vp))
                    c.say("agent", self.ch(BACKCHANNEL))
                    c.say("customer", V(i2, "POSTCODE", vp))
                note = "spoken address then postcode on agent prompt"
        c.note = "%s/%s (%s): %s" % ("chat" if chat else "call", ind, "US" if us else "UK", note)
        self.pos.append(c)

    # ---------------- MIXED ----------------
    def mixed_case(self, k):
        rng = self.rng
        c = Case("positive", "")
        v = k % 5
        if v == 0:
            # UK call: postcode + dob + mobile with a balance
            sp = Speaker(rng, True)
            digits = "07" + gen_digits(rng, 9, True)
            outw, inw = gen_uk_postcode(rng, spoken=True)
            y, m, d = rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28)
            vp = c.value("PHONE", digits)
            vpc = c.value("POSTCODE", outw + inw)
            vd = c.value("DOB", (d, m, y))
            c.say("agent", "i'm going to need to verify a few details first the postcode on the account")
            o, i2 = self.postcode_spoken(sp, outw, inw)
            c.say("customer", V(o + " " + i2, "POSTCODE", vpc))
            c.say("agent", "and your date of birth")
            c.say("customer", V("%s of %s %s" % (ordinal_words(d), MONTHS[m - 1], year_words(y)), "DOB", vd),
                  " and look i've been waiting %s minutes already" % num_words(rng.randint(15, 50)))
            c.say("agent", "sorry about that and the mobile number on the account")
            parts = sp.groups([digits[:5], digits[5:8], digits[8:]])
            c.say("customer", reading(vp, "PHONE", parts, self.joins(2)))
            c.say("agent", "thank you the balance is %s pounds %s" % (num_words(rng.randint(20, 300)), num_words(rng.randint(1, 99))))
            c.note = "call/utilities (UK): postcode, dob and mobile in one verification with a balance"
        elif v == 1:
            # US chat: ssn + zip + phone typed in one message
            ssn = gen_ssn(rng)
            z = "%05d" % rng.randint(1001, 99950)
            ph = str(rng.randint(2, 9)) + gen_digits(rng, 2, False) + str(rng.randint(2, 9)) + gen_digits(rng, 6, False)
            vs = c.value("SSN", ssn)
            vz = c.value("POSTCODE", z)
            vp = c.value("PHONE", ph)
            c.say("agent", "To locate your account I need your SSN, zip code and phone number.")
            c.say("customer", "ssn ", V(self.ssn_typed(ssn), "SSN", vs), ", zip ", V(z, "POSTCODE", vz),
                  ", phone ", V("%s-%s-%s" % (ph[:3], ph[3:6], ph[6:]), "PHONE", vp),
                  ". I was charged $%d.%02d twice" % (rng.randint(20, 200), rng.randint(0, 99)))
            c.note = "chat/telecom (US): ssn, zip and phone in one message with an amount"
        elif v == 2:
            # two phone numbers in one turn (old and new)
            sp = Speaker(rng, True)
            a = "07" + gen_digits(rng, 9, True)
            b = "07" + gen_digits(rng, 9, True)
            va = c.value("PHONE", a)
            vb = c.value("PHONE", b)
            c.say("agent", "i can update the contact number for you what's the new one")
            pa = sp.groups([a[:5], a[5:]])
            pb = sp.groups([b[:5], b[5:8], b[8:]])
            c.say("customer", "so the old one was ", reading(va, "PHONE", pa, [" "]),
                  " and the new one is ", reading(vb, "PHONE", pb, self.joins(2)),
                  " i changed network on the %s" % ordinal_words(rng.randint(1, 28)))
            c.say("agent", "lovely that's updated")
            c.note = "call/telecom (UK): old and new mobile numbers in one turn plus a non-birth date"
        elif v == 3:
            # UK chat: NI + DOB + email
            ni = gen_ni(rng)
            y, m, d = rng.randint(1950, 2003), rng.randint(1, 12), rng.randint(1, 28)
            email = "%s.%s%d@%s" % (self.ch(FIRST), self.ch(LAST), rng.randint(1, 99), self.ch(DOMAINS_UK))
            vn = c.value("NI_NUMBER", ni)
            vd = c.value("DOB", (d, m, y))
            ve = c.value("EMAIL", email)
            c.say("agent", "To update your pension record please confirm your NI number, date of birth and email.")
            c.say("customer", "NI ", V(self.ni_typed(ni), "NI_NUMBER", vn), "\nDOB ", V("%02d/%02d/%d" % (d, m, y), "DOB", vd),
                  "\nemail ", V(email, "EMAIL", ve), "\n(I retired in %d after %d years service)" % (rng.randint(2015, 2025), rng.randint(10, 40)))
            c.note = "chat/government services (UK): NI, DOB and email on separate lines with years of service"
        else:
            # call: card number + email in one turn for receipt
            sp = Speaker(rng, self.p(0.5))
            card = gen_card(rng, "visa")
            f, l = self.ch(FIRST), self.ch(LAST)
            dom = self.ch(DOMAINS_US)
            email = "%s%s@%s" % (f, l, dom)
            vc = c.value("CARD_NUMBER", card)
            ve = c.value("EMAIL", email, "spoken")
            c.values[ve] = ("EMAIL", email, "spoken")
            c.say("agent", "and how would you like to pay the %s dollars" % num_words(rng.randint(30, 400)))
            parts = sp.groups(card_groups(card))
            c.say("customer", "on my visa it's ", reading(vc, "CARD_NUMBER", parts, self.joins(3, filler_p=0)),
                  " and send the receipt to ", V("%s %s at %s dot %s" % (f, l, dom.split(".")[0], dom.split(".")[1]), "EMAIL", ve))
            c.say("agent", "thank you i'll email that over now")
            c.note = "call/retail (US): card number and e-mail in the same turn"
        self.pos.append(c)

    # ==================================================================
    # NEGATIVES
    # ==================================================================
    def build_negatives(self):
        temps = [self.neg_money_call, self.neg_money_chat, self.neg_times, self.neg_refs_call,
                 self.neg_refs_chat, self.neg_flight, self.neg_meter, self.neg_dates,
                 self.neg_counts, self.neg_speed, self.neg_model, self.neg_age_temp,
                 self.neg_percent, self.neg_room, self.neg_balance, self.neg_years,
                 self.neg_duration, self.neg_mixed, self.neg_data, self.neg_dosage,
                 self.neg_tax, self.neg_delivery, self.neg_points, self.neg_distance,
                 self.neg_store, self.neg_tracking, self.neg_version, self.neg_ivr]
        k = 0
        while len(self.neg) < 140:
            temps[k % len(temps)](k)
            k += 1

    def addneg(self, c, note):
        c.note = note
        self.neg.append(c)

    def neg_money_call(self, k):
        r = self.rng
        c = Case("negative", "")
        a, p = r.randint(11, 950), r.randint(1, 99)
        cur = self.ch([("pounds", "p"), ("dollars", "cents"), ("euro", "cent")])
        c.say("customer", "so the last bill was %s %s and %s %s which is way more than usual" % (
            num_words(a), cur[0], num_words(p), cur[1]))
        c.say("agent", "i understand it went up by %s %s because of the new tariff" % (num_words(r.randint(3, 40)), cur[0]))
        c.say("customer", "and before that it was like %s a month" % num_words(r.randint(30, 90)))
        self.addneg(c, "call/utilities: spoken bill amounts")

    def neg_money_chat(self, k):
        r = self.rng
        c = Case("negative", "")
        sym = self.ch(["£", "$", "€"])
        c.say("customer", "Why was I charged %s%d.%02d and then another %s%s? My plan is %s%d/month" % (
            sym, r.randint(10, 999), r.randint(0, 99), sym, "{:,}".format(r.randint(1000, 4999)) + ".00", sym, r.randint(10, 80)))
        c.say("agent", "I can see a one-off fee of %s%d.%02d for the upgrade plus %s%d.%02d VAT." % (
            sym, r.randint(10, 200), r.randint(0, 99), sym, r.randint(2, 40), r.randint(0, 99)))
        self.addneg(c, "chat/telecom: typed prices and charges incl. thousands separator")

    def neg_times(self, k):
        r = self.rng
        c = Case("negative", "")
        h1, h2 = r.randint(7, 11), r.randint(1, 6)
        c.say("agent", "the engineer can come between %s and %s on %s" % (
            num_words(h1), num_words(h2), self.ch(["monday", "tuesday", "thursday", "friday"])))
        c.say("customer", "can they come after %s thirty i finish at %s" % (num_words(h2), num_words(h2)))
        c.say("agent", "the latest slot is %s %s pm" % (num_words(h2 + 1), self.ch(["fifteen", "forty five", "oh five", "thirty"])))
        self.addneg(c, "call/telecom: appointment times")

    def neg_refs_call(self, k):
        r = self.rng
        c = Case("negative", "")
        sp = Speaker(r, self.p(0.5))
        word = self.ch(["order number", "reference number", "ticket number", "claim number", "case number",
                        "invoice number", "booking reference"])
        n = gen_digits(r, r.randint(6, 10), True)
        c.say("agent", "do you have the %s" % word)
        c.say("customer", "yeah the %s is %s" % (word, " ".join(sp.groups([n[:3], n[3:6], n[6:]] if len(n) > 6 else [n[:3], n[3:]]))))
        c.say("agent", "thank you i've found the %s" % word.split()[0])
        self.addneg(c, "call/retail: %s spoken with its reference word" % word)

    def neg_refs_chat(self, k):
        r = self.rng
        c = Case("negative", "")
        word = self.ch(["Order #", "Ticket ", "Claim no. ", "Invoice INV-", "Ref: ", "Case ", "order number "])
        n = gen_digits(r, r.randint(5, 10), True)
        c.say("customer", "Hi, still waiting on %s%s - it's been %d days" % (word, n, r.randint(3, 20)))
        c.say("agent", "Thanks, %s%s was updated on the %s." % (word, n, ordinal_suffix(r.randint(1, 28))))
        self.addneg(c, "chat/retail: typed reference numbers with their reference word")

    def neg_flight(self, k):
        r = self.rng
        c = Case("negative", "")
        al = self.ch([("BA", "b a"), ("EI", "e i"), ("FR", "f r"), ("UA", "u a"), ("LH", "l h")])
        n = r.randint(100, 9999)
        if self.p(0.5):
            c.say("customer", "my flight %s%d was cancelled, rebooked onto %s%d at %02d:%02d gate %d" % (
                al[0], n, al[0], n + 2, r.randint(6, 22), self.ch([0, 15, 30, 45]), r.randint(1, 60)))
            self.addneg(c, "chat/travel: flight numbers, time, gate")
        else:
            c.say("customer", "i'm on flight %s %s tomorrow leaving at %s" % (al[1], num_words(n) if n < 1000 else " ".join(ONES[int(x)] for x in str(n)),
                                                                               num_words(r.randint(6, 11)) + " " + self.ch(["thirty", "fifteen", "forty"])))
            c.say("agent", "and how many bags are you checking in")
            c.say("customer", "%s bags and it's %s kilos each" % (num_words(r.randint(2, 3)), num_words(r.randint(15, 23))))
            self.addneg(c, "call/travel: flight number, time, bag weight")

    def neg_meter(self, k):
        r = self.rng
        c = Case("negative", "")
        n = "%05d" % r.randint(1000, 99999)
        sp = Speaker(r, True)
        if self.p(0.5):
            c.say("agent", "can you give me a meter reading")
            c.say("customer", "the meter reading is %s" % sp.single(n))
            c.say("agent", "thanks that's %s units since the last reading" % num_words(r.randint(100, 900)))
            self.addneg(c, "call/utilities: meter reading digit by digit with 'meter reading'")
        else:
            c.say("customer", "Gas meter reading today: %s. Electric reading %s kWh" % (n, r.randint(1000, 60000)))
            self.addneg(c, "chat/utilities: typed meter readings")

    def neg_dates(self, k):
        r = self.rng
        c = Case("negative", "")
        d, m = r.randint(1, 28), r.randint(1, 12)
        if self.p(0.5):
            c.say("agent", "your contract started on the %s of %s twenty twenty %s and the next payment goes out on the %s" % (
                ordinal_words(d), MONTHS[m - 1], num_words(r.randint(1, 5)), ordinal_words(r.randint(1, 28))))
            c.say("customer", "okay and when does it end")
            c.say("agent", "%s %s twenty twenty seven" % (MONTHS[(m + 5) % 12], ordinal_words(d)))
            self.addneg(c, "call/telecom: contract and payment dates (not birth dates)")
        else:
            c.say("customer", "Payment due %02d/%02d/2026 but my appointment is on %d %s %d, can I move it?" % (
                d, m, r.randint(1, 28), MONTHS[r.randint(0, 11)].title(), 2026))
            c.say("agent", "Yes, I can move the payment date to the %s." % ordinal_suffix(r.randint(1, 28)))
            self.addneg(c, "chat/healthcare billing: payment and appointment dates")

    def neg_counts(self, k):
        r = self.rng
        c = Case("negative", "")
        c.say("customer", "i ordered %s chairs and %s tables but only %s boxes turned up" % (
            num_words(r.randint(2, 12)), num_words(r.randint(2, 4)), num_words(r.randint(2, 5))))
        c.say("agent", "i can see %s items were dispatched in %s parcels" % (num_words(r.randint(5, 20)), num_words(r.randint(2, 4))))
        self.addneg(c, "call/retail: quantities and counts")

    def neg_speed(self, k):
        r = self.rng
        c = Case("negative", "")
        if self.p(0.5):
            c.say("customer", "i'm paying for %s megabits but i'm only getting about %s" % (
                num_words(self.ch([100, 150, 500, 900])), num_words(r.randint(8, 60))))
            c.say("agent", "the line test shows %s point %s meg download and %s upload" % (
                num_words(r.randint(10, 70)), ONES[r.randint(0, 9)], num_words(r.randint(2, 20))))
            self.addneg(c, "call/telecom: broadband speeds")
        else:
            c.say("customer", "Speedtest: %d.%d Mbps down / %d.%d up, ping %dms. Package says %d Mbps!" % (
                r.randint(5, 99), r.randint(0, 9), r.randint(1, 20), r.randint(0, 9), r.randint(8, 90), self.ch([150, 500, 900])))
            self.addneg(c, "chat/telecom: typed speeds and ping")

    def neg_model(self, k):
        r = self.rng
        c = Case("negative", "")
        model = self.ch(["WM%d" % r.randint(1000, 9999), "KDL-%dX%d" % (r.randint(40, 65), r.randint(70, 90)),
                         "SM-G%d" % r.randint(900, 999), "HX-%d" % r.randint(100, 990), "iPhone %d" % r.randint(11, 16)])
        c.say("customer", "the model number is %s and it's the %s gig version bought for %s" % (
            model, num_words(self.ch([64, 128, 256])), "£%d" % r.randint(200, 999)))
        c.say("agent", "thanks the %s has a %s year warranty" % (model, num_words(r.randint(1, 3))))
        self.addneg(c, "chat/retail: model numbers, storage, price")

    def neg_age_temp(self, k):
        r = self.rng
        c = Case("negative", "")
        c.say("customer", "my son is %s and he's had a temperature of %s point %s for %s days" % (
            num_words(r.randint(2, 15)), num_words(r.randint(38, 40)), ONES[r.randint(1, 9)], num_words(r.randint(2, 5))))
        c.say("agent", "okay and how much does he weigh roughly")
        c.say("customer", "about %s kilos" % num_words(r.randint(14, 40)))
        self.addneg(c, "call/healthcare billing: age, temperature, duration, weight")

    def neg_percent(self, k):
        r = self.rng
        c = Case("negative", "")
        if self.p(0.5):
            c.say("agent", "the rate is %s point %s percent fixed for %s months" % (
                num_words(r.randint(1, 9)), num_words(r.randint(1, 99)), num_words(self.ch([12, 24, 36]))))
            c.say("customer", "and what's the apr on the card")
            c.say("agent", "that's %s point %s percent" % (num_words(r.randint(15, 35)), ONES[r.randint(1, 9)]))
            self.addneg(c, "call/banking: interest rates and terms")
        else:
            c.say("customer", "Renewal went up %d%% from %s%d to %s%d - last year it was %d.%d%%" % (
                r.randint(5, 60), "£", r.randint(300, 600), "£", r.randint(601, 1200), r.randint(1, 9), r.randint(0, 9)))
            self.addneg(c, "chat/insurance: percentages and premiums")

    def neg_room(self, k):
        r = self.rng
        c = Case("negative", "")
        room = r.randint(101, 1240)
        c.say("customer", "i'm in room %s and the air con's broken it's %s degrees in here" % (
            num_words(room) if self.p(0.5) else " ".join(ONES[int(x)] for x in str(room)), num_words(r.randint(26, 33))))
        c.say("agent", "sorry about that i can move you to room %s on floor %s" % (num_words(room + 102), num_words(r.randint(2, 12))))
        self.addneg(c, "call/travel: hotel room numbers, floor, temperature")

    def neg_balance(self, k):
        r = self.rng
        c = Case("negative", "")
        if self.p(0.5):
            c.say("agent", "your current balance is %s pounds %s and your available credit is %s" % (
                num_words(r.randint(100, 9999)), num_words(r.randint(1, 99)), num_words(r.randint(500, 5000))))
            c.say("customer", "and the minimum payment")
            c.say("agent", "%s pounds due on the %s" % (num_words(r.randint(5, 150)), ordinal_words(r.randint(1, 28))))
            self.addneg(c, "call/banking: balances and minimum payment")
        else:
            c.say("agent", "Your balance is $%s.%02d; the last payment of $%d.%02d posted on %s %d." % (
                "{:,}".format(r.randint(1000, 25000)), r.randint(0, 99), r.randint(20, 900), r.randint(0, 99),
                MONTHS_SHORT[r.randint(0, 11)].title(), r.randint(1, 28)))
            self.addneg(c, "chat/banking: typed balance with thousands separator and payment date")

    def neg_years(self, k):
        r = self.rng
        c = Case("negative", "")
        y1 = r.randint(1995, 2020)
        c.say("customer", "i've been with you since %s and the car is a %s model with about %s thousand miles" % (
            year_words(y1), year_words(r.randint(2008, 2022)), num_words(r.randint(20, 140))))
        c.say("agent", "thank you for being a customer for %s years" % num_words(2026 - y1))
        self.addneg(c, "call/insurance: years, mileage, tenure")

    def neg_duration(self, k):
        r = self.rng
        c = Case("negative", "")
        c.say("customer", "I've been on hold %d mins, and this is my %s call this week. Last call was %d:%02d long" % (
            r.randint(10, 90), self.ch(["3rd", "4th", "5th", "second"]), r.randint(10, 59), r.randint(0, 59)))
        c.say("agent", "I'm sorry, I'll make sure this is resolved within %d working days." % r.randint(2, 10))
        self.addneg(c, "chat/government services: waiting times, durations")

    def neg_mixed(self, k):
        r = self.rng
        c = Case("negative", "")
        n = gen_digits(r, 8, True)
        sp = Speaker(r, False)
        c.say("agent", "i've raised a complaint the reference is %s" % " ".join(sp.groups([n[:4], n[4:]])))
        c.say("customer", "great and how long will that take")
        c.say("agent", "up to %s weeks and you'll get a credit of %s dollars %s" % (
            num_words(r.randint(2, 8)), num_words(r.randint(10, 120)), num_words(r.randint(1, 99))))
        c.say("customer", "fine it's %s thirty now i'll call back %s" % (num_words(r.randint(1, 11)), self.ch(["tomorrow", "on monday", "next week"])))
        self.addneg(c, "call/telecom: complaint reference, weeks, credit amount, time")


    def neg_data(self, k):
        r = self.rng
        c = Case("negative", "")
        if self.p(0.5):
            allow = self.ch([30, 50, 100])
            c.say("customer", "i've used %s gig of my %s gig allowance and it's only the %s" % (
                num_words(r.randint(5, allow - 3)), num_words(allow), ordinal_words(r.randint(8, 25))))
            c.say("agent", "you've also got %s minutes and %s texts left this month" % (
                num_words(r.randint(50, 900)), num_words(r.randint(100, 4000))))
            self.addneg(c, "call/telecom: data allowance, minutes and texts")
        else:
            c.say("customer", "App says %d.%dGB used of %dGB, %d mins left, resets in %d days" % (
                r.randint(1, 49), r.randint(0, 9), self.ch([50, 100, 120]), r.randint(10, 999), r.randint(2, 29)))
            self.addneg(c, "chat/telecom: typed data usage figures")

    def neg_dosage(self, k):
        r = self.rng
        c = Case("negative", "")
        c.say("customer", "the invoice says %s tablets of %s milligrams at %s pounds %s" % (
            num_words(self.ch([28, 56, 84])), num_words(self.ch([250, 500, 20, 40])), num_words(r.randint(5, 60)),
            num_words(r.randint(10, 99))))
        c.say("agent", "that's the prescription charge from your visit on the %s of %s" % (
            ordinal_words(r.randint(1, 28)), self.ch(MONTHS)))
        self.addneg(c, "call/healthcare billing: tablet count, dosage, charge, visit date")

    def neg_tax(self, k):
        r = self.rng
        c = Case("negative", "")
        c.say("customer", "My tax code changed from %dL to %dL and I was taxed £%s.%02d in month %d" % (
            self.ch([1257, 1185]), r.randint(900, 1300), "{:,}".format(r.randint(1000, 3500)), r.randint(0, 99), r.randint(1, 12)))
        ty = r.randint(2023, 2025)
        c.say("agent", "That's for the %d/%02d tax year, you'll get a refund of about £%d within %d weeks." % (
            ty, (ty + 1) % 100, r.randint(50, 900), r.randint(2, 8)))
        self.addneg(c, "chat/government services: tax codes, tax year, amounts")

    def neg_delivery(self, k):
        r = self.rng
        c = Case("negative", "")
        c.say("agent", "your parcel is out for delivery today between %s and %s and weighs %s point %s kilos" % (
            num_words(r.randint(8, 11)), num_words(r.randint(1, 5)), num_words(r.randint(1, 30)), ONES[r.randint(1, 9)]))
        c.say("customer", "can you ask them to leave it in the porch i'm out from %s till %s" % (
            num_words(r.randint(9, 11)), num_words(r.randint(2, 5))))
        c.say("agent", "i'll add that note the driver has %s stops before you" % num_words(r.randint(3, 25)))
        self.addneg(c, "call/retail: delivery window, weight, stop count, hours")

    def neg_points(self, k):
        r = self.rng
        c = Case("negative", "")
        c.say("customer", "I have %s points, is that enough for the %d-night deal? It says %s points per night" % (
            "{:,}".format(r.randint(10000, 250000)), r.randint(2, 7), "{:,}".format(r.randint(5000, 40000))))
        c.say("agent", "You'd need %s more points, or you can top up for €%d." % ("{:,}".format(r.randint(500, 9000)), r.randint(20, 200)))
        self.addneg(c, "chat/travel: loyalty points with thousands separators")

    def neg_distance(self, k):
        r = self.rng
        c = Case("negative", "")
        c.say("customer", "the car broke down about %s miles from junction %s on the m%s" % (
            num_words(r.randint(2, 30)), num_words(r.randint(2, 30)), r.randint(1, 62)))
        c.say("agent", "a recovery truck will be with you in around %s minutes it's %s miles away" % (
            num_words(self.ch([35, 40, 45, 60, 90])), num_words(r.randint(5, 40))))
        self.addneg(c, "call/insurance: distances, motorway junction, eta")

    def neg_store(self, k):
        r = self.rng
        c = Case("negative", "")
        c.say("customer", "what time does store %d close on sundays" % r.randint(100, 4999))
        c.say("agent", "It's open %d:00 till %d:00 on Sunday and %d:30am to %dpm the rest of the week." % (
            r.randint(9, 11), r.randint(16, 18), r.randint(7, 9), r.randint(8, 10)))
        self.addneg(c, "chat/retail: store number and opening hours")

    def neg_tracking(self, k):
        r = self.rng
        c = Case("negative", "")
        sp = Speaker(r, True)
        n = gen_digits(r, 9, True)
        c.say("agent", "i can see the return under return reference %s" % " ".join(sp.groups([n[:3], n[3:6], n[6:]])))
        c.say("customer", "and the refund is the full %s pounds %s" % (num_words(r.randint(10, 300)), num_words(r.randint(10, 99))))
        c.say("agent", "yes it takes three to five working days")
        self.addneg(c, "call/retail: nine-digit return reference spoken in groups with its reference word")

    def neg_version(self, k):
        r = self.rng
        c = Case("negative", "")
        c.say("customer", "router firmware is v%d.%d.%d and the light flashes %d times every %d seconds" % (
            r.randint(1, 9), r.randint(0, 20), r.randint(0, 99), r.randint(2, 6), r.randint(2, 10)))
        c.say("agent", "Please hold the reset button for %d seconds and wait %d minutes." % (self.ch([10, 15, 30]), r.randint(2, 10)))
        self.addneg(c, "chat/telecom: firmware version, counts, durations")

    def neg_ivr(self, k):
        r = self.rng
        c = Case("negative", "")
        c.say("customer", "i pressed %s then %s like it said and waited %s minutes" % (
            ONES[r.randint(1, 9)], ONES[r.randint(1, 9)], num_words(r.randint(5, 45))))
        c.say("agent", "sorry about the wait you're through to the right team now and you were caller number %s" % num_words(r.randint(3, 30)))
        self.addneg(c, "call/utilities: IVR menu digits, wait time, queue position")


# ---------------------------------------------------------------------------
# check
# ---------------------------------------------------------------------------
def validate_value(typ, canonical, rule, texts):
    """Return a problem string or None. ``texts`` are the non-partial span texts."""
    joined = " ".join(texts)
    strict = typ in ("CARD_NUMBER", "CVV", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
                     "IBAN", "PHONE", "POSTCODE")
    if strict:
        norm, unk = normalise(joined, alnum=typ in ("NI_NUMBER", "IBAN", "POSTCODE"))
        if unk:
            return "unknown tokens %r in %r" % (unk, joined)
        norm = norm.upper()
        if norm != canonical.upper():
            return "normalised %r != canonical %r (%r)" % (norm, canonical, joined)
        if typ == "CARD_NUMBER" and not (13 <= len(norm) <= 19 and norm.isdigit() and luhn_ok(norm)):
            return "bad card %s" % norm
        if typ == "CVV" and not (norm.isdigit() and len(norm) in (3, 4)):
            return "bad cvv"
        if typ == "SSN" and not (norm.isdigit() and len(norm) == 9):
            return "bad ssn"
        if typ == "NI_NUMBER" and not NI_RE.match(norm):
            return "bad ni %s" % norm
        if typ == "BANK_ACCOUNT" and not (norm.isdigit() and 6 <= len(norm) <= 17):
            return "bad account"
        if typ == "SORT_CODE" and not (norm.isdigit() and len(norm) == 6):
            return "bad sort code"
        if typ == "IBAN" and not iban_ok(norm):
            return "bad iban %s" % norm
        if typ == "PHONE" and not (norm.isdigit() and 10 <= len(norm) <= 14):
            return "bad phone %s" % norm
        if typ == "POSTCODE" and not (UK_PC_RE.match(norm) or US_ZIP_RE.match(norm)):
            return "bad postcode %s" % norm
        return None
    if typ == "EMAIL":
        if rule == "spoken":
            if (len(texts) == 1 and " at " not in " " + joined + " ") or not re.search(r" (dot|full stop|period) ", " " + joined + " "):
                return "spoken email lacks at/dot: %r" % joined
            return None
        if not re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", joined):
            return "bad email %r" % joined
        if joined.lower() != canonical:
            return "email mismatch"
        return None
    if typ == "EXPIRY":
        norm, unk = normalise(joined)
        if unk:
            return "unknown tokens %r in expiry" % unk
        mm, yy = canonical[:2], canonical[2:]
        ok = {mm + yy, mm + "20" + yy, str(int(mm)) + yy, mm + "20" + yy, mm + "2" + "0" + yy}
        if norm not in ok and norm != mm + "20" + yy.lstrip("0"):
            # month word then "twenty six" -> '0626', 'twenty twenty six' -> '062026'
            return "expiry %r normalised %r not in %r" % (joined, norm, ok)
        return None
    if typ == "DOB":
        d, m, y = canonical
        norm, unk = normalise(joined)
        if unk:
            return "unknown tokens %r in dob" % unk
        if str(y) not in norm and str(y)[2:] not in norm[-4:]:
            return "dob year missing %r %r" % (joined, norm)
        if "%02d" % m not in norm and str(m) not in norm:
            return "dob month missing"
        return None
    if typ == "ADDRESS":
        toks = set(re.findall(r"[a-z]+", joined.lower()))
        if not (toks & ST_WORDS):
            return "address without street word %r" % joined
        if not (re.search(r"\d", joined) or toks & (set(ONES) | set(TEENS) | set(TENS))):
            return "address without number %r" % joined
        return None
    return "unknown type %s" % typ


def check(lines):
    problems = []
    ids = set()
    counts = Counter()
    kinds = Counter()
    for obj in lines:
        cid = obj["id"]
        if cid in ids:
            problems.append("duplicate id %s" % cid)
        ids.add(cid)
        kinds[obj["kind"]] += 1
        if obj["kind"] == "negative" and obj["spans"]:
            problems.append("%s: negative with spans" % cid)
        if obj["kind"] == "positive" and not obj["spans"]:
            problems.append("%s: positive without spans" % cid)
        if not obj.get("note"):
            problems.append("%s: missing note" % cid)
        for t in obj["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                problems.append("%s: bad speaker" % cid)
        last = {}
        for s in obj["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (cid, s["type"]))
            if not (0 <= s["turn"] < len(obj["turns"])):
                problems.append("%s: bad turn" % cid)
                continue
            text = obj["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(text)):
                problems.append("%s: offsets out of range" % cid)
                continue
            frag = text[st:en]
            if frag != frag.strip() or not frag:
                problems.append("%s: span has outer whitespace %r" % (cid, frag))
            if (st > 0 and text[st - 1].isalnum()) or (en < len(text) and text[en].isalnum()):
                problems.append("%s: span not on word boundary %r" % (cid, frag))
            if not frag[0].isalnum() and frag[0] not in "+(":
                problems.append("%s: span starts with punctuation %r" % (cid, frag))
            if not frag[-1].isalnum():
                problems.append("%s: span ends with punctuation %r" % (cid, frag))
            if s["turn"] in last and st < last[s["turn"]]:
                problems.append("%s: overlapping spans" % cid)
            last[s["turn"]] = en
            counts[s["type"]] += 1
    return problems, counts, kinds


def main(argv):
    gen = Gen()
    objs = gen.build()
    data = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)
    problems, counts, kinds = check(objs)
    # value-level validation from generator metadata
    for case, obj in zip(gen.pos + gen.neg, objs):
        by_vid = {}
        for s in case.spans:
            frag = case.turns[s["turn"]]["text"][s["start"]:s["end"]]
            if s["_partial"]:
                norm, unk = normalise(frag, alnum=True)
                if not norm:
                    problems.append("%s: empty partial span" % obj["id"])
                continue
            by_vid.setdefault(s["_vid"], []).append(frag)
        for vid, (typ, canon, rule) in case.values.items():
            if vid not in by_vid:
                problems.append("%s: value %s (%s) has no span" % (obj["id"], vid, typ))
                continue
            pr = validate_value(typ, canon, rule, by_vid[vid])
            if pr:
                problems.append("%s: %s: %s" % (obj["id"], typ, pr))
        for s in case.spans:
            if case.values[s["_vid"]][0] != s["type"]:
                problems.append("%s: span type mismatch" % obj["id"])
    mins = {t: 12 for t in TYPES}
    mins.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
    for t, mn in mins.items():
        if counts[t] < mn:
            problems.append("type %s has %d spans (< %d)" % (t, counts[t], mn))
    if kinds["positive"] < 170 or kinds["negative"] < 100:
        problems.append("too few cases: %r" % dict(kinds))
    readme = make_readme(counts, kinds, gen)
    if "--check" in argv:
        for path, want in ((CASES_PATH, data), (README_PATH, readme)):
            try:
                with open(path, encoding="utf-8") as fh:
                    have = fh.read()
            except OSError:
                problems.append("missing %s" % path)
                continue
            if have != want:
                problems.append("%s differs from regenerated output" % os.path.relpath(path, ROOT))
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES_PATH, "w", encoding="utf-8") as fh:
            fh.write(data)
        with open(README_PATH, "w", encoding="utf-8") as fh:
            fh.write(readme)
    print("pii_holdout9: %d positive, %d negative cases" % (kinds["positive"], kinds["negative"]))
    for t in TYPES:
        print("  %-13s %4d spans  %4d values" % (t, counts[t], sum(
            1 for c in gen.pos for v in c.values.values() if v[0] == t)))
    if problems:
        print("%d PROBLEM(S):" % len(problems))
        for p in problems[:200]:
            print("  " + p)
        return 1
    print("OK" + (" (check passed: file identical to regenerated output)" if "--check" in argv else " (written)"))
    return 0


def make_readme(counts, kinds, gen):
    rows = "\n".join("| %s | %d | %d |" % (t, counts[t], sum(1 for c in gen.pos for v in c.values.values() if v[0] == t))
                     for t in TYPES)
    return """# pii_holdout9 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data it was not developed against. Do not add its cases to training data,
regexes, word lists or unit tests, and do not iterate on the redactor while
looking at its failures on this set.

## Provenance

Written by an AI helper acting as an independent test author. The author did
not see the redaction code, its tests, its documentation, the benchmark
script, or any other PII fixture (only a three-line example of the JSONL
format). The redactor was not run while writing the set.

All cases are produced by `scripts/make_pii_holdout9.py` from template
functions; each turn is assembled from plain-text segments and labelled value
segments, so offsets are computed rather than typed. Values (Luhn-valid card
numbers, mod-97-valid IBANs, well-formed NI numbers, SSNs, postcodes, ...) come
from one `random.Random(%d)`; the output is byte-for-byte reproducible.

    python scripts/make_pii_holdout9.py          # regenerate
    python scripts/make_pii_holdout9.py --check  # verify file + labels

`--check` regenerates and compares, checks ids, offsets, word boundaries and
overlap, and normalises every labelled value from its spoken/typed form back to
a canonical value (number words, "oh"/"o"/"nought", "double"/"triple", pairs
such as "forty one", spelled letters such as "b for bravo" or "b as in bravo",
ASR letter homophones such as "why" for Y) and validates it: Luhn for cards,
mod-97 for IBANs, NI-number shape, 9 digits for SSNs, 6 for sort codes, digit
counts for CVV/phone/account numbers, UK postcode / US ZIP shape.

## Contents

%d positive cases, %d negative cases (`"spans": []`; nothing in them may be
redacted). Channels: chat (typed, mixed case, separators, typos) and phone
calls written as an ASR transcript would (lower case, sparse punctuation,
numbers as words). Industries: banking, telecom, utilities, retail, insurance,
travel, healthcare billing, government services; US, UK, Ireland and EU values.

| type | spans | values |
|---|---|---|
%s

(A value read back by the agent, or split over several turns, has several
spans.)

## Annotation conventions

* A span covers the value itself and nothing else: lead-ins ("it's", "my
  card number is", "SSN:"), trailing words ("that's it", "thanks"),
  punctuation after the value, and words like "the" before a date are outside.
* A value read in one turn is one span from its first to its last token,
  including internal separators (spaces, commas, "...", dashes, "double",
  "triple", "for bravo"). Hesitation fillers *between* groups ("um", "erm",
  "hang on", "uh sorry") are left outside: the value is then labelled as
  several spans in the same turn, so a redactor is not penalised for leaving a
  filler visible.
* A value split across turns (agent back-channels in between) has one span
  per customer turn.
* Agent read-backs of the customer's value are labelled too, and so are
  agent echoes of a single chunk during a split reading ("four five three
  nine yep": the four number words are a CARD_NUMBER span).
* Spoken readings use ASR-style forms: "oh"/"o"/"nought"/"zero" for 0,
  "double"/"triple", pairs ("forty one eleven"), occasional digit homophones
  ("to"/"too" for 2, "for" for 4, "ate" for 8) and letter homophones ("why",
  "tee", "pee", "see"); all of these are inside the span.
* Self-corrections: the abandoned false start ("four five three no sorry ...")
  is labelled with the same type as the value it started, as well as the
  corrected full reading; the correction words themselves are outside.
* Phone numbers include any spoken/typed country code ("plus four four",
  "+353", "0044"). Expiry spans cover the month and year only; CVV spans only
  the digits. DOB spans cover day, month and year, not "the" or "born".
* ADDRESS covers the street part (flat number, house number, street name and
  street type); town names are not labelled; the postcode / ZIP is a separate
  POSTCODE span.
* Unlabelled non-PII numbers (amounts, order/claim numbers, dates, durations)
  appear next to PII in some positive cases; they are not spans.
* Negatives contain lookalikes that must not be redacted: money amounts,
  prices, balances, times, durations, counts, years, percentages, non-birth
  dates, order/ticket/claim/invoice/reference numbers (5-10 digits, always with
  their reference word), flight numbers, room numbers, model numbers, meter
  readings, speeds, ages, temperatures.
""" % (SEED, kinds["positive"], kinds["negative"], rows)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout75``.

Written by an AI helper acting as an independent author that did not see the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
(single ``random.Random(75281123)``).

    python scripts/make_pii_holdout75.py          # write fixture + README
    python scripts/make_pii_holdout75.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import os
import random
import re
import sys

SEED = 75281123
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout75")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
PREFIX = "h75"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# number words
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven",
          "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
          "sixteen", "seventeen", "eighteen", "nineteen"]
TENS_W = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
          "eighty", "ninety"]
ORD_UNIT = ["", "first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth"]
ORD_TEEN = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MONTH_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
              "sept", "oct", "nov", "dec"]
HOMO = {"4": ["for"], "2": ["to", "too"], "8": ["ate"], "3": ["tree"]}


def words_under_100(n: int) -> str:
    if n < 10:
        return UNIT_W[n]
    if n < 20:
        return TEEN_W[n - 10]
    t, u = divmod(n, 10)
    return TENS_W[t] + ("" if u == 0 else " " + UNIT_W[u])


def words_number(n: int, style: str = "plain") -> str:
    """0..9999 in words. style 'pairs' gives 'one forty seven'."""
    if n < 100:
        return words_under_100(n)
    if n < 1000:
        h, r = divmod(n, 100)
        if style == "pairs" and r >= 10:
            return UNIT_W[h] + " " + words_under_100(r)
        if r == 0:
            return UNIT_W[h] + " hundred"
        return UNIT_W[h] + " hundred and " + words_under_100(r)
    th, r = divmod(n, 1000)
    if r == 0:
        return UNIT_W[th] + " thousand"
    if r < 100:
        return UNIT_W[th] + " thousand and " + words_under_100(r)
    return UNIT_W[th] + " thousand " + words_number(r)


def ordinal_words(n: int) -> str:
    if n < 10:
        return ORD_UNIT[n]
    if n < 20:
        return ORD_TEEN[n - 10]
    t, u = divmod(n, 10)
    if u == 0:
        return {2: "twentieth", 3: "thirtieth"}[t]
    return TENS_W[t] + " " + ORD_UNIT[u]


def ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def year_words(y: int) -> str:
    if 2000 <= y <= 2009:
        return "two thousand" + ("" if y == 2000 else " and " + UNIT_W[y - 2000])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return words_under_100(hi) + " hundred"
    if lo < 10:
        return words_under_100(hi) + " oh " + UNIT_W[lo]
    return words_under_100(hi) + " " + words_under_100(lo)


class Speaker:
    """Turns digit strings into ASR-style words, with per-caller habits."""

    def __init__(self, rng: random.Random, uk: bool = False,
                 homophones: float = 0.0, fillers: float = 0.0):
        self.rng = rng
        zeros = ["oh", "zero", "o"] + (["nought", "oh"] if uk else ["oh"])
        self.zero = rng.choice(zeros)
        self.doubles = rng.random() < 0.6
        self.homophones = homophones
        self.fillers = fillers

    def digit(self, d: str) -> str:
        if d == "0":
            return self.zero
        if d in HOMO and self.rng.random() < self.homophones:
            return self.rng.choice(HOMO[d])
        return UNIT_W[int(d)]

    def single(self, s: str) -> str:
        out = []
        i = 0
        while i < len(s):
            d = s[i]
            run = 1
            while i + run < len(s) and s[i + run] == d:
                run += 1
            if self.doubles and run >= 3 and self.rng.random() < 0.5:
                out.append("triple " + self.digit(d))
                i += 3
            elif self.doubles and run >= 2 and self.rng.random() < 0.7:
                out.append("double " + self.digit(d))
                i += 2
            else:
                out.append(self.digit(d))
                i += 1
            if i < len(s) and self.rng.random() < self.fillers:
                out.append(self.rng.choice(["um", "uh", "er", "erm"]))
        return " ".join(out)

    def pairs(self, s: str, last: bool = True) -> str:
        out = []
        chunks = []
        if len(s) % 2:
            chunks.append(s[0])
            s = s[1:]
        chunks += [s[i:i + 2] for i in range(0, len(s), 2)]
        for k, p in enumerate(chunks):
            is_last = last and k == len(chunks) - 1
            if len(p) == 1:
                out.append(self.digit(p))
            elif p[0] == "0":
                out.append(self.zero + " " + self.digit(p[1]))
            elif p[0] == "1":
                out.append(TEEN_W[int(p[1])])
            elif p[1] == "0" and not is_last:
                out.append(self.digit(p[0]) + " " + self.zero)
            elif p[0] == p[1] and self.doubles and self.rng.random() < 0.3:
                out.append("double " + self.digit(p[0]))
            else:
                out.append(words_under_100(int(p)))
        return " ".join(out)

    def read(self, s: str, mode: str | None = None, last: bool = True) -> str:
        mode = mode or self.rng.choice(["single", "single", "single", "pairs"])
        return self.single(s) if mode == "single" else self.pairs(s, last)


LETTER_HOMO = {"b": "bee", "c": "see", "r": "are", "u": "you", "y": "why", "t": "tea",
               "w": "double you", "x": "ex", "j": "jay", "k": "kay", "p": "pee", "q": "queue",
               "g": "gee", "e": "ee", "a": "eh", "s": "ess", "n": "en", "l": "el", "h": "aitch",
               "z": "zed"}
LETTER_HOMO_REV = {v: k for k, v in LETTER_HOMO.items() if " " not in v}


def spell_letter(rng: random.Random, ch: str, p_phon: float = 0.3, p_homo: float = 0.0) -> str:
    ch = ch.lower()
    if ch in LETTER_HOMO and rng.random() < p_homo:
        return LETTER_HOMO[ch]
    if rng.random() < p_phon:
        word = rng.choice(PHONETIC[ch])
        return "%s %s %s" % (ch, rng.choice(["for", "for", "as in"]), word)
    return ch


PHONETIC = {
    "a": ["alpha", "apple"], "b": ["bravo", "bob"], "c": ["charlie", "cat"],
    "d": ["delta", "david"], "e": ["echo", "edward"], "f": ["foxtrot", "freddie"],
    "g": ["golf", "george"], "h": ["hotel", "harry"], "i": ["india", "ireland"], "j": ["juliet", "john"],
    "k": ["kilo", "king"], "l": ["lima", "london"], "m": ["mike", "mary"],
    "n": ["november", "nancy"], "p": ["papa", "peter"], "q": ["quebec", "queen"],
    "r": ["romeo", "robert"], "s": ["sierra", "sugar"], "t": ["tango", "tommy"],
    "u": ["uniform", "uncle"], "w": ["whiskey", "william"], "x": ["x-ray", "xylophone"],
    "y": ["yankee", "yellow"], "z": ["zulu", "zebra"],
}


def speak_alnum(rng: random.Random, sp: Speaker, s: str, p_phon: float = 0.3) -> str:
    """Letters spelled (sometimes 'b for bravo'), digit runs read."""
    out = []
    for m in re.finditer(r"[A-Za-z]|\d+", s):
        t = m.group(0)
        if t.isdigit():
            out.append(sp.read(t, "single"))
        else:
            out.append(spell_letter(rng, t, p_phon))
    return " ".join(out)


# --------------------------------------------------------------------------
# value generators
def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(s: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def gen_card(rng: random.Random):
    kind = rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        n = luhn_complete("4", 16, rng); g = [4, 4, 4, 4]
    elif kind == "mc":
        n = luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, rng); g = [4, 4, 4, 4]
    elif kind == "amex":
        n = luhn_complete(rng.choice(["34", "37"]), 15, rng); g = [4, 6, 5]
    elif kind == "disc":
        n = luhn_complete("6011", 16, rng); g = [4, 4, 4, 4]
    elif kind == "visa13":
        n = luhn_complete("4", 13, rng); g = [4, 4, 5]
    else:
        n = luhn_complete("6759", 19, rng); g = [4, 4, 4, 4, 3]
    groups, i = [], 0
    for k in g:
        groups.append(n[i:i + k]); i += k
    return n, groups


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_L = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_L) + rng.choice(NI_L)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def iban_check(country: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in (bban + country + "00"))
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    lens = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "ES": 24, "FR": 27}
    if s[:2] in lens and len(s) != lens[s[:2]]:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def gen_iban(rng, country=None):
    country = country or rng.choice(["GB", "IE", "IE", "DE", "NL", "ES", "FR"])
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + digits(rng, 14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "IPBS", "ULSB"]) + digits(rng, 14)
    elif country == "DE":
        bban = digits(rng, 18, True)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "TRIB"]) + digits(rng, 10)
    elif country == "ES":
        bban = digits(rng, 20, True)
    else:
        bban = digits(rng, 23, True)
    return country + iban_check(country, bban) + bban


def group4(s):
    return [s[i:i + 4] for i in range(0, len(s), 4)]


def gen_phone(rng, kind):
    """returns (digit string as dialled incl. leading + marker, groups)."""
    if kind == "uk_mob":
        s = "07" + rng.choice("3456789") + digits(rng, 8)
        return s, [s[:5], s[5:]]
    if kind == "uk_land":
        if rng.random() < 0.5:
            s = "020" + rng.choice("378") + digits(rng, 7)
            return s, [s[:3], s[3:7], s[7:]]
        s = "01" + rng.choice(["61", "13", "21", "31", "41", "17"]) + digits(rng, 7, True)
        return s, [s[:4], s[4:7], s[7:]]
    if kind == "us":
        area = rng.choice(["617", "212", "415", "312", "713", "404", "206", "303", "512", "919"])
        s = area + rng.choice("23456789") + digits(rng, 6)
        return s, [s[:3], s[3:6], s[6:]]
    if kind == "ie_mob":
        s = "08" + rng.choice("35679") + digits(rng, 7)
        return s, [s[:3], s[3:6], s[6:]]
    if kind == "intl_uk":
        s = "447" + rng.choice("3456789") + digits(rng, 8)
        return "+" + s, ["+44", s[2:6], s[6:]]
    if kind == "intl_ie":
        s = "3538" + rng.choice("35679") + digits(rng, 7)
        return "+" + s, ["+353", s[3:5], s[5:8], s[8:]]
    raise ValueError(kind)


UK_AREAS = ["SW", "M", "B", "LS", "G", "EH", "CF", "BT", "NE", "L", "E", "N",
            "W", "SE", "BS", "NG", "CB", "RG", "S", "PL", "HU", "AB", "DN"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode(rng):
    a = rng.choice(UK_AREAS)
    shape = rng.choice(["9", "99", "9", "9A"]) if len(a) == 1 else rng.choice(["9", "99", "9"])
    out = a
    for ch in shape:
        out += str(rng.randint(1, 9)) if ch == "9" else rng.choice("ABEHJKPSTUW")
    return out + " " + str(rng.randint(0, 9)) + rng.choice(INWARD) + rng.choice(INWARD)


def gen_zip(rng, plus4=False):
    z = "%05d" % rng.randint(1001, 99950)
    if plus4:
        z += "-%04d" % rng.randint(1, 9999)
    return z


FIRST = ["john", "sarah", "aoife", "michael", "priya", "david", "siobhan",
         "mark", "emma", "liam", "grace", "tom", "niamh", "raj", "claire",
         "sean", "karen", "ben", "fiona", "marcus", "helen", "conor", "lucy",
         "james", "rachel", "dermot", "anna", "kevin", "maria", "gareth"]
LAST = ["murphy", "kelly", "smith", "walsh", "byrne", "patel", "jones",
        "brennan", "taylor", "nolan", "davies", "doyle", "hughes", "clarke",
        "gallagher", "evans", "reilly", "mccarthy", "garcia", "johnson",
        "novak", "fischer", "lynch", "burke", "quinn", "price", "barry"]
DOMAINS_SPOKEN = [("gmail dot com", "gmail.com"), ("hotmail dot com", "hotmail.com"),
                  ("yahoo dot co dot uk", "yahoo.co.uk"), ("outlook dot com", "outlook.com"),
                  ("eircom dot net", "eircom.net"), ("icloud dot com", "icloud.com"),
                  ("btinternet dot com", "btinternet.com"), ("live dot ie", "live.ie"),
                  ("hotmail dot co dot uk", "hotmail.co.uk"), ("aol dot com", "aol.com")]
STREETS = ["hawthorn", "elm", "maple", "station", "church", "mill", "park",
           "victoria", "oakfield", "willow", "castle", "orchard", "kings",
           "meadow", "riverside", "beech", "highfield", "greenway", "main",
           "cedar", "ash grove", "st johns", "lakeview", "primrose", "abbey"]
SUFFIX = ["road", "street", "avenue", "lane", "drive", "close", "crescent",
          "way", "court", "place", "terrace", "gardens", "park", "boulevard"]
UK_TOWNS = ["leeds", "manchester", "bristol", "cardiff", "glasgow", "york",
            "sheffield", "nottingham", "reading", "belfast", "plymouth"]
US_TOWNS = [("boston", "massachusetts"), ("austin", "texas"), ("denver", "colorado"),
            ("seattle", "washington"), ("atlanta", "georgia"), ("chicago", "illinois")]
IE_TOWNS = ["cork", "galway", "limerick", "drogheda", "naas", "sligo", "dublin twelve"]

FILLER_WORDS = {"um", "uh", "er", "erm", "ah", "hmm"}


# --------------------------------------------------------------------------
# case builder
class Case:
    def __init__(self, note: str):
        self.note = note
        self.turns = []
        self.spans = []
        self.meta = []   # (group,) parallel to spans

    def add(self, speaker: str, *segs):
        text = ""
        idx = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, typ = seg[0], seg[1]
                grp = seg[2] if len(seg) > 2 else None
                start = len(text)
                text += val
                self.spans.append({"turn": idx, "start": start, "end": len(text), "type": typ})
                self.meta.append(grp)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.add("agent", *segs)

    def c(self, *segs):
        return self.add("customer", *segs)


# --------------------------------------------------------------------------
# spoken-form normaliser used by --check
UNIT_MAP = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "nil": 0, "one": 1,
            "won": 1, "two": 2, "to": 2, "too": 2, "three": 3, "tree": 3,
            "four": 4, "for": 4, "fore": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "ate": 8, "nine": 9}
for _i, _w in enumerate(ORD_UNIT):
    if _w:
        UNIT_MAP[_w] = _i
TEEN_MAP = {w: 10 + i for i, w in enumerate(TEEN_W)}
TEEN_MAP.update({w: 10 + i for i, w in enumerate(ORD_TEEN)})
TENS_MAP = {w: 10 * i for i, w in enumerate(TENS_W) if w}
TENS_MAP.update({"twentieth": 20, "thirtieth": 30})
SKIP = FILLER_WORDS | {"dash", "hyphen", "space", "slash", "plus", "the", "of", "+"}


def tokens(text):
    return re.findall(r"[a-z]+(?:-[a-z]+)+|[a-z0-9]+|\+", text.lower())


def small_number(toks, i):
    """parse a number starting at toks[i]; returns (digit string, next i) or None."""
    t = toks[i]
    n = len(toks)
    nxt = toks[i + 1] if i + 1 < n else None
    if t in UNIT_MAP and nxt in ("hundred", "thousand"):
        val = UNIT_MAP[t] * (100 if nxt == "hundred" else 1000)
        width = 3 if nxt == "hundred" else 4
        j = i + 2
        if nxt == "thousand" and j < n and toks[j] == "and":
            j += 1
        elif nxt == "hundred" and j < n and toks[j] == "and":
            j += 1
        if j < n and toks[j] in UNIT_MAP and j + 1 < n and toks[j + 1] == "hundred":
            val += UNIT_MAP[toks[j]] * 100
            j += 2
            if j < n and toks[j] == "and":
                j += 1
        if j < n and toks[j] in TEEN_MAP:
            val += TEEN_MAP[toks[j]]; j += 1
        elif j < n and toks[j] in TENS_MAP:
            val += TENS_MAP[toks[j]]; j += 1
            if j < n and toks[j] in UNIT_MAP and UNIT_MAP[toks[j]] > 0:
                val += UNIT_MAP[toks[j]]; j += 1
        elif j < n and toks[j] in UNIT_MAP and UNIT_MAP[toks[j]] > 0 and toks[j - 1] == "and":
            val += UNIT_MAP[toks[j]]; j += 1
        return str(val).zfill(width), j
    if t in UNIT_MAP:
        return str(UNIT_MAP[t]), i + 1
    if t in TEEN_MAP:
        return str(TEEN_MAP[t]), i + 1
    if t in TENS_MAP:
        if nxt in UNIT_MAP and UNIT_MAP[nxt] > 0:
            return str(TENS_MAP[t] + UNIT_MAP[nxt]), i + 2
        return str(TENS_MAP[t]), i + 1
    return None


def normalise(text):
    """spoken/typed value -> (canonical upper-case alnum string, unknown words, months)."""
    toks = tokens(text)
    typed = bool(re.search(r"\d", text))
    out, unknown, months = "", [], []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if t in SKIP or t == "and":
            i += 1
            continue
        if t == "double" and i + 1 < n and toks[i + 1] == "you":
            out += "W"; i += 2; continue
        if t in LETTER_HOMO_REV:
            out += LETTER_HOMO_REV[t].upper(); i += 1; continue
        if t in ("double", "triple") and i + 1 < n:
            k = 2 if t == "double" else 3
            nx = toks[i + 1]
            if nx in UNIT_MAP:
                out += str(UNIT_MAP[nx]) * k; i += 2; continue
            if len(nx) == 1 and nx.isalpha():
                out += nx.upper() * k; i += 2; continue
        if t in MONTHS or t in MONTH_ABBR:
            months.append(t); i += 1; continue
        if len(t) == 1 and t.isalpha() and t != "o":
            if i + 2 < n and toks[i + 1] == "for" and toks[i + 2].startswith(t):
                out += t.upper(); i += 3; continue
            if i + 3 < n and toks[i + 1] == "as" and toks[i + 2] == "in" and toks[i + 3].startswith(t):
                out += t.upper(); i += 4; continue
            out += t.upper(); i += 1; continue
        r = small_number(toks, i)
        if r:
            out += r[0]; i = r[1]; continue
        if re.fullmatch(r"[a-z0-9]+", t) and re.search(r"\d", t):
            m = re.fullmatch(r"(\d+)(st|nd|rd|th)", t)
            out += (m.group(1) if m else t.upper()); i += 1; continue
        if typed and t.isalpha() and len(t) <= 4:
            out += t.upper(); i += 1; continue
        unknown.append(t)
        i += 1
    return out, unknown, months


EMAIL_RE = re.compile(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", re.I)
UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")


def validate(typ, text):
    """returns None if ok, else problem string."""
    if typ == "EMAIL":
        s = text.strip()
        if "@" not in s:
            toks = tokens(s)
            s = "".join({"dot": ".", "at": "@", "underscore": "_", "dash": "-",
                         "hyphen": "-"}.get(t, t) for t in toks)
        return None if EMAIL_RE.fullmatch(s) else "bad email %r" % s
    if typ == "ADDRESS":
        toks = tokens(text)
        if not any(t in SUFFIX for t in toks):
            return "address without street suffix"
        if not any(t.isdigit() or t in UNIT_MAP or t in TEEN_MAP or t in TENS_MAP
                   or re.fullmatch(r"\d+[a-z]?", t) for t in toks):
            return "address without number"
        return None
    norm, unknown, months = normalise(text)
    if unknown:
        return "unknown words %r" % unknown
    if typ == "CARD_NUMBER":
        ok = norm.isdigit() and 13 <= len(norm) <= 19 and luhn_ok(norm)
        return None if ok else "bad card %s" % norm
    if typ == "CVV":
        return None if norm.isdigit() and len(norm) in (3, 4) else "bad cvv %s" % norm
    if typ == "EXPIRY":
        if not norm.isdigit():
            return "bad expiry %s" % norm
        if months:
            return None if len(norm) in (2, 4) else "bad expiry %s" % norm
        if len(norm) in (3, 4, 6) and 1 <= int(norm[:len(norm) - 2 if len(norm) < 6 else 2]) <= 12:
            return None
        return "bad expiry %s" % norm
    if typ == "SSN":
        return None if norm.isdigit() and len(norm) == 9 else "bad ssn %s" % norm
    if typ == "NI_NUMBER":
        return None if re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", norm) else "bad ni %s" % norm
    if typ == "BANK_ACCOUNT":
        return None if norm.isdigit() and 6 <= len(norm) <= 12 else "bad account %s" % norm
    if typ == "SORT_CODE":
        return None if norm.isdigit() and len(norm) == 6 else "bad sort code %s" % norm
    if typ == "IBAN":
        return None if iban_ok(norm) else "bad iban %s" % norm
    if typ == "PHONE":
        return None if norm.isdigit() and 9 <= len(norm) <= 15 else "bad phone %s" % norm
    if typ == "DOB":
        if not norm.isdigit():
            return "bad dob %s" % norm
        if months:
            return None if 3 <= len(norm) <= 6 else "bad dob %s" % norm
        return None if 4 <= len(norm) <= 8 else "bad dob %s" % norm
    if typ == "POSTCODE":
        if UK_PC_RE.fullmatch(norm) or re.fullmatch(r"\d{5}(\d{4})?", norm):
            return None
        return "bad postcode %s" % norm
    return "unknown type %s" % typ


def partial_ok(text):
    norm, unknown, _ = normalise(text)
    if unknown or not norm:
        return "bad partial %r" % text
    return None


# --------------------------------------------------------------------------
# helpers for templates
def pick(rng, xs):
    return rng.choice(xs)


def ind(rng, xs=None):
    return rng.choice(xs or ["banking", "telecom", "utilities", "retail", "insurance",
                             "travel", "healthcare billing", "government services"])


def spoken_groups(sp, groups, mode=None):
    out = []
    for k, g in enumerate(groups):
        out.append(sp.read(g, mode, last=(k == len(groups) - 1)))
    return out


def ack(rng):
    return rng.choice(["mhm", "okay", "yep", "okay go on", "uh huh", "yeah", "right",
                       "got that", "okay and", "mm hmm", "yes"])


def uk_flag(rng):
    return rng.random() < 0.5


# ============================ POSITIVE: CALLS ==============================
def p_card_one_turn(rng):
    n, groups = gen_card(rng)
    sp = Speaker(rng, uk_flag(rng), homophones=0.15, fillers=0.08)
    said = " ".join(spoken_groups(sp, groups))
    c = Case("call/%s: card read in one turn, %s zero, doubles/pairs/fillers as spoken" % (ind(rng), sp.zero))
    c.a(pick(rng, ["and the long number across the front of the card please",
                   "okay whenever you're ready the card number",
                   "can i take the sixteen digits on the card",
                   "go ahead with the card number"]))
    c.c(pick(rng, ["yeah it's ", "okay so ", "right ", "um yeah ", "its "]), (said, "CARD_NUMBER"),
        pick(rng, ["", " did you get that", " thats it", " and thats the debit card", ""]))
    return c


def p_card_split(rng):
    n, groups = gen_card(rng)
    sp = Speaker(rng, uk_flag(rng), homophones=0.1, fillers=0.05)
    parts = spoken_groups(sp, groups)
    c = Case("call/%s: card split over %d customer turns with agent back-channels" % (ind(rng), len(parts)))
    c.a(pick(rng, ["okay i'm ready for the card number", "go ahead with the card number in fours if thats easier",
                   "and the number on the card"]))
    for k, p in enumerate(parts):
        lead = pick(rng, ["", "", "so ", "um ", "right ", "then "]) if k else pick(rng, ["its ", "okay ", "yeah "])
        c.c(lead, (p, "CARD_NUMBER", "g"))
        if k < len(parts) - 1 and (k == 0 or rng.random() < 0.7):
            c.a(ack(rng) if k != len(parts) - 2 else pick(rng, [ack(rng), "and the last few", "and the last bit"]))
    c.a(pick(rng, ["lovely thank you", "perfect", "thanks for that"]))
    return c


def p_card_restart(rng):
    n, groups = gen_card(rng)
    sp = Speaker(rng, uk_flag(rng), fillers=0.0)
    parts = spoken_groups(sp, groups, "single")
    wrong = list(groups[1])
    pos = rng.randrange(len(wrong))
    wrong[pos] = str((int(wrong[pos]) + rng.randint(1, 8)) % 10)
    wrong_said = sp.read(groups[0], "single") + " " + sp.read("".join(wrong), "single")
    c = Case("call/%s: caller misreads second group, says sorry and restarts the whole card" % ind(rng))
    c.a("can i take the card number please")
    c.c("yeah its ", (wrong_said, "CARD_NUMBER", "P"), pick(rng, [" oh no sorry hang on thats wrong let me start again",
                                                                 " no wait sorry i read that wrong",
                                                                 " sorry no scratch that"]))
    c.a(pick(rng, ["no problem take your time", "thats okay from the start then", "sure"]))
    c.c(pick(rng, ["okay ", "right so ", ""]), (" ".join(parts), "CARD_NUMBER"))
    return c


def p_card_interrupt(rng):
    n, groups = gen_card(rng)
    sp = Speaker(rng, uk_flag(rng), homophones=0.1)
    parts = spoken_groups(sp, groups, "single")
    c = Case("call/%s: agent interrupts mid-reading (line breaking up), caller reads it again" % ind(rng))
    c.a("okay go ahead with the card")
    c.c((parts[0] + " " + parts[1], "CARD_NUMBER", "P"))
    c.a(pick(rng, ["sorry sorry youre breaking up a bit there could you start again",
                   "sorry i missed that could you go again from the beginning",
                   "apologies the line cut out can you repeat the whole thing"]))
    c.c(pick(rng, ["yeah sorry im in the car ", "okay ", "sure "]), (" ".join(parts[:2]), "CARD_NUMBER", "g"))
    c.a("mhm")
    c.c((" ".join(parts[2:]), "CARD_NUMBER", "g"))
    return c


def p_card_readback(rng):
    n, groups = gen_card(rng)
    sp = Speaker(rng, uk_flag(rng))
    cust = " ".join(spoken_groups(sp, groups))
    sp2 = Speaker(rng, uk_flag(rng))
    agent = " ".join(spoken_groups(sp2, groups, "single"))
    c = Case("call/%s: caller reads card, agent reads the full number back" % ind(rng))
    c.a("and the card number")
    c.c((cust, "CARD_NUMBER"))
    c.a("let me just read that back to you ", (agent, "CARD_NUMBER"), " is that right")
    c.c(pick(rng, ["yes thats it", "thats correct yeah", "yep"]))
    return c


def speak_expiry(rng, sp, mm, yy):
    f = rng.randrange(5)
    if f == 0:
        return sp.read("%02d" % mm, "single") + " " + words_under_100(yy)
    if f == 1:
        return MONTHS[mm - 1] + " " + words_under_100(yy)
    if f == 2:
        return MONTHS[mm - 1] + " twenty " + words_under_100(yy)
    if f == 3:
        return sp.read("%02d" % mm, "single") + " " + sp.read("%02d" % yy, "single")
    return words_under_100(mm) + " " + words_under_100(yy) if mm >= 10 else sp.digit(str(mm)) + " " + words_under_100(yy)


def speak_cvv(rng, sp, cvv):
    if rng.random() < 0.2 and cvv[0] != "0" and cvv[1] != "0" and len(cvv) == 3:
        return words_number(int(cvv))
    return sp.read(cvv, "single")


def p_card_exp_cvv(rng):
    n, groups = gen_card(rng)
    amex = len(n) == 15
    cvv = digits(rng, 4 if amex else 3)
    mm, yy = rng.randint(1, 12), rng.randint(25, 31)
    sp = Speaker(rng, uk_flag(rng), fillers=0.05)
    c = Case("call/%s: card, expiry and security code in consecutive turns, with a payment amount" % ind(rng))
    amt = rng.randint(12, 480)
    c.a("so thats %s %s today can i take the card number" % (words_number(amt), rng.choice(["pounds", "euro",
                                                                                            "dollars"])))
    c.c((" ".join(spoken_groups(sp, groups)), "CARD_NUMBER"))
    c.a(pick(rng, ["and the expiry date", "expiry please", "and when does it expire"]))
    c.c(pick(rng, ["", "its ", "um "]), (speak_expiry(rng, sp, mm, yy), "EXPIRY"))
    c.a(pick(rng, ["and the three digits on the back", "and the security code", "last three on the signature strip"])
        if not amex else "and the four digit code on the front")
    c.c(pick(rng, ["", "its ", "yeah "]), (speak_cvv(rng, sp, cvv), "CVV"))
    return c


def p_exp_cvv_one_turn(rng):
    cvv = digits(rng, 3)
    mm, yy = rng.randint(1, 12), rng.randint(25, 31)
    sp = Speaker(rng, uk_flag(rng))
    c = Case("call/%s: expiry and CVV in the same customer turn" % ind(rng))
    c.a("can i get the expiry and the security number")
    if rng.random() < 0.5:
        c.c("expiry is ", (speak_expiry(rng, sp, mm, yy), "EXPIRY"), " and the code on the back is ",
            (speak_cvv(rng, sp, cvv), "CVV"))
    else:
        c.c("um ", (speak_expiry(rng, sp, mm, yy), "EXPIRY"), " and then ", (speak_cvv(rng, sp, cvv), "CVV"),
            " on the back")
    return c


def p_cvv_correction(rng):
    cvv = digits(rng, 3)
    bad = cvv[:2] + str((int(cvv[2]) + 3) % 10)
    sp = Speaker(rng, uk_flag(rng))
    c = Case("call/%s: CVV self-corrected, both readings labelled" % ind(rng))
    c.a("and the cvv")
    c.c((sp.read(bad, "single"), "CVV"), " no sorry ", (sp.read(cvv, "single"), "CVV"),
        pick(rng, [" the last ones a bit rubbed off", " i cant see it properly", ""]))
    c.a("no problem")
    return c


def say_ssn(rng, sp, s, style):
    g = [s[:3], s[3:5], s[5:]]
    if style == 0:
        return [sp.read(x, "single") for x in g]
    if style == 1:
        return [sp.read(g[0], "single"), sp.pairs(g[1], last=False), sp.pairs(g[2])]
    return [sp.read(x, None, last=(k == 2)) for k, x in enumerate(g)]


def p_ssn_one(rng):
    s = gen_ssn(rng)
    sp = Speaker(rng, False, homophones=0.15, fillers=0.07)
    parts = say_ssn(rng, sp, s, rng.randrange(3))
    c = Case("call/%s: US social security number in one turn" % ind(rng, ["banking", "insurance", "healthcare billing",
                                                                      "government services", "telecom"]))
    c.a(pick(rng, ["for verification can i get your social security number", "whats the social on the account",
                   "and i'll need your ssn please"]))
    c.c(pick(rng, ["sure its ", "yeah ", "uh its ", "okay "]), (" ".join(parts), "SSN"))
    return c


def p_ssn_split(rng):
    s = gen_ssn(rng)
    sp = Speaker(rng, False, homophones=0.1)
    parts = say_ssn(rng, sp, s, rng.randrange(3))
    c = Case("call/%s: SSN spread over three turns with agent back-channels" % ind(rng, ["banking", "insurance",
                                                                                   "healthcare billing",
                                                                                   "government services"]))
    c.a("can you give me your social security number")
    c.c(pick(rng, ["yeah hold on its ", "its "]), (parts[0], "SSN", "g"))
    c.a(ack(rng))
    c.c((parts[1], "SSN", "g"))
    c.a(ack(rng))
    c.c((parts[2], "SSN", "g"), pick(rng, ["", " thats it", " got it"]))
    return c


def p_ssn_correction(rng):
    s = gen_ssn(rng)
    sp = Speaker(rng, False)
    parts = say_ssn(rng, sp, s, 0)
    wrong = s[3:5][::-1] if s[3] != s[4] else "%02d" % ((int(s[3:5]) + 11) % 100)
    c = Case("call/%s: SSN with mid-value self-correction of middle group" % ind(rng, ["banking", "insurance",
                                                                                 "government services"]))
    c.a("and the social")
    c.c((parts[0] + " " + sp.read(wrong, "single"), "SSN", "P"), " no wait ", (parts[1], "SSN", "P"),
        pick(rng, [" i always mix those up", " sorry"]))
    c.a("okay so ", (parts[0] + " " + parts[1], "SSN", "P"), " and then")
    c.c((parts[2], "SSN", "P"))
    return c


def p_ssn_readback(rng):
    s = gen_ssn(rng)
    sp = Speaker(rng, False)
    c = Case("call/%s: caller gives SSN, agent reads it back" % ind(rng, ["banking", "insurance", "government services"]))
    c.a("whats your social security number")
    c.c((" ".join(say_ssn(rng, sp, s, rng.randrange(3))), "SSN"))
    sp2 = Speaker(rng, False)
    c.a("thank you so thats ", (" ".join(say_ssn(rng, sp2, s, 0)), "SSN"), " correct")
    c.c("correct")
    return c


def speak_ni(rng, sp, ni, style):
    letters = ni[:2]
    d = ni[2:8]
    suf = ni[8]
    l1 = " ".join(spell_letter(rng, ch, 0.35, 0.2) for ch in letters)
    if style == 0:
        dd = sp.read(d, "single")
    elif style == 1:
        dd = sp.pairs(d, last=False)
    else:
        dd = " ".join(sp.read(d[i:i + 2], "single") for i in (0, 2, 4))
    return l1, dd, spell_letter(rng, suf, 0.3, 0.25)


def p_ni_one(rng):
    ni = gen_ni(rng)
    sp = Speaker(rng, True, fillers=0.05)
    l1, dd, suf = speak_ni(rng, sp, ni, rng.randrange(3))
    c = Case("call/%s: UK NI number read in one turn, letters spelled (some phonetic)" % ind(rng, [
        "government services", "banking", "insurance", "utilities", "healthcare billing"]))
    c.a(pick(rng, ["can i take your national insurance number", "and your ni number please",
                   "whats your national insurance number"]))
    c.c(pick(rng, ["yeah its ", "its ", "uh ", "right so its "]), (l1 + " " + dd + " " + suf, "NI_NUMBER"))
    return c


def p_ni_split(rng):
    ni = gen_ni(rng)
    sp = Speaker(rng, True)
    l1, dd, suf = speak_ni(rng, sp, ni, rng.randrange(3))
    c = Case("call/%s: NI number split across turns, agent back-channels, letter at end on its own" % ind(rng, [
        "government services", "banking", "insurance"]))
    c.a("national insurance number please")
    c.c("its ", (l1, "NI_NUMBER", "g"))
    c.a(ack(rng))
    c.c((dd, "NI_NUMBER", "g"))
    c.a(pick(rng, ["and the letter at the end", "and the last letter", ack(rng)]))
    c.c((suf, "NI_NUMBER", "g"), pick(rng, ["", " for charlie" if False else "", " i think"]))
    return c


def p_ni_correction(rng):
    ni = gen_ni(rng)
    sp = Speaker(rng, True)
    l1, dd, suf = speak_ni(rng, sp, ni, 0)
    alt = rng.choice([ch for ch in NI_L if ch != ni[1]])
    c = Case("call/%s: NI number, caller corrects second letter then continues" % ind(rng, [
        "government services", "insurance", "utilities"]))
    c.a("and can i have your n i number")
    c.c((ni[0].lower() + " " + alt.lower(), "NI_NUMBER", "P"), " no sorry ", (l1, "NI_NUMBER", "g"), " ",
        (dd, "NI_NUMBER", "g"), " ", (suf, "NI_NUMBER", "g"))
    c.a(pick(rng, ["lovely thanks", "thank you"]))
    return c


def p_sort_acct(rng):
    sc = digits(rng, 6, True)
    acct = digits(rng, 8, True)
    sp = Speaker(rng, True, homophones=0.1, fillers=0.05)
    c = Case("call/%s: UK sort code read as pairs or digits, then account number" % ind(rng, [
        "banking", "utilities", "insurance", "telecom"]))
    c.a("for the direct debit can i take the sort code")
    sc_said = sp.pairs(sc) if rng.random() < 0.5 else " ".join(sp.read(sc[i:i + 2], "single") for i in (0, 2, 4))
    c.c(pick(rng, ["yeah its ", "", "sort code is "]), (sc_said, "SORT_CODE"))
    c.a("and the account number")
    c.c(pick(rng, ["", "its ", "okay "]), (sp.read(acct), "BANK_ACCOUNT"))
    return c


def p_acct_split(rng):
    acct = digits(rng, rng.choice([8, 8, 9, 10, 12]), True)
    sp = Speaker(rng, uk_flag(rng), homophones=0.1)
    h = len(acct) // 2
    c = Case("call/%s: bank account number over two turns, agent interrupts to ask to slow down" % ind(rng, [
        "banking", "utilities", "insurance", "government services"]))
    c.a("and whats the account number")
    c.c((sp.read(acct[:h], "single"), "BANK_ACCOUNT", "g"))
    c.a(pick(rng, ["sorry slow down a bit for me", "hang on one sec", "mhm go on"]))
    c.c(pick(rng, ["sorry ", "okay ", ""]), (sp.read(acct[h:], "single"), "BANK_ACCOUNT", "g"))
    return c


def p_sort_acct_one_turn(rng):
    sc = digits(rng, 6, True)
    acct = digits(rng, 8, True)
    sp = Speaker(rng, True)
    c = Case("call/%s: sort code and account number in one customer turn" % ind(rng, ["banking", "utilities"]))
    c.a("what are the bank details you want the refund to go to")
    c.c("sort code ", (sp.pairs(sc), "SORT_CODE"), " account ", (sp.read(acct, "single"), "BANK_ACCOUNT"))
    return c


def p_us_acct(rng):
    acct = digits(rng, rng.choice([9, 10, 11, 12]), True)
    sp = Speaker(rng, False, fillers=0.06)
    c = Case("call/%s: US checking account number, agent reads it back" % ind(rng, ["banking", "utilities", "insurance"]))
    c.a("and the checking account number")
    c.c((sp.read(acct, "single"), "BANK_ACCOUNT"))
    sp2 = Speaker(rng, False)
    c.a("i have ", (sp2.read(acct, "single"), "BANK_ACCOUNT"), " is that right")
    c.c("yes")
    return c


def p_iban_call(rng):
    ib = gen_iban(rng, rng.choice(["IE", "IE", "GB", "DE", "NL", "ES"]))
    sp = Speaker(rng, True)
    gs = group4(ib)
    parts = [speak_alnum(rng, sp, g, 0.2) for g in gs]
    c = Case("call/%s: IBAN %s spelled and read in groups, over two turns" % (ind(rng, ["banking", "utilities", "travel",
                                                                                  "insurance"]), ib[:2]))
    c.a("can you give me the iban")
    h = len(parts) // 2
    c.c(pick(rng, ["yeah its ", "okay its ", ""]), (" ".join(parts[:h]), "IBAN", "g"))
    c.a(pick(rng, ["okay", "mhm", "yep keep going"]))
    c.c((" ".join(parts[h:]), "IBAN", "g"))
    return c


def p_phone_call(rng):
    kind = rng.choice(["uk_mob", "uk_mob", "uk_land", "us", "us", "ie_mob", "intl_uk", "intl_ie"])
    num, groups = gen_phone(rng, kind)
    sp = Speaker(rng, kind not in ("us",), homophones=0.12, fillers=0.05)
    words = []
    for k, g in enumerate(groups):
        if g.startswith("+"):
            words.append("plus " + (words_under_100(int(g[1:])) if len(g) == 3 and rng.random() < 0.5
                                    else sp.read(g[1:], "single")))
        else:
            words.append(sp.read(g, None, last=(k == len(groups) - 1)))
    c = Case("call/%s: %s phone number read in one turn" % (ind(rng), kind))
    c.a(pick(rng, ["whats the best number to reach you on", "and a contact number", "can i get a callback number"]))
    c.c(pick(rng, ["yeah its ", "my mobile is ", "um ", "best to use ", ""]), (" ".join(words), "PHONE"),
        pick(rng, ["", " after six is best", " thats my mobile"]))
    return c


def p_phone_split(rng):
    kind = rng.choice(["uk_mob", "us", "ie_mob", "uk_land"])
    num, groups = gen_phone(rng, kind)
    sp = Speaker(rng, kind != "us", homophones=0.1)
    c = Case("call/%s: phone number spread over turns, agent echoes first part" % ind(rng))
    c.a("and your phone number")
    first = sp.read(groups[0], "single")
    c.c((first, "PHONE", "g"))
    sp2 = Speaker(rng, kind != "us")
    c.a((sp2.read(groups[0], "single"), "PHONE", "P"), " yep")
    rest = " ".join(sp.read(g, None, last=(k == len(groups) - 2)) for k, g in enumerate(groups[1:]))
    c.c((rest, "PHONE", "g"))
    return c


def p_phone_email(rng):
    kind = rng.choice(["uk_mob", "us", "ie_mob"])
    num, groups = gen_phone(rng, kind)
    sp = Speaker(rng, kind != "us")
    em = speak_email(rng)
    c = Case("call/%s: phone and email in one turn mixed with chit-chat" % ind(rng))
    c.a("can i update your contact details")
    c.c("yeah the mobile is ", (" ".join(sp.read(g, "single") for g in groups), "PHONE"),
        pick(rng, [" and sorry the dog is going mad here ", " and then the email is ", " and email "]),
        (em, "EMAIL"))
    return c


def speak_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom = rng.choice(DOMAINS_SPOKEN)[0]
    style = rng.randrange(6)
    if style == 0:
        user = "%s dot %s" % (f, l)
    elif style == 1:
        user = "%s %s" % (f[0], l)
    elif style == 2:
        user = "%s underscore %s %s" % (f, l, words_under_100(rng.randint(70, 99)))
    elif style == 3:
        user = "%s dot %s" % (f[0], " ".join(l))
    elif style == 4:
        user = "%s%s %s" % (f, l, words_under_100(rng.randint(1, 99)))
    else:
        user = "%s dash %s" % (f, l)
    return "%s at %s" % (user, dom)


def p_email_call(rng):
    em = speak_email(rng)
    c = Case("call/%s: email spelled out ASR style (dot / at / underscore)" % ind(rng))
    c.a(pick(rng, ["and an email address for the receipt", "whats the email on the account",
                   "can i confirm your email"]))
    c.c(pick(rng, ["yeah its ", "its ", "um ", "sure "]), (em, "EMAIL"),
        pick(rng, ["", " all lower case", " thats with one l"]))
    return c


def p_email_readback(rng):
    em = speak_email(rng)
    c = Case("call/%s: email given then read back by agent" % ind(rng))
    c.a("whats your email")
    c.c((em, "EMAIL"))
    c.a("so thats ", (em, "EMAIL"), pick(rng, [" yes", " correct", ""]))
    c.c("yes thats it")
    return c


def speak_dob(rng, sp, y, m, d, us):
    f = rng.randrange(8)
    if f == 6:
        yy = y % 100
        return "the %s of the %s %s" % (ordinal_words(d), ordinal_words(m),
                                        words_under_100(yy) if yy >= 10 else "oh " + UNIT_W[yy])
    if f == 7:
        return "%s %s %s" % (words_under_100(d), MONTHS[m - 1], year_words(y))
    if f == 0:
        return "the %s of %s %s" % (ordinal_words(d), MONTHS[m - 1], year_words(y))
    if f == 1:
        return "%s %s %s" % (MONTHS[m - 1], ordinal_words(d), year_words(y))
    if f == 2:
        return "%s %s %s" % (ordinal_words(d), MONTHS[m - 1], words_under_100(y % 100) if y % 100 >= 10
                             else "oh " + UNIT_W[y % 10])
    if f == 3:
        a, b = (m, d) if us else (d, m)
        return "%s %s %s" % (sp.read("%02d" % a, "single"), sp.pairs("%02d" % b), year_words(y))
    if f == 4:
        a, b = (m, d) if us else (d, m)
        yy = y % 100
        return "%s %s %s" % (sp.pairs("%02d" % a, last=False), sp.pairs("%02d" % b, last=False),
                             words_under_100(yy) if yy >= 10 else "oh " + UNIT_W[yy])
    return "%s the %s %s" % (MONTHS[m - 1], ordinal_words(d), year_words(y))


def gen_date(rng):
    return rng.randint(1941, 2005), rng.randint(1, 12), rng.randint(1, 28)


def p_dob_call(rng):
    y, m, d = gen_date(rng)
    us = rng.random() < 0.4
    sp = Speaker(rng, not us)
    c = Case("call/%s: date of birth spoken for verification" % ind(rng))
    c.a(pick(rng, ["can you confirm your date of birth", "and your date of birth please", "whats your dob"]))
    c.c(pick(rng, ["yeah its ", "", "its ", "uh "]), (speak_dob(rng, sp, y, m, d, us), "DOB"))
    return c


def p_dob_correction(rng):
    y, m, d = gen_date(rng)
    sp = Speaker(rng, True)
    c = Case("call/%s: DOB with year self-correction, both labelled; appointment date unlabelled" % ind(rng, [
        "healthcare billing", "insurance", "government services"]))
    c.a("before we book that appointment for the %s can i take your date of birth" % ordinal_words(rng.randint(1, 28)))
    wrong_y = y + rng.choice([-1, 1])
    c.c(("the %s of %s %s" % (ordinal_words(d), MONTHS[m - 1], year_words(wrong_y)), "DOB"),
        " no what am i saying ", (year_words(y), "DOB", "P"))
    c.a("okay %s %s" % (ordinal_words(d), MONTHS[m - 1]) if False else "okay thank you")
    return c


def speak_postcode(rng, pc):
    out, inn = pc.split()
    sp = Speaker(rng, True)
    # outward: letters spelled, digit part maybe as number
    m = re.fullmatch(r"([A-Z]+)(\d+)([A-Z]?)", out)
    parts = [spell_letter(rng, ch, 0.25, 0.15) for ch in m.group(1)]
    num = m.group(2)
    if len(num) == 2 and rng.random() < 0.5 and num[0] != "0":
        parts.append(words_under_100(int(num)) if num[1] != "0" else sp.read(num, "single"))
    else:
        parts.append(sp.read(num, "single"))
    if m.group(3):
        parts.append(spell_letter(rng, m.group(3), 0.25))
    parts.append(sp.digit(inn[0]))
    parts += [spell_letter(rng, ch, 0.3, 0.15) for ch in inn[1:]]
    return " ".join(parts)


def p_postcode_call(rng):
    pc = gen_uk_postcode(rng)
    c = Case("call/%s: UK postcode spelled for address lookup" % ind(rng, ["utilities", "telecom", "retail",
                                                                       "insurance", "government services"]))
    c.a(pick(rng, ["whats the postcode there", "can i take the postcode", "and the postcode of the property"]))
    c.c(pick(rng, ["its ", "", "yeah its ", "um "]), (speak_postcode(rng, pc), "POSTCODE"))
    c.a(pick(rng, ["and the first line of the address", "okay i can see a few properties"]))
    return c


def p_zip_call(rng):
    z = gen_zip(rng, rng.random() < 0.2).replace("-", "")
    sp = Speaker(rng, False)
    c = Case("call/%s: US ZIP code spoken" % ind(rng))
    c.a("and the zip code")
    c.c(pick(rng, ["its ", "", "zip is "]), (sp.read(z, "single"), "POSTCODE"))
    return c


def speak_house(rng, n):
    return words_number(n, rng.choice(["plain", "pairs"])) if n >= 100 else words_under_100(n)


def p_address_call(rng):
    uk = rng.random() < 0.6
    n = rng.randint(1, 240)
    street = "%s %s" % (rng.choice(STREETS), rng.choice(SUFFIX))
    flat = ""
    if rng.random() < 0.3:
        flat = pick(rng, ["flat ", "apartment ", "unit "]) + words_under_100(rng.randint(1, 30)) + " "
    addr = flat + speak_house(rng, n) + " " + street
    c = Case("call/%s: street address spoken with town%s" % (ind(rng), " and postcode" if uk else " and zip"))
    c.a(pick(rng, ["and whats the address", "can you confirm the first line of the address",
                   "where should we send the new card"]))
    if uk:
        pc = gen_uk_postcode(rng)
        c.c(pick(rng, ["its ", "", "yeah "]), (addr, "ADDRESS"), " " + rng.choice(UK_TOWNS) + " ",
            (speak_postcode(rng, pc), "POSTCODE"))
    else:
        town, state = rng.choice(US_TOWNS)
        sp = Speaker(rng, False)
        c.c(pick(rng, ["its ", ""]), (addr, "ADDRESS"), " %s %s " % (town, state),
            (sp.read(gen_zip(rng), "single"), "POSTCODE"))
    return c


def p_address_split(rng):
    n = rng.randint(1, 99)
    street = "%s %s" % (rng.choice(STREETS), rng.choice(SUFFIX))
    c = Case("call/%s: address over several turns, house number first then street after agent prompt" % ind(rng))
    c.a("whats the address")
    c.c(pick(rng, ["its number ", "its "]), (words_under_100(n) + " " + street, "ADDRESS"))
    c.a("and the town")
    c.c(rng.choice(IE_TOWNS + UK_TOWNS))
    return c


def p_address_readback(rng):
    n = rng.randint(2, 199)
    street = "%s %s" % (rng.choice(STREETS), rng.choice(SUFFIX))
    wrong = n + rng.choice([1, 2, 10])
    c = Case("call/%s: address with house number self-corrected, agent reads the street back" % ind(rng))
    c.a(pick(rng, ["can i confirm the address we have on file", "and the delivery address"]))
    c.c(pick(rng, ["its ", "yeah its "]), (speak_house(rng, wrong) + " " + street, "ADDRESS"), " sorry no ",
        (speak_house(rng, n) + " " + street, "ADDRESS"), pick(rng, ["", " we only moved in in march"]))
    c.a("okay ", (speak_house(rng, n) + " " + street, "ADDRESS"), " and is that in " + rng.choice(UK_TOWNS + IE_TOWNS))
    c.c("thats right")
    return c


def p_combo_verify(rng):
    """full ID&V: dob, postcode, phone."""
    y, m, d = gen_date(rng)
    sp = Speaker(rng, True, fillers=0.04)
    pc = gen_uk_postcode(rng)
    num, groups = gen_phone(rng, "uk_mob")
    c = Case("call/%s: ID&V with DOB, postcode and mobile, plus a balance (unlabelled)" % ind(rng, [
        "banking", "telecom", "utilities"]))
    c.a("i just need to go through security first date of birth")
    c.c((speak_dob(rng, sp, y, m, d, False), "DOB"))
    c.a("and the postcode")
    c.c((speak_postcode(rng, pc), "POSTCODE"))
    c.a("and the mobile number on the account")
    c.c((" ".join(sp.read(g) for g in groups), "PHONE"))
    c.a("thanks youre through security your balance is %s pounds %s" % (
        words_number(rng.randint(20, 900)), words_under_100(rng.randint(1, 99))))
    return c


def p_ssn_dob(rng):
    s = gen_ssn(rng)
    y, m, d = gen_date(rng)
    sp = Speaker(rng, False)
    c = Case("call/%s: DOB and SSN in one turn, US caller" % ind(rng, ["healthcare billing", "insurance", "banking"]))
    c.a("can i have your date of birth and social")
    c.c((speak_dob(rng, sp, y, m, d, True), "DOB"), " and social is ", (" ".join(say_ssn(rng, sp, s, 0)), "SSN"))
    return c


def p_ni_dob(rng):
    ni = gen_ni(rng)
    y, m, d = gen_date(rng)
    sp = Speaker(rng, True)
    l1, dd, suf = speak_ni(rng, sp, ni, rng.randrange(3))
    c = Case("call/%s: DOB then NI number, agent back-channel between" % ind(rng, ["government services",
                                                                            "insurance", "banking"]))
    c.a("date of birth and national insurance number please")
    c.c((speak_dob(rng, sp, y, m, d, False), "DOB"))
    c.a("mhm and the ni")
    c.c((l1 + " " + dd + " " + suf, "NI_NUMBER"))
    return c


def p_card_agent_cut(rng):
    n, groups = gen_card(rng)
    sp = Speaker(rng, uk_flag(rng), homophones=0.1)
    k = rng.randint(5, 9)
    c = Case("call/%s: agent cuts in mid-group to confirm two digits, caller carries on" % ind(rng))
    c.a("okay the card number please")
    c.c(pick(rng, ["yep ", "so ", ""]), (sp.read(n[:k], "single"), "CARD_NUMBER", "g"))
    sp2 = Speaker(rng, uk_flag(rng))
    c.a("sorry was that ", (sp2.read(n[k - 2:k], "single"), "CARD_NUMBER", "P"))
    c.c(pick(rng, ["yeah ", "yes ", "thats right "]), (sp.read(n[k:], "single"), "CARD_NUMBER", "g"))
    return c


def p_phone_chitchat(rng):
    kind = rng.choice(["uk_mob", "ie_mob", "us"])
    num, groups = gen_phone(rng, kind)
    sp = Speaker(rng, kind != "us", fillers=0.05)
    h = rng.randint(3, 6)
    c = Case("call/%s: phone number interrupted by chit-chat inside the same turn" % ind(rng))
    c.a("and a contact number")
    c.c("its ", (sp.read(num[:h], "single"), "PHONE", "g"),
        pick(rng, [" sorry the kids are going mad here ", " hang on let me just turn the telly down ",
                   " sorry someones at the door one sec okay "]),
        (sp.read(num[h:], "single"), "PHONE", "g"))
    return c


def p_intl_double_oh(rng):
    num, groups = gen_phone(rng, rng.choice(["intl_ie", "intl_uk"]))
    sp = Speaker(rng, True)
    cc = "353" if num.startswith("+353") else "44"
    rest = num[1 + len(cc):]
    c = Case("call/travel: international number said with double oh prefix, caller abroad")
    c.a("whats the best number while youre away")
    c.c(pick(rng, ["its ", "my irish mobile " if cc == "353" else "my uk mobile ", "the one to use is "]),
        ("double oh " + sp.read(cc, "single") + " " + sp.read(rest), "PHONE"),
        " but im only checking it at %s" % pick(rng, ["night", "the weekends", "six"]))
    return c


def p_sort_readback(rng):
    sc = digits(rng, 6, True)
    acct = digits(rng, 8, True)
    sp = Speaker(rng, True)
    c = Case("call/banking: sort code read digit by digit, agent reads it back in pairs, account with filler")
    c.a("sort code please")
    c.c((" ".join(sp.read(sc[i:i + 2], "single") for i in (0, 2, 4)), "SORT_CODE"))
    sp2 = Speaker(rng, True)
    c.a("thats ", (sp2.pairs(sc), "SORT_CODE"), " and the account number")
    sp3 = Speaker(rng, True, fillers=0.15)
    c.c((sp3.single(acct), "BANK_ACCOUNT"))
    return c


def p_ni_interrupt(rng):
    ni = gen_ni(rng)
    sp = Speaker(rng, True)
    l1, dd, suf = speak_ni(rng, sp, ni, 0)
    c = Case("call/government services: NI number, agent interrupts after the letters to check one, homophone letters")
    c.a("national insurance number")
    c.c((l1, "NI_NUMBER", "g"), " ", (sp.read(ni[2:4], "single"), "NI_NUMBER", "g"))
    c.a("sorry was that ", (ni[1].lower() + " for " + PHONETIC[ni[1].lower()][0], "NI_NUMBER", "P"))
    c.c("yeah ", (sp.read(ni[4:8], "single"), "NI_NUMBER", "g"), " ", (spell_letter(rng, ni[8], 0.0, 0.4),
                                                                      "NI_NUMBER", "g"))
    return c


def p_zip_plus4(rng):
    z = gen_zip(rng, True)
    sp = Speaker(rng, False)
    a, b = z.split("-")
    c = Case("call/%s: US ZIP+4 spoken with 'dash'" % ind(rng, ["retail", "healthcare billing", "insurance"]))
    c.a("can you confirm the zip")
    c.c((sp.read(a, "single") + " dash " + sp.read(b), "POSTCODE"))
    return c


def p_expiry_confusion(rng):
    mm, yy = rng.randint(1, 12), rng.randint(25, 31)
    sp = Speaker(rng, uk_flag(rng))
    cvv = digits(rng, 3)
    c = Case("call/%s: caller starts giving the valid-from date, corrects to expiry; CVV with 'is it' question" % ind(rng))
    c.a("and the expiry date")
    vf_m, vf_y = rng.randint(1, 12), yy - rng.randint(3, 5)
    c.c("theres two dates on it %s %s oh no thats valid from the other one is " % (
        sp.read("%02d" % vf_m, "single"), words_under_100(vf_y)), (speak_expiry(rng, sp, mm, yy), "EXPIRY"))
    c.a("and the security number")
    c.c("is it the three on the back ", (sp.read(cvv, "single"), "CVV"))
    return c


def p_asr_numerals(rng):
    """some ASR engines emit spaced numerals in lower-case, unpunctuated text"""
    what = rng.choice(["card", "phone", "account", "ssn"])
    c = Case("call/%s: ASR output with spaced numerals instead of words (%s)" % (ind(rng), what))
    if what == "card":
        n, groups = gen_card(rng)
        c.a("go ahead with the card number")
        c.c("yeah its ", (" ".join(n[:8]), "CARD_NUMBER", "g"), " um ", (" ".join(n[8:]), "CARD_NUMBER", "g"))
    elif what == "phone":
        num, groups = gen_phone(rng, rng.choice(["uk_mob", "us", "ie_mob"]))
        c.a("whats your number")
        c.c("its ", (" ".join(num), "PHONE"), " yeah")
    elif what == "account":
        acct = digits(rng, 8, True)
        c.a("and the account number")
        c.c((" ".join(acct[:4]) + " " + acct[4:], "BANK_ACCOUNT"))
    else:
        ssn = gen_ssn(rng)
        c.a("and the last thing i need is your social")
        c.c("okay its ", ("%s %s %s" % (ssn[:3], ssn[3:5], " ".join(ssn[5:])), "SSN"))
    return c


def p_email_split(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom = rng.choice(DOMAINS_SPOKEN)[0]
    c = Case("call/%s: email split over two turns, caller spells the surname inside the reading" % ind(rng))
    c.a("and your email address")
    c.c("its ", ("%s dot %s" % (f, " ".join(l)), "EMAIL", "g"))
    c.a(pick(rng, ["mhm", "okay", "yep"]))
    c.c(pick(rng, ["", "and then "]), ("at " + dom, "EMAIL", "g"), pick(rng, ["", " all small letters"]))
    return c


def p_dob_readback(rng):
    y, m, d = gen_date(rng)
    us = rng.random() < 0.5
    sp = Speaker(rng, not us)
    c = Case("call/%s: DOB with filler, agent reads it back in a different form" % ind(rng))
    c.a("and just to confirm your date of birth")
    c.c(pick(rng, ["uh yeah its ", "its um ", "sure "]), (speak_dob(rng, sp, y, m, d, us), "DOB"))
    c.a("thank you thats ", ("%s %s %s" % (MONTHS[m - 1], ordinal_words(d), year_words(y)) if us else
                             "the %s of %s %s" % (ordinal_words(d), MONTHS[m - 1], year_words(y)), "DOB"),
        " and youre calling about the bill from the %s" % ordinal_words(rng.randint(1, 28)))
    c.c("yes")
    return c


CALL_POS = [p_card_one_turn, p_card_split, p_card_restart, p_card_interrupt, p_card_readback,
            p_card_exp_cvv, p_exp_cvv_one_turn, p_cvv_correction, p_ssn_one, p_ssn_split,
            p_ssn_correction, p_ssn_readback, p_ni_one, p_ni_split, p_ni_correction, p_sort_acct,
            p_acct_split, p_sort_acct_one_turn, p_us_acct, p_iban_call, p_phone_call, p_phone_split,
            p_phone_email, p_email_call, p_email_readback, p_dob_call, p_dob_correction,
            p_postcode_call, p_zip_call, p_address_call, p_address_split, p_address_readback, p_combo_verify, p_ssn_dob,
            p_ni_dob, p_card_agent_cut, p_phone_chitchat, p_intl_double_oh, p_sort_readback, p_ni_interrupt,
            p_zip_plus4, p_expiry_confusion, p_asr_numerals, p_email_split, p_dob_readback]


# ============================ POSITIVE: CHAT ===============================
def fmt_card_typed(rng, n, groups):
    f = rng.randrange(5)
    if f == 0:
        return " ".join(groups)
    if f == 1:
        return "-".join(groups)
    if f == 2:
        return n
    if f == 3:
        return rng.choice([".".join(groups), n[:5] + " " + n[5:9] + " " + n[9:]])
    return rng.choice(["  ".join(groups), " ".join(groups) + " ", n[:6] + "-" + n[6:]]).strip()


def c_card(rng):
    n, groups = gen_card(rng)
    typed = fmt_card_typed(rng, n, groups)
    c = Case("chat/%s: card typed (%s)" % (ind(rng), "spaced" if " " in typed else "dashes/dots/unbroken"))
    c.a(pick(rng, ["Hi, you can pay securely here, please type your card number.", "Could you confirm the card number?"]))
    c.c(pick(rng, ["card no: ", "its ", "Card number is ", "ok here it is ", "", "cc# "]), (typed, "CARD_NUMBER"),
        pick(rng, ["", " thanks", " pls charge £%d" % rng.randint(10, 300), " (debit)"]))
    return c


def c_card_exp_cvv(rng):
    n, groups = gen_card(rng)
    mm, yy = rng.randint(1, 12), rng.randint(25, 31)
    exp = rng.choice(["%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%d/%02d" % (mm, yy), "%02d-%02d" % (mm, yy),
                      "%s %d" % (MONTHS[mm - 1][:3].title(), 2000 + yy)])
    cvv = digits(rng, 4 if len(n) == 15 else 3)
    c = Case("chat/%s: card, expiry and CVV all in one message" % ind(rng, ["retail", "travel", "telecom", "utilities"]))
    c.a("Please provide card number, expiry and security code.")
    sep = rng.choice([" exp ", " expires ", ", exp: ", " - "])
    c.c((" ".join(groups), "CARD_NUMBER"), sep, (exp, "EXPIRY"), rng.choice([" cvv ", " cvc: ", " sec code ", ", CVV "]),
        (cvv, "CVV"))
    return c


def c_card_multi_msg(rng):
    n, groups = gen_card(rng)
    c = Case("chat/%s: card typed over two messages with a typo complaint between" % ind(rng))
    c.a("Go ahead with the card number")
    h = len(groups) // 2
    c.c((" ".join(groups[:h]), "CARD_NUMBER", "g"))
    c.c("sorry hit enter too soon ", (" ".join(groups[h:]), "CARD_NUMBER", "g"))
    return c


def c_ssn(rng):
    s = gen_ssn(rng)
    f = rng.randrange(4)
    typed = ["%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s,
             "%s.%s.%s" % (s[:3], s[3:5], s[5:])][f]
    c = Case("chat/%s: SSN typed" % ind(rng, ["banking", "insurance", "healthcare billing", "government services"]))
    c.a("To verify, please enter your Social Security number.")
    c.c(pick(rng, ["ssn ", "SSN: ", "its ", "my social is ", ""]), (typed, "SSN"),
        pick(rng, ["", " thx", ". Claim #%d" % rng.randint(100000, 9999999)]))
    return c


def c_ni(rng):
    ni = gen_ni(rng)
    f = rng.randrange(4)
    typed = [ni, "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), ni.lower(),
             "%s %s %s" % (ni[:2], ni[2:8], ni[8])][f]
    c = Case("chat/%s: NI number typed (%s)" % (ind(rng, ["government services", "banking", "insurance", "utilities"]),
                                                ["unbroken", "spaced pairs", "lower case", "spaced blocks"][f]))
    c.a("Can you share your National Insurance number?")
    c.c(pick(rng, ["NI: ", "ni no is ", "its ", "", "NINO "]), (typed, "NI_NUMBER"))
    return c


def c_bank(rng):
    sc = digits(rng, 6, True)
    acct = digits(rng, 8, True)
    scf = rng.choice(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])
    c = Case("chat/%s: sort code and account number typed together" % ind(rng, ["banking", "utilities", "insurance"]))
    c.a("Which account should the refund go to?")
    if rng.random() < 0.5:
        c.c("sort code ", (scf, "SORT_CODE"), " acc no ", (acct, "BANK_ACCOUNT"))
    else:
        c.c("Acct: ", (acct, "BANK_ACCOUNT"), "\nSort: ", (scf, "SORT_CODE"))
    return c


def c_iban(rng):
    ib = gen_iban(rng)
    f = rng.randrange(3)
    typed = [" ".join(group4(ib)), ib, " ".join(group4(ib)).lower()][f]
    c = Case("chat/%s: IBAN typed (%s)" % (ind(rng, ["banking", "travel", "utilities", "retail"]),
                                           ["grouped", "unbroken", "lower case grouped"][f]))
    c.a("Please send the IBAN for the refund.")
    c.c(pick(rng, ["IBAN: ", "here you go ", "its ", ""]), (typed, "IBAN"))
    return c


def fmt_phone_typed(rng, kind, num, groups):
    if kind == "us":
        return rng.choice(["(%s) %s-%s" % tuple(groups), "%s-%s-%s" % tuple(groups), "%s.%s.%s" % tuple(groups),
                           "+1 %s %s %s" % tuple(groups)])
    if num.startswith("+"):
        return rng.choice([" ".join(groups), num, "00" + num[1:]])
    return rng.choice([" ".join(groups), num, "-".join(groups)])


def c_phone(rng):
    kind = rng.choice(["uk_mob", "uk_land", "us", "ie_mob", "intl_uk", "intl_ie"])
    num, groups = gen_phone(rng, kind)
    typed = fmt_phone_typed(rng, kind, num, groups)
    c = Case("chat/%s: phone typed (%s)" % (ind(rng), kind))
    c.a("What's the best number to reach you?")
    c.c(pick(rng, ["", "mob: ", "call me on ", "Tel ", "its "]), (typed, "PHONE"),
        pick(rng, ["", " after 5pm", " (work)"]))
    return c


def c_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom = rng.choice(DOMAINS_SPOKEN)[1]
    user = rng.choice(["%s.%s" % (f, l), "%s%s%d" % (f[0], l, rng.randint(1, 99)), "%s_%s" % (f, l),
                       "%s.%s" % (f.title(), l.title())])
    em = "%s@%s" % (user, dom)
    c = Case("chat/%s: email typed, sometimes in angle brackets or before punctuation" % ind(rng))
    c.a("Can you confirm your email address?")
    st = rng.randrange(3)
    if st == 0:
        c.c("<", (em, "EMAIL"), ">")
    elif st == 1:
        c.c("sure, it's ", (em, "EMAIL"), ".")
    else:
        c.c((em, "EMAIL"), " - please update it")
    return c


def c_dob(rng):
    y, m, d = gen_date(rng)
    f = rng.randrange(6)
    typed = ["%02d/%02d/%d" % (d, m, y), "%02d-%02d-%d" % (m, d, y), "%d.%d.%02d" % (d, m, y % 100),
             "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%s %s %d" % (ordinal_suffix(d), MONTHS[m - 1].title(), y),
             "%d-%02d-%02d" % (y, m, d)][f]
    c = Case("chat/%s: DOB typed" % ind(rng))
    c.a("Please confirm your date of birth.")
    c.c(pick(rng, ["dob ", "DOB: ", "born ", "", "its "]), (typed, "DOB"))
    return c


def c_postcode(rng):
    if rng.random() < 0.6:
        pc = gen_uk_postcode(rng)
        pc = rng.choice([pc, pc.lower(), pc.replace(" ", "")])
    else:
        pc = gen_zip(rng, rng.random() < 0.4)
    c = Case("chat/%s: postcode/ZIP typed alone" % ind(rng))
    c.a("What's your postcode?")
    c.c(pick(rng, ["", "its ", "postcode ", "zip: "]), (pc, "POSTCODE"))
    return c


def c_address(rng):
    n = rng.randint(1, 999)
    street = "%s %s" % (rng.choice(STREETS).title(), rng.choice(SUFFIX).title())
    uk = rng.random() < 0.5
    if uk:
        flat = rng.choice(["", "", "Flat %d, " % rng.randint(1, 20)])
        addr = "%s%d %s" % (flat, n, street)
        pc = gen_uk_postcode(rng)
        c = Case("chat/%s: full UK address typed on one line" % ind(rng))
        c.a("Where should we send it?")
        c.c((addr, "ADDRESS"), ", %s, " % rng.choice(UK_TOWNS).title(), (pc, "POSTCODE"))
    else:
        apt = rng.choice(["", " Apt %d" % rng.randint(1, 40), " #%d%s" % (rng.randint(1, 20), rng.choice("ABC"))])
        addr = "%d %s%s" % (n, street, apt)
        town, state = rng.choice(US_TOWNS)
        c = Case("chat/%s: US address typed" % ind(rng))
        c.a("Please provide your mailing address.")
        c.c((addr, "ADDRESS"), ", %s, %s " % (town.title(), state[:2].upper()), (gen_zip(rng, rng.random() < 0.3),
                                                                                 "POSTCODE"))
    return c


def c_typos(rng):
    n, groups = gen_card(rng)
    mm, yy = rng.randint(1, 12), rng.randint(25, 31)
    cvv = digits(rng, 4 if len(n) == 15 else 3)
    c = Case("chat/%s: hurried message with typos, card unbroken-ish, expiry without separator" % ind(rng, [
        "retail", "travel", "telecom"]))
    c.a("How would you like to pay?")
    c.c(pick(rng, ["card numbr ", "crad no ", "my card is "]), (" ".join(groups) if rng.random() < 0.5 else n,
                                                               "CARD_NUMBER"),
        pick(rng, [" exp ", " expirey ", " ex "]), ("%02d%02d" % (mm, yy), "EXPIRY"),
        pick(rng, [" and the cvv is ", " secuirty code ", " cvc "]), (cvv, "CVV"), pick(rng, [" thnks", " ty", ""]))
    return c


CHAT_POS = [c_typos, c_card, c_card_exp_cvv, c_card_multi_msg, c_ssn, c_ni, c_bank, c_iban, c_phone, c_email, c_dob,
            c_postcode, c_address]


# ============================ NEGATIVES ====================================
def money_words(rng, cur="pounds", hi=4999):
    a = rng.randint(11, hi)
    p = rng.randint(1, 99)
    sub = {"pounds": "pence", "euro": "cent", "dollars": "cents"}[cur]
    return rng.choice(["%s %s %s" % (words_number(a), cur, words_under_100(p)),
                       "%s %s and %s %s" % (words_number(a), cur, words_under_100(p), sub),
                       "%s %s" % (words_number(a), cur)])


def n_amount_call(rng):
    c = Case("call/%s: payment amounts and balance spoken in words" % ind(rng, ["banking", "utilities", "telecom"]))
    cur = rng.choice(["pounds", "euro", "dollars"])
    c.a("your outstanding balance is %s" % money_words(rng, cur))
    c.c("okay and if i pay %s today whats left" % money_words(rng, cur))
    c.a("thats fine the next instalment of %s is due on the %s" % (money_words(rng, cur, 400),
                                                                      ordinal_words(rng.randint(1, 28))))
    return c


def n_reference_call(rng):
    ref = digits(rng, rng.randint(6, 10), True)
    sp = Speaker(rng, uk_flag(rng))
    word = rng.choice(["order number", "reference number", "ticket number", "case number", "claim number",
                       "invoice number", "booking reference"])
    c = Case("call/%s: %s read digit by digit (not PII)" % (ind(rng), word))
    c.a("have you got the %s there" % word)
    c.c("yeah the %s is %s" % (word, sp.read(ref)))
    c.a("thank you i have that up now")
    return c


def n_reference_split(rng):
    ref = digits(rng, 8, True)
    sp = Speaker(rng, uk_flag(rng))
    c = Case("call/%s: reference number split over turns with back-channels" % ind(rng))
    c.a("whats the reference number on the letter")
    c.c("its %s" % sp.read(ref[:4], "single"))
    c.a(ack(rng))
    c.c(sp.read(ref[4:], "single"))
    c.a("lovely i've got your claim up")
    return c


def n_times_call(rng):
    c = Case("call/%s: times, durations and appointment dates" % ind(rng, ["healthcare billing", "utilities", "telecom"]))
    h = rng.randint(1, 12)
    c.a("we can send an engineer on %s the %s between %s and %s" % (
        rng.choice(["monday", "tuesday", "wednesday", "thursday", "friday"]), ordinal_words(rng.randint(1, 30)),
        words_under_100(h), words_under_100(h % 12 + 1)))
    c.c("could it be %s instead i'm on hold for %s minutes already" % (
        rng.choice(["half two", "quarter past ten", "eleven thirty", "nine fifteen", "ten forty five"]),
        words_under_100(rng.randint(20, 59))))
    c.a("i can do %s on the %s of %s" % (rng.choice(["eight am", "one pm", "four thirty"]),
                                           ordinal_words(rng.randint(1, 28)), rng.choice(MONTHS)))
    return c


def n_flight_call(rng):
    sp = Speaker(rng, True)
    code = rng.choice(["e i", "b a", "f r", "u a", "a a", "d l"])
    num = str(rng.randint(100, 9999))
    c = Case("call/travel: flight number, times and seat (not PII)")
    c.a("which flight are you on")
    c.c("its %s %s leaving at %s on the %s" % (code, sp.read(num), rng.choice(["six forty", "ten past nine",
                                                                              "twenty two hundred"]),
                                               ordinal_words(rng.randint(1, 30))))
    c.a("and your seat is %s %s and the booking reference is %s" % (
        words_under_100(rng.randint(1, 40)), rng.choice("abcdef"),
        " ".join(rng.choice("abcdefghjkmnprstuvwxyz") for _ in range(6))))
    return c


def n_meter_call(rng):
    sp = Speaker(rng, True)
    c = Case("call/utilities: meter reading and tariff (not PII)")
    c.a("can i take a meter reading")
    r = digits(rng, rng.choice([5, 6]), True)
    c.c("yeah its %s and the night one is %s" % (sp.read(r), sp.read(digits(rng, 5, True))))
    c.a("thanks your unit rate is %s point %s pence per kilowatt hour" % (words_under_100(rng.randint(20, 35)),
                                                                          UNIT_W[rng.randint(1, 9)]))
    return c


def n_model_call(rng):
    sp = Speaker(rng, False)
    c = Case("call/telecom: router model number, speeds and counts (not PII)")
    c.a("what model is the router")
    c.c("its the %s %s" % (rng.choice(["h g", "t g", "r t"]), sp.read(str(rng.randint(100, 9999)))))
    c.a("okay you should be getting %s megs down and %s up on %s devices" % (
        words_number(rng.randint(30, 900)), words_under_100(rng.randint(10, 99)), words_under_100(rng.randint(2, 15))))
    return c


def n_age_year_call(rng):
    c = Case("call/%s: ages, years and durations (not DOB)" % ind(rng, ["insurance", "healthcare billing", "banking"]))
    c.a("how long have you been with us")
    since = rng.randint(1995, 2019)
    c.c("since %s so about %s years" % (year_words(since), words_under_100(2026 - since)))
    c.a("and the named driver is how old")
    c.c("shes %s and i'm %s" % (words_under_100(rng.randint(17, 30)), words_under_100(rng.randint(40, 85))))
    return c


def n_room_temp_call(rng):
    c = Case("call/travel: hotel room, floor, temperature and nights (not PII)")
    c.a("im calling from room %s" % words_number(rng.randint(101, 950), "pairs"))
    c.c("the heating is stuck at %s degrees and we are here for %s nights" % (
        words_under_100(rng.randint(26, 32)), words_under_100(rng.randint(2, 9))))
    c.a("ill send someone up to the %s floor in %s minutes" % (ordinal_words(rng.randint(2, 12)),
                                                                 words_under_100(rng.randint(10, 30))))
    return c


def n_percent_call(rng):
    c = Case("call/%s: percentages, rates and quantities" % ind(rng, ["banking", "retail", "insurance"]))
    c.a("the rate is %s point %s percent fixed for %s months" % (
        words_under_100(rng.randint(2, 19)), UNIT_W[rng.randint(1, 9)], words_under_100(rng.randint(12, 60))))
    c.c("and if i order %s units do i get the %s percent discount" % (
        words_number(rng.randint(2, 500)), words_under_100(rng.randint(5, 40))))
    return c


def n_contract_date_call(rng):
    y = rng.randint(2015, 2026)
    c = Case("call/%s: contract start and payment dates (not birth dates)" % ind(rng, ["telecom", "utilities",
                                                                                 "insurance"]))
    c.a("your contract started on the %s of %s %s" % (ordinal_words(rng.randint(1, 28)), rng.choice(MONTHS),
                                                       year_words(y)))
    c.c("and the next payment comes out %s %s right" % (rng.choice(MONTHS), ordinal_words(rng.randint(1, 28))))
    c.a("yes the %s of every month" % ordinal_words(rng.randint(1, 28)))
    return c


def n_last_payment_call(rng):
    sp = Speaker(rng, uk_flag(rng))
    c = Case("call/banking: transaction amounts, count of payments, branch opening hours")
    c.c("i see %s payments of %s going out" % (words_under_100(rng.randint(2, 9)), money_words(rng, hi=99)))
    c.a("those are from %s the reference on it is %s" % (rng.choice(["the gym", "netflix", "the council"]),
                                                        sp.read(digits(rng, 7, True))))
    c.c("and the branch opens at %s" % rng.choice(["nine thirty", "half nine", "ten"]))
    return c


def n_speeds_chat(rng):
    c = Case("chat/telecom: speeds, data allowance and prices typed")
    c.c("I'm paying £%d.%02d a month for %dMbps but only getting %.1f Mbps" % (
        rng.randint(20, 80), rng.randint(0, 99), rng.choice([100, 300, 500, 900]), rng.uniform(5, 90)))
    c.a("Sorry about that. Your plan includes %dGB data and the upgrade is £%d extra." % (
        rng.choice([10, 50, 100]), rng.randint(3, 15)))
    return c


def n_order_chat(rng):
    word = rng.choice(["Order #", "order no. ", "Ticket ", "INV-", "Ref: ", "Case ", "Claim no "])
    c = Case("chat/%s: order/ticket/invoice reference typed with its label" % ind(rng, ["retail", "insurance", "telecom"]))
    c.c("Hi, where is my parcel? %s%s" % (word, digits(rng, rng.randint(6, 10), True)))
    c.a("Thanks, that shipped on %02d/%02d and should arrive by %s." % (
        rng.randint(1, 28), rng.randint(1, 12), rng.choice(["Friday", "5pm tomorrow", "the 14th"])))
    return c


def n_money_chat(rng):
    c = Case("chat/%s: money amounts and balances typed" % ind(rng, ["banking", "utilities", "retail"]))
    c.c("why was I charged %s%s.%02d twice? balance now %s%d" % (
        rng.choice(["£", "$", "€"]), "{:,}".format(rng.randint(10, 9999)), rng.randint(0, 99), rng.choice(["£", "$", "€"]),
        rng.randint(100, 99999)))
    c.a("I can see two charges of %d.%02d on %s. One will drop off in 3-5 working days." % (
        rng.randint(10, 999), rng.randint(0, 99), rng.choice(["12/03", "the 4th", "Monday"])))
    return c


def n_date_chat(rng):
    c = Case("chat/%s: appointment and delivery dates, times (not DOB)" % ind(rng, ["healthcare billing", "retail",
                                                                                 "government services"]))
    c.a("Your appointment is on %02d/%02d/%d at %d:%02d." % (rng.randint(1, 28), rng.randint(1, 12),
                                                            rng.randint(2025, 2027), rng.randint(8, 17),
                                                            rng.choice([0, 15, 30, 45])))
    c.c("Can I move it to %s %d? I'm away until %d/%d." % (rng.choice(MONTHS).title(), rng.randint(1, 28),
                                                           rng.randint(1, 28), rng.randint(1, 12)))
    return c


def n_flight_chat(rng):
    c = Case("chat/travel: flight number, gate, seat, baggage weight")
    c.c("Flight %s%d on %s, seat %d%s, bag is %dkg - can I add one?" % (
        rng.choice(["EI", "BA", "FR", "UA", "LH", "AA"]), rng.randint(100, 9999), rng.choice(["Friday", "the 21st"]),
        rng.randint(1, 40), rng.choice("ABCDEF"), rng.randint(10, 32)))
    c.a("Extra bag is €%d. Gate B%d closes at %02d:%02d." % (rng.randint(20, 70), rng.randint(1, 60),
                                                             rng.randint(5, 22), rng.choice([0, 10, 35, 50])))
    return c


def n_model_chat(rng):
    c = Case("chat/retail: model numbers, SKUs with labels, quantities")
    c.c("Model %s-%d, SKU %d, qty %d. Price was £%d.99" % (rng.choice(["WM", "XR", "KD", "TV"]), rng.randint(100, 9999),
                                                          rng.randint(100000, 9999999), rng.randint(1, 12),
                                                          rng.randint(9, 1999)))
    c.a("That model has a %d year warranty and %d in stock." % (rng.randint(1, 5), rng.randint(0, 300)))
    return c


def n_meter_chat(rng):
    c = Case("chat/utilities: meter readings and kWh usage typed")
    c.c("Meter reading today: %d (day) %d (night)" % (rng.randint(10000, 99999), rng.randint(1000, 99999)))
    c.a("Thanks - that's %d kWh since your last read on %d %s." % (rng.randint(100, 2000), rng.randint(1, 28),
                                                                  rng.choice(MONTHS).title()))
    return c


def n_count_call(rng):
    c = Case("call/%s: counts and quantities with doubles (double/triple words that are not PII)" % ind(rng, [
        "retail", "telecom", "travel"]))
    c.c("i ordered %s boxes and only %s arrived and that was %s days ago" % (
        words_under_100(rng.randint(2, 40)), words_under_100(rng.randint(1, 9)), words_under_100(rng.randint(3, 20))))
    c.a("okay so thats a double charge too i can refund %s" % money_words(rng, hi=300))
    c.c("its a double room for %s nights not a triple" % words_under_100(rng.randint(2, 9)))
    return c


def n_policy_call(rng):
    sp = Speaker(rng, uk_flag(rng))
    word = rng.choice(["policy number", "membership number", "customer reference", "work order", "ticket"])
    c = Case("call/%s: %s with letters and digits, plus an amount (not PII)" % (ind(rng, ["insurance", "telecom",
                                                                                        "utilities"]), word))
    c.a("have you got your %s handy" % word)
    c.c("yes its %s %s" % (" ".join(rng.choice("bcdfhkmnprstw") for _ in range(rng.randint(2, 3))),
                           sp.read(digits(rng, rng.randint(5, 8), True))))
    c.a("thanks the %s on that is %s" % ("excess" if word in ("policy number", "membership number") else
                                          "amount outstanding", money_words(rng, hi=900)))
    return c


def n_duration_call(rng):
    c = Case("call/%s: durations, hold times, call counts" % ind(rng))
    c.c("this is the %s time ive called and i was on hold %s minutes yesterday" % (
        ordinal_words(rng.randint(3, 9)), words_under_100(rng.randint(20, 90))))
    c.a("i do apologise ill note that its been %s weeks since the fault on the %s" % (
        words_under_100(rng.randint(2, 8)), ordinal_words(rng.randint(1, 28))))
    return c


def n_office_hours_call(rng):
    c = Case("call/%s: opening hours and phone menu option numbers" % ind(rng))
    c.a("our lines are open %s till %s monday to friday" % (rng.choice(["eight", "nine", "half eight"]),
                                                            rng.choice(["six", "eight", "five thirty"])))
    c.c("i pressed option %s then option %s" % (words_under_100(rng.randint(1, 9)), words_under_100(rng.randint(1, 9))))
    return c


def n_bill_call(rng):
    c = Case("call/utilities: bill totals, years and usage in words")
    c.c("the bill for %s was %s and this year its %s" % (year_words(rng.randint(2019, 2025)), money_words(rng, "euro"),
                                                          money_words(rng, "euro")))
    c.a("you used %s units compared to %s" % (words_number(rng.randint(300, 4000)),
                                              words_number(rng.randint(300, 4000))))
    return c


def n_weight_temp_chat(rng):
    c = Case("chat/healthcare billing: dosages, temperatures and visit counts typed")
    c.c("billed for %d visits at $%d each, claim %d, temp was %.1f" % (
        rng.randint(2, 9), rng.randint(40, 400), rng.randint(100000, 99999999), rng.uniform(36.5, 39.5)))
    m1 = rng.randint(0, 5)
    c.a("I see %d visits between %s %d and %s %d." % (rng.randint(2, 9), MONTHS[m1].title(),
                                                      rng.randint(1, 28), MONTHS[m1 + rng.randint(1, 6)].title(),
                                                      rng.randint(1, 28)))
    return c


def n_asr_misc(rng):
    lines = [
        "i had to ring nine nine nine in the end",
        "its a %s ford focus with %s miles on it" % (year_words(rng.randint(2008, 2023)),
                                                    words_number(rng.randint(11, 99)) + " thousand"),
        "the engineer is booked for oh nine hundred hours on the %s" % ordinal_words(rng.randint(1, 28)),
        "its %s %s a month on the new plan" % (words_under_100(rng.randint(15, 60)), words_under_100(rng.randint(10, 99))),
        "the house is only %s degrees even with the heating on" % words_under_100(rng.randint(11, 19)),
        "the store is %s miles away and it closes at %s" % (words_under_100(rng.randint(3, 60)),
                                                           rng.choice(["half five", "six", "nine thirty"])),
        "i just want to press one for billing but it keeps sending me to option %s" % words_under_100(rng.randint(2, 9)),
        "we are a family of %s with %s phones and %s tablets" % (words_under_100(rng.randint(3, 7)),
                                                                 words_under_100(rng.randint(2, 6)),
                                                                 words_under_100(rng.randint(1, 4))),
        "the parcel weighed %s point %s kilos" % (words_under_100(rng.randint(1, 30)), UNIT_W[rng.randint(1, 9)]),
        "the direct debit comes out on the %s of every month" % ordinal_words(rng.randint(1, 28)),
    ]
    rng.shuffle(lines)
    c = Case("call/%s: assorted non-PII numbers as an ASR writes them" % ind(rng))
    c.c(lines[0])
    c.a(pick(rng, ["okay i understand", "right", "i see", "mhm"]))
    c.c(lines[1])
    c.a(pick(rng, ["let me look into that", "okay bear with me"]))
    c.c(lines[2])
    return c


def n_keywords(rng):
    c = Case("call/%s: PII keywords mentioned but no values given" % ind(rng))
    c.a(pick(rng, ["can i take your date of birth", "can i have the long card number",
                   "whats your national insurance number", "can i get your social security number"]))
    c.c(pick(rng, ["i dont have it on me to be honest", "id rather not give that out over the phone",
                   "hang on its in the other room", "do you really need that for a bill query"]))
    c.a(pick(rng, ["no problem i can send a link to your email instead", "thats fine we can use the security questions",
                   "okay ill give you the reference and you can call back"]))
    c.c(pick(rng, ["yeah the email you have is fine", "thanks ill ring back tomorrow after ten",
                   "okay the postcode hasnt changed anyway"]))
    return c


def n_tracking_call(rng):
    sp = Speaker(rng, uk_flag(rng))
    c = Case("call/retail: parcel tracking number with letters and digits said with its label, delivery window")
    c.a("have you got the tracking number")
    c.c("its tracking number %s %s" % (" ".join(rng.choice("hjkmnprtwz") for _ in range(2)),
                                       sp.read(digits(rng, rng.randint(7, 10), True))))
    c.a("thanks thats out for delivery between %s and %s today" % (rng.choice(["ten", "eleven", "twelve"]),
                                                                   rng.choice(["two", "three", "four"])))
    return c


NEG = [n_asr_misc, n_keywords, n_tracking_call, n_amount_call, n_reference_call, n_reference_split, n_times_call, n_flight_call, n_meter_call, n_model_call,
       n_age_year_call, n_room_temp_call, n_percent_call, n_contract_date_call, n_last_payment_call, n_count_call,
       n_policy_call, n_duration_call, n_office_hours_call, n_bill_call,
       n_speeds_chat, n_order_chat, n_money_chat, n_date_chat, n_flight_chat, n_model_chat, n_meter_chat,
       n_weight_temp_chat]


# ============================ assembly / check =============================
N_POS_CALL = 128
N_POS_CHAT = 60
N_NEG = 114
EXTRA = {"CARD_NUMBER": ([p_card_one_turn, p_card_split, c_card], 36),
         "SSN": ([p_ssn_one, p_ssn_split, c_ssn], 36),
         "NI_NUMBER": ([p_ni_one, p_ni_split, c_ni], 36),
         "IBAN": ([p_iban_call, c_iban, p_iban_call], 16),
         "SORT_CODE": ([p_sort_acct, c_bank, p_sort_acct_one_turn], 16),
         "EXPIRY": ([p_exp_cvv_one_turn, c_card_exp_cvv, p_card_exp_cvv], 16),
         "EMAIL": ([p_email_call, c_email, p_phone_email], 24),
         "DOB": ([p_dob_call, c_dob, p_dob_readback], 28),
         "PHONE": ([p_phone_call, p_phone_split, c_phone], 28)}


def build():
    rng = random.Random(SEED)
    built = []  # (kind, Case)
    for i in range(N_POS_CALL):
        built.append(("positive", CALL_POS[i % len(CALL_POS)](rng)))
    for i in range(N_POS_CHAT):
        built.append(("positive", CHAT_POS[i % len(CHAT_POS)](rng)))
    # top up the heavily-weighted types
    for typ, (fns, need) in EXTRA.items():
        k = 0
        while sum(1 for _, c in built for s in c.spans if s["type"] == typ) < need:
            built.append(("positive", fns[k % len(fns)](rng)))
            k += 1
    negs = [NEG[i % len(NEG)](rng) for i in range(N_NEG)]
    order = list(range(len(built)))
    rng.shuffle(order)
    negorder = list(range(len(negs)))
    rng.shuffle(negorder)
    rows, metas = [], []
    for n, i in enumerate(order, 1):
        c = built[i][1]
        rows.append({"id": "%s-pos-%03d" % (PREFIX, n), "kind": "positive", "turns": c.turns, "spans": c.spans,
                     "note": c.note})
        metas.append(c.meta)
    for n, i in enumerate(negorder, 1):
        c = negs[i]
        rows.append({"id": "%s-neg-%03d" % (PREFIX, n), "kind": "negative", "turns": c.turns, "spans": [],
                     "note": c.note})
        metas.append([])
    return rows, metas


def render(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def counts(rows):
    cnt = {t: 0 for t in TYPES}
    for r in rows:
        for s in r["spans"]:
            cnt[s["type"]] += 1
    return cnt


def readme(rows):
    cnt = counts(rows)
    pos = sum(1 for r in rows if r["kind"] == "positive")
    neg = len(rows) - pos
    calls = sum(1 for r in rows if r["note"].startswith("call/"))
    lines = [
        "# pii_holdout75 - held-out PII redaction evaluation set",
        "",
        "**Never use this set for tuning.** It exists only to measure the redactor on data it was not built against.",
        "",
        "## Who wrote it and how",
        "",
        "Written by an AI helper acting as an independent author. The author did not see the redaction code,",
        "its tests, its documentation, the benchmark script or any other PII fixture; the only data consulted",
        "was a three-line example of the JSONL format. Cases are generated by `scripts/make_pii_holdout75.py`",
        "from template functions: every turn is assembled from plain-text segments and (value, TYPE) segments,",
        "so span offsets are computed, never typed by hand. All values come from one `random.Random(%d)`;" % SEED,
        "the output is byte-for-byte reproducible. `python scripts/make_pii_holdout75.py --check` regenerates",
        "the file and verifies it is identical, ids are unique, offsets are in range and on word boundaries,",
        "spans do not overlap, and every value validates after normalising spoken forms (Luhn for cards,",
        "mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit counts for CVV / phone /",
        "account, postcode shapes; values split over several turns are validated after concatenation).",
        "",
        "About two thirds of the cases are phone calls written as a speech recogniser would (lower case, no",
        "punctuation, numbers as words: 'oh' / 'o' / 'nought' / 'zero', 'double seven', 'triple two', pairs",
        "like 'forty one', hundreds, years like 'nineteen eighty two', letters as 'b for bravo', homophones",
        "such as 'for' (4), 'to'/'too' (2), 'ate' (8), 'tree' (3), spelled letters mis-recognised as words",
        "('see' = C, 'tea' = T, 'why' = Y, 'are' = R, 'double you' = W, 'ex' = X, ...), international prefixes",
        "as 'plus four four' or 'double oh three five three', some ASR output with spaced numerals, fillers",
        "'um'/'uh'/'er' inside readings,",
        "restarts, self-corrections, agents interrupting or reading values back, values spread over several",
        "turns with back-channels). The rest are typed chat messages with varied separators and case.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only, from its first to its last value token: lead-ins ('its', 'my mobile is',",
        "  'sort code'), trailing remarks and punctuation are outside. Filler words *inside* a reading stay inside.",
        "- A value spread over several turns gets one span per turn (each fragment of the value); a value",
        "  interrupted by chit-chat inside one turn gets one span per fragment (the chit-chat is outside).",
        "- An agent echoing part of a value ('sorry was that six six', 'sorry was that x for x-ray') is",
        "  labelled with the value's type.",
        "- Abandoned / corrected readings (a misread card group, a wrong CVV, a wrong year, an interrupted card)",
        "  are labelled with the same type as the value they attempt; the corrected reading is labelled too.",
        "- Agent read-backs of a value are labelled like the customer's reading.",
        "- PHONE includes a spoken or typed international prefix ('plus four four', '+353', '00...').",
        "- Letters spelled with a phonetic word ('b for bravo', 'g as in george') include the phonetic word.",
        "- POSTCODE covers the whole postcode; a ZIP+4 said with 'dash' is one span including 'dash'.",
        "- EMAIL spoken as 'j dot doe at gmail dot com' is one span from the first user token to the TLD.",
        "- DOB covers the whole date ('the fourteenth of march nineteen eighty two'); a lone re-stated year in a",
        "  correction is also DOB.",
        "- EXPIRY covers month and year; CVV the 3/4 digits only.",
        "- ADDRESS covers flat/apartment designation (if given), house number and street name with its suffix",
        "  (road, street, ...). Town / state are not labelled; postcodes and ZIP codes are separate POSTCODE spans.",
        "- SORT_CODE and BANK_ACCOUNT are separate spans even when said in one turn.",
        "- Negatives contain no PII at all: amounts, balances, times, durations, counts, years, ages,",
        "  percentages, appointment / contract / payment dates, labelled order / ticket / claim / reference",
        "  numbers (up to 10 digits), flight numbers, seats, rooms, model numbers, meter readings, speeds,",
        "  temperatures, PII keywords with no value ('i dont have my card number on me'). Positives may contain",
        "  such non-PII numbers too (payment amounts, balances, appointment dates, valid-from dates), unlabelled.",
        "- --check validates complete values; abandoned/partial fragments and agent echoes are only checked to",
        "  normalise cleanly (they are deliberately incomplete).",
        "",
        "## Counts",
        "",
        "- cases: %d (positive %d, negative %d); call transcripts %d, chat %d" % (len(rows), pos, neg, calls,
                                                                               len(rows) - calls),
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, cnt[t]))
    lines.append("| total | %d |" % sum(cnt.values()))
    lines.append("")
    return "\n".join(lines)


def check(rows, metas):
    problems = []
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for r, meta in zip(rows, metas):
        rid = r["id"]
        if r["kind"] not in ("positive", "negative"):
            problems.append("%s: bad kind" % rid)
        if r["kind"] == "negative" and r["spans"]:
            problems.append("%s: negative with spans" % rid)
        if r["kind"] == "positive" and not r["spans"]:
            problems.append("%s: positive without spans" % rid)
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append("%s: bad turn" % rid)
        prev = {}
        groups = {}
        for s, g in zip(r["spans"], meta):
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (rid, s["type"]))
            if not (0 <= s["turn"] < len(r["turns"])):
                problems.append("%s: turn out of range" % rid)
                continue
            text = r["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(text)):
                problems.append("%s: offsets out of range" % rid)
                continue
            if st > 0 and text[st - 1].isalnum():
                problems.append("%s: span start not on word boundary" % rid)
            if en < len(text) and text[en].isalnum():
                problems.append("%s: span end not on word boundary" % rid)
            val = text[st:en]
            if val != val.strip() or not val[0].isalnum() and val[0] not in "+(<" or not val[-1].isalnum():
                problems.append("%s: span has edge whitespace/punct %r" % (rid, val))
            if s["turn"] in prev and st < prev[s["turn"]]:
                problems.append("%s: overlapping/unsorted spans" % rid)
            prev[s["turn"]] = en
            if g is None:
                e = validate(s["type"], val)
                if e:
                    problems.append("%s: %s" % (rid, e))
            elif g == "P":
                e = partial_ok(val)
                if e:
                    problems.append("%s: %s" % (rid, e))
            else:
                groups.setdefault((g, s["type"]), []).append(val)
        for (g, typ), vals in groups.items():
            e = validate(typ, " ".join(vals))
            if e:
                problems.append("%s: group %s: %s" % (rid, g, e))
    for r in rows:
        if r["kind"] != "negative":
            continue
        for t in r["turns"]:
            if "@" in t["text"] or re.search(r"\d{11,}", t["text"].replace(" ", "")):
                problems.append("%s: negative contains email/long digit run" % r["id"])
    cnt = counts(rows)
    pos = sum(1 for r in rows if r["kind"] == "positive")
    neg = len(rows) - pos
    if pos < 170 or neg < 100:
        problems.append("too few cases: %d positive %d negative" % (pos, neg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("type %s has %d spans < %d" % (t, cnt[t], need))
    return problems


def main(argv):
    rows, metas = build()
    data = render(rows)
    rd = readme(rows)
    if "--check" in argv:
        problems = check(rows, metas)
        try:
            with open(CASES, encoding="utf-8") as f:
                if f.read() != data:
                    problems.append("cases.jsonl differs from regenerated output")
        except OSError as e:
            problems.append("cannot read %s: %s" % (CASES, e))
        try:
            with open(README, encoding="utf-8") as f:
                if f.read() != rd:
                    problems.append("README.md differs from regenerated output")
        except OSError as e:
            problems.append("cannot read %s: %s" % (README, e))
        # also validate the file as written (parsed back)
        cnt = counts(rows)
        pos = sum(1 for r in rows if r["kind"] == "positive")
        calls = sum(1 for r in rows if r["note"].startswith("call/"))
        print("cases %d: positive %d, negative %d; calls %d, chat %d" % (len(rows), pos, len(rows) - pos, calls,
                                                                       len(rows) - calls))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        if problems:
            print("PROBLEMS (%d):" % len(problems))
            for p in problems[:200]:
                print("  " + p)
            return 1
        print("check OK")
        return 0
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(data)
    with open(README, "w", encoding="utf-8") as f:
        f.write(rd)
    print("wrote %d cases to %s" % (len(rows), CASES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

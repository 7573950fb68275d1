#!/usr/bin/env python3
"""Generate the pii_holdout529 held-out PII redaction evaluation set.

Standard library only.  Usage:
    python scripts/make_pii_holdout529.py          # write cases.jsonl
    python scripts/make_pii_holdout529.py --check  # regenerate + validate
"""
import json
import os
import re
import sys
import random
from collections import Counter

SEED = 529241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout529", "cases.jsonl")

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen",
         16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "ah"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra",
        "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
FOLK = {"a": "apple", "b": "bravo", "c": "charlie", "d": "david", "e": "edward", "f": "freddie",
        "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother",
        "n": "nancy", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
        "x": "xmas", "y": "yellow", "z": "zebra"}
WORD2LETTER = {}
for _k, _v in NATO.items():
    WORD2LETTER[_v] = _k
    WORD2LETTER[_v.replace("-", "")] = _k
WORD2LETTER["xray"] = "x"
WORD2LETTER["whisky"] = "w"
ANYWORD_LETTER = dict(WORD2LETTER)
for _k, _v in FOLK.items():
    ANYWORD_LETTER.setdefault(_v, _k)
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}


def ordinal_words(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def ordinal_suffix(n):
    if 10 <= n % 100 <= 20:
        return str(n) + "th"
    return str(n) + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


class Speaker:
    """Renders digit strings the way callers say them."""

    def __init__(self, rng, uk=True):
        self.rng = rng
        self.uk = uk

    def zero(self):
        opts = ["oh", "oh", "zero", "o"] + (["nought"] if self.uk else [])
        return self.rng.choice(opts)

    def digit(self, d):
        return self.zero() if d == "0" else UNITS[int(d)]

    def digits(self, s, doubles=True):
        out, i = [], 0
        while i < len(s):
            run = 1
            while i + run < len(s) and s[i + run] == s[i] and run < 3:
                run += 1
            if doubles and run == 3 and self.rng.random() < 0.6:
                out.append("triple " + self.digit(s[i]))
                i += 3
            elif doubles and run >= 2 and self.rng.random() < 0.7:
                out.append("double " + self.digit(s[i]))
                i += 2
            else:
                out.append(self.digit(s[i]))
                i += 1
        return " ".join(out)

    def pair(self, s):
        n = int(s)
        if s[0] == "0":
            return self.zero() + " " + UNITS[int(s[1])] if s[1] != "0" else "double " + self.zero()
        if n < 20:
            return TEENS[n]
        if n % 10 == 0:
            return TENS[n // 10]
        return TENS[n // 10] + " " + UNITS[n % 10]

    def triple(self, s):
        if s[0] == "0":
            return self.digits(s)
        h = UNITS[int(s[0])] + " hundred"
        rest = s[1:]
        if rest == "00":
            return h
        if rest[0] == "0":
            return h + " and " + UNITS[int(rest[1])]
        return h + " and " + self.pair(rest)

    def group(self, s):
        r = self.rng.random()
        if len(s) == 4 and r < 0.3:
            return self.pair(s[:2]) + " " + self.pair(s[2:])
        if len(s) == 3 and r < 0.2:
            return self.triple(s)
        if len(s) == 2 and r < 0.4:
            return self.pair(s)
        return self.digits(s)

    def groups(self, s, sizes, filler=0.0, sep=None):
        parts, i = [], 0
        for n in sizes:
            parts.append(self.group(s[i:i + n]))
            i += n
        assert i == len(s), (s, sizes)
        out = parts[0]
        for p in parts[1:]:
            j = sep if sep is not None else self.rng.choice([" ", ", ", " ", "... "])
            if self.rng.random() < filler:
                out += self.rng.choice([" um ", " uh ", ", er, ", " erm "])
            else:
                out += j
            out += p
        return out

    def letter(self, c, style=None):
        c = c.lower()
        style = style or self.rng.choice(["plain", "plain", "for", "as", "nato"])
        if style == "plain":
            return c
        word = NATO[c] if (self.rng.random() < 0.7 or c not in FOLK) else FOLK[c]
        if style == "for":
            return c + " for " + word
        if style == "as":
            return c + " as in " + word
        return NATO[c]


# ------------------------------------------------------------------ normaliser
def _tokens(text):
    return re.findall(r"[a-z]+(?:-[a-z]+)?|\d+|\+|@", text.lower())


def spoken_to_alnum(text):
    """Convert a spoken reading to its digit/letter string; None if not parseable."""
    toks = _tokens(text)
    out = []
    i = 0

    def unit(t):
        if t in UNITS:
            return str(UNITS.index(t))
        if t in ("oh", "o", "nought", "naught"):
            return "0"
        return None

    def small(j):
        """parse a 1-2 digit number at j -> (str, next_j)"""
        t = toks[j] if j < len(toks) else None
        if t is None:
            return None, j
        if t in TEENS.values():
            return str([k for k, v in TEENS.items() if v == t][0]), j + 1
        if t in TENS.values():
            tv = [k for k, v in TENS.items() if v == t][0]
            if j + 1 < len(toks) and toks[j + 1] in UNITS[1:]:
                return str(tv * 10 + UNITS.index(toks[j + 1])), j + 2
            return str(tv * 10), j + 1
        u = unit(t)
        if u is not None:
            return u, j + 1
        return None, j

    while i < len(toks):
        t = toks[i]
        if t in FILLERS or t in ("dash", "hyphen", "space", "slash"):
            i += 1
            continue
        if t == "plus":
            out.append("+")
            i += 1
            continue
        if t in ("double", "triple"):
            n = 2 if t == "double" else 3
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is None:
                return None
            u = unit(nxt)
            if u is not None:
                out.append(u * n)
            elif len(nxt) == 1:
                out.append(nxt.upper() * n)
            else:
                return None
            i += 2
            continue
        if len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] == "for":
            out.append(t.upper())
            i += 3
            continue
        if len(t) == 1 and t.isalpha() and i + 3 < len(toks) and toks[i + 1] == "as" and toks[i + 2] == "in":
            out.append(t.upper())
            i += 4
            continue
        if t == "hundred":
            if not out or not out[-1].isdigit():
                return None
            if i + 1 < len(toks) and toks[i + 1] == "and":
                s, j = small(i + 2)
                if s is None:
                    return None
                out.append(s.zfill(2))
                i = j
            else:
                out.append("00")
                i += 1
            continue
        s, j = small(i)
        if s is not None:
            out.append(s)
            i = j
            continue
        if t in WORD2LETTER:
            out.append(WORD2LETTER[t].upper())
            i += 1
            continue
        if len(t) == 1 and t.isalpha():
            out.append(t.upper())
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        return None
    return "".join(out)


def norm(text):
    if re.search(r"\d", text):
        return re.sub(r"[^0-9A-Za-z+]", "", text).upper()
    return spoken_to_alnum(text)


def norm_email(text):
    if "@" in text:
        return text.lower()
    toks = _tokens(text)
    out, i = [], 0
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
        elif len(t) == 1 and i + 2 < len(toks) and toks[i + 1] == "for":
            out.append(t)
            i += 2
        elif t in UNITS:
            out.append(str(UNITS.index(t)))
        elif t in TENS.values():
            tv = [k for k, v in TENS.items() if v == t][0]
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                out.append(str(tv * 10 + UNITS.index(toks[i + 1])))
                i += 1
            else:
                out.append(str(tv * 10))
        elif t in TEENS.values():
            out.append(str([k for k, v in TEENS.items() if v == t][0]))
        else:
            out.append(t)
        i += 1
    return "".join(out)


def parse_date(text):
    """Return (day or None, month, year4) from a DOB / expiry rendering."""
    low = text.lower()
    nums = re.findall(r"\d+", low)
    mname = [m for m in MONTHS if re.search(r"\b" + m + r"\b", low) or re.search(r"\b" + m[:3] + r"\b", low)]
    if nums and not re.search(r"[a-z]{4,}", re.sub(r"\b(st|nd|rd|th|of)\b", "", low)) or (nums and mname):
        if mname:
            m = MONTHS.index(mname[0]) + 1
            ds = [int(n) for n in nums if len(n) <= 2]
            ys = [int(n) for n in nums if len(n) == 4] or [2000 + int(n) for n in nums if len(n) == 2][1:]
            d = ds[0] if ds else None
            if not ys and len(ds) >= 2:
                ys = [2000 + ds[1]]
            return d, m, ys[0] if ys else None
        if len(nums) == 3:
            a, b, c = nums
            if len(a) == 4:
                return int(c), int(b), int(a)
            return "amb", (int(a), int(b)), int(c) if len(c) == 4 else 1900 + int(c)
        if len(nums) == 2:
            return None, int(nums[0]), int(nums[1]) if len(nums[1]) == 4 else 2000 + int(nums[1])
        if len(nums) == 1 and len(nums[0]) == 4:
            return None, int(nums[0][:2]), 2000 + int(nums[0][2:])
        return None
    # spoken
    toks = [t for t in _tokens(low) if t not in FILLERS and t not in ("the", "of", "and", "slash")]
    m = None
    for k, t in enumerate(toks):
        if t in MONTHS:
            m = MONTHS.index(t) + 1
            toks = toks[:k] + ["|"] + toks[k + 1:]
            break
    inv = {v: k for k, v in ORD.items()}
    d = None
    rest = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if t in inv:
            d = inv[t]
        elif t in TENS.values() and k + 1 < len(toks) and toks[k + 1] in inv and inv[toks[k + 1]] < 10:
            d = [a for a, v in TENS.items() if v == t][0] * 10 + inv[toks[k + 1]]
            k += 1
        else:
            rest.append(t)
        k += 1
    # remaining numeric words
    txt = " ".join(x for x in rest if x != "|")
    if "thousand" in txt:
        txt2 = txt.replace("two thousand", "").strip()
        s = spoken_to_alnum(txt2) if txt2 else "0"
        if s is None:
            return None
        digs = s
        return d, m, 2000 + int(digs)
    s = spoken_to_alnum(txt) if txt else ""
    if s is None:
        return None
    if m is None:
        # e.g. "oh eight twenty seven"
        if len(s) == 4:
            return None, int(s[:2]), 2000 + int(s[2:])
        return None
    if len(s) == 4:
        return d, m, int(s)
    if len(s) == 2:
        return d, m, 2000 + int(s)
    return None


# ------------------------------------------------------------------ validators
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return cc + "%02d" % chk + bban


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
STREET_SUFFIX = ("road", "street", "lane", "avenue", "drive", "close", "way", "crescent", "terrace",
                 "gardens", "place", "court", "grove", "rd", "st", "ave", "blvd", "boulevard", "square")


def validate(typ, texts, canon):
    """texts: span texts of one value group (in order).  Returns error or None."""
    if typ == "EMAIL":
        got = "".join(norm_email(t) for t in texts)
        if got != canon.lower():
            return "email %r != %r" % (got, canon)
        return None if re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", got) else "bad email"
    if typ in ("DOB", "EXPIRY"):
        got = parse_date(" ".join(texts))
        if got is None:
            return "unparseable date %r" % texts
        d, m, y = canon
        if got[0] == "amb":
            a, b = got[1]
            ok = got[2] == y and ((a, b) == (d, m) or (a, b) == (m, d))
        else:
            ok = got[1] == m and got[2] == y and (d is None or got[0] == d)
        return None if ok else "date %r != %r" % (got, canon)
    if typ == "ADDRESS":
        low = " ".join(texts).lower()
        words = re.findall(r"[a-z]+|\d+[a-z]?", low)
        if not words or not (words[0][0].isdigit() or words[0] in UNITS or words[0] in TEENS.values()
                             or words[0] in TENS.values() or words[0] in ("flat", "apartment", "apt", "unit")):
            return "address start"
        return None if any(w in STREET_SUFFIX for w in words) else "no street suffix"
    got = "".join((norm(t) or "?") for t in texts)
    if got != canon:
        return "%s normalised %r != canonical %r" % (typ, got, canon)
    if typ == "CARD_NUMBER":
        return None if 13 <= len(got) <= 19 and got.isdigit() and luhn_ok(got) else "bad card"
    if typ == "CVV":
        return None if re.fullmatch(r"\d{3,4}", got) else "bad cvv"
    if typ == "SSN":
        return None if re.fullmatch(r"(?!000|666|9)\d{3}(?!00)\d{2}(?!0000)\d{4}", got) else "bad ssn"
    if typ == "NI_NUMBER":
        return None if NI_RE.match(got) else "bad ni"
    if typ == "SORT_CODE":
        return None if re.fullmatch(r"\d{6}", got) else "bad sort"
    if typ == "BANK_ACCOUNT":
        return None if re.fullmatch(r"\d{8,12}", got) else "bad acct"
    if typ == "IBAN":
        return None if iban_ok(got) else "bad iban"
    if typ == "PHONE":
        d = got[1:] if got.startswith("+") else (got[2:] if got.startswith("00") else got)
        return None if d.isdigit() and 10 <= len(d) <= 13 else "bad phone"
    if typ == "POSTCODE":
        return None if (UKPC_RE.match(got) or re.fullmatch(r"\d{5}(\d{4})?", got)) else "bad postcode"
    return "unknown type"


def validate_prefix(typ, text, canon):
    got = norm(text)
    return None if got and canon.startswith(got) else "fragment %r not prefix of %r" % (got, canon)


# --------------------------------------------------------------- case builder
class V:
    def __init__(self, text, typ, gid):
        self.text, self.typ, self.gid = text, typ, gid


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []      # list of (speaker, [segments])
        self.groups = {}     # gid -> (type, canonical, mode)
        self.n = 0

    def val(self, typ, canon, mode="full"):
        self.n += 1
        gid = self.n
        self.groups[gid] = (typ, canon, mode)
        return gid

    def say(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def c(self, *segs):
        return self.say("customer", *segs)

    def a(self, *segs):
        return self.say("agent", *segs)

    def build(self):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            buf = ""
            for s in segs:
                if isinstance(s, V):
                    spans.append({"turn": ti, "start": len(buf), "end": len(buf) + len(s.text), "type": s.typ})
                    meta.append(s.gid)
                    buf += s.text
                else:
                    buf += s
            turns.append({"speaker": spk, "text": buf})
        return turns, spans, meta


# ------------------------------------------------------------------- data bits
FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "chen", "olu", "fatima", "dave",
         "niamh", "kev", "grace", "marek", "sofia", "jamal", "emma", "ciaran", "hannah", "raj", "beth"]
LAST = ["doe", "patel", "murphy", "nowak", "smith", "okafor", "kelly", "byrne", "walsh", "khan",
        "jones", "garcia", "brennan", "taylor", "evans", "lee", "reilly", "hughes", "price", "ward"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "btinternet.com",
           "eircom.net", "live.ie", "aol.com", "proton.me", "web.de"]
STREETS = ["oakfield", "harbour", "mill", "church", "station", "victoria", "maple", "elm", "kingsway",
           "orchard", "meadow", "castle", "highfield", "willow", "park", "cedar", "riverside", "bridge"]
SUFFIX_UK = ["road", "street", "lane", "avenue", "close", "drive", "crescent", "terrace", "gardens", "way"]
SUFFIX_US = ["street", "avenue", "drive", "boulevard", "lane", "road", "court", "place"]
TOWNS_UK = ["leeds", "bristol", "manchester", "cardiff", "glasgow", "norwich", "york", "reading"]
TOWNS_US = ["austin", "denver", "columbus", "portland", "tampa", "boise", "raleigh"]
INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
              "government services"]
BACKCH = ["mhm", "go on", "yep", "ok", "uh huh", "right", "yes go on", "got it", "mm", "okay, and"]


class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)

    # ---- value makers
    def card(self):
        r = self.rng.random()
        if r < 0.45:
            return luhn_complete("4" + self.rng.choice(["539", "916", "485", "024", "111", "716"]), 16, self.rng)
        if r < 0.7:
            return luhn_complete(self.rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, self.rng)
        if r < 0.82:
            return luhn_complete(self.rng.choice(["34", "37"]), 15, self.rng)
        if r < 0.9:
            return luhn_complete("6011", 16, self.rng)
        if r < 0.95:
            return luhn_complete("4", 13, self.rng)
        return luhn_complete(self.rng.choice(["6759", "6304", "5018"]), 19, self.rng)

    def card_sizes(self, c):
        n = len(c)
        if n == 15:
            return [4, 6, 5]
        if n == 13:
            return [4, 4, 5]
        if n == 19:
            return [4, 4, 4, 4, 3]
        return self.rng.choice([[4, 4, 4, 4], [4, 4, 4, 4], [4, 4, 4, 4], [2, 2, 4, 4, 4], [4, 4, 2, 2, 2, 2]])

    def ssn(self):
        while True:
            a = self.rng.randint(1, 899)
            if a != 666:
                return "%03d%02d%04d" % (a, self.rng.randint(1, 99), self.rng.randint(1, 9999))

    def ni(self):
        first = "ABCEGHJKLMNPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            p = self.rng.choice(first) + self.rng.choice(second)
            if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        return p + "".join(self.rng.choice("0123456789") for _ in range(6)) + self.rng.choice("ABCD")

    def digits(self, n, first="123456789"):
        return self.rng.choice(first) + "".join(self.rng.choice("0123456789") for _ in range(n - 1))

    def uk_postcode(self):
        area = self.rng.choice(["SW", "M", "LS", "B", "EC", "BS", "CF", "G", "NR", "YO", "RG", "N", "E", "W"])
        dist = str(self.rng.randint(1, 19)) if len(area) == 2 else str(self.rng.randint(1, 9))
        if area in ("EC", "W") and self.rng.random() < 0.5:
            dist = str(self.rng.randint(1, 4)) + self.rng.choice("AVNMY")
        tail = str(self.rng.randint(1, 9)) + "".join(self.rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        return area + dist, tail

    def iban(self):
        cc = self.rng.choice(["GB", "IE", "DE", "NL", "ES", "FR"])
        if cc == "GB":
            bban = self.rng.choice(["NWBK", "BARC", "MIDL", "HBUK", "LOYD"]) + self.digits(6) + self.digits(8)
        elif cc == "IE":
            bban = self.rng.choice(["AIBK", "BOFI", "IPBS"]) + self.digits(6) + self.digits(8)
        elif cc == "DE":
            bban = self.digits(18)
        elif cc == "NL":
            bban = self.rng.choice(["ABNA", "INGB", "RABO"]) + self.digits(10)
        elif cc == "ES":
            bban = self.digits(20)
        else:
            bban = self.digits(23)
        return make_iban(cc, bban)

    # ---- renderers (return text for a value)
    def sp(self, uk=True):
        return Speaker(self.rng, uk)

    def typed_groups(self, s, sizes, sep=None):
        sep = sep if sep is not None else self.rng.choice([" ", " ", "-", " ", "  ", "."])
        out, i = [], 0
        for n in sizes:
            out.append(s[i:i + n])
            i += n
        return sep.join(out)

    def spoken(self, s, sizes, filler=0.25, uk=True):
        sp = self.sp(uk)
        for _ in range(20):
            t = sp.groups(s, sizes, filler=filler)
            if norm(t) == s:
                return t
        t = " ".join(sp.digits(s[i:i + 1], doubles=False) for i in range(len(s)))
        assert norm(t) == s
        return t

    def spoken_alnum(self, s, sizes=None, style=None, uk=True):
        """mixed letters/digits; letters spelt, digits spoken."""
        sp = self.sp(uk)
        for _ in range(30):
            parts = []
            k = 0
            chunks = []
            if sizes:
                for n in sizes:
                    chunks.append(s[k:k + n])
                    k += n
            else:
                chunks = [s]
            for ch in chunks:
                sub, buf = [], ""
                for c in ch:
                    if c.isalpha():
                        if buf:
                            sub.append(sp.group(buf) if len(buf) <= 4 else sp.digits(buf))
                            buf = ""
                        st = style or self.rng.choice(["plain", "plain", "for", "as", "nato"])
                        if c.lower() == "o" and st == "plain":
                            st = "for"
                        sub.append(sp.letter(c, st))
                    else:
                        buf += c
                if buf:
                    sub.append(sp.group(buf) if len(buf) <= 4 else sp.digits(buf))
                parts.append(" ".join(sub))
            t = self.rng.choice([", ", " ", "... "]).join(parts)
            if norm(t) == s.upper():
                return t
        raise AssertionError("cannot speak %s" % s)

    def email_pair(self):
        f, l = self.rng.choice(FIRST), self.rng.choice(LAST)
        dom = self.rng.choice(DOMAINS)
        r = self.rng.random()
        num = str(self.rng.randint(1, 99)) if self.rng.random() < 0.5 else ""
        if r < 0.3:
            local = f[0] + "." + l + num
        elif r < 0.6:
            local = f + "_" + l + num
        elif r < 0.8:
            local = f + l + num
        else:
            local = f + "." + l + num
        canon = local + "@" + dom
        return canon

    def email_typed(self, canon):
        if self.rng.random() < 0.3:
            loc, dom = canon.split("@")
            return loc.capitalize() + "@" + dom
        return canon

    def email_spoken(self, canon):
        loc, dom = canon.split("@")

        def sp_part(p):
            out = []
            for seg in re.split(r"([._-])", p):
                if seg == ".":
                    out.append("dot")
                elif seg == "_":
                    out.append("underscore")
                elif seg == "-":
                    out.append("dash")
                elif seg:
                    m = re.match(r"([a-z]+)(\d*)", seg)
                    w, n = m.group(1), m.group(2)
                    if len(w) == 1 and self.rng.random() < 0.4:
                        out.append(w + " for " + NATO[w])
                    else:
                        out.append(w)
                    if n:
                        out.append(" ".join(UNITS[int(x)] for x in n) if self.rng.random() < 0.5
                                   else (Speaker(self.rng).pair(n) if len(n) == 2 and n[0] != "0" else " ".join(UNITS[int(x)] for x in n)))
            return " ".join(out)
        t = sp_part(loc) + " at " + sp_part(dom)
        assert norm_email(t) == canon, (t, canon)
        return t

    def dob(self):
        return (self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(1941, 2005))

    def dob_text(self, d, spoken, us=False):
        dd, m, y = d
        r = self.rng.random()
        if not spoken:
            if us:
                return self.rng.choice(["%02d/%02d/%d" % (m, dd, y), "%d-%d-%d" % (m, dd, y),
                                        "%s %d, %d" % (MONTHS[m - 1].capitalize(), dd, y),
                                        "%s %s %d" % (MONTHS[m - 1][:3].capitalize(), ordinal_suffix(dd), y)])
            return self.rng.choice(["%02d/%02d/%d" % (dd, m, y), "%d.%d.%d" % (dd, m, y), "%d-%02d-%02d" % (y, m, dd),
                                    "%d %s %d" % (dd, MONTHS[m - 1].capitalize(), y),
                                    "%s %s %d" % (ordinal_suffix(dd), MONTHS[m - 1], y)])
        sp = self.sp()
        if y >= 2000:
            yt = "two thousand" + (" and " if self.rng.random() < 0.5 else " ") + UNITS[y - 2000] if y > 2000 else "two thousand"
            if y >= 2010:
                yt = "twenty " + sp.pair(str(y)[2:])
        else:
            yt = "nineteen " + sp.pair(str(y)[2:])
        if r < 0.45:
            t = "the " + ordinal_words(dd) + " of " + MONTHS[m - 1] + " " + yt
        elif r < 0.7:
            t = ordinal_words(dd) + " " + MONTHS[m - 1] + ", um, " + yt
        else:
            t = MONTHS[m - 1] + " the " + ordinal_words(dd) + " " + yt
        if t.startswith("the "):
            t = t[4:]
        return t

    def expiry(self):
        return (None, self.rng.randint(1, 12), self.rng.randint(2025, 2031))

    def expiry_text(self, e, spoken):
        _, m, y = e
        if not spoken:
            return self.rng.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                                    "%02d / %02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1][:3].capitalize(), y)])
        sp = self.sp()
        r = self.rng.random()
        mm = "%02d" % m
        if r < 0.4:
            t = (sp.zero() + " " + UNITS[m] if m < 10 else sp.pair(mm)) + " " + sp.pair(str(y % 100))
        elif r < 0.7:
            t = MONTHS[m - 1] + " " + self.rng.choice(["twenty ", ""]) + sp.pair(str(y % 100))
        else:
            t = (sp.zero() + " " + UNITS[m] if m < 10 else sp.pair(mm)) + " slash " + sp.digits(str(y % 100), doubles=False)
        return t

    def address(self, spoken, us=False):
        num = self.rng.randint(1, 240) if not us else self.rng.randint(100, 9899)
        st = self.rng.choice(STREETS)
        suf = self.rng.choice(SUFFIX_US if us else SUFFIX_UK)
        flat = None
        if self.rng.random() < 0.3:
            flat = self.rng.randint(1, 30)
        sp = self.sp(not us)
        if spoken:
            if num >= 100 and self.rng.random() < 0.5:
                ns = sp.triple(str(num)) if num < 1000 else sp.pair(str(num)[:2]) + " " + sp.pair(str(num)[2:])
            elif num < 100:
                ns = sp.pair("%02d" % num) if num >= 10 else UNITS[num]
            else:
                ns = sp.digits(str(num))
            body = ns + " " + st + " " + suf
            if flat:
                body = ("flat " if not us else "apartment ") + (sp.pair("%02d" % flat) if flat >= 10 else UNITS[flat]) + ", " + body
            return body
        cap = lambda w: w.capitalize() if self.rng.random() < 0.8 else w
        body = "%d %s %s" % (num, cap(st), cap(suf))
        if flat:
            body = ("Flat %d, " % flat if not us else "Apt %d, " % flat) + body
        return body

    def phone(self, region):
        if region == "UK":
            kind = self.rng.choice(["mob", "mob", "lon", "geo"])
            if kind == "mob":
                nat = "07" + self.digits(9, "1345789")
                sizes = [5, 6]
            elif kind == "lon":
                nat = "020" + self.rng.choice("378") + self.digits(7)
                sizes = [3, 4, 4]
            else:
                nat = "01" + self.digits(3) + self.digits(6)
                sizes = [5, 6]
            intl = "44" + nat[1:]
            isz = [2] + ([4, 6] if kind != "lon" else [2, 4, 4])
        elif region == "IE":
            nat = "08" + self.rng.choice("35679") + self.digits(7)
            sizes = [3, 3, 4]
            intl = "353" + nat[1:]
            isz = [3, 2, 3, 4]
        else:
            nat = self.rng.choice("2345678") + self.digits(2) + "555" + "01" + self.digits(2, "0123456789")
            sizes = [3, 3, 4]
            intl = "1" + nat
            isz = [1, 3, 3, 4]
        return nat, sizes, intl, isz

    def phone_text(self, region, spoken, international):
        nat, sizes, intl, isz = self.phone(region)
        if international:
            if spoken:
                t = "plus " + self.spoken(intl, isz, filler=0.1)
                return t, "+" + intl
            t = self.typed_groups(intl, isz, sep=self.rng.choice([" ", " ", "-"]))
            if self.rng.random() < 0.3:
                t = "00" + t
                return t, "00" + intl
            return t, intl  # typed '+' stays outside the span
        if spoken:
            return self.spoken(nat, sizes, filler=0.15, uk=region != "US"), nat
        if region == "US" and self.rng.random() < 0.5:
            return "%s-%s-%s" % (nat[:3], nat[3:6], nat[6:]), nat
        return self.typed_groups(nat, sizes, sep=self.rng.choice([" ", "", "-", " "])), nat


# --------------------------------------------------------------- distractors
def distractor(g, spoken, no_last4=False):
    """A dangerous non-PII mention (text, note).  Never labelled."""
    rng = g.rng
    sp = g.sp()
    k = rng.randrange(16)
    while no_last4 and k == 1:
        k = rng.randrange(16)
    if k == 0:
        d = luhn_complete("4" + g.digits(3), 16, rng)
        t = sp.groups(d, [4, 4, 4, 4]) if spoken else g.typed_groups(d, [4, 4, 4, 4])
        return "the order number on the card statement is " + t, "16-digit order number (Luhn-valid) read like a card"
    if k == 1:
        d = g.digits(4)
        t = sp.groups(d, [2, 2]) if spoken else d
        return rng.choice(["the card ending ", "it's the one ending in ", "card ending "]) + t, "card last four"
    if k == 2:
        d = g.digits(9)
        t = sp.groups(d, [3, 2, 4]) if spoken else g.typed_groups(d, [3, 2, 4], "-")
        return "your claim reference is " + t, "claim reference in SSN shape"
    if k == 3:
        p = rng.choice(["PX", "QA", "DV", "FU", "KX"]) + g.digits(6, "0123456789") + rng.choice("EFGXZ")
        t = g.spoken_alnum(p, [2, 2, 2, 2, 1]) if spoken else p[:2] + " " + p[2:4] + " " + p[4:6] + " " + p[6:8] + " " + p[8]
        return "policy number " + t, "policy number in NI rhythm"
    if k == 4:
        d = g.digits(12)
        t = sp.groups(d, [4, 4, 4]) if spoken else g.typed_groups(d, [4, 4, 4])
        return "the serial on the card reader is " + t, "card-reader serial number"
    if k == 5:
        amt = rng.randint(12, 4999)
        pence = rng.randint(0, 99)
        if spoken:
            return "the balance is %s pounds %s" % (sp.triple(str(amt)) if amt >= 100 and amt < 1000 else str(amt), sp.pair("%02d" % pence) if pence >= 10 else UNITS[pence]), "balance amount"
        return "the balance on the card is £%s.%02d" % ("{:,}".format(amt), pence), "balance amount"
    if k == 6:
        d = g.digits(10)
        t = sp.groups(d, [3, 3, 4]) if spoken else g.typed_groups(d, [3, 3, 4])
        return "tracking number " + t, "tracking number in phone shape"
    if k == 7:
        d = g.digits(6)
        t = sp.groups(d, [2, 2, 2]) if spoken else g.typed_groups(d, [2, 2, 2], "-")
        return "the transaction auth code was " + t, "auth code in sort-code shape"
    if k == 8:
        mth, yy = rng.randint(1, 12), rng.randint(25, 30)
        t = ("%s %s" % (MONTHS[mth - 1], sp.pair(str(yy)))) if spoken else "%02d/%02d" % (mth, yy)
        return "your contract runs until " + t, "contract end date in expiry shape"
    if k == 9:
        t = sp.digits(g.digits(3)) if spoken else g.digits(3)
        return "that's room " + t, "room number, three digits like a CVV"
    if k == 10:
        d = g.digits(8)
        t = sp.groups(d, [4, 4]) if spoken else d
        return "the invoice number is " + t, "invoice number, 8 digits like an account"
    if k == 11:
        ref = "RF" + "18" + g.digits(12)
        t = g.typed_groups(ref, [4, 4, 4, 4]) if not spoken else "r f " + sp.groups(ref[2:], [2, 4, 4, 4])
        return "payment reference " + t, "creditor reference, IBAN-like"
    if k == 12:
        y = rng.randint(1998, 2024)
        t = sp.pair(str(y)[:2]) + " " + sp.pair(str(y)[2:]) if spoken else str(y)
        return "the account has been open since " + t, "a year"
    if k == 13:
        d = g.digits(5, "0123456789")
        return "the meter reading is " + (sp.digits(d) if spoken else d), "meter reading"
    if k == 14:
        t = "%d" % rng.randint(3, 45)
        return "I've been on hold for " + (t if not spoken else "like forty minutes"), "duration"
    d = g.digits(7)
    return "ticket " + (sp.groups(d, [3, 4]) if spoken else d), "ticket number"


# ------------------------------------------------------------ positive cases
def p_card_chat(g):
    c = Case("positive", "")
    card = g.card()
    sizes = g.card_sizes(card)
    gid = c.val("CARD_NUMBER", card)
    t = g.typed_groups(card, sizes)
    if g.rng.random() < 0.3:
        t = card
    lead = g.rng.choice(["card no: ", "Card number - ", "its ", "long number is ", "card: ", "CC# ", "ok the card is "])
    c.a(g.rng.choice(["Hi, thanks for contacting us. ", "Hello! "]) + "Could you type the long card number please?")
    dtxt, dnote = distractor(g, False, no_last4=True)
    c.c(lead, V(t, "CARD_NUMBER", gid), ". btw " + dtxt)
    parts = ["thanks"]
    if g.rng.random() < 0.6:
        e = g.expiry()
        ge = c.val("EXPIRY", e)
        cv = g.digits(4 if len(card) == 15 else 3, "0123456789")
        gc = c.val("CVV", cv)
        c.a("And the expiry and security code?")
        c.c("exp ", V(g.expiry_text(e, False), "EXPIRY", ge), g.rng.choice([" cvv ", ", sec code ", " / cvc: "]), V(cv, "CVV", gc))
    c.a("Thanks, that's gone through.")
    c.note = "typed card in chat plus " + dnote
    return c


def p_card_call_split(g):
    c = Case("positive", "")
    card = g.card()
    sizes = g.card_sizes(card)
    ind = g.rng.choice(INDUSTRIES)
    c.a("ok so i'll just need the long number across the front of the card when you're ready")
    # split into 2-4 turns
    idx, chunks = 0, []
    for n in sizes:
        chunks.append(card[idx:idx + n])
        idx += n
    # merge chunks into turns
    nturns = g.rng.randint(2, min(4, len(chunks)))
    per = [[] for _ in range(nturns)]
    for i, ch in enumerate(chunks):
        per[min(i * nturns // len(chunks), nturns - 1)].append(ch)
    restart = g.rng.random() < 0.25
    for ti, grp in enumerate(per):
        s = "".join(grp)
        gid = c.val("CARD_NUMBER", s, mode="part:%d" % ti)
        txt = g.spoken(s, [len(x) for x in grp], filler=0.3)
        if ti == 0:
            if restart:
                frag = card[:4]
                fg = c.val("CARD_NUMBER", card, mode="prefix")
                c.c("yeah it's ", V(g.spoken(frag, [4], filler=0), "CARD_NUMBER", fg),
                    "... sorry hang on that's my old one. right, ", V(txt, "CARD_NUMBER", gid))
            else:
                c.c(g.rng.choice(["yeah it's ", "ok um ", "right so ", "it's "]), V(txt, "CARD_NUMBER", gid))
        else:
            if g.rng.random() < 0.3:
                c.c(V(txt, "CARD_NUMBER", gid), g.rng.choice(["", " ... sorry the light's bad in here"]))
            else:
                c.c(V(txt, "CARD_NUMBER", gid))
        if ti < nturns - 1:
            c.a(g.rng.choice(BACKCH))
    c.groups_split = True
    if g.rng.random() < 0.6:
        gr = c.val("CARD_NUMBER", card)
        c.a("lovely let me read that back, ", V(g.spoken(card, sizes, filler=0), "CARD_NUMBER", gr), ", is that right?")
        c.c("yep that's it")
    dtxt, dnote = distractor(g, True, no_last4=True)
    c.a("thanks. and just so you know " + dtxt + ", ok?")
    c.c("ok great")
    c.note = "ASR %s call, card read over several turns%s; distractor: %s" % (ind, ", restarted" if restart else "", dnote)
    return c


def p_card_call_full(g):
    c = Case("positive", "")
    card = g.card()
    sizes = g.card_sizes(card)
    gid = c.val("CARD_NUMBER", card)
    c.a("can i take the card number please")
    c.c("yeah hang on... ", V(g.spoken(card, sizes, filler=0.4), "CARD_NUMBER", gid))
    e = g.expiry()
    ge = c.val("EXPIRY", e)
    c.a("and the expiry date")
    c.c(g.rng.choice(["it expires ", "expiry is ", "um ", "valid till "]), V(g.expiry_text(e, True), "EXPIRY", ge))
    cv = g.digits(3, "0123456789")
    gc = c.val("CVV", cv)
    c.a("and the three digits on the back")
    c.c(V(g.sp().digits(cv), "CVV", gc))
    dtxt, dnote = distractor(g, True, no_last4=True)
    c.a("perfect, " + dtxt)
    c.note = "ASR card payment with expiry and CVV; distractor: " + dnote
    return c


def p_ssn(g):
    c = Case("positive", "")
    s = g.ssn()
    spoken = g.rng.random() < 0.6
    ind = g.rng.choice(["healthcare billing", "government services", "banking", "insurance"])
    if spoken:
        c.a("for verification can i get your social security number")
        if g.rng.random() < 0.5:
            g1 = c.val("SSN", s[:5], "part:0")
            g2 = c.val("SSN", s[5:], "part:1")
            c.c("sure it's ", V(g.spoken(s[:5], [3, 2], 0.3, uk=False), "SSN", g1))
            c.a(g.rng.choice(BACKCH))
            c.c(V(g.spoken(s[5:], [4], 0.2, uk=False), "SSN", g2))
        else:
            g1 = c.val("SSN", s)
            c.c("yeah, ", V(g.spoken(s, [3, 2, 4], 0.3, uk=False), "SSN", g1))
        if g.rng.random() < 0.5:
            gr = c.val("SSN", s)
            c.a("so that's ", V(g.spoken(s, [3, 2, 4], 0, uk=False), "SSN", gr), "?")
            c.c("correct")
    else:
        c.a("Please provide your SSN to continue.")
        t = g.rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (s[:3], s[3:5], s[5:])
        lead = g.rng.choice(["SSN: ", "ssn is ", "social: ", "my ss# ", "Social Security No. "])
        c.c(lead, V(t, "SSN", c.val("SSN", s)))
    dtxt, dnote = distractor(g, spoken)
    c.a("thank you. " + dtxt)
    c.note = "%s SSN (%s); distractor: %s" % (ind, "spoken" if spoken else "typed", dnote)
    return c


def p_ni(g):
    c = Case("positive", "")
    n = g.ni()
    spoken = g.rng.random() < 0.6
    c.a(g.rng.choice(["can i take your national insurance number", "what's your NI number please",
                      "and your national insurance number for the claim"]))
    if spoken:
        if g.rng.random() < 0.4:
            g1 = c.val("NI_NUMBER", n[:4], "part:0")
            g2 = c.val("NI_NUMBER", n[4:], "part:1")
            c.c("it's ", V(g.spoken_alnum(n[:4], [2, 2]), "NI_NUMBER", g1))
            c.a(g.rng.choice(BACKCH))
            c.c(V(g.spoken_alnum(n[4:], [2, 2, 1]), "NI_NUMBER", g2))
        else:
            c.c(g.rng.choice(["yeah it's ", "um ", "right it's "]), V(g.spoken_alnum(n, g.rng.choice([[2, 2, 2, 2, 1], [2, 6, 1], [2, 3, 3, 1]])), "NI_NUMBER", c.val("NI_NUMBER", n)))
        if g.rng.random() < 0.5:
            c.a("i've got ", V(g.spoken_alnum(n, [2, 2, 2, 2, 1], style="plain"), "NI_NUMBER", c.val("NI_NUMBER", n)), ", yeah?")
            c.c("that's right")
    else:
        t = g.rng.choice([n, n.lower(), n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8],
                          n[:2] + n[2:8] + " " + n[8]])
        c.c(g.rng.choice(["NI no: ", "nat ins ", "its ", "NINO "]), V(t, "NI_NUMBER", c.val("NI_NUMBER", n)))
    dtxt, dnote = distractor(g, spoken)
    c.a("thanks, " + dtxt)
    c.note = "UK NI number (%s); distractor: %s" % ("spoken" if spoken else "typed", dnote)
    return c


def p_bank(g):
    c = Case("positive", "")
    spoken = g.rng.random() < 0.5
    sc, acct = g.digits(6), g.digits(8, "0123456789")
    c.a("for the direct debit i need the sort code and account number")
    if spoken:
        c.c("sort code is ", V(g.spoken(sc, [2, 2, 2], 0.2), "SORT_CODE", c.val("SORT_CODE", sc)))
        c.a(g.rng.choice(BACKCH))
        c.c("and the account's ", V(g.spoken(acct, g.rng.choice([[4, 4], [2, 3, 3], [8]]), 0.3), "BANK_ACCOUNT", c.val("BANK_ACCOUNT", acct)))
        if g.rng.random() < 0.5:
            c.a("so sort code ", V(g.spoken(sc, [2, 2, 2], 0), "SORT_CODE", c.val("SORT_CODE", sc)),
                " account ", V(g.spoken(acct, [4, 4], 0), "BANK_ACCOUNT", c.val("BANK_ACCOUNT", acct)))
    else:
        c.c(g.rng.choice(["s/c ", "sort: ", "Sort code "]), V(g.typed_groups(sc, [2, 2, 2], g.rng.choice(["-", " ", ""])), "SORT_CODE", c.val("SORT_CODE", sc)),
            g.rng.choice([" acct no: ", ", a/c ", " account number "]), V(acct, "BANK_ACCOUNT", c.val("BANK_ACCOUNT", acct)))
    dtxt, dnote = distractor(g, spoken)
    c.a("that's set up. " + dtxt)
    c.note = "utilities direct debit sort code + account; distractor: " + dnote
    return c


def p_us_bank(g):
    c = Case("positive", "")
    acct = g.digits(g.rng.randint(9, 12))
    c.a("What's the checking account number you'd like to use?")
    spoken = g.rng.random() < 0.5
    if spoken:
        c.c("ok it's ", V(g.spoken(acct, [3] * (len(acct) // 3) + ([len(acct) % 3] if len(acct) % 3 else []), 0.2, uk=False), "BANK_ACCOUNT", c.val("BANK_ACCOUNT", acct)))
    else:
        c.c("acct #: ", V(acct, "BANK_ACCOUNT", c.val("BANK_ACCOUNT", acct)))
    rt = "0" + g.digits(8, "0123456789")
    c.a("and the routing number is printed as " + rt + " on your check? great")
    c.note = "US checking account number; routing number mentioned unlabelled by agent"
    return c


def p_iban(g):
    c = Case("positive", "")
    ib = g.iban()
    spoken = g.rng.random() < 0.35
    c.a("For the refund to a European account please send the IBAN.")
    sizes = [4] * (len(ib) // 4) + ([len(ib) % 4] if len(ib) % 4 else [])
    if spoken:
        t = g.spoken_alnum(ib, sizes)
        c.c("ok so it's ", V(t, "IBAN", c.val("IBAN", ib)))
    else:
        t = g.rng.choice([g.typed_groups(ib, sizes, " "), ib, ib.lower(), g.typed_groups(ib, sizes, " ").lower()])
        c.c(g.rng.choice(["IBAN: ", "iban ", "here you go ", "Account (IBAN) "]), V(t, "IBAN", c.val("IBAN", ib)))
    dtxt, dnote = distractor(g, spoken)
    c.a("Received. " + dtxt)
    c.note = "travel refund IBAN (%s); distractor: %s" % ("spoken" if spoken else "typed", dnote)
    return c


def p_contact(g):
    c = Case("positive", "")
    region = g.rng.choice(["UK", "UK", "IE", "US"])
    spoken = g.rng.random() < 0.55
    intl = g.rng.random() < 0.4
    pt, pc = g.phone_text(region, spoken, intl)
    c.a("what's the best number to reach you on?")
    lead = g.rng.choice(["it's ", "mobile is ", "tel: ", "ring me on ", "my number's "])
    if not spoken and intl and not pt.startswith("00"):
        lead = lead + "+"
    c.c(lead, V(pt, "PHONE", c.val("PHONE", pc)))
    em = g.email_pair()
    c.a("and an email address?")
    if spoken:
        c.c("yeah it's ", V(g.email_spoken(em), "EMAIL", c.val("EMAIL", em)), ", all lower case")
    else:
        c.c(V(g.email_typed(em), "EMAIL", c.val("EMAIL", em)))
    dtxt, dnote = distractor(g, spoken)
    c.a("great, " + dtxt)
    c.note = "%s %s phone + email (%s); distractor: %s" % (g.rng.choice(["telecom", "retail", "insurance"]), region, "spoken" if spoken else "typed", dnote)
    return c


def p_address(g):
    c = Case("positive", "")
    us = g.rng.random() < 0.35
    spoken = g.rng.random() < 0.5
    addr = g.address(spoken, us)
    c.a("can you confirm the first line of the address and the postcode" if not us else "what's the service address and zip?")
    if us:
        z = g.digits(5, "0123456789") if g.rng.random() < 0.7 else g.digits(9, "0123456789")
        zt = (z if len(z) == 5 else z[:5] + "-" + z[5:]) if not spoken else g.spoken(z, [5] if len(z) == 5 else [5, 4], 0)
        c.c(V(addr, "ADDRESS", c.val("ADDRESS", addr)), ", " + g.rng.choice(TOWNS_US) + ", ", V(zt, "POSTCODE", c.val("POSTCODE", z)))
    else:
        a, b = g.uk_postcode()
        pc = a + b
        if spoken:
            if g.rng.random() < 0.4:
                c.c(V(addr, "ADDRESS", c.val("ADDRESS", addr)), " in " + g.rng.choice(TOWNS_UK))
                c.a("mhm and the postcode")
                g1 = c.val("POSTCODE", a, "part:0")
                g2 = c.val("POSTCODE", b, "part:1")
                c.c(V(g.spoken_alnum(a), "POSTCODE", g1))
                c.a(g.rng.choice(BACKCH))
                c.c(V(g.spoken_alnum(b), "POSTCODE", g2))
            else:
                c.c(V(addr, "ADDRESS", c.val("ADDRESS", addr)), ", " + g.rng.choice(TOWNS_UK) + ", ", V(g.spoken_alnum(pc, [len(a), 3]), "POSTCODE", c.val("POSTCODE", pc)))
        else:
            pt = g.rng.choice([a + " " + b, (a + " " + b).lower(), a + b])
            c.c(V(addr, "ADDRESS", c.val("ADDRESS", addr)), ", " + g.rng.choice(TOWNS_UK).capitalize() + " ", V(pt, "POSTCODE", c.val("POSTCODE", pc)))
    dtxt, dnote = distractor(g, spoken)
    c.a("thanks, " + dtxt)
    c.note = "%s address + %s; distractor: %s" % ("US" if us else "UK", "ZIP" if us else "postcode", dnote)
    return c


def p_dob(g):
    c = Case("positive", "")
    us = g.rng.random() < 0.3
    spoken = g.rng.random() < 0.55
    d = g.dob()
    c.a("and your date of birth please")
    c.c(g.rng.choice(["it's ", "dob ", "born ", "", "um "]), V(g.dob_text(d, spoken, us), "DOB", c.val("DOB", d)))
    age = 2026 - d[2]
    c.a("thanks, and i see you're %d, so you qualify for the over-%d rate" % (age, (age // 10) * 10))
    c.note = "%s DOB (%s) with age and rate mentioned" % ("US" if us else "UK/IE", "spoken" if spoken else "typed")
    return c


def p_mixed(g):
    """Heavy call: card + NI/SSN + distractors in card rhythm."""
    c = Case("positive", "")
    uk = g.rng.random() < 0.6
    c.a("right, before we take the payment i need to verify you")
    if uk:
        n = g.ni()
        c.c("ok my national insurance is ", V(g.spoken_alnum(n, [2, 2, 2, 2, 1]), "NI_NUMBER", c.val("NI_NUMBER", n)))
    else:
        s = g.ssn()
        c.c("my social is ", V(g.spoken(s, [3, 2, 4], 0.2, uk=False), "SSN", c.val("SSN", s)))
    dtxt, dnote = distractor(g, True, no_last4=True)
    c.a("thanks. " + dtxt)
    card = g.card()
    sizes = g.card_sizes(card)
    c.c("ok and the card, it's ", V(g.spoken(card, sizes, 0.3, uk=uk), "CARD_NUMBER", c.val("CARD_NUMBER", card)))
    d2, n2 = distractor(g, True, no_last4=True)
    c.a("got it. " + d2)
    c.c("yeah and the new card, the one ending " + card[-4:] + ", that's the one to use")
    c.note = "verification + card with two distractors (%s; %s); last four repeated after full card (labelled)" % (dnote, n2)
    # last-four after a full card in same case IS labelled
    c.turns[-1] = ("customer", ["yeah and the new card, the one ending ", V(card[-4:], "CARD_NUMBER", c.val("CARD_NUMBER", card[-4:], "suffix")), ", that's the one to use"])
    return c


POS = [(p_card_chat, 14), (p_card_call_split, 14), (p_card_call_full, 8), (p_ssn, 14), (p_ni, 14),
       (p_bank, 8), (p_us_bank, 3), (p_iban, 7), (p_contact, 12), (p_address, 10), (p_dob, 8), (p_mixed, 10)]


# ------------------------------------------------------------ negative cases
def n_generic(g):
    c = Case("negative", "")
    spoken = g.rng.random() < 0.5
    topics = []
    c.a(g.rng.choice(["how can i help today", "Thanks for getting in touch, what can I do for you?",
                      "you're through to billing, how can i help"]))
    for _ in range(g.rng.randint(2, 3)):
        t, note = distractor(g, spoken)
        topics.append(note)
        if g.rng.random() < 0.5:
            c.c(g.rng.choice(["so you said ", "yeah and you told me ", "right, the letter says ", "um, the email said "]) + t)
        else:
            c.a(g.rng.choice(["ok i can see ", "so ", "just to confirm "]) + t)
    c.c(g.rng.choice(["ok thanks", "cheers", "great, thank you"]))
    c.note = "negatives: " + "; ".join(topics)
    return c


def n_special(g):
    c = Case("negative", "")
    sp = g.sp()
    k = g.rng.randrange(12)
    if k == 0:
        d = g.digits(16)
        c.c("hi my order number is " + sp.groups(d, [4, 4, 4, 4], 0.3) + ", i paid by card")
        c.a("thanks, i've found the order, it's the one charged to the card ending " + sp.groups(g.digits(4), [4]))
        c.note = "16-digit order number read in card rhythm, card last four"
    elif k == 1:
        fl = g.rng.choice(["BA", "EI", "FR", "U2", "AA"]) + str(g.rng.randint(10, 9999))
        c.a("your flight %s departs gate %s%d at %02d:%02d, seat %d%s" % (fl, g.rng.choice("ABC"), g.rng.randint(1, 60), g.rng.randint(5, 22), g.rng.choice([0, 15, 30, 45]), g.rng.randint(1, 40), g.rng.choice("ABCDEF")))
        c.c("and the booking ref is " + "".join(g.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)) + ", right?")
        c.a("yes that's correct")
        c.note = "travel: flight, gate, time, seat, booking ref"
    elif k == 2:
        c.a("we're open eight till eight monday to friday, and nine to five on saturdays")
        c.c("ok and it's £%d.%02d a month including VAT at 20%%?" % (g.rng.randint(10, 90), g.rng.randint(0, 99)))
        c.a("that's right, for %d months" % g.rng.choice([12, 18, 24, 36]))
        c.note = "opening hours, price, percentage, contract length"
    elif k == 3:
        y = g.rng.randint(1940, 2004)
        c.c("i'm %d, i was born in %d if that matters, and it's %d degrees in here" % (2026 - y, y, g.rng.randint(15, 31)))
        c.a("no problem, the appointment is on the %s of %s at %s" % (ordinal_words(g.rng.randint(1, 28)), g.rng.choice(MONTHS), g.rng.choice(["ten thirty", "two fifteen", "nine o'clock"])))
        c.note = "age, birth year only, temperature, appointment date and time"
    elif k == 4:
        d = g.digits(9)
        c.a("your case number is " + sp.groups(d, [3, 2, 4]) + ", that's for the social security office, keep hold of it")
        c.c("is that my social security number?")
        c.a("no, that's just the case reference, we don't need your social over the phone")
        c.note = "9-digit case reference in SSN rhythm beside SSN words"
    elif k == 5:
        p = g.rng.choice(["QQ", "DA", "FY", "VU", "IO"]) + g.digits(6, "0123456789") + g.rng.choice("EQXZ")
        c.c("the letter has a reference " + " ".join([p[:2], p[2:4], p[4:6], p[6:8], p[8]]) + " under my national insurance heading")
        c.a("that's the HMRC letter reference, not your NI number, don't worry")
        c.note = "letter reference in NI shape (invalid prefix/suffix) next to NI words"
    elif k == 6:
        d = g.digits(12)
        c.c("the model is SM-%s%d and the serial is %s" % (g.rng.choice("AGNX"), g.rng.randint(100, 999), g.typed_groups(d, [4, 4, 4])))
        c.a("and the IMEI? actually don't worry, the serial's enough")
        c.note = "model and 12-digit serial"
    elif k == 7:
        c.c("take the M%d to junction %d, then the A%d, we're on Route %d" % (g.rng.randint(1, 62), g.rng.randint(1, 30), g.rng.randint(1, 999), g.rng.randint(1, 99)))
        c.a("ok, the engineer will be there between %d and %d" % (g.rng.randint(8, 11), g.rng.randint(12, 17)))
        c.note = "road names, junction, time window"
    elif k == 8:
        amt = g.rng.randint(1000, 99999)
        c.a("the payment of %s was taken on %02d/%02d/%d and your next bill is %s" % ("${:,}.{:02d}".format(amt // 100, amt % 100), g.rng.randint(1, 28), g.rng.randint(1, 12), g.rng.randint(2024, 2026), "$%d" % g.rng.randint(20, 300)))
        c.c("and the card ending " + g.digits(4) + " still has a limit of 5,000?")
        c.note = "payment amount and date, card last four, limit"
    elif k == 9:
        r = g.digits(5, "0123456789")
        c.c("meter reading's " + sp.digits(r) + ", and the meter serial is " + sp.groups(g.digits(8), [4, 4]))
        c.a("and the night reading? ... " + g.digits(5, "0123456789") + ", lovely")
        c.note = "utilities meter readings and meter serial"
    elif k == 10:
        d = g.digits(8)
        c.a("the sort of thing we'd need is your account number, but not now. your ticket number is " + g.typed_groups(d, [4, 4]))
        c.c("ticket " + sp.groups(d, [4, 4]) + ", got it")
        c.note = "8-digit ticket number beside 'account number' words"
    else:
        d = "".join(g.rng.choice("0123456789") for _ in range(20))
        c.c("tracking says " + g.typed_groups(d, [4, 4, 4, 4, 4]) + " and it's been %d days" % g.rng.randint(2, 14))
        c.a("i can see it's at the depot, about %d%% of parcels arrive within %d hours" % (g.rng.randint(80, 99), g.rng.choice([24, 48, 72])))
        c.note = "20-digit tracking number, duration, percentage"
    return c


NEG = [(n_generic, 1), (n_special, 1)]


def build_all():
    g = Gen()
    cases = []
    pos_fns = []
    for fn, w in POS:
        pos_fns += [fn] * w
    # 210 positives, cycled in shuffled blocks for coverage
    npos = 0
    while npos < 210:
        block = pos_fns[:]
        g.rng.shuffle(block)
        for fn in block:
            if npos >= 210:
                break
            cases.append(fn(g))
            npos += 1
    for i in range(110):
        cases.append((n_generic if i % 2 == 0 else n_special)(g))
    out = []
    pi = ni = 0
    for c in cases:
        turns, spans, meta = c.build()
        if c.kind == "positive":
            pi += 1
            cid = "h529-pos-%03d" % pi
        else:
            ni += 1
            cid = "h529-neg-%03d" % ni
        out.append(({"id": cid, "kind": c.kind, "turns": turns, "spans": spans, "note": c.note}, c, meta))
    return out


def serialise(items):
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o, _, _ in items)


def check(items, text):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        ftext = f.read()
    if ftext != text:
        errs.append("file differs from regenerated output")
    # validate what is actually on disk (falls back to regenerated data if line counts differ)
    try:
        fobjs = [json.loads(line) for line in ftext.splitlines()]
    except ValueError:
        fobjs = []
        errs.append("file is not valid JSONL")
    if len(fobjs) == len(items) and all(len(fo["spans"]) == len(m) for fo, (_, _, m) in zip(fobjs, items)):
        items = [(fo, c, m) for fo, (_, c, m) in zip(fobjs, items)]
    else:
        errs.append("file structure differs; validating regenerated data")
    ids = [o["id"] for o, _, _ in items]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for o, c, meta in items:
        if o["kind"] == "negative" and o["spans"]:
            errs.append(o["id"] + ": negative with spans")
        if o["kind"] == "positive" and not o["spans"]:
            errs.append(o["id"] + ": positive without spans")
        per_turn = {}
        for sp in o["spans"]:
            t = o["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(t)):
                errs.append("%s: span out of range" % o["id"])
                continue
            if not (t[s].isalnum() and t[e - 1].isalnum()):
                errs.append("%s: span %r not trimmed" % (o["id"], t[s:e]))
            if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
                errs.append("%s: span %r not on word boundary" % (o["id"], t[s:e]))
            per_turn.setdefault(sp["turn"], []).append((s, e))
        for lst in per_turn.values():
            lst.sort()
            for (a, b), (x, y) in zip(lst, lst[1:]):
                if x < b:
                    errs.append(o["id"] + ": overlapping spans")
        # value validation per group
        groups = {}
        for sp, gid in zip(o["spans"], meta):
            groups.setdefault(gid, []).append(sp)
        # reassemble split values: parts share canonical via order
        parts = {}
        for gid, sps in groups.items():
            typ, canon, mode = c.groups[gid]
            texts = [o["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]] for sp in sps]
            if any(sp["type"] != typ for sp in sps):
                errs.append(o["id"] + ": type mismatch")
            if mode == "prefix":
                r = validate_prefix(typ, texts[0], canon)
            elif mode == "suffix":
                full = [cc for (tt, cc, mm) in c.groups.values() if tt == typ and mm == "full" and len(cc) > 12]
                r = None if full and full[0].endswith(norm(texts[0]) or "?") else "suffix not of labelled card"
            elif mode.startswith("part:"):
                parts.setdefault(typ, []).append((int(mode[5:]), texts, canon))
                r = None
            else:
                r = validate(typ, texts, canon)
            if r:
                errs.append("%s: %s" % (o["id"], r))
        for typ, lst in parts.items():
            lst.sort(key=lambda x: x[0])
            texts = [t for _, ts, _ in lst for t in ts]
            canon = "".join(cn for _, _, cn in lst)
            r = validate(typ, texts, canon)
            if r:
                errs.append("%s: split %s" % (o["id"], r))
    return errs


def counts(items):
    cnt = Counter()
    for o, _, _ in items:
        for sp in o["spans"]:
            cnt[sp["type"]] += 1
    return cnt


def main():
    items = build_all()
    text = serialise(items)
    if "--check" in sys.argv:
        errs = check(items, text)
        cnt = counts(items)
        npos = sum(1 for o, _, _ in items if o["kind"] == "positive")
        nneg = len(items) - npos
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
                  "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            if cnt[t] < need.get(t, 10):
                errs.append("too few %s spans: %d" % (t, cnt[t]))
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        for e in errs[:50]:
            print("ERROR", e)
        print("positives=%d negatives=%d spans=%d" % (npos, nneg, sum(cnt.values())))
        for t, n in sorted(cnt.items()):
            print("  %-13s %d" % (t, n))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote", OUT, len(items), "cases")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout426 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) without access to the
redaction engine. Standard library only; one RNG: random.Random(426241125).

Usage:
    python scripts/make_pii_holdout426.py          # write cases.jsonl
    python scripts/make_pii_holdout426.py --check  # regenerate + verify
"""
import datetime
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout426", "cases.jsonl")
R = random.Random(426241125)

# ---------------------------------------------------------------- vocab
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7,
        "eighty": 8, "ninety": 9}
TENS_W = {v: k for k, v in TENS.items()}
ZERO_W = ["oh", "o", "nought", "zero", "oh"]
HOMO = {"1": ["won"], "2": ["to", "too"], "4": ["for", "fore"], "8": ["ate"],
        "3": ["tree"], "9": ["niner"]}
LETTER_NAMES = {
    "a": ["ay", "hey"], "b": ["bee", "be"], "c": ["see", "sea", "cee"], "d": ["dee"],
    "e": ["ee"], "f": ["ef", "eff"], "g": ["gee"], "h": ["aitch", "haitch"],
    "i": ["eye"], "j": ["jay"], "k": ["kay"], "l": ["el", "ell"], "m": ["em", "am"],
    "n": ["en", "and"], "o": ["oh"], "p": ["pee", "pea"], "q": ["queue", "cue", "kew"],
    "r": ["are", "ar"], "s": ["ess", "es"], "t": ["tee", "tea"], "u": ["you"],
    "v": ["vee"], "w": ["doubleyou"], "x": ["ex"], "y": ["why"], "z": ["zed", "zee"],
}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
FOLK = {"a": ["apple"], "b": ["bob", "bravo"], "c": ["cat"], "d": ["dog", "david"],
        "e": ["edward"], "f": ["freddie"], "g": ["george"], "h": ["harry"],
        "j": ["john"], "k": ["king"], "l": ["london"], "m": ["mary", "mother"],
        "n": ["nancy", "nelly"], "p": ["peter"], "r": ["robert"], "s": ["sugar", "sam"],
        "t": ["tommy", "tom"], "w": ["william"], "x": ["xray"], "y": ["yellow"],
        "z": ["zebra"]}
FILLERS = {"um", "uh", "er", "erm", "uhh", "umm", "ah", "hmm"}
PUNCT_WORDS = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
       "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
       "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
       "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
       "twentieth": 20, "thirtieth": 30}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]

# single-token alternatives
WORDALT = {}


def _add(w, s):
    WORDALT.setdefault(w, [])
    if s not in WORDALT[w]:
        WORDALT[w].append(s)


for i, w in enumerate(UNITS):
    _add(w, str(i))
for w in ("oh", "o", "nought", "zero", "naught"):
    _add(w, "0")
for d, ws in HOMO.items():
    for w in ws:
        _add(w, d)
for i, w in enumerate(TEENS):
    _add(w, str(10 + i))
for l, ws in LETTER_NAMES.items():
    for w in ws:
        _add(w, l)
for l, w in NATO.items():
    _add(w, l)
_add("doubleyou", "w")
NUMWORDS = set(UNITS) | set(TEENS) | set(TENS) | {"oh", "nought", "double", "triple",
                                                   "won", "ate", "for", "to", "too"}

# ---------------------------------------------------------------- matcher
TOKRE = re.compile(r"[A-Za-z0-9]+|[.@_+\-]")


def toks(text):
    return [t.lower() for t in TOKRE.findall(text)]


def _split_runon(t, memo=None):
    """Decompose a run-together word like 'fourtwo' into known number words."""
    if memo is None:
        memo = {}
    if t == "":
        return [[]]
    if t in memo:
        return memo[t]
    res = []
    for k in range(1, len(t) + 1):
        head = t[:k]
        if head in NUMWORDS or head == "o" or (head in WORDALT and len(head) > 1):
            for rest in _split_runon(t[k:], memo):
                res.append([head] + rest)
    memo[t] = res[:20]
    return memo[t]


class Matcher:
    def __init__(self, tokens, target):
        self.t = tokens
        self.g = target.lower()
        self.memo = {}

    def opts(self, i):
        t = self.t
        w = t[i]
        n = len(t)
        nxt = t[i + 1] if i + 1 < n else None
        if w in FILLERS:
            yield 1, ""
        if w in PUNCT_WORDS:
            yield 1, PUNCT_WORDS[w]
        if w in ".@_+-":
            yield 1, w
            yield 1, ""
        if w == "plus":
            yield 1, ""
        if w.isalnum():
            yield 1, w
        for s in WORDALT.get(w, []):
            yield 1, s
        if w in TENS:
            d = TENS[w]
            yield 1, "%d0" % d
            if nxt in UNITS[1:]:
                yield 2, "%d%d" % (d, UNITS.index(nxt))
        if w in UNITS[1:] and nxt == "hundred":
            u = str(UNITS.index(w))
            yield 2, u + "00"
            j = i + 2
            if j < n and t[j] == "and":
                j += 1
            if j < n:
                x = t[j]
                if x in UNITS[1:]:
                    yield j - i + 1, u + "0" + str(UNITS.index(x))
                if x in TEENS:
                    yield j - i + 1, u + str(10 + TEENS.index(x))
                if x in TENS:
                    yield j - i + 1, u + "%d0" % TENS[x]
                    if j + 1 < n and t[j + 1] in UNITS[1:]:
                        yield j - i + 2, u + "%d%d" % (TENS[x], UNITS.index(t[j + 1]))
        if w in ("double", "triple") and nxt is not None:
            k = 2 if w == "double" else 3
            for m, s in self.opts(i + 1):
                if len(s) == 1 and s.isalnum():
                    yield 1 + m, s * k
        if len(w) == 1 and w.isalpha() and nxt in ("for", "as", "like"):
            j = i + 2
            if nxt == "as" and j < n and t[j] == "in":
                j += 1
            if j < n and t[j].startswith(w) and len(t[j]) > 2:
                yield j - i + 1, w
        for k in (2, 3):
            if i + k <= n:
                joined = "".join(t[i:i + k])
                for s in WORDALT.get(joined, []):
                    yield k, s
                if joined in TENS:
                    yield k, "%d0" % TENS[joined]
        if w.isalpha() and len(w) > 4 and w not in WORDALT and w not in NUMWORDS:
            for parts in _split_runon(w):
                if len(parts) < 2:
                    continue
                for s in all_readings(parts):
                    yield 1, s

    def match(self, i=0, pos=0):
        key = (i, pos)
        if key in self.memo:
            return self.memo[key]
        if i == len(self.t):
            r = pos == len(self.g)
        else:
            r = False
            for m, s in self.opts(i):
                if self.g.startswith(s, pos) and self.match(i + m, pos + len(s)):
                    r = True
                    break
        self.memo[key] = r
        return r


def all_readings(parts, cap=64):
    out = set()

    def rec(i, acc):
        if len(out) >= cap:
            return
        if i == len(parts):
            out.add(acc)
            return
        for m, s in Matcher(parts, "").opts(i):
            rec(i + m, acc + s)
    rec(0, "")
    return out


def spoken_matches(text, target):
    return Matcher(toks(text), target).match()


def word_digits(text):
    """Deterministic words->digits conversion used for date checks."""
    t = toks(text)
    out = []
    i = 0
    while i < len(t):
        w = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else None
        if w.isdigit():
            out.append(w)
        elif w in TENS:
            if nxt in UNITS[1:]:
                out.append("%d%d" % (TENS[w], UNITS.index(nxt)))
                i += 1
            elif nxt in ORD and ORD[nxt] < 10:
                out.append("%d%d" % (TENS[w], ORD[nxt]))
                i += 1
            else:
                out.append("%d0" % TENS[w])
        elif w in ORD:
            out.append(str(ORD[w]))
        elif w in TEENS:
            out.append(str(10 + TEENS.index(w)))
        elif w in UNITS or w in ("oh", "o", "nought"):
            out.append("0" if w in ("oh", "o", "nought", "zero") else str(UNITS.index(w)))
        elif w in ("thousand",):
            out.append("000")
        else:
            out.append(" ")
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- validators
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c


def iban_mod(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


NI_BAD1 = set("DFIQUV")
NI_BAD2 = set("DFIOQUV")
NI_BADPFX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
UKPC = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][ABD-HJLNP-UW-Z]{2}$")
STREETS = {"street", "road", "lane", "avenue", "close", "drive", "way", "crescent",
           "terrace", "place", "gardens", "court", "row", "grove", "hill", "boulevard",
           "st", "rd", "ave", "ln", "dr", "park", "walk", "square", "blvd", "mews"}


def ni_ok(v):
    return (re.fullmatch(r"[A-Z]{2}[0-9]{6}[A-D]", v) is not None and v[0] not in NI_BAD1
            and v[1] not in NI_BAD2 and v[:2] not in NI_BADPFX)


def ssn_ok(v):
    return (re.fullmatch(r"\d{9}", v) is not None and v[:3] not in ("000", "666")
            and v[0] != "9" and v[3:5] != "00" and v[5:] != "0000")


def canon_ok(typ, c):
    if typ == "CARD_NUMBER":
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if typ == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if typ == "SSN":
        return ssn_ok(c)
    if typ == "NI_NUMBER":
        return ni_ok(c)
    if typ == "BANK_ACCOUNT":
        return c.isdigit() and 6 <= len(c) <= 12
    if typ == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if typ == "IBAN":
        lens = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "ES": 24, "NL": 18}
        return lens.get(c[:2]) == len(c) and iban_mod(c) == 1
    if typ == "PHONE":
        return c.isdigit() and 10 <= len(c) <= 13
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._\-+]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", c) is not None
    if typ == "POSTCODE":
        return UKPC.match(c) is not None or re.fullmatch(r"\d{5}(\d{4})?", c) is not None
    if typ in ("DOB", "EXPIRY"):
        y, m, d = c
        datetime.date(y, m, d)
        return (1920 <= y <= 2010) if typ == "DOB" else (2024 <= y <= 2035)
    if typ == "ADDRESS":
        return True
    return False


def surface_ok(typ, text, c):
    if typ in ("DOB", "EXPIRY"):
        y, m, d = c
        low = text.lower()
        dig = word_digits(text)
        month_ok = (MONTHS[m - 1] in low or MONTHS[m - 1][:3] in low
                    or str(m) in dig or "%02d" % m in dig)
        return month_ok and ("%02d" % (y % 100)) in dig
    if typ == "ADDRESS":
        t = toks(text)
        first = t[0]
        num_ok = (first[0].isdigit() or first in UNITS or first in TEENS or first in TENS
                  or first in ("flat", "apartment", "apt", "unit"))
        return num_ok and any(x in STREETS for x in t)
    return spoken_matches(text, c)


# ---------------------------------------------------------------- building
class V:
    """A labelled value segment."""

    def __init__(self, text, typ, canon, group=None, partial=False):
        self.text, self.typ, self.canon, self.group, self.partial = text, typ, canon, group, partial


CASES = []
COUNTS = {"positive": 0, "negative": 0}


def add(kind, note, turns):
    COUNTS[kind] += 1
    cid = "h426-%s-%03d" % ("pos" if kind == "positive" else "neg", COUNTS[kind])
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        buf = ""
        for s in segs:
            if isinstance(s, V):
                st = len(buf)
                buf += s.text
                spans.append({"turn": ti, "start": st, "end": len(buf), "type": s.typ})
                meta.append(s)
            else:
                buf += s
        out_turns.append({"speaker": spk, "text": buf})
    if kind == "negative":
        assert not spans
    CASES.append(({"id": cid, "kind": kind, "turns": out_turns, "spans": spans,
                   "note": note}, meta))


def ch(x):
    return R.choice(x)


def maybe(p=0.5):
    return R.random() < p


# -------------------------------------------------------- spoken renderers
def say_digit(d, asr_homo=0.15, zero=None):
    if d == "0":
        return zero or ch(ZERO_W)
    if d in HOMO and maybe(asr_homo):
        return ch(HOMO[d])
    return UNITS[int(d)]


def say_chunk(s, style=None, homo=0.15):
    """Speak a digit chunk. Styles: single, pairs, hundreds, doubles, mixed, runon."""
    zero = ch(ZERO_W)
    style = style or ch(["single", "single", "doubles", "pairs", "mixed", "runon", "hundreds"])
    if style == "pairs" and len(s) % 2 == 0:
        out = []
        for k in range(0, len(s), 2):
            p = s[k:k + 2]
            if p[0] == "0":
                out.append(zero + " " + say_digit(p[1], 0, zero))
            elif p[0] == "1":
                out.append(TEENS[int(p[1])])
            elif p[1] == "0":
                out.append(TENS_W[int(p[0])])
            else:
                out.append(TENS_W[int(p[0])] + " " + UNITS[int(p[1])])
        return " ".join(out)
    if style == "hundreds" and len(s) == 3 and s[0] != "0":
        h = UNITS[int(s[0])] + " hundred"
        rest = s[1:]
        if rest == "00":
            return h
        if rest[0] == "0":
            return h + " and " + UNITS[int(rest[1])]
        if rest[0] == "1":
            return h + " and " + TEENS[int(rest[1])]
        t = TENS_W[int(rest[0])]
        return h + " and " + t + ("" if rest[1] == "0" else " " + UNITS[int(rest[1])])
    if style == "hundreds" and len(s) == 4 and s[0] != "0" and s[2] != "0":
        return say_chunk(s, "pairs")
    if style == "mixed":
        k = R.randint(1, len(s) - 1) if len(s) > 1 else 1
        return s[:k] + " " + " ".join(say_digit(d, homo, zero) for d in s[k:])
    if style == "runon" and len(s) >= 2:
        k = R.randint(0, len(s) - 2)
        words = [say_digit(d, 0, zero) for d in s]
        words[k] = words[k] + words[k + 1]
        del words[k + 1]
        return " ".join(words)
    out = []
    k = 0
    while k < len(s):
        d = s[k]
        if style == "doubles" and k + 2 < len(s) + 0 and s[k:k + 3] == d * 3:
            out.append("triple " + say_digit(d, 0, zero))
            k += 3
            continue
        if style in ("doubles", "single") and k + 1 < len(s) and s[k + 1] == d and maybe(0.8):
            out.append("double " + say_digit(d, 0, zero))
            k += 2
            continue
        out.append(say_digit(d, homo, zero))
        k += 1
    return " ".join(out)


def say_groups(s, sizes, sep=None, filler=0.2, style=None):
    parts = []
    k = 0
    for n in sizes:
        parts.append(s[k:k + n])
        k += n
    if k < len(s):
        parts.append(s[k:])
    words = []
    for p in parts:
        if p:
            words.append(say_chunk(p, style))
    out = []
    for i, w in enumerate(words):
        out.append(w)
        if i < len(words) - 1:
            if maybe(filler):
                out.append(ch([" um ", " uh ", " er ", " erm "]))
            else:
                out.append(sep if sep is not None else ch([" ", ", ", " ... ", " "]))
    return "".join(out)


def say_letter(l, style=None):
    l = l.lower()
    style = style or ch(["plain", "plain", "name", "name", "nato", "for", "folk"])
    if style == "plain":
        return l
    if style == "name":
        return ch(LETTER_NAMES[l]) if l != "w" else ch(["doubleyou", "double you"])
    if style == "nato":
        return NATO[l]
    if style == "for":
        return l + " for " + NATO[l]
    if style == "folk" and l in FOLK:
        return l + ch([" for ", " as in ", " like "]) + ch(FOLK[l])
    return l


def typed_groups(s, sizes, sep):
    parts, k = [], 0
    for n in sizes:
        parts.append(s[k:k + n])
        k += n
    if k < len(s):
        parts.append(s[k:])
    return sep.join(p for p in parts if p)


# -------------------------------------------------------- value generators
CARD_PFX = ["4", "4", "4", "51", "52", "53", "54", "55", "2221", "34", "37", "6011", "35"]


def gen_card():
    p = ch(CARD_PFX)
    if p in ("34", "37"):
        n = 15
    elif p == "4" and maybe(0.08):
        n = ch([13, 19])
    else:
        n = 16
    body = p + "".join(str(R.randint(0, 9)) for _ in range(n - len(p) - 1))
    return luhn_complete(body)


def card_sizes(c):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 13:
        return [4, 4, 5]
    if len(c) == 19:
        return [4, 4, 4, 4, 3]
    return ch([[4, 4, 4, 4], [4, 4, 4, 4], [8, 8], [4, 4, 8], [2, 2, 4, 4, 4]])


def gen_ssn():
    while True:
        v = "%03d%02d%04d" % (R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999))
        if ssn_ok(v):
            return v


def gen_ni():
    L = "ABCEGHJKLMNOPRSTWXYZ"
    while True:
        a = ch([c for c in L if c not in NI_BAD1])
        b = ch([c for c in L if c not in NI_BAD2])
        v = a + b + "%06d" % R.randint(0, 999999) + ch("ABCD")
        if ni_ok(v):
            return v


def gen_digits(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def gen_iban():
    cc = ch(["GB", "GB", "IE", "DE", "FR", "ES", "NL"])
    if cc in ("GB", "IE"):
        bank = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) if cc == "GB" else ch(["AIBK", "BOFI", "IPBS"])
        bban = bank + gen_digits(14)
    elif cc == "DE":
        bban = gen_digits(18)
    elif cc == "FR":
        bban = gen_digits(23)
    elif cc == "ES":
        bban = gen_digits(20)
    else:
        bban = ch(["ABNA", "INGB", "RABO"]) + gen_digits(10)
    chk = 98 - iban_mod(cc + "00" + bban)
    v = cc + "%02d" % chk + bban
    assert iban_mod(v) == 1
    return v


def gen_phone():
    kind = ch(["ukmob", "ukmob", "uklan", "ukint", "us", "usint", "ie", "ieint", "eu"])
    if kind == "ukmob":
        d = "07" + gen_digits(9)
        return d, d, [5, 6]
    if kind == "uklan":
        d = ch(["020", "0161", "0113", "0131", "0121"])
        d = d + gen_digits(11 - len(d))
        return d, d, ([3, 4, 4] if d.startswith("020") else [4, 3, 4])
    if kind == "ukint":
        d = "447" + gen_digits(9)
        return "+" + d, d, [2, 4, 6]
    if kind == "us":
        d = str(R.randint(201, 989)) + gen_digits(7, True)
        return d, d, [3, 3, 4]
    if kind == "usint":
        d = "1" + str(R.randint(201, 989)) + gen_digits(7, True)
        return "+" + d, d, [1, 3, 3, 4]
    if kind == "ie":
        d = "08" + ch("35679") + gen_digits(7)
        return d, d, [3, 3, 4]
    if kind == "ieint":
        d = "3538" + ch("35679") + gen_digits(7)
        return "+" + d, d, [3, 2, 3, 4]
    d = ch(["33", "49", "34"]) + ch("67") + gen_digits(8)
    return "+" + d, d, [2, 1, 2, 2, 2, 2]


FIRST = ["james", "sarah", "mohammed", "aoife", "priya", "tom", "grace", "liam", "olga",
         "dave", "chloe", "sean", "marta", "kwame", "emily", "niamh", "raj", "beth"]
LAST = ["okafor", "smith", "murphy", "patel", "kowalski", "jones", "obrien", "nguyen",
        "garcia", "walsh", "hughes", "brennan", "taylor", "ahmed", "fischer", "doyle"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com",
           "btinternet.com", "eircom.net", "aol.com", "live.ie", "gmx.de", "proton.me"]


def gen_email():
    f, l = ch(FIRST), ch(LAST)
    user = ch([f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)), f + "_" + l,
               l + f[0], f + "." + l + str(R.randint(70, 99))])
    return user + "@" + ch(DOMAINS)


def say_email(e):
    user, dom = e.split("@")
    out = []
    for part in re.findall(r"[a-z]+|[0-9]+|[._\-]", user):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part == "-":
            out.append("dash")
        elif part.isdigit():
            out.append(say_chunk(part, ch(["single", "pairs", "mixed"])))
        elif len(part) == 1 or maybe(0.25):
            out.append(" ".join(say_letter(c, ch(["plain", "for", "name"])) for c in part))
        else:
            out.append(part)
    out.append(ch(["at", "at", "at"]))
    for part in re.findall(r"[a-z]+|[.]", dom):
        out.append("dot" if part == "." else part)
    return " ".join(out)


UK_AREAS = ["SW", "SE", "N", "E", "W", "M", "B", "LS", "G", "EH", "CF", "BS", "NE", "L",
            "OX", "CB", "BT", "NW", "KT", "RG", "PO", "DN"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode():
    if maybe(0.3):
        z = gen_digits(5, True)
        if maybe(0.3):
            z += gen_digits(4)
        return z, "US"
    a = ch(UK_AREAS)
    out = a + str(R.randint(1, 20) if len(a) == 2 else R.randint(1, 9))
    if a in ("SW", "W", "E", "N") and len(out) == 2 and maybe(0.4):
        out += ch("ACDEFGHJKMNPRSTUVWXY")
    return out + str(R.randint(0, 9)) + ch(INWARD_L) + ch(INWARD_L), "UK"


def typed_pc(v, reg):
    if reg == "US":
        return v if len(v) == 5 else v[:5] + "-" + v[5:]
    out, inn = v[:-3], v[-3:]
    form = ch(["std", "std", "lower", "nospace"])
    if form == "std":
        return out + " " + inn
    if form == "lower":
        return (out + " " + inn).lower()
    return out + inn


def say_pc(v, reg):
    if reg == "US":
        return say_chunk(v[:5], ch(["single", "mixed", "runon"])) + (
            "" if len(v) == 5 else " dash " + say_chunk(v[5:]))
    outw, inn = v[:-3], v[-3:]

    def sp(s):
        r = []
        for c in s:
            if c.isdigit():
                r.append(say_digit(c, 0.2))
            else:
                r.append(say_letter(c, ch(["plain", "name", "name", "nato", "for", "folk"])))
        return " ".join(r)
    return sp(outw) + ch([" ", ", ", " ... "]) + sp(inn)


STREET_NAMES = ["acacia", "mill", "church", "station", "victoria", "king", "oak", "high",
                "meadow", "elm", "maple", "harbour", "bridge", "cedar", "park", "willow",
                "queens", "castle", "orchard", "abbey"]
SUFFIX = ["road", "street", "lane", "avenue", "close", "drive", "way", "crescent",
          "terrace", "gardens", "grove", "court", "mews"]
TOWNS = ["leeds", "manchester", "dublin", "cork", "bristol", "glasgow", "cardiff",
         "brighton", "boston", "austin", "denver", "belfast", "york", "galway"]


def num_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS_W[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    return UNITS[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + num_words(n % 100))


def gen_address(asr):
    n = R.randint(1, 240)
    st = ch(STREET_NAMES) + " " + ch(SUFFIX)
    flat = R.randint(1, 30) if maybe(0.25) else None
    if asr:
        s = num_words(n) + " " + st
        if flat:
            s = ch(["flat ", "apartment "]) + num_words(flat) + ch([" ", " uh "]) + s
    else:
        s = str(n) + ch(["", "a", "B"] if maybe(0.15) else [""]) + " " + st.title()
        if flat:
            s = ch(["Flat ", "flat ", "Apt "]) + str(flat) + ", " + s
        if maybe(0.2):
            s = s.lower()
    return s


def gen_date(lo, hi):
    y = R.randint(lo, hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return (y, m, d)


ORD_W = {v: k for k, v in ORD.items()}


def ord_words(d):
    if d in ORD_W:
        return ORD_W[d]
    t = d // 10 * 10
    return TENS_W[d // 10] + " " + ORD_W[d % 10]


def say_year(y, asr):
    if not asr:
        return str(y)
    if y < 2000:
        hi, lo = divmod(y, 100)
        lo_s = (ch(ZERO_W) + " " + UNITS[lo]) if lo < 10 else num_words(lo)
        return ch([num_words(hi) + " " + lo_s, lo_s, lo_s])
    lo = y - 2000
    lo_s = (ch(ZERO_W) + " " + UNITS[lo]) if lo < 10 else num_words(lo)
    return ch(["twenty " + lo_s, lo_s])


def render_dob(c, asr):
    y, m, d = c
    if not asr:
        return ch(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y),
                   "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                   "%s %d, %d" % (MONTHS[m - 1].title()[:3], d, y),
                   "%02d.%02d.%02d" % (d, m, y % 100), "%d-%02d-%02d" % (y, m, d)])
    yy = say_year(y, True)
    if y % 100 < 10 and "two thousand" not in yy and yy.split()[0] in ZERO_W:
        yy = num_words(y // 100) + " " + yy
    return ch(["%s of %s %s" % (ord_words(d), MONTHS[m - 1], yy),
               "the %s of %s %s" % (ord_words(d), MONTHS[m - 1], yy),
               "%s %s %s" % (MONTHS[m - 1], ord_words(d), yy),
               "%s %s uh %s" % (ord_words(d), MONTHS[m - 1], yy)])


def render_exp(c, asr):
    y, m, _ = c
    if not asr:
        return ch(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                   "%s %d" % (MONTHS[m - 1].title()[:3], y), "%02d / %02d" % (m, y % 100)])
    mm = ch([MONTHS[m - 1], say_chunk("%02d" % m, "single"), num_words(m)])
    return ch(["%s %s" % (mm, num_words(y % 100)), "%s slash %s" % (mm, num_words(y % 100)),
               "%s twenty %s" % (mm, num_words(y % 100)), "%s uh %s" % (mm, num_words(y % 100))])


# ---------------------------------------------------------------- positives
IND = ["bank", "telecom", "energy supplier", "retailer", "insurer", "airline",
       "hospital billing", "council", "water company", "broadband provider"]
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yeah go ahead"]
AGENT_ASK = {
    "CARD_NUMBER": ["can I take the long number on the front of the card",
                    "what's the card number please", "go ahead with the sixteen digits",
                    "could you read me the card number"],
    "SSN": ["can you verify your social", "I'll need your social security number",
            "last thing, your SSN please"],
    "NI_NUMBER": ["can I have your national insurance number",
                  "what's your NI number please", "and your national insurance number"],
}


def typed_card_text(c):
    sizes = card_sizes(c)
    sep = ch([" ", "-", " ", "", ".", "  ", " - "])
    return typed_groups(c, sizes, sep)


def asr_card_text(c):
    return say_groups(c, card_sizes(c), style=ch([None, "single", "pairs", "mixed"]))


def pos_cards():
    # typed chat
    for _ in range(22):
        c = gen_card()
        lead = ch(["card no: ", "Card number ", "its ", "cc# ", "the card is ", "CARD NO ",
                   "here u go ", "long number: ", "pan "])
        t = [("agent", ["Thanks for contacting us. " + ch(AGENT_ASK["CARD_NUMBER"]) + "?"]),
             ("customer", [lead, V(typed_card_text(c), "CARD_NUMBER", c), ch([
                 "", " thx", ". exp is on the back somewhere lol", " (visa debit)",
                 ", it's my partners card tho"])])]
        if maybe(0.35):
            e = gen_date(2025, 2033)
            t.append(("customer", [ch(["exp ", "expiry ", "Exp: ", "valid thru "]),
                                   V(render_exp(e, False), "EXPIRY", e),
                                   ch([" cvv ", " sec code ", ", CVC: "]),
                                   V(c2 := gen_digits(4 if c[:2] in ("34", "37") else 3), "CVV", c2)]))
        add("positive", "typed card number in chat (%s)" % ch(IND), t)
    # ASR spoken with read-back
    for _ in range(22):
        c = gen_card()
        g = object()
        t = [("agent", [ch(AGENT_ASK["CARD_NUMBER"]).lower()]),
             ("customer", [ch(["yeah it's ", "okay so ", "right um ", "", "it is "]),
                           V(asr_card_text(c), "CARD_NUMBER", c)]),
             ("agent", [ch(["so that's ", "let me read that back ", "i have "]),
                        V(say_groups(c, card_sizes(c), filler=0), "CARD_NUMBER", c),
                        ch([" is that right", " correct", ""])]),
             ("customer", [ch(["yes", "that's it", "yeah spot on"])])]
        if maybe(0.5):
            e = gen_date(2025, 2033)
            t.append(("agent", ["and the expiry date"]))
            t.append(("customer", [ch(["", "it's ", "uh "]), V(render_exp(e, True), "EXPIRY", e)]))
            cv = gen_digits(3)
            t.append(("agent", ["and the three digits on the back"]))
            t.append(("customer", [V(say_chunk(cv, ch(["single", "hundreds", "runon"])), "CVV", cv)]))
        add("positive", "spoken card number with agent read-back (ASR)", t)
    # split across turns with back-channels / asides
    for _ in range(16):
        c = gen_card()
        sizes = card_sizes(c)
        parts, k = [], 0
        for n in sizes:
            parts.append(c[k:k + n])
            k += n
        t = [("agent", ["okay whenever you're ready with the card number"])]
        i = 0
        while i < len(parts):
            seg = [V(say_chunk(parts[i]), "CARD_NUMBER", c, group=1)]
            if i == 1 and i + 1 < len(parts) and maybe(0.5):
                seg += [ch([" sorry the dog's barking ", " hang on the light's bad in here ",
                            " wait let me turn it over ", ", sorry someone's at the door, "]),
                        V(say_chunk(parts[i + 1]), "CARD_NUMBER", c, group=1)]
                i += 1
            t.append(("customer", seg))
            if i < len(parts) - 1:
                t.append(("agent", [ch(BACK)]))
            i += 1
        add("positive", "card number split over several customer turns with back-channels", t)
    # corrections / restarts
    for _ in range(10):
        c = gen_card()
        bad = c[:4] + str((int(c[4]) + 3) % 10) + c[5:8]
        t = [("agent", ["card number please"]),
             ("customer", [V(say_chunk(bad), "CARD_NUMBER", bad, partial=True),
                           ch([" no wait sorry that's wrong ", " hold on i read that wrong let me start again ",
                               " scratch that "]),
                           V(say_groups(c, card_sizes(c)), "CARD_NUMBER", c)])]
        add("positive", "restarted card reading; aborted fragment also labelled", t)


def pos_ssn():
    for i in range(30):
        v = gen_ssn()
        if i % 2 == 0:
            txt = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (v[:3], v[3:5], v[5:])
            t = [("agent", [ch(AGENT_ASK["SSN"]) + "?"]),
                 ("customer", [ch(["SSN: ", "ssn ", "Social is ", "its ", "social sec # "]),
                               V(txt, "SSN", v), ch(["", " thanks", ". Need anything else?"])])]
            add("positive", "typed US SSN (%s)" % ch(["healthcare billing", "tax office", "bank", "insurer"]), t)
        elif i % 4 == 1:
            t = [("agent", [ch(AGENT_ASK["SSN"]).lower()]),
                 ("customer", [ch(["sure it's ", "yeah ", "okay um "]),
                               V(say_groups(v, [3, 2, 4]), "SSN", v)]),
                 ("agent", ["thank you i have ", V(say_groups(v, [3, 2, 4], filler=0), "SSN", v)])]
            add("positive", "spoken SSN with read-back (ASR)", t)
        else:
            t = [("agent", ["i just need the social to pull up the account"]),
                 ("customer", [V(say_chunk(v[:3]), "SSN", v, group=1)]),
                 ("agent", [ch(BACK)]),
                 ("customer", [V(say_chunk(v[3:5], ch(["pairs", "single"])), "SSN", v, group=1)]),
                 ("agent", [ch(BACK)]),
                 ("customer", [ch(["", "and then ", "um "]),
                               V(say_chunk(v[5:], ch(["pairs", "hundreds", "single", "runon"])), "SSN", v, group=1)])]
            add("positive", "SSN split across turns (ASR)", t)


def say_ni(v, style=None):
    out = []
    for c in v[:2]:
        out.append(say_letter(c, ch(["plain", "name", "name", "nato", "for", "folk"])))
    digits = v[2:8]
    out.append(say_groups(digits, ch([[2, 2, 2], [3, 3], [6]]), filler=0.15))
    out.append(say_letter(v[8], ch(["plain", "name", "name", "for"])))
    return " ".join(out)


def pos_ni():
    for i in range(30):
        v = gen_ni()
        if i % 3 == 0:
            txt = ch(["%s %s %s %s %s", "%s%s%s%s%s", "%s-%s-%s-%s-%s"]) % (
                v[:2], v[2:4], v[4:6], v[6:8], v[8])
            if maybe(0.3):
                txt = txt.lower()
            t = [("agent", [ch(AGENT_ASK["NI_NUMBER"]) + "?"]),
                 ("customer", [ch(["NI no: ", "NINO ", "its ", "NI number is ", ""]), V(txt, "NI_NUMBER", v)])]
            add("positive", "typed UK NI number (%s)" % ch(["HMRC", "DWP", "payroll", "pension"]), t)
        elif i % 3 == 1:
            t = [("agent", [ch(AGENT_ASK["NI_NUMBER"]).lower()]),
                 ("customer", [ch(["yeah it's ", "right ", "okay "]), V(say_ni(v), "NI_NUMBER", v)]),
                 ("agent", [ch(["so ", "that's "]), V(say_ni(v), "NI_NUMBER", v), " yeah"])]
            add("positive", "spoken NI number, ASR letter-name homophones, read-back", t)
        else:
            t = [("agent", ["national insurance number when you're ready"]),
                 ("customer", [V(" ".join(say_letter(c, "name") for c in v[:2]), "NI_NUMBER", v, group=1),
                               ch([" um ", " ... "]),
                               V(say_chunk(v[2:5]), "NI_NUMBER", v, group=1)]),
                 ("agent", [ch(BACK)]),
                 ("customer", [V(say_chunk(v[5:8]) + " " + say_letter(v[8], ch(["name", "for", "folk"])),
                                 "NI_NUMBER", v, group=1)])]
            add("positive", "NI number split over turns with misheard letter names", t)


def pos_bank():
    for i in range(16):
        sc = gen_digits(6)
        acct = gen_digits(8)
        if i % 2:
            t = [("customer", ["sort code ", V(typed_groups(sc, [2, 2, 2], ch(["-", " ", ""])), "SORT_CODE", sc),
                               ch([" acct no: ", ", account ", " a/c "]), V(typed_groups(acct, ch([[8], [4, 4]]), " "), "BANK_ACCOUNT", acct)])]
            add("positive", "typed UK sort code and account number", t)
        else:
            t = [("agent", ["what's the sort code"]),
                 ("customer", [V(say_groups(sc, [2, 2, 2], style=ch(["pairs", "single", None])), "SORT_CODE", sc)]),
                 ("agent", ["and the account number"]),
                 ("customer", [ch(["it's ", "", "um "]), V(say_groups(acct, ch([[4, 4], [3, 3, 2], [8]])), "BANK_ACCOUNT", acct)]),
                 ("agent", ["so that's account ", V(say_chunk(acct, "single"), "BANK_ACCOUNT", acct)])]
            add("positive", "spoken direct debit setup, sort code and account (ASR)", t)
    for _ in range(4):
        acct = gen_digits(R.randint(9, 12))
        t = [("customer", [ch(["checking acct # ", "account number is ", "routing aside, the acct no. is "]),
                           V(acct, "BANK_ACCOUNT", acct)])]
        add("positive", "US bank account number typed", t)


def pos_iban():
    for i in range(13):
        v = gen_iban()
        if i % 2:
            txt = " ".join(v[k:k + 4] for k in range(0, len(v), 4))
            if maybe(0.3):
                txt = v
            if maybe(0.2):
                txt = txt.lower()
            t = [("customer", [ch(["IBAN: ", "my iban is ", "pls refund to ", "IBAN "]), V(txt, "IBAN", v)])]
            add("positive", "typed IBAN (%s)" % v[:2], t)
        else:
            letters = " ".join(say_letter(c, ch(["plain", "name", "nato"])) if c.isalpha() else say_digit(c)
                               for c in v[:8])
            rest = say_groups(v[8:], [4] * 6)
            t = [("agent", ["can you give me the iban for the refund"]),
                 ("customer", [V(letters, "IBAN", v, group=1)]),
                 ("agent", [ch(BACK)]),
                 ("customer", [V(rest, "IBAN", v, group=1)])]
            add("positive", "spoken IBAN split over turns (ASR, %s)" % v[:2], t)


def pos_phone():
    for i in range(18):
        shown, d, sizes = gen_phone()
        if i % 2:
            txt = typed_groups(d, sizes, ch([" ", "-", "", "."]))
            if shown.startswith("+"):
                txt = "+" + txt
            t = [("customer", [ch(["call me on ", "mob: ", "tel ", "my number is ", "ph# "]),
                               V(txt, "PHONE", d), ch(["", " after 5", " pls"])])]
            add("positive", "typed phone number", t)
        else:
            sp = say_groups(d, sizes)
            if shown.startswith("+"):
                sp = ch(["plus ", "plus "]) + sp
            t = [("agent", ["best number to reach you on"]),
                 ("customer", [ch(["it's ", "yeah ", "um "]), V(sp, "PHONE", d)]),
                 ("agent", ["lovely so ", V(say_groups(d, sizes, filler=0), "PHONE", d)])]
            add("positive", "spoken phone number with read-back (ASR)", t)


def pos_email():
    for i in range(14):
        e = gen_email()
        if i % 2:
            txt = e if maybe(0.7) else e.upper()
            t = [("customer", [ch(["email: ", "send it to ", "my e-mail is ", "reach me at "]),
                               V(txt, "EMAIL", e), ch(["", ".", " thanks"])])]
            add("positive", "typed email", t)
        else:
            t = [("agent", ["and an email for the confirmation"]),
                 ("customer", [ch(["it's ", "yeah ", ""]), V(say_email(e), "EMAIL", e)])]
            add("positive", "spoken email (ASR, dot/at, letter spelling)", t)


def pos_dob():
    for i in range(14):
        c = gen_date(1940, 2006)
        asr = i % 2 == 0
        t = [("agent", [ch(["and your date of birth", "can I confirm your DOB", "date of birth please"])]),
             ("customer", [ch(["it's ", "", "DOB ", "uh "]), V(render_dob(c, asr), "DOB", c)])]
        add("positive", "date of birth (%s)" % ("ASR" if asr else "typed"), t)


def pos_address():
    for i in range(16):
        asr = i % 2 == 0
        a = gen_address(asr)
        pc, reg = gen_postcode()
        town = ch(TOWNS)
        pct = say_pc(pc, reg) if asr else typed_pc(pc, reg)
        t = [("agent", ["can you confirm the address on the account"]),
             ("customer", [ch(["it's ", "", "yeah "]), V(a, "ADDRESS", a), ch([", ", " ", " in "]), town,
                           ch([", ", " ", " and the postcode is ", " zip "]), V(pct, "POSTCODE", pc)])]
        add("positive", "address and %s postcode (%s)" % (reg, "ASR" if asr else "typed"), t)
    for i in range(8):
        pc, reg = gen_postcode()
        if reg == "US":
            pc, reg = gen_postcode()
        t = [("agent", ["what's the postcode"]),
             ("customer", [V(say_pc(pc, reg), "POSTCODE", pc)]),
             ("agent", ["was that ", V(say_pc(pc, reg), "POSTCODE", pc), "?"])]
        add("positive", "spoken postcode with misheard letter names and agent check", t)


def pos_mixed():
    for _ in range(10):
        c = gen_card()
        v = gen_ni()
        t = [("agent", ["for security can i take your national insurance number"]),
             ("customer", [V(say_ni(v), "NI_NUMBER", v)]),
             ("agent", ["thanks and the long card number you'd like to pay with"]),
             ("customer", [V(asr_card_text(c), "CARD_NUMBER", c)])]
        add("positive", "NI then full card in one call", t)
    for _ in range(10):
        c = gen_card()
        t = [("customer", ["i want to pay with the card ending " + " ".join(UNITS[int(x)] for x in c[-4:]) + " "]),
             ("agent", ["i'll need the full number please"]),
             ("customer", [V(asr_card_text(c), "CARD_NUMBER", c)])]
        # last-four becomes PII because full card read in same case: label it
        text = t[0][1][0]
        lf = " ".join(UNITS[int(x)] for x in c[-4:])
        t[0] = ("customer", ["i want to pay with the card ending ", V(lf, "CARD_NUMBER", c[-4:], partial=True)])
        add("positive", "last four then full card in same case: last four labelled", t)


# ---------------------------------------------------------------- negatives
def neg_cases():
    N = []

    def n(note, turns):
        N.append((note, turns))

    for _ in range(10):
        c = gen_card()  # Luhn-valid 16 digits, but it's a tracking/serial number
        lab = ch(["tracking number", "parcel tracking no.", "serial number", "order reference",
                  "meter serial", "IMEI"])
        n("long Luhn-valid digit string labelled as %s" % lab,
          [("agent", ["your %s is %s" % (lab, typed_groups(c, [4, 4, 4, 4], " "))]),
           ("customer", ["ok thanks, I'll keep an eye on it"])])
    for _ in range(10):
        c = gen_card()
        lab = ch(["reference", "claim number", "booking reference", "case number", "ticket number"])
        n("%s spoken digit-by-digit like a card reading (ASR)" % lab,
          [("agent", ["okay i've logged that, your %s is %s" % (lab, say_groups(c, [4, 4, 4, 4], filler=0))]),
           ("customer", [ch(BACK)]),
           ("agent", ["anything else i can help with today"])])
    for _ in range(10):
        l4 = gen_digits(4)
        n("card last-four only",
          [("customer", [ch(["can you charge the card ending ", "use my visa ending in ", "the one that ends "]) +
                         ch([l4, " ".join(say_digit(x) for x in l4), say_chunk(l4, "pairs")])]),
           ("agent", ["yes i can see the card ending %s on file, that's fine" % l4])])
    for _ in range(8):
        amt = "%d.%02d" % (R.randint(10, 4999), R.randint(0, 99))
        n("balances and amounts",
          [("agent", [ch(["your outstanding balance is £", "the total comes to $", "that'll be €"]) + amt +
                      ch([", due on the 14th", " including VAT", " over 12 months"])]),
           ("customer", ["and how much is the monthly payment"]),
           ("agent", ["%s %s and %s pence a month for %s months" % (
               num_words(R.randint(20, 400)), ch(["pounds", "euros", "dollars"]), num_words(R.randint(1, 99)),
               num_words(ch([12, 18, 24, 36])))])])
    for _ in range(8):
        y = R.randint(2024, 2027)
        n("appointment/payment dates and times",
          [("agent", ["i can book an engineer on the %s of %s %d between %d and %d" % (
              ord_words(R.randint(1, 28)), MONTHS[R.randint(0, 11)], y, R.randint(7, 10), R.randint(12, 18))]),
           ("customer", ["could it be after %s thirty instead" % num_words(R.randint(1, 6))]),
           ("agent", ["the next payment is taken on %02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), y)])])
    for _ in range(8):
        n("meter readings (ASR)",
          [("agent", ["can you read me the numbers on the meter, ignore the red ones"]),
           ("customer", ["it says %s" % say_groups(gen_digits(5), [5])]),
           ("agent", ["so a reading of %s thank you, and the second register" % gen_digits(5)]),
           ("customer", ["%s" % say_chunk(gen_digits(5), "single")])])
    for _ in range(8):
        fl = ch(["BA", "EI", "FR", "UA", "LH", "AA"]) + str(R.randint(100, 9999))
        n("flight / gate / seat / room numbers",
          [("agent", ["you're on flight %s, gate %s%d, seat %d%s, departing %02d:%02d" % (
              fl, ch("ABC"), R.randint(1, 40), R.randint(1, 40), ch("ABCDEF"), R.randint(0, 23), R.randint(0, 59))]),
           ("customer", ["and the hotel room is %s right" % num_words(R.randint(100, 999))]),
           ("agent", ["room %d on the %s floor yes" % (R.randint(100, 999), ord_words(R.randint(1, 9)))])])
    for _ in range(8):
        pol = ch(["POL", "HX", "AV", "MTR"]) + gen_digits(8)
        n("policy / invoice / order numbers with labels",
          [("customer", ["re: policy %s and invoice INV-%s, order #%s-%s-%s" % (
              pol, gen_digits(6), gen_digits(3), gen_digits(7), gen_digits(7))]),
           ("agent", ["thanks, claim %s has been raised under that policy" % gen_digits(9)])])
    for _ in range(8):
        ref = gen_digits(9)
        n("9-digit claim/reference number (SSN-shaped but labelled)",
          [("agent", ["your claim reference is %s" % ch([
              "%s-%s-%s" % (ref[:3], ref[3:5], ref[5:]), say_groups(ref, [3, 2, 4], filler=0)])]),
           ("customer", ["great, is that the same as the ticket number"]),
           ("agent", ["no the ticket number is %s" % gen_digits(7)])])
    for _ in range(6):
        n("6-digit codes that are not sort codes",
          [("agent", ["i've texted you a one time passcode, please don't read it out, it expires in %d minutes" % R.randint(5, 15)]),
           ("customer", ["the router model is %s-%s and it's been down %d hours" % (
               ch(["TG", "HH", "DSL"]), gen_digits(4), R.randint(2, 72))]),
           ("agent", ["okay the fault reference is %s" % typed_groups(gen_digits(6), [2, 2, 2], "-")])])
    for _ in range(6):
        n("opening hours, durations, ages, temperatures, percentages",
          [("agent", ["we're open %s till %s monday to friday, hold times are about %d minutes" % (
              num_words(R.randint(7, 9)), num_words(R.randint(5, 9)), R.randint(3, 45))]),
           ("customer", ["my dad's %s and the heating's only getting to %d degrees" % (num_words(R.randint(60, 95)), R.randint(12, 19))]),
           ("agent", ["there's a %d%% discount for over sixty fives and it's been %d years on this tariff" % (R.randint(5, 30), R.randint(1, 12))])])
    for _ in range(6):
        n("road names and towns without house numbers",
          [("customer", ["there's roadworks on the %s, near %s %s" % (
              ch(["A40", "M25", "N7", "I-95", "Route 66", "B4009"]), ch(STREET_NAMES).title(), ch(SUFFIX).title())]),
           ("agent", ["yes the outage covers most of %s" % ch(TOWNS).title()])])
    for _ in range(6):
        n("years, counts, contract lengths",
          [("customer", ["i've been with you since %d and i've got %s lines" % (R.randint(1995, 2022), num_words(R.randint(2, 6)))]),
           ("agent", ["your %s month contract ends in %d, you used %s gigabytes last month" % (
               num_words(ch([12, 18, 24])), R.randint(2025, 2028), num_words(R.randint(3, 150)))])])
    for _ in range(6):
        n("spoken tracking code with NATO spelling (not PII)",
          [("agent", ["the tracking code is %s" % " ".join(
              say_letter(ch("ABCDEFGHJKLMNPRSTWXYZ"), "for") for _ in range(2)) + " " + say_chunk(gen_digits(9), "single")]),
           ("customer", ["lovely thanks"])])
    return N


# ---------------------------------------------------------------- main / check
def build():
    del CASES[:]
    COUNTS["positive"] = COUNTS["negative"] = 0
    pos_cards()
    pos_ssn()
    pos_ni()
    pos_bank()
    pos_iban()
    pos_phone()
    pos_email()
    pos_dob()
    pos_address()
    pos_mixed()
    for note, turns in neg_cases():
        add("negative", note, turns)
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c, _ in CASES)


def check(data):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        disk = f.read()
    if disk != data:
        errs.append("file on disk is not byte-identical to regenerated output")
    ids = set()
    counts = {}
    for c, meta in CASES:
        if c["id"] in ids:
            errs.append("duplicate id %s" % c["id"])
        ids.add(c["id"])
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s: negative with spans" % c["id"])
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % c["id"])
        byturn = {}
        groups = {}
        for sp, m in zip(c["spans"], meta):
            counts[sp["type"]] = counts.get(sp["type"], 0) + 1
            txt = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append("%s: offsets out of range" % c["id"])
                continue
            val = txt[s:e]
            if val != val.strip() or not (val[0].isalnum() or val[0] == "+") or not val[-1].isalnum():
                errs.append("%s: span not trimmed %r" % (c["id"], val))
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (c["id"], val))
            byturn.setdefault(sp["turn"], []).append((s, e))
            if not canon_ok(m.typ, m.canon) and not m.partial:
                errs.append("%s: canonical %r invalid for %s" % (c["id"], m.canon, m.typ))
            if m.partial:
                if not any(ch_.isalnum() for ch_ in val):
                    errs.append("%s: empty partial" % c["id"])
            elif m.group is not None:
                groups.setdefault(m.group, []).append(m)
            elif not surface_ok(m.typ, val, m.canon):
                errs.append("%s: surface %r does not normalise to %r (%s)" % (c["id"], val, m.canon, m.typ))
        for g, ms in groups.items():
            joined = " ".join(x.text for x in ms)
            if not surface_ok(ms[0].typ, joined, ms[0].canon):
                errs.append("%s: split value %r does not normalise to %r" % (c["id"], joined, ms[0].canon))
        for tr, lst in byturn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append("%s: overlapping spans" % c["id"])
    return errs, counts


def main():
    data = build()
    if "--check" in sys.argv:
        errs, counts = check(data)
        for e in errs[:50]:
            print("ERROR", e)
        print("positives=%d negatives=%d" % (COUNTS["positive"], COUNTS["negative"]))
        for k in sorted(counts):
            print("  %-13s %d" % (k, counts[k]))
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for typ in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
                    "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            if counts.get(typ, 0) < need.get(typ, 10):
                errs.append("too few %s" % typ)
                print("ERROR too few", typ)
        if COUNTS["positive"] < 200 or COUNTS["negative"] < 100:
            errs.append("too few cases")
            print("ERROR too few cases")
        print("FAIL" if errs else "OK")
        sys.exit(1 if errs else 0)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print("wrote %d cases to %s" % (len(CASES), OUT))


if __name__ == "__main__":
    main()

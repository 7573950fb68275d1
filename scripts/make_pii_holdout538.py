#!/usr/bin/env python3
"""Generate the pii_holdout538 held-out PII evaluation set (stdlib only).

Usage:
    python scripts/make_pii_holdout538.py          # write cases.jsonl
    python scripts/make_pii_holdout538.py --check  # regenerate and verify
"""
import json
import os
import re
import sys
import random

SEED = 538241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout538", "cases.jsonl")

# ---------------------------------------------------------------- vocab
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
UNITW = {w: str(i) for i, w in enumerate(DW) if i}
ZEROW = ["oh", "oh", "o", "zero", "nought"]
TEENW = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENSW = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9}
TENS_BY = {v: k for k, v in TENSW.items()}
TEEN_BY = {v: k for k, v in TEENW.items()}
HOMO = {"4": ["for", "fore"], "2": ["to", "too"], "8": ["ate"], "1": ["won"], "3": ["tree", "free"]}
HOMO_REV = {"for": "4", "fore": "4", "to": "2", "too": "2", "ate": "8", "won": "1", "tree": "3", "free": "3"}
ZERO_REV = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0"}
ORD_UNIT = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9}
ORD_OTHER = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
             "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
             "twentieth": 20, "thirtieth": 30}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MONTH_REV = {m: "%02d" % (i + 1) for i, m in enumerate(MONTHS)}
MONTH_REV.update({"jan": "01", "feb": "02", "mar": "03", "apr": "04", "jun": "06", "jul": "07",
                  "aug": "08", "sep": "09", "sept": "09", "oct": "10", "nov": "11", "dec": "12"})
LETTER_NAMES = {
    "a": ["a", "ay"], "b": ["bee", "be"], "c": ["see", "sea", "cee"], "d": ["dee"], "e": ["ee"],
    "f": ["eff", "ef"], "g": ["gee"], "h": ["aitch", "haitch"], "i": ["eye"], "j": ["jay"], "k": ["kay"],
    "l": ["el", "elle"], "m": ["em"], "n": ["en"], "p": ["pee", "pea"], "q": ["queue", "cue"],
    "r": ["are", "ar"], "s": ["ess"], "t": ["tee", "tea"], "u": ["you", "yew"], "v": ["vee"],
    "w": ["double you"], "x": ["ex"], "y": ["why"], "z": ["zed", "zee"],
}
LETTER_REV = {}
for _l, _ns in LETTER_NAMES.items():
    for _n in _ns:
        if " " not in _n and len(_n) > 1:
            LETTER_REV[_n] = _l
NATO = {"a": ["alpha", "apple"], "b": ["bravo", "bob"], "c": ["charlie", "cat"], "d": ["delta", "dog"],
        "e": ["echo", "edward"], "f": ["foxtrot", "freddie"], "g": ["golf", "george"], "h": ["hotel", "harry"], "i": ["india", "ireland"],
        "j": ["juliet", "jack"], "k": ["kilo", "king"], "l": ["lima", "london"], "m": ["mike", "mother"],
        "n": ["november", "nancy"], "p": ["papa", "peter"], "q": ["quebec", "queen"], "r": ["romeo", "robert"],
        "s": ["sierra", "sugar"], "t": ["tango", "tommy"], "u": ["uniform", "uncle"], "v": ["victor", "victoria"],
        "w": ["whiskey", "william"], "x": ["xray", "xmas"], "y": ["yankee", "yellow"], "z": ["zulu", "zebra"]}
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "hmm", "ah"}
BREAKS = {",", ";", ".", "-", "_", "'"}
DP_VOCAB = set(DW) | {"oh", "nought", "double", "triple", "hundred"} | set(TEENW) | set(TENSW)


def dp_split(tok):
    n = len(tok)
    best = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None:
            continue
        for w in DP_VOCAB:
            if tok.startswith(w, i) and best[i + len(w)] is None:
                best[i + len(w)] = best[i] + [w]
    return best[n]


def tokens_of(text):
    t = text.lower()
    t = re.sub(r"\b([a-z])\s+(?:for|as in)\s+[a-z]+\b", r"\1", t)
    return re.findall(r"[a-z]+|\d+|[+@.,;_'-]", t)


def normalize(text, mode, names=True):
    """Turn a typed or spoken value into a compact string.
    mode: num | alnum | date | email."""
    if mode == "email":
        if "@" in text:
            return text.strip().lower()
        toks = tokens_of(text)
        out = []
        i = 0
        while i < len(toks):
            w = toks[i]
            if w in FILLERS or w == ",":
                pass
            elif w == "dot":
                out.append(".")
            elif w == "at":
                out.append("@")
            elif w == "underscore":
                out.append("_")
            elif w in ("dash", "hyphen"):
                out.append("-")
            elif w == "double" and i + 1 < len(toks):
                nxt = toks[i + 1]
                ch = UNITW.get(nxt, ZERO_REV.get(nxt, nxt))
                out.append(ch * 2)
                i += 1
            elif w in UNITW:
                out.append(UNITW[w])
            elif w in ("zero",):
                out.append("0")
            elif w in TEENW:
                out.append(str(TEENW[w]))
            elif w in TENSW:
                if i + 1 < len(toks) and toks[i + 1] in UNITW:
                    out.append(str(TENSW[w]) + UNITW[toks[i + 1]])
                    i += 1
                else:
                    out.append(str(TENSW[w] * 10))
            else:
                out.append(w)
            i += 1
        return "".join(out)
    raw = tokens_of(text)
    toks = []
    for w in raw:
        known = (w in FILLERS or w in UNITW or w in ZERO_REV or w in TEENW or w in TENSW or w in HOMO_REV
                 or w in ORD_UNIT or w in ORD_OTHER or w in MONTH_REV or w in LETTER_REV
                 or w in ("double", "triple", "hundred", "thousand", "plus", "and", "the", "of", "slash",
                          "dash", "teen", "st", "nd", "rd", "th", "you"))
        if w.isalpha() and not known and len(w) > 3:
            sp = dp_split(w)
            if sp:
                toks.extend(sp)
                continue
        toks.append(w)
    n = len(toks)
    out = []

    def small_number(j):
        """Parse tens[unit] | teen | unit at j; return (value, next_j) or (None, j)."""
        if j >= n:
            return None, j
        w = toks[j]
        if w in TENSW:
            if j + 1 < n and toks[j + 1] in UNITW:
                return TENSW[w] * 10 + int(UNITW[toks[j + 1]]), j + 2
            return TENSW[w] * 10, j + 1
        if w in TEENW:
            return TEENW[w], j + 1
        if w in UNITW:
            return int(UNITW[w]), j + 1
        return None, j

    i = 0
    while i < n:
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if w in FILLERS or w in BREAKS or w in ("and", "the", "of", "slash", "dash", "st", "nd", "rd", "th"):
            i += 1
            continue
        if w.isdigit():
            out.append(w)
        elif w == "plus" and mode == "num":
            out.append("+")
        elif w == "+":
            out.append("+")
        elif w in ("double", "triple") and nxt is not None:
            k = 2 if w == "double" else 3
            if nxt in ("you", "u") and mode == "alnum":
                out.append("w")
            else:
                ch = UNITW.get(nxt) or ZERO_REV.get(nxt) or HOMO_REV.get(nxt) or LETTER_REV.get(nxt) or nxt
                out.append(ch * k)
            i += 2
            continue
        elif w in ("hundred", "thousand") and out and out[-1].isdigit() and len(out[-1]) <= 2:
            prev = out.pop()
            j = i + 1
            if j < n and toks[j] == "and":
                j += 1
            val, j2 = small_number(j)
            if val is None:
                val, j2 = 0, i + 1
            out.append(prev + ("%02d" % val if w == "hundred" else "%03d" % val))
            i = j2
            continue
        elif w in TENSW:
            if nxt in UNITW:
                out.append(str(TENSW[w]) + UNITW[nxt])
                i += 2
                continue
            if mode == "date" and nxt in ORD_UNIT:
                out.append(str(TENSW[w]) + str(ORD_UNIT[nxt]))
                i += 2
                continue
            out.append(str(TENSW[w] * 10))
        elif w in TEENW:
            out.append(str(TEENW[w]))
        elif w in UNITW:
            if nxt == "teen":
                out.append("1" + UNITW[w])
                i += 2
                continue
            out.append(UNITW[w])
        elif w in ZERO_REV:
            out.append("0")
        elif mode == "date" and w in ORD_UNIT:
            out.append(str(ORD_UNIT[w]))
        elif mode == "date" and w in ORD_OTHER:
            out.append(str(ORD_OTHER[w]))
        elif mode == "date" and w in MONTH_REV:
            out.append(MONTH_REV[w])
        elif w in HOMO_REV:
            out.append(HOMO_REV[w])
        elif mode == "alnum" and names and w in LETTER_REV:
            out.append(LETTER_REV[w])
        elif mode == "alnum" and w == "you":
            out.append("u")
        else:
            out.append(w)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- validators
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return cc + "%02d" % chk + bban


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_WORDS = {"street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "drive", "dr", "close", "crescent",
                "way", "court", "place", "terrace", "grove", "gardens", "boulevard", "blvd", "park", "hill",
                "row", "walk", "mews", "square", "parade", "view"}


def validate(typ, text):
    """Validate a (joined) labelled value after normalising spoken forms."""
    if typ == "EMAIL":
        v = normalize(text, "email")
        return bool(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v)), v
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        # typed two-letter tokens such as "AY" or "EL" may also be letter names: try both readings
        res = None
        for names in (True, False):
            v = normalize(text, "alnum", names).upper()
            if typ == "NI_NUMBER":
                ok = bool(NI_RE.fullmatch(v)) and v[:2] not in NI_BAD
            elif typ == "IBAN":
                ok = iban_ok(v)
            else:
                ok = bool(UKPC_RE.fullmatch(v) or re.fullmatch(r"\d{5}(\d{4})?", v))
            if ok:
                return ok, v
            res = res or (ok, v)
        return res
    if typ in ("DOB", "EXPIRY"):
        v = normalize(text, "date")
        if not v.isdigit():
            return False, v
        if typ == "EXPIRY":
            ok = (len(v) == 4 and 1 <= int(v[:2]) <= 12) or (len(v) == 6 and 1 <= int(v[:2]) <= 12
                                                          and v[2:4] == "20") or \
                 (len(v) == 3 and v[0] != "0") or (len(v) == 5 and v[1:3] == "20")
            return ok, v
        return 4 <= len(v) <= 8, v
    if typ == "ADDRESS":
        words = re.findall(r"[a-z]+|\d+", text.lower())
        has_num = any(w.isdigit() or w in UNITW or w in TEENW or w in TENSW for w in words)
        return has_num and any(w in STREET_WORDS for w in words), text
    v = normalize(text, "num")
    if typ == "PHONE":
        d = v.lstrip("+")
        return d.isdigit() and 9 <= len(d) <= 15 and "+" not in d, d
    if not v.isdigit():
        return False, v
    if typ == "CARD_NUMBER":
        return 13 <= len(v) <= 19 and luhn_ok(v), v
    if typ == "CVV":
        return len(v) in (3, 4), v
    if typ == "SSN":
        return (len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9" and v[3:5] != "00"
                and v[5:] != "0000"), v
    if typ == "SORT_CODE":
        return len(v) == 6, v
    if typ == "BANK_ACCOUNT":
        return 6 <= len(v) <= 17, v
    return False, v


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.groups = {}

    def grp(self, typ, canon=None, partial=False):
        g = len(self.groups)
        self.groups[g] = (typ, canon, partial)
        return g

    def t(self, speaker, *segs):
        self.turns.append((speaker, [s for s in segs if s != ""]))
        return self

    def render(self):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    val, g = s
                    st = len(text)
                    text += val
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": self.groups[g][0]})
                    meta.append(g)
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return turns, spans, meta


# ---------------------------------------------------------------- rendering helpers
class R:
    def __init__(self, rng):
        self.r = rng

    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    def zero(self):
        return self.ch(ZEROW)

    def digit(self, d, homo=0.0):
        if d == "0":
            return self.zero()
        if homo and d in HOMO and self.p(homo):
            return self.ch(HOMO[d])
        return DW[int(d)]

    def pair(self, p):
        if p == "00":
            return self.ch(["double oh", "oh oh", "double zero"])
        if p[0] == "0":
            return self.zero() + " " + DW[int(p[1])]
        v = int(p)
        if v < 20:
            return TEEN_BY[v]
        if p[1] == "0":
            return TENS_BY[v // 10]
        return TENS_BY[v // 10] + " " + DW[int(p[1])]

    def singles(self, s, homo=0.0, doubles=True, runtog=0.0):
        words = []
        i = 0
        while i < len(s):
            d = s[i]
            run = 1
            while i + run < len(s) and s[i + run] == d and run < 3:
                run += 1
            if doubles and run >= 2 and self.p(0.7):
                k = run if self.p(0.5) else 2
                words.append(("double " if k == 2 else "triple ") + self.digit(d))
                i += k
                continue
            words.append(self.digit(d, homo))
            i += 1
        out = words[0] if words else ""
        for a, b in zip(words, words[1:]):
            join = " "
            if runtog and self.p(runtog) and a.split()[-1] in DW + ["oh"] and b in DW + ["oh"]:
                join = ""
            out += join + b
        return out

    def chunk(self, s, style=None, homo=0.0, runtog=0.0):
        """Speak a chunk of digits with one of several styles."""
        if style is None:
            opts = ["singles", "singles", "pairs"]
            if len(s) == 3 and s[0] != "0" and s[1:] != "00":
                opts.append("hundred")
            if len(s) >= 3:
                opts.append("mixed")
            style = self.ch(opts)
        if style == "pairs" and len(s) % 2 == 0:
            return " ".join(self.pair(s[i:i + 2]) for i in range(0, len(s), 2))
        if style == "pairs" and len(s) % 2 == 1:
            return self.digit(s[0]) + " " + " ".join(self.pair(s[i:i + 2]) for i in range(1, len(s), 2))
        if style == "hundred" and len(s) == 3 and s[0] != "0" and s[1:] != "00":
            rest = s[1:]
            if rest[0] == "0":
                tail = "and " + DW[int(rest[1])]
            else:
                tail = self.ch(["and ", "", "and "]) + self.pair(rest)
            return DW[int(s[0])] + " hundred " + tail
        if style == "mixed":
            k = self.r.randint(1, len(s) - 1)
            if self.p(0.5):
                return s[:k] + " " + self.singles(s[k:], homo)
            return self.singles(s[:k], homo) + " " + s[k:]
        return self.singles(s, homo, runtog=runtog)

    def join_chunks(self, parts, fill=0.0):
        out = parts[0]
        for a, b in zip(parts, parts[1:]):
            last = a.split()[-1] if a.split() else ""
            sep = ", " if (last in TENSW or last == "hundred" or self.p(0.3)) else " "
            if fill and self.p(fill):
                sep = sep + self.ch(["um", "uh", "er", "erm"]) + " "
            out += sep + b
        return out

    def speak_digits(self, s, groups, homo=0.0, fill=0.0, runtog=0.0):
        parts, i = [], 0
        for g in groups:
            parts.append(self.chunk(s[i:i + g], homo=homo, runtog=runtog))
            i += g
        return self.join_chunks(parts, fill)

    def letter(self, l, mode):
        if mode == "plain":
            return l
        if mode == "name":
            return self.ch(LETTER_NAMES[l])
        return l + self.ch([" for ", " for ", " as in "]) + self.ch(NATO[l])

    def spell(self, s, misheard=0.4, nato=0.2):
        out = []
        for c in s.lower():
            if c.isdigit():
                out.append(self.digit(c))
            else:
                x = self.r.random()
                out.append(self.letter(c, "nato" if x < nato else "name" if x < nato + misheard else "plain"))
        return " ".join(out)


def group_str(s, sizes, sep=" "):
    out, i = [], 0
    for g in sizes:
        out.append(s[i:i + g])
        i += g
    return sep.join(out)


# ---------------------------------------------------------------- value generators
def gen_card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "mc2"])
    if kind == "visa":
        pre, n, grp = "4" + str(rng.randint(0, 9)), 16, [4, 4, 4, 4]
    elif kind == "mc":
        pre, n, grp = str(rng.randint(51, 55)), 16, [4, 4, 4, 4]
    elif kind == "mc2":
        pre, n, grp = str(rng.randint(2221, 2720)), 16, [4, 4, 4, 4]
    elif kind == "amex":
        pre, n, grp = rng.choice(["34", "37"]), 15, [4, 6, 5]
    elif kind == "disc":
        pre, n, grp = "6011", 16, [4, 4, 4, 4]
    elif kind == "visa13":
        pre, n, grp = "4", 13, [4, 3, 3, 3]
    else:
        pre, n, grp = "4" + str(rng.randint(0, 9)), 19, [4, 4, 4, 4, 3]
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(n - len(pre) - 1))
    return luhn_complete(body), grp


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_L1) + rng.choice(NI_L2)
        if p not in NI_BAD:
            break
    return p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


PC_AREAS = ["M", "B", "L", "G", "N", "E", "LS", "SW", "SE", "NW", "CF", "BS", "NG", "BT", "WA", "CH", "LE",
            "RG", "GU", "HP", "KT", "BN", "DY", "SK", "TN", "WR", "NE", "PE", "CB"]
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def gen_ukpc(rng):
    a = rng.choice(PC_AREAS)
    d = str(rng.randint(1, 9)) if rng.random() < 0.5 else str(rng.randint(10, 29))
    return a + d + " " + str(rng.randint(0, 9)) + rng.choice(PC_IN) + rng.choice(PC_IN)


def gen_zip(rng):
    z = "%05d" % rng.randint(1001, 99950)
    if rng.random() < 0.25:
        z += "-%04d" % rng.randint(1, 9999)
    return z


def gen_iban(rng):
    c = rng.choice(["GB", "GB", "IE", "DE", "NL", "ES", "FR"])
    dg = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))
    if c == "GB":
        bban = rng.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + dg(14)
    elif c == "IE":
        bban = rng.choice(["AIBK", "IPBS"]) + dg(14)
    elif c == "DE":
        bban = dg(18)
    elif c == "NL":
        bban = rng.choice(["ABNA", "RABA", "INGB"]) + dg(10)
    elif c == "ES":
        bban = dg(20)
    else:
        bban = dg(23)
    return iban_make(c, bban)


def gen_phone(rng):
    """Return (canonical digits with leading + for intl, typed form, spoken chunks (country, [chunks]))."""
    k = rng.choice(["ukmob", "ukmob", "ukland", "us", "us", "ie", "ukmob_intl", "us_intl", "ie_intl", "fr_intl"])
    dg = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    if k == "ukmob":
        n = "07" + str(rng.randint(3, 9)) + dg(8)
        return n, rng.choice([n[:5] + " " + n[5:], n, n[:5] + " " + n[5:8] + " " + n[8:]]), None, [5, 3, 3]
    if k == "ukmob_intl":
        n = "7" + str(rng.randint(3, 9)) + dg(8)
        return "+44" + n, rng.choice(["+44 " + n[:4] + " " + n[4:], "+44" + n, "0044 " + n]), "44", [4, 3, 3]
    if k == "ukland":
        n = rng.choice(["0161", "0113", "0121", "0117", "0131", "0141"]) + dg(7)
        return n, rng.choice([n[:4] + " " + n[4:7] + " " + n[7:], n[:4] + "-" + n[4:], "(" + n[:4] + ") " + n[4:]]), \
            None, [4, 3, 4]
    if k == "us":
        n = str(rng.randint(2, 9)) + dg(2) + str(rng.randint(2, 9)) + dg(6)
        return n, rng.choice(["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
                              "%s.%s.%s" % (n[:3], n[3:6], n[6:]), n]), None, [3, 3, 4]
    if k == "us_intl":
        n = str(rng.randint(2, 9)) + dg(2) + str(rng.randint(2, 9)) + dg(6)
        return "+1" + n, rng.choice(["+1 %s-%s-%s" % (n[:3], n[3:6], n[6:]), "+1 (%s) %s %s" % (n[:3], n[3:6], n[6:])]), \
            "1", [3, 3, 4]
    if k == "ie":
        n = "08" + str(rng.choice([3, 5, 6, 7, 9])) + dg(7)
        return n, rng.choice([n[:3] + " " + n[3:6] + " " + n[6:], n, n[:3] + "-" + n[3:]]), None, [3, 3, 4]
    if k == "ie_intl":
        n = "8" + str(rng.choice([3, 5, 6, 7, 9])) + dg(7)
        return "+353" + n, rng.choice(["+353 " + n[:2] + " " + n[2:5] + " " + n[5:], "+353" + n]), "353", [2, 3, 4]
    n = str(rng.randint(6, 7)) + dg(8)
    return "+33" + n, "+33 " + " ".join([n[0]] + [n[i:i + 2] for i in range(1, 9, 2)]), "33", [1, 2, 2, 2, 2]


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "dev", "chloe", "sean", "fatima", "gareth",
         "niamh", "marcus", "kate", "olu", "hannah", "raj", "emma", "pete", "siobhan", "dan", "lucy", "ahmed"]
LAST = ["doe", "khan", "smith", "obrien", "patel", "walsh", "jones", "murphy", "nowak", "evans", "kelly",
        "brown", "garcia", "mcdonald", "hughes", "byrne", "taylor", "lewis", "shah", "reilly"]
DOMAINS = [("gmail.com", ["gmail", "g mail", "gee mail"]), ("hotmail.co.uk", ["hotmail", "hot mail"]),
           ("outlook.com", ["outlook", "out look"]), ("yahoo.com", ["yahoo", "ya hoo"]),
           ("icloud.com", ["icloud", "i cloud"]), ("btinternet.com", ["btinternet", "b t internet"]),
           ("eircom.net", ["eircom"]), ("web.de", ["web"]), ("aol.com", ["aol", "a o l"])]
STREETS = ["Mill Lane", "Acacia Avenue", "Church Road", "Station Road", "Elm Street", "Victoria Terrace",
           "Seaview Crescent", "Oak Drive", "Park View", "Highfield Close", "Maple Grove", "King Street",
           "Beech Way", "Albert Road", "Main Street", "Orchard Gardens", "Pine Court", "Willow Walk",
           "Sunset Boulevard", "Lincoln Avenue", "Riverside Drive", "Castle Hill", "Queens Parade"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Cardiff", "Belfast", "Nottingham", "Reading", "Brighton", "Leicester"]
TOWNS_US = ["Springfield, IL", "Austin, TX", "Columbus, OH", "Portland, OR", "Tampa, FL", "Denver, CO"]
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "got that", "right", "yeah go on", "ok", "mm hmm", "and then?"]
INDUSTRY = ["bank", "mobile network", "energy supplier", "online shop", "insurer", "airline", "hospital billing",
            "council tax office", "broadband provider", "water company", "car insurance", "hotel chain"]


# ---------------------------------------------------------------- positive templates
def month_name(rng, m):
    n = MONTHS[m - 1]
    return rng.choice([n, n, n[:3] if m != 5 else n])


def speak_year(rr, y, short_ok=True):
    ys = str(y)
    if short_ok and rr.p(0.3):
        return rr.pair(ys[2:])
    if ys.startswith("19"):
        return "nineteen " + rr.pair(ys[2:])
    if ys[2] == "0" and rr.p(0.6):
        return "two thousand" + ("" if ys[3] == "0" else " and " + DW[int(ys[3])])
    return "twenty " + rr.pair(ys[2:])


def speak_dob(rr, d, m, y):
    ordw = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth"]
    if d <= 20:
        dw = ordw[d]
    elif d == 30:
        dw = "thirtieth"
    else:
        dw = TENS_BY[d // 10] + " " + ordw[d % 10]
    style = rr.ch(["dmy", "mdy", "num", "the_of", "num_words"])
    yw = speak_year(rr, y)
    if style == "dmy":
        return dw + " of " + month_name(rr.r, m) + " " + yw
    if style == "mdy":
        return month_name(rr.r, m) + " " + dw + " " + yw
    if style == "the_of":
        return dw + " of the " + ordw[m] + " " + yw
    if style == "num":
        return rr.chunk("%02d" % d, "singles") + " " + rr.chunk("%02d" % m, "singles") + " " + yw
    return rr.pair("%02d" % d) + ", " + rr.pair("%02d" % m) + ", " + yw


def typed_dob(rr, d, m, y, us=False):
    mn = MONTHS[m - 1]
    opts = ["%02d/%02d/%04d" % ((m, d, y) if us else (d, m, y)), "%02d.%02d.%02d" % (d, m, y % 100),
            "%d %s %d" % (d, mn[:3].title(), y), "%s %d, %d" % (mn.title(), d, y),
            "%02d-%02d-%04d" % ((m, d, y) if us else (d, m, y)), "%d%s %s %d" % (
                d, "th" if 10 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"), mn, y)]
    return rr.ch(opts)


def speak_expiry(rr, m, y):
    s = rr.ch(["num", "name", "slash", "long"])
    if s == "num":
        return rr.chunk("%02d" % m, "singles") + " " + rr.pair(str(y)[2:])
    if s == "name":
        return month_name(rr.r, m) + " " + rr.pair(str(y)[2:])
    if s == "slash":
        return DW[m] if m < 10 else TEEN_BY[m] if m < 20 else ""
    return month_name(rr.r, m) + " twenty " + rr.pair(str(y)[2:])


def expiry_pair(rr):
    m, y = rr.r.randint(1, 12), rr.r.randint(2025, 2031)
    s = speak_expiry(rr, m, y)
    if not s.strip() or s in DW or s in TEENW:  # "slash" style
        s = (DW[m] if m < 10 else TEEN_BY[m]) + " slash " + rr.pair(str(y)[2:])
    typed = rr.ch(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%d/%02d" % (m, y % 100), "%02d-%02d" % (m, y % 100)])
    return typed, s


def P_card_chat(rr, c):
    card, grp = gen_card(rr.r)
    style = rr.ch(["groups", "dash", "plain", "odd", "dots"])
    typed = {"groups": group_str(card, grp), "dash": group_str(card, grp, "-"), "plain": card,
             "odd": group_str(card, [5, 3, len(card) - 8]), "dots": group_str(card, grp, ".")}[style]
    g = c.grp("CARD_NUMBER", card)
    lead = rr.ch(["card no: ", "Card number - ", "cardno:", "my crad number is ", "CARD ", "pan: ",
                  "Here you go ", "long number on the card is "])
    c.t("agent", "Hi, thanks for contacting the %s chat team. How can I help?" % rr.ch(INDUSTRY))
    c.t("customer", "need to update my payment card, the old one expired")
    if rr.p(0.6):
        typed_e, _ = expiry_pair(rr)
        cvv = "%03d" % rr.r.randint(0, 999) if card[0] != "3" else "%04d" % rr.r.randint(0, 9999)
        ge, gc = c.grp("EXPIRY"), c.grp("CVV", cvv)
        c.t("customer", lead, (typed, g), rr.ch([" exp ", " expiry: ", " , exp date "]), (typed_e, ge),
            rr.ch([" cvv ", " sec code: ", " CVC "]), (cvv, gc))
        c.note = "typed card with expiry and cvv (%s)" % style
    else:
        c.t("customer", lead, (typed, g))
        c.note = "typed card number (%s)" % style
    c.t("agent", "Thanks, I've added that. Your next bill of £%d.%02d will go on the new card." % (
        rr.r.randint(10, 300), rr.r.randint(0, 99)))


def P_card_asr_single(rr, c):
    card, grp = gen_card(rr.r)
    g = c.grp("CARD_NUMBER", card)
    spoken = rr.speak_digits(card, grp, homo=0.3, fill=0.4, runtog=0.15)
    c.t("agent", rr.ch(["ok can i take the long number across the front of the card please",
                        "and the sixteen digit card number when you're ready",
                        "go ahead with the card number"]))
    c.t("customer", rr.ch(["yeah it's ", "right um ", "ok so ", "", "hang on yeah "]), (spoken, g))
    if rr.p(0.5):
        g2 = c.grp("CARD_NUMBER", card)
        c.t("agent", "thank you so that's ", (rr.speak_digits(card, grp), g2), " is that right")
        c.t("customer", "yes that's it")
    c.note = "asr card read in one turn with homophones/fillers"


def P_card_asr_split(rr, c):
    card, grp = gen_card(rr.r)
    g = c.grp("CARD_NUMBER", card)
    c.t("agent", "can i take the card number please")
    i = 0
    for k, gs in enumerate(grp):
        chunk = rr.chunk(card[i:i + gs], homo=0.25, runtog=0.1)
        i += gs
        if k == 0:
            c.t("customer", rr.ch(["yeah it's ", "so it's ", "ok ", "right "]), (chunk, g))
        else:
            c.t("customer", rr.ch(["", "", "then ", "uh "]), (chunk, g))
        if k < len(grp) - 1:
            c.t("agent", rr.ch(BACK))
    if rr.p(0.6):
        g2 = c.grp("CARD_NUMBER", card)
        c.t("agent", "lovely let me read that back ", (rr.speak_digits(card, grp, fill=0.0), g2))
        c.t("customer", "yep")
    c.note = "asr card split over %d customer turns with back-channels" % len(grp)


def P_card_asr_restart(rr, c):
    card, grp = gen_card(rr.r)
    cut = grp[0] + rr.r.randint(1, grp[1] - 1)
    gp = c.grp("CARD_NUMBER", card[:cut], partial=True)
    g = c.grp("CARD_NUMBER", card)
    first = rr.speak_digits(card[:cut], [grp[0], cut - grp[0]])
    c.t("agent", "and the card number")
    c.t("customer", "it's ", (first, gp), rr.ch([" sorry no hang on let me start again ", " oh wait sorry, from the top, ",
                                                 " no no sorry i lost my place, "]), (rr.speak_digits(card, grp, homo=0.2), g))
    c.t("agent", rr.ch(["no problem thank you", "that's fine got it"]))
    c.note = "asr card with abandoned partial reading then restart (partial labelled)"


def P_card_asr_aside(rr, c):
    card, grp = gen_card(rr.r)
    g = c.grp("CARD_NUMBER", card)
    k = rr.r.randint(1, len(grp) - 1)
    cut = sum(grp[:k])
    a = rr.speak_digits(card[:cut], grp[:k], homo=0.2)
    b = rr.speak_digits(card[cut:], grp[k:], homo=0.2)
    aside = rr.ch([", sorry the dog's going mad, ", " - hang on my glasses - right, ", ", sorry it's a bit worn here, ",
                   ", kids be quiet mummy's on the phone, ", " , oh hold on is that eight or a six, it's a "])
    if aside.endswith("it's a "):
        aside = ", hold on is that a smudge, no it's fine, "
    c.t("customer", "ok the card is ", (a, g), aside, (b, g))
    gc = c.grp("CARD_NUMBER", card)
    c.t("agent", "ok just to confirm ", (rr.speak_digits(card, grp), gc))
    c.t("customer", "that's right yeah")
    c.note = "asr card with an aside in the middle of the reading, plus read-back"


def P_card_expiry_cvv_asr(rr, c):
    card, grp = gen_card(rr.r)
    g = c.grp("CARD_NUMBER", card)
    _, es = expiry_pair(rr)
    cvv = "%03d" % rr.r.randint(100, 999) if card[0] != "3" else "%04d" % rr.r.randint(1000, 9999)
    c.t("customer", rr.ch(["yeah i want to pay the ", "i'd like to settle the "]) + rr.ch(
        ["outstanding balance", "excess on my claim", "arrears on the account"]) + " of %s pounds" % rr.ch(
        ["two hundred and forty", "ninety nine fifty", "one thousand and twelve"]))
    c.t("agent", "no problem, long card number please")
    c.t("customer", (rr.speak_digits(card, grp, homo=0.2, fill=0.3), g))
    c.t("agent", "and the expiry")
    ge = c.grp("EXPIRY")
    c.t("customer", rr.ch(["it's ", "expires ", "", "um "]), (es, ge))
    c.t("agent", "and the security code on the back")
    gc = c.grp("CVV", cvv)
    cs = rr.chunk(cvv, rr.ch(["singles", "hundred", "pairs"]) if cvv[0] != "0" else "singles", homo=0.3)
    c.t("customer", rr.ch(["", "it's ", "uh "]), (cs, gc))
    c.note = "asr card + expiry + cvv payment"


def P_card_last4_plus_full(rr, c):
    card, grp = gen_card(rr.r)
    g = c.grp("CARD_NUMBER", card)
    g4 = c.grp("CARD_NUMBER", card[-4:], partial=True)
    c.t("customer", "my card is ", (rr.speak_digits(card, grp, homo=0.1), g))
    c.t("agent", "thanks so that's the card ending ", (rr.chunk(card[-4:], "singles"), g4), " yeah")
    c.note = "last four mentioned after the full card in the same case, so labelled"


def P_ssn_chat(rr, c):
    ssn = gen_ssn(rr.r)
    g = c.grp("SSN", ssn)
    typed = rr.ch([ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], ssn, ssn[:3] + " " + ssn[3:5] + " " + ssn[5:],
                   ssn[:3] + "." + ssn[3:5] + "." + ssn[5:]])
    lead = rr.ch(["SSN: ", "ss# ", "social is ", "my soc sec no. ", "SS number -- ", "ssn:"])
    c.t("agent", "To verify your identity for the %s I'll need your Social Security number." % rr.ch(
        ["benefits claim", "hospital bill", "tax account", "loan application", "insurance policy"]))
    c.t("customer", lead, (typed, g))
    if rr.p(0.4):
        z = gen_zip(rr.r)
        gz = c.grp("POSTCODE", z)
        c.t("customer", "and zip is ", (z, gz), " if you need it")
    c.t("agent", "Thank you, you're verified.")
    c.note = "typed SSN"


def P_ssn_asr(rr, c):
    ssn = gen_ssn(rr.r)
    g = c.grp("SSN", ssn)
    c.t("agent", "can i get your social security number")
    mode = rr.ch(["one", "split", "readback"])
    sp = [rr.chunk(ssn[:3], homo=0.3), rr.chunk(ssn[3:5], homo=0.3), rr.chunk(ssn[5:], homo=0.3, runtog=0.2)]
    if mode == "split":
        c.t("customer", "sure it's ", (sp[0], g))
        c.t("agent", rr.ch(BACK))
        c.t("customer", (sp[1], g))
        c.t("agent", rr.ch(BACK))
        c.t("customer", (sp[2], g))
    else:
        c.t("customer", rr.ch(["yeah it's ", "uh ", "ok ", "it is "]), (rr.join_chunks(sp, 0.4), g))
    if mode != "one" or rr.p(0.3):
        gr = c.grp("SSN", ssn)
        c.t("agent", "let me just repeat that ", (rr.speak_digits(ssn, [3, 2, 4]), gr), " correct")
        c.t("customer", "correct")
    c.note = "asr SSN (%s)" % mode


def P_ni_chat(rr, c):
    ni = gen_ni(rr.r)
    g = c.grp("NI_NUMBER", ni)
    typed = rr.ch([ni, ni.lower(), ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8],
                   ni[:2] + " " + ni[2:8] + " " + ni[8], ni[:2].title() + ni[2:8] + ni[8].lower(),
                   ni[:2] + "-" + ni[2:4] + "-" + ni[4:6] + "-" + ni[6:8] + "-" + ni[8]])
    lead = rr.ch(["NI no: ", "my national insurance is ", "NINO ", "ni number - ", "Nat ins no. "])
    c.t("agent", "Can you confirm your National Insurance number for the %s?" % rr.ch(
        ["pension enquiry", "universal credit claim", "tax code change", "student loan", "payroll record"]))
    c.t("customer", lead, (typed, g))
    c.note = "typed NI number"


def P_ni_asr(rr, c):
    ni = gen_ni(rr.r)
    g = c.grp("NI_NUMBER", ni)
    pre = " ".join(rr.letter(x, rr.ch(["plain", "name", "name", "nato"])) for x in ni[:2].lower())
    digs = rr.ch([rr.chunk(ni[2:8], "pairs"), rr.chunk(ni[2:8], "singles", runtog=0.2),
                  rr.join_chunks([rr.chunk(ni[2:4]), rr.chunk(ni[4:6]), rr.chunk(ni[6:8])], 0.3)])
    suf = rr.letter(ni[8].lower(), rr.ch(["plain", "name", "name", "nato"]))
    c.t("agent", "and your national insurance number please")
    mode = rr.ch(["one", "split", "split3"])
    if mode == "one":
        c.t("customer", rr.ch(["it's ", "yeah ", "erm ", ""]), (pre + " " + digs + " " + suf, g))
    elif mode == "split":
        c.t("customer", "ok ", (pre, g))
        c.t("agent", rr.ch(BACK))
        c.t("customer", (digs + " " + suf, g))
    else:
        c.t("customer", (pre + " " + digs, g))
        c.t("agent", rr.ch(["and the letter at the end", "mhm and the last letter"]))
        c.t("customer", rr.ch(["", "it's ", "ends in "]), (suf, g))
    if rr.p(0.4):
        gr = c.grp("NI_NUMBER", ni)
        c.t("agent", "so that's ", (rr.spell(ni[:2], 0.0, 1.0) + " " + rr.chunk(ni[2:8], "singles") + " " +
                                   rr.letter(ni[8].lower(), "nato"), gr))
    c.note = "asr NI number with letter names / misheard letters (%s)" % mode


def P_bank_chat(rr, c):
    uk = rr.p(0.6)
    acct = "".join(str(rr.r.randint(0, 9)) for _ in range(8 if uk else rr.r.randint(9, 12)))
    ga = c.grp("BANK_ACCOUNT", acct)
    c.t("agent", "Please provide the account details for the direct debit.")
    if uk:
        sc = "".join(str(rr.r.randint(0, 9)) for _ in range(6))
        gs = c.grp("SORT_CODE", sc)
        sct = rr.ch([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
        c.t("customer", rr.ch(["acct no: ", "a/c ", "Account number ", "acc:"]), (rr.ch([acct, group_str(acct, [4, 4])]), ga),
            rr.ch([" sort code ", " s/c ", ", sort: "]), (sct, gs))
    else:
        rt = "0" + "".join(str(rr.r.randint(0, 9)) for _ in range(8))
        c.t("customer", "routing " + rt + " and acct # ", (acct, ga))
    c.t("agent", "Thanks, the first collection will be on the %dth." % rr.r.randint(4, 28))
    c.note = "typed bank account details"


def P_bank_asr(rr, c):
    acct = "".join(str(rr.r.randint(0, 9)) for _ in range(8))
    sc = "".join(str(rr.r.randint(0, 9)) for _ in range(6))
    ga, gs = c.grp("BANK_ACCOUNT", acct), c.grp("SORT_CODE", sc)
    c.t("agent", "what's the sort code")
    scs = rr.ch([rr.chunk(sc, "pairs"), rr.join_chunks([rr.chunk(sc[i:i + 2], "singles") for i in (0, 2, 4)]),
                 rr.chunk(sc, "singles", homo=0.3)])
    c.t("customer", rr.ch(["it's ", "uh ", ""]), (scs, gs))
    c.t("agent", "and the account number")
    if rr.p(0.5):
        c.t("customer", (rr.chunk(acct[:4], homo=0.3), ga))
        c.t("agent", rr.ch(BACK))
        c.t("customer", (rr.chunk(acct[4:], homo=0.3, runtog=0.2), ga))
    else:
        c.t("customer", (rr.speak_digits(acct, [4, 4], homo=0.2, fill=0.4), ga))
    c.note = "asr sort code and account number"


def P_iban(rr, c):
    ib = gen_iban(rr.r)
    g = c.grp("IBAN", ib)
    if rr.p(0.45):
        typed = rr.ch([group_str(ib, [4] * (len(ib) // 4) + ([len(ib) % 4] if len(ib) % 4 else [])), ib, ib.lower()])
        c.t("customer", rr.ch(["IBAN: ", "my iban is ", "Iban - ", "refund to "]), (typed, g),
            rr.ch([" thanks", " please", ""]))
        c.t("agent", "Thanks, the refund of €%d.%02d should arrive in 3-5 working days." % (
            rr.r.randint(10, 900), rr.r.randint(0, 99)))
        c.note = "typed IBAN"
    else:
        cc = rr.spell(ib[:2], misheard=0.3, nato=0.3)
        parts = [cc + " " + rr.chunk(ib[2:4], "singles")]
        rest = ib[4:]
        for i in range(0, len(rest), 4):
            seg = rest[i:i + 4]
            parts.append(rr.spell(seg, 0.2, 0.2) if seg.isalpha() else
                         rr.chunk(seg, rr.ch(["singles", "pairs"])) if seg.isdigit() else rr.spell(seg, 0.1, 0.0))
        c.t("agent", "go ahead with the iban")
        k = rr.r.randint(2, len(parts) - 1)
        c.t("customer", (rr.join_chunks(parts[:k]), g))
        c.t("agent", rr.ch(BACK))
        c.t("customer", (rr.join_chunks(parts[k:]), g))
        c.note = "asr IBAN split over turns"


def P_phone(rr, c):
    canon, typed, cc, chunks = gen_phone(rr.r)
    g = c.grp("PHONE", canon)
    if rr.p(0.4):
        t = typed.lstrip("+(")
        lead = typed[:len(typed) - len(t)]
        c.t("customer", rr.ch(["best number is ", "mob: ", "tel ", "call me back on ", "contact no. "]) + lead, (t, g))
        c.t("agent", "Great, an engineer will call you between 8am and 12pm.")
        c.note = "typed phone number"
        return
    digits = canon.lstrip("+")
    nat = digits[len(cc):] if cc else digits
    sp = rr.speak_digits(nat, chunks, homo=0.25, fill=0.3, runtog=0.15)
    if cc:
        sp = rr.ch(["plus ", "double oh "]) + " ".join(DW[int(x)] for x in cc) + " " + sp
        if sp.startswith("double oh"):
            c.groups[g] = ("PHONE", "00" + digits, False)
    c.t("agent", rr.ch(["what's the best number to reach you on", "can i take a contact number"]))
    c.t("customer", rr.ch(["yeah it's ", "my mobile is ", "um ", ""]), (sp, g))
    if rr.p(0.4):
        gr = c.grp("PHONE", c.groups[g][1])
        rb = rr.speak_digits(nat, chunks)
        if cc:
            rb = (("plus " if not sp.startswith("double") else "double oh ") + " ".join(DW[int(x)] for x in cc)
                  + " " + rb)
        c.t("agent", "thanks that's ", (rb, gr))
    c.note = "asr phone number"


def P_email(rr, c):
    f, l = rr.ch(FIRST), rr.ch(LAST)
    dom, dsp = rr.ch(DOMAINS)
    num = str(rr.r.randint(1, 99)) if rr.p(0.5) else ""
    sep = rr.ch([".", "_", "", "."])
    local = f + sep + l + num
    if rr.p(0.3):
        local = f[0] + sep + l + num
    em = local + "@" + dom
    g = c.grp("EMAIL", em)
    if rr.p(0.4):
        typed = rr.ch([em, em.title(), local.capitalize() + "@" + dom.upper(), local + "@" + dom.capitalize()])
        c.t("customer", rr.ch(["email: ", "pls send it to ", "my e-mail is ", "Email addr - "]), (typed, g),
            rr.ch([" thx", ".", " ta", ""]))
        c.t("agent", "I've sent the confirmation to that address.")
        c.note = "typed email, case variation"
        return
    w = []
    fl = f if len(local) > len(f) and local.startswith(f) else f[0]
    w.append(fl if fl != f[0] else rr.letter(fl, rr.ch(["plain", "nato"])))
    if sep:
        w.append({".": "dot", "_": "underscore"}[sep])
    if rr.p(0.3):
        w.append(" ".join(l))
    else:
        w.append(l)
    if num:
        w.append(rr.pair(num) if len(num) == 2 and num[0] != "0" else DW[int(num)])
    w.append("at")
    w.append(rr.ch(dsp))
    w.append(" dot ".join([""] + dom.split(".")[1:]).strip())
    sp = " ".join(w)
    c.t("agent", "and an email address for the receipt")
    c.t("customer", rr.ch(["it's ", "yeah it's ", "erm ", ""]), (sp, g))
    c.note = "spoken email"


def P_dob(rr, c):
    y = rr.r.randint(1938, 2006)
    m, d = rr.r.randint(1, 12), rr.r.randint(1, 28)
    g = c.grp("DOB")
    if rr.p(0.4):
        c.t("agent", "Please confirm your date of birth.")
        c.t("customer", rr.ch(["DOB ", "d.o.b: ", "born ", "dob-", "Date of birth: "]), (typed_dob(rr, d, m, y, rr.p(0.4)), g))
        c.t("agent", "Thanks, that matches our records.")
        c.note = "typed DOB"
    else:
        c.t("agent", "and can you confirm your date of birth for me")
        c.t("customer", rr.ch(["yeah it's the ", "it's ", "uh ", "", "i was born on the "]), (speak_dob(rr, d, m, y), g))
        c.note = "spoken DOB"
    if rr.p(0.35):
        if rr.p(0.5):
            pc = gen_ukpc(rr.r)
            gp = c.grp("POSTCODE", pc)
            c.t("agent", "and the postcode")
            c.t("customer", (rr.spell(pc.replace(" ", ""), 0.4, 0.15) if rr.p(0.6) else pc, gp))
        else:
            z = gen_zip(rr.r)
            gp = c.grp("POSTCODE", z)
            c.t("agent", "and your zip code")
            c.t("customer", (rr.speak_digits(z.replace("-", ""), [5] if len(z) == 5 else [5, 4]) if rr.p(0.6) else z, gp))
        c.note += " + postcode"


def P_address(rr, c):
    us = rr.p(0.35)
    num = rr.r.randint(1, 240) if not us else rr.r.randint(100, 9999)
    st = rr.ch(STREETS)
    flat = rr.p(0.3)
    ga = c.grp("ADDRESS")
    if us:
        pc = gen_zip(rr.r)
        town = rr.ch(TOWNS_US)
    else:
        pc = gen_ukpc(rr.r)
        town = rr.ch(TOWNS_UK)
    gp = c.grp("POSTCODE", pc)
    if rr.p(0.45):
        a = ("Flat %d, " % rr.r.randint(1, 30) if flat and not us else "Apt %d%s, " % (rr.r.randint(1, 20), rr.ch(["A", "B", ""])) if flat else "") \
            + "%d%s %s" % (num, rr.ch(["", "", "a", "B"]) if not us else "", st)
        if rr.p(0.3):
            a = a.lower()
        c.t("customer", rr.ch(["new address is ", "Address: ", "i've moved to ", "deliver to "]), (a, ga), ", " + town + " ",
            (pc.lower() if rr.p(0.3) else pc, gp))
        c.note = "typed address + postcode"
    else:
        nw = rr.chunk(str(num), rr.ch(["pairs", "singles", "hundred"]) if len(str(num)) >= 3 else "pairs") \
            if num >= 10 else DW[num]
        a = ("flat " + DW[rr.r.randint(1, 9)] + ", " if flat else "") + nw + " " + st.lower()
        c.t("agent", "can i take the first line of the address")
        c.t("customer", rr.ch(["yeah it's ", "it's ", "", "um "]), (a, ga))
        c.t("agent", "and the postcode" if not us else "and the zip")
        if us:
            c.t("customer", (rr.speak_digits(pc.replace("-", ""), [5] if len(pc) == 5 else [5, 4], homo=0.2), gp))
        else:
            c.t("customer", rr.ch(["", "it's "]), (rr.spell(pc.replace(" ", ""), 0.45, 0.2), gp))
        c.t("agent", "and that's in %s" % town.split(",")[0])
        c.note = "spoken address + postcode"


def P_postcode_misheard(rr, c):
    pc = gen_ukpc(rr.r)
    g = c.grp("POSTCODE", pc)
    out, o, i = pc.replace(" ", ""), [], 0
    sp = rr.spell(out, 0.8, 0.1)
    c.t("agent", "can you confirm the postcode on the account")
    c.t("customer", (sp, g))
    if rr.p(0.5):
        g2 = c.grp("POSTCODE", pc)
        c.t("agent", "sorry was that ", (rr.spell(out, 0.0, 1.0), g2))
        c.t("customer", "yes")
    c.note = "asr postcode with misheard letter names"


def P_mixed_verify(rr, c):
    ni = gen_ni(rr.r)
    y, m, d = rr.r.randint(1940, 2004), rr.r.randint(1, 12), rr.r.randint(1, 28)
    gd = c.grp("DOB")
    gn = c.grp("NI_NUMBER", ni)
    c.t("agent", "before i go into the account i need to ask a couple of security questions, date of birth first")
    c.t("customer", (speak_dob(rr, d, m, y), gd))
    c.t("agent", "lovely and your national insurance number")
    c.t("customer", rr.ch(["", "ok "]), (rr.spell(ni[:2], 0.5, 0.2) + " " + rr.chunk(ni[2:8], rr.ch(["pairs", "singles"]), homo=0.0)
                                         + " " + rr.letter(ni[8].lower(), rr.ch(["plain", "name"])), gn))
    c.t("agent", "thank you, you're through security, i can see your %s" % rr.ch(
        ["state pension payment of one hundred and sixty eight pounds", "tax code is twelve five seven oh el",
         "claim reference ending four four one"]))
    c.note = "DOB + NI security check"


POS_PLAN = [(P_card_chat, 14), (P_card_asr_single, 12), (P_card_asr_split, 10), (P_card_asr_restart, 6),
            (P_card_asr_aside, 6), (P_card_expiry_cvv_asr, 10), (P_card_last4_plus_full, 4),
            (P_ssn_chat, 12), (P_ssn_asr, 14), (P_ni_chat, 12), (P_ni_asr, 16), (P_mixed_verify, 6),
            (P_bank_chat, 10), (P_bank_asr, 10), (P_iban, 14), (P_phone, 18), (P_email, 16), (P_dob, 14),
            (P_address, 16), (P_postcode_misheard, 8)]


# ---------------------------------------------------------------- negatives
def N_templates(rr):
    r = rr.r
    dg = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
    card_like, grp = gen_card(r)
    ssn_like = gen_ssn(r)
    amt = "%d.%02d" % (r.randint(5, 4999), r.randint(0, 99))
    T = [
        ("balance", [("agent", "your current balance is £%s and the minimum payment is £%d.%02d" % (amt, r.randint(5, 80), r.randint(0, 99)))]),
        ("balance spoken", [("agent", "so the balance today is " + rr.ch(["four thousand two hundred and twelve pounds fifty",
                                                                          "one thousand one hundred and eleven euro",
                                                                          "three hundred and sixty two dollars ninety nine"])),
                            ("customer", "right and when's that due")]),
        ("16-digit order number typed", [("customer", "Order #: %s - still not arrived" % group_str(card_like, grp))]),
        ("order number spoken like a card", [("agent", "can i take the order number"),
                                             ("customer", "yeah the order number is " + rr.speak_digits(card_like, grp, homo=0.2)),
                                             ("agent", "thanks i've found the order")]),
        ("tracking number", [("customer", "tracking number %s says delivered but it's not here" % rr.ch(
            ["1Z" + dg(3) + "AA1" + dg(10), "9400 " + group_str(dg(18), [4, 4, 4, 4, 2]), "JD" + dg(18)]))]),
        ("reference number", [("agent", "your reference is REF-%d%02d%02d-%s, please quote that if you call back" % (
            r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28), dg(4)))]),
        ("opening hours", [("agent", "we're open eight till eight monday to friday and nine to five on saturdays"),
                           ("customer", "and sundays?"), ("agent", "closed sundays and bank holidays")]),
        ("hold duration", [("customer", "i've been on hold for %s minutes" % rr.ch(["forty five", "twenty three", "52", "ninety"]))]),
        ("card last four only", [("agent", "is that the card ending %s?" % rr.ch([card_like[-4:], rr.chunk(card_like[-4:], "singles"),
                                                                              rr.chunk(card_like[-4:], "pairs")])),
                                 ("customer", "yeah the one ending " + rr.chunk(card_like[-4:], "singles"))]),
        ("age", [("customer", "i'm %s and i don't do computers" % rr.ch(["seventy two", "81", "eighty nine", "sixty six years old"]))]),
        ("temperature", [("customer", "the radiators only get to %s degrees and the boiler says %s bar" % (
            rr.ch(["forty", "38", "thirty five"]), rr.ch(["1.2", "one point five", "0.8"])))]),
        ("percentage", [("agent", "you'll get %s off for the first %s months" % (rr.ch(["15%", "twenty percent", "50 per cent"]),
                                                                              rr.ch(["six", "12", "three"])))]),
        ("years", [("customer", "i've been with you since %s and never missed a payment" % rr.ch(
            ["2009", "nineteen ninety nine", "two thousand and four", "1987"]))]),
        ("appointment date", [("agent", "the engineer is booked for tuesday the %s of %s between eight and twelve" % (
            rr.ch(["fourteenth", "3rd", "twenty first", "9th"]), rr.ch(MONTHS)))]),
        ("payment/contract date", [("agent", "your contract ends on %02d/%02d/%d and payments go out on the %s of each month" % (
            r.randint(1, 28), r.randint(1, 12), r.randint(2025, 2028), rr.ch(["28th", "first", "15th"])))]),
        ("meter reading", [("agent", "can i take a meter reading"), ("customer", "yeah it's " + rr.ch(
            [rr.speak_digits(dg(5), [5]), dg(5), dg(6)]) + rr.ch(["", " on the day rate", " and the night one is " + dg(5)]))]),
        ("flight/seat/gate", [("agent", "you're on flight %s %s departing gate %s, seat %s" % (
            rr.ch(["BA", "EI", "FR", "UA"]), r.randint(100, 9999), rr.ch(["B32", "12", "A7"]), rr.ch(["14C", "22F", "3A"])))]),
        ("room number", [("customer", "i'm in room " + rr.ch(["four one two", "412", "two hundred and six", "1107"]) + " and the aircon's broken")]),
        ("road name only", [("customer", "there's a water leak on %s near the roundabout with the %s" % (
            rr.ch(STREETS), rr.ch(["A38", "B4061", "M6 junction 10"])))]),
        ("policy number", [("agent", "your policy number is " + rr.ch(["POL-" + dg(8), "HX " + group_str(dg(12), [4, 4, 4]),
                                                                       rr.speak_digits(dg(10), [3, 3, 4])]))]),
        ("claim number spoken", [("customer", "i've got the claim number here " + rr.speak_digits(ssn_like, [3, 2, 4])),
                                 ("agent", "thanks that claim's with the assessor")]),
        ("ticket number 9 digits", [("customer", "ticket number %s-%s-%s" % (ssn_like[:3], ssn_like[3:5], ssn_like[5:]) if r.random() < 0.3
                                     else "support ticket %s" % ssn_like)]),
        ("serial/model", [("customer", "the serial number is SN %s and the model is %s" % (
            group_str(dg(16), [4, 4, 4, 4]), rr.ch(["KD-55X89J", "WM8000", "HB-2240", "iPhone 13"])))]),
        ("invoice", [("agent", "invoice INV-%d-%05d for £%s is attached" % (r.randint(2023, 2026), r.randint(1, 99999), amt))]),
        ("data usage", [("agent", "you've used %s gigs of your %s, with %s days left" % (
            rr.ch(["14.2", "twenty", "3"]), rr.ch(["30", "unlimited", "100"]), rr.ch(["six", "11", "twenty two"])))]),
        ("price read out", [("agent", "the upgrade is " + rr.ch(["twenty nine ninety nine a month", "one thousand two hundred and forty nine",
                                                                 "£649 upfront plus 19.99 a month"]))]),
        ("refused to give details", [("agent", "can i take your date of birth please"),
                                     ("customer", "i'd rather not give that over the phone to be honest")]),
        ("case number typed long", [("customer", "case no %s" % group_str(dg(16), [4, 4, 4, 4]))]),
        ("quantity/count", [("customer", "i ordered %s boxes and only %s came, out of %s items" % (
            rr.ch(["twelve", "6", "forty"]), rr.ch(["three", "2", "nine"]), rr.ch(["144", "seventy two"])))]),
        ("times", [("agent", "the next available callback is at %s or %s" % (rr.ch(["10:30", "half ten", "quarter past two"]),
                                                                            rr.ch(["16:45", "four forty five pm", "noon"])))]),
        ("account mentioned without value", [("customer", "i just want to know why my account number changed on the app"),
                                             ("agent", "that's because we moved you to a new system in 2024")]),
        ("membership/loyalty number", [("agent", "your loyalty card number is " + group_str(dg(16), [4, 4, 4, 4]) + " and you've got " +
                                        str(r.randint(100, 9000)) + " points")]),
        ("booking ref", [("customer", "booking reference " + rr.spell("".join(r.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(6)), 0.3, 0.4))]),
    ]
    return T


def build(rng):
    rr = R(rng)
    cases = []
    plan = []
    for fn, k in POS_PLAN:
        plan += [fn] * k
    rng.shuffle(plan)
    for i, fn in enumerate(plan):
        c = Case("positive", "")
        fn(rr, c)
        c.id = "h538-pos-%03d" % (i + 1)
        cases.append(c)
    for i in range(110):
        T = N_templates(rr)
        name, turns = T[i % len(T)] if i < len(T) else rr.ch(T)
        c = Case("negative", "negative: " + name)
        for spk, text in turns:
            c.t(spk, text)
        c.id = "h538-neg-%03d" % (i + 1)
        cases.append(c)
    return cases


def serialise(cases):
    lines, metas = [], []
    for c in cases:
        turns, spans, meta = c.render()
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": turns, "spans": spans, "note": c.note},
                                ensure_ascii=False))
        metas.append((c, turns, spans, meta))
    return "\n".join(lines) + "\n", metas


def generate():
    return serialise(build(random.Random(SEED)))


def counts(metas):
    cnt = {}
    for _, _, spans, _ in metas:
        for s in spans:
            cnt[s["type"]] = cnt.get(s["type"], 0) + 1
    return cnt


def check(text, metas):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != text:
            errs.append("file differs from regenerated output")
    ids = [c.id for c, _, _, _ in metas]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    npos = sum(1 for c, *_ in metas if c.kind == "positive")
    nneg = sum(1 for c, *_ in metas if c.kind == "negative")
    for c, turns, spans, meta in metas:
        if c.kind == "negative" and spans:
            errs.append(c.id + ": negative with spans")
        if c.kind == "positive" and not spans:
            errs.append(c.id + ": positive without spans")
        for t in turns:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(c.id + ": bad speaker")
        byturn = {}
        for s in spans:
            tx = turns[s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append("%s: offsets out of range" % c.id)
                continue
            if not (tx[a].isalnum() and tx[b - 1].isalnum()):
                errs.append("%s: span not starting/ending on alnum: %r" % (c.id, tx[a:b]))
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s: span not on word boundary: %r" % (c.id, tx[a:b]))
            byturn.setdefault(s["turn"], []).append((a, b))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(c.id + ": overlapping spans")
        # value validation per group (value split across turns is joined)
        joined = {}
        for s, g in zip(spans, meta):
            joined.setdefault(g, []).append(turns[s["turn"]]["text"][s["start"]:s["end"]])
        for g, parts in joined.items():
            typ, canon, partial = c.groups[g]
            txt = " , ".join(parts) if typ != "EMAIL" else " ".join(parts)
            ok, norm = validate(typ, txt)
            if partial:
                want = normalize(canon, "num")
                if norm != want:
                    errs.append("%s: partial %s %r -> %r != %r" % (c.id, typ, txt, norm, want))
                continue
            if not ok:
                errs.append("%s: invalid %s %r -> %r" % (c.id, typ, txt, norm))
            if canon is not None:
                cn = canon.lower() if typ == "EMAIL" else re.sub(r"[^0-9A-Za-z]", "", canon).upper()
                nn = norm.lower() if typ == "EMAIL" else re.sub(r"[^0-9A-Za-z]", "", norm).upper()
                if typ == "PHONE":  # international prefix may be typed as + or 00
                    cn = re.sub(r"^00", "", cn)
                    nn = re.sub(r"^00", "", nn)
                if cn != nn:
                    errs.append("%s: %s %r normalises to %r, expected %r" % (c.id, typ, txt, nn, cn))
    cnt = counts(metas)
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in ["CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        need[t] = 10
    for t, k in need.items():
        if cnt.get(t, 0) < k:
            errs.append("too few %s spans: %d < %d" % (t, cnt.get(t, 0), k))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d positive, %d negative" % (npos, nneg))
    return errs, npos, nneg, cnt


def main():
    text, metas = generate()
    if "--check" in sys.argv[1:]:
        errs, npos, nneg, cnt = check(text, metas)
        for e in errs[:60]:
            print("ERROR", e)
        print("cases: %d positive, %d negative" % (npos, nneg))
        for t in sorted(cnt):
            print("  %-13s %d" % (t, cnt[t]))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print("wrote %s (%d cases)" % (OUT, len(metas)))


if __name__ == "__main__":
    main()

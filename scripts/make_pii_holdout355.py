#!/usr/bin/env python3
"""Generate the pii_holdout355 held-out PII evaluation set.

Written by an independent test author (AI helper) without access to the redaction
engine.  Standard library only.  Usage:
    python scripts/make_pii_holdout355.py          # write cases.jsonl
    python scripts/make_pii_holdout355.py --check  # regenerate + validate
"""
import argparse
import json
import os
import re
import sys
import random
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout355", "cases.jsonl")
SEED = 355241125
R = random.Random(SEED)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- segments
class L:
    """A labelled value segment. group ties pieces of one value together."""
    def __init__(self, text, typ, group, canon=None, check=True):
        self.text, self.typ, self.group, self.canon, self.check = text, typ, group, canon, check


def build(turns):
    """turns: list of (speaker, [segments]); returns (turns_json, spans, meta)."""
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, L):
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(s.text), "type": s.typ})
                meta.append(s)
                text += s.text
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans, meta

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9}
TENS_W = {v: k for k, v in TENS.items()}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
       "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
       "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
       "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
ORD_W = {v: k for k, v in ORD.items()}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U", "victor": "V",
        "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
NATO_W = {}
for _k, _v in NATO.items():
    NATO_W.setdefault(_v, _k)
ALT_FOR = {"B": ["bravo", "bob"], "S": ["sierra", "sugar"], "M": ["mike", "mother"], "N": ["november", "nancy"],
           "P": ["papa", "peter"], "D": ["delta", "david"], "T": ["tango", "tommy"], "F": ["foxtrot", "freddie"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MON_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "sept"]
ZERO_W = {"zero", "oh", "o", "nought", "naught"}
FILLERS = ["um", "uh", "er", "erm", "uhm"]
SKIP = set(FILLERS) | {"and", "dash", "hyphen", "space", "slash", "th", "st", "nd", "rd", "of", "the"}


def sd(d, zero=None):
    if d == "0":
        return R.choice(zero or ["oh", "zero", "nought", "o", "oh", "oh", "zero"])
    return UNITS[int(d)]


def say_pair(p, zero=None):
    """two-digit chunk -> (words, needs_break)"""
    a, b = p
    if a == "0":
        if b == "0":
            return R.choice(["double " + sd("0", zero), sd("0", zero) + " " + sd("0", zero)]), False
        return sd("0", zero) + " " + UNITS[int(b)], False
    if a == "1":
        return TEENS[int(b)], False
    if b == "0":
        return TENS_W[int(a)], True
    return TENS_W[int(a)] + " " + UNITS[int(b)], False


def say_hundred(t, zero=None):
    a, rest = t[0], t[1:]
    base = UNITS[int(a)] + " hundred"
    if rest == "00":
        return base, True
    if rest[0] == "0":
        return base + " and " + UNITS[int(rest[1])], False
    w, br = say_pair(rest, zero)
    return base + R.choice([" and ", " and ", " "]) + w, br


def say_single(s, zero=None, runs=True):
    words, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        n = j - i
        if runs and n >= 3 and R.random() < 0.6:
            words.append("triple " + sd(s[i], zero)); i += 3; continue
        if runs and n >= 2 and R.random() < 0.6:
            words.append("double " + sd(s[i], zero)); i += 2; continue
        words.append(sd(s[i], zero)); i += 1
    return " ".join(words)


def say_digits(s, mode=None, zero=None, filler=0.0):
    """Say a digit string; mode single/pairs/mixed."""
    mode = mode or R.choice(["single", "single", "pairs", "mixed"])
    chunks = []
    if mode == "single":
        chunks = [(say_single(s, zero), False)]
    elif mode == "pairs":
        i = 0
        while i < len(s):
            if len(s) - i >= 2:
                chunks.append(say_pair(s[i:i + 2], zero)); i += 2
            else:
                chunks.append((sd(s[i], zero), False)); i += 1
    else:
        i = 0
        while i < len(s):
            k = R.choice([1, 2, 2, 3])
            part = s[i:i + k]
            if len(part) == 3 and part[0] != "0":
                chunks.append(say_hundred(part, zero))
            elif len(part) == 2:
                chunks.append(say_pair(part, zero))
            else:
                chunks.append((say_single(part, zero), False))
            i += len(part)
    out = ""
    for ci, (w, br) in enumerate(chunks):
        if ci:
            out += ", " if prev_br else R.choice([" ", " ", ", "])
            if filler and R.random() < filler:
                out += R.choice(FILLERS) + " "
        out += w
        prev_br = br
    return out


def say_letter(c, nato=0.3):
    if c == "O" or R.random() < nato:
        if c in ALT_FOR and R.random() < 0.3:
            return c.lower() + " for " + R.choice(ALT_FOR[c])
        return c.lower() + R.choice([" for ", " as in "]) + NATO_W[c]
    return c.lower()


def say_alnum(s, nato=0.3):
    """mixed letters/digits, char by char (digits zero never 'o')."""
    parts = []
    i = 0
    while i < len(s):
        if s[i].isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            parts.append(say_digits(s[i:j], R.choice(["single", "single", "pairs"]), zero=["zero", "oh", "nought"]))
            i = j
        else:
            parts.append(say_letter(s[i], nato)); i += 1
    return " ".join(parts)

# ---------------------------------------------------------------- normalising
TOK = re.compile(r"[A-Za-z]+|\d+|[,+]")


def normalise(text):
    """spoken or typed value -> uppercase letters/digits (plus '+')."""
    toks = [t.lower() for t in TOK.findall(text)]
    out, i, n = [], 0, len(toks)

    def num_at(k):
        """parse number phrase at k -> (digits, next) or None"""
        t = toks[k]
        if t.isdigit():
            return t, k + 1
        if t in ZERO_W:
            return "0", k + 1
        if t in UNITS:
            u = UNITS.index(t)
            if k + 1 < n and toks[k + 1] == "hundred":
                val, k2 = u * 100, k + 2
                if k2 < n and toks[k2] == "and":
                    k2 += 1
                    r = small_at(k2)
                    if r:
                        val += r[0]; k2 = r[1]
                elif k2 < n and (toks[k2] in TENS or toks[k2] in TEENS):
                    r = small_at(k2); val += r[0]; k2 = r[1]
                return "%03d" % val, k2
            if k + 1 < n and toks[k + 1] == "thousand":
                val, k2 = u * 1000, k + 2
                if k2 < n and toks[k2] == "and":
                    k2 += 1
                if k2 < n:
                    r = small_at(k2)
                    if r:
                        val += r[0]; k2 = r[1]
                return "%04d" % val, k2
            return str(u), k + 1
        if t in TEENS or t in TENS or t in ORD:
            r = small_at(k)
            return "%d" % r[0], r[1]
        return None

    def small_at(k):
        if k >= n:
            return None
        t = toks[k]
        if t in UNITS:
            return UNITS.index(t), k + 1
        if t in TEENS:
            return 10 + TEENS.index(t), k + 1
        if t in ORD:
            return ORD[t], k + 1
        if t in TENS:
            v = TENS[t] * 10
            if k + 1 < n and toks[k + 1] in UNITS[1:]:
                return v + UNITS.index(toks[k + 1]), k + 2
            if k + 1 < n and toks[k + 1] in ORD and ORD[toks[k + 1]] < 10:
                return v + ORD[toks[k + 1]], k + 2
            return v, k + 1
        return None

    while i < n:
        t = toks[i]
        if t == ",":
            i += 1; continue
        if t == "+" or t == "plus":
            out.append("+"); i += 1; continue
        # letter spelled with a key word: "j for juliet", "b as in bravo"
        if len(t) == 1 and t.isalpha() and i + 1 < n and toks[i + 1] in ("for", "as"):
            out.append(t.upper())
            i += 2
            if i < n and toks[i] == "in":
                i += 1
            i += 1  # the key word
            continue
        if t in ("double", "triple") and i + 1 < n:
            r = num_at(i + 1)
            if r and len(r[0]) == 1:
                out.append(r[0] * (2 if t == "double" else 3)); i = r[1]; continue
            nxt = toks[i + 1]
            if len(nxt) == 1:
                out.append(nxt.upper() * (2 if t == "double" else 3)); i += 2; continue
        r = num_at(i)
        if r:
            out.append(r[0]); i = r[1]; continue
        if t in MONTHS or t in MON_ABBR:
            out.append("<%s>" % t[:3]); i += 1; continue
        if t in NATO:
            out.append(NATO[t]); i += 1; continue
        if t in SKIP:
            i += 1; continue
        out.append(t.upper()); i += 1
    return "".join(out)


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


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    x = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in x)) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_W = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "close", "drive", "dr", "way", "crescent",
            "terrace", "place", "court", "grove", "gardens", "boulevard", "blvd", "row", "hill", "park", "square"}
MON3 = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}


def date_candidates(norm):
    """norm from normalise(); returns set of (d, m, yy)."""
    mons = re.findall(r"<(\w{3})>", norm)
    digits = re.sub(r"<\w{3}>", "", norm)
    if not digits.isdigit():
        return set()
    c = set()
    def yy(y):
        return int(y) % 100 if len(y) in (2, 4) else None
    if mons:
        m = MON3[mons[0]]
        for dl in (0, 1, 2):
            d, y = digits[:dl], digits[dl:]
            if yy(y) is not None and (dl == 0 or 1 <= int(d) <= 31):
                c.add((int(d) if d else None, m, yy(y)))
            d, y = digits[len(digits) - dl:] if dl else "", digits[:len(digits) - dl]
            if yy(y) is not None and (dl == 0 or 1 <= int(d) <= 31):
                c.add((int(d) if d else None, m, yy(y)))
        return c
    L_ = len(digits)
    for a in (1, 2):
        for b in (0, 1, 2):
            for order in ("DMY", "MDY", "YMD", "MY"):
                if order == "MY":
                    if b:
                        continue
                    m, y = digits[:a], digits[a:]
                    if 1 <= int(m) <= 12 and yy(y) is not None:
                        c.add((None, int(m), yy(y)))
                    continue
                if not b:
                    continue
                if order == "YMD":
                    for yl in (2, 4):
                        y, m, d = digits[:yl], digits[yl:yl + a], digits[yl + a:]
                        if len(d) == b and 1 <= int(m) <= 12 and 1 <= int(d) <= 31:
                            c.add((int(d), int(m), yy(y)))
                    continue
                x, z, y = digits[:a], digits[a:a + b], digits[a + b:]
                if len(z) != b or yy(y) is None:
                    continue
                d, m = (x, z) if order == "DMY" else (z, x)
                if 1 <= int(m) <= 12 and 1 <= int(d) <= 31:
                    c.add((int(d), int(m), yy(y)))
    return c


def validate(typ, norm, canon):
    """norm: joined normalised text of all checked pieces; canon: generator truth."""
    if typ in ("DOB", "EXPIRY"):
        d, m, y = canon
        cands = date_candidates(norm)
        want = (d if typ == "DOB" else None, m, y % 100)
        return want in cands
    if typ == "EMAIL":
        return norm == canon and re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", norm) is not None
    if typ == "ADDRESS":
        toks = norm.split()
        return norm == canon and any(t.isdigit() for t in toks) and any(t in STREET_W for t in toks)
    if norm != canon:
        return False
    if typ == "CARD_NUMBER":
        return norm.isdigit() and 13 <= len(norm) <= 19 and luhn_ok(norm)
    if typ == "CVV":
        return norm.isdigit() and len(norm) in (3, 4)
    if typ == "SSN":
        return norm.isdigit() and len(norm) == 9 and norm[:3] not in ("000", "666") and norm[0] != "9" \
            and norm[3:5] != "00" and norm[5:] != "0000"
    if typ == "NI_NUMBER":
        return NI_RE.fullmatch(norm) is not None
    if typ == "BANK_ACCOUNT":
        return norm.isdigit() and 6 <= len(norm) <= 17
    if typ == "SORT_CODE":
        return norm.isdigit() and len(norm) == 6
    if typ == "IBAN":
        return iban_ok(norm)
    if typ == "PHONE":
        return norm.isdigit() and 10 <= len(norm) <= 13
    if typ == "POSTCODE":
        return UKPC_RE.fullmatch(norm) is not None or re.fullmatch(r"\d{5}(\d{4})?", norm) is not None
    return False


def norm_for(typ, text):
    if typ == "EMAIL":
        toks = text.split()
        if len(toks) == 1:
            return text.lower()
        out, i = [], 0
        while i < len(toks):
            t = toks[i].lower().strip(",")
            if t in ("dot", "period"):
                out.append(".")
            elif t == "at":
                out.append("@")
            elif t == "underscore":
                out.append("_")
            elif t in ("dash", "hyphen"):
                out.append("-")
            elif t in FILLERS:
                pass
            elif len(t) == 1 and i + 1 < len(toks) and toks[i + 1] in ("for", "as"):
                out.append(t); i += 2
                if toks[i] == "in":
                    i += 1
            elif t in ("double", "triple") and i + 1 < len(toks):
                out.append(normalise(toks[i + 1]).lower() * (2 if t == "double" else 3)); i += 1
            else:
                nn = normalise(t)
                out.append(nn.lower() if (nn.isdigit() or t in NATO) else t)
            i += 1
        return "".join(out)
    if typ == "ADDRESS":
        words = re.findall(r"[A-Za-z]+|\d+[A-Za-z]?", text)
        out, buf = [], []
        for w in words:
            lw = w.lower()
            if lw in FILLERS or lw == "and" and buf:
                if lw == "and":
                    buf.append(lw)
                continue
            if normalise(lw) and normalise(lw).isdigit() and not lw.isdigit() or lw in ("hundred",):
                buf.append(lw); continue
            if buf:
                out.append(normalise(" ".join(buf))); buf = []
            out.append(lw)
        if buf:
            out.append(normalise(" ".join(buf)))
        return " ".join(out)
    return normalise(text)

# ---------------------------------------------------------------- value makers
def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def mk_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    if kind == "visa":
        return luhn_complete("4", 16), (4, 4, 4, 4)
    if kind == "mc":
        return luhn_complete(str(R.randint(51, 55)), 16), (4, 4, 4, 4)
    if kind == "mc2":
        return luhn_complete(str(R.randint(2221, 2720)), 16), (4, 4, 4, 4)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15), (4, 6, 5)
    if kind == "disc":
        return luhn_complete("6011", 16), (4, 4, 4, 4)
    if kind == "visa13":
        return luhn_complete("4", 13), (4, 3, 3, 3)
    return luhn_complete(R.choice(["6759", "6763", "5018"]), 19), (4, 4, 4, 4, 3)


def groups(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k]); i += k
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mk_ni():
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(first) + R.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return p + "".join(str(R.randrange(10)) for _ in range(6)) + R.choice("ABCD")


def mk_iban():
    cc = R.choice(["GB", "GB", "IE", "DE", "NL", "FR", "ES", "IE"])
    rd = lambda k: "".join(str(R.randrange(10)) for _ in range(k))
    bban = {"GB": lambda: R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rd(14),
            "IE": lambda: R.choice(["AIBK", "BOFI", "IPBS"]) + rd(14),
            "DE": lambda: rd(18), "NL": lambda: R.choice(["ABNA", "INGB", "RABO"]) + rd(10),
            "FR": lambda: rd(23), "ES": lambda: rd(20)}[cc]()
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return cc + "%02d" % (98 - num % 97) + bban


def mk_phone():
    k = R.choice(["ukmob", "ukmob", "uklon", "us", "us", "ie", "ukmob_i", "us_i", "ie_i", "uk_geo"])
    rd = lambda n: "".join(str(R.randrange(10)) for _ in range(n))
    if k == "ukmob":
        s = "07" + R.choice(["700", "911", "825", "480", "398"]) + rd(6)
        return "", s, R.choice([(5, 6), (5, 3, 3), (11,)])
    if k == "ukmob_i":
        s = "447" + R.choice(["700", "911", "825", "480"]) + rd(6)
        return "+", s, R.choice([(2, 4, 6), (2, 4, 3, 3), (12,)])
    if k == "uklon":
        s = "020" + R.choice(["7946", "3123", "8765"]) + rd(4)
        return "", s, (3, 4, 4)
    if k == "uk_geo":
        s = "01" + str(R.randint(13, 99)) + rd(7)
        return "", s, (5, 6)
    if k == "us":
        s = str(R.randint(2, 9)) + rd(2) + "555" + "01" + rd(2)
        return "", s, (3, 3, 4)
    if k == "us_i":
        s = "1" + str(R.randint(2, 9)) + rd(2) + "555" + "01" + rd(2)
        return "+", s, (1, 3, 3, 4)
    if k == "ie":
        s = "08" + R.choice("35679") + rd(7)
        return "", s, (3, 3, 4)
    s = "3538" + R.choice("35679") + rd(7)
    return "+", s, (3, 2, 3, 4)


FIRST = ["james", "sarah", "aoife", "liam", "priya", "tomasz", "chloe", "marcus", "siobhan", "dev", "olu",
         "hannah", "niamh", "raj", "emma", "conor", "fatima", "greg", "maria", "jo"]
LAST = ["doe", "murphy", "patel", "okafor", "kowalski", "smith", "oconnor", "nguyen", "garcia", "byrne",
        "hughes", "khan", "walsh", "reid", "brennan", "mills"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "eircom.net", "btinternet.com",
           "protonmail.com", "gmx.de", "aol.com"]


def mk_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)), f + "_" + l, l + f[0],
                      f + "." + l + str(R.randint(70, 99))])
    return local + "@" + R.choice(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    parts = []
    for piece in re.split(r"([._])", local):
        if piece == ".":
            parts.append("dot")
        elif piece == "_":
            parts.append("underscore")
        elif piece:
            m = re.match(r"([a-z]+)(\d*)", piece)
            w, d = m.group(1), m.group(2)
            if len(w) == 1:
                parts.append(say_letter(w.upper(), 0.6))
            else:
                parts.append(w)
            if d:
                parts.append(say_digits(d, "single", zero=["zero", "oh"]))
    dparts = [("dot" if x == "." else x) for x in re.split(r"(\.)", dom) if x]
    return " ".join(parts) + " at " + " ".join(dparts)


STREETS = ["Elm", "Station", "Church", "Victoria", "Mill", "Oak", "Maple", "Kings", "High", "Park", "Grafton",
           "Willow", "Chapel", "Main", "Cedar", "Orchard", "Dorset", "Sycamore", "Beech", "Abbey"]
SUFFIX = ["Street", "Road", "Avenue", "Lane", "Close", "Drive", "Way", "Crescent", "Terrace", "Grove", "Court"]
ABBR = {"Street": "St", "Road": "Rd", "Avenue": "Ave", "Drive": "Dr", "Lane": "Ln"}
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Cardiff", "Norwich", "Glasgow", "Croydon", "Reading"]
TOWNS_US = [("Austin", "TX"), ("Columbus", "OH"), ("Tacoma", "WA"), ("Albany", "NY"), ("Tampa", "FL")]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Dublin 8"]


def mk_ukpc():
    L1 = "ABCDEFGHJKLMNOPRSTUWYZ"
    fmt = R.choice(["A9 9AA", "A99 9AA", "AA9 9AA", "AA99 9AA", "A9A 9AA", "AA9A 9AA"])
    s = ""
    for ch in fmt:
        if ch == "A":
            s += R.choice(L1)
        elif ch == "9":
            s += str(R.randint(1, 9))
        else:
            s += ch
    return s


def mk_zip():
    z = "%05d" % R.randint(10001, 99950)
    return z + ("-%04d" % R.randint(1, 9999) if R.random() < 0.3 else "")


def mk_date(y0, y1):
    return R.randint(1, 28), R.randint(1, 12), R.randint(y0, y1)

# ---------------------------------------------------------------- renderers
class Ctx:
    def __init__(self):
        self.g = 0

    def new(self):
        self.g += 1
        return "g%d" % self.g


def typed_digits(s, sizes, sep=None):
    sep = sep if sep is not None else R.choice([" ", "-", "", " ", "-", ".", "  "])
    gs = groups(s, sizes)
    if sep == "" or len(gs) == 1:
        return "".join(gs)
    if R.random() < 0.12:  # inconsistent separators from a fumbling typist
        out = gs[0]
        for g in gs[1:]:
            out += R.choice([" ", "-", " - ", "  "]) + g
        return out
    return sep.join(gs)


def spoken_digit_groups(s, sizes, filler=0.0, mode=None):
    gs = groups(s, sizes)
    out = []
    for gi, g in enumerate(gs):
        w = say_digits(g, mode, filler=filler)
        out.append(w)
    res = out[0]
    for w in out[1:]:
        res += ", " if R.random() < 0.6 else " "
        if filler and R.random() < filler:
            res += R.choice(FILLERS) + ", "
        res += w
    return res


def typed_date(d, m, y, typ):
    if typ == "EXPIRY":
        return R.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                         "%s %d" % (MONTHS[m - 1][:3].title(), y), "%02d%02d" % (m, y % 100),
                         "%d/%02d" % (m, y % 100), "%02d / %02d" % (m, y % 100), "%s/%02d" % (MONTHS[m - 1][:3].upper(), y % 100)])
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y),
                     "%d %s %d" % (d, MONTHS[m - 1].title(), y), "%d%s %s %d" % (d, sfx(d), MONTHS[m - 1][:3], y),
                     "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%d-%02d-%02d" % (y, m, d),
                     "%02d.%02d.%02d" % (d, m, y % 100), "%02d/%02d/%d" % (m, d, y)])


def sfx(d):
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def say_year(y):
    if y >= 2000 and y < 2010:
        return R.choice(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]])
    hi, lo = divmod(y, 100)
    w1 = TEENS[hi - 10] if hi < 20 else "twenty"
    if lo == 0:
        return w1 + " hundred"
    if lo < 10:
        return w1 + " oh " + UNITS[lo]
    return w1 + " " + say_pair("%02d" % lo)[0]


def say_ord(d):
    if d in ORD_W:
        return ORD_W[d]
    t, u = divmod(d, 10)
    return TENS_W[t] + " " + ORD_W[u]


def spoken_date(d, m, y, typ):
    if typ == "EXPIRY":
        yy = y % 100
        return R.choice([say_pair("%02d" % m)[0] + " " + say_pair("%02d" % yy)[0],
                         MONTHS[m - 1] + " " + say_year(y),
                         MONTHS[m - 1] + " " + say_pair("%02d" % yy)[0],
                         sd("0") + " " + UNITS[m] + " " + say_year(y) if m < 10 else TEENS[m - 10] + " " + say_year(y)])
    return R.choice([say_ord(d) + " of " + MONTHS[m - 1] + " " + say_year(y),
                     say_ord(d) + " of " + MONTHS[m - 1] + ", " + say_year(y),
                     MONTHS[m - 1] + " " + say_ord(d) + " " + say_year(y),
                     say_pair("%02d" % d)[0] + ", " + say_pair("%02d" % m)[0] + ", " + say_year(y)
                     if d >= 13 else say_ord(d) + " " + MONTHS[m - 1] + " " + say_year(y)])

# ---------------------------------------------------------------- scene bits
INDUSTRY = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
            "government services"]
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah go ahead", "got that", "mm hm, and the rest?",
        "okay, keep going"]
ASIDES = ["sorry, hang on, the dog's going mental", "one sec, I'm just reading it off the card",
          "sorry, my glasses, right", "hold on, the kids are shouting", "wait, let me turn the telly down",
          "sorry, it's a bit worn, the numbers", "bear with me", "hang on, signal's bad"]
OPEN_ASR = ["okay so", "yeah", "right, um", "so yeah", "uh okay", "erm", "yes", "sure"]
AG_ASK = {
    "CARD_NUMBER": ["can I take the long number on the front of the card please", "what's the card number",
                    "go ahead with the sixteen digit number", "and the card number when you're ready"],
    "SSN": ["can you confirm your social security number", "I need the last, sorry, the full social please",
            "and your SSN for verification"],
    "NI_NUMBER": ["can I take your national insurance number", "what's your NI number please",
                  "and your national insurance number for the claim"],
    "PHONE": ["what's the best number to reach you on", "and a contact number", "what number should we call back on"],
    "EMAIL": ["and your email address", "what email should the receipt go to", "can I get an email for the confirmation"],
    "DOB": ["can you confirm your date of birth", "and your date of birth please", "date of birth for security"],
    "IBAN": ["can you read me the IBAN", "what's the IBAN for the refund", "I'll need the IBAN of the receiving account"],
    "BANK_ACCOUNT": ["and the account number", "which account number is it going to"],
    "POSTCODE": ["and the postcode", "what's the zip code on the account"],
}
NAMES = ["Jo", "Sam", "Aoife", "Dave", "Priya", "Tom", "Kasia", "Marcus", "Lena", "Ruth"]


def ag(typ):
    return R.choice(AG_ASK[typ]) + R.choice(["?", "?", ".", ""])


def pick_channel():
    return R.choice(["chat", "email", "sms", "webform", "asr", "asr", "asr"])


def industry():
    return R.choice(INDUSTRY)


# ---------------------------------------------------------------- positive builders
def p_card_typed(c):
    card, sizes = mk_card()
    if R.random() < 0.2 and len(card) == 16:
        sizes = R.choice([(3, 5, 4, 4), (4, 4, 8), (8, 8), (2, 4, 4, 4, 2), (4, 12)])
    g = c.new()
    typed = typed_digits(card, sizes)
    exp = mk_date(2025, 2031)
    cvv = "".join(str(R.randrange(10)) for _ in range(4 if len(card) == 15 else 3))
    ch = R.choice(["chat", "email", "sms", "webform", "chat"])
    withx = R.random() < 0.6
    e_t = typed_date(exp[0], exp[1], exp[2], "EXPIRY")
    segs = []
    if ch == "chat" and R.random() < 0.3 and len(sizes) >= 3:
        gs = groups(card, sizes)
        a, b = "".join(gs[:2]), "".join(gs[2:])
        turns = [("agent", ["Go ahead and type the card number when ready."]),
                 ("customer", [R.choice(["", "ok ", "Card: "]), L(" ".join(gs[:2]), "CARD_NUMBER", g, a)]),
                 ("customer", [L(" ".join(gs[2:]), "CARD_NUMBER", g, b), R.choice([" sorry hit enter too soon", " <- rest of it", "", " oops"])]),
                 ("agent", ["Thanks, I've got all %d digits." % len(card)])]
        return turns, "typed chat card split over two messages"
    if ch == "chat":
        segs = [R.choice(["card no: ", "Card number is ", "its ", "ok here: ", "CARD - ", "Number:", "visa ", "the card is "]),
                L(typed, "CARD_NUMBER", g, card)]
        if withx:
            segs += [R.choice([" exp ", ", expires ", " Exp:", " valid till ", "  expiry "]), L(e_t, "EXPIRY", c.new(), exp),
                     R.choice([" cvv ", ", cvc:", " sec code ", " and the 3 digits r "]), L(cvv, "CVV", c.new(), cvv)]
        turns = [("agent", [R.choice(["Hi, I can take that payment for you here.", "Please provide the card details to settle the balance.",
                                      "Thanks for waiting! What card would you like to use?"])]),
                 ("customer", segs)]
    elif ch == "email":
        nm = R.choice(NAMES)
        segs = ["Hi team,\n\nPlease use the below for the renewal:\n\n",
                R.choice(["Card number: ", "Card No. ", "CARD NUMBER:\t", "Long number - "]), L(typed, "CARD_NUMBER", g, card), "\n"]
        if withx:
            segs += [R.choice(["Expiry: ", "Exp date: ", "Valid thru "]), L(e_t, "EXPIRY", c.new(), exp), "\n",
                     R.choice(["CVV: ", "Security code: ", "CSC "]), L(cvv, "CVV", c.new(), cvv), "\n"]
        segs += ["\nThanks,\n" + nm]
        turns = [("customer", segs), ("agent", ["Thanks %s, the renewal has been processed." % nm])]
    elif ch == "sms":
        segs = [R.choice(["card ", "CARD ", "pay w ", "use "]), L(typed.replace(" ", ""), "CARD_NUMBER", g, card)]
        if withx:
            segs += [" ", L(e_t, "EXPIRY", c.new(), exp), " ", L(cvv, "CVV", c.new(), cvv)]
        turns = [("agent", ["Reply with the card you want to pay the top-up with."]), ("customer", segs)]
    else:
        segs = ["Name on card: %s %s | " % (R.choice(FIRST).title(), R.choice(LAST).title()),
                R.choice(["Card No.: ", "PAN: ", "card_number=", "Card Number* "]), L(typed, "CARD_NUMBER", g, card)]
        if withx:
            segs += [" | Exp (MM/YY): ", L(e_t, "EXPIRY", c.new(), exp), " | CVV2: ", L(cvv, "CVV", c.new(), cvv)]
        segs += [" | Amount: GBP %d.%02d" % (R.randint(10, 900), R.randrange(100))]
        turns = [("customer", segs)]
    if R.random() < 0.35:
        turns.append(("agent", ["Saved, that's the card ending ", L(card[-4:], "CARD_NUMBER", c.new(), check=False),
                                " on file now."]))
    return turns, "typed %s card%s" % (ch, " with expiry/cvv" if withx else "")


def spoken_card(card, sizes, filler=0.15):
    return spoken_digit_groups(card, sizes, filler=filler)


def p_card_asr(c):
    card, sizes = mk_card()
    g = c.new()
    style = R.choice(["single", "split", "split", "correct", "aside", "readback"])
    gs = groups(card, sizes)
    turns = [("agent", [ag("CARD_NUMBER")])]
    if style in ("single", "readback"):
        turns.append(("customer", [R.choice(OPEN_ASR) + " it's ", L(spoken_card(card, sizes), "CARD_NUMBER", g, card)]))
        if style == "readback":
            turns.append(("agent", ["let me read that back, ", L(spoken_digit_groups(card, sizes, mode="single"), "CARD_NUMBER", c.new(), card),
                                    ", is that right?"]))
            turns.append(("customer", ["yes that's it"]))
    elif style == "split":
        k = R.randint(1, len(gs) - 1)
        a, b = "".join(gs[:k]), "".join(gs[k:])
        turns.append(("customer", [R.choice(OPEN_ASR) + " ", L(spoken_digit_groups(a, sizes[:k], 0.1), "CARD_NUMBER", g, a)]))
        turns.append(("agent", [R.choice(BACK)]))
        if len(gs) - k >= 2 and R.random() < 0.5:
            b1, b2 = gs[k], "".join(gs[k + 1:])
            turns.append(("customer", [L(say_digits(b1), "CARD_NUMBER", g, b1)]))
            turns.append(("agent", [R.choice(BACK)]))
            turns.append(("customer", [L(spoken_digit_groups(b2, sizes[k + 1:], 0.1), "CARD_NUMBER", g, b2), R.choice(["", ", that's it", " and that's the lot"])]))
        else:
            turns.append(("customer", [L(spoken_digit_groups(b, sizes[k:], 0.1), "CARD_NUMBER", g, b)]))
        if R.random() < 0.5:
            turns.append(("agent", ["thank you, so that's the card ending ",
                                    L(say_digits(card[-4:], "single"), "CARD_NUMBER", c.new(), check=False), "?"]))
    elif style == "correct":
        wrong = gs[0][:3] + str((int(gs[0][3]) + 3) % 10)
        turns.append(("customer", ["it's ", L(say_digits(wrong, "single"), "CARD_NUMBER", c.new(), check=False),
                                   R.choice([", no sorry, let me start again, ", ", wait no, that's wrong, it's ",
                                             "... sorry I misread that, from the top, "]),
                                   L(spoken_card(card, sizes), "CARD_NUMBER", g, card)]))
    else:
        k = R.randint(1, len(gs) - 1)
        a, b = "".join(gs[:k]), "".join(gs[k:])
        turns.append(("customer", [L(spoken_digit_groups(a, sizes[:k]), "CARD_NUMBER", g, a), ", " + R.choice(ASIDES) + ", ",
                                   L(spoken_digit_groups(b, sizes[k:]), "CARD_NUMBER", g, b)]))
    if R.random() < 0.45:
        exp = mk_date(2025, 2031)
        cvv = "".join(str(R.randrange(10)) for _ in range(4 if len(card) == 15 else 3))
        turns.append(("agent", ["and the expiry date?"]))
        turns.append(("customer", [R.choice(["it's ", "uh ", "expires ", ""]), L(spoken_date(*exp, typ="EXPIRY"), "EXPIRY", c.new(), exp)]))
        turns.append(("agent", ["and the " + ("four" if len(cvv) == 4 else "three") + " digit security code"]))
        turns.append(("customer", [R.choice(["", "it's ", "um ", "yeah "]), L(say_digits(cvv, R.choice(["single", "mixed"])), "CVV", c.new(), cvv)]))
    return turns, "asr card reading (%s)" % style


def p_ssn(c):
    s = mk_ssn()
    g = c.new()
    if R.random() < 0.45:
        t = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s", "%s.%s.%s", "%s - %s - %s"]) % (s[:3], s[3:5], s[5:])
        ch = R.choice(["chat", "email", "webform"])
        if ch == "chat":
            turns = [("agent", ["To verify I'll need your SSN."]),
                     ("customer", [R.choice(["ssn ", "SSN: ", "ok its ", "Social - ", "ss#", "my ssn is "]), L(t, "SSN", g, s)])]
        elif ch == "email":
            turns = [("customer", ["Hello,\nRe: my %s account. My details:\nSocial Security No: " % industry(), L(t, "SSN", g, s),
                                   "\nPolicy number: POL-%d\nThanks" % R.randint(100000, 999999)])]
        else:
            turns = [("customer", ["First name: %s | Last name: %s | SSN* ", ] if False else
                      ["First name: %s | Last name: %s | SSN* " % (R.choice(FIRST).title(), R.choice(LAST).title()),
                       L(t, "SSN", g, s), " | ZIP: ", L(z := mk_zip(), "POSTCODE", c.new(), z.replace("-", ""))])]
        return turns, "typed SSN (%s)" % ch
    turns = [("agent", [ag("SSN")])]
    style = R.choice(["one", "split", "readback", "split"])
    if style == "split":
        turns.append(("customer", [R.choice(["sure, ", "okay ", "um, "]), L(say_digits(s[:3]), "SSN", g, s[:3])]))
        turns.append(("agent", [R.choice(BACK)]))
        turns.append(("customer", [L(say_digits(s[3:5]) + ", " + R.choice(["", "um, "]) + say_digits(s[5:]), "SSN", g, s[3:])]))
    else:
        turns.append(("customer", [R.choice(["it's ", "yeah it's ", "okay, "]),
                                   L(say_digits(s[:3]) + ", " + say_digits(s[3:5]) + R.choice([", ", ", uh, "]) + say_digits(s[5:]), "SSN", g, s)]))
    if style == "readback":
        turns.append(("agent", ["so that's ", L(say_digits(s, "single"), "SSN", c.new(), s), "?"]))
        turns.append(("customer", ["correct"]))
    return turns, "asr SSN (%s)" % style


def p_ni(c):
    ni = mk_ni()
    g = c.new()
    if R.random() < 0.45:
        t = R.choice([ni, "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), ni.lower(),
                      "%s%s %s" % (ni[:2], ni[2:8], ni[8]), ni[:2].lower() + ni[2:], "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])])
        ch = R.choice(["chat", "email", "webform", "sms"])
        lead = {"chat": "NI no: ", "email": "My National Insurance number is ", "webform": "NINO: ", "sms": "ni "}[ch]
        turns = [("customer", [R.choice([lead, "National insurance: ", "NI number - ", lead]), L(t, "NI_NUMBER", g, ni),
                               R.choice(["", " thanks", ". Ref CL-%d" % R.randint(10000, 99999), "\n\nKind regards"])])]
        if ch == "chat":
            turns.insert(0, ("agent", ["Could you provide your NI number so I can locate the claim?"]))
        return turns, "typed NI number (%s)" % ch
    turns = [("agent", [ag("NI_NUMBER")])]
    style = R.choice(["one", "split", "readback"])
    if style == "split":
        turns.append(("customer", [R.choice(["yeah it's ", "okay, ", ""]), L(say_alnum(ni[:4], 0.5), "NI_NUMBER", g, ni[:4])]))
        turns.append(("agent", [R.choice(BACK)]))
        turns.append(("customer", [L(say_alnum(ni[4:], 0.5), "NI_NUMBER", g, ni[4:])]))
    else:
        turns.append(("customer", [R.choice(["it's ", "um it's ", "right, "]), L(say_alnum(ni[:2], 0.5) + R.choice([", ", ", um, "]) +
                                                                                say_alnum(ni[2:8]) + ", " + say_alnum(ni[8], 0.4), "NI_NUMBER", g, ni)]))
    if style == "readback":
        turns.append(("agent", ["thanks, I've got ", L(say_alnum(ni, 0.2), "NI_NUMBER", c.new(), ni), ", yeah?"]))
    return turns, "asr NI number (%s)" % style


def p_bank(c):
    sc = "".join(str(R.randrange(10)) for _ in range(6))
    acct = "".join(str(R.randrange(10)) for _ in range(R.choice([8, 8, 8, 10, 12])))
    if R.random() < 0.45:
        sct = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:])
        turns = [("customer", [R.choice(["Sort code: ", "SC ", "sort ", "s/c: "]), L(sct, "SORT_CODE", c.new(), sc),
                               R.choice([" acct no: ", "\nAccount number: ", " a/c ", ", account "]),
                               L(typed_digits(acct, (4, 4, 4), R.choice(["", "", " "])), "BANK_ACCOUNT", c.new(), acct),
                               R.choice(["", "\nRef: refund for order %d" % R.randint(100000, 999999), " pls refund there"])])]
        return turns, "typed sort code and account"
    turns = [("agent", ["what's the sort code of the account?"]),
             ("customer", [R.choice(["it's ", "uh ", ""]), L(say_digits(sc[:2], "pairs") + ", " + say_digits(sc[2:4], R.choice(["pairs", "single"])) +
                                                             ", " + say_digits(sc[4:], R.choice(["pairs", "single"])), "SORT_CODE", c.new(), sc)]),
             ("agent", [R.choice(["and the account number", "lovely, and the eight digit account number"])])]
    g = c.new()
    if R.random() < 0.5:
        turns.append(("customer", [L(say_digits(acct[:4]), "BANK_ACCOUNT", g, acct[:4])]))
        turns.append(("agent", [R.choice(BACK)]))
        turns.append(("customer", [L(say_digits(acct[4:], filler=0.2), "BANK_ACCOUNT", g, acct[4:])]))
    else:
        turns.append(("customer", [R.choice(["", "it's ", "okay "]), L(say_digits(acct, filler=0.15), "BANK_ACCOUNT", g, acct)]))
    return turns, "asr sort code and account number"


def p_iban(c):
    ib = mk_iban()
    g = c.new()
    if R.random() < 0.5:
        t = R.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower(),
                      " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower(), ib[:2] + " " + ib[2:]])
        turns = [("customer", [R.choice(["IBAN: ", "iban ", "Please send it to ", "Bank details below\nIBAN - "]), L(t, "IBAN", g, ib),
                               R.choice(["", "\nBIC: %sGB2L" % ib[4:8] if ib[:2] == "GB" else "", " thx"])])]
        return turns, "typed IBAN"
    turns = [("agent", [ag("IBAN")])]
    k = R.choice([8, 12])
    turns.append(("customer", [R.choice(["okay, ", "it's ", ""]), L(say_alnum(ib[:k], 0.5), "IBAN", g, ib[:k])]))
    turns.append(("agent", [R.choice(BACK)]))
    turns.append(("customer", [L(say_alnum(ib[k:], 0.5), "IBAN", g, ib[k:])]))
    return turns, "asr IBAN split over turns"


def p_phone(c):
    plus, s, sizes = mk_phone()
    if R.random() < 0.5:
        t = typed_digits(s, sizes, R.choice([" ", "-", "", "."]))
        if sizes == (3, 3, 4) and s[0] != "0" and R.random() < 0.5:
            t = "(%s) %s-%s" % (s[:3], s[3:6], s[6:])
            pre = "("
            t = t[1:]
        else:
            pre = plus
        turns = [("customer", [R.choice(["call me on ", "Tel: ", "mob ", "ph. ", "Contact number: ", "text me at "]) + pre,
                               L(t, "PHONE", c.new(), s), R.choice(["", " after 6pm", " (mobile)", " thanks"])])]
        return turns, "typed phone"
    g = c.new()
    lead = "plus " if plus else ""
    turns = [("agent", [ag("PHONE")])]
    sp = spoken_digit_groups(s, sizes, 0.1)
    turns.append(("customer", [R.choice(["it's ", "yeah ", "best one is ", ""]) + lead, L(sp, "PHONE", g, s)]))
    if R.random() < 0.4:
        turns.append(("agent", ["so that's " + lead, L(spoken_digit_groups(s, sizes, mode="single"), "PHONE", c.new(), s), "?"]))
    return turns, "asr phone"


def p_email(c):
    e = mk_email()
    if R.random() < 0.5:
        t = R.choice([e, e.title() if False else e[0].upper() + e[1:], e.upper(), e.replace("@", " @ ") if False else e])
        turns = [("customer", [R.choice(["email: ", "send it to ", "E-mail address - ", "my email is ", "reply to "]),
                               L(t, "EMAIL", c.new(), e), R.choice(["", " pls", ".", " thanks!"])])]
        return turns, "typed email"
    turns = [("agent", [ag("EMAIL")]),
             ("customer", [R.choice(["it's ", "yeah it's ", "um ", ""]), L(say_email(e), "EMAIL", c.new(), e)])]
    return turns, "asr spelled email"


def p_dob(c):
    d = mk_date(1940, 2005)
    if R.random() < 0.45:
        turns = [("customer", [R.choice(["DOB: ", "date of birth ", "D.O.B - ", "born "]), L(typed_date(*d, typ="DOB"), "DOB", c.new(), d)])]
        return turns, "typed DOB"
    turns = [("agent", [ag("DOB")]), ("customer", [R.choice(["it's ", "", "yeah, ", "the "]), L(spoken_date(*d, typ="DOB"), "DOB", c.new(), d)])]
    return turns, "asr DOB"


def p_address(c):
    country = R.choice(["UK", "UK", "US", "IE"])
    num = R.randint(1, 240)
    street = "%s %s" % (R.choice(STREETS), R.choice(SUFFIX))
    flat = R.random() < 0.25
    addr = ("Flat %d, " % R.randint(1, 12) if flat else "") + "%d %s" % (num, street)
    canon = norm_for("ADDRESS", addr)
    typed = R.random() < 0.5
    if country == "UK":
        pc = mk_ukpc(); town = R.choice(TOWNS_UK); pcn = pc.replace(" ", "")
    elif country == "US":
        pc = mk_zip(); town = "%s, %s" % R.choice(TOWNS_US); pcn = pc.replace("-", "")
    else:
        pc = None; town = R.choice(TOWNS_IE)
    if typed:
        at = addr if R.random() < 0.7 else addr.upper()
        if R.random() < 0.3:
            sfx_ = addr.split()[-1]
            if sfx_ in ABBR:
                at = addr[: -len(sfx_)] + ABBR[sfx_] + "."
                at = at[:-1]
                canon = norm_for("ADDRESS", at)
        segs = [R.choice(["Address: ", "new address is ", "Ship to: ", "Billing address\n"]), L(at, "ADDRESS", c.new(), canon), ", " + town]
        if pc:
            segs += [" " if country == "US" else ", ", L(pc if R.random() < 0.7 else pc.lower(), "POSTCODE", c.new(), pcn)]
        return [("customer", segs)], "typed address (%s)" % country
    nums = "flat " + say_digits(str(R.randint(1, 12)), "pairs") + ", " if flat else ""
    sp_num = R.choice([say_digits(str(num), "mixed"), say_digits(str(num), "single")]) if num >= 100 else say_digits(str(num), "pairs")
    sp = nums + sp_num + " " + street.lower()
    canon = norm_for("ADDRESS", sp)
    turns = [("agent", ["and the first line of the address?"]),
             ("customer", [R.choice(["it's ", "", "yeah it's "]), L(sp, "ADDRESS", c.new(), canon), ", " + town.lower()])]
    if pc:
        turns.append(("agent", [ag("POSTCODE")]))
        if country == "UK":
            turns.append(("customer", [L(say_alnum(pcn, 0.4), "POSTCODE", c.new(), pcn)]))
        else:
            turns.append(("customer", [L(say_digits(pcn, "single"), "POSTCODE", c.new(), pcn)]))
    return turns, "asr address (%s)" % country


def p_combo(c):
    """several types in one realistic exchange"""
    parts = []
    b1, b2 = R.sample([p_dob, p_phone, p_email, p_address, p_ni, p_ssn, p_bank], 2)
    t1, n1 = b1(c)
    t2, n2 = b2(c)
    pre = [("agent", ["Thanks for calling %s support, this call may be recorded." % industry()])] if R.random() < 0.5 else []
    extra = []
    if R.random() < 0.4:
        extra = [("agent", ["I can see the card ending %s on the account, is that still valid?" % "".join(str(R.randrange(10)) for _ in range(4))]),
                 ("customer", ["yes"])]
    return pre + t1 + extra + t2, "combo: %s + %s" % (n1, n2)

# ---------------------------------------------------------------- negative builders
def rdig(n):
    return str(R.randint(1, 9)) + "".join(str(R.randrange(10)) for _ in range(n - 1))


def n_luhn_ref(c):
    ref, sizes = luhn_complete(R.choice(["4", "5", "6"]), 16), (4, 4, 4, 4)
    lab = R.choice(["order number", "parcel tracking number", "booking reference", "claim reference", "gift voucher serial",
                    "loyalty membership ID", "case number", "transaction ID"])
    if R.random() < 0.5:
        return [("customer", ["my %s is " % lab + spoken_digit_groups(ref, sizes)]),
                ("agent", ["thanks, I've found the %s" % lab.split()[0]])], "16-digit Luhn-valid %s spoken like a card" % lab
    return [("customer", ["%s: %s" % (lab.title(), typed_digits(ref, sizes))])], "16-digit Luhn-valid %s typed" % lab


def n_last4(c):
    l4 = rdig(4)
    v = R.choice(["the card ending %s" % l4, "card ending in " + say_digits(l4, "single"), "**** **** **** %s" % l4,
                  "XXXX-XXXX-XXXX-%s" % l4, "visa ending " + say_digits(l4, "pairs"), "card ending ****%s" % l4])
    return [("agent", ["I can see %s on file, would you like to use that one?" % v]), ("customer", ["yes please, that one"])], "card last four / masked card only"


def n_masked(c):
    v = R.choice(["SSN: ***-**-****", "NI: ** ** ** ** *", "Card: **** **** **** ****", "Acct: ********", "IBAN: GB** **** **** **** **** **",
                  "Email: j***@g****.com", "DOB: **/**/****"])
    return [("agent", ["For your security the form shows %s - please don't send full details over chat." % v])], "fully masked values"


def n_amount(c):
    amt = R.choice(["£%d.%02d" % (R.randint(10, 9999), R.randrange(100)), "$%d,%03d.%02d" % (R.randint(1, 99), R.randrange(1000), R.randrange(100)),
                    "€%d" % R.randint(5, 5000), "%d pounds %d" % (R.randint(2, 900), R.randint(1, 99))])
    sp = say_hundred(rdig(3))[0]
    return [("agent", [R.choice(["your outstanding balance is %s", "the bill this month comes to %s", "the refund of %s was issued",
                                 "the excess on the policy is %s"]) % amt]),
            ("customer", ["and last month it was " + sp + " pounds which seems a lot"])], "amounts and balances"


def n_times(c):
    return [("agent", ["we're open %d till %d Monday to Friday, and %d.%02d to %d on Saturdays, the wait is about %d minutes" % (
        R.randint(7, 9), R.randint(17, 20), R.randint(8, 10), R.choice([0, 30]), R.randint(13, 16), R.randint(5, 45))]),
            ("customer", ["okay I'll call back at " + R.choice(["half four", "quarter past nine", "ten thirty", "twelve fifteen"])])], "opening hours, times, durations"


def n_counts(c):
    return [("customer", ["I'm %d, I've been a customer for %d years, there's %d of us on the plan and we used %d percent of the data" % (
        R.randint(19, 90), R.randint(2, 30), R.randint(2, 6), R.randint(10, 99))]),
            ("agent", ["the heating was set to %d degrees and it's %d%% over the average" % (R.randint(16, 25), R.randint(5, 60))])], "ages, counts, percentages, temperatures"


def n_dates(c):
    d = mk_date(2024, 2027)
    return [("agent", ["your appointment is on %s at %d.%02d, and the next payment of £%d is due %d/%d/%d; the contract ends %s %d" % (
        typed_date(*d, typ="DOB"), R.randint(8, 17), R.choice([0, 15, 30, 45]), R.randint(10, 99), R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027),
        MONTHS[R.randrange(12)].title(), R.randint(2025, 2028))])], "appointment, payment and contract dates"


def n_spoken_dates(c):
    d = mk_date(2024, 2027)
    return [("customer", ["the engineer's coming on the %s of %s, and I moved in back in %s" % (say_ord(d[0]), MONTHS[d[1] - 1], say_year(R.randint(1995, 2022)))]),
            ("agent", ["lovely, the direct debit goes out on the " + say_ord(R.randint(1, 28)) + " of each month"])], "spoken appointment/payment dates"


def n_refs(c):
    lab, val = R.choice([
        ("Order #", "%s" % rdig(R.choice([9, 10, 12]))), ("Ticket ID: ", "INC%s" % rdig(7)), ("Invoice no. ", "INV-%d-%s" % (R.randint(2020, 2026), rdig(6))),
        ("Claim ref ", "CLM/%s/%s" % (rdig(4), rdig(6))), ("Tracking: ", "1Z%s%s" % ("".join(R.choice("ABCDEFXY") for _ in range(6)), rdig(10))),
        ("Serial number ", "SN-%s-%s" % (rdig(5), rdig(8))), ("Model ", "WM%s-%s" % (rdig(4), R.choice(["UK", "EU", "X"]))),
        ("Policy number: ", "%s%s" % ("".join(R.choice("ABCHMPX") for _ in range(3)), rdig(9))), ("Reference: ", rdig(11)),
        ("Meter reading ", "%05d" % R.randint(0, 99999)), ("MPRN ", rdig(11)), ("Account reference ", "%s-%s" % (rdig(6), rdig(4))),
        ("Customer ID ", rdig(8)), ("Booking ref: ", "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))])
    ch = R.random() < 0.5
    if ch:
        return [("customer", ["Hi, " + R.choice(["re ", "chasing ", "about "]) + lab + val + R.choice(["", " - any update?", ", still waiting"])])], "typed labelled reference: %s" % lab.strip()
    digits = re.sub(r"\D", "", val)
    return [("customer", ["yeah the %s is %s" % (lab.strip(" :#.").lower(), (say_alnum(val.replace("-", "").replace("/", ""), 0.3)))]),
            ("agent", ["thank you, bringing that up now"])], "spoken labelled reference: %s" % lab.strip()


def n_travel(c):
    return [("agent", ["flight %s%d departs gate %s%d, seat %d%s, and your hotel room is %d" % (
        R.choice(["BA", "EI", "FR", "LH", "AA"]), R.randint(100, 9999), R.choice("ABC"), R.randint(1, 60), R.randint(1, 40), R.choice("ABCDEF"), R.randint(100, 1299))]),
            ("customer", ["so gate " + say_digits(str(R.randint(10, 60)), "pairs") + " and room " + say_digits(str(R.randint(100, 999)), "mixed") + "?"])], "flight, gate, seat and room numbers"


def n_roads(c):
    return [("customer", [R.choice(["I was on the M%d near junction %d" % (R.randint(1, 62), R.randint(1, 30)),
                                    "the crash happened on I-%d at exit %d" % (R.choice([5, 10, 80, 95]), R.randint(10, 200)),
                                    "it's off the A%d past the N%d roundabout" % (R.randint(1, 999), R.randint(1, 25)),
                                    "we drove down Route %d" % R.randint(1, 99)])]),
            ("agent", ["okay, and roughly what time was that?"])], "road names and junctions"


def n_phone_like(c):
    v = "0%s %s" % (rdig(4), rdig(6))
    return [("customer", ["the %s on the boiler is %s and the error code is E%d" % (R.choice(["serial number", "model number", "GC number"]), v, R.randint(100, 999))])], "phone-shaped serial number"


def n_long_spoken(c):
    n = rdig(R.choice([9, 10, 12]))
    lab = R.choice(["meter reading", "reference", "policy number", "order number", "tracking number", "ticket number", "invoice number"])
    return [("agent", ["can you read me the " + lab]),
            ("customer", [R.choice(["um, ", "yeah, ", ""]) + say_digits(n[:4]) + ", " + R.choice(BACK[:1] + ["hang on"]) + ", " + say_digits(n[4:])]),
            ("agent", ["great, that's the " + lab + " found"])], "long spoken %s with hesitation" % lab


NEG_BUILDERS = [n_luhn_ref, n_luhn_ref, n_last4, n_last4, n_masked, n_amount, n_times, n_counts, n_dates, n_spoken_dates,
                n_refs, n_refs, n_refs, n_travel, n_roads, n_phone_like, n_long_spoken, n_long_spoken]

POS_PLAN = ([p_card_typed] * 30 + [p_card_asr] * 35 + [p_ssn] * 28 + [p_ni] * 28 + [p_bank] * 14 + [p_iban] * 14 +
            [p_phone] * 16 + [p_email] * 14 + [p_dob] * 14 + [p_address] * 18 + [p_combo] * 14)


# ---------------------------------------------------------------- generate / check
def generate():
    cases, metas = [], []
    plan = list(POS_PLAN)
    R.shuffle(plan)
    for i, fn in enumerate(plan):
        c = Ctx()
        turns, note = fn(c)
        tj, spans, meta = build(turns)
        cases.append({"id": "h355-pos-%03d" % (i + 1), "kind": "positive", "turns": tj, "spans": spans, "note": note})
        metas.append(meta)
    for i in range(110):
        fn = NEG_BUILDERS[i % len(NEG_BUILDERS)] if i < len(NEG_BUILDERS) else R.choice(NEG_BUILDERS)
        turns, note = fn(Ctx())
        tj, spans, meta = build(turns)
        assert not spans
        cases.append({"id": "h355-neg-%03d" % (i + 1), "kind": "negative", "turns": tj, "spans": spans, "note": note})
        metas.append(meta)
    text = "".join(json.dumps(cs, ensure_ascii=False) + "\n" for cs in cases)
    return text, cases, metas


def check(text, cases, metas):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for cs, meta in zip(cases, metas):
        if cs["kind"] == "negative" and cs["spans"]:
            errs.append(cs["id"] + ": negative with spans")
        if cs["kind"] == "positive" and not cs["spans"]:
            errs.append(cs["id"] + ": positive without spans")
        for sp in cs["spans"]:
            t = cs["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(t)):
                errs.append("%s: offsets out of range %r" % (cs["id"], sp)); continue
            if not (t[s].isalnum() and t[e - 1].isalnum()) or (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
                errs.append("%s: span not on word boundary %r %r" % (cs["id"], sp, t[max(0, s - 3):e + 3]))
            if sp["type"] not in TYPES:
                errs.append("%s: bad type" % cs["id"])
        by_turn = {}
        for sp in cs["spans"]:
            by_turn.setdefault(sp["turn"], []).append(sp)
        for lst in by_turn.values():
            lst.sort(key=lambda x: x["start"])
            for a, b in zip(lst, lst[1:]):
                if b["start"] < a["end"]:
                    errs.append("%s: overlapping spans" % cs["id"])
        groups_ = {}
        for sp, m in zip(cs["spans"], meta):
            if cs["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]] != m.text:
                errs.append("%s: span text mismatch" % cs["id"])
            if m.check:
                groups_.setdefault(m.group, []).append(m)
        for g, ms in groups_.items():
            typ = ms[0].typ
            norm = "".join(norm_for(typ, m.text) for m in ms) if typ not in ("ADDRESS",) else " ".join(norm_for(typ, m.text) for m in ms)
            canon = ms[0].canon if len(ms) == 1 else "".join(m.canon for m in ms)
            if not validate(typ, norm, canon):
                errs.append("%s: %s value fails validation: %r -> %r (want %r)" % (cs["id"], typ, [m.text for m in ms], norm, canon))
    return errs


def counts(cases):
    cnt = Counter(sp["type"] for c in cases for sp in c["spans"])
    return cnt


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    text, cases, metas = generate()
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if a.check:
        errs = check(text, cases, metas)
        mins = {t: 10 for t in TYPES}
        mins.update(CARD_NUMBER=70, SSN=30, NI_NUMBER=30)
        for t, m in mins.items():
            if cnt[t] < m:
                errs.append("too few %s spans: %d < %d" % (t, cnt[t], m))
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        for e in errs[:60]:
            print("ERROR", e)
        print("positives=%d negatives=%d spans=%s" % (npos, nneg, dict(sorted(cnt.items()))))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s: positives=%d negatives=%d spans=%s" % (OUT, npos, nneg, dict(sorted(cnt.items()))))


if __name__ == "__main__":
    main()

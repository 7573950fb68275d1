#!/usr/bin/env python3
"""Generate the pii_holdout427 held-out PII redaction evaluation set.

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.

    python scripts/make_pii_holdout427.py          # (re)write the fixture
    python scripts/make_pii_holdout427.py --check  # regenerate and verify
"""
import datetime
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout427")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
SEED = 427241125

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = None  # the single random generator, created in build()


def ch(seq):
    return R.choice(seq)


def p(x):
    return R.random() < x


# ---------------------------------------------------------------- segments
class V:
    """A labelled value segment.  frag: None (part of the full value),
    'prefix' (abandoned restart) or 'suffix' (last-four after a full read)."""

    def __init__(self, text, typ, gid, frag=None):
        self.text, self.typ, self.gid, self.frag = text, typ, gid, frag


class Item:
    _n = 0

    def __init__(self, typ, canon):
        Item._n += 1
        self.typ, self.canon, self.gid = typ, canon, Item._n

    def v(self, text, frag=None):
        return V(text, self.typ, self.gid, frag)


# ---------------------------------------------------------------- numbers as words
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZEROS = ["oh", "oh", "zero", "o", "nought"]
FILLERS = ["um", "uh", "er", "erm"]


def zero_word(style):
    return style.get("zero") or ch(ZEROS)


def dw(d, style):
    return zero_word(style) if d == "0" else UNIT_W[int(d)]


def two_words(s, style):
    a, b = s
    if a == "0":
        if b == "0":
            return "double " + zero_word(style)
        return zero_word(style) + " " + UNIT_W[int(b)]
    if a == "1":
        return TEEN_W[int(b)]
    if b == "0":
        return TENS_W[int(a)]
    return TENS_W[int(a)] + " " + UNIT_W[int(b)]


def three_words(s, style):
    a, rest = s[0], s[1:]
    if a == "0":
        return None
    if rest == "00":
        return UNIT_W[int(a)] + " hundred"
    if rest[0] == "0":
        return UNIT_W[int(a)] + " hundred and " + UNIT_W[int(rest[1])]
    return UNIT_W[int(a)] + " hundred and " + two_words(rest, style)


def singles(s, style, allow_runs=True):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        if allow_runs and run == 3 and p(0.6):
            out.append("triple " + dw(s[i], style)); i += 3; continue
        if allow_runs and run >= 2 and p(0.6):
            out.append("double " + dw(s[i], style)); i += 2; continue
        out.append(dw(s[i], style)); i += 1
    return " ".join(out)


def say_group(s, mode, style):
    """Speak a digit string.  Falls back to digit-by-digit if ambiguous."""
    if mode == "pairs" and len(s) % 2 == 0:
        w = " ".join(two_words(s[k:k + 2], style) for k in range(0, len(s), 2))
    elif mode == "hundreds" and len(s) == 3 and s[0] != "0":
        w = three_words(s, style)
    elif mode == "mixed" and len(s) == 4:
        w = singles(s[:2], style) + " " + two_words(s[2:], style)
    else:
        w = singles(s, style)
    if digits_of(w) != s:
        w = singles(s, style, allow_runs=False)
    return w


def say_digits(s, groups, style=None, filler=0.0, sep=None):
    """Speak s split into group sizes; returns text."""
    style = style or {}
    mode = style.get("mode") or ch(["single", "single", "pairs", "mixed"])
    parts, k = [], 0
    for g in groups:
        chunk = s[k:k + g]; k += g
        parts.append(say_group(chunk, mode, style))
    out = parts[0]
    for part in parts[1:]:
        glue = sep if sep is not None else ch([" ", ", ", " ", "... ", " - "])
        if filler and p(filler):
            glue = ch([" ", ", "]) + ch(FILLERS) + ch([" ", ", "])
        out += glue + part
    if digits_of(out) != s:
        return say_digits(s, groups, dict(style, mode="single", zero="zero"), filler, sep)
    return out


def year_words(y):
    if 2000 <= y <= 2009:
        return ch(["two thousand and ", "two thousand "]) + UNIT_W[y - 2000]
    hi, lo = divmod(y, 100)
    hiw = two_words(str(hi), {})
    if lo == 0:
        return hiw + " hundred"
    if lo < 10:
        return hiw + " oh " + UNIT_W[lo]
    return hiw + " " + two_words("%02d" % lo, {})


ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
FOR_WORDS = {"a": ["apple", "alpha"], "b": ["bravo", "bertie", "boy"], "c": ["charlie", "cat"],
             "d": ["delta", "david", "dog"], "e": ["echo", "edward"], "f": ["freddie", "foxtrot"],
             "g": ["george", "golf"], "h": ["hotel", "harry"], "j": ["juliet", "john"],
             "k": ["kilo", "king"], "l": ["lima", "london"], "m": ["mike", "mother"],
             "n": ["november", "nancy"], "p": ["papa", "peter"], "r": ["romeo", "robert"],
             "s": ["sierra", "sugar"], "t": ["tango", "tommy"], "w": ["whiskey", "william"],
             "x": ["x-ray"], "y": ["yankee", "yellow"], "z": ["zulu", "zebra"]}
LETTER_NAMES = {"b": "bee", "c": "see", "d": "dee", "j": "jay", "k": "kay", "p": "pee",
                "t": "tee", "y": "why", "z": "zed", "h": "aitch", "x": "ex", "s": "ess"}


def say_letter(c, style):
    c = c.lower()
    m = style.get("letters", "plain")
    if m == "nato" and c in NATO:
        return NATO[c]
    if m == "for" and c in FOR_WORDS:
        return c + ch([" for ", " for ", " as in "]) + ch(FOR_WORDS[c])
    if m == "names" and c in LETTER_NAMES and p(0.5):
        return LETTER_NAMES[c]
    return c


# ---------------------------------------------------------------- spoken-form normaliser
W2D = {w: str(i) for i, w in enumerate(UNIT_W)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
TEEN2 = {w: str(10 + i) for i, w in enumerate(TEEN_W)}
TENS2 = {w: str(i) for i, w in enumerate(TENS_W) if w}
NATO_R = {v: k for k, v in NATO.items()}
NAMES_R = {v: k for k, v in LETTER_NAMES.items()}
FILL = set(FILLERS)


def norm_tokens(text, email=False):
    toks = re.findall(r"[a-z]+(?:-ray)?|\d+|[@.+_\-]", text.lower())
    toks = [t for t in toks if t not in FILL]
    out, i = [], 0

    def unit(t):
        if email and t == "o":
            return "o"
        if t in W2D:
            return W2D[t]
        if t in NATO_R:
            return NATO_R[t]
        if len(t) == 1 and t.isalpha():
            return t
        return None

    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in ("double", "triple") and nxt is not None and unit(nxt) is not None:
            out.append(unit(nxt) * (2 if t == "double" else 3)); i += 2; continue
        if t in UNIT_W[1:] and nxt == "hundred":
            d = W2D[t]; i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            if i < len(toks) and toks[i] in TEEN2:
                out.append(d + TEEN2[toks[i]]); i += 1; continue
            if i < len(toks) and toks[i] in TENS2:
                tw = toks[i]; i += 1
                if i < len(toks) and toks[i] in UNIT_W[1:]:
                    out.append(d + TENS2[tw] + W2D[toks[i]]); i += 1
                else:
                    out.append(d + TENS2[tw] + "0")
                continue
            if i < len(toks) and toks[i - 1] == "and" and toks[i] in UNIT_W[1:]:
                out.append(d + "0" + W2D[toks[i]]); i += 1; continue
            out.append(d + "00"); continue
        if t in TEEN2:
            out.append(TEEN2[t]); i += 1; continue
        if t in TENS2:
            if nxt in UNIT_W[1:]:
                out.append(TENS2[t] + W2D[nxt]); i += 2
            else:
                out.append(TENS2[t] + "0"); i += 1
            continue
        if email and t in ("at", "dot", "underscore", "dash", "hyphen"):
            out.append({"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}[t])
            i += 1; continue
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks):
            out.append(t); i += 3; continue
        if len(t) == 1 and t.isalpha() and nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
            out.append(t); i += 4; continue
        if t in NAMES_R and not email:
            out.append(NAMES_R[t]); i += 1; continue
        u = unit(t)
        if u is not None:
            out.append(u); i += 1; continue
        if t.isdigit():
            out.append(t); i += 1; continue
        if t in "-." and not email:
            i += 1; continue
        out.append(t); i += 1
    return "".join(out)


def digits_of(text):
    return norm_tokens(text)


# ---------------------------------------------------------------- validators
def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_RE = re.compile(r"\b(road|rd|street|st|lane|ln|avenue|ave|drive|dr|close|way|crescent|"
                       r"terrace|place|court|gardens|grove|hill|row|park|boulevard|blvd|square)\b", re.I)
MONTH_RE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)


def validate_canon(typ, c):
    if typ == "CARD_NUMBER":
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if typ == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if typ == "SSN":
        return (c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9"
                and c[3:5] != "00" and c[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(c))
    if typ == "BANK_ACCOUNT":
        return c.isdigit() and 6 <= len(c) <= 12
    if typ == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if typ == "IBAN":
        return iban_ok(c)
    if typ == "PHONE":
        d = c.lstrip("+")
        return d.isdigit() and 10 <= len(d) <= 13
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", c))
    if typ == "POSTCODE":
        return bool(UK_PC.fullmatch(c) or re.fullmatch(r"\d{5}(\d{4})?", c))
    if typ in ("DOB", "EXPIRY"):
        y, m, d = c
        datetime.date(y, m, d or 1)
        return (1930 <= y <= 2008) if typ == "DOB" else (2024 <= y <= 2035)
    if typ == "ADDRESS":
        return bool(STREET_RE.search(c))
    return False


def norm_value(typ, text):
    if typ == "EMAIL":
        return norm_tokens(text, email=True)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return re.sub(r"[^A-Z0-9]", "", norm_tokens(text).upper())
    if typ == "PHONE":
        n = norm_tokens(text.replace("plus", "+"))
        n = re.sub(r"[()\s]", "", n)
        return n
    return norm_tokens(re.sub(r"[()/ ]", " ", text))


def canon_norm(typ, c):
    if typ == "PHONE":
        return c
    return c


# ---------------------------------------------------------------- value generators
def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def new_card():
    prefix, n = ch([("4", 16), ("4", 16), ("4", 16), ("51", 16), ("53", 16), ("55", 16),
                    ("2221", 16), ("34", 15), ("37", 15), ("6011", 16), ("4", 13),
                    ("6759", 19), ("35", 16), ("4", 19), ("6304", 18)])
    return luhn_complete(prefix, n)


def card_groups(c):
    n = len(c)
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 3, 3, 3]
    if n == 19:
        return [4, 4, 4, 4, 3]
    if n == 18:
        return [4, 4, 4, 4, 2]
    return [4, 4, 4, 4]


def split_by(s, groups):
    out, k = [], 0
    for g in groups:
        out.append(s[k:k + g]); k += g
    return out


def new_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def new_ni():
    while True:
        s = ch(NI1) + ch(NI2) + "".join(str(R.randrange(10)) for _ in range(6)) + ch("ABCD")
        if NI_RE.fullmatch(s):
            return s


def new_iban():
    cc = ch(["GB", "GB", "IE", "IE", "DE", "NL", "FR", "ES"])
    dg = lambda k: "".join(str(R.randrange(10)) for _ in range(k))
    banks = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SCBL"], "IE": ["AIBK", "BOFI", "IPBS"],
             "NL": ["ABNA", "RABN", "INGB"]}
    if cc in ("GB", "IE"):
        bban = ch(banks[cc]) + dg(14)
    elif cc == "NL":
        bban = ch(banks[cc]) + dg(10)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "FR":
        bban = dg(23)
    else:
        bban = dg(20)
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return cc + "%02d" % chk + bban


def new_phone():
    dg = lambda k: "".join(str(R.randrange(10)) for _ in range(k))
    kind = ch(["uk_mob", "uk_mob", "uk_land", "us", "us", "ie", "de", "fr"])
    if kind == "uk_mob":
        n = "7" + dg(9)
        return ("+44" + n, [("+44 ", "{4} {6}"), ("0", "{4} {6}"), ("0", "{5} {5}")], "uk_mob")
    if kind == "uk_land":
        n = ch(["20", "161", "121", "113", "131", "141"])
        n = n + dg(10 - len(n))
        return ("+44" + n, [("0", "land")], "uk_land")
    if kind == "us":
        n = ch("23456789") + dg(2) + ch("23456789") + dg(6)
        return ("+1" + n, [("", "us")], "us")
    if kind == "ie":
        n = "8" + ch("35679") + dg(7)
        return ("+353" + n, [("0", "ie")], "ie")
    if kind == "de":
        n = ch(["151", "160", "170", "176"]) + dg(8)
        return ("+49" + n, [("0", "de")], "de")
    n = ch("67") + dg(8)
    return ("+33" + n, [("0", "fr")], "fr")


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "chloe", "daniel", "grace",
         "kwame", "megan", "sean", "fatima", "lukasz", "emma", "ravi", "niamh", "carlos", "beth"]
LAST = ["smith", "patel", "murphy", "kowalski", "jones", "obrien", "nguyen", "garcia", "walsh",
        "taylor", "hughes", "khan", "brennan", "fischer", "dubois", "reilly", "evans", "lee"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "proton.me", "live.ie", "web.de", "sky.com"]


def new_email():
    f, l = ch(FIRST), ch(LAST)
    local = ch([f + "." + l, f[0] + l, f + l + str(R.randrange(1, 99)), f + "_" + l, l + "." + f[0],
                f + "." + l + str(R.randrange(60, 99)), f[0] + "." + l])
    return local + "@" + ch(DOMAINS)


UK_AREAS = ["SW", "SE", "N", "E", "W", "M", "B", "LS", "EH", "G", "CF", "BT", "NE", "RG", "BS",
            "L", "S", "NG", "CB", "KT", "TW", "GU", "HA", "DN"]
IN_L = "ABDEFGHJLNPQRSTUWXY"


def new_postcode():
    if p(0.3):
        z = "%05d" % R.randrange(1001, 99950)
        if p(0.3):
            z += "%04d" % R.randrange(1, 9999)
        return z
    a = ch(UK_AREAS)
    dist = str(R.randrange(1, 20)) if p(0.7) else str(R.randrange(1, 10))
    if p(0.1) and len(a) <= 2 and len(dist) == 1:
        dist += ch("ABEHMNPRVWXY")
    return a + dist + str(R.randrange(10)) + ch(IN_L) + ch(IN_L)


def fmt_postcode(c):
    if c.isdigit():
        return c if len(c) == 5 else c[:5] + "-" + c[5:]
    return c[:-3] + " " + c[-3:]


STREETS = ["Acacia", "Kings", "Mill", "Church", "Station", "Victoria", "Oakfield", "Elm", "Highfield",
           "Park", "Maple", "Riverside", "Albert", "Grange", "Willow", "Main", "Lincoln", "Ashgrove",
           "Beech", "Cedar", "Orchard", "Queens", "Meadow", "Hawthorn"]
SUFF = ["Road", "Street", "Lane", "Avenue", "Drive", "Close", "Way", "Crescent", "Terrace", "Gardens",
        "Grove", "Court", "Place"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Belfast", "Reading", "Sheffield",
            "London", "Nottingham"]
TOWNS_US = ["Springfield, IL", "Austin, TX", "Columbus, OH", "Denver, CO", "Portland, OR", "Tampa, FL"]


def new_address():
    num = R.randrange(1, 240)
    st = ch(STREETS) + " " + ch(SUFF)
    flat = None
    if p(0.25):
        flat = ch(["Flat", "Apt", "Apartment", "Unit"]) + " " + str(R.randrange(1, 30)) + ch(["", "", "B", "A"])
    sfx = ch(["", "", "", "", "A", "B"])
    return (flat, str(num) + sfx, st)


def new_dob():
    y = R.randrange(1938, 2006)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return (y, m, d)


def new_exp():
    return (R.randrange(2025, 2033), R.randrange(1, 13), 0)


# ---------------------------------------------------------------- typed renderers
def typed(item, ctx):
    """Typed rendering of an item.  Returns a list of pieces; each piece is a
    list of segments (a piece per chat message / SMS)."""
    t, c = item.typ, item.canon
    v = item.v
    if t == "CARD_NUMBER":
        gs = split_by(c, card_groups(c))
        style = ch(["space", "space", "dash", "none", "dots", "odd", "lines", "msgs", "tabs", "mixed"])
        if style == "space":
            return [[v(" ".join(gs))]]
        if style == "dash":
            return [[v("-".join(gs))]]
        if style == "none":
            return [[v(c)]]
        if style == "dots":
            return [[v(".".join(gs))]]
        if style == "tabs":
            return [[v("  ".join(gs))]]
        if style == "mixed":
            return [[v(gs[0] + " " + gs[1] + "-" + "".join(gs[2:]))]]
        if style == "odd":
            k = R.randrange(3, 7)
            rest = c[k:]
            mid = len(rest) // 2 + R.randrange(-2, 3)
            return [[v(c[:k] + " " + rest[:mid] + " " + rest[mid:])]]
        if style == "lines":
            h = len(gs) // 2
            return [[v(" ".join(gs[:h]) + ch(["\n", "\n", " \n"]) + " ".join(gs[h:]))]]
        h = ch([1, 2, 2, 3]) if len(gs) >= 4 else 1
        pieces = [[v(" ".join(gs[:h]))], [v(" ".join(gs[h:]))]]
        if p(0.4):
            pieces[0].append(ch(["...", " -", " (cont)", ""]))
        return pieces
    if t == "CVV":
        return [[v(c)]]
    if t == "EXPIRY":
        y, m, _ = c
        f = ch(["%02d/%02d", "%d/%02d", "%02d/%04d", "%02d-%02d", "%02d %02d", "%02d/%02d"])
        yy = y if "%04d" in f else y % 100
        if p(0.12):
            return [[v(MONTHS[m - 1].capitalize()[:3] + " " + str(y))]]
        return [[v(f % (m, yy))]]
    if t == "SSN":
        s = ch(["dash", "dash", "space", "none", "dots", "msgs"])
        a, b, d = c[:3], c[3:5], c[5:]
        if s == "dash":
            return [[v("%s-%s-%s" % (a, b, d))]]
        if s == "space":
            return [[v("%s %s %s" % (a, b, d))]]
        if s == "none":
            return [[v(c)]]
        if s == "dots":
            return [[v("%s.%s.%s" % (a, b, d))]]
        return [[v("%s-%s" % (a, b))], [v(d)]]
    if t == "NI_NUMBER":
        s = ch(["pairs", "pairs", "none", "lower", "dash", "mixed", "msgs"])
        g = [c[:2], c[2:4], c[4:6], c[6:8], c[8]]
        if s == "pairs":
            return [[v(" ".join(g))]]
        if s == "none":
            return [[v(c)]]
        if s == "lower":
            return [[v(ch([c.lower(), " ".join(g).lower()]))]]
        if s == "dash":
            return [[v("-".join(g))]]
        if s == "mixed":
            return [[v(c[:2].lower() + c[2:8] + " " + c[8])]]
        return [[v(c[:2] + " " + c[2:5])], [v(c[5:])]]
    if t == "BANK_ACCOUNT":
        s = ch(["plain", "plain", "space", "dash"])
        if s == "plain" or len(c) != 8:
            return [[v(c)]]
        if s == "space":
            return [[v(c[:4] + " " + c[4:])]]
        return [[v(c[:4] + "-" + c[4:])]]
    if t == "SORT_CODE":
        return [[v(ch(["%s-%s-%s", "%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s/%s/%s"])
                   % (c[:2], c[2:4], c[4:]))]]
    if t == "IBAN":
        g = [c[k:k + 4] for k in range(0, len(c), 4)]
        s = ch(["space", "space", "none", "lower", "lines"])
        if s == "space":
            return [[v(" ".join(g))]]
        if s == "none":
            return [[v(c)]]
        if s == "lower":
            return [[v(" ".join(g).lower())]]
        h = len(g) // 2
        return [[v(" ".join(g[:h]) + "\n" + " ".join(g[h:]))]]
    if t == "PHONE":
        return [[v(typed_phone(c, ctx))]]
    if t == "EMAIL":
        s = ch(["plain", "plain", "plain", "caps", "obf", "mailto"])
        if s == "caps":
            loc, dom = c.split("@")
            return [[v(loc.capitalize() + "@" + dom.capitalize())]]
        if s == "obf":
            loc, dom = c.split("@")
            return [[v(loc + ch([" [at] ", " (at) ", " at "]) + dom.replace(".", ch([" [dot] ", " dot "])))]]
        return [[v(c)]]
    if t == "DOB":
        y, m, d = c
        s = ch(["uk", "uk", "us", "iso", "long", "long2", "short"])
        if s == "uk":
            return [[v("%02d/%02d/%d" % (d, m, y))]]
        if s == "us":
            return [[v("%d/%d/%d" % (m, d, y))]]
        if s == "iso":
            return [[v("%d-%02d-%02d" % (y, m, d))]]
        if s == "long":
            sfx = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            return [[v("%d%s %s %d" % (d, sfx, MONTHS[m - 1].capitalize(), y))]]
        if s == "long2":
            return [[v("%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y))]]
        return [[v("%d.%d.%02d" % (d, m, y % 100))]]
    if t == "POSTCODE":
        f = fmt_postcode(c)
        if not c.isdigit() and p(0.3):
            f = ch([f.lower(), c])
        return [[v(f)]]
    if t == "ADDRESS":
        flat, num, st = c
        s = num + " " + st
        if p(0.3):
            s = s.replace(" Road", " Rd").replace(" Street", " St").replace(" Avenue", " Ave")
        if flat:
            s = flat + ch([", ", " ", "/"]) + s if "/" not in flat else s
        return [[v(s)]]
    raise ValueError(t)


def typed_phone(c, ctx):
    if c.startswith("+44"):
        n = c[3:]
        if p(0.4):
            return ch(["+44 ", "+44 (0)", "0044 ", "+44"]) + (n[:4] + " " + n[4:] if n[0] == "7" else n[:3] + " " + n[3:])
        nat = "0" + n
        if n[0] == "7":
            return ch([nat[:5] + " " + nat[5:], nat, nat[:5] + "-" + nat[5:8] + "-" + nat[8:], nat[:5] + " " + nat[5:8] + " " + nat[8:]])
        if n.startswith("20"):
            return "020 " + n[2:6] + " " + n[6:]
        return nat[:4] + " " + nat[4:7] + " " + nat[7:]
    if c.startswith("+1"):
        n = c[2:]
        return ch(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "1-%s-%s-%s"]) % (n[:3], n[3:6], n[6:])
    if c.startswith("+353"):
        n = c[4:]
        return ch(["+353 %s %s %s" % (n[:2], n[2:5], n[5:]), "0%s %s %s" % (n[:2], n[2:5], n[5:]), "0" + n])
    if c.startswith("+49"):
        n = c[3:]
        return ch(["+49 %s %s" % (n[:3], n[3:]), "0%s %s" % (n[:3], n[3:]), "0%s/%s" % (n[:3], n[3:])])
    n = c[3:]
    return ch(["+33 %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:]),
               "0%s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:])])


def phone_norm_typed(text):
    t = text.replace("(0)", "")
    d = re.sub(r"[^\d+]", "", t)
    if d.startswith("00"):
        d = "+" + d[2:]
    return d


# ---------------------------------------------------------------- spoken renderers
def with_fillers(words, rate):
    out = []
    for i, w in enumerate(words):
        out.append(w)
        if 0 < i < len(words) - 1 and p(rate):
            out.append(ch(FILLERS))
    return out


def spoken(item):
    """Spoken (ASR) rendering.  Returns list of pieces (one per customer turn)
    each piece is a list of segments."""
    t, c, v = item.typ, item.canon, item.v
    style = {"zero": ch(ZEROS) if p(0.5) else None}
    fr = ch([0, 0, 0.2, 0.4])
    if t in ("CARD_NUMBER", "SSN", "BANK_ACCOUNT", "SORT_CODE", "CVV"):
        groups = {"CARD_NUMBER": card_groups(c), "SSN": [3, 2, 4], "SORT_CODE": [2, 2, 2],
                  "CVV": [len(c)], "BANK_ACCOUNT": [4, 4] if len(c) == 8 else [len(c)]}[t]
        if t == "CVV" and len(c) == 3 and p(0.3):
            style["mode"] = "hundreds"
        if t == "SORT_CODE" and p(0.5):
            style["mode"] = "pairs"
        chunks = split_by(c, groups)
        if t in ("CARD_NUMBER", "SSN") and len(chunks) >= 3 and p(0.5):
            # split across customer turns
            cut = R.randrange(1, len(chunks))
            cut2 = R.randrange(cut, len(chunks)) if p(0.4) else cut
            parts = [chunks[:cut], chunks[cut:cut2], chunks[cut2:]]
            parts = [x for x in parts if x]
            pieces = []
            for x in parts:
                s = "".join(x)
                pieces.append([v(say_digits(s, [len(y) for y in x], style, fr))])
            return pieces
        return [[v(say_digits(c, groups, style, fr))]]
    if t == "PHONE":
        cc = {"+44": "four four", "+1": "one", "+353": "three five three", "+49": "four nine", "+33": "three three"}
        for k in sorted(cc, key=len, reverse=True):
            if c.startswith(k):
                rest = c[len(k):]
                if p(0.5):
                    s = "0" + rest if k != "+1" else rest
                    grp = [5, len(s) - 5] if k == "+44" else [3, 3, len(s) - 6]
                    return [[v(say_digits(s, grp, style, fr))]]
                return [[v("plus " + cc[k] + " " + say_digits(rest, [3, 3, len(rest) - 6], style, fr))]]
    if t in ("NI_NUMBER", "IBAN", "POSTCODE"):
        style["letters"] = ch(["plain", "plain", "nato", "for", "names"])
        toks, i = [], 0
        while i < len(c):
            if c[i].isalpha():
                toks.append(say_letter(c[i], style)); i += 1
            else:
                j = i
                while j < len(c) and c[j].isdigit():
                    j += 1
                s = c[i:j]
                if len(s) == 6 and p(0.5):
                    toks.append(say_digits(s, [2, 2, 2], {"mode": "pairs"}, 0, " "))
                elif len(s) >= 4:
                    toks.append(say_digits(s, [4] * (len(s) // 4) + ([len(s) % 4] if len(s) % 4 else []), style, fr, " "))
                else:
                    toks.append(singles(s, style, False))
                i = j
        txt = " ".join(with_fillers(toks, fr / 2))
        if t == "NI_NUMBER" and p(0.35):
            k = 2 if p(0.5) else 3
            return [[v(" ".join(toks[:k]))], [v(" ".join(toks[k:]))]]
        return [[v(txt)]]
    if t == "EMAIL":
        loc, dom = c.split("@")
        parts = []
        for seg in re.split(r"([._\-])", loc):
            if seg in (".", "_", "-"):
                parts.append({".": "dot", "_": "underscore", "-": "dash"}[seg])
            elif seg.isdigit():
                parts.append(say_digits(seg, [len(seg)], {"mode": "pairs"}, 0, " "))
            elif len(seg) == 1:
                parts.append(seg if seg != "o" else "o")
            else:
                m = re.match(r"([a-z]+)(\d*)", seg)
                w, n = m.group(1), m.group(2)
                if p(0.25) and len(w) <= 7:
                    st = {"letters": ch(["plain", "for"])}
                    parts.append(" ".join(say_letter(x, st) if x != "o" else "o" for x in w))
                else:
                    parts.append(w)
                if n:
                    parts.append(say_digits(n, [len(n)], {"mode": "pairs"}, 0, " "))
        dparts = " dot ".join(dom.split("."))
        return [[v(" ".join(parts) + " at " + dparts)]]
    if t == "DOB":
        y, m, d = c
        s = ch(["ord", "ord", "month_first", "numeric", "slash"])
        if s == "ord":
            return [[v(ORD[d] + " of " + MONTHS[m - 1] + " " + year_words(y))]]
        if s == "month_first":
            return [[v(MONTHS[m - 1] + " " + ORD[d] + " " + year_words(y))]]
        if s == "numeric":
            return [[v(ORD[d] + " of the " + ORD[m] + " " + two_words("%02d" % (y % 100), {}))]]
        return [[v(singles("%02d" % d, {}, False) + " " + singles("%02d" % m, {}, False) + " " + year_words(y))]]
    if t == "EXPIRY":
        y, m, _ = c
        s = ch(["num", "num", "month", "slash"])
        if s == "num":
            return [[v(two_words("%02d" % m, style) + " " + two_words("%02d" % (y % 100), {}))]]
        if s == "month":
            return [[v(MONTHS[m - 1] + " " + ch([year_words(y), two_words("%02d" % (y % 100), {})]))]]
        return [[v(two_words("%02d" % m, style) + " slash " + two_words("%02d" % (y % 100), {}))]]
    if t == "ADDRESS":
        flat, num, st = c
        n = int(re.match(r"\d+", num).group())
        nw = say_number(n)
        if num[-1].isalpha():
            nw += " " + num[-1].lower()
        s = nw + " " + st.lower()
        if flat:
            fw = flat.split(" ")
            fn = re.match(r"\d+", fw[1]).group()
            s = fw[0].lower() + " " + say_number(int(fn)) + (" " + fw[1][-1].lower() if fw[1][-1].isalpha() else "") + ch([", ", " "]) + s
        return [[v(s)]]
    raise ValueError(t)


def say_number(n):
    if n < 10:
        return UNIT_W[n]
    if n < 100:
        return two_words("%02d" % n, {})
    if p(0.5):
        return three_words(str(n), {})
    return singles(str(n), {}, False) if p(0.5) else UNIT_W[n // 100] + " " + two_words("%02d" % (n % 100), {"zero": "oh"})


# ---------------------------------------------------------------- case assembly
ASK = {
    "CARD_NUMBER": ["can I take the long card number please", "what's the sixteen digit number on the front",
                    "go ahead with the card number", "and the card number?", "read me the card number when you're ready"],
    "CVV": ["and the three digits on the back?", "security code please", "the CVV on the reverse?"],
    "EXPIRY": ["expiry date?", "and when does it expire", "what's the expiry on it"],
    "SSN": ["can you verify your social security number", "I'll need your social for the credit check",
            "what's your SSN please", "last thing, your social security number"],
    "NI_NUMBER": ["can I have your national insurance number", "what's your NI number please",
                  "for the tax form I need your national insurance number"],
    "BANK_ACCOUNT": ["what's the account number", "and the account number for the direct debit?",
                     "which account should the refund go to, the account number please"],
    "SORT_CODE": ["and the sort code", "what's the sort code on that account"],
    "IBAN": ["could you give me the IBAN", "what's the IBAN for the transfer"],
    "PHONE": ["what's the best number to reach you on", "can I get a contact number",
              "is there a mobile number we can text"],
    "EMAIL": ["what email address should we send it to", "can I get your email", "and your email address?"],
    "DOB": ["can you confirm your date of birth", "date of birth please", "and your DOB?"],
    "POSTCODE": ["what's the postcode", "and the zip code?", "postcode for the property please"],
    "ADDRESS": ["what's the first line of the address", "can you confirm the billing address",
                "and the house number and street?"],
}
LEAD = ["", "", "it's ", "yeah it's ", "okay it's ", "sure, ", "right so ", "um it's ", "that'd be ", "yep "]
TYPED_LEAD = {
    "CARD_NUMBER": ["card: ", "Card no. ", "card number is ", "", "here u go ", "CC# ", "long number: "],
    "CVV": ["cvv ", "CVV: ", "security code ", "sec code is ", "the 3 digits are "],
    "EXPIRY": ["exp ", "expiry ", "Exp date: ", "expires ", "valid thru "],
    "SSN": ["SSN: ", "ssn ", "my social is ", "Social Security #: ", "SS# "],
    "NI_NUMBER": ["NI: ", "NINO ", "my NI number is ", "national insurance no: ", "NI no. "],
    "BANK_ACCOUNT": ["acct no: ", "a/c ", "account number ", "Acc#", "acc no. "],
    "SORT_CODE": ["sort code ", "S/C: ", "sort ", "sc "],
    "IBAN": ["IBAN: ", "iban ", "my IBAN is ", "IBAN - "],
    "PHONE": ["tel: ", "mob ", "call me on ", "Phone: ", "M: ", "my number is ", "cell "],
    "EMAIL": ["email: ", "E: ", "my email is ", "reply to ", "e-mail - "],
    "DOB": ["DOB ", "dob: ", "Date of birth: ", "born ", "D.O.B. "],
    "POSTCODE": ["postcode ", "ZIP: ", "post code: ", "zip "],
    "ADDRESS": ["address: ", "I live at ", "Addr: ", "it's ", "billing address "],
}
LABEL = {"CARD_NUMBER": "Card number", "CVV": "Security code", "EXPIRY": "Expiry date", "SSN": "SSN",
         "NI_NUMBER": "National Insurance number", "BANK_ACCOUNT": "Account number", "SORT_CODE": "Sort code",
         "IBAN": "IBAN", "PHONE": "Phone", "EMAIL": "Email", "DOB": "Date of birth", "POSTCODE": "Postcode",
         "ADDRESS": "Address line 1"}
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "and the rest?", "yes"]
OPEN = {
    "banking": ["hi I need to update my details", "I've been locked out of online banking", "I want to set up a new payee"],
    "telecom": ["my broadband's been down since tuesday", "I want to upgrade my phone contract", "there's a charge on my bill I don't recognise"],
    "utilities": ["I'm moving house and need to close my gas account", "my direct debit for electricity went up again", "can you take a payment for my water bill"],
    "retail": ["my parcel never arrived", "I'd like to pay for the sofa over the phone", "I need to return a jacket"],
    "insurance": ["I need to make a claim on my car insurance", "I'm renewing my home insurance", "can I add my partner to the policy"],
    "travel": ["I need to change my flight", "I'm booking a hotel for two nights", "my luggage was lost"],
    "healthcare billing": ["I got a bill from the hospital I don't understand", "I need to set up a payment plan for my medical bill", "my insurance didn't cover the visit"],
    "government services": ["I'm calling about my tax code", "I need to apply for a new passport", "I'm chasing my benefit claim"],
}
COUNTRY_TYPES = {"UK": ["NI_NUMBER", "SORT_CODE", "BANK_ACCOUNT"], "US": ["SSN"], "IE": ["IBAN"], "EU": ["IBAN"]}
SIGS = ["Kind regards", "Thanks", "Best", "Cheers", "Many thanks", "Sent from my iPhone"]


def new_value(typ):
    if typ == "CARD_NUMBER":
        return new_card()
    if typ == "CVV":
        return "%03d" % R.randrange(0, 1000) if p(0.85) else "%04d" % R.randrange(1000, 10000)
    if typ == "EXPIRY":
        return new_exp()
    if typ == "SSN":
        return new_ssn()
    if typ == "NI_NUMBER":
        return new_ni()
    if typ == "BANK_ACCOUNT":
        return "".join(str(R.randrange(10)) for _ in range(8 if p(0.75) else R.randrange(9, 13)))
    if typ == "SORT_CODE":
        return "%02d%02d%02d" % (R.randrange(1, 99), R.randrange(0, 100), R.randrange(0, 100))
    if typ == "IBAN":
        return new_iban()
    if typ == "PHONE":
        return new_phone()[0]
    if typ == "EMAIL":
        return new_email()
    if typ == "DOB":
        return new_dob()
    if typ == "POSTCODE":
        return new_postcode()
    if typ == "ADDRESS":
        return new_address()
    raise ValueError(typ)


def readback(item):
    """Agent read-back of a full value (spoken style)."""
    pcs = spoken(item)
    segs = []
    for k, pc in enumerate(pcs):
        if k:
            segs.append(", ")
        segs.extend(pc)
    # merge into one span for the read-back
    txt = "".join(s.text for s in segs if isinstance(s, V)) if len(pcs) == 1 else ", ".join(
        "".join(s.text for s in pc if isinstance(s, V)) for pc in pcs)
    return item.v(txt)


def call_case(types, industry):
    turns = [("agent", ["thank you for calling, how can I help"]), ("customer", [ch(OPEN[industry])])]
    notes = []
    for typ in types:
        it = Item(typ, new_value(typ))
        turns.append(("agent", [ch(ASK[typ]).lower().rstrip("?") + ch(["?", "", " please"])]))
        mode = ch(["plain", "plain", "split", "restart", "aside", "readback", "readback"])
        pcs = spoken(it)
        if len(pcs) > 1:
            mode = "split"
        if mode == "restart" and typ in ("CARD_NUMBER", "SSN", "BANK_ACCOUNT", "PHONE"):
            first = pcs[0][0].text
            words = first.split(" ")
            k = max(1, min(len(words) - 1, R.randrange(2, 5)))
            frag = " ".join(words[:k]).rstrip(",.")
            if frag.split(" ")[-1] in ("double", "triple", "plus") or norm_value(typ, frag) not in norm_value(typ, first):
                frag = None
            if frag:
                turns.append(("customer", [ch(LEAD), it.v(frag, "prefix"),
                                           ch([" sorry no, let me start again, ", "... no wait that's the old card. ",
                                               " hang on I've got that wrong, ", " - sorry, "])] + pcs[0]))
                notes.append(typ.lower() + " restarted")
                continue
        if mode == "aside" and typ in ("CARD_NUMBER", "IBAN", "BANK_ACCOUNT", "PHONE") and len(pcs) == 1:
            txt = pcs[0][0].text
            ws = txt.split(" ")
            cut = len(ws) // 2
            a, b = " ".join(ws[:cut]).rstrip(",."), " ".join(ws[cut:]).lstrip(",. ")
            if a and b and a.split(" ")[-1] not in ("double", "triple", "plus", "for", "as", "in") and \
                    norm_value(typ, a) + norm_value(typ, b) == norm_value(typ, txt) and b.split(" ")[0] not in ("for", "hundred", "and"):
                turns.append(("customer", [ch(LEAD), it.v(a), ch([" - sorry the dog's barking - ", ", hold on let me turn the light on, right, ",
                                                                 "... sorry I can't read the next bit, it's worn, I think it's ",
                                                                 " [inaudible] where was I, "]), it.v(b)]))
                notes.append(typ.lower() + " with aside")
                continue
        if mode == "split" and len(pcs) > 1:
            for k, pc in enumerate(pcs):
                turns.append(("customer", ([ch(LEAD)] if k == 0 else [ch(["", "", "then ", "and "])]) + pc))
                if k < len(pcs) - 1:
                    turns.append(("agent", [ch(BACK)]))
            notes.append(typ.lower() + " over %d turns" % len(pcs))
        else:
            turns.append(("customer", [ch(LEAD)] + pcs[0] + [ch(["", "", ".", " I think", " yeah"])]))
            notes.append(typ.lower())
        if mode == "readback" or (mode == "split" and p(0.4)):
            turns.append(("agent", [ch(["so that's ", "let me read that back, ", "just to confirm, ", "I have "]), readback(it),
                                    ch(["?", ", is that right?", ", correct?"])]))
            turns.append(("customer", [ch(["yes", "yep that's it", "correct", "that's right"])]))
            notes[-1] += " + read-back"
        if typ == "CARD_NUMBER" and p(0.3):
            turns.append(("agent", ["and that's the card ending in ", it.v(it.canon[-4:], "suffix"), ", yes?"]))
            turns.append(("customer", ["yes"]))
            notes[-1] += " + last four after full read"
    return turns, "call (%s): " % industry + ", ".join(notes)


def chat_case(types, industry, channel):
    who = "agent"
    turns = [("customer", [ch(["hi", "Hello", "hey there", "hi, quick one"]) + ch([" - ", ", ", ". "]) + ch(OPEN[industry])])]
    notes = []
    pending = []
    for typ in types:
        it = Item(typ, new_value(typ))
        pcs = typed(it, {})
        if typ == "CARD_NUMBER" and p(0.25):
            pass
        turns.append(("agent", [ch(ASK[typ])]))
        lead = ch(TYPED_LEAD[typ])
        if channel == "sms":
            lead = lead.lower()
        for k, pc in enumerate(pcs):
            tail = ch(["", "", " thx", ".", " ", " :)"]) if k == len(pcs) - 1 else ""
            turns.append(("customer", ([lead] if k == 0 else []) + pc + [tail]))
        notes.append(typ.lower() + (" across %d messages" % len(pcs) if len(pcs) > 1 else ""))
        if p(0.2) and typ in ("EMAIL", "PHONE", "POSTCODE", "ADDRESS", "DOB"):
            turns.append(("agent", ["Thanks, I've got ", readback_typed(it), ch([" on file now.", ", is that right?"])]))
            notes[-1] += " + agent echo"
        elif p(0.15) and typ in ("CARD_NUMBER", "SSN", "BANK_ACCOUNT"):
            turns.append(("agent", [ch(["Thanks, that's ", "Got it - "]) + "****" + ch(["", " "]) + ch(["", "(masked) "])]))
            notes[-1] += " + masked echo"
    return turns, "%s (%s): " % (channel, industry) + ", ".join(notes)


def readback_typed(item):
    pcs = typed(item, {})
    return item.v(pcs[0][0].text) if len(pcs) == 1 else item.v(str(item.canon))


def email_case(types, industry):
    name = ch(FIRST).capitalize() + " " + ch(LAST).capitalize()
    body = [ch(["Hi,\n\n", "Hello team,\n\n", "Dear Sir/Madam,\n\n", "hiya\n"]),
            ch(["Further to my call, ", "As requested, ", "Following up on the below - ", ""]),
            ch(OPEN[industry]), ". Details below:\n\n"]
    notes = []
    items = [Item(t, new_value(t)) for t in types]
    sig_items = []
    for it in items:
        if it.typ in ("PHONE", "EMAIL") and p(0.5):
            sig_items.append(it)
            continue
        pcs = typed(it, {})
        body.append(ch([LABEL[it.typ] + ": ", LABEL[it.typ] + " - ", ch(TYPED_LEAD[it.typ]).capitalize()]))
        for k, pc in enumerate(pcs):
            if k:
                body.append(ch(["\n", " / "]))
            body.extend(pc)
        body.append("\n")
        notes.append(it.typ.lower())
    body.append("\n" + ch(SIGS) + ",\n" + name + "\n")
    for it in sig_items:
        body.append(ch(["M: ", "Tel ", "Mob: ", "E: ", ""]) if it.typ == "PHONE" else ch(["", "Email: ", "E: "]))
        body.extend(typed(it, {})[0])
        body.append("\n")
        notes.append(it.typ.lower() + " in signature")
    if p(0.6):
        body.append("\n> On %s, %s Customer Support wrote:\n> Please reply with the details so we can verify your account.\n> Reference: CS-%06d\n"
                    % (ch(["Mon 3 Jun", "Tue 14 May", "Fri 2 Feb"]), ch(["Acme Energy", "BlueCell", "NorthBank"]),
                       R.randrange(10 ** 6)))
        notes.append("quoted reply")
    turns = [("customer", body)]
    turns.append(("agent", [ch(["Thanks " + name.split()[0] + ", I've updated your account.", "Thank you, received.", "Thanks, we'll be in touch within 5 working days."])]))
    return turns, "email (%s): " % industry + ", ".join(notes)


def form_case(types, industry):
    body = [ch(["[Web form submission]\n", "--- Contact form ---\n", "Form: update-details\n"]),
            "Name: " + ch(FIRST).capitalize() + " " + ch(LAST).capitalize() + "\n"]
    notes = []
    for t in types:
        it = Item(t, new_value(t))
        body.append(LABEL[t] + ch([": ", ":\t", " = ", ": "]))
        pcs = typed(it, {})
        for k, pc in enumerate(pcs):
            if k:
                body.append(" ")
            body.extend(pc)
        body.append("\n")
        notes.append(t.lower())
    body.append("Message: " + ch(OPEN[industry]) + "\n")
    return [("customer", body), ("agent", [ch(["Thanks, we've received your form.", "Form received, ref WF-%d." % R.randrange(10000, 99999)])])], \
        "web form (%s): " % industry + ", ".join(notes)


INDUSTRIES = list(OPEN)


def pick_types(main):
    extra = {"CARD_NUMBER": ["EXPIRY", "CVV", "POSTCODE"], "SSN": ["DOB", "PHONE", "ADDRESS"],
             "NI_NUMBER": ["DOB", "POSTCODE", "ADDRESS"], "BANK_ACCOUNT": ["SORT_CODE"],
             "SORT_CODE": ["BANK_ACCOUNT"], "IBAN": ["EMAIL"], "PHONE": ["EMAIL"], "EMAIL": ["PHONE"],
             "DOB": ["POSTCODE"], "POSTCODE": ["ADDRESS"], "ADDRESS": ["POSTCODE"], "CVV": ["EXPIRY"],
             "EXPIRY": ["CVV"]}[main]
    out = [main]
    for e in extra:
        if p(0.35) and e not in out:
            out.append(e)
    if main == "ADDRESS" and "POSTCODE" not in out and p(0.5):
        out.append("POSTCODE")
    return out


def positive_cases():
    plan = (["CARD_NUMBER"] * 74 + ["SSN"] * 32 + ["NI_NUMBER"] * 32 + ["BANK_ACCOUNT"] * 10 +
            ["SORT_CODE"] * 6 + ["IBAN"] * 12 + ["PHONE"] * 12 + ["EMAIL"] * 12 + ["DOB"] * 6 +
            ["POSTCODE"] * 6 + ["ADDRESS"] * 10 + ["CVV"] * 4 + ["EXPIRY"] * 4)
    out = []
    for main in plan:
        types = pick_types(main)
        ind = ch(INDUSTRIES)
        chn = ch(["call", "call", "chat", "chat", "sms", "email", "email", "form"])
        if chn == "call":
            turns, note = call_case(types, ind)
        elif chn in ("chat", "sms"):
            turns, note = chat_case(types, ind, chn)
        elif chn == "email":
            turns, note = email_case(types, ind)
        else:
            turns, note = form_case(types, ind)
        out.append((turns, note))
    return out


# ---------------------------------------------------------------- negatives
def dg(k):
    return "".join(str(R.randrange(10)) for _ in range(k))


def neg_cases():
    gens = []

    def g(f):
        gens.append(f)
        return f

    @g
    def order_like_card():
        c = luhn_complete("4", 16)
        lbl = ch(["order number", "tracking number", "reference", "invoice no.", "claim ref"])
        return [("agent", ["can I take the %s?" % lbl]), ("customer", ["yeah the %s is %s" % (lbl, " ".join(split_by(c, [4, 4, 4, 4])))]),
                ("agent", ["thanks, found it"])], "16-digit Luhn-valid %s, not a card" % lbl

    @g
    def spoken_reference():
        n = dg(12)
        lbl = ch(["booking reference", "case number", "policy number", "meter serial", "account reference on the bill"])
        return [("agent", ["what's the %s" % lbl]), ("customer", ["it's " + say_digits(n, [4, 4, 4], {}, 0.3)]),
                ("agent", ["mhm, thank you"])], "spoken %s read like a card" % lbl

    @g
    def last_four():
        f = dg(4)
        return [("customer", [ch(["I want to cancel the card ending %s", "the payment from my card ending in %s bounced",
                                   "can you check the card that ends %s"]) % ch([f, say_digits(f, [4], {}, 0)])]),
                ("agent", ["the card ending %s, yes I can see it" % f])], "card last four only"

    @g
    def masked():
        f = dg(4)
        return [("agent", [ch(["Your card **** **** **** %s is on file." % f, "Card XXXX-XXXX-XXXX-%s on file." % f,
                                                  "Payment method: Visa ••••%s" % f, "acct ending ****%s" % f])]),
                ("customer", ["ok thanks"])], "masked values"

    @g
    def amounts():
        return [("customer", ["what's my balance?"]),
                ("agent", [ch(["Your balance is £%s.%02d and the minimum payment is £%d.00.",
                               "You owe $%s.%02d, with %d days until the due date."]) % ("{:,}".format(R.randrange(1000, 2000000)), R.randrange(100), R.randrange(5, 90))])], "balances and amounts"

    @g
    def times_hours():
        return [("customer", ["when are you open"]),
                ("agent", ["we're open %d am till %d pm monday to friday, and %d till %d on saturdays. wait times are about %d minutes" %
                           (R.randrange(7, 10), R.randrange(5, 9), R.randrange(8, 11), R.randrange(1, 5), R.randrange(3, 40))])], "opening hours, durations"

    @g
    def appt():
        d = R.randrange(1, 28); m = R.randrange(1, 13)
        return [("agent", ["the engineer can come on %02d/%02d/%d between 8 and 12" % (d, m, R.randrange(2025, 2027))]),
                ("customer", ["the %s of %s is fine, I'm %d so I'm usually home" % (ORD[d], MONTHS[m - 1], R.randrange(25, 90))])], "appointment date, age"

    @g
    def contract_date():
        m = R.randrange(1, 13); y = R.randrange(25, 30)
        return [("customer", ["when does my contract end"]),
                ("agent", ["it ends %02d/%02d, so after that you're out of contract. the next payment date is the %s" % (m, y, ORD[R.randrange(1, 29)])])], "contract end date shaped like an expiry"

    @g
    def flight():
        return [("customer", ["I'm on flight %s %d, seat %d%s, gate %s%d" % (ch(["BA", "EI", "FR", "LH", "AA"]), R.randrange(10, 9999),
                                                                            R.randrange(1, 40), ch("ABCDEF"), ch("ABCD"), R.randrange(1, 60))]),
                ("agent", ["and you're in room %d on the %s floor" % (R.randrange(100, 999), ch(["third", "fifth", "second"]))])], "flight, seat, gate, room numbers"

    @g
    def meter():
        r = dg(5)
        return [("agent", ["can you read me the numbers on the meter, ignore the red ones"]),
                ("customer", ["it's " + say_digits(r, [5], {}, 0.2)]), ("agent", ["so %s, lovely" % r])], "meter reading"

    @g
    def road():
        return [("customer", ["the van got stuck on %s %s near the %s" % (ch(STREETS), ch(SUFF), ch(["M25", "A40", "N7", "I-95", "M50"]))]),
                ("agent", ["sorry, the driver said %s %s was closed for roadworks" % (ch(STREETS), ch(SUFF))])], "road names without house numbers"

    @g
    def percentages():
        return [("agent", ["the rate is %d.%d%% APR, it's %d degrees here so the boiler's off, and usage is up %d percent" %
                           (R.randrange(3, 30), R.randrange(10), R.randrange(-2, 30), R.randrange(1, 60))])], "percentages, temperatures"

    @g
    def tracking():
        lbl, val = ch([("tracking", "1Z" + dg(2) + "X" + dg(13)), ("tracking", "JD" + dg(18)),
                       ("serial", "SN-" + dg(12)), ("model", "KX-" + dg(4) + "-B"), ("invoice", "INV-%d-%06d" % (R.randrange(2019, 2026), R.randrange(10 ** 6))),
                       ("policy", "POL" + dg(9)), ("IMEI on the box", dg(15))])
        return [("customer", ["%s: %s" % (lbl.capitalize(), val)]), ("agent", ["Thanks, I've located it using the %s." % lbl.split()[0]])], "labelled %s" % lbl

    @g
    def ticket_email():
        return [("customer", [ch(["Hi,\n\nTicket #%s is still open. Order %s arrived damaged (2 x 500g bags).\n\nThanks\n",
                                   "Re: Case %s\n> Order %s has shipped.\nStill nothing here after 9 days?\n"]) % (dg(8), dg(11))]),
                ("agent", ["Apologies, I've escalated it. Refund of £%d.%02d issued, 3-5 working days." % (R.randrange(5, 300), R.randrange(100))])], "email with ticket/order numbers"

    @g
    def years_counts():
        return [("customer", ["I've been with you since %d, I've got %d phones on the plan and %d broadband lines" % (R.randrange(1995, 2024), R.randrange(1, 6), R.randrange(1, 3))]),
                ("agent", ["yep, %d years, thank you for your loyalty" % R.randrange(2, 25)])], "years and counts"

    @g
    def spoken_amount():
        n = R.randrange(100, 999)
        return [("agent", ["the total comes to " + three_words(str(n), {}) + " pounds and " + two_words("%02d" % R.randrange(10, 99), {}) + " pence"]),
                ("customer", ["and that's the sixteen fifty delivery included?"])], "spoken amount"

    @g
    def sms_otp():
        return [("agent", ["Your verification code is %s. It expires in %d minutes. Never share it." % (dg(6), R.randrange(5, 15))]),
                ("customer", ["got it"])], "one-time code (not in PII taxonomy)"

    @g
    def long_digits_ref():
        n = dg(ch([9, 10, 11, 13, 18]))
        lbl = ch(["reference", "ref", "customer number", "MPAN", "MPRN", "contract number", "parcel id"])
        return [("customer", ["%s %s" % (lbl, n) if p(0.5) else "my %s is %s" % (lbl, " ".join(n[i:i + 3] for i in range(0, len(n), 3)))]),
                ("agent", ["thanks, I can see the %s" % lbl])], "long labelled digit string (%s)" % lbl

    out = []
    i = 0
    while len(out) < 110:
        f = gens[i % len(gens)]
        i += 1
        out.append(f())
    R.shuffle(out)
    return out


# ---------------------------------------------------------------- rendering + output
def render(turns):
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                meta.append(s)
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans, meta


def build():
    global R
    R = random.Random(SEED)
    Item._n = 0
    pos = positive_cases()
    neg = neg_cases()
    lines, metas = [], []
    for k, (turns, note) in enumerate(pos, 1):
        t, s, m = render(turns)
        rec = {"id": "h427-pos-%03d" % k, "kind": "positive", "turns": t, "spans": s, "note": note}
        lines.append(json.dumps(rec, ensure_ascii=False))
        metas.append(m)
    for k, (turns, note) in enumerate(neg, 1):
        t, s, m = render(turns)
        rec = {"id": "h427-neg-%03d" % k, "kind": "negative", "turns": t, "spans": s, "note": note}
        lines.append(json.dumps(rec, ensure_ascii=False))
        metas.append(m)
    return "\n".join(lines) + "\n", metas


# item registry for validation: gid -> canon, filled lazily
def collect_items(metas, canon_map):
    pass


def counts(data):
    c = {t: 0 for t in TYPES}
    npos = nneg = 0
    for line in data.splitlines():
        r = json.loads(line)
        if r["kind"] == "positive":
            npos += 1
        else:
            nneg += 1
        for s in r["spans"]:
            c[s["type"]] += 1
    return npos, nneg, c


def readme(data):
    npos, nneg, c = counts(data)
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return README_TMPL.format(npos=npos, nneg=nneg, total=npos + nneg, rows=rows, nspans=sum(c.values()))


README_TMPL = """# pii_holdout427 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not look at individual cases while developing or
> tuning the redaction engine, do not add its phrasings to rules, prompts or training data,
> and do not adjust thresholds against its scores. It exists only to measure the engine.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did **not** see
the redaction code, its tests, docs, benchmarks or other fixtures, and worked only from a
written brief describing the PII taxonomy and annotation conventions. All cases are
synthetic (invented names, numbers and addresses) and are produced deterministically by
`scripts/make_pii_holdout427.py` (Python standard library only, one
`random.Random(427241125)`). Each turn is assembled from plain-text segments and labelled
value segments, so offsets are computed, never typed by hand.

Regenerate / verify:

    python scripts/make_pii_holdout427.py          # rewrite cases.jsonl and this README
    python scripts/make_pii_holdout427.py --check  # byte-identical, ids, offsets, boundaries,
                                                   # overlaps, value validity after normalising spoken forms

`--check` validates every labelled value after normalising spoken forms (number words,
oh/o/nought/zero, double/triple, pairs, hundreds, NATO and "j for juliet" spelling,
"dot"/"at" in e-mails): Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN,
6 for sort codes, 3-4 for CVV, valid dates for DOB/EXPIRY, UK postcode / US ZIP format, etc.

## Contents

{total} cases: {npos} positive, {nneg} negative, {nspans} labelled spans.

Channels: typed (chat, SMS, e-mail with signatures and quoted replies, web-form submissions)
and phone-call ASR transcripts. Industries: banking, telecom, utilities, retail, insurance,
travel, healthcare billing, government services. Countries: UK, US, Ireland, EU.

Typed difficulties: separators (space, dash, dot, slash, none, double space), odd grouping,
case variation, labels such as `acct no:`, `a/c`, `S/C:`, `CC#`, values broken across lines
inside one message or across several messages, obfuscated e-mails (`[at]`, `[dot]`),
masked echoes by the agent, e-mail signatures and quoted replies.

Spoken difficulties: lower-case ASR, numbers as words, oh/o/nought/zero, double/triple,
pairs ("forty one eleven"), hundreds ("four hundred and twelve"), NATO / "x for ..." spelling,
fillers inside readings, values split over customer turns with agent back-channels,
agent read-backs, abandoned readings restarted, asides in the middle of a reading.

## Format

One JSON object per line:

    {{"id": "h427-pos-001", "kind": "positive", "turns": [{{"speaker": "customer", "text": "..."}}],
     "spans": [{{"turn": 0, "start": 12, "end": 31, "type": "CARD_NUMBER"}}], "note": "..."}}

`start`/`end` are Python character offsets into that turn's `text` (end exclusive).
Negative cases have `"spans": []`.

## Annotation conventions

- A span covers exactly the value, from its first letter/digit to its last; lead-in words
  ("it's", "my number is", "acct no:") are outside. Phone spans include the country code,
  including a leading `+` or `(` of the number as written.
- A value split across turns/messages is one span per turn, each with the value's type.
  A value broken across lines inside one message is one span (the line break is inside).
- Agent read-backs and echoes of a value are labelled too; fully masked echoes (`****`) are not.
- Filler words spoken inside a reading ("um", "uh", "er") are inside the span. A longer aside
  in the middle of a reading ("sorry the dog's barking") splits the reading into two spans
  of the same type; the aside is not labelled.
- An abandoned start of a reading that the caller then restarts is labelled with the
  value's type as its own span.
- ADDRESS covers flat/house number and street, not the town; the postcode/ZIP is a separate
  POSTCODE span. DOB and EXPIRY cover the whole date expression.
- A card's last four said on their own ("card ending 4821") are not PII, unless the full
  card was read in the same case, in which case the last-four mention is labelled CARD_NUMBER.
- Negatives are never labelled: amounts, balances, prices, times, opening hours, durations,
  counts, ages, temperatures, percentages, years, appointment/payment/contract dates,
  order/ticket/invoice/claim/reference/tracking/serial/model/policy numbers with their
  label (including Luhn-valid 16-digit ones), meter readings, one-time codes, flight/room/
  gate/seat numbers, road names without a house number, card last-four and masked values.

## Counts by type

| Type | Spans |
|---|---|
{rows}
"""


# ---------------------------------------------------------------- check
def boundary_ok(text, s, e, typ):
    if not (0 <= s < e <= len(text)):
        return False
    first, last = text[s], text[e - 1]
    if not (first.isalnum() or (typ == "PHONE" and first in "+(")):
        return False
    if not last.isalnum():
        return False
    if s > 0 and text[s - 1].isalnum():
        return False
    if e < len(text) and text[e].isalnum():
        return False
    return True


def norm_span(typ, text):
    if typ == "PHONE":
        if re.search(r"\d", text):
            return phone_norm_typed(text)
        return norm_value(typ, text)
    if typ == "CARD_NUMBER" or typ in ("SSN", "BANK_ACCOUNT", "SORT_CODE", "CVV"):
        if re.fullmatch(r"[\d\s.\-/]+", text):
            return re.sub(r"\D", "", text)
    return norm_value(typ, text)


def canon_str(typ, c):
    if typ == "EMAIL":
        return c.lower()
    return c


def phone_equiv(n, canon):
    if n.startswith("+"):
        return n == canon
    for cc in ("+44", "+353", "+49", "+33"):
        if canon.startswith(cc):
            return n == "0" + canon[len(cc):]
    if canon.startswith("+1"):
        return n in (canon[2:], "1" + canon[2:])
    return False


def check():
    errs = []
    data, metas = build()
    with open(CASES, encoding="utf-8") as f:
        disk = f.read()
    if disk != data:
        errs.append("cases.jsonl is not byte-identical to regeneration")
    if os.path.exists(README):
        with open(README, encoding="utf-8") as f:
            if f.read() != readme(data):
                errs.append("README.md is stale")
    # rebuild item canon map by replaying generation with hooks
    canon = CANON
    ids = set()
    recs = [json.loads(l) for l in disk.splitlines()]
    for r, meta in zip(recs, metas):
        if r["id"] in ids:
            errs.append("duplicate id " + r["id"])
        ids.add(r["id"])
        if r["kind"] == "negative" and r["spans"]:
            errs.append(r["id"] + ": negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(r["id"] + ": positive without spans")
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(r["id"] + ": bad speaker")
        by_turn = {}
        groups = {}
        for s, m in zip(r["spans"], meta):
            if s["type"] not in TYPES:
                errs.append(r["id"] + ": bad type")
            if not (0 <= s["turn"] < len(r["turns"])):
                errs.append(r["id"] + ": bad turn"); continue
            text = r["turns"][s["turn"]]["text"]
            if not boundary_ok(text, s["start"], s["end"], s["type"]):
                errs.append("%s: boundary %r" % (r["id"], text[max(0, s["start"] - 2):s["end"] + 2]))
            st = text[s["start"]:s["end"]]
            if st != m.text:
                errs.append(r["id"] + ": span text mismatch")
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
            groups.setdefault(m.gid, []).append((st, m))
        for tspans in by_turn.values():
            tspans.sort()
            for a, b in zip(tspans, tspans[1:]):
                if b[0] < a[1]:
                    errs.append(r["id"] + ": overlapping spans")
        for gid, lst in groups.items():
            typ = lst[0][1].typ
            c = canon[gid]
            try:
                ok = validate_canon(typ, c if typ != "ADDRESS" else " ".join(x for x in c if x))
            except ValueError:
                ok = False
            if not ok:
                errs.append("%s: invalid canonical %s %r" % (r["id"], typ, c))
            full = [x for x in lst if x[1].frag is None]
            if typ in ("DOB", "EXPIRY"):
                for st, _ in lst:
                    if not (re.search(r"\d", st) or MONTH_RE.search(st) or re.search(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|oh|zero|nought|first|second|third|twen|thirt)", st)):
                        errs.append("%s: bad date span %r" % (r["id"], st))
                continue
            if typ == "ADDRESS":
                for st, _ in lst:
                    if not (STREET_RE.search(st) and re.match(r"(\d|flat|apt|apartment|unit|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)", st, re.I)):
                        errs.append("%s: bad address span %r" % (r["id"], st))
                continue
            cs = canon_str(typ, c)
            # each full reading: consecutive non-frag spans concatenate to canon; repeated readings allowed
            acc = ""
            for st, m in full:
                n = norm_span(typ, st)
                if typ == "EMAIL":
                    n = n.lower()
                if typ == "PHONE":
                    if phone_equiv(n, cs):
                        acc = ""; continue
                    acc += n
                    if phone_equiv(acc, cs):
                        acc = ""
                    continue
                if n == cs:
                    if acc:
                        errs.append("%s: incomplete %s reading %r" % (r["id"], typ, acc))
                    acc = ""; continue
                acc += n
                if acc == cs:
                    acc = ""
                elif not cs.startswith(acc):
                    errs.append("%s: %s reading does not match value: %r vs %r" % (r["id"], typ, acc, cs)); acc = ""
            if acc:
                errs.append("%s: incomplete %s reading %r vs %r" % (r["id"], typ, acc, cs))
            for st, m in lst:
                if m.frag:
                    n = norm_span(typ, st)
                    good = cs.endswith(n) if m.frag == "suffix" else (n in cs or (typ == "PHONE" and n.lstrip("0") in cs))
                    if not good:
                        errs.append("%s: fragment %r not part of %r" % (r["id"], st, cs))
    npos, nneg, c = counts(disk)
    if npos < 200 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    for t in TYPES:
        need = 70 if t == "CARD_NUMBER" else 30 if t in ("SSN", "NI_NUMBER") else 10
        if c[t] < need:
            errs.append("too few %s spans: %d" % (t, c[t]))
    return errs, (npos, nneg, c)


CANON = {}
_orig_init = Item.__init__


def _init(self, typ, canon):
    _orig_init(self, typ, canon)
    CANON[self.gid] = canon


Item.__init__ = _init


def main():
    if "--check" in sys.argv[1:]:
        errs, (npos, nneg, c) = check()
        for e in errs[:60]:
            print("ERROR:", e)
        print("positives=%d negatives=%d spans=%s" % (npos, nneg, c))
        if errs:
            print("FAILED (%d errors)" % len(errs))
            return 1
        print("OK")
        return 0
    data, _ = build()
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(data)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(data))
    npos, nneg, c = counts(data)
    print("wrote %s: %d positive, %d negative" % (CASES, npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, c[t]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout134``.

Written by an AI helper acting as an independent author (it did not see the
redaction code).  Standard library only.  Output is byte-for-byte
reproducible from the seed.

    python scripts/make_pii_holdout134.py           # write fixture + README
    python scripts/make_pii_holdout134.py --check   # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 134241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout134"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h134"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]


# ---------------------------------------------------------------------------
# segments
# ---------------------------------------------------------------------------
class Seg:
    """A labelled piece of a turn.

    text    - what appears in the transcript (the span)
    typ     - entity type
    expect  - what the spoken-form normaliser must produce from ``text``
    contrib - what this piece contributes to the group's canonical value
    gid     - group id (one value may be split over several turns)
    """

    def __init__(self, text, typ, expect, gid, contrib=None):
        self.text = text
        self.typ = typ
        self.expect = expect
        self.contrib = expect if contrib is None else contrib
        self.gid = gid


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.groups = {}  # gid -> (typ, canonical value)
        self.n = 0

    def group(self, typ, value):
        self.n += 1
        gid = self.n
        self.groups[gid] = (typ, value)
        return gid


# ---------------------------------------------------------------------------
# number words
# ---------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = [m[:3] for m in MONTHS]
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
             "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform", "v": "victor",
        "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu", "i": "india"}
NAMES_FOR = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward",
             "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london",
             "m": "mary", "n": "nellie", "p": "peter", "r": "robert", "s": "sugar",
             "t": "tommy", "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}


def n2w(n):
    """Integer 0..9999 to words (no 'and' for hundreds in this helper)."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + ("" if u == 0 else " " + UNITS[u])
    if n < 1000:
        h, r = divmod(n, 100)
        return UNITS[h] + " hundred" + ("" if r == 0 else " and " + n2w(r))
    th, r = divmod(n, 1000)
    return n2w(th) + " thousand" + ("" if r == 0 else (" and " if r < 100 else " ") + n2w(r))


def ordinal(n):
    if n < 10:
        return ORD_UNITS[n]
    if n < 20:
        return ORD_TEENS[n - 10]
    t, u = divmod(n, 10)
    if u == 0:
        return TENS[t][:-1] + "ieth"
    return TENS[t] + " " + ORD_UNITS[u]


def year_words(y, rng):
    if 1900 <= y < 2000:
        return "nineteen " + n2w(y - 1900) if y % 100 >= 10 else "nineteen oh " + UNITS[y % 10]
    r = y - 2000
    if rng.random() < 0.5 and r >= 10:
        return "twenty " + n2w(r)
    return "two thousand" + ("" if r == 0 else " and " + n2w(r))


def zero_word(rng, uk=True):
    pool = ["zero", "oh", "o"] + (["nought", "oh"] if uk else ["zero"])
    return rng.choice(pool)


def say_digits(s, rng, style="single", zero="oh", homo=False):
    """Spoken rendering of a digit string.  style: single|doubles|pairs."""
    def dw(c):
        if c == "0":
            return zero
        w = UNITS[int(c)]
        if homo and rng.random() < 0.25:
            w = {"four": "for", "two": "to", "eight": "ate"}.get(w, w)
        return w

    out = []
    if style == "pairs":
        chunks = []
        i = 0
        if len(s) % 2 == 1:
            chunks.append(s[0])
            i = 1
        while i < len(s):
            chunks.append(s[i:i + 2])
            i += 2
        for ch in chunks:
            if len(ch) == 1:
                out.append(dw(ch))
            elif ch[0] == "0":
                out.append(dw("0") + " " + dw(ch[1]))
            elif ch[1] == "0" and ch[0] != "1":
                out.append(TENS[int(ch[0])])
            else:
                out.append(n2w(int(ch)))
        return " ".join(out)
    i = 0
    while i < len(s):
        c = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == c and run < 3:
            run += 1
        if style == "doubles" and run == 3:
            out.append("triple " + dw(c))
            i += 3
        elif style == "doubles" and run >= 2:
            out.append("double " + dw(c))
            i += 2
        else:
            out.append(dw(c))
            i += 1
    return " ".join(out)


def say_groups(s, sizes, rng, zero, style=None, homo=False):
    parts = []
    i = 0
    for n in sizes:
        st = style or rng.choice(["single", "single", "doubles", "pairs"])
        parts.append(say_digits(s[i:i + n], rng, st, zero, homo))
        i += n
    if normalise(" ".join(parts), "digits") != s[:i]:
        # e.g. "ninety" + "eight" would fuse into 98: fall back to digit by digit
        parts = []
        i = 0
        for n in sizes:
            parts.append(say_digits(s[i:i + n], rng, "single", zero))
            i += n
    return parts


# ---------------------------------------------------------------------------
# normaliser used by --check
# ---------------------------------------------------------------------------
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "uhh", "umm", "slash", "dash", "hyphen",
           "space", "then", "sorry", "no", "wait", "yeah", "so", "and", "of", "the", "th", "st", "nd", "rd"}
HOMO = {"for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"}
LETTER_HOMO = {"bee": "B", "see": "C", "sea": "C", "dee": "D", "jay": "J", "kay": "K",
               "pee": "P", "tea": "T", "tee": "T", "why": "Y", "ex": "X", "em": "M",
               "en": "N", "ess": "S", "ell": "L", "gee": "G", "aitch": "H", "are": "R",
               "you": "U", "double-u": "W", "zed": "Z", "zee": "Z", "eh": "A"}
ZEROS = {"zero", "oh", "o", "nought", "nil"}
ORD_MAP = {}
for _n in range(1, 32):
    ORD_MAP[ordinal(_n)] = _n


def _num_token(tok):
    if tok in UNITS:
        return UNITS.index(tok)
    if tok in TEENS:
        return 10 + TEENS.index(tok)
    return None


def normalise(text, mode):
    raw = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)?|\d+|[@+._]", text)
    toks = []
    for t in raw:
        if mode != "email" and "-" in t and t.lower() not in ("x-ray", "double-u"):
            toks.extend(t.split("-"))
        else:
            toks.append(t)
    if mode == "alnum" and re.search(r"\d", text):
        # typed (chat) form: keep letters and digits only
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    out = []
    i = 0
    n = len(toks)
    low = [t.lower() for t in toks]

    def word_value(j):
        """Parse a number word phrase at j; return (string, next index) or None."""
        w = low[j]
        if w in ZEROS and not (mode == "email"):
            return "0", j + 1
        if mode == "digits" and w in HOMO:
            return HOMO[w], j + 1
        v = _num_token(w)
        if v is None and w in TENS[2:]:
            v = TENS.index(w) * 10
            if j + 1 < n and low[j + 1] in UNITS[1:]:
                return str(v + UNITS.index(low[j + 1])), j + 2
            if j + 1 < n and low[j + 1] in ORD_UNITS[1:] and mode == "digits":
                return str(v + ORD_UNITS.index(low[j + 1])), j + 2
            return str(v), j + 1
        if v is None:
            return None
        # compound with hundred / thousand
        if j + 1 < n and low[j + 1] in ("hundred", "thousand"):
            total = 0
            k = j
            cur = v
            while True:
                if k + 1 < n and low[k + 1] == "thousand":
                    total += cur * 1000
                    cur = 0
                    k += 2
                elif k + 1 < n and low[k + 1] == "hundred":
                    total += cur * 100
                    cur = 0
                    k += 2
                else:
                    total += cur
                    k += 1
                    break
                if k < n and low[k] == "and":
                    k += 1
                if k < n and _num_token(low[k]) is not None:
                    cur = _num_token(low[k])
                    continue
                if k < n and low[k] in TENS[2:]:
                    cur = TENS.index(low[k]) * 10
                    if k + 1 < n and low[k + 1] in UNITS[1:]:
                        cur += UNITS.index(low[k + 1])
                        k += 1
                    total += cur
                    k += 1
                    break
                break
            return str(total), k
        return str(v), j + 1

    while i < n:
        w = low[i]
        t = toks[i]
        if w in ("double", "triple") and i + 1 < n:
            rep = 2 if w == "double" else 3
            r = word_value(i + 1)
            if r is not None and len(r[0]) == 1:
                out.append(r[0] * rep)
                i = r[1]
                continue
            if len(low[i + 1]) == 1 and low[i + 1].isalpha():
                out.append(low[i + 1].upper() * rep if mode != "email" else low[i + 1] * rep)
                i += 2
                continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if mode == "email":
            if w == "dot" or t == ".":
                out.append(".")
            elif w == "at" or t == "@":
                out.append("@")
            elif w == "underscore" or t == "_":
                out.append("_")
            elif w in ("dash", "hyphen"):
                out.append("-")
            elif w in ("um", "uh", "er", "erm"):
                pass
            else:
                r = word_value(i) if w not in ("o",) else None
                if r is not None:
                    out.append(r[0])
                    i = r[1]
                    continue
                out.append(w)
            i += 1
            continue
        if w == "plus" or t == "+":
            out.append("+")
            i += 1
            continue
        if mode == "digits":
            if w in MONTHS:
                out.append("%02d" % (MONTHS.index(w) + 1))
                i += 1
                continue
            if w in MONTH_ABBR:
                out.append("%02d" % (MONTH_ABBR.index(w) + 1))
                i += 1
                continue
            if w in ORD_MAP:
                out.append("%02d" % ORD_MAP[w])
                i += 1
                continue
            if w in TENS[2:4] and i + 1 < n and low[i + 1] in ORD_UNITS[1:]:
                out.append("%02d" % (TENS.index(w) * 10 + ORD_UNITS.index(low[i + 1])))
                i += 2
                continue
        r = word_value(i)
        if r is not None:
            out.append(r[0])
            i = r[1]
            continue
        if mode == "alnum":
            if len(w) == 1 and w.isalpha():
                out.append(w.upper())
                # "b for bravo" / "b as in bravo"
                if i + 2 < n and low[i + 1] == "for":
                    i += 3
                    continue
                if i + 3 < n and low[i + 1] == "as" and low[i + 2] == "in":
                    i += 4
                    continue
                i += 1
                continue
            if w in LETTER_HOMO:
                out.append(LETTER_HOMO[w])
                i += 1
                continue
            if t.isalnum() and re.fullmatch(r"[A-Za-z0-9]+", t) and w not in FILLERS:
                out.append(t.upper())
                i += 1
                continue
        if w in FILLERS or t in (".", "_", "@"):
            i += 1
            continue
        raise ValueError("cannot normalise token %r in %r" % (t, text))
    return "".join(out)


MODES = {"CARD_NUMBER": "digits", "CVV": "digits", "EXPIRY": "digits", "SSN": "digits",
         "BANK_ACCOUNT": "digits", "SORT_CODE": "digits", "PHONE": "digits", "DOB": "digits",
         "NI_NUMBER": "alnum", "POSTCODE": "alnum", "IBAN": "alnum", "EMAIL": "email",
         "ADDRESS": None}


# ---------------------------------------------------------------------------
# validators
# ---------------------------------------------------------------------------
def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
STREET_WORDS = ("street", "road", "avenue", "lane", "drive", "close", "way", "crescent",
                "terrace", "place", "court", "boulevard", "blvd", "st", "rd", "ave", "park",
                "grove", "gardens", "row", "square", "hill", "parade", "walk", "view")


def validate(typ, v):
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "EXPIRY":
        m = re.fullmatch(r"(\d\d)/(\d\d)", v)
        return bool(m) and 1 <= int(m.group(1)) <= 12
    if typ == "SSN":
        return (v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666")
                and v[0] != "9" and v[3:5] != "00" and v[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(v)) and v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        d = v.lstrip("+")
        return d.isdigit() and 10 <= len(d) <= 13 and "+" not in d
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", v))
    if typ == "DOB":
        m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", v)
        return bool(m) and 1930 <= int(m.group(1)) <= 2008 and 1 <= int(m.group(2)) <= 12 \
            and 1 <= int(m.group(3)) <= 28
    if typ == "POSTCODE":
        return bool(UK_PC.fullmatch(v)) or bool(re.fullmatch(r"\d{5}(\d{4})?", v))
    if typ == "ADDRESS":
        return bool(re.search(r"\d|" + "|".join(UNITS[1:] + TEENS + TENS[2:]), v)) and \
            any(re.search(r"\b%s\b" % w, v.lower()) for w in STREET_WORDS)
    return False


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
def luhn_complete(prefix, length, rng):
    s = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(s + d):
            return s + d
    raise AssertionError


def gen_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "mc2"])
    if brand == "visa":
        return luhn_complete("4", 16, rng), [4, 4, 4, 4]
    if brand == "visa13":
        return luhn_complete("4", 13, rng), [4, 3, 3, 3]
    if brand == "mc":
        return luhn_complete("5" + str(rng.randint(1, 5)), 16, rng), [4, 4, 4, 4]
    if brand == "mc2":
        return luhn_complete(str(rng.randint(2221, 2720)), 16, rng), [4, 4, 4, 4]
    if brand == "disc":
        return luhn_complete("6011", 16, rng), [4, 4, 4, 4]
    return luhn_complete(rng.choice(["34", "37"]), 15, rng), [4, 6, 5]


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_P1 = "ABCEGHJKLMNPRSTWXYZ"
NI_P2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_P1) + rng.choice(NI_P2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def rdig(rng, k):
    return "".join(str(rng.randrange(10)) for _ in range(k))


def gen_iban(rng, cc=None):
    cc = cc or rng.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "MIDL", "LYDS", "HBUK"]) + rdig(rng, 14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "IPBS", "ULSB"]) + rdig(rng, 14)
    elif cc == "DE":
        bban = rdig(rng, 18)
    elif cc == "FR":
        bban = rdig(rng, 23)
    elif cc == "NL":
        bban = rng.choice(["INGB", "ABNA", "TRIS"]) + rdig(rng, 10)
    else:
        bban = rdig(rng, 20)
    return iban_make(cc, bban)


UK_AREAS = ["M", "B", "L", "G", "E", "N", "W", "S", "SW", "SE", "NW", "EH", "LS", "BS",
            "CF", "BT", "CB", "NG", "LE", "BN", "DE", "CV", "RG", "PL", "HU", "YK", "KT",
            "TW", "GU", "ME", "CH", "WA", "PR", "BD", "HX", "DN", "ST", "WV", "NE", "DH"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc(rng):
    a = rng.choice(UK_AREAS)
    district = str(rng.randint(1, 29)) if rng.random() < 0.6 else str(rng.randint(1, 9))
    if len(a) == 1 and rng.random() < 0.1:
        district = str(rng.randint(1, 9)) + rng.choice("ABCEHJKMNPRSTUW".replace("O", ""))
    return a + district + str(rng.randint(0, 9)) + rng.choice(INWARD) + rng.choice(INWARD)


def gen_zip(rng):
    z = "%05d" % rng.randint(1001, 99950)
    if rng.random() < 0.25:
        z += "%04d" % rng.randint(1, 9999)
    return z


FIRST = ["sarah", "john", "aoife", "liam", "priya", "tom", "megan", "daniel", "niamh",
         "marco", "helen", "james", "chloe", "ravi", "emma", "sean", "fatima", "kevin",
         "laura", "pierre", "anna", "david", "grace", "mike"]
LAST = ["murphy", "smith", "kelly", "patel", "jones", "walsh", "brown", "nolan", "taylor",
        "byrne", "evans", "rossi", "hughes", "garcia", "wilson", "khan", "clarke", "dubois"]
DOMAINS = {"US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
           "UK": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com"],
           "IE": ["gmail.com", "eircom.net", "outlook.ie", "hotmail.com", "yahoo.ie"],
           "EU": ["gmail.com", "web.de", "orange.fr", "gmx.de", "outlook.com", "ziggo.nl"]}

STREETS_UK = ["acacia avenue", "mill lane", "station road", "church street", "victoria road",
              "oak close", "the crescent", "kings drive", "park terrace", "meadow way",
              "elm grove", "orchard gardens", "high street", "chapel row", "beech court"]
STREETS_US = ["maple street", "oak avenue", "elm drive", "washington boulevard",
              "lincoln way", "cedar lane", "pine court", "sunset boulevard", "lake view",
              "hillcrest road", "birch street", "park place"]
STREETS_IE = ["main street", "church road", "college park", "strand road", "sea view",
              "abbey street", "ballymun road", "o'connell street"]
TOWNS = {"UK": ["leeds", "bristol", "manchester", "croydon", "cardiff", "york", "reading"],
         "US": ["columbus", "denver", "austin", "portland", "tampa", "raleigh"],
         "IE": ["cork", "galway", "limerick", "swords", "bray", "athlone"],
         "EU": ["lyon", "hamburg", "utrecht", "valencia"]}


# ---------------------------------------------------------------------------
# non-PII number phrases (chat form, call form)
# ---------------------------------------------------------------------------
CUR = {"US": ("$", "dollars", "cents"), "UK": ("£", "pounds", "p"), "IE": ("€", "euro", "cent"),
       "EU": ("€", "euro", "cent")}


def amount(rng, ch, cc):
    sym, big, small = CUR[cc]
    a = rng.randint(3, 120) if rng.random() < 0.6 else rng.randint(120, 1900)
    c = rng.choice([0, 0, 50, 99, 20, 45, 75, 15])
    if ch == "chat":
        return "%s%d.%02d" % (sym, a, c) if c else "%s%d" % (sym, a)
    w = n2w(a) + " " + big
    if c:
        w += " " + n2w(c) if rng.random() < 0.6 else " and " + n2w(c) + " " + small
    return w


def ref_no(rng, ch, word=None):
    word = word or rng.choice(["order number", "ticket number", "claim number", "reference",
                               "invoice number", "case number", "booking reference"])
    d = rdig(rng, rng.choice([5, 6, 7, 8]))
    d = str(rng.randint(1, 9)) + d[1:]
    if ch == "chat":
        if rng.random() < 0.3:
            return "%s %s-%s" % (word, rng.choice(["ORD", "INV", "CLM", "TKT"]), d)
        return "%s %s" % (word, d)
    return "%s %s" % (word, say_digits(d, rng, rng.choice(["single", "pairs"]), "oh"))


def time_ph(rng, ch):
    h = rng.randint(1, 12)
    m = rng.choice([0, 15, 30, 45, 10, 20])
    if ch == "chat":
        return "%d:%02d%s" % (h, m, rng.choice(["am", "pm", " pm", ""]))
    if m == 0:
        return n2w(h) + " o'clock" if rng.random() < 0.5 else n2w(h) + " pm"
    if m == 30 and rng.random() < 0.5:
        return "half past " + n2w(h)
    return n2w(h) + " " + n2w(m) if m >= 10 else n2w(h)


def date_ph(rng, ch):
    d = rng.randint(1, 28)
    m = rng.randrange(12)
    if ch == "chat":
        return rng.choice(["%d %s" % (d, MONTHS[m].title()), "%s %d" % (MONTHS[m].title(), d),
                           "%02d/%02d" % (d, m + 1)])
    return rng.choice(["the " + ordinal(d) + " of " + MONTHS[m], MONTHS[m] + " " + ordinal(d)])


def small(rng, ch, lo=2, hi=60):
    n = rng.randint(lo, hi)
    return str(n) if ch == "chat" else n2w(n)


# ---------------------------------------------------------------------------
# turn building helpers
# ---------------------------------------------------------------------------
def callify(s):
    s = s.lower()
    s = re.sub(r"[,.!?;:()\"]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def T(spk, *parts):
    return (spk, list(parts))


def st(ch, s):
    """Style a plain chat-written sentence for the channel."""
    return callify(s) if ch == "call" else s


# ---------------------------------------------------------------------------
# PII blocks.  Each returns a list of turns.  ch in {chat, call}.
# ---------------------------------------------------------------------------
def blk_card(ctx, ch, cc, with_cvv_exp=True):
    rng = ctx.rng
    card, groups = gen_card(rng)
    g = ctx.group("CARD_NUMBER", card)
    turns = [T("agent", st(ch, rng.choice([
        "Okay, can I take the long card number please?",
        "What's the card number you'd like to use?",
        "Please go ahead with the 16 digit number on the front of the card." if len(card) == 16
        else "Please go ahead with the number on the front of the card.",
        "Right, and the card number when you're ready.",
    ])))]
    uk = cc != "US"
    if ch == "chat":
        sep = rng.choice([" ", "-", "", " ", ".", "  "])
        parts, i = [], 0
        for n in groups:
            parts.append(card[i:i + n])
            i += n
        txt = sep.join(parts)
        if rng.random() < 0.15:
            txt = " ".join(parts[:2]) + "-" + "-".join(parts[2:])
        lead = rng.choice(["", "its ", "sure: ", "card no. ", "ok ", "it's ", "number is "])
        tail = rng.choice(["", " thanks", " (visa debit)", " - its the one ending the same as last time",
                           "!", " x"])
        turns.append(T("customer", lead, Seg(txt, "CARD_NUMBER", card, g), tail))
        if rng.random() < 0.3:
            turns.append(T("agent", "Thanks, got that."))
    else:
        z = zero_word(rng, uk)
        mode = rng.choice(["one", "split", "split", "pairs", "correct", "one"])
        if mode == "one":
            txt = " ".join(say_groups(card, groups, rng, z, homo=rng.random() < 0.3))
            lead = rng.choice(["yeah it's ", "okay so it's ", "um ", "right ", ""])
            turns.append(T("customer", lead, Seg(txt, "CARD_NUMBER", card, g),
                           rng.choice(["", " that's it", " i think yeah"])))
        elif mode == "pairs":
            parts = say_groups(card, groups, rng, z, style="pairs")
            turns.append(T("customer", "okay it's ", Seg(" ".join(parts), "CARD_NUMBER", card, g)))
        else:
            parts = say_groups(card, groups, rng, z)
            i = 0
            for k, p in enumerate(parts):
                chunk = card[i:i + groups[k]]
                i += groups[k]
                if mode == "correct" and k == 1:
                    wrong = list(chunk)
                    wrong[-1] = str((int(wrong[-1]) + 3) % 10)
                    wrong = "".join(wrong)
                    wp = say_digits(wrong, rng, "single", z)
                    cp = say_digits(chunk, rng, "single", z)
                    txt = wp + rng.choice([" no sorry ", " sorry ", " no wait "]) + cp
                    seg = Seg(txt, "CARD_NUMBER", wrong + chunk, g, contrib=chunk)
                    txt = None
                else:
                    seg = Seg(p, "CARD_NUMBER", chunk, g)
                lead = rng.choice(["", "", "um ", "it's " if k == 0 else "then "])
                turns.append(T("customer", lead, seg, rng.choice(["", "", " um"])))
                if k < len(parts) - 1:
                    turns.append(T("agent", rng.choice(["mhm", "okay go on", "yep", "uh huh",
                                                        "okay", "got that yeah", "mhm go on"])))
        if rng.random() < 0.35:
            g2 = ctx.group("CARD_NUMBER", card)
            rb = " ".join(say_groups(card, groups, rng, z, style="single"))
            turns.append(T("agent", "let me just read that back ", Seg(rb, "CARD_NUMBER", card, g2),
                           " is that right"))
            turns.append(T("customer", rng.choice(["yes that's right", "yep", "correct yeah"])))
    if with_cvv_exp:
        turns += blk_expiry(ctx, ch, cc)
        turns += blk_cvv(ctx, ch, cc, amex=len(card) == 15)
    return turns


def blk_expiry(ctx, ch, cc):
    rng = ctx.rng
    m = rng.randint(1, 12)
    y = rng.randint(26, 32)
    val = "%02d/%02d" % (m, y)
    g = ctx.group("EXPIRY", val)
    turns = [T("agent", st(ch, rng.choice(["And the expiry date?", "What's the expiry on the card?",
                                           "Thanks. Expiry date please.",
                                           "and when does the card expire"])))]
    if ch == "chat":
        form = rng.choice(["%02d/%02d", "%02d/20%02d", "%d/%02d", "%02d-%02d", "%02d %02d"])
        txt = form % (m, y)
        exp = re.sub(r"\D", "", txt)
        lead = rng.choice(["", "exp ", "expires ", "its ", "valid thru "])
        turns.append(T("customer", lead, Seg(txt, "EXPIRY", exp, g, contrib=val)))
    else:
        form = rng.randrange(4)
        z = zero_word(rng, cc != "US")
        if form == 0:
            txt = say_digits("%02d" % m, rng, "single", z) + " " + n2w(y)
            exp = "%02d%d" % (m, y)
        elif form == 1:
            txt = MONTHS[m - 1] + " " + n2w(y)
            exp = "%02d%d" % (m, y)
        elif form == 2:
            txt = MONTHS[m - 1] + " two thousand and " + n2w(y)
            exp = "%02d20%d" % (m, y)
        else:
            txt = say_digits("%02d" % m, rng, "single", z) + " slash " + say_digits("%02d" % y, rng, "single", z)
            exp = "%02d%02d" % (m, y)
        lead = rng.choice(["it's ", "um ", "", "expires ", "end of "])
        turns.append(T("customer", lead, Seg(txt, "EXPIRY", exp, g, contrib=val)))
    return turns


def blk_cvv(ctx, ch, cc, amex=False):
    rng = ctx.rng
    cvv = rdig(rng, 4 if amex else 3)
    g = ctx.group("CVV", cvv)
    turns = [T("agent", st(ch, rng.choice([
        "And the security code on the back?", "Last thing, the three digit code on the back please.",
        "Can I get the CVV?", "and the security number on the signature strip"] if not amex else
        ["And the four digit code on the front of the Amex?"])))]
    if ch == "chat":
        lead = rng.choice(["", "cvv ", "security code is ", "its ", "CVC: "])
        turns.append(T("customer", lead, Seg(cvv, "CVV", cvv, g)))
    else:
        z = zero_word(rng, cc != "US")
        if rng.random() < 0.3 and cvv[0] != "0" and not amex:
            txt = UNITS[int(cvv[0])] + " " + (say_digits(cvv[1:], rng, "pairs", z))
        else:
            txt = say_digits(cvv, rng, rng.choice(["single", "doubles"]), z)
        turns.append(T("customer", rng.choice(["it's ", "", "um ", "yeah "]), Seg(txt, "CVV", cvv, g)))
    return turns


def blk_ssn(ctx, ch, cc):
    rng = ctx.rng
    ssn = gen_ssn(rng)
    g = ctx.group("SSN", ssn)
    turns = [T("agent", st(ch, rng.choice([
        "For verification I'll need your Social Security number.",
        "Can you confirm the social on the account?",
        "Could I get your full SSN please?",
        "and your social security number please"])))]
    if ch == "chat":
        form = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s", "%s.%s.%s"])
        txt = form % (ssn[:3], ssn[3:5], ssn[5:])
        lead = rng.choice(["", "sure its ", "SSN: ", "ok ", "my social is "])
        turns.append(T("customer", lead, Seg(txt, "SSN", ssn, g),
                       rng.choice(["", " thanks", " - do you need anything else?"])))
    else:
        z = rng.choice(["zero", "oh", "o"])
        mode = rng.choice(["one", "split", "groups", "one"])
        if mode == "one":
            txt = say_digits(ssn, rng, rng.choice(["single", "doubles"]), z, homo=rng.random() < 0.3)
            turns.append(T("customer", rng.choice(["yeah it's ", "okay ", "sure ", ""]),
                           Seg(txt, "SSN", ssn, g)))
        elif mode == "groups":
            parts = [say_digits(ssn[:3], rng, "single", z), say_digits(ssn[3:5], rng, "pairs", z),
                     say_digits(ssn[5:], rng, "pairs", z)]
            turns.append(T("customer", "it's ", Seg(" ".join(parts), "SSN", ssn, g)))
        else:
            chunks = [ssn[:3], ssn[3:5], ssn[5:]]
            for k, c in enumerate(chunks):
                turns.append(T("customer", rng.choice(["", "", "uh "]),
                               Seg(say_digits(c, rng, "single", z), "SSN", c, g)))
                if k < 2:
                    turns.append(T("agent", rng.choice(["mhm", "okay", "yep go ahead", "uh huh"])))
    return turns


def ni_spoken(ni, rng):
    out = []
    letter_style = rng.choice(["plain", "nato", "asin", "homo", "plain"])
    for idx, c in enumerate(ni):
        if c.isalpha():
            l = c.lower()
            if letter_style == "nato":
                out.append("%s for %s" % (l, NATO[l]))
            elif letter_style == "asin" and l in NAMES_FOR:
                out.append("%s as in %s" % (l, NAMES_FOR[l]))
            elif letter_style == "homo":
                inv = {v: k for k, v in LETTER_HOMO.items() if k not in ("eh", "you", "are", "double-u")}
                out.append(inv.get(c, l) if rng.random() < 0.6 else l)
            else:
                out.append(l)
    digits = ni[2:8]
    st_ = rng.choice(["single", "pairs", "doubles"])
    d = say_digits(digits, rng, st_, rng.choice(["zero", "oh", "nought"]))
    return out[0] + " " + out[1] + " " + d, out[2]


def blk_ni(ctx, ch, cc):
    rng = ctx.rng
    ni = gen_ni(rng)
    g = ctx.group("NI_NUMBER", ni)
    turns = [T("agent", st(ch, rng.choice([
        "Can I take your National Insurance number please?",
        "What's your NI number?", "and your national insurance number for the claim",
        "I'll just need your National Insurance number to match the records."])))]
    if ch == "chat":
        form = rng.randrange(4)
        if form == 0:
            txt = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
        elif form == 1:
            txt = ni.lower() if rng.random() < 0.5 else ni
        elif form == 2:
            txt = "%s%s %s" % (ni[:2], ni[2:8], ni[8])
        else:
            txt = "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
        turns.append(T("customer", rng.choice(["", "its ", "NI no: ", "sure - ", "ok it's "]),
                       Seg(txt, "NI_NUMBER", ni, g), rng.choice(["", " cheers", ""])))
    else:
        if rng.random() < 0.35:
            # letters, digits, final letter over three turns
            a, b = ni_spoken(ni, rng)
            # keep letters + digits in one turn, suffix letter in next
            turns.append(T("customer", rng.choice(["it's ", "yeah ", ""]), Seg(a, "NI_NUMBER", ni[:8], g)))
            turns.append(T("agent", rng.choice(["and the letter at the end", "mhm and the last letter"])))
            turns.append(T("customer", rng.choice(["", "it's ", "um "]), Seg(b, "NI_NUMBER", ni[8], g)))
        else:
            turns.append(T("customer", rng.choice(["yeah it's ", "okay ", "um it's ", ""]),
                           Seg(" ".join(ni_spoken(ni, rng)), "NI_NUMBER", ni, g)))
    return turns


def blk_bank(ctx, ch, cc):
    rng = ctx.rng
    turns = []
    if cc == "UK":
        sc = rdig(rng, 6)
        sc = str(rng.randint(1, 9)) + sc[1:]
        acct = rdig(rng, 8)
        gs = ctx.group("SORT_CODE", sc)
        ga = ctx.group("BANK_ACCOUNT", acct)
        turns.append(T("agent", st(ch, "Okay, what's the sort code and account number for the refund?")))
        if ch == "chat":
            f = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"])
            sct = f % (sc[:2], sc[2:4], sc[4:])
            if rng.random() < 0.5:
                turns.append(T("customer", "sort code ", Seg(sct, "SORT_CODE", sc, gs), rng.choice([", acc ", " account ", " / "]),
                               Seg(acct, "BANK_ACCOUNT", acct, ga)))
            else:
                turns.append(T("customer", Seg(sct, "SORT_CODE", sc, gs)))
                turns.append(T("agent", "Thanks, and the account number?"))
                turns.append(T("customer", "acc no ", Seg(acct, "BANK_ACCOUNT", acct, ga)))
        else:
            z = zero_word(rng, True)
            sct = say_digits(sc, rng, rng.choice(["pairs", "single", "doubles"]), z)
            turns.append(T("customer", "sort code's ", Seg(sct, "SORT_CODE", sc, gs)))
            if rng.random() < 0.4:
                g2 = ctx.group("SORT_CODE", sc)
                turns.append(T("agent", "so that's ", Seg(say_digits(sc, rng, "pairs", z), "SORT_CODE", sc, g2),
                               rng.choice([" yeah", " is that a barclays one", ""])))
                turns.append(T("customer", rng.choice(["yep", "that's right", "mhm"])))
            turns.append(T("agent", rng.choice(["okay and the account number", "mhm and the account number"])))
            at = say_digits(acct, rng, rng.choice(["single", "doubles", "pairs"]), z, homo=rng.random() < 0.2)
            turns.append(T("customer", rng.choice(["it's ", "um ", "right "]), Seg(at, "BANK_ACCOUNT", acct, ga)))
    else:
        acct = rdig(rng, rng.choice([9, 10, 12]))
        ga = ctx.group("BANK_ACCOUNT", acct)
        turns.append(T("agent", st(ch, rng.choice(["What's the checking account number?",
                                                   "Which account number should we debit?"]))))
        if ch == "chat":
            turns.append(T("customer", rng.choice(["acct ", "account # ", "it's "]), Seg(acct, "BANK_ACCOUNT", acct, ga)))
        else:
            at = say_digits(acct, rng, rng.choice(["single", "doubles"]), "zero")
            turns.append(T("customer", "the account number is ", Seg(at, "BANK_ACCOUNT", acct, ga)))
    return turns


def blk_iban(ctx, ch, cc):
    rng = ctx.rng
    iban = gen_iban(rng, {"UK": "GB", "IE": "IE"}.get(cc) if rng.random() < 0.7 else None)
    g = ctx.group("IBAN", iban)
    turns = [T("agent", st(ch, rng.choice(["Can you give me the IBAN for the account?",
                                           "What IBAN should the refund go to?",
                                           "and the iban please"])))]
    if ch == "chat":
        parts = [iban[i:i + 4] for i in range(0, len(iban), 4)]
        txt = rng.choice([" ".join(parts), iban, " ".join(parts).lower()])
        turns.append(T("customer", rng.choice(["", "IBAN: ", "its ", "here: "]), Seg(txt, "IBAN", iban, g)))
    else:
        parts = [iban[i:i + 4] for i in range(0, len(iban), 4)]

        def sp(p):
            out = []
            for c in p:
                out.append(c.lower() if c.isalpha() else say_digits(c, rng, "single", "zero"))
            return " ".join(out)
        # split in two or three turns
        cut = rng.choice([2, 3])
        chunks = [parts[:cut], parts[cut:cut + 2], parts[cut + 2:]]
        chunks = [c for c in chunks if c]
        if len(chunks) > 1 and len("".join(chunks[-1])) < 4:
            chunks[-2] = chunks[-2] + chunks[-1]
            chunks = chunks[:-1]
        for k, c in enumerate(chunks):
            txt = " ".join(sp(p) for p in c)
            turns.append(T("customer", rng.choice(["", "okay ", "then "]) if k else "it's ",
                           Seg(txt, "IBAN", "".join(c), g)))
            if k < len(chunks) - 1:
                turns.append(T("agent", rng.choice(["mhm", "okay", "yep keep going"])))
    return turns


def gen_phone(rng, cc):
    kind = rng.random()
    if cc == "UK":
        if kind < 0.6:
            d = "07" + str(rng.choice([4, 5, 7, 8, 9])) + rdig(rng, 8)
            return d, "%s %s" % (d[:5], d[5:]), d
        if kind < 0.8:
            d = "020" + rng.choice(["7", "8"]) + rdig(rng, 7)
            return d, "%s %s %s" % (d[:3], d[3:7], d[7:]), d
        d = "+447" + rdig(rng, 9)
        return d, "+44 %s %s" % (d[3:7], d[7:]), d
    if cc == "US":
        a = str(rng.randint(2, 9)) + rdig(rng, 2)
        b = str(rng.randint(2, 9)) + rdig(rng, 2)
        c = rdig(rng, 4)
        d = a + b + c
        fm = rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s"])
        t = fm % (a, b, c)
        return (("+1" + d) if t.startswith("+1") else d), t, d
    if cc == "IE":
        if kind < 0.6:
            d = "08" + rng.choice("35679") + rdig(rng, 7)
            return d, "%s %s %s" % (d[:3], d[3:6], d[6:]), d
        d = "+3538" + rng.choice("35679") + rdig(rng, 7)
        return d, "+353 %s %s" % (d[4:6], d[6:]), d
    d = "+33" + rng.choice("67") + rdig(rng, 8)
    return d, "+33 %s %s %s %s %s" % (d[3], d[4:6], d[6:8], d[8:10], d[10:]), d


def blk_phone(ctx, ch, cc):
    rng = ctx.rng
    full, typed, _ = gen_phone(rng, cc)
    g = ctx.group("PHONE", full)
    turns = [T("agent", st(ch, rng.choice(["What's the best number to reach you on?",
                                           "Can I confirm a contact number?",
                                           "Is there a mobile number we can text the code to?",
                                           "and a callback number in case we get cut off"])))]
    if ch == "chat":
        txt = typed if rng.random() < 0.7 else typed.replace(" ", "")
        turns.append(T("customer", rng.choice(["", "mob ", "call me on ", "its ", "tel: "]),
                       Seg(txt, "PHONE", full, g), rng.choice(["", " after 5 pls", " thanks"])))
    else:
        z = zero_word(rng, cc != "US")
        digs = full.lstrip("+")
        plus = full.startswith("+")
        mode = rng.choice(["one", "split", "one"])
        if plus:
            cclen = {"44": 2, "35": 3, "33": 2, "1": 1}
            k = 1 if digs.startswith("1") else (3 if digs.startswith("353") else 2)
            head = "plus " + say_digits(digs[:k], rng, "single", z)
            rest = digs[k:]
        else:
            head, rest = "", digs
        if mode == "one":
            txt = (head + " " if head else "") + say_digits(rest, rng, rng.choice(["single", "doubles", "doubles"]), z, homo=rng.random() < 0.2)
            turns.append(T("customer", rng.choice(["yeah it's ", "it's ", "um ", ""]), Seg(txt, "PHONE", full, g)))
        else:
            cut = len(rest) - 6
            t1 = (head + " " if head else "") + say_digits(rest[:cut], rng, "doubles", z)
            t2 = say_digits(rest[cut:], rng, rng.choice(["single", "pairs", "doubles"]), z)
            turns.append(T("customer", "it's ", Seg(t1, "PHONE", ("+" if plus else "") + digs[:len(digs) - 6], g)))
            turns.append(T("agent", rng.choice(["mhm", "okay", "yep"])))
            turns.append(T("customer", Seg(t2, "PHONE", rest[cut:], g)))
    return turns


def gen_email(rng, cc):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randrange(5)
    num = str(rng.randint(1, 99)) if rng.random() < 0.5 else ""
    if style == 0:
        local = f + "." + l + num
    elif style == 1:
        local = f[0] + l + num
    elif style == 2:
        local = f + "_" + l + num
    elif style == 3:
        local = f + num
    else:
        local = l + "." + f[0] + num
    return local + "@" + rng.choice(DOMAINS[cc])


def say_email(e, rng):
    local, dom = e.split("@")
    out = []
    for tok in re.findall(r"[a-z]+|\d+|[._\-]", local):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append("dash")
        elif tok.isdigit():
            n = int(tok)
            out.append(n2w(n) if rng.random() < 0.6 or len(tok) == 1 else " ".join(UNITS[int(c)] for c in tok))
            if tok.startswith("0"):
                out[-1] = " ".join(UNITS[int(c)] for c in tok)
        elif len(tok) == 1:
            out.append(tok)
        elif rng.random() < 0.2 and len(tok) <= 5:
            out.append(" ".join(tok))
        else:
            out.append(tok)
    out.append("at")
    for p in dom.split("."):
        if p == "gmail" and rng.random() < 0.3:
            p = "g mail"
        out.append(p if p not in ("btinternet",) else "b t internet")
        out.append("dot")
    return " ".join(out[:-1])


def blk_email(ctx, ch, cc):
    rng = ctx.rng
    e = gen_email(rng, cc)
    g = ctx.group("EMAIL", e)
    turns = [T("agent", st(ch, rng.choice(["What email address should the confirmation go to?",
                                           "Can I confirm the email on file?",
                                           "and an email address for the receipt"])))]
    if ch == "chat":
        txt = e if rng.random() < 0.8 else e.capitalize()
        turns.append(T("customer", rng.choice(["", "its ", "email: ", "send it to "]),
                       Seg(txt, "EMAIL", e, g), rng.choice(["", " pls", " thanks!"])))
    else:
        turns.append(T("customer", rng.choice(["yeah it's ", "it's ", "um ", ""]),
                       Seg(say_email(e, rng), "EMAIL", e, g)))
        if rng.random() < 0.3:
            g2 = ctx.group("EMAIL", e)
            turns.append(T("agent", "so that's ", Seg(say_email(e, rng), "EMAIL", e, g2), " yeah"))
            turns.append(T("customer", "that's it"))
    return turns


def blk_dob(ctx, ch, cc):
    rng = ctx.rng
    y, m, d = rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28)
    val = "%04d-%02d-%02d" % (y, m, d)
    g = ctx.group("DOB", val)
    turns = [T("agent", st(ch, rng.choice(["Can you confirm your date of birth?",
                                           "And your date of birth please.",
                                           "for security what's your DOB",
                                           "what date of birth do we have on the policy"])))]
    if ch == "chat":
        us = cc == "US"
        a, b = (m, d) if us else (d, m)
        forms = [("%02d/%02d/%04d" % (a, b, y), "%02d%02d%04d" % (a, b, y)),
                 ("%d %s %d" % (d, MONTHS[m - 1].title(), y), "%d%02d%d" % (d, m, y)),
                 ("%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%02d%d%d" % (m, d, y)),
                 ("%04d-%02d-%02d" % (y, m, d), "%d%02d%02d" % (y, m, d)),
                 ("%02d.%02d.%04d" % (a, b, y), "%02d%02d%d" % (a, b, y)),
                 ("%d %s %d" % (d, MONTH_ABBR[m - 1].title(), y), "%d%02d%d" % (d, m, y)),
                 ("%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"),
                                  MONTHS[m - 1], y), "%d%02d%d" % (d, m, y))]
        txt, exp = rng.choice(forms)
        turns.append(T("customer", rng.choice(["", "dob ", "born ", "its ", "sure, "]),
                       Seg(txt, "DOB", exp, g, contrib=val)))
    else:
        f = rng.randrange(5)
        if f == 0:
            txt = ordinal(d) + " of " + MONTHS[m - 1] + " " + year_words(y, rng)
        elif f == 1:
            txt = MONTHS[m - 1] + " " + ordinal(d) + " " + year_words(y, rng)
        elif f == 2:
            txt = MONTHS[m - 1] + " " + ordinal(d) + " " + n2w(y % 100) if y % 100 >= 10 else \
                MONTHS[m - 1] + " " + ordinal(d) + " " + year_words(y, rng)
        elif f == 3:
            z = zero_word(rng)
            a, b = (d, m) if cc != "US" else (m, d)
            txt = say_digits("%02d%02d%02d" % (a, b, y % 100), rng, "single", z)
        else:
            z = zero_word(rng)
            a, b = (d, m) if cc != "US" else (m, d)
            txt = say_digits("%02d" % a, rng, "pairs", z) + " " + say_digits("%02d" % b, rng, "pairs", z) + " " + year_words(y, rng)
        exp = normalise(txt, "digits")
        # independent expectation for the plain forms
        turns.append(T("customer", rng.choice(["it's the ", "yeah ", "um ", "", "i was born on the "]) if f == 0
                       else rng.choice(["it's ", "yeah ", "um ", ""]),
                       Seg(txt, "DOB", exp, g, contrib=val)))
    return turns


def say_pc(pc, rng):
    if pc.isdigit():
        z = rng.choice(["zero", "oh"])
        if len(pc) == 9:
            return say_digits(pc[:5], rng, "single", z) + " dash " + say_digits(pc[5:], rng, "single", z)
        return say_digits(pc, rng, rng.choice(["single", "doubles"]), z)
    outward, inward = pc[:-3], pc[-3:]
    if rng.random() < 0.25:
        out = []
        for c in pc:
            if c.isalpha():
                out.append("%s for %s" % (c.lower(), NATO[c.lower()]))
            else:
                out.append(UNITS[int(c)] if c != "0" else "zero")
        return " ".join(out)
    out = []
    m = re.match(r"([A-Z]+)(\d+)([A-Z]?)", outward)
    area, dist, sub = m.groups()
    out.extend(c.lower() for c in area)
    out.append(n2w(int(dist)) if rng.random() < 0.5 else say_digits(dist, rng, "single", "oh"))
    if sub:
        out.append(sub.lower())
    out.append(UNITS[int(inward[0])] if inward[0] != "0" else "zero")
    if inward[1] == inward[2] and rng.random() < 0.5:
        out.append("double " + inward[1].lower())
    else:
        out.extend(c.lower() for c in inward[1:])
    return " ".join(out)


def blk_address(ctx, ch, cc, with_pc=True):
    rng = ctx.rng
    streets = {"UK": STREETS_UK, "US": STREETS_US, "IE": STREETS_IE, "EU": STREETS_UK}[cc]
    num = rng.randint(1, 240)
    street = rng.choice(streets)
    town = rng.choice(TOWNS[cc])
    flat = rng.random() < 0.2 and cc != "US"
    turns = [T("agent", st(ch, rng.choice(["Can you confirm the first line of the address?",
                                           "What's the address on the account?",
                                           "and the billing address please",
                                           "where should we send the replacement"])))]
    if ch == "chat":
        st_ = street.title() if rng.random() < 0.6 else street
        if cc == "US" and rng.random() < 0.5:
            st_ = st_.replace("Street", "St").replace("Avenue", "Ave").replace("Boulevard", "Blvd")
        addr = ("Flat %d, " % rng.randint(1, 12) if flat else "") + "%d %s" % (num, st_)
    else:
        h, rest = divmod(num, 100)
        nw = n2w(num)
        if h and rest >= 10 and rng.random() < 0.6:
            nw = UNITS[h] + " " + n2w(rest)
        elif h and 0 < rest < 10 and rng.random() < 0.6:
            nw = UNITS[h] + " oh " + UNITS[rest]
        addr = ("flat " + n2w(rng.randint(1, 12)) + " " if flat else "") + nw + " " + street
    ga = ctx.group("ADDRESS", addr)
    segs = [rng.choice(["", "it's ", "sure ", "um "]), Seg(addr, "ADDRESS", addr, ga)]
    segs.append(", " + (town.title() if ch == "chat" else town) if ch == "chat" else " " + town)
    if with_pc and cc in ("UK", "US"):
        pc = gen_uk_pc(rng) if cc == "UK" else gen_zip(rng)
        gp = ctx.group("POSTCODE", pc)
        if ch == "chat":
            if pc.isdigit():
                ptxt = pc if len(pc) == 5 else pc[:5] + "-" + pc[5:]
                segs += [rng.choice([" ", ", CO ", " TX "]), Seg(ptxt, "POSTCODE", pc, gp)]
            else:
                ptxt = pc[:-3] + " " + pc[-3:]
                if rng.random() < 0.3:
                    ptxt = ptxt.lower()
                if rng.random() < 0.2:
                    ptxt = ptxt.replace(" ", "")
                segs += [" ", Seg(ptxt, "POSTCODE", pc, gp)]
            turns.append(T("customer", *segs))
        else:
            turns.append(T("customer", *segs))
            turns.append(T("agent", rng.choice(["and the postcode", "and the zip code", "lovely and the postcode"])
                           if cc == "UK" else "and the zip code"))
            turns.append(T("customer", rng.choice(["it's ", "", "um "]), Seg(say_pc(pc, rng), "POSTCODE", pc, gp)))
    else:
        turns.append(T("customer", *segs))
    return turns


def blk_postcode_only(ctx, ch, cc):
    rng = ctx.rng
    pc = gen_uk_pc(rng) if cc != "US" else gen_zip(rng)
    g = ctx.group("POSTCODE", pc)
    turns = [T("agent", st(ch, "Can I just take the postcode to find the address?" if cc != "US"
                           else "What's the zip code on the account?"))]
    if ch == "chat":
        ptxt = pc if pc.isdigit() else pc[:-3] + " " + pc[-3:]
        turns.append(T("customer", rng.choice(["", "its ", "postcode ", "zip "]), Seg(ptxt, "POSTCODE", pc, g)))
    else:
        turns.append(T("customer", rng.choice(["it's ", "yeah ", ""]), Seg(say_pc(pc, rng), "POSTCODE", pc, g)))
    return turns


def blk_card_allinone(ctx, ch, cc):
    """Chat: card, expiry and CVV in one message with an amount; call: with an interruption."""
    rng = ctx.rng
    card, groups = gen_card(rng, rng.choice(["visa", "mc", "mc2", "disc"]))
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    cvv = rdig(rng, 3)
    g = ctx.group("CARD_NUMBER", card)
    ge = ctx.group("EXPIRY", "%02d/%02d" % (m, y))
    gc = ctx.group("CVV", cvv)
    turns = [T("agent", st(ch, "I can take that payment of %s now if you like." % amount(rng, "chat", cc)
                           if ch == "chat" else "i can take that payment now if you like"))]
    if ch == "chat":
        ctext = " ".join(card[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.6 else card
        et = "%02d/%02d" % (m, y)
        turns.append(T("customer", rng.choice(["yes please. ", "ok go for it - ", "sure "]),
                       Seg(ctext, "CARD_NUMBER", card, g), rng.choice([" exp ", ", expiry ", " ex "]),
                       Seg(et, "EXPIRY", "%02d%02d" % (m, y), ge, contrib="%02d/%02d" % (m, y)),
                       rng.choice([" cvv ", ", sec code ", " code "]), Seg(cvv, "CVV", cvv, gc),
                       rng.choice(["", ". Can you confirm once it's gone through?", " ta"])))
    else:
        z = zero_word(rng, cc != "US")
        parts = say_groups(card, groups, rng, z)
        turns.append(T("customer", "yeah go on then hang on let me get my purse"))
        turns.append(T("agent", rng.choice(["no problem take your time", "no rush"])))
        turns.append(T("customer", "right okay it's ", Seg(" ".join(parts[:2]), "CARD_NUMBER", card[:8], g),
                       " sorry the dog's going mad"))
        turns.append(T("agent", "that's okay i've got " + rng.choice(["the first eight", "that so far"])))
        turns.append(T("customer", Seg(" ".join(parts[2:]), "CARD_NUMBER", card[8:], g),
                       " and it runs out ", Seg(MONTHS[m - 1] + " " + n2w(y), "EXPIRY", "%02d%d" % (m, y), ge,
                                                contrib="%02d/%02d" % (m, y))))
        turns.append(T("agent", "lovely and the three digits on the back"))
        turns.append(T("customer", Seg(say_digits(cvv, rng, "single", z), "CVV", cvv, gc)))
    return turns


def blk_combo(ctx, ch, cc):
    """DOB and postcode/ZIP (or DOB and phone) in a single customer turn."""
    rng = ctx.rng
    y, m, d = rng.randint(1945, 2003), rng.randint(1, 12), rng.randint(1, 28)
    val = "%04d-%02d-%02d" % (y, m, d)
    gd = ctx.group("DOB", val)
    use_pc = cc in ("UK", "US")
    if use_pc:
        pc = gen_uk_pc(rng) if cc == "UK" else gen_zip(rng)
        gp = ctx.group("POSTCODE", pc)
    else:
        full, typed, _ = gen_phone(rng, cc)
        gp = ctx.group("PHONE", full)
    what = "postcode" if cc == "UK" else ("zip code" if cc == "US" else "phone number")
    turns = [T("agent", st(ch, "Before I go into the account can you confirm your date of birth and the %s?" % what))]
    if ch == "chat":
        dt = ("%02d/%02d/%04d" % ((m, d, y) if cc == "US" else (d, m, y)))
        segs = [rng.choice(["sure, ", "", "yep "]), Seg(dt, "DOB", re.sub(r"\D", "", dt), gd, contrib=val),
                rng.choice([" and ", ", ", " / "])]
        if use_pc:
            pt = pc if pc.isdigit() else pc[:-3] + " " + pc[-3:]
            segs.append(Seg(pt, "POSTCODE", pc, gp))
        else:
            segs.append(Seg(typed, "PHONE", full, gp))
        turns.append(T("customer", *segs))
    else:
        dt = ordinal(d) + " of " + MONTHS[m - 1] + " " + year_words(y, rng)
        segs = ["yeah it's the ", Seg(dt, "DOB", normalise(dt, "digits"), gd, contrib=val),
                rng.choice([" and the %s is " % what, " and it's ", " and "])]
        if use_pc:
            segs.append(Seg(say_pc(pc, rng), "POSTCODE", pc, gp))
        else:
            z = zero_word(rng)
            digs = full.lstrip("+")
            txt = ("plus " + say_digits(digs[:3], rng, "single", z) + " " + say_digits(digs[3:], rng, "doubles", z)
                   if full.startswith("+") else say_digits(digs, rng, "doubles", z))
            segs.append(Seg(txt, "PHONE", full, gp))
        turns.append(T("customer", *segs))
    turns.append(T("agent", st(ch, "Thank you, that's all matched up.")))
    return turns


def blk_phone_volunteer(ctx, ch, cc):
    """Customer volunteers a callback number inside a longer complaint, next to an amount and a time."""
    rng = ctx.rng
    full, typed, _ = gen_phone(rng, cc)
    g = ctx.group("PHONE", full)
    lead = T("agent", st(ch, rng.choice(["Okay, I'm raising that with the team now.",
                                         "Right, I'll need to transfer you to another department for this part."])))
    if ch == "chat":
        turns = [lead, T("customer", "If we get cut off my mobile is ", Seg(typed, "PHONE", full, g),
                   ", I'm free after %s. The charge was %s btw" % (time_ph(rng, ch), amount(rng, ch, cc)))]
    else:
        z = zero_word(rng, cc != "US")
        digs = full.lstrip("+")
        if full.startswith("+"):
            k = 1 if digs.startswith("1") else (3 if digs.startswith("353") else 2)
            txt = "plus " + say_digits(digs[:k], rng, "single", z) + " " + say_digits(digs[k:], rng, "doubles", z)
        else:
            txt = say_digits(digs, rng, rng.choice(["single", "doubles"]), z)
        turns = [lead, T("customer", "and look if we get cut off you can ring me back on ", Seg(txt, "PHONE", full, g),
                   " i'm in until about %s" % time_ph(rng, ch))]
        if rng.random() < 0.6:
            g2 = ctx.group("PHONE", full)
            rb = say_digits(digs if not full.startswith("+") else digs, rng, "single", z)
            if full.startswith("+"):
                rb = "plus " + rb
            turns.append(T("agent", "okay so that's ", Seg(rb, "PHONE", full, g2)))
            turns.append(T("customer", "yep that's the one"))
    turns.append(T("agent", st(ch, "Perfect, I've added that to the notes.")))
    return turns


# ---------------------------------------------------------------------------
# non-PII conversation blocks
# ---------------------------------------------------------------------------
INDUSTRY = {
    "banking": ("Thanks for contacting {b} Bank, you're through to {a}.",
                ["I've been charged {amt} twice on {date} and I want it back",
                 "my card was declined at {time} yesterday for {amt} and I don't know why",
                 "I need to set up a standing order of {amt} starting {date}"]),
    "telecom": ("Hi, {b} Mobile, {a} speaking, how can I help?",
                ["my bill went up to {amt} this month and my contract says {gigs} gigs",
                 "I've had no signal since {date}, about {days} days now",
                 "I want to upgrade, my contract ends on {date}"]),
    "utilities": ("Good morning, {b} Energy, this is {a}.",
                  ["I submitted a meter reading of {meter} on {date} and the bill is still {amt}",
                   "the engineer never turned up, the slot was {time} on {date}",
                   "my direct debit jumped to {amt} a month"]),
    "retail": ("Hi there! Welcome to {b} support, I'm {a}.",
               ["my {ref} still hasn't arrived, it was meant to come on {date}",
                "I was charged {amt} but the item was on sale for {amt2}",
                "I want to return {n} items from {ref}"]),
    "insurance": ("{b} Insurance, you're speaking to {a}, how can I help today?",
                  ["I need to make a claim, someone hit my car at {time} on {date}",
                   "my renewal quote is {amt}, last year it was {amt2}",
                   "I'm calling about {ref}, the excess was {amt}"]),
    "travel": ("Thank you for calling {b} Airways, my name's {a}.",
               ["my flight {flight} on {date} got cancelled",
                "I need to change my {ref}, it departs at {time}",
                "I was charged {amt} for a bag on flight {flight}"]),
    "healthcare": ("{b} Health billing department, {a} speaking.",
                   ["I got a bill for {amt} for a visit on {date}",
                    "my insurance was supposed to cover {pct} of the {amt}",
                    "I want to set up a payment plan, I can do {amt} a month"]),
    "government": ("You're through to the {b} benefits helpline, my name is {a}.",
                   ["my payment of {amt} didn't arrive on {date}",
                    "I sent the form in {weeks} weeks ago, {ref}",
                    "I need to update my details, I moved on {date}"]),
}
BRANDS = ["Northgate", "Brightline", "Harbour", "Keystone", "Clearwave", "Summit", "Redwood",
          "Lakeside", "Meridian", "Bluestone"]
AGENTS = ["Sam", "Priya", "Declan", "Maria", "Tom", "Joanne", "Luis", "Fiona", "Ade", "Kate"]


def fill(tpl, rng, ch, cc):
    rep = {
        "amt": lambda: amount(rng, ch, cc),
        "amt2": lambda: amount(rng, ch, cc),
        "date": lambda: date_ph(rng, ch),
        "time": lambda: time_ph(rng, ch),
        "n": lambda: small(rng, ch),
        "ref": lambda: ref_no(rng, ch),
        "meter": lambda: (rdig(rng, 5) if ch == "chat" else say_digits(rdig(rng, 5), rng, "pairs", "oh")),
        "flight": lambda: (rng.choice(["BA", "EI", "FR", "UA", "AA"]) + str(rng.randint(100, 999)) if ch == "chat"
                           else rng.choice(["b a ", "e i ", "u a "]) + n2w(rng.randint(100, 999))),
        "pct": lambda: ("%d%%" % rng.choice([10, 15, 20, 25, 80]) if ch == "chat"
                        else n2w(rng.choice([10, 15, 20, 25, 80])) + " percent"),
        "gigs": lambda: str(rng.choice([5, 10, 20, 30, 50, 100])) if ch == "chat" else n2w(rng.choice([5, 10, 20, 30, 50, 100])),
        "days": lambda: small(rng, ch, 2, 14),
        "weeks": lambda: small(rng, ch, 2, 8),
        "mins": lambda: small(rng, ch, 5, 55),
        "years": lambda: small(rng, ch, 2, 25),
        "months": lambda: small(rng, ch, 3, 12),
        "calls": lambda: small(rng, ch, 2, 6),
        "kg": lambda: small(rng, ch, 1, 25),
        "temp": lambda: small(rng, ch, 12, 31),
        "kwh": lambda: small(rng, ch, 180, 2400),
        "code": lambda: small(rng, ch, 400, 520),
        "nth": lambda: ordinal(rng.randint(3, 20)) if ch == "call" else "%dth" % rng.randint(4, 20),
        "range": lambda: rng.choice(["3 to 5", "5 to 7", "7 to 10"]) if ch == "chat" else rng.choice(["three to five", "five to seven", "seven to ten"]),
        "usage": lambda: (lambda a, b: ("%d GB out of %d" % (a, b)) if ch == "chat" else "%s gigs out of %s" % (n2w(a), n2w(b)))(rng.randint(6, 19), rng.choice([20, 30, 50])),
        "ref2": lambda: ref_no(rng, ch, rng.choice(["complaint reference", "ticket", "claim", "case"])),
        "window": lambda: rng.choice(["8am to 12pm", "12 to 4", "morning", "afternoon", "7:30 to 9:30"])
        if ch == "chat" else rng.choice(["eight till twelve", "twelve to four", "morning", "afternoon"]),
        "ship": lambda: (CUR[cc][0] + rng.choice(["3.99", "4.95", "6.50", "0.99"])) if ch == "chat"
        else rng.choice(["three ninety nine", "four ninety five", "six fifty"]),
        "longref": lambda: (lambda d: ("order number %s" % d) if ch == "chat" else
                            "order number " + say_digits(d, rng, "pairs", "oh"))(
            "1" + rdig(rng, rng.choice([8, 9]))),
        "fulldate": lambda: (lambda d, m, y: rng.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y)])
                             if ch == "chat" else "the %s of %s %s" % (ordinal(d), MONTHS[m - 1], year_words(y, rng)))(
            rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2026)),
        "b": lambda: rng.choice(BRANDS),
        "a": lambda: rng.choice(AGENTS),
    }
    tpl_s = st(ch, tpl) if ch == "call" else tpl
    # protect placeholders from callify (already lowercase names)
    return re.sub(r"\{(\w+)\}", lambda m: rep[m.group(1)](), tpl_s)


def chatify(s, rng):
    s = s[0].upper() + s[1:]
    r = rng.random()
    if r < 0.2:
        s = s.lower()
    elif r < 0.3:
        s = s.replace(" you", " u").replace("please", "pls")
    if rng.random() < 0.5 and not s.endswith((".", "?", "!")):
        s += rng.choice([".", "", "!", " :("])
    return s


MID_CUSTOMER = ["and it's the second time this has happened, I waited {mins} minutes on hold last time",
                "I've been a customer for {years} years to be honest",
                "the app just says error {code} when I try",
                "I tried the website at {time} but it kept timing out after {mins} minutes",
                "my partner already rang about this on {date} and was on for over an hour",
                "it was {amt} the month before so something's not right",
                "I rang on {date} and was told it would be sorted in {days} days",
                "I'm at work until {time} so I'd rather do it now"]
MID_AGENT = ["I can see that on the system, bear with me a second.",
             "I'm sorry about that, let me have a look for you.",
             "Okay, I can see a payment of {amt} on {date}.",
             "That's been logged as {ref}.",
             "Right, it looks like it was processed at {time}."]
RESOLVE_AGENT = ["I've issued a refund of {amt}, it'll take {days} working days.",
                 "I've booked that in for {date}, the {window} slot.",
                 "Your new monthly payment will be {amt} from {date}.",
                 "I've applied a credit of {amt} and your {ref} is updated.",
                 "That's all sorted, you'll get a text within {mins} minutes.",
                 "I've put a note on {ref} and someone will call you back by {time} tomorrow."]
CLOSE_CUST = ["great thanks for your help", "brilliant cheers", "ok thank you so much",
              "perfect thats everything", "lovely thanks bye"]
CLOSE_AGENT = ["Is there anything else I can help with today?", "You're welcome, have a good day.",
               "No problem at all, take care."]


def cust_line(tpl, rng, ch, cc):
    t = fill(tpl, rng, ch, cc)
    return chatify(t, rng) if ch == "chat" else callify(t)


def agent_line(tpl, rng, ch, cc):
    t = fill(tpl, rng, ch, cc)
    return t if ch == "chat" else callify(t)


def opening(rng, ch, cc, ind):
    greet, probs = INDUSTRY[ind]
    turns = [T("agent", agent_line(greet, rng, ch, cc)),
             T("customer", cust_line(("hi " if rng.random() < 0.5 else "") + rng.choice(probs), rng, ch, cc))]
    return turns


USED = set()


def pick(rng, pool):
    fresh = [x for x in pool if x not in USED]
    x = rng.choice(fresh or pool)
    USED.add(x)
    return x


def middle(rng, ch, cc, k=1):
    turns = []
    for _ in range(k):
        turns.append(T("agent", agent_line(pick(rng, MID_AGENT), rng, ch, cc)))
        turns.append(T("customer", cust_line(pick(rng, MID_CUSTOMER), rng, ch, cc)))
    return turns


def closing(rng, ch, cc):
    turns = [T("agent", agent_line(rng.choice(RESOLVE_AGENT), rng, ch, cc)),
             T("customer", cust_line(rng.choice(CLOSE_CUST), rng, ch, cc))]
    if rng.random() < 0.5:
        turns.append(T("agent", agent_line(rng.choice(CLOSE_AGENT), rng, ch, cc)))
    return turns


# Negative-only tricky blocks -------------------------------------------------
NEG_LINES = [
    ("agent", "Your balance is {amt} and the minimum payment is {amt2}."),
    ("customer", "it was {temp} degrees in the flat all week because the boiler broke"),
    ("customer", "I'm {age} years old and I've never had this problem"),
    ("agent", "The engineer is booked for {date} at {time}."),
    ("customer", "the model number on the back says {model}"),
    ("agent", "Your {ref} has been escalated."),
    ("customer", "I paid {amt} on {date} and another {amt2} on {fulldate}"),
    ("agent", "Your contract started on {date} {year} and runs for {n} months."),
    ("customer", "we're in room {room} at the hotel till {date}"),
    ("customer", "the download speed is only {speed} and I'm paying for {speed}"),
    ("agent", "Your meter reading of {meter} has been recorded."),
    ("customer", "my flight is {flight} and it leaves at {time}"),
    ("agent", "That's a {pct} discount, so {amt} off."),
    ("customer", "I've used {usage} this month and it's only the {nth}"),
    ("customer", "the appointment on {date} at {time} doesn't work for me"),
    ("agent", "I can see {calls} calls from you since {date} {year}."),
    ("customer", "it's {ref} and it was for {amt}"),
    ("agent", "The hold was {dur} so I've added {amt} credit."),
    ("customer", "the parcel weighed {kg} kilos and they charged me {amt}"),
    ("agent", "We'll process it within {range} working days."),
    ("customer", "the bill for {date} to {date} says {kwh} units, that can't be right"),
    ("agent", "Your policy renews on {date} and the premium is {amt} a year, that's {pct} more."),
    ("customer", "I'm on the {time} train so I've got about {mins} minutes"),
    ("customer", "there are {calls} of us on the account and we all got charged {amt}"),
    ("agent", "Your {ref2} was opened on {date} at {time}."),
    ("customer", "it's {ref} and the total was {amt} including {ship} delivery"),
    ("agent", "I've found it, {longref}, dispatched on {fulldate}."),
    ("customer", "my contract started on {fulldate} and I was told it'd be {amt} a month"),
    ("agent", "The last payment we received was {amt} on {fulldate}."),
    ("customer", "I changed my phone number and my email last month but the app still has the old ones"),
    ("customer", "the card ending isn't showing in the app at all"),
    ("agent", "Your balance is currently {amt} in credit."),
    ("customer", "we landed at {time} and the bags took {mins} minutes to come out"),
    ("agent", "I've added {gigs} gigs for {days} days at no charge."),
    ("customer", "the outage lasted from {time} until {time} on {date}"),
    ("agent", "We can offer {pct} off for {months} months, bringing it down to {amt}."),
    ("customer", "the router is a {model} and the light flashes {calls} times"),
]


def fill_neg(tpl, rng, ch, cc):
    extra = {
        "age": lambda: small(rng, ch, 19, 88),
        "model": lambda: (rng.choice(["SM-G991B", "XR-2200", "KX-TG6812", "WM 8040", "A2342"])
                          if ch == "chat" else rng.choice(["s m g nine nine one b", "x r twenty two hundred",
                                                           "a twenty three forty two"])),
        "room": lambda: (str(rng.randint(101, 940)) if ch == "chat" else n2w(rng.randint(101, 940))),
        "speed": lambda: (("%d Mbps" % rng.choice([8, 36, 67, 150, 500])) if ch == "chat"
                          else n2w(rng.choice([8, 36, 67, 150, 500])) + " meg"),
        "year": lambda: (str(rng.randint(2018, 2026)) if ch == "chat" else year_words(rng.randint(2018, 2026), rng)),
        "dur": lambda: (("%d minutes" % rng.randint(20, 95)) if ch == "chat" else n2w(rng.randint(20, 95)) + " minutes"),
    }
    t = st(ch, tpl) if ch == "call" else tpl

    def rep(m):
        k = m.group(1)
        if k in extra:
            return extra[k]()
        return fill("{" + k + "}", rng, ch, cc)
    return re.sub(r"\{(\w+)\}", rep, t)


# ---------------------------------------------------------------------------
# case assembly
# ---------------------------------------------------------------------------
def assemble(turns):
    out_turns, spans, segs = [], [], []
    for ti, (spk, parts) in enumerate(turns):
        text = ""
        for p in parts:
            if isinstance(p, Seg):
                s = len(text)
                text += p.text
                spans.append({"turn": ti, "start": s, "end": len(text), "type": p.typ})
                segs.append((ti, p))
            else:
                text += p
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans, segs


PII_BLOCKS = {
    "card": blk_card, "ssn": blk_ssn, "ni": blk_ni, "bank": blk_bank, "iban": blk_iban,
    "phone": blk_phone, "email": blk_email, "dob": blk_dob, "address": blk_address,
    "postcode": blk_postcode_only, "cardall": blk_card_allinone, "combo": blk_combo,
    "phonevol": blk_phone_volunteer,
}
COUNTRY_FOR = {"ssn": ["US"], "ni": ["UK"], "bank": ["UK", "UK", "UK", "US"], "iban": ["IE", "EU", "UK"],
               "card": ["US", "UK", "IE", "EU"], "phone": ["US", "UK", "IE", "EU"],
               "email": ["US", "UK", "IE", "EU"], "dob": ["US", "UK", "IE", "EU"],
               "address": ["UK", "US", "IE"], "postcode": ["UK", "US"],
               "cardall": ["US", "UK", "IE", "EU"], "combo": ["UK", "US", "IE", "EU"],
               "phonevol": ["US", "UK", "IE", "EU"]}
EXTRA_FOR = {"US": ["phone", "email", "dob", "address", "card"],
             "UK": ["phone", "email", "dob", "address", "postcode", "card", "bank"],
             "IE": ["phone", "email", "dob", "card", "iban"],
             "EU": ["phone", "email", "dob", "card", "iban"]}
IND_FOR = {"ssn": ["banking", "healthcare", "government", "insurance", "telecom"],
           "ni": ["government", "banking", "insurance", "utilities"],
           "card": list(INDUSTRY), "bank": ["banking", "utilities", "insurance", "government"],
           "iban": ["banking", "utilities", "travel", "insurance"]}


def make_positive(ctx, main):
    rng = ctx.rng
    USED.clear()
    cc = rng.choice(COUNTRY_FOR[main])
    ind = rng.choice(IND_FOR.get(main, list(INDUSTRY)))
    ch = "call" if rng.random() < 0.6 else "chat"
    chunks = [("fix", opening(rng, ch, cc, ind))]
    for _ in range(rng.randint(0, 2)):
        chunks.append(("mid", middle(rng, ch, cc, 1)))
    blocks = [main]
    pool = [b for b in EXTRA_FOR[cc] if b != main]
    k = rng.choice([0, 1, 1, 2])
    blocks += rng.sample(pool, k)
    if main in ("ssn", "ni") and rng.random() < 0.3:
        blocks.insert(1, "phonevol")
    used = []

    def size():
        return sum(len(c[1]) for c in chunks)
    for i, b in enumerate(blocks):
        mark = ctx.n
        bt = PII_BLOCKS[b](ctx, ch, cc)
        if i > 0 and size() + len(bt) > 17:
            for gid in range(mark + 1, ctx.n + 1):
                del ctx.groups[gid]
            ctx.n = mark
            continue
        used.append(b)
        chunks.append(("pii", bt))
        if i == 0 and rng.random() < 0.5:
            chunks.append(("mid", middle(rng, ch, cc, 1)))
    while size() < 6:
        chunks.append(("mid", middle(rng, ch, cc, 1)))
    chunks.append(("fix", closing(rng, ch, cc)))
    while size() > 20 and any(c[0] == "mid" for c in chunks):
        j = max(i for i, c in enumerate(chunks) if c[0] == "mid")
        del chunks[j]
    turns = [t for c in chunks for t in c[1]]
    names = "+".join(used)
    note = "%s/%s (%s): %s amid a full conversation" % (ch, ind, cc, names)
    return turns, note


def make_negative(ctx, i):
    rng = ctx.rng
    USED.clear()
    cc = rng.choice(["US", "UK", "IE", "EU"])
    ind = rng.choice(list(INDUSTRY))
    ch = "call" if rng.random() < 0.6 else "chat"
    turns = opening(rng, ch, cc, ind)
    lines = rng.sample(NEG_LINES, rng.randint(3, 6))
    for spk, tpl in lines:
        if spk == "customer" and turns[-1][0] == "customer":
            turns.append(T("agent", agent_line(rng.choice(["Okay.", "Right, let me check.", "Mhm, I see."]), rng, ch, cc)))
        if spk == "agent" and turns[-1][0] == "agent":
            turns.append(T("customer", st(ch, rng.choice(["Okay.", "Right.", "Yeah go on."]))))
        t = fill_neg(tpl, rng, ch, cc)
        if ch == "chat" and spk == "customer":
            t = chatify(t, rng)
        turns.append(T(spk, t))
    turns += middle(rng, ch, cc, rng.randint(0, 1))
    while len(turns) < 6:
        turns += middle(rng, ch, cc, 1)
    turns += closing(rng, ch, cc)
    note = "%s/%s (%s): negative - amounts, dates, times, refs and other non-PII numbers only" % (ch, ind, cc)
    return turns, note


def build():
    rng = random.Random(SEED)
    ctx = Ctx(rng)
    cases, checks = [], []
    plan = (["card"] * 28 + ["ssn"] * 30 + ["ni"] * 32 + ["bank"] * 18 + ["iban"] * 10 +
            ["phone"] * 6 + ["email"] * 8 + ["dob"] * 6 + ["address"] * 10 + ["postcode"] * 4 +
            ["cardall"] * 12 + ["combo"] * 12 + ["phonevol"] * 8)
    rng.shuffle(plan)
    for i, main in enumerate(plan, 1):
        turns, note = make_positive(ctx, main)
        t, spans, segs = assemble(turns)
        feats = []
        per = Counter(seg.gid for _, seg in segs)
        if any(v > 1 for v in per.values()):
            feats.append("value split over turns")
        if any(t[ti]["speaker"] == "agent" for ti, _ in segs):
            feats.append("agent read-back")
        if any(re.search(r"\b(sorry|wait)\b", seg.text) for _, seg in segs):
            feats.append("self-correction inside value")
        if any(len([x for x in segs if x[0] == ti]) > 1 for ti, _ in segs):
            feats.append("two values in one turn")
        if any(re.search(r"\b(for|to|ate|bee|see|jay|gee|ess|tee)\b", seg.text) and MODES[seg.typ] != "email"
               and not re.search(r"\bfor [a-z]{3,}", seg.text) for _, seg in segs):
            feats.append("ASR homophones")
        if feats:
            note += "; " + ", ".join(feats)
        cases.append({"id": "%s-pos-%03d" % (PREFIX, i), "kind": "positive", "turns": t,
                      "spans": spans, "note": note})
        checks.append(segs)
    for i in range(1, 111):
        turns, note = make_negative(ctx, i)
        t, spans, segs = assemble(turns)
        cases.append({"id": "%s-neg-%03d" % (PREFIX, i), "kind": "negative", "turns": t,
                      "spans": [], "note": note})
        checks.append(segs)
    return cases, checks, ctx


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    c = Counter()
    for case in cases:
        for s in case["spans"]:
            c[s["type"]] += 1
    return c


def readme(cases):
    c = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# pii_holdout134 - held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its documentation or its benchmark; the only
existing data consulted was a three-line example of the JSONL format.
Everything is generated by `scripts/make_pii_holdout134.py` (standard library
only, one `random.Random(%d)`), byte-for-byte reproducible.
`python scripts/make_pii_holdout134.py --check` regenerates the file and
verifies it is identical, ids unique, offsets in range and on word boundaries,
spans non-overlapping and every labelled value valid after normalising spoken
forms (Luhn for cards, mod-97 for IBANs, NI format, 9-digit SSN, 6-digit sort
code, digit counts for CVV/phone/account, UK postcode / US ZIP shapes).

Emphasis: longer whole calls and chats (typically 8-20 turns) where the PII is
given amid an ordinary conversation about the customer's problem, surrounded by
the non-PII numbers of that conversation (amounts, dates, times, references,
meter readings, flight numbers, durations). Calls are written the way an ASR
transcript looks (lower case, no punctuation, numbers as words, "oh"/"o"/
"nought" for zero, "double"/"triple", pairs like "forty one", letters as
"b for bravo", homophones such as "for"/"to"/"ate" for digits and "see"/"jay"
for letters, values split over turns with agent back-channels, self-
corrections, agent read-backs). Chats use varied separators and case.

## Annotation conventions

* A span covers the value only: from its first to its last character/word,
  including separators, fillers or a self-correction that sit *inside* the
  value (e.g. "two one three nine sorry two one three eight" is one span).
  Lead-ins such as "it's", "my number is", "sort code", "cvv" are outside.
* A value split over several customer turns gets one span per turn.
* An agent reading a value back in full is labelled too.
* ADDRESS = house/flat number + street name (town and country are outside);
  the postcode/ZIP is a separate POSTCODE span.
* DOB covers day, month and year words (an introductory "the" is outside).
* EXPIRY covers the month and year (e.g. "august twenty seven", "08/27").
* Unlabelled numbers in positive cases (amounts, dates, refs, times) are not PII.
* Negative cases contain no PII at all: anything redacted there is an error.

## Counts

Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def check(cases, checks, ctx):
    problems = []
    text = render(cases)
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
        problems.append("cases.jsonl differs from regenerated output (run without --check)")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(cases):
        problems.append("README.md differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    group_vals = {}
    for case, segs in zip(cases, checks):
        cid = case["id"]
        if case["kind"] == "negative" and case["spans"]:
            problems.append("%s: negative with spans" % cid)
        if case["kind"] == "positive" and not case["spans"]:
            problems.append("%s: positive without spans" % cid)
        for t in case["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append("%s: bad turn" % cid)
        byturn = {}
        for s in case["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (cid, s["type"]))
            if not (0 <= s["turn"] < len(case["turns"])):
                problems.append("%s: turn out of range" % cid)
                continue
            tx = case["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(tx)):
                problems.append("%s: offsets out of range" % cid)
                continue
            if s["start"] > 0 and tx[s["start"] - 1].isalnum():
                problems.append("%s: span start not on word boundary %r" % (cid, tx))
            if s["end"] < len(tx) and tx[s["end"]].isalnum():
                problems.append("%s: span end not on word boundary %r" % (cid, tx))
            if tx[s["start"]].isspace() or tx[s["end"] - 1].isspace():
                problems.append("%s: span has edge whitespace" % cid)
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for t, lst in byturn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append("%s: overlapping spans" % cid)
        for ti, seg in segs:
            mode = MODES[seg.typ]
            tx = case["turns"][ti]["text"]
            if seg.text not in tx:
                problems.append("%s: segment text missing" % cid)
            if mode is not None:
                try:
                    got = normalise(seg.text, mode)
                except ValueError as e:
                    problems.append("%s: %s" % (cid, e))
                    continue
                if got != seg.expect:
                    problems.append("%s: %s %r normalises to %r, expected %r" % (cid, seg.typ, seg.text, got, seg.expect))
            group_vals.setdefault(seg.gid, []).append(seg.contrib)
        # a negative must not carry any segments
        if case["kind"] == "negative" and segs:
            problems.append("%s: negative with labelled segments" % cid)
        # no digit-word run of 12+ digits in negatives (lookalike sanity)
        if case["kind"] == "negative":
            for t in case["turns"]:
                if re.search(r"\d{11,}", re.sub(r"[ -]", "", t["text"])):
                    problems.append("%s: long digit run in negative" % cid)
    for gid, (typ, val) in ctx.groups.items():
        joined = "".join(group_vals.get(gid, []))
        if gid not in group_vals:
            problems.append("group %d (%s) unused" % (gid, typ))
            continue
        if typ not in ("EXPIRY", "DOB", "ADDRESS") and joined != val:
            problems.append("group %d %s: parts %r != value %r" % (gid, typ, joined, val))
        if typ in ("EXPIRY", "DOB", "ADDRESS") and joined != val:
            problems.append("group %d %s: contrib mismatch" % (gid, typ))
        if not validate(typ, val):
            problems.append("group %d %s: invalid value %r" % (gid, typ, val))
    # DOB/EXPIRY: check the normalised digits are consistent with the value
    c = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c[t] < need:
            problems.append("type %s has %d spans (< %d)" % (t, c[t], need))
    lens = [len(x["turns"]) for x in cases]
    print("cases: %d positive, %d negative; turns per case min %d / mean %.1f / max %d"
          % (npos, nneg, min(lens), sum(lens) / len(lens), max(lens)))
    for t in TYPES:
        print("  %-13s %d" % (t, c[t]))
    print("  total spans   %d" % sum(c.values()))
    return problems


def main():
    cases, checks, ctx = build()
    if "--check" in sys.argv[1:]:
        problems = check(cases, checks, ctx)
        for p in problems[:60]:
            print("PROBLEM:", p)
        if problems:
            print("FAILED: %d problem(s)" % len(problems))
            sys.exit(1)
        print("OK: --check passed")
        return
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(render(cases), encoding="utf-8")
    README.write_text(readme(cases), encoding="utf-8")
    print("wrote %s (%d cases) and %s" % (CASES, len(cases), README))


if __name__ == "__main__":
    main()

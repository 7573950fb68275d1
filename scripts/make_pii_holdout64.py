#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout64``.

Written by an AI helper acting as an independent author that did not read the
redaction code, its tests or any other fixture.  Standard library only.

    python scripts/make_pii_holdout64.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout64.py --check  # regenerate, compare, validate

Every turn is assembled from plain-text segments and labelled ``(value, TYPE)``
segments, so span offsets are computed, never typed by hand.  All randomness
comes from one ``random.Random(SEED)``.
"""
from __future__ import annotations

import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 64261123
PREFIX = "h64"
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout64"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------------------
# spoken-form vocabulary (shared by generator and validator)
# ---------------------------------------------------------------------------
UNIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
              "eight", "nine"]
UNITS = {w: str(i) for i, w in enumerate(UNIT_WORDS)}
UNITS.update({"nought": "0", "naught": "0", "won": "1", "to": "2", "too": "2",
              "for": "4", "ate": "8", "niner": "9", "tree": "3"})
AMBIG_ZERO = {"oh", "o"}          # zero or the letter O
TEEN_WORDS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
              "sixteen", "seventeen", "eighteen", "nineteen"]
TEENS = {w: str(10 + i) for i, w in enumerate(TEEN_WORDS)}
TEN_WORDS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty",
             7: "seventy", 8: "eighty", 9: "ninety"}
TENS = {w: n for n, w in TEN_WORDS.items()}
ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh",
             "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
             "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth"]
ORDS = {w: i + 1 for i, w in enumerate(ORD_WORDS)}
ORDS.update({"twentieth": 20, "thirtieth": 30})
MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july",
               "august", "september", "october", "november", "december"]
MONTHS = {m: i + 1 for i, m in enumerate(MONTH_NAMES)}
MONTHS.update({m[:3]: i + 1 for i, m in enumerate(MONTH_NAMES)})
MONTHS["sept"] = 9
LETTER_HOMO = {"ay": "A", "bee": "B", "be": "B", "see": "C", "sea": "C",
               "dee": "D", "eff": "F", "gee": "G", "aitch": "H", "jay": "J",
               "kay": "K", "el": "L", "em": "M", "en": "N", "pee": "P",
               "pea": "P", "queue": "Q", "cue": "Q", "are": "R", "ess": "S",
               "tee": "T", "tea": "T", "you": "U", "vee": "V", "ex": "X",
               "why": "Y", "zed": "Z", "zee": "Z"}
HOMO_OF = {}
for _w, _l in LETTER_HOMO.items():
    HOMO_OF.setdefault(_l, _w)
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "I": "india",
        "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november",
        "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra",
        "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey",
        "X": "xray", "Y": "yankee", "Z": "zulu"}
FOLK = {"A": "apple", "B": "bob", "C": "cat", "D": "david", "E": "edward",
        "G": "george", "H": "harry", "J": "john", "K": "king", "L": "london",
        "M": "mary", "N": "nancy", "P": "peter", "R": "robert", "S": "sugar",
        "T": "tommy", "W": "william", "X": "xmas", "Y": "yellow", "Z": "zebra"}
FILLERS = {"um", "uh", "er", "erm", "ah", "dash", "hyphen", "slash", "space", "plus",
           "and", "of", "the", "hmm"}


class ParseError(ValueError):
    pass


def _tokens(text):
    out = []
    for m in re.finditer(r"[A-Za-z0-9]+", text):
        t = m.group(0)
        mo = re.fullmatch(r"(\d+)(st|nd|rd|th)", t, re.I)
        if mo:
            t = mo.group(1)
        out.append(t)
    return out


def parse_spoken(text):
    """Turn a spoken or typed value into a list of option lists of chars."""
    toks = _tokens(text)
    low = [t.lower() for t in toks]
    out = []
    i = 0

    def small(j):
        """number < 100 at j -> (str, next index) or None"""
        if j < len(low) and low[j] in TENS:
            if j + 1 < len(low) and low[j + 1] in UNITS and UNITS[low[j + 1]] != "0":
                return TENS[low[j]] * 10 + int(UNITS[low[j + 1]]), j + 2
            return TENS[low[j]] * 10, j + 1
        if j < len(low) and low[j] in TEENS:
            return int(TEENS[low[j]]), j + 1
        if j < len(low) and low[j] in UNITS:
            return int(UNITS[low[j]]), j + 1
        return None

    while i < len(low):
        t, raw = low[i], toks[i]
        nxt = low[i + 1] if i + 1 < len(low) else None
        if re.search(r"\d", t):
            out.append([raw.upper()])
            i += 1
        elif len(t) == 1 and nxt == "for" and i + 2 < len(low) and low[i + 2] not in UNITS:
            out.append([t.upper()])
            i += 3
        elif len(t) == 1 and nxt == "as" and i + 2 < len(low) and low[i + 2] == "in":
            out.append([t.upper()])
            i += 4
        elif t in ("double", "triple"):
            n = 2 if t == "double" else 3
            if nxt == "you":
                out.append(["W"])
                i += 2
                continue
            if nxt is None:
                raise ParseError("dangling " + t)
            if nxt in AMBIG_ZERO:
                out.append(["0" * n, "O" * n])
            elif nxt in UNITS:
                out.append([UNITS[nxt] * n])
            elif len(nxt) == 1:
                out.append([nxt.upper() * n])
            elif nxt in LETTER_HOMO:
                out.append([LETTER_HOMO[nxt] * n])
            else:
                raise ParseError("double " + nxt)
            i += 2
        elif t in TENS:
            if nxt in ORDS and ORDS[nxt] < 10:
                out.append([str(TENS[t] * 10 + ORDS[nxt])])
                i += 2
            else:
                v, i = small(i)
                out.append([str(v)])
        elif t == "hundred" or t == "thousand":
            width = 2 if t == "hundred" else 3
            j = i + 1
            if j < len(low) and low[j] == "and":
                j += 1
            s = small(j)
            if s is None:
                out.append(["0" * width])
                i = i + 1
            else:
                out.append([str(s[0]).zfill(width)])
                i = s[1]
        elif t in ORDS:
            out.append([str(ORDS[t])])
            i += 1
        elif t in MONTHS:
            out.append([str(MONTHS[t]).zfill(2)])
            i += 1
        elif t in AMBIG_ZERO:
            out.append(["0", "O"])
            i += 1
        elif t in UNITS:
            out.append([UNITS[t]])
            i += 1
        elif t in TEENS:
            out.append([TEENS[t]])
            i += 1
        elif t in LETTER_HOMO:
            out.append([LETTER_HOMO[t]])
            i += 1
        elif t in FILLERS:
            i += 1
        elif raw.isupper() or len(t) <= 2:
            out.append([raw.upper()])
            i += 1
        else:
            raise ParseError("unknown token %r in %r" % (raw, text))
    return out


def candidates(text, limit=4096):
    opts = parse_spoken(text)
    res = []
    for combo in itertools.product(*opts):
        res.append("".join(combo))
        if len(res) >= limit:
            break
    return res


def digits_of(text):
    """Digits-only reading (ambiguous 'oh' read as zero)."""
    c = candidates(text, limit=1)[0]
    if not c.isdigit():
        raise ParseError("non-digit reading %r of %r" % (c, text))
    return c


# ---------------------------------------------------------------------------
# validators
# ---------------------------------------------------------------------------
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[ABCEGHJ-PRSTW-Z][ABCEGHJ-NPRSTW-Z]\d{6}[A-D]")
NI_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_SUFFIX = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln",
                 "drive", "dr", "close", "way", "court", "crescent", "place",
                 "terrace", "boulevard", "blvd", "grove", "gardens", "park",
                 "parkway", "square", "row", "hill", "walk", "mews"}


def _any(text, pred):
    return any(pred(c) for c in candidates(text))


def validate_value(typ, text):
    """Return None if OK else an error string.  text = concatenated span texts."""
    try:
        if typ == "CARD_NUMBER":
            d = digits_of(text)
            return None if 13 <= len(d) <= 19 and luhn_ok(d) else "bad card %s" % d
        if typ == "CVV":
            d = digits_of(text)
            return None if len(d) in (3, 4) else "bad cvv %s" % d
        if typ == "EXPIRY":
            d = digits_of(text)
            ok = re.fullmatch(r"(0?[1-9]|1[0-2])(\d\d|20\d\d)", d)
            return None if ok else "bad expiry %s" % d
        if typ == "SSN":
            d = digits_of(text)
            ok = (len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9"
                  and d[3:5] != "00" and d[5:] != "0000")
            return None if ok else "bad ssn %s" % d
        if typ == "NI_NUMBER":
            ok = _any(text, lambda c: NI_RE.fullmatch(c) and c[:2] not in NI_BAD)
            return None if ok else "bad ni %s" % candidates(text)[:3]
        if typ == "BANK_ACCOUNT":
            d = digits_of(text)
            return None if 6 <= len(d) <= 12 else "bad account %s" % d
        if typ == "SORT_CODE":
            d = digits_of(text)
            return None if len(d) == 6 else "bad sort code %s" % d
        if typ == "IBAN":
            return None if _any(text, iban_ok) else "bad iban %s" % candidates(text)[:2]
        if typ == "PHONE":
            d = digits_of(text)
            return None if 10 <= len(d) <= 13 else "bad phone %s" % d
        if typ == "DOB":
            d = digits_of(text)
            return None if 5 <= len(d) <= 8 else "bad dob %s" % d
        if typ == "POSTCODE":
            ok = _any(text, lambda c: UKPC_RE.fullmatch(c) or re.fullmatch(r"\d{5}(\d{4})?", c))
            return None if ok else "bad postcode %s" % candidates(text)[:2]
        if typ == "EMAIL":
            toks = re.findall(r"[A-Za-z0-9]+|[@._-]", text.lower())
            m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-",
                 "hyphen": "-"}
            s = "".join(m.get(t, t) for t in toks)
            ok = re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", s)
            return None if ok else "bad email %s" % s
        if typ == "ADDRESS":
            toks = text.lower().replace(",", " ").split()
            num = toks and (re.search(r"\d", toks[0]) or toks[0] in UNITS
                            or toks[0] in TEENS or toks[0] in TENS or toks[0] in AMBIG_ZERO
                            or toks[0] == "flat")
            ok = num and toks[-1].strip(".") in STREET_SUFFIX
            return None if ok else "bad address %r" % text
    except ParseError as e:
        return str(e)
    return "unknown type " + typ


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card(brand=None):
    brand = brand or R.choice(["visa", "visa", "mc", "mc", "amex", "disc",
                               "visa13", "diners", "visa19", "mc2"])
    if brand == "visa":
        pre, n = "4" + str(R.randint(0, 9)), 16
    elif brand == "visa13":
        pre, n = "4", 13
    elif brand == "visa19":
        pre, n = "4" + str(R.randint(0, 9)), 19
    elif brand == "mc":
        pre, n = str(R.randint(51, 55)), 16
    elif brand == "mc2":
        pre, n = str(R.randint(2221, 2720)), 16
    elif brand == "amex":
        pre, n = R.choice(["34", "37"]), 15
    elif brand == "disc":
        pre, n = "6011", 16
    else:
        pre, n = R.choice(["36", "38"]), 14
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(n - 1 - len(pre)))
    return luhn_complete(body)


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g, s = R.randint(1, 99), R.randint(1, 9999)
        return "%03d%02d%04d" % (a, g, s)


def gen_ni():
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(first) + R.choice(second)
        if p not in NI_BAD:
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def gen_digits(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def iban_from(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in r)
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def gen_iban(cc=None):
    cc = cc or R.choice(["GB", "IE", "DE", "NL", "FR", "ES", "IT", "BE"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + gen_digits(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + gen_digits(14)
    elif cc == "DE":
        bban = gen_digits(18)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + gen_digits(10)
    elif cc == "FR":
        bban = gen_digits(23)
    elif cc == "ES":
        bban = gen_digits(20)
    elif cc == "IT":
        bban = R.choice("ABCDEFGHJK") + gen_digits(22)
    else:
        bban = gen_digits(12)
    v = iban_from(cc, bban)
    assert iban_ok(v)
    return v


def gen_phone(kind=None):
    kind = kind or R.choice(["uk_mob", "uk_geo", "us", "ie_mob", "intl_uk", "intl_ie", "us"])
    if kind == "uk_mob":
        return "07" + gen_digits(9)
    if kind == "uk_geo":
        return R.choice(["0161", "0121", "0113", "0117", "0141", "0131", "0191"]) + gen_digits(7)
    if kind == "us":
        return str(R.randint(201, 989)) + str(R.randint(200, 989)) + gen_digits(4)
    if kind == "ie_mob":
        return R.choice(["083", "085", "086", "087", "089"]) + gen_digits(7)
    if kind == "intl_uk":
        return "447" + gen_digits(9)
    return "3538" + R.choice("35679") + gen_digits(7)


FIRST = ["james", "sarah", "aoife", "liam", "priya", "tom", "megan", "ciaran",
         "fatima", "owen", "grace", "darragh", "chloe", "marek", "nina",
         "rory", "hannah", "kwame", "lucy", "sean", "ella", "jose"]
LAST = ["murphy", "okafor", "walsh", "patel", "kowalski", "brennan", "smith",
        "obrien", "nguyen", "harris", "fitzgerald", "mcdonald", "reyes",
        "lynch", "campbell", "dubois", "rossi", "byrne", "carter", "hughes"]
DOMAINS = ["gmail.com", "hotmail.com", "yahoo.co.uk", "outlook.com",
           "eircom.net", "icloud.com", "btinternet.com", "aol.com",
           "protonmail.com", "live.ie", "comcast.net", "web.de"]
STREETS = ["oak", "station", "church", "mill", "maple", "elm", "park",
           "victoria", "highfield", "kings", "willow", "meadow", "sycamore",
           "cedar", "orchard", "belmont", "riverside", "castle", "hawthorn",
           "lincoln", "washington", "pine", "clarence", "abbey"]
SUFFIXES = ["street", "road", "avenue", "lane", "drive", "close", "way",
            "court", "crescent", "place", "terrace", "grove", "gardens"]
UK_AREAS = ["SW", "SE", "N", "NW", "E", "EC", "W", "M", "B", "LS", "BS", "G",
            "EH", "CF", "L", "NE", "OX", "CB", "BT", "RG", "SO", "PL", "DN"]


def gen_postcode_uk():
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 20))
    if R.random() < 0.15 and len(d) == 1:
        d += R.choice("ABW")
    return a + d + " " + str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.2:
        z += "-%04d" % R.randint(1, 9999)
    return z


def gen_dob():
    y = R.randint(1941, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


# ---------------------------------------------------------------------------
# spoken renderers
# ---------------------------------------------------------------------------
class Voice:
    """Per-case speaking habits."""

    def __init__(self, uk=None):
        self.uk = R.random() < 0.5 if uk is None else uk
        self.zero = R.choice(["oh", "oh", "zero", "o"] + (["nought"] if self.uk else []))
        self.doubles = R.random() < 0.6
        self.homophones = R.random() < 0.35


def w_digit(ch, v):
    if ch == "0":
        return v.zero
    w = UNIT_WORDS[int(ch)]
    if v.homophones and R.random() < 0.3:
        w = {"four": "for", "two": R.choice(["to", "too"]), "eight": "ate",
             "one": "won"}.get(w, w)
    return w


def say_digits(s, v, allow_runs=True):
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == ch:
            run += 1
        if allow_runs and v.doubles and run >= 3 and R.random() < 0.6:
            out.append("triple " + w_digit(ch, v))
            i += 3
        elif allow_runs and v.doubles and run >= 2 and R.random() < 0.7:
            out.append("double " + w_digit(ch, v))
            i += 2
        else:
            out.append(w_digit(ch, v))
            i += 1
    return " ".join(out)


def say_pair(p, v):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        if b == 0:
            return R.choice(["double " + v.zero, v.zero + " " + v.zero])
        return v.zero + " " + UNIT_WORDS[b]
    if a == 1:
        return TEEN_WORDS[b]
    if b == 0:
        return TEN_WORDS[a]
    return TEN_WORDS[a] + " " + UNIT_WORDS[b]


def say_number(n):
    """Cardinal words for 0 <= n < 1_000_000 (used in negatives)."""
    if n < 10:
        return UNIT_WORDS[n]
    if n < 20:
        return TEEN_WORDS[n - 10]
    if n < 100:
        return TEN_WORDS[n // 10] + ("" if n % 10 == 0 else " " + UNIT_WORDS[n % 10])
    if n < 1000:
        rest = n % 100
        return UNIT_WORDS[n // 100] + " hundred" + ("" if rest == 0 else " and " + say_number(rest))
    rest = n % 1000
    head = say_number(n // 1000) + " thousand"
    if rest == 0:
        return head
    if rest < 100:
        return head + " and " + say_number(rest)
    return head + " " + say_number(rest)


def say_group(g, v, style=None):
    style = style or R.choice(["digits", "digits", "pairs", "mixed", "hundred"])
    if style == "pairs" and len(g) % 2 == 0:
        return " ".join(say_pair(g[i:i + 2], v) for i in range(0, len(g), 2))
    if style == "mixed" and len(g) >= 3:
        return say_digits(g[:-2], v) + " " + say_pair(g[-2:], v)
    if style == "hundred" and len(g) == 4 and g[2:] == "00" and g[0] != "0":
        return say_pair(g[:2], v) + " hundred"
    if style == "hundred" and len(g) == 3 and g[0] != "0" and g[1:] != "00":
        rest = int(g[1:])
        if rest >= 10 and R.random() < 0.7:
            return UNIT_WORDS[int(g[0])] + " " + say_pair(g[1:], v)
        return UNIT_WORDS[int(g[0])] + " hundred " + R.choice(["and ", ""]) + say_number(rest)
    if style == "hundred" and len(g) == 4 and g[0] != "0" and g[1] != "0":
        return say_pair(g[:2], v) + " " + say_pair(g[2:], v)
    return say_digits(g, v)


def spoken_ok(text, digits):
    try:
        return digits_of(text) == digits
    except ParseError:
        return False


def say_grouped(d, sizes, v, styles=None, joiner=" "):
    """Speak digit string in groups; returns list of group strings (round-trip checked)."""
    for attempt in range(8):
        parts, i = [], 0
        for k, n in enumerate(sizes):
            st = styles[k] if styles else None
            if attempt >= 5:
                st = "digits"
            parts.append(say_group(d[i:i + n], v, st))
            i += n
        if spoken_ok(joiner.join(parts), d) and all(spoken_ok(p, d[sum(sizes[:k]):sum(sizes[:k + 1])]) for k, p in enumerate(parts)):
            return parts
    parts, i = [], 0
    for n in sizes:
        parts.append(" ".join(UNIT_WORDS[int(c)] for c in d[i:i + n]))
        i += n
    return parts


def card_sizes(d):
    n = len(d)
    if n == 15:
        return [4, 6, 5]
    if n == 14:
        return [4, 6, 4]
    if n == 13:
        return [4, 4, 5]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def typed_card(d):
    n = len(d)
    sizes = card_sizes(d)
    style = R.choice(["space", "dash", "plain", "space", "dot", "eight", "wide", "nbsp"])
    groups, i = [], 0
    for s in sizes:
        groups.append(d[i:i + s])
        i += s
    if style == "space":
        return " ".join(groups)
    if style == "dash":
        return "-".join(groups)
    if style == "plain":
        return d
    if style == "dot":
        return ".".join(groups)
    if style == "eight" and n == 16:
        return d[:8] + " " + d[8:]
    if style == "wide":
        return "  ".join(groups)
    return " - ".join(groups)


def say_letter(L, style=None):
    style = style or R.choice(["plain", "plain", "homo", "nato", "folk", "asin"])
    if style == "homo" and L in HOMO_OF and L != "O":
        return HOMO_OF[L]
    if style == "nato":
        return L.lower() + " for " + NATO[L]
    if style == "folk" and L in FOLK:
        return L.lower() + " for " + FOLK[L]
    if style == "asin":
        return L.lower() + " as in " + NATO[L]
    return L.lower()


def say_ni(ni, v, letter_style=None, digit_style=None):
    ls = letter_style
    a = say_letter(ni[0], ls)
    b = say_letter(ni[1], ls)
    ds = digit_style or R.choice(["digits", "pairs", "pairs", "mixed3"])
    d = ni[2:8]
    for _ in range(6):
        if ds == "pairs":
            dd = " ".join(say_pair(d[i:i + 2], v) for i in range(0, 6, 2))
        elif ds == "mixed3":
            dd = say_digits(d[:3], v) + " " + say_digits(d[3:], v)
        else:
            dd = say_digits(d, v)
        if spoken_ok(dd, d):
            break
        ds = "digits"
    else:
        dd = " ".join(UNIT_WORDS[int(c)] for c in d)
    c = say_letter(ni[8], ls)
    return a, b, dd, c


def typed_ni(ni):
    st = R.choice(["spaced", "plain", "lower", "dash", "pairs2", "mixedcase", "spaced", "chars"])
    p, d, s = ni[:2], ni[2:8], ni[8]
    if st == "spaced":
        return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s)
    if st == "plain":
        return ni
    if st == "lower":
        return ni.lower()
    if st == "dash":
        return "%s-%s-%s-%s-%s" % (p, d[:2], d[2:4], d[4:], s)
    if st == "pairs2":
        return "%s %s %s" % (p, d, s)
    if st == "chars":
        return " ".join(ni)
    return p[0] + p[1].lower() + " " + d + " " + s.lower()


def typed_ssn(s):
    st = R.choice(["dash", "dash", "space", "plain", "dot", "spdash", "slash"])
    a, b, c = s[:3], s[3:5], s[5:]
    return {"dash": "%s-%s-%s", "space": "%s %s %s", "plain": "%s%s%s",
            "dot": "%s.%s.%s", "spdash": "%s - %s - %s", "slash": "%s/%s/%s"}[st] % (a, b, c)


def say_ssn(s, v):
    parts = []
    for g, sty in zip((s[:3], s[3:5], s[5:]), (R.choice(["digits", "digits", "hundred"]),
                                               R.choice(["digits", "pairs"]),
                                               R.choice(["digits", "pairs", "mixed", "hundred"]))):
        parts.append(g)
    out = say_grouped(s, [3, 2, 4], v)
    return out


def say_expiry(m, y, v, style=None):
    style = style or R.choice(["num", "num", "month", "month4", "slash"])
    if style == "month":
        return MONTH_NAMES[m - 1] + " " + say_pair("%02d" % y, v)
    if style == "month4":
        return MONTH_NAMES[m - 1] + " twenty " + say_pair("%02d" % y, v)
    mm = "%02d" % m
    ms = (v.zero + " " + UNIT_WORDS[m]) if m < 10 else say_pair(mm, v)
    if style == "slash":
        return ms + " slash " + say_pair("%02d" % y, v)
    return ms + " " + say_pair("%02d" % y, v)


def typed_expiry(m, y):
    st = R.choice(["a", "a", "b", "c", "d", "e"])
    return {"a": "%02d/%02d" % (m, y), "b": "%02d-%02d" % (m, y),
            "c": "%d/%d" % (m, 2000 + y), "d": "%02d/20%02d" % (m, y),
            "e": "%02d %02d" % (m, y)}[st]


def say_dob(y, m, d, v, style=None):
    style = style or R.choice(["uk", "us", "uk", "num"])
    yy = say_pair(str(y)[:2], v) + " " + say_pair(str(y)[2:], v)
    if str(y)[:2] == "20":
        yy = R.choice(["two thousand and " + UNIT_WORDS[y % 10] if y % 100 < 10 else "two thousand and " + say_number(y % 100),
                       "twenty " + say_pair(str(y)[2:], v)])
    dword = ORD_WORDS[d - 1] if d < 20 else (TEN_WORDS[d // 10] + (" " + ORD_WORDS[d % 10 - 1] if d % 10 else "")) if d % 10 else ("twentieth" if d == 20 else "thirtieth")
    if style == "uk":
        return dword + " of " + MONTH_NAMES[m - 1] + " " + yy
    if style == "us":
        return MONTH_NAMES[m - 1] + " " + dword + " " + yy
    return say_pair("%02d" % d, v) + " " + say_pair("%02d" % m, v) + " " + yy


def typed_dob(y, m, d, us=False):
    st = R.choice(["slash", "slash", "dash", "dot", "text", "iso", "short"])
    if st == "slash":
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if st == "dash":
        return ("%02d-%02d-%d" % (m, d, y)) if us else ("%02d-%02d-%d" % (d, m, y))
    if st == "dot":
        return "%02d.%02d.%02d" % (d, m, y % 100)
    if st == "text":
        return ("%s %d, %d" % (MONTH_NAMES[m - 1].title(), d, y)) if us else ("%d %s %d" % (d, MONTH_NAMES[m - 1].title(), y))
    if st == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    return "%d%s %s %d" % (d, "th" if d not in (1, 2, 3, 21, 22, 23) else {1: "st", 21: "st", 2: "nd", 22: "nd", 3: "rd", 23: "rd"}[d], MONTH_NAMES[m - 1][:3].title(), y)


def say_postcode(pc, v):
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(w_digit(ch, v) if ch != "0" else "zero")
        else:
            out.append(say_letter(ch, R.choice(["plain", "plain", "plain", "homo", "nato"])))
    return " ".join(out)


def say_email(local, domain, v):
    def sp(part):
        bits = re.split(r"([._-])", part)
        words = []
        for b in bits:
            if b == ".":
                words.append("dot")
            elif b == "_":
                words.append("underscore")
            elif b == "-":
                words.append("dash")
            elif b.isdigit():
                words.append(say_group(b, v, "pairs" if len(b) == 2 else "digits"))
            elif b:
                m = re.fullmatch(r"([a-z]+)(\d+)", b)
                if m:
                    words.append(m.group(1) + " " + say_group(m.group(2), v, "pairs" if len(m.group(2)) == 2 else "digits"))
                else:
                    words.append(b)
        return " ".join(words)
    return sp(local) + " at " + sp(domain)


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    st = R.choice(["f.l", "fl", "f_l", "fl##", "f.l##", "il", "l.f"])
    local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l,
             "fl##": f + l + str(R.randint(10, 99)), "f.l##": f + "." + l + str(R.randint(10, 99)),
             "il": f[0] + l, "l.f": l + "." + f}[st]
    return local, R.choice(DOMAINS)


def gen_address(spoken=False, v=None):
    n = R.choice([R.randint(1, 99), R.randint(1, 40), R.randint(100, 2999)])
    st = R.choice(STREETS) + " " + R.choice(SUFFIXES)
    if spoken:
        if n >= 100 and R.random() < 0.6:
            s = str(n)
            num = say_group(s, v, "hundred" if len(s) == 4 else "mixed")
            if not spoken_ok(num, s):
                num = say_digits(s, v, allow_runs=False)
        else:
            num = say_number(n)
        return num + " " + st
    return "%d %s" % (n, st.title() if R.random() < 0.7 else st)


# ---------------------------------------------------------------------------
# case assembly
# ---------------------------------------------------------------------------
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []      # list of (speaker, [segments])

    def t(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)

    def render(self, cid):
        turns, spans, groups = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, str):
                    text += s
                else:
                    val, typ = s[0], s[1]
                    grp = s[2] if len(s) > 2 else None
                    alt = s[3] if len(s) > 3 else False
                    st = len(text)
                    text += val
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                    groups.append((grp, alt, val))
            turns.append({"speaker": spk, "text": text})
        rec = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans,
               "note": self.note}
        return rec, groups


def S(val, typ, grp=None, alt=False):
    return (val, typ, grp, alt)


POS = []   # builder functions
NEG = []


def pos(fn):
    POS.append(fn)
    return fn


def neg(fn):
    NEG.append(fn)
    return fn


def chance(p):
    return R.random() < p


def pick(*xs):
    return R.choice(xs)


# ---------------------------- positives ------------------------------------
@pos
def card_spoken_one_turn():
    d = gen_card()
    v = Voice()
    parts = say_grouped(d, card_sizes(d), v)
    sep = pick(" ", " ", " um ", " ")
    ind = pick("telecom", "retail", "utilities", "travel", "insurance")
    c = Case("positive", "call/%s: card read in one turn, mixed digit/pair styles" % ind)
    c.a(pick("can i take the long number across the front of the card please",
             "and the card number when you're ready",
             "okay so the long number on the card"))
    c.c(pick("yeah it's ", "okay it's ", "right so ", ""), S(sep.join(parts), "CARD_NUMBER"),
        pick("", " that's it", " and that's the debit card", " did you get that"))
    return c


@pos
def card_split_turns():
    d = gen_card()
    v = Voice()
    parts = say_grouped(d, card_sizes(d), v)
    ind = pick("banking", "telecom", "healthcare billing", "government services", "travel")
    c = Case("positive", "call/%s: card split over several customer turns with back-channels" % ind)
    c.a("go ahead with the card number")
    backs = ["mhm", "okay", "yep go on", "uh huh", "okay go on", "yeah", "got that"]
    for k, p in enumerate(parts):
        pre = pick("", "", "um ", "right ", "then ") if k else pick("okay ", "so ", "")
        c.c(pre, S(p, "CARD_NUMBER", "g"))
        if k < len(parts) - 1:
            c.a(pick(*backs))
    c.a("lovely thank you")
    return c


@pos
def card_readback():
    d = gen_card()
    v = Voice()
    parts = say_grouped(d, card_sizes(d), v)
    v2 = Voice(uk=v.uk)
    parts2 = say_grouped(d, card_sizes(d), v2, styles=["digits"] * 5)
    ind = pick("retail", "utilities", "insurance", "banking")
    c = Case("positive", "call/%s: customer reads card, agent reads it back in groups" % ind)
    c.a("what's the card number")
    c.c(S(" ".join(parts), "CARD_NUMBER", "c"))
    c.a(pick("let me just read that back ", "so that's "), S(", ".join(parts2), "CARD_NUMBER", "a"),
        pick(" is that right", " yeah", ""))
    c.c(pick("yes that's right", "correct", "yeah spot on"))
    return c


@pos
def card_correction():
    d = gen_card()
    v = Voice()
    sizes = card_sizes(d)
    parts = say_grouped(d, sizes, v)
    k = R.randrange(1, len(parts))
    g = d[sum(sizes[:k]):sum(sizes[:k + 1])]
    wrong = g[:-1] + str((int(g[-1]) + R.randint(1, 8)) % 10)
    wrong_sp = say_digits(wrong, v, allow_runs=False)
    ind = pick("telecom", "retail", "travel")
    c = Case("positive", "call/%s: card with a self-corrected group; wrong group labelled too" % ind)
    c.a("okay i'm ready for the card number")
    segs = [S(" ".join(parts[:k]), "CARD_NUMBER", "g"), " ",
            S(wrong_sp, "CARD_NUMBER", "w", True),
            pick(" sorry no ", " no wait ", " sorry i mean ", " oh no sorry "),
            S(" ".join(parts[k:]), "CARD_NUMBER", "g")]
    c.c(*segs)
    c.a("okay thanks")
    return c


@pos
def card_chat():
    d = gen_card()
    t = typed_card(d)
    ind = pick("retail", "telecom", "travel", "utilities", "banking")
    c = Case("positive", "chat/%s: card typed with separators inside a message" % ind)
    c.a(pick("Hi! How can I help today?", "Thanks for waiting. What can I do for you?"))
    c.c(pick("hi i want to pay my bill. card ", "Can you charge this one instead: ",
             "card no. ", "ok here it is "), S(t, "CARD_NUMBER"),
        pick("", " thanks", ". Please confirm when done", " (visa debit)"))
    return c


@pos
def card_chat_cvv_exp():
    d = gen_card()
    t = typed_card(d)
    m, y = R.randint(1, 12), R.randint(25, 32)
    cvv = gen_digits(4 if len(d) == 15 else 3)
    ind = pick("retail", "travel", "telecom")
    c = Case("positive", "chat/%s: card, expiry and security code in one message" % ind)
    c.a("Please provide the card details to complete the booking.")
    c.c(S(t, "CARD_NUMBER"), pick(" exp ", ", expires ", " valid thru ", " - exp: "),
        S(typed_expiry(m, y), "EXPIRY"), pick(" cvv ", ", security code ", " cvc: ", " sec code "),
        S(cvv, "CVV"))
    return c


@pos
def card_chat_split_messages():
    d = gen_card()
    sizes = card_sizes(d)
    ind = pick("retail", "utilities", "government services")
    c = Case("positive", "chat/%s: card typed over several short chat messages" % ind)
    c.a("Go ahead with the card number.")
    i = 0
    if len(sizes) == 4 and chance(0.6):
        sizes = [8, 8]
    for k, n in enumerate(sizes):
        c.c(S(d[i:i + n], "CARD_NUMBER", "g"))
        i += n
    c.a("Thank you.")
    return c


@pos
def card_cvv_exp_call():
    d = gen_card()
    v = Voice()
    parts = say_grouped(d, card_sizes(d), v)
    m, y = R.randint(1, 12), R.randint(25, 31)
    cvv = gen_digits(4 if len(d) == 15 else 3)
    ind = pick("travel", "retail", "insurance", "healthcare billing")
    c = Case("positive", "call/%s: card then expiry then security code, agent prompts" % ind)
    c.a("card number please")
    c.c(S(" ".join(parts), "CARD_NUMBER"))
    c.a("and the expiry date")
    c.c(pick("it's ", "expires ", "um "), S(say_expiry(m, y, v), "EXPIRY"))
    c.a("and the three digit code on the back" if len(cvv) == 3 else "and the four digit code on the front")
    c.c(S(say_grouped(cvv, [len(cvv)], v)[0], "CVV"), pick("", " i think", " yeah"))
    c.a("thank you that's gone through the payment of " + say_number(R.randint(20, 400)) + " pounds")
    return c


@pos
def card_pairs_amex():
    d = gen_card("amex")
    v = Voice()
    parts = say_grouped(d, [4, 6, 5], v, styles=["pairs", "pairs", "mixed"])
    c = Case("positive", "call/travel: amex fifteen digits 4-6-5 with pairs and hundreds")
    c.a("and is that the american express")
    c.c("yes it is ", S(" ".join(parts), "CARD_NUMBER"))
    c.a("and the four digit code on the front")
    cvv = gen_digits(4)
    c.c(S(say_digits(cvv, v), "CVV"))
    return c


@pos
def card_with_other_numbers():
    d = gen_card()
    v = Voice()
    parts = say_grouped(d, card_sizes(d), v)
    amt = R.randint(11, 999)
    ref = gen_digits(7)
    c = Case("positive", "call/utilities: card next to amount and reference number (unlabelled)")
    c.a("so that's " + say_number(amt) + " pounds to pay today on reference " + say_digits(ref, Voice()) + " and the card number")
    c.c("okay ", S(" ".join(parts), "CARD_NUMBER"), " and it's a debit card")
    return c


@pos
def card_filler_inside():
    d = gen_card()
    v = Voice()
    parts = say_grouped(d, card_sizes(d), v)
    fill = [pick("um", "uh", "er", "erm") for _ in parts]
    txt = parts[0]
    for p, f in zip(parts[1:], fill):
        txt += " " + f + " " + p
    c = Case("positive", "call/banking: card with hesitation fillers between groups (span covers whole reading)")
    c.a("and the card you'd like to use")
    c.c(pick("hang on let me get it out of my purse okay ", "right "), S(txt, "CARD_NUMBER"))
    return c


@pos
def card_last_digits_only_agent():
    d = gen_card()
    v = Voice()
    parts = say_grouped(d, card_sizes(d), v)
    c = Case("positive", "call/retail: customer gives card across two turns after asking how much is owed")
    c.c("how much do i owe you")
    c.a("it's " + say_number(R.randint(20, 300)) + " pounds " + say_number(R.randint(1, 99)))
    half = len(parts) // 2
    c.c("okay put it on my card ", S(" ".join(parts[:half]), "CARD_NUMBER", "g"))
    c.a("mhm")
    c.c(S(" ".join(parts[half:]), "CARD_NUMBER", "g"))
    return c


@pos
def card_chat_typo():
    d = gen_card()
    sizes = card_sizes(d)
    groups, i = [], 0
    for n in sizes:
        groups.append(d[i:i + n])
        i += n
    t = pick(" ", "  ", "-", " ").join(groups)
    c = Case("positive", "chat/telecom: card typed, user corrects a typo in next message")
    bad = list(d)
    j = R.randrange(4, len(d) - 1)
    bad[j] = str((int(bad[j]) + 1) % 10)
    bad = "".join(bad)
    c.c(pick("pls use card ", "card is "), S(bad, "CARD_NUMBER", "w", True))
    c.c("sorry typo, it's ", S(t, "CARD_NUMBER"))
    c.a("No problem, thanks.")
    return c


@pos
def ssn_spoken():
    s = gen_ssn()
    v = Voice(uk=False)
    parts = say_grouped(s, [3, 2, 4], v)
    sep = pick(" ", " ", " dash ", " um ")
    ind = pick("banking", "healthcare billing", "insurance", "government services", "telecom")
    c = Case("positive", "call/%s (US): social security number read in one turn" % ind)
    c.a(pick("can i get your social security number to verify",
             "and your social please", "what's the social on the account"))
    c.c(pick("sure it's ", "yeah ", "okay ", ""), S(sep.join(parts), "SSN"))
    return c


@pos
def ssn_split():
    s = gen_ssn()
    v = Voice(uk=False)
    parts = say_grouped(s, [3, 2, 4], v)
    c = Case("positive", "call/%s (US): SSN split 3-2-4 over turns" % pick("banking", "government services", "healthcare billing"))
    c.a("and the social security number")
    c.c(S(parts[0], "SSN", "g"))
    c.a(pick("okay", "mhm", "yep"))
    c.c(S(parts[1], "SSN", "g"))
    c.a(pick("uh huh", "go on"))
    c.c(S(parts[2], "SSN", "g"))
    return c


@pos
def ssn_last_four_then_full():
    s = gen_ssn()
    v = Voice(uk=False)
    parts = say_grouped(s, [3, 2, 4], v)
    c = Case("positive", "call/banking (US): agent asks last four, customer gives whole SSN")
    c.a("can you verify the last four of your social")
    c.c(pick("do you want the whole thing ", "i'll just give you all of it "), S(" ".join(parts), "SSN"))
    return c


@pos
def ssn_typed():
    s = gen_ssn()
    ind = pick("banking", "insurance", "healthcare billing", "government services")
    c = Case("positive", "chat/%s (US): SSN typed with separators" % ind)
    c.a(pick("To verify, please enter your SSN.", "I need your Social Security Number to continue."))
    c.c(pick("", "ok ", "sure: ", "ssn "), S(typed_ssn(s), "SSN"), pick("", " thx", ". dob is below"))
    return c


@pos
def ssn_readback_correction():
    s = gen_ssn()
    v = Voice(uk=False)
    parts = say_grouped(s, [3, 2, 4], v)
    wrong = s[:3] + s[3:5] + s[5:8] + str((int(s[8]) + 3) % 10)
    c = Case("positive", "call/insurance (US): agent reads back SSN wrongly, customer corrects last group")
    c.c("my social is ", S(" ".join(parts), "SSN", "c"))
    wp = say_grouped(wrong, [3, 2, 4], Voice(uk=False), styles=["digits", "digits", "digits"])
    c.a("i have ", S(" ".join(wp), "SSN", "w", True), " is that right")
    c.c("no the last four are ", S(say_grouped(s[5:], [4], v)[0], "SSN", "l", True))
    return c


@pos
def ssn_hundreds_pairs():
    s = gen_ssn()
    while s[1:3] == "00":
        s = gen_ssn()
    v = Voice(uk=False)
    a = UNIT_WORDS[int(s[0])] + " hundred " + pick("and ", "") + say_number(int(s[1:3])) if s[0] != "0" else say_digits(s[:3], v)
    b = say_pair(s[3:5], v)
    cpart = say_pair(s[5:7], v) + " " + say_pair(s[7:], v)
    txt = a + " " + b + " " + cpart
    if not spoken_ok(txt, s):
        txt = " ".join(say_grouped(s, [3, 2, 4], v, styles=["digits", "pairs", "pairs"]))
    c = Case("positive", "call/government services (US): SSN with hundreds and pairs ('four hundred and twelve')")
    c.a("social security number please")
    c.c(S(txt, "SSN"))
    return c


@pos
def ssn_with_dob():
    s = gen_ssn()
    v = Voice(uk=False)
    y, m, d = gen_dob()
    c = Case("positive", "call/healthcare billing (US): SSN and date of birth in one turn")
    c.a("i'll need your social and date of birth")
    c.c("social's ", S(" ".join(say_grouped(s, [3, 2, 4], v)), "SSN"), " and birthday is ",
        S(say_dob(y, m, d, v, "us"), "DOB"))
    return c


@pos
def ssn_chat_no_sep_context():
    s = gen_ssn()
    c = Case("positive", "chat/banking (US): SSN typed plain, alongside a claim number (unlabelled)")
    c.c("claim #", gen_digits(8), " - my ss# is ", S(pick(s, s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:]), "SSN"))
    c.a("Thanks, looking into the claim now.")
    return c


@pos
def ni_spoken():
    ni = gen_ni()
    v = Voice(uk=True)
    a, b, dd, s = say_ni(ni, v)
    ind = pick("government services", "banking", "insurance", "utilities")
    c = Case("positive", "call/%s (UK): national insurance number in one turn" % ind)
    c.a(pick("can i take your national insurance number", "and your n i number please"))
    c.c(pick("yeah it's ", "it's ", "okay ", ""), S(" ".join([a, b, dd, s]), "NI_NUMBER"))
    return c


@pos
def ni_spoken_split():
    ni = gen_ni()
    v = Voice(uk=True)
    a, b, dd, s = say_ni(ni, v, digit_style="pairs")
    c = Case("positive", "call/government services (UK): NI number split letters / digits / suffix over turns")
    c.a("national insurance number please")
    c.c(S(a + " " + b, "NI_NUMBER", "g"))
    c.a(pick("yep", "okay", "mhm"))
    c.c(S(dd, "NI_NUMBER", "g"))
    c.a(pick("and the letter at the end", "and the last letter"))
    c.c(S(s, "NI_NUMBER", "g"))
    return c


@pos
def ni_nato():
    ni = gen_ni()
    v = Voice(uk=True)
    a, b, dd, s = say_ni(ni, v, letter_style=pick("nato", "folk", "asin"))
    c = Case("positive", "call/banking (UK): NI number with phonetic letters ('j for juliet')")
    c.a("sorry could you spell the letters for me")
    c.c(S(a + " " + b + " " + dd + " " + s, "NI_NUMBER"))
    return c


@pos
def ni_homophones():
    ni = gen_ni()
    while not any(ch in HOMO_OF for ch in ni[:2] + ni[8]):
        ni = gen_ni()
    v = Voice(uk=True)
    a, b, dd, s = say_ni(ni, v, letter_style="homo")
    c = Case("positive", "call/utilities (UK): ASR writes NI letters as homophones ('see', 'jay', 'bee')")
    c.a("and for security your national insurance")
    c.c(pick("um it's ", "it is ", ""), S(a + " " + b + " " + dd + " " + s, "NI_NUMBER"))
    return c


@pos
def ni_typed():
    ni = gen_ni()
    c = Case("positive", "chat/%s (UK): NI number typed" % pick("government services", "insurance", "banking"))
    c.a("Please confirm your National Insurance number.")
    c.c(pick("", "sure ", "NI: ", "its "), S(typed_ni(ni), "NI_NUMBER"), pick("", " thanks", "."))
    return c


@pos
def ni_readback():
    ni = gen_ni()
    v = Voice(uk=True)
    a, b, dd, s = say_ni(ni, v)
    a2, b2, dd2, s2 = say_ni(ni, Voice(uk=True), letter_style="nato", digit_style="digits")
    c = Case("positive", "call/government services (UK): NI number given then read back phonetically by agent")
    c.c(S(" ".join([a, b, dd, s]), "NI_NUMBER", "c"))
    c.a("so that's ", S(" ".join([a2, b2, dd2, s2]), "NI_NUMBER", "a"), " yes")
    c.c("that's it")
    return c


@pos
def ni_correction():
    ni = gen_ni()
    v = Voice(uk=True)
    a, b, dd, s = say_ni(ni, v, digit_style="digits")
    wrong = "ABCD"[("ABCD".index(ni[8]) + 1) % 4]
    c = Case("positive", "call/banking (UK): NI number, suffix letter self-corrected")
    c.c(S(a + " " + b + " " + dd, "NI_NUMBER", "g"), " ", S(wrong.lower(), "NI_NUMBER", "w", True),
        pick(" no sorry ", " no hang on it's "), S(s, "NI_NUMBER", "g"))
    c.a("okay got it")
    return c


@pos
def ni_with_dob_and_postcode():
    ni = gen_ni()
    v = Voice(uk=True)
    y, m, d = gen_dob()
    pc = gen_postcode_uk()
    c = Case("positive", "call/government services (UK): NI, date of birth and postcode for ID&V")
    c.a("can i take your date of birth first")
    c.c(S(say_dob(y, m, d, v, "uk"), "DOB"))
    c.a("and your postcode")
    c.c(S(say_postcode(pc, v), "POSTCODE"))
    c.a("and finally your national insurance number")
    c.c(S(" ".join(say_ni(ni, v)), "NI_NUMBER"))
    return c


@pos
def ni_chat_split():
    ni = gen_ni()
    c = Case("positive", "chat/government services (UK): NI typed over two messages")
    c.c(S(ni[:2] + pick(" ", "") + ni[2:5], "NI_NUMBER", "g"))
    c.c(S(ni[5:8] + pick(" ", "") + ni[8], "NI_NUMBER", "g"))
    c.a("Thanks, I've found your record.")
    return c


@pos
def bank_uk_spoken():
    acct = gen_digits(8)
    sc = gen_digits(6)
    v = Voice(uk=True)
    c = Case("positive", "call/banking (UK): sort code and account number for direct debit")
    c.a("can i take the sort code")
    c.c(S(" ".join(say_grouped(sc, [2, 2, 2], v, styles=["pairs", "pairs", "pairs"])), "SORT_CODE"))
    c.a("and the account number")
    c.c(S(" ".join(say_grouped(acct, [4, 4], v)), "BANK_ACCOUNT"))
    c.a("and that's for the monthly payment of " + say_number(R.randint(20, 90)) + " pounds on the " + pick("first", "fifth", "twenty eighth"))
    return c


@pos
def bank_uk_chat():
    acct = gen_digits(8)
    sc = gen_digits(6)
    c = Case("positive", "chat/utilities (UK): sort code and account typed")
    c.c(pick("sort code ", "SC: ", "s/c "), S(pick(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]), "SORT_CODE"),
        pick(" acc ", " account no ", ", a/c "), S(acct, "BANK_ACCOUNT"))
    c.a("Thanks, your direct debit is set up.")
    return c


@pos
def bank_us():
    acct = gen_digits(R.randint(9, 12))
    v = Voice(uk=False)
    c = Case("positive", "call/banking (US): checking account number read out")
    c.a("what's the account number")
    c.c(S(" ".join(say_grouped(acct, [3] * (len(acct) // 3) + ([len(acct) % 3] if len(acct) % 3 else []), v)), "BANK_ACCOUNT"))
    c.a("and that's the checking account with a balance of " + say_number(R.randint(100, 9000)) + " dollars")
    return c


@pos
def iban_typed():
    ib = gen_iban()
    st = pick("groups", "plain", "groups")
    t = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if st == "groups" else ib
    c = Case("positive", "chat/%s (EU): IBAN typed for refund" % pick("travel", "retail", "insurance"))
    c.a("Please send the IBAN for the refund.")
    c.c(pick("IBAN: ", "here ", "my iban is "), S(t, "IBAN"))
    return c


@pos
def iban_spoken():
    ib = gen_iban(pick("GB", "IE", "DE", "NL"))
    v = Voice()
    words = []
    for ch in ib:
        words.append(w_digit(ch, v) if ch.isdigit() and ch != "0" else ("zero" if ch == "0" else say_letter(ch, pick("plain", "plain", "nato"))))
    txt = " ".join(words)
    c = Case("positive", "call/banking (EU): IBAN spelled out by caller for refund")
    c.a("and the iban for the refund")
    c.c(S(txt, "IBAN"))
    return c


@pos
def phone_spoken():
    p = gen_phone()
    v = Voice(uk=not p.startswith(("2", "3", "4", "5", "6", "7", "8", "9")) or p.startswith(("44", "353")))
    if p.startswith("44") or p.startswith("353"):
        cc = 2 if p.startswith("44") else 3
        rest = p[cc:]
        txt = "plus " + say_digits(p[:cc], v, allow_runs=False) + " " + " ".join(say_grouped(rest, [len(rest) - 6, 3, 3], v))
    elif len(p) == 10 and p[0] != "0":
        txt = " ".join(say_grouped(p, [3, 3, 4], v))
    else:
        txt = " ".join(say_grouped(p, [len(p) - 6, 3, 3], v))
    c = Case("positive", "call/telecom: contact phone number read out")
    c.a("and the best number to reach you on")
    c.c(pick("it's ", "you can get me on ", ""), S(txt, "PHONE"))
    return c


@pos
def phone_typed():
    p = gen_phone()
    if len(p) == 10 and p[0] != "0":
        t = pick("(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:]))
    elif p.startswith("44"):
        t = "+44 " + p[2:6] + " " + p[6:]
    elif p.startswith("353"):
        t = "+353 " + p[3:5] + " " + p[5:8] + " " + p[8:]
    else:
        t = pick(p, p[:5] + " " + p[5:], p[:3] + " " + p[3:6] + " " + p[6:])
    c = Case("positive", "chat/%s: phone number typed" % pick("telecom", "retail", "travel"))
    c.c(pick("call me back on ", "my number: ", "mob "), S(t, "PHONE"), pick("", " after 5pm", " pls"))
    return c


@pos
def email_spoken():
    local, dom = gen_email()
    v = Voice()
    c = Case("positive", "call/%s: e-mail address spoken ('dot', 'at')" % pick("retail", "telecom", "insurance"))
    c.a("and an email address for the confirmation")
    c.c(pick("yeah it's ", "", "it's "), S(say_email(local, dom, v), "EMAIL"))
    return c


@pos
def email_typed():
    local, dom = gen_email()
    e = local + "@" + dom
    if chance(0.3):
        e = e.upper() if chance(0.3) else e.title()
    c = Case("positive", "chat/%s: e-mail typed" % pick("retail", "travel", "utilities"))
    c.c(pick("email me at ", "my email is ", "pls send to "), S(e, "EMAIL"), pick("", " thanks", "."))
    return c


@pos
def dob_spoken():
    y, m, d = gen_dob()
    v = Voice()
    c = Case("positive", "call/%s: date of birth for verification" % pick("insurance", "healthcare billing", "banking"))
    c.a(pick("can you confirm your date of birth", "and your date of birth please"))
    c.c(pick("it's ", "yeah the ", ""), S(say_dob(y, m, d, v), "DOB"))
    return c


@pos
def dob_typed():
    y, m, d = gen_dob()
    c = Case("positive", "chat/%s: date of birth typed" % pick("insurance", "healthcare billing", "banking"))
    c.a("For security, what's your date of birth?")
    c.c(pick("", "dob ", "born "), S(typed_dob(y, m, d, us=chance(0.4)), "DOB"))
    return c


@pos
def postcode_spoken():
    pc = gen_postcode_uk()
    v = Voice(uk=True)
    c = Case("positive", "call/utilities (UK): postcode spelled")
    c.a("what's the postcode at the property")
    c.c(S(say_postcode(pc, v), "POSTCODE"))
    return c


@pos
def address_and_postcode():
    v = Voice(uk=True)
    pc = gen_postcode_uk()
    addr = gen_address(True, v)
    c = Case("positive", "call/insurance (UK): first line of address then postcode")
    c.a("and the first line of the address")
    c.c(S(addr, "ADDRESS"))
    c.a("and the postcode")
    c.c(S(say_postcode(pc, v), "POSTCODE"))
    return c


@pos
def address_typed_us():
    addr = gen_address(False)
    z = gen_zip()
    c = Case("positive", "chat/retail (US): shipping address with ZIP")
    c.c("ship to ", S(addr, "ADDRESS"), ", " + pick("Springfield, IL", "Austin, TX", "Portland, OR", "Denver, CO") + " ", S(z, "POSTCODE"))
    return c


@pos
def address_typed_uk():
    addr = gen_address(False)
    pc = gen_postcode_uk()
    if chance(0.3):
        pc = pc.lower()
    c = Case("positive", "chat/utilities (UK): supply address with postcode")
    c.c("the address is ", S(addr, "ADDRESS"), ", " + pick("Leeds", "Bristol", "Cardiff", "Glasgow") + " ", S(pc, "POSTCODE"))
    return c


@pos
def zip_spoken():
    z = gen_zip()[:5]
    v = Voice(uk=False)
    c = Case("positive", "call/telecom (US): ZIP code spoken for coverage check")
    c.a("what's your zip code")
    c.c(S(" ".join(say_grouped(z, [5], v)), "POSTCODE"))
    return c


@pos
def combo_payment_chat():
    d = gen_card()
    z = gen_zip()[:5]
    cvv = gen_digits(4 if len(d) == 15 else 3)
    m, y = R.randint(1, 12), R.randint(25, 31)
    c = Case("positive", "chat/retail (US): card, cvv, expiry and billing ZIP over messages")
    c.c("card ", S(typed_card(d), "CARD_NUMBER"))
    c.c(S(typed_expiry(m, y), "EXPIRY"), " ", S(cvv, "CVV"))
    c.a("And the billing zip?")
    c.c(S(z, "POSTCODE"))
    return c


@pos
def expiry_cvv_split_call():
    v = Voice()
    m, y = R.randint(1, 12), R.randint(25, 31)
    cvv = gen_digits(3)
    c = Case("positive", "call/telecom: expiry and security code in one turn")
    c.a("expiry and the three digits on the back please")
    c.c(S(say_expiry(m, y, v), "EXPIRY"), pick(" and the code is ", " and then "), S(say_digits(cvv, v), "CVV"))
    return c


@pos
def iban_bank_ie():
    ib = gen_iban("IE")
    c = Case("positive", "chat/utilities (Ireland): IBAN typed in lower case groups")
    t = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    c.c("pls update my direct debit to ", S(t.upper() if chance(0.5) else t[:4] + " " + t[5:].upper(), "IBAN"))
    return c


@pos
def phone_split():
    p = "07" + gen_digits(9)
    v = Voice(uk=True)
    parts = say_grouped(p, [5, 3, 3], v)
    c = Case("positive", "call/telecom (UK): mobile number split over turns")
    c.a("and your mobile")
    c.c(S(parts[0], "PHONE", "g"))
    c.a("yep")
    c.c(S(parts[1] + " " + parts[2], "PHONE", "g"))
    return c



@pos
def card_exp_cvv_one_turn():
    d = gen_card()
    v = Voice()
    parts = say_grouped(d, card_sizes(d), v)
    m, y = R.randint(1, 12), R.randint(25, 31)
    cvv = gen_digits(4 if len(d) == 15 else 3)
    c = Case("positive", "call/%s: card, expiry and security code all in one long customer turn" % pick("travel", "retail", "telecom"))
    c.a("go ahead with all the card details")
    c.c(S(" ".join(parts), "CARD_NUMBER"), pick(" expiry ", " and it expires ", " exp date "),
        S(say_expiry(m, y, v), "EXPIRY"), pick(" and the code on the back is ", " security number ", " cvv "),
        S(say_digits(cvv, v), "CVV"))
    return c


@pos
def card_first_eight_last_eight():
    d = gen_card(pick("visa", "mc", "mc2", "disc"))
    v = Voice()
    a = " ".join(say_grouped(d[:8], [4, 4], v))
    b = " ".join(say_grouped(d[8:], [4, 4], v))
    c = Case("positive", "call/%s: card given as first eight then last eight, with chit-chat between" % pick("insurance", "utilities", "healthcare billing"))
    c.a("can you read me the card number")
    c.c("the first eight are ", S(a, "CARD_NUMBER", "g"), pick(" hang on the light's bad in here", " sorry my glasses", " one second"))
    c.a(pick("no problem take your time", "that's fine"))
    c.c("okay the last eight are ", S(b, "CARD_NUMBER", "g"))
    return c


@pos
def card_chat_mixed_junk():
    d = gen_card()
    sizes = card_sizes(d)
    groups, i = [], 0
    for n in sizes:
        groups.append(d[i:i + n])
        i += n
    seps = [pick(" ", "-", " ", "  ", " / ", "_") for _ in groups[1:]]
    t = groups[0] + "".join(s + g for s, g in zip(seps, groups[1:]))
    c = Case("positive", "chat/%s: card typed with inconsistent separators, next to an order number" % pick("retail", "travel"))
    c.c("order %s - pay with %s" % (gen_digits(7, True), pick("", "my ")), S(t, "CARD_NUMBER"))
    c.a("Thanks, payment is processing.")
    return c


@pos
def ni_double_letters():
    L = pick("A", "C", "E", "H", "J", "L", "M", "P", "R", "S", "W", "X", "Y")
    ni = L + L + gen_digits(6) + pick("A", "B", "C", "D")
    v = Voice(uk=True)
    _, _, dd, s = say_ni(ni, v)
    c = Case("positive", "call/government services (UK): NI prefix said as 'double' letter")
    c.a("national insurance number please")
    c.c(pick("yeah ", "it's "), S("double " + L.lower() + " " + dd + " " + s, "NI_NUMBER"))
    return c


@pos
def ni_in_chitchat():
    ni = gen_ni()
    v = Voice(uk=True)
    a, b, dd, s = say_ni(ni, v)
    c = Case("positive", "call/government services (UK): NI buried in chit-chat, letters/digits/suffix interrupted")
    c.a("and have you got your national insurance number there")
    c.c("yeah it's on my payslip somewhere here it is ", S(a + " " + b, "NI_NUMBER", "g"), " then ",
        S(dd, "NI_NUMBER", "g"), " and then it ends in ", S(s, "NI_NUMBER", "g"))
    c.a("brilliant thank you")
    return c


@pos
def ni_typed_sentence():
    ni = gen_ni()
    y, m, d = gen_dob()
    c = Case("positive", "chat/government services (UK): NI and DOB typed in one message")
    c.c("hi my ni no is ", S(typed_ni(ni), "NI_NUMBER"), " and dob ", S(typed_dob(y, m, d), "DOB"), " can you check my tax code")
    return c


@pos
def ssn_chat_with_phone():
    s = gen_ssn()
    p = gen_phone("us")
    c = Case("positive", "chat/telecom (US): SSN and phone in one message")
    c.c("for the credit check my SSN is ", S(typed_ssn(s), "SSN"), " and cell is ",
        S(pick("(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:])), "PHONE"))
    return c


@pos
def ssn_self_correct():
    s = gen_ssn()
    v = Voice(uk=False)
    parts = say_grouped(s, [3, 2, 4], v)
    wrong = str((int(s[3]) + 1) % 10) + s[4]
    c = Case("positive", "call/banking (US): SSN with middle group self-corrected")
    c.a("and the social")
    c.c(S(parts[0], "SSN", "g"), " ", S(say_digits(wrong, v, False), "SSN", "w", True),
        pick(" no sorry ", " wait no "), S(parts[1] + " " + parts[2], "SSN", "g"))
    return c


@pos
def sortcode_spoken_dashes():
    sc = gen_digits(6)
    acct = gen_digits(8)
    v = Voice(uk=True)
    p = say_grouped(sc, [2, 2, 2], v, styles=["pairs"] * 3)
    c = Case("positive", "call/utilities (UK): sort code with spoken 'dash', account split in two turns")
    c.a("what's the sort code")
    c.c(S(" dash ".join(p), "SORT_CODE"))
    c.a("and the account number")
    a = say_grouped(acct, [4, 4], v)
    c.c(S(a[0], "BANK_ACCOUNT", "g"))
    c.a("mhm")
    c.c(S(a[1], "BANK_ACCOUNT", "g"))
    return c


@pos
def sortcode_ie_chat():
    sc = gen_digits(6)
    acct = gen_digits(8)
    c = Case("positive", "chat/banking (Ireland): NSC and account number typed")
    c.c("nsc ", S(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], "SORT_CODE"), " a/c no. ", S(acct, "BANK_ACCOUNT"), " - please refund the overcharge of EUR%d" % R.randint(10, 300))
    return c


@pos
def iban_spoken_grouped():
    ib = gen_iban(pick("GB", "IE", "NL", "DE"))
    v = Voice()
    words = []
    for i in range(0, len(ib), 4):
        g = ib[i:i + 4]
        ws = []
        for ch in g:
            if ch.isdigit():
                ws.append("zero" if ch == "0" else UNIT_WORDS[int(ch)])
            else:
                ws.append(say_letter(ch, pick("plain", "nato", "homo")))
        words.append(" ".join(ws))
    c = Case("positive", "call/travel (EU): IBAN read in groups of four over two turns")
    half = len(words) // 2
    c.a("go ahead with the iban")
    c.c(S(" ".join(words[:half]), "IBAN", "g"))
    c.a("okay")
    c.c(S(" ".join(words[half:]), "IBAN", "g"))
    return c


@pos
def phone_intl_spoken():
    p = gen_phone(pick("intl_uk", "intl_ie"))
    v = Voice(uk=True)
    cc = 2 if p.startswith("44") else 3
    rest = p[cc:]
    txt = "plus " + " ".join(say_grouped(p[:cc], [cc], v, styles=["digits"])) + " " + " ".join(say_grouped(rest, [len(rest) - 6, 3, 3], v))
    c = Case("positive", "call/travel: international phone number with 'plus' country code")
    c.a("is there a number we can reach you on while you're abroad")
    c.c(S(txt, "PHONE"))
    return c


@pos
def phone_and_email_call():
    p = gen_phone(pick("uk_mob", "us", "ie_mob"))
    v = Voice()
    local, dom = gen_email()
    c = Case("positive", "call/insurance: phone and e-mail in one turn")
    c.a("can i update your contact details")
    c.c("yeah mobile's ", S(" ".join(say_grouped(p, [len(p) - 6, 3, 3], v)), "PHONE"), " and email is ", S(say_email(local, dom, v), "EMAIL"))
    return c


@pos
def email_spelled():
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(DOMAINS)
    v = Voice()
    sp = " ".join(l) + pick(" dot ", " underscore ", " ") + f
    c = Case("positive", "call/utilities: e-mail with the surname spelled letter by letter")
    c.a("and the email")
    c.c(S(sp + " at " + say_email("x", dom, v)[len("x at "):], "EMAIL"))
    return c


@pos
def email_chat_context():
    local, dom = gen_email()
    c = Case("positive", "chat/travel: e-mail typed with booking reference (unlabelled)")
    c.c("booking ref %s, send the new itinerary to %s" % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), ""), S(local + "@" + dom, "EMAIL"))
    c.a("Done, it's on its way.")
    return c


@pos
def address_spoken_us():
    v = Voice(uk=False)
    addr = gen_address(True, v)
    z = gen_zip()[:5]
    c = Case("positive", "call/retail (US): street address and zip spoken")
    c.a("what's the shipping address")
    c.c(S(addr, "ADDRESS"), pick(" in ", " that's ") + pick("dayton ohio", "tampa florida", "fresno california") + " ", S(" ".join(say_grouped(z, [5], v)), "POSTCODE"))
    return c


@pos
def address_moving():
    v = Voice(uk=True)
    old = gen_address(True, v)
    new = gen_address(True, v)
    pc = gen_postcode_uk()
    c = Case("positive", "call/utilities (UK): moving home, old and new addresses")
    c.c("i'm moving out of ", S(old, "ADDRESS"), " on the " + pick("third", "tenth", "twenty first") + " and into ", S(new, "ADDRESS"))
    c.a("and the postcode for the new place")
    c.c(S(say_postcode(pc, v), "POSTCODE"))
    return c



@pos
def expiry_only_chat():
    m, y = R.randint(1, 12), R.randint(25, 32)
    cvv = gen_digits(3)
    c = Case("positive", "chat/%s: expiry and CVV sent as separate replies to agent prompts" % pick("retail", "utilities", "travel"))
    c.a("What's the expiry date on the card?")
    c.c(S(pick("%d/%02d" % (m, y), "%02d/%02d" % (m, y), "%02d%02d" % (m, y), "%02d / %02d" % (m, y), "%s 20%02d" % (MONTH_NAMES[m - 1][:3].title(), y)), "EXPIRY"))
    c.a("And the 3 digit security code on the back?")
    c.c(S(cvv, "CVV"))
    c.a("Thanks, the payment of $%d.%02d has been taken." % (R.randint(10, 500), R.randint(0, 99)))
    return c


@pos
def iban_with_bic_chat():
    ib = gen_iban(pick("DE", "FR", "ES", "IT", "BE", "NL"))
    t = pick(" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower())
    c = Case("positive", "chat/insurance (EU): IBAN typed for claim payout next to claim number (unlabelled)")
    c.c("claim %s - please pay to IBAN " % gen_digits(8, True), S(t, "IBAN"), " thank you")
    return c



def partial_itn(d, sizes, v):
    """ASR with partial inverse text normalisation: some groups numerals, some words."""
    parts, i = [], 0
    flags = [R.random() < 0.5 for _ in sizes]
    if all(flags) or not any(flags):
        flags[R.randrange(len(flags))] = not flags[0]
    for n, f in zip(sizes, flags):
        g = d[i:i + n]
        parts.append(g if f else say_grouped(g, [n], v)[0])
        i += n
    return " ".join(parts)


@pos
def card_partial_itn():
    d = gen_card()
    v = Voice()
    c = Case("positive", "call/%s: ASR output mixes numerals and number words inside one card number" % pick("telecom", "retail", "utilities", "banking"))
    c.a("and the card number please")
    c.c(pick("yeah it's ", "okay ", ""), S(partial_itn(d, card_sizes(d), v), "CARD_NUMBER"))
    return c


@pos
def ssn_partial_itn():
    s = gen_ssn()
    v = Voice(uk=False)
    c = Case("positive", "call/%s (US): ASR output mixes numerals and words in an SSN" % pick("banking", "healthcare billing", "government services"))
    c.a("and your social security number")
    c.c(pick("it's ", "sure ", ""), S(partial_itn(s, [3, 2, 4], v), "SSN"))
    return c


@pos
def ni_partial_itn():
    ni = gen_ni()
    v = Voice(uk=True)
    a, b, dd, sfx = say_ni(ni, v)
    digits = ni[2:8]
    form = pick("num", "num_pairs")
    dtxt = digits if form == "num" else digits[:2] + " " + digits[2:4] + " " + digits[4:]
    c = Case("positive", "call/government services (UK): NI with spoken letters but digits transcribed as numerals")
    c.a("what's your national insurance number")
    c.c(S(a + " " + b + " " + dtxt + " " + sfx, "NI_NUMBER"))
    return c


@pos
def card_repeat_group():
    d = gen_card(pick("visa", "mc", "disc", "mc2"))
    v = Voice()
    parts = say_grouped(d, [4, 4, 4, 4], v)
    k = R.randrange(1, 4)
    c = Case("positive", "call/%s: line breaks up, agent asks for a group again; repeat labelled too" % pick("telecom", "insurance", "travel"))
    c.a("go ahead with the card number")
    c.c(S(" ".join(parts), "CARD_NUMBER", "g"))
    c.a("sorry you broke up a bit there what was the " + ["first", "second", "third", "fourth"][k] + " block")
    c.c(S(say_grouped(d[4 * k:4 * k + 4], [4], Voice(uk=v.uk), styles=["digits"])[0], "CARD_NUMBER", "r", True))
    c.a("thank you")
    return c


@pos
def ssn_chat_split():
    s = gen_ssn()
    c = Case("positive", "chat/%s (US): SSN typed as three separate chat messages" % pick("banking", "insurance"))
    c.a("Please provide your SSN.")
    c.c(S(s[:3], "SSN", "g"))
    c.c(S(s[3:5], "SSN", "g"))
    c.c(S(s[5:], "SSN", "g"))
    return c


@pos
def card_agent_prompts_each_group():
    d = gen_card(pick("visa", "mc", "disc"))
    v = Voice()
    parts = say_grouped(d, [4, 4, 4, 4], v)
    c = Case("positive", "call/%s: agent prompts for each block of four" % pick("utilities", "government services", "healthcare billing"))
    for k, p in enumerate(parts):
        c.a(["first four digits please", "next four", "and the next four", "and the last four"][k])
        c.c(S(p, "CARD_NUMBER", "g"))
    c.a("thank you and the expiry")
    m, y = R.randint(1, 12), R.randint(25, 31)
    c.c(S(say_expiry(m, y, v), "EXPIRY"))
    return c


# ---------------------------- negatives ------------------------------------
def money():
    return pick("%s pounds %s" % (say_number(R.randint(1, 2000)), say_number(R.randint(1, 99))),
                "%s dollars" % say_number(R.randint(1, 5000)),
                "%s euro %s" % (say_number(R.randint(1, 900)), say_number(R.randint(1, 99))))


@neg
def neg_balance():
    c = Case("negative", "call/banking: balance and payment amounts only")
    c.a("your current balance is " + say_number(R.randint(100, 99999)) + " pounds and " + say_number(R.randint(1, 99)) + " pence")
    c.c("and when is the next payment due")
    c.a("the next payment of " + money() + " is due on the " + pick("fourteenth", "third", "twenty first") + " of " + R.choice(MONTH_NAMES))
    return c


@neg
def neg_order_number():
    v = Voice()
    n = gen_digits(R.randint(6, 10), True)
    c = Case("negative", "call/retail: order number read digit by digit with its reference word")
    c.a("have you got the order number")
    c.c("yeah the order number is " + say_digits(n, v))
    c.a("thanks i can see that order it was dispatched on " + R.choice(MONTH_NAMES) + " the " + pick("second", "ninth", "twelfth"))
    return c


@neg
def neg_ticket_chat():
    n = gen_digits(R.randint(6, 10), True)
    c = Case("negative", "chat/telecom: ticket number typed")
    c.c(pick("Ticket #", "ref: ", "case number ", "Incident INC") + n + pick(" still not fixed", " any update?", ""))
    c.a("I can see ticket " + n + ", an engineer is booked for " + pick("Tuesday", "Friday") + " between 8am and 1pm.")
    return c


@neg
def neg_prices():
    c = Case("negative", "chat/retail: prices, quantities and percentages")
    c.c("is the %s still %d%% off? it was $%d.%02d last week" % (pick("TV", "sofa", "laptop"), R.randint(5, 60), R.randint(100, 2999), R.randint(0, 99)))
    c.a("Yes, it's now $%d.99 and we have %d in stock." % (R.randint(80, 2500), R.randint(2, 40)))
    return c


@neg
def neg_flight():
    c = Case("negative", "call/travel: flight number, times and gate")
    fl = pick("b a", "e i", "f r", "u a", "d l") + " " + say_number(R.randint(100, 999))
    c.c("i'm on flight " + fl + " tomorrow at " + pick("half past six", "quarter to nine", "ten fifteen", "seven forty five in the morning"))
    c.a("that's departing from gate " + say_number(R.randint(1, 60)) + " and boarding closes " + say_number(R.randint(15, 45)) + " minutes before")
    return c


@neg
def neg_meter():
    v = Voice(uk=True)
    c = Case("negative", "call/utilities (UK): meter reading spoken digit by digit")
    c.a("can i take a meter reading")
    c.c("yeah it's " + say_digits(gen_digits(R.randint(5, 6)), v))
    c.a("thanks and that's the electric meter reading taken today")
    return c


@neg
def neg_speed():
    c = Case("negative", "call/telecom: broadband speeds and contract length")
    c.c("i'm only getting about " + say_number(R.randint(2, 40)) + " megabits but i'm paying for " + say_number(R.choice([100, 150, 500, 900])))
    c.a("okay you're " + say_number(R.randint(3, 20)) + " months into a " + pick("twenty four", "eighteen", "twelve") + " month contract")
    return c


@neg
def neg_appointment():
    c = Case("negative", "call/healthcare billing: appointment date and time (not a DOB)")
    c.a("your appointment is on the " + pick("fourteenth of march", "second of june", "twenty third of october") + " " + pick("twenty twenty five", "twenty twenty six") + " at " + pick("two thirty", "nine o'clock", "eleven fifteen"))
    c.c("and how much will that cost")
    c.a("the co pay is " + say_number(R.randint(10, 90)) + " dollars")
    return c


@neg
def neg_room_age_temp():
    c = Case("negative", "chat/travel: room number, ages, temperature")
    c.c("we're in room %d, two adults and kids aged %d and %d. the AC is stuck at %d degrees" % (R.randint(100, 1299), R.randint(2, 12), R.randint(2, 12), R.randint(26, 32)))
    c.a("Sorry about that! Maintenance will be up within %d minutes." % R.randint(10, 30))
    return c


@neg
def neg_model_number():
    c = Case("negative", "chat/retail: model and serial-ish product codes")
    c.c("my %s model %s%d-%d keeps restarting" % (pick("router", "washer", "boiler"), pick("TX", "WM", "HB"), R.randint(100, 999), R.randint(10, 99)))
    c.a("Is it under warranty? It was bought in %d, so it should be covered until %d." % (R.randint(2021, 2024), R.randint(2025, 2027)))
    return c


@neg
def neg_invoice_spoken():
    v = Voice()
    inv = gen_digits(R.randint(7, 9), True)
    c = Case("negative", "call/utilities: invoice number in pairs and an amount")
    c.a("what's the invoice number at the top")
    c.c("invoice number " + " ".join(say_grouped(inv, [2] * (len(inv) // 2) + ([1] if len(inv) % 2 else []), v)))
    c.a("and that invoice was for " + money())
    return c


@neg
def neg_claim():
    v = Voice(uk=False)
    cl = gen_digits(R.randint(8, 10), True)
    c = Case("negative", "call/insurance: claim number split over turns with reference word")
    c.a("have you got your claim number")
    c.c("the claim number is " + say_digits(cl[:4], v))
    c.a("mhm")
    c.c(say_digits(cl[4:], v) + " that's the claim number")
    return c


@neg
def neg_years_durations():
    c = Case("negative", "call/banking: years, durations and counts")
    c.c("i've been with you since " + say_pair(str(R.randint(1980, 1999))[:2], Voice()) + " " + say_pair(str(R.randint(1980, 1999))[2:], Voice()) + " that's like " + say_number(R.randint(20, 40)) + " years")
    c.a("thank you for being a customer that long i've been on hold " + say_number(R.randint(2, 30)) + " minutes myself today")
    return c


@neg
def neg_percentages_chat():
    c = Case("negative", "chat/banking: interest rate, balance, dates of payments")
    c.c("why did my rate go from %d.%d%% to %d.%d%%? payment of £%d.%02d on %d/%d" % (R.randint(1, 9), R.randint(0, 9), R.randint(1, 9), R.randint(0, 9), R.randint(10, 999), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12)))
    c.a("The base rate changed on %d %s %d." % (R.randint(1, 28), R.choice(MONTH_NAMES).title(), R.randint(2023, 2025)))
    return c


@neg
def neg_reference_long():
    v = Voice(uk=True)
    ref = gen_digits(10, True)
    c = Case("negative", "call/government services: ten digit reference number with its reference word")
    c.a("do you have the reference number from the letter")
    c.c("yes the reference is " + " ".join(say_grouped(ref, [3, 3, 4], v)))
    c.a("thank you that reference shows the application was received in " + R.choice(MONTH_NAMES))
    return c


@neg
def neg_data_allowance():
    c = Case("negative", "chat/telecom: data, minutes, prices")
    c.c("I used %d GB of my %d GB and got charged £%d.%02d extra" % (R.randint(10, 99), R.choice([20, 50, 100]), R.randint(3, 60), R.randint(0, 99)))
    c.a("I can add a %d GB booster for £%d a month." % (R.choice([5, 10, 25]), R.randint(3, 15)))
    return c


@neg
def neg_times_schedule():
    c = Case("negative", "call/utilities: engineer visit window and clock times")
    c.a("the engineer can come " + pick("monday", "thursday") + " between " + pick("eight and twelve", "twelve and four", "seven thirty and eleven"))
    c.c("can it be after " + pick("three fifteen", "half two", "four o'clock") + " i work until " + pick("two thirty", "one"))
    return c


@neg
def neg_contract_start():
    c = Case("negative", "chat/insurance: policy start date and premium, not a DOB")
    c.c("my policy started %02d/%02d/%d and the premium is £%d.%02d/month" % (R.randint(1, 28), R.randint(1, 12), R.randint(2019, 2025), R.randint(10, 99), R.randint(0, 99)))
    c.a("Your renewal date is %d %s %d." % (R.randint(1, 28), R.choice(MONTH_NAMES).title(), R.randint(2025, 2027)))
    return c


@neg
def neg_count_spoken_digits():
    v = Voice()
    c = Case("negative", "call/retail: tracking of quantities read digit-like")
    c.c("i ordered " + say_number(R.randint(2, 12)) + " boxes and only " + say_number(R.randint(1, 3)) + " arrived")
    c.a("sorry about that, the parcel weighed " + say_number(R.randint(2, 30)) + " kilos so it may be in " + say_number(R.randint(2, 3)) + " parts")
    return c


@neg
def neg_card_last_four_phrase():
    c = Case("negative", "chat/banking: mentions 'card' with a transaction amount and date but no card data")
    c.c("there's a charge of $%d.%02d on my card from %s %d that I don't recognise" % (R.randint(5, 999), R.randint(0, 99), R.choice(MONTH_NAMES).title(), R.randint(1, 28)))
    c.a("I've raised dispute reference %s for you." % gen_digits(8, True))
    return c


@neg
def neg_security_words():
    c = Case("negative", "call/banking: talks about security code and expiry without giving them")
    c.a("i won't need the security code or the expiry date today just the amount")
    c.c("okay it's " + money())
    return c


@neg
def neg_move_in_date():
    c = Case("negative", "call/utilities: move-in and previous-tenancy dates spoken like a DOB but not one")
    c.c("we moved in on the " + pick("third of may", "twenty first of june", "ninth of january") + " " + pick("two thousand and nineteen", "twenty twenty two", "twenty twenty four") + " and the previous tenants left in " + R.choice(MONTH_NAMES))
    c.a("thanks so i'll backdate the account to that date and the opening reading was " + say_digits(gen_digits(5), Voice(uk=True)))
    return c


@neg
def neg_ages_spoken():
    c = Case("negative", "call/insurance: ages, years of no-claims and vehicle year")
    c.c("i'm " + say_number(R.randint(19, 80)) + " and my son is " + say_number(R.randint(17, 25)) + " he'd be the named driver")
    c.a("okay and the car is a " + pick("twenty nineteen", "two thousand and fifteen", "twenty twenty one") + " model with " + say_number(R.randint(2, 9)) + " years no claims")
    return c


@neg
def neg_chat_times():
    c = Case("negative", "chat/telecom: clock times, durations, counts")
    c.c("called at %02d:%02d, waited %d mins, got cut off %d times. Then again at %d.%02dpm" % (R.randint(8, 17), R.randint(0, 59), R.randint(10, 95), R.randint(2, 5), R.randint(1, 5), R.randint(0, 59)))
    c.a("I'm really sorry. I've added a credit of £%d.00 and noted %d calls on your account." % (R.randint(5, 30), R.randint(2, 6)))
    return c


@neg
def neg_percent_spoken():
    c = Case("negative", "call/banking: APR and loan figures spoken")
    c.a("the rate is " + say_number(R.randint(2, 19)) + " point " + UNIT_WORDS[R.randint(0, 9)] + " percent a p r over " + say_number(R.choice([24, 36, 48, 60])) + " months")
    c.c("so what would the monthly be on " + say_number(R.choice([5000, 7500, 12000, 15000])) + " pounds")
    c.a("that'd be about " + say_number(R.randint(150, 600)) + " pounds a month")
    return c


@neg
def neg_holiday_booking_chat():
    c = Case("negative", "chat/travel: party size, nights, price, booking reference")
    c.c("Booking %s: %d adults, kids: %d, %d nights from %d/%d, total £%d,%03d" % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), R.randint(1, 4), R.randint(0, 3), R.randint(3, 14), R.randint(1, 28), R.randint(1, 12), R.randint(1, 9), R.randint(0, 999)))
    c.a("Thanks! Flight FR%d departs at %02d:%02d." % (R.randint(100, 9999), R.randint(5, 22), R.randint(0, 59)))
    return c


@neg
def neg_parcel_weight_dims():
    c = Case("negative", "chat/retail: parcel dimensions, weight, store number")
    c.c("parcel is %dx%dx%dcm, %d.%dkg, dropped at store %d" % (R.randint(10, 80), R.randint(10, 60), R.randint(5, 40), R.randint(1, 20), R.randint(0, 9), R.randint(100, 9999)))
    c.a("Thanks, it'll be delivered in %d-%d working days." % (R.randint(1, 3), R.randint(4, 7)))
    return c


@neg
def neg_ref_grouped_chat():
    r = gen_digits(9, True)
    c = Case("negative", "chat/insurance: nine digit policy reference typed 3-3-3 with its reference word")
    c.c("my policy number is %s-%s-%s, renewal quote went up %d%%" % (r[:3], r[3:6], r[6:], R.randint(5, 40)))
    c.a("Thanks, I can see policy %s%s%s. The new premium is £%d.%02d." % (r[:3], r[3:6], r[6:], R.randint(200, 900), R.randint(0, 99)))
    return c


@neg
def neg_tracking_pairs():
    v = Voice()
    t = gen_digits(10, True)
    c = Case("negative", "call/retail: ten digit tracking number read in pairs with its reference word")
    c.a("have you got the tracking number")
    c.c("tracking number " + " ".join(say_pair(t[i:i + 2], v) for i in range(0, 10, 2)))
    c.a("thanks that parcel is at the depot and due on " + pick("monday", "wednesday") + " before " + pick("six", "noon"))
    return c


@neg
def neg_bill_amounts_spoken():
    c = Case("negative", "call/utilities: bill breakdown, unit rates and standing charge")
    c.a("your bill is " + money() + " that's " + say_number(R.randint(100, 900)) + " units at " + say_number(R.randint(20, 35)) + " point " + UNIT_WORDS[R.randint(1, 9)] + " pence")
    c.c("and the standing charge")
    c.a(say_number(R.randint(40, 60)) + " pence a day for " + say_number(R.randint(28, 31)) + " days")
    return c


# ---------------------------------------------------------------------------
# instances per template (positives default 3, negatives default 4)
REPS = {"card_spoken_one_turn": 6, "card_split_turns": 5, "card_correction": 4, "card_chat": 4,
        "card_readback": 4, "ssn_spoken": 6, "ssn_typed": 5, "ssn_split": 4, "ni_spoken": 6,
        "ni_typed": 5, "ni_homophones": 4, "ni_nato": 4, "bank_uk_chat": 4, "sortcode_ie_chat": 4,
        "dob_spoken": 4, "dob_typed": 4,
        "neg_order_number": 6, "neg_invoice_spoken": 6, "neg_reference_long": 6, "neg_claim": 5,
        "neg_meter": 5, "neg_move_in_date": 5, "neg_appointment": 5}


def build():
    recs, metas = [], []
    # round-robin over templates so every template is used, then random
    plan = [f for f in POS for _ in range(REPS.get(f.__name__, 3))]
    R.shuffle(plan)
    for i, fn in enumerate(plan):
        rec, groups = fn().render("%s-pos-%03d" % (PREFIX, i + 1))
        recs.append(rec)
        metas.append(groups)
    plan = [f for f in NEG for _ in range(REPS.get(f.__name__, 4))]
    R.shuffle(plan)
    for i, fn in enumerate(plan):
        rec, groups = fn().render("%s-neg-%03d" % (PREFIX, i + 1))
        recs.append(rec)
        metas.append(groups)
    return recs, metas


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def counts(recs):
    cnt = Counter(s["type"] for r in recs for s in r["spans"])
    return cnt


def readme(recs):
    cnt = counts(recs)
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = sum(r["kind"] == "negative" for r in recs)
    rows = "\n".join("| %s | %d |" % (t, cnt.get(t, 0)) for t in TYPES)
    return README_TEMPLATE.format(npos=npos, nneg=nneg, rows=rows, total=sum(cnt.values()), seed=SEED)


README_TEMPLATE = """# pii_holdout64 - held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data its authors have not seen. Do not add its cases to training data, do not
tune patterns, thresholds or word lists against it, and do not copy its values
into other fixtures.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
read the redaction code (`src/convo/redact/`), its tests, its documentation,
the benchmark script, or any other PII fixture; the only data seen was a
three-line example of the JSONL format. The redactor was never run while
writing this set.

The cases are generated by `scripts/make_pii_holdout64.py` (standard library
only, one `random.Random({seed})`, byte-for-byte reproducible). Every turn is
assembled from plain-text segments and labelled `(value, TYPE)` segments, so
offsets are computed rather than typed. `--check` regenerates the file,
compares it byte for byte, and verifies ids, offsets, word boundaries,
overlaps, and that each labelled value is valid after its spoken form is
normalised (Luhn for cards, mod-97 for IBANs, NI format and prefix rules,
nine digits for SSN, six for sort codes, digit counts for CVV, phone and
account numbers, UK postcode / US ZIP shapes). Digit groups spoken as
words are also parsed back at generation time and compared with the value
they were made from. Values split over turns are validated after joining
their parts; deliberately wrong fragments (self-corrections, typos, a
repeated block) are labelled but only checked to parse, not validated.

## Contents

{npos} positive cases, {nneg} negative cases, {total} labelled spans.

| type | spans |
|---|---|
{rows}

Phone-call turns are written the way an ASR transcript would write them:
lower case, little punctuation, numbers as words ("oh", "o", "zero",
"nought"), "double"/"triple", pairs ("forty one eleven"), hundreds
("nineteen hundred", "four hundred and twelve"), ASR homophones ("for" for
four, "to"/"too" for two, "ate", "won"; "see", "bee", "jay", "are", "why"
for letters), phonetic spelling ("j for juliet", "b as in bravo", "m for
mary"), fillers, values split over several customer turns with agent
back-channels, self-corrections and agent read-backs. Chat turns are typed
with varied separators, case and spacing.

## Annotation conventions

* A span covers the value from its first to its last spoken or typed
  character. Lead-in words ("it's", "my number is", "card no.") are outside.
* Separators and hesitation words *between* parts of one value inside the same
  turn ("dash", "slash", "um", "uh", "and" in "four hundred and twelve", "of"
  in "third of may", commas and spaces) are inside the span.
* Phonetic spellings are inside the span in full: "j for juliet" is one
  letter and the whole phrase is labelled.
* A value split over several turns gets one span per turn; agent
  back-channels between them are not labelled.
* When a caller or agent says a wrong value and corrects it, both the wrong
  fragment and the correct value are labelled with the value's type (a wrong
  card group is still card data); the correction phrase ("sorry no") is not.
* Agent read-backs of a value are labelled like the customer's own reading.
* CARD_NUMBER covers only the card number; expiry and security code are
  separate EXPIRY and CVV spans.
* DOB spans cover the whole date ("fourteenth of march nineteen eighty two",
  "03/14/1982"); ADDRESS covers house number, street name and street type only
  (town and postcode are outside; postcode is its own POSTCODE span).
* EMAIL covers the full address, spoken ("j dot murphy at gmail dot com") or
  typed.
* Negative cases contain no personal data at all: amounts, balances, prices,
  times, durations, counts, years, percentages, non-birth dates, order /
  ticket / claim / invoice / reference numbers (with their reference word,
  up to ten digits), flight and room numbers, model numbers, meter readings,
  speeds, ages and temperatures. Any redaction in a negative case is a false
  positive.
* Positive cases may also contain such non-PII numbers, unlabelled.
"""


def check_records(recs, metas):
    errs = []
    ids = set()
    for r, groups in zip(recs, metas):
        if r["id"] in ids:
            errs.append("duplicate id " + r["id"])
        ids.add(r["id"])
        if r["kind"] == "negative" and r["spans"]:
            errs.append(r["id"] + ": negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(r["id"] + ": positive without spans")
        by_turn = {}
        for s, (grp, alt, val) in zip(r["spans"], groups):
            txt = r["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(txt)):
                errs.append("%s: span out of range %s" % (r["id"], s))
                continue
            if txt[s["start"]:s["end"]] != val:
                errs.append("%s: span text mismatch" % r["id"])
            if val != val.strip():
                errs.append("%s: span has outer whitespace %r" % (r["id"], val))
            if s["start"] > 0 and txt[s["start"] - 1].isalnum():
                errs.append("%s: span start not on word boundary %r" % (r["id"], val))
            if s["end"] < len(txt) and txt[s["end"]].isalnum():
                errs.append("%s: span end not on word boundary %r" % (r["id"], val))
            if s["type"] not in TYPES:
                errs.append("%s: bad type %s" % (r["id"], s["type"]))
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for t, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans in turn %d" % (r["id"], t))
        # value validation: spans with same group concatenate; None = own group
        merged = {}
        order = []
        for k, (s, (grp, alt, val)) in enumerate(zip(r["spans"], groups)):
            if alt:
                # corrected/wrong fragments: must parse cleanly
                try:
                    if s["type"] != "EMAIL":
                        parse_spoken(val)
                except ParseError as e:
                    errs.append("%s: %s" % (r["id"], e))
                continue
            key = (s["type"], grp if grp is not None else "#%d" % k)
            if key not in merged:
                merged[key] = []
                order.append(key)
            merged[key].append(val)
        for key in order:
            e = validate_value(key[0], " ".join(merged[key]))
            if e:
                errs.append("%s: %s" % (r["id"], e))
    return errs


def main(argv):
    recs, metas = build()
    text = dump(recs)
    rd = readme(recs)
    if "--check" in argv:
        errs = check_records(recs, metas)
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
        cnt = counts(recs)
        npos = sum(r["kind"] == "positive" for r in recs)
        nneg = sum(r["kind"] == "negative" for r in recs)
        if npos < 170 or nneg < 100:
            errs.append("too few cases %d/%d" % (npos, nneg))
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if cnt.get(t, 0) < need:
                errs.append("too few %s spans: %d < %d" % (t, cnt.get(t, 0), need))
        print("positives=%d negatives=%d spans=%d" % (npos, nneg, sum(cnt.values())))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt.get(t, 0)))
        for e in errs:
            print("ERROR", e)
        print("check: %s (%d problems)" % ("FAIL" if errs else "OK", len(errs)))
        return 1 if errs else 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(rd, encoding="utf-8")
    print("wrote %d cases to %s" % (len(recs), CASES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

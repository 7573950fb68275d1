#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout55``.

Written by an AI helper acting as an independent author (it did not see the
redaction code or any other fixture).  Standard library only.

    python scripts/make_pii_holdout55.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout55.py --check  # regenerate, compare, validate

Every turn is assembled from plain-text segments and (value, TYPE) segments,
so span offsets are computed, never typed by hand.  All randomness comes from
one ``random.Random(55241123)``; output is byte-for-byte reproducible.
"""
import datetime
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 55241123
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout55")
CASES_PATH = os.path.join(OUT_DIR, "cases.jsonl")
README_PATH = os.path.join(OUT_DIR, "README.md")
PREFIX = "h55"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
MIN_POS, MIN_NEG = 170, 100

R = random.Random(SEED)

# ---------------------------------------------------------------------------
# number words
# ---------------------------------------------------------------------------
UNIT_NAME = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four",
             "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "nine"}
TEEN_NAME = {"10": "ten", "11": "eleven", "12": "twelve", "13": "thirteen",
             "14": "fourteen", "15": "fifteen", "16": "sixteen",
             "17": "seventeen", "18": "eighteen", "19": "nineteen"}
TENS_NAME = {"2": "twenty", "3": "thirty", "4": "forty", "5": "fifty",
             "6": "sixty", "7": "seventy", "8": "eighty", "9": "ninety"}
HOMO_OUT = {"2": ["to", "too"], "4": ["for"], "8": ["ate"]}

UNITS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "naught": "0",
         "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
         "six": "6", "seven": "7", "eight": "8", "nine": "9"}
ZERO_WORDS = {"zero", "oh", "o", "nought", "naught"}
HOMO_DIG = {"to": "2", "too": "2", "for": "4", "ate": "8", "won": "1"}
TEENS = {v: k for k, v in TEEN_NAME.items()}
TENS = {v: k for k, v in TENS_NAME.items()}
NATO_WORD = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta",
             "e": "echo", "f": "foxtrot", "g": "golf", "h": "hotel",
             "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
             "n": "november", "o": "oscar", "p": "papa", "q": "quebec",
             "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
             "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
             "z": "zulu"}
NATO = {v: k for k, v in NATO_WORD.items()}
NATO.update({"alfa": "a", "juliett": "j", "whisky": "w"})
# everyday "x for ..." words callers use instead of NATO
FOR_WORDS = {"a": ["apple"], "b": ["bob", "bertie"], "c": ["cat"],
             "d": ["dog", "david"], "e": ["edward"], "g": ["george"],
             "h": ["harry"], "j": ["john", "jack"], "k": ["king"],
             "l": ["london"], "m": ["mother", "mary"], "n": ["nancy"],
             "p": ["peter"], "r": ["robert"], "s": ["sugar", "sam"],
             "t": ["tommy"], "w": ["william"], "x": ["xmas"],
             "y": ["yellow"], "z": ["zebra"]}
LETTER_HOMO_OUT = {"b": "bee", "c": "see", "d": "dee", "g": "gee", "j": "jay",
                   "k": "kay", "p": "pee", "r": "are", "t": "tee", "y": "why",
                   "z": "zed", "x": "ex", "s": "ess", "m": "em", "n": "en",
                   "q": "queue", "a": "ay"}
LETTER_HOMO = {v: k for k, v in LETTER_HOMO_OUT.items()}
LETTER_HOMO.update({"sea": "c", "tea": "t", "zee": "z", "cue": "q", "pea": "p"})
FILLERS = {"um", "uh", "er", "erm", "ah", "sorry", "hmm"}
SEPWORDS = {"dash", "hyphen", "slash", "stroke", "space", "plus"}


class ParseError(ValueError):
    pass


def _item(toks, i):
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if any(ch.isdigit() for ch in t):
        return t, i + 1
    if t in TENS:
        if nxt in UNITS and nxt not in ZERO_WORDS:
            return TENS[t] + UNITS[nxt], i + 2
        return TENS[t] + "0", i + 1
    if t in TEENS:
        return TEENS[t], i + 1
    if t in UNITS:
        return UNITS[t], i + 1
    if t == "hundred":
        return "00", i + 1
    if t == "thousand":
        return "000", i + 1
    if len(t) == 1:
        if (nxt == "for" and i + 2 < len(toks) and toks[i + 2][0] == t
                and toks[i + 2] not in UNITS and toks[i + 2] not in TENS
                and toks[i + 2] not in TEENS):
            return t, i + 3
        return t, i + 1
    if t in NATO:
        return NATO[t], i + 1
    if t in LETTER_HOMO:
        return LETTER_HOMO[t], i + 1
    if t in HOMO_DIG:
        return HOMO_DIG[t], i + 1
    if t.isalpha() and len(t) <= 4:
        return t, i + 1  # typed letter block, e.g. "QQ", "nwbk"
    raise ParseError("unparseable token %r" % t)


def parse_chars(text, extra_skip=()):
    """Normalise a typed or spoken value to upper-case letters/digits."""
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in FILLERS or t in SEPWORDS or t in extra_skip:
            i += 1
            continue
        if t in ("double", "triple"):
            if i + 1 >= len(toks):
                raise ParseError("dangling %s" % t)
            sub, j = _item(toks, i + 1)
            if len(sub) != 1:
                raise ParseError("double of multi-char item")
            out.append(sub * (2 if t == "double" else 3))
            i = j
            continue
        sub, i = _item(toks, i)
        out.append(sub)
    return "".join(out).upper()


MONTHS = {}
for _i, _m in enumerate(["january", "february", "march", "april", "may", "june",
                         "july", "august", "september", "october", "november",
                         "december"], 1):
    MONTHS[_m] = _i
    MONTHS[_m[:3]] = _i
MONTHS["sept"] = 9
MONTH_NAME = {v: k for k, v in MONTHS.items() if len(k) > 4 or k == "may"}
MONTH_NAME[6] = "june"
MONTH_NAME[7] = "july"
ORD_NAME = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth",
            6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth",
            11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
            15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
            18: "eighteenth", 19: "nineteenth", 20: "twentieth",
            30: "thirtieth"}
ORD = {v: k for k, v in ORD_NAME.items()}
DATE_SKIP = {"the", "of", "comma"}


def parse_date(text):
    toks = re.findall(r"[a-z0-9]+", text.lower())
    month = oday = None
    rest = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in MONTHS:
            month = MONTHS[t]
            i += 1
            continue
        if t == "two" and i + 1 < len(toks) and toks[i + 1] == "thousand":
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            if j < len(toks) and toks[j] in UNITS and toks[j] not in ZERO_WORDS:
                rest.append("200" + UNITS[toks[j]])
                i = j + 1
                continue
        m = re.fullmatch(r"(\d{1,2})(st|nd|rd|th)", t)
        if m:
            oday = int(m.group(1))
            i += 1
            continue
        if t in ("twenty", "thirty") and i + 1 < len(toks) and toks[i + 1] in ORD \
                and ORD[toks[i + 1]] < 10:
            oday = int(TENS[t]) * 10 + ORD[toks[i + 1]]
            i += 2
            continue
        if t in ORD:
            oday = ORD[t]
            i += 1
            continue
        rest.append(t)
        i += 1
    digits = parse_chars(" ".join(rest), extra_skip=DATE_SKIP)
    return month, oday, digits


def dob_ok(text, y, m, d):
    month, oday, D = parse_date(text)
    if not D.isdigit():
        return False
    years = {str(y), str(y)[2:]}
    if month is not None:
        if month != m:
            return False
        if oday is not None:
            return oday == d and D in years
        for k in (1, 2):
            if D[:k] and int(D[:k]) == d and D[k:] in years:
                return True
            if D[-k:] and int(D[-k:]) == d and D[:-k] in years:
                return True
        return False
    if oday is not None:
        return False
    if D == "%04d%02d%02d" % (y, m, d):
        return True
    for a in (1, 2):
        for b in (1, 2):
            p, q, r = D[:a], D[a:a + b], D[a + b:]
            if p and q and r in years and (int(p), int(q)) in ((d, m), (m, d)):
                return True
    return False


def expiry_ok(text, m, y):
    month, oday, D = parse_date(text)
    if oday is not None or not D.isdigit():
        return False
    years = {str(y), str(y)[2:]}
    if month is not None:
        return month == m and D in years
    for a in (1, 2):
        if D[:a] and int(D[:a]) == m and D[a:] in years:
            return True
    return False


def email_norm(text):
    toks = re.findall(r"[a-z0-9]+|[@._\-+]", text.lower())
    out = []
    num = []
    numwords = set(UNITS) - {"o"} | set(TEENS) | set(TENS) | {"double", "triple"}

    def flush():
        if num:
            out.append(parse_chars(" ".join(num)).lower())
            del num[:]
    for t in toks:
        if t in numwords:
            num.append(t)
            continue
        flush()
        if t == "at":
            out.append("@")
        elif t in ("dot", "period", "point"):
            out.append(".")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in FILLERS:
            continue
        else:
            out.append(t)
    flush()
    return "".join(out)


STREET_WORDS = {"street", "st", "road", "rd", "lane", "ln", "avenue", "ave",
                "drive", "dr", "close", "way", "court", "ct", "crescent",
                "place", "boulevard", "blvd", "terrace", "grove", "gardens",
                "park", "row", "hill", "square", "walk", "mews"}


def address_ok(text):
    toks = re.findall(r"[a-z0-9]+", text.lower())
    has_num = any(t.isdigit() or t in UNITS or t in TEENS or t in TENS for t in toks)
    return has_num and bool(toks) and toks[-1] in STREET_WORDS


# ---------------------------------------------------------------------------
# value validators (canonical values)
# ---------------------------------------------------------------------------
def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise AssertionError


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "ES": 24, "FR": 27, "IT": 27,
            "BE": 16}


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    re_ = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in re_)
    return int(num) % 97 == 1


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
US_ZIP_RE = re.compile(r"^\d{5}(\d{4})?$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._\-+]*@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")


def ssn_ok(s):
    return (re.fullmatch(r"\d{9}", s) is not None and s[:3] not in ("000", "666")
            and s[0] != "9" and s[3:5] != "00" and s[5:] != "0000")


def canon_ok(typ, canon):
    if typ == "CARD_NUMBER":
        return canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "CVV":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ == "EXPIRY":
        m, y = canon
        return 1 <= m <= 12 and 2024 <= y <= 2034
    if typ == "SSN":
        return ssn_ok(canon)
    if typ == "NI_NUMBER":
        return NI_RE.match(canon) is not None
    if typ == "BANK_ACCOUNT":
        return canon.isdigit() and 6 <= len(canon) <= 17
    if typ == "SORT_CODE":
        return canon.isdigit() and len(canon) == 6
    if typ == "IBAN":
        return iban_ok(canon)
    if typ == "PHONE":
        return canon.isdigit() and 10 <= len(canon) <= 13
    if typ == "EMAIL":
        return EMAIL_RE.match(canon) is not None
    if typ == "DOB":
        y, m, d = canon
        datetime.date(y, m, d)
        return 1930 <= y <= 2008
    if typ == "POSTCODE":
        return UK_PC_RE.match(canon) is not None or US_ZIP_RE.match(canon) is not None
    if typ == "ADDRESS":
        return address_ok(canon)
    return False


def surface_ok(typ, text, canon):
    """Does the (concatenated) surface text normalise to the canonical value?"""
    if typ == "EMAIL":
        return email_norm(text) == canon
    if typ == "DOB":
        return dob_ok(text, *canon)
    if typ == "EXPIRY":
        return expiry_ok(text, *canon)
    if typ == "ADDRESS":
        return address_ok(text)
    return parse_chars(text) == canon.upper()


# ---------------------------------------------------------------------------
# rendering helpers
# ---------------------------------------------------------------------------
def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def zero_word(locale):
    if locale == "US":
        return pick(["zero", "oh", "oh", "o"])
    return pick(["oh", "oh", "o", "nought", "zero"])


def w_digit(d, z):
    return z if d == "0" else UNIT_NAME[d]


def w_pair(p, z):
    a, b = p
    if a == "0":
        return "%s %s" % (z, w_digit(b, z))
    if a == "1":
        return TEEN_NAME[p]
    if b == "0":
        return TENS_NAME[a]
    return "%s %s" % (TENS_NAME[a], UNIT_NAME[b])


def w_single(g, z, runs=True, homo=False):
    out = []
    i = 0
    while i < len(g):
        d = g[i]
        j = i
        while j < len(g) and g[j] == d:
            j += 1
        n = j - i
        if runs and n >= 2 and chance(0.75):
            while n >= 2:
                if n == 3 or (n > 3 and chance(0.5)):
                    out.append("triple " + w_digit(d, z))
                    n -= 3
                else:
                    out.append("double " + w_digit(d, z))
                    n -= 2
            if n == 1:
                out.append(w_digit(d, z))
        else:
            for _ in range(n):
                if homo and d in HOMO_OUT and chance(0.5):
                    out.append(pick(HOMO_OUT[d]))
                else:
                    out.append(w_digit(d, z))
        i = j
    return " ".join(out)


def w_group(g, z, style):
    if style == "numeral":
        return g if chance(0.5) else " ".join(g)
    if style == "hundreds" and g[0] != "0" and len(g) in (3, 4) and g.endswith("00"):
        if len(g) == 3:
            return UNIT_NAME[g[0]] + " hundred"
        if g[:2] != "00":
            return w_pair(g[:2], z) + " hundred"
    if style in ("pairs", "hundreds") and len(g) >= 2:
        parts = []
        k = 0
        if len(g) % 2 == 1:
            parts.append(w_digit(g[0], z))
            k = 1
        while k < len(g):
            parts.append(w_pair(g[k:k + 2], z))
            k += 2
        return " ".join(parts)
    if style == "homo":
        return w_single(g, z, runs=False, homo=True)
    return w_single(g, z, runs=(style != "plain"))


def split_groups(s, sizes):
    out = []
    k = 0
    for n in sizes:
        out.append(s[k:k + n])
        k += n
    assert k == len(s), (s, sizes)
    return out


def render_checked(fn, canon, fallback):
    for _ in range(40):
        s = fn()
        try:
            if parse_chars(s) == canon.upper():
                return s
        except ParseError:
            pass
    return fallback()


def say_digits(s, sizes, locale="UK", styles=None, filler=0.0, sep=" "):
    """Spoken rendering of a digit string, grouped by sizes, verified."""
    styles = styles or ["single", "single", "pairs", "hundreds", "plain"]
    z = zero_word(locale)

    def fn():
        parts = []
        for g in split_groups(s, sizes):
            parts.append(w_group(g, z, pick(styles)))
        out = parts[0]
        for p in parts[1:]:
            if filler and chance(filler):
                out += " %s %s" % (pick(["um", "uh", "er", "erm"]), p)
            else:
                out += sep + p
        return out

    def fb():
        return " ".join(w_single(g, z, runs=False) for g in split_groups(s, sizes))
    return render_checked(fn, s, fb)


def say_letter(L, style):
    L = L.lower()
    if style == "nato_for":
        return "%s for %s" % (L, NATO_WORD[L])
    if style == "for_word" and L in FOR_WORDS:
        return "%s for %s" % (L, pick(FOR_WORDS[L]))
    if style == "nato":
        return NATO_WORD[L]
    if style == "homo" and L in LETTER_HOMO_OUT:
        return LETTER_HOMO_OUT[L]
    return L


def say_alnum(s, locale="UK", letter_styles=("plain",), digit_styles=None,
              sizes=None):
    """Speak a mixed letter/digit string: letters one by one, digit runs grouped."""
    z = zero_word(locale)
    digit_styles = digit_styles or ["single", "pairs", "plain"]

    def fn():
        out = []
        for run in re.findall(r"[A-Za-z]|\d+", s):
            if run.isdigit():
                if len(run) > 4 and chance(0.5):
                    gs = [run[k:k + 2] for k in range(0, len(run), 2)]
                    out.append(" ".join(w_group(g, z, pick(digit_styles)) for g in gs))
                else:
                    out.append(w_group(run, z, pick(digit_styles)))
            else:
                out.append(say_letter(run, pick(list(letter_styles))))
        return " ".join(out)

    def fb():
        return " ".join(w_digit(c, z) if c.isdigit() else c.lower() for c in s)
    return render_checked(fn, s, fb)


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
def rdigits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


CARD_KINDS = [("visa", "4", 16), ("visa", "4", 16), ("mc", "5", 16),
              ("mc", "2", 16), ("amex", "3", 15), ("disc", "6011", 16),
              ("visa13", "4", 13), ("maestro", "6759", 19), ("visa19", "4", 19),
              ("mc", "5", 16), ("visa", "4", 16)]


def gen_card(kind=None):
    while True:
        k = kind or pick(CARD_KINDS)
        name, pre, n = k
        if name == "mc" and pre == "5":
            pre = "5" + str(R.randint(1, 5))
        elif name == "mc":
            pre = str(R.randint(2221, 2720))
        elif name == "amex":
            pre = pick(["34", "37"])
        body = pre + rdigits(n - 1 - len(pre))
        body = list(body)
        # sometimes force repeated digits / round groups for doubles & hundreds
        if chance(0.35) and n >= 16:
            gi = pick([4, 8])
            body[gi + 2] = body[gi + 3] = "0"
        if chance(0.35) and n >= 16:
            gi = pick([8, 4])
            d = str(R.randrange(10))
            body[gi] = body[gi + 1] = d
        body = "".join(body)
        num = body + luhn_digit(body)
        if luhn_ok(num):
            return num


def card_sizes(num):
    n = len(num)
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 3, 3, 3]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def gen_ssn():
    while True:
        s = "%03d%02d%04d" % (R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999))
        if ssn_ok(s):
            if chance(0.2):
                s = s[:3] + s[3:5] + s[5:7] + "00"
                if not ssn_ok(s):
                    continue
            return s


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"  # O avoided on purpose (ambiguous with zero when spoken)
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = pick(NI_FIRST) + pick(NI_SECOND)
        if p in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        s = p + rdigits(6) + pick("ABCD")
        if NI_RE.match(s):
            return s


IBAN_SPEC = [("GB", ["NWBK", "BARC", "HBUK", "MIDL"], 14),
             ("IE", ["AIBK", "IPBS"], 14), ("DE", [""], 18), ("NL", ["ABNA", "INGB"], 10),
             ("ES", [""], 20), ("FR", [""], 23), ("BE", [""], 12)]


def gen_iban(country=None):
    spec = [s for s in IBAN_SPEC if country is None or s[0] == country]
    cc, banks, n = pick(spec)
    bban = pick(banks) + rdigits(n)
    re_ = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in re_))
    check = 98 - num % 97
    s = cc + "%02d" % check + bban
    assert iban_ok(s), s
    return s


UK_AREAS = ["SW", "SE", "NW", "N", "E", "W", "EC", "WC", "M", "B", "L", "G", "EH",
            "CF", "BS", "LS", "NE", "CB", "BT", "LE", "NG", "RG", "GU", "BN", "KT",
            "TW", "CR", "SK", "WA", "CH", "DE", "ST", "HU", "YK"]
UK_IN = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode():
    a = pick(UK_AREAS)
    if a in ("EC", "WC", "SW", "W") and chance(0.3):
        out = a + str(R.randint(1, 2 if a != "W" else 1)) + pick("ABH")
    else:
        out = a + str(R.randint(1, 29 if len(a) == 2 else 20))
    s = out + str(R.randint(1, 9)) + pick(UK_IN) + pick(UK_IN)
    assert UK_PC_RE.match(s), s
    return s


def fmt_uk_postcode(s):
    return s[:-3] + " " + s[-3:]


US_STREETS = ["Maple", "Oak", "Cedar", "Pine", "Elm", "Washington", "Lincoln",
              "Lakeview", "Sunset", "Highland", "Park", "Hillcrest", "Ridge"]
UK_STREETS = ["Mill", "Station", "Church", "Victoria", "Manor", "Kings", "Queens",
              "Meadow", "Orchard", "Willow", "Beech", "Albert", "Chapel"]
US_SUFFIX = ["Street", "Avenue", "Drive", "Boulevard", "Court", "Lane", "Road", "Way"]
UK_SUFFIX = ["Road", "Lane", "Close", "Street", "Avenue", "Crescent", "Grove",
             "Gardens", "Terrace", "Way", "Mews"]
US_CITIES = [("Columbus", "OH"), ("Denver", "CO"), ("Austin", "TX"), ("Tampa", "FL"),
             ("Portland", "OR"), ("Raleigh", "NC"), ("Phoenix", "AZ")]
UK_TOWNS = ["Leeds", "Bristol", "Croydon", "Reading", "Stockport", "Derby", "Hull",
            "Cardiff", "Glasgow", "Edinburgh", "Belfast", "Leicester"]
FIRST = ["james", "sarah", "mike", "laura", "tom", "emma", "dave", "rachel",
         "chris", "katie", "paul", "nina", "sean", "aoife", "priya", "marcus",
         "helen", "gary", "fiona", "lukas", "ana", "declan"]
LAST = ["smith", "patel", "murphy", "walsh", "khan", "jensen", "brennan",
        "fletcher", "garcia", "nguyen", "kowalski", "reilly", "hughes",
        "baker", "turner", "mills", "shaw", "kelly", "price", "lewis"]
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.co.uk", "outlook.com", "icloud.com",
           "btinternet.com", "eircom.net", "aol.com", "live.ie", "gmx.de",
           "protonmail.com", "sky.com"]


def gen_email():
    f, l = pick(FIRST), pick(LAST)
    dom = pick(DOMAINS)
    form = R.randrange(6)
    num = str(R.randint(1, 99)) if chance(0.5) else ""
    if form == 0:
        local = f + "." + l
    elif form == 1:
        local = f[0] + "." + l + num
    elif form == 2:
        local = f + "_" + l + num
    elif form == 3:
        local = f + l + (num or str(R.randint(70, 99)))
    elif form == 4:
        local = l + "." + f + num
    else:
        local = f + "-" + l
    return local + "@" + dom


def say_email(e):
    local, dom = e.split("@")
    out = []
    for tok in re.findall(r"[a-z]+|\d+|[._\-]", local):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append(pick(["dash", "hyphen"]))
        elif tok.isdigit():
            out.append(w_group(tok, "oh", pick(["single", "pairs"])) if len(tok) > 1
                       else UNIT_NAME[tok])
        elif len(tok) == 1:
            out.append(tok)
        elif chance(0.2) and "o" not in tok:
            out.append(" ".join(tok))  # spelled out letter by letter
        else:
            out.append(tok)
    out.append(pick(["at", "at", "at"]))
    for tok in re.findall(r"[a-z]+|\.", dom):
        out.append("dot" if tok == "." else tok)
    s = " ".join(out)
    assert email_norm(s) == e, (s, e)
    return s


def gen_phone(locale):
    if locale == "UK":
        k = R.randrange(3)
        if k == 0:
            d = "07" + str(R.randint(4, 9)) + rdigits(8)
            return d, [5, 6]
        if k == 1:
            d = "020" + pick(["7", "8", "3"]) + rdigits(7)
            return d, [3, 4, 4]
        d = "01" + rdigits(3) + rdigits(6)
        return d, [5, 6]
    if locale == "US":
        d = str(R.randint(2, 9)) + rdigits(2) + str(R.randint(2, 9)) + rdigits(6)
        return d, [3, 3, 4]
    if locale == "IE":
        d = "08" + pick("35679") + rdigits(7)
        return d, [3, 3, 4]
    d = "0" + pick(["30", "89", "40"]) + rdigits(8)
    return d, [3, 4, 4]


def fmt_phone_typed(d, sizes, locale):
    k = R.randrange(5)
    g = split_groups(d, sizes)
    if locale == "US":
        if k == 0:
            return "(%s) %s-%s" % tuple(g), d
        if k == 1:
            return "+1 %s %s %s" % tuple(g), "1" + d
        if k == 2:
            return "%s.%s.%s" % tuple(g), d
        if k == 3:
            return "1-%s-%s-%s" % tuple(g), "1" + d
        return "".join(g), d
    cc = {"UK": "44", "IE": "353", "DE": "49"}[locale]
    if k in (0, 1):
        intl = [g[0][1:]] + g[1:]
        sep = " " if k == 0 else ""
        return "+" + cc + " " + sep.join(intl) if k == 0 else "+" + cc + "".join(intl), cc + d[1:]
    if k == 2:
        return "-".join(g), d
    if k == 3:
        return " ".join(g), d
    return d, d


def gen_dob():
    y = R.randint(1938, 2005)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return (y, m, d)


def ordinal_suffix(d):
    if 10 <= d % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def say_ordinal(d):
    if d in ORD_NAME:
        return ORD_NAME[d]
    return "%s %s" % (TENS_NAME[str(d // 10)], ORD_NAME[d % 10])


def say_year(y):
    s = str(y)
    if s.startswith("20"):
        if chance(0.5):
            return "two thousand and %s" % UNIT_NAME[s[3]] if s[2] == "0" else "twenty " + w_pair(s[2:], "oh")
        return "twenty " + w_pair(s[2:], "oh")
    return "%s %s" % (w_pair(s[:2], "oh"), w_pair(s[2:], "oh"))


def typed_dob(dob, locale):
    y, m, d = dob
    k = R.randrange(7)
    if k == 0:
        return ("%02d/%02d/%d" % (m, d, y)) if locale == "US" else ("%02d/%02d/%d" % (d, m, y))
    if k == 1:
        return ("%d-%d-%02d" % (m, d, y % 100)) if locale == "US" else ("%d.%d.%02d" % (d, m, y % 100))
    if k == 2:
        return "%d %s %d" % (d, MONTH_NAME[m].capitalize(), y)
    if k == 3:
        return "%s %d%s, %d" % (MONTH_NAME[m].capitalize(), d, ordinal_suffix(d), y)
    if k == 4:
        return "%d-%02d-%02d" % (y, m, d)
    if k == 5:
        return "%d%s %s %d" % (d, ordinal_suffix(d), MONTH_NAME[m][:3].capitalize(), y)
    return ("%02d%02d%d" % (m, d, y)) if locale == "US" else ("%02d%02d%d" % (d, m, y))


def spoken_dob(dob, locale):
    y, m, d = dob
    k = R.randrange(5)
    yr = say_year(y) if not str(y).startswith("20") or chance(0.5) else say_year(y)
    if k == 0:
        return "the %s of %s %s" % (say_ordinal(d), MONTH_NAME[m], yr)
    if k == 1:
        return "%s the %s %s" % (MONTH_NAME[m], say_ordinal(d), yr)
    if k == 2:
        return "%s %s %s" % (MONTH_NAME[m], say_ordinal(d), w_pair(str(y)[2:], "oh") if y < 2000 else yr)
    if k == 3:
        # all numbers: dd mm yy (UK/IE) or mm dd yy (US)
        a, b = (m, d) if locale == "US" else (d, m)
        z = zero_word(locale)
        return "%s %s %s" % (w_pair("%02d" % a, z), w_pair("%02d" % b, z), yr)
    return "%s %s %s" % (say_ordinal(d), MONTH_NAME[m], yr)


def gen_expiry():
    return (R.randint(1, 12), R.randint(2025, 2032))


def typed_expiry(exp):
    m, y = exp
    k = R.randrange(6)
    return ["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
            "%02d %02d" % (m, y % 100), "%d/%02d" % (m, y % 100),
            "%s %d" % (MONTH_NAME[m][:3].capitalize(), y)][k]


def spoken_expiry(exp, locale):
    m, y = exp
    z = zero_word(locale)
    yy = "%02d" % (y % 100)
    k = R.randrange(5)
    if k == 0:
        return "%s %s" % (w_pair("%02d" % m, z), w_pair(yy, z))
    if k == 1:
        return "%s %s" % (MONTH_NAME[m], "twenty " + w_pair(yy, z))
    if k == 2:
        return "%s %s" % (UNIT_NAME[str(m)] if m < 10 else TEEN_NAME[str(m)], w_pair(yy, z))
    if k == 3:
        return "%s slash %s" % (w_pair("%02d" % m, z), w_pair(yy, z))
    return "%s %s" % (MONTH_NAME[m], w_pair(yy, z))


def say_street_number(n):
    s = str(n)
    if len(s) <= 2:
        return w_pair(s, "oh") if len(s) == 2 else UNIT_NAME[s]
    if len(s) == 3:
        return UNIT_NAME[s[0]] + " " + w_pair(s[1:], "oh")
    return w_pair(s[:2], "oh") + " " + w_pair(s[2:], "oh")


# ---------------------------------------------------------------------------
# case builder
# ---------------------------------------------------------------------------
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.groups = []   # (type, canonical, partial)
        self.spans = []    # (turn, start, end, type, gid)

    def g(self, typ, canon, partial=False):
        self.groups.append((typ, canon, partial))
        return len(self.groups) - 1

    def v(self, surface, typ, canon, partial=False):
        return (surface, typ, self.g(typ, canon, partial))

    def p(self, surface, typ, gid):
        return (surface, typ, gid)

    def t(self, speaker, *segs):
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                surface, typ, gid = s
                start = len(text)
                text += surface
                self.spans.append((len(self.turns), start, len(text), typ, gid))
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def A(self, *segs):
        return self.t("agent", *segs)

    def C(self, *segs):
        return self.t("customer", *segs)


def BC():
    return pick(["mhm", "okay go on", "yep", "uh huh", "right", "okay", "got that",
                 "yes", "go ahead", "mm hmm", "okay yep"])


INDUSTRY_UK = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
               "government services"]
INDUSTRY_US = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
               "healthcare billing", "government services"]

POS_GENS = []
NEG_GENS = []


def pos(n):
    def deco(fn):
        POS_GENS.append((fn, n))
        return fn
    return deco


def neg(n):
    def deco(fn):
        NEG_GENS.append((fn, n))
        return fn
    return deco


# ---------------------------------------------------------------------------
# CARD_NUMBER
# ---------------------------------------------------------------------------
def fmt_card_typed(num):
    g = split_groups(num, card_sizes(num))
    k = R.randrange(11)
    if k == 0:
        return num
    if k == 1:
        return "-".join(g)
    if k == 2:
        return ".".join(g)
    if k == 3:
        return "  ".join(g)
    if k == 4:
        return " ".join(num)
    if k == 5:
        return " - ".join(g)
    if k == 6:
        out = g[0]
        for x in g[1:]:
            out += pick([" ", "-", " ", ""]) + x
        return out
    if k == 7:
        return "/".join(g)
    if k == 8:
        return "_".join(g)
    return " ".join(g)


CHAT_CARD_ASK = ["Please type the long card number below and I'll process the payment.",
                 "Can you confirm the card number you'd like to use?",
                 "Thanks! What's the card number?",
                 "To set up the payment I'll need the 16-digit number on the card.",
                 "Which card would you like to pay with? Please send the full number."]
CALL_CARD_ASK = ["okay and what's the long number across the front of the card",
                 "can i take the card number please",
                 "right so the sixteen digit number on the front when you're ready",
                 "okay go ahead with the card number",
                 "and the card number starting from the left please"]


@pos(16)
def p_card_chat(i):
    num = gen_card()
    ind = pick(["retail", "telecom", "utilities", "travel", "insurance", "healthcare billing"])
    c = Case("positive", "chat/%s: card typed with odd separators/spacing" % ind)
    c.A(pick(CHAT_CARD_ASK))
    pre = pick(["", "sure its ", "Card number: ", "ok here u go ", "my visa is ", "its ",
                "card no. ", "Number is: ", "here: ", "card - ", "use this one "])
    post = pick(["", ".", " thanks", " thx", " (debit)", " - its a business card",
                 " and please take the full £84.20", " cheers", "!!"])
    c.C(pre, c.v(fmt_card_typed(num), "CARD_NUMBER", num), post)
    if chance(0.4):
        c.A("Thank you, the payment of £%d.%02d has been taken." % (R.randint(5, 300), R.randrange(100)))
    return c


@pos(12)
def p_card_call_one(i):
    num = gen_card()
    loc = pick(["UK", "US", "IE"])
    ind = pick(INDUSTRY_US if loc == "US" else INDUSTRY_UK)
    c = Case("positive", "call/%s: card spoken in one turn (%s zero forms, doubles/pairs/hundreds)" % (ind, loc))
    c.A(pick(CALL_CARD_ASK))
    s = say_digits(num, card_sizes(num), loc, filler=0.3)
    pre = pick(["yeah it's ", "okay it's ", "right ", "um ", "so it's ", "yep ", ""])
    post = pick(["", " that's it", " and that's my debit card", " sorry i'm reading it off the card",
                 " got it"])
    c.C(pre, c.v(s, "CARD_NUMBER", num), post)
    return c


@pos(8)
def p_card_call_pairs(i):
    num = gen_card(pick([("visa", "4", 16), ("mc", "5", 16), ("disc", "6011", 16)]))
    loc = pick(["UK", "US"])
    c = Case("positive", "call/%s: card read in pairs ('forty five thirty nine') and hundreds" %
             pick(["retail", "utilities", "travel"]))
    c.A(pick(CALL_CARD_ASK))
    s = say_digits(num, card_sizes(num), loc, styles=["pairs", "hundreds", "pairs"])
    c.C("it's ", c.v(s, "CARD_NUMBER", num))
    # the agent's question repeats the first four digits: labelled as a card fragment
    g_first = c.g("CARD_NUMBER", num[:4], partial=True)
    c.A("sorry was that ", c.p(say_digits(num[:4], [4], loc, styles=["single"]),
                               "CARD_NUMBER", g_first), " at the start")
    c.C("yes that's right")
    return c


@pos(12)
def p_card_call_split(i):
    num = gen_card(pick([("visa", "4", 16), ("mc", "5", 16), ("amex", "3", 15),
                         ("maestro", "6759", 19), ("mc", "2", 16)]))
    loc = pick(["UK", "US", "IE"])
    ind = pick(INDUSTRY_UK)
    c = Case("positive", "call/%s: card split over customer turns with back-channels" % ind)
    c.A(pick(CALL_CARD_ASK))
    gid = c.g("CARD_NUMBER", num)
    groups = split_groups(num, card_sizes(num))
    if chance(0.4) and len(groups) == 4:
        groups = [groups[0] + groups[1], groups[2], groups[3]]
    for k, g in enumerate(groups):
        s = say_digits(g, [len(g)] if len(g) <= 6 else [4, len(g) - 4], loc)
        pre = pick(["", "", "um ", "right ", "so "]) if k == 0 else pick(["", "", "then ", "uh "])
        post = pick(["", "", " yeah"])
        c.C(pre, c.p(s, "CARD_NUMBER", gid), post)
        if k < len(groups) - 1:
            c.A(pick([BC(), BC(), "and the next four", "okay and then"]))
    return c


@pos(6)
def p_card_chat_split(i):
    num = gen_card(pick([("visa", "4", 16), ("mc", "5", 16)]))
    c = Case("positive", "chat/%s: card split across two chat messages" % pick(["retail", "telecom", "travel"]))
    c.A("Please enter the card number.")
    gid = c.g("CARD_NUMBER", num)
    cut = pick([4, 8, 12])
    a, b = num[:cut], num[cut:]
    fa = " ".join(split_groups(a, [4] * (len(a) // 4)))
    fb = " ".join(split_groups(b, [4] * (len(b) // 4)))
    c.C(pick(["", "card "]), c.p(fa, "CARD_NUMBER", gid))
    c.C(c.p(fb, "CARD_NUMBER", gid), pick([" sorry hit enter too soon", "", " oops", " <- rest"]))
    return c


@pos(7)
def p_card_correction(i):
    num = gen_card(pick([("visa", "4", 16), ("mc", "5", 16)]))
    loc = pick(["UK", "US"])
    c = Case("positive", "call/%s: caller starts card, corrects herself, reads it again" %
             pick(["insurance", "utilities", "banking"]))
    c.A(pick(CALL_CARD_ASK))
    wrong = num[:4] + num[4:7] + str((int(num[7]) + 3) % 10)
    pw = c.g("CARD_NUMBER", wrong, partial=True)
    c.C(c.p(say_digits(wrong, [4, 4], loc, styles=["single"]), "CARD_NUMBER", pw),
        " ", pick(["no sorry", "oh wait no", "hang on that's wrong", "sorry let me start again"]),
        " ", c.v(say_digits(num, card_sizes(num), loc, filler=0.2), "CARD_NUMBER", num))
    c.A("thank you")
    return c


@pos(8)
def p_card_readback(i):
    num = gen_card()
    loc = pick(["UK", "US", "IE"])
    c = Case("positive", "call/%s: customer reads card, agent reads it back (both labelled)" %
             pick(["telecom", "travel", "retail"]))
    c.A(pick(CALL_CARD_ASK))
    c.C(c.v(say_digits(num, card_sizes(num), loc), "CARD_NUMBER", num))
    c.A(pick(["let me just read that back ", "so that's ", "okay i've got "]),
        c.v(say_digits(num, card_sizes(num), loc, styles=["single", "plain"]), "CARD_NUMBER", num),
        pick([" is that correct", " yeah", " have i got that right"]))
    c.C(pick(["yes", "that's it", "yep perfect"]))
    return c


@pos(8)
def p_card_homophone(i):
    num = gen_card(pick([("visa", "4", 16), ("mc", "2", 16)]))
    loc = pick(["UK", "US"])
    c = Case("positive", "call/%s: ASR homophones inside card ('for', 'to', 'ate')" %
             pick(["retail", "healthcare billing", "telecom"]))
    c.A(pick(CALL_CARD_ASK))
    s = say_digits(num, card_sizes(num), loc, styles=["homo", "homo", "single"])
    c.C(pick(["yeah ", "okay ", ""]), c.v(s, "CARD_NUMBER", num))
    return c


@pos(10)
def p_card_full_call(i):
    num = gen_card()
    loc = pick(["UK", "US", "IE"])
    exp = gen_expiry()
    cvv = rdigits(4 if len(num) == 15 else 3)
    ind = pick(INDUSTRY_US if loc == "US" else INDUSTRY_UK)
    cur = "dollars" if loc == "US" else pick(["pounds", "euro"]) if loc == "IE" else "pounds"
    c = Case("positive", "call/%s: card, expiry and security code over several turns, with amount" % ind)
    c.A("so the payment today is %s %s %s is that okay" % (say_street_number(R.randint(12, 480)), cur,
                                                          w_pair(str(R.randint(10, 99)), "oh")))
    c.C("yeah that's fine")
    c.A(pick(CALL_CARD_ASK))
    c.C(c.v(say_digits(num, card_sizes(num), loc, filler=0.2), "CARD_NUMBER", num))
    c.A(pick(["and the expiry date", "and when does it expire", "expiry date please"]))
    c.C(pick(["", "it's ", "um "]), c.v(spoken_expiry(exp, loc), "EXPIRY", exp))
    c.A(pick(["and the three digit code on the back", "and the security number on the back",
              "last thing the cvv please"]))
    c.C(pick(["", "it's ", "that's "]),
        c.v(say_digits(cvv, [len(cvv)], loc, styles=["single", "pairs", "hundreds"]), "CVV", cvv))
    return c


@pos(10)
def p_card_full_chat(i):
    num = gen_card()
    exp = gen_expiry()
    cvv = rdigits(4 if len(num) == 15 else 3)
    c = Case("positive", "chat/%s: card, expiry and cvv in one message" %
             pick(["retail", "travel", "utilities", "telecom"]))
    c.A("To complete the booking please send the card number, expiry and security code.")
    k = R.randrange(4)
    if k == 0:
        c.C(c.v(fmt_card_typed(num), "CARD_NUMBER", num), " exp ", c.v(typed_expiry(exp), "EXPIRY", exp),
            " cvv ", c.v(cvv, "CVV", cvv))
    elif k == 1:
        c.C("card: ", c.v(fmt_card_typed(num), "CARD_NUMBER", num), "\nexpiry: ",
            c.v(typed_expiry(exp), "EXPIRY", exp), "\nsecurity code: ", c.v(cvv, "CVV", cvv))
    elif k == 2:
        c.C(c.v(fmt_card_typed(num), "CARD_NUMBER", num), ", ", c.v(typed_expiry(exp), "EXPIRY", exp),
            ", ", c.v(cvv, "CVV", cvv), " - total was £", "%d.%02d" % (R.randint(20, 900), R.randrange(100)))
    else:
        c.C("number ", c.v(fmt_card_typed(num), "CARD_NUMBER", num))
        c.A("Thanks, and the expiry date and CVC?")
        c.C("expires ", c.v(typed_expiry(exp), "EXPIRY", exp), " and the cvc is ", c.v(cvv, "CVV", cvv))
    return c


# ---------------------------------------------------------------------------
# NI_NUMBER
# ---------------------------------------------------------------------------
def fmt_ni_typed(ni):
    p, d, s = ni[:2], ni[2:8], ni[8]
    k = R.randrange(10)
    if k == 0:
        return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s)
    if k == 1:
        return ni.lower()
    if k == 2:
        return ni
    if k == 3:
        return "%s-%s-%s-%s-%s" % (p, d[:2], d[2:4], d[4:], s)
    if k == 4:
        return " ".join(ni)
    if k == 5:
        return "%s %s %s" % (p, d, s)
    if k == 6:
        return ("%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s)).lower()
    if k == 7:
        return "%s%s %s" % (p, d, s)
    if k == 8:
        return p[0] + p[1].lower() + d + s.lower()
    return "%s.%s.%s.%s.%s" % (p, d[:2], d[2:4], d[4:], s)


@pos(14)
def p_ni_chat(i):
    ni = gen_ni()
    c = Case("positive", "chat/%s: NI number typed (case/separators vary)" %
             pick(["government services", "banking", "insurance", "utilities"]))
    c.A(pick(["Could you confirm your National Insurance number please?",
              "For the pension transfer I need your NI number.",
              "Please provide your NINO so I can locate your record."]))
    pre = pick(["", "its ", "NI: ", "sure - ", "NINO ", "my ni number is ", "National Insurance no. "])
    post = pick(["", ".", " thanks", " (from my payslip)", " i think"])
    c.C(pre, c.v(fmt_ni_typed(ni), "NI_NUMBER", ni), post)
    if chance(0.3):
        c.A("Thanks. Your tax code for 2025/26 is 1257L.")
    return c


NI_LETTER_STYLES = [("plain",), ("plain", "homo"), ("nato_for", "plain"), ("nato",),
                    ("for_word", "plain"), ("homo",)]


@pos(16)
def p_ni_call(i):
    ni = gen_ni()
    ls = pick(NI_LETTER_STYLES)
    c = Case("positive", "call/%s: NI number spoken (letters %s, digits pairs/singles)" %
             (pick(["government services", "banking", "insurance"]), "/".join(ls)))
    c.A(pick(["and can i take your national insurance number", "what's your n i number please",
              "can you read me your national insurance number"]))
    s = say_alnum(ni, "UK", letter_styles=ls, digit_styles=["single", "pairs", "pairs", "plain"])
    c.C(pick(["yeah it's ", "um it's ", "okay ", "right so ", ""]), c.v(s, "NI_NUMBER", ni),
        pick(["", " i think", " yeah"]))
    return c


@pos(10)
def p_ni_split(i):
    ni = gen_ni()
    ls = pick(NI_LETTER_STYLES)
    c = Case("positive", "call/%s: NI number split over turns (prefix / digits / suffix letter)" %
             pick(["government services", "insurance", "banking"]))
    c.A("can i take your national insurance number please")
    gid = c.g("NI_NUMBER", ni)
    c.C(pick(["yep ", "it's ", "okay it starts "]), c.p(say_alnum(ni[:2], "UK", ls), "NI_NUMBER", gid))
    c.A(BC())
    if chance(0.5):
        c.C(c.p(say_alnum(ni[2:5], "UK"), "NI_NUMBER", gid))
        c.A(BC())
        c.C(c.p(say_alnum(ni[5:8], "UK"), "NI_NUMBER", gid))
    else:
        c.C(c.p(say_alnum(ni[2:8], "UK", digit_styles=["pairs", "single"]), "NI_NUMBER", gid))
    c.A(pick(["and the letter at the end", "and the last letter", "and then the letter"]))
    c.C(pick(["", "it's ", "that's "]), c.p(say_alnum(ni[8], "UK", ls), "NI_NUMBER", gid))
    return c


@pos(8)
def p_ni_readback(i):
    ni = gen_ni()
    c = Case("positive", "call/government services: NI said plainly then agent reads back with phonetic alphabet")
    c.A("what's your national insurance number")
    c.C(c.v(say_alnum(ni, "UK", ("plain",)), "NI_NUMBER", ni))
    c.A("so that's ", c.v(say_alnum(ni, "UK", ("nato_for", "nato"), digit_styles=["single"]), "NI_NUMBER", ni),
        " yeah")
    c.C(pick(["yes that's right", "correct", "yep"]))
    return c


@pos(6)
def p_ni_correction(i):
    ni = gen_ni()
    c = Case("positive", "call/%s: NI number abandoned part-way and restarted" %
             pick(["government services", "insurance"]))
    c.A("and your national insurance number please")
    part = ni[:2] + ni[2:5]
    gp = c.g("NI_NUMBER", part, partial=True)
    c.C(c.p(say_alnum(part, "UK", ("plain",)), "NI_NUMBER", gp), " ",
        pick(["no hang on sorry", "oh no that's my wife's", "wait sorry"]), " ",
        c.v(say_alnum(ni, "UK", ("plain", "homo")), "NI_NUMBER", ni))
    return c


@pos(6)
def p_ni_with_money(i):
    ni = gen_ni()
    dob = gen_dob()
    c = Case("positive", "chat/government services: NI + DOB in one message next to salary and tax year")
    c.A("To check your tax record I need your NI number and date of birth.")
    c.C("Earn about £%d,%03d a year, tax year 2024/25. NI is " % (R.randint(18, 60), R.randrange(1000)),
        c.v(fmt_ni_typed(ni), "NI_NUMBER", ni), " and DOB ", c.v(typed_dob(dob, "UK"), "DOB", dob))
    return c


# ---------------------------------------------------------------------------
# SSN
# ---------------------------------------------------------------------------
def fmt_ssn_typed(s):
    a, b, d = s[:3], s[3:5], s[5:]
    k = R.randrange(9)
    return ["%s-%s-%s" % (a, b, d), "%s %s %s" % (a, b, d), s, "%s.%s.%s" % (a, b, d),
            "%s - %s - %s" % (a, b, d), "%s-%s%s" % (a, b, d), "%s%s-%s" % (a, b, d),
            " ".join(s), "%s/%s/%s" % (a, b, d)][k]


@pos(14)
def p_ssn_chat(i):
    s = gen_ssn()
    c = Case("positive", "chat/%s: SSN typed (separators vary)" %
             pick(["healthcare billing", "banking", "insurance", "government services", "telecom"]))
    c.A(pick(["To verify your identity, please provide your Social Security number.",
              "I'll need the SSN on the account to continue.",
              "Can you confirm the primary holder's social?"]))
    pre = pick(["", "SSN: ", "ssn ", "its ", "social is ", "Sure, ", "SS# "])
    post = pick(["", ".", " thanks", " - please hurry", " (mine not my husbands)"])
    c.C(pre, c.v(fmt_ssn_typed(s), "SSN", s), post)
    return c


@pos(16)
def p_ssn_call(i):
    s = gen_ssn()
    c = Case("positive", "call/%s: SSN spoken in one turn (singles, pairs, hundreds, doubles, numerals)" %
             pick(["healthcare billing", "banking", "insurance", "telecom", "utilities"]))
    c.A(pick(["can you verify your social security number for me",
              "and the social on the account", "what's your social"]))
    st = pick([["single", "pairs", "hundreds"], ["pairs"], ["single"], ["numeral", "single"],
               ["homo", "single"]])
    sp = say_digits(s, [3, 2, 4], "US", styles=st, filler=0.25)
    c.C(pick(["sure it's ", "yeah ", "okay ", "um ", ""]), c.v(sp, "SSN", s))
    return c


@pos(10)
def p_ssn_split(i):
    s = gen_ssn()
    c = Case("positive", "call/%s: SSN split 3-2-4 over turns with back-channels" %
             pick(["healthcare billing", "banking", "government services"]))
    c.A("i'll need your social security number")
    gid = c.g("SSN", s)
    parts = [s[:3], s[3:5], s[5:]]
    if chance(0.4):
        parts = [s[:5], s[5:]]
    for k, pp in enumerate(parts):
        sp = say_digits(pp, [len(pp)], "US", styles=["single", "pairs", "hundreds"])
        c.C(pick(["", "", "it's ", "uh "]) if k == 0 else pick(["", "", "then "]), c.p(sp, "SSN", gid))
        if k < len(parts) - 1:
            c.A(BC())
    return c


@pos(8)
def p_ssn_readback(i):
    s = gen_ssn()
    c = Case("positive", "call/%s: SSN given then read back by agent in a different form" %
             pick(["insurance", "banking", "healthcare billing"]))
    c.A("and the last thing i need is your social")
    c.C(c.v(say_digits(s, [3, 2, 4], "US", styles=["pairs", "hundreds"]), "SSN", s))
    c.A("okay i have ", c.v(say_digits(s, [3, 2, 4], "US", styles=["single", "plain"]), "SSN", s),
        " is that right")
    c.C("yes ma'am")
    return c


@pos(6)
def p_ssn_correction(i):
    s = gen_ssn()
    c = Case("positive", "call/%s: SSN with self-correction (abandoned start labelled too)" %
             pick(["banking", "insurance", "government services"]))
    c.A("can i get the social security number")
    wrong = s[:3] + str((int(s[3]) + 4) % 10)
    gp = c.g("SSN", wrong, partial=True)
    c.C(c.p(say_digits(wrong, [3, 1], "US", styles=["single"]), "SSN", gp), " ",
        pick(["no wait", "sorry scratch that", "no no that's not right"]), " ",
        c.v(say_digits(s, [3, 2, 4], "US"), "SSN", s))
    return c


@pos(5)
def p_ssn_chat_split(i):
    s = gen_ssn()
    c = Case("positive", "chat/%s: SSN typed across two messages" % pick(["banking", "healthcare billing"]))
    c.A("Please send your SSN to verify.")
    gid = c.g("SSN", s)
    c.C(c.p(s[:3] + "-" + s[3:5], "SSN", gid), pick(["-", ""]))
    c.C(c.p(s[5:], "SSN", gid), pick([" sorry", "", " ^"]))
    return c


@pos(7)
def p_ssn_dob_zip(i):
    s = gen_ssn()
    dob = gen_dob()
    z = "%05d" % R.randint(1001, 99950)
    c = Case("positive", "call/healthcare billing: SSN, DOB and ZIP in a verification sequence")
    c.A("for verification can i have your date of birth")
    c.C(c.v(spoken_dob(dob, "US"), "DOB", dob))
    c.A("and the last four of your social or the full social")
    c.C("the full one is ", c.v(say_digits(s, [3, 2, 4], "US"), "SSN", s))
    c.A("and your zip code")
    c.C(c.v(say_digits(z, [5], "US", styles=["single", "plain"]), "POSTCODE", z))
    c.A("thank you your balance is %s dollars" % say_street_number(R.randint(20, 900)))
    return c


# ---------------------------------------------------------------------------
# banking: IBAN, sort code, account
# ---------------------------------------------------------------------------
def fmt_iban_typed(iban):
    g = [iban[k:k + 4] for k in range(0, len(iban), 4)]
    k = R.randrange(5)
    return [" ".join(g), iban, iban.lower(), " ".join(g).lower(), "-".join(g)][k]


@pos(8)
def p_iban_chat(i):
    iban = gen_iban()
    c = Case("positive", "chat/%s: IBAN typed for refund/transfer" % pick(["banking", "travel", "retail"]))
    c.A("Please send the IBAN you'd like the refund paid to.")
    c.C(pick(["", "IBAN: ", "iban ", "Here it is ", "my iban is "]), c.v(fmt_iban_typed(iban), "IBAN", iban),
        pick(["", " thanks", " (joint account)"]))
    return c


@pos(7)
def p_iban_call(i):
    iban = gen_iban(pick(["GB", "IE", "DE", "NL"]))
    loc = "UK" if iban[:2] in ("GB", "IE") else "UK"
    c = Case("positive", "call/%s: IBAN spoken, letters plain or phonetic" % pick(["banking", "travel", "insurance"]))
    c.A("can you give me the iban for the refund")
    s = say_alnum(iban, loc, letter_styles=pick([("plain",), ("nato_for", "plain"), ("nato",)]),
                  digit_styles=["single", "plain", "pairs"])
    c.C(pick(["okay it's ", "yeah ", "right "]), c.v(s, "IBAN", iban))
    return c


@pos(9)
def p_sort_acc_chat(i):
    sc, acc = rdigits(6), rdigits(8)
    c = Case("positive", "chat/%s: UK sort code and account number typed" % pick(["banking", "utilities", "insurance"]))
    c.A("What are the sort code and account number for the direct debit?")
    scf = pick(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:]),
                "%s.%s.%s" % (sc[:2], sc[2:4], sc[4:])])
    accf = pick([acc, acc[:4] + " " + acc[4:], acc[:4] + "-" + acc[4:]])
    k = R.randrange(3)
    if k == 0:
        c.C("sort code ", c.v(scf, "SORT_CODE", sc), " acc ", c.v(accf, "BANK_ACCOUNT", acc))
    elif k == 1:
        c.C(c.v(scf, "SORT_CODE", sc), " / ", c.v(accf, "BANK_ACCOUNT", acc), " - debit on the 1st please")
    else:
        c.C("Account number: ", c.v(accf, "BANK_ACCOUNT", acc), "\nSort: ", c.v(scf, "SORT_CODE", sc))
    return c


@pos(9)
def p_sort_acc_call(i):
    sc, acc = rdigits(6), rdigits(8)
    c = Case("positive", "call/%s: sort code and account number spoken, two values in one turn" %
             pick(["banking", "utilities", "telecom"]))
    c.A("and which account would you like the direct debit to come out of")
    scs = say_digits(sc, [2, 2, 2], "UK", styles=["pairs", "single", "pairs"])
    accs = say_digits(acc, pick([[4, 4], [3, 3, 2], [8]]), "UK", filler=0.2)
    if chance(0.5):
        c.C("sort code is ", c.v(scs, "SORT_CODE", sc), " and the account number is ", c.v(accs, "BANK_ACCOUNT", acc))
    else:
        c.C("the sort code's ", c.v(scs, "SORT_CODE", sc))
        c.A(BC())
        c.C("account number ", c.v(accs, "BANK_ACCOUNT", acc))
        c.A("and that'll go out on the %s of each month" % say_ordinal(R.randint(1, 28)))
    return c


@pos(5)
def p_us_account(i):
    acc = rdigits(pick([10, 11, 12]))
    c = Case("positive", "call/%s: US checking account number spoken" % pick(["banking", "utilities"]))
    c.A("what's the checking account number you want to use for autopay")
    sizes = [3, 3, len(acc) - 6]
    c.C("it's ", c.v(say_digits(acc, sizes, "US", filler=0.2), "BANK_ACCOUNT", acc))
    return c


@pos(3)
def p_ie_account_chat(i):
    acc = rdigits(8)
    c = Case("positive", "chat/banking: Irish account number typed next to a payment amount")
    c.A("Which account number should we pay the €%d claim into?" % R.randint(50, 900))
    c.C("acct no ", c.v(acc, "BANK_ACCOUNT", acc), " in AIB")
    return c


# ---------------------------------------------------------------------------
# PHONE / EMAIL
# ---------------------------------------------------------------------------
@pos(10)
def p_phone_chat(i):
    loc = pick(["UK", "US", "IE", "DE"])
    d, sizes = gen_phone(loc)
    surface, canon = fmt_phone_typed(d, sizes, loc)
    c = Case("positive", "chat/%s: %s phone number typed" % (pick(["telecom", "retail", "travel"]), loc))
    c.A("What's the best number to reach you on?")
    c.C(pick(["", "call me on ", "mob ", "my number is ", "tel: "]), c.v(surface, "PHONE", canon),
        pick(["", " after 5pm", " thanks", " (mobile)"]))
    return c


@pos(10)
def p_phone_call(i):
    loc = pick(["UK", "US", "IE"])
    d, sizes = gen_phone(loc)
    intl = chance(0.3) and loc != "US"
    c = Case("positive", "call/%s: %s phone number spoken%s" %
             (pick(["telecom", "utilities", "insurance"]), loc, " with country code" if intl else ""))
    c.A("and a contact number in case we get cut off")
    if intl:
        cc = {"UK": "44", "IE": "353"}[loc]
        canon = cc + d[1:]
        s = "plus " + say_digits(cc, [len(cc)], loc, styles=["single", "pairs"]) + " " + \
            say_digits(d[1:], [sizes[0] - 1] + sizes[1:], loc, filler=0.2)
    else:
        canon = d
        s = say_digits(d, sizes, loc, filler=0.2)
    c.C(pick(["yeah it's ", "my mobile is ", "", "okay "]), c.v(s, "PHONE", canon))
    return c


@pos(4)
def p_phone_split(i):
    loc = pick(["UK", "US"])
    d, sizes = gen_phone(loc)
    c = Case("positive", "call/%s: phone number split over turns, agent reads it back" % pick(["retail", "utilities"]))
    c.A("what number should the courier call")
    gid = c.g("PHONE", d)
    gs = split_groups(d, sizes)
    for k, g in enumerate(gs):
        c.C(c.p(say_digits(g, [len(g)], loc), "PHONE", gid))
        if k < len(gs) - 1:
            c.A(BC())
    c.A("so ", c.v(say_digits(d, sizes, loc, styles=["single"]), "PHONE", d))
    return c


@pos(8)
def p_email_chat(i):
    e = gen_email()
    c = Case("positive", "chat/%s: email typed" % pick(["retail", "travel", "telecom", "insurance"]))
    c.A("What email address should we send the confirmation to?")
    surf = e if chance(0.7) else e.upper() if chance(0.3) else e[0].upper() + e[1:]
    c.C(pick(["", "email: ", "its ", "send to "]), c.v(surf, "EMAIL", e.lower()),
        pick(["", " pls", " thanks!", "."]))
    return c


@pos(9)
def p_email_call(i):
    e = gen_email()
    c = Case("positive", "call/%s: email spoken ('dot', 'at', 'underscore', spelled parts)" %
             pick(["retail", "travel", "utilities", "healthcare billing"]))
    c.A("and what's your email address")
    c.C(pick(["it's ", "yeah it's ", ""]), c.v(say_email(e), "EMAIL", e))
    if chance(0.4):
        c.A("and is that all lower case")
        c.C("yeah all lower case")
    return c


# ---------------------------------------------------------------------------
# DOB / ADDRESS / POSTCODE
# ---------------------------------------------------------------------------
@pos(7)
def p_dob_chat(i):
    dob = gen_dob()
    loc = pick(["UK", "US"])
    c = Case("positive", "chat/%s: date of birth typed (%s order)" % (pick(["insurance", "banking", "healthcare billing"]), loc))
    c.A("Please confirm the date of birth on the policy.")
    c.C(pick(["", "dob ", "DOB: ", "born ", "its "]), c.v(typed_dob(dob, loc), "DOB", dob))
    return c


@pos(9)
def p_dob_call(i):
    dob = gen_dob()
    loc = pick(["UK", "US", "IE"])
    c = Case("positive", "call/%s: date of birth spoken" % pick(["insurance", "banking", "telecom", "government services"]))
    c.A(pick(["can you confirm your date of birth", "and your date of birth please", "what's the date of birth"]))
    c.C(pick(["", "it's ", "yeah ", "um "]), c.v(spoken_dob(dob, loc), "DOB", dob))
    if chance(0.4):
        c.A("and the appointment is on the %s of %s" % (say_ordinal(R.randint(1, 28)), MONTH_NAME[R.randint(1, 12)]))
    return c


@pos(9)
def p_address_chat(i):
    loc = pick(["UK", "US"])
    n = R.randint(1, 240) if loc == "UK" else R.randint(100, 9800)
    if loc == "UK":
        street = "%d %s %s" % (n, pick(UK_STREETS), pick(UK_SUFFIX))
        if chance(0.3):
            street = "Flat %d, %s" % (R.randint(1, 12), street)
        pc = gen_uk_postcode()
        c = Case("positive", "chat/%s: UK address + postcode typed" % pick(["retail", "utilities", "insurance"]))
        c.A("What's the delivery address?")
        c.C(c.v(street, "ADDRESS", street), ", %s, " % pick(UK_TOWNS),
            c.v(pick([fmt_uk_postcode(pc), pc, fmt_uk_postcode(pc).lower()]), "POSTCODE", pc))
    else:
        street = "%d %s %s" % (n, pick(US_STREETS), pick(US_SUFFIX))
        city, st = pick(US_CITIES)
        z = "%05d" % R.randint(1001, 99950)
        zc = z
        zs = z
        if chance(0.3):
            p4 = rdigits(4)
            zc, zs = z + p4, z + "-" + p4
        c = Case("positive", "chat/%s: US street address + ZIP typed" % pick(["retail", "healthcare billing", "utilities"]))
        c.A("Can you confirm the billing address?")
        c.C(c.v(street, "ADDRESS", street), ", %s, %s " % (city, st), c.v(zs, "POSTCODE", zc))
    return c


@pos(10)
def p_address_call(i):
    loc = pick(["UK", "US"])
    if loc == "UK":
        n = R.randint(1, 240)
        name, suf = pick(UK_STREETS).lower(), pick(UK_SUFFIX).lower()
        street = "%s %s %s" % (say_street_number(n), name, suf)
        pc = gen_uk_postcode()
        c = Case("positive", "call/%s: UK address and postcode spoken (letters plain/phonetic)" %
                 pick(["utilities", "telecom", "insurance", "government services"]))
        c.A("can you confirm the first line of the address and the postcode")
        ps = say_alnum(pc, "UK", letter_styles=pick([("plain",), ("plain", "nato_for"), ("nato",), ("plain", "homo")]),
                       digit_styles=["single", "pairs"])
        if chance(0.5):
            c.C("it's ", c.v(street, "ADDRESS", street), " and the postcode's ", c.v(ps, "POSTCODE", pc))
        else:
            c.C(c.v(street, "ADDRESS", street), " in %s" % pick(UK_TOWNS).lower())
            c.A("and the postcode")
            c.C(c.v(ps, "POSTCODE", pc))
    else:
        n = R.randint(100, 9800)
        name, suf = pick(US_STREETS).lower(), pick(US_SUFFIX).lower()
        street = "%s %s %s" % (say_street_number(n), name, suf)
        z = "%05d" % R.randint(1001, 99950)
        c = Case("positive", "call/%s: US address and ZIP spoken" % pick(["utilities", "healthcare billing", "retail"]))
        c.A("what's the service address")
        c.C(c.v(street, "ADDRESS", street), " %s" % pick(US_CITIES)[0].lower(), " zip ",
            c.v(say_digits(z, [5], "US", styles=["single", "plain"]), "POSTCODE", z))
    return c


@pos(4)
def p_postcode_double(i):
    # force doubled inward letters ("double a") and phonetic spelling
    while True:
        pc = gen_uk_postcode()
        pc = pc[:-2] + pc[-1] * 2
        if UK_PC_RE.match(pc):
            break
    c = Case("positive", "call/%s: postcode with doubled letter ('double b') read back by agent" %
             pick(["retail", "utilities"]))
    c.A("postcode please")
    out = pc[:-3]
    head = say_alnum(out, "UK", ("plain",))
    tail = "%s double %s" % (UNIT_NAME[pc[-3]], pc[-1].lower())
    c.C(c.v(head + " " + tail, "POSTCODE", pc))
    c.A("that's ", c.v(say_alnum(pc, "UK", ("nato_for", "plain")), "POSTCODE", pc))
    return c


# ---------------------------------------------------------------------------
# mixed verification calls
# ---------------------------------------------------------------------------
@pos(8)
def p_mixed_verify(i):
    loc = pick(["UK", "IE"])
    dob = gen_dob()
    pc = gen_uk_postcode()
    d, sizes = gen_phone("UK" if loc == "UK" else "IE")
    c = Case("positive", "call/%s: ID&V with DOB, postcode, phone, plus non-PII numbers around" %
             pick(["banking", "telecom", "utilities"]))
    c.A("thanks for holding you've been waiting about %s minutes sorry about that" %
        w_pair(str(R.randint(11, 45)), "oh"))
    c.C("that's okay")
    c.A("can i take your date of birth")
    c.C(c.v(spoken_dob(dob, loc), "DOB", dob))
    if loc == "UK":
        c.A("and the postcode")
        c.C(c.v(say_alnum(pc, "UK", ("plain", "homo")), "POSTCODE", pc))
    c.A("and the mobile number on the account")
    c.C(c.v(say_digits(d, sizes, "UK"), "PHONE", d))
    c.A("lovely your bill this month is %s pounds %s" % (w_pair(str(R.randint(21, 99)), "oh"),
                                                      w_pair(str(R.randint(11, 99)), "oh")))
    return c


@pos(6)
def p_mixed_chat(i):
    ni = gen_ni()
    e = gen_email()
    d, sizes = gen_phone("UK")
    surface, canon = fmt_phone_typed(d, sizes, "UK")
    c = Case("positive", "chat/government services: NI, email and phone in one message with a case ref")
    c.A("Please provide your details and we'll update your claim.")
    c.C("ref CLM-%d. NI " % R.randint(100000, 999999), c.v(fmt_ni_typed(ni), "NI_NUMBER", ni),
        ", email ", c.v(e, "EMAIL", e), ", tel ", c.v(surface, "PHONE", canon))
    return c


@pos(4)
def p_card_and_ssn_chat(i):
    num = gen_card(("visa", "4", 16))
    s = gen_ssn()
    c = Case("positive", "chat/banking: card and SSN in the same message (two long numbers)")
    c.A("To dispute the charge I need the card number and your SSN.")
    c.C("card ", c.v(fmt_card_typed(num), "CARD_NUMBER", num), " ssn ", c.v(fmt_ssn_typed(s), "SSN", s),
        " - charge was $%d.%02d on 3/14" % (R.randint(10, 999), R.randrange(100)))
    return c


# ---------------------------------------------------------------------------
# NEGATIVES
# ---------------------------------------------------------------------------
def money_spoken(cur):
    return "%s %s %s" % (say_street_number(R.randint(2, 999)), cur, w_pair(str(R.randint(10, 99)), "oh"))


@neg(8)
def n_money(i):
    c = Case("negative", "call/%s: amounts, balance and instalments only" % pick(["banking", "utilities", "telecom"]))
    c.A("so your outstanding balance is %s" % money_spoken(pick(["pounds", "dollars", "euro"])))
    c.C("okay and if i pay %s now what's left" % money_spoken(pick(["pounds", "dollars"])))
    c.A("that would leave %s which we can split into %s monthly payments" %
        (money_spoken("pounds"), pick(["three", "six", "twelve"])))
    return c


@neg(7)
def n_money_chat(i):
    c = Case("negative", "chat/%s: prices, plan costs and percentages" % pick(["telecom", "retail", "utilities"]))
    c.A("Your new plan is £%d.%02d a month for %d months, a %d%% discount on the current £%d.%02d." %
        (R.randint(10, 80), R.randrange(100), pick([12, 18, 24, 36]), R.randint(5, 40),
         R.randint(20, 90), R.randrange(100)))
    c.C("ok and the one-off fee of $%d,%03d.%02d is waived?" % (R.randint(1, 4), R.randrange(1000), R.randrange(100)))
    c.A("Yes, and you'll get %d GB data plus %d minutes." % (pick([30, 100, 250]), pick([500, 1000, 5000])))
    return c


@neg(8)
def n_order_ref(i):
    ref = str(R.randint(10 ** 5, 10 ** R.randint(6, 10) - 1))
    word = pick(["order number", "ticket number", "claim reference", "invoice number", "case number",
                 "booking reference"])
    c = Case("negative", "chat/%s: %s with its reference word (<=10 digits)" % (pick(["retail", "insurance", "travel"]), word))
    c.C("Hi my %s is %s, it was due %s" % (word, ref, pick(["yesterday", "on Monday", "last week"])))
    c.A("Thanks, I can see %s %s. It was dispatched on %d/%d and should arrive in %d-%d working days." %
        (word, ref, R.randint(1, 28), R.randint(1, 12), R.randint(1, 3), R.randint(4, 7)))
    return c


@neg(8)
def n_ref_spoken(i):
    ref = rdigits(R.randint(6, 10))
    word = pick(["order number", "reference number", "claim number", "ticket number", "job number"])
    c = Case("negative", "call/%s: %s spoken digit by digit" % (pick(["retail", "insurance", "utilities", "telecom"]), word))
    c.A("do you have a %s" % word)
    c.C("yeah the %s is %s" % (word, say_digits(ref, [len(ref)], pick(["UK", "US"]), styles=["single", "pairs"])))
    c.A("perfect i've found it")
    return c


@neg(7)
def n_appointment(i):
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    c = Case("negative", "call/%s: appointment date and time slot (not a birth date)" %
             pick(["utilities", "telecom", "healthcare billing"]))
    c.A("i can book an engineer for the %s of %s between %s and %s" %
        (say_ordinal(d), MONTH_NAME[m], pick(["eight", "nine", "ten"]), pick(["twelve", "one", "two"])))
    c.C("can you do %s the %s instead" % (pick(["monday", "tuesday", "friday"]), say_ordinal(R.randint(1, 28))))
    c.A("yes that's fine %s a m to %s p m" % (pick(["eight", "nine"]), pick(["one", "five"])))
    return c


@neg(6)
def n_dates_chat(i):
    c = Case("negative", "chat/%s: contract start, payment and renewal dates (not DOB)" %
             pick(["insurance", "telecom", "utilities"]))
    c.A("Your contract started on %02d/%02d/%d and renews on %d %s %d." %
        (R.randint(1, 28), R.randint(1, 12), R.randint(2018, 2024), R.randint(1, 28),
         MONTH_NAME[R.randint(1, 12)].capitalize(), R.randint(2025, 2027)))
    c.C("and the direct debit goes out on the %d%s?" % ((lambda x: (x, ordinal_suffix(x)))(R.randint(1, 28))))
    c.A("Correct, the next one is %s %d." % (MONTH_NAME[R.randint(1, 12)].capitalize(), R.randint(1, 28)))
    return c


@neg(6)
def n_flight(i):
    fl = pick(["BA", "EI", "FR", "LH", "AA", "UA", "DL"]) + str(R.randint(10, 9999))
    c = Case("negative", "chat/travel: flight number, gate, seat, times and baggage weight")
    c.C("I'm on flight %s tomorrow at %02d:%02d, seat %d%s" %
        (fl, R.randint(5, 22), pick([0, 15, 30, 45, 5, 50]), R.randint(1, 40), pick("ABCDEF")))
    c.A("Thanks. %s departs from gate %d%s, boarding %d minutes before. Allowance is %dkg." %
        (fl, R.randint(1, 60), pick(["", "A", "B"]), pick([30, 40, 45]), pick([20, 23, 32])))
    return c


@neg(5)
def n_flight_call(i):
    c = Case("negative", "call/travel: flight number and times spoken")
    code = pick(["b a", "e i", "ryanair", "united", "delta"])
    c.C("yeah it's %s %s leaving at %s %s" % (code, say_street_number(R.randint(100, 999)),
                                                say_street_number(R.randint(1, 12)), w_pair(str(R.randint(10, 59)), "oh")))
    c.A("okay and that's landing about %s hours later" % pick(["two", "three", "seven", "nine"]))
    return c


@neg(6)
def n_meter(i):
    rd = rdigits(R.randint(5, 6))
    c = Case("negative", "call/utilities: meter reading and meter serial style numbers")
    c.A("can you give me a meter reading")
    c.C("yeah it says %s" % say_digits(rd, [len(rd)], "UK", styles=["single", "pairs"]))
    c.A("and is that the day rate or night rate")
    c.C("day rate the night one's %s" % say_digits(rdigits(5), [5], "UK", styles=["single"]))
    return c


@neg(5)
def n_meter_chat(i):
    c = Case("negative", "chat/utilities: meter readings, kWh usage, tariff pence")
    c.C("Gas reading %05d, electric %05d (E7 night %05d)" % (R.randint(0, 99999), R.randint(0, 99999), R.randint(0, 99999)))
    c.A("Thanks! That's %d kWh this quarter at %.2fp per kWh." % (R.randint(200, 3000), R.uniform(15, 35)))
    return c


@neg(6)
def n_durations(i):
    c = Case("negative", "call/%s: durations, counts, times of day" % pick(["telecom", "retail", "government services"]))
    c.C("i've been on hold for %s minutes and this is the %s time i've called" %
        (w_pair(str(R.randint(20, 59)), "oh"), pick(["third", "fourth", "fifth"])))
    c.A("i'm sorry about that our lines open at %s and close at %s" % (pick(["eight", "nine"]), pick(["six", "eight"])))
    c.C("and i've got %s parcels that never came" % pick(["two", "three", "four"]))
    return c


@neg(6)
def n_broadband(i):
    c = Case("negative", "chat/telecom: speeds, model numbers, percentages, router settings")
    c.C("Router model %s, only getting %d Mbps down / %d up, packet loss %d%%" %
        (pick(["TG589vac", "DGA4134", "Hub 3", "FRITZ!Box 7590", "RT-AX58U"]), R.randint(2, 80),
         R.randint(1, 20), R.randint(1, 30)))
    c.A("Your line should sync at %d Mbps. Can you restart it and wait %d minutes?" %
        (pick([67, 145, 500, 900]), pick([5, 10, 15])))
    return c


@neg(6)
def n_ages_temps(i):
    c = Case("negative", "call/%s: ages, temperatures and years" % pick(["insurance", "utilities", "healthcare billing"]))
    c.C("my son's %s and my daughter's %s we've had the boiler since %s" %
        (pick(["seventeen", "nine", "twenty one"]), pick(["twelve", "fifteen", "four"]),
         pick(["two thousand and nine", "twenty fourteen", "nineteen ninety eight"])))
    c.A("okay and what temperature is the flow set to")
    c.C("about %s degrees" % pick(["sixty five", "seventy", "fifty five"]))
    return c


@neg(5)
def n_room_hotel(i):
    c = Case("negative", "chat/travel: room number, nights, guests, check-in time")
    c.C("We're in room %d for %d nights, %d adults %d child" % (R.randint(101, 1899), R.randint(2, 9), 2, 1))
    c.A("Checkout is %d:%02d on the %d%s; late checkout is €%d." %
        (pick([10, 11, 12]), pick([0, 30]), R.randint(1, 28), "th", pick([25, 30, 40])))
    return c


@neg(5)
def n_model(i):
    c = Case("negative", "chat/retail: product codes, model numbers, sizes and quantities")
    c.C("Ordered %d x %s in size %d and the %s %dGB" %
        (R.randint(1, 4), pick(["Air Max 90", "501 jeans", "KD-55X80L TV"]), R.randint(6, 12),
         pick(["iPhone 15", "Galaxy S24", "Pixel 8"]), pick([128, 256, 512])))
    c.A("SKU %d-%d is back in stock on %s %d." % (R.randint(1000, 9999), R.randint(10, 99),
                                                  MONTH_NAME[R.randint(1, 12)].capitalize(), R.randint(1, 28)))
    return c


@neg(6)
def n_claim_insurance(i):
    c = Case("negative", "call/insurance: excess, claim value, vehicle year, mileage")
    c.A("your excess is %s pounds and the claim value is %s" %
        (pick(["two hundred and fifty", "three fifty", "five hundred"]), money_spoken("pounds")))
    c.C("the car's a %s with about %s thousand miles on it" %
        (pick(["twenty nineteen", "two thousand and twelve", "twenty twenty two"]), w_pair(str(R.randint(20, 99)), "oh")))
    c.A("and the accident was on the %s at about %s" % (say_ordinal(R.randint(1, 28)), pick(["half six", "quarter past eight", "ten thirty"])))
    return c


@neg(5)
def n_balance_chat(i):
    c = Case("negative", "chat/banking: balances, transaction amounts, dates of transactions")
    c.C("Why is my balance -$%d.%02d? There were %d payments on %d/%d" %
        (R.randint(10, 999), R.randrange(100), R.randint(2, 6), R.randint(1, 12), R.randint(1, 28)))
    c.A("I can see transactions of $%d.%02d and $%d.%02d. Your overdraft limit is $%d." %
        (R.randint(5, 400), R.randrange(100), R.randint(5, 400), R.randrange(100), pick([250, 500, 1000])))
    return c


@neg(5)
def n_gov(i):
    c = Case("negative", "chat/government services: tax year, tax code, amounts, form numbers")
    c.C("I got a P800 saying I owe £%d.%02d for 2023/24" % (R.randint(40, 2000), R.randrange(100)))
    c.A("Thanks. Your tax code is %dL and the underpayment will be collected over %d months via form SA%d." %
        (pick([1257, 1100, 1185]), 12, pick([100, 302])))
    return c


@neg(5)
def n_health_bill(i):
    c = Case("negative", "call/healthcare billing: copay, visit date, claim number with word, hours")
    c.A("i see a copay of %s dollars for the visit on %s %s" %
        (pick(["forty", "twenty five", "seventy five"]), MONTH_NAME[R.randint(1, 12)], say_ordinal(R.randint(1, 28))))
    c.C("but the explanation of benefits says claim number %s was paid at eighty percent" %
        say_digits(rdigits(8), [8], "US", styles=["single"]))
    c.A("right so the remaining %s dollars is your coinsurance" % say_street_number(R.randint(20, 400)))
    return c


@neg(4)
def n_card_last_amount(i):
    c = Case("negative", "chat/retail: loyalty points, voucher value, store number, percentages")
    c.C("I have %d points and a £%d voucher from store %d" % (R.randint(100, 9999), pick([5, 10, 20]), R.randint(100, 3999)))
    c.A("That's worth £%d.%02d. You also get %d%% off until %d:%02d tonight." %
        (R.randint(1, 50), R.randrange(100), pick([10, 15, 20]), pick([20, 21, 22]), pick([0, 30])))
    return c


@neg(5)
def n_long_call(i):
    c = Case("negative", "call/%s: long call with many numbers: times, counts, prices, years" % pick(["travel", "telecom"]))
    c.A("okay so the package is %s nights from the %s" % (pick(["seven", "ten", "fourteen"]), say_ordinal(R.randint(1, 28))))
    c.C("and that's for %s people" % pick(["two", "four", "five"]))
    c.A("yes %s pounds per person %s pounds total and a deposit of %s" %
        (say_street_number(R.randint(300, 999)), pick(["two thousand four hundred", "three thousand one hundred"]),
         pick(["two hundred", "one fifty"])))
    c.C("we went in twenty nineteen and it was about %s percent cheaper" % pick(["ten", "twenty", "fifteen"]))
    c.A("the flight leaves at %s and it's about %s hours" % (pick(["six forty", "seven fifteen", "eleven oh five"]), pick(["four", "nine"])))
    return c


# ---------------------------------------------------------------------------
# build / write / check
# ---------------------------------------------------------------------------
def build():
    R.seed(SEED)
    cases = []
    for fn, n in POS_GENS:
        for k in range(n):
            cases.append(fn(k))
    for fn, n in NEG_GENS:
        for k in range(n):
            cases.append(fn(k))
    pos_cases = [c for c in cases if c.kind == "positive"]
    neg_cases = [c for c in cases if c.kind == "negative"]
    R.shuffle(pos_cases)
    R.shuffle(neg_cases)
    records = []
    meta = []
    for prefix, group in (("pos", pos_cases), ("neg", neg_cases)):
        for k, c in enumerate(group, 1):
            cid = "%s-%s-%03d" % (PREFIX, prefix, k)
            spans = sorted(c.spans, key=lambda s: (s[0], s[1]))
            rec = {"id": cid, "kind": c.kind, "turns": c.turns,
                   "spans": [{"turn": t, "start": s, "end": e, "type": ty} for t, s, e, ty, _ in spans],
                   "note": c.note}
            records.append(rec)
            meta.append((cid, c, spans))
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return text, records, meta


def counts(records):
    cnt = Counter()
    for r in records:
        for s in r["spans"]:
            cnt[s["type"]] += 1
    return cnt


def readme(records):
    cnt = counts(records)
    npos = sum(1 for r in records if r["kind"] == "positive")
    nneg = len(records) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# pii_holdout55: held-out PII redaction evaluation set

**Never use this set for tuning.** It is a held-out evaluation set; do not
adjust patterns, thresholds or code to make these cases pass, and do not copy
cases into training or development fixtures.

## Provenance

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its documentation, the PII benchmark or any
other PII fixture; it only saw a three-line example of the JSONL format.
Cases are produced by `scripts/make_pii_holdout55.py` from template functions:
every turn is assembled from plain-text segments and (value, TYPE) segments, so
span offsets are computed rather than typed. All values come from one
`random.Random(%d)`; the output is byte-for-byte reproducible.

`python scripts/make_pii_holdout55.py --check` regenerates the file and verifies
it is identical, ids are unique, offsets are in range, on word boundaries and
non-overlapping, and that every labelled value normalises (spoken forms
included) to a valid value of its type: Luhn for cards, mod-97 for IBANs, NI
format, 9 digits (valid area/group/serial) for SSNs, 6 digits for sort codes,
digit counts for CVV/phone/account, postcode/ZIP shapes, parseable dates for
DOB/expiry.

## Contents

%d positive cases, %d negative cases (%d in all). Chat (typed) and call
(ASR-style: lower case, little punctuation, numbers as words) across banking,
telecom, utilities, retail, insurance, travel, healthcare billing and
government services, US/UK/Ireland/EU.

| type | spans |
|---|---|
%s

The set is deliberately adversarial for CARD_NUMBER, NI_NUMBER and SSN:
separators `- . / _`, double spaces, one digit per space, lower/mixed case NI
numbers, ASR digit words with "oh"/"o"/"nought"/"zero", "double"/"triple",
pairs ("forty five thirty nine"), hundreds ("forty five hundred"), homophones
("for", "to", "too", "ate"), phonetic letters ("j for juliet", "j for john",
"romeo"), letter homophones ("see", "bee", "jay", "are"), fillers inside
readings, values split over several customer turns or chat messages with
agent back-channels, self-corrections, and agents reading values back.

## Annotation conventions

* A span covers the value only: from the first character of the value to its
  last character, including separators, spaces, filler words ("um", "uh") and
  words such as "double", "triple", "hundred", "for" in "b for bravo" that lie
  *inside* the reading. Lead-in words ("it's", "my number is", "sort code") and
  trailing words are outside.
* Phone spans include a leading "+" / "plus" and parentheses of the area code.
* A value split over several turns (or chat messages) gets one span per
  fragment, all with the value's type. Agent read-backs are labelled too.
* In a self-correction the abandoned partial reading is also labelled with
  the same type (it is still part of the person's number), and the corrected
  full reading is a separate span.
* ADDRESS covers the house/flat number through the street type ("27 Mill
  Lane", "flat 3, 27 Mill Lane"); town and state are not included; the
  postcode/ZIP is a separate POSTCODE span.
* DOB covers the whole date expression ("the fourteenth of march nineteen
  eighty five"); EXPIRY covers month and year; CVV the code only.
* UK postcodes and US ZIP codes (5 or ZIP+4) are POSTCODE.
* Negative cases contain no personal data: money, prices, balances, times,
  durations, counts, years, percentages, non-birth dates, reference/order/
  claim numbers (up to 10 digits, said with their reference word), flight,
  room and model numbers, meter readings, speeds, ages and temperatures.
  Anything redacted in a negative case is a false positive.
""" % (SEED, npos, nneg, len(records), rows)


def check(text, records, meta):
    problems = []
    with open(CASES_PATH, encoding="utf-8") as f:
        on_disk = f.read()
    if on_disk != text:
        problems.append("cases.jsonl differs from regenerated output")
    with open(README_PATH, encoding="utf-8") as f:
        if f.read() != readme(records):
            problems.append("README.md differs from regenerated output")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for n, line in enumerate(on_disk.splitlines(), 1):
        try:
            json.loads(line)
        except ValueError:
            problems.append("cases.jsonl line %d is not valid JSON" % n)
    for cid, c, spans in meta:
        rec_turns = c.turns
        if c.kind == "negative" and spans:
            problems.append("%s: negative with spans" % cid)
        if c.kind == "positive" and not spans:
            problems.append("%s: positive without spans" % cid)
        for tt in rec_turns:
            if tt["speaker"] not in ("agent", "customer"):
                problems.append("%s: bad speaker" % cid)
        last = {}
        for t, s, e, ty, gid in spans:
            if ty not in TYPES:
                problems.append("%s: bad type %s" % (cid, ty))
            if not (0 <= t < len(rec_turns)):
                problems.append("%s: turn out of range" % cid)
                continue
            txt = rec_turns[t]["text"]
            if not (0 <= s < e <= len(txt)):
                problems.append("%s: offsets out of range" % cid)
                continue
            seg = txt[s:e]
            if seg != seg.strip():
                problems.append("%s: span has outer whitespace %r" % (cid, seg))
            if s > 0 and txt[s - 1].isalnum():
                problems.append("%s: span start not on word boundary %r" % (cid, seg))
            if e < len(txt) and txt[e].isalnum():
                problems.append("%s: span end not on word boundary %r" % (cid, seg))
            if not (seg[0].isalnum() or seg[0] in "+("):
                problems.append("%s: span starts with punctuation %r" % (cid, seg))
            if not seg[-1].isalnum():
                problems.append("%s: span ends with punctuation %r" % (cid, seg))
            if t in last and s < last[t]:
                problems.append("%s: overlapping spans" % cid)
            last[t] = e
        # group validation
        by_gid = {}
        for t, s, e, ty, gid in spans:
            by_gid.setdefault(gid, []).append((t, s, e, ty))
        for gid, (typ, canon, partial) in enumerate(c.groups):
            parts = by_gid.get(gid, [])
            if not parts:
                problems.append("%s: group %d has no spans" % (cid, gid))
                continue
            if any(p[3] != typ for p in parts):
                problems.append("%s: group type mismatch" % cid)
            pieces = [rec_turns[t]["text"][s:e] for t, s, e, _ in parts]
            surface = " ".join(pieces)
            try:
                if partial:
                    got = parse_chars(surface)
                    if got != canon.upper() or not got.isalnum():
                        problems.append("%s: partial %s %r -> %r" % (cid, typ, surface, got))
                    continue
                if not canon_ok(typ, canon):
                    problems.append("%s: invalid canonical %s %r" % (cid, typ, canon))
                if len(pieces) > 1 and typ not in ("EMAIL", "DOB", "EXPIRY", "ADDRESS"):
                    ok = "".join(parse_chars(x) for x in pieces) == canon.upper()
                else:
                    ok = surface_ok(typ, surface, canon)
                if not ok:
                    problems.append("%s: surface %r does not normalise to %s %r" % (cid, surface, typ, canon))
            except (ParseError, ValueError) as ex:
                problems.append("%s: %s %r: %s" % (cid, typ, surface, ex))
    cnt = counts(records)
    npos = sum(1 for r in records if r["kind"] == "positive")
    nneg = len(records) - npos
    if npos < MIN_POS:
        problems.append("only %d positives" % npos)
    if nneg < MIN_NEG:
        problems.append("only %d negatives" % nneg)
    for t in TYPES:
        if cnt[t] < MIN_SPANS[t]:
            problems.append("type %s has %d spans < %d" % (t, cnt[t], MIN_SPANS[t]))
    print("pii_holdout55: %d positive, %d negative, %d cases" % (npos, nneg, len(records)))
    for t in TYPES:
        print("  %-13s %4d" % (t, cnt[t]))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems[:200]:
            print("  " + p)
        return 1
    print("check OK")
    return 0


def main(argv):
    text, records, meta = build()
    if "--check" in argv:
        if not os.path.exists(CASES_PATH) or not os.path.exists(README_PATH):
            print("fixture missing; run without --check first")
            return 1
        return check(text, records, meta)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES_PATH, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README_PATH, "w", encoding="utf-8") as f:
        f.write(readme(records))
    print("wrote %d cases to %s" % (len(records), CASES_PATH))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

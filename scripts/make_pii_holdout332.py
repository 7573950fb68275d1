#!/usr/bin/env python3
"""Generate the pii_holdout332 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who did not see the
redaction engine.  Standard library only; one RNG: random.Random(332241125).

Usage:
    python scripts/make_pii_holdout332.py          # write cases.jsonl
    python scripts/make_pii_holdout332.py --check  # regenerate + verify
"""
import json
import os
import re
import sys
import random
import datetime
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout332", "cases.jsonl")

R = random.Random(332241125)

# ----------------------------------------------------------------------------
# spoken-number vocabulary
# ----------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ZERO_WORDS = {"zero", "oh", "o", "nought"}
UNIT_MAP = {w: i for i, w in enumerate(UNITS)}
for _z in ZERO_WORDS:
    UNIT_MAP[_z] = 0
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TEEN_MAP = {w: 10 + i for i, w in enumerate(TEENS)}
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7,
        "eighty": 8, "ninety": 9}
TENS_W = {v: k for k, v in TENS.items()}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "umm", "uhh"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
NATO_BY_LETTER = {}
for _w, _l in NATO.items():
    NATO_BY_LETTER.setdefault(_l, _w)
# informal "x for y" words people actually use
INFORMAL = {"A": "apple", "B": "bravo", "C": "charlie", "D": "david", "E": "edward", "F": "freddie",
            "G": "george", "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mother",
            "N": "nancy", "P": "peter", "R": "robert", "S": "sugar", "T": "tommy",
            "W": "william", "X": "xray", "Y": "yellow", "Z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_MAP = {m: i + 1 for i, m in enumerate(MONTHS)}
for _i, _m in enumerate(MONTHS):
    MONTH_MAP[_m[:3]] = _i + 1
MONTH_MAP["sept"] = 9
ORD_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9}
ORD_OTHER = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
             "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
             "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
ORD_W = {v: k for k, v in list(ORD_UNITS.items()) + list(ORD_OTHER.items())}


def ordinal_words(d):
    if d in ORD_W:
        return ORD_W[d]
    return TENS_W[d // 10] + " " + ORD_W[d % 10]


def ordinal_typed(d):
    if 10 <= d % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return "%d%s" % (d, suf)


# ----------------------------------------------------------------------------
# normalisers (used by --check and by the generator's round-trip asserts)
# ----------------------------------------------------------------------------
def _tok(text):
    return re.findall(r"[A-Za-z]+|[0-9]+|\+", text)


def norm_alnum(text):
    """Spoken or typed digits/letters -> canonical upper-case string."""
    t = [w.lower() if w.isalpha() else w for w in _tok(text)]
    out = []
    i = 0
    n = len(t)
    while i < n:
        w = t[i]
        nx = t[i + 1] if i + 1 < n else None
        if w in FILLERS:
            i += 1
        elif w in ("+", "plus"):
            out.append("+"); i += 1
        elif w.isdigit():
            out.append(w); i += 1
        elif w in ("double", "triple") and nx in UNIT_MAP:
            out.append(str(UNIT_MAP[nx]) * (2 if w == "double" else 3)); i += 2
        elif w in UNIT_MAP and nx == "hundred":
            v = UNIT_MAP[w] * 100
            i += 2
            if i < n and t[i] == "and":
                i += 1
                a = t[i] if i < n else None
                b = t[i + 1] if i + 1 < n else None
                if a in TEEN_MAP:
                    v += TEEN_MAP[a]; i += 1
                elif a in TENS:
                    v += TENS[a] * 10; i += 1
                    if b in UNIT_MAP and b not in ZERO_WORDS:
                        v += UNIT_MAP[b]; i += 1
                elif a in UNIT_MAP:
                    v += UNIT_MAP[a]; i += 1
            out.append("%03d" % v)
        elif w in UNIT_MAP:
            out.append(str(UNIT_MAP[w])); i += 1
        elif w in TEEN_MAP:
            out.append(str(TEEN_MAP[w])); i += 1
        elif w in TENS:
            if nx in UNIT_MAP and nx not in ZERO_WORDS:
                out.append(str(TENS[w] * 10 + UNIT_MAP[nx])); i += 2
            else:
                out.append(str(TENS[w] * 10)); i += 1
        elif w in NATO:
            out.append(NATO[w]); i += 1
        elif len(w) == 1 and w.isalpha():
            out.append(w.upper())
            if nx == "for" and i + 2 < n:
                i += 3
            elif nx == "as" and i + 3 < n and t[i + 2] == "in":
                i += 4
            else:
                i += 1
        else:
            out.append(w.upper()); i += 1
    return "".join(out)


def norm_email(text):
    if "@" in text:
        return text.strip().lower()
    t = [w.lower() for w in re.findall(r"[A-Za-z]+|[0-9]+", text)]
    out = []
    i = 0
    n = len(t)
    numwords = set(UNIT_MAP) | set(TEEN_MAP) | set(TENS) | {"double", "triple", "hundred"}
    while i < n:
        w = t[i]
        nx = t[i + 1] if i + 1 < n else None
        if w in FILLERS:
            i += 1
        elif w == "dot":
            out.append("."); i += 1
        elif w == "at":
            out.append("@"); i += 1
        elif w == "underscore":
            out.append("_"); i += 1
        elif w in ("dash", "hyphen"):
            out.append("-"); i += 1
        elif w in numwords and w != "o":
            j = i
            while j < n and t[j] in numwords | {"and"} and t[j] != "o":
                j += 1
            out.append(norm_alnum(" ".join(t[i:j]))); i = j
        elif len(w) == 1 and nx == "for" and i + 2 < n:
            out.append(w); i += 3
        elif len(w) == 1 and nx == "as" and i + 3 < n and t[i + 2] == "in":
            out.append(w); i += 4
        else:
            out.append(w); i += 1
    return "".join(out).lower()


def date_items(text):
    t = [w.lower() if w.isalpha() else w for w in re.findall(r"[A-Za-z]+|[0-9]+", text)]
    nums, months = [], []
    i = 0
    n = len(t)
    while i < n:
        w = t[i]
        nx = t[i + 1] if i + 1 < n else None
        nx2 = t[i + 2] if i + 2 < n else None
        if w in FILLERS or w in ("the", "of", "slash", "on", "st", "nd", "rd", "th", "and", "in", "end"):
            i += 1
        elif w.isdigit():
            nums.append(int(w)); i += 1
        elif w in MONTH_MAP:
            months.append(MONTH_MAP[w]); i += 1
        elif w in ("nineteen", "twenty") and (nx in TENS or nx in TEEN_MAP or
                                              (nx in ZERO_WORDS and nx2 in UNIT_MAP)):
            base = 1900 if w == "nineteen" else 2000
            if nx in TEEN_MAP:
                nums.append(base + TEEN_MAP[nx]); i += 2
            elif nx in TENS:
                v = TENS[nx] * 10
                i += 2
                if i < n and t[i] in UNIT_MAP and t[i] not in ZERO_WORDS:
                    v += UNIT_MAP[t[i]]; i += 1
                nums.append(base + v)
            else:
                nums.append(base + UNIT_MAP[nx2]); i += 3
        elif w == "two" and nx == "thousand":
            i += 2
            v = 2000
            if i < n and t[i] == "and":
                i += 1
            if i < n and t[i] in TEEN_MAP:
                v += TEEN_MAP[t[i]]; i += 1
            elif i < n and t[i] in TENS:
                v += TENS[t[i]] * 10; i += 1
                if i < n and t[i] in UNIT_MAP and t[i] not in ZERO_WORDS:
                    v += UNIT_MAP[t[i]]; i += 1
            elif i < n and t[i] in UNIT_MAP:
                v += UNIT_MAP[t[i]]; i += 1
            nums.append(v)
        elif w in ORD_UNITS:
            nums.append(ORD_UNITS[w]); i += 1
        elif w in ORD_OTHER:
            nums.append(ORD_OTHER[w]); i += 1
        elif w in TENS and nx in ORD_UNITS:
            nums.append(TENS[w] * 10 + ORD_UNITS[nx]); i += 2
        elif w in ZERO_WORDS and nx in UNIT_MAP:
            nums.append(UNIT_MAP[nx]); i += 2
        elif w in TENS:
            if nx in UNIT_MAP and nx not in ZERO_WORDS:
                nums.append(TENS[w] * 10 + UNIT_MAP[nx]); i += 2
            else:
                nums.append(TENS[w] * 10); i += 1
        elif w in TEEN_MAP:
            nums.append(TEEN_MAP[w]); i += 1
        elif w in UNIT_MAP:
            nums.append(UNIT_MAP[w]); i += 1
        else:
            raise ValueError("unparsed date token %r in %r" % (w, text))
    return nums, months


def date_matches(text, canon):
    """canon: (d, m, y) for DOB or (None, m, y) for EXPIRY."""
    d, m, y = canon
    nums, months = date_items(text)
    for ycand in (y, y % 100):
        need = Counter()
        if d is not None:
            need[d] += 1
        need[ycand] += 1
        if months:
            if months != [m]:
                continue
        else:
            need[m] += 1
        if Counter(nums) == need:
            return True
    return False


# ----------------------------------------------------------------------------
# value validators
# ----------------------------------------------------------------------------
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_BAD1 = set("DFIQUV")
NI_BAD2 = set("DFIOQUV")
NI_BADPAIR = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def ni_ok(s):
    if not re.fullmatch(r"[A-Z]{2}[0-9]{6}[A-D]", s):
        return False
    return s[0] not in NI_BAD1 and s[1] not in NI_BAD2 and s[:2] not in NI_BADPAIR


def ssn_ok(s):
    if not re.fullmatch(r"[0-9]{9}", s):
        return False
    a, g, sr = s[:3], s[3:5], s[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and sr != "0000"


UK_PC = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}")
STREET_SUFFIX = {"street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "close", "drive",
                 "dr", "way", "court", "crescent", "place", "terrace", "grove", "gardens",
                 "boulevard", "blvd", "parade", "row", "hill", "walk", "mews", "square", "park"}


def address_ok(text):
    toks = [w.lower() for w in re.findall(r"[A-Za-z]+|[0-9]+", text)]
    if not toks:
        return False
    first_ok = toks[0].isdigit() or toks[0] in UNIT_MAP or toks[0] in TEEN_MAP or \
        toks[0] in TENS or toks[0] in ("flat", "apt", "apartment", "unit", "double", "triple")
    return first_ok and any(w in STREET_SUFFIX for w in toks)


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
        return c.isdigit() and 6 <= len(c) <= 17
    if typ == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if typ == "IBAN":
        return iban_ok(c)
    if typ == "PHONE":
        return re.fullmatch(r"\+?[0-9]{7,15}", c) is not None
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._\-+]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", c) is not None
    if typ == "POSTCODE":
        return UK_PC.fullmatch(c) is not None or re.fullmatch(r"[0-9]{5}([0-9]{4})?", c) is not None
    if typ == "DOB":
        d, m, y = c
        datetime.date(y, m, d)
        return 1925 <= y <= 2008
    if typ == "EXPIRY":
        _, m, y = c
        return 1 <= m <= 12 and 2024 <= y <= 2035
    if typ == "ADDRESS":
        return True
    raise ValueError(typ)


def normalise(typ, text):
    if typ == "EMAIL":
        return norm_email(text)
    if typ in ("DOB", "EXPIRY", "ADDRESS"):
        return text
    s = norm_alnum(text)
    if typ == "POSTCODE":
        s = s.replace("-", "")
    return s


# ----------------------------------------------------------------------------
# speaking helpers
# ----------------------------------------------------------------------------
def zw(uk=True):
    return R.choice(["oh", "oh", "oh", "zero", "o"] + (["nought"] if uk else []))


def uw(d, uk=True):
    return zw(uk) if d == "0" else UNITS[int(d)]


def speak_single(ds, uk=True, runs=True):
    out = []
    i = 0
    while i < len(ds):
        j = i
        while j < len(ds) and ds[j] == ds[i]:
            j += 1
        run = j - i
        if runs and run == 3 and R.random() < 0.6:
            out.append("triple " + uw(ds[i], uk)); i += 3
        elif runs and run >= 2 and R.random() < 0.7:
            out.append("double " + uw(ds[i], uk)); i += 2
        else:
            out.append(uw(ds[i], uk)); i += 1
    return " ".join(out)


def speak_pair(dd, uk=True):
    if dd[0] == "0":
        return zw(uk) + " " + UNITS[int(dd[1])]
    if dd[0] == "1":
        return TEENS[int(dd[1])]
    return TENS_W[int(dd[0])] + ("" if dd[1] == "0" else " " + UNITS[int(dd[1])])


def speak_hundred(ddd, uk=True):
    if ddd[0] == "0":
        return None
    s = UNITS[int(ddd[0])] + " hundred"
    if ddd[1:] == "00":
        return s
    if ddd[1] == "0":
        return s + " and " + UNITS[int(ddd[2])]
    return s + " and " + speak_pair(ddd[1:], uk)


def speak_chunk(ch, uk=True, style=None):
    style = style or R.choice(["single", "single", "single", "pairs", "hundred"])
    if style == "pairs" and len(ch) % 2 == 0:
        return " ".join(speak_pair(ch[k:k + 2], uk) for k in range(0, len(ch), 2))
    if style == "hundred" and len(ch) == 3:
        h = speak_hundred(ch, uk)
        if h:
            return h
    return speak_single(ch, uk)


def speak_digits(ds, chunks=None, uk=True, filler=0.12, style=None, sep=None):
    """Speak a digit string; fillers only between chunks (never at ends)."""
    for attempt in range(6):
        if chunks is None:
            cl = []
            rest = len(ds)
            while rest > 0:
                k = min(rest, R.choice([2, 3, 4, 4]))
                cl.append(k); rest -= k
        else:
            cl = chunks
        parts = []
        pos = 0
        for k in cl:
            parts.append(speak_chunk(ds[pos:pos + k], uk, style if attempt < 4 else "single"))
            pos += k
        words = []
        for idx, p in enumerate(parts):
            if idx:
                if R.random() < filler:
                    words.append(R.choice(["um", "uh", "er", "erm"]))
                words.append(sep if sep is not None else R.choice(["", "", ","]))
            words.append(p)
        s = ""
        for w in words:
            if w == "":
                continue
            if w == ",":
                s += ","
            else:
                s += (" " if s else "") + w
        if norm_alnum(s) == ds:
            return s
    s = speak_single(ds, uk, runs=False)
    assert norm_alnum(s) == ds
    return s


def speak_letters(s, nato=0.3, uk=True):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(uw(ch, uk))
            continue
        r = R.random()
        if r < nato:
            out.append(ch.lower() + " for " + (NATO_BY_LETTER[ch] if R.random() < 0.6 else INFORMAL.get(ch, NATO_BY_LETTER[ch])))
        elif r < nato + 0.1:
            out.append(NATO_BY_LETTER[ch])
        else:
            out.append(ch.lower())
    return " ".join(out)


def group_digits(ds, sizes, sep):
    out, pos = [], 0
    for k in sizes:
        out.append(ds[pos:pos + k]); pos += k
    return sep.join(out)


# ----------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------
LET = "ABCEGHJKLMNPRSTWXYZ"  # no O/I/D/F/Q/U/V to keep spoken forms unambiguous


def gen_card():
    kind = R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "maestro"])
    if kind == "visa":
        pre, ln = "4", 16
    elif kind == "mc":
        pre, ln = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        pre, ln = R.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, ln = "6011", 16
    elif kind == "visa13":
        pre, ln = "4", 13
    elif kind == "visa19":
        pre, ln = "4", 19
    else:
        pre, ln = R.choice(["6759", "6763"]), 18
    body = pre + "".join(R.choice("0123456789") for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(c):
    n = len(c)
    return {15: [4, 6, 5], 16: [4, 4, 4, 4], 13: [4, 4, 5], 19: [4, 4, 4, 4, 3], 18: [4, 4, 4, 4, 2]}[n]


def type_card(c):
    r = R.random()
    if r < 0.35:
        return group_digits(c, card_groups(c), " ")
    if r < 0.55:
        return group_digits(c, card_groups(c), "-")
    if r < 0.7:
        return c
    if r < 0.8:
        return group_digits(c, card_groups(c), ".")
    # odd grouping
    sizes = []
    rest = len(c)
    while rest > 0:
        k = min(rest, R.choice([3, 5, 6, 7]))
        sizes.append(k); rest -= k
    return group_digits(c, sizes, R.choice([" ", "  ", "-"]))


def gen_ssn():
    while True:
        s = "%03d%02d%04d" % (R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999))
        if ssn_ok(s):
            return s


def type_ssn(s):
    return R.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])


def gen_ni():
    while True:
        p = R.choice("ABCEGHJKLMNPRSTWXYZ") + R.choice("ABCEGHJKLMNPRSTWXYZ")
        if p in NI_BADPAIR or p in ("ER", "AH"):
            continue
        s = p + "%06d" % R.randint(0, 999999) + R.choice("ABCD")
        if ni_ok(s):
            return s


def type_ni(s):
    r = R.random()
    if r < 0.3:
        return s
    if r < 0.6:
        return "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])
    if r < 0.75:
        return s.lower()
    if r < 0.9:
        return "%s%s %s" % (s[:2], s[2:8], s[8])
    return "%s-%s-%s-%s-%s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])


def speak_ni(s):
    lead = speak_letters(s[:2], nato=0.4)
    digits = speak_digits(s[2:8], chunks=R.choice([[2, 2, 2], [3, 3], [6], [2, 4]]))
    return lead, digits, speak_letters(s[8], nato=0.4)


BANKS = {"GB": ["NWBK", "BARC", "HBUK", "MIDL", "LAYS", "CPBK"], "IE": ["AIBK", "IPBS", "BNYR"],
         "NL": ["ABNA", "RABN", "INGB", "TRIN"]}


def iban_make(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def gen_iban():
    cc = R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda k: "".join(R.choice("0123456789") for _ in range(k))
    if cc in ("GB", "IE"):
        bban = R.choice(BANKS[cc]) + dg(14)
    elif cc == "NL":
        bban = R.choice(BANKS[cc]) + dg(10)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "FR":
        bban = dg(23)
    else:
        bban = dg(20)
    s = iban_make(cc, bban)
    assert iban_ok(s)
    return s


def type_iban(s):
    r = R.random()
    g = " ".join(s[k:k + 4] for k in range(0, len(s), 4))
    if r < 0.5:
        return g
    if r < 0.7:
        return s
    if r < 0.85:
        return g.lower()
    return "-".join(s[k:k + 4] for k in range(0, len(s), 4))


def gen_phone():
    k = R.choice(["ukmob", "ukmob", "uklon", "ukman", "us", "us", "ie", "de", "fr", "ukmob_int"])
    x = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if k == "ukmob":
        c = "07700900" + x(3); typed = R.choice(["%s %s" % (c[:5], c[5:]), c, "%s-%s-%s" % (c[:5], c[5:8], c[8:])])
    elif k == "ukmob_int":
        c = "+447700900" + x(3); typed = R.choice(["+44 7700 900%s" % c[-3:], "+44 (0)7700 900%s" % c[-3:], c])
        if "(0)" in typed:
            c = "+4407700900" + c[-3:]
    elif k == "uklon":
        c = "02079460" + x(3); typed = R.choice(["020 7946 0%s" % c[-3:], "020-7946-0%s" % c[-3:], c])
    elif k == "ukman":
        c = "01614960" + x(3); typed = R.choice(["0161 496 0%s" % c[-3:], "0161-496-0%s" % c[-3:]])
    elif k == "us":
        a = R.choice(["212", "415", "312", "617", "713", "206"])
        c = a + "55501" + x(2)
        typed = R.choice(["%s 555-01%s" % (a, c[-2:]), "%s-555-01%s" % (a, c[-2:]), "%s.555.01%s" % (a, c[-2:])])
        if R.random() < 0.3:
            c = "+1" + c; typed = "+1 (%s) 555-01%s" % (a, c[-2:])
    elif k == "ie":
        c = "+35387" + x(7); typed = R.choice(["+353 87 %s %s" % (c[6:9], c[9:]), "+353-87-%s" % c[6:]])
        if R.random() < 0.4:
            c = "087" + c[6:]; typed = "087 %s %s" % (c[3:6], c[6:])
    elif k == "de":
        c = "+4930" + x(8); typed = "+49 30 %s" % c[5:]
    else:
        c = "+336" + x(8); typed = "+33 6 " + " ".join(c[k2:k2 + 2] for k2 in range(4, 12, 2))
    return c, typed


def speak_phone(c):
    if c.startswith("+"):
        cc_len = 1 if c.startswith("+1") else (3 if c.startswith("+353") else 2)
        cc = c[1:1 + cc_len]
        rest = c[1 + cc_len:]
        return "plus " + speak_single(cc, runs=False) + " " + speak_digits(rest, filler=0.1)
    return speak_digits(c, chunks=[5, 3, len(c) - 8] if len(c) > 8 else None, filler=0.1)


FIRST = ["jane", "sam", "priya", "tom", "aoife", "liam", "maria", "kwame", "chloe", "dev", "niamh",
         "oliver", "fatima", "jake", "sinead", "marco", "ewa", "raj", "beth", "carlos", "hannah", "seamus"]
LAST = ["doe", "smith", "patel", "obrien", "kowalski", "nguyen", "murphy", "garcia", "jones", "khan",
        "walsh", "rossi", "brennan", "taylor", "mensah", "fischer", "dubois", "reilly"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com",
           "eircom.net", "gmx.de", "proton.me", "aol.com", "live.ie", "sky.com"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.choice(["f.l", "fl", "f_l", "fl##", "f.l#", "i.l", "il"])
    num = str(R.randint(1, 99))
    user = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "fl##": f + l + num,
            "f.l#": f + "." + l + num, "i.l": f[0] + "." + l, "il": f[0] + l}[style]
    return user + "@" + R.choice(DOMAINS), (f, l, num, style)


def speak_email(addr):
    user, dom = addr.split("@")
    parts = re.findall(r"[a-z]+|[0-9]+|[._]", user)
    words = []
    for p in parts:
        if p == ".":
            words.append("dot")
        elif p == "_":
            words.append("underscore")
        elif p.isdigit():
            words.append(speak_pair(p) if len(p) == 2 and p[0] != "0" else speak_single(p, runs=False))
        elif len(p) == 1:
            words.append(p + (" for " + NATO_BY_LETTER[p.upper()] if R.random() < 0.5 else ""))
        elif R.random() < 0.2 and len(p) <= 6:
            words.append(" ".join(p))
        else:
            words.append(p)
    words.append("at")
    words.append(" dot ".join(dom.split(".")))
    s = " ".join(words)
    assert norm_email(s) == addr, (s, addr)
    return s


def gen_dob():
    y = R.randint(1938, 2005)
    m = R.randint(1, 12)
    d = R.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return (d, m, y)


def year_words(y):
    if y < 2000:
        return "nineteen " + speak_pair("%02d" % (y % 100))
    if y < 2010:
        return R.choice(["two thousand and ", "two thousand "]) + UNITS[y - 2000]
    return R.choice(["twenty " + speak_pair("%02d" % (y % 100)), "two thousand and " + TEENS[y - 2010] if y < 2020 else "twenty " + speak_pair("%02d" % (y % 100))])


def type_dob(c, us=False):
    d, m, y = c
    mn = MONTHS[m - 1].capitalize()
    opts = ["%02d/%02d/%d" % ((m, d, y) if us else (d, m, y)),
            "%d %s %d" % (d, mn, y), "%s %d, %d" % (mn, d, y), "%d-%02d-%02d" % (y, m, d),
            "%s %s %d" % (ordinal_typed(d), mn[:3], y), "%d.%d.%d" % ((m, d, y) if us else (d, m, y))]
    s = R.choice(opts)
    if not us and R.random() < 0.15:
        s = "%d/%d/%02d" % (d, m, y % 100)
    return s


def speak_dob(c):
    d, m, y = c
    r = R.random()
    if r < 0.4:
        s = "the %s of %s %s" % (ordinal_words(d), MONTHS[m - 1], year_words(y))
    elif r < 0.7:
        s = "%s the %s %s" % (MONTHS[m - 1], ordinal_words(d), year_words(y))
    elif r < 0.85:
        s = "%s %s %s" % (ordinal_words(d), MONTHS[m - 1], year_words(y))
    else:
        s = "%s %s %s" % (speak_pair("%02d" % d), speak_pair("%02d" % m), speak_pair("%02d" % (y % 100)))
    if s.startswith("the "):
        s = s[4:]
    if not date_matches(s, c):
        return "%s %s %s" % (ordinal_words(d), MONTHS[m - 1], "nineteen " + speak_pair("%02d" % (y % 100)) if y < 2000 else str(y))
    return s


def gen_expiry():
    return (None, R.randint(1, 12), R.randint(2025, 2032))


def type_expiry(c):
    _, m, y = c
    return R.choice(["%02d/%02d" % (m, y % 100), "%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y),
                     "%02d-%02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1].capitalize(), y),
                     "%s %d" % (MONTHS[m - 1][:3].capitalize(), y), "%d/%02d" % (m, y % 100)])


def speak_expiry(c):
    s = _speak_expiry(c)
    if not date_matches(s, c):
        s = "%s %d" % (MONTHS[c[1] - 1], c[2])
    return s


def _speak_expiry(c):
    _, m, y = c
    r = R.random()
    yy = "%02d" % (y % 100)
    if r < 0.35:
        return "%s %s" % (speak_pair("%02d" % m), speak_pair(yy))
    if r < 0.55:
        return "%s slash %s" % (UNITS[m] if m < 10 else TEENS[m - 10], speak_pair(yy))
    if r < 0.8:
        return "%s %s" % (MONTHS[m - 1], R.choice(["twenty " + speak_pair(yy), speak_pair(yy), "two thousand and " + speak_pair(yy)]) if True else "")
    return "%s %s" % (MONTHS[m - 1], speak_pair(yy))


STREETS_UK = ["Acacia", "Mill", "Church", "Station", "Victoria", "Kings", "Queens", "Park", "Chapel",
              "Highfield", "Orchard", "Meadow", "Windsor", "Albert", "Grange", "Beech", "Manor"]
SUFF_UK = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Terrace", "Gardens", "Way", "Grove"]
STREETS_US = ["Maple", "Oak", "Elm", "Washington", "Lincoln", "Cedar", "Pine", "Lake", "Sunset", "Hillcrest"]
SUFF_US = ["Street", "St", "Ave", "Avenue", "Blvd", "Drive", "Dr", "Road", "Way", "Court"]
TOWNS_UK = [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Cardiff", "CF"), ("Glasgow", "G"),
            ("Birmingham", "B"), ("Newcastle", "NE"), ("Reading", "RG"), ("London", "SE"), ("Edinburgh", "EH"),
            ("Belfast", "BT"), ("Liverpool", "L")]
TOWNS_US = [("Springfield, IL", "627"), ("Austin, TX", "787"), ("Denver, CO", "802"), ("Portland, OR", "972"),
            ("Columbus, OH", "432"), ("Raleigh, NC", "276")]
INWARD = "ABEGHJLNPRSTWXYZ"


def gen_uk_pc(area):
    while True:
        s = area + str(R.randint(1, 29)) + str(R.randint(0, 9)) + R.choice(INWARD) + R.choice(INWARD)
        if s[-2:].lower() not in FILLERS and UK_PC.fullmatch(s):
            return s


def type_uk_pc(s):
    out, inn = s[:-3], s[-3:]
    r = R.random()
    if r < 0.6:
        return out + " " + inn
    if r < 0.8:
        return (out + " " + inn).lower()
    return s


def speak_uk_pc(s):
    out, inn = s[:-3], s[-3:]
    lets = re.match(r"[A-Z]+", out).group(0)
    num = out[len(lets):]
    spoken_num = speak_pair(num) if len(num) == 2 and R.random() < 0.5 else speak_single(num, runs=False)
    return speak_letters(lets, nato=0.25) + " " + spoken_num + " " + UNITS[int(inn[0])] + " " + speak_letters(inn[1:], nato=0.25)


def gen_address(us=False):
    if us:
        n = R.randint(100, 9899)
        st = R.choice(STREETS_US)
        sf = R.choice(SUFF_US)
        typed = "%d %s%s %s" % (n, R.choice(["", "", "N ", "W ", "E "]), st, sf)
        spoken_num = speak_pair(("%04d" % n)[:2]) + " " + speak_pair(("%04d" % n)[2:]) if n >= 1000 and n % 100 >= 10 else \
            speak_digits(str(n), chunks=[len(str(n))], filler=0)
        spoken = "%s %s %s" % (spoken_num, st.lower(), {"St": "street", "Ave": "avenue", "Blvd": "boulevard", "Dr": "drive"}.get(sf, sf.lower()))
        if R.random() < 0.25:
            a = R.randint(2, 40)
            typed = "Apt %d, %s" % (a, typed) if R.random() < 0.5 else typed + " Apt %d" % a
            spoken = "apartment %s %s" % (speak_digits(str(a), chunks=[len(str(a))], style="pairs", filler=0), spoken)
        return typed, spoken
    n = R.randint(1, 240)
    st = R.choice(STREETS_UK)
    sf = R.choice(SUFF_UK)
    typed = "%d %s %s" % (n, st, sf)
    words = speak_hundred("%03d" % n) if n >= 100 else (speak_pair("%02d" % n) if n >= 10 else UNITS[n])
    spoken = "%s %s %s" % (words, st.lower(), sf.lower())
    if R.random() < 0.3:
        f = R.randint(1, 12)
        typed = R.choice(["Flat %d, %s", "Flat %d %s", "flat %d, %s"]) % (f, typed)
        spoken = "flat %s %s" % (UNITS[f] if f < 10 else TEENS[f - 10], spoken)
    return typed, spoken


# ----------------------------------------------------------------------------
# case builder
# ----------------------------------------------------------------------------
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []  # list of (speaker, parts)
        self.groups = {}
        self.ng = 0

    def group(self, typ, canon, partial=False):
        self.ng += 1
        self.groups[self.ng] = (typ, canon, partial)
        return self.ng

    def say(self, speaker, *parts):
        """parts: str (plain) or (text, gid) labelled."""
        self.turns.append((speaker, parts))
        return self

    def build(self):
        turns, spans, meta = [], [], []
        for ti, (spk, parts) in enumerate(self.turns):
            text = ""
            for p in parts:
                if isinstance(p, tuple):
                    val, gid = p
                    typ = self.groups[gid][0]
                    st = len(text)
                    text += val
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                    meta.append((ti, st, len(text), gid))
                else:
                    text += p
            turns.append({"speaker": spk, "text": text})
        return turns, spans, meta


CASES = []


def add(case):
    CASES.append(case)


def L(val, gid):
    return (val, gid)


BACK = ["mhm", "mm hmm", "yep", "go on", "ok", "uh huh", "right", "yeah", "got that", "ok go on", "mhm yep"]
FILL = ["um ", "uh ", "so ", "er ", "yeah ", "ok so ", "right ", ""]

INDUSTRY = {
    "banking": ("Northgate Bank", ["your current account", "the transfer", "your card"]),
    "telecom": ("Brightwave Mobile", ["your contract", "the bill", "your SIM"]),
    "utilities": ("Greenline Energy", ["your gas account", "the direct debit", "your tariff"]),
    "retail": ("Harlow & Finch", ["your order", "the refund", "your store card"]),
    "insurance": ("Shieldpoint Insurance", ["your policy", "the claim", "your renewal"]),
    "travel": ("Skyward Travel", ["your booking", "the flight change", "your refund"]),
    "healthcare": ("MediBill Services", ["your statement", "the invoice", "your co-pay"]),
    "government": ("Revenue Services Helpline", ["your tax account", "the benefit claim", "your records"]),
}


def ind():
    k = R.choice(sorted(INDUSTRY))
    name, topics = INDUSTRY[k]
    return k, name, R.choice(topics)


def greet(name, asr):
    g = R.choice(["thank you for calling %s my name is %s how can i help",
                  "good morning %s you're through to %s",
                  "hi you're speaking to %s at %s what can i do for you"])
    agent = R.choice(["dan", "sophie", "mo", "kerry", "alex", "joanne", "pete", "ciara"])
    s = g % ((name.lower(), agent) if g.startswith("thank") else (name.lower(), agent) if g.startswith("good") else (agent, name.lower()))
    if not asr:
        s = "Hi, thanks for contacting %s. I'm %s, how can I help today?" % (name, agent.capitalize())
    return s


def typo(s):
    """Introduce a small typo in plain (non-value) text."""
    if R.random() < 0.3 and len(s) > 8:
        i = R.randint(1, len(s) - 3)
        if s[i].isalpha() and s[i + 1].isalpha():
            s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


# ---------------------------- positive scenarios ----------------------------
def pos_card_chat():
    k, name, topic = ind()
    c = Case("positive", "typed chat: card number with expiry and CVV (%s)" % k)
    card = gen_card()
    g = c.group("CARD_NUMBER", card)
    c.say("agent", greet(name, False))
    lead = R.choice(["card no: ", "Card number: ", "its ", "ok here you go ", "card - ", "CARD NO.", "long number is ",
                     "pls use ", "my card ", "number on the card is "])
    parts = [typo("I want to pay " + topic + ". ") if R.random() < 0.5 else "", lead, L(type_card(card), g)]
    if R.random() < 0.6:
        e = gen_expiry()
        ge = c.group("EXPIRY", e)
        parts += [R.choice([" exp ", ", expiry ", " exp: ", " valid thru ", " expires "]), L(type_expiry(e), ge)]
    if R.random() < 0.5:
        cv = "".join(R.choice("0123456789") for _ in range(4 if len(card) == 15 else 3))
        gc = c.group("CVV", cv)
        parts += [R.choice([" cvv ", " CVC: ", ", security code ", " cvv2 ", " and the 3 digits on the back are "]), L(cv, gc)]
    c.say("customer", *parts)
    c.say("agent", R.choice(["Thanks, that's gone through.", "Thank you - payment of \u00a3%d.%02d taken." % (R.randint(5, 400), R.randint(0, 99)),
                             "Lovely, processing now. It may take 2-3 working days."]))
    add(c)


def pos_card_split_asr():
    k, name, topic = ind()
    c = Case("positive", "ASR call: card read in chunks over several turns with back-channels (%s)" % k)
    card = gen_card()
    g = c.group("CARD_NUMBER", card)
    c.say("agent", greet(name, True))
    c.say("agent", R.choice(["can i take the long number on the card please", "ok what's the card number",
                             "whenever you're ready read me the sixteen digits", "go ahead with the card number"]))
    sizes = card_groups(card)
    pos = 0
    chunks = []
    for s in sizes:
        chunks.append(card[pos:pos + s]); pos += s
    # merge some chunks into the same turn
    turns = []
    i = 0
    while i < len(chunks):
        if i + 1 < len(chunks) and R.random() < 0.3:
            turns.append(chunks[i] + chunks[i + 1]); i += 2
        else:
            turns.append(chunks[i]); i += 1
    for j, ch in enumerate(turns):
        sp = speak_digits(ch, chunks=[4, 4] if len(ch) == 8 else [len(ch)] if len(ch) <= 4 else None)
        pre = R.choice(["", "", "um ", "it's " if j == 0 else "then ", "ok "])
        post = R.choice(["", "", "", " yeah", " sorry"])
        c.say("customer", pre, L(sp, g), post)
        if j < len(turns) - 1:
            c.say("agent", R.choice(BACK))
    if R.random() < 0.6:
        gb = c.group("CARD_NUMBER", card)
        rb = speak_digits(card, chunks=card_groups(card), filler=0.0, style="single")
        c.say("agent", R.choice(["so that's ", "let me read that back ", "i've got "]), L(rb, gb), R.choice([" is that right", " correct", ""]))
        c.say("customer", R.choice(["yes", "yep that's it", "yeah correct"]))
    if R.random() < 0.5:
        e = gen_expiry()
        ge = c.group("EXPIRY", e)
        c.say("agent", "and the expiry date")
        c.say("customer", R.choice(["", "it's ", "um "]), L(speak_expiry(e), ge))
    add(c)


def pos_card_correction():
    k, name, topic = ind()
    c = Case("positive", "ASR call: card reading restarted after a mistake, with an aside in the middle (%s)" % k)
    card = gen_card()
    c.say("agent", "ok i'm ready for the card number when you are")
    cut = R.choice([4, 6, 8])
    wrong = card[:cut - 1] + str((int(card[cut - 1]) + 3) % 10)
    gp = c.group("CARD_NUMBER", wrong, partial=True)
    c.say("customer", L(speak_digits(wrong, chunks=[4, cut - 4] if cut > 4 else [cut]), gp),
          R.choice([" no wait sorry that's wrong let me start again", " oh no hang on i've read that wrong",
                    " sorry scrap that start again"]))
    c.say("agent", R.choice(["no problem take your time", "that's fine from the top", "ok"]))
    g = c.group("CARD_NUMBER", card)
    split = R.choice([4, 8, 12]) if len(card) >= 16 else 8
    a, b = card[:split], card[split:]
    aside = R.choice([", sorry my glasses are, hang on, right, ", ", just a sec the dog's barking, ",
                      " sorry i'm on the bus, ", ", hold on let me turn the light on, "])
    sa = speak_digits(a, chunks=[4] * (len(a) // 4))
    sb = speak_digits(b)
    c.say("customer", R.choice(["right ", "ok so ", ""]), L(sa, g), aside, L(sb, g))
    c.say("agent", R.choice(["thank you", "lovely thanks", "great that's validated"]))
    add(c)


def pos_card_readback_typed():
    k, name, topic = ind()
    c = Case("positive", "email: card number and CVV in an email, agent confirms last four only (%s)" % k)
    card = gen_card()
    g = c.group("CARD_NUMBER", card)
    cv = "".join(R.choice("0123456789") for _ in range(4 if len(card) == 15 else 3))
    gc = c.group("CVV", cv)
    c.say("customer", "Subject: RE: outstanding balance\n\nHi,\nPlease charge ", topic.replace("your ", "my "),
          " to the following.\n", R.choice(["Card: ", "card#: ", "CC - ", "Number:  "]), L(type_card(card), g),
          "\n", R.choice(["Sec code: ", "CVV=", "cvv "]), L(cv, gc), "\nThanks,\n", R.choice(FIRST).capitalize())
    c.say("agent", "Thank you. The payment of \u00a3%d.00 has been taken from the card ending %s. Your receipt number is %d." %
          (R.randint(10, 900), card[-4:], R.randint(10000000, 99999999)))
    add(c)


def pos_ssn():
    k, name, topic = ind()
    asr = R.random() < 0.6
    c = Case("positive", ("ASR call" if asr else "typed chat") + ": US social security number (%s)" % k)
    ssn = gen_ssn()
    c.say("agent", greet(name, asr))
    if not asr:
        g = c.group("SSN", ssn)
        c.say("agent", R.choice(["To verify, can you give me your SSN?", "I'll need your social security number to continue."]))
        c.say("customer", typo(R.choice(["sure its ", "SSN: ", "ssn ", "Social is ", "ok - ", "it's "])), L(type_ssn(ssn), g),
              R.choice(["", " thx", ". DOB too if you need it?", ""]))
        add(c)
        return
    c.say("agent", R.choice(["can i get your social security number please", "and your social", "for security what's your s s n"]))
    mode = R.random()
    if mode < 0.4:
        g = c.group("SSN", ssn)
        c.say("customer", R.choice(["yeah it's ", "sure ", "um ", ""]), L(speak_digits(ssn, chunks=[3, 2, 4]), g))
    elif mode < 0.8:
        g = c.group("SSN", ssn)
        c.say("customer", R.choice(["ok ", "", "it's "]), L(speak_digits(ssn[:3], chunks=[3]), g))
        c.say("agent", R.choice(BACK))
        c.say("customer", L(speak_digits(ssn[3:5], chunks=[2]), g))
        c.say("agent", R.choice(BACK))
        c.say("customer", L(speak_digits(ssn[5:], chunks=[4]), g), R.choice(["", " that's it"]))
    else:
        wrong = ssn[:3] + str((int(ssn[3]) + 1) % 10)
        gp = c.group("SSN", wrong, partial=True)
        g = c.group("SSN", ssn)
        c.say("customer", L(speak_digits(wrong, chunks=[3, 1]), gp), " no sorry that's my wife's, mine is ",
              L(speak_digits(ssn, chunks=[3, 2, 4]), g))
    if R.random() < 0.6:
        gb = c.group("SSN", ssn)
        c.say("agent", R.choice(["thanks so that's ", "ok i have ", "just confirming "]), L(speak_digits(ssn, chunks=[3, 2, 4], filler=0), gb))
        c.say("customer", "yes")
    add(c)


def pos_ni():
    k, name, topic = ind()
    asr = R.random() < 0.6
    c = Case("positive", ("ASR call" if asr else "typed chat") + ": UK National Insurance number (%s)" % k)
    ni = gen_ni()
    c.say("agent", greet(name, asr))
    if not asr:
        g = c.group("NI_NUMBER", ni)
        c.say("customer", typo(R.choice(["my NI number is ", "NI no: ", "NINO ", "national insurance: ", "ni number - "])),
              L(type_ni(ni), g), R.choice(["", " if that helps", ". I'm calling about " + topic + "."]))
        c.say("agent", "Thanks, I've found your record.")
        add(c)
        return
    c.say("agent", R.choice(["can you confirm your national insurance number", "what's your n i number please"]))
    a, d, s = speak_ni(ni)
    mode = R.random()
    if mode < 0.45:
        g = c.group("NI_NUMBER", ni)
        c.say("customer", R.choice(["yeah it's ", "", "um ", "right it's "]), L(a + " " + d + " " + s, g))
    elif mode < 0.8:
        g = c.group("NI_NUMBER", ni)
        c.say("customer", R.choice(["", "it's "]), L(a, g))
        c.say("agent", R.choice(BACK))
        c.say("customer", L(d, g))
        c.say("agent", R.choice(["and the last letter", "mhm and the letter at the end", "go on"]))
        c.say("customer", R.choice(["", "it's ", "um "]), L(s, g))
    else:
        g = c.group("NI_NUMBER", ni)
        c.say("customer", L(a + " " + d, g), R.choice([" hang on where's my payslip, ", " sorry, ", ", um, the last one is "]), L(s, g))
    if R.random() < 0.5:
        gb = c.group("NI_NUMBER", ni)
        c.say("agent", "so that's ", L(speak_letters(ni[:2], nato=0.6) + " " + speak_digits(ni[2:8], chunks=[2, 2, 2], filler=0, style="single") + " " + speak_letters(ni[8], nato=0.6), gb))
        c.say("customer", R.choice(["yes", "that's right"]))
    add(c)


def pos_bank():
    k, name, topic = ind()
    asr = R.random() < 0.5
    c = Case("positive", ("ASR call" if asr else "typed chat") + ": UK sort code and account number (%s)" % k)
    sc = "".join(R.choice("0123456789") for _ in range(6))
    acct = "".join(R.choice("0123456789") for _ in range(8))
    gs = c.group("SORT_CODE", sc)
    ga = c.group("BANK_ACCOUNT", acct)
    if not asr:
        tsc = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        c.say("customer", typo(R.choice(["Please refund to: ", "New bank details - ", "For the direct debit: "])),
              R.choice(["sort code ", "SC: ", "s/c "]), L(tsc, gs), R.choice([", acct no: ", " a/c ", " account number ", "; acc#"]),
              L(R.choice([acct, acct[:4] + " " + acct[4:]]), ga))
        c.say("agent", "Thanks, the refund of \u00a3%d.%02d will go out within 5 working days." % (R.randint(5, 300), R.randint(0, 99)))
        add(c)
        return
    c.say("agent", "what's the sort code")
    c.say("customer", R.choice(["", "it's ", "er "]), L(speak_digits(sc, chunks=[2, 2, 2], style=R.choice(["pairs", "single"])), gs))
    c.say("agent", R.choice(["and the account number", "lovely and the eight digit account number"]))
    if R.random() < 0.5:
        c.say("customer", L(speak_digits(acct[:4], chunks=[4]), ga))
        c.say("agent", R.choice(BACK))
        c.say("customer", L(speak_digits(acct[4:], chunks=[4]), ga))
    else:
        c.say("customer", R.choice(["", "um "]), L(speak_digits(acct, chunks=[4, 4]), ga))
    if R.random() < 0.5:
        gb = c.group("BANK_ACCOUNT", acct)
        c.say("agent", "reading back account ", L(speak_digits(acct, chunks=[4, 4], filler=0), gb))
    add(c)


def pos_us_bank():
    c = Case("positive", "typed chat: US routing-less account number with label variations")
    acct = "".join(R.choice("0123456789") for _ in range(R.choice([9, 10, 12])))
    ga = c.group("BANK_ACCOUNT", acct)
    c.say("customer", R.choice(["checking acct #", "Acct No.: ", "account ", "ACCT#"]), L(acct, ga),
          R.choice(["", " (checking)", " - savings"]), ". The bill is $%d.%02d." % (R.randint(20, 900), R.randint(0, 99)))
    c.say("agent", "Got it, autopay is set up for the 15th of each month.")
    add(c)


def pos_iban():
    k, name, topic = ind()
    asr = R.random() < 0.45
    c = Case("positive", ("ASR call" if asr else "typed email") + ": IBAN (%s)" % k)
    ib = gen_iban()
    g = c.group("IBAN", ib)
    if not asr:
        c.say("customer", typo(R.choice(["Please send the refund to IBAN ", "My IBAN: ", "iban - ", "Bank: IBAN "])), L(type_iban(ib), g),
              R.choice(["", " BIC to follow", ". Danke", ". Merci"]))
        c.say("agent", "Thank you, we'll process the refund within 10 working days.")
        add(c)
        return
    c.say("agent", "ok can you read me the i ban")
    # country + check, then the rest in chunks across turns
    first = speak_letters(ib[:2], nato=0.3) + " " + speak_digits(ib[2:4], chunks=[2])
    rest = ib[4:]
    pieces = [rest[i:i + 4] for i in range(0, len(rest), 4)]
    c.say("customer", R.choice(["", "right it's "]), L(first + " " + speak_letters(pieces[0], nato=0.2) if not pieces[0].isdigit()
                                                      else first + " " + speak_digits(pieces[0], chunks=[4]), g))
    buf = []
    for j, p in enumerate(pieces[1:]):
        buf.append(speak_letters(p, nato=0.2) if not p.isdigit() else speak_digits(p, chunks=[len(p)], filler=0))
        if len(buf) == 2 or j == len(pieces) - 2:
            c.say("agent", R.choice(BACK))
            c.say("customer", L(" ".join(buf), g))
            buf = []
    add(c)


def pos_phone():
    k, name, topic = ind()
    asr = R.random() < 0.55
    c = Case("positive", ("ASR call" if asr else "typed chat") + ": phone number (%s)" % k)
    ph, typed = gen_phone()
    g = c.group("PHONE", ph)
    if not asr:
        c.say("customer", typo(R.choice(["best number to reach me: ", "Tel ", "mob: ", "call me on ", "ph# ", "my number is "])), L(typed, g),
              R.choice(["", " after 6pm", " (mobile)", ", any time before 5:30"]))
        c.say("agent", "Thanks, a technician will call you within 48 hours.")
        add(c)
        return
    c.say("agent", R.choice(["what's the best contact number", "and a number we can call you back on"]))
    sp = speak_phone(ph)
    if R.random() < 0.4 and not ph.startswith("+"):
        a, b = ph[:5], ph[5:]
        c.say("customer", L(speak_digits(a, chunks=[len(a)]), g))
        c.say("agent", R.choice(BACK))
        c.say("customer", L(speak_digits(b), g))
    else:
        c.say("customer", R.choice(["it's ", "yeah ", "", "my mobile's "]), L(sp, g))
    if R.random() < 0.4:
        gb = c.group("PHONE", ph)
        c.say("agent", "so ", L(speak_phone(ph), gb), " yeah")
    add(c)


def pos_email():
    k, name, topic = ind()
    asr = R.random() < 0.55
    c = Case("positive", ("ASR call" if asr else "typed chat") + ": e-mail address (%s)" % k)
    em, _ = gen_email()
    g = c.group("EMAIL", em)
    if not asr:
        t = em
        if R.random() < 0.3:
            t = t[0].upper() + t[1:]
        c.say("customer", typo(R.choice(["email: ", "send it to ", "my email is ", "E-mail - ", "<"])), L(t, g),
              R.choice(["", " pls", ">", " thanks"]))
        c.say("agent", "Great, the confirmation will be sent there within 24 hours.")
        add(c)
        return
    c.say("agent", R.choice(["and what email should we send it to", "can i take an email address"]))
    c.say("customer", R.choice(["yeah it's ", "", "um it's "]), L(speak_email(em), g), R.choice(["", " all lower case", " all one word"]))
    if R.random() < 0.4:
        gb = c.group("EMAIL", em)
        c.say("agent", "so that's ", L(speak_email(em), gb))
    add(c)


def pos_dob():
    k, name, topic = ind()
    asr = R.random() < 0.55
    us = R.random() < 0.3
    c = Case("positive", ("ASR call" if asr else "typed chat") + ": date of birth (%s)" % k)
    d = gen_dob()
    g = c.group("DOB", d)
    if not asr:
        c.say("agent", "Can you confirm your date of birth?")
        c.say("customer", R.choice(["", "dob ", "DOB: ", "born ", "its "]), L(type_dob(d, us), g))
        add(c)
        return
    c.say("agent", R.choice(["and your date of birth", "can you confirm your date of birth please"]))
    c.say("customer", R.choice(["it's ", "", "yeah ", "um "]), L(speak_dob(d), g))
    c.say("agent", R.choice(["thank you", "lovely that matches"]))
    add(c)


def pos_address():
    k, name, topic = ind()
    asr = R.random() < 0.5
    us = R.random() < 0.35
    c = Case("positive", ("ASR call" if asr else "typed chat") + ": %s address with %s (%s)" % ("US" if us else "UK", "ZIP" if us else "postcode", k))
    typed, spoken = gen_address(us)
    if us:
        town, pre = R.choice(TOWNS_US)
        pc = pre + "%02d" % R.randint(1, 99)
        tpc = pc if R.random() < 0.7 else pc + "-%04d" % R.randint(1, 9999)
        pc_c = tpc.replace("-", "")
        spc = speak_digits(pc, chunks=[5], filler=0)
    else:
        town, area = R.choice(TOWNS_UK)
        pc_c = gen_uk_pc(area)
        tpc = type_uk_pc(pc_c)
        spc = speak_uk_pc(pc_c)
    ga = c.group("ADDRESS", typed if not asr else spoken)
    gp = c.group("POSTCODE", pc_c)
    if not asr:
        c.say("customer", typo(R.choice(["new address is ", "Address: ", "deliver to ", "I've moved to "])), L(typed, ga), ", ", town, " ", L(tpc, gp))
        c.say("agent", "Thanks, I've updated the address on " + topic + ".")
        add(c)
        return
    c.say("agent", R.choice(["what's the first line of the address", "can i take the address please"]))
    c.say("customer", R.choice(["it's ", "", "um "]), L(spoken, ga), R.choice([" in ", " ", ", "]), town.split(",")[0].lower())
    c.say("agent", "and the zip code" if us else R.choice(["and the postcode", "and the post code please"]))
    c.say("customer", L(spc, gp))
    add(c)


def pos_mixed():
    k, name, topic = ind()
    c = Case("positive", "ASR call: identity check with DOB, postcode and phone plus non-PII distractors (%s)" % k)
    d = gen_dob()
    gd = c.group("DOB", d)
    town, area = R.choice(TOWNS_UK)
    pc = gen_uk_pc(area)
    gp = c.group("POSTCODE", pc)
    ph, _ = gen_phone()
    gph = c.group("PHONE", ph)
    c.say("agent", greet(name, True))
    c.say("customer", "hi yeah i'm calling about %s it's been about %s weeks" % (topic, R.choice(["three", "six", "two"])))
    c.say("agent", "no problem can i start with your date of birth")
    c.say("customer", L(speak_dob(d), gd))
    c.say("agent", "and the postcode on the account")
    c.say("customer", L(speak_uk_pc(pc), gp))
    c.say("agent", "and the mobile number we've got for you")
    c.say("customer", L(speak_phone(ph), gph))
    c.say("agent", "thank you i can see a payment of %s pounds on the %s of %s" % (
        R.choice(["forty two fifty", "one hundred and twelve", "sixty nine ninety nine"]), ordinal_words(R.randint(1, 28)), R.choice(MONTHS)))
    add(c)


def pos_ni_ssn_dense():
    c = Case("positive", "typed chat: HR/payroll form pasted with NI number and SSN variants")
    ni = gen_ni()
    ssn = gen_ssn()
    gn = c.group("NI_NUMBER", ni)
    gs = c.group("SSN", ssn)
    c.say("customer", "Employee moved from US office. Old SSN ", L(type_ssn(ssn), gs), ", UK NINO ", L(type_ni(ni), gn),
          ", employee ID 004471" + str(R.randint(10, 99)) + ", start date 01/0" + str(R.randint(1, 9)) + "/2024.")
    c.say("agent", "Thanks, payroll ref PR-%d updated." % R.randint(100000, 999999))
    add(c)


def pos_card_exp_asr():
    c = Case("positive", "ASR call: card with CVV and expiry, numbers as pairs and hundreds")
    card = gen_card()
    g = c.group("CARD_NUMBER", card)
    c.say("agent", "ok go ahead with the card number")
    c.say("customer", L(speak_digits(card, chunks=card_groups(card), style=R.choice(["pairs", "single", None]), filler=0.2), g))
    e = gen_expiry()
    ge = c.group("EXPIRY", e)
    c.say("agent", "and the expiry")
    c.say("customer", R.choice(["", "expires ", "it's "]), L(speak_expiry(e), ge))
    cv = "".join(R.choice("0123456789") for _ in range(4 if len(card) == 15 else 3))
    gc = c.group("CVV", cv)
    c.say("agent", R.choice(["and the three digits on the back", "and the security code"]))
    c.say("customer", R.choice(["", "it's ", "uh "]), L(speak_digits(cv, chunks=[len(cv)], style=R.choice(["single", "hundred"])), gc))
    add(c)


# ---------------------------- negative scenarios ----------------------------
def rdig(n):
    return str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(n - 1))


def neg_templates():
    k, name, topic = ind()
    t = R.randint(0, 24)
    c = Case("negative", "")
    if t == 0:
        c.note = "order number read out like a card number"
        on = rdig(16)
        c.say("agent", "can i take the order number please")
        c.say("customer", "yeah the order number is " + speak_digits(on, chunks=[4, 4, 4, 4]))
        c.say("agent", "thanks that order shipped on the %s" % ordinal_words(R.randint(1, 28)))
    elif t == 1:
        c.note = "card last four only"
        l4 = rdig(4)
        c.say("agent", R.choice(["is that the card ending %s?" % l4, "i can see a visa ending in " + speak_digits(l4, chunks=[4])]))
        c.say("customer", R.choice(["yes the one ending " + speak_digits(l4, chunks=[2, 2], style="pairs"), "Yes, card ending " + l4]))
    elif t == 2:
        c.note = "amounts and balances"
        c.say("customer", "my balance says %s but i only spent %s" % (R.choice(["one thousand two hundred and forty pounds", "\u00a31,240.17", "$4,112.09"]),
                                                                       R.choice(["four hundred and twelve", "\u20ac89.99", "sixty seven fifty"])))
        c.say("agent", "the difference of \u00a3%d.%02d is a pending transaction" % (R.randint(10, 900), R.randint(0, 99)))
    elif t == 3:
        c.note = "tracking number with label"
        tn = R.choice(["1Z" + rdig(16), rdig(22), "JD" + rdig(16) + "GB"])
        c.say("customer", "Tracking no: %s - says delivered but nothing here" % tn)
        c.say("agent", "I'm sorry, I've opened case %d for you." % R.randint(1000000, 9999999))
    elif t == 4:
        c.note = "meter reading and account-like read of meter serial"
        c.say("agent", "can you read me the numbers on the meter")
        c.say("customer", "it says " + speak_digits(rdig(5), chunks=[5]) + " and the meter serial is " + speak_digits(rdig(10), chunks=[4, 3, 3]))
        c.say("agent", "thanks that reading's been submitted for %s" % topic)
    elif t == 5:
        c.note = "flight, gate, seat and times"
        c.say("customer", "I'm on flight %s%d, seat %d%s, gate %s%d departing %02d:%02d" % (
            R.choice(["BA", "EI", "FR", "LH", "UA"]), R.randint(100, 9999), R.randint(1, 40), R.choice("ABCDEF"),
            R.choice("ABC"), R.randint(1, 60), R.randint(0, 23), R.choice([0, 15, 30, 45])))
        c.say("agent", "Thanks, the rebooking fee is waived and boarding is 45 minutes before.")
    elif t == 6:
        c.note = "policy number spoken in chunks like a card reading"
        pn = rdig(12)
        c.say("agent", "what's your policy number")
        c.say("customer", "policy number " + speak_digits(pn[:4], chunks=[4]))
        c.say("agent", "mhm")
        c.say("customer", speak_digits(pn[4:8], chunks=[4]) + " then " + speak_digits(pn[8:], chunks=[4]))
        c.say("agent", "thank you that's the policy for your home insurance")
    elif t == 7:
        c.note = "opening hours, durations, percentages"
        c.say("agent", "we're open eight till eight monday to friday and nine to five on saturdays, the wait is about %d minutes" % R.randint(5, 40))
        c.say("customer", "and the interest rate is still %d.%d percent for %d months?" % (R.randint(1, 25), R.randint(0, 9), R.choice([12, 18, 24, 36])))
    elif t == 8:
        c.note = "invoice and claim references with long digit strings"
        c.say("customer", "Invoice INV-%s and claim ref %s are both still open." % (rdig(9), rdig(R.choice([13, 15, 16]))))
        c.say("agent", "Both have been escalated; expect an update in 3 to 5 working days.")
    elif t == 9:
        c.note = "ages, counts, temperature"
        c.say("customer", "my mum's %d and the heating's only getting to %d degrees, we've had %d engineers out" % (
            R.randint(60, 95), R.randint(12, 18), R.randint(2, 6)))
        c.say("agent", "i'm sorry to hear that i'll book a priority visit for the %s" % ordinal_words(R.randint(1, 28)))
    elif t == 10:
        c.note = "appointment and payment dates (not birth dates)"
        c.say("agent", "your next payment is due on the %s of %s %s and the appointment is %s" % (
            ordinal_words(R.randint(1, 28)), R.choice(MONTHS), year_words(R.randint(2025, 2027)), R.choice(["tuesday at ten thirty", "the 14/03/2025 at 9am"])))
        c.say("customer", "ok and the contract ends %s?" % R.choice(["31/12/2026", "march twenty twenty seven", "next june"]))
    elif t == 11:
        c.note = "ticket number typed with label, 16 digits Luhn-valid but not a card"
        tk = rdig(15)
        for ch in "0123456789":
            if luhn_ok(tk + ch):
                tk += ch; break
        c.say("customer", "Ticket #%s still not resolved!!" % tk)
        c.say("agent", "Apologies - ticket %s has been reassigned to our tier 2 team." % tk)
    elif t == 12:
        c.note = "model and serial numbers"
        c.say("customer", "the router model is %s-%d and serial number S/N %s" % (R.choice(["HG", "TG", "DSL"]), R.randint(100, 9999), rdig(12)))
        c.say("agent", "thanks that model has a firmware update, version %d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 99)))
    elif t == 13:
        c.note = "road names and room numbers"
        c.say("customer", "i'm stuck on the %s near junction %d, and my hotel room is %d" % (R.choice(["M25", "A40", "N7", "M50", "I-95", "Route 66"]), R.randint(1, 30), R.randint(100, 899)))
        c.say("agent", "ok breakdown cover will reach you in about %d minutes" % R.choice([45, 60, 90]))
    elif t == 14:
        c.note = "years and durations"
        c.say("customer", "i've been with you since %s, that's %s years" % (year_words(R.randint(1995, 2015)), R.choice(["ten", "fifteen", "twenty"])))
        c.say("agent", "thank you for your loyalty, the loyalty discount is %d percent" % R.choice([5, 10, 15]))
    elif t == 15:
        c.note = "reference number spoken with double/triple like a phone"
        ref = rdig(11)
        c.say("agent", "your reference number is " + speak_digits(ref))
        c.say("customer", "sorry can you repeat the reference")
        c.say("agent", "reference " + speak_digits(ref, filler=0))
    elif t == 16:
        c.note = "price list and plan numbers"
        c.say("agent", "the unlimited plan is %d pounds a month, the 30 gig plan is %d and the SIM only is %d ninety nine" % (R.randint(20, 60), R.randint(10, 25), R.randint(5, 15)))
        c.say("customer", "and plan code %s?" % ("P" + rdig(6)))
    elif t == 17:
        c.note = "card last four in e-mail plus amount and receipt number"
        c.say("agent", "Dear customer, your payment of \u20ac%d.%02d using card ending %s was received. Receipt %s." % (
            R.randint(10, 999), R.randint(0, 99), rdig(4), rdig(10)))
    elif t == 18:
        c.note = "booking reference and confirmation codes"
        c.say("customer", "Booking ref %s%s, confirmation no. %s" % (R.choice(["X", "K", "Q"]), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(5)), rdig(9)))
        c.say("agent", "Thanks, your new departure is 07:40 on the 3rd.")
    elif t == 19:
        c.note = "account-style readings of a customer number / member id"
        c.say("agent", "what's your membership number")
        c.say("customer", "membership number " + speak_digits(rdig(8), chunks=[4, 4]) + " and it's the gold tier")
    elif t == 20:
        c.note = "utility usage, kWh and tariff prices"
        c.say("agent", "you used %d kilowatt hours last quarter at %d.%d pence per unit, standing charge %d pence a day" % (
            R.randint(400, 3000), R.randint(20, 35), R.randint(0, 9), R.randint(30, 60)))
        c.say("customer", "and the direct debit of %d pounds goes out on the %s?" % (R.randint(40, 200), ordinal_words(R.randint(1, 28))))
    elif t == 21:
        c.note = "hold time, callback window and extension"
        c.say("agent", "I'll transfer you to extension %d, hold time is about %d minutes, or we can call back between 2 and 4pm" % (R.randint(1000, 9999), R.randint(3, 25)))
        c.say("customer", "ok 2 to 4 is fine")
    elif t == 22:
        c.note = "healthcare billing codes and claim numbers"
        c.say("customer", "the statement shows CPT code %d, claim number %s and a co-pay of $%d" % (R.randint(10000, 99999), rdig(14), R.choice([20, 35, 50])))
        c.say("agent", "that claim was reprocessed on 03/11/2024, the balance is now $0.00")
    elif t == 23:
        c.note = "government case and form references"
        c.say("customer", "I sent form %s%d with case reference %s in %s" % (R.choice(["P", "SA", "CH"]), R.randint(1, 99), rdig(10), R.choice(MONTHS).capitalize()))
        c.say("agent", "Thanks, processing time is currently 12 weeks.")
    else:
        c.note = "numbers spoken in pairs as a price breakdown and quantities"
        c.say("customer", "it was forty one eleven for the sofa and nineteen ninety nine for delivery, two items, order %s" % rdig(8))
        c.say("agent", "ok so the total of four thousand one hundred and thirty pounds ten is refundable within 14 days")
    c.note = "negative (%s): %s" % (k, c.note)
    add(c)


# ----------------------------------------------------------------------------
# generate
# ----------------------------------------------------------------------------
def generate():
    global CASES
    CASES = []
    plan = ([pos_card_chat] * 18 + [pos_card_split_asr] * 22 + [pos_card_correction] * 10 +
            [pos_card_readback_typed] * 8 + [pos_card_exp_asr] * 8 +
            [pos_ssn] * 26 + [pos_ni] * 26 + [pos_ni_ssn_dense] * 6 +
            [pos_bank] * 14 + [pos_us_bank] * 5 + [pos_iban] * 14 + [pos_phone] * 16 +
            [pos_email] * 16 + [pos_dob] * 14 + [pos_address] * 18 + [pos_mixed] * 8)
    R.shuffle(plan)
    for f in plan:
        f()
    for _ in range(110):
        neg_templates()
    pos = [c for c in CASES if c.kind == "positive"]
    neg = [c for c in CASES if c.kind == "negative"]
    lines = []
    metas = []
    for i, c in enumerate(pos):
        turns, spans, meta = c.build()
        lines.append({"id": "h332-pos-%03d" % (i + 1), "kind": "positive", "turns": turns, "spans": spans, "note": c.note})
        metas.append((c, meta))
    for i, c in enumerate(neg):
        turns, spans, meta = c.build()
        lines.append({"id": "h332-neg-%03d" % (i + 1), "kind": "negative", "turns": turns, "spans": spans, "note": c.note})
        metas.append((c, meta))
    text = "".join(json.dumps(l, ensure_ascii=False, sort_keys=False) + "\n" for l in lines)
    return text, lines, metas


def check(text, lines, metas):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = [l["id"] for l in lines]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for l, (c, meta) in zip(lines, metas):
        if l["kind"] == "negative" and l["spans"]:
            errs.append("%s: negative with spans" % l["id"])
        if l["kind"] == "positive" and not l["spans"]:
            errs.append("%s: positive without spans" % l["id"])
        for t in l["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"]:
                errs.append("%s: bad turn" % l["id"])
        by_turn = {}
        for s in l["spans"]:
            txt = l["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(txt)):
                errs.append("%s: span out of range" % l["id"]); continue
            v = txt[s["start"]:s["end"]]
            if v != v.strip() or not v[0].isalnum() and v[0] != "+" or not v[-1].isalnum():
                errs.append("%s: span edges %r" % (l["id"], v))
            if s["start"] > 0 and txt[s["start"] - 1].isalnum():
                errs.append("%s: start not on word boundary %r" % (l["id"], v))
            if s["end"] < len(txt) and txt[s["end"]].isalnum():
                errs.append("%s: end not on word boundary %r" % (l["id"], v))
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for tl in by_turn.values():
            tl.sort()
            for a, b in zip(tl, tl[1:]):
                if a[1] > b[0]:
                    errs.append("%s: overlapping spans" % l["id"])
        # group validation
        grp = {}
        for ti, st, en, gid in meta:
            grp.setdefault(gid, []).append(l["turns"][ti]["text"][st:en])
        for gid, (typ, canon, partial) in c.groups.items():
            texts = grp.get(gid, [])
            if not texts:
                errs.append("%s: group %d has no span" % (l["id"], gid)); continue
            if typ in ("DOB", "EXPIRY"):
                if len(texts) != 1 or not date_matches(texts[0], canon):
                    errs.append("%s: %s %r does not match %r" % (l["id"], typ, texts, canon))
                if not canon_ok(typ, canon):
                    errs.append("%s: invalid %s %r" % (l["id"], typ, canon))
                continue
            if typ == "ADDRESS":
                if not all(address_ok(t) for t in texts):
                    errs.append("%s: bad address %r" % (l["id"], texts))
                continue
            got = "".join(normalise(typ, t) for t in texts)
            if partial:
                ok = len(got) >= 1
            else:
                ok = got == canon and canon_ok(typ, got)
            if not ok:
                errs.append("%s: %s normalised %r != %r (valid=%s)" % (l["id"], typ, got, canon, canon_ok(typ, canon)))
    return errs


def counts(lines):
    ct = Counter()
    for l in lines:
        for s in l["spans"]:
            ct[s["type"]] += 1
    return ct


MINIMA = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
         "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]


def main():
    text, lines, metas = generate()
    npos = sum(1 for l in lines if l["kind"] == "positive")
    nneg = len(lines) - npos
    ct = counts(lines)
    if "--check" in sys.argv:
        errs = check(text, lines, metas)
        if npos < 200 or nneg < 100:
            errs.append("too few cases: %d pos %d neg" % (npos, nneg))
        for t in TYPES:
            if ct[t] < MINIMA.get(t, 10):
                errs.append("too few %s spans: %d" % (t, ct[t]))
        for e in errs[:50]:
            print("ERROR:", e)
        print("positive=%d negative=%d spans=%s" % (npos, nneg, dict(ct)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print("wrote %s: positive=%d negative=%d" % (OUT, npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, ct[t]))


if __name__ == "__main__":
    main()

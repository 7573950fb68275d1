#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set tests/fixtures/pii_holdout119/.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  Every value comes from one seeded random.Random, so the
output is byte-for-byte reproducible.

    python scripts/make_pii_holdout119.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout119.py --check  # regenerate, compare, validate

Never use this set for tuning.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import re
import sys
import random

SEED = 119241124
PREFIX = "h119"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout119")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- segments
class S:
    """A labelled segment: text as it appears, entity type, the canonical piece
    the text must normalise to, the full canonical value of its group, and
    whether it is a (wrong / abandoned) fragment."""

    def __init__(self, text, typ, piece, full=None, frag=False):
        self.text = text
        self.typ = typ
        self.piece = piece
        self.full = full if full is not None else piece
        self.frag = frag


# ---------------------------------------------------------------- words
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima",
        "M": "mike", "N": "november", "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo",
        "S": "sierra", "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey",
        "X": "x-ray", "Y": "yankee", "Z": "zulu"}
ALT_SPELL = {"B": ["b for bravo", "b for bob", "b as in boy"], "C": ["c for charlie", "c for cat"],
             "D": ["d for david"], "M": ["m for mike", "m for mother"], "N": ["n for november", "n for nancy"],
             "P": ["p for peter", "p for papa"], "S": ["s for sugar", "s for sierra"],
             "T": ["t for tom", "t for tango"]}
HOMO = {"B": ["bee"], "C": ["see", "sea"], "J": ["jay"], "K": ["kay"], "P": ["pee", "pea"],
        "R": ["are", "ar"], "T": ["tea", "tee"], "Y": ["why"], "Z": ["zed", "zee"], "G": ["gee"],
        "H": ["aitch", "h"], "X": ["ex"], "M": ["em"], "N": ["en"], "S": ["ess"], "L": ["el"],
        "W": ["double you"], "E": ["e"], "A": ["a", "ay"], "D": ["dee"]}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "like", "dash", "hyphen", "space", "slash", "and",
           "then", "sorry", "yeah", "ok", "okay", "so", "it's", "its", "that's", "is", "the", "of"}


def say_unit(d, zero=None):
    if d == "0":
        return zero or pick(["zero", "oh", "oh", "o", "nought"])
    return UNIT_W[int(d)]


def say_pair(p):
    """two-digit string as a number word group"""
    a, b = p[0], p[1]
    if a == "0":
        return say_unit("0") + " " + say_unit(b)
    if a == "1":
        return TEEN_W[int(b)]
    if b == "0":
        return TENS_W[int(a)]
    return TENS_W[int(a)] + " " + UNIT_W[int(b)]


def say_plain(s, zero=None, doubles=False):
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        if doubles:
            run = 1
            while i + run < len(s) and s[i + run] == d and run < 3:
                run += 1
            if run == 3 and chance(0.8):
                out.append("triple " + say_unit(d, zero))
                i += 3
                continue
            if run >= 2 and chance(0.8):
                out.append("double " + say_unit(d, zero))
                i += 2
                continue
        out.append(say_unit(d, zero))
        i += 1
    return " ".join(out)


def say_group(g, style=None):
    style = style or pick(["plain", "plain", "double", "pairs", "hundreds"])
    if style == "pairs" and len(g) % 2 == 0:
        return " ".join(say_pair(g[i:i + 2]) for i in range(0, len(g), 2))
    if style == "hundreds" and len(g) == 4 and g[0] != "0" and g[2] != "0" and g[1] != "0":
        return say_pair(g[:2]) + " " + say_pair(g[2:])
    if style == "hundreds" and len(g) == 4 and g[0] != "0" and g[1] != "0" and g[2:] == "00":
        return say_pair(g[:2]) + " hundred"
    if style == "hundreds" and len(g) == 3 and g[0] != "0" and g[1] != "0":
        return UNIT_W[int(g[0])] + " " + say_pair(g[1:])
    return say_plain(g, doubles=(style == "double"))


def say_digits_grouped(s, sizes, sep_choices=(" ", " ", ", ", " um ")):
    parts = []
    i = 0
    for n in sizes:
        parts.append(say_group(s[i:i + n]))
        i += n
    txt = parts[0]
    for p in parts[1:]:
        txt += pick(sep_choices) + p
    return txt


def say_letter(c, style):
    if c == "O":
        return "o for oscar"
    if style == "plain":
        return c.lower()
    if style == "nato":
        if c in ALT_SPELL and chance(0.5):
            return pick(ALT_SPELL[c])
        return c.lower() + " for " + NATO[c]
    if style == "homo":
        return pick(HOMO.get(c, [c.lower()]))
    return c


# ---------------------------------------------------------------- normaliser
TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z'-]*|\d+|[@.+_]")
UNIT_MAP = {w: str(i) for i, w in enumerate(UNIT_W)}
UNIT_MAP.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "zero": "0", "won": "1",
                 "to": "2", "too": "2", "ate": "8", "for": "4"})
TEEN_MAP = {w: str(10 + i) for i, w in enumerate(TEEN_W)}
TENS_MAP = {w: str(k) for k, w in TENS_W.items()}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV.update({"bob": "B", "boy": "B", "cat": "C", "david": "D", "mother": "M", "nancy": "N",
                 "peter": "P", "sugar": "S", "tom": "T", "xray": "X"})
HOMO_REV = {}
for _k, _vs in HOMO.items():
    for _v in _vs:
        if " " not in _v and len(_v) > 1:
            HOMO_REV[_v] = _k


def normalise(text, typ):
    """Turn spoken/typed text into the canonical character string."""
    if typ == "EMAIL":
        return norm_email(text)
    if typ == "PHONE":
        text = text.replace("(0)", "")
    text = text.replace("x-ray", "xray")
    tmatches = list(re.finditer(r"[A-Za-z]+(?:-[A-Za-z]+)?|\d+|\+", text))
    toks = [m.group(0) for m in tmatches]
    attached = [(m.start() > 0 and text[m.start() - 1].isalnum()) or (m.end() < len(text) and text[m.end()].isalnum())
                for m in tmatches]
    typed = any(ch.isdigit() for ch in text)
    numeric = typ not in ("NI_NUMBER", "IBAN", "POSTCODE")
    out = []
    i = 0
    n = len(toks)

    def low(j):
        return toks[j].lower() if j < n else ""

    while i < n:
        t = toks[i]
        w = t.lower()
        if t.isdigit() or t == "+":
            out.append(t)
            i += 1
            continue
        if w == "plus":
            out.append("+")
            i += 1
            continue
        if typed:
            if numeric and w == "o":
                out.append("0")
            elif not attached[i] and not t.isupper() and w in HOMO_REV:
                out.append(HOMO_REV[w])
            else:
                out.append(t.upper())
            i += 1
            continue
        if w in ("double", "triple"):
            k = 2 if w == "double" else 3
            nx = low(i + 1)
            if nx == "you" and w == "double":
                out.append("W")
                i += 2
                continue
            if nx in UNIT_MAP:
                out.append(UNIT_MAP[nx] * k)
            elif len(nx) == 1:
                out.append(nx.upper() * k)
            else:
                out.append("?")
            i += 2
            continue
        if w == "for" and low(i + 1) in NATO_REV:
            if out:
                out[-1] = out[-1][:-1] + NATO_REV[low(i + 1)]
            i += 2
            continue
        if w == "as" and low(i + 1) == "in":
            i += 3
            continue
        if w in TENS_MAP:
            nx = low(i + 1)
            if nx in UNIT_MAP and UNIT_MAP[nx] != "0" and nx not in ("for", "to", "too"):
                out.append(TENS_MAP[w] + UNIT_MAP[nx])
                i += 2
            else:
                out.append(TENS_MAP[w] + "0")
                i += 1
            continue
        if w in TEEN_MAP:
            out.append(TEEN_MAP[w])
            i += 1
            continue
        if w in ("hundred", "thousand"):
            j = i + 1
            if low(j) == "and":
                j += 1
            nx = low(j)
            base = 2 if w == "hundred" else 3
            if nx in TENS_MAP or nx in TEEN_MAP:
                out.append("0" * (base - 2))
            elif nx in UNIT_MAP and UNIT_MAP[nx] != "0":
                out.append("0" * (base - 1))
            else:
                out.append("0" * base)
            i = j
            continue
        if w in UNIT_MAP:
            out.append(UNIT_MAP[w])
            i += 1
            continue
        if w in FILLERS:
            i += 1
            continue
        if w in NATO_REV:
            out.append(NATO_REV[w])
            i += 1
            continue
        if w in HOMO_REV:
            out.append(HOMO_REV[w])
            i += 1
            continue
        out.append(t.upper())
        i += 1
    return "".join(out)


def norm_email(text):
    if "@" in text:
        return text.strip().lower()
    toks = text.lower().split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in UNIT_MAP and w not in ("to", "too", "for", "won", "ate", "o"):
            out.append(UNIT_MAP[w])
        elif w in TENS_MAP:
            nx = toks[i + 1] if i + 1 < len(toks) else ""
            if nx in UNIT_W[1:]:
                out.append(TENS_MAP[w] + UNIT_MAP[nx])
                i += 1
            else:
                out.append(TENS_MAP[w] + "0")
        elif w in TEEN_MAP:
            out.append(TEEN_MAP[w])
        else:
            out.append(w)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- validators
def luhn_ok(s):
    if not s.isdigit():
        return False
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
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[ABCEGHJKLMNOPRSTWXYZ][ABCEGHJKLMNPRSTWXYZ]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")


def ssn_ok(s):
    return (len(s) == 9 and s.isdigit() and s[:3] not in ("000", "666") and s[0] != "9"
            and s[3:5] != "00" and s[5:] != "0000")


def validate_full(typ, v):
    if typ == "CARD_NUMBER":
        return 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return ssn_ok(v)
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(v)) and v[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        d = v.lstrip("+")
        return d.isdigit() and 10 <= len(d) <= 13
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v))
    if typ == "POSTCODE":
        return bool(UKPC_RE.fullmatch(v)) or bool(re.fullmatch(r"\d{5}(\d{4})?", v))
    if typ in ("DOB", "EXPIRY", "ADDRESS"):
        return True  # checked separately
    return False


# ---------------------------------------------------------------- value generators
def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card(kind=None):
    kind = kind or pick(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro", "mc2"])
    if kind == "visa":
        return luhn_complete("4" + str(R.randrange(10)), 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    if kind == "mc":
        return luhn_complete("5" + str(R.randint(1, 5)), 16)
    if kind == "mc2":
        return luhn_complete(str(R.randint(2221, 2720)), 16)
    if kind == "amex":
        return luhn_complete(pick(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "maestro":
        return luhn_complete(pick(["6759", "6761", "5018"]), 19)
    raise ValueError(kind)


def card_sizes(c):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 13:
        return [4, 3, 3, 3]
    if len(c) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def gen_ssn():
    while True:
        s = "%03d%02d%04d" % (R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999))
        if ssn_ok(s):
            return s


NI_FIRST = "ABCEGHJKLMNPRSTWYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWYZ"


def gen_ni():
    while True:
        p = pick(NI_FIRST) + pick(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + pick("ABCD")


def iban_make(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def gen_iban(cc=None):
    cc = cc or pick(["GB", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        b = pick(["BARC", "LOYD", "NWBK", "HBUK", "MIDL"]) + digits(6) + digits(8)
    elif cc == "IE":
        b = pick(["AIBK", "BOFI", "IPBS"]) + digits(6) + digits(8)
    elif cc == "DE":
        b = digits(18)
    elif cc == "FR":
        b = digits(23)
    elif cc == "NL":
        b = pick(["ABNA", "RABK", "INGB"]) + digits(10)
    else:
        b = digits(20)
    return iban_make(cc, b)


def gen_phone(country=None):
    country = country or pick(["uk_mob", "uk_land", "us", "ie", "uk_intl", "us_intl", "ie_intl"])
    if country == "uk_mob":
        return "07" + str(R.randint(4, 9)) + digits(8), country
    if country == "uk_land":
        return pick(["0161", "0121", "0113", "0117", "0141", "0131"]) + digits(7), country
    if country == "us":
        return pick(["312", "415", "617", "212", "713", "503", "404"]) + str(R.randint(2, 9)) + digits(6), country
    if country == "ie":
        return "08" + pick("35679") + digits(7), country
    if country == "uk_intl":
        return "+447" + str(R.randint(4, 9)) + digits(8), country
    if country == "us_intl":
        return "+1" + pick(["312", "646", "206", "305"]) + str(R.randint(2, 9)) + digits(6), country
    return "+3538" + pick("35679") + digits(7), country


def fmt_phone(p, country):
    if country in ("uk_mob",):
        return pick([p[:5] + " " + p[5:], p, p[:5] + " " + p[5:8] + " " + p[8:], p[:5] + "-" + p[5:]])
    if country == "uk_land":
        return pick([p[:4] + " " + p[4:7] + " " + p[7:], "(" + p[:4] + ") " + p[4:], p])
    if country == "us":
        return pick(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                     "%s.%s.%s" % (p[:3], p[3:6], p[6:]), p])
    if country == "ie":
        return pick([p[:3] + " " + p[3:6] + " " + p[6:], p[:3] + "-" + p[3:], p])
    if country == "uk_intl":
        return pick([p[:3] + " " + p[3:7] + " " + p[7:], p, "+44 (0)" + p[3:7] + " " + p[7:]])
    if country == "us_intl":
        return pick(["+1 (%s) %s-%s" % (p[2:5], p[5:8], p[8:]), "+1-%s-%s-%s" % (p[2:5], p[5:8], p[8:])])
    return pick([p[:4] + " " + p[4:6] + " " + p[6:9] + " " + p[9:], p])


def say_phone(p, country):
    pre = ""
    d = p
    if p.startswith("+"):
        pre = pick(["plus ", "plus "]) + say_plain(p[1:3] if country != "us_intl" else p[1:2]) + " "
        d = p[3:] if country != "us_intl" else p[2:]
    if country in ("uk_mob", "uk_intl"):
        sizes = [5, 3, 3] if len(d) == 11 else [4, 3, 3]
    elif country == "uk_land":
        sizes = [4, 3, 4]
    elif country in ("us", "us_intl"):
        sizes = [3, 3, 4]
    elif country == "ie":
        sizes = [3, 3, 4]
    else:
        sizes = [2, 3, 4]
    sizes = [s for s in sizes]
    tot = sum(sizes)
    if tot != len(d):
        sizes[-1] += len(d) - tot
    return pre + say_digits_grouped(d, sizes, (" ", " ", ", ")), p


STREETS = ["maple avenue", "church street", "station road", "high street", "victoria road",
           "elm grove", "park lane", "oak drive", "mill lane", "king street", "queens road",
           "willow close", "beech crescent", "main street", "sunset boulevard", "pine street",
           "cedar court", "riverside way", "orchard lane", "green lane", "lincoln avenue",
           "washington boulevard", "oak street", "chapel road"]
STREET_WORDS = ("avenue", "street", "road", "grove", "lane", "drive", "close", "crescent",
                "boulevard", "court", "way", "st", "rd", "ave", "blvd", "dr", "ln")


def gen_address(spoken):
    num = R.randint(1, 2400) if chance(0.3) else R.randint(1, 199)
    st = pick(STREETS)
    flat = ""
    if chance(0.25):
        f = R.randint(1, 40)
        flat = (pick(["flat ", "apartment ", "apt ", "unit "]) + (say_pair("%02d" % f) if spoken and f >= 10 else (UNIT_W[f] if spoken and f < 10 else str(f)))) + " "
    if spoken:
        if num < 10:
            ns = UNIT_W[num]
        elif num < 100:
            ns = say_pair("%02d" % num)
        elif num < 1000:
            ns = UNIT_W[num // 100] + " " + ("hundred and " if chance(0.3) and num % 100 >= 10 else "") + say_pair("%02d" % (num % 100)) if num % 100 >= 10 else say_plain(str(num))
        else:
            ns = say_plain(str(num))
        txt = flat + ns + " " + st
    else:
        s2 = st.title() if chance(0.6) else st
        if chance(0.3):
            s2 = s2.replace("Street", "St").replace("Road", "Rd").replace("Avenue", "Ave")
        txt = flat + str(num) + " " + s2
        if chance(0.2):
            txt = flat.title() + str(num) + ", " + s2 if flat else txt
    return txt


UK_AREAS = ["SW", "M", "B", "LS", "G", "EH", "CF", "BS", "NE", "L", "N", "E", "SE", "W", "CR", "RG", "OX", "CB", "BT", "NG"]


def gen_uk_postcode():
    a = pick(UK_AREAS)
    d = str(R.randint(1, 20 if len(a) == 1 else 9))
    if chance(0.15) and a in ("SW", "W", "E", "N", "SE") and len(d) == 1:
        d += pick("ABCEHPW")
    inward = str(R.randint(0, 9)) + pick("ABDEFGHJLNPQRSTUWXYZ") + pick("ABDEFGHJLNPQRSTUWXYZ")
    return a + d + inward


def fmt_uk_postcode(pc):
    out, inn = pc[:-3], pc[-3:]
    return pick([out + " " + inn, out + " " + inn, (out + " " + inn).lower(), out + inn])


def say_uk_postcode(pc):
    out, inn = pc[:-3], pc[-3:]

    def part(s):
        res = []
        for ch in s:
            if ch.isdigit():
                res.append(say_unit(ch, "zero"))
            else:
                res.append(say_letter(ch, pick(["plain", "plain", "nato", "homo"])))
        return " ".join(res)
    # two-digit district may be said as a number
    if len(out) >= 3 and out[-2:].isdigit() and chance(0.5):
        o = " ".join(say_letter(c, "plain") for c in out[:-2]) + " " + say_pair(out[-2:])
    else:
        o = part(out)
    return o + pick([" ", " ", ", "]) + part(inn)


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if chance(0.3):
        return z + "%04d" % R.randint(1, 9999), z + "-" + None if False else None
    return z, None


def gen_dob():
    y = R.randint(1938, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return (y, m, d)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]


def say_year(y):
    if y >= 2000:
        r = y - 2000
        return pick(["two thousand" + ((" and " + say_num(r)) if r else ""), "two thousand " + say_num(r) if r else "two thousand"])
    return say_pair(str(y)[:2]) + " " + (say_pair(str(y)[2:]) if y % 100 >= 10 else "oh " + UNIT_W[y % 10])


def say_int(n):
    """integer as ASR words (up to 99999)"""
    if n < 10:
        return UNIT_W[n]
    if n < 100:
        return say_pair("%02d" % n)
    if n < 1000:
        r = n % 100
        return UNIT_W[n // 100] + " hundred" + ((" and " + say_int(r)) if r else "")
    th, r = divmod(n, 1000)
    return say_int(th) + " thousand" + ((" and " if r < 100 else " ") + say_int(r) if r else "")


def say_num(n):
    if n < 10:
        return UNIT_W[n]
    return say_pair("%02d" % n)


def fmt_date(ymd, spoken, us=False):
    y, m, d = ymd
    if spoken:
        f = R.randrange(5)
        if f == 0:
            return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))
        if f == 1:
            return "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y))
        if f == 2:
            return "%s %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))
        if f == 3:
            return "%s %s %s" % (say_plain("%02d" % d, "oh"), say_plain("%02d" % m, "oh"), say_plain(str(y)[2:], "oh"))
        return "%s of the %s %s" % (ORD[d], ORD[m], say_year(y))
    f = R.randrange(5)
    if f == 0:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if f == 1:
        return "%d %s %d" % (d, MONTHS[m - 1].title(), y)
    if f == 2:
        return "%s %d, %d" % (MONTHS[m - 1].title()[:3], d, y)
    if f == 3:
        return ("%d-%d-%02d" % (m, d, y % 100)) if us else ("%d.%d.%d" % (d, m, y))
    return "%d-%02d-%02d" % (y, m, d)


def gen_expiry():
    return (R.randint(1, 12), R.randint(26, 32))


def fmt_expiry(e, spoken):
    m, yy = e
    if spoken:
        f = R.randrange(4)
        if f == 0:
            return "%s %s" % (say_plain("%02d" % m, pick(["oh", "o", "zero"])), say_pair("%02d" % yy))
        if f == 1:
            return "%s twenty %s" % (MONTHS[m - 1], say_num(yy))
        if f == 2:
            return "%s slash %s" % (say_num(m), say_pair("%02d" % yy))
        return "%s %s" % (say_plain("%02d" % m, "zero"), say_plain("%02d" % yy))
    return pick(["%02d/%02d" % (m, yy), "%02d/20%02d" % (m, yy), "%d/%02d" % (m, yy), "%02d-%02d" % (m, yy),
                 "%02d %02d" % (m, yy)])


FIRST = ["john", "sarah", "mike", "aoife", "liam", "priya", "chen", "maria", "david", "emma", "tom", "niamh",
         "carlos", "olga", "james", "fatima", "sean", "grace", "ahmed", "lucy"]
LAST = ["smith", "obrien", "patel", "nguyen", "murphy", "garcia", "kowalski", "jones", "walsh", "brown",
        "taylor", "kelly", "lee", "martin", "byrne", "wilson"]
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.co.uk", "outlook.com", "eircom.net", "icloud.com",
           "btinternet.com", "aol.com", "protonmail.com", "live.ie"]


def gen_email():
    f, l = pick(FIRST), pick(LAST)
    style = R.randrange(5)
    num = ""
    if chance(0.4):
        num = str(R.randint(1, 99))
    if style == 0:
        local = f + "." + l + num
    elif style == 1:
        local = f[0] + l + num
    elif style == 2:
        local = f + "_" + l + num
    elif style == 3:
        local = f + l[0] + num
    else:
        local = l + "." + f[0] + num
    return local + "@" + pick(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    out = []
    for part in re.split(r"([._])", local):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part:
            m = re.fullmatch(r"([a-z]+)(\d*)", part)
            w, n = m.group(1), m.group(2)
            out.append(w)
            if n:
                out.append(say_plain(n, "zero") if chance(0.5) or len(n) == 1 else say_pair(n))
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def say_ni(ni, lstyle=None, dstyle=None):
    lstyle = lstyle or pick(["plain", "plain", "nato", "homo"])
    dstyle = dstyle or pick(["plain", "pairs", "double", "plain"])
    letters = " ".join(say_letter(c, lstyle) for c in ni[:2])
    dg = ni[2:8]
    if dstyle == "pairs":
        d = " ".join(say_pair(dg[i:i + 2]) for i in range(0, 6, 2))
    elif dstyle == "double":
        d = say_plain(dg, doubles=True)
    else:
        d = say_plain(dg)
    suf = say_letter(ni[8], lstyle if chance(0.7) else pick(["plain", "nato", "homo"]))
    return letters, d, suf


def fmt_ni(ni):
    f = R.randrange(10)
    if f == 7:
        return " ".join(ni)
    if f == 8:
        return "%s%s %s%s" % (ni[:2].lower(), ni[2:4], ni[4:8], ni[8].lower())
    if f == 9:
        return "%s %s %s %s%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if f == 0:
        return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if f == 1:
        return ni
    if f == 2:
        return ni.lower()
    if f == 3:
        return "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if f == 4:
        return "%s %s %s" % (ni[:2], ni[2:8], ni[8])
    if f == 5:
        return ni[:2].title() + " " + ni[2:8] + " " + ni[8].lower()
    return "%s%s %s" % (ni[:2], ni[2:8], ni[8])


def fmt_ssn(s):
    return pick(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s,
                 "%s.%s.%s" % (s[:3], s[3:5], s[5:]), "%s - %s - %s" % (s[:3], s[3:5], s[5:]),
                 "%s/%s/%s" % (s[:3], s[3:5], s[5:]), " ".join(s), "%s-%s%s" % (s[:3], s[3:5], s[5:]),
                 "%s %s-%s" % (s[:3], s[3:5], s[5:])])


def say_ssn(s):
    f = R.randrange(7)
    if f == 5 and s[0] != "0" and s[1:3] != "00":
        return UNIT_W[int(s[0])] + " hundred and " + say_int(int(s[1:3])) + " " + say_pair(s[3:5]) + " " + say_group(s[5:], "hundreds")
    if f == 6:
        t = say_plain(s, "oh")
        return re.sub(r"\bfour\b", "for", re.sub(r"\btwo\b", "to", t, count=1), count=1)
    if f == 0:
        return say_plain(s[:3]) + pick([" ", ", "]) + say_plain(s[3:5]) + pick([" ", ", "]) + say_plain(s[5:])
    if f == 1:
        return say_group(s[:3], "hundreds") + pick([" ", ", "]) + say_pair(s[3:5]) + pick([" ", ", "]) + say_group(s[5:], pick(["pairs", "hundreds"]))
    if f == 2:
        return say_plain(s, doubles=True)
    if f == 3:
        return say_plain(s[:3], "oh") + " " + say_pair(s[3:5]) + " " + say_plain(s[5:], "oh")
    return say_plain(s[:3]) + " dash " + say_plain(s[3:5]) + " dash " + say_plain(s[5:])


def fmt_card(c):
    sizes = card_sizes(c)
    parts = []
    i = 0
    for n in sizes:
        parts.append(c[i:i + n])
        i += n
    f = R.randrange(8)
    if f == 0:
        return " ".join(parts)
    if f == 1:
        return "-".join(parts)
    if f == 2:
        return c
    if f == 3:
        return ".".join(parts)
    if f == 4:
        return "  ".join(parts)
    if f == 5:  # uneven spacing
        return c[:4] + " " + c[4:12] + " " + c[12:]
    if f == 6:
        return " - ".join(parts)
    return "/".join(parts) if chance(0.3) else " ".join(parts)


def say_card(c):
    return say_digits_grouped(c, card_sizes(c))


def checked(fn, target, typ, tries=30):
    """call fn() until its text normalises back to target (rejecting ambiguous renderings)."""
    for _ in range(tries):
        t = fn()
        if normalise(t, typ) == target:
            return t
    FALLBACKS.append(target)
    return " ".join(say_unit(c, "zero") if c.isdigit() else say_letter(c, "plain") for c in target)


FALLBACKS = []


# ---------------------------------------------------------------- case assembly
CASE_LIST = []
META = []


def add(kind, note, turns):
    """turns: list of (speaker, [segment, ...]) with segment str or S"""
    out_turns = []
    spans = []
    metas = []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, S):
                st = len(text)
                text += seg.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": seg.typ})
                metas.append(seg)
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    idx = sum(1 for c in CASE_LIST if c["kind"] == kind) + 1
    cid = "%s-%s-%03d" % (PREFIX, "pos" if kind == "positive" else "neg", idx)
    CASE_LIST.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})
    META.append(metas)


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


BACK = ["mhm", "okay", "okay go on", "yep", "uh huh", "right", "got it", "yes", "okay and then", "go ahead"]
INDUSTRY = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
            "government services"]


def spk_card(c):
    return checked(lambda: say_card(c), c, "CARD_NUMBER")


def spk_digits(d, typ, sizes=None):
    sizes = sizes or [len(d)]
    return checked(lambda: say_digits_grouped(d, sizes, (" ", " ", ", ")), d, typ)


# ---------------------------------------------------------------- positive templates
def p_card_call_one_turn():
    c = gen_card()
    ind = pick(["telecom", "retail", "utilities", "insurance", "travel"])
    amt = "%s pounds %s" % (say_int(R.randint(12, 480)), say_int(R.randint(10, 99)))
    add("positive", "call/%s: card read in one turn, mixed digit styles (oh/double/pairs)" % ind, [
        A(pick(["and the long number across the front of the card please", "can i take the card number",
                "what's the card number you'd like to use"])),
        C(pick(["yeah it's ", "okay so it's ", "right ", "uh it's "]), S(spk_card(c), "CARD_NUMBER", c)),
        A("thank you and that's for the %s today" % amt),
    ])


def p_card_call_split():
    c = gen_card()
    sizes = card_sizes(c)
    ind = pick(INDUSTRY)
    turns = [A(pick(["okay go ahead with the card number when you're ready", "whenever you're ready with the card"]))]
    i = 0
    for k, n in enumerate(sizes):
        g = c[i:i + n]
        i += n
        txt = checked(lambda: say_group(g), g, "CARD_NUMBER")
        pre = pick(["", "", "um ", "then ", "okay ", "right "]) if k else pick(["", "right ", "it's "])
        post = pick(["", "", " um", " yeah"])
        turns.append(C(pre, S(txt, "CARD_NUMBER", g, c), post))
        if k < len(sizes) - 1:
            turns.append(A(pick(BACK)))
    turns.append(A("lovely thank you"))
    add("positive", "call/%s: card split group by group over customer turns with back-channels" % ind, turns)


def p_card_chat_typed():
    c = gen_card()
    ind = pick(["retail", "telecom", "travel", "utilities"])
    amt = "£%d.%02d" % (R.randint(5, 900), R.randint(0, 99)) if chance(0.5) else "$%d.%02d" % (R.randint(5, 900), R.randint(0, 99))
    order = "order %d" % R.randint(1000000, 99999999)
    f = R.randrange(3)
    if f == 0:
        turns = [C("hi can i pay the %s balance on %s with a different card? " % (amt, order), S(fmt_card(c), "CARD_NUMBER", c), pick([" thx", "", ".", " pls"]))]
    elif f == 1:
        turns = [A("Please type the card number below."), C(S(fmt_card(c), "CARD_NUMBER", c))]
    else:
        turns = [C("card no: ", S(fmt_card(c), "CARD_NUMBER", c), " for %s, total %s" % (order, amt))]
    add("positive", "chat/%s: card typed with varied separators next to an amount/order number" % ind, turns)


def p_card_chat_typo():
    c = gen_card()
    parts = fmt_card(c)
    # replace one zero by letter O, or one space with double space, typical chat slip
    if "0" in parts and chance(0.7):
        k = parts.index("0")
        parts = parts[:k] + pick(["O", "o"]) + parts[k + 1:]
        note = "letter O typed for zero inside card"
    else:
        parts = parts.replace(" ", "  ", 1)
        note = "irregular spacing inside card"
    add("positive", "chat/retail: %s" % note, [
        A("Could you confirm the card you want refunded to?"),
        C(pick(["its ", "it is ", "", "the one ending... no wait full number "]), S(parts, "CARD_NUMBER", c)),
    ])


def p_card_correction():
    c = gen_card()
    sizes = card_sizes(c)
    first = c[:sizes[0]]
    wrong = list(c[:sizes[0] + sizes[1]])
    k = R.randrange(sizes[0], len(wrong))
    wrong[k] = str((int(wrong[k]) + R.randint(1, 8)) % 10)
    wrong = "".join(wrong)
    wtxt = say_plain(wrong)
    full = spk_card(c)
    ind = pick(INDUSTRY)
    add("positive", "call/%s: caller starts card, misreads, restarts from the top (fragment labelled too)" % ind, [
        A("what's the card number please"),
        C(S(wtxt, "CARD_NUMBER", wrong, wrong, True), pick([" no sorry hang on let me start again ", " oh wait no that's wrong um ", " sorry sorry "]),
          S(full, "CARD_NUMBER", c)),
        A("okay thank you"),
    ])


def p_card_readback():
    c = gen_card()
    cust = spk_card(c)
    sizes = card_sizes(c)
    agent = spk_card(c)
    add("positive", "call/%s: card read by customer and read back by the agent (both labelled)" % pick(INDUSTRY), [
        A("card number please"),
        C(S(cust, "CARD_NUMBER", c)),
        A("let me just read that back ", S(agent, "CARD_NUMBER", c), " is that right"),
        C("yes that's it"),
    ])


def p_card_cvv_exp_call():
    kind = pick(["visa", "mc", "amex", "disc", "mc2"])
    c = gen_card(kind)
    cvv = digits(4 if len(c) == 15 else 3)
    e = gen_expiry()
    es = fmt_expiry(e, True)
    add("positive", "call/%s: card, expiry and security code in successive turns" % pick(["telecom", "utilities", "travel", "insurance"]), [
        A("can i take the long card number"),
        C(S(spk_card(c), "CARD_NUMBER", c)),
        A("and the expiry date"),
        C(pick(["it's ", "", "uh "]), S(es, "EXPIRY", "%02d%02d" % e)),
        A("and finally the %s on the back" % pick(["three digit code", "security code", "cvv", "last three digits"]) if len(cvv) == 3 else "and the four digit code on the front"),
        C(S(checked(lambda: say_group(cvv, pick(["plain", "hundreds", "plain"])), cvv, "CVV"), "CVV", cvv)),
        A("thank you i'll process the %s pound payment now" % say_int(R.randint(20, 300))),
    ])


def p_card_chat_all():
    c = gen_card(pick(["visa", "mc", "disc"]))
    cvv = digits(3)
    e = gen_expiry()
    add("positive", "chat/%s: card, expiry and CVV typed in one message" % pick(["retail", "travel"]), [
        A("Please share the card details to complete the booking of %d nights." % R.randint(2, 9)),
        C(S(fmt_card(c), "CARD_NUMBER", c), pick([" exp ", ", expires ", " | exp: ", " "]), S(fmt_expiry(e, False), "EXPIRY", "%02d%02d" % e),
          pick([" cvv ", ", cvc ", " code: ", " sec code "]), S(cvv, "CVV", cvv)),
    ])


def p_card_homophone():
    c = gen_card(pick(["visa", "mc"]))
    # ASR writes 'for' for four and 'to' for two
    def render():
        t = say_card(c)
        return re.sub(r"\bfour\b", lambda m: "for" if chance(0.6) else "four", re.sub(r"\btwo\b", lambda m: "to" if chance(0.5) else "two", t))
    txt = checked(render, c, "CARD_NUMBER")
    add("positive", "call/%s: ASR homophones 'for'/'to' inside a card reading" % pick(INDUSTRY), [
        A("go ahead with the number on the card"),
        C(S(txt, "CARD_NUMBER", c)),
    ])


def p_card_two_chat_msgs():
    c = gen_card(pick(["visa", "mc"]))
    cut = pick([8, 4, 12])
    a, b = c[:cut], c[cut:]
    add("positive", "chat/retail: card split over two chat messages", [
        C("card is ", S(" ".join(a[i:i + 4] for i in range(0, len(a), 4)), "CARD_NUMBER", a, c)),
        C(S(" ".join(b[i:i + 4] for i in range(0, len(b), 4)), "CARD_NUMBER", b, c), pick([" sorry hit enter", "", " (rest of it)"])),
        A("Thanks, got it."),
    ])


def p_ssn_call():
    s = gen_ssn()
    txt = checked(lambda: say_ssn(s), s, "SSN")
    ind = pick(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    add("positive", "call/%s: SSN spoken in one turn (groups, pairs, doubles, 'oh')" % ind, [
        A(pick(["for verification can i get your social security number", "and your social please",
                "what's the social on the account"])),
        C(pick(["sure it's ", "yeah ", "um ", "okay it's "]), S(txt, "SSN", s)),
        A("thank you that matches"),
    ])


def p_ssn_split():
    s = gen_ssn()
    parts = [s[:3], s[3:5], s[5:]]
    turns = [A("i'll need your social security number to verify")]
    for k, p in enumerate(parts):
        txt = checked(lambda: say_group(p, pick(["plain", "pairs", "hundreds", "double"])), p, "SSN")
        turns.append(C(pick(["", "", "okay ", "uh "]), S(txt, "SSN", p, s)))
        if k < 2:
            turns.append(A(pick(BACK)))
    add("positive", "call/%s: SSN split 3-2-4 over turns" % pick(["banking", "insurance", "healthcare billing"]), turns)


def p_ssn_chat():
    s = gen_ssn()
    f = R.randrange(3)
    typed = fmt_ssn(s)
    if f == 0:
        turns = [A("Can you provide your SSN so I can locate the policy?"), C(S(typed, "SSN", s))]
    elif f == 1:
        turns = [C("my ss# is ", S(typed, "SSN", s), " and the claim # is %d" % R.randint(100000, 9999999))]
    else:
        turns = [C("SSN: ", S(typed, "SSN", s), pick([" dob ", " - "]) if False else "", pick([" thanks", "", " ty"]))]
    add("positive", "chat/%s: SSN typed with odd separators" % pick(["insurance", "banking", "healthcare billing"]), turns)


def p_ssn_correction():
    s = gen_ssn()
    wrong5 = s[:3] + s[4] + s[3]
    if wrong5 == s[:5]:
        wrong5 = s[:3] + str((int(s[3]) + 1) % 10) + s[4]
    add("positive", "call/%s: SSN with caller self-correction mid reading" % pick(["banking", "government services"]), [
        A("last thing i need is your social"),
        C(S(say_plain(wrong5), "SSN", wrong5, wrong5, True), pick([" no wait i switched those ", " sorry i said that wrong it's "]),
          S(checked(lambda: say_ssn(s), s, "SSN"), "SSN", s)),
        A("okay"),
    ])


def p_ssn_readback():
    s = gen_ssn()
    add("positive", "call/%s: agent reads SSN back in a different style" % pick(["insurance", "banking", "healthcare billing"]), [
        A("could you confirm your social security number"),
        C(S(checked(lambda: say_ssn(s), s, "SSN"), "SSN", s)),
        A("i have ", S(checked(lambda: say_plain(s[:3]) + " " + say_plain(s[3:5]) + " " + say_plain(s[5:]), s, "SSN"), "SSN", s), " is that correct"),
        C("yep"),
    ])


def p_ssn_dob():
    s = gen_ssn()
    dob = gen_dob()
    spoken = chance(0.6)
    if spoken:
        add("positive", "call/healthcare billing: DOB then SSN in the same turn", [
            A("can i get your date of birth and social"),
            C("sure it's ", S(fmt_date(dob, True, True), "DOB", "%04d%02d%02d" % dob), " and the social is ",
              S(checked(lambda: say_ssn(s), s, "SSN"), "SSN", s)),
        ])
    else:
        add("positive", "chat/insurance: DOB and SSN in one message", [
            C("dob ", S(fmt_date(dob, False, True), "DOB", "%04d%02d%02d" % dob), ", ssn ", S(fmt_ssn(s), "SSN", s)),
        ])


def p_ssn_lastfour_then_full():
    s = gen_ssn()
    add("positive", "call/banking: SSN said with filler words inside the reading", [
        A("and the social security number"),
        C(S(checked(lambda: say_plain(s[:3]) + " uh " + say_pair(s[3:5]) + " um " + say_group(s[5:], "pairs"), s, "SSN"), "SSN", s)),
        A("and the balance you wanted to move was %s dollars" % say_int(R.randint(100, 5000))),
    ])


def p_ni_call():
    ni = gen_ni()
    l, d, suf = say_ni(ni)
    txt = l + " " + d + " " + suf
    txt = checked(lambda: txt, ni, "NI_NUMBER", 1)
    add("positive", "call/%s: NI number spoken in one turn" % pick(["government services", "banking", "insurance", "utilities"]), [
        A(pick(["can i take your national insurance number", "what's your n i number", "and your national insurance"])),
        C(pick(["yeah it's ", "", "okay ", "erm "]), S(txt, "NI_NUMBER", ni)),
        A("thanks"),
    ])


def p_ni_nato():
    ni = gen_ni()
    l, d, suf = say_ni(ni, "nato")
    add("positive", "call/government services: NI number with phonetic spelling ('b for bravo')", [
        A("could you spell out your national insurance number for me"),
        C(S(l + " " + d + " " + suf, "NI_NUMBER", ni)),
    ])


def p_ni_homo():
    ni = gen_ni()
    def r():
        l, d, suf = say_ni(ni, "homo")
        return l + " " + d + " " + suf
    add("positive", "call/%s: NI number with ASR homophones for letters ('jay', 'see', 'are')" % pick(["government services", "banking"]), [
        A("national insurance number please"),
        C(pick(["it's ", ""]), S(checked(r, ni, "NI_NUMBER"), "NI_NUMBER", ni)),
    ])


def p_ni_chat():
    ni = gen_ni()
    add("positive", "chat/%s: NI number typed in varied case and separators" % pick(["government services", "banking", "insurance"]), [
        A("Please provide your National Insurance number."),
        C(pick(["", "ni no. ", "its ", "NINO: "]), S(fmt_ni(ni), "NI_NUMBER", ni), pick(["", " thanks", ".", " - ref for my claim %d" % R.randint(10000, 999999)])),
    ])


def p_ni_split():
    ni = gen_ni()
    l, d, suf = say_ni(ni)
    turns = [A("go ahead with the national insurance number")]
    if chance(0.5):
        turns += [C(S(l, "NI_NUMBER", normalise(l, "NI_NUMBER"), ni)), A(pick(BACK)),
                  C(S(d, "NI_NUMBER", ni[2:8], ni)), A(pick(BACK)), C("and ", S(suf, "NI_NUMBER", ni[8], ni), " at the end")]
    else:
        turns += [C(S(l + " " + say_plain(ni[2:4]), "NI_NUMBER", ni[:4], ni)), A(pick(BACK)),
                  C(S(say_plain(ni[4:8]) + " " + suf, "NI_NUMBER", ni[4:], ni))]
    add("positive", "call/government services: NI number split over turns (letters / digits / suffix)", turns)


def p_ni_correction():
    ni = gen_ni()
    other = pick([c for c in "ABCD" if c != ni[8]])
    l, d, suf = say_ni(ni, "plain", "plain")
    add("positive", "call/banking: NI suffix corrected after the read (both letters inside spans)", [
        A("and your n i number"),
        C(S(l + " " + d + " " + other.lower(), "NI_NUMBER", ni[:8] + other, ni[:8] + other, True), " oh no sorry it ends in ",
          S(say_letter(ni[8], "plain"), "NI_NUMBER", ni[8], ni, True)),
        A("so ending in %s thank you" % ni[8].lower()) if False else A("okay thank you"),
    ])


def p_ni_readback():
    ni = gen_ni()
    l, d, suf = say_ni(ni, "plain")
    l2, d2, suf2 = say_ni(ni, "nato", "plain")
    add("positive", "call/government services: NI number read back by the agent with phonetics", [
        A("your national insurance number please"),
        C(S(l + " " + d + " " + suf, "NI_NUMBER", ni)),
        A("so that's ", S(l2 + " " + d2 + " " + suf2, "NI_NUMBER", ni), " yes"),
        C("that's right"),
    ])


def p_ni_postcode_chat():
    ni = gen_ni()
    pc = gen_uk_postcode()
    add("positive", "chat/government services: NI number and postcode in one message", [
        C("Hi, my NI is ", S(fmt_ni(ni), "NI_NUMBER", ni), " and postcode ", S(fmt_uk_postcode(pc), "POSTCODE", pc), ", been waiting %d weeks" % R.randint(2, 12)),
    ])


def p_ni_double():
    ni = gen_ni()
    ni = ni[:2] + ni[2] * 2 + ni[4:6] + ni[6] * 3 if False else ni[:3] + ni[2] + ni[4:]  # force a double
    def r():
        l, d, suf = say_ni(ni, pick(["plain", "homo"]), "double")
        return l + " " + d + " " + suf
    add("positive", "call/%s: NI number with 'double' digits" % pick(["banking", "utilities"]), [
        A("the national insurance number"),
        C(S(checked(r, ni, "NI_NUMBER"), "NI_NUMBER", ni)),
    ])


def p_bank_uk_call():
    sc = digits(6)
    acct = digits(8)
    sctxt = checked(lambda: pick([say_pair(sc[0:2]) + " " + say_pair(sc[2:4]) + " " + say_pair(sc[4:6]),
                                  say_plain(sc), say_plain(sc[:2]) + " dash " + say_plain(sc[2:4]) + " dash " + say_plain(sc[4:])]), sc, "SORT_CODE")
    atxt = spk_digits(acct, "BANK_ACCOUNT", [4, 4])
    add("positive", "call/banking: UK sort code then account number spoken", [
        A("what's the sort code"),
        C(S(sctxt, "SORT_CODE", sc)),
        A("and the account number"),
        C(pick(["", "it's ", "okay "]), S(atxt, "BANK_ACCOUNT", acct)),
        A("and the direct debit will go out on the %s of each month" % ORD[R.randint(1, 28)]),
    ])


def p_bank_uk_chat():
    sc = digits(6)
    acct = digits(8)
    scf = pick(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "%s %s %s" % (sc[:2], sc[2:4], sc[4:]), sc])
    add("positive", "chat/utilities: sort code and account number typed together", [
        A("To set up the direct debit, please send your sort code and account number."),
        C(pick(["sort ", "s/c "]), S(scf, "SORT_CODE", sc), pick([" acc ", ", a/c no ", " account "]), S(acct, "BANK_ACCOUNT", acct)),
    ])


def p_bank_us_call():
    acct = digits(R.randint(9, 12))
    add("positive", "call/banking US: checking account number spoken, routing mentioned as word only", [
        A("and the checking account number"),
        C(S(spk_digits(acct, "BANK_ACCOUNT", [3] * (len(acct) // 3) + ([len(acct) % 3] if len(acct) % 3 else [])), "BANK_ACCOUNT", acct)),
        A("thanks that'll take %s to %s business days" % (say_int(R.randint(1, 3)), say_int(R.randint(4, 7)))),
    ])


def p_iban():
    ib = gen_iban()
    if chance(0.5):
        typed = pick([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower() if chance(0.3) else ib])
        add("positive", "chat/%s: IBAN typed" % pick(["banking", "travel", "retail"]), [
            A("Please send the IBAN for the refund."),
            C(pick(["", "IBAN ", "iban: "]), S(typed, "IBAN", ib), pick(["", " thanks", "."])),
        ])
    else:
        def r():
            parts = []
            i = 0
            s = ib
            while i < len(s):
                ch = s[i]
                if ch.isalpha():
                    parts.append(say_letter(ch, pick(["plain", "plain", "nato"])))
                    i += 1
                else:
                    j = i
                    while j < len(s) and s[j].isdigit() and j - i < 4:
                        j += 1
                    parts.append(say_plain(s[i:j], pick(["oh", "zero"])))
                    i = j
            return " ".join(parts)
        add("positive", "call/%s: IBAN spelled out letter by letter and digit by digit" % pick(["banking", "travel"]), [
            A("could you read me the iban"),
            C(S(checked(r, ib, "IBAN"), "IBAN", ib)),
        ])


def p_phone():
    p, country = gen_phone()
    if chance(0.5):
        add("positive", "chat/%s: phone number typed (%s)" % (pick(INDUSTRY), country), [
            A("What's the best number to reach you on?"),
            C(pick(["", "call me on ", "mob ", "its "]), S(fmt_phone(p, country), "PHONE", p), pick(["", " after %d pm" % R.randint(2, 7), " thanks"])),
        ])
    else:
        txt = checked(lambda: say_phone(p, country)[0], p, "PHONE")
        add("positive", "call/%s: phone number spoken (%s)" % (pick(INDUSTRY), country), [
            A("and a contact number"),
            C(pick(["yeah it's ", "", "best one is "]), S(txt, "PHONE", p)),
            A("great we'll call you back within %s hours" % say_int(R.randint(2, 48))),
        ])


def p_phone_split():
    p, country = gen_phone(pick(["uk_mob", "us", "ie"]))
    k = 5 if country == "uk_mob" else 3
    a, b = p[:k], p[k:]
    add("positive", "call/telecom: phone number split over two turns with back-channel", [
        A("what number are you calling about"),
        C(S(checked(lambda: say_group(a, pick(["plain", "double"])), a, "PHONE"), "PHONE", a, p)),
        A(pick(BACK)),
        C(S(checked(lambda: say_digits_grouped(b, [3, len(b) - 3]), b, "PHONE"), "PHONE", b, p)),
    ])


def p_email():
    e = gen_email()
    if chance(0.5):
        add("positive", "call/%s: email spoken ('dot', 'at', 'underscore')" % pick(INDUSTRY), [
            A("and an email address for the confirmation"),
            C(pick(["it's ", "", "yeah "]), S(say_email(e), "EMAIL", e)),
            A("perfect"),
        ])
    else:
        et = e if chance(0.7) else e.replace(e[0], e[0].upper(), 1)
        add("positive", "chat/%s: email typed" % pick(INDUSTRY), [
            C(pick(["pls send the invoice to ", "email: ", "you can reach me at "]), S(et, "EMAIL", et.lower()), pick(["", " thanks", "."])),
        ])


def p_dob():
    d = gen_dob()
    spoken = chance(0.6)
    add("positive", "%s/%s: date of birth for verification" % ("call" if spoken else "chat", pick(INDUSTRY)), [
        A(pick(["can you confirm your date of birth", "and your DOB please", "what's the date of birth on the account"])),
        C(pick(["", "it's ", "sure "]), S(fmt_date(d, spoken, chance(0.5)), "DOB", "%04d%02d%02d" % d)),
        A("thanks, and the appointment is on %s the %s" % (pick(["monday", "friday", "tuesday"]), ORD[R.randint(1, 28)])),
    ])


def p_address():
    spoken = chance(0.5)
    a = gen_address(spoken)
    if chance(0.5):
        pc = gen_uk_postcode()
        pct = say_uk_postcode(pc) if spoken else fmt_uk_postcode(pc)
        pct = checked(lambda: say_uk_postcode(pc), pc, "POSTCODE") if spoken else pct
        town = pick(["leeds", "manchester", "bristol", "glasgow", "cardiff", "london"])
        add("positive", "%s/%s: UK street address and postcode" % ("call" if spoken else "chat", pick(["utilities", "retail", "insurance", "telecom"])), [
            A("what's the address for the delivery" if not spoken else "and the first line of the address"),
            C(S(a, "ADDRESS", a), pick([" ", ", "]) + town + pick([" ", ", "]), S(pct, "POSTCODE", pc)),
        ])
    else:
        z = "%05d" % R.randint(1001, 99950)
        plus4 = "%04d" % R.randint(1, 9999) if chance(0.3) else ""
        zt = (z + ("-" + plus4 if plus4 else "")) if not spoken else checked(lambda: say_plain(z, "zero") + (" dash " + say_plain(plus4, "zero") if plus4 else ""), z + plus4, "POSTCODE")
        town = pick(["chicago illinois", "austin texas", "portland oregon", "boston mass", "denver colorado"])
        add("positive", "%s/%s: US street address and ZIP code" % ("call" if spoken else "chat", pick(["insurance", "healthcare billing", "retail"])), [
            A("can i confirm the mailing address"),
            C(S(a, "ADDRESS", a), pick([" ", ", "]) + town + pick([" ", ", "]), S(zt, "POSTCODE", z + plus4)),
        ])


def p_postcode_only():
    pc = gen_uk_postcode()
    spoken = chance(0.6)
    t = checked(lambda: say_uk_postcode(pc), pc, "POSTCODE") if spoken else fmt_uk_postcode(pc)
    add("positive", "%s/%s: postcode on its own for account lookup" % ("call" if spoken else "chat", pick(["utilities", "telecom", "banking"])), [
        A("can i take the postcode please"),
        C(S(t, "POSTCODE", pc)),
        A("and the meter reading was %s was it" % say_plain(digits(5), "oh")),
    ])


def p_combo_verification():
    # a long verification call with several items
    ni = gen_ni()
    d = gen_dob()
    p, country = gen_phone("uk_mob")
    pc = gen_uk_postcode()
    l, dd, suf = say_ni(ni)
    add("positive", "call/banking UK: full ID&V: dob, postcode, NI, mobile", [
        A("before we go on i need to ask a few security questions date of birth first"),
        C(S(fmt_date(d, True), "DOB", "%04d%02d%02d" % d)),
        A("and postcode"),
        C(S(checked(lambda: say_uk_postcode(pc), pc, "POSTCODE"), "POSTCODE", pc)),
        A("and your national insurance number"),
        C(S(l + " " + dd + " " + suf, "NI_NUMBER", ni)),
        A("and the mobile number on the account"),
        C(S(checked(lambda: say_phone(p, country)[0], p, "PHONE"), "PHONE", p)),
        A("thank you you've passed security your balance is %s pounds %s" % (say_int(R.randint(10, 9000)), say_int(R.randint(10, 99)))),
    ])


def p_card_pairs_hundreds():
    c = gen_card(pick(["visa", "mc", "disc"]))
    def r():
        return " ".join(say_group(c[i:i + 4], pick(["pairs", "hundreds"])) for i in range(0, 16, 4))
    add("positive", "call/%s: card read in pairs/hundreds ('forty five thirty two')" % pick(INDUSTRY), [
        A("card number"),
        C(S(checked(r, c, "CARD_NUMBER"), "CARD_NUMBER", c)),
    ])


def p_card_and_chitchat():
    c = gen_card(pick(["visa", "mc"]))
    s = card_sizes(c)
    g1 = c[:8]
    g2 = c[8:]
    add("positive", "call/travel: card reading interrupted by chit-chat in the same turn", [
        A("the card number please"),
        C(S(checked(lambda: say_digits_grouped(g1, [4, 4]), g1, "CARD_NUMBER"), "CARD_NUMBER", g1, c),
          pick([" sorry the dog's going mad here ", " hold on my glasses hang on ", " sorry it's the %d flight i'm trying to fix ok " % R.randint(100, 999) if False else " sorry kids are shouting "]),
          S(checked(lambda: say_digits_grouped(g2, [4, 4]), g2, "CARD_NUMBER"), "CARD_NUMBER", g2, c)),
    ])


def p_ssn_typed_in_sentence():
    s = gen_ssn()
    add("positive", "chat/government services: SSN typed without separators mid-sentence with other numbers", [
        C("I called %d times about form %d. My SSN is " % (R.randint(2, 6), R.randint(1040, 1099)), S(pick([s, " ".join([s[:3], s[3:5], s[5:]])]), "SSN", s),
          " and I'm owed $%d" % R.randint(100, 3000)),
    ])


def p_ni_chat_split():
    ni = gen_ni()
    add("positive", "chat/government services: NI number split over two chat messages", [
        C("ni number ", S(ni[:2] + " " + ni[2:4] + " " + ni[4:6], "NI_NUMBER", ni[:6], ni)),
        C(S(ni[6:8] + " " + ni[8], "NI_NUMBER", ni[6:], ni), pick(["", " sorry", " (pressed send too early)"])),
    ])


def p_exp_cvv_chat():
    e = gen_expiry()
    cvv = digits(3)
    add("positive", "chat/retail: expiry and CVV typed after a card was already taken", [
        A("And the expiry date and security code?"),
        C(S(fmt_expiry(e, False), "EXPIRY", "%02d%02d" % e), pick([" and ", " / ", ", "]), S(cvv, "CVV", cvv)),
    ])


def p_exp_cvv_call():
    e = gen_expiry()
    cvv = digits(3)
    add("positive", "call/utilities: expiry and CVV in one spoken turn", [
        A("expiry and the three digits on the back please"),
        C(S(fmt_expiry(e, True), "EXPIRY", "%02d%02d" % e), pick([" and the code is ", " then ", " and "]),
          S(checked(lambda: say_plain(cvv, "oh"), cvv, "CVV"), "CVV", cvv)),
    ])


def p_asr_numerals_card():
    c = gen_card(pick(["visa", "mc", "disc"]))
    cuts = pick([[3, 3, 3, 3, 4], [2] * 8, [4, 3, 3, 3, 3], [5, 5, 6], [3, 4, 4, 5]])
    parts, i = [], 0
    for n in cuts:
        parts.append(c[i:i + n])
        i += n
    txt = " ".join(parts)
    add("positive", "call/%s: ASR emitted numerals with odd grouping inside a card" % pick(INDUSTRY), [
        A("can i take the card number please"),
        C("yeah my card number is ", S(txt, "CARD_NUMBER", c)),
        A("thank you"),
    ])


def p_asr_numerals_ssn():
    s = gen_ssn()
    cuts = pick([[3, 2, 4], [1] * 9, [3, 3, 3], [2, 3, 4], [5, 4]])
    parts, i = [], 0
    for n in cuts:
        parts.append(s[i:i + n])
        i += n
    add("positive", "call/%s: ASR emitted SSN as numerals with odd grouping" % pick(["banking", "insurance", "government services"]), [
        A("can you verify the social security number"),
        C(pick(["it's ", "yes ", "sure it's "]), S(" ".join(parts), "SSN", s), pick([" yeah", "", " i think"])),
    ])


def p_asr_mixed_ni():
    ni = gen_ni()
    f = R.randrange(3)
    if f == 0:
        txt = "%s %s %s %s %s %s" % (ni[0].lower(), ni[1].lower(), ni[2:4], ni[4:6], ni[6:8], ni[8].lower())
    elif f == 1:
        txt = "%s %s %s %s" % (ni[0].lower(), ni[1].lower(), ni[2:8], ni[8].lower())
    else:
        txt = "%s %s %s" % (" ".join(say_letter(ch, "homo") for ch in ni[:2]), ni[2:8], say_letter(ni[8], "homo"))
    add("positive", "call/%s: ASR mixes spelled letters and numerals in NI number" % pick(["government services", "banking", "utilities"]), [
        A("and can i take your national insurance number"),
        C(pick(["yes it's ", "", "um "]), S(txt, "NI_NUMBER", ni)),
        A("thank you"),
    ])


def p_card_repeat_group():
    c = gen_card(pick(["visa", "mc"]))
    g = [c[i:i + 4] for i in range(0, 16, 4)]
    k = R.randrange(1, 4)
    turns = [A("go ahead with the card number")]
    turns.append(C(S(checked(lambda: say_digits_grouped(c[:4 * (k + 1)], [4] * (k + 1)), c[:4 * (k + 1)], "CARD_NUMBER"), "CARD_NUMBER", c[:4 * (k + 1)], c)))
    turns.append(A(pick(["sorry was that ", "did you say "]), S(checked(lambda: say_group(g[k]), g[k], "CARD_NUMBER"), "CARD_NUMBER", g[k], c, True), pick(["", " at the end"])))
    turns.append(C("yes ", S(checked(lambda: say_group(g[k], "plain"), g[k], "CARD_NUMBER"), "CARD_NUMBER", g[k], c, True), " then ",
                   S(checked(lambda: say_digits_grouped(c[4 * (k + 1):], [4] * (3 - k)), c[4 * (k + 1):], "CARD_NUMBER"), "CARD_NUMBER", c[4 * (k + 1):], c)) if k < 3 else
                 C("yes ", S(checked(lambda: say_group(g[k], "plain"), g[k], "CARD_NUMBER"), "CARD_NUMBER", g[k], c, True), " that's the lot"))
    add("positive", "call/%s: agent asks to repeat a card group; repeated group labelled too" % pick(INDUSTRY), turns)


def p_ssn_hundreds():
    s = gen_ssn()
    while s[0] == "0" or s[1:3] == "00":
        s = gen_ssn()
    txt = UNIT_W[int(s[0])] + " hundred and " + say_int(int(s[1:3])) + pick([", ", " "]) + say_pair(s[3:5]) + pick([", ", " "]) + say_group(s[5:], pick(["hundreds", "pairs"]))
    txt = checked(lambda: txt, s, "SSN", 1)
    add("positive", "call/%s: SSN area said as a hundred-and number" % pick(["banking", "healthcare billing", "insurance"]), [
        A("what's your social"),
        C(S(txt, "SSN", s)),
        A("and that's for the claim dated the %s" % ORD[R.randint(1, 28)]),
    ])


def p_ni_pairs_hundreds():
    ni = gen_ni()
    dg = ni[2:8]
    def r():
        d = say_group(dg[:3], "hundreds") + " " + say_group(dg[3:], "hundreds")
        return " ".join(say_letter(ch, pick(["plain", "homo"])) for ch in ni[:2]) + " " + d + " " + say_letter(ni[8], pick(["plain", "nato"]))
    add("positive", "call/government services: NI digits said as two three-digit numbers", [
        A("national insurance number"),
        C(pick(["it's ", ""]), S(checked(r, ni, "NI_NUMBER"), "NI_NUMBER", ni)),
    ])


def p_card_hundred():
    c = luhn_complete(pick(["4500", "4100", "5300", "5400", "4900", "5100"]), 16)
    def r():
        return say_pair(c[:2]) + " hundred" + pick([" then ", ", then ", " um then "]) + say_digits_grouped(c[4:], [4, 4, 4])
    add("positive", "call/%s: card group said as 'forty five hundred'" % pick(INDUSTRY), [
        A("what's the long number on the card"),
        C(pick(["yeah ", "", "okay "]), S(checked(r, c, "CARD_NUMBER"), "CARD_NUMBER", c)),
        A("and is that a debit or a credit card"),
        C("debit"),
    ])


POS_PLAN = [
    (p_card_hundred, 4),
    (p_asr_numerals_card, 6), (p_asr_numerals_ssn, 6), (p_asr_mixed_ni, 6), (p_card_repeat_group, 4),
    (p_ssn_hundreds, 4), (p_ni_pairs_hundreds, 4),
    (p_card_call_one_turn, 8), (p_card_call_split, 6), (p_card_chat_typed, 8), (p_card_chat_typo, 4),
    (p_card_correction, 4), (p_card_readback, 4), (p_card_cvv_exp_call, 6), (p_card_chat_all, 5),
    (p_card_homophone, 4), (p_card_two_chat_msgs, 3), (p_card_pairs_hundreds, 4), (p_card_and_chitchat, 3),
    (p_ssn_call, 10), (p_ssn_split, 5), (p_ssn_chat, 9), (p_ssn_correction, 4), (p_ssn_readback, 4),
    (p_ssn_dob, 5), (p_ssn_lastfour_then_full, 3), (p_ssn_typed_in_sentence, 4),
    (p_ni_call, 8), (p_ni_nato, 5), (p_ni_homo, 5), (p_ni_chat, 8), (p_ni_split, 4), (p_ni_correction, 3),
    (p_ni_readback, 3), (p_ni_postcode_chat, 4), (p_ni_double, 3), (p_ni_chat_split, 3),
    (p_bank_uk_call, 7), (p_bank_uk_chat, 6), (p_bank_us_call, 4), (p_iban, 14), (p_phone, 14), (p_phone_split, 3),
    (p_email, 14), (p_dob, 10), (p_address, 14), (p_postcode_only, 6), (p_combo_verification, 4),
    (p_exp_cvv_chat, 4), (p_exp_cvv_call, 4),
]


# ---------------------------------------------------------------- negative templates
def neg(note, turns):
    add("negative", note, turns)


def n_amount_call():
    neg("call/utilities: spoken money amounts and balance", [
        A("your current balance is %s pounds and %s pence" % (say_int(R.randint(11, 999)), say_num(R.randint(10, 99)))),
        C("so if i pay %s a month that clears it by %s" % (pick(["forty five", "sixty", "a hundred and twenty", "thirty two fifty"]), pick(["march", "the summer", "christmas"]))),
    ])


def n_amount_chat():
    neg("chat/retail: prices and totals", [
        C("I was charged $%d.%02d twice, should be $%d.%02d total for %d items" % (R.randint(10, 999), R.randint(0, 99), R.randint(10, 999), R.randint(0, 99), R.randint(2, 9))),
        A("Sorry about that, I've refunded $%d.%02d, it'll show in %d-%d working days." % (R.randint(10, 999), R.randint(0, 99), R.randint(3, 5), R.randint(6, 10))),
    ])


def n_order_ref():
    n = R.randint(10000000, 9999999999)
    w = pick(["order number", "reference number", "ticket number", "claim number", "invoice number", "case number"])
    neg("chat/retail: %s up to 10 digits with its reference word" % w, [
        C("hi my %s is %d and it still hasn't arrived" % (w, n)),
        A("Thanks, I can see %s %d was dispatched on the %s." % (w, n, ORD[R.randint(1, 28)])),
    ])


def n_order_ref_spoken():
    n = digits(R.randint(6, 9))
    w = pick(["order number", "reference", "claim number", "ticket number", "booking reference"])
    neg("call/%s: %s spoken digit by digit" % (pick(INDUSTRY), w), [
        A("do you have the %s" % w),
        C("yeah the %s is %s" % (w, say_plain(n, "oh"))),
        A("great i've got that up"),
    ])


def n_times():
    neg("call/healthcare billing: appointment times and dates (not birth dates)", [
        A("i can offer you %s the %s of %s at %s %s" % (pick(["monday", "thursday", "wednesday"]), ORD[R.randint(1, 28)], pick(MONTHS), pick(["nine", "ten", "two", "three"]), pick(["thirty", "fifteen", "o'clock", "forty five"]))),
        C("the %s is fine i finish work at %s" % (pick(["afternoon", "morning one"]), pick(["five thirty", "four", "half six"]))),
    ])


def n_durations():
    neg("call/telecom: durations, counts and contract length", [
        A("you've been with us %s years and the contract has %s months left" % (say_int(R.randint(2, 15)), say_int(R.randint(1, 23)))),
        C("i've been on hold for %s minutes and called %s times this week" % (pick(["forty five", "twenty", "thirty five"]), pick(["three", "four", "six"]))),
    ])


def n_years():
    neg("chat/insurance: years and policy start dates", [
        C("I've had the policy since %d and the car is a %d model, renewal on %02d/%02d/%d" % (R.randint(1995, 2020), R.randint(2005, 2024), R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027))),
    ])


def n_percent():
    neg("call/banking: interest rates and percentages", [
        A("the rate is %s point %s percent fixed for %s years" % (pick(["four", "five", "three"]), pick(["nine", "two five", "four nine"]), pick(["two", "five"]))),
        C("and the early repayment charge is %d%%?" % R.randint(1, 5)),
    ])


def n_flight():
    fl = pick(["BA", "EI", "FR", "UA", "AA", "LH"]) + str(R.randint(10, 9999))
    neg("chat/travel: flight number, seat, gate and times", [
        C("My flight %s on %s %d was delayed %d hours, seat %d%s" % (fl, pick(MONTHS).title(), R.randint(1, 28), R.randint(2, 9), R.randint(1, 40), pick("ABCDEF"))),
        A("I'm sorry to hear that. Flight %s departed at %02d:%02d from gate %d." % (fl, R.randint(0, 23), R.randint(0, 59), R.randint(1, 60))),
    ])


def n_flight_spoken():
    neg("call/travel: flight number spoken and departure time", [
        C("it's the %s %s flight leaving at %s" % (pick(["aer lingus", "ryanair", "united", "british airways"]), say_plain(digits(R.randint(3, 4)), "oh"), pick(["six forty", "eleven fifteen", "seven oh five"]))),
        A("okay that's departing terminal %s" % pick(["one", "two", "five"])),
    ])


def n_room():
    neg("call/travel: hotel room number and nights", [
        C("i was in room %s for %s nights and the bill was %s euros" % (pick(["four twelve", "twelve oh four", "three oh one", "two two five"]), pick(["three", "five"]), pick(["six hundred and forty", "eight ninety", "two hundred"]))),
    ])


def n_model():
    neg("chat/telecom: device model numbers and IMEI-free product codes", [
        C("The router model is %s-%d and my phone is a %s" % (pick(["TG", "HG", "DSL"]), R.randint(100, 9999), pick(["Galaxy S23", "iPhone 15 Pro", "Pixel 8a", "SM-G991B"]))),
        A("Thanks, firmware version %d.%d.%d is the latest." % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 99))),
    ])


def n_meter():
    neg("call/utilities: meter readings", [
        A("can i take a meter reading"),
        C("yeah the day one is %s and night is %s" % (say_plain(digits(5), "oh"), say_plain(digits(5), "zero"))),
        A("thanks your next bill will be around %s pounds" % say_int(R.randint(40, 300))),
    ])


def n_meter_chat():
    neg("chat/utilities: meter readings typed", [
        C("gas reading %05d, electric %05d taken %d/%d" % (R.randint(0, 99999), R.randint(0, 99999), R.randint(1, 28), R.randint(1, 12))),
    ])


def n_speed():
    neg("chat/telecom: broadband speeds and data allowances", [
        C("paying for %d Mbps but getting %d.%d, also used %dGB of %dGB" % (pick([100, 500, 900]), R.randint(2, 80), R.randint(0, 9), R.randint(5, 90), pick([100, 150]))),
    ])


def n_age_temp():
    neg("call/healthcare billing: ages and temperatures", [
        C("my son is %s and he had a temperature of %s so we went in at %s" % (pick(["seven", "twelve", "fourteen"]), pick(["thirty nine point five", "a hundred and two", "thirty eight"]), pick(["two am", "midnight"]))),
        A("okay and that visit was billed at %s dollars" % say_int(R.randint(100, 900))),
    ])


def n_payment_date():
    neg("call/banking: payment dates and amounts (not birth dates)", [
        A("your next payment of %s is due on the %s of %s %s" % (pick(["two hundred and fifty pounds", "ninety nine ninety nine", "a hundred and twelve"]), ORD[R.randint(1, 28)], pick(MONTHS), pick(["twenty twenty six", "two thousand and twenty seven"]))),
        C("can i move it to the %s" % ORD[R.randint(1, 28)]),
    ])


def n_contract_date():
    neg("chat/telecom: contract start and end dates", [
        C("contract started %02d/%02d/%d and ends %s %d, %d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2021, 2025), pick(MONTHS).title(), R.randint(1, 28), R.randint(2026, 2028))),
    ])


def n_quantities():
    neg("chat/retail: quantities and sizes", [
        C("ordered %d packs of %d, size %d, %dcm x %dcm, only %d came" % (R.randint(2, 12), R.randint(6, 48), R.randint(6, 14), R.randint(20, 200), R.randint(20, 200), R.randint(1, 5))),
    ])


def n_card_last4():
    neg("call/retail: card type mentioned with no number", [
        A("which card would you like to use"),
        C("the %s one, the debit card not the credit card, i've got %s cards" % (pick(["visa", "mastercard", "amex"]), pick(["two", "three"]))),
    ])


def n_balance():
    neg("chat/banking: account balance and transaction amounts", [
        C("my balance shows £%d,%03d.%02d but there were %d transactions of £%d.%02d" % (R.randint(1, 40), R.randint(0, 999), R.randint(0, 99), R.randint(2, 6), R.randint(5, 300), R.randint(0, 99))),
    ])


def n_balance_spoken():
    neg("call/banking: spoken balance with big numbers", [
        A("the outstanding balance is %s" % pick(["four thousand six hundred and twelve pounds", "twelve thousand three hundred dollars and fifty cents", "one thousand nine hundred and eighty four euros"])),
        C("and the overdraft limit is %s" % pick(["fifteen hundred", "two grand", "five hundred"])),
    ])


def n_long_number_words():
    neg("call/insurance: claim number said with pairs", [
        C("the claim number is %s" % " ".join(say_pair(digits(2)) for _ in range(R.randint(3, 5)))),
        A("thanks i've got claim %s open" % pick(["it", "that"])),
    ])


def n_office():
    neg("call/government services: office opening hours, counts of documents", [
        A("we're open %s to %s monday to friday and you'll need %s forms of id" % (pick(["eight thirty", "nine"]), pick(["five", "six thirty"]), pick(["two", "three"]))),
        C("i sent %s letters already" % pick(["four", "five"])),
    ])


def n_score():
    neg("chat/banking: credit score and loan term", [
        C("my credit score went from %d to %d, want a %d-month loan for £%d,%03d" % (R.randint(500, 700), R.randint(600, 850), pick([24, 36, 48, 60]), R.randint(1, 30), R.randint(0, 999))),
    ])


def n_ticket_ref_alpha():
    neg("chat/travel: alphanumeric booking reference and PNR", [
        C("booking ref %s, %d passengers, %d bags" % ("".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), R.randint(1, 5), R.randint(1, 4))),
        A("Thanks, your booking for %d %s is confirmed." % (R.randint(1, 28), pick(MONTHS).title())),
    ])


def n_bill_period():
    neg("call/utilities: billing period and usage", [
        A("that bill covers %s to %s and you used %s kilowatt hours" % (pick(["the third of march", "april first"]), pick(["the second of june", "june thirtieth"]), pick(["four hundred and twelve", "eleven hundred", "nine eighty"]))),
    ])


def n_phone_company():
    neg("chat/telecom: plan names, minutes and text counts", [
        C("I'm on the %d plan with %d minutes and unlimited texts, been %d days without signal" % (pick([10, 20, 35]), pick([500, 1000, 3000]), R.randint(2, 14))),
    ])


def n_timestamp():
    neg("chat/retail: timestamps and delivery window", [
        A("Your delivery slot is %02d:00-%02d:00 on %s %d." % (R.randint(7, 12), R.randint(13, 20), pick(MONTHS).title(), R.randint(1, 28))),
        C("ok I'm out until %d:%02d, can it be after %d?" % (R.randint(1, 5), pick([0, 15, 30, 45]), R.randint(5, 8))),
    ])


def n_extension():
    neg("call/insurance: policy year and excess amounts", [
        A("the excess on the policy is %s and the no claims discount is %s years" % (pick(["two fifty", "three hundred pounds", "a hundred euros"]), pick(["five", "nine"]))),
        C("okay and it renews in %s" % pick(MONTHS)),
    ])


def n_ref_numerals_call():
    w = pick(["order number", "reference number", "claim number", "ticket number", "booking reference", "case number"])
    n = digits(R.randint(7, 10))
    neg("call/%s: ASR numerals for %s %s" % (pick(INDUSTRY), "an" if w[0] in "aeiou" else "a", w), [
        A("have you got the %s there" % w),
        C("yeah the %s is %s" % (w, " ".join(n[i:i + 3] for i in range(0, len(n), 3)))),
    ])


def n_postage_weights():
    neg("call/retail: weights, sizes and delivery days", [
        C("the parcel was %s kilos and it took %s days instead of %s" % (pick(["two point five", "twelve", "four and a half"]), pick(["nine", "eleven", "fourteen"]), pick(["three", "two"]))),
        A("i'll refund the %s pound delivery charge" % pick(["four ninety nine", "six fifty", "three"])),
    ])


def n_years_spoken():
    neg("call/insurance: years spoken (not birth dates) and car details", [
        C("i bought the car in %s and it's done %s miles" % (say_year(R.randint(1999, 2024)), pick(["sixty thousand", "forty two thousand five hundred", "a hundred and ten thousand"]))),
        A("and the policy started in %s" % say_year(R.randint(2010, 2025))),
    ])


def n_apartment_count():
    neg("chat/utilities: counts of rooms and occupants, kWh", [
        C("%d bed house, %d people, used %d kWh last quarter at %d.%dp per unit" % (R.randint(1, 5), R.randint(1, 6), R.randint(300, 3000), R.randint(20, 35), R.randint(0, 9))),
    ])


def n_opening_hours_chat():
    neg("chat/banking: opening hours and processing times", [
        A("Our team is available %d:00-%d:00 Mon-Fri; transfers over £%d,000 take up to %d hours." % (R.randint(7, 9), R.randint(17, 21), R.randint(1, 25), R.randint(2, 72))),
        C("ok thanks, I'll try again at %d:%02d" % (R.randint(8, 11), pick([0, 15, 30, 45]))),
    ])


def n_extension_spoken():
    neg("call/healthcare billing: ward and extension style numbers with labels", [
        A("you'll need to call the billing team on extension %s or go to ward %s" % (say_plain(digits(4), "oh"), pick(["twelve", "nine b", "four"]))),
        C("okay and the bill was for %s dollars %s" % (say_int(R.randint(50, 4000)), say_int(R.randint(1, 99)))),
    ])


NEG_PLAN = [
    (n_ref_numerals_call, 6), (n_postage_weights, 3), (n_years_spoken, 4), (n_apartment_count, 4),
    (n_opening_hours_chat, 4), (n_extension_spoken, 3),
    (n_amount_call, 4), (n_amount_chat, 4), (n_order_ref, 6), (n_order_ref_spoken, 5), (n_times, 4), (n_durations, 4),
    (n_years, 4), (n_percent, 3), (n_flight, 4), (n_flight_spoken, 3), (n_room, 3), (n_model, 3), (n_meter, 4),
    (n_meter_chat, 3), (n_speed, 3), (n_age_temp, 3), (n_payment_date, 4), (n_contract_date, 3), (n_quantities, 3),
    (n_card_last4, 2), (n_balance, 3), (n_balance_spoken, 3), (n_long_number_words, 4), (n_office, 3), (n_score, 3),
    (n_ticket_ref_alpha, 3), (n_bill_period, 3), (n_phone_company, 3), (n_timestamp, 3), (n_extension, 3),
]


def build():
    global R
    R = random.Random(SEED)
    CASE_LIST.clear()
    META.clear()
    FALLBACKS.clear()
    for fn, k in POS_PLAN:
        for _ in range(k):
            fn()
    for fn, k in NEG_PLAN:
        for _ in range(k):
            for _try in range(8):
                fn()
                last = CASE_LIST[-1]["turns"]
                if any(c["turns"] == last for c in CASE_LIST[:-1]) and _try < 7:
                    CASE_LIST.pop()
                    META.pop()
                    continue
                break
    lines = [json.dumps(c, ensure_ascii=False) for c in CASE_LIST]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- checking
def verify():
    problems = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for case, metas in zip(CASE_LIST, META):
        cid = case["id"]
        if cid in ids:
            problems.append("duplicate id " + cid)
        ids.add(cid)
        if case["kind"] == "positive":
            npos += 1
            if not case["spans"]:
                problems.append(cid + ": positive without spans")
        else:
            nneg += 1
            if case["spans"]:
                problems.append(cid + ": negative with spans")
        occupied = {}
        groups = {}
        for sp, m in zip(case["spans"], metas):
            t = sp["turn"]
            if not (0 <= t < len(case["turns"])):
                problems.append(cid + ": bad turn")
                continue
            text = case["turns"][t]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                problems.append(cid + ": offsets out of range")
                continue
            frag = text[s:e]
            if frag != m.text:
                problems.append(cid + ": span text mismatch")
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                problems.append("%s: span not on word boundary %r" % (cid, frag))
            if frag != frag.strip() or not frag[-1].isalnum():
                problems.append("%s: span has outer whitespace/punct %r" % (cid, frag))
            for k in range(s, e):
                if (t, k) in occupied:
                    problems.append(cid + ": overlapping spans")
                    break
                occupied[(t, k)] = True
            if sp["type"] not in TYPES:
                problems.append(cid + ": bad type")
            counts[sp["type"]] += 1
            typ = sp["type"]
            if typ in ("DOB",):
                y = int(m.full[:4]); mo = int(m.full[4:6]); d = int(m.full[6:])
                try:
                    _dt.date(y, mo, d)
                except ValueError:
                    problems.append(cid + ": bad DOB")
                nd = normalise(frag, "DOB")
                if str(y)[2:] not in nd and str(y) not in nd:
                    problems.append("%s: DOB text %r lacks year" % (cid, frag))
                if not (1930 <= y <= 2010):
                    problems.append(cid + ": DOB year odd")
                continue
            if typ == "EXPIRY":
                mo, yy = int(m.full[:2]), int(m.full[2:])
                nd = normalise(frag, "EXPIRY")
                if not (1 <= mo <= 12 and 25 <= yy <= 35) or not nd.endswith("%02d" % yy):
                    problems.append("%s: bad expiry %r -> %r" % (cid, frag, nd))
                continue
            if typ == "ADDRESS":
                low = frag.lower()
                if not any(re.search(r"\b%s\b" % w, low) for w in STREET_WORDS) or not re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|eleven|twelve|teen", low):
                    problems.append("%s: address shape %r" % (cid, frag))
                continue
            nv = normalise(frag, typ)
            if nv != m.piece:
                problems.append("%s: %s %r normalises to %r, expected %r" % (cid, typ, frag, nv, m.piece))
            if m.piece not in m.full:
                problems.append("%s: piece not in value" % cid)
            if not m.frag:
                groups.setdefault((typ, m.full), []).append(m.piece)
            if not validate_full(typ, m.full) and not m.frag:
                problems.append("%s: invalid %s value %r" % (cid, typ, m.full))
            if m.frag and typ == "CARD_NUMBER" and not m.full.isdigit():
                problems.append(cid + ": fragment not digits")
        for (typ, full), pieces in groups.items():
            joined = "".join(pieces)
            if typ == "NI_NUMBER" and joined != full and full.startswith(joined[:8]):
                continue
            if joined != full and joined.replace(full, "") != "":
                problems.append("%s: %s pieces %r do not assemble %r" % (cid, typ, pieces, full))
        # negative: no line should carry a Luhn-valid 13-19 digit run
        if case["kind"] == "negative":
            for tr in case["turns"]:
                for run in re.findall(r"\d[\d -]{11,}\d", tr["text"]):
                    dd = re.sub(r"\D", "", run)
                    if 13 <= len(dd) <= 19 and luhn_ok(dd):
                        problems.append(cid + ": negative contains card-like number")
                if re.search(r"@|\b[A-Z]{2}\d{2}[A-Z0-9]{10,}", tr["text"]):
                    problems.append(cid + ": negative contains email/iban-like text")
    return problems, counts, npos, nneg


README_TMPL = """# PII hold-out set 119

Held-out evaluation data for the PII redaction system. **Never use this set for tuning.**
Do not copy its templates or values into training data, rules, or unit tests.

## Who wrote it and how

Written by an AI helper acting as an *independent author*: it did not read the redaction
code, its tests, its documentation or its other fixtures, and did not run the redactor or
any benchmark.  Its only input was the task brief and a three-line example of the JSONL
format.  Every case is produced by `scripts/make_pii_holdout119.py` from template functions;
each turn is assembled from plain-text segments and labelled (value, TYPE) segments, so span
offsets are computed, never typed by hand.  All values come from one
`random.Random({seed})`, so the output is byte-for-byte reproducible:

    python scripts/make_pii_holdout119.py          # regenerate
    python scripts/make_pii_holdout119.py --check  # regenerate in memory, compare, validate

`--check` verifies: file identical to regeneration, unique ids, offsets in range and on word
boundaries, no overlapping spans, and that every span's text, after normalising spoken forms
(digit words, "oh"/"o"/"nought", "double"/"triple", pairs such as "forty one", hundreds such
as "nineteen eighty", "b for bravo", homophones such as "see"/"jay"/"are", "for"/"to" for
4/2, "dot"/"at" in e-mails), equals the value it was generated from; values are validated
(Luhn for cards, mod-97 for IBANs, NI format, SSN rules, 6-digit sort codes, digit counts,
UK postcode / US ZIP shapes).

## Annotation conventions

* A span covers only the value itself: lead-ins such as "it's", "card no:", "SSN:",
  "sort", "exp" and trailing words/punctuation are outside the span.  Filler words *inside*
  a reading ("um", "uh", "dash", "and") are inside the span.
* A value split over several turns (or chat messages) has one span per piece; each piece is
  labelled with the full value's type.  A reading interrupted by chit-chat in the same turn
  gets one span per piece; the chit-chat is not labelled.
* Self-corrections: the abandoned/wrong partial reading is labelled with the same type as a
  separate span (it is still the caller's sensitive data), then the corrected value.
* An agent reading a value back is labelled too, and so is a group repeated when the agent
  queries it ("did you say seven three nine four") and the customer's confirmation.
* CVV spans contain only the digits; EXPIRY spans contain the month/year expression; DOB
  spans contain the whole date expression ("the third of may nineteen eighty two").
* ADDRESS = flat/apartment + house number + street name; the town is not labelled; the
  postcode / ZIP is a separate POSTCODE span (ZIP+4 included).
* PHONE includes a leading "+"/"plus" country code and brackets.
* Negatives contain money, times, durations, counts, years, percentages, non-birth dates,
  order/claim/ticket/invoice numbers (up to 10 digits with their reference word), flight,
  room and model numbers, meter readings, speeds, ages, temperatures and balances.

## Counts

* Cases: {npos} positive, {nneg} negative ({total} total)

| type | spans |
|---|---|
{table}
"""


def main():
    check = "--check" in sys.argv[1:]
    data = build()
    problems, counts, npos, nneg = verify()
    table = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    readme = README_TMPL.format(seed=SEED, npos=npos, nneg=nneg, total=npos + nneg, table=table)
    mins = {t: 12 for t in TYPES}
    for t in ("CARD_NUMBER", "NI_NUMBER", "SSN"):
        mins[t] = 30
    for t in TYPES:
        if counts[t] < mins[t]:
            problems.append("too few %s spans: %d" % (t, counts[t]))
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d pos %d neg" % (npos, nneg))
    if check:
        for path, want in ((CASES, data), (README, readme)):
            try:
                with open(path, encoding="utf-8") as fh:
                    got = fh.read()
            except OSError:
                got = None
            if got != want:
                problems.append("%s differs from regeneration" % os.path.relpath(path, ROOT))
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as fh:
            fh.write(data)
        with open(README, "w", encoding="utf-8") as fh:
            fh.write(readme)
    print("renderings that fell back to plain digits: %d" % len(FALLBACKS))
    print("cases: %d positive, %d negative" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems[:80]:
            print("  " + p)
        return 1
    print("OK" + (" (--check passed)" if check else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the held-out PII evaluation set tests/fixtures/pii_holdout225/.

Written by an AI helper acting as an independent author (it did not see the
redaction code).  Standard library only; all values come from one seeded
random.Random so the output is byte-for-byte reproducible.

    python scripts/make_pii_holdout225.py           # write fixture + README
    python scripts/make_pii_holdout225.py --check   # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 225241126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout225")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
PREFIX = "h225"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- words
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
HOMO = {"4": ["for"], "2": ["to", "too"], "8": ["ate"]}
ZEROS = ["zero", "oh", "o", "nought"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
       "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
       "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
       "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
       "thirtieth": 30}
ORD_NAMES = {v: k for k, v in ORD.items()}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra",
        "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu", "o": "oscar", "i": "india"}
FILLERS_L = {"um", "uh", "erm", "ah", "like", "sorry", "so", "and", "then", "yeah", "is",
             "its", "it", "that", "the", "no", "wait", "hmm", "mm", "okay", "dash"}
FILLERS = {"um", "uh", "er", "erm", "ah", "like", "sorry", "so", "and", "then", "yeah",
           "is", "its", "it", "s", "that", "the", "no", "wait", "hmm", "mm", "okay"}


def zero_word(uk):
    return R.choice(["oh", "nought", "zero", "o"] if uk else ["oh", "zero", "o", "oh"])


def dw(d, uk=False, homo=False):
    if d == "0":
        return zero_word(uk)
    if homo and d in HOMO and R.random() < 0.35:
        return R.choice(HOMO[d])
    return ONES[int(d)]


def pair_words(p):
    a, b = int(p[0]), int(p[1])
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + R.choice([" ", " ", "-"]) + ONES[b]


def speak_group(g, uk=False, mode=None, homo=True):
    """Speak a digit group as a caller / ASR would."""
    if mode is None:
        mode = R.choice(["digits", "digits", "digits", "doubles", "pairs", "itn"])
    if mode == "itn":
        return g
    if mode == "pairs" and len(g) % 2 == 0 and all(g[i] != "0" and (g[i] == "1" or g[i + 1] != "0")
                                                    for i in range(0, len(g), 2)):
        return " ".join(pair_words(g[i:i + 2]) for i in range(0, len(g), 2))
    out = []
    i = 0
    while i < len(g):
        d = g[i]
        if mode in ("doubles", "pairs") and i + 2 < len(g) and g[i + 1] == d and g[i + 2] == d:
            out.append("triple " + dw(d, uk))
            i += 3
            continue
        if mode in ("doubles", "pairs") and i + 1 < len(g) and g[i + 1] == d:
            out.append("double " + dw(d, uk))
            i += 2
            continue
        out.append(dw(d, uk, homo))
        i += 1
    return " ".join(out)


def speak_digits(s, groups, uk=False, itn_rate=0.25, homo=True):
    parts = []
    i = 0
    for n in groups:
        g = s[i:i + n]
        i += n
        if R.random() < itn_rate:
            parts.append(g)
        else:
            parts.append(speak_group(g, uk, R.choice(["digits", "digits", "doubles", "pairs"]), homo))
    return parts


def fill():
    return R.choice(["", "", "", "um ", "uh ", "er "])


# ---------------------------------------------------------------- normalisers
NATO_W = set(v.replace("-", "") for v in NATO.values())
UNIT = {w: str(i) for i, w in enumerate(ONES)}
for z in ZEROS:
    UNIT[z] = "0"
UNIT_H = dict(UNIT)
UNIT_H.update({"for": "4", "to": "2", "too": "2", "ate": "8"})
TEENW = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENW = {w: str(i) for i, w in enumerate(TENS) if w}


def norm_tokens(text, letters=False, homo=True):
    toks = re.findall(r"[a-z]+|\d+", text.lower().replace("x-ray", "xray"))
    units = UNIT_H if homo else UNIT
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        j = i + 2 if nxt == "for" else i + 3
        if letters and len(t) == 1 and t.isalpha() and nxt in ("for", "as") and j < len(toks) \
                and toks[j] in NATO_W:
            out.append(t.upper())
            i = j + 1
            continue
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nxt:
            rep = 2 if t == "double" else 3
            if nxt in units:
                out.append(units[nxt] * rep)
            elif nxt.isdigit() and len(nxt) == 1:
                out.append(nxt * rep)
            elif letters and len(nxt) == 1:
                out.append(nxt.upper() * rep)
            i += 2
            continue
        elif t == "o" and letters:
            out.append("0")
        elif t in units:
            out.append(units[t])
        elif t in TEENW:
            out.append(TEENW[t])
        elif t in TENW:
            if nxt in UNIT and UNIT[nxt] != "0":
                out.append(TENW[t] + UNIT[nxt])
                i += 2
                continue
            if nxt in ORD and ORD[nxt] < 10:
                out.append(str(int(TENW[t]) * 10 + ORD[nxt]))
                i += 2
                continue
            out.append(TENW[t] + "0")
        elif t == "hundred":
            out.append("00")
        elif t in ORD:
            out.append(str(ORD[t]))
        elif letters and t not in FILLERS_L and t.isalpha():
            out.append(t.upper())
        i += 1
    return "".join(out)


def norm_email(text):
    t = text.lower()
    toks = re.findall(r"[a-z0-9]+|[@._\-]", t)
    out = []
    m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
    i = 0
    while i < len(toks):
        k = toks[i]
        if k in m:
            out.append(m[k])
        elif k in UNIT and k not in ("o",):
            out.append(UNIT[k])
        elif k in ("double", "triple") and i + 1 < len(toks):
            nx = toks[i + 1]
            out.append((UNIT.get(nx, nx)) * (2 if k == "double" else 3))
            i += 1
        else:
            out.append(k)
        i += 1
    return "".join(out)


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
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_WORDS = ("road", "street", "avenue", "lane", "drive", "close", "way", "court",
                "crescent", "terrace", "place", "boulevard", "blvd", "st", "rd", "ave",
                "ln", "dr", "gardens", "park", "grove", "hill", "row", "parade")


def validate(typ, canon, text):
    """Return an error string or None.  text: the value's span texts joined."""
    if canon.startswith("PIECE:"):
        v = norm_tokens(text)
        if v != canon[6:]:
            return "piece %r -> %r" % (text, v)
    elif typ == "CARD_NUMBER":
        v = norm_tokens(text)
        if v != canon or not (13 <= len(v) <= 19) or not luhn_ok(v):
            return "card %r -> %r" % (text, v)
    elif typ == "CVV":
        v = norm_tokens(text)
        if v != canon or len(v) not in (3, 4):
            return "cvv %r -> %r" % (text, v)
    elif typ == "SSN":
        v = norm_tokens(text)
        if v != canon or len(v) != 9:
            return "ssn %r -> %r" % (text, v)
    elif typ == "SORT_CODE":
        v = norm_tokens(text)
        if v != canon or len(v) != 6:
            return "sort %r -> %r" % (text, v)
    elif typ == "BANK_ACCOUNT":
        v = norm_tokens(text)
        if v != canon or not (8 <= len(v) <= 12):
            return "acct %r -> %r" % (text, v)
    elif typ == "PHONE":
        v = norm_tokens(text)
        if v != canon or not (10 <= len(v) <= 13):
            return "phone %r -> %r" % (text, v)
    elif typ == "NI_NUMBER":
        v = norm_tokens(text, letters=True)
        if v != canon or not NI_RE.fullmatch(v):
            return "ni %r -> %r" % (text, v)
    elif typ == "IBAN":
        v = norm_tokens(text, letters=True, homo=False)
        if v != canon or not iban_ok(v):
            return "iban %r -> %r" % (text, v)
    elif typ == "POSTCODE":
        v = norm_tokens(text, letters=True, homo=False)
        if v != canon or not (UKPC_RE.fullmatch(v) or re.fullmatch(r"\d{5}", v)):
            return "postcode %r -> %r" % (text, v)
    elif typ == "EMAIL":
        v = norm_email(text)
        if v != canon or not re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", v):
            return "email %r -> %r" % (text, v)
    elif typ == "EXPIRY":
        mm, yy = canon[:2], canon[2:]
        low = text.lower()
        v = norm_tokens(text)
        has_month = MONTHS[int(mm) - 1] in low or MONTHS[int(mm) - 1][:3] in low or v.startswith(mm) or v.startswith(mm.lstrip("0"))
        if not has_month or not (v.endswith(yy) or v.endswith("20" + yy)):
            return "expiry %r -> %r" % (text, v)
    elif typ == "DOB":
        y, mo, d = canon.split("-")
        low = text.lower()
        v = norm_tokens(text)
        if y not in v and y[2:] not in v:
            return "dob year %r -> %r" % (text, v)
        if str(int(d)) not in v:
            return "dob day %r -> %r" % (text, v)
        if not (MONTHS[int(mo) - 1] in low or MONTHS[int(mo) - 1][:3] in low or str(int(mo)) in v):
            return "dob month %r" % text
    elif typ == "ADDRESS":
        v = norm_tokens(text, homo=False)
        low = re.findall(r"[a-z]+", text.lower())
        if not v.startswith(canon) or not any(w in STREET_WORDS for w in low):
            return "address %r -> %r" % (text, v)
    else:
        return "unknown type " + typ
    return None


# ---------------------------------------------------------------- generators
def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    pre, n = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16),
              "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16), "visa13": ("4", 13),
              "visa19": ("4", 19)}[kind]
    body = pre + rdig(n - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_groups(c):
    n = len(c)
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 4, 5]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_L1) + R.choice(NI_L2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + R.choice("ABCD")


def gen_sort():
    return R.choice(["20", "40", "60", "30", "11", "77", "83", "09"]) + rdig(4)


def gen_acct(n=8):
    return str(R.randint(1, 9)) + rdig(n - 1)


def iban_from(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "AIBK", "BOFI", "RABO", "INGB", "ABNA"]


def gen_iban():
    cc = R.choice(["GB", "GB", "IE", "IE", "DE", "NL", "ES", "FR"])
    if cc == "GB":
        b = R.choice(BANKS[:5]) + gen_sort() + gen_acct(8)
    elif cc == "IE":
        b = R.choice(["AIBK", "BOFI", "IPBS"]) + gen_sort() + gen_acct(8)
    elif cc == "NL":
        b = R.choice(["RABA", "INGB", "ABNA"]) + rdig(10)
    elif cc == "DE":
        b = rdig(18)
    elif cc == "ES":
        b = rdig(20)
    else:
        b = rdig(23)
    return iban_from(cc, b)


def gen_phone(region):
    if region == "uk":
        return R.choice(["07", "07", "01", "02"]) + rdig(9)
    if region == "ukintl":
        return "447" + rdig(9)
    if region == "us":
        return str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)
    if region == "usintl":
        return "1" + str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)
    if region == "ie":
        return "08" + R.choice("35679") + rdig(7)
    if region == "ieintl":
        return "3538" + R.choice("35679") + rdig(7)
    raise ValueError(region)


FIRST = ["sarah", "james", "priya", "liam", "aoife", "tom", "maria", "kevin", "fatima", "dan",
         "chloe", "oisin", "grace", "marco", "helen", "raj", "niamh", "ben", "lucy", "jorge"]
LAST = ["murphy", "patel", "okafor", "walsh", "nguyen", "smith", "kowalski", "byrne",
        "garcia", "hughes", "campbell", "rossi", "khan", "obrien", "fitzgerald", "jones"]
DOMAINS = [("gmail", "com"), ("yahoo", "co.uk"), ("outlook", "com"), ("hotmail", "co.uk"),
           ("icloud", "com"), ("eircom", "net"), ("btinternet", "com"), ("aol", "com"),
           ("protonmail", "com"), ("gmx", "de")]
STREETS = ["kingsley", "maple", "station", "church", "victoria", "oak tree", "mill", "harbour",
           "elm", "castle", "willow", "meadow", "north", "sycamore", "beech", "main"]
SUFFIX = ["road", "street", "avenue", "lane", "drive", "close", "crescent", "way", "court",
          "terrace", "grove", "park"]
US_SUFFIX = ["street", "avenue", "drive", "boulevard", "lane", "road", "court", "way"]
TOWNS_UK = ["leeds", "bristol", "croydon", "glasgow", "cardiff", "reading", "york", "norwich"]
TOWNS_US = ["austin", "columbus", "tampa", "denver", "spokane", "raleigh", "omaha"]
STATES_US = {"austin": ["TX ", "texas ", ""], "columbus": ["OH ", "ohio ", ""], "tampa": ["FL ", "florida ", ""],
             "denver": ["CO ", "colorado ", ""], "spokane": ["WA ", ""], "raleigh": ["NC ", "north carolina ", ""],
             "omaha": ["NE ", "nebraska ", ""]}


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    dom, tld = R.choice(DOMAINS)
    style = R.randint(0, 4)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + rdig(2)
    elif style == 2:
        local = f + "_" + l[0]
    elif style == 3:
        local = l + f[0]
    else:
        local = f + rdig(2)
    return local + "@" + dom + "." + tld


def gen_uk_postcode():
    while True:
        area = R.choice(["SW", "E", "N", "LS", "M", "B", "BS", "CF", "G", "EH", "NW", "SE", "CR",
                         "RG", "YL", "NR", "W", "KT", "BT"])
        if area == "YL":
            continue
        d = str(R.randint(1, 19))
        if len(area) == 1 and R.random() < 0.2:
            d = str(R.randint(1, 9)) + R.choice("ABCHJKMNPRSTWX")
        inw = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
        pc = area + d + inw
        if UKPC_RE.fullmatch(pc):
            return pc


def gen_zip():
    return "%05d" % R.randint(1001, 99950)


def gen_dob():
    y = R.randint(1938, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return "%04d-%02d-%02d" % (y, m, d)


def gen_expiry():
    return "%02d%02d" % (R.randint(1, 12), R.randint(26, 33))


# ---------------------------------------------------------------- renderers
def join_parts(parts, seps):
    out = parts[0]
    for p in parts[1:]:
        out += R.choice(seps) + p
    return out


def say_card(c, asr=True):
    g = card_groups(c)
    if not asr:
        style = R.randint(0, 4)
        parts = [c[sum(g[:k]):sum(g[:k + 1])] for k in range(len(g))]
        if style == 0:
            return c
        if style == 1:
            return " ".join(parts)
        if style == 2:
            return "-".join(parts)
        if style == 3:
            return join_parts(parts, [" ", "  ", "-", " - "])
        return ".".join(parts)
    parts = speak_digits(c, g, itn_rate=0.3)
    return join_parts(parts, [" ", " ", ", ", " ", ". ", " um "]) if R.random() < 0.5 else " ".join(parts)


def card_pieces(c):
    """Card split into customer turns (list of spoken strings)."""
    g = card_groups(c)
    parts = speak_digits(c, g, itn_rate=0.3)
    if R.random() < 0.4 and len(parts) >= 4:
        return [parts[0] + " " + parts[1], " ".join(parts[2:])]
    return parts


def say_digits_plain(s, groups, uk=False, itn=0.2, homo=True):
    return " ".join(speak_digits(s, groups, uk, itn, homo))


def say_ssn(s, asr=True):
    if not asr:
        return R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:],
                         s[:3] + "." + s[3:5] + "." + s[5:]])
    parts = speak_digits(s, [3, 2, 4], itn_rate=0.25)
    if R.random() < 0.3:
        return s[:3] + "-" + s[3:5] + "-" + s[5:] if R.random() < 0.5 else parts[0] + " " + s[3:5] + "-" + s[5:]
    return join_parts(parts, [" ", " ", ", ", " dash "]) if R.random() < 0.5 else " ".join(parts)


def say_letter(ch, spell=None):
    if spell is None or ch.lower() == "o":
        spell = ch.lower() == "o" or R.random() < 0.3
    if spell and ch.lower() in NATO:
        return ch.lower() + R.choice([" for ", " for ", " as in "]) + NATO[ch.lower()]
    return ch.lower()


def say_ni(v, asr=True):
    if not asr:
        style = R.randint(0, 3)
        if style == 0:
            return v
        if style == 1:
            return v[:2] + " " + v[2:4] + " " + v[4:6] + " " + v[6:8] + " " + v[8]
        if style == 2:
            return (v[:2] + v[2:8] + " " + v[8]).lower()
        return v[:2] + " " + v[2:8] + " " + v[8]
    letters = [say_letter(v[0]), say_letter(v[1])]
    if R.random() < 0.25:
        pre = v[:2]  # ITN capitalised pair e.g. "QQ"
    elif v[0] == v[1] and R.random() < 0.6:
        pre = "double " + v[0].lower()
    else:
        pre = " ".join(letters)
    mid = " ".join(speak_digits(v[2:8], [2, 2, 2], uk=True, itn_rate=0.25))
    return pre + " " + mid + " " + say_letter(v[8])


def say_sort(s, asr=True):
    if not asr:
        return R.choice([s[:2] + "-" + s[2:4] + "-" + s[4:], s, s[:2] + " " + s[2:4] + " " + s[4:]])
    parts = []
    for k in range(3):
        p = s[2 * k:2 * k + 2]
        r = R.random()
        if r < 0.2:
            parts.append(p)
        elif r < 0.55 and p[0] != "0" and (p[0] == "1" or p[1] != "0"):
            parts.append(pair_words(p))
        else:
            parts.append(speak_group(p, uk=True, mode="digits", homo=False))
    return join_parts(parts, [" ", " ", "-", " dash "])


def say_plain_num(s, asr=True, uk=False):
    if not asr:
        return s
    n = len(s)
    groups = {8: [4, 4], 9: [3, 3, 3], 10: [3, 3, 4], 11: [5, 3, 3], 12: [4, 4, 4],
              3: [3], 4: [4], 6: [3, 3]}.get(n, [n])
    return say_digits_plain(s, groups, uk=uk, itn=0.2)


def say_phone(p, region, asr=True):
    if not asr:
        if region == "uk":
            return R.choice([p[:5] + " " + p[5:], p, p[:5] + " " + p[5:8] + " " + p[8:]])
        if region == "ukintl":
            return R.choice(["+44 " + p[2:6] + " " + p[6:], "+44" + p[2:], "+44 " + p[2:5] + " " + p[5:8] + " " + p[8:]])
        if region == "us":
            return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                             "%s.%s.%s" % (p[:3], p[3:6], p[6:]), p])
        if region == "usintl":
            return R.choice(["+1 (%s) %s-%s" % (p[1:4], p[4:7], p[7:]), "+1-%s-%s-%s" % (p[1:4], p[4:7], p[7:])])
        if region == "ie":
            return R.choice([p[:3] + " " + p[3:6] + " " + p[6:], p, p[:3] + "-" + p[3:]])
        if region == "ieintl":
            return R.choice(["+353 " + p[3:5] + " " + p[5:8] + " " + p[8:], "+353" + p[3:]])
    uk = region in ("uk", "ukintl", "ie", "ieintl")
    if region == "uk":
        return say_digits_plain(p, [5, 3, 3], uk=True, itn=0.2)
    if region == "ukintl":
        head = R.choice(["plus four four", "plus forty four", "+44", "double oh four four"])
        if head == "double oh four four":
            # 0044... canonical then would include 00; keep canonical digits 44...
            head = "plus four four"
        return head + " " + say_digits_plain(p[2:], [4, 3, 3], uk=True, itn=0.25)
    if region == "us":
        return say_digits_plain(p, [3, 3, 4], itn=0.3)
    if region == "usintl":
        return R.choice(["plus one", "+1", "one"]) + " " + say_digits_plain(p[1:], [3, 3, 4], itn=0.3)
    if region == "ie":
        return say_digits_plain(p, [3, 3, 4], uk=True, itn=0.2)
    return R.choice(["plus three five three", "plus 353", "+353"]) + " " + say_digits_plain(p[3:], [2, 3, 4], uk=True, itn=0.2)


def say_iban(v, asr=True):
    if not asr:
        chunks = [v[i:i + 4] for i in range(0, len(v), 4)]
        return R.choice([" ".join(chunks), v, " ".join(chunks).lower()])
    out = [say_letter(v[0], False), say_letter(v[1], False)]
    out.append(say_digits_plain(v[2:4], [2], uk=True, itn=0.3, homo=False))
    rest = v[4:]
    i = 0
    while i < len(rest):
        if rest[i].isalpha():
            out.append(say_letter(rest[i]))
            i += 1
        else:
            j = i
            while j < len(rest) and rest[j].isdigit():
                j += 1
            run = rest[i:j]
            gs = []
            k = len(run)
            while k > 0:
                gs.append(min(4, k))
                k -= min(4, k)
            out.append(say_digits_plain(run, gs, uk=True, itn=0.25, homo=False))
            i = j
    return " ".join(out)


def say_email(e, asr=True):
    if not asr:
        return R.choice([e, e, e.capitalize(), e.replace("@", " @ ")]) if True else e
    local, dom = e.split("@")

    def sp(part):
        words = []
        for tok in re.findall(r"[a-z]+|\d+|[._\-]", part):
            if tok == ".":
                words.append("dot")
            elif tok == "_":
                words.append("underscore")
            elif tok == "-":
                words.append("dash")
            elif tok.isdigit():
                words.append(tok if R.random() < 0.4 else " ".join(ONES[int(d)] for d in tok))
            elif len(tok) <= 2:
                words.append(" ".join(tok))
            else:
                words.append(tok)
        return " ".join(words)
    r = R.random()
    if r < 0.15:
        return e  # Whisper ITN writes the address outright
    at = R.choice(["at", "at", "@"])
    if r < 0.35:
        return sp(local) + " " + at + " " + dom  # domain normalised, local spelled
    return sp(local) + " " + at + " " + sp(dom)


def say_postcode(pc, asr=True):
    if pc.isdigit():
        if not asr:
            return pc
        return say_digits_plain(pc, [5], itn=0.35, homo=False)
    out_, in_ = pc[:-3], pc[-3:]
    if not asr:
        return R.choice([out_ + " " + in_, pc, (out_ + " " + in_).lower(), out_ + in_.lower()])
    r = R.random()
    if r < 0.25:
        return out_ + " " + in_  # ITN capitalised
    toks = []
    for ch in out_:
        toks.append(ONES[int(ch)] if ch.isdigit() else say_letter(ch, R.random() < 0.15))
    toks.append(zero_word(True) if in_[0] == "0" else ONES[int(in_[0])])
    if in_[1] == in_[2] and R.random() < 0.5:
        toks.append("double " + in_[1].lower())
    else:
        toks.append(say_letter(in_[1], R.random() < 0.2))
        toks.append(say_letter(in_[2], R.random() < 0.2))
    return " ".join(toks)


def say_num_words(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n % 100 == 0:
        return ONES[n // 100] + " hundred"
    return ONES[n // 100] + " " + (("oh " + ONES[n % 100]) if n % 100 < 10 else say_num_words(n % 100))


def say_year(y):
    a, b = y // 100, y % 100
    if a == 20:
        if b < 10:
            return "two thousand and " + ONES[b] if False else "twenty oh " + ONES[b]
        return "twenty " + say_num_words(b)
    return say_num_words(a) + " " + (("oh " + ONES[b]) if b < 10 else say_num_words(b))


def day_ord(d):
    if d in ORD_NAMES:
        return ORD_NAMES[d]
    t = d // 10 * 10
    return TENS[d // 10] + " " + ORD_NAMES[d % 10]


def say_dob(v, asr=True, us=False):
    y, m, d = [int(x) for x in v.split("-")]
    if not asr:
        st = R.randint(0, 3)
        if st == 0:
            return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
        if st == 1:
            return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
        if st == 2:
            return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
        return ("%d-%d-%d" % (m, d, y)) if us else ("%d.%d.%d" % (d, m, y))
    st = R.randint(0, 6)
    yr = say_year(y) if R.random() < 0.7 else str(y)
    if st == 5:
        return ("%d/%d/%d" % (m, d, y)) if us else ("%d/%d/%d" % (d, m, y))
    if st == 6:
        return "the %d%s of %s %s" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"),
                                     MONTHS[m - 1].capitalize(), R.choice(["'%02d" % (y % 100), say_num_words(y % 100) if y % 100 >= 10 else str(y)]))
    if st == 0:
        return "the " + day_ord(d) + " of " + MONTHS[m - 1] + " " + yr
    if st == 1:
        return MONTHS[m - 1] + " " + day_ord(d) + " " + yr
    if st == 2:
        suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
        return MONTHS[m - 1].capitalize() + " " + str(d) + suf + ", " + yr
    if st == 3:
        return day_ord(d) + " " + MONTHS[m - 1] + " " + yr
    return say_num_words(d) + " " + MONTHS[m - 1] + " " + yr


def say_expiry(v, asr=True):
    mm, yy = v[:2], v[2:]
    if not asr:
        return R.choice([mm + "/" + yy, mm + "/20" + yy, mm + " / " + yy, mm + "-" + yy, mm + yy[0:0] + "/" + yy])
    st = R.randint(0, 4)
    m = int(mm)
    if st == 0:
        return (zero_word(False) + " " + ONES[m] if m < 10 else say_num_words(m)) + " " + say_num_words(int(yy))
    if st == 1:
        return MONTHS[m - 1] + " twenty " + say_num_words(int(yy))
    if st == 2:
        return mm + "/" + yy
    if st == 3:
        return MONTHS[m - 1].capitalize() + " 20" + yy
    return (zero_word(False) + " " + ONES[m] if m < 10 else say_num_words(m)) + " " + yy


def say_cvv(v, asr=True):
    if not asr:
        return v
    if R.random() < 0.25:
        return v
    if len(v) == 3 and v[0] != "0" and R.random() < 0.3:
        return say_num_words(int(v))
    return speak_group(v, mode=R.choice(["digits", "doubles"]))


def gen_address(us=False):
    n = R.randint(1, 240) if not us else R.randint(100, 9899)
    name = R.choice(STREETS)
    suf = R.choice(US_SUFFIX if us else SUFFIX)
    return str(n), name, suf


def say_address(a, asr=True):
    n, name, suf = a
    if not asr:
        s = R.choice([suf.capitalize(), suf.capitalize(), {"street": "St", "road": "Rd", "avenue": "Ave",
                                                             "drive": "Dr", "lane": "Ln"}.get(suf, suf.capitalize())])
        return n + " " + name.title() + " " + s
    if R.random() < 0.35:
        num = n
    elif len(n) == 4 and R.random() < 0.6:
        num = pair_words(n[:2]) + " " + (pair_words(n[2:]) if n[2] != "0" else "oh " + ONES[int(n[3])])
    else:
        num = say_num_words(int(n)) if len(n) <= 3 else say_digits_plain(n, [4], homo=False, itn=0)
    nm = name if R.random() < 0.7 else name.capitalize()
    return num + " " + nm + " " + suf


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.values = []  # (type, canon, [span idx])

    def turn(self, speaker, *segs):
        """segs: str or (text, TYPE, key) where key groups pieces of one value."""
        text = ""
        ti = len(self.turns)
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                t, typ, key = s
                st = len(text)
                text += t
                self.spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                self.add_piece(key, typ, len(self.spans) - 1)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def add_piece(self, key, typ, idx):
        canon, k = key
        for v in self.values:
            if v[3] == k:
                v[2].append(idx)
                return
        self.values.append((typ, canon, [idx], k))


KEYN = [0]


def V(text, typ, canon, key=None):
    if key is None:
        KEYN[0] += 1
        key = KEYN[0]
    return (text, typ, (canon, key))


def newkey():
    KEYN[0] += 1
    return KEYN[0]


AG, CU = "agent", "customer"
BACK = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "yes", "got it", "right", "mm hmm"]


def bc():
    return R.choice(BACK)


# ---------------------------------------------------------------- positive templates
def p_card_call_one_turn():
    ind = R.choice(["telecom", "utilities", "retail", "insurance", "travel"])
    c = gen_card()
    c_ = Case("positive", "call/%s: card read in one turn, ASR mix of words and ITN numerals" % ind)
    c_.turn(AG, R.choice(["okay and the long number across the front please",
                          "can I take the card number",
                          "and what's the sixteen digit number on the card",
                          "go ahead with the card number when you're ready"]))
    c_.turn(CU, R.choice(["yeah it's ", "okay so it's ", "right um ", "sure ", "It's "]),
            V(say_card(c), "CARD_NUMBER", c), R.choice(["", " yeah", " that's it", ".", " and that's a debit card"]))
    return c_


def p_card_split():
    ind = R.choice(["insurance", "telecom", "healthcare billing", "utilities", "retail"])
    c = gen_card()
    k = newkey()
    c_ = Case("positive", "call/%s: card split over customer turns with back-channels" % ind)
    c_.turn(AG, "okay whenever you're ready with the card number")
    pieces = card_pieces(c)
    for i, p in enumerate(pieces):
        pre = R.choice(["", "", "uh ", "so ", "okay "]) if i else R.choice(["right ", "it's ", "okay "])
        c_.turn(CU, pre, V(p, "CARD_NUMBER", c, k), R.choice(["", "", " um", ","]))
        if i < len(pieces) - 1:
            c_.turn(AG, bc())
    if R.random() < 0.5:
        e = gen_expiry()
        c_.turn(AG, "and the expiry date")
        c_.turn(CU, R.choice(["", "it's ", "expires "]), V(say_expiry(e), "EXPIRY", e))
    return c_


def p_card_cvv_exp_chat():
    ind = R.choice(["retail", "travel", "telecom", "utilities"])
    c, e = gen_card(), gen_expiry()
    cv = rdig(4) if c[:2] in ("34", "37") else rdig(3)
    c_ = Case("positive", "chat/%s: card, expiry and CVV typed in chat" % ind)
    c_.turn(AG, "Please can you provide the card details for the payment of $%d.%02d?" % (R.randint(10, 300), R.randint(0, 99)))
    st = R.randint(0, 2)
    if st == 0:
        c_.turn(CU, "card ", V(say_card(c, False), "CARD_NUMBER", c), " exp ", V(say_expiry(e, False), "EXPIRY", e),
                " cvv ", V(cv, "CVV", cv))
    elif st == 1:
        c_.turn(CU, V(say_card(c, False), "CARD_NUMBER", c), "\nexpires ", V(say_expiry(e, False), "EXPIRY", e))
        c_.turn(AG, "Thanks, and the 3 or 4 digit security code on the back?")
        c_.turn(CU, V(cv, "CVV", cv))
    else:
        c_.turn(CU, "its ", V(say_card(c, False), "CARD_NUMBER", c), " , expiry ", V(say_expiry(e, False), "EXPIRY", e),
                ", security code is ", V(cv, "CVV", cv), " thx")
    return c_


def p_card_cvv_call():
    ind = R.choice(["banking", "travel", "telecom", "insurance"])
    c, e = gen_card(), gen_expiry()
    cv = rdig(4) if c[:2] in ("34", "37") else rdig(3)
    c_ = Case("positive", "call/%s: card then expiry and CVV in ASR style, agent reads card back" % ind)
    c_.turn(AG, "can I take the card number please")
    c_.turn(CU, "yeah ", V(say_card(c), "CARD_NUMBER", c))
    c_.turn(AG, "so that's ", V(say_card(c), "CARD_NUMBER", c), " correct")
    c_.turn(CU, "yes")
    c_.turn(AG, "and the expiry")
    c_.turn(CU, V(say_expiry(e), "EXPIRY", e))
    c_.turn(AG, R.choice(["and the three digits on the back", "and the security code", "last three on the back of the card please"]))
    c_.turn(CU, R.choice(["", "it's ", "um "]), V(say_cvv(cv), "CVV", cv))
    return c_


def p_card_selfcorrect():
    ind = R.choice(["retail", "utilities", "telecom"])
    c = gen_card("visa")
    wrong = c[:-4] + str((int(c[-4]) + 3) % 10) + c[-3:]
    k = newkey()
    c_ = Case("positive", "call/%s: caller corrects last group, amounts nearby unlabelled" % ind)
    c_.turn(AG, "that'll be %s today can I take a card" % R.choice(["$45.99", "forty nine ninety nine", "£12.50", "€30"]))
    g = speak_digits(c, [4, 4, 4, 4], itn_rate=0.3)
    c_.turn(CU, "sure ", V(" ".join(g[:3]), "CARD_NUMBER", c, k), " ",
            V(speak_group(wrong[-4:], mode="digits"), "CARD_NUMBER", "PIECE:" + wrong[-4:]), " no sorry ",
            V(speak_group(c[-4:], mode="digits"), "CARD_NUMBER", c, k))
    return c_


def p_ssn_call():
    ind = R.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    s = gen_ssn()
    c_ = Case("positive", "call/%s: US social security number, ASR form" % ind)
    c_.turn(AG, R.choice(["for verification can I get your social", "and your social security number please",
                          "can you confirm the last, actually the full social for me",
                          "what's your SSN"]))
    if R.random() < 0.35:
        k = newkey()
        p = speak_digits(s, [3, 2, 4], itn_rate=0.25)
        c_.turn(CU, "yeah it's ", V(p[0], "SSN", s, k))
        c_.turn(AG, bc())
        c_.turn(CU, V(p[1], "SSN", s, k))
        c_.turn(AG, bc())
        c_.turn(CU, V(p[2], "SSN", s, k), R.choice(["", " um yeah"]))
    else:
        c_.turn(CU, R.choice(["sure it's ", "yeah ", "okay ", "It's "]), V(say_ssn(s), "SSN", s),
                R.choice(["", " and I'm calling about the bill from March", " ok"]))
    if R.random() < 0.4:
        d = gen_dob()
        c_.turn(AG, "and date of birth")
        c_.turn(CU, V(say_dob(d, True, True), "DOB", d))
    return c_


def p_ssn_chat():
    ind = R.choice(["banking", "insurance", "government services", "healthcare billing"])
    s = gen_ssn()
    c_ = Case("positive", "chat/%s: SSN typed, with unrelated numbers" % ind)
    c_.turn(CU, R.choice(["hi my claim # %d is stuck, " % R.randint(10000, 999999), "hello, ", "Hi there - "]),
            R.choice(["my ssn is ", "SSN: ", "social is ", "my social security no. "]), V(say_ssn(s, False), "SSN", s),
            R.choice(["", " thanks", ". can u check"]))
    if R.random() < 0.4:
        z = gen_zip()
        c_.turn(AG, "Thanks. Could you confirm your zip code?")
        c_.turn(CU, V(z, "POSTCODE", z))
    return c_


def p_ni_call():
    ind = R.choice(["government services", "banking", "insurance", "utilities"])
    n = gen_ni()
    c_ = Case("positive", "call/%s: UK NI number spoken, letters and ASR digits" % ind)
    c_.turn(AG, R.choice(["can I take your national insurance number", "and your NI number please",
                          "what's your national insurance number"]))
    if R.random() < 0.35:
        k = newkey()
        v = say_ni(n)
        toks = v.split(" ")
        cut = R.randint(2, max(2, len(toks) - 2))
        # cut must not split "x for bravo"
        while cut < len(toks) and toks[cut - 1] in ("for", "as", "in", "double"):
            cut += 1
        c_.turn(CU, "yeah it's ", V(" ".join(toks[:cut]), "NI_NUMBER", n, k))
        c_.turn(AG, bc())
        c_.turn(CU, V(" ".join(toks[cut:]), "NI_NUMBER", n, k))
    else:
        c_.turn(CU, R.choice(["it's ", "yeah ", "um it's ", ""]), V(say_ni(n), "NI_NUMBER", n),
                R.choice(["", " I think", " yeah"]))
    if R.random() < 0.4:
        c_.turn(AG, "so that's ", V(say_ni(n), "NI_NUMBER", n))
        c_.turn(CU, "that's right")
    return c_


def p_ni_chat():
    ind = R.choice(["government services", "banking", "insurance"])
    n = gen_ni()
    c_ = Case("positive", "chat/%s: NI number typed in varied formats" % ind)
    c_.turn(AG, "Could you confirm your National Insurance number please?")
    c_.turn(CU, R.choice(["", "yes its ", "NI: ", "sure - "]), V(say_ni(n, False), "NI_NUMBER", n),
            R.choice(["", " thanks", " (from my payslip)"]))
    if R.random() < 0.5:
        pc = gen_uk_postcode()
        c_.turn(AG, "and the postcode on your account?")
        c_.turn(CU, V(say_postcode(pc, False), "POSTCODE", pc))
    return c_


def p_bank_call():
    ind = R.choice(["banking", "utilities", "insurance", "government services"])
    s, a = gen_sort(), gen_acct(8)
    c_ = Case("positive", "call/%s: UK sort code and account number, ASR" % ind)
    c_.turn(AG, "for the direct debit can I take the sort code")
    c_.turn(CU, R.choice(["yeah ", "it's ", "okay "]), V(say_sort(s), "SORT_CODE", s))
    c_.turn(AG, "and the account number")
    if R.random() < 0.4:
        k = newkey()
        c_.turn(CU, V(say_digits_plain(a[:4], [4], uk=True), "BANK_ACCOUNT", a, k))
        c_.turn(AG, bc())
        c_.turn(CU, V(say_digits_plain(a[4:], [4], uk=True), "BANK_ACCOUNT", a, k),
                R.choice(["", " and the payment's going out on the 1st", " yeah"]))
    else:
        c_.turn(CU, V(say_plain_num(a, True, True), "BANK_ACCOUNT", a))
    return c_


def p_bank_chat():
    ind = R.choice(["banking", "utilities", "retail"])
    s, a = gen_sort(), gen_acct(8)
    c_ = Case("positive", "chat/%s: sort code and account typed together" % ind)
    c_.turn(CU, R.choice(["sort code ", "sc "]), V(say_sort(s, False), "SORT_CODE", s),
            R.choice([" acc ", " account no ", ", a/c "]), V(a, "BANK_ACCOUNT", a),
            R.choice(["", " please refund the £%d.%02d there" % (R.randint(5, 200), R.randint(0, 99))]))
    return c_


def p_us_account():
    ind = R.choice(["banking", "utilities", "insurance"])
    a = gen_acct(R.choice([10, 11, 12]))
    c_ = Case("positive", "call/%s: US checking account number, ASR, routing-free" % ind)
    c_.turn(AG, "and what's the checking account number you want to use")
    c_.turn(CU, R.choice(["it's ", "okay ", ""]), V(say_plain_num(a), "BANK_ACCOUNT", a),
            R.choice(["", " and I want to pay $%d" % R.randint(20, 500)]))
    return c_


def p_iban():
    ind = R.choice(["banking", "travel", "insurance", "retail"])
    v = gen_iban()
    asr = R.random() < 0.6
    c_ = Case("positive", "%s/%s: IBAN %s" % ("call" if asr else "chat", ind, "spoken" if asr else "typed"))
    c_.turn(AG, "and the IBAN for the refund please" if asr else "Please send the IBAN for the refund.")
    if asr and R.random() < 0.4:
        k = newkey()
        toks = say_iban(v).split(" ")
        cut = len(toks) // 2
        while toks[cut - 1] in ("for", "as", "in", "double") or toks[cut] in ("for", "as", "in"):
            cut += 1
        c_.turn(CU, "okay ", V(" ".join(toks[:cut]), "IBAN", v, k))
        c_.turn(AG, bc())
        c_.turn(CU, V(" ".join(toks[cut:]), "IBAN", v, k))
    else:
        c_.turn(CU, R.choice(["", "it's ", "IBAN: "]), V(say_iban(v, asr), "IBAN", v))
    return c_


def p_phone():
    region = R.choice(["uk", "ukintl", "us", "usintl", "ie", "ieintl"])
    p = gen_phone(region)
    asr = R.random() < 0.6
    ind = R.choice(["telecom", "utilities", "retail", "healthcare billing", "travel"])
    c_ = Case("positive", "%s/%s: %s phone number" % ("call" if asr else "chat", ind, region))
    c_.turn(AG, "and what's the best number to reach you on" if asr else "What is the best contact number?")
    if asr and R.random() < 0.3:
        k = newkey()
        toks = say_phone(p, region).split(" ")
        cut = len(toks) // 2
        while toks[cut - 1] in ("double", "triple", "plus"):
            cut += 1
        c_.turn(CU, V(" ".join(toks[:cut]), "PHONE", p, k))
        c_.turn(AG, bc())
        c_.turn(CU, V(" ".join(toks[cut:]), "PHONE", p, k))
    else:
        c_.turn(CU, R.choice(["", "it's ", "my mobile is ", "yeah it's "]), V(say_phone(p, region, asr), "PHONE", p),
                R.choice(["", " after 5pm is best", " thanks", " any time after 2:30"]))
    return c_


def p_email():
    e = gen_email()
    asr = R.random() < 0.6
    ind = R.choice(["retail", "telecom", "travel", "insurance", "utilities"])
    c_ = Case("positive", "%s/%s: email %s" % ("call" if asr else "chat", ind, "spoken with dot/at" if asr else "typed"))
    c_.turn(AG, "and what email should we send the confirmation to")
    c_.turn(CU, R.choice(["", "it's ", "yeah it's ", "so "]), V(say_email(e, asr), "EMAIL", e),
            R.choice(["", " thanks", " all lower case"]))
    if asr and R.random() < 0.3:
        c_.turn(AG, "so ", V(say_email(e, True), "EMAIL", e))
        c_.turn(CU, "yep")
    return c_


def p_dob():
    us = R.random() < 0.4
    d = gen_dob()
    asr = R.random() < 0.65
    ind = R.choice(["healthcare billing", "insurance", "banking", "government services", "telecom"])
    c_ = Case("positive", "%s/%s: date of birth for ID&V, %s" % ("call" if asr else "chat", ind, "US" if us else "UK/IE"))
    c_.turn(AG, R.choice(["can you confirm your date of birth", "and your DOB please", "date of birth"]))
    c_.turn(CU, R.choice(["", "it's ", "yeah ", "um "]), V(say_dob(d, asr, us), "DOB", d),
            R.choice(["", " and my appointment is on the 3rd", ""]))
    return c_


def p_address():
    us = R.random() < 0.4
    a = gen_address(us)
    asr = R.random() < 0.6
    ind = R.choice(["utilities", "retail", "insurance", "telecom", "government services"])
    c_ = Case("positive", "%s/%s: %s street address with postcode" % ("call" if asr else "chat", ind, "US" if us else "UK"))
    c_.turn(AG, "what's the first line of the address" if asr else "Please confirm the address on the account")
    if us:
        pc = gen_zip()
        town = R.choice(TOWNS_US)
        c_.turn(CU, V(say_address(a, asr), "ADDRESS", a[0]), R.choice([" ", ", "]), town,
                R.choice([" ", ", "]), R.choice(STATES_US[town]), V(say_postcode(pc, asr), "POSTCODE", pc))
    else:
        pc = gen_uk_postcode()
        c_.turn(CU, R.choice(["", "it's ", "flat %d " % R.randint(2, 9)]), V(say_address(a, asr), "ADDRESS", a[0]),
                R.choice([" ", ", "]), R.choice(TOWNS_UK))
        c_.turn(AG, "and the postcode")
        c_.turn(CU, V(say_postcode(pc, asr), "POSTCODE", pc))
    return c_


def p_mixed_idv():
    ind = R.choice(["banking", "telecom", "utilities", "insurance"])
    d = gen_dob()
    pc = gen_uk_postcode()
    p = gen_phone("uk")
    c_ = Case("positive", "call/%s: two values in one turn (DOB + postcode) then phone, chit-chat" % ind)
    c_.turn(AG, "for security can I have your date of birth and postcode")
    c_.turn(CU, "yeah it's ", V(say_dob(d), "DOB", d), " and the postcode is ", V(say_postcode(pc), "POSTCODE", pc),
            R.choice(["", " sorry it's been a long day", " I moved in 2019 though"]))
    c_.turn(AG, "lovely and a contact number")
    c_.turn(CU, V(say_phone(p, "uk"), "PHONE", p))
    return c_


def p_email_split():
    e = gen_email()
    local, dom = e.split("@")
    k = newkey()
    c_ = Case("positive", "call/telecom: email spelled over two turns, agent back-channel")
    c_.turn(AG, "can I get an email address")
    c_.turn(CU, "yeah it's ", V(say_email(local + "@x.y").split(" @ ")[0].split(" at ")[0], "EMAIL", e, k))
    c_.turn(AG, bc())
    c_.turn(CU, V("at " + say_email("a@" + dom).split(" ", 2)[2], "EMAIL", e, k))
    return c_


def p_chitchat_phone():
    ind = R.choice(["retail", "telecom", "travel"])
    region = R.choice(["uk", "us", "ie"])
    p = gen_phone(region)
    ref = str(R.randint(100000, 99999999))
    c_ = Case("positive", "call/%s: phone mixed with order number, price and time in one rambling turn" % ind)
    c_.turn(AG, "how can I help")
    c_.turn(CU, "yeah hi so my order number %s was meant to come %s and I paid %s for next day "
            "so can someone call me back on " % (say_plain_num(ref) if R.random() < 0.5 else ref,
                                                 R.choice(["Tuesday", "on the 1st", "by 2pm"]), money_phrase()),
            V(say_phone(p, region), "PHONE", p), R.choice([" before 6", " thanks", " any time after 10:30"]))
    return c_


def p_iban_email_chat():
    v, e = gen_iban(), gen_email()
    c_ = Case("positive", "chat/travel: IBAN and email in one message, refund amount nearby")
    c_.turn(CU, "Refund of €%d.%02d pls to " % (R.randint(40, 900), R.randint(0, 99)), V(say_iban(v, False), "IBAN", v), " and confirm to ",
            V(e, "EMAIL", e), R.choice(["", " thx", " asap"]))
    return c_


POS = [(p_chitchat_phone, 8), (p_iban_email_chat, 6), (p_card_call_one_turn, 14), (p_card_split, 12), (p_card_cvv_exp_chat, 10), (p_card_cvv_call, 10),
       (p_card_selfcorrect, 4), (p_ssn_call, 22), (p_ssn_chat, 12), (p_ni_call, 22), (p_ni_chat, 12),
       (p_bank_call, 12), (p_bank_chat, 7), (p_us_account, 5), (p_iban, 14), (p_phone, 16), (p_email, 12),
       (p_email_split, 4), (p_dob, 12), (p_address, 18), (p_mixed_idv, 6)]


# ---------------------------------------------------------------- negative templates
def money_phrase():
    return R.choice(["$%d.%02d" % (R.randint(5, 900), R.randint(0, 99)),
                     "%s dollars and %s cents" % (say_num_words(R.randint(20, 99)), say_num_words(R.randint(1, 99))),
                     "£%d" % R.randint(10, 3000), "%s pounds %s" % (say_num_words(R.randint(11, 99)), say_num_words(R.randint(10, 99))),
                     "€%d,%03d" % (R.randint(1, 9), R.randint(0, 999)),
                     "one thousand %s hundred and %s euros" % (ONES[R.randint(1, 9)], say_num_words(R.randint(11, 99)))])


def n_order():
    ref = str(R.randint(10 ** 5, 10 ** R.randint(6, 10) - 1))
    word = R.choice(["order number", "ticket number", "claim number", "invoice number", "reference number", "case number"])
    asr = R.random() < 0.6
    c_ = Case("negative", "%s/retail: %s said with its keyword" % ("call" if asr else "chat", word))
    c_.turn(AG, "do you have the %s there" % word)
    val = say_plain_num(ref, asr) if asr else ref
    c_.turn(CU, "yeah the %s is %s" % (word, val), R.choice(["", " and it was %s" % money_phrase()]))
    return c_


def n_money():
    c_ = Case("negative", "call/utilities: bill amounts, balances and percentages")
    c_.turn(AG, "your balance is %s and the next payment of %s goes out on the %s" %
            (money_phrase(), money_phrase(), R.choice(["1st", "fifteenth", "twenty eighth", "3rd of March"])))
    c_.turn(CU, "okay and that's with the %s discount" % R.choice(["10%", "fifteen percent", "twenty per cent", "2.5%"]))
    return c_


def n_times():
    c_ = Case("negative", "call/healthcare billing: appointment dates, times and durations (not birth dates)")
    c_.turn(AG, "I can book you in on %s at %s" % (R.choice(["the 14th of June", "Tuesday the 3rd", "march twenty second 2027",
                                                           "12/06/2027", "the twenty first"]),
                                                 R.choice(["2:30", "ten fifteen", "9am", "half past four", "14:45"])))
    c_.turn(CU, "that's fine it'll take me about %s to get there" % R.choice(["forty minutes", "an hour and a half", "20 mins", "two hours"]))
    return c_


def n_flight():
    c_ = Case("negative", "call/travel: flight number, seat, gate, booking dates and fare")
    c_.turn(CU, "I'm on flight %s %s on the %s seat %s" % (R.choice(["BA", "EI", "FR", "UA", "DL", "b a", "e i"]), say_num_words(R.randint(100, 999)) if R.random() < 0.5 else str(R.randint(100, 9999)),
                                                            R.choice(["12th of august", "3rd", "twentieth of May"]), "%d%s" % (R.randint(1, 40), R.choice("ABCDEF"))))
    c_.turn(AG, "okay and the fare was %s changing it is %s" % (money_phrase(), money_phrase()))
    return c_


def n_room():
    c_ = Case("negative", "call/travel: hotel room number, nights, guests, check-in time")
    c_.turn(CU, "I was in room %s for %s nights with %s guests" % (R.choice([str(R.randint(100, 1299)), say_num_words(R.randint(100, 999))]),
                                                                   say_num_words(R.randint(2, 9)), ONES[R.randint(2, 5)]))
    c_.turn(AG, "and checkout was at %s yes" % R.choice(["11am", "eleven", "noon", "10:30"]))
    return c_


def n_model():
    c_ = Case("negative", "chat/retail: model numbers, quantities and prices")
    c_.turn(CU, "i ordered %d x model %s and a %s, paid %s" % (R.randint(1, 5), R.choice(["XR-%d" % R.randint(100, 9999), "KD%dB" % R.randint(10, 999), "A%d" % R.randint(1000, 3000)]),
                                                            R.choice(["65 inch tv", "2TB drive", "1200W kettle"]), money_phrase()))
    c_.turn(AG, "Thanks, it shipped %s and should arrive in %d-%d working days" % (R.choice(["on 3/11", "yesterday", "on the 2nd"]), R.randint(1, 3), R.randint(4, 7)))
    return c_


def n_meter():
    c_ = Case("negative", "call/utilities: meter reading and usage numbers")
    r = R.randint(10000, 99999)
    c_.turn(AG, "can you read me the meter")
    c_.turn(CU, "yeah the reading is %s" % (say_plain_num(str(r)) if R.random() < 0.6 else str(r)))
    c_.turn(AG, "that's %s kilowatt hours since the last reading in %s" % (say_num_words(R.randint(100, 999)), R.choice(["january", "2025", "twenty twenty five"])))
    return c_


def n_speed():
    c_ = Case("negative", "call/telecom: broadband speeds, contract dates, data allowances")
    c_.turn(CU, "I'm paying for %s but getting %s" % (R.choice(["500 meg", "nine hundred megabits", "150Mbps"]), R.choice(["about twelve", "like 30 megs", "two point five"])))
    c_.turn(AG, "your contract started on %s and runs %s months with %s gigs of data" %
            (R.choice(["the 4th of April 2024", "march first twenty twenty four", "01/09/2025"]), R.choice(["24", "eighteen", "twelve"]), R.choice(["100", "unlimited", "fifty"])))
    return c_


def n_age():
    c_ = Case("negative", "call/insurance: ages, years, temperatures, counts")
    c_.turn(CU, "my son's %s and he's been driving since %s" % (say_num_words(R.randint(17, 25)), R.choice(["2022", "twenty twenty two", "nineteen ninety nine"])))
    c_.turn(AG, "okay and the car is a %s with %s miles" % (R.choice(["2018", "twenty nineteen"]), R.choice(["forty two thousand", "61,000", "eighty five thousand three hundred"])))
    if R.random() < 0.5:
        c_.turn(CU, "it was like %s degrees that day" % R.choice(["thirty", "-3", "minus four", "twenty eight"]))
    return c_


def n_short_digits():
    c_ = Case("negative", "call/banking: last four digits confirmation count, PIN attempts, years (no full values)")
    c_.turn(AG, "I've sent a text, it's been %s attempts and we'll wait %s" % (ONES[R.randint(2, 5)], R.choice(["24 hours", "three days", "ten minutes"])))
    c_.turn(CU, "okay my card expired in %s I think" % R.choice(["2023", "twenty twenty three", "the summer"]))
    return c_


def n_payment_date():
    c_ = Case("negative", "chat/banking: payment dates and amounts, statement period")
    c_.turn(CU, "Why was I charged %s on %s? my statement from %s to %s" % (money_phrase(),
            R.choice(["12/03/2026", "March 12th", "the 5th", "3 Feb 2026"]), R.choice(["1 Jan", "01/01"]), R.choice(["31 Jan", "31/01"])))
    c_.turn(AG, "That's your annual fee of %s which renews on %s each year." % (money_phrase(), R.choice(["1 March", "the 1st of march"])))
    return c_


def n_ticket_asr():
    c_ = Case("negative", "call/government services: case reference with keyword, office hours, queue position")
    ref = str(R.randint(1000, 99999999))
    c_.turn(AG, "your case reference is %s and you're number %s in the queue" % (say_plain_num(ref) if R.random() < 0.5 else ref, say_num_words(R.randint(2, 40))))
    c_.turn(CU, "okay and you're open till %s" % R.choice(["5:30", "six pm", "eight o'clock"]))
    return c_


NEG = [(n_order, 20), (n_money, 10), (n_times, 10), (n_flight, 10), (n_room, 8), (n_model, 8), (n_meter, 8),
       (n_speed, 8), (n_age, 8), (n_short_digits, 6), (n_payment_date, 8), (n_ticket_asr, 8)]


# ---------------------------------------------------------------- asr noise
def asr_noise(case):
    """Whisper-ish habits on call turns: stray capitals/punctuation outside spans."""
    if not case.note.startswith("call/"):
        return
    for ti, t in enumerate(case.turns):
        if R.random() < 0.3 and t["text"]:
            txt = t["text"]
            covered = any(s["turn"] == ti and s["start"] == 0 for s in case.spans)
            if not covered and txt[0].isalpha():
                t["text"] = txt[0].upper() + txt[1:]
        if R.random() < 0.25:
            if not any(s["turn"] == ti and s["end"] == len(t["text"]) for s in case.spans):
                t["text"] += R.choice([".", "?", "..."])
            else:
                t["text"] += "."


def build():
    KEYN[0] = 0
    R.seed(SEED)
    pos, neg = [], []
    for fn, n in POS:
        for _ in range(n):
            pos.append(fn())
    for fn, n in NEG:
        for _ in range(n):
            neg.append(fn())
    R.shuffle(pos)
    R.shuffle(neg)
    for c in pos + neg:
        asr_noise(c)
    rows = []
    for i, c in enumerate(pos, 1):
        rows.append((PREFIX + "-pos-%03d" % i, c))
    for i, c in enumerate(neg, 1):
        rows.append((PREFIX + "-neg-%03d" % i, c))
    return rows


def serialise(rows):
    lines = []
    for cid, c in rows:
        lines.append(json.dumps({"id": cid, "kind": c.kind, "turns": c.turns, "spans": c.spans if c.kind == "positive" else [],
                                 "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(rows):
    ct = {t: 0 for t in TYPES}
    for _, c in rows:
        for s in c.spans:
            ct[s["type"]] += 1
    return ct


def readme(rows):
    ct = counts(rows)
    npos = sum(1 for _, c in rows if c.kind == "positive")
    nneg = len(rows) - npos
    tbl = "\n".join("| %s | %d |" % (t, ct[t]) for t in TYPES)
    return """# PII hold-out set h225

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures and changing the redactor to fix them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its docs, the benchmark or any other
fixture (only a three-line example of the JSONL format). Cases are generated by
`scripts/make_pii_holdout225.py` (standard library only, one seeded
`random.Random`, seed %d) from template functions; every turn is assembled
from plain-text segments and (value, TYPE) segments so span offsets are
computed, never typed. `python scripts/make_pii_holdout225.py --check`
regenerates the file, verifies it is byte-identical, and validates ids,
offsets, word boundaries, overlap, and every value after normalising spoken
forms (Luhn, mod-97, NI format, digit counts, postcode shapes).

Emphasis: phone calls as a speech recogniser (Whisper-like) writes them: digit
words mixed with inverse-text-normalised numerals in one reading ("4111 one
one one one"), "oh"/"o"/"nought"/"zero", "double"/"triple", pairs
("forty one"), homophones ("for" = 4, "to"/"too" = 2, "ate" = 8), letters
spelled with "b for bravo" / "b as in bravo", stray capitals and full stops,
values split over several customer turns with agent back-channels,
self-corrections, agent read-backs, two values in one turn. Chat cases use
varied typed separators and case.

## Annotation conventions

* A span covers the value only, from its first to its last spoken/typed token:
  lead-ins ("it's", "my social is", "yeah") and trailing fillers/punctuation
  are outside. Fillers or "dash"/"for bravo" *inside* a reading are inside.
* Phone spans include the international prefix ("plus four four", "+353").
* A value split over turns is labelled as one span per turn (each piece).
* A wrong value the caller then corrects (self-correction) is labelled too.
* Agent read-backs are labelled like customer readings.
* EMAIL covers the whole address including "at"/"dot" words.
* DOB covers the full date incl. "the ... of"; EXPIRY the month+year.
* ADDRESS covers house number + street name + street type only; town is not
  labelled; POSTCODE (UK postcode or US ZIP) is a separate span.
* Negatives contain only non-PII numbers: money, times, durations, counts,
  non-birth dates, reference/order/claim numbers with their keyword, flight,
  room and model numbers, meter readings, speeds, ages, temperatures.

## Counts

Positives: %d, negatives: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, tbl)


def check(rows, text):
    errs = []
    ids = set()
    for cid, c in rows:
        if cid in ids:
            errs.append("dup id " + cid)
        ids.add(cid)
        if c.kind == "negative" and c.spans:
            errs.append(cid + ": negative with spans")
        if c.kind == "positive" and not c.spans:
            errs.append(cid + ": positive without spans")
        byturn = {}
        for s in c.spans:
            if not (0 <= s["turn"] < len(c.turns)):
                errs.append(cid + ": bad turn")
                continue
            t = c.turns[s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                errs.append(cid + ": offsets out of range")
                continue
            if not ((t[a].isalnum() or t[a] in "+(") and t[b - 1].isalnum()):
                errs.append("%s: span edges not alnum %r" % (cid, t[a:b]))
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, t[a:b]))
            if s["type"] not in TYPES:
                errs.append(cid + ": bad type")
            byturn.setdefault(s["turn"], []).append((a, b))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(cid + ": overlapping spans")
        for typ, canon, idxs, _k in c.values:
            txt = " ".join(c.turns[c.spans[i]["turn"]]["text"][c.spans[i]["start"]:c.spans[i]["end"]] for i in idxs)
            e = validate(typ, canon, txt)
            if e:
                errs.append(cid + ": " + e)
    ct = counts(rows)
    npos = sum(1 for _, c in rows if c.kind == "positive")
    nneg = len(rows) - npos
    if npos < 170:
        errs.append("too few positives %d" % npos)
    if nneg < 100:
        errs.append("too few negatives %d" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if ct[t] < need:
            errs.append("too few %s: %d" % (t, ct[t]))
    return errs, ct, npos, nneg


def main():
    rows = build()
    text = serialise(rows)
    rd = readme(rows)
    if "--check" in sys.argv:
        errs, ct, npos, nneg = check(rows, text)
        try:
            with open(CASES, encoding="utf-8") as f:
                if f.read() != text:
                    errs.append("cases.jsonl differs from regenerated output")
        except OSError as e:
            errs.append("cannot read cases.jsonl: %s" % e)
        try:
            with open(README, encoding="utf-8") as f:
                if f.read() != rd:
                    errs.append("README.md differs from regenerated output")
        except OSError as e:
            errs.append("cannot read README.md: %s" % e)
        # determinism: build twice
        if serialise(build()) != text:
            errs.append("generation not deterministic")
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, ct[t]))
        for e in errs[:50]:
            print("ERROR", e)
        print("FAIL (%d problems)" % len(errs) if errs else "OK")
        sys.exit(1 if errs else 0)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(rd)
    print("wrote %d cases to %s" % (len(rows), CASES))


if __name__ == "__main__":
    main()

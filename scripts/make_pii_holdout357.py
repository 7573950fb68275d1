#!/usr/bin/env python3
"""Generate the pii_holdout357 held-out PII redaction evaluation set.

Usage:
    python scripts/make_pii_holdout357.py          # write cases.jsonl
    python scripts/make_pii_holdout357.py --check  # regenerate and verify

Every turn is assembled from plain-text segments and labelled value segments,
so span offsets are computed, never typed by hand.  Standard library only.
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout357", "cases.jsonl")
rng = random.Random(357241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZEROS = ["oh", "zero", "nought", "o"]
FILLERS = ["um", "uh", "er", "erm"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
NATO_ALT = {"whisky": "w", "xray": "x", "juliett": "j", "alfa": "a"}
FOLK = {"a": ["apple", "alpha"], "b": ["bravo", "bob"], "c": ["charlie", "cat"],
        "d": ["delta", "dog"], "e": ["echo", "edward"], "h": ["hotel", "harry"],
        "j": ["juliet", "jack"], "m": ["mike", "mother"], "n": ["november", "nancy"],
        "p": ["papa", "peter"], "s": ["sierra", "sugar"], "t": ["tango", "tommy"],
        "w": ["whiskey", "william"], "r": ["romeo", "robert"], "k": ["kilo", "king"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
STREET_SUFFIX = ["road", "street", "lane", "avenue", "close", "drive", "grove", "way",
                 "crescent", "terrace", "court", "place", "gardens", "boulevard", "rd",
                 "st", "ave", "dr", "ln", "row", "hill", "parade"]


def ordinal_word(n):
    if n <= 20:
        return ORD[n]
    if n == 30:
        return "thirtieth"
    t, u = divmod(n, 10)
    return TENS[t] + " " + ORD[u]


def two_digit_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + UNITS[u])


def say_digits(s, numeric=True, fill=0.06, pairs=0.35):
    """Speak a digit string the way callers do; invertible by normalise()."""
    zero_opts = ZEROS if numeric else ["oh", "zero", "nought"]
    zw = rng.choice(zero_opts)
    w = []
    i = 0
    while i < len(s):
        rest = len(s) - i
        d = s[i]
        r = rng.random()
        if rest >= 3 and s[i] == s[i + 1] == s[i + 2] and r < 0.5:
            w += ["triple", zw if d == "0" else UNITS[int(d)]]
            i += 3
        elif rest >= 2 and s[i] == s[i + 1] and r < 0.6:
            w += ["double", zw if d == "0" else UNITS[int(d)]]
            i += 2
        elif rest >= 3 and d != "0" and r < 0.1 and (s[i + 2] != "0" or rest == 3):
            w += [UNITS[int(d)], "hundred"]
            tail = int(s[i + 1:i + 3])
            if tail:
                w += ["and"] + two_digit_words(tail).split()
            i += 3
        elif rest >= 2 and d != "0" and r < pairs and (s[i + 1] != "0" or rest == 2 or d == "1"):
            w += two_digit_words(int(s[i:i + 2])).split()
            i += 2
        else:
            w.append(zw if d == "0" else UNITS[int(d)])
            i += 1
        if i < len(s) and rng.random() < fill:
            w.append(rng.choice(FILLERS))
    return " ".join(w)


def say_letter(c, nato=0.5):
    c = c.lower()
    r = rng.random()
    if r < nato * 0.5:
        return "%s for %s" % (c, rng.choice(FOLK.get(c, [NATO[c]])))
    if r < nato * 0.8:
        return "%s as in %s" % (c, NATO[c])
    if r < nato:
        return NATO[c]
    return c


def say_alnum(s, numeric=False, fill=0.05):
    """Speak a mixed string: digit runs as words, letters plainly or NATO."""
    out = []
    for m in re.finditer(r"\d+|[A-Za-z]|\+", s):
        t = m.group()
        if t == "+":
            out.append("plus")
        elif t.isdigit():
            out.append(say_digits(t, numeric=numeric, fill=fill))
        else:
            out.append(say_letter(t))
    return " ".join(out)


# ---------------------------------------------------------------- normaliser
WORDNUM = {w: i for i, w in enumerate(UNITS)}
for zz in ("oh", "nought", "naught"):
    WORDNUM[zz] = 0
TEENNUM = {w: 10 + i for i, w in enumerate(TEENS)}
TENNUM = {w: i for i, w in enumerate(TENS) if w}
NATO_REV = {v.replace("-", ""): k for k, v in NATO.items()}
NATO_REV.update(NATO_ALT)
FOLK_WORDS = {w for v in FOLK.values() for w in v}
SKIP = set(FILLERS) | {"and", "hmm", "ah"}


class NormError(Exception):
    pass


def normalise(text, mode):
    """mode: 'num' (digits only), 'alnum', 'phone', 'email'."""
    if mode == "email" and "@" in text:
        return text.strip().lower()
    toks = re.findall(r"[a-z]+|\d+|\+|@|\.|_", text.lower().replace("x-ray", "xray"))
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t in SKIP and not (mode == "email" and t == "and"):
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in ("double", "triple") and nxt is not None:
            k = 2 if t == "double" else 3
            if nxt in WORDNUM:
                out.append(str(WORDNUM[nxt]) * k)
            elif nxt == "o":
                out.append("0" * k)
            elif len(nxt) == 1 and nxt.isalpha():
                out.append(nxt.upper() * k)
            else:
                raise NormError("bad double %r" % text)
            i += 2
            continue
        if t in WORDNUM or (t == "o" and mode in ("num", "phone")):
            v = WORDNUM.get(t, 0)
            if nxt == "hundred":
                j = i + 2
                if j < n and toks[j] == "and":
                    j += 1
                tail = 0
                if j < n and toks[j] in TENNUM:
                    tail = TENNUM[toks[j]] * 10
                    j += 1
                    if j < n and toks[j] in WORDNUM and WORDNUM[toks[j]] and toks[j] not in ("oh", "nought"):
                        tail += WORDNUM[toks[j]]
                        j += 1
                elif j < n and toks[j] in TEENNUM:
                    tail = TEENNUM[toks[j]]
                    j += 1
                elif j < n and toks[j] in WORDNUM and toks[j - 1] == "and":
                    tail = WORDNUM[toks[j]]
                    j += 1
                out.append("%d%02d" % (v, tail))
                i = j
                continue
            if nxt == "thousand":
                j = i + 2
                if j < n and toks[j] == "and":
                    j += 1
                tail = 0
                if j < n and toks[j] in TENNUM:
                    tail = TENNUM[toks[j]] * 10
                    j += 1
                    if j < n and toks[j] in WORDNUM and WORDNUM[toks[j]]:
                        tail += WORDNUM[toks[j]]
                        j += 1
                elif j < n and toks[j] in TEENNUM:
                    tail = TEENNUM[toks[j]]
                    j += 1
                elif j < n and toks[j] in WORDNUM:
                    tail = WORDNUM[toks[j]]
                    j += 1
                out.append(str(v * 1000 + tail))
                i = j
                continue
            out.append(str(v))
            i += 1
            continue
        if t in TEENNUM:
            out.append(str(TEENNUM[t]))
            i += 1
            continue
        if t in TENNUM:
            if nxt in WORDNUM and WORDNUM[nxt] and nxt not in ("oh", "nought"):
                out.append(str(TENNUM[t] * 10 + WORDNUM[nxt]))
                i += 2
            else:
                out.append(str(TENNUM[t] * 10))
                i += 1
            continue
        if t in ("plus", "+") and mode == "phone":
            out.append("+")
            i += 1
            continue
        if mode == "email":
            m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
            if t in m:
                out.append(m[t])
            elif t in ("@", ".", "_"):
                out.append(t)
            elif len(t) == 1 and nxt in ("for", "as"):
                out.append(t)
                i += 3 if nxt == "as" else 2
                continue
            else:
                out.append(t)
            i += 1
            continue
        if t in ("+", ".", "_", "@"):
            i += 1
            continue
        if mode in ("alnum",) and t.isalpha():
            if len(t) == 1:
                out.append(t.upper())
                if nxt == "for":
                    i += 3
                    continue
                if nxt == "as" and i + 2 < n and toks[i + 2] == "in":
                    i += 4
                    continue
                i += 1
                continue
            if t in NATO_REV:
                out.append(NATO_REV[t].upper())
                i += 1
                continue
            if len(t) <= 4:
                out.append(t.upper())
                i += 1
                continue
        raise NormError("unknown token %r in %r" % (t, text))
    return "".join(out)


# ---------------------------------------------------------------- validators
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")


def canon_ok(typ, c):
    if typ == "CARD_NUMBER":
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if typ == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if typ == "SSN":
        return c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9" \
            and c[3:5] != "00" and c[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(c))
    if typ == "BANK_ACCOUNT":
        return c.isdigit() and 6 <= len(c) <= 12
    if typ == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if typ == "IBAN":
        return iban_ok(c)
    if typ == "PHONE":
        return bool(re.fullmatch(r"\+?\d{10,13}", c))
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", c))
    if typ == "POSTCODE":
        return bool(UKPC_RE.fullmatch(c) or re.fullmatch(r"\d{5}(\d{4})?", c))
    return True


NORM_MODE = {"CARD_NUMBER": "num", "CVV": "num", "SSN": "num", "BANK_ACCOUNT": "num",
             "SORT_CODE": "num", "PHONE": "phone", "NI_NUMBER": "alnum", "IBAN": "alnum",
             "POSTCODE": "alnum", "EMAIL": "email"}

MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
MONTH_ABBR.update({m: i + 1 for i, m in enumerate(MONTHS)})
MONTH_ABBR["sept"] = 9
ORD_REV = {w: i for i, w in enumerate(ORD) if w}
ORD_REV["thirtieth"] = 30


def parse_date(text, typ):
    """Return (day|None, month, year) from a typed or spoken date expression."""
    t = text.lower()
    m = re.fullmatch(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{2,4}))?", t.strip())
    if m:
        a, b, y = m.group(1), m.group(2), m.group(3)
        if y is None:  # MM/YY expiry
            return (None, int(a), b)
        if typ == "DOB":
            if int(a) > 12:
                return (int(a), int(b), y)
            return (int(b), int(a), y) if int(b) > 12 else (int(a), int(b), y)
        return (int(a), int(b), y)
    toks = re.findall(r"[a-z]+|\d+", t.replace("twenty first", "twentyfirst"))
    month = day = None
    rest = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w in MONTH_ABBR and month is None:
            month = MONTH_ABBR[w]
        elif re.fullmatch(r"\d{1,2}(st|nd|rd|th)", w):
            day = int(re.match(r"\d+", w).group())
        elif w in ("st", "nd", "rd", "th", "of", "the", "slash", "on"):
            pass
        elif w in TENNUM and i + 1 < len(toks) and toks[i + 1] in ORD_REV and day is None:
            day = TENNUM[w] * 10 + ORD_REV[toks[i + 1]]
            i += 1
        elif w in ORD_REV and day is None:
            day = ORD_REV[w]
        else:
            rest.append(w)
        i += 1
    digits = normalise(" ".join(rest), "num") if rest else ""
    if month is None:
        if len(digits) < 4:
            raise NormError("no month in %r" % text)
        if typ == "DOB" and day is None:
            day, month, digits = int(digits[:2]), int(digits[2:4]), digits[4:]
        else:
            month, digits = int(digits[:2]), digits[2:]
    if day is None and typ == "DOB" and len(digits) in (3, 4, 5, 6) and len(digits) not in (2, 4):
        day, digits = int(digits[:len(digits) - 4] or digits[:1]), digits[-4:]
    if typ == "DOB" and day is None and len(digits) >= 5:
        day, digits = int(digits[:-4]), digits[-4:]
    return (day, month, digits)


def date_ok(text, typ):
    d, mth, y = parse_date(text, typ)
    if not (1 <= mth <= 12) or len(y) not in (2, 4):
        return False
    if typ == "DOB":
        if d is None or not (1 <= d <= 31):
            return False
        if len(y) == 4 and not (1920 <= int(y) <= 2010):
            return False
    if typ == "EXPIRY" and len(y) == 4 and not (2024 <= int(y) <= 2035):
        return False
    return True


def address_ok(text):
    toks = re.findall(r"[a-z]+|\d+[a-z]?", text.lower())
    if not toks or toks[-1] not in STREET_SUFFIX:
        return False
    return toks[0][0].isdigit() or toks[0] in WORDNUM or toks[0] in TEENNUM or \
        toks[0] in TENNUM or toks[0] in ("double", "triple", "flat", "apartment", "apt", "unit")


# ---------------------------------------------------------------- value makers
def luhn_complete(prefix, length):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def new_card():
    r = rng.random()
    if r < 0.45:
        return luhn_complete("4" + str(rng.randrange(10)), 16)
    if r < 0.75:
        return luhn_complete(rng.choice(["51", "53", "55", "2221", "2720"]), 16)
    if r < 0.87:
        return luhn_complete(rng.choice(["34", "37"]), 15)
    if r < 0.93:
        return luhn_complete("6011", 16)
    if r < 0.97:
        return luhn_complete("4", 13)
    return luhn_complete("6304", 19)


def new_ssn():
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


NI_P1 = "ABCEGHJKLMNOPRSTWXYZ"
NI_P2 = "ABCEGHJKLMNPRSTWXYZ"


def new_ni():
    while True:
        p = rng.choice(NI_P1) + rng.choice(NI_P2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def make_iban(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    ck = 98 - int(num) % 97
    return "%s%02d%s" % (cc, ck, bban)


def rdig(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def new_iban(country=None):
    cc = country or rng.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        return make_iban("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdig(14))
    if cc == "IE":
        return make_iban("IE", rng.choice(["AIBK", "BOFI"]) + rdig(14))
    if cc == "DE":
        return make_iban("DE", rdig(18))
    if cc == "FR":
        return make_iban("FR", rdig(23))
    if cc == "NL":
        return make_iban("NL", rng.choice(["ABNA", "INGB", "RABO"]) + rdig(10))
    return make_iban("ES", rdig(20))


def new_phone(country):
    if country == "UK":
        return rng.choice(["07" + rdig(9), "+447" + rdig(9), "020" + rdig(8), "0161" + rdig(7)])
    if country == "US":
        n = str(rng.randrange(2, 10)) + rdig(2) + str(rng.randrange(2, 10)) + rdig(6)
        return rng.choice([n, "+1" + n])
    if country == "IE":
        return rng.choice(["08" + str(rng.choice([3, 5, 6, 7, 9])) + rdig(7),
                           "+3538" + str(rng.choice([3, 5, 7])) + rdig(7)])
    return rng.choice(["+49151" + rdig(8), "+336" + rdig(8), "+316" + rdig(8)])


FIRST = ["john", "sarah", "priya", "tom", "aoife", "liam", "mei", "kwame", "olga", "dave",
         "niamh", "raj", "emma", "carlos", "fatima", "gareth", "siobhan", "marek", "ana", "lou"]
LAST = ["doe", "smith", "patel", "okafor", "murphy", "nowak", "chen", "jones", "obrien",
        "garcia", "kelly", "wright", "singh", "byrne", "evans", "silva", "hughes", "ali"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com",
           "eircom.net", "btinternet.com", "aol.com", "gmx.de", "proton.me", "live.ie"]


def new_email():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    r = rng.random()
    if r < 0.3:
        local = f + "." + l
    elif r < 0.5:
        local = f[0] + l + str(rng.randrange(1, 99))
    elif r < 0.65:
        local = f + "_" + l
    elif r < 0.8:
        local = l + f[0]
    else:
        local = f + str(rng.choice([1975, 1982, 1990, 2001, 69, 84, 12]))
    return local + "@" + rng.choice(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._\-]", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append("dash")
        elif tok.isdigit():
            if len(tok) == 4 and tok[2] != "0" and rng.random() < 0.7:
                parts.append(two_digit_words(int(tok[:2])) + " " + two_digit_words(int(tok[2:])))
            elif len(tok) == 2 and tok[0] != "0":
                parts.append(two_digit_words(int(tok)))
            else:
                parts.append(" ".join(UNITS[int(c)] for c in tok))
        elif len(tok) == 1:
            parts.append(tok if rng.random() < 0.6 else "%s for %s" % (tok, rng.choice(FOLK.get(tok, [NATO[tok]]))))
        else:
            parts.append(tok)
    dparts = dom.split(".")
    return " ".join(parts) + " at " + " dot ".join(dparts)


UK_AREAS = ["SW1A", "M1", "B33", "LS6", "CF10", "EH3", "G12", "BT7", "NE1", "BS8", "L17", "OX4",
            "CB2", "N7", "E14", "SE15", "W5", "NW3", "DE22", "PL4", "YO10", "RG1", "S11", "BN2"]
TOWNS_UK = ["London", "Manchester", "Leeds", "Cardiff", "Bristol", "Glasgow", "Belfast",
            "Oxford", "York", "Brighton", "Sheffield", "Derby", "Plymouth"]
TOWNS_US = ["Springfield", "Austin", "Columbus", "Tucson", "Albany", "Boise", "Tampa", "Reno"]
STREETS = ["mill", "station", "church", "victoria", "park", "oak", "elm", "king", "queen",
           "high", "meadow", "willow", "chestnut", "harbour", "albert", "maple", "cedar",
           "sycamore", "jubilee", "orchard"]
SUFF_UK = ["road", "street", "lane", "avenue", "close", "drive", "grove", "crescent",
           "terrace", "gardens", "way", "place", "row", "parade"]
SUFF_US = ["street", "avenue", "drive", "boulevard", "court", "lane", "way", "st", "ave", "dr"]


def new_postcode(country):
    if country == "US":
        z = "%05d" % rng.randrange(1001, 99950)
        return z + ("-" + rdig(4) if rng.random() < 0.25 else "")
    a = rng.choice(UK_AREAS)
    return a + " " + str(rng.randrange(10)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")


def typed_postcode(pc):
    r = rng.random()
    if r < 0.5:
        return pc
    if r < 0.7:
        return pc.lower()
    if r < 0.85:
        return pc.replace(" ", "")
    return pc


def spoken_postcode(pc):
    if "-" in pc or pc.replace("-", "").isdigit():
        return say_digits(pc.replace("-", ""), numeric=False, fill=0.0)
    return say_alnum(pc.replace(" ", ""), numeric=False, fill=0.0)


def new_address(country, spoken):
    num = rng.randrange(1, 240)
    st = rng.choice(STREETS)
    suf = rng.choice(SUFF_US if country == "US" else SUFF_UK)
    flat = rng.random() < 0.25
    if spoken:
        numw = two_digit_words(num) if num < 100 else say_digits(str(num), fill=0.0)
        s = "%s %s %s" % (numw, st, suf)
        if flat:
            s = "flat %s, %s" % (two_digit_words(rng.randrange(1, 30)), s)
        return s
    s = "%d %s %s" % (num, st.title(), suf.title())
    if flat:
        s = rng.choice(["Flat %d, ", "flat %d ", "Apt %d, ", "%d/"]) % rng.randrange(1, 30) + s
        if s[0].isdigit():
            s = s.replace("/", "/", 1)
    if rng.random() < 0.3:
        s = s.lower()
    return s


def new_dob():
    return (rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(1938, 2006))


def typed_dob(d, m, y, country):
    r = rng.random()
    if r < 0.25:
        return ("%02d/%02d/%d" % (m, d, y)) if country == "US" and d > 12 else "%02d/%02d/%d" % (d, m, y)
    if r < 0.4:
        return "%d.%d.%02d" % (d, m, y % 100) if d > 12 else "%02d/%02d/%d" % (d, m, y)
    if r < 0.6:
        return "%d %s %d" % (d, MONTHS[m - 1].title(), y)
    if r < 0.8:
        return "%s %d, %d" % (MONTHS[m - 1].title(), d, y)
    sfx = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return "%d%s %s %d" % (d, sfx, MONTHS[m - 1][:3], y)


def say_year(y):
    if 2000 <= y < 2010:
        return rng.choice(["two thousand and %s" % UNITS[y % 10], "two thousand %s" % UNITS[y % 10],
                           "twenty oh %s" % UNITS[y % 10]])
    a, b = divmod(y, 100)
    bw = two_digit_words(b) if b >= 10 else "oh " + UNITS[b]
    return two_digit_words(a) + " " + bw


def spoken_dob(d, m, y):
    r = rng.random()
    mw = MONTHS[m - 1]
    if r < 0.4:
        return "%s of %s %s" % (ordinal_word(d), mw, say_year(y))
    if r < 0.6:
        return "the %s of %s, um, %s" % (ordinal_word(d), mw, say_year(y))
    if r < 0.8:
        return "%s the %s %s" % (mw, ordinal_word(d), say_year(y))
    return "%s %s %s" % (say_digits("%02d" % d, pairs=0.9, fill=0), say_digits("%02d" % m, pairs=0, fill=0), say_year(y))


def new_expiry():
    return (rng.randrange(1, 13), rng.randrange(25, 33))


def typed_expiry(m, y):
    return rng.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y),
                       "%02d-%02d" % (m, y), "%s %02d" % (MONTHS[m - 1][:3].title(), y)])


def spoken_expiry(m, y):
    r = rng.random()
    mm = ("oh " + UNITS[m]) if m < 10 else two_digit_words(m)
    if r < 0.35:
        return "%s %s" % (mm, two_digit_words(y))
    if r < 0.55:
        return "%s slash %s" % (mm, two_digit_words(y))
    if r < 0.8:
        return "%s %s" % (MONTHS[m - 1], two_digit_words(y))
    return "%s twenty %s" % (MONTHS[m - 1], two_digit_words(y))


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []   # (speaker, [segments])
        self.groups = {}  # gid -> (type, canonical, mode)
        self.gid = 0

    def group(self, typ, canon, mode="full"):
        self.gid += 1
        self.groups[self.gid] = (typ, canon, mode)
        return self.gid

    def say(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def render(self):
        turns, spans, gspans = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    val, typ, gid = s
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                    gspans.append(gid)
                    text += val
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return turns, spans, gspans


def V(text, typ, gid):
    return (text, typ, gid)


AG = "agent"
CU = "customer"
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes go on", "ok and then",
        "got that", "mm hm, keep going", "okay, next bit", "yeah"]
CONFIRM = ["yes that's right", "yep", "that's it", "correct", "yeah that's the one",
           "yes", "spot on", "that's correct yeah"]
INDUSTRY = {
    "banking": ("Northgate Bank", "UK"), "telecom": ("Vireo Mobile", "UK"),
    "utilities": ("Brightwater Energy", "UK"), "retail": ("Halden & Co", "US"),
    "insurance": ("Kestrel Insurance", "IE"), "travel": ("SkyRoute Travel", "EU"),
    "healthcare": ("MedBill Services", "US"), "government": ("the Benefits Helpline", "UK"),
}


def chunks(s, k):
    """Split s into k non-empty chunks (roughly even, some jitter)."""
    k = max(1, min(k, len(s)))
    cuts = sorted(rng.sample(range(1, len(s)), k - 1)) if k > 1 else []
    # prefer even-ish cuts
    base = [round(len(s) * (i + 1) / k) for i in range(k - 1)]
    cuts = sorted(set(b if rng.random() < 0.7 else c for b, c in zip(base, cuts)))
    cuts = [c for c in cuts if 0 < c < len(s)]
    out, prev = [], 0
    for c in cuts + [len(s)]:
        if c > prev:
            out.append(s[prev:c])
        prev = c
    return out


def typed_fmt(typ, c):
    """Typed chat/e-mail rendering of canonical value c."""
    r = rng.random()
    if typ == "CARD_NUMBER":
        if len(c) == 15:
            g = [c[:4], c[4:10], c[10:]]
        else:
            g = [c[i:i + 4] for i in range(0, len(c), 4)]
        if r < 0.3:
            return " ".join(g)
        if r < 0.5:
            return "-".join(g)
        if r < 0.7:
            return c
        if r < 0.85:
            return c[:6] + " " + c[6:]
        return " ".join(g[:2]) + "  " + "".join(g[2:])
    if typ == "SSN":
        return rng.choice([c[:3] + "-" + c[3:5] + "-" + c[5:], c[:3] + " " + c[3:5] + " " + c[5:], c,
                           c[:3] + "." + c[3:5] + "." + c[5:]])
    if typ == "NI_NUMBER":
        f = rng.choice([c, c[:2] + " " + c[2:4] + " " + c[4:6] + " " + c[6:8] + " " + c[8],
                        c[:2] + c[2:8] + " " + c[8], c[:2] + "-" + c[2:8] + "-" + c[8]])
        return f.lower() if rng.random() < 0.3 else f
    if typ == "SORT_CODE":
        return rng.choice([c[:2] + "-" + c[2:4] + "-" + c[4:], c, c[:2] + " " + c[2:4] + " " + c[4:]])
    if typ == "IBAN":
        g = " ".join(c[i:i + 4] for i in range(0, len(c), 4))
        return rng.choice([g, c, g.lower()])
    if typ == "PHONE":
        if c.startswith("+44"):
            return rng.choice(["+44 " + c[3:7] + " " + c[7:], c, "+44 (0)" + c[3:7] + " " + c[7:]]) \
                if False else rng.choice(["+44 " + c[3:7] + " " + c[7:], c])
        if c.startswith("+1"):
            return rng.choice(["+1 (%s) %s-%s" % (c[2:5], c[5:8], c[8:]), "+1-%s-%s-%s" % (c[2:5], c[5:8], c[8:])])
        if c.startswith("+"):
            return c[:3] + " " + c[3:6] + " " + c[6:]
        if len(c) == 10 and not c.startswith("0"):
            return rng.choice(["%s-%s-%s" % (c[:3], c[3:6], c[6:]), "%s.%s.%s" % (c[:3], c[3:6], c[6:]), c])
        return rng.choice([c[:5] + " " + c[5:], c, c[:3] + " " + c[3:6] + " " + c[6:]])
    if typ == "POSTCODE":
        return typed_postcode(c)
    if typ == "EMAIL":
        return c if rng.random() < 0.8 else c.replace("@", "@", 1).title().replace("@", "@")
    return c


def canon_of(typ, raw):
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return re.sub(r"[^A-Z0-9]", "", raw.upper())
    if typ == "EMAIL":
        return raw.lower()
    if typ == "PHONE":
        return re.sub(r"[^0-9+]", "", raw)
    return re.sub(r"\D", "", raw)


def spoken_part(typ, part):
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE"):
        return say_digits(part, numeric=True)
    if typ == "PHONE":
        return say_alnum(part, numeric=True)
    return say_alnum(part, numeric=False)


# ---- dialogue blocks for one value ----------------------------------------
ASK = {
    "CARD_NUMBER": ["can I take the long number across the front of the card", "what's the card number please",
                    "could you read me the sixteen digits on the card", "go ahead with the card number when you're ready"],
    "SSN": ["can I get your social security number", "I'll need your social to verify",
            "what's the SSN on the account", "could you give me your social please"],
    "NI_NUMBER": ["can you give me your national insurance number", "what's your NI number please",
                  "I'll need your national insurance number for security"],
    "BANK_ACCOUNT": ["and the account number", "what's the account number you want the refund paid into",
                     "could I have your account number"],
    "SORT_CODE": ["what's the sort code", "and the sort code for that account", "can I take the sort code"],
    "IBAN": ["can you give me the IBAN", "I'll need the full IBAN for the transfer", "what's the IBAN on the statement"],
    "PHONE": ["what's the best number to reach you on", "can I take a contact number", "what number should we text the code to"],
    "EMAIL": ["what e-mail address should the confirmation go to", "can I take your e-mail", "what's the email on the account"],
    "CVV": ["and the three digit security code on the back", "the CVV please", "last three on the signature strip"],
    "EXPIRY": ["and the expiry date", "when does the card expire", "what's the expiry on it"],
    "DOB": ["can you confirm your date of birth", "what's your date of birth", "and your DOB please"],
    "POSTCODE": ["and the postcode", "what's the postcode there", "what's your zip code"],
    "ADDRESS": ["what's the first line of the address", "can you confirm the address", "what's the street address"],
}
LEAD = {"CARD_NUMBER": ["it's ", "yeah it's ", "okay so it's ", "right, ", "", "the card is "],
        "SSN": ["it's ", "sure, it's ", "", "ok it's "],
        "NI_NUMBER": ["it's ", "yeah, ", "", "it's erm, "],
        "default": ["it's ", "", "yeah it's ", "sure, "]}


def lead(typ):
    return rng.choice(LEAD.get(typ, LEAD["default"]))


def ask(typ):
    a = rng.choice(ASK[typ])
    return a[0].upper() + a[1:] + "?" if rng.random() < 0.5 else a + "?"


def block_call(c, typ, canon, heavy=True):
    """Spoken exchange for one numeric/alnum value with splits, read-backs and corrections."""
    c.say(AG, ask(typ))
    g = c.group(typ, canon)
    L = len(canon)
    if typ in ("CARD_NUMBER", "IBAN"):
        k = rng.choice([3, 4, 4, 5, 6]) if heavy else rng.choice([1, 2])
    elif typ in ("SSN", "NI_NUMBER", "PHONE", "BANK_ACCOUNT"):
        k = rng.choice([2, 3, 3, 4]) if heavy else 1
    else:
        k = rng.choice([1, 2, 3]) if L >= 5 else 1
    parts = chunks(canon, k)
    pat = rng.random()
    # possible in-turn restart at the very start
    for pi, p in enumerate(parts):
        segs = []
        if pi == 0:
            segs.append(lead(typ))
            if pat < 0.15 and len(p) >= 3:
                g2 = c.group(typ, canon, "prefix")
                pre = p[:rng.randrange(1, len(p))]
                segs += [V(spoken_part(typ, pre), typ, g2),
                         rng.choice(["... sorry, start again, ", "- no hang on, let me start over, ",
                                     ", wait, wrong one, sorry, "])]
        elif rng.random() < 0.3:
            segs.append(rng.choice(["then ", "and then ", "um, ", "next is ", "after that "]))
        if pat > 0.85 and len(p) >= 4 and pi == len(parts) // 2:
            cut = rng.randrange(2, len(p) - 1)
            segs += [V(spoken_part(typ, p[:cut]), typ, g),
                     rng.choice([", sorry the dog's barking, ", " - hang on it's worn off a bit - ",
                                 ", let me just move the light, ", ", sorry, "]),
                     V(spoken_part(typ, p[cut:]), typ, g)]
        else:
            segs.append(V(spoken_part(typ, p), typ, g))
        if pi < len(parts) - 1 and rng.random() < 0.3:
            segs.append(rng.choice(["...", ",", " -"]))
        c.say(CU, *segs)
        if pi < len(parts) - 1:
            if rng.random() < 0.25:
                ge = c.group(typ, p, "sub")
                c.say(AG, V(spoken_part(typ, p), typ, ge), rng.choice([", yep", ", okay", ", got it", ""]))
            else:
                c.say(AG, rng.choice(BACK))
    # read-back
    r = rng.random()
    if r < 0.3 and len(parts) >= 2:
        # agent makes an error, customer corrects
        wrong = list(canon)
        idx = rng.randrange(len(canon))
        while True:
            ch = rng.choice("0123456789") if canon[idx].isdigit() else rng.choice("ABCDEFGHJKLMNPRSTWXYZ")
            if ch != canon[idx]:
                break
        wrong[idx] = ch
        wrong = "".join(wrong)
        gw = c.group(typ, wrong, "alt")
        c.say(AG, rng.choice(["So that's ", "Let me read that back, ", "ok so I've got "]),
              V(spoken_part(typ, wrong), typ, gw), "?")
        s0 = max(0, idx - 2)
        frag = canon[s0:idx + 2]
        gf = c.group(typ, frag, "sub")
        c.say(CU, rng.choice(["no, ", "not quite, ", "no no, ", "erm no, "]),
              rng.choice(["it's ", "that bit's ", "the middle is ", ""]), V(spoken_part(typ, frag), typ, gf),
              rng.choice(["", ", not what you said", " - you said it wrong"]))
        gr = c.group(typ, canon)
        c.say(AG, rng.choice(["Sorry about that, so ", "Apologies, ", "Right, "]),
              V(spoken_part(typ, canon), typ, gr), rng.choice(["?", ", correct?", "."]))
        c.say(CU, rng.choice(CONFIRM))
    elif r < 0.75:
        gr = c.group(typ, canon)
        rb = spoken_part(typ, canon) if rng.random() < 0.7 else typed_fmt(typ, canon)
        c.say(AG, rng.choice(["Thank you, so that's ", "Just to confirm, ", "Reading back: ", "ok, "]),
              V(rb, typ, gr), rng.choice(["?", ", is that right?", ". Correct?"]))
        c.say(CU, rng.choice(CONFIRM))
    elif r < 0.85:
        # customer self-corrects after finishing
        if len(canon) >= 4:
            gf = c.group(typ, canon[-4:], "sub")
            c.say(CU, rng.choice(["actually sorry, let me double check the last bit... yeah ",
                                  "wait, the end was ", "hang on, last few are "]),
                  V(spoken_part(typ, canon[-4:]), typ, gf), ", yeah")
            c.say(AG, rng.choice(["ok, that matches what I have", "great, thanks"]))
    else:
        c.say(AG, rng.choice(["Thanks.", "Lovely, thank you.", "Great."]))
    if typ == "CARD_NUMBER" and rng.random() < 0.3:
        g4 = c.group(typ, canon[-4:], "sub")
        c.say(AG, "And just so you know, on the system this will show as the card ending ",
              V(canon[-4:] if rng.random() < 0.5 else spoken_part(typ, canon[-4:]), typ, g4), ".")


def block_chat(c, typ, canon, country):
    c.say(AG, ask(typ))
    r = rng.random()
    labels = {"CARD_NUMBER": ["card no: ", "Card number - ", "cc# ", "long number: ", ""],
              "SSN": ["SSN: ", "ssn ", "social is ", "SS#: ", ""],
              "NI_NUMBER": ["NI no: ", "NINO ", "my NI is ", "national ins. number: ", ""],
              "BANK_ACCOUNT": ["acct no: ", "Account: ", "a/c ", "acc number ", ""],
              "SORT_CODE": ["sort code ", "S/C: ", "sortcode: ", ""],
              "IBAN": ["IBAN: ", "iban ", "my IBAN is ", ""],
              "PHONE": ["tel: ", "mob ", "call me on ", "Phone: ", ""],
              "EMAIL": ["email: ", "e-mail is ", "", "contact: "],
              "POSTCODE": ["postcode ", "zip: ", ""]}
    lab = rng.choice(labels.get(typ, [""]))
    if r < 0.25 and typ not in ("EMAIL", "POSTCODE"):
        # typed in two or three messages
        parts = chunks(canon, rng.choice([2, 3]))
        g = c.group(typ, canon)
        for pi, p in enumerate(parts):
            c.say(CU, lab if pi == 0 else "", V(p, typ, g), "" if pi == len(parts) - 1 else rng.choice(["", "...", " -"]))
            if pi < len(parts) - 1:
                c.say(AG, rng.choice(["ok", "Go on", "Thanks, and the rest?"]))
    elif r < 0.45:
        # typo then correction
        wrong = canon[:-1] + (chr(ord(canon[-1]) + 1) if canon[-1] not in "9Zz" else ("0" if canon[-1] == "9" else "A"))
        gw = c.group(typ, canon_of(typ, wrong), "alt")
        c.say(CU, lab, V(typed_fmt(typ, wrong) if typ != "EMAIL" else wrong, typ, gw))
        g = c.group(typ, canon)
        c.say(CU, rng.choice(["sorry typo, should be ", "oops - ", "*", "correction: "]),
              V(typed_fmt(typ, canon), typ, g))
        c.say(AG, "No problem, I've updated that.")
    else:
        g = c.group(typ, canon)
        c.say(CU, lab, V(typed_fmt(typ, canon), typ, g), rng.choice(["", ".", " thanks", " :)"]))
        if rng.random() < 0.5:
            g2 = c.group(typ, canon)
            c.say(AG, rng.choice(["Thanks, I have ", "Confirming: ", "Got it - "]), V(typed_fmt(typ, canon), typ, g2),
                  rng.choice([". Is that correct?", "?", ""]))
            c.say(CU, rng.choice(["yes", "yep correct", "Yes that's it"]))


def block_date(c, typ, chat, country):
    c.say(AG, ask(typ))
    if typ == "DOB":
        d, m, y = new_dob()
        txt = typed_dob(d, m, y, country) if chat else spoken_dob(d, m, y)
    else:
        m, y = new_expiry()
        txt = typed_expiry(m, y) if chat else spoken_expiry(m, y)
    g = c.group(typ, txt, "date")
    c.say(CU, lead(typ), V(txt, typ, g), rng.choice(["", ".", " I think", ""]))
    if not chat and rng.random() < 0.6:
        txt2 = spoken_dob(d, m, y) if typ == "DOB" else spoken_expiry(m, y)
        g2 = c.group(typ, txt2, "date")
        c.say(AG, rng.choice(["Thank you, ", "So ", "Lovely, "]), V(txt2, typ, g2), "?")
        c.say(CU, rng.choice(CONFIRM))


def block_cvv(c, chat, card):
    c.say(AG, ask("CVV"))
    cv = rdig(4 if card and len(card) == 15 else 3)
    g = c.group("CVV", cv)
    if chat:
        c.say(CU, rng.choice(["cvv ", "", "security code: "]), V(cv, "CVV", g))
    else:
        if rng.random() < 0.3:
            c.say(CU, "it's ", V(say_digits(cv[:2]), "CVV", g))
            c.say(AG, rng.choice(BACK))
            c.say(CU, V(say_digits(cv[2:]), "CVV", g))
        else:
            c.say(CU, lead("CVV"), V(say_digits(cv), "CVV", g))


def block_address(c, chat, country):
    c.say(AG, ask("ADDRESS"))
    a = new_address(country, not chat)
    pc = new_postcode("US" if country == "US" else "UK")
    town = rng.choice(TOWNS_US if country == "US" else TOWNS_UK)
    ga = c.group("ADDRESS", a, "addr")
    gp = c.group("POSTCODE", canon_of("POSTCODE", pc))
    pct = typed_postcode(pc) if chat else spoken_postcode(pc)
    if chat:
        c.say(CU, V(a, "ADDRESS", ga), ", %s, " % town, V(pct, "POSTCODE", gp))
    else:
        c.say(CU, lead("ADDRESS"), V(a, "ADDRESS", ga), rng.choice([" in ", ", ", ", um, "]), town.lower())
        c.say(AG, rng.choice(["And the zip?", "and the zip code?", "mhm, and zip"] if country == "US"
                             else ["And the postcode?", "and the post code?", "mhm, and postcode"]))
        c.say(CU, V(pct, "POSTCODE", gp))
        if rng.random() < 0.5:
            gp2 = c.group("POSTCODE", canon_of("POSTCODE", pc))
            c.say(AG, "So ", V(spoken_postcode(pc), "POSTCODE", gp2), "?")
            c.say(CU, rng.choice(CONFIRM))


def block_email(c, chat):
    c.say(AG, ask("EMAIL"))
    e = new_email()
    if chat:
        g = c.group("EMAIL", e)
        c.say(CU, rng.choice(["", "email: ", "it's "]), V(e if rng.random() < 0.8 else e.upper(), "EMAIL", g))
        return
    g = c.group("EMAIL", e)
    sp = say_email(e)
    if rng.random() < 0.5 and " at " in sp:
        a, b = sp.split(" at ", 1)
        c.say(CU, lead("EMAIL"), V(a, "EMAIL", g))
        c.say(AG, rng.choice(BACK))
        c.say(CU, V("at " + b, "EMAIL", g))
    else:
        c.say(CU, lead("EMAIL"), V(sp, "EMAIL", g))
    if rng.random() < 0.5:
        g2 = c.group("EMAIL", e)
        c.say(AG, "Let me spell that back, ", V(say_email(e), "EMAIL", g2), "?")
        c.say(CU, rng.choice(CONFIRM))


def value_for(typ, country):
    if typ == "CARD_NUMBER":
        return new_card()
    if typ == "SSN":
        return new_ssn()
    if typ == "NI_NUMBER":
        return new_ni()
    if typ == "BANK_ACCOUNT":
        return rdig(8) if country in ("UK", "IE") else rdig(rng.choice([10, 11, 12]))
    if typ == "SORT_CODE":
        return rdig(6)
    if typ == "IBAN":
        return new_iban({"UK": "GB", "IE": "IE"}.get(country))
    if typ == "PHONE":
        return new_phone(country)
    raise ValueError(typ)


def item(c, typ, chat, country, card=None):
    if typ in ("DOB", "EXPIRY"):
        block_date(c, typ, chat, country)
    elif typ == "CVV":
        block_cvv(c, chat, card)
    elif typ in ("ADDRESS", "POSTCODE"):
        block_address(c, chat, country)
    elif typ == "EMAIL":
        block_email(c, chat)
    else:
        v = value_for(typ, country)
        if chat:
            block_chat(c, typ, v, country)
        else:
            block_call(c, typ, v, heavy=rng.random() < 0.85)
        return v


def greet(c, ind, chat):
    name = INDUSTRY[ind][0]
    if chat:
        c.say(AG, rng.choice(["Hi, you're chatting with %s support. How can I help?" % name,
                              "Welcome to %s live chat, my name's Dev." % name]))
        c.say(CU, rng.choice(["hi i need to update my payment details", "Hello, I want to pay my bill",
                              "hi, trying to verify my account", "need a refund sorted pls",
                              "hey can u help me change my details"]))
    else:
        c.say(AG, rng.choice(["thank you for calling %s, you're speaking with sam, how can i help" % name.lower(),
                              "hello %s, this call may be recorded, how can i help today" % name.lower()]))
        c.say(CU, rng.choice(["hi yeah um i'm calling about my bill", "hiya, i need to make a payment",
                              "hello, i've had a letter and i need to sort it out",
                              "yeah hi, i've been cut off twice already so", "hi i'd like to update my details"]))


def positives():
    plan = (["CARD_NUMBER"] * 78 + ["SSN"] * 34 + ["NI_NUMBER"] * 34 +
            ["BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "ADDRESS"] * 9 +
            ["POSTCODE", "EXPIRY", "CVV"] * 3)
    rng.shuffle(plan)
    cases = []
    for main in plan:
        chat = rng.random() < 0.35
        if main == "SSN":
            ind = rng.choice(["retail", "healthcare", "banking", "government"])
            country = "US"
        elif main == "NI_NUMBER":
            ind = rng.choice(["government", "banking", "utilities", "insurance"])
            country = "UK"
        elif main == "SORT_CODE" or main == "BANK_ACCOUNT":
            ind = rng.choice(["banking", "utilities", "insurance"])
            country = rng.choice(["UK", "UK", "IE"])
        elif main == "IBAN":
            ind = rng.choice(["travel", "insurance", "banking"])
            country = rng.choice(["IE", "EU", "UK"])
        else:
            ind = rng.choice(list(INDUSTRY))
            country = INDUSTRY[ind][1]
        c = Case("positive", "")
        greet(c, ind, chat)
        extras = []
        if main == "CARD_NUMBER":
            extras = rng.sample(["EXPIRY", "CVV", "POSTCODE"], rng.randrange(0, 3))
        elif main == "SSN":
            extras = rng.sample(["DOB", "PHONE", "ADDRESS"], rng.randrange(0, 2))
        elif main == "NI_NUMBER":
            extras = rng.sample(["DOB", "ADDRESS", "EMAIL"], rng.randrange(0, 2))
        elif main == "SORT_CODE":
            extras = ["BANK_ACCOUNT"] if rng.random() < 0.7 else []
        elif main == "BANK_ACCOUNT":
            extras = ["SORT_CODE"] if country != "US" and rng.random() < 0.6 else []
        elif main in ("CVV", "EXPIRY"):
            extras = []
        else:
            extras = rng.sample(["PHONE", "EMAIL", "DOB"], rng.randrange(0, 2))
            extras = [e for e in extras if e != main]
        card = None
        if main in ("CVV", "EXPIRY"):
            card = item(c, "CARD_NUMBER", chat, country)
        r = item(c, main, chat, country)
        if main == "CARD_NUMBER":
            card = r
        for e in extras:
            item(c, e, chat, country, card)
        if rng.random() < 0.5:
            c.say(AG, rng.choice(["Thanks, that's all gone through.", "Brilliant, you're all verified.",
                                  "ok that's updated for you", "Anything else I can help with today?"]))
        chan = "chat" if chat else "call ASR"
        c.note = "%s %s (%s): %s%s" % (ind, chan, country, main, (" + " + ", ".join(extras)) if extras else "")
        cases.append(c)
    return cases


# ---------------------------------------------------------------- negatives
def say_num_plain(n):
    """Speak an integer as a quantity (not digit-by-digit)."""
    if n < 100:
        return two_digit_words(n)
    if n < 1000:
        h, t = divmod(n, 100)
        return UNITS[h] + " hundred" + ("" if t == 0 else " and " + two_digit_words(t))
    th, rest = divmod(n, 1000)
    s = say_num_plain(th) + " thousand"
    if rest:
        s += (" and " if rest < 100 else " ") + say_num_plain(rest)
    return s


def neg_templates():
    T = []

    def t(f):
        T.append(f)
        return f

    @t
    def order_spoken(c):
        n = rdig(rng.choice([10, 12, 16]))
        c.say(AG, "Have you got the order number there?")
        c.say(CU, "yeah the order number is " + say_digits(n[:len(n) // 2]))
        c.say(AG, rng.choice(BACK))
        c.say(CU, say_digits(n[len(n) // 2:]))
        c.say(AG, "Thanks, so order number %s, I can see it." % " ".join(n[i:i + 4] for i in range(0, len(n), 4)))
        return "order number read in chunks like a card"

    @t
    def reference_luhn(c):
        n = luhn_complete("4", 16)
        c.say(AG, "Could you give me the payment reference from the letter?")
        c.say(CU, "payment reference %s" % (" ".join(n[i:i + 4] for i in range(0, 16, 4))))
        c.say(AG, "Reference %s, perfect, that's the one from March." % n)
        return "16-digit payment reference (Luhn-valid) with label"

    @t
    def last_four(c):
        l4 = rdig(4)
        c.say(AG, "Which card would you like to use?")
        c.say(CU, rng.choice(["the one ending %s", "card ending in %s", "the visa ending %s please",
                              "the one that ends %s"]) % rng.choice([l4, say_digits(l4)]))
        c.say(AG, "Thanks, the card ending %s, expiring soon I see - did you want to keep it?" % l4)
        return "card last-four only"

    @t
    def amounts(c):
        a = rng.randrange(20, 3000)
        p = rng.randrange(0, 100)
        c.say(AG, "Your outstanding balance is £%d.%02d, and the minimum payment is £%d." % (a, p, a // 10))
        c.say(CU, "%s pounds %s? that can't be right, last month was %s" % (say_num_plain(a), two_digit_words(p) if p else "", say_num_plain(a - 57)))
        c.say(AG, "I can see an extra charge of £57 on the 14th.")
        return "balances, amounts, dates"

    @t
    def times_hours(c):
        c.say(CU, "what time are you open till")
        c.say(AG, "We're open 8am to 8pm Monday to Friday and nine till five on Saturdays, that's %d hours a week." % rng.choice([68, 70, 72]))
        c.say(CU, "and if i call at like seven forty five")
        c.say(AG, "That's fine, the lines close at 20:00 so you'd have 15 minutes.")
        return "opening hours and times"

    @t
    def meter(c):
        r = rdig(rng.choice([5, 6]))
        serial = rng.choice("EGLK") + rdig(2) + rng.choice("ABCDE") + rdig(5)
        c.say(AG, "Could you read me the meter, please, the black numbers only?")
        c.say(CU, "it says " + say_digits(r, fill=0.1))
        c.say(AG, rng.choice(BACK))
        c.say(CU, "and the serial on the meter is %s if you need it" % serial)
        c.say(AG, "Reading of %s logged against meter %s, thanks." % (r, serial))
        return "meter reading and meter serial"

    @t
    def flight(c):
        fn = rng.choice(["EI", "BA", "FR", "LH", "KL"]) + str(rng.randrange(100, 9999))
        c.say(CU, "my flight %s was cancelled, it was gate B%d, seat %d%s" % (fn, rng.randrange(1, 40), rng.randrange(1, 40), rng.choice("ACDF")))
        c.say(AG, "I'm sorry about that. I can rebook you on the %s at 14:35, arriving 17:10." % fn)
        c.say(CU, "and my hotel booking, room %d, is that covered" % rng.randrange(100, 999))
        c.say(AG, "Yes, up to €%d per night for %d nights." % (rng.randrange(90, 250), rng.randrange(1, 4)))
        return "flight, gate, seat, room numbers"

    @t
    def tracking(c):
        tr = "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))
        c.say(CU, "tracking number is %s and it still says in transit" % tr)
        c.say(AG, "Thanks, I can see parcel %s left the depot on the 3rd, estimated 2-3 working days." % tr)
        return "tracking number with label"

    @t
    def policy_ni_like(c):
        p = rng.choice(["POL", "KIN", "HHQ"]) + rdig(7) + rng.choice("ABCD")
        c.say(AG, "What's your policy number?")
        c.say(CU, "policy number " + say_alnum(p, fill=0.0))
        c.say(AG, "Policy %s, renewal on the 1st of June, premium €%d a month." % (p, rng.randrange(20, 90)))
        return "policy number spelled like an NI number"

    @t
    def claim_ssn_like(c):
        n = rdig(9)
        c.say(CU, "the claim number on the letter is %s-%s-%s" % (n[:3], n[3:5], n[5:]))
        c.say(AG, "Claim %s-%s-%s, yes, that was submitted on 11/04/2024 for $%d." % (n[:3], n[3:5], n[5:], rng.randrange(100, 5000)))
        return "claim number formatted like an SSN"

    @t
    def ages_temps(c):
        c.say(CU, "my mum is %s and the heating's been off for three days, it's %s degrees in the house" %
              (say_num_plain(rng.randrange(70, 96)), two_digit_words(rng.randrange(8, 14))))
        c.say(AG, "I'm really sorry. For customers over 75 we prioritise - an engineer can come within 24 hours.")
        c.say(CU, "it was twenty one degrees on the thermostat last week")
        return "ages, temperatures, durations"

    @t
    def percent_year(c):
        c.say(AG, "Your rate is going from %.1f%% to %.2f%% from January 2025." % (rng.uniform(2, 6), rng.uniform(4, 9)))
        c.say(CU, "i've been with you since nineteen ninety nine, surely that counts for something")
        c.say(AG, "I understand, you've been with us %d years. I can offer a 10%% discount for 12 months." % rng.randrange(20, 26))
        return "percentages and years"

    @t
    def invoice(c):
        inv = "INV-" + rdig(rng.choice([8, 10]))
        c.say(CU, "invoice %s says i owe $%d.%02d" % (inv, rng.randrange(40, 900), rng.randrange(100)))
        c.say(AG, "Invoice %s, I see it, due on the 30th. Ticket number %s has been raised." % (inv, rdig(7)))
        return "invoice and ticket numbers"

    @t
    def appointment(c):
        d = rng.randrange(1, 28)
        c.say(AG, "I can book the engineer for the %s of %s, between 8 and 12." % (ordinal_word(d), rng.choice(MONTHS)))
        c.say(CU, "the %s is no good, have you got anything on the twenty second" % ordinal_word(d))
        c.say(AG, "Yes, the 22nd at 1pm. Your booking reference is %s." % rdig(8))
        return "appointment dates and booking reference"

    @t
    def contract_dates(c):
        c.say(CU, "when does my contract end, i signed it on 03/02/2023")
        c.say(AG, "It's a 24 month contract so it ends 03/02/2025, and your last payment was on 15/10/2024.")
        c.say(CU, "and how much to leave early")
        c.say(AG, "The early termination fee is £%d.50." % rng.randrange(40, 400))
        return "contract and payment dates"

    @t
    def serial_model(c):
        sn = rdig(rng.choice([12, 15]))
        c.say(CU, "the serial number on the router is " + say_digits(sn[:6]))
        c.say(AG, "mhm")
        c.say(CU, say_digits(sn[6:]) + ", model %s" % rng.choice(["HH6A", "TG-3442", "XR500", "SH4-20"]))
        c.say(AG, "Thanks, serial %s. That model does have a known firmware issue." % sn)
        return "router serial spoken like a card number"

    @t
    def road_names(c):
        c.say(CU, "there's roadworks on the %s and the %s, the bus is %d minutes late" %
              (rng.choice(["A40", "M25", "N7", "I-95", "M50", "A1(M)"]), rng.choice(["B4009", "Route 66", "R132"]), rng.randrange(10, 60)))
        c.say(AG, "Sorry about that. The %d bus is diverted via the high street until Friday." % rng.randrange(1, 400))
        return "road names and bus route"

    @t
    def account_count(c):
        c.say(AG, "You have %d accounts with us and %d direct debits set up." % (rng.randrange(2, 5), rng.randrange(2, 12)))
        c.say(CU, "there should be four, one of them is the old one from two thousand and twelve")
        c.say(AG, "I can see the one opened in 2012, it was closed on the 4th of April.")
        return "counts and years"

    @t
    def ref_nato(c):
        r = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + rdig(6)
        c.say(AG, "Your case reference is " + say_alnum(r, fill=0.0))
        c.say(CU, "sorry can you repeat that")
        c.say(AG, "Case reference " + " ".join(r))
        c.say(CU, "got it, %s" % r.lower())
        return "case reference spelled with NATO letters"

    @t
    def duration_counts(c):
        c.say(CU, "i've been on hold for forty five minutes and this is my %s call" % rng.choice(["third", "fourth", "fifth"]))
        c.say(AG, "I do apologise. The average wait today is %d minutes because of the outage affecting %d,000 customers." % (rng.randrange(20, 50), rng.randrange(2, 90)))
        return "durations and counts"

    @t
    def price_list(c):
        c.say(AG, "The unlimited plan is %d.99 a month, the 30GB plan is %d.99, and the SIM-only is £%d." % (rng.randrange(20, 40), rng.randrange(10, 20), rng.randrange(5, 12)))
        c.say(CU, "so twenty four ninety nine for thirty six months")
        c.say(AG, "Yes, that comes to £899.64 over the term.")
        return "prices and contract terms"

    @t
    def membership_long(c):
        m = rdig(rng.choice([11, 13, 18]))
        c.say(CU, "loyalty card number %s" % m)
        c.say(AG, "Thanks, loyalty account %s has %d points, worth $%d." % (m, rng.randrange(100, 9999), rng.randrange(1, 90)))
        return "long loyalty/membership number with label"

    @t
    def patient_bill(c):
        acc = rdig(8)
        c.say(AG, "I have your statement, billing reference %s, for the visit on March 3rd." % acc)
        c.say(CU, "the bill says eleven hundred dollars but insurance covered eighty percent")
        c.say(AG, "Right, so you owe 20%%, which is $%d after the $%d copay." % (rng.randrange(150, 300), rng.randrange(10, 50)))
        return "healthcare billing reference, amounts, percentages"

    @t
    def gov_ref(c):
        ref = rdig(4) + " " + rdig(4) + " " + rdig(4)
        c.say(CU, "my application reference is %s and I applied on the 2nd of May" % ref)
        c.say(AG, "Thank you, reference %s, processing takes up to 8 weeks, so by 27 June." % ref)
        return "government application reference in 4-4-4 groups"

    @t
    def spoken_amount_digits(c):
        n = rng.randrange(1000, 9999)
        c.say(AG, "To clear the account today you'd need to pay " + say_num_plain(n) + " pounds")
        c.say(CU, "%s... so like %d quid, i can do half of that on the %s" % (say_num_plain(n), n, ordinal_word(rng.randrange(1, 28))))
        return "large amounts spoken as words"

    @t
    def error_code(c):
        c.say(CU, "the app keeps showing error %s and then code %s" % (rdig(4), rdig(6)))
        c.say(AG, "Error %s usually means the update failed. Are you on version %d.%d.%d?" % (rdig(4), rng.randrange(1, 9), rng.randrange(0, 20), rng.randrange(0, 50)))
        return "error codes and version numbers"

    return T


def negatives(n):
    T = neg_templates()
    cases = []
    for i in range(n):
        f = T[i % len(T)] if i < len(T) else rng.choice(T)
        c = Case("negative", "")
        ind = rng.choice(list(INDUSTRY))
        if rng.random() < 0.4:
            c.say(AG, "thanks for calling %s, how can i help" % INDUSTRY[ind][0].lower())
        c.note = "%s: %s" % (ind, f(c))
        cases.append(c)
    return cases


# ---------------------------------------------------------------- output & checks
def build():
    pos = positives()
    neg = negatives(110)
    lines, meta = [], []
    for prefix, group in (("pos", pos), ("neg", neg)):
        for i, c in enumerate(group, 1):
            turns, spans, gsp = c.render()
            rec = {"id": "h357-%s-%03d" % (prefix, i), "kind": c.kind, "turns": turns,
                   "spans": spans, "note": c.note}
            lines.append(json.dumps(rec, ensure_ascii=False))
            meta.append((rec, gsp, c.groups))
    return "\n".join(lines) + "\n", meta


def span_text(rec, s):
    return rec["turns"][s["turn"]]["text"][s["start"]:s["end"]]


def check_record(rec, gsp, groups, errs):
    rid = rec["id"]
    for t in rec["turns"]:
        if t["speaker"] not in ("customer", "agent"):
            errs.append("%s bad speaker" % rid)
    if rec["kind"] == "negative" and rec["spans"]:
        errs.append("%s negative with spans" % rid)
    if rec["kind"] == "positive" and not rec["spans"]:
        errs.append("%s positive without spans" % rid)
    by_turn = {}
    for s in rec["spans"]:
        txt = rec["turns"][s["turn"]]["text"]
        if not (0 <= s["start"] < s["end"] <= len(txt)):
            errs.append("%s offsets out of range" % rid)
            continue
        v = txt[s["start"]:s["end"]]
        if s["type"] not in TYPES:
            errs.append("%s bad type" % rid)
        if not (v[0].isalnum() or (v[0] == "+" and s["type"] == "PHONE")) or not v[-1].isalnum():
            errs.append("%s span edge not alnum: %r" % (rid, v))
        if s["start"] > 0 and txt[s["start"] - 1].isalnum():
            errs.append("%s span starts mid-word: %r" % (rid, v))
        if s["end"] < len(txt) and txt[s["end"]].isalnum():
            errs.append("%s span ends mid-word: %r" % (rid, v))
        by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
    for lst in by_turn.values():
        lst.sort()
        for a, b in zip(lst, lst[1:]):
            if b[0] < a[1]:
                errs.append("%s overlapping spans" % rid)
    # value validation per group
    texts = {}
    for s, g in zip(rec["spans"], gsp):
        texts.setdefault(g, []).append((s["type"], span_text(rec, s)))
    for g, items in texts.items():
        typ, canon, mode = groups[g]
        if any(t != typ for t, _ in items):
            errs.append("%s group type mismatch" % rid)
        try:
            if mode == "date":
                if len(items) != 1 or not date_ok(items[0][1], typ):
                    errs.append("%s bad %s %r" % (rid, typ, items[0][1]))
                continue
            if mode == "addr":
                if not address_ok(items[0][1]):
                    errs.append("%s bad ADDRESS %r" % (rid, items[0][1]))
                continue
            nm = NORM_MODE[typ]
            norm = "".join(normalise(x, nm) for _, x in items)
            if nm == "email":
                norm = norm.lower()
            if mode == "full":
                if norm != canon or not canon_ok(typ, canon):
                    errs.append("%s %s value mismatch/invalid: %r -> %r vs %r" % (rid, typ, [x for _, x in items], norm, canon))
            elif mode == "alt":
                if norm != canon:
                    errs.append("%s %s alt mismatch %r vs %r" % (rid, typ, norm, canon))
            elif mode == "prefix":
                if not (canon.startswith(norm) and norm != canon):
                    errs.append("%s %s restart prefix mismatch %r vs %r" % (rid, typ, norm, canon))
            elif mode == "sub":
                if norm != canon:
                    errs.append("%s %s fragment mismatch %r vs %r" % (rid, typ, norm, canon))
        except NormError as e:
            errs.append("%s %s" % (rid, e))
    # partial groups must belong to a full reading of the same type in the case
    for g, (typ, canon, mode) in groups.items():
        if mode in ("sub", "prefix", "alt"):
            if not any(m == "full" and t == typ for t, _, m in groups.values()):
                errs.append("%s fragment without full value" % rid)


def main():
    data, meta = build()
    if "--check" not in sys.argv:
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="\n") as f:
            f.write(data)
        print("wrote %s (%d cases)" % (OUT, len(meta)))
        return 0
    errs = []
    with open(OUT, encoding="utf-8", newline="") as f:
        disk = f.read()
    if disk != data:
        errs.append("cases.jsonl is not byte-identical to a fresh generation")
    ids = [m[0]["id"] for m in meta]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for line in disk.splitlines():
        json.loads(line)
    for rec, gsp, groups in meta:
        check_record(rec, gsp, groups, errs)
    counts = {t: 0 for t in TYPES}
    for rec, _, _ in meta:
        for s in rec["spans"]:
            counts[s["type"]] += 1
    npos = sum(1 for m in meta if m[0]["kind"] == "positive")
    nneg = len(meta) - npos
    need = {t: 10 for t in TYPES}
    need.update(CARD_NUMBER=70, SSN=30, NI_NUMBER=30)
    if npos < 200 or nneg < 100:
        errs.append("too few cases")
    for t in TYPES:
        if counts[t] < need[t]:
            errs.append("too few %s spans: %d" % (t, counts[t]))
    print("positive cases: %d, negative cases: %d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    if errs:
        for e in errs[:60]:
            print("ERROR", e)
        print("%d errors" % len(errs))
        return 1
    print("check OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the pii_holdout395 held-out PII redaction evaluation set.

Writes tests/fixtures/pii_holdout395/cases.jsonl.  Every turn is assembled
from plain-text segments and labelled value segments, so offsets are computed.

    python scripts/make_pii_holdout395.py           # write the file
    python scripts/make_pii_holdout395.py --check   # regenerate and validate

Standard library only.  One generator: random.Random(395241125).
"""
import argparse
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout395", "cases.jsonl")
SEED = 395241125

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
         "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19"}
TENS = {"twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6",
        "seventy": "7", "eighty": "8", "ninety": "9"}
TENS_W = {v: k for k, v in TENS.items()}
TEENS_W = {v: k for k, v in TEENS.items()}
NATO = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
        "juliet", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo",
        "sierra", "tango", "uniform", "victor", "whiskey", "x-ray", "yankee", "zulu"]
NATO_MAP = {w: w[0] for w in NATO}
NATO_MAP.update({"xray": "x", "whisky": "w", "juliett": "j", "alfa": "a"})
ALT_SPELL = {"b": ["bravo", "bob", "bertie"], "s": ["sierra", "sugar", "sam"],
             "m": ["mike", "mother"], "n": ["november", "nancy"], "p": ["papa", "peter"],
             "c": ["charlie", "charlie"], "t": ["tango", "tommy"], "d": ["delta", "david"]}
FILLERS = {"um", "uh", "er", "erm", "hmm"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
       "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
       "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
       "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
ORD_W = {v: k for k, v in ORD.items()}

# ----------------------------------------------------------------------------
# value generators
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


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def non_luhn(rng, n, first=None):
    s = (first or str(rng.randint(1, 9))) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1 - len(first or "x") + 1))
    s = s[:n]
    if luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def gen_card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro", "mc2"])
    if kind == "visa":
        pre, n = "4" + str(rng.randint(0, 9)), 16
    elif kind == "mc":
        pre, n = "5" + str(rng.randint(1, 5)), 16
    elif kind == "mc2":
        pre, n = "22" + str(rng.randint(21, 71)), 16
    elif kind == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    elif kind == "visa13":
        pre, n = "4", 13
    else:
        pre, n = rng.choice(["6759", "6763", "5018"]), 19
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(n - 1 - len(pre)))
    return luhn_complete(body)


def card_groups(num, rng, odd=False):
    n = len(num)
    if n == 15:
        sizes = [4, 6, 5]
    elif n == 13:
        sizes = [4, 3, 3, 3]
    elif n == 19:
        sizes = [4, 4, 4, 4, 3]
    else:
        sizes = [4, 4, 4, 4]
    if odd:
        sizes = rng.choice({16: [[3, 5, 4, 4], [8, 8], [4, 4, 8], [2, 2, 4, 4, 4], [6, 6, 4]],
                            15: [[5, 5, 5], [3, 4, 4, 4]], 13: [[4, 4, 5], [6, 7]],
                            19: [[4, 4, 4, 7], [6, 6, 7]]}[n])
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    return out


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    try:
        return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
    except ValueError:
        return False


def digits(rng, n, first_nonzero=False):
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def gen_iban(rng):
    c = rng.choice(["GB", "GB", "IE", "DE", "FR", "ES", "NL", "IT"])
    if c == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14)
    elif c == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + digits(rng, 14)
    elif c == "DE":
        bban = digits(rng, 18)
    elif c == "FR":
        bban = digits(rng, 23)
    elif c == "ES":
        bban = digits(rng, 20)
    elif c == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + digits(rng, 10)
    else:
        bban = rng.choice("ABCDEFGHIJ") + digits(rng, 10) + digits(rng, 12)
    return c + iban_check(c, bban) + bban


UK_AREAS = ["SW", "SE", "N", "NW", "E", "W", "EC", "M", "B", "LS", "L", "G", "EH", "CF", "BS",
            "CR", "DN", "BT", "OX", "CB", "NG", "S", "YO", "PL", "TR", "KT", "RG", "GU", "BN", "HU"]
PC_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc(rng):
    a = rng.choice(UK_AREAS)
    d = str(rng.randint(1, 29))
    if rng.random() < 0.1 and len(a) <= 2:
        d = str(rng.randint(1, 9)) + rng.choice("ABEHMNPRVWXY")
    return a + d + " " + str(rng.randint(0, 9)) + rng.choice(PC_INWARD) + rng.choice(PC_INWARD)


def gen_zip(rng):
    z = "%05d" % rng.randint(1001, 99950)
    if rng.random() < 0.25:
        z += "-%04d" % rng.randint(1, 9999)
    return z


STREETS = ["Harbour", "Elm", "Station", "Victoria", "Mill", "Church", "Kingsway", "Oakfield",
           "Larkspur", "Beech", "Primrose", "Sycamore", "Waterloo", "Marine", "Albion", "Fairview",
           "Maple", "Cedar", "Willow", "Highfield", "Granby", "St Anne's", "Meadowbank", "Jubilee"]
SUFFIX = ["Road", "Street", "Avenue", "Lane", "Close", "Drive", "Crescent", "Grove", "Terrace",
          "Way", "Court", "Gardens", "Place", "Boulevard"]
US_SUFFIX = ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Street", "Avenue", "Drive", "Court"]
TOWNS_UK = ["Leeds", "Bristol", "Croydon", "Manchester", "Cardiff", "Belfast", "Norwich", "York"]
TOWNS_US = [("Dayton", "Ohio"), ("Tulsa", "Oklahoma"), ("Fresno", "California"), ("Albany", "New York"),
            ("Mesa", "Arizona"), ("Raleigh", "North Carolina"), ("Boise", "Idaho")]
TOWNS_IE = ["Galway", "Cork", "Limerick", "Drogheda", "Sligo"]

FIRST = ["james", "sarah", "mohammed", "aoife", "li", "priya", "tom", "grace", "sean", "olu",
         "marta", "kevin", "niamh", "dev", "hannah", "jo", "rachel", "connor", "fatima", "pete"]
LAST = ["doe", "okafor", "brennan", "patel", "nowak", "smith", "murphy", "wong", "garcia",
        "kowalski", "hughes", "o'neill", "mcdonald", "ahmed", "fischer", "reilly", "lopez"]
DOMAINS = [("gmail", "com"), ("yahoo", "co.uk"), ("hotmail", "com"), ("outlook", "ie"),
           ("btinternet", "com"), ("icloud", "com"), ("protonmail", "com"), ("eircom", "net"),
           ("aol", "com"), ("web", "de")]

# ----------------------------------------------------------------------------
# spoken renderers
# ----------------------------------------------------------------------------

def zero_w(rng, allow_o=True):
    return rng.choice(["oh", "oh", "zero", "nought"] + (["o"] if allow_o else []))


def dw(d, rng, allow_o=True):
    return zero_w(rng, allow_o) if d == "0" else UNITS[int(d)]


def say_single(s, rng, repeat=True, allow_o=True):
    words, i = [], 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        if repeat and run >= 3 and rng.random() < 0.7:
            words += ["triple", dw(d, rng, allow_o)]
            i += 3
        elif repeat and run >= 2 and rng.random() < 0.7:
            words += ["double", dw(d, rng, allow_o)]
            i += 2
        else:
            words.append(dw(d, rng, allow_o))
            i += 1
    return " ".join(words)


def say_pair(p, rng):
    if p[0] == "0":
        return dw("0", rng, False) + " " + dw(p[1], rng, False)
    if p[0] == "1":
        return TEENS_W[p]
    if p[1] == "0":
        return TENS_W[p[0]]
    return TENS_W[p[0]] + " " + UNITS[int(p[1])]


def say_pairs(s, rng):
    parts = []
    i = 0
    if len(s) % 2:
        parts.append(dw(s[0], rng, False))
        i = 1
    while i < len(s):
        parts.append(say_pair(s[i:i + 2], rng))
        i += 2
    return " ".join(parts)


def say_hundred(s, rng):
    """3-digit group like 'four hundred and twelve'."""
    assert len(s) == 3 and s[0] != "0"
    h = UNITS[int(s[0])] + " hundred"
    rest = s[1:]
    if rest == "00":
        return h
    conj = rng.choice([" and ", " "])
    if rest[0] == "0":
        return h + conj + UNITS[int(rest[1])]
    return h + conj + say_pair(rest, rng)


def say_group(g, rng, style=None):
    style = style or rng.choice(["single", "single", "single", "pairs", "mixed"])
    if style == "pairs" and len(g) % 2 == 0:
        return say_pairs(g, rng)
    if style == "mixed" and len(g) == 4 and g[0] != "0" and g[2] != "0":
        return say_pair(g[:2], rng) + " " + say_pair(g[2:], rng)
    if style == "hundred" and len(g) == 3 and g[0] != "0":
        return say_hundred(g, rng)
    return say_single(g, rng)


def with_filler(text, rng, p=0.3):
    words = text.split(" ")
    if len(words) > 2 and rng.random() < p:
        ok = [k for k in range(1, len(words)) if words[k - 1] not in TENS and words[k - 1] not in ("double", "triple", "hundred", "and", "for", "as", "in")
              and words[k] not in ("hundred", "and", "for", "as")]
        if not ok:
            return text
        k = rng.choice(ok)
        words.insert(k, rng.choice(["um", "uh", "er", "erm"]))
    return " ".join(words)


def say_letter(c, rng, mode=None):
    c = c.lower()
    mode = mode or rng.choice(["plain", "plain", "for", "asin", "nato"])
    if mode == "plain":
        return c
    w = rng.choice(ALT_SPELL.get(c, [NATO[ord(c) - 97]]))
    if mode == "for":
        return c + " for " + w
    if mode == "asin":
        return c + " as in " + w
    return NATO[ord(c) - 97]


def say_alnum(s, rng, letter_mode=None):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == " ":
            i += 1
            continue
        if c.isdigit():
            out.append(dw(c, rng, allow_o=False))
        else:
            if i + 1 < len(s) and s[i + 1] == c and rng.random() < 0.6:
                out.append("double " + c.lower())
                i += 2
                continue
            out.append(say_letter(c, rng, letter_mode))
        i += 1
    return " ".join(out)


def say_year(y, rng):
    s = str(y)
    if s[:2] == "20" and s[2] == "0":
        return rng.choice(["two thousand and " + UNITS[int(s[3])], "two thousand " + UNITS[int(s[3])]])
    return say_pair(s[:2], rng) + " " + say_pair(s[2:], rng)


def say_num(n):
    """plain cardinal words for 0..999 (used for house numbers and distractors)."""
    if n < 10:
        return UNITS[n]
    s = str(n)
    if n < 100:
        return say_pair(s, random.Random(0))
    h = UNITS[n // 100] + " hundred"
    r = n % 100
    if r == 0:
        return h
    return h + " and " + (UNITS[r] if r < 10 else say_pair("%02d" % r, random.Random(0)))


# ----------------------------------------------------------------------------
# normalisers (used by --check)
# ----------------------------------------------------------------------------

def tokens(text):
    return re.findall(r"[a-z]+(?:-[a-z]+)?|[0-9]+|[+@._/,-]", text.lower().replace("'", ""))


def norm_spoken(text, letters=False):
    """Turn a spoken or typed reading into a compact alnum string."""
    t = [x for x in tokens(text) if x not in FILLERS]
    out = []
    i = 0
    digit_w = {w: str(k) for k, w in enumerate(UNITS)}
    digit_w.update({"oh": "0", "nought": "0", "zero": "0"})
    if not letters:
        digit_w["o"] = "0"

    def one(tok):
        if tok in digit_w:
            return digit_w[tok]
        if tok.isdigit():
            return tok
        if letters and tok in NATO_MAP:
            return NATO_MAP[tok]
        if letters and len(tok) == 1 and tok.isalpha():
            return tok
        return None

    while i < len(t):
        tok = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else None
        if tok in FILLERS or tok in ("and", "-", "/", ".", ",", "plus", "+", "sorry", "dash", "space"):
            if tok in ("plus", "+"):
                out.append("+")
            i += 1
            continue
        if tok in ("double", "triple"):
            v = one(nxt)
            out.append(v * (2 if tok == "double" else 3))
            i += 2
            continue
        if tok in digit_w and nxt == "hundred":
            h = digit_w[tok]
            j = i + 2
            if j < len(t) and t[j] == "and":
                j += 1
            a = t[j] if j < len(t) else None
            b = t[j + 1] if j + 1 < len(t) else None
            if a in TENS:
                if b in UNITS[1:]:
                    out.append(h + TENS[a] + digit_w[b]); i = j + 2
                else:
                    out.append(h + TENS[a] + "0"); i = j + 1
            elif a in TEENS:
                out.append(h + TEENS[a]); i = j + 1
            elif a in UNITS[1:]:
                out.append(h + "0" + digit_w[a]); i = j + 1
            else:
                out.append(h + "00"); i = i + 2
            continue
        if tok in TENS:
            if nxt in UNITS[1:]:
                out.append(TENS[tok] + digit_w[nxt]); i += 2
            else:
                out.append(TENS[tok] + "0"); i += 1
            continue
        if tok in TEENS:
            out.append(TEENS[tok]); i += 1
            continue
        if letters and len(tok) == 1 and tok.isalpha():
            if nxt == "for" and i + 2 < len(t):
                out.append(tok); i += 3
                continue
            if nxt == "as" and i + 3 < len(t) and t[i + 2] == "in":
                out.append(tok); i += 4
                continue
        v = one(tok)
        if v is None:
            if letters and tok.isalnum():
                out.append(tok)  # typed chunk like 'qq12'
                i += 1
                continue
            raise ValueError("cannot normalise token %r in %r" % (tok, text))
        out.append(v)
        i += 1
    return "".join(out).upper() if letters else "".join(out)


def norm_email(text):
    t = text.lower()
    if " " not in t.strip():
        return t
    words = t.split()
    out = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        if w in FILLERS:
            i += 1
            continue
        if w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in ("double", "triple") and nxt is not None:
            out.append(norm_email(nxt) * (2 if w == "double" else 3)); i += 2
            continue
        elif len(w) == 1 and nxt == "for":
            out.append(w); i += 3
            continue
        elif w in UNITS:
            out.append(str(UNITS.index(w)))
        elif w in ("oh", "nought"):
            out.append("0")
        elif w in TENS:
            if nxt in UNITS[1:]:
                out.append(TENS[w] + str(UNITS.index(nxt))); i += 2
                continue
            out.append(TENS[w] + "0")
        elif w in TEENS:
            out.append(TEENS[w])
        else:
            out.append(w)
        i += 1
    return "".join(out)


def date_numbers(text):
    """All numbers mentioned in a date expression, month names as numbers."""
    t = tokens(text)
    nums = []
    i = 0
    while i < len(t):
        tok = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else None
        if tok in MONTHS or tok in MON3 or tok == "sept":
            nums.append(MON3.index(tok[:3]) + 1)
        elif tok in ORD:
            nums.append(ORD[tok])
        elif tok in TENS and nxt in ORD:
            nums.append(int(TENS[tok]) * 10 + ORD[nxt]); i += 1
        elif tok == "two" and nxt == "thousand":
            j = i + 2
            if j < len(t) and t[j] == "and":
                j += 1
            nums.append(2000 + UNITS.index(t[j])); i = j
        elif tok.isdigit() or tok in UNITS or tok in TENS or tok in TEENS or tok in ("oh", "o", "nought", "double"):
            j = i
            while j < len(t) and (t[j] in UNITS or t[j] in TENS or t[j] in TEENS or t[j] in ("oh", "o", "nought", "double")
                                  or t[j].isdigit() and j == i):
                j += 1
            if j == i:
                j = i + 1
            chunk = " ".join(t[i:j])
            s = norm_spoken(chunk)
            nums.append(s)
            i = j
            continue
        i += 1
    return nums


def check_date(text, canon, kind):
    nums = date_numbers(text)
    flat = "".join(str(x) for x in nums)
    d, m, y = canon
    yy = "%02d" % (y % 100)
    ints = set()
    for x in nums:
        try:
            ints.add(int(x))
        except ValueError:
            pass
    if kind == "EXPIRY":
        if m in ints and (y in ints or y % 100 in ints):
            return True
        return flat in ("%02d%s" % (m, yy), "%d%s" % (m, yy), "%02d%d" % (m, y), "%d%d" % (m, y))
    if d in ints and m in ints and (y in ints or y % 100 in ints):
        return True
    # digit-string readings / year as two pairs
    cands = ["%02d%02d%d" % (d, m, y), "%02d%02d%s" % (d, m, yy), "%02d%02d%d" % (m, d, y),
             "%02d%02d%s" % (m, d, yy), "%d%d%d" % (d, m, y), "%d%d%d" % (m, d, y)]
    if flat in cands:
        return True
    # month by name, day and year spoken as pairs ("fourteenth of march nineteen eighty four")
    if m in ints and d in ints and ("%d" % y)[:2] + yy in flat:
        return True
    return False


def validate(typ, canon, text):
    """Validate the canonical value and that the joined span text normalises to it."""
    if typ == "CARD_NUMBER":
        assert canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon), canon
        return norm_spoken(text) == canon
    if typ == "CVV":
        assert canon.isdigit() and len(canon) in (3, 4)
        return norm_spoken(text) == canon
    if typ == "SSN":
        assert canon.isdigit() and len(canon) == 9 and canon[:3] not in ("000", "666") and canon[0] != "9"
        return norm_spoken(text) == canon
    if typ == "NI_NUMBER":
        assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]", canon), canon
        return norm_spoken(text, letters=True) == canon
    if typ == "BANK_ACCOUNT":
        assert canon.isdigit() and 6 <= len(canon) <= 17
        return norm_spoken(text) == canon
    if typ == "SORT_CODE":
        assert canon.isdigit() and len(canon) == 6
        return norm_spoken(text) == canon
    if typ == "IBAN":
        assert iban_ok(canon), canon
        return norm_spoken(text, letters=True) == canon
    if typ == "PHONE":
        assert re.fullmatch(r"\+?[0-9]{10,13}", canon), canon
        return norm_spoken(text) == canon
    if typ == "EMAIL":
        assert re.fullmatch(r"[a-z0-9._'-]+@[a-z0-9-]+(\.[a-z]+)+", canon), canon
        return norm_email(text) == canon
    if typ == "POSTCODE":
        assert (re.fullmatch(r"[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}", canon)
                or re.fullmatch(r"[0-9]{5}(-[0-9]{4})?", canon)), canon
        return norm_spoken(text, letters=True) == canon.replace(" ", "").replace("-", "")
    if typ == "ADDRESS":
        num, street = canon
        assert street.split()[-1] in SUFFIX + US_SUFFIX, street
        low = text.lower()
        return street.lower() in low and (str(num) in low or say_num(num) in low
                                           or norm_spoken(" ".join(low.split()[:len(low.split()) - len(street.split())]).replace("flat", "").replace("apartment", "").replace("apt", "").replace("unit", "").replace(",", " ")).endswith(str(num)))
    if typ in ("DOB", "EXPIRY"):
        d, m, y = canon
        assert 1 <= m <= 12 and 1 <= d <= 28
        if typ == "DOB":
            assert 1930 <= y <= 2007
        else:
            assert 2024 <= y <= 2033
        return check_date(text, canon, typ)
    raise AssertionError(typ)


# ----------------------------------------------------------------------------
# case builder
# ----------------------------------------------------------------------------

class V:
    def __init__(self, text, typ, gid):
        self.text, self.typ, self.gid = text, typ, gid


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []
        self.spans = []
        self.groups = {}  # gid -> [typ, canon, [texts], partial]
        self._n = 0

    def new(self, typ, canon, partial=False):
        self._n += 1
        gid = "g%d" % self._n
        self.groups[gid] = [typ, canon, [], partial]
        return gid

    def v(self, typ, canon, text, partial=False):
        gid = self.new(typ, canon, partial)
        return V(text, typ, gid)

    def part(self, gid, text):
        return V(text, self.groups[gid][0], gid)

    def say(self, speaker, *parts):
        text = ""
        idx = len(self.turns)
        for p in parts:
            if isinstance(p, V):
                s = len(text)
                text += p.text
                self.spans.append({"turn": idx, "start": s, "end": len(text), "type": p.typ})
                self.groups[p.gid][2].append(p.text)
            else:
                text += p
        self.turns.append({"speaker": speaker, "text": text})

    def c(self, *parts):
        self.say("customer", *parts)

    def a(self, *parts):
        self.say("agent", *parts)

    def record(self, cid):
        return {"id": cid, "kind": self.kind, "turns": self.turns, "spans": self.spans, "note": self.note}


# ----------------------------------------------------------------------------
# shared pieces
# ----------------------------------------------------------------------------

INDUSTRY = {
    "banking": ["Northgate Bank", "Harbour Building Society", "Keystone Credit Union"],
    "telecom": ["Vantel Mobile", "Skyreach Broadband", "Eirlink"],
    "utilities": ["Brightwater Energy", "Severnside Water", "Cobalt Gas & Power"],
    "retail": ["Halden & Co", "ShopFast", "Maison Verte"],
    "insurance": ["Bluefield Insurance", "Anchor Mutual", "Tellus Assurance"],
    "travel": ["Aerlane", "Skyward Holidays", "EuroRail Direct"],
    "healthcare billing": ["Mercy Health Billing", "ClearPath Medical", "St Brigid's Clinic accounts"],
    "government": ["the Council Tax office", "the licensing helpline", "the benefits service"],
}


def pick_org(rng, industry=None):
    ind = industry or rng.choice(sorted(INDUSTRY))
    return ind, rng.choice(INDUSTRY[ind])


def bc(rng):
    return rng.choice(["mhm", "go on", "yep", "okay", "uh huh", "right", "yes", "got that", "mm", "and then?"])


def open_line(rng, org):
    return rng.choice(["thanks for calling %s, you're through to %s, how can I help?",
                       "hello, %s, %s speaking",
                       "good morning, %s, my name's %s, what can I do for you today?",
                       "hi there, you've reached %s, this is %s"]) % (org, rng.choice(["dave", "amira", "keith", "joanne", "liam", "siobhan", "marcus", "beth"]))


def money(rng, spoken=False, cur=None):
    cur = cur or rng.choice(["£", "$", "€"])
    amt = rng.randint(3, 4999)
    p = rng.randint(0, 99)
    if not spoken:
        return "%s%s.%02d" % (cur, "{:,}".format(amt), p)
    unit = {"£": "pounds", "$": "dollars", "€": "euro"}[cur]
    cents = {"£": "p", "$": "cents", "€": "cent"}[cur]
    if amt >= 1000:
        th = amt // 1000
        r = amt % 1000
        w = say_num(th) + " thousand" + ((" " + say_num(r)) if r >= 100 else (" and " + say_num(r) if r else ""))
    else:
        w = say_num(amt)
    return w + " " + unit + (" and " + say_num(p) + " " + cents if p else "")


# ---- distractors (non-PII) -------------------------------------------------

def d_order_cardlike(rng, spoken):
    n = non_luhn(rng, 16, first=rng.choice(["4", "5", "3", "6"]))
    gs = [n[i:i + 4] for i in range(0, 16, 4)]
    label = rng.choice(["order number", "reference number", "tracking number", "account reference on the bill",
                        "booking reference", "claim number", "serial number", "case number"])
    if spoken:
        return label, ", ".join(say_group(g, rng) for g in gs)
    return label, rng.choice([" ", "-", ""]).join(gs)


def d_ssnlike(rng, spoken):
    n = "%03d%02d%04d" % (rng.randint(100, 899), rng.randint(10, 99), rng.randint(1000, 9999))
    label = rng.choice(["claim number", "member ID", "case reference", "ticket number", "policy number",
                        "group number", "provider number", "invoice number"])
    if spoken:
        return label, " ".join(say_single(x, rng) for x in (n[:3], n[3:5], n[5:]))
    return label, "%s-%s-%s" % (n[:3], n[3:5], n[5:])


def d_nilike(rng, spoken):
    p = rng.choice(["PX", "MK", "RT", "HB", "CL", "QV", "ZT"])
    body = "".join(str(rng.randint(0, 9)) for _ in range(6))
    suf = rng.choice("EFGHJKLMNPRTWXYZ")
    label = rng.choice(["policy number", "membership number", "parking permit number", "student number",
                        "reference", "vehicle permit ref", "staff number"])
    s = "%s %s %s %s %s" % (p, body[:2], body[2:4], body[4:], suf)
    if spoken:
        return label, say_alnum(s, rng, "plain")
    return label, rng.choice([s, s.replace(" ", ""), s.lower()])


def d_misc(rng):
    """One harmless sentence with numbers."""
    opts = [
        lambda: "the balance is %s" % money(rng, rng.random() < 0.5),
        lambda: "that payment of %s went out on the %s of %s" % (money(rng), ORD_W[rng.randint(1, 20)], rng.choice(MONTHS)),
        lambda: "we're open eight till eight weekdays, nine to five on saturdays",
        lambda: "it'll take about %s working days" % say_num(rng.randint(3, 10)),
        lambda: "your engineer is booked for the %s of %s between %s and %s" % (ORD_W[rng.randint(1, 20)], rng.choice(MONTHS), rng.choice(["eight", "ten", "twelve"]), rng.choice(["one", "two", "four"])),
        lambda: "you're on the %s tariff, that's %s percent off" % (rng.choice(["fixed 24", "flex 12", "value 36"]), say_num(rng.randint(5, 30))),
        lambda: "the meter reads %s" % " ".join(say_single(digits(rng, 5), rng, repeat=False).split()),
        lambda: "invoice INV-%d-%06d was raised in %d" % (rng.randint(2019, 2025), rng.randint(1, 999999), rng.randint(2019, 2025)),
        lambda: "your flight's %s %s, gate %s, seat %d%s" % (rng.choice(["EI", "BA", "FR", "LH"]), say_num(rng.randint(100, 999)), rng.choice(["b twelve", "forty two", "7"]), rng.randint(1, 40), rng.choice("ABCDEF")),
        lambda: "the contract runs to %s %d" % (rng.choice(MONTHS), rng.randint(2025, 2029)),
        lambda: "I've been with you %s years" % say_num(rng.randint(2, 30)),
        lambda: "the model number is %s-%d" % (rng.choice(["WM", "KX", "HD"]), rng.randint(1000, 99999)),
    ]
    return rng.choice(opts)()


# ----------------------------------------------------------------------------
# value renderers (return text for a whole value, or list of chunk texts)
# ----------------------------------------------------------------------------

def card_typed(num, rng):
    gs = card_groups(num, rng, odd=rng.random() < 0.3)
    sep = rng.choice([" ", " ", "-", "", ".", "  "])
    return sep.join(gs)


def card_spoken_chunks(num, rng):
    gs = card_groups(num, rng)
    style = rng.choice(["single", "single", "pairs", "mixed", None])
    return [with_filler(say_group(g, rng, style), rng, 0.25) for g in gs]


def ssn_typed(s, rng):
    return rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])


def ssn_spoken(s, rng):
    st = rng.choice(["single", "single", "hundred", "pairs"])
    a = say_group(s[:3], rng, "hundred" if st == "hundred" else "single")
    b = say_group(s[3:5], rng, "pairs" if st in ("pairs", "hundred") else "single")
    c = say_group(s[5:], rng, "pairs" if st == "pairs" else "single")
    return [a, b, c]


def ni_typed(s, rng):
    f = rng.choice(["{0}{1} {2} {3} {4} {5}", "{0}{1}{2}{3}{4}{5}", "{0}{1} {2}{3}{4} {5}", "{0}{1}-{2}-{3}-{4}-{5}"])
    t = f.format(s[0], s[1], s[2:4], s[4:6], s[6:8], s[8])
    return t.lower() if rng.random() < 0.25 else t


def ni_spoken(s, rng):
    mode = rng.choice(["plain", "for", "nato", "mix"])
    lm = None if mode == "mix" else mode
    pre = say_letter(s[0], rng, lm) + " " + say_letter(s[1], rng, lm)
    if s[0] == s[1] and rng.random() < 0.6:
        pre = "double " + s[0].lower()
    mid = say_group(s[2:8], rng, rng.choice(["single", "pairs"]))
    if rng.random() < 0.5:
        mid = say_pairs(s[2:8], rng)
    suf = say_letter(s[8], rng, lm)
    return pre, mid, suf


def phone_variants(rng):
    kind = rng.choice(["uk_mob", "uk_land", "uk_intl", "us", "us_intl", "ie", "ie_intl", "de_intl", "fr_intl"])
    if kind == "uk_mob":
        c = "07" + digits(rng, 9); t = c[:5] + " " + c[5:]
    elif kind == "uk_land":
        c = "0" + rng.choice(["113", "117", "161", "20", "121", "28"]) + digits(rng, 7)
        c = c[:11]; t = c[:4] + " " + c[4:7] + " " + c[7:]
    elif kind == "uk_intl":
        c = "+447" + digits(rng, 9); t = "+44 " + c[3:7] + " " + c[7:]
    elif kind == "us":
        c = str(rng.randint(201, 989)) + str(rng.randint(200, 999)) + digits(rng, 4)
        t = rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (c[:3], c[3:6], c[6:])
    elif kind == "us_intl":
        c = "+1" + str(rng.randint(201, 989)) + str(rng.randint(200, 999)) + digits(rng, 4)
        t = "+1 %s %s %s" % (c[2:5], c[5:8], c[8:])
    elif kind == "ie":
        c = "08" + rng.choice("35679") + digits(rng, 7); t = c[:3] + " " + c[3:6] + " " + c[6:]
    elif kind == "ie_intl":
        c = "+3538" + rng.choice("35679") + digits(rng, 7); t = "+353 " + c[4:6] + " " + c[6:9] + " " + c[9:]
    elif kind == "de_intl":
        c = "+491" + digits(rng, 10); t = "+49 " + c[3:6] + " " + c[6:]
    else:
        c = "+33" + rng.choice("67") + digits(rng, 8); t = "+33 " + " ".join([c[3]] + [c[i:i + 2] for i in range(4, 12, 2)])
    return c, t


def phone_spoken(c, t, rng):
    """Speak a phone number group by group, following its written grouping."""
    out = []
    groups = re.findall(r"[0-9]+", t)
    if t.startswith("+"):
        out.append("plus " + say_single(groups[0], rng, repeat=False, allow_o=False))
        groups = groups[1:]
    style = rng.choice(["single", "single", "single", "pairs"])
    for g in groups:
        if style == "pairs" and len(g) % 2 == 0 and g[-1] != "0":
            out.append(say_pairs(g, rng))
        elif len(g) == 3 and g[0] != "0" and rng.random() < 0.15:
            out.append(say_hundred(g, rng) if g[1:] != "00" else say_single(g, rng))
        else:
            out.append(say_single(g, rng))
    for k in range(len(out) - 1):
        if out[k].split()[-1] in TENS or out[k].split()[-1] == "hundred":
            out[k] += ","
    return out


def email_value(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST).replace("'", "")
    dom, tld = rng.choice(DOMAINS)
    form = rng.choice(["{f}.{l}", "{fi}{l}", "{f}_{l}{n}", "{f}{l}{n}", "{l}.{f}", "{fi}.{l}{n}"])
    local = form.format(f=f, l=l, fi=f[0], n=rng.randint(1, 99))
    return local + "@" + dom + "." + tld, local, dom, tld


def email_spoken(local, dom, tld, rng):
    parts = []
    for chunk in re.split(r"([._])", local):
        if chunk == ".":
            parts.append("dot")
        elif chunk == "_":
            parts.append("underscore")
        elif chunk.isdigit():
            parts.append(say_pairs(chunk, rng) if len(chunk) == 2 and chunk[0] != "0" else say_single(chunk, rng, repeat=False))
        elif len(chunk) == 1:
            parts.append(say_letter(chunk, rng, rng.choice(["plain", "for"])))
        else:
            m = re.match(r"([a-z]+)([0-9]*)$", chunk)
            parts.append(m.group(1))
            if m.group(2):
                g = m.group(2)
                parts.append(say_pairs(g, rng) if len(g) == 2 and g[0] != "0" else say_single(g, rng, repeat=False))
    parts.append("at")
    parts.append(dom)
    for t in tld.split("."):
        parts += ["dot", t]
    return " ".join(parts)


def dob_value(rng):
    return (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1938, 2005))


def dob_text(dmy, rng, spoken, us=False):
    d, m, y = dmy
    if not spoken:
        f = rng.choice(["num", "num", "name", "iso", "short"])
        if f == "num":
            return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
        if f == "name":
            return rng.choice(["%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y),
                               "%d %s %d" % (d, MON3[m - 1].capitalize(), y)])
        if f == "iso":
            return "%d-%02d-%02d" % (y, m, d)
        return ("%d.%d.%02d" % (d, m, y % 100)) if not us else ("%d/%d/%02d" % (m, d, y % 100))
    f = rng.choice(["ord", "ord", "us", "digits", "ordnum"])
    if f == "ord":
        return "%s %s %s %s" % (rng.choice(["the", ""]).strip() or "", ORD_W.get(d) or (TENS_W[str(d)[0]] + " " + ORD_W[d % 10]) , "of " + MONTHS[m - 1], say_year(y, rng)) if False else \
            "the %s of %s %s" % (ord_word(d), MONTHS[m - 1], say_year(y, rng))
    if f == "us":
        return "%s %s %s" % (MONTHS[m - 1], ord_word(d), say_year(y, rng))
    if f == "ordnum":
        return "%s of the %s %s" % (ord_word(d), ord_word(m), say_year(y, rng))
    s = "%02d%02d%02d" % ((m, d, y % 100) if us else (d, m, y % 100))
    return with_filler(say_single(s[:2], rng, repeat=False) + " " + say_single(s[2:4], rng, repeat=False) + " " + say_pairs(s[4:], rng), rng, 0.3)


def ord_word(n):
    if n in ORD_W:
        return ORD_W[n]
    return TENS_W[str(n)[0]] + " " + ORD_W[n % 10]


def expiry_value(rng):
    return (1, rng.randint(1, 12), rng.randint(2025, 2032))


def expiry_text(e, rng, spoken):
    _, m, y = e
    if not spoken:
        return rng.choice(["%02d/%02d", "%02d/%02d", "%02d-%02d", "%02d / %02d", "%02d%02d"]) % (m, y % 100) if rng.random() < 0.8 \
            else rng.choice(["%s %d" % (MON3[m - 1].capitalize(), y), "%02d/%d" % (m, y)])
    f = rng.choice(["digits", "month", "pairs", "slash"])
    if f == "digits":
        return say_single("%02d" % m, rng, repeat=False) + " " + say_single("%02d" % (y % 100), rng, repeat=False)
    if f == "month":
        return MONTHS[m - 1] + " " + rng.choice([say_year(y, rng), say_pair("%02d" % (y % 100), rng)])
    if f == "slash":
        return say_pair("%02d" % m, rng) + " slash " + say_pair("%02d" % (y % 100), rng)
    return say_pair("%02d" % m, rng) + " " + say_pair("%02d" % (y % 100), rng)


def address_value(rng, us=False):
    num = rng.randint(1, 420)
    street = rng.choice(STREETS) + " " + (rng.choice(US_SUFFIX) if us else rng.choice(SUFFIX))
    return num, street


def address_text(a, rng, spoken):
    num, street = a
    flat = rng.random() < 0.25
    if spoken:
        n = say_num(num) if num < 100 or rng.random() < 0.5 else say_single(str(num), rng, repeat=False)
        base = n + " " + street.lower()
        if flat:
            base = "flat " + say_num(rng.randint(1, 12)) + ", " + base
        return base
    base = "%d %s" % (num, street)
    if flat:
        base = rng.choice(["Flat %d, ", "Apt %d, ", "flat %d "]) % rng.randint(1, 30) + base
    return base if rng.random() < 0.7 else base.lower()


def pc_spoken(pc, rng):
    if pc[0].isdigit():
        return say_single(pc.replace("-", ""), rng, repeat=rng.random() < 0.5, allow_o=False)
    out, inward = pc.split(" ")
    m = re.match(r"([A-Z]+)([0-9A-Z]+)$", out)
    area, dist = m.group(1), m.group(2)
    a = say_alnum(area, rng, rng.choice(["plain", "plain", "for"]))
    if dist.isdigit() and len(dist) == 2 and dist[1] != "0" and rng.random() < 0.6:
        dsay = say_pair(dist, rng)
    else:
        dsay = say_alnum(dist, rng, "plain")
    return a + " " + dsay + " " + say_alnum(inward, rng, rng.choice(["plain", "plain", "for"]))


# ----------------------------------------------------------------------------
# positive scenarios
# ----------------------------------------------------------------------------

def p_card_chat(rng):
    ind, org = pick_org(rng, rng.choice(["retail", "travel", "telecom", "utilities"]))
    c = Case("positive", "typed chat card payment with expiry and cvv; order number distractor")
    num = gen_card(rng)
    lab, onum = d_order_cardlike(rng, False)
    c.a("Hi, you're chatting with %s. Could I take the %s first?" % (org, lab))
    c.c(rng.choice(["sure its ", "", "yep - "]), onum)
    c.a("Thanks. And the long number on the card please?")
    c.c(rng.choice(["card no: ", "Card number ", "ok ", "", "its "]), c.v("CARD_NUMBER", num, card_typed(num, rng)),
        rng.choice([" exp ", " expiry ", ", expires ", " / "]), c.v("EXPIRY", e := expiry_value(rng), expiry_text(e, rng, False)),
        rng.choice([" cvv ", " sec code ", " CVC:", ", security code "]), c.v("CVV", cv := digits(rng, 4 if len(num) == 15 else 3), cv))
    c.a("Lovely, that's gone through for %s." % money(rng))
    return c


def p_card_asr_split(rng):
    ind, org = pick_org(rng)
    c = Case("positive", "ASR card read in chunks across turns with back-channels and read-back")
    num = gen_card(rng)
    chunks = card_spoken_chunks(num, rng)
    gid = c.new("CARD_NUMBER", num)
    c.a(open_line(rng, org).lower())
    c.c("yeah hi i wanna pay my bill, the %s" % money(rng, True))
    c.a("no problem, can i take the long card number when you're ready")
    c.c(rng.choice(["okay it's ", "right so ", "yeah it's ", "um ", ""]), c.part(gid, chunks[0]))
    for ch in chunks[1:]:
        c.a(bc(rng))
        c.c(rng.choice(["", "then ", "uh ", ""]), c.part(gid, ch))
    if rng.random() < 0.6:
        rb = " ".join(say_single(g, rng, repeat=False) for g in card_groups(num, rng))
        c.a("let me read that back, ", c.v("CARD_NUMBER", num, rb), ", is that right")
        c.c("yep that's it")
    c.a("and the expiry")
    e = expiry_value(rng)
    c.c(rng.choice(["", "it's ", "uh "]), c.v("EXPIRY", e, expiry_text(e, rng, True)))
    c.a("and finally the three digits on the back")
    cv = digits(rng, 4 if len(num) == 15 else 3)
    c.c(c.v("CVV", cv, say_single(cv, rng, allow_o=False)))
    c.a(d_misc(rng))
    return c


def p_card_restart(rng):
    ind, org = pick_org(rng)
    c = Case("positive", "card reading restarted; aborted fragment labelled; card-ending mention after")
    num = gen_card(rng)
    gs = card_groups(num, rng)
    k = rng.randint(1, 2)
    frag = " ".join(say_single(g, rng, repeat=False) for g in gs[:k])
    c.a("go ahead with the card number")
    c.c(c.v("CARD_NUMBER", num[:sum(len(g) for g in gs[:k])], frag, partial=True),
        rng.choice([" no wait sorry let me start again, ", " hang on i've lost my place, ", " sorry the kids are shouting, from the top, "]),
        c.v("CARD_NUMBER", num, ", ".join(with_filler(say_single(g, rng), rng, 0.3) for g in gs)))
    c.a("perfect. and that card ending ", c.v("CARD_NUMBER", num[-4:], say_single(num[-4:], rng, repeat=False), partial=True),
        ", is that a debit card?")
    c.c("yeah debit")
    return c


def p_card_two(rng):
    ind, org = pick_org(rng, rng.choice(["banking", "retail", "insurance"]))
    c = Case("positive", "old card then new card both read in full; case reference in card rhythm")
    n1, n2 = gen_card(rng), gen_card(rng)
    lab, ref = d_order_cardlike(rng, True)
    c.a("i've got your %s here, %s, so what's changed" % (lab, ref))
    c.c("the card on file is ", c.v("CARD_NUMBER", n1, card_typed(n1, rng) if rng.random() < 0.3 else ", ".join(card_spoken_chunks(n1, rng))),
        " but that's been cancelled")
    c.a("okay and the new one")
    c.c(c.v("CARD_NUMBER", n2, ", ".join(card_spoken_chunks(n2, rng))))
    c.a("thanks, so the new card ending ", c.v("CARD_NUMBER", n2[-4:], say_single(n2[-4:], rng), partial=True),
        " replaces the one ending ", c.v("CARD_NUMBER", n1[-4:], say_single(n1[-4:], rng), partial=True))
    return c


def p_card_email(rng):
    ind, org = pick_org(rng)
    c = Case("positive", "e-mail to support with card, billing address and postcode")
    num = gen_card(rng)
    us = rng.random() < 0.4
    a = address_value(rng, us)
    pc = gen_zip(rng) if us else gen_uk_pc(rng)
    town = "%s, %s" % rng.choice(TOWNS_US) if us else rng.choice(TOWNS_UK)
    c.c("Hello %s team,\nPlease update my payment card to " % org, c.v("CARD_NUMBER", num, card_typed(num, rng)),
        " (ref %s on your last letter). Billing address: " % non_luhn(rng, rng.choice([12, 14, 18])),
        c.v("ADDRESS", a, address_text(a, rng, False)), ", %s " % town, c.v("POSTCODE", pc, pc if rng.random() < 0.8 else pc.lower()),
        ". Thanks")
    c.a("Thank you, your card has been updated. The %s payment due on the %s will be taken from the new card." % (money(rng), ord_word(rng.randint(1, 28))))
    return c


def p_ssn(rng):
    ind, org = pick_org(rng, rng.choice(["banking", "healthcare billing", "insurance", "government", "telecom"]))
    c = Case("positive", "US SSN verification with claim/member number in same 3-2-4 rhythm")
    s = gen_ssn(rng)
    spoken = rng.random() < 0.65
    lab, dn = d_ssnlike(rng, spoken)
    c.a(open_line(rng, org) if not spoken else open_line(rng, org).lower())
    c.c("hi yeah i'm calling about my %s, it's %s" % (lab, dn))
    c.a("thanks, and to verify can i get your social security number")
    if spoken:
        ch = ssn_spoken(s, rng)
        if rng.random() < 0.5:
            gid = c.new("SSN", s)
            c.c(rng.choice(["sure it's ", "okay ", "uh "]), c.part(gid, ch[0]))
            c.a(bc(rng))
            c.c(c.part(gid, with_filler(ch[1] + " " + ch[2], rng, 0.4)))
        else:
            c.c(rng.choice(["it's ", "yeah ", ""]), c.v("SSN", s, with_filler(", ".join(ch), rng, 0.3)))
        if rng.random() < 0.4:
            c.a("so that's ", c.v("SSN", s, " ".join(say_single(x, rng, repeat=False) for x in (s[:3], s[3:5], s[5:]))), "?")
            c.c("correct")
    else:
        c.c(rng.choice(["SSN ", "ssn: ", "social is ", "", "my SS# is "]), c.v("SSN", s, ssn_typed(s, rng)))
    c.a(rng.choice(["thanks, that matches. ", "great. "]) + d_misc(rng))
    return c


def p_ssn_dob(rng):
    ind, org = pick_org(rng, rng.choice(["healthcare billing", "banking", "insurance"]))
    c = Case("positive", "SSN plus DOB and phone in US call; ages and amounts nearby")
    s = gen_ssn(rng)
    d = dob_value(rng)
    c.a("i'll need your date of birth and the last... actually the full social for this one")
    c.c("date of birth is ", c.v("DOB", d, dob_text(d, rng, True, us=True)), ", i'm %s" % say_num(2024 - d[2]))
    c.a(bc(rng))
    c.c("and the social's ", c.v("SSN", s, ", ".join(ssn_spoken(s, rng))))
    p, pt = phone_variants(rng)
    while not (p.startswith("+1") or (len(p) == 10 and p[0] != "0")):
        p, pt = phone_variants(rng)
    c.a("and a callback number")
    c.c(c.v("PHONE", p, " ".join(phone_spoken(p, pt, rng))))
    c.a("thank you, the outstanding amount is %s" % money(rng, True, "$"))
    return c


def p_ni(rng):
    ind, org = pick_org(rng, rng.choice(["government", "banking", "insurance", "utilities"]))
    c = Case("positive", "UK NI number with NI-shaped policy/membership number distractor")
    ni = gen_ni(rng)
    spoken = rng.random() < 0.65
    lab, dn = d_nilike(rng, spoken)
    if spoken:
        c.a("before we start, what's your %s" % lab)
        c.c(dn)
        c.a("thank you, and your national insurance number please")
        pre, mid, suf = ni_spoken(ni, rng)
        if rng.random() < 0.5:
            gid = c.new("NI_NUMBER", ni)
            c.c(rng.choice(["it's ", "right, ", ""]), c.part(gid, pre + " " + with_filler(mid, rng, 0.3)))
            c.a(rng.choice(["and the letter at the end", "and the last letter?", bc(rng)]))
            c.c(c.part(gid, suf))
        else:
            c.c(rng.choice(["yeah it's ", "", "um, "]), c.v("NI_NUMBER", ni, pre + " " + mid + " " + suf))
        if rng.random() < 0.35:
            c.a("reading back, ", c.v("NI_NUMBER", ni, say_alnum(ni, rng, "plain")), ", thanks")
    else:
        c.c("Hi, my %s is %s. " % (lab, dn), rng.choice(["NI no: ", "NINO ", "national insurance number ", "NI "]),
            c.v("NI_NUMBER", ni, ni_typed(ni, rng)), ". Can you check my contributions?")
    c.a(d_misc(rng))
    return c


def p_ni_correction(rng):
    ind, org = pick_org(rng, "government")
    c = Case("positive", "NI number read with an aside in the middle; agent read-back mixing letters and words")
    ni = gen_ni(rng)
    gid = c.new("NI_NUMBER", ni)
    c.a("can i take your national insurance number")
    c.c(c.part(gid, say_letter(ni[0], rng, "plain") + " " + say_letter(ni[1], rng, "for") + " " + say_pairs(ni[2:6], rng)),
        rng.choice([" hold on, it's on my payslip, ", " sorry my dog, ", " one sec, "]),
        c.part(gid, say_pairs(ni[6:8], rng) + " " + say_letter(ni[8], rng, "plain")))
    c.a("was that ", c.v("NI_NUMBER", ni, ni[:2].lower() + " " + say_single(ni[2:8], rng, repeat=False, allow_o=False) + " " + ni[8].lower()), "?")
    c.c("yes. and my claim reference is %s if that helps" % say_single(digits(rng, 8), rng))
    return c


def p_bank(rng):
    ind, org = pick_org(rng, rng.choice(["banking", "utilities", "insurance", "government"]))
    c = Case("positive", "UK direct debit: sort code and account number; invoice and amount distractors")
    sc = digits(rng, 6)
    acct = digits(rng, 8)
    spoken = rng.random() < 0.6
    inv = digits(rng, 8)
    if spoken:
        c.a("i'll set up the direct debit, what's the sort code")
        scs = rng.choice([say_pairs(sc, rng), say_single(sc, rng), " ".join(say_single(sc[i:i + 2], rng, repeat=False) for i in (0, 2, 4))])
        c.c(rng.choice(["", "it's ", "sort code "]), c.v("SORT_CODE", sc, scs))
        c.a("and the account number")
        gid = c.new("BANK_ACCOUNT", acct)
        c.c(c.part(gid, say_single(acct[:4], rng)))
        c.a(bc(rng))
        c.c(c.part(gid, with_filler(say_single(acct[4:], rng), rng, 0.4)))
        c.a("lovely, and that's not the invoice number %s is it" % say_single(inv, rng, repeat=False))
        c.c("no that's my account")
    else:
        c.c(rng.choice(["Sort code: ", "sort ", "s/c "]), c.v("SORT_CODE", sc, rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])),
            rng.choice([" acct no: ", ", account ", " a/c "]), c.v("BANK_ACCOUNT", acct, acct),
            ". Invoice %s for %s." % (inv, money(rng, cur="£")))
    c.a("that's set up, first collection on the %s" % ord_word(rng.randint(1, 28)))
    return c


def p_us_bank(rng):
    ind, org = pick_org(rng, rng.choice(["banking", "healthcare billing", "utilities"]))
    c = Case("positive", "US ACH: routing number is not labelled, account number is; ZIP code")
    acct = digits(rng, rng.randint(9, 12), True)
    routing = "%09d" % rng.randint(10000000, 329999999)
    z = gen_zip(rng)
    c.a("for the ACH payment I need the routing number and the account number")
    c.c("routing is %s and the checking account is " % say_single(routing, rng), c.v("BANK_ACCOUNT", acct, with_filler(say_single(acct, rng), rng)))
    c.a("and the billing zip")
    c.c(c.v("POSTCODE", z, say_single(z.replace("-", ""), rng, allow_o=False) if rng.random() < 0.6 else z))
    c.a("thanks, %s will be debited on %s %s" % (money(rng, True, "$"), rng.choice(MONTHS), ord_word(rng.randint(1, 28))))
    return c


def p_iban(rng):
    ind, org = pick_org(rng, rng.choice(["banking", "travel", "insurance", "retail"]))
    c = Case("positive", "IBAN for refund, typed or spelled; booking reference distractor")
    ib = gen_iban(rng)
    bref = rng.choice(["BK", "RF", "EU"]) + digits(rng, 10)
    if rng.random() < 0.7:
        grouped = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        txt = rng.choice([grouped, ib, grouped.lower(), ib[:2].lower() + ib[2:]])
        c.c("Refund for booking %s please to IBAN " % bref if rng.random() < 0.5 else "booking %s - pls refund to " % bref,
            c.v("IBAN", ib, txt), rng.choice([" thx", ". Thanks!", ""]))
    else:
        c.a("can you read me the IBAN")
        gid = c.new("IBAN", ib)
        c.c(c.part(gid, say_alnum(ib[:8], rng, "plain")))
        c.a(bc(rng))
        c.c(c.part(gid, say_alnum(ib[8:], rng, "plain")))
    c.a("Refund of %s issued, allow %s working days." % (money(rng, cur="€"), say_num(rng.randint(3, 10))))
    return c


def p_phone(rng):
    ind, org = pick_org(rng)
    c = Case("positive", "phone number given, national or international; ticket number distractor")
    p, pt = phone_variants(rng)
    spoken = rng.random() < 0.6
    tk = digits(rng, 10, True)
    c.a("your ticket number is %s. best number to call you back on?" % (say_single(tk, rng) if spoken else tk))
    if spoken:
        ch = phone_spoken(p, pt, rng)
        if len(ch) >= 3 and rng.random() < 0.5:
            gid = c.new("PHONE", p)
            k = len(ch) // 2
            c.c(rng.choice(["it's ", "mobile's ", ""]), c.part(gid, " ".join(ch[:k]).rstrip(",")))
            c.a(bc(rng))
            c.c(c.part(gid, with_filler(" ".join(ch[k:]), rng, 0.3)))
        else:
            c.c(rng.choice(["it's ", "yeah ", "", "you can get me on "]), c.v("PHONE", p, with_filler(" ".join(ch), rng, 0.2)))
    else:
        c.c(rng.choice(["mob: ", "tel ", "", "call me on "]), c.v("PHONE", p, pt), rng.choice([" after 6pm", " thanks", ""]))
    c.a("perfect, we'll ring you between %s and %s" % (rng.choice(["nine", "ten", "2pm"]), rng.choice(["five", "noon", "4pm"])))
    return c


def p_email(rng):
    ind, org = pick_org(rng)
    c = Case("positive", "e-mail address spoken with dot/at or typed; order number nearby")
    em, local, dom, tld = email_value(rng)
    spoken = rng.random() < 0.65
    c.a("what e-mail should the receipt go to")
    if spoken:
        c.c(rng.choice(["it's ", "uh it's ", ""]), c.v("EMAIL", em, email_spoken(local, dom, tld, rng)))
        if rng.random() < 0.5:
            c.a("so ", c.v("EMAIL", em, email_spoken(local, dom, tld, rng)), ", all lower case?")
            c.c("yep")
    else:
        txt = em if rng.random() < 0.7 else em[0].upper() + em[1:]
        c.c(rng.choice(["email: ", "", "pls use "]), c.v("EMAIL", em.lower(), txt.lower() if rng.random() < 0.5 else txt))
    c.a("sent, your order number is %s" % digits(rng, 12, True))
    return c


def p_dob(rng):
    ind, org = pick_org(rng)
    c = Case("positive", "DOB for verification with appointment date and age nearby")
    d = dob_value(rng)
    us = rng.random() < 0.35
    spoken = rng.random() < 0.6
    c.a("can you confirm your date of birth")
    c.c(rng.choice(["", "it's ", "yeah ", "DOB "]), c.v("DOB", d, dob_text(d, rng, spoken, us)))
    c.a("thanks. your appointment is on the %s of %s at %s" % (ord_word(rng.randint(1, 28)), rng.choice(MONTHS), rng.choice(["ten thirty", "2:15", "quarter past nine"])))
    return c


def p_address(rng):
    ind, org = pick_org(rng, rng.choice(["utilities", "telecom", "retail", "insurance", "government"]))
    c = Case("positive", "address and postcode; town outside span; road name/meter distractors")
    country = rng.choice(["uk", "uk", "us", "ie"])
    a = address_value(rng, country == "us")
    spoken = rng.random() < 0.6
    c.a("what's the address for the account")
    if country == "us":
        pc = gen_zip(rng)
        town = "%s, %s" % rng.choice(TOWNS_US)
    elif country == "ie":
        pc = None
        town = rng.choice(TOWNS_IE) + ", county " + rng.choice(["galway", "cork", "mayo"])
    else:
        pc = gen_uk_pc(rng)
        town = rng.choice(TOWNS_UK)
    parts = [rng.choice(["it's ", "", "we're at "]), c.v("ADDRESS", a, address_text(a, rng, spoken)), ", " + (town.lower() if spoken else town)]
    if pc:
        parts += [", " if rng.random() < 0.5 else " ", c.v("POSTCODE", pc, pc_spoken(pc, rng) if spoken else pc)]
    c.c(*parts)
    c.a(rng.choice(["thanks, and the meter reads %s" % say_single(digits(rng, 5), rng, repeat=False),
                    "ok, there are roadworks on the A%d near you this week" % rng.randint(10, 699),
                    "got it, the engineer can come on the %s" % ord_word(rng.randint(1, 28))]))
    return c


def p_mixed_verify(rng):
    ind, org = pick_org(rng, rng.choice(["banking", "telecom", "insurance"]))
    c = Case("positive", "security questions: DOB, postcode, email; card last four not PII")
    d = dob_value(rng)
    pc = gen_uk_pc(rng)
    em, local, dom, tld = email_value(rng)
    c.a("for security, date of birth")
    c.c(c.v("DOB", d, dob_text(d, rng, True)))
    c.a("and the postcode")
    c.c(c.v("POSTCODE", pc, pc_spoken(pc, rng)))
    c.a("and the e-mail on the account")
    c.c(c.v("EMAIL", em, email_spoken(local, dom, tld, rng)))
    c.a("great, i can see the card ending %s was charged %s" % (say_single(digits(rng, 4), rng), money(rng, True, "£")))
    return c


def p_dangerous_mix(rng):
    """Real card + SSN/NI alongside look-alike numbers in the same call."""
    ind, org = pick_org(rng)
    c = Case("positive", "real card and id among card/id-rhythm reference numbers in the same call")
    num = gen_card(rng)
    lab, dref = d_order_cardlike(rng, True)
    c.a("so the %s is %s, that's not your card number, i just need that to find the payment" % (lab, dref))
    c.c("right okay")
    c.a("now the card you want to use")
    c.c(c.v("CARD_NUMBER", num, ", ".join(card_spoken_chunks(num, rng))))
    if rng.random() < 0.5:
        s = gen_ssn(rng)
        l2, d2 = d_ssnlike(rng, True)
        c.a("and for the credit check your social, not the %s %s" % (l2, d2))
        c.c(c.v("SSN", s, " ".join(ssn_spoken(s, rng))))
    else:
        ni = gen_ni(rng)
        l2, d2 = d_nilike(rng, True)
        c.a("and your national insurance number, not the %s, i've got that as %s" % (l2, d2))
        c.c(c.v("NI_NUMBER", ni, " ".join(ni_spoken(ni, rng))))
    c.a("card ending ", c.v("CARD_NUMBER", num[-4:], say_single(num[-4:], rng), partial=True),
        ", thanks, the charge is %s" % money(rng, True))
    if rng.random() < 0.5:
        sc = digits(rng, 6)
        c.c("oh and can you move the direct debit to sort code ", c.v("SORT_CODE", sc, say_pairs(sc, rng)),
            " account ", c.v("BANK_ACCOUNT", acct := digits(rng, 8), say_single(acct, rng)))
    return c


POS = [(p_card_chat, 3), (p_card_asr_split, 4), (p_card_restart, 2), (p_card_two, 2), (p_card_email, 2),
       (p_ssn, 4), (p_ssn_dob, 2), (p_ni, 4), (p_ni_correction, 2), (p_bank, 3), (p_us_bank, 1),
       (p_iban, 2), (p_phone, 2), (p_email, 2), (p_dob, 1), (p_address, 2), (p_mixed_verify, 1),
       (p_dangerous_mix, 3)]

# ----------------------------------------------------------------------------
# negative scenarios
# ----------------------------------------------------------------------------

def n_order_card_rhythm(rng):
    c = Case("negative", "16-digit order/reference number read like a card, card words nearby")
    lab, ref = d_order_cardlike(rng, True)
    c.a("have you got the card handy")
    c.c("i've got the card here but i'm not giving that out, the %s is %s" % (lab, ref))
    c.a("that's fine, i don't need the card number. so %s, and the card ending %s" % (ref, say_single(digits(rng, 4), rng)))
    c.c("yeah that one, the charge was %s" % money(rng, True))
    return c


def n_typed_longnums(rng):
    c = Case("negative", "typed chat with long non-PII digit strings (tracking, invoice, serial)")
    lab, ref = d_order_cardlike(rng, False)
    c.c("Hi my parcel hasn't arrived. %s: %s, tracking 1Z%s%s" % (lab.capitalize(), ref, rng.choice(["999AA1", "A4F82"]), digits(rng, 10)))
    c.a("Thanks. Invoice INV-%s for %s was paid with card ending %s on %d %s." % (digits(rng, 9), money(rng), digits(rng, 4), rng.randint(1, 28), rng.choice(MON3).capitalize()))
    c.c("the serial no on the box is SN %s if that helps" % non_luhn(rng, 15))
    return c


def n_ssn_rhythm(rng):
    c = Case("negative", "claim/member numbers in SSN 3-2-4 rhythm, SSN words nearby")
    lab, ref = d_ssnlike(rng, rng.random() < 0.6)
    c.a("do you have your %s, it's not your social, it's on the letter" % lab)
    c.c("oh okay yeah, %s" % ref)
    c.a("thanks. i don't need the social security number today. the claim was for %s on %s %s" % (money(rng, True, "$"), rng.choice(MONTHS), ord_word(rng.randint(1, 28))))
    return c


def n_ni_rhythm(rng):
    c = Case("negative", "NI-shaped permit/policy number with NI words nearby")
    lab, ref = d_nilike(rng, rng.random() < 0.6)
    c.a("is that your national insurance number?")
    c.c("no sorry that's my %s, %s. i don't have the national insurance one with me" % (lab, ref))
    c.a("no worries, we can do it by the %s" % rng.choice(["date of your last payment", "amount of your last bill", "reference on the letter"]))
    return c


def n_amounts_times(rng):
    ind, org = pick_org(rng)
    c = Case("negative", "amounts, balances, times, durations, percentages")
    c.a(open_line(rng, org).lower())
    cur = rng.choice(["£", "$", "€"])
    c.c("hi, my bill went up from %s to %s, that's like %s percent" % (money(rng, True, cur), money(rng, True, cur), say_num(rng.randint(5, 60))))
    c.a("i see that, " + d_misc(rng))
    c.c("and i was on hold for %s minutes" % say_num(rng.randint(10, 59)))
    c.a("sorry about that, we're open %s till %s" % (rng.choice(["eight", "nine"]), rng.choice(["six", "eight", "ten"])))
    return c


def n_travel(rng):
    c = Case("negative", "flight, seat, gate, room numbers and booking refs spoken digit by digit")
    c.a("can i have the booking reference")
    c.c("%s, and the flight was %s %s" % (say_alnum(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(rng, 5), rng, "plain"),
                                          rng.choice(["e i", "b a", "ryanair"]), say_single(digits(rng, 4), rng)))
    c.a("got it, seat %d%s, gate %d, and your hotel room is %s" % (rng.randint(1, 40), rng.choice("ABCDEF"), rng.randint(1, 60), say_single(str(rng.randint(101, 2240)), rng, repeat=False)))
    c.c("and the total was %s" % money(rng, True, "€"))
    return c


def n_dates(rng):
    c = Case("negative", "appointment/payment/contract dates, years, ages - not DOB")
    c.a("your next payment date is the %s of %s %d" % (ord_word(rng.randint(1, 28)), rng.choice(MONTHS), rng.randint(2024, 2027)))
    c.c("my son's %s, does he count as a child for the tariff" % say_num(rng.randint(3, 17)))
    c.a("up to sixteen yes. the contract started in %s and runs %s months" % (say_year(rng.randint(2015, 2024), rng), say_num(rng.choice([12, 18, 24, 36]))))
    c.c("and the appointment's %d/%d at %d:%02d?" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(8, 17), rng.choice([0, 15, 30, 45])))
    return c


def n_meter(rng):
    c = Case("negative", "meter reading, MPRN/serial, temperatures, road names")
    c.a("can i have the meter reading")
    c.c("%s, and the serial on the meter is %s" % (say_single(digits(rng, 5), rng), say_single(non_luhn(rng, rng.choice([10, 11, 14])), rng)))
    c.a("thanks, and is the boiler model %s-%d" % (rng.choice(["CX", "Vitodens", "GB"]), rng.randint(100, 9999)))
    c.c("yeah it's showing %s degrees and the house is on the B%d" % (say_num(rng.randint(40, 75)), rng.randint(1000, 9999)))
    return c


def n_last_four(rng):
    c = Case("negative", "card last four and amounts only; agent says 'card number'")
    l4 = digits(rng, 4)
    c.a("i can see a card ending %s, is that the card you want to use" % say_single(l4, rng))
    c.c("yeah the one ending in %s, the visa" % l4)
    c.a("okay, I won't need the full card number then, %s will come off it today" % money(rng, True))
    c.c("and the refund of %s went back to the %s card?" % (money(rng), l4))
    return c


def n_policy(rng):
    c = Case("negative", "policy/claim/IMEI-free long labelled numbers typed with separators")
    pol = rng.choice(["POL", "HH", "MTR"]) + "-" + digits(rng, 4) + "-" + digits(rng, 4) + "-" + digits(rng, 4) + "-" + digits(rng, 4)
    c.c("Policy number %s, claim %s-%s-%s. Sort of urgent." % (pol, digits(rng, 3), digits(rng, 2), digits(rng, 4)))
    c.a("Thanks, claim received %d %s. Excess is %s, cover up to %s." % (rng.randint(1, 28), rng.choice(MONTHS).capitalize(), money(rng, cur="£"), money(rng, cur="£")))
    return c


NEG = [(n_order_card_rhythm, 3), (n_typed_longnums, 2), (n_ssn_rhythm, 2), (n_ni_rhythm, 2), (n_amounts_times, 1),
       (n_travel, 1), (n_dates, 1), (n_meter, 1), (n_last_four, 1), (n_policy, 1)]

N_POS = 216
N_NEG = 112


def build():
    rng = random.Random(SEED)
    pos_pool = [f for f, w in POS for _ in range(w)]
    neg_pool = [f for f, w in NEG for _ in range(w)]
    cases = []
    for i in range(N_POS):
        f = pos_pool[i % len(pos_pool)]
        cases.append(("h395-pos-%03d" % (i + 1), f(rng)))
    for i in range(N_NEG):
        f = neg_pool[i % len(neg_pool)]
        cases.append(("h395-neg-%03d" % (i + 1), f(rng)))
    return cases


def serialise(cases):
    return "".join(json.dumps(c.record(cid), ensure_ascii=False, sort_keys=False) + "\n" for cid, c in cases)


def check(cases, text):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != text:
            errs.append("file is not byte-identical to regeneration")
    ids = [cid for cid, _ in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    for cid, c in cases:
        rec = c.record(cid)
        if rec["kind"] == "negative" and rec["spans"]:
            errs.append("%s: negative with spans" % cid)
        if rec["kind"] == "positive" and not rec["spans"]:
            errs.append("%s: positive without spans" % cid)
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % cid)
        byturn = {}
        for s in rec["spans"]:
            counts[s["type"]] += 1
            txt = rec["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(txt)):
                errs.append("%s: span out of range" % cid); continue
            first = txt[s["start"] + 1] if s["type"] == "PHONE" and txt[s["start"]] in "+(" else txt[s["start"]]
            if not (first.isalnum() and txt[s["end"] - 1].isalnum()):
                errs.append("%s: span edge not alnum %r" % (cid, txt[s["start"]:s["end"]]))
            if s["start"] > 0 and txt[s["start"] - 1].isalnum():
                errs.append("%s: span start not on word boundary" % cid)
            if s["end"] < len(txt) and txt[s["end"]].isalnum():
                errs.append("%s: span end not on word boundary" % cid)
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % cid)
        for gid, (typ, canon, texts, partial) in c.groups.items():
            if not texts:
                errs.append("%s: group %s has no spans" % (cid, gid)); continue
            joined = " , ".join(texts)
            try:
                if partial:
                    # fragment (aborted reading, or last four of a card read in full in the same case):
                    # must be a prefix or suffix of a full value of that type in the case
                    full = [g[1] for g in c.groups.values() if g[0] == typ and not g[3]]
                    frag = norm_spoken(joined)
                    ok = frag == canon and any(f.startswith(frag) or f.endswith(frag) for f in full)
                else:
                    ok = validate(typ, canon, joined)
            except (ValueError, AssertionError) as e:
                ok = False
                errs.append("%s: %s %s: %s" % (cid, typ, joined, e))
            if not ok:
                errs.append("%s: %s value %r does not normalise to %r" % (cid, typ, joined, canon))
    need = {t: 10 for t in TYPES}
    need.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t in TYPES:
        if counts[t] < need[t]:
            errs.append("too few %s spans: %d" % (t, counts[t]))
    npos = sum(1 for _, c in cases if c.kind == "positive")
    nneg = len(cases) - npos
    if npos < 200 or nneg < 100:
        errs.append("too few cases")
    return errs, counts, npos, nneg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    cases = build()
    text = serialise(cases)
    if args.check:
        errs, counts, npos, nneg = check(cases, text)
        for e in errs[:50]:
            print("ERROR", e)
        print("positives %d negatives %d" % (npos, nneg))
        for t in TYPES:
            print("%-13s %d" % (t, counts[t]))
        if errs:
            print("%d errors" % len(errs))
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout444 held-out PII redaction evaluation set.

Usage:
    python scripts/make_pii_holdout444.py          # write the fixture
    python scripts/make_pii_holdout444.py --check  # regenerate and verify

Standard library only. One random generator: random.Random(444241125).
Every turn is assembled from plain-text segments and labelled value
segments, so character offsets are always computed, never typed by hand.
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout444", "cases.jsonl")
SEED = 444241125

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
UNIT = {w: i for i, w in enumerate(UNITS)}
UNIT.update({"oh": 0, "o": 0, "nought": 0})
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TEEN = {w: 10 + i for i, w in enumerate(TEENS)}
TENS_W = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
TENS = {w: i for i, w in enumerate(TENS_W) if w}
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
ORD_UNIT = {w: i for i, w in enumerate(ORD_UNITS) if w}
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
ORD_TEEN = {w: 10 + i for i, w in enumerate(ORD_TEENS)}
ORD_TENS = {"twentieth": 20, "thirtieth": 30}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH = {m: i + 1 for i, m in enumerate(MONTHS)}
MONTH.update({m[:3]: i + 1 for i, m in enumerate(MONTHS)})
MONTH["sept"] = 9
NATO_L = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
          "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
          "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
          "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
          "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
          "z": "zulu"}
NATO = {v: k for k, v in NATO_L.items()}
NATO["xray"] = "x"
NATO["x"] = "x"
ALT_SPELL = {"b": ["b for bravo", "b as in boy"], "d": ["d for delta", "d as in david"],
             "m": ["m for mike", "m as in mother"], "n": ["n for november", "n as in nancy"],
             "p": ["p for papa", "p as in peter"], "s": ["s for sierra", "s as in sugar"],
             "c": ["c for charlie", "c as in cat"], "e": ["e for echo", "e as in edward"],
             "t": ["t for tango", "t as in tom"], "a": ["a for alpha", "a as in apple"]}
FILLERS_LETTER = ["um", "uh", "erm", "hmm"]
FILLERS_DIGIT = ["um", "uh", "erm", "hang on", "let me see", "er", "right"]
SUFFIXES = ["street", "road", "avenue", "lane", "drive", "close", "way", "crescent",
            "terrace", "court", "place", "grove", "gardens", "boulevard", "rise", "parade"]


# ---------------------------------------------------------------- normaliser
def _small(low, j):
    """Parse an optional number < 100 at low[j]; return (value, next_j) or (None, j)."""
    if j >= len(low):
        return None, j
    t = low[j]
    if t in TEEN:
        return TEEN[t], j + 1
    if t in TENS:
        v = TENS[t] * 10
        if j + 1 < len(low) and low[j + 1] in UNIT and UNIT[low[j + 1]] > 0:
            return v + UNIT[low[j + 1]], j + 2
        return v, j + 1
    if t in UNIT and UNIT[t] > 0 and t not in ("o", "oh"):
        return UNIT[t], j + 1
    return None, j


def normalise(text, ctx):
    """Turn a written or spoken value into its canonical characters.

    ctx: digits | alnum | email | date
    """
    toks = re.findall(r"[A-Za-z]+|\d+|[@.+_]|-", text)
    low = [t.lower() for t in toks]
    n = len(low)
    out = []
    i = 0
    while i < n:
        t = low[i]
        nxt = low[i + 1] if i + 1 < n else None
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if ctx in ("alnum", "email") and len(t) == 1 and t.isalpha() and nxt in ("for", "as"):
            j = i + 2
            if j < n and low[j] == "in":
                j += 1
            out.append(t)
            i = j + 1
            if i + 1 < n and low[i] == "-" and low[i + 1] == "ray":
                i += 2
            continue
        if t in ("double", "triple") and nxt is not None:
            k = 2 if t == "double" else 3
            if nxt in UNIT:
                out.append(str(UNIT[nxt]) * k)
                i += 2
                continue
            if nxt.isdigit() and len(nxt) == 1:
                out.append(nxt * k)
                i += 2
                continue
            if ctx in ("alnum", "email") and len(nxt) == 1:
                out.append(nxt * k)
                i += 2
                continue
        if t in UNIT and not (ctx == "email" and t == "o"):
            d = UNIT[t]
            if nxt == "hundred":
                j = i + 2
                if j < n and low[j] == "and":
                    j += 1
                v, j2 = _small(low, j)
                out.append("%d%02d" % (d, v or 0))
                i = j2
                continue
            if nxt == "thousand":
                j = i + 2
                if j < n and low[j] == "and":
                    j += 1
                v, j2 = _small(low, j)
                out.append("%d%03d" % (d, v or 0))
                i = j2
                continue
            out.append(str(d))
            i += 1
            continue
        if t in TEEN:
            out.append(str(TEEN[t]))
            i += 1
            continue
        if t in TENS:
            v = TENS[t] * 10
            if nxt in UNIT and UNIT[nxt] > 0 and nxt not in ("o", "oh"):
                out.append(str(v + UNIT[nxt]))
                i += 2
                continue
            if ctx == "date" and nxt in ORD_UNIT:
                out.append(str(v + ORD_UNIT[nxt]))
                i += 2
                continue
            out.append(str(v))
            i += 1
            continue
        if ctx == "date":
            if t in ORD_UNIT:
                out.append("%02d" % ORD_UNIT[t])
            elif t in ORD_TEEN:
                out.append(str(ORD_TEEN[t]))
            elif t in ORD_TENS:
                out.append(str(ORD_TENS[t]))
            elif t in MONTH:
                out.append("%02d" % MONTH[t])
            i += 1
            continue
        if ctx == "alnum":
            if t in NATO:
                out.append(NATO[t])
            elif len(t) == 1 and t.isalpha():
                out.append(t)
            elif re.fullmatch(r"[a-z]{2,4}", t) and t not in FILLERS_LETTER and t not in (
                    "and", "then", "for", "as", "in", "the", "is", "its", "it", "s", "that"):
                out.append(t)  # typed letter groups such as "GB82 WEST"
            i += 1
            continue
        if ctx == "email":
            if t == "dot" or t == ".":
                out.append(".")
            elif t in ("at", "@"):
                out.append("@")
            elif t in ("underscore", "_"):
                out.append("_")
            elif t in ("dash", "hyphen", "-"):
                out.append("-")
            elif t in FILLERS_LETTER or t in ("er", "sorry"):
                pass
            else:
                out.append(t)
            i += 1
            continue
        i += 1  # filler or separator
    s = "".join(out)
    if ctx == "digits" or ctx == "date":
        s = re.sub(r"\D", "", s)
    if ctx == "alnum":
        s = re.sub(r"[^a-z0-9]", "", s).upper()
    return s


CTX = {"CARD_NUMBER": "digits", "CVV": "digits", "SSN": "digits", "SORT_CODE": "digits",
       "BANK_ACCOUNT": "digits", "PHONE": "digits", "NI_NUMBER": "alnum",
       "POSTCODE": "alnum", "IBAN": "alnum", "EMAIL": "email", "DOB": "date",
       "EXPIRY": "date", "ADDRESS": None}


# ---------------------------------------------------------------- validators
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix_and_body):
    for c in "0123456789":
        if luhn_ok(prefix_and_body + c):
            return prefix_and_body + c
    raise AssertionError


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "ES": 24, "FR": 27, "BE": 16}


def iban_ok(v):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", v) or IBAN_LEN.get(v[:2]) != len(v):
        return False
    r = v[4:] + v[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_RE = re.compile(r"[ABCEGHJ-PR-TW-Z][ABCEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")


def validate(typ, v):
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return (v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666")
                and v[0] != "9" and v[3:5] != "00" and v[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(v)) and v[:2] not in NI_BAD
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        return v.isdigit() and 10 <= len(v) <= 13
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v))
    if typ == "POSTCODE":
        return bool(UKPC_RE.fullmatch(v)) or bool(re.fullmatch(r"\d{5}(\d{4})?", v))
    if typ == "EXPIRY":
        m = re.fullmatch(r"(\d{1,2}?)(\d{2}|20\d{2})", v)
        return bool(m) and v.isdigit() and len(v) in (3, 4, 6) and 1 <= int(v[:len(v) - (4 if len(v) == 6 else 2)]) <= 12
    if typ == "DOB":
        return v.isdigit() and len(v) in (6, 8)
    if typ == "ADDRESS":
        return True
    raise AssertionError(typ)


def address_ok(text):
    low = text.lower()
    has_num = bool(re.search(r"\d", low)) or any(
        re.search(r"\b%s\b" % w, low) for w in UNITS[1:] + TEENS + TENS_W[2:])
    return has_num and any(re.search(r"\b%s\b" % s, low) for s in SUFFIXES)


# ---------------------------------------------------------------- rendering
class Ctx:
    def __init__(self, rng):
        self.rng = rng

    def ch(self, seq):
        return self.rng.choice(seq)

    def p(self, prob):
        return self.rng.random() < prob


def zero_word(c, allow_o=True):
    pool = ["oh", "oh", "zero", "nought"] + (["o"] if allow_o else [])
    return c.ch(pool)


def dword(c, d, allow_o=True):
    return zero_word(c, allow_o) if d == "0" else UNITS[int(d)]


def pair_words(c, pp, last):
    a, b = pp[0], pp[1]
    if a == "0":
        if b == "0":
            return "double " + zero_word(c, False)
        return zero_word(c, False) + " " + UNITS[int(b)]
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        if last:
            return UNITS[int(a)] + " " + zero_word(c, False)
        return TENS_W[int(a)]
    return TENS_W[int(a)] + " " + UNITS[int(b)]


def speak_chunk(c, chunk, style):
    if style == "pairs" and any(chunk[i] not in "01" and chunk[i + 1] == "0" for i in range(0, len(chunk) - 1, 2)):
        style = "mixed"
    if style == "pairs" and len(chunk) % 2 == 0:
        ps = [chunk[i:i + 2] for i in range(0, len(chunk), 2)]
        return " ".join(pair_words(c, p, k == len(ps) - 1) for k, p in enumerate(ps))
    if style == "hundreds" and len(chunk) == 3 and chunk[0] != "0" and chunk[2] != "0":
        rest = chunk[1:]
        if rest[0] == "0":
            tail = UNITS[int(rest[1])]
        elif rest[0] == "1":
            tail = TEENS[int(rest[1])]
        elif rest[1] == "0":
            tail = TENS_W[int(rest[0])]
        else:
            tail = TENS_W[int(rest[0])] + " " + UNITS[int(rest[1])]
        return UNITS[int(chunk[0])] + " hundred " + ("and " if c.p(0.6) else "") + tail
    # singles with doubles / triples
    words = []
    i = 0
    while i < len(chunk):
        d = chunk[i]
        run = 1
        while i + run < len(chunk) and chunk[i + run] == d:
            run += 1
        if style != "plain" and run >= 3 and c.p(0.7):
            words.append("triple " + dword(c, d, False))
            i += 3
        elif style != "plain" and run >= 2 and c.p(0.75):
            words.append("double " + dword(c, d, False))
            i += 2
        else:
            words.append(dword(c, d))
            i += 1
    return " ".join(words)


def chunks_of(digits, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(digits[i:i + s])
        i += s
    if i < len(digits):
        out.append(digits[i:])
    return [x for x in out if x]


def speak_digits(c, digits, sizes, style=None, filler=0.0, sep=None):
    parts = []
    ch = chunks_of(digits, sizes)
    for k, chunk in enumerate(ch):
        st = style or c.ch(["mixed", "mixed", "plain", "pairs", "hundreds"])
        parts.append(speak_chunk(c, chunk, st))
        if k < len(ch) - 1 and c.p(filler):
            parts.append(c.ch(FILLERS_DIGIT))
    s = sep if sep is not None else c.ch([" ", ", ", " ... ", " "])
    return s.join(parts)


def type_digits(c, digits, sizes, sep=None):
    s = sep if sep is not None else c.ch([" ", "-", " ", "", "  "])
    return s.join(chunks_of(digits, sizes))


def spell_letter(c, l, nato_p=0.4):
    l = l.lower()
    r = c.rng.random()
    if r < nato_p:
        if l in ALT_SPELL and c.p(0.5):
            return c.ch(ALT_SPELL[l])
        return "%s for %s" % (l, NATO_L[l])
    return l


# ---------------------------------------------------------------- value makers
def make_card(c, brand=None):
    brand = brand or c.ch(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    if brand == "visa":
        pre, ln = "4" + str(c.rng.randint(10000, 99999)), 16
    elif brand == "visa13":
        pre, ln = "4" + str(c.rng.randint(10000, 99999)), 13
    elif brand == "mc":
        pre, ln = "5" + str(c.rng.randint(1, 5)) + str(c.rng.randint(1000, 9999)), 16
    elif brand == "mc2":
        pre, ln = "2" + str(c.rng.randint(221, 720)), 16
    elif brand == "amex":
        pre, ln = c.ch(["34", "37"]) + str(c.rng.randint(1000, 9999)), 15
    elif brand == "disc":
        pre, ln = "6011", 16
    else:
        pre, ln = c.ch(["6759", "6761", "5018"]), 19
    body = pre + "".join(str(c.rng.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    # add some repeated digits so doubles/triples occur
    if c.p(0.4):
        k = c.rng.randint(len(pre), ln - 4)
        body = body[:k] + body[k] * 2 + body[k + 2:]
    return luhn_complete(body[:ln - 1])


def card_sizes(n, c=None):
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 4, 5] if (c is None or c.p(0.5)) else [4, 3, 3, 3]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def make_ssn(c):
    while True:
        a = c.rng.randint(1, 899)
        if a == 666:
            continue
        v = "%03d%02d%04d" % (a, c.rng.randint(1, 99), c.rng.randint(1, 9999))
        if validate("SSN", v):
            return v


def make_ni(c):
    while True:
        p = c.ch(NI_FIRST) + c.ch(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(str(c.rng.randint(0, 9)) for _ in range(6)) + c.ch("ABCD")


def make_iban(c):
    cc = c.ch(["GB", "GB", "IE", "DE", "NL", "ES", "BE"])
    rd = lambda k: "".join(str(c.rng.randint(0, 9)) for _ in range(k))
    if cc == "GB":
        bban = c.ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rd(14)
    elif cc == "IE":
        bban = c.ch(["AIBK", "BOFI", "IPBS"]) + rd(14)
    elif cc == "NL":
        bban = c.ch(["ABNA", "INGB", "RABO"]) + rd(10)
    elif cc == "DE":
        bban = rd(18)
    elif cc == "ES":
        bban = rd(20)
    else:
        bban = rd(12)
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    v = cc + "%02d" % chk + bban
    assert iban_ok(v), v
    return v


def make_phone(c, country=None):
    country = country or c.ch(["uk_mob", "uk_mob", "uk_land", "us", "us", "ie", "fr", "de"])
    rd = lambda k: "".join(str(c.rng.randint(0, 9)) for _ in range(k))
    if country == "uk_mob":
        nat = "07" + c.ch(["700", "723", "811", "956", "412", "984"]) + rd(6)
        return nat, "44" + nat[1:], [5, 6], [2, 4, 6]
    if country == "uk_land":
        nat = c.ch(["020", "0161", "0113", "0131", "0117", "0121"])
        nat = nat + rd(11 - len(nat))
        s = [3, 4, 4] if nat.startswith("020") else [4, 3, 4]
        return nat, "44" + nat[1:], s, [2] + [x - (1 if i == 0 else 0) for i, x in enumerate(s)]
    if country == "us":
        nat = str(c.rng.randint(201, 989)) + str(c.rng.randint(201, 989)) + rd(4)
        return nat, "1" + nat, [3, 3, 4], [1, 3, 3, 4]
    if country == "ie":
        nat = "08" + c.ch("35679") + rd(7)
        return nat, "353" + nat[1:], [3, 3, 4], [3, 2, 3, 4]
    if country == "fr":
        nat = "06" + rd(8)
        return nat, "33" + nat[1:], [2, 2, 2, 2, 2], [2, 1, 2, 2, 2, 2]
    nat = "015" + c.ch("12579") + rd(8)
    return nat, "49" + nat[1:], [4, 8], [2, 3, 8]


FIRST = ["jane", "tom", "aisling", "priya", "marek", "olu", "siobhan", "dave", "kate",
         "liam", "fatima", "greg", "niamh", "raj", "elena", "sean", "beth", "kwame", "lucy", "pete"]
LAST = ["doe", "smith", "murphy", "patel", "nowak", "okafor", "byrne", "jones", "walsh",
        "khan", "garcia", "kelly", "brown", "mensah", "reilly", "evans", "fischer", "lopez"]
DOMAINS = [("gmail", "com"), ("outlook", "com"), ("yahoo", "co.uk"), ("hotmail", "co.uk"),
           ("icloud", "com"), ("eircom", "net"), ("btinternet", "com"), ("proton", "me"),
           ("web", "de"), ("orange", "fr"), ("aol", "com")]


def make_email(c):
    f, l = c.ch(FIRST), c.ch(LAST)
    style = c.rng.randint(0, 4)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + "." + l
    elif style == 2:
        local = f + "_" + l + str(c.rng.randint(70, 99))
    elif style == 3:
        local = f + l + str(c.rng.randint(1, 9))
    else:
        local = l + "." + f + str(c.rng.randint(10, 19))
    d, tld = c.ch(DOMAINS)
    return local + "@" + d + "." + tld


def speak_email(c, v):
    local, dom = v.split("@")
    out = []
    for piece in re.findall(r"[a-z]+|\d+|[._-]", local):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        elif piece == "-":
            out.append("dash")
        elif piece.isdigit():
            if len(piece) == 2 and piece[0] != "0":
                out.append(pair_words(c, piece, True) if piece[1] != "0" else TENS_W[int(piece[0])])
            else:
                out.append(" ".join(UNITS[int(x)] for x in piece))
        elif len(piece) == 1:
            out.append(spell_letter(c, piece, 0.5) if piece not in "ao" else piece + " for " + NATO_L[piece])
        else:
            out.append(piece)
    out.append("at")
    for piece in dom.split("."):
        out.append(piece)
        out.append("dot")
    out.pop()
    return " ".join(out)


UK_OUT = ["LS6", "M14", "SW1A", "EC1V", "B15", "G12", "CF10", "BS8", "NE1", "EH3",
          "BT9", "L17", "N16", "SE22", "OX4", "CB2", "RG1", "W1T", "NW3", "DN4", "PL1"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
STREETS = ["acacia", "mill", "station", "church", "victoria", "park", "oak", "elm",
           "highfield", "queens", "kingsway", "meadow", "orchard", "willow", "maple",
           "harbour", "castle", "greenfield", "brook", "ash", "pine", "cedar", "lincoln"]
TOWNS_UK = ["leeds", "manchester", "london", "birmingham", "glasgow", "cardiff", "bristol",
            "newcastle", "edinburgh", "belfast", "liverpool", "oxford", "cambridge", "reading",
            "doncaster", "plymouth"]
TOWNS_US = [("springfield", "IL", "627"), ("austin", "TX", "787"), ("columbus", "OH", "432"),
            ("portland", "OR", "972"), ("raleigh", "NC", "276"), ("denver", "CO", "802"),
            ("tampa", "FL", "336"), ("albany", "NY", "122")]


def make_ukpc(c):
    return c.ch(UK_OUT) + " " + str(c.rng.randint(1, 9)) + c.ch(INWARD) + c.ch(INWARD)


def speak_alnum(c, v, nato_p=0.35, pairs=False):
    words = []
    v = v.replace(" ", "")
    i = 0
    while i < len(v):
        ch = v[i]
        if ch.isdigit():
            if pairs and i + 1 < len(v) and v[i + 1].isdigit() and c.p(0.5):
                nx_digit = i + 2 < len(v) and v[i + 2].isdigit()
                words.append(pair_words(c, v[i:i + 2], not nx_digit or True))
                i += 2
                continue
            words.append(dword(c, ch, False))
        else:
            if i + 1 < len(v) and v[i + 1] == ch and c.p(0.5):
                words.append("double " + ch.lower())
                i += 2
                continue
            words.append(spell_letter(c, ch, nato_p) if ch not in "Oo" else "o for oscar")
        i += 1
    return " ".join(words)


# ---------------------------------------------------------------- case builder
class Turn:
    def __init__(self, speaker):
        self.speaker = speaker
        self.parts = []

    def t(self, text):
        self.parts.append(text)
        return self

    def v(self, text, typ, grp, frag=None, role="full"):
        self.parts.append((text, typ, grp, frag, role))
        return self


class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.groups = {}

    def cust(self):
        t = Turn("customer")
        self.turns.append(t)
        return t

    def agent(self):
        t = Turn("agent")
        self.turns.append(t)
        return t

    def say(self, speaker, text):
        t = Turn(speaker).t(text)
        self.turns.append(t)
        return t

    def group(self, name, typ, value):
        self.groups[name] = (typ, value)
        return name

    def compile(self, cid):
        turns, spans, meta = [], [], []
        for ti, tr in enumerate(self.turns):
            buf = ""
            for p in tr.parts:
                if isinstance(p, str):
                    buf += p
                else:
                    text, typ, grp, frag, role = p
                    st = len(buf)
                    buf += text
                    spans.append({"turn": ti, "start": st, "end": len(buf), "type": typ})
                    meta.append((grp, frag, role))
            turns.append({"speaker": tr.speaker, "text": buf})
        d = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return d, meta, dict(self.groups)


# convenience: label a full value
def V(turn, c, case, grp, text, frag=None, role="full"):
    typ, val = case.groups[grp]
    if frag is None and role == "full":
        frag = val
    turn.v(text, typ, grp, frag, role)


# ---------------------------------------------------------------- context text
INDUSTRY = [
    ("banking", "Northgate Bank", ["card", "account"]),
    ("telecom", "Vireo Mobile", ["bill", "contract"]),
    ("utilities", "BrightHome Energy", ["bill", "direct debit"]),
    ("retail", "Parkway Stores", ["order", "refund"]),
    ("insurance", "Harbourline Insurance", ["policy", "claim"]),
    ("travel", "Skylark Travel", ["booking", "flight"]),
    ("healthcare billing", "Meridian Health Billing", ["statement", "invoice"]),
    ("government services", "the vehicle licensing office", ["application", "renewal"]),
    ("telecom", "Celtic Broadband", ["broadband", "router"]),
    ("banking", "Liffey Credit Union", ["loan", "account"]),
    ("utilities", "Cascade Water", ["water bill", "meter"]),
    ("insurance", "Keystone Auto Insurance", ["premium", "claim"]),
]
GREET = ["thanks for calling {co}, you're through to {ag}, how can I help?",
         "{co}, {ag} speaking.", "hi, you're chatting with {ag} from {co}.",
         "good morning, {co}, my name's {ag}.", "hello, {ag} at {co}, what can I do for you today?"]
AGENTS = ["Sam", "Priya", "Connor", "Mel", "Tariq", "Grace", "Ollie", "Dee", "Marco", "Hannah"]
BACKCH = ["mhm", "go on", "yep", "ok", "uh huh", "right", "yes", "got that", "mm", "okay go ahead"]
ASK_CARD = ["can I take the long number across the front of the card?",
            "what's the card number please?", "go ahead with the card number when you're ready",
            "could you read me the sixteen digits on the card?", "ok, card number please"]
HOLD = ["I'm just going to pop you on a brief hold while I check that, bear with me.",
        "let me transfer you to payments, please hold.",
        "one moment, I need to check with my supervisor.",
        "bear with me, the system's being slow, I'll put you on hold for a sec."]
UNHOLD = ["thanks for holding, sorry about that.", "hi, thanks for waiting, you're through to payments now.",
          "thank you for your patience.", "ok I'm back, thanks for bearing with me."]
FOR_WHO = ["my mum", "my dad", "my husband", "my wife", "my partner", "my grandmother",
           "my son", "my daughter", "my brother", "a client of mine", "my elderly neighbour"]


def opening(c, case, asr, want=None):
    ind = c.ch([x for x in INDUSTRY if want is None or x[0] == want])
    g = c.ch(GREET).format(co=ind[1], ag=c.ch(AGENTS))
    if asr:
        g = re.sub(r"[^\w\s']", "", g).lower()
    case.say("agent", g)
    return ind


def asr(s):
    return s.lower()


# ---------------------------------------------------------------- positive templates
def pos_card_chat(c, case):
    ind = opening(c, case, False)
    card = make_card(c)
    case.group("card", "CARD_NUMBER", card)
    lab = c.ch(["card no: ", "Card number - ", "its ", "ok card is ", "CARD#", "number is ", "long no. "])
    sizes = card_sizes(len(card), c)
    if c.p(0.2):
        sizes = c.ch([[3, 5, 4, 4], [6, 10], [8, 8], [4, 4, 8]]) if len(card) == 16 else sizes
    txt = type_digits(c, card, sizes)
    t = case.cust().t("hi I want to pay my %s, " % ind[2][0] + lab)
    V(t, c, case, "card", txt)
    exp_m, exp_y = c.rng.randint(1, 12), c.rng.randint(25, 31)
    ev = "%02d%02d" % (exp_m, exp_y)
    case.group("exp", "EXPIRY", ev)
    cvv = "%03d" % c.rng.randint(0, 999) if len(card) != 15 else "%04d" % c.rng.randint(0, 9999)
    case.group("cvv", "CVV", cvv)
    case.say("agent", c.ch(["Thanks. Expiry and security code?", "thank you - and the expiry date plus the 3 digits on the back?",
                            "Got it. Can I have the exp date and CVV please"]))
    t = case.cust()
    style = c.rng.randint(0, 3)
    if style == 0:
        t.t("exp ")
        V(t, c, case, "exp", "%02d/%02d" % (exp_m, exp_y))
        t.t(" cvv ")
        V(t, c, case, "cvv", cvv)
    elif style == 1:
        V(t, c, case, "exp", "%02d/%02d" % (exp_m, exp_y))
        t.t(c.ch([" and ", ", ", " - "]))
        V(t, c, case, "cvv", cvv)
    elif style == 2:
        t.t("expires ")
        V(t, c, case, "exp", "%s %d" % (MONTHS[exp_m - 1][:3].capitalize(), 2000 + exp_y), frag="%02d%d" % (exp_m, 2000 + exp_y))
        case.groups["exp"] = ("EXPIRY", "%02d%d" % (exp_m, 2000 + exp_y))
        t.t(", security code ")
        V(t, c, case, "cvv", cvv)
    else:
        t.t("Sec code: ")
        V(t, c, case, "cvv", cvv)
        t.t(" / Valid thru: ")
        V(t, c, case, "exp", "%02d/20%02d" % (exp_m, exp_y), frag="%02d20%02d" % (exp_m, exp_y))
        case.groups["exp"] = ("EXPIRY", "%02d20%02d" % (exp_m, exp_y))
    if c.p(0.5):
        t = case.agent().t("Perfect, so that's the card ending %s, payment of £%d.%02d going through now." % (card[-4:], c.rng.randint(10, 400), c.rng.randint(0, 99)))
    case.note = "typed chat card payment (%s) with expiry and CVV" % ind[0]


def pos_card_asr_split(c, case):
    ind = opening(c, case, True)
    card = make_card(c)
    case.group("card", "CARD_NUMBER", card)
    sizes = card_sizes(len(card), c)
    chunks = chunks_of(card, sizes)
    case.say("agent", asr(c.ch(ASK_CARD)))
    for k, ch in enumerate(chunks):
        t = case.cust()
        if k == 0:
            t.t(c.ch(["yeah it's ", "ok um ", "right so ", "it's ", "", "okay the card is "]))
        elif c.p(0.3):
            t.t(c.ch(["then ", "and ", "next is ", "um "]))
        t.v(speak_digits(c, ch, [len(ch)], filler=0), "CARD_NUMBER", "card", ch, "part")
        if k < len(chunks) - 1:
            case.say("agent", c.ch(BACKCH))
    rb = c.rng.randint(0, 3)
    if rb == 0:
        t = case.agent().t(c.ch(["so that's ", "let me read that back ", "just to confirm "]))
        V(t, c, case, "card", speak_digits(c, card, sizes, style="plain"))
        t.t(c.ch([" is that right", " correct", " yeah"]))
        case.say("customer", c.ch(["yes", "that's it", "yep spot on"]))
    elif rb == 1:
        # misread one digit, customer corrects the group
        k = c.rng.randint(0, len(chunks) - 1)
        pos = sum(len(x) for x in chunks[:k]) + c.rng.randint(0, len(chunks[k]) - 1)
        wrong = card[:pos] + str((int(card[pos]) + c.ch([1, 2, 3, 5])) % 10) + card[pos + 1:]
        t = case.agent().t("so i have ")
        t.v(speak_digits(c, wrong, sizes, style="plain"), "CARD_NUMBER", "card", wrong, "misread")
        case.say("customer", "no " + c.ch(["the ", "sorry the "]) + ["first", "second", "third", "fourth", "fifth"][k] + " block is")
        t = case.turns[-1]
        t.t(" ")
        t.v(speak_digits(c, chunks[k], [len(chunks[k])], style="plain"), "CARD_NUMBER", "card", chunks[k], "part")
        t.t(c.ch(["", " not what you said", " you had a wrong digit"]))
        t = case.agent().t(c.ch(["apologies, ", "ah sorry, ", "my mistake, "]) + "so ")
        t.v(speak_digits(c, chunks[k], [len(chunks[k])], style="plain"), "CARD_NUMBER", "card", chunks[k], "part")
        t.t(" got it")
    elif rb == 2:
        # piece-by-piece confirmation
        for k, ch in enumerate(chunks):
            t = case.agent().t(c.ch(["", "then ", "and ", "followed by "]))
            t.v(speak_digits(c, ch, [len(ch)], style="plain"), "CARD_NUMBER", "card", ch, "part")
            case.say("customer", c.ch(["yes", "yep", "mhm", "that's right", "correct"]))
    else:
        case.say("agent", "thank you and the expiry")
        ev_m, ev_y = c.rng.randint(1, 12), c.rng.randint(25, 32)
        case.group("exp", "EXPIRY", "%02d%02d" % (ev_m, ev_y))
        t = case.cust()
        t.t(c.ch(["it's ", "expires ", "um "]))
        V(t, c, case, "exp", zero_word(c, False) + " " + UNITS[ev_m] + " " + pair_words(c, "%02d" % ev_y, True)
          if ev_m < 10 else pair_words(c, "%02d" % ev_m, False) + " " + pair_words(c, "%02d" % ev_y, True))
    case.note = "asr card read in %d pieces with back-channels, %s, read-back style %d" % (len(chunks), ind[0], rb)


def pos_card_restart(c, case):
    opening(c, case, True)
    card = make_card(c, c.ch(["visa", "mc", "amex"]))
    case.group("card", "CARD_NUMBER", card)
    sizes = card_sizes(len(card), c)
    case.say("agent", asr(c.ch(ASK_CARD)))
    t = case.cust().t(c.ch(["ok so ", "yeah ", ""]))
    k = c.ch([4, 6, 8])
    t.v(speak_digits(c, card[:k], chunks_of("x" * k, sizes) and [len(x) for x in chunks_of(card[:k], sizes)]), "CARD_NUMBER", "card", card[:k], "part")
    t.t(c.ch([" no wait sorry that's the wrong card hang on ", " sorry i lost my place let me start again ",
              " oh hang on the kids are shouting sorry from the top "]))
    V(t, c, case, "card", speak_digits(c, card, sizes, filler=0.3))
    case.say("agent", c.ch(["ok so just the last few again", "you broke up a little at the end could you repeat the last part"]))
    t = case.cust().t(c.ch(["yeah ", "sure ", "the last bit is "]))
    last = card[-8:]
    t.v(speak_digits(c, last, [4, 4]), "CARD_NUMBER", "card", last, "part")
    case.note = "asr restarted card reading (abandoned partial labelled), then partial repeat"


def pos_card_for_other(c, case):
    ind = opening(c, case, c.p(0.5))
    who = c.ch(FOR_WHO)
    card = make_card(c)
    case.group("card", "CARD_NUMBER", card)
    sizes = card_sizes(len(card), c)
    case.say("customer", "hi i'm calling on behalf of %s, %s's sat next to me, it's about the %s" % (who, c.ch(["she", "he", "they"]).replace("they", "they"), ind[2][0]))
    case.say("agent", "that's fine if they're happy for you to speak for them, " + c.ch(ASK_CARD))
    t = case.cust().t(c.ch(["ok %s is reading it out to me ", "right, from %s's card "]) .replace("%s", who.split()[-1]))
    V(t, c, case, "card", speak_digits(c, card, sizes, filler=0.4, sep=c.ch([" ", ", ", " ... "])))
    if c.p(0.6):
        case.say("customer", c.ch(["sorry %s says the second group was wrong, it's " % who.split()[-1], "hang on, no, the second four are "]))
        t = case.turns[-1]
        t.v(speak_digits(c, card[4:8], [4]), "CARD_NUMBER", "card", card[4:8], "part")
    case.say("agent", "thanks, and the security code on the back")
    cvv = "".join(str(c.rng.randint(0, 9)) for _ in range(4 if len(card) == 15 else 3))
    case.group("cvv", "CVV", cvv)
    t = case.cust().t(c.ch(["it's ", "%s says " % who.split()[-1], ""]))
    V(t, c, case, "cvv", speak_digits(c, cvv, [len(cvv)], style=c.ch(["plain", "hundreds", "mixed"])))
    case.note = "caller reading card for %s (%s), correction of a group, CVV" % (who, ind[0])


def pos_card_hold(c, case):
    ind = opening(c, case, True)
    card = make_card(c)
    case.group("card", "CARD_NUMBER", card)
    sizes = card_sizes(len(card), c)
    case.say("customer", "i need to update the card on my %s" % ind[2][0])
    case.say("agent", asr(c.ch(HOLD)))
    case.say("agent", asr(c.ch(UNHOLD)) + " " + asr(c.ch(ASK_CARD)))
    t = case.cust()
    half = len(card) // 2
    half = sum(sizes[:len(sizes) // 2])
    t.t(c.ch(["so ", "ok its ", ""]))
    t.v(speak_digits(c, card[:half], sizes[:len(sizes) // 2], filler=0.3), "CARD_NUMBER", "card", card[:half], "part")
    t.t(c.ch([" sorry can you hold on my other phone's going", " sorry one moment", " wait the dog just"]))
    case.say("agent", c.ch(["no problem take your time", "that's ok", "sure"]))
    t = case.cust().t(c.ch(["sorry about that where was i ", "right "]))
    t.v(speak_digits(c, card[half:], sizes[len(sizes) // 2:]), "CARD_NUMBER", "card", card[half:], "part")
    t = case.agent().t("thank you so that's ")
    V(t, c, case, "card", speak_digits(c, card, sizes, style="plain", sep=" "))
    case.note = "asr card reading interrupted by hold/aside (%s), agent full read-back" % ind[0]


def pos_ssn(c, case):
    ind = opening(c, case, True)
    ssn = make_ssn(c)
    case.group("ssn", "SSN", ssn)
    who = c.ch(["your", "your", "the account holder's"])
    case.say("agent", c.ch(["to verify can i get %s social security number" % who, "i'll need %s social please" % who,
                            "can you confirm the full social"]))
    mode = c.rng.randint(0, 3)
    if mode == 0:
        t = case.cust().t(c.ch(["sure it's ", "yeah ", "um ", "ok "]))
        V(t, c, case, "ssn", speak_digits(c, ssn, [3, 2, 4], filler=0.3))
        t = case.agent().t("let me repeat that ")
        V(t, c, case, "ssn", speak_digits(c, ssn, [3, 2, 4], style="plain"))
        case.say("customer", "yes")
    elif mode == 1:
        for k, ch in enumerate(chunks_of(ssn, [3, 2, 4])):
            t = case.cust()
            if k:
                t.t(c.ch(["", "then ", "and the last part "]))
            t.v(speak_digits(c, ch, [len(ch)]), "SSN", "ssn", ch, "part")
            t = case.agent()
            t.v(speak_digits(c, ch, [len(ch)], style="plain"), "SSN", "ssn", ch, "part")
            t.t(c.ch(["", " ok", " got it", " yep"]))
    elif mode == 2:
        pos = c.rng.randint(0, 8)
        wrong = ssn[:pos] + str((int(ssn[pos]) + 1) % 10) + ssn[pos + 1:]
        t = case.cust().t("it's ")
        V(t, c, case, "ssn", speak_digits(c, ssn, [3, 2, 4]))
        t = case.agent().t("i have ")
        t.v(speak_digits(c, wrong, [3, 2, 4], style="plain"), "SSN", "ssn", wrong, "misread")
        t = case.cust().t("no no it's ")
        ch = chunks_of(ssn, [3, 2, 4])
        grp = 0 if pos < 3 else (1 if pos < 5 else 2)
        t.v(speak_digits(c, ch[grp], [len(ch[grp])], style="plain"), "SSN", "ssn", ch[grp], "part")
        t.t(c.ch([" in the middle", " not what you said", ""]))
        t = case.agent().t("sorry, ")
        V(t, c, case, "ssn", speak_digits(c, ssn, [3, 2, 4], style="plain"))
    else:
        who = c.ch(["my husband", "my mother", "my dad", "my wife"])
        case.say("customer", "it's not mine, i'm calling for %s, they're on the line too" % who)
        case.say("agent", "that's fine, can they read it")
        t = case.cust().t(c.ch(["ok he says ", "she says ", "uh "]))
        V(t, c, case, "ssn", speak_digits(c, ssn, [3, 2, 4], filler=0.2))
    case.note = "asr US social security number, mode %d (%s)" % (mode, ind[0])


def pos_ssn_chat(c, case):
    opening(c, case, False)
    ssn = make_ssn(c)
    case.group("ssn", "SSN", ssn)
    lab = c.ch(["SSN: ", "ss# ", "my social is ", "Social Security No. ", "ssn - ", "soc sec "])
    txt = c.ch([ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], ssn[:3] + " " + ssn[3:5] + " " + ssn[5:], ssn,
                ssn[:3] + "." + ssn[3:5] + "." + ssn[5:]])
    t = case.cust().t(c.ch(["Hi, applying for the payment plan. ", "hello ", "re my medical bill - "]) + lab)
    V(t, c, case, "ssn", txt)
    if c.p(0.5):
        t.t(c.ch([" (thats my wifes, shes the primary)", " thx", ". DOB below"]))
    if c.p(0.4):
        t = case.agent().t("Thanks, I have ")
        V(t, c, case, "ssn", "***-**-" + ssn[5:] if False else ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:])
        t.t(" on file, is that correct?")
        t = case.cust().t(c.ch(["yes, last 4 are ", "Correct - ends ", "yep thats it, "]))
        last = ssn[5:]
        t.v(last, "SSN", "ssn", last, "part")
    case.note = "typed US SSN in chat with various separators"


def pos_ni(c, case):
    opening(c, case, True)
    ni = make_ni(c)
    case.group("ni", "NI_NUMBER", ni)
    case.say("agent", c.ch(["can i take your national insurance number", "and your ni number please",
                            "what's the national insurance number"]))
    mode = c.rng.randint(0, 3)
    spoken = lambda nato: (speak_alnum(c, ni[:2], nato) + " " + speak_digits(c, ni[2:8], [2, 2, 2], style=c.ch(["pairs", "plain", "mixed"]), sep=" ")
                           + " " + spell_letter(c, ni[8], nato))
    if mode == 0:
        t = case.cust().t(c.ch(["yeah it's ", "um ", "ok "]))
        V(t, c, case, "ni", spoken(0.4))
        t = case.agent().t("so ")
        V(t, c, case, "ni", spoken(0.9))
        case.say("customer", "that's right")
    elif mode == 1:
        t = case.cust()
        t.v(speak_alnum(c, ni[:2], 0.6), "NI_NUMBER", "ni", ni[:2], "part")
        case.say("agent", c.ch(BACKCH))
        t = case.cust()
        t.v(speak_digits(c, ni[2:8], [2, 2, 2], style="pairs", sep=" "), "NI_NUMBER", "ni", ni[2:8], "part")
        case.say("agent", c.ch(BACKCH))
        t = case.cust().t(c.ch(["and then ", "and it ends ", ""]))
        t.v(spell_letter(c, ni[8], 0.6), "NI_NUMBER", "ni", ni[8], "part")
        t = case.agent().t("lovely so ")
        V(t, c, case, "ni", speak_alnum(c, ni, 0.9))
    elif mode == 2:
        bad = c.ch([x for x in "ABCD" if x != ni[8]])
        t = case.cust()
        t.v(speak_alnum(c, ni[:8], 0.3), "NI_NUMBER", "ni", ni[:8], "part")
        t.t(" ")
        t.v(spell_letter(c, bad, 0.0), "NI_NUMBER", "ni", bad, "misread")
        t.t(" no sorry ")
        t.v(spell_letter(c, ni[8], 1.0), "NI_NUMBER", "ni", ni[8], "part")
        t = case.agent().t("ok so ending in ")
        t.v(spell_letter(c, ni[8], 1.0), "NI_NUMBER", "ni", ni[8], "part")
        t.t(" not " + spell_letter(c, bad, 0.0) if False else " thanks")
    else:
        who = c.ch(FOR_WHO)
        case.say("customer", "it's for %s, i've got the letter here, hang on" % who)
        case.say("agent", "no rush")
        t = case.cust().t("right it says ")
        V(t, c, case, "ni", spoken(0.2))
    case.note = "asr UK national insurance number, mode %d" % mode


def _ni_misread_fix(case):
    pass


def pos_ni_chat(c, case):
    opening(c, case, False)
    ni = make_ni(c)
    case.group("ni", "NI_NUMBER", ni)
    f = c.rng.randint(0, 4)
    txt = [ni, ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8], ni.lower(),
           ni[:2] + ni[2:8] + " " + ni[8], ni[:2].lower() + " " + ni[2:8] + " " + ni[8].lower()][f]
    lab = c.ch(["NI no: ", "ni number ", "National Insurance: ", "NINO ", "my NI is "])
    t = case.cust().t(c.ch(["Hi, re my universal credit claim, ", "Hello - pension enquiry. ", "hi "]) + lab)
    V(t, c, case, "ni", txt)
    if c.p(0.4):
        t = case.agent().t("Thanks, just to check is it ")
        V(t, c, case, "ni", ni[:2] + " " + ni[2:8] + " " + ni[8])
        t.t(" ?")
        case.say("customer", "yes")
    case.note = "typed UK NI number with case/spacing variation"


def pos_bank_uk(c, case):
    opening(c, case, c.p(0.5))
    asrmode = case.turns[0].parts[0] == case.turns[0].parts[0].lower()
    sc = "".join(str(c.rng.randint(0, 9)) for _ in range(6))
    acct = "".join(str(c.rng.randint(0, 9)) for _ in range(8))
    case.group("sc", "SORT_CODE", sc)
    case.group("acct", "BANK_ACCOUNT", acct)
    case.say("agent", "can i take the sort code and account number for the direct debit")
    if asrmode:
        t = case.cust().t("sort code is ")
        V(t, c, case, "sc", speak_digits(c, sc, [2, 2, 2], style=c.ch(["pairs", "plain", "mixed"])))
        case.say("agent", c.ch(BACKCH))
        t = case.cust().t(c.ch(["and the account number ", "account is ", "then "]))
        V(t, c, case, "acct", speak_digits(c, acct, c.ch([[4, 4], [3, 3, 2], [8]]), filler=0.2))
        if c.p(0.6):
            t = case.agent().t("reading that back sort code ")
            V(t, c, case, "sc", speak_digits(c, sc, [2, 2, 2], style="plain"))
            t.t(" account ")
            V(t, c, case, "acct", speak_digits(c, acct, [4, 4], style="plain"))
            t = case.cust().t("no the account ends ")
            t.v(speak_digits(c, acct[-4:], [4], style="plain"), "BANK_ACCOUNT", "acct", acct[-4:], "part")
            t.t(" sorry did i say it wrong")
    else:
        t = case.cust().t(c.ch(["sort code ", "s/c: ", "Sort code - "]))
        V(t, c, case, "sc", c.ch([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]]))
        t.t(c.ch([" acct no: ", ", account number ", " / a/c "]))
        V(t, c, case, "acct", c.ch([acct, acct[:4] + " " + acct[4:]]))
    case.note = "UK sort code and account number (%s)" % ("asr" if asrmode else "chat")


def pos_bank_us(c, case):
    opening(c, case, True)
    rout = "0" + "".join(str(c.rng.randint(0, 9)) for _ in range(8))
    acct = "".join(str(c.rng.randint(0, 9)) for _ in range(c.rng.randint(10, 12)))
    case.group("acct", "BANK_ACCOUNT", acct)
    case.say("agent", "for the autopay i need the checking account number")
    t = case.cust().t("ok the account number is ")
    V(t, c, case, "acct", speak_digits(c, acct, [3, 3, 4, 2], filler=0.3))
    case.say("agent", "and is that a checking or savings")
    case.say("customer", "checking, with a balance of about %d dollars so it should clear" % c.rng.randint(200, 5000))
    t = case.agent().t("perfect i'll read the account back ")
    V(t, c, case, "acct", speak_digits(c, acct, [3, 3, 4, 2], style="plain"))
    case.note = "US checking account number spoken and read back"


def pos_iban(c, case):
    ind = opening(c, case, c.p(0.5))
    asrmode = case.turns[0].parts[0] == case.turns[0].parts[0].lower()
    ib = make_iban(c)
    case.group("iban", "IBAN", ib)
    case.say("agent", "for the refund to your %s account i need the iban" % c.ch(["irish", "european", "bank", "euro"]))
    if asrmode:
        t = case.cust().t(c.ch(["ok it's ", "right ", "um "]))
        head = ib[:4]
        t.v(speak_alnum(c, head, 0.6), "IBAN", "iban", head, "part")
        case.say("agent", c.ch(BACKCH))
        t = case.cust()
        rest = ib[4:]
        t.v(speak_alnum(c, rest, 0.4), "IBAN", "iban", rest, "part")
        if c.p(0.6):
            t = case.agent().t("so ")
            V(t, c, case, "iban", speak_alnum(c, ib, 0.8))
    else:
        txt = c.ch([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower(),
                    " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()])
        t = case.cust().t(c.ch(["IBAN: ", "iban is ", "My IBAN ", "Bank details - IBAN "]))
        V(t, c, case, "iban", txt)
        if c.p(0.5):
            t.t(c.ch([" BIC AIBKIE2D", " (bic is on the statement)", " thanks"]))
    case.note = "IBAN (%s, %s)" % (ib[:2], "asr" if asrmode else "chat")


def pos_phone(c, case):
    opening(c, case, c.p(0.6))
    asrmode = case.turns[0].parts[0] == case.turns[0].parts[0].lower()
    nat, intl, nsz, isz = make_phone(c)
    use_intl = c.p(0.45)
    val = intl if use_intl else nat
    sz = isz if use_intl else nsz
    case.group("ph", "PHONE", val)
    case.say("agent", c.ch(["what's the best number to reach you on", "can i take a contact number",
                            "and a mobile number in case we get cut off"]))
    if asrmode:
        t = case.cust().t(c.ch(["yeah it's ", "um ", "my mobile is ", "ok "]))
        txt = speak_digits(c, val, sz, filler=0.2)
        if use_intl:
            txt = "plus " + txt
        V(t, c, case, "ph", txt)
        m = c.rng.randint(0, 2)
        if m == 0:
            t = case.agent().t("so that's ")
            V(t, c, case, "ph", ("plus " if use_intl else "") + speak_digits(c, val, sz, style="plain"))
        elif m == 1:
            pos = c.rng.randint(len(val) - 6, len(val) - 1)
            wrong = val[:pos] + str((int(val[pos]) + 2) % 10) + val[pos + 1:]
            t = case.agent().t("i've got ")
            t.v(("plus " if use_intl else "") + speak_digits(c, wrong, sz, style="plain"), "PHONE", "ph", wrong, "misread")
            t = case.cust().t("no the end is ")
            t.v(speak_digits(c, val[-4:], [4], style="plain"), "PHONE", "ph", val[-4:], "part")
        else:
            case.say("agent", "sorry the line cut out after " + ("plus " if use_intl else "") + speak_digits(c, val[:4], [4], style="plain"))
            case.turns[-1].parts = []
            t = case.turns[-1].t("sorry the line cut out after ")
            t.v(("plus " if use_intl else "") + speak_digits(c, val[:4], [4], style="plain"), "PHONE", "ph", val[:4], "part")
            t = case.cust().t("ok ")
            V(t, c, case, "ph", ("plus " if use_intl else "") + speak_digits(c, val, sz, style="plain"))
    else:
        if use_intl:
            txt = "+" + type_digits(c, val, sz, sep=c.ch([" ", "-", " "]))
        elif val.isdigit() and len(val) == 10:
            txt = c.ch(["(%s) %s-%s" % (val[:3], val[3:6], val[6:]), "%s-%s-%s" % (val[:3], val[3:6], val[6:]),
                        "%s.%s.%s" % (val[:3], val[3:6], val[6:]), val])
        else:
            txt = type_digits(c, val, sz)
        t = case.cust().t(c.ch(["Tel: ", "mob ", "you can reach me on ", "ph# ", "call me on "]))
        V(t, c, case, "ph", txt)
        t.t(c.ch([" after 5pm", "", " (work)", " thanks"]))
    case.note = "%s phone number (%s)" % ("international" if use_intl else "national", "asr" if asrmode else "chat")


def pos_email(c, case):
    opening(c, case, c.p(0.6))
    asrmode = case.turns[0].parts[0] == case.turns[0].parts[0].lower()
    em = make_email(c)
    case.group("em", "EMAIL", em)
    case.say("agent", c.ch(["what email should we send the confirmation to", "can i take an email address",
                            "and the email on the account"]))
    if asrmode:
        t = case.cust().t(c.ch(["it's ", "yeah ", "um so it's "]))
        V(t, c, case, "em", speak_email(c, em))
        if c.p(0.6):
            t = case.agent().t("so that's ")
            V(t, c, case, "em", speak_email(c, em))
            t.t(c.ch([" yeah", " correct", ""]))
            case.say("customer", c.ch(["yep", "that's it", "yes all lower case"]))
    else:
        txt = c.ch([em, em.upper(), em.capitalize(), em])
        t = case.cust().t(c.ch(["email: ", "its ", "Email address - ", "send it to "]))
        V(t, c, case, "em", txt)
        t.t(c.ch([" pls", "", " (personal one)"]))
    case.note = "email address (%s)" % ("asr spoken" if asrmode else "typed")


def render_dob(c, d, m, y, asrmode, us):
    if not asrmode:
        sep = c.ch(["/", "/", "-", "."])
        if us:
            return "%02d%s%02d%s%d" % (m, sep, d, sep, y), "%02d%02d%d" % (m, d, y)
        if c.p(0.3):
            return "%02d%s%02d%s%02d" % (d, sep, m, sep, y % 100), "%02d%02d%02d" % (d, m, y % 100)
        if c.p(0.3):
            return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "%d%02d%d" % (d, m, y) if d >= 10 else None
        return "%02d%s%02d%s%d" % (d, sep, m, sep, y), "%02d%02d%d" % (d, m, y)
    # spoken
    if d < 10:
        dw = ORD_UNITS[d]
    elif d < 20:
        dw = ORD_TEENS[d - 10]
    elif d % 10 == 0:
        dw = "twentieth" if d == 20 else "thirtieth"
    else:
        dw = TENS_W[d // 10] + " " + ORD_UNITS[d % 10]
    if y >= 2000:
        yw = "two thousand " + c.ch(["and ", ""]) + UNITS[y - 2000] if y < 2010 else "twenty " + TEENS[y - 2010] if y < 2020 else None
        yf = "%d" % y
    else:
        yy = "%02d" % (y % 100)
        yw = pair_words(c, yy, True)
        yf = yy
        if c.p(0.5):
            yw = "nineteen " + yw
            yf = "19" + yy
    style = c.rng.randint(0, 3)
    if us:
        return MONTHS[m - 1] + " " + dw + " " + yw, "%02d%02d%s" % (m, d, yf)
    if style == 0:
        return "the " + dw + " of " + MONTHS[m - 1] + " " + yw, "%02d%02d%s" % (d, m, yf)
    if style == 1:
        return dw + " of " + MONTHS[m - 1] + " " + c.ch(FILLERS_LETTER) + " " + yw, "%02d%02d%s" % (d, m, yf)
    if style == 2 and m <= 9:
        return dw + " of the " + ORD_UNITS[m] + " " + yw, "%02d%02d%s" % (d, m, yf)
    return dw + " " + MONTHS[m - 1] + " " + yw, "%02d%02d%s" % (d, m, yf)


def pos_dob(c, case):
    opening(c, case, c.p(0.6))
    asrmode = case.turns[0].parts[0] == case.turns[0].parts[0].lower()
    us = c.p(0.35)
    while True:
        d, m, y = c.rng.randint(1, 28), c.rng.randint(1, 12), c.rng.randint(1938, 2006)
        txt, canon = render_dob(c, d, m, y, asrmode, us)
        if canon:
            break
    case.group("dob", "DOB", canon)
    who = c.ch(["your", "your", "the patient's", "the policyholder's", "the account holder's"])
    case.say("agent", c.ch(["can you confirm %s date of birth" % who, "and %s dob" % who, "for security, %s date of birth please" % who]))
    t = case.cust().t(c.ch(["it's ", "", "yeah ", "um ", "born on "]))
    V(t, c, case, "dob", txt)
    if c.p(0.35):
        t = case.agent().t(c.ch(["i've got ", "the system has "]))
        d2 = d + 1 if d < 28 else d - 1
        txt2, canon2 = render_dob(c, d2, m, y, asrmode, us)
        if canon2 and len(canon2) == len(canon):
            t.v(txt2, "DOB", "dob", canon2, "misread")
            t.t(" is that right")
            t = case.cust().t(c.ch(["no it's ", "no that's wrong, "]))
            V(t, c, case, "dob", txt)
        else:
            case.turns.pop()
    if c.p(0.3):
        case.say("customer", "and i'm %d now if that helps, and the card ending %04d is the one on file" % (2025 - y, c.rng.randint(0, 9999)))
    case.note = "date of birth (%s%s)" % ("asr" if asrmode else "typed", ", US order" if us else "")


def pos_address(c, case):
    opening(c, case, c.p(0.55))
    asrmode = case.turns[0].parts[0] == case.turns[0].parts[0].lower()
    us = c.p(0.35)
    st = c.ch(STREETS) + " " + c.ch(SUFFIXES)
    num = c.rng.randint(1, 240) if not us else c.rng.randint(100, 9899)
    flat = c.p(0.35)
    fl = c.rng.randint(1, 24)
    if us:
        town, state, zp = c.ch(TOWNS_US)
        zipc = zp + "%02d" % c.rng.randint(1, 99)
        case.group("pc", "POSTCODE", zipc)
    else:
        town = c.ch(TOWNS_UK)
        pc = make_ukpc(c)
        case.group("pc", "POSTCODE", pc.replace(" ", ""))
    if asrmode:
        numw = speak_digits(c, str(num), [len(str(num))], style=c.ch(["pairs", "hundreds", "plain"])) if num >= 10 else UNITS[num]
        if flat:
            addr = ("apartment " if us else "flat ") + UNITS[fl] if fl < 10 else ("apartment " if us else "flat ") + speak_digits(c, str(fl), [2], style="pairs")
            addr += " " + numw + " " + st
        else:
            addr = numw + " " + st
        pct = speak_digits(c, zipc, [5], style="plain") if us else speak_alnum(c, pc, 0.3)
    else:
        stt = " ".join(w.capitalize() for w in st.split()) if c.p(0.7) else st
        if flat:
            addr = ("Apt %d, " if us else "Flat %d, ") % fl + "%d %s" % (num, stt)
            if us and c.p(0.5):
                addr = "%d %s, Apt %d" % (num, stt, fl)
        else:
            addr = "%d %s" % (num, stt)
        pct = zipc if us else c.ch([pc, pc.lower(), pc.replace(" ", "")])
    case.group("addr", "ADDRESS", addr)
    case.say("agent", c.ch(["can you confirm the first line of the address and the postcode" if not us else
                            "what's the street address and zip", "where should we send the replacement",
                            "and the billing address"]))
    t = case.cust().t(c.ch(["it's ", "", "yeah ", "um "]))
    V(t, c, case, "addr", addr, frag=None)
    t.t(", " if not asrmode else " ")
    t.t(town.capitalize() if not asrmode else town)
    if us and not asrmode:
        t.t(", " + state + " ")
    else:
        t.t(" " if asrmode else ", ")
    V(t, c, case, "pc", pct)
    if c.p(0.4):
        t = case.agent().t("and the postcode again was ")
        V(t, c, case, "pc", speak_digits(c, zipc, [5], style="plain") if us else speak_alnum(c, pc, 0.8))
        case.say("customer", "yes that's it, we moved in %d" % c.rng.randint(2005, 2024))
    case.note = "%s address with %s (%s)" % ("US" if us else "UK", "ZIP" if us else "postcode", "asr" if asrmode else "typed")


def pos_expiry_cvv(c, case):
    opening(c, case, True)
    card = make_card(c)
    case.group("card", "CARD_NUMBER", card)
    sizes = card_sizes(len(card), c)
    case.say("agent", asr(c.ch(ASK_CARD)))
    t = case.cust()
    V(t, c, case, "card", speak_digits(c, card, sizes, filler=0.25))
    m, y = c.rng.randint(1, 12), c.rng.randint(25, 32)
    sty = c.rng.randint(0, 2)
    if sty == 0:
        txt, ev = MONTHS[m - 1] + " " + pair_words(c, "%02d" % y, True), "%02d%02d" % (m, y)
    elif sty == 1:
        txt = (zero_word(c, False) + " " + UNITS[m]) if m < 10 else TEENS[m - 10]
        txt += " " + c.ch(["", "slash "]) + pair_words(c, "%02d" % y, True)
        ev = "%02d%02d" % (m, y)
    else:
        txt, ev = MONTHS[m - 1] + " twenty " + pair_words(c, "%02d" % y, True), "%02d20%02d" % (m, y)
    case.group("exp", "EXPIRY", ev)
    cvv = "".join(str(c.rng.randint(0, 9)) for _ in range(4 if len(card) == 15 else 3))
    case.group("cvv", "CVV", cvv)
    case.say("agent", "and the expiry")
    t = case.cust().t(c.ch(["it expires ", "", "end of ", "valid till "]))
    V(t, c, case, "exp", txt)
    case.say("agent", "and the %s digit code on the back" % ("four" if len(cvv) == 4 else "three"))
    t = case.cust()
    V(t, c, case, "cvv", speak_digits(c, cvv, [len(cvv)], style=c.ch(["plain", "hundreds", "mixed"])))
    if c.p(0.5):
        t = case.agent().t("sorry was that ")
        wrong = cvv[:-1] + str((int(cvv[-1]) + 1) % 10)
        t.v(speak_digits(c, wrong, [len(cvv)], style="plain"), "CVV", "cvv", wrong, "misread")
        t = case.cust().t("no ")
        V(t, c, case, "cvv", speak_digits(c, cvv, [len(cvv)], style="plain"))
    case.note = "asr card with spoken expiry and CVV, CVV corrected"


def pos_multi_hold(c, case):
    opening(c, case, True)
    ni_or_ssn = c.p(0.5)
    if ni_or_ssn:
        ni = make_ni(c)
        case.group("id", "NI_NUMBER", ni)
    else:
        ssn = make_ssn(c)
        case.group("id", "SSN", ssn)
    nat, intl, nsz, isz = make_phone(c, "uk_mob" if ni_or_ssn else "us")
    case.group("ph", "PHONE", nat)
    case.say("customer", "hi i was transferred from billing they said you could help")
    case.say("agent", "sure, can i take %s" % ("your national insurance number" if ni_or_ssn else "the last four of your social, actually the full social please"))
    t = case.cust()
    if ni_or_ssn:
        V(t, c, case, "id", speak_alnum(c, ni, 0.3, pairs=True))
    else:
        V(t, c, case, "id", speak_digits(c, ssn, [3, 2, 4]))
    case.say("agent", asr(c.ch(HOLD)))
    case.say("agent", asr(c.ch(UNHOLD)) + " sorry the transfer dropped the notes, could you give me that again and a phone number")
    t = case.cust().t(c.ch(["sure ", "ugh ok ", "again "]))
    if ni_or_ssn:
        V(t, c, case, "id", speak_alnum(c, ni, 0.6))
    else:
        V(t, c, case, "id", speak_digits(c, ssn, [3, 2, 4], style="plain"))
    t.t(" and the number is ")
    V(t, c, case, "ph", speak_digits(c, nat, nsz, filler=0.2))
    case.note = "value repeated after hold/transfer (%s) plus phone" % ("NI" if ni_or_ssn else "SSN")


POS_TEMPLATES = [
    (pos_card_chat, 5), (pos_card_asr_split, 6), (pos_card_restart, 3), (pos_card_for_other, 3),
    (pos_card_hold, 3), (pos_ssn, 4), (pos_ssn_chat, 3), (pos_ni, 4), (pos_ni_chat, 3),
    (pos_bank_uk, 4), (pos_bank_us, 2), (pos_iban, 3), (pos_phone, 4), (pos_email, 4),
    (pos_dob, 4), (pos_address, 5), (pos_expiry_cvv, 3), (pos_multi_hold, 3),
]


# ---------------------------------------------------------------- negatives
def rdig(c, k):
    return "".join(str(c.rng.randint(0, 9)) for _ in range(k))


def neg_reference_like_card(c, case):
    opening(c, case, True)
    lab = c.ch(["order number", "reference number", "ticket number", "claim reference", "tracking number",
                "invoice number", "case number", "booking reference number"])
    ref = make_card(c, "visa") if c.p(0.5) else rdig(c, 16)
    case.say("agent", "have you got the %s there" % lab)
    case.say("customer", "yeah the %s is %s" % (lab, speak_digits(c, ref, [4, 4, 4, 4], filler=0.3)))
    case.say("agent", "so %s %s" % (lab, speak_digits(c, ref, [4, 4, 4, 4], style="plain")))
    case.say("customer", "that's the one")
    case.note = "sixteen-digit %s read like a card but labelled as a %s" % (lab, lab)


def neg_last_four(c, case):
    opening(c, case, c.p(0.5))
    l4 = rdig(c, 4)
    case.say("customer", c.ch(["the payment on my card ending %s bounced" % l4,
                               "can you check the card ending in %s" % speak_digits(c, l4, [4]),
                               "it was the visa, last four %s" % l4]))
    case.say("agent", c.ch(["i can see the card ending %s, the payment of %d pounds failed on the %s" % (speak_digits(c, l4, [4], style="plain"), c.rng.randint(20, 300), c.ch(["third", "twelfth", "twenty first"])),
                            "yes the card ending %s expired so the direct debit of £%d.%02d didn't go through" % (l4, c.rng.randint(10, 99), c.rng.randint(0, 99))]))
    case.note = "card last-four mentions only, amounts, payment dates"


def neg_amounts(c, case):
    opening(c, case, True)
    a = c.rng.randint(1000, 9999)
    case.say("agent", "your outstanding balance is %s pounds and %s pence" % (speak_digits(c, str(a), [4], style="plain") if False else UNITS[a // 1000] + " thousand " + speak_chunk(c, "%03d" % (a % 1000), "hundreds"), pair_words(c, "%02d" % c.rng.randint(11, 99), True)))
    case.say("customer", "what? it was only %s last month" % (UNITS[c.rng.randint(2, 9)] + " hundred and " + TENS_W[c.rng.randint(2, 9)]))
    case.say("agent", "there's a late fee of %d percent and %d days overdue, next payment due on the %s of %s" % (c.rng.randint(2, 15), c.rng.randint(10, 90), c.ch(["first", "fifteenth", "twenty eighth"]), c.ch(MONTHS)))
    case.note = "balances, percentages, durations, payment date spoken"


def neg_travel(c, case):
    opening(c, case, c.p(0.5), "travel")
    fl = c.ch(["BA", "EI", "FR", "LH", "UA", "DL", "AF"]) + str(c.rng.randint(100, 9999))
    case.say("customer", "my flight %s was cancelled, i was in seat %d%s" % (fl, c.rng.randint(1, 45), c.ch("ABCDEF")))
    case.say("agent", "i can rebook you on the %s departing %02d:%02d from gate %s%d, arriving at %d:%02d local time, room %d at the airport hotel is held" % (
        c.ch(["morning", "evening", "next"]), c.rng.randint(5, 22), c.ch([0, 15, 30, 45]), c.ch("ABCDE"), c.rng.randint(1, 60),
        c.rng.randint(1, 12), c.ch([0, 10, 25, 40]), c.rng.randint(100, 999)))
    case.say("customer", "and the booking reference %s stays the same?" % "".join(c.ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))
    case.note = "flight, seat, gate, time, room number, booking ref"


def neg_meter(c, case):
    opening(c, case, True, "utilities")
    r = rdig(c, 6)
    case.say("agent", "can you give me the meter reading")
    case.say("customer", "the meter reading is %s and the serial number on the meter is %s" % (speak_digits(c, r, [3, 3]), speak_digits(c, rdig(c, 10), [2, 4, 4])))
    case.say("agent", "thanks, that's %s kilowatt hours since the last reading on the %s of %s, about %d pounds %d" % (speak_digits(c, str(c.rng.randint(100, 999)), [3], style="hundreds"), c.ch(["third", "ninth", "twentieth"]), c.ch(MONTHS), c.rng.randint(40, 300), c.rng.randint(10, 99)))
    case.note = "meter reading and meter serial spoken digit by digit"


def neg_policy(c, case):
    opening(c, case, False, "insurance")
    pn = c.ch(["POL-", "HL", "AUTO/", "CLM-"]) + rdig(c, c.rng.randint(8, 12))
    case.say("customer", "Hi, policy number %s, claim ref %s. I was quoted £%d.%02d for the excess?" % (pn, rdig(c, 9), c.rng.randint(100, 999), c.rng.randint(0, 99)))
    case.say("agent", "Thanks - policy %s renews on %02d/%02d/%d, your premium is £%d per month and the excess is £%d." % (pn, c.rng.randint(1, 28), c.rng.randint(1, 12), c.rng.randint(2025, 2027), c.rng.randint(20, 90), c.ch([100, 250, 500])))
    case.note = "typed policy and claim numbers with labels, renewal date, amounts"


def neg_times(c, case):
    opening(c, case, True)
    case.say("customer", "what time are you open till")
    case.say("agent", "we're open %s till %s monday to friday and %s till %s on saturdays, the wait is about %s minutes" % (
        c.ch(["eight", "nine", "seven thirty"]), c.ch(["eight", "six", "five thirty"]), c.ch(["nine", "ten"]), c.ch(["four", "one"]), c.ch(["twenty", "forty five", "fifteen"])))
    case.say("customer", "and the engineer appointment is still the %s of %s between %s and %s" % (c.ch(["fourteenth", "second", "thirty first"]), c.ch(MONTHS), c.ch(["eight", "ten"]), c.ch(["twelve", "one", "two"])))
    case.note = "opening hours, durations, appointment date and slot"


def neg_model_serial(c, case):
    opening(c, case, False, "telecom")
    case.say("customer", "My router model %s-%d keeps dropping. Serial no. %s, bought %d" % (c.ch(["HX", "VR", "BB", "WM"]), c.rng.randint(1000, 9999), "".join(c.ch("ABCDEFGH0123456789") for _ in range(14)), c.rng.randint(2018, 2024)))
    case.say("agent", "Thanks. I've raised ticket #%s, speeds should be %d Mbps, it's currently showing %d%% packet loss at %d°C in the cabinet." % (rdig(c, 8), c.ch([36, 67, 150, 500, 900]), c.rng.randint(2, 40), c.rng.randint(20, 45)))
    case.note = "model, serial, ticket numbers, speeds, percentages, temperature"


def neg_ages_counts(c, case):
    opening(c, case, True)
    case.say("customer", "i've been a customer for %s years, i'm %s, and there are %s of us in the house" % (c.ch(["twelve", "twenty", "thirty one"]), c.ch(["sixty seven", "forty two", "eighty"]), c.ch(["four", "five", "two"])))
    case.say("agent", "that's lovely, since %s then, you've got %s lines and %s gigabytes each" % (c.ch(["nineteen ninety nine", "two thousand and eight", "twenty twelve"]), c.ch(["three", "four"]), c.ch(["fifty", "a hundred", "twenty"])))
    case.note = "ages, years, counts said in words"


def neg_roads(c, case):
    opening(c, case, True)
    case.say("customer", "the breakdown is on the %s just past junction %s near the %s turn off" % (c.ch(["m twenty five", "a forty", "m six", "i ninety five", "route sixty six", "n seven"]), c.ch(["nine", "fourteen", "twenty two"]), c.ch(["a four one", "b one two three four", "exit forty"])))
    case.say("agent", "recovery will be about %s minutes, the truck is %s miles away" % (c.ch(["ninety", "forty", "sixty"]), c.ch(["twelve", "eight", "thirty"])))
    case.note = "road names/numbers, junctions, durations, distances"


def neg_invoice_chat(c, case):
    opening(c, case, False)
    inv = rdig(c, c.ch([9, 11, 13, 19]))
    case.say("customer", "Invoice no. %s says I owe $%d.%02d but I paid on %s %d, confirmation %s" % (
        " ".join(chunks_of(inv, [4, 4, 4, 4, 3])), c.rng.randint(100, 2000), c.rng.randint(0, 99), c.ch(MONTHS).capitalize(), c.rng.randint(1, 28), rdig(c, 10)))
    case.say("agent", "I see invoice %s, the payment of $%d posted %d days late so a %d%% fee applied. Account ref %s." % (inv, c.rng.randint(100, 2000), c.rng.randint(1, 20), c.rng.randint(1, 5), rdig(c, 12)))
    case.note = "long typed invoice/confirmation/account reference numbers with labels"


def neg_contract(c, case):
    opening(c, case, True)
    case.say("customer", "when does my contract end")
    case.say("agent", "your %s month contract started on the %s of %s %s and ends on the %s, the early exit fee is %s pounds" % (
        c.ch(["twenty four", "eighteen", "twelve"]), c.ch(["third", "nineteenth", "first"]), c.ch(MONTHS), c.ch(["twenty twenty three", "two thousand and twenty four"]),
        c.ch(["third of march", "first of june next year"]), c.ch(["one hundred and twelve", "forty eight fifty", "two hundred"])))
    case.note = "contract start/end dates (not DOB), fees"


def neg_readback_ref(c, case):
    opening(c, case, True)
    ref = rdig(c, c.ch([8, 10, 12]))
    case.say("agent", "i'll give you a reference for today's call, have you got a pen")
    case.say("customer", "go on")
    parts = chunks_of(ref, [4] * 3)
    for k, p in enumerate(parts):
        case.say("agent", ("it's " if k == 0 else "") + speak_digits(c, p, [len(p)]))
        case.say("customer", speak_digits(c, p, [len(p)], style="plain"))
    case.say("agent", "that's your call reference, valid for %s days" % c.ch(["thirty", "fourteen", "ninety"]))
    case.note = "call reference given piece by piece with customer read-backs"


def neg_govt(c, case):
    opening(c, case, c.p(0.5), "government services")
    case.say("customer", "my application reference is %s and the form is %s, submitted %s weeks ago" % (
        "".join(c.ch("ABCDEFGHJK") for _ in range(2)) + rdig(c, 8), c.ch(["V5C", "P60", "SA100", "DS-82", "W-9"]), c.ch(["six", "three", "eleven"])))
    case.say("agent", "processing is %s working days, the fee was %s and your tax code is %s" % (
        c.ch(["ten", "fifteen", "twenty"]), c.ch(["£72.50", "€80", "$130"]), c.ch(["1257L", "BR", "1100L"])))
    case.note = "government reference, form names, fees, tax code"


NEG_TEMPLATES = [
    (neg_reference_like_card, 3), (neg_last_four, 2), (neg_amounts, 2), (neg_travel, 2), (neg_meter, 2),
    (neg_policy, 2), (neg_times, 1), (neg_model_serial, 2), (neg_ages_counts, 1), (neg_roads, 1),
    (neg_invoice_chat, 2), (neg_contract, 1), (neg_readback_ref, 2), (neg_govt, 1),
]


# ---------------------------------------------------------------- assembly
def expand(templates):
    seq = []
    for fn, w in templates:
        seq += [fn] * w
    return seq


def build():
    rng = random.Random(SEED)
    c = Ctx(rng)
    cases, metas = [], []
    pos_seq = expand(POS_TEMPLATES)
    neg_seq = expand(NEG_TEMPLATES)
    n_pos, n_neg = 220, 110
    for i in range(n_pos):
        fn = pos_seq[i % len(pos_seq)]
        case = Case("positive", "")
        fn(c, case)
        d, meta, groups = case.compile("h444-pos-%03d" % (i + 1))
        cases.append(d)
        metas.append((meta, groups))
    for i in range(n_neg):
        fn = neg_seq[i % len(neg_seq)]
        case = Case("negative", "")
        fn(c, case)
        d, meta, groups = case.compile("h444-neg-%03d" % (i + 1))
        cases.append(d)
        metas.append((meta, groups))
    text = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in cases)
    return text, cases, metas


def check_case(d, meta, groups, errs):
    cid = d["id"]
    if d["kind"] == "negative" and d["spans"]:
        errs.append("%s: negative with spans" % cid)
    if d["kind"] == "positive" and not d["spans"]:
        errs.append("%s: positive without spans" % cid)
    for t in d["turns"]:
        if t["speaker"] not in ("customer", "agent"):
            errs.append("%s: bad speaker" % cid)
    by_turn = {}
    for s, (grp, frag, role) in zip(d["spans"], meta):
        tx = d["turns"][s["turn"]]["text"]
        st, en = s["start"], s["end"]
        if not (0 <= st < en <= len(tx)):
            errs.append("%s: span out of range" % cid)
            continue
        val = tx[st:en]
        if val != val.strip() or not val[0].isalnum() and val[0] not in "+(" or not val[-1].isalnum():
            errs.append("%s: span not trimmed %r" % (cid, val))
        if st > 0 and tx[st - 1].isalnum():
            errs.append("%s: span start not on word boundary %r" % (cid, val))
        if en < len(tx) and tx[en].isalnum():
            errs.append("%s: span end not on word boundary %r" % (cid, val))
        by_turn.setdefault(s["turn"], []).append((st, en))
        typ, gval = groups[grp]
        if typ != s["type"]:
            errs.append("%s: type mismatch" % cid)
        if not validate(typ, gval):
            errs.append("%s: group value invalid %s %r" % (cid, typ, gval))
        if typ == "ADDRESS":
            if not address_ok(val):
                errs.append("%s: address fails %r" % (cid, val))
            continue
        norm = normalise(val, CTX[typ])
        if typ == "EMAIL":
            norm = norm.lower()
        if norm != frag:
            errs.append("%s: %s span %r normalises to %r, expected %r" % (cid, typ, val, norm, frag))
        if role == "full" and frag != gval:
            errs.append("%s: full span differs from value" % cid)
        elif role == "part" and frag not in gval:
            errs.append("%s: part %r not in %r" % (cid, frag, gval))
        elif role == "misread":
            if len(frag) == len(gval):
                diff = sum(1 for a, b in zip(frag, gval) if a != b)
                if not (diff == 1 or (diff == 2 and typ == "DOB")):
                    errs.append("%s: misread differs in %d places" % (cid, diff))
            elif len(frag) != 1:
                errs.append("%s: bad misread" % cid)
    for ti, lst in by_turn.items():
        lst.sort()
        for a, b in zip(lst, lst[1:]):
            if b[0] < a[1]:
                errs.append("%s: overlapping spans in turn %d" % (cid, ti))


def counts(cases):
    ct = {}
    for d in cases:
        for s in d["spans"]:
            ct[s["type"]] = ct.get(s["type"], 0) + 1
    return ct


def main():
    text, cases, metas = build()
    if "--check" in sys.argv:
        errs = []
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                errs.append("file is not byte-identical to regenerated output")
        ids = [d["id"] for d in cases]
        if len(ids) != len(set(ids)):
            errs.append("duplicate ids")
        for d, (meta, groups) in zip(cases, metas):
            check_case(d, meta, groups, errs)
        ct = counts(cases)
        npos = sum(1 for d in cases if d["kind"] == "positive")
        nneg = sum(1 for d in cases if d["kind"] == "negative")
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for typ in CTX:
            if ct.get(typ, 0) < need.get(typ, 10):
                errs.append("too few %s spans: %d" % (typ, ct.get(typ, 0)))
        for e in errs[:60]:
            print("ERROR", e)
        print("positives=%d negatives=%d spans=%s" % (npos, nneg, json.dumps(ct, sort_keys=True)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(cases), OUT))
    print(json.dumps(counts(cases), sort_keys=True))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout345 held-out PII redaction evaluation set.

Writes tests/fixtures/pii_holdout345/cases.jsonl and README.md.
Every turn is assembled from plain-text segments and labelled value
segments, so span offsets are computed, never typed by hand.

    python scripts/make_pii_holdout345.py           # (re)write the files
    python scripts/make_pii_holdout345.py --check   # regenerate and verify

Standard library only; a single random.Random(345241125).
"""
import json
import os
import re
import sys
import random
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout345")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ORD_UNIT = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9}
ORD_TEEN = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
            "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
            "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward",
        "f": "freddie", "g": "george", "h": "harry", "j": "jack", "k": "king",
        "l": "london", "m": "mary", "n": "nancy", "p": "peter", "r": "robert",
        "s": "sugar", "t": "tommy", "w": "william", "x": "xmas", "y": "yellow",
        "z": "zebra"}
FILLERS = ["um", "uh", "er", "erm", "ah"]
ZEROS = ["oh", "o", "zero", "nought", "oh"]

# ---------------------------------------------------------------- normaliser
_WORDVAL = {w: i for i, w in enumerate(UNIT)}
_WORDVAL.update({"oh": 0, "o": 0, "nought": 0, "nil": 0})
_TEENVAL = {w: 10 + i for i, w in enumerate(TEEN)}
_TENSVAL = {v: k for k, v in TENS.items()}
_NATO_REV = {v.replace("-", ""): k for k, v in NATO.items()}
_FOLK_REV = {v: k for k, v in FOLK.items()}
_SKIP = set(FILLERS) | {"and", "the", "of", "hmm", "mm", "plus"}


def _tokens(text):
    return re.findall(r"[a-z]+-[a-z]+|[a-z0-9]+|[@._/+-]", text.lower())


def _small(toks, i):
    """parse 0-99 starting at toks[i]; return (value, ndigits, next_i) or None"""
    t = toks[i] if i < len(toks) else None
    if t in _TEENVAL:
        return _TEENVAL[t], 2, i + 1
    if t in ORD_TEEN:
        return ORD_TEEN[t], 2, i + 1
    if t in _TENSVAL:
        v = _TENSVAL[t] * 10
        n = toks[i + 1] if i + 1 < len(toks) else None
        if n in _WORDVAL and _WORDVAL[n] > 0 and n not in ("o", "oh"):
            return v + _WORDVAL[n], 2, i + 2
        if n in ORD_UNIT:
            return v + ORD_UNIT[n], 2, i + 2
        return v, 2, i + 1
    if t in ORD_UNIT:
        return ORD_UNIT[t], 1, i + 1
    if t in _WORDVAL:
        return _WORDVAL[t], 1, i + 1
    return None


def normalise(text, mode="alnum"):
    """Turn typed or spoken text into a compact value string.

    mode "alnum": digits and upper-case letters; "email": e-mail string."""
    toks = _tokens(text)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if re.search(r"\d", t):  # typed mixed token such as "ex2" or "qq123456c"
            out.append(t.upper() if mode == "alnum" else t)
            i += 1
            continue
        if mode == "email":
            if t == "dot" or t == ".":
                out.append(".")
                i += 1
                continue
            if t == "at" or t == "@":
                out.append("@")
                i += 1
                continue
            if t in ("underscore", "_"):
                out.append("_")
                i += 1
                continue
            if t in ("dash", "hyphen", "-"):
                out.append("-")
                i += 1
                continue
        if t in _SKIP or t in "/.-_+@":
            i += 1
            continue
        if t in ("double", "triple") and nxt and len(nxt) == 1 and nxt.isalpha() \
                and nxt != "o" and mode == "alnum":
            out.append(nxt.upper() * (2 if t == "double" else 3))
            i += 2
            continue
        if mode == "email" and len(t) == 1 and t.isalpha():
            out.append(t)
            i += 1
            continue
        if t in ("double", "triple") and nxt in _WORDVAL:
            out.append(str(_WORDVAL[nxt]) * (2 if t == "double" else 3))
            i += 2
            continue
        if t in _WORDVAL and nxt in ("hundred", "thousand"):
            big = _WORDVAL[t]
            width = 2 if nxt == "hundred" else 3
            j = i + 2
            while j < len(toks) and toks[j] in ("and",):
                j += 1
            rest = 0
            if nxt == "thousand" and j + 1 < len(toks) and toks[j] in _WORDVAL \
                    and toks[j + 1] == "hundred":
                rest = _WORDVAL[toks[j]] * 100
                j += 2
                while j < len(toks) and toks[j] == "and":
                    j += 1
            if j < len(toks) and toks[j] not in ("o", "oh", "zero", "nought") \
                    and (toks[j] in _TEENVAL or toks[j] in _TENSVAL or toks[j] in _WORDVAL):
                r = _small(toks, j)
                rest += r[0]
                j = r[2]
            out.append(str(big) + str(rest).zfill(width))
            i = j
            continue
        s = _small(toks, i)
        if s is not None:
            v, nd, j = s
            out.append(str(v).zfill(nd) if nd == 2 else str(v))
            i = j
            continue
        if len(t) == 1 and t.isalpha():
            out.append(t.upper() if mode == "alnum" else t)
            # "j for juliet" / "j as in juliet"
            if nxt == "for" and i + 2 < len(toks):
                i += 3
                continue
            if nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
                i += 4
                continue
            i += 1
            continue
        if mode == "alnum" and t.replace("-", "") in _NATO_REV:
            out.append(_NATO_REV[t.replace("-", "")].upper())
            i += 1
            continue
        out.append(t.upper() if mode == "alnum" else t)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- validators
def luhn_ok(d):
    s = 0
    for k, ch in enumerate(reversed(d)):
        n = int(ch)
        if k % 2:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
STREET_WORDS = ("road", "street", "lane", "avenue", "close", "grove", "drive", "way",
                "crescent", "place", "terrace", "court", "gardens", "boulevard",
                "rd", "st", "ave", "park", "row", "hill", "walk", "square", "mews")


def canonical_valid(typ, val):
    if typ == "CARD_NUMBER":
        return val.isdigit() and 13 <= len(val) <= 19 and luhn_ok(val)
    if typ == "CVV":
        return val.isdigit() and len(val) in (3, 4)
    if typ == "SSN":
        return (val.isdigit() and len(val) == 9 and val[:3] not in ("000", "666")
                and val[0] != "9" and val[3:5] != "00" and val[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(val))
    if typ == "BANK_ACCOUNT":
        return val.isdigit() and 6 <= len(val) <= 17
    if typ == "SORT_CODE":
        return val.isdigit() and len(val) == 6
    if typ == "IBAN":
        return iban_ok(val)
    if typ == "PHONE":
        return val.isdigit() and 7 <= len(val) <= 15
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", val))
    if typ == "POSTCODE":
        return bool(UK_PC_RE.fullmatch(val) or re.fullmatch(r"\d{5}(\d{4})?", val))
    if typ in ("DOB", "EXPIRY"):
        d, m, y = val
        if not (1 <= m <= 12):
            return False
        if typ == "DOB":
            return 1920 <= y <= 2010 and 1 <= d <= 28 + (3 if m != 2 else 0)
        return 2024 <= y <= 2034
    if typ == "ADDRESS":
        return True
    return False


def _date_parts(text):
    low = text.lower()
    months = [k + 1 for k, m in enumerate(MONTHS) if re.search(r"\b" + m[:3], low)]
    digits = normalise(re.sub(r"[a-z]+", lambda m: "" if m.group(0)[:3] in
                              [x[:3] for x in MONTHS] else m.group(0), low))
    return months, digits


def span_matches(typ, text, canon, role):
    """Check that the (concatenated) span text carries the canonical value."""
    if typ in ("DOB", "EXPIRY"):
        d, m, y = canon
        months, digits = _date_parts(text)
        ok_m = m in months or str(m) in digits
        ok_y = str(y) in digits or str(y)[2:] in digits
        ok_d = typ == "EXPIRY" or str(d) in digits
        return ok_m and ok_y and ok_d
    if typ == "ADDRESS":
        low = text.lower()
        num = normalise(low)
        starts = bool(num and num[0].isdigit()) or low.startswith(("flat", "apartment", "unit"))
        return starts and any(re.search(r"\b" + w + r"\b", low) for w in STREET_WORDS)
    if typ == "EMAIL":
        got = normalise(text, "email")
    else:
        got = normalise(text)
        if typ not in ("NI_NUMBER", "IBAN", "POSTCODE"):
            if not got.isdigit():
                return False
    if role == "full":
        return got == canon
    if role == "prefix":
        return len(got) >= 2 and canon.startswith(got) and got != canon
    if role == "suffix":
        return len(got) == 4 and canon.endswith(got)
    return False


# ---------------------------------------------------------------- case builder
class V:
    def __init__(self, text, typ, gid):
        self.text, self.typ, self.gid = text, typ, gid


class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []
        self.spans = []
        self.span_gid = []
        self.groups = {}  # gid -> (type, canonical, role)

    def group(self, typ, canon, role="full"):
        gid = len(self.groups)
        self.groups[gid] = (typ, canon, role)
        return gid

    def turn(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for s in segs:
            if isinstance(s, V):
                start = len(text)
                text += s.text
                self.spans.append({"turn": ti, "start": start, "end": len(text), "type": s.typ})
                self.span_gid.append(s.gid)
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *segs):
        return self.turn("customer", *segs)

    def a(self, *segs):
        return self.turn("agent", *segs)


R = random.Random(345241125)


def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- value makers
def speak_digit(d):
    return ch(ZEROS) if d == "0" else UNIT[int(d)]


def speak_single(s, allow_dbl=True):
    words = []
    i = 0
    while i < len(s):
        run = 1
        while i + run < len(s) and s[i + run] == s[i] and run < 3:
            run += 1
        if allow_dbl and run == 3 and chance(0.6):
            words.append("triple " + speak_digit(s[i]))
            i += 3
        elif allow_dbl and run >= 2 and chance(0.6):
            words.append("double " + speak_digit(s[i]))
            i += 2
        else:
            words.append(speak_digit(s[i]))
            i += 1
    return " ".join(words)


def speak_pair(p):
    a, b = p
    if a == "1":
        return TEEN[int(b)]
    if a == "0" or b == "0":
        return speak_single(p, False)
    return TENS[int(a)] + " " + UNIT[int(b)]


def speak_chunk(c, style=None):
    style = style or ch(["single", "single", "pairs", "hund"])
    if style == "pairs" and len(c) % 2 == 0:
        return " ".join(speak_pair(c[k:k + 2]) for k in range(0, len(c), 2))
    if style == "hund" and len(c) == 3 and c[0] != "0" and c[1:] != "00" \
            and not (c[2] == "0" and c[1] != "0"):
        h = UNIT[int(c[0])] + " hundred"
        if c[1] == "0":
            return h + " and " + UNIT[int(c[2])]
        return h + ch([" and ", " "]) + speak_pair(c[1:])
    if style == "hund" and len(c) == 4 and c[0] != "0" and c[1:] != "000" \
            and c[2] != "0" and c[1] != "0" and not (c[3] == "0" and c[2] != "1"):
        # "forty one eleven" style for 4 digits
        return speak_pair(c[:2]) + " " + speak_pair(c[2:])
    return speak_single(c)


def spoken(digits, chunks, filler=0.25, sep=None):
    parts = []
    pos = 0
    for n in chunks:
        parts.append(speak_chunk(digits[pos:pos + n]))
        pos += n
    assert pos == len(digits)
    out = parts[0]
    for p in parts[1:]:
        s = sep if sep is not None else ch([" ", ", ", " ", "... "])
        if chance(filler):
            s = s + ch(FILLERS) + " "
        out += s + p
    return out


def grouped(digits, chunks, sep=" "):
    out, pos = [], 0
    for n in chunks:
        out.append(digits[pos:pos + n])
        pos += n
    return sep.join(out)


def make_card():
    kind = ch(["visa", "visa", "mc", "mc", "amex", "visa13", "long19", "disc"])
    if kind == "visa":
        pre, n = "4" + "".join(ch("0123456789") for _ in range(5)), 16
    elif kind == "mc":
        pre, n = ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        pre, n = ch(["34", "37"]), 15
    elif kind == "visa13":
        pre, n = "4", 13
    elif kind == "long19":
        pre, n = ch(["6759", "4"]), 19
    else:
        pre, n = "6011", 16
    body = pre + "".join(ch("0123456789") for _ in range(n - 1 - len(pre)))
    num = luhn_complete(body)
    if n == 15:
        chunks = [4, 6, 5]
    elif n == 13:
        chunks = [4, 3, 3, 3]
    elif n == 19:
        chunks = [4, 4, 4, 4, 3]
    else:
        chunks = ch([[4, 4, 4, 4], [4, 4, 4, 4], [4, 4, 4, 4], [5, 4, 6, 1], [2, 2, 4, 4, 4]])
    return num, chunks


def typed_card(num, chunks):
    st = ch(["sp", "sp", "dash", "none", "dot", "odd", "dblsp"])
    if st == "sp":
        return grouped(num, chunks)
    if st == "dash":
        return grouped(num, chunks, "-")
    if st == "none":
        return num
    if st == "dot":
        return grouped(num, chunks, ".")
    if st == "dblsp":
        return grouped(num, chunks, "  ")
    return grouped(num, [3, 5, 2, 6][:0] or _odd(len(num)))


def _odd(n):
    out, left = [], n
    while left > 0:
        k = min(left, ch([2, 3, 5, 6]))
        out.append(k)
        left -= k
    return out


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = ch(NI_L1) + ch(NI_L2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(ch("0123456789") for _ in range(6)) + ch("ABCD")


def spell_letter(l, style):
    l = l.lower()
    if style == "nato":
        return l + ch([" for ", " as in "]) + NATO[l]
    if style == "folk" and l in FOLK:
        return l + " for " + FOLK[l]
    if style == "natoonly":
        return NATO[l]
    return l


def iban_check(cc, bban):
    r = bban + cc + "00"
    v = int("".join(str(int(c, 36)) for c in r.upper()))
    return "%02d" % (98 - v % 97)


def iban_group(ib):
    return grouped(ib, [4] * (len(ib) // 4) + ([len(ib) % 4] if len(ib) % 4 else []))


def make_iban():
    cc = ch(["GB", "GB", "IE", "IE", "DE", "NL", "FR", "ES"])
    dg = lambda n: "".join(ch("0123456789") for _ in range(n))
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "HBUK", "MIDL", "NAIA"]) + dg(14)
    elif cc == "IE":
        bban = ch(["AIBK", "BKIR", "ULSB", "IPBS"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "NL":
        bban = ch(["ABNA", "RABA", "INGB", "TRI"[:3] + "N"]) + dg(10)
    elif cc == "FR":
        bban = dg(23)
    else:
        bban = dg(20)
    return cc + iban_check(cc, bban) + bban


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "M", "B", "LS", "L", "G", "EH", "CF", "BS",
            "NE", "S", "BT", "CR", "TW", "RG", "GU", "BN", "PL", "EX", "YP", "DN", "HU"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def make_ukpc():
    a = ch(UK_AREAS)
    d = str(R.randint(1, 28)) if len(a) == 2 else str(R.randint(1, 20))
    if a in ("SW", "W", "E", "N", "EC") and chance(0.2):
        d = str(R.randint(1, 9)) + ch("ABC")
    return a + d, str(R.randint(0, 9)) + ch(INWARD) + ch(INWARD)


def make_zip():
    z = "%05d" % R.randint(1001, 99950)
    return z, (z + "%04d" % R.randint(1, 9999)) if chance(0.25) else None


STREETS_UK = ["Elm Grove", "Kingsley Road", "Station Road", "Church Lane", "Meadow Close",
              "Victoria Street", "Albert Terrace", "Mill Lane", "Orchard Way", "Park Crescent",
              "Hawthorn Drive", "Castle Street", "Windmill Hill", "Beech Avenue", "Queens Walk"]
STREETS_US = ["Maple Avenue", "Oak Street", "Sunset Boulevard", "Pine Ridge Drive",
              "Lakeview Court", "Main Street", "Cedar Lane", "Willow Way"]
STREETS_IE = ["Griffith Avenue", "Seafield Road", "Mount Street", "Clonard Park"]
TOWNS_UK = ["Leeds", "Bristol", "Croydon", "Manchester", "Cardiff", "Belfast", "Norwich"]
TOWNS_US = ["Springfield", "Austin", "Denver", "Portland", "Columbus"]
FIRST = ["sarah", "james", "priya", "liam", "aoife", "tomasz", "grace", "mohammed", "chloe",
         "david", "niamh", "kevin", "fatima", "oliver", "maria", "sean", "hannah", "raj"]
LAST = ["doe", "smith", "okafor", "murphy", "kowalski", "patel", "byrne", "nguyen", "evans",
        "garcia", "obrien", "walsh", "khan", "jones", "taylor", "brennan", "lee"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "btinternet.com",
           "icloud.com", "eircom.net", "proton.me", "live.ie", "aol.com", "gmx.de"]


def make_email():
    f, l = ch(FIRST), ch(LAST)
    d = ch(DOMAINS)
    st = R.randint(0, 5)
    if st == 0:
        loc = f + "." + l
    elif st == 1:
        loc = f[0] + l + str(R.randint(1, 99))
    elif st == 2:
        loc = f + "_" + l[0]
    elif st == 3:
        loc = f + l + str(R.randint(1950, 2005))
    elif st == 4:
        loc = l + "-" + f
    else:
        loc = f[0] + "." + l
    return loc + "@" + d


def speak_email(e):
    loc, dom = e.split("@")

    def sp(part):
        out = []
        for tok in re.findall(r"[a-z]+|\d+|[._-]", part):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok == "-":
                out.append(ch(["dash", "hyphen"]))
            elif tok.isdigit():
                if len(tok) == 4 and tok[0] == "1":
                    out.append(speak_pair(tok[:2]) + " " + speak_pair(tok[2:])
                               if tok[2] not in "0" and tok[3] != "0" else speak_single(tok, False))
                else:
                    out.append(speak_single(tok, False))
            elif len(tok) == 1:
                out.append(tok)
            else:
                out.append(tok)
        return " ".join(out)
    return sp(loc) + " at " + sp(dom)


def make_phone():
    k = R.randint(0, 9)
    if k in (0, 1):  # UK mobile
        n = "07700900" + "%03d" % R.randint(0, 999)
        return n, "07700 900" + n[-3:], [5, 3, 3], "+44 7700 900" + n[-3:], "447700900" + n[-3:]
    if k == 2:  # London landline
        n = "02079460" + "%03d" % R.randint(0, 999)
        return n, "020 7946 0" + n[-3:], [3, 4, 4], "+44 20 7946 0" + n[-3:], "4420" + n[3:]
    if k in (3, 4):  # US
        a = ch(["212", "415", "312", "617", "303", "512"])
        n = a + "555" + "01" + "%02d" % R.randint(0, 99)
        return n, "%s-555-%s" % (a, n[-4:]), [3, 3, 4], "+1 %s 555 %s" % (a, n[-4:]), "1" + n
    if k in (5, 6):  # Ireland mobile
        n = ch(["083", "085", "086", "087"]) + "%07d" % R.randint(0, 9999999)
        return n, "%s %s %s" % (n[:3], n[3:6], n[6:]), [3, 3, 4], \
            "+353 %s %s %s" % (n[1:3], n[3:6], n[6:]), "353" + n[1:]
    if k == 7:  # Germany
        n = "030" + "%08d" % R.randint(0, 99999999)
        return n, "030 " + n[3:], [3, 4, 4], "+49 30 " + n[3:], "4930" + n[3:]
    if k == 8:  # France mobile
        n = "06" + "%08d" % R.randint(0, 99999999)
        return n, " ".join(n[i:i + 2] for i in range(0, 10, 2)), [2, 2, 2, 2, 2], \
            "+33 6 " + " ".join(n[i:i + 2] for i in range(2, 10, 2)), "33" + n[1:]
    n = "01" + ch(["13", "61", "17"]) + "496" + "%04d" % R.randint(0, 999)
    return n, n[:4] + " " + n[4:], [4, 3, 4], "+44 " + n[1:4] + " " + n[4:], "44" + n[1:]


def make_dob():
    return (R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2006))


def ordinal(n):
    if n in ORD_TEEN.values():
        return [k for k, v in ORD_TEEN.items() if v == n][0]
    if n < 10:
        return [k for k, v in ORD_UNIT.items() if v == n][0]
    t, u = divmod(n, 10)
    return TENS[t] + " " + [k for k, v in ORD_UNIT.items() if v == u][0]


def speak_year(y):
    if y >= 2000:
        r = y - 2000
        if r == 0:
            return "two thousand"
        if r < 10:
            return "two thousand and " + UNIT[r]
        return ch(["two thousand and " + speak_num99(r), "twenty " + speak_num99(r)])
    hi, lo = divmod(y, 100)
    low = speak_num99(lo) if lo >= 10 else ch(ZEROS) + " " + UNIT[lo]
    return speak_num99(hi) + " " + low


def speak_num99(n):
    if n < 10:
        return UNIT[n]
    if n < 20:
        return TEEN[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + UNIT[u])


def dob_text(d, m, y, spoken_=False, us=False):
    if spoken_:
        st = R.randint(0, 4)
        if st == 0:
            return "the %s of %s %s" % (ordinal(d), MONTHS[m - 1], speak_year(y))
        if st == 1:
            return "%s %s %s" % (MONTHS[m - 1], ordinal(d), speak_year(y))
        if st == 2:
            return "%s %s %s" % (speak_num99(d), MONTHS[m - 1], speak_year(y))
        if st == 3:
            return "%s of %s, um, %s" % (ordinal(d), MONTHS[m - 1], speak_year(y))
        return "%s %s %s" % (speak_single("%02d" % d, False), speak_single("%02d" % m, False),
                             speak_year(y))
    st = R.randint(0, 5)
    if us:
        return ch(["%02d/%02d/%d" % (m, d, y), "%d-%d-%d" % (m, d, y),
                   "%s %d, %d" % (MONTHS[m - 1][:3].title(), d, y)])
    if st == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if st == 1:
        return "%d.%d.%d" % (d, m, y)
    if st == 2:
        return "%d %s %d" % (d, MONTHS[m - 1].title(), y)
    if st == 3:
        return "%02d-%02d-%d" % (d, m, y)
    if st == 4:
        return "%d%s %s %d" % (d, "th" if d in (11, 12, 13) or d % 10 > 3 or d % 10 == 0
                               else {1: "st", 2: "nd", 3: "rd"}[d % 10], MONTHS[m - 1][:3], y)
    return "%d/%d/%s" % (d, m, str(y))


def make_exp():
    return (1, R.randint(1, 12), R.randint(2026, 2032))


def exp_text(m, y, spoken_=False):
    if spoken_:
        st = R.randint(0, 3)
        if st == 0:
            return speak_single("%02d" % m, False) + " " + speak_num99(y - 2000)
        if st == 1:
            return MONTHS[m - 1] + " " + speak_year(y)
        if st == 2:
            return speak_single("%02d" % m, False) + ch([" slash ", " "]) + \
                speak_num99(y - 2000)
        return MONTHS[m - 1] + " " + speak_num99(y - 2000)
    return ch(["%02d/%02d" % (m, y - 2000), "%02d/%d" % (m, y), "%d/%02d" % (m, y - 2000),
               "%02d-%02d" % (m, y - 2000), "%s %d" % (MONTHS[m - 1][:3].title(), y),
               "%02d%02d" % (m, y - 2000)])


BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes", "got that", "and the next"]
ASIDES = ["hang on the dog's going mad", "sorry one sec my glasses", "bear with me",
          "sorry the signal's bad", "hold on the kettle", "wait let me turn the telly down",
          "sorry, kids are shouting"]
IND = ["bank", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
       "government services"]


# ---------------------------------------------------------------- positives
def pos_card(i):
    num, chunks = make_card()
    v = i % 9
    c = Case("")
    ind = IND[i % len(IND)]
    if v == 0:
        g = c.group("CARD_NUMBER", num)
        lab = ch(["card no: ", "Card number - ", "cc ", "my card is ", "CARD: ", "pls use "])
        c.c(ch(["Hi, ", "hello ", ""]), lab, V(typed_card(num, chunks), "CARD_NUMBER", g),
            ch([" thanks", ".", "", " ty", " - can you take the payment now?"]))
        c.a("Thanks, I'll process that payment for you now.")
        c.note = "typed chat, %s, card with label" % ind
    elif v == 1:
        g = c.group("CARD_NUMBER", num)
        g2 = c.group("CARD_NUMBER", num)
        c.a("can i take the long number across the front of the card please")
        c.c(ch(["yeah it's ", "it's ", "okay so ", "right um "]),
            V(spoken(num, chunks), "CARD_NUMBER", g))
        c.a("let me just read that back ", V(spoken(num, chunks, 0.0), "CARD_NUMBER", g2),
            " is that right")
        c.c("yes that's it")
        c.note = "ASR call, %s, spoken card with agent read-back" % ind
    elif v == 2:
        c.a("go ahead with the card number when you're ready")
        pos = 0
        parts = []
        for n in chunks:
            parts.append(num[pos:pos + n])
            pos += n
        # group chunks into 2-4 turns
        k = min(len(parts), ch([2, 3, 4]))
        sizes = [len(parts) // k + (1 if x < len(parts) % k else 0) for x in range(k)]
        pos = 0
        prefix = ""
        for s in sizes:
            piece = "".join(parts[pos:pos + s])
            chk = [len(p) for p in parts[pos:pos + s]]
            pos += s
            g = c.group("CARD_NUMBER", piece, "full")
            lead = ch(["", "", "uh ", "then "]) if prefix else ch(["", "", "uh ", "right "])
            c.c(lead, V(spoken(piece, chk), "CARD_NUMBER", g))
            prefix += piece
            if prefix != num:
                c.a(ch(BACKCH))
        c.a("lovely thank you")
        c.note = "ASR call, %s, card split over customer turns with back-channels" % ind
    elif v == 3:
        cut = chunks[0] + chunks[1] if chunks[0] + chunks[1] < len(num) else chunks[0]
        gp = c.group("CARD_NUMBER", num, "prefix")
        g = c.group("CARD_NUMBER", num)
        c.a("and the card number")
        c.c("it's ", V(spoken(num[:cut], chunks[:2] if cut > chunks[0] else chunks[:1]),
                       "CARD_NUMBER", gp),
            ch(["... no sorry that's the old card, hang on. right, ",
                " wait no i'll start again. ", " oh hang on i've misread it, from the top, "]),
            V(spoken(num, chunks), "CARD_NUMBER", g))
        c.a("okay got it")
        c.note = "ASR call, %s, restarted card reading (aborted fragment labelled)" % ind
    elif v == 4:
        ga = c.group("CARD_NUMBER", num[:chunks[0] + chunks[1]])
        gb = c.group("CARD_NUMBER", num[chunks[0] + chunks[1]:])
        c.a("card number please")
        c.c(V(spoken(num[:chunks[0] + chunks[1]], chunks[:2]), "CARD_NUMBER", ga),
            ", " + ch(ASIDES) + ", ",
            V(spoken(num[chunks[0] + chunks[1]:], chunks[2:]), "CARD_NUMBER", gb))
        c.a("thanks")
        c.note = "ASR call, %s, card with an aside in the middle of the reading" % ind
    elif v == 5:
        g = c.group("CARD_NUMBER", num)
        gs = c.group("CARD_NUMBER", num, "suffix")
        c.c(ch(["Card: ", "card number ", "Paying with "]),
            V(typed_card(num, chunks), "CARD_NUMBER", g), ch(["", "."]))
        c.a("Thanks. So that's the card ending ", V(num[-4:], "CARD_NUMBER", gs),
            ", is that correct?")
        c.c("yes")
        c.note = "typed chat, %s, full card then last four in same case (labelled)" % ind
    elif v == 6:
        m, y = make_exp()[1:]
        cvv = "%04d" % R.randint(0, 9999) if len(num) == 15 else "%03d" % R.randint(0, 999)
        g = c.group("CARD_NUMBER", num)
        ge = c.group("EXPIRY", (1, m, y))
        gc = c.group("CVV", cvv)
        c.a("so the card number, expiry and the security code please")
        c.c(V(spoken(num, chunks), "CARD_NUMBER", g), " ", ch(["expires ", "expiry ", "and it runs out "]),
            V(exp_text(m, y, True), "EXPIRY", ge), ch([" and the three on the back ",
                                                       " security code ", " cvv is "]),
            V(speak_single(cvv), "CVV", gc))
        c.a("thank you, processing that now")
        c.note = "ASR call, %s, card + expiry + CVV in one turn" % ind
    elif v == 7:
        m, y = make_exp()[1:]
        cvv = "%03d" % R.randint(0, 999) if len(num) != 15 else "%04d" % R.randint(0, 9999)
        g = c.group("CARD_NUMBER", num)
        ge = c.group("EXPIRY", (1, m, y))
        gc = c.group("CVV", cvv)
        c.c("Subject: payment\nHi,\nplease charge ", V(typed_card(num, chunks), "CARD_NUMBER", g),
            ch([" exp ", ", expiry: ", " exp. "]), V(exp_text(m, y), "EXPIRY", ge),
            ch([" cvv ", ", CVC: ", ", sec code "]), V(cvv, "CVV", gc),
            ch([" for the invoice.\nThanks", " for order 55210.\nRegards"]))
        c.a("Thank you, your payment has been taken.")
        c.note = "typed e-mail, %s, card + expiry + CVV" % ind
    else:
        g = c.group("CARD_NUMBER", num)
        g2 = c.group("CARD_NUMBER", num)
        c.a("what's the card number you'd like to use")
        sp = spoken(num, chunks)
        c.c("erm, ", V(sp, "CARD_NUMBER", g))
        c.a("sorry you broke up there could you say that again")
        c.c("yeah ", V(spoken(num, chunks, 0.4, ", "), "CARD_NUMBER", g2))
        c.a("perfect thanks")
        c.note = "ASR call, %s, card repeated after bad line" % ind
    return c


def pos_ssn(i):
    s = make_ssn()
    c = Case("")
    v = i % 6
    g = c.group("SSN", s)
    if v == 0:
        c.c(ch(["SSN: ", "ssn ", "Social: ", "my social is ", "SS#: "]),
            V(ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:]), "SSN", g),
            ch(["", ".", " - is that enough to verify?"]))
        c.a("Thank you, you're verified.")
        c.note = "typed chat, US, SSN with label"
    elif v == 1:
        g2 = c.group("SSN", s)
        c.a("for security can i get your social security number")
        c.c(ch(["sure it's ", "yeah ", "um okay "]), V(spoken(s, [3, 2, 4]), "SSN", g))
        c.a("thank you that's ", V(spoken(s, [3, 2, 4], 0), "SSN", g2), " correct")
        c.c("correct")
        c.note = "ASR call, US healthcare billing, spoken SSN with read-back"
    elif v == 2:
        ga = c.group("SSN", s[:5])
        c.groups[g] = ("SSN", s[5:], "full")
        c.a("and your social")
        c.c(V(spoken(s[:5], [3, 2]), "SSN", ga))
        c.a(ch(BACKCH))
        c.c(V(spoken(s[5:], [4]), "SSN", g))
        c.note = "ASR call, US, SSN split over two turns"
    elif v == 3:
        c.c("Name: %s %s\nSocial Security No.: " % (ch(FIRST).title(), ch(LAST).title()),
            V("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN", g),
            "\nClaim ref: CLM-%d" % R.randint(100000, 999999))
        c.a("Thanks, we've linked the claim to your record.")
        c.note = "typed form, US insurance, SSN next to claim ref"
    elif v == 4:
        gp = c.group("SSN", s, "prefix")
        c.a("last thing i need is the social")
        c.c(V(spoken(s[:3], [3]), "SSN", gp), ch([" no wait, ", " sorry, wrong one, it's "]),
            V(spoken(s, [3, 2, 4], 0.5), "SSN", g))
        c.note = "ASR call, US, restarted SSN reading"
    else:
        c.a("can you confirm your social security number")
        c.c("yeah it's ", V(speak_single(s[:3]) + ", " + speak_pair(s[3:5]) + ", " +
                            speak_chunk(s[5:], "hund"), "SSN", g))
        c.note = "ASR call, US government services, SSN in pairs"
    return c


def speak_ni(ni, style):
    if style == "plain":
        lets = [ni[0].lower(), ni[1].lower()]
    else:
        lets = [spell_letter(ni[0], style), spell_letter(ni[1], style)]
    if ni[0] == ni[1] and chance(0.5):
        head = "double " + ni[0].lower()
    else:
        head = " ".join(lets)
    tail = spell_letter(ni[8], style) if style != "plain" else ni[8].lower()
    return head + ", " + spoken(ni[2:8], ch([[2, 2, 2], [6], [3, 3]])) + ", " + tail


def pos_ni(i):
    ni = make_ni()
    c = Case("")
    v = i % 6
    g = c.group("NI_NUMBER", ni)
    if v == 0:
        t = ch(["%s %s %s %s %s", "%s%s%s%s%s", "%s-%s-%s-%s-%s"]) % (
            ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
        t = ch([t, t.lower(), t])
        c.c(ch(["NI number: ", "my NI is ", "NINO ", "ni no. ", "National Insurance: "]),
            V(t, "NI_NUMBER", g), ch(["", ".", " thanks"]))
        c.a("Thanks, I've found your record.")
        c.note = "typed chat, UK government services, NI number"
    elif v == 1:
        g2 = c.group("NI_NUMBER", ni)
        c.a("can i take your national insurance number please")
        c.c("yeah it's ", V(speak_ni(ni, "plain"), "NI_NUMBER", g))
        c.a("so that's ", V(speak_ni(ni, "nato"), "NI_NUMBER", g2))
        c.c("that's right")
        c.note = "ASR call, UK, NI number with NATO read-back"
    elif v == 2:
        c.a("national insurance number")
        c.c("it's ", V(speak_ni(ni, ch(["nato", "folk"])), "NI_NUMBER", g))
        c.note = "ASR call, UK, NI spelled with 'x for word'"
    elif v == 3:
        ga = c.group("NI_NUMBER", ni[:4])
        gb = c.group("NI_NUMBER", ni[4:8])
        c.groups[g] = ("NI_NUMBER", ni[8], "full")
        c.a("whenever you're ready with the n i number")
        c.c(V(ni[0].lower() + " " + ni[1].lower() + " " + speak_chunk(ni[2:4], "pairs"),
              "NI_NUMBER", ga))
        c.a(ch(BACKCH))
        c.c(V(spoken(ni[4:8], [2, 2]), "NI_NUMBER", gb))
        c.a("and the letter at the end")
        c.c(V(spell_letter(ni[8], "nato"), "NI_NUMBER", g))
        c.note = "ASR call, UK, NI number split over three turns"
    elif v == 4:
        c.c("Hi I'm chasing my tax credits claim, my NI is ",
            V(ni[:2] + " " + ni[2:8] + " " + ni[8], "NI_NUMBER", g),
            " and my ref is TC%d" % R.randint(1000000, 9999999))
        c.a("Thanks, let me look.")
        c.note = "typed chat, UK government services, NI next to a reference"
    else:
        gp = c.group("NI_NUMBER", ni, "prefix")
        c.a("national insurance number")
        c.c(V(ni[0].lower() + " " + ni[1].lower() + " " + speak_single(ni[2:4]), "NI_NUMBER", gp),
            " um no hang on that's my wife's, mine is ", V(speak_ni(ni, "plain"), "NI_NUMBER", g))
        c.note = "ASR call, UK, restarted NI reading"
    return c


def pos_bank(i):
    c = Case("")
    v = i % 6
    sc = "%02d%02d%02d" % (R.randint(1, 99), R.randint(0, 99), R.randint(0, 99))
    acct = "%08d" % R.randint(10000000, 99999999)
    if v == 0:
        gs = c.group("SORT_CODE", sc)
        ga = c.group("BANK_ACCOUNT", acct)
        c.c(ch(["sort code ", "Sort: ", "s/c "]), V(ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) %
                                                   (sc[:2], sc[2:4], sc[4:]), "SORT_CODE", gs),
            ch([" acct no: ", ", account ", " a/c "]), V(acct, "BANK_ACCOUNT", ga))
        c.a("Thanks, the direct debit is set up.")
        c.note = "typed chat, UK utilities, sort code + account"
    elif v == 1:
        gs = c.group("SORT_CODE", sc)
        gs2 = c.group("SORT_CODE", sc)
        ga = c.group("BANK_ACCOUNT", acct)
        c.a("what's the sort code")
        c.c(V(" ".join(speak_pair(sc[k:k + 2]) for k in (0, 2, 4)), "SORT_CODE", gs))
        c.a(V(spoken(sc, [2, 2, 2], 0), "SORT_CODE", gs2), " and the account number")
        c.c(V(spoken(acct, ch([[4, 4], [8], [3, 3, 2]])), "BANK_ACCOUNT", ga))
        c.note = "ASR call, UK bank, spoken sort code in pairs + account"
    elif v == 2:
        us = "%d" % R.randint(10 ** 9, 10 ** 12 - 1)
        ga = c.group("BANK_ACCOUNT", us)
        c.c(ch(["Checking acct #", "account number: ", "Acct: "]), V(us, "BANK_ACCOUNT", ga),
            ", routing is on file. Please refund the $%d.%02d there." % (R.randint(10, 400), R.randint(0, 99)))
        c.a("Refund issued to that account.")
        c.note = "typed chat, US retail, bank account for refund"
    elif v == 3:
        ga = c.group("BANK_ACCOUNT", acct[:4])
        gb = c.group("BANK_ACCOUNT", acct[4:])
        c.a("and the account number")
        c.c(V(spoken(acct[:4], [4]), "BANK_ACCOUNT", ga))
        c.a(ch(BACKCH))
        c.c(V(spoken(acct[4:], [4]), "BANK_ACCOUNT", gb))
        c.a("thank you")
        c.note = "ASR call, UK insurance, account number split over turns"
    elif v == 4:
        gs = c.group("SORT_CODE", sc)
        c.a("and the sort code for that account")
        c.c("it's ", V(spoken(sc, [2, 2, 2], 0.5, ", "), "SORT_CODE", gs),
            " i think, yeah")
        c.note = "ASR call, UK, sort code with hesitation"
    else:
        gi = c.group("IBAN", make_iban())
        gs = c.group("SORT_CODE", sc)
        c.c("For the transfer: sort code ", V("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE", gs),
            " but maybe easier to use the IBAN: ",
            V(iban_group(c.groups[gi][1]), "IBAN", gi))
        c.a("Thanks, IBAN is better.")
        c.note = "typed chat, bank, sort code + EU/UK IBAN"
    return c


def speak_iban(ib):
    out = []
    out.append(spell_letter(ib[0], "natoonly") + " " + spell_letter(ib[1], "natoonly"))
    out.append(spoken(ib[2:4], [2]))
    rest = ib[4:]
    k = 0
    while k < len(rest):
        if rest[k].isalpha():
            j = k
            while j < len(rest) and rest[j].isalpha():
                j += 1
            out.append(" ".join(spell_letter(x, ch(["plain", "nato"])) for x in rest[k:j]))
            k = j
        else:
            j = k
            while j < len(rest) and rest[j].isdigit() and j - k < 4:
                j += 1
            out.append(speak_chunk(rest[k:j], "single"))
            k = j
    return ", ".join(out)


def pos_iban(i):
    ib = make_iban()
    c = Case("")
    g = c.group("IBAN", ib)
    v = i % 3
    if v == 0:
        t = iban_group(ib)
        t = ch([t, ib, t.lower(), ib.lower()])
        c.c(ch(["IBAN: ", "my iban is ", "Please send it to IBAN "]), V(t, "IBAN", g),
            ch(["", ".", " (BIC on file)"]))
        c.a("Thanks, the refund will go to that account.")
        c.note = "typed chat, EU travel refund, IBAN"
    elif v == 1 and "O" not in ib and "I" not in ib[4:]:
        c.a("can you read me the iban please")
        c.c("okay ", V(speak_iban(ib), "IBAN", g))
        c.a("thanks")
        c.note = "ASR call, IE/UK bank, IBAN spoken with letters"
    else:
        c.c("Hi - pls update payout details.\nIBAN ", V(iban_group(ib), "IBAN", g),
            "\nAmount: EUR 240.00")
        c.a("Updated.")
        c.note = "typed e-mail, EU insurance, IBAN next to amount"
    return c


def pos_phone(i):
    nat, natt, chunks, intl, intld = make_phone()
    c = Case("")
    v = i % 6
    if v == 0:
        g = c.group("PHONE", nat)
        c.c(ch(["my number is ", "tel: ", "Mobile - ", "call me on "]), V(natt, "PHONE", g),
            ch(["", " after 5", ".", " thx"]))
        c.a("Thanks, we'll call you back.")
        c.note = "typed chat, national phone number"
    elif v == 1:
        g = c.group("PHONE", intld)
        c.c(ch(["Phone: ", "best number ", "whatsapp "]), V(intl, "PHONE", g))
        c.a("Got it, thanks.")
        c.note = "typed chat, international phone with country code"
    elif v == 2:
        g = c.group("PHONE", nat)
        g2 = c.group("PHONE", nat)
        c.a("what's the best number to reach you on")
        c.c(ch(["it's ", "um ", ""]), V(spoken(nat, chunks), "PHONE", g))
        c.a("that's ", V(spoken(nat, chunks, 0), "PHONE", g2))
        c.c("yep")
        c.note = "ASR call, telecom, spoken phone with read-back"
    elif v == 3:
        g = c.group("PHONE", intld)
        c.a("and a contact number")
        digits = intld
        ccl = len(intl.split()[0]) - 1
        c.c(V("plus " + speak_single(digits[:ccl], False) + " " +
              spoken(digits[ccl:], [len(digits) - ccl - 6, 3, 3]), "PHONE", g))
        c.note = "ASR call, travel, spoken international number with 'plus'"
    elif v == 4:
        ga = c.group("PHONE", nat[:chunks[0]])
        gb = c.group("PHONE", nat[chunks[0]:])
        c.a("go ahead with the number")
        c.c(V(spoken(nat[:chunks[0]], [chunks[0]]), "PHONE", ga))
        c.a(ch(BACKCH))
        c.c(V(spoken(nat[chunks[0]:], chunks[1:]), "PHONE", gb))
        c.note = "ASR call, utilities, phone split over turns"
    else:
        g = c.group("PHONE", intld)
        c.c("Hi, my flight was cancelled, ref ABX7Q2. Reach me on ", V(intl.replace(" ", ""), "PHONE", g),
            " pls")
        c.a("We'll call you shortly.")
        c.note = "typed chat, travel, compact international number next to booking ref"
    return c


def pos_email(i):
    e = make_email()
    c = Case("")
    g = c.group("EMAIL", e)
    v = i % 4
    if v == 0:
        t = ch([e, e, e.title(), e.upper(), e[0].upper() + e[1:]])
        c.c(ch(["email: ", "my email is ", "E-mail - ", "send it to "]), V(t, "EMAIL", g),
            ch(["", " please", "."]))
        c.a("Thanks, a confirmation is on its way.")
        c.note = "typed chat, e-mail with case variation"
    elif v == 1:
        g2 = c.group("EMAIL", e)
        c.a("what email address shall i use")
        c.c("it's ", V(speak_email(e), "EMAIL", g))
        c.a("so ", V(speak_email(e), "EMAIL", g2), " yeah")
        c.c("yep")
        c.note = "ASR call, spoken e-mail with read-back"
    elif v == 2:
        c.a("email address")
        c.c(ch(["um ", "yeah so ", ""]), V(speak_email(e), "EMAIL", g), " all lower case")
        c.note = "ASR call, spoken e-mail"
    else:
        c.c("Please update my contact email to ", V(e, "EMAIL", g),
            " - the old one no longer works.")
        c.a("Done.")
        c.note = "typed e-mail, contact update"
    return c


def pos_dob(i):
    d, m, y = make_dob()
    c = Case("")
    g = c.group("DOB", (d, m, y))
    v = i % 4
    if v == 0:
        c.c(ch(["DOB: ", "date of birth ", "d.o.b. ", "born "]), V(dob_text(d, m, y), "DOB", g))
        c.a("Thanks, you're through security.")
        c.note = "typed chat, UK, date of birth"
    elif v == 1:
        c.a("and can you confirm your date of birth")
        c.c(ch(["it's ", "yeah ", ""]), V(dob_text(d, m, y, True), "DOB", g))
        c.a("thank you")
        c.note = "ASR call, spoken DOB"
    elif v == 2:
        c.c("Patient DOB ", V(dob_text(d, m, y, us=True), "DOB", g), ", bill dated 03/14/2025")
        c.a("Thanks, I found the account.")
        c.note = "typed, US healthcare billing, DOB next to a bill date (not PII)"
    else:
        g2 = c.group("DOB", (d, m, y))
        c.a("date of birth please")
        c.c(V(dob_text(d, m, y, True), "DOB", g))
        c.a("that's ", V(dob_text(d, m, y, True), "DOB", g2), " yes")
        c.note = "ASR call, spoken DOB with read-back"
    return c


def pos_addr(i):
    c = Case("")
    v = i % 5
    if v in (0, 1, 2):
        n = R.randint(1, 240)
        st = ch(STREETS_UK)
        o, inw = make_ukpc()
        pc = o + inw
        flat = chance(0.3)
        ga = c.group("ADDRESS", None)
        gp = c.group("POSTCODE", pc)
        if v == 0:
            addr = ("Flat %d, " % R.randint(1, 20) if flat else "") + "%d %s" % (n, st)
            c.c(ch(["address: ", "I live at ", "new address is "]), V(addr, "ADDRESS", ga), ", ",
                ch(TOWNS_UK), ", ", V(ch([o + " " + inw, pc, (o + " " + inw).lower()]), "POSTCODE", gp))
            c.a("Thanks, the address is updated.")
            c.note = "typed chat, UK, address + town + postcode"
        else:
            addr = ("flat %s " % speak_num99(R.randint(1, 20)) if flat else "") + \
                ch([speak_chunk(str(n), "hund") if n >= 100 else speak_num99(n)]) + " " + st.lower()
            pcsp = " ".join(ch([x.lower(), spell_letter(x, "nato")]) if x.isalpha() else
                            speak_digit(x) for x in o) + ", " + \
                speak_digit(inw[0]) + " " + " ".join(x.lower() for x in inw[1:])
            c.a("can i take the first line of the address and the postcode")
            if v == 1:
                c.c(V(addr, "ADDRESS", ga), " in ", ch(TOWNS_UK).lower(), " and the postcode is ",
                    V(pcsp, "POSTCODE", gp))
            else:
                c.c(V(addr, "ADDRESS", ga))
                c.a(ch(["and the postcode", "postcode", "lovely and postcode"]))
                c.c(ch(["", "it's "]), V(pcsp, "POSTCODE", gp))
            c.a("thanks")
            c.note = "ASR call, UK, spoken address and postcode"
    else:
        n = R.randint(10, 9999)
        st = ch(STREETS_US)
        z, z9 = make_zip()
        ga = c.group("ADDRESS", None)
        if v == 3:
            gz = c.group("POSTCODE", z9 or z)
            c.c("Ship to: ", V("%d %s" % (n, st), "ADDRESS", ga), ", ", ch(TOWNS_US), ", ",
                ch(["TX ", "CO ", "OR ", "OH "]), V(z if not z9 else z + "-" + z9[5:], "POSTCODE", gz))
            c.a("Shipping address updated.")
            c.note = "typed chat, US retail, address + ZIP"
        else:
            gz = c.group("POSTCODE", z)
            hs = str(n)
            sp = speak_pair(hs[:2]) + " " + speak_pair(hs[2:]) if len(hs) == 4 and hs[2] != "0" \
                and hs[0] != "0" and hs[1] != "0" and hs[3] != "0" else speak_single(hs, False)
            c.a("what's the service address")
            c.c(V(sp + " " + st.lower(), "ADDRESS", ga), ", ", ch(TOWNS_US).lower(), ", zip code ",
                V(spoken(z, [5]), "POSTCODE", gz))
            c.note = "ASR call, US utilities, spoken address + ZIP"
    return c


def pos_misc(i):
    """Extra EXPIRY / CVV / POSTCODE / phone-with-IE cases."""
    c = Case("")
    v = i % 4
    if v == 0:
        m, y = make_exp()[1:]
        g = c.group("EXPIRY", (1, m, y))
        c.a("and the expiry date on the card")
        c.c(ch(["", "um ", "it's "]), V(exp_text(m, y, True), "EXPIRY", g))
        c.note = "ASR call, card expiry alone"
    elif v == 1:
        cvv = "%03d" % R.randint(0, 999)
        g = c.group("CVV", cvv)
        c.a("and the three digit code on the back")
        c.c(V(spoken(cvv, [3]), "CVV", g))
        c.a("thanks")
        c.note = "ASR call, CVV alone"
    elif v == 2:
        m, y = make_exp()[1:]
        g = c.group("EXPIRY", (1, m, y))
        c.c(ch(["exp date ", "Expiry: ", "valid thru "]), V(exp_text(m, y), "EXPIRY", g))
        c.a("Thanks.")
        c.note = "typed chat, expiry alone"
    else:
        o, inw = make_ukpc()
        g = c.group("POSTCODE", o + inw)
        c.a("what's the postcode on the account")
        c.c(V(" ".join(spell_letter(x, "nato") if x.isalpha() else speak_digit(x) for x in o)
              + " " + speak_digit(inw[0]) + " " + " ".join(spell_letter(x, "nato") for x in inw[1:]),
              "POSTCODE", g))
        c.note = "ASR call, UK postcode spelled NATO style"
    return c


# ---------------------------------------------------------------- negatives
def rdig(n):
    return str(R.randint(1, 9)) + "".join(ch("0123456789") for _ in range(n - 1))


def neg_case(i):
    c = Case("")
    v = i % 20
    if v == 0:
        o = rdig(16)
        c.c("Hi, my order number is ", o, " and it still hasn't arrived.")
        c.a("Sorry about that, order %s is with the courier." % o)
        c.note = "16-digit order number (not a card)"
    elif v == 1:
        t = rdig(12)
        c.a("your tracking number is %s" % spoken(t, [4, 4, 4]))
        c.c("okay so %s" % spoken(t, [4, 4, 4]))
        c.note = "tracking number read like a card"
    elif v == 2:
        c.c("card ending %s was charged twice" % rdig(4))
        c.a("I can see two payments of £%d.%02d on the card ending in that, I'll refund one." %
            (R.randint(5, 300), R.randint(0, 99)))
        c.note = "card last-four only"
    elif v == 3:
        c.a("the balance on the account is %s pounds and %s pence" %
            (speak_chunk(str(R.randint(100, 999)), "hund"), speak_num99(R.randint(11, 99))))
        c.c("and when's the next payment due")
        c.a("the %s of %s" % (ordinal(R.randint(1, 28)), ch(MONTHS)))
        c.note = "balance spoken with hundreds, payment date"
    elif v == 4:
        r = rdig(4) + " " + rdig(4) + " " + rdig(4) + " " + rdig(4)
        c.c("Meter reading today: %s kWh, previous reading 0%s" % (rdig(5), rdig(4)))
        c.a("Thanks. Your reference for this is %s." % r)
        c.note = "meter readings and 16-digit reference"
    elif v == 5:
        c.a("your flight is %s%d departing gate %s%d seat %d%s" %
            (ch(["EI", "BA", "FR", "LH"]), R.randint(100, 9999), ch("ABC"), R.randint(1, 40),
             R.randint(1, 40), ch("ABCDEF")))
        c.c("and what time does boarding close")
        c.a("%s %s, about forty minutes before" % (speak_num99(R.randint(1, 12)),
                                                  speak_num99(R.randint(11, 59))))
        c.note = "flight, gate, seat, times"
    elif v == 6:
        p = rdig(10)
        c.c("policy number %s" % spoken(p, [3, 3, 4]))
        c.a("thanks, policy %s, your premium is %d pounds a month" % (spoken(p, [3, 3, 4], 0),
                                                                       R.randint(12, 90)))
        c.note = "insurance policy number spoken like a phone number"
    elif v == 7:
        c.c("I'm %d, been with you %d years, and the bill went up %d%%" %
            (R.randint(20, 90), R.randint(2, 30), R.randint(3, 40)))
        c.a("I understand, the increase applies from April %d." % R.randint(2024, 2026))
        c.note = "age, duration, percentage, year"
    elif v == 8:
        c.a("we're open eight till eight monday to friday and nine till five on saturdays")
        c.c("okay and the thermostat should be on what, %s degrees" % speak_num99(R.randint(16, 24)))
        c.note = "opening hours and temperature"
    elif v == 9:
        inv = rdig(9)
        c.c("Invoice %s-%s for $%d.%02d" % (inv[:3], inv[3:5], R.randint(50, 900), R.randint(0, 99)))
        c.a("Invoice %s is paid in full." % inv)
        c.note = "invoice number formatted like an SSN"
    elif v == 10:
        c.c("serial number is %s, model %s-%d" % (ch(["SN", "S/N "]) + rdig(12),
                                                 ch(["XR", "KD", "HX"]), R.randint(100, 999)))
        c.a("Thanks, that unit is under warranty until %d." % R.randint(2025, 2030))
        c.note = "serial and model numbers"
    elif v == 11:
        t = rdig(8)
        c.a("ticket number %s" % t)
        c.c("ticket %s got it" % spoken(t, [4, 4]))
        c.note = "8-digit ticket number (account-like) with label"
    elif v == 12:
        c.c("the appointment is on the %s of %s at %s thirty" %
            (ordinal(R.randint(1, 28)), ch(MONTHS), speak_num99(R.randint(1, 12))))
        c.a("yes that's with doctor %s in room %d" % (ch(LAST), R.randint(1, 40)))
        c.note = "appointment date and room number"
    elif v == 13:
        cl = "CLM" + rdig(9)
        c.c("claim ref %s, the excess was £%d and the repair came to £%s" %
            (cl, R.randint(100, 500), "{:,}".format(R.randint(1000, 9000))))
        c.a("Claim %s is approved." % cl)
        c.note = "claim reference, amounts"
    elif v == 14:
        n = rdig(6)
        c.a("your reference is %s" % " ".join(speak_pair(n[k:k + 2]) for k in (0, 2, 4)
                                              if True))
        c.c("%s, okay" % " ".join(speak_pair(n[k:k + 2]) for k in (0, 2, 4)))
        c.note = "6-digit reference spoken in pairs like a sort code"
    elif v == 15:
        c.c("I'm on Station Road in the queue on the %s, it's taken %d minutes" %
            (ch(["A40", "M25", "N7", "I-95"]), R.randint(10, 90)))
        c.a("Sorry, call volumes are high, there are %d people ahead of you." % R.randint(2, 40))
        c.note = "road names, durations, counts"
    elif v == 16:
        c.a("the contract started on %s %d and runs for %d months" %
            (ch(MONTHS).title(), R.randint(2019, 2025), ch([12, 18, 24, 36])))
        c.c("and the early exit fee is %s percent" % speak_num99(R.randint(10, 50)))
        c.note = "contract date, duration, percentage"
    elif v == 17:
        o = rdig(11)
        c.c("account reference %s on the gas bill, usage %d units" % (o, R.randint(200, 3000)))
        c.a("Reference %s, the direct debit of £%d.%02d goes out on the 1st." %
            (o, R.randint(30, 200), R.randint(0, 99)))
        c.note = "11-digit utility reference labelled as reference"
    elif v == 18:
        n = rdig(16)
        c.c("the order confirmation code is %s" % spoken(n, [4, 4, 4, 4]))
        c.a("okay that order shipped on the %s" % ordinal(R.randint(1, 28)))
        c.note = "order code read out in card-like groups"
    else:
        c.a("your total today is %s pounds %s, that's for %d items" %
            (speak_chunk(str(R.randint(101, 999)), "hund"), speak_num99(R.randint(11, 99)),
             R.randint(2, 12)))
        c.c("and the card ending %s please" % spoken(rdig(4), [4]))
        c.note = "spoken price and card last four"
    return c


# ---------------------------------------------------------------- assemble
def build():
    plan = ([pos_card] * 60 + [pos_ssn] * 30 + [pos_ni] * 30 + [pos_bank] * 18 +
            [pos_iban] * 12 + [pos_phone] * 18 + [pos_email] * 14 + [pos_dob] * 14 +
            [pos_addr] * 15 + [pos_misc] * 12)
    counters = Counter()
    cases = []
    for fn in plan:
        k = counters[fn.__name__]
        counters[fn.__name__] += 1
        cases.append(fn(k))
    for k in range(110):
        cases.append(neg_case(k))
    out = []
    np = nn = 0
    for c in cases:
        if c.spans:
            np += 1
            cid, kind = "h345-pos-%03d" % np, "positive"
        else:
            nn += 1
            cid, kind = "h345-neg-%03d" % nn, "negative"
        out.append((cid, kind, c))
    return out


def serialise(built):
    lines = []
    for cid, kind, c in built:
        lines.append(json.dumps({"id": cid, "kind": kind, "turns": c.turns, "spans": c.spans,
                                 "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def type_counts(built):
    spans, cases = Counter(), Counter()
    for _, _, c in built:
        for s in c.spans:
            spans[s["type"]] += 1
        for t in {s["type"] for s in c.spans}:
            cases[t] += 1
    return spans, cases


def readme(built):
    spans, cases = type_counts(built)
    npos = sum(1 for b in built if b[1] == "positive")
    nneg = len(built) - npos
    rows = "\n".join("| %s | %d | %d |" % (t, spans[t], cases[t]) for t in TYPES)
    return """# pii_holdout345 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not fit patterns, thresholds, word lists or
> prompts to these cases, and do not copy them into training or development data.
> It exists only to measure the redaction engine. If it has been used for tuning,
> its numbers no longer mean anything: write a new held-out set.

## Who wrote it and how

It was written by an AI helper acting as an independent test author. The helper
did not see the redaction code, its tests, its docs or any other PII fixtures.
Every case comes from `scripts/make_pii_holdout345.py` (Python standard library
only, one `random.Random(345241125)`). Turns are built from plain-text segments
and labelled value segments, so span offsets are computed and never typed by hand.

    python scripts/make_pii_holdout345.py           # regenerate
    python scripts/make_pii_holdout345.py --check   # verify

`--check` regenerates the set and checks that `cases.jsonl` is byte-identical,
that ids are unique, that spans are in range, on word boundaries and do not
overlap, and that every labelled value is valid once spoken forms are normalised
(Luhn for cards, mod-97 for IBANs, NI format, 9 digits for an SSN, 6 for a sort
code, and so on). Values split over several spans are checked after joining the parts.

## Contents

%d cases: %d positive, %d negative. Each line of `cases.jsonl` holds `id`, `kind`,
`turns` (`speaker` is `customer` or `agent`, plus `text`), `spans` (`turn`, `start`,
`end` with `end` exclusive, `type`) and a short `note`. The set mixes typed chat and e-mail
(separators, odd grouping, case variation, labels) with lower-case phone-call ASR
transcripts (numbers as words, oh/o/nought/zero, double/triple, pairs, hundreds,
NATO and "x for word" spelling, spoken e-mails, fillers, back-channels,
read-backs, restarts and asides). It covers banking, telecom, utilities, retail,
insurance, travel, healthcare billing and government services in the UK, US,
Ireland and the EU. The numbers are made up: cards pass Luhn but are not real,
and UK phone numbers use Ofcom's drama ranges.

## Annotation conventions

- A span covers exactly the value, from its first letter or digit to its last.
  Lead-in words ("it's", "my number is", "card no:") are outside.
  Two exceptions: a phone number's leading `+`, or the spoken word "plus" before the country code, is inside the span.
  Spoken "x for word" spelling ("j for juliet") is inside the span.
- A value split across turns gets one span per turn, each with the value's type.
  A value broken by an aside inside one turn gets one span per piece, and the aside is outside.
- Agent read-backs of a value are labelled too.
- Filler words spoken inside a reading ("um", "uh", "er") are inside the span.
- A restarted reading: the aborted fragment and the full reading are each labelled.
- Phone spans include the country code.
- ADDRESS covers the house or flat number and the street, not the town. The
  postcode or ZIP is a separate POSTCODE span.
- DOB and EXPIRY cover the whole date expression.
- A card's last four said on their own are not PII. They are labelled
  CARD_NUMBER only when the full card number was given in the same case.
- Negative cases have no spans. They are about amounts, balances, prices, times,
  opening hours, durations, counts, ages, temperatures, percentages, years,
  appointment, payment and contract dates, labelled order, ticket, invoice, claim,
  reference, tracking, serial, model and policy numbers, meter readings,
  flight, gate, room and seat numbers, road names and card last-four mentions.
  Many are made to trip an engine up: 16-digit order numbers, invoice numbers
  shaped like an SSN, references read out in pairs like a sort code.

## Counts by type

| type | spans | cases containing it |
|---|---|---|
%s
| **total** | **%d** | %d positive cases |
""" % (len(built), npos, nneg, rows, sum(spans.values()), npos)


# ---------------------------------------------------------------- check
def check(built):
    errs = []
    text = serialise(built)
    with open(CASES, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("cases.jsonl is not byte-identical to a fresh generation")
    if os.path.exists(README):
        with open(README, encoding="utf-8") as f:
            if f.read() != readme(built):
                errs.append("README.md differs from a fresh generation")
    with open(CASES, encoding="utf-8") as f:
        rows = [json.loads(l) for l in f]
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    if len(rows) != len(built):
        errs.append("row count mismatch")
    for r, (_, _, c) in zip(rows, built):
        cid = r["id"]
        if r["kind"] == "negative" and r["spans"]:
            errs.append(cid + ": negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(cid + ": positive without spans")
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        per_turn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append(cid + ": bad type")
            if not (0 <= s["turn"] < len(r["turns"])):
                errs.append(cid + ": turn out of range")
                continue
            tx = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append(cid + ": offsets out of range")
                continue
            if (a > 0 and tx[a - 1].isalnum() and tx[a].isalnum()) or \
                    (b < len(tx) and tx[b].isalnum() and tx[b - 1].isalnum()):
                errs.append(cid + ": span not on word boundary: %r" % tx[a:b])
            if not (tx[a].isalnum() or tx[a] == "+") or not tx[b - 1].isalnum():
                errs.append(cid + ": span does not start/end on a letter or digit: %r" % tx[a:b])
            if tx[a:b] != tx[a:b].strip():
                errs.append(cid + ": span has outer whitespace")
            per_turn.setdefault(s["turn"], []).append((a, b))
        for lst in per_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(cid + ": overlapping spans")
        # value validation by group
        texts = {}
        for s, gid in zip(r["spans"], c.span_gid):
            texts.setdefault(gid, []).append(r["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for gid, (typ, canon, role) in c.groups.items():
            if gid not in texts:
                errs.append(cid + ": group without span")
                continue
            joined = " ".join(texts[gid])
            if typ in ("DOB", "EXPIRY", "ADDRESS"):
                full = canon
            else:
                full = canon
            # a split value's pieces are individual groups; validate the whole
            # value by joining all same-type "full" groups in turn order.
            if not span_matches(typ, joined, canon, role):
                errs.append(cid + ": %s span %r does not normalise to %r" % (typ, joined, canon))
            if typ in ("DOB", "EXPIRY") and not canonical_valid(typ, full):
                errs.append(cid + ": invalid canonical %s %r" % (typ, full))
        # whole-value validity: pieces of a split value joined in order
        whole = {}
        first = {}
        for s, gid in zip(r["spans"], c.span_gid):
            first.setdefault(gid, (s["turn"], s["start"]))
        for gid in sorted(c.groups, key=lambda g: first.get(g, (99, 0))):
            typ, canon, role = c.groups[gid]
            if role == "full" and typ not in ("DOB", "EXPIRY", "ADDRESS"):
                whole.setdefault(typ, []).append(canon)
        for typ, vals in whole.items():
            if all(canonical_valid(typ, v) for v in vals):
                continue
            if not canonical_valid(typ, "".join(vals)):
                # readbacks duplicate the value; try each distinct value
                uniq = list(dict.fromkeys(vals))
                if not (canonical_valid(typ, "".join(uniq)) or
                        all(canonical_valid(typ, v) for v in uniq)):
                    errs.append(cid + ": %s value(s) %r fail validation" % (typ, vals))
    spans, _ = type_counts(built)
    npos = sum(1 for r in rows if r["kind"] == "positive")
    nneg = len(rows) - npos
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    need = {t: 10 for t in TYPES}
    need.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, n in need.items():
        if spans[t] < n:
            errs.append("too few %s spans: %d < %d" % (t, spans[t], n))
    return errs, spans, npos, nneg


def main():
    built = build()
    if "--check" in sys.argv[1:]:
        errs, spans, npos, nneg = check(built)
        for e in errs[:50]:
            print("ERROR", e)
        print("%d positive, %d negative; spans: %s" % (npos, nneg, dict(spans)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write(serialise(built))
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(built))
    spans, _ = type_counts(built)
    print("wrote %d cases; spans %s" % (len(built), dict(spans)))


if __name__ == "__main__":
    main()

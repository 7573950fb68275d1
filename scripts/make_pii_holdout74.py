#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout74``.

Written by an AI helper acting as an independent test author (it did not see
the redaction code).  Standard library only.  Output is byte-for-byte
reproducible from a single seeded ``random.Random(74281123)``.

    python scripts/make_pii_holdout74.py          # write fixture + README
    python scripts/make_pii_holdout74.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout74"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
SEED = 74281123
PREFIX = "h74"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

R = random.Random(SEED)

# ----------------------------------------------------------------------------
# number words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra",
        "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu", "o": "oscar"}
NAMEWORD = {"a": "apple", "b": "bob", "c": "charlie", "e": "edward", "h": "harry", "j": "john",
            "k": "king", "l": "london", "m": "mother", "n": "nancy", "p": "peter", "r": "robert",
            "s": "sugar", "t": "tommy", "w": "william", "y": "yellow", "z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]


def two_words(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + UNITS[u])


def zero_word(style: str) -> str:
    return {"zero": "zero", "oh": "oh", "o": "o", "nought": "nought"}[style]


def dword(d: str, zero: str) -> str:
    return zero_word(zero) if d == "0" else UNITS[int(d)]


def say_digits(s: str, zero: str = "oh", doubles: bool = False) -> str:
    out, i = [], 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        if doubles and run >= 3:
            out.append("triple " + dword(d, zero)); i += 3; continue
        if doubles and run == 2:
            out.append("double " + dword(d, zero)); i += 2; continue
        out.append(dword(d, zero)); i += 1
    return " ".join(out)


def say_pairs(s: str, zero: str = "oh") -> str:
    """Say a digit string as pairs ('forty one eleven'), hundreds where natural."""
    out = []
    i = 0
    while i < len(s):
        chunk = s[i:i + 2]
        if len(chunk) == 1:
            out.append(dword(chunk, zero)); i += 1; continue
        rest = s[i + 2:i + 4]
        if rest == "00" and chunk[0] != "0":
            out.append(two_words(int(chunk)) + " hundred"); i += 4; continue
        if chunk[0] == "0":
            out.append(dword("0", zero) + " " + dword(chunk[1], zero))
        elif chunk[1] == "0" and chunk[0] != "1":
            # 'forty' followed by a digit word would read as 'forty one'; say it as digits
            out.append(dword(chunk[0], zero) + " " + dword("0", zero))
        else:
            out.append(two_words(int(chunk)))
        i += 2
    return " ".join(out)


def say_mixed(s: str, zero: str, groups) -> str:
    """Each group said in its own style: digits, doubles or pairs."""
    out, i = [], 0
    for g in groups:
        part = s[i:i + g]; i += g
        mode = R.choice(["d", "d", "dd", "p"])
        if mode == "p" and len(part) % 2 == 0:
            out.append(say_pairs(part, zero))
        elif mode == "dd":
            out.append(say_digits(part, zero, doubles=True))
        else:
            out.append(say_digits(part, zero))
    return " ".join(out)


# ----------------------------------------------------------------------------
# normalisers (used by --check validation)
WORD2D = {w: str(i) for i, w in enumerate(UNITS)}
WORD2D.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "zero": "0",
               "won": "1", "to": "2", "too": "2", "for": "4", "ate": "8"})
TEEN2 = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2 = {w: str(i) for i, w in enumerate(TENS) if w}
FILLER = {"um", "uh", "er", "erm", "ah", "like", "and", "then", "its", "it's", "is", "sorry"}


def tokens(text: str):
    return re.findall(r"x-ray|[a-z0-9]+|[@.+_]", text.lower())


def norm_digits(text: str, homophones: bool = True) -> str:
    toks = [t for t in tokens(text) if t not in "@.+_"]
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nxt in WORD2D:
            out.append(WORD2D[nxt] * (2 if t == "double" else 3)); i += 1
        elif t in TEEN2:
            out.append(TEEN2[t])
        elif t in TENS2:
            if nxt in UNITS[1:]:
                out.append(TENS2[t] + WORD2D[nxt]); i += 1
            else:
                out.append(TENS2[t] + "0")
        elif t == "hundred":
            out.append("00")
        elif t in WORD2D and (homophones or t in UNITS or t in ("oh", "o", "nought", "zero")):
            out.append(WORD2D[t])
        i += 1
    return "".join(out)


LETTER_WORDS = {"bee": "B", "see": "C", "jay": "J", "why": "Y", "are": "R", "tea": "T", "pee": "P", "kay": "K"}


def norm_alnum(text: str) -> str:
    """Letters+digits for NI numbers, postcodes and IBANs (spoken or typed)."""
    toks = [t for t in tokens(text) if t not in "@.+_"]
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLER:
            pass
        elif len(t) == 1 and t.isalpha() and nxt in ("for", "as"):
            out.append(t.upper())
        elif t in ("for", "as") and out:
            # 'b for bravo' / 'b as in bravo': skip the spelling word
            i += 1
            if t == "as" and nxt == "in":
                i += 1
        elif t in ("double", "triple") and nxt in WORD2D and nxt not in ("to", "too", "for", "ate", "won"):
            out.append(WORD2D[nxt] * (2 if t == "double" else 3)); i += 1
        elif t in ("double", "triple") and nxt and len(nxt) == 1:
            out.append(nxt.upper() * (2 if t == "double" else 3)); i += 1
        elif t in TEEN2:
            out.append(TEEN2[t])
        elif t in TENS2:
            if nxt in UNITS[1:]:
                out.append(TENS2[t] + WORD2D[nxt]); i += 1
            else:
                out.append(TENS2[t] + "0")
        elif t == "hundred":
            out.append("00")
        elif t in ("oh", "o", "nought", "zero") or t in UNITS:
            out.append(WORD2D[t])
        elif t in LETTER_WORDS:
            out.append(LETTER_WORDS[t])
        else:
            out.append(t.upper())
        i += 1
    return "".join(out)


def luhn_ok(num: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s: str) -> bool:
    lens = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16}
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or lens.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
US_ZIP_RE = re.compile(r"\d{5}(\d{4})?")
STREET_WORDS = ("street", "road", "avenue", "lane", "drive", "close", "way", "court", "place",
                "crescent", "terrace", "boulevard", "st", "rd", "ave", "ln", "dr", "blvd",
                "grove", "gardens", "park", "square", "hill", "row", "walk", "parkway")


def validate_value(typ: str, text: str) -> str | None:
    """Return an error string or None.  ``text`` is the joined span texts of one value."""
    low = text.lower()
    if typ == "CARD_NUMBER":
        d = norm_digits(text)
        if not (13 <= len(d) <= 19 and luhn_ok(d)):
            return f"card {d!r} bad length/luhn"
    elif typ == "CVV":
        d = norm_digits(text)
        if len(d) not in (3, 4):
            return f"cvv {d!r}"
    elif typ == "EXPIRY":
        d = norm_digits(text)
        if any(m in low for m in MONTHS):
            if len(d) not in (2, 4):
                return f"expiry {text!r}"
        elif len(d) not in (4, 6) or not 1 <= int(d[:2]) <= 12:
            return f"expiry {d!r}"
    elif typ == "SSN":
        d = norm_digits(text)
        if len(d) != 9 or d[:3] in ("000", "666") or d[0] == "9" or d[3:5] == "00" or d[5:] == "0000":
            return f"ssn {d!r}"
    elif typ == "NI_NUMBER":
        a = norm_alnum(text)
        if not NI_RE.fullmatch(a) or a[:2] in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            return f"ni {a!r}"
    elif typ == "BANK_ACCOUNT":
        d = norm_digits(text)
        if not 8 <= len(d) <= 12:
            return f"account {d!r}"
    elif typ == "SORT_CODE":
        d = norm_digits(text)
        if len(d) != 6:
            return f"sort code {d!r}"
    elif typ == "IBAN":
        a = norm_alnum(text)
        if not iban_ok(a):
            return f"iban {a!r}"
    elif typ == "PHONE":
        d = norm_digits(text)
        if not 10 <= len(d) <= (14 if d.startswith("00") else 13):
            return f"phone {d!r}"
    elif typ == "EMAIL":
        e = low
        e = re.sub(r"\s+dot\s+", ".", e)
        e = re.sub(r"\s+at\s+", "@", e)
        e = re.sub(r"\s*underscore\s*", "_", e)
        e = re.sub(r"\s*(dash|hyphen)\s*", "-", e)
        e = e.replace(" ", "")
        if not re.fullmatch(r"[a-z0-9._\-+]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", e):
            return f"email {e!r}"
    elif typ == "DOB":
        has_month = any(m in low for m in MONTHS) or re.search(r"\d{1,2}[/.\-]\d{1,2}", low)
        has_year = re.search(r"\b(19|20)\d\d\b|nineteen|two thousand|\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}\b", low)
        if not (has_month and has_year):
            return f"dob {text!r}"
    elif typ == "POSTCODE":
        a = norm_alnum(text)
        if not (UK_PC_RE.fullmatch(a) or US_ZIP_RE.fullmatch(a)):
            return f"postcode {a!r}"
    elif typ == "ADDRESS":
        toks = tokens(text)
        if not any(t in STREET_WORDS for t in toks) or not re.search(r"\d|" + "|".join(UNITS[1:] + TEENS + TENS[2:]), low):
            return f"address {text!r}"
    else:
        return f"unknown type {typ}"
    return None


# ----------------------------------------------------------------------------
# value generators
def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card(kind: str | None = None) -> str:
    kind = kind or R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "mc2", "disc", "maestro19", "visa13"])
    if kind == "visa":
        return luhn_complete("4" + R.choice(["", "9", "5", "0", "1"]), 16)
    if kind == "mc":
        return luhn_complete("5" + R.choice("12345"), 16)
    if kind == "mc2":
        return luhn_complete("22" + R.choice(["21", "30", "50", "70"]), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "maestro19":
        return luhn_complete(R.choice(["6759", "6763"]), 19)
    if kind == "visa13":
        return luhn_complete("4", 13)
    raise ValueError(kind)


def card_doubles(n: int) -> str:
    """Card with deliberate repeated digits so 'double'/'triple' readings occur."""
    while True:
        c = gen_card(R.choice(["visa", "mc"]))
        body = list(c[:-1])
        p = R.randrange(1, 11)
        body[p] = body[p + 1] = body[p + 2] if R.random() < 0.5 else body[p + 1]
        s = "".join(body)
        for ch in "0123456789":
            if luhn_ok(s + ch):
                s += ch
                break
        if re.search(r"(\d)\1", s):
            return s


def card_groups(c: str):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 13:
        return [4, 3, 3, 3]
    if len(c) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def split_groups(s: str, groups):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g]); i += g
    return out


def gen_ssn() -> str:
    while True:
        a = R.randrange(1, 900)
        if a == 666:
            continue
        g = R.randrange(1, 100)
        s = R.randrange(1, 10000)
        return f"{a:03d}{g:02d}{s:04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni() -> str:
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            continue
        return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def gen_iban(country: str | None = None) -> str:
    country = country or R.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    digits = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(14)
    elif country == "IE":
        bban = R.choice(["AIBK", "BOFI"]) + digits(14)
    elif country == "DE":
        bban = digits(18)
    elif country == "FR":
        bban = digits(10) + "".join(R.choice("0123456789ABCDEFGHJK") for _ in range(11)) + digits(2)
    elif country == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    else:
        bban = digits(20)
    r = bban + country + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return f"{country}{chk:02d}{bban}"


def gen_uk_phone() -> str:
    return R.choice(["07", "07", "01", "02"]) + "".join(R.choice("0123456789") for _ in range(9))


def gen_us_phone() -> str:
    return str(R.randrange(2, 10)) + "".join(R.choice("0123456789") for _ in range(2)) + \
        str(R.randrange(2, 10)) + "".join(R.choice("0123456789") for _ in range(6))


def gen_ie_phone() -> str:
    return "08" + R.choice("35679") + "".join(R.choice("0123456789") for _ in range(7))


PC_LET = "ABCDEFGHJKLMNPRSTUWY"


def gen_uk_postcode() -> str:
    area = R.choice(["M", "B", "L", "G", "S", "E", "N", "W", "SW", "SE", "NW", "LS", "BS", "CF", "EH",
                     "NG", "CB", "RG", "KT", "TW", "BT", "PL", "EX", "DH", "YO", "HU", "LE", "CV"])
    district = str(R.randrange(1, 20))
    inward = str(R.randrange(0, 10)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + district + " " + inward


def gen_zip() -> str:
    return f"{R.randrange(1001, 99950):05d}"


FIRST = ["james", "sarah", "priya", "tom", "aoife", "liam", "maria", "chen", "david", "fatima",
         "grace", "owen", "niamh", "kevin", "emma", "raj", "lucy", "sean", "hannah", "marcus"]
LAST = ["doe", "smith", "okafor", "patel", "murphy", "kowalski", "nguyen", "brennan", "hughes",
        "garcia", "oconnor", "walsh", "fischer", "dubois", "jones", "reilly", "khan", "li"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "protonmail.com", "gmx.de", "orange.fr", "live.ie"]
STREETS = ["elm", "oak", "maple", "church", "station", "victoria", "mill", "high", "park", "queen",
           "king", "willow", "cedar", "bridge", "chapel", "grange", "meadow", "ash", "harbour", "main"]
STYPES = ["street", "road", "avenue", "lane", "drive", "close", "way", "court", "crescent", "terrace"]
TOWNS_UK = ["leeds", "bristol", "manchester", "cardiff", "glasgow", "norwich", "york", "derby"]
TOWNS_US = ["austin", "denver", "columbus", "portland", "tampa", "raleigh", "madison", "phoenix"]
TOWNS_IE = ["cork", "galway", "limerick", "drogheda", "sligo"]


def gen_email_parts():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randrange(5)
    if style == 0:
        user = f"{f}.{l}"
    elif style == 1:
        user = f"{f[0]}{l}{R.randrange(1, 99)}"
    elif style == 2:
        user = f"{f}_{l}"
    elif style == 3:
        user = f"{f}{l[0]}{R.randrange(70, 99)}"
    else:
        user = f"{l}.{f[0]}"
    return user, R.choice(DOMAINS)


def speak_email(user: str, dom: str) -> str:
    def sp(part):
        out = []
        for piece in re.split(r"([._\-])", part):
            if piece == ".":
                out.append("dot")
            elif piece == "_":
                out.append("underscore")
            elif piece == "-":
                out.append("dash")
            elif piece:
                m = re.fullmatch(r"([a-z]+)(\d*)", piece)
                if m and len(m.group(1)) == 1:
                    out.append(m.group(1))
                elif m:
                    out.append(m.group(1))
                else:
                    out.append(piece)
                if m and m.group(2):
                    out.append(say_digits(m.group(2), "zero"))
        return " ".join(out)
    return sp(user) + " at " + sp(dom)


def gen_dob():
    y = R.randrange(1941, 2004)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return d, m, y


def say_year(y: int) -> str:
    if y >= 2000:
        return "two thousand" + ("" if y == 2000 else " and " + two_words(y - 2000))
    hi, lo = divmod(y, 100)
    return two_words(hi) + " " + (("oh " + UNITS[lo]) if lo < 10 else two_words(lo))


# ----------------------------------------------------------------------------
# case assembly
class Case:
    def __init__(self, kind: str, note: str):
        self.kind = kind
        self.note = note
        self.turns = []  # list of (speaker, [seg])
        self.groups = {}  # group id -> list of span idx (filled on build)

    def add(self, speaker: str, *segs):
        """segs: str or (value, TYPE) or (value, TYPE, group)."""
        self.turns.append((speaker, list(segs)))
        return self

    def a(self, *segs):
        return self.add("agent", *segs)

    def c(self, *segs):
        return self.add("customer", *segs)

    def build(self, cid: str):
        turns, spans, groups = [], [], {}
        auto = 0
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for seg in segs:
                if isinstance(seg, str):
                    text += seg
                else:
                    val, typ = seg[0], seg[1]
                    grp = seg[2] if len(seg) > 2 else None
                    if grp is None:
                        auto += 1
                        grp = f"_auto{auto}"
                    start = len(text)
                    text += val
                    spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
                    groups.setdefault(grp, []).append(len(spans) - 1)
            turns.append({"speaker": spk, "text": text})
        if self.kind == "negative":
            assert not spans, cid
        obj = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return obj, groups


def pick(*xs):
    return R.choice(xs)


ZEROS = ["oh", "oh", "zero", "o", "nought"]


def zs():
    return R.choice(ZEROS)


# ----------------------------------------------------------------------------
# CARD_NUMBER positives
def card_spoken_variants(c: str) -> str:
    z = zs()
    mode = R.randrange(6)
    gs = card_groups(c)
    if mode == 0:
        return say_digits(c, z)
    if mode == 1:
        return say_digits(c, z, doubles=True)
    if mode == 2:
        return " ".join(say_pairs(g, z) for g in split_groups(c, gs))
    if mode == 3:
        return say_mixed(c, z, gs)
    if mode == 4:
        parts = [say_digits(g, z) for g in split_groups(c, gs)]
        fill = pick("um", "uh", "er")
        k = R.randrange(1, len(parts))
        parts[k] = fill + " " + parts[k]
        return " ".join(parts)
    parts = [say_digits(g, z, doubles=True) for g in split_groups(c, gs)]
    return pick(", ", " ... ", " ").join(parts)


def pos_card_call_single(ind):
    c = gen_card()
    sp = card_spoken_variants(c)
    case = Case("positive", f"call/{ind}: card number read in one turn ({len(c)} digits), ASR words")
    case.a(pick("okay and the long number across the front of the card please",
                "can i take the card number please", "go ahead with the sixteen digits when you're ready",
                "what's the card number you'd like to use today"))
    case.c(pick("yeah it's ", "okay so ", "right ", "it's ", "yep ", ""), (sp, "CARD_NUMBER"),
           pick("", " did you get that", " sorry it's a bit worn", " that's the one i normally use"))
    return case


def pos_card_call_split(ind):
    c = gen_card(pick("visa", "mc", "mc2", "disc", "amex"))
    z = zs()
    gs = split_groups(c, card_groups(c))
    case = Case("positive", f"call/{ind}: card split across {len(gs)} customer turns with back-channels")
    case.a(pick("and the card number when you're ready", "okay i'm ready for the card number",
                "can you read me the number on the card"))
    backs = ["mhm", "okay go on", "yep", "uh huh", "got it", "okay", "right", "and the next four"]
    for k, g in enumerate(gs):
        r = R.random()
        if r < 0.3:
            sp = say_pairs(g, z) if len(g) % 2 == 0 else say_digits(g, z)
        elif r < 0.5:
            sp = say_digits(g, z, doubles=True)
        else:
            sp = say_digits(g, z)
        lead = pick("", "", "um ", "then ", "it's ", "okay ") if k else pick("", "so ", "yeah ")
        trail = pick("", "", " yeah", " okay")
        case.c(lead, (sp, "CARD_NUMBER", "card"), trail)
        if k < len(gs) - 1:
            case.a(R.choice(backs))
    case.a(pick("lovely thank you", "perfect", "thanks"))
    return case


def pos_card_readback(ind):
    c = gen_card(pick("visa", "mc", "amex"))
    z = zs()
    gs = split_groups(c, card_groups(c))
    case = Case("positive", f"call/{ind}: card given by customer then read back by the agent")
    case.a("what's the card number")
    case.c(pick("it's ", "okay ", ""), (say_digits(c, z), "CARD_NUMBER"))
    rb = " ".join(say_digits(g, pick("oh", "zero")) for g in gs)
    case.a(pick("so that's ", "let me read that back ", "just to confirm "), (rb, "CARD_NUMBER"),
           pick(" is that right", " correct", ""))
    case.c(pick("yes that's right", "yep", "that's it"))
    return case


def pos_card_correction(ind):
    c = gen_card(pick("visa", "mc"))
    z = zs()
    gs = split_groups(c, card_groups(c))
    wrong_pos = R.randrange(1, 3)
    case = Case("positive", f"call/{ind}: caller corrects a group mid-reading; only the corrected groups are labelled as the value")
    case.a("go ahead with the card number")
    case.c((say_digits(gs[0], z), "CARD_NUMBER", "card"), " ",
           (say_digits(gs[1], z), "CARD_NUMBER", "card"))
    case.a("mhm")
    bad = str((int(gs[2][-1]) + 3) % 10)
    case.c(say_digits(gs[2][:-1] + bad, z), pick(" no wait sorry ", " sorry scratch that ", " hang on no "),
           (say_digits(gs[2], z), "CARD_NUMBER", "card"))
    case.a("okay and the last ones")
    case.c((say_digits("".join(gs[3:]), z), "CARD_NUMBER", "card"))
    return case


def pos_card_chat(ind):
    c = gen_card()
    gs = split_groups(c, card_groups(c))
    style = R.randrange(8)
    if style == 0:
        v = " ".join(gs)
    elif style == 1:
        v = "-".join(gs)
    elif style == 2:
        v = c
    elif style == 3:
        v = ".".join(gs)
    elif style == 4:
        v = "  ".join(gs)
    elif style == 5:
        # irregular grouping a typing user produces
        v = c[:4] + " " + c[4:6] + " " + c[6:12] + " " + c[12:]
    elif style == 6:
        v = " - ".join(gs)
    else:
        v = "/".join(gs)
    case = Case("positive", f"chat/{ind}: card typed with style {style} separators")
    case.a(pick("Please enter the long card number below.", "Which card would you like to pay with?",
                "Can you provide the card number so I can process the refund?"))
    case.c(pick("sure its ", "card no: ", "Card number ", "ok here u go ", "", "it's "), (v, "CARD_NUMBER"),
           pick("", " thx", " - exp on the back", "!", " (visa)"))
    return case


def pos_card_chat_split(ind):
    c = gen_card(pick("visa", "mc"))
    gs = split_groups(c, card_groups(c))
    case = Case("positive", f"chat/{ind}: card typed over two chat messages")
    case.a("What is the card number?")
    case.c((gs[0] + " " + gs[1], "CARD_NUMBER", "card"), pick("", "..."))
    case.c((gs[2] + " " + gs[3], "CARD_NUMBER", "card"), pick("", " sorry hit enter too soon"))
    return case


def pos_card_with_cvv_exp(ind):
    c = gen_card(pick("visa", "mc", "amex"))
    cvv = "".join(R.choice("0123456789") for _ in range(4 if c[:2] in ("34", "37") else 3))
    mm, yy = R.randrange(1, 13), R.randrange(25, 32)
    z = zs()
    case = Case("positive", f"call/{ind}: card, expiry and security code in consecutive turns, plus an amount")
    case.a(f"the total today is {two_words(R.randrange(20, 99))} pounds {two_words(R.randrange(10, 99))} can i take the card number")
    case.c((card_spoken_variants(c), "CARD_NUMBER"))
    case.a("and the expiry date")
    exp_sp = pick(f"{say_digits(f'{mm:02d}', z)} {two_words(yy)}",
                  f"{MONTHS[mm - 1]} twenty {two_words(yy)}" if False else f"{MONTHS[mm - 1]} {two_words(yy)}",
                  f"{say_digits(f'{mm:02d}', z)} slash {two_words(yy)}")
    case.c(pick("it's ", "", "expires "), (exp_sp, "EXPIRY"))
    case.a("and the three digits on the back" if len(cvv) == 3 else "and the four digit code on the front")
    case.c(pick("", "it's ", "um "), (say_digits(cvv, z), "CVV"))
    return case


def pos_card_chat_cvv_exp(ind):
    c = gen_card(pick("visa", "mc"))
    cvv = f"{R.randrange(0, 1000):03d}"
    mm, yy = R.randrange(1, 13), R.randrange(25, 32)
    exp = pick(f"{mm:02d}/{yy}", f"{mm:02d}-{yy}", f"{mm:02d}/20{yy}", f"{mm}/{yy}" if mm >= 10 else f"{mm:02d}{yy}")
    gs = split_groups(c, card_groups(c))
    case = Case("positive", f"chat/{ind}: card, expiry and CVV in one chat message")
    case.a("Please send the card details to complete the booking.")
    case.c(pick("card ", "num "), (" ".join(gs), "CARD_NUMBER"), pick(" exp ", ", expiry ", " expires "),
           (exp, "EXPIRY"), pick(" cvv ", ", security code ", " cvc: "), (cvv, "CVV"))
    return case


def pos_card_homophone(ind):
    # ASR writes 'for' for four, 'to' for two
    while True:
        c = gen_card("visa")
        if "2" in c[4:] or "4" in c[4:]:
            break
    words = []
    for d in c:
        if d == "4" and R.random() < 0.5:
            words.append("for")
        elif d == "2" and R.random() < 0.5:
            words.append(pick("to", "too"))
        else:
            words.append(dword(d, "oh"))
    case = Case("positive", f"call/{ind}: ASR homophones 'for'/'to' inside a card reading")
    case.a("okay go ahead with the card")
    case.c(pick("yeah ", "so "), (" ".join(words), "CARD_NUMBER"))
    return case


def pos_card_amex_pairs(ind):
    c = gen_card("amex")
    g = split_groups(c, [4, 6, 5])
    case = Case("positive", f"call/{ind}: amex 4-6-5 with pairs and hundreds")
    case.a("is that the american express")
    case.c("yes the number is ", (say_pairs(g[0]) + " " + say_pairs(g[1]) + " " + say_digits(g[2], zs()), "CARD_NUMBER"))
    return case


def pos_card_mixed_chitchat(ind):
    c = gen_card(pick("visa", "mc"))
    gs = split_groups(c, card_groups(c))
    z = zs()
    case = Case("positive", f"call/{ind}: card groups interleaved with chit-chat in the same turn")
    case.a("whenever you're ready with the card")
    case.c((say_digits(gs[0], z) + " " + say_digits(gs[1], z), "CARD_NUMBER", "card"),
           pick(" hold on my glasses ", " sorry the dog's barking ", " hang on it's faded here "),
           (say_digits(gs[2], z) + " " + say_digits(gs[3], z), "CARD_NUMBER", "card"))
    return case


# ----------------------------------------------------------------------------
# SSN positives
def ssn_spoken(s: str) -> str:
    z = zs()
    a, g, sr = s[:3], s[3:5], s[5:]
    mode = R.randrange(6)
    if mode == 0:
        return say_digits(s, z)
    if mode == 1:
        return f"{say_digits(a, z)} {say_digits(g, z)} {say_digits(sr, z)}"
    if mode == 2:
        return f"{say_digits(a, z)} {say_pairs(g, z)} {say_pairs(sr, z)}"
    if mode == 3:
        return say_digits(s, z, doubles=True)
    if mode == 4:
        return f"{say_digits(a, z)} dash {say_digits(g, z)} dash {say_digits(sr, z)}"
    return f"{say_digits(a, z)} {say_pairs(g, z)} {say_digits(sr, z, doubles=True)}"


def pos_ssn_call(ind):
    s = gen_ssn()
    case = Case("positive", f"call/{ind}: SSN spoken in one turn")
    case.a(pick("for verification can i get your social security number",
                "and your social please", "i'll need the last four of your social ... actually the full social for this one"))
    case.c(pick("sure it's ", "yeah ", "okay um ", ""), (ssn_spoken(s), "SSN"))
    return case


def pos_ssn_split(ind):
    s = gen_ssn()
    z = zs()
    case = Case("positive", f"call/{ind}: SSN given in three turns with back-channels")
    case.a("can you give me your social security number")
    case.c(pick("", "okay ", "yeah "), (say_digits(s[:3], z), "SSN", "ssn"))
    case.a(pick("mhm", "okay", "yep"))
    case.c((pick(say_digits(s[3:5], z), say_pairs(s[3:5], z)), "SSN", "ssn"))
    case.a(pick("uh huh", "go on", "okay"))
    case.c((pick(say_digits(s[5:], z), say_pairs(s[5:], z), say_digits(s[5:], z, True)), "SSN", "ssn"),
           pick("", " that's it", " yeah"))
    return case


def pos_ssn_chat(ind):
    s = gen_ssn()
    v = pick(f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s, f"{s[:3]}.{s[3:5]}.{s[5:]}",
             f"{s[:3]} - {s[3:5]} - {s[5:]}", f"{s[:3]}-{s[3:5]}{s[5:]}", f"{s[:3]}/{s[3:5]}/{s[5:]}")
    case = Case("positive", f"chat/{pick('banking', 'insurance', 'government', 'healthcare billing')}: SSN typed with separators")
    case.a(pick("To verify your identity please provide your SSN.", "Could you type your social security number?",
                "I need the SSN on the policy to continue."))
    case.c(pick("ssn: ", "its ", "my social is ", "SSN ", "", "ok "), (v, "SSN"),
           pick("", " and dob is on file", " thanks", "."))
    return case


def pos_ssn_readback(ind):
    s = gen_ssn()
    z = zs()
    case = Case("positive", f"call/{ind}: SSN read back by agent in groups")
    wrong = s[:7] + str((int(s[7]) + 1) % 10) + s[8]
    case.a("and the social security number")
    case.c((say_digits(s, z), "SSN"))
    case.a("let me repeat that ", (say_digits(s[:3], z) + " " + say_digits(s[3:5], z) + " " + say_digits(s[5:], z), "SSN"),
           " is that correct")
    case.c("yes that's correct")
    _ = wrong
    return case


def pos_ssn_correction(ind):
    s = gen_ssn()
    z = zs()
    case = Case("positive", f"call/{ind}: SSN with self-correction; the corrected full reading is the labelled value")
    case.a("and your social")
    case.c(say_digits(s[:3], z) + " " + say_digits(str((int(s[3]) + 4) % 10) + s[4], z) + " ",
           pick("oh sorry i started wrong let me start again ", "no wait that's not right sorry it's "),
           (say_digits(s, z), "SSN"))
    return case


def pos_ssn_with_other(ind):
    s = gen_ssn()
    d, m, y = gen_dob()
    z = zs()
    case = Case("positive", f"call/{ind}: SSN and DOB in one turn, with a claim number (not PII)")
    case.a(f"thanks i have the claim {say_digits(str(R.randrange(100000, 999999)), 'zero')} up can you verify your social and date of birth")
    case.c("sure social is ", (ssn_spoken(s), "SSN"), " and my birthday is ",
           (f"{MONTHS[m - 1]} {ORD[d]} {say_year(y)}", "DOB"))
    return case


def pos_ssn_hundreds(ind):
    # SSN where serial ends in hundreds, e.g. 4100 -> 'forty one hundred'
    while True:
        s = gen_ssn()
        s = s[:5] + s[5:7] + "00"
        if s[5] != "0" and s[5:] != "0000":
            break
    z = zs()
    case = Case("positive", f"call/{ind}: SSN serial said as hundreds ('forty one hundred')")
    case.a("could you confirm the social on the account")
    case.c("yeah ", (say_digits(s[:3], z) + " " + say_pairs(s[3:5], z) + " " + say_pairs(s[5:], z), "SSN"))
    return case


def pos_ssn_last4_then_full(ind):
    s = gen_ssn()
    z = zs()
    case = Case("positive", f"call/{ind}: agent asks last four, caller volunteers full SSN with filler words")
    case.a("can i just get the last four of your social")
    case.c(pick("oh i'll just give you the whole thing ", "it's um "),
           (say_digits(s[:3], z) + " um " + say_digits(s[3:5], z) + " " + say_digits(s[5:], z), "SSN"))
    return case


# ----------------------------------------------------------------------------
# NI positives
def ni_spoken(n: str) -> str:
    p, dg, sfx = n[:2].lower(), n[2:8], n[8].lower()
    z = zs()
    mode = R.randrange(7)
    letters = lambda s: " ".join(s)
    if mode == 0:
        return f"{letters(p)} {say_digits(dg, z)} {sfx}"
    if mode == 1:
        return f"{p[0]} for {NATO[p[0]]} {p[1]} for {NATO[p[1]]} {say_digits(dg, z)} {sfx} for {NATO[sfx]}"
    if mode == 2:
        return f"{letters(p)} {say_pairs(dg, z)} {sfx}"
    if mode == 3:
        lp = f"double {p[0]}" if p[0] == p[1] else letters(p)
        return f"{lp} {say_digits(dg, z, doubles=True)} {sfx}"
    if mode == 4:
        w = NAMEWORD.get(p[0])
        lp = f"{p[0]} as in {w}" if w else p[0]
        return f"{lp} {p[1]} {say_digits(dg[:2], z)} {say_digits(dg[2:4], z)} {say_digits(dg[4:], z)} {sfx}"
    if mode == 5:
        return f"{p} {say_pairs(dg, z)} {sfx}"
    return f"{letters(p)} {say_digits(dg[:2], z)} {say_pairs(dg[2:], z)} {sfx}"


def pos_ni_call(ind):
    n = gen_ni()
    case = Case("positive", f"call/{ind}: UK NI number spoken in one turn")
    case.a(pick("and can i take your national insurance number", "what's your n i number please",
                "for the claim i need your national insurance number"))
    case.c(pick("yeah it's ", "it's ", "okay ", "um ", ""), (ni_spoken(n), "NI_NUMBER"), pick("", " i think", " yeah"))
    return case


def pos_ni_split(ind):
    n = gen_ni()
    z = zs()
    p, dg, sfx = n[:2].lower(), n[2:8], n[8].lower()
    case = Case("positive", f"call/{ind}: NI number split over turns (letters, digits, suffix)")
    case.a("go ahead with the national insurance number")
    case.c(pick("okay it starts ", "so it's ", ""), (pick(f"{p[0]} {p[1]}", f"{p[0]} for {NATO[p[0]]} {p[1]} for {NATO[p[1]]}"), "NI_NUMBER", "ni"))
    case.a(pick("mhm", "yep", "okay"))
    case.c((pick(say_digits(dg, z), say_pairs(dg, z), say_digits(dg[:3], z) + " " + say_digits(dg[3:], z)), "NI_NUMBER", "ni"))
    case.a(pick("and the letter at the end", "and the last letter", "okay"))
    case.c(pick("", "it's ", "that's "), (pick(sfx, f"{sfx} for {NATO[sfx]}"), "NI_NUMBER", "ni"))
    return case


def pos_ni_chat(ind):
    n = gen_ni()
    v = pick(f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", n, n.lower(), f"{n[:2]}{n[2:8]} {n[8]}",
             f"{n[:2]}-{n[2:4]}-{n[4:6]}-{n[6:8]}-{n[8]}", f"{n[:2]} {n[2:8]} {n[8]}",
             f"{n[:2].lower()} {n[2:4]} {n[4:6]} {n[6:8]} {n[8].lower()}", f"{n[:2]}{n[2:4]} {n[4:6]}{n[6:8]}{n[8]}")
    case = Case("positive", f"chat/{pick('government', 'payroll', 'pensions', 'benefits')}: NI number typed")
    case.a(pick("Please type your National Insurance number.", "What's your NI no?", "Can you confirm your NINO for the record?"))
    case.c(pick("NI: ", "it's ", "ni number ", "", "sure - ", "NINO "), (v, "NI_NUMBER"), pick("", " cheers", ".", " thanks!"))
    return case


def pos_ni_readback(ind):
    n = gen_ni()
    z = zs()
    case = Case("positive", f"call/{ind}: NI number read back by agent using phonetic alphabet")
    case.c("my national insurance is ", (ni_spoken(n), "NI_NUMBER"))
    p, dg, sfx = n[:2].lower(), n[2:8], n[8].lower()
    case.a("so i've got ", (f"{p[0]} for {NATO[p[0]]} {p[1]} for {NATO[p[1]]} {say_digits(dg, z)} {sfx} for {NATO[sfx]}", "NI_NUMBER"),
           " is that right")
    case.c("that's right yeah")
    return case


def pos_ni_correction(ind):
    n = gen_ni()
    z = zs()
    p, dg, sfx = n[:2].lower(), n[2:8], n[8].lower()
    case = Case("positive", f"call/{ind}: NI number where caller corrects the suffix letter; correction labelled as part of the value")
    wrong = "abcd".replace(sfx, "")[R.randrange(3)]
    case.c("it's ", (f"{p[0]} {p[1]} {say_digits(dg, z)}", "NI_NUMBER", "ni"), " ",
           wrong, pick(" no sorry ", " no hang on it's ", " er no "), (sfx, "NI_NUMBER", "ni"))
    case.a("okay thanks")
    return case


def pos_ni_with_postcode(ind):
    n = gen_ni()
    pc = gen_uk_postcode()
    case = Case("positive", f"call/{ind}: NI number then postcode in one turn")
    case.a("can i have your national insurance number and your postcode")
    case.c("yeah national insurance is ", (ni_spoken(n), "NI_NUMBER"), " and the postcode is ",
           (spoken_uk_postcode(pc), "POSTCODE"))
    return case


def pos_ni_asr_words(ind):
    # ASR writes letters as words: 'bee', 'see', 'jay', 'why', 'are', 'tea'
    homo = {"b": "bee", "c": "see", "j": "jay", "y": "why", "r": "are", "t": "tea", "p": "pee", "k": "kay"}
    while True:
        n = gen_ni()
        if n[0].lower() in homo or n[1].lower() in homo:
            break
    case = Case("positive", f"call/{ind}: NI prefix letters written by ASR as words (bee/jay/why...)")
    p = n[:2].lower()
    lw = " ".join(homo.get(ch, ch) for ch in p)
    z = zs()
    case.a("national insurance number please")
    case.c(pick("it's ", ""), (f"{lw} {say_digits(n[2:8], z)} {n[8].lower()}", "NI_NUMBER", "ni"))
    return case


# ----------------------------------------------------------------------------
# other types
def spoken_uk_postcode(pc: str) -> str:
    out = pc.replace(" ", "")
    out_words = []
    for ch in pc.lower():
        if ch == " ":
            continue
        out_words.append(dword(ch, pick("oh", "zero", "nought")) if ch.isdigit() else ch)
    return " ".join(out_words)


def pos_postcode_address_uk(ind):
    pc = gen_uk_postcode()
    num = R.randrange(1, 240)
    st = f"{R.choice(STREETS)} {R.choice(STYPES)}"
    town = R.choice(TOWNS_UK)
    case = Case("positive", f"call/{ind}: UK street address and postcode spoken")
    case.a("and can you confirm the first line of your address and your postcode")
    case.c(pick("yeah it's ", "", "sure "), (f"{two_words(num) if num < 100 else say_digits(str(num), 'oh')} {st}", "ADDRESS"),
           f" {town} ", (spoken_uk_postcode(pc), "POSTCODE"))
    return case


def pos_address_chat(ind):
    num = R.randrange(1, 9999)
    st = f"{R.choice(STREETS).title()} {R.choice(STYPES).title()}"
    us = R.random() < 0.5
    case = Case("positive", f"chat/{ind}: typed postal address with {'ZIP' if us else 'UK postcode'}")
    case.a("What's the delivery address?")
    if us:
        z = gen_zip()
        if R.random() < 0.3:
            z = z + "-" + f"{R.randrange(1, 9999):04d}"
        case.c((f"{num} {st}", "ADDRESS"), pick(", Apt 4, ", " ", ", "), "{} {} ".format(*R.choice([("Austin", "TX"), ("Denver", "CO"), ("Columbus", "OH"), ("Portland", "OR"), ("Tampa", "FL"), ("Raleigh", "NC"), ("Madison", "WI"), ("Phoenix", "AZ")])), (z, "POSTCODE"))
    else:
        pc = gen_uk_postcode()
        case.c((f"{num % 300 + 1} {st}", "ADDRESS"), ", ", R.choice(TOWNS_UK).title(), ", ", (pick(pc, pc.replace(" ", ""), pc.lower()), "POSTCODE"))
    return case


def pos_zip_call(ind):
    z = gen_zip()
    num = R.randrange(100, 9999)
    case = Case("positive", f"call/{ind}: US street address with number said in pairs and ZIP spoken")
    case.a("what's the billing address on the card")
    st = f"{R.choice(STREETS)} {pick('street', 'avenue', 'boulevard', 'drive')}"
    case.c((f"{say_pairs(str(num), 'oh')} {st}", "ADDRESS"), f" {R.choice(TOWNS_US)} ", pick("zip ", "and the zip is ", ""),
           (say_digits(z, zs()), "POSTCODE"))
    return case


def pos_phone_call(ind):
    region = R.choice(["uk", "us", "ie", "intl"])
    z = zs()
    if region == "uk":
        p = gen_uk_phone()
        sp = pick(say_digits(p, z), say_digits(p[:5], z) + " " + say_digits(p[5:], z, True),
                  say_digits(p[:5], z) + " " + say_pairs(p[5:], z) if len(p[5:]) % 2 == 0 else say_digits(p, z, True))
    elif region == "us":
        p = gen_us_phone()
        sp = pick(say_digits(p[:3], z) + " " + say_digits(p[3:6], z) + " " + say_pairs(p[6:], z),
                  say_digits(p, z, True), "one " + say_digits(p, z))
    elif region == "ie":
        p = gen_ie_phone()
        sp = say_digits(p[:3], z) + " " + say_digits(p[3:], z, True)
    else:
        p = "44" + gen_uk_phone()[1:]
        sp = "plus " + say_digits(p[:2], z, True) + " " + say_digits(p[2:], z)
    case = Case("positive", f"call/{ind}: {region} phone number spoken")
    case.a(pick("and the best number to reach you on", "can i take a contact number", "what number should we call back on"))
    case.c(pick("it's ", "yeah ", "my mobile is ", ""), (sp, "PHONE"))
    return case


def pos_phone_chat(ind):
    region = R.choice(["uk", "us", "ie", "intl", "de"])
    if region == "uk":
        p = gen_uk_phone(); v = pick(p, f"{p[:5]} {p[5:]}", f"{p[:5]}-{p[5:8]}-{p[8:]}")
    elif region == "us":
        p = gen_us_phone(); v = pick(f"({p[:3]}) {p[3:6]}-{p[6:]}", f"{p[:3]}-{p[3:6]}-{p[6:]}", f"{p[:3]}.{p[3:6]}.{p[6:]}", f"+1 {p[:3]} {p[3:6]} {p[6:]}")
    elif region == "ie":
        p = gen_ie_phone(); v = pick(f"{p[:3]} {p[3:6]} {p[6:]}", f"+353 {p[1:3]} {p[3:]}", p)
    elif region == "de":
        p = "1" + "".join(R.choice("0123456789") for _ in range(9)); v = f"+49 {p[:3]} {p[3:]}"
    else:
        p = gen_uk_phone()[1:]; v = pick(f"+44 {p[:4]} {p[4:]}", f"+44 (0){p[:4]} {p[4:]}", f"0044 {p}")
    case = Case("positive", f"chat/{ind}: {region} phone typed")
    case.a("What's a good contact number?")
    case.c(pick("call me on ", "mob ", "tel: ", "", "my number is "), (v, "PHONE"), pick("", " after 5pm pls", " thanks"))
    return case


def pos_email(ind):
    u, d = gen_email_parts()
    case = Case("positive", f"{'call' if R.random() < 0.6 else 'chat'}/{ind}: e-mail address")
    if case.note.startswith("call"):
        case.a("and what email address should we send the confirmation to")
        case.c(pick("it's ", "yeah ", ""), (speak_email(u, d), "EMAIL"))
    else:
        case.a("Can I have your email address please?")
        case.c(pick("", "its ", "email: "), (pick(f"{u}@{d}", f"{u.upper()}@{d}", f"{u} @ {d}"), "EMAIL"))
    return case


def pos_dob(ind):
    d, m, y = gen_dob()
    call = R.random() < 0.6
    case = Case("positive", f"{'call' if call else 'chat'}/{ind}: date of birth for verification")
    if call:
        case.a(pick("and can i take your date of birth", "can you confirm your date of birth for me"))
        v = pick(f"{ORD[d]} of {MONTHS[m - 1]} {say_year(y)}", f"{MONTHS[m - 1]} {ORD[d]} {say_year(y)}",
                 f"{two_words(d)} {two_words(m)} {say_year(y)}" if False else f"{MONTHS[m - 1]} the {ORD[d]} {say_year(y)}")
        case.c(("it's the " if v.startswith(tuple(ORD[1:])) else pick("yeah ", "", "it's ")), (v, "DOB"))
    else:
        case.a("Please confirm your date of birth.")
        v = pick(f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{m}/{d}/{y}", f"{d} {MONTHS[m - 1].title()} {y}", f"{d:02d}-{m:02d}-{y}")
        case.c(pick("dob ", "", "born "), (v, "DOB"))
    return case


def pos_bank(ind):
    uk = R.random() < 0.6
    z = zs()
    if uk:
        acc = "".join(R.choice("0123456789") for _ in range(8))
        sc = "".join(R.choice("0123456789") for _ in range(6))
        case = Case("positive", f"call/{ind}: UK sort code and account number spoken")
        case.a("can i take the sort code and account number for the direct debit")
        case.c(pick("sort code is ", "yeah sort code "),
               (pick(say_digits(sc, z), say_pairs(sc, z), " ".join(say_digits(sc[i:i + 2], z) for i in (0, 2, 4))), "SORT_CODE"),
               pick(" and the account number is ", " account "), (pick(say_digits(acc, z), say_digits(acc, z, True)), "BANK_ACCOUNT"))
    else:
        acc = "".join(R.choice("0123456789") for _ in range(R.randrange(9, 13)))
        case = Case("positive", f"call/{ind}: US checking account number spoken in two turns")
        case.a("and the checking account number")
        case.c((say_digits(acc[:5], z), "BANK_ACCOUNT", "acc"))
        case.a("mhm")
        case.c((say_digits(acc[5:], z), "BANK_ACCOUNT", "acc"))
    return case


def pos_bank_chat(ind):
    acc = "".join(R.choice("0123456789") for _ in range(8))
    sc = "".join(R.choice("0123456789") for _ in range(6))
    case = Case("positive", f"chat/{ind}: sort code and account typed")
    case.a("Please provide the sort code and account number for the refund.")
    case.c(pick("SC ", "sort code: ", "sort "), (pick(f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"), "SORT_CODE"),
           pick(" acc ", ", account no. ", " a/c "), (pick(acc, f"{acc[:4]} {acc[4:]}"), "BANK_ACCOUNT"))
    return case


def pos_iban(ind):
    ib = gen_iban()
    chat = R.random() < 0.6
    case = Case("positive", f"{'chat' if chat else 'call'}/{ind}: IBAN {ib[:2]}")
    if chat:
        v = pick(ib, " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib.lower())
        case.a("Please share the IBAN for the transfer.")
        case.c(pick("IBAN: ", "", "iban is "), (v, "IBAN"))
    else:
        z = zs()
        words = []
        for ch in ib.lower():
            if ch.isdigit():
                words.append(dword(ch, z))
            elif ch == "o" or R.random() < 0.25:
                words.append(f"{ch} for {NATO[ch]}")
            else:
                words.append(ch)
        case.a("can you read out the iban")
        case.c("yes it's ", (" ".join(words), "IBAN"))
    return case


def pos_expiry_cvv_call(ind):
    mm, yy = R.randrange(1, 13), R.randrange(25, 32)
    cvv = f"{R.randrange(0, 1000):03d}"
    z = zs()
    case = Case("positive", f"call/{ind}: expiry and security code in one turn")
    case.a("and the expiry and the security code on the back")
    case.c(pick("expiry is ", "it expires "), (pick(f"{say_digits(f'{mm:02d}', z)} {two_words(yy)}", f"{MONTHS[mm - 1]} twenty {two_words(yy)}",
                                                  f"{say_digits(f'{mm:02d}', z)} {say_digits(str(yy), z)}"), "EXPIRY"),
           pick(" and the code is ", " security code ", " and the three digits are "), (say_digits(cvv, z, R.random() < 0.5), "CVV"))
    return case


def pos_multi_identity(ind):
    s = gen_ssn()
    u, d = gen_email_parts()
    p = gen_us_phone()
    z = zs()
    case = Case("positive", f"call/{ind}: several identifiers in one call, ticket number unlabelled")
    case.a(f"i see ticket {say_digits(str(R.randrange(10000, 99999)), 'zero')} on file can you verify the phone number on the account")
    case.c((say_digits(p, z), "PHONE"))
    case.a("and the email")
    case.c((speak_email(u, d), "EMAIL"))
    case.a("and last thing your social")
    case.c((ssn_spoken(s), "SSN"))
    return case


# ----------------------------------------------------------------------------
# extra adversarial templates
def pos_card_asr_numerals(ind):
    """ASR engines that emit numerals: single digits spaced out, or mixed with words."""
    c = gen_card(pick("visa", "mc", "mc2"))
    gs = split_groups(c, card_groups(c))
    mode = R.randrange(3)
    if mode == 0:
        v = " ".join(c)
    elif mode == 1:
        v = " ".join(g if k % 2 == 0 else say_digits(g, zs()) for k, g in enumerate(gs))
    else:
        v = " ".join(" ".join(g[:2]) + " " + g[2:] for g in gs)
    case = Case("positive", f"call/{ind}: ASR transcript with numerals for card digits (mode {mode})")
    case.a(pick("okay and the card number", "go ahead with the long number"))
    case.c(pick("yeah it's ", "", "so "), (v, "CARD_NUMBER"))
    return case


def pos_card_readback_split(ind):
    c = gen_card(pick("visa", "mc"))
    gs = split_groups(c, card_groups(c))
    z = zs()
    case = Case("positive", f"call/{ind}: agent reads back each group as the customer gives it")
    case.a("okay read it to me four at a time")
    for k, g in enumerate(gs):
        case.c((say_digits(g, z), "CARD_NUMBER", "cust"))
        case.a((say_digits(g, pick("oh", "zero")), "CARD_NUMBER", "agent"), pick("", " yep", " okay"))
    case.c("that's it")
    return case


def pos_card_chat_typo(ind):
    c = gen_card(pick("visa", "mc", "amex", "disc"))
    gs = split_groups(c, card_groups(c))
    style = R.randrange(4)
    if style == 0:
        v = " ".join(gs[:2]) + gs[2] + " " + " ".join(gs[3:])  # missed a space
    elif style == 1:
        v = ",".join(gs)
    elif style == 2:
        v = "-".join(gs[:2]) + " " + " ".join(gs[2:])
    else:
        v = c[:8] + " " + c[8:]
    case = Case("positive", f"chat/{ind}: card typed with a typing slip in the grouping (style {style})")
    case.c(pick("hi can u take payment on ", "pls charge ", "use this one "), (v, "CARD_NUMBER"),
           pick(" for the £25 top up", " for order 55120", " thanks", ""))
    return case


def pos_card_two_cards(ind):
    c1, c2 = gen_card("visa"), gen_card("mc")
    z = zs()
    case = Case("positive", f"call/{ind}: caller gives one card, it's declined, then a second card")
    case.a("go ahead with the card")
    case.c((say_digits(c1, z), "CARD_NUMBER"))
    case.a(f"i'm sorry that one's been declined the payment of {two_words(R.randrange(20, 99))} pounds didn't go through do you have another card")
    case.c(pick("oh right try this one then ", "okay use my mastercard "), (say_digits(c2, z, True), "CARD_NUMBER"))
    return case


def pos_ssn_asr_numerals(ind):
    s = gen_ssn()
    v = pick(" ".join(s), f"{' '.join(s[:3])} {s[3:5]} {s[5:]}", f"{s[:3]} {say_digits(s[3:5], 'oh')} {s[5:]}")
    case = Case("positive", f"call/{ind}: ASR emits numerals for the SSN")
    case.a("and the social security number on the policy")
    case.c(pick("it's ", "yeah ", ""), (v, "SSN"))
    return case


def pos_ssn_chat_context(ind):
    s = gen_ssn()
    v = pick(f"SSN#{s}", f"ssn:{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]}-{s[3:5]}-{s[5:]}")
    pre = v[:4] if v.startswith("SSN#") else (v[:4] if v.startswith("ssn:") else "")
    val = v[len(pre):]
    case = Case("positive", f"chat/{ind}: SSN glued to a label, plus an unrelated amount and date")
    case.c(f"Hi, I was billed ${R.randrange(20, 900)}.{R.randrange(10, 99)} on {R.randrange(1, 12)}/{R.randrange(1, 28)} for a visit I never had. ",
           pre, (val, "SSN"), pick(" is the member's", ", policy holder is me", ""))
    return case


def pos_ssn_agent_readback_pairs(ind):
    s = gen_ssn()
    z = zs()
    case = Case("positive", f"call/{ind}: customer gives SSN digit by digit, agent confirms in pairs")
    case.c("my social is ", (say_digits(s, z), "SSN"))
    case.a("okay so ", (say_digits(s[:3], "zero") + " " + say_pairs(s[3:5], "oh") + " " + say_pairs(s[5:], "oh"), "SSN"), " right")
    case.c("yes")
    return case


def pos_ssn_spanish_us(ind):
    s = gen_ssn()
    z = zs()
    case = Case("positive", f"call/{ind}: SSN with a filler between group and serial, then repeated in pairs after a line break-up")
    case.a("and the social")
    case.c((say_digits(s[:5], z), "SSN", "ssn"), pick(" and then ", " um ", " "), (say_digits(s[5:], z), "SSN", "ssn"))
    case.a("sorry you broke up there can you say the whole thing again")
    case.c("yeah ", (say_digits(s[:3], z) + " " + say_pairs(s[3:5], z) + " " + say_pairs(s[5:], z), "SSN", "ssn2"))
    return case


def pos_ni_double_letter(ind):
    p = pick("AA", "CC", "SS", "JJ", "LL", "MM", "PP", "RR", "TT", "WW", "YY", "HH", "EE")
    n = p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")
    z = zs()
    dg = n[2:8]
    case = Case("positive", f"call/{ind}: NI with a doubled prefix letter said as 'double'")
    case.a("and your national insurance number")
    case.c(pick("it's ", "yep ", ""), (f"double {p[0].lower()} {pick(say_digits(dg, z, True), say_pairs(dg, z))} {n[8].lower()}", "NI_NUMBER"))
    return case


def pos_ni_chat_spaced(ind):
    n = gen_ni()
    v = pick(f"{n[0]} {n[1]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", f"{n[:2]} {' '.join(n[2:8])} {n[8]}",
             f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:8]}.{n[8]}", f"{n[:2].lower()}{n[2:8]}{n[8].upper()}", f"{n[:2]} {n[2:5]} {n[5:8]} {n[8]}")
    case = Case("positive", f"chat/{ind}: NI typed with unusual spacing or case")
    case.a("Could I take your National Insurance number to look you up?")
    case.c(pick("yes ", "", "its "), (v, "NI_NUMBER"), pick("", " and my postcode hasn't changed", " ta"))
    return case


def pos_ni_with_letters_as_words(ind):
    n = gen_ni()
    z = zs()
    case = Case("positive", f"call/{ind}: NI digits split with filler and agent back-channel inside the digit run")
    p, dg, sfx = n[:2].lower(), n[2:8], n[8].lower()
    case.c("national insurance number is ", (f"{p[0]} {p[1]} {say_digits(dg[:2], z)} um {say_digits(dg[2:4], z)}", "NI_NUMBER", "ni"))
    case.a("uh huh")
    case.c((f"{say_digits(dg[4:], z)} and then {sfx}", "NI_NUMBER", "ni"))
    return case


def pos_ni_readback_chat(ind):
    n = gen_ni()
    case = Case("positive", f"chat/{ind}: customer types NI, agent echoes it back formatted")
    case.c(pick("my ni is ", "NI - ", ""), (n.lower(), "NI_NUMBER"))
    case.a("Thanks, just confirming that's ", (f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", "NI_NUMBER"), "?")
    case.c("yep")
    return case


def pos_card_hundreds(ind):
    """A card group like 4500 or 1900 said as 'forty five hundred' / 'nineteen hundred'."""
    while True:
        base = gen_card(pick("visa", "mc"))
        k = R.choice([1, 2])
        hi = R.randrange(11, 99)
        if hi % 10 == 0:
            continue
        body = base[:4 * k] + f"{hi}00" + base[4 * k + 4:-1]
        for ch in "0123456789":
            if luhn_ok(body + ch):
                c = body + ch
                break
        break
    gs = split_groups(c, [4, 4, 4, 4])
    z = zs()
    parts = [say_pairs(g, z) if j == k else say_digits(g, z) for j, g in enumerate(gs)]
    case = Case("positive", f"call/{ind}: card group said as hundreds ('{two_words(hi)} hundred')")
    case.a("right go ahead with the card")
    case.c(pick("okay ", "it's ", ""), (" ".join(parts), "CARD_NUMBER"), pick("", " and that's the debit card"))
    return case


def pos_ssn_typed_slip(ind):
    s = gen_ssn()
    v = pick(f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}--{s[3:5]}--{s[5:]}", f"{s[:3]}-{s[3:5]} {s[5:]}", f"{s[:5]}-{s[5:]}")
    case = Case("positive", f"chat/{ind}: SSN typed with an unusual grouping or doubled separators")
    case.a("For security, what's the Social Security number on the account?")
    case.c(pick("", "sure ", "ok its "), (v, "SSN"))
    return case


def pos_phone_split(ind):
    p = gen_uk_phone()
    z = zs()
    case = Case("positive", f"call/{ind}: UK phone number given in two turns then read back by the agent")
    case.a("what's the best number for you")
    case.c(pick("it's ", ""), (say_digits(p[:5], z), "PHONE", "c"))
    case.a("yep")
    case.c((say_digits(p[5:], z, True), "PHONE", "c"))
    case.a("so that's ", (say_digits(p[:5], "oh") + " " + say_digits(p[5:8], "oh") + " " + say_digits(p[8:], "oh"), "PHONE"))
    return case


INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
              "government services"]

POS_PLAN = [
    (pos_card_call_single, 14), (pos_card_call_split, 8), (pos_card_readback, 5), (pos_card_correction, 4),
    (pos_card_chat, 12), (pos_card_chat_split, 3), (pos_card_with_cvv_exp, 6), (pos_card_chat_cvv_exp, 6),
    (pos_card_homophone, 3), (pos_card_amex_pairs, 3), (pos_card_mixed_chitchat, 3),
    (pos_ssn_call, 10), (pos_ssn_split, 5), (pos_ssn_chat, 10), (pos_ssn_readback, 3), (pos_ssn_correction, 3),
    (pos_ssn_with_other, 4), (pos_ssn_hundreds, 3), (pos_ssn_last4_then_full, 3),
    (pos_ni_call, 12), (pos_ni_split, 5), (pos_ni_chat, 10), (pos_ni_readback, 3), (pos_ni_correction, 3),
    (pos_ni_with_postcode, 4), (pos_ni_asr_words, 4),
    (pos_postcode_address_uk, 6), (pos_address_chat, 8), (pos_zip_call, 5),
    (pos_phone_call, 8), (pos_phone_chat, 8), (pos_email, 12), (pos_dob, 12),
    (pos_bank, 10), (pos_bank_chat, 8),
    (pos_card_asr_numerals, 5), (pos_card_readback_split, 3), (pos_card_chat_typo, 5), (pos_card_two_cards, 3),
    (pos_ssn_asr_numerals, 4), (pos_ssn_chat_context, 4), (pos_ssn_agent_readback_pairs, 3), (pos_ssn_spanish_us, 2),
    (pos_ni_double_letter, 4), (pos_card_hundreds, 4), (pos_ssn_typed_slip, 4), (pos_phone_split, 4), (pos_ni_chat_spaced, 5), (pos_ni_with_letters_as_words, 3), (pos_ni_readback_chat, 3), (pos_iban, 13), (pos_expiry_cvv_call, 6), (pos_multi_identity, 4),
]


# ----------------------------------------------------------------------------
# negatives
def neg_cases():
    out = []

    def n(note, *turns):
        c = Case("negative", note)
        for spk, txt in turns:
            c.add(spk, txt)
        out.append(c)

    for _ in range(8):
        amt = R.randrange(12, 2000)
        cents = R.randrange(1, 99)
        n("call/retail: money amounts spoken as words",
          ("agent", f"so your balance is {two_words(amt) if amt < 100 else say_year(amt + 0) if False else str(amt)} pounds {two_words(cents)}"
                    if R.random() < 0.3 else f"the outstanding balance is {pick('one thousand', 'two thousand')} {two_words(amt % 100)} pounds and {two_words(cents)} pence"),
          ("customer", pick("okay can i pay half of that today", "right that's more than i thought", "fine i'll pay it in full")))
    for _ in range(6):
        ref = "".join(R.choice("0123456789") for _ in range(R.randrange(6, 11)))
        n("chat/retail: order number typed with its reference word",
          ("customer", f"{pick('Order', 'order no', 'Order #', 'order number')} {ref} {pick('hasnt arrived', 'was damaged', 'is missing an item')}"),
          ("agent", "Thanks, I can see that order. It was dispatched on the 3rd."))
    for _ in range(6):
        ref = "".join(R.choice("0123456789") for _ in range(R.randrange(7, 11)))
        n("call/insurance: claim reference spoken digit by digit with its reference word",
          ("agent", "do you have the claim reference"),
          ("customer", f"yeah the claim reference is {say_digits(ref, zs())}"),
          ("agent", "thank you that's come up"))
    for _ in range(5):
        t = R.randrange(1, 12)
        n("call/utilities: engineer appointment date and time",
          ("agent", f"we can book an engineer on the {ORD[R.randrange(1, 29)]} of {R.choice(MONTHS)} between {two_words(t)} and {two_words(t + 2 if t < 10 else 12)}"),
          ("customer", pick("the morning slot works for me", "yeah that's fine", "can we do the afternoon instead")))
    for _ in range(5):
        r = "".join(R.choice("0123456789") for _ in range(5))
        n("call/utilities: meter reading spoken digit by digit",
          ("agent", "can you give me the meter reading"),
          ("customer", f"it says {say_digits(r, zs())} on the {pick('electric', 'gas')} meter"))
    for _ in range(4):
        fn = f"{pick('BA', 'EI', 'FR', 'UA', 'LH', 'DL')}{R.randrange(10, 2999)}"
        n("chat/travel: flight number, times and seat",
          ("customer", f"My flight {fn} departs at {R.randrange(6, 12)}:{pick('05', '30', '45')} and I'm in seat {R.randrange(1, 40)}{pick('A', 'C', 'F')}. Can I change it?"),
          ("agent", "Yes, there's a later flight at 18:20 for an extra 45 EUR."))
    for _ in range(4):
        n("call/travel: flight number spoken",
          ("customer", f"i'm on flight {pick('b a', 'e i', 'aer lingus')} {say_pairs(str(R.randrange(100, 999)) + '0')[:0]}{two_words(R.randrange(10, 99))} {two_words(R.randrange(10, 99))} on the {ORD[R.randrange(1, 29)]}"),
          ("agent", "okay and how many bags are you travelling with"), ("customer", pick("two bags", "just the one", "three")))
    for _ in range(4):
        n("call/travel: hotel room number and nights",
          ("customer", f"i'm in room {say_digits(str(R.randrange(100, 999)), 'oh')} and i'd like to extend by {two_words(R.randrange(2, 6))} nights"),
          ("agent", f"that'll be {two_words(R.randrange(80, 99))} euro per night"))
    for _ in range(4):
        n("chat/telecom: router model number and speed",
          ("customer", f"my router is a {pick('TP-Link Archer', 'Netgear Nighthawk', 'Hub')} {pick('AX', 'C', 'R')}{R.randrange(10, 9000)} and I'm only getting {R.randrange(2, 90)} Mbps"),
          ("agent", f"Your package should give you {R.choice([100, 150, 500, 900])} Mbps, let me run a line test."))
    for _ in range(4):
        n("call/healthcare billing: age and appointment, no DOB",
          ("agent", "how old is the patient"),
          ("customer", f"she's {two_words(R.randrange(20, 90))} her appointment is on {R.choice(MONTHS)} {ORD[R.randrange(1, 29)]} at {two_words(R.randrange(1, 12))} thirty"))
    for _ in range(4):
        yr = R.randrange(2015, 2026)
        n("call/telecom: contract start date and year, not a birth date",
          ("agent", f"your contract started on the {ORD[R.randrange(1, 29)]} of {R.choice(MONTHS)} {say_year(yr)} and it's a twenty four month term"),
          ("customer", "so when can i upgrade"))
    for _ in range(4):
        n("chat/banking: percentages and interest",
          ("customer", f"Why has my rate gone up to {R.randrange(2, 30)}.{R.randrange(0, 99)}% APR?"),
          ("agent", f"The base rate changed on 1 {R.choice(MONTHS).title()} {R.randrange(2020, 2026)}; your new monthly payment is £{R.randrange(50, 900)}.{R.randrange(10, 99)}."))
    for _ in range(4):
        n("call/utilities: temperatures and durations",
          ("customer", f"the boiler's been off for {two_words(R.randrange(2, 12))} days and it's {two_words(R.randrange(5, 15))} degrees in the house"),
          ("agent", f"i'm sorry about that we'll have someone out within {two_words(R.randrange(24, 72))} hours"))
    for _ in range(4):
        inv = "".join(R.choice("0123456789") for _ in range(R.randrange(6, 10)))
        n("chat/retail: invoice number and quantity",
          ("customer", f"Invoice {pick('INV-', 'no. ', '#')}{inv} charged me for {R.randrange(2, 20)} units instead of {R.randrange(1, 3)}"),
          ("agent", f"I've raised a credit note for £{R.randrange(10, 400)}.00."))
    for _ in range(4):
        n("call/banking: balance and payment amounts spoken in pairs",
          ("agent", f"your available balance is {two_words(R.randrange(11, 99))} {two_words(R.randrange(11, 99))} dollars and {two_words(R.randrange(11, 99))} cents"),
          ("customer", f"and the last payment was {two_words(R.randrange(11, 99))} hundred dollars right"), ("agent", "that's correct"))
    for _ in range(4):
        t = "".join(R.choice("0123456789") for _ in range(R.randrange(6, 9)))
        n("call/telecom: ticket number split over turns with reference word",
          ("agent", "i'll give you a ticket number for this"),
          ("agent", f"it's ticket {say_digits(t[:4], zs())}"),
          ("customer", "mhm"),
          ("agent", f"{say_digits(t[4:], zs())}"),
          ("customer", "got it thanks"))
    for _ in range(4):
        n("call/insurance: policy years and counts",
          ("customer", f"i've been with you {two_words(R.randrange(2, 20))} years and had {pick('no', 'one', 'two')} claims"),
          ("agent", f"that gives you a {two_words(R.randrange(10, 70))} percent no claims discount"))
    for _ in range(4):
        n("chat/government services: application reference and processing time",
          ("customer", f"I applied on {R.randrange(1, 28)}/{R.randrange(1, 12)}/{R.randrange(2023, 2026)} ref {pick('APP', 'REF', 'CASE')}-{R.randrange(100000, 9999999)}. How long does it take?"),
          ("agent", f"Processing currently takes {R.randrange(3, 16)} weeks."))
    for _ in range(4):
        n("call/retail: product model and price",
          ("customer", f"it's the {pick('samsung', 'bosch', 'dyson', 'lg')} {pick('v', 'w', 'q')} {two_words(R.randrange(10, 99))} {two_words(R.randrange(10, 99))} that was on offer for {two_words(R.randrange(2, 9))} hundred and {two_words(R.randrange(20, 99))} pounds"),
          ("agent", "yeah that one's back in stock next week"))
    for _ in range(4):
        n("call/banking: last four only is not a card number; transaction amount and date",
          ("agent", f"i can see a payment of {two_words(R.randrange(20, 99))} pounds on the {ORD[R.randrange(1, 29)]}"),
          ("customer", f"yeah that's the one from the {pick('supermarket', 'petrol station', 'app store')} at like {two_words(R.randrange(1, 12))} fifteen"))
    for _ in range(4):
        n("chat/telecom: data usage and minutes",
          ("customer", f"I've used {R.randrange(1, 60)}GB and {R.randrange(100, 1500)} mins this month, plan says {R.choice([20, 30, 100])}GB"),
          ("agent", "You've got 12 days left in the billing cycle, resets on the 14th."))
    for _ in range(4):
        n("call/utilities: tariff unit rates",
          ("agent", f"the unit rate is {two_words(R.randrange(20, 35))} point {two_words(R.randrange(1, 9))} pence per kilowatt hour and the standing charge is {two_words(R.randrange(30, 60))} pence a day"),
          ("customer", "that's a lot"))
    for _ in range(4):
        n("call/travel: booking reference letters and price",
          ("customer", f"the booking reference is {' '.join(R.choice('bcdfghjklmnpqrstvwxz') for _ in range(6))}"),
          ("agent", f"thank you and the change fee is {two_words(R.randrange(20, 99))} euro"))
    for _ in range(4):
        n("call/healthcare billing: dosage, counts and amounts",
          ("customer", f"the bill says {two_words(R.randrange(2, 9))} hundred and {two_words(R.randrange(10, 99))} dollars for {two_words(R.randrange(2, 30))} tablets of {two_words(R.randrange(10, 50))} milligrams"),
          ("agent", "let me check that with the pharmacy"))
    for _ in range(4):
        n("call/banking: years and dates of transactions, ages",
          ("customer", f"my son's {two_words(R.randrange(10, 18))} and i opened the account for him in {say_year(R.randrange(2008, 2020))}"),
          ("agent", f"okay and you want to transfer {two_words(R.randrange(2, 9))} hundred into it on the {ORD[R.randrange(1, 29)]}"))
    for _ in range(4):
        n("chat/insurance: vehicle mileage and engine size",
          ("customer", f"Car has {R.randrange(10, 120)},{R.randrange(100, 999)} miles, {R.choice(['1.2', '1.6', '2.0'])}L, bought for £{R.randrange(3, 30)},{R.randrange(100, 999)} in {R.randrange(2010, 2025)}"),
          ("agent", "Thanks, your renewal quote is £612.40 a year."))
    for _ in range(4):
        n("call/telecom: speeds and durations spoken",
          ("customer", f"the broadband drops every {two_words(R.randrange(5, 50))} minutes and i'm getting like {two_words(R.randrange(2, 20))} megs"),
          ("agent", f"i'll book a check we've got slots in {two_words(R.randrange(2, 5))} days"))
    for _ in range(3):
        n("call/retail: parcel weight and dimensions",
          ("customer", f"it's {two_words(R.randrange(2, 30))} kilos and about {two_words(R.randrange(20, 99))} by {two_words(R.randrange(20, 99))} centimetres"),
          ("agent", "that's a large parcel so it's twelve ninety nine"))
    for _ in range(3):
        n("call/government services: counts and long reference said with its word",
          ("agent", f"your case number is {say_digits(''.join(R.choice('123456789') for _ in range(8)), 'zero')}"),
          ("customer", f"thanks and it's been {two_words(R.randrange(3, 12))} weeks already"))
    for _ in range(3):
        n("chat/banking: last four digits of card only (not a full card) and amounts",
          ("customer", f"There's a charge of ${R.randrange(10, 999)}.{R.randrange(10, 99)} I don't recognise"),
          ("agent", f"I see it on {R.randrange(1, 28)} {R.choice(MONTHS).title()}, merchant code {R.randrange(1000, 9999)}. Would you like to dispute it?"))
    for _ in range(3):
        n("call/telecom: phone contract counts and upgrade price",
          ("agent", f"the new handset would be {two_words(R.randrange(20, 60))} pounds a month for {two_words(R.choice([24, 36]))} months with {two_words(R.randrange(30, 99))} gigs"),
          ("customer", "and how much upfront"), ("agent", f"{two_words(R.randrange(2, 9))} hundred and {two_words(R.randrange(20, 99))} pounds upfront"))
    for _ in range(2):
        n("chat/retail: order reference with letters, date, time and total",
          ("customer", f"Order #A{R.randrange(10, 99)}-{R.randrange(10000, 99999)} placed {R.randrange(1, 28):02d}/{R.randrange(1, 12):02d}/2025 at {R.randrange(10, 23)}:{R.randrange(10, 59)}, total £{R.randrange(1, 3)},{R.randrange(100, 999)}.99 - still not here"),
          ("agent", "I'm sorry about that. I've escalated it and you'll hear back within 48 hours."))
        n("chat/utilities: payment due date and amount",
          ("agent", f"Your next payment of £{R.randrange(20, 200)}.{R.randrange(10, 99)} is due on {R.randrange(1, 28):02d}/{R.randrange(1, 12):02d}/2026."),
          ("customer", "Can I move it to the 28th?"), ("agent", "Yes, from next month it will be taken on the 28th."))
        n("call/retail: opening hours and refund timescale",
          ("agent", f"we'll refund the {two_words(R.randrange(11, 99))} ninety nine within five to seven working days and the store's open nine till five thirty"),
          ("customer", "okay brilliant"))
        n("call/banking: payment date with a year that is not a birth date",
          ("customer", f"i paid it on the {ORD[R.randrange(1, 29)]} of {R.choice(MONTHS)} {say_year(R.randrange(2019, 2026))} and it still shows as outstanding"),
          ("agent", "i can see that payment it was applied to the wrong month i'll move it now"))
        n("call/utilities: move-in date with a year",
          ("customer", f"we moved in on the {ORD[R.randrange(1, 29)]} of {R.choice(MONTHS)} twenty twenty {UNITS[R.randrange(1, 6)]} and the opening reading was {say_digits(str(R.randrange(10000, 99999)), 'oh')}"),
          ("agent", "thanks i'll backdate the account to then"))
        n("call/healthcare billing: ages of patients",
          ("customer", f"i'm {two_words(R.randrange(60, 90))} and my husband's {two_words(R.randrange(60, 95))} we're both on the same plan"),
          ("agent", f"okay the copay for each of you is {two_words(R.randrange(10, 60))} dollars"))
        n("call/utilities: bill increase amounts",
          ("customer", f"my bill went from {two_words(R.randrange(40, 99))} pounds to one hundred and {two_words(R.randrange(21, 99))} pounds in one month"),
          ("agent", "that's because the estimated reading was too high"))
        n("chat/retail: invoice number with year prefix and euro amount",
          ("customer", f"Invoice {R.randrange(2022, 2026)}-{R.randrange(100, 99999):05d} dated {R.randrange(1, 28):02d}.{R.randrange(1, 12):02d}.{R.randrange(2022, 2026)} amount €{R.randrange(1, 9)},{R.randrange(100, 999)}.{R.randrange(10, 99)} - paid twice"),
          ("agent", "I can see the duplicate; the refund will show in 3-5 days."))
        n("call/travel: gate, boarding time and terminal",
          ("agent", f"you're at gate {pick('b', 'c', 'a')} {two_words(R.randrange(10, 60))} terminal {pick('two', 'five', 'one')} boarding is at quarter past {two_words(R.randrange(1, 12))}"),
          ("customer", "and is it on time"), ("agent", f"delayed by {two_words(R.randrange(15, 55))} minutes"))
        n("call/retail: delivery window times",
          ("agent", f"the driver will be with you between {two_words(R.randrange(7, 11))} {two_words(R.randrange(10, 59))} and {two_words(R.randrange(11, 12))} {two_words(R.randrange(10, 59))}"),
          ("customer", "great i'll be in"))
        n("call/banking: overdrawn balance and fee",
          ("agent", f"your balance is minus {two_words(R.randrange(2, 9))} hundred and {two_words(R.randrange(12, 99))} pounds and there's a {two_words(R.randrange(5, 30))} pound fee"),
          ("customer", "can you waive the fee this once"))
        n("call/telecom: IVR menu options and wait time",
          ("agent", "press one for billing two for technical support or three to speak to an advisor"),
          ("customer", "three"), ("agent", f"you are number {two_words(R.randrange(3, 19))} in the queue your wait time is approximately {two_words(R.randrange(5, 40))} minutes"))
        n("chat/telecom: speed test figures",
          ("customer", f"Speed test: {R.randrange(5, 90)}.{R.randrange(1, 9)} Mbps down / {R.randrange(1, 20)}.{R.randrange(1, 9)} up, ping {R.randrange(8, 90)}ms, jitter {R.randrange(1, 9)}ms"),
          ("agent", "Thanks, that's below the guaranteed 30 Mbps so I'll open a fault."))
        n("call/insurance: renewal date and premium",
          ("agent", f"the policy renews on the first of {R.choice(MONTHS)} and the premium is {two_words(R.randrange(2, 9))} hundred and {two_words(R.randrange(12, 99))} pounds or {two_words(R.randrange(20, 70))} pounds {two_words(R.randrange(10, 99))} a month"),
          ("customer", "i'll pay monthly"))
        n("call/government services: reference said with its word, long but under ten digits",
          ("agent", f"your reference number is {say_digits(''.join(R.choice('0123456789') for _ in range(9)), pick('oh', 'zero'))} please keep that safe"),
          ("customer", "got it"))
        n("chat/travel: booking with passenger count, nights, and price per night",
          ("customer", f"Booking ref {''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))} - {R.randrange(2, 6)} adults, {R.randrange(3, 14)} nights from 2{R.randrange(1, 9)} July, €{R.randrange(80, 300)}/night. Can I add a cot?"),
          ("agent", "Yes, a cot is free of charge. I've added it to room 412."))
        n("call/utilities: meter serial said with its word and reading",
          ("customer", f"the meter number is {say_digits(str(R.randrange(10 ** 7, 10 ** 8)), 'oh')} and it reads {say_digits(str(R.randrange(1000, 99999)), 'oh')} point {UNITS[R.randrange(0, 10)]}"),
          ("agent", "perfect that's logged"))
        n("call/retail: price and quantity in pairs",
          ("customer", f"i ordered {two_words(R.randrange(2, 12))} of them at {two_words(R.randrange(11, 99))} {two_words(R.randrange(11, 99))} each"),
          ("agent", "and only one arrived"))
    return out


# ----------------------------------------------------------------------------
def generate():
    cases = []
    for fn, count in POS_PLAN:
        for _ in range(count):
            ind = R.choice(INDUSTRIES)
            cases.append(("positive", fn(ind)))
    negs = neg_cases()
    records, groups_all = [], []
    pi = ni = 0
    for kind, c in cases:
        pi += 1
        obj, groups = c.build(f"{PREFIX}-pos-{pi:03d}")
        records.append(obj); groups_all.append(groups)
    for c in negs:
        ni += 1
        obj, groups = c.build(f"{PREFIX}-neg-{ni:03d}")
        records.append(obj); groups_all.append(groups)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return records, groups_all, text


def counts(records):
    ct = Counter()
    for r in records:
        for s in r["spans"]:
            ct[s["type"]] += 1
    return ct


def verify(records, groups_all, file_text, gen_text):
    errs = []
    if file_text != gen_text:
        errs.append("cases.jsonl differs from regenerated output")
    parsed = []
    for ln, line in enumerate(file_text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            parsed.append(json.loads(line))
        except json.JSONDecodeError as exc:
            errs.append(f"line {ln}: invalid JSON ({exc})")
    if len(parsed) != len(records):
        parsed = [json.loads(json.dumps(r)) for r in records] if not parsed else parsed[:len(records)]
    if len(parsed) != len(records):
        errs.append("record count mismatch")
    ids = [r["id"] for r in parsed]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for r, groups in zip(parsed, groups_all):
        if r["kind"] == "negative" and r["spans"]:
            errs.append(f"{r['id']}: negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(f"{r['id']}: positive without spans")
        if not re.fullmatch(rf"{PREFIX}-(pos|neg)-\d{{3}}", r["id"]):
            errs.append(f"{r['id']}: bad id")
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                errs.append(f"{r['id']}: bad speaker")
        per_turn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append(f"{r['id']}: bad type {s['type']}")
            if not 0 <= s["turn"] < len(r["turns"]):
                errs.append(f"{r['id']}: turn out of range"); continue
            txt = r["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                errs.append(f"{r['id']}: offsets out of range"); continue
            if (st > 0 and (txt[st - 1].isalnum() or txt[st - 1] in "+(")) or (en < len(txt) and txt[en].isalnum()):
                errs.append(f"{r['id']}: span not on word boundary {txt[st:en]!r}")
            if not (txt[st].isalnum() or (s["type"] == "PHONE" and txt[st] in "+(")) or not txt[en - 1].isalnum():
                errs.append(f"{r['id']}: span has edge whitespace/punct {txt[st:en]!r}")
            per_turn.setdefault(s["turn"], []).append((st, en))
        for spans in per_turn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    errs.append(f"{r['id']}: overlapping spans")
        for g, idxs in groups.items():
            typ = {r["spans"][i]["type"] for i in idxs}
            if len(typ) != 1:
                errs.append(f"{r['id']}: mixed group types"); continue
            typ = typ.pop()
            joined = " ".join(r["turns"][r["spans"][i]["turn"]]["text"][r["spans"][i]["start"]:r["spans"][i]["end"]] for i in idxs)
            e = validate_value(typ, joined)
            if e:
                errs.append(f"{r['id']}: {e}")
    ct = counts(parsed)
    for t in TYPES:
        if ct[t] < MIN_SPANS[t]:
            errs.append(f"type {t}: only {ct[t]} spans (< {MIN_SPANS[t]})")
    npos = sum(r["kind"] == "positive" for r in parsed)
    nneg = sum(r["kind"] == "negative" for r in parsed)
    if npos < 170:
        errs.append(f"only {npos} positives")
    if nneg < 100:
        errs.append(f"only {nneg} negatives")
    return errs, ct, npos, nneg


def readme(ct, npos, nneg) -> str:
    rows = "\n".join(f"| {t} | {ct[t]} |" for t in TYPES)
    return f"""# pii_holdout74 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against. Do not copy its cases, phrasings or values into
training data, rules, tests or prompts.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
not see the redaction code, its tests, its documentation or any other
evaluation fixtures; the only material consulted was a three-line example of the
JSONL format. Cases are generated by `scripts/make_pii_holdout74.py` from
template functions: every turn is assembled from plain-text segments and
labelled `(value, TYPE)` segments, so offsets are computed, never typed by hand.
All values come from one `random.Random({SEED})`; output is byte-for-byte
reproducible. `python scripts/make_pii_holdout74.py --check` regenerates the set
and verifies it is identical, ids are unique, offsets are in range and on word
boundaries, spans do not overlap, and every labelled value is valid after
normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits
for SSNs, 6 for sort codes, digit counts for CVV/phone/account, postcode shapes).

Emphasis: adversarial CARD_NUMBER, NI_NUMBER and SSN forms — ASR transcripts
with digits as words, "oh"/"o"/"nought"/"zero", "double"/"triple", pairs
("forty one eleven") and hundreds ("forty five hundred"), ASR homophones
("for"/"to"/"too" for 4/2; "bee"/"jay"/"why" for NI letters), phonetic
spellings ("b for bravo", "j as in john"), values split over several customer
turns with agent back-channels, agent read-backs, self-corrections, fillers
inside readings, and chat values typed with spaces, dashes, dots, slashes,
odd grouping and mixed case.

## Annotation conventions

* A span covers exactly the value as it appears in the text: from the first
  character of the first digit/letter/word of the value to the last, with no
  leading or trailing space or punctuation. Lead-ins ("it's", "my number is",
  "sort code") are outside spans.
* Spoken values: every word of the reading is inside the span, including
  "double"/"triple", "hundred", "dash"/"slash" said between groups, filler words
  ("um") said in the middle of a reading, and phonetic spellings
  ("b for bravo", "j as in john") — all of these lie between the first and last
  value word.
* A value split over several turns gets one span per turn (each covering that
  turn's part). Chit-chat between two parts in the same turn is outside the
  spans (two spans).
* Self-corrections: the abandoned fragment (e.g. a wrong group of digits
  before "no wait sorry", a wrong NI suffix letter before "no hang on") is not
  labelled; the corrected reading is labelled, and where the correction falls
  inside a value the value is split into several spans around it. Redacting the
  abandoned fragment as well is harmless (positives are scored on recall).
* Some ASR transcripts use numerals ("4 5 8 8 ...", "5589 eight six two four
  7792 ...", "490 oh eight 8801"); these are labelled like word readings.
* Words joining parts of one reading ("and then" before an NI suffix letter,
  "dash"/"slash" between groups) are inside the span when they lie between the
  first and last value word of that turn.
* Agent read-backs of a value are labelled too (the agent turn carries a span).
* EXPIRY covers month and year ("oh nine twenty seven", "09/27",
  "march twenty eight"); CVV covers only the code digits; DOB covers day, month
  and year but not a leading "the"; ADDRESS covers house number and street name
  with its street type (not town, state or postcode); POSTCODE is a separate
  span (UK postcode or US ZIP / ZIP+4).
* E-mails spoken as "j dot doe at gmail dot com" are labelled over the whole
  spoken form.
* Non-PII numbers (amounts, claim/ticket/order/case references said with their
  reference word, dates that are not birth dates, times, counts) are never
  labelled, in positives or negatives. Negatives have no spans: anything
  redacted in them is a false positive.

## Counts

Positives: {npos}. Negatives: {nneg}. Span counts below count spans, not
values: a value split over three turns contributes three spans, and an agent
read-back adds its own span(s).

| type | spans |
|---|---|
{rows}
"""


def main(argv):
    records, groups_all, text = generate()
    if "--check" in argv:
        if not CASES.exists():
            print("missing", CASES); return 1
        file_text = CASES.read_text(encoding="utf-8")
        errs, ct, npos, nneg = verify(records, groups_all, file_text, text)
        if README.exists() and README.read_text(encoding="utf-8") != readme(counts(records), npos, nneg):
            errs.append("README.md differs from regenerated output")
        print(f"pii_holdout74: {npos} positive, {nneg} negative cases")
        for t in TYPES:
            print(f"  {t:13s} {ct[t]}")
        if errs:
            for e in errs[:60]:
                print("ERROR:", e)
            print(f"{len(errs)} problem(s)")
            return 1
        print("check OK")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    errs, ct, npos, nneg = verify(records, groups_all, text, text)
    README.write_text(readme(ct, npos, nneg), encoding="utf-8")
    print(f"wrote {CASES} ({npos} positive, {nneg} negative)")
    for e in errs[:60]:
        print("WARN:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout18``.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
from the seed below.

    python scripts/make_pii_holdout18.py          # write fixture + README
    python scripts/make_pii_holdout18.py --check  # regenerate and verify

Never use this set for tuning.
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 18231126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout18"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h18"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- segments


class P:
    """A PII segment: text, type, optional group id (split values)."""

    def __init__(self, text, typ, group=None, partial=False):
        self.text, self.typ, self.group, self.partial = text, typ, group, partial


_gid = [0]


def gid():
    _gid[0] += 1
    return _gid[0]


def build(turns, kind, note):
    """turns: list of (speaker, [segments])"""
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, (str, P)):
            segs = [segs]
        text = ""
        for s in segs:
            if isinstance(s, P):
                start = len(text)
                text += s.text
                spans.append({"turn": ti, "start": start, "end": len(text), "type": s.typ})
                meta.append((s.group, s.partial))
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return {"kind": kind, "turns": out_turns, "spans": spans, "note": note}, meta


# ---------------------------------------------------------------- speech
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZEROS = ["zero", "oh", "o", "nought"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
LNAME = {"b": "bee", "c": "see", "d": "dee", "g": "gee", "j": "jay", "k": "kay", "p": "pee",
         "r": "are", "t": "tee", "y": "why", "z": "zed", "w": "double u", "h": "aitch",
         "l": "el", "m": "em", "n": "en", "s": "ess", "x": "ex", "e": "e", "a": "a"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def ordinal(n):
    if n <= 20:
        return ORD[n]
    if n == 30:
        return "thirtieth"
    return TENS[n // 10] + " " + ORD[n % 10]


def ordinal_suffix(n):
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def say_digit(d, zero):
    return zero if d == "0" else UNITS[int(d)]


def say_pair(p, zero):
    n = int(p)
    if p[0] == "0":
        return zero + " " + UNITS[n] if n else zero + " " + zero
    if n < 20:
        return TEENS[n - 10]
    if n % 10 == 0:  # avoid "forty" + following unit ambiguity: say "four oh"
        return UNITS[n // 10] + " " + zero
    return TENS[n // 10] + " " + UNITS[n % 10]


def say_digits(s, rng, zero=None, style=None, homophones=False):
    """Speak a digit string as an ASR would transcribe it."""
    zero = zero or rng.choice(ZEROS)
    style = style or rng.choice(["plain", "plain", "double", "pairs", "mixed"])
    if style == "pairs":
        chunks = []
        i = 0
        if len(s) % 2:
            chunks.append(say_digit(s[0], zero))
            i = 1
        while i < len(s):
            chunks.append(say_pair(s[i:i + 2], zero))
            i += 2
        return " ".join(chunks)
    words = []
    i = 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        if style in ("double", "mixed") and run >= 3:
            words.append("triple " + say_digit(d, zero))
            i += 3
            continue
        if style in ("double", "mixed") and run == 2:
            words.append("double " + say_digit(d, zero))
            i += 2
            continue
        w = say_digit(d, zero)
        if homophones and 0 < i < len(s) - 1 and rng.random() < 0.25:
            w = {"four": "for", "two": "to", "eight": "ate"}.get(w, w)
        words.append(w)
        i += 1
    return " ".join(words)


def say_letter(c, rng, style=None):
    c = c.lower()
    style = style or rng.choice(["plain", "name", "nato", "for"])
    if c == "o" and style in ("plain", "name"):
        style = "for"  # a bare "o" would be read as zero
    if style == "plain":
        return c
    if style == "name":
        return LNAME.get(c, c)
    if style == "nato":
        return NATO[c]
    return f"{c} for {NATO[c]}"


def say_alnum(s, rng, lstyle=None, zero=None):
    zero = zero or rng.choice(["zero", "oh", "nought"])
    out = []
    for c in s:
        if c == " ":
            continue
        if c.isdigit():
            out.append(say_digit(c, zero))
        else:
            out.append(say_letter(c, rng, lstyle))
    return " ".join(out)


# ---------------------------------------------------------------- normalisers
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "for": "4", "to": "2",
                "too": "2", "ate": "8"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: i for i, w in enumerate(TENS) if w}
NATO_REV = {v: k for k, v in NATO.items()}
LNAME_REV = {v: k for k, v in LNAME.items() if " " not in v}
FILLERS = {"um", "uh", "er", "erm", "ah", "and", "then", "that's", "its", "it's", "is", "the",
           "hmm", "like", "yeah", "sorry", "dash", "hyphen", "space", "slash"}


def tokens(text):
    return re.findall(r"[a-z0-9]+(?:-[a-z]+)?|[+]", text.lower().replace("'", ""))


def norm_alnum(text, letters=True):
    """Spoken/typed value -> compact upper-case string of digits (+letters)."""
    t = re.findall(r"[A-Za-z]+(?:-ray)?|\d+|\+", text.replace("'", ""))
    t = [x.lower() for x in t]
    out = []
    i = 0
    pending_double = 0
    while i < len(t):
        w = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else None
        piece = None
        if w in ("double", "triple"):
            if w == "double" and nxt == "u":
                piece = "W"
                i += 2
            else:
                pending_double = 2 if w == "double" else 3
                i += 1
                continue
        elif w.isdigit():
            piece = w
            i += 1
        elif w == "thousand":
            piece = "00" if nxt == "and" else "000"
            i += 1
        elif w in TENNUM:
            if nxt in WORDNUM and nxt not in ("o", "oh", "nought", "zero") and nxt not in ("for", "to", "too", "ate"):
                piece = str(TENNUM[w] * 10 + int(WORDNUM[nxt]))
                i += 2
            else:
                piece = str(TENNUM[w] * 10)
                i += 1
        elif w in TEENNUM:
            piece = TEENNUM[w]
            i += 1
        elif w == "for" and nxt in NATO_REV:
            i += 2
            continue
        elif letters and len(w) == 1 and w.isalpha() and nxt == "for":
            piece = w.upper()
            i += 1
        elif w in WORDNUM and not (letters and len(w) == 1 and w == "o" and False):
            piece = WORDNUM[w]
            i += 1
        elif letters and w in NATO_REV:
            piece = NATO_REV[w].upper()
            i += 1
        elif letters and w in LNAME_REV:
            piece = LNAME_REV[w].upper()
            i += 1
        elif letters and len(w) == 1:
            piece = w.upper()
            i += 1
        elif letters and re.fullmatch(r"[a-z]{2,4}", w) and w not in FILLERS and w.upper() == w.upper():
            piece = w.upper()  # typed letter block e.g. "AB" or "SW1A"
            i += 1
        elif re.fullmatch(r"[a-z]*\d[a-z0-9]*", w):
            piece = w.upper()
            i += 1
        else:
            i += 1
            continue
        if pending_double:
            piece = piece * pending_double
            pending_double = 0
        out.append(piece)
    return "".join(out)


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
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
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC_RE = re.compile(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})")
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "dr", "close",
                "way", "court", "crescent", "place", "terrace", "boulevard", "blvd", "grove",
                "gardens", "park", "row", "square", "hill", "parade", "walk", "mews"}


def norm_email(text):
    t = text.lower().strip()
    if "@" in t:
        return t
    t = re.sub(r"\bdot\b", ".", t)
    t = re.sub(r"\bat\b", "@", t)
    t = re.sub(r"\bunderscore\b", "_", t)
    t = re.sub(r"\b(dash|hyphen)\b", "-", t)
    words = t.split()
    res = []
    for w in words:
        res.append(WORDNUM.get(w, w) if w in UNITS else w)
    return "".join(res)


def validate(typ, text):
    """Return an error string or ''."""
    if typ == "EMAIL":
        e = norm_email(text)
        return "" if re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e) else f"bad email {e!r}"
    if typ == "ADDRESS":
        ws = set(re.findall(r"[a-z]+", text.lower()))
        has_num = bool(re.search(r"\d", text)) or bool(ws & (set(UNITS) | set(TEENS) | set(TENNUM) | {"oh"}))
        return "" if has_num and ws & STREET_WORDS else f"bad address {text!r}"
    if typ == "DOB":
        low = text.lower()
        n = norm_alnum(low, letters=False)
        has_month = any(m in low for m in MONTHS) or any(m[:3] in low for m in MONTHS)
        ok = (has_month and len(n) >= 3) or len(n) >= 5
        return "" if ok else f"bad dob {text!r}->{n}"
    if typ == "EXPIRY":
        low = text.lower()
        n = norm_alnum(low, letters=False)
        mon = [i + 1 for i, m in enumerate(MONTHS) if m in low or re.search(r"\b" + m[:3] + r"\b", low)]
        if mon:
            return "" if len(n) in (2, 4) else f"bad expiry {text!r}->{n}"
        if len(n) in (4, 6) and 1 <= int(n[:2]) <= 12:
            return ""
        return f"bad expiry {text!r}->{n}"
    if typ == "POSTCODE":
        n = norm_alnum(text)
        if re.fullmatch(r"\d{5}(\d{4})?", n) or UK_PC_RE.fullmatch(n):
            return ""
        return f"bad postcode {text!r}->{n}"
    if typ == "NI_NUMBER":
        n = norm_alnum(text)
        return "" if NI_RE.fullmatch(n) else f"bad NI {text!r}->{n}"
    if typ == "IBAN":
        n = norm_alnum(text)
        return "" if iban_ok(n) else f"bad IBAN {text!r}->{n}"
    n = norm_alnum(text, letters=False)
    if not n.isdigit():
        return f"non-digit {typ} {text!r}->{n}"
    if typ == "CARD_NUMBER":
        return "" if 13 <= len(n) <= 19 and luhn_ok(n) else f"bad card {text!r}->{n}"
    if typ == "CVV":
        return "" if len(n) in (3, 4) else f"bad cvv {text!r}->{n}"
    if typ == "SSN":
        ok = len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9" and n[3:5] != "00" and n[5:] != "0000"
        return "" if ok else f"bad ssn {text!r}->{n}"
    if typ == "SORT_CODE":
        return "" if len(n) == 6 else f"bad sort code {text!r}->{n}"
    if typ == "BANK_ACCOUNT":
        return "" if 6 <= len(n) <= 17 else f"bad account {text!r}->{n}"
    if typ == "PHONE":
        return "" if 9 <= len(n) <= 13 else f"bad phone {text!r}->{n}"
    return f"unknown type {typ}"


# ---------------------------------------------------------------- value generators

def rdig(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def luhn_complete(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def gen_card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "mc2"])
    if kind == "visa":
        return luhn_complete("4" + rdig(rng, 14)), kind
    if kind == "visa13":
        return luhn_complete("4" + rdig(rng, 11)), kind
    if kind == "mc":
        return luhn_complete("5" + rng.choice("12345") + rdig(rng, 13)), kind
    if kind == "mc2":
        return luhn_complete("22" + rng.choice("3456") + rdig(rng, 12)), kind
    if kind == "amex":
        return luhn_complete("3" + rng.choice("47") + rdig(rng, 12)), kind
    return luhn_complete("6011" + rdig(rng, 11)), kind


def group_card(c, rng, sep=None):
    sep = sep if sep is not None else rng.choice([" ", " ", "-", "", " ", "."])
    if len(c) == 15:
        parts = [c[:4], c[4:10], c[10:]]
    elif len(c) == 13:
        parts = [c[:4], c[4:8], c[8:]]
    else:
        parts = [c[i:i + 4] for i in range(0, len(c), 4)]
    return sep.join(parts), parts


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        return f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(rng, 6) + rng.choice("ABCD")


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    return f"{cc}{98 - num % 97:02d}{bban}"


def gen_iban(rng, cc=None):
    cc = cc or rng.choice(["GB", "IE", "IE", "DE", "FR", "NL", "ES", "GB"])
    banks = {"GB": ["BARC", "NWBK", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI", "IPBS"],
             "NL": ["ABNA", "RABN", "INGB"]}
    if cc in ("GB", "IE"):
        bban = rng.choice(banks[cc]) + rdig(rng, 14)
    elif cc == "NL":
        bban = rng.choice(banks[cc]) + rdig(rng, 10)
    elif cc == "DE":
        bban = rdig(rng, 18)
    elif cc == "FR":
        bban = rdig(rng, 23)
    else:
        bban = rdig(rng, 20)
    return iban_make(cc, bban)


def gen_sort(rng):
    return rng.choice(["20", "40", "30", "60", "77", "83", "09", "11", "16", "55"]) + rdig(rng, 4)


def gen_phone(rng, country=None):
    country = country or rng.choice(["UKm", "UKl", "US", "IE", "UKm", "US"])
    if country == "UKm":
        return "07" + rng.choice("3456789") + rdig(rng, 8), country
    if country == "UKl":
        area = rng.choice(["020", "0161", "0113", "0121", "0131"])
        return area + rdig(rng, 8 if area == "020" else 7), country
    if country == "US":
        return str(rng.randint(201, 989)) + str(rng.randint(200, 989)) + rdig(rng, 4), country
    return "08" + rng.choice("3567") + rdig(rng, 7), country


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "kevin", "niamh", "david",
         "fatima", "owen", "grace", "marcus", "chloe", "sean", "emily", "raj", "hannah", "luca"]
LAST = ["murphy", "patel", "smith", "walsh", "jones", "kowalski", "byrne", "nguyen", "evans",
        "garcia", "hughes", "khan", "kelly", "morgan", "rossi", "taylor", "brennan", "ali"]
DOMAINS = ["gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "live.co.uk", "yahoo.co.uk", "protonmail.com", "web.de"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    form = rng.choice(["f.l", "fl", "f_l", "fl##", "f.l##", "il", "f-l"])
    num = str(rng.randint(1, 99))
    local = {"f.l": f"{f}.{l}", "fl": f + l, "f_l": f"{f}_{l}", "fl##": f + l + num,
             "f.l##": f"{f}.{l}{num}", "il": f[0] + l, "f-l": f"{f}-{l}"}[form]
    return local + "@" + rng.choice(DOMAINS)


def say_email(e, rng):
    local, dom = e.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append(rng.choice(["dash", "hyphen"]))
        elif tok.isdigit():
            parts.append(" ".join(UNITS[int(c)] for c in tok))
        elif len(tok) == 1:
            parts.append(tok)
        else:
            parts.append(tok)
    d = " dot ".join(dom.split("."))
    return " ".join(parts) + " at " + d


STREETS = ["elm", "station", "church", "victoria", "oak", "maple", "high", "mill", "park",
           "kingsley", "willow", "cedar", "meadow", "queens", "harbour", "chapel", "orchard"]
SUFFIX_UK = ["road", "street", "lane", "close", "avenue", "drive", "crescent", "grove", "terrace"]
SUFFIX_US = ["street", "avenue", "drive", "boulevard", "lane", "road", "court", "way"]
TOWNS_UK = ["leeds", "bristol", "manchester", "cardiff", "norwich", "york", "glasgow", "reading"]
TOWNS_US = ["austin", "denver", "columbus", "tampa", "portland", "raleigh", "phoenix"]
TOWNS_IE = ["cork", "galway", "limerick", "dublin", "waterford"]


def gen_address(rng, us=False):
    n = rng.randint(1, 2999 if us else 240)
    return n, rng.choice(STREETS), rng.choice(SUFFIX_US if us else SUFFIX_UK)


def say_number(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        h, r = divmod(n, 100)
        if r == 0:
            return UNITS[h] + " hundred"
        return UNITS[h] + " " + (say_pair(f"{r:02d}", "oh"))
    a, b = divmod(n, 100)
    return say_number(a) + " " + say_pair(f"{b:02d}", "oh")


UK_AREAS = ["LS", "BS", "M", "CF", "NR", "YO", "G", "RG", "SW", "E", "N", "B", "EH", "BT", "L"]


def gen_uk_pc(rng):
    a = rng.choice(UK_AREAS)
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    inward = str(rng.randint(1, 9)) + rng.choice(letters) + rng.choice(letters)
    out = a + str(rng.randint(1, 19 if len(a) == 2 else 9))
    return out + " " + inward


def gen_zip(rng):
    return f"{rng.randint(10001, 99850):05d}"


def say_pc(pc, rng):
    style = rng.choice(["plain", "name", "for", "mixed"])
    out = []
    zero = rng.choice(["oh", "zero"])
    for part in pc.split():
        # digits in postcode outward code may be 2-digit e.g. LS12 -> twelve
        toks = re.findall(r"[A-Z]|\d+", part)
        for t in toks:
            if t.isdigit():
                out.append(say_number(int(t)) if len(t) == 2 and rng.random() < 0.5 else " ".join(say_digit(c, zero) for c in t))
            else:
                st = style if style != "mixed" else rng.choice(["plain", "name", "for"])
                out.append(say_letter(t, rng, st))
    return " ".join(out)


def gen_dob(rng):
    return rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28)


def say_year(y):
    a, b = divmod(y, 100)
    if a == 20:
        return "two thousand" + ("" if b == 0 else " and " + say_number(b)) if b < 10 else "twenty " + say_number(b)
    return say_number(a) + " " + (say_pair(f"{b:02d}", "oh") if b % 10 or b == 0 else TENS[b // 10] if b >= 20 else say_number(b))


def dob_spoken(y, m, d, rng):
    f = rng.choice(["dmy", "mdy", "num", "numpairs", "dmy_of"])
    if f == "dmy":
        return f"{ordinal(d)} {MONTHS[m - 1]} {say_year(y)}"
    if f == "dmy_of":
        return f"the {ordinal(d)} of {MONTHS[m - 1]} {say_year(y)}"
    if f == "mdy":
        return f"{MONTHS[m - 1]} {ordinal(d)} {say_year(y)}"
    if f == "num":
        z = rng.choice(["oh", "zero"])
        return say_digits(f"{d:02d}{m:02d}{y % 100:02d}", rng, zero=z, style="plain")
    z = rng.choice(["oh", "zero"])
    return f"{say_pair(f'{d:02d}', z)} {say_pair(f'{m:02d}', z)} {say_year(y)}"


def dob_typed(y, m, d, rng, us=False):
    f = rng.choice(["slash", "slash2", "iso", "words", "dots", "dash"])
    if f == "slash":
        return f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}"
    if f == "slash2":
        return f"{m}/{d}/{y % 100:02d}" if us else f"{d}/{m}/{y % 100:02d}"
    if f == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if f == "words":
        return (f"{MONTHS[m - 1].title()} {ordinal_suffix(d)} {y}" if us
                else f"{ordinal_suffix(d)} {MONTHS[m - 1].title()} {y}")
    if f == "dots":
        return f"{d:02d}.{m:02d}.{y}"
    return f"{d}-{MONTHS[m - 1][:3].title()}-{y}"


def gen_expiry(rng):
    return rng.randint(1, 12), rng.randint(26, 32)


# ---------------------------------------------------------------- context
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
       "government services"]
BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "got it", "yes", "go on", "okay yeah"]
FILL = ["um", "uh", "er", "erm"]


def back(rng):
    return rng.choice(BACK)


def amount(rng, cur="£"):
    return f"{cur}{rng.randint(5, 900)}.{rng.randint(0, 99):02d}"


def spoken_amount(rng, cur="pounds"):
    a = rng.randint(12, 98)
    c = rng.randint(11, 89)
    return f"{say_number(a)} {cur} {say_number(c)}"


# ---------------------------------------------------------------- positive templates
POS = []


def pos(fn):
    POS.append(fn)
    return fn


@pos
def chat_card(rng):
    c, kind = gen_card(rng)
    txt, _ = group_card(c, rng)
    ind = rng.choice(["retail", "travel", "telecom", "insurance", "utilities"])
    mode = rng.randint(0, 3)
    mm, yy = gen_expiry(rng)
    cvv = rdig(rng, 4 if kind == "amex" else 3)
    if mode == 0:
        turns = [("agent", "Please type the long card number and I'll process the payment of " + amount(rng) + "."),
                 ("customer", ["ok its ", P(txt, "CARD_NUMBER")])]
        note = f"chat/{ind}: {kind} typed with separator, payment amount in agent turn"
    elif mode == 1:
        e = rng.choice([f"{mm:02d}/{yy}", f"{mm:02d}/20{yy}", f"{mm:02d}-{yy}", f"{mm}/{yy}"])
        turns = [("customer", ["card ", P(txt, "CARD_NUMBER"), " exp ", P(e, "EXPIRY"),
                               rng.choice([" cvv ", " CVC: ", " sec code "]), P(cvv, "CVV"),
                               rng.choice([" thx", "", " - pls take the " + amount(rng, "$") + " now"])])]
        note = f"chat/{ind}: card, expiry and security code in one typed message"
    elif mode == 2:
        t2 = c[:6] + " " + c[6:]
        turns = [("agent", "What card would you like to use today?"),
                 ("customer", ["the visa i think. " if kind.startswith("visa") else "this one ",
                               P(t2, "CARD_NUMBER"), " sorry for the weird spacing"])]
        note = f"chat/{ind}: card with irregular grouping"
    else:
        turns = [("customer", ["Order #" + rdig(rng, 7) + " failed, I tried card number ", P(txt, "CARD_NUMBER"),
                               " twice and it was declined for " + amount(rng)])]
        note = f"chat/{ind}: card next to order number and amount (only card labelled)"
    return turns, note


@pos
def call_card_oneturn(rng):
    c, kind = gen_card(rng)
    ind = rng.choice(IND)
    zero = rng.choice(ZEROS)
    style = rng.choice(["plain", "double", "pairs", "mixed"])
    if rng.random() < 0.5:
        _, parts = group_card(c, rng)
        spoken = " ".join(say_digits(p, rng, zero=zero, style=style, homophones=True) for p in parts)
    else:
        spoken = say_digits(c, rng, zero=zero, style=style, homophones=True)
    lead = rng.choice(["yeah it's ", "okay so ", "um ", "right it's ", "it's a visa ", ""])
    turns = [("agent", rng.choice(["and the long number across the front of the card please",
                                   "can i take the card number", "go ahead with the long number"])),
             ("customer", [lead, P(spoken, "CARD_NUMBER"), rng.choice(["", " and that's it", " yeah"])])]
    return turns, f"call/{ind}: card read in one turn, style {style}, zero as '{zero}'"


@pos
def call_card_split(rng):
    c, kind = gen_card(rng)
    _, parts = group_card(c, rng)
    g = gid()
    ind = rng.choice(IND)
    zero = rng.choice(ZEROS)
    turns = [("agent", "okay whenever you're ready with the card number")]
    for k, p in enumerate(parts):
        style = rng.choice(["plain", "double", "pairs"])
        segs = []
        if k == 0:
            segs.append(rng.choice(["right ", "okay it's ", "so ", ""]))
        sp = say_digits(p, rng, zero=zero, style=style)
        if rng.random() < 0.25 and len(p) >= 4:
            h = len(p) // 2
            segs += [P(say_digits(p[:h], rng, zero=zero, style="plain"), "CARD_NUMBER", g), " " + rng.choice(FILL) + " ",
                     P(say_digits(p[h:], rng, zero=zero, style="plain"), "CARD_NUMBER", g)]
        else:
            segs.append(P(sp, "CARD_NUMBER", g))
        turns.append(("customer", segs))
        if k < len(parts) - 1:
            turns.append(("agent", back(rng)))
    turns.append(("agent", "lovely thank you"))
    return turns, f"call/{ind}: card split across customer turns with back-channels and fillers"


@pos
def call_card_readback(rng):
    c, kind = gen_card(rng)
    _, parts = group_card(c, rng)
    ind = rng.choice(IND)
    z1, z2 = rng.choice(ZEROS), rng.choice(ZEROS)
    cust = " ".join(say_digits(p, rng, zero=z1, style="plain") for p in parts)
    ag = " ".join(say_digits(p, rng, zero=z2, style=rng.choice(["pairs", "double"])) for p in parts)
    turns = [("customer", ["the card is ", P(cust, "CARD_NUMBER")]),
             ("agent", ["let me just read that back ", P(ag, "CARD_NUMBER"), " is that right"]),
             ("customer", "yes that's correct")]
    return turns, f"call/{ind}: card read by customer and read back by agent in a different style"


@pos
def call_card_correction(rng):
    c, kind = gen_card(rng)
    _, parts = group_card(c, rng)
    ind = rng.choice(IND)
    zero = rng.choice(ZEROS)
    wrong = parts[1][:-1] + str((int(parts[1][-1]) + 3) % 10)
    g = gid()
    turns = [("agent", "go ahead with the card number"),
             ("customer", [P(say_digits(parts[0], rng, zero=zero), "CARD_NUMBER", g), " ",
                           P(say_digits(wrong, rng, zero=zero), "CARD_NUMBER", None, True),
                           " no sorry ", P(say_digits(parts[1], rng, zero=zero), "CARD_NUMBER", g)]),
             ("agent", back(rng)),
             ("customer", [P(" ".join(say_digits(p, rng, zero=zero) for p in parts[2:]), "CARD_NUMBER", g)])]
    return turns, f"call/{ind}: card with a self-correction of the second group (misread group labelled too)"


@pos
def call_expiry_cvv(rng):
    mm, yy = gen_expiry(rng)
    ind = rng.choice(IND)
    amex = rng.random() < 0.2
    cvv = rdig(rng, 4 if amex else 3)
    f = rng.randint(0, 3)
    z = rng.choice(["oh", "zero", "o"])
    if f == 0:
        e = f"{say_pair(f'{mm:02d}', z)} {say_number(yy)}"
    elif f == 1:
        e = f"{MONTHS[mm - 1]} twenty {say_number(yy)}"
    elif f == 2:
        e = f"{MONTHS[mm - 1]} {say_number(yy)}"
    else:
        e = say_digits(f"{mm:02d}{yy}", rng, zero=z, style="plain")
    cv = say_digits(cvv, rng, zero=z, style=rng.choice(["plain", "double"]))
    turns = [("agent", "and the expiry date on the card"),
             ("customer", [rng.choice(["it's ", "um ", "expires ", ""]), P(e, "EXPIRY")]),
             ("agent", "and the " + ("four digits on the front" if amex else "last three digits on the back") + " please"),
             ("customer", [rng.choice(["", "that's ", "yeah "]), P(cv, "CVV")])]
    if rng.random() < 0.4:
        turns.append(("agent", f"thank you that's {spoken_amount(rng)} taken today"))
    return turns, f"call/{ind}: spoken expiry and {'amex 4-digit' if amex else '3-digit'} security code"


@pos
def chat_ssn(rng):
    s = gen_ssn(rng)
    ind = rng.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    f = rng.choice(["dash", "space", "none", "dash", "mixed"])
    txt = {"dash": f"{s[:3]}-{s[3:5]}-{s[5:]}", "space": f"{s[:3]} {s[3:5]} {s[5:]}", "none": s,
           "mixed": f"{s[:3]}-{s[3:5]} {s[5:]}"}[f]
    lead = rng.choice(["my ssn is ", "SSN: ", "social is ", "ok here's my social security number ", "ssn# "])
    tail = rng.choice(["", " thanks", ". I was charged $" + str(rng.randint(40, 900)) + " twice", " and zip is "])
    segs = [lead, P(txt, "SSN"), tail]
    if tail == " and zip is ":
        segs.append(P(gen_zip(rng), "POSTCODE"))
    turns = [("agent", "To verify your identity I need your Social Security number."), ("customer", segs)]
    return turns, f"chat/{ind}: SSN typed ({f})"


@pos
def call_ssn(rng):
    s = gen_ssn(rng)
    ind = rng.choice(["banking", "insurance", "healthcare billing", "government services", "telecom", "utilities"])
    zero = rng.choice(["zero", "oh", "o"])
    mode = rng.randint(0, 2)
    if mode == 0:
        sp = " ".join(say_digits(p, rng, zero=zero, style=rng.choice(["plain", "double"])) for p in (s[:3], s[3:5], s[5:]))
        turns = [("agent", "can i get your social security number"),
                 ("customer", [rng.choice(["sure it's ", "yeah ", "uh "]), P(sp, "SSN")])]
        note = "SSN read in one turn"
    elif mode == 1:
        g = gid()
        turns = [("agent", "and your social please"),
                 ("customer", P(say_digits(s[:3], rng, zero=zero), "SSN", g)),
                 ("agent", back(rng)),
                 ("customer", P(say_digits(s[3:5], rng, zero=zero, style="pairs"), "SSN", g)),
                 ("agent", back(rng)),
                 ("customer", [P(say_digits(s[5:], rng, zero=zero, style=rng.choice(["pairs", "plain"])), "SSN", g)])]
        note = "SSN split over three turns 3-2-4, pairs"
    else:
        sp = say_digits(s, rng, zero=zero, style="plain")
        ag = say_digits(s, rng, zero=zero, style="double")
        turns = [("customer", ["my social is ", P(sp, "SSN"), " and i'm calling about the claim from march"]),
                 ("agent", ["okay i have ", P(ag, "SSN")])]
        note = "SSN with agent readback"
    return turns, f"call/{ind}: {note}"


@pos
def chat_ni(rng):
    n = gen_ni(rng)
    f = rng.choice(["compact", "spaced", "pairs", "lower", "lowerspaced", "dash"])
    txt = {"compact": n, "spaced": f"{n[:2]} {n[2:8]} {n[8]}",
           "pairs": f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", "lower": n.lower(),
           "lowerspaced": f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}".lower(),
           "dash": f"{n[:2]}-{n[2:4]}-{n[4:6]}-{n[6:8]}-{n[8]}"}[f]
    ind = rng.choice(["government services", "banking", "insurance", "utilities"])
    lead = rng.choice(["NI number: ", "my national insurance no is ", "ni ", "NINO ", "its "])
    turns = [("agent", "Could you confirm your National Insurance number?"),
             ("customer", [lead, P(txt, "NI_NUMBER"), rng.choice(["", ".", " cheers", " - tax year 2024/25"])])]
    return turns, f"chat/{ind}: UK NI number typed ({f})"


@pos
def call_ni(rng):
    n = gen_ni(rng)
    ind = rng.choice(["government services", "banking", "insurance", "utilities", "healthcare billing"])
    mode = rng.randint(0, 2)
    zero = rng.choice(["zero", "oh", "nought"])
    ls = rng.choice(["plain", "name", "nato", "for"])
    letters = " ".join(say_letter(c, rng, ls) for c in n[:2])
    digits = " ".join(say_digits(n[i:i + 2], rng, zero=zero, style=rng.choice(["plain", "pairs"])) for i in (2, 4, 6))
    suf = say_letter(n[8], rng, rng.choice(["plain", "name", "for"]))
    if mode == 0:
        turns = [("agent", "and your national insurance number please"),
                 ("customer", [rng.choice(["yeah it's ", "okay ", "um "]), P(f"{letters} {digits} {suf}", "NI_NUMBER")])]
        note = f"NI read in one turn, letters as {ls}"
    elif mode == 1:
        g = gid()
        turns = [("agent", "national insurance number"),
                 ("customer", [P(letters, "NI_NUMBER", g)]),
                 ("agent", back(rng)),
                 ("customer", [P(digits, "NI_NUMBER", g)]),
                 ("agent", "and the letter at the end"),
                 ("customer", [rng.choice(["it's ", ""]), P(suf, "NI_NUMBER", g)])]
        note = f"NI split letters/digits/suffix over turns, letters as {ls}"
    else:
        g = gid()
        d1 = say_digits(n[2:5], rng, zero=zero)
        d2 = say_digits(n[5:8], rng, zero=zero)
        turns = [("customer", ["it's ", P(letters + " " + d1, "NI_NUMBER", g), " " + rng.choice(FILL) + " ",
                               P(d2 + " " + suf, "NI_NUMBER", g)]),
                 ("agent", "thanks and how long have you been at the address"),
                 ("customer", f"about {say_number(rng.randint(2, 15))} years")]
        note = "NI with filler word inside the reading, followed by a duration"
    return turns, f"call/{ind}: {note}"


@pos
def chat_bank(rng):
    sc = gen_sort(rng)
    acc = rdig(rng, 8)
    ind = rng.choice(["banking", "utilities", "insurance", "telecom"])
    f = rng.choice(["dash", "space", "none"])
    sct = {"dash": f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", "space": f"{sc[:2]} {sc[2:4]} {sc[4:]}", "none": sc}[f]
    if rng.random() < 0.5:
        turns = [("customer", ["Please set up the direct debit for " + amount(rng) + " a month. sort code ",
                               P(sct, "SORT_CODE"), " account ", P(acc, "BANK_ACCOUNT")])]
    else:
        turns = [("agent", "What are the bank details for the refund?"),
                 ("customer", ["acc no. ", P(acc[:4] + " " + acc[4:], "BANK_ACCOUNT"), " s/c ", P(sct, "SORT_CODE")])]
    return turns, f"chat/{ind}: UK sort code ({f}) and 8-digit account"


@pos
def chat_us_account(rng):
    acc = rdig(rng, rng.choice([9, 10, 12]))
    rout = "0" + rdig(rng, 8)
    ind = rng.choice(["banking", "utilities", "healthcare billing"])
    turns = [("agent", "Which checking account should the autopay draw from?"),
             ("customer", ["account number ", P(acc, "BANK_ACCOUNT"), ", it's with chase, due on the 15th"])]
    return turns, f"chat/{ind}: US checking account number typed with a due date"


@pos
def call_bank(rng):
    sc = gen_sort(rng)
    acc = rdig(rng, 8)
    ind = rng.choice(["banking", "utilities", "insurance", "telecom", "government services"])
    zero = rng.choice(["zero", "oh", "nought", "o"])
    scs = " ".join(say_pair(sc[i:i + 2], zero) if rng.random() < 0.6 else say_digits(sc[i:i + 2], rng, zero=zero, style="plain")
                   for i in (0, 2, 4))
    mode = rng.randint(0, 2)
    if mode == 0:
        turns = [("agent", "what's the sort code"),
                 ("customer", [P(scs, "SORT_CODE")]),
                 ("agent", "and the account number"),
                 ("customer", [rng.choice(["", "it's ", "um "]), P(say_digits(acc, rng, zero=zero), "BANK_ACCOUNT")])]
    elif mode == 1:
        g = gid()
        turns = [("agent", "okay the account number"),
                 ("customer", P(say_digits(acc[:4], rng, zero=zero), "BANK_ACCOUNT", g)),
                 ("agent", back(rng)),
                 ("customer", [P(say_digits(acc[4:], rng, zero=zero, style="double"), "BANK_ACCOUNT", g),
                               " and the sort code is ", P(scs, "SORT_CODE")])]
    else:
        turns = [("customer", ["sort code ", P(scs, "SORT_CODE"), " account ", P(say_digits(acc, rng, zero=zero, style="pairs"), "BANK_ACCOUNT")]),
                 ("agent", "thank you and that's for the payment of " + spoken_amount(rng))]
    return turns, f"call/{ind}: spoken sort code and account number (mode {mode})"


@pos
def chat_iban(rng):
    ib = gen_iban(rng)
    ind = rng.choice(["banking", "travel", "retail", "insurance"])
    f = rng.choice(["grouped", "compact", "lowergrouped"])
    g = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    txt = {"grouped": g, "compact": ib, "lowergrouped": g.lower()}[f]
    turns = [("agent", "Please send the IBAN for the refund of " + amount(rng, "€") + "."),
             ("customer", [rng.choice(["IBAN: ", "here: ", "iban ", "my IBAN is "]), P(txt, "IBAN"), rng.choice(["", " thanks", " (revolut)"])])]
    return turns, f"chat/{ind}: {ib[:2]} IBAN typed ({f})"


@pos
def call_iban(rng):
    ib = gen_iban(rng, rng.choice(["IE", "GB", "DE", "NL"]))
    ind = rng.choice(["banking", "travel", "utilities", "insurance"])
    zero = rng.choice(["zero", "oh", "nought"])
    groups = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    ls = rng.choice(["plain", "name", "for"])
    g = gid()
    turns = [("agent", "okay go ahead with the iban")]
    for k in range(0, len(groups), 2):
        chunk = " ".join(groups[k:k + 2])
        sp = say_alnum(chunk, rng, ls, zero)
        turns.append(("customer", [P(sp, "IBAN", g)]))
        if k + 2 < len(groups):
            turns.append(("agent", back(rng)))
    return turns, f"call/{ind}: {ib[:2]} IBAN spelled out over several turns, letters as {ls}"


def phone_typed(p, country, rng):
    if country == "UKm":
        return rng.choice([f"{p[:5]} {p[5:]}", p, f"+44 {p[1:5]} {p[5:]}", f"+447{p[2:]}", f"(0){p[1:5]} {p[5:8]} {p[8:]}"])
    if country == "UKl":
        return rng.choice([f"{p[:4]} {p[4:]}" if p[:3] != "020" else f"020 {p[3:7]} {p[7:]}", p, f"+44 {p[1:]}"])
    if country == "US":
        return rng.choice([f"({p[:3]}) {p[3:6]}-{p[6:]}", f"{p[:3]}-{p[3:6]}-{p[6:]}", f"{p[:3]}.{p[3:6]}.{p[6:]}",
                           f"+1 {p[:3]} {p[3:6]} {p[6:]}", p])
    return rng.choice([f"{p[:3]} {p[3:6]} {p[6:]}", f"+353 {p[1:3]} {p[3:]}", p])


def phone_spoken(p, country, rng):
    zero = rng.choice(["oh", "zero", "o", "nought"])
    intl = rng.random() < 0.3
    if intl and country in ("UKm", "UKl"):
        return "plus four four " + say_digits(p[1:], rng, zero=zero)
    if intl and country == "IE":
        return "plus three five three " + say_digits(p[1:], rng, zero=zero)
    if country == "US":
        return " ".join(say_digits(x, rng, zero=zero, style=rng.choice(["plain", "pairs", "double"])) for x in (p[:3], p[3:6], p[6:]))
    return say_digits(p, rng, zero=zero, style=rng.choice(["plain", "double", "mixed"]))


@pos
def chat_contact(rng):
    ind = rng.choice(IND)
    us = rng.random() < 0.4
    p, c = gen_phone(rng, "US" if us else rng.choice(["UKm", "UKl", "IE"]))
    e = gen_email(rng)
    if rng.random() < 0.3:
        e = e.upper() if rng.random() < 0.5 else e.title()
    n, st, sfx = gen_address(rng, us)
    addr = f"{n} {st.title()} {sfx.title() if rng.random() < 0.6 else {'street': 'St', 'road': 'Rd', 'avenue': 'Ave', 'drive': 'Dr'}.get(sfx, sfx.title())}"
    if rng.random() < 0.3 and not us:
        addr = f"Flat {rng.randint(1, 12)}, " + addr
    pc = gen_zip(rng) if us else gen_uk_pc(rng)
    town = rng.choice(TOWNS_US if us else TOWNS_UK).title()
    mode = rng.randint(0, 2)
    if mode == 0:
        turns = [("customer", ["hi i moved, new address is ", P(addr, "ADDRESS"), ", " + town + " ", P(pc, "POSTCODE"),
                               " and mobile ", P(phone_typed(p, c, rng), "PHONE")])]
    elif mode == 1:
        turns = [("agent", "Can I confirm the best email and phone for you?"),
                 ("customer", ["email ", P(e, "EMAIL"), " / phone ", P(phone_typed(p, c, rng), "PHONE")])]
    else:
        turns = [("customer", ["Please update my email to ", P(e, "EMAIL"), ". Still at ", P(addr, "ADDRESS"), " ", P(pc, "POSTCODE")]),
                 ("agent", "Done, I've also noted the order total of " + amount(rng, "$" if us else "£") + ".")]
    return turns, f"chat/{ind}: contact details update ({'US' if us else 'UK/IE'}), mode {mode}"


@pos
def call_phone(rng):
    ind = rng.choice(IND)
    p, c = gen_phone(rng)
    sp = phone_spoken(p, c, rng)
    mode = rng.randint(0, 2)
    if mode == 0:
        turns = [("agent", "what's the best number to reach you on"),
                 ("customer", [rng.choice(["it's ", "yeah ", "um my mobile is ", ""]), P(sp, "PHONE")])]
    elif mode == 1:
        g = gid()
        words = sp.split()
        h = len(words) // 2
        turns = [("agent", "and a contact number"),
                 ("customer", [P(" ".join(words[:h]), "PHONE", g)]),
                 ("agent", back(rng)),
                 ("customer", [P(" ".join(words[h:]), "PHONE", g)]),
                 ("agent", "perfect and we'll call you back in about twenty minutes")]
    else:
        turns = [("customer", ["you can call me on ", P(sp, "PHONE"), " after five o'clock"]),
                 ("agent", ["so that's ", P(phone_spoken(p, c, rng), "PHONE"), " after five yeah"])]
    return turns, f"call/{ind}: {c} phone number spoken (mode {mode})"


@pos
def call_email(rng):
    ind = rng.choice(IND)
    e = gen_email(rng)
    sp = say_email(e, rng)
    mode = rng.randint(0, 1)
    if mode == 0:
        turns = [("agent", "and what email address should we send the confirmation to"),
                 ("customer", [rng.choice(["it's ", "yeah it's ", ""]), P(sp, "EMAIL")])]
    else:
        turns = [("customer", ["my email is ", P(sp, "EMAIL"), " all lower case"]),
                 ("agent", ["so ", P(say_email(e, rng), "EMAIL"), " great"])]
    return turns, f"call/{ind}: email spoken with 'at' and 'dot' (mode {mode})"


@pos
def chat_dob(rng):
    ind = rng.choice(["healthcare billing", "insurance", "banking", "government services", "telecom"])
    y, m, d = gen_dob(rng)
    us = rng.random() < 0.4
    txt = dob_typed(y, m, d, rng, us)
    lead = rng.choice(["DOB ", "dob: ", "date of birth is ", "born ", "my birthday is "])
    turns = [("agent", "For security, what's the date of birth on the account?"),
             ("customer", [lead, P(txt, "DOB"), rng.choice(["", ", appointment was on the 3rd", " thanks"])])]
    return turns, f"chat/{ind}: typed date of birth ({'US' if us else 'UK/EU'} order)"


@pos
def call_dob(rng):
    ind = rng.choice(IND)
    y, m, d = gen_dob(rng)
    sp = dob_spoken(y, m, d, rng)
    mode = rng.randint(0, 1)
    if mode == 0:
        turns = [("agent", "can you confirm your date of birth for me"),
                 ("customer", [rng.choice(["yeah it's ", "sure ", "um ", ""]), P(sp, "DOB")])]
    else:
        turns = [("agent", "and the first line of the address and date of birth"),
                 ("customer", ["i was born on ", P(sp, "DOB"), " and i've been with you since twenty nineteen"])]
    return turns, f"call/{ind}: spoken date of birth"


@pos
def call_address(rng):
    ind = rng.choice(IND)
    us = rng.random() < 0.35
    n, st, sfx = gen_address(rng, us)
    num = say_number(n) if rng.random() < 0.6 else say_digits(str(n), rng, style="plain")
    addr = f"{num} {st} {sfx}"
    if not us and rng.random() < 0.3:
        addr = f"flat {say_number(rng.randint(1, 9))} {addr}"
    if us:
        pc = gen_zip(rng)
        pcs = say_digits(pc, rng, zero=rng.choice(["zero", "oh"]), style=rng.choice(["plain", "pairs"]))
        town = rng.choice(TOWNS_US)
    else:
        pc = gen_uk_pc(rng)
        pcs = say_pc(pc, rng)
        town = rng.choice(TOWNS_UK)
    mode = rng.randint(0, 1)
    if mode == 0:
        turns = [("agent", "what's the address we're sending the engineer to"),
                 ("customer", [rng.choice(["it's ", "", "so it's "]), P(addr, "ADDRESS"), f" in {town}"]),
                 ("agent", "and the postcode" if not us else "and the zip code"),
                 ("customer", [P(pcs, "POSTCODE")])]
    else:
        turns = [("agent", "can i take the postcode first" if not us else "zip code first please"),
                 ("customer", [P(pcs, "POSTCODE")]),
                 ("agent", "and the house number and street"),
                 ("customer", [P(addr, "ADDRESS"), rng.choice(["", " it's the one by the school", " the blue door"])])]
    return turns, f"call/{ind}: spoken street address and {'zip' if us else 'UK postcode'}"


@pos
def call_idv(rng):
    ind = rng.choice(["banking", "telecom", "utilities", "insurance"])
    y, m, d = gen_dob(rng)
    pc = gen_uk_pc(rng)
    turns = [("agent", "before i can go into the account i need the postcode and your date of birth"),
             ("customer", ["yeah postcode is ", P(say_pc(pc, rng), "POSTCODE"), " and date of birth ", P(dob_spoken(y, m, d, rng), "DOB")]),
             ("agent", "brilliant thanks you're through security")]
    return turns, f"call/{ind}: two values (postcode and DOB) in one customer turn"


@pos
def call_mixed_noise(rng):
    ind = rng.choice(IND)
    n = gen_ni(rng)
    p, c = gen_phone(rng, "UKm")
    turns = [("customer", [f"i paid {spoken_amount(rng)} on the fifth and it still says i owe {spoken_amount(rng)}"]),
             ("agent", "sorry about that can i take your national insurance number and a phone number"),
             ("customer", ["it's ", P(say_alnum(n, rng, rng.choice(["plain", "name", "for"])), "NI_NUMBER"),
                           " and my number is ", P(phone_spoken(p, c, rng), "PHONE")]),
             ("agent", f"thanks that'll take about {say_number(rng.randint(3, 10))} working days")]
    return turns, f"call/{ind}: NI and phone in one turn, surrounded by amounts and durations"


@pos
def chat_ni_typo(rng):
    n = gen_ni(rng)
    ind = rng.choice(["government services", "banking", "utilities"])
    txt = rng.choice([f"{n[:2]}{n[2:5]} {n[5:]}", f"{n[:2].lower()} {n[2:8]} {n[8].lower()}", f"{n[:2]}  {n[2:4]} {n[4:6]} {n[6:8]}{n[8]}",
                      f"{n[:2]}/{n[2:8]}/{n[8]}"])
    turns = [("customer", ["Hi, claiming universal credit, ni no is ", P(txt, "NI_NUMBER"), " ref UC-" + rdig(rng, 6)])]
    return turns, f"chat/{ind}: NI typed with odd spacing/case next to a reference number"


@pos
def chat_ssn_card(rng):
    s = gen_ssn(rng)
    c, kind = gen_card(rng)
    txt, _ = group_card(c, rng, sep=rng.choice([" ", "-", ""]))
    ind = rng.choice(["banking", "retail", "insurance"])
    turns = [("customer", ["SSN ", P(f"{s[:3]}-{s[3:5]}-{s[5:]}", "SSN"), ", card on file ", P(txt, "CARD_NUMBER"), ", bill $" + str(rng.randint(20, 400)) + ".00"])]
    return turns, f"chat/{ind}: SSN and card in one message with a bill amount"


@pos
def call_card_all_in_one(rng):
    c, kind = gen_card(rng)
    ind = rng.choice(IND)
    zero = rng.choice(ZEROS)
    mm, yy = gen_expiry(rng)
    cvv = rdig(rng, 4 if kind == "amex" else 3)
    _, parts = group_card(c, rng)
    card = " ".join(say_digits(p, rng, zero=zero, style=rng.choice(["plain", "double"])) for p in parts)
    e = rng.choice([f"{say_pair(f'{mm:02d}', zero)} {say_number(yy)}", f"{MONTHS[mm - 1]} {say_number(yy)}",
                    f"{say_pair(f'{mm:02d}', zero)} slash {say_number(yy)}"])
    turns = [("agent", "okay i'll need the card details for the " + spoken_amount(rng)),
             ("customer", ["right so it's ", P(card, "CARD_NUMBER"), " expires ", P(e, "EXPIRY"),
                           " and the code on the back is ", P(say_digits(cvv, rng, zero=zero), "CVV")]),
             ("agent", "thank you i'll just put that through")]
    return turns, f"call/{ind}: card, expiry and security code all in one customer turn"


@pos
def call_dob_split(rng):
    ind = rng.choice(IND)
    y, m, d = gen_dob(rng)
    g = gid()
    turns = [("agent", "and can i just take your date of birth"),
             ("customer", ["it's the ", P(ordinal(d), "DOB", g)]),
             ("agent", back(rng)),
             ("customer", ["of ", P(MONTHS[m - 1] + " " + say_year(y), "DOB", g)]),
             ("agent", "lovely and what's the reason for the call today")]
    return turns, f"call/{ind}: date of birth split over two turns (day / month and year)"


@pos
def chat_address_us(rng):
    ind = rng.choice(["retail", "utilities", "insurance", "healthcare billing"])
    n, st, sfx = gen_address(rng, True)
    apt = rng.choice([f" Apt {rng.randint(1, 40)}{rng.choice(['', 'B', 'C'])}", f" #{rng.randint(100, 999)}", f" Unit {rng.randint(1, 20)}"])
    zp = gen_zip(rng)
    if rng.random() < 0.3:
        zp = zp + "-" + rdig(rng, 4)
    town = rng.choice(TOWNS_US)
    state = {"austin": "TX", "denver": "CO", "columbus": "OH", "tampa": "FL", "portland": "OR",
             "raleigh": "NC", "phoenix": "AZ"}[town]
    turns = [("agent", "What's the shipping address for the replacement?"),
             ("customer", [P(f"{n} {st.title()} {sfx.title()}{apt}", "ADDRESS"), f", {town.title()}, {state} ",
                           P(zp, "POSTCODE"), f" - order #{rdig(rng, 8)}"])]
    return turns, f"chat/{ind}: US street address with unit, ZIP, next to an order number"


# ---------------------------------------------------------------- negative templates
NEG = []


def neg(fn):
    NEG.append(fn)
    return fn


@neg
def n_money_chat(rng):
    return [("customer", f"Why is my bill {amount(rng)} this month? Last month it was {amount(rng)} and I'm on the {rng.choice([12, 18, 24])} month plan."),
            ("agent", f"There was a one-off charge of {amount(rng)} for roaming. I can credit {rng.randint(10, 60)}% of that.")], "chat/telecom: amounts, plan length, percentage"


@neg
def n_money_call(rng):
    return [("agent", f"so the balance on the account is {spoken_amount(rng)}"),
            ("customer", f"right and if i pay {say_number(rng.randint(20, 99))} pounds today and the rest on the {ordinal(rng.randint(1, 28))}"),
            ("agent", "yeah that's fine")], "call/utilities: spoken balance, payment and payment date"


@neg
def n_order(rng):
    ref = rdig(rng, rng.randint(6, 10))
    word = rng.choice(["order number", "ticket number", "claim number", "invoice number", "reference number", "case number"])
    return [("agent", f"Can you give me the {word}?"),
            ("customer", f"{word} is {ref}, placed on the {ordinal_suffix(rng.randint(1, 28))} of {MONTHS[rng.randint(0, 11)].title()}")], f"chat/retail: {word} with 6-10 digits"


@neg
def n_order_spoken(rng):
    ref = rdig(rng, rng.randint(6, 9))
    word = rng.choice(["order number", "claim number", "reference", "booking reference number", "ticket number"])
    return [("agent", f"have you got the {word} there"),
            ("customer", f"yeah the {word} is {say_digits(ref, rng)}"),
            ("agent", "lovely i've got that up")], f"call/insurance: spoken {word}"


@neg
def n_flight(rng):
    fl = rng.choice(["EI", "BA", "FR", "UA", "DL", "LH"]) + str(rng.randint(100, 9999))
    return [("customer", f"my flight {fl} was delayed {rng.randint(2, 9)} hours, it was meant to leave at {rng.randint(6, 22)}:{rng.choice(['05', '15', '30', '45'])}"),
            ("agent", f"I'm sorry, you're entitled to €{rng.choice([250, 400, 600])} under EU261.")], "chat/travel: flight number, times, compensation"


@neg
def n_flight_call(rng):
    code = rng.choice(["e i", "b a", "f r", "u a"])
    return [("customer", f"it's flight {code} {say_number(rng.randint(100, 999))} on the {ordinal(rng.randint(1, 28))} leaving at {say_number(rng.randint(6, 11))} {say_number(rng.randint(15, 55))} in the morning"),
            ("agent", f"okay and that's {say_number(rng.randint(2, 5))} passengers")], "call/travel: spoken flight number, date, time, passenger count"


@neg
def n_room(rng):
    return [("customer", f"I'm in room {rng.randint(100, 999)}, the air con is stuck at {rng.randint(26, 31)} degrees"),
            ("agent", f"Sorry! Maintenance will be up within {rng.choice([10, 15, 20, 30])} minutes. Checkout is {rng.randint(10, 12)}am.")], "chat/travel: hotel room, temperature, minutes"


@neg
def n_meter(rng):
    r = rdig(rng, rng.choice([5, 6]))
    return [("agent", "can i take a meter reading"),
            ("customer", f"yeah the meter reading is {say_digits(r, rng)}"),
            ("agent", f"thanks that's about {say_number(rng.randint(200, 450))} units this quarter")], "call/utilities: spoken meter reading and units"


@neg
def n_meter_chat(rng):
    return [("customer", f"Gas meter reading {rdig(rng, 5)} and electric {rdig(rng, 5)}, taken {rng.randint(1, 28)}/{rng.randint(1, 12)}/2025"),
            ("agent", f"Thanks, your estimated bill drops to £{rng.randint(40, 120)} per month.")], "chat/utilities: typed meter readings with reading date"


@neg
def n_model(rng):
    m = rng.choice(["KD-55X85J", "SM-G991B", "WM14N201GB", "HP 15-dw3025", "iPhone 14 Pro", "XPS 13 9310"])
    return [("customer", f"my {m} stopped working after {rng.randint(2, 11)} months, it cost £{rng.randint(200, 1200)}"),
            ("agent", f"That's covered under the {rng.choice([1, 2, 3])} year warranty.")], "chat/retail: model number, durations, price"


@neg
def n_speed(rng):
    return [("customer", f"i'm only getting {say_number(rng.randint(3, 19))} megs and i'm paying for {say_number(rng.choice([30, 50, 80]))}"),
            ("agent", f"okay i can see {say_number(rng.randint(2, 9))} drops in the last {say_number(rng.randint(2, 7))} days")], "call/telecom: speeds, counts, days"


@neg
def n_appt(rng):
    return [("agent", f"i can book you in on {rng.choice(['monday', 'tuesday', 'thursday'])} the {ordinal(rng.randint(1, 28))} of {MONTHS[rng.randint(0, 11)]} at {say_number(rng.randint(1, 11))} thirty"),
            ("customer", "that works and how long will it take"),
            ("agent", f"about {say_number(rng.randint(2, 4))} hours")], "call/utilities: appointment date and time (not a DOB)"


@neg
def n_appt_chat(rng):
    y = rng.randint(2025, 2027)
    return [("customer", f"My contract started {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{y - 2} and I want to cancel before {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{y}"),
            ("agent", f"Early termination is £{rng.randint(20, 200)}, or {rng.randint(10, 40)}% of remaining months.")], "chat/telecom: contract dates (not DOBs) and fees"


@neg
def n_age(rng):
    return [("customer", f"my son is {say_number(rng.randint(4, 17))} and my daughter is {say_number(rng.randint(4, 17))} can they be added to the policy"),
            ("agent", f"yes that's an extra {say_number(rng.randint(5, 30))} pounds a month per child")], "call/insurance: ages and price"


@neg
def n_year(rng):
    return [("customer", f"I've been a customer since {rng.randint(1995, 2020)} and had {rng.randint(2, 6)} cars insured with you"),
            ("agent", f"Thanks! Your no-claims discount is {rng.randint(5, 9)} years, so {rng.randint(30, 70)}% off.")], "chat/insurance: years, counts, percentage"


@neg
def n_quantity(rng):
    return [("customer", f"i ordered {say_number(rng.randint(2, 12))} boxes but only {say_number(rng.randint(1, 5))} arrived, each one was {spoken_amount(rng)}"),
            ("agent", f"sorry about that i'll send the rest by {rng.choice(['friday', 'monday', 'wednesday'])}")], "call/retail: quantities and price"


@neg
def n_balance_chat(rng):
    return [("agent", f"Your current balance is ${rng.randint(100, 9999)}.{rng.randint(0, 99):02d} and the minimum payment is ${rng.randint(25, 90)}.00 due on {MONTHS[rng.randint(0, 11)].title()} {rng.randint(1, 28)}."),
            ("customer", f"can I pay ${rng.randint(100, 500)} now and the rest in {rng.randint(2, 6)} weeks?")], "chat/banking: balance, minimum payment, due date"


@neg
def n_duration_call(rng):
    return [("customer", f"i've been on hold for {say_number(rng.randint(20, 59))} minutes and this is the {ordinal(rng.randint(2, 6))} time i've called"),
            ("agent", f"i do apologise it's been busy since about {say_number(rng.randint(8, 11))} o'clock")], "call/government services: durations, ordinals, times"


@neg
def n_invoice_amount(rng):
    return [("customer", f"Invoice INV-{rdig(rng, 6)} for £{rng.randint(1000, 9999)}.{rng.randint(0, 99):02d} was paid on {rng.randint(1, 28)} {MONTHS[rng.randint(0, 11)].title()}"),
            ("agent", f"I can see it, it was allocated to claim number {rdig(rng, 8)}.")], "chat/healthcare billing: invoice and claim numbers, amount, payment date"


@neg
def n_prescription(rng):
    return [("customer", f"the bill says {say_number(rng.randint(3, 9))} hundred dollars for a visit on the {ordinal(rng.randint(1, 28))} but my copay is {say_number(rng.randint(20, 50))} dollars"),
            ("agent", f"i see the claim was processed at {say_number(rng.randint(60, 90))} percent")], "call/healthcare billing: amounts, visit date, percentage"


@neg
def n_store_hours(rng):
    return [("customer", "What time do you close on Sunday?"),
            ("agent", f"We're open {rng.randint(9, 10)}am to {rng.randint(5, 8)}pm, and deliveries over £{rng.choice([40, 50, 75])} are free within {rng.randint(3, 5)} days.")], "chat/retail: opening hours, threshold, days"


@neg
def n_data_usage(rng):
    return [("customer", f"used {rng.randint(2, 40)}.{rng.randint(1, 9)}GB of {rng.choice([30, 50, 100])}GB with {rng.randint(3, 20)} days left??"),
            ("agent", f"You can add a {rng.choice([5, 10, 20])}GB bolt-on for £{rng.randint(3, 10)}.")], "chat/telecom: data volumes, days, price"


@neg
def n_tracking(rng):
    return [("agent", f"parcel reference {rdig(rng, 8)} is out for delivery between {say_number(rng.randint(1, 3))} and {say_number(rng.randint(4, 6))} pm"),
            ("customer", f"great it's about {say_number(rng.randint(2, 9))} kilos is that okay")], "call/retail: parcel reference, delivery window, weight"


@neg
def n_score_chat(rng):
    return [("customer", f"my credit score went from {rng.randint(550, 700)} to {rng.randint(701, 850)}, can I get the {rng.randint(3, 7)}.{rng.randint(1, 9)}% rate?"),
            ("agent", f"For a loan of £{rng.randint(5, 25)},000 over {rng.choice([36, 48, 60])} months, yes.")], "chat/banking: scores, rate, loan amount and term"


# ---------------------------------------------------------------- assembly
N_POS_PER = {
    "chat_card": 9, "call_card_oneturn": 11, "call_card_split": 5, "call_card_readback": 4,
    "call_card_correction": 3, "call_expiry_cvv": 12, "chat_ssn": 12, "call_ssn": 11, "chat_ni": 11,
    "call_ni": 11, "chat_bank": 8, "chat_us_account": 4, "call_bank": 8, "chat_iban": 9, "call_iban": 6,
    "chat_contact": 12, "call_phone": 10, "call_email": 8, "chat_dob": 8, "call_dob": 9, "call_address": 10,
    "call_idv": 6, "call_mixed_noise": 5, "chat_ni_typo": 5, "chat_ssn_card": 5,
    "call_card_all_in_one": 6, "call_dob_split": 5, "chat_address_us": 6,
}
N_NEG_PER = 5


def generate():
    rng = random.Random(SEED)
    _gid[0] = 0
    items = []
    for fn in POS:
        for _ in range(N_POS_PER[fn.__name__]):
            turns, note = fn(rng)
            items.append(("positive", turns, note))
    negs = []
    for fn in NEG:
        for _ in range(N_NEG_PER):
            turns, note = fn(rng)
            negs.append(("negative", turns, note))
    rng.shuffle(items)
    rng.shuffle(negs)
    cases, metas = [], []
    for idx, (kind, turns, note) in enumerate(items, 1):
        case, meta = build(turns, kind, note)
        cases.append(({"id": f"{PREFIX}-pos-{idx:03d}"} | case))
        metas.append(meta)
    for idx, (kind, turns, note) in enumerate(negs, 1):
        case, meta = build(turns, kind, note)
        cases.append(({"id": f"{PREFIX}-neg-{idx:03d}"} | case))
        metas.append(meta)
    return cases, metas


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    c = Counter(s["type"] for case in cases for s in case["spans"])
    return {t: c.get(t, 0) for t in TYPES}


README_TMPL = """# pii_holdout18 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data it has not been developed against. Do not add its cases to training,
rules, regression tests or tuning loops, and do not look at per-case failures
with a view to patching the redactor for them.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its documentation, the benchmark script or
any other PII fixture (only a 3-line format example). Cases are produced by
`scripts/make_pii_holdout18.py` from template functions; every turn is built
from plain-text segments and (value, TYPE) segments, so offsets are computed,
never typed. All values come from one `random.Random({seed})`; the output is
byte-for-byte reproducible. `python scripts/make_pii_holdout18.py --check`
regenerates the set and verifies it (identical bytes, unique ids, offsets in
range and on word boundaries, no overlapping spans, and each value validated
after normalising spoken forms: Luhn for cards, mod-97 for IBANs, NI format,
9 digits for SSN, 6 for sort codes, digit counts for CVV/phone/account,
postcode shapes).

## Contents

- {npos} positive cases, {nneg} negative cases ({ntot} total).
- Channels: typed chat (varied separators, case, odd spacing) and phone calls
  as ASR transcripts (lower case, numbers as words, "oh"/"o"/"nought"/"zero",
  "double"/"triple", digit pairs like "forty one", ASR homophones "for"/"to"/"ate",
  letters as "b", "bee", "bravo" or "b for bravo", e-mails as "x dot y at z dot com",
  values split across turns with back-channels, fillers inside readings,
  self-corrections, agent read-backs, two values in one turn).
- Industries: banking, telecom, utilities, retail, insurance, travel,
  healthcare billing, government services; US, UK, Ireland and EU values.

Spans per type:

| type | spans |
|---|---|
{table}

## Annotation conventions

- A span covers exactly the value as written/spoken: from its first to its
  last character, including internal separators, spaces, spoken "double" /
  "triple", "for" in "b for bravo", "plus" in "plus four four". Lead-ins such
  as "it's", "my number is", "sort code" are outside the span, and so are
  filler words ("um", "erm") that interrupt a reading.
- A value split across turns (or interrupted by a filler like "um" between
  two parts) gets one span per part; each part is labelled with the value's
  type.
- In a self-correction, the mis-spoken group is labelled as well (it is still
  part of the card number reading).
- Agent read-backs of a value are labelled like the customer's reading.
- CARD_NUMBER: the full number only. EXPIRY: month and year ("oh four twenty
  seven", "april twenty seven", "04/27"). CVV: the digits only.
- DOB: the whole date including ordinal words, "the ... of" and the year.
- ADDRESS: house/flat number through the street type ("flat 3, 17 Kingsley
  Road", "forty two elm street"); the town is not labelled; the postcode/ZIP
  is its own POSTCODE span.
- EMAIL: the whole address, spoken "at"/"dot" included.
- PHONE: the whole number including "+44"/"plus four four" and brackets.
- Negatives contain no PII at all: amounts, prices, balances, times,
  durations, counts, quantities, years, percentages, non-birth dates
  (appointments, payments, contract dates), order/ticket/claim/invoice/
  reference numbers (6-10 digits with their reference word), flight numbers,
  room numbers, model numbers, meter readings, speeds, ages, temperatures.
  Positives may also contain such unlabelled non-PII numbers.

Scoring note: a labelled span counts as found when every letter/digit in it
is covered by some redaction; a negative case fails if anything in it is
redacted.
"""


def readme(cases):
    c = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = sum(1 for x in cases if x["kind"] == "negative")
    table = "\n".join(f"| {t} | {c[t]} |" for t in TYPES)
    return README_TMPL.format(seed=SEED, npos=npos, nneg=nneg, ntot=npos + nneg, table=table)


def check(cases, metas):
    errs = []
    data = serialise(cases)
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
        errs.append("cases.jsonl differs from regenerated output")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(cases):
        errs.append("README.md differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    # parse the file itself for structural checks
    try:
        filecases = [json.loads(l) for l in CASES.read_text(encoding="utf-8").splitlines()]
    except Exception as ex:  # noqa: BLE001
        errs.append(f"unparsable file: {ex}")
        filecases = cases
    for case, meta in zip(filecases, metas):
        cid = case["id"]
        if case["kind"] == "negative" and case["spans"]:
            errs.append(f"{cid}: negative with spans")
        if case["kind"] == "positive" and not case["spans"]:
            errs.append(f"{cid}: positive without spans")
        if not re.fullmatch(PREFIX + r"-(pos|neg)-\d{3}", cid) or (cid.split("-")[1] == "pos") != (case["kind"] == "positive"):
            errs.append(f"{cid}: bad id/kind")
        for t in case["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                errs.append(f"{cid}: bad speaker")
        byturn = {}
        for s in case["spans"]:
            if s["type"] not in TYPES:
                errs.append(f"{cid}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(case["turns"])):
                errs.append(f"{cid}: turn out of range")
                continue
            txt = case["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append(f"{cid}: offsets out of range")
                continue
            v = txt[a:b]
            if v != v.strip():
                errs.append(f"{cid}: span has outer whitespace {v!r}")
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append(f"{cid}: span not on word boundary {v!r}")
            if not (v[0].isalnum() or v[0] in "+(") or not v[-1].isalnum():
                errs.append(f"{cid}: span edge not alnum {v!r}")
            byturn.setdefault(s["turn"], []).append((a, b))
        for spans in byturn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    errs.append(f"{cid}: overlapping spans")
        # value validation, grouping split values
        groups = {}
        order = []
        for s, (g, partial) in zip(case["spans"], meta):
            if partial:
                continue
            v = case["turns"][s["turn"]]["text"][s["start"]:s["end"]]
            key = (s["type"], g if g is not None else ("solo", len(order)))
            if key not in groups:
                groups[key] = []
                order.append(key)
            groups[key].append(v)
        for key in order:
            e = validate(key[0], " ".join(groups[key]))
            if e:
                errs.append(f"{cid}: {e}")
    c = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = sum(1 for x in cases if x["kind"] == "negative")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c[t] < need:
            errs.append(f"type {t} has {c[t]} spans < {need}")
    if npos < 170:
        errs.append(f"only {npos} positives")
    if nneg < 100:
        errs.append(f"only {nneg} negatives")
    print(f"positives={npos} negatives={nneg} spans={sum(c.values())}")
    for t in TYPES:
        print(f"  {t:13s} {c[t]}")
    return errs


def main(argv):
    cases, metas = generate()
    if "--check" in argv:
        errs = check(cases, metas)
        for e in errs[:200]:
            print("ERROR:", e)
        if errs:
            print(f"FAILED: {len(errs)} problem(s)")
            return 1
        print("OK: check passed")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(serialise(cases), encoding="utf-8")
    README.write_text(readme(cases), encoding="utf-8")
    c = counts(cases)
    print(f"wrote {len(cases)} cases to {CASES}")
    print(json.dumps(c))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

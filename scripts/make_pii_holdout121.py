#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout121``.

Written by an independent AI helper that did not see the redaction code.
Standard library only. Deterministic: one random.Random(121241124).

    python scripts/make_pii_holdout121.py          # write fixture + README
    python scripts/make_pii_holdout121.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 121241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout121"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h121"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

# ---------------------------------------------------------------- vocabulary
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
       "seventh": 7, "eighth": 8, "ninth": 9}
ORD_TEEN = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
            "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
            "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV.update({"alfa": "a", "juliett": "j", "whisky": "w", "x-ray": "x"})
LETTER_HOMO = {"b": "bee", "c": "see", "d": "dee", "g": "gee", "j": "jay", "k": "kay",
               "p": "pee", "t": "tee", "y": "why", "r": "are"}
LETTER_HOMO_REV = {v: k for k, v in LETTER_HOMO.items()}
DIGIT_WORDS = {w: str(i) for i, w in enumerate(ONES)}
DIGIT_WORDS.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "zed": None})
del DIGIT_WORDS["zed"]
DIGIT_HOMO = {"for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "like", "sorry", "the", "of", "and",
           "dash", "hyphen", "space", "plus", "slash", "then", "its", "it's"}

NUMERIC_TYPES = {"CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"}


# ---------------------------------------------------------------- normaliser
def tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[\s,;:()\[\]\-./+#]+", text.lower()) if t]


def parse_spoken(text: str, allow_letters: bool, homophones: bool = True) -> str | None:
    """Turn a (possibly spoken) value into a canonical [0-9a-z] string.

    Returns None when a token is not understood (so labels stay clean)."""
    toks = tokens(text)
    out: list[str] = []
    i = 0
    n = len(toks)

    def two_digit_at(j):
        """Parse a 2-digit number word at j: returns (str, next_j) or None."""
        if j >= n:
            return None
        w = toks[j]
        if w in TEENS:
            return str(10 + TEENS.index(w)), j + 1
        if w in ORD_TEEN:
            return "%02d" % ORD_TEEN[w], j + 1
        rev = {v: k for k, v in TENS.items()}
        if w in rev:
            if j + 1 < n and toks[j + 1] in ONES[1:]:
                return str(rev[w]) + str(ONES.index(toks[j + 1])), j + 2
            if j + 1 < n and toks[j + 1] in ORD:
                return str(rev[w]) + str(ORD[toks[j + 1]]), j + 2
            return str(rev[w]) + "0", j + 1
        return None

    while i < n:
        w = toks[i]
        # letter spelled "b for bravo" / "b as in bravo"
        if allow_letters:
            lw = w if (len(w) == 1 and w.isalpha()) else LETTER_HOMO_REV.get(w)
            if lw and i + 2 < n and toks[i + 1] == "for" and toks[i + 2][0] == lw and toks[i + 2] in NATO_REV:
                out.append(lw)
                i += 3
                continue
            if lw and i + 3 < n and toks[i + 1] == "as" and toks[i + 2] == "in" and toks[i + 3][0] == lw:
                out.append(lw)
                i += 4
                continue
        if w in ("double", "triple"):
            if i + 1 >= n:
                return None
            nxt = toks[i + 1]
            k = 2 if w == "double" else 3
            if nxt in DIGIT_WORDS:
                out.append(DIGIT_WORDS[nxt] * k)
            elif allow_letters and len(nxt) == 1 and nxt.isalpha():
                out.append(nxt * k)
            else:
                return None
            i += 2
            continue
        if w in DIGIT_WORDS:
            out.append(DIGIT_WORDS[w])
            i += 1
            continue
        if w in ORD:
            out.append(str(ORD[w]))
            i += 1
            continue
        td = two_digit_at(i)
        if td:
            out.append(td[0])
            i = td[1]
            continue
        if w == "hundred":
            if not out or len(out[-1]) != 1 or not out[-1].isdigit():
                return None
            if i + 1 < n and toks[i + 1] == "and":
                td = two_digit_at(i + 2)
                if td:
                    out.append(td[0])
                    i = td[1]
                    continue
                if i + 2 < n and toks[i + 2] in ONES[1:]:
                    out.append("0" + str(ONES.index(toks[i + 2])))
                    i += 3
                    continue
                return None
            out.append("00")
            i += 1
            continue
        if w == "thousand":
            if not out or not out[-1].isdigit():
                return None
            j = i + 1
            if j < n and toks[j] == "and":
                j += 1
            td = two_digit_at(j)
            if td:
                out.append("0" + td[0])
                i = td[1]
                continue
            if j < n and toks[j] in ONES[1:]:
                out.append("00" + str(ONES.index(toks[j])))
                i = j + 1
                continue
            out.append("000")
            i += 1
            continue
        if w in MONTHS:
            out.append("%02d" % (MONTHS.index(w) + 1))
            i += 1
            continue
        if homophones and w in DIGIT_HOMO:
            out.append(DIGIT_HOMO[w])
            i += 1
            continue
        if w in FILLERS:
            i += 1
            continue
        if re.fullmatch(r"(\d+)(st|nd|rd|th)", w):
            out.append(re.fullmatch(r"(\d+)(st|nd|rd|th)", w).group(1))
            i += 1
            continue
        if w.isdigit():
            out.append(w)
            i += 1
            continue
        if allow_letters:
            if w in NATO_REV:
                out.append(NATO_REV[w])
                i += 1
                continue
            if w in LETTER_HOMO_REV:
                out.append(LETTER_HOMO_REV[w])
                i += 1
                continue
            if w.isalnum():
                out.append(w)
                i += 1
                continue
        return None
    return "".join(out)


def luhn_ok(d: str) -> bool:
    s = 0
    for k, ch in enumerate(reversed(d)):
        x = int(ch)
        if k % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def iban_ok(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr",
                "close", "way", "court", "ct", "boulevard", "blvd", "place", "pl",
                "crescent", "terrace", "grove", "park", "gardens", "row", "hill"}


def email_norm(text: str) -> str | None:
    t = text.strip().lower()
    if "@" in t and " " not in t:
        return t
    toks = t.split()
    mapped = []
    num_buf: list[str] = []

    def flush():
        if num_buf:
            p = parse_spoken(" ".join(num_buf), False, homophones=False)
            if p is None:
                raise ValueError
            mapped.append(p)
            num_buf.clear()
    special = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-",
               "period": "."}
    numwords = set(ONES) | set(TEENS) | set(TENS.values()) | {"double", "triple", "oh", "hundred"}
    try:
        for w in toks:
            if w in special:
                flush()
                mapped.append(special[w])
            elif w in numwords:
                num_buf.append(w)
            else:
                flush()
                mapped.append(w)
        flush()
    except ValueError:
        return None
    return "".join(mapped)


def validate(value_text: str, typ: str) -> str | None:
    """Return the canonical form if value_text is a valid value of typ, else None."""
    if typ == "EMAIL":
        e = email_norm(value_text)
        if e and re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e):
            return e
        return None
    if typ == "ADDRESS":
        toks = tokens(value_text)
        if not toks or not any(t in STREET_WORDS for t in toks):
            return None
        if not (toks[0].isdigit() or re.fullmatch(r"\d+[a-z]", toks[0]) or toks[0] in ONES
                or toks[0] in TEENS or toks[0] in TENS.values() or toks[0] in ("flat", "apartment", "unit", "apt")):
            return None
        return " ".join(toks)
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    p = parse_spoken(value_text, letters, homophones=typ in NUMERIC_TYPES)
    if p is None:
        return None
    P = p.upper()
    ok = False
    if typ == "CARD_NUMBER":
        ok = P.isdigit() and 13 <= len(P) <= 19 and luhn_ok(P)
    elif typ == "CVV":
        ok = P.isdigit() and len(P) in (3, 4)
    elif typ == "EXPIRY":
        ok = P.isdigit() and len(P) in (3, 4, 6) and 1 <= int(P[:len(P) - (2 if len(P) != 6 else 4)] or "0") <= 12
    elif typ == "SSN":
        ok = (P.isdigit() and len(P) == 9 and P[:3] not in ("000", "666") and P[0] != "9"
              and P[3:5] != "00" and P[5:] != "0000")
    elif typ == "NI_NUMBER":
        ok = bool(NI_RE.fullmatch(P)) and P[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    elif typ == "BANK_ACCOUNT":
        ok = P.isdigit() and 6 <= len(P) <= 12
    elif typ == "SORT_CODE":
        ok = P.isdigit() and len(P) == 6
    elif typ == "IBAN":
        ok = iban_ok(P)
    elif typ == "PHONE":
        ok = P.isdigit() and 10 <= len(P) <= 14
    elif typ == "DOB":
        ok = P.isdigit() and 4 <= len(P) <= 8
    elif typ == "POSTCODE":
        ok = bool(UK_PC_RE.fullmatch(P) or re.fullmatch(r"\d{5}(\d{4})?", P))
    return P if ok else None


# ---------------------------------------------------------------- value generators
R = random.Random(SEED)


def rdig(k):
    return "".join(R.choice("0123456789") for _ in range(k))


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "mc2", "visa19", "visa13"])
    if kind == "visa":
        return luhn_complete("4" + rdig(14)), (4, 4, 4, 4)
    if kind == "mc":
        return luhn_complete(str(R.randint(51, 55)) + rdig(13)), (4, 4, 4, 4)
    if kind == "mc2":
        return luhn_complete(str(R.randint(2221, 2720)) + rdig(11)), (4, 4, 4, 4)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]) + rdig(12)), (4, 6, 5)
    if kind == "disc":
        return luhn_complete("6011" + rdig(11)), (4, 4, 4, 4)
    if kind == "visa19":
        return luhn_complete("4" + rdig(17)), (4, 4, 4, 4, 3)
    return luhn_complete("4" + rdig(11)), (4, 4, 5)


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        return p + rdig(6) + R.choice("ABCD")


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def gen_iban():
    k = R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if k == "GB":
        return iban_make("GB", R.choice(["NWBK", "BARC", "MIDL", "HBUK", "LYDS"]) + rdig(14))
    if k == "IE":
        return iban_make("IE", R.choice(["AIBK", "BKIR", "IPBS", "ULSB"]) + rdig(14))
    if k == "DE":
        return iban_make("DE", rdig(18))
    if k == "FR":
        return iban_make("FR", rdig(23))
    if k == "NL":
        return iban_make("NL", R.choice(["ABNA", "RABN", "INGB", "TRIO"]) + rdig(10))
    return iban_make("ES", rdig(20))


def gen_phone(country):
    if country == "UK":
        return R.choice(["07" + rdig(9), "020" + rdig(8), "0161" + rdig(7), "01632" + rdig(6)])
    if country == "US":
        return str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)
    if country == "IE":
        return R.choice(["08" + R.choice("35679") + rdig(7), "0404" + rdig(6)])
    return "06" + rdig(8)


UK_PCS = None


def gen_uk_postcode():
    area = R.choice(["SW", "M", "B", "LS", "G", "EH", "CF", "BT", "NE", "L", "BS", "W", "EC", "N", "SE", "KT", "RG", "CB"])
    district = str(R.randint(1, 19))
    if area in ("SW", "W", "EC") and R.random() < 0.3:
        district = str(R.randint(1, 9)) + R.choice("AV")
    inward = str(R.randint(1, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + district, inward


def gen_zip():
    return "%05d" % R.randint(10001, 99950)


FIRST = ["sarah", "james", "aoife", "liam", "priya", "tom", "maria", "kevin", "niamh", "david",
         "chloe", "ahmed", "emma", "sean", "olga", "jo", "ravi", "kate", "ben", "lucy", "marco", "hannah"]
LAST = ["obrien", "smith", "murphy", "patel", "jones", "kowalski", "nguyen", "walsh", "brown",
        "garcia", "mcdonald", "taylor", "kelly", "fischer", "dubois", "evans", "reilly", "khan"]
DOMAINS_T = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "eircom.net", "icloud.com",
             "btinternet.com", "aol.com", "proton.me", "web.de"]
STREETS = ["elm", "kings", "station", "church", "victoria", "mill", "park", "oak", "high", "maple",
           "cedar", "queens", "north", "willow", "castle", "bridge", "orchard", "meadow", "hazel", "granville"]
SUFFIX = ["street", "road", "avenue", "lane", "drive", "close", "way", "court", "crescent", "terrace", "grove"]
TOWNS_UK = ["leeds", "manchester", "bristol", "glasgow", "cardiff", "belfast", "york", "reading", "croydon"]
TOWNS_US = ["springfield", "austin", "columbus", "fresno", "tulsa", "omaha", "raleigh", "boise"]


# ---------------------------------------------------------------- spoken renderers
def zword():
    return R.choice(["zero", "oh", "oh", "o", "nought", "zero"])


def say_plain(ds, zw, homo=0.0):
    ws = []
    for c in ds:
        if c == "0":
            ws.append(zw)
        else:
            w = ONES[int(c)]
            if homo and R.random() < homo:
                w = {"4": "for", "2": "to", "8": "ate"}.get(c, w)
            ws.append(w)
    return " ".join(ws)


def say_runs(ds, zw):
    ws = []
    i = 0
    while i < len(ds):
        j = i
        while j < len(ds) and ds[j] == ds[i] and j - i < 3:
            j += 1
        run = j - i
        w = zw if ds[i] == "0" else ONES[int(ds[i])]
        if run == 3:
            ws.append("triple " + w)
        elif run == 2:
            ws.append("double " + w)
        else:
            ws.append(w)
        i = j
    return " ".join(ws)


def say_pair(p, zw):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return ("double " + zw) if b == 0 and R.random() < 0.5 else (zw + " " + (zw if b == 0 else ONES[b]))
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + ONES[b]


def say_pairs(ds, zw):
    parts = []
    i = 0
    if len(ds) % 2:
        parts.append(zw if ds[0] == "0" else ONES[int(ds[0])])
        i = 1
    while i < len(ds):
        parts.append(say_pair(ds[i:i + 2], zw))
        i += 2
    return " ".join(parts)


def say_hundreds(ds, zw):
    parts = []
    i = 0
    while i < len(ds):
        ch = ds[i:i + 3]
        if len(ch) == 3 and ch[0] != "0":
            if ch[1:] == "00":
                parts.append(ONES[int(ch[0])] + " hundred")
            elif ch[1] == "0":
                parts.append(ONES[int(ch[0])] + " hundred and " + ONES[int(ch[2])])
            else:
                parts.append(ONES[int(ch[0])] + " hundred and " + say_pair(ch[1:], zw))
        elif len(ch) >= 2:
            parts.append(say_plain(ch, zw))
        else:
            parts.append(say_plain(ch, zw))
        i += 3
    return " ".join(parts)


def say_digitpairs(ds, zw):
    """US style 'four twelve' = digit then pair, for 3-digit groups; else pairs."""
    if len(ds) == 3 and ds[1] != "0":
        return (zw if ds[0] == "0" else ONES[int(ds[0])]) + " " + say_pair(ds[1:], zw)
    return say_pairs(ds, zw)


def say_num(ds, zw, style=None, homo=0.0):
    style = style or R.choice(["plain", "plain", "runs", "pairs", "mixed"])
    if style == "plain":
        s = say_plain(ds, zw, homo)
    elif style == "runs":
        s = say_runs(ds, zw)
    elif style == "pairs":
        s = say_pairs(ds, zw)
    elif style == "hundreds":
        s = say_hundreds(ds, zw) if len(ds) % 3 == 0 else say_pairs(ds, zw)
    elif style == "digitpairs":
        s = say_digitpairs(ds, zw) if len(ds) == 3 else say_pairs(ds, zw)
    else:
        s = say_plain(ds, zw, homo) if R.random() < 0.5 else say_runs(ds, zw)
    if parse_spoken(s, False) != ds:
        s = say_plain(ds, zw)
    return s


def split_groups(ds, groups):
    out = []
    i = 0
    for g in groups:
        out.append(ds[i:i + g])
        i += g
    return out


def say_grouped(ds, groups, zw, sep=" ", styles=None):
    gs = split_groups(ds, groups)
    parts = [say_num(g, zw, R.choice(styles) if styles else None) for g in gs]
    s = sep.join(parts)
    if parse_spoken(s, False) != ds:
        s = sep.join(say_plain(g, zw) for g in gs)
    return s


def say_letter(c, mode=None):
    c = c.lower()
    mode = mode or R.choice(["plain", "plain", "plain", "nato", "for", "homo"])
    if mode == "nato":
        return NATO[c]
    if mode == "for":
        return c + R.choice([" for ", " as in "]) + NATO[c]
    if mode == "homo" and c in LETTER_HOMO:
        return LETTER_HOMO[c]
    return c


def typed_grouped(ds, groups, sep):
    return sep.join(split_groups(ds, groups))


# ---------------------------------------------------------------- case building
def build(turns):
    """turns: list of (speaker, [segments]); segment = str or (text, TYPE)."""
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans


BACK = ["mhm", "okay go on", "yep", "okay", "uh huh", "right", "go ahead", "got it", "yeah", "okay and then"]


def back():
    return R.choice(BACK)


def lab(text, typ):
    assert validate(text, typ) is not None, (text, typ)
    return (text, typ)


def piece(text, typ):
    """Part of a value split over turns: must parse, validated as a whole by --check."""
    assert parse_spoken(text, typ in ("NI_NUMBER", "IBAN", "POSTCODE"), typ in NUMERIC_TYPES) is not None, (text, typ)
    return (text, typ)


# ---- card helpers
def card_spoken(card, groups, zw, homo=0.0):
    style_sets = [["plain"], ["plain", "runs"], ["pairs"], ["plain", "pairs"], ["runs", "pairs", "plain"],
                  ["hundreds", "plain"], ["digitpairs", "plain"]]
    st = R.choice(style_sets)
    gs = split_groups(card, groups)
    parts = []
    for g in gs:
        s = say_num(g, zw, R.choice(st), homo)
        parts.append(s)
    seps = R.choice([" ", " ", " ", ", ", " um ", " uh "])
    s = seps.join(parts)
    if parse_spoken(s, False) != card:
        s = " ".join(say_plain(g, zw) for g in gs)
    return s


def card_typed(card, groups):
    f = R.choice(["sp", "sp", "dash", "none", "dot", "mixed", "spaced_digits", "twospace"])
    if f == "sp":
        return typed_grouped(card, groups, " ")
    if f == "dash":
        return typed_grouped(card, groups, "-")
    if f == "none":
        return card
    if f == "dot":
        return typed_grouped(card, groups, ".")
    if f == "twospace":
        return typed_grouped(card, groups, "  ")
    if f == "spaced_digits":
        return " ".join(card)
    gs = split_groups(card, groups)
    return gs[0] + " " + "".join(gs[1:-1]) + "-" + gs[-1]


def expiry_forms(spoken):
    m = R.randint(1, 12)
    y = R.randint(25, 33)
    if spoken:
        f = R.choice(["ohmm", "month", "monthfull", "plain", "pairs"])
        zw = R.choice(["oh", "zero", "o"])
        if f == "ohmm":
            mm = (zw + " " + ONES[m]) if m < 10 else TEENS[m - 10]
            return mm + " " + say_pair("%02d" % y, zw)
        if f == "month":
            return MONTHS[m - 1] + " " + say_pair("%02d" % y, zw)
        if f == "monthfull":
            return MONTHS[m - 1] + " twenty " + say_pair("%02d" % y, zw)
        if f == "plain":
            return say_plain("%02d%02d" % (m, y), zw)
        return (ONES[m] if m < 10 else TEENS[m - 10]) + " " + say_pair("%02d" % y, zw)
    f = R.choice(["%02d/%02d", "%02d/20%02d", "%d/%02d", "%02d-%02d", "%02d %02d"])
    return f % (m, y)


def cvv_val(amex=False):
    return rdig(4 if amex else 3)


def cvv_spoken(c):
    zw = zword()
    return R.choice([say_plain(c, zw), say_hundreds(c, zw) if c[0] != "0" else say_plain(c, zw),
                     say_digitpairs(c, zw)])


# ---- ssn helpers
def ssn_typed(s):
    f = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s-%s %s", "%s - %s - %s", "%s/%s/%s"])
    return f % (s[:3], s[3:5], s[5:])


def ssn_spoken(s):
    zw = zword()
    g = [s[:3], s[3:5], s[5:]]
    f = R.choice(["plain", "groups", "dash", "pairs", "mixed", "hundreds"])
    if f == "plain":
        out = say_plain(s, zw, 0.1)
    elif f == "groups":
        out = ", ".join(say_num(x, zw) for x in g)
    elif f == "dash":
        out = " dash ".join(say_plain(x, zw) for x in g)
    elif f == "pairs":
        out = " ".join([say_digitpairs(g[0], zw), say_pair(g[1], zw), say_pairs(g[2], zw)])
    elif f == "hundreds":
        out = " ".join([say_hundreds(g[0], zw), say_plain(g[1], zw), say_pairs(g[2], zw)])
    else:
        out = " ".join([say_plain(g[0], zw), say_runs(g[1], zw), say_pairs(g[2], zw)])
    if parse_spoken(out, False) != s:
        out = say_plain(s, zw)
    return out


# ---- NI helpers
def ni_typed(n):
    f = R.choice(["sp", "none", "lower", "dash", "mixed", "sp2", "lower_sp"])
    if f == "sp":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if f == "none":
        return n
    if f == "lower":
        return n.lower()
    if f == "dash":
        return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if f == "mixed":
        return n[0] + n[1].lower() + " " + n[2:8] + " " + n[8].lower()
    if f == "sp2":
        return "%s %s %s" % (n[:2], n[2:8], n[8])
    return "%s %s %s %s %s" % (n[:2].lower(), n[2:4], n[4:6], n[6:8], n[8].lower())


def ni_letters(n, mode):
    return " ".join(say_letter(c, mode) for c in n)


def ni_spoken_parts(n):
    """Return (prefix_text, digits_text, suffix_text)."""
    zw = R.choice(["zero", "oh", "nought", "o"])
    mode = R.choice(["plain", "plain", "nato", "for", "homo", "mixed"])
    if mode == "mixed":
        pre = say_letter(n[0], "plain") + " " + say_letter(n[1], "for")
    elif n[0] == n[1] and R.random() < 0.7:
        pre = "double " + n[0].lower()
    else:
        pre = ni_letters(n[:2], mode)
    ds = n[2:8]
    dstyle = R.choice(["plain", "pairs", "runs", "pairs", "plain"])
    dig = say_num(ds, zw, dstyle)
    suf = say_letter(n[8], R.choice(["plain", "plain", "for", "nato", "homo"]))
    return pre, dig, suf


def ni_spoken(n):
    pre, dig, suf = ni_spoken_parts(n)
    s = pre + " " + dig + " " + suf
    assert validate(s, "NI_NUMBER") == n, (s, n)
    return s


# ---- misc spoken helpers
def phone_spoken(p, intl_prefix=None):
    zw = zword()
    if intl_prefix:
        cc = {"44": "four four", "353": "three five three", "1": "one", "31": "three one"}[intl_prefix]
        body = p[1:] if p.startswith("0") else p
        return "plus " + cc + " " + say_num(body, zw, R.choice(["plain", "runs", "mixed"])), intl_prefix + body
    style = R.choice(["plain", "runs", "mixed", "grouped"])
    if style == "grouped":
        if len(p) == 11:
            s = say_grouped(p, (5, 3, 3), zw, R.choice([" ", ", "]))
        else:
            s = say_grouped(p, (3, 3, len(p) - 6), zw, R.choice([" ", ", "]))
    else:
        s = say_num(p, zw, style, 0.05)
    return s, p


def phone_typed(p, country):
    if country == "UK":
        if p.startswith("07"):
            return R.choice([p, p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "+447" + p[2:],
                             "(0)" + p[1:5] + " " + p[5:8] + " " + p[8:], "0044 " + p[1:]])
        return R.choice([p, p[:3] + " " + p[3:7] + " " + p[7:], "+44 " + p[1:]])
    if country == "US":
        return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                         "%s.%s.%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), p,
                         "1-%s-%s-%s" % (p[:3], p[3:6], p[6:])])
    if country == "IE":
        return R.choice([p, p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:]])
    return R.choice(["+31 6 " + p[2:], p])


def email_parts():
    f = R.choice(FIRST)
    l = R.choice(LAST)
    num = str(R.randint(1, 99)) if R.random() < 0.5 else ""
    sep = R.choice([".", "_", "", "."])
    user = R.choice([f + sep + l + num, f[0] + sep + l + num, f + num, l + sep + f[0]])
    dom = R.choice(DOMAINS_T)
    return user, dom


def email_typed():
    u, d = email_parts()
    e = u + "@" + d
    return R.choice([e, e, e.capitalize(), e.upper() if R.random() < 0.2 else e])


def email_spoken():
    u, d = email_parts()
    words = []
    for piece in re.split(r"([._])", u):
        if piece == ".":
            words.append("dot")
        elif piece == "_":
            words.append("underscore")
        elif piece:
            m = re.fullmatch(r"([a-z]*)(\d*)", piece)
            if m.group(1):
                if len(m.group(1)) == 1:
                    words.append(m.group(1))
                else:
                    words.append(m.group(1) if R.random() < 0.8 else " ".join(m.group(1)))
            if m.group(2):
                words.append(say_pairs(m.group(2), "oh") if len(m.group(2)) == 2 else ONES[int(m.group(2))])
    words.append("at")
    words.append(" dot ".join(d.split(".")))
    s = " ".join(words)
    return s, (u + "@" + d)


def dob_value():
    y = R.randint(1941, 2006)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return d, m, y


def ordinal(d):
    names = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
             "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
             "seventeenth", "eighteenth", "nineteenth", "twentieth"]
    if d <= 20:
        return names[d]
    if d == 30:
        return "thirtieth"
    return TENS[d // 10] + " " + names[d % 10]


def say_year(y):
    if y >= 2000:
        if y == 2000:
            return "two thousand"
        return R.choice(["two thousand and " + (ONES[y - 2000] if y < 2010 else say_pair(str(y - 2000), "oh")),
                         "two thousand " + (ONES[y - 2000] if y < 2010 else say_pair(str(y - 2000), "oh")),
                         "twenty " + say_pair("%02d" % (y - 2000), "oh")])
    return R.choice(["nineteen " + say_pair(str(y - 1900), "oh"), "nineteen " + say_pair(str(y - 1900), "oh"),
                     say_pair(str(y - 1900), "oh")])


def dob_spoken(us=False):
    d, m, y = dob_value()
    f = R.choice(["uk", "us", "numeric", "digits"])
    if us and f == "uk":
        f = "us"
    if f == "uk":
        return R.choice(["the ", ""]) + ordinal(d) + " of " + MONTHS[m - 1] + " " + say_year(y)
    if f == "us":
        return MONTHS[m - 1] + " " + ordinal(d) + " " + say_year(y)
    if f == "numeric":
        zw = R.choice(["oh", "zero"])
        return say_pair("%02d" % d, zw) + " " + say_pair("%02d" % m, zw) + " " + say_year(y)
    return say_plain("%02d%02d%d" % ((m, d, y) if us else (d, m, y)), R.choice(["oh", "zero"]))


def dob_typed(us=False):
    d, m, y = dob_value()
    f = R.choice(["slash", "dash", "dot", "words", "short", "iso"])
    if f == "slash":
        return ("%02d/%02d/%d" % ((m, d, y) if us else (d, m, y)))
    if f == "dash":
        return ("%d-%d-%d" % ((m, d, y) if us else (d, m, y)))
    if f == "dot":
        return "%02d.%02d.%d" % (d, m, y)
    if f == "words":
        mn = MONTHS[m - 1].capitalize()
        return R.choice(["%d %s %d" % (d, mn, y), "%s %d, %d" % (mn, d, y), "%d%s %s %d" % (d, "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"), mn, y)])
    if f == "short":
        return "%d/%d/%02d" % ((m, d, y % 100) if us else (d, m, y % 100))
    return "%d-%02d-%02d" % (y, m, d)


def address_val(spoken, us=False):
    num = R.randint(1, 240)
    st = R.choice(STREETS)
    suf = R.choice(SUFFIX)
    if us:
        suf = R.choice(["street", "avenue", "drive", "boulevard", "lane", "court", "st", "ave"])
    if spoken:
        n = R.choice([say_digitpairs(str(num), "oh") if num >= 100 else say_pairs(str(num), "oh"),
                      say_plain(str(num), "oh")])
        if parse_spoken(n, False) != str(num):
            n = say_plain(str(num), "oh")
        pre = "" if us else R.choice(["", "", "flat " + ONES[R.randint(1, 9)] + " "])
        return pre + n + " " + st + " " + suf
    pre = R.choice(["", "", "Flat %d, " % R.randint(1, 20), "Apt %d " % R.randint(1, 40)]) if not us else ""
    s = "%d %s %s" % (num, st.capitalize(), suf.capitalize())
    if pre.startswith("Apt"):
        s = s + " " + pre.strip()
        pre = ""
    return pre + s


def postcode_spoken(pc):
    out, inw = pc
    full = out + inw
    parts = []
    for seg in (out, inw):
        ws = []
        for ch in seg:
            if ch.isdigit():
                ws.append(ONES[int(ch)])
            else:
                ws.append(say_letter(ch, R.choice(["plain", "plain", "for", "nato", "homo"])))
        parts.append(" ".join(ws))
    s = " ".join(parts)
    if validate(s, "POSTCODE") != full:
        s = " ".join(c.lower() if c.isalpha() else ONES[int(c)] for c in full)
    return s


def postcode_typed(pc):
    out, inw = pc
    return R.choice([out + " " + inw, out + inw, (out + " " + inw).lower(), out + "  " + inw])


def zip_spoken(z):
    return say_num(z, R.choice(["oh", "zero"]), R.choice(["plain", "digitpairs", "runs"]))


# ---------------------------------------------------------------- positive templates
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
       "government services"]


def P_card_call_single():
    card, groups = gen_card()
    zw = zword()
    sp = card_spoken(card, groups, zw, R.choice([0, 0, 0.15]))
    intro = R.choice(["yeah it's ", "okay so it's ", "right um ", "", "the long number is ", "its "])
    tail = R.choice(["", " and that's a visa debit", " thats the one", " sorry it's a bit worn", ""])
    turns = [("agent", [R.choice(["and the long number across the front of the card please",
                                  "can i take the card number please", "okay go ahead with the sixteen digit number",
                                  "what's the card number you'd like to use today"])]),
             ("customer", [intro, lab(sp, "CARD_NUMBER"), tail])]
    types = ["CARD_NUMBER"]
    if R.random() < 0.7:
        ex = expiry_forms(True)
        turns += [("agent", ["and the expiry date"]), ("customer", [R.choice(["", "it's ", "um "]), lab(ex, "EXPIRY")])]
        types.append("EXPIRY")
    if R.random() < 0.6:
        c = cvv_val(len(card) == 15)
        turns += [("agent", ["and the " + ("four digit code on the front" if len(card) == 15 else "three digit security code on the back")]),
                  ("customer", [R.choice(["", "it's ", "that's "]), lab(cvv_spoken(c), "CVV")])]
        types.append("CVV")
    ind = R.choice(["telecom", "retail", "utilities", "insurance", "travel"])
    return turns, "call/%s: card read in one turn (%s)%s" % (ind, "zero=" + zw, " + " + "/".join(types[1:]) if len(types) > 1 else "")


def P_card_call_split():
    card, groups = gen_card()
    zw = zword()
    gs = split_groups(card, groups)
    turns = [("agent", ["okay whenever you're ready with the card number"])]
    for k, g in enumerate(gs):
        pre = R.choice(["", "", "right ", "um ", "then "]) if k else R.choice(["", "it's ", "okay "])
        turns.append(("customer", [pre, piece(say_num(g, zw, R.choice(["plain", "runs", "pairs", "hundreds"])), "CARD_NUMBER")]))
        if k < len(gs) - 1:
            turns.append(("agent", [back()]))
    note = "card split over %d customer turns with back-channels" % len(gs)
    if R.random() < 0.6:
        rb = say_grouped(card, groups, zw, R.choice([" ", ", "]), ["plain"])
        turns.append(("agent", ["let me read that back ", lab(rb, "CARD_NUMBER"), " is that right"]))
        turns.append(("customer", [R.choice(["yes", "yeah that's it", "correct"])]))
        note += ", agent reads it back"
    return turns, "call/%s: %s" % (R.choice(IND[:6]), note)


def P_card_chat():
    card, groups = gen_card()
    t = card_typed(card, groups)
    ex = expiry_forms(False)
    c = cvv_val(len(card) == 15)
    f = R.choice(["all", "sep", "cardonly", "sloppy"])
    if f == "all":
        turns = [("customer", [R.choice(["card is ", "Card: ", "ok here u go ", "its "]), lab(t, "CARD_NUMBER"),
                               R.choice([" exp ", " expiry ", ", expires ", " exp date "]), lab(ex, "EXPIRY"),
                               R.choice([" cvv ", " security code ", " cvc: "] + ([" and the 3 digits on back are "] if len(c) == 3 else [" cid "])), lab(c, "CVV")])]
    elif f == "sep":
        turns = [("agent", ["Please enter the card number you'd like to pay with."]),
                 ("customer", [lab(t, "CARD_NUMBER")]),
                 ("agent", ["Thanks. Expiry date and security code?"]),
                 ("customer", [lab(ex, "EXPIRY"), R.choice([" and ", " / ", ", "]), lab(c, "CVV")])]
    elif f == "cardonly":
        amt = "%d.%02d" % (R.randint(10, 900), R.randint(0, 99))
        turns = [("customer", ["Hi I want to pay the outstanding £" + amt + " on order #" + rdig(8) + " with my card "
                               , lab(t, "CARD_NUMBER"), R.choice([" thanks", ".", " pls", ""])])]
    else:
        turns = [("customer", ["hang on"]), ("customer", [lab(t, "CARD_NUMBER")]),
                 ("customer", ["sorry that was the card no. exp ", lab(ex, "EXPIRY")])]
    return turns, "chat/%s: typed card (%s style)" % (R.choice(["retail", "telecom", "travel", "utilities"]), f)


def P_card_correction():
    card, groups = gen_card(R.choice(["visa", "mc", "disc"]))
    zw = zword()
    gs = split_groups(card, groups)
    k = R.randint(1, 3)
    wrong = list(gs[k])
    pos = R.randint(0, 3)
    wrong[pos] = str((int(wrong[pos]) + R.randint(1, 8)) % 10)
    wrong = "".join(wrong)
    first = " ".join(say_plain(g, zw) for g in gs[:k])
    turns = [("agent", ["card number please"]),
             ("customer", [piece(first + " " + say_plain(wrong, zw), "CARD_NUMBER"),
                           R.choice([" no sorry ", " sorry no wait ", " hang on no "]),
                           lab(" ".join(say_plain(g, zw) for g in gs), "CARD_NUMBER"),
                           R.choice(["", " sorry about that"])])]
    return turns, "call/%s: self-corrected card, wrong partial then full restart (both labelled)" % R.choice(IND)


def P_card_mixed_chitchat():
    card, groups = gen_card(R.choice(["visa", "mc", "amex"]))
    zw = zword()
    gs = split_groups(card, groups)
    half = len(gs) // 2
    a = say_grouped("".join(gs[:half]), groups[:half], zw)
    b = say_grouped("".join(gs[half:]), groups[half:], zw)
    amount = R.choice(["forty nine ninety nine", "a hundred and twenty pounds", "twelve fifty", "three hundred euro"])
    turns = [("agent", ["so the payment today is " + amount + " and what card would you like to use"]),
             ("customer", ["oh the visa one sec it's ", piece(a, "CARD_NUMBER"), " hold on the dog's barking"]),
             ("agent", ["no problem take your time"]),
             ("customer", ["okay sorry ", piece(b, "CARD_NUMBER")])]
    return turns, "call/%s: card split across chit-chat with an unlabelled amount" % R.choice(["telecom", "retail", "utilities"])


def P_ssn_call():
    s = gen_ssn()
    f = R.choice(["one", "split", "readback", "one"])
    ask = R.choice(["can i get your social security number to verify", "and your social please",
                    "i'll need the full ssn on the account", "for verification whats your social"])
    zw = zword()
    if f == "split":
        turns = [("agent", [ask]),
                 ("customer", [R.choice(["sure ", "yeah ", ""]), piece(say_num(s[:3], zw, R.choice(["plain", "digitpairs", "hundreds"])), "SSN")]),
                 ("agent", [back()]),
                 ("customer", [piece(say_num(s[3:5], zw, R.choice(["plain", "pairs"])), "SSN")]),
                 ("agent", [back()]),
                 ("customer", [piece(say_num(s[5:], zw, R.choice(["plain", "pairs", "runs"])), "SSN")])]
        note = "ssn split 3/2/4 across turns"
    else:
        turns = [("agent", [ask]), ("customer", [R.choice(["yeah it's ", "sure ", "okay it is ", "uh "]), lab(ssn_spoken(s), "SSN")])]
        note = "ssn spoken in one turn"
        if f == "readback":
            turns.append(("agent", ["thank you so that's ", lab(" ".join(say_plain(x, zw) for x in (s[:3], s[3:5], s[5:])), "SSN"), " correct"]))
            turns.append(("customer", ["yes ma'am"]))
            note += ", agent reads back"
    return turns, "call/%s: %s" % (R.choice(["banking", "healthcare billing", "insurance", "government services", "telecom"]), note)


def P_ssn_chat():
    s = gen_ssn()
    t = ssn_typed(s)
    f = R.choice(["plain", "label", "withdob", "split"])
    if f == "plain":
        turns = [("agent", ["To verify your identity please provide your SSN."]), ("customer", [lab(t, "SSN")])]
    elif f == "label":
        turns = [("customer", [R.choice(["my ssn is ", "SSN: ", "social sec # ", "soc sec no "]), lab(t, "SSN"),
                               R.choice(["", " and my claim number is " + rdig(9), " - account balance shows $" + str(R.randint(20, 999)) + ".00"])])]
    elif f == "withdob":
        turns = [("agent", ["Please confirm SSN and date of birth"]),
                 ("customer", [lab(t, "SSN"), R.choice([" / ", ", ", " dob "]), lab(dob_typed(True), "DOB")])]
    else:
        turns = [("customer", ["ssn ", piece(s[:3], "SSN")]), ("customer", [piece(s[3:5], "SSN")]), ("customer", [piece(s[5:], "SSN")])]
    return turns, "chat/%s: typed ssn (%s)" % (R.choice(["banking", "healthcare billing", "insurance"]), f)


def P_ni_call():
    n = gen_ni()
    f = R.choice(["one", "split", "readback", "correction", "one"])
    ask = R.choice(["can i take your national insurance number", "and your n i number please",
                    "what's your national insurance number"])
    if f == "split":
        pre, dig, suf = ni_spoken_parts(n)
        d1 = n[2:4]
        zw = R.choice(["oh", "zero", "nought"])
        turns = [("agent", [ask]), ("customer", [R.choice(["it's ", "", "yeah "]), piece(pre + " " + say_num(n[2:5], zw), "NI_NUMBER")]),
                 ("agent", [back()]), ("customer", [piece(say_num(n[5:8], zw) + " " + suf, "NI_NUMBER")])]
        note = "NI split over two turns (letters+3 digits / 3 digits+suffix)"
        # validate as a whole
        assert validate(turns[1][1][1][0] + " " + turns[3][1][0][0], "NI_NUMBER") == n
    elif f == "correction":
        pre, dig, suf = ni_spoken_parts(n)
        turns = [("agent", [ask]), ("customer", [lab(pre + " " + dig + " " + suf, "NI_NUMBER")]),
                 ("agent", ["sorry was that " + say_letter(n[8], "plain") + " at the end"]),
                 ("customer", ["yeah " + say_letter(n[8], "for")])]
        note = "NI in one turn, agent queries suffix letter"
    else:
        s = ni_spoken(n)
        turns = [("agent", [ask]), ("customer", [R.choice(["yeah it's ", "", "okay um ", "right it's "]), lab(s, "NI_NUMBER"),
                                                 R.choice(["", " i think", " yeah"])])]
        note = "NI spoken in one turn"
        if f == "readback":
            rb = " ".join(n[:2].lower()) + " " + say_plain(n[2:8], "zero") + " " + n[8].lower()
            turns += [("agent", ["so that's ", lab(rb, "NI_NUMBER")]), ("customer", ["that's right"])]
            note += ", agent reads back"
    return turns, "call/%s: %s" % (R.choice(["government services", "banking", "insurance", "utilities"]), note)


def P_ni_chat():
    n = gen_ni()
    t = ni_typed(n)
    f = R.choice(["plain", "label", "withpc", "typo"])
    if f == "plain":
        turns = [("agent", ["Could you type your National Insurance number?"]), ("customer", [lab(t, "NI_NUMBER")])]
    elif f == "label":
        turns = [("customer", [R.choice(["NI no: ", "my ni number is ", "NINO ", "National insurance: "]), lab(t, "NI_NUMBER"),
                               R.choice(["", " ta", ". Tax year 2024/25"])])]
    elif f == "withpc":
        pc = gen_uk_postcode()
        turns = [("agent", ["Please confirm your NI number and postcode"]),
                 ("customer", [lab(t, "NI_NUMBER"), R.choice([" and ", ", ", " - postcode "]), lab(postcode_typed(pc), "POSTCODE")])]
    else:
        turns = [("customer", ["ni number " + "", lab(n[:2] + " " + n[2:8], "NI_NUMBER")]),
                 ("customer", ["oops forgot the letter its ", lab(n[8], "NI_NUMBER")])] if False else \
                [("customer", ["ni number ", lab(t, "NI_NUMBER")]), ("customer", ["sorry thats with the letter at the end"])]
    return turns, "chat/%s: typed NI number (%s)" % (R.choice(["government services", "banking", "utilities"]), f)


def P_bank_uk():
    sc = rdig(6)
    acct = rdig(8)
    spoken = R.random() < 0.6
    if spoken:
        zw = zword()
        scs = R.choice([say_grouped(sc, (2, 2, 2), zw, R.choice([" ", " dash ", ", "]), ["pairs", "plain"]), say_plain(sc, zw)])
        acs = say_num(acct, zw, R.choice(["plain", "pairs", "runs", "mixed"]))
        turns = [("agent", ["and the sort code"]), ("customer", [lab(scs, "SORT_CODE")]),
                 ("agent", ["and the account number"]), ("customer", [R.choice(["", "it's "]), lab(acs, "BANK_ACCOUNT")])]
        if R.random() < 0.4:
            turns = [("customer", ["sort code ", lab(scs, "SORT_CODE"), " account number ", lab(acs, "BANK_ACCOUNT")])]
        return turns, "call/banking: UK sort code and account number spoken"
    sct = R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
    act = R.choice([acct, acct[:4] + " " + acct[4:]])
    turns = [("customer", [R.choice(["Sort code ", "s/c "]), lab(sct, "SORT_CODE"), R.choice([" acc no ", ", account ", " a/c "]), lab(act, "BANK_ACCOUNT"),
                           " - please refund the £" + str(R.randint(5, 300)) + " there"])]
    return turns, "chat/%s: UK sort code + account typed, refund amount unlabelled" % R.choice(["retail", "utilities", "insurance"])


def P_bank_us():
    acct = rdig(R.choice([9, 10, 12]))
    zw = zword()
    if R.random() < 0.5:
        turns = [("agent", ["what's the checking account number"]), ("customer", [lab(say_num(acct, zw), "BANK_ACCOUNT")]),
                 ("agent", ["and that's for the payment of " + R.choice(["ninety nine dollars", "two hundred and fifty dollars"]) + " on the fifteenth"]),
                 ("customer", ["yes"])]
        return turns, "call/banking: US account number spoken, payment amount and date unlabelled"
    turns = [("customer", ["account # ", lab(acct, "BANK_ACCOUNT"), " routing is on the check"])]
    return turns, "chat/banking: US account typed with # sign"


def P_iban():
    ib = gen_iban()
    if R.random() < 0.5:
        t = R.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower(),
                      " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()])
        turns = [("customer", [R.choice(["IBAN: ", "my iban is ", "pls refund to ", "IBAN "]), lab(t, "IBAN"),
                               R.choice(["", " thanks", " (" + R.choice(["AIB", "Bank of Ireland", "Barclays", "Sparkasse"]) + ")"])])]
        return turns, "chat/%s: IBAN typed" % R.choice(["travel", "retail", "insurance", "utilities"])
    zw = R.choice(["zero", "oh"])
    letters_mode = R.choice(["plain", "for", "nato", "plain"])
    ws = []
    i = 0
    while i < len(ib):
        ch = ib[i]
        if ch.isalpha():
            ws.append(say_letter(ch, letters_mode))
            i += 1
        else:
            j = i
            while j < len(ib) and ib[j].isdigit():
                j += 1
            ws.append(say_num(ib[i:j], zw, R.choice(["plain", "pairs", "runs"])))
            i = j
    s = " ".join(ws)
    cut = len(ws) // 2
    if validate(s, "IBAN") != ib:
        s = " ".join(c.lower() if c.isalpha() else ONES[int(c)] for c in ib)
        ws = s.split()
        cut = len(ws) // 2
    if R.random() < 0.5:
        turns = [("agent", ["and the iban for the refund"]), ("customer", [lab(s, "IBAN")])]
        note = "IBAN spoken in one turn"
    else:
        # split on a word boundary between two digit words; only check as a whole
        wl = s.split()
        cands = [k for k in range(len(wl) // 3, len(wl) - 2) if wl[k - 1] in ONES + ["oh", "zero"] and wl[k] in ONES + ["oh", "zero"]]
        k = cands[len(cands) // 2] if cands else len(wl) // 2
        a, b = " ".join(wl[:k]), " ".join(wl[k:])
        if validate(a, "IBAN") is None and parse_spoken(a, True) and parse_spoken(b, True) and validate(a + " " + b, "IBAN") == ib:
            turns = [("agent", ["go ahead with the iban"]), ("customer", [("" + a, "IBAN")]), ("agent", [back()]), ("customer", [(b, "IBAN")])]
            note = "IBAN spoken over two turns"
        else:
            turns = [("agent", ["and the iban for the refund"]), ("customer", [lab(s, "IBAN")])]
            note = "IBAN spoken in one turn"
    return turns, "call/%s: %s" % (R.choice(["travel", "insurance", "banking"]), note)


def P_phone_email_call():
    country = R.choice(["UK", "US", "IE"])
    p = gen_phone(country)
    if R.random() < 0.3:
        ps, _ = phone_spoken(p, {"UK": "44", "US": "1", "IE": "353"}[country])
    else:
        ps, _ = phone_spoken(p)
    es, _ = email_spoken()
    turns = [("agent", ["what's the best number to reach you on"]),
             ("customer", [R.choice(["it's ", "my mobile is ", "", "yeah "]), lab(ps, "PHONE")]),
             ("agent", ["and an email address"]),
             ("customer", [R.choice(["yeah it's ", "", "um "]), lab(es, "EMAIL")])]
    return turns, "call/%s (%s): phone and e-mail spoken" % (R.choice(["telecom", "utilities", "healthcare billing", "travel"]), country)


def P_phone_split_call():
    country = R.choice(["UK", "US"])
    p = gen_phone(country)
    zw = zword()
    gs = (5, 3, 3) if len(p) == 11 else (3, 3, len(p) - 6)
    parts = split_groups(p, gs)
    turns = [("agent", ["and a contact number"]), ("customer", [piece(say_num(parts[0], zw), "PHONE")]),
             ("agent", [back()]),
             ("customer", [lab(say_num(parts[1], zw) + " " + say_num(parts[2], zw), "PHONE") if False else (say_num(parts[1], zw) + " " + say_num(parts[2], zw), "PHONE")])]
    assert validate(turns[1][1][0][0] + " " + turns[3][1][0][0], "PHONE") == p
    return turns, "call/%s (%s): phone number split over two turns" % (R.choice(["telecom", "retail"]), country)


def P_phone_email_chat():
    country = R.choice(["UK", "US", "IE", "NL"])
    p = gen_phone(country)
    pt = phone_typed(p, country)
    e = email_typed()
    f = R.choice(["both", "sep"])
    if f == "both":
        turns = [("customer", [R.choice(["you can reach me on ", "tel ", "mob: ", "call me at "]), lab(pt, "PHONE"),
                               R.choice([" or email ", " / ", " email: ", " or "]), lab(e, "EMAIL"), R.choice(["", " after 6pm", " thx"])])]
    else:
        turns = [("agent", ["What's the email on the account?"]), ("customer", [lab(e, "EMAIL")]),
                 ("agent", ["And the phone number?"]), ("customer", [lab(pt, "PHONE")])]
    return turns, "chat/%s (%s): typed phone + email" % (R.choice(["telecom", "retail", "travel"]), country)


def P_id_uk_call():
    dob = dob_spoken()
    addr = address_val(True)
    pc = gen_uk_postcode()
    pcs = postcode_spoken(pc)
    turns = [("agent", ["can i just confirm your date of birth"]), ("customer", [R.choice(["yeah it's ", "", "it's "]), lab(dob, "DOB")]),
             ("agent", ["and the first line of the address"]), ("customer", [lab(addr, "ADDRESS"), " " + R.choice(TOWNS_UK)]),
             ("agent", ["and the postcode"]), ("customer", [lab(pcs, "POSTCODE")])]
    return turns, "call/%s (UK): DOB, first line of address and postcode spoken" % R.choice(["utilities", "banking", "insurance", "government services", "telecom"])


def P_id_us_call():
    dob = dob_spoken(True)
    addr = address_val(True, us=True)
    z = gen_zip()
    turns = [("agent", ["for verification can i get your date of birth"]), ("customer", [lab(dob, "DOB")]),
             ("agent", ["and your address"]), ("customer", [lab(addr, "ADDRESS"), " " + R.choice(TOWNS_US) + " " + R.choice(["texas", "ohio", "idaho", "oklahoma"]) + " ", lab(zip_spoken(z), "POSTCODE")])]
    if R.random() < 0.5:
        s = gen_ssn()
        turns += [("agent", ["and the last piece is your social"]), ("customer", [lab(ssn_spoken(s), "SSN")])]
    return turns, "call/%s (US): DOB, street address + ZIP spoken%s" % (R.choice(["healthcare billing", "insurance", "banking"]), "")


def P_id_chat():
    us = R.random() < 0.4
    dob = dob_typed(us)
    addr = address_val(False, us)
    if us:
        z = gen_zip()
        zt = R.choice([z, z + "-" + rdig(4)])
        turns = [("customer", ["DOB ", lab(dob, "DOB"), ", address ", lab(addr, "ADDRESS"), ", " + R.choice(TOWNS_US).capitalize() + " ", R.choice(["TX ", "OH ", "NC "]), lab(zt, "POSTCODE")])]
    else:
        pc = gen_uk_postcode()
        turns = [("agent", ["Can you confirm your date of birth and address please?"]),
                 ("customer", [R.choice(["born ", "dob ", "", "my date of birth is "]), lab(dob, "DOB"), R.choice([" and i live at ", ". ", ", "]), lab(addr, "ADDRESS"), ", " + R.choice(TOWNS_UK).capitalize() + " ", lab(postcode_typed(pc), "POSTCODE")])]
    return turns, "chat/%s (%s): DOB + address + postcode typed in one message" % (R.choice(["insurance", "retail", "utilities"]), "US" if us else "UK")


def P_gov_ni_dob():
    n = gen_ni()
    dob = dob_spoken()
    turns = [("agent", ["so to find your record i need your national insurance number and date of birth"]),
             ("customer", ["okay my date of birth is ", lab(dob, "DOB"), " and the national insurance is ", lab(ni_spoken(n), "NI_NUMBER")]),
             ("agent", ["thank you and you're calling about the payment on the twelfth of " + R.choice(MONTHS) + " is that right"]),
             ("customer", ["yeah the " + R.choice(["two hundred and thirty pounds", "ninety one pounds twenty", "four hundred pound"]) + " one"])]
    return turns, "call/government services (UK): DOB and NI in one turn, payment date and amount unlabelled"


def P_ni_homophone_letters():
    n = gen_ni()
    pre = " ".join(LETTER_HOMO.get(c.lower(), c.lower()) for c in n[:2])
    suf = LETTER_HOMO.get(n[8].lower(), n[8].lower())
    zw = R.choice(["oh", "zero"])
    s = pre + " " + say_num(n[2:8], zw, R.choice(["pairs", "plain"])) + " " + suf
    turns = [("agent", ["national insurance number please"]), ("customer", [lab(s, "NI_NUMBER")])]
    return turns, "call/%s: NI with ASR letter homophones (bee/see/jay/why)" % R.choice(["government services", "banking"])


def P_ssn_with_amounts():
    s = gen_ssn()
    zw = zword()
    amt = R.choice(["two hundred and twelve dollars", "eighty five dollars", "one thousand two hundred dollars"])
    turns = [("customer", ["hi i got a bill for " + amt + " and i think it's wrong"]),
             ("agent", ["i can look into that can i have your social security number"]),
             ("customer", [lab(ssn_spoken(s), "SSN"), " and the claim number is " + say_plain(rdig(8), zw)])]
    return turns, "call/healthcare billing (US): ssn next to unlabelled amount and claim number"


def P_card_typo_chat():
    card, groups = gen_card(R.choice(["visa", "mc", "disc"]))
    gs = split_groups(card, groups)
    f = R.choice(["O", "split_msgs", "paren"])
    if f == "split_msgs":
        turns = [("customer", [piece(gs[0] + " " + gs[1], "CARD_NUMBER")]), ("customer", [piece(gs[2] + " " + gs[3], "CARD_NUMBER")]),
                 ("customer", ["exp ", lab(expiry_forms(False), "EXPIRY")])]
        note = "card typed across two chat messages"
    elif f == "paren":
        turns = [("customer", ["card (", lab(" ".join(gs), "CARD_NUMBER"), ") cvv ", lab(cvv_val(), "CVV")])]
        note = "card in brackets, cvv after"
    else:
        turns = [("customer", ["pls charge ", lab("-".join(gs), "CARD_NUMBER"), " thanks, total was $" + str(R.randint(20, 500)) + ".99 for " + str(R.randint(2, 6)) + " items"])]
        note = "dashed card with price and count"
    return turns, "chat/retail: %s" % note


def P_card_echo():
    card, groups = gen_card(R.choice(["visa", "mc", "amex", "mc2"]))
    zw = zword()
    gs = split_groups(card, groups)
    turns = [("agent", ["if you read it to me in blocks i'll repeat each one back"])]
    for k, g in enumerate(gs):
        turns.append(("customer", [R.choice(["", "", "next ", "then "]) if k else "", piece(say_num(g, zw, R.choice(["plain", "pairs", "runs"])), "CARD_NUMBER")]))
        turns.append(("agent", [piece(say_plain(g, R.choice(["zero", "oh"])), "CARD_NUMBER"), R.choice(["", " yep", " okay"])]))
    return turns, "call/%s: card in blocks, agent echoes every block (all labelled)" % R.choice(["telecom", "insurance", "utilities"])


def P_card_homophones():
    card, groups = gen_card(R.choice(["visa", "mc", "disc"]))
    gs = split_groups(card, groups)
    zw = R.choice(["oh", "o"])
    words = []
    for g in gs:
        words.append(say_plain(g, zw, 0.5) if R.random() < 0.6 else say_runs(g, zw))
    sp = " ".join(words)
    assert parse_spoken(sp, False) == card
    turns = [("agent", ["and the card number please"]),
             ("customer", [R.choice(["yeah it's ", "okay ", ""]), lab(sp, "CARD_NUMBER")]),
             ("agent", ["and the three numbers on the back"]),
             ("customer", [lab(say_plain(cvv_val(), zw, 0.5), "CVV")])]
    return turns, "call/%s: ASR homophones in card/cvv ('for', 'to', 'ate'), double/triple" % R.choice(["retail", "telecom", "travel"])


def P_two_cards():
    c1, g1 = gen_card("visa")
    c2, g2 = gen_card("mc")
    zw = zword()
    if R.random() < 0.5:
        turns = [("customer", ["the old card was ", lab(card_spoken(c1, g1, zw), "CARD_NUMBER"), " but that's cancelled the new one is ",
                               lab(card_spoken(c2, g2, zw), "CARD_NUMBER")])]
        return turns, "call/banking: two cards in one turn (old and replacement)"
    turns = [("customer", ["Old card " + "", lab(card_typed(c1, g1), "CARD_NUMBER"), " was replaced by ", lab(card_typed(c2, g2), "CARD_NUMBER"),
                           ", can you move my direct debit of £" + str(R.randint(10, 90)) + " to it"])]
    return turns, "chat/banking: two typed cards in one message with an amount"


def P_card_phone_chat():
    card, groups = gen_card()
    p = gen_phone("UK")
    turns = [("customer", ["Card " + R.choice(["", "no "]), lab(card_typed(card, groups), "CARD_NUMBER"), R.choice([" mob ", " - call me on ", ", tel "]),
                           lab(phone_typed(p, "UK"), "PHONE")])]
    return turns, "chat/telecom: card and phone typed side by side"


def P_ni_three_spans():
    n = gen_ni()
    zw = R.choice(["oh", "zero", "nought"])
    pre = " ".join(say_letter(c, R.choice(["plain", "for"])) for c in n[:2])
    dig = say_num(n[2:8], zw, R.choice(["plain", "pairs", "runs"]))
    suf = say_letter(n[8], R.choice(["plain", "for", "nato"]))
    turns = [("agent", ["national insurance number please"]),
             ("customer", [R.choice(["it starts ", "letters are ", "so it's "]), piece(pre, "NI_NUMBER"),
                           R.choice([" then the numbers ", " and then ", " numbers "]), piece(dig, "NI_NUMBER"),
                           R.choice([" and the letter at the end is ", " and it ends in ", " letter "]), piece(suf, "NI_NUMBER")])]
    return turns, "call/%s: NI read as letters / digits / suffix with connecting words (three spans)" % R.choice(["government services", "banking", "insurance"])


def P_ni_echo():
    n = gen_ni()
    zw = R.choice(["oh", "zero"])
    turns = [("agent", ["go ahead with the n i number"]),
             ("customer", [piece(say_letter(n[0], "plain") + " " + say_letter(n[1], "plain"), "NI_NUMBER")]),
             ("agent", [piece(say_letter(n[0], "for") + " " + say_letter(n[1], "for"), "NI_NUMBER"), "?"]),
             ("customer", ["yeah then ", piece(say_num(n[2:8], zw, R.choice(["pairs", "plain"])) + " " + say_letter(n[8], "plain"), "NI_NUMBER")]),
             ("agent", [piece(say_plain(n[2:8], zw) + " " + say_letter(n[8], "nato"), "NI_NUMBER"), " perfect"])]
    return turns, "call/government services: NI letters and digits each echoed back by agent with NATO words"


def P_ni_chat_odd():
    n = gen_ni()
    f = R.choice(["%s.%s.%s.%s.%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), " ".join(n), n[:2] + " " + n[2:5] + " " + n[5:8] + " " + n[8],
                  n[:2].lower() + n[2:8] + " " + n[8], n[:6] + " " + n[6:], n[:2] + "/" + n[2:8] + "/" + n[8]])
    ctx = R.choice([("my NI is ", " and I was overcharged £" + str(R.randint(20, 400)) + " in 2024"),
                    ("ni: ", " (employer ref 123/AB" + rdig(4) + ")"), ("nat ins no ", " thanks"),
                    ("Hi, NI number ", ", started job on 1 " + R.choice(MONTHS).capitalize())])
    turns = [("customer", [ctx[0], lab(f, "NI_NUMBER"), ctx[1]])]
    return turns, "chat/government services: NI typed with odd separators next to unlabelled numbers"


def P_ssn_correction():
    s = gen_ssn()
    zw = zword()
    wrong = s[:3] + s[4] + s[3]
    if wrong[3:5] == s[3:5]:
        wrong = s[:3] + str((int(s[3]) + 1) % 10) + s[4]
    turns = [("agent", ["and your social security number"]),
             ("customer", [piece(say_plain(wrong, zw), "SSN"), R.choice([" wait no ", " sorry i mean ", " no hold on "]),
                           lab(say_plain(s, zw), "SSN")])]
    return turns, "call/%s: ssn self-correction, abandoned prefix and full restart (both labelled)" % R.choice(["banking", "insurance", "healthcare billing"])


def P_ssn_odd_chat():
    s = gen_ssn()
    f = R.choice([" ".join(s), s[:3] + "  " + s[3:5] + "  " + s[5:], s[:3] + "_" + s[3:5] + "_" + s[5:], s[:5] + "-" + s[5:],
                  s[:3] + "-" + s[3:], "#" + s])
    z = gen_zip()
    if f.startswith("#"):
        turns = [("customer", ["SSN ", "#", lab(s, "SSN"), ", zip ", lab(z, "POSTCODE"), ", bill was $" + str(R.randint(100, 2000)) + ".00"])]
    else:
        turns = [("customer", [R.choice(["my social is ", "SSN = ", "ss# ", "social: "]), lab(f, "SSN"), ", zip ", lab(z, "POSTCODE"),
                               ", bill was $" + str(R.randint(100, 2000)) + ".00"])]
    return turns, "chat/healthcare billing: SSN typed with odd separators next to ZIP and amount"


def P_ssn_agent_readback_pairs():
    s = gen_ssn()
    zw = zword()
    turns = [("customer", ["my social is ", lab(say_plain(s, zw), "SSN")]),
             ("agent", ["okay i have ", lab(say_digitpairs(s[:3], zw) + " " + say_pair(s[3:5], zw) + " " + say_pairs(s[5:], zw), "SSN"),
                        " and the date of birth"]),
             ("customer", [lab(dob_spoken(True), "DOB")])]
    return turns, "call/insurance (US): ssn digit by digit, agent reads back in pairs, DOB"


def P_ssn_hundreds():
    s = gen_ssn()
    if s[0] == "0":
        s = "1" + s[1:]
    zw = zword()
    sp = say_hundreds(s[:3], zw) + ", " + say_pair(s[3:5], zw) + ", " + say_pairs(s[5:], zw)
    turns = [("agent", ["can you verify your social"]), ("customer", [R.choice(["yeah ", "um "]), lab(sp, "SSN")])]
    return turns, "call/%s: ssn with hundreds ('five hundred and twelve') and pairs" % R.choice(["banking", "government services", "telecom"])


def P_direct_debit_call():
    sc = rdig(6)
    acct = rdig(8)
    zw = zword()
    turns = [("agent", ["to set up the direct debit of " + R.choice(["forty two pounds a month", "sixty one pounds", "thirty euro monthly"]) + " i need the sort code"]),
             ("customer", [piece(say_pair(sc[:2], zw), "SORT_CODE")]), ("agent", [back()]),
             ("customer", [piece(say_pair(sc[2:4], zw) + " " + say_pair(sc[4:], zw), "SORT_CODE")]),
             ("agent", ["so that's ", lab(say_plain(sc[:2], zw) + " dash " + say_plain(sc[2:4], zw) + " dash " + say_plain(sc[4:], zw), "SORT_CODE"),
                        " and the account number"]),
             ("customer", [lab(say_num(acct, zw, R.choice(["pairs", "plain", "runs"])), "BANK_ACCOUNT")]),
             ("agent", ["and it'll come out on the " + ordinal(R.randint(1, 28)) + " of each month"])]
    return turns, "call/%s: sort code split over turns, agent reads back with 'dash', account number; amount and payment day unlabelled" % R.choice(["utilities", "telecom", "insurance"])


def P_email_update():
    es, canon = email_spoken()
    et = email_typed()
    if R.random() < 0.5:
        old, _ = email_spoken()
        turns = [("customer", ["i need to change my email it's currently ", lab(old, "EMAIL"), " the new one is ", lab(es, "EMAIL")]),
                 ("agent", ["so that's ", lab(es, "EMAIL"), " and we'll send a code to confirm"])]
        return turns, "call/%s: old and new e-mail spoken in one turn, agent reads back" % R.choice(["telecom", "retail", "utilities"])
    turns = [("agent", ["Can you confirm the email we should send the invoice to?"]),
             ("customer", ["Please use ", lab(et, "EMAIL"), " not the old work one"]),
             ("agent", ["Updated to ", lab(et, "EMAIL"), ". Invoice INV-" + rdig(6) + " will be resent within 24 hours."])]
    return turns, "chat/%s: typed e-mail repeated by agent next to an invoice number" % R.choice(["healthcare billing", "utilities", "retail"])


POS_TEMPLATES = [
    (P_card_call_single, 4), (P_card_call_split, 3), (P_card_chat, 3), (P_card_correction, 1),
    (P_card_mixed_chitchat, 1), (P_card_typo_chat, 1),
    (P_ssn_call, 4), (P_ssn_chat, 3), (P_ssn_with_amounts, 1),
    (P_ni_call, 4), (P_ni_chat, 3), (P_ni_homophone_letters, 1), (P_gov_ni_dob, 1),
    (P_bank_uk, 3), (P_bank_us, 1), (P_iban, 3),
    (P_phone_email_call, 2), (P_phone_split_call, 1), (P_phone_email_chat, 2),
    (P_id_uk_call, 2), (P_id_us_call, 1), (P_id_chat, 2),
    (P_card_echo, 1), (P_card_homophones, 1), (P_two_cards, 1), (P_card_phone_chat, 1),
    (P_ni_three_spans, 1), (P_ni_echo, 1), (P_ni_chat_odd, 1),
    (P_ssn_correction, 1), (P_ssn_odd_chat, 1), (P_ssn_agent_readback_pairs, 1), (P_ssn_hundreds, 1),
    (P_direct_debit_call, 1), (P_email_update, 1),
]


# ---------------------------------------------------------------- negative templates
def N_amounts():
    a = R.choice(["four hundred and twelve pounds fifty", "one thousand two hundred and ninety nine dollars",
                  "fifty nine ninety nine a month", "thirty four euro and twenty cent", "eighteen hundred dollars"])
    turns = [("agent", ["okay so your balance today is " + a]),
             ("customer", ["and how much is the early termination fee"]),
             ("agent", ["that would be " + R.choice(["two hundred and forty pounds", "one hundred ninety nine dollars", "sixty euro"])])]
    return turns, "call/telecom: spoken money amounts and balance"


def N_reference():
    ref = rdig(R.randint(6, 10))
    zw = zword()
    word = R.choice(["order number", "ticket number", "claim number", "case reference", "invoice number", "booking reference"])
    turns = [("agent", ["do you have the " + word]),
             ("customer", ["yeah the " + word + " is " + say_num(ref, zw, R.choice(["plain", "runs", "pairs"]))]),
             ("agent", ["thanks i've found it"])]
    return turns, "call/%s: %s spoken (%d digits) - not PII" % (R.choice(["retail", "insurance", "travel"]), word, len(ref))


def N_reference_chat():
    ref = rdig(R.randint(6, 10))
    word = R.choice(["Order #", "Ticket ", "Claim no. ", "Ref: ", "Invoice INV-", "Case "])
    turns = [("customer", ["Hi, re " + word + ref + " - it said delivery " + R.choice(["Tuesday", "on the 14th", "by 5pm"]) + " but nothing came"]),
             ("agent", ["Sorry about that, I can see " + word + ref + " was dispatched on " + R.choice(["3 March", "12/04/2025", "Monday"]) + "."])]
    return turns, "chat/retail: typed reference number and non-birth dates"


def N_times_durations():
    turns = [("agent", ["the engineer can come on " + R.choice(MONTHS) + " " + ordinal(R.randint(1, 28)) + " between eight and twelve"]),
             ("customer", ["can it be after two thirty i work till " + R.choice(["one", "half one", "quarter past two"])]),
             ("agent", ["yeah the slot is about " + R.choice(["forty five minutes", "two hours", "ninety minutes"]) + " long"])]
    return turns, "call/utilities: appointment date, times and durations"


def N_flight():
    fl = R.choice(["EI", "BA", "FR", "UA", "KL"]) + str(R.randint(100, 9999))
    turns = [("customer", ["my flight " + fl + " on " + str(R.randint(1, 28)) + " " + R.choice(MONTHS).capitalize() + " was cancelled, seat " + str(R.randint(1, 40)) + R.choice("ABCDEF")]),
             ("agent", ["I can rebook you on " + fl[:2] + str(R.randint(100, 999)) + " departing " + "%02d:%02d" % (R.randint(5, 22), R.choice([0, 15, 30, 45])) + "."])]
    return turns, "chat/travel: flight numbers, seat, times, travel date"


def N_flight_call():
    turns = [("customer", ["it's " + R.choice(["aer lingus", "ryanair", "british airways"]) + " flight " + say_plain(rdig(4), "oh") + " leaving at " + R.choice(["six fifteen", "ten forty", "half seven"]) + " in the morning"]),
             ("agent", ["and how many passengers"]), ("customer", [R.choice(["four adults and two kids", "three of us", "just the two"])])]
    return turns, "call/travel: flight number spoken, time, passenger counts"


def N_room_model():
    turns = [("customer", ["i'm in room " + str(R.randint(100, 999)) + " and the tv model " + R.choice(["UE55TU7100", "KD-65X85J", "OLED55C1"]) + " isn't working"]),
             ("agent", ["is it the " + R.choice(["fifty five", "sixty five"]) + " inch one"]), ("customer", ["yes"])]
    return turns, "chat/travel: room number and TV model number"


def N_meter():
    rd = rdig(5)
    zw = zword()
    turns = [("agent", ["can you read me the meter"]),
             ("customer", ["it says " + say_num(rd, zw, "plain") + " and then " + say_num(rdig(1), zw, "plain") + " in red"]),
             ("agent", ["that's about " + str(R.randint(200, 600)) + " units since the last reading on the " + ordinal(R.randint(1, 28)) + " of " + R.choice(MONTHS)])]
    return turns, "call/utilities: meter reading digits and units"


def N_meter_chat():
    turns = [("customer", ["Meter reading " + rdig(5) + " taken " + "%02d/%02d/2025" % (R.randint(1, 28), R.randint(1, 12)) + " at " + "%d:%02d" % (R.randint(7, 11), R.randint(0, 59)) + "am, serial on meter says " + R.choice(["E10", "L12", "S1"]) + "X" + rdig(4)])]
    return turns, "chat/utilities: meter reading, reading date and short meter serial"


def N_speeds():
    turns = [("customer", ["i'm paying for " + R.choice(["five hundred meg", "one gig", "two hundred and fifty meg"]) + " but only getting " + R.choice(["twelve", "forty", "eighty three"])]),
             ("agent", ["okay and is that over wifi or on the " + R.choice(["five", "two point four"]) + " gigahertz band"]),
             ("customer", ["wifi about " + R.choice(["ten", "fifteen", "thirty"]) + " feet away"])]
    return turns, "call/telecom: speeds and distances"


def N_years_percent():
    turns = [("customer", ["i've been with you since " + R.choice(["twenty fifteen", "two thousand and nine", "nineteen ninety eight"]) + " and the price went up " + R.choice(["nine percent", "six point four percent", "twelve percent"])]),
             ("agent", ["yes there was a " + R.choice(["3.9%", "8.8%", "14%"]) + " increase in April 2024"])]
    return turns, "call/telecom: years and percentages"


def N_ages_temps():
    turns = [("customer", ["my mum is " + R.choice(["eighty seven", "ninety one", "seventy four"]) + " and the heating's been off since tuesday"]),
             ("agent", ["oh no what's the temperature inside"]),
             ("customer", ["about " + R.choice(["twelve degrees", "fourteen degrees", "fifty five fahrenheit"])])]
    return turns, "call/utilities: ages and temperatures"


def N_balance_chat():
    turns = [("customer", ["Why is my balance $" + "%d,%03d.%02d" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99)) + "? I paid $" + str(R.randint(50, 900)) + " on " + R.choice(["Jan 3", "03/02/2025", "the 5th"])]),
             ("agent", ["I see a payment of $" + str(R.randint(50, 900)) + ".00 posted " + R.choice(["2 days ago", "on Feb 4", "yesterday at 4:15pm"]) + "."])]
    return turns, "chat/banking: balances, payments, payment dates"


def N_contract_dates():
    turns = [("agent", ["your contract started on the " + ordinal(R.randint(1, 28)) + " of " + R.choice(MONTHS) + " " + say_year(R.randint(2018, 2025)) + " and it's " + R.choice(["a twenty four", "an eighteen", "a twelve"]) + " month term"]),
             ("customer", ["so it ends in " + R.choice(MONTHS) + "?"])]
    return turns, "call/telecom: contract start date (not DOB) with year, term length"


def N_quantities():
    turns = [("customer", ["I ordered " + str(R.randint(2, 12)) + " boxes of size " + str(R.randint(6, 14)) + " and " + str(R.randint(2, 5)) + "x " + R.choice(["USB-C cables 2m", "AA batteries 24pk", "HDMI 2.1 leads"]) + " for £" + str(R.randint(10, 99)) + ".49"]),
             ("agent", ["Thanks - I can see " + str(R.randint(1, 5)) + " of the items shipped in parcel " + str(R.randint(1, 3)) + " of 3."])]
    return turns, "chat/retail: quantities, sizes, prices, parcel counts"


def N_ref_spoken_long():
    ref = rdig(R.choice([8, 9, 10]))
    turns = [("agent", ["i'll give you a reference number for this call"]),
             ("customer", ["okay go on"]),
             ("agent", ["it's " + say_num(ref, zword(), R.choice(["plain", "pairs"])) + " that's your complaint reference"]),
             ("customer", ["thank you"])]
    return turns, "call/%s: agent gives long spoken complaint reference" % R.choice(["banking", "insurance", "utilities"])


def N_health_appt():
    turns = [("customer", ["i had an appointment on " + R.choice(MONTHS) + " the " + ordinal(R.randint(1, 28)) + " and i was billed twice " + R.choice(["a hundred and sixty dollars", "eighty five dollars"]) + " each"]),
             ("agent", ["i see two charges for visit code " + say_plain(rdig(5), "zero") + " yes"])]
    return turns, "call/healthcare billing: appointment date, amounts, visit code"


def N_ext_queue():
    turns = [("agent", ["you're number " + R.choice(["four", "twelve", "seven"]) + " in the queue the wait is about " + R.choice(["six", "twenty", "eleven"]) + " minutes"]),
             ("customer", ["can i get extension " + say_plain(rdig(4), "oh") + " instead"])]
    return turns, "call/government services: queue position, wait time, 4-digit extension"


def N_tracking_chat():
    turns = [("customer", ["Tracking says parcel weighs " + str(R.randint(1, 20)) + ".5kg and was scanned at depot " + str(R.randint(10, 99)) + " at 03:4" + str(R.randint(0, 9))]),
             ("agent", ["It's due between 14:00 and 16:00 on " + R.choice(["Fri 12 Dec", "Monday", "the 3rd"]) + "."])]
    return turns, "chat/retail: weights, depot number, time windows"


def N_pin_count():
    turns = [("customer", ["i tried the app " + R.choice(["three", "five", "six"]) + " times and it locked me out for " + R.choice(["twenty four hours", "thirty minutes"])]),
             ("agent", ["ok after " + R.choice(["3", "5"]) + " failed attempts it locks, version " + R.choice(["4.12.1", "10.2", "7.0.3"]) + " fixed that"])]
    return turns, "call/banking: counts, durations, app version numbers"


def N_timestamps_chat():
    turns = [("customer", ["Error at 2025-0%d-1%d %02d:%02d:%02d, code E%d, tried %d times" % (R.randint(1, 9), R.randint(0, 9), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(100, 999), R.randint(2, 9))]),
             ("agent", ["Thanks, logged under ticket " + rdig(7) + ". Expect a reply within 48 hours."])]
    return turns, "chat/telecom: timestamp, error code, count, ticket number"


def N_policy_excess():
    turns = [("agent", ["your policy number is " + R.choice(["PL-", "HX", "MTR-"]) + rdig(R.choice([6, 7, 8])) + " and the excess is " + R.choice(["two hundred and fifty pounds", "one hundred euro", "five hundred dollars"])]),
             ("customer", ["and i've got " + R.choice(["nine", "five", "twelve"]) + " years no claims"]),
             ("agent", ["yes so the renewal is " + R.choice(["four hundred and eighty six pounds forty", "six hundred and twelve euro", "one thousand and twenty dollars"]) + " from the " + ordinal(R.randint(1, 28)) + " of " + R.choice(MONTHS)])]
    return turns, "call/insurance: policy number with reference word, excess, renewal amount and date"


def N_loan_terms():
    turns = [("customer", ["what would the repayments be on " + R.choice(["ten thousand", "fifteen thousand five hundred", "seven and a half thousand"]) + " over " + R.choice(["thirty six", "forty eight", "sixty"]) + " months"]),
             ("agent", ["at " + R.choice(["six point nine", "nine point four", "twelve point nine"]) + " percent apr that's about " + R.choice(["three hundred and four pounds", "two hundred and eighty one pounds sixty", "four hundred and twelve pounds"]) + " a month"])]
    return turns, "call/banking: loan amounts, terms, APR, monthly repayment"


def N_odometer():
    turns = [("customer", ["the car's done " + R.choice(["fifty two thousand three hundred", "eighty nine thousand", "one hundred and twelve thousand"]) + " miles and it's a " + R.choice(["twenty nineteen", "two thousand and sixteen", "twenty twenty two"]) + " model"]),
             ("agent", ["and the engine size"]), ("customer", [R.choice(["one point six", "two litre", "one point two"])])]
    return turns, "call/insurance: mileage, model year, engine size"


def N_train_chat():
    turns = [("customer", ["Train %02d:%02d from platform %d was cancelled, I had to get the %02d:%02d instead, ticket cost £%d.%02d" % (R.randint(5, 22), R.choice([2, 17, 32, 47]), R.randint(1, 14), R.randint(5, 22), R.choice([8, 23, 38, 53]), R.randint(10, 150), R.randint(0, 99))]),
             ("agent", ["Sorry - you can claim Delay Repay for the %d minute delay via booking ref %s." % (R.randint(15, 120), rdig(8))])]
    return turns, "chat/travel: train times, platform, ticket price, delay minutes, booking ref"


def N_payments_list():
    a = [R.randint(20, 90) for _ in range(3)]
    turns = [("agent", ["i can see three payments of " + " ".join(["%s pounds %s" % (TENS[x // 10] + (" " + ONES[x % 10] if x % 10 else ""), R.choice(["fifty", "twenty", "ten"])) for x in a])]),
             ("customer", ["yeah and the one on the " + ordinal(R.randint(1, 28)) + " was taken twice"])]
    return turns, "call/utilities: list of spoken payment amounts and a payment date"


def N_sku_chat():
    turns = [("customer", ["Item SKU %s-%s size UK %d / EU %d arrived damaged, box said %d of %d" % (rdig(6), rdig(3), R.randint(3, 12), R.randint(36, 46), R.randint(1, 3), R.randint(3, 4))]),
             ("agent", ["I've arranged a return, RMA " + rdig(8) + ", courier will collect between 7am and 7pm."])]
    return turns, "chat/retail: SKU, sizes, box counts, RMA number, time window"


def N_order_pairs_call():
    ref = rdig(8)
    turns = [("customer", ["the order number is " + say_pairs(ref, zword())]),
             ("agent", ["thank you and that was for " + R.choice(["two", "three", "six"]) + " items totalling " + R.choice(["eighty four ninety nine", "one hundred and twelve pounds", "forty dollars"])]),
             ("customer", ["yeah delivered on " + R.choice(MONTHS) + " " + ordinal(R.randint(1, 28))])]
    return turns, "call/retail: 8-digit order number read in pairs, amount, delivery date"


NEG_TEMPLATES = [N_amounts, N_reference, N_reference_chat, N_times_durations, N_flight, N_flight_call, N_room_model,
                 N_meter, N_meter_chat, N_speeds, N_years_percent, N_ages_temps, N_balance_chat, N_contract_dates,
                 N_quantities, N_ref_spoken_long, N_health_appt, N_ext_queue, N_tracking_chat, N_pin_count,
                 N_timestamps_chat, N_policy_excess, N_loan_terms, N_odometer, N_train_chat, N_payments_list, N_sku_chat,
                 N_order_pairs_call]

N_POS = 240
N_NEG = 140


def generate():
    R.seed(SEED)
    cases = []
    pool = []
    for fn, w in POS_TEMPLATES:
        pool += [fn] * w
    for i in range(N_POS):
        fn = pool[i % len(pool)]
        turns, note = fn()
        t, spans = build(turns)
        cases.append({"id": "%s-pos-%03d" % (PREFIX, i + 1), "kind": "positive", "turns": t, "spans": spans, "note": note})
    for i in range(N_NEG):
        fn = NEG_TEMPLATES[i % len(NEG_TEMPLATES)]
        turns, note = fn()
        t, spans = build(turns)
        assert not spans
        cases.append({"id": "%s-neg-%03d" % (PREFIX, i + 1), "kind": "negative", "turns": t, "spans": [], "note": note})
    return cases


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def count_types(cases):
    c = Counter()
    for case in cases:
        for s in case["spans"]:
            c[s["type"]] += 1
    return c


def readme(cases):
    c = count_types(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return f"""# pii_holdout121 - held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
its authors have not seen. Do not add its cases to training data, unit tests or
rule development, and do not inspect failures here in order to patch rules.

## Provenance

Written by an AI helper acting as an independent author. The author did not read
the redaction code, its tests, its documentation, the benchmark script or any other
PII fixture; the only thing seen was a three-line example of the JSONL format.
All cases are synthetic and generated by `scripts/make_pii_holdout121.py` from
template functions and one seeded `random.Random({SEED})`; the output is
byte-for-byte reproducible. `python scripts/make_pii_holdout121.py --check`
regenerates the data, compares it to `cases.jsonl`, and validates every span.

## Contents

- {npos} positive cases, {nneg} negative cases ({len(cases)} total)
- chat (typed, varied separators/case) and phone calls (ASR style: lower case,
  numbers as words, "oh"/"o"/"nought"/"zero", double/triple, pairs like
  "forty one", hundreds like "four hundred and twelve", letters as "b for bravo",
  NATO words or ASR homophones such as "bee", "see", "jay", "why", digit
  homophones "for"/"to"/"ate", values split over turns with back-channels,
  self-corrections, agent read-backs)
- industries: banking, telecom, utilities, retail, insurance, travel,
  healthcare billing, government services; countries US, UK, Ireland, EU

| type | spans |
|---|---|
{rows}

## Annotation conventions

- A span covers the value only: from its first to its last character that is part
  of the value (digits/letters/number words), on word boundaries. Lead-ins
  ("it's", "card number is", "my ssn is") and trailing chit-chat are outside.
- Filler words spoken *inside* a reading ("um", "uh") and separators inside a value
  (spaces, dashes, dots, "dash") are inside the span.
- A value split over several turns gets one span per turn, each with the same type;
  agent back-channels ("mhm", "okay go on") are not labelled.
- When a caller links parts of one value with connecting phrases ("letters are ...
  then the numbers ... and the letter at the end is ..."), each part is its own span
  and the connecting phrase is not labelled.
- Agent read-backs and per-block echoes of a value are labelled as well.
- Self-corrections: the abandoned partial reading and the corrected reading are
  both labelled (both expose card digits); the correction words ("no sorry") are not.
- EXPIRY spans cover month and year ("oh eight twenty seven", "08/27", "august twenty
  twenty nine"); CVV spans cover only the code digits.
- DOB spans cover the whole date including "the"/"of" inside it
  ("the third of may nineteen eighty", "03/05/1980").
- ADDRESS spans cover the first line only: optional flat/apartment, house number,
  street name and street type ("flat two forty one kings road", "12 Elm Street Apt 4").
  The town is not labelled; the postcode / ZIP is a separate POSTCODE span.
- EMAIL spans cover the whole address, spoken ("j dot doe at gmail dot com") or typed.
- PHONE spans include a spoken or typed international prefix ("plus four four", "+44").
- NI numbers include the two prefix letters and the suffix letter.
- Negative cases contain no PII at all: amounts, prices, balances, times, durations,
  counts, quantities, years, percentages, appointment/payment/contract dates,
  order/ticket/claim/invoice/complaint references (<=10 digits, said with their
  reference word), flight numbers, room numbers, model and version numbers,
  meter readings, speeds, ages, temperatures. Nothing in them should be redacted.

## What `--check` verifies

Regenerates the set and requires byte-identical `cases.jsonl` and README; unique
ids; offsets in range, spans on word boundaries, non-overlapping; and every value
valid after normalising spoken forms (number words, oh/o/nought, double/triple,
pairs, hundreds, NATO/"x for xray"/homophone letters, month names, ordinals,
spoken e-mail words): Luhn for CARD_NUMBER, mod-97 for IBAN, NI format
(valid prefix letters, 6 digits, suffix A-D), 9 digits with valid area/group/serial
for SSN, 6 digits for SORT_CODE, 3-4 digits for CVV, 6-12 for BANK_ACCOUNT, 10-14 for
PHONE, month 01-12 for EXPIRY, UK postcode / US ZIP(+4) shape for POSTCODE.
Values split over several spans are validated by joining the pieces of the same
type and speaker in order (one abandoned self-correction piece sharing the first
three characters of the corrected value is allowed). Minimum counts are enforced.

## Scoring reminder

A labelled span is found when every letter/digit inside it is covered by a redaction;
a negative case fails if anything in it is redacted.
"""


def segmentable(lst, typ):
    """Pieces (in order) must split into consecutive groups, each a valid value;
    a single abandoned piece (self-correction) may precede a valid group."""
    n = len(lst)
    ok = [False] * (n + 1)
    ok[0] = True
    for i in range(1, n + 1):
        for j in range(i):
            if not ok[j]:
                continue
            if validate(" ".join(lst[j:i]), typ) is not None:
                ok[i] = True
                break
            if (j + 1 < i and validate(" ".join(lst[j + 1:i]), typ) is not None
                    and lst[j][:3] == "".join(lst[j + 1:i])[:3]):
                ok[i] = True
                break
    return ok[n]


def check(cases, text_on_disk):
    problems = []
    if dump(cases) != text_on_disk:
        problems.append("cases.jsonl differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            problems.append("%s: negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            problems.append("%s: positive without spans" % c["id"])
        last = {}
        pieces = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (c["id"], s["type"]))
                continue
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append("%s: turn out of range" % c["id"])
                continue
            txt = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                problems.append("%s: offsets out of range" % c["id"])
                continue
            if (st > 0 and txt[st - 1].isalnum()) or (en < len(txt) and txt[en].isalnum()):
                problems.append("%s: span not on word boundary %r" % (c["id"], txt[st:en]))
            if not ((txt[st].isalnum() or (s["type"] == "PHONE" and txt[st] in "+(")) and txt[en - 1].isalnum()):
                problems.append("%s: span edge not alnum %r" % (c["id"], txt[st:en]))
            prev = last.get(s["turn"])
            if prev is not None and st < prev:
                problems.append("%s: overlapping/unsorted spans" % c["id"])
            last[s["turn"]] = en
            val = txt[st:en]
            if s["type"] in ("EMAIL", "ADDRESS"):
                if validate(val, s["type"]) is None:
                    problems.append("%s: invalid %s %r" % (c["id"], s["type"], val))
                continue
            # accumulate split values; accept when any suffix of the pieces validates
            p = parse_spoken(val, s["type"] in ("NI_NUMBER", "IBAN", "POSTCODE"), s["type"] in NUMERIC_TYPES)
            if p is None:
                problems.append("%s: unparseable %s %r" % (c["id"], s["type"], val))
                continue
            lst = pieces.setdefault((s["type"], c["turns"][s["turn"]]["speaker"]), [])
            lst.append(p)
        for (typ, _spk), lst in pieces.items():
            if not segmentable(lst, typ):
                problems.append("%s: %s pieces do not form valid values: %r" % (c["id"], typ, lst))
    cnt = count_types(cases)
    for t, m in MIN_SPANS.items():
        if cnt[t] < m:
            problems.append("type %s has %d spans < %d" % (t, cnt[t], m))
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d pos %d neg" % (npos, nneg))
    return problems, cnt, npos, nneg


def main(argv):
    cases = generate()
    text = dump(cases)
    if "--check" in argv:
        if not CASES.exists():
            print("missing", CASES)
            return 1
        problems, cnt, npos, nneg = check(cases, CASES.read_text(encoding="utf-8"))
        if README.exists() and README.read_text(encoding="utf-8") != readme(cases):
            problems.append("README.md differs from regenerated output")
        print("pii_holdout121: %d positive, %d negative, %d spans" % (npos, nneg, sum(cnt.values())))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        if problems:
            print("PROBLEMS (%d):" % len(problems))
            for p in problems[:50]:
                print("  " + p)
            return 1
        print("OK")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme(cases), encoding="utf-8")
    print("wrote %d cases to %s" % (len(cases), CASES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

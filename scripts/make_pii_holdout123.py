#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout123``.

Written by an AI helper acting as an independent author (it did not see the
redaction code or its tests). Standard library only.

    python scripts/make_pii_holdout123.py          # write fixture + README
    python scripts/make_pii_holdout123.py --check  # regenerate and verify

Every turn is assembled from plain-text segments and labelled
(value, TYPE, group) segments, so offsets are computed, never typed by hand.
A "group" ties together the spans that make up one value (e.g. a card read out
over four turns); --check normalises the spoken/typed text of each group and
validates it against the value it was rendered from.
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 123241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout123"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------- words
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENW = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
        9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "V": "victor", "W": "whiskey", "X": "x ray", "Y": "yankee", "Z": "zulu"}
FOLK = {"A": "apple", "B": "bertie", "C": "charlie", "D": "david", "E": "edward", "F": "freddie",
        "G": "george", "H": "harry", "I": "ireland", "J": "jack", "K": "king", "L": "london", "M": "mary",
        "N": "nancy", "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william",
        "Y": "yellow", "Z": "zebra", "Q": "queen", "U": "uncle", "V": "victoria", "X": "xmas"}


def ordinal(n: int) -> str:
    if n <= 20:
        return ORD[n - 1]
    t, u = divmod(n, 10)
    if u == 0:
        return {30: "thirtieth"}[n] if n == 30 else TENW[t] + "ieth"
    return TENW[t] + " " + ORD[u - 1]


def pairword(p: str) -> str:
    a, b = int(p[0]), int(p[1])
    if a == 1:
        return TEEN[b]
    if b == 0:
        return TENW[a]
    return TENW[a] + " " + DW[b]


def spoken_digits(ds: str, rng: random.Random, zero: str | None = None, pairs: float = 0.2,
                  doubles: float = 0.5, homophones: float = 0.0) -> str:
    """Render a digit string the way an ASR transcript would."""
    zero = zero or rng.choice(["zero", "oh", "oh", "o", "nought"])
    out = []
    i = 0

    def d(c: str) -> str:
        if c == "0":
            return zero
        w = DW[int(c)]
        if homophones and rng.random() < homophones:
            w = {"four": "for", "two": "to", "eight": "ate", "one": "won"}.get(w, w)
        return w

    while i < len(ds):
        c = ds[i]
        if doubles and i + 2 < len(ds) and ds[i] == ds[i + 1] == ds[i + 2] and rng.random() < doubles:
            out.append("triple " + (zero if c == "0" else DW[int(c)]))
            i += 3
            continue
        if doubles and i + 1 < len(ds) and ds[i] == ds[i + 1] and rng.random() < doubles:
            out.append("double " + (zero if c == "0" else DW[int(c)]))
            i += 2
            continue
        if pairs and i + 1 < len(ds) and c != "0" and rng.random() < pairs:
            p = ds[i:i + 2]
            if not (p[1] == "0" and i + 2 < len(ds)):
                out.append(pairword(p))
                i += 2
                continue
        out.append(d(c))
        i += 1
    return " ".join(out)


def spoken_letter(ch: str, rng: random.Random, style: str | None = None) -> str:
    style = style or rng.choice(["plain", "plain", "nato", "folk"])
    low = ch.lower()
    if style == "nato":
        return f"{low} for {NATO[ch]}"
    if style == "folk":
        return f"{low} for {FOLK[ch]}"
    if style == "as":
        return f"{low} as in {NATO[ch]}"
    return low


def spoken_alnum(s: str, rng: random.Random, pairs: float = 0.15, letter_style: str | None = None,
                 zero: str | None = None) -> str:
    """Letters spelled, digit runs spoken."""
    parts = re.findall(r"[A-Z]|\d+", s)
    out = []
    for p in parts:
        if p.isdigit():
            out.append(spoken_digits(p, rng, zero=zero or rng.choice(["zero", "oh", "oh"]),
                                     pairs=pairs, doubles=0.4))
        else:
            st = letter_style if letter_style else ("nato" if rng.random() < 0.25 else "plain")
            out.append(spoken_letter(p, rng, st))
    return " ".join(out)


# --------------------------------------------------------------------------- normaliser
UNITS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "one": "1", "won": "1",
         "two": "2", "to": "2", "too": "2", "three": "3", "four": "4", "for": "4", "five": "5",
         "six": "6", "seven": "7", "eight": "8", "ate": "8", "nine": "9"}
TEENS = {w: str(10 + i) for i, w in enumerate(TEEN)}
TENS = {w: str(k) for k, w in TENW.items()}
NATO_REV = {v.split()[0]: k for k, v in NATO.items()}
NATO_REV["whisky"] = "W"
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "and", "then", "dash", "hyphen", "space",
           "slash", "dot", "the", "of", "th", "st", "nd", "rd", "uhh", "umm", "ok", "okay",
           "plus", "is", "sorry", "that", "s", "ray", "in"}
ORD_REV = {}
for _n in range(1, 32):
    ORD_REV[ordinal(_n)] = _n


def normalise(text: str, alnum: bool) -> str:
    """Spoken/typed value -> canonical string of digits and upper-case letters."""
    raw = re.findall(r"[A-Za-z]+|\d+", text)
    toks = [t.lower() for t in raw]
    out: list[str] = []
    mult = 1
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if alnum and raw[i].isalpha() and raw[i].isupper() and len(t) <= 4:
            out.append(t.upper())
        elif t.isdigit():
            out.append(t * mult if len(t) == 1 else t)
            mult = 1
        elif t == "double":
            mult = 2
        elif t == "triple":
            mult = 3
        elif t in TENS:
            if nxt in UNITS and UNITS[nxt] != "0" and nxt not in ("to", "for", "too", "won", "ate"):
                out.append(TENS[t] + UNITS[nxt])
                i += 1
            else:
                out.append(TENS[t] + "0")
        elif t in TEENS:
            out.append(TEENS[t])
        elif t in UNITS and not (alnum and t == "for"):
            out.append(UNITS[t] * mult)
            mult = 1
        elif len(t) == 1 and alnum and t != "s" or (len(t) == 1 and t in "abcdefghjklmnpqrtuvwxyz"
                                                      and alnum):
            out.append(t.upper() * mult)
            mult = 1
            if nxt == "for":
                i += 2
            elif nxt == "as" and i + 2 < n and toks[i + 2] == "in":
                i += 3
        elif alnum and len(t) == 1 and t == "s":
            out.append("S" * mult)
            mult = 1
            if nxt == "for":
                i += 2
        elif alnum and t in NATO_REV:
            out.append(NATO_REV[t] * mult)
            mult = 1
        elif not alnum and set(t) == {"o"} and raw[i].isupper():
            out.append("0" * len(t))  # letter O typed for zero
        elif t in FILLERS:
            pass
        elif alnum and t.isalpha() and len(t) <= 4:
            out.append(t.upper())
        else:
            raise ValueError(f"unknown token {t!r} in {text!r}")
        i += 1
    return "".join(out)


def normalise_dateish(text: str) -> str:
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        two = " ".join(toks[i:i + 2])
        if two in ORD_REV:
            out.append(str(ORD_REV[two]))
            i += 2
            continue
        if t in ORD_REV:
            out.append(str(ORD_REV[t]))
        elif t in MONTHS:
            out.append(f"{MONTHS.index(t) + 1:02d}")
        elif t in MON3 or t == "sept":
            out.append(f"{MON3.index(t[:3]) + 1:02d}")
        elif t in ("thousand", "hundred"):
            out.append("thousand")
        else:
            out.append(t)
        i += 1
    s = " ".join(out).replace("two thousand and", "20 0").replace("two thousand", "20 0")
    return normalise(s, False)


def normalise_email(text: str) -> str:
    t = text.strip()
    for a, b in (("(at)", "@"), ("[at]", "@"), ("[dot]", "."), ("(dot)", ".")):
        t = t.replace(a, b)
    if " " not in t:
        return t.lower()
    toks = t.lower().split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w == "at":
            out.append("@")
        elif w in ("dot", "period"):
            out.append(".")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"):
            out.append(str(DW.index(w)))
        elif w in ("double", "triple"):
            k = 2 if w == "double" else 3
            nxt = toks[i + 1]
            out.append((str(DW.index(nxt)) if nxt in DW else nxt) * k)
            i += 1
        elif w in TENS:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt in DW[1:]:
                out.append(TENS[w] + str(DW.index(nxt)))
                i += 1
            else:
                out.append(TENS[w] + "0")
        elif w in TEENS:
            out.append(TEENS[w])
        else:
            out.append(w)
        i += 1
    return "".join(out)


# --------------------------------------------------------------------------- validators
def luhn_ok(d: str) -> bool:
    s = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def iban_ok(s: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
US_ZIP = re.compile(r"\d{5}(\d{4})?")
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "close",
                "crescent", "way", "boulevard", "blvd", "court", "ct", "place", "pl", "terrace",
                "grove", "park", "gardens", "square", "hill", "row", "walk", "mews", "parade"}


def validate(typ: str, texts: list[str], canon) -> str | None:
    """Return an error string or None."""
    try:
        if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
            n = "".join(normalise(t, False) for t in texts)
            if n != canon:
                return f"normalised {n!r} != {canon!r}"
            if not n.isdigit():
                return "non digit"
            if typ == "CARD_NUMBER" and not (13 <= len(n) <= 19 and luhn_ok(n)):
                return "bad card"
            if typ == "CVV" and len(n) not in (3, 4):
                return "bad cvv"
            if typ == "SSN" and not (len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9"
                                     and n[3:5] != "00" and n[5:] != "0000"):
                return "bad ssn"
            if typ == "BANK_ACCOUNT" and not (6 <= len(n) <= 12):
                return "bad account"
            if typ == "SORT_CODE" and len(n) != 6:
                return "bad sort code"
            if typ == "PHONE" and not (10 <= len(n) <= 14):
                return "bad phone"
        elif typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
            n = "".join(normalise(t, True) for t in texts)
            if n != canon:
                return f"normalised {n!r} != {canon!r}"
            if typ == "NI_NUMBER" and not NI_RE.fullmatch(n):
                return "bad NI"
            if typ == "IBAN" and not iban_ok(n):
                return "bad iban"
            if typ == "POSTCODE" and not (UK_PC.fullmatch(n) or US_ZIP.fullmatch(n)):
                return "bad postcode"
        elif typ == "EMAIL":
            n = "".join(normalise_email(t) for t in texts)
            if n != canon.lower():
                return f"email {n!r} != {canon!r}"
            if not re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", n):
                return "bad email"
        elif typ in ("DOB", "EXPIRY"):
            n = "".join(normalise_dateish(t) for t in texts)
            y, m, d = canon
            if str(y)[-2:] not in n:
                return f"year missing in {n!r}"
            if d and str(d) not in n:
                return f"day missing in {n!r}"
            if str(m) not in n:
                return f"month missing in {n!r}"
        elif typ == "ADDRESS":
            joined = " ".join(texts).lower()
            words = set(re.findall(r"[a-z]+", joined))
            if not (re.search(r"\d", joined) or words & set(DW + TEEN + list(TENW.values()))):
                return "address without number"
            if not (words & STREET_WORDS or any(w.endswith(sw) for w in words for sw in STREET_WORDS if len(sw) > 2)):
                return "address without street word"
        else:
            return "unknown type"
    except ValueError as e:
        return str(e)
    return None


# --------------------------------------------------------------------------- value generators
def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card(rng):
    kind = rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa19", "maestro"])
    if kind == "visa":
        return kind, luhn_complete("4" + str(rng.randrange(10)), 16, rng)
    if kind == "visa19":
        return kind, luhn_complete("4", 19, rng)
    if kind == "mc":
        return kind, luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, rng)
    if kind == "amex":
        return kind, luhn_complete(rng.choice(["34", "37"]), 15, rng)
    if kind == "disc":
        return kind, luhn_complete("6011", 16, rng)
    return kind, luhn_complete("6759", rng.choice([16, 18]), rng)


def group_card(num: str, rng) -> list[str]:
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    if len(num) == 16:
        return [num[i:i + 4] for i in range(0, 16, 4)]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def gen_ssn(rng):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return f"{a:03d}{rng.randrange(1, 100):02d}{rng.randrange(1, 10000):04d}"


NI_A = "ABCEGHJKLMNPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_A) + rng.choice(NI_B)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def iban_make(cc: str, bban: str) -> str:
    r = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    return f"{cc}{98 - num % 97:02d}{bban}"


def gen_iban(rng):
    cc = rng.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda k: "".join(str(rng.randrange(10)) for _ in range(k))
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "MIDL", "HBUK"]) + dg(14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "IPBS", "BIFI"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "FR":
        bban = dg(23)
    elif cc == "NL":
        bban = rng.choice(["INGB", "ABNA", "TRIB", "SNSB"]) + dg(10)
    else:
        bban = dg(20)
    return iban_make(cc, bban)


def fmt_iban(s, rng):
    style = rng.choice(["groups", "groups", "flat", "lower", "lowergroups"])
    g = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return {"groups": g, "flat": s, "lower": s.lower(), "lowergroups": g.lower()}[style]


def dg(rng, k):
    return "".join(str(rng.randrange(10)) for _ in range(k))


def gen_phone(rng):
    """Return (digits, typed form, region)."""
    kind = rng.choice(["uk_mob", "uk_mob", "uk_land", "uk_intl", "us", "us", "us_intl", "ie", "ie_intl", "de_intl"])
    if kind == "uk_mob":
        d = "07" + rng.choice(["7", "8", "9", "4"]) + dg(rng, 8)
        return d, rng.choice([f"{d[:5]} {d[5:]}", d, f"{d[:5]} {d[5:8]} {d[8:]}", f"{d[:5]}-{d[5:]}"]), "UK"
    if kind == "uk_land":
        d = rng.choice(["020", "0161", "0113", "0131", "0117"]) 
        d = d + dg(rng, 11 - len(d))
        return d, rng.choice([f"{d[:3]} {d[3:7]} {d[7:]}" if d.startswith("020") else f"{d[:4]} {d[4:7]} {d[7:]}", d]), "UK"
    if kind == "uk_intl":
        rest = "7" + dg(rng, 9)
        d = "44" + rest
        form = rng.choice([f"+44 {rest[:4]} {rest[4:]}", f"+44{rest}", f"0044 {rest[:4]} {rest[4:]}", f"+44 (0){rest[:4]} {rest[4:]}"])
        return re.sub(r"\D", "", form), form, "UK"
    if kind == "us":
        d = str(rng.randrange(2, 10)) + dg(rng, 2) + str(rng.randrange(2, 10)) + dg(rng, 6)
        return d, rng.choice([f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}", d]), "US"
    if kind == "us_intl":
        core = str(rng.randrange(2, 10)) + dg(rng, 2) + str(rng.randrange(2, 10)) + dg(rng, 6)
        d = "1" + core
        return d, rng.choice([f"+1 {core[:3]} {core[3:6]} {core[6:]}", f"1-{core[:3]}-{core[3:6]}-{core[6:]}"]), "US"
    if kind == "ie":
        d = "08" + rng.choice("35679") + dg(rng, 7)
        return d, rng.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d, f"{d[:3]}-{d[3:]}"]), "IE"
    if kind == "ie_intl":
        rest = "8" + rng.choice("35679") + dg(rng, 7)
        d = "353" + rest
        return d, rng.choice([f"+353 {rest[:2]} {rest[2:5]} {rest[5:]}", f"+353{rest}"]), "IE"
    rest = "15" + dg(rng, 9)
    d = "49" + rest
    return d, f"+49 {rest[:3]} {rest[3:]}", "DE"


FIRST = ["james", "sarah", "aoife", "liam", "priya", "tom", "megan", "oisin", "chloe", "dan", "maria",
         "kwame", "niamh", "jo", "ben", "fatima", "lukas", "sophie", "ravi", "grace", "sean", "emma"]
LAST = ["murphy", "smith", "okafor", "walsh", "patel", "byrne", "jones", "nguyen", "kelly", "brown",
        "garcia", "obrien", "fischer", "taylor", "doyle", "khan", "wilson", "reilly", "evans", "lee"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "proton.me", "gmx.de", "live.co.uk", "comcast.net"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.choice(["f.l", "fl", "f_l", "initial", "fl_num", "f.l.num", "fnum"])
    num = str(rng.randrange(1, 99)) if "num" in style else ""
    if style == "f.l":
        local = f"{f}.{l}"
    elif style == "fl":
        local = f + l
    elif style == "f_l":
        local = f"{f}_{l}"
    elif style == "initial":
        local = f"{f[0]}.{l}"
    elif style == "fl_num":
        local = f"{f}{l}{num}"
    elif style == "f.l.num":
        local = f"{f}.{l}{num}"
    else:
        local = f"{f}{num}"
    return f"{local}@{rng.choice(DOMAINS)}", (f, l)


def spoken_email(e: str, rng) -> str:
    local, dom = e.split("@")
    out = []

    def part(s):
        for tok in re.findall(r"[a-z]+|\d+|[._-]", s):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok == "-":
                out.append("dash")
            elif tok.isdigit():
                if len(tok) == 2 and tok[0] != "0" and rng.random() < 0.6:
                    out.append(pairword(tok))
                else:
                    out.append(" ".join(DW[int(c)] for c in tok))
            elif len(tok) == 1:
                out.append(tok)
            else:
                out.append(tok)
    part(local)
    out.append("at")
    part(dom)
    return " ".join(out)


UK_STREETS = ["Acacia Avenue", "Church Road", "Station Road", "Mill Lane", "Victoria Street",
              "Orchard Close", "Kingsway", "Elm Grove", "Park Crescent", "Ashfield Drive",
              "Queens Road", "Meadow Way", "Highfield Terrace", "Willow Court", "Bridge Street"]
IE_STREETS = ["Griffith Avenue", "Main Street", "Sandymount Road", "Clontarf Park", "Rathgar Place",
              "Seafield Crescent"]
US_STREETS = ["Maple Street", "Oak Avenue", "Sunset Blvd", "Elm St", "Washington Ave",
              "Lakeview Drive", "Cedar Lane", "Pine Ct", "Hickory Road", "Main St"]
US_TOWNS = [("Springfield", "IL"), ("Austin", "TX"), ("Columbus", "OH"), ("Tucson", "AZ"),
            ("Raleigh", "NC"), ("Boise", "ID"), ("Tampa", "FL"), ("Portland", "OR")]
UK_TOWNS = ["Leeds", "Bristol", "Manchester", "Cardiff", "Norwich", "Glasgow", "Reading", "Derby"]
PC_L1 = "ABCDEFGHJKLMNPRSTUWYZ"
PC_L2 = "ABCDEFGHJKLMNPRSTUWY"
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


UK_AREAS = ["SW", "SE", "NW", "N", "E", "W", "M", "L", "B", "G", "S", "LS", "BS", "CF", "NR", "RG", "DE",
            "EH", "CB", "BT", "LE", "NG", "BN", "CV", "HU", "PL", "HG", "KT", "TW", "GU", "EC", "WC"]


def gen_uk_pc(rng):
    area = rng.choice(UK_AREAS)
    shape = rng.choice(["9", "99", "9"]) if area not in ("SW", "SE", "NW", "W", "E", "N", "EC", "WC") else rng.choice(["9", "99", "9A"])
    out = area
    for i, c in enumerate(shape):
        if c == "9":
            out += str(rng.randrange(1, 10)) if i == 0 else str(rng.randrange(10))
        else:
            out += rng.choice("ABEHMNPRVWXY")
    inward = str(rng.randrange(10)) + rng.choice(PC_IN) + rng.choice(PC_IN)
    return out + inward, out + " " + inward


def gen_zip(rng):
    z = f"{rng.randrange(1000, 99999):05d}"
    if rng.random() < 0.25:
        p = dg(rng, 4)
        return z + p, f"{z}-{p}"
    return z, z


def spoken_address_num(n: int, rng) -> str:
    if n < 10:
        return DW[n]
    if n < 100:
        return pairword(f"{n:02d}")
    if n < 1000 and rng.random() < 0.5:
        h, r = divmod(n, 100)
        if r == 0:
            return f"{DW[h]} hundred"
        return f"{DW[h]} {pairword(f'{r:02d}') if r >= 10 else 'oh ' + DW[r]}"
    return spoken_digits(str(n), rng, zero="oh", pairs=0.0, doubles=0.0)


def gen_dob(rng):
    y = rng.randrange(1941, 2006)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    return y, m, d


def spoken_year(y: int, rng) -> str:
    if y >= 2000:
        return rng.choice([f"two thousand and {DW[y - 2000]}" if y < 2010 else f"two thousand {pairword(str(y-2000))}",
                           f"two thousand {DW[y - 2000]}" if y < 2010 else f"twenty {pairword(str(y - 2000))}"])
    return f"nineteen {pairword(str(y - 1900)) if y - 1900 >= 10 else 'oh ' + DW[y - 1900]}"


def fmt_dob_typed(y, m, d, rng, us=False):
    s = rng.choice(["num", "num", "num2", "iso", "words", "mon", "dots", "ordtxt"])
    if s == "ordtxt":
        suf = "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return f"{d}{suf} {pick(rng, [MONTHS[m - 1], MON3[m - 1]])} {pick(rng, [str(y), chr(39) + str(y)[2:], str(y)[2:]])}"
    if s == "num":
        return f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}"
    if s == "num2":
        return f"{m}/{d}/{str(y)[2:]}" if us else f"{d}/{m}/{str(y)[2:]}"
    if s == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if s == "words":
        return f"{MONTHS[m - 1].title()} {d}, {y}" if us else f"{d} {MONTHS[m - 1].title()} {y}"
    if s == "mon":
        return f"{d}-{MON3[m - 1].title()}-{y}"
    return f"{d:02d}.{m:02d}.{y}"


def spoken_dob(y, m, d, rng, us=False):
    s = rng.choice(["ord", "ordof", "us", "nums", "ofthe"])
    if s == "ofthe" and not us:
        return f"{ordinal(d)} of the {ordinal(m)} {pairword(str(y)[2:]) if y < 2000 else spoken_year(y, rng)}"
    if s == "ord" and not us:
        return f"{ordinal(d)} {MONTHS[m - 1]} {spoken_year(y, rng)}"
    if s == "ordof":
        return f"the {ordinal(d)} of {MONTHS[m - 1]} {spoken_year(y, rng)}"
    if s == "nums":
        a, b = (m, d) if us else (d, m)
        return f"{spoken_digits(f'{a:02d}', rng, zero='oh', pairs=0.5)} {spoken_digits(f'{b:02d}', rng, zero='oh', pairs=0.5)} {spoken_year(y, rng)}"
    return f"{MONTHS[m - 1]} {ordinal(d)} {spoken_year(y, rng)}"


# --------------------------------------------------------------------------- case builder
class Case:
    def __init__(self, note: str):
        self.turns: list[tuple[str, list]] = []
        self.groups: dict[int, tuple[str, object]] = {}
        self.note = note
        self._g = 0

    def group(self, typ: str, canon) -> int:
        self._g += 1
        self.groups[self._g] = (typ, canon)
        return self._g

    def add(self, speaker: str, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def render(self):
        turns, spans = [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, str):
                    text += s
                else:
                    val, typ, gid = s
                    lead = len(val) - len(val.lstrip("+(\"' "))
                    trail = len(val) - len(val.rstrip(")\"' .,"))
                    text += val[:lead]
                    val = val[lead:len(val) - trail] if trail else val[lead:]
                    tail = s[0][len(s[0]) - trail:] if trail else ""
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val),
                                  "type": typ, "_g": gid})
                    text += val + tail
            turns.append({"speaker": spk, "text": text})
        return turns, spans


def V(val, typ, gid):
    return (val, typ, gid)


def pick(rng, xs):
    return rng.choice(xs)


EMO = ["", "", "", " 🙂", " 🙏", " 😅", " 👍", " !!", " thx", " ty"]


def emo(rng):
    return rng.choice(EMO)


TYPO_CARD = ["card number", "card numbr", "crad number", "card no", "card #", "card num", "long number"]

# ---- individual scenario builders. each returns a Case.
CHAT_CH = ["webchat", "sms", "email", "social-dm", "webchat", "webchat", "app-chat"]


def b_card(rng, typed):
    kind, num = gen_card(rng)
    ind = pick(rng, ["banking", "telecom", "retail", "utilities", "travel", "insurance", "healthcare billing"])
    if typed:
        ch = pick(rng, CHAT_CH)
        c = Case(f"{ch}/{ind}: ")
        g = c.group("CARD_NUMBER", num)
        grp = group_card(num, rng)
        sep = pick(rng, [" ", " ", "-", "", "  ", ".", "\u00a0", " - ", "/", "\u200b", "spaced", "Ofor0"])
        if sep == "spaced":
            grp = [" ".join(x) for x in grp]
            sep = "  "
        elif sep == "Ofor0":
            grp = [x.replace("0", "O") for x in grp]
            sep = " "
            c.note += "letter O typed for zero, "
        style = pick(rng, ["one", "one", "split2", "split_many", "with_exp", "lower_typo"])
        c.add("agent", pick(rng, ["Could you pop the card number in the chat please? It is masked for our agents.",
                                   "what card would you like to use for the payment?",
                                   "Hi, thanks for contacting us! To take the payment of £" + f"{rng.randrange(12, 400)}.{rng.randrange(100):02d}" + " I need the card details",
                                   "please send the 16 digit number on the front of your card"]))
        if style in ("one", "lower_typo"):
            lead = pick(rng, ["ok its ", "Sure: ", "yes my " + pick(rng, TYPO_CARD) + " is ", "", "here u go ",
                              "hi yes it's ", "CARD: ", "Card number - "])
            c.add("customer", lead, V(sep.join(grp), "CARD_NUMBER", g), emo(rng))
            c.note += f"{kind} typed in one message, separator {sep!r}"
        elif style == "split2":
            k = len(grp) // 2
            c.add("customer", V(sep.join(grp[:k]), "CARD_NUMBER", g))
            c.add("customer", pick(rng, ["", "sorry hit enter ", "and "]), V(sep.join(grp[k:]), "CARD_NUMBER", g))
            c.note += f"{kind} split across two messages"
        elif style == "split_many":
            c.add("customer", pick(rng, ["ok", "one sec", "getting my wallet"]))
            for j, part in enumerate(grp):
                c.add("customer", V(part, "CARD_NUMBER", g))
                if j == 1:
                    c.add("agent", "thanks, go on")
            c.note += f"{kind} one group per message with agent interjection"
        else:
            mm = rng.randrange(1, 13)
            yy = rng.randrange(26, 32)
            ge = c.group("EXPIRY", (2000 + yy, mm, 0))
            cvv = dg(rng, 4 if kind == "amex" else 3)
            gc = c.group("CVV", cvv)
            exp_txt = pick(rng, [f"{mm:02d}/{yy}", f"{mm:02d}-{yy}", f"{mm}/{yy}", f"{mm:02d}/20{yy}", f"{MON3[mm-1]} {yy}"])
            c.add("customer", V(sep.join(grp), "CARD_NUMBER", g), pick(rng, [" exp ", "  expiry ", " , expires ", "\nexp: "]),
                  V(exp_txt, "EXPIRY", ge), pick(rng, [" cvv ", " sec code ", " and the 3 digits on back are ", " CVC: "]),
                  V(cvv, "CVV", gc), emo(rng))
            c.note += f"{kind} with expiry and security code in one message"
        if rng.random() < 0.3:
            c.add("agent", f"Thank you, that payment of ${rng.randrange(20, 300)}.00 has gone through. Reference {rng.randrange(100000, 9999999)}.")
        return c
    # call
    c = Case(f"call/{ind}: ")
    g = c.group("CARD_NUMBER", num)
    grp = group_card(num, rng)
    style = pick(rng, ["one", "split", "split", "readback", "fillers"])
    zero = pick(rng, ["zero", "oh", "o", "nought"])
    hom = 0.15 if rng.random() < 0.3 else 0.0
    c.add("agent", pick(rng, ["okay and can i take the long card number please",
                               "so what's the card number you want to use today",
                               "go ahead with the sixteen digits when you're ready"]))
    if style == "one":
        c.add("customer", pick(rng, ["yeah it's ", "right so ", "ok ", ""]),
              V(spoken_digits(num, rng, zero=zero, pairs=0.2, homophones=hom), "CARD_NUMBER", g))
        c.note += f"{kind} read in one turn zero as {zero!r}"
    elif style == "fillers":
        words = [spoken_digits(p, rng, zero=zero, pairs=0.3, homophones=hom) for p in grp]
        mid = " um ".join(words[:2]) + " uh " + " ".join(words[2:])
        c.add("customer", "hang on let me get it ", V(mid, "CARD_NUMBER", g), " i think yeah")
        c.note += f"{kind} one turn with fillers inside the reading"
    else:
        bc = ["mhm", "yep", "okay go on", "uh huh", "yes", "right"]
        for j, p in enumerate(grp):
            c.add("customer", V(spoken_digits(p, rng, zero=zero, pairs=0.35, homophones=hom), "CARD_NUMBER", g))
            if j < len(grp) - 1:
                c.add("agent", pick(rng, bc))
        c.note += f"{kind} split over {len(grp)} customer turns with back-channels"
        if style == "readback":
            c.add("agent", "let me read that back ", V(spoken_digits(num, rng, zero=zero, pairs=0.0, doubles=0.0), "CARD_NUMBER", c.group("CARD_NUMBER", num)),
                  " is that right")
            c.add("customer", "yes that's it")
            c.note += ", agent reads full number back"
    return c


def b_cvv_exp_call(rng, typed):
    kind, num = gen_card(rng)
    mm = rng.randrange(1, 13)
    yy = rng.randrange(26, 33)
    cvv = dg(rng, 4 if kind == "amex" else 3)
    ind = pick(rng, ["retail", "travel", "utilities", "telecom"])
    c = Case(f"{'webchat' if typed else 'call'}/{ind}: ")
    g = c.group("CARD_NUMBER", num)
    ge = c.group("EXPIRY", (2000 + yy, mm, 0))
    gc = c.group("CVV", cvv)
    if typed:
        c.add("customer", "Number is ", V(" ".join(group_card(num, rng)), "CARD_NUMBER", g))
        c.add("agent", "Thanks! And the expiry date and security code?" if kind == "amex" else "Thanks! And the expiry date and 3 digit security code?")
        c.add("customer", pick(rng, ["exp ", "expires ", "", "valid thru "]), V(pick(rng, [f"{mm:02d}/{yy}", f"{mm:02d}{yy}", f"{mm}/{2000+yy}", f"{mm:02d} / {yy}"]), "EXPIRY", ge))
        c.add("customer", pick(rng, ["cvv ", "code is ", "sec ", "", "security no. "]), V(cvv, "CVV", gc), emo(rng))
        c.add("agent", f"Great, I've taken {rng.randrange(2, 5)} payments of £{rng.randrange(10, 90)}.99 as agreed.")
        c.note += "expiry and cvv in separate short messages after the card"
        return c
    zero = pick(rng, ["oh", "zero", "nought"])
    c.add("customer", V(spoken_digits(num, rng, zero=zero), "CARD_NUMBER", g))
    c.add("agent", "thank you and the expiry date")
    exp_sp = pick(rng, [f"{spoken_digits(f'{mm:02d}', rng, zero=zero, pairs=0.0)} {pairword(str(yy))}",
                        f"{MONTHS[mm-1]} twenty {pairword(str(yy))}",
                        f"{MONTHS[mm-1]} {pairword(str(yy))}",
                        f"{spoken_digits(f'{mm:02d}', rng, zero=zero, pairs=0.0)} slash {pairword(str(yy))}"])
    c.add("customer", pick(rng, ["it's ", "expires ", "um ", ""]), V(exp_sp, "EXPIRY", ge))
    c.add("agent", "and the four digit code on the front" if kind == "amex" else "and the last three digits on the back the security number")
    c.add("customer", pick(rng, ["", "that's ", "it's "]), V(spoken_digits(cvv, rng, zero=zero, pairs=0.0, doubles=0.6), "CVV", gc))
    c.note += "card then expiry then cvv each in own turn"
    return c


def b_ssn(rng, typed):
    s = gen_ssn(rng)
    ind = pick(rng, ["banking", "insurance", "government services", "healthcare billing", "telecom", "utilities"])
    if typed:
        ch = pick(rng, CHAT_CH)
        c = Case(f"{ch}/{ind} (US): ")
        g = c.group("SSN", s)
        fm = pick(rng, [f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s, f"{s[:3]}.{s[3:5]}.{s[5:]}",
                        f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} - {s[3:5]} - {s[5:]}", f"{s[:3]}–{s[3:5]}–{s[5:]}"])
        style = pick(rng, ["one", "one", "split", "with_dob", "last_typo"])
        c.add("agent", pick(rng, ["To verify your identity please provide your Social Security number.",
                                   "for security can I get your SSN please",
                                   "We need your full social to open the claim."]))
        if style == "one":
            c.add("customer", pick(rng, ["sure its ", "SSN: ", "my social is ", "ssn ", "Social security # "]), V(fm, "SSN", g), emo(rng))
            c.note += f"SSN typed as {fm!r}"
        elif style == "split":
            c.add("customer", V(f"{s[:3]}-{s[3:5]}", "SSN", g), "-")
            c.add("customer", V(s[5:], "SSN", g))
            c.note += "SSN split across two messages with trailing dash"
        elif style == "with_dob":
            y, m, d = gen_dob(rng)
            gd = c.group("DOB", (y, m, d))
            c.add("customer", pick(rng, ["ok ", "", "here: "]), V(fm, "SSN", g), pick(rng, [" and dob ", ", born ", " // DOB "]),
                  V(fmt_dob_typed(y, m, d, rng, us=True), "DOB", gd))
            c.note += "SSN and DOB in one message"
        else:
            c.add("customer", "my socail is ", V(fm, "SSN", g), " - why do u need it tho??")
            c.add("agent", f"It's required by law for accounts over ${rng.randrange(10, 100)},000. Thanks!")
            c.note += "SSN with typos around it and an amount nearby"
        return c
    c = Case(f"call/{ind} (US): ")
    g = c.group("SSN", s)
    zero = pick(rng, ["zero", "oh", "o"])
    style = pick(rng, ["one", "split", "split", "correction", "pairs"])
    c.add("agent", pick(rng, ["can i have your social security number please",
                               "and to verify i'll need your social",
                               "what's the primary account holder's ssn"]))
    if style == "one":
        c.add("customer", pick(rng, ["yeah it's ", "sure ", "okay ", "uh "]), V(spoken_digits(s, rng, zero=zero, pairs=0.15), "SSN", g))
        c.note += "ssn in one turn"
    elif style == "pairs":
        txt = f"{spoken_digits(s[:3], rng, zero=zero, pairs=0.0)} {spoken_digits(s[3:5], rng, zero=zero, pairs=1.0, doubles=0.0)} {spoken_digits(s[5:7], rng, zero=zero, pairs=1.0, doubles=0.0)} {spoken_digits(s[7:], rng, zero=zero, pairs=1.0, doubles=0.0)}"
        c.add("customer", V(txt, "SSN", g))
        c.note += "ssn with pairs like 'forty one'"
    elif style == "correction":
        wrong = spoken_digits(s[:3], rng, zero=zero, pairs=0.0)
        c.add("customer", f"{wrong} no wait sorry that's my old one um it's ", V(spoken_digits(s, rng, zero=zero, pairs=0.1), "SSN", g))
        c.note += "ssn after self-correction (aborted fragment unlabelled)"
    else:
        c.add("customer", V(spoken_digits(s[:3], rng, zero=zero, pairs=0.0), "SSN", g))
        c.add("agent", pick(rng, ["mhm", "okay", "go on"]))
        c.add("customer", V(spoken_digits(s[3:5], rng, zero=zero, pairs=0.3), "SSN", g))
        c.add("agent", pick(rng, ["yep", "uh huh"]))
        c.add("customer", V(spoken_digits(s[5:], rng, zero=zero, pairs=0.2), "SSN", g))
        c.note += "ssn split 3/2/4 over turns"
    if rng.random() < 0.35:
        c.add("agent", V(spoken_digits(s, rng, zero=zero, pairs=0.0, doubles=0.0), "SSN", c.group("SSN", s)), " got it thank you")
        c.note += ", agent reads it back"
    return c


def fmt_ni(n, rng):
    return pick(rng, [n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", n.lower(), f"{n[:2]}{n[2:8]}{n[8]}",
                      f"{n[:2]} {n[2:8]} {n[8]}", f"{n[:2]}-{n[2:4]}-{n[4:6]}-{n[6:8]}-{n[8]}",
                      f"{n[:2].lower()} {n[2:4]} {n[4:6]} {n[6:8]} {n[8].lower()}", f"{n[0]}{n[1].lower()}{n[2:]}"])


def spoken_ni(n, rng):
    style = pick(rng, ["plain", "nato", "pairs", "mixed"])
    if style == "plain":
        return f"{n[0].lower()} {n[1].lower()} {spoken_digits(n[2:8], rng, zero='oh', pairs=0.0)} {n[8].lower()}"
    if style == "nato":
        return f"{spoken_letter(n[0], rng, 'nato')} {spoken_letter(n[1], rng, 'nato')} {spoken_digits(n[2:8], rng, zero='zero', pairs=0.2)} {spoken_letter(n[8], rng, pick(rng, ['nato', 'folk']))}"
    if style == "pairs":
        digs = " ".join(spoken_digits(n[i:i + 2], rng, zero="oh", pairs=1.0, doubles=0.0) for i in (2, 4, 6))
        return f"{n[0].lower()} {n[1].lower()} {digs} {n[8].lower()}"
    return f"{spoken_letter(n[0], rng, 'folk')} {n[1].lower()} {spoken_digits(n[2:8], rng, zero='nought', pairs=0.3)} {n[8].lower()}"


def b_ni(rng, typed):
    n = gen_ni(rng)
    ind = pick(rng, ["government services", "banking", "insurance", "utilities", "healthcare billing", "telecom"])
    if typed:
        ch = pick(rng, CHAT_CH)
        c = Case(f"{ch}/{ind} (UK): ")
        g = c.group("NI_NUMBER", n)
        style = pick(rng, ["one", "one", "split", "paste", "correction"])
        c.add("agent", pick(rng, ["Can you confirm your National Insurance number?", "what's ur NI no. please",
                                   "Please provide your NINO so we can match your record."]))
        if style == "one":
            c.add("customer", pick(rng, ["its ", "NI: ", "ni number ", "yeah ", "National insurance no is "]), V(fmt_ni(n, rng), "NI_NUMBER", g), emo(rng))
            c.note += "NI typed in one message"
        elif style == "split":
            c.add("customer", V(f"{n[:2]} {n[2:4]} {n[4:6]}", "NI_NUMBER", g))
            c.add("customer", V(f"{n[6:8]} {n[8]}", "NI_NUMBER", g), " sorry")
            c.note += "NI split across two messages"
        elif style == "paste":
            c.add("customer", "copied from my payslip: \"", V(n, "NI_NUMBER", g), "\" tax code 1257L")
            c.note += "NI pasted in quotes next to a tax code"
        else:
            c.add("customer", V(fmt_ni(n, rng), "NI_NUMBER", g))
            c.add("customer", pick(rng, ["sorry caps lock lol", "*thats the one on my P60", "(from my payslip, tax code 1257L)"]))
            c.note += "NI alone in a message, followed by a chatty message with a tax code/form name"
        return c
    c = Case(f"call/{ind} (UK): ")
    g = c.group("NI_NUMBER", n)
    style = pick(rng, ["one", "split", "split", "readback"])
    c.add("agent", pick(rng, ["can i take your national insurance number please",
                               "and your n i number", "could you give me your national insurance"]))
    if style in ("one", "readback"):
        c.add("customer", pick(rng, ["yeah it's ", "right it's ", "", "um "]), V(spoken_ni(n, rng), "NI_NUMBER", g))
        c.note += "NI spoken in one turn"
        if style == "readback":
            c.add("agent", "so that's ", V(f"{spoken_letter(n[0], rng, 'nato')} {spoken_letter(n[1], rng, 'nato')} {spoken_digits(n[2:8], rng, zero='zero', pairs=0.0, doubles=0.0)} {n[8].lower()}", "NI_NUMBER", c.group("NI_NUMBER", n)), " yeah")
            c.add("customer", "that's right")
            c.note += " and agent reads back with phonetic alphabet"
    else:
        c.add("customer", V(f"{spoken_letter(n[0], rng)} {spoken_letter(n[1], rng)}", "NI_NUMBER", g))
        c.add("agent", pick(rng, ["mhm", "okay", "yep"]))
        c.add("customer", V(spoken_digits(n[2:8], rng, zero="oh", pairs=0.3), "NI_NUMBER", g))
        c.add("agent", "and the letter at the end")
        c.add("customer", V(spoken_letter(n[8], rng), "NI_NUMBER", g))
        c.note += "NI split letters/digits/suffix over turns"
    return c


def b_bank(rng, typed):
    region = pick(rng, ["UK", "UK", "IE", "US"])
    ind = pick(rng, ["banking", "utilities", "insurance", "telecom", "government services"])
    if region == "US":
        acct = dg(rng, rng.choice([10, 11, 12]))
    else:
        acct = dg(rng, 8)
    sc = dg(rng, 6)
    ch = pick(rng, CHAT_CH) if typed else "call"
    c = Case(f"{ch}/{ind} ({region}): ")
    ga = c.group("BANK_ACCOUNT", acct)
    if region == "UK" or (region == "IE" and rng.random() < 0.5):
        gs = c.group("SORT_CODE", sc)
    else:
        gs = None
    if typed:
        c.add("agent", pick(rng, ["To set up the direct debit I need the account details.",
                                   "Which account should the refund go to?"]))
        sct = pick(rng, [f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}", f"{sc[:2]}.{sc[2:4]}.{sc[4:]}"])
        at = pick(rng, [acct, f"{acct[:4]} {acct[4:]}", f"{acct[:4]}-{acct[4:]}"])
        style = pick(rng, ["one", "two", "lines"])
        if gs is None:
            c.add("customer", pick(rng, ["acct # ", "account number ", "acc no: ", "checking acct "]), V(at, "BANK_ACCOUNT", ga), emo(rng))
            c.note += "account number typed without sort code"
        elif style == "one":
            c.add("customer", pick(rng, ["sort ", "s/c ", "sortcode "]), V(sct, "SORT_CODE", gs), pick(rng, [" acc ", " account no ", ", a/c "]), V(at, "BANK_ACCOUNT", ga))
            c.note += "sort code and account in one message"
        elif style == "two":
            c.add("customer", V(sct, "SORT_CODE", gs))
            c.add("customer", V(at, "BANK_ACCOUNT", ga), " thats the acount number" + emo(rng))
            c.note += "sort code then account number in separate messages, unlabelled context"
        else:
            c.add("customer", "Name: ", pick(rng, FIRST).title(), " ", pick(rng, LAST).title(), "\nSort code: ", V(sct, "SORT_CODE", gs), "\nAccount: ", V(at, "BANK_ACCOUNT", ga), "\nAmount: £", f"{rng.randrange(20, 900)}.00")
            c.note += "e-mail style block with name, sort code, account and amount"
        return c
    zero = pick(rng, ["oh", "zero", "nought"])
    c.add("agent", pick(rng, ["okay can i take the bank details for the direct debit",
                               "what account would you like the refund paid into"]))
    if gs is not None:
        sc_sp = pick(rng, [spoken_digits(sc, rng, zero=zero, pairs=0.0), " ".join(spoken_digits(sc[i:i + 2], rng, zero=zero, pairs=1.0, doubles=0.0) for i in (0, 2, 4))])
        c.add("customer", "sort code is ", V(sc_sp, "SORT_CODE", gs))
        c.add("agent", pick(rng, ["lovely and the account number", "okay and the eight digit account number"]))
    if rng.random() < 0.5:
        c.add("customer", V(spoken_digits(acct[:4], rng, zero=zero), "BANK_ACCOUNT", ga))
        c.add("agent", "mhm")
        c.add("customer", V(spoken_digits(acct[4:], rng, zero=zero), "BANK_ACCOUNT", ga))
        c.note += "account split in two turns"
    else:
        c.add("customer", pick(rng, ["it's ", "account number ", ""]), V(spoken_digits(acct, rng, zero=zero, pairs=0.2), "BANK_ACCOUNT", ga))
        c.note += "account in one turn"
    if gs is not None:
        c.note += " after spoken sort code"
    return c


def b_iban(rng, typed):
    s = gen_iban(rng)
    ind = pick(rng, ["banking", "travel", "insurance", "utilities", "retail"])
    ch = pick(rng, CHAT_CH) if typed else "call"
    c = Case(f"{ch}/{ind} ({s[:2]}): ")
    g = c.group("IBAN", s)
    if typed:
        c.add("agent", pick(rng, ["Please share the IBAN for the refund.", "Can u send ur IBAN?"]))
        style = pick(rng, ["one", "one", "split", "email"])
        if style == "one":
            c.add("customer", pick(rng, ["IBAN: ", "iban ", "here ", "my iban is "]), V(fmt_iban(s, rng), "IBAN", g), emo(rng))
            c.note += "IBAN typed in one message"
        elif style == "split":
            k = 12
            g1 = " ".join(s[i:i + 4] for i in range(0, k, 4))
            g2 = " ".join(s[i:i + 4] for i in range(k, len(s), 4))
            c.add("customer", V(g1, "IBAN", g))
            c.add("customer", V(g2, "IBAN", g))
            c.note += "IBAN split across two messages"
        else:
            c.add("customer", "Hello,\n\nPlease refund the €", f"{rng.randrange(40, 600)}.{rng.randrange(100):02d}", " to:\nIBAN ", V(fmt_iban(s, rng), "IBAN", g), "\nBIC ", (s[4:8] + s[:2] + pick(rng, ["2L", "22", "XX", "2A"])) if s[4].isalpha() else pick(rng, ["DEUTDEFF", "BNPAFRPP", "CAIXESBB"]), "\n\nKind regards")
            c.note += "e-mail body with IBAN and a BIC (BIC unlabelled)"
        return c
    c.add("agent", "okay go ahead with the iban")
    parts = [s[i:i + 4] for i in range(0, len(s), 4)]
    if rng.random() < 0.5:
        c.add("customer", V(" ".join(spoken_alnum(p, rng, pairs=0.1) for p in parts), "IBAN", g))
        c.note += "IBAN spoken in one turn"
    else:
        k = rng.choice([2, 3])
        c.add("customer", V(" ".join(spoken_alnum(p, rng, pairs=0.1) for p in parts[:k]), "IBAN", g))
        c.add("agent", "yep")
        c.add("customer", V(" ".join(spoken_alnum(p, rng, pairs=0.1) for p in parts[k:]), "IBAN", g))
        c.note += "IBAN spoken over two turns"
    return c


def b_phone(rng, typed):
    d, t, region = gen_phone(rng)
    ind = pick(rng, ["telecom", "telecom", "retail", "utilities", "healthcare billing", "travel", "banking"])
    ch = pick(rng, CHAT_CH) if typed else "call"
    c = Case(f"{ch}/{ind} ({region}): ")
    g = c.group("PHONE", d)
    if typed:
        c.add("agent", pick(rng, ["What's the best number to reach you on?", "can u confirm the mobile on the account",
                                   "Which number should the engineer call before arriving?"]))
        style = pick(rng, ["one", "one", "split", "two_vals"])
        if style == "one":
            if rng.random() < 0.2 and "0" in t:
                t = t.replace("0", "O")
                c.note += "letter O typed for zero, "
            c.add("customer", pick(rng, ["", "mob ", "its ", "call me on ", "tel: ", "Cell# "]), V(t, "PHONE", g),
                  pick(rng, ["", f" after {rng.randrange(2, 7)}pm pls", " thx", " 📱", " (whatsapp too)"]))
            c.note += f"phone typed {t!r}"
        elif style == "split":
            dd = re.sub(r"\D", "", t)
            c.add("customer", V(t[:len(t) // 2].rstrip(" -."), "PHONE", g))
            rest = t[len(t) // 2:].lstrip(" -.")
            c.add("customer", V(rest, "PHONE", g))
            c.note += "phone split across two messages"
            if not (t[:len(t) // 2].rstrip(" -.") and rest):
                pass
        else:
            d2, t2, _ = gen_phone(rng)
            g2 = c.group("PHONE", d2)
            c.add("customer", "home ", V(t, "PHONE", g), pick(rng, [" or work ", " / ", ", backup "]), V(t2, "PHONE", g2))
            c.note += "two phone numbers in one message"
        return c
    c.add("agent", pick(rng, ["and what's the best contact number", "can i grab a phone number in case we get cut off"]))
    zero = pick(rng, ["oh", "zero", "oh"])
    sp = spoken_digits(d, rng, zero=zero, pairs=0.2)
    if t.startswith("+"):
        sp = "plus " + sp
    if rng.random() < 0.5:
        c.add("customer", pick(rng, ["yeah it's ", "it's ", "my mobile ", ""]), V(sp, "PHONE", g))
        c.note += "phone spoken in one turn"
    else:
        k = 5 if len(d) >= 11 else 3
        a = ("plus " if t.startswith("+") else "") + spoken_digits(d[:k], rng, zero=zero)
        c.add("customer", V(a, "PHONE", g))
        c.add("agent", pick(rng, ["mhm", "yep", "go on"]))
        c.add("customer", V(spoken_digits(d[k:], rng, zero=zero, pairs=0.3), "PHONE", g))
        c.note += "phone split over two turns"
    return c


def b_email(rng, typed):
    e, (f, l) = gen_email(rng)
    ind = pick(rng, ["retail", "telecom", "travel", "insurance", "utilities", "banking"])
    ch = pick(rng, CHAT_CH) if typed else "call"
    c = Case(f"{ch}/{ind}: ")
    g = c.group("EMAIL", e)
    if typed:
        c.add("agent", pick(rng, ["What email should we send the confirmation to?", "Can u confirm the email on file?"]))
        et = pick(rng, [e, e, e.upper() if rng.random() < 0.2 else e[0].upper() + e[1:], e])
        style = pick(rng, ["plain", "mailto", "angle", "two", "obfuscated", "spaced"])
        if style == "plain":
            c.add("customer", pick(rng, ["", "its ", "email: ", "send to "]), V(et, "EMAIL", g), pick(rng, ["", ".", " pls", " 🙏", "?"]))
        elif style == "obfuscated":
            c.add("customer", "dont want bots seeing it lol ", V(e.replace("@", pick(rng, ["(at)", "[at]", " at "])).replace(".", pick(rng, [".", ".", "[dot]"])), "EMAIL", g))
        elif style == "spaced":
            c.add("customer", "email ", V(e.replace("@", " @ "), "EMAIL", g), pick(rng, ["", " (autocorrect keeps adding spaces sorry)"]))
        elif style == "mailto":
            c.add("customer", "mailto:", V(et, "EMAIL", g))
        elif style == "angle":
            c.add("customer", f"{f.title()} {l.title()} <", V(et, "EMAIL", g), ">")
        else:
            e2, _ = gen_email(rng)
            g2 = c.group("EMAIL", e2)
            c.add("customer", V(et, "EMAIL", g), " (old one was ", V(e2, "EMAIL", g2), ")")
        c.note += f"email typed ({style})"
        return c
    c.add("agent", "and can i get an email address for the confirmation")
    c.add("customer", pick(rng, ["yeah it's ", "sure it's ", ""]), V(spoken_email(e, rng), "EMAIL", g))
    if rng.random() < 0.4:
        c.add("agent", "so that's ", V(spoken_email(e, rng), "EMAIL", c.group("EMAIL", e)), " lovely")
        c.note += "spoken email with agent readback"
    else:
        c.note += "spoken email 'dot'/'at'"
    return c


def b_dob(rng, typed):
    y, m, d = gen_dob(rng)
    us = rng.random() < 0.4
    ind = pick(rng, ["healthcare billing", "insurance", "banking", "government services", "telecom"])
    ch = pick(rng, CHAT_CH) if typed else "call"
    c = Case(f"{ch}/{ind} ({'US' if us else 'UK/IE'}): ")
    g = c.group("DOB", (y, m, d))
    if typed:
        c.add("agent", pick(rng, ["Can you confirm your date of birth?", "whats the dob on the policy",
                                   "For security, please provide the patient's date of birth."]))
        c.add("customer", pick(rng, ["", "dob ", "born ", "its ", "D.O.B. "]), V(fmt_dob_typed(y, m, d, rng, us), "DOB", g),
              pick(rng, ["", f" - appointment is on the {rng.randrange(1, 28)}th btw", " 🎂", f" i'm {2026 - y}"]))
        c.note += "date of birth typed, possibly followed by non-birth date/age"
        return c
    c.add("agent", "and can you confirm your date of birth for me")
    c.add("customer", pick(rng, ["yeah it's ", "", "um ", "it's "]), V(spoken_dob(y, m, d, rng, us), "DOB", g))
    c.note += "spoken date of birth"
    return c


def b_address(rng, typed):
    region = pick(rng, ["UK", "UK", "US", "US", "IE"])
    ind = pick(rng, ["utilities", "retail", "telecom", "insurance", "government services", "healthcare billing"])
    ch = pick(rng, CHAT_CH) if typed else "call"
    c = Case(f"{ch}/{ind} ({region}): ")
    num = rng.randrange(1, 300) if region != "US" else rng.randrange(10, 9999)
    if region == "UK":
        street = pick(rng, UK_STREETS)
        town = pick(rng, UK_TOWNS)
        pc, pct = gen_uk_pc(rng)
    elif region == "IE":
        street = pick(rng, IE_STREETS)
        town = pick(rng, ["Dublin 9", "Cork", "Galway", "Dublin 6"])
        pc = pct = None
    else:
        street = pick(rng, US_STREETS)
        town, st = pick(rng, US_TOWNS)
        pc, pct = gen_zip(rng)
    ga = c.group("ADDRESS", None)
    gp = c.group("POSTCODE", pc) if pc else None
    if typed:
        c.add("agent", pick(rng, ["What's the delivery address?", "Can you confirm the supply address please?",
                                   "where should we send the replacement?"]))
        flat = pick(rng, ["", "", f"Flat {rng.randrange(1, 20)}, ", f"Apt {rng.randrange(1, 40)}B "])
        addr = f"{flat}{num} {street if rng.random() < 0.7 else street.lower()}"
        if pc:
            pcx = pick(rng, [pct, pct.replace(" ", ""), pct.lower(), pct]) if region == "UK" else pct
            if region == "US":
                tail = f", {town}, {st} "
            else:
                tail = f", {town} "
            if rng.random() < 0.4:
                c.add("customer", V(addr, "ADDRESS", ga), tail.rstrip())
                c.add("customer", V(pcx, "POSTCODE", gp), emo(rng))
                c.note += "address and postcode in separate messages"
            else:
                c.add("customer", pick(rng, ["", "its ", "ship to "]), V(addr, "ADDRESS", ga), tail, V(pcx, "POSTCODE", gp), emo(rng))
                c.note += "address with town and postcode in one message"
        else:
            c.add("customer", V(addr, "ADDRESS", ga), f", {town}")
            c.note += "irish address without eircode"
        return c
    c.add("agent", pick(rng, ["can i take the first line of the address", "what's the address at the property"]))
    sp_street = street.lower()
    for ab, full in ((" st", " street"), (" ave", " avenue"), (" blvd", " boulevard"), (" ct", " court")):
        if sp_street.endswith(ab):
            sp_street = sp_street[: -len(ab)] + full
    c.add("customer", pick(rng, ["it's ", "yeah ", ""]), V(f"{spoken_address_num(num, rng)} {sp_street}", "ADDRESS", ga), f" in {town.lower()}")
    if pc:
        c.add("agent", "and the postcode" if region == "UK" else "and the zip code")
        if region == "UK":
            sp = spoken_alnum(pc, rng, pairs=0.0, zero="zero")
            if rng.random() < 0.5:
                out, inn = pct.split()
                sp = spoken_alnum(out, rng, pairs=0.0, zero="zero") + " " + spoken_alnum(inn, rng, pairs=0.0, zero="zero")
            c.add("customer", V(sp, "POSTCODE", gp))
        else:
            c.add("customer", V(spoken_digits(pc, rng, zero=pick(rng, ["oh", "zero"]), pairs=0.2), "POSTCODE", gp))
        c.note += "spoken address then postcode"
    else:
        c.note += "spoken address"
    return c


def b_profile(rng, typed):
    """multi-PII update: phone + email + postcode, mixed with chit-chat and non-PII numbers."""
    region = pick(rng, ["UK", "US"])
    ch = pick(rng, CHAT_CH) if typed else "call"
    c = Case(f"{ch}/{pick(rng, ['telecom', 'banking', 'retail'])} ({region}): ")
    d, t, _ = gen_phone(rng)
    e, _ = gen_email(rng)
    gph = c.group("PHONE", d)
    gem = c.group("EMAIL", e)
    if region == "UK":
        pc, pct = gen_uk_pc(rng)
    else:
        pc, pct = gen_zip(rng)
    gp = c.group("POSTCODE", pc)
    if typed:
        c.add("customer", "hiya i moved house last wk 🏠 need to update everything", emo(rng))
        c.add("agent", "Congrats! What's the new postcode?" if region == "UK" else "Congrats! What's the new ZIP?")
        c.add("customer", V(pct if rng.random() < 0.5 else pct.lower().replace(" ", ""), "POSTCODE", gp), pick(rng, ["", " (the new build)", " lol"]))
        c.add("agent", "And is your number and email the same?")
        c.add("customer", "nope new phone ", V(t, "PHONE", gph), " & email ", V(e, "EMAIL", gem), f" . been waiting {rng.randrange(20, 55)} mins on hold before this so chat is better")
        c.note += "profile update: postcode, phone and email in a chat with wait time"
        return c
    c.add("customer", f"hi yeah i've moved and i need to change my details i've been on hold for like {DW[rng.randrange(2, 10)]} minutes")
    c.add("agent", "sorry about that what's the new postcode" if region == "UK" else "sorry about that what's the new zip")
    c.add("customer", V(spoken_alnum(pc, rng, pairs=0.0, zero="zero") if region == "UK" else spoken_digits(pc, rng, zero="zero"), "POSTCODE", gp))
    c.add("agent", "and a contact number")
    c.add("customer", V(("plus " if t.startswith("+") else "") + spoken_digits(d, rng, zero="oh", pairs=0.2), "PHONE", gph),
          " and my email's ", V(spoken_email(e, rng), "EMAIL", gem))
    c.note += "profile update: phone and email in one turn after postcode"
    return c


def b_blob(rng, typed):
    """typed only: pasted form / e-mail signature with several values and non-PII numbers."""
    region = pick(rng, ["UK", "US", "IE"])
    ch = pick(rng, ["email", "email", "webchat", "social-dm"])
    ind = pick(rng, ["insurance", "utilities", "healthcare billing", "government services", "banking"])
    c = Case(f"{ch}/{ind} ({region}): ")
    f, l = pick(rng, FIRST).title(), pick(rng, LAST).title()
    y, m, d = gen_dob(rng)
    gd = c.group("DOB", (y, m, d))
    ph, pht, _ = gen_phone(rng)
    gph = c.group("PHONE", ph)
    e, _ = gen_email(rng)
    ge = c.group("EMAIL", e)
    c.add("agent", pick(rng, ["Please reply with the details below so we can update your file.",
                               "Could you send over your details to complete the form?"]))
    if region == "UK":
        idv = gen_ni(rng)
        gi = c.group("NI_NUMBER", idv)
        idseg = ["NI No: ", V(pick(rng, [idv, f"{idv[:2]} {idv[2:4]} {idv[4:6]} {idv[6:8]} {idv[8]}"]), "NI_NUMBER", gi)]
        pc, pct = gen_uk_pc(rng)
    elif region == "US":
        idv = gen_ssn(rng)
        gi = c.group("SSN", idv)
        idseg = ["SSN: ", V(f"{idv[:3]}-{idv[3:5]}-{idv[5:]}", "SSN", gi)]
        pc, pct = gen_zip(rng)
    else:
        idseg = [f"PPS: (will send separately)"]
        pc = pct = None
    gp = c.group("POSTCODE", pc) if pc else None
    ga = c.group("ADDRESS", None)
    num = rng.randrange(1, 250)
    street = pick(rng, UK_STREETS if region == "UK" else US_STREETS if region == "US" else IE_STREETS)
    bullet = pick(rng, ["", "- ", "* ", "\u2022 "])
    segs = [pick(rng, ["Hi,\n\nas requested:\n", "Hello\n", "hiya here u go\n", "> Please provide details\n\nDetails:\n"]),
            f"{bullet}Name: {f} {l}\n{bullet}DOB: ", V(fmt_dob_typed(y, m, d, rng, us=(region == "US")), "DOB", gd),
            f"\n{bullet}Address: ", V(f"{num} {street}", "ADDRESS", ga)]
    if pc:
        if region == "US":
            town, st = pick(rng, US_TOWNS)
            segs += [f", {town} {st} ", V(pct, "POSTCODE", gp)]
        else:
            segs += [f", {pick(rng, UK_TOWNS)}, ", V(pct, "POSTCODE", gp)]
    else:
        segs += [", Dublin"]
    segs += [f"\n{bullet}Tel: ", V(pht, "PHONE", gph), f"\n{bullet}Email: ", V(e, "EMAIL", ge), f"\n{bullet}"] + idseg
    segs += [f"\n{bullet}Policy/ref no: {dg(rng, 8)}\n\n{pick(rng, ['Thanks', 'Kind regards', 'cheers'])}\n{f}\n\nSent from my iPhone"]
    c.add("customer", *segs)
    c.note += "pasted multi-line form with bullets, several PII values and an unlabelled policy reference"
    return c


def b_social(rng, typed):
    """typed only: social DM / SMS with value dribbled over several messages and typos."""
    ch = pick(rng, ["social-dm", "sms", "social-dm", "app-chat"])
    what = pick(rng, ["card", "ni", "ssn", "phone", "sortacct"])
    c = Case(f"{ch}/{pick(rng, ['telecom', 'retail', 'banking', 'travel', 'utilities'])}: ")
    c.add("customer", pick(rng, ["heyy 👋 ur app keeps crashing", "hi sorry 2 bother u", "HELLO?? been waitin 20 mins",
                                 "omg finally a human 😩"]))
    if what == "card":
        _, num = gen_card(rng)
        g = c.group("CARD_NUMBER", num)
        grp = group_card(num, rng)
        c.add("agent", "Sorry about that! I can take the payment here, what's the card no.?")
        c.add("customer", "ok ", V(grp[0] + " " + grp[1], "CARD_NUMBER", g))
        c.add("customer", "wait")
        c.add("customer", V(" ".join(grp[2:]), "CARD_NUMBER", g), pick(rng, [" thats it", " 👍", "", " lol my thumbs"]))
        c.note += "card dribbled over messages with a 'wait' message between"
    elif what == "ni":
        n = gen_ni(rng)
        g = c.group("NI_NUMBER", n)
        c.add("agent", "No worries! Can I take your NI number to find you?")
        c.add("customer", V(n[:2].lower(), "NI_NUMBER", g))
        c.add("customer", V(f"{n[2:5]} {n[5:8]}", "NI_NUMBER", g), " ", V(n[8].lower(), "NI_NUMBER", g), " i think 🤔")
        c.note += "NI letters and digits in separate lower-case messages, odd 3+3 grouping"
    elif what == "ssn":
        n = gen_ssn(rng)
        g = c.group("SSN", n)
        c.add("agent", "I can help! Pls confirm last name and SSN.")
        c.add("customer", pick(rng, LAST).title(), " & ", V(f"{n[:3]} {n[3:5]}", "SSN", g))
        c.add("customer", V(n[5:], "SSN", g), " sry")
        c.note += "SSN split with surname in the first message"
    elif what == "phone":
        d, t, _ = gen_phone(rng)
        g = c.group("PHONE", d)
        c.add("agent", "Whats the number the sim is for?")
        c.add("customer", pick(rng, ["it's ", "its my old nmber ", "number: "]), V(t, "PHONE", g), pick(rng, [" x", "!!", " 📵 no signal since tues", ""]))
        c.note += "phone with typo'd lead-in and emoji"
    else:
        sc = dg(rng, 6)
        ac = dg(rng, 8)
        gs = c.group("SORT_CODE", sc)
        ga = c.group("BANK_ACCOUNT", ac)
        c.add("agent", "To send the £" + str(rng.randrange(10, 80)) + " goodwill credit I need your bank details")
        c.add("customer", V(f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", "SORT_CODE", gs))
        c.add("customer", V(ac, "BANK_ACCOUNT", ga))
        c.add("customer", pick(rng, ["^ sort code then acc", "thats santander", "ta"]))
        c.note += "sort code and account as bare messages, explained afterwards"
    return c


# --------------------------------------------------------------------------- negatives
def n_cases(rng, i):
    k = i % 22
    ind = ["telecom", "retail", "telecom", "travel", "utilities", "telecom", "insurance", "retail", "travel",
           "banking", "telecom", "insurance", "healthcare billing", "retail", "healthcare billing",
           "government services", "telecom", "retail", "insurance", "banking", "telecom", "utilities"][k]
    typed = i % 3 != 0
    ch = pick(rng, CHAT_CH) if typed else "call"
    c = Case(f"{ch}/{ind}: ")
    k = i % 22
    amt = rng.randrange(10, 5000)
    pence = rng.randrange(100)
    if k == 0:
        if typed:
            c.add("customer", f"why is my bill £{amt}.{pence:02d} this month?? last month was £{rng.randrange(10, 99)}.{rng.randrange(100):02d}")
            c.add("agent", f"I can see a one-off charge of £{rng.randrange(5, 60)}.00 for roaming on {rng.randrange(1, 28)} {pick(rng, MONTHS).title()}.")
        else:
            c.add("customer", f"why is my bill {pairword(str(rng.randrange(20, 99)))} pounds {pairword(str(rng.randrange(10, 99)))} this month")
            c.add("agent", f"there's a roaming charge of {DW[rng.randrange(2, 10)]} pounds fifty on the {ordinal(rng.randrange(1, 28))}")
        c.note += "bill amounts and a charge date"
    elif k == 1:
        ref = dg(rng, rng.choice([6, 7, 8]))
        if typed:
            c.add("customer", f"order #{ref} still hasnt arrived, it said {rng.randrange(3, 7)}-{rng.randrange(7, 10)} working days")
            c.add("agent", f"Sorry! Order {ref} is with the courier, tracking ref {pick(rng, ['JD', 'TN', 'RM'])}{dg(rng, 9)}GB.")
        else:
            c.add("customer", f"yeah i'm calling about order number {spoken_digits(ref, rng, zero='oh')}")
            c.add("agent", "okay i can see that it's out for delivery today between ten and two")
        c.note += "order number and tracking reference with their reference words"
    elif k == 2:
        t = dg(rng, rng.choice([7, 8, 9, 10]))
        if typed:
            c.add("customer", f"ticket no. {t} - any update? it's been {rng.randrange(2, 14)} days")
            c.add("agent", f"Ticket {t} is escalated, expect a reply within 48 hours.")
        else:
            c.add("agent", f"your ticket number is {spoken_digits(t, rng, zero='zero', pairs=0.2)} and it's been escalated")
            c.add("customer", "okay thanks how long will it take")
            c.add("agent", "usually forty eight to seventy two hours")
        c.note += "ticket number said/typed with 'ticket' and durations"
    elif k == 3:
        fl = pick(rng, ["EI", "BA", "FR", "AA", "UA", "LH"]) + str(rng.randrange(100, 9999))
        if typed:
            c.add("customer", f"my flight {fl} on {rng.randrange(1, 28)}/{rng.randrange(1, 13)} was cancelled, booking ref {pick(rng, ['XKJ4QP', 'T7PLMZ', 'QW3RTY'])}, seat {rng.randrange(1, 40)}C")
            c.add("agent", f"I've rebooked you on the {rng.randrange(6, 11)}:{pick(rng, ['05', '30', '45'])} departure, gate closes 30 min before.")
        else:
            c.add("customer", f"my flight {fl[:2].lower()} {spoken_digits(fl[2:], rng, pairs=1.0)} got cancelled")
            c.add("agent", f"okay i can put you on the {pairword(str(rng.randrange(13, 20)))} {pairword(str(rng.randrange(10, 59)))} tomorrow")
        c.note += "flight number, booking ref, seat, departure time"
    elif k == 4:
        r = dg(rng, 5)
        if typed:
            c.add("customer", f"Meter reading: {r} (day) {dg(rng, 5)} (night) taken {rng.randrange(1, 28)}/{rng.randrange(1, 13)}/2026")
            c.add("agent", f"Thanks, your new monthly direct debit will be £{amt % 300 + 40}.00 from {pick(rng, MONTHS).title()}.")
        else:
            c.add("customer", f"i want to give a meter reading it's {spoken_digits(r, rng, zero='zero', pairs=0.0)}")
            c.add("agent", f"thank you that's gone on and your next bill will be on the {ordinal(rng.randrange(1, 28))} of {pick(rng, MONTHS)}")
        c.note += "meter readings (5 digits) and payment dates"
    elif k == 5:
        if typed:
            c.add("customer", f"broadband is only {rng.randrange(2, 30)}mbps, paying for {pick(rng, ['500', '900', '150'])}Mb. router model {pick(rng, ['TG789vac', 'HH6', 'FRITZ!Box 7530', 'RAX40'])}")
            c.add("agent", f"Thanks, I've booked an engineer for {pick(rng, ['Mon', 'Tue', 'Thu'])} {rng.randrange(1, 28)} {pick(rng, MON3).title()} 8am-1pm.")
        else:
            c.add("customer", f"my speeds are like {pairword(str(rng.randrange(10, 40)))} megs and i'm paying for {DW[rng.randrange(2, 9)]} hundred")
            c.add("agent", "right i can get an engineer out on thursday between eight and one")
        c.note += "speeds, model number, appointment slot"
    elif k == 6:
        cl = dg(rng, rng.choice([8, 9, 10]))
        if typed:
            c.add("customer", f"Claim ref CLM-{cl}: windscreen damage, excess was £{rng.randrange(1, 5)}50")
            c.add("agent", f"Claim {cl} is approved; payout of £{amt}.{pence:02d} within 5-7 working days.")
        else:
            c.add("customer", f"i'm phoning about my claim the claim number is {spoken_digits(cl, rng, zero='oh')}")
            c.add("agent", f"yep that's approved the payout is {DW[rng.randrange(1, 9)]} thousand {DW[rng.randrange(1, 9)]} hundred pounds")
        c.note += "claim number with claim word, payout amounts"
    elif k == 7:
        if typed:
            c.add("customer", f"Invoice INV-{dg(rng, 6)} dated {rng.randrange(1, 28)}.{rng.randrange(1, 13):02d}.2026 for €{amt},{pence:02d} - VAT {pick(rng, ['23', '20', '21', '19'])}%")
            c.add("agent", "I've sent that to our finance team; you'll hear back within 10 business days.")
        else:
            c.add("customer", f"the invoice number is {spoken_digits(dg(rng, 6), rng, zero='zero')} and it's for {pairword(str(rng.randrange(20, 99)))} euro")
            c.add("agent", "and what date was the invoice issued")
            c.add("customer", f"the {ordinal(rng.randrange(1, 28))} of {pick(rng, MONTHS)}")
        c.note += "invoice number, invoice date, VAT percentage"
    elif k == 8:
        room = rng.randrange(100, 999)
        if typed:
            c.add("customer", f"Staying in room {room} from {rng.randrange(1, 20)}th-{rng.randrange(21, 28)}th, AC stuck at {rng.randrange(26, 31)}°C")
            c.add("agent", f"So sorry! Maintenance will be at room {room} by 3:30pm.")
        else:
            c.add("customer", f"hi i'm in room {DW[room // 100]} {pairword(f'{room % 100:02d}') if room % 100 >= 10 else 'oh ' + DW[room % 10]} and the heating's stuck on {pairword(str(rng.randrange(26, 31)))} degrees")
            c.add("agent", "i'll send someone up in about twenty minutes")
        c.note += "room number, temperature, time"
    elif k == 9:
        if typed:
            c.add("customer", f"what's my balance? think it's about ${amt},{dg(rng, 3)}.{pence:02d}")
            c.add("agent", f"Your available balance is ${amt}.{pence:02d}; pending: ${rng.randrange(5, 200)}.{rng.randrange(100):02d}. APR is {rng.randrange(10, 30)}.{rng.randrange(10)}%.")
        else:
            c.add("agent", f"your balance is {DW[rng.randrange(1, 9)]} thousand {DW[rng.randrange(1, 9)]} hundred and {pairword(str(rng.randrange(21, 99)))} dollars and {pairword(str(rng.randrange(11, 99)))} cents")
            c.add("customer", "okay and what's the interest rate on that")
            c.add("agent", f"it's {pairword(str(rng.randrange(12, 29)))} point {DW[rng.randrange(1, 9)]} percent")
        c.note += "account balance and APR"
    elif k == 10:
        y0 = rng.randrange(2019, 2027)
        if typed:
            c.add("customer", f"I've been with you since {y0} and my contract started {rng.randrange(1, 28)}/{rng.randrange(1, 13)}/{y0 + 1}, 24 month term")
            c.add("agent", f"Your contract ends on {rng.randrange(1, 28)} {pick(rng, MONTHS).title()} {y0 + 3}; early exit fee would be £{rng.randrange(50, 300)}.")
        else:
            c.add("customer", f"i've been a customer since {spoken_year(y0, rng)} and the contract started in {pick(rng, MONTHS)}")
            c.add("agent", f"okay your contract ends on the {ordinal(rng.randrange(1, 28))} of {pick(rng, MONTHS)} so there'd be an exit fee of {pairword(str(rng.randrange(20, 99)))} pounds")
        c.note += "customer-since year, contract start/end dates (not DOB)"
    elif k == 11:
        age = rng.randrange(18, 90)
        if typed:
            c.add("customer", f"my mum is {age} and needs the over-{(age // 10) * 10}s policy, she's on {rng.randrange(2, 8)} medications")
            c.add("agent", f"The over-{(age // 10) * 10}s cover starts at £{rng.randrange(9, 60)}.99/month.")
        else:
            c.add("customer", f"my dad's {pairword(str(age)) if age >= 10 else DW[age]} and he's looking at the over {pairword(str((age // 10) * 10))}s cover")
            c.add("agent", f"that starts from {pairword(str(rng.randrange(11, 60)))} ninety nine a month")
        c.note += "ages, counts, monthly prices"
    elif k == 12:
        if typed:
            c.add("customer", f"Prescription bill of ${rng.randrange(10, 400)}.{pence:02d}, statement ref #{dg(rng, 7)}, visit on {rng.randrange(1, 13)}/{rng.randrange(1, 28)}/2026 at {rng.randrange(8, 12)}:{pick(rng, ['00', '15', '45'])}am")
            c.add("agent", "Thanks, the copay is $25 and the rest goes to insurance.")
        else:
            c.add("customer", f"i got a bill for {DW[rng.randrange(2, 9)]} hundred and {pairword(str(rng.randrange(21, 99)))} dollars for a visit on {pick(rng, MONTHS)} {ordinal(rng.randrange(1, 28))}")
            c.add("agent", "okay your copay was twenty five dollars so the remainder goes to the insurer")
        c.note += "medical bill amounts, visit date and time, ref number"
    elif k == 13:
        q = rng.randrange(2, 40)
        if typed:
            c.add("customer", f"I ordered {q} x 500ml bottles (SKU {dg(rng, 6)}) but got {q - 1}, size 10 shoes also missing")
            c.add("agent", f"Sorry! I'll refund £{rng.randrange(2, 15)}.{pence:02d} for the missing item, 3-5 days.")
        else:
            c.add("customer", f"i ordered {pairword(str(q)) if q >= 10 else DW[q]} of them and only got {DW[rng.randrange(1, 9)]}")
            c.add("agent", "okay i'll send out the rest within three to five working days")
        c.note += "quantities, SKU, sizes"
    elif k == 14:
        if typed:
            c.add("customer", f"Can I move my appointment from {rng.randrange(1, 28)}/{rng.randrange(1, 13)} at {rng.randrange(9, 12)}.30 to next week?")
            c.add("agent", f"Sure, I have {pick(rng, ['Tuesday', 'Wednesday', 'Friday'])} {rng.randrange(1, 28)} {pick(rng, MONTHS).title()} at 2:15pm or 4:40pm.")
        else:
            c.add("customer", f"can i move my appointment on the {ordinal(rng.randrange(1, 28))} of {pick(rng, MONTHS)}")
            c.add("agent", f"yes i've got wednesday at {pick(rng, ['two fifteen', 'half ten', 'quarter past four', 'eleven forty five'])}")
        c.note += "appointment dates and times"
    elif k == 15:
        if typed:
            c.add("customer", f"Pls send the form to your office, my ref is {pick(rng, ['PAYE', 'CASE', 'APP'])}/{dg(rng, 6)}, I've been waiting {rng.randrange(3, 16)} weeks 😤")
            c.add("agent", f"Apologies, processing time is currently {rng.randrange(8, 14)} weeks. Your case {dg(rng, 6)} is in the queue at position {rng.randrange(20, 900)}.")
        else:
            c.add("customer", f"i've been waiting like {DW[rng.randrange(3, 10)]} weeks for my application")
            c.add("agent", f"okay the case reference is {spoken_digits(dg(rng, 6), rng, zero='zero')} and it's currently with a caseworker")
        c.note += "case references, waiting times, queue position"
    elif k == 16:
        if typed:
            c.add("customer", f"data usage says {rng.randrange(2, 99)}.{rng.randrange(10)}GB of {pick(rng, ['30', '100', '50'])}GB, {rng.randrange(100, 900)} mins and {rng.randrange(10, 500)} texts used")
            c.add("agent", f"Your allowance resets on the {rng.randrange(1, 28)}th. A 10GB add-on is £5.")
        else:
            c.add("customer", f"it says i've used {pairword(str(rng.randrange(11, 99)))} gig already and it's only the {ordinal(rng.randrange(1, 20))}")
            c.add("agent", "the allowance resets on the first of the month")
        c.note += "data allowance, minutes, reset date"
    elif k == 17:
        if typed:
            c.add("customer", f"Parcel is {rng.randrange(2, 30)}.{rng.randrange(10)}kg, {rng.randrange(20, 120)}x{rng.randrange(20, 80)}x{rng.randrange(10, 60)}cm, cost quoted £{rng.randrange(5, 60)}.{pence:02d} for {rng.randrange(1, 4)}-day")
            c.add("agent", "That's correct for the standard service.")
        else:
            c.add("customer", f"it weighs about {DW[rng.randrange(2, 10)]} kilos and it's like {pairword(str(rng.randrange(20, 90)))} centimetres long")
            c.add("agent", "okay that'll be twelve ninety nine for next day")
        c.note += "weights, dimensions, price"
    elif k == 18:
        v = dg(rng, 17)
        reg = pick(rng, ["KX21 ABC", "LD68 FPU", "221-D-12345", "191-KY-1234"])
        c.add("customer", f"policy renewal for car reg {reg}, mileage {rng.randrange(5, 150)},{dg(rng, 3)}, premium went from £{rng.randrange(300, 600)} to £{rng.randrange(600, 1200)}")
        c.add("agent", f"That's a {rng.randrange(5, 60)}% increase because of the {rng.randrange(1, 4)} claims in the last {rng.randrange(3, 6)} years.")
        c.note += "car registration, mileage, premiums, percentages (policy context)"
    elif k == 19:
        if typed:
            c.add("customer", f"Hi, store #{rng.randrange(100, 999)} charged me twice: 2 x £{amt % 200}.{pence:02d} at {rng.randrange(10, 23)}:{rng.randrange(10, 59)} on the {rng.randrange(1, 28)}th")
            c.add("agent", f"I can see both; the duplicate will drop off in {rng.randrange(3, 10)} working days.")
        else:
            c.add("customer", f"i was charged twice {pairword(str(rng.randrange(20, 99)))} pounds both times at about {DW[rng.randrange(1, 10)]} o'clock")
            c.add("agent", "yep i can see a pending duplicate it'll drop off in three to five days")
        c.note += "duplicate charge amounts, store number, times"
    elif k == 20:
        pin_free = rng.randrange(1, 9)
        if typed:
            c.add("customer", f"the cheapest plan is {rng.randrange(10, 40)}.99/mo for {rng.randrange(12, 36)} months? and the {rng.randrange(2, 6)}-line deal?")
            c.add("agent", f"Yes, and {pin_free + 1} lines are £{rng.randrange(50, 150)}/month, saving {rng.randrange(10, 40)}% 🙂")
        else:
            c.add("customer", f"how much is the {DW[pin_free]} line family plan")
            c.add("agent", f"that's {pairword(str(rng.randrange(40, 99)))} pounds a month for twenty four months")
        c.note += "plan prices, terms, line counts"
    else:
        yr = rng.randrange(1990, 2020)
        if typed:
            c.add("customer", f"the boiler was installed in {yr}, model {pick(rng, ['Combi 30', 'Vaillant 832', 'Ideal Logic 24'])}, pressure is {rng.randrange(0, 3)}.{rng.randrange(10)} bar")
            c.add("agent", f"OK, a Gas Safe engineer can attend on {rng.randrange(1, 28)}/{rng.randrange(1, 13)} between 8 and 12. Call-out is £{rng.randrange(60, 120)}.")
        else:
            c.add("customer", f"the boiler's from about {spoken_year(yr, rng)} and the pressure's at {DW[rng.randrange(0, 3)]} point {DW[rng.randrange(1, 9)]}")
            c.add("agent", "okay an engineer can come out on friday morning")
        c.note += "install year, model number, pressure, appointment"
    return c


POS_BUILDERS = [
    (b_card, 28), (b_cvv_exp_call, 16), (b_ssn, 30), (b_ni, 30), (b_bank, 22), (b_iban, 14),
    (b_phone, 16), (b_email, 14), (b_dob, 14), (b_address, 16), (b_profile, 8), (b_blob, 12), (b_social, 16),
]
N_NEG = 110


def generate():
    rng = random.Random(SEED)
    built = []
    seq = []
    for fn, k in POS_BUILDERS:
        seq += [fn] * k
    rng.shuffle(seq)
    for j, fn in enumerate(seq):
        typed = rng.random() < 0.67
        c = fn(rng, typed)
        built.append(("positive", c))
    for i in range(N_NEG):
        built.append(("negative", n_cases(rng, i)))
    records, meta = [], []
    pi = ni = 0
    for kind, c in built:
        turns, spans = c.render()
        if kind == "positive":
            pi += 1
            cid = f"h123-pos-{pi:03d}"
        else:
            ni += 1
            cid = f"h123-neg-{ni:03d}"
        clean = [{k: v for k, v in s.items() if k != "_g"} for s in spans]
        records.append({"id": cid, "kind": kind, "turns": turns, "spans": clean, "note": c.note})
        meta.append((spans, c.groups))
    return records, meta


def dumps(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def counts(records):
    ct = Counter()
    for r in records:
        for s in r["spans"]:
            ct[s["type"]] += 1
    return ct


def check_records(records, meta) -> list[str]:
    errs = []
    ids = Counter(r["id"] for r in records)
    for k, v in ids.items():
        if v > 1:
            errs.append(f"duplicate id {k}")
    for r, (spans, groups) in zip(records, meta):
        rid = r["id"]
        if r["kind"] == "negative" and r["spans"]:
            errs.append(f"{rid}: negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(f"{rid}: positive without spans")
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                errs.append(f"{rid}: bad speaker")
        by_turn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append(f"{rid}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(r["turns"])):
                errs.append(f"{rid}: turn out of range")
                continue
            text = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                errs.append(f"{rid}: offsets out of range")
                continue
            if not (text[a].isalnum() and text[b - 1].isalnum()):
                errs.append(f"{rid}: span edge not alnum {text[a:b]!r}")
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                errs.append(f"{rid}: span not on word boundary {text[a:b]!r}")
            by_turn.setdefault(s["turn"], []).append((a, b))
        for tl in by_turn.values():
            tl.sort()
            for (a1, b1), (a2, b2) in zip(tl, tl[1:]):
                if a2 < b1:
                    errs.append(f"{rid}: overlapping spans")
        # group validation
        texts_by_g = {}
        for s in spans:
            texts_by_g.setdefault(s["_g"], []).append(r["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for gid, (typ, canon) in groups.items():
            if gid not in texts_by_g:
                errs.append(f"{rid}: group {gid} has no spans")
                continue
            e = validate(typ, texts_by_g[gid], canon)
            if e:
                errs.append(f"{rid}: {typ}: {e} :: {texts_by_g[gid]}")
    pos = sum(r["kind"] == "positive" for r in records)
    neg = sum(r["kind"] == "negative" for r in records)
    ct = counts(records)
    if pos < 170:
        errs.append(f"only {pos} positives")
    if neg < 100:
        errs.append(f"only {neg} negatives")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if ct[t] < need:
            errs.append(f"type {t} has {ct[t]} spans < {need}")
    return errs


def readme(records) -> str:
    ct = counts(records)
    pos = sum(r["kind"] == "positive" for r in records)
    neg = sum(r["kind"] == "negative" for r in records)
    typed = sum(not r["note"].startswith("call/") for r in records)
    rows = "\n".join(f"| {t} | {ct[t]} |" for t in TYPES)
    return f"""# pii_holdout123 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
its authors have not seen. Do not add its cases to training data, rules, regression
tests or prompts, and do not iterate on the redactor against it.

## Who wrote it and how

Written by an AI helper acting as an *independent author*: it did not see the
redaction code (`src/convo/redact/`), its tests, its docs, the benchmark script or
any other PII fixture — only a 3-line example of the JSONL format. Cases are
produced by `scripts/make_pii_holdout123.py` from template functions; every turn is
assembled from plain-text segments and labelled value segments, so offsets are
computed, never typed. All values come from one `random.Random({SEED})`; the output
is byte-for-byte reproducible.

`python scripts/make_pii_holdout123.py --check` regenerates the cases, verifies the
file is identical, ids are unique, offsets are in range and on word boundaries,
spans do not overlap, and validates every labelled value after normalising spoken
forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort
codes, digit counts for CVV/phone/account, UK postcode / US ZIP shapes, and that the
normalised reading equals the value it was generated from).

Emphasis: about two thirds typed channels (web chat, SMS, e-mail bodies, social/app
DMs) with messy typing — values split over several messages, typos around values,
odd separators (`-`, `.`, `/`, double spaces, non-breaking spaces, en dashes),
mixed case, emojis, copy-paste artefacts (`mailto:`, quotes, `<...>`, e-mail blocks).
The rest are phone calls as an ASR transcript would render them (lower case,
numbers as words, "oh"/"o"/"nought"/"zero", "double"/"triple", pairs such as
"forty one", homophones "for"/"to"/"ate"/"won", letters as "b for bravo" /
"s for sugar", e-mails as "dot"/"at", split readings with back-channels, agent
read-backs, fillers inside readings, self-corrections).

## Annotation conventions

* A span covers the value only, from its first to its last character/word; lead-in
  words ("my card is", "sort code", "exp", "dob") are outside.
* A value split across several turns/messages gets one span per turn; back-channel
  turns ("mhm", "go on") are unlabelled.
* Fillers inside a reading ("um", "uh") and spelling aids ("b for bravo",
  "s as in sierra", "double", "plus") are inside the span.
* Separators inside a typed value (spaces, dashes, dots, slashes) are inside the span;
  surrounding punctuation, quotes and brackets are outside.
* Agent read-backs of a value are labelled like the customer's reading.
* In a self-correction the aborted fragment is not labelled; only the full corrected
  value is.
* EXPIRY covers month and year ("09/27", "september twenty seven"); DOB covers the
  whole birth date (day, month, year).
* ADDRESS covers flat/apartment number (when given first), house number, street name
  and street type; town/city/state and postcode are outside it. POSTCODE covers UK
  postcodes (with or without the space) and US ZIP / ZIP+4.
* PHONE includes the international prefix digits ("+44" -> span starts at "44",
  "plus three five three" is inside); a leading "+" or "(" and a trailing ")" are
  outside the span because spans start and end on a letter/digit.
* Non-PII numbers in positive cases (amounts, references, times, wait durations,
  tax codes, BICs) are left unlabelled.
* Negative cases contain no PII at all, only lookalikes: money amounts, balances,
  prices, times, durations, quantities, years, percentages, non-birth dates
  (appointments, payments, contract dates), order/ticket/claim/invoice/case references
  said with their reference word, flight numbers, booking refs, room numbers, model
  numbers, meter readings, speeds, ages, temperatures, car registrations and mileage.

## Counts

* cases: {len(records)} ({pos} positive, {neg} negative); typed-channel cases: {typed}

| type | spans |
|---|---|
{rows}
"""


def main(argv):
    records, meta = generate()
    data = dumps(records)
    errs = check_records(records, meta)
    rd = readme(records)
    if "--check" in argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            errs.append("cases.jsonl differs from regenerated output (run without --check)")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
        # second generation must be identical (determinism)
        r2, _ = generate()
        if dumps(r2) != data:
            errs.append("generation not deterministic")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    ct = counts(records)
    pos = sum(r["kind"] == "positive" for r in records)
    neg = sum(r["kind"] == "negative" for r in records)
    print(f"cases={len(records)} positives={pos} negatives={neg}")
    for t in TYPES:
        print(f"  {t:13s} {ct[t]}")
    for e in errs[:60]:
        print("ERROR:", e)
    if errs:
        print(f"{len(errs)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

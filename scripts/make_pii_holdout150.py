#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout150``.

Written by an AI helper acting as an independent author: the redaction code,
its tests and other fixtures were NOT consulted.  Standard library only.

    python scripts/make_pii_holdout150.py          # write fixture + README
    python scripts/make_pii_holdout150.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 150241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout150"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h150"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray",
        "y": "yankee", "z": "zulu"}
NAMEWORDS = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward", "h": "harry",
             "j": "john", "k": "kate", "l": "london", "m": "mother", "n": "nancy", "p": "peter",
             "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "y": "yellow", "z": "zebra",
             "g": "george", "x": "xmas"}


def ordinal(n: int) -> str:
    if n in ORD:
        return ORD[n]
    t, u = divmod(n, 10)
    return TENS[t] + " " + ORD[u]


def yy_words(y: int) -> str:
    """two-digit year 10..99 as spoken (twenty seven, thirty)."""
    return TENS[y // 10] if y % 10 == 0 and y >= 20 else pair_words(f"{y:02d}")


def pair_words(p: str) -> str:
    """two-digit string, never starting with 0 and never x0 for x>=2 (parser-safe)."""
    a, b = int(p[0]), int(p[1])
    if a == 1:
        return TEENS[b]
    return TENS[a] + " " + UNITS[b]


class Speaker:
    """Renders digit strings the way a caller + ASR would."""

    def __init__(self, rng: random.Random, zero: str = "oh"):
        self.rng = rng
        self.zero = zero

    def d(self, ch: str) -> str:
        if ch == "0":
            return self.zero
        return UNITS[int(ch)]

    def digits(self, s: str, mode: str = "single") -> str:
        rng, out, i = self.rng, [], 0
        while i < len(s):
            if mode in ("double", "mixed") and i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2] \
                    and rng.random() < 0.8:
                out.append("triple " + self.d(s[i]))
                i += 3
                continue
            if mode in ("double", "mixed") and i + 1 < len(s) and s[i] == s[i + 1]:
                out.append("double " + self.d(s[i]))
                i += 2
                continue
            if mode in ("pairs", "mixed") and i + 1 < len(s) and s[i] != "0" \
                    and not (s[i] != "1" and s[i + 1] == "0") \
                    and rng.random() < (0.9 if mode == "pairs" else 0.4):
                out.append(pair_words(s[i:i + 2]))
                i += 2
                continue
            out.append(self.d(s[i]))
            i += 1
        return " ".join(out)

    def letter(self, ch: str, style: str = "plain") -> str:
        ch = ch.lower()
        if ch == "o" or style == "nato":
            return f"{ch} for {NATO[ch]}"
        if style == "name" and ch in NAMEWORDS:
            return f"{ch} for {NAMEWORDS[ch]}"
        return ch

    def alnum(self, s: str, mode: str = "single", lstyle: str = "plain") -> str:
        parts, buf = [], ""
        for ch in s:
            if ch.isdigit():
                buf += ch
            else:
                if buf:
                    parts.append(self.digits(buf, mode))
                    buf = ""
                st = lstyle if lstyle != "mix" else self.rng.choice(["plain", "nato", "plain"])
                parts.append(self.letter(ch, st))
        if buf:
            parts.append(self.digits(buf, mode))
        return " ".join(parts)

    def year(self, y: int) -> str:
        if 2000 <= y < 2010:
            return "two thousand" + ("" if y == 2000 else " and " + UNITS[y - 2000])
        c, yy = divmod(y, 100)
        head = pair_words(str(c)) if c != 20 else "twenty"
        if yy == 0:
            tail = "hundred"
        elif yy < 10:
            tail = self.zero + " " + UNITS[yy] if self.zero != "zero" else "oh " + UNITS[yy]
        elif yy < 20 or yy % 10:
            tail = pair_words(f"{yy:02d}")
        else:
            tail = TENS[yy // 10]
        return head + " " + tail


# --------------------------------------------------------------------------- values
def luhn_ok(num: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(rng: random.Random, brand: str | None = None) -> str:
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if brand == "visa":
        body, n = "4" + "".join(rng.choice("0123456789") for _ in range(2)), 16
    elif brand == "visa13":
        body, n = "4", 13
    elif brand == "mc":
        body, n = "5" + rng.choice("12345"), 16
    elif brand == "amex":
        body, n = "3" + rng.choice("47"), 15
    elif brand == "maestro":
        body, n = "6759", 19 if rng.random() < 0.5 else 18
    else:
        body, n = "6011", 16
    while len(body) < n - 1:
        body += rng.choice("0123456789")
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_groups(num: str) -> list[str]:
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def make_ssn(rng: random.Random) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(rng: random.Random) -> str:
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    try:
        return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
    except ValueError:
        return False


def make_iban(rng: random.Random, country: str | None = None) -> str:
    country = country or rng.choice(["GB", "IE", "DE", "NL", "FR", "ES"])
    dig = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dig(14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + dig(14)
    elif country == "DE":
        bban = dig(18)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + dig(10)
    elif country == "FR":
        bban = dig(23)
    else:
        bban = dig(20)
    return country + iban_check(country, bban) + bban


def iban_typed(iban: str, style: int) -> str:
    if style == 0:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if style == 1:
        return iban
    return iban.lower()


UK_OUT = ["SW1A", "M14", "B33", "LS6", "EH3", "CF10", "BS8", "NE1", "G12", "L17", "CB2", "OX4",
          "BT9", "KT2", "N19", "E14", "SE15", "W5", "RG1", "DN35", "PL4", "NG7", "S10", "YO31",
          "TR18", "AB10", "LE2", "HU5", "SA1", "CV4", "EC1V", "WC2H"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_pc(rng: random.Random) -> str:
    return rng.choice(UK_OUT) + " " + str(rng.randint(1, 9)) + rng.choice(INWARD_L) + rng.choice(INWARD_L)


def make_zip(rng: random.Random) -> str:
    z = f"{rng.randint(1001, 99950):05d}"
    if rng.random() < 0.2:
        z += f"-{rng.randint(1, 9999):04d}"
    return z


STREETS = ["maple", "station", "church", "victoria", "mill", "park", "orchard", "highfield",
           "windsor", "elm", "chestnut", "brook", "kings", "queens", "oakwood", "meadow", "willow",
           "abbey", "grange", "hawthorn", "lincoln", "washington", "cedar", "sycamore", "pine",
           "riverside", "hillcrest", "jefferson", "cromwell", "balmoral"]
SUFFIX_UK = ["road", "street", "lane", "avenue", "close", "drive", "crescent", "way", "grove",
             "terrace", "gardens", "place"]
SUFFIX_US = ["street", "avenue", "drive", "boulevard", "lane", "court", "road", "way", "place"]
ADDR_SUFFIXES = set(SUFFIX_UK + SUFFIX_US + ["st", "rd", "ave", "dr", "blvd", "ln", "ct"])

FIRST = ["sarah", "james", "priya", "tom", "aisling", "mark", "chloe", "daniel", "fatima",
         "gareth", "megan", "liam", "hannah", "raj", "emily", "kevin", "niamh", "paul", "lucy",
         "marcus", "jenny", "sean", "ruth", "kate"]
LAST = ["hughes", "patel", "murphy", "walsh", "kelly", "evans", "smith", "brennan", "khan",
        "taylor", "reilly", "davies", "fischer", "garcia", "nguyen", "jackson", "price", "byrne",
        "morgan", "shaw", "kaur", "lewis", "hart", "wade"]
DOMAINS = [("gmail", "com"), ("yahoo", "co.uk"), ("hotmail", "com"), ("outlook", "com"),
           ("btinternet", "com"), ("icloud", "com"), ("eircom", "net"), ("aol", "com"),
           ("web", "de"), ("protonmail", "com")]


def make_email(rng: random.Random) -> tuple[str, list[str]]:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom, tld = rng.choice(DOMAINS)
    k = rng.randint(0, 4)
    num = str(rng.randint(2, 99)) if k in (2, 3) else ""
    local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{num}", f"{f}_{l}{num}", f"{f[0]}.{l}"][k]
    return f"{local}@{dom}.{tld}", [f, l, local, dom, tld]


def spoken_email(sp: Speaker, email: str) -> str:
    local, host = email.split("@")
    out = []
    for part in re.split(r"([._])", local):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part.isdigit():
            out.append(sp.digits(part, "pairs"))
        elif part:
            m = re.match(r"([a-z]+)(\d*)$", part)
            word, n = m.group(1), m.group(2)
            if len(word) == 1:
                out.append(sp.letter(word, "plain"))
            elif "o" not in word and sp.rng.random() < 0.3:
                out.append(" ".join(word))
            else:
                out.append(word)
            if n:
                out.append(sp.digits(n, "pairs"))
    out.append("at")
    out.append(" dot ".join(host.split(".")))
    return " ".join(out)


def make_phone(rng: random.Random, region: str) -> tuple[str, str]:
    """returns (digit string incl. leading + if international, typed form)."""
    r = rng.randint
    if region == "uk":
        kind = rng.randint(0, 3)
        if kind == 0:
            d = "07" + str(r(4, 9)) + "".join(str(r(0, 9)) for _ in range(8))
            return d, f"{d[:5]} {d[5:]}"
        if kind == 1:
            d = "07" + str(r(4, 9)) + "".join(str(r(0, 9)) for _ in range(8))
            return "+44" + d[1:], f"+44 {d[1:5]} {d[5:]}"
        if kind == 2:
            d = "0161" + "".join(str(r(0, 9)) for _ in range(7))
            return d, f"{d[:4]} {d[4:7]} {d[7:]}"
        d = "020" + str(r(3, 8)) + "".join(str(r(0, 9)) for _ in range(7))
        return d, f"{d[:3]} {d[3:7]} {d[7:]}"
    if region == "us":
        a = f"{r(2, 9)}{r(0, 8)}{r(0, 9)}"
        b = f"{r(2, 9)}{r(0, 9)}{r(0, 9)}"
        c = f"{r(0, 9999):04d}"
        fmt = rng.randint(0, 3)
        typed = [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}"][fmt]
        return ("+1" if fmt == 3 else "") + a + b + c, typed
    # ireland
    d = "08" + str(rng.choice([3, 5, 6, 7, 9])) + "".join(str(r(0, 9)) for _ in range(7))
    if rng.random() < 0.5:
        return d, f"{d[:3]} {d[3:6]} {d[6:]}"
    return "+353" + d[1:], f"+353 {d[1:3]} {d[3:6]} {d[6:]}"


def make_dob(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1938, 2004)


def dob_typed(rng: random.Random, d: int, m: int, y: int, us: bool = False) -> str:
    k = rng.randint(0, 5)
    if k == 0:
        return f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}"
    if k == 1:
        return f"{m}/{d}/{y}" if us else f"{d}/{m}/{y}"
    if k == 2:
        return f"{MONTHS[m - 1].capitalize()} {d}, {y}"
    if k == 3:
        return f"{d} {MON3[m - 1].capitalize()} {y}"
    if k == 4:
        return f"{y}-{m:02d}-{d:02d}"
    return f"{d:02d}.{m:02d}.{y}" if not us else f"{m:02d}-{d:02d}-{y}"


def dob_spoken(sp: Speaker, d: int, m: int, y: int, us: bool = False) -> str:
    k = sp.rng.randint(0, 3)
    if k == 0:
        return f"{ordinal(d)} of {MONTHS[m - 1]} {sp.year(y)}"
    if k == 1 or us:
        return f"{MONTHS[m - 1]} {ordinal(d)} {sp.year(y)}"
    if k == 2:
        return f"{ordinal(d)} {MONTHS[m - 1]} {sp.year(y)}"
    return f"{MONTHS[m - 1]} the {ordinal(d)} {sp.year(y)}"


# --------------------------------------------------------------------------- normaliser
FILLERS = {"um", "uh", "er", "erm", "ah", "dash", "hyphen", "space", "slash", "and", "the", "of"}
UNIT_W = {w: str(i) for i, w in enumerate(UNITS)}
UNIT_W.update({"oh": "0", "o": "0", "nought": "0", "zero": "0", "for": "4", "to": "2",
               "too": "2", "ate": "8", "won": "1"})
TEEN_W = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_W = {w: str(i) for i, w in enumerate(TENS) if w}


def spoken_to_str(text: str, keep_plus: bool = False) -> str:
    toks = [t for t in re.split(r"[\s,;]+", text.lower().strip()) if t]
    toks = [t.strip("?!:") for t in toks]
    out, i, n = [], 0, len(toks)
    while i < n:
        t = toks[i]
        if len(t) == 1 and t.isalpha() and i + 2 < n and toks[i + 1] == "for" \
                and toks[i + 2][:1] == t:
            out.append(t)
            i += 3
            continue
        if t in FILLERS:
            i += 1
            continue
        if t in ("double", "triple") and i + 1 < n:
            k = 2 if t == "double" else 3
            nx = toks[i + 1]
            if nx in UNIT_W:
                out.append(UNIT_W[nx] * k)
            else:
                out.append(nx * k)
            i += 2
            continue
        if t in TENS_W:
            if i + 1 < n and toks[i + 1] in UNIT_W and UNIT_W[toks[i + 1]] != "0" \
                    and toks[i + 1] not in ("for", "to", "too", "ate", "won"):
                out.append(TENS_W[t] + UNIT_W[toks[i + 1]])
                i += 2
            else:
                out.append(TENS_W[t] + "0")
                i += 1
            continue
        if t in TEEN_W:
            out.append(TEEN_W[t])
            i += 1
            continue
        if t in UNIT_W:
            if i + 1 < n and toks[i + 1] == "hundred":
                out.append(UNIT_W[t] + "00")
                i += 2
            else:
                out.append(UNIT_W[t])
                i += 1
            continue
        if t == "plus":
            out.append("+" if keep_plus else "")
            i += 1
            continue
        out.append(t)
        i += 1
    s = "".join(out)
    return re.sub(r"[^0-9a-z+]" if keep_plus else r"[^0-9a-z]", "", s)


def norm_email(text: str) -> str:
    toks = [t for t in re.split(r"\s+", text.lower().strip()) if t]
    if len(toks) == 1:
        return toks[0]
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in UNIT_W or t in TEEN_W or t in TENS_W:
            j = i
            while j < len(toks) and (toks[j] in UNIT_W or toks[j] in TEEN_W or toks[j] in TENS_W):
                j += 1
            out.append(spoken_to_str(" ".join(toks[i:j])))
            i = j
            continue
        elif len(t) == 1 and i + 2 < len(toks) and toks[i + 1] == "for":
            out.append(t)
            i += 3
            continue
        else:
            out.append(t)
        i += 1
    return "".join(out)


def parse_date(text: str):
    t = text.lower().replace(",", " ")
    m = re.fullmatch(r"\s*(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})\s*", t)
    if m:
        return [int(x) for x in m.groups()]
    toks = [x for x in re.split(r"\s+", t.strip()) if x]
    month = None
    rest = []
    for x in toks:
        if x in MONTHS:
            month = MONTHS.index(x) + 1
        elif x[:3] in MON3 and len(x) <= 4 and x.isalpha():
            month = MON3.index(x[:3]) + 1
        else:
            rest.append(x)
    if month is None:
        return None
    day = None
    ords = {v: k for k, v in ORD.items()}
    keep = []
    i = 0
    while i < len(rest):
        x = rest[i]
        if x in ords:
            day = ords[x]
        elif x in TENS_W and i + 1 < len(rest) and rest[i + 1] in ords and day is None:
            day = int(TENS_W[x]) * 10 + ords[rest[i + 1]]
            i += 1
        elif re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", x) and day is None:
            day = int(re.match(r"\d+", x).group())
        else:
            keep.append(x)
        i += 1
    if "thousand" in keep:
        k = keep.index("thousand")
        tail = spoken_to_str(" ".join(keep[k + 1:])) or "0"
        year = str(int(spoken_to_str(" ".join(keep[:k])) or "0") * 1000 + int(tail))
    else:
        year = spoken_to_str(" ".join(keep))
    return [day, month, year]


# --------------------------------------------------------------------------- validation
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def validate(typ: str, text: str) -> str | None:
    """returns an error string or None."""
    if typ == "EMAIL":
        e = norm_email(text)
        return None if re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e) else f"email {e}"
    if typ == "DOB":
        p = parse_date(text)
        if not p:
            return "dob unparsable"
        if isinstance(p[2], str):
            d, mth, y = p
            if d is None or not (1 <= d <= 31) or not re.fullmatch(r"(19|20)\d\d", y):
                return f"dob {p}"
            return None
        a, b, c = p
        if a > 1900:
            a, c = c, a
        ok = (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
        return None if ok and 1900 < c < 2010 else f"dob {p}"
    if typ == "EXPIRY":
        low = text.lower()
        if any(mn in low.split() or mn[:3] in low.split() for mn in MONTHS):
            y = spoken_to_str(" ".join(w for w in low.split() if w not in MONTHS and w[:3] not in MON3))
            return None if len(y) in (2, 4) else f"expiry {y}"
        s = spoken_to_str(text)
        if not s.isdigit():
            return f"expiry {s}"
        if len(s) == 3:
            mm = int(s[0])
        elif len(s) in (4, 6):
            mm = int(s[:2])
        else:
            return f"expiry {s}"
        return None if 1 <= mm <= 12 else f"expiry {s}"
    if typ == "ADDRESS":
        low = text.lower().replace(",", " ")
        words = low.split()
        num = spoken_to_str(" ".join(w for w in words if w in UNIT_W or w in TEEN_W or w in TENS_W
                                     or w.isdigit() or w.strip("abcd").isdigit()))
        if not any(c.isdigit() for c in num):
            return "address no number"
        return None if any(w.strip(".") in ADDR_SUFFIXES for w in words) else "address no suffix"
    s = spoken_to_str(text, keep_plus=(typ == "PHONE"))
    S = s.upper()
    if typ == "CARD_NUMBER":
        return None if s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s) else f"card {s}"
    if typ == "CVV":
        return None if s.isdigit() and len(s) in (3, 4) else f"cvv {s}"
    if typ == "SSN":
        return None if s.isdigit() and len(s) == 9 else f"ssn {s}"
    if typ == "NI_NUMBER":
        return None if re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", S) else f"ni {S}"
    if typ == "BANK_ACCOUNT":
        return None if s.isdigit() and 6 <= len(s) <= 17 else f"acct {s}"
    if typ == "SORT_CODE":
        return None if s.isdigit() and len(s) == 6 else f"sort {s}"
    if typ == "IBAN":
        return None if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", S) and iban_ok(S) else f"iban {S}"
    if typ == "PHONE":
        dg = s.lstrip("+")
        return None if dg.isdigit() and 10 <= len(dg) <= 13 else f"phone {s}"
    if typ == "POSTCODE":
        return None if UK_PC.match(S) or re.fullmatch(r"\d{5}(\d{4})?", S) else f"postcode {S}"
    return f"unknown type {typ}"


# --------------------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind: str, note: str):
        self.kind, self.note = kind, note
        self.turns: list[dict] = []
        self.spans: list[dict] = []
        self.groups: list[tuple[int, str]] = []  # parallel to spans: (group id, type)

    def t(self, speaker: str, *segs) -> "Case":
        text = ""
        idx = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
                continue
            val, typ = seg[0], seg[1]
            grp = seg[2] if len(seg) > 2 else None
            if self.kind == "negative":
                raise AssertionError("span in negative case")
            start = len(text)
            text += val
            self.spans.append({"turn": idx, "start": start, "end": len(text), "type": typ})
            self.groups.append((grp, typ))
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


_gid = [0]


def gid() -> int:
    _gid[0] += 1
    return _gid[0]


INDUSTRY = {
    "banking": ("northgate bank", "account"), "telecom": ("brightwave mobile", "bill"),
    "utilities": ("evergreen energy", "gas and electric bill"), "retail": ("harlow and finch", "order"),
    "insurance": ("shieldline insurance", "policy"), "travel": ("skyroute travel", "booking"),
    "healthcare": ("st lukes billing office", "bill"), "government": ("the benefits helpline", "claim"),
}


def bb(rng):
    return rng.choice(["mhm", "okay", "yep", "okay go on", "uh huh", "yes", "got that", "right"])


CUR = ["pounds"]


def money(rng, spoken: bool) -> str:
    p, c = rng.randint(12, 480), rng.choice([0, 50, 99, 25, 17, 45])
    if not spoken:
        return {"pounds": "£", "dollars": "$", "euro": "€"}[CUR[0]] + f"{p}.{c:02d}"
    return f"{spoken_num(p)} {CUR[0]}" + (f" {spoken_num(c)}" if c else "")


def spoken_num(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    h, r = divmod(n, 100)
    return UNITS[h] + " hundred" + ("" if r == 0 else " and " + spoken_num(r))


def ref_spoken(sp: Speaker, n: int) -> str:
    return sp.digits("".join(str(sp.rng.randint(1, 9)) for _ in range(n)), "single")


def ref_typed(rng, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def day_spoken(rng) -> str:
    return f"the {ordinal(rng.randint(1, 28))} of {rng.choice(MONTHS)}"


def time_spoken(rng) -> str:
    return rng.choice(["half past two", "ten fifteen", "nine a m", "four thirty", "quarter to six",
                       "eleven o'clock", "three forty five", "eight in the morning"])


# --------------------------------------------------------------------------- positive templates
def p_call_card(rng, ind):
    comp, thing = INDUSTRY[ind]
    sp = Speaker(rng, rng.choice(["oh", "zero", "o"]))
    card = make_card(rng)
    groups = card_groups(card)
    g = gid()
    split = rng.random() < 0.45
    cs = Case("positive", f"call/{ind}: card split over turns with back-channels, expiry and cvv spoken, amounts and reference around")
    amt = money(rng, True)
    cs.a(f"thank you for calling {comp} my name's {rng.choice(FIRST)} how can i help")
    cs.c(f"hi yeah i got a letter saying my {thing} is overdue it says {amt} and i want to just pay it today")
    cs.a(f"no problem i can see the balance of {amt} that was due on {day_spoken(rng)}")
    cs.c("yeah sorry i was away for about three weeks")
    cs.a("that's fine do you want to pay by debit or credit card")
    cs.c("debit please")
    cs.a("okay when you're ready can i take the long card number")
    mode = rng.choice(["single", "double", "mixed", "pairs"])
    if split:
        for k, grp in enumerate(groups):
            fill = rng.choice(["", "um ", "", "right "]) if k == 0 else ""
            cs.c(fill, (sp.digits(grp, mode), "CARD_NUMBER", g))
            if k < len(groups) - 1:
                cs.a(bb(rng))
    else:
        words = " ".join(sp.digits(x, mode) for x in groups)
        if rng.random() < 0.7:
            # ASR homophones: four -> for, two -> to, eight -> ate
            ws = words.split(" ")
            for j, w in enumerate(ws):
                if w in HOMO and (j == 0 or (len(ws[j - 1]) > 1 and ws[j - 1] not in TENS_W)) and rng.random() < 0.6:
                    ws[j] = HOMO[w]
            if ws != words.split(" "):
                cs.note += "; ASR homophones (for/to/ate) inside the card number"
            words = " ".join(ws)
        cs.c("yeah it's ", (words, "CARD_NUMBER"), " that's the one on the front")
    cs.a("lovely and the expiry date")
    exp_m, exp_y = rng.randint(1, 12), rng.randint(27, 31)
    ex = rng.choice([f"{sp.digits(f'{exp_m:02d}')} {yy_words(exp_y)}",
                     f"{MONTHS[exp_m - 1]} {yy_words(exp_y)}",
                     f"{sp.digits(f'{exp_m:02d}')} {sp.digits(str(exp_y))}"])
    cs.c(rng.choice(["it's ", "expires ", "um "]), (ex, "EXPIRY"))
    cs.a("and the security code on the back" if len(card) == 15 else "and the three digit security code on the back")
    cvv = f"{rng.randint(0, 999):03d}" if len(card) != 15 else f"{rng.randint(0, 9999):04d}"
    cs.c((sp.digits(cvv, rng.choice(["single", "mixed"])), "CVV"))
    ref = ref_spoken(sp, rng.randint(6, 9))
    cs.a(f"thank you that's gone through your payment reference is {ref} and the balance is now zero")
    cs.c("brilliant how long till it shows")
    cs.a(f"usually two to three working days")
    cs.c("great thanks for your help")
    return cs


HOMO = {"four": "for", "two": "to", "eight": "ate"}


def p_call_bank_oneturn(rng, ind):
    sp = Speaker(rng, rng.choice(["oh", "zero", "nought"]))
    sc = "".join(str(rng.randint(0, 9)) for _ in range(6))
    acct = "".join(str(rng.randint(0, 9)) for _ in range(8))
    d, m, y = make_dob(rng)
    cs = Case("positive", f"call/{ind}: sort code and account number both in one customer turn with chit-chat between, DOB first; refund amount, years and reference around")
    cs.a("hello you're through to the refunds team how can i help")
    cs.c(f"hi i closed my account last month and there was {money(rng, True)} left in it that i never got back")
    cs.a("okay let me find you can i have your date of birth")
    cs.c((dob_spoken(sp, d, m, y), "DOB"), rng.choice(["", " i'm getting old", " yeah"]))
    cs.a(f"thank you yes i can see the closing balance of {money(rng, True)} where shall we send it")
    cs.c("to my new bank it's sort code ", (sp.digits(sc, rng.choice(["pairs", "single", "mixed"])), "SORT_CODE"),
         " and the account number is um ", (sp.digits(acct, rng.choice(["single", "mixed", "double"])), "BANK_ACCOUNT"),
         f" i've only had it {spoken_num(rng.randint(2, 11))} weeks")
    cs.a("perfect and is that account in your name only")
    cs.c("yes just me")
    cs.a(f"lovely that's been requested reference {ref_spoken(sp, 8)} it'll take up to {spoken_num(rng.choice([3, 5, 10]))} working days")
    cs.c("great thanks")
    return cs


def p_chat_uk_verify(rng, ind):
    d, m, y = make_dob(rng)
    ni = make_ni(rng)
    _, typed = make_phone(rng, "uk")
    dob = rng.choice([f"{d}{ {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}.get(d, 'th') } {MONTHS[m - 1]} {y}",
                      f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{MON3[m - 1].capitalize()} {d} {y}"])
    ni_t = rng.choice([f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", ni.lower(), f"{ni[:2]} {ni[2:8]} {ni[8]}"])
    cs = Case("positive", f"chat/{ind}: UK web-chat verification - DOB typed, NI number and phone typed in separate messages with typos; appointment and payment dates nearby (unlabelled)")
    cs.a("Hi, you're chatting with Priya. Before I can discuss your claim I need to verify you.")
    cs.c("ok wat do u need")
    cs.a("Your date of birth, National Insurance number and the phone number on your account please.")
    cs.c("dob ", (dob, "DOB"))
    cs.c("ni is ", (ni_t, "NI_NUMBER"), rng.choice(["", " i think", " (from my payslip)"]))
    cs.c("phone ", (typed, "PHONE"))
    cs.a(f"Thank you, verified. Your next payment of £{rng.randint(80, 900)}.{rng.randint(10, 99)} is due on {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026.")
    cs.c(f"can i change my appointment on the {rng.randint(2, 28)}th? i start work at 9")
    cs.a(f"Yes, I've moved it to {rng.choice(['Monday', 'Wednesday'])} at {rng.randint(1, 4)}:{rng.choice(['00', '15', '30'])}pm.")
    cs.c("thanks!")
    return cs


def p_chat_card(rng, ind):
    comp, thing = INDUSTRY[ind]
    card = make_card(rng)
    grp = card_groups(card)
    style = rng.randint(0, 4)
    typed = [" ".join(grp), "-".join(grp), card, " ".join(grp[:2]) + " " + "".join(grp[2:]),
             "  ".join(grp)][style]
    cs = Case("positive", f"chat/{ind}: card typed (style {style}) with exp and cvc inline plus order number and price")
    order = ref_typed(rng, rng.randint(7, 10))
    price = money(rng, False)
    m, y = rng.randint(1, 12), rng.randint(27, 31)
    exp = rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{MON3[m - 1].capitalize()} 20{y}"])
    cvv = f"{rng.randint(0, 999):03d}" if len(card) != 15 else f"{rng.randint(0, 9999):04d}"
    cs.c(f"Hi there, my payment for order #{order} failed twice and I dont know why")
    cs.a(f"Sorry about that! I can see order {order} for {price} is on hold. Would you like to retry the payment here?")
    cs.c("yes pls, is this chat secure?")
    cs.a("Yes, this chat is encrypted. Please send the card number, expiry and security code.")
    if rng.random() < 0.5:
        cs.c("card ", (typed, "CARD_NUMBER"), " exp ", (exp, "EXPIRY"), rng.choice([" cvv ", " cvc ", " sec code "]), (cvv, "CVV"))
    else:
        cs.c((typed, "CARD_NUMBER"))
        cs.c("expires ", (exp, "EXPIRY"))
        cs.c("and the code on the back is ", (cvv, "CVV"))
    cs.a(f"Thanks, processing now... that has gone through. Your order should ship within 2 working days.")
    cs.c(f"great, will it still arrive before the {rng.randint(3, 28)}th?")
    cs.a("It should, yes. Anything else I can help with?")
    cs.c("no thats all, thanks")
    return cs


def p_call_uk_id(rng, ind):
    comp, thing = INDUSTRY[ind]
    sp = Speaker(rng, rng.choice(["oh", "nought", "zero"]))
    ni = make_ni(rng)
    d, m, y = make_dob(rng)
    pc = make_uk_pc(rng).replace(" ", "")
    lst = rng.choice(["plain", "nato", "name", "mix"])
    cs = Case("positive", f"call/{ind}: UK id check - DOB, postcode and NI number spoken ({lst} letters), appointment time nearby")
    cs.a(f"good morning you're through to {comp} can i take your full name please")
    cs.c(f"yeah it's {rng.choice(FIRST)} {rng.choice(LAST)}")
    cs.a("and your date of birth")
    cs.c(rng.choice(["it's ", "", "um "]), (dob_spoken(sp, d, m, y), "DOB"))
    cs.a("thank you and the postcode at the address we hold")
    cs.c((sp.alnum(pc, rng.choice(["single", "pairs"]), lst), "POSTCODE"))
    cs.a(f"lovely i can see your {thing} here what's the reason for the call today")
    cs.c(f"i've had a letter asking me to come in on {day_spoken(rng)} at {time_spoken(rng)} but i'm working that day")
    cs.a("okay i can move that for you but first i need your national insurance number")
    ni_sp = sp.alnum(ni, rng.choice(["single", "pairs", "double"]), lst)
    if rng.random() < 0.5:
        g = gid()
        cut = ni_sp.split(" ")
        # split after the letters: find the index of first digit word
        k = 0
        letters = 0
        while letters < 2:
            if cut[k] == "for":
                k += 2
            else:
                if len(cut[k]) == 1:
                    letters += 1
                k += 1
            if k < len(cut) and cut[k] == "for":
                k += 2
        cs.c((" ".join(cut[:k]), "NI_NUMBER", g))
        cs.a(bb(rng))
        cs.c((" ".join(cut[k:]), "NI_NUMBER", g))
    else:
        cs.c("yeah it's ", (ni_sp, "NI_NUMBER"))
    cs.a(f"thanks i've moved it to {day_spoken(rng)} at {time_spoken(rng)} is that better")
    cs.c("yeah that's perfect thanks")
    cs.a("you'll get a text confirming it within twenty four hours")
    return cs


def p_call_us_id(rng, ind):
    CUR[0] = "dollars"
    comp, thing = INDUSTRY[ind]
    sp = Speaker(rng, rng.choice(["oh", "zero"]))
    ssn = make_ssn(rng)
    d, m, y = make_dob(rng)
    z = make_zip(rng)[:5]
    num = rng.randint(3, 9800)
    street = f"{spoken_num(num) if num < 1000 else sp.digits(str(num), 'pairs')} {rng.choice(STREETS)} {rng.choice(SUFFIX_US)}"
    style = rng.randint(0, 3)
    cs = Case("positive", f"call/{ind}: US verification - SSN (style {style}), DOB, street address and ZIP spoken; claim number and amounts nearby")
    cs.a(f"thanks for calling {comp} this call may be recorded who am i speaking with")
    cs.c(f"hi this is {rng.choice(FIRST)} {rng.choice(LAST)} i'm calling about my {thing} i was charged twice")
    cs.a("sorry to hear that let me pull up your file can i get your social security number")
    if style == 0:
        cs.c((sp.digits(ssn, "single"), "SSN"))
    elif style == 1:
        cs.c((f"{sp.digits(ssn[:3])} dash {sp.digits(ssn[3:5])} dash {sp.digits(ssn[5:])}", "SSN"))
    elif style == 2:
        g = gid()
        cs.c("sure ", (sp.digits(ssn[:3], "mixed"), "SSN", g))
        cs.a(bb(rng))
        cs.c((sp.digits(ssn[3:5], "pairs"), "SSN", g))
        cs.a(bb(rng))
        cs.c((sp.digits(ssn[5:], "mixed"), "SSN", g), " um yeah")
    else:
        cs.c("okay uh ", (sp.digits(ssn[:5], "single") + " um " + sp.digits(ssn[5:], "pairs"), "SSN"))
    cs.a("and your date of birth")
    cs.c((dob_spoken(sp, d, m, y, us=True), "DOB"))
    cs.a("and the street address on the account")
    cs.c((street, "ADDRESS"), f" in {rng.choice(['springfield', 'columbus', 'austin', 'denver', 'tampa'])} ", (sp.digits(z, rng.choice(["single", "mixed"])), "POSTCODE"))
    cs.a(f"thank you i see two charges of {money(rng, True)} on {day_spoken(rng)}")
    cs.c("yeah exactly the same amount twice")
    claim = ref_spoken(sp, 8)
    cs.a(f"i've opened a dispute claim number {claim} you should see the refund in five to seven business days")
    cs.c("okay thank you so much")
    return cs


def p_chat_ssn(rng, ind):
    comp, thing = INDUSTRY[ind]
    ssn = make_ssn(rng)
    k = rng.randint(0, 4)
    typed = [f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}", ssn, f"{ssn[:3]} {ssn[3:5]} {ssn[5:]}",
             f"{ssn[:3]}.{ssn[3:5]}.{ssn[5:]}", f"{ssn[:3]}-{ssn[3:5]} {ssn[5:]}"][k]
    cs = Case("positive", f"chat/{ind}: SSN typed (style {k}) among invoice/claim numbers, dates and amounts")
    inv = ref_typed(rng, rng.randint(6, 9))
    cs.c(f"hello, I received invoice {inv} for ${rng.randint(80, 2400)}.{rng.randint(10, 99)} but my insurance should have covered it")
    cs.a("I'm sorry for the confusion. To look into this I need to verify your identity. Can you provide your SSN and date of birth?")
    if rng.random() < 0.5:
        cs.c("ssn ", (typed, "SSN"), " dob ", (dob_typed(rng, *make_dob(rng), us=True), "DOB"))
    else:
        cs.c("sure its ", (typed, "SSN"))
        cs.a("Thank you. And your date of birth?")
        cs.c((dob_typed(rng, *make_dob(rng), us=True), "DOB"))
    cs.a(f"Thanks. I see the visit on {rng.randint(1, 12)}/{rng.randint(1, 28)}/2026 was billed before the claim was processed.")
    cs.c("so do I need to pay it or not")
    cs.a(f"No, please hold off. I've resubmitted claim {ref_typed(rng, 8)}; it takes about 10-14 days.")
    cs.c("ok thanks. will I get an email?")
    cs.a("Yes, you'll get a confirmation.")
    return cs


def p_chat_ni(rng, ind):
    comp, thing = INDUSTRY[ind]
    ni = make_ni(rng)
    k = rng.randint(0, 5)
    typed = [f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", ni, ni.lower(),
             f"{ni[:2]}{ni[2:8]} {ni[8]}", f"{ni[:2].lower()} {ni[2:8]} {ni[8].lower()}",
             f"{ni[:2]}-{ni[2:4]}-{ni[4:6]}-{ni[6:8]}-{ni[8]}"][k]
    cs = Case("positive", f"chat/{ind}: NI number typed (style {k}) with claim ref, amounts and dates around")
    cs.c(f"Hi, my universal credit payment of £{rng.randint(300, 1400)}.{rng.randint(10, 99)} hasn't arrived, it was due on the {rng.randint(1, 28)}th")
    cs.a("Sorry to hear that. Can you confirm your National Insurance number please?")
    if rng.random() < 0.5:
        cs.c((typed, "NI_NUMBER"))
    else:
        cs.c("it's ", (typed, "NI_NUMBER"), rng.choice([" I think", "", " x", ". thanks"]))
    cs.a("Thank you. And your postcode?")
    pc = make_uk_pc(rng)
    pck = rng.randint(0, 2)
    cs.c(([pc, pc.replace(" ", ""), pc.lower()][pck], "POSTCODE"))
    cs.a(f"Thanks. I can see the payment was held for a review on {rng.randint(1, 28)} {rng.choice(MONTHS).capitalize()}. It has now been released and should reach you within 3 working days.")
    cs.c("ok. is there a reference I can quote if it doesnt?")
    cs.a(f"Yes, reference {ref_typed(rng, 9)}.")
    return cs


def p_call_ni_correct(rng, ind):
    sp = Speaker(rng, "nought")
    ni = make_ni(rng)
    wrong = ni[:5] + str((int(ni[5]) + 3) % 10)
    cs = Case("positive", f"call/{ind}: NI number with a restart/self-correction; only the final complete reading labelled, aborted partial unlabelled; agent read-back labelled")
    cs.a("can i take your national insurance number please")
    cs.c(f"yeah it's {sp.alnum(wrong, 'single', 'plain')} no sorry hang on let me get my card out")
    cs.a("no worries take your time")
    cs.c("right here it is ", (sp.alnum(ni, rng.choice(["single", "pairs"]), rng.choice(["plain", "nato"])), "NI_NUMBER"))
    cs.a("so that's ", (sp.alnum(ni, "single", "plain"), "NI_NUMBER"), " yes")
    cs.c("that's it yeah")
    cs.a(f"thank you i can see your pension credit claim from {day_spoken(rng)} what can i help with")
    cs.c(f"i just want to know why it went down by about {spoken_num(rng.randint(5, 40))} pounds a week")
    cs.a("that's because your other income was updated let me explain")
    cs.c("okay")
    return cs


def p_chat_bank(rng, ind):
    sc = "".join(str(rng.randint(0, 9)) for _ in range(6))
    acct = "".join(str(rng.randint(0, 9)) for _ in range(8))
    k = rng.randint(0, 3)
    sct = [f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}", f"{sc[:2]}.{sc[2:4]}.{sc[4:]}"][k]
    cs = Case("positive", f"chat/{ind}: UK sort code (style {k}) and account number typed for a refund, with amounts and ticket ref")
    cs.c(f"hi, you said you'd refund the £{rng.randint(20, 300)}.{rng.randint(10, 99)} overpayment but nothing has come through (ticket {ref_typed(rng, 7)})")
    cs.a("Apologies for the delay. The card you paid with has expired so we need bank details for a BACS refund.")
    cs.c("ok")
    if rng.random() < 0.5:
        cs.c("sort code ", (sct, "SORT_CODE"), " acc no ", (acct, "BANK_ACCOUNT"))
    else:
        cs.c("account number ", (acct, "BANK_ACCOUNT"))
        cs.c("sort code is ", (sct, "SORT_CODE"))
    cs.a("Thanks. And the name on the account?")
    cs.c(f"{rng.choice(FIRST).capitalize()} {rng.choice(LAST).capitalize()}")
    cs.a(f"Done, the refund should arrive in 3-5 working days, on or before {rng.randint(1, 28)}/{rng.randint(1, 12)}.")
    cs.c("thanks")
    return cs


def p_call_bank(rng, ind):
    sp = Speaker(rng, rng.choice(["oh", "zero", "nought"]))
    sc = "".join(str(rng.randint(0, 9)) for _ in range(6))
    acct = "".join(str(rng.randint(0, 9)) for _ in range(8))
    cs = Case("positive", f"call/{ind}: sort code in pairs, account number split over turns, agent reads both back; direct debit date and amount around")
    cs.a("okay so to set up the direct debit i'll need the sort code first")
    scw = " ".join(sp.digits(sc[i:i + 2], rng.choice(["pairs", "single"])) for i in (0, 2, 4))
    cs.c((scw, "SORT_CODE"))
    cs.a("and the account number")
    g = gid()
    cs.c((sp.digits(acct[:4], "mixed"), "BANK_ACCOUNT", g))
    cs.a(bb(rng))
    cs.c((sp.digits(acct[4:], "mixed"), "BANK_ACCOUNT", g))
    cs.a("let me read that back sort code ", (sp.digits(sc, "single"), "SORT_CODE"), " account ", (sp.digits(acct, "single"), "BANK_ACCOUNT"))
    cs.c("yep that's right")
    cs.a(f"and would you like it to come out on the {ordinal(rng.randint(1, 28))} of each month")
    cs.c(f"can we do the {ordinal(rng.randint(1, 28))} that's when i get paid")
    cs.a(f"of course that'll be {money(rng, True)} a month starting next month")
    cs.c("okay lovely")
    return cs


def p_iban(rng, ind):
    chat = rng.random() < 0.5
    country = rng.choice(["GB", "IE", "DE", "NL", "FR", "ES", "IE"])
    iban = make_iban(rng, country)
    if chat:
        k = rng.randint(0, 2)
        cs = Case("positive", f"chat/{ind}: {country} IBAN typed (style {k}) for a refund, with booking ref and euro amount")
        cs.c(f"Hello, my flight on {rng.randint(1, 28)} {rng.choice(MONTHS).capitalize()} was cancelled and I was promised €{rng.randint(100, 600)} compensation")
        cs.a(f"Hi! I can see booking {rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{ref_typed(rng, 6)} is eligible. Please share the IBAN for the transfer.")
        cs.c("here: ", (iban_typed(iban, k), "IBAN"))
        cs.a("Thanks. And the account holder name?")
        cs.c(f"{rng.choice(FIRST).capitalize()} {rng.choice(LAST).capitalize()}")
        cs.a("Transfer scheduled, allow 7 to 10 business days.")
        cs.c("Perfect, thank you")
        return cs
    sp = Speaker(rng, rng.choice(["zero", "oh"]))
    cs = Case("positive", f"call/{ind}: {country} IBAN spoken in chunks over several turns with agent back-channels")
    cs.a("for the refund i'll need your iban please")
    cs.c("okay hang on it's a long one")
    cs.a("no problem")
    g = gid()
    chunks = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    groups_ = [" ".join(chunks[i:i + 2]) for i in range(0, len(chunks), 2)]
    for j, chunk in enumerate(groups_):
        cs.c((sp.alnum(chunk.replace(" ", ""), rng.choice(["single", "pairs"]), rng.choice(["plain", "nato"])), "IBAN", g))
        if j < len(groups_) - 1:
            cs.a(bb(rng))
    cs.a(f"thank you and that's for the refund of {spoken_num(rng.randint(40, 900))} euro")
    cs.c("yes that's right")
    cs.a("it should be with you in about a week")
    return cs


def p_call_contact(rng, ind):
    comp, thing = INDUSTRY[ind]
    region = rng.choice(["uk", "us", "ie"])
    sp = Speaker(rng, rng.choice(["oh", "zero", "o"]))
    digits, _ = make_phone(rng, region)
    email, parts = make_email(rng)
    cs = Case("positive", f"call/{ind}: {region} phone number and e-mail spoken, agent reads e-mail back; data allowance and price chit-chat")
    cs.a(f"you're through to {comp} how can i help")
    cs.c(f"hi i moved house and i want to update my contact details and ask about my {thing}")
    cs.a("sure what's the best mobile number to reach you on")
    if digits.startswith("+"):
        ph = "plus " + sp.digits(digits[1:], rng.choice(["single", "double", "mixed"]))
    else:
        ph = sp.digits(digits, rng.choice(["single", "double", "mixed"]))
    if rng.random() < 0.4:
        w = ph.split(" ")
        k = len(w) // 2
        g = gid()
        cs.c((" ".join(w[:k]), "PHONE", g))
        cs.a(bb(rng))
        cs.c((" ".join(w[k:]), "PHONE", g))
    else:
        cs.c("it's ", (ph, "PHONE"))
    cs.a("and an email address")
    em = spoken_email(sp, email)
    cs.c((em, "EMAIL"))
    cs.a("so that's ", (em, "EMAIL"), " yeah")
    cs.c("yes that's it")
    cs.a(f"great and about your {thing} you're currently paying {money(rng, True)} a month")
    cs.c(f"yeah and i only use about {spoken_num(rng.randint(2, 30))} gigs")
    cs.a(f"i can drop you to the {spoken_num(rng.choice([10, 15, 20, 25]))} pound plan from {day_spoken(rng)}")
    cs.c("yes please do that")
    return cs


def p_chat_contact(rng, ind):
    region = rng.choice(["uk", "us", "ie"])
    _, typed = make_phone(rng, region)
    email, _ = make_email(rng)
    if rng.random() < 0.3:
        email = email.upper() if rng.random() < 0.3 else email.capitalize()
    num = rng.randint(1, 240)
    if region == "us":
        addr = f"{rng.randint(10, 9899)} {rng.choice(STREETS).capitalize()} {rng.choice(['St', 'Ave', 'Blvd', 'Drive', 'Court'])}"
        pc = make_zip(rng)
    else:
        addr = f"{num} {rng.choice(STREETS).capitalize()} {rng.choice(SUFFIX_UK).capitalize()}"
        pc = make_uk_pc(rng)
        if rng.random() < 0.3:
            addr = addr.lower()
            pc = pc.lower()
    cs = Case("positive", f"chat/{ind}: {region} address, postcode/ZIP, phone and e-mail typed across messages, with order and delivery details")
    cs.c(f"hi my parcel for order {ref_typed(rng, 8)} was sent to my old address, can you change it?")
    cs.a("Of course. What's the new delivery address?")
    town = rng.choice(["Leeds", "Bristol", "Galway", "Cork", "Portland", "Chicago", "Cardiff", "York"])
    if rng.random() < 0.5:
        cs.c((addr, "ADDRESS"), f", {town} ", (pc, "POSTCODE"))
    else:
        cs.c((addr, "ADDRESS"))
        cs.c(f"{town}")
        cs.c((pc, "POSTCODE"))
    cs.a("Thanks. And a contact phone number for the courier?")
    cs.c((typed, "PHONE"))
    cs.a("And can I confirm the email for delivery updates?")
    cs.c("use ", (email, "EMAIL"), " pls")
    cs.a(f"All updated. Delivery is now expected between {rng.randint(8, 11)}am and {rng.randint(1, 6)}pm on {rng.choice(['Monday', 'Tuesday', 'Friday'])}.")
    cs.c("great thx")
    return cs


def p_call_move(rng, ind):
    sp = Speaker(rng, rng.choice(["oh", "nought"]))
    d, m, y = make_dob(rng)
    pc = make_uk_pc(rng).replace(" ", "")
    num = rng.randint(1, 199)
    addr = f"{spoken_num(num)} {rng.choice(STREETS)} {rng.choice(SUFFIX_UK)}"
    digits, _ = make_phone(rng, "uk")
    cs = Case("positive", f"call/{ind}: change of address - new address and postcode, DOB, phone; meter readings and move date as non-PII")
    cs.a("evergreen energy you're speaking to dan how can i help")
    cs.c("hiya i'm moving house on friday and need to move my account")
    cs.a("no problem can i just take your date of birth for security")
    cs.c((dob_spoken(sp, d, m, y), "DOB"))
    cs.a("thanks and what's the new address")
    cs.c("it's ", (addr, "ADDRESS"), " in " + rng.choice(["stockport", "bath", "derby", "swansea", "hull"]))
    cs.a("and the postcode there")
    cs.c((sp.alnum(pc, "single", rng.choice(["plain", "name", "nato"])), "POSTCODE"))
    cs.a("can you give me the meter reading at the old place on the day you leave")
    cs.c(f"i've got it now actually it's {sp.digits(ref_typed(rng, 5), 'single')}")
    cs.a("perfect and a contact number")
    ph = ("plus " + sp.digits(digits[1:], "mixed")) if digits.startswith("+") else sp.digits(digits, "mixed")
    cs.c((ph, "PHONE"))
    cs.a(f"all done your first bill at the new address will be around {money(rng, True)}")
    cs.c("okay cheers")
    return cs


def p_call_card_correct(rng, ind):
    sp = Speaker(rng, rng.choice(["oh", "zero"]))
    card = make_card(rng, rng.choice(["visa", "mc"]))
    gr = card_groups(card)
    cs = Case("positive", f"call/{ind}: card groups with a mid-number correction of one group (mistaken group before 'sorry no' unlabelled, corrected digits labelled), agent reads back; insurance premium amounts")
    cs.a("shieldline insurance renewals how can i help")
    cs.c(f"my renewal came through at {money(rng, True)} which is way more than last year")
    cs.a(f"i understand last year was {money(rng, True)} i can offer a discount of {spoken_num(rng.randint(5, 20))} percent if you renew today")
    cs.c("go on then")
    cs.a("what card would you like to use")
    wrong = "".join(str((int(c) + 1) % 10) for c in gr[2])
    g = gid()
    cs.c((sp.digits(gr[0]) + " " + sp.digits(gr[1]), "CARD_NUMBER", g))
    cs.a(bb(rng))
    cs.c(sp.digits(wrong) + " sorry no ", (sp.digits(gr[2]) + " " + sp.digits(gr[3]), "CARD_NUMBER", g))
    cs.a("so just to confirm ", (" ".join(sp.digits(x) for x in gr), "CARD_NUMBER"))
    cs.c("that's right")
    cs.a("and the expiry")
    m, y = rng.randint(1, 12), rng.randint(27, 31)
    cs.c((f"{sp.digits(f'{m:02d}')} {yy_words(y)}", "EXPIRY"))
    cs.a(f"thank you that's renewed from {day_spoken(rng)} for twelve months")
    return cs


def p_chat_multi(rng, ind):
    """chat with several values in one message, odd spacing, typo'd labels."""
    card = make_card(rng)
    gr = card_groups(card)
    ni = make_ni(rng)
    d, m, y = make_dob(rng)
    cs = Case("positive", f"chat/{ind}: customer dumps DOB, NI and card in one message with typo'd labels; amounts and times around")
    cs.c(f"hiya, need to pay my council tax arrears of £{rng.randint(100, 900)}.00 before {rng.randint(1, 12)}pm today or it goes to court")
    cs.a("Hi, I can help with that. I'll need to verify you first and then take the payment.")
    cs.c("dob ", (dob_typed(rng, d, m, y), "DOB"), " ni numbr ", (ni[:2].lower() + ni[2:8] + ni[8].lower(), "NI_NUMBER"), " and card is ", (" ".join(gr) if rng.random() < 0.5 else "".join(gr), "CARD_NUMBER"))
    cs.a("Thank you. Could I also have the expiry date and the 3 digit code?")
    mm, yy = rng.randint(1, 12), rng.randint(26, 31)
    cvv = f"{rng.randint(0, 9999):04d}" if len(card) == 15 else f"{rng.randint(0, 999):03d}"
    cs.c((f"{mm:02d}/{yy}", "EXPIRY"), " ", (cvv, "CVV"))
    cs.a(f"Payment taken, receipt number {ref_typed(rng, 8)}. The account now shows a balance of £0.00.")
    cs.c("thank god. thanks")
    return cs


def p_call_ssn_readback(rng, ind):
    CUR[0] = "dollars"
    sp = Speaker(rng, "zero")
    ssn = make_ssn(rng)
    email, _ = make_email(rng)
    cs = Case("positive", f"call/{ind}: SSN given with filler words inside, agent reads back the full SSN; email; agent id, month and refund amount as non-PII")
    cs.a("internal services help line this is agent four one two how can i help")
    cs.c(f"hi i filed in march and my refund of {spoken_num(rng.randint(200, 999))} dollars still hasn't come")
    cs.a("i can check on that what's your social")
    cs.c((sp.digits(ssn[:3]) + " uh " + sp.digits(ssn[3:5]) + " um " + sp.digits(ssn[5:]), "SSN"))
    cs.a("let me repeat ", (sp.digits(ssn[:3]) + " " + sp.digits(ssn[3:5]) + " " + sp.digits(ssn[5:]), "SSN"), " correct")
    cs.c("correct")
    cs.a("i see it was held for identity verification we'll send a letter or i can email you a link")
    cs.c("email's easier it's ", (spoken_email(sp, email), "EMAIL"))
    cs.a(f"sent you should get it within twenty minutes and then allow nine weeks")
    cs.c("nine weeks wow okay")
    return cs


def p_call_health(rng, ind):
    CUR[0] = "dollars"
    sp = Speaker(rng, "oh")
    d, m, y = make_dob(rng)
    z = make_zip(rng)[:5]
    card = make_card(rng, rng.choice(["visa", "amex", "disc"]))
    cs = Case("positive", "call/healthcare: billing - patient DOB and ZIP, then card in one turn in pairs style; visit date, balance, copay as non-PII")
    cs.a("st lukes patient billing how can i help you today")
    cs.c(f"yeah i got a bill for {spoken_num(rng.randint(100, 900))} dollars for an er visit on {day_spoken(rng)}")
    cs.a("can i have the patient's date of birth")
    cs.c("it's for my son his birthday is ", (dob_spoken(sp, d, m, rng.randint(1990, 2004), us=True), "DOB"))
    cs.a("and the billing zip code")
    cs.c((sp.digits(z, "mixed"), "POSTCODE"))
    cs.a(f"thanks the insurance paid its part your balance is the copay of {spoken_num(rng.choice([50, 75, 150, 250]))} dollars")
    cs.c("fine i'll pay it now")
    cs.a("go ahead with the card number")
    cs.c((" ".join(sp.digits(x, "pairs") for x in card_groups(card)), "CARD_NUMBER"))
    cs.a("thank you that's processed")
    return cs


POS_TEMPLATES = [
    (p_call_card, 16), (p_chat_card, 16), (p_call_uk_id, 18), (p_call_us_id, 14), (p_chat_ssn, 14),
    (p_chat_ni, 12), (p_call_ni_correct, 6), (p_chat_bank, 9), (p_call_bank, 9), (p_iban, 14),
    (p_call_contact, 12), (p_chat_contact, 12), (p_call_move, 8), (p_call_card_correct, 6),
    (p_chat_multi, 8), (p_call_ssn_readback, 6), (p_call_health, 6), (p_call_bank_oneturn, 8),
    (p_chat_uk_verify, 10),
]


# --------------------------------------------------------------------------- negative templates
def n_call_billing(rng, ind):
    comp, thing = INDUSTRY[ind]
    sp = Speaker(rng, rng.choice(["oh", "zero"]))
    cs = Case("negative", f"call/{ind}: bill dispute with spoken amounts, dates, reference number read digit by digit, durations")
    cs.a(f"thanks for calling {comp} can i take a reference number")
    cs.c(f"yeah the reference number is {ref_spoken(sp, rng.randint(7, 10))}")
    cs.a(f"thank you i can see the {thing} what's the problem")
    cs.c(f"it's gone up from {money(rng, True)} to {money(rng, True)} and nobody told me")
    cs.a(f"the price change came in on {day_spoken(rng)} it's about {spoken_num(rng.randint(3, 15))} percent")
    cs.c(f"i've been a customer for {spoken_num(rng.randint(3, 25))} years")
    cs.a(f"i can add a loyalty credit of {spoken_num(rng.randint(5, 60))} pounds to the next bill")
    cs.c(f"okay and when's that bill due")
    cs.a(f"on {day_spoken(rng)} and it'll be {money(rng, True)}")
    cs.c(f"i've been on hold for {spoken_num(rng.randint(10, 50))} minutes by the way")
    cs.a("i'm really sorry about that")
    return cs


def n_call_travel(rng, ind):
    sp = Speaker(rng, "oh")
    cs = Case("negative", "call/travel: flight change with flight number, times, seat and booking ref spoken, prices and dates (no birth date)")
    cs.a("skyroute travel how can i help")
    fl = rng.choice(["b a", "e i", "f r", "u a", "l h"]) + " " + sp.digits(str(rng.randint(100, 9999)), "pairs")
    cs.c(f"hi i'm booked on flight {fl} on {day_spoken(rng)} and i need to change it")
    cs.a(f"can i take the booking reference")
    cs.c(f"it's {' '.join(rng.choice('bcdfghjkmnpqrstvwxyz') for _ in range(3))} {sp.digits(ref_typed(rng, 3))}")
    cs.a(f"thanks i see you depart at {time_spoken(rng)} there's a later one at {time_spoken(rng)}")
    cs.c("how much to change")
    cs.a(f"the fare difference is {money(rng, True)} plus a {spoken_num(rng.randint(25, 75))} pound change fee")
    cs.c(f"okay and can i keep seat {spoken_num(rng.randint(2, 40))} {rng.choice('abcdef')}")
    cs.a(f"yes seat kept the flight is {spoken_num(rng.randint(2, 11))} hours {spoken_num(rng.randint(5, 55))} minutes")
    cs.c("great and my bag allowance")
    cs.a(f"twenty three kilos hold and ten kilos cabin")
    return cs


def n_chat_order(rng, ind):
    cs = Case("negative", "chat/retail: order status with order number, model numbers, prices, quantities, percentages and delivery dates")
    o = ref_typed(rng, rng.randint(8, 10))
    cs.c(f"hi where is my order #{o}? it was meant to come on {rng.randint(1, 28)}/{rng.randint(1, 12)}")
    cs.a(f"Hi! Order {o} contains 2 items: the XR-{rng.randint(100, 990)} headphones (£{rng.randint(40, 300)}.99) and a {rng.randint(2, 6)}m cable.")
    cs.c("yes thats it")
    cs.a(f"It left our warehouse on {rng.randint(1, 28)} {rng.choice(MONTHS).capitalize()} at {rng.randint(1, 12)}:{rng.randint(10, 59)}pm and is due tomorrow between 9:00 and 13:00.")
    dl = rng.randint(3, 9)
    cs.c(f"ok but I was charged £{dl}.95 delivery and the site said free over £{rng.choice([30, 40, 50])}")
    cs.a(f"You're right, I've refunded the £{dl}.95 and added a {rng.choice([10, 15, 20])}% code for next time.")
    cs.c(f"thanks, also model {rng.choice(['KX', 'TP', 'QN'])}{rng.randint(1000, 99999)} - is it back in stock?")
    cs.a(f"We have {rng.randint(3, 140)} units arriving on {rng.randint(1, 28)}/{rng.randint(1, 12)}/2026.")
    cs.c("ok great")
    return cs


def n_call_meter(rng, ind):
    sp = Speaker(rng, rng.choice(["oh", "nought"]))
    cs = Case("negative", "call/utilities: meter readings and meter serial spoken as digits, kWh usage, tariff prices, appointment date and time")
    cs.a("evergreen energy how can i help")
    cs.c("hi i want to give a meter reading")
    cs.a("go ahead with the electric first")
    cs.c(f"it's {sp.digits(ref_typed(rng, 5), 'mixed')}")
    cs.a("and gas")
    cs.c(f"{sp.digits(ref_typed(rng, 5), 'single')} and the meter number on it says {sp.digits(ref_typed(rng, 8), 'single')}")
    cs.a(f"thanks that's about {spoken_num(rng.randint(150, 900))} kilowatt hours this month")
    cs.c(f"it's a lot we had the heating on twenty one degrees")
    cs.a(f"your unit rate is {spoken_num(rng.randint(20, 35))} pence and the standing charge {spoken_num(rng.randint(40, 60))} pence a day")
    cs.c("can someone come and check the meter")
    cs.a(f"yes an engineer can come on {day_spoken(rng)} between {time_spoken(rng)} and {time_spoken(rng)}")
    cs.c("okay book that")
    return cs


def n_chat_claim(rng, ind):
    cs = Case("negative", "chat/insurance: claim number, policy number with prefix, dates of incident, ages, amounts, mileage")
    cl = ref_typed(rng, rng.randint(7, 10))
    cs.c(f"Hello, following up on claim {cl} from the accident on {rng.randint(1, 28)}/{rng.randint(1, 12)}/2026")
    cs.a(f"Hi, thanks. Policy POL-{ref_typed(rng, 7)} is in your name. The garage quoted £{rng.randint(900, 4000)}, excess £{rng.choice([250, 350, 500])}.")
    cs.c(f"the car has {rng.randint(20, 120)},{rng.randint(100, 999)} miles on it and is {rng.randint(3, 14)} years old")
    cs.a(f"Noted. The other driver (aged {rng.randint(19, 80)}) admitted liability on {rng.randint(1, 28)} {rng.choice(MONTHS).capitalize()}.")
    cs.c(f"when will I get the hire car? i was told within 48 hours")
    cs.a(f"It's booked for Thursday at {rng.randint(9, 11)}:30, 7 days hire at £0 to you.")
    cs.c("ok thanks")
    return cs


def n_call_telecom(rng, ind):
    sp = Speaker(rng, "oh")
    cs = Case("negative", "call/telecom: broadband speeds, data allowances, router model, contract start date, ticket number spoken, prices")
    cs.a("brightwave broadband support")
    cs.c(f"hi my speed is only {spoken_num(rng.randint(3, 20))} megs and i'm paying for {spoken_num(rng.choice([100, 500, 900]))}")
    cs.a("which router have you got")
    cs.c(f"it says hub {spoken_num(rng.randint(3, 6))} model {sp.digits(ref_typed(rng, 4), 'pairs')}")
    cs.a(f"okay i've run a line test there's {spoken_num(rng.randint(2, 9))} errors in the last {spoken_num(rng.choice([12, 24, 48]))} hours")
    cs.c(f"my contract started on {day_spoken(rng)} twenty twenty five")
    cs.a(f"i've raised ticket {sp.digits(ref_typed(rng, 8))} an engineer will call within two days")
    cs.c(f"and will i get money back i pay {money(rng, True)} a month")
    cs.a(f"yes you'll get {spoken_num(rng.randint(1, 9))} {CUR[0]} ten a day compensation")
    cs.c("okay thanks")
    return cs


def n_chat_hotel(rng, ind):
    cs = Case("negative", "chat/travel: hotel - room numbers, check-in times, temperatures, nights, guests, rates, booking confirmation number")
    cs.c(f"Hi I'm in room {rng.randint(101, 1299)} and the AC is stuck at {rng.randint(26, 31)} degrees")
    cs.a(f"So sorry! Maintenance will be there within 15 minutes. Would you like to move to room {rng.randint(101, 1299)}?")
    cs.c(f"yes please. also we're 2 adults 1 child for {rng.randint(2, 9)} nights, confirmation {ref_typed(rng, 9)}")
    cs.a(f"All noted. Your rate is €{rng.randint(90, 260)} per night, breakfast 7:00-10:30.")
    cs.c(f"can we check out late, like {rng.randint(1, 3)}pm?")
    cs.a("Late checkout until 2pm is free for you.")
    cs.c("ty")
    return cs


def n_call_gov(rng, ind):
    sp = Speaker(rng, "nought")
    cs = Case("negative", "call/government: benefit claim - application reference, appointment date and time, ages of children, weekly amounts, years of residence")
    cs.a("benefits helpline you're speaking to amy")
    cs.c(f"hi i applied {spoken_num(rng.randint(2, 8))} weeks ago my application reference is {sp.digits(ref_typed(rng, 9))}")
    cs.a("thanks and what's the question")
    cs.c(f"i've got two kids aged {spoken_num(rng.randint(2, 9))} and {spoken_num(rng.randint(10, 16))} do i get more for both")
    cs.a(f"yes it's about {spoken_num(rng.randint(20, 30))} pounds a week for each")
    since = rng.randint(11, 19)
    cs.c(f"i've lived here {spoken_num(26 - since)} years since twenty {pair_words(str(since))}")
    cs.a(f"you have an interview on {day_spoken(rng)} at {time_spoken(rng)} at the job centre")
    cs.c("can it be over the phone")
    cs.a("yes i'll mark it as a phone appointment it'll last about forty five minutes")
    cs.c("thanks")
    return cs


def n_chat_bank(rng, ind):
    cs = Case("negative", "chat/banking: balances, transaction amounts and dates, card ending not given, interest rate, transfer limits, complaint reference")
    cs.c(f"hi, my balance shows £{rng.randint(100, 9000)}.{rng.randint(10, 99)} but it should be higher, a payment of £{rng.randint(10, 500)}.00 on {rng.randint(1, 28)}/{rng.randint(1, 12)} hasnt arrived")
    cs.a(f"Let me check. I can see a pending credit of £{rng.randint(10, 500)}.00 dated {rng.randint(1, 28)} {rng.choice(MONTHS).capitalize()}, it clears at 6pm.")
    cs.c(f"ok. whats the daily transfer limit? I need to send £{rng.randint(5, 30)},000")
    cs.a(f"It's £{rng.choice([10, 25, 50])},000 per day in the app. Your savings pay {rng.randint(1, 5)}.{rng.randint(1, 9)}% AER.")
    cs.c(f"also I raised complaint {ref_typed(rng, 8)} {rng.randint(2, 6)} weeks ago")
    cs.a("That was closed on the 3rd with £50 goodwill credited.")
    cs.c("oh ok didnt see that, thanks")
    return cs


def n_call_health(rng, ind):
    CUR[0] = "dollars"
    sp = Speaker(rng, "oh")
    cs = Case("negative", "call/healthcare: appointment booking with dates/times, invoice number spoken, balance, dosage, age, room number")
    cs.a("st lukes billing and appointments")
    cs.c(f"hi i need to pay invoice number {sp.digits(ref_typed(rng, 8))} and book a follow up")
    cs.a(f"the balance on that invoice is {spoken_num(rng.randint(20, 400))} dollars {spoken_num(rng.randint(10, 99))}")
    cs.c("i'll pay it at the desk")
    cs.a(f"okay the next follow up is {day_spoken(rng)} at {time_spoken(rng)} in room {spoken_num(rng.randint(100, 450))}")
    cs.c(f"fine my mum is {spoken_num(rng.randint(60, 95))} so she'll need the lift")
    cs.a(f"no problem and remind her to keep taking the {spoken_num(rng.choice([5, 10, 20, 40]))} milligram dose twice a day")
    cs.c("will do thanks")
    return cs


def n_call_delivery(rng, ind):
    sp = Speaker(rng, rng.choice(["oh", "zero"]))
    cs = Case("negative", "call/retail: missed delivery - tracking/parcel number spoken, delivery windows, weights, box counts, prices, redelivery date, agent extension")
    cs.a("harlow and finch deliveries you're through to kieran")
    cs.c(f"hi i had a card through the door saying you missed me at {time_spoken(rng)} but i was in all day")
    cs.a("sorry about that have you got the parcel number on the card")
    cs.c(f"yeah it's parcel number {sp.digits(ref_typed(rng, 10).replace('0', '5'), rng.choice(['single', 'mixed']))}")
    cs.a(f"thanks i can see {spoken_num(rng.randint(2, 4))} boxes weighing {spoken_num(rng.randint(3, 40))} kilos in total")
    cs.c("yeah it's a wardrobe")
    cs.a(f"i can rebook it for {day_spoken(rng)} between {spoken_num(rng.randint(7, 10))} and {spoken_num(rng.randint(1, 5))}")
    cs.c(f"and i paid {money(rng, True)} for next day delivery so can i have that back")
    cs.a(f"yes i've refunded the delivery charge if you need me again i'm on extension {sp.digits(ref_typed(rng, 4))}")
    cs.c("okay thank you")
    return cs


def n_call_pension(rng, ind):
    cs = Case("negative", "call/government: pension forecast - years of contributions, ages, weekly/monthly amounts, state pension age, percentages, letter date, phone menu option")
    cs.a("pension service you're speaking to lauren")
    cs.c(f"hi i got my forecast letter dated {day_spoken(rng)} and i don't understand it")
    cs.a(f"no problem it says you've got {spoken_num(rng.randint(10, 34))} qualifying years and you need thirty five for the full amount")
    cs.c(f"i'm {spoken_num(rng.randint(50, 64))} now so when can i retire")
    cs.a(f"your state pension age is sixty seven that's in {spoken_num(rng.randint(3, 16))} years")
    cs.c("and how much will i get")
    cs.a(f"the full rate is two hundred and {spoken_num(rng.randint(20, 40))} pounds {spoken_num(rng.randint(10, 90))} a week and you're on track for about {spoken_num(rng.randint(60, 95))} percent of that")
    cs.c("can i pay for the missing years")
    cs.a(f"yes each year costs about {spoken_num(rng.randint(800, 999))} pounds ring us back and choose option {spoken_num(rng.randint(2, 6))}")
    cs.c("okay thanks")
    return cs


def n_chat_contract(rng, ind):
    y0 = rng.randint(2019, 2024)
    cs = Case("negative", "chat/telecom: contract dates in DD/MM/YYYY that are not birth dates, early termination fee, number of lines, handset model, data GB, loyalty percentages, upgrade order number")
    cs.c(f"hi when does my contract end? I started on {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{y0}")
    cs.a(f"Hi! Your 24 month contract ended on {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{y0 + 2}, so you're out of contract now and can leave with no fee.")
    cs.c(f"ok so im paying £{rng.randint(30, 60)}.{rng.randint(10, 99)} for nothing basically")
    cs.a(f"I can move your {rng.randint(2, 5)} lines to our SIM-only plan: {rng.choice([30, 50, 100])}GB each for £{rng.randint(8, 15)}/month, {rng.choice([10, 20, 25])}% off for existing customers.")
    cs.c(f"and an upgrade to the Galaxy S{rng.randint(22, 25)}?")
    cs.a(f"That would be £{rng.randint(20, 45)}/month for 36 months plus £{rng.choice([0, 29, 49, 99])} upfront.")
    cs.c("ok do the sim only")
    cs.a(f"Done - order {ref_typed(rng, 9)}, starts on {rng.randint(1, 28)} {rng.choice(MONTHS).capitalize()} 2026.")
    cs.c("thanks")
    return cs


NEG_TEMPLATES = [(n_chat_contract, 9),(n_call_delivery, 8), (n_call_pension, 7),
    (n_call_billing, 14), (n_call_travel, 11), (n_chat_order, 12), (n_call_meter, 10),
    (n_chat_claim, 10), (n_call_telecom, 10), (n_chat_hotel, 9), (n_call_gov, 10),
    (n_chat_bank, 10), (n_call_health, 9),
]

IND_FOR = {
    p_call_card: ["telecom", "utilities", "retail", "insurance", "healthcare"],
    p_chat_card: ["retail", "travel", "telecom"], p_call_uk_id: ["government", "banking", "utilities", "telecom"],
    p_call_us_id: ["banking", "insurance", "telecom", "healthcare"], p_chat_ssn: ["healthcare", "insurance", "banking"],
    p_chat_ni: ["government"], p_call_ni_correct: ["government"], p_chat_bank: ["utilities", "retail", "insurance"],
    p_call_bank: ["utilities", "telecom", "insurance"], p_iban: ["travel", "banking", "retail"],
    p_call_contact: ["telecom", "banking", "utilities"], p_chat_contact: ["retail"], p_call_move: ["utilities"],
    p_call_card_correct: ["insurance"], p_chat_multi: ["government"], p_call_ssn_readback: ["government"],
    p_call_health: ["healthcare"], p_call_bank_oneturn: ["banking", "utilities", "telecom"],
    p_chat_uk_verify: ["government", "banking"],
}


def build() -> list[dict]:
    rng = random.Random(SEED)
    _gid[0] = 0
    pos, neg = [], []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            CUR[0] = rng.choice(["pounds", "pounds", "dollars", "euro"])
            pos.append(fn(rng, rng.choice(IND_FOR[fn])))
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            CUR[0] = rng.choice(["pounds", "pounds", "dollars", "euro"])
            neg.append(fn(rng, rng.choice(list(INDUSTRY))))
    rng.shuffle(pos)
    rng.shuffle(neg)
    out = []
    for i, cs in enumerate(pos, 1):
        out.append((f"{PREFIX}-pos-{i:03d}", cs))
    for i, cs in enumerate(neg, 1):
        out.append((f"{PREFIX}-neg-{i:03d}", cs))
    return out


def to_json(cid: str, cs: Case) -> str:
    return json.dumps({"id": cid, "kind": cs.kind, "turns": cs.turns, "spans": cs.spans,
                       "note": cs.note}, ensure_ascii=False)


def verify(cases) -> list[str]:
    errs = []
    ids = Counter(cid for cid, _ in cases)
    errs += [f"duplicate id {k}" for k, v in ids.items() if v > 1]
    for cid, cs in cases:
        if cs.kind == "negative" and cs.spans:
            errs.append(f"{cid}: negative with spans")
        if cs.kind == "positive" and not cs.spans:
            errs.append(f"{cid}: positive without spans")
        for sp_ in cs.spans:
            if sp_["type"] not in TYPES:
                errs.append(f"{cid}: bad type {sp_['type']}")
            if not (0 <= sp_["turn"] < len(cs.turns)):
                errs.append(f"{cid}: turn out of range")
                continue
            txt = cs.turns[sp_["turn"]]["text"]
            s, e = sp_["start"], sp_["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append(f"{cid}: offsets out of range")
                continue
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errs.append(f"{cid}: span not on word boundary {txt[s:e]!r}")
            if txt[s:e] != txt[s:e].strip():
                errs.append(f"{cid}: span has outer whitespace")
        by_turn = sorted(cs.spans, key=lambda x: (x["turn"], x["start"]))
        for a, b in zip(by_turn, by_turn[1:]):
            if a["turn"] == b["turn"] and b["start"] < a["end"]:
                errs.append(f"{cid}: overlapping spans")
        grouped: dict = {}
        for sp_, (g, typ) in zip(cs.spans, cs.groups):
            txt = cs.turns[sp_["turn"]]["text"][sp_["start"]:sp_["end"]]
            if g is None:
                e = validate(typ, txt)
                if e:
                    errs.append(f"{cid}: {typ} {txt!r}: {e}")
            else:
                grouped.setdefault(g, (typ, []))[1].append(txt)
        for g, (typ, parts) in grouped.items():
            e = validate(typ, " ".join(parts))
            if e:
                errs.append(f"{cid}: group {typ} {parts!r}: {e}")
    return errs


def readme(counts: Counter, npos: int, nneg: int, ncases: int) -> str:
    rows = "\n".join(f"| {t} | {counts[t]} |" for t in TYPES)
    return f"""# pii_holdout150 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data it has
not been shaped against. Do not add its phrasings to rules, tests, or training data.

## Provenance

Written by an AI helper acting as an independent author. The author did **not** see the
redaction code (`src/convo/redact/`), its tests, its docs, the benchmark script, or any other
PII fixture; the only existing data consulted was a three-line example of the JSONL format.
All cases are synthetic and generated by `scripts/make_pii_holdout150.py` from template
functions: each turn is assembled from plain-text segments and (value, TYPE) segments, so
offsets are computed, never typed by hand. All values come from one `random.Random({SEED})`;
the output is byte-for-byte reproducible (`--check` verifies this). Card numbers are
Luhn-valid, IBANs mod-97-valid, NI numbers use valid prefix letters; all values are random and
belong to nobody.

Emphasis: longer whole calls and chats (7-24 turns, about 10.6 on average) where the PII sits amid ordinary
conversation about the customer's problem, surrounded by the non-PII numbers of that
conversation (amounts, dates, reference/claim/invoice/order numbers, times, meter readings,
percentages, durations).

## Contents

{ncases} cases: {npos} positive, {nneg} negative. Spans per type:

| type | spans |
|---|---|
{rows}

Phone calls are written as an ASR transcript would produce them (lower case, numbers as
words, "oh"/"o"/"nought"/"zero", "double"/"triple", pairs such as "forty one", years like
"nineteen eighty two", letters plain or "b for bravo"/"s for sugar", e-mails as "dot"/"at"/
"underscore"); chats are typed with varied separators and case.

## Annotation conventions

* A span covers the value only: the digits/letters/words of the value and any filler or
  separator words *inside* it ("um", "uh", "dash", "of", "double", "for bravo").
  Lead-ins such as "it's", "yeah", "card", "exp", "expires", "sort code", "dob", "ni is" are
  outside the span. Words *between* the parts of a value are inside (e.g. "of" in "fourth of
  march nineteen ninety", "the" in "march the fourth nineteen ninety", "dot"/"at" in e-mails).
* A value split over several customer turns gets one span per turn (agent back-channels
  between them are not labelled); the parts together form the value.
* Values read back by the agent are labelled too.
* Self-correction where the caller abandons a reading (or one group of it) and restarts: only
  the corrected reading is labelled; the abandoned digits before "no sorry"/"sorry no" are
  left unlabelled (redacting it is harmless for
  scoring in positive cases).
* ADDRESS = house number + street name + street type (not the town, not the postcode).
  POSTCODE = UK postcode or US ZIP / ZIP+4. PHONE includes a leading "+"/"plus" country code.
  EXPIRY = month and year only. DOB = day, month and year.
* Negatives contain no PII at all: amounts, prices, times, durations, counts, years,
  percentages, non-birth dates, order/ticket/claim/invoice/reference numbers (up to 10 digits,
  with their reference word), flight/room/model numbers, meter readings and serials, speeds,
  ages, temperatures, balances. Any redaction in a negative case is a false positive.
* Positive cases also contain such non-PII numbers, unlabelled.

## Regenerate / verify

```
python scripts/make_pii_holdout150.py          # writes cases.jsonl and README.md
python scripts/make_pii_holdout150.py --check  # regenerate, compare, validate
```
"""


def main() -> int:
    check = "--check" in sys.argv[1:]
    cases = build()
    text = "".join(to_json(cid, cs) + "\n" for cid, cs in cases)
    counts = Counter(sp_["type"] for _, cs in cases for sp_ in cs.spans)
    npos = sum(1 for _, cs in cases if cs.kind == "positive")
    nneg = len(cases) - npos
    rd = readme(counts, npos, nneg, len(cases))
    errs = verify(cases)
    if npos < 170:
        errs.append(f"only {npos} positives")
    if nneg < 100:
        errs.append(f"only {nneg} negatives")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            errs.append(f"type {t}: {counts[t]} spans < {need}")
    if check:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
        # re-parse the file itself
        if CASES.exists():
            for ln in CASES.read_text(encoding="utf-8").splitlines():
                json.loads(ln)
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print(f"{len(cases)} cases: {npos} positive, {nneg} negative")
    for t in TYPES:
        print(f"  {t:13s} {counts[t]}")
    for e in errs[:60]:
        print("ERROR:", e)
    if errs:
        print(f"{len(errs)} problem(s)")
        return 1
    print("OK" if check else "written")
    return 0


if __name__ == "__main__":
    sys.exit(main())

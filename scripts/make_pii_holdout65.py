#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout65``.

Written by an AI helper acting as an independent author: it did not see the
redaction code, its tests or any other evaluation set.  Standard library only.

    python scripts/make_pii_holdout65.py          # write fixture + README
    python scripts/make_pii_holdout65.py --check  # regenerate and verify

Every case is assembled from plain-text segments and (value, TYPE) segments so
span offsets are computed, never typed by hand.  All randomness comes from one
``random.Random(65271123)``; output is byte-for-byte reproducible.
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 65271123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout65"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
MIN_POS, MIN_NEG = 170, 100

R = random.Random(SEED)

# ---------------------------------------------------------------------------
# number words
# ---------------------------------------------------------------------------
DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
             "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "p": "papa",
        "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward",
        "f": "freddie", "g": "george", "h": "harry", "j": "john", "k": "king",
        "l": "london", "m": "mother", "n": "nancy", "p": "peter", "r": "robert",
        "s": "sugar", "t": "tommy", "w": "william", "x": "x-ray", "y": "yellow",
        "z": "zebra"}


def ordinal(n: int) -> str:
    if n < 10:
        return ORD_UNITS[n]
    if n < 20:
        return ORD_TEENS[n - 10]
    t, u = divmod(n, 10)
    if u == 0:
        return {2: "twentieth", 3: "thirtieth"}[t]
    return TENS[t] + " " + ORD_UNITS[u]


def zero_word(country: str) -> str:
    if country == "UK" or country == "IE":
        return R.choice(["oh", "oh", "zero", "nought", "o"])
    return R.choice(["zero", "oh", "oh", "o"])


def pair_words(p: str, last: bool, zw: str) -> str:
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return f"{zw} {DIG[b] if b else zw}"
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a] if last else f"{DIG[a]} {zw}"
    return f"{TENS[a]} {DIG[b]}"


def say_digits(s: str, country: str = "US", style: str | None = None) -> str:
    """Spoken rendering of a digit string (as an ASR transcript writes it)."""
    zw = zero_word(country)
    if style is None:
        style = R.choice(["plain", "plain", "doubles", "doubles", "pairs"])
    if style == "pairs" and len(s) % 2 == 0:
        prs = [s[i:i + 2] for i in range(0, len(s), 2)]
        return " ".join(pair_words(p, i == len(prs) - 1, zw) for i, p in enumerate(prs))
    words = []
    i = 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        w = zw if d == "0" else DIG[int(d)]
        if style == "doubles" and run >= 2:
            if run >= 3 and R.random() < 0.6:
                words.append("triple " + w)
                i += 3
            else:
                words.append("double " + w)
                i += 2
            continue
        words.append(w)
        i += 1
    return " ".join(words)


def say_year(y: int) -> str:
    if 2000 <= y < 2010:
        return R.choice(["two thousand and ", "two thousand "]) + DIG[y - 2000] if y > 2000 else "two thousand"
    if 2010 <= y < 2100:
        return "twenty " + pair_words(f"{y % 100:02d}", True, "oh")
    hi, lo = divmod(y, 100)
    return TEENS[hi - 10] + " " + pair_words(f"{lo:02d}", True, "oh")


def spell_letter(c: str, country: str) -> str:
    c = c.lower()
    r = R.random()
    if r < 0.55:
        return c
    table = FOLK if (country in ("UK", "IE") and c in FOLK and R.random() < 0.5) else NATO
    word = table.get(c, NATO[c])
    return f"{c} for {word}" if R.random() < 0.7 else f"{c} as in {word}"


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(s: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def gen_card(kind: str | None = None) -> str:
    kind = kind or R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        return luhn_complete("4" + str(R.randrange(10)), 16)
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720", "23"]), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete(R.choice(["6011", "65"]), 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    return luhn_complete(R.choice(["6759", "6763", "4"]), 19)


def group_card(c: str, sep: str = " ") -> str:
    if len(c) == 15:
        parts = [c[:4], c[4:10], c[10:]]
    else:
        parts = [c[i:i + 4] for i in range(0, len(c), 4)]
    return sep.join(parts)


def card_chunks(c: str) -> list[str]:
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def gen_ssn() -> str:
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return f"{a:03d}{R.randrange(1, 100):02d}{R.randrange(1, 10000):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni() -> str:
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + R.choice("ABCD")


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(s: str) -> bool:
    s = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97 == 1


def rdig(n: int) -> str:
    return "".join(str(R.randrange(10)) for _ in range(n))


def gen_iban(country: str | None = None) -> str:
    country = country or R.choice(["GB", "IE", "DE", "ES", "NL", "FR", "IT", "BE"])
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "MIDL", "HBUK"]) + rdig(14)
    elif country == "IE":
        bban = R.choice(["AIBK", "IPBS"]) + rdig(14)
    elif country == "DE":
        bban = rdig(18)
    elif country == "ES":
        bban = rdig(20)
    elif country == "NL":
        bban = R.choice(["ABNA", "INGB", "TRIX"]) + rdig(10)
    elif country == "FR":
        bban = rdig(23)
    elif country == "IT":
        bban = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rdig(22)
    else:
        bban = rdig(12)
    return country + iban_check(country, bban) + bban


def group4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_sort() -> str:
    return R.choice(["20", "40", "30", "60", "11", "09", "83", "77", "90", "93"]) + rdig(4)


def gen_acct(country: str) -> str:
    if country in ("UK", "IE"):
        return str(R.randrange(1, 10)) + rdig(7)
    return str(R.randrange(1, 10)) + rdig(R.choice([8, 9, 10, 11]))


def gen_phone(country: str) -> tuple[str, str]:
    """Return (digits, typed rendering)."""
    if country == "UK":
        k = R.choice(["mob", "mob", "lon", "man", "intl"])
        if k == "mob":
            d = "07" + R.choice(["700", "712", "803", "956", "449", "387"]) + rdig(6)
            return d, R.choice([f"{d[:5]} {d[5:]}", d, f"{d[:5]} {d[5:8]} {d[8:]}", f"{d[:5]}-{d[5:]}"])
        if k == "lon":
            d = "020" + R.choice(["7", "8", "3"]) + rdig(7)
            return d, R.choice([f"{d[:3]} {d[3:7]} {d[7:]}", d, f"({d[:3]}) {d[3:7]} {d[7:]}"])
        if k == "man":
            d = "0161" + rdig(7)
            return d, R.choice([f"{d[:4]} {d[4:7]} {d[7:]}", d])
        d = "447" + R.choice(["700", "912", "851"]) + rdig(6)
        return d, R.choice([f"+{d[:2]} {d[2:6]} {d[6:]}", f"+{d[:2]} (0){d[2:6]} {d[6:]}", f"+{d}"])
    if country == "IE":
        if R.random() < 0.6:
            d = "08" + R.choice("35679") + rdig(7)
            return d, R.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d, f"{d[:3]}-{d[3:]}"])
        d = "3538" + R.choice("35679") + rdig(7)
        return d, R.choice([f"+{d[:3]} {d[3:5]} {d[5:8]} {d[8:]}", f"+{d}", f"00{d[:3]} {d[3:5]} {d[5:]}"])
    if country == "EU":
        cc = R.choice(["49", "33", "34", "31"])
        d = cc + str(R.randrange(1, 10)) + rdig(8)
        return d, R.choice([f"+{cc} {d[2:5]} {d[5:8]} {d[8:]}", f"+{d}", f"00{cc} {d[2:]}"])
    area = str(R.randrange(2, 10)) + rdig(1) + str(R.randrange(10))
    ex = str(R.randrange(2, 10)) + rdig(2)
    d = area + ex + rdig(4)
    fmt = R.choice([f"({area}) {ex}-{d[6:]}", f"{area}-{ex}-{d[6:]}", f"{area}.{ex}.{d[6:]}",
                    f"{area} {ex} {d[6:]}", f"+1 {area} {ex} {d[6:]}", f"1-{area}-{ex}-{d[6:]}", d])
    return d, fmt


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "grace", "daniel", "emma",
         "olu", "niamh", "carlos", "hannah", "wei", "fatima", "jack", "chloe", "ryan", "sophie",
         "marek", "lucy", "dev", "ellen", "sean", "maria", "kwame", "isla", "noah", "zoe"]
LAST = ["smith", "okafor", "murphy", "patel", "jones", "kowalski", "brennan", "nguyen", "taylor",
        "garcia", "obrien", "walsh", "khan", "evans", "hughes", "schmidt", "dubois", "reilly",
        "campbell", "ahmed", "price", "byrne", "lopez", "fraser", "mills"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "protonmail.com", "live.ie", "gmx.de", "sky.com", "yahoo.com"]


def gen_email() -> tuple[list[str], str]:
    """Return (tokens for speech, typed email)."""
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(DOMAINS)
    k = R.randrange(6)
    num = ""
    if k == 0:
        local = [f, ".", l]
    elif k == 1:
        local = [f[0], ".", l]
    elif k == 2:
        num = str(R.randrange(70, 100))
        local = [f, l, num]
    elif k == 3:
        local = [f, "_", l]
    elif k == 4:
        num = str(R.randrange(1, 10)) + str(R.randrange(10))
        local = [f[0], l, num]
    else:
        local = [l, ".", f, "-", "home"] if R.random() < 0.3 else [l, f[0]]
    typed = "".join(local) + "@" + dom
    return local + ["@"] + dom.split(".")[:1] + [".%s" % p for p in dom.split(".")[1:]], typed


def say_email(tokens: list[str]) -> str:
    out = []
    for t in tokens:
        if t == ".":
            out.append("dot")
        elif t == "@":
            out.append("at")
        elif t == "_":
            out.append("underscore")
        elif t == "-":
            out.append(R.choice(["dash", "hyphen"]))
        elif t.startswith("."):
            out.append("dot " + t[1:])
        elif t.isdigit():
            out.append(say_digits(t, "US", R.choice(["plain", "pairs"])) if len(t) == 2 else say_digits(t))
        else:
            out.append(t)
    return " ".join(out)


STREETS = ["maple", "elm", "church", "station", "victoria", "park", "mill", "kingsway", "oak",
           "highfield", "main", "cedar", "queens", "riverside", "meadow", "york", "washington",
           "lincoln", "acacia", "chestnut", "hawthorn", "castle", "orchard", "willow", "grange"]
SUFFIX_UK = ["road", "street", "avenue", "lane", "close", "drive", "crescent", "way", "gardens", "terrace"]
SUFFIX_US = ["street", "avenue", "drive", "boulevard", "road", "lane", "court", "place"]
SUFFIX_ABBR = {"street": "St", "avenue": "Ave", "drive": "Dr", "boulevard": "Blvd", "road": "Rd",
               "lane": "Ln", "court": "Ct", "place": "Pl"}
STREET_WORDS = set(SUFFIX_UK) | set(SUFFIX_US) | {s.lower() for s in SUFFIX_ABBR.values()} | {"park", "green", "hill", "row", "square"}


def say_number(n: int, zw: str = "oh") -> str:
    if n < 10:
        return DIG[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + ("" if u == 0 else " " + DIG[u])
    if n < 1000:
        h, r = divmod(n, 100)
        if r == 0:
            return DIG[h] + " hundred"
        if R.random() < 0.5:
            return DIG[h] + " hundred and " + say_number(r)
        return DIG[h] + " " + (pair_words(f"{r:02d}", True, zw) if r >= 10 else zw + " " + DIG[r])
    hi, lo = divmod(n, 100)
    return say_number(hi) + " " + (pair_words(f"{lo:02d}", True, zw))


def gen_address(country: str, spoken: bool) -> str:
    num = R.randrange(1, 240) if country != "US" else R.choice([R.randrange(1, 99), R.randrange(100, 9999)])
    street = R.choice(STREETS)
    suf = R.choice(SUFFIX_US if country == "US" else SUFFIX_UK)
    if spoken:
        return f"{say_number(num)} {street} {suf}"
    if country == "US" and R.random() < 0.6:
        d = R.choice(["", "", "N ", "W ", "E "])
        return f"{num} {d}{street.title()} {SUFFIX_ABBR.get(suf, suf.title())}"
    st = f"{street} {suf}"
    if R.random() < 0.7:
        st = st.title()
    return f"{num} {st}"


UK_AREAS = ["SW", "N", "M", "LS", "B", "EH", "G", "CF", "BS", "NE", "L", "W", "SE", "E", "BT", "RG", "OX", "CB", "NW", "EC"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
UK_TOWNS = {"SW": "london", "N": "london", "M": "manchester", "LS": "leeds", "B": "birmingham",
            "EH": "edinburgh", "G": "glasgow", "CF": "cardiff", "BS": "bristol", "NE": "newcastle",
            "L": "liverpool", "W": "london", "SE": "london", "E": "london", "BT": "belfast",
            "RG": "reading", "OX": "oxford", "CB": "cambridge", "NW": "london", "EC": "london"}
US_TOWNS = [("austin", "TX", "787"), ("denver", "CO", "802"), ("columbus", "OH", "432"),
            ("phoenix", "AZ", "850"), ("portland", "OR", "972"), ("atlanta", "GA", "303"),
            ("chicago", "IL", "606"), ("boston", "MA", "021"), ("seattle", "WA", "981"),
            ("tampa", "FL", "336"), ("raleigh", "NC", "276"), ("buffalo", "NY", "142")]


def gen_uk_postcode() -> tuple[str, str]:
    area = R.choice(UK_AREAS)
    district = str(R.randrange(1, 20))
    if area in ("SW", "EC", "W") and R.random() < 0.4:
        district = str(R.randrange(1, 10)) + R.choice("ABHPNRV")
    pc = f"{area}{district} {R.randrange(10)}{R.choice(INWARD)}{R.choice(INWARD)}"
    return pc, UK_TOWNS[area]


def say_postcode(pc: str, country: str = "UK") -> str:
    out = []
    for part in pc.split():
        i = 0
        while i < len(part):
            ch = part[i]
            if ch.isdigit():
                # district like "14" may be said as "fourteen"
                if i + 1 < len(part) and part[i + 1].isdigit() and part is pc.split()[0] and R.random() < 0.5:
                    out.append(say_number(int(part[i:i + 2])))
                    i += 2
                    continue
                out.append(DIG[int(ch)] if ch != "0" else R.choice(["zero", "oh"]))
            else:
                if i + 1 < len(part) and part[i + 1] == ch and R.random() < 0.5:
                    out.append("double " + ch.lower())
                    i += 2
                    continue
                out.append(spell_letter(ch, country) if R.random() < 0.35 else ch.lower())
            i += 1
    return " ".join(out)


def gen_dob() -> tuple[int, int, int]:
    y = R.randrange(1938, 2006)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return y, m, d


def say_dob(y: int, m: int, d: int, country: str) -> str:
    k = R.randrange(6)
    if k == 0:
        return f"the {ordinal(d)} of {MONTHS[m - 1]} {say_year(y)}"
    if k == 1:
        return f"{MONTHS[m - 1]} {ordinal(d)} {say_year(y)}"
    if k == 2:
        return f"{ordinal(d)} of {MONTHS[m - 1]} {say_year(y)}"
    if k == 3:
        zw = zero_word(country)
        if country == "US":
            a, b = m, d
        else:
            a, b = d, m
        return f"{pair_words(f'{a:02d}', False, zw)} {pair_words(f'{b:02d}', False, zw)} {say_year(y)}"
    if k == 4:
        return f"{MONTHS[m - 1]} {say_number(d)} {say_year(y)}"
    if country == "US":
        s = f"{m:02d}{d:02d}{y % 100:02d}"
    else:
        s = f"{d:02d}{m:02d}{y % 100:02d}"
    return say_digits(s, country, "plain")


def type_dob(y: int, m: int, d: int, country: str) -> str:
    k = R.randrange(5)
    if k == 0:
        return f"{m:02d}/{d:02d}/{y}" if country == "US" else f"{d:02d}/{m:02d}/{y}"
    if k == 1:
        return f"{d} {MONTHS[m - 1].title()} {y}" if country != "US" else f"{MONTHS[m - 1].title()} {d}, {y}"
    if k == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if k == 3:
        return f"{d}.{m}.{y}" if country != "US" else f"{m}-{d}-{y}"
    return f"{d:02d}/{m:02d}/{y % 100:02d}" if country != "US" else f"{m}/{d}/{y % 100:02d}"


def gen_expiry() -> tuple[int, int]:
    return R.randrange(1, 13), R.randrange(2026, 2032)


def say_expiry(m: int, y: int, country: str) -> str:
    zw = zero_word(country)
    k = R.randrange(5)
    yy = y % 100
    if k == 0:
        return f"{pair_words(f'{m:02d}', False, zw)} {say_number(yy)}"
    if k == 1:
        return f"{MONTHS[m - 1]} {say_year(y)}"
    if k == 2:
        return f"{say_number(m) if m >= 10 else DIG[m]} {say_number(yy)}"
    if k == 3:
        return f"{MONTHS[m - 1]} {say_number(yy)}"
    return say_digits(f"{m:02d}{yy:02d}", country, "plain")


def type_expiry(m: int, y: int) -> str:
    return R.choice([f"{m:02d}/{y % 100:02d}", f"{m:02d}/{y}", f"{m:02d}-{y % 100:02d}", f"{m}/{y % 100:02d}",
                     f"{m:02d}{y % 100:02d}", f"{m:02d} / {y % 100:02d}"])


# ---------------------------------------------------------------------------
# case assembly
# ---------------------------------------------------------------------------
class Case:
    def __init__(self, note: str):
        self.note = note
        self.turns: list[tuple[str, list]] = []
        self._g = 0

    def group(self) -> str:
        self._g += 1
        return f"g{self._g}"

    def add(self, speaker: str, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def a(self, *segs):
        return self.add("agent", *segs)

    def c(self, *segs):
        return self.add("customer", *segs)


def V(value: str, typ: str, group: str | None = None):
    return (value, typ, group)


def build(case: Case, cid: str, kind: str):
    turns, spans, meta = [], [], []
    auto = 0
    for ti, (spk, segs) in enumerate(case.turns):
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                val, typ, grp = s
                if grp is None:
                    auto += 1
                    grp = f"a{auto}"
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                meta.append(grp)
                text += val
        turns.append({"speaker": spk, "text": text})
    rec = {"id": cid, "kind": kind, "turns": turns, "spans": spans, "note": case.note}
    return rec, meta


# ---------------------------------------------------------------------------
# helpers for scenario text
# ---------------------------------------------------------------------------
IND_CALL = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
            "government services"]
BACK = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "yeah", "right", "got it", "mm hm", "and"]
FILL = ["um", "uh", "er", "erm"]


def ctry(options=("UK", "US", "IE")) -> str:
    return R.choice(list(options))


def maybe(p: float, s: str) -> str:
    return s if R.random() < p else ""


def card_spoken(card: str, country: str) -> str:
    style = R.choice(["plain", "doubles", "groups", "groups", "pairs"])
    if style == "groups":
        return " ".join(say_digits(ch, country, R.choice(["plain", "doubles"])) for ch in card_chunks(card))
    if style == "pairs" and len(card) % 2 == 0:
        return " ".join(say_digits(ch, country, "pairs") for ch in card_chunks(card))
    return say_digits(card, country, "plain" if style == "pairs" else style)


def chunks_for(s: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


# ---------------------------------------------------------------------------
# positive templates
# ---------------------------------------------------------------------------
def p_card_chat():
    country = ctry(("UK", "US", "IE"))
    card = gen_card()
    sep = R.choice([" ", " ", "-", "", " "])
    typed = group_card(card, sep) if sep else card
    if R.random() < 0.2:
        typed = typed.replace(" ", "  ", 1)
    c = Case("chat/retail: card typed with separator %r" % (sep or "none"))
    c.a(R.choice(["Hi, thanks for waiting. How can I help today?", "Hello! What can I do for you?"]))
    lead = R.choice(["my card is ", "card no: ", "Card number ", "cc ", "here u go ", "its ", "The long number is "])
    tail = R.choice(["", " thanks", " - can you take the £25.00 now?", " pls", " (the visa one)", "."])
    c.c(R.choice(["Hi I need to pay my bill", "i want to update payment method", "Can I pay the outstanding $84.20?"]))
    c.a("Sure, please type the long card number.")
    c.c(lead, V(typed, "CARD_NUMBER"), tail)
    if R.random() < 0.6:
        m, y = gen_expiry()
        cvv = rdig(4 if len(card) == 15 else 3)
        c.a("And the expiry and the security code on the back?")
        c.c(R.choice(["exp ", "expiry ", "Expires "]), V(type_expiry(m, y), "EXPIRY"),
            R.choice([" cvv ", " and ", ", code ", " sec code "]), V(cvv, "CVV"))
        c.note = "chat/retail: card typed (sep %r) then expiry and cvv in one message" % (sep or "none")
    return c


def p_card_chat_split():
    card = gen_card(R.choice(["visa", "mc"]))
    ch = card_chunks(card)
    g = None
    c = Case("chat/telecom: card typed over two messages")
    c.a("Please enter the card number for the top-up.")
    c.c(V(ch[0] + " " + ch[1], "CARD_NUMBER", "k"))
    c.c(R.choice(["oops sent too soon ", "sorry ", "", "rest: "]), V(" ".join(ch[2:]), "CARD_NUMBER", "k"))
    c.a("Thanks, I've got that. The top-up of £20 will apply in 5 minutes.")
    return c


def p_card_call_one():
    country = ctry()
    ind = R.choice(IND_CALL)
    card = gen_card()
    c = Case(f"call/{ind}: card read in one turn ({len(card)} digits)")
    c.a(R.choice(["okay and can i take the long number across the front of the card",
                  "when you're ready go ahead with the card number",
                  "what's the sixteen digit number on the card please"]))
    fill = R.choice(["", "yeah ", "yeah it's ", "okay so it's ", "right um ", "it's "])
    spoken = card_spoken(card, country)
    words = spoken.split()
    if R.random() < 0.3 and len(words) > 8:
        k = R.randrange(4, len(words) - 3)
        f = R.choice(FILL)
        c.c(fill, V(" ".join(words[:k]), "CARD_NUMBER", "x"), f" {f} ", V(" ".join(words[k:]), "CARD_NUMBER", "x"))
        c.note += ", filler word inside the reading"
    else:
        tail = R.choice(["", " yeah", " that's it", " and that's a visa" if card[0] == "4" else " that's the mastercard"])
        c.c(fill, V(spoken, "CARD_NUMBER"), tail)
    c.a(R.choice(["thank you", "lovely thanks", "great"]))
    return c


def p_card_call_split():
    country = ctry()
    ind = R.choice(IND_CALL)
    card = gen_card(R.choice(["visa", "mc", "amex", "disc"]))
    ch = card_chunks(card)
    c = Case(f"call/{ind}: card split over {len(ch)} customer turns with back-channels")
    c.a("okay go ahead with the card number")
    for i, piece in enumerate(ch):
        pre = R.choice(["", "", "right ", "it's ", "um "]) if i == 0 else R.choice(["", "", "then ", "and "])
        c.c(pre, V(card_spoken(piece, country) if False else say_digits(piece, country), "CARD_NUMBER", "k"))
        if i < len(ch) - 1:
            c.a(R.choice(BACK))
    c.a(R.choice(["and that's a mastercard yeah", "perfect thank you", "okay lovely"]))
    return c


def p_card_correction():
    country = ctry()
    card = gen_card(R.choice(["visa", "mc"]))
    wrong = say_digits(card[:4] + str((int(card[4]) + 3) % 10), country, "plain")
    c = Case("call/banking: caller starts card, corrects himself and restarts; only the full reading is labelled")
    c.a("and the card number please")
    c.c(f"{wrong} no sorry sorry let me start again it's ", V(card_spoken(card, country), "CARD_NUMBER"))
    c.a("no problem thank you")
    return c


def p_card_readback():
    country = ctry()
    card = gen_card(R.choice(["visa", "mc", "amex"]))
    c = Case("call/travel: card given by customer then read back by agent in groups")
    c.a("can i take the card number for the deposit of two hundred and fifty pounds")
    c.c(R.choice(["sure ", "yes ", ""]), V(card_spoken(card, country), "CARD_NUMBER"))
    ch = card_chunks(card)
    rb = " ".join(say_digits(x, country, "plain") for x in ch)
    c.a("let me just read that back ", V(rb, "CARD_NUMBER"), " is that right")
    c.c("yeah that's right")
    return c


def p_card_exp_cvv_call():
    country = ctry()
    ind = R.choice(["retail", "utilities", "telecom", "insurance"])
    card = gen_card()
    m, y = gen_expiry()
    cvv = rdig(4 if len(card) == 15 else 3)
    c = Case(f"call/{ind}: card, expiry and cvv over several turns")
    c.a("okay what's the card number")
    c.c(V(card_spoken(card, country), "CARD_NUMBER"))
    c.a(R.choice(["and the expiry date", "and when does it expire", "expiry date please"]))
    c.c(R.choice(["", "it's ", "um ", "expires "]), V(say_expiry(m, y, country), "EXPIRY"))
    c.a(R.choice(["and the three digit security code on the back", "and the last three digits on the signature strip",
                  "and the security code please", "and the cvv"]))
    c.c(R.choice(["", "it's ", "that's ", "uh "]), V(say_digits(cvv, country, "plain"), "CVV"))
    c.a(R.choice(["thank you so that's forty two fifty going through now", "great processing the payment of nineteen ninety nine now"]))
    return c


def p_exp_cvv_one_turn():
    country = ctry()
    m, y = gen_expiry()
    cvv = rdig(3)
    c = Case("call/retail: expiry and cvv said together in one turn")
    c.a("i'll need the expiry and the security code")
    c.c(R.choice(["expiry is ", "it runs out ", "valid till "]), V(say_expiry(m, y, country), "EXPIRY"),
        R.choice([" and the code is ", " and the back's ", " security number "]), V(say_digits(cvv, country, R.choice(["plain", "doubles"])), "CVV"))
    return c


def p_ssn_chat():
    ssn = gen_ssn()
    fmt = R.choice([f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}", f"{ssn[:3]} {ssn[3:5]} {ssn[5:]}", ssn,
                    f"{ssn[:3]}.{ssn[3:5]}.{ssn[5:]}", f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}", f"{ssn[:3]} - {ssn[3:5]} - {ssn[5:]}"])
    ind = R.choice(["banking", "insurance", "healthcare billing", "government services"])
    c = Case(f"chat/{ind}: US SSN typed as {fmt!r}-style")
    c.note = f"chat/{ind}: SSN typed with separators {re.sub(r'[0-9]', '9', fmt)!r}"
    c.a("To verify your identity, please provide your Social Security number.")
    c.c(R.choice(["ssn ", "SSN: ", "sure its ", "My social is ", "", "soc sec # "]), V(fmt, "SSN"),
        R.choice(["", " thx", ". My claim # is 88213409", " and I'm calling about the bill from 3/14"]))
    return c


def p_ssn_call():
    ssn = gen_ssn()
    ind = R.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    k = R.randrange(4)
    c = Case(f"call/{ind}: SSN spoken")
    c.a(R.choice(["and can i get your social security number please", "can you verify your social for me",
                  "what's the social on the account"]))
    if k == 0:
        c.c(R.choice(["sure it's ", "yeah ", "okay ", ""]), V(say_digits(ssn, "US", R.choice(["plain", "doubles"])), "SSN"))
        c.note += " digit by digit in one turn"
    elif k == 1:
        c.c(V(say_digits(ssn[:3], "US"), "SSN", "s"))
        c.a(R.choice(BACK))
        c.c(V(say_digits(ssn[3:5], "US"), "SSN", "s"))
        c.a(R.choice(BACK))
        c.c(V(say_digits(ssn[5:], "US"), "SSN", "s"))
        c.note += " split 3-2-4 across turns with back-channels"
    elif k == 2:
        a = say_number(int(ssn[:3])) if ssn[0] != "0" else say_digits(ssn[:3], "US", "plain")
        c.c("it's ", V(f"{a} {pair_words(ssn[3:5], False, 'oh')} {say_digits(ssn[5:], 'US', 'pairs')}", "SSN"))
        c.note += " in hundreds/pairs form"
    else:
        c.c(R.choice(["hold on let me grab my card ", "one second "]),
            V(say_digits(ssn, "US", "plain"), "SSN"),
            R.choice([" and i'm calling about a bill for three hundred and twelve dollars", " that's it"]))
        c.a("thank you and just to confirm that's ", V(f"{say_digits(ssn[:3],'US','plain')} {say_digits(ssn[3:5],'US','plain')} {say_digits(ssn[5:],'US','plain')}", "SSN"))
        c.c("yes")
        c.note += " with agent read-back"
    return c


def p_ssn_filler():
    ssn = gen_ssn()
    w1 = say_digits(ssn[:5], "US", "plain")
    w2 = say_digits(ssn[5:], "US", "plain")
    f = R.choice(["um", "uh", "hang on", "let me see"])
    c = Case("call/healthcare billing: SSN with a hesitation filler in the middle")
    c.a("last thing i need is the patient's social")
    c.c(V(w1, "SSN", "s"), f" {f} ", V(w2, "SSN", "s"))
    c.a("thanks")
    return c


def ni_spoken(ni: str) -> str:
    k = R.randrange(4)
    letters = " ".join(spell_letter(ch, "UK") for ch in ni[:2])
    suf = spell_letter(ni[8], "UK")
    if k == 0:
        digs = say_digits(ni[2:8], "UK", "plain")
    elif k == 1:
        digs = say_digits(ni[2:8], "UK", "pairs")
    elif k == 2:
        digs = say_digits(ni[2:8], "UK", "doubles")
    else:
        digs = " ".join(say_digits(ni[i:i + 2], "UK", R.choice(["plain", "pairs"])) for i in (2, 4, 6))
    return f"{letters} {digs} {suf}"


def p_ni_chat():
    ni = gen_ni()
    fmt = R.choice([ni, f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", ni.lower(),
                    f"{ni[:2]}{ni[2:8]} {ni[8]}", f"{ni[:2].lower()} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8].lower()}",
                    f"{ni[:2]}-{ni[2:4]}-{ni[4:6]}-{ni[6:8]}-{ni[8]}", f"{ni[:2]} {ni[2:8]} {ni[8]}"])
    ind = R.choice(["government services", "banking", "insurance", "utilities"])
    c = Case(f"chat/{ind}: UK NI number typed as {re.sub(r'[0-9]', '9', re.sub(r'[A-Za-z]', 'A', fmt))!r}")
    c.a("Could you confirm your National Insurance number please?")
    c.c(R.choice(["NI no ", "its ", "ni number: ", "Sure - ", "", "NINO "]), V(fmt, "NI_NUMBER"),
        R.choice(["", " :)", " thanks", ". I earn about £28,500 a year if that matters", " - reference 44120398"]))
    return c


def p_ni_call():
    ni = gen_ni()
    ind = R.choice(["government services", "banking", "insurance", "utilities", "telecom"])
    c = Case(f"call/{ind}: NI number spoken in one turn")
    c.a(R.choice(["and your national insurance number please", "can i take your n i number",
                  "what's your national insurance number"]))
    c.c(R.choice(["yeah it's ", "it's ", "", "okay ", "um "]), V(ni_spoken(ni), "NI_NUMBER"))
    c.a("thank you")
    return c


def p_ni_split():
    ni = gen_ni()
    c = Case("call/government services: NI number split letters / digits / suffix over turns")
    c.a("can you give me your national insurance number")
    c.c(V(" ".join(spell_letter(ch, "UK") for ch in ni[:2]), "NI_NUMBER", "n"))
    c.a(R.choice(BACK))
    if R.random() < 0.5:
        c.c(V(say_digits(ni[2:5], "UK", "plain"), "NI_NUMBER", "n"))
        c.a(R.choice(BACK))
        c.c(V(say_digits(ni[5:8], "UK", "plain"), "NI_NUMBER", "n"))
    else:
        c.c(V(say_digits(ni[2:8], "UK", R.choice(["plain", "pairs"])), "NI_NUMBER", "n"))
    c.a(R.choice(["and the letter at the end", "and the last letter", "mhm"]))
    c.c(R.choice(["", "it's ", "that's "]), V(spell_letter(ni[8], "UK"), "NI_NUMBER", "n"))
    c.note += "" if True else ""
    return c


def p_ni_readback():
    ni = gen_ni()
    c = Case("call/banking: NI number with agent read-back using phonetic alphabet")
    c.a("national insurance number please")
    c.c(V(ni_spoken(ni), "NI_NUMBER"))
    rb = " ".join(f"{ch.lower()} for {NATO[ch.lower()]}" for ch in ni[:2]) + " " + \
        say_digits(ni[2:8], "UK", "plain") + f" {ni[8].lower()} for {NATO[ni[8].lower()]}"
    c.a("so that's ", V(rb, "NI_NUMBER"), " yeah")
    c.c(R.choice(["yeah", "that's it", "correct"]))
    return c


def p_bank_chat():
    country = ctry(("UK", "UK", "IE", "US"))
    acct = gen_acct(country)
    c = Case(f"chat/banking: account details typed ({country})")
    c.a("What are the details of the account you'd like the refund paid into?")
    if country == "US":
        c.c(R.choice(["acct # ", "account number ", "Acct: "]), V(acct, "BANK_ACCOUNT"),
            R.choice(["", " (checking)", " - it's a savings acct"]))
        c.note = "chat/banking: US account number typed"
    else:
        sc = gen_sort()
        scf = R.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}", f"{sc[:2]}.{sc[2:4]}.{sc[4:]}"])
        af = R.choice([acct, f"{acct[:4]} {acct[4:]}"])
        c.c(R.choice(["sort code ", "sc ", "Sort: "]), V(scf, "SORT_CODE"),
            R.choice([" acc ", " account no ", ", a/c ", " and account "]), V(af, "BANK_ACCOUNT"))
        c.note = "chat/banking: sort code and account typed in one message"
    c.a("Thanks, the refund of £112.40 will arrive in 3-5 working days.")
    return c


def p_bank_call():
    country = ctry(("UK", "UK", "IE"))
    acct = gen_acct(country)
    sc = gen_sort()
    c = Case(f"call/{R.choice(['banking', 'utilities', 'insurance'])}: sort code and account number spoken over turns")
    c.a("what's the sort code for the account")
    k = R.randrange(3)
    if k == 0:
        scs = say_digits(sc, country, "pairs")
    elif k == 1:
        scs = " ".join(say_digits(sc[i:i + 2], country, "plain") for i in (0, 2, 4))
    else:
        scs = say_digits(sc, country, "doubles")
    c.c(R.choice(["", "it's ", "um it's "]), V(scs, "SORT_CODE"))
    c.a(R.choice(["and the account number", "lovely and the eight digit account number"]))
    if R.random() < 0.4:
        c.c(V(say_digits(acct[:4], country), "BANK_ACCOUNT", "b"))
        c.a(R.choice(BACK))
        c.c(V(say_digits(acct[4:], country), "BANK_ACCOUNT", "b"))
        c.note += ", account split"
    else:
        c.c(V(say_digits(acct, country, R.choice(["plain", "doubles", "pairs"])), "BANK_ACCOUNT"))
    c.a("thank you the direct debit will come out on the first of each month")
    return c


def p_bank_us_call():
    acct = gen_acct("US")
    c = Case("call/banking: US checking account number spoken, with dollar amount nearby")
    c.a("which account should the two hundred dollars come from")
    c.c(R.choice(["my checking ", "the checking account ", "the savings "]),
        V(say_digits(acct, "US", R.choice(["plain", "doubles"])), "BANK_ACCOUNT"))
    c.a("got it")
    return c


def p_iban_chat():
    iban = gen_iban()
    fmt = R.choice([group4(iban), iban, group4(iban).lower(), iban.lower(), group4(iban, "-")])
    c = Case(f"chat/{R.choice(['banking', 'travel', 'retail'])}: {iban[:2]} IBAN typed")
    c.a("Please send the IBAN for the refund.")
    c.c(R.choice(["IBAN ", "iban: ", "", "here: ", "my iban is "]), V(fmt, "IBAN"),
        R.choice(["", " thanks", " (BIC doesn't matter?)", " for the €240 refund"]))
    return c


def p_iban_call():
    iban = gen_iban(R.choice(["IE", "GB", "DE", "NL"]))
    country = "IE" if iban[:2] == "IE" else "UK" if iban[:2] == "GB" else "EU"
    parts = []
    for i in range(0, len(iban), 4):
        g = iban[i:i + 4]
        toks = []
        for ch in g:
            toks.append(DIG[int(ch)] if ch.isdigit() and ch != "0" else ("oh" if ch == "0" else spell_letter(ch, country)))
        parts.append(" ".join(toks))
    c = Case(f"call/banking: {iban[:2]} IBAN read out in groups of four over turns")
    c.a("can you read me the iban")
    half = len(parts) // 2
    c.c(V(" ".join(parts[:half]), "IBAN", "i"))
    c.a(R.choice(BACK))
    c.c(V(" ".join(parts[half:]), "IBAN", "i"))
    return c


def p_phone_chat():
    country = ctry(("UK", "US", "IE", "EU"))
    d, typed = gen_phone(country)
    c = Case(f"chat/{R.choice(['telecom', 'retail', 'utilities', 'travel'])}: {country} phone typed {re.sub(r'[0-9]', '9', typed)!r}")
    c.a("What's the best number to reach you on?")
    c.c(R.choice(["", "mob: ", "call me on ", "its ", "Tel ", "best is "]), V(typed, "PHONE"),
        R.choice(["", " after 5pm", " - anytime before 6", " thx", ". Order 55120983 btw"]))
    return c


def say_phone(d: str, country: str) -> str:
    if d.startswith("44") or d.startswith("353") or (country == "EU"):
        cc = d[:2] if not d.startswith("353") else "353"
        rest = d[len(cc):]
        return f"plus {say_digits(cc, country, 'plain')} {say_digits(rest, country, R.choice(['plain', 'doubles']))}"
    if country == "US" and R.random() < 0.4:
        return " ".join(say_digits(x, "US", R.choice(["plain", "doubles"])) for x in (d[:3], d[3:6], d[6:]))
    if country == "US" and R.random() < 0.3:
        return f"{say_digits(d[:3],'US','plain')} {say_digits(d[3:6],'US','plain')} {say_digits(d[6:],'US','pairs')}"
    return say_digits(d, country, R.choice(["plain", "doubles", "doubles"]))


def p_phone_call():
    country = ctry(("UK", "US", "IE"))
    d, _ = gen_phone(country)
    c = Case(f"call/{R.choice(IND_CALL)}: {country} phone number spoken")
    c.a(R.choice(["and a contact number", "what's the best number to call you back on", "can i take a phone number"]))
    if R.random() < 0.4 and len(d) >= 10:
        cut = 5 if country != "US" else 3
        c.c(V(say_digits(d[:cut], country), "PHONE", "p"))
        c.a(R.choice(BACK))
        c.c(V(say_digits(d[cut:], country, R.choice(["plain", "doubles"])), "PHONE", "p"))
        c.note += " split across two turns"
    else:
        c.c(R.choice(["yeah it's ", "", "it's ", "my mobile's "]), V(say_phone(d, country), "PHONE"),
            R.choice(["", " that's my mobile", " any time after two"]))
    if R.random() < 0.3:
        c.a("let me read that back ", V(say_digits(d, country, "plain"), "PHONE"))
        c.c("yep")
        c.note += ", agent read-back"
    return c


def p_email_chat():
    _, typed = gen_email()
    if R.random() < 0.3:
        typed = typed.title() if R.random() < 0.5 else typed.upper()
    c = Case(f"chat/{R.choice(['retail', 'telecom', 'travel', 'insurance'])}: e-mail typed")
    c.a("What email should we send the confirmation to?")
    c.c(R.choice(["", "email: ", "send it to ", "its "]), V(typed, "EMAIL"),
        R.choice(["", " please", ". Booking ref is 7731209", " thanks!!"]))
    return c


def p_email_call():
    toks, _ = gen_email()
    c = Case(f"call/{R.choice(IND_CALL)}: e-mail dictated with 'dot' / 'at'")
    c.a("and what email address shall i put on the account")
    c.c(R.choice(["it's ", "yeah it's ", "", "um "]), V(say_email(toks), "EMAIL"))
    c.a("lovely")
    return c


def p_dob_chat():
    country = ctry(("UK", "US", "IE"))
    y, m, d = gen_dob()
    c = Case(f"chat/{R.choice(['banking', 'healthcare billing', 'insurance'])}: DOB typed ({country})")
    c.a("For security, please confirm your date of birth.")
    c.c(R.choice(["dob ", "DOB: ", "born ", "", "its "]), V(type_dob(y, m, d, country), "DOB"))
    return c


def p_dob_call():
    country = ctry(("UK", "US", "IE"))
    y, m, d = gen_dob()
    c = Case(f"call/{R.choice(IND_CALL)}: date of birth spoken ({country})")
    c.a(R.choice(["can i take your date of birth", "and what's your date of birth", "date of birth please"]))
    c.c(R.choice(["", "it's ", "yeah ", "i was born on "]), V(say_dob(y, m, d, country), "DOB"),
        R.choice(["", " so i'm eighty now", " yeah"]) if y < 1946 else "")
    return c


def p_address_uk():
    pc, town = gen_uk_postcode()
    spoken = R.random() < 0.6
    addr = gen_address("UK", spoken)
    ind = R.choice(["utilities", "retail", "insurance", "telecom"])
    if spoken:
        c = Case(f"call/{ind}: UK address and postcode spoken")
        c.a("can i take your postcode to find the address")
        c.c(R.choice(["yeah it's ", "", "it's "]), V(say_postcode(pc), "POSTCODE"))
        c.a("and the first line of the address")
        if R.random() < 0.3:
            addr = R.choice(["flat two ", "flat " + DIG[R.randrange(1, 10)] + " ", "apartment six "]) + addr
        c.c(R.choice(["", "it's ", "yeah "]), V(addr, "ADDRESS"), R.choice(["", " " + town]))
    else:
        c = Case(f"chat/{ind}: UK address and postcode typed in one message")
        c.a("What's the delivery address?")
        pcf = R.choice([pc, pc.replace(" ", ""), pc.lower()])
        c.c(V(addr, "ADDRESS"), R.choice([", ", " ", ",\n"]), town.title(), R.choice([", ", " "]), V(pcf, "POSTCODE"))
    return c


def p_address_us():
    town, st, z3 = R.choice(US_TOWNS)
    z = z3 + rdig(2)
    if R.random() < 0.3:
        z = z + "-" + rdig(4)
    spoken = R.random() < 0.5
    addr = gen_address("US", spoken)
    if spoken:
        c = Case("call/utilities: US street address and ZIP spoken")
        c.a("what's the service address")
        c.c(V(addr, "ADDRESS"), f" in {town}")
        c.a("and the zip code")
        c.c(V(say_digits(z.replace("-", ""), "US", R.choice(["plain", "doubles"])), "POSTCODE"))
    else:
        c = Case("chat/retail: US street address with ZIP typed")
        c.a("Where should we ship the replacement?")
        c.c(V(addr, "ADDRESS"), R.choice([", ", " "]), f"{town.title()}, {st} ", V(z, "POSTCODE"))
    return c


def p_combo_call():
    """two values in one turn + chit-chat."""
    country = ctry(("UK", "IE"))
    d, _ = gen_phone(country)
    toks, _ = gen_email()
    c = Case(f"call/{R.choice(IND_CALL)}: phone and e-mail in one customer turn amid chit-chat")
    c.a("can i update your contact details while i have you")
    ph = say_phone(d, country) if d.startswith(("44", "353")) else say_digits(d, country, "doubles")
    c.c("yeah sure the mobile is ", V(ph, "PHONE"),
        R.choice([" and the email is ", " and email wise it's ", " and then the email is "]), V(say_email(toks), "EMAIL"),
        R.choice(["", " sorry the dog's barking", " i've had that one for about twenty years"]))
    c.a("perfect i've updated both")
    return c


def p_combo_verif():
    country = "UK"
    ni = gen_ni()
    y, m, d = gen_dob()
    pc, _ = gen_uk_postcode()
    c = Case("call/government services: DOB, NI number and postcode during verification, with a claim number that is not PII")
    c.a("before we go on i need to verify you can i take your date of birth")
    c.c(V(say_dob(y, m, d, country), "DOB"))
    c.a("and your national insurance number")
    c.c(V(ni_spoken(ni), "NI_NUMBER"))
    c.a("and the postcode we have for you")
    c.c(V(say_postcode(pc), "POSTCODE"))
    c.a("thanks and you're calling about claim number four four one two nine three is that right")
    c.c("yes that's the one from the ninth of june")
    return c


def p_combo_us():
    ssn = gen_ssn()
    y, m, d = gen_dob()
    d2, _ = gen_phone("US")
    c = Case("call/healthcare billing: SSN, DOB and callback number with a balance amount that is not PII")
    c.a("can i get the patient's date of birth")
    c.c(V(say_dob(y, m, d, "US"), "DOB"))
    c.a("and the social")
    c.c(V(say_digits(ssn, "US", R.choice(["plain", "doubles"])), "SSN"))
    c.a("okay i see a balance of one hundred forty two dollars and eighteen cents what's a good callback number")
    c.c(V(say_phone(d2, "US"), "PHONE"))
    return c


def p_card_chat_typo():
    card = gen_card(R.choice(["visa", "mc"]))
    ch = card_chunks(card)
    # irregular grouping typed by a hurried user
    sizes = R.choice([[3, 5, 4, 4], [4, 4, 8], [8, 8], [6, 6, 4], [2, 6, 4, 4]])
    parts = chunks_for(card, sizes)
    typed = R.choice([" ", "  ", " - ", "."]).join(parts)
    c = Case("chat/retail: card typed with irregular grouping")
    c.c(R.choice(["pls charge my card ", "card nmber ", "ok the card is ", "cardno "]), V(typed, "CARD_NUMBER"),
        R.choice(["", " exp " , " "]))
    if c.turns[-1][1][-1] == " exp ":
        m, y = gen_expiry()
        c.turns[-1][1].append(V(type_expiry(m, y), "EXPIRY"))
    c.a("Thank you, processing the payment of £15.99 now.")
    return c


def p_cvv_chat():
    cvv = rdig(R.choice([3, 3, 4]))
    c = Case("chat/retail: CVV typed alone after agent asks for the security code")
    c.a("Please type the 3 or 4 digit security code from the back of the card.")
    c.c(R.choice(["", "cvv ", "code: ", "its "]), V(cvv, "CVV"))
    c.a("Thanks! Your order #" + str(R.randrange(1000000, 99999999)) + " is confirmed.")
    return c


HOMO_W = {"4": ["for", "four"], "2": ["to", "two", "too"], "8": ["ate", "eight"]}


def say_digits_homophones(s: str, country: str) -> str:
    words = []
    for ch in s:
        if ch in HOMO_W and R.random() < 0.6:
            words.append(R.choice(HOMO_W[ch]))
        else:
            words.append("oh" if ch == "0" else DIG[int(ch)])
    return " ".join(words)


def p_card_homophone():
    country = ctry()
    card = gen_card(R.choice(["visa", "mc"]))
    while not any(ch in card for ch in "248"):
        card = gen_card("visa")
    c = Case(f"call/{R.choice(IND_CALL)}: card with ASR homophones ('for' = 4, 'to' = 2, 'ate' = 8)")
    c.a("can you give me the card number please")
    spoken = say_digits_homophones(card, country)
    while not set(spoken.split()) & {"for", "to", "too", "ate"}:
        spoken = say_digits_homophones(card, country)
    c.c(R.choice(["yeah it's ", "okay ", ""]), V(spoken, "CARD_NUMBER"))
    c.a("thank you")
    return c


def p_itn_call():
    """ASR output with inverse text normalisation: digits written as numerals in a lower-case transcript."""
    k = R.randrange(4)
    if k == 0:
        card = gen_card(R.choice(["visa", "mc"]))
        c = Case("call/retail: ASR with numerals (inverse text normalisation), card number in digit groups")
        c.a("go ahead with the card number")
        c.c("yeah it's ", V(" ".join(card_chunks(card)), "CARD_NUMBER"), " and the expiry is ",
            V(f"{R.randrange(1, 13):02d} {R.randrange(26, 32)}", "EXPIRY"))
    elif k == 1:
        ssn = gen_ssn()
        c = Case("call/banking: ASR with numerals, SSN as digits in a lower-case transcript")
        c.a("can i get the social security number")
        c.c("sure ", V(R.choice([f"{ssn[:3]} {ssn[3:5]} {ssn[5:]}", ssn, f"{ssn[:3]} {ssn[3:]}"]), "SSN"),
            " and i'm calling about the 340 dollar charge")
    elif k == 2:
        d, _ = gen_phone("UK")
        while not d.startswith("07"):
            d, _ = gen_phone("UK")
        c = Case("call/telecom: ASR with numerals, UK mobile as digit groups")
        c.a("what number are you calling about")
        c.c("it's ", V(R.choice([f"{d[:5]} {d[5:]}", f"{d[:5]} {d[5:8]} {d[8:]}", d]), "PHONE"),
            " i've had it about 10 years")
    else:
        ni = gen_ni()
        c = Case("call/government services: ASR with numerals, NI number as letters and digit groups")
        c.a("and your national insurance number")
        c.c("yeah it's ", V(f"{ni[0].lower()} {ni[1].lower()} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8].lower()}", "NI_NUMBER"))
    return c


def p_email_spelled():
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(["gmail", "hotmail", "outlook", "yahoo"])
    tld = R.choice(["com", "co dot uk", "ie"])
    c = Case("call/utilities: e-mail with the surname spelled letter by letter")
    c.a("and the email address")
    c.c("it's ", V(f"{f} dot {' '.join(l)} at {dom} dot {tld}", "EMAIL"), R.choice(["", " all lower case", ""]))
    c.a("lovely thank you")
    return c


def p_zip_chat():
    town, st, z3 = R.choice(US_TOWNS)
    z = z3 + rdig(2)
    c = Case("chat/retail: US ZIP typed alone to check delivery, with price and quantity nearby")
    c.c(R.choice(["do u deliver to ", "Is shipping free to zip ", "zip code "]), V(z, "POSTCODE"),
        R.choice(["? ordering 2 chairs at $149 each", " - need it by friday", "?"]))
    c.a("Yes, standard delivery to that area takes 3-5 business days.")
    return c


def p_sortcode_chat():
    sc = gen_sort()
    c = Case("chat/banking: sort code typed alone to check the bank, with amount nearby")
    c.c(R.choice(["which bank is sort code ", "is ", "Sort code "]), V(R.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"]), "SORT_CODE"),
        R.choice([" ? trying to send £300", " valid for faster payments?", " - payee check failed"]))
    c.a("That sort code belongs to a UK bank that supports Faster Payments.")
    return c


def p_phone_intl_call():
    country = R.choice(["IE", "EU"])
    d, _ = gen_phone(country)
    while not (d.startswith("353") or country == "EU"):
        d, _ = gen_phone(country)
    c = Case(f"call/travel: international number read with 'plus' and country code ({country})")
    c.a("and a number where we can reach you while you're abroad")
    c.c(R.choice(["it's ", "yeah ", ""]), V(say_phone(d, country), "PHONE"))
    c.a("thanks and your flight is at seven forty tomorrow morning")
    return c


def p_dob_split():
    country = ctry(("UK", "IE", "US"))
    y, m, d = gen_dob()
    c = Case(f"call/insurance: date of birth split across turns (day-month then year)")
    c.a("can you confirm your date of birth")
    c.c(V(f"{ordinal(d)} of {MONTHS[m - 1]}", "DOB", "d"))
    c.a(R.choice(BACK))
    c.c(V(say_year(y), "DOB", "d"))
    c.a("thank you and that's for the policy renewal on the twelfth of next month")
    return c


def p_cvv_correction():
    cvv = rdig(3)
    w = str((int(cvv[-1]) + 1) % 10)
    c = Case("call/retail: CVV misread then corrected; only the corrected reading is labelled")
    c.a("and the three digits on the back")
    c.c(say_digits(cvv[:2] + w, "UK", "plain"), " no sorry ", V(say_digits(cvv, "UK", "plain"), "CVV"))
    c.a("okay thanks")
    return c


POS_TEMPLATES = [
    (p_card_chat, 14), (p_card_chat_split, 5), (p_card_call_one, 12), (p_card_call_split, 7),
    (p_card_correction, 4), (p_card_readback, 4), (p_card_exp_cvv_call, 9), (p_exp_cvv_one_turn, 4),
    (p_card_chat_typo, 5), (p_cvv_chat, 4),
    (p_ssn_chat, 12), (p_ssn_call, 14), (p_ssn_filler, 4), (p_combo_us, 4),
    (p_ni_chat, 11), (p_ni_call, 10), (p_ni_split, 5), (p_ni_readback, 3), (p_combo_verif, 4),
    (p_bank_chat, 8), (p_bank_call, 8), (p_bank_us_call, 3),
    (p_iban_chat, 9), (p_iban_call, 5),
    (p_phone_chat, 8), (p_phone_call, 9), (p_combo_call, 4),
    (p_email_chat, 6), (p_email_call, 7),
    (p_dob_chat, 6), (p_dob_call, 8),
    (p_address_uk, 11), (p_address_us, 8),
    (p_card_homophone, 5), (p_itn_call, 10), (p_email_spelled, 4), (p_zip_chat, 4), (p_sortcode_chat, 4),
    (p_phone_intl_call, 4), (p_dob_split, 3), (p_cvv_correction, 2),
]


# ---------------------------------------------------------------------------
# negative templates
# ---------------------------------------------------------------------------
def money_words(country: str) -> str:
    cur = {"UK": ("pounds", "pence"), "US": ("dollars", "cents"), "IE": ("euro", "cent"), "EU": ("euro", "cent")}[country]
    n = R.randrange(2, 2000)
    c = R.randrange(1, 100)
    return f"{say_number(n)} {cur[0]}" + (f" {say_number(c)}" if R.random() < 0.5 else "")


def n_balance():
    country = ctry(("UK", "US", "IE"))
    c = Case(f"call/banking: balance and payment amounts spoken, no PII")
    c.a(f"so your current balance is {money_words(country)} and the minimum payment is {money_words(country)}")
    c.c(f"okay and when is that due")
    c.a(f"that's due on the {ordinal(R.randrange(1, 29))} of {R.choice(MONTHS)}")
    return c


def n_order():
    n = rdig(R.randrange(6, 11))
    c = Case("call/retail: order number read digit by digit with its reference word (not PII)")
    c.a("can i take the order number please")
    c.c(f"yeah the order number is {say_digits(n, 'UK', R.choice(['plain', 'doubles']))}")
    c.a(f"thanks i can see that was {money_words('UK')} delivered on {R.choice(['monday', 'tuesday', 'friday'])}")
    return c


def n_order_chat():
    c = Case("chat/retail: order/invoice/ticket numbers, prices and dates typed (not PII)")
    ref = R.choice(["Order #", "order no. ", "Invoice INV-", "Ticket ", "ref: ", "Case "]) + rdig(R.randrange(6, 11))
    c.c(f"{ref} arrived damaged. I paid {R.choice(['£', '$', '€'])}{R.randrange(10, 3000)}.{rdig(2)} on "
        f"{R.randrange(1, 29):02d}/{R.randrange(1, 13):02d}/{R.choice([2024, 2025, 2026])}")
    c.a(f"Sorry about that! I've raised a refund; it takes {R.randrange(3, 11)} working days.")
    return c


def n_appointment():
    c = Case(f"call/healthcare billing: appointment date and time (not a DOB)")
    c.a(f"i can book you in for {R.choice(['monday', 'wednesday', 'thursday'])} the {ordinal(R.randrange(1, 29))} of "
        f"{R.choice(MONTHS)} at {say_number(R.randrange(1, 12))} {R.choice(['fifteen', 'thirty', 'forty five', 'o clock'])}")
    c.c("yeah that works and how long will it take")
    c.a(f"about {say_number(R.randrange(15, 90))} minutes and there's a co-pay of {money_words('US')}")
    return c


def n_flight():
    code = R.choice(["b a", "e i", "f r", "u a", "d l", "a a"])
    c = Case("call/travel: flight number, times, seat and prices (not PII)")
    c.a(f"okay so that's flight {code} {say_number(R.randrange(10, 1000))} departing at {say_number(R.randrange(5, 23))} {say_number(R.randrange(10, 59))}")
    c.c(f"and what seat am i in")
    c.a(f"seat {say_number(R.randrange(1, 40))} {R.choice('abcdef')} and the change fee is {money_words('UK')}")
    return c


def n_flight_chat():
    c = Case("chat/travel: booking with flight no, times and price (not PII)")
    c.c(f"Hi, booking ref {R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{rdig(4)} flight "
        f"{R.choice(['BA', 'EI', 'FR', 'LH', 'UA'])}{R.randrange(10, 9999)} on {R.randrange(1, 29)} {R.choice(MONTHS).title()} "
        f"at {R.randrange(5, 23):02d}:{R.choice(['05', '30', '45', '55'])}, can I add a {R.randrange(15, 32)}kg bag?")
    c.a(f"Yes, that's €{R.randrange(20, 90)}.00 per bag each way.")
    return c


def n_meter():
    c = Case("call/utilities: meter reading and tariff figures (not PII)")
    c.a("can you read me the numbers on the meter")
    c.c(f"yeah it's {say_digits(rdig(5), 'UK', R.choice(['plain', 'pairs']) if True else 'plain')}")
    c.a(f"thanks and your unit rate is {say_number(R.randrange(20, 40))} point {DIG[R.randrange(10)]} pence with a standing charge of {say_number(R.randrange(30, 70))} pence a day")
    return c


def n_data():
    c = Case("call/telecom: data allowance, speeds, contract start and duration (not PII)")
    c.a(f"you've used {say_number(R.randrange(2, 99))} point {DIG[R.randrange(10)]} gigabytes of your {say_number(R.randrange(10, 200))} gig allowance")
    c.c(f"and my contract started on the {ordinal(R.randrange(1, 29))} of {R.choice(MONTHS)} {say_year(R.randrange(2019, 2026))} didn't it")
    c.a(f"yes for {say_number(R.choice([12, 18, 24, 36]))} months and speeds up to {say_number(R.choice([100, 300, 500, 900]))} megabits")
    return c


def n_claim():
    c = Case("call/insurance: claim reference spoken with letters and digits (not PII)")
    c.a("do you have your claim reference")
    c.c(f"yes it's claim {R.choice(['c l m', 'c for charlie l m', 'h o'])} {say_digits(rdig(R.randrange(6, 9)), 'UK', 'plain')}")
    c.a(f"thank you the excess on that is {money_words('UK')}")
    return c


def n_years():
    c = Case("call/banking: customer tenure, age, years and percentages (not PII)")
    c.c(f"i've been with you since {say_year(R.randrange(1990, 2020))} i'm {say_number(R.randrange(25, 90))} years old and i want a better rate")
    c.a(f"i can offer {say_number(R.randrange(2, 9))} point {DIG[R.randrange(1, 10)]} percent fixed for {say_number(R.randrange(2, 6))} years")
    return c


def n_room():
    c = Case("call/travel: hotel room number, nights, check-in time and price (not PII)")
    c.a(f"you're in room {say_number(R.randrange(100, 999))} checking in at {say_number(R.randrange(1, 5))} pm for {say_number(R.randrange(2, 9))} nights")
    c.c(f"and breakfast is that extra")
    c.a(f"it's {money_words('EU')} per person per night")
    return c


def n_model():
    c = Case("chat/telecom: device model numbers, storage and price (not PII)")
    c.c(f"My {R.choice(['iPhone 15 Pro', 'Galaxy S24', 'Pixel 8a', 'Moto G54'])} {R.choice([128, 256, 512])}GB keeps dropping wifi, "
        f"router model {R.choice(['TG589', 'DG3450', 'FAST5866', 'HH6'])} on firmware {R.randrange(1, 20)}.{R.randrange(0, 10)}.{R.randrange(0, 99)}")
    c.a(f"Thanks. Please restart the router and wait {R.randrange(2, 11)} minutes.")
    return c


def n_temp():
    c = Case("call/utilities: thermostat temperature, boiler pressure and times (not PII)")
    c.c(f"the heating is set to {say_number(R.randrange(16, 25))} degrees but it's only {say_number(R.randrange(10, 16))} in here and the pressure is {DIG[R.randrange(0, 3)]} point {DIG[R.randrange(10)]} bar")
    c.a(f"an engineer can come between {say_number(R.randrange(7, 12))} and {say_number(R.randrange(1, 6))} on the {ordinal(R.randrange(1, 29))}")
    return c


def n_hold():
    c = Case("call/government services: waiting times, counts, and a case number (not PII)")
    c.c(f"i've been on hold for {say_number(R.randrange(20, 75))} minutes and this is the {ordinal(R.randrange(3, 9))} time i've called")
    c.a(f"i'm sorry your case number is {say_digits(rdig(R.randrange(7, 10)), 'UK', 'plain')} and it's been open {say_number(R.randrange(10, 60))} days")
    return c


def n_pricing_chat():
    cur = R.choice(["£", "$", "€"])
    c = Case("chat/telecom: plan pricing, contract length, data amounts typed (not PII)")
    c.c(f"Is the {cur}{R.randrange(10, 80)}/month plan still {R.randrange(12, 37)} months? I use about {R.randrange(10, 200)}GB")
    c.a(f"Yes - {cur}{R.randrange(10, 80)}.{rdig(2)} a month for {R.randrange(12, 37)} months, {R.randrange(50, 500)}GB, and {R.randrange(5, 40)}% off the first {R.randrange(2, 7)} months.")
    return c


def n_installments():
    c = Case("call/retail: instalment amounts, dates of payments and a ticket number (not PII)")
    c.a(f"so that's {say_number(R.randrange(2, 12))} payments of {money_words('US')} taken on the {ordinal(R.randrange(1, 29))} of each month")
    c.c(f"okay and my ticket number was {say_digits(rdig(R.randrange(6, 10)), 'US', 'plain')} from last week")
    return c


def n_balance_chat():
    c = Case("chat/banking: balance, transaction amounts and times typed (not PII)")
    c.c(f"Why is my balance £{R.randrange(100, 9999):,}.{rdig(2)}? I paid £{R.randrange(10, 999)}.{rdig(2)} at {R.randrange(1, 12)}:{rdig(1)}{R.randrange(10)}pm on {R.randrange(1, 29)}/{R.randrange(1, 13)}")
    c.a(f"I can see a pending transaction of £{R.randrange(5, 500)}.{rdig(2)} that should clear in {R.randrange(1, 5)} days.")
    return c


def n_mileage():
    c = Case("call/insurance: car mileage, engine size, year and premium (not PII)")
    c.c(f"it's a {say_year(R.randrange(2008, 2025))} model with about {say_number(R.randrange(10, 99))} thousand miles on it {DIG[R.randrange(1, 3)]} point {DIG[R.randrange(10)]} litre engine")
    c.a(f"okay your renewal premium comes to {money_words('UK')} for the year")
    return c


def n_speed_chat():
    c = Case("chat/telecom: speed test results and times (not PII)")
    c.c(f"speedtest says {R.randrange(1, 99)}.{R.randrange(10)} Mbps down / {R.randrange(1, 20)}.{R.randrange(10)} up, ping {R.randrange(8, 120)}ms, drops every {R.randrange(5, 60)} mins since {R.randrange(1, 12)}am")
    c.a(f"Thanks, I've logged fault {rdig(R.randrange(6, 9))} and an engineer will call within {R.randrange(24, 73)} hours.")
    return c


def n_prescription():
    c = Case("call/healthcare billing: prescription quantities, dosages, invoice number (not PII)")
    c.c(f"i was charged for {say_number(R.randrange(20, 100))} tablets of {say_number(R.choice([5, 10, 20, 50, 500]))} milligrams on invoice {say_digits(rdig(R.randrange(6, 10)), 'US', 'plain')}")
    c.a(f"i see that the insurance covered {say_number(R.randrange(40, 90))} percent so you owe {money_words('US')}")
    return c


def num_ord(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def n_itn_call():
    c = Case("call/retail: ASR with numerals, order number, price and date (not PII)")
    c.a(f"i can see order number {rdig(R.randrange(7, 11))} for {R.randrange(20, 400)} pounds placed on the {num_ord(R.randrange(1, 29))}")
    c.c(f"yeah it was meant to arrive by {R.randrange(1, 12)} pm on {R.choice(['monday', 'friday'])} and it's been {R.randrange(3, 15)} days")
    return c


def n_dates_chat():
    c = Case("chat/utilities: payment dates, contract start, amounts typed (not DOB, not PII)")
    c.c(f"My direct debit of £{R.randrange(40, 200)}.{rdig(2)} went out on {R.randrange(1, 29):02d}/{R.randrange(1, 13):02d}/{R.choice([2025, 2026])} "
        f"but my contract only started {R.randrange(1, 29)} {R.choice(MONTHS).title()} {R.choice([2024, 2025])}")
    c.a(f"I've checked and the next payment is due {R.randrange(1, 29):02d}/{R.randrange(1, 13):02d}/2026.")
    return c


def n_quantity():
    c = Case("call/retail: quantities, sizes, item counts and prices (not PII)")
    c.c(f"i ordered {say_number(R.randrange(2, 12))} packs of the {say_number(R.choice([250, 500, 750]))} mil bottles and {say_number(R.randrange(2, 6))} of the size {say_number(R.randrange(6, 14))} shoes")
    c.a(f"that comes to {money_words('UK')} with free delivery over {say_number(R.choice([30, 40, 50]))} pounds")
    return c


def n_ref_call_long():
    ref = rdig(10)
    c = Case("call/insurance: ten digit policy reference read with its reference word (not PII)")
    c.a("have you got your policy number there")
    c.c(f"yeah the policy number is {say_digits(ref, 'UK', R.choice(['plain', 'doubles']))}")
    c.a(f"great and the renewal is {money_words('UK')} from the {ordinal(R.randrange(1, 29))}")
    return c


def n_office_hours():
    c = Case("call/government services: opening hours, days and queue position (not PII)")
    c.a(f"our lines are open {say_number(R.randrange(7, 10))} till {say_number(R.randrange(5, 9))} monday to friday and you're number {say_number(R.randrange(2, 30))} in the queue")
    c.c(f"okay and the form takes {say_number(R.randrange(10, 30))} working days yeah")
    return c


NEG_TEMPLATES = [
    (n_balance, 6), (n_order, 7), (n_order_chat, 7), (n_appointment, 6), (n_flight, 5), (n_flight_chat, 5),
    (n_meter, 5), (n_data, 5), (n_claim, 5), (n_years, 5), (n_room, 5), (n_model, 5), (n_temp, 5),
    (n_hold, 5), (n_pricing_chat, 5), (n_installments, 5), (n_balance_chat, 5), (n_mileage, 4),
    (n_speed_chat, 4), (n_prescription, 4),
    (n_itn_call, 4), (n_dates_chat, 4), (n_quantity, 4), (n_ref_call_long, 4), (n_office_hours, 3),
]


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------
def generate():
    R.seed(SEED)
    pos, neg = [], []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn())
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            neg.append(fn())
    R.shuffle(pos)
    R.shuffle(neg)
    recs, metas = [], []
    for i, c in enumerate(pos, 1):
        rec, meta = build(c, f"h65-pos-{i:03d}", "positive")
        recs.append(rec)
        metas.append(meta)
    for i, c in enumerate(neg, 1):
        rec, meta = build(c, f"h65-neg-{i:03d}", "negative")
        recs.append(rec)
        metas.append(meta)
    return recs, metas


def dump(recs) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


# ---------------------------------------------------------------------------
# validation: normalise spoken forms
# ---------------------------------------------------------------------------
W2D = {w: str(i) for i, w in enumerate(DIG)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
HOMO = {"for": "4", "to": "2", "too": "2", "ate": "8"}
TEEN2 = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2 = {w: k for k, w in TENS.items()}
ORD2 = {w: i for i, w in enumerate(ORD_UNITS) if w}
ORD2.update({w: 10 + i for i, w in enumerate(ORD_TEENS)})
ORD2.update({"twentieth": 20, "thirtieth": 30})
M2 = {m: f"{i + 1:02d}" for i, m in enumerate(MONTHS)}
FILLER = {"um", "uh", "er", "erm", "and", "the", "of", "dash", "hyphen", "space", "slash", "plus", "sorry"}
PHON = set(NATO.values()) | set(FOLK.values())


def _unit(t):
    if t in W2D and t != "o":
        return W2D[t]
    return None


def normalise(text: str, mode: str = "digits") -> str:
    """Turn a span into a canonical string of digits/letters.  '?' marks an
    unparseable token so validation fails loudly."""
    if mode != "email" and re.search(r"\d", text):
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d+|[@._]", text.lower())
    out: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if mode == "email" and t in ("dot", "at", "underscore", "dash", "hyphen"):
            out.append({"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}[t])
            i += 1
            continue
        if t in ("double", "triple") and nxt:
            n = 2 if t == "double" else 3
            if nxt in W2D:
                out.append(W2D[nxt] * n)
            elif len(nxt) == 1:
                out.append(nxt.upper() * n)
            else:
                out.append("?")
            i += 2
            continue
        if mode == "email" and t == "o":
            out.append("o")
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and t != "o":
            if nxt == "for" and i + 2 < len(toks) and toks[i + 2] in PHON:
                out.append(t.upper())
                i += 3
                continue
            if nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
                out.append(t.upper())
                i += 4
                continue
            out.append(t.upper() if mode != "email" else t)
            i += 1
            continue
        if t in W2D:
            out.append(W2D[t])
            i += 1
            continue
        if t in TEEN2:
            out.append(TEEN2[t])
            i += 1
            continue
        if t in TENS2:
            if nxt and _unit(nxt) and nxt not in ("zero", "oh", "nought"):
                out.append(f"{TENS2[t]}{_unit(nxt)}")
                i += 2
            elif nxt in ORD2 and ORD2[nxt] < 10:
                out.append(f"{TENS2[t]}{ORD2[nxt]}")
                i += 2
            else:
                out.append(f"{TENS2[t]}0")
                i += 1
            continue
        if t in ("hundred", "thousand"):
            width = 2 if t == "hundred" else 3
            if not out or not out[-1][-1:].isdigit():
                out.append("?")
                i += 1
                continue
            head = out[-1][-1]
            out[-1] = out[-1][:-1]
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            val = 0
            if j < len(toks) and toks[j] in TEEN2:
                val = int(TEEN2[toks[j]])
                j += 1
            elif j < len(toks) and toks[j] in TENS2:
                val = TENS2[toks[j]] * 10
                if j + 1 < len(toks) and _unit(toks[j + 1]) and toks[j + 1] not in ("zero", "oh", "nought"):
                    val += int(_unit(toks[j + 1]))
                    j += 1
                j += 1
            elif j < len(toks) and _unit(toks[j]) and toks[j] not in ("zero", "oh", "nought"):
                val = int(_unit(toks[j]))
                j += 1
            out.append(head + f"{val:0{width}d}")
            i = j
            continue
        if t in ORD2:
            out.append(f"{ORD2[t]:02d}")
            i += 1
            continue
        if t in M2:
            out.append(M2[t])
            i += 1
            continue
        if t in HOMO:
            out.append(HOMO[t])
            i += 1
            continue
        if t in FILLER:
            i += 1
            continue
        if mode == "email":
            out.append(t)
            i += 1
            continue
        out.append("?")
        i += 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "ES": 24, "NL": 18, "FR": 27, "IT": 27, "BE": 16}


def validate_value(typ: str, text: str) -> str | None:
    mode = "email" if typ == "EMAIL" else "digits"
    n = normalise(text, mode)
    if "?" in n and typ != "ADDRESS":
        return f"unparseable {text!r} -> {n!r}"
    digits = re.sub(r"\D", "", n)
    if typ == "CARD_NUMBER":
        if not (n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)):
            return f"bad card {n}"
    elif typ == "CVV":
        if not (n.isdigit() and len(n) in (3, 4)):
            return f"bad cvv {n}"
    elif typ == "EXPIRY":
        if not (n.isdigit() and 3 <= len(n) <= 6 and 1 <= int(n[:2] if len(n) in (4, 6) else n[:1]) <= 12):
            return f"bad expiry {n}"
    elif typ == "SSN":
        if not (n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9"):
            return f"bad ssn {n}"
    elif typ == "NI_NUMBER":
        if not NI_RE.match(n):
            return f"bad ni {n}"
    elif typ == "BANK_ACCOUNT":
        if not (n.isdigit() and 6 <= len(n) <= 12):
            return f"bad account {n}"
    elif typ == "SORT_CODE":
        if not (n.isdigit() and len(n) == 6):
            return f"bad sort code {n}"
    elif typ == "IBAN":
        if not (n[:2] in IBAN_LEN and len(n) == IBAN_LEN[n[:2]] and iban_ok(n)):
            return f"bad iban {n}"
    elif typ == "PHONE":
        if not (n.isdigit() and 10 <= len(n) <= 13):
            return f"bad phone {n}"
    elif typ == "EMAIL":
        if not EMAIL_RE.match(n.lower()):
            return f"bad email {n}"
    elif typ == "DOB":
        if len(digits) < 4 and not any(m in text.lower() for m in MONTHS):
            return f"bad dob {n}"
    elif typ == "POSTCODE":
        if not (UK_PC.match(n) or re.match(r"^\d{5}(\d{4})?$", n)):
            return f"bad postcode {n}"
    elif typ == "ADDRESS":
        words = set(re.findall(r"[a-z]+", text.lower()))
        if text.split()[0].lower() in ("flat", "apartment", "apt", "unit"):
            text = " ".join(text.split()[2:])
        if not (words & STREET_WORDS and (re.match(r"^\d", text) or text.split()[0].lower() in W2D or
                                          text.split()[0].lower() in TEEN2 or text.split()[0].lower() in TENS2)):
            return f"bad address {text!r}"
    else:
        return f"unknown type {typ}"
    return None


def check(recs, metas) -> list[str]:
    problems = []
    ids = Counter(r["id"] for r in recs)
    for k, v in ids.items():
        if v > 1:
            problems.append(f"duplicate id {k}")
    for rec, meta in zip(recs, metas):
        rid = rec["id"]
        if rec["kind"] == "negative" and rec["spans"]:
            problems.append(f"{rid}: negative with spans")
        if rec["kind"] == "positive" and not rec["spans"]:
            problems.append(f"{rid}: positive without spans")
        for t in rec["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append(f"{rid}: bad turn {t}")
        by_turn = defaultdict(list)
        groups = defaultdict(list)
        for sp, g in zip(rec["spans"], meta):
            if sp["type"] not in TYPES:
                problems.append(f"{rid}: bad type {sp['type']}")
            if not (0 <= sp["turn"] < len(rec["turns"])):
                problems.append(f"{rid}: turn out of range")
                continue
            text = rec["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                problems.append(f"{rid}: offsets out of range {sp}")
                continue
            frag = text[s:e]
            if frag != frag.strip():
                problems.append(f"{rid}: span has outer whitespace {frag!r}")
            if s > 0 and text[s - 1].isalnum() or e < len(text) and text[e].isalnum():
                problems.append(f"{rid}: span not on word boundary {frag!r}")
            if not frag[0].isalnum() and frag[0] not in "+(" or not frag[-1].isalnum():
                problems.append(f"{rid}: span edge not alnum {frag!r}")
            by_turn[sp["turn"]].append((s, e))
            groups[(g, sp["type"])].append(frag)
        for t, lst in by_turn.items():
            lst.sort()
            for (s1, e1), (s2, e2) in zip(lst, lst[1:]):
                if s2 < e1:
                    problems.append(f"{rid}: overlapping spans in turn {t}")
        for (g, typ), frags in groups.items():
            if typ == "EMAIL" or typ == "ADDRESS" or typ == "DOB":
                err = validate_value(typ, " ".join(frags))
            else:
                joined = " ".join(frags)
                if any(re.search(r"\d", f) for f in frags):
                    joined = "".join(re.sub(r"[^A-Za-z0-9]", "", f) for f in frags)
                    if not re.search(r"\d", joined):
                        joined = " ".join(frags)
                err = validate_value(typ, joined)
            if err:
                problems.append(f"{rid}: {typ}: {err}")
    return problems


def counts(recs):
    c = Counter()
    for r in recs:
        for sp in r["spans"]:
            c[sp["type"]] += 1
    return c


def readme(recs) -> str:
    c = counts(recs)
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = sum(r["kind"] == "negative" for r in recs)
    rows = "\n".join(f"| {t} | {c[t]} |" for t in TYPES)
    return f"""# pii_holdout65 - held-out PII redaction evaluation set

**Never use this set for tuning.**  It exists only to measure the redactor on
data its authors have not seen.  Do not add its cases, values or phrasings to
unit tests, pattern lists or training data; once it has been used to tune
anything it is no longer held out.

## Who wrote it and how

Written by an AI helper acting as an independent author.  The author did not
see the redaction code (`src/convo/redact/`), its tests, its docs, the
benchmark script or any other PII evaluation set; the only data looked at was a
three-line example of the JSONL format.  The redactor was never run while
writing this set.

Cases are generated by `scripts/make_pii_holdout65.py` (standard library only)
from template functions.  Every turn is assembled from plain-text segments and
`(value, TYPE)` segments, so offsets are computed, never typed by hand.  All
values come from a single `random.Random({SEED})`; the output is byte-for-byte
reproducible.  `python scripts/make_pii_holdout65.py --check` regenerates the
file, compares it byte for byte, checks ids, offsets, word boundaries and
overlaps, and validates every labelled value after normalising spoken forms
(Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSNs, 6 for sort
codes, digit counts for CVV / phone / account, UK postcode / US ZIP shapes).

Card numbers, IBANs and NI numbers are synthetic but format-valid (Luhn /
mod-97 / NI prefix rules); none belongs to a real person.

## Content

* {npos} positive cases, {nneg} negative cases.
* Chat cases: typed values with varied separators (spaces, dashes, dots, none,
  irregular groupings), upper / lower / mixed case, short chat-speak context.
* Call cases: ASR-style lower-case transcripts, numbers as words ("oh" / "o" /
  "nought" / "zero", "double seven", "triple two", pairs such as "forty one",
  hundreds such as "four hundred and twelve", years such as "nineteen eighty
  two"), letters spelled "b for bravo" / "p as in peter", e-mails dictated with
  "dot" / "at" / "underscore", values split over several customer turns with
  agent back-channels, fillers inside a reading, self-corrections, agent
  read-backs, two values in one turn, ASR homophones ("for" = 4, "to" / "too"
  = 2, "ate" = 8), some transcripts with numerals (ASR inverse text
  normalisation), and non-PII numbers (amounts, claim and order numbers) next
  to the PII.
* Industries: banking, telecom, utilities, retail, insurance, travel,
  healthcare billing, government services; UK, US, Ireland and EU values.
* Negatives: money amounts, balances, prices, times, durations, counts, years,
  percentages, appointment / payment / contract dates, order / ticket / claim /
  invoice / case / fault reference numbers (up to 10 digits, said with their
  reference word), flight numbers, room and seat numbers, model and firmware
  numbers, meter readings, speeds, temperatures, ages, mileage, dosages.

## Annotation conventions

* A span covers the value only: the digits / letters / words that make up the
  value, from the first to the last character of the value.  Lead-in words
  ("it's", "my card is", "sort code"), trailing chit-chat and punctuation after
  the value are outside.
* Internal separators and spoken connectors are inside: spaces, dashes, dots,
  brackets in phone numbers, a leading "+" (typed) or "plus" (spoken), "double"
  / "triple", "for bravo" / "as in peter" after a spelled letter, "hundred and",
  "dot" / "at" in e-mails, "of" / "the" inside a spoken date of birth.
* When a value is split across turns, each fragment is its own span with the
  same type.  A filler word ("um", "let me see") between two parts of one value
  is left outside: the two parts are two spans.
* A self-correction's abandoned partial reading is not labelled; the complete
  reading that follows is.
* An agent read-back of a value is labelled as well as the customer's reading.
* CARD_NUMBER is the full PAN; EXPIRY is month + year; CVV the 3/4-digit code.
* SORT_CODE and BANK_ACCOUNT are separate spans even in one sentence.
* ADDRESS is house / flat number + street name + street type (e.g. "22 Maple
  Road", "twenty two acacia avenue"); the town and the postcode are not part of
  the ADDRESS span (the postcode has its own POSTCODE span).
* POSTCODE: full UK postcode (outward + inward) or US ZIP / ZIP+4.
* DOB: the whole date as said ("the fourteenth of march nineteen eighty two",
  "03/04/1985").
* PHONE: the whole number including country code.
* Negative cases contain no PII at all; anything redacted there is a false
  positive.

## Span counts per type

| type | spans |
|---|---|
{rows}

Total spans: {sum(c.values())}.
"""


def main(argv):
    recs, metas = generate()
    data = dump(recs)
    text = readme(recs)
    if "--check" in argv:
        problems = []
        if not CASES.exists():
            problems.append(f"missing {CASES}")
        elif CASES.read_text(encoding="utf-8") != data:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != text:
            problems.append("README.md differs from regenerated output")
        # also check the file parses
        if CASES.exists():
            for ln, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
                try:
                    json.loads(line)
                except Exception as exc:  # pragma: no cover
                    problems.append(f"line {ln}: bad json {exc}")
        problems += check(recs, metas)
        c = counts(recs)
        npos = sum(r["kind"] == "positive" for r in recs)
        nneg = sum(r["kind"] == "negative" for r in recs)
        if npos < MIN_POS:
            problems.append(f"only {npos} positives")
        if nneg < MIN_NEG:
            problems.append(f"only {nneg} negatives")
        for t, m in MIN_SPANS.items():
            if c[t] < m:
                problems.append(f"{t}: only {c[t]} spans (< {m})")
        print(f"positives={npos} negatives={nneg} spans={sum(c.values())}")
        for t in TYPES:
            print(f"  {t:13s} {c[t]}")
        if problems:
            print(f"{len(problems)} problem(s):")
            for p in problems[:200]:
                print("  " + p)
            return 1
        print("check OK")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(data, encoding="utf-8")
    README.write_text(text, encoding="utf-8")
    print(f"wrote {len(recs)} cases to {CASES}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h224.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
(single random.Random seeded with 224241126).

    python scripts/make_pii_holdout224.py          # write fixture + README
    python scripts/make_pii_holdout224.py --check  # regenerate, verify, summarise
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 224241126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout224"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

R = random.Random(SEED)

# ----------------------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def zero_word(uk: bool) -> str:
    return R.choice(["oh", "o", "zero", "nought"] if uk else ["oh", "o", "zero", "zero"])


def pair_word(p: str) -> str:
    n = int(p)
    if 10 <= n <= 19:
        return TEENS[n - 10]
    if n % 10 == 0:
        return TENS[n // 10]
    return TENS[n // 10] + " " + UNITS[n % 10]


def speak(ds: str, uk: bool = True, pairs: float = 0.0, doubles: float = 0.5) -> str:
    """Digit string -> ASR style words. Pairs only for 11-99 not multiple of 10."""
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        if i + 2 < len(ds) + 0 and ds[i:i + 3] == d * 3 and R.random() < doubles:
            out.append("triple " + (zero_word(uk) if d == "0" else UNITS[int(d)]))
            i += 3
            continue
        if i + 1 < len(ds) and ds[i + 1] == d and R.random() < doubles:
            out.append("double " + (zero_word(uk) if d == "0" else UNITS[int(d)]))
            i += 2
            continue
        if i + 1 < len(ds) and d != "0" and ds[i + 1] != "0" and R.random() < pairs:
            out.append(pair_word(ds[i:i + 2]))
            i += 2
            continue
        out.append(zero_word(uk) if d == "0" else UNITS[int(d)])
        i += 1
    return " ".join(out)


def spell_letter(c: str) -> str:
    c = c.lower()
    r = R.random()
    if r < 0.45 and c != "o":
        return c
    if r < 0.75:
        return f"{c} for {NATO[c]}"
    return f"{c} as in {NATO[c]}"


# ----------------------------------------------------------------------------- normaliser
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "owe": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENSNUM = {w: i for i, w in enumerate(TENS) if w}
FILLER = {"um", "uh", "er", "erm", "sorry", "and", "then", "its", "it's", "is", "yeah", "plus",
          "the", "of", "that's", "dash", "hyphen", "space", "slash"}
NATO_REV = {v: k for k, v in NATO.items()}


def normalise(text: str) -> str:
    """Spoken/typed value -> compact string of digits/letters (and @ . for emails)."""
    t = text.lower()
    t = re.sub(r"\b(\w) (?:for|as in) ([\w-]+)", lambda m: NATO.get(m.group(1), m.group(1)), t)
    toks = re.findall(r"[a-z0-9'@.+_-]+", t.replace(",", " "))
    out = []
    i = 0
    while i < len(toks):
        w = toks[i].strip(".")
        if w in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in WORDNUM:
            out.append(WORDNUM[toks[i + 1]] * (2 if w == "double" else 3))
            i += 2
            continue
        if w in TENSNUM:
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                out.append(str(TENSNUM[w] * 10 + UNITS.index(toks[i + 1])))
                i += 2
            else:
                out.append(str(TENSNUM[w] * 10))
                i += 1
            continue
        if w in TEENNUM:
            out.append(TEENNUM[w])
        elif w in WORDNUM:
            out.append(WORDNUM[w])
        elif w == "at":
            out.append("@")
        elif w == "dot":
            out.append(".")
        elif w == "underscore":
            out.append("_")
        elif w in FILLER:
            pass
        elif w in NATO_REV:
            out.append(NATO_REV[w])
        else:
            out.append(re.sub(r"[^a-z0-9@._]", "", w))
        i += 1
    return "".join(out)


def luhn_ok(ds: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def iban_ok(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


UK_PC = re.compile(r"[a-z]{1,2}\d[a-z\d]?\d[a-z]{2}")
STREET_WORDS = ("street", "road", "avenue", "lane", "drive", "close", "way", "court", "place",
                "terrace", "crescent", "boulevard", "blvd", "st", "rd", "ave", "ln", "dr", "park",
                "grove", "gardens", "hill", "square", "walk", "row", "mews")


def validate(typ: str, text: str) -> str | None:
    n = normalise(text)
    digits = re.sub(r"\D", "", n)
    if typ == "CARD_NUMBER":
        if not (13 <= len(digits) <= 19 and luhn_ok(digits)) or len(digits) != len(n):
            return f"card {n!r}"
    elif typ == "CVV":
        if n != digits or len(digits) not in (3, 4):
            return f"cvv {n!r}"
    elif typ == "EXPIRY":
        if not (any(m in text.lower() for m in MONTHS) or len(digits) in (3, 4, 6)):
            return f"expiry {n!r}"
    elif typ == "SSN":
        if n != digits or len(digits) != 9:
            return f"ssn {n!r}"
    elif typ == "NI_NUMBER":
        if not re.fullmatch(r"[a-ceghj-prstw-z][a-ceghj-nprstw-z]\d{6}[a-d]", n):
            return f"ni {n!r}"
    elif typ == "BANK_ACCOUNT":
        if n != digits or not 6 <= len(digits) <= 12:
            return f"account {n!r}"
    elif typ == "SORT_CODE":
        if n != digits or len(digits) != 6:
            return f"sort {n!r}"
    elif typ == "IBAN":
        if not iban_ok(n):
            return f"iban {n!r}"
    elif typ == "PHONE":
        n = n.replace(".", "")
        if n != digits or not 10 <= len(digits) <= 13:
            return f"phone {n!r}"
    elif typ == "EMAIL":
        if not re.fullmatch(r"[a-z0-9._]+@[a-z0-9]+(\.[a-z0-9]+)+", n):
            return f"email {n!r}"
    elif typ == "DOB":
        if not (any(m in text.lower() for m in MONTHS) or len(digits) >= 6):
            return f"dob {n!r}"
        if not re.search(r"(19|20)\d\d|\d\d$", digits):
            return f"dob {n!r}"
    elif typ == "POSTCODE":
        if not (UK_PC.fullmatch(n) or re.fullmatch(r"\d{5}(\d{4})?", n)):
            return f"postcode {n!r}"
    elif typ == "ADDRESS":
        low = text.lower()
        if not (re.search(r"\d", n) and any(re.search(rf"\b{w}\b", low) for w in STREET_WORDS)):
            return f"address {text!r}"
    return None


# ----------------------------------------------------------------------------- value makers
def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card() -> str:
    k = R.random()
    if k < 0.45:
        return luhn_complete("4" + str(R.randint(0, 9)), 16)
    if k < 0.75:
        return luhn_complete("5" + str(R.randint(1, 5)), 16)
    if k < 0.88:
        return luhn_complete(R.choice(["34", "37"]), 15)
    return luhn_complete(R.choice(["6011", "2221", "6759"]), 16)


def group(ds: str, sizes, sep=" ") -> str:
    out, i = [], 0
    for s in sizes:
        out.append(ds[i:i + s])
        i += s
    if i < len(ds):
        out.append(ds[i:])
    return sep.join(out)


def card_typed(c: str) -> str:
    sizes = [4, 6, 5] if len(c) == 15 else [4, 4, 4, 4]
    return R.choice([group(c, sizes, " "), group(c, sizes, "-"), c, group(c, sizes, "  "),
                     group(c, sizes, " ")])


def ssn() -> str:
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni() -> str:
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def ni_typed(v: str) -> str:
    k = R.random()
    if k < 0.3:
        return v
    if k < 0.6:
        return f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"
    if k < 0.8:
        return v.lower()
    return f"{v[:2]}{v[2:8]} {v[8]}"


def ni_spoken(v: str) -> str:
    parts = [spell_letter(v[0]), spell_letter(v[1])]
    digits = v[2:8]
    if R.random() < 0.4:
        parts.append(" ".join(pair_word(digits[i:i + 2]) if digits[i] != "0" and digits[i + 1] != "0"
                              else speak(digits[i:i + 2]) for i in (0, 2, 4)))
    else:
        parts.append(speak(digits))
    parts.append(spell_letter(v[8]))
    return " ".join(parts)


def mod97_check(country: str, bban: str) -> str:
    r = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    return f"{98 - num % 97:02d}"


def iban() -> str:
    k = R.random()
    if k < 0.35:
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + "".join(R.choice("0123456789") for _ in range(14))
        c = "GB"
    elif k < 0.6:
        bban = R.choice(["AIBK", "BOFI"]) + "".join(R.choice("0123456789") for _ in range(14))
        c = "IE"
    elif k < 0.8:
        bban = "".join(R.choice("0123456789") for _ in range(18))
        c = "DE"
    else:
        bban = R.choice(["ABNA", "INGB", "RABO"]) + "".join(R.choice("0123456789") for _ in range(10))
        c = "NL"
    return c + mod97_check(c, bban) + bban


def iban_typed(v: str) -> str:
    k = R.random()
    if k < 0.5:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if k < 0.8:
        return v
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)).lower()


def iban_spoken(v: str) -> str:
    out = []
    for ch in v:
        if ch.isalpha():
            out.append(spell_letter(ch))
        else:
            out.append(ch)
    # re-join digits runs so doubles can appear
    s = []
    buf = ""
    for tok in out:
        if tok.isdigit():
            buf += tok
        else:
            if buf:
                s.append(speak(buf, True, 0.0, 0.3))
                buf = ""
            s.append(tok)
    if buf:
        s.append(speak(buf, True, 0.0, 0.3))
    return " ".join(s)


def uk_mobile() -> str:
    return "07" + R.choice(["7", "8", "9", "4"]) + "".join(R.choice("0123456789") for _ in range(8))


def uk_land() -> str:
    return R.choice(["0161", "0113", "0121", "0131", "0141", "0117", "0191", "0208", "0207"]) + \
        "".join(R.choice("0123456789") for _ in range(7))


def us_phone() -> str:
    return str(R.randint(2, 9)) + "".join(R.choice("0123456789") for _ in range(2)) + \
        str(R.randint(2, 9)) + "".join(R.choice("0123456789") for _ in range(6))


def ie_mobile() -> str:
    return "08" + R.choice("35679") + "".join(R.choice("0123456789") for _ in range(7))


def phone_typed(kind: str, v: str) -> str:
    if kind == "uk":
        return R.choice([v, f"{v[:5]} {v[5:]}", f"+44 {v[1:5]} {v[5:]}", f"+44{v[1:]}",
                         f"{v[:5]} {v[5:8]} {v[8:]}", f"(0{v[1:5]}) {v[5:]}"])
    if kind == "us":
        return R.choice([f"({v[:3]}) {v[3:6]}-{v[6:]}", f"{v[:3]}-{v[3:6]}-{v[6:]}",
                         f"+1 {v[:3]} {v[3:6]} {v[6:]}", f"{v[:3]}.{v[3:6]}.{v[6:]}", v,
                         f"1-{v[:3]}-{v[3:6]}-{v[6:]}"])
    return R.choice([f"{v[:3]} {v[3:6]} {v[6:]}", f"+353 {v[1:3]} {v[3:6]} {v[6:]}", v,
                     f"+353{v[1:]}"])


def phone_spoken(kind: str, v: str) -> str:
    uk = kind != "us"
    if kind == "us" and R.random() < 0.5:
        return speak(v[:3], False) + " " + speak(v[3:6], False) + " " + speak(v[6:], False, 0.5)
    if kind == "uk" and R.random() < 0.3:
        return "plus four four " + speak(v[1:], True)
    return speak(v, uk, 0.15 if uk else 0.3)


FIRST = ["james", "sarah", "mohammed", "aoife", "li", "priya", "tom", "grace", "oliver",
         "siobhan", "daniel", "maria", "kevin", "chloe", "ahmed", "nina", "ryan", "jess", "luca",
         "fatima", "sean", "emma", "carlos", "hannah"]
LAST = ["smith", "obrien", "patel", "nguyen", "kowalski", "murphy", "jones", "garcia", "walsh",
        "okafor", "brennan", "taylor", "hughes", "schmidt", "dubois", "kelly", "reid", "chen"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "proton.me", "web.de"]


def email() -> tuple[str, str]:
    f, l = R.choice(FIRST), R.choice(LAST)
    k = R.random()
    if k < 0.3:
        user = f"{f}.{l}"
    elif k < 0.5:
        user = f"{f[0]}{l}{R.randint(1, 99)}"
    elif k < 0.7:
        user = f"{f}_{l}"
    else:
        user = f"{f}{l[0]}{R.randint(70, 99)}"
    return user, R.choice(DOMAINS)


def email_typed(user: str, dom: str) -> str:
    v = f"{user}@{dom}"
    return v if R.random() < 0.7 else v.capitalize() if R.random() < 0.5 else v.upper()


def email_spoken(user: str, dom: str) -> str:
    parts = []
    for tok in re.split(r"([._])", user):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok.isdigit():
            parts.append(speak(tok, True, 0.6))
        elif len(tok) <= 1:
            parts.append(tok)
        else:
            m = re.match(r"([a-z]+)(\d*)$", tok)
            parts.append(m.group(1))
            if m.group(2):
                parts.append(speak(m.group(2), True, 0.7))
    d = dom.replace(".", " dot ")
    return " ".join(parts) + " at " + d


def dob():
    y = R.randint(1942, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return d, m, y


def dob_typed(d, m, y):
    return R.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d} {MONTHS[m - 1].capitalize()} {y}",
                     f"{MONTHS[m - 1].capitalize()} {d}, {y}", f"{m:02d}-{d:02d}-{y}",
                     f"{d:02d}.{m:02d}.{y}", f"{d}th of {MONTHS[m - 1][:3]} {y}".replace("1th", "1st") if d == 1 else f"{d:02d}/{m:02d}/{str(y)[2:]}"])


def year_words(y: int) -> str:
    if y >= 2000:
        return R.choice(["two thousand and " + UNITS[y - 2000] if y < 2010 else "twenty " + pair_word(str(y)[2:]),
                         "two thousand " + UNITS[y - 2000] if y < 2010 else "two thousand and " + pair_word(str(y)[2:])]) \
            if y < 2010 else "two thousand and " + pair_word(str(y)[2:])
    last = str(y)[2:]
    lw = pair_word(last) if last[0] != "0" and last[1] != "0" else (
        TENS[int(last[0])] if last[1] == "0" and last[0] not in "01" else ("oh " + UNITS[int(last[1])]))
    return "nineteen " + lw


def dob_spoken(d, m, y):
    k = R.random()
    if k < 0.4:
        return f"the {ORD[d]} of {MONTHS[m - 1]} {year_words(y)}"
    if k < 0.7:
        return f"{MONTHS[m - 1]} {ORD[d]} {year_words(y)}"
    return f"{speak(f'{d:02d}')} {speak(f'{m:02d}')} {year_words(y)}"


UK_PCS = ["SW1A 2AA", "M14 5RT", "B33 8TH", "CR2 6XH", "LS6 3DP", "EH10 4BF", "G41 2PE", "BS8 1QU",
          "NE1 7RU", "CF24 3AA", "L18 9SN", "NW3 5JS", "E17 4PQ", "OX4 1YB", "BT9 6AD", "RG1 8LS",
          "DN4 7HW", "PL4 8AA", "SE15 2NL", "N16 0XT", "LE2 1TR", "YO31 7EP", "BN2 4GB", "DE22 1HL"]
US_STREETS = ["Maple Avenue", "Oak Street", "Sunset Blvd", "Elm Drive", "Pine Lane", "Cedar Court",
              "Willow Way", "Lincoln Road", "Washington Street", "Lakeview Drive", "Birch Place"]
UK_STREETS = ["Kings Road", "Church Lane", "Victoria Street", "Mill Lane", "Station Road",
              "Park Avenue", "Albert Terrace", "Queens Crescent", "Windsor Close", "Hawthorn Grove",
              "Orchard Way", "Bridge Street", "Chapel Walk"]
US_CITIES = [("Austin", "TX"), ("Columbus", "OH"), ("Denver", "CO"), ("Portland", "OR"),
             ("Tampa", "FL"), ("Boise", "ID"), ("Raleigh", "NC"), ("Madison", "WI")]


def pc_spoken(pc: str) -> str:
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(zero_word(True) if ch == "0" else UNITS[int(ch)])
        else:
            out.append(spell_letter(ch) if R.random() < 0.5 or ch in "oO" else ch.lower())
    return " ".join(out)


def house_no() -> int:
    return R.choice([R.randint(1, 99), R.randint(1, 99), R.randint(100, 2999)])


def num_words(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    s = str(n)
    if len(s) == 3:
        return UNITS[int(s[0])] + " " + (num_words(int(s[1:])) if s[1] != "0" else "oh " + UNITS[int(s[2])])
    return num_words(int(s[:2])) + " " + (num_words(int(s[2:])) if s[2] != "0" else "oh " + UNITS[int(s[3])])


def account(n=8) -> str:
    return str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(n - 1))


def sort_code() -> str:
    return "".join(R.choice("0123456789") for _ in range(6))


def sort_spoken(s: str) -> str:
    out = []
    for i in (0, 2, 4):
        p = s[i:i + 2]
        if p[0] != "0" and p[1] != "0" and R.random() < 0.6:
            out.append(pair_word(p))
        elif p[1] == "0" and p[0] not in "01" and i == 4 and R.random() < 0.5:
            out.append(TENS[int(p[0])])
        else:
            out.append(speak(p, True, 0, 0.6))
    return " ".join(out)


def expiry():
    return R.randint(1, 12), R.randint(26, 31)


def expiry_typed(m, y):
    return R.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d} {y}"])


def expiry_spoken(m, y):
    k = R.random()
    if k < 0.4:
        return f"{speak(f'{m:02d}')} {pair_word(str(y))}"
    if k < 0.7:
        return f"{MONTHS[m - 1]} {pair_word(str(y))}"
    return f"{MONTHS[m - 1]} twenty {pair_word(str(y))}"


def cvv(n=3) -> str:
    return "".join(R.choice("0123456789") for _ in range(n))


# non-PII lookalikes
def ref_digits(n) -> str:
    return str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(n - 1))


def money() -> str:
    return R.choice([f"£{R.randint(10, 2400)}.{R.randint(0, 99):02d}", f"${R.randint(10, 9000):,}.{R.randint(0, 99):02d}",
                     f"€{R.randint(5, 800)}", f"{R.randint(20, 999)} pounds {R.randint(1, 99)}"])


def money_spoken() -> str:
    a = R.randint(21, 99)
    return R.choice([f"{num_words(a)} pounds {num_words(R.randint(11, 99))}",
                     f"{num_words(R.randint(1, 9))} hundred and {num_words(a)} dollars",
                     f"{num_words(R.randint(1, 9))} thousand {num_words(R.randint(1, 9))} hundred euro"])


DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"]


# ----------------------------------------------------------------------------- case assembly
class Case:
    def __init__(self, note: str):
        self.note = note
        self.turns: list[tuple[str, list]] = []

    def a(self, *segs):
        self.turns.append(("agent", list(segs)))
        return self

    def c(self, *segs):
        self.turns.append(("customer", list(segs)))
        return self


def build(case: Case, cid: str, kind: str):
    turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(case.turns):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, typ = seg[0], seg[1]
                g = seg[2] if len(seg) > 2 else None
                st = len(text)
                text += val
                spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                key = g if g is not None else f"_s{len(spans)}"
                groups.setdefault(key, []).append(len(spans) - 1)
        turns.append({"speaker": spk, "text": text})
    rec = {"id": cid, "kind": kind, "turns": turns, "spans": spans, "note": case.note}
    return rec, list(groups.values())


def Vt(v, t, g=None):
    return (v, t, g) if g else (v, t)


# ----------------------------------------------------------------------------- positive templates
def p_card_chat():
    ind = R.choice(["retail", "telecom", "travel", "utilities"])
    c = card()
    ty = card_typed(c)
    m, y = expiry()
    cv = cvv(4 if len(c) == 15 else 3)
    order = ref_digits(8)
    k = Case(f"chat/{ind}: card typed ({'amex' if len(c) == 15 else 'grouped'}) with expiry and cvv beside order number")
    k.a("Thanks! To take the payment of ", money(), " for order #", order, " I'll need the card details please.")
    k.c("sure its ", Vt(ty, "CARD_NUMBER"), " exp ", Vt(expiry_typed(m, y), "EXPIRY"), " cvv ", Vt(cv, "CVV"))
    k.a("Thank you, processing now.")
    return k


def p_card_split_call():
    ind = R.choice(["banking", "telecom", "insurance", "utilities"])
    c = card()
    uk = R.random() < 0.5
    sizes = [4, 6, 5] if len(c) == 15 else [4, 4, 4, 4]
    chunks, i = [], 0
    for s in sizes:
        chunks.append(c[i:i + s])
        i += s
    k = Case(f"call/{ind}: card read in {len(chunks)} chunks across turns with back-channels")
    k.a("okay go ahead with the long number on the front when you're ready")
    backs = ["mhm", "okay go on", "yep", "got that", "uh huh"]
    for j, ch in enumerate(chunks):
        pre = R.choice(["", "right ", "so ", "um "]) if j == 0 else R.choice(["", "", "then "])
        k.c(pre, Vt(speak(ch, uk, 0.3), "CARD_NUMBER", "card"))
        if j < len(chunks) - 1:
            k.a(R.choice(backs))
    k.a("lovely and the expiry date")
    m, y = expiry()
    k.c("it's ", Vt(expiry_spoken(m, y), "EXPIRY"))
    return k


def p_card_one_turn_call():
    ind = R.choice(["retail", "travel", "healthcare billing", "government services"])
    c = card()
    cv = cvv(4 if len(c) == 15 else 3)
    amount = money_spoken()
    k = Case(f"call/{ind}: whole card in one turn then cvv, next to spoken payment amount")
    k.a(f"so that's {amount} today is that right")
    k.c("yes that's right")
    k.a("and the card number please")
    k.c(R.choice(["yeah it's ", "okay so it's ", "um "]), Vt(speak(c, R.random() < 0.5, 0.2), "CARD_NUMBER"))
    k.a("and the three or four digit security code on the back")
    k.c(Vt(speak(cv, True, 0.0, 0.0), "CVV"))
    return k


def p_card_readback():
    c = card()
    k = Case("call/banking: agent reads card back in pairs, customer confirms with last four (unlabelled); both full readings labelled")
    k.c("the card is ", Vt(speak(c, False, 0.0), "CARD_NUMBER"))
    k.a("let me read that back ", Vt(speak(c, False, 0.4, 0.8), "CARD_NUMBER"), " is that correct")
    k.c("yes that's it the one ending ", speak(c[-4:], False), " yeah")
    return k


def p_card_filler():
    c = card()
    sizes = [4, 6, 5] if len(c) == 15 else [4, 4, 4, 4]
    chunks, i = [], 0
    for s in sizes:
        chunks.append(c[i:i + s])
        i += s
    k = Case("call/retail: card in one turn with filler words between groups, then appointment time")
    segs = ["okay it's "]
    for j, ch in enumerate(chunks):
        segs.append(Vt(speak(ch, True, 0.25), "CARD_NUMBER", "c"))
        if j < len(chunks) - 1:
            segs.append(R.choice([" um ", " uh ", " sorry ", " erm ", " "]))
    segs.append(" and can you deliver at " + R.choice(["half two", "ten thirty", "quarter to four"]))
    k.c(*segs)
    return k


def p_ssn_chat():
    s = ssn()
    form = R.choice([f"{s[:3]}-{s[3:5]}-{s[5:]}", s, f"{s[:3]} {s[3:5]} {s[5:]}"])
    claim = ref_digits(9)
    k = Case("chat/insurance US: SSN typed beside 9-digit claim number (claim unlabelled)")
    k.a(f"I can see claim number {claim}. To verify, please send your Social Security number.")
    k.c("ok its ", Vt(form, "SSN"), " thx")
    return k


def p_ssn_call():
    s = ssn()
    ind = R.choice(["banking", "healthcare billing", "government services", "insurance"])
    k = Case(f"call/{ind} US: SSN spoken in 3-2-4 groups with agent back-channel")
    k.a("can i get your social please")
    if R.random() < 0.5:
        k.c("sure ", Vt(speak(s[:3], False), "SSN", "s"))
        k.a("okay")
        k.c(Vt(speak(s[3:5], False, 0.5), "SSN", "s"))
        k.a("mhm")
        k.c(Vt(speak(s[5:], False, 0.5), "SSN", "s"))
    else:
        k.c("yeah it's ", Vt(speak(s[:3], False) + " " + speak(s[3:5], False, 0.6) + " " + speak(s[5:], False, 0.5), "SSN"))
    k.a("thank you and your zip code")
    z = "".join(R.choice("0123456789") for _ in range(5))
    k.c(Vt(speak(z, False), "POSTCODE"))
    return k


def p_ssn_last4_and_full():
    s = ssn()
    k = Case("call/banking US: customer gives full SSN after agent asks last four; plus balance amount")
    k.a(f"your balance is {num_words(R.randint(2, 9))} hundred and {num_words(R.randint(21, 99))} dollars can i have the last four of your social")
    k.c("oh i'll just give you the whole thing ", Vt(speak(s, False, 0.3), "SSN"))
    return k


def p_ssn_dob():
    s = ssn()
    d, m, y = dob()
    k = Case("chat/government services US: SSN and DOB in one message, mixed formatting")
    k.c("hi need to update my address. SSN ", Vt(f"{s[:3]}-{s[3:5]}-{s[5:]}" if R.random() < .6 else s, "SSN"),
        ", DOB ", Vt(dob_typed(d, m, y), "DOB"), ". my case # is ", ref_digits(7))
    return k


def p_ni_chat():
    v = ni()
    k = Case("chat/government services UK: NI number typed with varied spacing/case")
    k.a("Could you confirm your National Insurance number please?")
    k.c(R.choice(["its ", "yes ", "", "ok - "]), Vt(ni_typed(v), "NI_NUMBER"), R.choice(["", " thanks", ". i rang on the 3rd too"]))
    return k


def p_ni_call():
    v = ni()
    ind = R.choice(["government services", "banking", "utilities", "insurance"])
    k = Case(f"call/{ind} UK: NI number spelled with NATO words and digit pairs")
    k.a("and your national insurance number")
    if R.random() < 0.5:
        k.c("yeah it's ", Vt(ni_spoken(v), "NI_NUMBER"))
    else:
        k.c(Vt(spell_letter(v[0]) + " " + spell_letter(v[1]), "NI_NUMBER", "n"))
        k.a("okay")
        k.c(Vt(speak(v[2:8], True, 0.4), "NI_NUMBER", "n"))
        k.a("and the letter at the end")
        k.c(Vt(spell_letter(v[8]), "NI_NUMBER", "n"))
    k.a("thank you")
    return k


def p_ni_with_ref():
    v = ni()
    k = Case("call/government services UK: NI number next to reference number and payment date")
    ref = ref_digits(8)
    k.c(f"i've got a reference number here {speak(ref, True)} from the letter dated the {ORD[R.randint(1, 28)]} of {R.choice(MONTHS)}")
    k.a("lovely and can you give me your national insurance number as well")
    k.c("it's ", Vt(ni_spoken(v), "NI_NUMBER"), " sorry ", Vt(ni_spoken(v), "NI_NUMBER"))
    return k


def p_bank_uk():
    acc = account(8)
    sc = sort_code()
    k = Case("call/banking UK: sort code as pairs and 8-digit account across turns, beside direct debit amount")
    k.a(f"the direct debit will be {money_spoken()} a month what's the sort code")
    k.c(Vt(sort_spoken(sc), "SORT_CODE"))
    k.a("and account number")
    if R.random() < 0.5:
        k.c(Vt(speak(acc[:4], True, 0.2), "BANK_ACCOUNT", "a"))
        k.a("mhm")
        k.c(Vt(speak(acc[4:], True, 0.2), "BANK_ACCOUNT", "a"))
    else:
        k.c(Vt(speak(acc, True, 0.2), "BANK_ACCOUNT"))
    return k


def p_bank_chat():
    acc = account(R.choice([8, 8, 10, 12]))
    sc = sort_code()
    us = len(acc) > 8
    k = Case(f"chat/{'banking US' if us else 'utilities UK'}: typed account number and routing/sort code")
    if us:
        k.c("Please refund to checking acct ", Vt(acc, "BANK_ACCOUNT"), ", invoice INV-", ref_digits(6), " amount ", money())
    else:
        k.c("sort code ", Vt(R.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"]), "SORT_CODE"),
            " acc no ", Vt(acc, "BANK_ACCOUNT"), " for the refund pls")
    return k


def p_iban_chat():
    v = iban()
    k = Case(f"chat/travel EU: IBAN ({v[:2]}) typed for refund beside booking reference")
    k.a(f"Your refund of {money()} for booking {''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))} can go to a bank account.")
    k.c("ok my IBAN is ", Vt(iban_typed(v), "IBAN"))
    return k


def p_iban_call():
    v = iban()
    k = Case(f"call/banking: IBAN ({v[:2]}) spoken with letters spelled")
    k.a("can you read me the iban")
    k.c("yes it's ", Vt(iban_spoken(v), "IBAN"))
    k.a("thanks")
    return k


def p_phone_chat():
    kind = R.choice(["uk", "us", "ie"])
    gen = {"uk": uk_mobile, "us": us_phone, "ie": ie_mobile}[kind]
    v = gen()
    k = Case(f"chat/telecom {kind.upper()}: callback number typed, next to opening hours")
    k.a("Our team is available 8am-8pm Mon-Fri. What number should we call you on?")
    k.c(R.choice(["", "pls call ", "mobile: ", "best number is "]), Vt(phone_typed(kind, v), "PHONE"), R.choice(["", " after 5", " thanks!"]))
    return k


def p_phone_call():
    kind = R.choice(["uk", "us", "ie", "uk"])
    gen = {"uk": R.choice([uk_mobile, uk_land]), "us": us_phone, "ie": ie_mobile}[kind]
    v = gen()
    k = Case(f"call/{R.choice(['utilities', 'telecom', 'healthcare billing'])} {kind.upper()}: phone number spoken with doubles, agent reads back")
    k.a("what's the best contact number for you")
    sp = phone_spoken(kind, v)
    k.c("it's ", Vt(sp, "PHONE"))
    k.a("so that's ", Vt(phone_spoken(kind, v), "PHONE"), " yeah")
    k.c("that's it")
    return k


def p_phone_correction():
    v = uk_mobile()
    w = v[:-2] + str((int(v[-2]) + 3) % 10) + v[-1]
    k = Case("call/telecom UK: self-corrected mobile number, both full readings labelled")
    k.c("my mobile is ", Vt(speak(w, True, 0.0), "PHONE"), " no wait sorry ", Vt(speak(v, True, 0.0), "PHONE"))
    k.a("okay thank you")
    return k


def p_email_chat():
    u, d = email()
    k = Case("chat/retail: email typed beside order number and tracking number")
    k.c(f"order {ref_digits(9)} never arrived, tracking said delivered. email me at ", Vt(email_typed(u, d), "EMAIL"))
    return k


def p_email_call():
    u, d = email()
    k = Case("call/insurance: email spoken with dot/at/underscore")
    k.a("and an email address for the documents")
    k.c("yeah it's ", Vt(email_spoken(u, d), "EMAIL"))
    k.a("thanks i'll send the policy documents within forty eight hours")
    return k


def p_dob_call():
    d, m, y = dob()
    k = Case("call/healthcare billing: date of birth spoken, next to appointment date")
    k.a(f"i can see an appointment on the {ORD[R.randint(1, 28)]} of {R.choice(MONTHS)} at {R.choice(['ten fifteen', 'half nine', 'two pm'])} can i take your date of birth")
    k.c(Vt(dob_spoken(d, m, y), "DOB"))
    return k


def p_dob_chat():
    d, m, y = dob()
    k = Case("chat/banking: DOB typed for verification, payment date also present")
    k.c(f"I paid on {R.randint(1, 28)}/{R.randint(1, 12)}/2026 but it's not showing. dob ", Vt(dob_typed(d, m, y), "DOB"))
    return k


def p_address_uk():
    pc = R.choice(UK_PCS)
    n = house_no()
    st = R.choice(UK_STREETS)
    k = Case("call/utilities UK: address and postcode spoken, meter reading in same call")
    k.a(f"thanks the meter reading of {speak(ref_digits(5), True)} is logged what's the address")
    k.c("it's ", Vt(f"{num_words(n)} {st.lower()}", "ADDRESS"), " and the postcode is ", Vt(pc_spoken(pc), "POSTCODE"))
    return k


def p_address_chat():
    if R.random() < 0.5:
        pc = R.choice(UK_PCS)
        n = house_no()
        st = R.choice(UK_STREETS)
        k = Case("chat/retail UK: delivery address typed with postcode")
        k.c("pls deliver to ", Vt(f"{n} {st}", "ADDRESS"), ", ", R.choice(["Leeds", "Bristol", "Cardiff", "Belfast"]), " ",
            Vt(R.choice([pc, pc.lower(), pc.replace(' ', '')]), "POSTCODE"), " after 2pm")
    else:
        city, stc = R.choice(US_CITIES)
        n = house_no()
        st = R.choice(US_STREETS)
        z = "".join(R.choice("0123456789") for _ in range(5))
        if R.random() < 0.3:
            z += "-" + "".join(R.choice("0123456789") for _ in range(4))
        k = Case("chat/insurance US: street address with ZIP typed, apt number outside span")
        k.c("new address is ", Vt(f"{n} {st}", "ADDRESS"), " apt ", str(R.randint(2, 40)), ", ", city, ", ", stc, " ", Vt(z, "POSTCODE"))
    return k


def p_mixed_call():
    c = card()
    cv = cvv(4 if len(c) == 15 else 3)
    m, y = expiry()
    pc = R.choice(UK_PCS)
    k = Case("call/travel UK: card, expiry, cvv and billing postcode; booking reference and price nearby")
    k.a(f"the total for the two flights is {money_spoken()} booking reference {speak(ref_digits(6))}")
    k.c("okay card number ", Vt(speak(c, True, 0.15), "CARD_NUMBER"))
    k.a("expiry")
    k.c(Vt(expiry_spoken(m, y), "EXPIRY"), " and the code on the back is ", Vt(speak(cv, True, 0, 0), "CVV"))
    k.a("and the billing postcode")
    k.c(Vt(pc_spoken(pc), "POSTCODE"))
    return k


def p_two_values_turn():
    v = ni()
    d, m, y = dob()
    k = Case("call/insurance UK: NI number and DOB in one customer turn")
    k.a("can i take your date of birth and national insurance number")
    k.c("yeah born ", Vt(dob_spoken(d, m, y), "DOB"), " and my national insurance is ", Vt(ni_spoken(v), "NI_NUMBER"))
    return k


def p_ni_card_chat():
    v = ni()
    c = card()
    k = Case("chat/banking UK: NI number and card typed in separate messages, lowercase and typos")
    k.c("hi i need to reset my pin, ni numbr is ", Vt(ni_typed(v), "NI_NUMBER"))
    k.a("Thanks. And the long card number?")
    k.c(Vt(card_typed(c), "CARD_NUMBER"))
    return k


def p_ssn_card_chat():
    s = ssn()
    c = card()
    k = Case("chat/banking US: card in dispute message beside amount, then full SSN")
    k.c(f"dispute a charge of {money()} on card ", Vt(card_typed(c), "CARD_NUMBER"))
    k.a("I'll need to verify you. Social security number?")
    k.c("ssn: ", Vt(R.choice([f"{s[:3]}-{s[3:5]}-{s[5:]}", s, f"{s[:3]} {s[3:5]} {s[5:]}"]), "SSN"))
    return k


def p_sort_readback():
    sc = sort_code()
    acc = account(8)
    ref = ref_digits(8)
    k = Case("call/banking UK: sort code and account read back by agent, payment reference right after (unlabelled)")
    k.c("sort code ", Vt(sort_spoken(sc), "SORT_CODE"), " account ", Vt(speak(acc, True, 0.3), "BANK_ACCOUNT"))
    k.a("so that's ", Vt(speak(sc, True, 0.0, 0.0), "SORT_CODE"), " and ", Vt(speak(acc, True, 0.0, 0.0), "BANK_ACCOUNT"),
        f" and your payment reference will be {speak(ref, True, 0.0)}")
    k.c("perfect")
    return k


def p_address_us_call():
    n = house_no()
    st = R.choice(US_STREETS)
    city, stc = R.choice(US_CITIES)
    z = "".join(R.choice("0123456789") for _ in range(5))
    k = Case("call/healthcare billing US: street address and ZIP spoken, bill amount and visit date nearby")
    k.a(f"the statement for your visit on {R.choice(MONTHS)} {ORD[R.randint(1, 28)]} was {money_spoken()} where should we mail it")
    k.c(Vt(f"{num_words(n)} {st.lower()}", "ADDRESS"), f" {city.lower()} zip ", Vt(speak(z, False, 0.3), "POSTCODE"))
    return k


def p_email_typo_chat():
    u, d = email()
    ph = uk_mobile()
    k = Case("chat/utilities UK: phone and email typed, email repeated in a bracketed aside, ticket number nearby")
    k.c(f"re ticket {ref_digits(8)} - contact me on ", Vt(phone_typed("uk", ph), "PHONE"), " or ", Vt(f"{u}@{d}", "EMAIL"),
        " (sorry autocorrect, thats ", Vt(f"{u}@{d}", "EMAIL"), ")")
    return k


def p_ie_chat():
    v = iban()
    while not v.startswith("IE"):
        v = iban()
    ph = ie_mobile()
    k = Case("chat/telecom Ireland: IBAN for direct debit plus Irish mobile, monthly price beside")
    k.c(f"Set up the €{R.randint(20, 70)}/month plan DD from ", Vt(iban_typed(v), "IBAN"), " and text ", Vt(phone_typed("ie", ph), "PHONE"))
    return k


POS_TEMPLATES = [p_card_chat, p_card_split_call, p_card_one_turn_call, p_card_readback, p_card_filler,
                 p_ssn_chat, p_ssn_call, p_ssn_last4_and_full, p_ssn_dob, p_ni_chat, p_ni_call,
                 p_ni_with_ref, p_bank_uk, p_bank_chat, p_iban_chat, p_iban_call, p_phone_chat,
                 p_phone_call, p_phone_correction, p_email_chat, p_email_call, p_dob_call, p_dob_chat,
                 p_address_uk, p_address_chat, p_mixed_call, p_two_values_turn, p_ni_card_chat,
                 p_ssn_card_chat, p_sort_readback, p_address_us_call, p_email_typo_chat, p_ie_chat]


# ----------------------------------------------------------------------------- negative templates
def n_order_ref():
    r = ref_digits(R.choice([8, 9, 10]))
    k = Case("chat/retail: long order number typed with its reference word")
    k.c(f"Hi my order number is {r} and it still hasn't shipped, I paid {money()}")
    k.a("Sorry about that, I'll chase it today.")
    return k


def n_ref_spoken():
    r = ref_digits(R.choice([8, 9, 10]))
    w = R.choice(["reference number", "claim number", "ticket number", "case number", "invoice number"])
    k = Case(f"call/insurance: {w} read digit by digit (10 digits or fewer)")
    k.a(f"have you got your {w}")
    k.c(f"yeah it's {speak(r, True, 0.2)}")
    k.a(f"thanks that's {w} {speak(r, True, 0.0)}")
    return k


def n_tracking():
    t = R.choice(["1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(16)),
                  "JD" + ref_digits(16), "TBA" + ref_digits(12)])
    k = Case("chat/retail: courier tracking number (alphanumeric, long) with its name")
    k.c(f"tracking number {t} says delivered but nothing here")
    return k


def n_amount_digits():
    a = R.randint(1000, 9999)
    k = Case("call/banking: payment amount read digit by digit, balance and percentage")
    k.c(f"i paid {speak(str(a), True)} pounds on {R.choice(DAYS)} and the interest went up to {num_words(R.randint(11, 29))} point {UNITS[R.randint(1, 9)]} percent")
    k.a(f"i can see the balance is {num_words(R.randint(2, 9))} thousand {num_words(R.randint(1, 9))} hundred pounds")
    return k


def n_hours():
    k = Case("call/telecom: opening hours and durations that look like phone digits")
    k.a(f"we're open eight till eight monday to friday and nine to five on saturday the wait is about {num_words(R.randint(11, 45))} minutes")
    k.c(f"okay i've been on hold since {R.choice(['ten oh five', 'nine forty five', 'two fifteen'])} already")
    return k


def n_hours_chat():
    k = Case("chat/utilities: opening hours typed 0800-2000 and times")
    k.a(f"Our lines are open 0800-2000 Mon-Fri and 0900-1700 Sat. Engineers visit between {R.randint(7, 11)}:00 and {R.randint(12, 18)}:30.")
    k.c("ok, 10:30 tomorrow works")
    return k


def n_model_serial():
    k = Case("chat/retail: model number and serial number of an appliance")
    k.c(f"My washer model WM{ref_digits(4)}-{R.choice(['UK', 'EU'])} serial no. {ref_digits(2)}{R.choice('ABCDEFGH')}{ref_digits(7)} stopped draining")
    k.a("Thanks, I'll book an engineer.")
    return k


def n_serial_spoken():
    k = Case("call/telecom: router serial number read out with its name (letters + digits)")
    sn = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + ref_digits(8)
    k.a("can you read me the serial number on the back of the router")
    k.c("serial number " + " ".join(ch.lower() if ch.isalpha() else UNITS[int(ch)] for ch in sn))
    return k


def n_meter():
    r = ref_digits(5)
    k = Case("call/utilities UK: meter readings (5-6 digits) spoken and typed")
    k.a("can i take a meter reading")
    k.c(f"yeah the gas is {speak(r, True, 0.3)} and electric is {speak(ref_digits(6), True, 0.2)}")
    k.a(f"so gas {r} thank you")
    return k


def n_appointment_date():
    d = R.randint(1, 28)
    m = R.randint(1, 12)
    k = Case("call/healthcare billing: appointment and payment dates, not birth dates")
    k.a(f"your next appointment is the {ORD[d]} of {MONTHS[m - 1]} two thousand and twenty six at {R.choice(['nine thirty', 'eleven', 'three fifteen'])}")
    k.c(f"and the payment comes out on the {ORD[R.randint(1, 28)]} of every month right")
    return k


def n_date_chat():
    k = Case("chat/telecom: contract start and end dates typed")
    k.c(f"my contract started {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/2024 and ends {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/2026, can I upgrade?")
    return k


def n_last_four():
    l4 = ref_digits(4)
    k = Case("call/banking: card last-four mention only (not a full card number)")
    k.a(f"is that the card ending {speak(l4, True, 0.5)}")
    k.c(f"yeah the one ending in {speak(l4, True)}")
    return k


def n_last_four_chat():
    k = Case("chat/retail: card ending digits and masked card")
    l4 = ref_digits(4)
    k.a(f"I can see the payment was made with the card ending {l4} (**** **** **** {l4}).")
    k.c("yes that's my visa")
    return k


def n_flight():
    k = Case("call/travel: flight number, gate, seat, terminal and times")
    k.a(f"that's flight {R.choice(['e i', 'b a', 'f r', 'u a'])} {speak(ref_digits(3), True)} departing at {R.choice(['six forty', 'seventeen fifty five', 'oh nine hundred'])} from terminal {UNITS[R.randint(1, 5)]} seat {num_words(R.randint(11, 39))} {R.choice('abcdef')}")
    k.c("brilliant thanks")
    return k


def n_flight_chat():
    k = Case("chat/travel: flight number, booking ref, room number")
    k.c(f"Flight {R.choice(['EI', 'BA', 'FR', 'DL'])}{R.randint(100, 9999)} on {R.randint(1, 28)} {R.choice(MONTHS).capitalize()} landed 23:45, hotel room {R.randint(100, 999)} booking ref {''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}")
    return k


def n_counts():
    k = Case("call/retail: quantities, ages, temperatures, speeds")
    k.c(f"i ordered {num_words(R.randint(12, 60))} boxes for my son he's {num_words(R.randint(11, 17))} and the fridge is at {UNITS[R.randint(2, 8)]} degrees and my broadband is {num_words(R.randint(21, 99))} megabits")
    return k


def n_years():
    k = Case("call/insurance: years (not birth) and car registration year, mileage")
    k.c(f"the car is a {year_words(R.randint(2001, 2009))} model with {num_words(R.randint(21, 99))} thousand miles i've been insured with you since {year_words(R.randint(1991, 1999))}")
    return k


def n_invoice_chat():
    k = Case("chat/utilities: invoice number, account reference word with 10 digits, amount")
    k.c(f"Invoice no. {ref_digits(10)} dated {R.randint(1, 28)}/{R.randint(1, 12)}/2026 shows {money()} - that's double what I normally pay")
    return k


def n_customer_ref():
    k = Case("call/utilities: customer reference number (labelled as reference) with check letters")
    r = ref_digits(R.choice([7, 9, 10]))
    k.c(f"my customer reference is {speak(r, True, 0.3)} and the bill is {money_spoken()}")
    return k


def n_percent_price():
    k = Case("chat/telecom: plan prices, data allowance, percentages")
    k.a(f"The Unlimited plan is £{R.randint(10, 60)}.{R.choice(['99', '00', '50'])}/month, 24 month contract, {R.randint(5, 40)}% off for the first 6 months, 100GB data.")
    k.c("and the 5G one?")
    return k


def n_pin_like_code():
    k = Case("call/telecom: promo code and discount amount, engineer slot")
    k.a(f"i can apply promo code {R.choice(['save', 'spring', 'welcome'])} {num_words(R.randint(11, 50))} which takes {num_words(R.randint(5, 15))} pounds off and book the engineer for the {ORD[R.randint(1, 28)]} between eight and one")
    return k


def n_office_hours_number_words():
    k = Case("call/government services: case processing times and a form number")
    k.a(f"it takes up to {num_words(R.randint(11, 16))} weeks to process form {R.choice(['p', 'sa', 'ch'])} {num_words(R.randint(11, 99))} and you'll hear back by the {ORD[R.randint(1, 28)]}")
    return k


def n_balance_readback():
    k = Case("call/banking: balance and transaction amounts read out, transaction ids")
    k.a(f"there's a transaction on the {ORD[R.randint(1, 28)]} for {money_spoken()} transaction id {speak(ref_digits(8), True)}")
    k.c("yeah that's not mine")
    return k


def n_policy_number():
    k = Case("chat/insurance: policy number alphanumeric with its name, excess amount")
    k.c(f"Policy number POL-{ref_digits(8)}, claim CLM{ref_digits(7)}. The excess is £{R.randint(100, 500)}.")
    return k


def n_ticket_long():
    k = Case("chat/telecom: 10-digit ticket and account PIN-length numbers with labels")
    k.a(f"I've opened ticket {ref_digits(10)} for you. The fault ref is FLT{ref_digits(6)}.")
    k.c("thanks, its been {0} days now".format(R.randint(3, 14)))
    return k


def n_pharmacy():
    k = Case("call/healthcare billing: prescription number, dosage, and cost")
    k.c(f"the prescription number is {speak(ref_digits(9), False, 0.3)} it's {num_words(R.randint(2, 5))} hundred milligrams twice a day and it cost me {money_spoken()}")
    return k


def n_ref_split():
    r = ref_digits(10)
    w = R.choice(["order number", "booking reference", "claim reference", "case reference"])
    k = Case(f"call/retail: 10-digit {w} split across turns with back-channels, like a card read-out")
    k.a(f"can i take the {w} please")
    k.c(f"yeah it's {speak(r[:4], True, 0.3)}")
    k.a("mhm")
    k.c(speak(r[4:7], True, 0.3))
    k.a("okay go on")
    k.c(f"{speak(r[7:], True, 0.3)} that's the {w}")
    return k


def n_amount_chat_digits():
    k = Case("chat/banking: amounts with many digits, ISO dates of payments, standing order day")
    k.c(f"I sent {R.choice(['GBP', 'EUR', 'USD'])} {R.randint(1, 99)},{R.randint(100, 999)}.{R.randint(10, 99)} on 2026-{R.randint(1, 12):02d}-{R.randint(1, 28):02d} and another {R.randint(100, 999)}.00 on 2026-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}, standing order goes out on the {R.choice(['1st', '15th', '28th', '3rd', '22nd'])}")
    return k


def n_clock_times():
    k = Case("call/travel: 24h times, platform and coach numbers, journey durations")
    k.a(f"the coach leaves at {R.choice(['fourteen thirty', 'oh seven fifteen', 'twenty two forty five'])} from bay {num_words(R.randint(11, 30))} and arrives {R.choice(['nineteen oh five', 'eleven fifty', 'sixteen twenty'])} so about {UNITS[R.randint(2, 9)]} hours {num_words(R.randint(11, 55))} minutes")
    k.c("and the return is the same times")
    return k


def n_account_balance_digits():
    k = Case("call/utilities: account balance, kWh usage and tariff pence read out")
    k.a(f"you used {speak(ref_digits(4), True)} kilowatt hours at {num_words(R.randint(21, 35))} point {UNITS[R.randint(1, 9)]} pence so your balance is {money_spoken()} in credit")
    k.c("okay so i don't owe anything")
    return k


def n_dob_of_other_date():
    k = Case("chat/insurance: accident date and renewal date with 'date' wording, not DOB")
    k.c(f"Date of the accident: {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/2026 at about {R.randint(1, 11)}pm. Renewal date {R.randint(1, 28)} {R.choice(MONTHS).capitalize()} 2027. Vehicle year 2019, 1.6 litre.")
    return k


NEG_TEMPLATES = [n_order_ref, n_ref_spoken, n_tracking, n_amount_digits, n_hours, n_hours_chat,
                 n_model_serial, n_serial_spoken, n_meter, n_appointment_date, n_date_chat,
                 n_last_four, n_last_four_chat, n_flight, n_flight_chat, n_counts, n_years,
                 n_invoice_chat, n_customer_ref, n_percent_price, n_pin_like_code,
                 n_office_hours_number_words, n_balance_readback, n_policy_number, n_ticket_long,
                 n_pharmacy, n_ref_split, n_amount_chat_digits, n_clock_times,
                 n_account_balance_digits, n_dob_of_other_date]

N_POS = 231
N_NEG = 155


def generate():
    recs, groups = [], []
    for i in range(N_POS):
        t = POS_TEMPLATES[i % len(POS_TEMPLATES)]
        r, g = build(t(), f"h224-pos-{i + 1:03d}", "positive")
        recs.append(r)
        groups.append(g)
    for i in range(N_NEG):
        t = NEG_TEMPLATES[i % len(NEG_TEMPLATES)]
        r, g = build(t(), f"h224-neg-{i + 1:03d}", "negative")
        recs.append(r)
        groups.append(g)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    return recs, groups, text


def counts(recs):
    c = Counter()
    for r in recs:
        for s in r["spans"]:
            c[s["type"]] += 1
    return c


def readme(recs) -> str:
    c = counts(recs)
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = len(recs) - npos
    rows = "\n".join(f"| {t} | {c[t]} |" for t in TYPES)
    return f"""# PII hold-out set h224

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures here and changing the redactor to fix them invalidates it.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its documentation or the other PII fixtures; the
only data consulted was a three-line example of the JSONL format. Cases are
generated by `scripts/make_pii_holdout224.py` from template functions; each
turn is assembled from plain-text segments and `(value, TYPE)` segments so the
span offsets are computed, never typed by hand. All values come from one
`random.Random({SEED})`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout224.py --check` regenerates and verifies the
file (identical bytes, unique ids, offsets in range and on word boundaries, no
overlaps, and each value validated after normalising spoken forms: Luhn for
cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit
counts for CVV/phone/account, UK/US postcode shapes). Split values (one value
read over several turns) are validated by concatenating their pieces.

Contents: {npos} positive cases, {nneg} negative cases ({len(recs)} total).
Chat cases are typed text; call cases imitate ASR output (lower case, numbers
as words, "oh"/"o"/"nought"/"zero", "double"/"triple", digit pairs like
"forty one", letters as "b for bravo" / "b as in bravo", e-mails as
"x dot y at gmail dot com").

## Annotation conventions

* A span covers the value only: no lead-in words ("it's", "my number is",
  "yeah"), no trailing words or punctuation.
* Spoken values: the span runs from the first to the last spoken token of the
  value, including "double"/"triple" and NATO words ("for bravo", "as in
  bravo"); filler words never sit inside a span.
* A value split over several customer turns gets one span per turn, each span
  labelled with the full value's type (e.g. four CARD_NUMBER spans for one card).
  A value in one turn with fillers between groups ("um", "sorry") is likewise
  split into one span per group.
* Agent read-backs and customer self-corrections that repeat a full value are
  labelled too.
* PHONE includes the international prefix ("+44", "plus four four").
* DOB spans include "the ... of" when a date is spoken as "the fourteenth of
  march nineteen eighty six".
* ADDRESS is house number + street name only (flat/apt number, town, state are
  outside); POSTCODE is a UK postcode or a US ZIP / ZIP+4.
* EXPIRY is the month/year; CVV is the 3-4 digit code.
* Non-PII numbers (order, claim, invoice, ticket, tracking, reference, policy,
  prescription, transaction numbers; amounts; times; dates that are not birth
  dates; meter readings; serial/model numbers; card last-four mentions) are
  never labelled, in positives or negatives. Negatives have no spans and fail
  if anything in them is redacted.

## Span counts per type

| type | spans |
|---|---|
{rows}
| total | {sum(c.values())} |
"""


def check(recs, groups, text) -> list[str]:
    errs = []
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
        errs.append("cases.jsonl differs from regenerated output")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(recs):
        errs.append("README.md differs from regenerated output")
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for r, gs in zip(recs, groups):
        if r["kind"] == "negative" and r["spans"]:
            errs.append(f"{r['id']}: negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(f"{r['id']}: positive without spans")
        by_turn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append(f"{r['id']}: bad type {s['type']}")
            t = r["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                errs.append(f"{r['id']}: offsets out of range")
                continue
            if (s["start"] > 0 and t[s["start"] - 1].isalnum()) or (s["end"] < len(t) and t[s["end"]].isalnum()):
                errs.append(f"{r['id']}: span not on word boundary {t[s['start']:s['end']]!r}")
            if t[s["start"]].isspace() or t[s["end"] - 1].isspace():
                errs.append(f"{r['id']}: span has edge whitespace")
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for spans in by_turn.values():
            spans.sort()
            for a, b in zip(spans, spans[1:]):
                if b[0] < a[1]:
                    errs.append(f"{r['id']}: overlapping spans")
        for g in gs:
            sp = [r["spans"][i] for i in g]
            typ = sp[0]["type"]
            val = " ".join(r["turns"][s["turn"]]["text"][s["start"]:s["end"]] for s in sp)
            e = validate(typ, val)
            if e:
                errs.append(f"{r['id']}: invalid {e}")
    c = counts(recs)
    for t, mn in MIN_SPANS.items():
        if c[t] < mn:
            errs.append(f"type {t}: {c[t]} spans < {mn}")
    npos = sum(r["kind"] == "positive" for r in recs)
    if npos < 170 or len(recs) - npos < 100:
        errs.append("too few cases")
    return errs


def main():
    recs, groups, text = generate()
    c = counts(recs)
    npos = sum(r["kind"] == "positive" for r in recs)
    if "--check" in sys.argv[1:]:
        errs = check(recs, groups, text)
        print(f"cases: {len(recs)} ({npos} positive, {len(recs) - npos} negative)")
        for t in TYPES:
            print(f"  {t:13s} {c[t]}")
        print(f"  total spans   {sum(c.values())}")
        for e in errs[:50]:
            print("ERROR:", e)
        if errs:
            print(f"FAILED: {len(errs)} problem(s)")
            sys.exit(1)
        print("OK")
        return
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme(recs), encoding="utf-8")
    print(f"wrote {CASES} ({npos} positive, {len(recs) - npos} negative)")


if __name__ == "__main__":
    main()

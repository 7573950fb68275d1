#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout115``.

Written by an independent AI helper that never saw the redaction code.
Standard library only.  Output is byte-for-byte reproducible (seed 115241124).

    python scripts/make_pii_holdout115.py          # write fixture + README
    python scripts/make_pii_holdout115.py --check  # regenerate, compare, validate
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 115241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout115"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h115"
N_POS = 206
N_NEG = 128

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

R = random.Random(SEED)

# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------

def luhn_ok(d: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card() -> str:
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if kind == "visa":
        body = "4" + "".join(R.choice("0123456789") for _ in range(14))
    elif kind == "visa13":
        body = "4" + "".join(R.choice("0123456789") for _ in range(11))
    elif kind == "mc":
        body = "5" + R.choice("12345") + "".join(R.choice("0123456789") for _ in range(13))
    elif kind == "amex":
        body = "3" + R.choice("47") + "".join(R.choice("0123456789") for _ in range(12))
    elif kind == "disc":
        body = "6011" + "".join(R.choice("0123456789") for _ in range(11))
    else:
        body = "6759" + "".join(R.choice("0123456789") for _ in range(13))  # 18 digits
    return luhn_complete(body)


def gen_card16() -> str:
    while True:
        c = gen_card()
        if len(c) == 16:
            return c


def gen_cvv(card: str = "") -> str:
    n = 4 if card[:2] in ("34", "37") else 3
    return "".join(R.choice("0123456789") for _ in range(n))


def gen_expiry() -> tuple[int, int]:
    return R.randint(1, 12), R.randint(26, 33)


def gen_ssn() -> str:
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni() -> str:
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def gen_account(n: int = 8) -> str:
    return R.choice("123456789") + "".join(R.choice("0123456789") for _ in range(n - 1))


def gen_sort() -> str:
    return R.choice(["20", "30", "40", "60", "09", "11", "77", "83", "90", "93", "23", "56"]) + \
        "".join(R.choice("0123456789") for _ in range(4))


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_valid(iban: str) -> bool:
    iban = iban.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", iban):
        return False
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def gen_iban() -> str:
    c = R.choice(["GB", "GB", "IE", "IE", "DE", "NL", "FR", "ES"])
    dig = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "MIDL", "HBUK"]) + gen_sort() + dig(8)
    elif c == "IE":
        bban = R.choice(["AIBK", "IPBS", "BKIE"]) + dig(6) + dig(8)
    elif c == "DE":
        bban = dig(18)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "TRIB"]) + dig(10)
    elif c == "FR":
        bban = dig(23)
    else:
        bban = dig(20)
    return c + iban_check(c, bban) + bban


def gen_phone() -> tuple[str, str]:
    """returns (canonical digits incl leading + if intl, country)"""
    k = R.choice(["uk_mob", "uk_mob", "uk_land", "uk_intl", "us", "us", "us_intl", "ie", "ie_intl"])
    dig = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if k == "uk_mob":
        return "07" + R.choice("3456789") + dig(8), "uk"
    if k == "uk_land":
        return "01" + R.choice("23456789") + dig(8), "uk"
    if k == "uk_intl":
        return "+447" + R.choice("3456789") + dig(8), "uk"
    if k == "us":
        return R.choice("2345689") + dig(2) + R.choice("2345689") + dig(6), "us"
    if k == "us_intl":
        return "+1" + R.choice("2345689") + dig(2) + R.choice("2345689") + dig(6), "us"
    if k == "ie":
        return "08" + R.choice("35679") + dig(7), "ie"
    return "+3538" + R.choice("35679") + dig(7), "ie"


FIRST = ["john", "sarah", "aoife", "liam", "priya", "marcus", "chloe", "dmitri", "fatima", "owen",
         "niamh", "tomasz", "grace", "kwame", "ella", "rhys", "maria", "jamal", "siobhan", "ben"]
LAST = ["doyle", "patel", "smith", "okafor", "murphy", "nguyen", "kowalski", "byrne", "evans",
        "garcia", "walsh", "hughes", "khan", "reilly", "jones", "fischer", "moreau", "brennan"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "proton.me", "live.co.uk", "comcast.net"]


def gen_email() -> str:
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 5)
    if style == 0:
        user = f"{f}.{l}"
    elif style == 1:
        user = f"{f[0]}{l}"
    elif style == 2:
        user = f"{f}{l}{R.randint(1, 99)}"
    elif style == 3:
        user = f"{f}_{l}"
    elif style == 4:
        user = f"{l}.{f[0]}"
    else:
        user = f"{f}{R.randint(70, 99)}"
    return f"{user}@{R.choice(DOMAINS)}"


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def gen_dob() -> tuple[int, int, int]:
    return R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2005)


UK_AREAS = ["SW", "E", "N", "M", "B", "LS", "G", "EH", "BT", "CF", "BS", "NG", "L", "SE", "W", "KT", "RG", "CB"]
PC_LET = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode() -> str:
    a = R.choice(UK_AREAS)
    num = R.randint(1, 20)
    out = a + str(num)
    if num < 10 and a in ("SW", "W", "E", "N") and R.random() < 0.3:
        out += R.choice("AHW")
    return out + " " + str(R.randint(1, 9)) + R.choice(PC_LET) + R.choice(PC_LET)


UK_TOWN = {"SW": "London", "E": "London", "N": "London", "SE": "London", "W": "London", "M": "Manchester",
           "B": "Birmingham", "LS": "Leeds", "G": "Glasgow", "EH": "Edinburgh", "BT": "Belfast", "CF": "Cardiff",
           "BS": "Bristol", "NG": "Nottingham", "L": "Liverpool", "KT": "Kingston", "RG": "Reading", "CB": "Cambridge"}
US_TOWN = [("Columbus, OH", "432"), ("Tampa FL", "336"), ("Denver, CO", "802"), ("Austin TX", "787"),
           ("Portland, OR", "972"), ("Springfield IL", "627"), ("Raleigh, NC", "276")]


def town_for(pc: str) -> str:
    area = re.match(r"[A-Z]+", pc).group(0)
    t = UK_TOWN[area]
    return R.choice([t, t.lower(), t.upper()])


def gen_us_town_zip() -> tuple[str, str]:
    town, pre = R.choice(US_TOWN)
    z = pre + f"{R.randint(1, 99):02d}"
    if R.random() < 0.25:
        z += "-" + f"{R.randint(1, 9999):04d}"
    return town, z


def gen_zip() -> str:
    z = f"{R.randint(1001, 99950):05d}"
    if R.random() < 0.25:
        z += "-" + f"{R.randint(1, 9999):04d}"
    return z


STREETS = ["maple", "church", "station", "high", "mill", "oak", "victoria", "park", "elm", "king",
           "queen", "willow", "main", "chapel", "meadow", "cedar", "lincoln", "harbour", "castle"]
SUFFIX_UK = ["road", "street", "lane", "avenue", "close", "crescent", "drive", "grove", "terrace", "way"]
SUFFIX_US = ["street", "avenue", "boulevard", "drive", "court", "road", "lane", "place"]
STREET_WORDS = set(SUFFIX_UK + SUFFIX_US + ["st", "rd", "ave", "blvd", "dr", "ct", "ln", "pl", "cres"])


def gen_address(us: bool = False) -> tuple[int, str, str]:
    return R.randint(1, 480) if R.random() < 0.8 else R.randint(1000, 9800), R.choice(STREETS), \
        R.choice(SUFFIX_US if us else SUFFIX_UK)


# ---------------------------------------------------------------------------
# spoken rendering
# ---------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "W": "whiskey", "X": "x ray", "Y": "yankee", "Z": "zulu", "I": "india", "V": "victor"}
FOR_WORD = {"A": "apple", "B": "bravo", "C": "charlie", "D": "david", "E": "edward", "G": "george",
            "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mother", "N": "nancy",
            "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william", "Y": "yellow",
            "Z": "zebra", "X": "x ray", "F": "freddie", "Q": "queen", "U": "uncle", "I": "ireland", "V": "victor"}


def zero_word(country: str = "") -> str:
    if country == "uk":
        return R.choice(["oh", "oh", "nought", "zero", "o"])
    if country == "us":
        return R.choice(["zero", "oh", "oh", "o"])
    return R.choice(["zero", "oh", "o", "nought"])


def say_digit(d: str, zw: str, homophone: bool = False) -> str:
    if d == "0":
        return zw
    if homophone and R.random() < 0.35:
        return {"4": "for", "2": "to", "8": "ate"}.get(d, UNITS[int(d)])
    return UNITS[int(d)]


def say_digits(s: str, country: str = "", doubles: bool = True, homophone: bool = False,
               fillers: bool = False) -> str:
    zw = zero_word(country)
    words = []
    i = 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        if doubles and run == 3 and R.random() < 0.6:
            words.append("triple " + say_digit(d, zw))
            i += 3
        elif doubles and run >= 2 and R.random() < 0.7:
            words.append("double " + say_digit(d, zw))
            i += 2
        else:
            words.append(say_digit(d, zw, homophone))
            i += 1
        if fillers and i < len(s) and R.random() < 0.08:
            words.append(R.choice(["um", "uh", "er"]))
    return " ".join(words)


def say_pair(p: str, zw: str) -> str:
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zw + " " + UNITS[b] if b else zw + " " + zw
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def say_pairs(s: str, country: str = "") -> str:
    """group into pairs ('forty one eleven'); odd leftover said singly at start"""
    zw = zero_word(country)
    words = []
    i = 0
    if len(s) % 2 == 1:
        words.append(say_digit(s[0], zw))
        i = 1
    while i < len(s):
        words.append(say_pair(s[i:i + 2], zw))
        i += 2
    return " ".join(words)


def say_mixed(s: str, country: str = "") -> str:
    """mostly digits, some pairs"""
    out = []
    i = 0
    zw = zero_word(country)
    while i < len(s):
        if i + 2 <= len(s) and s[i] != "0" and (s[i + 1] != "0" or i + 2 == len(s)) and R.random() < 0.3:
            out.append(say_pair(s[i:i + 2], zw))
            i += 2
        else:
            out.append(say_digit(s[i], zw))
            i += 1
    return " ".join(out)


def say_number(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        h, r = divmod(n, 100)
        return UNITS[h] + " hundred" + ("" if r == 0 else " and " + say_number(r))
    th, r = divmod(n, 1000)
    return say_number(th) + " thousand" + ("" if r == 0 else (" and " if r < 100 else " ") + say_number(r))


def say_year(y: int) -> str:
    if 2000 <= y < 2010:
        return R.choice(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]])
    if 2010 <= y < 2100:
        return "twenty " + say_number(y - 2000)
    hi, lo = divmod(y, 100)
    return say_number(hi) + " " + (say_pair(f"{lo:02d}", "oh") if lo else "hundred")


ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]


def nth(d: int) -> str:
    if 11 <= d % 100 <= 13:
        return f"{d}th"
    return f"{d}" + {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def say_letter(c: str, mode: str) -> str:
    if mode == "nato":
        return f"{c.lower()} for {NATO[c]}"
    if mode == "as":
        return f"{c.lower()} as in {FOR_WORD[c]}"
    return c.lower()


def say_alnum(s: str, country: str = "", letter_mode: str | None = None) -> str:
    """letters spelled, digits one by one"""
    zw = zero_word(country)
    out = []
    for ch in s:
        if ch == " ":
            continue
        if ch.isdigit():
            out.append(say_digit(ch, zw))
        else:
            m = letter_mode or R.choice(["plain", "plain", "nato", "as"])
            if ch in "AEIOUY" and m == "plain" and R.random() < 0.5:
                m = "nato"
            out.append(say_letter(ch, m))
    return " ".join(out)


def split_n(s: str, k: int) -> list[str]:
    """split string into k roughly equal non-empty pieces"""
    base, extra = divmod(len(s), k)
    out, i = [], 0
    for j in range(k):
        n = base + (1 if j < extra else 0)
        out.append(s[i:i + n])
        i += n
    return out


# ---------------------------------------------------------------------------
# typed rendering
# ---------------------------------------------------------------------------

def group(s: str, sizes: list[int], sep) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    out = [x for x in out if x]
    if callable(sep):
        res = out[0]
        for x in out[1:]:
            res += sep() + x
        return res
    return sep.join(out)


def messy_sep() -> str:
    return R.choice([" ", " ", "-", "  ", ".", " - ", "", "\u00a0"])


def type_card(c: str) -> str:
    if c[:2] in ("34", "37"):
        sizes = [4, 6, 5]
    elif len(c) == 13:
        sizes = [4, 3, 3, 3]
    else:
        sizes = [4] * 5
    st = R.randint(0, 6)
    if st == 0:
        return c
    if st == 1:
        return group(c, sizes, " ")
    if st == 2:
        return group(c, sizes, "-")
    if st == 3:
        return group(c, sizes, messy_sep)
    if st == 4:
        return group(c, sizes, ".")
    if st == 5:
        return group(c, [R.choice([3, 4, 5]) for _ in range(6)], " ")
    return group(c, sizes, "  ")


def type_phone(p: str, country: str) -> str:
    plus = p.startswith("+")
    d = p.lstrip("+")
    st = R.randint(0, 4)
    if country == "us":
        core = d[-10:]
        cc = "+1 " if plus else ""
        if st == 0:
            return f"{cc}({core[:3]}) {core[3:6]}-{core[6:]}"
        if st == 1:
            return f"{cc}{core[:3]}-{core[3:6]}-{core[6:]}"
        if st == 2:
            return f"{cc}{core[:3]}.{core[3:6]}.{core[6:]}"
        if st == 3:
            return ("+1" if plus else "") + core
        return f"{cc}{core[:3]} {core[3:6]} {core[6:]}"
    if plus:
        cc_len = 2 if d.startswith("44") else 3
        cc, rest = d[:cc_len], d[cc_len:]
        if st <= 1:
            return f"+{cc} {rest[:4]} {rest[4:]}" if cc == "44" else f"+{cc} {rest[:2]} {rest[2:5]} {rest[5:]}"
        if st == 2:
            return f"+{cc}{rest}"
        if st == 3:
            return f"00{cc} {rest}"
        return f"+{cc} ({0}){rest}" if False else f"+{cc}-{rest[:3]}-{rest[3:]}"
    if country == "uk":
        if st <= 1:
            return f"{d[:5]} {d[5:]}"
        if st == 2:
            return d
        if st == 3:
            return f"{d[:5]}-{d[5:8]}-{d[8:]}"
        return f"{d[:4]} {d[4:7]} {d[7:]}"
    if st <= 1:
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if st == 2:
        return d
    return f"({d[:3]}) {d[3:]}" if st == 3 else f"{d[:3]}-{d[3:]}"


def type_ni(n: str) -> str:
    st = R.randint(0, 6)
    if st == 0:
        return n
    if st == 1:
        return f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"
    if st == 2:
        return n.lower()
    if st == 3:
        return f"{n[:2]}-{n[2:4]}-{n[4:6]}-{n[6:8]}-{n[8]}"
    if st == 4:
        return f"{n[:2]}{n[2:8]} {n[8]}"
    if st == 5:
        return f"{n[:2].lower()} {n[2:8]} {n[8].lower()}"
    return f"{n[:2]} {n[2:8]}{n[8]}"


def type_ssn(s: str) -> str:
    st = R.randint(0, 4)
    if st <= 1:
        return f"{s[:3]}-{s[3:5]}-{s[5:]}"
    if st == 2:
        return f"{s[:3]} {s[3:5]} {s[5:]}"
    if st == 3:
        return s
    return f"{s[:3]}.{s[3:5]}.{s[5:]}"


def type_sort(s: str) -> str:
    return R.choice([f"{s[:2]}-{s[2:4]}-{s[4:]}", s, f"{s[:2]} {s[2:4]} {s[4:]}", f"{s[:2]}-{s[2:4]}-{s[4:]}",
                     f"{s[:2]}/{s[2:4]}/{s[4:]}"])


def type_iban(i: str) -> str:
    st = R.randint(0, 3)
    if st == 0:
        return group(i, [4] * 9, " ")
    if st == 1:
        return i
    if st == 2:
        return group(i, [4] * 9, " ").lower()
    return group(i, [4] * 9, "-")


def type_dob(d: int, m: int, y: int, us: bool = False) -> str:
    st = R.randint(0, 7)
    mn = MONTHS[m - 1]
    if st == 0:
        return f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}"
    if st == 1:
        return f"{d}{'th' if d not in (1, 2, 3, 21, 22, 23) else {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}[d]} {mn.capitalize()} {y}"
    if st == 2:
        return f"{mn.capitalize()} {d}, {y}"
    if st == 3:
        return f"{y}-{m:02d}-{d:02d}"
    if st == 4:
        return f"{d}.{m}.{str(y)[2:]}" if not us else f"{m}/{d}/{str(y)[2:]}"
    if st == 5:
        return f"{d} {mn[:3]} {y}"
    if st == 6:
        return f"{d}-{m}-{y}" if not us else f"{m}-{d}-{y}"
    return f"{mn[:3].capitalize()} {d} {y}"


def type_expiry(m: int, y: int) -> str:
    return R.choice([f"{m:02d}/{y}", f"{m:02d}/{y}", f"{m:02d}-{y}", f"{m:02d}/20{y}", f"{m}/{y}",
                     f"{MONTHS[m - 1][:3]} {y}", f"{MONTHS[m - 1][:3].capitalize()} 20{y}", f"{m:02d} {y}", f"{m:02d} / {y}", f"{m}/20{y}"])


def say_expiry(m: int, y: int) -> str:
    st = R.randint(0, 4)
    if st == 0:
        return f"{zero_word()} {UNITS[m]} {say_number(y)}" if m < 10 else f"{say_number(m)} {say_number(y)}"
    if st == 1:
        return f"{MONTHS[m - 1]} twenty {say_number(y)}"
    if st == 2:
        return f"{MONTHS[m - 1]} {say_number(y)}"
    if st == 3:
        return f"{say_number(m)} slash {say_number(y)}"
    return f"{MONTHS[m - 1]} two thousand and {say_number(y)}"


def say_dob(d: int, m: int, y: int, us: bool = False) -> str:
    st = R.randint(0, 4)
    if st == 0:
        return f"the {ORD[d]} of {MONTHS[m - 1]} {say_year(y)}"
    if st == 1:
        return f"{MONTHS[m - 1]} {ORD[d]} {say_year(y)}"
    if st == 2:
        return f"{ORD[d]} {MONTHS[m - 1]} {say_year(y)}"
    if st == 3:
        a, b = (m, d) if us else (d, m)
        return f"{say_pair(f'{a:02d}', 'oh')} {say_pair(f'{b:02d}', 'oh')} {say_year(y)}"
    return f"{MONTHS[m - 1]} the {ORD[d]} {say_year(y)}"


def type_postcode(p: str) -> str:
    st = R.randint(0, 4)
    if st == 0:
        return p
    if st == 1:
        return p.lower()
    if st == 2:
        return p.replace(" ", "")
    if st == 3:
        return p.replace(" ", "  ")
    return p.lower().replace(" ", "")


def say_postcode(p: str) -> str:
    if p[0].isdigit():
        return say_digits(p.replace("-", ""), "us", doubles=R.random() < 0.5)
    return say_alnum(p, "uk")


def type_address(a: tuple[int, str, str]) -> str:
    n, s, suf = a
    abbrev = {"road": "Rd", "street": "St", "avenue": "Ave", "drive": "Dr", "lane": "Ln",
              "boulevard": "Blvd", "court": "Ct", "place": "Pl", "crescent": "Cres"}
    st = R.randint(0, 4)
    if st == 0:
        return f"{n} {s.capitalize()} {suf.capitalize()}"
    if st == 1:
        return f"{n} {s} {abbrev.get(suf, suf)}"
    if st == 2:
        return f"{n}, {s.capitalize()} {suf.capitalize()}"
    if st == 3:
        return f"{n} {s.upper()} {suf.upper()}"
    return f"flat {R.randint(1, 12)}, {n} {s} {suf}"


def say_address(a: tuple[int, str, str]) -> str:
    n, s, suf = a
    num = say_number(n) if n < 1000 or R.random() < 0.5 else say_pairs(str(n))
    if R.random() < 0.2:
        return f"flat {say_number(R.randint(1, 12))} {num} {s} {suf}"
    return f"{num} {s} {suf}"


def say_email(e: str) -> str:
    user, dom = e.split("@")
    parts = []
    for tok in re.split(r"([._])", user):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok.isdigit():
            parts.append(say_digits(tok, doubles=False))
        elif len(tok) == 1:
            parts.append(tok)
        elif tok:
            m = re.match(r"([a-z]+)(\d*)", tok)
            w, dg = m.group(1), m.group(2)
            if R.random() < 0.25 and len(w) <= 6:
                parts.append(" ".join(w))
            else:
                parts.append(w)
            if dg:
                parts.append(say_digits(dg, doubles=False))
    parts.append("at")
    parts.append(" dot ".join(dom.split(".")))
    return " ".join(parts)


# ---------------------------------------------------------------------------
# normalisation + validation (used by --check)
# ---------------------------------------------------------------------------
WORD_DIGIT = {w: str(i) for i, w in enumerate(UNITS)}
WORD_DIGIT.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "for": "4", "to": "2", "too": "2",
                   "ate": "8"})
TEEN_D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_D = {w: i for i, w in enumerate(TENS) if w}
FILLER = {"plus", "um", "uh", "er", "erm", "and", "slash", "dash", "hyphen", "space", "the", "of", "flat", "sorry"}


def spoken_to_chars(text: str) -> str:
    """Normalise typed or spoken value text into digits/letters."""
    if re.search(r"\d", text):
        # typed form: keep letters, digits and a leading plus
        return re.sub(r"[^A-Za-z0-9+]", "", text).upper()
    t = text.lower().replace("\u00a0", " ")
    toks = re.findall(r"[a-z]+|\d+|\+", t)
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w == "+":
            out.append("+")
        elif w.isdigit():
            out.append(w)
        elif len(w) == 1 and nxt in ("for", "as") and w != "o":
            # letter spelled: "b for bravo", "b as in bravo"
            out.append(w.upper())
            i += 2
            if nxt == "as":
                i += 1  # 'in'
            if i < len(toks) and toks[i] == "x":  # 'x ray'
                i += 1
            i += 1
            continue
        elif w in ("double", "triple") and nxt in WORD_DIGIT:
            out.append(WORD_DIGIT[nxt] * (2 if w == "double" else 3))
            i += 2
            continue
        elif w in TENS_D:
            if nxt in UNITS[1:]:
                out.append(str(TENS_D[w] * 10 + UNITS.index(nxt)))
                i += 2
                continue
            out.append(str(TENS_D[w] * 10))
        elif w in TEEN_D:
            out.append(TEEN_D[w])
        elif w == "hundred":
            if nxt == "and":
                i += 1
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                if nxt in UNITS[1:] :
                    out.append("0")
                # tens words follow naturally
            elif nxt in TENS_D or nxt in TEEN_D:
                pass
            elif nxt in UNITS[1:]:
                out.append("0")
            else:
                out.append("00")
        elif w == "thousand":
            if nxt == "and":
                i += 1
                out.append("00")
            else:
                out.append("000")
        elif w in WORD_DIGIT:
            out.append(WORD_DIGIT[w])
        elif len(w) == 1:
            out.append(w.upper())
        elif w in FILLER:
            pass
        else:
            out.append("?" + w + "?")
        i += 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def norm_email(text: str) -> str:
    t = text.lower().strip()
    if "@" in t:
        return t.replace(" ", "")
    toks = t.split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w == "at":
            out.append("@")
        elif w == "dot":
            out.append(".")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in UNITS or w in ("oh",):
            out.append(WORD_DIGIT[w])
        else:
            out.append(w)
        i += 1
    return "".join(out)


def validate(typ: str, text: str, canon: str | None) -> str | None:
    """Return an error message or None."""
    if typ == "EMAIL":
        e = norm_email(text)
        if not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]+)+", e):
            return f"bad email {e!r}"
        if canon is not None and e != canon:
            return f"email {e!r} != {canon!r}"
        return None
    if typ == "ADDRESS":
        toks = re.findall(r"[a-z]+|\d+", text.lower())
        if not toks or not (toks[0].isdigit() or toks[0] in UNITS + TEENS + list(TENS_D) or toks[0] == "flat"):
            return f"address must start with a number: {text!r}"
        if not STREET_WORDS & set(toks):
            return f"address lacks street word: {text!r}"
        return None
    if typ == "DOB":
        low = text.lower()
        if not (any(m in low for m in MONTHS) or any(m[:3] in low for m in MONTHS) or re.search(r"\d", low)
                or any(u in low for u in UNITS + TEENS)):
            return f"bad dob {text!r}"
        if not re.search(r"(19|20)\d\d|nineteen|two thousand|twenty|\b\d\d$|\d[./-]\d\d$", low):
            return f"dob without year {text!r}"
        return None
    if typ == "EXPIRY":
        low = text.lower()
        ch = spoken_to_chars(re.sub("|".join(m[:3] + "[a-z]*" for m in MONTHS), "", low))
        if "?" in ch:
            return f"expiry junk {ch!r}"
        if not re.fullmatch(r"\d{2,6}", ch):
            return f"bad expiry {ch!r} from {text!r}"
        return None
    ch = spoken_to_chars(text)
    if "?" in ch:
        return f"unknown word in {typ} {text!r}: {ch!r}"
    if canon is not None and ch.lstrip("+").upper() != canon.lstrip("+").replace("-", "").replace(" ", "").upper() \
            and typ != "PHONE":
        return f"{typ} normalised {ch!r} != canonical {canon!r}"
    if typ == "CARD_NUMBER":
        return None if re.fullmatch(r"\d{13,19}", ch) and luhn_ok(ch) else f"bad card {ch!r}"
    if typ == "CVV":
        return None if re.fullmatch(r"\d{3,4}", ch) else f"bad cvv {ch!r}"
    if typ == "SSN":
        return None if re.fullmatch(r"\d{9}", ch) else f"bad ssn {ch!r}"
    if typ == "NI_NUMBER":
        return None if re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", ch) else f"bad ni {ch!r}"
    if typ == "BANK_ACCOUNT":
        return None if re.fullmatch(r"\d{6,12}", ch) else f"bad account {ch!r}"
    if typ == "SORT_CODE":
        return None if re.fullmatch(r"\d{6}", ch) else f"bad sort {ch!r}"
    if typ == "IBAN":
        return None if iban_valid(ch) else f"bad iban {ch!r}"
    if typ == "PHONE":
        c = ch.replace("+", "")
        if c.startswith("00"):
            c = c[2:]
        if not re.fullmatch(r"\d{9,13}", c):
            return f"bad phone {ch!r}"
        if canon is not None:
            cd = canon.lstrip("+")
            if not (c == cd or c.endswith(cd[-9:])):
                return f"phone {ch!r} != {canon!r}"
        return None
    if typ == "POSTCODE":
        if UK_PC.match(ch) or re.fullmatch(r"\d{5}(\d{4})?", ch):
            return None
        return f"bad postcode {ch!r}"
    return f"unknown type {typ}"


# ---------------------------------------------------------------------------
# case assembly
# ---------------------------------------------------------------------------

class V:
    """A PII value segment. gid groups pieces of one value split over turns."""

    def __init__(self, text, typ, canon=None, gid=None):
        self.text, self.typ, self.canon, self.gid = text, typ, canon, gid


def build(turns):
    """turns: list of (speaker, [str | V, ...]) -> (turn dicts, spans, groups)"""
    out_turns, spans, groups = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                groups.append((s.gid, s.canon))
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans, groups


# helpers for splitting values over turns --------------------------------------------------

def split_spoken(canon: str, typ: str, k: int, country: str = "", pairs: bool = False):
    gid = R.random()
    pieces = split_n(canon, k)
    vs = []
    for p in pieces:
        txt = say_pairs(p, country) if pairs and len(p) % 2 == 0 else say_digits(p, country)
        vs.append(V(txt, typ, None, gid))
    vs[0].canon = canon  # canonical kept on first piece; check joins the group
    return vs


def split_typed(canon_text: str, typ: str, k: int, canon: str):
    gid = R.random()
    # split typed string at separators if possible
    parts = re.split(r"([ \-.]+)", canon_text)
    chunks = [p for p in parts if p and not re.fullmatch(r"[ \-.]+", p)]
    if len(chunks) >= k:
        per = split_n("x" * len(chunks), k)
        res, i = [], 0
        for p in per:
            res.append(" ".join(chunks[i:i + len(p)]))
            i += len(p)
    else:
        res = split_n(canon_text.replace(" ", ""), k)
    vs = [V(r, typ, None, gid) for r in res]
    vs[0].canon = canon
    return vs


# ---------------------------------------------------------------------------
# content pools
# ---------------------------------------------------------------------------
GREET_CHAT = ["hi there", "hiya", "Hello", "hey", "hi", "Good morning", "helo", "hi 👋", "HI", "Evening"]
THANKS = ["thx", "thanks!!", "cheers", "ty", "thank u", "ok thanks 🙏", "grand thanks", "perfect ta"]
ACK = ["mhm", "okay go on", "yep", "right", "okay", "uh huh", "got that", "go ahead", "yes", "and then"]
CHAN_TYPED = ["webchat", "sms", "email", "social dm", "whatsapp", "app chat"]
TYPO = {"number": ["numbr", "nubmer", "number", "no.", "num"], "account": ["acount", "account", "acc", "accnt"],
        "please": ["pls", "plz", "please"], "card": ["card", "crad", "card"], "your": ["ur", "your", "yuor"],
        "birth": ["birth", "brith", "birth"], "code": ["code", "cdoe", "code"]}


def ty(w):
    return R.choice(TYPO[w])


def chan():
    return R.choice(CHAN_TYPED)


def ind(*opts):
    return R.choice(opts)


# ---------------------------------------------------------------------------
# positive templates (typed)
# ---------------------------------------------------------------------------

def t_card_inline():
    c = gen_card()
    ch, i = chan(), ind("retail", "telecom", "utilities", "travel", "insurance")
    pre = R.choice(["my card is ", f"{ty('card')} {ty('number')}: ", "ok its ", "Card - ", "here u go ",
                    "use this one ", "long number is "])
    post = R.choice(["", " thanks", " 🙂", " (visa)", ". can you take the £45.99 now", " exp on the back",
                     " and pls dont save it", "!!"])
    turns = [("agent", [R.choice(["Can I take the long card number please?", "What card would you like to pay with?",
                                  "Please type the 16 digit card number"])]),
             ("customer", [pre, V(type_card(c), "CARD_NUMBER", c), post])]
    return turns, f"{ch}/{i}: card typed inline with separators/noise"


def t_card_split_typed():
    c = gen_card16()
    txt = group(c, [4, 4, 4, 4], " ")
    k = R.choice([2, 3, 4])
    vs = split_typed(txt, "CARD_NUMBER", k, c)
    turns = [("agent", ["what's the card number?"])]
    for j, v in enumerate(vs):
        pre = R.choice(["", "", "then ", "..", "ok "]) if j else R.choice(["", "its ", "um "])
        turns.append(("customer", [pre, v]))
        if j < k - 1 and R.random() < 0.5:
            turns.append(("agent", [R.choice(["ok", "👍", "yep go on", "and the rest?"])]))
    turns.append(("customer", [R.choice(["thats it", "done", "sorry typing on phone", "ok thats all 16"])]))
    return turns, f"{chan()}/{ind('retail', 'banking', 'telecom')}: card split over {k} chat messages"


def t_card_cvv_exp_typed():
    c = gen_card()
    cv = gen_cvv(c)
    m, y = gen_expiry()
    turns = [("customer", [R.choice(["card ", "Card no ", "cc: "]), V(type_card(c), "CARD_NUMBER", c),
                           R.choice([" exp ", " expiry ", "\nexp: ", " valid till ", ", exp date "]),
                           V(type_expiry(m, y), "EXPIRY"),
                           R.choice([" cvv ", " sec code ", "\nCVC: ", " and the 3 digits on back are ", " cvv2="]),
                           V(cv, "CVV", cv), R.choice(["", " ta", " 😬"])])]
    if R.random() < 0.5:
        turns.insert(0, ("agent", ["To complete the booking I'll need the card details please."]))
    return turns, f"{chan()}/{ind('travel', 'retail', 'insurance')}: card, expiry and cvv in one message"


def t_cvv_exp_separate_typed():
    cv = gen_cvv()
    m, y = gen_expiry()
    turns = [("agent", ["And the expiry date on the card?"]),
             ("customer", [V(type_expiry(m, y), "EXPIRY")]),
             ("agent", ["Thanks. And the security code on the back?"]),
             ("customer", [R.choice(["", "its ", "sec code ", "cvv is "]), V(cv, "CVV", cv)])]
    return turns, f"{chan()}/{ind('retail', 'utilities', 'healthcare billing')}: bare expiry and cvv answers in context"


def t_ssn_typed():
    s = gen_ssn()
    pre = R.choice(["my ssn is ", "SSN: ", "social is ", "ss# ", "its ", "last time they asked for my social so here: ",
                    "social security no "])
    post = R.choice(["", " thanks", ". my claim # is 4471203", " (i'm the primary)", " 🙄 why do u need this"])
    turns = [("agent", [R.choice(["To verify your identity, can you provide your Social Security number?",
                                  "I'll need the SSN on the policy.", "Please confirm your social."])]),
             ("customer", [pre, V(type_ssn(s), "SSN", s), post])]
    return turns, f"{chan()}/{ind('banking', 'insurance', 'healthcare billing', 'government services')}: US SSN typed"


def t_ssn_split_typed():
    s = gen_ssn()
    vs = [V(s[:3], "SSN", s, "g"), V(s[3:5], "SSN", None, "g"), V(s[5:], "SSN", None, "g")]
    gid = R.random()
    for v in vs:
        v.gid = gid
    if R.random() < 0.5:
        turns = [("agent", ["Can I get your SSN to pull up the account?"]),
                 ("customer", [vs[0], " ", vs[1]]),
                 ("customer", [R.choice(["", "and "]), vs[2], R.choice(["", " sorry hit enter"])])]
        note = "SSN split 3+2 / 4 across messages"
    else:
        turns = [("agent", ["Can I get your SSN to pull up the account?"]),
                 ("customer", [vs[0]]), ("customer", [vs[1]]), ("customer", [vs[2]])]
        note = "SSN split over three messages"
    return turns, f"{chan()}/{ind('banking', 'government services', 'insurance')}: {note}"


def t_ssn_last4_plus_dob_typed():
    s = gen_ssn()
    d, m, y = gen_dob()
    turns = [("agent", ["For security, please give your full social security number and date of birth."]),
             ("customer", [R.choice(["sure ", "ok ", ""]), V(type_ssn(s), "SSN", s), R.choice([" dob ", ", born ", " and "]),
                           V(type_dob(d, m, y, us=True), "DOB")])]
    return turns, f"{chan()}/{ind('banking', 'healthcare billing')}: SSN and DOB together"


def t_ni_typed():
    n = gen_ni()
    pre = R.choice(["NI number ", "my ni is ", "nat ins: ", "NINO ", "national insurance no. ", "its ", ""])
    post = R.choice(["", " thanks", ". ref 20318847 on the letter", " x", " !", " i think"])
    turns = [("agent", [R.choice(["Could you confirm your National Insurance number?",
                                  "What's your NI number please?", "I need your NINO to find the claim."])]),
             ("customer", [pre, V(type_ni(n), "NI_NUMBER", n), post])]
    return turns, f"{chan()}/{ind('government services', 'banking', 'insurance', 'utilities')}: UK NI number typed"


def t_ni_split_typed():
    n = gen_ni()
    gid = R.random()
    a, b, c = V(n[:2], "NI_NUMBER", n, gid), V(f"{n[2:4]} {n[4:6]} {n[6:8]}", "NI_NUMBER", None, gid), V(n[8], "NI_NUMBER", None, gid)
    if R.random() < 0.5:
        a.text, b.text, c.text = a.text.lower(), b.text, c.text.lower()
    turns = [("agent", ["whats ur national insurance number?"]),
             ("customer", [a, " ", b]), ("agent", ["and the last letter?"]), ("customer", [c])]
    return turns, f"{chan()}/government services: NI number with suffix letter sent separately"


def t_ni_with_dob_typed():
    n = gen_ni()
    d, m, y = gen_dob()
    turns = [("customer", [R.choice(["Hi, ", "hello ", ""]), "re my pension query. ", R.choice(["NI ", "ni no "]),
                           V(type_ni(n), "NI_NUMBER", n), R.choice([", dob ", " DOB: ", " born "]),
                           V(type_dob(d, m, y), "DOB"), R.choice(["", " thanks", ". I'm 61 next month"])])]
    return turns, f"email/government services: NI and DOB in email body"


def t_bank_typed():
    a, s = gen_account(8), gen_sort()
    st = R.randint(0, 2)
    if st == 0:
        turns = [("customer", ["sort code ", V(type_sort(s), "SORT_CODE", s), R.choice([" acc ", " account ", " a/c "]),
                               V(a, "BANK_ACCOUNT", a)])]
    elif st == 1:
        turns = [("agent", ["What's the account number and sort code for the direct debit?"]),
                 ("customer", [V(a, "BANK_ACCOUNT", a)]), ("customer", [V(type_sort(s), "SORT_CODE", s)])]
    else:
        turns = [("customer", [f"{ty('account')} {ty('number')} ", V(group(a, [4, 4], " "), "BANK_ACCOUNT", a),
                               "\nsort ", V(type_sort(s), "SORT_CODE", s), "\nthanks"])]
    return turns, f"{chan()}/{ind('utilities', 'banking', 'telecom')}: UK account number and sort code typed"


def t_us_account_typed():
    a = gen_account(R.choice([10, 11, 12]))
    turns = [("agent", ["What's the checking account number you'd like to use for autopay?"]),
             ("customer", [R.choice(["acct ", "its ", "checking ", ""]), V(a, "BANK_ACCOUNT", a),
                           R.choice([" routing is on the check", "", " - the $89.40 bill"])])]
    return turns, f"{chan()}/{ind('utilities', 'telecom', 'insurance')}: US checking account number"


def t_iban_typed():
    i = gen_iban()
    turns = [("agent", [R.choice(["Please send the IBAN for the refund.", "What IBAN should we pay into?"])]),
             ("customer", [R.choice(["IBAN ", "iban: ", "here ", "its ", ""]), V(type_iban(i), "IBAN", i),
                           R.choice(["", " (revolut)", " thanks", " - refund was €120"])])]
    return turns, f"{chan()}/{ind('travel', 'banking', 'retail', 'insurance')}: {i[:2]} IBAN typed"


def t_iban_split_typed():
    i = gen_iban()
    txt = group(i, [4] * 9, " ")
    vs = split_typed(txt, "IBAN", 2, i)
    turns = [("customer", ["refund to ", vs[0]]), ("customer", [vs[1], R.choice(["", " pls", " sorry pressed send"])])]
    return turns, f"{chan()}/{ind('travel', 'banking')}: IBAN split across two messages"


def t_phone_typed():
    p, c = gen_phone()
    pre = R.choice(["call me on ", "my mob is ", "new number: ", "ph ", "best no. to reach me ", "txt me at ",
                    "number is "])
    post = R.choice(["", " after 6pm", " thx", " (work)", " or email is fine", " - not the old one ending 44"])
    turns = [("customer", [pre, V(type_phone(p, c), "PHONE", p), post])]
    if R.random() < 0.5:
        turns.insert(0, ("agent", ["What's the best contact number for you?"]))
    return turns, f"{chan()}/{ind('telecom', 'utilities', 'retail', 'healthcare billing')}: {c} phone typed"


def t_email_typed():
    e = gen_email()
    form = R.randint(0, 3)
    txt = e if form < 2 else (e.upper() if form == 2 else e.capitalize())
    canon = e
    pre = R.choice(["email is ", "my email: ", "send it to ", "its ", "e-mail ", "use "])
    post = R.choice(["", " pls", " thanks!", " not the work one", ".", " 😊"])
    turns = [("customer", [pre, V(txt, "EMAIL", canon), post])]
    return turns, f"{chan()}/{ind('retail', 'travel', 'telecom', 'insurance')}: email typed"


def t_dob_typed():
    d, m, y = gen_dob()
    us = R.random() < 0.4
    turns = [("agent", ["Can you confirm your date of birth please?"]),
             ("customer", [R.choice(["", "its ", "dob ", "born "]), V(type_dob(d, m, y, us), "DOB"),
                           R.choice(["", " thanks", " 🎂"])])]
    return turns, f"{chan()}/{ind('healthcare billing', 'insurance', 'banking')}: DOB typed answer"


def t_address_typed():
    us = R.random() < 0.4
    a = gen_address(us)
    if us:
        town, pc = gen_us_town_zip()
    else:
        pc = gen_uk_postcode()
        town = town_for(pc)
    turns = [("agent", ["What's the delivery address?"]),
             ("customer", [V(type_address(a), "ADDRESS"), R.choice([", ", "\n", " "]),
                           R.choice([town + " ", town + ", ", ""]),
                           V(type_postcode(pc), "POSTCODE", pc.replace(" ", ""))])]
    return turns, f"{chan()}/{ind('retail', 'utilities', 'telecom')}: {'US' if us else 'UK'} address with {'ZIP' if us else 'postcode'}"


def t_postcode_only_typed():
    pc = gen_uk_postcode() if R.random() < 0.6 else gen_zip()
    turns = [("agent", ["Can I take the postcode on the account?" if not pc[0].isdigit() else "What's the ZIP code on file?"]),
             ("customer", [R.choice(["", "its ", "pc ", "zip "]), V(type_postcode(pc), "POSTCODE", pc.replace(" ", "")),
                           R.choice(["", " thanks", " - i moved in 2019 tho"])])]
    return turns, f"{chan()}/{ind('utilities', 'insurance', 'retail')}: postcode/ZIP bare answer"


def t_multi_typed():
    e = gen_email()
    p, c = gen_phone()
    a = gen_address(c == "us")
    pc = gen_zip() if c == "us" else gen_uk_postcode()
    turns = [("customer", ["Hi, pls update my details:\n", "addr: ", V(type_address(a), "ADDRESS"), ", ",
                           V(type_postcode(pc), "POSTCODE", pc.replace(" ", "")), "\nphone: ",
                           V(type_phone(p, c), "PHONE", p), "\nemail: ", V(e, "EMAIL", e), "\nthanks"])]
    return turns, f"email/{ind('utilities', 'telecom', 'insurance')}: multi-line contact details update"


def t_full_payment_chat():
    c = gen_card()
    m, y = gen_expiry()
    cv = gen_cvv(c)
    pc = gen_uk_postcode()
    turns = [("agent", ["Ok to pay the £62.10 please send the card number"]),
             ("customer", [V(type_card(c), "CARD_NUMBER", c)]),
             ("agent", ["expiry?"]), ("customer", [V(type_expiry(m, y), "EXPIRY")]),
             ("agent", ["and the 3 or 4 digit code"]), ("customer", [V(cv, "CVV", cv)]),
             ("agent", ["billing postcode?"]), ("customer", [V(type_postcode(pc), "POSTCODE", pc.replace(" ", "")),
                                                              R.choice(["", " ty"])])]
    return turns, f"webchat/{ind('telecom', 'utilities', 'retail')}: full card payment flow with bare answers"


def t_copy_paste():
    c = gen_card()
    i = gen_iban()
    if R.random() < 0.5:
        turns = [("customer", ["> Card: ", V(type_card(c), "CARD_NUMBER", c), "\n> Name on card: M Reilly\n> Amount: €230.00"])]
        note = "card pasted with quote markers"
    else:
        turns = [("customer", ["Beneficiary: S Walsh\nIBAN:\t", V(group(i, [4] * 9, " "), "IBAN", i), "\nBIC: AIBKIE2D\nAmount: 1.450,00 EUR"])]
        note = "IBAN pasted from banking app with tab"
    return turns, f"email/{ind('banking', 'travel')}: {note}"


def t_social_dm():
    e = gen_email()
    p, c = gen_phone()
    turns = [("customer", [R.choice(["@support ", "hey ", ""]), "3rd time asking!! my router still down 😡 ",
                           R.choice(["contact me ", "reach me "]), V(type_phone(p, c), "PHONE", p), " or ",
                           V(e, "EMAIL", e)])]
    return turns, "social dm/telecom: angry DM with phone and email, emojis"


def t_sms_short():
    d, m, y = gen_dob()
    pc = gen_uk_postcode()
    turns = [("agent", ["Reply with your DOB and postcode to confirm your appointment."]),
             ("customer", [V(type_dob(d, m, y), "DOB"), " ", V(type_postcode(pc), "POSTCODE", pc.replace(" ", ""))])]
    return turns, "sms/healthcare billing: DOB and postcode in one terse SMS"


# ---------------------------------------------------------------------------
# positive templates (calls / ASR)
# ---------------------------------------------------------------------------

def c_card_split():
    c = gen_card()
    country = R.choice(["uk", "us", "ie"])
    k = R.choice([3, 4, 4, 5])
    mode = R.random()
    pieces = split_n(c, k)
    gid = R.random()
    turns = [("agent", [R.choice(["okay go ahead with the long number on the card",
                                  "and can i take the card number please", "what's the sixteen digit number"])])]
    for j, p in enumerate(pieces):
        txt = say_pairs(p, country) if mode < 0.3 and len(p) % 2 == 0 else say_digits(p, country, homophone=mode > 0.8, fillers=True)
        v = V(txt, "CARD_NUMBER", c if j == 0 else None, gid)
        pre = R.choice(["", "", "yeah ", "um ", "right ", "it's "]) if j == 0 else R.choice(["", "", "then ", "uh "])
        turns.append(("customer", [pre, v]))
        if j < k - 1:
            turns.append(("agent", [R.choice(ACK)]))
    return turns, f"call/{ind('telecom', 'utilities', 'insurance', 'retail')}: card spoken over {k} turns with back-channels"


def c_card_one_turn():
    c = gen_card()
    country = R.choice(["uk", "us", "ie"])
    txt = say_mixed(c, country) if R.random() < 0.4 else say_digits(c, country, fillers=True)
    turns = [("agent", ["and the card number please"]),
             ("customer", [R.choice(["yeah it's ", "okay so ", "", "right it's "]), V(txt, "CARD_NUMBER", c),
                           R.choice(["", " and that's a visa", " did you get that", " is that okay"])])]
    return turns, f"call/{ind('retail', 'travel', 'banking')}: card read in one turn, digits and pairs"


def c_card_readback():
    c = gen_card16()
    country = R.choice(["uk", "us"])
    turns = [("customer", ["it's ", V(say_digits(c, country), "CARD_NUMBER", c)]),
             ("agent", ["let me read that back ", V(say_digits(c, country, doubles=False), "CARD_NUMBER", c)]),
             ("customer", ["yes that's right"])]
    return turns, f"call/{ind('insurance', 'utilities')}: card read and agent read-back"


def c_card_selfcorrect():
    c = gen_card16()
    wrong = c[:4] + str((int(c[4]) + 3) % 10)
    gid = R.random()
    turns = [("agent", ["go ahead with the card number"]),
             ("customer", [say_digits(wrong, "uk", doubles=False), " no sorry let me start again ",
                           V(say_digits(c[:8], "uk"), "CARD_NUMBER", c, gid)]),
             ("agent", ["mhm"]),
             ("customer", [V(say_digits(c[8:], "uk"), "CARD_NUMBER", None, gid)])]
    return turns, "call/telecom: self-corrected card reading; only the restarted full number is labelled"


def c_cvv_expiry():
    m, y = gen_expiry()
    cv = gen_cvv()
    turns = [("agent", ["and the expiry date"]),
             ("customer", [R.choice(["", "it's ", "um "]), V(say_expiry(m, y), "EXPIRY")]),
             ("agent", ["and the three digits on the back"]),
             ("customer", [R.choice(["", "that's ", "yeah "]), V(say_digits(cv, doubles=R.random() < 0.5), "CVV", cv)])]
    return turns, f"call/{ind('retail', 'telecom', 'utilities', 'travel')}: spoken expiry and cvv"


def c_ssn():
    s = gen_ssn()
    st = R.randint(0, 2)
    if st == 0:
        turns = [("agent", ["can i get your social security number"]),
                 ("customer", [R.choice(["yeah it's ", "sure ", ""]), V(say_digits(s, "us", fillers=True), "SSN", s)])]
        note = "SSN in one turn"
    elif st == 1:
        gid = R.random()
        turns = [("agent", ["and your social"]),
                 ("customer", [V(say_digits(s[:3], "us"), "SSN", s, gid)]), ("agent", [R.choice(ACK)]),
                 ("customer", [V(say_digits(s[3:5], "us"), "SSN", None, gid)]), ("agent", [R.choice(ACK)]),
                 ("customer", [V(say_digits(s[5:], "us"), "SSN", None, gid)])]
        note = "SSN 3-2-4 over turns with back-channels"
    else:
        gid = R.random()
        turns = [("agent", ["i'll need your social to verify"]),
                 ("customer", ["okay it's ", V(say_digits(s[:3], "us") + " " + say_pair(s[3:5], "oh"), "SSN", s, gid),
                               " hold on let me grab my card ", V(say_pairs(s[5:], "us"), "SSN", None, gid)])]
        note = "SSN with interruption and pairs"
    return turns, f"call/{ind('banking', 'healthcare billing', 'government services', 'insurance')}: {note}"


def c_ni():
    n = gen_ni()
    st = R.randint(0, 2)
    lm = R.choice(["plain", "nato", "as"])
    if st == 0:
        turns = [("agent", ["can you give me your national insurance number"]),
                 ("customer", [R.choice(["yeah it's ", "it's ", ""]), V(say_alnum(n, "uk", lm), "NI_NUMBER", n)])]
        note = f"NI spoken in one turn ({lm} letters)"
    elif st == 1:
        gid = R.random()
        turns = [("agent", ["and your national insurance number please"]),
                 ("customer", [V(say_alnum(n[:2], "uk", lm), "NI_NUMBER", n, gid)]), ("agent", [R.choice(ACK)]),
                 ("customer", [V(say_pairs(n[2:8], "uk") if R.random() < 0.5 else say_digits(n[2:8], "uk"), "NI_NUMBER", None, gid)]),
                 ("agent", ["and the letter at the end"]),
                 ("customer", [V(say_alnum(n[8], "uk", lm), "NI_NUMBER", None, gid)])]
        note = "NI split: prefix, digits as pairs/digits, suffix"
    else:
        turns = [("customer", ["my national insurance is ", V(say_alnum(n, "uk", lm), "NI_NUMBER", n),
                               " and i've been on hold for forty minutes"])]
        note = "NI with duration chit-chat after"
    return turns, f"call/{ind('government services', 'banking', 'insurance')}: {note}"


def c_bank():
    a, s = gen_account(8), gen_sort()
    country = R.choice(["uk", "ie"])
    turns = [("agent", ["what's the sort code"]),
             ("customer", [V(say_pairs(s, country) if R.random() < 0.5 else say_digits(s, country), "SORT_CODE", s)]),
             ("agent", ["and the account number"]),
             ("customer", [R.choice(["", "it's ", "um "]), V(say_digits(a, country, fillers=True), "BANK_ACCOUNT", a)])]
    return turns, f"call/{ind('utilities', 'banking', 'insurance')}: sort code and account spoken"


def c_bank_two_in_turn():
    a, s = gen_account(8), gen_sort()
    turns = [("customer", ["yeah so sort code ", V(say_digits(s, "uk"), "SORT_CODE", s), " account number ",
                           V(say_digits(a, "uk"), "BANK_ACCOUNT", a), " that's for the forty two pound payment"])]
    return turns, "call/utilities: sort code and account in one turn next to an amount"


def c_iban():
    i = gen_iban()
    gid = R.random()
    pieces = [i[:4], i[4:12], i[12:]]
    turns = [("agent", ["can i have the iban"])]
    for j, p in enumerate(pieces):
        turns.append(("customer", [V(say_alnum(p, "", R.choice(["plain", "nato"])), "IBAN", i if j == 0 else None, gid)]))
        if j < 2:
            turns.append(("agent", [R.choice(ACK)]))
    return turns, f"call/{ind('banking', 'travel')}: {i[:2]} IBAN spoken in three chunks"


def c_phone():
    p, c = gen_phone()
    d = p.lstrip("+")
    st = R.randint(0, 2)
    if st == 0:
        txt = ("plus " if p.startswith("+") else "") + say_digits(d, c, fillers=True)
        turns = [("agent", ["best number to reach you"]),
                 ("customer", [R.choice(["it's ", "yeah ", ""]), V(txt, "PHONE", p)])]
        note = "phone one turn"
    elif st == 1:
        gid = R.random()
        a, b = d[:5], d[5:]
        turns = [("agent", ["what's your mobile number"]),
                 ("customer", [V(("plus " if p.startswith("+") else "") + say_digits(a, c), "PHONE", p, gid)]),
                 ("agent", [R.choice(ACK)]),
                 ("customer", [V(say_pairs(b, c) if R.random() < 0.5 else say_digits(b, c), "PHONE", None, gid)])]
        note = "phone split, second half in pairs"
    else:
        turns = [("customer", ["you can call me back on ", V(("plus " if p.startswith("+") else "") + say_mixed(d, c), "PHONE", p),
                               " any time after three"])]
        note = "phone mixed digits and pairs with time after"
    return turns, f"call/{ind('telecom', 'healthcare billing', 'utilities', 'retail')}: {c} {note}"


def c_email():
    e = gen_email()
    turns = [("agent", ["and what email should we send the confirmation to"]),
             ("customer", [R.choice(["it's ", "yeah it's ", ""]), V(say_email(e), "EMAIL", e)])]
    return turns, f"call/{ind('travel', 'retail', 'insurance')}: email spoken with dot/at"


def c_dob():
    d, m, y = gen_dob()
    us = R.random() < 0.4
    turns = [("agent", ["can you confirm your date of birth"]),
             ("customer", [R.choice(["yeah ", "it's ", "", "um "]), V(say_dob(d, m, y, us), "DOB")])]
    return turns, f"call/{ind('healthcare billing', 'banking', 'insurance', 'government services')}: spoken DOB"


def c_address():
    us = R.random() < 0.4
    a = gen_address(us)
    pc = gen_zip() if us else gen_uk_postcode()
    turns = [("agent", ["and the first line of the address"]),
             ("customer", [V(say_address(a), "ADDRESS")]),
             ("agent", ["and the " + ("zip code" if us else "postcode")]),
             ("customer", [R.choice(["", "it's "]), V(say_postcode(pc), "POSTCODE", pc.replace(" ", "").replace("-", ""))])]
    return turns, f"call/{ind('utilities', 'retail', 'insurance')}: spoken address and {'zip' if us else 'postcode'}"


def c_dob_and_postcode():
    d, m, y = gen_dob()
    pc = gen_uk_postcode()
    turns = [("agent", ["for security can i take your date of birth and postcode"]),
             ("customer", ["yeah it's ", V(say_dob(d, m, y), "DOB"), " and the postcode is ",
                           V(say_postcode(pc), "POSTCODE", pc.replace(" ", ""))])]
    return turns, "call/banking: DOB and postcode in one turn"


def t_email_signature():
    us = R.random() < 0.35
    a = gen_address(us)
    if us:
        town, pc = gen_us_town_zip()
    else:
        pc = gen_uk_postcode()
        town = town_for(pc)
    p, c = gen_phone()
    while (c == "us") != us or c == "ie":
        p, c = gen_phone()
    e = gen_email()
    f, l = e.split("@")[0][:1].upper(), R.choice(LAST).capitalize()
    turns = [("customer", [R.choice(["Hello,\n\n", "Hi team\n", "Dear Sir/Madam,\n\n"]),
                           R.choice(["Please cancel my contract from the end of this month.",
                                     "I am writing about invoice 55120931 which I believe is wrong.",
                                     "My payment of £48.00 hasn't shown up yet."]),
                           "\n\nKind regards,\n", f"{f}. {l}\n", V(type_address(a), "ADDRESS"), "\n", town, " ",
                           V(type_postcode(pc), "POSTCODE", pc.replace(" ", "")), "\n", R.choice(["Mob: ", "Tel. ", "M: ", "☎ "]),
                           V(type_phone(p, c), "PHONE", p), "\n", V(e, "EMAIL", e),
                           R.choice(["\nSent from my iPhone", "", "\n\n-- \nThis email is confidential."])])]
    return turns, f"email/{ind('telecom', 'utilities', 'insurance')}: signature block with address, postcode, phone, email"


def t_two_cards():
    c1, c2 = gen_card(), gen_card()
    turns = [("customer", [R.choice(["old card was ", "my old one "]), V(type_card(c1), "CARD_NUMBER", c1),
                           R.choice([" but its expired, new one is ", " - replaced by ", " new card: "]),
                           V(type_card(c2), "CARD_NUMBER", c2), R.choice(["", " pls update", " thnx"])])]
    return turns, f"{chan()}/{ind('telecom', 'utilities', 'retail')}: two card numbers in one message"


def t_phone_resend():
    p, c = gen_phone()
    d = p.lstrip("+")
    wrong_tail = d[-1]
    while wrong_tail == d[-1]:
        wrong_tail = R.choice("0123456789")
    w = ("+" if p.startswith("+") else "") + d[:-1] + wrong_tail
    turns = [("customer", ["my number is ", V(type_phone(w, c), "PHONE", w)]),
             ("customer", [R.choice(["sorry typo!! its ", "wait no ", "*correction "]), V(type_phone(p, c), "PHONE", p)])]
    return turns, f"{chan()}/{ind('telecom', 'retail')}: phone resent after typo; both full numbers labelled"


def t_markdown_paste():
    n = gen_ni()
    s = gen_ssn()
    if R.random() < 0.5:
        turns = [("customer", ["**NI no:** `", V(n, "NI_NUMBER", n), "`  \n**Claim:** JSA reclaim"])]
        note = "NI in markdown/backticks from a notes app"
    else:
        turns = [("customer", ['"SSN": "', V(type_ssn(s), "SSN", s), '",\n"plan": "Gold 80"'])]
        note = "SSN pasted inside JSON-ish text"
    return turns, f"{chan()}/{ind('government services', 'healthcare billing')}: {note}"


def t_ni_typo_context():
    n = gen_ni()
    forms = [n[:2].capitalize() + n[2:8] + n[8].lower(), f"{n[:2]}{n[2:4]} {n[4:6]}{n[6:8]}{n[8]}",
             f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:8]}.{n[8]}", f"{n[:2]}  {n[2:8]}  {n[8]}"]
    txt = R.choice(forms)
    turns = [("customer", [R.choice(["my nat insurence numbr is ", "national insurace: ", "NI nr ", "ni numbr "]),
                           V(txt, "NI_NUMBER", n), R.choice([" , im self emplyed", " x", " - tax yr 2024/25", "!!"])])]
    return turns, f"{chan()}/government services: NI with typos around it and odd spacing/case"


def t_dob_age_chat():
    d, m, y = gen_dob()
    turns = [("agent", ["Could you please confirm the date of birth of the policy holder?"]),
             ("customer", [R.choice(["its my mum, ", "for my husband - ", "me lol "]), V(type_dob(d, m, y), "DOB"),
                           f", she's {2026 - y} and been with u {R.randint(3, 20)} yrs" if R.random() < 0.5 else " 🙂"])]
    return turns, f"{chan()}/{ind('insurance', 'healthcare billing')}: DOB next to age and tenure"


def c_ni_readback():
    n = gen_ni()
    turns = [("customer", ["it's ", V(say_alnum(n, "uk", "plain"), "NI_NUMBER", n)]),
             ("agent", ["so that's ", V(say_alnum(n, "uk", "nato"), "NI_NUMBER", n), " yeah"]),
             ("customer", ["that's it yeah"])]
    return turns, "call/government services: NI read by caller, read back by agent with phonetic alphabet"


def c_email_split():
    e = gen_email()
    user, dom = e.split("@")
    gid = R.random()
    u = say_email(e).split(" at ")[0]
    turns = [("agent", ["can you spell out the email for me"]),
             ("customer", [V(u, "EMAIL", e, gid)]), ("agent", [R.choice(ACK)]),
             ("customer", [V("at " + " dot ".join(dom.split(".")), "EMAIL", None, gid)])]
    return turns, f"call/{ind('travel', 'retail', 'telecom')}: email spoken across two turns"


def c_dob_age():
    d, m, y = gen_dob()
    turns = [("agent", ["and the date of birth"]),
             ("customer", ["it's ", V(say_dob(d, m, y), "DOB"), f" so i'm {say_number(2026 - y)} now if that helps"])]
    return turns, f"call/{ind('insurance', 'healthcare billing')}: spoken DOB followed by age"


def t_dd_form():
    a, sc = gen_account(8), gen_sort()
    lab = R.choice([("Sort Code: ", "\nAcc No: "), ("sc ", " acc no "), ("SORTCODE=", "; ACCOUNT="), ("sort code - ", " / a/c ")])
    turns = [("agent", ["To set up the direct debit please send the sort code and account number."]),
             ("customer", [lab[0], V(type_sort(sc), "SORT_CODE", sc), lab[1], V(R.choice([a, group(a, [4, 4], " "), group(a, [2, 2, 2, 2], "-")]), "BANK_ACCOUNT", a),
                           R.choice(["", "\nfor the £35/month plan", " (joint acc)", " cheers"])])]
    return turns, f"{chan()}/{ind('utilities', 'telecom', 'insurance')}: direct debit details with labels and odd separators"


def c_sort_readback():
    sc, a = gen_sort(), gen_account(8)
    turns = [("customer", ["the sort code's ", V(say_pairs(sc, "uk"), "SORT_CODE", sc), " and the account is ",
                           V(say_mixed(a, "uk"), "BANK_ACCOUNT", a)]),
             ("agent", ["okay so sort code ", V(say_digits(sc, "uk", doubles=False), "SORT_CODE", sc), " is that right"]),
             ("customer", ["yep"])]
    return turns, "call/utilities: sort code in pairs plus account, agent reads sort code back"


def c_card_chitchat():
    c = gen_card16()
    gid = R.random()
    turns = [("agent", ["go ahead with the card number"]),
             ("customer", [V(say_digits(c[:8], "uk"), "CARD_NUMBER", c, gid),
                           R.choice([" sorry the dog's going mad hang on ", " um where was i yeah ", " oh hold on my glasses okay "]),
                           V(say_digits(c[8:], "uk"), "CARD_NUMBER", None, gid)])]
    return turns, f"call/{ind('retail', 'utilities')}: card reading interrupted by chit-chat in the same turn"


POS_TEMPLATES = [
    (t_dd_form, 4), (c_sort_readback, 2), (c_card_chitchat, 2),
    (t_email_signature, 5), (t_two_cards, 3), (t_phone_resend, 3), (t_markdown_paste, 3), (t_ni_typo_context, 5),
    (t_dob_age_chat, 3), (c_ni_readback, 2), (c_email_split, 2), (c_dob_age, 2),
    (t_card_inline, 7), (t_card_split_typed, 5), (t_card_cvv_exp_typed, 7), (t_cvv_exp_separate_typed, 3),
    (t_ssn_typed, 10), (t_ssn_split_typed, 5), (t_ssn_last4_plus_dob_typed, 4),
    (t_ni_typed, 11), (t_ni_split_typed, 4), (t_ni_with_dob_typed, 4),
    (t_bank_typed, 7), (t_us_account_typed, 3), (t_iban_typed, 6), (t_iban_split_typed, 3),
    (t_phone_typed, 7), (t_email_typed, 6), (t_dob_typed, 3), (t_address_typed, 6), (t_postcode_only_typed, 3),
    (t_multi_typed, 3), (t_full_payment_chat, 3), (t_copy_paste, 3), (t_social_dm, 2), (t_sms_short, 2),
    # calls
    (c_card_split, 6), (c_card_one_turn, 4), (c_card_readback, 2), (c_card_selfcorrect, 2), (c_cvv_expiry, 4),
    (c_ssn, 7), (c_ni, 8), (c_bank, 4), (c_bank_two_in_turn, 2), (c_iban, 3), (c_phone, 4), (c_email, 4),
    (c_dob, 3), (c_address, 4), (c_dob_and_postcode, 2),
]


# ---------------------------------------------------------------------------
# negatives
# ---------------------------------------------------------------------------

def n_money():
    amt = f"{R.randint(12, 2400)}.{R.randint(0, 99):02d}"
    cur = R.choice(["£", "$", "€"])
    t = [("customer", [R.choice(["why is my bill ", "i was charged ", "the total came to ", "refund of "]),
                       f"{cur}{amt}", R.choice([" this month??", " instead of " + cur + str(R.randint(10, 99)), "", " 😤"])]),
         ("agent", [f"I can see a charge of {cur}{amt} dated {R.randint(1, 28)}/{R.randint(1, 12)}/2026 on the account."])]
    return t, f"{chan()}/{ind('telecom', 'utilities', 'retail')}: money amounts and payment date"


def n_money_spoken():
    n = R.randint(101, 9999)
    t = [("customer", [f"the bill was {say_number(n)} pounds and {say_number(R.randint(2, 99))} pence which is way more than last month"]),
         ("agent", [f"i can see it went up by about {say_number(R.randint(5, 40))} percent in {R.choice(MONTHS)}"])]
    return t, "call/utilities: spoken money amount and percentage"


def n_order_ref():
    nd = R.randint(5, 10)
    ref = str(R.randint(10 ** (nd - 1), 10 ** nd - 1))
    word = R.choice(["order", "Order #", "ticket", "case ref", "claim no.", "invoice", "booking ref", "reference"])
    t = [("customer", [R.choice(["hi ", "", "Hello, "]), f"{word} {ref} ", R.choice(["still not arrived", "any update?",
                                                                                      "was meant to be delivered tuesday", "pls escalate"])]),
         ("agent", [f"Thanks, I've found {word.rstrip(' #.').lower()} {ref}. " + R.choice([
             f"It was updated on the {nth(R.randint(2, 28))}.", "I'll chase it with the team now.",
             f"It's showing as in progress since {R.randint(1, 11)}am."])])]
    return t, f"{chan()}/{ind('retail', 'insurance', 'telecom')}: reference number with its reference word"


def n_order_spoken():
    ref = "".join(R.choice("0123456789") for _ in range(R.randint(6, 9)))
    t = [("agent", ["have you got the order number there"]),
         ("customer", [f"yeah the order number is {say_digits(ref, 'uk')}"])]
    return t, "call/retail: spoken order number with its reference word"


def n_flight():
    fl = R.choice(["EI", "BA", "FR", "UA", "DL", "LH", "AA"]) + str(R.randint(10, 4999))
    t = [("customer", [f"my flight {fl} on {R.randint(1, 28)} {R.choice(MONTHS).capitalize()} was cancelled, ",
                       f"departure was {R.randint(6, 21)}:{R.choice(['05', '30', '45', '15'])} from gate {R.randint(1, 60)}"]),
         ("agent", [f"I'm sorry about that. The next available is {fl[:2]}{R.randint(10, 999)} at {R.randint(1, 11)}pm, "
                    f"seat {R.randint(1, 40)}{R.choice('ABCDEF')}."])]
    return t, f"{chan()}/travel: flight numbers, times, gates, seats"


def n_hotel():
    t = [("customer", [f"room {R.randint(101, 1299)} the aircon is stuck at {R.randint(16, 31)} degrees and we check out on the "
                       f"{nth(R.randint(1, 28))}"]),
         ("agent", [f"Apologies! I've logged it for room {R.randint(101, 1299)}; maintenance will come by {R.randint(1, 5)}:30 today."])]
    return t, "webchat/travel: room numbers, temperature, times"


def n_model():
    m = R.choice(["iPhone 15 Pro", "SM-G991B", "Pixel 8a", "model WX-4200", "HD 7390 router", "Series 6 dishwasher",
                  "KX-TG6821", "XPS 9530"])
    t = [("customer", [f"my {m} keeps restarting, bought it {R.randint(2, 11)} months ago for {R.choice(['£', '$', '€'])}{R.randint(199, 1499)}"]),
         ("agent", [f"Is it on firmware {R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}? Try holding power for {R.randint(10, 30)} seconds."])]
    return t, f"{chan()}/{ind('retail', 'telecom')}: model numbers, firmware versions, durations"


def n_meter():
    r = f"{R.randint(0, 99999):05d}"
    ch = "call"
    t = [("agent", ["can you read me the numbers on the meter"]),
         ("customer", [f"it says {say_digits(r, 'uk', doubles=False)} and the night one is {say_number(R.randint(100, 9999))}"])]
    if R.random() < 0.5:
        ch = R.choice(["sms", "webchat"])
        t = [("customer", [f"meter reading {r} E7 night {R.randint(1000, 99999)}, taken {R.randint(1, 28)}/{R.randint(1, 12)} at {R.randint(7, 22)}:00"])]
    return t, f"{ch}/utilities: meter readings"


def n_speed():
    t = [("customer", [f"paying for {R.choice([100, 300, 500, 900])} meg and only getting {R.randint(2, 60)}mbps, "
                       f"{R.randint(3, 12)} devices connected"]),
         ("agent", [f"Your line tests at {R.randint(20, 80)}.{R.randint(0, 9)} Mbps down, {R.randint(5, 20)} up, {R.randint(8, 40)}ms ping."])]
    return t, "webchat/telecom: speeds, device counts, latency"


def n_appointment():
    d = R.randint(1, 28)
    t = [("agent", [f"your appointment is on the {ORD[d]} of {R.choice(MONTHS)} at {say_number(R.randint(1, 11))} thirty"]),
         ("customer", [f"can we move it to {R.choice(['monday', 'friday', 'the week after'])} i'm away till the {ORD[R.randint(1, 28)]}"])]
    return t, "call/healthcare billing: appointment dates are not birth dates"


def n_contract_date():
    t = [("customer", [f"contract started {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/{R.randint(2018, 2025)} and was "
                       f"{R.choice([12, 18, 24, 36])} months so why am i still paying"]),
         ("agent", [f"I see the minimum term ends {R.randint(1, 28)} {R.choice(MONTHS).capitalize()} {R.randint(2026, 2027)}; "
                    f"after that it's £{R.randint(20, 70)}.{R.randint(0, 99):02d}/month."])]
    return t, f"{chan()}/telecom: contract dates and terms"


def n_age_year():
    t = [("customer", [f"my dad is {R.randint(60, 95)} and has been a customer since {R.randint(1975, 2010)}, "
                       f"he's had {R.randint(2, 6)} outages this week"]),
         ("agent", ["I'm sorry to hear that, I'll flag it as a priority for a vulnerable customer."])]
    return t, f"{chan()}/utilities: age, year, counts (no DOB)"


def n_balance():
    t = [("agent", [f"your current balance is {say_number(R.randint(100, 9000))} dollars and {say_number(R.randint(1, 99))} cents"]),
         ("customer", [f"and when's the next payment due, the {ORD[R.randint(1, 28)]}?"])]
    return t, "call/banking: balance and due date"


def n_balance_typed():
    cur = R.choice(['£', '$', '€'])
    t = [("customer", [f"why is my available {R.choice(['balance', 'bal'])} only {cur}{R.randint(1, 9)},{R.randint(100, 999)}.{R.randint(10, 99)}"
                       f" when i paid in {cur}{R.randint(200, 999)} on {R.choice(['mon', 'tues', 'friday'])}"]),
         ("agent", [f"There's a pending transaction of {R.randint(10, 400)}.{R.randint(10, 99)} from {R.randint(1, 23)}:{R.randint(10, 59)} today."])]
    return t, f"{chan()}/banking: balances with thousands separators, times"


def n_duration_counts():
    t = [("customer", [f"been on hold {R.randint(20, 95)} mins, called {R.randint(3, 9)} times, {R.randint(2, 4)} weeks without hot water"]),
         ("agent", [f"I understand. An engineer can attend within {R.randint(24, 72)} hours, slot {R.randint(8, 12)}am-{R.randint(1, 6)}pm."])]
    return t, f"{chan()}/utilities: durations and counts"


def n_card_last4_word():
    t = [("customer", [f"i have {R.randint(2, 5)} cards with you, the one i want cancelled is the {R.choice(['blue', 'gold', 'business', 'old'])} one"]),
         ("agent", [f"No problem. I can see {R.randint(2, 5)} active cards; I'll cancel the {R.choice(['gold', 'business'])} card now, a replacement takes {R.randint(3, 10)} working days."])]
    return t, f"{chan()}/banking: card talk with no card digits"


def n_quantities():
    t = [("customer", [f"I ordered {R.randint(2, 24)} x {R.randint(500, 2000)}ml bottles and {R.randint(2, 6)} packs of {R.randint(6, 48)}, only got half"]),
         ("agent", [f"I'll refund {R.randint(1, 12)} items, that's {R.choice(['£', '€'])}{R.randint(5, 90)}.{R.randint(10, 99)} back in {R.randint(3, 5)}-{R.randint(6, 10)} days."])]
    return t, f"{chan()}/retail: quantities, volumes, refund"


def n_time_spoken():
    t = [("agent", [f"the engineer will be there between {say_number(R.randint(8, 11))} and {say_number(R.randint(12, 12))} on the {ORD[R.randint(1, 28)]}"]),
         ("customer", [f"okay i finish work at half {say_number(R.randint(3, 6))} so that's fine it'll take about {say_number(R.randint(20, 90))} minutes yeah"])]
    return t, "call/telecom: spoken times, dates, durations"


def n_policy_ref():
    ref = R.choice(["POL", "CLM", "INV", "TKT", "CASE"]) + "-" + str(R.randint(100000, 99999999))
    t = [("customer", [f"re {ref}: excess was £{R.randint(100, 500)}, vehicle is a {R.randint(2010, 2024)} {R.choice(['Golf', 'Focus', 'Corolla', 'Civic'])} with {R.randint(12000, 98000)} miles"]),
         ("agent", [f"Thanks, {ref} is with the assessor; expect an update within {R.randint(2, 10)} working days."])]
    return t, f"email/insurance: prefixed reference, excess, mileage, year"


def n_tracking():
    tr = "".join(R.choice("0123456789") for _ in range(R.randint(8, 10)))
    t = [("customer", [f"tracking {tr} says delivered at {R.randint(9, 18)}:{R.randint(10, 59)} but nothing here"]),
         ("agent", [f"I've opened an investigation on tracking {tr}. The parcel weighed {R.randint(1, 20)}.{R.randint(1, 9)}kg."])]
    return t, f"{chan()}/retail: tracking number with its word, weight"


def n_percent_rate():
    t = [("customer", [f"the rate went from {R.randint(1, 6)}.{R.randint(0, 9)}% to {R.randint(6, 12)}.{R.randint(0, 99)}% APR, on a £{R.randint(2, 25)},{R.randint(100, 999)} loan over {R.randint(2, 7)} years?"]),
         ("agent", [f"The new monthly repayment would be {R.choice(['£', '€'])}{R.randint(90, 600)}.{R.randint(10, 99)} for {R.randint(24, 84)} months."])]
    return t, f"{chan()}/banking: interest rates, loan amounts, terms"


def n_year_range():
    yr = R.randint(1985, 2015)
    t = [("agent", ["and how long have you lived at the property"]),
         ("customer", [f"since about {say_year(yr)} so {say_number(2026 - yr)} years maybe"])]
    return t, "call/insurance: years and durations spoken"


def n_gov_service():
    t = [("customer", [f"applied for my passport on {R.randint(1, 28)} {R.choice(MONTHS)[:3]}, it's been {R.randint(6, 14)} weeks, fee was £{R.randint(80, 110)}.{R.randint(0, 99):02d}"]),
         ("agent", [f"Current processing time is {R.randint(3, 10)} weeks; application ref {R.randint(10 ** 6, 10 ** 9)} shows it was received."])]
    return t, f"{chan()}/government services: application dates, fees, reference"


def n_data_usage():
    cap = R.choice([30, 50, 100])
    t = [("customer", [f"used {R.randint(cap // 2, cap - 1)}.{R.randint(1, 9)}GB out of {cap}GB and got charged for {R.randint(100, 900)} texts 🤔"]),
         ("agent", [f"You're on the €{R.randint(10, 45)} plan with {R.randint(100, 3000)} minutes. Roaming in {R.randint(1, 40)} countries is included."])]
    return t, f"{chan()}/telecom: data usage, plan, minutes"


def n_dosage():
    t = [("customer", [f"the bill for {R.randint(2, 9)} sessions came to ${R.randint(100, 2400)}, insurance covered {R.randint(40, 90)}% and copay is ${R.randint(10, 60)}"]),
         ("agent", [f"The remaining ${R.randint(20, 400)}.{R.randint(10, 99)} can be split into {R.randint(2, 12)} payments."])]
    return t, f"{chan()}/healthcare billing: session counts, percentages, amounts"


def n_born_no_date():
    t = [("customer", [R.choice(["our baby was born ", "my grandson was born "]), f"{R.randint(2, 9)} weeks ago",
                       R.choice([" so i need to add him to the health plan", ", can i add her to my policy?"]),
                       f" it's £{R.randint(5, 30)} extra a month right?"]),
         ("agent", [f"Congratulations! Yes, dependants can be added within {R.randint(30, 60)} days of birth."])]
    return t, f"{chan()}/{ind('insurance', 'healthcare billing')}: birth mentioned without any date"


def n_appointment_typed():
    d, m = R.randint(1, 28), R.randint(1, 12)
    t = [("agent", [f"Your engineer visit is booked for {d:02d}/{m:02d}/2027 between {R.randint(8, 10)}:00 and {R.randint(12, 14)}:00."]),
         ("customer", [R.choice(["can u move it to ", "cant do that, what about ", "is "]), f"{R.randint(1, 28)}/{R.randint(1, 12)}",
                       R.choice([" instead", "?", " pls 🙏"])])]
    return t, f"{chan()}/{ind('telecom', 'utilities')}: appointment dates typed numerically"


def n_road_names():
    road = R.choice(["M25", "M6", "A1", "M62", "N7", "M50", "A40", "I-95"])
    t = [("customer", [f"driver said he was stuck on the {road} for {R.randint(2, 4)} hours so missed the "
                       f"{R.randint(8, 16)}:00 slot, thats the {R.choice(['2nd', '3rd', '4th'])} time"]),
         ("agent", [f"Sorry about that. I've rebooked for tomorrow {R.randint(7, 11)}am-{R.randint(12, 6 + 12) - 12 or 1}pm and refunded the £{R.randint(4, 9)}.99 delivery fee."])]
    return t, f"{chan()}/retail: motorway/road names that look like outward postcodes"


def n_router_ip():
    t = [("agent", [f"Please open 192.168.{R.randint(0, 1)}.1 in your browser and check the firmware is {R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(10, 99)}"]),
         ("customer", [f"ok it says uptime {R.randint(1, 30)} days {R.randint(1, 23)} hrs, channel {R.randint(1, 13)}, {R.randint(2, 5)}.4GHz"])]
    return t, f"{chan()}/telecom: router IP, firmware, uptime, channel"


def n_order_long():
    ref = str(R.randint(10 ** 9, 10 ** 10 - 1))
    t = [("customer", [R.choice(["Order #", "order no ", "ORDER "]), ref, R.choice([" - wrong size (uk 9 not 10)", " arrived damaged 😩",
                                                                                    " charged twice £64.98 x2"])]),
         ("agent", [f"Thanks, I've raised return RMA-{R.randint(10000, 99999)} for order {ref}."])]
    return t, f"{chan()}/retail: 10-digit order number with its reference word, sizes, amounts"


NEG_TEMPLATES = [
    (n_born_no_date, 3), (n_appointment_typed, 4), (n_road_names, 3), (n_router_ip, 3), (n_order_long, 4),
    (n_money, 6), (n_money_spoken, 4), (n_order_ref, 7), (n_order_spoken, 4), (n_flight, 5), (n_hotel, 4),
    (n_model, 5), (n_meter, 5), (n_speed, 4), (n_appointment, 4), (n_contract_date, 5), (n_age_year, 4),
    (n_balance, 4), (n_balance_typed, 5), (n_duration_counts, 4), (n_card_last4_word, 4), (n_quantities, 5),
    (n_time_spoken, 4), (n_policy_ref, 5), (n_tracking, 5), (n_percent_rate, 4), (n_year_range, 3),
    (n_gov_service, 4), (n_data_usage, 4), (n_dosage, 3),
]


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------

def expand(templates):
    seq = []
    for fn, w in templates:
        seq.extend([fn] * w)
    return seq


def generate():
    """Return list of (record, groups)."""
    global R
    R = random.Random(SEED)
    records = []
    pos_seq = expand(POS_TEMPLATES)
    R.shuffle(pos_seq)
    i = 0
    while len([r for r in records if r[0]["kind"] == "positive"]) < N_POS:
        fn = pos_seq[i % len(pos_seq)]
        i += 1
        turns, note = fn()
        t, spans, groups = build(turns)
        rec = {"id": f"{PREFIX}-pos-{len(records) + 1:03d}", "kind": "positive", "turns": t, "spans": spans,
               "note": note}
        records.append((rec, groups))
    neg_seq = expand(NEG_TEMPLATES)
    R.shuffle(neg_seq)
    negs = []
    j = 0
    while len(negs) < N_NEG:
        fn = neg_seq[j % len(neg_seq)]
        j += 1
        turns, note = fn()
        t, spans, groups = build(turns)
        rec = {"id": f"{PREFIX}-neg-{len(negs) + 1:03d}", "kind": "negative", "turns": t, "spans": [],
               "note": note}
        negs.append((rec, []))
    return records + negs


def serialise(records) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _ in records)


def type_counts(records):
    c = Counter()
    for r, _ in records:
        for s in r["spans"]:
            c[s["type"]] += 1
    return c


def check(records, text_on_disk: str) -> list[str]:
    errs = []
    if serialise(records) != text_on_disk:
        errs.append("fixture on disk differs from regenerated output (run without --check)")
    parsed = [json.loads(line) for line in text_on_disk.splitlines() if line.strip()]
    ids = [p["id"] for p in parsed]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for (rec, groups), p in zip(records, parsed):
        rid = p["id"]
        if p["kind"] not in ("positive", "negative"):
            errs.append(f"{rid}: bad kind")
        if p["kind"] == "negative" and p["spans"]:
            errs.append(f"{rid}: negative with spans")
        if p["kind"] == "positive" and not p["spans"]:
            errs.append(f"{rid}: positive without spans")
        for t in p["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                errs.append(f"{rid}: bad speaker")
        by_turn = {}
        for s in p["spans"]:
            if s["type"] not in TYPES:
                errs.append(f"{rid}: unknown type {s['type']}")
            if not (0 <= s["turn"] < len(p["turns"])):
                errs.append(f"{rid}: turn out of range")
                continue
            txt = p["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                errs.append(f"{rid}: offsets out of range")
                continue
            if st > 0 and txt[st - 1].isalnum():
                errs.append(f"{rid}: span start not on word boundary: {txt[st-1:en]!r}")
            if en < len(txt) and txt[en].isalnum():
                errs.append(f"{rid}: span end not on word boundary: {txt[st:en+1]!r}")
            if txt[st].isspace() or txt[en - 1].isspace():
                errs.append(f"{rid}: span has leading/trailing space")
            by_turn.setdefault(s["turn"], []).append((st, en))
        for tt, lst in by_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append(f"{rid}: overlapping spans in turn {tt}")
        # value validation: join pieces of one value (same group id)
        if p["kind"] == "positive":
            joined = {}
            order = []
            for k, (s, (gid, canon)) in enumerate(zip(p["spans"], groups)):
                key = gid if gid is not None else ("solo", k)
                txt = p["turns"][s["turn"]]["text"][s["start"]:s["end"]]
                if key not in joined:
                    joined[key] = [s["type"], [], canon]
                    order.append(key)
                else:
                    if joined[key][0] != s["type"]:
                        errs.append(f"{rid}: group mixes types")
                    if canon is not None:
                        joined[key][2] = canon
                joined[key][1].append(txt)
            for key in order:
                typ, parts, canon = joined[key]
                e = validate(typ, " ".join(parts), canon)
                if e:
                    errs.append(f"{rid}: {e}")
    return errs


def write_readme(records) -> str:
    c = type_counts(records)
    npos = sum(1 for r, _ in records if r["kind"] == "positive")
    nneg = sum(1 for r, _ in records if r["kind"] == "negative")
    chans = Counter(r["note"].split("/")[0] for r, _ in records)
    lines = [
        "# pii_holdout115 — held-out PII redaction evaluation set",
        "",
        "**Never use this set for tuning.** It exists only to measure the redactor on data its authors did not see.",
        "",
        "## Provenance",
        "",
        "Written by an AI helper acting as an independent author. The author did not read the redaction code,",
        "its tests, its documentation, the benchmark script or any other PII fixture; the only reference was a",
        "three-line example of the JSONL format. Every case is produced by `scripts/make_pii_holdout115.py` from",
        "template functions: each turn is assembled from plain-text segments and (value, TYPE) segments, so span",
        "offsets are computed, never typed by hand. All values come from one `random.Random(115241124)`; the",
        "output is byte-for-byte reproducible. `python scripts/make_pii_holdout115.py --check` regenerates the",
        "file, compares it byte for byte, and validates ids, offsets, word boundaries, overlaps and every value",
        "after normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI shape, 9 digits for SSN, 6 for sort",
        "codes, digit counts for CVV/phone/account, UK postcode / US ZIP shapes).",
        "",
        "All values are synthetic (random, checksum-valid where a checksum exists); no real person's data.",
        "",
        "## Emphasis",
        "",
        "About two thirds of the cases are typed channels (web chat, SMS, e-mail bodies, social/WhatsApp DMs,",
        "app chat) with messy typing: values split over several messages, typos around them, odd separators",
        "(hyphens, dots, double spaces, no-break spaces, tabs), mixed case, emojis and copy-paste artefacts.",
        "The rest are phone calls written as an ASR transcript would: lower case, numbers as words, 'oh' / 'o' /",
        "'nought' for zero, 'double'/'triple', digit pairs ('forty one'), years ('nineteen eighty two'),",
        "letters spelled with 'b for bravo' / 'b as in bravo', homophones ('for', 'to', 'ate'), e-mails as",
        "'dot' / 'at', values split across customer turns with agent back-channels, agent read-backs,",
        "self-corrections and filler words inside readings.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers exactly the value text: for spoken values, the words that encode the value, including",
        "  'double'/'triple', 'for bravo'/'as in bravo', 'plus' before an international number, 'dot'/'at' in",
        "  e-mails, and filler words ('um', 'uh') that occur *inside* a reading. Lead-ins ('it's', 'my card is')",
        "  and trailing chit-chat are outside.",
        "- Typed separators inside a value (spaces, hyphens, dots, no-break spaces) are inside the span.",
        "- A value split over several turns gets one span per turn, each with the value's type.",
        "- When an agent reads a value back, the read-back is labelled too.",
        "- In spoken self-corrections only the complete, corrected reading is labelled; the abandoned partial",
        "  fragment is not. When a chat user resends a whole value after a typo, both complete values are labelled.",
        "- DOB spans include the whole date phrase ('the third of july nineteen eighty five'); EXPIRY spans the",
        "  month/year phrase; ADDRESS spans the street line (house/flat number + street name + street type),",
        "  with the town outside and the postcode/ZIP as a separate POSTCODE span.",
        "- ZIP+4 is one POSTCODE span.",
        "- Negatives contain lookalikes only (amounts, balances, times, durations, counts, years, ages,",
        "  percentages, appointment/contract/payment dates, reference/order/claim/tracking numbers said with their",
        "  reference word, flight/room/seat/model numbers, meter readings, speeds, temperatures); nothing in a",
        "  negative may be redacted.",
        "",
        "## Counts",
        "",
        f"- positive cases: {npos}",
        f"- negative cases: {nneg}",
        "- cases by channel: " + ", ".join(f"{k}: {v}" for k, v in sorted(chans.items())),
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append(f"| {t} | {c[t]} |")
    lines += ["", "Regenerate with `python scripts/make_pii_holdout115.py`; verify with `--check`.", ""]
    return "\n".join(lines)


def main(argv):
    records = generate()
    out = serialise(records)
    readme = write_readme(records)
    if "--check" in argv:
        if not CASES.exists():
            print("missing", CASES)
            return 1
        disk = CASES.read_text(encoding="utf-8")
        errs = check(records, disk)
        if README.exists() and README.read_text(encoding="utf-8") != readme:
            errs.append("README differs from regenerated output")
        c = type_counts(records)
        for t, m in MIN_SPANS.items():
            if c[t] < m:
                errs.append(f"type {t} has {c[t]} spans < {m}")
        npos = sum(1 for r, _ in records if r["kind"] == "positive")
        nneg = len(records) - npos
        if npos < 170 or nneg < 100:
            errs.append("too few cases")
        typed = sum(1 for r, _ in records if not r["note"].startswith("call"))
        print(f"cases: {len(records)} (positive {npos}, negative {nneg}); typed-channel cases {typed}")
        for t in TYPES:
            print(f"  {t:13s} {c[t]}")
        for e in errs[:60]:
            print("ERROR", e)
        print("FAIL" if errs else "OK: --check passed", f"({len(errs)} problems)")
        return 1 if errs else 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(out, encoding="utf-8")
    README.write_text(readme, encoding="utf-8")
    print(f"wrote {len(records)} cases to {CASES}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout111``.

Written by an independent AI helper who did not see the redaction code.
Standard library only.  Output is byte-for-byte reproducible.

    python scripts/make_pii_holdout111.py          # write fixture + README
    python scripts/make_pii_holdout111.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 111241126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout111"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h111"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
FOLK = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward",
        "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london",
        "m": "mother", "n": "nancy", "p": "peter", "r": "robert", "s": "sugar",
        "t": "tommy", "w": "william", "x": "x-ray", "y": "yellow", "z": "zebra"}
FILLERS = ["um", "uh", "er", "erm"]


# ----------------------------------------------------------------------------
# segments
# ----------------------------------------------------------------------------
class P:
    """A labelled segment.  ``gid`` groups split readings of one value."""

    def __init__(self, text: str, typ: str, gid: str | None = None):
        self.text, self.typ, self.gid = text, typ, gid


class Conv:
    def __init__(self):
        self.turns: list[tuple[str, list]] = []

    def a(self, *segs):
        self.turns.append(("agent", list(segs)))

    def c(self, *segs):
        self.turns.append(("customer", list(segs)))


_gid_counter = [0]


def new_gid() -> str:
    _gid_counter[0] += 1
    return f"g{_gid_counter[0]}"


def build(conv: Conv):
    turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(conv.turns):
        text = ""
        for s in segs:
            if isinstance(s, P):
                start = len(text)
                text += s.text
                idx = len(spans)
                spans.append({"turn": ti, "start": start, "end": len(text), "type": s.typ})
                gid = s.gid or new_gid()
                groups.setdefault(gid, []).append(idx)
            else:
                text += s
        turns.append({"speaker": spk, "text": text})
    return turns, spans, list(groups.values())


# ----------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------
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


def gen_card(rng) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        pre, ln = "4" + str(rng.randint(0, 9)), 16
    elif kind == "mc":
        pre, ln = str(rng.randint(51, 55)), 16
    elif kind == "amex":
        pre, ln = rng.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, ln = "6011", 16
    elif kind == "visa13":
        pre, ln = "4", 13
    else:
        pre, ln = "6759", 19
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_groups(d: str) -> list[str]:
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    if len(d) == 13:
        return [d[:4], d[4:7], d[7:10], d[10:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


def gen_ssn(rng) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng) -> str:
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def iban_valid(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1
    except ValueError:
        return False


def gen_iban(rng, country=None) -> str:
    country = country or rng.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    dig = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dig(14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + dig(14)
    elif country == "DE":
        bban = dig(18)
    elif country == "FR":
        bban = dig(23)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + dig(10)
    else:
        bban = dig(20)
    return country + iban_check(country, bban) + bban


def group4(s: str, sep=" ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


UK_AREAS = ["SW", "M", "B", "LS", "G", "EH", "CF", "BS", "NG", "L", "E", "N", "SE",
            "W", "CR", "KT", "RG", "OX", "CB", "NE", "BT", "PL", "EX", "DE", "LE"]
UNIT = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc(rng) -> str:
    area = rng.choice(UK_AREAS)
    return f"{area}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice(UNIT)}{rng.choice(UNIT)}"


def gen_zip(rng) -> str:
    return f"{rng.randint(10, 99)}{rng.randint(100, 999)}"


STREETS_UK = ["Acacia Avenue", "Kings Road", "Mill Lane", "Station Road", "Church Street",
              "Victoria Terrace", "Park Crescent", "Hawthorn Close", "Orchard Way",
              "Queens Drive", "Elm Grove", "Brook Street", "Meadow View", "Castle Hill"]
STREETS_US = ["Maple Street", "Oak Avenue", "Cedar Lane", "Elm Drive", "Washington Boulevard",
              "Lakeview Road", "Pine Court", "Sunset Boulevard", "Main Street",
              "Hickory Lane", "Franklin Avenue", "Ridge Road"]
STREETS_IE = ["Main Street", "Church Road", "Grange Park", "Seafield Avenue", "Oakwood Drive"]
FIRST = ["john", "sarah", "mike", "emma", "liam", "aoife", "priya", "dave", "karen",
         "tom", "lucy", "sean", "maria", "james", "niamh", "olu", "chen", "fatima"]
LAST = ["smith", "jones", "obrien", "patel", "murphy", "walsh", "nguyen", "garcia",
        "taylor", "brown", "kelly", "evans", "khan", "lee", "wilson", "byrne"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
           "btinternet.com", "eircom.net", "aol.com", "proton.me", "yahoo.com"]


def gen_email(rng) -> str:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randint(0, 4)
    if style == 0:
        user = f"{f}.{l}"
    elif style == 1:
        user = f"{f[0]}{l}{rng.randint(1, 99)}"
    elif style == 2:
        user = f"{f}_{l}"
    elif style == 3:
        user = f"{l}.{f[0]}"
    else:
        user = f"{f}{rng.randint(70, 99)}"
    return f"{user}@{rng.choice(DOMAINS)}"


def gen_dob(rng):
    return rng.randint(1942, 2004), rng.randint(1, 12), rng.randint(1, 28)


# ----------------------------------------------------------------------------
# spoken renderers
# ----------------------------------------------------------------------------
def zero_word(rng, uk=False):
    return rng.choice(["oh", "zero", "o", "nought"] if uk else ["oh", "zero", "o", "oh"])


def say_digit(ch, z):
    return z if ch == "0" else ONES[int(ch)]


def say_digits(rng, s: str, uk=False, doubles=True, filler=0.0, no_o=False) -> str:
    z = zero_word(rng, uk)
    if no_o and z == "o":
        z = "oh"
    out, i = [], 0
    while i < len(s):
        ch = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == ch and run < 3:
            run += 1
        if doubles and run == 3 and rng.random() < 0.7:
            out.append("triple " + say_digit(ch, z))
            i += 3
        elif doubles and run >= 2 and rng.random() < 0.6:
            out.append("double " + say_digit(ch, z))
            i += 2
        else:
            out.append(say_digit(ch, z))
            i += 1
        if filler and i < len(s) and rng.random() < filler:
            out.append(rng.choice(FILLERS))
    return " ".join(out)


def say_pair(n: int, z: str) -> str:
    if n < 10:
        return f"{z} {ONES[n]}"
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def say_pair_u(n: int, z: str) -> str:
    """Pair inside a longer number: a bare 'forty' would merge with a following digit."""
    if n >= 20 and n % 10 == 0:
        return f"{ONES[n // 10]} {z}"
    return say_pair(n, z)


def say_pairs(rng, s: str, uk=False) -> str:
    z = zero_word(rng, uk)
    if z == "o":
        z = "oh"
    out = []
    if len(s) % 2:
        out.append(say_digit(s[0], z))
        s = s[1:]
    for i in range(0, len(s), 2):
        out.append(say_pair_u(int(s[i:i + 2]), z))
    return " ".join(out)


def say_num(rng, s: str, uk=False, filler=0.0) -> str:
    """Digits, pairs, or a mixture, as callers really say them."""
    r = rng.random()
    if r < 0.55 or len(s) < 2:
        return say_digits(rng, s, uk, filler=filler)
    if r < 0.8 and len(s) % 2 == 0:
        return say_pairs(rng, s, uk)
    h = (len(s) // 2) // 2 * 2 or 2
    return say_pairs(rng, s[:h], uk) + " " + say_digits(rng, s[h:], uk)


def say_letter(rng, ch: str, nato=0.3) -> str:
    ch = ch.lower()
    r = rng.random()
    if r < nato:
        return f"{ch} for {NATO[ch]}"
    if r < nato + 0.12 and ch in FOLK:
        return f"{ch} for {FOLK[ch]}"
    return ch


def say_year(y: int, rng) -> str:
    if y >= 2000:
        r = y - 2000
        if r == 0:
            return "two thousand"
        return rng.choice([f"two thousand and {say_pair(r, 'oh') if r >= 10 else ONES[r]}",
                           f"twenty {say_pair(r, 'oh')}"])
    return f"{say_pair(y // 100, 'oh')} {say_pair(y % 100, 'oh')}"


def say_dob(rng, dob, us=False) -> str:
    y, m, d = dob
    r = rng.randint(0, 4)
    if r == 0:
        return f"{ORD[d]} of {MONTHS[m - 1]} {say_year(y, rng)}"
    if r == 1:
        return f"{MONTHS[m - 1]} {ORD[d]} {say_year(y, rng)}"
    if r == 2:
        return f"{MONTHS[m - 1]} {ORD[d]} {say_pair(y % 100, 'oh')}"
    if r == 3:
        a, b = (m, d) if us else (d, m)
        return f"{say_pair(a, 'oh')} {say_pair(b, 'oh')} {say_pair(y % 100, 'oh')}"
    return f"{ORD[d]} {MONTHS[m - 1]} {say_year(y, rng)}"


def type_dob(rng, dob, us=False) -> str:
    y, m, d = dob
    r = rng.randint(0, 4)
    if r == 0:
        return f"{m}/{d}/{y}" if us else f"{d:02d}/{m:02d}/{y}"
    if r == 1:
        return f"{d} {MONTHS[m - 1][:3].title()} {y}"
    if r == 2:
        return f"{MONTHS[m - 1].title()} {d}, {y}"
    if r == 3:
        return f"{y}-{m:02d}-{d:02d}"
    return f"{m:02d}.{d:02d}.{str(y)[2:]}" if us else f"{d}.{m}.{y}"


def say_uk_pc(rng, pc: str) -> str:
    out = []
    outward, inward = pc.split()
    letters = re.match(r"[A-Z]+", outward).group()
    dist = outward[len(letters):]
    for ch in letters:
        out.append(say_letter(rng, ch, 0.25))
    if len(dist) == 2 and rng.random() < 0.5:
        out.append(say_pair(int(dist), "oh"))
    else:
        out.extend(ONES[int(c)] for c in dist)
    out.append(ONES[int(inward[0])])
    for ch in inward[1:]:
        out.append(say_letter(rng, ch, 0.25))
    return " ".join(out)


def type_uk_pc(rng, pc: str) -> str:
    r = rng.random()
    if r < 0.5:
        return pc
    if r < 0.75:
        return pc.lower()
    return pc.replace(" ", "")


def say_email(rng, em: str) -> str:
    user, dom = em.split("@")
    def part(p):
        p = p.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
        p = re.sub(r"(\d+)", lambda m: " " + say_digits(rng, m.group(1)) + " ", p)
        return re.sub(r"\s+", " ", p).strip()
    at = rng.choice(["at", "at", "at sign"])
    return f"{part(user)} {at} {part(dom)}"


def say_ni(rng, ni: str) -> str:
    pre = " ".join(say_letter(rng, c, 0.3) for c in ni[:2])
    digits = ni[2:8]
    mid = say_pairs(rng, digits, True) if rng.random() < 0.4 else say_digits(rng, digits, True, no_o=True)
    return f"{pre} {mid} {say_letter(rng, ni[8], 0.3)}"


def type_ni(rng, ni: str) -> str:
    r = rng.randint(0, 4)
    if r == 0:
        return f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"
    if r == 1:
        return ni
    if r == 2:
        return ni.lower()
    if r == 3:
        return f"{ni[:2]}{ni[2:8]} {ni[8]}"
    return f"{ni[:2]}-{ni[2:4]}-{ni[4:6]}-{ni[6:8]}-{ni[8]}"


def type_card(rng, d: str) -> str:
    g = card_groups(d)
    r = rng.randint(0, 4)
    if r == 0:
        return " ".join(g)
    if r == 1:
        return "-".join(g)
    if r == 2:
        return d
    if r == 3:
        return ".".join(g)
    return "  ".join(g)


def type_ssn(rng, s: str) -> str:
    r = rng.randint(0, 3)
    if r == 0:
        return f"{s[:3]}-{s[3:5]}-{s[5:]}"
    if r == 1:
        return f"{s[:3]} {s[3:5]} {s[5:]}"
    if r == 2:
        return s
    return f"{s[:3]}.{s[3:5]}.{s[5:]}"


def say_iban(rng, ib: str) -> str:
    out = []
    i = 0
    while i < len(ib):
        ch = ib[i]
        if ch.isalpha():
            out.append(say_letter(rng, ch, 0.15))
            i += 1
        else:
            j = i
            while j < len(ib) and ib[j].isdigit() and j - i < 4:
                j += 1
            out.append(say_digits(rng, ib[i:j], True, no_o=True))
            i = j
    return " ".join(out)


def uk_mobile(rng) -> str:
    return "07" + str(rng.choice([4, 5, 7, 8, 9])) + "".join(str(rng.randint(0, 9)) for _ in range(8))


def us_phone(rng) -> str:
    return str(rng.randint(2, 9)) + f"{rng.randint(0, 99):02d}" + str(rng.randint(2, 9)) + "".join(
        str(rng.randint(0, 9)) for _ in range(6))


def ie_mobile(rng) -> str:
    return "08" + str(rng.choice([3, 5, 6, 7, 9])) + "".join(str(rng.randint(0, 9)) for _ in range(7))


def type_phone(rng, p: str, country: str) -> str:
    r = rng.randint(0, 3)
    if country == "US":
        return [f"({p[:3]}) {p[3:6]}-{p[6:]}", f"{p[:3]}-{p[3:6]}-{p[6:]}",
                f"+1 {p[:3]} {p[3:6]} {p[6:]}", f"{p[:3]}.{p[3:6]}.{p[6:]}"][r]
    if country == "UK":
        return [f"{p[:5]} {p[5:]}", p, f"+44 {p[1:5]} {p[5:]}", f"+44{p[1:]}"][r]
    return [f"{p[:3]} {p[3:6]} {p[6:]}", p, f"+353 {p[1:3]} {p[3:6]} {p[6:]}", f"+353{p[1:]}"][r]


def say_phone(rng, p: str, country: str) -> str:
    if country == "US":
        if rng.random() < 0.3:
            return say_digits(rng, p[:3]) + " " + say_digits(rng, p[3:6]) + " " + say_pairs(rng, p[6:])
        return say_digits(rng, p, filler=0.05)
    if rng.random() < 0.25:
        cc = "four four" if country == "UK" else "three five three"
        return f"plus {cc} " + say_digits(rng, p[1:], country == "UK")
    return say_digits(rng, p, country == "UK", filler=0.05)


def street_addr(rng, country):
    n = rng.randint(2, 240)
    st = rng.choice({"UK": STREETS_UK, "US": STREETS_US, "IE": STREETS_IE}[country])
    return n, st


def say_addr(rng, n, st) -> str:
    num = say_pairs(rng, str(n)) if n >= 10 and rng.random() < 0.6 else say_digits(rng, str(n), doubles=False)
    if n >= 100 and rng.random() < 0.5:
        num = f"{ONES[n // 100]} hundred" + ("" if n % 100 == 0 else f" and {say_pair(n % 100, 'oh')}" if n % 100 >= 10 else f" and {ONES[n % 100]}")
    pre = rng.choice(["", "", "flat two ", "apartment four b "]) if rng.random() < 0.2 else ""
    return f"{pre}{num} {st.lower()}"


def type_addr(rng, n, st) -> str:
    s = f"{n} {st}"
    r = rng.random()
    if r < 0.3:
        s = s.lower()
    elif r < 0.45:
        s = s.replace("Street", "St").replace("Avenue", "Ave").replace("Road", "Rd").replace("Lane", "Ln")
    if rng.random() < 0.15:
        s = "Apt 3, " + s
    return s


def say_expiry(rng, m, y) -> str:
    r = rng.randint(0, 3)
    if r == 0:
        return f"{say_pair(m, 'oh')} {say_pair(y, 'oh')}"
    if r == 1:
        return f"{MONTHS[m - 1]} twenty {say_pair(y, 'oh')}"
    if r == 2:
        return f"{say_pair(m, 'oh')} slash {say_pair(y, 'oh')}"
    return f"{MONTHS[m - 1]} {say_pair(2000 + y, 'oh') if False else 'twenty ' + say_pair(y, 'oh')}"


def type_expiry(rng, m, y) -> str:
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m}/{y}", f"{m:02d}-{y}",
                       f"{MONTHS[m - 1][:3].title()} 20{y}", f"{m:02d}{y}"])


def gen_cvv(rng, card: str) -> str:
    n = 4 if len(card) == 15 else 3
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


# ----------------------------------------------------------------------------
# non-PII chit-chat helpers
# ----------------------------------------------------------------------------
CUR = ["pounds"]
CURRENCY = {"US": "dollars", "UK": "pounds", "IE": "euro", "EU": "euro"}


def money_say(rng) -> str:
    a = rng.randint(12, 480)
    p = rng.choice([0, 50, 99, 20, 75, 45])
    cur = CUR[0]
    return f"{say_n(a) if a < 100 else ONES[a // 100] + ' hundred' + ('' if a % 100 == 0 else ' and ' + say_n(a % 100))} {cur}" + (
        "" if p == 0 else f" {say_pair(p, 'oh')}")


def money_type(rng, cur="£") -> str:
    return f"{cur}{rng.randint(9, 900)}.{rng.choice(['00', '99', '49', '50', '15'])}"


def ref_num(rng, n=None) -> str:
    n = n or rng.randint(6, 9)
    return "".join(str(rng.randint(1, 9)) for _ in range(n))


def date_say(rng) -> str:
    return f"the {ORD[rng.randint(1, 28)]} of {rng.choice(MONTHS)}"


TIMES_ORDERED = ["eight in the morning", "nine am", "ten o'clock", "eleven fifteen", "twelve noon",
                 "two thirty", "half past three", "four pm", "quarter to five", "six pm"]


def time_range(rng, sep) -> str:
    i = rng.randint(0, len(TIMES_ORDERED) - 3)
    j = rng.randint(i + 1, min(i + 4, len(TIMES_ORDERED) - 1))
    return TIMES_ORDERED[i] + sep + TIMES_ORDERED[j]


def say_n(n: int) -> str:
    return ONES[n] if n < 10 else say_pair(n, "oh")


def time_say(rng) -> str:
    return rng.choice(["half past three", "ten o'clock", "quarter to five", "two thirty",
                       "nine am", "eleven fifteen", "four pm", "eight in the morning"])


# ----------------------------------------------------------------------------
# positive scenarios
# ----------------------------------------------------------------------------
def card_call_split(rng, conv, card, uk, lead="yeah it's "):
    """Card read over several customer turns with back-channels."""
    gid = new_gid()
    groups = card_groups(card)
    if len(groups) > 4:
        groups = groups[:3] + ["".join(groups[3:])]
    for i, g in enumerate(groups):
        txt = say_num(rng, g, uk, filler=0.1) if rng.random() < 0.5 else say_digits(rng, g, uk)
        if i == 0:
            conv.c(lead, P(txt, "CARD_NUMBER", gid))
        elif i == len(groups) - 1 and rng.random() < 0.5:
            conv.c(P(txt, "CARD_NUMBER", gid), " and that's it")
        else:
            conv.c(P(txt, "CARD_NUMBER", gid))
        if i < len(groups) - 1:
            conv.a(rng.choice(["mhm", "okay go on", "yep", "got that", "right", "okay", "uh huh"]))


def s_telecom_uk_bill(rng):
    conv = Conv()
    amt = money_say(rng)
    card = gen_card(rng)
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    pc = gen_uk_pc(rng)
    conv.a("thanks for calling you're through to billing my name's ", rng.choice(FIRST), " how can i help")
    conv.c("hi yeah i've had a bill through for ", amt, " and it's normally about ", say_pair(rng.randint(20, 45), 'oh'), " quid")
    conv.a("oh i'm sorry to hear that can i just take the postcode on the account first")
    conv.c("yeah it's ", P(say_uk_pc(rng, pc), "POSTCODE"))
    conv.a("lovely and i can see the bill from ", date_say(rng), " there's ", ONES[rng.randint(2, 9)], " hundred and ", say_pair(rng.randint(10, 99), 'oh'), " minutes of roaming on it")
    conv.c("oh that'll be the holiday we were in spain for ", ONES[rng.randint(5, 9)], " days")
    conv.a("i can put a bolt on retro for you which brings it down to ", money_say(rng), " do you want to pay that now on a card if so go ahead with the long number")
    card_call_split(rng, conv, card, True)
    conv.a(rng.choice(["and the expiry", "and the expiry date on that", "when does it expire", "lovely and the end date"]))
    conv.c(P(say_expiry(rng, m, y), "EXPIRY"))
    conv.a(rng.choice(["and the three digits on the back", "and the security code", "last three on the signature strip please"]))
    if len(card) == 15:
        conv.turns[-1] = ("agent", ["and the four digit code on the front"])
    conv.c(P(say_digits(rng, gen_cvv(rng, card), True), "CVV"))
    conv.a("perfect that's gone through you'll get a text in about ", ONES[rng.randint(2, 5)], " minutes")
    conv.c("brilliant thanks for your help")
    return conv, "call/telecom UK: bill dispute, card split over turns, expiry, CVV, postcode amid amounts/minutes"


def s_retail_us_chat(rng):
    conv = Conv()
    order = ref_num(rng, 8)
    em = gen_email(rng)
    ph = us_phone(rng)
    n, st = street_addr(rng, "US")
    z = gen_zip(rng)
    card = gen_card(rng)
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    cv = gen_cvv(rng, card)
    conv.a("Hi there! Thanks for contacting ShopRight support. How can I help today?")
    conv.c(rng.choice(["hey my order", "hi, my order", "Hello - order"]), f" #{order} never showed up, it said delivered on Nov {rng.randint(2, 20)} at {rng.randint(1, 9)}:{rng.choice(['05', '30', '45'])}pm")
    conv.a("Sorry about that! Can you confirm the email on the order?")
    conv.c(rng.choice(["sure its ", "", "it's "]), P(em if rng.random() < 0.7 else em.upper(), "EMAIL"))
    conv.a("Thanks. And the shipping address?")
    conv.c(P(type_addr(rng, n, st), "ADDRESS"), ", ", rng.choice(["Springfield", "Columbus", "Austin", "Denver"]), " ", P(z if rng.random() < 0.6 else z + "-" + ref_num(rng, 4), "POSTCODE"))
    conv.a(f"Got it. I see 2 items totalling {money_type(rng, '$')}. I can reship or refund.")
    conv.c("reship pls, and can you upgrade to express? i'll pay the $12.99 difference")
    conv.a("Sure, what card would you like to use?")
    if rng.random() < 0.5:
        conv.c("card: ", P(type_card(rng, card), "CARD_NUMBER"), " exp ", P(type_expiry(rng, m, y), "EXPIRY"), " cvv ", P(cv, "CVV"))
    else:
        conv.c(P(type_card(rng, card), "CARD_NUMBER"))
        conv.c(rng.choice(["exp ", "expires ", "Exp: "]), P(type_expiry(rng, m, y), "EXPIRY"), rng.choice([" and security code ", ", cvc ", " / "]), P(cv, "CVV"))
    conv.a("Thanks! And a phone number for the courier?")
    conv.c(P(type_phone(rng, ph, "US"), "PHONE"), rng.choice([" (cell)", "", " - text is best"]))
    conv.a(f"All set. Your new order is {ref_num(rng, 9)} and should arrive in 2-3 business days.")
    conv.c("thx!")
    return conv, "chat/retail US: missing order; email, address, ZIP, card+expiry+CVV, phone around order numbers, times, prices"


def s_gov_uk_ni(rng):
    conv = Conv()
    ni = gen_ni(rng)
    dob = gen_dob(rng)
    pc = gen_uk_pc(rng)
    ph = uk_mobile(rng)
    conv.a("good morning you're through to the tax credits helpline can i take your national insurance number please")
    style = rng.randint(0, 2)
    if style == 0:
        conv.c("yeah hang on it's on the letter um ", P(say_ni(rng, ni), "NI_NUMBER"))
    elif style == 1:
        gid = new_gid()
        conv.c("right it's ", P(" ".join(say_letter(rng, c, 0.4) for c in ni[:2]), "NI_NUMBER", gid))
        conv.a("mhm")
        conv.c(P(say_digits(rng, ni[2:8], True, no_o=True), "NI_NUMBER", gid))
        conv.a("and the letter at the end")
        conv.c(P(say_letter(rng, ni[8], 0.5), "NI_NUMBER", gid))
    else:
        gid = new_gid()
        conv.c("it's ", P(" ".join(say_letter(rng, c, 0.4) for c in ni[:2]) + " " + say_digits(rng, ni[2:5], True, no_o=True), "NI_NUMBER", gid))
        conv.a("okay go on")
        conv.c(P(say_digits(rng, ni[5:8], True, no_o=True) + " " + say_letter(rng, ni[8], 0.3), "NI_NUMBER", gid))
    conv.a("thank you let me just read that back ", P(say_ni(rng, ni), "NI_NUMBER"), " is that right")
    conv.c("that's it yeah")
    conv.a(rng.choice(["and your date of birth", "can i take your date of birth", "and your d o b please", "and just your date of birth to finish security"]))
    conv.c(rng.choice(["it's ", "", "erm "]), P(say_dob(rng, dob), "DOB"))
    conv.a("and the postcode where you live now")
    conv.c(P(say_uk_pc(rng, pc), "POSTCODE"))
    conv.a("thank you so i can see your award was renewed on ", date_say(rng), " for ", money_say(rng), " a week")
    conv.c("yeah but i've started a new job doing ", say_pair(rng.randint(16, 30), 'oh'), " hours a week so i need to tell you")
    conv.a("okay no problem what date did you start")
    conv.c(date_say(rng), " so about ", ONES[rng.randint(2, 6)], " weeks ago")
    conv.a("and is there a mobile number we can text you on")
    conv.c("yeah ", P(say_phone(rng, ph, "UK"), "PHONE"))
    conv.a("lovely i've updated that you'll get a new award notice within ", TEENS[4], " days")
    return conv, "call/government UK: NI number (sometimes split, NATO letters) with agent read-back, DOB, postcode, mobile, amid hours/dates/amounts"


def s_health_us_ssn(rng):
    conv = Conv()
    ssn = gen_ssn(rng)
    dob = gen_dob(rng)
    z = gen_zip(rng)
    n, st = street_addr(rng, "US")
    claim = ref_num(rng, 9)
    conv.a("thank you for calling mercy health billing this is ", rng.choice(FIRST), " can i have the patient's date of birth")
    conv.c("sure it's ", P(say_dob(rng, dob, us=True), "DOB"))
    conv.a("and the social security number")
    r = rng.randint(0, 2)
    if r == 0:
        conv.c("okay ", P(say_digits(rng, ssn, filler=0.08), "SSN"))
    elif r == 1:
        gid = new_gid()
        conv.c(P(say_digits(rng, ssn[:3]), "SSN", gid))
        conv.a("uh huh")
        conv.c(P(say_digits(rng, ssn[3:5]), "SSN", gid))
        conv.a("okay")
        conv.c(P(say_digits(rng, ssn[5:]), "SSN", gid))
    else:
        conv.c("it's ", P(say_digits(rng, ssn[:3]) + " " + say_pairs(rng, ssn[3:5]) + " " + say_pairs(rng, ssn[5:]), "SSN"))
    conv.a("thank you i'm showing a balance of ", money_say(rng), " for the visit on ", date_say(rng), " claim number ", say_digits(rng, claim))
    conv.c("right but my insurance was supposed to cover eighty percent of that")
    conv.a("it looks like the claim was denied because the address on file doesn't match can you give me your current address")
    conv.c(P(say_addr(rng, n, st), "ADDRESS"), " ", rng.choice(["dayton ohio", "tampa florida", "fresno california", "mesa arizona"]), " ", P(say_digits(rng, z, no_o=True), "POSTCODE"))
    conv.a("okay i've updated that and i'll resubmit the claim it takes about ", say_pair(rng.randint(14, 45), 'oh'), " days")
    conv.c("and do i need to pay anything now")
    conv.a("no you can wait for the new statement we'll put a hold for ", TENS[rng.randint(3, 9)], " days")
    conv.c("great thank you")
    return conv, "call/healthcare billing US: SSN (whole, split 3-2-4 or mixed pairs), DOB, address, ZIP amid claim number, amounts, percentages"


def s_bank_uk_chat(rng):
    conv = Conv()
    sc = "".join(str(rng.randint(0, 9)) for _ in range(6))
    acct = "".join(str(rng.randint(0, 9)) for _ in range(8))
    ib = gen_iban(rng, rng.choice(["DE", "FR", "NL", "ES", "IE"]))
    conv.a("Hello, you're chatting with Harbour Bank. How can I help?")
    conv.c(f"hi I need to send {money_type(rng, '€')} to my landlord abroad but the app keeps failing with error {rng.randint(400, 599)}")
    conv.a("I'm sorry about that. Which account are you sending from?")
    scf = rng.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"])
    if rng.random() < 0.5:
        conv.c("sort code ", P(scf, "SORT_CODE"), " account ", P(acct, "BANK_ACCOUNT"))
    else:
        conv.c(P(scf, "SORT_CODE"), rng.choice([" / ", ", ", " acc no "]), P(acct, "BANK_ACCOUNT"))
    conv.a("Thanks. And the recipient's IBAN?")
    ibf = rng.choice([group4(ib), ib, group4(ib).lower(), ib.lower()])
    conv.c(rng.choice(["", "its ", "IBAN: "]), P(ibf, "IBAN"), rng.choice(["", " thanks", " - its a german bank if that matters"]))
    conv.a(f"The daily international limit is £2,500 and this payment is within it. The fee is £{rng.randint(5, 25)}.00.")
    conv.c(f"ok fine. it failed at about {rng.randint(7, 11)}:{rng.choice(['10', '25', '40'])} this morning twice")
    conv.a("I can see the attempts. They were blocked by our fraud check. I've cleared it now - please retry in 10 minutes.")
    conv.c("will do thanks")
    return conv, "chat/banking UK: sort code + account number + foreign IBAN typed in varied formats, amid amounts, error code, times"


def s_util_ie_iban(rng):
    conv = Conv()
    ib = gen_iban(rng, "IE")
    ph = ie_mobile(rng)
    em = gen_email(rng)
    conv.a("you're through to bright energy this is ", rng.choice(FIRST), " can i start with your account reference")
    conv.c("yeah it's ", say_digits(rng, ref_num(rng, 8)))
    conv.a("thanks and what can i do for you")
    conv.c("i want to set up a direct debit instead of paying by card every month the last bill was ", money_say(rng))
    conv.a("no bother and i see your meter reading from ", date_say(rng), " was ", say_digits(rng, ref_num(rng, 5)), " can you give me the iban")
    if rng.random() < 0.5:
        conv.c("okay it's ", P(say_iban(rng, ib), "IBAN"))
    else:
        gid = new_gid()
        conv.c(P(say_iban(rng, ib[:8]), "IBAN", gid))
        conv.a("yep")
        conv.c(P(say_iban(rng, ib[8:14]), "IBAN", gid))
        conv.a("mhm go on")
        conv.c(P(say_iban(rng, ib[14:]), "IBAN", gid), " that's the lot")
    conv.a("grand and the payment will come out on the ", ORD[rng.randint(1, 28)], " of each month is that okay")
    conv.c("that's perfect")
    conv.a("and a mobile number for the confirmation text")
    conv.c(P(say_phone(rng, ph, "IE"), "PHONE"))
    conv.a("and will i send the mandate to the email on file")
    conv.c("actually can you change that to ", P(say_email(rng, em), "EMAIL"))
    conv.a("done that'll be with you in the next ", TEENS[5], " minutes")
    return conv, "call/utilities Ireland: IBAN spoken (whole or split over turns), Irish mobile, spoken email, amid meter reading and account ref"


def s_ins_us_call(rng):
    conv = Conv()
    ssn = gen_ssn(rng)
    dob = gen_dob(rng)
    ph = us_phone(rng)
    n, st = street_addr(rng, "US")
    conv.a("thanks for calling liberty auto claims my name is ", rng.choice(FIRST), " are you calling about an existing claim")
    conv.c("yes the claim number is ", say_digits(rng, ref_num(rng, 8)), " it's about the accident on ", date_say(rng))
    conv.a("okay to verify i need the last name date of birth and social on the policy")
    conv.c(rng.choice(LAST), " date of birth is ", P(say_dob(rng, dob, True), "DOB"), " and the social is ", P(say_num(rng, ssn), "SSN"))
    conv.a("let me read that back ", P(say_digits(rng, ssn[:3], doubles=False) + " " + say_digits(rng, ssn[3:5], doubles=False) + " " + say_digits(rng, ssn[5:], doubles=False), "SSN"), " correct")
    conv.c("correct")
    conv.a("thank you the adjuster estimated ", money_say(rng), " for the repair and your deductible is five hundred")
    conv.c("the body shop said it'd be closer to two thousand and it'll take ", ONES[rng.randint(2, 9)], " weeks")
    conv.a("i can ask for a re inspection where is the vehicle right now")
    conv.c("it's at my house ", P(say_addr(rng, n, st), "ADDRESS"))
    conv.a("and the best callback number")
    conv.c(P(say_phone(rng, ph, "US"), "PHONE"), " after ", time_say(rng))
    conv.a("perfect the inspector will call within forty eight hours")
    return conv, "call/insurance US: DOB + SSN in one turn, agent reads SSN back, address, phone, amid claim number, amounts, durations"


def s_travel_eu_chat(rng):
    conv = Conv()
    em = gen_email(rng)
    country = rng.choice(["DE", "FR", "NL", "ES"])
    cc = {"DE": "49", "FR": "33", "NL": "31", "ES": "34"}[country]
    ph = "+" + cc + " " + str(rng.randint(151, 699)) + " " + ref_num(rng, 7)
    ib = gen_iban(rng, country)
    bk = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))
    conv.a("Welcome to SkyEuro support. Please share your booking reference.")
    conv.c(f"{bk}. flight {rng.choice(['SE', 'EU'])}{rng.randint(100, 9999)} on {rng.randint(1, 28)} March was cancelled")
    conv.a(f"Sorry! You're entitled to a refund of €{rng.randint(80, 600)} or rebooking. Which do you prefer?")
    conv.c("refund please. 3 passengers, 2 bags each")
    conv.a("Refunds go back to the original card, or to a bank account if the card has expired. Which email should we use for updates?")
    conv.c(P(em, "EMAIL"))
    conv.a("And a contact phone?")
    conv.c(P(ph, "PHONE"), rng.choice(["", " (whatsapp ok)", " mobile"]))
    conv.a("My card expired last month so bank transfer please. IBAN?")
    conv.turns[-1] = ("agent", ["The card on file has expired, so we'll use bank transfer. Please send the IBAN."])
    conv.c(P(rng.choice([group4(ib), ib]), "IBAN"))
    conv.a("Done. Allow 7-10 working days. Case no. " + ref_num(rng, 7) + ".")
    conv.c("merci / danke, thanks")
    return conv, "chat/travel EU: booking ref + flight number (non-PII), email, international phone, IBAN"


def s_bank_uk_fraud_call(rng):
    conv = Conv()
    card = gen_card(rng)
    dob = gen_dob(rng)
    ph = uk_mobile(rng)
    sc = "".join(str(rng.randint(0, 9)) for _ in range(6))
    acct = "".join(str(rng.randint(0, 9)) for _ in range(8))
    conv.a("fraud team you're speaking with ", rng.choice(FIRST), " i understand you've seen some transactions you don't recognise")
    conv.c("yeah there's ", ONES[rng.randint(2, 5)], " payments to some website for ", money_say(rng), " each last night at like ", time_say(rng))
    conv.a("okay let's get you verified first can i have your date of birth")
    conv.c(P(say_dob(rng, dob), "DOB"))
    conv.a("and the sort code and account number")
    conv.c("sort code ", P(say_pairs(rng, sc, True) if rng.random() < 0.6 else say_digits(rng, sc, True), "SORT_CODE"), " and the account is ", P(say_num(rng, acct, True, filler=0.05), "BANK_ACCOUNT"))
    conv.a("thank you and the card number on the card that was used")
    if rng.random() < 0.5:
        conv.c(P(" ".join(say_num(rng, g, True) for g in card_groups(card)), "CARD_NUMBER"))
    else:
        wrong = card_groups(card)[0][:-1] + str((int(card[3]) + 1) % 10)
        conv.c(say_digits(rng, wrong, True), " no sorry ", P(say_digits(rng, card, True), "CARD_NUMBER"))
    conv.a("okay i've blocked that card now and raised a dispute for the ", ONES[rng.randint(2, 5)], " transactions reference ", say_digits(rng, ref_num(rng, 7)))
    conv.c("will i get the money back")
    conv.a("usually within ten working days and a new card will arrive in three to five days is the mobile still ", P(say_phone(rng, ph, "UK"), "PHONE"))
    conv.c("yeah that's right")
    return conv, "call/banking UK fraud: DOB, spoken sort code (pairs) + account, card with self-correction, agent reads mobile, amid counts, amounts, times"


def s_telecom_us_call(rng):
    conv = Conv()
    ph = us_phone(rng)
    ph2 = us_phone(rng)
    ssn = gen_ssn(rng)
    z = gen_zip(rng)
    em = gen_email(rng)
    conv.a("thank you for calling novacell this is ", rng.choice(FIRST), " what's the phone number on the account")
    conv.c(P(say_phone(rng, ph, "US"), "PHONE"))
    conv.a("and for security the last four of the social or the full social if you're a new customer")
    conv.c("i'm new i just switched last week so it's ", P(say_digits(rng, ssn, filler=0.1), "SSN"))
    conv.a("thank you and the billing zip code")
    conv.c(P(say_digits(rng, z, no_o=True), "POSTCODE"))
    conv.a("great what can i help with today")
    conv.c("i want to add a line for my daughter and port her number over it's ", P(say_phone(rng, ph2, "US"), "PHONE"))
    conv.a("sure the extra line is thirty five a month plus tax and the activation fee is ", money_say(rng), " we're waiving half of that this week")
    conv.c("okay and she needs the ", rng.choice(["one twenty eight", "two fifty six"]), " gig model")
    conv.a("no problem where should we send the confirmation email")
    conv.c(P(say_email(rng, em), "EMAIL"))
    conv.a("all done the port should complete within twenty four hours")
    return conv, "call/telecom US: two phone numbers, full SSN with fillers, ZIP, spoken email amid prices, storage sizes, durations"


def s_ins_uk_chat(rng):
    conv = Conv()
    ni = gen_ni(rng)
    dob = gen_dob(rng)
    n, st = street_addr(rng, "UK")
    pc = gen_uk_pc(rng)
    em = gen_email(rng)
    conv.a("Hi, you're through to Shield Home Insurance. How can I help?")
    conv.c(f"Hi, I'm getting a quote for contents cover, the online form wont accept my details. Sum insured £{rng.randint(15, 60)},000")
    conv.a("Happy to help. Can I take your full name and date of birth?")
    conv.c(rng.choice(FIRST).title(), " ", rng.choice(LAST).title(), rng.choice([", dob ", " - ", ", born "]), P(type_dob(rng, dob), "DOB"))
    conv.a("And your address including postcode?")
    conv.c(P(type_addr(rng, n, st), "ADDRESS"), ", ", rng.choice(["Leeds", "Bristol", "Cardiff", "York"]), " ", P(type_uk_pc(rng, pc), "POSTCODE"))
    conv.a("Thanks. For the employment section we also ask for your NI number.")
    conv.c(rng.choice(["its ", "", "sure: ", "NI no. "]), P(type_ni(rng, ni), "NI_NUMBER"))
    conv.a(f"Great, the quote is £{rng.randint(9, 30)}.{rng.randint(10, 99)} a month or £{rng.randint(120, 350)} annually, £100 excess.")
    conv.c("annual please. send docs to ", P(em, "EMAIL"))
    conv.a(f"Done - policy starts 1 {rng.choice(MONTHS).title()}. Ref {ref_num(rng, 8)}.")
    return conv, "chat/insurance UK: typed DOB, address, postcode, NI number in varied formats, email amid sums insured, prices, start date"


def s_util_uk_call(rng):
    conv = Conv()
    n, st = street_addr(rng, "UK")
    pc = gen_uk_pc(rng)
    sc = "".join(str(rng.randint(0, 9)) for _ in range(6))
    acct = "".join(str(rng.randint(0, 9)) for _ in range(8))
    ph = uk_mobile(rng)
    conv.a("hello you're through to city water my name's ", rng.choice(FIRST), " how can i help")
    conv.c("hiya i'm moving house on ", date_say(rng), " and i need to set up the account at the new place")
    conv.a("lovely what's the new address")
    conv.c("it's ", P(say_addr(rng, n, st), "ADDRESS"))
    conv.a(rng.choice(["and the postcode", "and the postcode for that", "and what's the postcode there"]))
    conv.c(P(say_uk_pc(rng, pc), "POSTCODE"))
    conv.a("thank you is there a meter there do you know")
    conv.c("yeah the reading was ", say_digits(rng, ref_num(rng, 5), True), " when we viewed it")
    conv.a("great the standing charge is ", money_say(rng), " a year would you like to pay by direct debit")
    conv.c("yes please")
    conv.a("go ahead with the sort code")
    conv.c(P(say_pairs(rng, sc, True) if rng.random() < 0.5 else say_digits(rng, sc, True), "SORT_CODE"))
    conv.a("and the account number")
    if rng.random() < 0.5:
        gid = new_gid()
        conv.c(P(say_digits(rng, acct[:4], True), "BANK_ACCOUNT", gid))
        conv.a("mhm")
        conv.c(P(say_digits(rng, acct[4:], True), "BANK_ACCOUNT", gid))
    else:
        conv.c(P(say_num(rng, acct, True), "BANK_ACCOUNT"))
    conv.a(rng.choice(["and a contact number", "best number to reach you on", "and a phone number in case the engineer needs you"]))
    conv.c(P(say_phone(rng, ph, "UK"), "PHONE"))
    conv.a("that's all set the first payment will be on the ", ORD[rng.randint(1, 28)], " of next month")
    return conv, "call/utilities UK: spoken address, postcode (NATO letters), sort code, account (maybe split), mobile amid meter reading, dates, charges"


def s_gov_us_chat(rng):
    conv = Conv()
    ssn = gen_ssn(rng)
    dob = gen_dob(rng)
    n, st = street_addr(rng, "US")
    z = gen_zip(rng)
    ph = us_phone(rng)
    conv.a("Welcome to the State DMV online assistant. How can I help?")
    conv.c(f"need to renew my license, it expires {rng.randint(1, 12)}/{rng.randint(1, 28)}/2027 and the fee shows ${rng.randint(25, 60)}")
    conv.a("I can help. Please provide your SSN and date of birth for identity verification.")
    if rng.random() < 0.5:
        conv.c("ssn ", P(type_ssn(rng, ssn), "SSN"), rng.choice([" dob ", ", DOB: ", " born "]), P(type_dob(rng, dob, True), "DOB"))
    else:
        conv.c(P(type_ssn(rng, ssn), "SSN"))
        conv.c(P(type_dob(rng, dob, True), "DOB"))
    conv.a("Thank you. Has your residential address changed since your last renewal?")
    conv.c("yes moved last spring to ", P(type_addr(rng, n, st), "ADDRESS"), rng.choice([" ", ", "]), rng.choice(["Reno NV", "Salem OR", "Boise ID"]), " ", P(z, "POSTCODE"))
    conv.a("Updated. Would you like appointment reminders by text?")
    conv.c("sure ", P(type_phone(rng, ph, "US"), "PHONE"))
    conv.a(f"Your appointment is {rng.choice(['Tue', 'Wed', 'Thu'])} at {rng.randint(8, 11)}:{rng.choice(['00', '15', '30'])} AM, window 4. Confirmation {ref_num(rng, 8)}.")
    return conv, "chat/government US: typed SSN (dashes/spaces/dots/plain), DOB, address, ZIP, phone amid fees, expiry of licence, appointment"


def s_ni_split_call(rng):
    conv = Conv()
    ni = gen_ni(rng)
    ph = uk_mobile(rng)
    pc = gen_uk_pc(rng)
    conv.a("you're through to the pension service can i take your national insurance number")
    conv.c("um yeah hang on i've got it written down somewhere")
    conv.a("no rush")
    gid = new_gid()
    conv.c("right so it's ", P(" ".join(say_letter(rng, c, 0.5) for c in ni[:2]), "NI_NUMBER", gid))
    conv.a("yep")
    conv.c(P(say_pairs(rng, ni[2:6], True) if rng.random() < 0.5 else say_digits(rng, ni[2:6], True, no_o=True), "NI_NUMBER", gid))
    conv.a("mhm")
    conv.c(P(say_digits(rng, ni[6:8], True, no_o=True) + " " + say_letter(rng, ni[8], 0.4), "NI_NUMBER", gid))
    conv.a("so that's ", P(" ".join(ni[:2].lower()) + " " + say_digits(rng, ni[2:8], True, doubles=False, no_o=True) + " " + ni[8].lower(), "NI_NUMBER"))
    conv.c("yes")
    conv.a("thank you and how can i help")
    conv.c("my pension went in on ", date_say(rng), " but it was ", money_say(rng), " less than usual")
    conv.a("i can see there was a deduction for the winter fuel adjustment of ", money_say(rng), " i can send a letter explaining it what's the postcode")
    conv.c(P(say_uk_pc(rng, pc), "POSTCODE"))
    conv.a("and a number to call you back on if needed")
    conv.c("my son's mobile ", P(say_phone(rng, ph, "UK"), "PHONE"))
    return conv, "call/government UK: NI spread over three customer turns, agent read-back, postcode, phone amid pension amounts and dates"


def s_retail_card_readback(rng):
    conv = Conv()
    card = gen_card(rng)
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    z = gen_zip(rng)
    cv = gen_cvv(rng, card)
    conv.a("thanks for holding you're back with ", rng.choice(FIRST), " so the sofa is ", money_say(rng), " plus delivery of forty nine ninety nine")
    conv.c("okay yeah let's do it")
    conv.a("what card will you be using")
    conv.c(rng.choice(["visa", "mastercard", "it's a debit card"]), " the number is ", P(say_digits(rng, card, filler=0.12), "CARD_NUMBER"))
    conv.a("let me read that back ", P(", ".join(say_digits(rng, g, doubles=False) for g in card_groups(card)), "CARD_NUMBER"))
    conv.c("yep")
    conv.a("and the expiration")
    conv.c(P(say_expiry(rng, m, y), "EXPIRY"), " and the code on the back is ", P(say_digits(rng, cv), "CVV"))
    conv.a(rng.choice(["and the billing zip", "and the zip code for the billing address", "what's the zip on the card"]))
    conv.c(P(say_digits(rng, z, no_o=True), "POSTCODE"))
    conv.a("great delivery is on ", date_say(rng), " between ", time_range(rng, " and "), " order number ", say_digits(rng, ref_num(rng, 8)))
    conv.c("perfect thank you so much")
    return conv, "call/retail US: card with fillers inside, agent comma-grouped read-back, expiry + CVV in one turn, billing ZIP amid prices, delivery window"


def s_email_phone_call(rng):
    conv = Conv()
    em = gen_email(rng)
    ph = uk_mobile(rng)
    dob = gen_dob(rng)
    conv.a("hi you're through to ", rng.choice(["greenline broadband", "medicare dental plans", "uk passport office"]), " how can i help")
    conv.c("i never got my confirmation email and it's been ", ONES[rng.randint(2, 9)], " days")
    conv.a("let's check the address we've got what email did you use")
    conv.c(P(say_email(rng, em), "EMAIL"))
    conv.a("ah i think we've got it slightly wrong let me spell it back ", P(say_email(rng, em), "EMAIL"))
    conv.c("that's it yeah")
    conv.a("and can i confirm your date of birth")
    conv.c(P(say_dob(rng, dob), "DOB"))
    conv.a("and your mobile in case it bounces again")
    digits = ph
    wrong = digits[:6] + str((int(digits[6]) + 3) % 10)
    conv.c(say_digits(rng, wrong, True), " oh no sorry that's my old one it's ", P(say_phone(rng, ph, "UK"), "PHONE"))
    conv.a("no problem i've resent it it can take up to ", TEENS[5], " minutes and check your junk folder")
    conv.c("will do cheers")
    return conv, "call/mixed: spoken email with agent spell-back, DOB, mobile after an unlabelled abandoned partial"


def s_bank_us_call(rng):
    conv = Conv()
    ssn = gen_ssn(rng)
    acct = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([10, 11, 12])))
    card = gen_card(rng)
    dob = gen_dob(rng)
    conv.a("first national bank this is ", rng.choice(FIRST), " how can i help you")
    conv.c("hi my debit card got declined at the gas station this morning for like ", money_say(rng))
    conv.a("i'm sorry about that can you give me the card number")
    card_call_split(rng, conv, card, False, lead="sure ")
    conv.a(rng.choice(["and to verify your social", "can you verify your social security number for me", "and the social on the account"]))
    gid = new_gid()
    conv.c(P(say_digits(rng, ssn[:5]), "SSN", gid))
    conv.a("uh huh")
    conv.c(P(say_digits(rng, ssn[5:]), "SSN", gid))
    conv.a(rng.choice(["and your date of birth", "can i take your date of birth", "and your d o b please", "and just your date of birth to finish security"]))
    conv.c(P(say_dob(rng, dob, True), "DOB"))
    conv.a("thank you i see the card was locked after three wrong pin attempts which checking account is it linked to")
    conv.c("the one ending in the big long number ", P(say_num(rng, acct), "BANK_ACCOUNT"))
    conv.a("okay i've unlocked it you should be good to go in about five minutes")
    return conv, "call/banking US: card split in turns, SSN split 5-4, DOB, US checking account (10-12 digits) amid amounts, attempts"


def s_mixed_ie_chat(rng):
    conv = Conv()
    card = gen_card(rng)
    ph = ie_mobile(rng)
    em = gen_email(rng)
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    n, st = street_addr(rng, "IE")
    conv.a("Hi, welcome to Emerald Mobile chat. What can I do for you?")
    conv.c(f"hiya my phone bill is €{rng.randint(40, 200)}.{rng.randint(10, 99)} this month, usually €35")
    conv.a("Let me take a look. What's the mobile number on the account?")
    conv.c(P(type_phone(rng, ph, "IE"), "PHONE"))
    conv.a(f"I see {rng.randint(3, 20)}GB of extra data. I can refund half as a goodwill gesture. Would you like to pay the rest now?")
    conv.c(f"ok go on. card is {''}", P(type_card(rng, card), "CARD_NUMBER"))
    conv.c(P(type_expiry(rng, m, y), "EXPIRY"), " ", P(gen_cvv(rng, card), "CVV"))
    conv.a("Thanks, payment taken. Can I confirm your billing address and email for the receipt?")
    conv.c(P(type_addr(rng, n, st), "ADDRESS"), ", Galway. email ", P(em, "EMAIL"))
    conv.a("All done, receipt sent.")
    return conv, "chat/telecom Ireland: Irish mobile, typed card, bare expiry+CVV line, address, email amid euro amounts and data usage"


def s_ssn_correction_call(rng):
    conv = Conv()
    ssn = gen_ssn(rng)
    z = gen_zip(rng)
    em = gen_email(rng)
    n, st = street_addr(rng, "US")
    conv.a("social security administration this is ", rng.choice(FIRST), " how may i help you")
    conv.c("hi i got a letter saying my benefit is changing to ", money_say(rng), " a month starting in ", rng.choice(MONTHS), " and i don't understand why")
    conv.a("i can look into that for you what's your social security number")
    conv.c("it's ", P(say_digits(rng, ssn[:3]) + " " + say_digits(rng, ssn[3:5]) + " " + say_digits(rng, ssn[5:]), "SSN"))
    conv.a("i'm not finding that can you repeat it slowly")
    gid = new_gid()
    conv.c(P(say_digits(rng, ssn[:3], doubles=False), "SSN", gid))
    conv.a("okay")
    conv.c(P(say_digits(rng, ssn[3:5], doubles=False), "SSN", gid))
    conv.a("yes")
    conv.c(P(say_digits(rng, ssn[5:], doubles=False), "SSN", gid))
    conv.a("got it now thank you the change is because of the cost of living adjustment of ", ONES[rng.randint(2, 5)], " point ", ONES[rng.randint(1, 9)], " percent")
    conv.c("oh so it's going up okay and can you update my mailing address it's ", P(say_addr(rng, n, st), "ADDRESS"), " zip ", P(say_digits(rng, z, no_o=True), "POSTCODE"))
    conv.a("updated and would you like an email copy")
    conv.c("yes ", P(say_email(rng, em), "EMAIL"))
    return conv, "call/government US: SSN said whole then repeated over three turns, address + ZIP in one turn, email amid benefit amounts, percentages"


def s_chat_typos(rng):
    conv = Conv()
    card = gen_card(rng)
    sc = "".join(str(rng.randint(0, 9)) for _ in range(6))
    acct = "".join(str(rng.randint(0, 9)) for _ in range(8))
    ni = gen_ni(rng)
    pc = gen_uk_pc(rng)
    conv.a("Hi, you're chatting with Northway Building Society. How can I help?")
    conv.c(f"hi im trying to open a cash isa with £{rng.randint(1, 20)},000 but the form says my details dont match")
    conv.a("Sorry about that. Can you give me your NI number and postcode?")
    conv.c(rng.choice(["ni ", "NI: ", "its "]), P(type_ni(rng, ni), "NI_NUMBER"), rng.choice([" and pc ", " postcode ", ", "]), P(type_uk_pc(rng, pc), "POSTCODE"))
    conv.a("Thanks. Where will the funds come from?")
    conv.c("my current acc, sc ", P(f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", "SORT_CODE"), rng.choice([" an acc ", " acct no ", " a/c "]), P(acct, "BANK_ACCOUNT"))
    conv.a(f"Great. The rate is 4.{rng.randint(10, 95)}% AER fixed for 12 months. Would you like to pay a £25 opening deposit by debit card?")
    conv.c("ye ok ", P(type_card(rng, card), "CARD_NUMBER"))
    conv.a("That's gone through. Your ISA will be open within 2 working days.")
    return conv, "chat/banking UK: NI + postcode in one message, sort code + account with abbreviations, card, amid rates, amounts"


HOMO = {"2": ["to", "too"], "4": ["for"], "1": ["won"], "8": ["ate"], "3": ["tree"]}


def say_digits_homo(rng, s: str) -> str:
    """Digit-by-digit reading with the homophones a recogniser produces."""
    out = []
    for ch in s:
        if ch in HOMO and rng.random() < 0.45:
            out.append(rng.choice(HOMO[ch]))
        else:
            out.append(say_digit(ch, "oh"))
    return " ".join(out)


def s_homophone_call(rng):
    conv = Conv()
    card = gen_card(rng)
    ph = rng.choice([uk_mobile, ie_mobile])(rng)
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    conv.a("hello you're through to ", rng.choice(["atlantic home insurance", "shannon car insurance", "west coast pet insurance"]), " how can i help")
    conv.c("hi i'm just renewing me policy the letter says it's ", money_say(rng), " for the year")
    conv.a("that's right would you like to pay it in full or in ", TEENS[2], " monthly payments")
    conv.c("in full on the card")
    conv.a("no bother go ahead with the card number")
    conv.c("it's ", P(say_digits_homo(rng, card[:8]), "CARD_NUMBER", "HC"))
    conv.a("yep")
    conv.c(P(say_digits_homo(rng, card[8:]), "CARD_NUMBER", "HC"))
    conv.a("and the expiry date")
    conv.c(P(say_expiry(rng, m, y), "EXPIRY"))
    conv.a("and the last three on the back")
    if len(card) == 15:
        conv.turns[-1] = ("agent", ["and the four digits printed on the front"])
    conv.c(P(say_digits_homo(rng, gen_cvv(rng, card)), "CVV"))
    conv.a("lovely that's paid and what number will we ring if there's a problem")
    conv.c(P(say_digits_homo(rng, ph), "PHONE"))
    conv.a("perfect the policy runs from ", date_say(rng), " and your reference is ", say_digits(rng, ref_num(rng, 7)))
    conv.c("thanks a million")
    return conv, "call/insurance UK-IE: ASR homophones in digits (to/too=2, for=4, won=1, ate=8, tree=3) for card, CVV, phone"


def s_two_in_one_chat(rng):
    conv = Conv()
    country = rng.choice(["UK", "US"])
    ph = uk_mobile(rng) if country == "UK" else us_phone(rng)
    em = gen_email(rng)
    dob = gen_dob(rng)
    n, st = street_addr(rng, country)
    pc = gen_uk_pc(rng) if country == "UK" else gen_zip(rng)
    conv.a("Hi, thanks for messaging FitLife Gym. How can we help?")
    conv.c(f"hi i want to freeze my membership for {rng.randint(2, 3)} months, im paying {'£' if country == 'UK' else '$'}{rng.randint(20, 60)}.99 a month since Jan")
    conv.a("No problem. Can you confirm your details so I can find the account?")
    conv.c(rng.choice(["my number is ", "mob ", "phone "]), P(type_phone(rng, ph, country), "PHONE"), rng.choice([" and email ", " / ", ", email: ", " email "]), P(em if rng.random() < 0.7 else em.title(), "EMAIL"))
    conv.a("Thanks! And your date of birth?")
    conv.c(P(type_dob(rng, dob, country == "US"), "DOB"), rng.choice(["", " (turning 40 this yr lol)", " thx"]))
    conv.a("Found you. The freeze fee is 5.00 per month. We'll post a confirmation letter - is your address still the same?")
    conv.c("no, new one is ", P(type_addr(rng, n, st), "ADDRESS"), ", ", P(type_uk_pc(rng, pc) if country == "UK" else pc, "POSTCODE"))
    conv.a(f"Updated. Freeze starts {rng.randint(1, 28)}/{rng.randint(1, 12)} and you can visit up to 2 times during it. Ref {ref_num(rng, 6)}.")
    conv.c("great cheers")
    return conv, "chat/leisure UK-US: phone and email in one message, DOB with chit-chat after, address + postcode, amid fees, counts, dates"


def s_card_chat_split(rng):
    conv = Conv()
    card = gen_card(rng)
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    cv = gen_cvv(rng, card)
    em = gen_email(rng)
    g = card_groups(card)
    half = len(g) // 2
    conv.a("Hi! You're chatting with Tessa at CityStay Hotels.")
    conv.c(f"hi i have a booking for {rng.randint(2, 5)} nights from the {rng.choice(['4th', '11th', '21st', '2nd', '23rd', '17th'])}, room {rng.randint(100, 560)}, and need to change the card on it")
    conv.a("Of course. Please type the new card number.")
    conv.c(P(" ".join(g[:half]), "CARD_NUMBER", "CS"))
    conv.c(P(" ".join(g[half:]), "CARD_NUMBER", "CS"), rng.choice(["", " sorry hit enter too soon", " oops"]))
    conv.a("Thanks! Expiry and security code?")
    conv.c(P(type_expiry(rng, m, y), "EXPIRY"), rng.choice([" ", " and ", ", "]), P(cv, "CVV"))
    conv.a(f"Card updated. The total is {money_type(rng, '€')} including city tax of €3.50 per night. Check-in is from 15:00.")
    conv.c("can you send the invoice to ", P(em, "EMAIL"), " please, company is paying")
    conv.a(f"Sent! Invoice number INV-{ref_num(rng, 6)}.")
    return conv, "chat/travel EU: card typed over two messages, expiry+CVV on one line, email amid room number, nights, prices, invoice number"


def s_ie_bank_call(rng):
    conv = Conv()
    ib = gen_iban(rng, "IE")
    dob = gen_dob(rng)
    ph = ie_mobile(rng)
    n, st = street_addr(rng, "IE")
    conv.a("good afternoon you're through to ", rng.choice(["bank of leinster", "coast credit union"]), " my name is ", rng.choice(FIRST), " who am i speaking with")
    conv.c("hi it's ", rng.choice(FIRST), " ", rng.choice(LAST), " i'm ringing about a loan of ", say_n(rng.randint(2, 15)), " thousand i applied for on ", date_say(rng))
    conv.a("okay can you confirm your date of birth for me")
    conv.c(P(say_dob(rng, dob), "DOB"))
    conv.a("and your address")
    conv.c(P(say_addr(rng, n, st), "ADDRESS"), " ", rng.choice(["athlone", "sligo", "naas", "tralee"]))
    conv.a("thank you the loan's been approved at ", ONES[rng.randint(6, 9)], " point ", ONES[rng.randint(1, 9)], " percent over ", ONES[rng.randint(3, 5)], " years which account should we pay it into")
    conv.c("my current account the iban is ", P(say_iban(rng, ib[:4]) + " " + say_iban(rng, ib[4:]), "IBAN"))
    conv.a("let me read that back ", P(" ".join(ib[:2].lower()) + " " + say_digits(rng, ib[2:4], doubles=False, no_o=True) + " " + " ".join(ib[4:8].lower()) + " " + say_digits(rng, ib[8:14], doubles=False, no_o=True) + " " + say_digits(rng, ib[14:], doubles=False, no_o=True), "IBAN"))
    conv.c("that's it")
    conv.a("and is ", P(say_phone(rng, ph, "IE"), "PHONE"), " still the best number")
    conv.c("it is yeah")
    conv.a("grand the money will be with you in ", ONES[rng.randint(2, 5)], " working days")
    return conv, "call/banking Ireland: DOB, spoken address, IBAN spoken with agent read-back, agent confirms mobile, amid loan amount, rate, term"


def s_us_chat_ssn_card(rng):
    conv = Conv()
    ssn = gen_ssn(rng)
    card = gen_card(rng)
    z = gen_zip(rng)
    em = gen_email(rng)
    conv.a("Hi, this is Max from QuickTax. How can I help you file today?")
    conv.c(f"hi my return got rejected, code IND-{rng.randint(100, 999)}, it says SSN mismatch for my dependent")
    conv.a("That usually means a typo. What SSN did you enter for the dependent?")
    conv.c(P(type_ssn(rng, ssn), "SSN"))
    conv.a("And what's on their actual card?")
    ssn2 = ssn[:5] + ssn[6] + ssn[5] + ssn[7:] if ssn[5] != ssn[6] else ssn
    conv.c("oh wait its ", P(type_ssn(rng, ssn2), "SSN"), " i swapped two digits")
    conv.a(f"That'll be it. Resubmission for the state return is $39.99. Card number?")
    conv.c(P(type_card(rng, card), "CARD_NUMBER"), rng.choice([" billing zip ", " zip ", ", "]), P(z, "POSTCODE"))
    conv.a(f"Charged. You should hear back within 24-48 hrs. Confirmation goes to the email on file?")
    conv.c("send it to ", P(em, "EMAIL"), " instead")
    return conv, "chat/tax US: two SSNs (mistyped then corrected, both real-shaped), card + billing ZIP in one message, email amid error code, price, hours"


def s_card_agent_echo(rng):
    conv = Conv()
    card = gen_card(rng)
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    cv = gen_cvv(rng, card)
    uk = rng.random() < 0.5
    pc = gen_uk_pc(rng) if uk else gen_zip(rng)
    conv.a("okay so that's the ", rng.choice(["annual pet cover", "breakdown cover", "travel insurance"]), " for ", money_say(rng), " and it starts on ", date_say(rng), " do you want to pay by card")
    conv.c("yeah go on")
    conv.a("right i'll take it four digits at a time and repeat them back to you")
    groups = card_groups(card)
    if len(groups) > 4:
        groups = groups[:3] + ["".join(groups[3:])]
    gid, egid = new_gid(), new_gid()
    for i, g in enumerate(groups):
        conv.c(P(say_digits(rng, g, uk, filler=0.1), "CARD_NUMBER", gid))
        echo = say_digits(rng, g, uk, doubles=False)
        conv.a(P(echo, "CARD_NUMBER", egid), rng.choice([" yep", " okay", " got it", ""]) if i < len(groups) - 1 else " lovely and the expiry date")
    conv.c(P(say_expiry(rng, m, y), "EXPIRY"))
    conv.a("and the security code")
    conv.c("it's ", P(say_digits(rng, cv, uk), "CVV"), " i think yeah ", P(say_digits(rng, cv, uk), "CVV"))
    conv.a("and the postcode the card's registered to" if uk else "and the billing zip code")
    conv.c(P(say_uk_pc(rng, pc) if uk else say_digits(rng, pc, no_o=True), "POSTCODE"))
    conv.a("that's all gone through your policy number will come by email within the hour")
    return conv, "call/insurance UK-US: card read in groups with the agent echoing each group back, CVV said twice, expiry, postcode/ZIP amid premium and start date"


def s_ref_adjacent_chat(rng):
    conv = Conv()
    uk = rng.random() < 0.5
    ph = uk_mobile(rng) if uk else us_phone(rng)
    em = gen_email(rng)
    dob = gen_dob(rng)
    ref = ref_num(rng, 8)
    conv.a("Hi, you're chatting with Parcelpoint. How can I help?")
    conv.c(f"ref {ref} phone ", P(type_phone(rng, ph, "UK" if uk else "US"), "PHONE"), f" - parcel says 'attempted delivery' at {rng.randint(1, 6)}:{rng.choice(['12', '47', '03'])}pm but I was in all day")
    conv.a("Sorry about that. Could you confirm the email on the account and your date of birth?")
    conv.c(P(em, "EMAIL"), " ", P(type_dob(rng, dob, not uk), "DOB"))
    conv.a(f"Thanks. The parcel weighs {rng.randint(1, 20)}.{rng.randint(1, 9)}kg and is at the depot. Redelivery tomorrow between 7am and 1pm, or collect from store {rng.randint(100, 999)}?")
    conv.c(f"redeliver pls. order total was {'£' if uk else '$'}{rng.randint(20, 300)}.{rng.randint(10, 99)} so i dont want it lost")
    conv.a(f"Booked. New tracking ref {ref_num(rng, 9)}. If no one is home we'll text the number ending in the last digits you gave.")
    conv.c("great thanks")
    return conv, "chat/logistics UK-US: phone right after an 8-digit reference in one message, email + DOB back-to-back, amid times, weights, store number, amounts"


def s_landline_zip4_call(rng):
    conv = Conv()
    uk = rng.random() < 0.5
    if uk:
        area = rng.choice(["020", "0161", "0121", "0113"])
        rest = "".join(str(rng.randint(0, 9)) for _ in range(11 - len(area)))
        ph = area + rest
        spoken_ph = say_digits(rng, area, True, doubles=False) + " " + say_digits(rng, rest[:4], True) + " " + say_digits(rng, rest[4:], True)
    else:
        ph = us_phone(rng)
        spoken_ph = "area code " + say_digits(rng, ph[:3]) + " then " + say_digits(rng, ph[3:6]) + " " + say_pairs(rng, ph[6:])
    ssn = gen_ssn(rng)
    z = gen_zip(rng)
    z4 = ref_num(rng, 4)
    conv.a("thanks for calling ", rng.choice(["county water", "statewide gas", "metro electric"]), " customer service how can i help")
    conv.c("hi i'm opening an account for a new rental i move in on ", date_say(rng))
    conv.a("okay is there a home phone we can put on the account")
    if uk:
        conv.c("just the landline it's ", P(spoken_ph, "PHONE"))
        conv.a("thank you and what's the postcode of the new property")
        conv.c(P(say_uk_pc(rng, gen_uk_pc(rng)), "POSTCODE"), " it's a new build so it might not come up")
        conv.a("it's there and an email for the bills")
        conv.c(P(say_email(rng, gen_email(rng)), "EMAIL"))
        conv.a("lovely the deposit is ", money_say(rng), " which you get back after ", TEENS[2], " months")
    else:
        conv.c("sure the ", P(spoken_ph.replace("area code ", ""), "PHONE"), " that's the home")
        conv.turns[-1] = ("customer", ["sure it's area code ", P(say_digits(rng, ph[:3]), "PHONE", "LL"), " and then ", P(say_digits(rng, ph[3:6]) + " " + say_pairs(rng, ph[6:]), "PHONE", "LL")])
        conv.a("and for the credit check i need your social security number")
        conv.c(P(say_digits(rng, ssn[:3]) + " dash " + say_digits(rng, ssn[3:5]) + " dash " + say_digits(rng, ssn[5:]), "SSN"))
        conv.a("and the service zip code")
        conv.c(P(say_digits(rng, z, no_o=True) + " dash " + say_digits(rng, z4, no_o=True), "POSTCODE"))
        conv.a("great the deposit is ", money_say(rng), " which you get back after ", TEENS[2], " months of on time payments")
    conv.c("and when will it be switched on")
    conv.a("service starts at ", time_say(rng), " on your move in day your confirmation number is ", say_digits(rng, ref_num(rng, 8)))
    conv.c("perfect thanks")
    return conv, "call/utilities UK-US: landline with area code (UK) or US area code split inside one turn, SSN said with 'dash', ZIP+4 with 'dash', amid deposit and dates"


POS_SCENARIOS = [s_telecom_uk_bill, s_retail_us_chat, s_gov_uk_ni, s_health_us_ssn, s_bank_uk_chat,
                 s_util_ie_iban, s_ins_us_call, s_travel_eu_chat, s_bank_uk_fraud_call,
                 s_telecom_us_call, s_ins_uk_chat, s_util_uk_call, s_gov_us_chat, s_ni_split_call,
                 s_retail_card_readback, s_email_phone_call, s_bank_us_call, s_mixed_ie_chat,
                 s_ssn_correction_call, s_chat_typos, s_homophone_call, s_two_in_one_chat,
                 s_card_chat_split, s_ie_bank_call, s_us_chat_ssn_card, s_card_agent_echo,
                 s_ref_adjacent_chat, s_landline_zip4_call]


# ----------------------------------------------------------------------------
# negative scenarios
# ----------------------------------------------------------------------------
def n_telecom_bill(rng):
    conv = Conv()
    conv.a("thanks for calling you're through to billing how can i help")
    conv.c("hi my bill's gone up to ", money_say(rng), " and i'm on the ", say_pair(rng.randint(20, 45), 'oh'), " pound plan")
    conv.a("okay i can see that's because your contract ended on ", date_say(rng), " and the price went up by ", say_n(rng.randint(3, 15)), " percent")
    conv.c("nobody told me i've been with you ", ONES[rng.randint(3, 9)], " years")
    conv.a("i can offer you ", say_pair(rng.randint(30, 99), 'oh'), " gig of data for ", money_say(rng), " a month on a twenty four month contract")
    conv.c("what about the one at ", say_pair(rng.randint(10, 30), 'oh'), " ninety nine")
    conv.a("that one's got unlimited minutes and ", TEENS[rng.randint(0, 9)], " gig")
    conv.c("go on then")
    conv.a("lovely your reference for today is ", say_digits(rng, ref_num(rng, 7)), " and it starts on ", date_say(rng))
    conv.c("thanks very much")
    return conv, "call/telecom UK: prices, percentages, contract dates, data sizes, spoken reference number"


def n_order_chat(rng):
    conv = Conv()
    conv.a("Hi! Thanks for contacting ShopRight. How can I help?")
    conv.c(f"order {ref_num(rng, 9)} arrived with 2 of the 6 glasses broken")
    conv.a(f"So sorry! I can refund ${rng.randint(5, 40)}.{rng.randint(10, 99)} for the broken items or send replacements.")
    conv.c(f"replacements please, they were the model GL-{rng.randint(100, 999)} ones")
    conv.a(f"Done - replacement order #{ref_num(rng, 8)} ships tomorrow by {rng.randint(5, 8)}pm. Ticket {ref_num(rng, 7)}.")
    conv.c(f"great, and can i use the 15% code from my birthday email?")
    conv.a(f"Yes, that's applied - it saves you ${rng.randint(3, 12)}.{rng.randint(10, 99)} on your next order before Dec {rng.randint(1, 31)}.")
    conv.c("ty!")
    return conv, "chat/retail US: order, replacement and ticket numbers, model number, prices, percentage, times"


def n_travel_call(rng):
    conv = Conv()
    conv.a("skyeuro reservations how can i help")
    conv.c("hi i'm on flight ", rng.choice(["b a", "e i", "u a", "ryanair"]), " ", say_pairs(rng, str(rng.randint(100, 9999))), " on ", date_say(rng), " and i want to change it")
    conv.a("sure that departs at ", time_say(rng), " and lands at ", time_say(rng), " there's a change fee of ", money_say(rng))
    conv.c("is there anything a day later")
    conv.a("yes the ", time_say(rng), " on the ", ORD[rng.randint(1, 28)], " there are ", ONES[rng.randint(2, 9)], " seats left at ", money_say(rng))
    conv.c("okay and can i get a hotel room for ", ONES[rng.randint(2, 5)], " nights")
    conv.a("the airport hotel has room ", say_digits(rng, str(rng.randint(100, 650))), " available at ", say_pair(rng.randint(60, 99), 'oh'), " euro a night")
    conv.c("perfect book it")
    conv.a("done your booking reference is ", say_digits(rng, ref_num(rng, 6)), " and the temperature there is about ", say_pair(rng.randint(12, 30), 'oh'), " degrees this week")
    return conv, "call/travel: flight number, times, dates, fees, seats, nights, room number, booking reference, temperature"


def n_util_meter(rng):
    conv = Conv()
    conv.a("hello you're through to bright energy can i help")
    conv.c("yeah i want to give a meter reading it's ", say_digits(rng, ref_num(rng, 5), True))
    conv.a("thank you and the night reading")
    conv.c(say_digits(rng, ref_num(rng, 5), True))
    conv.a("that's ", say_digits(rng, str(rng.randint(200, 900))), " units since ", date_say(rng), " so about ", money_say(rng))
    conv.c("and my direct debit is ", money_say(rng), " is that enough")
    conv.a("you're in credit by ", money_say(rng), " so i'll leave it as it is the next review is on ", date_say(rng))
    conv.c("grand and the engineer is coming between ", time_say(rng), " and ", time_say(rng), " on ", rng.choice(["monday", "tuesday", "friday"]))
    conv.a("that's right job number ", say_digits(rng, ref_num(rng, 8)))
    conv.c("lovely thanks")
    return conv, "call/utilities: meter readings, units, amounts, credit balance, dates, times, job number"


def n_bank_balance(rng):
    conv = Conv()
    conv.a("Harbour Bank chat, how can I help?")
    conv.c(f"whats my balance? app says £{rng.randint(100, 9000)}.{rng.randint(10, 99)} but I paid in £{rng.randint(100, 999)} on {rng.randint(1, 28)}/{rng.randint(1, 12)}")
    conv.a(f"Deposits after 3:30pm clear next working day. Your available balance will be £{rng.randint(1000, 9999)}.{rng.randint(10, 99)} tomorrow.")
    conv.c(f"ok. also my overdraft limit is £{rng.randint(2, 20)}00, can it go to £{rng.randint(21, 50)}00?")
    conv.a(f"The rate is 39.9% EAR variable. I've logged request {ref_num(rng, 8)} and you'll hear within 48 hours.")
    conv.c(f"fine, im 34 and have banked with you since 2009 fwiw")
    conv.a("Noted, thank you!")
    return conv, "chat/banking: balances, deposit amounts, payment date, times, overdraft, rate, request number, age, year"


def n_health_appt(rng):
    conv = Conv()
    conv.a("mercy health scheduling how can i help")
    conv.c("hi i need to move my appointment from ", date_say(rng), " at ", time_say(rng))
    conv.a("sure i have ", rng.choice(["monday", "wednesday", "thursday"]), " the ", ORD[rng.randint(1, 28)], " at ", time_say(rng), " with doctor ", rng.choice(LAST))
    conv.c("that works and how much is the copay")
    conv.a("it's ", say_pair(rng.randint(20, 60), 'oh'), " dollars and your deductible has ", money_say(rng), " remaining")
    conv.c("okay my daughter is ", ONES[rng.randint(4, 9)], " and she needs her ", ONES[rng.randint(2, 5)], " year checkup too")
    conv.a("i can put her in right after at ", time_say(rng), " room ", say_digits(rng, str(rng.randint(100, 420))), " on the ", ORD[rng.randint(2, 6)], " floor")
    conv.c("perfect thank you")
    conv.a("your confirmation number is ", say_digits(rng, ref_num(rng, 7)))
    return conv, "call/healthcare: appointment dates and times, copay, deductible, ages, room and floor, confirmation number"


def n_insurance_claim(rng):
    conv = Conv()
    conv.a("liberty claims how can i help")
    conv.c("calling about claim number ", say_digits(rng, ref_num(rng, 9)), " the hail damage from ", date_say(rng))
    conv.a("yes the adjuster approved ", money_say(rng), " minus your ", rng.choice(["five hundred", "one thousand", "two fifty"]), " dollar deductible")
    conv.c("the roofer quoted ", say_pair(rng.randint(11, 19), 'oh'), " thousand ", ONES[rng.randint(1, 9)], " hundred")
    conv.a("you can send that quote in and we'll review it within ", say_pair(rng.randint(10, 30), 'oh'), " days the policy started in twenty ", say_pair(rng.randint(10, 24), 'oh'))
    conv.c("the house was built in nineteen ", say_pair(rng.randint(50, 99), 'oh'), " if that matters and the wind was like ", say_pair(rng.randint(50, 90), 'oh'), " miles an hour")
    conv.a("noted i've added that to the file")
    conv.c("thanks")
    return conv, "call/insurance US: claim number, amounts, deductible, quotes, years, wind speed, durations"


def n_gov_chat(rng):
    conv = Conv()
    conv.a("Welcome to the council tax helpdesk. How can I help?")
    conv.c(f"my council tax went up to £{rng.randint(1500, 2600)}.{rng.randint(10, 99)} for band {rng.choice('ABCDEF')}, it was £{rng.randint(1300, 1499)} last year")
    conv.a(f"This year's increase is 4.99%. You can pay in 10 or 12 instalments, first on {rng.randint(1, 28)} April.")
    conv.c(f"12 please. there are 2 adults and 3 kids here, can i get the 25% single discount? my partner moved out on {rng.randint(1, 28)}/0{rng.randint(1, 9)}/2026")
    conv.a(f"Yes, I've applied it from that date. Your new monthly amount is £{rng.randint(90, 180)}.{rng.randint(10, 99)}. Reference CT{ref_num(rng, 8)}.")
    conv.c("thank you")
    return conv, "chat/government UK: council tax amounts, band, percentages, instalments, counts, non-birth date, reference"


def n_tech_support(rng):
    conv = Conv()
    conv.a("greenline broadband technical support how can i help")
    conv.c("my internet's only getting ", say_n(rng.randint(2, 15)), " meg and i'm paying for ", rng.choice(["five hundred", "nine hundred", "one gig"]))
    conv.a("okay what router model is it it'll be on the sticker")
    conv.c("it says hub ", ONES[rng.randint(2, 6)], " model ", say_digits(rng, str(rng.randint(1000, 9999))))
    conv.a("i can see it's been up for ", say_pair(rng.randint(20, 99), 'oh'), " days can you restart it and wait about ", ONES[rng.randint(2, 5)], " minutes")
    conv.c("okay done the lights are green now")
    conv.a("great i'm seeing ", ONES[rng.randint(4, 9)], " hundred and ", say_pair(rng.randint(10, 90), 'oh'), " megabits now")
    conv.c("yeah speed test says ", say_pair(rng.randint(40, 99), 'oh'), " ping ", say_pair(rng.randint(10, 30), 'oh'))
    conv.a("perfect i'll close ticket ", say_digits(rng, ref_num(rng, 8)), " you'll get a survey in ", TEENS[4], " hours")
    return conv, "call/telecom: speeds, router model numbers, uptime, minutes, ping, ticket number"


def n_retail_call_prices(rng):
    conv = Conv()
    conv.a("homestore customer services how can i help")
    conv.c("hi i ordered a fridge on ", date_say(rng), " order number ", say_digits(rng, ref_num(rng, 8)), " it was ", money_say(rng))
    conv.a("yes it's due on ", date_say(rng), " between ", time_range(rng, " and "))
    conv.c("can you do it earlier it's ", say_pair(rng.randint(20, 35), 'oh'), " degrees and the old one's broken")
    conv.a("i can do ", rng.choice(["tomorrow", "thursday", "saturday"]), " for an extra ", money_say(rng), " or free if you take the ", ONES[rng.randint(2, 9)], " to ", TEENS[rng.randint(1, 9)], " slot")
    conv.c("free slot please and it's the ", say_digits(rng, str(rng.randint(100, 999))), " litre one right")
    conv.a("yes the model ", rng.choice(["f", "r", "x"]), " ", say_digits(rng, str(rng.randint(1000, 9999))), " in silver quantity ", ONES[1])
    conv.c("perfect thanks")
    return conv, "call/retail: order number, prices, delivery dates/times, temperature, litres, model number, quantity"


def n_travel_chat(rng):
    conv = Conv()
    conv.a("Hi, SkyEuro here. How can I help?")
    conv.c(f"hi my flight {rng.choice(['SE', 'FR', 'BA'])}{rng.randint(100, 2999)} tomorrow at {rng.randint(6, 21):02d}:{rng.choice(['05', '35', '50'])} - can I add a bag? booking {''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(6))}")
    conv.a(f"Sure, a 23kg bag is €{rng.randint(25, 60)} online or €{rng.randint(61, 90)} at the airport. You're in seat {rng.randint(1, 33)}{rng.choice('ABCDEF')}.")
    conv.c(f"ok add 1 bag. also gate says B{rng.randint(1, 40)}, is it on time?")
    conv.a(f"Currently delayed by {rng.randint(15, 95)} minutes, new departure {rng.randint(6, 22):02d}:{rng.choice(['10', '40', '55'])}. Flight time is 2h {rng.randint(5, 55)}m.")
    conv.c(f"fine. is the lounge open? I have {rng.randint(2000, 40000)} points")
    conv.a(f"Yes, entry is 4,000 points. Bag added - receipt no. {ref_num(rng, 8)}.")
    conv.c("thanks")
    return conv, "chat/travel: flight numbers, times, booking code, bag weight and price, seat, gate, delay, points, receipt number"


def n_mortgage_call(rng):
    conv = Conv()
    conv.a("home loans team you're speaking with ", rng.choice(FIRST), " how can i help")
    conv.c("hi my fixed rate ends on ", date_say(rng), " and i want to look at what's next")
    conv.a("sure your balance is ", rng.choice(["one hundred and", "two hundred and", "ninety"]), " ", say_pair(rng.randint(11, 99), 'oh'), " thousand and you've got ", TEENS[rng.randint(2, 9)], " years left")
    conv.c("okay and what rates have you got")
    conv.a("a two year fix at ", ONES[rng.randint(3, 5)], " point ", say_digits(rng, str(rng.randint(10, 99))), " percent or five years at ", ONES[rng.randint(3, 5)], " point ", ONES[rng.randint(1, 9)], " with a fee of nine hundred and ninety nine")
    conv.c("what would the monthly payment be on the five year")
    conv.a("it'd be ", ONES[rng.randint(1, 2)], " thousand ", ONES[rng.randint(1, 9)], " hundred and ", say_pair(rng.randint(10, 99), 'oh'), " a month down from ", ONES[rng.randint(1, 2)], " thousand ", ONES[rng.randint(1, 9)], " hundred")
    conv.c("let's do that one we bought in twenty ", say_pair(rng.randint(10, 22), 'oh'), " so it's been a while")
    conv.a("great i'll send the offer it'll take about ", ONES[rng.randint(3, 9)], " working days case number ", say_digits(rng, ref_num(rng, 9)))
    conv.c("thanks a lot")
    return conv, "call/banking UK: mortgage balance, term, rates, fees, monthly payments, year, case number"


def n_gov_us_call(rng):
    conv = Conv()
    conv.a("department of motor vehicles this is ", rng.choice(FIRST), " how can i help")
    conv.c("hi i'm calling about case number ", say_digits(rng, ref_num(rng, 10)), " my registration renewal")
    conv.a("okay that was received on ", date_say(rng), " the fee was ", money_say(rng), " and it's been processed")
    conv.c("the sticker hasn't come and it's been ", ONES[rng.randint(3, 6)], " weeks")
    conv.a("they're mailed within ", TEENS[rng.randint(0, 5)], " business days i can reissue it for free the vehicle is the twenty ", say_pair(rng.randint(10, 24), 'oh'), " model right")
    conv.c("yes with about ", say_pair(rng.randint(20, 99), 'oh'), " thousand miles on it")
    conv.a("okay reissued you should get it by ", date_say(rng), " our office hours are ", time_range(rng, " to "))
    conv.c("thank you")
    return conv, "call/government US: 10-digit case number, dates, fee, durations, model year, mileage, office hours"


def n_insurance_uk_chat(rng):
    conv = Conv()
    conv.a("Hi, Shield Motor Insurance here. How can I help?")
    conv.c(f"hi my renewal is £{rng.randint(500, 1400)}.{rng.randint(10, 99)}, last year it was £{rng.randint(300, 499)}. I've had no claims for {rng.randint(3, 12)} years")
    conv.a(f"I understand. If I raise the voluntary excess to £{rng.choice([250, 350, 500])} and limit mileage to {rng.choice([5000, 7000, 8000])} miles a year, it comes to £{rng.randint(400, 600)}.{rng.randint(10, 99)}.")
    conv.c(f"ok and the car is parked in a garage overnight, its a 2019 1.6 petrol")
    conv.a(f"That brings it down another {rng.randint(3, 9)}%. Cover would start on {rng.randint(1, 28)} {rng.choice(MONTHS).title()} at 00:01.")
    conv.c("go for it")
    conv.a(f"Done. Policy reference SMI{ref_num(rng, 7)}. Documents within 24 hours.")
    return conv, "chat/insurance UK: premiums, excess, mileage, years, engine size, percentage, start date and time, policy reference"


def n_pharmacy_call(rng):
    conv = Conv()
    conv.a("pharmacy this is ", rng.choice(FIRST), " how can i help")
    conv.c("hi i'm calling to refill prescription number ", say_digits(rng, ref_num(rng, 7)), " for my mum she's ", say_n(rng.randint(60, 95)))
    conv.a("okay that's the ", rng.choice(["five hundred milligram", "twenty milligram", "two point five milligram"]), " tablets ", say_n(rng.randint(28, 90)), " of them she takes ", ONES[rng.randint(1, 3)], " a day")
    conv.c("yes and it was due on ", date_say(rng))
    conv.a("it'll be ready after ", time_say(rng), " tomorrow the copay is ", say_n(rng.randint(5, 40)), " dollars and she has ", ONES[rng.randint(2, 5)], " refills left")
    conv.c("great and can she get the flu jab at the same time she had it last in twenty ", say_pair(rng.randint(19, 25), 'oh'))
    conv.a("yes we do walk ins until ", time_say(rng), " it takes about ", TEENS[5], " minutes")
    conv.c("lovely thank you")
    return conv, "call/healthcare pharmacy: prescription number, age, dosages, tablet counts, due date, times, copay, refills, year"


def n_energy_chat(rng):
    conv = Conv()
    conv.a("Hi, Bright Energy live chat. How can I help?")
    conv.c(f"hi submitting readings: elec {ref_num(rng, 5)} gas {ref_num(rng, 5)} taken {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026")
    conv.a(f"Thanks! That's {rng.randint(150, 900)} kWh this quarter. Your unit rate is {rng.randint(20, 29)}.{rng.randint(10, 99)}p/kWh and standing charge {rng.randint(40, 60)}.{rng.randint(10, 99)}p/day.")
    conv.c(f"ok so whats my balance? last payment was €{rng.randint(50, 200)} on the {rng.choice(['3rd', '15th', '28th'])}")
    conv.a(f"You're €{rng.randint(10, 150)}.{rng.randint(10, 99)} in credit. Your next bill is due {rng.randint(1, 28)} {rng.choice(MONTHS).title()}.")
    conv.c(f"thermostat is on {rng.randint(18, 22)} degrees, is that why its higher than last year? we're 4 people now")
    conv.a(f"Likely yes - usage is up {rng.randint(5, 30)}%. Ticket {ref_num(rng, 7)} logged for a smart meter visit.")
    return conv, "chat/utilities Ireland: typed meter readings and reading date, kWh, unit rates, payment amounts and dates, credit balance, temperature, household size, percentage, ticket"


NEG_SCENARIOS = [n_telecom_bill, n_order_chat, n_travel_call, n_util_meter, n_bank_balance,
                 n_health_appt, n_insurance_claim, n_gov_chat, n_tech_support, n_retail_call_prices,
                 n_travel_chat, n_mortgage_call, n_gov_us_call, n_insurance_uk_chat, n_pharmacy_call,
                 n_energy_chat]


# ----------------------------------------------------------------------------
# normalising + validation
# ----------------------------------------------------------------------------
WORDNUM = {w: i for i, w in enumerate(ONES)}
WORDNUM.update({"oh": 0, "o": 0, "nought": 0, "zero": 0, "nil": 0})
TEENNUM = {w: 10 + i for i, w in enumerate(TEENS)}
TENNUM = {w: i * 10 for i, w in enumerate(TENS) if w}
HOMONUM = {"to": "2", "too": "2", "for": "4", "won": "1", "ate": "8", "tree": "3"}
SKIP = set(FILLERS) | {"and", "slash", "dash", "hyphen", "like"}


def spoken_to_alnum(text: str, letters: bool) -> str:
    """Turn a spoken/typed reading into a compact string of digits (and letters)."""
    toks = re.findall(r"[a-z0-9-]+", text.lower().replace("x-ray", "xray"))
    toks = [t for tok in toks for t in tok.split("-") if t]
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t.isdigit():
            out.append(t)
        elif letters and len(t) == 1 and t.isalpha() and nxt == "for":
            out.append(t.upper())
            i += 3
            continue
        elif t in ("double", "triple") and nxt in WORDNUM:
            out.append(str(WORDNUM[nxt]) * (2 if t == "double" else 3))
            i += 2
            continue
        elif not letters and t in HOMONUM:
            out.append(HOMONUM[t])
        elif t in WORDNUM and not (letters and t == "o"):
            out.append(str(WORDNUM[t]))
        elif t in TEENNUM:
            out.append(str(TEENNUM[t]))
        elif t in TENNUM:
            if nxt in WORDNUM and nxt not in ("zero", "oh", "o", "nought") and WORDNUM[nxt] > 0:
                out.append(str(TENNUM[t] + WORDNUM[nxt]))
                i += 2
                continue
            out.append(str(TENNUM[t]))
        elif t == "hundred" and out:
            j = i + 1
            while j < len(toks) and toks[j] == "and":
                j += 1
            rest = toks[j] if j < len(toks) else ""
            last = out.pop()
            if rest in TEENNUM:
                out.append(last + str(TEENNUM[rest]))
                i = j + 1
                continue
            if rest in TENNUM:
                nn = TENNUM[rest]
                k = j + 1
                if k < len(toks) and toks[k] in WORDNUM and WORDNUM[toks[k]] > 0:
                    nn += WORDNUM[toks[k]]
                    k += 1
                out.append(last + f"{nn:02d}")
                i = k
                continue
            if rest in WORDNUM and j > i + 1:
                out.append(last + f"0{WORDNUM[rest]}")
                i = j + 1
                continue
            out.append(last + "00")
        elif t == "thousand" and out:
            j = i + 1
            while j < len(toks) and toks[j] == "and":
                j += 1
            rest = toks[j] if j < len(toks) else ""
            last = out.pop()
            if rest in TEENNUM:
                out.append(last + "0" + str(TEENNUM[rest]))
                i = j + 1
                continue
            if rest in WORDNUM:
                out.append(last + "00" + str(WORDNUM[rest]))
                i = j + 1
                continue
            out.append(last + "000")
        elif t == "plus":
            out.append("+")
        elif letters and len(t) == 1 and t.isalpha():
            out.append(t.upper())
        elif letters and t in SKIP:
            pass
        elif t in SKIP or t == "for" or t in NATO.values() or t == "xray" or t in FOLK.values():
            pass
        elif letters and t.isalnum():
            out.append(t.upper())
        else:
            out.append("?" + t)
        i += 1
    return "".join(out)


UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
EMAIL_RE = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
STREET_WORDS = {"street", "st", "avenue", "ave", "road", "rd", "lane", "ln", "drive", "close",
                "way", "grove", "crescent", "terrace", "view", "hill", "court", "boulevard", "park"}


def norm_email(t: str) -> str:
    s = t.lower()
    if "@" not in s:
        s = re.sub(r"\bat sign\b", "@", s)
        s = re.sub(r"\bat\b", "@", s)
        s = re.sub(r"\bdot\b", ".", s)
        s = re.sub(r"\bunderscore\b", "_", s)
        s = re.sub(r"\bdash\b", "-", s)
        parts = []
        for tok in s.split():
            if tok in WORDNUM or tok in ("double", "triple"):
                parts.append(tok)
            else:
                parts.append(" " + tok + " ")
        s = " ".join(parts)
        s = re.sub(r"(?:(?:double|triple) )?(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?: (?:(?:double|triple) )?(?:zero|oh|one|two|three|four|five|six|seven|eight|nine))*",
                   lambda m: spoken_to_alnum(m.group(0), False), s)
        s = s.replace(" ", "")
    return s


def validate_value(typ: str, texts: list[str]) -> str | None:
    joined = " ".join(texts)
    if typ == "EMAIL":
        v = norm_email(joined)
        return None if EMAIL_RE.match(v) else f"bad email {v!r}"
    if typ == "ADDRESS":
        d = spoken_to_alnum(re.sub(r"[A-Za-z]+", lambda m: m.group(0) if m.group(0).lower() in WORDNUM or m.group(0).lower() in TEENNUM or m.group(0).lower() in TENNUM or m.group(0).lower() in ("hundred", "and", "double") else "", joined), False)
        words = set(re.findall(r"[a-z]+", joined.lower()))
        ok = re.search(r"\d", d) and words & STREET_WORDS
        return None if ok else f"bad address {joined!r}"
    if typ in ("DOB", "EXPIRY"):
        low = joined.lower()
        has_month = any(m in low or m[:3] in low for m in MONTHS)
        d = re.sub(r"\D", "", spoken_to_alnum(re.sub(r"[a-z]+", lambda m: "" if m.group(0) in MONTHS or m.group(0)[:3] in [x[:3] for x in MONTHS] or m.group(0) in ("of", "the", "st", "nd", "rd", "th") or m.group(0) in ORD else m.group(0), low.replace("twenty first", "").replace("twenty second", "").replace("twenty third", "").replace("twenty fourth", "").replace("twenty fifth", "").replace("twenty sixth", "").replace("twenty seventh", "").replace("twenty eighth", "")), False))
        if typ == "DOB":
            ok = (has_month and len(d) >= 2) or len(d) >= 6
        else:
            ok = (has_month and len(d) in (2, 4)) or len(d) in (3, 4, 6)
        return None if ok else f"bad {typ} {joined!r} -> {d!r}"
    letters = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
    v = spoken_to_alnum(joined, letters)
    if "?" in v:
        return f"unparsed token in {typ} {joined!r} -> {v!r}"
    v = v.replace("+", "") if typ != "PHONE" else v
    if typ == "CARD_NUMBER":
        return None if v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v) else f"bad card {v}"
    if typ == "SSN":
        return None if v.isdigit() and len(v) == 9 else f"bad ssn {v}"
    if typ == "CVV":
        return None if v.isdigit() and len(v) in (3, 4) else f"bad cvv {v}"
    if typ == "SORT_CODE":
        return None if v.isdigit() and len(v) == 6 else f"bad sort code {v}"
    if typ == "BANK_ACCOUNT":
        return None if v.isdigit() and 8 <= len(v) <= 12 else f"bad account {v}"
    if typ == "PHONE":
        dd = v.replace("+", "")
        return None if dd.isdigit() and 10 <= len(dd) <= 13 else f"bad phone {v}"
    if typ == "NI_NUMBER":
        return None if NI_RE.match(v) else f"bad NI {v}"
    if typ == "IBAN":
        return None if iban_valid(v) and 15 <= len(v) <= 34 else f"bad iban {v}"
    if typ == "POSTCODE":
        ok = UK_PC_RE.match(v) or re.fullmatch(r"\d{5}(\d{4})?", v)
        return None if ok else f"bad postcode {v}"
    return f"unknown type {typ}"


# ----------------------------------------------------------------------------
# generation
# ----------------------------------------------------------------------------
N_POS_ROUNDS = 8  # 28 scenarios x 8 = 224 positives
N_NEG_ROUNDS = 8  # 16 scenarios x 8 = 128 negatives


CLOSE_CALL = [("is there anything else i can help with today", "no that's everything thanks"),
              ("you'll get a short survey by text in the next two hours", "okay no problem"),
              ("just so you know calls are recorded for thirty days", "that's fine"),
              ("and if you ring back after six tonight we're open till eight", "okay cheers"),
              ("i've added a note to the account so you won't need to explain it again", "brilliant thank you")]
CLOSE_CHAT = [("Is there anything else I can help with?", "no thats all, thanks!"),
              ("You'll receive a 2-question survey after this chat.", "ok"),
              ("Our chat team is available 8am-10pm, 7 days a week.", "good to know ty"),
              ("This chat will close after 5 minutes of inactivity.", "np, bye")]


def add_closing(rng, conv, chat):
    a, c = rng.choice(CLOSE_CHAT if chat else CLOSE_CALL)
    conv.a(a)
    conv.c(c)


def generate():
    rng = random.Random(SEED)
    _gid_counter[0] = 0
    cases, groups = [], []
    pos = []
    for r in range(N_POS_ROUNDS):
        for fn in POS_SCENARIOS:
            CUR[0] = CURRENCY[SCEN_COUNTRY.get(fn.__name__, "UK")]
            conv, note = fn(rng)
            pos.append((conv, note))
    rng.shuffle(pos)
    for i, (conv, note) in enumerate(pos, 1):
        turns, spans, grp = build(conv)
        cases.append({"id": f"{PREFIX}-pos-{i:03d}", "kind": "positive", "turns": turns,
                      "spans": spans, "note": note})
        groups.append(grp)
    neg = []
    for r in range(N_NEG_ROUNDS):
        for fn in NEG_SCENARIOS:
            CUR[0] = CURRENCY[SCEN_COUNTRY.get(fn.__name__, "UK")]
            conv, note = fn(rng)
            while len(conv.turns) < 8:
                add_closing(rng, conv, note.startswith("chat/"))
            neg.append((conv, note))
    rng.shuffle(neg)
    for i, (conv, note) in enumerate(neg, 1):
        turns, spans, grp = build(conv)
        assert not spans
        cases.append({"id": f"{PREFIX}-neg-{i:03d}", "kind": "negative", "turns": turns,
                      "spans": [], "note": note})
        groups.append([])
    return cases, groups


SCEN_COUNTRY = {
    "s_retail_us_chat": "US", "s_health_us_ssn": "US", "s_util_ie_iban": "IE", "s_ins_us_call": "US",
    "s_travel_eu_chat": "EU", "s_telecom_us_call": "US", "s_gov_us_chat": "US",
    "s_retail_card_readback": "US", "s_bank_us_call": "US", "s_mixed_ie_chat": "IE",
    "s_ssn_correction_call": "US", "n_order_chat": "US", "n_travel_call": "EU", "n_util_meter": "IE",
    "n_health_appt": "US", "n_pharmacy_call": "US", "n_energy_chat": "IE", "n_gov_us_call": "US", "n_insurance_claim": "US", "n_retail_call_prices": "UK",
}


def serialise(cases) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    npos = sum(c["kind"] == "positive" for c in cases)
    return cnt, npos, len(cases) - npos


def readme_text(cases) -> str:
    cnt, npos, nneg = counts(cases)
    rows = "\n".join(f"| {t} | {cnt.get(t, 0)} |" for t in TYPES)
    return f"""# pii_holdout111 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data it
was not developed against. Do not add rules, patterns, thresholds or examples
derived from these cases.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its documentation, its benchmark or any other PII fixture
(only a three-line example of the JSONL format). Cases are produced by
`scripts/make_pii_holdout111.py` from template functions; every turn is assembled
from plain-text segments and labelled `(value, TYPE)` segments so character offsets
are computed, never typed. All values come from one `random.Random({SEED})`; the
output is byte-for-byte reproducible. `python scripts/make_pii_holdout111.py --check`
regenerates the set, compares it with the file and validates every span.

Emphasis: longer, realistic whole calls and chats (positives 8-20 turns, negatives 8-10
turns) where PII appears amid
normal conversation about the customer's problem, surrounded by non-PII numbers
(amounts, dates, reference/claim/order numbers, times, meter readings, percentages).
Calls are written as an ASR transcript would (lower case, no punctuation, numbers as
words, "oh"/"o"/"nought" for zero, "double"/"triple", pairs such as "forty one",
letters spelled "j for juliet", e-mails as "dot"/"at"); chats are typed with varied
separators and case. Industries: telecom, retail, government (UK and US), healthcare
billing, banking, insurance, utilities, travel; countries UK, US, Ireland, EU.

## Annotation conventions

* A span covers only the value itself: no lead-in words ("it's", "the number is",
  "sort code"), no trailing chit-chat. Filler words *inside* a reading ("four one um
  four seven") are inside the span.
* When a value is read over several turns (card in groups, NI number letters /
  digits / suffix, SSN 3-2-4, IBAN in chunks, account number in halves), each turn's
  piece is its own span of the same type.
* Agent read-backs of a full value are labelled too (they are PII as well).
* Self-corrections: only the final, complete reading is labelled; the abandoned
  partial fragment before "no sorry" is left unlabelled (redacting it is harmless).
* Spelled letters "b for bravo" are entirely inside the span. Separator words said
  between digit groups ("dash", "slash") are inside the span; lead words such as
  "area code", "zip", "sort code" are outside. ASR homophones standing for digits
  ("to"/"too" = 2, "for" = 4, "won" = 1, "ate" = 8, "tree" = 3) are inside the span.
* A value said twice (CVV repeated, e-mail spelled back, SSN retyped after a typo)
  gets a span for every occurrence.
* DOB spans are the date expression only (no "the", "born"). EXPIRY is the month/year
  expression; CVV the digits only.
* ADDRESS is the street line (house number + street name, optional flat prefix); the
  town/state is not labelled; the postcode / ZIP is a separate POSTCODE span.
* PHONE includes a leading "+44"/"plus four four" country code when said.
* Card "last four" digits are never used; reference, order, claim, ticket, job and
  booking numbers, flight numbers, room numbers, model numbers and meter readings are
  never labelled (they appear in positives unlabelled and in the negatives).
* Negative cases contain no PII at all; anything redacted in them is a false positive.

## Counts

Positive cases: {npos}; negative cases: {nneg}.

| type | spans |
|---|---|
{rows}
"""


def check(cases, groups, text_on_disk: str) -> list[str]:
    problems = []
    if serialise(cases) != text_on_disk:
        problems.append("cases.jsonl differs from regenerated output (not reproducible or stale)")
    if README.exists() and README.read_text(encoding="utf-8") != readme_text(cases):
        problems.append("README.md differs from regenerated output")
    try:
        disk = [json.loads(l) for l in text_on_disk.splitlines()]
    except json.JSONDecodeError as e:
        return problems + [f"invalid JSON: {e}"]
    ids = [c["id"] for c in disk]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for c, grp in zip(disk, groups):
        cid = c["id"]
        if c["kind"] not in ("positive", "negative"):
            problems.append(f"{cid}: bad kind")
        if c["kind"] == "negative" and c["spans"]:
            problems.append(f"{cid}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(f"{cid}: positive without spans")
        if not (c["kind"] == "negative" or 8 <= len(c["turns"]) <= 20) and c["kind"] == "positive":
            problems.append(f"{cid}: {len(c['turns'])} turns")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"].strip():
                problems.append(f"{cid}: bad turn")
        bytur = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append(f"{cid}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append(f"{cid}: turn out of range")
                continue
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                problems.append(f"{cid}: offsets out of range")
                continue
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                problems.append(f"{cid}: span not on word boundary {txt[max(0, a - 3):b + 3]!r}")
            if txt[a].isspace() or txt[b - 1].isspace():
                problems.append(f"{cid}: span has edge whitespace")
            bytur.setdefault(s["turn"], []).append((a, b))
        for tu, lst in bytur.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append(f"{cid}: overlapping spans in turn {tu}")
        covered = set()
        for g in grp:
            covered.update(g)
            typs = {c["spans"][k]["type"] for k in g}
            if len(typs) != 1:
                problems.append(f"{cid}: mixed-type group")
                continue
            texts = [c["turns"][c["spans"][k]["turn"]]["text"][c["spans"][k]["start"]:c["spans"][k]["end"]] for k in g]
            err = validate_value(typs.pop(), texts)
            if err:
                problems.append(f"{cid}: {err}")
        if covered != set(range(len(c["spans"]))):
            problems.append(f"{cid}: span grouping mismatch")
    cnt, npos, nneg = counts(disk)
    if npos < 170:
        problems.append(f"only {npos} positives")
    if nneg < 100:
        problems.append(f"only {nneg} negatives")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt.get(t, 0) < need:
            problems.append(f"type {t}: only {cnt.get(t, 0)} spans (< {need})")
    return problems


def main(argv):
    cases, groups = generate()
    if "--check" in argv:
        disk = CASES.read_text(encoding="utf-8") if CASES.exists() else ""
        problems = check(cases, groups, disk)
        cnt, npos, nneg = counts(cases)
        print(f"pii_holdout111: {npos} positive, {nneg} negative cases, {sum(cnt.values())} spans")
        for t in TYPES:
            print(f"  {t:13s} {cnt.get(t, 0)}")
        if problems:
            print(f"{len(problems)} PROBLEM(S):")
            for p in problems[:200]:
                print("  " + p)
            return 1
        print("check OK")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(serialise(cases), encoding="utf-8")
    README.write_text(readme_text(cases), encoding="utf-8")
    cnt, npos, nneg = counts(cases)
    print(f"wrote {CASES.relative_to(ROOT)}: {npos} positive, {nneg} negative, {sum(cnt.values())} spans")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

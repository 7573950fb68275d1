#!/usr/bin/env python3
"""Generate (or check) the second held-out labelled PII set.

Output: tests/fixtures/pii_holdout2/cases.jsonl and README.md.

The set was written independently of the redaction code and of the other PII
fixture sets.  It must never be used to tune the redactor; it is for measuring
it only.

Each case is written as turns carrying inline markup ``[[TYPE|value]]``; the
markup is stripped and the character offsets of ``value`` become the span.
Values are produced by seeded generators (Luhn-valid cards, mod-97-valid IBANs,
well-formed NI numbers, ...) and rendered the way an ASR transcript or a typed
chat would show them.  Placeholders ``{name.attr}`` / ``{name.attr[i]}`` in a
template pick a rendering of a value; the same name within one case means the
same underlying value (so an agent read-back repeats the customer's number).

    python scripts/make_pii_holdout2.py           # (re)write the files
    python scripts/make_pii_holdout2.py --check   # validate the written file

``--check`` validates the JSONL as written: schema, offsets (non-empty, trimmed,
no leading "the"/"my", non-overlapping), that the file equals what the generator
produces, and per-type value checks on the labelled text after converting
spoken forms ("oh", "double", "forty five", "g for golf", ...): Luhn and 13-19
digits for cards (pieces split over turns are joined), mod-97 and country
length for IBANs, formats for NI numbers, SSNs, sort codes, postcodes, e-mails,
phones, expiry dates and dates of birth.  Negatives must have no spans and no
Luhn-valid 13-19 digit runs; any typed e-mail address anywhere must be labelled.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout2"
CASES_PATH = OUT_DIR / "cases.jsonl"
README_PATH = OUT_DIR / "README.md"
SEED = 20250611

TYPES = (
    "CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
    "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS",
)
MIN_POSITIVE = 150
MIN_NEGATIVE = 80

# --------------------------------------------------------------------------
# words
# --------------------------------------------------------------------------
ONES = "zero one two three four five six seven eight nine".split()
TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
         "eighteen nineteen").split()
TENS = [None, None] + "twenty thirty forty fifty sixty seventy eighty ninety".split()
MONTHS = ("january february march april may june july august september "
          "october november december").split()
_ORD_1_19 = ("first second third fourth fifth sixth seventh eighth ninth tenth "
             "eleventh twelfth thirteenth fourteenth fifteenth sixteenth "
             "seventeenth eighteenth nineteenth").split()
ORDINALS = [""] + _ORD_1_19 + ["twentieth"] + [
    "twenty " + o for o in _ORD_1_19[:9]] + ["thirtieth", "thirty first"]
NATO = {
    "a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
    "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
    "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
    "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
    "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
    "z": "zulu",
}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["whisky"] = "w"
NATO_REV["juliett"] = "j"
ALT_FOR = {
    "a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward",
    "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london",
    "m": "mother", "n": "nellie", "o": "orange", "p": "peter", "r": "robert",
    "s": "sugar", "t": "tommy", "w": "william", "x": "xray", "y": "yellow",
    "z": "zebra",
}


def num_words(n: int, hyphen: bool = False) -> str:
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        if u == 0:
            return TENS[t]
        return TENS[t] + ("-" if hyphen else " ") + ONES[u]
    if n < 1000:
        h, r = divmod(n, 100)
        s = ONES[h] + " hundred"
        return s + (" and " + num_words(r, hyphen) if r else "")
    th, r = divmod(n, 1000)
    s = num_words(th) + " thousand"
    if r:
        s += (" and " if r < 100 else " ") + num_words(r, hyphen)
    return s


def year_words(y: int) -> str:
    if 2000 <= y <= 2009:
        return "two thousand" + ("" if y == 2000 else " and " + ONES[y - 2000])
    if 2010 <= y <= 2099:
        return "twenty " + num_words(y - 2000)
    hi, lo = divmod(y, 100)
    if lo == 0:
        return num_words(hi) + " hundred"
    if lo < 10:
        return f"{num_words(hi)} oh {ONES[lo]}"
    return f"{num_words(hi)} {num_words(lo)}"


def say_digits(s: str, zero: str = "oh", doubles: bool = False) -> str:
    words, i = [], 0
    while i < len(s):
        d, run = s[i], 1
        if doubles:
            while i + run < len(s) and s[i + run] == d and run < 3:
                run += 1
        w = zero if d == "0" else ONES[int(d)]
        words.append({1: w, 2: "double " + w, 3: "triple " + w}[run])
        i += run
    return " ".join(words)


def say_pair(p: str, zero: str = "oh") -> str:
    if p[0] == "0":
        return zero + " " + (zero if p[1] == "0" else ONES[int(p[1])])
    return num_words(int(p))


def say_pairs(s: str, zero: str = "oh") -> str:
    parts = []
    if len(s) % 2:
        parts.append(zero if s[0] == "0" else ONES[int(s[0])])
        s = s[1:]
    parts += [say_pair(s[i:i + 2], zero) for i in range(0, len(s), 2)]
    return " ".join(parts)


def ordinal_suffix(d: int) -> str:
    if 10 <= d % 100 <= 20:
        return f"{d}th"
    return f"{d}" + {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


class V:
    """A value with several renderings (attributes)."""

    def __init__(self, **kw):
        self.__dict__.update(kw)


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
def luhn_ok(d: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_make(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_groups(d: str) -> list[str]:
    n = len(d)
    sizes = {15: [4, 6, 5], 13: [4, 3, 3, 3], 14: [4, 6, 4]}.get(n)
    if sizes is None:
        sizes = [4] * (n // 4) + ([n % 4] if n % 4 else [])
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    return out


def make_card(rng: random.Random, brand: str) -> V:
    if brand == "visa":
        digits = luhn_make(rng, "4", 16)
    elif brand == "mc":
        pre = rng.choice(["51", "52", "53", "54", "55", str(rng.randint(2221, 2720))])
        digits = luhn_make(rng, pre, 16)
    elif brand == "amex":
        digits = luhn_make(rng, rng.choice(["34", "37"]), 15)
    elif brand == "disc":
        digits = luhn_make(rng, rng.choice(["6011", "65"]), 16)
    elif brand == "maestro":
        digits = luhn_make(rng, rng.choice(["6759", "6763", "5018"]), rng.choice([18, 19]))
    elif brand == "visa13":
        digits = luhn_make(rng, "4", 13)
    elif brand == "jcb":
        digits = luhn_make(rng, str(rng.randint(3528, 3589)), 16)
    else:
        raise ValueError(brand)
    g = card_groups(digits)
    zero = rng.choice(["oh", "oh", "zero"])
    sg = [say_digits(x, zero) for x in g]
    sgd = [say_digits(x, zero, doubles=True) for x in g]
    pg = [say_pairs(x, zero) for x in g]
    half = (len(g) + 1) // 2
    filler = rng.choice(["um", "uh", "er", "erm"])
    k = rng.randint(1, len(g) - 1)
    spoken_um = " ".join(sg[:k]) + f" {filler} " + " ".join(sg[k:])
    # chat: irregular spacing
    odd_parts, i = [], 0
    while i < len(g):
        if i + 1 < len(g) and rng.random() < 0.4:
            odd_parts.append(g[i] + g[i + 1])
            i += 2
        else:
            odd_parts.append(g[i])
            i += 1
    if len(odd_parts) == len(g):  # force at least one irregularity
        odd_parts = [g[0] + g[1]] + g[2:]
    mixed = " ".join(x if j % 2 == 0 else s for j, (x, s) in enumerate(zip(g, sg)))
    return V(
        digits=digits, g=g, typed=" ".join(g), dash="-".join(g), plain=digits,
        odd=" ".join(odd_parts), sg=sg, spoken=" ".join(sg), sgd=sgd,
        spoken_dbl=" ".join(sgd), pg=pg, pairs=" ".join(pg), spoken_um=spoken_um,
        then=" then ".join(sg), mixed=mixed,
        tfirst=" ".join(g[:half]), trest=" ".join(g[half:]),
        sfirst=" ".join(sg[:half]), srest=" ".join(sg[half:]),
        pfirst=" ".join(pg[:half]), prest=" ".join(pg[half:]),
        last4=digits[-4:], slast4=say_digits(digits[-4:], zero),
    )


def make_exp(rng: random.Random) -> V:
    m, y = rng.randint(1, 12), rng.randint(25, 32)
    mm, yy = f"{m:02d}", f"{y:02d}"
    month = MONTHS[m - 1]
    return V(
        slash=f"{mm}/{yy}", plain=mm + yy, space=f"{mm} {yy}", long=f"{mm}/20{yy}",
        words=f"{month} {num_words(y)}", words_long=f"{month} {year_words(2000 + y)}",
        ordinal=f"{ORDINALS[m]} of {num_words(y)}",
        spoken=f"{say_pair(mm)} {num_words(y)}",
        spoken_slash=f"{say_pair(mm)} slash {num_words(y)}",
        abbr=f"{month[:3].title()} {yy}", abbr_lower=f"{month[:3]} {yy}",
        dash=f"{mm}-{yy}",
    )


def make_cvv(rng: random.Random, n: int = 3) -> V:
    d = "".join(str(rng.randint(0, 9)) for _ in range(n))
    return V(typed=d, spoken=say_digits(d, rng.choice(["oh", "zero"])))


def make_ssn(rng: random.Random) -> V:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    z = rng.choice(["oh", "zero"])
    return V(
        digits=a + g + s, dash=f"{a}-{g}-{s}", space=f"{a} {g} {s}", plain=a + g + s,
        spoken=say_digits(a + g + s, z),
        spoken_dash=f"{say_digits(a, z)} dash {say_digits(g, z)} dash {say_digits(s, z)}",
        sp_pairs=f"{say_digits(a, z)} {say_pair(g, z)} {say_pairs(s, z)}",
        sa=say_digits(a, z), sb=say_digits(g, z), sc=say_digits(s, z),
        last4=s,
    )


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def make_ni(rng: random.Random) -> V:
    while True:
        pre = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if pre not in NI_BAD:
            break
    digs = "".join(str(rng.randint(0, 9)) for _ in range(6))
    suf = rng.choice("ABCD")
    p, s = pre.lower(), suf.lower()
    z = rng.choice(["oh", "zero"])
    sd = say_digits(digs, z)
    return V(
        typed=f"{pre} {digs[:2]} {digs[2:4]} {digs[4:]} {suf}", plain=pre + digs + suf,
        lower=(pre + digs + suf).lower(),
        spoken=f"{p[0]} {p[1]} {sd} {s}",
        pairs=f"{p[0]} {p[1]} {say_pairs(digs, z)} {s}",
        nato=f"{NATO[p[0]]} {NATO[p[1]]} {sd} {NATO[s]}",
        forn=f"{p[0]} for {NATO[p[0]]} {p[1]} for {NATO[p[1]]} {sd} {s} for {NATO[s]}",
        altfor=f"{p[0]} for {ALT_FOR[p[0]]} {p[1]} for {ALT_FOR[p[1]]} {sd} {s} for {ALT_FOR[s]}",
        sletters=f"{p[0]} {p[1]}", sdigits=sd, ssuffix=s,
    )


SORT_FIRST = ["20", "30", "40", "60", "77", "83", "09", "11", "16", "04", "23", "08", "07"]


def make_sort(rng: random.Random) -> V:
    d = rng.choice(SORT_FIRST) + "".join(str(rng.randint(0, 9)) for _ in range(4))
    pr = [d[0:2], d[2:4], d[4:6]]
    z = rng.choice(["oh", "zero"])
    return V(
        dash="-".join(pr), plain=d, space=" ".join(pr),
        spoken_pairs=" ".join(say_pair(x, z) for x in pr),
        spoken_digits=say_digits(d, z),
        spoken_dash=" dash ".join(say_pair(x, z) for x in pr),
        spoken_dbl=say_digits(d, z, doubles=True),
    )


def make_acct(rng: random.Random, n: int = 8) -> V:
    d = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    z = rng.choice(["oh", "zero"])
    sd = say_digits(d, z)
    words = sd.split()
    k = rng.randint(2, len(words) - 2)
    return V(
        typed=d, spaced=" ".join(d[i:i + 4] for i in range(0, len(d), 4)),
        spoken=sd, spoken_dbl=say_digits(d, z, doubles=True), pairs=say_pairs(d, z),
        spoken_um=" ".join(words[:k]) + " um " + " ".join(words[k:]),
        sfirst=say_digits(d[:4], z), srest=say_digits(d[4:], z), last4=d[-4:],
    )


IBAN_LEN = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BR": 29, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28,
    "EE": 20, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IS": 26, "IT": 27,
    "KW": 30, "KZ": 20, "LB": 28, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27,
    "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15,
    "PK": 24, "PL": 28, "PT": 25, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19,
    "SK": 24, "SM": 27, "TN": 24, "TR": 26,
}
IBAN_BANKS = {
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG", "MONZ", "RBOS"],
    "IE": ["AIBK", "BOFI", "IPBS"],
    "NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB"],
}


def iban_mod97(s: str) -> int:
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97


def make_iban(rng: random.Random, cc: str | None = None) -> V:
    cc = cc or rng.choice(["GB", "GB", "DE", "FR", "ES", "IE", "NL", "IT", "BE", "PL", "PT"])
    dig = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
    if cc in IBAN_BANKS:
        nd = IBAN_LEN[cc] - 8
        bban = rng.choice(IBAN_BANKS[cc]) + dig(nd)
    elif cc == "IT":
        bban = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + dig(22)
    else:
        bban = dig(IBAN_LEN[cc] - 4)
    check = 98 - iban_mod97(cc + "00" + bban)
    iban = f"{cc}{check:02d}{bban}"
    assert iban_mod97(iban) == 1 and len(iban) == IBAN_LEN[cc]
    groups = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    z = rng.choice(["oh", "zero"])

    def speak(chunk: str, nato_letters: str = "none") -> str:
        out = []
        for ch in chunk:
            if ch.isdigit():
                out.append(z if ch == "0" else ONES[int(ch)])
            elif nato_letters == "word":
                out.append(NATO[ch.lower()])
            elif nato_letters == "for":
                out.append(f"{ch.lower()} for {NATO[ch.lower()]}")
            else:
                out.append(ch.lower())
        return " ".join(out)

    sgr = [speak(x) for x in groups]
    half = (len(groups) + 1) // 2
    return V(
        plain=iban, typed=" ".join(groups), lower=iban.lower(), lower4=" ".join(groups).lower(),
        spoken=" ".join(sgr), sg=sgr,
        nato=" ".join(speak(x, "word") for x in groups),
        forn=" ".join(speak(x, "for") for x in groups),
        sfirst=" ".join(sgr[:half]), srest=" ".join(sgr[half:]),
        tfirst=" ".join(groups[:half]), trest=" ".join(groups[half:]),
    )


def make_mob(rng: random.Random) -> V:
    d = "07" + str(rng.randint(4, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    z = rng.choice(["oh", "oh", "zero"])
    a, b = d[:5], d[5:]
    return V(
        digits=d, typed=f"{a} {b}", plain=d, typed3=f"{d[:5]} {d[5:8]} {d[8:]}",
        intl=f"+44 {d[1:5]} {d[5:]}", intl_plain="+44" + d[1:],
        intl0=f"+44 (0){d[1:5]} {d[5:]}",
        spoken=f"{say_digits(a, z)} {say_digits(b, z)}",
        spoken_dbl=f"{say_digits(a, z, True)} {say_digits(b, z, True)}",
        spoken_plus=f"plus four four {say_digits(d[1:5], z, True)} {say_digits(b, z)}",
        sfirst=say_digits(a, z), srest=say_digits(b, z, True),
    )


LAND_AREAS = [("020", 8, "7"), ("020", 8, "3"), ("0161", 7, "4"), ("0121", 7, "4"),
              ("0113", 7, "4"), ("0141", 7, "4"), ("0117", 7, "9"), ("029", 8, "2"),
              ("01632", 6, "9")]


def make_land(rng: random.Random) -> V:
    code, n, first = rng.choice(LAND_AREAS)
    rest = first + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    z = rng.choice(["oh", "oh", "zero"])
    if n == 8:
        typed = f"{code} {rest[:4]} {rest[4:]}"
    elif n == 7:
        typed = f"{code} {rest[:3]} {rest[3:]}"
    else:
        typed = f"{code} {rest}"
    return V(
        digits=code + rest, typed=typed, plain=code + rest,
        spoken=f"{say_digits(code, z)} {say_digits(rest, z)}",
        spoken_dbl=f"{say_digits(code, z, True)} {say_digits(rest, z, True)}",
        intl=f"+44 {code[1:]} {rest}",
    )


US_AREAS = ["212", "415", "312", "617", "305", "206", "512", "720", "404", "213", "646", "773"]


def make_usph(rng: random.Random) -> V:
    a = rng.choice(US_AREAS)
    e = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(2))
    if rng.random() < 0.4:
        e = "555"
    s = "".join(str(rng.randint(0, 9)) for _ in range(4))
    if e == "555":
        s = "01" + s[2:]
    z = rng.choice(["oh", "zero"])
    return V(
        digits=a + e + s, typed=f"({a}) {e}-{s}", dash=f"{a}-{e}-{s}", dots=f"{a}.{e}.{s}",
        intl=f"+1 {a} {e} {s}", plain=a + e + s,
        spoken=f"{say_digits(a, z)} {say_digits(e, z)} {say_digits(s, z)}",
        spoken_dbl=f"{say_digits(a, z, True)} {say_digits(e, z, True)} {say_digits(s, z, True)}",
        spoken_one=f"one {say_digits(a, z)} {say_digits(e, z)} {say_digits(s, z)}",
        sa=say_digits(a, z), sb=say_digits(e, z), sc=say_digits(s, z, True),
    )


INTL = [
    ("33", ["6", "7"], [1, 2, 2, 2, 2]),
    ("353", ["8"], [2, 3, 4]),
    ("91", ["9", "8", "7"], [5, 5]),
    ("61", ["4"], [3, 3, 3]),
    ("49", ["15", "17"], [3, 8]),
    ("34", ["6"], [3, 3, 3]),
    ("48", ["5", "6"], [3, 3, 3]),
    ("234", ["80"], [3, 3, 4]),
]


def make_intl(rng: random.Random) -> V:
    cc, starts, sizes = rng.choice(INTL)
    total = sum(sizes)
    st = rng.choice(starts)
    nat = st + "".join(str(rng.randint(0, 9)) for _ in range(total - len(st)))
    parts, i = [], 0
    for s in sizes:
        parts.append(nat[i:i + s])
        i += s
    z = rng.choice(["oh", "zero"])
    return V(
        digits=cc + nat, typed=f"+{cc} " + " ".join(parts), plain=f"+{cc}{nat}",
        zeros=f"00{cc} " + " ".join(parts),
        spoken=f"plus {say_digits(cc, z)} " + " ".join(say_digits(p, z) for p in parts),
        spoken_zeros=f"double {z} {say_digits(cc, z)} " + " ".join(say_digits(p, z, True) for p in parts),
    )


FIRST_NAMES = ["sarah", "james", "priya", "tom", "aisha", "liam", "chloe", "mohammed", "emma",
               "daniel", "olivia", "raj", "grace", "kwame", "zoe", "connor", "fatima", "ben",
               "niamh", "wei", "harriet", "dev", "megan", "callum", "amara", "jack"]
LAST_NAMES = ["smith", "patel", "jones", "okafor", "murphy", "khan", "taylor", "oconnor",
              "williams", "nguyen", "evans", "brown", "hughes", "ali", "walsh", "clarke",
              "davies", "lewis", "wright", "chen", "mensah", "kaur", "fraser", "doyle"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "btinternet.com",
           "icloud.com", "sky.com", "aol.com", "live.co.uk", "virginmedia.com",
           "protonmail.com", "yahoo.com", "hotmail.com", "talktalk.net"]


def _say_email_token(tok: str, spell: bool) -> str:
    if tok.isdigit():
        if len(tok) == 2 and tok[0] != "0":
            return num_words(int(tok))
        if len(tok) == 4 and tok[:2] in ("19", "20") and tok[2] != "0":
            return f"{num_words(int(tok[:2]))} {num_words(int(tok[2:]))}"
        return say_digits(tok, "zero")
    if len(tok) == 1 or spell:
        return " ".join(tok)
    return tok


def make_email(rng: random.Random, variant: str = "any") -> V:
    f, l = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    nn = str(rng.randint(10, 99))
    yyyy = str(rng.randint(1965, 2003))
    dom = rng.choice(DOMAINS)
    if variant == "uk":
        dom = rng.choice([d for d in DOMAINS if d.endswith(".co.uk")])
    # local parts as word/number/separator pieces, so that "apatel" is said "a patel"
    patterns = {
        "dot": [f, ".", l, nn],
        "init": [f[0], l],
        "und": [f, "_", l],
        "hy": [f, "-", l, nn],
        "lastf": [l, f[0], str(rng.randint(1, 9))],
        "full": [f, l],
        "year": [f, ".", l[0], yyyy],
        "initdot": [f[0], ".", l],
        "undnum": [f, "_", l[0], "_", nn],
    }
    if variant in patterns:
        parts = patterns[variant]
    elif variant == "uk":
        parts = patterns[rng.choice(["dot", "init", "full", "initdot"])]
    elif variant == "dig":
        parts = patterns[rng.choice(["dot", "hy", "year", "undnum"])]
    else:
        parts = patterns[rng.choice(sorted(patterns))]
    hy_word = rng.choice(["dash", "hyphen"])
    local = "".join(parts)
    domain = dom
    addr = f"{local}@{domain}"
    seps = {".": "dot", "_": "underscore", "-": hy_word}

    def speak(spell_names: bool) -> str:
        return " ".join(seps[x] if x in seps else _say_email_token(x, spell_names and x == l)
                        for x in parts)

    dom_spoken = " dot ".join(domain.split("."))
    spoken = f"{speak(False)} at {dom_spoken}"
    spelled = f"{speak(True)} at {dom_spoken}"
    caps = local[0].upper() + local[1:] + "@" + domain
    title = "".join(c.upper() if i == 0 or local[i - 1] in "._-" else c
                    for i, c in enumerate(local)) + "@" + domain
    return V(typed=addr, caps=caps, title=title, spoken=spoken, spelled=spelled,
             local=local, domain=domain)


def make_dob(rng: random.Random) -> V:
    y, m, d = rng.randint(1942, 2004), rng.randint(1, 12), rng.randint(1, 28)
    mm, dd, month = f"{m:02d}", f"{d:02d}", MONTHS[m - 1]
    z = rng.choice(["oh", "zero"])
    return V(
        uk_slash=f"{dd}/{mm}/{y}", uk_short=f"{d}/{m}/{y % 100:02d}", us_slash=f"{mm}/{dd}/{y}",
        dots=f"{dd}.{mm}.{y % 100:02d}", iso=f"{y}-{mm}-{dd}", dashes=f"{dd}-{mm}-{y}",
        written=f"{ordinal_suffix(d)} {month.title()} {y}",
        written_lower=f"{d} {month} {y}", written_abbr=f"{d} {month[:3].title()} {y}",
        us_written=f"{month.title()} {d}, {y}",
        spoken=f"{ORDINALS[d]} of {month} {year_words(y)}",
        spoken_us=f"{month} {ORDINALS[d]} {year_words(y)}",
        spoken_num=f"{num_words(d) if d >= 10 else say_pair(dd, z)} {say_pair(mm, z)} "
                   f"{say_pair(f'{y % 100:02d}', z)}",
        spoken_digits=say_digits(dd + mm + str(y), z),
        spoken_short=f"{ORDINALS[d]} {month} {num_words(y % 100) if y % 100 >= 10 else say_pair(f'{y % 100:02d}')}",
        year=str(y),
    )


OUTWARD = [("SW", "1", "A"), ("M", "14", ""), ("LS", "6", ""), ("EH", "3", ""), ("B", "15", ""),
           ("CF", "10", ""), ("BT", "7", ""), ("G", "12", ""), ("NE", "1", ""), ("BS", "8", ""),
           ("L", "17", ""), ("OX", "4", ""), ("CB", "2", ""), ("NG", "7", ""), ("S", "10", ""),
           ("PO", "5", ""), ("EX", "4", ""), ("YO", "10", ""), ("DD", "1", ""), ("AB", "24", ""),
           ("SE", "15", ""), ("N", "16", ""), ("E", "8", ""), ("W", "1", "D"), ("NW", "3", ""),
           ("BN", "2", ""), ("RG", "1", ""), ("MK", "9", ""), ("CV", "4", ""), ("LE", "2", ""),
           ("EC", "1", "V"), ("WC", "2", "H"), ("KT", "2", ""), ("GU", "1", ""), ("TR", "1", ""),
           ("SA", "1", ""), ("HU", "5", ""), ("PL", "4", ""), ("M", "20", ""), ("BD", "7", "")]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
AREA_TOWN = {
    "SW": "London", "SE": "London", "N": "London", "E": "London", "W": "London", "NW": "London",
    "EC": "London", "WC": "London", "M": "Manchester", "LS": "Leeds", "EH": "Edinburgh",
    "B": "Birmingham", "CF": "Cardiff", "BT": "Belfast", "G": "Glasgow", "NE": "Newcastle",
    "BS": "Bristol", "L": "Liverpool", "OX": "Oxford", "CB": "Cambridge", "NG": "Nottingham",
    "S": "Sheffield", "PO": "Portsmouth", "EX": "Exeter", "YO": "York", "DD": "Dundee",
    "AB": "Aberdeen", "BN": "Brighton", "RG": "Reading", "MK": "Milton Keynes", "CV": "Coventry",
    "LE": "Leicester", "KT": "Kingston", "GU": "Guildford", "TR": "Truro", "SA": "Swansea",
    "HU": "Hull", "PL": "Plymouth", "BD": "Bradford",
}


def make_pc(rng: random.Random) -> V:
    area, dist, sub = rng.choice(OUTWARD)
    inw = str(rng.randint(0, 9)) + rng.choice(INWARD_LETTERS) + rng.choice(INWARD_LETTERS)
    out = area + dist + sub
    z = rng.choice(["oh", "zero"])
    al, sl, il = " ".join(area.lower()), " ".join(sub.lower()), " ".join(inw[1:].lower())
    # "twenty" + inward digit would read as one number, so only teens/non-round pairs as words
    wordy = len(dist) == 2 and (dist[0] == "1" or dist[1] != "0")
    dist_word = num_words(int(dist)) if wordy and rng.random() < 0.6 else say_digits(dist, z)
    dist_digits = say_digits(dist, z)
    in_d = say_digits(inw[0], z)

    def j(*xs):
        return " ".join(x for x in xs if x)

    def forn(letters: str) -> str:
        return " ".join(f"{c} for {NATO[c]}" for c in letters.lower())

    return V(
        typed=f"{out} {inw}", nospace=out + inw, lower=f"{out} {inw}".lower(),
        lower_nospace=(out + inw).lower(),
        spoken=j(al, dist_word, sl, in_d, il),
        spoken_digits=j(al, dist_digits, sl, in_d, il),
        nato=j(forn(area), dist_word, forn(sub) if sub else "", in_d, forn(inw[1:])),
        words=j(" ".join(NATO[c] for c in area.lower()), dist_digits,
                " ".join(NATO[c] for c in sub.lower()), in_d,
                " ".join(NATO[c] for c in inw[1:].lower())),
        outward=out, s_out=j(al, dist_word, sl), s_in=j(in_d, il),
        town=AREA_TOWN[area], town_lower=AREA_TOWN[area].lower(),
    )


ZIPS = ["94107", "10001", "60614", "73301", "30309", "98109", "02139", "33101", "80202",
        "19104", "90210", "48201", "85004", "97205", "20002", "11201", "55408", "78704"]


def make_zip(rng: random.Random) -> V:
    zc = rng.choice(ZIPS)
    p4 = "".join(str(rng.randint(0, 9)) for _ in range(4))
    z = rng.choice(["oh", "zero"])
    return V(typed=zc, plus4=f"{zc}-{p4}", spoken=say_digits(zc, z),
             spoken_dbl=say_digits(zc, z, True), spoken_plus4=f"{say_digits(zc, z)} dash {say_digits(p4, z)}")


UK_STREETS = ["acacia", "church", "station", "victoria", "mill", "park", "queens", "kings",
              "manor", "oak", "elm", "beech", "windsor", "albert", "chapel", "meadow", "orchard",
              "cromwell", "nelson", "ashgrove", "hawthorn", "princess", "brook", "fairfield",
              "st marys", "copper beech", "long meadow", "mount pleasant"]
UK_TYPES = ["street", "road", "avenue", "lane", "close", "drive", "crescent", "way", "gardens",
            "terrace", "grove", "place", "court", "view", "walk", "rise"]
US_STREETS = ["oak ridge", "maple", "elm", "north main", "sunset", "lakeview", "pine hollow",
              "cedar", "magnolia", "washington", "park", "willow creek", "chestnut", "highland"]
US_TYPES = ["drive", "street", "avenue", "boulevard", "court", "lane", "road", "way", "parkway"]
ABBR = {"street": "St", "road": "Rd", "avenue": "Ave", "lane": "Ln", "drive": "Dr",
        "crescent": "Cres", "close": "Cl", "boulevard": "Blvd", "court": "Ct", "place": "Pl",
        "gardens": "Gdns", "terrace": "Terr", "parkway": "Pkwy", "grove": "Gr", "way": "Way",
        "view": "View", "walk": "Walk", "rise": "Rise"}


def make_addr(rng: random.Random, kind: str = "uk") -> V:
    if kind == "us":
        n = rng.choice([rng.randint(100, 999), rng.randint(1000, 9999)])
        name, st = rng.choice(US_STREETS), rng.choice(US_TYPES)
        s = str(n)
        if len(s) == 4:
            spoken_n = (f"{num_words(int(s[:2]))} hundred" if s[2:] == "00"
                        else f"{num_words(int(s[:2]))} {say_pair(s[2:])}")
        else:
            spoken_n = f"{ONES[int(s[0])]} {say_pair(s[1:])}"
    else:
        if kind == "big":
            n = rng.randint(100, 299)
        elif kind == "small":
            n = rng.randint(1, 19)
        else:
            n = rng.randint(20, 99)
        name, st = rng.choice(UK_STREETS), rng.choice(UK_TYPES)
        spoken_n = num_words(n, hyphen=rng.random() < 0.5)
    title = " ".join(w.title() for w in name.split())
    return V(
        typed=f"{n} {title} {st.title()}", lower=f"{n} {name} {st}",
        spoken=f"{spoken_n} {name} {st}", abbr=f"{n} {title} {ABBR[st]}",
        abbr_lower=f"{n} {name} {ABBR[st].lower()}", number=str(n), street=f"{name} {st}",
    )


def retry(factory, pred):
    """Draw from factory until pred holds (keeps notes such as 'with doubles' true)."""
    def make(rng: random.Random) -> V:
        while True:
            v = factory(rng)
            if pred(v):
                return v
    return make


HAS_DOUBLE = re.compile(r"(\d)\1")

FACTORIES = {
    "card": lambda r: make_card(r, r.choice(["visa", "visa", "mc", "mc"])),
    "carddbl": retry(lambda r: make_card(r, r.choice(["visa", "mc"])),
                     lambda v: any(HAS_DOUBLE.search(g) for g in v.g)),
    "mobdbl": retry(make_mob, lambda v: "double" in v.spoken_dbl),
    "zipdbl": retry(make_zip, lambda v: "double" in v.spoken_dbl),
    "sortdbl": retry(make_sort, lambda v: "double" in v.spoken_dbl),
    "visa": lambda r: make_card(r, "visa"),
    "mc": lambda r: make_card(r, "mc"),
    "amex": lambda r: make_card(r, "amex"),
    "disc": lambda r: make_card(r, "disc"),
    "maestro": lambda r: make_card(r, "maestro"),
    "visaxiii": lambda r: make_card(r, "visa13"),
    "jcb": lambda r: make_card(r, "jcb"),
    "exp": make_exp,
    "cvv": make_cvv,
    "cvvfour": lambda r: make_cvv(r, 4),
    "ssn": make_ssn,
    "ni": make_ni,
    "sort": make_sort,
    "acct": make_acct,
    "usacct": lambda r: make_acct(r, r.choice([10, 11, 12])),
    "iban": make_iban,
    **{f"iban{cc.lower()}": (lambda cc: (lambda r: make_iban(r, cc)))(cc)
       for cc in ["GB", "DE", "FR", "ES", "IE", "NL", "IT", "BE", "PL", "PT", "AT", "CH", "SE", "NO"]},
    "mob": make_mob,
    "land": make_land,
    "usph": make_usph,
    "intl": make_intl,
    "email": make_email,
    **{f"email{v}": (lambda v: (lambda r: make_email(r, v)))(v)
       for v in ["uk", "dig", "dot", "init", "und", "hy", "lastf", "full", "year", "initdot", "undnum"]},
    "dob": make_dob,
    "pc": make_pc,
    "zip": make_zip,
    "addr": make_addr,
    "addrbig": lambda r: make_addr(r, "big"),
    "addrsmall": lambda r: make_addr(r, "small"),
    "usaddr": lambda r: make_addr(r, "us"),
}


# --------------------------------------------------------------------------
# templates: (tag, note, reps, text); text lines "C: ..." (customer) / "A: ..." (agent)
# --------------------------------------------------------------------------
POSITIVE = [
    # ---------------- cards --------------------------------------------------
    ("card", "call: card spoken digit by digit, expiry month name, cvv spoken", 2, """
A: can i take the long number across the front of the card please
C: yeah it's [[CARD_NUMBER|{card.spoken}]]
A: thank you and the expiry date on that
C: [[EXPIRY|{exp.words}]]
A: and the last three digits on the back by the signature strip
C: [[CVV|{cvv.spoken}]]
"""),
    ("card", "call: card in spoken pairs, expiry 'oh eight twenty seven' style", 2, """
C: okay i've got the card here now the number is [[CARD_NUMBER|{card.pairs}]]
A: lovely and when does it expire
C: [[EXPIRY|{exp.spoken}]]
"""),
    ("card", "call: card split over turns in groups with agent back-channels", 2, """
A: okay whenever you're ready with the card number
C: [[CARD_NUMBER|{card.sg[0]}]]
A: mhm
C: [[CARD_NUMBER|{card.sg[1]}]]
A: yep
C: [[CARD_NUMBER|{card.sg[2]} {card.sg[3]}]]
A: lovely thank you
"""),
    ("card", "call: card in pairs split over turns, agent asks to go slower", 1, """
C: right it's [[CARD_NUMBER|{card.pg[0]} {card.pg[1]}]]
A: sorry could you go a bit slower for me i got the first eight
C: oh sorry [[CARD_NUMBER|{card.pg[2]}]]
A: okay
C: [[CARD_NUMBER|{card.pg[3]}]]
A: perfect
"""),
    ("card", "call: visa spoken with a hesitation filler inside the number", 1, """
A: and which card would you like to use today
C: the visa debit um [[CARD_NUMBER|{visa.spoken_um}]]
A: thank you
"""),
    ("card", "call: customer says card with doubles, agent reads it back digit by digit", 1, """
C: the card number is [[CARD_NUMBER|{carddbl.spoken_dbl}]]
A: so just to confirm that's [[CARD_NUMBER|{carddbl.spoken}]]
C: that's right yeah
"""),
    ("card", "call: ASR rendered the digits as numerals", 1, """
C: uh yeah it's [[CARD_NUMBER|{card.typed}]] expiry [[EXPIRY|{exp.space}]]
A: thanks and the security number
C: [[CVV|{cvv.typed}]]
"""),
    ("card", "call: groups joined with 'then'", 1, """
A: go ahead with the sixteen digit number
C: okay it's [[CARD_NUMBER|{card.then}]]
A: brilliant thank you
"""),
    ("card", "chat: amex typed 4-6-5 with expiry and 4 digit code", 1, """
C: Hi I want to pay my outstanding balance with my amex [[CARD_NUMBER|{amex.typed}]]
A: Thanks! Could you also give me the expiry and the 4 digit code on the front?
C: exp [[EXPIRY|{exp.slash}]] code [[CVV|{cvvfour.typed}]]
"""),
    ("card", "call: amex spoken, four digit code from the front", 1, """
A: is that the american express card you mentioned
C: yes it is [[CARD_NUMBER|{amex.spoken}]]
A: and the four digit code printed on the front above the number
C: [[CVV|{cvvfour.spoken}]]
"""),
    ("card", "chat: maestro 18/19 digit card typed in groups", 1, """
C: card is [[CARD_NUMBER|{maestro.typed}]] its a maestro not sure if u take them
A: We do, thank you. What's the expiry date please?
C: [[EXPIRY|{exp.long}]]
"""),
    ("card", "chat: old 13 digit visa typed without spaces", 1, """
C: its an old card but still valid [[CARD_NUMBER|{visaxiii.plain}]]
A: Thank you, and the expiry?
C: [[EXPIRY|{exp.plain}]]
"""),
    ("card", "chat: dashed card number, expiry and cvv in one message", 1, """
C: [[CARD_NUMBER|{card.dash}]] exp [[EXPIRY|{exp.dash}]] cvv [[CVV|{cvv.typed}]]
A: Thanks, processing that now.
"""),
    ("card", "chat: card split across two messages (hit enter too early)", 1, """
A: Please type the long card number when ready.
C: ok card is [[CARD_NUMBER|{card.tfirst}]]
C: [[CARD_NUMBER|{card.trest}]]
C: sorry hit enter lol
A: No problem! And the expiry date?
C: [[EXPIRY|{exp.slash}]]
"""),
    ("card", "chat: typo-laden message, irregular grouping", 1, """
C: my crad number is [[CARD_NUMBER|{card.odd}]] exipry [[EXPIRY|{exp.slash}]] and the code on teh back is [[CVV|{cvv.typed}]]
"""),
    ("card", "call: order number mentioned before card (order number is not PII)", 1, """
C: hi i'm ringing about order number five five two oh one nine i want to pay the rest by card
A: okay no problem go ahead with the card number
C: [[CARD_NUMBER|{card.spoken}]]
A: and the expiry
C: it's the [[EXPIRY|{exp.ordinal}]]
"""),
    ("card", "call: ASR mixed numerals and words", 1, """
C: the card number is [[CARD_NUMBER|{card.mixed}]]
A: okay thank you
"""),
    ("card", "call: digits from customer, agent reads back in pairs", 1, """
C: [[CARD_NUMBER|{card.spoken}]]
A: let me read that back to you [[CARD_NUMBER|{card.pairs}]]
C: yep that's it
"""),
    ("card", "call: discover card with billing zip", 1, """
A: what card are you paying with today
C: discover [[CARD_NUMBER|{disc.spoken}]]
A: and the billing zip code for that card
C: [[POSTCODE|{zip.spoken}]]
A: and the cvv
C: [[CVV|{cvv.spoken}]]
"""),
    ("card", "chat: slash separated payment details", 1, """
C: cc: [[CARD_NUMBER|{card.plain}]] / exp: [[EXPIRY|{exp.slash}]] / cvv: [[CVV|{cvv.typed}]]
A: Thank you, that's gone through.
"""),
    ("card", "call: first half, pause, rest of card in pairs", 1, """
A: and the card number please
C: hang on i need my glasses [[CARD_NUMBER|{card.pfirst}]]
A: yep
C: [[CARD_NUMBER|{card.prest}]]
A: and expiry
C: [[EXPIRY|{exp.spoken_slash}]]
"""),
    ("card", "call: jcb card, tourist booking", 1, """
C: i'm visiting from osaka i have a jcb card is that okay
A: yes that's fine what's the number
C: [[CARD_NUMBER|{jcb.spoken}]]
"""),
    ("card", "call: new replacement card after fraud, old card only referred to by last four", 1, """
C: the old one ending {card.slast4} was cancelled so use the new one
A: okay what's the new card number
C: [[CARD_NUMBER|{mc.spoken_dbl}]]
A: and that expires when
C: [[EXPIRY|{exp.words_long}]]
"""),
    ("card", "chat: card pasted with spaces, expiry abbreviated month", 1, """
C: Hi please update my payment card to [[CARD_NUMBER|{card.typed}]] expiry [[EXPIRY|{exp.abbr}]] thanks
"""),
    ("card", "call: card in two halves with back-channel, then full agent read-back", 1, """
C: [[CARD_NUMBER|{card.sg[0]} {card.sg[1]}]]
A: yep
C: [[CARD_NUMBER|{card.sg[2]} {card.sg[3]}]]
A: so that's [[CARD_NUMBER|{card.pairs}]]
C: correct
"""),
    # ---------------- expiry / cvv extra ---------------------------------------
    ("expiry", "chat: card referred to by last four only, expiry update is PII", 1, """
C: my card ending {card.last4} has a new expiry date its now [[EXPIRY|{exp.slash}]]
A: Thanks, I've updated that for you.
"""),
    ("expiry", "call: expiry spoken with full year, cvv spoken", 1, """
A: and when does the card run out
C: end of [[EXPIRY|{exp.words_long}]]
A: lovely and the three digit security code
C: [[CVV|{cvv.spoken}]]
"""),
    ("expiry", "call: 'valid until' phrasing, ASR numerals", 1, """
C: it says valid until [[EXPIRY|{exp.long}]] and the number on the back is [[CVV|{cvv.typed}]]
"""),
    ("cvv", "chat: just the security code in context", 1, """
A: Could you confirm the 3 digit security code on the back of the card?
C: its [[CVV|{cvv.typed}]]
"""),
    ("cvv", "call: cvv with 'last three on the back'", 1, """
C: the last three on the back are [[CVV|{cvv.spoken}]]
A: thank you that's all gone through
"""),
    # ---------------- SSN -------------------------------------------------------
    ("ssn", "call: offers the full social instead of last four", 1, """
A: for verification can i get the last four of your social
C: do you want the whole thing it's [[SSN|{ssn.spoken}]]
A: the last four is fine but thank you
"""),
    ("ssn", "call: social spoken with 'dash'", 2, """
C: my social security number is [[SSN|{ssn.spoken_dash}]]
A: thank you mister garcia
"""),
    ("ssn", "chat: SSN typed with dashes", 1, """
A: To open the claim I'll need your Social Security number.
C: sure its [[SSN|{ssn.dash}]]
"""),
    ("ssn", "chat: SSN and DOB in one message (US date)", 1, """
C: ssn [[SSN|{ssn.plain}]] dob [[DOB|{dob.us_slash}]]
A: Thanks, you're verified.
"""),
    ("ssn", "call: SSN split over three turns", 1, """
A: okay go ahead with the social
C: first three are [[SSN|{ssn.sa}]]
A: okay
C: then [[SSN|{ssn.sb}]]
A: mhm
C: and [[SSN|{ssn.sc}]]
"""),
    ("ssn", "call: SSN in mixed pairs", 1, """
C: it's [[SSN|{ssn.sp_pairs}]]
A: got it thank you
"""),
    ("ssn", "call: agent reads back SSN", 1, """
A: i have your social as [[SSN|{ssn.spoken_dash}]] is that correct
C: yes ma'am
"""),
    ("ssn", "chat: SSN with spaces, tax document context", 1, """
C: The W-2 has the wrong social on it. Mine is [[SSN|{ssn.space}]] not what you printed
A: I'm sorry about that, I'll raise a correction.
"""),
    ("ssn", "call: ASR put SSN as numerals", 1, """
C: uh yeah the social is [[SSN|{ssn.dash}]]
A: and your zip code
C: [[POSTCODE|{zip.spoken}]]
"""),
    # ---------------- NI number ----------------------------------------------
    ("ni", "call: NI number spelled letter by letter", 2, """
A: and your national insurance number please
C: yeah it's [[NI_NUMBER|{ni.spoken}]]
"""),
    ("ni", "call: NI number in NATO words", 1, """
C: national insurance is [[NI_NUMBER|{ni.nato}]]
A: thank you
"""),
    ("ni", "chat: NI number typed with spaces", 1, """
A: Please provide your National Insurance number.
C: NI number: [[NI_NUMBER|{ni.typed}]]
"""),
    ("ni", "chat: NI number lower case no spaces", 1, """
C: ni no is [[NI_NUMBER|{ni.lower}]] if that helps
"""),
    ("ni", "call: NI digits in pairs", 1, """
C: it's [[NI_NUMBER|{ni.pairs}]]
A: brilliant
"""),
    ("ni", "call: 'x for word' spelling, non-NATO words", 1, """
C: my national insurance number is [[NI_NUMBER|{ni.altfor}]]
A: perfect thank you
"""),
    ("ni", "call: 'a for alpha' NATO spelling", 1, """
A: can you spell out the letters for me
C: yes so it's [[NI_NUMBER|{ni.forn}]]
"""),
    ("ni", "call: NI number split: letters, digits, suffix over turns", 1, """
C: the letters are [[NI_NUMBER|{ni.sletters}]]
A: yep
C: then [[NI_NUMBER|{ni.sdigits}]]
A: and the letter at the end
C: [[NI_NUMBER|{ni.ssuffix}]]
"""),
    ("ni", "call: agent reads back NI number", 1, """
A: so that's [[NI_NUMBER|{ni.spoken}]]
C: that's it yeah
"""),
    ("ni", "chat: NI typed plain, universal credit context", 1, """
C: Hi Im trying to link my universal credit, NINO [[NI_NUMBER|{ni.plain}]]
"""),
    # ---------------- sort code + account -------------------------------------
    ("bank", "call: sort code in pairs, account spoken", 2, """
A: which account would you like the refund paid into
C: sort code [[SORT_CODE|{sort.spoken_pairs}]] account number [[BANK_ACCOUNT|{acct.spoken}]]
"""),
    ("bank", "chat: sort code dashed, account typed", 1, """
C: sort code: [[SORT_CODE|{sort.dash}]] acc: [[BANK_ACCOUNT|{acct.typed}]]
A: Thanks, the direct debit is set up.
"""),
    ("bank", "call: sort code digit by digit then account with doubles", 1, """
A: can i take the sort code
C: [[SORT_CODE|{sort.spoken_digits}]]
A: and the account number
C: [[BANK_ACCOUNT|{acct.spoken_dbl}]]
"""),
    ("bank", "call: account number split over turns", 1, """
A: and the eight digit account number
C: [[BANK_ACCOUNT|{acct.sfirst}]]
A: yep
C: [[BANK_ACCOUNT|{acct.srest}]]
"""),
    ("bank", "chat: short codes 'sc' and 'acc'", 1, """
C: sc [[SORT_CODE|{sort.plain}]] acc [[BANK_ACCOUNT|{acct.typed}]] pls refund asap
"""),
    ("bank", "call: refund to account, sort code spoken with dash", 1, """
C: can you just put it back in my account it's [[BANK_ACCOUNT|{acct.pairs}]] and the sort code is [[SORT_CODE|{sort.spoken_dash}]]
"""),
    ("bank", "chat: US checking account number", 1, """
C: you can take the payment from my checking account [[BANK_ACCOUNT|{usacct.typed}]]
A: Thank you, I'll set that up.
"""),
    ("bank", "call: agent reads back sort code and account", 1, """
A: so that's sort code [[SORT_CODE|{sort.spoken_pairs}]] account [[BANK_ACCOUNT|{acct.spoken}]]
C: that's correct
"""),
    ("bank", "chat: sort code with spaces", 1, """
C: my sort code is [[SORT_CODE|{sort.space}]] and account [[BANK_ACCOUNT|{acct.spaced}]]
"""),
    ("bank", "chat: sort code only, CHAPS payment", 1, """
A: Which sort code is the receiving account?
C: [[SORT_CODE|{sort.dash}]] - its a nationwide account
"""),
    ("bank", "call: sort code repeated digit by digit after the line breaks up", 1, """
C: the sort code is [[SORT_CODE|{sort.spoken_pairs}]]
A: sorry you broke up there
C: [[SORT_CODE|{sort.spoken_digits}]]
A: got it
"""),
    ("bank", "call: account with hesitation inside", 1, """
C: the account number is [[BANK_ACCOUNT|{acct.spoken_um}]]
A: thank you
"""),
    ("bank", "call: sort code doubles, new bank after switch", 1, """
C: i've switched banks so the new sort code is [[SORT_CODE|{sortdbl.spoken_dbl}]]
A: and the new account number
C: [[BANK_ACCOUNT|{acct.spoken}]]
"""),
    # ---------------- IBAN ----------------------------------------------------
    ("iban", "chat: GB IBAN typed in groups", 1, """
C: please send the refund to [[IBAN|{ibangb.typed}]]
A: Thanks, that will take 3-5 working days.
"""),
    ("iban", "chat: DE IBAN typed without spaces", 1, """
C: I live in Germany now, my IBAN is [[IBAN|{ibande.plain}]]
"""),
    ("iban", "call: GB IBAN spoken letter/digit by digit", 1, """
C: the iban is [[IBAN|{ibangb.spoken}]]
A: thank you i'll read that back in a sec
"""),
    ("iban", "call: NL IBAN spoken with NATO words for letters", 1, """
C: my dutch account the iban is [[IBAN|{ibannl.nato}]]
"""),
    ("iban", "call: IE IBAN split over turns", 1, """
A: go ahead with the iban
C: [[IBAN|{ibanie.sfirst}]]
A: okay
C: [[IBAN|{ibanie.srest}]]
A: thank you
"""),
    ("iban", "chat: IE IBAN lower case", 1, """
C: iban [[IBAN|{ibanie.lower}]] (irish account)
"""),
    ("iban", "chat: ES IBAN typed in groups", 1, """
A: For international refunds we need your IBAN.
C: ES account: [[IBAN|{ibanes.typed}]]
"""),
    ("iban", "chat: IT IBAN with letter after check digits", 1, """
C: iban [[IBAN|{ibanit.typed}]] intestato a mio marito
"""),
    ("iban", "call: agent reads back BE IBAN with 'x for' spelling", 1, """
A: so i have [[IBAN|{ibanbe.forn}]]
C: yes that's right
"""),
    ("iban", "chat: PL IBAN lower in groups", 1, """
C: moje iban to [[IBAN|{ibanpl.lower4}]]
"""),
    ("iban", "chat: FR IBAN split across two messages", 1, """
C: [[IBAN|{ibanfr.tfirst}]]
C: [[IBAN|{ibanfr.trest}]]
C: thats my iban for the refund
"""),
    ("iban", "call: PT IBAN spoken", 1, """
C: i'm in portugal most of the year so the iban is [[IBAN|{ibanpt.spoken}]]
"""),
    ("iban", "chat: AT and CH IBANs (two accounts)", 1, """
C: Refund to [[IBAN|{ibanat.typed}]] please, not the old one [[IBAN|{ibanch.typed}]]
"""),
    ("iban", "chat: NO IBAN (shortest, 15 chars)", 1, """
C: Norwegian account IBAN [[IBAN|{ibanno.plain}]]
"""),
    # ---------------- phone ---------------------------------------------------
    ("phone", "call: UK mobile spoken digit by digit", 2, """
A: and what's the best number to get you on
C: [[PHONE|{mob.spoken}]]
"""),
    ("phone", "call: UK mobile with doubles", 1, """
C: yeah you can text me on [[PHONE|{mobdbl.spoken_dbl}]]
"""),
    ("phone", "chat: UK mobile typed", 1, """
C: my number is [[PHONE|{mob.typed}]] call after 5pm please
"""),
    ("phone", "chat: UK mobile in +44 form", 1, """
C: pls call me back on [[PHONE|{mob.intl}]]
"""),
    ("phone", "call: 'plus four four' spoken", 1, """
C: it's [[PHONE|{mob.spoken_plus}]] because i'm abroad at the moment
"""),
    ("phone", "call: UK landline spoken", 1, """
A: is there a landline we can reach you on
C: yeah the home number is [[PHONE|{land.spoken}]]
"""),
    ("phone", "chat: UK landline typed", 1, """
C: Home phone [[PHONE|{land.typed}]] has no dial tone since the storm
"""),
    ("phone", "call: US number spoken", 1, """
C: my cell is [[PHONE|{usph.spoken}]]
A: great and is that okay for texts
"""),
    ("phone", "chat: US number with brackets", 1, """
C: Please call me at [[PHONE|{usph.typed}]] instead of email
"""),
    ("phone", "chat: US number +1", 1, """
C: whatsapp me on [[PHONE|{usph.intl}]]
"""),
    ("phone", "chat: international number typed", 2, """
C: I'm overseas, best to reach me on [[PHONE|{intl.typed}]]
"""),
    ("phone", "call: international number spoken with 'plus'", 1, """
C: my number over there is [[PHONE|{intl.spoken}]]
"""),
    ("phone", "call: international number with 'double oh' prefix", 1, """
C: you'd need to dial [[PHONE|{intl.spoken_zeros}]]
"""),
    ("phone", "call: UK mobile split over turns with back-channel", 1, """
C: it's [[PHONE|{mob.sfirst}]]
A: mhm
C: [[PHONE|{mob.srest}]]
"""),
    ("phone", "call: agent reads back mobile", 1, """
A: can i just confirm your mobile is [[PHONE|{mobdbl.spoken_dbl}]]
C: yeah that's the one
"""),
    ("phone", "call: 'nine hundred' inside a spoken number", 1, """
C: my new number is [[PHONE|oh seven seven double oh nine hundred four five six]]
"""),
    ("phone", "call: US number with 'triple five'", 1, """
C: you can call me back at [[PHONE|two one two triple five oh one four seven]]
"""),
    ("phone", "chat: US number with dots", 1, """
C: cell [[PHONE|{usph.dots}]]
"""),
    ("phone", "call: ASR rendered mobile as numerals", 1, """
C: uh it's [[PHONE|{mob.typed3}]]
A: thank you
"""),
    ("phone", "call: US number split over three turns", 1, """
A: and a good callback number
C: area code [[PHONE|{usph.sa}]]
A: okay
C: [[PHONE|{usph.sb}]]
A: mhm
C: [[PHONE|{usph.sc}]]
"""),
    ("phone", "chat: UK mobile with +44 (0)", 1, """
C: Mobile: [[PHONE|{mob.intl0}]]
"""),
    # ---------------- email -----------------------------------------------------
    ("email", "call: e-mail spoken with dot/at", 2, """
A: and what's the best email address for you
C: it's [[EMAIL|{email.spoken}]]
"""),
    ("email", "chat: e-mail typed", 1, """
C: my email is [[EMAIL|{email.typed}]]
"""),
    ("email", "chat: e-mail typed with capitals", 1, """
C: Can you send the receipt to [[EMAIL|{emaildot.title}]] please
"""),
    ("email", "call: surname spelled out letter by letter", 1, """
C: it's [[EMAIL|{email.spelled}]]
A: thank you
"""),
    ("email", "call: dot co dot uk domain", 2, """
C: email is [[EMAIL|{emailuk.spoken}]] all lower case
"""),
    ("email", "call: underscore spoken", 1, """
C: it's [[EMAIL|{emailund.spoken}]]
"""),
    ("email", "call: hyphen/dash and digits spoken", 1, """
A: can you spell the email for me
C: yeah [[EMAIL|{emailhy.spelled}]]
"""),
    ("email", "call: agent reads back e-mail", 1, """
A: so i've got [[EMAIL|{emaildig.spoken}]] is that right
C: yes
"""),
    ("email", "chat: change e-mail from old to new", 1, """
C: please change my email from [[EMAIL|{email.typed}]] to [[EMAIL|{email2.typed}]]
A: Done, you'll get a confirmation at the new address.
"""),
    ("email", "chat: e-mail with underscore and digits", 1, """
C: its [[EMAIL|{emailundnum.typed}]] (the underscores matter)
"""),
    ("email", "call: year in e-mail spoken as nineteen eighty whatever", 1, """
C: it's [[EMAIL|{emailyear.spoken}]]
"""),
    ("email", "chat: e-mail with hyphen", 1, """
C: contact: [[EMAIL|{emailhy.typed}]]
"""),
    ("email", "call: initial dot surname", 1, """
C: it's just [[EMAIL|{emailinitdot.spoken}]]
"""),
    ("email", "chat: e-mail followed by phone", 1, """
C: [[EMAIL|{emaillastf.typed}]] or ring me [[PHONE|{mob.typed}]]
"""),
    # ---------------- DOB -----------------------------------------------------
    ("dob", "call: date of birth spoken ordinal", 2, """
A: can i take your date of birth please
C: it's the [[DOB|{dob.spoken}]]
"""),
    ("dob", "chat: DOB UK slash", 1, """
C: dob [[DOB|{dob.uk_slash}]]
"""),
    ("dob", "chat: DOB US slash", 1, """
A: Please confirm your date of birth.
C: [[DOB|{dob.us_slash}]]
"""),
    ("dob", "call: US style month first", 1, """
C: my birthday is [[DOB|{dob.spoken_us}]]
"""),
    ("dob", "call: DOB as spoken numbers", 1, """
A: date of birth
C: [[DOB|{dob.spoken_num}]]
"""),
    ("dob", "chat: DOB written with suffix", 1, """
C: I was born [[DOB|{dob.written}]] if you need it
"""),
    ("dob", "chat: DOB with dots and 2-digit year", 1, """
C: d.o.b [[DOB|{dob.dots}]]
"""),
    ("dob", "call: agent confirms DOB on file", 1, """
A: and is your date of birth still the [[DOB|{dob.spoken}]]
C: yes it is
"""),
    ("dob", "call: mother's date of birth for a power of attorney call", 1, """
C: i'm calling for my mum her date of birth is [[DOB|{dob.spoken_short}]]
"""),
    ("dob", "chat: DOB ISO format", 1, """
C: DOB: [[DOB|{dob.iso}]]
"""),
    ("dob", "chat: US written DOB with comma", 1, """
C: Date of birth [[DOB|{dob.us_written}]]
"""),
    ("dob", "call: DOB digit by digit", 1, """
C: it's [[DOB|{dob.spoken_digits}]]
A: thank you
"""),
    ("dob", "chat: DOB short UK", 1, """
C: born [[DOB|{dob.uk_short}]]
"""),
    ("dob", "chat: DOB written lower", 1, """
C: my dob is [[DOB|{dob.written_lower}]]
"""),
    # ---------------- postcode ------------------------------------------------
    ("postcode", "call: UK postcode spoken", 2, """
A: and the postcode there
C: [[POSTCODE|{pc.spoken}]]
"""),
    ("postcode", "chat: UK postcode typed", 1, """
C: postcode is [[POSTCODE|{pc.typed}]]
"""),
    ("postcode", "call: postcode with 'x for word' spelling", 1, """
C: it's [[POSTCODE|{pc.nato}]]
A: perfect
"""),
    ("postcode", "chat: postcode lower without space", 1, """
C: [[POSTCODE|{pc.lower_nospace}]] is my postcode
"""),
    ("postcode", "call: US zip in context", 1, """
A: and the zip code on the account
C: [[POSTCODE|{zip.spoken}]]
"""),
    ("postcode", "chat: US zip typed", 1, """
C: my zip is [[POSTCODE|{zip.typed}]]
"""),
    ("postcode", "chat: US zip+4", 1, """
C: ZIP [[POSTCODE|{zip.plus4}]]
"""),
    ("postcode", "call: postcode digits said individually", 1, """
C: the postcode's [[POSTCODE|{pc.spoken_digits}]]
"""),
    ("postcode", "call: agent reads postcode back with NATO words", 1, """
A: that's [[POSTCODE|{pc.words}]]
C: yes
"""),
    ("postcode", "call: postcode split outward/inward with back-channel", 1, """
C: it's [[POSTCODE|{pc.s_out}]]
A: yeah
C: [[POSTCODE|{pc.s_in}]]
"""),
    ("postcode", "chat: postcode typed with no space", 1, """
C: Is fibre available at [[POSTCODE|{pc.nospace}]]?
"""),
    ("postcode", "call: zip with doubles", 1, """
C: zip code is [[POSTCODE|{zipdbl.spoken_dbl}]]
"""),
    # ---------------- address -------------------------------------------------
    ("address", "call: first line of address spoken", 2, """
A: can you confirm the first line of the address
C: [[ADDRESS|{addr.spoken}]]
"""),
    ("address", "chat: address and postcode typed", 1, """
C: [[ADDRESS|{addr.typed}]], {pc.town} [[POSTCODE|{pc.typed}]]
"""),
    ("address", "call: 'one hundred and twelve' style house number", 2, """
C: it's [[ADDRESS|{addrbig.spoken}]]
A: thank you
"""),
    ("address", "chat: US street address", 1, """
C: ship it to [[ADDRESS|{usaddr.typed}]] apt 4 please
"""),
    ("address", "call: US address spoken", 1, """
C: i live at [[ADDRESS|{usaddr.spoken}]] in austin
"""),
    ("address", "call: moving house, old and new addresses", 1, """
C: i'm moving from [[ADDRESS|{addr.spoken}]] to [[ADDRESS|{addr2.spoken}]] next month
A: okay and the new postcode
C: [[POSTCODE|{pc.spoken}]]
"""),
    ("address", "call: delivery to an address, branch on the high street mentioned", 1, """
C: can you deliver it to [[ADDRESS|{addrsmall.spoken}]] not the shop on the high street
"""),
    ("address", "chat: abbreviated street type", 1, """
C: my address is [[ADDRESS|{addr.abbr}]] [[POSTCODE|{pc.typed}]]
"""),
    ("address", "chat: house number with letter suffix", 1, """
C: it's [[ADDRESS|221b Baker Street]] lol no joke
"""),
    ("address", "call: address with small house number", 1, """
C: yeah it's [[ADDRESS|{addrsmall.spoken}]]
"""),
    ("address", "chat: lower case abbreviated", 1, """
C: [[ADDRESS|{addr.abbr_lower}]] bristol
"""),
    ("address", "call: ASR numerals in address", 1, """
C: [[ADDRESS|{addr.lower}]] {pc.town_lower} and the postcode is [[POSTCODE|{pc.spoken}]]
"""),
    # ---------------- mixed ID&V / multi-PII ------------------------------------
    ("mixed", "call: ID and V with DOB, postcode and first line", 2, """
A: before i go into the account can i take your date of birth
C: [[DOB|{dob.spoken}]]
A: and the first line of the address and the postcode
C: [[ADDRESS|{addr.spoken}]] [[POSTCODE|{pc.spoken}]]
"""),
    ("mixed", "chat: profile update phone + e-mail", 1, """
C: new mobile [[PHONE|{mob.typed}]] and new email [[EMAIL|{email.typed}]]
A: Thanks, both updated.
"""),
    ("mixed", "call: fraud report with card and callback number", 1, """
C: there's transactions i don't recognise on [[CARD_NUMBER|{card.spoken}]]
A: okay and a number we can call you back on
C: [[PHONE|{mob.spoken}]]
"""),
    ("mixed", "chat: US ID check SSN + phone + zip", 1, """
C: SSN [[SSN|{ssn.dash}]], phone [[PHONE|{usph.dash}]], zip [[POSTCODE|{zip.typed}]]
"""),
    ("mixed", "call: benefits call NI + DOB", 1, """
A: i'll need your national insurance number and date of birth
C: [[NI_NUMBER|{ni.spoken}]] and i was born [[DOB|{dob.spoken_short}]]
"""),
    ("mixed", "chat: refund form IBAN + email", 1, """
C: IBAN [[IBAN|{iban.typed}]] and send the confirmation to [[EMAIL|{email.typed}]]
"""),
    ("mixed", "call: direct debit with address check", 1, """
A: the account holder's address
C: [[ADDRESS|{addr.spoken}]]
A: and the sort code and account number
C: [[SORT_CODE|{sort.spoken_pairs}]] [[BANK_ACCOUNT|{acct.spoken}]]
"""),
    ("mixed", "call: US card + billing zip + phone", 1, """
C: card is [[CARD_NUMBER|{card.pairs}]] billing zip [[POSTCODE|{zip.spoken}]] and my phone is [[PHONE|{usph.spoken}]]
"""),
    ("mixed", "chat: everything in one message", 1, """
C: name jane doe, dob [[DOB|{dob.uk_slash}]], [[ADDRESS|{addr.typed}]] [[POSTCODE|{pc.typed}]], tel [[PHONE|{land.typed}]]
"""),
    ("mixed", "call: elderly customer, slow with back-channels, DOB and phone", 1, """
A: can i take your date of birth my love
C: oh it's the [[DOB|{dob.spoken}]]
A: lovely and a phone number
C: it's [[PHONE|{land.spoken_dbl}]]
"""),
]

NEGATIVE = [
    ("price", "call: bill amount spoken", """
C: yeah the bill this month was eighty four pounds ninety nine which is way more than last month
A: let me have a look at that for you
"""),
    ("price", "chat: prices with pound sign", """
C: Why has my bill gone up to £62.50?? it was £45 last month
A: I can see a price rise of 3.9% was applied in April.
"""),
    ("price", "call: price with pence", """
A: the new package would be thirty two pounds fifty a month for twenty four months
C: and what was i paying before
A: twenty eight ninety nine
"""),
    ("price", "chat: large price with comma and VAT", """
C: order total 1,842.50 incl VAT, can I pay in instalments?
"""),
    ("price", "call: refund amount and working days", """
A: the refund of one hundred and nine pounds forty will be back with you in five to seven working days
"""),
    ("price", "chat: repeated charges", """
C: you charged me 3 times: 12.99, 12.99 and 12.99
A: I'm sorry, I can see two duplicate charges and will refund them.
"""),
    ("price", "call: dollar amounts", """
C: it was supposed to be forty nine ninety nine and you charged me one hundred and forty nine dollars
"""),
    ("price", "call: price over months", """
C: it was like four hundred and twelve pounds for three months i can't afford that
"""),
    ("time", "call: callback time", """
C: can you call me back at about half past four tomorrow
A: i'll book a callback between four and five
"""),
    ("time", "call: times of previous calls", """
C: i rang at eight oh five this morning and again at eleven twenty
"""),
    ("time", "chat: 24h time", """
C: the engineer said he'd arrive at 14:30 but it's now 16:45
"""),
    ("time", "call: appointment time and weekday date", """
A: the appointment's at ten fifteen on tuesday the ninth
C: that's fine
"""),
    ("duration", "chat: hold duration", """
C: I've been waiting 45 mins on hold before trying this chat
"""),
    ("duration", "call: answer time", """
C: it took you two and a half hours to answer the phone last time
"""),
    ("duration", "call: contract length", """
A: you're eighteen months into a twenty four month contract so six months left
"""),
    ("count", "call: number of calls", """
C: i've rung you lot eleven times this week and nobody calls back
"""),
    ("count", "call: household devices", """
C: we've got four people in the house and about fifteen devices on the wifi
"""),
    ("count", "call: queue position", """
C: the recording said i was number seven in the queue and then it cut off
"""),
    ("year", "call: customer since", """
C: i've been with you since two thousand and nine and this is how you treat me
"""),
    ("year", "chat: years", """
C: customer since 2014 and this is the worst service I've had
"""),
    ("year", "call: year of the car", """
C: it's a twenty nineteen ford focus the one i'm insuring
"""),
    ("order", "chat: 12 digit order number", """
C: order number is 100238845721 still not arrived
"""),
    ("order", "call: order number spoken", """
C: my order number is four four seven one nine two eight three
A: thank you i've found it
"""),
    ("order", "chat: incident ticket", """
C: ticket #INC0048812 - still no update
"""),
    ("order", "call: case reference spelled", """
A: your reference number is c x four four eight eight one two
"""),
    ("order", "chat: 16 digit order reference (not Luhn valid)", """
C: your order reference is 7012 4483 9921 0457 according to the email
"""),
    ("order", "chat: invoice number", """
C: invoice INV-2024-00381 shows the wrong amount
"""),
    ("order", "chat: case number and days", """
C: Case ref: 00457812 - still no update after 14 days
"""),
    ("order", "chat: subscription id", """
C: Hi I'm trying to cancel subscription ID SUB-88213
"""),
    ("order", "chat: policy number", """
C: Policy number HX-4471-02 renewal quote is too high
"""),
    ("order", "call: long spoken reference number", """
A: the complaint reference is one two eight eight four nine two oh three one one seven
"""),
    ("order", "chat: booking reference", """
C: booking ref QXJ7LM for 2 adults 1 child
"""),
    ("order", "chat: order id with letters", """
C: Order #A7730-2291 - 2x USB-C cables, 1x charger
"""),
    ("percent", "chat: discount percentage", """
C: you offered me 20% off for 12 months on the phone
"""),
    ("percent", "call: apr", """
A: the apr on that card is twenty two point nine percent variable
"""),
    ("percent", "chat: battery percentage", """
C: Battery at 14% and phone's only 8 months old
"""),
    ("model", "call: phone model", """
C: it's the iphone fifteen pro max two five six gig
"""),
    ("model", "chat: router model and firmware", """
C: router model is TG589vac v2, firmware 17.2.0405
"""),
    ("model", "chat: app version", """
C: app version 4.12.3 on android 14 keeps crashing
"""),
    ("model", "call: boiler model", """
C: the boiler's a vaillant ecotec plus eight three one
"""),
    ("model", "call: washing machine model", """
C: the model number on the back says w m six one four two
"""),
    ("model", "chat: windows build", """
C: Windows 11 version 23H2, build 22631.3296
"""),
    ("model", "call: version number", """
A: the box should say version two point four point one on the bottom
"""),
    ("model", "chat: error code", """
C: error code 0x80070005 when I try to update
"""),
    ("date", "call: engineer appointment date", """
A: the engineer's booked for the fourteenth of june between eight and one
C: can it be any earlier
"""),
    ("date", "chat: delivery date", """
C: delivery was meant to be 12/06 but nothing came
"""),
    ("date", "call: bill date", """
A: your bill date is the twenty eighth of every month
"""),
    ("date", "chat: contract end", """
C: contract ends march 2026 so can I leave early without paying
"""),
    ("date", "call: parcel date", """
C: the parcel was supposed to come on friday the seventeenth
"""),
    ("date", "chat: purchase date", """
C: I paid for the laptop on 3rd May and it broke on 21/05/2024
"""),
    ("date", "call: direct debit date", """
A: the direct debit comes out on the first working day of the month
"""),
    ("date", "call: full date of a past event (not a birthday)", """
C: i cancelled on the second of january twenty twenty four and you still charged me
"""),
    ("date", "chat: ISO date of a meter reading", """
C: last reading was taken 2024-11-03
"""),
    ("speed", "call: broadband speed", """
C: i'm paying for five hundred meg and i'm getting about thirty
"""),
    ("speed", "chat: speed test", """
C: speed test says 67.4 Mbps down 9.8 up
"""),
    ("speed", "call: data allowance", """
C: i've used twenty eight gig of my thirty gig allowance already and it's only the tenth
"""),
    ("speed", "call: minutes and texts", """
A: that gives you one thousand two hundred minutes and unlimited texts
"""),
    ("travel", "chat: flight number", """
C: flight BA283 got cancelled and I need to rebook
"""),
    ("travel", "call: room number", """
C: i'm in room four one two at the moment the wifi doesn't work
"""),
    ("travel", "call: flight details", """
C: the flight's at six twenty from gatwick north terminal gate forty two
"""),
    ("travel", "chat: train number", """
C: Train 1045 from Leeds was delayed 35 min
"""),
    ("travel", "call: seat number", """
C: the seat number on the ticket was fourteen c
"""),
    ("step", "call: setup step", """
C: i'm on step three of the setup and the light's flashing orange
"""),
    ("step", "call: steps of instructions", """
C: i've done the first two steps and i'm stuck on step five
"""),
    ("step", "call: IVR options", """
C: i pressed option two then option four and it brought me here
"""),
    ("step", "call: extension number", """
A: i'm on extension four four one oh if you get cut off
"""),
    ("last4", "chat: card ending", """
C: the card ending 4242 was charged twice
"""),
    ("last4", "call: card ending spoken", """
A: is that the card ending in six seven eight nine
C: yes that's the one
"""),
    ("last4", "call: last four digits", """
C: the last four digits of the card are oh oh one nine
"""),
    ("last4", "chat: last 4 of card", """
C: last 4 of card: 8812, please refund to that one
"""),
    ("last4", "call: account ending", """
A: i can see the account ending three four double one is that still current
"""),
    ("last4", "call: last four of social", """
A: can you verify the last four of your social
C: it's four four one two
"""),
    ("field", "call: agent asks for card number, customer goes to get it", """
A: can i take the long card number please
C: hang on let me find my purse
"""),
    ("field", "chat: asks why DOB needed", """
A: Could you confirm your date of birth and postcode?
C: why do you need my date of birth for a broadband fault
"""),
    ("field", "call: no NI number to hand", """
C: i don't have my national insurance number on me i'll have to ring back
"""),
    ("field", "call: sort code field mention", """
C: my sort code changed when they merged the banks will that matter
"""),
    ("field", "chat: where is IBAN", """
C: where do i find my IBAN? the app doesn't show it
"""),
    ("field", "chat: account number not to hand", """
C: Account number? I don't have it to hand, can you find me another way?
"""),
    ("field", "call: security question about address", """
A: for security can you give me the first line of your address
C: sure hang on my husband normally deals with this
"""),
    ("field", "chat: email mention without value", """
C: I changed my email last month but the bills still go to the old one
"""),
    ("field", "call: phone number mention without value", """
C: i changed my phone number but the texts still go to my old phone
"""),
    ("field", "chat: postcode mention", """
C: my postcode is wrong on the letter, can I update it?
"""),
    ("field", "call: cvv mention", """
C: i don't want to give the three numbers on the back over the phone
"""),
    ("field", "chat: IMEI question", """
C: IMEI? where do I find that
"""),
    ("tracking", "chat: tracking number with letters", """
A: Your parcel tracking number is JD014600003828394112
"""),
    ("tracking", "chat: UPS tracking", """
C: tracking 1Z999AA10123456784 says delivered but nothing here
"""),
    ("tracking", "call: tracking number spoken with letters", """
C: the tracking number is h for hotel three one x y z four four seven one nine two
"""),
    ("tracking", "chat: royal mail tracking", """
C: Royal Mail ref RM123456785GB shows still in transit
"""),
    ("misc", "call: age", """
C: i'm seventy two i can't be doing with all this online stuff
"""),
    ("misc", "call: high street branch without a number", """
C: the branch on the high street closed so where do i go now
"""),
    ("misc", "call: meter reading five digits", """
C: the meter reading is oh four five one two
"""),
    ("misc", "call: channel number", """
C: channel one oh one isn't working but the others are
"""),
    ("misc", "chat: temperature", """
C: thermostat set to 21.5 and it's still cold
"""),
    ("misc", "call: offer", """
C: i'm calling about the three for two offer you had on
"""),
    ("misc", "chat: born decade, not a date of birth", """
C: I was born in the 80s lol not great with tech
"""),
    ("misc", "chat: parcel dimensions", """
C: Parcel weighed 2.4kg, dimensions 30x20x15cm
"""),
    ("misc", "call: unlimited plan price", """
A: you're on the unlimited plan at twenty five pound a month for twenty four months
"""),
    ("misc", "chat: sim type", """
C: can u send me a new sim, mine's the old 4G one
"""),
    ("misc", "call: floor", """
C: i'm on the sixth floor so the signal is terrible
"""),
    ("misc", "call: bus route", """
C: the number forty two bus goes right past your store
"""),
    ("field", "call: account number mention with a letter date", """
C: the account number's on the letter you sent dated the fourth of may but i can't find it
"""),
    ("field", "chat: sort code mention", """
C: is the sort code for the branch on the card? cant see it anywhere
"""),
    ("misc", "chat: dropped connection time", """
C: it dropped out at 9:47 last night and again at 23:10
"""),
]

# --------------------------------------------------------------------------
# building
# --------------------------------------------------------------------------
PH_RE = re.compile(r"\{([a-z]+?)(\d*)\.([a-z0-9_]+)(?:\[(\d+)\])?\}")
MARK_RE = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]")
SPEAKERS = {"C": "customer", "A": "agent"}


def fill(text: str, values: dict, rng: random.Random) -> str:
    def rep(m: re.Match) -> str:
        base, num, attr, idx = m.group(1), m.group(2), m.group(3), m.group(4)
        key = base + num
        if key not in values:
            values[key] = FACTORIES[base](rng)
        val = getattr(values[key], attr)
        if idx is not None:
            val = val[int(idx)]
        return val

    return PH_RE.sub(rep, text)


def strip_markup(line: str, turn_idx: int) -> tuple[str, list[dict]]:
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK_RE.finditer(line):
        pre = line[pos:m.start()]
        out.append(pre)
        length += len(pre)
        typ, val = m.group(1), m.group(2)
        if typ not in TYPES:
            raise ValueError(f"unknown type {typ}")
        spans.append({"turn": turn_idx, "start": length, "end": length + len(val), "type": typ})
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unbalanced markup: {line!r}")
    return text, spans


def build_case(case_id: str, kind: str, note: str, text: str, rng: random.Random) -> dict:
    values: dict = {}
    filled = fill(text.strip("\n"), values, rng)
    turns, spans = [], []
    for line in filled.split("\n"):
        who, _, body = line.partition(": ")
        if who not in SPEAKERS:
            raise ValueError(f"bad line {line!r} in {case_id}")
        t, s = strip_markup(body.strip(), len(turns))
        turns.append({"speaker": SPEAKERS[who], "text": t})
        spans += s
    return {"id": case_id, "kind": kind, "turns": turns, "spans": spans, "note": note}


def generate() -> list[dict]:
    rng = random.Random(SEED)
    cases = []
    n = 0
    for tag, note, reps, text in POSITIVE:
        for r in range(reps):
            n += 1
            cases.append(build_case(f"h2-pos-{n:03d}-{tag}", "positive",
                                    note + (f" (variant {r + 1})" if reps > 1 else ""), text, rng))
    n = 0
    for tag, note, text in NEGATIVE:
        n += 1
        cases.append(build_case(f"h2-neg-{n:03d}-{tag}", "negative", note, text, rng))
    return cases


def dumps(cases: list[dict]) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# --------------------------------------------------------------------------
# checking: spoken-form conversion and per-type validators
# --------------------------------------------------------------------------
UNIT_W = {w: str(i) for i, w in enumerate(ONES)}
UNIT_W.update({"oh": "0", "nought": "0"})
TEEN_W = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_W = {w: str(i) for i, w in enumerate(TENS) if w}
FILLERS = {"um", "uh", "er", "erm", "ah", "uhm", "hmm", "and", "dash", "hyphen", "space",
           "slash", "then", "sorry"}


def tokenize(text: str) -> list[str]:
    t = text.lower().replace("x-ray", "xray")
    t = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", t)
    return re.findall(r"[a-z]+|\d|[^\sa-z\d]", t)


def _small(toks: list[str], i: int) -> tuple[int | None, int]:
    """Parse 1..99 in words at toks[i]; return (value, next index)."""
    if i >= len(toks):
        return None, i
    t = toks[i]
    if t in TENS_W:
        v = int(TENS_W[t]) * 10
        if i + 1 < len(toks) and toks[i + 1] in ONES[1:]:
            return v + ONES.index(toks[i + 1]), i + 2
        return v, i + 1
    if t in TEEN_W:
        return int(TEEN_W[t]), i + 1
    if t in ONES[1:]:
        return ONES.index(t), i + 1
    return None, i


def to_symbols(text: str, letters: bool = False) -> str:
    """Convert spoken/typed digits (and optionally letters) to a compact string.

    Raises ValueError on a token it does not understand, so that a mistake in
    a template shows up in --check.
    """
    toks = tokenize(text)
    out: list[str] = []
    i, mult = 0, 1
    while i < len(toks):
        t = toks[i]
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        if t in ("hundred", "thousand"):
            if not out or not out[-1].isdigit():
                raise ValueError(f"'{t}' without a number in {text!r}")
            val = int(out.pop()) * (100 if t == "hundred" else 1000)
            if i + 1 < len(toks) and toks[i + 1] == "and":
                sub, j = _small(toks, i + 2)
                if sub is not None:
                    out.append(str(val + sub))
                    i = j
                    continue
            out.append(str(val))
            i += 1
            continue
        piece = None
        if t.isdigit():
            piece = t
        elif letters and len(t) == 1 and t.isalpha():
            piece = t.upper()
            if i + 2 < len(toks) and toks[i + 1] == "for":
                i += 2  # "g for golf"
            elif i + 3 < len(toks) and toks[i + 1] == "as" and toks[i + 2] == "in":
                i += 3
        elif t in UNIT_W:
            piece = UNIT_W[t]
        elif t in TEEN_W:
            piece = TEEN_W[t]
        elif t in TENS_W:
            if i + 1 < len(toks) and toks[i + 1] in ONES[1:]:
                piece = TENS_W[t] + UNIT_W[toks[i + 1]]
                i += 1
            else:
                piece = TENS_W[t] + "0"
        elif letters and t in NATO_REV:
            piece = NATO_REV[t].upper()
        elif letters and t.isalpha() and t not in FILLERS and t not in ("for", "as", "in", "plus"):
            piece = t.upper()  # typed run of letters, e.g. "GB" in "GB29 NWBK ..."
        elif t == "+" or t == "plus":
            piece = "+"
        elif t in FILLERS or t in "-/().,:":
            piece = ""
        else:
            raise ValueError(f"unknown token {t!r} in {text!r}")
        out.append(piece * mult)
        mult = 1
        i += 1
    return "".join(out)


def v_card(s: str) -> bool:
    d = to_symbols(s)
    return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)


def v_cvv(s: str) -> bool:
    d = to_symbols(s)
    return d.isdigit() and len(d) in (3, 4)


MONTH_NAMES = {m: i + 1 for i, m in enumerate(MONTHS)}
MONTH_NAMES.update({m[:3]: i + 1 for i, m in enumerate(MONTHS)})
MONTH_NAMES["sept"] = 9
ORD_MONTH = {o: i for i, o in enumerate(ORDINALS) if 1 <= i <= 12}


def v_expiry(s: str) -> bool:
    toks = tokenize(s)
    if toks and (toks[0] in MONTH_NAMES or toks[0] in ORD_MONTH):
        rest = " ".join(t for t in toks[1:] if t != "of")
        y = to_symbols(rest)
        return y.isdigit() and len(y) in (2, 4)
    d = to_symbols(s)
    if not d.isdigit() or len(d) not in (4, 6):
        return False
    return 1 <= int(d[:2]) <= 12


def v_ssn(s: str) -> bool:
    d = to_symbols(s)
    return (d.isdigit() and len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9"
            and d[3:5] != "00" and d[5:] != "0000")


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def v_ni(s: str) -> bool:
    return bool(NI_RE.match(to_symbols(s, letters=True)))


def v_account(s: str) -> bool:
    d = to_symbols(s)
    return d.isdigit() and 6 <= len(d) <= 17


def v_sort(s: str) -> bool:
    d = to_symbols(s)
    return d.isdigit() and len(d) == 6


def v_iban(s: str) -> bool:
    x = to_symbols(s, letters=True).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", x):
        return False
    return IBAN_LEN.get(x[:2]) == len(x) and iban_mod97(x) == 1


def v_phone(s: str) -> bool:
    d = to_symbols(s)
    if not re.fullmatch(r"\+?\d+", d):
        return False
    if d.startswith("00"):  # international prefix said as "double oh"
        d = "+" + d[2:]
    if d.startswith("+"):
        return 10 <= len(d) - 1 <= 15  # E.164
    return 10 <= len(d) <= 11


EMAIL_RE = re.compile(r"^[a-z0-9]+([._-][a-z0-9]+)*@[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*\.[a-z]{2,}$")


def email_from_spoken(s: str) -> str:
    t = s.lower().strip()
    if "@" in t:
        return t
    toks = re.findall(r"[a-z0-9]+|[._-]", t)
    out, i, mult = [], 0, 1
    while i < len(toks):
        w = toks[i]
        piece = None
        if w in ("double", "triple"):
            mult = 2 if w == "double" else 3
            i += 1
            continue
        if w == "at":
            piece = "@"
        elif w in ("dot", "period", "point"):
            piece = "."
        elif w == "underscore":
            piece = "_"
        elif w in ("dash", "hyphen"):
            piece = "-"
        elif w in ("um", "uh", "er"):
            piece = ""
        elif w in ONES:
            piece = str(ONES.index(w))
        elif w in TEEN_W:
            piece = TEEN_W[w]
        elif w in TENS_W:
            if i + 1 < len(toks) and toks[i + 1] in ONES[1:]:
                piece = TENS_W[w] + str(ONES.index(toks[i + 1]))
                i += 1
            else:
                piece = TENS_W[w] + "0"
        elif len(w) == 1 and i + 2 < len(toks) and toks[i + 1] == "for":
            piece = w
            i += 2
        else:
            piece = w
        out.append(piece * mult)
        mult = 1
        i += 1
    return "".join(out)


def v_email(s: str) -> bool:
    return bool(EMAIL_RE.match(email_from_spoken(s)))


def v_dob(s: str) -> bool:
    m = re.fullmatch(r"(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})", s.strip())
    if m:
        a, b, c = (int(x) for x in m.groups())
        if len(m.group(1)) == 4:
            return 1 <= b <= 12 and 1 <= c <= 31
        return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
    toks = tokenize(s)
    if any(t in MONTH_NAMES for t in toks):
        return any(t.isdigit() or t in NUMBER_WORDS for t in toks)
    d = to_symbols(s)
    if not d.isdigit() or len(d) not in (6, 8):
        return False
    if len(d) == 8 and d[:2] in ("19", "20"):  # ISO
        y, a, b = d[:4], int(d[4:6]), int(d[6:])
        return 1 <= a <= 12 and 1 <= b <= 31
    a, b = int(d[:2]), int(d[2:4])
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def v_postcode(s: str) -> bool:
    x = to_symbols(s, letters=True).upper().replace(" ", "")
    if UK_PC_RE.match(x):
        return True
    return bool(re.fullmatch(r"\d{5}(\d{4})?", x))


STREET_TYPES = set(UK_TYPES) | set(US_TYPES) | {a.lower() for a in ABBR.values()}
NUMBER_WORDS = set(ONES) | set(TEENS) | set(TENS_W) | {"hundred", "thousand", "and", "oh"}


def v_address(s: str) -> bool:
    toks = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", s.lower()).rstrip(".").split()
    if len(toks) < 3 or toks[-1] not in STREET_TYPES:
        return False
    if re.fullmatch(r"\d+[a-z]?", toks[0]):
        return True
    return toks[0] in NUMBER_WORDS


VALIDATORS = {
    "CARD_NUMBER": v_card, "CVV": v_cvv, "EXPIRY": v_expiry, "SSN": v_ssn,
    "NI_NUMBER": v_ni, "BANK_ACCOUNT": v_account, "SORT_CODE": v_sort, "IBAN": v_iban,
    "PHONE": v_phone, "EMAIL": v_email, "DOB": v_dob, "POSTCODE": v_postcode,
    "ADDRESS": v_address,
}


def _safe(fn, s: str) -> bool:
    try:
        return fn(s)
    except ValueError:
        return False


def partition_ok(pieces: list[str], fn) -> bool:
    """Can the ordered pieces be cut into consecutive runs that each validate?"""
    n = len(pieces)
    ok = [False] * (n + 1)
    ok[0] = True
    for j in range(1, n + 1):
        for i in range(j):
            if ok[i] and _safe(fn, " ".join(pieces[i:j])):
                ok[j] = True
                break
    return ok[n]


DIGIT_RUN_RE = re.compile(r"\d(?:[ -]?\d)+")
TYPED_EMAIL_RE = re.compile(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def check_case(c: dict) -> list[str]:
    errs = []
    cid = c.get("id", "?")
    if set(c) != {"id", "kind", "turns", "spans", "note"}:
        errs.append(f"{cid}: unexpected keys {sorted(c)}")
    if c["kind"] not in ("positive", "negative"):
        errs.append(f"{cid}: bad kind")
    turns = c["turns"]
    if not turns:
        errs.append(f"{cid}: no turns")
    for t in turns:
        if t.get("speaker") not in ("customer", "agent") or not t.get("text"):
            errs.append(f"{cid}: bad turn {t}")
        if "[[" in t["text"] or "]]" in t["text"] or "{" in t["text"]:
            errs.append(f"{cid}: leftover markup in {t['text']!r}")
    spans = c["spans"]
    if c["kind"] == "negative" and spans:
        errs.append(f"{cid}: negative with spans")
    if c["kind"] == "positive" and not spans:
        errs.append(f"{cid}: positive without spans")
    prev = (-1, -1)
    for s in spans:
        if set(s) != {"turn", "start", "end", "type"}:
            errs.append(f"{cid}: bad span keys {s}")
            continue
        if s["type"] not in TYPES:
            errs.append(f"{cid}: bad type {s['type']}")
        if not 0 <= s["turn"] < len(turns):
            errs.append(f"{cid}: span turn out of range {s}")
            continue
        text = turns[s["turn"]]["text"]
        if not 0 <= s["start"] < s["end"] <= len(text):
            errs.append(f"{cid}: span offsets out of range {s}")
            continue
        val = text[s["start"]:s["end"]]
        if val != val.strip() or not val:
            errs.append(f"{cid}: span not trimmed {val!r}")
        if re.match(r"(the|my)\s", val.lower()):
            errs.append(f"{cid}: span starts with the/my {val!r}")
        if s["start"] > 0 and text[s["start"] - 1].isalnum():
            errs.append(f"{cid}: span starts mid-word {val!r}")
        if s["end"] < len(text) and text[s["end"]].isalnum():
            errs.append(f"{cid}: span ends mid-word {val!r}")
        if (s["turn"], s["start"]) < prev:
            errs.append(f"{cid}: spans unsorted/overlapping at {s}")
        prev = (s["turn"], s["end"])
    # per-type value checks, allowing a value split over several spans
    by_type: dict[str, list[str]] = {}
    for s in spans:
        if s["type"] in TYPES and 0 <= s["turn"] < len(turns):
            by_type.setdefault(s["type"], []).append(turns[s["turn"]]["text"][s["start"]:s["end"]])
    for typ, pieces in by_type.items():
        if not partition_ok(pieces, VALIDATORS[typ]):
            errs.append(f"{cid}: {typ} value(s) fail validation: {pieces}")
    # unlabelled look-alikes
    for ti, t in enumerate(turns):
        covered = [(s["start"], s["end"]) for s in spans if s["turn"] == ti]
        for m in TYPED_EMAIL_RE.finditer(t["text"]):
            if not any(a <= m.start() and m.end() <= b for a, b in covered):
                errs.append(f"{cid}: unlabelled e-mail {m.group()!r}")
        if c["kind"] == "negative":
            for m in DIGIT_RUN_RE.finditer(t["text"]):
                d = re.sub(r"\D", "", m.group())
                if 13 <= len(d) <= 19 and luhn_ok(d):
                    errs.append(f"{cid}: negative holds a Luhn-valid run {m.group()!r}")
    return errs


def summarize(cases: list[dict]) -> tuple[Counter, Counter, Counter]:
    kinds = Counter(c["kind"] for c in cases)
    span_types = Counter(s["type"] for c in cases for s in c["spans"])
    case_types = Counter(t for c in cases for t in {s["type"] for s in c["spans"]})
    return kinds, span_types, case_types


def check(path: Path) -> int:
    errs = []
    lines = path.read_text(encoding="utf-8").splitlines()
    cases = []
    for k, line in enumerate(lines, 1):
        try:
            cases.append(json.loads(line))
        except json.JSONDecodeError as e:
            errs.append(f"line {k}: {e}")
    ids = Counter(c["id"] for c in cases)
    errs += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    for c in cases:
        errs += check_case(c)
    kinds, span_types, case_types = summarize(cases)
    if kinds["positive"] < MIN_POSITIVE:
        errs.append(f"only {kinds['positive']} positive cases")
    if kinds["negative"] < MIN_NEGATIVE:
        errs.append(f"only {kinds['negative']} negative cases")
    missing = [t for t in TYPES if not span_types[t]]
    if missing:
        errs.append(f"types without any span: {missing}")
    if dumps(generate()) != path.read_text(encoding="utf-8"):
        errs.append("file differs from what the generator produces (re-run without --check)")
    for e in errs:
        print("ERROR", e)
    print(f"{len(cases)} cases: {dict(kinds)}; spans per type: {dict(sorted(span_types.items()))}")
    print("OK" if not errs else f"{len(errs)} error(s)")
    return 1 if errs else 0


def readme(cases: list[dict]) -> str:
    kinds, span_types, case_types = summarize(cases)
    rows = "\n".join(f"| {t} | {case_types[t]} | {span_types[t]} |" for t in TYPES)
    return f"""# PII hold-out set 2

**Never used for tuning.** This set only measures the redactor. Do not adjust
patterns, thresholds or word lists to make these cases pass; if it is ever
looked at while changing the redactor, it stops being a hold-out and a fresh
set must be written.

It was written independently of the redaction code (`src/convo/redact/`) and
of the other PII fixture sets, without reading them and without running the
redactor.

## How it was made

`scripts/make_pii_holdout2.py` (seed {SEED}) fills hand-written
contact-centre templates with generated values and writes `cases.jsonl`
and this README. Templates carry inline markup `[[TYPE|value]]`; stripping
it gives the character offsets of each span (end exclusive). Calls are
written the way ASR would give them (lower case, few commas, numbers mostly
spelled out: "oh", "double", pairs such as "forty five", NATO spellings);
chats are typed (digits, capitals, typos). Card numbers are Luhn-valid,
IBANs carry valid mod-97 check digits and the right country length, NI
numbers, SSNs, sort codes and postcodes are well formed.

Span conventions: a span covers exactly the value; fillers such as "um" or
"then" between the digits stay inside; a leading "the"/"my" stays outside; a
value split over several turns (back-channels in between) gets one span per
piece, all with the same type; an agent's read-back is labelled as well.
ADDRESS is house number + street name + street type only (town and postcode
are not part of it; the postcode is its own POSTCODE span). "Card ending
4242" and other last-four mentions, order/ticket/tracking numbers, prices,
times, non-birthday dates, versions etc. are not PII here.

    python scripts/make_pii_holdout2.py --check

checks the file: schema, offsets, that it equals the generator's output,
and each labelled value after turning spoken forms back into digits/letters
(Luhn and 13-19 digits for cards, joining pieces split over turns; mod-97
for IBANs; formats for the rest). Negatives must carry no spans and no
Luhn-valid 13-19 digit run.

## Format

One JSON object per line:
`{{"id", "kind": "positive"|"negative", "turns": [{{"speaker", "text"}}], "spans": [{{"turn", "start", "end", "type"}}], "note"}}`.

## Counts

{len(cases)} cases: {kinds['positive']} positive, {kinds['negative']} negative;
{sum(span_types.values())} spans.

| type | positive cases with it | spans |
|---|---|---|
{rows}
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="validate the written file")
    args = ap.parse_args(argv)
    if args.check:
        return check(CASES_PATH)
    cases = generate()
    errs = [e for c in cases for e in check_case(c)]
    for e in errs:
        print("ERROR", e)
    if errs:
        return 1
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES_PATH.write_text(dumps(cases), encoding="utf-8")
    README_PATH.write_text(readme(cases), encoding="utf-8")
    kinds, span_types, _ = summarize(cases)
    print(f"wrote {len(cases)} cases ({dict(kinds)}) to {CASES_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

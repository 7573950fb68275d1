#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout129``.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  Output is byte-for-byte reproducible (one seeded
``random.Random``).

    python scripts/make_pii_holdout129.py           # write fixture + README
    python scripts/make_pii_holdout129.py --check   # regenerate and verify
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import random

SEED = 129241124
PREFIX = "h129"
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout129"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

rng = random.Random(SEED)

# --------------------------------------------------------------------------
# spoken-number vocabulary
# --------------------------------------------------------------------------
UNIT = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four",
        "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "nine"}
TEEN = {"10": "ten", "11": "eleven", "12": "twelve", "13": "thirteen",
        "14": "fourteen", "15": "fifteen", "16": "sixteen",
        "17": "seventeen", "18": "eighteen", "19": "nineteen"}
TENS = {"2": "twenty", "3": "thirty", "4": "forty", "5": "fifty",
        "6": "sixty", "7": "seventy", "8": "eighty", "9": "ninety"}
HOMO = {"2": ["to", "too"], "4": ["for"], "8": ["ate"], "1": ["won"]}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india",
        "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "o": "oscar", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
CASUAL = {"a": "apple", "b": "bob", "c": "cat", "d": "dog", "e": "edward",
          "g": "george", "h": "harry", "j": "jack", "k": "king",
          "l": "london", "m": "mother", "n": "nancy", "p": "peter",
          "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
          "y": "yellow", "z": "zebra"}
FILLERS = ["um", "uh", "er", "erm", "like", "sorry", "hang on", "uh huh"]
CORRECTIONS = ["no sorry", "sorry i mean", "no wait", "scratch that"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth",
       6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth",
       11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
       15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
       18: "eighteenth", 19: "nineteenth", 20: "twentieth",
       21: "twenty first", 22: "twenty second", 23: "twenty third",
       24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}


def ordsuf(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def zstyle(region: str = "uk") -> str:
    if region == "us":
        return rng.choice(["zero", "zero", "oh", "o"])
    return rng.choice(["zero", "oh", "oh", "o", "nought"])


def dword(d: str, zs: str) -> str:
    return zs if d == "0" else UNIT[d]


def say_digits(s: str, zs: str = "zero", rep: float = 0.5,
               homo: float = 0.0) -> str:
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        if run >= 3 and rng.random() < rep:
            out.append("triple " + dword(d, zs))
            i += 3
        elif run >= 2 and rng.random() < rep:
            out.append("double " + dword(d, zs))
            i += 2
        else:
            w = dword(d, zs)
            if homo and d in HOMO and rng.random() < homo:
                w = rng.choice(HOMO[d])
            out.append(w)
            i += 1
    return " ".join(out)


def say_pair(p: str, zs: str) -> str:
    if p[0] == "0":
        return zs + " " + dword(p[1], zs) if p != "00" else rng.choice(
            ["double " + zs, zs + " " + zs])
    if p[0] == "1":
        return TEEN[p]
    if p[1] == "0":
        return TENS[p[0]]
    return TENS[p[0]] + " " + UNIT[p[1]]


def say_pairs(s: str, zs: str = "oh", hundred: bool = True) -> str:
    out = []
    if len(s) % 2:
        out.append(dword(s[0], zs))
        s = s[1:]
    pairs = [s[i:i + 2] for i in range(0, len(s), 2)]
    for k, p in enumerate(pairs):
        if (hundred and p == "00" and out and k > 0 and pairs[k - 1][0] != "0"
                and rng.random() < 0.7):
            out.append("hundred")
        else:
            out.append(say_pair(p, zs))
    return " ".join(out)


def say_group(g: str, zs: str, mode: str) -> str:
    """mode: words | pairs | num | mixed"""
    if mode == "mixed":
        mode = rng.choice(["words", "words", "pairs", "num"])
    if mode == "num":
        return g
    if mode == "pairs" and len(g) in (2, 4):
        return say_pairs(g, zs)
    return say_digits(g, zs, rep=0.5, homo=0.08)


def split_groups(s: str, sizes) -> list[str]:
    out, i = [], 0
    for n in sizes:
        if s[i:i + n]:
            out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def asr_join(parts: list[str], style: str) -> str:
    """Join spoken groups the way a recogniser might punctuate them."""
    if style == "plain":
        return " ".join(parts)
    seps = [" ", ", ", " ", ". ", " - ", "... "] if style == "whisper" else [" "]
    out = parts[0]
    for p in parts[1:]:
        sep = rng.choice(seps)
        if sep == ". ":
            p = p[:1].upper() + p[1:]
        out += sep + p
    return out


def spoken_number(s: str, sizes, region="uk", style="whisper",
                  mode="mixed", filler=0.0, zs=None) -> str:
    zs = zs or zstyle(region)
    groups = split_groups(s, sizes)
    parts = []
    for g in groups:
        t = say_group(g, zs, mode)
        if filler and rng.random() < filler:
            t = t + " " + rng.choice(["um", "uh", "er", "erm"])
        parts.append(t)
    # never end on a filler
    parts[-1] = re.sub(r" (um|uh|er|erm)$", "", parts[-1])
    return asr_join(parts, style)


def dictated(s: str, zs: str) -> str:
    """Slow dictation: Whisper writes one digit per sentence or numerals with commas."""
    f = rng.randint(0, 2)
    if f == 0:
        return " ".join(cap_first(dword(d, zs)) + "." for d in s)[:-1]
    if f == 1:
        return ", ".join(s)
    return "-".join(s)


def cap_first(t: str) -> str:
    return t[:1].upper() + t[1:]


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
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


def gen_card(kind: str | None = None) -> str:
    kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc",
                               "visa19", "maestro"])
    if kind == "visa":
        body, n = "4" + "".join(rng.choice("0123456789") for _ in range(2)), 16
    elif kind == "visa19":
        body, n = "4", 19
    elif kind == "mc":
        body, n = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        body, n = rng.choice(["34", "37"]), 15
    elif kind == "disc":
        body, n = "6011", 16
    else:
        body, n = rng.choice(["6759", "6761"]), 16
    while len(body) < n - 1:
        body += rng.choice("0123456789")
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_sizes(c: str):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def gen_ssn() -> str:
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        b = rng.randint(1, 99)
        c = rng.randint(1, 9999)
        return f"{a:03d}{b:02d}{c:04d}"


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni() -> str:
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def gen_digits(n: int, first="123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def mod97_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    try:
        num = "".join(str(int(ch, 36)) for ch in s)
    except ValueError:
        return False
    return int(num) % 97 == 1


def gen_iban(country: str | None = None) -> str:
    country = country or rng.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IT"])
    if country in ("GB", "IE"):
        bank = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) if country == "GB" \
            else rng.choice(["AIBK", "BOFI", "IPBS"])
        bban = bank + gen_digits(6) + gen_digits(8)
    elif country == "DE":
        bban = gen_digits(18)
    elif country == "FR":
        bban = gen_digits(10) + gen_digits(11) + gen_digits(2)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + gen_digits(10, "0123456789")
    elif country == "ES":
        bban = gen_digits(20)
    else:
        bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + gen_digits(10) + gen_digits(12)
    return country + iban_check(country, bban) + bban


def group4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "M", "B", "LS", "G", "EH", "CF",
            "BS", "L", "NG", "S", "RG", "OX", "CB", "BT", "DN", "PO", "TN", "YO"]
UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode_uk() -> str:
    a = rng.choice(UK_AREAS)
    d = str(rng.randint(1, 29)) if len(a) == 1 or rng.random() < 0.5 else str(rng.randint(1, 9))
    return a + d + " " + str(rng.randint(0, 9)) + rng.choice(UNIT_LETTERS) + rng.choice(UNIT_LETTERS)


def gen_zip() -> str:
    z = f"{rng.randint(1001, 99950):05d}"
    if rng.random() < 0.25:
        z += "-" + f"{rng.randint(1, 9999):04d}"
    return z


STREETS_UK = ["Kingsley Road", "Albert Street", "Meadow Lane", "Church Close",
              "Victoria Avenue", "Oakfield Drive", "Harbour View", "Station Road",
              "Mill Crescent", "Beech Grove", "Willow Way", "Queens Terrace",
              "Alder Court", "Granby Place", "Castle Hill"]
STREETS_US = ["Elm Street", "Maple Avenue", "Sunset Boulevard", "Lakeview Drive",
              "Pine Ridge Road", "Cedar Lane", "Washington Ave", "Oak Court",
              "Highland Parkway", "Birch Way", "Magnolia Blvd", "Ridgecrest Dr"]
FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "grace",
         "daniel", "chloe", "sean", "emily", "marek", "fatima", "jack", "olivia"]
LAST = ["murphy", "patel", "okafor", "smith", "walsh", "nguyen", "kowalski",
        "brennan", "hughes", "garcia", "oconnor", "reid", "campbell", "ali"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com",
           "btinternet.com", "eircom.net", "aol.com", "live.ie", "protonmail.com"]


def gen_email() -> tuple[str, str, str]:
    f, l = rng.choice(FIRST), rng.choice(LAST)
    form = rng.randint(0, 4)
    num = str(rng.randint(1, 99)) if rng.random() < 0.4 else ""
    if form == 0:
        local = f + "." + l + num
    elif form == 1:
        local = f[0] + l + num
    elif form == 2:
        local = f + "_" + l + num
    elif form == 3:
        local = l + f[0] + num
    else:
        local = f + l + num
    return local, rng.choice(DOMAINS), f


def speak_email(local: str, domain: str, style: str) -> str:
    """style: typed | spoken | whisper"""
    if style == "typed":
        return local + "@" + domain
    def sp(part: str) -> str:
        toks = re.findall(r"[a-z]+|\d+|[._-]", part)
        out = []
        for t in toks:
            if t == ".":
                out.append("dot")
            elif t == "_":
                out.append("underscore")
            elif t == "-":
                out.append("dash")
            elif t.isdigit():
                out.append(say_pairs(t, "oh") if style == "spoken" else t)
            elif len(t) == 1:
                out.append(t)
            else:
                out.append(t)
        return " ".join(out)
    if style == "spoken":
        return sp(local) + " at " + sp(domain)
    # whisper: partly normalised
    form = rng.randint(0, 3)
    if form == 0:
        return local + rng.choice([" at ", " @ ", " at "]) + domain
    if form == 1:
        return cap_first(sp(local)) + " at " + domain.split(".")[0].capitalize() + " dot " + \
            " dot ".join(domain.split(".")[1:])
    if form == 2:
        return sp(local) + " at " + sp(domain)
    return local + "@" + domain


def gen_phone(region: str) -> tuple[str, list[int], str]:
    """returns (digits incl. country code, group sizes, display prefix kind)"""
    if region == "uk":
        k = rng.choice(["mob", "mob", "lon", "geo", "intl"])
        if k == "mob":
            return "07" + gen_digits(9, "0123456789"), [5, 6], k
        if k == "lon":
            return "020" + rng.choice("378") + gen_digits(7, "0123456789"), [3, 4, 4], k
        if k == "geo":
            return "01" + rng.choice("2345679") + gen_digits(8, "0123456789"), [5, 6], k
        return "447" + gen_digits(9, "0123456789"), [2, 4, 6], k
    if region == "ie":
        k = rng.choice(["mob", "mob", "intl", "dub"])
        if k == "mob":
            return "08" + rng.choice("35679") + gen_digits(7, "0123456789"), [3, 3, 4], k
        if k == "dub":
            return "01" + gen_digits(7), [2, 3, 4], k
        return "3538" + rng.choice("35679") + gen_digits(7, "0123456789"), [3, 2, 3, 4], k
    k = rng.choice(["dom", "dom", "one"])
    area = rng.choice("23456789") + rng.choice("0123456789") + rng.choice("0123456789")
    exch = rng.choice("23456789") + gen_digits(2, "0123456789")
    if k == "one":
        return "1" + area + exch + gen_digits(4, "0123456789"), [1, 3, 3, 4], k
    return area + exch + gen_digits(4, "0123456789"), [3, 3, 4], k


def typed_phone(d: str, sizes, kind: str, region: str) -> str:
    g = split_groups(d, sizes)
    if region == "us":
        f = rng.randint(0, 3)
        if kind == "one":
            g = g[1:]
            pre = rng.choice(["1-", "+1 ", "1 "])
        else:
            pre = ""
        if f == 0:
            return pre + f"({g[0]}) {g[1]}-{g[2]}"
        if f == 1:
            return pre + "-".join(g)
        if f == 2:
            return pre + ".".join(g)
        return pre + "".join(g)
    if kind == "intl":
        return "+" + " ".join(g) if rng.random() < 0.7 else "+" + "".join(g)
    sep = rng.choice([" ", " ", "", "-"])
    return sep.join(g)


def spoken_phone(d: str, sizes, kind: str, region: str, style="whisper") -> str:
    zs = zstyle(region)
    if kind in ("intl", "one") and region != "us":
        cc_len = sizes[0]
        cc = "plus " + say_digits(d[:cc_len], zs, rep=0.8)
        rest = spoken_number(d[cc_len:], sizes[1:], region, style, mode="mixed", zs=zs)
        return cc + " " + rest
    return spoken_number(d, sizes, region, style, mode="mixed", zs=zs)


def gen_dob():
    y = rng.randint(1941, 2004)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    return y, m, dd


def say_year(y: int) -> str:
    if y >= 2000:
        r = y - 2000
        if r == 0:
            return "two thousand"
        return "two thousand and " + UNIT[str(r)] if r < 10 else "two thousand " + say_pair(str(r), "oh")
    return say_pair(str(y)[:2], "oh") + " " + say_pair(str(y)[2:], "oh")


def dob_text(y, m, d, region, style) -> str:
    mon = MONTHS[m - 1]
    if style == "typed":
        f = rng.randint(0, 4)
        if f == 0:
            return f"{d:02d}/{m:02d}/{y}" if region != "us" else f"{m:02d}/{d:02d}/{y}"
        if f == 1:
            return f"{d}.{m}.{y % 100:02d}"
        if f == 2:
            return f"{d} {mon[:3].capitalize()} {y}"
        if f == 3:
            return f"{y}-{m:02d}-{d:02d}"
        return f"{mon.capitalize()} {d}, {y}"
    if style == "whisper":
        f = rng.randint(0, 3)
        if f == 0:
            return f"{mon.capitalize()} {ordsuf(d)}, {y}"
        if f == 1:
            return f"the {ordsuf(d)} of {mon.capitalize()} {say_year(y)}"
        if f == 2:
            return f"{d}/{m}/{str(y)[2:]}" if region != "us" else f"{m}/{d}/{y}"
        return f"{ORD[d]} of {mon} {y}"
    f = rng.randint(0, 3)
    if f == 0:
        return f"the {ORD[d]} of {mon} {say_year(y)}"
    if f == 1:
        return f"{mon} {ORD[d]} {say_year(y)}"
    if f == 2:
        return f"{say_pairs(f'{d:02d}', 'oh')} {say_pairs(f'{m:02d}', 'oh')} {say_year(y)}"
    return f"{ORD[d]} {mon} {say_pairs(str(y)[2:], 'oh') if y < 2000 else say_year(y)}"


def gen_expiry():
    return rng.randint(1, 12), rng.randint(26, 32)


def expiry_text(m, y, style) -> str:
    if style == "typed":
        return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}"])
    if style == "whisper":
        f = rng.randint(0, 3)
        if f == 0:
            return f"{m:02d}/{y}"
        if f == 1:
            return f"{MONTHS[m - 1].capitalize()} 20{y}"
        if f == 2:
            return f"{say_pairs(f'{m:02d}', 'oh')} {y}"
        return f"{m:02d} {say_pair(str(y), 'oh')}"
    f = rng.randint(0, 2)
    if f == 0:
        return f"{say_pairs(f'{m:02d}', rng.choice(['oh', 'zero']))} {say_pair(str(y), 'oh')}"
    if f == 1:
        return f"{MONTHS[m - 1]} twenty {say_pair(str(y), 'oh')}"
    return f"{say_digits(f'{m:02d}', 'zero')} slash {say_digits(str(y), 'zero')}"


def say_alnum(s: str, style: str, region="uk") -> str:
    """Spell an alphanumeric code (NI, postcode, IBAN) as speech."""
    out = []
    for ch in s:
        if ch == " ":
            continue
        if ch.isdigit():
            out.append(UNIT[ch] if ch != "0" else rng.choice(["zero", "nought"]))
        else:
            c = ch.lower()
            r = rng.random()
            if style == "nato" and r < 0.5:
                out.append(f"{c} for {NATO[c]}")
            elif style == "nato" and r < 0.7 and c in CASUAL:
                out.append(f"{c} for {CASUAL[c]}")
            elif style == "whisper" and r < 0.3:
                out.append(ch.upper())
            else:
                out.append(c)
    return " ".join(out)


def gen_street(region: str) -> str:
    return rng.choice(STREETS_US if region == "us" else STREETS_UK)


def address_text(region: str, style: str) -> str:
    num = rng.randint(1, 240) if region != "us" else rng.randint(10, 9899)
    st = gen_street(region)
    flat = ""
    if rng.random() < 0.25:
        flat = (f"Apt {rng.randint(1, 30)}{rng.choice('ABCD')} " if region == "us"
                else f"Flat {rng.randint(1, 20)}, ")
    if style == "typed":
        return f"{flat}{num} {st}" if not flat.startswith("Apt") else f"{num} {st} {flat.strip()}"
    if style == "spoken":
        n = str(num)
        if len(n) == 4:
            ntxt = say_pairs(n, "oh")
        elif len(n) == 3:
            ntxt = UNIT[n[0]] + " " + (say_pair(n[1:], "oh") if n[1] != "0" else "oh " + UNIT[n[2]]) \
                if rng.random() < 0.6 else say_digits(n, "oh", rep=0)
        else:
            ntxt = say_pair(n, "oh") if len(n) == 2 else UNIT[n]
        fl = flat.lower().replace(",", "") if flat else ""
        if fl:
            fl = re.sub(r"\d+", lambda mm: say_pair(mm.group(0), "oh") if len(mm.group(0)) == 2
                        else UNIT[mm.group(0)], fl)
        return f"{fl}{ntxt} {st.lower()}"
    # whisper
    return f"{flat}{num} {st}"


# --------------------------------------------------------------------------
# case construction
# --------------------------------------------------------------------------
class Builder:
    def __init__(self):
        self.cases = []
        self.groups = []  # (case_id, type, [span indexes])
        self.npos = 0
        self.nneg = 0

    def add(self, kind: str, turns, note: str):
        if kind == "positive":
            self.npos += 1
            cid = f"{PREFIX}-pos-{self.npos:03d}"
        else:
            self.nneg += 1
            cid = f"{PREFIX}-neg-{self.nneg:03d}"
        out_turns, spans, gmap = [], [], {}
        for ti, (speaker, segs) in enumerate(turns):
            text = ""
            for seg in segs:
                if isinstance(seg, str):
                    text += seg
                    continue
                val, typ = seg[0], seg[1]
                gid = seg[2] if len(seg) > 2 else f"auto{len(spans)}"
                s = len(text)
                text += val
                spans.append({"turn": ti, "start": s, "end": len(text), "type": typ})
                gmap.setdefault((typ, gid), []).append(len(spans) - 1)
            out_turns.append({"speaker": speaker, "text": text})
        if kind == "negative":
            assert not spans
        self.cases.append({"id": cid, "kind": kind, "turns": out_turns,
                           "spans": spans, "note": note})
        for (typ, gid), idx in gmap.items():
            self.groups.append((cid, typ, idx))


B = Builder()


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


def whisperish(region="uk") -> str:
    return rng.choice(["whisper", "whisper", "plain"])


BACK = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "yeah", "right",
        "Mm-hmm.", "Okay.", "Yep, got that.", "got it"]

# --------------------------------------------------------------------------
# positive templates
# --------------------------------------------------------------------------
CARD_IND = ["telecom", "retail", "insurance", "utilities", "travel", "banking",
            "healthcare billing", "subscriptions"]


def pos_card_words():
    c = gen_card()
    region = rng.choice(["uk", "us", "ie"])
    ind = rng.choice(CARD_IND)
    txt = spoken_number(c, card_sizes(c), region, style=rng.choice(["plain", "whisper"]),
                        mode=rng.choice(["words", "words", "mixed"]), filler=0.2)
    lead = rng.choice(["yeah it's ", "okay so it's ", "Yeah. It's ", "right um ", "it is ",
                       "So the long number is ", ""])
    B.add("positive", [
        A(rng.choice(["and can i take the long card number please",
                      "Can I take the 16-digit number on the front of the card?",
                      "okay whenever you're ready go ahead with the card number"])),
        C(lead, (txt, "CARD_NUMBER"), rng.choice(["", ".", " yeah", " that's it"])),
    ], f"call/{ind}: card read in one turn, recogniser mixes words/numerals ({region})")


def pos_card_split():
    c = gen_card()
    region = rng.choice(["uk", "us", "ie"])
    ind = rng.choice(CARD_IND)
    zs = zstyle(region)
    groups = split_groups(c, card_sizes(c))
    turns = [A(rng.choice(["go ahead with the card number when you're ready",
                           "And the card number?", "can i get the number on the card"]))]
    correction = rng.random() < 0.3
    for i, g in enumerate(groups):
        t = say_group(g, zs, "mixed")
        if i == 0:
            turns.append(C(rng.choice(["", "okay ", "Right, ", "um "]), (t, "CARD_NUMBER", "g")))
        elif correction and i == len(groups) - 1:
            wrong = list(g)
            wrong[-1] = str((int(wrong[-1]) + 3) % 10)
            wt = say_group("".join(wrong), zs, "words")
            turns.append(C((wt + " " + rng.choice(CORRECTIONS) + " " + say_group(g, zs, "words"),
                            "CARD_NUMBER", "g")))
        else:
            turns.append(C((t, "CARD_NUMBER", "g")))
        if i < len(groups) - 1:
            turns.append(A(rng.choice(BACK)))
    turns.append(A(rng.choice(["lovely thank you", "Thank you.", "perfect and the expiry"])))
    B.add("positive", turns, f"call/{ind}: card split over customer turns with back-channels"
          + (", self-correction on last group" if correction else ""))


def pos_card_itn():
    c = gen_card(rng.choice(["visa", "mc", "amex", "visa19"]))
    ind = rng.choice(CARD_IND)
    groups = split_groups(c, card_sizes(c))
    parts = []
    zs = zstyle("us")
    for i, g in enumerate(groups):
        parts.append(g if i % 2 == 0 or rng.random() < 0.3 else say_group(g, zs, "words"))
    txt = asr_join(parts, "whisper")
    m, y = gen_expiry()
    cv = gen_digits(4 if len(c) == 15 else 3, "0123456789")
    B.add("positive", [
        A("Could I have the card details please, number, expiry and security code."),
        C("Sure. It's ", (txt, "CARD_NUMBER"), ". Expires ", (expiry_text(m, y, "whisper"), "EXPIRY"),
          rng.choice([" and the code on the back is ", ". Security code ", ", CVV is "]),
          (say_digits(cv, "zero", rep=0) if rng.random() < 0.5 else cv, "CVV"), "."),
    ], f"call/{ind}: Whisper ITN turns some card groups into numerals, others stay words; expiry and CVV in same turn")


def pos_card_chat():
    c = gen_card()
    ind = rng.choice(CARD_IND)
    f = rng.randint(0, 4)
    gs = split_groups(c, card_sizes(c))
    if f == 0:
        t = " ".join(gs)
    elif f == 1:
        t = "-".join(gs)
    elif f == 2:
        t = c
    elif f == 3:
        t = "  ".join(gs)
    else:
        t = ".".join(gs)
    m, y = gen_expiry()
    cv = gen_digits(3, "0123456789")
    msg = rng.choice([
        ("hi pls can u take payment for the bill, card no ", " exp ", " cvv "),
        ("Card: ", "\nExpiry: ", "\nSecurity code: "),
        ("ok its ", " expiring ", " and 3 digit code is "),
        ("Here you go ", " , ", " , "),
    ])
    B.add("positive", [
        A("To pay by card please type the card number, expiry and security code."),
        C(msg[0], (t, "CARD_NUMBER"), msg[1], (expiry_text(m, y, "typed"), "EXPIRY"), msg[2], (cv, "CVV")),
        A("Thanks, processing the payment of £" + f"{rng.randint(12, 300)}.{rng.randint(0, 99):02d}" + " now."),
    ], f"chat/{ind}: typed card with separator style {f}, expiry and CVV, amount in agent turn")


def pos_card_readback():
    c = gen_card(rng.choice(["visa", "mc", "disc"]))
    ind = rng.choice(CARD_IND)
    zs = zstyle("uk")
    cust = spoken_number(c, [4, 4, 4, 4], "uk", "plain", mode="words", zs=zs)
    agent = spoken_number(c, [4, 4, 4, 4], "uk", "whisper", mode="mixed", zs=zs)
    B.add("positive", [
        A("and the card number please"),
        C((cust, "CARD_NUMBER")),
        A(rng.choice(["Let me read that back. ", "so that's ", "Just to confirm, "]),
          (agent, "CARD_NUMBER"), rng.choice(["?", ", is that right?", " yeah"])),
        C(rng.choice(["yes that's right", "yep", "Correct."])),
    ], f"call/{ind}: card read by customer then read back by agent (both labelled)")


def pos_card_pairs():
    c = gen_card("visa")
    ind = rng.choice(CARD_IND)
    txt = " ".join(say_pairs(g, "oh") for g in split_groups(c, [4, 4, 4, 4]))
    B.add("positive", [
        A("What's the card number?"),
        C(rng.choice(["it's ", "um yeah it's ", ""]), (txt, "CARD_NUMBER"),
          rng.choice([" sorry i read it in pairs", "", " okay"])),
    ], f"call/{ind}: card read as pairs ('forty one eleven'), hundreds for 00")


def pos_cvv_exp_call():
    m, y = gen_expiry()
    cv = gen_digits(rng.choice([3, 3, 4]), "0123456789")
    ind = rng.choice(CARD_IND)
    B.add("positive", [
        A("and the expiry date on the card"),
        C(rng.choice(["it's ", "uh ", "expires "]), (expiry_text(m, y, "spoken"), "EXPIRY")),
        A(rng.choice(["and the three digits on the back", "last thing the security code on the back please"])),
        C(rng.choice(["", "it's ", "that's "]), (say_digits(cv, zstyle("uk"), rep=0.3, homo=0.1), "CVV"),
          rng.choice(["", " I think", " yeah"])),
    ], f"call/{ind}: expiry and CVV in separate answers, spoken")


def pos_ni_call():
    ni = gen_ni()
    style = rng.choice(["nato", "plain", "whisper"])
    letters = say_alnum(ni[:2], style)
    if rng.random() < 0.5:
        digs = " ".join(say_pairs(ni[2:][i:i + 2], "oh", hundred=False) for i in (0, 2, 4))
        digs = digs.replace("oh ", "zero ") if "oh" in digs else digs
    else:
        digs = say_alnum(ni[2:8], style)
    suf = say_alnum(ni[8], style)
    txt = letters + " " + digs + " " + suf
    if style == "whisper" and rng.random() < 0.5:
        txt = ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8]
    B.add("positive", [
        A(rng.choice(["can i take your national insurance number", "And your National Insurance number, please?"])),
        C(rng.choice(["yeah it's ", "Yes, it's ", "um ", ""]), (txt, "NI_NUMBER")),
    ], f"call/government services: NI number in one turn, style {style}")


def pos_ni_split():
    ni = gen_ni()
    ind = rng.choice(["government services", "payroll", "pensions", "banking"])
    B.add("positive", [
        A("What's your national insurance number?"),
        C(rng.choice(["okay it's ", "right ", ""]), (say_alnum(ni[:2], "nato"), "NI_NUMBER", "n")),
        A(rng.choice(BACK)),
        C((say_alnum(ni[2:5], "plain"), "NI_NUMBER", "n"), rng.choice([" ", " um ", ", "]),
          (say_alnum(ni[5:8], "plain"), "NI_NUMBER", "n")),
        A(rng.choice(["and the letter at the end", "And the last letter?"])),
        C((say_alnum(ni[8], "nato"), "NI_NUMBER", "n")),
    ], f"call/{ind}: NI number split over turns, prefix letters with phonetic alphabet, digits in two halves")


def pos_ni_chat():
    ni = gen_ni()
    f = rng.randint(0, 4)
    if f == 0:
        t = ni
    elif f == 1:
        t = f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"
    elif f == 2:
        t = ni.lower()
    elif f == 3:
        t = f"{ni[:2]}{ni[2:8]} {ni[8]}"
    else:
        t = f"{ni[:2].lower()} {ni[2:8]} {ni[8].lower()}"
    B.add("positive", [
        A("Please confirm your NI number so I can find your record."),
        C(rng.choice(["its ", "NI no: ", "sure, ", "", "ni is "]), (t, "NI_NUMBER"),
          rng.choice(["", " thanks", ". I started the job on 3 March", " :)"])),
    ], f"chat/government services: typed NI number variant {f}")


def pos_ni_whisper_mixed():
    ni = gen_ni()
    # Whisper often writes the letters run together with digits as numerals
    f = rng.randint(0, 3)
    if f == 0:
        t = f"{ni[:2]}{ni[2:4]} {say_pairs(ni[4:6], 'oh', False)} {ni[6:8]}{ni[8]}"
        t = t.replace("oh", "zero")
    elif f == 1:
        t = f"{ni[0]}.{ni[1]}. {' '.join(ni[2:8])} {ni[8]}"
    elif f == 2:
        t = f"{ni[0]} {ni[1]}, {ni[2:5]} {ni[5:8]}, {ni[8]}"
    else:
        t = f"{ni[:2].capitalize()} {ni[2:8]} {ni[8].lower()}"
    B.add("positive", [
        A("Thanks. And can you confirm your National Insurance number?"),
        C("Yeah, it's ", (t, "NI_NUMBER"), rng.choice([".", ". Sorry, I've got a cold.", ", I think."])),
        A("Okay, thank you, and you started on the 1st of April?"),
    ], f"call/payroll: Whisper-style NI formatting variant {f}; date in agent turn is not DOB")


def pos_ssn_call():
    s = gen_ssn()
    region = "us"
    ind = rng.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    f = rng.randint(0, 3)
    zs = zstyle(region)
    if f == 0:
        t = spoken_number(s, [3, 2, 4], region, "whisper", "mixed", filler=0.2, zs=zs)
    elif f == 1:
        t = f"{s[:3]}-{s[3:5]}-{s[5:]}"
    elif f == 2:
        t = say_digits(s, zs, rep=0.5, homo=0.1)
    else:
        t = f"{say_digits(s[:3], zs)}, {s[3:5]}, {s[5:]}"
    B.add("positive", [
        A(rng.choice(["and for verification can i get your social security number",
                      "Can you verify your Social Security number for me?",
                      "I'll need the full social please"])),
        C(rng.choice(["sure it's ", "Yeah, it's ", "okay ", "It's "]), (t, "SSN"),
          rng.choice(["", ".", " and i've been a customer since 2015"])),
    ], f"call/{ind}: SSN in one turn, form {f}")


def pos_ssn_split():
    s = gen_ssn()
    zs = zstyle("us")
    ind = rng.choice(["banking", "insurance", "healthcare billing"])
    B.add("positive", [
        A("What's your social?"),
        C((say_group(s[:3], zs, "mixed"), "SSN", "s")),
        A(rng.choice(BACK)),
        C((say_group(s[3:5], zs, "mixed"), "SSN", "s")),
        A(rng.choice(BACK)),
        C((say_group(s[5:], zs, "mixed"), "SSN", "s")),
        A(rng.choice(["Thank you. And your date of birth?", "thanks"])),
    ], f"call/{ind}: SSN split 3-2-4 across turns with back-channels")


def pos_ssn_chat():
    s = gen_ssn()
    f = rng.randint(0, 3)
    t = [f"{s[:3]}-{s[3:5]}-{s[5:]}", s, f"{s[:3]} {s[3:5]} {s[5:]}", f"{s[:3]}.{s[3:5]}.{s[5:]}"][f]
    B.add("positive", [
        A("I can help with that claim. Please provide your SSN for verification."),
        C(rng.choice(["ssn ", "my ssn is ", "Social: ", "", "its "]), (t, "SSN"),
          rng.choice(["", " and claim # 88123", " thx", ". Balance says $120.44?"])),
    ], f"chat/insurance: typed SSN variant {f}, sometimes with a claim number or amount")


def pos_ssn_readback():
    s = gen_ssn()
    zs = zstyle("us")
    B.add("positive", [
        A("Last step, your social security number"),
        C((say_digits(s, zs, rep=0.4), "SSN")),
        A("I have ", (spoken_number(s, [3, 2, 4], "us", "whisper", "num"), "SSN"),
          rng.choice([", is that correct?", ". Correct?"])),
        C("That's correct."),
    ], "call/banking: SSN spoken then read back by agent as numerals")


def pos_phone():
    region = rng.choice(["uk", "us", "ie"])
    d, sizes, k = gen_phone(region)
    chat = rng.random() < 0.35
    if chat:
        t = typed_phone(d, sizes, k, region)
        B.add("positive", [
            A("What's the best number to reach you on?"),
            C(rng.choice(["", "mob ", "call me on ", "its "]), (t, "PHONE"),
              rng.choice(["", " after 6pm", " thanks", " (work)"])),
        ], f"chat/{rng.choice(['telecom', 'utilities', 'retail'])}: typed phone ({region}, {k})")
    else:
        t = spoken_phone(d, sizes, k, region)
        B.add("positive", [
            A(rng.choice(["and a contact number", "What's a good callback number?"])),
            C(rng.choice(["yeah it's ", "It's ", "my mobile is ", ""]), (t, "PHONE"),
              rng.choice(["", ".", " any time after two", " and it's free from 2:30"])),
        ], f"call/{rng.choice(['telecom', 'utilities', 'travel', 'insurance'])}: spoken phone ({region}, {k})")


def pos_phone_split():
    region = rng.choice(["uk", "ie"])
    d, sizes, k = gen_phone(region)
    zs = zstyle(region)
    cut = len(d) // 2
    B.add("positive", [
        A("Can I get a mobile number for the text alerts?"),
        C((say_digits(d[:cut], zs, rep=0.6), "PHONE", "p")),
        A(rng.choice(BACK)),
        C((say_group(d[cut:], zs, "mixed"), "PHONE", "p"), rng.choice(["", " that's it"])),
    ], f"call/telecom: phone split across two turns ({region}{', intl digits' if k == 'intl' else ''})")


def pos_email():
    local, dom, first = gen_email()
    style = rng.choice(["typed", "spoken", "whisper", "whisper"])
    t = speak_email(local, dom, style)
    ch = "chat" if style == "typed" else "call"
    B.add("positive", [
        A(rng.choice(["And an email address for the confirmation?", "what email should we send the receipt to"])),
        C(rng.choice(["it's ", "yeah ", "Sure, ", ""]), (t, "EMAIL"),
          rng.choice(["", ".", " all lower case", " thanks"])),
    ], f"{ch}/{rng.choice(['retail', 'travel', 'utilities', 'insurance'])}: email in {style} form")


def pos_email_spelled():
    local, dom, first = gen_email()
    spelled = " ".join(local.replace(".", " dot ").replace("_", " underscore ").split())
    spelled = re.sub(r"(\d+)", r" \1", spelled)
    spelled = re.sub(r"[a-z]+", lambda mm: " ".join(mm.group(0)) if mm.group(0) not in ("dot", "underscore") else mm.group(0), spelled)
    B.add("positive", [
        A("Could you spell the email for me?"),
        C("Yeah it's ", (spelled + " at " + dom.replace(".", " dot "), "EMAIL")),
        A("Perfect, thanks."),
    ], "call/travel: e-mail spelled letter by letter with 'dot' and 'at'")


def pos_dob():
    y, m, d = gen_dob()
    region = rng.choice(["uk", "us", "ie"])
    style = rng.choice(["typed", "whisper", "spoken", "spoken"])
    t = dob_text(y, m, d, region, style)
    ch = "chat" if style == "typed" else "call"
    B.add("positive", [
        A(rng.choice(["Can I just take your date of birth?", "and your date of birth please",
                      "For security, what's your DOB?"])),
        C(rng.choice(["it's ", "", "yeah ", "uh "]), (t, "DOB"),
          rng.choice(["", ".", " so i'm " + str(2026 - y), " thanks"])),
    ], f"{ch}/{rng.choice(['banking', 'healthcare billing', 'insurance', 'government services'])}: DOB {style}; age (unlabelled) may follow")


def pos_postcode():
    uk = rng.random() < 0.6
    if uk:
        pc = gen_postcode_uk()
        style = rng.choice(["typed", "nato", "plain", "whisper"])
        t = pc if style in ("typed",) else (say_alnum(pc, style) if style != "whisper" or rng.random() < 0.5 else pc.lower())
        B.add("positive", [
            A(rng.choice(["and the postcode", "What's the postcode at the property?"])),
            C(rng.choice(["it's ", "", "yeah ", "postcode's "]), (t, "POSTCODE"),
              rng.choice(["", ".", " thanks"])),
        ], f"{'chat' if style == 'typed' else 'call'}/utilities: UK postcode ({style})")
    else:
        z = gen_zip()
        style = rng.choice(["typed", "spoken", "whisper"])
        if style == "spoken":
            t = say_digits(z.replace("-", ""), zstyle("us"), rep=0.3)
        elif style == "whisper":
            t = z if rng.random() < 0.5 else say_digits(z[:5], "zero", rep=0) + (", " + z[6:] if len(z) > 5 else "")
        else:
            t = z
        B.add("positive", [
            A("And what's the zip code on the billing address?"),
            C(rng.choice(["zip is ", "it's ", "", "Uh, "]), (t, "POSTCODE"), rng.choice(["", "."])),
        ], f"{'chat' if style == 'typed' else 'call'}/retail: US ZIP ({style})")


def pos_address():
    region = rng.choice(["uk", "us", "ie"])
    style = rng.choice(["typed", "spoken", "whisper"])
    a = address_text(region, style)
    segs = [rng.choice(["it's ", "", "yeah it's ", "I live at "]), (a, "ADDRESS")]
    if region == "uk" and rng.random() < 0.6:
        pc = gen_postcode_uk()
        segs += [rng.choice([", ", " ", " in Leeds "]), (pc if style != "spoken" else say_alnum(pc, "plain"), "POSTCODE")]
    elif region == "us" and rng.random() < 0.6:
        z = gen_zip()
        segs += [rng.choice([", Austin TX ", " Springfield ", ", "]), (z if style != "spoken" else say_digits(z.replace("-", ""), "zero", rep=0), "POSTCODE")]
    B.add("positive", [
        A(rng.choice(["Can you confirm the first line of the address?", "and whats the address on the account"])),
        C(*segs),
    ], f"{'chat' if style == 'typed' else 'call'}/{rng.choice(['utilities', 'insurance', 'retail', 'telecom'])}: street address ({region}, {style})")


def pos_bank():
    acct = gen_digits(8, "0123456789")
    sc = gen_digits(6, "0123456789")
    style = rng.choice(["typed", "spoken", "whisper"])
    if style == "typed":
        sct = rng.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"])
        at = acct
        B.add("positive", [
            A("Please send the sort code and account number for the refund."),
            C(rng.choice(["sort ", "Sort code: ", "sc "]), (sct, "SORT_CODE"),
              rng.choice([" acc ", "\nAccount: ", " and account no "]), (at, "BANK_ACCOUNT")),
            A("Thanks, the refund of £" + str(rng.randint(20, 900)) + " will arrive in 3-5 working days."),
        ], "chat/utilities: typed sort code and account number for refund")
    else:
        zs = zstyle("uk")
        sct = " ".join(say_pair(sc[i:i + 2], zs) for i in (0, 2, 4)) if rng.random() < 0.6 else \
            spoken_number(sc, [2, 2, 2], "uk", "whisper", "mixed", zs=zs)
        at = spoken_number(acct, [4, 4], "uk", "whisper" if style == "whisper" else "plain",
                           "mixed", filler=0.3, zs=zs)
        B.add("positive", [
            A("okay what's the sort code"),
            C((sct, "SORT_CODE")),
            A(rng.choice(["and the account number", "And the eight-digit account number?"])),
            C(rng.choice(["", "it's ", "uh "]), (at, "BANK_ACCOUNT")),
        ], f"call/banking: spoken sort code (pairs) and account number ({style})")


def pos_bank_us():
    acct = gen_digits(rng.choice([10, 11, 12]), "0123456789")
    zs = zstyle("us")
    style = rng.choice(["typed", "spoken"])
    t = acct if style == "typed" else spoken_number(acct, [3, 3, 4, 2], "us", "whisper", "mixed", zs=zs)
    B.add("positive", [
        A("What account number would you like the direct deposit to go into?"),
        C(rng.choice(["checking account ", "it's ", "acct # "]), (t, "BANK_ACCOUNT"),
          rng.choice(["", ", routing I'll send later", ". thanks"])),
    ], f"{'chat' if style == 'typed' else 'call'}/banking: US account number ({style})")


def pos_iban():
    country = rng.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IT"])
    ib = gen_iban(country)
    style = rng.choice(["typed", "typed", "whisper", "spoken"])
    if style == "typed":
        t = rng.choice([ib, group4(ib), group4(ib).lower()])
    elif style == "whisper":
        gs = group4(ib).split()
        t = " ".join(g if rng.random() < 0.6 else say_alnum(g, "plain") for g in gs)
    else:
        t = say_alnum(ib, "nato")
    B.add("positive", [
        A(rng.choice(["Please give me the IBAN for the transfer.", "and the iban please"])),
        C(rng.choice(["IBAN: ", "it's ", "sure ", ""]), (t, "IBAN"),
          rng.choice(["", " - amount is EUR 250", ".", " thanks"])),
    ], f"{'chat' if style == 'typed' else 'call'}/banking: IBAN {country} ({style})")


def pos_combo_chat():
    region = rng.choice(["uk", "ie"])
    local, dom, _ = gen_email()
    d, sizes, k = gen_phone(region)
    y, m, dd = gen_dob()
    B.add("positive", [
        A("To update your details please confirm your date of birth, email and phone."),
        C(rng.choice(["dob ", "DOB: "]), (dob_text(y, m, dd, region, "typed"), "DOB"),
          rng.choice([", email ", "\nemail: "]), (local + "@" + dom, "EMAIL"),
          rng.choice([", tel ", "\nphone "]), (typed_phone(d, sizes, k, region), "PHONE")),
    ], f"chat/{rng.choice(['telecom', 'insurance', 'travel'])}: DOB, email and phone in one message")


def pos_combo_call():
    ni = gen_ni()
    y, m, dd = gen_dob()
    pc = gen_postcode_uk()
    B.add("positive", [
        A("okay so for security i need your date of birth and postcode"),
        C((dob_text(y, m, dd, "uk", "spoken"), "DOB"), rng.choice([" and ", " and uh the postcode is ", ", "]),
          (say_alnum(pc, rng.choice(["plain", "nato"])), "POSTCODE")),
        A("thank you and your national insurance number"),
        C((say_alnum(ni, rng.choice(["plain", "nato"])), "NI_NUMBER")),
    ], "call/government services: DOB and postcode in one turn, then NI number")


def pos_card_with_noise():
    c = gen_card()
    zs = zstyle("uk")
    groups = split_groups(c, card_sizes(c))
    parts = [say_group(g, zs, "mixed") for g in groups]
    mid = len(parts) // 2
    B.add("positive", [
        A("Sorry, what was the card number again?"),
        C((" ".join(parts[:mid]), "CARD_NUMBER", "x"), rng.choice([" hang on the dog's barking ", " sorry one sec ", " hold on "]),
          (" ".join(parts[mid:]), "CARD_NUMBER", "x")),
        A("Thanks, and that's for the £" + str(rng.randint(30, 99)) + " top up at 10:45?"),
    ], "call/telecom: card interrupted mid-reading by chit-chat in the same turn; amount and time not PII")


def pos_ssn_dob():
    s = gen_ssn()
    y, m, d = gen_dob()
    B.add("positive", [
        A("I need your date of birth and the last four... actually the full social for this one."),
        C((dob_text(y, m, d, "us", "whisper"), "DOB"), rng.choice([", and the social is ", ". Social's "]),
          (spoken_number(s, [3, 2, 4], "us", "whisper", "mixed"), "SSN"), "."),
    ], "call/healthcare billing: DOB and SSN in one Whisper turn")


def pos_dictated():
    typ = rng.choice(["CARD_NUMBER", "SSN", "PHONE", "CARD_NUMBER", "SSN"])
    if typ == "CARD_NUMBER":
        v = gen_card(rng.choice(["visa", "mc"]))
        g = split_groups(v, [4, 4, 4, 4])
        ask = "Go ahead with the card number, nice and slowly."
    elif typ == "SSN":
        v = gen_ssn()
        g = [v[:3], v[3:5], v[5:]]
        ask = "And your Social Security number, slowly please."
    else:
        d, sizes, k = gen_phone("us")
        v = d[-10:]
        g = [v[:3], v[3:6], v[6:]]
        ask = "What number should we call you back on?"
    zs = zstyle("us")
    parts = [dictated(x, zs) for x in g]
    sep = rng.choice([". ", ", ", " "])
    B.add("positive", [
        A(ask),
        C(rng.choice(["Okay. ", "Sure. ", ""]), (sep.join(parts), typ)),
        A(rng.choice(["Thank you.", "Got it, thanks."])),
    ], f"call/{rng.choice(['banking', 'telecom', 'insurance'])}: slow dictation, Whisper writes one digit per sentence or comma-separated numerals ({typ})")


def pos_phone_itn():
    region = rng.choice(["uk", "us", "ie"])
    d, sizes, k = gen_phone(region)
    t = typed_phone(d, sizes, k, region)
    if t.startswith("0") and rng.random() < 0.4:
        t = "O" + t[1:]
    B.add("positive", [
        A(rng.choice(["Is the number on the account still the best one?", "Can I take a contact number in case we get cut off?"])),
        C(rng.choice(["No, it's changed. It's ", "Yeah, so it's ", "It's "]), (t, "PHONE"),
          rng.choice([".", ". I'm usually free after 5.", ", that's my mobile."])),
    ], f"call/{rng.choice(['telecom', 'utilities', 'insurance'])}: Whisper fully normalises the phone into a formatted number ({region}, {k})")


def pos_sort_split():
    sc = gen_digits(6, "0123456789")
    acct = gen_digits(8, "0123456789")
    zs = zstyle("uk")
    B.add("positive", [
        A("can i take the sort code please"),
        C((say_pair(sc[:2], zs), "SORT_CODE", "s")),
        A(rng.choice(BACK)),
        C((say_pair(sc[2:4], zs) + rng.choice([" ", ", "]) + say_pair(sc[4:], zs), "SORT_CODE", "s")),
        A("and the account number"),
        C(rng.choice(["it's ", "", "um "]), (acct[:4] if rng.random() < 0.5 else say_digits(acct[:4], zs), "BANK_ACCOUNT", "a"),
          rng.choice([" erm ", ", ", " hang on "]), (say_digits(acct[4:], zs, rep=0.5, homo=0.1), "BANK_ACCOUNT", "a")),
        A("That's great, and the refund will be £" + f"{rng.randint(10, 99)}.{rng.randint(10, 99)}."),
    ], "call/utilities: sort code split over turns as pairs, account number with a pause in the middle")


def pos_itn_commas():
    """Whisper sometimes formats a long digit run with thousands separators."""
    typ = rng.choice(["CARD_NUMBER", "BANK_ACCOUNT", "PHONE", "CARD_NUMBER"])
    if typ == "CARD_NUMBER":
        v = gen_card("visa")
        t = f"{v[0]},{v[1:4]}, {v[4:8]}, {say_digits(v[8:12], zstyle('us'))}, {int(v[12:]):,}" if v[12] != "0" \
            else f"{v[0]},{v[1:4]} {v[4:8]} {v[8:12]} {v[12:]}"
        ask = "Okay, go ahead with the card number."
    elif typ == "BANK_ACCOUNT":
        v = gen_digits(8)
        t = f"{int(v[:5]):,} {v[5:]}"
        ask = "And the account number?"
    else:
        v = "07" + gen_digits(9, "0123456789")
        t = f"O7{v[2:5]} {int(v[5:]):,}" if v[5] != "0" else f"O7{v[2:5]} {v[5:]}"
        ask = "What's your mobile number?"
    B.add("positive", [
        A(ask),
        C(rng.choice(["Yeah, it's ", "It's ", "So it's "]), (t, typ), rng.choice([".", "", ". Did you get that?"])),
    ], f"call/{rng.choice(['retail', 'banking', 'telecom'])}: Whisper ITN artefacts (thousands commas, letter O for zero) inside {typ}")


def pos_ni_readback():
    ni = gen_ni()
    B.add("positive", [
        A("And your national insurance number please?"),
        C((say_alnum(ni, rng.choice(["plain", "nato"])), "NI_NUMBER")),
        A("So that's ", (f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}" if rng.random() < 0.5 else
                         say_alnum(ni[:2], "nato") + " " + say_pairs(ni[2:8], "zero", False) + " " + ni[8].lower(), "NI_NUMBER"),
          rng.choice(["?", ", yeah?", "."])),
        C(rng.choice(["That's it.", "yep", "yes"])),
    ], "call/government services: NI number spoken then read back by agent (both labelled)")


POS_PLAN = [
    (pos_card_words, 10), (pos_card_split, 8), (pos_card_itn, 7), (pos_card_chat, 7),
    (pos_card_readback, 3), (pos_card_pairs, 3), (pos_card_with_noise, 3),
    (pos_cvv_exp_call, 6),
    (pos_ni_call, 12), (pos_ni_split, 7), (pos_ni_chat, 8), (pos_ni_whisper_mixed, 6),
    (pos_combo_call, 4),
    (pos_ssn_call, 14), (pos_ssn_split, 6), (pos_ssn_chat, 8), (pos_ssn_readback, 3), (pos_ssn_dob, 4),
    (pos_phone, 14), (pos_phone_split, 4),
    (pos_email, 12), (pos_email_spelled, 3),
    (pos_dob, 14), (pos_postcode, 14), (pos_address, 18),
    (pos_bank, 12), (pos_bank_us, 4), (pos_iban, 16), (pos_combo_chat, 5),
    (pos_dictated, 12), (pos_phone_itn, 8), (pos_sort_split, 6), (pos_itn_commas, 8),
    (pos_ni_readback, 5),
]

# --------------------------------------------------------------------------
# negative templates
# --------------------------------------------------------------------------


def money_spoken() -> str:
    n = rng.randint(11, 99)
    return f"{say_pair(str(n), 'oh')} pounds {say_pair(str(rng.randint(11, 99)), 'oh')}"


NEG_LINES = [
    lambda: [A(f"Your current balance is ${rng.randint(100, 9999):,}.{rng.randint(0, 99):02d} and the minimum payment is ${rng.randint(25, 90)}."),
             C("okay thanks i'll pay that on the fifteenth")],
    lambda: [A(f"your balance is {say_digits(str(rng.randint(1, 9)), 'zero')} hundred and {say_pair(str(rng.randint(21, 99)), 'oh')} pounds {say_pair(str(rng.randint(11, 99)), 'oh')} pence"),
             C("right okay that's more than i thought")],
    lambda: [C(f"I've got an order number, it's {rng.randint(10000000, 99999999)}."),
             A("Thanks, I can see that order, it was dispatched on the 3rd.")],
    lambda: [C(f"the order number is {say_digits(str(rng.randint(1000000, 9999999)), 'oh', rep=0.5)}"),
             A("lovely let me pull that up")],
    lambda: [A(f"Your reference number is {gen_digits(6)}, and the ticket will be updated within 48 hours."),
             C("Okay, great.")],
    lambda: [C(f"ticket number {say_pairs(gen_digits(6), 'oh')}"),
             A("got it thanks")],
    lambda: [A(f"So your claim number is CLM-{gen_digits(7)}, and the excess is £{rng.randint(1, 5)}50."),
             C("And how long will that take?"), A("Usually 10 to 14 working days.")],
    lambda: [C(f"my flight is {rng.choice(['BA', 'EI', 'FR', 'UA', 'DL'])} {rng.randint(100, 9999)} on the {ordsuf(rng.randint(1, 28))} of {MONTHS[rng.randint(0, 11)].capitalize()}"),
             A("Okay, and that departs at " + f"{rng.randint(6, 11)}:{rng.choice(['05', '15', '30', '45'])} am.")],
    lambda: [C(f"flight {rng.choice(['e i', 'b a', 'ryanair'])} {say_digits(gen_digits(3), 'oh', rep=0)} to lisbon"),
             A("and that's leaving at half past nine")],
    lambda: [A(f"You're in room {rng.randint(101, 1450)} and checkout is at 11 a.m."), C("perfect, thank you")],
    lambda: [C(f"the model number is {rng.choice(['WM', 'KX', 'SG', 'HP'])}-{rng.randint(1000, 9999)} and the serial ends {rng.choice('ABCX')}{rng.randint(10, 99)}"),
             A("Thanks, that model is covered for 2 years.")],
    lambda: [C(f"meter reading is {say_digits(gen_digits(5), 'oh', rep=0.3)}"),
             A("lovely, and was that taken today?")],
    lambda: [C(f"The meter reads {gen_digits(5)} and the night one is {gen_digits(5)}."),
             A("Thanks, I've submitted both readings.")],
    lambda: [A(f"You'll get speeds up to {rng.choice([500, 900, 150, 74])} megabits for £{rng.randint(20, 60)} a month on a {rng.choice([12, 24, 36])} month contract."),
             C("and does that include the router")],
    lambda: [A(f"The contract started on {MONTHS[rng.randint(0, 11)].capitalize()} {ordsuf(rng.randint(1, 28))}, {rng.randint(2015, 2025)}."),
             C("yeah that sounds right")],
    lambda: [C(f"i've been with you since {say_year(rng.randint(1995, 2019))}"),
             A("thank you for being a loyal customer")],
    lambda: [A(f"The interest rate is {rng.randint(2, 29)}.{rng.randint(1, 9)} percent APR, so about {rng.randint(5, 60)} pounds a month."),
             C("hmm that's a lot")],
    lambda: [A(f"Your appointment is on {MONTHS[rng.randint(0, 11)]} the {ORD[rng.randint(1, 28)]} at {rng.randint(1, 5)}:{rng.choice(['00', '15', '30'])}."),
             C("Can I move it to the 2nd?")],
    lambda: [C(f"the payment went out on the {ordsuf(rng.randint(1, 28))} of {MONTHS[rng.randint(0, 11)]} for {money_spoken()}"),
             A("i can see that payment yeah")],
    lambda: [C(f"i waited {say_pair(str(rng.randint(20, 59)), 'oh')} minutes on hold and got cut off {say_digits(str(rng.randint(2, 5)), 'oh')} times"),
             A("I'm really sorry about that")],
    lambda: [C(f"my son is {rng.randint(5, 17)} and my daughter is {rng.randint(3, 12)} can they go on the plan"),
             A("yes up to 4 people can be added")],
    lambda: [A(f"Set the thermostat to {rng.randint(18, 23)} degrees and wait about {rng.randint(10, 40)} minutes."),
             C("it's showing 16 at the moment")],
    lambda: (lambda a, b: [C(f"I've got {a} phones and {b} tablet{'s' if b > 1 else ''} on the account."),
                           A(f"Okay, that's {a + b} lines in total.")])(rng.randint(2, 6), rng.randint(1, 3)),
    lambda: [C(f"Yeah, I paid ${rng.randint(20, 90)} on the 1st and another {rng.randint(20, 90)} on the {ordsuf(rng.randint(10, 28))}."),
             A("Mm-hmm. I can see both of those.")],
    lambda: [A(f"So that's {rng.randint(2, 6)} payments of ${rng.randint(10, 99)}.99, the first one on the 1st of {MONTHS[rng.randint(0, 11)].capitalize()}."),
             C("Okay. And what time does that go out?"), A("Usually by 2:30 in the afternoon.")],
    lambda: [C(f"the boiler pressure is on {say_digits(str(rng.randint(1, 2)), 'oh')} point {say_digits(str(rng.randint(0, 9)), 'oh')} and the radiators are at like {rng.randint(30, 70)} degrees"),
             A("Okay, it should be between 1 and 1.5 bar.")],
    lambda: [A(f"The account balance is {rng.randint(1, 9)},{rng.randint(100, 999)}.{rng.randint(10, 99)}, and there's {rng.randint(2, 9)} pending transactions."),
             C("Okay. And the overdraft limit is still 500?")],
    lambda: [C(f"It's the iPhone {rng.randint(11, 16)} Pro, {rng.choice([128, 256, 512])} gig, I got it on the {ordsuf(rng.randint(1, 28))} of {MONTHS[rng.randint(0, 11)].capitalize()}."),
             A("Thanks, and is it still under the 24 month warranty?")],
    lambda: [C(f"I'm {rng.randint(67, 89)} years old and I've had this account since {rng.randint(1975, 1999)}"),
             A("Thank you, I'll add a note to the account.")],
    lambda: [A(f"Your order number is {gen_digits(4)} {gen_digits(4)} {gen_digits(2)}, and it'll arrive by 9 p.m. on the {ordsuf(rng.randint(1, 28))}."),
             C("Great, thanks.")],
    lambda: [C(f"So it was {say_pair(str(rng.randint(21, 99)), 'oh')} ninety nine a month and now it's {rng.randint(30, 99)}.99?"),
             A(f"Yes, there's a {rng.choice([3, 6, 7])}.{rng.randint(1, 9)}% price rise from April.")],
    lambda: [C(f"we're flying out on {MONTHS[rng.randint(0, 11)].capitalize()} {ordsuf(rng.randint(1, 28))} and coming back on the {ordsuf(rng.randint(1, 28))}, gate {rng.randint(2, 40)}, seat {rng.randint(1, 40)}{rng.choice('ABCDEF')}"),
             A("Lovely, and that's for 2 passengers?")],
    lambda: [C(f"invoice {gen_digits(rng.choice([7, 8, 9]))} says I owe ${rng.randint(40, 400)}.{rng.randint(10, 99)}"),
             A("Let me check that invoice.")],
    lambda: [C(f"Invoice number {gen_digits(10)}, dated {ordsuf(rng.randint(1, 28))} of {MONTHS[rng.randint(0, 11)].capitalize()}."),
             A("Thanks, I've found it.")],
    lambda: [A(f"That's {rng.randint(2, 12)} items, total £{rng.randint(20, 400)}.{rng.randint(10, 99)} including VAT at 20%."),
             C("great")],
    lambda: [C(f"the parcel weighs about {rng.randint(2, 25)} kilos and it's {rng.randint(30, 90)} centimetres long"),
             A("okay that's fine for standard delivery")],
    lambda: [A(f"Your case reference is {gen_digits(8)}. Is there anything else?"), C("No that's all thanks.")],
    lambda: [C(f"reference {say_digits(gen_digits(8), 'zero', rep=0.4)}"), A("thank you that's matched")],
    lambda: [C(f"it's booking reference {rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{gen_digits(4)}"),
             A("Thank you, I've got your booking for 2 adults and 1 child.")],
    lambda: [A(f"We received {say_digits(str(rng.randint(2, 9)), 'oh')} payments this year totalling {say_pair(str(rng.randint(21, 99)), 'oh')} hundred euro"),
             C("okay")],
    lambda: [C(f"my last bill was €{rng.randint(40, 300)}.{rng.randint(10, 99)} and the one before was €{rng.randint(40, 300)}"),
             A("That's because of the 3 months of estimated readings.")],
    lambda: [A(f"The engineer will come between {rng.randint(8, 11)} and {rng.randint(12, 5 + 12) - 12 or 1} on Tuesday the {ordsuf(rng.randint(1, 28))}."),
             C("brilliant")],
    lambda: [C(f"i was on the {rng.randint(6, 9)}:{rng.choice(['15', '40', '50'])} train and it was delayed by {rng.randint(31, 119)} minutes"),
             A("You're eligible for a 50% refund.")],
    lambda: [A(f"The policy renews on {rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(2026, 2028)} at £{rng.randint(200, 900)} a year."),
             C("can i pay monthly")],
    lambda: [C(f"it's a {rng.randint(2008, 2024)} ford focus, {say_digits(str(rng.randint(1, 2)), 'oh')} point {say_digits(str(rng.randint(0, 9)), 'oh')} litre, about {rng.randint(10, 90)} thousand miles"),
             A("And is it kept on a driveway?")],
    lambda: [A(f"Extension {rng.randint(200, 4999)} is the billing team, they're open 9 to 5."), C("ok thanks")],
    lambda: [C(f"the data usage says {rng.randint(2, 95)}.{rng.randint(1, 9)} gigs but i only used like {rng.randint(1, 10)}"),
             A("I'll look into that")],
    lambda: [A(f"Your PIN reminder will be posted within {rng.randint(3, 7)} working days."),
             C("ok and what's the daily limit"), A(f"It's £{rng.randint(3, 10)}00 a day.")],
    lambda: [C(f"the prescription was {say_digits(str(rng.randint(2, 4)), 'oh')} items at nine ninety each"),
             A("Right, so £29.70 in total.")],
]


def neg_asr_mix():
    amount = rng.randint(1000, 9999)
    B.add("negative", [
        A(f"Okay so the total comes to ${amount:,}.00, and that's split over {rng.randint(3, 24)} payments."),
        C(f"So {say_pair(str(amount)[:2], 'oh')} {say_pair(str(amount)[2:], 'oh')} dollars, right?"),
        A(f"Yes, {str(amount)[:2]} {str(amount)[2:]}, starting the {ordsuf(rng.randint(1, 28))}."),
    ], "call/retail: Whisper writes amounts partly as numerals partly as pair words; no PII")


def neg_line():
    f = rng.choice(NEG_LINES)
    turns = f()
    B.add("negative", turns, "mixed/" + rng.choice(["banking", "telecom", "utilities", "retail", "insurance",
                                                    "travel", "healthcare billing", "government services"])
          + ": numeric lookalike (amount/date/reference/count/time), no PII")


def neg_ref_long():
    ref = gen_digits(rng.choice([9, 10]))
    word = rng.choice(["order number", "tracking number", "ticket number", "case number", "reference number",
                       "claim number", "invoice number"])
    zs = zstyle("uk")
    B.add("negative", [
        A(f"Do you have the {word}?"),
        C(rng.choice([f"yeah the {word} is ", f"Yes, {word} ", f"it's {word} "]) + spoken_number(ref, [3, 3, 4][:len(ref) // 3] if len(ref) == 9 else [3, 3, 4], "uk", "whisper", "mixed", zs=zs)),
        A(f"Thanks, I've found that {word}, it was last updated today at {rng.randint(1, 11)}:{rng.choice(['05', '20', '35'])}."),
    ], f"call/retail: {word} of {len(ref)} digits read like a phone number, with reference word")


def neg_dates():
    y = rng.randint(2019, 2026)
    B.add("negative", [
        A(f"When did the problem start?"),
        C(f"it started {MONTHS[rng.randint(0, 11)]} the {ORD[rng.randint(1, 28)]} {say_year(y)} and got worse around the {ORD[rng.randint(1, 28)]}"),
        A(f"Okay, and your next payment date is {rng.randint(1, 28)}/{rng.randint(1, 12)}/{y + 1}."),
    ], "call/utilities: non-birth dates (problem start, payment date), spoken year and numeric date")


NEG_PLAN = [(neg_line, 100), (neg_asr_mix, 10), (neg_ref_long, 12), (neg_dates, 10)]


def build():
    global rng
    rng = random.Random(SEED)
    global B
    B = Builder()
    for fn, n in POS_PLAN:
        for _ in range(n):
            fn()
    for fn, n in NEG_PLAN:
        for _ in range(n):
            fn()
    return B


# --------------------------------------------------------------------------
# normalisation + validation
# --------------------------------------------------------------------------
ZERO_WORDS = {"zero", "oh", "o", "nought", "naught", "nil"}
WORD2D = {v: k for k, v in UNIT.items()}
WORD2D.update({"to": "2", "too": "2", "for": "4", "fore": "4", "ate": "8", "won": "1"})
for z in ZERO_WORDS:
    WORD2D[z] = "0"
TEEN2 = {v: k for k, v in TEEN.items()}
TENS2 = {v: k for k, v in TENS.items()}
FILLER_WORDS = {"um", "uh", "er", "erm", "like", "hang", "on", "huh", "and", "slash", "dash", "hyphen"}


def apply_correction(text: str, fn) -> str:
    low = text.lower()
    for m in sorted(CORRECTIONS, key=len, reverse=True):
        i = low.find(" " + m + " ")
        if i >= 0:
            before = fn(text[:i])
            after = fn(text[i + len(m) + 2:])
            return before[:-len(after)] + after if len(after) <= len(before) else after
    return fn(text)


def _num(text: str) -> str:
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = []
    mult = 1
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t * mult)
            mult = 1
        elif t in ("double", "triple"):
            mult = 2 if t == "double" else 3
        elif t in TEEN2:
            out.append(TEEN2[t])
        elif t in TENS2:
            if i + 1 < len(toks) and toks[i + 1] in UNIT.values() and toks[i + 1] != "zero":
                out.append(TENS2[t][0] + WORD2D[toks[i + 1]])
                i += 1
            else:
                out.append(TENS2[t][0] + "0")
        elif t == "hundred":
            out.append("00")
        elif t in WORD2D:
            out.append(WORD2D[t] * mult)
            mult = 1
        i += 1
    return "".join(out)


def norm_digits(text: str) -> str:
    return apply_correction(text, _num)


NATO_REV = {v.replace("-", ""): k for k, v in NATO.items()}


NUMISH = set(UNIT.values()) | set(TEEN.values()) | set(TENS.values()) | {
    "nought", "double", "triple", "hundred"}


def norm_alnum(text: str) -> str:
    toks = re.findall(r"[a-z]+|\d+", text.lower().replace("x-ray", "xray"))
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in NUMISH or t.isdigit():
            j = i
            while j < len(toks) and (toks[j] in NUMISH or toks[j].isdigit()):
                j += 1
            out.append(_num(" ".join(toks[i:j])))
            i = j
            continue
        if (len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] == "for"
                and toks[i + 2][0] == t):
            out.append(t)
            i += 3
            continue
        if t.isdigit():
            out.append(t)
        elif t in ("zero", "nought"):
            out.append("0")
        elif t in UNIT.values():
            out.append(WORD2D[t])
        elif t in NATO_REV:
            out.append(NATO_REV[t])
        else:
            out.append(t)
        i += 1
    return "".join(out).upper()


def valid(typ: str, texts: list[str]) -> str | None:
    joined = " ".join(texts)
    if typ in ("CARD_NUMBER", "SSN", "CVV", "SORT_CODE", "BANK_ACCOUNT", "PHONE"):
        d = "".join(norm_digits(t) for t in texts)
        if typ == "CARD_NUMBER" and not (13 <= len(d) <= 19 and luhn_ok(d)):
            return f"bad card {d}"
        if typ == "SSN" and not (len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9"):
            return f"bad ssn {d}"
        if typ == "CVV" and len(d) not in (3, 4):
            return f"bad cvv {d}"
        if typ == "SORT_CODE" and len(d) != 6:
            return f"bad sort {d}"
        if typ == "BANK_ACCOUNT" and not 8 <= len(d) <= 12:
            return f"bad acct {d}"
        if typ == "PHONE" and not (10 <= len(d) <= 13 or (len(d) == 9 and d.startswith("01"))):
            return f"bad phone {d}"
        return None
    if typ == "NI_NUMBER":
        s = "".join(norm_alnum(t) for t in texts)
        if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s) or s[:2] in NI_BAD:
            return f"bad ni {s}"
        return None
    if typ == "IBAN":
        s = "".join(norm_alnum(t) for t in texts)
        if not (re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s) and mod97_ok(s)):
            return f"bad iban {s}"
        return None
    if typ == "POSTCODE":
        s = "".join(norm_alnum(t) for t in texts)
        if re.fullmatch(r"[\dOH]+", s):
            s = "".join(norm_digits(t) for t in texts)
        if re.fullmatch(r"\d{5}(\d{4})?", s):
            return None
        if re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", s):
            return None
        return f"bad postcode {s}"
    if typ == "EMAIL":
        s = " " + joined.lower() + " "
        s = s.replace(" at ", "@").replace(" dot ", ".").replace(" underscore ", "_").replace(" dash ", "-")
        s = re.sub(r"\s+", "", s)
        s = re.sub(r"(?<=[a-z])(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                   r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
                   r"fifty|sixty|seventy|eighty|ninety|oh)+", "9", s)
        if not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", s):
            return f"bad email {s}"
        return None
    if typ == "EXPIRY":
        low = joined.lower()
        d = norm_digits(joined)
        if any(m in low for m in MONTHS):
            return None if len(d) >= 2 else f"bad expiry {joined}"
        if 3 <= len(d) <= 6 and 1 <= int(d[:2] if len(d) in (4, 6) else d[:1]) <= 12:
            return None
        return f"bad expiry {joined} -> {d}"
    if typ == "DOB":
        low = joined.lower()
        if any(m in low for m in MONTHS) or any(m[:3] in low for m in MONTHS):
            return None
        if re.search(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}", joined):
            return None
        if len(norm_digits(joined)) >= 6:
            return None
        return f"bad dob {joined}"
    if typ == "ADDRESS":
        low = joined.lower()
        has_num = bool(re.search(r"\d", low)) or bool(re.search(r"\b(" + "|".join(
            list(UNIT.values()) + list(TEEN.values()) + list(TENS.values())) + r")\b", low))
        has_street = bool(re.search(r"\b(road|street|lane|close|avenue|drive|view|crescent|grove|way|"
                                    r"terrace|court|place|hill|boulevard|ave|parkway|blvd|dr)\b", low))
        return None if has_num and has_street else f"bad address {joined}"
    return f"unknown type {typ}"


def serialise(cases) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    cnt = Counter()
    for c in cases:
        for s in c["spans"]:
            cnt[s["type"]] += 1
    return cnt


def readme(cases) -> str:
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join(f"| {t} | {cnt[t]} |" for t in TYPES)
    return f"""# pii_holdout129 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data its authors have not seen. Do not add its cases to training data, rules,
regression tests or prompt examples, and do not iterate on the redactor
against it.

## Who wrote it and how

Written by an AI helper acting as an independent author. The helper did not
read the redaction code, its tests, its documentation, the benchmark script or
any other PII fixture; it saw only a three-line example of the JSONL format.
Cases are generated by `scripts/make_pii_holdout129.py` (standard library,
one `random.Random({SEED})`, byte-for-byte reproducible). Every turn is built
from plain-text segments and `(value, TYPE)` segments, so offsets are computed,
never typed by hand.

Emphasis: phone calls as a speech recogniser such as Whisper writes them —
inverse text normalisation turning some groups into numerals while others stay
words in the same reading ("4539 1488, zero three four three"), odd
capitalisation and punctuation ("Mm-hmm.", "... ", ". Four"), digit
homophones ("to", "for", "ate", "won"), "oh"/"o"/"nought" for zero,
"double"/"triple", pairs ("forty one eleven", "forty one hundred"), fillers
inside readings, self-corrections, values split across turns with agent
back-channels, agent read-backs — plus typed chat with varied separators.

`python scripts/make_pii_holdout129.py --check` regenerates the set, checks it
is identical to the file, ids are unique, offsets are in range and on word
boundaries, spans do not overlap, and validates every value after normalising
spoken forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6
for sort codes, digit counts for CVV/phone/account, postcode shapes).

## Annotation conventions

* A span covers exactly the value as it appears: for spoken readings, from the
  first to the last word of the reading, including fillers ("um"),
  "double"/"triple", "x for x-ray" phonetic spellings, recogniser punctuation
  between groups, and any self-correction ("... five six no sorry five seven")
  that lies inside the reading. Lead-ins ("it's", "my number is") and trailing
  words are outside.
* A value split across several turns gets one span per turn (each fragment);
  agent back-channel turns are not labelled.
* An agent reading a value back is labelled as well (it is still PII).
* Phone spans include a spoken/typed country code ("plus four four", "+353").
* EMAIL spans include the whole spoken form ("j dot doe at gmail dot com").
* DOB covers the full date (day, month, year); ages stated nearby are not
  labelled. EXPIRY covers month and year. CVV covers only the digits.
* ADDRESS covers house/flat number and street name (with Apt/Flat unit);
  the town is not included; a postcode/ZIP after it is a separate POSTCODE span.
* Amounts, times, durations, counts, years, non-birth dates, reference,
  order, invoice, claim and ticket numbers, flight numbers, room and model
  numbers, meter readings and extensions are never labelled; negative cases
  contain only such material and must come through unredacted.

## Counts

Positive cases: {npos}. Negative cases: {nneg}. Total: {len(cases)}.

| type | spans |
|---|---|
{rows}
"""


def check(b: Builder, text: str) -> list[str]:
    problems = []
    cases = b.cases
    if serialise(cases) != text:
        problems.append("file differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    byid = {c["id"]: c for c in cases}
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            problems.append(f"{c['id']}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(f"{c['id']}: positive without spans")
        prev = {}
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES:
                problems.append(f"{c['id']}: bad type {s['type']}")
            if not 0 <= s["turn"] < len(c["turns"]):
                problems.append(f"{c['id']}: turn out of range")
                continue
            t = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(t)):
                problems.append(f"{c['id']}: offsets out of range")
                continue
            if st > 0 and t[st - 1].isalnum() and t[st].isalnum():
                problems.append(f"{c['id']}: span starts mid-word {t[st - 5:en]!r}")
            if en < len(t) and t[en].isalnum() and t[en - 1].isalnum():
                problems.append(f"{c['id']}: span ends mid-word {t[st:en + 5]!r}")
            if t[st].isspace() or t[en - 1].isspace():
                problems.append(f"{c['id']}: span has edge whitespace")
            if s["turn"] in prev and prev[s["turn"]] > st:
                problems.append(f"{c['id']}: overlapping spans")
            prev[s["turn"]] = en
    for cid, typ, idx in b.groups:
        c = byid[cid]
        texts = [c["turns"][c["spans"][i]["turn"]]["text"][c["spans"][i]["start"]:c["spans"][i]["end"]]
                 for i in idx]
        err = valid(typ, texts)
        if err:
            problems.append(f"{cid}: {err} <- {texts!r}")
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170:
        problems.append(f"only {npos} positives")
    if nneg < 100:
        problems.append(f"only {nneg} negatives")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append(f"type {t}: {cnt[t]} spans < {need}")
    return problems


def main(argv) -> int:
    b = build()
    text = serialise(b.cases)
    if "--check" in argv:
        if not CASES.exists():
            print("missing", CASES)
            return 1
        problems = check(b, CASES.read_text(encoding="utf-8"))
        if README.read_text(encoding="utf-8") != readme(b.cases):
            problems.append("README differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(readme(b.cases), encoding="utf-8")
        problems = check(b, text)
    cnt = counts(b.cases)
    npos = sum(c["kind"] == "positive" for c in b.cases)
    print(f"cases: {len(b.cases)} (positive {npos}, negative {len(b.cases) - npos})")
    for t in TYPES:
        print(f"  {t:13s} {cnt[t]}")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems[:60]:
            print("  -", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

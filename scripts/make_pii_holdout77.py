#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout77``.

Written by an independent AI helper that did not see the redaction code.
Standard library only. Output is byte-for-byte reproducible (seeded RNG).

    python scripts/make_pii_holdout77.py          # write fixture + README
    python scripts/make_pii_holdout77.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 77281123
PREFIX = "h77"
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout77"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ----------------------------------------------------------------------------
# number words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
ASIN = {"b": "boy", "c": "cat", "d": "dog", "f": "frank", "g": "george", "h": "henry",
        "j": "john", "k": "king", "l": "larry", "m": "mary", "n": "nancy", "p": "peter",
        "r": "robert", "s": "sam", "t": "tom", "w": "william", "y": "yellow", "z": "zebra",
        "a": "apple", "e": "edward"}
HOMO = {"see": "c", "sea": "c", "bee": "b", "dee": "d", "jay": "j", "kay": "k",
        "are": "r", "why": "y", "pea": "p", "tea": "t", "queue": "q", "gee": "g",
        "aitch": "h", "zed": "z", "zee": "z", "ay": "a", "em": "m", "en": "n",
        "ess": "s", "eff": "f", "vee": "v", "ex": "x", "el": "l", "you": "u"}
LETTER_HOMO = {v: k for k, v in reversed(list(HOMO.items()))}


def two_words(n, zero="oh"):
    if n < 10:
        return f"{zero} {UNITS[n]}"
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else f"{TENS[t]} {UNITS[u]}"


def small_words(n):
    """0..999 in plain words (no 'and')."""
    if n < 10:
        return UNITS[n]
    if n < 100:
        return two_words(n)
    h, r = divmod(n, 100)
    return f"{UNITS[h]} hundred" + ("" if r == 0 else " " + small_words(r))


def year_words(y, rng):
    if 2000 <= y < 2010:
        return rng.choice([f"two thousand {UNITS[y - 2000]}", f"two thousand and {UNITS[y - 2000]}"]) if y > 2000 else "two thousand"
    if 2010 <= y < 2100:
        return rng.choice([f"twenty {two_words(y - 2000)}", f"two thousand {two_words(y - 2000)}"])
    hi, lo = divmod(y, 100)
    return f"{two_words(hi)} {two_words(lo)}" if lo else f"{two_words(hi)} hundred"


def house_words(n):
    if n < 100:
        return small_words(n)
    if n < 1000:
        h, r = divmod(n, 100)
        if r == 0:
            return f"{UNITS[h]} hundred"
        return f"{UNITS[h]} {two_words(r)}"
    hi, lo = divmod(n, 100)
    if lo == 0:
        return f"{two_words(hi)} hundred"
    return f"{two_words(hi)} {two_words(lo)}"


def spoken_digits(d, rng, zero=None, doubles=True, fillers=False):
    zero = zero or rng.choice(["zero", "oh", "o", "oh", "zero"])
    out = []
    i = 0
    while i < len(d):
        c = d[i]
        run = 1
        while i + run < len(d) and d[i + run] == c:
            run += 1
        w = zero if c == "0" else UNITS[int(c)]
        if doubles and run >= 3 and rng.random() < 0.6:
            out.append(f"triple {w}")
            i += 3
        elif doubles and run >= 2 and rng.random() < 0.6:
            out.append(f"double {w}")
            i += 2
        else:
            out.append(w)
            i += 1
        if fillers and i < len(d) and rng.random() < 0.12:
            out.append(rng.choice(["um", "uh", "er"]))
    return " ".join(out)


def spoken_pairs(d, rng, zero="oh"):
    """Read digits in pairs where possible ('forty one eleven'), odd one singly."""
    out = []
    i = 0
    if len(d) % 2:
        out.append(zero if d[0] == "0" else UNITS[int(d[0])])
        i = 1
    while i < len(d):
        p = d[i:i + 2]
        if p == "00":
            out.append(f"{zero} {zero}")
        elif p[1] != "0" and rng.random() < 0.8:
            out.append(two_words(int(p), zero))
        else:
            out.append(" ".join(zero if c == "0" else UNITS[int(c)] for c in p))
        i += 2
    return " ".join(out)


def spoken_mixed(d, rng, groups):
    """Read digit groups (list of lengths) each group either singly or pairs."""
    parts = []
    i = 0
    zero = rng.choice(["oh", "zero", "o"])
    for g in groups:
        chunk = d[i:i + g]
        i += g
        if g in (2, 4) and rng.random() < 0.5:
            parts.append(spoken_pairs(chunk, rng, zero))
        else:
            parts.append(spoken_digits(chunk, rng, zero))
    return parts


def spell_letter(ch, rng, style=None):
    ch = ch.lower()
    style = style or rng.choice(["plain", "plain", "nato", "for", "asin", "homo"])
    if style == "nato":
        return NATO[ch]
    if style == "for":
        return f"{ch} for {NATO[ch]}"
    if style == "asin" and ch in ASIN:
        return f"{ch} as in {ASIN[ch]}"
    if style == "homo" and ch in LETTER_HOMO:
        return LETTER_HOMO[ch]
    return ch


# ----------------------------------------------------------------------------
# value generators
def luhn_complete(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return body + str((10 - total % 10) % 10)


def luhn_ok(d):
    total = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def gen_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if brand == "visa":
        pre, n = "4" + str(rng.randint(0, 9)), 16
    elif brand == "mc":
        pre, n = str(rng.choice([51, 52, 53, 54, 55, rng.randint(2221, 2720)])), 16
    elif brand == "amex":
        pre, n = str(rng.choice([34, 37])), 15
    else:
        pre, n = "6011", 16
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(n - 1 - len(pre)))
    return luhn_complete(body)


def card_groups(d):
    return [4, 6, 5] if len(d) == 15 else [4, 4, 4, 4]


def split_groups(d, groups):
    out, i = [], 0
    for g in groups:
        out.append(d[i:i + g])
        i += g
    return out


def typed_card(d, rng):
    sep = rng.choice([" ", " ", "-", "", "  ", " - "])
    g = split_groups(d, card_groups(d))
    if sep == "" and rng.random() < 0.5:
        return d
    return sep.join(g) if sep else d


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def typed_ssn(d, rng):
    style = rng.choice(["dash", "dash", "space", "plain", "dot", "dashspace"])
    a, b, c = d[:3], d[3:5], d[5:]
    return {"dash": f"{a}-{b}-{c}", "space": f"{a} {b} {c}", "plain": d,
            "dot": f"{a}.{b}.{c}", "dashspace": f"{a} - {b} - {c}"}[style]


NI_BAD1 = set("DFIQUVO")
NI_BAD2 = set("DFIQUVO")
NI_BADP = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ", "BE", "EX", "AY", "EM", "EN", "ES", "EL"}


def gen_ni(rng):
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    while True:
        p = rng.choice(letters) + rng.choice(letters)
        if p[0] not in NI_BAD1 and p[1] not in NI_BAD2 and p not in NI_BADP:
            break
    return p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


def typed_ni(v, rng):
    p, d, s = v[:2], v[2:8], v[8]
    style = rng.choice(["spaced", "compact", "compact", "lower", "pairs_nospace", "dash"])
    if style == "spaced":
        return f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}"
    if style == "lower":
        return (p + d + s).lower()
    if style == "pairs_nospace":
        return f"{p}{d[:2]} {d[2:4]} {d[4:]}{s}"
    if style == "dash":
        return f"{p}-{d[:2]}-{d[2:4]}-{d[4:]}-{s}"
    return v


def spoken_ni(v, rng):
    p, d, s = v[:2], v[2:8], v[8]
    st = rng.choice(["plain", "nato", "for", "homo", "mixed"])
    def L(ch):
        return spell_letter(ch, rng, None if st == "mixed" else st)
    if rng.random() < 0.5:
        digits = spoken_digits(d, rng, zero=rng.choice(["oh", "zero", "nought"]))
    else:
        digits = spoken_pairs(d, rng, zero=rng.choice(["oh", "nought"]))
    return f"{L(p[0])} {L(p[1])} {digits} {L(s)}"


def mod97(s):
    r = 0
    for ch in s:
        r = (r * 10 + int(ch)) % 97 if ch.isdigit() else (r * 100 + (ord(ch) - 55)) % 97
    return r


def iban_ok(v):
    v = v.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v):
        return False
    return mod97(v[4:] + v[:4]) == 1


def gen_iban(rng, cc=None):
    cc = cc or rng.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IE", "GB"])
    dg = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "MIDL", "LLYD", "HBUK", "SRLG"]) + dg(14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BKIR", "ULSB", "IPBS"]) + dg(14)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "RABA", "INGB", "TRIJ"]) + dg(10)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "FR":
        bban = dg(23)
    else:
        bban = dg(20)
    chk = 98 - mod97(bban + cc + "00")
    return f"{cc}{chk:02d}{bban}"


def typed_iban(v, rng):
    st = rng.choice(["groups", "groups", "compact", "lower"])
    if st == "compact":
        return v
    g = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return g.lower() if st == "lower" else g


def spoken_iban(v, rng):
    out = []
    zero = rng.choice(["zero", "oh", "nought"])
    i = 0
    while i < len(v):
        ch = v[i]
        if ch.isalpha():
            out.append(spell_letter(ch, rng, rng.choice(["plain", "plain", "for"])))
            i += 1
        else:
            j = i
            while j < len(v) and v[j].isdigit():
                j += 1
            out.append(spoken_digits(v[i:j], rng, zero=zero))
            i = j
    return " ".join(out)


US_AREAS = ["212", "213", "312", "415", "512", "602", "617", "646", "702", "713", "718",
            "773", "786", "808", "818", "904", "919", "954", "972", "206", "303", "404",
            "470", "503", "210", "614", "216", "314", "412", "504", "901", "615", "480"]


def gen_us_phone(rng):
    return rng.choice(US_AREAS) + str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(6))


def typed_us_phone(d, rng):
    a, b, c = d[:3], d[3:6], d[6:]
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", d, f"+1 {a} {b} {c}",
                       f"1-{a}-{b}-{c}", f"({a}){b}-{c}", f"+1 ({a}) {b}-{c}", f"{a} {b} {c}"])


def gen_uk_mobile(rng):
    return "07" + str(rng.choice([4, 5, 7, 8, 9])) + "".join(str(rng.randint(0, 9)) for _ in range(8))


def gen_ie_mobile(rng):
    return "08" + str(rng.choice([3, 5, 6, 7, 9])) + "".join(str(rng.randint(0, 9)) for _ in range(7))


FIRST = ["john", "maria", "dave", "keisha", "luis", "jenny", "tom", "aisha", "mike", "sarah",
         "brandon", "tanya", "kevin", "linda", "carlos", "megan", "raj", "emily", "derek", "rosa",
         "sean", "niamh", "ciaran", "chloe", "gareth", "priya", "tyler", "shawna", "bill", "patty"]
LAST = ["smith", "johnson", "garcia", "nguyen", "patel", "brown", "williams", "martinez",
        "davis", "walker", "kowalski", "obrien", "murphy", "reyes", "thompson", "hughes",
        "kelly", "jackson", "lee", "harris", "baker", "cooper", "ramirez", "wright"]
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com",
           "comcast.net", "att.net", "msn.com", "verizon.net", "sbcglobal.net", "eircom.net",
           "btinternet.com", "hotmail.co.uk", "protonmail.com"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    num = str(rng.randint(1, 99)) if rng.random() < 0.5 else ""
    sep = rng.choice([".", "_", "", "."])
    user = rng.choice([f"{f}{sep}{l}{num}", f"{f[0]}{l}{num}", f"{f}{num}", f"{l}.{f[0]}"])
    return user, rng.choice(DOMAINS)


def typed_email(user, dom, rng):
    e = f"{user}@{dom}"
    r = rng.random()
    if r < 0.15:
        return e.upper() if rng.random() < 0.3 else e[0].upper() + e[1:]
    return e


def spoken_email(user, dom, rng):
    words = []
    for part in re.split(r"([._]|\d+)", user):
        if not part:
            continue
        if part == ".":
            words.append("dot")
        elif part == "_":
            words.append("underscore")
        elif part.isdigit():
            words.append(spoken_pairs(part, rng) if len(part) == 2 and rng.random() < 0.6 else spoken_digits(part, rng))
        elif len(part) == 1:
            words.append(part)
        elif rng.random() < 0.2:
            words.append(" ".join(part))  # spelled out
        else:
            words.append(part)
    d = dom.replace(".", " dot ")
    if rng.random() < 0.3 and dom == "gmail.com":
        d = "g mail dot com"
    return " ".join(words) + " at " + d


US_STREETS = ["maple", "oak", "elm", "pine", "cedar", "washington", "lincoln", "park", "lake",
              "highland", "sunset", "main", "church", "willow", "jefferson", "madison",
              "franklin", "chestnut", "magnolia", "peachtree", "broadway", "hillcrest",
              "riverside", "cherry", "walnut", "dogwood", "sycamore", "orchard"]
US_SUFFIX = ["street", "avenue", "road", "drive", "lane", "boulevard", "court", "way",
             "place", "circle", "terrace", "parkway"]
US_SUFFIX_ABBR = {"street": "St", "avenue": "Ave", "road": "Rd", "drive": "Dr", "lane": "Ln",
                  "boulevard": "Blvd", "court": "Ct", "way": "Way", "place": "Pl",
                  "circle": "Cir", "terrace": "Ter", "parkway": "Pkwy"}
UK_STREETS = ["victoria", "station", "church", "mill", "queens", "kings", "park", "high",
              "manor", "orchard", "meadow", "grange", "beech", "chapel", "albert", "windsor"]
UK_SUFFIX = ["road", "street", "lane", "close", "avenue", "crescent", "grove", "drive",
             "gardens", "terrace", "way", "court"]
STREET_WORDS = set(US_SUFFIX) | set(UK_SUFFIX) | {s.lower() for s in US_SUFFIX_ABBR.values()} | {
    "rd", "st", "ave", "apt", "apartment", "unit", "flat", "suite", "crt", "cl"}


def gen_us_addr(rng, typed):
    n = rng.choice([rng.randint(10, 99), rng.randint(100, 999), rng.randint(1000, 9999),
                    rng.randint(1000, 9999), rng.randint(10000, 24999)])
    street = rng.choice(US_STREETS)
    suf = rng.choice(US_SUFFIX)
    dirn = rng.choice(["", "", "", "north ", "south ", "west ", "east "])
    unit = ""
    if rng.random() < 0.3:
        u = rng.randint(1, 40)
        unit = rng.choice([f" apt {u}", f" apartment {u}{rng.choice('ABCD')}", f" unit {u}"])
    if typed:
        sfx = US_SUFFIX_ABBR[suf] if rng.random() < 0.5 else suf.title()
        dd = {"north ": "N ", "south ": "S ", "west ": "W ", "east ": "E ", "": ""}[dirn]
        s = f"{n} {dd}{street.title()} {sfx}"
        if rng.random() < 0.4 and sfx in US_SUFFIX_ABBR.values():
            s += "."
            s = s[:-1]  # keep span without trailing dot
        if unit:
            s += rng.choice([",", ""]) + unit.replace("apt", "Apt").replace("apartment", "Apt").replace("unit", "#").replace("# ", "#")
        return s
    if n >= 10000:
        num = spoken_digits(str(n), rng, doubles=False)
    else:
        num = house_words(n) if rng.random() < 0.75 else spoken_digits(str(n), rng, doubles=False)
    unit_s = ""
    if unit:
        u = re.search(r"(\d+)([A-D]?)", unit)
        unit_s = " " + unit.split()[0] + " " + small_words(int(u.group(1))) + ((" " + u.group(2).lower()) if u.group(2) else "")
    return f"{num} {dirn}{street} {suf}{unit_s}"


def gen_uk_addr(rng, typed):
    n = rng.randint(1, 240)
    st = f"{rng.choice(UK_STREETS)} {rng.choice(UK_SUFFIX)}"
    flat = rng.random() < 0.2
    if typed:
        s = f"{n} {st.title()}"
        if flat:
            s = f"Flat {rng.randint(1, 12)}, " + s
        return s
    s = f"{small_words(n) if rng.random() < 0.8 else spoken_digits(str(n), rng)} {st}"
    if flat:
        s = f"flat {small_words(rng.randint(1, 12))} " + s
    return s


UK_AREAS = ["M", "B", "L", "G", "E", "N", "W", "S", "SW", "SE", "NW", "EC", "LS", "BS", "CF",
            "EH", "CB", "NG", "LE", "BT", "CV", "RG", "GU", "KT", "BN", "PL", "DE", "NE", "SK"]
UK_INLETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc(rng):
    a = rng.choice(UK_AREAS)
    dist = str(rng.randint(1, 28)) if len(a) == 2 and rng.random() < 0.5 else str(rng.randint(1, 9))
    return f"{a}{dist} {rng.randint(0, 9)}{rng.choice(UK_INLETTERS)}{rng.choice(UK_INLETTERS)}"


def spoken_uk_pc(pc, rng):
    st = rng.choice(["plain", "plain", "nato", "for", "mixed"])
    out = []
    outward, inward = pc.split()
    for part in (outward, inward):
        i = 0
        while i < len(part):
            ch = part[i]
            if ch.isalpha():
                out.append(spell_letter(ch, rng, None if st == "mixed" else st))
                i += 1
            else:
                j = i
                while j < len(part) and part[j].isdigit():
                    j += 1
                num = part[i:j]
                if len(num) == 2 and num[1] != "0" and rng.random() < 0.6:
                    out.append(two_words(int(num)))
                else:
                    out.append(spoken_digits(num, rng, zero="zero", doubles=False))
                i = j
    return " ".join(out)


def gen_zip(rng):
    z = f"{rng.randint(1, 99):02d}" + "".join(str(rng.randint(0, 9)) for _ in range(3))
    plus4 = "".join(str(rng.randint(0, 9)) for _ in range(4))
    return z, plus4


US_CITY = [("austin", "texas", "TX", "787"), ("columbus", "ohio", "OH", "432"), ("tampa", "florida", "FL", "336"),
           ("phoenix", "arizona", "AZ", "850"), ("denver", "colorado", "CO", "802"), ("atlanta", "georgia", "GA", "303"),
           ("boston", "massachusetts", "MA", "021"), ("portland", "oregon", "OR", "972"), ("memphis", "tennessee", "TN", "381"),
           ("fresno", "california", "CA", "937"), ("buffalo", "new york", "NY", "142"), ("dayton", "ohio", "OH", "454"),
           ("spokane", "washington", "WA", "992"), ("omaha", "nebraska", "NE", "681"), ("raleigh", "north carolina", "NC", "276"),
           ("newark", "new jersey", "NJ", "071"), ("hartford", "connecticut", "CT", "061")]


def gen_zip_for(rng, city):
    return city[3] + f"{rng.randint(1, 99):02d}", "".join(str(rng.randint(0, 9)) for _ in range(4))


def gen_dob(rng):
    return rng.randint(1938, 2005), rng.randint(1, 12), rng.randint(1, 28)


def typed_dob(y, m, d, rng, region="US"):
    if region == "US":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}-{d}-{y % 100:02d}",
                           f"{MONTHS[m - 1].title()} {d}, {y}", f"{MON_ABBR[m - 1]} {d} {y}",
                           f"{m:02d}/{d:02d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}"])
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d} {MONTHS[m - 1].title()} {y}",
                       f"{d:02d}.{m:02d}.{y}", f"{d}th {MON_ABBR[m - 1]} {y}" if d in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20) else f"{d} {MON_ABBR[m - 1]} {y}"])


def spoken_dob(y, m, d, rng, region="US"):
    yw = year_words(y, rng) if rng.random() < 0.8 else two_words(y % 100)
    if region == "US":
        return rng.choice([f"{MONTHS[m - 1]} {ORD[d]} {yw}", f"{MONTHS[m - 1]} {small_words(d)} {yw}",
                           f"{small_words(m)} {small_words(d)} {yw}",
                           f"{spoken_digits(f'{m:02d}{d:02d}', rng, zero='oh', doubles=False)} {yw}"])
    return rng.choice([f"the {ORD[d]} of {MONTHS[m - 1]} {yw}", f"{ORD[d]} of {MONTHS[m - 1]} {yw}",
                       f"{ORD[d]} {MONTHS[m - 1]} {yw}",
                       f"{spoken_digits(f'{d:02d}{m:02d}', rng, zero='oh', doubles=False)} {yw}"])


def gen_exp(rng):
    return rng.randint(1, 12), rng.randint(2026, 2032)


def typed_exp(m, y, rng):
    return rng.choice([f"{m:02d}/{y % 100}", f"{m:02d}/{y % 100}", f"{m:02d}/{y}", f"{m:02d}{y % 100}",
                       f"{m:02d}-{y % 100}", f"{MON_ABBR[m - 1]} {y % 100}", f"{m}/{y % 100}"])


def spoken_exp(m, y, rng):
    return rng.choice([f"{two_words(m)} {two_words(y % 100)}", f"{small_words(m)} {two_words(y % 100)}",
                       f"{MONTHS[m - 1]} {year_words(y, rng)}", f"{MONTHS[m - 1]} {two_words(y % 100)}",
                       f"{spoken_digits(f'{m:02d}', rng, zero='oh')} {spoken_digits(str(y % 100), rng, doubles=False)}"])


def gen_digits(rng, n, first_nonzero=True):
    s = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return s + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def gen_sort(rng):
    return rng.choice(["20", "40", "30", "60", "77", "83", "90", "11", "09", "16", "23"]) + gen_digits(rng, 4, False)


def typed_sort(s, rng):
    return rng.choice([f"{s[:2]}-{s[2:4]}-{s[4:]}", f"{s[:2]}-{s[2:4]}-{s[4:]}", f"{s[:2]} {s[2:4]} {s[4:]}", s,
                       f"{s[:2]}.{s[2:4]}.{s[4:]}"])


def spoken_sort(s, rng):
    z = rng.choice(["oh", "zero", "nought"])
    return rng.choice([spoken_digits(s, rng, zero=z), spoken_pairs(s, rng, zero=z),
                       " ".join([spoken_pairs(s[:2], rng, z), spoken_digits(s[2:], rng, zero=z)])])


# ----------------------------------------------------------------------------
# case assembly
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}  # gid -> list of span idx

    def turn(self, speaker, *segs):
        ti = len(self.turns)
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
                continue
            val, typ = seg[0], seg[1]
            gid = seg[2] if len(seg) > 2 else f"auto{len(self.spans)}"
            start = len(text)
            text += val
            self.groups.setdefault(gid, []).append(len(self.spans))
            self.spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.turn("agent", *segs)

    def c(self, *segs):
        return self.turn("customer", *segs)

    def to_json(self, cid):
        return {"id": cid, "kind": self.kind, "turns": self.turns, "spans": self.spans, "note": self.note}


def P(note):
    return Case("positive", note)


def N(note):
    return Case("negative", note)


# ----------------------------------------------------------------------------
# positive templates (each takes rng, returns Case)
US_ORG = ["bank", "wireless", "cable", "insurance", "retail", "utility", "healthcare billing",
          "airline", "government", "credit union", "pharmacy"]


def pos_card_chat_inline(r):
    d = gen_card(r)
    c = P("chat/retail: card typed inline with grouping variety, order number nearby (unlabelled)")
    c.a("Thanks for waiting! To finish order #", str(r.randint(100000, 9999999)), " I'll need the card you'd like to use.")
    c.c(r.choice(["ok its ", "Sure - ", "card is ", "here: ", "ok "]), (typed_card(d, r), "CARD_NUMBER"),
        r.choice(["", " thanks", ". total was $" + f"{r.randint(20, 900)}.{r.randint(0, 99):02d} right?", " exp next"]))
    return c


def pos_card_call_one_turn(r):
    d = gen_card(r)
    c = P("call/" + r.choice(US_ORG) + ": card read digit by digit in one ASR turn with doubles/fillers")
    c.a("okay and what's the long number on the card")
    c.c(r.choice(["yeah it's ", "okay it's ", "sure ", "um ", "alright it is "]),
        (spoken_digits(d, r, fillers=True), "CARD_NUMBER"),
        r.choice(["", " and that's a visa", " i think that's right"]))
    return c


def pos_card_call_split(r):
    d = gen_card(r)
    gs = split_groups(d, card_groups(d))
    c = P("call/" + r.choice(US_ORG) + ": card split over customer turns with agent back-channels")
    c.a("go ahead with the card number whenever you're ready")
    zero = r.choice(["oh", "zero", "o"])
    for i, g in enumerate(gs):
        if r.random() < 0.35 and len(g) == 4:
            txt = spoken_pairs(g, r, zero)
        else:
            txt = spoken_digits(g, r, zero=zero)
        lead = r.choice(["", "", "okay ", "um "]) if i else r.choice(["okay ", "right ", "it's "])
        c.c(lead, (txt, "CARD_NUMBER", "card"))
        if i < len(gs) - 1:
            c.a(r.choice(["mhm", "okay go on", "yep", "uh huh", "got it", "okay"]))
    return c


def pos_card_readback(r):
    d = gen_card(r)
    gs = split_groups(d, card_groups(d))
    c = P("call/" + r.choice(US_ORG) + ": card in pairs by customer, agent reads it back digit by digit")
    zero = r.choice(["oh", "zero"])
    c.a("can i get the card number please")
    c.c("sure it's ", (" ".join(spoken_pairs(g, r, zero) if len(g) % 2 == 0 else spoken_digits(g, r, zero=zero) for g in gs), "CARD_NUMBER"))
    c.a("let me read that back ", (spoken_digits(d, r, zero=zero, doubles=False), "CARD_NUMBER"), " is that correct")
    c.c("yes that's it")
    return c


def pos_card_cvv_exp_call(r):
    d = gen_card(r)
    m, y = gen_exp(r)
    cvv = gen_digits(r, 4 if len(d) == 15 else 3, False)
    c = P("call/" + r.choice(US_ORG) + ": card, expiry and security code in consecutive turns, amount nearby")
    c.a("your payment today is ", r.choice(["eighty nine ninety nine", "a hundred and twelve dollars", "forty five dollars and twenty cents"]), " what card will you be using")
    c.c((spoken_digits(d, r, fillers=True), "CARD_NUMBER"))
    c.a("and the expiration date")
    c.c(r.choice(["it's ", "", "expires "]), (spoken_exp(m, y, r), "EXPIRY"))
    c.a("and the three or four digit security code on the back")
    c.c(r.choice(["", "it's ", "uh "]), (spoken_digits(cvv, r), "CVV"))
    return c


def pos_card_all_chat(r):
    d = gen_card(r)
    m, y = gen_exp(r)
    cvv = gen_digits(r, 4 if len(d) == 15 else 3, False)
    c = P("chat/" + r.choice(["retail", "travel", "telecom", "utility"]) + ": card, expiry, cvv all typed in one message")
    sep = r.choice([" ", ", ", " / ", "\n", "  "])
    c.a("Please provide the card number, expiry and CVV to complete the booking.")
    c.c((typed_card(d, r), "CARD_NUMBER"), sep, r.choice(["exp ", "", "expiry ", "Exp: "]), (typed_exp(m, y, r), "EXPIRY"),
        sep, r.choice(["cvv ", "CVV: ", "sec code ", "cvc "]), (cvv, "CVV"))
    return c


def pos_card_correction(r):
    d = gen_card(r)
    gs = split_groups(d, card_groups(d))
    wrong = gs[1][:-1] + str((int(gs[1][-1]) + 3) % 10)
    c = P("call/" + r.choice(US_ORG) + ": caller self-corrects a card group; only final readings labelled")
    zero = r.choice(["oh", "zero"])
    c.a("go ahead with the card")
    c.c((spoken_digits(gs[0], r, zero=zero), "CARD_NUMBER", "card"), " ", spoken_digits(wrong, r, zero=zero, doubles=False),
        r.choice([" no sorry ", " wait no ", " actually ", " scratch that "]),
        (spoken_digits(gs[1], r, zero=zero), "CARD_NUMBER", "card"))
    c.a("okay")
    c.c((spoken_digits("".join(gs[2:]), r, zero=zero), "CARD_NUMBER", "card"))
    return c


def pos_ssn_chat(r):
    s = gen_ssn(r)
    c = P("chat/" + r.choice(["bank", "insurance", "government", "healthcare billing", "credit union"]) + ": SSN typed with varied separators")
    c.a(r.choice(["To verify your identity please provide your Social Security number.",
                  "Can you confirm your SSN for verification?", "I'll need the full social to pull up the file."]))
    c.c(r.choice(["sure ", "ok ", "its ", "SSN is ", "", "social is "]), (typed_ssn(s, r), "SSN"),
        r.choice(["", " thx", ".", " - is that all you need?"]))
    return c


def pos_ssn_call_digits(r):
    s = gen_ssn(r)
    c = P("call/" + r.choice(["bank", "insurance", "government", "healthcare billing", "wireless"]) + ": SSN spoken digit by digit in one ASR turn")
    c.a("and can i get your social security number")
    c.c(r.choice(["yeah it's ", "sure ", "okay ", "um it's ", ""]), (spoken_digits(s, r, fillers=True), "SSN"))
    return c


def pos_ssn_call_groups(r):
    s = gen_ssn(r)
    c = P("call/" + r.choice(["bank", "government", "insurance", "cable"]) + ": SSN read as 3-2-4 groups with pairs, split over turns")
    c.a("i'm going to need the full social")
    z = r.choice(["oh", "zero"])
    c.c("okay ", (spoken_digits(s[:3], r, zero=z), "SSN", "ssn"))
    c.a(r.choice(["mhm", "okay", "go ahead"]))
    c.c((spoken_pairs(s[3:5], r, z) if s[3] != "0" else spoken_digits(s[3:5], r, zero=z), "SSN", "ssn"))
    c.a(r.choice(["yep", "uh huh", "okay"]))
    c.c((spoken_pairs(s[5:], r, z) if r.random() < 0.6 else spoken_digits(s[5:], r, zero=z), "SSN", "ssn"))
    return c


def pos_ssn_dashes_spoken(r):
    s = gen_ssn(r)
    z = r.choice(["oh", "zero"])
    c = P("call/" + r.choice(["government", "bank", "healthcare billing"]) + ": SSN with spoken 'dash' words transcribed")
    txt = f"{spoken_digits(s[:3], r, zero=z)} dash {spoken_digits(s[3:5], r, zero=z)} dash {spoken_digits(s[5:], r, zero=z)}"
    c.a("what's the social on the account")
    c.c(r.choice(["it's ", "my social is "]), (txt, "SSN"))
    return c


def pos_ssn_readback(r):
    s = gen_ssn(r)
    c = P("call/" + r.choice(["insurance", "bank", "healthcare billing"]) + ": agent reads back SSN typed-style digits; customer confirms")
    c.a("i have your social as ", (spoken_digits(s, r, doubles=False), "SSN"), " is that right")
    c.c(r.choice(["yes", "yep that's correct", "correct"]))
    return c


def pos_ssn_with_other_numbers(r):
    s = gen_ssn(r)
    pol = gen_digits(r, r.choice([7, 8]))
    c = P("call/insurance: SSN after a policy number (policy number unlabelled)")
    c.a("do you have your policy number")
    c.c("yeah policy number ", spoken_digits(pol, r, doubles=False))
    c.a("thank you and for verification the social security number")
    c.c((spoken_digits(s[:5], r), "SSN", "ssn"), " ", r.choice(["um", "uh"]), " ", (spoken_digits(s[5:], r), "SSN", "ssn"))
    return c


def pos_ssn_last_correction(r):
    s = gen_ssn(r)
    c = P("call/government: SSN with a mid-reading correction; corrected reading labelled")
    z = r.choice(["oh", "zero"])
    c.a("please read me your social security number")
    bad = s[:3] + str((int(s[3]) + 1) % 10)
    c.c(spoken_digits(bad, r, zero=z, doubles=False), r.choice([" no wait ", " sorry let me start again "]),
        (spoken_digits(s, r, zero=z), "SSN"))
    return c


def pos_ni_chat(r):
    v = gen_ni(r)
    c = P("chat/" + r.choice(["government", "utility", "bank", "insurance"]) + ": UK NI number typed")
    c.a("Could you confirm your National Insurance number please?")
    c.c(r.choice(["it's ", "NI no. ", "yes ", "", "sure its "]), (typed_ni(v, r), "NI_NUMBER"), r.choice(["", " cheers", "."]))
    return c


def pos_ni_call(r):
    v = gen_ni(r)
    c = P("call/" + r.choice(["government", "bank", "insurance", "utility"]) + ": UK NI number spoken with letters/NATO/homophones")
    c.a("and your national insurance number please")
    c.c(r.choice(["yeah it's ", "right it's ", "", "okay "]), (spoken_ni(v, r), "NI_NUMBER"))
    return c


def pos_ni_split(r):
    v = gen_ni(r)
    c = P("call/government: NI number split over turns, letters then digits then suffix")
    c.a("can i take your national insurance number")
    st = r.choice(["plain", "for", "nato"])
    c.c("it's ", (f"{spell_letter(v[0], r, st)} {spell_letter(v[1], r, st)}", "NI_NUMBER", "ni"))
    c.a(r.choice(["okay", "yep", "mhm"]))
    c.c((spoken_pairs(v[2:8], r, r.choice(["oh", "nought"])), "NI_NUMBER", "ni"))
    c.a("and the letter at the end")
    c.c((spell_letter(v[8], r, r.choice(["plain", "for", "homo"])), "NI_NUMBER", "ni"))
    return c


def pos_ni_readback(r):
    v = gen_ni(r)
    c = P("call/bank: agent reads NI number back; both readings labelled")
    c.a("what's your national insurance number")
    c.c((typed_ni(v, r).lower() if False else spoken_ni(v, r), "NI_NUMBER"))
    c.a("so that's ", (spoken_ni(v, r), "NI_NUMBER"), " yeah")
    c.c("that's right")
    return c


def pos_ni_form_email(r):
    v = gen_ni(r)
    u, dom = gen_email(r)
    c = P("chat/government: NI number and email in one message")
    c.c("hi my NI is ", (typed_ni(v, r), "NI_NUMBER"), " and you can email me at ", (typed_email(u, dom, r), "EMAIL"),
        r.choice(["", " thanks", ". I applied on 3 March"]))
    return c


def pos_phone_us_chat(r):
    d = gen_us_phone(r)
    c = P("chat/" + r.choice(US_ORG) + ": US phone typed in assorted formats")
    c.a("What's the best callback number?")
    c.c(r.choice(["", "cell is ", "you can reach me at ", "call me on "]), (typed_us_phone(d, r), "PHONE"),
        r.choice(["", " after 5pm", " thanks", " (mobile)"]))
    return c


def pos_phone_us_call(r):
    d = gen_us_phone(r)
    c = P("call/" + r.choice(US_ORG) + ": US phone spoken with area code then number, pairs at the end")
    z = r.choice(["oh", "zero", "o"])
    c.a("and what's a good phone number for you")
    st = r.random()
    if st < 0.4:
        c.c("area code ", (spoken_digits(d[:3], r, zero=z), "PHONE", "ph"), " then ",
            (spoken_digits(d[3:6], r, zero=z) + " " + spoken_pairs(d[6:], r, z), "PHONE", "ph"))
    elif st < 0.7:
        c.c("it's ", (spoken_digits(d, r, zero=z, fillers=True), "PHONE"))
    else:
        c.c((spoken_digits(d[:3], r, zero=z), "PHONE", "ph"))
        c.a("mhm")
        c.c((spoken_digits(d[3:6], r, zero=z), "PHONE", "ph"))
        c.a("okay")
        c.c((spoken_digits(d[6:], r, zero=z), "PHONE", "ph"))
    return c


def pos_phone_intl(r):
    region = r.choice(["UK", "IE", "UK"])
    c = P(f"call/{r.choice(['telecom', 'utility', 'travel'])}: {region} mobile spoken, with 'nought'/'oh' and doubles")
    d = gen_uk_mobile(r) if region == "UK" else gen_ie_mobile(r)
    z = r.choice(["oh", "nought", "zero"])
    c.a("what's the best number to reach you")
    if r.random() < 0.5:
        txt = spoken_digits(d, r, zero=z)
    else:
        cut = 5 if region == "UK" else 3
        txt = spoken_digits(d[:cut], r, zero=z) + " " + spoken_digits(d[cut:], r, zero=z)
    c.c(r.choice(["it's ", "mobile's ", "", "yeah "]), (txt, "PHONE"))
    return c


def pos_phone_intl_chat(r):
    region = r.choice(["UK", "IE", "EU"])
    c = P(f"chat/{r.choice(['travel', 'telecom', 'retail'])}: {region} phone typed in international form")
    if region == "UK":
        d = gen_uk_mobile(r)
        txt = r.choice([f"+44 {d[1:5]} {d[5:]}", f"{d[:5]} {d[5:]}", f"+44 (0){d[1:5]} {d[5:]}", f"0044{d[1:]}"])
    elif region == "IE":
        d = gen_ie_mobile(r)
        txt = r.choice([f"+353 {d[1:3]} {d[3:6]} {d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", f"+353{d[1:]}"])
    else:
        d = "6" + gen_digits(r, 8, False)
        txt = r.choice([f"+33 {d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"+49 15{d[1:3]} {d[3:]}", f"+34 {d[:3]} {d[3:6]} {d[6:]}"])
    c.c("please call me back on ", (txt, "PHONE"), r.choice(["", " thanks", " between 9 and 11"]))
    return c


def pos_email_chat(r):
    u, dom = gen_email(r)
    c = P("chat/" + r.choice(US_ORG) + ": email typed, sometimes capitalised, next to punctuation")
    c.a("What email should we send the receipt to?")
    c.c(r.choice(["", "send it to ", "it's ", "email: "]), (typed_email(u, dom, r), "EMAIL"), r.choice(["", ".", " pls", "!"]))
    return c


def pos_email_call(r):
    u, dom = gen_email(r)
    c = P("call/" + r.choice(US_ORG) + ": email spoken as ASR words (dot / at / underscore)")
    c.a("and what email address would you like on the account")
    c.c(r.choice(["it's ", "sure it's ", "", "um "]), (spoken_email(u, dom, r), "EMAIL"))
    if r.random() < 0.4:
        c.a("so ", (spoken_email(u, dom, r), "EMAIL"), " correct")
        c.c("yes")
    return c


def pos_dob_chat(r):
    y, m, d = gen_dob(r)
    reg = r.choice(["US", "US", "UK"])
    c = P(f"chat/{r.choice(['healthcare billing', 'insurance', 'bank', 'government'])}: DOB typed ({reg} order)")
    c.a("Please confirm your date of birth.")
    c.c(r.choice(["", "dob ", "born ", "It's "]), (typed_dob(y, m, d, r, reg), "DOB"))
    return c


def pos_dob_call(r):
    y, m, d = gen_dob(r)
    reg = r.choice(["US", "US", "UK", "IE"])
    reg2 = "US" if reg == "US" else "UK"
    c = P(f"call/{r.choice(['healthcare billing', 'insurance', 'bank', 'government', 'pharmacy'])}: DOB spoken ({reg})")
    c.a("and can you verify your date of birth")
    c.c(r.choice(["yeah it's ", "", "sure ", "i was born ", "um "]), (spoken_dob(y, m, d, r, reg2), "DOB"))
    return c


def pos_dob_age_context(r):
    y, m, d = gen_dob(r)
    c = P("call/healthcare billing: DOB given next to an unlabelled age and appointment date")
    age = 2026 - y
    c.a("date of birth for the patient")
    c.c((spoken_dob(y, m, d, r, "US"), "DOB"), " so ", small_words(age) if age < 100 else str(age), " years old")
    c.a("thank you and the appointment was on ", MONTHS[r.randint(0, 11)], " ", ORD[r.randint(1, 28)], " right")
    c.c("yes")
    return c


def pos_address_us_call(r):
    c = P("call/" + r.choice(["utility", "cable", "insurance", "retail", "wireless"]) + ": US street address spoken, ZIP spoken")
    addr = gen_us_addr(r, False)
    city = r.choice(US_CITY)
    z, p4 = gen_zip_for(r, city)
    c.a("what's the service address")
    zz = spoken_digits(z, r, doubles=False) if r.random() < 0.6 else spoken_digits(z[:1], r) + " " + spoken_pairs(z[1:], r)
    c.c(r.choice(["it's ", "", "yeah "]), (addr, "ADDRESS"), " ", city[0], " ", city[1], " ", (zz, "POSTCODE"))
    return c


def pos_address_us_chat(r):
    c = P("chat/" + r.choice(["retail", "insurance", "bank", "wireless"]) + ": US address typed with city/state and ZIP or ZIP+4")
    addr = gen_us_addr(r, True)
    city = r.choice(US_CITY)
    z, p4 = gen_zip_for(r, city)
    zz = z if r.random() < 0.5 else f"{z}-{p4}"
    c.a("What's the shipping address?")
    c.c((addr, "ADDRESS"), r.choice([", ", " "]), city[0].title(), ", ", city[2], " ", (zz, "POSTCODE"))
    return c


def pos_address_split_call(r):
    c = P("call/" + r.choice(["utility", "government", "insurance"]) + ": address over turns with agent confirming city; ZIP+4 spoken")
    addr = gen_us_addr(r, False)
    city = r.choice(US_CITY)
    z, p4 = gen_zip_for(r, city)
    c.a("and your mailing address")
    c.c((addr, "ADDRESS"))
    c.a("and that's in ", city[0], "?")
    c.c("yes ", city[0], " ", city[1], " ", (spoken_digits(z, r, doubles=False) + " dash " + spoken_digits(p4, r), "POSTCODE"))
    return c


def pos_zip_only(r):
    z, p4 = gen_zip(r)
    c = P("call/" + r.choice(US_ORG) + ": ZIP code alone for verification, next to a time (unlabelled)")
    c.a("can you verify the billing zip code")
    c.c(r.choice(["", "it's ", "uh "]), (spoken_digits(z, r) if r.random() < 0.7 else z, "POSTCODE"),
        r.choice(["", " and i've been on hold since ten fifteen", " sorry i'm driving"]))
    return c


def pos_uk_address(r):
    c = P("call/" + r.choice(["utility", "telecom", "government", "bank"]) + ": UK address and postcode spoken")
    addr = gen_uk_addr(r, False)
    pc = gen_uk_pc(r)
    c.a("can i take the first line of the address and the postcode")
    c.c((addr, "ADDRESS"))
    c.a("lovely and the postcode")
    c.c(r.choice(["it's ", "", "yeah "]), (spoken_uk_pc(pc, r), "POSTCODE"))
    return c


def pos_uk_address_chat(r):
    c = P("chat/" + r.choice(["utility", "retail", "telecom"]) + ": UK address and postcode typed (case varies)")
    addr = gen_uk_addr(r, True)
    pc = gen_uk_pc(r)
    pct = r.choice([pc, pc.lower(), pc.replace(" ", ""), pc])
    c.c("moving to ", (addr, "ADDRESS"), ", ", r.choice(["Leeds", "Bristol", "Cardiff", "Manchester", "Belfast"]), " ", (pct, "POSTCODE"),
        r.choice(["", " on the 14th", " next month"]))
    return c


def pos_bank_uk(r):
    s = gen_sort(r)
    acct = gen_digits(r, 8, False)
    c = P("call/" + r.choice(["bank", "utility", "insurance"]) + ": UK sort code and account number spoken in separate turns")
    c.a("what's the sort code")
    c.c((spoken_sort(s, r), "SORT_CODE"))
    c.a("and the account number")
    c.c(r.choice(["", "it's ", "okay "]), (spoken_digits(acct, r, zero=r.choice(["oh", "nought", "zero"])), "BANK_ACCOUNT"))
    return c


def pos_bank_uk_chat(r):
    s = gen_sort(r)
    acct = gen_digits(r, 8, False)
    c = P("chat/" + r.choice(["bank", "utility", "government"]) + ": sort code and account typed together for a direct debit")
    c.c("Direct debit details: sort code ", (typed_sort(s, r), "SORT_CODE"), r.choice([", acc ", " account no. ", " a/c "]), (acct, "BANK_ACCOUNT"),
        r.choice(["", " - please take the payment on the 1st", ". Amount £42.50 monthly"]))
    return c


def pos_bank_us(r):
    acct = gen_digits(r, r.choice([8, 9, 10, 11, 12]), False)
    c = P("call/" + r.choice(["bank", "credit union", "utility"]) + ": US checking account number spoken for autopay")
    c.a("and the checking account number")
    c.c(r.choice(["", "okay it's ", "the account is "]), (spoken_digits(acct, r, fillers=True), "BANK_ACCOUNT"))
    return c


def pos_bank_us_chat(r):
    acct = gen_digits(r, r.choice([9, 10, 12]), False)
    c = P("chat/" + r.choice(["bank", "credit union"]) + ": US account number typed, with balance mention (unlabelled)")
    c.c(r.choice(["my checking acct is ", "account number ", "acct # "]), (acct, "BANK_ACCOUNT"),
        r.choice([" and the balance shows $", " it says available $"]), f"{r.randint(1, 9)},{r.randint(100, 999)}.{r.randint(10, 99)}")
    return c


def pos_iban_chat(r):
    v = gen_iban(r)
    c = P(f"chat/{r.choice(['travel', 'bank', 'utility', 'retail'])}: IBAN ({v[:2]}) typed for a refund")
    c.a("To process the refund please send your IBAN.")
    c.c(r.choice(["IBAN: ", "here it is ", "", "its "]), (typed_iban(v, r), "IBAN"), r.choice(["", " thanks", ". refund is €120"]))
    return c


def pos_iban_call(r):
    v = gen_iban(r, r.choice(["IE", "GB", "NL", "DE"]))
    c = P(f"call/{r.choice(['bank', 'utility', 'insurance'])}: IBAN ({v[:2]}) spoken letters and digits")
    c.a("and the iban for the refund")
    c.c(r.choice(["okay it's ", "", "right "]), (spoken_iban(v, r), "IBAN"))
    return c


def pos_iban_split(r):
    v = gen_iban(r, r.choice(["IE", "GB"]))
    c = P("call/bank: IBAN split in two turns (country+check+bank, then digits)")
    c.a("go ahead with the iban")
    c.c((spoken_iban(v[:8], r), "IBAN", "iban"))
    c.a("okay")
    c.c((spoken_iban(v[8:], r), "IBAN", "iban"))
    return c


def pos_two_values_turn(r):
    ph = gen_us_phone(r)
    u, dom = gen_email(r)
    c = P("call/" + r.choice(US_ORG) + ": phone and email in one ASR turn")
    c.a("can i get a phone number and email for the account")
    c.c("yeah phone is ", (spoken_digits(ph, r), "PHONE"), " and email is ", (spoken_email(u, dom, r), "EMAIL"))
    return c


def pos_ssn_dob_chitchat(r):
    s = gen_ssn(r)
    y, m, d = gen_dob(r)
    c = P("call/" + r.choice(["bank", "insurance", "government"]) + ": SSN and DOB mixed with chit-chat")
    c.a("for security i need your social and date of birth")
    c.c("okay sorry it's been a long day my social's ", (spoken_digits(s, r), "SSN"),
        " and i was born ", (spoken_dob(y, m, d, r, "US"), "DOB"), " which makes me feel old")
    return c


def pos_ssn_last4_full(r):
    s = gen_ssn(r)
    c = P("chat/bank: customer first gives full SSN in compact form after mentioning a case number (unlabelled)")
    c.c("Case number ", str(r.randint(1000000, 99999999)), ". My SSN is ", (typed_ssn(s, r), "SSN"), r.choice(["", " and DOB is below"]))
    return c


def pos_card_wrongtype_text(r):
    d = gen_card(r, "amex")
    c = P("chat/travel: amex 4-6-5 typed, expiry in words, CID 4 digits")
    m, y = gen_exp(r)
    c.c("amex ", (" ".join(split_groups(d, [4, 6, 5])), "CARD_NUMBER"), " exp ", (f"{MONTHS[m - 1].title()} {y}", "EXPIRY"),
        " cid ", (gen_digits(r, 4, False), "CVV"))
    return c


def pos_phone_ext(r):
    d = gen_us_phone(r)
    c = P("chat/" + r.choice(["insurance", "healthcare billing"]) + ": work phone with extension (extension unlabelled)")
    c.c("best to call my office ", (typed_us_phone(d, r), "PHONE"), " ext ", str(r.randint(100, 9999)))
    return c


def pos_address_readback(r):
    addr = gen_us_addr(r, False)
    z, _ = gen_zip(r)
    c = P("call/" + r.choice(["cable", "utility", "retail"]) + ": agent reads back address and ZIP; technician window (unlabelled)")
    c.c("the address is ", (addr, "ADDRESS"), " ", (spoken_digits(z, r), "POSTCODE"))
    c.a("okay i have ", (addr, "ADDRESS"), " zip ", (spoken_digits(z, r, doubles=False), "POSTCODE"),
        " and the tech will come between eight and noon")
    return c


def pos_card_typo_chat(r):
    d = gen_card(r)
    g = split_groups(d, card_groups(d))
    c = P("chat/retail: card typed across two messages after a typo")
    c.c("card numbr is ", (" ".join(g[:2]), "CARD_NUMBER", "card"))
    c.a("Go on")
    c.c((" ".join(g[2:]), "CARD_NUMBER", "card"), " sry hit enter")
    return c


def pos_cvv_exp_only(r):
    m, y = gen_exp(r)
    cvv = gen_digits(r, 3, False)
    c = P("call/" + r.choice(US_ORG) + ": card on file; only expiry and CVV given to re-verify")
    c.a("i see the card ending in the last four we have on file can you give me the expiration and security code")
    c.c((spoken_exp(m, y, r), "EXPIRY"), " and the code is ", (spoken_digits(cvv, r), "CVV"))
    return c


def pos_exp_typed_chat(r):
    m, y = gen_exp(r)
    cvv = gen_digits(r, 3, False)
    c = P("chat/" + r.choice(["retail", "telecom"]) + ": expiry and CVV typed in separate short messages")
    c.a("Expiry date?")
    c.c((typed_exp(m, y, r), "EXPIRY"))
    c.a("And the 3 digit code on the back")
    c.c((cvv, "CVV"))
    return c

def pos_form_chat_us(r):
    s = gen_ssn(r)
    y, m, d = gen_dob(r)
    city = r.choice(US_CITY)
    z, p4 = gen_zip_for(r, city)
    c = P("chat/" + r.choice(["healthcare billing", "insurance", "government", "bank"]) + ": form-like message with SSN, DOB and ZIP on separate lines; member id unlabelled")
    c.a("To locate your account I need a few details.")
    c.c("Name: ", r.choice(FIRST).title(), " ", r.choice(LAST).title(), "\nMember ID: ", r.choice("WXHJ"), gen_digits(r, 8), "\nSSN: ", (typed_ssn(s, r), "SSN"),
        "\nDOB: ", (typed_dob(y, m, d, r, "US"), "DOB"), "\nZip: ", (z if r.random() < 0.6 else f"{z}-{p4}", "POSTCODE"))
    return c


def pos_ssn_last4_then_full(r):
    s = gen_ssn(r)
    z = r.choice(["oh", "zero"])
    c = P("call/" + r.choice(["bank", "wireless", "cable"]) + ": agent asks for last four of social, caller gives the full SSN in groups with pairs")
    c.a("can you verify the last four of your social")
    c.c("oh you want the whole thing it's ", (spoken_digits(s[:3], r, zero=z) + " " + spoken_digits(s[3:5], r, zero=z) + " " + spoken_pairs(s[5:], r, z), "SSN"))
    c.a("just the last four is fine but thank you")
    return c


def pos_ssn_chat_typo_split(r):
    s = gen_ssn(r)
    c = P("chat/" + r.choice(["government", "bank", "credit union"]) + ": SSN typed over two chat messages")
    c.a("Please enter your Social Security number.")
    c.c((f"{s[:3]}-{s[3:5]}", "SSN", "ssn"), r.choice(["-", ""]))
    c.a("Please continue.")
    c.c((s[5:], "SSN", "ssn"), r.choice(["", " sorry", " oops"]))
    return c


def pos_phone_readback(r):
    d = gen_us_phone(r)
    c = P("call/" + r.choice(US_ORG) + ": agent reads back US phone in 3-3-2-2 pattern with pairs")
    z = r.choice(["oh", "zero"])
    c.c("you can call me at ", (spoken_digits(d, r, zero=z, doubles=False), "PHONE"))
    c.a("okay i have ", (spoken_digits(d[:3], r, zero=z) + " " + spoken_digits(d[3:6], r, zero=z) + " " + spoken_pairs(d[6:], r, z), "PHONE"), " is that a cell")
    c.c("yes it's my cell")
    return c


def pos_amex_call(r):
    d = gen_card(r, "amex")
    cid = gen_digits(r, 4, False)
    m, y = gen_exp(r)
    z = r.choice(["oh", "zero"])
    c = P("call/" + r.choice(["airline", "retail", "insurance"]) + ": amex read 4-6-5 across turns, four digit CID, expiry")
    c.a("go ahead with the american express number")
    c.c((spoken_digits(d[:4], r, zero=z), "CARD_NUMBER", "card"))
    c.a("okay")
    c.c((spoken_digits(d[4:10], r, zero=z), "CARD_NUMBER", "card"))
    c.a("mhm")
    c.c((spoken_digits(d[10:], r, zero=z), "CARD_NUMBER", "card"), " and it expires ", (spoken_exp(m, y, r), "EXPIRY"))
    c.a("and the four digit code on the front")
    c.c((spoken_digits(cid, r, zero=z), "CVV"))
    return c


def pos_address_lower_chat(r):
    n = r.randint(100, 9999)
    street = r.choice(US_STREETS)
    sfx = r.choice(["st", "ave", "rd", "dr", "ln", "blvd"])
    unit = r.choice(["", f" apt {r.randint(1, 30)}", f" #{r.randint(100, 420)}"])
    city = r.choice(US_CITY)
    z, p4 = gen_zip_for(r, city)
    c = P("chat/" + r.choice(["retail", "wireless", "utility"]) + ": US address typed lower case without commas, ZIP+4")
    c.c("pls update my address to ", (f"{n} {r.choice(['n ', 's ', '', ''])}{street} {sfx}{unit}", "ADDRESS"), " ", city[0], " ", city[2].lower(), " ",
        (f"{z}-{p4}" if r.random() < 0.6 else z, "POSTCODE"), " thx")
    return c


def pos_dob_correction(r):
    y, m, d = gen_dob(r)
    c = P("call/" + r.choice(["healthcare billing", "pharmacy", "insurance"]) + ": caller corrects the year of a DOB; corrected full date labelled")
    c.a("date of birth")
    c.c(MONTHS[m - 1], " ", ORD[d], " ", two_words((y + 1) % 100), " no sorry ", (f"{MONTHS[m - 1]} {ORD[d]} {year_words(y, r)}", "DOB"))
    return c


def pos_email_spelled(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    dom = r.choice(["gmail.com", "yahoo.com", "aol.com", "hotmail.com"])
    spelled = " ".join(f[:1]) + " " + " ".join(l)
    c = P("call/" + r.choice(US_ORG) + ": email spelled letter by letter with 'at' and 'dot'")
    c.a("can you spell the email for me")
    c.c("sure it's ", (f"{spelled} at {dom.replace('.', ' dot ')}", "EMAIL"))
    return c


def pos_card_and_zip(r):
    d = gen_card(r)
    z, _ = gen_zip(r)
    c = P("call/" + r.choice(US_ORG) + ": card then billing ZIP in the same turn")
    c.a("card number and billing zip please")
    c.c((spoken_digits(d, r), "CARD_NUMBER"), " and the zip is ", (spoken_digits(z, r), "POSTCODE"))
    return c


def pos_ni_chat_midsentence(r):
    v = gen_ni(r)
    c = P("chat/government: NI number mid-sentence with a benefit reference number (unlabelled)")
    c.c("Hi, my claim ref is ", gen_digits(r, 8), " and my national insurance is ", (typed_ni(v, r), "NI_NUMBER"), r.choice([", can you check the payment date?", " - still waiting on the £96.20"]))
    return c


def pos_ssn_homophone(r):
    s = gen_ssn(r)
    c = P("call/" + r.choice(["government", "bank"]) + ": SSN with ASR homophones 'to'/'for' for two/four where drawn")
    words = []
    for ch in s:
        w = UNITS[int(ch)] if ch != "0" else "oh"
        if ch in "24" and r.random() < 0.5:
            w = {"2": "to", "4": "for"}[ch]
        words.append(w)
    c.a("and the social")
    c.c("it's ", (" ".join(words), "SSN"))
    return c

def pos_ssn_zip_chat(r):
    s = gen_ssn(r)
    city = r.choice(US_CITY)
    z, p4 = gen_zip_for(r, city)
    c = P("chat/" + r.choice(["bank", "wireless", "utility"]) + ": SSN and ZIP in one lower-case chat line with a dollar amount (unlabelled)")
    c.c("my social is ", (f"{s[:3]} {s[3:5]} {s[5:]}" if r.random() < 0.5 else s, "SSN"), " and zip ", (z, "POSTCODE"),
        f" - i need to pay the ${r.randint(20, 300)} past due")
    return c


def pos_two_phones(r):
    a, b = gen_us_phone(r), gen_us_phone(r)
    c = P("call/" + r.choice(US_ORG) + ": home and cell numbers in one ASR turn")
    c.a("do you have a secondary number")
    c.c("yeah home is ", (spoken_digits(a, r), "PHONE"), " and my cell is ", (spoken_digits(b[:3], r) + " " + spoken_digits(b[3:6], r) + " " + spoken_pairs(b[6:], r), "PHONE"))
    return c


def pos_dob_with_appt_chat(r):
    y, m, d = gen_dob(r)
    c = P("chat/healthcare billing: DOB next to an appointment date in the same message (appointment unlabelled)")
    c.c(f"Hi, I had a visit on {r.randint(1, 12)}/{r.randint(1, 28)}/2026 and got a bill. Patient DOB ", (typed_dob(y, m, d, r, "US"), "DOB"), ".")
    return c


def pos_card_irregular(r):
    d = gen_card(r, r.choice(["visa", "mc"]))
    c0 = r.randint(3, 8)
    cut = [c0, r.randint(c0 + 3, 13)]
    txt = f"{d[:cut[0]]} {d[cut[0]:cut[1]]} {d[cut[1]:]}"
    c = P("chat/" + r.choice(["retail", "travel", "utility"]) + ": card typed with irregular grouping")
    c.c("card ", (txt, "CARD_NUMBER"), r.choice([" sorry the spacing is weird", "", " (visa)"]))
    return c


POS_TEMPLATES = [
    (pos_card_chat_inline, 5), (pos_card_call_one_turn, 5), (pos_card_call_split, 4), (pos_card_readback, 3),
    (pos_card_cvv_exp_call, 6), (pos_card_all_chat, 5), (pos_card_correction, 3), (pos_card_wrongtype_text, 2),
    (pos_card_typo_chat, 2), (pos_cvv_exp_only, 3), (pos_exp_typed_chat, 3),
    (pos_ssn_chat, 8), (pos_ssn_call_digits, 6), (pos_ssn_call_groups, 4), (pos_ssn_dashes_spoken, 3),
    (pos_ssn_readback, 3), (pos_ssn_with_other_numbers, 3), (pos_ssn_last_correction, 3), (pos_ssn_dob_chitchat, 4),
    (pos_ssn_last4_full, 3),
    (pos_ni_chat, 8), (pos_ni_call, 8), (pos_ni_split, 4), (pos_ni_readback, 3), (pos_ni_form_email, 3),
    (pos_phone_us_chat, 6), (pos_phone_us_call, 6), (pos_phone_intl, 3), (pos_phone_intl_chat, 3), (pos_phone_ext, 2),
    (pos_email_chat, 4), (pos_email_call, 5), (pos_two_values_turn, 3),
    (pos_dob_chat, 4), (pos_dob_call, 5), (pos_dob_age_context, 2),
    (pos_address_us_call, 5), (pos_address_us_chat, 5), (pos_address_split_call, 3), (pos_zip_only, 4),
    (pos_address_readback, 2), (pos_uk_address, 3), (pos_uk_address_chat, 2),
    (pos_bank_uk, 7), (pos_bank_uk_chat, 6), (pos_bank_us, 3), (pos_bank_us_chat, 3),
    (pos_iban_chat, 5), (pos_iban_call, 5), (pos_iban_split, 2),
    (pos_form_chat_us, 5), (pos_ssn_last4_then_full, 3), (pos_ssn_chat_typo_split, 3), (pos_phone_readback, 3),
    (pos_amex_call, 3), (pos_address_lower_chat, 4), (pos_dob_correction, 3), (pos_email_spelled, 3),
    (pos_card_and_zip, 3), (pos_ni_chat_midsentence, 3), (pos_ssn_homophone, 3),
    (pos_ssn_zip_chat, 4), (pos_two_phones, 3), (pos_dob_with_appt_chat, 3), (pos_card_irregular, 3),
]


# ----------------------------------------------------------------------------
# negative templates
def money_words(r):
    return r.choice([f"{small_words(r.randint(2, 999))} dollars and {two_words(r.randint(11, 99))} cents",
                     f"{small_words(r.randint(1, 9))} thousand {small_words(r.randint(1, 999))} dollars",
                     f"{small_words(r.randint(20, 99))} {two_words(r.randint(10, 99))}",
                     f"a hundred and {small_words(r.randint(1, 99))} dollars"])


def neg_balance_due(r):
    c = N("chat/" + r.choice(["utility", "wireless", "cable"]) + ": balance, due date and payment amount")
    c.c("why is my bill so high this month")
    c.a(f"Your current balance is ${r.randint(1, 3)},{r.randint(100, 999)}.{r.randint(10, 99)}. A payment of ${r.randint(40, 300)}.{r.randint(10, 99)} "
        f"was received on {r.randint(1, 12)}/{r.randint(1, 28)}/2026 and the next one is due {MON_ABBR[r.randint(0, 11)]} {r.randint(1, 28)}.")
    return c


def neg_money_call(r):
    c = N("call/" + r.choice(US_ORG) + ": spoken money amounts and a percentage")
    c.a("so the total comes to ", money_words(r), " with tax")
    c.c("and what's the interest rate on that")
    c.a("it's ", two_words(r.randint(12, 29)), " point ", spoken_digits(str(r.randint(10, 99)), r, doubles=False), " percent apr")
    return c


def neg_claim_number(r):
    c = N("call/insurance: claim number spoken with its name (7-10 digits)")
    n = gen_digits(r, r.choice([7, 8, 10]))
    c.a("do you have a claim number")
    c.c("yes claim number ", spoken_digits(n, r, doubles=False))
    c.a("thank you i see the claim opened on ", MONTHS[r.randint(0, 11)], " ", ORD[r.randint(1, 28)])
    return c


def neg_policy_chat(r):
    c = N("chat/insurance: alphanumeric policy number and premium")
    c.c(f"Policy number {r.choice(['HO', 'AU', 'PLC', 'LF'])}-{gen_digits(r, 7)} - can you tell me why my premium went up to ${r.randint(90, 400)}/mo?")
    c.a(f"Thanks. The premium increased by {r.randint(3, 18)}% at renewal on {r.randint(1, 12)}/{r.randint(1, 28)}/2026.")
    return c


def neg_member_id(r):
    c = N("call/healthcare billing: member id and group number spoken with their names")
    c.a("can i get the member id on the card")
    c.c("it's ", r.choice(["w", "x", "h", "j"]), " ", spoken_digits(gen_digits(r, 8), r, doubles=False))
    c.a("and the group number")
    c.c("group ", spoken_digits(gen_digits(r, 6), r, doubles=False))
    return c


def neg_tracking(r):
    c = N("chat/retail: order number and short tracking reference")
    c.c(f"Where is order #{gen_digits(r, r.choice([8, 9, 10]))}? It said arriving by {r.choice(['Tuesday', 'Friday', 'the 12th'])}")
    c.a(f"I'm sorry about the delay. Tracking ref {r.choice(['TBA', 'RX'])}{gen_digits(r, 9)} shows it at the local depot; expect it within 2-3 business days.")
    return c


def neg_flight(r):
    c = N("call/travel: flight number, times, gate, seat")
    c.a("you're on flight ", r.choice(["united", "delta", "american", "aer lingus"]), " ", small_words(r.randint(100, 999)) if r.random() < 0.5 else spoken_digits(gen_digits(r, 4), r, doubles=False),
        " departing at ", r.choice(["six forty five", "eleven ten", "seven oh five"]), " pm from gate ", r.choice(["b", "c", "d"]), " ", small_words(r.randint(1, 40)))
    c.c("and seat ", small_words(r.randint(1, 40)), " ", r.choice(["a", "c", "f"]), " still")
    return c


def neg_times_durations(r):
    c = N("call/" + r.choice(US_ORG) + ": hold times, durations and callback window")
    c.c("i've been on hold for ", small_words(r.randint(20, 59)), " minutes and this is my ", r.choice(["third", "fourth"]), " call")
    c.a("i'm sorry about that someone will call you back between ", r.choice(["two and four", "nine and eleven"]), " tomorrow")
    return c


def neg_meter_reading(r):
    c = N("call/utility: meter reading and usage in kwh")
    c.a("can you read me the numbers on the meter")
    c.c("it says ", spoken_digits(gen_digits(r, 5, False), r, doubles=False), " and last month was ", small_words(r.randint(300, 999)), " kilowatt hours")
    return c


def neg_model_number(r):
    c = N("chat/retail: appliance model number and serial reference with warranty length")
    c.c(f"My dishwasher model {r.choice(['WDT', 'SHX', 'KDTM'])}{gen_digits(r, 3)}{r.choice(['PAHZ', 'UC', 'SS'])} stopped draining. Bought it {r.randint(2, 5)} years ago.")
    c.a(f"Thanks, the warranty on that model is {r.randint(1, 3)} year(s). Service ticket {gen_digits(r, 7)} has been created.")
    return c


def neg_speed_plan(r):
    c = N("chat/telecom: plan speed, data caps, price and number of lines")
    c.a(f"The {r.choice([300, 500, 940])} Mbps plan is ${r.randint(40, 90)}.99/mo with {r.choice([1, 1.2, 2])} TB data; adding {r.randint(2, 5)} lines is ${r.randint(20, 35)} each.")
    c.c("ok and the 1 gig one")
    return c


def neg_age_temp(r):
    c = N("call/" + r.choice(["healthcare billing", "utility"]) + ": ages and temperatures")
    c.c("my mom is ", small_words(r.randint(70, 95)), " and the heat's been out so it's ", small_words(r.randint(48, 60)), " degrees in the house")
    c.a("i understand i'll mark it urgent for a technician within ", small_words(r.randint(2, 24)), " hours")
    return c


def neg_appointment(r):
    c = N("chat/healthcare billing: appointment dates and times (not birth dates)")
    c.a(f"Your appointment is on {r.randint(1, 12):02d}/{r.randint(1, 28):02d}/2026 at {r.randint(8, 11)}:{r.choice(['00', '15', '30', '45'])} AM with Dr. {r.choice(LAST).title()}.")
    c.c("can I move it to the 17th?")
    return c


def neg_contract_start(r):
    c = N("call/" + r.choice(["wireless", "cable", "utility"]) + ": contract start date and term")
    c.a("your contract started ", MONTHS[r.randint(0, 11)], " ", ORD[r.randint(1, 28)], " ", year_words(r.randint(2021, 2025), r), " and it's a ", r.choice(["twelve", "twenty four", "thirty six"]), " month term")
    c.c("so the early termination fee is how much")
    c.a(money_words(r))
    return c


def neg_invoice_chat(r):
    c = N("chat/" + r.choice(["retail", "utility", "healthcare billing"]) + ": invoice and ticket numbers with their names")
    c.c(f"Invoice INV-{gen_digits(r, 6)} was charged twice. Ticket #{gen_digits(r, 7)} from last week.")
    c.a(f"I see both charges of ${r.randint(10, 400)}.{r.randint(10, 99)}; the refund will post in 5-7 days.")
    return c


def neg_rx_number(r):
    c = N("call/pharmacy: prescription number, quantity and copay")
    c.c("i'm calling about prescription number ", spoken_digits(gen_digits(r, 7), r, doubles=False))
    c.a("okay that's ", small_words(r.choice([30, 60, 90])), " tablets and the copay is ", money_words(r))
    return c


def neg_case_number_10(r):
    c = N("chat/" + r.choice(["government", "bank"]) + ": 10-digit case number and confirmation code")
    c.a(f"Your case number is {gen_digits(r, 10)} and confirmation code {r.choice('ABCDEFGHJK')}{r.randint(2, 9)}{r.choice('PQRSTXYZ')}{r.randint(2, 9)}{r.choice('LMNW')}.")
    c.c("thanks")
    return c


def neg_order_pairs(r):
    c = N("call/retail: order number read in pairs with its name")
    n = gen_digits(r, 8)
    c.c("my order number is ", spoken_pairs(n, r))
    c.a("thanks i see it shipped on ", MONTHS[r.randint(0, 11)], " ", ORD[r.randint(1, 28)], " in ", small_words(r.randint(2, 4)), " boxes")
    return c


def neg_room_hotel(r):
    c = N("chat/travel: hotel room number, nights and rate")
    c.c(f"I was in room {r.randint(100, 1800)} for {r.randint(2, 6)} nights and got charged ${r.randint(150, 400)} a night instead of ${r.randint(99, 149)}")
    c.a(f"Sorry about that! Reservation {r.choice(['HX', 'RZ'])}{gen_digits(r, 6)} is corrected; checkout was 11:00 on the {r.randint(2, 28)}th.")
    return c


def neg_years_counts(r):
    c = N("call/bank: years as customer, number of accounts, years")
    c.c("i've been with you since ", year_words(r.randint(1990, 2015), r), " and i have ", small_words(r.randint(2, 5)), " accounts")
    c.a("we appreciate that ", small_words(r.randint(11, 30)), " years is a long time")
    return c


def neg_balance_call(r):
    c = N("call/bank: spoken account balance and pending transactions")
    c.a("your available balance is ", money_words(r), " and there are ", small_words(r.randint(2, 6)), " pending transactions")
    c.c("the one for ", money_words(r), " isn't mine")
    return c


def neg_tax_year(r):
    c = N("call/government: tax year, refund amount and processing time")
    c.c("i filed my ", year_words(r.randint(2022, 2025), r), " return in ", MONTHS[r.randint(0, 3)], " and still haven't got the refund of ", money_words(r))
    c.a("refunds are taking up to ", small_words(r.randint(6, 16)), " weeks right now")
    return c


def neg_uk_money(r):
    c = N("call/utility: UK pounds, pence, percentages, units")
    c.a("your direct debit is going up to ", small_words(r.randint(50, 190)), " pounds ", small_words(r.randint(10, 99)), " a month from the first of ", MONTHS[r.randint(0, 11)])
    c.c("that's a ", small_words(r.randint(5, 30)), " percent increase")
    return c


def neg_speed_data(r):
    c = N("call/telecom: speeds, gigabytes, router model")
    c.c("i'm only getting ", small_words(r.randint(10, 90)), " megs and i pay for ", small_words(r.choice([300, 500, 900])))
    c.a("is the router the ", r.choice(["tg", "xb", "hub"]), " ", small_words(r.randint(3, 9)), " model")
    return c


def neg_package_weights(r):
    c = N("chat/retail: quantities, sizes, weights and prices")
    c.c(f"I need {r.randint(2, 12)} boxes of the 24-pack, size 10.5 shoes, and the 50 lb bag (${r.randint(20, 80)}.{r.randint(10, 99)})")
    c.a("All in stock! Delivery in 3-5 days.")
    return c


def neg_loan_terms(r):
    c = N("chat/bank: loan amount, term months, rate, payment")
    c.a(f"For ${r.randint(5, 40)},000 over {r.choice([36, 48, 60, 72])} months at {r.randint(4, 12)}.{r.randint(0, 9)}% APR your payment is about ${r.randint(150, 900)}/month.")
    return c

def neg_bill_change(r):
    c = N("call/" + r.choice(["wireless", "cable", "utility"]) + ": bill amounts spoken as pairs (no currency word)")
    c.c("my bill went from ", two_words(r.randint(50, 99)), " ", two_words(r.randint(11, 99)), " to one ", two_words(r.randint(21, 99)), " ", two_words(r.randint(11, 99)), " for no reason")
    c.a("i see a promotional credit of ", small_words(r.randint(10, 40)), " dollars ended on the ", ORD[r.randint(1, 28)])
    return c


def neg_confirmation_pairs(r):
    c = N("call/travel: six-digit confirmation number read in pairs (sort code lookalike) with its name")
    c.a("your confirmation number is ", spoken_pairs(gen_digits(r, 6), r), " and check in opens at ", r.choice(["three pm", "four o'clock", "noon"]))
    c.c("great and that's for ", small_words(r.randint(2, 5)), " nights")
    return c


def neg_member_chat(r):
    c = N("chat/healthcare billing: member id, group number, Rx BIN and deductible")
    c.c(f"Member ID {r.choice('WXHJ')}{gen_digits(r, 8)}, group {gen_digits(r, 6, False)}, RxBIN {gen_digits(r, 6)}. Why was I billed ${r.randint(100, 900)}.{r.randint(10, 99)}?")
    c.a(f"You've met ${r.randint(200, 1500)} of your ${r.choice([2000, 3000, 4500])} deductible so 20% coinsurance applied.")
    return c


def neg_charge_dates(r):
    c = N("chat/bank: transaction dates and amounts (not birth dates)")
    m = r.randint(1, 11)
    c.c(f"There's a charge on {m:02d}/{r.randint(1, 28):02d} for ${r.randint(10, 500)}.{r.randint(10, 99)} and again on {m + 1:02d}/{r.randint(1, 28):02d}. I didn't authorize either.")
    c.a(f"I've opened dispute #{gen_digits(r, 7)}; a provisional credit posts within 10 business days.")
    return c


def neg_tracking_spoken(r):
    c = N("call/retail: spoken tracking and order references with names, delivery window")
    c.a("your order number is ", spoken_digits(gen_digits(r, 9), r, doubles=False), " and it's out for delivery between ", r.choice(["two and six", "ten and two"]))
    c.c("and how many packages")
    c.a(small_words(r.randint(2, 4)), " packages weighing about ", small_words(r.randint(5, 40)), " pounds")
    return c


def neg_service_call_mixed(r):
    c = N("call/cable: multi-turn service call with channel numbers, error codes and times")
    c.c("channel ", small_words(r.randint(200, 999)), " keeps freezing and the box shows error ", r.choice(["s", "e", "rdk"]), " ", spoken_digits(gen_digits(r, 4), r, doubles=False))
    c.a("okay i've sent a refresh it takes about ", small_words(r.randint(5, 15)), " minutes")
    c.c("okay i'll wait")
    c.a("if that doesn't work i can book a tech for ", r.choice(["monday", "tuesday", "thursday"]), " between ", r.choice(["eight and eleven", "one and five"]))
    return c


def neg_prices_list(r):
    c = N("chat/retail: product prices, sizes, SKU with its name and discount percentages")
    c.a(f"The {r.choice(['55', '65', '75'])}\" TV (SKU {gen_digits(r, 7)}) is ${r.randint(400, 1200)}.99, {r.randint(10, 30)}% off until {MON_ABBR[r.randint(0, 11)]} {r.randint(1, 28)}.")
    c.c("does it come with the 3 year warranty?")
    return c


def neg_gov_office_hours(r):
    c = N("chat/government: form numbers, fees and processing weeks")
    c.a(f"Please submit Form {r.choice(['I-90', 'SS-5', 'W-4', 'DS-82'])} with the ${r.randint(30, 200)} fee; processing takes {r.randint(4, 12)}-{r.randint(13, 20)} weeks. Reference {gen_digits(r, 8)}.")
    return c

def neg_renewal_vehicle(r):
    c = N("chat/insurance: policy renewal date, vehicle year, mileage and premium")
    c.c(f"My auto policy renews {r.randint(1, 12):02d}/{r.randint(1, 28):02d}/2027. I sold the {r.randint(2012, 2023)} {r.choice(['Honda Civic', 'Ford F-150', 'Toyota Camry'])} at {r.randint(30, 150)},{r.randint(100, 999)} miles.")
    c.a(f"Got it. Removing it lowers the 6-month premium from ${r.randint(700, 1200)} to ${r.randint(300, 690)}.")
    return c


def neg_call_dates_spoken(r):
    c = N("call/" + r.choice(["utility", "government", "bank"]) + ": spoken dates of payments and letters (not birth dates)")
    c.c("i sent the payment on ", MONTHS[r.randint(0, 11)], " ", ORD[r.randint(1, 28)], " and got a letter dated the ", ORD[r.randint(1, 28)], " saying it's late")
    c.a("i see it posted on the ", ORD[r.randint(1, 28)], " of ", MONTHS[r.randint(0, 11)], " so i'll remove the ", small_words(r.randint(5, 39)), " dollar late fee")
    return c


NEG_TEMPLATES = [
    (neg_balance_due, 5), (neg_money_call, 5), (neg_claim_number, 6), (neg_policy_chat, 5), (neg_member_id, 5),
    (neg_tracking, 5), (neg_flight, 4), (neg_times_durations, 4), (neg_meter_reading, 4), (neg_model_number, 4),
    (neg_speed_plan, 3), (neg_age_temp, 4), (neg_appointment, 5), (neg_contract_start, 4), (neg_invoice_chat, 5),
    (neg_rx_number, 4), (neg_case_number_10, 4), (neg_order_pairs, 5), (neg_room_hotel, 3), (neg_years_counts, 3),
    (neg_balance_call, 4), (neg_tax_year, 3), (neg_uk_money, 3), (neg_speed_data, 3), (neg_package_weights, 2),
    (neg_loan_terms, 2), (neg_bill_change, 4), (neg_confirmation_pairs, 4), (neg_member_chat, 4), (neg_charge_dates, 4),
    (neg_tracking_spoken, 3), (neg_service_call_mixed, 3), (neg_prices_list, 3), (neg_gov_office_hours, 3),
    (neg_renewal_vehicle, 4), (neg_call_dates_spoken, 4),
]


# ----------------------------------------------------------------------------
def generate():
    r = random.Random(SEED)
    pos, neg = [], []
    for fn, k in POS_TEMPLATES:
        for _ in range(k):
            pos.append(fn(r))
    for fn, k in NEG_TEMPLATES:
        for _ in range(k):
            neg.append(fn(r))
    r.shuffle(pos)
    r.shuffle(neg)
    out = []
    for i, c in enumerate(pos, 1):
        out.append((c, c.to_json(f"{PREFIX}-pos-{i:03d}")))
    for i, c in enumerate(neg, 1):
        out.append((c, c.to_json(f"{PREFIX}-neg-{i:03d}")))
    return out


def dump(cases):
    return "".join(json.dumps(j, ensure_ascii=False) + "\n" for _, j in cases)


# ----------------------------------------------------------------------------
# validation
WORD_DIGIT = {w: str(i) for i, w in enumerate(UNITS)}
WORD_DIGIT.update({"oh": "0", "o": "0", "nought": "0", "naught": "0"})
TEEN_D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_D = {w: str(i) for i, w in enumerate(TENS) if w}
FILLER = {"um", "uh", "er", "erm", "dash", "hyphen", "slash", "space", "then", "and", "dot"}
HOMOPHONE_DIGITS = {"to": "2", "too": "2", "for": "4", "ate": "8", "won": "1"}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["juliett"] = "j"
NATO_REV["whisky"] = "w"


def normalise(text, alpha=False):
    """Spoken/typed value -> canonical string of digits (and letters if alpha)."""
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if not alpha and t in HOMOPHONE_DIGITS:
            out.append(HOMOPHONE_DIGITS[t])
            i += 1
            continue
        if t in ("for",) and nxt is not None:
            i += 2
            continue
        if t == "as" and nxt == "in" and i + 2 < len(toks):
            i += 3
            continue
        if t in ("double", "triple") and nxt in WORD_DIGIT:
            out.append(WORD_DIGIT[nxt] * (2 if t == "double" else 3))
            i += 2
            continue
        if t in TENS_D:
            if nxt in WORD_DIGIT and nxt not in ("oh", "o", "zero", "nought", "naught"):
                out.append(TENS_D[t] + WORD_DIGIT[nxt])
                i += 2
            else:
                out.append(TENS_D[t] + "0")
                i += 1
            continue
        if t in TEEN_D:
            out.append(TEEN_D[t])
        elif t in WORD_DIGIT:
            out.append(WORD_DIGIT[t])
        elif t in FILLER:
            pass
        elif alpha and t in NATO_REV:
            out.append(NATO_REV[t].upper())
        elif alpha and t in HOMO:
            out.append(HOMO[t].upper())
        elif t.isdigit():
            out.append(t)
        elif alpha and re.fullmatch(r"[a-z0-9]+", t):
            out.append(t.upper())
        else:
            raise ValueError(f"unparsed token {t!r}")
        i += 1
    return "".join(out)


UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
MONTH_RE = re.compile(r"\b(" + "|".join(MONTHS + [m.lower() for m in MON_ABBR]) + r")\b", re.I)


def validate_value(typ, text):
    t = text
    if typ == "CARD_NUMBER":
        d = normalise(t)
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d), d
    if typ == "CVV":
        d = normalise(t)
        return d.isdigit() and len(d) in (3, 4), d
    if typ == "EXPIRY":
        if MONTH_RE.search(t):
            return True, t
        d = normalise(t)
        ok = d.isdigit() and len(d) in (3, 4, 6) and 1 <= int(d[:-2] if len(d) != 6 else d[:2]) <= 12
        return ok, d
    if typ == "SSN":
        d = normalise(t)
        return d.isdigit() and len(d) == 9, d
    if typ == "NI_NUMBER":
        v = normalise(t, alpha=True)
        return bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v)), v
    if typ == "BANK_ACCOUNT":
        d = normalise(t)
        return d.isdigit() and 6 <= len(d) <= 17, d
    if typ == "SORT_CODE":
        d = normalise(t)
        return d.isdigit() and len(d) == 6, d
    if typ == "IBAN":
        v = normalise(t, alpha=True)
        return iban_ok(v), v
    if typ == "PHONE":
        d = normalise(t)
        return d.isdigit() and 10 <= len(d) <= 13, d
    if typ == "EMAIL":
        if "@" in t:
            return bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", t)), t
        return (" at " in t and " dot " in t), t
    if typ == "DOB":
        if MONTH_RE.search(t):
            return True, t
        if re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-](\d{2}|\d{4})|\d{4}-\d{2}-\d{2}", t):
            return True, t
        try:
            d = normalise(t)
        except ValueError:
            return False, t
        return 4 <= len(d) <= 8 and d.isdigit(), d
    if typ == "POSTCODE":
        v = normalise(t, alpha=True)
        return bool(UK_PC_RE.fullmatch(v) or re.fullmatch(r"\d{5}(\d{4})?", v)), v
    if typ == "ADDRESS":
        words = set(re.findall(r"[a-z]+", t.lower()))
        has_num = bool(re.search(r"\d", t)) or bool(words & (set(UNITS) | set(TEENS) | set(TENS_D) | {"oh", "hundred"}))
        return bool(words & STREET_WORDS) and has_num, t
    return False, t


def check(expected_text, cases):
    problems = []
    actual = CASES.read_text(encoding="utf-8") if CASES.exists() else ""
    if actual != expected_text:
        problems.append("cases.jsonl differs from regenerated output (run without --check)")
    lines = actual.splitlines()
    ids = set()
    counts = Counter()
    kinds = Counter()
    try:
        parsed = [json.loads(l) for l in lines]
    except json.JSONDecodeError as e:
        return [f"bad json: {e}"], counts, kinds
    if len(parsed) != len(cases):
        problems.append("case count mismatch")
    for (case, _), obj in zip(cases, parsed):
        cid = obj["id"]
        if cid in ids:
            problems.append(f"{cid}: duplicate id")
        ids.add(cid)
        kinds[obj["kind"]] += 1
        if set(obj) != {"id", "kind", "turns", "spans", "note"}:
            problems.append(f"{cid}: bad keys")
        if obj["kind"] == "negative" and obj["spans"]:
            problems.append(f"{cid}: negative with spans")
        if obj["kind"] == "positive" and not obj["spans"]:
            problems.append(f"{cid}: positive without spans")
        for t in obj["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append(f"{cid}: bad turn")
        per_turn = {}
        for s in obj["spans"]:
            if s["type"] not in TYPES:
                problems.append(f"{cid}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(obj["turns"])):
                problems.append(f"{cid}: turn out of range")
                continue
            text = obj["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(text)):
                problems.append(f"{cid}: offsets out of range")
                continue
            seg = text[st:en]
            if seg != seg.strip():
                problems.append(f"{cid}: span has outer whitespace {seg!r}")
            if st > 0 and text[st - 1].isalnum() or en < len(text) and text[en].isalnum():
                problems.append(f"{cid}: span not on word boundary {seg!r}")
            if st > 0 and text[st - 1] in "@." or en < len(text) and text[en] in "@" :
                problems.append(f"{cid}: span cuts a token {seg!r}")
            per_turn.setdefault(s["turn"], []).append((st, en))
            counts[s["type"]] += 1
        for tl in per_turn.values():
            tl.sort()
            for (a1, b1), (a2, b2) in zip(tl, tl[1:]):
                if a2 < b1:
                    problems.append(f"{cid}: overlapping spans")
        # value validation by group (values split over turns are concatenated)
        spans = obj["spans"]
        for gid, idxs in case.groups.items():
            if any(i >= len(spans) for i in idxs):
                continue
            typ = spans[idxs[0]]["type"]
            txt = " ".join(obj["turns"][spans[i]["turn"]]["text"][spans[i]["start"]:spans[i]["end"]] for i in idxs)
            try:
                ok, norm = validate_value(typ, txt)
            except ValueError as e:
                ok, norm = False, str(e)
            if not ok:
                problems.append(f"{cid}: invalid {typ} value {txt!r} -> {norm!r}")
    if kinds["positive"] < 170 or kinds["negative"] < 100:
        problems.append(f"too few cases: {dict(kinds)}")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            problems.append(f"too few {t} spans: {counts[t]} < {need}")
    return problems, counts, kinds


def readme(counts, kinds):
    rows = "\n".join(f"| {t} | {counts[t]} |" for t in TYPES)
    return f"""# pii_holdout77 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
its authors have not seen. Do not add its cases to training/dev fixtures, do not
adjust patterns or thresholds against its failures.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did **not**
see the redaction code, its tests, its docs, the benchmark, or any other PII
fixture; the only data consulted was a three-line format example. The cases are
generated by `scripts/make_pii_holdout77.py` (standard library only) from
template functions: every turn is assembled from plain-text segments and
`(value, TYPE)` segments so offsets are computed, never typed by hand. All values
come from one `random.Random({SEED})`; output is byte-for-byte reproducible.

    python scripts/make_pii_holdout77.py          # (re)write cases.jsonl and this README
    python scripts/make_pii_holdout77.py --check  # regenerate, compare, validate

`--check` verifies the file is identical to a fresh generation, ids are unique,
offsets are in range and on word boundaries, spans do not overlap, and each value
is valid after normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI
format, 9 digits for SSN, 6 for sort codes, digit counts for CVV / phone /
account, UK postcode and US ZIP / ZIP+4 shapes). Values split across several
turns are validated after joining the pieces.

Emphasis: mostly US contact centres (SSNs typed and spoken in many ways, ZIP and
ZIP+4, US phone formats, US street addresses, card payments by phone) plus UK /
Ireland / EU cases (NI numbers, sort codes, IBANs, UK postcodes, UK/IE/EU phones).
Chat cases are typed text (separators, case, typos); call cases imitate ASR
output (lower case, no punctuation, numbers as words, "oh"/"o"/"nought" for
zero, "double"/"triple", pairs such as "forty one eleven", letters as "b for
bravo" / NATO words / homophones such as "see" for C, e-mails as "x dot y at
gmail dot com", values split over turns with back-channels, self-corrections,
agent read-backs, fillers such as "um" inside readings).

## Annotation conventions

* A span covers the value only: lead-ins ("my social is", "card number",
  "area code", "zip") and trailing chit-chat are outside.
* Spoken readings: the span runs from the first to the last word of the reading
  and includes fillers ("um", "uh") and spoken separators ("dash") *inside* it.
* Values split across turns: each piece is its own span of the same type.
  When the caller says "area code X then Y" there are two PHONE spans (X and Y).
* Self-corrections: only the final, corrected reading is labelled; the abandoned
  partial reading is left unlabelled (it is never scored either way).
* Agent read-backs of a value are labelled like the customer's reading.
* ADDRESS = house/flat number + street name + street type (+ apartment/unit when
  it follows directly); city and state are outside; the ZIP / postcode is a
  separate POSTCODE span.
* DOB = the date only ("born" and "date of birth" outside). EXPIRY = the date
  only. CVV = the digits only. SORT_CODE and BANK_ACCOUNT are separate spans.
* NI_NUMBER covers prefix letters, digits and suffix letter, including spelled
  forms ("j for juliet").
* Non-PII numbers inside positive cases (order/case/policy numbers, amounts,
  times, extensions, ages) are deliberately unlabelled.
* Negative cases contain no PII at all: amounts, balances, percentages, times,
  durations, counts, years, non-birth dates, claim/policy/member/order/invoice/
  ticket/case/prescription numbers said with their names (≤10 digits), flight
  numbers, room numbers, model numbers, meter readings, speeds, ages,
  temperatures. Any redaction in a negative case is a false positive.

## Counts

Positive cases: {kinds['positive']}; negative cases: {kinds['negative']}.

| type | spans |
|---|---|
{rows}
"""


def main():
    cases = generate()
    text = dump(cases)
    if "--check" not in sys.argv[1:]:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
    problems, counts, kinds = check(text, cases)
    rd = readme(counts, kinds)
    if "--check" not in sys.argv[1:]:
        README.write_text(rd, encoding="utf-8")
    elif not README.exists() or README.read_text(encoding="utf-8") != rd:
        problems.append("README.md differs from regenerated output")
    print(f"cases: {kinds['positive']} positive, {kinds['negative']} negative")
    for t in TYPES:
        print(f"  {t:13s} {counts[t]}")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems[:60]:
            print("  -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

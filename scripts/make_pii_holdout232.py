"""Generate the held-out PII redaction evaluation set h232.

Written by an AI helper acting as an independent author (did not see the
redaction code). Standard library only; output is byte-for-byte reproducible.

    python scripts/make_pii_holdout232.py          # write fixture + README
    python scripts/make_pii_holdout232.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 232241126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout232"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h232"

rng = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu"}
NAMES = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward", "g": "george",
         "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mary", "n": "nancy",
         "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "x": "xmas",
         "y": "yellow", "z": "zebra"}


def pick(seq):
    return seq[rng.randrange(len(seq))]


def zero_word():
    return pick(["oh", "oh", "o", "zero", "nought"])


def say_digits(ds: str, doubles: bool = True, zero: str | None = None) -> str:
    z = zero or zero_word()
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        w = z if d == "0" else DIG[int(d)]
        if doubles and i + 2 < len(ds) and ds[i + 1] == d and ds[i + 2] == d and rng.random() < 0.6:
            out.append("triple " + w)
            i += 3
            continue
        if doubles and i + 1 < len(ds) and ds[i + 1] == d and rng.random() < 0.7:
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def say_pair(p: str, zero: str = "oh") -> str:
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero + " " + (zero if b == 0 else DIG[b])
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + DIG[b])


def say_pairs(ds: str) -> str:
    assert len(ds) % 2 == 0
    z = pick(["oh", "o", "zero"])
    return " ".join(say_pair(ds[i:i + 2], z) for i in range(0, len(ds), 2))


def say_groups(ds: str, sizes, how="digits") -> list[str]:
    out, i = [], 0
    for s in sizes:
        g = ds[i:i + s]
        i += s
        if how == "pairs" and len(g) % 2 == 0:
            out.append(say_pairs(g))
        else:
            out.append(say_digits(g))
    return out


def num_words(n: int) -> str:
    if n < 10:
        return DIG[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + DIG[n % 10])
    h, r = divmod(n, 100)
    return DIG[h] + " hundred" + ("" if r == 0 else " and " + num_words(r))


def ordinal(n: int) -> str:
    if n <= 20:
        return ORD[n]
    if n == 30:
        return "thirtieth"
    return TENS[n // 10] + " " + ORD[n % 10]


def say_letter(ch: str, mode: str) -> str:
    c = ch.lower()
    if mode == "nato" and c in NATO:
        return f"{c} for {NATO[c]}"
    if mode == "name" and c in NAMES:
        return f"{c} as in {NAMES[c]}"
    return c


def say_alnum(s: str, letter_mode="plain", doubles=True) -> str:
    out, buf = [], ""
    for ch in s:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                out.append(say_digits(buf, doubles))
                buf = ""
            if ch.isalpha():
                out.append(say_letter(ch, letter_mode))
    if buf:
        out.append(say_digits(buf, doubles))
    return " ".join(out)


# ---------------------------------------------------------------- value makers
def luhn_ok(ds: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(ds)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card() -> str:
    kind = pick(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        pre, n = "4" + str(rng.randint(10, 99)), 16
    elif kind == "mc":
        pre, n = str(rng.randint(51, 55)), 16
    elif kind == "amex":
        pre, n = pick(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    elif kind == "visa13":
        pre, n = "4", 13
    else:
        pre, n = pick(["6759", "5018"]), 19
    body = pre + "".join(str(rng.randrange(10)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_groups(ds: str):
    n = len(ds)
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 4, 5]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def make_ssn() -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni() -> str:
    while True:
        p = pick(NI_FIRST) + pick(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + pick("ABCD")


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def rd(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def make_iban() -> str:
    c = pick(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if c == "GB":
        bban = pick(["NWBK", "BARC", "HBUK", "MIDL"]) + rd(14)
    elif c == "IE":
        bban = pick(["AIBK", "IPBS"]) + rd(14)
    elif c == "DE":
        bban = rd(18)
    elif c == "FR":
        bban = rd(23)
    elif c == "NL":
        bban = pick(["ABNA", "INGB"]) + rd(10)
    else:
        bban = rd(20)
    return c + iban_check(c, bban) + bban


def make_phone():
    """returns (chat form, canonical digits, spoken form)"""
    k = pick(["uk_mob", "uk_mob", "uk_land", "uk_intl", "us", "us", "us_intl", "ie", "ie_intl", "de_intl"])
    if k == "uk_mob":
        d = "07" + rd(9)
        chat = pick([f"{d[:5]} {d[5:]}", d, f"{d[:5]} {d[5:8]} {d[8:]}"])
        spoken = say_digits(d[:5]) + " " + say_digits(d[5:8]) + " " + say_digits(d[8:])
    elif k == "uk_land":
        d = pick(["0161", "0113", "0121", "0141"]) + rd(7)
        chat = pick([f"{d[:4]} {d[4:7]} {d[7:]}", f"({d[:4]}) {d[4:]}", d])
        spoken = say_digits(d[:4]) + " " + say_digits(d[4:7]) + " " + say_digits(d[7:])
    elif k == "uk_intl":
        d = "447" + rd(9)
        chat = pick([f"+44 {d[2:6]} {d[6:]}", f"+44{d[2:]}", f"0044 {d[2:6]} {d[6:]}"])
        if chat.startswith("0044"):
            d = "00" + d
        spoken = ("plus " if not d.startswith("00") else "") + say_digits(d[:len(d) - 10]) + " " + say_digits(d[-10:-6]) + " " + say_digits(d[-6:])
    elif k == "us":
        area = str(rng.randint(201, 989))
        d = area + str(rng.randint(201, 989)) + rd(4)
        chat = pick([f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}"])
        spoken = say_digits(d[:3]) + " " + say_digits(d[3:6]) + " " + (say_pairs(d[6:]) if rng.random() < 0.5 else say_digits(d[6:]))
    elif k == "us_intl":
        d = "1" + str(rng.randint(201, 989)) + str(rng.randint(201, 989)) + rd(4)
        chat = f"+1 {d[1:4]} {d[4:7]} {d[7:]}"
        spoken = "plus one " + say_digits(d[1:4]) + " " + say_digits(d[4:7]) + " " + say_digits(d[7:])
    elif k == "ie":
        d = pick(["083", "085", "086", "087", "089"]) + rd(7)
        chat = pick([f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:]}", d])
        spoken = say_digits(d[:3]) + " " + say_digits(d[3:6]) + " " + say_digits(d[6:])
    elif k == "ie_intl":
        d = "3538" + pick("35679") + rd(7)
        chat = f"+353 {d[3:5]} {d[5:8]} {d[8:]}"
        spoken = "plus " + say_digits(d[:3]) + " " + say_digits(d[3:5]) + " " + say_digits(d[5:8]) + " " + say_digits(d[8:])
    else:
        d = "4915" + rd(9)
        chat = f"+49 {d[2:6]} {d[6:]}"
        spoken = "plus " + say_digits(d[:2]) + " " + say_digits(d[2:6]) + " " + say_digits(d[6:])
    return chat, d, spoken


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "grace", "oliver",
         "niamh", "daniel", "emma", "lukas", "sofia", "kevin", "maria", "sean", "chloe", "raj", "hannah"]
LAST = ["murphy", "smith", "patel", "kelly", "jones", "obrien", "walsh", "brown", "khan",
        "garcia", "muller", "byrne", "taylor", "nguyen", "evans", "doyle", "wilson", "clarke"]
DOMAINS = [("gmail", "com"), ("outlook", "com"), ("yahoo", "co.uk"), ("hotmail", "co.uk"),
           ("icloud", "com"), ("eircom", "net"), ("btinternet", "com"), ("gmx", "de"), ("proton", "me")]


def make_email():
    f, l = pick(FIRST), pick(LAST)
    dom, tld = pick(DOMAINS)
    style = rng.randrange(5)
    num = str(rng.randint(1, 99)) if rng.random() < 0.5 else ""
    if style == 0:
        local_parts = [f, ".", l, num]
    elif style == 1:
        local_parts = [f[0], ".", l, num]
    elif style == 2:
        local_parts = [f, "_", l[0], num]
    elif style == 3:
        local_parts = [f, l, num]
    else:
        local_parts = [l, ".", f[0], num]
    chat_local = "".join(local_parts)
    chat = chat_local + "@" + dom + "." + tld
    if rng.random() < 0.3:
        chat = chat[0].upper() + chat[1:]
    words = []
    for p in local_parts:
        if p == ".":
            words.append("dot")
        elif p == "_":
            words.append("underscore")
        elif p.isdigit():
            words.append(say_digits(p) if rng.random() < 0.5 else num_words(int(p)))
        elif p:
            words.append(p if len(p) > 1 else p)
    spoken = " ".join(words) + " at " + dom + " dot " + " dot ".join(tld.split("."))
    return chat, spoken


UK_AREAS = ["SW", "SE", "NW", "N", "E", "W", "EC", "WC", "M", "B", "LS", "G", "EH", "CF", "BT", "L", "BS", "NG", "S", "CB"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


AREA_TOWN = {"SW": "london", "SE": "london", "NW": "london", "N": "london", "E": "london", "W": "london",
             "EC": "london", "WC": "london", "M": "manchester", "B": "birmingham", "LS": "leeds", "G": "glasgow",
             "EH": "edinburgh", "CF": "cardiff", "BT": "belfast", "L": "liverpool", "BS": "bristol",
             "NG": "nottingham", "S": "sheffield", "CB": "cambridge"}


def town_of(pc: str) -> str:
    return AREA_TOWN[re.match(r"[A-Z]+", pc).group(0)]


def make_uk_postcode() -> str:
    a = pick(UK_AREAS)
    dist = str(rng.randint(1, 28))
    if a in ("SW", "EC", "WC", "W", "E", "N") and rng.random() < 0.25 and len(dist) == 1:
        dist += pick("AP")
    return f"{a}{dist} {rng.randint(1, 9)}{pick(INWARD)}{pick(INWARD)}"


def say_postcode(pc: str) -> str:
    out, part = [], pc.replace(" ", "")
    i = 0
    while i < len(part):
        ch = part[i]
        if ch.isalpha():
            mode = "nato" if rng.random() < 0.2 else "plain"
            out.append(say_letter(ch, mode))
            i += 1
        else:
            j = i
            while j < len(part) and part[j].isdigit():
                j += 1
            g = part[i:j]
            if len(g) == 2 and rng.random() < 0.5 and g[0] != "0":
                out.append(say_pair(g))
            else:
                out.append(say_digits(g, doubles=False, zero="zero"))
            i = j
    return " ".join(out)


def make_zip():
    z = f"{rng.randint(1001, 99950):05d}"
    if rng.random() < 0.25:
        return z + "-" + rd(4)
    return z


STREETS = ["maple", "kings", "station", "church", "oak tree", "victoria", "main", "elm",
           "high", "park", "mill", "castle", "river", "willow", "chestnut", "lincoln", "cedar",
           "queens", "sycamore", "harbour", "orchard", "ash grove"]
SUFFIX_UK = ["road", "street", "avenue", "lane", "close", "drive", "crescent", "way", "terrace", "grove"]
SUFFIX_US = ["street", "avenue", "drive", "boulevard", "court", "lane", "road", "place"]
ADDR_RE = re.compile(r"^(?:(?:flat|apartment|apt|unit)\.? [\w ]+?,? )?[\w ]+ (?:road|street|avenue|lane|close|drive|crescent|way|terrace|grove|boulevard|court|place|rd|st|ave|dr|blvd)\.?$", re.I)


def make_address(us=False):
    n = rng.randint(1, 420)
    st = pick(STREETS)
    suf = pick(SUFFIX_US if us else SUFFIX_UK)
    flat = rng.randint(1, 24) if (not us and rng.random() < 0.25) else None
    chat = f"{n} {st.title()} {suf.title()}"
    if flat:
        chat = f"Flat {flat}, " + chat
    if us and rng.random() < 0.3:
        chat = f"{n} {st.title()} " + {"street": "St", "avenue": "Ave", "drive": "Dr", "road": "Rd",
                                          "boulevard": "Blvd"}.get(suf, suf.title())
    if n >= 100 and rng.random() < 0.6:
        sn = say_digits(str(n), doubles=False) if rng.random() < 0.5 else (num_words(n // 100) + " " + say_pair(f"{n % 100:02d}"))
    else:
        sn = num_words(n)
    spoken = f"{sn} {st} {suf}"
    if flat:
        spoken = f"flat {num_words(flat)} {spoken}"
    return chat, spoken


def make_dob():
    y = rng.randint(1941, 2004)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return d, m, y


def dob_chat(d, m, y, us=False):
    s = rng.randrange(4)
    if s == 0:
        return f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}"
    if s == 1:
        return f"{d}.{m}.{y}" if not us else f"{m}-{d}-{y}"
    if s == 2:
        return f"{d} {MONTHS[m - 1].title()} {y}" if not us else f"{MONTHS[m - 1].title()} {d}, {y}"
    return f"{y}-{m:02d}-{d:02d}"


def say_year(y):
    if y >= 2000:
        return pick(["two thousand and ", "two thousand "]) + num_words(y - 2000) if y > 2000 else "two thousand"
    return say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])


def dob_spoken(d, m, y, us=False):
    s = rng.randrange(4)
    if s == 0:
        return f"the {ordinal(d)} of {MONTHS[m - 1]} {say_year(y)}"
    if s == 1:
        return f"{MONTHS[m - 1]} {ordinal(d) if rng.random() < 0.5 else num_words(d)} {say_year(y)}"
    if s == 2:
        return f"{say_pair(f'{d:02d}')} {say_pair(f'{m:02d}')} {say_pair(str(y)[2:])}"
    return f"{ordinal(d)} {MONTHS[m - 1]} {say_year(y)}"


def make_expiry():
    m = rng.randint(1, 12)
    y = rng.randint(26, 33)
    return m, y


def exp_chat(m, y):
    return pick([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d} {y}"])


def exp_spoken(m, y):
    s = rng.randrange(4)
    if s == 0:
        return f"{say_pair(f'{m:02d}')} {say_pair(str(y))}"
    if s == 1:
        return f"{MONTHS[m - 1]} twenty {say_pair(str(y))}"
    if s == 2:
        return f"{say_pair(f'{m:02d}')} slash {say_pair(str(y))}"
    return f"{MONTHS[m - 1]} {say_pair(str(y))}"


# ---------------------------------------------------------------- normalising
WORDNUM = {w: str(i) for i, w in enumerate(DIG)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: i * 10 for i, w in enumerate(TENS) if w}
ORDNUM = {w: i for i, w in enumerate(ORD) if w}
ORDNUM.update({"thirtieth": 30})
MONNUM = {m: f"{i + 1:02d}" for i, m in enumerate(MONTHS)}
FILLERS = {"um", "uh", "er", "erm", "hmm", "and", "slash", "dash", "plus", "the", "of", "thousand", "hundred"}
NATO_WORDS = set(NATO.values()) | set(NAMES.values())


def normalise(text: str, letters: bool = False) -> str:
    t = text.lower()
    t = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", t)
    t = re.sub(r"[-/.,()+:]", " ", t)
    toks = t.split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if w == "for" and nxt in NATO_WORDS:
            i += 2
            continue
        if w == "as" and nxt == "in" and i + 2 < len(toks) and toks[i + 2] in NATO_WORDS:
            i += 3
            continue
        if w in ("double", "triple"):
            d = WORDNUM.get(nxt, nxt)
            out.append(d * (2 if w == "double" else 3))
            i += 2
            continue
        if w == "two" and nxt == "thousand":
            out.append("20")
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            if i < len(toks) and (toks[i] in WORDNUM or toks[i] in TEENNUM):
                v = WORDNUM.get(toks[i]) or TEENNUM[toks[i]]
                out.append(v.zfill(2))
                i += 1
            else:
                out.append("00")
            continue
        if w in TENNUM:
            v = TENNUM[w]
            if nxt in WORDNUM and nxt not in ("oh", "o", "nought", "zero"):
                out.append(str(v + int(WORDNUM[nxt])))
                i += 2
            elif nxt in ORDNUM and ORDNUM[nxt] < 10:
                out.append(str(v + ORDNUM[nxt]))
                i += 2
            else:
                out.append(str(v))
                i += 1
            continue
        if w in WORDNUM:
            out.append(WORDNUM[w])
        elif w in TEENNUM:
            out.append(TEENNUM[w])
        elif w in ORDNUM:
            out.append(f"{ORDNUM[w]:02d}")
        elif w in MONNUM:
            out.append(MONNUM[w])
        elif w.isdigit():
            out.append(w)
        elif letters and w.isalpha() and len(w) <= 4 and w not in FILLERS:
            out.append(w.upper())
        elif w in FILLERS:
            pass
        elif letters and w.isalnum():
            out.append(w.upper())
        else:
            out.append("?" + w)
        i += 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2}$")
US_ZIP = re.compile(r"^\d{5}(\d{4})?$")
EMAIL_RE = re.compile(r"^[a-z0-9._]+@[a-z0-9]+(\.[a-z]{2,})+$")


def validate(typ: str, raw: str, canon: str | None) -> str | None:
    if typ == "EMAIL":
        s = raw.lower()
        if "@" not in s:
            s = s.replace(" at ", "@").replace(" dot ", ".").replace(" underscore ", "_")
            s = re.sub(r"\b(" + "|".join(DIG[1:] + TEENS + [t for t in TENS if t] + ["oh", "zero"]) + r")\b",
                       lambda m: "", s) if False else s
            toks = s.split()
            s2 = ""
            for tk in toks:
                n = normalise(tk)
                s2 += n if n and "?" not in n else tk
            s = s2
        return None if EMAIL_RE.match(s) else f"bad email {s!r}"
    if typ == "ADDRESS":
        if not ADDR_RE.match(raw):
            return f"bad address {raw!r}"
        first = raw.split()[0].lower()
        if first in ("flat", "apartment", "apt", "unit"):
            return None
        return None if (first.isdigit() or first in WORDNUM or first in TEENNUM or first in TENNUM) else f"address w/o number {raw!r}"
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    n = normalise(raw, letters=letters)
    if "?" in n:
        return f"unparsed token in {raw!r} -> {n}"
    if canon is not None and n != canon:
        return f"normalised {n!r} != canonical {canon!r} for {raw!r}"
    if typ == "CARD_NUMBER":
        return None if n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n) else f"bad card {n}"
    if typ == "CVV":
        return None if n.isdigit() and len(n) in (3, 4) else f"bad cvv {n}"
    if typ == "SSN":
        return None if n.isdigit() and len(n) == 9 else f"bad ssn {n}"
    if typ == "SORT_CODE":
        return None if n.isdigit() and len(n) == 6 else f"bad sort {n}"
    if typ == "BANK_ACCOUNT":
        return None if n.isdigit() and 6 <= len(n) <= 12 else f"bad acct {n}"
    if typ == "PHONE":
        return None if n.isdigit() and 10 <= len(n) <= 14 else f"bad phone {n}"
    if typ == "NI_NUMBER":
        return None if re.match(r"^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$", n) else f"bad ni {n}"
    if typ == "IBAN":
        return None if re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", n) and iban_ok(n) else f"bad iban {n}"
    if typ == "POSTCODE":
        return None if (UK_PC.match(n) or US_ZIP.match(n)) else f"bad postcode {n}"
    if typ == "EXPIRY":
        if not n.isdigit() or len(n) not in (3, 4, 6):
            return f"bad expiry {n}"
        mm = int(n[0]) if len(n) == 3 else int(n[:2])
        return None if 1 <= mm <= 12 else f"bad expiry month {n}"
    if typ == "DOB":
        if not n.isdigit() or not (6 <= len(n) <= 8):
            return f"bad dob {n}"
        return None
    return f"unknown type {typ}"


# ---------------------------------------------------------------- case assembly
class V:
    """a labelled value segment"""

    def __init__(self, text, typ, canon=None, group=None, check=True):
        self.text, self.typ, self.canon, self.group, self.check = text, typ, canon, group, check


def turn(speaker, *segs):
    return (speaker, segs)


POS, NEG = [], []


def add_case(kind, note, *turns):
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                start = len(text)
                text += s.text
                spans.append({"turn": ti, "start": start, "end": len(text), "type": s.typ})
                meta.append(s)
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    lst = POS if kind == "positive" else NEG
    lst.append({"kind": kind, "turns": out_turns, "spans": spans, "note": note, "_meta": meta})


A, C = "agent", "customer"


def fill():
    return pick(["", "", "um ", "uh ", "er ", "erm "])


def lead():
    return pick(["yeah it's ", "it's ", "okay so ", "right ", "yep ", "sure ", "yeah ", "um it's ", "that's ", "so it's "])


# ---------------------------------------------------------------- positive templates
INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]


def ind(*choices):
    return pick(choices or INDUSTRIES)


def neighbour_noise():
    """unlabelled non-PII number phrase to sit beside PII (call style)"""
    return pick([
        f"the order number is {say_digits(rd(8))} ",
        f"that's for the {num_words(rng.randint(12, 99))} pound {num_words(rng.randint(1, 99))} payment ",
        f"i got the letter on the {ordinal(rng.randint(1, 28))} of {pick(MONTHS)} ",
        f"reference {say_digits(rd(7))} ",
        f"it's the one ending {say_digits(rd(4))} no sorry the other one ",
        f"i've been on hold {num_words(rng.randint(10, 45))} minutes ",
        "",
    ])


def p_card_call_one():
    c = make_card()
    how = pick(["digits", "pairs", "digits"])
    g = say_groups(c, card_groups(c), "pairs" if how == "pairs" and len(c) == 16 else "digits")
    sep = pick([" ", " ", " um ", " "])
    text = sep.join(g)
    i = ind("banking", "telecom", "retail", "utilities", "travel")
    add_case("positive", f"call/{i}: card number read in one turn ({'pairs' if how == 'pairs' and len(c) == 16 else 'digit words'}, {len(c)} digits)",
             turn(A, "can i take the long card number please"),
             turn(C, lead(), V(text, "CARD_NUMBER", c), pick(["", " thanks", " and that's a visa", " yeah"])))


def p_card_call_split():
    c = make_card()
    sizes = card_groups(c)
    gs = say_groups(c, sizes)
    turns = [turn(A, pick(["okay whenever you're ready the card number", "go ahead with the sixteen digits on the front", "and the card number please"]))]
    gid = object()
    for k, g in enumerate(gs):
        turns.append(turn(C, fill(), V(g, "CARD_NUMBER", None, gid)))
        if k < len(gs) - 1:
            turns.append(turn(A, pick(["mhm", "yep", "okay go on", "uh huh", "yeah", "got that"])))
    turns.append(turn(A, "lovely thank you"))
    _set_group_canon(turns, gid, c)
    add_case("positive", f"call/{ind('insurance', 'retail', 'travel', 'telecom')}: card split over {len(gs)} customer turns with back-channels", *turns)


def _set_group_canon(turns, gid, canon):
    for _, segs in turns:
        for s in segs:
            if isinstance(s, V) and s.group is gid:
                s.canon = "GROUP:" + canon


def p_card_chat():
    c = make_card()
    sizes = card_groups(c)
    parts, i = [], 0
    for s in sizes:
        parts.append(c[i:i + s])
        i += s
    sep = pick([" ", "-", " ", "", ".", "  "])
    text = sep.join(parts) if sep else c
    amt = f"£{rng.randint(10, 900)}.{rng.randint(0, 99):02d}"
    add_case("positive", f"chat/{ind('retail', 'banking', 'travel')}: card typed with separator {sep!r} next to an amount",
             turn(C, pick([f"hi i want to pay {amt} off my balance, card is ", f"Card no: ", f"pls use this card {amt} ", f"my card number - "]),
                  V(text, "CARD_NUMBER", c), pick(["", " thx", ". Can you confirm", " ta"])))


def p_card_cvv_exp_call():
    c = make_card()
    m, y = make_expiry()
    cvv = rd(4 if len(c) == 15 else 3)
    g = say_groups(c, card_groups(c))
    e = exp_spoken(m, y)
    add_case("positive", f"call/{ind('telecom', 'utilities', 'retail', 'travel')}: card, expiry and security code over a call",
             turn(A, "go ahead with the card number"),
             turn(C, V(" ".join(g), "CARD_NUMBER", c)),
             turn(A, "and the expiry"),
             turn(C, fill(), V(e, "EXPIRY", None)),
             turn(A, "and the three digits on the back" if len(cvv) == 3 else "and the four digit code on the front"),
             turn(C, lead(), V(say_digits(cvv, doubles=False), "CVV", cvv)))


def _grouped(c, sep=" "):
    parts, i = [], 0
    for n in card_groups(c):
        parts.append(c[i:i + n])
        i += n
    return sep.join(parts)


def p_card_exp_same_turn():
    c = make_card()
    m, y = make_expiry()
    cvv = rd(3) if len(c) != 15 else rd(4)
    add_case("positive", f"chat/{ind('retail', 'travel')}: card, expiry and cvv in one message",
             turn(C, "card ", V(_grouped(c), "CARD_NUMBER", c), " exp ", V(exp_chat(m, y), "EXPIRY", None),
                  pick([" cvv ", " security code ", " CVC: "]), V(cvv, "CVV", cvv)))


def p_card_correction():
    c = make_card()
    gs = [c[i:i + 4] for i in range(0, 16, 4)] if len(c) == 16 else None
    if gs is None:
        return p_card_call_one()
    wrong = str((int(gs[2][0]) + 3) % 10) + gs[2][1:]
    gid = object()
    turns = [turn(A, "okay the card number then"),
             turn(C, V(say_digits(gs[0]) + " " + say_digits(gs[1]), "CARD_NUMBER", None, gid)),
             turn(A, "yep"),
             turn(C, V(say_digits(wrong), "CARD_NUMBER", None, None, False), " no sorry ", V(say_digits(gs[2]), "CARD_NUMBER", None, gid), " then ", V(say_digits(gs[3]), "CARD_NUMBER", None, gid)),
             turn(A, "so that's ", V(" ".join(say_digits(x, doubles=False) for x in gs), "CARD_NUMBER", c), " is that right"),
             turn(C, "yes that's it")]
    _set_group_canon(turns, gid, c)
    add_case("positive", f"call/{ind('banking', 'insurance')}: card with self-correction of a group, agent reads it back", *turns)


def p_card_beside_order():
    c = make_card()
    order = rd(rng.randint(7, 10))
    add_case("positive", f"call/retail: card right after an order number (order number unlabelled)",
             turn(A, "have you got the order number"),
             turn(C, f"yeah order number {say_digits(order)}"),
             turn(A, "thanks and the card you'd like the refund to"),
             turn(C, V(say_digits(c), "CARD_NUMBER", c), pick([" the one ending " + say_digits(c[-4:]), ""])))


def p_ssn_call():
    s = make_ssn()
    st = rng.randrange(3)
    if st == 0:
        t = say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:])
    elif st == 1:
        t = say_digits(s, doubles=False)
    else:
        t = say_digits(s[:3]) + " " + say_pair(s[3:5]) + " " + say_pairs(s[5:])
    add_case("positive", f"call/{ind('banking', 'insurance', 'healthcare billing', 'government services')}: US SSN spoken",
             turn(A, pick(["can you verify your social security number", "and the social please", "i'll need your social security number to continue"])),
             turn(C, lead(), V(t, "SSN", s)))


def p_ssn_chat():
    s = make_ssn()
    f = pick([f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s, f"{s[:3]}.{s[3:5]}.{s[5:]}"])
    amt = f"${rng.randint(20, 3000)}.{rng.randint(0, 99):02d}"
    add_case("positive", f"chat/{ind('healthcare billing', 'banking', 'government services', 'insurance')}: typed SSN beside a claim/amount",
             turn(A, "For verification could you provide your SSN?"),
             turn(C, pick(["sure its ", "SSN ", "ok ", "", "my ssn is "]), V(f, "SSN", s),
                  pick([f" - the bill was {amt}", f". claim # {rd(8)}", "", f" ,need to dispute {amt}"])))


def p_ssn_split():
    s = make_ssn()
    gid = object()
    turns = [turn(A, "and the social security number"),
             turn(C, fill(), V(say_digits(s[:3]), "SSN", None, gid)),
             turn(A, "okay"),
             turn(C, V(say_digits(s[3:5]), "SSN", None, gid)),
             turn(A, "mhm"),
             turn(C, V(say_digits(s[5:]), "SSN", None, gid), pick(["", " and i'm calling about the bill from march"]))]
    _set_group_canon(turns, gid, s)
    add_case("positive", f"call/{ind('healthcare billing', 'government services')}: SSN split 3-2-4 across turns", *turns)


def p_ssn_last_plus_full():
    s = make_ssn()
    add_case("positive", "call/banking: full SSN with a filler and hesitation inside the reading, balance nearby",
             turn(A, f"your balance is {num_words(rng.randint(100, 999))} dollars can you confirm the full social for me"),
             turn(C, "the whole thing okay ", V(say_digits(s[:3]) + " " + pick(["um", "uh", "er"]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:]), "SSN", None)))
    POS[-1]["_meta"][0].canon = None


def p_noise_phone():
    chat, d, sp = make_phone()
    add_case("positive", f"call/{ind()}: phone number given right after unrelated numbers (reference, amounts, minutes)",
             turn(C, neighbour_noise(), "and my number's ", V(sp, "PHONE", d)))


def p_noise_card_chitchat():
    c = make_card()
    sizes = card_groups(c)
    gs = say_groups(c, sizes)
    gid = object()
    segs = [V(gs[0], "CARD_NUMBER", None, gid)]
    for k, g in enumerate(gs[1:]):
        segs.append(pick([" sorry the dog's going mad ", " hang on ", " um ", " wait let me turn the telly down ", " "]))
        segs.append(V(g, "CARD_NUMBER", None, gid))
    turns = [turn(A, "okay the card number please"), turn(C, *segs), turn(A, "thank you")]
    _set_group_canon(turns, gid, c)
    add_case("positive", f"call/{ind('retail', 'utilities', 'telecom')}: card groups interrupted by chit-chat inside one turn", *turns)


def p_sort_acct_one_turn():
    sc, acct = rd(6), rd(8)
    add_case("positive", "call/banking: sort code and account number in one customer turn, then a payment amount",
             turn(A, "which account should the refund go to"),
             turn(C, "sort code ", V(say_pairs(sc), "SORT_CODE", sc), " account ", V(say_digits(acct), "BANK_ACCOUNT", acct),
                  f" and it's {num_words(rng.randint(20, 99))} pounds you owe me"))


def p_email_correction():
    chat, sp = make_email()
    add_case("positive", f"call/{ind()}: email given then read back by the agent",
             turn(A, "can i get an email address"),
             turn(C, V(sp, "EMAIL", None)),
             turn(A, "that's ", V(sp, "EMAIL", None), " yeah"),
             turn(C, "yep"))


def ni_spoken(n):
    mode = pick(["plain", "plain", "nato", "name"])
    letters = " ".join(say_letter(ch, mode) for ch in n[:2])
    dg = n[2:8]
    how = rng.randrange(3)
    if how == 0:
        digits = say_digits(dg)
    elif how == 1:
        digits = say_pairs(dg)
    else:
        digits = say_digits(dg, doubles=False)
    suf = say_letter(n[8], pick(["plain", mode]))
    return letters, digits, suf


def p_ni_call():
    n = make_ni()
    l, d, s = ni_spoken(n)
    add_case("positive", f"call/{ind('government services', 'banking', 'insurance')}: UK NI number spoken",
             turn(A, pick(["what's your national insurance number", "can i take your n i number please", "and your national insurance number"])),
             turn(C, lead(), V(f"{l} {d} {s}", "NI_NUMBER", n)))


def p_ni_chat():
    n = make_ni()
    f = pick([f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", n, n.lower(), f"{n[:2]}{n[2:8]} {n[8]}", f"{n[:2]}-{n[2:4]}-{n[4:6]}-{n[6:8]}-{n[8]}"])
    add_case("positive", f"chat/{ind('government services', 'banking')}: typed NI number ({'lower case' if f.islower() else 'mixed format'})",
             turn(C, pick(["NI no. ", "my national insurance is ", "ni number: ", "Hi, NINO ", ""]), V(f, "NI_NUMBER", n),
                  pick(["", f" and my tax code is {rng.randint(1100, 1300)}L", f" - ref {rd(8)}", "  thanks"])))


def p_ni_split():
    n = make_ni()
    l, d, s = ni_spoken(n)
    gid = object()
    turns = [turn(A, "national insurance number please"),
             turn(C, V(l, "NI_NUMBER", None, gid)),
             turn(A, pick(["yep", "okay", "mhm"])),
             turn(C, fill(), V(d, "NI_NUMBER", None, gid)),
             turn(A, "and the letter at the end"),
             turn(C, V(s, "NI_NUMBER", None, gid))]
    _set_group_canon(turns, gid, n)
    add_case("positive", "call/government services: NI number split letters / digits / suffix", *turns)


def p_ni_readback():
    n = make_ni()
    l, d, s = ni_spoken(n)
    add_case("positive", "call/banking: NI number given then read back by agent",
             turn(C, "my n i is ", V(f"{l} {d} {s}", "NI_NUMBER", n)),
             turn(A, "so that's ", V(" ".join(n[:2].lower()) + " " + say_digits(n[2:8], doubles=False) + " " + n[8].lower(), "NI_NUMBER", n), " yeah"),
             turn(C, "correct"))


def p_bank_sort_call():
    sc = rd(6)
    acct = rd(8)
    sc_t = say_pairs(sc) if rng.random() < 0.5 else say_digits(sc[:2]) + " " + say_digits(sc[2:4]) + " " + say_digits(sc[4:])
    add_case("positive", f"call/{ind('banking', 'utilities', 'telecom')}: UK sort code and account number",
             turn(A, "what's the sort code for the direct debit"),
             turn(C, V(sc_t, "SORT_CODE", sc)),
             turn(A, "and the account number"),
             turn(C, lead(), V(say_digits(acct), "BANK_ACCOUNT", acct), pick(["", " and it's the joint account", " the bill's about sixty pounds a month"])))


def p_bank_chat():
    sc = rd(6)
    acct = rd(8)
    f = pick([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"])
    add_case("positive", f"chat/{ind('banking', 'utilities')}: sort code and account number in one message beside an amount",
             turn(C, f"pay the refund of £{rng.randint(5, 400)}.{rng.randint(0, 99):02d} to sort code ", V(f, "SORT_CODE", sc),
                  pick([" acc ", " account no ", ", a/c "]), V(acct, "BANK_ACCOUNT", acct)))


def p_us_account():
    acct = rd(rng.randint(9, 12))
    routing = None
    add_case("positive", f"call/{ind('banking', 'utilities', 'insurance')}: US checking account number spoken",
             turn(A, "and the checking account number"),
             turn(C, fill(), V(say_digits(acct), "BANK_ACCOUNT", acct)),
             turn(A, "thank you and the payment of " + num_words(rng.randint(20, 99)) + " dollars goes out on the " + ordinal(rng.randint(1, 28))))


def p_acct_split():
    acct = rd(8)
    gid = object()
    turns = [turn(A, "account number"), turn(C, V(say_digits(acct[:4]), "BANK_ACCOUNT", None, gid)),
             turn(A, "okay go on"), turn(C, V(say_digits(acct[4:]), "BANK_ACCOUNT", None, gid))]
    _set_group_canon(turns, gid, acct)
    add_case("positive", "call/banking: account number split over two turns", *turns)


def iban_groups(ib):
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


def p_iban_chat():
    ib = make_iban()
    f = pick([iban_groups(ib), ib, iban_groups(ib).lower(), ib[:2].lower() + ib[2:]])
    add_case("positive", f"chat/{ind('banking', 'travel', 'retail')}: {ib[:2]} IBAN typed",
             turn(C, pick(["IBAN: ", "please send it to ", "my iban is ", "Acc (IBAN) "]), V(f, "IBAN", ib),
                  pick(["", " thank you", f" for invoice {rd(7)}"])))


def p_iban_call():
    ib = make_iban()
    mode = pick(["plain", "nato"])
    parts = [" ".join(say_letter(ch, "plain") for ch in ib[:2]), say_digits(ib[2:4])]
    rest = ib[4:]
    chunks = [rest[i:i + 4] for i in range(0, len(rest), 4)]
    parts += [say_alnum(ch, mode) for ch in chunks]
    if rng.random() < 0.5:
        gid = object()
        half = len(parts) // 2
        turns = [turn(A, "go ahead with the iban"),
                 turn(C, V(" ".join(parts[:half]), "IBAN", None, gid)),
                 turn(A, "mhm"),
                 turn(C, V(" ".join(parts[half:]), "IBAN", None, gid))]
        _set_group_canon(turns, gid, ib)
        add_case("positive", f"call/banking: {ib[:2]} IBAN spoken over two turns", *turns)
    else:
        add_case("positive", f"call/{ind('banking', 'travel')}: {ib[:2]} IBAN spoken in one go",
                 turn(A, "what's the iban"),
                 turn(C, lead(), V(" ".join(parts), "IBAN", ib)))


def p_phone_call():
    chat, d, sp = make_phone()
    add_case("positive", f"call/{ind()}: phone number spoken",
             turn(A, pick(["what's the best number to reach you on", "can i take a contact number", "and a mobile number"])),
             turn(C, lead(), V(sp, "PHONE", d), pick(["", " after six", " thats my mobile", " or you can email"])))


def p_phone_chat():
    chat, d, sp = make_phone()
    add_case("positive", f"chat/{ind()}: phone typed beside opening hours (hours unlabelled)",
             turn(A, "We're open 8am-8pm Mon-Fri. What number should we call you on?"),
             turn(C, pick(["call me on ", "", "mob ", "my number is ", "ring "]), V(chat, "PHONE", d),
                  pick(["", " anytime after 5", " pls", " between 9 and 12"])))


def p_phone_split():
    chat, d, sp = make_phone()
    words = sp.split()
    cut = len(words) // 2
    while words[cut - 1] in ("double", "triple", "plus"):
        cut += 1
    gid = object()
    turns = [turn(A, "and your phone number"),
             turn(C, V(" ".join(words[:cut]), "PHONE", None, gid)),
             turn(A, pick(["yeah", "mhm", "okay"])),
             turn(C, V(" ".join(words[cut:]), "PHONE", None, gid)),
             turn(A, "thanks")]
    _set_group_canon(turns, gid, d)
    add_case("positive", f"call/{ind()}: phone split across two customer turns", *turns)


def p_email_call():
    chat, sp = make_email()
    add_case("positive", f"call/{ind()}: email spelled out ASR-style",
             turn(A, "and what email address should i send that to"),
             turn(C, lead(), V(sp, "EMAIL", None), pick(["", " all lower case", " thanks"])))


def p_email_chat():
    chat, sp = make_email()
    add_case("positive", f"chat/{ind()}: email typed",
             turn(C, pick(["email me at ", "my email is ", "", "Pls send to ", "contact: "]), V(chat, "EMAIL", None),
                  pick(["", " thanks", ". Order 4471203", " asap"])))


def p_postcode_addr_call():
    us = rng.random() < 0.35
    ch, sp = make_address(us)
    if us:
        z = make_zip()
        zd = z.replace("-", "")
        zsp = say_digits(zd[:5]) + ("" if len(zd) == 5 else " dash " + say_digits(zd[5:]))
        town = pick(["springfield", "columbus", "austin", "portland", "denver"])
        add_case("positive", "call/{}: US street address and ZIP spoken".format(ind("insurance", "utilities", "retail", "healthcare billing")),
                 turn(A, "can you confirm the address on the account"),
                 turn(C, lead(), V(sp, "ADDRESS", None), f" {town} ", V(zsp, "POSTCODE", zd)))
    else:
        pc = make_uk_postcode()
        town = town_of(pc)
        add_case("positive", "call/{}: UK street address and postcode spoken".format(ind("utilities", "telecom", "insurance", "retail")),
                 turn(A, "what's the first line of the address"),
                 turn(C, V(sp, "ADDRESS", None), " in ", town),
                 turn(A, "and the postcode"),
                 turn(C, fill(), V(say_postcode(pc), "POSTCODE", pc.replace(" ", ""))))


def p_postcode_chat():
    us = rng.random() < 0.4
    ch, sp = make_address(us)
    if us:
        z = make_zip()
        add_case("positive", "chat/retail: US address with ZIP typed",
                 turn(C, "ship to ", V(ch, "ADDRESS", None), pick([", Austin TX ", " Denver, CO ", ", Columbus OH "]), V(z, "POSTCODE", z.replace("-", "")),
                      pick(["", " - order #" + rd(9)])))
    else:
        pc = make_uk_postcode()
        f = pick([pc, pc.replace(" ", ""), pc.lower()])
        add_case("positive", "chat/{}: UK address with postcode typed".format(ind("retail", "utilities", "telecom")),
                 turn(C, "new address is ", V(ch, "ADDRESS", None), pick([", ", " "]) + town_of(pc).title() + pick([" ", ", "]), V(f, "POSTCODE", pc.replace(" ", ""))))


def p_dob_call():
    d, m, y = make_dob()
    us = rng.random() < 0.4
    add_case("positive", f"call/{ind()}: date of birth spoken",
             turn(A, pick(["can i take your date of birth", "and your d o b", "just to confirm your date of birth"])),
             turn(C, lead(), V(dob_spoken(d, m, y, us), "DOB", None), pick(["", " and i'm calling about the appointment on the " + ordinal(rng.randint(1, 28)), ""])))


def p_dob_chat():
    d, m, y = make_dob()
    us = rng.random() < 0.4
    add_case("positive", f"chat/{ind()}: typed date of birth next to a non-DOB date",
             turn(A, "Please confirm your date of birth."),
             turn(C, pick(["DOB ", "born ", "", "its "]), V(dob_chat(d, m, y, us), "DOB", None),
                  pick(["", f" - payment was taken on {rng.randint(1, 28)}/{rng.randint(1, 12)}/2026 though", " thanks"])))


def p_combo_verification():
    d, m, y = make_dob()
    pc = make_uk_postcode()
    n = make_ni()
    l, dd, s = ni_spoken(n)
    add_case("positive", "call/government services: DOB, postcode and NI in a verification flow with non-PII numbers around",
             turn(A, "for security can i have your date of birth"),
             turn(C, V(dob_spoken(d, m, y), "DOB", None), " i'm " + num_words(2026 - y) + " now"),
             turn(A, "thank you and your postcode"),
             turn(C, V(say_postcode(pc), "POSTCODE", pc.replace(" ", ""))),
             turn(A, "and national insurance"),
             turn(C, V(f"{l} {dd} {s}", "NI_NUMBER", n), " i've been waiting " + num_words(rng.randint(3, 12)) + " weeks"))


def p_combo_us():
    s = make_ssn()
    d, m, y = make_dob()
    z = make_zip()
    zd = z.replace("-", "")
    add_case("positive", "call/healthcare billing: DOB, SSN and ZIP with a claim number in between (claim unlabelled)",
             turn(A, "date of birth"),
             turn(C, V(dob_spoken(d, m, y, True), "DOB", None)),
             turn(A, "and the claim number on the letter"),
             turn(C, f"claim number {say_digits(rd(9))}"),
             turn(A, "okay and the last thing is your social"),
             turn(C, V(say_digits(s), "SSN", s), " and zip is ", V(say_digits(zd[:5]), "POSTCODE", zd[:5])))


def p_two_cards():
    c1, c2 = make_card(), make_card()
    add_case("positive", "chat/banking: two cards in one message, an old one and the replacement",
             turn(C, "my old card ", V(c1, "CARD_NUMBER", c1), " was stolen, new one is ", V(_grouped(c2), "CARD_NUMBER", c2),
                  f" and i was charged £{rng.randint(10, 999)}.{rng.randint(0, 99):02d} twice"))


def p_ssn_beside_ref():
    s = make_ssn()
    add_case("positive", "chat/government services: SSN typed right after a 9-digit case number (case number unlabelled)",
             turn(C, f"case number {rd(9)} - my ssn is ", V(f"{s[:3]}-{s[3:5]}-{s[5:]}", "SSN", s)))


def p_ni_beside_amount():
    n = make_ni()
    l, d, s = ni_spoken(n)
    add_case("positive", "call/government services: NI number spoken after a benefit amount and payment date",
             turn(C, f"i'm meant to get {num_words(rng.randint(80, 400))} pounds every second {pick(['monday', 'thursday'])} and it hasn't come"),
             turn(A, "i can look into that what's your national insurance number"),
             turn(C, V(f"{l} {d} {s}", "NI_NUMBER", n), " and the last payment was on the " + ordinal(rng.randint(1, 28))))


def p_cvv_exp_chat_split():
    m, y = make_expiry()
    cvv = rd(3)
    add_case("positive", "chat/travel: expiry and CVV typed in separate messages",
             turn(A, "Thanks. Expiry date and security code please."),
             turn(C, pick(["exp ", "", "expires "]), V(exp_chat(m, y), "EXPIRY", None)),
             turn(C, pick(["cvv ", "", "code is "]), V(cvv, "CVV", cvv)))


def p_address_readback():
    us = rng.random() < 0.4
    ch, sp = make_address(us)
    add_case("positive", "call/{}: street address given, agent reads it back, property count chit-chat".format(ind("utilities", "insurance", "telecom", "retail")),
             turn(A, "and the address where the service is"),
             turn(C, f"it's a {num_words(rng.randint(2, 5))} bed at ", V(sp, "ADDRESS", None)),
             turn(A, "okay so ", V(sp, "ADDRESS", None), " yeah"),
             turn(C, "that's it"))


def p_cvv_exp_typo_chat():
    m, y = make_expiry()
    cvv = rd(3)
    add_case("positive", "chat/retail: expiry and CVV typed tersely with typos, beside an order total",
             turn(C, f"total was £{rng.randint(20, 300)}.{rd(2)} - exipry ", V(f"{m:02d}/{y}", "EXPIRY", None), pick([" cvc ", " sec code ", " cvv2 "]), V(cvv, "CVV", cvv)))


POS_TEMPLATES = [(p_address_readback, 4), (p_cvv_exp_typo_chat, 4),
    (p_card_call_one, 8), (p_card_call_split, 6), (p_card_chat, 6), (p_card_cvv_exp_call, 7), (p_card_exp_same_turn, 5),
    (p_card_correction, 4), (p_card_beside_order, 4), (p_two_cards, 2),
    (p_ssn_call, 9), (p_ssn_chat, 8), (p_ssn_split, 4), (p_ssn_last_plus_full, 3), (p_noise_phone, 4), (p_noise_card_chitchat, 4), (p_sort_acct_one_turn, 3), (p_email_correction, 3), (p_ssn_beside_ref, 3), (p_combo_us, 4),
    (p_ni_call, 9), (p_ni_chat, 8), (p_ni_split, 4), (p_ni_readback, 3), (p_ni_beside_amount, 3), (p_combo_verification, 4),
    (p_bank_sort_call, 7), (p_bank_chat, 6), (p_us_account, 3), (p_acct_split, 2),
    (p_iban_chat, 6), (p_iban_call, 6),
    (p_phone_call, 6), (p_phone_chat, 5), (p_phone_split, 3),
    (p_email_call, 8), (p_email_chat, 7),
    (p_postcode_addr_call, 8), (p_postcode_chat, 6),
    (p_dob_call, 6), (p_dob_chat, 5), (p_cvv_exp_chat_split, 4),
]

# ---------------------------------------------------------------- negative templates


def n_order():
    n = rd(rng.randint(7, 10))
    word = pick(["order number", "order reference", "tracking number", "ticket number", "case number", "claim number", "invoice number"])
    add_case("negative", f"call/{ind('retail', 'insurance', 'telecom')}: {word} read digit by digit ({len(n)} digits)",
             turn(A, f"have you got the {word} there"),
             turn(C, f"yeah it's {say_digits(n)}"),
             turn(A, f"perfect so that's {word} {say_digits(n, doubles=False)}"))


def n_order_chat():
    n = rd(rng.randint(8, 10))
    word = pick(["Order #", "Ticket no. ", "Invoice INV-", "Case ref ", "Tracking: ", "Claim No: ", "Booking ref "])
    add_case("negative", f"chat/{ind('retail', 'travel', 'insurance')}: long reference typed with its reference word ({len(n)} digits)",
             turn(C, f"Hi, {word}{pick([n, n[:4] + ' ' + n[4:], n[:3] + '-' + n[3:]])} still hasn't been sorted"),
             turn(A, f"Sorry about that, I can see it was raised was dispatched on {rng.randint(1, 28)}/{rng.randint(1, 12)}/2026."))


def n_amount_digits():
    p = rng.randint(1000, 9999)
    pence = rng.randint(10, 99)
    add_case("negative", f"call/{ind('utilities', 'banking', 'telecom')}: amount read digit by digit",
             turn(A, "what amount would you like to pay today"),
             turn(C, f"{say_digits(str(p))} pounds {num_words(pence)}"),
             turn(A, f"so {num_words(p // 1000)} thousand {num_words(p % 1000) if p % 1000 else ''} pounds and {num_words(pence)} pence okay"))


def n_amount_chat():
    add_case("negative", f"chat/{ind('banking', 'retail', 'utilities')}: balance and amounts typed",
             turn(A, f"Your current balance is £{rng.randint(1000, 99999):,}.{rng.randint(0, 99):02d} and the minimum payment is £{rng.randint(25, 200)}.00."),
             turn(C, f"ok i'll pay {rng.randint(100, 999)}.{rng.randint(0, 99):02d} now and {rng.randint(100, 999)} on the {_th(rng.randint(1, 28))}"))


def n_hours():
    add_case("negative", f"call/{ind()}: opening hours and times (phone-like runs of numbers)",
             turn(A, f"we're open eight till eight monday to friday and nine till five thirty on saturdays"),
             turn(C, f"so if i ring back at {pick(['seven fifteen', 'quarter to eight', 'half seven', 'six forty five'])} tomorrow that's fine"),
             turn(A, f"yes or between {pick(['nine and twelve', 'twelve and two', 'two and four'])} is usually quieter"))


def n_hours_chat():
    add_case("negative", "chat/telecom: opening hours typed as number ranges",
             turn(A, f"Our team is available 08:00-20:00 Mon-Fri, 09:00-17:30 Sat and 10:00 - 16:00 Sun."),
             turn(C, f"ok i'll message back at {rng.randint(1, 11)}:{pick(['15', '30', '45'])} then"))


def n_model_serial():
    model = pick(["WM", "KDL", "HX", "GE", "TX"]) + f"-{rng.randint(1000, 9999)}{pick(['X', 'B', 'SE', ''])}"
    serial = rd(rng.randint(8, 10))
    add_case("negative", f"call/retail: model and serial number of an appliance",
             turn(A, "can you read me the model and serial number on the sticker"),
             turn(C, f"model number {say_alnum(model)} and the serial number is {say_digits(serial)}"),
             turn(A, f"thanks that one's still under the {num_words(rng.randint(2, 5))} year warranty"))


def n_serial_chat():
    add_case("negative", "chat/telecom: router model, 10-digit serial and speed typed",
             turn(C, f"Router model HG{rng.randint(600, 999)}-{rd(3)}, S/N {pick(['SN', 'R'])}{rd(10)} keeps dropping, speed is {rng.randint(2, 90)} Mbps"))


def n_meter():
    r1 = rd(5)
    add_case("negative", "call/utilities: meter reading read digit by digit",
             turn(A, "can you give me the reading on the electric meter"),
             turn(C, f"it says {say_digits(r1)} and then a red {say_digits(rd(1), doubles=False)}"),
             turn(A, f"okay and the gas is on {say_digits(rd(5))} lovely that's logged for the {ordinal(rng.randint(1, 28))} of {pick(MONTHS)}"))


def n_meter_chat():
    add_case("negative", "chat/utilities: meter readings and meter serial typed",
             turn(C, f"Elec reading {rd(5)}, gas {rd(5)}.{rd(3)} m3, meter serial {rd(2)}P{rd(7)}. Unit rate is {rng.randint(20, 30)}.{rd(2)}p/kWh?"))


def _yr_words(y):
    return say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:]) if y < 2000 else say_year(y)


def n_appointment():
    d1 = rng.randint(1, 12)
    d2 = rng.randint(14, 28)
    m = rng.randint(1, 12)
    add_case("negative", f"call/{ind('utilities', 'telecom')}: appointment dates and times (date read back in DOB-like pairs)",
             turn(A, f"i can book an engineer for {pick(['tuesday', 'thursday', 'friday'])} the {ordinal(d1)} of {MONTHS[m - 1]} between eight and one"),
             turn(C, f"could we do the {ordinal(d2)} instead i'm away until the {ordinal(d2 - 1)}"),
             turn(A, f"yes that's booked for {say_pair(str(d2))} {say_pair(f'{m:02d}')} twenty six at {pick(['two thirty', 'ten fifteen', 'eleven'])}"))


def n_appointment_chat():
    add_case("negative", "chat/healthcare billing: appointment and payment dates typed in DOB-like format",
             turn(A, f"Your appointment is on {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2027 at {rng.randint(9, 16)}:{pick(['00', '30'])}."),
             turn(C, f"thanks and the invoice from {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026 for ${rng.randint(40, 900)}.00 was paid on {pick(MONTHS).title()} {rng.randint(1, 28)}"))


def n_payment_date():
    add_case("negative", f"call/{ind('banking', 'utilities', 'insurance')}: direct debit date and amount",
             turn(A, f"your direct debit of {num_words(rng.randint(20, 99))} pounds {num_words(rng.randint(1, 99))} goes out on the {ordinal(rng.randint(1, 28))} of every month"),
             turn(C, f"can we move it to the {ordinal(rng.randint(1, 28))} i get paid on the {ordinal(rng.randint(1, 28))}"),
             turn(A, f"done from {pick(MONTHS)} twenty twenty {pick(['six', 'seven'])}"))


def n_last_four():
    l4 = rd(4)
    add_case("negative", f"call/{ind('banking', 'retail', 'telecom')}: card last-four mention only",
             turn(A, f"i can see the card ending in {say_digits(l4)} is that still the one you want to use"),
             turn(C, f"yes the one ending {say_digits(l4, doubles=False)} and take the {num_words(rng.randint(20, 99))} pounds"))


def n_last_four_chat():
    l4 = rd(4)
    add_case("negative", "chat/banking: masked card and last four typed",
             turn(A, f"The payment of £{rng.randint(10, 500)}.{rd(2)} was taken from card ending {l4} (**** **** **** {l4}) on {rng.randint(1, 28)} {pick(MONTHS).title()}."),
             turn(C, f"yes the {l4} one is mine"))


def n_flight():
    add_case("negative", "call/travel: flight number, booking reference, times and seat",
             turn(C, f"i'm on flight {pick(['e i', 'b a', 'f r', 'u a'])} {say_digits(rd(3))} on the {ordinal(rng.randint(1, 28))} departing at {pick(['six forty', 'fourteen twenty', 'nine oh five'])}"),
             turn(A, f"and the booking reference"),
             turn(C, f"{say_alnum(pick('QWXKPZ') + pick('RTYJ') + rd(1) + pick('PLMN') + rd(2), 'plain')}"),
             turn(A, f"thanks seat {num_words(rng.randint(1, 40))} {pick('abcdef')} gate {num_words(rng.randint(1, 60))}"))


def n_flight_chat():
    add_case("negative", "chat/travel: flight, hotel room and price typed",
             turn(C, f"Flight EI{rng.randint(100, 999)} lands {rng.randint(10, 23)}:{rng.randint(10, 59)}, hotel room {rng.randint(100, 950)}, booking {rd(9)}, total €{rng.randint(200, 3000)}.{rd(2)}"))


def n_room_speed():
    add_case("negative", "call/telecom: broadband speeds, data usage and contract length",
             turn(A, f"you're getting about {num_words(rng.randint(20, 99))} megabits down and {num_words(rng.randint(5, 20))} up"),
             turn(C, f"but i'm paying for {num_words(rng.randint(100, 500))} and i've used {num_words(rng.randint(10, 99))} point {num_words(rng.randint(1, 9))} gig this month"),
             turn(A, f"you're {num_words(rng.randint(3, 20))} months into a {pick(['eighteen', 'twenty four'])} month contract"))


def n_balance():
    add_case("negative", f"call/{ind('banking', 'utilities', 'telecom')}: account balance and arrears",
             turn(A, f"the balance is {num_words(rng.randint(1, 9))} thousand {num_words(rng.randint(100, 999))} pounds and {num_words(rng.randint(1, 99))} pence"),
             turn(C, f"and how much of that is arrears"),
             turn(A, f"{num_words(rng.randint(100, 999))} pounds {num_words(rng.randint(1, 99))} from {pick(MONTHS)}"))


def n_age_temp():
    add_case("negative", f"call/{ind('insurance', 'utilities', 'healthcare billing')}: ages, temperature and counts",
             turn(C, f"my mum's {num_words(rng.randint(70, 99))} and the heating's only getting to {num_words(rng.randint(12, 17))} degrees"),
             turn(A, f"i'm sorry to hear that we'll prioritise it there are {num_words(rng.randint(2, 9))} radiators"),
             turn(C, f"{num_words(rng.randint(4, 12))} actually and two of them are cold"))


def n_percent_year():
    add_case("negative", f"call/{ind('banking', 'insurance')}: APR, loan term and years",
             turn(A, f"the rate is {num_words(rng.randint(3, 29))} point {num_words(rng.randint(1, 9))} percent over {num_words(rng.randint(12, 60))} months"),
             turn(C, f"i've been with you since {_yr_words(rng.randint(1985, 2019))} and never missed a payment"),
             turn(A, f"yes i can see that and the loan would be {num_words(rng.randint(2, 30))} thousand"))


def n_policy_chat():
    add_case("negative", "chat/insurance: policy number, renewal date and premium typed",
             turn(A, f"Policy {pick(['POL', 'HM', 'MTR'])}{rd(8)} renews on {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2027, premium £{rng.randint(150, 900)}.{rd(2)}, excess £{rng.randint(1, 5)}00."),
             turn(C, f"ok and my claim {rd(8)} from {pick(MONTHS)} {rng.randint(2024, 2026)}?"))


def n_cpt_chat():
    add_case("negative", "chat/healthcare billing: procedure codes, visit dates, amounts (5-digit codes look like ZIPs)",
             turn(A, f"The charge is for CPT code {rng.randint(99201, 99215)} on {rng.randint(1, 12)}/{rng.randint(1, 28)}/2026, billed ${rng.randint(80, 400)}.00, your copay was ${rng.randint(10, 60)}."),
             turn(C, f"I was only there {rng.randint(15, 40)} minutes. Statement #{rd(8)}"))


def n_quantities():
    add_case("negative", "call/retail: quantities, sizes, product codes and delivery window",
             turn(C, f"i ordered {num_words(rng.randint(2, 12))} of the {num_words(rng.randint(30, 60))} inch ones in size {num_words(rng.randint(6, 14))} product code {say_digits(rd(6))}"),
             turn(A, f"they'll arrive between {pick(['seven and eleven', 'eight and twelve'])} on {pick(['monday', 'wednesday'])} the {ordinal(rng.randint(1, 28))}"))


def n_ref_spaced():
    n = rd(10)
    add_case("negative", "call/government services: 10-digit reference in pairs and groups (phone-like)",
             turn(A, "have you got your reference number from the letter"),
             turn(C, f"reference number {say_pairs(n[:4])} {say_digits(n[4:7])} {say_digits(n[7:])}"),
             turn(A, "thank you that's the one from the twelfth of june"))


def n_tracking_alpha():
    t = pick(["JD", "RX", "TT", "LP"]) + rd(9) + "GB"
    add_case("negative", "chat/retail: alphanumeric parcel tracking number with GB suffix (IBAN/NI lookalike)",
             turn(C, f"tracking number {t} says delivered but nothing here"),
             turn(A, f"I've raised ticket {rd(7)} with the courier, expect an update within 48 hours."))


def n_years_dates_spoken():
    add_case("negative", f"call/{ind('insurance', 'government services')}: dates of an accident and a move, not birth dates",
             turn(C, f"the accident was on the {ordinal(rng.randint(1, 28))} of {pick(MONTHS)} {say_year(rng.randint(2023, 2026))}"),
             turn(A, "and when did you move into the property"),
             turn(C, f"{pick(MONTHS)} {say_year(rng.randint(2005, 2022))} so about {num_words(rng.randint(3, 20))} years ago"))


def n_contract_chat():
    add_case("negative", "chat/telecom: contract start/end dates, data allowance and price",
             turn(A, f"Your contract started {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2024 and ends {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026. You have {rng.randint(5, 100)}GB at £{rng.randint(10, 60)}.{rd(2)}/month."),
             turn(C, f"i've used {rng.randint(1, 99)}.{rd(1)}gb already and it's only the {_th(rng.randint(2, 28))}"))


def n_points_pin_free():
    add_case("negative", "call/retail: loyalty points and voucher amounts",
             turn(A, f"you've got {num_words(rng.randint(1, 40))} thousand {num_words(rng.randint(100, 999))} points which is worth {num_words(rng.randint(5, 90))} pounds"),
             turn(C, f"can i use {num_words(rng.randint(2, 9))} thousand of them on the order from the {ordinal(rng.randint(1, 28))}"))


def n_agent_readback_amounts():
    a = rd(3)
    add_case("negative", f"call/{ind('utilities', 'telecom')}: agent and customer read an amount and a bill period digit by digit",
             turn(A, f"the bill for the period {ordinal(rng.randint(1, 28))} of {pick(MONTHS)} to {ordinal(rng.randint(1, 28))} of {pick(MONTHS)} is {say_digits(a)} point {say_digits(rd(2))}"),
             turn(C, f"{say_digits(a, doubles=False)} that's way too high it's usually about {num_words(rng.randint(60, 150))}"))


def n_speeds_temps_chat():
    add_case("negative", "chat/utilities: boiler model, pressure, temperature, error code",
             turn(C, f"Boiler is a {pick(['Worcester', 'Vaillant', 'Baxi'])} {rng.randint(24, 40)}CDi model {rd(4)}-{rd(3)}, pressure {rng.randint(0, 2)}.{rd(1)} bar, water only {rng.randint(30, 45)}°C, error code F{rd(2)}"))


def _th(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def n_ref_grouped_chat():
    n = rd(10)
    word = pick(["Your reference number is", "Complaint ref:", "Quote no.", "Your case ID is", "Refund reference"])
    add_case("negative", "chat/{}: 10-digit reference typed in phone-like groups with its reference word".format(ind("telecom", "insurance", "government services", "utilities")),
             turn(A, f"{word} {pick([n[:4] + ' ' + n[4:8] + ' ' + n[8:], n[:3] + '-' + n[3:6] + '-' + n[6:], n[:5] + ' ' + n[5:]])}. Please quote it if you call back."),
             turn(C, f"thanks, will it be sorted by the {_th(rng.randint(2, 28))}? i've called {rng.randint(3, 9)} times"))


def n_balance_digits():
    a = rd(4)
    add_case("negative", "call/banking: balance and pending amounts read digit by digit by the agent",
             turn(A, f"your available balance is {say_digits(a)} point {say_digits(rd(2))} and there's a pending transaction of {say_digits(rd(3))} pounds"),
             turn(C, f"so {say_digits(a, doubles=False)} that's not right i had about {num_words(rng.randint(2, 9))} thousand on the {ordinal(rng.randint(1, 28))}"))


def n_durations_times_chat():
    add_case("negative", "chat/telecom: call durations, timestamps and charges typed",
             turn(C, f"why was i charged £{rng.randint(1, 40)}.{rd(2)} for a call on {rng.randint(1, 28)}/{rng.randint(1, 12)} at {rng.randint(10, 23)}:{rng.randint(10, 59)} that lasted {rng.randint(0, 1)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}?"),
             turn(A, f"That call was to a premium number charged at {rng.randint(10, 99)}p per minute plus a {rng.randint(10, 70)}p connection fee."))


def n_payment_schedule():
    add_case("negative", "chat/{}: instalment schedule with several payment dates and amounts".format(ind("utilities", "retail", "healthcare billing")),
             turn(A, f"Payment plan: £{rng.randint(20, 150)}.00 on {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026, then £{rng.randint(20, 150)}.00 on {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026 and {rng.randint(3, 12)} further monthly payments."),
             turn(C, f"can the first one be on the {_th(rng.randint(1, 28))} instead, i get paid then"))


def n_vehicle_reg():
    add_case("negative", "call/insurance: vehicle details, mileage, engine size and claim number",
             turn(A, "what's the mileage on the car"),
             turn(C, f"about {num_words(rng.randint(10, 99))} thousand {num_words(rng.randint(100, 999))} miles it's a {say_pair(str(rng.randint(10, 24)))} plate {num_words(rng.randint(1, 2))} point {num_words(rng.randint(0, 9))} litre"),
             turn(A, f"and your claim number is {say_alnum('CL' + rd(7), 'plain')} for the accident on the {ordinal(rng.randint(1, 28))}"))


NEG_TEMPLATES = [(n_ref_grouped_chat, 5), (n_balance_digits, 4), (n_durations_times_chat, 3), (n_payment_schedule, 4), (n_vehicle_reg, 3),
    (n_order, 8), (n_order_chat, 6), (n_amount_digits, 5), (n_amount_chat, 4), (n_hours, 4), (n_hours_chat, 3),
    (n_model_serial, 4), (n_serial_chat, 3), (n_meter, 4), (n_meter_chat, 3), (n_appointment, 4), (n_appointment_chat, 4),
    (n_payment_date, 4), (n_last_four, 4), (n_last_four_chat, 3), (n_flight, 3), (n_flight_chat, 3), (n_room_speed, 3),
    (n_balance, 3), (n_age_temp, 3), (n_percent_year, 3), (n_policy_chat, 3), (n_cpt_chat, 3), (n_quantities, 3),
    (n_ref_spaced, 3), (n_tracking_alpha, 3), (n_years_dates_spoken, 3), (n_contract_chat, 3), (n_points_pin_free, 2),
    (n_agent_readback_amounts, 3), (n_speeds_temps_chat, 2),
]


# ---------------------------------------------------------------- build / check
def build():
    POS.clear()
    NEG.clear()
    rng.seed(SEED)
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            fn()
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            fn()
    rng.shuffle(POS)
    rng.shuffle(NEG)
    cases = []
    for i, c in enumerate(POS, 1):
        c["id"] = f"{PREFIX}-pos-{i:03d}"
        cases.append(c)
    for i, c in enumerate(NEG, 1):
        c["id"] = f"{PREFIX}-neg-{i:03d}"
        cases.append(c)
    return cases


def serialise(cases):
    lines = []
    for c in cases:
        o = {"id": c["id"], "kind": c["kind"], "turns": c["turns"], "spans": c["spans"], "note": c["note"]}
        lines.append(json.dumps(o, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def problems(cases):
    errs = []
    ids = set()
    for c in cases:
        cid = c["id"]
        if cid in ids:
            errs.append(f"{cid}: duplicate id")
        ids.add(cid)
        if c["kind"] == "negative" and c["spans"]:
            errs.append(f"{cid}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(f"{cid}: positive without spans")
        by_turn = {}
        for sp in c["spans"]:
            if sp["type"] not in TYPES:
                errs.append(f"{cid}: bad type {sp['type']}")
            if not (0 <= sp["turn"] < len(c["turns"])):
                errs.append(f"{cid}: turn out of range")
                continue
            t = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(t)):
                errs.append(f"{cid}: offsets out of range")
                continue
            if s > 0 and t[s - 1].isalnum() or e < len(t) and t[e].isalnum():
                errs.append(f"{cid}: span not on word boundary {t[s:e]!r}")
            if t[s].isspace() or t[e - 1].isspace():
                errs.append(f"{cid}: span has edge whitespace {t[s:e]!r}")
            by_turn.setdefault(sp["turn"], []).append((s, e))
        for k, v in by_turn.items():
            v.sort()
            for (a, b), (c2, d) in zip(v, v[1:]):
                if c2 < b:
                    errs.append(f"{cid}: overlapping spans in turn {k}")
        # value validation
        groups = {}
        for sp, m in zip(c["spans"], c.get("_meta", [])):
            raw = c["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]]
            if raw != m.text:
                errs.append(f"{cid}: span text mismatch")
            if not m.check:
                continue
            if m.group is not None:
                groups.setdefault(id(m.group) if not isinstance(m.group, (int, str)) else m.group, []).append(m)
                continue
            err = validate(m.typ, raw, m.canon)
            if err:
                errs.append(f"{cid}: {err}")
        for g in groups.values():
            raw = " ".join(x.text for x in g)
            canon = g[0].canon[6:] if g[0].canon and g[0].canon.startswith("GROUP:") else None
            err = validate(g[0].typ, raw, canon)
            if err:
                errs.append(f"{cid}: group {err}")
    return errs


TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
         "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})


def counts(cases):
    cnt = Counter(sp["type"] for c in cases for sp in c["spans"])
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    return cnt, npos, nneg


def readme(cases):
    cnt, npos, nneg = counts(cases)
    rows = "\n".join(f"| {t} | {cnt[t]} |" for t in TYPES)
    return f"""# PII hold-out set h232

**Never use this set for tuning.** It is a held-out evaluation set; looking at its
failures and adjusting the redactor to them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its documentation or any other evaluation fixtures; the only
existing data consulted was a 3-line example of the JSONL format. All cases are produced
by `scripts/make_pii_holdout232.py` from template functions with a single seeded
`random.Random({SEED})`; each turn is assembled from plain-text segments and labelled
value segments, so offsets are computed, never typed. Output is byte-for-byte
reproducible; `python scripts/make_pii_holdout232.py --check` regenerates and verifies it
(ids, offsets, word boundaries, overlaps, and per-type value validation after normalising
spoken forms: Luhn, mod-97, NI shape, 9-digit SSN, 6-digit sort code, digit counts,
postcode shapes).

## Contents

{npos} positive cases, {nneg} negative cases. Chat (typed) and call (ASR-style: lower case,
numbers as words, "oh"/"o"/"nought"/"zero", "double"/"triple", pairs such as "forty one",
letters as "b for bravo" / "s as in sugar", e-mails as "x dot y at gmail dot com").
Industries: banking, telecom, utilities, retail, insurance, travel, healthcare billing,
government services; UK, US, Ireland and EU values.

| type | spans |
|---|---|
{rows}

## Annotation conventions

* A span covers the value only: lead-ins ("it's", "my number is", "card no:") and
  trailing chat are outside. Hesitation fillers *inside* a reading ("four one um one one")
  are inside the span.
* A value split over several customer turns is labelled once per turn (each fragment is a
  span of the value's type); agent back-channels are not labelled.
* A value interrupted by chit-chat inside one turn ("six seven five nine hang on nine
  two five seven") is labelled as one span per fragment; the chit-chat is outside.
* Agent read-backs of a value are labelled like the customer's reading.
* Self-corrections: the mistaken fragment is also labelled (it is still part of the
  customer's card reading), as a separate span; the corrected value is labelled too.
* Phone spans include "plus" and the country code. Card expiry spans include the month
  word and "slash" when spoken. DOB spans include "the ... of" when said as
  "the third of june nineteen eighty". ADDRESS is house/flat number + street name +
  street type; town and postcode are not part of it (postcode is its own POSTCODE span).
* Card "last four" mentions on their own, order/ticket/claim/invoice/tracking/reference
  numbers with their reference word, amounts, balances, times, opening hours, meter
  readings, model and serial numbers, appointment/payment/contract dates, ages, years,
  speeds and temperatures are not PII here and are never labelled. Positive cases often
  contain such numbers next to the labelled values.

Scoring reminder: a span counts as found when every letter/digit inside it is covered by
some redaction; a negative case fails if anything in it is redacted.
"""


def main(argv):
    cases = build()
    text = serialise(cases)
    errs = problems(cases)
    # also re-check the serialised structure
    parsed = [json.loads(l) for l in text.splitlines()]
    errs += [e for e in problems(parsed) if "span text mismatch" not in e]
    cnt, npos, nneg = counts(cases)
    if npos < 170:
        errs.append(f"only {npos} positives")
    if nneg < 100:
        errs.append(f"only {nneg} negatives")
    for t, n in MIN_SPANS.items():
        if cnt[t] < n:
            errs.append(f"type {t}: {cnt[t]} spans < {n}")
    rd_text = readme(cases)
    if "--check" in argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd_text:
            errs.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd_text, encoding="utf-8")
    print(f"positives={npos} negatives={nneg}")
    for t in TYPES:
        print(f"  {t:13s} {cnt[t]}")
    if errs:
        for e in errs[:80]:
            print("PROBLEM:", e)
        print(f"{len(errs)} problem(s)")
        return 1
    print("OK" + (" (--check: identical and valid)" if "--check" in argv else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

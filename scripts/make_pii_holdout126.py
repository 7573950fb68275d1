#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout126``.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  Every value comes from one seeded random.Random, and
every span offset is computed from segments, never typed by hand.

    python scripts/make_pii_holdout126.py          # write fixture + README
    python scripts/make_pii_holdout126.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 126241124
PREFIX = "h126"
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout126"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
N_POS = 176
N_NEG = 106
MAX_TURNS = 28

rng = random.Random(SEED)

# --------------------------------------------------------------------------
# number words
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
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "r": "romeo",
        "s": "sierra", "t": "tango", "w": "whiskey", "x": "x ray", "y": "yankee",
        "z": "zulu", "q": "quebec", "u": "uniform", "v": "victor", "i": "india"}
FRIENDLY = {"a": "apple", "b": "bob", "c": "cat", "d": "dog", "e": "edward", "g": "george",
            "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mary",
            "n": "nancy", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
            "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}


def n2w(n: int) -> str:
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        head = ONES[n // 100] + " hundred"
        return head if rest == 0 else head + " and " + n2w(rest)
    raise ValueError(n)


def year_words(y: int) -> str:
    if 2000 <= y <= 2009:
        return "two thousand" + ("" if y == 2000 else " and " + ONES[y - 2000])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return n2w(hi) + " hundred"
    return n2w(hi) + " " + (n2w(lo) if lo >= 10 else "oh " + ONES[lo])


def spoken_digits(d: str, zero: str = "oh", mode: str = "single") -> str:
    """Speak a digit string.  mode: single | doubles | pairs"""
    words = []
    i = 0
    while i < len(d):
        c = d[i]
        if mode == "pairs" and i + 1 < len(d) and d[i] != "0":
            n = int(d[i:i + 2])
            if n % 10 != 0 or i + 2 == len(d):
                words.append(n2w(n))
                i += 2
                continue
        if mode in ("doubles", "pairs") and i + 2 < len(d) + 0 and d[i:i + 3] == c * 3 and len(d) >= 3:
            words.append("triple " + (zero if c == "0" else ONES[int(c)]))
            i += 3
            continue
        if mode in ("doubles", "pairs") and i + 1 < len(d) and d[i + 1] == c:
            words.append("double " + (zero if c == "0" else ONES[int(c)]))
            i += 2
            continue
        words.append(zero if c == "0" else ONES[int(c)])
        i += 1
    return " ".join(words)


# --------------------------------------------------------------------------
# parsing spoken forms back to characters (used by --check)
WORDNUM = {w: i for i, w in enumerate(ONES)}
WORDNUM.update({"oh": 0, "o": 0, "nought": 0, "naught": 0, "zero": 0})
TEENNUM = {w: 10 + i for i, w in enumerate(TEENS)}
TENNUM = {w: i for i, w in enumerate(TENS) if w}
FILLER = {"um", "uh", "er", "erm", "and", "is", "its", "it's", "the", "dash", "slash",
          "hyphen", "space", "plus"}
HOMOPHONE = {"for": "4", "to": "2", "too": "2", "won": "1", "ate": "8"}
NATO_WORDS = set(" ".join(NATO.values()).split()) | set(FRIENDLY.values())


def normalise(text: str, alnum: bool = False) -> str:
    t = text.lower()
    t = re.sub(r"[^a-z0-9' ]", " ", t)
    toks = t.split()
    out: list[str] = []
    i = 0
    mult = 1
    while i < len(toks):
        w = toks[i]
        if w in ("double", "triple"):
            mult = 2 if w == "double" else 3
            i += 1
            continue
        if not alnum and w in HOMOPHONE:
            out.append(HOMOPHONE[w] * mult)
            mult = 1
            i += 1
            continue
        if w == "for" or w == "as" or w == "in":
            # letter spelling: "b for bravo" / "b as in bravo"
            i += 1
            continue
        if w in NATO_WORDS and (not out or True) and i > 0 and toks[i - 1] in ("for", "in"):
            i += 1
            continue
        if w == "ray" and i > 0 and toks[i - 1] == "x":
            i += 1
            continue
        if w.isdigit():
            out.append(w * mult if len(w) == 1 else w)
        elif w in WORDNUM and not (alnum and w == "o"):
            out.append(str(WORDNUM[w]) * mult)
        elif w in TEENNUM:
            out.append(str(TEENNUM[w]))
        elif w in TENNUM:
            if i + 1 < len(toks) and toks[i + 1] in ONES[1:]:
                out.append(str(TENNUM[w]) + str(WORDNUM[toks[i + 1]]))
                i += 1
            else:
                out.append(str(TENNUM[w]) + "0")
        elif w == "hundred":
            out.append("00")
        elif alnum and re.fullmatch(r"[a-z0-9]+", w) and w not in FILLER:
            out.append(w * mult if len(w) == 1 else w)
        elif w in FILLER:
            pass
        else:
            return "?" + w
        mult = 1
        i += 1
    return "".join(out)


def luhn_ok(d: str) -> bool:
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def iban_ok(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2}")
STREET_WORDS = {"road", "rd", "street", "st", "avenue", "ave", "lane", "ln", "close", "drive",
                "dr", "crescent", "way", "grove", "terrace", "place", "court", "gardens",
                "boulevard", "blvd", "park", "square", "hill", "row", "view", "walk"}


def validate(typ: str, text: str) -> str | None:
    """Return an error string or None."""
    if typ == "EMAIL":
        low = text.lower()
        if re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}", low):
            return None
        if " at " in low and " dot " in low:
            return None
        return "email shape"
    if typ == "ADDRESS":
        low = text.lower()
        words = set(re.sub(r"[^a-z0-9 ]", " ", low).split())
        has_num = bool(re.search(r"[0-9]", low)) or bool(words & (set(ONES) | set(TEENS) | set(TENNUM)))
        if has_num and words & STREET_WORDS:
            return None
        return "address shape"
    if typ == "DOB" or typ == "EXPIRY":
        low = text.lower()
        for m_i, m in enumerate(MONTHS):
            low = re.sub(r"\b" + m + r"\b", " ", low)
        low = re.sub(r"\b(of|the|on|thousand)\b", " ", low)
        for o in sorted(ORD[1:], key=len, reverse=True):
            low = re.sub(r"\b" + o + r"\b", " 1 ", low)
        low = re.sub(r"\b(\d+)(st|nd|rd|th)\b", r"\1", low)
        d = normalise(low)
        if d.startswith("?") or not d.isdigit():
            return "date parse " + d
        if typ == "DOB" and not (1 <= len(d) <= 10):
            return "dob digits"
        if typ == "EXPIRY" and not (2 <= len(d) <= 6):
            return "expiry digits " + d
        return None
    alnum = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
    d = normalise(text, alnum=alnum)
    if d.startswith("?"):
        return "unparsed word " + d
    if typ == "CARD_NUMBER":
        return None if d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d) else "card " + d
    if typ == "CVV":
        return None if d.isdigit() and len(d) in (3, 4) else "cvv " + d
    if typ == "SSN":
        return None if d.isdigit() and len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" else "ssn " + d
    if typ == "NI_NUMBER":
        return None if NI_RE.fullmatch(d.upper()) else "ni " + d
    if typ == "BANK_ACCOUNT":
        return None if d.isdigit() and 8 <= len(d) <= 12 else "acct " + d
    if typ == "SORT_CODE":
        return None if d.isdigit() and len(d) == 6 else "sort " + d
    if typ == "IBAN":
        return None if iban_ok(d) else "iban " + d
    if typ == "PHONE":
        return None if d.isdigit() and 10 <= len(d) <= 13 else "phone " + d
    if typ == "POSTCODE":
        u = d.upper()
        if UKPC_RE.fullmatch(u) or re.fullmatch(r"[0-9]{5}([0-9]{4})?", u):
            return None
        return "postcode " + d
    return "unknown type"


# --------------------------------------------------------------------------
# value generators: each returns (chunks, canonical) where chunks are the
# natural reading groups (joined with a space they form the full reading)

class S:
    """A labelled segment.  group: value id; counted: part of the validated value."""

    def __init__(self, text, typ, group, counted=True):
        self.text, self.typ, self.group, self.counted = text, typ, group, counted


_gid = [0]


def new_group():
    _gid[0] += 1
    return _gid[0]


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card():
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19", "mc2"])
    if kind == "visa":
        d = luhn_complete("4", 16)
    elif kind == "visa19":
        d = luhn_complete("4", 19)
    elif kind == "mc":
        d = luhn_complete(str(rng.randint(51, 55)), 16)
    elif kind == "mc2":
        d = luhn_complete(str(rng.randint(2221, 2720)), 16)
    elif kind == "amex":
        d = luhn_complete(rng.choice(["34", "37"]), 15)
    else:
        d = luhn_complete("6011", 16)
    if len(d) == 15:
        groups = [d[:4], d[4:10], d[10:]]
    elif len(d) == 19:
        groups = [d[:4], d[4:8], d[8:12], d[12:16], d[16:]]
    else:
        groups = [d[i:i + 4] for i in range(0, 16, 4)]
    return d, groups


def gen_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    d = f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    return d, [d[:3], d[3:5], d[5:]]


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = rng.choice(NI_L1) + rng.choice(NI_L2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    digits = "".join(str(rng.randrange(10)) for _ in range(6))
    suf = rng.choice("ABCD")
    return p + digits + suf, [p, digits[:2], digits[2:4], digits[4:], suf]


def iban_make(cc: str, bban: str) -> str:
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"


def rd(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def gen_iban(country):
    if country == "UK":
        bban = rng.choice(["NWBK", "BARC", "MIDL", "HBUK", "CITI"]) + rd(6) + rd(8)
        cc = "GB"
    elif country == "IE":
        bban = rng.choice(["AIBK", "IPBS", "ULSB", "BKIR"]) + rd(6) + rd(8)
        cc = "IE"
    else:
        cc = rng.choice(["DE", "FR", "NL", "ES", "IT", "BE"])
        if cc == "DE":
            bban = rd(18)
        elif cc == "FR":
            bban = rd(23)
        elif cc == "NL":
            bban = rng.choice(["ABNA", "INGB", "RABK", "TRIY"]) + rd(10)
        elif cc == "ES":
            bban = rd(20)
        elif cc == "IT":
            bban = rng.choice("ABCDEFGHJKLMNPRSTWXYZ") + rd(10) + rd(12)
        else:
            bban = rd(12)
    iban = iban_make(cc, bban)
    assert iban_ok(iban)
    return iban, [iban[i:i + 4] for i in range(0, len(iban), 4)]


def gen_phone(country):
    if country == "UK":
        k = rng.choice(["mob", "mob", "ldn", "reg", "intl"])
        if k == "mob":
            d = "07" + rd(9)
            return d, [d[:5], d[5:8], d[8:]], "national"
        if k == "ldn":
            d = "020" + rng.choice("378") + rd(7)
            return d, [d[:3], d[3:7], d[7:]], "national"
        if k == "reg":
            d = rng.choice(["0161", "0113", "0121", "0131", "0141", "0117", "0191"]) + rd(7)
            return d, [d[:4], d[4:7], d[7:]], "national"
        d = "7" + rd(9)
        return "+44" + d, ["+44", d[:4], d[4:7], d[7:]], "intl"
    if country == "IE":
        if rng.random() < 0.5:
            d = "08" + rng.choice("35679") + rd(7)
            return d, [d[:3], d[3:6], d[6:]], "national"
        d = "8" + rng.choice("35679") + rd(7)
        return "+353" + d, ["+353", d[:2], d[2:5], d[5:]], "intl"
    if country == "EU":
        d = "6" + rd(8)
        cc = rng.choice(["+33", "+49", "+31", "+34"])
        return cc + d, [cc, d[:3], d[3:6], d[6:]], "intl"
    area = str(rng.randint(2, 9)) + rd(2)
    ex = str(rng.randint(2, 9)) + rd(2)
    d = area + ex + rd(4)
    if rng.random() < 0.2:
        return "1" + d, ["1", d[:3], d[3:6], d[6:]], "us1"
    return d, [d[:3], d[3:6], d[6:]], "us"


FIRST = ["john", "sarah", "michael", "aoife", "ciaran", "priya", "david", "emma", "liam",
         "olga", "mark", "niamh", "james", "fatima", "tom", "grace", "kevin", "rachel",
         "sean", "lucy", "ahmed", "maria", "paul", "chloe", "dan", "helen", "raj", "zoe"]
LAST = ["walsh", "murphy", "patel", "smith", "kowalski", "byrne", "jones", "garcia",
        "okafor", "brennan", "taylor", "nguyen", "kelly", "evans", "muller", "hughes",
        "reilly", "campbell", "fischer", "dubois", "jenkins", "doyle", "ahmed", "clarke"]
DOMAINS_T = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
             "eircom.net", "btinternet.com", "aol.com", "proton.me", "live.ie", "web.de"]


def gen_email():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom = rng.choice(DOMAINS_T)
    pat = rng.randrange(6)
    n = rng.randint(1, 99)
    if pat == 0:
        local = f"{f}.{l}"
    elif pat == 1:
        local = f"{f[0]}{l}{n}"
    elif pat == 2:
        local = f"{f}_{l}"
    elif pat == 3:
        local = f"{f}{l[0]}{1950 + n % 60}"
    elif pat == 4:
        local = f"{l}.{f[0]}"
    else:
        local = f"{f}{n}"
    return local, dom


def speak_email(local, dom, style):
    def part(p):
        out = []
        for tok in re.split(r"([._0-9]+)", p):
            if not tok:
                continue
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok.isdigit():
                out.append(n2w(int(tok)) if len(tok) <= 2 and tok[0] != "0" else
                           (year_words(int(tok)) if len(tok) == 4 else spoken_digits(tok)))
            elif len(tok) == 1:
                out.append(tok)
            elif style == "spell" and len(tok) <= 6:
                out.append(" ".join(tok))
            else:
                out.append(tok)
        return " ".join(out)
    d = dom.replace(".", " dot ")
    d = re.sub(r"\s+", " ", d)
    if dom == "gmail.com" and style == "asr":
        d = "g mail dot com"
    if dom == "hotmail.com" and style == "asr":
        d = "hot mail dot com"
    return part(local) + " at " + d


PC_AREAS = ["SW", "SE", "N", "E", "W", "NW", "M", "B", "LS", "G", "EH", "CF", "BS",
            "L", "NG", "BT", "KT", "RG", "S", "CB", "PL", "EX", "YO", "DH", "ST"]
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode(country):
    if country == "US":
        z = str(rng.randint(1, 99)).zfill(2) + rd(3)
        if z == "00000":
            z = "10001"
        if rng.random() < 0.15:
            return z + "-" + rd(4), "zip4"
        return z, "zip"
    a = rng.choice(PC_AREAS)
    out = a + str(rng.randint(1, 19))
    inn = str(rng.randint(0, 9)) + rng.choice(PC_IN) + rng.choice(PC_IN)
    return out + " " + inn, "uk"


STREETS = ["elm", "church", "mill", "station", "victoria", "oak", "park", "king",
           "hazel", "willow", "meadow", "castle", "orchard", "maple", "cedar", "birch",
           "highfield", "grange", "ashgrove", "main", "pine", "lincoln", "washington",
           "beech", "rosemount", "clonskeagh", "belmont", "carlton", "riverside"]
SUFFIX_UK = ["road", "street", "lane", "close", "avenue", "drive", "crescent", "grove",
             "terrace", "gardens", "way", "place"]
SUFFIX_US = ["street", "avenue", "drive", "boulevard", "lane", "road", "court", "way", "place"]


def gen_address(country, call):
    n = rng.choice([rng.randint(1, 99), rng.randint(1, 99), rng.randint(100, 2999)])
    st = rng.choice(STREETS)
    suf = rng.choice(SUFFIX_US if country == "US" else SUFFIX_UK)
    flat = None
    if country != "US" and rng.random() < 0.2:
        flat = rng.randint(1, 40)
    if country == "US" and rng.random() < 0.2:
        flat = rng.randint(1, 40)
    if not call:
        if rng.random() < 0.3:
            suf_t = {"road": "Rd", "street": "St", "avenue": "Ave", "drive": "Dr",
                     "boulevard": "Blvd", "lane": "Ln"}.get(suf, suf.title())
        else:
            suf_t = suf.title()
        base = f"{n} {st.title()} {suf_t}"
        if rng.random() < 0.3:
            base = base.lower()
        if flat:
            base = (f"Flat {flat}, " if country != "US" else "") + base + (f" Apt {flat}" if country == "US" else "")
        return base
    if n >= 100:
        if rng.random() < 0.5 and n % 100 >= 10:
            num = n2w(n // 100) + " " + n2w(n % 100)
        else:
            num = n2w(n) if n < 1000 else spoken_digits(str(n))
    else:
        num = n2w(n)
    base = f"{num} {st} {suf}"
    if flat:
        base = (f"flat {n2w(flat)} " if country != "US" else "") + base + (f" apartment {n2w(flat)}" if country == "US" else "")
    return base


def gen_dob():
    y = rng.randint(1938, 2004)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    return y, m, dd


def render_dob(y, m, dd, call, country):
    if not call:
        k = rng.randrange(5)
        if k == 0:
            return f"{dd:02d}/{m:02d}/{y}" if country != "US" else f"{m:02d}/{dd:02d}/{y}"
        if k == 1:
            return f"{dd} {MONTHS[m - 1].title()} {y}"
        if k == 2:
            return f"{MONTHS[m - 1].title()} {dd}, {y}"
        if k == 3:
            return f"{y}-{m:02d}-{dd:02d}"
        return f"{dd}.{m}.{str(y)[2:]}" if country != "US" else f"{m}/{dd}/{str(y)[2:]}"
    k = rng.randrange(5)
    if k == 0:
        return f"the {ORD[dd]} of {MONTHS[m - 1]} {year_words(y)}"
    if k == 1:
        return f"{MONTHS[m - 1]} {ORD[dd]} {year_words(y)}"
    if k == 2:
        return f"{ORD[dd]} of the {ORD[m]} {n2w(y % 100) if y % 100 >= 10 else 'oh ' + ONES[y % 10]}"
    if k == 3:
        return f"{spoken_digits(f'{dd:02d}', 'oh')} {spoken_digits(f'{m:02d}', 'oh')} {year_words(y)}"
    return f"{n2w(dd)} {MONTHS[m - 1]} {year_words(y)}"


def gen_expiry(call):
    m = rng.randint(1, 12)
    y = rng.randint(26, 31)
    if not call:
        k = rng.randrange(4)
        return [f"{m:02d}/{y}", f"{m}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}"][k]
    k = rng.randrange(4)
    if k == 0:
        return f"{spoken_digits(f'{m:02d}', rng.choice(['oh', 'zero']))} {n2w(y)}"
    if k == 1:
        return f"{MONTHS[m - 1]} {n2w(y)}"
    if k == 2:
        return f"{MONTHS[m - 1]} twenty {n2w(y)}"
    return f"{n2w(m)} slash {n2w(y)}"


# --------------------------------------------------------------------------
# renderers for digit strings and alnum strings
def speak_groups(groups, zero, mode, sep=" "):
    words = []
    for g in groups:
        words.append(spoken_digits(g, zero, mode))
    return words


def safe_speak(groups, typ, zero, mode, alnum=False):
    """Speak groups, falling back to single-digit reading if parsing is ambiguous."""
    parts = speak_groups(groups, zero, mode)
    joined = "".join(groups)
    if normalise(" ".join(parts), alnum=alnum) != joined.lower():
        parts = speak_groups(groups, zero, "single")
    assert normalise(" ".join(parts), alnum=alnum) == joined.lower(), (parts, joined)
    return parts


def asr_homophones(text):
    """Some readings as a recogniser writes them: 'for' for four, 'to' for two."""
    words = text.split()
    for i, w in enumerate(words):
        if i > 0 and words[i - 1] in TENNUM:
            continue
        if w == "four" and rng.random() < 0.5:
            words[i] = "for"
        elif w == "two" and rng.random() < 0.4:
            words[i] = rng.choice(["to", "too"])
        elif w == "eight" and rng.random() < 0.15:
            words[i] = "ate"
    return " ".join(words)


def spell_letters(s, style):
    out = []
    for ch in s.lower():
        if style == "nato" and ch in NATO:
            out.append(f"{ch} for {NATO[ch]}")
        elif style == "friendly" and ch in FRIENDLY:
            out.append(f"{ch} for {FRIENDLY[ch]}")
        else:
            out.append(ch)
    return " ".join(out)


def alnum_spoken(s, zero="zero", style="plain", mode="single"):
    """Speak a mixed letter/digit chunk (no 'o' for zero to avoid letter clash)."""
    out = []
    i = 0
    while i < len(s):
        if s[i].isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(spoken_digits(s[i:j], zero, mode))
            i = j
        else:
            out.append(spell_letters(s[i], style))
            i += 1
    return " ".join(out)


# --------------------------------------------------------------------------
# conversation scaffolding
COUNTRIES_FOR = {
    "banking": ["UK", "US", "IE", "UK", "US"],
    "telecom": ["UK", "US", "IE"],
    "utilities": ["UK", "IE", "US"],
    "retail": ["UK", "US", "IE", "EU"],
    "insurance": ["UK", "US", "IE"],
    "travel": ["UK", "IE", "EU", "US"],
    "healthcare billing": ["US", "US", "UK"],
    "government services": ["UK", "US", "IE"],
}
CUR = {"UK": ("pounds", "£"), "US": ("dollars", "$"), "IE": ("euro", "€"), "EU": ("euro", "€")}


def money(country, call):
    word, sym = CUR[country]
    a = rng.choice([rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 4999)])
    c = rng.choice([0, 0, 50, 99, 25, rng.randint(1, 99)])
    if not call:
        return f"{sym}{a:,}" + (f".{c:02d}" if c else "")
    if a >= 1000:
        aw = n2w(a // 1000) + " thousand" + ("" if a % 1000 == 0 else " " + n2w(a % 1000))
    else:
        aw = n2w(a)
    cents = {"pounds": "pence", "dollars": "cents", "euro": "cent"}[word]
    if c:
        return f"{aw} {word} {n2w(c)}" if rng.random() < 0.5 else f"{aw} {word} and {n2w(c)} {cents}"
    return f"{aw} {word}"


def ref_number(call, word=None):
    word = word or rng.choice(["reference", "order number", "ticket number", "case number",
                               "claim number", "invoice number", "booking reference",
                               "complaint reference", "job number"])
    n = rng.randint(5, 10)
    d = str(rng.randint(1, 9)) + rd(n - 1)
    if not call:
        style = rng.randrange(3)
        v = d if style == 0 else ("#" + d if style == 1 else rng.choice(["REF", "ORD", "CS", "INC", "TKT"]) + "-" + d)
        return f"{word} {v}"
    return f"{word} {spoken_digits(d, rng.choice(['oh', 'zero']), rng.choice(['single', 'doubles', 'pairs']))}"


def a_date(call):
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    if not call:
        return rng.choice([f"{dd}/{m}", f"{dd} {MONTHS[m - 1][:3].title()}", f"{MONTHS[m - 1].title()} {dd}",
                           f"{dd:02d}/{m:02d}/2026"])
    return rng.choice([f"the {ORD[dd]} of {MONTHS[m - 1]}", f"{MONTHS[m - 1]} {ORD[dd]}",
                       f"the {ORD[dd]}"])


def a_time(call):
    h = rng.randint(1, 12)
    mi = rng.choice([0, 15, 30, 45, 10, 20])
    if not call:
        return rng.choice([f"{h}:{mi:02d}{rng.choice(['pm', 'am', ''])}", f"{h + 8 if h < 10 else h}:{mi:02d}"])
    if mi == 0:
        return rng.choice([f"{n2w(h)} o'clock", f"{n2w(h)} pm", f"{n2w(h)} in the morning"])
    return rng.choice([f"{n2w(h)} {n2w(mi)}", f"half {n2w(h)}" if mi == 30 else f"quarter past {n2w(h)}",
                       f"{n2w(h)} {n2w(mi)} pm"])


def small_num(call, lo=2, hi=60):
    n = rng.randint(lo, hi)
    return n2w(n) if call else str(n)


def chatify(text):
    """Light chat-style noise for non-PII text."""
    r = rng.random()
    if r < 0.15:
        text = text.lower()
    elif r < 0.25:
        text = text.replace(" you ", " u ").replace("please", "pls")
    if rng.random() < 0.25:
        words = text.split(" ")
        cand = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 5]
        if cand:
            i = rng.choice(cand)
            w = words[i]
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]  # typo: swapped letters
            text = " ".join(words)
    if rng.random() < 0.2:
        text = text + rng.choice([" thx", " !!", " :)", "?"])
    return text


# Each scenario: problem turns generator returning list of (speaker, text) with
# non-PII numbers, for chat or call.
def scenario_turns(ind, country, call):
    m = lambda: money(country, call)
    ref = lambda w=None: ref_number(call, w)
    dt = lambda: a_date(call)
    tm = lambda: a_time(call)
    sn = lambda lo=2, hi=60: small_num(call, lo, hi)
    if ind == "banking":
        opts = [
            [("customer", f"there's a payment of {m()} on my statement from {dt()} that i don't recognise"),
             ("agent", f"okay i can see a card transaction for that amount at {tm()} is that the one"),
             ("customer", f"yeah that's it and there's another one for {m()} the day after")],
            [("customer", f"i tried to transfer {m()} to my landlord and it just says pending for {sn(2, 5)} days now"),
             ("agent", f"right transfers over {m()} can be held for checks let me have a look")],
            [("customer", f"my card got swallowed by the atm on {dt()} around {tm()}"),
             ("agent", "oh no sorry to hear that we'll get a replacement sorted")],
        ]
    elif ind == "telecom":
        opts = [
            [("customer", f"my bill went up to {m()} this month it's normally {m()}"),
             ("agent", f"i can see roaming charges from {dt()} and a {sn(10, 90)} gig data add on")],
            [("customer", f"the broadband keeps dropping out it's meant to be {sn(100, 900)} megs and i'm getting about {sn(3, 40)}"),
             ("agent", f"i've raised {ref('fault reference')} an engineer can come {dt()} between {tm()} and {tm()}")],
            [("customer", f"i want to upgrade to the iphone {sn(13, 16)} on the {m()} a month plan"),
             ("agent", f"sure that's a {sn(12, 36)} month contract")],
        ]
    elif ind == "utilities":
        opts = [
            [("customer", f"i've had a bill for {m()} and my meter reading is {sn(1000, 9999) if not call else spoken_digits(rd(5))}"),
             ("agent", f"okay the last actual reading we have was on {dt()} so that was an estimate")],
            [("customer", f"we've had no hot water since {dt()} and the boiler is showing error code f {sn(1, 40)}"),
             ("agent", f"i can book an engineer for {dt()} it's {ref('job number')}")],
            [("customer", f"i'm moving out on {dt()} and want to close the account"),
             ("agent", f"no problem there's a credit of {m()} which we'll refund")],
        ]
    elif ind == "retail":
        opts = [
            [("customer", f"my {ref('order number')} never arrived it was meant to come {dt()}"),
             ("agent", f"i can see it left the depot at {tm()} i'm sorry about that")],
            [("customer", f"i was charged {m()} twice for the same jacket size {sn(8, 18)}"),
             ("agent", f"okay i can see both charges let me refund one of them")],
            [("customer", f"i want to return {sn(2, 5)} items from {ref('order number')} the total was {m()}"),
             ("agent", f"you've got {sn(14, 30)} days so that's fine")],
        ]
    elif ind == "insurance":
        opts = [
            [("customer", f"someone reversed into my car on {dt()} at about {tm()}"),
             ("agent", f"i'm sorry i've opened {ref('claim number')} the excess is {m()}")],
            [("customer", f"my renewal quote is {m()} last year i paid {m()}"),
             ("agent", f"let me see if i can apply the {sn(5, 25)} percent loyalty discount")],
            [("customer", f"we had a leak on {dt()} and the ceiling came down the repair quote is {m()}"),
             ("agent", f"okay that's {ref('claim reference')} a loss adjuster will call within {sn(2, 5)} working days")],
        ]
    elif ind == "travel":
        opts = [
            [("customer", f"my flight {rng.choice(['ba', 'ei', 'fr', 'lh', 'ua', 'kl'])} {sn(100, 999)} on {dt()} was cancelled"),
             ("agent", f"yes i can rebook you on the {tm()} departure the fare difference is {m()}")],
            [("customer", f"i booked {sn(2, 4)} nights in room {sn(100, 450)} and was charged for {sn(5, 7)}"),
             ("agent", f"i see {ref('booking reference')} i'll correct that")],
            [("customer", f"our bags didn't arrive we landed at {tm()} on {dt()}"),
             ("agent", f"i've logged it under {ref('file reference')} you can claim up to {m()} for essentials")],
        ]
    elif ind == "healthcare billing":
        opts = [
            [("customer", f"i got a bill for {m()} for a visit on {dt()} but my insurance should cover it"),
             ("agent", f"i see the claim was denied on {dt()} with code {sn(10, 99)} let me check")],
            [("customer", f"i want to set up a payment plan for the {m()} balance"),
             ("agent", f"we can do {sn(6, 24)} monthly payments of {m()}")],
        ]
    else:
        opts = [
            [("customer", f"i applied for my renewal on {dt()} and it's been {sn(3, 12)} weeks"),
             ("agent", f"i can see {ref('application number')} it's with the processing team")],
            [("customer", f"i got a letter saying i owe {m()} in overpayments from {dt()}"),
             ("agent", f"okay the letter has {ref('reference')} let me look at that")],
            [("customer", f"i need to change the address for my vehicle tax the fee was {m()}"),
             ("agent", "sure i can do that for you")],
        ]
    turns = rng.choice(opts)
    if not call:
        turns = [(s, chatify(t[0].upper() + t[1:])) for s, t in turns]
    return turns


GREET_CALL = {
    "banking": "thanks for calling {b} bank you're through to {a} how can i help",
    "telecom": "hi you're through to {b} mobile my name's {a} what can i do for you today",
    "utilities": "good morning {b} energy {a} speaking",
    "retail": "hi thanks for calling {b} customer care this is {a}",
    "insurance": "hello {b} insurance claims {a} speaking how can i help",
    "travel": "thank you for calling {b} travel my name is {a}",
    "healthcare billing": "{b} medical billing office this is {a} how may i help you",
    "government services": "hello you're through to the {b} helpline my name's {a}",
}
BRANDS = ["northgate", "clearwave", "harbour", "summit", "bluebell", "atlas", "meridian",
          "lakeside", "pinnacle", "evergreen", "kestrel", "riverbank"]
AGENTS = ["tom", "aisling", "marcus", "jen", "priya", "gavin", "sophie", "luke", "nadia", "brian"]
BACK = ["mhm", "okay go on", "yep", "uh huh", "right", "okay", "got that", "yes", "go ahead",
        "and the next bit", "okay and then"]
ASK = {
    "CARD_NUMBER": ["can i take the long card number please", "what's the sixteen digit number on the front of the card",
                    "okay go ahead with the card number when you're ready", "and the card number"],
    "CVV": ["and the three digit security code on the back", "what's the cvv please",
            "and the security number on the back of the card"],
    "EXPIRY": ["and the expiry date", "when does the card expire", "what's the expiry on that card"],
    "SSN": ["can you confirm your social security number", "i'll need your social for verification",
            "and your ssn please"],
    "NI_NUMBER": ["can i take your national insurance number", "what's your national insurance number please",
                  "i just need your ni number to verify"],
    "BANK_ACCOUNT": ["what's the account number", "and the account number you want the refund paid into",
                     "can you read me the account number"],
    "SORT_CODE": ["and the sort code", "what's the sort code on that account"],
    "IBAN": ["can you give me the iban", "what's the iban for the refund", "i'll need the full iban"],
    "PHONE": ["what's the best number to reach you on", "can i get a contact number", "and a phone number please"],
    "EMAIL": ["what email address should we send that to", "can i take an email address",
              "and what's your email"],
    "DOB": ["can you confirm your date of birth", "and your date of birth please", "what's your date of birth"],
    "POSTCODE": ["and the postcode", "what's your postcode", "and the zip code"],
    "ADDRESS": ["what's the first line of your address", "can you confirm the address", "and your street address"],
}
ASK_CHAT = {
    "CARD_NUMBER": "Please type the long card number",
    "CVV": "And the CVV / security code?",
    "EXPIRY": "And the expiry date?",
    "SSN": "To verify, please provide your Social Security number",
    "NI_NUMBER": "Could you send your National Insurance number?",
    "BANK_ACCOUNT": "What is the account number?",
    "SORT_CODE": "And the sort code?",
    "IBAN": "Please provide the IBAN for the refund",
    "PHONE": "What's the best contact number?",
    "EMAIL": "What email address can we use?",
    "DOB": "Can you confirm your date of birth?",
    "POSTCODE": "What's the postcode / ZIP on the account?",
    "ADDRESS": "What's the first line of the address?",
}
LEADS_CALL = ["yeah it's ", "yeah so it's ", "okay it's ", "um ", "right ", "sure it's ", "it's ", "", "uh yeah ",
              "let me just get it out hang on okay it's "]
LEADS_CHAT = ["", "It's ", "sure ", "ok ", "its ", "Yes - ", "", "here: "]


class Case:
    def __init__(self, channel):
        self.channel = channel
        self.turns: list[tuple[str, list]] = []

    def say(self, speaker, *segs):
        self.turns.append((speaker, [s for s in segs if s != ""]))


def render_value(typ, country, call):
    """Return list of (chunk_text) pieces for the value; chunks joined by ' ' are the full reading."""
    if typ == "CARD_NUMBER":
        d, groups = gen_card()
        if call:
            zero = rng.choice(["oh", "zero", "o", "nought"] if country != "US" else ["oh", "zero", "o"])
            mode = rng.choice(["single", "single", "doubles", "pairs"])
            parts = safe_speak(groups, typ, zero, mode)
            if rng.random() < 0.25:
                parts = [asr_homophones(p) for p in parts]
            return parts
        sep = rng.choice([" ", " ", "-", "", " "])
        if sep == "":
            return ["".join(groups)] if rng.random() < 0.7 else groups
        return [sep.join(groups)] if rng.random() < 0.8 else groups
    if typ == "CVV":
        d = rd(rng.choice([3, 3, 3, 4]))
        if call:
            return [spoken_digits(d, rng.choice(["oh", "zero"]), rng.choice(["single", "doubles"]))]
        return [d]
    if typ == "EXPIRY":
        return [gen_expiry(call)]
    if typ == "SSN":
        d, groups = gen_ssn()
        if call:
            return safe_speak(groups, typ, rng.choice(["oh", "zero"]), rng.choice(["single", "single", "doubles", "pairs"]))
        sep = rng.choice(["-", "-", " ", ""])
        return [sep.join(groups)]
    if typ == "NI_NUMBER":
        v, parts = gen_ni()
        if call:
            style = rng.choice(["plain", "plain", "nato", "friendly"])
            mode = rng.choice(["single", "pairs", "pairs", "doubles"])
            letters = spell_letters(parts[0], style)
            digs = [spoken_digits(p, "zero" if style != "plain" else rng.choice(["zero", "nought"]), mode) for p in parts[1:4]]
            suf = spell_letters(parts[4], style)
            chunks = [letters] + digs + [suf]
            if normalise(" ".join(chunks), alnum=True).upper() != v:
                digs = [spoken_digits(p, "zero", "single") for p in parts[1:4]]
                chunks = [letters] + digs + [suf]
            return chunks
        k = rng.randrange(4)
        if k == 0:
            return [" ".join(parts)]
        if k == 1:
            return [v.lower()]
        if k == 2:
            return [v]
        return [f"{parts[0]}{parts[1]}{parts[2]}{parts[3]} {parts[4]}"]
    if typ == "BANK_ACCOUNT":
        n = 8 if country in ("UK", "IE") else rng.choice([9, 10, 11, 12])
        d = str(rng.randint(1, 9)) + rd(n - 1)
        groups = [d[:4], d[4:]] if n == 8 else [d[:3], d[3:6], d[6:]]
        if call:
            return safe_speak(groups, typ, rng.choice(["oh", "zero", "nought"]), rng.choice(["single", "doubles", "pairs"]))
        return [d] if rng.random() < 0.7 else [" ".join(groups)]
    if typ == "SORT_CODE":
        d = rd(6)
        groups = [d[:2], d[2:4], d[4:]]
        if call:
            return safe_speak(groups, typ, rng.choice(["oh", "zero"]), rng.choice(["single", "pairs", "pairs"]))
        return [rng.choice(["-", " ", ""]).join(groups)]
    if typ == "IBAN":
        iban, groups = gen_iban(country if country in ("UK", "IE") else "EU")
        if call:
            style = rng.choice(["plain", "plain", "nato"])
            mode = rng.choice(["single", "single", "doubles"])
            return [alnum_spoken(g, "zero", style, mode) for g in groups]
        if rng.random() < 0.6:
            return [" ".join(groups)]
        return [iban if rng.random() < 0.7 else iban.lower()]
    if typ == "PHONE":
        d, groups, kind = gen_phone(country)
        if call:
            zero = rng.choice(["oh", "oh", "zero", "o"])
            mode = rng.choice(["single", "doubles", "doubles", "pairs"])
            out = []
            for g in groups:
                if g.startswith("+"):
                    out.append("plus " + (n2w(int(g[1:])) if rng.random() < 0.4 and len(g) == 3 else spoken_digits(g[1:], zero, "single")))
                else:
                    out.append(spoken_digits(g, zero, mode))
            joined = "".join(groups).lstrip("+")
            if normalise(" ".join(out)) != joined:
                out = [("plus " + spoken_digits(g[1:], zero)) if g.startswith("+") else spoken_digits(g, zero) for g in groups]
            if rng.random() < 0.2:
                out = [asr_homophones(p) for p in out]
            return out
        if kind == "us" and rng.random() < 0.5:
            return [f"({groups[0]}) {groups[1]}-{groups[2]}"]
        if kind == "us1":
            return [f"+1 {groups[1]} {groups[2]} {groups[3]}" if rng.random() < 0.5 else f"1-{groups[1]}-{groups[2]}-{groups[3]}"]
        sep = rng.choice([" ", "", "-", " "])
        return [sep.join(groups)]
    if typ == "EMAIL":
        local, dom = gen_email()
        if call:
            return [speak_email(local, dom, rng.choice(["asr", "plain", "spell"]))]
        e = f"{local}@{dom}"
        return [e if rng.random() < 0.8 else e.upper() if rng.random() < 0.3 else e[0].upper() + e[1:]]
    if typ == "DOB":
        y, mth, dd = gen_dob()
        return [render_dob(y, mth, dd, call, country)]
    if typ == "POSTCODE":
        pc, kind = gen_postcode(country)
        if call:
            if kind == "uk":
                out, inn = pc.split()
                style = rng.choice(["plain", "plain", "nato"])
                return [alnum_spoken(out, "zero", style), alnum_spoken(inn, "zero", style)]
            z = pc.replace("-", "")
            return [spoken_digits(z, rng.choice(["oh", "zero"]), rng.choice(["single", "doubles"]))]
        if kind == "uk":
            r = rng.random()
            return [pc if r < 0.6 else pc.lower() if r < 0.8 else pc.replace(" ", "")]
        return [pc]
    if typ == "ADDRESS":
        return [gen_address(country, call)]
    raise ValueError(typ)


def pii_exchange(case: Case, typ, country, readback_ok=True):
    """Agent asks, customer answers (one turn, split, filler-split or corrected), optional readback."""
    call = case.channel == "call"
    g = new_group()
    chunks = render_value(typ, country, call)
    asks = ASK[typ]
    if typ == "POSTCODE" and country != "US":
        asks = asks[:2]
    if typ == "CARD_NUMBER" and len(normalise(" ".join(chunks))) != 16:
        asks = [a for a in asks if "sixteen" not in a]
    if call:
        case.say("agent", rng.choice(asks))
    else:
        case.say("agent", ASK_CHAT[typ])
    style = "one"
    if len(chunks) >= 3 and call:
        style = rng.choice(["one", "split", "split", "filler", "correct"])
    elif len(chunks) >= 2 and not call:
        style = rng.choice(["one", "split"])
    lead = rng.choice(LEADS_CALL if call else LEADS_CHAT)
    tail = ""
    if rng.random() < 0.3:
        tail = rng.choice([" i think", " yeah", " is that okay", " that's it"] if call else [" thanks", ".", " ty", " 👍"])
    if style == "one":
        case.say("customer", lead, S(" ".join(chunks), typ, g), tail)
    elif style == "split":
        # split over consecutive customer turns with back-channels
        k = rng.choice([1, 2]) if len(chunks) > 3 else 1
        first = chunks[:k]
        case.say("customer", lead, S(" ".join(first), typ, g))
        i = k
        while i < len(chunks):
            if call or rng.random() < 0.5:
                case.say("agent", rng.choice(BACK))
            step = rng.choice([1, 1, 2])
            part = chunks[i:i + step]
            pre = rng.choice(["", "", "then ", "um "]) if call else ""
            case.say("customer", pre, S(" ".join(part), typ, g))
            i += step
    elif style == "filler":
        segs = [lead]
        cut = rng.randint(1, len(chunks) - 1)
        segs.append(S(" ".join(chunks[:cut]), typ, g))
        segs.append(" " + rng.choice(["um", "uh", "er hang on", "sorry", "let me see", "uh what was it"]) + " ")
        segs.append(S(" ".join(chunks[cut:]), typ, g))
        case.say("customer", *segs)
    else:  # self-correction: partial, 'no sorry', then restart from a chunk
        cut = rng.randint(1, len(chunks) - 1)
        wrong_words = chunks[cut].split()
        wrong = " ".join(reversed(wrong_words)) if len(wrong_words) > 1 else ONES[rng.randrange(1, 10)]
        segs = [lead, S(" ".join(chunks[:cut]), typ, g), " ", S(wrong, typ, g, counted=False),
                " " + rng.choice(["no sorry", "sorry no", "wait no", "no hang on"]) + " ",
                S(" ".join(chunks[cut:]), typ, g)]
        case.say("customer", *segs)
    if readback_ok and rng.random() < (0.35 if call else 0.15) and typ not in ("CVV",):
        g2 = new_group()
        rb = " ".join(chunks)
        case.say("agent", rng.choice(["so that's ", "let me read that back ", "i've got ", "just to confirm "]) if call else "Thanks, I have ",
                 S(rb, typ, g2), " " + (rng.choice(["is that right", "correct", "yeah"]) if call else "- correct?"))
        case.say("customer", rng.choice(["yes", "yep that's right", "correct", "that's it"]) if call else rng.choice(["yes", "Yep", "correct"]))


def multi_in_one(case: Case, types, country):
    """Two values in one customer turn (e.g. expiry and cvv, sort code and account)."""
    call = case.channel == "call"
    a, b = types
    ca = render_value(a, country, call)
    cb = render_value(b, country, call)
    case.say("agent", (f"can i get the {a.lower().replace('_', ' ')} and the {b.lower().replace('_', ' ')}"
                       if call else f"Please send the {a.lower().replace('_', ' ')} and {b.lower().replace('_', ' ')}")
             .replace("cvv", "security code").replace("dob", "date of birth").replace("bank account", "account number"))
    joiner = rng.choice([" and ", " and the other one is ", " then ", " "]) if call else rng.choice([", ", " / ", " and ", "\n"])
    case.say("customer", S(" ".join(ca), a, new_group()), joiner, S(" ".join(cb), b, new_group()))


def volunteered(case: Case, typ, country):
    """Customer gives a value unprompted, mixed with chit-chat and non-PII numbers."""
    call = case.channel == "call"
    chunks = render_value(typ, country, call)
    v = S(" ".join(chunks), typ, new_group())
    tm, dt, sn = (lambda: a_time(call)), (lambda: a_date(call)), (lambda lo, hi: small_num(call, lo, hi))
    if typ == "PHONE":
        segs = ["you can ring me back on ", v, f" after {tm()} i finish work at {tm()}"]
    elif typ == "EMAIL":
        segs = ["just email it over to ", v, f" i check it about {sn(3, 9)} times a day"]
    elif typ == "ADDRESS":
        segs = [f"i moved to ", v, f" on {dt()} so the post is still going to the old place"]
    elif typ == "DOB":
        segs = ["it's in my name i was born ", v, f" and i've had the account since " + (year_words(2000 + rng.randint(8, 24)) if call else str(2000 + rng.randint(8, 24)))]
    elif typ == "POSTCODE":
        segs = ["the postcode there is ", v, f" it's about {sn(2, 30)} miles from the nearest store"]
    else:
        segs = [f"can you just put the {money(country, call)} on my card ", v]
    if not call:
        segs[0] = segs[0][0].upper() + segs[0][1:]
    case.say("customer", *segs)
    case.say("agent", rng.choice(["okay i've noted that", "lovely thank you", "perfect"]) if call else "Thanks, noted.")


PAIRS = {("EXPIRY", "CVV"), ("SORT_CODE", "BANK_ACCOUNT"), ("POSTCODE", "DOB"), ("ADDRESS", "POSTCODE"),
         ("PHONE", "EMAIL")}


def allowed(typ, country):
    if typ == "SSN":
        return country == "US"
    if typ in ("NI_NUMBER", "SORT_CODE"):
        return country == "UK"
    if typ == "IBAN":
        return country in ("UK", "IE", "EU")
    if typ == "POSTCODE":
        return country in ("UK", "US")
    if typ == "BANK_ACCOUNT":
        return country in ("UK", "US", "IE")
    return True


PRIMARY_CYCLE = ["CARD_NUMBER", "SSN", "NI_NUMBER", "CARD_NUMBER", "SSN", "NI_NUMBER", "IBAN",
                 "SORT_CODE", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS", "BANK_ACCOUNT",
                 "CARD_NUMBER", "NI_NUMBER", "SSN"]
IND_FOR_PRIMARY = {
    "SSN": ["banking", "healthcare billing", "government services", "insurance", "telecom"],
    "NI_NUMBER": ["government services", "banking", "insurance", "utilities", "telecom"],
    "SORT_CODE": ["banking", "utilities", "insurance", "retail"],
    "IBAN": ["banking", "travel", "retail", "utilities", "insurance"],
}


def build_positive(idx):
    primary = PRIMARY_CYCLE[idx % len(PRIMARY_CYCLE)]
    call = rng.random() < 0.62
    ind = rng.choice(IND_FOR_PRIMARY.get(primary, list(COUNTRIES_FOR)))
    if primary == "SSN":
        country = "US"
    elif primary in ("NI_NUMBER", "SORT_CODE"):
        country = "UK"
    else:
        country = rng.choice(COUNTRIES_FOR[ind])
        while not allowed(primary, country):
            country = rng.choice(["UK", "US", "IE", "EU"])
    case = Case("call" if call else "chat")
    brand, agent = rng.choice(BRANDS), rng.choice(AGENTS)
    if call:
        case.say("agent", GREET_CALL[ind].format(b=brand, a=agent))
    else:
        case.say("agent", f"Hi, you're chatting with {agent.title()} from {brand.title()}. How can I help?")
    for s, t in scenario_turns(ind, country, call):
        case.say(s, t)
    # identity / data collection
    extras = [t for t in TYPES if t != primary and allowed(t, country) and t not in ("CVV", "EXPIRY")]
    rng.shuffle(extras)
    n_extra = rng.choice([0, 1, 1, 2, 2, 3])
    plan = [primary] + extras[:n_extra]
    if primary == "SORT_CODE" or (primary == "BANK_ACCOUNT" and country == "UK" and rng.random() < 0.5):
        plan = [p for p in plan if p not in ("SORT_CODE", "BANK_ACCOUNT")]
        plan.append("SORTACC")
    if primary == "CARD_NUMBER":
        plan.append("CARDEXTRA")
    rng.shuffle(plan)
    if "CARDEXTRA" in plan:  # expiry / security code always follow the card number
        plan.remove("CARDEXTRA")
        plan.insert(plan.index("CARD_NUMBER") + 1, "CARDEXTRA")
    if call:
        case.say("agent", rng.choice(["okay before i go into that i just need to verify a few details",
                                      "no problem i'll need to take some details first",
                                      "sure let me pull up the account"]))
    else:
        case.say("agent", "I can help with that. I'll just need to verify a few details first.")
    for p in plan:
        if p == "SORTACC":
            if rng.random() < 0.5:
                multi_in_one(case, ("SORT_CODE", "BANK_ACCOUNT"), country)
            else:
                pii_exchange(case, "SORT_CODE", country)
                pii_exchange(case, "BANK_ACCOUNT", country)
        elif p == "CARDEXTRA":
            r = rng.random()
            if r < 0.4:
                multi_in_one(case, ("EXPIRY", "CVV"), country)
            elif r < 0.7:
                pii_exchange(case, "EXPIRY", country)
                pii_exchange(case, "CVV", country)
            elif r < 0.85:
                pii_exchange(case, "EXPIRY", country)
        elif p != primary and p in ("PHONE", "EMAIL", "ADDRESS", "DOB", "POSTCODE") and rng.random() < 0.35:
            volunteered(case, p, country)
        else:
            pii_exchange(case, p, country)
            if rng.random() < 0.2:
                chit = (f"sorry the dog's going mad {'hang on' if call else 'one sec'}",
                        f"sorry i'm on the bus it's the {small_num(call, 10, 99)}",
                        f"it's been a long day i've been on hold {small_num(call, 10, 50)} minutes")
                case.say("customer", rng.choice(chit))
                case.say("agent", "no worries" if call else "No problem!")
    if rng.random() < 0.25 and allowed("CARD_NUMBER", country) and primary != "CARD_NUMBER":
        # a card payment at the end
        case.say("agent", f"the amount due today is {money(country, call)}")
        pii_exchange(case, "CARD_NUMBER", country)
        if rng.random() < 0.6:
            multi_in_one(case, ("EXPIRY", "CVV"), country)
    # resolution with non-PII numbers
    if call:
        case.say("agent", f"okay that's all done your {ref_number(call)} and you'll get a text within {small_num(call, 2, 48)} hours")
        case.say("customer", rng.choice(["brilliant thanks", "great thank you so much", "okay cheers", "thanks for your help"]))
        case.say("agent", "you're welcome have a good day")
    else:
        case.say("agent", chatify(f"All sorted. Your {ref_number(call)}. Anything else?"))
        case.say("customer", rng.choice(["no that's all thanks", "No thank you", "thats it cheers"]))
    others = [p.lower() for p in plan if p != primary]
    note = f"{case.channel}/{ind} ({country}): {primary.lower().replace('_', ' ')} " + \
        ("spoken ASR-style" if call else "typed") + f" amid a longer {ind} conversation" + \
        ("; also " + ", ".join(others) if others else "")
    note = note.replace("cardextra", "card expiry/cvv").replace("sortacc", "sort code + account")
    return case, note


# --------------------------------------------------------------------------
# negatives
def instalments(country, call):
    word, sym = CUR[country]
    k = rng.randint(2, 6)
    each = rng.randint(20, 400)
    if call:
        return ("agent", f"that's {n2w(k)} payments of {n2w(each)} {word} so {money_words(k * each)} {word} in total")
    return ("agent", f"that's {k} payments of {sym}{each} so {sym}{k * each:,} in total")


def money_words(a):
    if a >= 1000:
        return n2w(a // 1000) + " thousand" + ("" if a % 1000 == 0 else " " + n2w(a % 1000))
    return n2w(a)


def split_reference(call):
    """An order/claim number read in pieces with back-channels (lookalike of a split card)."""
    word = rng.choice(["order number", "claim number", "case reference", "policy number", "account reference", "ticket number"])
    d = str(rng.randint(1, 9)) + rd(rng.randint(6, 9))
    cut = rng.randint(3, len(d) - 3)
    a, b = d[:cut], d[cut:]
    if call:
        z = rng.choice(["oh", "zero"])
        return [("agent", f"have you got the {word} there"),
                ("customer", f"yeah the {word} is {spoken_digits(a, z)}"),
                ("agent", rng.choice(["mhm", "okay go on", "yep"])),
                ("customer", spoken_digits(b, z, rng.choice(["single", "doubles"]))),
                ("agent", f"lovely that's the {word} for the {rng.choice(['delivery', 'claim', 'complaint', 'repair'])}")]
    return [("agent", f"Do you have the {word}?"),
            ("customer", f"{word} {a}"),
            ("customer", f"{b} sorry hit enter"),
            ("agent", "Thanks, found it")]


def build_negative(idx):
    call = rng.random() < 0.6
    ind = rng.choice(list(COUNTRIES_FOR))
    country = rng.choice(COUNTRIES_FOR[ind])
    case = Case("call" if call else "chat")
    brand, agent = rng.choice(BRANDS), rng.choice(AGENTS)
    if call:
        case.say("agent", GREET_CALL[ind].format(b=brand, a=agent))
    else:
        case.say("agent", f"Hi, you're chatting with {agent.title()} from {brand.title()}. How can I help?")
    for s, t in scenario_turns(ind, country, call):
        case.say(s, t)
    m = lambda: money(country, call)
    sn = lambda lo=2, hi=60: small_num(call, lo, hi)
    lookalikes = [
        lambda: ("agent", f"your outstanding balance is {m()} and the minimum payment is {m()}"),
        lambda: ("customer", f"i've been a customer for {sn(2, 30)} years since {year_words(rng.randint(1995, 2022)) if call else rng.randint(1995, 2022)}"),
        lambda: ("agent", f"i've raised {ref_number(call)} for you"),
        lambda: ("customer", f"is that the {ref_number(call, 'reference')} from the letter"),
        lambda: ("agent", f"the payment will leave on {a_date(call)} and the next one {a_date(call)}"),
        lambda: ("customer", f"i rang at {a_time(call)} and waited {sn(10, 59)} minutes"),
        lambda: ("agent", f"the price goes up by {sn(3, 15)} percent from {a_date(call)}"),
        lambda: ("customer", f"my mum is {sn(70, 95)} so she can't really get to the branch"),
        lambda: ("agent", f"the engineer slot is {a_date(call)} between {a_time(call)} and {a_time(call)}"),
        lambda: ("customer", f"the meter reads {spoken_digits(rd(5), rng.choice(['oh', 'zero'])) if call else rd(5)} on the day one and {spoken_digits(rd(5)) if call else rd(5)} on the night"),
        lambda: ("customer", f"it's the model {rng.choice(['tg', 'hh', 'sr', 'xr'])} {sn(100, 999)} router"),
        lambda: ("agent", f"your contract started on {a_date(call)} and it's a {sn(12, 36)} month term"),
        lambda: ("customer", f"we're on flight {rng.choice(['ba', 'ei', 'ua', 'dl', 'fr'])} {spoken_digits(str(rng.randint(100, 9999))) if call else rng.randint(100, 9999)} at {a_time(call)}"),
        lambda: ("agent", f"you're in room {sn(100, 999)} on floor {sn(1, 12)} check in from {a_time(call)}"),
        lambda: ("customer", f"the speed test says {sn(2, 80)} megabits down and {sn(1, 20)} up"),
        lambda: ("agent", f"there are {sn(2, 9)} people ahead of you in the queue about {sn(5, 40)} minutes"),
        lambda: ("customer", f"the heating is set to {sn(16, 24)} degrees and it's still cold"),
        lambda: instalments(country, call),
        lambda: ("customer", f"the {ref_number(call, 'invoice number')} says {m()} but i only used {sn(100, 900)} units"),
        lambda: ("agent", f"we received your claim on {a_date(call)} and it takes {sn(5, 20)} working days"),
        lambda: ("customer", f"my appointment is on {a_date(call)} at {a_time(call)} in clinic {sn(1, 12)}"),
        lambda: ("agent", f"the annual premium is {m()} or {sn(10, 12)} monthly instalments of {m()}"),
        lambda: ("customer", f"i've got {sn(2, 5)} kids and we use about {sn(150, 450)} kilowatt hours a month"),
        lambda: ("agent", f"the {ref_number(call, 'booking reference')} is for {sn(2, 6)} passengers departing {a_date(call)}"),
        lambda: ("customer", f"i paid {m()} on {a_date(call)} by bank transfer"),
        lambda: ("agent", f"the interest rate is {sn(2, 9)} point {sn(1, 9)} percent apr"),
        lambda: ("customer", f"the parcel weighs {sn(2, 30)} kilos and it's {sn(20, 90)} centimetres long"),
        lambda: ("agent", f"we're open {a_time(call)} till {a_time(call)} monday to friday"),
        lambda: ("customer", f"the {ref_number(call, 'ticket number')} was closed after {sn(3, 14)} days"),
        lambda: ("customer", f"i ordered {sn(2, 6)} of the {m()} ones and got {sn(1, 3)} back"),
        lambda: ("agent", f"the app needs to be on version {sn(10, 19)} point {sn(1, 9)} or later"),
        lambda: ("customer", f"the train was the {a_time(call)} from platform {sn(1, 14)} and it was {sn(20, 90)} minutes late"),
    ]
    B, T, U, R, I, V, H, G = ("banking", "telecom", "utilities", "retail", "insurance", "travel",
                              "healthcare billing", "government services")
    tags = [{B, T, U, H, R}, None, None, None, {B, U, I, T, H, G}, None, {T, U, I}, None, {T, U}, {U}, {T},
            {T, U, I}, {V}, {V}, {T}, None, {U}, None, {U, T}, {I, H, G}, {H, G}, {I}, {U}, {V}, None,
            {B, R}, {R}, None, None, {R}, {T, B, R}, {V}]
    assert len(tags) == len(lookalikes)
    pool = [f for f, tg in zip(lookalikes, tags) if tg is None or ind in tg]
    pool += [lambda: split_reference(call), lambda: split_reference(call),
             lambda: ("customer", f"the policy started on {a_date(call)} {year_words(rng.randint(2018, 2025)) if call else rng.randint(2018, 2025)}"),
             lambda: ("customer", f"i'm {small_num(call, 60, 89)} years old and i don't do the internet"),
             lambda: ("agent", f"that'll take about {small_num(call, 2, 9)} hours {small_num(call, 10, 50)} minutes to process")]
    n = rng.randint(5, min(12, len(pool)))
    picks = rng.sample(pool, n)
    for f in picks:
        res = f()
        if isinstance(res, list):
            for s, t in res:
                case.say(s, t if call else chatify(t[0].upper() + t[1:]))
            continue
        s, t = res
        if not call:
            t = chatify(t[0].upper() + t[1:])
        case.say(s, t)
        if rng.random() < 0.4:
            case.say("agent" if s == "customer" else "customer", rng.choice(
                ["okay", "right", "mhm", "that's fine", "i see", "okay thanks"] if call else ["ok", "Okay.", "I see", "thanks"]))
    case.say("agent", "is there anything else i can help with" if call else "Anything else I can help with today?")
    case.say("customer", "no that's everything thanks" if call else "no thats all, thanks")
    note = f"{case.channel}/{ind} ({country}): negative - long conversation with non-PII numbers " \
           f"(amounts, dates, references, times, counts)"
    return case, note


# --------------------------------------------------------------------------
def assemble(case):
    turns, spans, groups = [], [], {}
    for ti, (speaker, segs) in enumerate(case.turns):
        text = ""
        for s in segs:
            if isinstance(s, S):
                start = len(text)
                text += s.text
                spans.append({"turn": ti, "start": start, "end": len(text), "type": s.typ})
                groups.setdefault(s.group, []).append((s.typ, s.text, s.counted))
            else:
                text += s
        turns.append({"speaker": speaker, "text": text})
    return turns, spans, groups


def generate():
    global rng
    rng = random.Random(SEED)
    _gid[0] = 0
    rows, all_groups = [], []
    for i in range(N_POS):
        while True:
            case, note = build_positive(i)
            if 8 <= len(case.turns) <= MAX_TURNS:
                break
        turns, spans, groups = assemble(case)
        rows.append({"id": f"{PREFIX}-pos-{i + 1:03d}", "kind": "positive", "turns": turns,
                     "spans": spans, "note": note})
        all_groups.append((rows[-1]["id"], groups))
    for i in range(N_NEG):
        while True:
            case, note = build_negative(i)
            if 8 <= len(case.turns) <= MAX_TURNS:
                break
        turns, spans, groups = assemble(case)
        assert not spans
        rows.append({"id": f"{PREFIX}-neg-{i + 1:03d}", "kind": "negative", "turns": turns,
                     "spans": [], "note": note})
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return text, rows, all_groups


def counts(rows):
    c = Counter()
    for r in rows:
        for s in r["spans"]:
            c[s["type"]] += 1
    return c


def check_rows(rows, all_groups):
    errs = []
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r in rows:
        if r["kind"] not in ("positive", "negative"):
            errs.append(f"{r['id']}: bad kind")
        if r["kind"] == "negative" and r["spans"]:
            errs.append(f"{r['id']}: negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(f"{r['id']}: positive without spans")
        if not (8 <= len(r["turns"]) <= MAX_TURNS):
            errs.append(f"{r['id']}: {len(r['turns'])} turns")
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                errs.append(f"{r['id']}: bad speaker")
        by_turn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append(f"{r['id']}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(r["turns"])):
                errs.append(f"{r['id']}: turn out of range")
                continue
            text = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                errs.append(f"{r['id']}: offsets out of range")
                continue
            seg = text[a:b]
            if seg != seg.strip() or not seg[0].isalnum() and seg[0] not in "+(" or not seg[-1].isalnum():
                errs.append(f"{r['id']}: span edge {seg!r}")
            if a > 0 and text[a - 1].isalnum():
                errs.append(f"{r['id']}: span starts mid-word {seg!r}")
            if b < len(text) and text[b].isalnum():
                errs.append(f"{r['id']}: span ends mid-word {seg!r}")
            by_turn.setdefault(s["turn"], []).append((a, b))
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(f"{r['id']}: overlapping spans")
    for rid, groups in all_groups:
        for g, pieces in groups.items():
            typ = pieces[0][0]
            full = " ".join(t for _, t, c in pieces if c)
            e = validate(typ, full)
            if e:
                errs.append(f"{rid}: {typ} value {full!r}: {e}")
    c = counts(rows)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c[t] < need:
            errs.append(f"type {t} has only {c[t]} spans (< {need})")
    npos = sum(r["kind"] == "positive" for r in rows)
    nneg = sum(r["kind"] == "negative" for r in rows)
    if npos < 170 or nneg < 100:
        errs.append(f"too few cases {npos}/{nneg}")
    # negatives: no long digit runs that could be card-like
    for r in rows:
        if r["kind"] == "negative":
            for t in r["turns"]:
                if re.search(r"\d{11,}", t["text"].replace(" ", "")) and re.search(r"\d{11,}", t["text"]):
                    errs.append(f"{r['id']}: long digit run in negative")
    return errs


def readme(rows):
    c = counts(rows)
    npos = sum(r["kind"] == "positive" for r in rows)
    nneg = sum(r["kind"] == "negative" for r in rows)
    calls = sum(r["note"].startswith("call") for r in rows)
    lines = [
        "# pii_holdout126 - held-out PII redaction evaluation set",
        "",
        "**Never use this set for tuning.** It is a held-out evaluation set; do not adjust",
        "patterns, thresholds or word lists to make these cases pass.",
        "",
        "## Who wrote it and how",
        "",
        "Written by an AI helper acting as an independent author. The author did not see the",
        "redaction code, its tests, its documentation or other evaluation sets; it only saw a",
        "three-line example of the JSONL format. All cases are produced by",
        "`scripts/make_pii_holdout126.py` (standard library only) from template functions:",
        "each turn is assembled from plain-text segments and labelled value segments, so every",
        f"offset is computed, never typed. All values come from one `random.Random({SEED})`;",
        "the output is byte-for-byte reproducible. `python scripts/make_pii_holdout126.py --check`",
        "regenerates the set, checks it is identical to the file, and validates ids, offsets,",
        "word boundaries, non-overlap and every value (Luhn for cards, mod-97 for IBANs, NI",
        "format, 9-digit SSN, 6-digit sort codes, digit counts, postcode shapes) after",
        "normalising spoken forms back to characters.",
        "",
        "Emphasis: longer whole calls and chats (8-28 turns) where PII is given amid normal",
        "conversation about the customer's problem, with non-PII numbers of that conversation",
        "(amounts, dates, reference numbers, times, counts) around it. Industries: banking,",
        "telecom, utilities, retail, insurance, travel, healthcare billing, government",
        "services; countries UK, US, Ireland and EU.",
        "",
        f"Calls are written as ASR transcripts (lower case, no punctuation, numbers as words:",
        "`oh`/`o`/`nought`/`zero`, `double`/`triple`, pairs such as `forty one eleven`, years",
        "such as `nineteen eighty six`, letters spelled as `b for bravo`, e-mails as",
        "`j dot doe at g mail dot com`). Chats are typed with varied separators and case.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers only the value itself: lead-ins such as `it's`, `yeah`, `the number is`",
        "  and trailing words such as `thanks` are outside.",
        "- A value split over several customer turns (with agent back-channels in between) gets",
        "  one span per turn, each covering that turn's part of the value.",
        "- When a filler (`um`, `sorry`, `hang on`) interrupts a reading inside one turn, the",
        "  reading is labelled as two spans either side of the filler; the filler is not labelled.",
        "- Self-corrections: the abandoned (wrong) fragment is also labelled with the value's",
        "  type (it is a piece of the number being read); the correction words (`no sorry`) are not.",
        "- Agent read-backs of a value are labelled like customer readings.",
        "- Two values in one turn (e.g. expiry and security code, sort code and account number)",
        "  get one span each; the joining words are outside.",
        "- PHONE includes a spoken or typed international prefix (`plus four four`, `+353`).",
        "- ADDRESS covers house/flat number and street name with street type (e.g.",
        "  `42 Elm Road`, `flat three twelve mill lane`); town and postcode are not part of it,",
        "  postcodes are labelled separately as POSTCODE (UK postcodes and US ZIP codes).",
        "- DOB covers the whole date expression including a leading `the`",
        "  (`the fourth of may nineteen seventy two`); `born`/`i was born` is outside.",
        "- Letters spelled with a phonetic word (`c for charlie`, `a for apple`) are inside the",
        "  span of the value they belong to (NI numbers, postcodes, IBANs).",
        "- ASR homophones inside a reading (`for` for four, `to`/`too` for two, `ate` for eight)",
        "  are part of the value and inside the span.",
        "- EXPIRY covers the date only (`oh eight twenty seven`, `08/27`).",
        "- Non-PII numbers (amounts, reference/order/claim/ticket numbers, dates that are not",
        "  birth dates, times, counts, flight and room numbers, meter readings) are never labelled;",
        "  in negative cases nothing at all may be redacted.",
        "",
        "## Counts",
        "",
        f"- cases: {len(rows)} ({npos} positive, {nneg} negative; {calls} call transcripts,",
        f"  {len(rows) - calls} chats)",
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append(f"| {t} | {c[t]} |")
    lines.append(f"| total | {sum(c.values())} |")
    lines.append("")
    return "\n".join(lines)


def main():
    text, rows, all_groups = generate()
    errs = check_rows(rows, all_groups)
    rd_text = readme(rows)
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd_text:
            errs.append("README.md differs from regenerated output")
        # re-validate what is on disk
        if CASES.exists():
            disk = [json.loads(l) for l in CASES.read_text(encoding="utf-8").splitlines() if l.strip()]
            if len(disk) != len(rows):
                errs.append("row count differs on disk")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd_text, encoding="utf-8")
    c = counts(rows)
    npos = sum(r["kind"] == "positive" for r in rows)
    nneg = sum(r["kind"] == "negative" for r in rows)
    print(f"cases: {len(rows)}  positive: {npos}  negative: {nneg}")
    for t in TYPES:
        print(f"  {t:13s} {c[t]}")
    print(f"  total spans   {sum(c.values())}")
    if errs:
        for e in errs[:60]:
            print("ERROR:", e)
        print(f"{len(errs)} problem(s)")
        sys.exit(1)
    print("OK" if "--check" in sys.argv else "written")


if __name__ == "__main__":
    main()

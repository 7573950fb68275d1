#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout66``.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only; output is byte-for-byte reproducible
from one seeded random.Random.

    python scripts/make_pii_holdout66.py          # write fixture + README
    python scripts/make_pii_holdout66.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import random

SEED = 66271123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout66"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# --------------------------------------------------------------------------
# number words
UNITW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENW = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ZEROS = ["zero", "oh", "o", "nought"]
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
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
# words a caller uses as "b for ..." that are not NATO
FORWORDS = {"a": "apple", "b": "bob", "c": "cat", "e": "edward", "g": "george",
            "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mary",
            "n": "nancy", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
            "w": "william", "y": "yellow", "z": "zebra"}
LETTER_HOMO = {"b": "bee", "c": "see", "g": "gee", "j": "jay", "k": "kay",
               "p": "pee", "q": "queue", "r": "are", "t": "tee", "y": "why"}


def dword(d, zero):
    return zero if d == "0" else UNITW[int(d)]


def pair_words(p, zero):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return f"{zero} {dword(p[1], zero)}"
    if a == 1:
        return TEENW[b]
    return TENW[a] + ("" if b == 0 else " " + UNITW[b])


def speak_single(s, zero, runs=False, homo=False, filler=0.0):
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        n = 1
        while i + n < len(s) and s[i + n] == d:
            n += 1
        if runs and n >= 3 and R.random() < 0.7:
            out.append("triple " + dword(d, zero))
            i += 3
            continue
        if runs and n >= 2 and R.random() < 0.8:
            out.append("double " + dword(d, zero))
            i += 2
            continue
        w = dword(d, zero)
        if homo and d in "2481" and R.random() < 0.35:
            w = {"2": R.choice(["to", "too"]), "4": "for", "8": "ate", "1": "won"}[d]
        out.append(w)
        i += 1
        if filler and i < len(s) and R.random() < filler:
            out.append(R.choice(["um", "uh", "er"]))
    return " ".join(out)


def speak_pairs(s, zero):
    """Speak as pairs (``forty one eleven``); odd leading digit said alone."""
    out = []
    i = 0
    if len(s) % 2:
        out.append(dword(s[0], zero))
        i = 1
    while i < len(s):
        p = s[i:i + 2]
        if p == "00":
            out.append(R.choice([f"{zero} {zero}", f"double {zero}"]))
        elif p[1] == "0" and p[0] not in "01" and i + 2 < len(s) and s[i + 2] != "0" \
                and s[i + 2] != "1":
            # "twenty" + next-pair-starting-with-unit would merge; say digits
            out.append(f"{dword(p[0], zero)} {zero}")
        else:
            out.append(pair_words(p, zero))
        i += 2
    return " ".join(out)


def speak_group4(g, zero):
    """Four digits said the way people say them: 4500 -> forty five hundred."""
    if g[2:] == "00" and g[0] != "0" and R.random() < 0.6:
        return pair_words(g[:2], zero) + " hundred"
    return speak_pairs(g, zero)


def speak_digits(s, style, zero=None):
    zero = zero or R.choice(ZEROS)
    for _ in range(4):
        if style == "single":
            t = speak_single(s, zero)
        elif style == "runs":
            t = speak_single(s, zero, runs=True)
        elif style == "homo":
            t = speak_single(s, zero, runs=True, homo=True)
        elif style == "filler":
            t = speak_single(s, zero, filler=0.25)
        elif style == "pairs":
            t = speak_pairs(s, zero)
        else:  # mixed by chunks of 4
            parts = []
            for k in range(0, len(s), 4):
                g = s[k:k + 4]
                parts.append(speak_group4(g, zero) if len(g) == 4 and R.random() < 0.5
                             else speak_single(g, zero, runs=True))
            t = " ".join(parts)
        if parse_alnum(t)[0] == s:
            return t
        style = "single"
    raise AssertionError(f"cannot speak {s} ({t})")


# --------------------------------------------------------------------------
# parser used by --check to normalise spoken / typed forms
UNITMAP = {w: str(i) for i, w in enumerate(UNITW)}
UNITMAP.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
HOMO_DIG = {"to": "2", "too": "2", "won": "1", "ate": "8"}
FILLERS = {"um", "uh", "er", "erm", "hmm"}
NATO_REV = {v: k.upper() for k, v in NATO.items()}
FOR_REV = {v: k.upper() for k, v in FORWORDS.items()}
HOMO_REV = {v: k.upper() for k, v in LETTER_HOMO.items()}


def _num_at(toks, i, digit_mode):
    """Read one number word group at toks[i]; return (value_str, next_i) or None."""
    t = toks[i].lower()
    if t in TENW.values():
        v = [k for k, w in TENW.items() if w == t][0] * 10
        j = i + 1
        if j < len(toks) and toks[j].lower() in UNITW[1:]:
            v += UNITW.index(toks[j].lower())
            j += 1
        s = str(v)
    elif t in TEENW:
        s, j = str(10 + TEENW.index(t)), i + 1
    elif t in UNITMAP:
        s, j = UNITMAP[t], i + 1
    elif t in HOMO_DIG or (digit_mode and t == "for"):
        s, j = HOMO_DIG.get(t, "4"), i + 1
    else:
        return None
    for mult, word in ((100, "hundred"), (1000, "thousand")):
        if j < len(toks) and toks[j].lower() == word and int(s) > 0:
            v = int(s) * mult
            j += 1
            k = j + 1 if j < len(toks) and toks[j].lower() == "and" else None
            if k is not None and k < len(toks) and (toks[k].lower() in TENW.values() or toks[k].lower() in TEENW
                                  or toks[k].lower() in UNITW[1:]):
                r = _num_at(toks, k, digit_mode)
                v += int(r[0])
                j = r[1]
            s = str(v)
    return s, j


def parse_alnum(text, letters=False):
    """Normalise a spoken/typed value to [0-9A-Z]; return (string, unknown_tokens)."""
    toks = re.findall(r"[A-Za-z]+|\d+|[^\sA-Za-z\d]", text)
    out, bad = [], []
    i = 0
    while i < len(toks):
        t = toks[i]
        tl = t.lower()
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if not t.isalnum():
            i += 1
            continue
        if tl in FILLERS or tl in ("dash", "hyphen", "space", "plus"):
            i += 1
            continue
        if letters and tl in ("for",) and i + 1 < len(toks) and toks[i + 1].isalpha():
            i += 2
            continue
        if letters and tl == "as" and i + 2 < len(toks) and toks[i + 1].lower() == "in":
            i += 3
            continue
        if tl in ("double", "triple") and i + 1 < len(toks):
            n = 2 if tl == "double" else 3
            nt = toks[i + 1].lower()
            if nt in UNITMAP:
                out.append(UNITMAP[nt] * n)
            elif letters and len(nt) == 1:
                out.append(nt.upper() * n)
            elif letters and nt in HOMO_REV:
                out.append(HOMO_REV[nt] * n)
            else:
                bad.append(t)
            i += 2
            continue
        if letters and len(tl) == 1 and tl not in ("o",):
            out.append(tl.upper())
            i += 1
            continue
        r = _num_at(toks, i, not letters)
        if r:
            out.append(r[0])
            i = r[1]
            continue
        if letters and tl in NATO_REV:
            out.append(NATO_REV[tl])
            i += 1
            continue
        if letters and tl in HOMO_REV:
            out.append(HOMO_REV[tl])
            i += 1
            continue
        if letters and len(tl) <= 4:
            out.append(t.upper())
            i += 1
            continue
        bad.append(t)
        i += 1
    return "".join(out), bad


def luhn_ok(s):
    tot = 0
    for k, ch in enumerate(reversed(s)):
        d = int(ch)
        if k % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
EMAIL_RE = re.compile(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+")

# --------------------------------------------------------------------------
# value generators


def nth(n):
    sfx = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{sfx}"


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_complete(prefix, length):
    body = prefix + rdig(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    if kind == "visa":
        return luhn_complete("4" + rdig(1), 16), kind
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16), kind
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15), kind
    if kind == "disc":
        return luhn_complete("6011", 16), kind
    if kind == "visa13":
        return luhn_complete("4", 13), kind
    return luhn_complete("4", 19), kind


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    if len(num) == 13:
        return [num[:4], num[4:7], num[7:10], num[10:]]
    return [num[k:k + 4] for k in range(0, len(num), 4)]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


NI_A = "ABCEGHJKLMNPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_A) + R.choice(NI_B)
        if p in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        return p + rdig(6) + R.choice("ABCD")


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    chk = 98 - num % 97
    return f"{cc}{chk:02d}{bban}"


def gen_iban(cc=None):
    cc = cc or R.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IE", "GB"])
    if cc == "GB":
        bban = R.choice(["WEST", "BARC", "LLYD", "NWBK", "HBUK", "MIDL"]) + rdig(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "IPBS", "ULSB"]) + rdig(14)
    elif cc == "DE":
        bban = rdig(18)
    elif cc == "FR":
        bban = rdig(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "TRIB"]) + rdig(10)
    else:
        bban = rdig(20)
    v = iban_make(cc, bban)
    assert iban_ok(v)
    return v


def group_iban(v, sep=" "):
    return sep.join(v[k:k + 4] for k in range(0, len(v), 4))


def gen_uk_postcode():
    L = "ABDEFGHJLNPQRSTUWXYZ"
    shape = R.choice(["A9 9AA", "A99 9AA", "AA9 9AA", "AA99 9AA", "AA9A 9AA", "A9A 9AA"])
    if shape.startswith("AA9A"):
        area = R.choice(["SW", "EC", "WC", "SE", "NW"])
        out = f"{area}{R.randint(1, 9)}{R.choice('ABHMNPRVWXY')}"
    elif shape.startswith("A9A"):
        out = f"{R.choice('EWN')}{R.randint(1, 9)}{R.choice('ABCDEFGHJKPSTUW')}"
    elif shape.startswith("AA"):
        out = R.choice(["LS", "BS", "CF", "EH", "NE", "RG", "CB", "BT", "KT", "TN", "YO", "NR",
                        "DN", "HU", "LE", "CV", "SK", "WA", "PR", "GL", "BH", "PL", "EX"])
        out += str(R.randint(1, 9)) + (str(R.randint(0, 9)) if shape.startswith("AA99") else "")
    else:
        out = R.choice("MBLGSN") + str(R.randint(1, 9)) + (str(R.randint(0, 9)) if shape.startswith("A99") else "")
    return out + f" {R.randint(1, 9)}{R.choice(L)}{R.choice(L)}"


def gen_zip(plus4=False):
    z = f"{R.randint(1001, 99950):05d}"
    return z + ("-" + rdig(4) if plus4 else "")


FIRST = ["sarah", "james", "aoife", "liam", "priya", "tom", "grace", "mohammed", "chloe",
         "daniel", "niamh", "olivia", "marcus", "helen", "kevin", "emma", "raj", "lucy"]
LAST = ["murphy", "smith", "kowalski", "obrien", "patel", "jones", "walsh", "nguyen",
        "taylor", "byrne", "garcia", "evans", "kelly", "hughes", "brown", "doyle"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.com", "icloud.com",
           "btinternet.com", "eircom.net", "outlook.ie", "aol.com", "proton.me"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    shape = R.choice(["f.l", "fl", "f_l", "fl##", "f.l##", "f#l", "l.f"])
    user = {"f.l": f"{f}.{l}", "fl": f"{f}{l}", "f_l": f"{f}_{l}",
            "fl##": f"{f}{l}{R.randint(10, 99)}", "f.l##": f"{f}.{l}{R.randint(10, 99)}",
            "f#l": f"{f[0]}{l}", "l.f": f"{l}.{f}"}[shape]
    return f"{user}@{R.choice(DOMAINS)}"


def speak_email(e):
    user, dom = e.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", user):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append("dash")
        elif tok.isdigit():
            parts.append(pair_words(tok, "oh") if len(tok) == 2 and tok[0] != "0"
                         else speak_single(tok, "oh"))
        elif len(tok) == 1:
            parts.append(tok)
        else:
            parts.append(tok)
    return " ".join(parts) + " at " + " dot ".join(dom.split("."))


def email_from_spoken(t):
    t = t.strip()
    if "@" in t:
        return t.lower()
    out = []
    toks = t.split()
    i = 0
    while i < len(toks):
        w = toks[i]
        if w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w == "dash":
            out.append("-")
        else:
            r = _num_at(toks, i, True) if (w in UNITMAP or w in TEENW or w in TENW.values()) \
                else None
            if r and w not in ("o",):
                out.append(r[0])
                i = r[1]
                continue
            out.append(w)
        i += 1
    return "".join(out)


def gen_phone(region=None):
    region = region or R.choice(["uk_mob", "uk_land", "us", "ie_mob", "uk_mob", "us"])
    if region == "uk_mob":
        return "07" + str(R.randint(3, 9)) + rdig(8), region
    if region == "uk_land":
        return R.choice(["0161", "0113", "0121", "0141", "0117", "0131"]) + str(R.randint(2, 9)) + rdig(6), region
    if region == "us":
        return str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6), region
    return "08" + R.choice("35679") + rdig(7), region


def fmt_phone_typed(p, region):
    if region == "us":
        return R.choice([f"({p[:3]}) {p[3:6]}-{p[6:]}", f"{p[:3]}-{p[3:6]}-{p[6:]}",
                         f"+1 {p[:3]} {p[3:6]} {p[6:]}", f"{p[:3]}.{p[3:6]}.{p[6:]}",
                         f"1-{p[:3]}-{p[3:6]}-{p[6:]}"])
    if region == "ie_mob":
        return R.choice([f"{p[:3]} {p[3:6]} {p[6:]}", f"+353 {p[1:3]} {p[3:6]} {p[6:]}",
                         f"+353{p[1:]}", f"{p[:3]}-{p[3:]}"])
    if region == "uk_land":
        return R.choice([f"{p[:4]} {p[4:7]} {p[7:]}", f"+44 {p[1:4]} {p[4:7]} {p[7:]}",
                         f"+44 (0){p[1:4]} {p[4:7]} {p[7:]}", f"({p[:4]}) {p[4:]}", p])
    return R.choice([f"{p[:5]} {p[5:]}", f"+44 {p[1:5]} {p[5:]}", f"+44 (0){p[1:5]} {p[5:]}",
                     p, f"{p[:5]}-{p[5:8]}-{p[8:]}", f"+44{p[1:]}"])


STREETS = ["elm", "church", "station", "victoria", "maple", "oak", "park", "mill", "high",
           "kings", "queen", "meadow", "willow", "hawthorn", "main", "lake", "cedar",
           "orchard", "brook", "grange", "ferry", "abbey"]
STYPES = ["street", "road", "avenue", "lane", "drive", "close", "crescent", "way",
          "court", "terrace", "boulevard", "place"]
TOWNS_UK = ["leeds", "bristol", "manchester", "croydon", "norwich", "cardiff", "york"]
TOWNS_US = ["austin", "columbus", "portland", "denver", "tampa", "raleigh", "phoenix"]


def gen_address(spoken, us=False):
    n = R.randint(2, 2450) if us else R.randint(1, 180)
    st = R.choice(STREETS)
    ty = R.choice(STYPES)
    flat = R.random() < 0.25
    if spoken:
        if n < 100:
            num = pair_words(f"{n:02d}", "oh") if n >= 10 else UNITW[n]
        elif n % 100 == 0:
            num = UNITW[n // 100] + " hundred" if n < 1000 else pair_words(str(n)[:2], "oh") + " hundred"
        else:
            num = speak_digits(str(n), R.choice(["single", "pairs"]), "oh")
        body = f"{num} {st} {ty}"
        if flat:
            body = f"flat {UNITW[R.randint(1, 9)]} " + body if not us else body + f" apartment {UNITW[R.randint(1, 9)]} b"
    else:
        abbr = {"street": "St", "road": "Rd", "avenue": "Ave", "lane": "Ln", "drive": "Dr"}
        body = f"{n} {st.title()} {abbr[ty] if ty in abbr and R.random() < 0.4 else ty.title()}"
        if flat:
            body = (f"Flat {R.randint(1, 12)}, " + body) if not us else body + f" Apt {R.randint(1, 30)}{R.choice('ABC')}"
    return body


def gen_dob(spoken, us=False):
    y = R.randint(1941, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    if spoken:
        yy = pair_words(str(y)[:2], "oh") + " " + pair_words(str(y)[2:], "oh") if R.random() < 0.7 \
            else pair_words(str(y)[2:], "oh")
        if y >= 2000:
            yy = "two thousand" + ("" if y == 2000 else " and " + UNITW[y - 2000] if y < 2010
                                   else " " + pair_words(str(y)[2:], "oh"))
        f = R.choice(["ord_of", "month_ord", "the_of_the", "digits"])
        if f == "ord_of":
            return f"{'the ' if R.random() < 0.4 else ''}{ORD[d]} of {MONTHS[m - 1]} {yy}"
        if f == "month_ord":
            return f"{MONTHS[m - 1]} {ORD[d]} {yy}"
        if f == "the_of_the":
            return f"the {ORD[d]} of the {ORD[m]} {yy}"
        dd, mm = f"{d:02d}", f"{m:02d}"
        first, second = (mm, dd) if us else (dd, mm)
        return speak_single(first + second, "oh") + " " + yy
    f = R.choice(["dmy", "mdy" if us else "dmy", "iso", "long", "longus", "dot"])
    if f == "dmy":
        return f"{d:02d}/{m:02d}/{y}"
    if f == "mdy":
        return f"{m:02d}/{d:02d}/{y}"
    if f == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if f == "long":
        return f"{d} {MONTHS[m - 1].title()} {y}"
    if f == "longus":
        return f"{MONTHS[m - 1].title()} {d}, {y}"
    return f"{d}.{m}.{str(y)[2:]}"


def gen_expiry(spoken):
    m = R.randint(1, 12)
    y = R.randint(25, 31)
    if spoken:
        f = R.choice(["digits", "month", "pairs"])
        if f == "digits":
            return speak_single(f"{m:02d}", R.choice(["oh", "zero"])) + " " + pair_words(str(y), "oh")
        if f == "month":
            return f"{MONTHS[m - 1]} twenty {pair_words(str(y), 'oh')}" if R.random() < 0.5 \
                else f"{MONTHS[m - 1]} {pair_words(str(y), 'oh')}"
        return f"{R.choice(['oh', 'zero'])} {UNITW[m]} {pair_words(str(y), 'oh')}" if m < 10 \
            else f"{pair_words(str(m), 'oh')} {pair_words(str(y), 'oh')}"
    return R.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}", f"{m:02d} {y}"])


def gen_cvv(amex=False):
    return rdig(4) if amex else rdig(3)


def gen_sort():
    return f"{R.randint(10, 99)}" + rdig(4)


def gen_account(n=8):
    return str(R.randint(1, 9)) + rdig(n - 1)


# --------------------------------------------------------------------------
# case building
class CaseB:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []  # list of (speaker, [segments])
        self.groups = {}  # gid -> dict(type, raw)
        self._g = 0

    def group(self, typ, raw, partial=False):
        self._g += 1
        self.groups[self._g] = {"type": typ, "raw": raw, "partial": partial}
        return self._g

    def t(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def build(self, cid):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for seg in segs:
                if isinstance(seg, tuple):
                    val, gid = seg
                    s = len(text)
                    text += val
                    spans.append({"turn": ti, "start": s, "end": len(text),
                                  "type": self.groups[gid]["type"]})
                    meta.append(gid)
                else:
                    text += seg
            turns.append({"speaker": spk, "text": text})
        obj = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return obj, meta, self.groups


def V(val, gid):
    return (val, gid)


ch = R.choice
CALL = "call"
CHAT = "chat"


def ok_phrase():
    return ch(["okay", "mhm", "yep", "go on", "okay go on", "right", "got that", "yes", "uh huh"])


# ---------------------------- CARD -----------------------------------------
def typed_card(num, kind):
    g = card_groups(num)
    f = R.randint(0, 9)
    if f == 0:
        return num
    if f == 1:
        return "-".join(g)
    if f == 2:
        return ".".join(g)
    if f == 3:
        return "  ".join(g)
    if f == 4:
        return " ".join(g[:2]) + "-" + "-".join(g[2:])
    if f == 5 and len(num) == 16:
        return f"{num[:4]} {num[4:6]} {num[6:10]} {num[10:]}"
    if f == 6:
        return " / ".join(g)
    if f == 7 and len(num) == 16:
        return f"{num[:3]} {num[3:7]} {num[7:11]} {num[11:]}"
    return " ".join(g)


CARD_IND = ["retail", "telecom", "utilities", "insurance", "travel", "healthcare billing",
            "banking", "government services"]


def card_chat_single(i):
    num, kind = gen_card()
    ind = CARD_IND[i % len(CARD_IND)]
    c = CaseB("positive", f"chat/{ind}: {kind} card typed ")
    g = c.group("CARD_NUMBER", num)
    typed = typed_card(num, kind)
    c.note += f"'{typed[:9]}...' style grouping"
    pre = ch(["card number is ", "its ", "Card: ", "ok here u go ", "the card is ", "card no. ",
              "Sure - ", "long number:", "pls use ", "number on the card "])
    post = ch(["", " thanks", ".", " - can you take the full balance?", " exp on the way",
               " (my husbands card, he's ok with it)", "!", " and I want to pay £48.20"])
    c.t("agent", ch(["Can I take the long card number please?", "What card would you like to use?",
                     "Please type the long number from the front of the card.",
                     "Thanks. And the card details?"]))
    c.t("customer", pre, V(typed, g), post)
    if R.random() < 0.5:
        e = gen_expiry(False)
        cv = gen_cvv(kind == "amex")
        c.t("agent", "And the expiry date and the security code on the back?")
        ge, gc = c.group("EXPIRY", e), c.group("CVV", cv)
        c.t("customer", ch(["expires ", "exp ", "Expiry "]), V(e, ge), ch([", cvv ", " and ", " sec code "]),
            V(cv, gc))
        c.note += " + expiry/cvv"
    return c


def card_call_single(i):
    num, kind = gen_card()
    ind = CARD_IND[(i + 3) % len(CARD_IND)]
    style = ["single", "runs", "pairs", "mixed", "homo", "filler"][i % 6]
    c = CaseB("positive", f"call/{ind}: {kind} card spoken in one turn, style={style}")
    g = c.group("CARD_NUMBER", num)
    spoken = " ".join(speak_digits(gr, style) for gr in card_groups(num)) if style != "pairs" \
        else speak_digits(num, "pairs")
    c.t("agent", ch(["okay and the long number across the front of the card please",
                     "can i take the card number", "go ahead with the card when you're ready",
                     "what's the number on the card you'll be paying with"]))
    c.t("customer", ch(["yeah it's ", "okay so it's ", "right ", "um ", "sure ", "it is "]),
        V(spoken, g), ch(["", " yeah", " that's it", " and that's a " + {"mc": "mastercard", "amex": "amex",
                          "disc": "discover"}.get(kind, "visa"), " did you get that"]))
    if R.random() < 0.6:
        e = gen_expiry(True)
        ge = c.group("EXPIRY", e)
        c.t("agent", "lovely and the expiry")
        c.t("customer", ch(["", "it's ", "expires "]), V(e, ge))
        cv = gen_cvv(kind == "amex")
        gc = c.group("CVV", cv)
        c.t("agent", "and the " + ("four digit code on the front" if kind == "amex" else
                                   "last three digits on the back the security code"))
        c.t("customer", ch(["", "it's ", "that's "]), V(speak_digits(cv, ch(["single", "pairs"])), gc))
        c.note += " + expiry/cvv"
    return c


def card_call_split(i):
    num, kind = gen_card(ch(["visa", "mc", "amex", "disc", "visa"]))
    groups = card_groups(num)
    style = ch(["single", "runs", "mixed", "homo", "filler"])
    ind = CARD_IND[(i + 5) % len(CARD_IND)]
    c = CaseB("positive", f"call/{ind}: {kind} card split over {len(groups)} customer turns with back-channels ({style})")
    g = c.group("CARD_NUMBER", num)
    c.t("agent", "okay whenever you're ready with the card number")
    for k, gr in enumerate(groups):
        sp = speak_digits(gr, style)
        if k == 0:
            c.t("customer", ch(["right so ", "okay ", "it's ", "um "]), V(sp, g))
        elif k == len(groups) - 1 and R.random() < 0.5:
            c.t("customer", V(sp, g), ch(["", " and that's it", " yeah"]))
        else:
            c.t("customer", V(sp, g))
        if k < len(groups) - 1:
            c.t("agent", ok_phrase() if k != len(groups) - 2 else ch(["and the last four", "okay and the rest", ok_phrase()]))
    return c


def card_call_readback(i):
    num, kind = gen_card(ch(["visa", "mc", "disc"]))
    ind = CARD_IND[(i + 1) % len(CARD_IND)]
    c = CaseB("positive", f"call/{ind}: card spoken by customer then read back by agent in pairs/singles")
    g = c.group("CARD_NUMBER", num)
    c.t("agent", "can i take the card number please")
    c.t("customer", ch(["it's ", "yes ", ""]), V(speak_digits(num, ch(["single", "runs"])), g))
    ga = c.group("CARD_NUMBER", num)
    c.t("agent", "let me just read that back to you ", V(speak_digits(num, ch(["pairs", "mixed"])), ga),
        " is that right")
    c.t("customer", ch(["yes that's right", "yep", "correct"]))
    return c


def card_call_correction(i):
    num, kind = gen_card(ch(["visa", "mc"]))
    groups = card_groups(num)
    k = R.randint(1, 3)
    wrong = groups[k][:2] + str((int(groups[k][2]) + R.randint(1, 8)) % 10) + groups[k][3]
    ind = CARD_IND[(i + 2) % len(CARD_IND)]
    c = CaseB("positive", f"call/{ind}: card with a self-corrected group ('no sorry') mid-reading")
    g = c.group("CARD_NUMBER", num)
    gw = c.group("CARD_NUMBER", wrong, partial=True)
    z = ch(ZEROS)
    c.t("agent", "go ahead with the card number")
    segs = []
    for j, gr in enumerate(groups):
        if j == k:
            segs += [V(speak_single(wrong, z), gw), ch([" no sorry ", " sorry no ", " wait no it's "]),
                     V(speak_single(gr, z), g), " "]
        else:
            segs += [V(speak_single(gr, z), g), " "]
    segs[-1] = ""
    c.t("customer", *segs)
    c.t("agent", "okay thank you")
    return c


def card_chat_split(i):
    num, kind = gen_card(ch(["visa", "mc"]))
    groups = card_groups(num)
    c = CaseB("positive", f"chat/{CARD_IND[i % 8]}: card typed across two chat messages, typo'd separators")
    g = c.group("CARD_NUMBER", num)
    a, b = " ".join(groups[:2]), ch(["-", " ", ""]).join(groups[2:])
    c.t("agent", "Please enter the card number.")
    c.t("customer", V(a, g), ch(["", "..", " -"]))
    c.t("customer", ch(["", "sorry hit enter ", "cont. "]), V(b, g))
    return c


def card_call_hundreds(i):
    # build a card whose groups contain 00 endings so "forty five hundred" appears
    while True:
        num, kind = gen_card("visa")
        gs = card_groups(num)
        k = R.randint(0, 2)
        gs[k] = gs[k][:2] + "00"
        body = "".join(gs)[:-1]
        for cdig in "0123456789":
            if luhn_ok(body + cdig):
                num = body + cdig
                break
        if luhn_ok(num) and num[k * 4 + 2:k * 4 + 4] == "00" and num[k * 4] != "0":
            break
    c = CaseB("positive", f"call/{CARD_IND[(i + 4) % 8]}: card with a group said as hundreds ('forty five hundred') and the rest in pairs")
    g = c.group("CARD_NUMBER", num)
    parts = []
    for j, gr in enumerate(card_groups(num)):
        if gr[2:] == "00" and gr[0] != "0":
            parts.append(pair_words(gr[:2], "oh") + " hundred")
        else:
            parts.append(speak_digits(gr, ch(["pairs", "single"])))
    c.t("agent", "and the card number")
    c.t("customer", "yeah it's ", V(" ".join(parts), g))
    c.t("agent", "thank you")
    return c


# ---------------------------- SSN ------------------------------------------
SSN_IND = ["banking", "insurance", "healthcare billing", "government services", "telecom",
           "utilities", "retail credit"]


def typed_ssn(s):
    return ch([f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s,
               f"{s[:3]}.{s[3:5]}.{s[5:]}", f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} - {s[3:5]} - {s[5:]}",
               f"{s[:3]}{s[3:5]}-{s[5:]}", f"{s[:3]}/{s[3:5]}/{s[5:]}"])


def ssn_chat(i):
    s = gen_ssn()
    c = CaseB("positive", f"chat/{SSN_IND[i % 7]}: US SSN typed with odd separators")
    g = c.group("SSN", s)
    t = typed_ssn(s)
    c.note += f" ({re.sub(r'[0-9]', '9', t)})"
    c.t("agent", ch(["To verify your identity, please provide your Social Security number.",
                     "Can you confirm your SSN?", "I'll need the social to pull up the file.",
                     "What is the primary applicant's social security number?"]))
    c.t("customer", ch(["sure its ", "SSN: ", "", "ok ", "my social is ", "ss# ", "It's "]), V(t, g),
        ch(["", " thx", ".", " - i already gave this last time", " and my zip hasnt changed"]))
    return c


def ssn_call_single(i):
    s = gen_ssn()
    style = ["single", "runs", "pairs", "homo", "filler", "grouped", "dash"][i % 7]
    c = CaseB("positive", f"call/{SSN_IND[(i + 2) % 7]}: SSN spoken in one turn, style={style}")
    g = c.group("SSN", s)
    if style == "dash":
        z = ch(ZEROS)
        sp = f"{speak_single(s[:3], z)} dash {speak_single(s[3:5], z)} dash {speak_single(s[5:], z)}"
    elif style == "grouped":
        z = ch(ZEROS)
        sp = f"{speak_single(s[:3], z)} {pair_words(s[3:5], z)} {speak_pairs(s[5:], z)}"
        if parse_alnum(sp)[0] != s:
            sp = speak_single(s, z)
    else:
        sp = speak_digits(s, style)
    c.t("agent", ch(["and can i get your social security number please",
                     "i just need the social to verify", "what's your social",
                     "can you give me the last nine of your social no the full social sorry"]))
    c.t("customer", ch(["yeah it's ", "okay it's ", "sure ", "um yeah ", "my social is "]), V(sp, g),
        ch(["", " yeah", " okay", " did you need my zip too"]))
    c.t("agent", "thank you i have that")
    return c


def ssn_call_split(i):
    s = gen_ssn()
    z = ch(ZEROS)
    style = ch(["single", "runs", "pairs"])
    c = CaseB("positive", f"call/{SSN_IND[(i + 4) % 7]}: SSN split 3-2-4 over customer turns with back-channels ({style})")
    g = c.group("SSN", s)
    parts = [s[:3], s[3:5], s[5:]]
    c.t("agent", "okay go ahead with the social")
    for k, p in enumerate(parts):
        sp = speak_digits(p, style, z)
        c.t("customer", *(["it's ", V(sp, g)] if k == 0 else [V(sp, g)]))
        if k < 2:
            c.t("agent", ok_phrase())
    return c


def ssn_call_readback(i):
    s = gen_ssn()
    z = ch(["oh", "zero"])
    c = CaseB("positive", f"call/{SSN_IND[(i + 1) % 7]}: SSN given then read back by the agent in groups")
    g = c.group("SSN", s)
    ga = c.group("SSN", s)
    c.t("agent", "can i have your social security number")
    c.t("customer", V(speak_digits(s, ch(["single", "runs"]), z), g))
    c.t("agent", "so that's ", V(f"{speak_single(s[:3], z)} {speak_single(s[3:5], z)} {speak_single(s[5:], z)}", ga),
        ch([" correct", " yes", " is that right"]))
    c.t("customer", "that's right")
    return c


def ssn_call_correction(i):
    s = gen_ssn()
    z = ch(ZEROS)
    wrong = s[:3] + s[4] + s[3] + s[5:]
    if wrong == s:
        wrong = s[:3] + str((int(s[3]) + 1) % 10) + s[4:]
    c = CaseB("positive", f"call/{SSN_IND[i % 7]}: SSN with transposed digits then corrected in full")
    gw = c.group("SSN", wrong)
    g = c.group("SSN", s)
    c.t("agent", "and your social")
    c.t("customer", V(speak_single(wrong, z), gw), ch([" oh hang on no", " no wait sorry", " actually no"]))
    c.t("customer", ch(["it's ", "let me say that again "]), V(speak_single(s, z), g))
    c.t("agent", "no problem")
    return c


def ssn_mixed_chitchat(i):
    s = gen_ssn()
    z = ch(ZEROS)
    c = CaseB("positive", f"call/{SSN_IND[(i + 3) % 7]}: SSN between chit-chat with unlabelled amounts and a claim number nearby")
    g = c.group("SSN", s)
    c.t("agent", f"so for the claim number {speak_single(rdig(7), 'oh')} i'll need the policy holder's social")
    c.t("customer", f"right it was about {pair_words(str(R.randint(20, 99)), 'oh')} dollars wasn't it anyway the social is ",
        V(speak_digits(s, ch(["single", "pairs"]), z), g), ch([" and it's my husband's policy", " sorry it's noisy here"]))
    return c


def ssn_spaced_digits(i):
    s = gen_ssn()
    c = CaseB("positive", f"chat/{SSN_IND[(i + 5) % 7]}: SSN typed as spaced single digits / words mixed")
    g = c.group("SSN", s)
    t = ch([" ".join(s), " ".join(s[:3]) + " - " + " ".join(s[3:5]) + " - " + " ".join(s[5:]),
            s[:3] + " " + s[3:5] + " " + " ".join(s[5:])])
    c.t("agent", "Please confirm your Social Security Number.")
    c.t("customer", ch(["", "its ", "ssn "]), V(t, g))
    return c


# ---------------------------- NI -------------------------------------------
NI_IND = ["government services", "banking", "utilities", "insurance", "telecom", "healthcare billing",
          "retail"]


def typed_ni(n):
    f = R.randint(0, 9)
    sp = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"
    return [n, sp, n.lower(), sp.lower(), f"{n[:2]}-{n[2:4]}-{n[4:6]}-{n[6:8]}-{n[8]}",
            f"{n[:2]}{n[2:8]} {n[8]}", f"{n[:2]} {n[2:8]} {n[8]}", f"{n[:2].lower()} {n[2:8]}{n[8].lower()}",
            " ".join(n), f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:8]}.{n[8]}"][f]


def speak_letter(l, style):
    ll = l.lower()
    if style == "plain":
        return ll
    if style == "for":
        w = NATO[ll] if R.random() < 0.6 or ll not in FORWORDS else FORWORDS[ll]
        return f"{ll} {ch(['for', 'for', 'as in'])} {w}"
    if style == "nato":
        return NATO[ll]
    if style == "homo":
        return LETTER_HOMO.get(ll, ll)
    return ll


def speak_ni(n, lstyle, dstyle):
    z = ch(["oh", "zero", "o", "nought"])
    a, b = n[0], n[1]
    if a == b and R.random() < 0.5 and lstyle in ("plain", "homo"):
        letters = "double " + speak_letter(a, lstyle)
    else:
        letters = speak_letter(a, lstyle) + " " + speak_letter(b, lstyle)
    digits = n[2:8]
    if dstyle == "pairs":
        d = speak_pairs(digits, z)
    elif dstyle == "runs":
        d = speak_single(digits, z, runs=True)
    else:
        d = speak_single(digits, z)
    return letters, d, speak_letter(n[8], lstyle if lstyle != "homo" else "plain")


def ni_chat(i):
    n = gen_ni()
    c = CaseB("positive", f"chat/{NI_IND[i % 7]}: UK NI number typed")
    g = c.group("NI_NUMBER", n)
    t = typed_ni(n)
    c.note += f" as '{re.sub(r'[0-9]', '9', t)}'"
    c.t("agent", ch(["Could you provide your National Insurance number?", "What's your NI number please?",
                     "For the claim I need your national insurance no."]))
    c.t("customer", ch(["its ", "NI: ", "", "Sure, ", "ni no ", "my NINO is "]), V(t, g),
        ch(["", " thanks", ".", " (on my payslip)", " x"]))
    return c


def ni_call_single(i):
    n = gen_ni()
    lstyle = ["plain", "for", "nato", "homo"][i % 4]
    dstyle = ["single", "pairs", "runs"][i % 3]
    c = CaseB("positive", f"call/{NI_IND[(i + 2) % 7]}: NI number spoken in one turn, letters={lstyle}, digits={dstyle}")
    g = c.group("NI_NUMBER", n)
    l, d, last = speak_ni(n, lstyle, dstyle)
    c.t("agent", ch(["can i take your national insurance number please", "and what's your n i number",
                     "i'll just need your national insurance number to find the claim"]))
    c.t("customer", ch(["yeah it's ", "okay it's ", "right ", "um it's "]), V(f"{l} {d} {last}", g),
        ch(["", " yeah", " i think", " that's off my p sixty"]))
    return c


def ni_call_split(i):
    n = gen_ni()
    lstyle = ch(["plain", "for", "nato", "homo"])
    dstyle = ch(["single", "pairs", "runs"])
    c = CaseB("positive", f"call/{NI_IND[(i + 4) % 7]}: NI number split over customer turns ({lstyle}/{dstyle})")
    g = c.group("NI_NUMBER", n)
    l, d, last = speak_ni(n, lstyle, dstyle)
    c.t("agent", "go ahead with the national insurance number")
    if R.random() < 0.5:
        c.t("customer", "it's ", V(l, g))
        c.t("agent", ok_phrase())
        c.t("customer", V(d, g))
        c.t("agent", ch(["and the letter at the end", ok_phrase()]))
        c.t("customer", V(last, g))
    else:
        c.t("customer", ch(["okay ", "so ", ""]), V(l, g), " ", V(d, g))
        c.t("agent", ch(["and the last letter", "and the letter at the end"]))
        c.t("customer", ch(["", "it's ", "that's "]), V(last, g))
    return c


def ni_call_readback(i):
    n = gen_ni()
    c = CaseB("positive", f"call/{NI_IND[(i + 1) % 7]}: NI number given plainly, agent reads back with phonetic letters")
    g = c.group("NI_NUMBER", n)
    ga = c.group("NI_NUMBER", n)
    l, d, last = speak_ni(n, "plain", ch(["single", "pairs"]))
    c.t("agent", "national insurance number please")
    c.t("customer", V(f"{l} {d} {last}", g))
    l2, d2, last2 = speak_ni(n, ch(["for", "nato"]), "single")
    c.t("agent", "thank you so that's ", V(f"{l2} {d2} {last2}", ga), ch(["", " yeah"]))
    c.t("customer", "yes")
    return c


def ni_call_correction(i):
    n = gen_ni()
    wrong_last = ch([x for x in "ABCD" if x != n[8]])
    c = CaseB("positive", f"call/{NI_IND[(i + 3) % 7]}: NI number with final letter corrected; whole number repeated")
    gw = c.group("NI_NUMBER", n[:8] + wrong_last)
    g = c.group("NI_NUMBER", n)
    l, d, _ = speak_ni(n, "plain", "single")
    c.t("agent", "and your n i number")
    c.t("customer", V(f"{l} {d} {wrong_last.lower()}", gw), " no sorry ", V(f"{l} {d} {n[8].lower()}", g),
        ch(["", " it's definitely that"]))
    return c


def ni_asr_glued(i):
    n = gen_ni()
    c = CaseB("positive", f"call/{NI_IND[(i + 5) % 7]}: NI letters as ASR homophones ('are', 'bee', 'pee') or glued into one token ('ml', 'xn')")
    g = c.group("NI_NUMBER", n)
    z = ch(["oh", "zero"])
    letters = ch([n[:2].lower(), LETTER_HOMO.get(n[0].lower(), n[0].lower()) + " " + LETTER_HOMO.get(n[1].lower(), n[1].lower())])
    d = ch([pair_words(n[2:4], z) + " " + pair_words(n[4:6], z) + " " + pair_words(n[6:8], z),
            speak_single(n[2:8], z)])
    if parse_alnum(d)[0] != n[2:8]:
        d = speak_single(n[2:8], z)
    c.t("agent", "what's your national insurance")
    c.t("customer", "it's ", V(f"{letters} {d} {n[8].lower()}", g), " i've got it written down here")
    return c


# ---------------------------- other types ----------------------------------
def phone_case(i):
    region = ["uk_mob", "us", "ie_mob", "uk_land"][i % 4]
    p, region = gen_phone(region)
    spoken = i % 3 != 1
    ind = ["telecom", "utilities", "retail", "travel", "banking", "insurance"][i % 6]
    c = CaseB("positive", f"{CALL if spoken else CHAT}/{ind}: {region} phone number {'spoken' if spoken else 'typed'}")
    g = c.group("PHONE", p)
    c.t("agent", ch(["what's the best number to reach you on", "and a contact number please",
                     "Can I get a callback number?"]))
    if spoken:
        z = ch(["oh", "o", "zero", "nought"])
        if region == "us":
            t = ch([speak_single(p, z), f"{speak_single(p[:3], z)} {speak_single(p[3:6], z)} {speak_pairs(p[6:], z)}"])
        elif R.random() < 0.3 and region in ("uk_mob", "ie_mob"):
            plus = "plus four four " + speak_single(p[1:], z, runs=True) if region == "uk_mob" \
                else "plus three five three " + speak_single(p[1:], z, runs=True)
            t = plus
        else:
            t = speak_single(p, z, runs=True)
        mob = region != "uk_land"
        c.t("customer", ch(["yeah it's ", "my mobile is " if mob else "the landline is ", "it's ", "um "]), V(t, g),
            ch(["", " after six is best", " that's my mobile" if mob else " that's the house phone"]))
    else:
        c.t("customer", ch(["", "mob: ", "call me on ", "Tel "]), V(fmt_phone_typed(p, region), g),
            ch(["", " anytime", " pls", "."]))
    return c


def phone_split(i):
    p, region = gen_phone(ch(["uk_mob", "us"]))
    z = ch(["oh", "zero"])
    c = CaseB("positive", f"call/telecom: {region} phone split over turns with agent 'mhm'")
    g = c.group("PHONE", p)
    cut = [0, 5, 11] if region == "uk_mob" else [0, 3, 6, 10]
    cut[-1] = len(p)
    c.t("agent", "and the number you're calling about")
    for k in range(len(cut) - 1):
        c.t("customer", V(speak_single(p[cut[k]:cut[k + 1]], z, runs=True), g))
        if k < len(cut) - 2:
            c.t("agent", ok_phrase())
    return c


def email_case(i):
    e = gen_email()
    spoken = i % 3 != 0
    ind = ["retail", "telecom", "travel", "utilities", "insurance"][i % 5]
    c = CaseB("positive", f"{CALL if spoken else CHAT}/{ind}: email {'spoken with dot/at' if spoken else 'typed'}")
    g = c.group("EMAIL", e)
    c.t("agent", ch(["and what email address should we send the confirmation to",
                     "can i confirm the email on the account", "What's your email address?"]))
    if spoken:
        c.t("customer", ch(["it's ", "yeah ", "sure it's "]), V(speak_email(e), g),
            ch(["", " all lower case", " that's all one word"]))
    else:
        c.t("customer", ch(["", "email: ", "its "]), V(e if R.random() < 0.7 else e.title(), g),
            ch(["", " thanks", "."]))
    return c


def dob_case(i):
    spoken = i % 2 == 0
    us = i % 3 == 0
    d = gen_dob(spoken, us)
    ind = ["banking", "healthcare billing", "insurance", "telecom", "government services"][i % 5]
    c = CaseB("positive", f"{CALL if spoken else CHAT}/{ind}: date of birth for verification")
    g = c.group("DOB", d)
    c.t("agent", ch(["can you confirm your date of birth", "And your DOB please?",
                     "for security what's your date of birth"]))
    c.t("customer", ch(["yeah it's ", "", "born ", "it's ", "dob "]), V(d, g),
        ch(["", " yeah", " i'm calling about an appointment next tuesday"]))
    return c


def postcode_case(i):
    uk = i % 3 != 0
    spoken = i % 2 == 0
    ind = ["utilities", "retail", "insurance", "telecom", "government services"][i % 5]
    if uk:
        pc = gen_uk_postcode()
        raw = pc.replace(" ", "")
        if spoken:
            z = ch(["oh", "zero"])
            st = ch(["plain", "for", "nato", "mixed"])
            parts = []
            for chx in raw:
                if chx.isdigit():
                    parts.append(dword(chx, z))
                else:
                    parts.append(speak_letter(chx, st if st != "mixed" else ch(["plain", "for"])))
            t = " ".join(parts)
        else:
            t = ch([pc, pc.lower(), raw, raw.lower()])
    else:
        pc = gen_zip(R.random() < 0.3)
        raw = pc.replace("-", "")
        t = speak_digits(pc.replace("-", ""), ch(["single", "runs"])) if spoken else pc
    c = CaseB("positive", f"{CALL if spoken else CHAT}/{ind}: {'UK postcode' if uk else 'US ZIP'} {'spoken' if spoken else 'typed'}")
    g = c.group("POSTCODE", raw)
    c.t("agent", ch(["and the postcode please", "can you confirm the postcode", "Can I have your postcode?"]) if uk
        else ch(["what's the zip code on the account", "and your zip please", "Can I have the ZIP code?"]))
    c.t("customer", ch(["it's ", "", "yeah "]), V(t, g), ch(["", " thanks", " that's the new one"]))
    return c


def address_case(i):
    spoken = i % 2 == 0
    us = i % 3 == 0
    a = gen_address(spoken, us)
    ind = ["utilities", "retail", "telecom", "insurance", "government services"][i % 5]
    c = CaseB("positive", f"{CALL if spoken else CHAT}/{ind}: {'US' if us else 'UK'} street address (town outside span)")
    g = c.group("ADDRESS", a)
    town = ch(TOWNS_US if us else TOWNS_UK)
    c.t("agent", ch(["and what's the first line of the address", "Where should the engineer go?",
                     "can you confirm the address on the account"]))
    c.t("customer", ch(["it's ", "", "yeah it's "]), V(a, g), (" in " if spoken else ", ") + (town if spoken else town.title()))
    if R.random() < 0.5:
        pc = gen_zip() if us else gen_uk_postcode()
        gp = c.group("POSTCODE", pc.replace(" ", "").replace("-", ""))
        c.t("agent", "and the " + ("zip" if us else "postcode"))
        c.t("customer", V(pc if not spoken else speak_digits(pc, "single") if us else pc.lower(), gp))
        c.note += " + postcode"
    return c


def bank_case(i):
    spoken = i % 2 == 0
    uk = i % 3 != 0
    acc = gen_account(8 if uk else ch([10, 11, 12]))
    c = CaseB("positive", f"{CALL if spoken else CHAT}/banking: {'UK 8-digit account + sort code' if uk else 'US account number'}")
    ga = c.group("BANK_ACCOUNT", acc)
    if uk:
        sc = gen_sort()
        gs = c.group("SORT_CODE", sc)
        c.t("agent", ch(["can i take the sort code and account number for the direct debit",
                         "What are the sort code and account number?"]))
        if spoken:
            z = ch(["oh", "zero", "nought"])
            sct = ch([speak_single(sc, z), speak_pairs(sc, z)])
            c.t("customer", "sort code is ", V(sct, gs), " and the account number ", V(speak_digits(acc, ch(["single", "runs", "pairs"]), z), ga))
        else:
            sct = ch([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", f"{sc[:2]} {sc[2:4]} {sc[4:]}", sc])
            c.t("customer", "sort ", V(sct, gs), ch([" acc ", ", account no ", " / "]), V(acc, ga))
    else:
        c.t("agent", "and the checking account number for the autopay")
        if spoken:
            c.t("customer", ch(["it's ", "okay "]), V(speak_digits(acc, ch(["single", "runs"])), ga))
        else:
            c.t("customer", "acct # ", V(acc, ga), " routing is on file")
    return c


def sort_only(i):
    sc = gen_sort()
    c = CaseB("positive", "call/banking: sort code spoken with agent read-back")
    g = c.group("SORT_CODE", sc)
    g2 = c.group("SORT_CODE", sc)
    z = ch(["oh", "zero"])
    c.t("agent", "what's the sort code")
    c.t("customer", V(speak_pairs(sc, z), g))
    c.t("agent", "so ", V(speak_single(sc, z), g2), " okay")
    return c


def iban_case(i):
    cc = ["IE", "DE", "GB", "FR", "NL", "ES", "IE"][i % 7]
    v = gen_iban(cc)
    spoken = i % 3 == 0
    c = CaseB("positive", f"{CALL if spoken else CHAT}/{'banking' if i % 2 else 'travel'}: {cc} IBAN {'spoken' if spoken else 'typed'}")
    g = c.group("IBAN", v)
    c.t("agent", ch(["What's the IBAN for the refund?", "can i take the iban please"]))
    if spoken:
        parts = []
        for k in range(0, len(v), 4):
            chunk = v[k:k + 4]
            ws = []
            for chx in chunk:
                ws.append(dword(chx, "zero") if chx.isdigit() else chx.lower())
            parts.append(" ".join(ws))
        c.t("customer", "okay it's ", V(" ".join(parts), g))
    else:
        t = ch([group_iban(v), v, group_iban(v).lower(), group_iban(v, "-")])
        c.t("customer", ch(["", "IBAN: ", "iban "]), V(t, g), ch(["", " thanks", " (my " + {"IE": "Irish", "DE": "German",
            "FR": "French", "NL": "Dutch", "ES": "Spanish", "GB": "UK"}[cc] + " account)"]))
    return c


def combo_card_everything(i):
    num, kind = gen_card(ch(["visa", "mc"]))
    c = CaseB("positive", f"chat/retail: card, expiry and cvv in one message with a price and order number nearby")
    g = c.group("CARD_NUMBER", num)
    e = gen_expiry(False)
    cv = gen_cvv()
    ge, gc = c.group("EXPIRY", e), c.group("CVV", cv)
    c.t("agent", f"Your order {R.randint(100000, 9999999)} totals £{R.randint(10, 400)}.{R.randint(10, 99)}. How would you like to pay?")
    c.t("customer", "card ", V(typed_card(num, kind), g), " exp ", V(e, ge), " cvv ", V(cv, gc))
    return c


def nonpii_nearby_card(i):
    num, kind = gen_card(ch(["visa", "amex", "mc"]))
    z = ch(["oh", "zero"])
    c = CaseB("positive", f"call/travel: card digits after the agent reads a price and booking time (unlabelled)")
    g = c.group("CARD_NUMBER", num)
    c.t("agent", f"so that's {pair_words(str(R.randint(20, 99)), z)} pounds for the seat upgrade on the {ch(['nine', 'ten', 'eleven'])} fifteen flight how would you like to pay")
    c.t("customer", "on card please the number is ", V(speak_digits(num, ch(["single", "runs", "mixed"]), z), g))
    return c


def ssn_and_dob(i):
    s = gen_ssn()
    d = gen_dob(True, True)
    c = CaseB("positive", "call/healthcare billing: SSN and DOB in one turn")
    g = c.group("SSN", s)
    gd = c.group("DOB", d)
    c.t("agent", "i need to verify the patient's date of birth and social")
    c.t("customer", "okay date of birth is ", V(d, gd), " and social is ", V(speak_digits(s, ch(["single", "pairs"])), g))
    return c


def ni_and_address(i):
    n = gen_ni()
    a = gen_address(False)
    pc = gen_uk_postcode()
    c = CaseB("positive", "chat/government services: NI number, address and postcode in one message")
    g = c.group("NI_NUMBER", n)
    ga = c.group("ADDRESS", a)
    gp = c.group("POSTCODE", pc.replace(" ", ""))
    c.t("agent", "Please give your NI number and current address.")
    c.t("customer", "NI ", V(typed_ni(n), g), ", I live at ", V(a, ga), ", ", ch(TOWNS_UK).title(), " ", V(pc, gp))
    return c


def card_asr_numerals(i):
    num, kind = gen_card(ch(["visa", "mc", "disc", "amex"]))
    z = ch(ZEROS)
    c = CaseB("positive", f"call/{CARD_IND[(i + 6) % 8]}: ASR output mixing numerals and number words within one {kind} card reading")
    g = c.group("CARD_NUMBER", num)
    parts = []
    for k, gr in enumerate(card_groups(num)):
        parts.append(gr if k % 2 == i % 2 else speak_digits(gr, ch(["single", "pairs", "runs"]), z))
    c.t("agent", "can i take the card number")
    c.t("customer", ch(["yes it's ", "it's ", "okay "]), V(" ".join(parts), g), ch(["", " okay", " yeah"]))
    c.t("agent", "thank you and is that a credit or debit card")
    c.t("customer", ch(["debit", "credit"]))
    return c


def card_repeat_each_group(i):
    num, kind = gen_card(ch(["visa", "mc"]))
    z = ch(ZEROS)
    c = CaseB("positive", f"call/{CARD_IND[(i + 7) % 8]}: agent echoes each card group as the customer reads it")
    groups = card_groups(num)
    gc = c.group("CARD_NUMBER", num)
    ga = c.group("CARD_NUMBER", num)
    c.t("agent", "okay go ahead with the card number in fours")
    for k, gr in enumerate(groups):
        c.t("customer", V(speak_digits(gr, ch(["single", "pairs", "runs"]), z), gc))
        c.t("agent", V(speak_single(gr, z), ga), ch([" yep", " okay", " mhm", ""]))
    return c


def ssn_first5_last4(i):
    s = gen_ssn()
    z = ch(ZEROS)
    c = CaseB("positive", f"call/{SSN_IND[(i + 6) % 7]}: SSN given as 'first five' then 'last four' prompted by agent")
    g = c.group("SSN", s)
    c.t("agent", "can you give me the first five of your social")
    c.t("customer", ch(["yeah ", "okay ", "sure "]), V(speak_digits(s[:5], ch(["single", "runs", "pairs"]), z), g))
    c.t("agent", "and the last four")
    c.t("customer", V(speak_digits(s[5:], ch(["single", "pairs"]), z), g), ch(["", " that's it"]))
    return c


def ssn_chat_two_msgs(i):
    s = gen_ssn()
    c = CaseB("positive", f"chat/{SSN_IND[(i + 3) % 7]}: SSN typed over two chat messages")
    g = c.group("SSN", s)
    c.t("agent", "Can you verify the SSN on the account?")
    c.t("customer", ch(["its ", "ssn "]), V(s[:3] + ch(["-", " ", ""]) + s[3:5], g), ch(["", "-"]))
    c.t("customer", V(s[5:], g))
    return c


def ni_call_pairs_split(i):
    n = gen_ni()
    z = ch(["oh", "zero", "nought"])
    c = CaseB("positive", f"call/{NI_IND[(i + 6) % 7]}: NI number read in pairs across three customer turns")
    g = c.group("NI_NUMBER", n)
    c.t("agent", "can i take your national insurance number")
    c.t("customer", "it's ", V(speak_letter(n[0], "plain") + " " + speak_letter(n[1], "plain") + " " + pair_words(n[2:4], z), g))
    c.t("agent", ok_phrase())
    c.t("customer", V(pair_words(n[4:6], z) + " " + pair_words(n[6:8], z), g))
    c.t("agent", "and the letter")
    c.t("customer", V(speak_letter(n[8], ch(["plain", "for", "nato"])), g))
    return c


def ni_chat_lowercase_typo(i):
    n = gen_ni()
    c = CaseB("positive", f"chat/{NI_IND[(i + 2) % 7]}: NI number typed (mixed case/grouping) in the middle of a long message")
    g = c.group("NI_NUMBER", n)
    t = ch([n.lower(), f"{n[:2].lower()}{n[2:8]}{n[8].lower()}", f"{n[:2]} {n[2:4]}{n[4:6]} {n[6:]}"])
    c.t("customer", f"hi i applied for a refund on the {nth(R.randint(2, 28))} and still nothing, my ni is ", V(t, g),
        f" and i was told {R.randint(5, 15)} working days")
    c.t("agent", "Thanks, let me look that up.")
    return c


POS_BUILDERS = [
    (card_chat_single, 12), (card_call_single, 12), (card_call_split, 8), (card_call_readback, 5),
    (card_call_correction, 4), (card_chat_split, 3), (card_call_hundreds, 3),
    (combo_card_everything, 3), (nonpii_nearby_card, 3),
    (ssn_chat, 9), (ssn_call_single, 10), (ssn_call_split, 5), (ssn_call_readback, 3),
    (ssn_call_correction, 3), (ssn_mixed_chitchat, 3), (ssn_spaced_digits, 3), (ssn_and_dob, 2),
    (ni_chat, 9), (ni_call_single, 12), (ni_call_split, 5), (ni_call_readback, 3),
    (ni_call_correction, 2), (ni_asr_glued, 3), (ni_and_address, 2),
    (card_asr_numerals, 5), (card_repeat_each_group, 3), (ssn_first5_last4, 4), (ssn_chat_two_msgs, 3),
    (ni_call_pairs_split, 4), (ni_chat_lowercase_typo, 4),
    (phone_case, 14), (phone_split, 3), (email_case, 14), (dob_case, 13), (postcode_case, 14),
    (address_case, 13), (bank_case, 14), (sort_only, 3), (iban_case, 14),
]

# ---------------------------- negatives ------------------------------------


def money_spoken():
    return ch([f"{pair_words(str(R.randint(20, 99)), 'oh')} pounds {pair_words(str(R.randint(10, 99)), 'oh')}",
               f"{UNITW[R.randint(1, 9)]} hundred and {pair_words(str(R.randint(20, 99)), 'oh')} euro",
               f"{pair_words(str(R.randint(20, 99)), 'oh')} dollars and {pair_words(str(R.randint(20, 99)), 'oh')} cents"])


def neg_templates():
    z = "oh"
    return [
        ("call/utilities: meter reading read out digit by digit",
         [("agent", "can you read me the numbers on the meter"),
          ("customer", f"yeah it's {speak_single(rdig(5), ch(ZEROS))} the red ones i left off")]),
        ("chat/retail: order number and total",
         [("customer", f"Hi, order #{R.randint(1000000, 99999999)} arrived damaged, I paid £{R.randint(20, 900)}.{R.randint(10, 99)}"),
          ("agent", "Sorry to hear that, I'll raise a refund now.")]),
        ("call/telecom: bill amount and monthly price spoken",
         [("customer", f"my bill went up to {money_spoken()} and it used to be {pair_words(str(R.randint(20, 60)), 'oh')} a month"),
          ("agent", f"i can see the price rise of {UNITW[R.randint(3, 9)]} point {UNITW[R.randint(1, 9)]} percent in april")]),
        ("call/travel: flight number and departure time",
         [("agent", f"you're on flight e i {speak_single(str(R.randint(100, 999)), z)} departing at {ch(['six', 'seven', 'ten'])} forty five"),
          ("customer", f"and the return is the {ORD[R.randint(1, 28)]} of {ch(MONTHS)} right")]),
        ("chat/travel: booking reference, hotel room and check-in time",
         [("customer", f"Booking ref {R.choice('ABCDEFGHJK')}{R.choice('LMNPQRSTUVW')}{R.randint(1000, 9999)} - room {R.randint(100, 899)}, check in after {R.randint(1, 4)}pm?"),
          ("agent", "Yes, check-in is from 3pm.")]),
        ("call/insurance: claim number with reference word, incident date",
         [("agent", f"your claim number is {speak_single(rdig(8), z)} and that was for the incident on the {ORD[R.randint(1, 28)]} of {ch(MONTHS)}"),
          ("customer", "okay thanks i'll write that down")]),
        ("call/banking: account balance and pending transactions",
         [("agent", f"your available balance is {UNITW[R.randint(1, 9)]} thousand {UNITW[R.randint(1, 9)]} hundred and {pair_words(str(R.randint(20, 99)), z)} pounds"),
          ("customer", f"and there's {UNITW[R.randint(2, 5)]} pending payments yeah")]),
        ("chat/telecom: broadband speed and router model",
         [("customer", f"Paying for {ch(['500', '900', '150', '67'])}Mbps but getting {R.randint(5, 40)}. Router is a {ch(['TG589vac', 'Hub 6', 'FRITZ!Box 7530', 'Archer AX55'])}"),
          ("agent", "Let me run a line test, it takes about 2 minutes.")]),
        ("call/healthcare billing: appointment date and time, invoice number",
         [("agent", f"your appointment is on {ch(MONTHS)} the {ORD[R.randint(1, 28)]} at {ch(['nine', 'ten', 'two'])} thirty"),
          ("customer", f"and the invoice {speak_single(rdig(6), z)} that's the one for {money_spoken()}")]),
        ("call/government services: ages and years",
         [("customer", f"i'm {pair_words(str(R.randint(60, 89)), z)} and i've been at this address since {pair_words('19', z)} {pair_words(str(R.randint(70, 99)), z)}"),
          ("agent", "okay and how many people live in the house")]),
        ("chat/utilities: payment date, direct debit amount, percentage",
         [("customer", f"My direct debit of £{R.randint(50, 250)} comes out on the {nth(R.randint(1, 28))}, can you move it to the {nth(R.randint(1, 28))}?"),
          ("agent", f"Yes, and your usage is down {R.randint(3, 30)}% on last year.")]),
        ("call/retail: product model number and quantity",
         [("customer", f"it's the model {ch(['k', 'x', 'q'])} {speak_single(rdig(4), z)} and i ordered {UNITW[R.randint(2, 9)]} of them"),
          ("agent", f"okay and they were {money_spoken()} each")]),
        ("call/travel: temperature, duration, gate",
         [("agent", f"there's a delay of about {pair_words(str(R.randint(20, 55)), z)} minutes it's gate {pair_words(str(R.randint(10, 60)), z)}"),
          ("customer", f"it's {pair_words(str(R.randint(20, 35)), z)} degrees in here")]),
        ("chat/banking: ticket number and time",
         [("customer", f"Ticket {R.randint(100000, 9999999)} still open since {R.randint(1, 12)}:{R.randint(10, 59)} yesterday"),
          ("agent", "I've escalated ticket to tier 2.")]),
        ("call/insurance: policy renewal date and premium",
         [("agent", f"the policy renews on the {ORD[R.randint(1, 28)]} of {ch(MONTHS)} twenty {pair_words(str(R.randint(25, 29)), z)} and the premium is {money_spoken()}"),
          ("customer", "that's gone up a lot")]),
        ("call/telecom: contract start date and data allowance",
         [("customer", f"my contract started {ch(MONTHS)} twenty {pair_words(str(R.randint(21, 25)), z)} and i've got {pair_words(str(R.randint(20, 99)), z)} gig of data"),
          ("agent", f"you've used {pair_words(str(R.randint(10, 19)), z)} point {UNITW[R.randint(1, 9)]} so far")]),
        ("chat/retail: tracking reference and delivery window",
         [("customer", f"Tracking says parcel {R.randint(1000000000, 9999999999)} delivered {R.randint(8, 11)}-{R.randint(12, 18)}:00 but nothing here"),
          ("agent", "I'll open an investigation, allow 48 hours.")]),
        ("call/utilities: case number spoken with reference word, counts",
         [("agent", f"i've logged that under case number {speak_pairs(rdig(6), z)} and an engineer will come in {UNITW[R.randint(2, 7)]} working days"),
          ("customer", "okay")]),
        ("chat/healthcare billing: invoice number and amounts",
         [("customer", f"Invoice INV-{R.randint(10000, 999999)} says ${R.randint(100, 3999)}.{R.randint(10, 99)} but insurance covered {R.randint(50, 90)}%"),
          ("agent", "I'll review the adjustment.")]),
        ("call/banking: interest rate, loan term and payment day",
         [("agent", f"the rate is {UNITW[R.randint(3, 9)]} point {UNITW[R.randint(1, 9)]} nine percent over {pair_words(str(R.randint(24, 60)), z)} months"),
          ("customer", f"and the payments come out on the {ORD[R.randint(1, 28)]}")]),
        ("call/travel: seat number, terminal and flight time",
         [("customer", f"i'm in seat {pair_words(str(R.randint(10, 40)), z)} {ch(['a', 'c', 'f'])} terminal {UNITW[R.randint(1, 5)]} and it's a {UNITW[R.randint(2, 9)]} hour flight"),
          ("agent", "okay i'll note that")]),
        ("chat/telecom: device model, storage and price",
         [("customer", f"Want the {ch(['iPhone 15 Pro', 'Galaxy S24', 'Pixel 8'])} {ch(['128', '256', '512'])}GB on the £{R.randint(20, 70)} plan"),
          ("agent", f"That's £{R.randint(20, 70)} a month for {R.randint(12, 36)} months.")]),
        ("call/government services: reference number with the word reference, year",
         [("agent", f"your reference is {speak_single(rdig(R.randint(7, 10)), z)} for the {pair_words('20', z)} {pair_words(str(R.randint(21, 25)), z)} tax year"),
          ("customer", "thank you")]),
        ("call/retail: store hours and queue position",
         [("agent", f"you're number {UNITW[R.randint(2, 9)]} in the queue and the store's open till {ch(['eight', 'nine', 'ten'])} tonight"),
          ("customer", "okay i'll wait")]),
        ("chat/insurance: vehicle mileage and engine size",
         [("customer", f"Car has {R.randint(20, 140)},{R.randint(100, 999)} miles, {R.choice(['1.2', '1.6', '2.0'])}L engine, bought {R.randint(2015, 2024)}"),
          ("agent", "Thanks, I'll update the quote.")]),
        ("call/utilities: meter serial with reference word and kilowatt hours",
         [("customer", f"i used {UNITW[R.randint(2, 9)]} hundred and {pair_words(str(R.randint(20, 99)), z)} kilowatt hours last month"),
          ("agent", f"and the meter serial on your bill ends {speak_single(rdig(4), z)} yeah")]),
        ("call/travel: double and triple rooms, nights, price",
         [("customer", f"i need a double and a triple room for {UNITW[R.randint(2, 6)]} nights from the {ORD[R.randint(1, 28)]}"),
          ("agent", f"that comes to {money_spoken()} per night including breakfast")]),
        ("call/utilities: tariff pence per kWh and standing charge",
         [("agent", f"the unit rate is {pair_words(str(R.randint(20, 35)), z)} point {UNITW[R.randint(1, 9)]} pence per kilowatt hour and the standing charge is {pair_words(str(R.randint(40, 60)), z)} pence a day"),
          ("customer", "that's higher than before")]),
        ("call/government services: move-in date in spoken d/m/y shape (not a birth date)",
         [("agent", "when did you move into the property"),
          ("customer", f"the {ORD[R.randint(1, 28)]} of the {ORD[R.randint(1, 12)]} twenty {pair_words(str(R.randint(10, 24)), z)}")]),
        ("chat/government services: tax code and form names (NI lookalikes)",
         [("customer", f"My tax code changed to {R.randint(1100, 1300)}L on my P60 and I got a P800 letter"),
          ("agent", "I can explain the P800 calculation.")]),
        ("chat/retail: order date in dd/mm/yyyy and order number",
         [("customer", f"Order {R.randint(40000000, 99999999)} placed {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/2025 never shipped"),
          ("agent", "I can see it's been held at the warehouse.")]),
        ("call/healthcare billing: tablets, dosage, copay",
         [("customer", f"it's {pair_words(str(R.randint(20, 30)), z)} tablets of {UNITW[R.randint(1, 5)]} hundred milligrams and the copay was {money_spoken()}"),
          ("agent", "okay i'll check the billing code")]),
        ("chat/banking: APR, credit limit and minimum payment",
         [("customer", f"Why is my APR {R.randint(18, 35)}.{R.randint(1, 9)}% on a £{R.randint(1, 9)},{R.randint(100, 999)} limit? Min payment was £{R.randint(25, 120)}"),
          ("agent", "Let me review the rate for you.")]),
        ("call/telecom: years as customer, contract length, handset price",
         [("customer", f"i've been with you over {pair_words(str(R.randint(10, 25)), z)} years i think since {pair_words('19', z)} {pair_words(str(R.randint(90, 99)), z)}"),
          ("agent", f"i can do a {pair_words('24', z)} month deal at {pair_words(str(R.randint(20, 60)), z)} ninety nine a month")]),
        ("chat/travel: flight numbers, gate and times",
         [("customer", f"My flight {ch(['BA', 'EI', 'FR', 'AA', 'UA'])}{R.randint(100, 2999)} was cancelled, rebooked on {ch(['BA', 'EI', 'FR'])}{R.randint(100, 999)} at {R.randint(10, 23)}:{R.randint(10, 59)} from gate {ch('ABCD')}{R.randint(1, 40)}"),
          ("agent", "I'm sorry, I'll arrange a meal voucher.")]),
        ("call/insurance: excess, mileage and no-claims years",
         [("agent", f"the excess is {UNITW[R.randint(1, 5)]} hundred and fifty pounds and you've got {UNITW[R.randint(2, 9)]} years no claims"),
          ("customer", f"and i do about {UNITW[R.randint(5, 9)]} thousand miles a year")]),
        ("chat/utilities: meter serial with label and reading",
         [("customer", f"Meter serial {R.randint(10, 99)}P{R.randint(1000000, 9999999)}, reading {R.randint(10000, 99999)} kWh taken at {R.randint(7, 11)}am"),
          ("agent", "Thanks, I've submitted that reading.")]),
        ("call/retail: half past / quarter to times and delivery slot",
         [("agent", f"the driver will come between half past {ch(['one', 'two', 'nine'])} and quarter to {ch(['four', 'five', 'eleven'])}"),
          ("customer", f"okay i'm out till {ch(['two', 'three', 'ten'])} so that works")]),
        ("call/banking: transfer amount in thousands/hundreds and a payment date",
         [("customer", f"i sent {UNITW[R.randint(1, 9)]} thousand {UNITW[R.randint(1, 9)]} hundred on the {ORD[R.randint(1, 28)]} of {ch(MONTHS)} and it hasn't arrived"),
          ("agent", f"transfers can take up to {UNITW[R.randint(2, 5)]} working days")]),
        ("chat/telecom: version numbers and data used",
         [("customer", f"App version {R.randint(3, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)} crashes, I've used {R.randint(1, 40)}.{R.randint(1, 9)}GB of {ch(['50', '100', '30'])}GB"),
          ("agent", "Please update to the latest version.")]),
        ("call/healthcare billing: height weight temperature",
         [("customer", f"she's {UNITW[R.randint(4, 6)]} foot {UNITW[R.randint(1, 9)]} about {pair_words(str(R.randint(10, 14)), z)} stone and her temperature was {pair_words(str(R.randint(37, 39)), z)} point {UNITW[R.randint(1, 9)]}"),
          ("agent", "okay thank you")]),
        ("call/government services: case reference with letters and digits, said with the word reference",
         [("agent", f"your case reference is {ch(['c', 'h', 'p'])} {ch(['r', 'k', 'm'])} {speak_single(rdig(6), z)}"),
          ("customer", "can you repeat that")]),
    ]


def neg_case(i):
    tpls = neg_templates()
    note, turns = tpls[i % len(tpls)]
    c = CaseB("negative", note)
    for spk, text in turns:
        c.t(spk, text)
    return c


N_NEG = 126

# --------------------------------------------------------------------------


def generate():
    cases, metas = [], []
    n = 0
    for fn, k in POS_BUILDERS:
        for i in range(k):
            n += 1
            obj, meta, groups = fn(i).build(f"h66-pos-{n:03d}")
            cases.append(obj)
            metas.append((meta, groups))
    for i in range(N_NEG):
        obj, meta, groups = neg_case(i).build(f"h66-neg-{i + 1:03d}")
        cases.append(obj)
        metas.append((meta, groups))
    return cases, metas


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    cnt = Counter()
    for c in cases:
        for s in c["spans"]:
            cnt[s["type"]] += 1
    return cnt


def readme(cases):
    cnt = counts(cases)
    pos = sum(c["kind"] == "positive" for c in cases)
    neg = sum(c["kind"] == "negative" for c in cases)
    rows = "\n".join(f"| {t} | {cnt[t]} |" for t in TYPES)
    return f"""# pii_holdout66 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data its authors have not seen. Do not add its cases to training data, do not
adjust patterns or thresholds while looking at its failures.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its docs, its benchmark, or any other PII
fixture; the only existing data looked at was a three-line JSONL format
example. Every case is generated by `scripts/make_pii_holdout66.py` from
template functions: each turn is assembled from plain-text segments and
(value, TYPE) segments, so span offsets are computed, never typed. All values
come from one `random.Random({SEED})`; the output is byte-for-byte
reproducible. `python scripts/make_pii_holdout66.py --check` regenerates and
verifies the file (identity, ids, offsets, word boundaries, overlap, and
value validity after normalising spoken forms: Luhn, IBAN mod-97, NI format,
9-digit SSN, 6-digit sort code, digit counts, postcode shapes, e-mail shape).

Content: contact-centre chat (typed, varied separators/case/typos) and phone
calls written as an ASR transcript would (lower case, numbers as words, "oh" /
"o" / "nought" / "zero", "double"/"triple", pairs like "forty one eleven",
hundreds like "forty five hundred", letters as "b for bravo", NATO words and
ASR homophones ("are" for R, "bee", "see", "tee", "pee", "why"; "for"/"to"/
"too"/"won"/"ate" for digits), NI letters glued into one token ("ml"), ASR
output mixing numerals and words in one card reading, filler
words inside readings, values split across turns, self-corrections, agent
read-backs). Emphasis on CARD_NUMBER, SSN and NI_NUMBER.

## Annotation conventions

- A span covers exactly the value: from its first character to its last,
  including internal separators, filler words ("um") and phonetic spellings
  ("b for bravo") inside the reading. Lead-ins ("it's", "my social is") and
  trailing words are outside.
- A value split across turns gets one span per turn (each fragment labelled
  with the value's type); back-channel agent turns are unlabelled.
- An agent reading a value back is labelled too (it is PII in the transcript).
- Self-corrections: the mistaken reading and the correct reading are both
  labelled with the value's type; the correction words ("no sorry") are
  outside the spans.
- ADDRESS = house/flat number through the street type ("Flat 3, 12 Mill
  Road", "forty two elm street apartment four b"); town and postcode are
  outside (the postcode is its own POSTCODE span when present).
- DOB = the date only, not "born"/"date of birth".
- EXPIRY = the month/year; CVV = the code digits only.
- PHONE includes a leading "+44"/"(0)"/"plus four four" when said/typed.
- Negatives contain no PII at all: money, prices, times, durations, counts,
  years, percentages, non-birth dates, order/ticket/claim/invoice/reference
  numbers (said with their reference word, at most 10 digits), flight, room,
  seat and model numbers, meter readings, speeds, ages, temperatures,
  balances. Scoring: a negative fails if anything in it is redacted.

## Counts

Positive cases: {pos}. Negative cases: {neg}.

| type | spans |
|---|---|
{rows}
"""


def check_value(typ, raw, texts, partial):
    """Validate one group: raw value validity + normalised span text == raw."""
    probs = []
    joined = " ".join(texts)
    if typ in ("CARD_NUMBER", "SSN", "SORT_CODE", "CVV", "BANK_ACCOUNT", "PHONE"):
        norm, bad = parse_alnum(joined)
        if bad:
            probs.append(f"unknown tokens {bad}")
        target = raw
        if typ == "PHONE":
            # allow international prefix said/typed in place of leading 0
            for pre in ("44", "353", "1"):
                if norm.startswith(pre) and norm[len(pre):] in (raw, raw[1:]):
                    norm = raw
            if norm.startswith("440") and norm[2:] == raw:
                norm = raw
        if norm != target:
            probs.append(f"normalised {norm!r} != {target!r}")
        n = len(raw)
        if not raw.isdigit():
            probs.append("raw not digits")
        if typ == "CARD_NUMBER" and not partial and not (13 <= n <= 19 and luhn_ok(raw)):
            probs.append("card invalid")
        if typ == "SSN" and not (n == 9 and raw[:3] not in ("000", "666") and raw[0] != "9"
                                 and raw[3:5] != "00" and raw[5:] != "0000"):
            probs.append("ssn invalid")
        if typ == "SORT_CODE" and n != 6:
            probs.append("sort code length")
        if typ == "CVV" and n not in (3, 4):
            probs.append("cvv length")
        if typ == "BANK_ACCOUNT" and not 8 <= n <= 12:
            probs.append("account length")
        if typ == "PHONE" and not 10 <= n <= 11:
            probs.append("phone length")
    elif typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        norm, bad = parse_alnum(joined, letters=True)
        if bad:
            probs.append(f"unknown tokens {bad}")
        if norm != raw.upper():
            probs.append(f"normalised {norm!r} != {raw!r}")
        if typ == "NI_NUMBER" and not NI_RE.fullmatch(raw):
            probs.append("NI invalid")
        if typ == "IBAN" and not iban_ok(raw):
            probs.append("IBAN invalid")
        if typ == "POSTCODE" and not (UK_PC_RE.fullmatch(raw) or re.fullmatch(r"\d{5}(\d{4})?", raw)):
            probs.append("postcode shape")
    elif typ == "EMAIL":
        e = email_from_spoken(joined)
        if e != raw.lower() or not EMAIL_RE.fullmatch(e):
            probs.append(f"email {e!r} != {raw!r}")
    elif typ == "DOB":
        low = joined.lower()
        if not (re.search(r"\d", low) or any(m in low for m in MONTHS) or " of the " in low
                or len(parse_alnum(low)[0]) >= 6):
            probs.append("DOB shape")
        if not (re.search(r"(19|20)\d\d|\d\d$", low) or any(w in low for w in TENW.values())
                or any(w in low for w in TEENW)):
            probs.append("DOB year")
    elif typ == "EXPIRY":
        low = joined.lower()
        norm, bad = parse_alnum(low)
        has_month = any(m in low for m in MONTHS)
        if not (has_month or 3 <= len(norm) <= 6):
            probs.append(f"expiry {norm!r}")
        if not has_month and bad:
            probs.append(f"expiry tokens {bad}")
        if has_month and not re.search(r"\d|twenty|thirty", low):
            probs.append("expiry year")
    elif typ == "ADDRESS":
        low = joined.lower()
        if not any(re.search(rf"\b{t}\b", low) for t in STYPES + ["st", "rd", "ave", "ln", "dr"]):
            probs.append("address street type")
        if not (re.search(r"\d", low) or any(w in low.split() for w in UNITW + TEENW + list(TENW.values()))):
            probs.append("address number")
    return probs


def check():
    cases, metas = generate()
    data = render(cases)
    problems = []
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
        problems.append("cases.jsonl differs from regenerated output (run without --check)")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(cases):
        problems.append("README.md differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for c, (meta, groups) in zip(cases, metas):
        cid = c["id"]
        if c["kind"] == "negative" and c["spans"]:
            problems.append(f"{cid}: negative has spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(f"{cid}: positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append(f"{cid}: bad turn")
        by_turn = {}
        texts = {}
        for s, gid in zip(c["spans"], meta):
            if s["type"] not in TYPES:
                problems.append(f"{cid}: bad type {s['type']}")
            if not 0 <= s["turn"] < len(c["turns"]):
                problems.append(f"{cid}: turn out of range")
                continue
            txt = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not 0 <= st < en <= len(txt):
                problems.append(f"{cid}: offsets out of range")
                continue
            frag = txt[st:en]
            if frag != frag.strip() or not frag:
                problems.append(f"{cid}: span has edge whitespace {frag!r}")
            if (st > 0 and txt[st - 1].isalnum()) or (en < len(txt) and txt[en].isalnum()):
                problems.append(f"{cid}: span not on word boundary {frag!r}")
            if not frag[0].isalnum() and frag[0] not in "+(" or not frag[-1].isalnum():
                problems.append(f"{cid}: span edge char {frag!r}")
            by_turn.setdefault(s["turn"], []).append((st, en))
            texts.setdefault(gid, []).append(frag)
        for tn, lst in by_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append(f"{cid}: overlapping spans in turn {tn}")
        for gid, frags in texts.items():
            g = groups[gid]
            for p in check_value(g["type"], g["raw"], frags, g["partial"]):
                problems.append(f"{cid}: {g['type']} {frags}: {p}")
        if c["kind"] == "negative":
            for t in c["turns"]:
                d = re.sub(r"\D", "", t["text"])
                for m in re.finditer(r"\d{11,}", t["text"].replace(" ", "")):
                    problems.append(f"{cid}: long digit run in negative {m.group()}")
    cnt = counts(cases)
    pos = sum(c["kind"] == "positive" for c in cases)
    neg = sum(c["kind"] == "negative" for c in cases)
    if pos < 170:
        problems.append(f"only {pos} positives")
    if neg < 100:
        problems.append(f"only {neg} negatives")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append(f"type {t}: {cnt[t]} spans < {need}")
    print(f"cases: {len(cases)} (positive {pos}, negative {neg})")
    for t in TYPES:
        print(f"  {t:13s} {cnt[t]}")
    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems[:200]:
            print("  " + p)
        return 1
    print("check OK")
    return 0


def main(argv):
    if "--check" in argv:
        return check()
    cases, _ = generate()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(render(cases), encoding="utf-8")
    README.write_text(readme(cases), encoding="utf-8")
    cnt = counts(cases)
    print(f"wrote {len(cases)} cases to {CASES.relative_to(ROOT)}: " +
          ", ".join(f"{t}={cnt[t]}" for t in TYPES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

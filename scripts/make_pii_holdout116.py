#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h116.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
(single random.Random seeded with 116241124).

    python scripts/make_pii_holdout116.py          # write fixture + README
    python scripts/make_pii_holdout116.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 116241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout116"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h116"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken numbers
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima",
        "M": "mike", "N": "november", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra",
        "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey", "X": "x-ray",
        "Y": "yankee", "Z": "zulu"}
CALL_WORDS = {"B": ["bravo", "boy", "bob"], "C": ["charlie", "cat"], "D": ["delta", "dog", "david"],
              "E": ["echo", "edward"], "G": ["golf", "george"], "H": ["hotel", "harry"],
              "J": ["juliet", "john"], "K": ["kilo", "king"], "L": ["lima", "london"],
              "M": ["mike", "mary"], "N": ["november", "nancy"], "P": ["papa", "peter"],
              "R": ["romeo", "robert"], "S": ["sierra", "sugar", "sam"], "T": ["tango", "tom"],
              "W": ["whiskey", "william"], "X": ["x-ray"], "Y": ["yankee", "yellow"],
              "Z": ["zulu", "zebra"], "A": ["alpha", "apple"]}

R = random.Random(SEED)


def zero_word(rng, uk=False):
    opts = ["zero", "oh", "oh", "o"] + (["nought", "oh"] if uk else [])
    return rng.choice(opts)


def say_singles(ds, rng, uk=False, doubles=0.5, zeros=None):
    words = []
    i = 0
    while i < len(ds):
        d = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == d and run < 3:
            run += 1
        w = zero_word(rng, uk) if d == "0" and zeros is None else (zeros if d == "0" else UNITS[int(d)])
        if run == 3 and rng.random() < doubles:
            words.append("triple " + w)
            i += 3
            continue
        if run >= 2 and rng.random() < doubles:
            words.append("double " + w)
            i += 2
            continue
        words.append(w)
        i += 1
    return " ".join(words)


def say_pair(p, rng, uk=False):
    a, b = int(p[0]), int(p[1])
    if a == 0 and b == 0:
        return rng.choice(["double oh", "oh oh", "zero zero"])
    if a == 0:
        return zero_word(rng, uk) + " " + UNITS[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + UNITS[b]


def say_chunks(chunks, modes, rng, uk=False):
    """chunks: list of digit strings; modes: 's' singles or 'p' pairs (even length)."""
    out = []
    for k, (c, m) in enumerate(zip(chunks, modes)):
        nxt_single = k + 1 < len(chunks) and modes[k + 1] == "s"
        if m == "p" and len(c) % 2 == 0:
            parts = []
            for j in range(0, len(c), 2):
                p = c[j:j + 2]
                last = j + 2 >= len(c)
                if p[1] == "0" and p[0] not in "01" and last and nxt_single and chunks[k + 1][0] != "0":
                    parts.append(UNITS[int(p[0])] + " " + zero_word(rng, uk))
                else:
                    parts.append(say_pair(p, rng, uk))
            out.append(" ".join(parts))
        else:
            out.append(say_singles(c, rng, uk))
    return out


def say_number(n):
    """cardinal words for 0 <= n < 10000 (house numbers, amounts in negatives)."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        rest = n % 100
        return UNITS[n // 100] + " hundred" + ("" if rest == 0 else " and " + say_number(rest))
    rest = n % 1000
    s = say_number(n // 1000) + " thousand"
    if rest:
        s += (" and " if rest < 100 else " ") + say_number(rest)
    return s


def say_ordinal(n):
    if n < 10:
        return ORD_UNITS[n]
    if n < 20:
        return ORD_TEENS[n - 10]
    if n % 10 == 0:
        return TENS[n // 10][:-1] + "ieth"
    return TENS[n // 10] + " " + ORD_UNITS[n % 10]


def say_year(y, rng):
    if y >= 2000:
        r = y - 2000
        if r == 0:
            return "two thousand"
        return rng.choice(["two thousand and " + say_number(r), "two thousand " + say_number(r)]) \
            if r < 10 else "twenty " + say_pair("%02d" % r, rng)
    hi, lo = divmod(y, 100)
    return say_number(hi) + " " + say_pair("%02d" % lo, rng)


def say_letters(s, rng, nato_p=0.3):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(UNITS[int(ch)])
        elif rng.random() < nato_p:
            out.append(ch.lower() + " for " + rng.choice(CALL_WORDS.get(ch, [NATO[ch]])))
        else:
            out.append(ch.lower())
    return " ".join(out)


# ---------------------------------------------------------------- normaliser (for --check)
N_UNIT = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "naught": 0, "one": 1, "won": 1, "two": 2,
          "to": 2, "too": 2, "three": 3, "tree": 3, "four": 4, "for": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "ate": 8, "nine": 9}
N_ORD_UNIT = {w: i for i, w in enumerate(ORD_UNITS) if w}
N_TEEN = {w: 10 + i for i, w in enumerate(TEENS)}
N_TEEN.update({w: 10 + i for i, w in enumerate(ORD_TEENS)})
N_TENS = {w: 10 * i for i, w in enumerate(TENS) if w}
N_TENS.update({w[:-1] + "ieth": 10 * i for i, w in enumerate(TENS) if w})
ZERO_WORDS = {"zero", "oh", "o", "nought", "naught"}
FILLER = {"and", "sorry", "its", "that", "then", "the", "dash", "hyphen", "space", "slash", "like",
          "yeah", "okay"}


def _small(tok):
    if tok in N_UNIT:
        return N_UNIT[tok]
    if tok in N_ORD_UNIT:
        return N_ORD_UNIT[tok]
    return None


def _under100(toks, i):
    """parse a number < 100 at toks[i]; returns (value, next_i) or (None, i)."""
    if i >= len(toks):
        return None, i
    t = toks[i]
    if t in N_TEEN:
        return N_TEEN[t], i + 1
    if t in N_TENS:
        v = N_TENS[t]
        if not t.endswith("ieth") and i + 1 < len(toks) and toks[i + 1] not in ZERO_WORDS and _small(toks[i + 1]):
            return v + _small(toks[i + 1]), i + 2
        return v, i + 1
    s = _small(t)
    if s:
        return s, i + 1
    return None, i


def normalise(text, letters=False, months=False):
    raw = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)?|\d+", text)
    toks = [t.lower() for t in raw]
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if letters and len(t) == 1 and i + 2 < n and toks[i + 1] == "for" and toks[i + 2].startswith(t):
            out.append(t.upper())
            i += 3
            continue
        if t in ("double", "triple") and i + 1 < n:
            k = 2 if t == "double" else 3
            nxt = toks[i + 1]
            if nxt in N_UNIT:
                out.append(str(N_UNIT[nxt]) * k)
            elif nxt.isdigit():
                out.append(nxt * k)
            elif letters and len(nxt) == 1:
                out.append(nxt.upper() * k)
            i += 2
            continue
        if months and t in MONTHS:
            out.append("%02d" % (MONTHS.index(t) + 1))
            i += 1
            continue
        if months and t.capitalize() in MONTH_ABBR:
            out.append("%02d" % (MONTH_ABBR.index(t.capitalize()) + 1))
            i += 1
            continue
        if t in N_UNIT or t in N_ORD_UNIT:
            v = _small(t)
            if i + 1 < n and toks[i + 1] == "hundred" and v:
                j = i + 2
                if j < n and toks[j] == "and":
                    j += 1
                r, j2 = _under100(toks, j)
                out.append(str(v * 100 + (r or 0)))
                i = j2 if r is not None else i + 2
                continue
            if i + 1 < n and toks[i + 1] == "thousand" and v:
                j = i + 2
                if j < n and toks[j] == "and":
                    j += 1
                r, j2 = _under100(toks, j)
                out.append(str(v * 1000 + (r or 0)))
                i = j2 if r is not None else i + 2
                continue
            out.append(str(v))
            i += 1
            continue
        if t in N_TEEN:
            v = N_TEEN[t]
            if i + 1 < n and toks[i + 1] == "hundred":
                r, j2 = _under100(toks, i + 2)
                out.append(str(v * 100 + (r or 0)))
                i = j2 if r is not None else i + 2
                continue
            out.append(str(v))
            i += 1
            continue
        if t in N_TENS:
            v, i = _under100(toks, i)
            if i < n and toks[i] == "hundred":
                r, j2 = _under100(toks, i + 1)
                out.append(str(v * 100 + (r or 0)))
                i = j2 if r is not None else i + 1
                continue
            out.append(str(v))
            continue
        if letters and t not in FILLER:
            out.append(t.upper())
        i += 1
    return "".join(out)


def luhn_ok(d):
    tot = 0
    for k, ch in enumerate(reversed(d)):
        x = int(ch)
        if k % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_WORDS = {"street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "lane", "ln",
                "boulevard", "blvd", "court", "ct", "way", "place", "pl", "terrace", "circle",
                "cir", "parkway", "pkwy", "highway", "hwy", "close", "crescent", "grove", "trail"}
EMAIL_RE = re.compile(r"[a-z0-9][a-z0-9._+-]*@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}")


def email_norm(text):
    t = text.lower()
    if "@" in t:
        return t
    words = re.findall(r"[a-z0-9]+", t)
    out = []
    i = 0
    while i < len(words):
        w = words[i]
        if w == "at":
            out.append("@")
        elif w in ("dot", "period", "point"):
            out.append(".")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in N_UNIT and w not in ("o", "to", "for", "too", "won", "ate", "tree"):
            out.append(str(N_UNIT[w]))
        elif w in N_TENS or w in N_TEEN:
            v, i2 = _under100(words, i)
            out.append(str(v))
            i = i2
            continue
        else:
            out.append(w)
        i += 1
    return "".join(out)


def validate(typ, text):
    """returns an error string or None. text = concatenation of span texts of one value."""
    if typ == "EMAIL":
        e = email_norm(text)
        return None if EMAIL_RE.fullmatch(e) else "bad email %r" % e
    if typ == "ADDRESS":
        low = re.findall(r"[a-z0-9]+", text.lower())
        if not low or not (low[0][0].isdigit() or low[0] in N_UNIT or low[0] in N_TEEN or low[0] in N_TENS):
            return "address must start with a house number"
        if not STREET_WORDS & set(low):
            return "address without street word"
        return None
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    months = typ in ("DOB", "EXPIRY")
    v = normalise(text, letters=letters, months=months)
    dig = v.isdigit()
    if typ == "CARD_NUMBER":
        ok = dig and 13 <= len(v) <= 19 and luhn_ok(v)
    elif typ == "CVV":
        ok = dig and len(v) in (3, 4)
    elif typ == "EXPIRY":
        ok = dig and 3 <= len(v) <= 6
    elif typ == "SSN":
        ok = dig and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9" \
            and v[3:5] != "00" and v[5:] != "0000"
    elif typ == "NI_NUMBER":
        ok = bool(NI_RE.fullmatch(v)) and v[:2] not in NI_BAD
    elif typ == "BANK_ACCOUNT":
        ok = dig and 6 <= len(v) <= 17
    elif typ == "SORT_CODE":
        ok = dig and len(v) == 6
    elif typ == "IBAN":
        ok = iban_ok(v)
    elif typ == "PHONE":
        ok = dig and 10 <= len(v) <= 13
    elif typ == "DOB":
        ok = dig and 5 <= len(v) <= 8
    elif typ == "POSTCODE":
        ok = (dig and len(v) in (5, 9)) or bool(UK_PC.fullmatch(v))
    else:
        return "unknown type"
    return None if ok else "normalised %r invalid" % v


# ---------------------------------------------------------------- value generators
def rdig(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa"])
    if brand == "visa":
        body = "4" + rdig(rng, 14)
    elif brand == "mc":
        body = rng.choice(["51", "52", "53", "54", "55", "22"]) + rdig(rng, 13)
    elif brand == "amex":
        body = rng.choice(["34", "37"]) + rdig(rng, 12)
    else:
        body = "6011" + rdig(rng, 11)
    return luhn_complete(body), brand


def card_groups(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


def typed_card(d, rng):
    g = card_groups(d)
    sep = rng.choice([" ", " ", "-", "", "  ", " - "])
    return sep.join(g)


def spoken_card(d, rng, uk=False):
    g = card_groups(d)
    modes = [rng.choice("sspp") for _ in g]
    if len(d) == 15:
        modes = ["s" if len(c) % 2 else m for c, m in zip(g, modes)]
    return say_chunks(g, modes, rng, uk)


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def typed_ssn(s, rng):
    f = rng.choice(["{a}-{g}-{s}", "{a}-{g}-{s}", "{a} {g} {s}", "{a}{g}{s}", "{a}.{g}.{s}",
                    "{a} - {g} - {s}", "{a}/{g}/{s}"])
    return f.format(a=s[:3], g=s[3:5], s=s[5:])


def spoken_ssn_parts(s, rng):
    chunks = [s[:3], s[3:5], s[5:]]
    m = rng.choice(["sss", "sss", "spp", "ssp", "sps", "spp"])
    return say_chunks(chunks, list(m), rng)


def gen_us_phone(rng):
    return str(rng.randint(2, 9)) + rdig(rng, 2) + str(rng.randint(2, 9)) + rdig(rng, 6)


def typed_us_phone(p, rng):
    a, b, c = p[:3], p[3:6], p[6:]
    f = rng.choice(["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "{a} {b} {c}", "{a}{b}{c}",
                    "+1 {a} {b} {c}", "1-{a}-{b}-{c}", "+1 ({a}) {b}-{c}", "({a}){b}-{c}"])
    return f.format(a=a, b=b, c=c)


def spoken_us_phone_parts(p, rng):
    chunks = [p[:3], p[3:6], p[6:]]
    m = rng.choice(["sss", "ssp", "ssp", "sss"])
    return say_chunks(chunks, list(m), rng)


def gen_uk_mobile(rng):
    return "07" + rng.choice("3456789") + rdig(rng, 8)


def typed_uk_phone(p, rng):
    f = rng.choice(["{a} {b}", "{a}{b}", "+44 {c} {b}", "+44{c}{b}", "({a}) {d}", "0044 {c} {b}", "{a} {d}"])
    return f.format(a=p[:5], b=p[5:], c=p[1:5], d=p[5:8] + " " + p[8:])


def gen_email(rng):
    first = rng.choice(FIRST).lower()
    last = rng.choice(LAST).lower().replace("'", "")
    dom = rng.choice(DOMAINS)
    style = rng.randint(0, 5)
    num = str(rng.randint(1, 99)) if rng.random() < 0.4 else ""
    if style == 0:
        local = first + "." + last
    elif style == 1:
        local = first[0] + last + num
    elif style == 2:
        local = first + "_" + last[0] + num
    elif style == 3:
        local = last + "." + first[0]
    elif style == 4:
        local = first + last + num
    else:
        local = first + "-" + last
    return local, dom


def typed_email(local, dom, rng):
    e = local + "@" + dom
    return e.upper() if rng.random() < 0.1 else (e.capitalize() if rng.random() < 0.2 else e)


def spoken_email(local, dom, rng):
    def say_local(s):
        parts = re.split(r"([._-])", s)
        out = []
        for p in parts:
            if p == ".":
                out.append("dot")
            elif p == "_":
                out.append("underscore")
            elif p == "-":
                out.append("dash")
            elif p.isdigit():
                out.append(say_number(int(p)) if len(p) == 2 and p[0] != "0" else " ".join(UNITS[int(c)] for c in p))
            elif p:
                m = re.match(r"([a-z]+?)(\d+)$", p)
                if m:
                    out.append(m.group(1))
                    out.append(say_number(int(m.group(2))) if m.group(2)[0] != "0" else m.group(2))
                elif len(p) <= 2:
                    out.append(" ".join(p))
                else:
                    out.append(p)
        return " ".join(out)
    return say_local(local) + " at " + dom.replace(".", " dot ")


def gen_zip(rng, plus4=False):
    z = rng.choice(["0", "1", "2", "3", "4", "6", "7", "8", "9"]) + rdig(rng, 4)
    if z == "00000":
        z = "02134"
    return z + (rdig(rng, 4) if plus4 else "")


def typed_zip(z):
    return z if len(z) == 5 else z[:5] + "-" + z[5:]


def spoken_zip(z, rng):
    if len(z) == 5:
        return say_singles(z, rng, doubles=0.3)
    return say_singles(z[:5], rng, doubles=0.3) + rng.choice([" dash ", " ", " and then "]) + say_singles(z[5:], rng, doubles=0.3)


UK_OUT = ["M14", "B33", "LS6", "EH12", "CF10", "BT7", "G2", "NE1", "BS8", "L17", "CR2",
          "SW1A", "W1D", "N7", "SE15", "CB2", "NG7", "PL4", "LE3", "S10", "DN15", "TW9", "RG1"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc(rng):
    return rng.choice(UK_OUT) + " " + str(rng.randint(1, 9)) + rng.choice(INWARD_L) + rng.choice(INWARD_L)


def gen_ni(rng):
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in NI_BAD:
            break
    return p + rdig(rng, 6) + rng.choice("ABCD")


def typed_ni(ni, rng):
    f = rng.randint(0, 5)
    if f == 0:
        s = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif f == 1:
        s = ni
    elif f == 2:
        s = "%s%s" % (ni[:2], " " + ni[2:8] + " " + ni[8])
    elif f == 3:
        s = "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif f == 4:
        s = "%s %s %s" % (ni[:2], ni[2:8], ni[8])
    else:
        s = "%s %s%s%s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    return s.lower() if rng.random() < 0.25 else s


def spoken_ni_parts(ni, rng):
    """three pieces: letters, digits, suffix letter."""
    let = say_letters(ni[:2], rng, nato_p=0.35)
    m = rng.choice(["s", "p", "p", "sp"])
    if m == "s":
        dg = say_singles(ni[2:8], rng, uk=True)
    elif m == "p":
        dg = " ".join(say_pair(ni[k:k + 2], rng, True) for k in (2, 4, 6))
    else:
        dg = say_singles(ni[2:4], rng, uk=True) + " " + " ".join(say_pair(ni[k:k + 2], rng, True) for k in (4, 6))
    suf = say_letters(ni[8], rng, nato_p=0.4)
    return let, dg, suf


def gen_iban(rng, cc=None):
    cc = cc or rng.choice(["GB", "IE", "DE", "NL", "ES", "FR"])
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "HBUK", "MIDL", "LOYD"]) + rdig(rng, 14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + rdig(rng, 14)
    elif cc == "DE":
        bban = rdig(rng, 18)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + rdig(rng, 10)
    elif cc == "ES":
        bban = rdig(rng, 20)
    else:
        bban = rdig(rng, 23)
    r = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    ck = 98 - num % 97
    return cc + "%02d" % ck + bban


def typed_iban(ib, rng):
    if rng.random() < 0.6:
        s = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    else:
        s = ib
    return s.lower() if rng.random() < 0.15 else s


def spoken_iban(ib, rng):
    out = []
    for i in range(0, len(ib), 4):
        g = ib[i:i + 4]
        if g.isdigit():
            out.append(say_singles(g, rng, uk=True, doubles=0.3))
        else:
            out.append(say_letters(g, rng, nato_p=0.1))
    return out


def gen_dob(rng):
    return rng.randint(1938, 2005), rng.randint(1, 12), rng.randint(1, 28)


def typed_dob_us(y, m, d, rng):
    f = rng.randint(0, 6)
    if f == 0:
        return "%02d/%02d/%d" % (m, d, y)
    if f == 1:
        return "%d/%d/%d" % (m, d, y)
    if f == 2:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    if f == 3:
        return "%d-%02d-%02d" % (y, m, d)
    if f == 4:
        return "%02d-%02d-%02d" % (m, d, y % 100)
    if f == 5:
        return "%s %d %d" % (MONTH_ABBR[m - 1], d, y)
    return "%02d.%02d.%d" % (m, d, y)


def typed_dob_uk(y, m, d, rng):
    f = rng.randint(0, 3)
    if f == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if f == 1:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if f == 2:
        return "%02d.%02d.%02d" % (d, m, y % 100)
    return "%d %s %d" % (d, MONTH_ABBR[m - 1], y)


def spoken_dob(y, m, d, rng, uk=False):
    f = rng.randint(0, 4) if y < 2000 else rng.choice([0, 1, 4])
    yr = say_year(y, rng)
    if f == 0:
        return "%s %s %s" % (MONTHS[m - 1], say_ordinal(d), yr)
    if f == 1:
        return "the %s of %s %s" % (say_ordinal(d), MONTHS[m - 1], yr)
    if f == 2:
        return "%s %s %s" % (MONTHS[m - 1], say_number(d), yr)
    if f == 3:
        a, b = (d, m) if uk else (m, d)
        return "%s %s %s" % (say_pair("%02d" % a, rng, uk) if a < 10 and rng.random() < 0.5 else say_number(a),
                             say_pair("%02d" % b, rng, uk) if b < 10 and rng.random() < 0.5 else say_number(b), yr)
    return "%s %s %s" % (say_ordinal(d), MONTHS[m - 1], say_pair("%02d" % (y % 100), rng, uk))


def gen_expiry(rng):
    return rng.randint(1, 12), rng.randint(26, 32)


def typed_expiry(m, y, rng):
    f = rng.choice(["%02d/%02d", "%02d/20%02d", "%02d%02d", "%d/%02d", "%02d-%02d", "%02d / %02d"])
    return f % (m, y)


def spoken_expiry(m, y, rng):
    f = rng.randint(0, 3)
    if f == 0:
        return "%s %s" % (say_pair("%02d" % m, rng) if m < 10 else say_number(m), say_number(y))
    if f == 1:
        return "%s twenty %s" % (MONTHS[m - 1], say_number(y))
    if f == 2:
        return "%s %s" % (say_number(m), say_number(y))
    return "%s of %s" % (MONTHS[m - 1], "twenty " + say_number(y))


def gen_cvv(rng, amex=False):
    return rdig(rng, 4 if amex else 3)


FIRST = ["James", "Maria", "Robert", "Linda", "Michael", "Patricia", "David", "Jennifer", "Carlos",
         "Aisha", "Kevin", "Nguyen", "Priya", "Brandon", "Tamika", "Sean", "Siobhan", "Oliver",
         "Fiona", "Rahul", "Megan", "Tyler", "Ashley", "Dwayne", "Rosa", "Hannah", "Liam"]
LAST = ["Johnson", "Garcia", "Williams", "Brown", "Martinez", "Lee", "Okafor", "Patel", "Smith",
        "Murphy", "Kowalski", "Nguyen", "Davis", "Rodriguez", "Walsh", "Thompson", "Hughes",
        "Baker", "Reyes", "Kim", "Anderson", "O'Brien"]
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com",
           "comcast.net", "att.net", "verizon.net", "protonmail.com", "btinternet.com", "eircom.net"]
US_STREETS = ["Maple", "Oak", "Elm", "Washington", "Lincoln", "Park", "Cedar", "Sunset", "Lakeview",
              "Jefferson", "Hillcrest", "Pine", "Magnolia", "Riverside", "Willow Creek", "Peachtree",
              "Martin Luther King Jr", "Highland", "Franklin", "Cherry Hill", "Main", "Second", "Fifth"]
US_SUFFIX = [("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Drive", "Dr"), ("Lane", "Ln"),
             ("Boulevard", "Blvd"), ("Court", "Ct"), ("Way", "Way"), ("Place", "Pl"), ("Circle", "Cir"),
             ("Parkway", "Pkwy"), ("Trail", "Trail")]
US_CITIES = [("Springfield", "IL"), ("Columbus", "OH"), ("Austin", "TX"), ("Tampa", "FL"),
             ("Phoenix", "AZ"), ("Denver", "CO"), ("Charlotte", "NC"), ("Boston", "MA"),
             ("Sacramento", "CA"), ("Atlanta", "GA"), ("Newark", "NJ"), ("Spokane", "WA"),
             ("Omaha", "NE"), ("Baton Rouge", "LA"), ("Albany", "NY"), ("Tulsa", "OK")]
UK_STREETS = ["Acacia Road", "Station Road", "Church Lane", "Victoria Street", "Kings Road",
              "Mill Lane", "Park Avenue", "Queens Drive", "Elm Grove", "Manor Close", "High Street"]
UK_TOWNS = ["Manchester", "Leeds", "Bristol", "Cardiff", "Glasgow", "Nottingham", "Sheffield", "Reading"]


def gen_us_addr(rng):
    num = rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 9999),
                      rng.randint(10000, 24999)])
    st = rng.choice(US_STREETS)
    full, ab = rng.choice(US_SUFFIX)
    unit = ""
    if rng.random() < 0.3:
        unit = rng.choice([" Apt %d" % rng.randint(1, 40), " Apt %d%s" % (rng.randint(1, 9), rng.choice("ABCD")),
                           " Unit %d" % rng.randint(100, 450), " #%d" % rng.randint(2, 30)])
    return num, st, full, ab, unit


def typed_us_addr(a, rng):
    num, st, full, ab, unit = a
    s = "%d %s %s%s" % (num, st, rng.choice([full, ab, ab + "."]) if rng.random() < 0.8 else full, unit)
    if s.endswith("."):
        s = s[:-1]
    return s.lower() if rng.random() < 0.2 else s


def say_house(num, rng):
    if num < 100:
        return say_number(num)
    if num < 1000:
        return rng.choice([say_number(num), UNITS[num // 100] + " " + (say_pair("%02d" % (num % 100), rng))])
    if num < 10000:
        return say_pair(str(num)[:2], rng) + " " + say_pair(str(num)[2:], rng)
    return say_singles(str(num), rng, doubles=0.2)


def spoken_us_addr(a, rng):
    num, st, full, ab, unit = a
    s = "%s %s %s" % (say_house(num, rng), st.lower(), full.lower())
    if unit.strip().startswith("Apt"):
        s += " apartment " + " ".join(UNITS[int(c)] if c.isdigit() else c.lower() for c in unit.split()[1])
    elif unit.strip().startswith("Unit"):
        s += " unit " + say_number(int(unit.split()[1]))
    return s


# ---------------------------------------------------------------- case assembly
class Case:
    def __init__(self, kind):
        self.kind = kind
        self.turns = []
        self.spans = []
        self.groups = {}  # gid -> list of span index
        self.note = ""
        self._auto = 0

    def add(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
                continue
            val, typ = seg[0], seg[1]
            gid = seg[2] if len(seg) > 2 else None
            if gid is None:
                self._auto += 1
                gid = "auto%d" % self._auto
            start = len(text)
            text += val
            self.spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
            self.groups.setdefault(gid, []).append(len(self.spans) - 1)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.add("agent", *segs)

    def c(self, *segs):
        return self.add("customer", *segs)


def pick(rng, xs):
    return rng.choice(xs)


BACK = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "right", "got it", "yes", "sure"]


# ---------------------------------------------------------------- positive templates
def p_card_call_single(rng):
    d, brand = gen_card(rng)
    k = Case("positive")
    words = " ".join(spoken_card(d, rng))
    k.a(pick(rng, ["okay and the long card number please",
                   "go ahead with the %s digit number on the front" % ("fifteen" if brand == "amex" else "sixteen"),
                   "can i get the card number", "what's the card number you'd like to use today"]))
    k.c(pick(rng, ["yeah it's ", "um okay ", "sure it is ", "", "alright "]), (words, "CARD_NUMBER"),
        pick(rng, ["", " that's it", " and that's a " + {"visa": "visa", "mc": "mastercard", "amex": "amex", "disc": "discover"}[brand]]))
    k.note = "call/%s: %s card read in one customer turn, mixed singles/pairs/doubles" % (
        pick(rng, ["telecom", "utilities", "retail", "insurance"]), brand)
    return k


def p_card_call_split(rng):
    d, brand = gen_card(rng)
    parts = spoken_card(d, rng)
    k = Case("positive")
    k.a(pick(rng, ["whenever you're ready with the card number", "okay let's take that payment, card number please"]))
    for i, p in enumerate(parts):
        pre = pick(rng, ["", "", "um ", "okay ", "it's "]) if i == 0 else pick(rng, ["", "", "uh "])
        post = pick(rng, ["", "", " yeah", " um"])
        k.c(pre, (p, "CARD_NUMBER", "card"), post)
        if i < len(parts) - 1:
            k.a(pick(rng, BACK))
    k.a("thank you and the expiration date")
    m, y = gen_expiry(rng)
    k.c((spoken_expiry(m, y, rng), "EXPIRY"))
    k.note = "call/%s: card split across customer turns with back-channels, then expiry" % pick(
        rng, ["cable", "wireless", "electric utility", "auto insurance"])
    return k


def p_card_chat(rng):
    d, brand = gen_card(rng)
    m, y = gen_expiry(rng)
    cvv = gen_cvv(rng, brand == "amex")
    k = Case("positive")
    k.a(pick(rng, ["Please provide the card details to complete the order.",
                   "I can take the payment here, please send card number, exp and CVV."]))
    style = rng.randint(0, 2)
    if style == 0:
        k.c("card: ", (typed_card(d, rng), "CARD_NUMBER"), " exp ", (typed_expiry(m, y, rng), "EXPIRY"),
            " cvv ", (cvv, "CVV"))
    elif style == 1:
        k.c((typed_card(d, rng), "CARD_NUMBER"), "\n", (typed_expiry(m, y, rng), "EXPIRY"), "\n", (cvv, "CVV"))
    else:
        k.c("its ", (typed_card(d, rng), "CARD_NUMBER"), pick(rng, [" expires ", " exp. ", ", expiry "]),
            (typed_expiry(m, y, rng), "EXPIRY"), pick(rng, [" and the code on back is ", ", security code ", " sec code: "]),
            (cvv, "CVV"), pick(rng, ["", " thx", ". total was $%d.%02d right?" % (rng.randint(20, 400), rng.randint(0, 99))]))
    k.note = "chat/retail: card, expiry and CVV typed in one message (%s)" % ["labels", "newlines", "prose"][style]
    return k


def p_card_readback(rng):
    d, brand = gen_card(rng)
    k = Case("positive")
    k.a("and the card number")
    k.c((" ".join(spoken_card(d, rng)), "CARD_NUMBER"))
    k.a("let me read that back ", (" ".join(spoken_card(d, rng)), "CARD_NUMBER"), " is that correct")
    k.c("yes that's right")
    amt = rng.randint(25, 300)
    k.a("perfect i'll put %s dollars on that card now" % say_number(amt))
    k.note = "call/utilities: agent reads the card back; amount in dollars is not PII"
    return k


def p_card_correction(rng):
    d, brand = gen_card(rng)
    g = card_groups(d)
    wrong = list(g[-1])
    wrong[-1] = str((int(wrong[-1]) + 3) % 10)
    wrong = "".join(wrong)
    k = Case("positive")
    k.a("go ahead with the card number")
    first = say_chunks(g[:-1], ["s"] * (len(g) - 1), rng)
    k.c((" ".join(first), "CARD_NUMBER", "card"), " ", (say_singles(wrong, rng), "CARD_NUMBER", "frag1"),
        pick(rng, [" no wait sorry ", " oh no sorry that's wrong it's ", " actually no "]),
        (say_singles(g[-1], rng), "CARD_NUMBER", "fixlast"))
    k.a("okay so the last four are ", (say_singles(g[-1], rng), "CARD_NUMBER", "frag2"))
    k.c("yeah")
    k.note = "call/retail: customer self-corrects the last group of the card; agent repeats last four"
    k.fix = ("card", "fixlast")
    return k


def p_cvv_exp_call(rng):
    d, brand = gen_card(rng)
    m, y = gen_expiry(rng)
    cvv = gen_cvv(rng, brand == "amex")
    k = Case("positive")
    k.a("and what's the expiration on the card")
    k.c(pick(rng, ["it's ", "um ", "expires "]), (spoken_expiry(m, y, rng), "EXPIRY"))
    k.a(pick(rng, ["and the security code on the back", "and the three digit code on the back",
                   "last thing the cvv please"]) if brand != "amex" else "and the four digit code on the front")
    k.c(pick(rng, ["", "it's ", "uh "]), (say_singles(cvv, rng), "CVV"))
    k.note = "call/travel: expiry and CVV in separate turns after card already taken"
    return k


def p_cvv_exp_same_turn(rng):
    m, y = gen_expiry(rng)
    cvv = gen_cvv(rng)
    k = Case("positive")
    k.a("i'll need the expiry date and the security code please")
    k.c((spoken_expiry(m, y, rng), "EXPIRY"), pick(rng, [" and the code is ", " and then ", " security code "]),
        (say_singles(cvv, rng), "CVV"))
    k.note = "call/telecom: expiry and CVV in the same customer turn"
    return k


def p_ssn_typed(rng):
    s = gen_ssn(rng)
    k = Case("positive")
    k.a(pick(rng, ["To verify your identity please enter your Social Security number.",
                   "For security, can you confirm your SSN?",
                   "Please type your full social so I can pull up the file."]))
    k.c(pick(rng, ["", "sure ", "ok ", "SSN ", "its ", "ss# ", "social: ", "my ssn is ", "SSN- "]), (typed_ssn(s, rng), "SSN"),
        pick(rng, ["", " thanks", ". my member id is on the card too if u need it", " - how long will this take?"]))
    k.note = "chat/%s: SSN typed with assorted separators" % pick(rng, ["health insurance", "banking", "government services", "tax prep"])
    return k


def p_ssn_call(rng):
    s = gen_ssn(rng)
    parts = spoken_ssn_parts(s, rng)
    k = Case("positive")
    k.a(pick(rng, ["can i get your social security number", "and your social please",
                   "i'll need the full social to verify"]))
    if rng.random() < 0.5:
        k.c(pick(rng, ["yeah it's ", "sure ", "um okay ", ""]), (" ".join(parts), "SSN"))
    else:
        k.c(pick(rng, ["", "okay "]), (parts[0], "SSN", "s"))
        k.a(pick(rng, BACK))
        k.c((parts[1], "SSN", "s"), pick(rng, ["", " um"]))
        k.a(pick(rng, BACK))
        k.c((parts[2], "SSN", "s"))
    k.a("thank you let me pull that up")
    k.note = "call/%s: SSN read as ASR words, possibly split 3-2-4 across turns" % pick(
        rng, ["health insurance", "credit union", "unemployment office", "student loans", "irs helpline"])
    return k


def p_ssn_with_dob(rng):
    s = gen_ssn(rng)
    y, m, d = gen_dob(rng)
    k = Case("positive")
    k.a("i just need to verify a couple things date of birth first")
    k.c((spoken_dob(y, m, d, rng), "DOB"))
    k.a("and the social")
    k.c((" ".join(spoken_ssn_parts(s, rng)), "SSN"))
    k.a("and your claim number is ", say_singles(rdig(rng, 8), rng), " that's what i have on file")
    k.note = "call/insurance: DOB then SSN; claim number read by agent is not PII"
    return k


def p_ssn_readback(rng):
    s = gen_ssn(rng)
    k = Case("positive")
    k.a("what's your social")
    k.c((" ".join(spoken_ssn_parts(s, rng)), "SSN"))
    k.a("i have ", (" ".join(spoken_ssn_parts(s, rng)), "SSN"), " correct")
    k.c(pick(rng, ["correct", "yep that's it", "yes ma'am"]))
    k.note = "call/government services: agent reads the SSN back"
    return k


def p_ssn_homophone(rng):
    s = gen_ssn(rng)
    words = say_singles(s, rng, doubles=0.2).split()
    hom = {"two": "to", "four": "for", "eight": "ate", "one": "won"}
    out = []
    for w in words:
        if w in hom and rng.random() < 0.5:
            out.append(hom[w])
        else:
            out.append(w)
    k = Case("positive")
    k.a("okay last step can you give me your social security number")
    k.c(pick(rng, ["yeah ", "it's ", ""]), (" ".join(out), "SSN"))
    k.note = "call/banking: SSN with ASR homophones (to/for/ate/won)"
    return k


def p_ssn_filler(rng):
    s = gen_ssn(rng)
    k = Case("positive")
    a = say_singles(s[:3], rng)
    b = say_singles(s[3:5], rng)
    c = say_singles(s[5:], rng)
    k.a("and the social security number")
    k.c((a + " " + pick(rng, ["uh", "um", "hold on", "let me see"]) + " " + b + " " + c, "SSN"),
        pick(rng, ["", " i think yeah"]))
    k.note = "call/healthcare billing: SSN with filler words inside the reading"
    return k


def p_ssn_chat_prose(rng):
    s = gen_ssn(rng)
    amt = "%d.%02d" % (rng.randint(100, 3000), rng.randint(0, 99))
    k = Case("positive")
    k.c("hi i got a letter saying i owe $%s on my %d return, my ssn is " % (amt, rng.randint(2019, 2024)),
        (typed_ssn(s, rng), "SSN"), " and case number ", rdig(rng, 7), " can someone explain")
    k.note = "chat/government services: SSN mid-message next to amount, tax year and case number"
    return k


def p_phone_us_call(rng):
    p = gen_us_phone(rng)
    parts = spoken_us_phone_parts(p, rng)
    k = Case("positive")
    k.a(pick(rng, ["what's the best callback number", "and a phone number on the account",
                   "can i get a good number to reach you"]))
    st = rng.randint(0, 2)
    if st == 0:
        k.c(pick(rng, ["it's ", "yeah ", ""]), (" ".join(parts), "PHONE"))
    elif st == 1:
        k.c("area code ", (parts[0], "PHONE", "p"))
        k.a(pick(rng, BACK))
        k.c((parts[1] + " " + parts[2], "PHONE", "p"))
    else:
        k.c(pick(rng, ["", "um "]), (parts[0] + " " + parts[1], "PHONE", "p"))
        k.a(pick(rng, BACK))
        k.c((parts[2], "PHONE", "p"))
    k.note = "call/%s: US phone number read as words" % pick(rng, ["telecom", "pharmacy", "auto dealer", "utilities"])
    return k


def p_phone_typed(rng):
    k = Case("positive")
    if rng.random() < 0.75:
        p = gen_us_phone(rng)
        t = typed_us_phone(p, rng)
        k.a("What number should we text the confirmation to?")
        k.c(pick(rng, ["", "cell is ", "call me at ", "my cell # "]), (t, "PHONE"),
            pick(rng, ["", " after 5pm", " thanks!", " (mobile)"]))
        k.note = "chat/retail: US phone typed in %s form" % t.replace("0123456789", "")
    else:
        p = gen_uk_mobile(rng)
        k.a("Can you confirm a contact number?")
        k.c((typed_uk_phone(p, rng), "PHONE"))
        k.note = "chat/telecom UK: mobile number typed"
    return k


def p_phone_uk_call(rng):
    p = gen_uk_mobile(rng)
    k = Case("positive")
    k.a("and the mobile number on the account")
    k.c(pick(rng, ["it's ", "", "er "]), (say_singles(p[:5], rng, uk=True), "PHONE", "p"), " ",
        (say_singles(p[5:8], rng, uk=True) + " " + say_singles(p[8:], rng, uk=True), "PHONE", "p"))
    k.note = "call/utilities UK: mobile with oh/nought and doubles"
    return k


def p_phone_intl(rng):
    k = Case("positive")
    ie = "8" + rng.choice("35679") + rdig(rng, 7)
    k.a("and is there a number we can reach you on while you're away")
    if rng.random() < 0.5:
        k.c("yeah it's an irish mobile ", ("plus three five three " + say_singles(ie, rng), "PHONE"))
    else:
        k.c("sure ", ("+353 " + ie[:2] + " " + ie[2:5] + " " + ie[5:], "PHONE"), " that's my irish mobile")
    k.note = "call/travel: Irish mobile with +353 country code"
    return k


def p_email_call(rng):
    local, dom = gen_email(rng)
    k = Case("positive")
    k.a(pick(rng, ["and what email should we send the receipt to", "can i get an email address for the account"]))
    k.c(pick(rng, ["yeah it's ", "sure it's ", ""]), (spoken_email(local, dom, rng), "EMAIL"))
    k.a("thank you")
    k.note = "call/%s: spoken email with dot/at/underscore" % pick(rng, ["retail", "airline", "bank", "utilities"])
    return k


def p_email_chat(rng):
    local, dom = gen_email(rng)
    k = Case("positive")
    k.c(pick(rng, ["pls update my email to ", "new email: ", "you can reach me at ", "email is "]),
        (typed_email(local, dom, rng), "EMAIL"),
        pick(rng, ["", " thanks", ". order #%d" % rng.randint(100000, 9999999), " - old one doesnt work"]))
    k.note = "chat/retail: typed email, possibly next to an order number"
    return k


def p_email_spelled(rng):
    last = pick(rng, ["okafor", "kowalski", "nguyen", "reyes", "murphy", "walsh"])
    first = pick(rng, ["t", "j", "m", "r", "d"])
    num = rng.randint(10, 99)
    dom = pick(rng, ["gmail", "yahoo", "outlook", "hotmail"])
    k = Case("positive")
    k.a("what's the email")
    spelled = " ".join(last)
    k.c((first + " " + last + " " + say_number(num) + " at " + dom + " dot com", "EMAIL"),
        " that's ", spelled)
    k.note = "call/insurance: email said then surname spelled letter by letter (spelling not labelled)"
    # the spelled surname alone is not one of our types
    return k


def p_zip_call(rng):
    z = gen_zip(rng, plus4=rng.random() < 0.4)
    k = Case("positive")
    k.a(pick(rng, ["and the billing zip code", "what zip code is the card registered to",
                   "can you confirm your zip"]))
    k.c(pick(rng, ["", "it's ", "um "]), (spoken_zip(z, rng), "POSTCODE"))
    k.note = "call/retail: billing ZIP%s spoken" % ("+4" if len(z) == 9 else "")
    return k


def p_address_us_typed(rng):
    a = gen_us_addr(rng)
    city, st = pick(rng, US_CITIES)
    z = gen_zip(rng, plus4=rng.random() < 0.35)
    k = Case("positive")
    k.a("What's the shipping address?")
    sep = pick(rng, [", ", " ", "\n"])
    k.c((typed_us_addr(a, rng), "ADDRESS"), sep, "%s, %s " % (city, st), (typed_zip(z), "POSTCODE"))
    k.note = "chat/retail: US street address with city/state and ZIP%s" % ("+4" if len(z) == 9 else "")
    return k


def p_address_us_call(rng):
    a = gen_us_addr(rng)
    city, st = pick(rng, US_CITIES)
    z = gen_zip(rng)
    k = Case("positive")
    k.a("and the service address")
    k.c((spoken_us_addr(a, rng), "ADDRESS"), " in %s" % city.lower())
    k.a("and the zip")
    k.c((spoken_zip(z, rng), "POSTCODE"))
    k.note = "call/utilities: spoken US service address (house number as pairs) then ZIP"
    return k


def p_address_move(rng):
    a1 = gen_us_addr(rng)
    a2 = gen_us_addr(rng)
    k = Case("positive")
    k.c("hi we're moving next month from ", (typed_us_addr(a1, rng), "ADDRESS"), " to ",
        (typed_us_addr(a2, rng), "ADDRESS"), pick(rng, [" can u transfer the internet", ", need to move my service on the 15th"]))
    k.note = "chat/telecom: two US addresses in one message (old and new); date is not DOB"
    return k


def p_address_uk(rng):
    num = rng.randint(1, 180)
    st = pick(rng, UK_STREETS)
    pc = gen_uk_pc(rng)
    town = pick(rng, UK_TOWNS)
    k = Case("positive")
    k.a("can i take the first line of the address and the postcode")
    if rng.random() < 0.5:
        k.c((say_number(num) + " " + st.lower(), "ADDRESS"), " " + town.lower() + " ",
            (say_letters(pc.replace(" ", ""), rng, nato_p=0.2), "POSTCODE"))
        k.note = "call/utilities UK: spoken first line and postcode letter by letter"
    else:
        k.c((str(num) + " " + st, "ADDRESS"), ", " + town + ", ", (pc if rng.random() < 0.7 else pc.replace(" ", "").lower(), "POSTCODE"))
        k.note = "chat/energy UK: typed first line and postcode"
    return k


def p_ni(rng):
    ni = gen_ni(rng)
    k = Case("positive")
    st = rng.randint(0, 3)
    if st == 0:
        k.a("Can you confirm your National Insurance number please?")
        k.c(pick(rng, ["", "sure its ", "NI: "]), (typed_ni(ni, rng), "NI_NUMBER"))
        k.note = "chat/government services UK: typed NI number"
    elif st == 1:
        let, dg, suf = spoken_ni_parts(ni, rng)
        k.a("and your national insurance number")
        k.c(pick(rng, ["yeah it's ", "", "right it's "]), (let + " " + dg + " " + suf, "NI_NUMBER"))
        k.note = "call/pensions UK: NI number spoken with letters and pairs"
    elif st == 2:
        let, dg, suf = spoken_ni_parts(ni, rng)
        k.a("what's your national insurance number")
        k.c((let, "NI_NUMBER", "n"))
        k.a(pick(rng, BACK))
        k.c((dg, "NI_NUMBER", "n"))
        k.a(pick(rng, ["and the letter at the end", "mhm and the last letter"]))
        k.c((suf, "NI_NUMBER", "n"))
        k.note = "call/benefits UK: NI number split across three customer turns"
    else:
        let, dg, suf = spoken_ni_parts(ni, rng)
        k.a("national insurance please")
        k.c((let + " " + dg + " " + suf, "NI_NUMBER"))
        k.a("so that's ", (typed_ni(ni, rng) if rng.random() < 0.0 else let + " " + dg + " " + suf, "NI_NUMBER"))
        k.c("yes")
        k.note = "call/HMRC-style helpline UK: NI number with agent read-back"
    return k


def p_ni_chat_mixed(rng):
    ni = gen_ni(rng)
    y, m, d = gen_dob(rng)
    k = Case("positive")
    k.c("hi, claiming a tax refund of £%d. NI " % rng.randint(50, 900), (typed_ni(ni, rng), "NI_NUMBER"),
        ", DOB ", (typed_dob_uk(y, m, d, rng), "DOB"), pick(rng, ["", ". ref 48213 from the letter"]))
    k.note = "chat/government services UK: NI number and DOB in one message with money amount"
    return k


def p_bank_uk(rng):
    sc = rdig(rng, 6)
    acct = rdig(rng, 8)
    k = Case("positive")
    if rng.random() < 0.5:
        k.a("what's the sort code and account number for the direct debit")
        k.c((say_chunks([sc[:2], sc[2:4], sc[4:]], ["p", "p", "p"], rng, uk=True)[0] + " " +
             " ".join(say_chunks([sc[2:4], sc[4:]], ["p", "p"], rng, uk=True)), "SORT_CODE"))
        k.a(pick(rng, ["lovely and the account number", "and the account number"]))
        k.c((say_singles(acct[:4], rng, uk=True), "BANK_ACCOUNT", "acc"))
        k.a(pick(rng, BACK))
        k.c((say_singles(acct[4:], rng, uk=True), "BANK_ACCOUNT", "acc"))
        k.note = "call/utilities UK: sort code in pairs, account number split over turns"
    else:
        f = pick(rng, ["{0}-{1}-{2}", "{0} {1} {2}", "{0}{1}{2}"])
        k.c("Sort code ", (f.format(sc[:2], sc[2:4], sc[4:]), "SORT_CODE"), pick(rng, [", acc no ", " account ", " a/c "]),
            (acct, "BANK_ACCOUNT"))
        k.note = "chat/banking UK: typed sort code and account number"
    return k


def p_bank_us(rng):
    acct = rdig(rng, rng.randint(9, 12))
    k = Case("positive")
    if rng.random() < 0.5:
        k.a("And the checking account number for autopay?")
        k.c(pick(rng, ["acct # ", "account number ", ""]), (acct, "BANK_ACCOUNT"))
        k.note = "chat/utilities: US checking account number for autopay"
    else:
        k.a("okay read me the account number off the check the longer one")
        k.c((say_singles(acct, rng), "BANK_ACCOUNT"))
        k.note = "call/mortgage servicing: US account number read digit by digit"
    return k


def p_iban(rng):
    ib = gen_iban(rng)
    k = Case("positive")
    if rng.random() < 0.55:
        k.c(pick(rng, ["please refund to my IBAN ", "IBAN: ", "my iban is "]), (typed_iban(ib, rng), "IBAN"),
            pick(rng, ["", " thanks", ", amount €%d.%02d" % (rng.randint(10, 500), rng.randint(0, 99))]))
        k.note = "chat/travel EU: %s IBAN for a refund" % ib[:2]
    else:
        safe = gen_iban(rng, pick(rng, ["DE", "ES", "FR"]))
        ib = safe
        groups = spoken_iban(ib, rng)
        k.a("can you read me the iban")
        half = len(groups) // 2
        k.c((" ".join(groups[:half]), "IBAN", "i"))
        k.a(pick(rng, BACK))
        k.c((" ".join(groups[half:]), "IBAN", "i"))
        k.note = "call/insurance EU: %s IBAN read in groups over two turns" % ib[:2]
    return k


def p_iban_spoken_letters(rng):
    cc = pick(rng, ["GB", "IE", "NL"])
    while True:
        ib = gen_iban(rng, cc)
        if "O" not in ib:
            break
    k = Case("positive")
    k.a("and the iban for the refund")
    k.c(pick(rng, ["okay ", "right ", ""]), (" ".join(spoken_iban(ib, rng)), "IBAN"))
    k.note = "call/airline %s: IBAN with bank code letters spelled" % cc
    return k


def p_dob(rng):
    y, m, d = gen_dob(rng)
    k = Case("positive")
    st = rng.randint(0, 2)
    if st == 0:
        k.a("can i have your date of birth")
        k.c(pick(rng, ["", "it's ", "sure "]), (spoken_dob(y, m, d, rng), "DOB"))
        k.note = "call/healthcare billing: spoken DOB"
    elif st == 1:
        k.a("Please confirm your date of birth.")
        k.c((typed_dob_us(y, m, d, rng), "DOB"))
        k.note = "chat/pharmacy: typed DOB US format"
    else:
        k.a("what's the patient's date of birth")
        k.c("she was born ", (spoken_dob(y, m, d, rng), "DOB"), " and the appointment was %s %s" % (
            MONTHS[rng.randint(0, 11)], say_ordinal(rng.randint(1, 28))))
        k.note = "call/healthcare billing: DOB next to an appointment date (not DOB)"
    return k


def p_full_verification(rng):
    s = gen_ssn(rng)
    y, m, d = gen_dob(rng)
    a = gen_us_addr(rng)
    z = gen_zip(rng)
    k = Case("positive")
    k.a("Before we continue I need to verify. Full name, DOB, last 4 are not enough, I need the full SSN and address on file.")
    k.c("%s %s, " % (pick(rng, FIRST), pick(rng, LAST)), (typed_dob_us(y, m, d, rng), "DOB"), ", ", (typed_ssn(s, rng), "SSN"), ", ",
        (typed_us_addr(a, rng), "ADDRESS"), " ", (typed_zip(z), "POSTCODE"))
    k.note = "chat/credit union: DOB, SSN, address and ZIP in one message"
    return k


def p_insurance_call_mix(rng):
    s = gen_ssn(rng)
    p = gen_us_phone(rng)
    k = Case("positive")
    pol = rdig(rng, 9)
    k.a("thank you for calling can i have your policy number")
    k.c("policy number ", say_singles(pol, rng))
    k.a("and for verification the social on the policy")
    k.c((" ".join(spoken_ssn_parts(s, rng)), "SSN"))
    k.a("and is ", (" ".join(spoken_us_phone_parts(p, rng)), "PHONE"), " still a good number")
    k.c("yes it is")
    k.note = "call/insurance: unlabelled 9-digit policy number beside a real SSN and agent-read phone"
    return k


def p_two_values_turn(rng):
    p = gen_us_phone(rng)
    local, dom = gen_email(rng)
    k = Case("positive")
    k.a("can i update your contact details")
    k.c("yeah phone is ", (" ".join(spoken_us_phone_parts(p, rng)), "PHONE"), " and email ",
        (spoken_email(local, dom, rng), "EMAIL"))
    k.note = "call/wireless: phone and email in the same ASR turn"
    return k


def p_ssn_correction(rng):
    s = gen_ssn(rng)
    wrong = s[5:8] + str((int(s[8]) + 4) % 10)
    k = Case("positive")
    k.a("social security number please")
    k.c((say_singles(s[:3], rng) + " " + say_singles(s[3:5], rng), "SSN", "s"), " ",
        (say_singles(wrong, rng), "SSN", "frag"), pick(rng, [" no sorry ", " wait no ", " scratch that "]),
        (say_singles(s[5:], rng), "SSN", "fix"))
    k.fix = ("s", "fix")
    k.note = "call/student loans: SSN with self-correction of the last four"
    return k


def p_ssn_typed_split(rng):
    s = gen_ssn(rng)
    k = Case("positive")
    k.a("Please send your SSN")
    k.c((s[:3], "SSN", "s"))
    k.c((s[3:5] + rng.choice(["", "-", " "]) + s[5:], "SSN", "s"))
    k.c("sorry hit enter too soon")
    k.note = "chat/benefits: SSN typed across two chat messages"
    return k


def p_card_chat_messy(rng):
    d, brand = gen_card(rng)
    k = Case("positive")
    t = " ".join(d[i:i + 4] for i in range(0, len(d), 4))
    t = t.replace(" ", rng.choice([".", " ", "  ", "/"]))
    k.c(pick(rng, ["ok heres the card ", "card no ", "cc# "]), (t, "CARD_NUMBER"),
        pick(rng, [" pls charge the $%d" % rng.randint(40, 900), "", " its a debit card"]))
    k.note = "chat/retail: card typed with odd separators (dots/slashes)"
    return k


def p_card_19(rng):
    body = pick(rng, ["6", "4"]) + rdig(rng, 17)
    d = luhn_complete(body)
    k = Case("positive")
    k.c("the card is 19 digits: ", (" ".join([d[:4], d[4:8], d[8:12], d[12:16], d[16:]]), "CARD_NUMBER"))
    k.note = "chat/retail: 19-digit card number grouped 4-4-4-4-3"
    return k


def p_phone_ext(rng):
    p = gen_us_phone(rng)
    k = Case("positive")
    k.a("what's the best number for the office")
    k.c((" ".join(spoken_us_phone_parts(p, rng)), "PHONE"), " extension ", say_number(rng.randint(100, 999)))
    k.note = "call/b2b telecom: phone followed by an extension (extension not labelled)"
    return k


def p_healthcare_mix(rng):
    y, m, d = gen_dob(rng)
    a = gen_us_addr(rng)
    z = gen_zip(rng, plus4=True)
    k = Case("positive")
    k.a("i can help with that bill can i get the patient's date of birth")
    k.c((spoken_dob(y, m, d, rng), "DOB"))
    k.a("and the address we have on file")
    k.c((spoken_us_addr(a, rng), "ADDRESS"))
    k.a("zip code")
    k.c((spoken_zip(z, rng), "POSTCODE"))
    k.a("okay i see a balance of %s dollars and %s cents for the visit on %s %s" % (
        say_number(rng.randint(20, 900)), say_number(rng.randint(1, 99)), MONTHS[rng.randint(0, 11)], say_ordinal(rng.randint(1, 28))))
    k.note = "call/healthcare billing: DOB, address, ZIP+4; balance and visit date not PII"
    return k


def p_ssn_natural(rng):
    s = gen_ssn(rng)
    area = UNITS[int(s[0])] + " " + say_pair(s[1:3], rng)
    grp = say_pair(s[3:5], rng)
    last = say_pair(s[5:7], rng) + " " + say_pair(s[7:], rng)
    k = Case("positive")
    k.a(pick(rng, ["and can you verify your social for me", "what's the social on the account"]))
    if rng.random() < 0.5:
        k.c(pick(rng, ["sure ", "yeah ", ""]), (area + " " + grp + " " + last, "SSN"))
    else:
        k.c((area, "SSN", "s"), pick(rng, ["", " uh"]))
        k.a(pick(rng, BACK))
        k.c((grp + " " + last, "SSN", "s"))
    k.note = "call/%s: SSN said the way Americans group it (hundreds-style area, pairs)" % pick(
        rng, ["medicare advantage", "auto loan", "payroll", "mobile carrier"])
    return k


def p_phone_agent_confirm(rng):
    old = gen_us_phone(rng)
    new = gen_us_phone(rng)
    k = Case("positive")
    k.a("I show ", (typed_us_phone(old, rng), "PHONE"), " as the number on file, is that still good?")
    k.c(pick(rng, ["no, new one is ", "nope use ", "changed it to "]), (typed_us_phone(new, rng), "PHONE"),
        pick(rng, ["", " pls", " thanks"]))
    k.note = "chat/bank: agent states old phone, customer gives new one"
    return k


def p_zip_chat(rng):
    z = gen_zip(rng, plus4=rng.random() < 0.5)
    k = Case("positive")
    k.a("Can you confirm the ZIP code for the service location?")
    k.c(pick(rng, ["zip is ", "", "its ", "ZIP: "]), (typed_zip(z), "POSTCODE"),
        pick(rng, ["", " - store #%d is closest i think" % rng.randint(100, 3999), " thanks"]))
    k.note = "chat/telecom: typed ZIP/ZIP+4, possibly next to a store number"
    return k


def p_card_hundred(rng):
    while True:
        hi = rng.randint(11, 99)
        if hi % 10 == 0:
            continue
        body = rng.choice(["4", "5"]) + rdig(rng, 11) + "%02d0" % hi
        d = luhn_complete(body)
        if d.endswith("00"):
            break
    g = card_groups(d)
    last = (TENS[hi // 10] + " " + UNITS[hi % 10] if hi >= 20 else TEENS[hi - 10]) + " hundred"
    words = say_chunks(g[:3], [rng.choice("sp") for _ in range(3)], rng) + [last]
    k = Case("positive")
    k.a("okay i'm ready for the card number")
    k.c(pick(rng, ["", "alright ", "okay "]), (" ".join(words), "CARD_NUMBER"))
    k.a("and the name on the card")
    k.c("%s %s" % (pick(rng, FIRST).lower(), pick(rng, LAST).lower()))
    k.note = "call/electric utility: card whose last group is said as 'NN hundred' (e.g. fifty two hundred)"
    return k


def p_card_chat_typo(rng):
    d, brand = gen_card(rng)
    cuts = sorted(rng.sample(range(2, len(d) - 1), 3))
    parts = [d[:cuts[0]], d[cuts[0]:cuts[1]], d[cuts[1]:cuts[2]], d[cuts[2]:]]
    k = Case("positive")
    k.a("Please enter the card you'd like to use.")
    k.c(pick(rng, ["crad number ", "card numbr is ", "heres the card: ", ""]), (" ".join(parts), "CARD_NUMBER"),
        pick(rng, ["", " sorry typing on my phone", " exipry to follow"]))
    k.note = "chat/retail: card typed with irregular grouping and typos around it"
    return k


def p_ssn_chat_misgroup(rng):
    s = gen_ssn(rng)
    f = rng.choice(["{0}-{1}", "{0} {1}", "{0}  {1}"])
    cut = rng.choice([2, 4, 6])
    k = Case("positive")
    k.a("What's the Social Security number for the primary account holder?")
    k.c(pick(rng, ["its ", "", "soc sec # ", "my husband's is "]), (f.format(s[:cut], s[cut:]), "SSN"))
    k.note = "chat/credit bureau: SSN typed with a non-standard split"
    return k


def p_dob_age(rng):
    y, m, d = gen_dob(rng)
    age = 2026 - y
    k = Case("positive")
    k.a("and for the senior discount can i confirm the date of birth")
    k.c("i'm %s i was born " % say_number(age), (spoken_dob(y, m, d, rng), "DOB"))
    k.note = "call/transit: age (not PII) then DOB"
    return k


def p_card_andthen(rng):
    d, brand = gen_card(rng)
    parts = spoken_card(d, rng)
    glue = pick(rng, [" and then ", " then ", " dash ", " and "])
    k = Case("positive")
    k.a("thanks and the card number when you're ready")
    k.c(pick(rng, ["", "okay so ", "yeah um "]), (glue.join(parts), "CARD_NUMBER"))
    k.a("and is that a %s" % pick(rng, ["credit or debit", "visa or mastercard"]))
    k.c(pick(rng, ["debit", "credit", "it's a credit card"]))
    k.note = "call/%s: card groups joined by '%s' inside one reading" % (pick(rng, ["pharmacy", "satellite tv", "gas utility"]), glue.strip())
    return k


def p_phone_area_code_after(rng):
    p = gen_us_phone(rng)
    ps = spoken_us_phone_parts(p, rng)
    k = Case("positive")
    k.a("what's a good callback number in case we get disconnected")
    k.c((ps[0], "PHONE", "p"), " that's the area code then ", (ps[1] + " " + ps[2], "PHONE", "p"))
    k.note = "call/tech support: phone with 'that's the area code then' in the middle"
    return k


def p_ssn_dash_words(rng):
    s = gen_ssn(rng)
    ps = spoken_ssn_parts(s, rng)
    k = Case("positive")
    k.a("okay and the social security number")
    k.c(pick(rng, ["it's ", "", "sure "]), (" dash ".join(ps), "SSN"))
    k.note = "call/social services: SSN dictated with the word 'dash' between groups"
    return k


POS_TEMPLATES = [
    (p_card_call_single, 14), (p_card_call_split, 10), (p_card_chat, 10), (p_card_readback, 4),
    (p_card_correction, 4), (p_card_chat_messy, 5), (p_card_19, 2),
    (p_cvv_exp_call, 6), (p_cvv_exp_same_turn, 5),
    (p_ssn_typed, 12), (p_ssn_call, 14), (p_ssn_with_dob, 5), (p_ssn_readback, 4), (p_ssn_homophone, 5),
    (p_ssn_filler, 4), (p_ssn_chat_prose, 4), (p_ssn_correction, 3), (p_ssn_typed_split, 3),
    (p_phone_us_call, 8), (p_phone_typed, 8), (p_phone_uk_call, 3), (p_phone_intl, 2), (p_phone_ext, 2),
    (p_email_call, 6), (p_email_chat, 5), (p_email_spelled, 2), (p_two_values_turn, 3),
    (p_zip_call, 5), (p_address_us_typed, 8), (p_address_us_call, 6), (p_address_move, 3), (p_address_uk, 4),
    (p_ni, 22), (p_ni_chat_mixed, 6),
    (p_bank_uk, 14), (p_bank_us, 6), (p_iban, 7), (p_iban_spoken_letters, 5),
    (p_dob, 8), (p_card_andthen, 5), (p_phone_area_code_after, 4), (p_ssn_dash_words, 5), (p_card_hundred, 4), (p_card_chat_typo, 4), (p_ssn_chat_misgroup, 5), (p_dob_age, 3), (p_ssn_natural, 8), (p_phone_agent_confirm, 4), (p_zip_chat, 5), (p_full_verification, 4), (p_insurance_call_mix, 4), (p_healthcare_mix, 4),
]


# ---------------------------------------------------------------- negative templates
def n_amounts(rng):
    k = Case("negative")
    a = rng.randint(1000, 9999)
    k.a("your current balance is %s dollars and %s cents" % (say_number(a), say_number(rng.randint(1, 99))))
    k.c("wait it was only %s last month" % say_number(rng.randint(100, 999)))
    k.a("yes there was a late fee of thirty five dollars and the rate went up %s percent" % say_number(rng.randint(2, 15)))
    k.note = "call/credit card: balances, fees and percentage spoken as words"
    return k


def n_policy_number(rng):
    k = Case("negative")
    pol = rdig(rng, rng.choice([8, 9, 10]))
    k.a("can i have your policy number please")
    k.c("yeah the policy number is ", say_singles(pol, rng))
    k.a("thank you i have that policy here renewing on %s %s" % (MONTHS[rng.randint(0, 11)], say_ordinal(rng.randint(1, 28))))
    k.note = "call/auto insurance: policy number said with its name, renewal date"
    return k


def n_member_id(rng):
    k = Case("negative")
    mid = pick(rng, ["W", "XK", "H", "ZGP"]) + rdig(rng, rng.choice([8, 9]))
    k.c("My member ID is %s and group number %s. Why was claim #%s denied?" % (mid, rdig(rng, 6), rdig(rng, 10)))
    k.a("Let me look up claim %s. It was processed on %d/%d/2025 for $%d.%02d." % (
        rdig(rng, 10), rng.randint(1, 12), rng.randint(1, 28), rng.randint(50, 2000), rng.randint(0, 99)))
    k.note = "chat/health insurance: member ID, group number, claim numbers, processing date, amount"
    return k


def n_tracking(rng):
    k = Case("negative")
    trk = rdig(rng, 10)
    k.c("Where is my package? Tracking number %s, order #%s" % (trk, rdig(rng, 7)))
    k.a("I see tracking %s is out for delivery, expected by 8 PM. Your order total was $%d.%02d." % (
        trk, rng.randint(10, 500), rng.randint(0, 99)))
    k.note = "chat/retail: tracking and order numbers with names, time, total"
    return k


def n_claim_call(rng):
    k = Case("negative")
    cl = rdig(rng, 9)
    k.a("do you have a claim number")
    k.c("yes claim number " + " ".join(say_chunks([cl[:3], cl[3:6], cl[6:]], ["s", "s", "s"], rng)))
    k.a("okay that claim was paid on the %s for %s dollars" % (say_ordinal(rng.randint(1, 28)), say_number(rng.randint(100, 4000))))
    k.note = "call/health insurance: 9-digit claim number said with its name (not an SSN)"
    return k


def n_times_dates(rng):
    k = Case("negative")
    k.a("i can book the technician for %s %s between %s and %s" % (
        MONTHS[rng.randint(0, 11)], say_ordinal(rng.randint(1, 28)), pick(rng, ["eight", "nine", "ten"]),
        pick(rng, ["noon", "twelve", "one pm"])))
    k.c("can you do %s thirty instead" % pick(rng, ["two", "three", "four"]))
    k.a("yes the visit takes about %s minutes" % say_number(rng.choice([45, 90, 120])))
    k.note = "call/utilities: appointment date, time window, duration"
    return k


def n_flight(rng):
    k = Case("negative")
    fl = pick(rng, ["UA", "AA", "DL", "BA", "EI", "FR"]) + str(rng.randint(100, 2999))
    k.c("My flight %s on %s %d was cancelled, booking ref %s" % (
        fl, MONTH_ABBR[rng.randint(0, 11)], rng.randint(1, 28),
        "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))))
    k.a("I'm sorry. I can rebook you on %s departing at %d:%02d, seat %d%s, gate B%d." % (
        fl[:2] + str(rng.randint(100, 2999)), rng.randint(1, 12), rng.choice([0, 15, 30, 45]),
        rng.randint(1, 40), rng.choice("ABCDEF"), rng.randint(1, 40)))
    k.note = "chat/airline: flight numbers, booking reference, time, seat, gate"
    return k


def n_flight_call(rng):
    k = Case("negative")
    k.a("what's the flight number")
    k.c("delta %s leaving %s" % (say_number(rng.randint(100, 2999)), pick(rng, ["at six fifteen", "tomorrow at noon", "on the twenty second"])))
    k.a("and your confirmation code is %s" % say_letters("".join(rng.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(6)), rng, 0.2))
    k.note = "call/airline: flight number and confirmation code spoken"
    return k


def n_meter(rng):
    k = Case("negative")
    r = rng.randint(10000, 99999)
    k.a("can you read me the meter reading")
    k.c("yeah it says %s" % say_singles(str(r), rng))
    k.a("thanks and your meter serial should start with %s" % pick(rng, ["e", "k", "s"]))
    k.c("yeah the last bill was %s dollars for %s kilowatt hours" % (say_number(rng.randint(60, 400)), say_number(rng.randint(300, 1500))))
    k.note = "call/utilities: meter reading read digit by digit, bill amount, usage"
    return k


def n_model(rng):
    k = Case("negative")
    k.c("My router model %s keeps dropping, speed test shows %d Mbps instead of %d. Ticket %s" % (
        pick(rng, ["XB7", "TG1682G", "RAX40", "C4000XG", "NVG468MQ"]), rng.randint(5, 80),
        rng.choice([300, 500, 940]), rdig(rng, 8)))
    k.a("Thanks. Ticket %s is open. Please reboot and wait %d minutes." % (rdig(rng, 8), rng.randint(2, 10)))
    k.note = "chat/ISP: model numbers, speeds, ticket numbers, minutes"
    return k


def n_room_hotel(rng):
    k = Case("negative")
    k.a("you're in room %s checking out on the %s" % (say_number(rng.randint(100, 1899)), say_ordinal(rng.randint(1, 28))))
    k.c("yes and we were charged %s dollars twice for the minibar" % say_number(rng.randint(10, 90)))
    k.a("i'll refund that your reservation number is %s" % say_singles(rdig(rng, 8), rng))
    k.note = "call/hotel: room number, date, charges, reservation number"
    return k


def n_age_temp(rng):
    k = Case("negative")
    k.c("my son is %d and had a fever of 102.%d last night, the urgent care bill was $%d" % (
        rng.randint(2, 16), rng.randint(1, 9), rng.randint(80, 600)))
    k.a("Sorry to hear that. For a %d year old that visit is covered at %d%% after the $%d copay." % (
        rng.randint(2, 16), rng.choice([70, 80, 90]), rng.choice([20, 25, 40])))
    k.note = "chat/health insurance: age, temperature, percentages, amounts"
    return k


def n_invoice(rng):
    k = Case("negative")
    inv = rdig(rng, rng.choice([6, 7, 8, 10]))
    k.c("Invoice no. %s dated %02d/%02d/2025 shows %d units at $%d.%02d each" % (
        inv, rng.randint(1, 12), rng.randint(1, 28), rng.randint(2, 40), rng.randint(1, 99), rng.randint(0, 99)))
    k.a("Thanks, I've raised a dispute on invoice %s, reference %s." % (inv, rdig(rng, 6)))
    k.note = "chat/b2b retail: invoice number, invoice date, quantities, prices"
    return k


def n_counts_years(rng):
    k = Case("negative")
    y = rng.randint(2005, 2023)
    k.a("how long have you been with us")
    k.c("since %s so like %s years and we have %s lines on the plan" % (say_year(y, rng), say_number(2025 - y), say_number(rng.randint(2, 6))))
    k.a("okay i can give you %s gigs extra for %s ninety nine a month" % (say_number(rng.choice([10, 15, 20, 50])), say_number(rng.randint(10, 60))))
    k.note = "call/wireless: years, counts, data allowance, price"
    return k


def n_payment_date(rng):
    k = Case("negative")
    k.a("your next payment of $%d.%02d is due on %s %d, %d" % (rng.randint(50, 900), rng.randint(0, 99),
                                                               MONTHS[rng.randint(0, 11)].capitalize(), rng.randint(1, 28), rng.randint(2025, 2027)))
    k.c("can I move it to the %dth? my contract started %02d/%02d/%d" % (rng.randint(4, 20), rng.randint(1, 12), rng.randint(1, 28), rng.randint(2019, 2024)))
    k.note = "chat/telecom: payment and contract dates (not birth dates), amount"
    return k


def n_order_call(rng):
    k = Case("negative")
    o = rdig(rng, rng.choice([7, 8, 9, 10]))
    k.a("do you have your order number")
    k.c("order number " + " ".join(say_chunks([o[:len(o) // 2], o[len(o) // 2:]], ["s", "s"], rng)))
    k.a("thanks that order shipped %s items on %s" % (say_number(rng.randint(2, 9)), pick(rng, ["monday", "tuesday", "friday"])))
    k.note = "call/retail: order number read digit by digit with its name"
    return k


def n_case_ref_uk(rng):
    k = Case("negative")
    k.a("have you got a reference number from the letter")
    k.c("yeah reference %s" % say_singles(rdig(rng, 8), rng, uk=True))
    k.a("lovely that's for the bill of %s pounds %s from the %s of %s" % (
        say_number(rng.randint(40, 500)), say_number(rng.randint(1, 99)), say_ordinal(rng.randint(1, 28)), MONTHS[rng.randint(0, 11)]))
    k.note = "call/energy UK: reference number with name, bill amount, bill date"
    return k


def n_rx(rng):
    k = Case("negative")
    k.c("refill for rx #%s please, %d tablets of %dmg, pickup at %d:%02d" % (
        rdig(rng, 7), rng.choice([30, 60, 90]), rng.choice([5, 10, 20, 50]), rng.randint(1, 8), rng.choice([0, 30])))
    k.a("Rx %s will be ready after 3pm, copay $%d.%02d" % (rdig(rng, 7), rng.randint(0, 40), rng.randint(0, 99)))
    k.note = "chat/pharmacy: prescription numbers, dosage, time, copay"
    return k


def n_auto(rng):
    k = Case("negative")
    k.a("what's the mileage on the vehicle")
    k.c("about %s thousand miles it's a %s" % (say_number(rng.randint(20, 180)), say_year(rng.randint(2008, 2024), rng)))
    k.a("and the claim for the windshield is %s dollars with a %s dollar deductible" % (
        say_number(rng.randint(200, 900)), say_number(rng.choice([250, 500, 1000]))))
    k.note = "call/auto insurance: mileage, model year, claim amount, deductible"
    return k


def n_speed_temp(rng):
    k = Case("negative")
    k.c("thermostat set to %d but house is %d degrees, unit model %s" % (
        rng.randint(66, 74), rng.randint(58, 85), pick(rng, ["T6 Pro", "RTH9585", "3200", "Nest E"])))
    k.a("I've scheduled service ticket %s for Thursday between 1-5pm." % rdig(rng, 9))
    k.note = "chat/home services: temperatures, model, 9-digit ticket number with name, time window"
    return k


def n_account_summary(rng):
    k = Case("negative")
    cap = rng.choice([50, 100])
    k.a("Your account shows %d devices, %d GB used of %d GB, and a credit of $%d.%02d." % (
        rng.randint(2, 8), rng.randint(5, cap - 1), cap, rng.randint(1, 99), rng.randint(0, 99)))
    k.c("ok and the promo ends %s %d?" % (MONTH_ABBR[rng.randint(0, 11)], rng.randint(2025, 2027)))
    k.note = "chat/wireless: counts, usage, credit, promo end date"
    return k


def n_call_numbers_chat(rng):
    k = Case("negative")
    k.a("okay that's confirmation number %s for the %s dollar payment" % (
        say_singles(rdig(rng, 9), rng), say_number(rng.randint(100, 999))))
    k.c("okay and it posts in %s to %s business days" % (say_number(rng.randint(1, 3)), say_number(rng.randint(4, 7))))
    k.note = "call/banking: 9-digit confirmation number said with its name; amount; days"
    return k


def n_percent_interest(rng):
    k = Case("negative")
    k.c("What's the APR? it was %d.%02d%% and now it's %d.%d%%. also my limit is $%d,%03d" % (
        rng.randint(10, 29), rng.randint(0, 99), rng.randint(10, 29), rng.randint(0, 9), rng.randint(1, 25), rng.randint(0, 999)))
    k.a("The rate change took effect on %d/%d/2025 per the notice sent %d days prior." % (
        rng.randint(1, 12), rng.randint(1, 28), rng.choice([30, 45, 60])))
    k.note = "chat/credit card: APRs, credit limit, effective date, days"
    return k


def n_gov_forms(rng):
    k = Case("negative")
    k.a("you'll need form %s and the filing deadline is april fifteenth" % pick(rng, ["ten forty", "w two", "ten ninety nine", "i nine"]))
    k.c("okay and my refund was %s dollars for tax year %s" % (say_number(rng.randint(100, 4000)), say_year(rng.randint(2019, 2024), rng)))
    k.a("it takes about %s weeks your case number is %s" % (say_number(rng.randint(3, 12)), say_singles(rdig(rng, 7), rng)))
    k.note = "call/government services: form names, deadline, refund amount, tax year, case number"
    return k


def n_store_hours(rng):
    k = Case("negative")
    k.c("what time does the store close on sunday and is the %s inch tv still $%d" % (rng.choice([55, 65, 75]), rng.randint(300, 1500)))
    k.a("We close at %d PM on Sundays. Item %s is $%d.99, %d left in stock." % (
        rng.randint(5, 9), rdig(rng, 6), rng.randint(300, 1500), rng.randint(1, 12)))
    k.note = "chat/retail: hours, sizes, prices, item number, stock count"
    return k


def n_ivr(rng):
    k = Case("negative")
    k.a("press %s for billing or %s for technical support your estimated wait time is %s minutes" % (
        pick(rng, ["one", "two"]), pick(rng, ["three", "four"]), say_number(rng.randint(3, 40))))
    k.c("representative")
    k.a("you are caller number %s thank you for holding" % say_number(rng.randint(2, 19)))
    k.note = "call/IVR: menu options, wait time, queue position"
    return k


def n_store_number(rng):
    k = Case("negative")
    k.c("I want to pick up at store #%d, it's order %s, %d items" % (rng.randint(1000, 9999), rdig(rng, 9), rng.randint(2, 6)))
    k.a("Store %d has it ready after %d:00 PM. Pickup code is %s." % (rng.randint(1000, 9999), rng.randint(1, 6), rdig(rng, 6)))
    k.note = "chat/retail: store numbers, 9-digit order number with name, pickup code"
    return k


def n_medicare_plan(rng):
    k = Case("negative")
    k.a("you're on plan %s dash oh oh %s and your deductible is %s dollars" % (
        say_letters("H" + rdig(rng, 4), rng, 0), pick(rng, ["one", "two", "four"]), say_number(rng.choice([250, 505, 590]))))
    k.c("and how much is the specialist copay")
    k.a("forty dollars and you've met %s percent of your out of pocket max" % say_number(rng.randint(10, 90)))
    k.note = "call/medicare advantage: plan id, deductible, copay, percent"
    return k


def n_context_no_value(rng):
    k = Case("negative")
    opts = [
        [("agent", "can i get the card number"), ("customer", "hold on i don't have my card on me can i call back in ten minutes")],
        [("agent", "what's your social security number"), ("customer", "i'd rather not give that over the phone is there another way")],
        [("agent", "and the zip code"), ("customer", "um let me find the letter it's upstairs one second")],
        [("agent", "What's your date of birth?"), ("customer", "Why do you need that? I just want to cancel order %s" % rdig(rng, 8))],
        [("agent", "can you confirm your email address"), ("customer", "it's the same one as before i haven't changed it")],
        [("agent", "and the expiry date on the card"), ("customer", "it's the new card they sent last week hang on")],
    ]
    for sp, txt in pick(rng, opts):
        k.add(sp, txt)
    k.note = "call/chat mixed: PII requested but not given (context words without a value)"
    return k


def n_us_refs_chat(rng):
    k = Case("negative")
    k.c("Hi, case #%s. my %d %s was towed, claim %s, and the adjuster ext is %d" % (
        rdig(rng, 8), rng.randint(2010, 2024), pick(rng, ["Camry", "F-150", "Civic", "Model 3"]), rdig(rng, 10), rng.randint(1000, 9999)))
    k.a("Thanks. Claim %s shows a tow charge of $%d and rental coverage of $%d/day for up to %d days." % (
        rdig(rng, 10), rng.randint(90, 400), rng.choice([30, 40, 50]), rng.choice([14, 21, 30])))
    k.note = "chat/auto insurance: case, claim and extension numbers with their names; year, amounts, days"
    return k


NEG_TEMPLATES = [
    (n_amounts, 5), (n_policy_number, 6), (n_member_id, 6), (n_tracking, 5), (n_claim_call, 6),
    (n_times_dates, 4), (n_flight, 4), (n_flight_call, 3), (n_meter, 4), (n_model, 4), (n_room_hotel, 4),
    (n_age_temp, 4), (n_invoice, 4), (n_counts_years, 4), (n_payment_date, 5), (n_order_call, 5),
    (n_case_ref_uk, 4), (n_rx, 4), (n_auto, 4), (n_speed_temp, 4), (n_account_summary, 3),
    (n_call_numbers_chat, 4), (n_percent_interest, 4), (n_gov_forms, 4), (n_store_hours, 3), (n_context_no_value, 6), (n_us_refs_chat, 4), (n_ivr, 4), (n_store_number, 4), (n_medicare_plan, 3),
]


# ---------------------------------------------------------------- build / check
def build():
    rng = random.Random(SEED)
    pos, neg = [], []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn(rng))
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            neg.append(fn(rng))
    rng.shuffle(pos)
    rng.shuffle(neg)
    cases = []
    for i, k in enumerate(pos, 1):
        k.id = "%s-pos-%03d" % (PREFIX, i)
        cases.append(k)
    for i, k in enumerate(neg, 1):
        k.id = "%s-neg-%03d" % (PREFIX, i)
        cases.append(k)
    return cases


def to_json(k):
    return json.dumps({"id": k.id, "kind": k.kind, "turns": k.turns, "spans": k.spans, "note": k.note},
                      ensure_ascii=False)


def counts(cases):
    c = Counter()
    for k in cases:
        for s in k.spans:
            c[s["type"]] += 1
    return c


def render_readme(cases):
    c = counts(cases)
    npos = sum(1 for k in cases if k.kind == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# PII hold-out set h116

Written by an AI helper acting as an **independent author** who did not see the
redaction code, its tests, its docs or any other PII fixture (only a 3-line
format example).  Generated by `scripts/make_pii_holdout116.py` (standard
library, one `random.Random(116241124)`), byte-for-byte reproducible; verify with
`python scripts/make_pii_holdout116.py --check`.

**Never use this set for tuning.**  It is for measuring only; any rule or
threshold changed to make it pass invalidates it as a hold-out.

Emphasis: mostly US contact centres (SSNs typed and spoken in many ways, ZIP and
ZIP+4, US phone formats, US street addresses, card payments by phone) with UK/IE/EU
cases for NI numbers, sort codes and IBANs, plus US non-PII lookalikes (policy,
member, claim, tracking, order, confirmation, ticket, invoice numbers said with
their names).

## Size

- positive cases: %d
- negative cases: %d (no spans; nothing in them may be redacted)

| type | spans |
|---|---|
%s

## Annotation conventions

- A span covers only the value itself: the digits/letters and the separators and
  spoken number words *between* them (e.g. `four one one one`, `double oh`,
  `forty five`, `b for bravo`, `dash` inside a ZIP+4).  Lead-in words
  ("it's", "area code", "card number", "SSN") are outside the span.
- Filler and glue words that occur *inside* a reading (`um`, `hold on`, `let me see`,
  `and then`, `dash`) are inside the span.
- Longer commentary between two parts of one value in the same turn (e.g. `that's
  the area code then`, `no wait sorry`) is outside; the parts are separate spans.
- A value split across several turns is labelled once per turn (each piece is its
  own span with the same type); agent back-channels are not labelled.
- Agent read-backs of a value are labelled like the customer's reading.
- Self-corrections: both the mistaken fragment and the corrected digits are labelled
  with the value's type (the wrong digits are still sensitive).
- Phone numbers include a spoken or typed country code (`+1`, `plus three five three`)
  but not an extension.
- EMAIL spans cover the whole address, typed or spoken (`j dot doe at gmail dot com`).
- ADDRESS spans cover house number + street name + street type (+ apartment/unit
  when directly attached); city and state are not labelled; the ZIP/postcode is a
  separate POSTCODE span.
- DOB spans cover the whole date (day, month, year in whatever order/words).
- EXPIRY covers month and year; CVV covers the 3/4 digits only.
- Reference numbers (policy, claim, member, order, tracking, ticket, invoice,
  confirmation, case, prescription), amounts, times, dates that are not birth
  dates, years, counts, ages, temperatures, model numbers, flight numbers and
  meter readings are never labelled, also inside positive cases.  The spelled-out
  surname after a spoken e-mail is not labelled either.

## Checks

`--check` regenerates the file and verifies it is identical, ids are unique,
offsets are in range, on word boundaries and non-overlapping, and each value
validates after normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI
format, 9 digits for SSN, 6 for sort codes, digit counts for CVV/phone/account,
postcode shapes, e-mail shape, address shape).
""" % (npos, nneg, rows)


def check(cases, text):
    errs = []
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
        errs.append("cases.jsonl differs from regenerated output (run without --check)")
    if not README.exists() or README.read_text(encoding="utf-8") != render_readme(cases):
        errs.append("README.md differs from regenerated output")
    ids = [k.id for k in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for k in cases:
        if k.kind == "negative" and k.spans:
            errs.append("%s: negative with spans" % k.id)
        if k.kind == "positive" and not k.spans:
            errs.append("%s: positive without spans" % k.id)
        for t in k.turns:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errs.append("%s: bad turn" % k.id)
        by_turn = {}
        for s in k.spans:
            if s["type"] not in TYPES:
                errs.append("%s: bad type" % k.id)
            if not (0 <= s["turn"] < len(k.turns)):
                errs.append("%s: turn out of range" % k.id)
                continue
            txt = k.turns[s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: offsets out of range" % k.id)
                continue
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (k.id, txt[a:b]))
            if txt[a].isspace() or txt[b - 1].isspace() or not txt[b - 1].isalnum():
                errs.append("%s: span %r has bad edges" % (k.id, txt[a:b]))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for spans in by_turn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % k.id)
        fix = getattr(k, "fix", None)
        for gid, idxs in k.groups.items():
            typ = k.spans[idxs[0]]["type"]
            pieces = [k.turns[k.spans[i]["turn"]]["text"][k.spans[i]["start"]:k.spans[i]["end"]] for i in idxs]
            if any(k.spans[i]["type"] != typ for i in idxs):
                errs.append("%s: mixed types in group" % k.id)
            if gid.startswith("frag"):
                continue
            if fix and gid == fix[1]:
                continue
            if fix and gid == fix[0]:
                fixp = [k.turns[k.spans[i]["turn"]]["text"][k.spans[i]["start"]:k.spans[i]["end"]] for i in k.groups[fix[1]]]
                pieces = pieces + fixp
            if typ in ("EMAIL", "ADDRESS"):
                e = validate(typ, " ".join(pieces))
            else:
                letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
                months = typ in ("DOB", "EXPIRY")
                joined = "".join(normalise(p, letters, months) for p in pieces)
                e = validate(typ, joined)
            if e:
                errs.append("%s: %s %s: %s" % (k.id, typ, pieces, e))
    c = counts(cases)
    npos = sum(1 for k in cases if k.kind == "positive")
    nneg = len(cases) - npos
    if npos < 170:
        errs.append("only %d positives" % npos)
    if nneg < 100:
        errs.append("only %d negatives" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c[t] < need:
            errs.append("type %s has %d spans < %d" % (t, c[t], need))
    print("positives=%d negatives=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, c[t]))
    return errs


def main():
    cases = build()
    text = "".join(to_json(k) + "\n" for k in cases)
    if "--check" in sys.argv[1:]:
        errs = check(cases, text)
        for e in errs:
            print("ERROR:", e)
        print("check %s (%d problems)" % ("FAILED" if errs else "passed", len(errs)))
        sys.exit(1 if errs else 0)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(render_readme(cases), encoding="utf-8")
    print("wrote %d cases to %s" % (len(cases), CASES))


if __name__ == "__main__":
    main()

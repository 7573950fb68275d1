#!/usr/bin/env python3
"""Generate the held-out PII redaction set tests/fixtures/pii_holdout160/.

Written by an AI helper acting as an independent author (it did not see the
redaction code).  Standard library only; all values come from one seeded
random.Random(160241124) so the output is byte-for-byte reproducible.

    python scripts/make_pii_holdout160.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout160.py --check  # regenerate + verify
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import random

SEED = 160241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout160"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
MIN_POS, MIN_NEG = 170, 100

# --------------------------------------------------------------------------
# spoken number helpers
# --------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
             "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "r": "romeo",
        "s": "sierra", "t": "tango", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu", "o": "oscar", "q": "quebec", "u": "uniform", "v": "victor",
        "i": "india"}
FOLK = {"a": "apple", "b": "bob", "c": "cat", "d": "david", "e": "edward", "h": "harry",
        "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nancy", "p": "peter",
        "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "y": "yellow", "z": "zebra",
        "g": "george", "x": "xmas", "q": "queen", "o": "orange", "u": "umbrella", "v": "victor",
        "f": "freddie", "i": "india"}
LETTER_NAMES = {"a": "ay", "b": "bee", "c": "see", "d": "dee", "e": "e", "g": "gee",
                "j": "jay", "k": "kay", "p": "pee", "r": "are", "t": "tee", "w": "double u",
                "y": "why", "z": "zed", "h": "aitch", "l": "el", "m": "em", "n": "en",
                "s": "ess", "x": "ex", "q": "queue", "o": "o", "u": "you", "v": "vee",
                "f": "ef", "i": "i"}

WORD2DIGIT = {w: str(i) for i, w in enumerate(UNITS)}
WORD2DIGIT.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "owe": "0",
                   "to": "2", "too": "2", "for": "4", "ate": "8", "won": "1"})
TEEN2 = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2 = {w: str(i) for i, w in enumerate(TENS) if w}
ORD2 = {w: str(i) for i, w in enumerate(ORD_UNITS) if w}
ORDTEEN2 = {w: str(10 + i) for i, w in enumerate(ORD_TEENS)}
ORDTENS = {"twentieth": "20", "thirtieth": "30"}
FILLERS = {"um", "uh", "er", "erm", "uhm", "hmm", "sorry", "yeah", "and", "then", "so",
           "like", "its", "it's", "thats", "that's", "ah", "oh-", "uh-huh"}
LETTER_WORD2 = {v: k for k, v in LETTER_NAMES.items() if " " not in v and len(v) > 1}


def norm_tokens(text: str) -> list[str]:
    """Spoken/typed value -> list of atoms (digit strings, letters, month names)."""
    t = text.lower()
    t = t.replace("double u", "w")
    t = re.sub(r"[,.\-/()?!:;'\"]", " ", t)
    toks = t.split()
    out: list[str] = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        # letter + "for"/"as in" + word
        if len(w) == 1 and w.isalpha() and nxt == "for" and i + 2 < len(toks) \
                and toks[i + 2][0] == w:
            out.append(w); i += 3; continue
        if len(w) == 1 and w.isalpha() and nxt == "as" and i + 3 < len(toks) \
                and toks[i + 2] == "in" and toks[i + 3][0] == w:
            out.append(w); i += 4; continue
        if w in ("double", "triple") and nxt:
            n = 2 if w == "double" else 3
            if nxt in WORD2DIGIT:
                out.append(WORD2DIGIT[nxt] * n); i += 2; continue
            if len(nxt) == 1:
                out.append(nxt * n); i += 2; continue
        if w in TENS2:
            if nxt in WORD2DIGIT and WORD2DIGIT[nxt] != "0" and nxt not in ("to", "too", "for", "ate", "won", "o", "oh"):
                out.append(TENS2[w] + WORD2DIGIT[nxt]); i += 2; continue
            if nxt in ORD2:
                out.append(TENS2[w] + ORD2[nxt]); i += 2; continue
            out.append(TENS2[w] + "0"); i += 1; continue
        if w == "hundred":
            if out and out[-1].isdigit():
                out[-1] = out[-1] + "00" if not (nxt in TENS2 or nxt in TEEN2 or nxt in WORD2DIGIT) else out[-1]
                if nxt in WORD2DIGIT:  # "nine hundred five" -> 905
                    out[-1] += "0"
            i += 1; continue
        if w in FILLERS:
            i += 1; continue
        if w in WORD2DIGIT:
            out.append(WORD2DIGIT[w]); i += 1; continue
        if w in TEEN2:
            out.append(TEEN2[w]); i += 1; continue
        if w in ORD2:
            out.append(ORD2[w]); i += 1; continue
        if w in ORDTEEN2:
            out.append(ORDTEEN2[w]); i += 1; continue
        if w in ORDTENS:
            out.append(ORDTENS[w]); i += 1; continue
        if w in LETTER_WORD2:
            out.append(LETTER_WORD2[w]); i += 1; continue
        m = re.fullmatch(r"(\d+)(st|nd|rd|th)", w)
        if m:
            out.append(m.group(1)); i += 1; continue
        out.append(w); i += 1
    return out


def norm_alnum(text: str) -> str:
    return "".join(a for a in norm_tokens(text) if a not in MONTHS)


def say_digit(d: str, zero: str) -> str:
    return zero if d == "0" else UNITS[int(d)]


def say_pair(p: str, zero: str) -> str:
    a, b = p[0], p[1]
    if a == "0":
        return f"{zero} {UNITS[int(b)]}" if b != "0" else f"double {zero}"
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return f"{TENS[int(a)]} {UNITS[int(b)]}"


def say_digits(s: str, rng: random.Random, mode: str | None = None, zero: str | None = None,
               homophones: bool = False) -> str:
    """Render a digit string as words, verified to normalise back to s."""
    zero = zero or rng.choice(["oh", "oh", "zero", "o", "nought"])
    mode = mode or rng.choice(["single", "single", "doubles", "pairs"])
    words: list[str] = []
    if mode == "pairs" and len(s) % 2 == 0:
        for k in range(0, len(s), 2):
            words.append(say_pair(s[k:k + 2], zero))
    elif mode == "doubles":
        k = 0
        while k < len(s):
            run = 1
            while k + run < len(s) and s[k + run] == s[k] and run < 3:
                run += 1
            if run == 3:
                words.append("triple " + say_digit(s[k], zero))
            elif run == 2:
                words.append("double " + say_digit(s[k], zero))
            else:
                words.append(say_digit(s[k], zero))
            k += run
    else:
        words = [say_digit(d, zero) for d in s]
    if homophones:
        words = [("for" if w == "four" and rng.random() < 0.5 else
                  "to" if w == "two" and rng.random() < 0.5 else w) for w in words]
    out = " ".join(words)
    if norm_alnum(out) != s:
        out = " ".join(say_digit(d, zero) for d in s)
    return out


def itn_mix(groups: list[str], rng: random.Random, zero: str | None = None) -> list[str]:
    """Whisper-like: some groups become numerals, others stay words."""
    res = []
    for g in groups:
        r = rng.random()
        if r < 0.45:
            res.append(g)
        elif r < 0.55 and len(g) == 4:
            res.append(g[:2] + " " + g[2:])
        else:
            res.append(say_digits(g, rng, zero=zero))
    return res


TENS_RE = re.compile(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) (one|two|three|four|five|six|seven|eight|nine)\b")


def hyphenate(s: str) -> str:
    """Whisper writes 'forty-one'."""
    return TENS_RE.sub(r"\1-\2", s)


def cap_first(s: str) -> str:
    return s[:1].upper() + s[1:]


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
def luhn_ok(num: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def gen_card(rng: random.Random, brand: str | None = None) -> str:
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "mc2", "maestro"])
    pre, ln = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16),
               "mc2": (str(rng.randint(2221, 2720)), 16), "amex": (rng.choice(["34", "37"]), 15),
               "disc": ("6011", 16), "maestro": ("6759", 19)}[brand]
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_groups(num: str) -> list[str]:
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    if len(num) == 19:
        return [num[:4], num[4:8], num[8:12], num[12:16], num[16:]]
    return [num[k:k + 4] for k in range(0, len(num), 4)]


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


def digits(rng, n, first_nonzero=False):
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def iban_check(country: str, bban: str) -> str:
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def gen_iban(rng, country=None):
    country = country or rng.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "MIDL", "HBUK", "SRLG"]) + digits(rng, 14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "IPBS", "ULSB"]) + digits(rng, 14)
    elif country == "DE":
        bban = digits(rng, 18)
    elif country == "FR":
        bban = digits(rng, 23)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "SNSB"]) + digits(rng, 10)
    else:
        bban = digits(rng, 20)
    return country + iban_check(country, bban) + bban


POST_IN = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode(rng):
    area = rng.choice(["SW", "M", "B", "LS", "EH", "G", "CF", "BT", "NE", "E", "N", "W",
                       "BS", "L", "NG", "HP", "CB", "KT", "RG", "DY", "SE", "EC"])
    shape = rng.choice(["d", "dd", "da"]) if area in ("SW", "E", "W", "N", "EC", "SE") else rng.choice(["d", "dd"])
    dist = str(rng.randint(1, 9))
    if shape == "dd":
        dist += str(rng.randint(0, 9))
    elif shape == "da":
        dist += rng.choice("AHRW")
    inward = str(rng.randint(0, 9)) + rng.choice(POST_IN) + rng.choice(POST_IN)
    return area + dist + " " + inward


UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
US_ZIP_RE = re.compile(r"^\d{5}(\d{4})?$")

FIRST = ["john", "sarah", "priya", "liam", "aoife", "mohammed", "emma", "dave", "kerry",
         "tomasz", "niamh", "carlos", "grace", "olu", "hannah", "rajesh", "siobhan", "mark",
         "lucy", "andre", "fiona", "wei", "chloe", "gary", "beth", "declan", "maria", "ahmed"]
LAST = ["smith", "okafor", "byrne", "patel", "walsh", "nguyen", "jones", "murphy", "kowalski",
        "garcia", "obrien", "taylor", "mcdonald", "khan", "evans", "reilly", "schmidt", "brown",
        "dubois", "hughes", "fitzgerald", "ali", "clarke", "moore"]
DOMAINS = [("gmail", "com"), ("hotmail", "co.uk"), ("yahoo", "com"), ("outlook", "com"),
           ("icloud", "com"), ("eircom", "net"), ("btinternet", "com"), ("aol", "com"),
           ("live", "ie"), ("proton", "me"), ("sky", "com"), ("gmx", "de")]
STREETS = ["acacia", "station", "church", "mill", "victoria", "king", "queen", "high",
           "park", "maple", "oak", "elm", "pine", "cedar", "grove", "riverside", "hillcrest",
           "sycamore", "lincoln", "washington", "main", "abbey", "castle", "meadow"]
SUFFIX = ["road", "street", "avenue", "lane", "drive", "close", "crescent", "way",
          "court", "boulevard", "terrace", "place"]
STREET_RE = re.compile(r"\b(road|rd|street|st|avenue|ave|lane|ln|drive|dr|close|crescent|way|"
                       r"court|ct|boulevard|blvd|terrace|place|pl)\b", re.I)


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    d, tld = rng.choice(DOMAINS)
    user = rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{rng.randint(1, 99)}",
                       f"{f}_{l}", f"{l}.{f[0]}", f"{f}{rng.randint(70, 99)}"])
    return f"{user}@{d}.{tld}"


def speak_email(e: str, rng, style="spoken") -> str:
    if style == "typed":
        return e
    user, dom = e.split("@")
    def part(p):
        p = p.replace(".", " dot ").replace("_", " underscore ")
        p = re.sub(r"(\d+)", lambda m: " " + say_digits(m.group(1), rng, mode="pairs" if len(m.group(1)) == 2 else "single") + " ", p)
        return " ".join(p.split())
    u = part(user)
    if style == "spell_user" and re.fullmatch(r"[a-z]+", user) and len(user) <= 8:
        u = " ".join(user)
    at = rng.choice(["at", "at", "at sign"])
    return f"{u} {at} {part(dom)}"


def email_from_spoken(s: str) -> str:
    t = s.lower()
    t = t.replace("at sign", "@").replace(" at ", " @ ").replace(" dot ", " . ")
    t = t.replace("underscore", "_")
    toks = []
    for w in t.split():
        if w in TENS2 or w in WORD2DIGIT or w in TEEN2:
            toks.append(w)
        else:
            toks.append(w)
    # collapse number words
    out = []
    buf: list[str] = []
    for w in toks + ["<END>"]:
        if w in TENS2 or w in TEEN2 or (w in UNITS) or w in ("oh",) and buf:
            buf.append(w)
            continue
        if buf:
            out.append(norm_alnum(" ".join(buf)))
            buf = []
        if w != "<END>":
            out.append(w)
    return "".join(out)


def gen_dob(rng):
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2004)


def say_year(y: int, rng) -> str:
    if y >= 2000:
        return rng.choice(["two thousand and " + UNITS[y - 2000] if y < 2010 else "twenty " + say_pair(str(y)[2:], "oh"),
                           "two thousand " + UNITS[y - 2000] if y < 2010 else "twenty " + say_pair(str(y)[2:], "oh")])
    return TEENS[9] + " " + say_pair(str(y)[2:], "oh")


def say_ordinal(d: int) -> str:
    if d < 10:
        return ORD_UNITS[d]
    if d < 20:
        return ORD_TEENS[d - 10]
    if d % 10 == 0:
        return {20: "twentieth", 30: "thirtieth"}[d]
    return TENS[d // 10] + " " + ORD_UNITS[d % 10]


def render_dob(dob, rng, style):
    d, m, y = dob
    mon = MONTHS[m - 1]
    if style == "typed_uk":
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d:02d}-{m:02d}-{y}"])
    if style == "typed_us":
        return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}"])
    if style == "whisper":
        return rng.choice([f"{mon.capitalize()} {d}, {y}", f"the {d}{'th' if 4 <= d <= 20 else {1:'st',2:'nd',3:'rd'}.get(d % 10, 'th')} of {mon.capitalize()} {y}",
                           f"{d} {mon.capitalize()} {y}"])
    if style == "spoken_words":
        return rng.choice([f"the {say_ordinal(d)} of {mon} {say_year(y, rng)}",
                           f"{mon} {say_ordinal(d)} {say_year(y, rng)}",
                           f"{say_ordinal(d)} {mon} {say_year(y, rng)}"])
    # numeric spoken: "oh three oh four eighty five"
    return f"{say_pair(f'{d:02d}', 'oh')} {say_pair(f'{m:02d}', 'oh')} {say_pair(str(y)[2:], 'oh')}"


def gen_address(rng, us=False):
    n = rng.randint(2, 240)
    st = rng.choice(STREETS)
    suf = rng.choice(SUFFIX)
    return n, st, suf


def render_address(addr, rng, style):
    n, st, suf = addr
    if style == "typed":
        sfx = {"road": "Rd", "street": "St", "avenue": "Ave", "drive": "Dr", "lane": "Ln"}.get(suf, suf.capitalize())
        return f"{n} {st.capitalize()} {rng.choice([sfx, suf.capitalize()])}"
    if style == "whisper":
        return f"{n} {st.capitalize()} {suf.capitalize()}"
    if n < 100:
        num = say_pair(f"{n:02d}", "oh") if n >= 10 else UNITS[n]
    else:
        num = " ".join(UNITS[int(c)] if c != "0" else "oh" for c in str(n))
    return f"{num} {st} {suf}"


def gen_phone(rng):
    kind = rng.choice(["uk_mob", "uk_mob", "uk_land", "us", "us", "ie_mob", "uk_intl", "ie_intl"])
    if kind == "uk_mob":
        return kind, "07" + digits(rng, 9)
    if kind == "uk_land":
        return kind, rng.choice(["0207", "0161", "0113", "0131", "0117"]) + digits(rng, 7)
    if kind == "us":
        return kind, str(rng.randint(2, 9)) + digits(rng, 2) + str(rng.randint(2, 9)) + digits(rng, 6)
    if kind == "ie_mob":
        return kind, "08" + rng.choice("35679") + digits(rng, 7)
    if kind == "uk_intl":
        return kind, "447" + digits(rng, 9)
    return kind, "3538" + rng.choice("35679") + digits(rng, 7)


def render_phone(kind: str, num: str, rng, style: str) -> str:
    """style: typed | whisper | spoken | mix"""
    if kind == "us":
        a, b, c = num[:3], num[3:6], num[6:]
        if style == "typed":
            return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}"])
        if style == "whisper":
            return rng.choice([f"{a}-{b}-{c}", f"({a}) {b}-{c}", f"{a} {b} {c}"])
        parts = [a, b, c]
    elif kind in ("uk_intl", "ie_intl"):
        cc = num[:2] if kind == "uk_intl" else num[:3]
        rest = num[len(cc):]
        if style == "typed":
            return rng.choice([f"+{cc} {rest[:4]} {rest[4:]}", f"+{cc}{rest}", f"00{cc} {rest}"])
        if style == "whisper":
            return f"+{cc} {rest[:3]} {rest[3:6]} {rest[6:]}"
        return "plus " + say_digits(cc, rng, mode="single") + " " + " ".join(
            itn_mix([rest[:4], rest[4:]], rng) if style == "mix" else
            [say_digits(rest[:4], rng), say_digits(rest[4:], rng)])
    else:
        cut = 5 if num.startswith("07") or num.startswith("08") and len(num) == 11 else 4
        if kind == "ie_mob":
            cut = 3
        parts = [num[:cut], num[cut:]]
        if style == "typed":
            sep = rng.choice([" ", "", "-", " "])
            return sep.join(parts)
        if style == "whisper":
            if len(parts[1]) == 6:
                return f"{parts[0]} {parts[1][:3]} {parts[1][3:]}"
            return f"{parts[0]} {parts[1]}"
        if len(parts[1]) >= 6:
            parts = [parts[0], parts[1][:3], parts[1][3:]]
    if style == "mix":
        return " ".join(itn_mix(parts, rng))
    if style == "spaced":  # Whisper writes each spoken digit as a numeral
        return rng.choice([" ", "-", ", "]).join("".join(parts))
    if style == "hyphenwords":
        return hyphenate(" ".join(say_digits(p, rng, mode=rng.choice(["pairs", "single"])) for p in parts))
    return " ".join(say_digits(p, rng) for p in parts)


def render_postcode(pc: str, rng, style: str) -> str:
    if style == "typed":
        return rng.choice([pc, pc.lower(), pc.replace(" ", ""), pc])
    if style == "whisper":
        return pc
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(UNITS[int(ch)] if ch != "0" else rng.choice(["zero", "oh"]))
        else:
            r = rng.random()
            lc = ch.lower()
            if r < 0.2:
                out.append(f"{lc} for {NATO[lc]}")
            elif r < 0.3:
                out.append(f"{lc} as in {FOLK[lc]}")
            elif r < 0.45 and lc in ("s", "w", "m", "b", "g", "l", "e"):
                out.append(ch)
            else:
                out.append(lc)
    return " ".join(out)


def render_ni(ni: str, rng, style: str) -> str:
    pre, num, suf = ni[:2], ni[2:8], ni[8]
    if style == "typed":
        return rng.choice([ni, ni.lower(), f"{pre} {num[:2]} {num[2:4]} {num[4:]} {suf}",
                           f"{pre.lower()}{num} {suf.lower()}", f"{pre}-{num[:2]}-{num[2:4]}-{num[4:]}-{suf}",
                           f"{pre} {num} {suf}"])
    if style == "whisper":
        return rng.choice([f"{pre} {num[:2]} {num[2:4]} {num[4:]} {suf}", f"{pre}{num}{suf}",
                           f"{pre[0]} {pre[1]} {num[:2]} {num[2:4]} {num[4:]} {suf}",
                           f"{pre[0]}.{pre[1]}. {num[:2]} {num[2:4]} {num[4:]} {suf}",
                           f"{pre}, {hyphenate(say_digits(num, rng, mode='pairs'))}, {suf}",
                           f"{pre} {say_digits(num[:2], rng, mode='pairs')} {num[2:4]} {say_digits(num[4:], rng)} {suf}"])

    def letter(ch):
        lc = ch.lower()
        r = rng.random()
        if r < 0.3:
            return f"{lc} for {NATO[lc]}"
        if r < 0.4:
            return f"{lc} as in {FOLK[lc]}"
        if r < 0.5 and len(LETTER_NAMES[lc]) > 1 and " " not in LETTER_NAMES[lc]:
            return LETTER_NAMES[lc]
        if r < 0.7:
            return ch
        return lc
    letters = f"{letter(pre[0])} {letter(pre[1])}"
    if pre[0] == pre[1] and rng.random() < 0.5:
        letters = f"double {pre[0].lower()}"
    mode = rng.choice(["single", "pairs", "doubles", "pairs"])
    body = say_digits(num, rng, mode=mode)
    return f"{letters} {body} {letter(suf)}"


def render_expiry(mm: int, yy: int, rng, style: str) -> str:
    if style == "typed":
        return rng.choice([f"{mm:02d}/{yy:02d}", f"{mm:02d}/20{yy:02d}", f"{mm:02d}-{yy:02d}", f"{mm}/{yy}"])
    if style == "whisper":
        return rng.choice([f"{mm:02d}/{yy:02d}", f"{MONTHS[mm - 1].capitalize()} 20{yy}", f"{mm:02d} {yy}"])
    if style == "month":
        return rng.choice([f"{MONTHS[mm - 1]} twenty {say_pair(f'{yy:02d}', 'oh')}",
                           f"{MONTHS[mm - 1]} {say_pair(f'{yy:02d}', 'oh')}"])
    return f"{say_pair(f'{mm:02d}', rng.choice(['oh', 'zero']))} {say_pair(f'{yy:02d}', 'oh')}"


def render_card(num: str, rng, style: str, homophones=False) -> str:
    for _ in range(6):
        out = _render_card(num, rng, style, homophones)
        if norm_alnum(out) == num:
            return out
    return " ".join(say_digits(g, rng, mode="single") for g in card_groups(num))


def _render_card(num: str, rng, style: str, homophones=False) -> str:
    gs = card_groups(num)
    if style == "typed":
        sep = rng.choice([" ", "-", "", " ", ".", "  "])
        return sep.join(gs)
    if style == "whisper":
        return rng.choice([" ".join(gs), "-".join(gs), ", ".join(gs)])
    if style == "mix":
        return rng.choice([" ", ", ", ". "]).join(itn_mix(gs, rng))
    if style == "commas":
        w = [say_digit(d, "zero") for d in num]
        return cap_first(", ".join(w))
    if style == "numcommas":  # Whisper formats a long run as one big number
        return f"{int(num):,}"
    if style == "sentences":  # Whisper sentence-cases each group
        return ". ".join(cap_first(say_digits(g, R, mode="single")) if R.random() < 0.7 else g for g in gs)
    if style == "hyphenwords":
        return " ".join(hyphenate(say_digits(g, rng, mode="pairs")) for g in gs)
    zero = rng.choice(["oh", "zero", "o", "nought"])
    sep = rng.choice([" ", " ", ", ", "... "])
    return sep.join(say_digits(g, rng, zero=zero, homophones=homophones) for g in gs)


def render_digits_any(s: str, rng, style: str, groups=None) -> str:
    groups = groups or [s]
    if style == "typed":
        return rng.choice([" ", "-", ""]).join(groups)
    if style == "whisper":
        return rng.choice(["-", " "]).join(groups)
    if style == "mix":
        return " ".join(itn_mix(groups, rng))
    return " ".join(say_digits(g, rng) for g in groups)


def render_iban(iban: str, rng, style: str) -> str:
    gs = [iban[k:k + 4] for k in range(0, len(iban), 4)]
    if style == "typed":
        return rng.choice([" ".join(gs), iban, " ".join(gs).lower()])
    if style == "whisper":
        return " ".join(gs)
    out = []
    for g in gs:
        ws = []
        for ch in g:
            if ch.isdigit():
                ws.append(say_digit(ch, "zero"))
            elif rng.random() < 0.3:
                ws.append(f"{ch.lower()} for {NATO[ch.lower()]}")
            else:
                ws.append(ch.lower())
        out.append(" ".join(ws))
    return ", ".join(out) if rng.random() < 0.3 else " ".join(out)


# --------------------------------------------------------------------------
# case builder
# --------------------------------------------------------------------------
class B:
    def __init__(self):
        self.turns: list[tuple[str, list]] = []
        self.meta: dict[int, tuple[str, object]] = {}

    def g(self, typ: str, canon) -> int:
        k = len(self.meta)
        self.meta[k] = (typ, canon)
        return k

    def a(self, *segs):
        self.turns.append(("agent", list(segs)))
        return self

    def c(self, *segs):
        self.turns.append(("customer", list(segs)))
        return self


def assemble(b: B):
    turns, spans, pieces = [], [], []
    for ti, (spk, segs) in enumerate(b.turns):
        text = ""
        for sg in segs:
            if isinstance(sg, str):
                text += sg
            else:
                val, gid = sg
                typ = b.meta[gid][0]
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                pieces.append((gid, val))
                text += val
        turns.append({"speaker": spk, "text": text})
    return turns, spans, pieces


R = random.Random(SEED)


def pick(*xs):
    return R.choice(xs)


BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "got that", "right", "yeah", "go ahead", "mm-hmm"]
FILL = ["um ", "uh ", "", "", "", "er "]

# ---------------- positive templates ----------------


def p_card_call_one(b):
    num = gen_card(R)
    st = pick("spoken", "spoken", "mix", "commas", "spoken", "sentences", "numcommas", "hyphenwords")
    g = b.g("CARD_NUMBER", num)
    ind = pick("telecom", "retail", "utilities", "insurance", "travel")
    b.a(pick("and what's the long number on the card", "can I take the card number please",
             "okay, go ahead with the long number on the front", "whenever you're ready with the card number"))
    lead = pick("yeah it's ", "Okay, so it's ", "right um ", "it's ", "yes ", "so the card is ")
    tail = pick("", " sorry it's a bit worn", " yeah", " that's the one ending there", " and can you take $40 off it today")
    b.c(lead, (render_card(num, R, st, homophones=R.random() < 0.3), g), tail)
    return f"call/{ind}: card read in one turn ({st}) as an ASR writes it"


def p_card_call_split(b):
    num = gen_card(R)
    g = b.g("CARD_NUMBER", num)
    gs = card_groups(num)
    b.a(pick("go ahead with the card number", "okay and the card number when you're ready",
             "can you read me the number across the front"))
    zero = pick("oh", "zero", "o")
    for k, grp in enumerate(gs):
        st = R.random()
        if st < 0.35:
            txt = grp
        elif st < 0.45 and len(grp) == 4:
            txt = grp[:2] + " " + grp[2:]
        else:
            txt = say_digits(grp, R, zero=zero)
        lead = pick("", "", "um ", "then ", "uh ", "") if k else pick("right ", "okay ", "", "so ")
        tail = pick("", "", " um", "", " yeah")
        b.c(lead, (txt, g), tail)
        if k < len(gs) - 1:
            b.a(pick(*BACK))
    b.a("thank you")
    return "call/" + pick("banking", "retail", "telecom", "travel") + ": card split across turns with back-channels, Whisper ITN mixes numerals and words"


def p_card_chat(b):
    num = gen_card(R)
    g = b.g("CARD_NUMBER", num)
    amt = pick("£49.99", "$120", "€35.50", "£7.20", "$1,250.00")
    b.c(pick("hi i want to pay ", "Hello, paying ", "can u take payment of ", "Hi there - I'd like to settle "),
        amt, pick(" on my card ", " with card ", ". card no: ", " using "),
        (render_card(num, R, "typed"), g), pick("", " thx", " please", ". Cheers"))
    return "chat/" + pick("retail", "utilities", "telecom") + ": card typed with separator next to a money amount"


def p_card_exp_cvv_call(b):
    brand = pick("visa", "mc", "amex", "disc", "mc2")
    num = gen_card(R, brand)
    mm, yy = R.randint(1, 12), R.randint(26, 33)
    cvv = digits(R, 4 if brand == "amex" else 3)
    gc, ge, gv = b.g("CARD_NUMBER", num), b.g("EXPIRY", f"{mm:02d}{yy:02d}"), b.g("CVV", cvv)
    b.a("can I take the card details please")
    b.c(pick("yeah ", "sure ", "Yes. "), (render_card(num, R, pick("spoken", "mix")), gc))
    b.a(pick("and the expiry", "and the expiry date", "and when does it run out"))
    b.c(pick("", "it's ", "um "), (render_expiry(mm, yy, R, pick("spoken", "month", "whisper")), ge))
    b.a(pick("and the three digits on the back", "and the security code", "last thing the c v v"))
    cv = say_digits(cvv, R) if R.random() < 0.7 else cvv
    b.c(pick("", "that's ", "it's "), (cv, gv))
    return "call/" + pick("travel", "retail", "insurance") + ": card, expiry and security code in separate answers"


def p_card_all_one_turn(b):
    num = gen_card(R, pick("visa", "mc"))
    mm, yy = R.randint(1, 12), R.randint(26, 32)
    cvv = digits(R, 3)
    gc, ge, gv = b.g("CARD_NUMBER", num), b.g("EXPIRY", f"{mm:02d}{yy:02d}"), b.g("CVV", cvv)
    if R.random() < 0.5:
        b.c("card ", (render_card(num, R, "typed"), gc), pick(" exp ", " expiry ", ", expires "),
            (render_expiry(mm, yy, R, "typed"), ge), pick(" cvv ", " sec code ", ", cvc: "), (cvv, gv))
        return "chat/retail: card, expiry and CVV typed in one message"
    b.c(pick("okay so it's ", "Right, "), (render_card(num, R, "mix"), gc),
        pick(" expires ", " and the expiry is ", " expiry "), (render_expiry(mm, yy, R, pick("spoken", "whisper")), ge),
        pick(" and the code on the back is ", " security code ", ", CVV "), (say_digits(cvv, R), gv))
    return "call/telecom: card, expiry and CVV in one run-on ASR turn"


def p_card_selfcorrect(b):
    num = gen_card(R, "visa")
    g = b.g("CARD_NUMBER", num)
    gs = card_groups(num)
    wrong = say_digits(gs[0][:3], R)
    b.a("okay the card number please")
    b.c(f"{wrong} no hang on wrong card sorry")
    b.a(pick("no problem take your time", "that's fine"))
    b.c(pick("okay this one ", "right it's "), (render_card(num, R, pick("spoken", "mix")), g))
    return "call/retail: caller starts with the wrong card (unlabelled fragment) then reads the real one"


def p_card_readback(b):
    num = gen_card(R, pick("visa", "mc"))
    g, g2 = b.g("CARD_NUMBER", num), b.g("CARD_NUMBER", num)
    b.c(pick("the number is ", "it's "), (render_card(num, R, "spoken"), g))
    b.a(pick("so just reading that back ", "let me repeat that "), (render_card(num, R, "whisper"), g2), " is that right")
    b.c(pick("yep that's it", "yes correct"))
    return "call/banking: agent reads the card back (Whisper numerals), both readings labelled"


def p_exp_cvv_chat(b):
    mm, yy = R.randint(1, 12), R.randint(26, 33)
    cvv = digits(R, pick(3, 3, 4))
    ge, gv = b.g("EXPIRY", f"{mm:02d}{yy:02d}"), b.g("CVV", cvv)
    b.a("Thanks. Could you also confirm the expiry date and security code?")
    b.c(pick("expiry ", "exp: ", "it expires "), (render_expiry(mm, yy, R, "typed"), ge),
        pick(" and cvv ", " code ", ", security number "), (cvv, gv))
    return "chat/travel: expiry and CVV typed after agent prompt"


def p_ssn_call(b):
    ssn = gen_ssn(R)
    g = b.g("SSN", ssn)
    grp = [ssn[:3], ssn[3:5], ssn[5:]]
    st = pick("spoken", "mix", "whisper", "spoken", "pairs")
    if st == "whisper":
        txt = "-".join(grp) if R.random() < 0.6 else " ".join(grp)
    elif st == "mix":
        txt = " ".join(itn_mix(grp, R))
    elif st == "pairs":
        txt = say_digits(grp[0], R) + " " + say_pair(grp[1], "oh") + " " + say_digits(grp[2], R, mode="pairs")
    else:
        txt = pick(" ", ", ", " ").join(say_digits(x, R) for x in grp)
    b.a(pick("and for verification can I get your social", "can you confirm your social security number",
             "I'll need the full social please"))
    b.c(pick("yeah it's ", "sure ", "Okay, ", "um it's "), (txt, g), pick("", "", " yeah", " I think"))
    return "call/" + pick("healthcare billing", "banking", "insurance", "government services") + f": US SSN ({st})"


def p_ssn_split(b):
    ssn = gen_ssn(R)
    g = b.g("SSN", ssn)
    grp = [ssn[:3], ssn[3:5], ssn[5:]]
    b.a("okay go ahead with your social")
    for k, x in enumerate(grp):
        txt = x if R.random() < 0.3 else say_digits(x, R)
        b.c(pick("", "um ", "") if k else pick("so ", "it's ", ""), (txt, g))
        if k < 2:
            b.a(pick(*BACK))
    return "call/healthcare billing: SSN split across three customer turns"


def p_ssn_chat(b):
    ssn = gen_ssn(R)
    g = b.g("SSN", ssn)
    fmt = pick(f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}", ssn, f"{ssn[:3]} {ssn[3:5]} {ssn[5:]}")
    b.a("Please provide your SSN to verify your identity.")
    b.c(pick("ssn ", "SSN: ", "its ", "My social is "), (fmt, g), pick("", " and my claim is 48213", ". my deductible is $250", ""))
    return "chat/insurance: SSN typed, possibly next to a claim number / amount"


def p_ssn_dob(b):
    ssn = gen_ssn(R)
    dob = gen_dob(R)
    gs, gd = b.g("SSN", ssn), b.g("DOB", dob)
    b.a("can I have your date of birth and social security number")
    b.c(pick("date of birth is ", "born ", "D O B "), (render_dob(dob, R, pick("spoken_words", "whisper", "spoken_num")), gd),
        pick(" and the social is ", " social ", ". And the SSN is "),
        (pick(" ".join(say_digits(x, R) for x in (ssn[:3], ssn[3:5], ssn[5:])), f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}"), gs))
    return "call/healthcare billing: DOB and SSN in one turn"


def p_ni_call(b):
    ni = gen_ni(R)
    g = b.g("NI_NUMBER", ni)
    st = pick("spoken", "spoken", "whisper")
    b.a(pick("can I take your national insurance number", "and your N I number please",
             "what's your national insurance number"))
    b.c(pick("yeah it's ", "it's ", "Okay, ", "um "), (render_ni(ni, R, st), g), pick("", "", " I think", " yeah"))
    return "call/government services: UK NI number (" + st + ")"


def p_ni_split(b):
    ni = gen_ni(R)
    g = b.g("NI_NUMBER", ni)
    full = render_ni(ni, R, "spoken").split(" ")
    # letters / digits / suffix split where the digits begin
    txt = " ".join(full)
    # split into three chunks by tokens
    n = len(full)
    c1, c2 = max(1, n // 3), max(2, 2 * n // 3)
    chunks = [" ".join(full[:c1]), " ".join(full[c1:c2]), " ".join(full[c2:])]
    ok = all(chunks) and "".join(norm_alnum(ch) for ch in chunks).upper() == ni
    if not ok:
        chunks = [txt]
    b.a("go on with the national insurance number")
    for k, ch in enumerate(chunks):
        b.c(pick("", "um ") if k else "", (ch, g))
        if k < len(chunks) - 1:
            b.a(pick(*BACK))
    return "call/government services: NI number read in chunks across turns"


def p_ni_chat(b):
    ni = gen_ni(R)
    g = b.g("NI_NUMBER", ni)
    b.a("Can you send your National Insurance number so I can find the record?")
    b.c(pick("sure its ", "NI no. ", "ni: ", "it's "), (render_ni(ni, R, "typed"), g), pick("", " ta", " thanks", "."))
    return "chat/government services: NI number typed with assorted spacing and case"


def p_ni_dob_postcode(b):
    ni, dob, pc = gen_ni(R), gen_dob(R), gen_uk_postcode(R)
    gn, gd, gp = b.g("NI_NUMBER", ni), b.g("DOB", dob), b.g("POSTCODE", pc.replace(" ", ""))
    b.a("to get into the account I need your national insurance number")
    b.c((render_ni(ni, R, pick("spoken", "whisper")), gn))
    b.a("and your date of birth")
    b.c((render_dob(dob, R, pick("spoken_words", "whisper", "spoken_num")), gd))
    b.a("and finally the postcode")
    b.c(pick("", "it's ", "Um, "), (render_postcode(pc, R, pick("spoken", "whisper")), gp))
    return "call/government services: NI, DOB and postcode security questions"


def p_bank_call(b):
    sc, acc = digits(R, 6), digits(R, 8)
    gs, ga = b.g("SORT_CODE", sc), b.g("BANK_ACCOUNT", acc)
    st = pick("spoken", "mix", "whisper", "pairs")
    if st == "pairs":
        sct = say_digits(sc, R, mode="pairs")
    elif st == "whisper":
        sct = f"{sc[:2]}-{sc[2:4]}-{sc[4:]}"
    else:
        sct = render_digits_any(sc, R, st, [sc[:2], sc[2:4], sc[4:]])
    act = render_digits_any(acc, R, pick("spoken", "mix", "whisper"), [acc[:4], acc[4:]])
    b.a("I'll set up the direct debit. sort code first")
    b.c(pick("", "yeah ", "it's "), (sct, gs))
    b.a(pick("and the account number", "lovely and the eight digit account number"))
    b.c(pick("", "okay ", "um "), (act, ga), pick("", " that's with Barclays", " the joint account"))
    return "call/utilities: UK sort code and account number for a direct debit"


def p_bank_one_turn(b):
    sc, acc = digits(R, 6), digits(R, 8)
    gs, ga = b.g("SORT_CODE", sc), b.g("BANK_ACCOUNT", acc)
    if R.random() < 0.5:
        b.c(pick("sort code ", "s/c "), (pick(f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"), gs),
            pick(" acc ", " account no ", ", a/c "), (pick(acc, f"{acc[:4]} {acc[4:]}"), ga), pick("", " - refund the £60 there pls"))
        return "chat/retail: sort code and account typed in one message next to an amount"
    b.c(pick("the sort code's ", "okay sort code "), (say_digits(sc, R, mode=pick("pairs", "single", "doubles")), gs),
        pick(" and account number ", " account "), (render_digits_any(acc, R, pick("spoken", "mix"), [acc[:4], acc[4:]]), ga))
    return "call/banking: sort code and account number in one spoken turn"


def p_us_account(b):
    acc = digits(R, R.randint(9, 12), first_nonzero=True)
    g = b.g("BANK_ACCOUNT", acc)
    b.a(pick("what's the checking account number", "and the account number for the refund"))
    b.c(pick("it's ", "okay it's ", "Yeah, "), (render_digits_any(acc, R, pick("spoken", "mix", "whisper"), [acc[:4], acc[4:]]), g),
        pick("", " routing I'll have to look up", ""))
    return "call/banking: US checking account number"


def p_iban(b):
    iban = gen_iban(R)
    g = b.g("IBAN", iban)
    st = pick("typed", "spoken", "whisper")
    if st == "typed":
        b.a("Please send the IBAN for the refund.")
        b.c(pick("IBAN: ", "iban ", "here u go "), (render_iban(iban, R, st), g))
        return "chat/travel: IBAN typed for a refund"
    b.a(pick("and the I B A N", "can you read me the IBAN"))
    b.c(pick("okay it's ", "right ", ""), (render_iban(iban, R, st), g))
    return f"call/banking: IBAN ({iban[:2]}) read out ({st})"


def p_iban_split(b):
    iban = gen_iban(R, pick("IE", "GB", "DE"))
    g = b.g("IBAN", iban)
    gs = [iban[k:k + 4] for k in range(0, len(iban), 4)]
    half = len(gs) // 2
    b.a("go ahead with the IBAN")
    b.c(pick("", "right "), (render_iban("".join(gs[:half]), R, "spoken"), g))
    b.a(pick(*BACK))
    b.c((render_iban("".join(gs[half:]), R, pick("spoken", "whisper")), g))
    return "call/insurance: IBAN split over two turns"


def p_phone_call(b):
    kind, num = gen_phone(R)
    g = b.g("PHONE", num)
    st = pick("spoken", "mix", "whisper", "spoken", "spaced", "hyphenwords")
    b.a(pick("what's the best number to reach you on", "can I take a contact number", "and a phone number for the engineer"))
    b.c(pick("yeah it's ", "it's ", "Um, ", "my mobile is "), (render_phone(kind, num, R, st), g),
        pick("", "", " after 5 o'clock", " any time after two", " but I'm out till 3:30"))
    return f"call/{pick('telecom', 'utilities', 'retail')}: phone ({kind}, {st}) possibly next to a time"


def p_phone_split(b):
    kind, num = gen_phone(R)
    kind = "uk_mob"
    num = "07" + digits(R, 9)
    g = b.g("PHONE", num)
    b.a("go ahead with the number")
    b.c(pick("", "so "), (say_digits(num[:5], R), g))
    b.a(pick(*BACK))
    b.c((num[5:8] if R.random() < 0.5 else say_digits(num[5:8], R), g))
    b.a(pick(*BACK))
    b.c((say_digits(num[8:], R), g), pick("", " that's it"))
    return "call/telecom: UK mobile split in three turns"


def p_phone_chat(b):
    kind, num = gen_phone(R)
    g = b.g("PHONE", num)
    b.c(pick("pls call me back on ", "my number is ", "Contact: ", "text me at "), (render_phone(kind, num, R, "typed"), g),
        pick("", " before 6pm", " thx", " - ref 55120"))
    return f"chat/{pick('telecom', 'retail', 'travel')}: phone typed ({kind})"


def p_email_call(b):
    e = gen_email(R)
    g = b.g("EMAIL", e)
    st = pick("spoken", "spoken", "typed", "mixed", "spell_user")
    b.a(pick("and an email address for the confirmation", "can I take an email", "what email should we send it to"))
    if st == "mixed":
        user, dom = e.split("@")
        txt = f"{user} at {dom}"
    else:
        txt = speak_email(e, R, st)
    b.c(pick("it's ", "yeah ", "sure it's ", "Um, "), (txt, g), pick("", "", " all lower case", " no caps"))
    return f"call/{pick('travel', 'retail', 'insurance')}: email dictated ({st})"


def p_email_chat(b):
    e = gen_email(R)
    g = b.g("EMAIL", e)
    b.c(pick("email is ", "send it to ", "my email: ", "its "), (pick(e, e.upper() if R.random() < 0.2 else e), g),
        pick("", " please", " thanks"))
    return "chat/retail: email typed"


def p_dob(b):
    dob = gen_dob(R)
    g = b.g("DOB", dob)
    st = pick("spoken_words", "spoken_num", "whisper", "typed_uk", "typed_us")
    if st.startswith("typed"):
        b.a("Can you confirm your date of birth?")
        b.c(pick("", "dob ", "its "), (render_dob(dob, R, st), g))
        return "chat/" + pick("banking", "healthcare billing") + f": DOB typed ({st})"
    b.a(pick("and your date of birth", "can you confirm your date of birth for me"))
    b.c(pick("", "it's ", "yeah ", "um "), (render_dob(dob, R, st), g), pick("", "", " I'm 40 next year", ""))
    return "call/" + pick("insurance", "banking", "healthcare billing") + f": DOB ({st})"


def p_address(b):
    addr = gen_address(R)
    pc = gen_uk_postcode(R)
    ga, gp = b.g("ADDRESS", addr), b.g("POSTCODE", pc.replace(" ", ""))
    st = pick("spoken", "whisper")
    b.a(pick("and the first line of the address", "can I take the address for delivery"))
    b.c(pick("", "it's ", "yeah "), (render_address(addr, R, st), ga), pick("", " the one by the school", ", the blue door"))
    b.a("and the postcode")
    b.c(pick("", "it's ", "Um, "), (render_postcode(pc, R, pick("spoken", "whisper")), gp))
    return f"call/{pick('utilities', 'retail', 'insurance')}: UK street address then postcode"


def p_us_address(b):
    addr = gen_address(R)
    zp = digits(R, 5, first_nonzero=True)
    ga, gz = b.g("ADDRESS", addr), b.g("POSTCODE", zp)
    city = pick("springfield", "austin", "columbus", "portland", "denver", "raleigh")
    if R.random() < 0.5:
        b.c("Ship to ", (render_address(addr, R, "typed"), ga), f", {city.capitalize()} ", pick("TX", "OH", "OR", "CO", "NC"), " ",
            (zp, gz))
        return "chat/retail: US shipping address with ZIP"
    b.a("what's the billing address")
    b.c((render_address(addr, R, pick("spoken", "whisper")), ga), f" {city} ", pick("texas", "ohio", "oregon"), " ",
        (pick(say_digits(zp, R), zp), gz))
    return "call/retail: US billing address with ZIP spoken"


def p_postcode_only(b):
    pc = gen_uk_postcode(R)
    g = b.g("POSTCODE", pc.replace(" ", ""))
    b.a(pick("can you confirm the postcode on the account", "what's your postcode"))
    b.c(pick("", "yeah it's ", "it's "), (render_postcode(pc, R, pick("spoken", "whisper", "typed")), g),
        pick("", " we moved in 2019", ""))
    return "call/utilities: UK postcode, spoken letters / NATO / numerals"


def p_multi_verif(b):
    kind, num = gen_phone(R)
    dob = gen_dob(R)
    e = gen_email(R)
    gp, gd, ge = b.g("PHONE", num), b.g("DOB", dob), b.g("EMAIL", e)
    b.a("I just need to run through security. date of birth")
    b.c((render_dob(dob, R, pick("spoken_words", "whisper")), gd))
    b.a("and the phone number on the account")
    b.c(pick("", "it'll be "), (render_phone(kind, num, R, pick("spoken", "mix", "whisper")), gp), pick("", " or maybe the old one"))
    b.a("and the email")
    b.c((speak_email(e, R, pick("spoken", "typed")), ge))
    return "call/telecom: security questions DOB, phone, email"


def p_two_values_chitchat(b):
    num = gen_card(R, "visa")
    kind, ph = gen_phone(R)
    gc, gp = b.g("CARD_NUMBER", num), b.g("PHONE", ph)
    b.c(pick("sorry about the noise the dog's going mad, ", "Sorry I'm on the bus, "), "card is ",
        (render_card(num, R, "mix"), gc), pick(" and if we get cut off ring me on ", " and my number's "),
        (render_phone(kind, ph, R, pick("spoken", "whisper")), gp))
    return "call/travel: card and phone number in one noisy turn with chit-chat"


def p_whisper_billing(b):
    ssn = gen_ssn(R)
    dob = gen_dob(R)
    gs, gd = b.g("SSN", ssn), b.g("DOB", dob)
    amt = pick("$1,250", "$89.99", "$40", "$312.50")
    b.a("Thank you for calling. How can I help you today?")
    b.c(pick("Hi, yeah. ", "Yes, hi. "), "I got a bill for ", amt, pick(" from my appointment on the 3rd at 2:30", " for the visit on March 1st", " and I already paid it"),
        ". ", pick("My social is ", "The social security is ", "Social's "),
        (pick(f"{ssn[:3]}-{ssn[3:5]}-{hyphenate(say_digits(ssn[5:], R, mode='pairs'))}",
              f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}",
              f"{cap_first(say_digits(ssn[:3], R))}. {ssn[3:5]}. {ssn[5:]}"), gs),
        pick(" and my date of birth is ", ", and I was born ", ". Date of birth "), (render_dob(dob, R, "whisper"), gd), ".")
    b.a(pick("Thank you. I can see the charge of ", "Okay, the balance is "), amt, ".")
    return "call/healthcare billing: Whisper sentence-cased turn, SSN with partial ITN next to amounts, times and an ordinal date"


def p_email_whisper(b):
    e = gen_email(R)
    g = b.g("EMAIL", e)
    user, dom = e.split("@")
    name, tld = dom.split(".", 1)
    txt = pick(f"{user.title()} at {name.capitalize()}.{tld}", f"{user} at {name} dot {tld.replace('.', ' dot ')}",
               f"{user.replace('.', ' dot ')} @ {dom}", f"{user}@{name.capitalize()}.{tld}")
    b.a("And what's the best email?")
    b.c(pick("It's ", "Yeah, it's ", "So it's "), (txt, g), pick(".", ", all lowercase.", ". Thanks."))
    return "call/insurance: email as Whisper writes it (mixed 'at', capitalised domain, partial ITN)"


# ---------------- negative templates ----------------
def w_num(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        h, r = divmod(n, 100)
        return UNITS[h] + " hundred" + ("" if r == 0 else " and " + w_num(r))
    t, r = divmod(n, 1000)
    return w_num(t) + " thousand" + ("" if r == 0 else (" and " if r < 100 else " ") + w_num(r))


def n_amount(b):
    a = R.randint(12, 480)
    c = R.randint(1, 99)
    b.a(pick("the outstanding balance is ", "so that comes to ", "your bill this month is "),
        pick(f"£{a}.{c:02d}", f"${a}.{c:02d}", f"{w_num(a)} pounds {w_num(c)}", f"{w_num(a)} dollars and {w_num(c)} cents"))
    b.c(pick("that's way more than last month it was only ", "what it was ", "okay last time it was "),
        pick(f"{w_num(R.randint(20, 90))} quid", f"${R.randint(20, 90)}", f"{R.randint(20, 90)} euro"))
    return "call/utilities: money amounts in words and numerals"


def n_order(b):
    ref = digits(R, R.randint(6, 10), first_nonzero=True)
    word = pick("order number", "reference number", "ticket number", "claim number", "booking reference", "case number")
    st = R.random()
    txt = ref if st < 0.4 else say_digits(ref, R) if st < 0.8 else " ".join(itn_mix([ref[:len(ref) // 2], ref[len(ref) // 2:]], R))
    b.a(f"do you have the {word}")
    b.c(pick(f"yeah the {word} is ", f"yes my {word} is ", f"um {word} ", f"it's {word.capitalize()} "), txt)
    return f"call/retail: {word} read out ({len(ref)} digits) with its reference word"


def n_order_split(b):
    ref = digits(R, 8, first_nonzero=True)
    word = pick("order number", "claim number", "ticket number")
    b.a(f"can I get the {word}")
    b.c(f"the {word}'s ", say_digits(ref[:4], R))
    b.a(pick(*BACK))
    b.c(say_digits(ref[4:], R))
    return "call/retail: 8-digit order number split over turns after the reference word"


def n_flight(b):
    fl = pick("BA", "EI", "FR", "UA", "AA", "LH") + str(R.randint(10, 999))
    h, m = R.randint(5, 22), pick(0, 15, 30, 45, 5, 50)
    b.c(pick("I'm on flight ", "my flight is "), pick(fl, f"{fl[0].lower()} {fl[1].lower()} {w_num(int(fl[2:]))}"),
        pick(" leaving at ", " departing "), pick(f"{h}:{m:02d}", f"{w_num(h)} {w_num(m) if m else 'o clock'}"),
        pick(" on the 14th", " on Tuesday", " tomorrow"), pick("", ", gate 23", " from terminal 2"))
    b.a(pick("okay and it's delayed by ", "I can see it's running "), pick("forty minutes", "2 hours", "about an hour and a half"))
    return "call/travel: flight number, departure time, gate, delay"


def n_appointment(b):
    d = R.randint(1, 28)
    mon = R.choice(MONTHS)
    b.a(pick("I can book the engineer for ", "the next appointment is "),
        pick(f"the {say_ordinal(d)} of {mon}", f"{mon.capitalize()} {d}", f"{d}/{R.randint(1, 12)}"),
        pick(" between eight and one", " at 10:30", " at half two", " in the morning slot 8 till 12"))
    b.c(pick("can't do that I'm at work till ", "does anything earlier work I finish at "), pick("five thirty", "6pm", "4:45"))
    return "call/utilities: appointment dates and times (not birth dates)"


def n_meter(b):
    r = digits(R, R.randint(5, 6), first_nonzero=True)
    b.a("can you read me the meter")
    b.c(pick("yeah the reading is ", "it says "), pick(r, say_digits(r, R), " ".join(itn_mix([r[:3], r[3:]], R))),
        pick(" on the day rate", " kilowatt hours", ""), pick(" and the night is ", " night rate "), str(R.randint(1000, 99999)))
    return "call/utilities: gas/electric meter readings (5-6 digits)"


def n_speed_model(b):
    b.c(pick("the router's a ", "I've got the "), pick("TG589", "Hub 6", "model X-500", "DSL-2750U", "Archer AX55"),
        pick(" and I'm only getting ", " speeds are like "), pick(f"{R.randint(2, 40)} meg", f"{w_num(R.randint(2, 40))} megabits"),
        pick(" instead of 500", " when I'm paying for nine hundred", " out of 150"))
    b.a(pick("okay I'll run a line test it takes about ", "let me check it'll take "), pick("two minutes", "90 seconds", "five or ten minutes"))
    return "call/telecom: router model numbers and speeds"


def n_balance(b):
    a = R.randint(1000, 9999)
    b.a("your current balance is ", pick(f"£{a:,}.{R.randint(0, 99):02d}", f"{w_num(a)} pounds", f"${a}"),
        " and the available credit is ", pick(f"{w_num(R.randint(100, 900))} dollars", f"£{R.randint(100, 900)}"))
    b.c(pick("okay and the minimum payment", "right what's the interest rate"))
    b.a(pick("it's ", "the rate is "), pick("24.9 percent", "twenty two point nine percent APR", "3%"))
    return "call/banking: balances, credit limits, interest rates"


def n_age_temp(b):
    b.c(pick("my mum is ", "my dad's "), pick(f"{R.randint(70, 95)}", w_num(R.randint(70, 95))), " and the boiler's been off for ",
        pick("three days", "72 hours", "a week"), pick(" it's 12 degrees in here", " it's about eleven degrees in the house", " the thermostat says 14"))
    b.a("I'm sorry to hear that, I'll prioritise it. we can get someone out within ", pick("four hours", "24 hours", "the next 48 hours"))
    return "call/utilities: ages, temperatures, durations"


def n_contract(b):
    y = R.randint(2015, 2025)
    b.a(pick("your contract started in ", "you joined us in "), pick(str(y), w_num(y) if y < 2000 else "twenty " + w_num(y - 2000)),
        " on a ", pick("24 month", "twenty four month", "twelve month"), " plan")
    b.c(pick("so I've got ", "okay so that leaves "), pick("six months", "3 months", "about 200 days"), " left")
    return "call/telecom: contract start years and durations"


def n_hold_count(b):
    b.c(pick("I've been on hold for ", "I waited "), pick("forty five minutes", "1 hour 20", "twenty minutes"),
        pick(" and this is the ", " and I've called "), pick("third time", "5 times", "four times"), pick(" this week", " today"))
    b.a("I do apologise. I've added a note and a ", pick("£10", "ten pound", "$15"), " credit")
    return "call/telecom: durations, counts, goodwill credit"


def n_room(b):
    b.c(pick("we're in room ", "booking for room "), str(R.randint(101, 1420)), " for ", pick("3 nights", "two nights", "a week"),
        " from ", pick("the 12th of June", "March 3rd", "next Friday"), pick(" for 2 adults", " with 2 kids aged 6 and 9", ""))
    b.a("that'll be ", pick("€189 per night", "one hundred and twenty euro a night", "$245 total"))
    return "chat/travel: room numbers, nights, prices, stay dates"


def n_invoice_chat(b):
    b.c(pick("Hi, invoice #", "re: invoice no. ", "Invoice "), f"{pick('INV-', '', 'A')}{R.randint(100000, 9999999)}",
        pick(" for £129.99", " ($45.00)", " - €310"), pick(" was charged twice on 03/11", " is wrong, I cancelled on 2 Oct", " hasn't been paid"))
    b.a("Thanks, I can see it. The refund of ", pick("£129.99", "$45", "€310"), " will take 3-5 working days.")
    return "chat/retail: invoice number, amounts, payment dates"


def n_times_chat(b):
    b.a(pick("Delivery window is ", "Your slot is "), pick("08:00-12:00", "7am to 1pm", "between 12 and 4"), " on ",
        pick("24/11", "Wed 26 Nov", "the 1st"), ".")
    b.c(pick("can u do 2:30 instead", "any chance of after 5", "I'm only in from 14:00"))
    return "chat/retail: delivery windows, times, non-birth dates"


def n_spoken_price_split(b):
    b.a("how much was the item")
    b.c("it was ", pick("one hundred and", "two hundred", "ninety"))
    b.a("mhm")
    b.c(pick("twenty nine ninety nine", "forty nine pounds", "nine ninety five"), pick(" plus postage", " including VAT"))
    return "call/retail: price split over turns"


def n_percentage_year(b):
    b.a("your premium went up by ", pick("12 percent", "eight point five percent", "9.5%"), " because of the claim in ",
        pick("2021", "twenty twenty two", "2019"))
    b.c(pick("but I've had no claims for ", "I've been with you "), pick("ten years", "6 years", "since 2014"))
    return "call/insurance: percentages, years, no-claims duration"


def n_parcel_ref(b):
    ref = digits(R, R.randint(7, 10), first_nonzero=True)
    b.c(pick("the parcel reference is ", "tracking ref "), pick(ref, say_digits(ref, R, mode="pairs" if len(ref) % 2 == 0 else "single")),
        pick(" and it says out for delivery", " it's stuck at the depot"), pick(" since 9:15", " since Monday"))
    return "call/retail: parcel reference number read with its reference word"


def n_quantities(b):
    b.c(pick("I ordered ", "I need "), pick("12", "twenty four", "6"), pick(" boxes", " packs", " units"), pick(" of the 500 gram", " of model 4410", " size 10"),
        " but only ", pick("three", "8", "half"), " turned up")
    b.a("sorry about that, I'll send the other ", pick("nine", "16", "four"), pick(" by Thursday", " within 2 days"))
    return "chat/retail: quantities, sizes, model numbers"


def n_speed_limit(b):
    b.c("the fine says I was doing ", pick("thirty eight in a thirty", "42 in a 30 zone", "fifty five in a fifty"),
        " on the ", pick("14th", "third of May", "4/5"), " at ", pick("7:42 am", "quarter past six", "1850 hours"))
    b.a("okay and the penalty charge notice number is on the letter?")
    b.c("yeah PCN ", pick("WK" + digits(R, 8), "number " + digits(R, 8)))
    return "call/government services: speeds, times, penalty notice reference"


def n_whisper_times(b):
    amt = pick("$40", "£12.99", "€7.50")
    b.c(pick("Yeah, hi. ", "Hi. "), "I called at ", pick("2:30", "10:45", "4:15"), " on the ", pick("1st", "2nd", "23rd"),
        " and again at ", pick("5 o'clock", "half four", "6:10"), ", waited ", pick("45 minutes", "an hour", "twenty-five minutes"),
        ", and the ", amt, " charge is still there.")
    b.a("I'm sorry about that. I can see ", pick("two", "3", "four"), " calls on the ", pick("1st", "21st", "30th"),
        ". I'll refund the ", amt, " today, it takes ", pick("3 to 5", "five to seven"), " working days.")
    return "call/telecom: Whisper ITN times, ordinal dates, durations and amounts in sentence-cased turns"


def n_ticket_itn(b):
    ref = digits(R, 10, first_nonzero=True)
    word = pick("ticket number", "claim number", "reference number", "booking reference")
    b.a(f"Can I take the {word}?")
    b.c(pick("Yeah, it's ", f"Sure. The {word} is ", "It's ", f"It's {word} "),
        pick(f"{ref[:4]} {ref[4:8]} {ref[8:]}", f"{ref[:4]} {say_digits(ref[4:], R)}", f"{ref[:5]}-{ref[5:]}"), ".")
    b.a(f"Thanks, that {word} is for the ", pick("£89.00 refund", "repair on the 14th", "flight on Friday"), ".")
    return "call/travel: 10-digit reference number with its reference word, partly ITN-formatted"


POS_TEMPLATES = [
    (p_card_call_one, 5), (p_card_call_split, 3), (p_card_chat, 3), (p_card_exp_cvv_call, 3),
    (p_card_all_one_turn, 2), (p_card_selfcorrect, 1), (p_card_readback, 1), (p_exp_cvv_chat, 1),
    (p_ssn_call, 5), (p_ssn_split, 2), (p_ssn_chat, 3), (p_ssn_dob, 2),
    (p_ni_call, 6), (p_ni_split, 2), (p_ni_chat, 3), (p_ni_dob_postcode, 2),
    (p_bank_call, 3), (p_bank_one_turn, 3), (p_us_account, 2), (p_iban, 3), (p_iban_split, 1),
    (p_phone_call, 3), (p_phone_split, 1), (p_phone_chat, 2), (p_email_call, 3), (p_email_chat, 2),
    (p_dob, 2), (p_address, 3), (p_us_address, 3), (p_postcode_only, 2), (p_multi_verif, 1),
    (p_two_values_chitchat, 1), (p_whisper_billing, 2), (p_email_whisper, 2),
]
NEG_TEMPLATES = [n_amount, n_order, n_order_split, n_flight, n_appointment, n_meter, n_speed_model,
                 n_balance, n_age_temp, n_contract, n_hold_count, n_room, n_invoice_chat, n_times_chat,
                 n_spoken_price_split, n_percentage_year, n_parcel_ref, n_quantities, n_speed_limit,
                 n_whisper_times, n_ticket_itn]
N_POS, N_NEG = 200, 126


# --------------------------------------------------------------------------
# generation
# --------------------------------------------------------------------------
def generate():
    seq = [f for f, w in POS_TEMPLATES for _ in range(w)]
    # interleave deterministically
    order = []
    for k in range(max(w for _, w in POS_TEMPLATES)):
        for f, w in POS_TEMPLATES:
            if k < w:
                order.append(f)
    assert len(order) == len(seq)
    cases, metas = [], []
    for i in range(N_POS):
        b = B()
        note = order[i % len(order)](b)
        turns, spans, pieces = assemble(b)
        cases.append({"id": f"h160-pos-{i + 1:03d}", "kind": "positive", "turns": turns, "spans": spans, "note": note})
        metas.append((b.meta, pieces))
    for i in range(N_NEG):
        b = B()
        note = NEG_TEMPLATES[i % len(NEG_TEMPLATES)](b)
        turns, spans, pieces = assemble(b)
        cases.append({"id": f"h160-neg-{i + 1:03d}", "kind": "negative", "turns": turns, "spans": spans, "note": note})
        metas.append((b.meta, pieces))
    return cases, metas


def dump(cases) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------
def digits_only(text: str) -> str:
    d = norm_alnum(re.sub(r"\bplus\b|\+", " ", text.lower()))
    return d[2:] if d.startswith("00") and len(d) > 12 else d


def validate_value(typ: str, canon, texts: list[str]) -> str | None:
    joined_text = " ".join(texts)
    if typ == "CARD_NUMBER":
        d = "".join(digits_only(t) for t in texts)
        if d != canon or not d.isdigit() or not 13 <= len(d) <= 19 or not luhn_ok(d):
            return f"card {d!r} != {canon} or not Luhn"
    elif typ == "CVV":
        d = digits_only(joined_text)
        if d != canon or not d.isdigit() or len(d) not in (3, 4):
            return f"cvv {d!r}"
    elif typ == "EXPIRY":
        toks = norm_tokens(joined_text)
        mm, yy = int(canon[:2]), canon[2:]
        months = [t for t in toks if t in MONTHS]
        rest = "".join(t for t in toks if t not in MONTHS)
        if months:
            ok = MONTHS.index(months[0]) + 1 == mm and rest in (yy, "20" + yy, "2" + "0" + yy)
        else:
            ok = rest in (f"{mm:02d}{yy}", f"{mm}{yy}", f"{mm:02d}20{yy}", f"{mm}20{yy}")
        if not ok or not 1 <= mm <= 12:
            return f"expiry {toks!r} vs {canon}"
    elif typ == "SSN":
        d = "".join(digits_only(t) for t in texts)
        if d != canon or len(d) != 9 or d[:3] in ("000", "666") or d[0] == "9" or d[3:5] == "00" or d[5:] == "0000":
            return f"ssn {d!r}"
    elif typ == "NI_NUMBER":
        d = "".join(norm_alnum(t) for t in texts).upper()
        if d != canon or not NI_RE.match(d) or d[:2] in NI_BAD:
            return f"ni {d!r} vs {canon}"
    elif typ == "BANK_ACCOUNT":
        d = "".join(digits_only(t) for t in texts)
        if d != canon or not d.isdigit() or not 6 <= len(d) <= 12:
            return f"account {d!r}"
    elif typ == "SORT_CODE":
        d = "".join(digits_only(t) for t in texts)
        if d != canon or not d.isdigit() or len(d) != 6:
            return f"sort code {d!r}"
    elif typ == "IBAN":
        d = "".join(norm_alnum(t) for t in texts).upper()
        if d != canon or not iban_ok(d) or not 15 <= len(d) <= 34:
            return f"iban {d!r} vs {canon}"
    elif typ == "PHONE":
        d = "".join(digits_only(t) for t in texts)
        if d != canon or not d.isdigit() or not 10 <= len(d) <= 13:
            return f"phone {d!r} vs {canon}"
    elif typ == "EMAIL":
        e = email_from_spoken(joined_text).lower()
        if e != canon.lower() or not re.fullmatch(r"[a-z0-9._]+@[a-z0-9]+(\.[a-z]+)+", e):
            return f"email {e!r} vs {canon}"
    elif typ == "DOB":
        d, m, y = canon
        toks = norm_tokens(joined_text.replace("thousand", "thousand"))
        flat = " ".join(toks)
        j = "".join(t for t in toks if t not in MONTHS and t != "of" and t != "the")
        j = j.replace("2thousand", "200").replace("thousand", "")
        has_month = MONTHS[m - 1] in toks or f"{m:02d}" in j or str(m) in j
        if not (str(y)[2:] in j and has_month and str(d) in j):
            return f"dob {flat!r} vs {canon}"
    elif typ == "POSTCODE":
        d = "".join(norm_alnum(t) for t in texts).upper()
        if d != canon or not (UK_PC_RE.match(d) or US_ZIP_RE.match(d)):
            return f"postcode {d!r} vs {canon}"
    elif typ == "ADDRESS":
        n, st, suf = canon
        low = joined_text.lower()
        if str(n) not in norm_alnum(low.split(st)[0]) or st not in low or not STREET_RE.search(low):
            return f"address {joined_text!r}"
    else:
        return f"unknown type {typ}"
    return None


def check(cases, metas, text_on_disk: str | None) -> int:
    problems = []
    fresh = dump(cases)
    if text_on_disk is not None and text_on_disk != fresh:
        problems.append("cases.jsonl differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    counts = Counter()
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    for c, (meta, pieces) in zip(cases, metas):
        if c["kind"] == "negative" and c["spans"]:
            problems.append(f"{c['id']}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(f"{c['id']}: positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"].strip():
                problems.append(f"{c['id']}: bad turn")
        by_turn = {}
        for sp in c["spans"]:
            text = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if sp["type"] not in TYPES:
                problems.append(f"{c['id']}: bad type {sp['type']}")
            if not (0 <= s < e <= len(text)):
                problems.append(f"{c['id']}: offsets out of range")
                continue
            seg = text[s:e]
            if seg != seg.strip() or not seg[-1].isalnum() or not (seg[0].isalnum() or seg[0] in "+("):
                problems.append(f"{c['id']}: span edges not clean {seg!r}")
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                problems.append(f"{c['id']}: span not on word boundary {seg!r}")
            by_turn.setdefault(sp["turn"], []).append((s, e))
            counts[sp["type"]] += 1
        for tl in by_turn.values():
            tl.sort()
            for (s1, e1), (s2, e2) in zip(tl, tl[1:]):
                if s2 < e1:
                    problems.append(f"{c['id']}: overlapping spans")
        groups: dict[int, list[str]] = {}
        for gid, val in pieces:
            groups.setdefault(gid, []).append(val)
        for gid, (typ, canon) in meta.items():
            if gid not in groups:
                continue
            err = validate_value(typ, canon, groups[gid])
            if err:
                problems.append(f"{c['id']}: {err}")
    if npos < MIN_POS or nneg < MIN_NEG:
        problems.append(f"too few cases: {npos} positive / {nneg} negative")
    for t in TYPES:
        if counts[t] < MIN_SPANS[t]:
            problems.append(f"too few {t} spans: {counts[t]} < {MIN_SPANS[t]}")
    print(f"cases: {len(cases)} ({npos} positive, {nneg} negative)")
    for t in TYPES:
        print(f"  {t:13s} {counts[t]:4d}")
    print(f"  {'TOTAL':13s} {sum(counts.values()):4d}")
    for p in problems[:60]:
        print("PROBLEM:", p)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print("check OK")
    return 0


def readme(cases) -> str:
    counts = Counter(sp["type"] for c in cases for sp in c["spans"])
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join(f"| {t} | {counts[t]} |" for t in TYPES)
    return f"""# PII hold-out set 160

**Never use this set for tuning.** It is a held-out evaluation set: do not
adjust patterns, thresholds or normalisers while looking at these cases.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its docs, the benchmark, or any other PII
fixture; it only saw a three-line JSONL format example. Cases are generated by
`scripts/make_pii_holdout160.py` (standard library only) from template
functions; every turn is assembled from plain-text segments and (value, TYPE)
segments, so offsets are computed, never typed by hand. All values come from a
single `random.Random({SEED})`; the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout160.py --check` regenerates the file, compares
it byte for byte, checks ids, offsets, word boundaries, overlap, and validates
every labelled value after normalising spoken forms (Luhn for cards, mod-97
for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit counts for
CVV/phone/account, UK postcode / US ZIP shapes, month+year for expiry, day,
month and year for dates of birth).

Emphasis: phone calls as a Whisper-style recogniser writes them - inverse text
normalisation that turns some groups into numerals while neighbouring groups
stay words ("4929 3815 seven two oh one 5566"), capitalised first words and
stray commas/full stops between digits ("Four, nine, two, ..."), hyphenated or
slash forms ("09/27", "123-45-6789"), "oh"/"o"/"nought"/"zero", "double"/"triple",
pairs ("forty one", "nineteen eighty"), digit homophones ("for" = 4, "to" = 2),
values split across customer turns with agent back-channels, fillers inside
readings, NATO / "as in" spellings, and agent read-backs. Chat cases cover
typed forms with assorted separators and case.

## Annotation conventions

* A span covers exactly the value as written: from its first to its last
  character, including separators, fillers ("um") and spelling aids
  ("b for bravo", "c as in cat") that fall inside the reading; lead-in words
  ("it's", "my card is", "the postcode") are outside.
* A value split across turns gets one span per turn (same type); each span
  holds just that turn's fragment.
* An agent read-back of a value is labelled like the customer's reading.
* EXPIRY covers month and year ("oh nine twenty seven", "September 2027").
* DOB covers the whole date ("the third of march nineteen eighty five").
* PHONE includes the country code ("+44", "plus four four") when given.
* ADDRESS covers house number + street name + street type only; towns,
  states and postcodes are outside (postcodes/ZIPs are their own POSTCODE span).
* EMAIL covers the whole dictated address ("j smith at gmail dot com").
* Non-PII numbers in positive cases (amounts, times, claim numbers, a
  caller's abandoned card fragment in a self-correction) are not labelled.
* Negative cases contain no PII at all: amounts, prices, times, durations,
  counts, years, percentages, non-birth dates, order/ticket/claim/parcel
  references (6-10 digits, with their reference word), flight and room numbers,
  model numbers, meter readings, speeds, ages, temperatures, balances.

## Counts

{npos} positive cases, {nneg} negative cases.

| type | spans |
|---|---|
{rows}
"""


def main(argv) -> int:
    cases, metas = generate()
    if "--check" in argv:
        on_disk = CASES.read_text(encoding="utf-8") if CASES.exists() else ""
        rc = check(cases, metas, on_disk)
        if README.exists() and README.read_text(encoding="utf-8") != readme(cases):
            print("PROBLEM: README.md differs from regenerated output")
            rc = 1
        return rc
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(dump(cases), encoding="utf-8")
    README.write_text(readme(cases), encoding="utf-8")
    return check(cases, metas, None)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

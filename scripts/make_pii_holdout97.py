#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout97``.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  All values come from one seeded random.Random so the
output is byte-for-byte reproducible.

    python scripts/make_pii_holdout97.py          # write fixture + README
    python scripts/make_pii_holdout97.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 97311123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout97"
OUT_FILE = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
N_POS = 200
N_NEG = 115

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# spoken-number vocabulary
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ORD_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9}
ORD_TEENS = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
             "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
             "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
              "nov", "dec"]
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "and", "slash", "dash", "hyphen",
           "space", "then"}
LETTER_SOUNDS = {"bee": "b", "be": "b", "see": "c", "sea": "c", "dee": "d", "gee": "g",
                 "jay": "j", "kay": "k", "pee": "p", "pea": "p", "queue": "q",
                 "are": "r", "tee": "t", "tea": "t", "you": "u", "why": "y", "ex": "x",
                 "zed": "z", "zee": "z", "aitch": "h", "em": "m", "en": "n", "ess": "s",
                 "el": "l", "eff": "f", "vee": "v"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform", "v": "victor",
        "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
FRIENDLY = {"a": "apple", "b": "boy", "c": "cat", "d": "dog", "e": "edward", "g": "george",
            "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother",
            "n": "nancy", "p": "peter", "q": "queen", "r": "robert", "s": "sugar",
            "t": "tommy", "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}
HOMO = {"b": "bee", "c": "see", "d": "dee", "g": "gee", "j": "jay", "k": "kay",
        "p": "pee", "q": "queue", "r": "are", "t": "tee", "y": "why", "x": "ex"}


class Bad(Exception):
    pass


def two_digit_words(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else f"{TENS[t]} {UNITS[u]}"


def say_digits(r: random.Random, digits: str, uk: bool = True, doubles: float = 0.35,
               pairs: float = 0.0, filler: float = 0.0) -> str:
    """Spell a digit string as an ASR transcript would."""
    zeros = ["zero", "oh", "o", "nought"] if uk else ["zero", "oh", "o"]
    zero_word = r.choice(zeros)
    out: list[str] = []
    i = 0
    while i < len(digits):
        d = digits[i]
        run = 1
        while i + run < len(digits) and digits[i + run] == d and run < 3:
            run += 1
        word = zero_word if d == "0" else UNITS[int(d)]
        if run == 3 and r.random() < doubles:
            out.append(f"triple {word}")
            i += 3
        elif run >= 2 and r.random() < doubles:
            out.append(f"double {word}")
            i += 2
        elif (pairs and i + 1 < len(digits) and d != "0" and r.random() < pairs
              and (digits[i + 1] != "0" or i + 2 == len(digits))):
            out.append(two_digit_words(int(digits[i:i + 2])))
            i += 2
        else:
            out.append(word)
            i += 1
        if filler and i < len(digits) and r.random() < filler:
            out.append(r.choice(["um", "uh", "er"]))
    return " ".join(out)


def say_letter(r: random.Random, c: str, style: str | None = None) -> str:
    c = c.lower()
    style = style or r.choice(["plain", "plain", "homo", "nato", "friendly"])
    if style == "homo" and c in HOMO:
        return HOMO[c]
    if style == "nato" and c in NATO:
        return f"{c} for {NATO[c]}"
    if style == "friendly" and c in FRIENDLY:
        return f"{c} for {FRIENDLY[c]}"
    return c


def say_alnum(r: random.Random, s: str, uk: bool = True, doubles: float = 0.3,
              letter_style: str | None = None) -> str:
    parts = []
    buf = ""
    for ch in s:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                parts.append(say_digits(r, buf, uk=uk, doubles=doubles))
                buf = ""
            if ch.isalpha():
                parts.append(say_letter(r, ch, letter_style))
    if buf:
        parts.append(say_digits(r, buf, uk=uk, doubles=doubles))
    return " ".join(parts)


# --------------------------------------------------------------------------
# normalisation of spoken forms (used by --check)
def _num_value(tok: str):
    if tok in ("zero", "oh", "o", "nought"):
        return ("u", 0)
    if tok in UNITS:
        return ("u", UNITS.index(tok))
    if tok in ORD_UNITS:
        return ("u", ORD_UNITS[tok])
    if tok in TEENS:
        return ("t", 10 + TEENS.index(tok))
    if tok in ORD_TEENS:
        return ("t", ORD_TEENS[tok])
    for k, w in TENS.items():
        if tok == w:
            return ("x", k * 10)
    return None


def norm_alnum(text: str, allow_letters: bool = True) -> str:
    """Turn a written or spoken value into a compact upper-case string."""
    toks = re.findall(r"[a-z0-9]+(?:-ray)?", text.lower())
    out = ""
    i = 0
    mult = 1
    while i < len(toks):
        t = toks[i]
        i += 1
        if t in FILLERS:
            continue
        if t == "double":
            mult = 2
            continue
        if t == "triple":
            mult = 3
            continue
        if t == "hundred":
            out += "00"
            continue
        if t == "thousand":
            while i < len(toks) and toks[i] == "and":
                i += 1
            nv = _num_value(toks[i]) if i < len(toks) else None
            if nv is None:
                out += "000"
                continue
            v = nv[1]
            i += 1
            if nv[0] == "x" and i < len(toks):
                nv2 = _num_value(toks[i])
                if nv2 and nv2[0] == "u" and nv2[1] > 0:
                    v += nv2[1]
                    i += 1
            out += "%03d" % v
            continue
        if t.isdigit():
            out += t * mult if len(t) == 1 else t
            mult = 1
            continue
        nv = _num_value(t)
        if nv is not None:
            kind, v = nv
            if kind == "x" and i < len(toks):
                nv2 = _num_value(toks[i])
                if nv2 and nv2[0] == "u" and nv2[1] > 0:
                    v += nv2[1]
                    i += 1
            s = str(v)
            out += s * mult
            mult = 1
            continue
        if not allow_letters:
            raise Bad(f"unexpected token {t!r} in {text!r}")
        letter = None
        if len(t) == 1:
            letter = t
        elif t in LETTER_SOUNDS:
            letter = LETTER_SOUNDS[t]
        elif len(t) <= 4 and t.isalpha() and t.upper() == t.upper():
            # written letter groups such as 'qq', 'aibk', 'sw1a'
            letter = t
        elif re.fullmatch(r"[a-z]+[0-9][a-z0-9]*", t) or re.fullmatch(r"[0-9]+[a-z]+[a-z0-9]*", t):
            letter = t
        if letter is None:
            raise Bad(f"unexpected token {t!r} in {text!r}")
        # 'b for bravo' / 'b as in boy'
        if i < len(toks) and toks[i] == "for":
            i += 2
        elif i + 1 < len(toks) and toks[i] == "as" and toks[i + 1] == "in":
            i += 3
        out += letter * mult
        mult = 1
    return out.upper()


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in t)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[ABCEGHJ-PRSTW-Z][ABCEGHJ-NPRSTW-Z][0-9]{6}[A-D]")
UK_PC_RE = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][ABD-HJLNP-UW-Z]{2}")
STREET_WORDS = {"road", "street", "lane", "avenue", "drive", "close", "way", "court",
                "crescent", "terrace", "place", "grove", "gardens", "park", "rd", "st",
                "ave", "dr", "ln", "blvd", "boulevard", "square", "hill", "row", "walk",
                "mews", "parade", "green"}


def validate(typ: str, raw: str) -> None:
    low = raw.lower()
    if typ == "EMAIL":
        if "@" in raw:
            if not re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", raw):
                raise Bad(f"bad email {raw!r}")
            return
        toks = low.split()
        s = ""
        run: list[str] = []
        for t in toks + ["<end>"]:
            if _num_value(t) is not None or t in ("double", "triple"):
                run.append(t)
                continue
            if run:
                s += norm_alnum(" ".join(run), allow_letters=False).lower()
                run = []
            if t == "<end>":
                break
            s += {"at": "@", "dot": ".", "underscore": "_", "dash": "-",
                  "hyphen": "-"}.get(t, t)
        if not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", s):
            raise Bad(f"bad spoken email {raw!r} -> {s!r}")
        return
    if typ == "ADDRESS":
        words = set(re.findall(r"[a-z]+", low))
        if not (words & STREET_WORDS):
            raise Bad(f"address without street word {raw!r}")
        if not (re.search(r"\d", low) or any(_num_value(w) for w in words)):
            raise Bad(f"address without number {raw!r}")
        return
    if typ == "DOB":
        text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", low)
        has_month = False
        for m in MONTHS + MONTH_ABBR:
            if re.search(rf"\b{m}\b", text):
                has_month = True
                text = re.sub(rf"\b{m}\b", " ", text)
        text = re.sub(r"\b(the|of)\b", " ", text)
        digits = norm_alnum(text, allow_letters=False)
        if has_month and not 3 <= len(digits) <= 6:
            raise Bad(f"bad DOB {raw!r} -> {digits}")
        if not has_month and not 4 <= len(digits) <= 8:
            raise Bad(f"bad DOB {raw!r} -> {digits}")
        return
    if typ == "EXPIRY":
        text = low
        has_month = False
        for m in MONTHS + MONTH_ABBR:
            if re.search(rf"\b{m}\b", text):
                has_month = True
                text = re.sub(rf"\b{m}\b", " ", text)
        digits = norm_alnum(text, allow_letters=False)
        if has_month:
            if len(digits) not in (2, 4):
                raise Bad(f"bad expiry {raw!r}")
        elif len(digits) not in (4, 6) or not 1 <= int(digits[:2]) <= 12:
            raise Bad(f"bad expiry {raw!r} -> {digits}")
        return
    if typ in ("CARD_NUMBER", "CVV", "SSN", "SORT_CODE", "BANK_ACCOUNT", "PHONE"):
        low2 = re.sub(r"^plus\b", "", low)
        if typ == "PHONE":
            low2 = " ".join({"for": "four", "to": "two", "too": "two", "ate": "eight"}.get(w, w)
                            for w in low2.split())
        digits = norm_alnum(low2, allow_letters=False)
        if not digits.isdigit():
            raise Bad(f"non-digit {typ} {raw!r}")
        n = len(digits)
        ok = {"CARD_NUMBER": 13 <= n <= 19 and luhn_ok(digits),
              "CVV": n in (3, 4),
              "SSN": n == 9 and digits[:3] not in ("000", "666") and digits[0] != "9"
              and digits[3:5] != "00" and digits[5:] != "0000",
              "SORT_CODE": n == 6,
              "BANK_ACCOUNT": 8 <= n <= 12,
              "PHONE": 10 <= n <= 13}[typ]
        if not ok:
            raise Bad(f"invalid {typ} {raw!r} -> {digits}")
        return
    s = norm_alnum(raw)
    if typ == "NI_NUMBER":
        if not NI_RE.fullmatch(s) or s[:2] in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            raise Bad(f"bad NI {raw!r} -> {s}")
    elif typ == "IBAN":
        if not iban_ok(s):
            raise Bad(f"bad IBAN {raw!r} -> {s}")
    elif typ == "POSTCODE":
        if not (UK_PC_RE.fullmatch(s) or re.fullmatch(r"[0-9]{5}([0-9]{4})?", s)):
            raise Bad(f"bad postcode {raw!r} -> {s}")
    else:
        raise Bad(f"unknown type {typ}")


# --------------------------------------------------------------------------
# value generators
def gen_card(r: random.Random, brand: str | None = None) -> str:
    brand = brand or r.choice(["visa", "visa", "mc", "mc", "amex", "discover", "visa19"])
    if brand == "visa":
        body, n = "4" + "".join(r.choice("0123456789") for _ in range(5)), 16
    elif brand == "visa19":
        body, n = "4" + "".join(r.choice("0123456789") for _ in range(5)), 19
    elif brand == "mc":
        body, n = r.choice(["51", "52", "53", "54", "55"]), 16
    elif brand == "amex":
        body, n = r.choice(["34", "37"]), 15
    else:
        body, n = "6011", 16
    while len(body) < n - 1:
        body += r.choice("0123456789")
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def group_card(num: str, sep: str = " ") -> str:
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(parts)


def gen_ssn(r: random.Random) -> str:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(r: random.Random) -> str:
    while True:
        p = r.choice(NI_FIRST) + r.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(r.choice("0123456789") for _ in range(6)) + r.choice("ABCD")


def gen_iban(r: random.Random, cc: str | None = None) -> str:
    cc = cc or r.choice(["GB", "IE", "DE", "NL", "ES", "FR", "IE", "GB"])
    dig = lambda n: "".join(r.choice("0123456789") for _ in range(n))  # noqa: E731
    if cc == "GB":
        bban = r.choice(["BARC", "NWBK", "MIDL", "LLYD", "HSBC"]) + dig(14)
    elif cc == "IE":
        bban = r.choice(["AIBK", "IPBS", "ULSB"]) + dig(14)
    elif cc == "DE":
        bban = dig(18)
    elif cc == "NL":
        bban = r.choice(["ABNA", "INGB", "RABN"]) + dig(10)
    elif cc == "ES":
        bban = dig(20)
    else:
        bban = dig(23)
    t = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in t))
    check = 98 - num % 97
    return f"{cc}{check:02d}{bban}"


def group4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


UK_AREAS = ["SW", "SE", "N", "E", "W", "M", "B", "LS", "BS", "NG", "CF", "BT", "EH", "G",
            "KT", "CR", "DN", "L", "S", "RG", "TN", "PE", "CB", "YZ"][:-1]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode(r: random.Random) -> str:
    a = r.choice(UK_AREAS)
    d = str(r.randint(1, 29)) if len(a) == 2 or r.random() < 0.5 else str(r.randint(1, 9))
    return f"{a}{d} {r.randint(0, 9)}{r.choice(INWARD)}{r.choice(INWARD)}"


def gen_zip(r: random.Random, plus4: bool = False) -> str:
    z = "%05d" % r.randint(1001, 99950)
    return z + ("-%04d" % r.randint(1, 9999) if plus4 else "")


def gen_phone(r: random.Random, kind: str) -> tuple[str, str]:
    """Return (written form, digits)."""
    d = lambda n: "".join(r.choice("0123456789") for _ in range(n))  # noqa: E731
    if kind == "uk_mob":
        dig = "07" + r.choice("4579") + d(8)
        return f"{dig[:5]} {dig[5:]}", dig
    if kind == "uk_land":
        dig = r.choice(["020", "0161", "0113", "0131", "0117", "0121"])
        dig = dig + d(11 - len(dig))
        return (f"{dig[:3]} {dig[3:7]} {dig[7:]}" if dig.startswith("02")
                else f"{dig[:4]} {dig[4:7]} {dig[7:]}"), dig
    if kind == "uk_intl":
        dig = "447" + r.choice("4579") + d(8)
        return f"+44 {dig[2:6]} {dig[6:]}", dig
    if kind == "us":
        dig = r.choice("2345678") + d(2) + r.choice("2345678") + d(6)
        return f"({dig[:3]}) {dig[3:6]}-{dig[6:]}", dig
    if kind == "us_tollfree":
        dig = "1" + r.choice(["800", "888", "877"]) + r.choice("2345678") + d(6)
        return f"1-{dig[1:4]}-{dig[4:7]}-{dig[7:]}", dig
    if kind == "ie_mob":
        dig = "08" + r.choice("35679") + d(7)
        return f"{dig[:3]} {dig[3:6]} {dig[6:]}", dig
    if kind == "ie_intl":
        dig = "3538" + r.choice("35679") + d(7)
        return f"+353 {dig[3:5]} {dig[5:8]} {dig[8:]}", dig
    if kind == "de_intl":
        dig = "4930" + d(8)
        return f"+49 30 {dig[4:]}", dig
    raise ValueError(kind)


FIRST = ["sarah", "james", "aoife", "michael", "priya", "tom", "niamh", "david", "emma",
         "liam", "grace", "mohammed", "olivia", "sean", "chloe", "daniel", "hannah",
         "ciaran", "jess", "marcus", "fatima", "kevin", "laura", "raj"]
LAST = ["murphy", "patel", "smith", "kelly", "walsh", "jones", "brennan", "nguyen",
        "garcia", "hughes", "byrne", "taylor", "okafor", "reilly", "clarke", "wright",
        "fischer", "doyle", "khan", "evans"]
DOMAINS_W = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "eircom.net",
             "icloud.com", "btinternet.com", "aol.com", "live.ie", "web.de"]
STREETS = ["harbour", "mill", "church", "station", "oak", "elm", "victoria", "park",
           "king", "queen", "maple", "willow", "castle", "bridge", "meadow", "highfield",
           "orchard", "cedar", "main", "lake"]
SUFFIX = ["road", "street", "lane", "avenue", "drive", "close", "way", "court",
          "crescent", "terrace", "grove", "gardens"]
TOWNS_UK = ["leeds", "bristol", "manchester", "croydon", "belfast", "cardiff",
            "edinburgh", "nottingham", "reading", "peterborough"]
TOWNS_US = [("austin", "TX"), ("denver", "CO"), ("columbus", "OH"), ("tampa", "FL"),
            ("portland", "OR"), ("raleigh", "NC"), ("phoenix", "AZ"), ("boise", "ID")]


def gen_email(r: random.Random) -> tuple[str, str]:
    f, l = r.choice(FIRST), r.choice(LAST)
    style = r.randint(0, 4)
    num = str(r.randint(1, 99))
    dom = r.choice(DOMAINS_W)
    if style == 0:
        local, sp = f"{f}.{l}", f"{f} dot {l}"
    elif style == 1:
        local, sp = f"{f[0]}{l}{num}", f"{f[0]} {l} {two_digit_words(int(num))}"
    elif style == 2:
        local, sp = f"{f}_{l}", f"{f} underscore {l}"
    elif style == 3:
        local, sp = f"{l}.{f[0]}", f"{l} dot {f[0]}"
    else:
        local, sp = f"{f}{l}", f"{f}{l}"
    sp_dom = " dot ".join(dom.split("."))
    return f"{local}@{dom}", f"{sp} at {sp_dom}"


def gen_dob(r: random.Random) -> tuple[int, int, int]:
    return r.randint(1, 28), r.randint(1, 12), r.randint(1941, 2006)


def say_year(r: random.Random, y: int) -> str:
    if y >= 2000:
        return r.choice([f"two thousand and {UNITS[y - 2000]}" if y < 2010 else
                         f"two thousand and {two_digit_words(y - 2000)}",
                         f"two thousand {UNITS[y - 2000]}" if y < 2010 else
                         f"twenty {two_digit_words(y - 2000)}"])
    hi, lo = divmod(y, 100)
    lo_w = two_digit_words(lo) if lo >= 10 else f"oh {UNITS[lo]}"
    return f"{two_digit_words(hi)} {lo_w}"


def ordinal(n: int) -> str:
    inv = {v: k for k, v in ORD_UNITS.items()}
    invt = {v: k for k, v in ORD_TEENS.items()}
    if n in inv:
        return inv[n]
    if n in invt:
        return invt[n]
    t, u = divmod(n, 10)
    return f"{TENS[t]} {inv[u]}"


def written_dob(r: random.Random, us: bool = False) -> str:
    d, m, y = gen_dob(r)
    mon = MONTHS[m - 1].capitalize()
    if us:
        return r.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{mon} {d}, {y}",
                         f"{m}-{d}-{y}", f"{y}-{m:02d}-{d:02d}"])
    return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d} {mon} {y}",
                     f"{th(d)} {mon} {y}",
                     f"{d:02d}-{m:02d}-{str(y)[2:]}", f"{d}/{m}/{y}"])


def spoken_dob(r: random.Random, us: bool = False) -> str:
    d, m, y = gen_dob(r)
    style = r.randint(0, 4)
    if style == 0:
        return f"the {ordinal(d)} of {MONTHS[m - 1]} {say_year(r, y)}"
    if style == 1:
        return f"{MONTHS[m - 1]} {ordinal(d)} {say_year(r, y)}"
    if style == 2:
        return f"{ordinal(d)} {MONTHS[m - 1]} {say_year(r, y)}"
    if style == 3:
        a, b = (m, d) if us else (d, m)
        return f"{say_digits(r, '%02d' % a, doubles=0)} {say_digits(r, '%02d' % b, doubles=0)} {say_year(r, y)}"
    a, b = (m, d) if us else (d, m)
    return f"{two_digit_words(a)} {two_digit_words(b)} {two_digit_words(y % 100) if y % 100 >= 10 else 'oh ' + UNITS[y % 10]}"


def gen_expiry(r: random.Random) -> tuple[int, int]:
    return r.randint(1, 12), r.randint(26, 32)


def written_expiry(r: random.Random) -> str:
    m, y = gen_expiry(r)
    return r.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d}{y}",
                     f"{m:02d} / {y}", f"{MONTHS[m - 1][:3].capitalize()} {y}"])


def spoken_expiry(r: random.Random) -> str:
    m, y = gen_expiry(r)
    style = r.randint(0, 3)
    mm = say_digits(r, "%02d" % m, doubles=0) if m < 10 else two_digit_words(m)
    if style == 0:
        return f"{mm} {two_digit_words(y)}"
    if style == 1:
        return f"{MONTHS[m - 1]} {two_digit_words(y)}"
    if style == 2:
        return f"{mm} slash {two_digit_words(y)}"
    return f"{MONTHS[m - 1]} twenty {two_digit_words(y)}"


def gen_cvv(r: random.Random, n: int = 3) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def gen_sort(r: random.Random) -> str:
    return "".join(r.choice("0123456789") for _ in range(6))


def gen_acct(r: random.Random, n: int = 8) -> str:
    return r.choice("123456789") + "".join(r.choice("0123456789") for _ in range(n - 1))


def written_address(r: random.Random, us: bool = False) -> str:
    num = r.randint(1, 240) if not us else r.randint(100, 9800)
    st = r.choice(STREETS).capitalize()
    suf = r.choice(SUFFIX).capitalize()
    if us:
        suf = r.choice(["Street", "Avenue", "Drive", "Blvd", "Lane", "Rd"])
        extra = r.choice(["", f" Apt {r.randint(1, 30)}{r.choice('ABC')}", ""])
        return f"{num} {st} {suf}{extra}"
    pre = r.choice(["", "", f"Flat {r.randint(1, 12)}, "])
    return f"{pre}{num} {st} {suf}"


def spoken_address(r: random.Random, us: bool = False) -> str:
    num = r.randint(1, 240) if not us else r.randint(100, 9800)
    if num < 100:
        n = two_digit_words(num)
    elif us and r.random() < 0.7:
        n = " ".join(two_digit_words(int(p)) if int(p) >= 10 else f"oh {UNITS[int(p)]}"
                     for p in ([str(num)[:-2], str(num)[-2:]]))
        if len(str(num)) == 3:
            n = f"{UNITS[num // 100]} {two_digit_words(num % 100) if num % 100 >= 10 else 'oh ' + UNITS[num % 10]}"
    else:
        n = say_digits(r, str(num), doubles=0.2)
    st, suf = r.choice(STREETS), r.choice(SUFFIX)
    if us:
        suf = r.choice(["street", "avenue", "drive", "boulevard", "lane", "road"])
    pre = r.choice(["", "", f"flat {UNITS[r.randint(1, 9)]} "]) if not us else ""
    return f"{pre}{n} {st} {suf}"


def spoken_postcode(r: random.Random, pc: str) -> str:
    return say_alnum(r, pc.replace(" ", ""), letter_style=r.choice(
        ["plain", "plain", "homo", "nato", None]), doubles=0.3)


# --------------------------------------------------------------------------
# case assembly
class Builder:
    def __init__(self) -> None:
        self.cases: list[dict] = []
        self.values: list[tuple[str, str, str, list]] = []  # (case id, type, group, raw)
        self.pos = 0
        self.neg = 0

    def add(self, kind: str, turns: list, note: str) -> None:
        if kind == "positive":
            self.pos += 1
            cid = f"h97-pos-{self.pos:03d}"
        else:
            self.neg += 1
            cid = f"h97-neg-{self.neg:03d}"
        out_turns, spans = [], []
        groups: dict[str, list[str]] = {}
        for ti, (speaker, segs) in enumerate(turns):
            text = ""
            if isinstance(segs, str):
                segs = [segs]
            for seg in segs:
                if isinstance(seg, str):
                    text += seg
                    continue
                value, typ = seg[0], seg[1]
                group = seg[2] if len(seg) > 2 else f"_{len(spans)}"
                start = len(text)
                text += value
                spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
                groups.setdefault(f"{typ}|{group}", []).append(value)
            out_turns.append({"speaker": speaker, "text": text})
        if kind == "negative" and spans:
            raise AssertionError("negative with spans")
        for key, vals in groups.items():
            typ = key.split("|")[0]
            self.values.append((cid, typ, key, vals))
        self.cases.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans,
                           "note": note})


A, C = "agent", "customer"


def ch(r, *opts):
    return r.choice(opts)


# ---------------------------- positive templates ---------------------------
def p_card_call_single(r):
    card = gen_card(r)
    ind = ch(r, "telecom", "insurance", "utilities", "retail", "travel")
    sp = say_digits(r, card, uk=r.random() < 0.6, pairs=ch(r, 0, 0, 0.3), filler=ch(r, 0, 0.08))
    exp = spoken_expiry(r)
    cvv_n = 4 if card[:2] in ("34", "37") else 3
    cvv = gen_cvv(r, cvv_n)
    amt = ch(r, "forty two pounds", "one hundred and twelve euro", "sixty dollars", "nineteen ninety nine")
    return [(A, f"okay so that's {amt} today can i take the long card number please"),
            (C, [ch(r, "yeah it's ", "sure ", "um okay ", ""), (sp, "CARD_NUMBER")]),
            (A, "lovely and the expiry"),
            (C, [ch(r, "", "it's ", "expires "), (exp, "EXPIRY")]),
            (A, ch(r, "and the three digits on the back", "and the security code", "last thing the cvv")),
            (C, [ch(r, "", "that's ", "it's "), (say_digits(r, cvv, doubles=0.2), "CVV")])], \
        f"call/{ind}: card read in one turn then spoken expiry and security code"


def p_card_call_split(r):
    card = gen_card(r, ch(r, "visa", "mc", "discover"))
    gs = [card[i:i + 4] for i in range(0, 16, 4)]
    ind = ch(r, "banking", "telecom", "utilities", "healthcare billing")
    bc = ["mhm", "okay go on", "yep", "right", "got that", "uh huh"]
    turns = [(A, "go ahead with the card number whenever you're ready")]
    for k, g in enumerate(gs):
        pre = ch(r, "", "", "um ", "right ", "then ") if k else ch(r, "okay ", "it's ", "")
        turns.append((C, [pre, (say_digits(r, g, pairs=ch(r, 0, 0.4)), "CARD_NUMBER", "c")]))
        if k < 3:
            turns.append((A, r.choice(bc)))
    turns.append((A, "thank you and the expiry date on that"))
    turns.append((C, [(spoken_expiry(r), "EXPIRY")]))
    return turns, f"call/{ind}: card split into four groups over customer turns with back-channels, then expiry"


def p_card_chat(r):
    card = gen_card(r)
    sep = ch(r, " ", "-", "", " ", ".")
    w = group_card(card, sep) if sep else card
    cvv = gen_cvv(r, 4 if len(card) == 15 else 3)
    exp = written_expiry(r)
    ind = ch(r, "retail", "travel", "telecom", "insurance")
    order = "%d" % r.randint(100000, 9999999)
    style = r.randint(0, 2)
    if style == 0:
        t = [(C, ["hi can u put order ", order, " on this card pls ", (w, "CARD_NUMBER"),
                  " exp ", (exp, "EXPIRY"), " cvv ", (cvv, "CVV")])]
    elif style == 1:
        t = [(A, "Please provide the card details to complete the payment."),
             (C, ["Card: ", (w, "CARD_NUMBER")]),
             (C, ["Expiry ", (exp, "EXPIRY"), ", security code ", (cvv, "CVV")])]
    else:
        t = [(C, ["card no. ", (w, "CARD_NUMBER"), "\nexpires ", (exp, "EXPIRY"),
                  "\nsec code on back is ", (cvv, "CVV"), "\nthe total was \u00a3",
                  "%d.%02d" % (r.randint(5, 300), r.randint(0, 99))])]
    return t, f"chat/{ind}: typed card with separator {sep!r}, expiry and cvv next to an order number/amount"


def p_card_readback(r):
    card = gen_card(r, ch(r, "visa", "mc", "amex"))
    sp1 = say_digits(r, card, doubles=0.4)
    sp2 = say_digits(r, card, doubles=0, pairs=0.5)
    return [(C, ["the card is ", (sp1, "CARD_NUMBER")]),
            (A, ["let me read that back ", (sp2, "CARD_NUMBER"), " is that right"]),
            (C, "yes that's it"),
            (A, "and what's the expiry on it"),
            (C, ["um ", (spoken_expiry(r), "EXPIRY"), " i think yeah"])], \
        "call/retail: card read by customer and read back by agent with pairs"


def p_card_correction(r):
    card = gen_card(r, "visa")
    wrong = card[:12] + "".join(r.choice("0123456789") for _ in range(3))
    wrong = wrong + next(c for c in "0123456789" if luhn_ok(wrong + c))
    if wrong == card:
        wrong = gen_card(r, "visa")
    return [(A, "the sixteen digit number on the card please"),
            (C, [(say_digits(r, wrong), "CARD_NUMBER"), " oh no sorry wrong card hang on"]),
            (A, "no problem take your time"),
            (C, ["okay this one ", (say_digits(r, card, pairs=0.3), "CARD_NUMBER")]),
            (A, "great that's gone through for twenty five pounds")], \
        "call/telecom: caller reads one card then switches to another (both full numbers)"


def p_ssn_call(r):
    ssn = gen_ssn(r)
    style = r.randint(0, 3)
    if style == 0:
        sp = say_digits(r, ssn, uk=False)
    elif style == 1:
        sp = (f"{say_digits(r, ssn[:3], uk=False)} {two_digit_words(int(ssn[3:5])) if ssn[3] != '0' else say_digits(r, ssn[3:5], uk=False)} "
              f"{say_digits(r, ssn[5:], uk=False, pairs=0.5)}")
    elif style == 2:
        sp = say_digits(r, ssn, uk=False, filler=0.15)
    else:
        sp = say_digits(r, ssn, uk=False, pairs=0.4)
    ind = ch(r, "healthcare billing", "banking", "government services", "insurance")
    return [(A, ch(r, "to verify can i get your social security number",
                   "and what's your social", "i'll need the last nine i mean your full ssn")),
            (C, [ch(r, "sure it's ", "yeah ", "okay um ", ""), (sp, "SSN")]),
            (A, "thank you and the date of birth"),
            (C, [(spoken_dob(r, us=True), "DOB")])], \
        f"call/{ind}: US SSN spoken (style {style}) followed by DOB"


def p_ssn_chat(r):
    ssn = gen_ssn(r)
    w = ch(r, f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}", f"{ssn[:3]} {ssn[3:5]} {ssn[5:]}", ssn,
           f"{ssn[:3]}.{ssn[3:5]}.{ssn[5:]}", f"{ssn[:3]}-{ssn[3:5]} {ssn[5:]}")
    amt = "$%d.%02d" % (r.randint(20, 2000), r.randint(0, 99))
    style = r.randint(0, 2)
    if style == 0:
        t = [(A, "For security, please confirm your Social Security number."),
             (C, [(w, "SSN")])]
    elif style == 1:
        t = [(C, [f"I got a bill for {amt} but my insurance should cover it. my ssn is ",
                  (w, "SSN"), " and dob ", (written_dob(r, us=True), "DOB")])]
    else:
        t = [(C, ["ss# ", (w, "SSN"), " zip ", (gen_zip(r), "POSTCODE"),
                  " claim ref ", str(r.randint(10000, 999999))])]
    return t, f"chat/{ch(r, 'healthcare billing', 'banking', 'government services')}: typed SSN form {w!r}"


def p_ssn_split(r):
    ssn = gen_ssn(r)
    return [(A, "what's the social security number on the account"),
            (C, ["okay ", (say_digits(r, ssn[:3], uk=False), "SSN", "s")]),
            (A, ch(r, "mhm", "okay", "yes")),
            (C, [(say_digits(r, ssn[3:5], uk=False, pairs=0.5), "SSN", "s")]),
            (A, ch(r, "go on", "uh huh")),
            (C, [ch(r, "", "and ", "then "), (say_digits(r, ssn[5:], uk=False, pairs=0.3), "SSN", "s")]),
            (A, "perfect thanks i've found your account balance is two hundred and six dollars")], \
        "call/banking: SSN split 3-2-4 across customer turns, balance amount nearby"


def p_ni_call(r):
    ni = gen_ni(r)
    ls = ch(r, "plain", "nato", "friendly", "homo", None)
    letters1 = " ".join(say_letter(r, c, ls) for c in ni[:2])
    style = r.randint(0, 2)
    if style == 0:
        digits = say_digits(r, ni[2:8])
    elif style == 1:
        digits = " ".join(two_digit_words(int(ni[k:k + 2])) if ni[k] != "0" else say_digits(r, ni[k:k + 2])
                          for k in (2, 4, 6))
    else:
        digits = say_digits(r, ni[2:8], filler=0.2)
    sp = f"{letters1} {digits} {say_letter(r, ni[8], ls)}"
    ind = ch(r, "government services", "banking", "insurance", "utilities")
    return [(A, "can you confirm your national insurance number for me"),
            (C, [ch(r, "yeah it's ", "", "okay so ", "right "), (sp, "NI_NUMBER")]),
            (A, "thanks that matches")], \
        f"call/{ind}: NI number spoken, letters style {ls}, digit style {style}"


def p_ni_chat(r):
    ni = gen_ni(r)
    w = ch(r, f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", ni, ni.lower(),
           f"{ni[:2]}{ni[2:8]} {ni[8]}", f"{ni[:2]}-{ni[2:4]}-{ni[4:6]}-{ni[6:8]}-{ni[8]}",
           f"{ni[:2].lower()} {ni[2:8]} {ni[8].lower()}")
    lead = ch(r, "my NI number is ", "NINO: ", "ni no ", "National Insurance: ", "nat ins num ")
    tail = ch(r, "", " thanks", " - claim started 3 March", ". I've been waiting 6 weeks")
    return [(A, "Could you give me your National Insurance number so I can find your record?"),
            (C, [lead, (w, "NI_NUMBER"), tail])], \
        f"chat/government services: NI typed as {w!r}"


def p_ni_split(r):
    ni = gen_ni(r)
    return [(A, "and your national insurance number please"),
            (C, [(" ".join(say_letter(r, c, "nato") for c in ni[:2]), "NI_NUMBER", "n")]),
            (A, "yep"),
            (C, [(say_digits(r, ni[2:5]), "NI_NUMBER", "n")]),
            (A, "mhm"),
            (C, [(say_digits(r, ni[5:8]), "NI_NUMBER", "n"), " and then ",
                 (say_letter(r, ni[8], "plain"), "NI_NUMBER", "n")]),
            (A, "brilliant and you said you'd been paying in for about twenty years")], \
        "call/government services: NI split across turns with NATO letters and final letter"


def p_ni_with_other(r):
    ni = gen_ni(r)
    pc = gen_uk_postcode(r)
    return [(A, "i just need two bits of security the postcode and your national insurance"),
            (C, ["postcode is ", (spoken_postcode(r, pc), "POSTCODE"), " and national insurance ",
                 (say_alnum(r, ni), "NI_NUMBER")]),
            (A, "lovely your payment of three hundred and forty pounds is due on the fifth")], \
        "call/government services: postcode and NI number in one turn, payment date/amount nearby"


def p_bank_call(r):
    sc, ac = gen_sort(r), gen_acct(r)
    sc_sp = ch(r, say_digits(r, sc), " ".join(two_digit_words(int(sc[k:k + 2])) if sc[k] != "0"
                                              else say_digits(r, sc[k:k + 2]) for k in (0, 2, 4)))
    return [(A, "what's the sort code and account number you'd like the refund to"),
            (C, ["sort code's ", (sc_sp, "SORT_CODE")]),
            (A, "okay"),
            (C, ["and the account number is ", (say_digits(r, ac, pairs=ch(r, 0, 0.3)), "BANK_ACCOUNT")]),
            (A, "thanks the refund of eighty four pounds twenty will take three to five working days")], \
        "call/utilities: UK sort code and account number over two turns, refund amount and duration"


def p_bank_chat(r):
    sc, ac = gen_sort(r), gen_acct(r)
    scw = ch(r, f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}", f"{sc[:2]}.{sc[2:4]}.{sc[4:]}")
    acw = ch(r, ac, f"{ac[:4]} {ac[4:]}")
    return [(C, [ch(r, "Sort code ", "s/c ", "sortcode: "), (scw, "SORT_CODE"),
                 ch(r, ", account ", " acc no ", " a/c "), (acw, "BANK_ACCOUNT"),
                 " - please set up the direct debit for the 1st of each month"])], \
        "chat/banking: sort code + account number typed with abbreviations, DD date is not PII"


def p_bank_us(r):
    ac = gen_acct(r, r.choice([10, 11, 12]))
    ind = ch(r, "utilities", "insurance", "healthcare billing")
    if r.random() < 0.5:
        return [(A, "what's the checking account number for the autopay"),
                (C, ["it's ", (say_digits(r, ac, uk=False, pairs=0.3), "BANK_ACCOUNT")]),
                (A, "and autopay will run on the fifteenth for one hundred ten dollars")], \
            f"call/{ind}: US checking account spoken for autopay, date/amount nearby"
    return [(C, ["Checking acct #", (ac, "BANK_ACCOUNT"), " please use that for autopay, ",
                 "not the savings one"])], f"chat/{ind}: US account number after '#'"


def p_iban_chat(r):
    ib = gen_iban(r)
    w = ch(r, group4(ib), ib, group4(ib).lower(), group4(ib, "-"))
    ref = "INV-%d" % r.randint(10000, 999999)
    return [(A, "Which account would you like the refund paid into?"),
            (C, ["IBAN ", (w, "IBAN"), f" - it's for invoice {ref}, amount \u20ac",
                 "%d.%02d" % (r.randint(10, 900), r.randint(0, 99))])], \
        f"chat/{ch(r, 'travel', 'utilities', 'insurance')}: IBAN ({ib[:2]}) typed, invoice ref + amount nearby"


def p_iban_call(r):
    ib = gen_iban(r, ch(r, "IE", "GB", "DE", "NL"))
    chunks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    mid = len(chunks) // 2
    p1 = say_alnum(r, "".join(chunks[:mid]), letter_style=ch(r, "plain", "nato"))
    p2 = say_alnum(r, "".join(chunks[mid:]), letter_style="plain")
    return [(A, "can you read me the iban from the top"),
            (C, [(p1, "IBAN", "i")]),
            (A, "okay keep going"),
            (C, [(p2, "IBAN", "i")]),
            (A, "thanks that's a two week turnaround on the refund")], \
        f"call/travel: {ib[:2]} IBAN spelled in two turns"


def p_phone_call(r):
    kind = ch(r, "uk_mob", "uk_land", "uk_intl", "us", "us_tollfree", "ie_mob", "ie_intl")
    w, dig = gen_phone(r, kind)
    style = r.randint(0, 2)
    if kind in ("uk_intl", "ie_intl") and r.random() < 0.6:
        cc = "44" if kind == "uk_intl" else "353"
        sp = f"plus {say_digits(r, cc)} {say_digits(r, dig[len(cc):], pairs=0.2)}"
    elif kind == "us" and style == 0:
        sp = f"{say_digits(r, dig[:3], uk=False)} {say_digits(r, dig[3:6], uk=False)} {' '.join(two_digit_words(int(dig[k:k + 2])) if dig[k] != '0' else say_digits(r, dig[k:k + 2], uk=False) for k in (6, 8))}"
    elif kind == "us_tollfree":
        head = (f"{say_digits(r, dig[1], uk=False)} hundred" if dig[2:4] == "00"
                else say_digits(r, dig[1:4], uk=False))
        sp = f"one {head} {say_digits(r, dig[4:], uk=False)}"
    else:
        sp = say_digits(r, dig, uk=kind.startswith("uk") or kind.startswith("ie"),
                        doubles=0.5, filler=ch(r, 0, 0.1))
    return [(A, ch(r, "what's the best number to call you back on",
                   "can i take a contact number in case we get cut off")),
            (C, [ch(r, "yeah it's ", "", "my mobile is ", "um "), (sp, "PHONE"),
                 ch(r, "", " any time after five", " thanks")]),
            (A, ch(r, "great we'll call you within forty eight hours", "perfect"))], \
        f"call/{ch(r, 'telecom', 'utilities', 'retail')}: {kind} phone number spoken"


def p_phone_chat(r):
    kind = ch(r, "uk_mob", "uk_land", "uk_intl", "us", "ie_mob", "ie_intl", "de_intl")
    w, dig = gen_phone(r, kind)
    w = ch(r, w, dig if not kind.endswith("intl") else "+" + dig, w.replace(" ", "-"))
    return [(C, [ch(r, "pls call me on ", "Contact no: ", "my number changed to ", "tel "),
                 (w, "PHONE"), ch(r, " after 6pm", "", " - order 55821 still hasnt arrived",
                                  " (mobile)")])], \
        f"chat/{ch(r, 'retail', 'telecom', 'travel')}: {kind} phone typed"


def p_phone_split(r):
    w, dig = gen_phone(r, "uk_mob")
    g = [dig[:5], dig[5:8], dig[8:]]
    return [(A, "and a mobile number"),
            (C, [(say_digits(r, g[0]), "PHONE", "p")]),
            (A, "mhm"),
            (C, [(say_digits(r, g[1], pairs=0.3), "PHONE", "p")]),
            (A, "yep"),
            (C, [(say_digits(r, g[2], doubles=0.6), "PHONE", "p")]),
            (A, ["so that's ", (say_digits(r, dig, doubles=0), "PHONE"), " yeah"]),
            (C, "that's right")], \
        "call/telecom: UK mobile split over three turns, then read back by agent"


def p_email_call(r):
    w, sp = gen_email(r)
    return [(A, "what's the email address you'd like the confirmation sent to"),
            (C, [ch(r, "it's ", "", "yeah it's "), (sp, "EMAIL")]),
            (A, ch(r, "and that's all lowercase", "lovely")),
            (C, "yeah all lower case")], \
        f"call/{ch(r, 'travel', 'retail', 'insurance')}: spoken e-mail with 'at'/'dot'"


def p_email_chat(r):
    w, sp = gen_email(r)
    w = ch(r, w, w, w.capitalize(), w.upper())
    return [(C, [ch(r, "email is ", "can you send the receipt to ", "e-mail: ", "contact me at "),
                 (w, "EMAIL"), ch(r, "", " thanks", ". The parcel was 2 days late.", " ty")])], \
        "chat/retail: typed e-mail address mid-sentence"


def p_dob_call(r):
    us = r.random() < 0.4
    return [(A, "can you confirm your date of birth please"),
            (C, [ch(r, "yeah it's ", "", "um ", "sure "), (spoken_dob(r, us), "DOB")]),
            (A, "thank you and that's for the appointment on the twelfth at ten thirty")], \
        f"call/healthcare billing: spoken DOB ({'US' if us else 'UK/IE'} order), appointment date/time nearby"


def p_dob_chat(r):
    us = r.random() < 0.5
    return [(A, "To verify your identity please enter your date of birth."),
            (C, [ch(r, "", "dob ", "DOB: ", "born "), (written_dob(r, us), "DOB")])], \
        f"chat/{ch(r, 'insurance', 'banking', 'healthcare billing')}: typed DOB ({'US' if us else 'UK'} style)"


def p_addr_uk_call(r):
    pc = gen_uk_postcode(r)
    return [(A, "what's the first line of the address"),
            (C, [(spoken_address(r), "ADDRESS"), " in ", r.choice(TOWNS_UK)]),
            (A, "and the postcode"),
            (C, [(spoken_postcode(r, pc), "POSTCODE")]),
            (A, "the engineer can come on tuesday between eight and one")], \
        "call/utilities: UK street address and spoken postcode, visit time window nearby"


def p_addr_uk_chat(r):
    pc = gen_uk_postcode(r)
    pcw = ch(r, pc, pc.replace(" ", ""), pc.lower())
    return [(C, ["New address is ", (written_address(r), "ADDRESS"), ", ", r.choice(TOWNS_UK).capitalize(),
                 ", ", (pcw, "POSTCODE"), ch(r, "", " - moved in on 14 Oct", ". meter reading was 04512")])], \
        "chat/utilities: typed UK address with town and postcode"


def p_addr_us(r):
    town, state = r.choice(TOWNS_US)
    z = gen_zip(r, plus4=r.random() < 0.3)
    if r.random() < 0.5:
        return [(C, ["Ship to ", (written_address(r, us=True), "ADDRESS"), ", ", town.capitalize(), ", ",
                     state, " ", (z, "POSTCODE")])], "chat/retail: US shipping address with ZIP"
    zs = say_digits(r, z.replace("-", ""), uk=False)
    return [(A, "what's the service address"),
            (C, [(spoken_address(r, us=True), "ADDRESS"), f" {town} "]),
            (A, "and the zip code"),
            (C, [(zs, "POSTCODE")])], "call/telecom: US service address and spoken ZIP"


def p_verification_mix(r):
    w, dig = gen_phone(r, ch(r, "uk_mob", "ie_mob"))
    pc = gen_uk_postcode(r)
    return [(A, "before we start i need to run through security can i have your date of birth"),
            (C, [(spoken_dob(r), "DOB")]),
            (A, "and the postcode"),
            (C, [ch(r, "", "it's "), (spoken_postcode(r, pc), "POSTCODE")]),
            (A, "and the mobile we have on file"),
            (C, [(say_digits(r, dig), "PHONE")]),
            (A, "thank you you've been with us since twenty nineteen")], \
        "call/banking: DOB, postcode and phone in successive security answers; a year is nearby"


def p_two_in_one(r):
    w, dig = gen_phone(r, ch(r, "uk_mob", "us", "ie_mob"))
    ew, esp = gen_email(r)
    if r.random() < 0.5:
        return [(C, ["my mobile is ", (say_digits(r, dig), "PHONE"), " and email is ", (esp, "EMAIL")])], \
            "call/insurance: phone and e-mail in one customer turn"
    return [(C, ["hi, update my details pls: ", (w, "PHONE"), " / ", (ew, "EMAIL")])], \
        "chat/telecom: phone and e-mail separated by slash"


def p_health_us(r):
    ssn = gen_ssn(r)
    z = gen_zip(r)
    return [(A, "i can help with that bill can i get the patient's date of birth"),
            (C, [(spoken_dob(r, us=True), "DOB")]),
            (A, "and last four of the social or the full one is fine"),
            (C, ["full one ", (say_digits(r, ssn, uk=False, doubles=0.4), "SSN")]),
            (A, "and the zip on the account"),
            (C, [(say_digits(r, z, uk=False), "POSTCODE")]),
            (A, "okay i see a balance of three hundred twelve dollars from the visit on may fourth")], \
        "call/healthcare billing: DOB, full SSN, spoken ZIP; balance and visit date nearby"


def p_card_typos(r):
    card = gen_card(r, ch(r, "visa", "mc"))
    groups = [card[i:i + 4] for i in range(0, 16, 4)]
    w = " ".join(groups[:2]) + "  " + "".join(groups[2:])
    ni = gen_ni(r)
    return [(C, ["hiya the card i want to use is ", (w, "CARD_NUMBER"), " nd my ni nmber is ",
                 (f"{ni[:2].lower()}{ni[2:8]}{ni[8].lower()}", "NI_NUMBER"), " for the benefit claim lol"])], \
        "chat/government services: card with uneven spacing plus lower-case NI typed with typos"


def p_ni_readback(r):
    ni = gen_ni(r)
    return [(C, ["it's ", (say_alnum(r, ni, letter_style="homo"), "NI_NUMBER")]),
            (A, ["so ", (" ".join(say_letter(r, c, "nato") for c in ni[:2]) + " " +
                         say_digits(r, ni[2:8], doubles=0) + " " + say_letter(r, ni[8], "nato"), "NI_NUMBER"),
                 " correct"]),
            (C, "yep")], "call/banking: NI with ASR letter homophones, agent reads back in NATO"


def p_ssn_correction(r):
    ssn = gen_ssn(r)
    other = gen_ssn(r)
    return [(A, "can i have your social"),
            (C, [(say_digits(r, other, uk=False), "SSN"), " wait no that's my wife's sorry mine is ",
                 (say_digits(r, ssn, uk=False, pairs=0.3), "SSN")]),
            (A, "no worries got it")], "call/insurance: caller gives spouse's SSN then own, both full"


def p_phone_homophone(r):
    w, dig = gen_phone(r, ch(r, "uk_mob", "ie_mob", "us"))
    words = say_digits(r, dig, uk=not dig.startswith(("2", "3", "4", "5", "6", "7", "8")), doubles=0.3).split()
    subs = {"four": "for", "two": ch(r, "to", "too"), "eight": "ate"}
    idx = [k for k, t in enumerate(words) if t in subs and (k == 0 or words[k - 1] not in ("double", "triple"))]
    for k in idx[:2]:
        words[k] = subs[words[k]]
    return [(A, "and what number are you calling from today"),
            (C, [ch(r, "it's ", "um it should be ", ""), (" ".join(words), "PHONE"),
                 ch(r, "", " but i'm on my work phone now", " yeah")]),
            (A, "okay i'll pop that on the account")], \
        "call/telecom: phone number with ASR homophones ('for', 'to', 'ate') for digits"


def p_email_spelled(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    dom = r.choice(["gmail.com", "yahoo.co.uk", "outlook.ie", "hotmail.com"])
    spelled = " ".join(l)
    sp = f"{f} dot {spelled} at {' dot '.join(dom.split('.'))}"
    return [(A, "and can you spell the email for me"),
            (C, ["yeah so it's ", (sp, "EMAIL"), " all one word after the dot"]),
            (A, ["so ", (f"{f} dot {l} at {' dot '.join(dom.split('.'))}", "EMAIL"), " i'll send the quote for two hundred and ten euro there"]),
            (C, "that's it")], "call/insurance: e-mail with surname spelled letter by letter, agent reads it back as words"


def p_dob_age(r):
    d, m, y = gen_dob(r)
    age = 2026 - y
    if r.random() < 0.5:
        return [(C, ["DOB is ", (f"{th(d)} {MONTHS[m - 1][:3].capitalize()} {y}", "DOB"),
                     f" so I'm {age}, shouldn't I get the over {age - age % 10} discount?"])], \
            "chat/insurance: typed DOB next to age and a discount threshold (unlabelled)"
    return [(A, "and the policyholder's date of birth"),
            (C, ["born ", (f"{ordinal(d)} of {MONTHS[m - 1]} {say_year(r, y)}", "DOB"),
                 f" so i'm {two_digit_words(age) if age < 100 else age} now"]),
            (A, "thank you and the car is a twenty nineteen model")], \
        "call/insurance: spoken DOB followed by age and a car model year"


def p_sort_dash(r):
    sc, ac = gen_sort(r), gen_acct(r)
    pairs = [sc[k:k + 2] for k in (0, 2, 4)]
    sp = " dash ".join(two_digit_words(int(p)) if p[0] != "0" else say_digits(r, p, doubles=0) for p in pairs)
    return [(C, ["the sort code is ", (sp, "SORT_CODE"), " and account ", (say_digits(r, ac[:4]), "BANK_ACCOUNT", "a")]),
            (A, "mhm"),
            (C, [(say_digits(r, ac[4:]), "BANK_ACCOUNT", "a")]),
            (A, "thanks the standing order for one fifty will go out on the first")], \
        "call/banking: sort code with spoken 'dash', account split over two turns"


POS_TEMPLATES = [(p_phone_homophone, 1), (p_email_spelled, 1), (p_dob_age, 1), (p_sort_dash, 1),
    (p_card_call_single, 3), (p_card_call_split, 2), (p_card_chat, 3), (p_card_readback, 1),
    (p_card_correction, 1), (p_card_typos, 1),
    (p_ssn_call, 3), (p_ssn_chat, 3), (p_ssn_split, 2), (p_ssn_correction, 1), (p_health_us, 1),
    (p_ni_call, 3), (p_ni_chat, 3), (p_ni_split, 2), (p_ni_with_other, 1), (p_ni_readback, 1),
    (p_bank_call, 2), (p_bank_chat, 2), (p_bank_us, 1),
    (p_iban_chat, 2), (p_iban_call, 2),
    (p_phone_call, 2), (p_phone_chat, 2), (p_phone_split, 1),
    (p_email_call, 2), (p_email_chat, 2),
    (p_dob_call, 1), (p_dob_chat, 1),
    (p_addr_uk_call, 2), (p_addr_uk_chat, 2), (p_addr_us, 2),
    (p_verification_mix, 1), (p_two_in_one, 1),
]


# ---------------------------- negative templates ---------------------------
def th(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def n_amounts(r):
    a = r.randint(20, 900)
    return [(A, f"your current balance is \u00a3{a}.{r.randint(0, 99):02d} and the next bill is due on the {th(r.randint(1, 28))}"),
            (C, f"ok and if i pay {r.randint(10, 99)} pounds now does that cover it")], \
        "chat/utilities: balance, amount, due date"


def n_amount_spoken(r):
    return [(A, f"so the total comes to {two_digit_words(r.randint(21, 99))} pounds {two_digit_words(r.randint(10, 99))}"),
            (C, f"and that's over {ch(r, 'twelve', 'twenty four', 'eighteen')} months yeah"),
            (A, f"yes at {two_digit_words(r.randint(11, 59))} ninety nine a month")], \
        "call/telecom: spoken amounts and contract length"


def n_order_ref(r):
    ref = str(r.randint(10 ** 7, 10 ** 8 - 1))
    return [(C, f"order number {ref} still hasn't arrived, it was meant to come by {ch(r, 'Friday', 'the 3rd', 'noon')}"),
            (A, f"Sorry about that. I can see order {ref} left our warehouse 2 days ago.")], \
        "chat/retail: 8-digit order number with its reference word"


def n_order_spoken(r):
    ref = str(r.randint(10 ** 6, 10 ** 7 - 1))
    return [(A, "have you got the order number there"),
            (C, f"yeah it's {say_digits(r, ref)} the order number"),
            (A, "thanks that was delivered at four fifteen yesterday")], \
        "call/retail: 7-digit order number read digit by digit"


def n_ticket(r):
    return [(C, f"ticket {ch(r, '#', 'no. ', 'ref ')}{r.randint(100000, 9999999)} - my broadband keeps dropping every {r.randint(5, 40)} minutes"),
            (A, f"I've added a note to the ticket. Your line speed is showing {r.randint(20, 900)} Mbps.")], \
        "chat/telecom: ticket number, duration and line speed"


def n_claim(r):
    ref = "CLM" + str(r.randint(100000, 99999999))
    return [(A, f"your claim reference is {ref} and the excess is {ch(r, '250', '100', '350')} pounds"),
            (C, f"okay and how long does it take"),
            (A, f"usually {ch(r, 'ten', 'five', 'fifteen')} working days")], \
        "call/insurance: claim reference with letters, excess amount, duration"


def n_invoice(r):
    return [(C, f"Invoice {r.randint(1000000, 199999999)} shows {r.randint(2, 30)} units but we only ordered {r.randint(1, 9)}"),
            (A, f"Thanks, I'll raise a credit note for \u20ac{r.randint(10, 999)}.{r.randint(0, 99):02d}.")], \
        "chat/retail: invoice number (up to 10 digits), quantities, money"


def n_flight(r):
    code = ch(r, "EI", "BA", "FR", "AA", "UA", "LH", "DL")
    num = r.randint(100, 9999)
    return [(C, f"my flight {code} {num} on the {th(r.randint(1, 28))} of {ch(r, 'june', 'july', 'march')} got cancelled"),
            (A, f"I can rebook you onto {code}{num + 2} departing {r.randint(6, 11)}:{r.choice(['05', '30', '45'])} the next morning")], \
        "chat/travel: flight numbers, travel date, departure time"


def n_flight_spoken(r):
    return [(C, f"it's flight {ch(r, 'e i', 'b a', 'u a')} {say_digits(r, str(r.randint(100, 999)))} landing at {two_digit_words(r.randint(13, 23))} {two_digit_words(r.randint(10, 59))}"),
            (A, f"okay and you're in seat {two_digit_words(r.randint(11, 39))} {ch(r, 'a', 'c', 'f')}")], \
        "call/travel: spoken flight number, arrival time and seat"


def n_room(r):
    return [(C, f"we're in room {r.randint(101, 940)} checking out on the {th(r.randint(1, 28))}, there are {r.randint(2, 5)} of us"),
            (A, f"Late checkout until {r.randint(11, 14)}:00 is \u20ac{r.randint(20, 60)}.")], \
        "chat/travel: hotel room number, dates, counts, price"


def n_model(r):
    return [(C, f"the router is a {ch(r, 'TP-Link Archer AX55', 'Netgear R7000', 'Sky Hub SR203', 'Vodafone THG3000')} and the serial ends in {r.randint(1000, 9999)}"),
            (A, f"thanks, firmware {r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 30)} is the latest")], \
        "chat/telecom: router model, last four of a serial, firmware version"


def n_meter(r):
    reading = "%05d" % r.randint(100, 99999)
    return [(A, "can you read me the meter reading"),
            (C, f"it says {say_digits(r, reading)} on the electric and the gas is {say_digits(r, '%04d' % r.randint(100, 9999))}"),
            (A, f"thanks your estimated bill will drop by about {r.randint(5, 40)} percent")], \
        "call/utilities: spoken meter readings and percentage"


def n_meter_chat(r):
    return [(C, f"Meter reading {r.randint(10000, 99999)} taken {r.randint(1, 28)}/{r.randint(1, 12)}/2026 at {r.randint(7, 11)}am"),
            (A, "Thanks, that's been submitted.")], \
        "chat/utilities: typed meter reading with reading date and time"


def n_appointment(r):
    return [(A, f"i can book you in on {ch(r, 'monday', 'the third of march', 'june the twelfth', 'the nineteenth')} at {ch(r, 'half two', 'ten fifteen', 'quarter to nine', 'eleven')}"),
            (C, "yeah that works my son's fourteen so i'll bring him along"),
            (A, f"great it'll take about {ch(r, 'forty five minutes', 'an hour', 'twenty minutes')}")], \
        "call/healthcare billing: appointment date/time, age, duration"


def n_payment_date(r):
    return [(C, f"I paid ${r.randint(50, 999)}.{r.randint(0, 99):02d} on {r.randint(1, 12)}/{r.randint(1, 28)}/2026 but it still says overdue"),
            (A, f"I see the payment posted on {ch(r, 'November', 'October', 'March')} {r.randint(1, 28)}. The late fee of $25 has been removed.")], \
        "chat/utilities: payment date written like a date, amounts"


def n_contract(r):
    return [(A, f"your contract started on the {ordinal(r.randint(1, 28))} of {r.choice(MONTHS)} twenty twenty {UNITS[r.randint(2, 6)]}"),
            (C, "and when can i leave"),
            (A, f"after {ch(r, 'twenty four', 'eighteen', 'twelve')} months so early next year")], \
        "call/telecom: contract start date spoken like a DOB but not one"


def n_speed_data(r):
    return [(C, f"i'm only getting {r.randint(2, 80)} meg download and i pay for {ch(r, '500', '900', '150')}"),
            (A, f"you've used {r.randint(10, 500)} GB this month out of unlimited, and the line was down for {r.randint(2, 9)} hours on Tuesday")], \
        "chat/telecom: speeds, data usage, outage duration"


def n_temp_age(r):
    return [(C, f"the heating is stuck at {r.randint(14, 19)} degrees and my mum is {r.randint(70, 95)} so it's urgent"),
            (A, f"I've marked it priority, an engineer will be there within {r.randint(2, 8)} hours")], \
        "chat/utilities: temperature, age, hours"


def n_years_pct(r):
    return [(A, f"you've been a customer since {r.randint(1995, 2020)} so we can offer {r.randint(5, 30)} percent off"),
            (C, f"what about the {r.randint(2021, 2026)} price rise"),
            (A, f"that was {r.randint(3, 9)}.{r.randint(1, 9)} percent")], \
        "call/telecom: years and percentages"


def n_counts(r):
    return [(C, f"I ordered {r.randint(2, 12)} chairs and {r.randint(1, 4)} tables but only {r.randint(1, 6)} boxes came"),
            (A, f"Sorry! The remaining {r.randint(2, 9)} items will ship within {r.randint(3, 10)} days.")], \
        "chat/retail: counts and durations"


def n_policy(r):
    pol = "POL-" + str(r.randint(100000, 9999999))
    return [(C, f"policy {pol}, renewal quote is \u00a3{r.randint(300, 1500)} which is {r.randint(100, 400)} more than last year"),
            (A, f"I can see the premium went up {r.randint(10, 40)}%. Let me look at the no-claims discount of {r.randint(2, 9)} years.")], \
        "chat/insurance: policy reference, premiums, percentages"


def n_policy_spoken(r):
    return [(A, "can i take the policy number"),
            (C, f"yeah policy number {say_digits(r, str(r.randint(10 ** 8, 10 ** 9 - 1)))}"),
            (A, f"thanks your renewal is on the {ordinal(r.randint(1, 28))} and it's {two_digit_words(r.randint(21, 99))} pounds a month")], \
        "call/insurance: 9-digit policy number with its reference word (not an SSN), renewal date"


def n_case_ref_9(r):
    return [(A, f"your case reference is {r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(100, 999)} keep that for your records"),
            (C, "ok thanks, and it'll be sorted within 5 working days?")], \
        "chat/government services: 9-digit case reference in 3-3-3 groups (not SSN shape)"


def n_times(r):
    return [(C, f"we're open from {ch(r, 'nine', 'eight', 'half eight')} till {ch(r, 'five thirty', 'six', 'seven')} and i'm on hold for {two_digit_words(r.randint(21, 59))} minutes already"),
            (A, "sorry about the wait it's been really busy since about ten")], \
        "call/retail: times and durations"


def n_tariff(r):
    return [(A, f"on the fixed tariff it's {r.randint(20, 35)}.{r.randint(10, 99)} pence per kilowatt hour and the standing charge is {r.randint(40, 60)} pence a day"),
            (C, f"so about {two_digit_words(r.randint(60, 99))} quid a month for a {UNITS[r.randint(2, 4)]} bed house")], \
        "call/utilities: tariff prices and standing charge"


def n_tracking(r):
    return [(C, f"tracking says parcel 1{r.randint(100000000, 999999999)} is at the depot since 7.45am"),
            (A, f"It's due out on the van today between 12:00 and 16:00. It weighs {r.randint(1, 20)}kg so it needs a signature.")], \
        "chat/retail: 10-digit parcel tracking number with its reference word, times, weight"


def n_last_four(r):
    return [(A, f"i can see a payment of {two_digit_words(r.randint(21, 99))} pounds on the nineteenth was that you"),
            (C, f"yes that was me for the {ch(r, 'gym', 'phone bill', 'electric')}"),
            (A, f"okay and that was {r.randint(3, 9)} days ago so the refund will show in about a week")], \
        "call/banking: payment amount and date, durations"


def n_ie_mixed(r):
    return [(C, f"the bus leaves at {r.randint(6, 22)}:{r.choice(['10', '20', '40'])} from gate {r.randint(1, 30)} and the fare was \u20ac{r.randint(5, 40)}.{r.choice(['00', '50', '20'])}"),
            (A, f"We'll refund the fare within {r.randint(5, 14)} days, reference {r.randint(100000, 999999)}.")], \
        "chat/travel: time, gate, fare, refund ref"


NEG_TEMPLATES = [n_amounts, n_amount_spoken, n_order_ref, n_order_spoken, n_ticket, n_claim,
                 n_invoice, n_flight, n_flight_spoken, n_room, n_model, n_meter, n_meter_chat,
                 n_appointment, n_payment_date, n_contract, n_speed_data, n_temp_age,
                 n_years_pct, n_counts, n_policy, n_policy_spoken, n_case_ref_9, n_times,
                 n_tariff, n_tracking, n_last_four, n_ie_mixed]


def build() -> Builder:
    r = random.Random(SEED)
    b = Builder()
    weighted = [f for f, w in POS_TEMPLATES for _ in range(w)]
    i = 0
    while b.pos < N_POS:
        fn = weighted[i % len(weighted)]
        i += 1
        turns, note = fn(r)
        b.add("positive", turns, note)
    i = 0
    while b.neg < N_NEG:
        fn = NEG_TEMPLATES[i % len(NEG_TEMPLATES)]
        i += 1
        turns, note = fn(r)
        b.add("negative", turns, note)
    return b


def render(b: Builder) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in b.cases)


def counts(b: Builder) -> Counter:
    return Counter(s["type"] for c in b.cases for s in c["spans"])


def readme(b: Builder) -> str:
    cnt = counts(b)
    rows = "\n".join(f"| {t} | {cnt.get(t, 0)} |" for t in TYPES)
    return f"""# pii_holdout97 -- held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data it has not been shaped against. Do not add these cases to training,
regression or unit-test fixtures, and do not adjust patterns to make them pass.

## Provenance

Written by an AI helper acting as an independent author. The author did not
read the redaction code, its tests, its documentation or any other PII
fixture; it saw only a three-line example of the JSONL format. The cases are
generated by `scripts/make_pii_holdout97.py` (standard library only) from
template functions; every turn is assembled from plain-text segments and
(value, TYPE) segments so offsets are computed, never typed. All values come
from one `random.Random({SEED})`, so the output is byte-for-byte reproducible.
All people, numbers and addresses are synthetic.

`python scripts/make_pii_holdout97.py --check` regenerates the set and verifies
that the file is identical, ids are unique, offsets are in range and on word
boundaries, spans do not overlap, and each value is valid after normalising
spoken forms (Luhn for cards, mod-97 for IBANs, NI shape, 9 digits for SSN,
6 for sort codes, digit counts for CVV/phone/account, postcode shapes).

## Contents

{b.pos} positive cases and {b.neg} negative cases ({b.pos + b.neg} total).

| type | spans |
|---|---|
{rows}

Positives cover chat (typed, with varied separators, case and typos) and phone
calls written as an ASR transcript would (lower case, numbers as words, "oh" /
"o" / "nought" for zero, "double"/"triple", pairs such as "forty one",
letters as "b for bravo" or homophones such as "bee"/"are"/"why", e-mails as
"j murphy at gmail dot com", values split over several customer turns with
agent back-channels, agent read-backs, fillers inside readings, two values in
one turn, self-corrections). Industries: banking, telecom, utilities, retail,
insurance, travel, healthcare billing, government services; US, UK, Ireland
and EU values. Negatives hold look-alikes that must not be redacted: amounts,
prices, times, durations, counts, years, percentages, non-birth dates, order /
ticket / claim / invoice / policy / tracking references (with their reference
word, at most 10 digits), flight and room numbers, model numbers, meter
readings, speeds, ages, temperatures and balances.

## Annotation conventions

* A span covers exactly the value: from its first to its last character /
  spoken word, and nothing else. Lead-in words ("it's", "my number is",
  "sort code", "exp", "cvv") and trailing words are outside the span.
* Fillers ("um", "er") that occur *inside* a spoken value are inside the span.
* A value split over several turns gets one span per turn (one per fragment);
  every fragment is labelled with the value's type.
* When a value is repeated (agent read-back) or a caller gives one full value
  and then another (self-correction, wrong card, spouse's SSN), every full
  occurrence is labelled.
* CARD_NUMBER, SSN, NI_NUMBER, IBAN, PHONE, SORT_CODE, BANK_ACCOUNT: the
  whole number including internal separators; a leading "+" or "plus" on
  international phone numbers and the opening bracket of a US area code
  "(415)" are inside the span; the NI suffix letter is
  inside the span.
* EXPIRY and DOB: the whole date expression ("the fourth of july nineteen
  seventy nine", "09/27"); the words "the" and "of" inside it are included.
* EMAIL: the whole address; in speech from the first local-part word to the
  last domain word ("... dot com").
* ADDRESS: house/flat number, street name and street type (and an apartment
  number written after it in US addresses); the town/city is NOT labelled.
  POSTCODE (UK postcode or US ZIP / ZIP+4) is a separate span.
* Negatives have no spans; any redaction in them is a false positive.
"""


def check(b: Builder) -> list[str]:
    problems: list[str] = []
    expected = render(b)
    if not OUT_FILE.exists():
        return [f"{OUT_FILE} missing"]
    actual = OUT_FILE.read_text(encoding="utf-8")
    if actual != expected:
        problems.append("cases.jsonl differs from regenerated output")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(b):
        problems.append("README.md differs from regenerated output")
    ids = set()
    for line in actual.splitlines():
        try:
            c = json.loads(line)
            assert isinstance(c, dict) and {"id", "kind", "turns", "spans", "note"} <= set(c)
        except (ValueError, AssertionError):
            problems.append(f"malformed line {line[:60]!r}")
            continue
        if c["id"] in ids:
            problems.append(f"duplicate id {c['id']}")
        ids.add(c["id"])
        if c["kind"] == "negative" and c["spans"]:
            problems.append(f"{c['id']}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(f"{c['id']}: positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in (A, C):
                problems.append(f"{c['id']}: bad speaker")
        seen: dict[int, list[tuple[int, int]]] = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append(f"{c['id']}: bad type {s['type']}")
            if not 0 <= s["turn"] < len(c["turns"]):
                problems.append(f"{c['id']}: turn out of range")
                continue
            text = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not 0 <= st < en <= len(text):
                problems.append(f"{c['id']}: offsets out of range {s}")
                continue
            frag = text[st:en]
            if frag != frag.strip() or not frag:
                problems.append(f"{c['id']}: span has outer whitespace {frag!r}")
            if (st > 0 and text[st - 1].isalnum()) or (en < len(text) and text[en].isalnum()):
                problems.append(f"{c['id']}: span not on word boundary {frag!r}")
            if not (frag[0].isalnum() or frag[0] in "+(") or not frag[-1].isalnum():
                problems.append(f"{c['id']}: span edge not alnum {frag!r}")
            for a, z in seen.get(s["turn"], []):
                if st < z and a < en:
                    problems.append(f"{c['id']}: overlapping spans")
            seen.setdefault(s["turn"], []).append((st, en))
    for cid, typ, key, vals in b.values:
        raw = " ".join(vals)
        try:
            validate(typ, raw)
        except Bad as e:
            problems.append(f"{cid}: {e}")
    cnt = counts(b)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt.get(t, 0) < need:
            problems.append(f"type {t} has only {cnt.get(t, 0)} spans (need {need})")
    if b.pos < 170 or b.neg < 100:
        problems.append(f"too few cases: {b.pos} positive / {b.neg} negative")
    return problems


def main(argv: list[str]) -> int:
    b = build()
    cnt = counts(b)
    if "--check" in argv:
        problems = check(b)
        print(f"pii_holdout97: {b.pos} positive, {b.neg} negative, {sum(cnt.values())} spans")
        for t in TYPES:
            print(f"  {t:13s} {cnt.get(t, 0)}")
        if problems:
            for p in problems[:200]:
                print("PROBLEM:", p)
            print(f"FAILED: {len(problems)} problem(s)")
            return 1
        print("OK: --check passed")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    OUT_FILE.write_text(render(b), encoding="utf-8")
    README.write_text(readme(b), encoding="utf-8")
    print(f"wrote {OUT_FILE} ({b.pos} positive, {b.neg} negative) and {README}")
    for t in TYPES:
        print(f"  {t:13s} {cnt.get(t, 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Generate the held-out PII evaluation set tests/fixtures/pii_holdout122/.

Written by an AI helper acting as an independent author (it did not see the
redaction code). Standard library only. Output is byte-for-byte reproducible
from a single seeded random.Random(122241124).

    python scripts/make_pii_holdout122.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout122.py --check  # regenerate, verify, summarise
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 122241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout122"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h122"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ----------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------


def luhn_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def rdig(n: int) -> str:
    return "".join(R.choice("0123456789") for _ in range(n))


def gen_card() -> tuple[str, str]:
    k = R.random()
    if k < 0.4:
        return "visa", luhn_complete("4" + rdig(14))
    if k < 0.7:
        return "mastercard", luhn_complete(R.choice(["51", "52", "53", "54", "55"]) + rdig(13))
    if k < 0.85:
        return "amex", luhn_complete(R.choice(["34", "37"]) + rdig(12))
    return "discover", luhn_complete("6011" + rdig(11))


def group_card(num: str) -> list[str]:
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def gen_ssn() -> str:
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni() -> str:
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD and "O" not in p:
            break
    return p + rdig(6) + R.choice("ABCD")


def iban_check(cc: str, bban: str) -> str:
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def gen_iban() -> str:
    k = R.choice(["GB", "GB", "IE", "IE", "DE", "NL", "FR", "ES"])
    if k == "GB":
        bban = R.choice(["NWBK", "BARC", "MIDL", "HBUK"]) + rdig(14)
    elif k == "IE":
        bban = R.choice(["AIBK", "IPBS", "BICA"]) + rdig(14)
    elif k == "DE":
        bban = rdig(18)
    elif k == "NL":
        bban = R.choice(["ABNA", "INGB", "KNAB"]) + rdig(10)
    elif k == "FR":
        bban = rdig(23)
    else:
        bban = rdig(20)
    return k + iban_check(k, bban) + bban


def group4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_phone(country: str) -> tuple[str, str]:
    """returns (digits as dialled nationally, international digits without +)"""
    if country == "UK":
        nat = "07" + R.choice("4589") + rdig(8)
        return nat, "44" + nat[1:]
    if country == "IE":
        nat = "08" + R.choice("35679") + rdig(7)
        return nat, "353" + nat[1:]
    nat = str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)
    return nat, "1" + nat


FIRST = ["james", "sarah", "aoife", "liam", "priya", "marek", "chloe", "dev", "fatima", "niamh",
         "tom", "grace", "kwame", "elena", "ryan", "megan", "sean", "hannah", "luca", "zara"]
LAST = ["walsh", "patel", "murphy", "kowalski", "byrne", "nguyen", "hughes", "garcia", "reilly",
        "okafor", "brennan", "fischer", "dunne", "kaur", "mcgrath", "novak", "hart", "lynch"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "live.ie", "proton.me"]


def gen_email() -> tuple[str, str]:
    f, l = R.choice(FIRST), R.choice(LAST)
    sep = R.choice([".", "_", "", "."])
    tail = R.choice(["", "", str(R.randint(1, 99)), str(R.randint(1960, 2005))])
    dom = R.choice(DOMAINS)
    local = R.choice([f + sep + l, f[0] + sep + l, f + sep + l[0]]) + tail
    return local + "@" + dom, local


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def num2(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + UNITS[u])


def year_words(y: int) -> str:
    if y >= 2000:
        r = y - 2000
        return R.choice(["two thousand and ", "two thousand "]) + num2(r) if r else "two thousand"
    hi, lo = divmod(y, 100)
    if lo == 0:
        return num2(hi) + " hundred"
    if lo < 10:
        return num2(hi) + " oh " + UNITS[lo]
    return num2(hi) + " " + num2(lo)


def gen_dob() -> tuple[int, int, int]:
    return R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28)


def dob_spoken(y, m, d) -> str:
    k = R.random()
    if k < 0.35:
        return f"the {ORD[d - 1]} of {MONTHS[m - 1]} {year_words(y)}"
    if k < 0.6:
        return f"{MONTHS[m - 1]} {ORD[d - 1]} {year_words(y)}"
    if k < 0.8:
        return f"{ORD[d - 1]} {MONTHS[m - 1]} {year_words(y)}"
    return f"{speak_digits(f'{d:02d}', pairs=False)} {speak_digits(f'{m:02d}')} {year_words(y)}"


def dob_typed(y, m, d) -> str:
    return R.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{m:02d}/{d:02d}/{y}",
                     f"{d} {MONTHS[m - 1][:3].title()} {y}", f"{y}-{m:02d}-{d:02d}",
                     f"{d}.{m:02d}.{str(y)[2:]}", f"{MONTHS[m - 1].title()} {d}, {y}"])


AREAS1 = ["SW", "SE", "NW", "EC", "WC", "M", "B", "L", "LS", "BS", "CF", "EH", "G", "NE", "BT",
          "CB", "RG", "TN", "BN", "PL", "EX", "DE", "NG", "SK", "WA", "HU", "YS", "CH"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode() -> str:
    a = R.choice(AREAS1)
    k = R.random()
    if k < 0.15 and a in ("SW", "EC", "WC", "NW", "SE"):
        out = a + str(R.randint(1, 9)) + R.choice("ABCHNPRVWXY".replace("V", ""))
    elif k < 0.55:
        out = a + str(R.randint(1, 9))
    else:
        out = a + str(R.randint(10, 29))
    return out + " " + str(R.randint(1, 9)) + R.choice(INWARD) + R.choice(INWARD)


def gen_zip() -> str:
    z = f"{R.randint(1001, 99950):05d}"
    return z if R.random() < 0.8 else z + "-" + rdig(4)


STREETS = ["maple", "harbour", "church", "station", "victoria", "oak", "elm", "kingsway",
           "castle", "mill", "park", "willow", "high", "orchard", "riverside", "lincoln",
           "cedar", "meadow", "clarendon", "saint john's"]
SUFFIX_UK = ["road", "street", "avenue", "lane", "close", "crescent", "drive", "terrace", "way",
             "grove", "gardens", "place"]
SUFFIX_US = ["street", "avenue", "boulevard", "drive", "road", "lane", "court", "parkway"]


def gen_address(us=False) -> tuple[int, str]:
    n = R.randint(2, 2400) if us else R.randint(1, 180)
    s = R.choice(STREETS) + " " + R.choice(SUFFIX_US if us else SUFFIX_UK)
    return n, s


# ----------------------------------------------------------------------------
# spoken renderings (ASR style)
# ----------------------------------------------------------------------------
ZERO_WORDS = ["zero", "oh", "o", "oh", "nought"]
HOMO = {"4": "for", "2": "to", "8": "ate", "1": "won"}


def dword(c: str, zero: str, homo: float) -> str:
    if c == "0":
        return zero
    if c in HOMO and R.random() < homo:
        return HOMO[c]
    return UNITS[int(c)]


def speak_digits(s: str, zero: str | None = None, doubles: float = 0.5, pairs: bool = False,
                 homo: float = 0.0, sep: str = " ") -> str:
    """s may contain spaces = group boundaries (only affects where pairs may be used)."""
    z = zero or R.choice(ZERO_WORDS)
    groups = s.split(" ")
    flat = s.replace(" ", "")
    out_groups = []
    pos = 0
    for g in groups:
        words = []
        i = 0
        while i < len(g):
            c = g[i]
            last_of_value = (pos + i + 2 == len(flat))
            if i + 2 < len(g) and g[i + 1] == c and g[i + 2] == c and R.random() < doubles * 0.7:
                words.append("triple " + dword(c, z, 0))
                i += 3
                continue
            if i + 1 < len(g) and g[i + 1] == c and R.random() < doubles:
                words.append("double " + dword(c, z, 0))
                i += 2
                continue
            if pairs and i + 1 < len(g) and c != "0" and R.random() < 0.6:
                n = int(g[i:i + 2])
                if n % 10 != 0 or n < 20 or last_of_value:
                    words.append(num2(n))
                    i += 2
                    continue
            words.append(dword(c, z, homo))
            i += 1
        out_groups.append(" ".join(words))
        pos += len(g)
    return sep.join(out_groups)


NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "V": "victor", "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu"}
FRIENDLY = {"A": "apple", "B": "bertie", "C": "cat", "D": "dog", "E": "edward", "F": "freddie",
            "G": "george", "H": "harry", "I": "ink", "J": "jack", "K": "king", "L": "london", "M": "mother",
            "N": "nancy", "P": "peter", "Q": "queen", "R": "robert", "S": "sugar", "T": "tommy",
            "U": "uncle", "W": "william", "X": "x-ray", "Y": "yellow", "Z": "zebra"}
LETTER_ASR = {"A": "a", "B": "b", "C": "c", "D": "d", "E": "e", "F": "f", "G": "g", "H": "h", "I": "i",
              "J": "j", "K": "k", "L": "l", "M": "m", "N": "n", "P": "p", "Q": "q", "R": "r",
              "S": "s", "T": "t", "U": "u", "W": "w", "X": "x", "Y": "y", "Z": "z"}


def speak_letter(c: str, style: str) -> str:
    if style == "nato":
        return f"{LETTER_ASR[c]} for {NATO[c]}"
    if style == "friendly":
        return f"{LETTER_ASR[c]} for {FRIENDLY[c]}"
    if style == "asin":
        return f"{LETTER_ASR[c]} as in {NATO[c]}"
    return LETTER_ASR[c]


def speak_mixed(s: str, letter_style: str | None = None, zero: str | None = None) -> str:
    z = zero or R.choice(["zero", "oh", "nought"])
    out = []
    for ch in s:
        if ch == " ":
            continue
        if ch.isdigit():
            out.append(dword(ch, z, 0))
        else:
            st = letter_style or R.choice(["plain", "plain", "nato", "friendly"])
            out.append(speak_letter(ch, st))
    return " ".join(out)


def speak_email(email: str) -> str:
    local, dom = email.split("@")
    parts = []
    # local part: words kept where they are names, separators spoken
    for tok in re.split(r"([._])", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok.isdigit():
            parts.append(speak_digits(tok, zero="oh", doubles=0.3))
        elif tok:
            m = re.fullmatch(r"([a-z]+)(\d*)", tok)
            w, d = m.group(1), m.group(2)
            if len(w) == 1:
                parts.append(w)
            elif R.random() < 0.25:
                parts.append(" ".join(w))
            else:
                parts.append(w)
            if d:
                parts.append(speak_digits(d, zero="oh", doubles=0.3))
    parts.append("at")
    dparts = dom.split(".")
    parts.append(" dot ".join(dparts))
    return " ".join(parts)


# ----------------------------------------------------------------------------
# normalisers / validators used by --check
# ----------------------------------------------------------------------------
W2D = {w: str(i) for i, w in enumerate(UNITS)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "for": "4", "to": "2",
            "too": "2", "ate": "8", "won": "1"})
TEEN2 = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2 = {w: i for i, w in enumerate(TENS) if w}
FILLER = {"um", "uh", "er", "erm", "uhm", "hmm", "sorry", "and", "then", "its", "it's", "is",
          "so", "yeah", "like", "the", "that's", "plus", "ah", "em", "dash", "space", "hang",
          "on", "no", "wait"}
NATO_REV = {v: k for k, v in NATO.items()}
FRIENDLY_REV = {v: k for k, v in FRIENDLY.items()}
LETTER_HOMO = {"be": "B", "bee": "B", "see": "C", "sea": "C", "jay": "J", "kay": "K", "pee": "P",
               "queue": "Q", "are": "R", "tea": "T", "why": "Y", "gee": "G", "zed": "Z"}


def toks(text: str) -> list[str]:
    return [t for t in re.split(r"[\s,\-/().:+]+", text.lower()) if t]


def spoken_to_chars(text: str, letters: bool = False) -> str:
    t = toks(text) if not letters else \
        [x for x in re.split(r"[\s,\-/().:+]+", text.lower().replace("x-ray", "xray")) if x]
    out = []
    i = 0
    while i < len(t):
        w = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else None
        if letters and len(w) == 1 and w.isalpha() and w not in ("o",):
            # "b for bravo" / "b as in bravo"
            if nxt == "for" and i + 2 < len(t) and t[i + 2][0] == w:
                out.append(w.upper())
                i += 3
                continue
            if nxt == "as" and i + 3 < len(t) and t[i + 2] == "in" and t[i + 3][0] == w:
                out.append(w.upper())
                i += 4
                continue
            out.append(w.upper())
            i += 1
            continue
        if letters and w in LETTER_HOMO:
            out.append(LETTER_HOMO[w])
            i += 1
            continue
        if letters and w == "xray":
            out.append("X")
            i += 1
            continue
        if letters and (w in NATO_REV or w in FRIENDLY_REV) and w not in W2D:
            out.append(NATO_REV.get(w) or FRIENDLY_REV[w])
            i += 1
            continue
        if w.isdigit():
            out.append(w)
        elif letters and re.fullmatch(r"[a-z0-9]+", w) and any(c.isdigit() for c in w):
            out.append(w.upper())
        elif letters and re.fullmatch(r"[a-z]{2,4}", w) and w not in W2D and w not in FILLER \
                and w not in TEEN2 and w not in TENS2 and w not in ("double", "triple", "hundred"):
            out.append(w.upper())
        elif w in ("double", "triple"):
            if nxt is None or nxt not in W2D:
                raise ValueError(f"bad {w} in {text!r}")
            out.append(W2D[nxt] * (2 if w == "double" else 3))
            i += 2
            continue
        elif w in W2D:
            out.append(W2D[w])
        elif w in TEEN2:
            out.append(TEEN2[w])
        elif w in TENS2:
            if nxt in W2D and W2D[nxt] != "0" and nxt not in ("oh", "o", "nought"):
                out.append(str(TENS2[w]) + W2D[nxt])
                i += 2
                continue
            out.append(str(TENS2[w]) + "0")
        elif w == "hundred":
            j = i + 1
            while j < len(t) and t[j] == "and":
                j += 1
            n = t[j] if j < len(t) else None
            if n in TEEN2 or n in TENS2:
                pass
            elif n in W2D:
                out.append("0")
            else:
                out.append("00")
        elif w in FILLER:
            pass
        else:
            raise ValueError(f"unknown token {w!r} in {text!r}")
        i += 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
STREET_WORDS = set(SUFFIX_UK + SUFFIX_US + [s.title() for s in SUFFIX_UK + SUFFIX_US] +
                   ["St", "Rd", "Ave", "Ln", "Dr", "Blvd", "st", "rd", "ave", "Ct"])


def email_norm(text: str) -> str:
    t = text.strip()
    if "@" in t:
        return t.lower().replace(" ", "")
    out = []
    ws = t.lower().split()
    i = 0
    while i < len(ws):
        w = ws[i]
        if w == "at":
            out.append("@")
        elif w == "dot":
            out.append(".")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in ("double", "triple") and i + 1 < len(ws) and ws[i + 1] in W2D:
            out.append(W2D[ws[i + 1]] * (2 if w == "double" else 3))
            i += 1
        elif w in UNITS or w in ("oh",):
            out.append(W2D[w])
        elif w in TEEN2:
            out.append(TEEN2[w])
        elif w in TENS2:
            if i + 1 < len(ws) and ws[i + 1] in UNITS[1:]:
                out.append(str(TENS2[w]) + W2D[ws[i + 1]])
                i += 1
            else:
                out.append(str(TENS2[w]) + "0")
        else:
            out.append(w)
        i += 1
    return "".join(out)


def validate_value(typ: str, text: str, fragment: bool) -> str | None:
    """returns an error string or None. text = concatenation of a group's span texts."""
    try:
        if typ in ("CARD_NUMBER", "SSN", "BANK_ACCOUNT", "SORT_CODE", "CVV", "PHONE"):
            d = spoken_to_chars(text)
            if not d.isdigit():
                return f"{typ} not digits: {d!r}"
            if fragment:
                return None
            n = len(d)
            if typ == "CARD_NUMBER" and not (13 <= n <= 19 and luhn_ok(d)):
                return f"card invalid {d}"
            if typ == "SSN" and (n != 9 or d[:3] in ("000", "666") or d[0] == "9"):
                return f"ssn invalid {d}"
            if typ == "SORT_CODE" and n != 6:
                return f"sort code invalid {d}"
            if typ == "CVV" and n not in (3, 4):
                return f"cvv invalid {d}"
            if typ == "BANK_ACCOUNT" and not (6 <= n <= 17):
                return f"account invalid {d}"
            if typ == "PHONE" and not (10 <= n <= 13):
                return f"phone invalid {d}"
            return None
        if typ == "NI_NUMBER":
            s = spoken_to_chars(text, letters=True)
            if fragment:
                return None
            return None if NI_RE.match(s) else f"NI invalid {s!r}"
        if typ == "IBAN":
            s = spoken_to_chars(text, letters=True)
            if fragment:
                return None
            return None if iban_ok(s) else f"IBAN invalid {s!r}"
        if typ == "POSTCODE":
            s = spoken_to_chars(text, letters=True)
            if fragment or re.fullmatch(r"\d{5}(\d{4})?", s) or UK_PC.match(s):
                return None
            return f"postcode invalid {s!r}"
        if typ == "EMAIL":
            s = email_norm(text)
            if fragment and re.fullmatch(r"[a-z0-9._@-]+", s):
                return None
            return None if EMAIL_RE.match(s) else f"email invalid {s!r}"
        if typ == "DOB":
            low = text.lower()
            if any(m in low for m in MONTHS) or any(m[:3] in low for m in MONTHS):
                return None
            if re.search(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}", low):
                return None
            if re.search(r"(nineteen|two thousand)", low):
                return None
            return f"DOB unrecognised {text!r}"
        if typ == "EXPIRY":
            low = text.lower()
            if any(m in low for m in MONTHS) or any(m[:3] in low for m in MONTHS):
                return None
            if re.fullmatch(r"\d{1,2}\s*[/\-]\s*\d{2,4}", low):
                return None
            d = spoken_to_chars(low)
            if d.isdigit() and 3 <= len(d) <= 6:
                return None
            return f"expiry unrecognised {text!r}"
        if typ == "ADDRESS":
            ws = re.findall(r"[A-Za-z']+|\d+", text)
            has_num = any(w.isdigit() for w in ws) or any(w.lower() in UNITS + TEENS + TENS[2:] or w.lower() == "hundred" for w in ws)
            has_st = any(w.lower() in {x.lower() for x in STREET_WORDS} for w in ws)
            return None if (has_num and has_st) else f"address invalid {text!r}"
    except ValueError as e:
        return str(e)
    return f"unknown type {typ}"


# ----------------------------------------------------------------------------
# case assembly
# ----------------------------------------------------------------------------
_gid = [0]


def V(text: str, typ: str, group: int | None = None, frag: bool = False):
    return ("V", text, typ, group, frag)


def newgroup() -> int:
    _gid[0] += 1
    return _gid[0]


def T(speaker: str, *segs):
    return (speaker, segs)


def build(turns, note):
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                _, val, typ, g, frag = s
                st = len(text)
                text += val
                spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                meta.append((g, frag))
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return {"turns": out_turns, "spans": spans, "note": note, "_meta": meta}


def ch(xs):
    return R.choice(xs)


def filler():
    return ch(["", "", "um ", "uh ", "erm ", "yeah ", "so ", "right "])


def backch():
    return ch(["mhm", "okay", "yep", "okay go on", "uh huh", "yes", "got that", "right", "go ahead"])


# ----------------------------------------------------------------------------
# positive templates. Each returns build(...). "call" = ASR style, "chat" = typed.
# ----------------------------------------------------------------------------
POS = []


def pos(f):
    POS.append(f)
    return f


def split_digits_groups(s, parts):
    """split digit string s into `parts` contiguous chunks"""
    n = len(s)
    cuts = sorted(R.sample(range(2, n - 1), parts - 1))
    res, prev = [], 0
    for c in cuts + [n]:
        res.append(s[prev:c])
        prev = c
    return res


@pos
def p_card_call_one_turn():
    ind = ch(["telecom", "utilities", "retail", "insurance", "travel"])
    brand, num = gen_card()
    spoken = speak_digits(" ".join(group_card(num)), doubles=0.5, homo=0.12)
    return build([
        T("agent", ch(["and can i take the long card number please", "okay whenever you're ready the sixteen digit number on the front",
                       "so what's the card number you'd like to use today"])),
        T("customer", ch(["yeah it's ", "okay so ", "right um ", "", "it is "]), V(spoken, "CARD_NUMBER"),
          ch(["", " that's the " + brand + " card", " is that okay", ""])),
        T("agent", "thank you and the expiry date"),
        T("customer", ch(["", "it's ", "uh "]), V(speak_digits(f"{R.randint(1, 12):02d}", zero="oh") + " " + num2(R.randint(26, 31)), "EXPIRY")),
    ], f"call/{ind}: {brand} card read in one turn with doubles/homophones, expiry as 'oh five twenty eight'")


@pos
def p_card_call_split():
    ind = ch(["banking", "telecom", "insurance", "healthcare billing", "utilities"])
    brand, num = gen_card()
    g = newgroup()
    chunks = group_card(num)
    if R.random() < 0.4:
        chunks = split_digits_groups(num, R.choice([3, 4, 5]))
    turns = [T("agent", "go ahead with the card number when you're ready")]
    for i, c in enumerate(chunks):
        pre = filler() if i else ch(["okay ", "right so ", "", "it's "])
        turns.append(T("customer", pre, V(speak_digits(c, doubles=0.5), "CARD_NUMBER", g),
                       ch(["", "", " um", " yeah"])))
        if i < len(chunks) - 1:
            turns.append(T("agent", backch()))
    turns.append(T("agent", ch(["lovely and the three digits on the back", "and the security code please"])))
    cvv = rdig(4 if brand == "amex" else 3)
    turns.append(T("customer", filler(), V(speak_digits(cvv, doubles=0.3), "CVV")))
    return build(turns, f"call/{ind}: {brand} split over {len(chunks)} customer turns with back-channels, then CVV")


@pos
def p_card_call_correction():
    ind = ch(["retail", "travel", "telecom"])
    brand, num = gen_card()
    gs = group_card(num)
    wrong = gs[1][:2] + str((int(gs[1][2]) + 3) % 10)
    g = newgroup()
    return build([
        T("agent", "what's the card number"),
        T("customer", V(speak_digits(gs[0]), "CARD_NUMBER", g), " ", V(speak_digits(wrong, doubles=0), "CARD_NUMBER", None, True),
          ch([" no sorry ", " no wait ", " sorry scratch that "]),
          V(speak_digits(" ".join(gs[1:]), doubles=0.4), "CARD_NUMBER", g)),
        T("agent", ch(["okay let me read that back", "just to confirm"]) + " ",
          V(speak_digits(" ".join(gs), zero="zero", doubles=0), "CARD_NUMBER"), " is that right"),
        T("customer", ch(["yep that's it", "yes", "that's correct"])),
    ], f"call/{ind}: card with a self-corrected group (wrong fragment labelled separately) and agent read-back")


@pos
def p_card_call_interrupt():
    ind = ch(["insurance", "utilities", "government services"])
    brand, num = gen_card()
    cut = R.choice([6, 7, 8, 9, 10])
    g = newgroup()
    return build([
        T("agent", "and the card number please"),
        T("customer", "okay ", V(speak_digits(num[:cut], doubles=0.4), "CARD_NUMBER", g), " sorry i"),
        T("agent", ch(["sorry you cut out there after", "hang on the line's breaking up could you start from"]) + " ",
          V(speak_digits(num[cut - 4:cut], doubles=0), "CARD_NUMBER", None, True)),
        T("customer", "yeah ", V(speak_digits(num[cut - 4:cut], doubles=0), "CARD_NUMBER", None, True), " then ",
          V(speak_digits(num[cut:], doubles=0.4), "CARD_NUMBER", g)),
        T("agent", "perfect thank you"),
    ], f"call/{ind}: agent interrupts mid-reading, digits repeated, value resumed")


@pos
def p_card_chat():
    ind = ch(["retail", "travel", "telecom", "utilities"])
    brand, num = gen_card()
    gs = group_card(num)
    form = ch([" ".join(gs), "-".join(gs), num, ".".join(gs), " ".join(gs[:2]) + "  " + " ".join(gs[2:])])
    exp = f"{R.randint(1, 12):02d}/{R.randint(26, 31)}"
    return build([
        T("agent", "Please provide the card you'd like to use for the payment."),
        T("customer", ch(["card is ", "Card no: ", "ok its ", "", "here you go "]), V(form, "CARD_NUMBER"),
          ch([" exp ", " expiry ", ", expires "]), V(exp, "EXPIRY"),
          ch([" cvc ", " sec code ", " and the code on back is "]), V(rdig(4 if brand == "amex" else 3), "CVV"),
          ch(["", " thanks", ". Pay the £" + str(R.randint(20, 400)) + " please"])),
    ], f"chat/{ind}: {brand} typed with separators plus expiry and CVV in same message")


@pos
def p_ssn_call():
    ind = ch(["banking", "insurance", "healthcare billing", "government services"])
    s = gen_ssn()
    style = R.random()
    if style < 0.35:
        sp = speak_digits(f"{s[:3]} {s[3:5]} {s[5:]}", doubles=0.5)
        cust = [T("customer", ch(["sure it's ", "yeah ", "okay ", "it's uh "]), V(sp, "SSN"))]
        kind = "in one turn"
    elif style < 0.7:
        g = newgroup()
        cust = [T("customer", filler(), V(speak_digits(s[:3]), "SSN", g)), T("agent", backch()),
                T("customer", V(speak_digits(s[3:5]), "SSN", g)), T("agent", backch()),
                T("customer", V(speak_digits(s[5:], doubles=0.5, pairs=True), "SSN", g))]
        kind = "split 3-2-4 across turns"
    else:
        sp = speak_digits(f"{s[:3]} {s[3:5]} {s[5:]}", pairs=True, doubles=0.3)
        cust = [T("customer", "it's ", V(sp, "SSN"), ch([" i think", "", " yeah"]))]
        kind = "pairs like 'forty one'"
    return build([T("agent", ch(["can i get your social security number to verify", "and for verification the social please",
                                 "i'll need the last nine um sorry your full social"]))] + cust +
                 [T("agent", "thanks and your date of birth"),
                  T("customer", V(dob_spoken(*gen_dob()), "DOB"))],
                 f"call/{ind} US: SSN {kind}, then DOB")


@pos
def p_ssn_call_correction():
    ind = ch(["banking", "insurance", "government services"])
    s = gen_ssn()
    wrong = s[:3] + str((int(s[3]) + 1) % 10)
    return build([
        T("agent", "and the social security number"),
        T("customer", V(speak_digits(wrong, doubles=0), "SSN", None, True), ch([" no hold on ", " wait sorry ", " no no "]),
          V(speak_digits(s[:3], doubles=0) + " " + speak_digits(s[3:5], doubles=0) + " " + speak_digits(s[5:], doubles=0.5), "SSN")),
        T("agent", "okay so that's ", V(speak_digits(s[:3]) + " " + speak_digits(s[3:5]) + " " + speak_digits(s[5:]), "SSN")),
        T("customer", "yes"),
    ], f"call/{ind} US: SSN restart after a wrong start (fragment labelled), agent read-back")


@pos
def p_ssn_chat():
    ind = ch(["banking", "healthcare billing", "insurance"])
    s = gen_ssn()
    form = ch([f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s, f"{s[:3]}.{s[3:5]}.{s[5:]}"])
    z = gen_zip()
    return build([
        T("agent", "To verify your identity please type your SSN and billing ZIP."),
        T("customer", ch(["SSN ", "ssn: ", "social is ", ""]), V(form, "SSN"), ch([" zip ", ", ZIP code ", " / "]), V(z, "POSTCODE"),
          ch(["", " - i'm calling about invoice " + rdig(7), " (my balance shows $" + str(R.randint(10, 900)) + ".00)"])),
    ], f"chat/{ind} US: SSN typed with separators plus ZIP; nearby invoice/balance unlabelled")


@pos
def p_ni_call():
    ind = ch(["government services", "banking", "insurance", "utilities"])
    ni = gen_ni()
    st = R.random()
    if st < 0.4:
        sp = speak_mixed(ni[:2], letter_style=ch(["nato", "friendly", "asin"])) + " " + \
            speak_digits(f"{ni[2:4]} {ni[4:6]} {ni[6:8]}", doubles=0.4, zero=ch(["oh", "nought", "zero"])) + " " + \
            speak_letter(ni[8], "plain")
        cust = [T("customer", ch(["yeah it's ", "it's ", "okay "]), V(sp, "NI_NUMBER"))]
        desc = "phonetic letters, one turn"
    elif st < 0.75:
        g = newgroup()
        cust = [T("customer", V(speak_mixed(ni[:2], letter_style="plain"), "NI_NUMBER", g)),
                T("agent", ch(["sorry was that " + ni[0].lower() + " for " + NATO[ni[0]], "mhm"])),
                T("customer", ch(["yeah ", "yes "]), V(speak_digits(ni[2:8], pairs=R.random() < 0.5, doubles=0.4,
                                                                  zero=ch(["oh", "nought"])), "NI_NUMBER", g)),
                T("agent", "and the letter at the end"),
                T("customer", V(speak_letter(ni[8], ch(["plain", "nato"])), "NI_NUMBER", g))]
        desc = "prefix, digits and suffix over three turns"
    else:
        sp = speak_mixed(ni[:2], letter_style="plain") + " " + speak_digits(ni[2:8], pairs=True, doubles=0.3) + \
            " " + speak_letter(ni[8], "plain")
        cust = [T("customer", filler(), V(sp, "NI_NUMBER"), ch([" i think", "", " that's off my payslip"]))]
        desc = "digits as pairs"
    return build([T("agent", ch(["can i take your national insurance number", "and your n i number please",
                                 "what's your national insurance number"]))] + cust +
                 [T("agent", "thank you")], f"call/{ind} UK: NI number, {desc}")


@pos
def p_ni_call_homophone():
    ind = ch(["government services", "insurance"])
    ni = gen_ni()
    # letters mis-recognised as words the ASR would produce for letter names
    LW = {"B": "be", "C": "see", "J": "jay", "K": "kay", "P": "pee", "Q": "queue", "R": "are",
          "T": "tea", "Y": "why", "A": "a", "E": "e", "G": "gee", "H": "h", "L": "l", "M": "m",
          "N": "n", "S": "s", "W": "w", "X": "x", "Z": "zed", "D": "d"}
    pre = " ".join(LW[c] for c in ni[:2])
    sp = pre + " " + speak_digits(f"{ni[2:4]} {ni[4:6]} {ni[6:8]}", doubles=0.5, zero=ch(["oh", "nought"])) + " " + LW[ni[8]]
    return build([
        T("agent", "national insurance number"),
        T("customer", "it's ", V(sp, "NI_NUMBER")),
        T("agent", "sorry what was the second letter"),
        T("customer", ch(["", "it's ", "that's "]), V(speak_letter(ni[1], "nato"), "NI_NUMBER", None, True)),
    ], f"call/{ind} UK: NI with letter names mis-transcribed as homophone words (be, see, queue, tea)")


@pos
def p_ni_chat():
    ind = ch(["government services", "banking", "utilities"])
    ni = gen_ni()
    form = ch([ni, f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", ni.lower(), f"{ni[:2]}-{ni[2:8]}-{ni[8]}",
               f"{ni[:2]} {ni[2:8]} {ni[8]}"])
    return build([
        T("agent", "Could you confirm your National Insurance number?"),
        T("customer", ch(["NI no. ", "its ", "sure, ", "NINO: "]), V(form, "NI_NUMBER"),
          ch(["", " - ref for my claim is CL" + rdig(6), " thx"])),
    ], f"chat/{ind} UK: NI number typed in varied spacing/case")


@pos
def p_uk_bank_call():
    ind = ch(["banking", "utilities", "insurance", "telecom"])
    sc = rdig(6)
    acct = rdig(8)
    g1, g2 = newgroup(), newgroup()
    return build([
        T("agent", "for the direct debit i'll need the sort code first"),
        T("customer", filler(), V(speak_digits(f"{sc[:2]} {sc[2:4]} {sc[4:]}", pairs=R.random() < 0.5, doubles=0.5,
                                                zero=ch(["oh", "nought", "zero"])), "SORT_CODE")),
        T("agent", "and the account number"),
        T("customer", V(speak_digits(acct[:4], doubles=0.5), "BANK_ACCOUNT", g2)),
        T("agent", backch()),
        T("customer", V(speak_digits(acct[4:], doubles=0.5), "BANK_ACCOUNT", g2), ch(["", " and that's with nationwide", " that's it"])),
        T("agent", "and the payment of " + ch(["forty two pounds", "sixty pounds fifty", "one hundred and twelve pounds"]) +
          " will come out on the " + ch(ORD[:28]) + " of each month"),
    ], f"call/{ind} UK: sort code then account number split over two turns; unlabelled amount and payment date")


@pos
def p_uk_bank_both_one_turn():
    ind = ch(["banking", "utilities"])
    sc = rdig(6)
    acct = rdig(8)
    return build([
        T("agent", "what are the bank details for the refund"),
        T("customer", "sort code ", V(speak_digits(f"{sc[:2]} {sc[2:4]} {sc[4:]}", doubles=0.4), "SORT_CODE"),
          ch([" account ", " and the account number is ", " account number "]),
          V(speak_digits(acct, doubles=0.5, homo=0.1), "BANK_ACCOUNT")),
        T("agent", "thank you the refund of " + ch(["twelve pounds", "eighty seven pounds", "thirty four fifty"]) +
          " should land in three to five working days"),
    ], f"call/{ind} UK: sort code and account number in the same turn")


@pos
def p_uk_bank_chat():
    ind = ch(["banking", "retail", "insurance"])
    sc = rdig(6)
    acct = rdig(8)
    return build([
        T("customer", ch(["Hi, please update my bank details: ", "new bank details - ", "pls refund to "]),
          ch(["sort code ", "S/C ", "sc: "]), V(ch([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"]), "SORT_CODE"),
          ch([", account ", " acc no ", " a/c "]), V(acct, "BANK_ACCOUNT"), ch(["", ". Thanks!", " (policy " + "PX" + rdig(6) + ")"])),
        T("agent", "Thanks, I've updated that for you."),
    ], f"chat/{ind} UK: sort code and account typed; policy reference unlabelled")


@pos
def p_us_account_call():
    ind = ch(["banking", "utilities", "healthcare billing"])
    acct = rdig(R.choice([10, 11, 12]))
    g = newgroup()
    half = len(acct) // 2
    return build([
        T("agent", "what's the checking account number"),
        T("customer", "okay it's ", V(speak_digits(acct[:half], doubles=0.5), "BANK_ACCOUNT", g)),
        T("agent", ch(["sorry say again", "mhm keep going"])),
        T("customer", V(speak_digits(acct[half:], doubles=0.5), "BANK_ACCOUNT", g)),
        T("agent", "and the routing number is on file okay"),
    ], f"call/{ind} US: checking account split across turns with agent interruption")


@pos
def p_iban_call():
    ind = ch(["banking", "travel", "insurance", "retail"])
    ib = gen_iban()
    chunks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    g = newgroup()
    turns = [T("agent", "could you read me the i ban please")]
    k = R.choice([2, 3])
    per = (len(chunks) + k - 1) // k
    for j in range(k):
        part = chunks[j * per:(j + 1) * per]
        if not part:
            continue
        txt = " ".join(speak_mixed(c, letter_style=ch(["plain", "nato"]), zero=ch(["zero", "oh"])) for c in part)
        turns.append(T("customer", filler() if j else "okay ", V(txt, "IBAN", g)))
        turns.append(T("agent", backch()))
    return build(turns[:-1] + [T("agent", "thanks i've got that")],
                 f"call/{ind} {ib[:2]}: IBAN read in blocks over {k} turns")


@pos
def p_iban_chat():
    ind = ch(["banking", "travel", "retail"])
    ib = gen_iban()
    form = ch([group4(ib), ib, group4(ib).lower()])
    return build([
        T("agent", "Please send the IBAN for the refund."),
        T("customer", ch(["IBAN: ", "here it is ", "my iban is "]), V(form, "IBAN"), ch(["", " BIC is on the statement", " thanks"])),
    ], f"chat/{ind} {ib[:2]}: IBAN typed, spaced or compact")


@pos
def p_phone_call_uk():
    ind = ch(["telecom", "utilities", "retail", "insurance"])
    nat, intl = gen_phone("UK")
    st = R.random()
    if st < 0.5:
        sp = speak_digits(f"{nat[:5]} {nat[5:]}", doubles=0.6, zero=ch(["oh", "o", "nought"]))
        desc = "national 07 mobile with doubles"
    else:
        sp = "plus four four " + speak_digits(f"{intl[2:6]} {intl[6:]}", doubles=0.5)
        desc = "+44 spoken as 'plus four four'"
    return build([
        T("agent", "what's the best number to reach you on"),
        T("customer", ch(["it's ", "my mobile's ", "uh "]), V(sp, "PHONE")),
        T("agent", "and is that okay to text"),
        T("customer", "yeah that's fine any time after " + ch(["five", "six thirty", "seven"])),
    ], f"call/{ind} UK: phone {desc}; unlabelled time")


@pos
def p_phone_call_split():
    ind = ch(["telecom", "travel", "healthcare billing"])
    c = ch(["UK", "US", "IE"])
    nat, intl = gen_phone(c)
    g = newgroup()
    if c == "US":
        parts = [nat[:3], nat[3:6], nat[6:]]
    elif c == "IE":
        parts = [nat[:3], nat[3:6], nat[6:]]
    else:
        parts = [nat[:5], nat[5:8], nat[8:]]
    turns = [T("agent", "and a contact number")]
    for i, p in enumerate(parts):
        turns.append(T("customer", filler(), V(speak_digits(p, doubles=0.5, pairs=(c == "US" and i == 2)), "PHONE", g)))
        if i < 2:
            turns.append(T("agent", backch()))
    return build(turns, f"call/{ind} {c}: phone number read in three chunks with back-channels")


@pos
def p_phone_call_us():
    ind = ch(["healthcare billing", "banking", "retail", "utilities"])
    nat, intl = gen_phone("US")
    sp = ch(["", "one "]) + speak_digits(f"{nat[:3]} {nat[3:6]} {nat[6:]}", doubles=0.4, pairs=R.random() < 0.3, zero="oh")
    return build([
        T("agent", "what's a good callback number"),
        T("customer", ch(["area code ", "it's ", "sure "]), V(sp, "PHONE"),
          ch(["", " but i'm out until three", " that's my cell"])),
    ], f"call/{ind} US: 10-digit number with area code, pairs and oh")


@pos
def p_phone_chat():
    ind = ch(["telecom", "retail", "travel"])
    c = ch(["UK", "US", "IE"])
    nat, intl = gen_phone(c)
    if c == "US":
        form = ch([f"({nat[:3]}) {nat[3:6]}-{nat[6:]}", f"{nat[:3]}-{nat[3:6]}-{nat[6:]}", f"+1 {nat[:3]} {nat[3:6]} {nat[6:]}",
                   f"{nat[:3]}.{nat[3:6]}.{nat[6:]}"])
    elif c == "UK":
        form = ch([f"{nat[:5]} {nat[5:]}", nat, f"+44 {intl[2:6]} {intl[6:]}", f"+44 (0){intl[2:6]} {intl[6:]}"])
    else:
        form = ch([f"{nat[:3]} {nat[3:6]} {nat[6:]}", f"+353 {intl[3:5]} {intl[5:8]} {intl[8:]}", nat])
    return build([
        T("agent", "Can we take a contact number in case the chat disconnects?"),
        T("customer", ch(["sure ", "yes its ", "Mobile: ", "call me on "]), V(form, "PHONE"),
          ch(["", " after 6pm", " (order #" + rdig(8) + ")"])),
    ], f"chat/{ind} {c}: phone typed in local format; order number/time unlabelled")


@pos
def p_email_call():
    ind = ch(["retail", "telecom", "travel", "insurance", "utilities"])
    em, local = gen_email()
    sp = speak_email(em)
    return build([
        T("agent", "and what email should we send the confirmation to"),
        T("customer", ch(["it's ", "yeah it's ", "uh "]), V(sp, "EMAIL"), ch(["", " all lower case", " all one word"])),
        T("agent", "lovely"),
    ], "call/" + ind + ": email spoken with 'at' and 'dot'")


@pos
def p_email_call_spell():
    ind = ch(["telecom", "retail", "banking"])
    em, local = gen_email()
    sp = speak_email(em)
    dom = em.split("@")[1]
    return build([
        T("agent", "what email address is on the account"),
        T("customer", V(sp, "EMAIL")),
        T("agent", "sorry was that " + ch(["with a dot in the middle", "all one word"])),
        T("customer", ch(["yeah ", "yes so "]), V(speak_email(em), "EMAIL")),
        T("agent", "okay and you're happy for us to email you about your " + ch(["bill", "renewal", "booking"])),
    ], f"call/{ind}: email repeated after agent query")


@pos
def p_email_chat():
    ind = ch(["retail", "travel", "telecom"])
    em, local = gen_email()
    form = ch([em, em.upper() if R.random() < 0.2 else em, em.replace("@", " @ ")])
    return build([
        T("customer", ch(["pls send the receipt to ", "my email: ", "Email is "]), V(form, "EMAIL"),
          ch(["", " ty", " - order " + rdig(9)])),
    ], f"chat/{ind}: email typed")


@pos
def p_dob_call():
    ind = ch(["banking", "healthcare billing", "insurance", "government services"])
    y, m, d = gen_dob()
    return build([
        T("agent", ch(["can you confirm your date of birth", "and your d o b please", "date of birth for security"])),
        T("customer", filler(), V(dob_spoken(y, m, d), "DOB")),
        T("agent", "thank you and the first line of the address"),
        T("customer", V(f"{num2(R.randint(1, 99))} {R.choice(STREETS)} {R.choice(SUFFIX_UK)}", "ADDRESS")),
    ], f"call/{ind}: DOB spoken with ordinal and year words, then address with number in words")


@pos
def p_dob_chat():
    ind = ch(["banking", "healthcare billing", "insurance"])
    y, m, d = gen_dob()
    return build([
        T("agent", "For security, what's your date of birth?"),
        T("customer", ch(["", "dob ", "born "]), V(dob_typed(y, m, d), "DOB"),
          ch(["", " - appointment on the 14th", " my claim was submitted 3 weeks ago"])),
    ], f"chat/{ind}: DOB typed in a varied date format; nearby non-DOB date unlabelled")


@pos
def p_address_postcode_call_uk():
    ind = ch(["utilities", "telecom", "retail", "insurance"])
    n, st = gen_address()
    pc = gen_uk_postcode()
    nsp = num2(n) if n < 100 else ch([speak_digits(str(n)), f"{UNITS[n // 100]} hundred and {num2(n % 100)}" if n % 100 else f"{UNITS[n // 100]} hundred"])
    pcs = speak_mixed(pc, letter_style=ch(["plain", "plain", "nato", "friendly"]))
    return build([
        T("agent", "can i take the postcode first"),
        T("customer", ch(["yeah it's ", "it's ", ""]), V(pcs, "POSTCODE")),
        T("agent", "and the house number or name"),
        T("customer", V(f"{nsp} {st}", "ADDRESS"), ch(["", " flat two", " the one with the blue door"])),
    ], f"call/{ind} UK: postcode spelled (phonetic alphabet sometimes), address with number in words")


@pos
def p_address_call_us():
    ind = ch(["utilities", "insurance", "retail", "healthcare billing"])
    n, st = gen_address(us=True)
    z = gen_zip()[:5]
    if n >= 1000 and n % 100 >= 10 and R.random() < 0.6:
        nsp = num2(n // 100) + " " + num2(n % 100)
    else:
        nsp = speak_digits(str(n), doubles=0.3)
    return build([
        T("agent", "what's the service address"),
        T("customer", filler(), V(f"{nsp} {st}", "ADDRESS"), ch([" apartment " + num2(R.randint(2, 40)), "", " unit b"])),
        T("agent", "and the zip"),
        T("customer", V(speak_digits(z, doubles=0.4, zero="oh"), "POSTCODE")),
    ], f"call/{ind} US: street address with number said in pairs, ZIP read as digits")


@pos
def p_address_chat():
    ind = ch(["retail", "utilities", "telecom", "insurance"])
    us = R.random() < 0.4
    n, st = gen_address(us)
    stt = st.title()
    if us:
        z = gen_zip()
        return build([
            T("customer", "ship to ", V(f"{n} {stt}", "ADDRESS"), ch([", Apt 4, ", ", ", " "]), ch(["Springfield, IL ", "Austin TX ", "Denver, CO "]),
              V(z, "POSTCODE"), ch(["", " thx", " - order " + rdig(8)])),
        ], f"chat/{ind} US: shipping address and ZIP typed")
    pc = gen_uk_postcode()
    pcf = ch([pc, pc.replace(" ", ""), pc.lower()])
    return build([
        T("customer", ch(["I've moved, new address is ", "Please update address to ", "deliver to "]),
          V(f"{n} {stt}", "ADDRESS"), ch([", Leeds ", ", Bristol, ", " Cardiff "]), V(pcf, "POSTCODE")),
        T("agent", "Thanks, updated."),
    ], f"chat/{ind} UK: address and postcode typed")


@pos
def p_expiry_cvv_call():
    ind = ch(["retail", "travel", "telecom", "insurance"])
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    k = R.random()
    if k < 0.3:
        ex = f"{MONTHS[mm - 1]} twenty {num2(yy - 20) if yy >= 30 else UNITS[yy - 20]}" if yy < 30 else f"{MONTHS[mm - 1]} {num2(yy)}"
    elif k < 0.6:
        ex = speak_digits(f"{mm:02d}", zero=ch(["oh", "zero"])) + " " + num2(yy)
    else:
        ex = speak_digits(f"{mm:02d}{yy}", doubles=0.3, zero="oh")
    cv = rdig(3)
    return build([
        T("agent", "and when does the card expire"),
        T("customer", ch(["", "it's ", "end of "]), V(ex, "EXPIRY")),
        T("agent", "and the three digit code on the back"),
        T("customer", filler(), V(speak_digits(cv, doubles=0.4, homo=0.15), "CVV"), ch(["", " there you go"])),
    ], f"call/{ind}: expiry in month-word or digit form, CVV possibly with homophones")


@pos
def p_cvv_expiry_same_turn():
    ind = ch(["retail", "travel"])
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    cv = rdig(3)
    return build([
        T("agent", "expiry and security code please"),
        T("customer", V(speak_digits(f"{mm:02d}", zero="oh") + " " + num2(yy), "EXPIRY"), ch([" and ", " and the code is ", " then "]),
          V(speak_digits(cv, doubles=0.4), "CVV")),
    ], f"call/{ind}: expiry and CVV in one turn")


@pos
def p_mixed_verification_call():
    ind = ch(["banking", "insurance"])
    y, m, d = gen_dob()
    pc = gen_uk_postcode()
    nat, _ = gen_phone("UK")
    return build([
        T("agent", "before i can discuss the account i need to run through security can i take your date of birth"),
        T("customer", V(dob_spoken(y, m, d), "DOB"), " and the postcode's ", V(speak_mixed(pc), "POSTCODE")),
        T("agent", "and the mobile number ending"),
        T("customer", "oh the full number ", V(speak_digits(f"{nat[:5]} {nat[5:]}", doubles=0.5), "PHONE")),
        T("agent", "great you're through, i can see a balance of " + ch(["two hundred and forty pounds", "ninety one pounds twenty"])),
    ], f"call/{ind} UK: DOB + postcode in one turn, phone; unlabelled balance")


@pos
def p_ni_and_dob_call():
    ind = "government services"
    ni = gen_ni()
    y, m, d = gen_dob()
    return build([
        T("agent", "i'll need your national insurance number and date of birth"),
        T("customer", "right the n i is ", V(speak_mixed(ni[:2], "plain") + " " + speak_digits(ni[2:8], doubles=0.3) + " " +
                                            speak_letter(ni[8], "plain"), "NI_NUMBER"),
          " and i was born ", V(dob_spoken(y, m, d), "DOB")),
        T("agent", "and you're calling about the payment due on the " + ch(ORD[:28]) + " yes"),
    ], "call/government services UK: NI and DOB in the same turn; payment date unlabelled")


@pos
def p_ssn_and_card_chat():
    ind = ch(["healthcare billing", "insurance"])
    s = gen_ssn()
    brand, num = gen_card()
    return build([
        T("customer", "last time I paid with ", V(" ".join(group_card(num)), "CARD_NUMBER"), " and the rep asked for my SSN (",
          V(f"{s[:3]}-{s[3:5]}-{s[5:]}", "SSN"), ") - why was I charged $" + str(R.randint(20, 300)) + "." + rdig(2) + " twice?"),
        T("agent", "I'm sorry about that, let me check claim " + rdig(8) + "."),
    ], f"chat/{ind} US: card and SSN in one complaint message; amount and claim number unlabelled")


@pos
def p_card_pairs_call():
    ind = ch(["telecom", "utilities", "retail"])
    brand, num = gen_card()
    sp = speak_digits(" ".join(group_card(num)), pairs=True, doubles=0.2)
    return build([
        T("agent", "long number on the card please"),
        T("customer", ch(["", "okay ", "it's "]), V(sp, "CARD_NUMBER")),
        T("agent", "thank you"),
    ], f"call/{ind}: {brand} read as pairs ('forty one eleven') in one turn")


@pos
def p_ssn_agent_readback_interrupt():
    ind = ch(["banking", "insurance", "healthcare billing"])
    s = gen_ssn()
    return build([
        T("agent", "social security number please"),
        T("customer", V(speak_digits(s[:5], doubles=0.4), "SSN", None, True)),
        T("agent", "sorry ", V(speak_digits(s[:3]), "SSN", None, True), " then what"),
        T("customer", V(speak_digits(s[:3]) + " " + speak_digits(s[3:5]) + " " + speak_digits(s[5:], doubles=0.4), "SSN")),
    ], f"call/{ind} US: partial SSN, agent echoes the start, customer repeats in full")


@pos
def p_ni_split_letters_chat():
    ind = "government services"
    ni = gen_ni()
    return build([
        T("agent", "Please confirm your NI number."),
        T("customer", V(f"{ni[:2].lower()} {ni[2:4]} {ni[4:6]}", "NI_NUMBER", (g := newgroup()))),
        T("customer", V(f"{ni[6:8]} {ni[8].lower()}", "NI_NUMBER", g), ch(["", " sorry hit enter"])),
    ], "chat/government services UK: NI number split over two chat messages after an accidental enter")


@pos
def p_iban_ie_call_misheard():
    ind = ch(["banking", "utilities"])
    ib = gen_iban()
    g = newgroup()
    head = ib[:8]
    rest = ib[8:]
    return build([
        T("agent", "iban for the refund"),
        T("customer", V(speak_mixed(head, "plain", zero="zero"), "IBAN", g)),
        T("agent", ch(["okay go on", "mhm and then", "yep keep going"])),
        T("customer", V(speak_digits(" ".join(rest[i:i + 4] for i in range(0, len(rest), 4)), doubles=0.4, zero="zero"), "IBAN", g)),
    ], f"call/{ind} {ib[:2]}: IBAN country+check+bank, then the digits after an agent query")


@pos
def p_postcode_call_correction():
    ind = ch(["utilities", "retail", "telecom"])
    pc = gen_uk_postcode()
    out, inw = pc.split()
    wrong = out
    return build([
        T("agent", "postcode"),
        T("customer", V(speak_mixed(out, "plain"), "POSTCODE", (g := newgroup())), " ", V(speak_mixed(inw, ch(["nato", "friendly"])), "POSTCODE", g)),
        T("agent", "sorry i got ", V(speak_mixed(out, "plain"), "POSTCODE", None, True), " then"),
        T("customer", V(speak_mixed(inw, "nato"), "POSTCODE", None, True)),
    ], f"call/{ind} UK: postcode, agent asks again, inward code repeated phonetically")


@pos
def p_sort_code_readback():
    ind = ch(["banking", "insurance", "utilities"])
    sc = rdig(6)
    sc_sp = " ".join(num2(int(sc[i:i + 2])) if sc[i] != "0" and (sc[i + 1] != "0" or i == 4) and R.random() < 0.6 else speak_digits(sc[i:i + 2], doubles=0.5)
                     for i in (0, 2, 4))
    return build([
        T("agent", "what's the sort code on the account"),
        T("customer", ch(["it's ", "uh ", "right "]), V(sc_sp, "SORT_CODE")),
        T("agent", "so that's ", V(speak_digits(f"{sc[:2]} {sc[2:4]} {sc[4:]}", doubles=0, zero="zero"), "SORT_CODE"), " yeah"),
        T("customer", ch(["yep", "that's right", "correct"])),
    ], f"call/{ind} UK: sort code said as pairs ('twenty forty'), agent reads it back digit by digit")


@pos
def p_card_chitchat_call():
    ind = ch(["retail", "travel", "utilities"])
    brand, num = gen_card()
    gs = group_card(num)
    g = newgroup()
    return build([
        T("agent", "okay i'm ready for the card number"),
        T("customer", V(speak_digits(" ".join(gs[:2]), doubles=0.4, homo=0.15), "CARD_NUMBER", g),
          ch([" sorry the dog's going mad hang on ", " sorry my glasses um ", " hold on the kids are shouting "]),
          V(speak_digits(" ".join(gs[2:]), doubles=0.4, homo=0.15), "CARD_NUMBER", g)),
        T("agent", "no problem and the expiry"),
        T("customer", V(ch(MONTHS) + " " + ch(["twenty seven", "twenty eight", "twenty nine", "thirty"]), "EXPIRY"),
          " i think it's the one i used last " + ch(["tuesday", "week", "christmas"])),
    ], f"call/{ind}: card reading interrupted by chit-chat inside the same turn, expiry as month name")


@pos
def p_email_correction_call():
    ind = ch(["telecom", "insurance", "travel"])
    em, local = gen_email()
    sp = speak_email(em)
    g = newgroup()
    lp, dp = sp.split(" at ")
    return build([
        T("agent", "and the email address"),
        T("customer", V(lp, "EMAIL", None, True), " at ", V(ch(["g mail", "hot mail", "yahoo"]), "EMAIL", None, True),
          " no sorry it's ", V(sp, "EMAIL")),
        T("agent", "okay so ", V(speak_email(em), "EMAIL"), " got it"),
    ], f"call/{ind}: email with restart of the domain (fragments labelled), agent read-back")


@pos
def p_phone_homophone_call():
    ind = ch(["telecom", "retail", "utilities"])
    c = ch(["UK", "IE", "US"])
    nat, intl = gen_phone(c)
    sp = speak_digits(nat, doubles=0.4, homo=0.35)
    return build([
        T("agent", "and a phone number we can text the code to"),
        T("customer", filler(), V(sp, "PHONE"), ch(["", " that's my mobile", " not the landline"])),
        T("agent", "thanks the code will arrive within " + ch(["two", "five", "ten"]) + " minutes"),
    ], f"call/{ind} {c}: phone with ASR homophones ('for', 'to', 'ate', 'won') for digits; unlabelled duration")


@pos
def p_ssn_chat_typo():
    ind = ch(["banking", "healthcare billing", "government services"])
    s = gen_ssn()
    form = ch([f"{s[:3]}- {s[3:5]} -{s[5:]}", f"{s[:3]}  {s[3:5]}  {s[5:]}", f"{s[:3]}-{s[3:5]}{s[5:]}", f"{s[:5]}-{s[5:]}"])
    y, m, d = gen_dob()
    return build([
        T("customer", ch(["my ss# is ", "SSN = ", "social: ", "ssn "]), V(form, "SSN"), ch([" dob ", " and dob ", ", born "]),
          V(dob_typed(y, m, d), "DOB"), ch(["", " pls hurry", " - bill #" + rdig(7)])),
    ], f"chat/{ind} US: SSN with irregular separators (typo spacing) and DOB in one message")


@pos
def p_account_double_triple_call():
    ind = ch(["banking", "utilities", "telecom"])
    a = rdig(2) + R.choice("0123456789") * 3 + rdig(3)
    return build([
        T("agent", "and the account number please"),
        T("customer", "it's ", V(speak_digits(a, doubles=0.9), "BANK_ACCOUNT"), ch(["", " with lloyds", " it's a joint account"])),
    ], f"call/{ind} UK: account number with a triple digit")


@pos
def p_postcode_us_zip_call():
    ind = ch(["healthcare billing", "insurance", "retail"])
    z = gen_zip()[:5]
    nat, _ = gen_phone("US")
    return build([
        T("agent", "can i verify the zip code and phone number on file"),
        T("customer", "zip is ", V(speak_digits(z, doubles=0.5, zero=ch(["oh", "zero"])), "POSTCODE"), " and the phone is ",
          V(speak_digits(f"{nat[:3]} {nat[3:6]} {nat[6:]}", doubles=0.4), "PHONE")),
        T("agent", "great and your balance today is " + money_words()),
    ], f"call/{ind} US: ZIP and phone in one turn; unlabelled balance")


@pos
def p_ni_correction_call():
    ind = ch(["government services", "banking"])
    ni = gen_ni()
    return build([
        T("agent", "national insurance number please"),
        T("customer", V(speak_mixed(ni[:2], "plain") + " " + speak_digits(ni[2:5], doubles=0), "NI_NUMBER", None, True),
          " no sorry let me start again ", V(speak_mixed(ni[:2], "nato") + " " + speak_digits(ni[2:8], doubles=0.4) + " " +
                                             speak_letter(ni[8], "plain"), "NI_NUMBER")),
        T("agent", "lovely thank you"),
    ], f"call/{ind} UK: NI restart, fragment and full reading both labelled")


@pos
def p_dob_two_turns_call():
    ind = ch(["healthcare billing", "insurance", "banking"])
    y, m, d = gen_dob()
    g = newgroup()
    return build([
        T("agent", "date of birth"),
        T("customer", V(f"{ORD[d - 1]} of {MONTHS[m - 1]}", "DOB", g)),
        T("agent", "and the year"),
        T("customer", V(year_words(y), "DOB", g)),
        T("agent", "thanks and you had an appointment on the " + ch(ORD[:28]) + " is that right"),
    ], f"call/{ind}: DOB split between day-month and year turns; appointment date unlabelled")


@pos
def p_address_correction_call():
    ind = ch(["utilities", "insurance", "retail", "government services"])
    n, st = gen_address()
    n2 = n + ch([1, 2, 10])
    pc = gen_uk_postcode()
    return build([
        T("agent", "and what's the address you're moving to"),
        T("customer", "it's ", V((num2(n2) if n2 < 100 else speak_digits(str(n2))) + " " + gen_address()[1], "ADDRESS"),
          " no sorry that's my old address it's ", V(f"{num2(n) if n < 100 else speak_digits(str(n))} {st}", "ADDRESS"),
          " and the postcode is ", V(speak_mixed(pc, ch(["plain", "nato"])), "POSTCODE")),
        T("agent", "so ", V(f"{num2(n) if n < 100 else speak_digits(str(n))} {st}", "ADDRESS"), " lovely and the move date is the " +
          ch(ORD[:28]) + " of " + ch(MONTHS)),
    ], f"call/{ind} UK: starts with the old address then corrects to the new one (both labelled), postcode, agent read-back; move date unlabelled")


@pos
def p_amex_cvv_call():
    ind = ch(["travel", "retail"])
    cv = rdig(4)
    return build([
        T("agent", "and the security code"),
        T("customer", "it's an amex so it's the little one on the front ", V(speak_digits(cv, doubles=0.5, pairs=True), "CVV")),
        T("agent", "thanks so that's " + ch(["two hundred and forty nine pounds", "one thousand and twelve euro"]) + " today"),
    ], f"call/{ind}: four-digit amex CID possibly read as pairs; unlabelled amount")


# ----------------------------------------------------------------------------
# negative templates
# ----------------------------------------------------------------------------
NEG = []


def neg(f):
    NEG.append(f)
    return f


def money_words():
    return ch(["forty two pounds fifty", "one hundred and twenty dollars", "sixty nine ninety nine",
               "three hundred and fifteen euro", "twelve pounds", "eighty four dollars and ten cents",
               "two thousand four hundred pounds", "ninety nine pence"])


@neg
def n_order_number_call():
    ind = ch(["retail", "telecom"])
    o = rdig(R.choice([7, 8, 9, 10]))
    return build([
        T("agent", "have you got the order number there"),
        T("customer", "yeah the order number is " + speak_digits(o, doubles=0.5)),
        T("agent", "thanks i can see that was " + money_words() + " placed on the " + ch(ORD[:28]) + " of " + ch(MONTHS)),
    ], f"call/{ind}: order number with reference word, amount and order date")


@neg
def n_ticket_chat():
    ind = ch(["telecom", "utilities", "travel"])
    return build([
        T("customer", ch(["ticket #", "Ref: ", "case number ", "complaint ref "]) + rdig(R.choice([6, 7, 8, 9, 10])) +
          " - still no engineer after " + str(R.randint(2, 14)) + " days"),
        T("agent", "Sorry about that, I've escalated it. You'll hear back within 48 hours."),
    ], f"chat/{ind}: ticket/case reference, durations")


@neg
def n_flight_call():
    return build([
        T("agent", "what's the flight number"),
        T("customer", "it's " + ch(["e i", "b a", "f r", "u a"]) + " " + speak_digits(rdig(3), doubles=0.3) + " leaving at " +
          ch(["six forty five", "eleven fifteen", "half past seven", "nineteen hundred"]) + " from gate " + num2(R.randint(2, 60))),
        T("agent", "and that's seat " + num2(R.randint(1, 40)) + " " + ch(["a", "c", "f"]) + " on the " + ch(ORD[:28]) + " of " + ch(MONTHS)),
    ], "call/travel: flight number, departure time, gate and seat")


@neg
def n_meter_reading_call():
    return build([
        T("agent", "can you read me the meter"),
        T("customer", "okay it says " + speak_digits(rdig(5), doubles=0.4) + " and then the red numbers are " + speak_digits(rdig(1))),
        T("agent", "thanks that's about " + num2(R.randint(20, 99)) + " units more than last quarter so roughly " + money_words()),
    ], "call/utilities: meter reading, units, amount")


@neg
def n_balance_chat():
    return build([
        T("customer", "Why is my balance £" + f"{R.randint(100, 9999)}.{rdig(2)}" + "? I paid £" + str(R.randint(10, 500)) +
          " on " + f"{R.randint(1, 28)}/{R.randint(1, 12)}/2026"),
        T("agent", "Your last payment of £" + str(R.randint(10, 500)) + " was received on " + ch(MONTHS).title() + " " +
          str(R.randint(1, 28)) + ". Interest was " + str(R.randint(1, 29)) + "." + rdig(1) + "% APR."),
    ], "chat/banking: balance, payment amount, payment date, APR")


@neg
def n_appointment_call():
    return build([
        T("agent", "i can book you in for the " + ch(ORD[:28]) + " of " + ch(MONTHS) + " at " +
          ch(["nine thirty", "two o'clock", "ten fifteen", "four forty five"])),
        T("customer", "is there anything earlier i'm free on the " + ch(ORD[:28])),
        T("agent", "the next one is in " + num2(R.randint(2, 20)) + " days the appointment takes about " + num2(R.randint(15, 55)) + " minutes"),
    ], "call/healthcare billing: appointment dates and times, durations")


@neg
def n_model_number_chat():
    return build([
        T("customer", "My router model " + ch(["TG", "HH", "DGN", "RT-AC"]) + rdig(4) + " keeps dropping, speed is " + str(R.randint(2, 80)) +
          " Mbps instead of " + str(R.choice([100, 300, 500, 900]))),
        T("agent", "Thanks. Is it serial number ending " + rdig(4) + "? I'll run a line test, takes about 3 minutes."),
    ], "chat/telecom: model number, speeds, partial serial, duration")


@neg
def n_age_years_call():
    return build([
        T("agent", "and how long have you been with us"),
        T("customer", "oh since " + year_words(R.randint(1995, 2020)) + " so about " + num2(R.randint(5, 29)) + " years i'm " +
          num2(R.randint(30, 85)) + " now"),
        T("agent", "thank you for your loyalty you've got " + num2(R.randint(2, 19)) + " percent off then"),
    ], "call/telecom: years, tenure, age, percentage")


@neg
def n_claim_call():
    ind = ch(["insurance", "healthcare billing"])
    return build([
        T("agent", "do you have the claim reference"),
        T("customer", "yes claim number " + speak_digits(rdig(R.choice([8, 9, 10])), doubles=0.4)),
        T("agent", "great that claim was for " + money_words() + " and it was submitted on the " + ch(ORD[:28]) + " of " + ch(MONTHS)),
    ], f"call/{ind}: claim number with reference word, amount, date")


@neg
def n_invoice_chat():
    return build([
        T("customer", ch(["Invoice ", "INV-", "Inv no. "]) + rdig(R.choice([6, 7, 8])) + " shows " + str(R.randint(2, 40)) +
          " units at $" + str(R.randint(2, 99)) + "." + rdig(2) + " each, due " + ch(MONTHS).title() + " " + str(R.randint(1, 28))),
        T("agent", "Thanks — I can see the total is $" + str(R.randint(100, 4000)) + "." + rdig(2) + " including " + str(R.randint(5, 25)) + "% tax."),
    ], "chat/retail: invoice number, quantities, prices, due date, tax percent")


@neg
def n_room_hotel_call():
    return build([
        T("customer", "i was in room " + speak_digits(str(R.randint(101, 1520)), doubles=0.3) + " and the heating was stuck on " +
          num2(R.randint(16, 30)) + " degrees"),
        T("agent", "i'm sorry about that i can refund one night that's " + money_words() + " booking reference " +
          speak_digits(rdig(R.choice([6, 7, 8]))),),
    ], "call/travel: room number, temperature, refund amount, booking reference")


@neg
def n_payment_plan_call():
    return build([
        T("agent", "so we could split it into " + num2(R.randint(3, 12)) + " payments of " + money_words() + " starting on the " + ch(ORD[:28])),
        T("customer", "okay and the contract started in " + ch(MONTHS) + " " + year_words(R.randint(2018, 2025)) + " right"),
        T("agent", "yes it's a " + ch(["twelve", "twenty four", "eighteen", "thirty six"]) + " month contract"),
    ], "call/utilities: instalment counts, amounts, contract start date and length")


@neg
def n_speed_data_call():
    return build([
        T("customer", "i've used " + num2(R.randint(11, 99)) + " gig already and it's only the " + ch(ORD[:28])),
        T("agent", "your plan includes " + ch(["one hundred", "fifty", "unlimited"]) + " gigs and the download speed should be around " +
          num2(R.randint(20, 99)) + " megs"),
        T("customer", "well i'm getting " + num2(R.randint(2, 9)) + " point " + UNITS[R.randint(0, 9)]),
    ], "call/telecom: data quantities, speeds, dates")


@neg
def n_parcel_tracking_chat():
    return build([
        T("customer", "Parcel tracking " + ch(["JD", "TR", "RM"]) + rdig(8) + " says delivered at 14:" + f"{R.randint(0, 59):02d}" +
          " but nothing arrived. 2 boxes, " + str(R.randint(1, 30)) + "kg"),
        T("agent", "Sorry! I've opened case " + rdig(7) + " and we'll update you by 5pm tomorrow."),
    ], "chat/retail: tracking reference, time, quantities, weight, case number")


@neg
def n_policy_renewal_call():
    return build([
        T("agent", "your policy renews on the " + ch(ORD[:28]) + " of " + ch(MONTHS) + " and the premium is going up to " + money_words()),
        T("customer", "that's a " + num2(R.randint(10, 45)) + " percent increase my car's only " + num2(R.randint(2, 15)) +
          " years old and does about " + ch(["eight thousand", "twelve thousand", "six thousand five hundred"]) + " miles a year"),
        T("agent", "i understand the policy number ending " + speak_digits(rdig(4)) + " has had no claims for " + num2(R.randint(2, 9)) + " years"),
    ], "call/insurance: renewal date, premium, percentage, vehicle age, mileage, policy reference tail")


@neg
def n_hold_time_call():
    return build([
        T("customer", "i've been on hold for " + num2(R.randint(20, 59)) + " minutes this is the " + ch(["third", "fourth", "fifth"]) + " time i've called"),
        T("agent", "i'm really sorry our wait times are around " + num2(R.randint(10, 45)) + " minutes today you're caller number " +
          num2(R.randint(2, 19)) + " in the queue was earlier"),
    ], "call/government services: durations, ordinals, counts")


@neg
def n_tax_year_chat():
    return build([
        T("customer", "For tax year 2025/26 my code is " + str(R.randint(1000, 1300)) + "L and I earned £" + f"{R.randint(18, 90)},{rdig(3)}"),
        T("agent", "Thanks. The personal allowance is £12,570 and your refund of £" + str(R.randint(50, 900)) + "." + rdig(2) +
          " will be paid within 5 working days."),
    ], "chat/government services: tax year, tax code, salary, allowance, refund amount")


@neg
def n_account_balance_call():
    return build([
        T("agent", "your current balance is " + money_words() + " and the minimum payment is " + ch(["twenty five pounds", "thirty dollars", "fifteen euro"]) +
          " due on the " + ch(ORD[:28])),
        T("customer", "and what's the interest rate"),
        T("agent", num2(R.randint(12, 39)) + " point " + UNITS[R.randint(0, 9)] + " percent a p r"),
    ], "call/banking: balance, minimum payment, due date, interest rate")


@neg
def n_company_phone_hours_chat():
    return build([
        T("customer", "what time do you open on saturday? and how many stores are in " + ch(["Dublin", "Manchester", "Chicago", "Glasgow"]) + "?"),
        T("agent", "We're open 9am-5:30pm on Saturdays and there are " + str(R.randint(2, 14)) + " stores. Orders over £" +
          str(R.choice([30, 40, 50])) + " get free delivery in 2-3 days."),
    ], "chat/retail: opening times, store count, price threshold, delivery days")


@neg
def n_booking_ref_call():
    return build([
        T("agent", "have you got the booking reference"),
        T("customer", "yeah it's " + speak_mixed(ch(["K", "X", "T", "P"]) + ch(["J", "W", "R"]) + rdig(4), "plain") + " for " +
          num2(R.randint(2, 6)) + " people checking in on the " + ch(ORD[:28])),
        T("agent", "lovely that's " + num2(R.randint(2, 14)) + " nights total comes to " + money_words()),
    ], "call/travel: alphanumeric booking reference, party size, check-in date, nights, total")


@neg
def n_temperature_health_call():
    return build([
        T("customer", "my son's temperature was " + ch(["thirty eight point five", "a hundred and one", "thirty nine"]) +
          " last night and he's " + num2(R.randint(2, 16))),
        T("agent", "okay the bill for the visit was " + money_words() + " and the co-pay is " + ch(["twenty dollars", "forty dollars"])),
    ], "call/healthcare billing: temperature, age, amounts")


@neg
def n_readback_amounts_chat():
    return build([
        T("customer", "You charged me 3 times: " + ", ".join("£" + str(R.randint(5, 99)) + "." + rdig(2) for _ in range(3)) +
          " on " + f"{R.randint(1, 28)} {ch(MONTHS)[:3].title()}"),
        T("agent", "I can see transaction IDs " + rdig(9) + " and " + rdig(9) + ". Refunds take 3-5 days."),
    ], "chat/retail: repeated amounts, transaction date, transaction IDs")


@neg
def n_extension_call():
    return build([
        T("agent", "i'll put you through to the billing team on extension " + speak_digits(rdig(4))),
        T("customer", "and if i get cut off"),
        T("agent", "just quote reference " + speak_digits(rdig(6), doubles=0.4) + " and it was logged at " +
          ch(["ten past two", "quarter to eleven", "three fifteen"])),
    ], "call/utilities: extension, reference number, time")


@neg
def n_prices_call():
    return build([
        T("agent", "so the new tariff is " + ch(["nineteen ninety nine", "twenty four fifty", "thirty two pounds"]) +
          " a month for the first " + num2(R.choice([3, 6, 12])) + " months and then " + ch(["twenty nine ninety nine", "forty one pounds"])),
        T("customer", "and is that with the " + num2(R.choice([5, 10, 15, 20])) + " percent discount or without"),
        T("agent", "with it you'd save about " + money_words() + " over the " + ch(["eighteen", "twenty four"]) + " months"),
    ], "call/telecom: spoken prices, month counts, percentage, savings")


@neg
def n_refuses_dob_call():
    return build([
        T("agent", "can i take your date of birth for security"),
        T("customer", "i'd rather not give that out over the phone i've been caught out before"),
        T("agent", "that's fine we can send a one time code instead it's valid for " + num2(R.choice([5, 10, 15])) + " minutes"),
        T("customer", "okay it says " + speak_digits(rdig(6), doubles=0.3) + " is that it"),
    ], "call/banking: refusal to give DOB; one-time passcode read out (not a listed PII type)")


@neg
def n_ivr_menu_call():
    return build([
        T("agent", "press one for billing two for technical support three to report a fault or " + ch(["nine", "zero"]) + " to hear these options again"),
        T("customer", "three"),
        T("agent", "you are number " + num2(R.randint(2, 19)) + " in the queue your expected wait is " + num2(R.randint(3, 40)) + " minutes"),
    ], "call/utilities: IVR menu digits, queue position, wait time")


@neg
def n_train_chat():
    return build([
        T("customer", "My train on " + f"{R.randint(1, 28)}/{R.randint(1, 12)}" + " at " + f"{R.randint(6, 22)}:{R.choice(['05', '15', '35', '50'])}" +
          " was " + str(R.randint(20, 180)) + " mins late, coach " + ch("ABCDE") + " seat " + str(R.randint(1, 80)) + ". Booking ref " +
          "".join(R.choice("BCDFGHJKLMNPQRSTVWXYZ") for _ in range(2)) + rdig(6)),
        T("agent", "Sorry! You're entitled to " + str(R.choice([25, 50, 100])) + "% back, that's €" + str(R.randint(8, 120)) + "." + rdig(2) + "."),
    ], "chat/travel EU: train date/time, delay minutes, coach/seat, booking reference, refund percentage and amount")


@neg
def n_chitchat_numbers_call():
    return build([
        T("customer", "sorry i'm a bit distracted the match is on it's " + num2(R.randint(0, 4)) + " " + num2(R.randint(0, 4)) +
          " with " + num2(R.randint(5, 30)) + " minutes to go"),
        T("agent", "ha no worries so you were saying the bill went up by " + money_words()),
        T("customer", "yeah from about " + num2(R.randint(30, 90)) + " to " + num2(R.randint(91, 99)) + " quid since " + ch(MONTHS)),
    ], "call/utilities: chit-chat scores, minutes, bill amounts, month")


@neg
def n_medication_dose_call():
    return build([
        T("agent", "the prescription is " + ch(["twenty", "forty", "five hundred"]) + " milligrams " + num2(R.randint(1, 3)) +
          " times a day for " + num2(R.randint(5, 28)) + " days"),
        T("customer", "and the charge was " + money_words() + " on the " + ch(ORD[:28]) + " is that covered"),
        T("agent", "yes under plan " + ch(["b", "c", "gold"]) + " you pay " + num2(R.choice([10, 20, 30])) + " percent"),
    ], "call/healthcare billing: dosage, frequencies, durations, charge and date, percentage")


# ----------------------------------------------------------------------------
# generation & check
# ----------------------------------------------------------------------------
N_POS = 200
N_NEG = 120


def generate():
    cases = []
    order_p = []
    while len(order_p) < N_POS:
        block = list(POS)
        R.shuffle(block)
        order_p.extend(block)
    for i, f in enumerate(order_p[:N_POS]):
        c = f()
        c["id"] = f"{PREFIX}-pos-{i + 1:03d}"
        c["kind"] = "positive"
        cases.append(c)
    order_n = []
    while len(order_n) < N_NEG:
        block = list(NEG)
        R.shuffle(block)
        order_n.extend(block)
    for i, f in enumerate(order_n[:N_NEG]):
        c = f()
        c["id"] = f"{PREFIX}-neg-{i + 1:03d}"
        c["kind"] = "negative"
        c["spans"] = []
        c["_meta"] = []
        cases.append(c)
    return cases


def serialise(cases) -> str:
    lines = []
    for c in cases:
        o = {"id": c["id"], "kind": c["kind"], "turns": c["turns"], "spans": c["spans"], "note": c["note"]}
        lines.append(json.dumps(o, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(cases):
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    return cnt


def readme(cases) -> str:
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    ncall = sum(c["note"].startswith("call") for c in cases)
    rows = "\n".join(f"| {t} | {cnt.get(t, 0)} |" for t in TYPES)
    return f"""# PII hold-out set 122

**Never use this set for tuning.** It is a held-out evaluation set; do not adjust the
redactor, its patterns or thresholds against these cases.

## Who wrote it and how

Written by an AI helper acting as an independent author, who did not see the redaction
code, its tests, its documentation or any other PII fixture (only a three-line example of
the JSONL format). Cases are produced by `scripts/make_pii_holdout122.py` from template
functions; each turn is assembled from plain-text segments and labelled (value, TYPE)
segments, so offsets are computed, never typed. All values come from one
`random.Random({SEED})`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout122.py --check` regenerates the set, compares it with the
file, and validates ids, offsets, word boundaries, overlap and every labelled value
(after normalising spoken forms: Luhn for cards, mod-97 for IBANs, NI format, 9 digits for
SSN, 6 for sort codes, digit counts for CVV/phone/account, postcode shapes).

Emphasis: about two thirds of cases are phone calls as a speech recogniser writes them
(lower case, no punctuation, digits as words, "oh"/"o"/"nought" for zero, "double"/"triple",
pairs such as "forty one", homophones such as "for"/"to"/"ate"/"won" for digits and
"be"/"see"/"queue"/"tea" for letters, phonetic alphabets "b for bravo"/"s for sugar"),
with values split over several customer turns, self-corrections, restarts and the agent
interrupting or reading values back. The rest are typed chats.

## Annotation conventions

* A span covers the value only, from its first to its last character/word: lead-ins such
  as "it's", "my number is", "sort code" are outside; filler words *inside* a reading
  (e.g. "um" between groups) are inside the span.
* A value split across several turns is labelled as one span per turn (each covering that
  turn's piece); back-channel agent turns ("mhm", "okay go on") carry no span.
* Self-corrections/restarts: the abandoned partial reading is labelled as its own span of
  the same type (it is still part of the customer's identifier); the correction words
  ("no sorry", "wait") sit between spans, outside them. Fragments repeated by the agent
  (e.g. the agent echoing the first digits) are labelled too.
* Agent read-backs of a full value are labelled.
* Phonetic spellings ("q for quebec") are fully inside the span.
* Emails: the whole spoken form "j dot doe at gmail dot com" is one span.
* Dates of birth: the whole date phrase ("the third of may nineteen eighty four").
  Other dates (appointments, payments, contract starts) are not labelled.
* Addresses: house number plus street name and suffix ("twelve church road"); town names
  and flat numbers are not included; the postcode/ZIP is a separate POSTCODE span.
* EXPIRY covers only the month/year; CVV only its digits.
* Reference numbers with their reference word (order, ticket, claim, invoice, booking),
  amounts, times, durations, counts, ages, temperatures, speeds and non-birth dates are
  never labelled; negatives contain only such lookalikes.

## Counts

Cases: {len(cases)} ({npos} positive, {nneg} negative); {ncall} phone-call transcripts,
{len(cases) - ncall} chats.

| type | spans |
|---|---|
{rows}
"""


def check(cases, text_on_disk: str | None) -> list[str]:
    errs = []
    if text_on_disk is not None and text_on_disk != serialise(cases):
        errs.append("cases.jsonl differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c in cases:
        cid = c["id"]
        if c["kind"] == "negative" and c["spans"]:
            errs.append(f"{cid}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(f"{cid}: positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                errs.append(f"{cid}: bad speaker")
            if "  " in t["text"] and c["note"].startswith("call"):
                pass
        by_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append(f"{cid}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append(f"{cid}: turn out of range")
                continue
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append(f"{cid}: offsets out of range")
                continue
            sub = txt[a:b]
            if sub != sub.strip() or not (sub[0].isalnum() or sub[0] in "+(") or not sub[-1].isalnum():
                errs.append(f"{cid}: span not trimmed {sub!r}")
            if a > 0 and txt[a - 1].isalnum():
                errs.append(f"{cid}: span start not on word boundary {sub!r}")
            if b < len(txt) and txt[b].isalnum():
                errs.append(f"{cid}: span end not on word boundary {sub!r}")
            by_turn.setdefault(s["turn"], []).append((a, b))
        for tr, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(f"{cid}: overlapping spans in turn {tr}")
        # value validation, groups concatenated
        groups = {}
        for s, (g, frag) in zip(c["spans"], c["_meta"]):
            sub = c["turns"][s["turn"]]["text"][s["start"]:s["end"]]
            if g is None:
                e = validate_value(s["type"], sub, frag)
                if e:
                    errs.append(f"{cid}: {e}")
            else:
                groups.setdefault(g, []).append((s["type"], sub))
        for g, items in groups.items():
            typs = {t for t, _ in items}
            if len(typs) != 1:
                errs.append(f"{cid}: mixed types in group")
                continue
            typ = typs.pop()
            joined = " ".join(x for _, x in items)
            e = validate_value(typ, joined, False)
            if e:
                errs.append(f"{cid}: group {e}")
    cnt = counts(cases)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt.get(t, 0) < need:
            errs.append(f"type {t} has {cnt.get(t, 0)} spans < {need}")
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    if npos < 170 or nneg < 100:
        errs.append(f"too few cases pos={npos} neg={nneg}")
    return errs


def main():
    cases = generate()
    if "--check" in sys.argv:
        if not CASES.exists():
            print("missing", CASES)
            sys.exit(1)
        errs = check(cases, CASES.read_text(encoding="utf-8"))
        if README.exists() and README.read_text(encoding="utf-8") != readme(cases):
            errs.append("README.md differs from regenerated output")
        cnt = counts(cases)
        npos = sum(c["kind"] == "positive" for c in cases)
        nneg = sum(c["kind"] == "negative" for c in cases)
        ncall = sum(c["note"].startswith("call") for c in cases)
        print(f"cases={len(cases)} positive={npos} negative={nneg} calls={ncall} chats={len(cases) - ncall}")
        for t in TYPES:
            print(f"  {t:13s} {cnt.get(t, 0)}")
        if errs:
            print(f"{len(errs)} problem(s):")
            for e in errs[:100]:
                print("  -", e)
            sys.exit(1)
        print("check OK")
        return
    errs = check(cases, None)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(serialise(cases), encoding="utf-8")
    README.write_text(readme(cases), encoding="utf-8")
    print(f"wrote {CASES} ({len(cases)} cases)")
    if errs:
        print(f"{len(errs)} problem(s):")
        for e in errs[:60]:
            print("  -", e)
        sys.exit(1)


if __name__ == "__main__":
    main()

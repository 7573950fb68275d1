#!/usr/bin/env python3
"""Generate the held-out PII evaluation set tests/fixtures/pii_holdout25.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  All values come from one seeded random.Random, so the
output is byte-for-byte reproducible.

    python scripts/make_pii_holdout25.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout25.py --check  # regenerate and verify

Never use this set for tuning.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
import random

SEED = 25241123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout25"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

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


def gen_card() -> str:
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19"])
    if kind == "visa":
        body, ln = "4" + "".join(R.choice("0123456789") for _ in range(5)), 16
    elif kind == "visa19":
        body, ln = "4" + "".join(R.choice("0123456789") for _ in range(5)), 19
    elif kind == "mc":
        body, ln = R.choice(["51", "52", "53", "54", "55", "22"]) + "".join(R.choice("0123456789") for _ in range(4)), 16
    elif kind == "amex":
        body, ln = R.choice(["34", "37"]) + "".join(R.choice("0123456789") for _ in range(4)), 15
    else:
        body, ln = "6011" + "".join(R.choice("0123456789") for _ in range(2)), 16
    while len(body) < ln - 1:
        body += R.choice("0123456789")
    # add repeated digits sometimes so double/triple get exercised
    if R.random() < 0.5:
        p = R.randrange(6, ln - 3)
        body = body[:p] + body[p] * 2 + body[p + 2:]
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_cvv(card: str | None = None) -> str:
    n = 4 if card and card[:2] in ("34", "37") else 3
    return "".join(R.choice("0123456789") for _ in range(n))


def gen_expiry() -> tuple[int, int]:
    return R.randint(1, 12), R.randint(26, 32)


def gen_ssn() -> str:
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_BAD1 = set("DFIQUV")
NI_BAD2 = set("DFIQUVO")
NI_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni() -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    while True:
        a, b = R.choice(letters), R.choice(letters)
        if a in NI_BAD1 or b in NI_BAD2 or a + b in NI_BAD_PREFIX:
            continue
        break
    return a + b + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def ni_ok(s: str) -> bool:
    s = s.upper().replace("0", "O") if False else s.upper()
    m = re.fullmatch(r"([A-Z])([A-Z0])(\d{6})([A-D])", s)
    if not m:
        return False
    a, b = m.group(1), m.group(2).replace("0", "O")
    return a not in NI_BAD1 and b not in NI_BAD2 and a + b not in NI_BAD_PREFIX


def gen_digits(n: int, first_nonzero=True) -> str:
    s = R.choice("123456789") if first_nonzero else R.choice("0123456789")
    return s + "".join(R.choice("0123456789") for _ in range(n - 1))


def gen_account(country="UK") -> str:
    if country == "UK":
        return gen_digits(8, first_nonzero=R.random() < 0.7)
    if country == "US":
        return gen_digits(R.choice([10, 11, 12]))
    return gen_digits(8)


def gen_sort() -> str:
    return R.choice(["20", "40", "30", "60", "77", "09", "11", "83", "90", "23"]) + gen_digits(4, False)


def iban_check(country: str, bban: str) -> str:
    def num(s):
        return "".join(str(int(c, 36)) for c in s)
    rem = int(num(bban + country + "00")) % 97
    return "%02d" % (98 - rem)


def iban_ok(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def gen_iban() -> str:
    c = R.choice(["GB", "GB", "IE", "IE", "DE", "NL", "FR"])
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + gen_sort() + gen_digits(8, False)
    elif c == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + gen_digits(6) + gen_digits(8, False)
    elif c == "DE":
        bban = gen_digits(18)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + gen_digits(10, False)
    else:
        bban = gen_digits(10) + gen_digits(11, False) + gen_digits(2, False)
    return c + iban_check(c, bban) + bban


def gen_phone(country=None) -> tuple[str, str]:
    """returns (country, canonical digits incl. national prefix)"""
    country = country or R.choice(["UK", "UK", "US", "US", "IE", "FR"])
    if country == "FR":
        return country, "0" + R.choice("67") + gen_digits(8, False)
    if country == "UK":
        kind = R.random()
        if kind < 0.5:
            return country, "07" + R.choice("3456789") + gen_digits(8, False)
        if kind < 0.75:
            return country, "020" + R.choice("78") + gen_digits(7, False)
        return country, "01" + R.choice("1234569") + gen_digits(8, False)
    if country == "US":
        return country, R.choice("23456789") + gen_digits(2, False) + R.choice("23456789") + gen_digits(6, False)
    return country, "08" + R.choice("35679") + gen_digits(7, False)


FIRST = ["john", "sarah", "mike", "aoife", "siobhan", "liam", "priya", "tom", "grace", "daniel",
         "maria", "kevin", "emma", "raj", "olivia", "sean", "claire", "marcus", "niamh", "peter"]
LAST = ["smith", "oconnor", "patel", "murphy", "jones", "walsh", "nguyen", "brown", "kelly",
        "garcia", "taylor", "byrne", "hughes", "wilson", "lopez", "doyle", "evans", "clarke"]
DOMAINS = [("gmail", "com"), ("yahoo", "co.uk"), ("hotmail", "com"), ("outlook", "ie"),
           ("icloud", "com"), ("btinternet", "com"), ("eircom", "net"), ("aol", "com"), ("proton", "me")]


def gen_email() -> tuple[str, list]:
    """returns canonical email plus a structure for spoken rendering"""
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randrange(5)
    num = str(R.randint(1, 99)) if R.random() < 0.45 else ""
    if style == 0:
        parts = [("w", f), ("p", "."), ("w", l)]
    elif style == 1:
        parts = [("l", f[0]), ("p", "."), ("w", l)]
    elif style == 2:
        parts = [("w", f), ("p", "_"), ("w", l)]
    elif style == 3:
        parts = [("w", f), ("w", l)]
    else:
        parts = [("l", f[0]), ("w", l)]
    if num:
        parts.append(("n", num))
    dom, tld = R.choice(DOMAINS)
    parts += [("p", "@"), ("w", dom)]
    for t in tld.split("."):
        parts += [("p", "."), ("w", t)]
    email = "".join(v for _, v in parts)
    return email, parts


STREETS = ["maple", "station", "church", "victoria", "mill", "oak", "highfield", "park", "kings",
           "elm", "greenway", "castle", "willow", "main", "north", "abbey", "harbour", "cedar", "lincoln", "sunset"]
SUFFIX = ["road", "street", "avenue", "lane", "close", "drive", "crescent", "way", "court", "terrace",
          "boulevard", "place", "grove", "gardens"]
SUFFIX_ABBR = {"road": "Rd", "street": "St", "avenue": "Ave", "lane": "Ln", "drive": "Dr",
               "court": "Ct", "boulevard": "Blvd", "place": "Pl", "terrace": "Tce", "crescent": "Cres"}


def gen_address() -> tuple[int, str, str]:
    return R.choice([R.randint(1, 99), R.randint(1, 99), R.randint(100, 999), R.randint(1000, 4999)]), \
        R.choice(STREETS), R.choice(SUFFIX)


UK_AREAS = ["M", "B", "L", "G", "S", "E", "N", "SW", "SE", "NW", "LS", "EH", "CF", "BT", "NE", "BS",
            "OX", "CB", "RG", "KT", "WA", "DN", "PO", "TW"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode(country="UK") -> str:
    if country == "US":
        z = gen_digits(5, False)
        if R.random() < 0.2:
            z += "-" + gen_digits(4, False)
        return z
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 9)) if R.random() < 0.5 else str(R.randint(10, 29))
    if len(a) == 1 and R.random() < 0.15:
        d = str(R.randint(1, 9)) + R.choice("ABCEHJKMNPRSTUVWXY")
    return a + d + " " + str(R.randint(0, 9)) + R.choice(INWARD) + R.choice(INWARD)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]


def gen_dob() -> tuple[int, int, int]:
    y = R.randint(1940, 2006)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return d, m, y

# --------------------------------------------------------------------------
# spoken renderers
# --------------------------------------------------------------------------

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def dw(c: str, uk=False) -> str:
    if c == "0":
        opts = ["zero", "oh", "oh", "o"] + (["nought", "oh"] if uk else [])
        return R.choice(opts)
    x = R.random()
    if c == "4" and x < 0.12:
        return "for"
    if c == "2" and x < 0.12:
        return R.choice(["to", "too"])
    if c == "8" and x < 0.07:
        return "ate"
    if c == "1" and x < 0.04:
        return "won"
    if c == "3" and x < 0.04:
        return "tree"
    if c == "4" and x < 0.15:
        return "fore"
    return UNITS[int(c)]


def say_single(s: str, uk=False, rep=0.5) -> str:
    out, i = [], 0
    while i < len(s):
        c = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == c:
            run += 1
        if run >= 3 and R.random() < rep:
            out += ["triple", dw(c, uk)]
            i += 3
        elif run >= 2 and R.random() < rep:
            out += ["double", dw(c, uk)]
            i += 2
        else:
            out.append(dw(c, uk))
            i += 1
    return " ".join(out)


def say_pair(p: str, uk=False) -> str:
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return dw("0", uk) + " " + dw(p[1], uk) if b else R.choice(["double oh", "oh oh", "zero zero"])
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def say_pairs(s: str, uk=False) -> str:
    w = _say_pairs(s, uk)
    # a spoken form must read back unambiguously; otherwise fall back to single digits
    return w if norm_digits(w) == s else say_single(s, uk)


def _say_pairs(s: str, uk=False) -> str:
    out = []
    if len(s) % 2:
        out.append(dw(s[0], uk))
        s = s[1:]
    for i in range(0, len(s), 2):
        pr = s[i:i + 2]
        if i + 2 >= len(s) and pr[0] != "0" and pr[1] == "0" and pr[0] != "1":
            out.append(dw(pr[0], uk) + " " + dw("0", uk))  # avoid a bare "forty" that could merge with what follows
        else:
            out.append(say_pair(pr, uk))
    return " ".join(out)


def say_mixed(s: str, uk=False) -> str:
    # chunks, each chunk either single digits or pairs (pairs only on even-length chunks)
    return " ".join(say_pairs(c, uk) if len(c) % 2 == 0 and R.random() < 0.4 else say_single(c, uk)
                    for c in chunks(s, R.choice([3, 4])))


def say_num(s: str, uk=False) -> str:
    x = R.random()
    if x < 0.55:
        return say_single(s, uk)
    if x < 0.75:
        return say_pairs(s, uk)
    return say_mixed(s, uk)


def chunks(s: str, n: int) -> list[str]:
    return [s[i:i + n] for i in range(0, len(s), n)]


def card_groups(card: str) -> list[str]:
    if len(card) == 15:
        return [card[:4], card[4:10], card[10:]]
    return chunks(card, 4)


NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra",
        "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu"}
NAMEY = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward", "f": "freddie",
         "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mary", "n": "nelly",
         "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "x": "xmas",
         "y": "yellow", "z": "zebra", "q": "queen", "o": "orange", "u": "uncle", "v": "victor", "i": "ireland"}


def say_letter(c: str, spell=0.4, bare=True) -> str:
    c = c.lower()
    x = R.random()
    if x < spell / 2:
        return "%s for %s" % (c, NATO[c])
    if x < spell:
        return "%s as in %s" % (c, NAMEY.get(c, NATO[c]))
    if bare and x < spell + 0.1:
        return NATO[c]
    return c


def say_alnum(s: str, uk=True, spell=0.4) -> str:
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(say_single(s[i:j], uk) if R.random() < 0.7 or (j - i) % 2 else say_pairs(s[i:j], uk))
            i = j
        elif c == " ":
            i += 1
        else:
            if i + 1 < len(s) and s[i + 1] == c and R.random() < 0.4:
                out.append("double " + c.lower())
                i += 2
            else:
                out.append(say_letter(c, spell))
                i += 1
    return " ".join(out)


def say_year(y: int) -> str:
    if y >= 2000:
        r = y - 2000
        if r < 10:
            return R.choice(["two thousand and " + UNITS[r], "two thousand " + UNITS[r]]) if r else "two thousand"
        return R.choice(["two thousand and " + say_pair(str(r)), "twenty " + say_pair(str(r))])
    hi, lo = divmod(y, 100)
    return say_pair(str(hi)) + " " + (say_pair("%02d" % lo) if lo else "hundred")


def say_ordinal(d: int) -> str:
    if d <= 20:
        return ORD[d]
    t, u = divmod(d, 10)
    return TENS[t] + ("" if u == 0 else " " + ORD[u]) if u else TENS[t][:-1] + "ieth"


FILL = ["um", "uh", "erm", "er", "like", "hmm", "ah"]

# --------------------------------------------------------------------------
# normalisers (used by --check)
# --------------------------------------------------------------------------

W2D = {w: str(i) for i, w in enumerate(UNITS)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "for": "4", "to": "2", "too": "2", "ate": "8",
            "won": "1", "tree": "3", "fore": "4"})
IGNORE = set(FILL) | {"dash", "space", "slash", "plus", "and", "then", "sorry", "it's", "its"}
TEEN_D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_D = {w: i for i, w in enumerate(TENS) if w}


def tokens(text: str) -> list[str]:
    return re.findall(r"[A-Za-z']+|\d+|[@._+\-/]", text)


def norm_digits(text: str, letters=False) -> str | None:
    """spoken or typed value -> string of digits (and letters if letters=True)."""
    t = [x.lower() for x in tokens(text)]
    out = []
    i = 0
    while i < len(t):
        w = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else None
        if letters and len(w) == 1 and w.isalpha() and nxt in ("for", "as") :
            j = i + 2 if nxt == "for" else i + 3
            if nxt == "as" and (i + 2 >= len(t) or t[i + 2] != "in"):
                return None
            if j < len(t) and t[j][0] == w:
                out.append(w)
                i = j + 1
                continue
        if w.isdigit():
            out.append(w)
        elif letters and w in NATO.values():
            out.append(w[0])
        elif w in ("double", "triple"):
            if nxt is None:
                return None
            k = 2 if w == "double" else 3
            if nxt in W2D:
                out.append(W2D[nxt] * k)
            elif letters and len(nxt) == 1:
                out.append(nxt * k)
            else:
                return None
            i += 2
            continue
        elif w in TEEN_D:
            out.append(TEEN_D[w])
        elif w in TENS_D:
            if nxt in W2D and nxt not in ("oh", "o", "zero", "nought", "for", "to", "too", "ate", "won", "tree", "fore"):
                out.append(str(TENS_D[w]) + W2D[nxt])
                i += 2
                continue
            out.append(str(TENS_D[w]) + "0")
        elif w in W2D and not (letters and w == "o"):
            out.append(W2D[w])
        elif letters and len(w) == 1 and w.isalpha():
            out.append(w)
        elif w in IGNORE or w in "@._+-/":
            pass
        elif letters and w.isalnum():
            out.append(w)  # typed chunk like "QQ12"
        else:
            return None
        i += 1
    return "".join(out)


def norm_email(text: str) -> str | None:
    t = [x.lower() for x in tokens(text)]
    out = []
    i = 0
    while i < len(t):
        w = t[i]
        if len(w) == 1 and w.isalpha() and i + 2 < len(t) and t[i + 1] == "for" and t[i + 2][0] == w:
            out.append(w)
            i += 3
            continue
        if len(w) == 1 and w.isalpha() and i + 3 < len(t) and t[i + 1] == "as" and t[i + 2] == "in" and t[i + 3][0] == w:
            out.append(w)
            i += 4
            continue
        if w in ("dot", "."):
            out.append(".")
        elif w in ("at", "@"):
            out.append("@")
        elif w in ("underscore", "_"):
            out.append("_")
        elif w in ("dash", "hyphen", "-"):
            out.append("-")
        elif w in TENS_D and i + 1 < len(t) and t[i + 1] in UNITS[1:]:
            out.append(str(TENS_D[w]) + W2D[t[i + 1]])
            i += 1
        elif w in TENS_D:
            out.append(str(TENS_D[w]) + "0")
        elif w in TEEN_D:
            out.append(TEEN_D[w])
        elif w in UNITS:
            out.append(W2D[w])
        elif w in ("all", "one", "word", "lowercase", "no", "spaces"):
            pass
        else:
            out.append(w)
        i += 1
    return "".join(out)


def dob_numbers(text: str) -> set[int] | None:
    t = [x.lower() for x in re.findall(r"[A-Za-z]+|\d+", text)]
    nums = set()
    i = 0
    ordw = {w: i for i, w in enumerate(ORD) if w}
    ordw.update({"thirtieth": 30, "twentieth": 20})
    TV = {w: 10 * i for w, i in TENS_D.items()}
    while i < len(t):
        w = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else None
        if w.isdigit():
            nums.add(int(w))
        elif w in MONTHS or w in [m[:3] for m in MONTHS] or w == "sept":
            nums.add([m[:3] for m in MONTHS].index(w[:3]) + 1 + 100)  # month marker
        elif w == "two" and nxt == "thousand":
            j = i + 2
            if j < len(t) and t[j] == "and":
                j += 1
            if j < len(t) and t[j] in W2D:
                nums.add(2000 + int(W2D[t[j]]))
                i = j + 1
                continue
            if j < len(t) and t[j] in TEEN_D:
                nums.add(2000 + int(TEEN_D[t[j]]))
                i = j + 1
                continue
            nums.add(2000)
            i = j
            continue
        elif w in TEEN_D or w in TENS_D:
            # maybe a year: nineteen eighty two / twenty oh four
            v = int(TEEN_D[w]) if w in TEEN_D else TV[w]
            if w in TENS_D and nxt in ordw and ordw[nxt] < 10:
                nums.add(v + ordw[nxt])
                i += 2
                continue
            if w in TENS_D and nxt in UNITS[1:]:
                nums.add(v + int(W2D[nxt]))
                i += 2
                continue
            if v in (19, 20) and (nxt in TEEN_D or nxt in TENS_D or nxt in ("oh", "o", "hundred")):
                j = i + 1
                if nxt in ("oh", "o"):
                    lo = int(W2D[t[j + 1]]) if j + 1 < len(t) and t[j + 1] in W2D else None
                    if lo is None:
                        return None
                    j += 2
                elif nxt == "hundred":
                    lo = 0
                    j += 1
                elif nxt in TEEN_D:
                    lo = int(TEEN_D[nxt])
                    j += 1
                else:
                    lo = TV[nxt]
                    if j + 1 < len(t) and t[j + 1] in UNITS[1:]:
                        lo += int(W2D[t[j + 1]])
                        j += 1
                    j += 1
                nums.add(v * 100 + lo)
                i = j
                continue
            nums.add(v)
        elif w in ordw:
            nums.add(ordw[w])
        elif w in W2D and w not in ("o", "for", "to", "too"):
            nums.add(int(W2D[w]))
        i += 1
    return nums

# --------------------------------------------------------------------------
# case building
# --------------------------------------------------------------------------


class Ent:
    def __init__(self, typ, canon, mode=None):
        self.typ, self.canon, self.mode = typ, canon, mode or typ
        self.pieces = []  # (case-local turn index, start, end)
        self.rep_pieces = []  # repeated / queried pieces (validated as sub-strings)


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []
        self.spans = []
        self.ents = []

    def turn(self, speaker, *segs):
        text = ""
        idx = len(self.turns)
        flat = []
        for s in segs:
            if isinstance(s, list):
                flat.extend(s)
            else:
                flat.append(s)
        for s in flat:
            if isinstance(s, str):
                text += s
            else:
                val, ent = s[0], s[1]
                if ent not in self.ents:
                    self.ents.append(ent)
                # punctuation at the edges of a typed value stays outside the span
                m = re.match(r"^([^A-Za-z0-9]*)(.*?)([^A-Za-z0-9]*)$", val, re.S)
                text += m.group(1)
                st = len(text)
                text += m.group(2)
                self.spans.append({"turn": idx, "start": st, "end": len(text), "type": ent.typ})
                (ent.rep_pieces if len(s) > 2 else ent.pieces).append((idx, st, len(text)))
                text += m.group(3)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.turn("agent", *segs)

    def c(self, *segs):
        return self.turn("customer", *segs)


def bc():
    return R.choice(["mhm", "okay", "yep", "okay go on", "uh huh", "right", "yeah", "got it", "mm hm",
                     "okay and", "go ahead", "yes", "sure"])


def fill(p=0.35):
    return R.choice(FILL) + " " if R.random() < p else ""


def insert_fillers(words: str, p=0.15) -> str:
    ws = words.split(" ")
    out = [ws[0]]
    for w in ws[1:]:
        if R.random() < p and out[-1] not in ("double", "triple", "for", "as", "in", "plus") and out[-1] not in TENS_D and w not in ("for", "as", "in"):
            out.append(R.choice(["um", "uh", "erm"]))
        out.append(w)
    return " ".join(out)


def split_words(words: str, n: int) -> list[str]:
    """split a spoken reading into n non-empty pieces without separating 'double x' or 'x for y'."""
    ws = words.split(" ")
    units = []
    i = 0
    while i < len(ws):
        if ws[i] == "plus" and i + 2 < len(ws):
            units.append(" ".join(ws[i:i + 3])); i += 3
        elif ws[i] in ("double", "triple") and i + 1 < len(ws):
            units.append(ws[i] + " " + ws[i + 1]); i += 2
        elif i + 2 < len(ws) and ws[i + 1] == "for" and len(ws[i]) == 1:
            units.append(" ".join(ws[i:i + 3])); i += 3
        elif i + 3 < len(ws) and ws[i + 1] == "as" and ws[i + 2] == "in":
            units.append(" ".join(ws[i:i + 4])); i += 4
        elif ws[i] in TENS_D and i + 1 < len(ws) and ws[i + 1] in UNITS[1:]:
            units.append(ws[i] + " " + ws[i + 1]); i += 2
        else:
            units.append(ws[i]); i += 1
    n = max(1, min(n, len(units)))
    cuts = sorted(R.sample(range(1, len(units)), n - 1)) if n > 1 else []
    out, prev = [], 0
    for c in cuts + [len(units)]:
        out.append(" ".join(units[prev:c]))
        prev = c
    return out


def strip_fill(s: str) -> tuple[str, str, str]:
    """split leading/trailing filler words off a piece so spans start/end on value words."""
    ws = s.split(" ")
    lead, trail = [], []
    while ws and ws[0] in FILL:
        lead.append(ws.pop(0))
    while ws and ws[-1] in FILL:
        trail.insert(0, ws.pop())
    return (" ".join(lead) + " " if lead else ""), " ".join(ws), (" " + " ".join(trail) if trail else "")


def spread(case: Case, ent: Ent, words: str, n: int, lead=None, agent_interrupt=True):
    """customer reads `words` over n turns with agent back-channels between."""
    parts = split_words(words, n)
    for k, p in enumerate(parts):
        pre = (lead + " ") if (k == 0 and lead) else (fill(0.25) if k else "")
        post = R.choice(["", "", "", " um", " uh", "..", " yeah", " hang on", " sorry the dog's going mad",
                         " wait let me get my glasses", " hold on it's rubbed off a bit"]) if k < len(parts) - 1 else ""
        lf, p, tf = strip_fill(p)
        if not p:
            p = lf.strip() or tf.strip()
            lf = tf = ""
            case.c(pre, p, post)
            continue
        case.c(pre, lf, (p, ent), tf, post)
        if k < len(parts) - 1:
            if agent_interrupt and R.random() < 0.15:
                case.a(R.choice(["sorry was that", "hang on sorry", "wait sorry say that again",
                                 "sorry you cut out there"]))
                case.c("yeah ", (p, ent, "rep"))
            case.a(bc())


# typed helpers --------------------------------------------------------------

def typo(s: str) -> str:
    return s


def type_card(card: str) -> str:
    g = card_groups(card)
    x = R.random()
    if x < 0.3:
        return " ".join(g)
    if x < 0.5:
        return "-".join(g)
    if x < 0.65:
        return card
    if x < 0.8:
        return ".".join(g)
    return "  ".join(g) if R.random() < 0.5 else " - ".join(g)


def type_phone(country: str, d: str) -> str:
    x = R.random()
    if country == "UK":
        if x < 0.3:
            return d[:5] + " " + d[5:]
        if x < 0.55:
            return "+44 " + d[1:5] + " " + d[5:]
        if x < 0.7:
            return "+44(0)" + d[1:]
        if x < 0.85:
            return d
        return d[:4] + "-" + d[4:7] + "-" + d[7:]
    if country == "US":
        if x < 0.3:
            return "(%s) %s-%s" % (d[:3], d[3:6], d[6:])
        if x < 0.5:
            return "%s-%s-%s" % (d[:3], d[3:6], d[6:])
        if x < 0.7:
            return "+1 %s %s %s" % (d[:3], d[3:6], d[6:])
        if x < 0.85:
            return "%s.%s.%s" % (d[:3], d[3:6], d[6:])
        return d
    if country == "FR":
        return " ".join(chunks(d, 2)) if x < 0.5 else "+33 " + d[1] + " " + " ".join(chunks(d[2:], 2))
    if x < 0.5:
        return "%s %s %s" % (d[:3], d[3:6], d[6:])
    return "+353 %s %s %s" % (d[1:3], d[3:6], d[6:])


def phone_canon(country, d):
    return d


def say_phone(country: str, d: str) -> str:
    uk = country != "US"
    x = R.random()
    if country == "UK" and x < 0.25:
        return "plus four four " + say_single(d[1:5], uk) + " " + say_num(d[5:], uk)
    if country == "IE" and x < 0.25:
        return "plus three five three " + say_single(d[1:3], uk) + " " + say_num(d[3:], uk)
    if country == "FR":
        return (R.choice(["plus three three ", "double oh three three "]) + UNITS[int(d[1])] if x < 0.5 else dw("0") + " " + UNITS[int(d[1])]) + " " + say_pairs(d[2:])
    if country == "US" and x < 0.2:
        return "one " + say_single(d[:3]) + " " + say_single(d[3:6]) + " " + say_pairs(d[6:])
    if country == "US":
        return say_single(d[:3]) + " " + say_single(d[3:6]) + " " + say_num(d[6:])
    return say_single(d[:5], uk) + " " + say_num(d[5:], uk)


def phone_digits_from(country: str, d: str, text: str) -> bool:
    n = norm_digits(text)
    if n is None:
        return False
    if country == "UK":
        return n == d or n == "44" + d[1:] or n == "440" + d[1:]
    if country == "IE":
        return n == d or n == "353" + d[1:]
    if country == "FR":
        return n == d or n == "33" + d[1:] or n == "0033" + d[1:]
    return n == d or n == "1" + d


def type_ni(ni: str) -> str:
    x = R.random()
    if x < 0.3:
        return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if x < 0.5:
        return ni
    if x < 0.65:
        return ni.lower()
    if x < 0.8:
        return "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    return "%s %s %s" % (ni[:2], ni[2:8], ni[8])


def say_ni(ni: str) -> str:
    return say_alnum(ni[:2], spell=0.5) + " " + say_num(ni[2:8], True) + " " + say_letter(ni[8], 0.5)


def type_ssn(s: str) -> str:
    x = R.random()
    if x < 0.5:
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    if x < 0.7:
        return "%s %s %s" % (s[:3], s[3:5], s[5:])
    if x < 0.85:
        return s
    return "%s.%s.%s" % (s[:3], s[3:5], s[5:])


def say_ssn(s: str) -> str:
    x = R.random()
    if x < 0.5:
        return say_single(s[:3]) + " " + say_single(s[3:5]) + " " + say_single(s[5:])
    if x < 0.8:
        return say_single(s[:3]) + " " + say_pair(s[3:5]) + " " + say_pairs(s[5:])
    return say_num(s)


def type_sort(s: str) -> str:
    return R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (s[:2], s[2:4], s[4:])


def say_sort(s: str) -> str:
    return say_pairs(s, True) if R.random() < 0.5 else say_single(s, True)


def type_iban(ib: str) -> str:
    x = R.random()
    if x < 0.5:
        return " ".join(chunks(ib, 4))
    if x < 0.8:
        return ib
    return " ".join(chunks(ib.lower(), 4))


def type_expiry(m: int, y: int) -> str:
    return R.choice(["%02d/%02d", "%02d/%02d", "%d/%02d", "%02d-%02d", "%02d / %02d"]) % (m, y) \
        if R.random() < 0.85 else "%02d/20%02d" % (m, y)


def say_expiry(m: int, y: int) -> str:
    x = R.random()
    if x < 0.35:
        return say_pair("%02d" % m) + " " + say_pair("%02d" % y)
    if x < 0.6:
        return MONTHS[m - 1] + " " + R.choice(["twenty ", "two thousand and "]) + say_pair("%02d" % y)
    if x < 0.8:
        return say_single("%02d" % m) + " " + say_single("%02d" % y)
    return (UNITS[m] if m < 10 else TEENS[m - 10]) + " slash " + say_pair("%02d" % y)


def type_dob(d: int, m: int, y: int, us=False) -> str:
    x = R.random()
    if x < 0.35:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if x < 0.5:
        return "%d-%02d-%02d" % (y, m, d)
    if x < 0.7:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if x < 0.85:
        return "%s %d%s, %d" % (MONTHS[m - 1].capitalize(), d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), y)
    return ("%d.%d.%d" % (d, m, y))


def say_dob(d: int, m: int, y: int) -> str:
    x = R.random()
    if x < 0.4:
        return "the " + say_ordinal(d) + " of " + MONTHS[m - 1] + " " + say_year(y)
    if x < 0.65:
        return MONTHS[m - 1] + " " + say_ordinal(d) + " " + say_year(y)
    if x < 0.85:
        return say_ordinal(d) + " " + MONTHS[m - 1] + " " + say_year(y)
    # numeric: oh three oh four nineteen eighty two style (day month year)
    if d in (19, 20):
        return say_ordinal(d) + " of " + MONTHS[m - 1] + " " + say_year(y)
    return say_pair("%02d" % d) + " " + say_pair("%02d" % m) + " " + say_year(y)


def say_house(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 100:
        return say_pair(str(n))
    if n < 1000:
        return R.choice([UNITS[n // 100] + " " + (say_pair("%02d" % (n % 100)) if n % 100 else "double oh"),
                         say_single(str(n))])
    return say_pair(str(n)[:2]) + " " + say_pair(str(n)[2:])


def type_address(n, st, suf) -> str:
    sfx = suf.capitalize()
    if suf in SUFFIX_ABBR and R.random() < 0.4:
        sfx = SUFFIX_ABBR[suf] + R.choice(["", "."])
        if sfx.endswith("."):
            sfx = sfx[:-1]
    s = "%d %s %s" % (n, st.capitalize(), sfx)
    return s.lower() if R.random() < 0.25 else s


def say_address(n, st, suf) -> str:
    return say_house(n) + " " + st + " " + suf


def say_postcode(pc: str) -> str:
    if pc[0].isdigit():
        z = pc.replace("-", "")
        return say_single(z) if len(z) == 5 else say_single(z[:5]) + " dash " + say_single(z[5:])
    out, inw = pc.split(" ")
    return say_alnum(out, spell=0.3) + " " + say_alnum(inw, spell=0.3)


def type_postcode(pc: str) -> str:
    if pc[0].isdigit():
        return pc
    x = R.random()
    if x < 0.6:
        return pc
    if x < 0.8:
        return pc.lower()
    return pc.replace(" ", "")


def say_email(parts) -> str:
    out = []
    for k, v in parts:
        if k == "w":
            out.append(v if R.random() < 0.75 or len(v) > 8 else " ".join(v))
        elif k == "l":
            out.append(say_letter(v, 0.3, bare=False))
        elif k == "n":
            out.append(say_single(v) if R.random() < 0.5 or len(v) == 1 else say_pair(v))
        else:
            out.append({"@": "at", ".": "dot", "_": "underscore"}[v])
    return " ".join(out)


def say_iban(ib: str) -> str:
    return say_alnum(ib[:2], spell=0.5) + " " + " ".join(say_alnum(g, spell=0.25) for g in chunks(ib[2:], 4))

# --------------------------------------------------------------------------
# validation of a reconstructed value
# --------------------------------------------------------------------------

UK_PC = re.compile(r"[a-z]{1,2}\d[a-z\d]?\d[abd-hjlnp-uw-z]{2}")


def expiry_norm(text: str) -> str | None:
    t = text.lower()
    for i, m in enumerate(MONTHS):
        t = re.sub(r"\b%s\b" % m, " %02d " % (i + 1), t)
        t = re.sub(r"\b%s\b" % m[:3], " %02d " % (i + 1), t)
    t = t.replace("two thousand and", " 20 ")
    return norm_digits(t)


def rep_candidates(ent: Ent) -> list[str]:
    c = ent.canon
    if ent.mode == "PHONE":
        country, d = c
        return [d, {"UK": "44", "IE": "353", "US": "1", "FR": "0033"}[country] + d.lstrip("0") if country != "US" else "1" + d,
                "440" + d[1:]]
    if ent.mode == "POSTCODE":
        return [c.replace(" ", "").replace("-", "").lower()]
    if isinstance(c, str):
        return [c.lower()]
    return []


def validate_rep(ent: Ent, text: str, main_texts: list[str]) -> str | None:
    if ent.mode == "ADDRESS":
        return None if text in " ".join(main_texts) else "address repeat %r" % text
    n = norm_digits(text, letters=True)
    if not n:
        return "repeat %r does not normalise" % text
    n = n.lower().replace("o", "0")
    for cand in rep_candidates(ent):
        if n in cand.replace("o", "0"):
            return None
    return "repeat %r (%r) not part of value" % (text, n)


def validate(ent: Ent, texts: list[str]) -> str | None:
    """returns an error message or None"""
    joined = " ".join(texts)
    T, c = ent.mode, ent.canon
    if T == "NEAR":
        n = norm_digits(joined)
        ref = c if isinstance(c, str) else c[1]
        ok = n is not None and len(n) == len(ref) and 0 < sum(a != b for a, b in zip(n, ref)) <= 2
        return None if ok else "near-value %r vs %r" % (n, ref)
    if T == "FRAGMENT":
        n = norm_digits(joined, letters=True)
        return None if n and c.lower().replace("o", "0").startswith(n.replace("o", "0")) or (n and n.replace("o", "0") in c.lower().replace("o", "0")) else "fragment %r vs %r" % (n, c)
    if T == "CARD_NUMBER":
        if not (13 <= len(c) <= 19 and luhn_ok(c)):
            return "bad card canon"
        return None if norm_digits(joined) == c else "card %r" % norm_digits(joined)
    if T == "CVV":
        return None if len(c) in (3, 4) and norm_digits(joined) == c else "cvv %r" % norm_digits(joined)
    if T == "EXPIRY":
        m, y = c
        n = expiry_norm(joined)
        ok = n in ("%02d%02d" % (m, y), "%d%02d" % (m, y), "%02d20%02d" % (m, y)) and 1 <= m <= 12
        return None if ok else "expiry %r" % n
    if T == "SSN":
        n = norm_digits(joined)
        return None if n == c and len(c) == 9 and c[:3] not in ("000", "666") else "ssn %r" % n
    if T == "NI_NUMBER":
        n = norm_digits(joined, letters=True)
        if n is None:
            return "ni none"
        n = n.upper()
        n = n[:2].replace("0", "O") + n[2:8].replace("O", "0") + n[8:]
        return None if n == c and ni_ok(c) else "ni %r" % n
    if T in ("BANK_ACCOUNT", "SORT_CODE"):
        n = norm_digits(joined)
        want = 6 if T == "SORT_CODE" else None
        if n != c:
            return "%s %r vs %r" % (T, n, c)
        if want and len(n) != 6:
            return "sort len"
        if not want and not 6 <= len(n) <= 12:
            return "acct len"
        return None
    if T == "IBAN":
        n = norm_digits(joined, letters=True)
        if n is None:
            return "iban none"
        n = n.upper()
        cc = c.upper()
        if not iban_ok(cc):
            return "iban canon invalid"
        if n.replace("O", "0") != cc.replace("O", "0"):
            return "iban %r" % n
        return None
    if T == "PHONE":
        country, d = c
        if not 10 <= len(d) <= 11:
            return "phone len"
        return None if phone_digits_from(country, d, joined) else "phone %r" % norm_digits(joined)
    if T == "EMAIL":
        n = norm_email(joined)
        ok = n == c and re.fullmatch(r"[a-z0-9._]+@[a-z0-9]+(\.[a-z]+)+", c)
        return None if ok else "email %r vs %r" % (n, c)
    if T == "DOB":
        d, m, y = c
        nums = dob_numbers(joined)
        if nums is None:
            return "dob none"
        ok = d in nums and (m in nums or m + 100 in nums) and y in nums
        return None if ok else "dob %r %r" % (sorted(nums), c)
    if T == "POSTCODE":
        n = norm_digits(joined, letters=True)
        if n is None:
            return "pc none"
        if c[0].isdigit():
            n = n.lower().replace("o", "0")
            return None if n == c.replace("-", "") and len(n) in (5, 9) else "zip %r" % n
        n2 = n.lower()
        cc = c.lower().replace(" ", "")
        ok = n2.replace("o", "0") == cc.replace("o", "0") and UK_PC.fullmatch(cc)
        return None if ok else "pc %r" % n2
    if T == "ADDRESS":
        n, st, suf = c
        ws = joined.lower().replace(".", "").replace(",", "").split()
        sfx_ok = ws[-1] in SUFFIX or ws[-1] in [v.lower() for v in SUFFIX_ABBR.values()]
        num = norm_digits(" ".join(ws[:-2]))
        return None if sfx_ok and num == str(n) and ws[-2] == st else "addr %r" % joined
    return "unknown type " + T

# --------------------------------------------------------------------------
# positive templates: phone calls (ASR style)
# --------------------------------------------------------------------------

GREET = ["thanks for holding", "okay thanks for bearing with me", "right lovely", "perfect thank you",
         "okay no problem", "alright"]


def noise_amount():
    return R.choice(["forty two pounds fifty", "a hundred and twelve dollars", "nineteen ninety nine",
                     "three hundred euro", "sixty four pounds", "twelve fifty a month", "two eighty nine"])


def call_card_spread():
    ind = R.choice(["telecom", "utilities", "retail", "insurance", "travel", "healthcare billing"])
    card = gen_card()
    uk = R.random() < 0.5
    e = Ent("CARD_NUMBER", card)
    c = Case("positive", "")
    c.a(R.choice(GREET) + " so the payment today is " + noise_amount() + " can i take the long number on the card")
    words = " ".join(say_num(g, uk) if R.random() < 0.3 else say_single(g, uk) for g in card_groups(card))
    words = insert_fillers(words, 0.08)
    n = R.randint(4, 6)
    spread(c, e, words, n, lead=R.choice(["yeah it's", "okay so", "right", "um yeah", "it's", "uh"]))
    extra = []
    if R.random() < 0.6:
        m, y = gen_expiry()
        ex = Ent("EXPIRY", (m, y))
        c.a(R.choice(["lovely and the expiry", "and when does it expire", "expiry date please", "and the expiry on that"]))
        c.c(fill(), (say_expiry(m, y), ex), R.choice(["", " i think", " yeah"]))
        extra.append("expiry")
    if R.random() < 0.6:
        cv = gen_cvv(card)
        ce = Ent("CVV", cv)
        c.a(R.choice(["and the three digits on the back", "last thing the security code on the back",
                      "and the cvv please", "and the c v v that's the three numbers on the signature strip"]))
        c.c(R.choice(["", "it's ", "um ", "that's "]), (say_single(cv, uk), ce))
        extra.append("cvv")
    c.note = "call/%s: card read over %d customer turns with back-channels/fillers%s" % (ind, n, (" + " + " + ".join(extra)) if extra else "")
    return c


def call_card_correction():
    ind = R.choice(["banking", "telecom", "retail", "travel"])
    card = gen_card()
    uk = R.random() < 0.5
    e = Ent("CARD_NUMBER", card)
    g = card_groups(card)
    c = Case("positive", "")
    c.a("okay whenever you're ready with the card number")
    k = R.randrange(1, len(g))
    first = " ".join(say_single(x, uk) for x in g[:k])
    wrong = list(g[k])
    wrong[-1] = str((int(wrong[-1]) + R.randint(1, 8)) % 10)
    wrong = "".join(wrong)
    fe = Ent("CARD_NUMBER", wrong, "FRAGMENT")
    c.c(fill(), (first, e))
    c.a(bc())
    c.c((say_single(wrong, uk), fe), R.choice([" no sorry ", " no no wait ", " hang on that's wrong ", " sorry scratch that "]),
        (say_single(g[k], uk), e))
    c.a(R.choice(["okay so " + say_single(g[k], uk) + " yeah", "no problem", "okay got that"]) if False else R.choice(["no problem", "okay got that", "no worries carry on"]))
    rest = " ".join(say_single(x, uk) for x in g[k + 1:])
    if rest:
        spread(c, e, rest, max(1, len(g) - k - 1), lead=None)
    c.note = "call/%s: card reading with a self-corrected group (wrong group labelled too)" % ind
    return c


def call_card_readback():
    ind = R.choice(["insurance", "utilities", "retail", "government services"])
    card = gen_card()
    uk = R.random() < 0.5
    e1 = Ent("CARD_NUMBER", card)
    e2 = Ent("CARD_NUMBER", card)
    c = Case("positive", "")
    c.a("and can you give me the sixteen digits on the front")
    words = " ".join(say_single(g, uk) for g in card_groups(card))
    spread(c, e1, words, R.randint(4, 5), lead=R.choice(["yep", "okay", "mm"]))
    rb = " ".join(say_pairs(g, uk) if R.random() < 0.3 else say_single(g, uk, rep=0.8) for g in card_groups(card))
    c.a("okay let me just read that back to you ", (rb, e2), R.choice([" is that right", " correct", " yeah"]))
    c.c(R.choice(["yes that's it", "yep spot on", "that's right yeah"]))
    c.note = "call/%s: card read over turns then agent reads it back in full (both labelled)" % ind
    return c


def call_ssn():
    ind = R.choice(["banking", "healthcare billing", "insurance", "government services", "telecom"])
    s = gen_ssn()
    e = Ent("SSN", s)
    c = Case("positive", "")
    c.a(R.choice(["for verification can i get your social", "i'll need the social security number on the account",
                  "can you verify the last... actually the full social please", "what's your social security number"]))
    words = insert_fillers(say_ssn(s), 0.1)
    n = R.randint(1, 5)
    if n == 1:
        c.c(R.choice(["sure it's ", "yeah ", "um okay ", ""]), (words, e), R.choice(["", " and my zip changed recently"]))
    else:
        spread(c, e, words, n, lead=R.choice(["okay", "sure", "uh it's", "yeah so"]))
    extra = ""
    if R.random() < 0.5:
        d, m, y = gen_dob()
        de = Ent("DOB", (d, m, y))
        c.a("and your date of birth")
        c.c(fill(), (say_dob(d, m, y), de))
        extra += " + dob"
    if R.random() < 0.4:
        z = gen_postcode("US")
        ze = Ent("POSTCODE", z)
        c.a("and the zip code on file")
        c.c(R.choice(["it's ", "", "um "]), (say_postcode(z), ze))
        extra += " + zip"
    if R.random() < 0.3:
        e2 = Ent("SSN", s)
        c.a("okay i have ", (say_single(s), e2), " is that correct")
        c.c("yes")
        extra += " + agent readback"
    c.note = "call/%s: US social security number spoken over %d turn(s)%s" % (ind, n, extra)
    return c


def call_ssn_correction():
    s = gen_ssn()
    e = Ent("SSN", s)
    c = Case("positive", "")
    c.a("can i have your social security number please")
    wrong = s[:3] + s[3] + str((int(s[4]) + 3) % 10)
    fe = Ent("SSN", wrong, "FRAGMENT")
    c.c("yeah ", (say_single(s[:3]), e))
    c.a(bc())
    c.c((say_single(wrong[3:]), fe), " oh wait no ", (say_single(s[3:5]), e))
    c.a("okay " + R.choice(["so far so good", "mhm", "go on"]))
    c.c((say_single(s[5:7]), e), " um")
    c.a(bc())
    c.c((say_single(s[7:]), e))
    c.note = "call/%s: social read in pieces with a corrected middle group (wrong piece labelled)" % R.choice(["banking", "insurance", "healthcare billing"])
    return c


def call_ni():
    ind = R.choice(["government services", "banking", "insurance", "utilities", "healthcare billing"])
    ni = gen_ni()
    e = Ent("NI_NUMBER", ni)
    c = Case("positive", "")
    c.a(R.choice(["can i take your national insurance number", "and your n i number please",
                  "what's your national insurance number"]))
    words = insert_fillers(say_ni(ni), 0.08)
    n = R.randint(1, 5)
    if n == 1:
        c.c(R.choice(["yeah it's ", "", "okay it's ", "uh "]), (words, e))
    else:
        spread(c, e, words, n, lead=R.choice(["right", "yeah", "okay it's", "it's"]))
    extra = ""
    if R.random() < 0.35:
        e2 = Ent("NI_NUMBER", ni)
        c.a("so that's ", (say_alnum(ni, spell=0.2), e2), " yeah")
        c.c("yep")
        extra = " + agent readback"
    if R.random() < 0.4:
        pc = gen_postcode("UK")
        pe = Ent("POSTCODE", pc)
        c.a("and the postcode")
        c.c(fill(), (say_postcode(pc), pe))
        extra += " + postcode"
    c.note = "call/%s: UK NI number spoken letter by letter / NATO over %d turn(s)%s" % (ind, n, extra)
    return c


def call_ni_homophone():
    ni = gen_ni()
    e = Ent("NI_NUMBER", ni)
    c = Case("positive", "")
    c.a("and your national insurance number")
    c.c("okay ", (say_letter(ni[0], 1.0) + " " + say_letter(ni[1], 1.0), e))
    c.a("sorry was that ", (ni[1].lower() + " for " + NATO[ni[1].lower()], e, "rep"))
    c.c("yeah yeah ", (ni[1].lower(), e, "rep"), " then ", (say_pairs(ni[2:8], True), e))
    c.a("mhm and the letter at the end")
    c.c((say_letter(ni[8], 0.9), e))
    c.note = "call/%s: NI number letters spelled with words, agent queries a letter, digits in pairs" % R.choice(["government services", "banking"])
    return c


def call_bank():
    ind = R.choice(["banking", "utilities", "insurance", "telecom"])
    sc, acct = gen_sort(), gen_account("UK")
    se, ae = Ent("SORT_CODE", sc), Ent("BANK_ACCOUNT", acct)
    c = Case("positive", "")
    c.a("for the direct debit i'll need the sort code and account number")
    mode = R.randrange(3)
    if mode == 0:
        c.c("sort code is ", (say_sort(sc), se), " and the account number is ", (insert_fillers(say_num(acct, True), 0.1), ae))
    elif mode == 1:
        c.c(fill(), "sort code ", (say_sort(sc), se))
        c.a(bc())
        spread(c, ae, say_num(acct, True), R.randint(3, 4), lead="account number")
    else:
        spread(c, se, say_single(sc, True), 2, lead="okay sort code")
        c.a("and the account")
        spread(c, ae, say_single(acct, True), R.randint(2, 4), lead=R.choice(["it's", "yeah", "um"]))
    if R.random() < 0.4:
        e2 = Ent("BANK_ACCOUNT", acct)
        c.a("just to confirm account ", (say_single(acct, True, rep=0.9), e2))
        c.c("that's right")
    c.a("and the first payment of " + noise_amount() + " will go out on the " + R.choice(["first", "fifteenth", "twenty eighth"]))
    c.note = "call/%s: UK sort code and account number (layout %d), payment date/amount nearby" % (ind, mode)
    return c


def call_us_account():
    acct = gen_account("US")
    e = Ent("BANK_ACCOUNT", acct)
    c = Case("positive", "")
    c.a("what's the checking account number you want the refund to go to")
    spread(c, e, insert_fillers(say_num(acct), 0.1), R.randint(3, 5), lead=R.choice(["okay", "it's", "sure"]))
    c.a("thanks the refund of " + noise_amount() + " takes three to five business days")
    c.note = "call/%s: US checking account number spread over turns, refund amount/duration unlabelled" % R.choice(["retail", "healthcare billing", "travel"])
    return c


def call_iban():
    ib = gen_iban()
    e = Ent("IBAN", ib)
    c = Case("positive", "")
    c.a("could you read me the i ban please")
    words = say_iban(ib)
    spread(c, e, words, R.randint(4, 7), lead=R.choice(["yeah so it's", "okay", "right it starts"]))
    c.note = "call/%s: %s IBAN spoken in groups over many turns" % (R.choice(["banking", "travel", "insurance", "utilities"]), ib[:2])
    return c


def call_phone():
    ind = R.choice(["telecom", "utilities", "retail", "healthcare billing", "travel", "insurance"])
    country, d = gen_phone()
    e = Ent("PHONE", (country, d))
    c = Case("positive", "")
    c.a(R.choice(["what's the best number to reach you on", "can i take a contact number", "and a mobile number for the text updates"]))
    words = insert_fillers(say_phone(country, d), 0.08)
    n = R.choice([1, 1, 2, 3, 4])
    if n == 1:
        c.c(R.choice(["yeah it's ", "", "my mobile is ", "best one is ", "um "]), (words, e), R.choice(["", " any time after five", " that's my mobile"]))
    else:
        spread(c, e, words, n, lead=R.choice(["it's", "okay", "yeah"]))
    extra = ""
    if R.random() < 0.4:
        e2 = Ent("PHONE", (country, d))
        c.a("lovely that's ", (say_single(d, country != "US"), e2))
        c.c(R.choice(["yep", "correct", "that's it"]))
        extra = " + agent readback"
    c.note = "call/%s: %s phone number spoken over %d turn(s)%s" % (ind, country, n, extra)
    return c


def call_phone_restart():
    country, d = gen_phone(R.choice(["UK", "IE"]))
    e = Ent("PHONE", (country, d))
    c = Case("positive", "")
    c.a("and a phone number")
    k = R.randint(3, 5)
    fe = Ent("PHONE", d[:k], "FRAGMENT")
    c.c((say_single(d[:k], True), fe), R.choice([" sorry no that's my old one hang on ", " no wait that's the house phone um "]),
        (say_phone(country, d), e))
    c.a("okay")
    c.note = "call/%s: caller starts an old number, abandons it, then gives the right one (fragment labelled)" % R.choice(["telecom", "utilities"])
    return c


def call_email():
    ind = R.choice(["retail", "telecom", "travel", "utilities", "insurance", "banking"])
    em, parts = gen_email()
    e = Ent("EMAIL", em)
    c = Case("positive", "")
    c.a("and what email address should the confirmation go to")
    words = say_email(parts)
    if R.random() < 0.5:
        c.c(R.choice(["it's ", "yeah it's ", "", "um "]), (words, e), R.choice(["", " all lower case", " all one word"]))
    else:
        ws = words.split(" at ")
        c.c(R.choice(["okay ", "yeah "]), (ws[0], e))
        c.a(R.choice(["mhm", "at", "okay and the domain"]))
        c.c("at ", (ws[1], e)) if False else c.c((" at ".join(["", ws[1]])[1:], e))
    if R.random() < 0.3:
        e2 = Ent("EMAIL", em)
        c.a("so that's ", (say_email(parts), e2))
        c.c("yes")
    c.note = "call/%s: e-mail address spoken with 'at'/'dot'/letters" % ind
    return c


def call_address():
    ind = R.choice(["utilities", "retail", "insurance", "government services", "telecom", "healthcare billing"])
    us = R.random() < 0.4
    n, st, suf = gen_address()
    ae = Ent("ADDRESS", (n, st, suf))
    pc = gen_postcode("US" if us else "UK")
    pe = Ent("POSTCODE", pc)
    c = Case("positive", "")
    c.a("can you confirm the first line of the address")
    mode = R.randrange(3)
    if mode == 0:
        c.c(R.choice(["yeah it's ", "", "um it's ", "okay "]), (say_address(n, st, suf), ae), " and the " + ("zip is " if us else "postcode's "), (say_postcode(pc), pe))
    elif mode == 1:
        c.c(fill(), (say_address(n, st, suf), ae))
        c.a("and the " + ("zip code" if us else "postcode"))
        words = say_postcode(pc)
        spread(c, pe, words, R.randint(2, 3), lead=R.choice(["it's", "okay", "yeah"]))
    else:
        c.c("it's ", (say_house(n), ae), R.choice([" um ", " uh "]), (st + " " + suf, ae))
        c.a("sorry " + st + " what")
        c.c((st + " " + suf, ae, "rep"), " yeah we moved in " + R.choice(["about three years ago", "in twenty nineteen", "last march"]))
        c.a("and the " + ("zip" if us else "postcode"))
        c.c((say_postcode(pc), pe))
    c.note = "call/%s: street address and %s (layout %d)" % (ind, "ZIP" if us else "UK postcode", mode)
    return c


def call_dob_phone_one_turn():
    d, m, y = gen_dob()
    de = Ent("DOB", (d, m, y))
    country, ph = gen_phone()
    pe = Ent("PHONE", (country, ph))
    c = Case("positive", "")
    c.a("can i take your date of birth and a contact number")
    c.c(R.choice(["yeah ", "sure ", ""]), (say_dob(d, m, y), de), R.choice([" and the number is ", " um and my mobile's ", " and you can call me on "]), (say_phone(country, ph), pe))
    c.note = "call/%s: date of birth and phone number in the same customer turn" % R.choice(["healthcare billing", "insurance", "banking"])
    return c


def call_verification_chain():
    uk = R.random() < 0.6
    c = Case("positive", "")
    d, m, y = gen_dob()
    de = Ent("DOB", (d, m, y))
    c.a("before i can discuss the account i need to ask a few security questions first your date of birth")
    c.c(fill(), (say_dob(d, m, y), de))
    c.a("thank you")
    if uk:
        ni = gen_ni()
        ne = Ent("NI_NUMBER", ni)
        c.a("and your national insurance number")
        spread(c, ne, say_ni(ni), R.randint(3, 5), lead="it's")
        pc = gen_postcode("UK")
    else:
        s = gen_ssn()
        ne = Ent("SSN", s)
        c.a("and the last... sorry the full social")
        spread(c, ne, say_ssn(s), R.randint(3, 5), lead="it's")
        pc = gen_postcode("US")
    pe = Ent("POSTCODE", pc)
    c.a("and finally the " + ("postcode" if uk else "zip code"))
    c.c(fill(), (say_postcode(pc), pe), R.choice(["", " and i've been waiting forty minutes by the way"]))
    c.note = "call/%s: security questions chain: dob, %s, %s" % ("banking" if uk else "insurance", "NI number" if uk else "SSN", "postcode" if uk else "ZIP")
    return c


def call_card_two_values():
    card = gen_card()
    uk = R.random() < 0.5
    e = Ent("CARD_NUMBER", card)
    m, y = gen_expiry()
    xe = Ent("EXPIRY", (m, y))
    cv = gen_cvv(card)
    ve = Ent("CVV", cv)
    g = card_groups(card)
    c = Case("positive", "")
    c.a("okay card number expiry and security code when you're ready")
    c.c((" ".join(say_single(x, uk) for x in g[:2]), e))
    c.a(bc())
    c.c((" ".join(say_single(x, uk) for x in g[2:]), e), R.choice([" expiry ", " and it expires ", " ex date "]),
        (say_expiry(m, y), xe), R.choice([" and the code on the back is ", " security number ", " cvv "]), (say_single(cv, uk), ve))
    c.note = "call/%s: second half of card, expiry and CVV run together in one turn" % R.choice(["travel", "retail", "telecom"])
    return c


def call_restart_full():
    """caller starts, agent says the line broke up, caller starts again from the top."""
    kind = R.choice(["card", "card", "iban", "ni", "ssn"])
    uk = R.random() < 0.5
    if kind == "card":
        v = gen_card(); e = Ent("CARD_NUMBER", v); words = " ".join(say_single(g, uk) for g in card_groups(v)); ind = R.choice(["telecom", "retail", "travel"])
    elif kind == "iban":
        v = gen_iban(); e = Ent("IBAN", v); words = say_iban(v); ind = "banking"
    elif kind == "ni":
        v = gen_ni(); e = Ent("NI_NUMBER", v); words = say_ni(v); ind = "government services"
    else:
        v = gen_ssn(); e = Ent("SSN", v); words = say_ssn(v); ind = R.choice(["insurance", "healthcare billing"])
    c = Case("positive", "")
    c.a("go ahead")
    first = split_words(words, 3)
    c.c(R.choice(["okay ", "right ", ""]), (first[0], e, "rep"))
    c.a(bc())
    c.c((first[1], e, "rep"), " " + R.choice(["and then", "um"]))
    c.a(R.choice(["sorry you're breaking up there can you start again from the beginning",
                  "sorry i lost you after the first few can we start again",
                  "apologies the line dropped could you go from the start"]))
    spread(c, e, words, R.randint(3, 5), lead=R.choice(["oh sorry yeah so", "no problem it's", "ugh okay right"]))
    c.note = "call/%s: %s reading abandoned when the line breaks up, restarted over several turns (first attempt labelled)" % (ind, e.typ)
    return c


def call_readback_wrong():
    """agent reads back a value with a wrong digit, the caller corrects it."""
    kind = R.choice(["phone", "account", "card"])
    uk = R.random() < 0.6
    c = Case("positive", "")
    if kind == "phone":
        country, d = gen_phone("UK" if uk else R.choice(["US", "IE"]))
        e = Ent("PHONE", (country, d)); ref = d; ind = R.choice(["telecom", "utilities", "retail"])
        c.a("what's the number we can text")
        c.c(R.choice(["it's ", "yeah ", ""]), (say_phone(country, d), e))
    elif kind == "account":
        d = gen_account("UK" if uk else "US"); e = Ent("BANK_ACCOUNT", d); ref = d; ind = "banking"
        c.a("and the account number")
        spread(c, e, say_single(d, uk), R.randint(2, 4), lead="it's")
    else:
        d = gen_card(); e = Ent("CARD_NUMBER", d); ref = d; ind = R.choice(["retail", "insurance"])
        c.a("card number please")
        spread(c, e, " ".join(say_single(g, uk) for g in card_groups(d)), R.randint(4, 5), lead="okay")
    k = R.randrange(len(ref) - 4, len(ref) - 1)
    wrong = ref[:k] + str((int(ref[k]) + R.randint(1, 8)) % 10) + ref[k + 1:]
    we = Ent(e.typ, ref, "NEAR")
    c.a("let me read that back ", (say_single(wrong, uk, rep=0.7), we))
    tail = ref[k - 1:]
    te = Ent(e.typ, tail, "FRAGMENT")
    wt = Ent(e.typ, wrong[k - 1:], "FRAGMENT")
    c.c("no no it's ", (say_single(tail, uk), te), " not ", (say_single(wrong[k - 1:], uk), wt))
    c.a("ah sorry ", (say_single(tail, uk), Ent(e.typ, tail, "FRAGMENT")), " got it")
    c.note = "call/%s: agent reads back the %s with a wrong digit and the caller corrects the end (all readings labelled)" % (ind, e.typ)
    return c


def call_context_switch():
    """caller starts reading the wrong thing, agent stops them mid-reading."""
    uk = R.random() < 0.5
    acct = gen_account("UK" if uk else "US")
    ae = Ent("BANK_ACCOUNT", acct[:4], "FRAGMENT")
    ae.typ = "BANK_ACCOUNT"
    card = gen_card()
    ce = Ent("CARD_NUMBER", card)
    c = Case("positive", "")
    c.a("okay and the number on the card please")
    c.c("yeah it's ", (say_single(acct[:4], uk), ae))
    c.a("sorry is that the card or your account number")
    c.c("oh that's the account number sorry hang on let me get the card out of my wallet")
    c.a("no rush")
    spread(c, ce, " ".join(say_single(g, uk) for g in card_groups(card)), R.randint(4, 6), lead=R.choice(["okay", "right", "so"]))
    c.note = "call/%s: caller starts reading an account number (partial, labelled) before the agent stops them, then reads the card" % R.choice(["retail", "telecom", "banking"])
    return c


# --------------------------------------------------------------------------
# positive templates: chat (typed)
# --------------------------------------------------------------------------

def chat_card():
    card = gen_card()
    e = Ent("CARD_NUMBER", card)
    m, y = gen_expiry()
    xe = Ent("EXPIRY", (m, y))
    cv = gen_cvv(card)
    ve = Ent("CVV", cv)
    c = Case("positive", "")
    c.a(R.choice(["Hi! Please can you share the card details for the payment of £%d.%02d" % (R.randint(10, 400), R.randint(0, 99)),
                  "To complete order #%d I'll need the card number, expiry and CVV" % R.randint(1000000, 99999999)]))
    x = R.randrange(3)
    if x == 0:
        c.c(R.choice(["card ", "Card no. ", "ok so card ", "cc "]), (type_card(card), e), R.choice([" exp ", ", expiry ", " - exp: ", " expires ", " exipry "]), (type_expiry(m, y), xe),
            R.choice([" cvv ", " security code ", " CVC: ", ", cvv2 "]), (cv, ve))
    elif x == 1:
        c.c(R.choice(["its ", "ok its ", "sure: ", "Number is ", "heres the card nmber ", "carrd is "]), (type_card(card), e))
        c.a("Thanks, and the expiry date and 3 digit code on the back?")
        c.c((type_expiry(m, y), xe), R.choice([" and ", " / ", ", "]), (cv, ve))
    else:
        g = card_groups(card)
        c.c((" ".join(g[:2]), e))
        c.c((" ".join(g[2:]), e), R.choice([" sorry hit enter too early", " oops", ""]))
        c.a("No worries! Expiry?")
        c.c((type_expiry(m, y), xe), R.choice(["", " cvv " + cv]) if False else "")
        c.a("and the security code")
        c.c((cv, ve))
    c.note = "chat/%s: typed card, expiry and CVV (layout %d)" % (R.choice(["retail", "travel", "telecom"]), x)
    return c


def chat_contact():
    em, _ = gen_email()
    ee = Ent("EMAIL", em)
    country, d = gen_phone()
    pe = Ent("PHONE", (country, d))
    c = Case("positive", "")
    c.a("Can I get an email and phone number in case we get disconnected?")
    shown = em if R.random() < 0.7 else em.upper() if R.random() < 0.3 else em.capitalize()
    ee.canon = em
    c.c(R.choice(["sure ", "", "Yes - ", "email "]), (shown, ee), R.choice([" and ", ", phone ", " / mob: ", " tel "]), (type_phone(country, d), pe))
    c.note = "chat/%s: e-mail and %s phone number in one message" % (R.choice(["telecom", "retail", "utilities", "insurance"]), country)
    return c


def chat_id():
    c = Case("positive", "")
    if R.random() < 0.5:
        ni = gen_ni()
        e = Ent("NI_NUMBER", ni)
        c.a("Please confirm your National Insurance number.")
        c.c(R.choice(["its ", "NI no: ", "", "sure it's "]), (type_ni(ni), e), R.choice(["", " thanks", " (I think lol)"]))
        what = "NI number"
    else:
        s = gen_ssn()
        e = Ent("SSN", s)
        c.a("For verification please provide your SSN.")
        c.c(R.choice(["ssn ", "", "SSN: ", "it's "]), (type_ssn(s), e), R.choice(["", " - and my claim no. is %d" % R.randint(100000, 9999999)]))
        what = "SSN"
    if R.random() < 0.5:
        d, m, y = gen_dob()
        de = Ent("DOB", (d, m, y))
        c.a("And date of birth?")
        c.c((type_dob(d, m, y, us=(what == "SSN")), de))
    c.note = "chat/%s: typed %s (optional typed DOB)" % (R.choice(["government services", "banking", "insurance"]), what)
    return c


def chat_bank():
    c = Case("positive", "")
    if R.random() < 0.5:
        sc, acct = gen_sort(), gen_account("UK")
        se, ae = Ent("SORT_CODE", sc), Ent("BANK_ACCOUNT", acct)
        c.a("What are the sort code and account number for the refund?")
        c.c(R.choice(["sort ", "s/c ", "Sort code "]), (type_sort(sc), se), R.choice([" acc ", " a/c ", ", account no "]), (acct, ae))
        what = "sort code + account"
    else:
        ib = gen_iban()
        e = Ent("IBAN", ib)
        c.a("Please send the IBAN for the transfer of EUR %d.00" % R.randint(20, 900))
        c.c(R.choice(["IBAN: ", "iban ", "", "here: "]), (type_iban(ib), e))
        what = "IBAN"
    c.note = "chat/%s: typed %s" % (R.choice(["banking", "insurance", "travel"]), what)
    return c


def chat_address():
    us = R.random() < 0.4
    n, st, suf = gen_address()
    ae = Ent("ADDRESS", (n, st, suf))
    pc = gen_postcode("US" if us else "UK")
    pe = Ent("POSTCODE", pc)
    c = Case("positive", "")
    c.a("What's the delivery address?")
    town, state = R.choice([("Springfield", "IL"), ("Austin", "TX"), ("Denver", "CO"), ("Albany", "NY")]) if us else \
        (R.choice(["Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow"]), "")
    sep = (" " + state + " ") if us and R.random() < 0.6 else ", "
    c.c(R.choice(["", "its ", "deliver to "]), (type_address(n, st, suf), ae), R.choice([", ", " ", ",, "]) + town + sep, (type_postcode(pc), pe),
        R.choice(["", " pls", " thx", " (side door)"]))
    c.note = "chat/%s: typed street address with %s" % (R.choice(["retail", "utilities", "telecom"]), "ZIP" if us else "postcode")
    return c

# --------------------------------------------------------------------------
# negatives
# --------------------------------------------------------------------------

def say_int(n: int) -> str:
    """cardinal number words, 0..999999"""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        return UNITS[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + say_int(n % 100))
    return say_int(n // 1000) + " thousand" + ("" if n % 1000 == 0 else (" and " if n % 1000 < 100 else " ") + say_int(n % 1000))


def say_money(uk=True) -> str:
    cur = R.choice(["pounds", "euro", "quid"]) if uk else "dollars"
    big = R.choice([R.randint(2, 99), R.randint(100, 999), R.randint(1000, 9999)])
    cents = R.randint(1, 99)
    x = R.random()
    if x < 0.4:
        return say_int(big) + " " + cur
    if x < 0.7:
        return say_int(big) + " " + cur + " " + say_int(cents)
    if x < 0.85 and big < 100:
        return say_int(big) + " " + (say_int(cents) if cents >= 10 else "oh " + UNITS[cents])
    return say_int(big) + " " + cur + " and " + say_int(cents) + (" pence" if uk else " cents")


def say_time() -> str:
    h = R.randint(1, 12)
    return R.choice([say_int(h) + " o'clock", "half past " + say_int(h), "quarter to " + say_int(h),
                     say_int(h) + " " + R.choice(["fifteen", "thirty", "forty five", "twenty", "oh five"]),
                     "ten past " + say_int(h), say_int(h) + " " + R.choice(["a m", "p m", "in the morning", "in the afternoon"])])


def neg_call_extra():
    x = R.randrange(12)
    c = Case("negative", "")
    uk = R.random() < 0.5
    if x == 0:
        c.c("i paid " + say_money(uk) + " on the " + say_ordinal(R.randint(1, 28)) + " of " + R.choice(MONTHS) + " and it still says i owe " + say_money(uk))
        c.a("let me look at the payments on the account")
        note = "payment amounts and a payment date"
    elif x == 1:
        c.a("the direct debit comes out on the " + say_ordinal(R.randint(1, 28)) + " of every month and it's " + say_money(uk))
        c.c("can we move it to the " + say_ordinal(R.randint(1, 28)) + " that's when i get paid")
        note = "direct debit day of month and amount"
    elif x == 2:
        c.a("the engineer will be with you between " + say_time() + " and " + say_time())
        c.c("okay i'll be in from about " + say_time())
        note = "times of day"
    elif x == 3:
        c.c("my contract ends in " + R.choice(MONTHS) + " " + say_year(R.randint(2024, 2029)) + " and i've been with you " + say_int(R.randint(2, 25)) + " years")
        c.a("okay so you'd be out of contract in about " + say_int(R.randint(2, 11)) + " months")
        note = "contract end month/year and durations"
    elif x == 4:
        c.c("the parcel was meant to be " + say_int(R.randint(2, 30)) + " kilos but it's way lighter and there's only " + say_int(R.randint(2, 9)) + " boxes not " + say_int(R.randint(10, 20)))
        c.a("i'm sorry about that")
        note = "weights and counts"
    elif x == 5:
        c.a("the booking is for " + say_int(R.randint(2, 4)) + " adults and " + say_int(R.randint(2, 3)) + " children checking in on the " + say_ordinal(R.randint(1, 28)) + " for " + say_int(R.randint(2, 14)) + " nights")
        c.c("yeah that's right and it came to " + say_money(uk))
        note = "travel booking: counts, check-in date, nights, price"
    elif x == 6:
        c.a("your tracking reference is " + say_single(gen_digits(R.randint(8, 10))) + " and it's out for delivery")
        c.c("great thanks")
        note = "tracking reference read digit by digit (reference word present)"
    elif x == 7:
        c.c("the invoice number is " + say_pairs(gen_digits(R.choice([6, 8]))) + " and it's for " + say_money(uk))
        c.a("thank you let me pull that up")
        note = "invoice number said in pairs, invoice amount"
    elif x == 8:
        c.c("my usage went from " + say_int(R.randint(100, 900)) + " units to " + say_int(R.randint(1000, 3000)) + " units in " + say_int(R.randint(2, 3)) + " months")
        c.a("that is a big jump i'll raise a query")
        note = "energy units and durations"
    elif x == 9:
        c.a("your case number is " + say_single(gen_digits(R.randint(6, 9))) + " please quote that if you ring back within " + say_int(R.choice([7, 14, 28, 30])) + " days")
        c.c("okay")
        note = "case number and days"
    elif x == 10:
        c.c("i was doing about " + say_int(R.randint(20, 70)) + " miles an hour when it happened on the " + say_ordinal(R.randint(1, 28)) + " around " + say_time())
        c.a("okay and was anyone else in the vehicle")
        c.c("yeah " + say_int(R.randint(2, 4)) + " passengers")
        note = "insurance claim: speed, accident date and time, counts"
    else:
        c.a("that's " + say_int(R.randint(2, 12)) + " items at " + say_money(uk) + " each and delivery is " + say_money(uk))
        c.c("and how long does delivery take")
        c.a(say_int(R.randint(2, 5)) + " to " + say_int(R.randint(6, 10)) + " working days")
        note = "quantities, prices, delivery time"
    c.note = "call/negative: " + note
    return c


def neg_call():
    x = R.randrange(16)
    c = Case("negative", "")
    if x == 0:
        ref = gen_digits(R.randint(6, 10))
        c.a("have you got a reference number for the complaint")
        c.c("yeah the reference number is " + say_single(ref))
        c.a("thanks that's come up")
        note = "reference number read digit by digit"
    elif x == 1:
        c.a("so your bill this month is " + R.choice(["eighty four pounds and twenty pence", "one hundred and six dollars", "two hundred and forty euro"]))
        c.c("that's way more than last month it was like " + R.choice(["forty two ninety nine", "sixty quid", "fifty five dollars"]))
        note = "bill amounts spoken"
    elif x == 2:
        c.a("i can book an engineer for the " + say_ordinal(R.randint(1, 28)) + " of " + R.choice(MONTHS) + " between eight and twelve")
        c.c("the morning's fine i'm off that day")
        note = "appointment date and time window"
    elif x == 3:
        c.a("can you give me the meter reading")
        c.c("yeah it's " + say_single(gen_digits(5, False)) + " on the day one and " + say_single(gen_digits(5, False)) + " on the night")
        note = "meter readings read digit by digit"
    elif x == 4:
        c.a("what flight are you on")
        c.c("it's " + R.choice(["e i ", "b a ", "u a ", "f r "]) + say_single(gen_digits(R.randint(3, 4))) + " leaving at " + R.choice(["six forty five", "ten past nine", "half seven"]))
        note = "flight number and departure time"
    elif x == 5:
        c.a("how old is the policy holder")
        c.c("he's " + say_pair(str(R.randint(20, 89))) + " and he's been with you since " + say_year(R.randint(1990, 2020)))
        note = "age and year customer since"
    elif x == 6:
        c.c("the broadband's meant to be " + R.choice(["five hundred", "seventy two", "nine hundred"]) + " meg and i'm getting about " + R.choice(["twelve", "eight point five", "thirty"]))
        c.a("okay let me run a line test that'll take about " + R.choice(["two minutes", "ninety seconds", "five minutes"]))
        note = "speeds and durations"
    elif x == 7:
        c.a("your order number is " + say_single(gen_digits(8)) + " and it'll arrive on " + R.choice(["monday", "the twelfth", "friday the third"]))
        c.c("okay thanks")
        note = "order number with its reference word, delivery date"
    elif x == 8:
        c.c("i was in room " + say_single(gen_digits(3)) + " for " + R.choice(["three nights", "a week", "two nights"]) + " and the aircon was stuck at " + R.choice(["thirty degrees", "twenty eight", "eighteen"]))
        c.a("i'm so sorry about that")
        note = "room number, nights, temperature"
    elif x == 9:
        c.a("the claim number is " + say_single(gen_digits(R.randint(7, 10))) + " and the excess is " + R.choice(["two fifty", "a hundred pounds", "five hundred euro"]))
        c.c("mhm")
        note = "claim number and excess amount"
    elif x == 10:
        c.c("i've got the " + R.choice(["model x two hundred", "galaxy s twenty three", "iphone fifteen pro", "router h g six one two"]) + " and it keeps dropping every " + R.choice(["ten minutes", "half an hour", "couple of hours"]))
        c.a("right okay")
        note = "model number and durations"
    elif x == 11:
        c.a("your balance is " + R.choice(["one thousand two hundred and six pounds", "four thousand and twelve dollars", "minus thirty two euro fifty"]) + " and the minimum payment is " + R.choice(["twenty five", "forty", "sixty two eighty"]))
        c.c("okay can i pay it on the " + say_ordinal(R.randint(1, 28)))
        note = "account balance, minimum payment, payment date"
    elif x == 12:
        c.a("the contract started on the " + say_ordinal(R.randint(1, 28)) + " of " + R.choice(MONTHS) + " " + say_year(R.randint(2015, 2025)) + " and runs for " + R.choice(["twenty four months", "eighteen months", "two years"]))
        c.c("so i've got about " + R.choice(["six", "eleven", "three"]) + " months left")
        note = "contract start date (not a DOB) and durations"
    elif x == 13:
        c.a("i can offer " + R.choice(["fifteen percent", "twenty percent", "ten percent"]) + " off for " + R.choice(["twelve months", "the first year", "six months"]))
        c.c("what would that bring it down to")
        c.a("that'd be " + R.choice(["thirty four ninety nine", "fifty one twenty", "twenty nine pounds"]) + " a month")
        note = "percentages and prices"
    elif x == 14:
        c.a("you're " + R.choice(["number four", "seventh", "number twelve"]) + " in the queue the wait is about " + R.choice(["eight minutes", "twenty minutes", "an hour"]))
        c.c("i've already been waiting " + R.choice(["forty five minutes", "two hours", "half an hour"]))
        note = "queue position and waiting times"
    else:
        c.c("the ticket number you gave me last time was " + say_single(gen_digits(R.randint(6, 9))) + " and i called at " + R.choice(["ten past three", "four fifteen", "nine thirty"]))
        c.a("let me find that ticket")
        note = "ticket number and time of day"
    c.note = "call/negative: " + note
    return c


def neg_chat():
    x = R.randrange(10)
    c = Case("negative", "")
    if x == 0:
        c.c("Order #%d still hasn't arrived, it was due on %d/%02d" % (R.randint(10000, 9999999999), R.randint(1, 28), R.randint(1, 12)))
        c.a("Sorry to hear that, let me check.")
        note = "order number and delivery date"
    elif x == 1:
        c.c("why was I charged £%d.%02d instead of £%d.%02d??" % (R.randint(20, 200), R.randint(0, 99), R.randint(10, 100), R.randint(0, 99)))
        note = "prices"
    elif x == 2:
        c.a("Your ticket INC%07d has been escalated, expect a reply within 48 hours." % R.randint(1, 9999999))
        c.c("ok thx")
        note = "ticket id and duration"
    elif x == 3:
        c.c("Invoice %d dated %02d/%02d/%d shows %d units at $%d.%02d each" % (R.randint(100000, 99999999), R.randint(1, 28), R.randint(1, 12), R.randint(2019, 2025), R.randint(2, 40), R.randint(1, 99), R.randint(0, 99)))
        note = "invoice number, invoice date, quantities, unit price"
    elif x == 4:
        c.a("Your appointment is booked for %s %d at %d:%02d%s." % (R.choice(MONTHS).capitalize(), R.randint(1, 28), R.randint(1, 12), R.choice([0, 15, 30, 45]), R.choice(["am", "pm", ""])))
        c.c("great, see you then")
        note = "appointment date and time"
    elif x == 5:
        c.c("Flight %s%d from gate %s%d delayed %d mins" % (R.choice(["EI", "BA", "FR", "UA"]), R.randint(100, 9999), R.choice("ABC"), R.randint(1, 40), R.randint(15, 240)))
        note = "flight number, gate, delay"
    elif x == 6:
        c.c("meter reading today: %05d (was %05d last quarter)" % (R.randint(10000, 99999), R.randint(10000, 99999)))
        note = "meter readings"
    elif x == 7:
        c.c("i'm %d, been a customer since %d and you raised my price %d%%" % (R.randint(20, 90), R.randint(1995, 2022), R.randint(3, 25)))
        note = "age, year, percentage"
    elif x == 8:
        c.a("Your balance is $%d,%03d.%02d and your next payment of $%d is due on the %dth." % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99), R.randint(25, 500), R.choice([4, 5, 6, 7, 8, 9, 10, 12, 14, 15, 18, 20, 25, 28])))
        note = "balance, payment amount, due date"
    else:
        c.c("Model %s-%d, serial says batch %d, bought %d weeks ago for €%d" % (R.choice(["WX", "KD", "HP"]), R.randint(100, 9999), R.randint(10, 999), R.randint(2, 12), R.randint(50, 1500)))
        note = "model number, batch, duration, price"
    c.note = "chat/negative: " + note
    return c

# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------

CALL_POS = [(call_card_spread, 22), (call_card_correction, 12), (call_card_readback, 8), (call_card_two_values, 8),
            (call_ssn, 18), (call_ssn_correction, 6), (call_ni, 18), (call_ni_homophone, 6), (call_bank, 10),
            (call_us_account, 5), (call_iban, 8), (call_phone, 9), (call_phone_restart, 4), (call_email, 9),
            (call_address, 10), (call_dob_phone_one_turn, 5), (call_verification_chain, 8),
            (call_restart_full, 10), (call_readback_wrong, 8), (call_context_switch, 5)]
CHAT_POS = [(chat_card, 18), (chat_contact, 10), (chat_id, 20), (chat_bank, 12), (chat_address, 10)]
NEG = [(neg_call, 48), (neg_call_extra, 40), (neg_chat, 36)]


def build():
    R.seed(SEED)
    pos, neg = [], []
    seen = set()

    def fresh(fn):
        for _ in range(50):
            c = fn()
            key = json.dumps(c.turns)
            if key not in seen:
                seen.add(key)
                return c
        raise RuntimeError("could not make a distinct case with %s" % fn.__name__)

    for fn, k in CALL_POS + CHAT_POS:
        for _ in range(k):
            pos.append(fresh(fn))
    for fn, k in NEG:
        for _ in range(k):
            neg.append(fresh(fn))
    R.shuffle(pos)
    R.shuffle(neg)
    return pos, neg


def to_records(pos, neg):
    recs = []
    for i, c in enumerate(pos, 1):
        recs.append(({"id": "h25-pos-%03d" % i, "kind": "positive", "turns": c.turns, "spans": c.spans, "note": c.note}, c))
    for i, c in enumerate(neg, 1):
        recs.append(({"id": "h25-neg-%03d" % i, "kind": "negative", "turns": c.turns, "spans": [], "note": c.note}, c))
    return recs


def serialise(recs) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _ in recs)


def check_records(recs) -> list[str]:
    errs = []
    ids = set()
    for r, c in recs:
        rid = r["id"]
        if rid in ids:
            errs.append("%s: duplicate id" % rid)
        ids.add(rid)
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s: negative with spans" % rid)
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s: positive without spans" % rid)
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"].strip():
                errs.append("%s: bad turn" % rid)
        by_turn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s: bad type %s" % (rid, s["type"]))
            if not 0 <= s["turn"] < len(r["turns"]):
                errs.append("%s: turn out of range" % rid)
                continue
            text = r["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(text)):
                errs.append("%s: offsets out of range" % rid)
                continue
            if st > 0 and text[st - 1].isalnum() or en < len(text) and text[en].isalnum():
                errs.append("%s: span not on word boundary %r" % (rid, text[st:en]))
            if not text[st].isalnum() or not text[en - 1].isalnum():
                errs.append("%s: span starts/ends on non-alnum %r" % (rid, text[st:en]))
            by_turn.setdefault(s["turn"], []).append((st, en))
        for tl in by_turn.values():
            tl.sort()
            for a, b in zip(tl, tl[1:]):
                if b[0] < a[1]:
                    errs.append("%s: overlapping spans" % rid)
        for ent in c.ents:
            texts = [r["turns"][ti]["text"][st:en] for ti, st, en in ent.pieces]
            e = validate(ent, texts)
            if e:
                errs.append("%s: %s invalid: %s :: %r" % (rid, ent.typ, e, texts))
            for ti, st, en in ent.rep_pieces:
                e = validate_rep(ent, r["turns"][ti]["text"][st:en], texts)
                if e:
                    errs.append("%s: %s invalid: %s" % (rid, ent.typ, e))
    return errs


def counts(recs):
    cnt = Counter(s["type"] for r, _ in recs for s in r["spans"])
    npos = sum(1 for r, _ in recs if r["kind"] == "positive")
    nneg = sum(1 for r, _ in recs if r["kind"] == "negative")
    calls = sum(1 for r, _ in recs if r["note"].startswith("call/"))
    pcalls = sum(1 for r, _ in recs if r["note"].startswith("call/") and r["kind"] == "positive")
    return cnt, npos, nneg, calls, pcalls


def readme(recs) -> str:
    cnt, npos, nneg, calls, pcalls = counts(recs)
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set 25

**Never use this set for tuning.**  It is a held-out evaluation set: do not read its
cases while changing the redactor, do not add its values to patterns or word lists, and
do not iterate on the redactor until this set passes.

## Who wrote it and how

Written by an AI helper acting as an independent author.  The author did **not** see
the redaction code, its tests, its documentation, the benchmark script or any other
PII fixture; the only data looked at was a three-line example of the JSONL format.
Cases are produced by `scripts/make_pii_holdout25.py` (standard library only) from
template functions: every turn is assembled from plain-text segments and
(value, TYPE) segments, so offsets are computed, never typed by hand.  All values come
from one `random.Random(%d)`; the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout25.py --check` regenerates the set, checks it is
identical to the file, that ids are unique, offsets are in range and on word
boundaries, spans do not overlap, and that every labelled value is valid after
normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI number format, 9 digits
for SSNs, 6 for sort codes, digit counts for CVV/phone/account, postcode shapes).

## Content

* %d positive cases, %d negative cases (%d of all cases are phone calls in ASR style,
  %d are typed chat; %d of the positives are calls).
* Phone numbers are UK, US, Irish and French, typed and spoken ("plus three three",
  "double oh three three").
* Phone calls are written as a speech recogniser would: lower case, no punctuation,
  numbers as words ("oh"/"o"/"nought"/"zero" for 0, "double"/"triple", pairs such as
  "forty one", years as "nineteen eighty two"), homophones ("for" 4, "to"/"too" 2,
  "ate" 8, "won" 1, "tree" 3, "fore" 4), letters spelled ("b for bravo", "s as in sugar", bare NATO
  words), e-mails as "j dot smith at gmail dot com", fillers (um/uh/erm) inside
  readings, values spread over four or more customer turns with agent back-channels
  and chit-chat ("hang on", "sorry the dog's going mad"), agent interruptions that
  make the caller repeat a piece or restart from the top, self-corrections, a caller
  reading the wrong number first, and agents reading values back (sometimes wrongly).
* Negatives are tricky lookalikes that must not be redacted: amounts, prices,
  balances, times, durations, ages, years, percentages, non-birth dates, order /
  ticket / claim / invoice / reference numbers said with their reference word,
  flight and room numbers, model numbers, meter readings, speeds, temperatures.
  Positive cases also contain such non-PII numbers unlabelled.

## Annotation conventions

* A span covers the value only: from the first to the last word/character of the
  value.  Lead-in words ("it's", "yeah", "card number") and trailing words are
  outside.  Filler words that occur *inside* a reading ("four five um six") are inside
  the span.  Separators inside typed values (spaces, dashes, slashes, dots) are inside.
* A value split over several turns is labelled as one span per piece, each with the
  value's type; back-channel turns are unlabelled.
* When the caller repeats a piece after an agent interruption, both the original and
  the repeated piece are labelled.  When a caller self-corrects, the abandoned
  (wrong) digits are labelled with the same type as separate spans; the correction
  words ("no sorry") between them are outside.
* Agent read-backs of a full value are labelled, including a read-back that gets a
  digit wrong (the wrong reading is still the caller's value, labelled with its type).
* When a caller starts reading and restarts from the beginning after the line breaks up,
  the first (partial) attempt is labelled too; a few digits of an account number that a
  caller starts reading by mistake are labelled BANK_ACCOUNT.
* Leading "+" and "(" of typed phone numbers and trailing punctuation are outside the
  span (spans start and end on a letter or digit).
* Spelling helpers ("b for bravo", "s as in sugar", "double a") are inside the span.
* "plus four four" / "plus three five three" country codes and the leading "one" of
  US numbers are inside PHONE spans.
* DOB spans cover the whole date ("the fourteenth of march nineteen eighty two"
  starts at "the"); EXPIRY spans cover month and year; ADDRESS covers house number,
  street name and street type (not the town, not the postcode; POSTCODE is its own
  span); US ZIP codes are labelled POSTCODE.
* Scoring: a labelled span counts as found when every letter/digit inside it is
  redacted; a negative case fails if anything in it is redacted.

## Span counts per type

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, calls, len(recs) - calls, pcalls, rows)


def main():
    check = "--check" in sys.argv[1:]
    pos, neg = build()
    recs = to_records(pos, neg)
    data = serialise(recs)
    rd = readme(recs)
    errs = check_records(recs)
    cnt, npos, nneg, calls, pcalls = counts(recs)
    if npos < 170:
        errs.append("only %d positives" % npos)
    if nneg < 100:
        errs.append("only %d negatives" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errs.append("type %s has %d spans < %d" % (t, cnt[t], need))
    if check:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
        # second build must be identical (determinism)
        pos2, neg2 = build()
        if serialise(to_records(pos2, neg2)) != data:
            errs.append("generation is not deterministic")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("positives=%d (calls %d, chats %d) negatives=%d (calls %d, chats %d)" % (
        npos, pcalls, npos - pcalls, nneg, calls - pcalls, nneg - calls + pcalls))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    if errs:
        for e in errs[:60]:
            print("ERROR", e)
        print("%d problem(s)" % len(errs))
        return 1
    print("OK" + (" (--check passed)" if check else " (written %s)" % CASES.relative_to(ROOT)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

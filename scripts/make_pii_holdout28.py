#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set #28.

Written by an AI helper acting as an independent author that did not see the
redaction code, its tests or any other PII fixture.  Standard library only.

    python scripts/make_pii_holdout28.py          # write fixture + README
    python scripts/make_pii_holdout28.py --check  # regenerate and verify

Every case is assembled from segments: plain strings, or P(text, TYPE, canon)
objects; offsets are computed, never typed by hand.  Never use this set for
tuning.
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 28241123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout28"
OUT_FILE = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h28"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]


class P:
    """A PII segment: text as written in the turn, type, canonical value, group."""

    def __init__(self, text, typ, canon, group=None):
        self.text, self.typ, self.canon, self.group = text, typ, canon, group


R = random.Random(SEED)

# ---------------------------------------------------------------- values

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


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19"])
    if kind == "visa":
        return luhn_complete("4" + rdig(14))
    if kind == "visa19":
        return luhn_complete("4" + rdig(17))
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "22"]) + rdig(13))
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]) + rdig(12))
    return luhn_complete("6011" + rdig(11))


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def gen_iban(country=None):
    country = country or R.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if country in ("GB", "IE"):
        bank = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
        bban = bank + rdig(14)
    elif country == "DE":
        bban = rdig(18)
    elif country == "FR":
        bban = rdig(23)
    elif country == "NL":
        bban = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + rdig(10)
    else:
        bban = rdig(20)
    return country + iban_check(country, bban) + bban


def gen_phone(kind=None):
    kind = kind or R.choice(["uk_mob", "uk_land", "us", "ie", "uk_intl", "us_intl"])
    if kind == "uk_mob":
        return "07" + rdig(9)
    if kind == "uk_land":
        area = R.choice(["20", "161", "121", "113", "131", "141", "117"])
        return "0" + area + rdig(8 if area == "20" else 7)
    if kind == "us":
        return str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)
    if kind == "ie":
        return "08" + R.choice("35679") + rdig(7)
    if kind == "uk_intl":
        return "+447" + rdig(9)
    return "+1" + str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)


FIRST = ["james", "sarah", "priya", "tomasz", "aoife", "kevin", "maria", "liam", "chloe", "dev",
         "hannah", "oluwaseun", "grace", "marek", "niamh", "carlos", "emily", "raj", "fiona", "sean"]
LAST = ["walsh", "okafor", "smith", "kowalski", "brennan", "patel", "nguyen", "murphy", "garcia",
        "hughes", "obrien", "taylor", "doyle", "khan", "fischer", "lopez", "evans", "byrne"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "protonmail.com", "live.ie", "web.de"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 4)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + str(R.randint(1, 99))
    elif style == 2:
        local = f + "_" + l
    elif style == 3:
        local = f + l[0] + str(R.randint(1960, 2005))
    else:
        local = l + "." + f[0]
    return local + "@" + R.choice(DOMAINS)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def gen_dob():
    return (R.randint(1938, 2005), R.randint(1, 12), R.randint(1, 28))


def gen_expiry():
    return (R.randint(1, 12), R.randint(26, 33))


def gen_uk_postcode():
    area = R.choice(["M", "B", "L", "G", "E", "N", "S", "W", "LS", "SW", "EH", "CF", "BS", "NE",
                     "KT", "RG", "OX", "CB", "BT", "NW", "SE", "EC", "WC", "TN", "PO", "DN"])
    shape = R.random()
    if area in ("EC", "WC", "SW", "W", "E", "N", "NW", "SE") and shape < 0.3:
        out = area + str(R.randint(1, 9)) + R.choice("ABCHMNPRVWXY")
    else:
        out = area + str(R.randint(1, 29 if len(area) == 2 else 19))
    inw = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return out + " " + inw


def gen_zip(plus4=False):
    z = "%05d" % R.randint(1001, 99950)
    if plus4:
        z += "-" + rdig(4)
    return z


STREETS_UK = ["Elm Road", "Station Road", "Victoria Street", "Church Lane", "Mill Lane", "Park Avenue",
              "Queens Drive", "Brook Close", "Highfield Crescent", "Manor Way", "Kings Terrace", "Orchard Grove"]
STREETS_US = ["Maple Avenue", "Oak Street", "Washington Boulevard", "Pine Drive", "Lakeview Court",
              "Sunset Lane", "Cedar Road", "Main Street", "Hillcrest Parkway", "Elm Place"]
STREETS_IE = ["Griffith Avenue", "Main Street", "Clontarf Road", "Ballymun Road", "Strand Road", "Castle Park"]

# ---------------------------------------------------------------- spoken forms

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra",
        "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey", "X": "xray", "Y": "yankee",
        "Z": "zulu"}
WORDS_FOR = {"A": "apple", "B": "bob", "C": "charlie", "D": "david", "E": "edward", "F": "freddie",
             "G": "george", "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mother",
             "N": "nancy", "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william",
             "X": "xray", "Y": "yellow", "Z": "zebra", "O": "orange", "Q": "queen", "U": "uncle"}


def two_digit_words(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + ONES[u])


def say_digit(d, zero):
    return zero if d == "0" else ONES[int(d)]


def say_digits(s, zero=None, doubles=True, pairs=False):
    """Spell a digit string the way an ASR transcript writes a spoken reading."""
    zero = zero or R.choice(["zero", "oh", "o", "nought", "zero", "oh"])
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        if doubles and i + 2 < len(s) + 0 and s[i:i + 3] == d * 3 and R.random() < 0.7:
            out.append("triple " + say_digit(d, zero))
            i += 3
            continue
        if doubles and i + 1 < len(s) and s[i + 1] == d and R.random() < 0.7:
            out.append("double " + say_digit(d, zero))
            i += 2
            continue
        if pairs and i + 1 < len(s) and d != "0" and s[i + 1] != "0" and R.random() < 0.45:
            out.append(two_digit_words(int(s[i:i + 2])))
            i += 2
            continue
        out.append(say_digit(d, zero))
        i += 1
    return " ".join(out)


def say_year(y):
    if 2000 <= y < 2010:
        return R.choice(["two thousand and " + ONES[y - 2000], "two thousand " + ONES[y - 2000]])
    return two_digit_words(y // 100) + " " + (two_digit_words(y % 100) if y % 100 >= 10
                                               else "oh " + ONES[y % 100])


def say_ordinal(n):
    if n <= 20:
        return ORD[n]
    t, u = divmod(n, 10)
    return TENS[t] + (" " + ORD[u] if u else "ieth").replace("yieth", "tieth")


def say_letter(c, style=None):
    style = style if style is not None else R.choice(["plain", "plain", "nato", "for"])
    if c == "O" and style == "plain":
        style = "nato"  # a bare "o" would be read as zero
    if style == "plain":
        return c.lower()
    if style == "nato":
        return c.lower() + " for " + NATO[c]
    return c.lower() + " for " + WORDS_FOR.get(c, NATO[c])


def say_email(addr):
    local, dom = addr.split("@")
    def part(p):
        p = p.replace(".", " dot ").replace("_", " underscore ")
        p = re.sub(r"(\d+)", lambda m: " " + say_digits(m.group(1), zero="zero", doubles=False,
                                                      pairs=R.random() < 0.5) + " ", p)
        return re.sub(r"\s+", " ", p).strip()
    return part(local) + " at " + part(dom)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def card_chat(c):
    if len(c) == 15:
        return R.choice([group(c, [4, 6, 5]), group(c, [4, 6, 5], "-"), c])
    sep = R.choice([" ", " ", "-", "", ".", "  "])
    return group(c, [4, 4, 4, 4, 3], sep) if sep else c


def card_groups(c):
    return [c[i:i + 4] for i in range(0, len(c), 4)] if len(c) != 15 else [c[:4], c[4:10], c[10:]]


# ---------------------------------------------------------------- normalisation (for --check)

WORDNUM = {w: str(i) for i, w in enumerate(ONES)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "zer": "0", "to": "2", "too": "2",
                "ate": "8", "for": "4", "won": "1"})
FILLERS = {"um", "uh", "er", "erm", "ah", "like", "sorry", "no", "wait", "and", "then", "its", "it's",
           "is", "the", "of", "i", "mean", "dash", "hyphen", "space", "slash", "yeah", "so", "that's", "ends",
           "thats", "sorry,", "actually", "hmm", "uhm", "hang", "on", "plus", "a", "an"}
ORDNUM = {w: i for i, w in enumerate(ORD) if w}
ORDNUM.update({"twentieth": 20, "thirtieth": 30})


def spoken_to_compact(text, keep_letters=True):
    """Turn a written or spoken value into a compact string of digits/uppercase letters."""
    t = text.lower().replace("+", " ")
    toks = re.findall(r"[a-z']+|\d+", t)
    out = []
    i = 0
    mult = 1
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if w.isdigit():
            out.append(w * mult); mult = 1; i += 1; continue
        if w == "double":
            mult = 2; i += 1; continue
        if w == "triple":
            mult = 3; i += 1; continue
        if w in TENS and w:
            v = TENS.index(w)
            if nxt in ONES[1:]:
                out.append((str(v) + WORDNUM[nxt]) * mult); i += 2
            elif nxt in ORD[1:10]:
                out.append(str(v) + str(ORDNUM[nxt])); i += 2
            else:
                out.append((str(v) + "0") * mult); i += 1
            mult = 1
            continue
        if w in TEENS:
            out.append(str(10 + TEENS.index(w)) * mult); mult = 1; i += 1; continue
        if w in ORDNUM:
            out.append(str(ORDNUM[w])); i += 1; continue
        if w == "hundred" and out and len(out[-1]) == 1:
            head = out.pop()
            i += 1
            if i < len(toks) and toks[i] == "and":
                i += 1
            n = None
            if i < len(toks) and toks[i] in TENS and toks[i]:
                n = TENS.index(toks[i]) * 10
                i += 1
                if i < len(toks) and toks[i] in ONES[1:]:
                    n += ONES.index(toks[i]); i += 1
            elif i < len(toks) and toks[i] in TEENS:
                n = 10 + TEENS.index(toks[i]); i += 1
            elif i < len(toks) and toks[i] in ONES[1:]:
                n = ONES.index(toks[i]); i += 1
            out.append(head + "%02d" % (n or 0))
            continue
        if w == "thousand":
            i += 1
            if out and out[-1] == "2":
                out[-1] = "20"
                if nxt == "and":
                    i += 1
                if i < len(toks) and toks[i] in WORDNUM:
                    out.append("0" + WORDNUM[toks[i]]); i += 1
                elif i < len(toks) and toks[i] in TEENS:
                    out.append(str(10 + TEENS.index(toks[i]))); i += 1
            continue
        if w in WORDNUM and not (keep_letters and w == "o" and nxt == "for"):
            out.append(WORDNUM[w] * mult); mult = 1; i += 1; continue
        if keep_letters and len(w) == 1 and nxt == "for" and i + 2 < len(toks):
            out.append(w.upper() * mult); mult = 1; i += 3; continue
        if keep_letters and len(w) == 1:
            out.append(w.upper() * mult); mult = 1; i += 1; continue
        if keep_letters and w in [n for n in NATO.values()]:
            out.append([k for k, v in NATO.items() if v == w][0]); i += 1; continue
        if keep_letters and len(w) == 2 and w.isalpha() and w not in FILLERS:
            out.append(w.upper()); i += 1; continue
        if keep_letters and re.fullmatch(r"[a-z]{1,2}\d", w):
            out.append(w.upper()); i += 1; continue
        i += 1  # filler / unknown word
    return "".join(out)


def spoken_email(text):
    t = text.strip().lower()
    if "@" in t:
        return t.replace(" ", "")
    t = re.sub(r"\bat\b", "@", t)
    t = re.sub(r"\bdot\b", ".", t)
    t = re.sub(r"\bunderscore\b", "_", t)
    toks = t.split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w in TENS and w and i + 1 < len(toks) and toks[i + 1] in ONES[1:]:
            out.append(str(TENS.index(w)) + WORDNUM[toks[i + 1]]); i += 2; continue
        if w in TENS and w:
            out.append(str(TENS.index(w)) + "0"); i += 1; continue
        if w in TEENS:
            out.append(str(10 + TEENS.index(w))); i += 1; continue
        if w in ONES:
            out.append(WORDNUM[w]); i += 1; continue
        out.append(w); i += 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")


def validate_value(typ, compact, canon):
    """Validate the canonical value itself (shape/checksum)."""
    c = canon
    if typ == "CARD_NUMBER":
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if typ == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if typ == "EXPIRY":
        return c.isdigit() and len(c) == 4 and 1 <= int(c[:2]) <= 12
    if typ == "SSN":
        return c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[3:5] != "00"
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c) is not None
    if typ == "BANK_ACCOUNT":
        return c.isdigit() and 6 <= len(c) <= 17
    if typ == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if typ == "IBAN":
        return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", c) is not None and iban_ok(c)
    if typ == "PHONE":
        d = re.sub(r"\D", "", c)
        return 10 <= len(d) <= 13
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]{2,}", c) is not None
    if typ == "DOB":
        return re.fullmatch(r"(19|20)\d\d-\d\d-\d\d", c) is not None
    if typ == "POSTCODE":
        return UK_PC.match(c) is not None or re.fullmatch(r"\d{5}(\d{4})?", c) is not None
    if typ == "ADDRESS":
        return re.search(r"\d", c) is not None and len(c) > 6
    return False


def expiry_norm(text):
    t = text.lower()
    if re.search(r"\d", t):
        g = re.findall(r"\d+", t)
        if len(g) == 1 and len(g[0]) == 4:
            return g[0]
        if len(g) >= 2:
            return "%02d" % int(g[0]) + g[1][-2:]
        return ""
    for k, m in enumerate(MONTHS):
        if re.search(r"\b%s\b" % m, t):
            rest = spoken_to_compact(t.replace(m, " "), keep_letters=False)
            if len(rest) == 4 and rest.startswith("20"):
                rest = rest[2:]
            return "%02d" % (k + 1) + rest
    comp = spoken_to_compact(t, keep_letters=False)
    if len(comp) == 6 and comp[2:4] == "20":
        comp = comp[:2] + comp[4:]
    return comp


def text_matches(typ, text, canon):
    """Does the span text (possibly several joined pieces) normalise to the canonical value?"""
    if typ == "EXPIRY":
        return expiry_norm(text) == canon
    if typ in ("IBAN", "NI_NUMBER", "POSTCODE", "SORT_CODE", "SSN", "CARD_NUMBER", "CVV", "BANK_ACCOUNT") \
            and re.search(r"\d", text):
        return re.sub(r"[^A-Za-z0-9]", "", text).upper() == canon
    if typ == "EMAIL":
        return spoken_email(text) == canon
    if typ == "ADDRESS":
        num = re.match(r"\d+", canon).group(0)
        comp = spoken_to_compact(text, keep_letters=False)
        return comp.startswith(num) or num in comp
    if typ == "DOB":
        y = canon[:4]
        return y in spoken_to_compact(text, keep_letters=False) or y[2:] in spoken_to_compact(text, keep_letters=False)
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    comp = spoken_to_compact(text, keep_letters=letters)
    want = canon.replace("+", "")
    if typ == "PHONE":
        want = re.sub(r"\D", "", canon)
        if canon.startswith("+44") and comp.startswith("440"):
            comp = "44" + comp[3:]
    return comp == want


# ---------------------------------------------------------------- helpers for templates

def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


_gid = [0]


def newg():
    _gid[0] += 1
    return _gid[0]


def amount():
    return R.choice(["forty two pounds fifty", "a hundred and twelve euros", "three hundred dollars",
                     "nineteen ninety nine", "eighty five pounds", "twelve fifty a month",
                     "two hundred and forty quid", "sixty seven dollars and twenty cents"])


def amount_chat():
    return R.choice(["£42.50", "€112.00", "$300", "£19.99", "$67.20", "€1,250.00", "£240", "$1,049.99"])


def ref_no():
    return str(R.randint(10000000, 99999999))


def time_spoken():
    return R.choice(["half past two", "ten fifteen", "quarter to five", "nine thirty", "three o'clock",
                     "eleven forty five"])


def fill():
    return R.choice(["", "", "um ", "uh ", "er "])


# ---------------------------------------------------------------- spoken value pieces

def sp_card(c, pairs=False):
    return [say_digits(g, pairs=pairs) for g in card_groups(c)]


def sp_sort(s):
    st = R.randint(0, 2)
    if st == 0:
        return say_digits(s)
    if st == 1:
        return " ".join(two_digit_words(int(s[i:i + 2])) if s[i] != "0" else say_digits(s[i:i + 2])
                        for i in range(0, 6, 2))
    return say_digits(s[:2]) + " " + say_digits(s[2:4]) + " " + say_digits(s[4:])


def sp_ni(n):
    st = R.choice(["plain", "nato", "for", "mixed"])
    l1 = say_letter(n[0], None if st == "mixed" else st)
    l2 = say_letter(n[1], None if st == "mixed" else st)
    digs = say_digits(n[2:8], pairs=R.random() < 0.4)
    return l1 + " " + l2 + " " + digs + " " + say_letter(n[8], None if st == "mixed" else st)


def sp_ssn(s):
    st = R.randint(0, 2)
    if st == 0:
        return say_digits(s)
    if st == 1:
        return say_digits(s[:3]) + " " + say_digits(s[3:5], pairs=True) + " " + say_digits(s[5:], pairs=True)
    return say_digits(s[:3], doubles=False) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:])


def sp_phone(p):
    if p.startswith("+44"):
        return "plus four four " + say_digits(p[3:7]) + " " + say_digits(p[7:])
    if p.startswith("+1"):
        return "plus one " + say_digits(p[2:5]) + " " + say_digits(p[5:8]) + " " + say_digits(p[8:], pairs=R.random() < 0.5)
    if p.startswith("07"):
        return say_digits(p[:5]) + " " + say_digits(p[5:], pairs=R.random() < 0.4)
    if len(p) == 10 and p[0] != "0":
        return say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_digits(p[6:], pairs=R.random() < 0.5)
    return say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_digits(p[6:])


def chat_phone(p):
    if p.startswith("+44"):
        return R.choice(["+44 " + p[3:7] + " " + p[7:], "+44" + p[3:], "+44 (0)" + p[3:7] + " " + p[7:]])
    if p.startswith("+1"):
        return R.choice(["+1 (" + p[2:5] + ") " + p[5:8] + "-" + p[8:], "+1-" + p[2:5] + "-" + p[5:8] + "-" + p[8:]])
    if p.startswith("07"):
        return R.choice([p[:5] + " " + p[5:], p, p[:5] + "-" + p[5:8] + "-" + p[8:]])
    if len(p) == 10 and p[0] != "0":
        return R.choice(["(" + p[:3] + ") " + p[3:6] + "-" + p[6:], p[:3] + "-" + p[3:6] + "-" + p[6:],
                         p[:3] + "." + p[3:6] + "." + p[6:]])
    return R.choice([p[:3] + " " + p[3:6] + " " + p[6:], p])


def chat_sort(s):
    return R.choice([s[:2] + "-" + s[2:4] + "-" + s[4:], s, s[:2] + " " + s[2:4] + " " + s[4:]])


def chat_ni(n):
    return R.choice([n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], n.lower(),
                     n[:2] + n[2:8] + " " + n[8]])


def chat_ssn(s):
    return R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:]])


def chat_iban(i):
    return R.choice([i, " ".join(i[k:k + 4] for k in range(0, len(i), 4)),
                     " ".join(i[k:k + 4] for k in range(0, len(i), 4)).lower()])


def sp_iban(i):
    parts = []
    for k in range(0, len(i), 4):
        chunk = i[k:k + 4]
        words = []
        j = 0
        while j < len(chunk):
            ch = chunk[j]
            if ch.isalpha():
                words.append(say_letter(ch, R.choice(["plain", "plain", "nato"])))
                j += 1
            else:
                m = re.match(r"\d+", chunk[j:]).group(0)
                words.append(say_digits(m))
                j += len(m)
        parts.append(" ".join(words))
    return parts


def sp_expiry(e):
    m, y = e
    st = R.randint(0, 3)
    if st == 0:
        return say_digits("%02d" % m) + " " + two_digit_words(y)
    if st == 1:
        return MONTHS[m - 1] + " twenty " + two_digit_words(y)
    if st == 2:
        return say_digits("%02d" % m, zero="oh") + " slash " + two_digit_words(y)
    return MONTHS[m - 1] + " " + two_digit_words(y)


def chat_expiry(e):
    m, y = e
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%02d" % (m, y)])


def exp_canon(e):
    return "%02d%02d" % e


def sp_dob(d):
    y, m, dd = d
    st = R.randint(0, 3)
    if st == 0:
        return "the " + say_ordinal(dd) + " of " + MONTHS[m - 1] + " " + say_year(y)
    if st == 1:
        return MONTHS[m - 1] + " " + say_ordinal(dd) + " " + say_year(y)
    if st == 2:
        return say_digits("%02d" % dd, zero="oh") + " " + say_digits("%02d" % m, zero="oh") + " " + say_year(y)
    return say_ordinal(dd) + " " + MONTHS[m - 1] + " " + say_year(y)


def chat_dob(d, us=False):
    y, m, dd = d
    if us:
        return R.choice(["%02d/%02d/%d" % (m, dd, y), "%d/%d/%d" % (m, dd, y), "%s %d, %d" % (MONTHS[m - 1].title(), dd, y)])
    return R.choice(["%02d/%02d/%d" % (dd, m, y), "%d.%d.%d" % (dd, m, y), "%d %s %d" % (dd, MONTHS[m - 1].title(), y),
                     "%02d-%02d-%d" % (dd, m, y)])


def dob_canon(d):
    return "%04d-%02d-%02d" % d


def sp_postcode(pc):
    out, inw = pc.split(" ")
    def letters_digits(s):
        ws = []
        for ch in s:
            ws.append(say_letter(ch, R.choice(["plain", "plain", "nato"])) if ch.isalpha() else say_digit(ch, "zero"))
        return " ".join(ws)
    return letters_digits(out) + " " + letters_digits(inw)


def sp_zip(z):
    return say_digits(z.replace("-", ""), pairs=R.random() < 0.3)


def gen_address(country="UK"):
    n = R.randint(2, 240)
    if country == "US":
        return "%d %s" % (n, R.choice(STREETS_US))
    if country == "IE":
        return "%d %s" % (n, R.choice(STREETS_IE))
    return "%d %s" % (n, R.choice(STREETS_UK))


def sp_address(a):
    n, street = a.split(" ", 1)
    n = int(n)
    if n < 100:
        num = two_digit_words(n)
    else:
        num = R.choice([ONES[n // 100] + " " + (two_digit_words(n % 100) if n % 100 >= 10 else "oh " + ONES[n % 100]),
                        ONES[n // 100] + " hundred and " + two_digit_words(n % 100) if n % 100 else ONES[n // 100] + " hundred"])
    return num + " " + street.lower()


# ---------------------------------------------------------------- positive templates
# Each returns (turns, note).

def t_call_card_split():
    c = gen_card()
    g = newg()
    gs = sp_card(c, pairs=R.random() < 0.3)
    e, cv = gen_expiry(), rdig(4 if len(c) == 15 else 3)
    turns = [A("okay so that's ", amount(), " to clear the balance can i take the long card number please")]
    for k, piece in enumerate(gs):
        turns.append(C(fill(), P(piece, "CARD_NUMBER", c, g)))
        if k < len(gs) - 1:
            turns.append(A(R.choice(["mhm", "okay go on", "yep", "got that", "uh huh"])))
    turns.append(A(R.choice(["lovely ", "thanks ", "great ", ""]), "and the expiry"))
    turns.append(C(P(sp_expiry(e), "EXPIRY", exp_canon(e)), " and the three digits on the back are ",
                   P(say_digits(cv), "CVV", cv)))
    turns.append(A("lovely thank you your payment reference is ", say_digits(ref_no()[:6], doubles=False)))
    return turns, "call/%s: card split over turns with back-channels, expiry and cvv in one turn, payment ref after" % R.choice(["telecom", "utilities", "retail"])


def t_call_card_readback():
    c = gen_card(R.choice(["visa", "mc"]))
    g1, g2 = newg(), newg()
    gs = card_groups(c)
    turns = [C("yeah the card is ", P(" ".join(say_digits(x) for x in gs), "CARD_NUMBER", c, g1)),
             A("let me read that back ", P(" ".join(say_digits(x, zero="zero", doubles=False) for x in gs), "CARD_NUMBER", c, g2), " is that right"),
             C("yes that's it"),
             A("and the security code on the back please")]
    cv = rdig(3)
    turns.append(C(fill(), P(say_digits(cv), "CVV", cv)))
    turns.append(A("thanks and your expiry"))
    e = gen_expiry()
    turns.append(C("it runs out ", P(sp_expiry(e), "EXPIRY", exp_canon(e))))
    return turns, "call/insurance: card read back by agent in full, cvv alone in turn, expiry after 'runs out'"


def t_call_card_correction():
    c = gen_card(R.choice(["visa", "mc", "disc"]))
    gs = card_groups(c)
    k = R.randint(1, len(gs) - 1)
    wrong = list(gs[k])
    pos = R.randrange(4)
    wrong[pos] = str((int(wrong[pos]) + R.randint(1, 8)) % 10)
    wrong = "".join(wrong)
    g = newg()
    first = " ".join(say_digits(x) for x in gs[:k])
    turns = [A("can i take the card number"),
             C(P(first + " " + say_digits(wrong), "CARD_NUMBER", None, g), " no sorry ",
               P(say_digits(gs[k]), "CARD_NUMBER", None, g), " ",
               P(" ".join(say_digits(x) for x in gs[k + 1:]), "CARD_NUMBER", None, g) if k + 1 < len(gs) else ""),
             A("no problem so ending ", P(say_digits(gs[-1][-4:]), "CARD_NUMBER", None, newg()), " yeah"),
             C("that's right")]
    # canonical for corrected reading is not a single value; checked via component parts
    turns[1][1][0].canon = None
    return turns, "call/banking: customer corrects one group mid-reading; agent confirms last four"


def t_chat_card_multi():
    c = gen_card()
    e = gen_expiry()
    cv = rdig(4 if len(c) == 15 else 3)
    z = gen_zip() if R.random() < 0.5 else gen_uk_postcode()
    ordno = ref_no()
    turns = [A("Hi! To complete order #", ordno, " I'll need the card details please."),
             C("sure its ", P(card_chat(c), "CARD_NUMBER", c), " exp ", P(chat_expiry(e), "EXPIRY", exp_canon(e)),
               " cvv ", P(cv, "CVV", cv), " and billing postcode ", P(z, "POSTCODE", z.replace(" ", "").replace("-", ""))),
             A("Thanks, the total of ", amount_chat(), " will be taken today at ", R.choice(["14:05", "9:30am", "17:45"]), ".")]
    return turns, "chat/retail: card, expiry, cvv and billing postcode all in one message next to an order number"


def t_call_ni_split():
    n = gen_ni()
    g = newg()
    digs = n[2:8]
    turns = [A("and can i take your national insurance number"),
             C(P(say_letter(n[0]) + " " + say_letter(n[1]), "NI_NUMBER", n, g)),
             A("mhm"),
             C(P(say_digits(digs[:2]) + " " + say_digits(digs[2:4]), "NI_NUMBER", n, g)),
             A("okay"),
             C(P(say_digits(digs[4:]) + " " + say_letter(n[8]), "NI_NUMBER", n, g)),
             A("thank you and that's for the claim you made on the ", R.choice(["fourth", "twelfth", "twenty first"]), " of ", R.choice(MONTHS))]
    return turns, "call/government: NI number split across three turns, followed by a claim date"


def t_call_ni_dob():
    n, d = gen_ni(), gen_dob()
    turns = [A("for security can i have your date of birth and national insurance number"),
             C("yeah it's ", P(sp_dob(d), "DOB", dob_canon(d)), " and my ni number is ", P(sp_ni(n), "NI_NUMBER", n)),
             A("and i'll read that back ", P(sp_ni(n), "NI_NUMBER", n), " yeah"),
             C("yep"),
             A("great you're on ", R.choice(["two hundred and thirty pounds", "ninety one pounds ten", "a hundred and eighty four pounds"]), " a fortnight")]
    return turns, "call/government: DOB and NI in one turn, agent reads NI back, benefit amount after"


def t_chat_ni():
    n = gen_ni()
    d = gen_dob()
    turns = [A("Please confirm your National Insurance number and date of birth."),
             C("NI: ", P(chat_ni(n), "NI_NUMBER", n), ", DOB ", P(chat_dob(d), "DOB", dob_canon(d)),
               ". I phoned on ", R.choice(["3rd May", "12/03", "Monday"]), " about ref ", ref_no())]
    return turns, "chat/government: typed NI and DOB with labels, plus a call date and reference"


def t_call_ni_correction():
    n = gen_ni()
    digs = n[2:8]
    pos = R.randrange(6)
    wrongd = list(digs)
    wrongd[pos] = str((int(wrongd[pos]) + 3) % 10)
    wrong = n[:2] + "".join(wrongd) + n[8]
    turns = [A("what's your national insurance number"),
             C(P(sp_ni(wrong), "NI_NUMBER", wrong)),
             A("so ", P(sp_ni(wrong), "NI_NUMBER", wrong)),
             C("oh no sorry it's ", P(sp_ni(n), "NI_NUMBER", n), " i always get that wrong"),
             A("no worries ", P(sp_ni(n), "NI_NUMBER", n), " that's matched now")]
    return turns, "call/government: NI corrected by one digit after agent read-back; every reading labelled"


def t_call_ssn():
    s = gen_ssn()
    g = newg()
    turns = [A("i just need to verify your social"),
             C(P(say_digits(s[:3]), "SSN", s, g)),
             A("uh huh"),
             C(P(say_digits(s[3:5]), "SSN", s, g)),
             A("okay"),
             C(P(say_digits(s[5:]), "SSN", s, g), " and i've been waiting ", R.choice(["forty five minutes", "two hours", "three weeks"])),
             A("sorry about that your claim ", ref_no(), " is being processed")]
    return turns, "call/healthcare billing: SSN split 3-2-4 across turns, waiting time and claim number nearby"


def t_call_ssn_dob():
    s, d = gen_ssn(), gen_dob()
    z = gen_zip()
    turns = [A("can you give me the last four of your social"),
             C(P(say_digits(s[5:]), "SSN", None)),
             A("actually the system needs the full one sorry"),
             C("okay ", P(sp_ssn(s), "SSN", s), " date of birth ", P(sp_dob(d), "DOB", dob_canon(d)),
               " and the zip is ", P(sp_zip(z), "POSTCODE", z)),
             A("thank you the copay was ", R.choice(["twenty five dollars", "forty dollars", "a hundred and ten dollars"]))]
    turns[1][1][0].canon = None
    return turns, "call/healthcare billing: last four of SSN then full SSN, DOB and ZIP in one turn"


def t_chat_ssn():
    s = gen_ssn()
    d = gen_dob()
    turns = [A("To look up your policy I need your SSN and DOB."),
             C(R.choice(["ssn ", "SSN: ", "social is ", "my ss# "]), P(chat_ssn(s), "SSN", s), " dob ", P(chat_dob(d, us=True), "DOB", dob_canon(d)),
               " policy no ", ref_no(), " premium went up ", R.choice(["12%", "8 percent", "$45"]))]
    return turns, "chat/insurance: SSN and US-format DOB typed with policy number and percentage"


def t_call_ssn_correction():
    s = gen_ssn()
    pos = R.randrange(9)
    w = list(s)
    w[pos] = str((int(w[pos]) + 1) % 10)
    w = "".join(w)
    if w[:3] in ("000", "666") or w[3:5] == "00":
        w = s
    turns = [A("and your social security number"),
             C(P(sp_ssn(w), "SSN", w)),
             A("i have ", P(say_digits(w, zero="zero", doubles=False), "SSN", w)),
             C("no the ", R.choice(["fourth", "sixth", "last", "second"]), " one should be ", say_digit(s[pos], "zero"),
               " so it's ", P(sp_ssn(s), "SSN", s)),
             A("got it ", P(say_digits(s, zero="zero", doubles=False), "SSN", s))]
    return turns, "call/banking: SSN corrected by one digit, both readings and both read-backs labelled"


def t_call_bank_sort():
    a, s = rdig(8), rdig(6)
    turns = [A("which account would you like the refund of ", amount(), " paid into"),
             C("the sort code is ", P(sp_sort(s), "SORT_CODE", s)),
             A("mhm"),
             C("and the account number ", P(say_digits(a, pairs=R.random() < 0.3), "BANK_ACCOUNT", a)),
             A("so sort code ", P(say_digits(s, zero="zero", doubles=False), "SORT_CODE", s), " account ",
               P(say_digits(a, zero="zero", doubles=False), "BANK_ACCOUNT", a), " and it'll arrive in three to five working days")]
    return turns, "call/utilities: sort code and account given then read back together with a duration"


def t_call_bank_split():
    a, s = rdig(8), rdig(6)
    g = newg()
    turns = [A("okay account number"),
             C(P(say_digits(a[:4]), "BANK_ACCOUNT", a, g)),
             A("yep"),
             C(fill(), P(say_digits(a[4:]), "BANK_ACCOUNT", a, g)),
             A("and sort code"),
             C(P(sp_sort(s), "SORT_CODE", s), " it's the ", R.choice(["nationwide", "halifax", "barclays", "santander"]), " one"),
             A("the direct debit of ", amount(), " will come out on the ", R.choice(["first", "fifteenth", "twenty eighth"]), " of each month")]
    return turns, "call/telecom: account number split across turns, direct debit amount and day of month"


def t_chat_bank():
    a, s = rdig(8), rdig(6)
    turns = [C("Hi can you update my direct debit? new details sort ", P(chat_sort(s), "SORT_CODE", s), " acc ",
               P(a, "BANK_ACCOUNT", a), ". Payment date the ", R.choice(["1st", "15th", "28th"]), " please, bill is usually ", amount_chat()),
             A("Thanks! Confirming sort code ", P(chat_sort(s), "SORT_CODE", s), " and account ending ",
               P(a[-4:], "BANK_ACCOUNT", None), ".")]
    return turns, "chat/utilities: typed sort code and account with amounts and day; agent echoes last 4"


def t_call_us_bank():
    a = rdig(R.choice([10, 11, 12]))
    rt = R.choice(["021000021", "026009593", "111000025", "121000358"])
    turns = [A("for the ach payment i need the routing and account number"),
             C("routing is ", say_digits(rt), " and account is ", P(say_digits(a, pairs=R.random() < 0.4), "BANK_ACCOUNT", a)),
             A("thank you and the amount is ", R.choice(["two hundred fifty dollars", "eighty nine ninety nine", "one thousand dollars"]), " correct")]
    return turns, "call/utilities US: account number after routing number (routing not labelled)"


def t_iban_chat():
    i = gen_iban()
    turns = [A("Could you send the IBAN for the refund of ", amount_chat(), "?"),
             C("sure, IBAN ", P(chat_iban(i), "IBAN", i), " ref invoice ", ref_no()),
             A("Received, the refund will take ", R.choice(["5-7", "3", "10"]), " working days.")]
    return turns, "chat/travel: IBAN typed (grouped or lower case) with invoice reference"


def t_iban_call():
    i = gen_iban(R.choice(["GB", "IE", "DE", "NL"]))
    g = newg()
    parts = sp_iban(i)
    turns = [A("go ahead with the iban")]
    k = 0
    while k < len(parts):
        n = R.choice([2, 2, 3])
        turns.append(C(P(" ".join(parts[k:k + n]), "IBAN", i, g)))
        k += n
        if k < len(parts):
            turns.append(A(R.choice(["okay", "mhm", "yes", "go on"])))
    turns.append(A("perfect and the transfer is ", R.choice(["five hundred euros", "twelve hundred euros", "three hundred and forty pounds"])))
    return turns, "call/banking EU: IBAN read in chunks across several turns with back-channels"


def t_phone_email_call():
    p, e = gen_phone(), gen_email()
    turns = [A("can i take a contact number and email"),
             C("number is ", P(sp_phone(p), "PHONE", p), " and email ", P(say_email(e), "EMAIL", e)),
             A("so that's ", P(say_email(e), "EMAIL", e), " and i'll text you at ", time_spoken()),
             C("yeah lovely")]
    return turns, "call/telecom: phone and spoken email in one turn, email read back, time after"


def t_phone_split():
    p = gen_phone(R.choice(["uk_mob", "us", "ie"]))
    g = newg()
    cut = 5 if p.startswith("07") else 3
    turns = [A("best number to reach you on"),
             C(P(say_digits(p[:cut]), "PHONE", p, g)),
             A("mhm"),
             C(P(say_digits(p[cut:], pairs=R.random() < 0.5), "PHONE", p, g), " after ", R.choice(["six", "five thirty", "seven pm"]), " is best"),
             A("we'll call you back within ", R.choice(["forty eight hours", "two working days", "the hour"]))]
    return turns, "call/insurance: phone split over turns, callback time and duration nearby"


def t_phone_correction():
    p = gen_phone(R.choice(["uk_mob", "us"]))
    pos = R.randint(3, len(p) - 1)
    w = p[:pos] + str((int(p[pos]) + 2) % 10) + p[pos + 1:]
    turns = [C("my mobile is ", P(sp_phone(w), "PHONE", w)),
             A("okay ", P(say_digits(w, zero="oh", doubles=False), "PHONE", w)),
             C("oh no the end is ", P(say_digits(p[-4:]), "PHONE", None), " so ", P(sp_phone(p), "PHONE", p)),
             A("updated")]
    return turns, "call/retail: phone read back wrong, customer corrects ending and repeats whole number"


def t_chat_contact():
    p, e = gen_phone(), gen_email()
    a = gen_address(R.choice(["UK", "US", "IE"]))
    pc = gen_uk_postcode()
    turns = [A("Can I confirm your contact details?"),
             C("email ", P(e if R.random() < 0.7 else e.upper(), "EMAIL", e), " mob ", P(chat_phone(p), "PHONE", p),
               " address ", P(a, "ADDRESS", a), ", ", P(pc, "POSTCODE", pc.replace(" ", ""))),
             A("Thanks, your ticket ", ref_no(), " has been updated at ", R.choice(["10:42", "16:03", "08:15"]))]
    return turns, "chat/telecom: email, phone, address and postcode in one message, ticket and time after"


def t_address_call():
    a = gen_address("UK")
    pc = gen_uk_postcode()
    turns = [A("and the address for the engineer visit"),
             C("it's ", P(sp_address(a), "ADDRESS", a), " the postcode is ", P(sp_postcode(pc), "POSTCODE", pc.replace(" ", ""))),
             A("so ", P(sp_postcode(pc), "POSTCODE", pc.replace(" ", "")), " and the engineer will come between ",
               R.choice(["eight and one", "twelve and six", "nine and twelve"]), " on the ", R.choice(["third", "nineteenth", "twenty second"]))]
    return turns, "call/utilities: spoken address and UK postcode, postcode read back, visit slot after"


def t_address_us():
    a = gen_address("US")
    z = gen_zip()
    turns = [A("what's the billing address"),
             C(P(sp_address(a), "ADDRESS", a), " um apartment ", R.choice(["four", "twelve", "b"]), " zip code ", P(sp_zip(z), "POSTCODE", z)),
             A("thank you and the card on file ends in ", P(say_digits(rdig(4)), "CARD_NUMBER", None))]
    return turns, "call/retail US: spoken street address and ZIP, agent mentions card last four"


def t_address_chat():
    a = gen_address(R.choice(["UK", "IE", "US"]))
    if R.random() < 0.5:
        pc = gen_uk_postcode()
        pcv = pc if R.random() < 0.6 else pc.lower().replace(" ", "")
        canon = pc.replace(" ", "")
    else:
        pc = gen_zip(plus4=R.random() < 0.4)
        pcv, canon = pc, pc.replace("-", "")
    turns = [C("Parcel ", ref_no(), " never arrived, delivery address is ", P(a, "ADDRESS", a), " ", P(pcv, "POSTCODE", canon),
               ". It was ", amount_chat(), " and due ", R.choice(["Tuesday", "12/05", "3rd Jan"])),
             A("Sorry to hear that. Is ", P(a, "ADDRESS", a), " still correct for a redelivery?")]
    return turns, "chat/retail: address and postcode with parcel number, price and due date; agent repeats address"


def t_dob_call():
    d = gen_dob()
    turns = [A("can you confirm your date of birth"),
             C(fill(), P(sp_dob(d), "DOB", dob_canon(d))),
             A("thank you and your appointment is on the ", R.choice(["fifth of june", "twelfth of march", "twenty third of october"]), " at ", time_spoken()),
             C("and the bill was ", amount(), " wasn't it")]
    return turns, "call/healthcare billing: DOB then an appointment date and time (not DOB)"


def t_dob_agent_readback():
    d = gen_dob()
    y, m, dd = d
    turns = [A("i've got your date of birth as ", P(sp_dob(d), "DOB", dob_canon(d)), " is that right"),
             C("yes ", P(say_ordinal(dd) + " " + MONTHS[m - 1], "DOB", None), " ", P(say_year(y), "DOB", None)),
             A("and you're ", two_digit_words(min(2026 - y, 99)), " now great")]
    return turns, "call/insurance: agent reads DOB, customer confirms day/month and year separately; age after"


def t_mega_call():
    c, e, cv = gen_card(R.choice(["visa", "mc"])), gen_expiry(), rdig(3)
    p, pc = gen_phone("uk_mob"), gen_uk_postcode()
    d = gen_dob()
    turns = [A("before we start can i take your date of birth and postcode"),
             C(P(sp_dob(d), "DOB", dob_canon(d)), " and ", P(sp_postcode(pc), "POSTCODE", pc.replace(" ", ""))),
             A("thank you and a number in case we get cut off"),
             C(P(sp_phone(p), "PHONE", p)),
             A("so the outstanding balance is ", amount(), " from your bill on the ", R.choice(["second", "ninth", "sixteenth"]), " how would you like to pay"),
             C("card ", P(" ".join(sp_card(c)), "CARD_NUMBER", c), " expiry ", P(sp_expiry(e), "EXPIRY", exp_canon(e)),
               " code ", P(say_digits(cv), "CVV", cv)),
             A("the last four is ", P(say_digits(c[-4:]), "CARD_NUMBER", None), " and that's gone through at ", time_spoken())]
    return turns, "call/telecom: long call with DOB, postcode, phone, card+expiry+cvv in one turn, amounts and dates"


def t_mega_chat():
    s, a, d = gen_ssn(), gen_address("US"), gen_dob()
    z, p, em = gen_zip(), gen_phone(R.choice(["us", "us_intl"])), gen_email()
    turns = [A("Welcome! For verification please send SSN, DOB and address on file."),
             C("SSN ", P(chat_ssn(s), "SSN", s), "\nDOB ", P(chat_dob(d, us=True), "DOB", dob_canon(d)),
               "\naddress ", P(a, "ADDRESS", a), " ", R.choice(["Springfield IL", "Austin TX", "Denver CO"]), " ", P(z, "POSTCODE", z)),
             A("Thank you. Your balance is ", amount_chat(), ", claim #", ref_no(), " was approved."),
             C("great, pls text ", P(chat_phone(p), "PHONE", p), " or email ", P(em, "EMAIL", em))]
    return turns, "chat/insurance US: multi-line verification message with SSN, DOB, address, ZIP; then phone and email"


def t_uk_mega_chat():
    n, a, pc = gen_ni(), gen_address("UK"), gen_uk_postcode()
    s, acc = rdig(6), rdig(8)
    turns = [C("hi my ni no. is ", P(chat_ni(n), "NI_NUMBER", n), " and i moved to ", P(a, "ADDRESS", a), " ", P(pc, "POSTCODE", pc.replace(" ", "")),
               " on ", R.choice(["1st March", "14/02/2026", "Monday"]), ". pls pay the ", amount_chat(), " into ",
               P(chat_sort(s), "SORT_CODE", s), " ", P(acc, "BANK_ACCOUNT", acc)),
             A("Thanks, case ", ref_no(), " updated. Payments of ", amount_chat(), " every 4 weeks.")]
    return turns, "chat/government UK: NI, new address, postcode, sort code and account in one message with dates and amounts"


def t_call_two_cards():
    c1, c2 = gen_card("visa"), gen_card("mc")
    turns = [A("which card would you like to use"),
             C("i've got two, the old one was ", P(" ".join(sp_card(c1)), "CARD_NUMBER", c1), " but use ",
               P(" ".join(sp_card(c2)), "CARD_NUMBER", c2), " instead"),
             A("okay using the mastercard for the ", amount())]
    return turns, "call/travel: two card numbers in the same turn"


def t_call_expiry_cvv_seq():
    e, cv = gen_expiry(), rdig(3)
    c = gen_card("visa")
    turns = [C(P(" ".join(sp_card(c, pairs=True)), "CARD_NUMBER", c)),
             A("and the valid thru date"),
             C(P(sp_expiry(e), "EXPIRY", exp_canon(e))),
             A("and the security number three digits"),
             C("hang on ", P(say_digits(cv), "CVV", cv), " sorry ", P(say_digits(cv), "CVV", cv)),
             A("thanks that's ", R.choice(["seventy nine pounds", "nine ninety nine", "twenty three fifty"]), " taken")]
    return turns, "call/retail: card with number pairs, expiry alone, cvv repeated"


def t_email_chat_obf():
    e = gen_email()
    local, dom = e.split("@")
    shown = R.choice([e, e.upper(), local + " @ " + dom, local + "@" + dom.upper()])
    turns = [C("please send the invoice ", ref_no(), " for ", amount_chat(), " to ", P(shown, "EMAIL", e)),
             A("Sent to ", P(e, "EMAIL", e), " at ", R.choice(["11:02", "3pm", "09:48"]))]
    return turns, "chat/utilities: email typed with odd case/spaces, invoice no, amount and time"


def t_ie_call():
    p = gen_phone("ie")
    i = gen_iban("IE")
    a = gen_address("IE")
    turns = [A("and your eircode or address"),
             C(P(sp_address(a), "ADDRESS", a), " in ", R.choice(["dublin nine", "cork", "galway", "dublin three"])),
             A("and a phone number"),
             C(P(sp_phone(p), "PHONE", p)),
             A("and for the refund of ", R.choice(["sixty euro", "a hundred and twenty euro", "forty five euro fifty"]), " the iban please"),
             C(P(" ".join(sp_iban(i)), "IBAN", i))]
    return turns, "call/utilities Ireland: address, Irish mobile and IE IBAN in one call"


def homophone(text):
    out = []
    for w in text.split(" "):
        if w == "two" and R.random() < 0.5:
            w = R.choice(["to", "too"])
        elif w == "four" and R.random() < 0.5:
            w = "for"
        elif w == "eight" and R.random() < 0.25:
            w = "ate"
        elif w == "one" and R.random() < 0.15:
            w = "won"
        out.append(w)
    return " ".join(out)


def t_call_homophones():
    c = gen_card(R.choice(["visa", "mc", "disc"]))
    p = gen_phone(R.choice(["uk_mob", "us"]))
    cv = rdig(3)
    card_txt = homophone(" ".join(say_digits(g, doubles=False) for g in card_groups(c)))
    turns = [A("okay go ahead with the card"),
             C(P(card_txt, "CARD_NUMBER", c)),
             A("and the three digit code"),
             C(P(homophone(say_digits(cv, doubles=False)), "CVV", cv), " and if it fails call me on ",
               P(homophone(sp_phone(p)), "PHONE", p)),
             A("will do that's ", amount(), " for order ", R.choice(["number ", ""]), say_digits(ref_no()[:7], doubles=False, zero="zero"))]
    return turns, "call/retail: ASR homophones in card/cvv/phone ('for' 4, 'to'/'too' 2, 'ate' 8, 'won' 1), order number after"


def t_call_mixed_turn():
    c = gen_card(R.choice(["visa", "mc"]))
    ordno = ref_no()
    e = gen_expiry()
    turns = [A("how can i help"),
             C("hi yeah i want to pay the ", amount(), " on order number ", say_digits(ordno, zero="zero", doubles=False),
               " with my card which is ", P(" ".join(sp_card(c)), "CARD_NUMBER", c), " it expires ",
               P(sp_expiry(e), "EXPIRY", exp_canon(e)), " and i called at ", time_spoken(), " yesterday already"),
             A("sorry about that, taking ", amount(), " now from the card ending ", P(say_digits(c[-4:]), "CARD_NUMBER", None))]
    return turns, "call/retail: one long turn with amount, spoken order number, card, expiry and a time; agent confirms last four"


def spell_word(w):
    return " ".join(w)


def t_email_spelled():
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(["gmail.com", "yahoo.com", "outlook.com", "hotmail.com"])
    n = R.randint(1, 99)
    e = "%s.%s%d@%s" % (f, l, n, dom)
    sp = f + " dot " + spell_word(l) + " " + two_digit_words(n) + " at " + dom.replace(".", " dot ")
    turns = [A("what's the best email address"),
             C(P(sp, "EMAIL", e)),
             A("sorry was that ", spell_word(l[:2]), " at the start of the surname"),
             C("yeah ", P(sp, "EMAIL", e)),
             A("perfect we'll send the quote for ", amount(), " there within ", R.choice(["ten minutes", "the hour", "a day"]))]
    return turns, "call/insurance: email with spelled surname and a number, repeated; quote amount after"


def t_chat_sep_variants():
    n, s = gen_ni(), gen_ssn()
    typed_ni = R.choice([n[:2] + "-" + n[2:4] + "-" + n[4:6] + "-" + n[6:8] + "-" + n[8], n[:2] + " " + n[2:8] + " " + n[8]])
    typed_ssn = R.choice([s[:3] + " - " + s[3:5] + " - " + s[5:], s[:3] + "." + s[3:5] + "." + s[5:]])
    turns = [C("hi i work in the uk and the us, which number do u need? NI ", P(typed_ni, "NI_NUMBER", n),
               " or SSN ", P(typed_ssn, "SSN", s), " (I've had ", R.choice(["2", "3"]), " jobs since 2019)"),
             A("The NI number is fine, thanks. Your tax code is ", R.choice(["1257L", "BR", "1100L"]), " and the refund is ", amount_chat())]
    return turns, "chat/government: NI and SSN with unusual separators in one message, tax code and amount nearby"


def t_call_sort_acc_same_turn():
    a, s = rdig(8), rdig(6)
    pos = R.randrange(8)
    w = a[:pos] + str((int(a[pos]) + 5) % 10) + a[pos + 1:]
    turns = [A("what are the bank details for the refund of ", amount()),
             C("sort code ", P(sp_sort(s), "SORT_CODE", s), " account ", P(say_digits(w), "BANK_ACCOUNT", w)),
             A("reading back ", P(say_digits(s, zero="zero", doubles=False), "SORT_CODE", s), " and ",
               P(say_digits(w, zero="zero", doubles=False), "BANK_ACCOUNT", w)),
             C("ah the account is wrong it's ", P(say_digits(a), "BANK_ACCOUNT", a), " i said ", say_digit(w[pos], "zero"),
               " instead of ", say_digit(a[pos], "zero")),
             A("thanks changed, the refund reference is ", say_digits(ref_no(), zero="zero", doubles=False))]
    return turns, "call/banking: sort code and account in one turn, read back, account corrected by one digit"



def t_chat_email_typo():
    f, l = R.choice(FIRST), R.choice(LAST)
    good_dom = R.choice(["gmail.com", "hotmail.com", "outlook.com"])
    bad_dom = {"gmail.com": "gmial.com", "hotmail.com": "hotmial.com", "outlook.com": "outlok.com"}[good_dom]
    local = f[0] + l
    bad, good = local + "@" + bad_dom, local + "@" + good_dom
    turns = [C("pls resend the e-ticket for booking ", "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
               " to ", P(bad, "EMAIL", bad)),
             C("sorry typo!! ", P(good, "EMAIL", good), " not ", bad_dom.split(".")[0]),
             A("No problem, resent to ", P(good, "EMAIL", good), " at ", R.choice(["12:31", "08:02", "19:47"]), ". Your flight departs ", R.choice(["06:10", "14:55"]))]
    return turns, "chat/travel: email typo then corrected in the next message, booking code and times around it"


def t_call_us_contact():
    p = gen_phone("us")
    z = gen_zip(plus4=True)
    a = gen_address("US")
    zc = z.replace("-", "")
    turns = [A("can i get a callback number starting with the area code"),
             C("area code ", P(say_digits(p[:3]), "PHONE", p, "g%s" % p), " then ", P(say_digits(p[3:6]) + " " + say_digits(p[6:], pairs=R.random() < 0.5), "PHONE", p, "g%s" % p)),
             A("and the service address"),
             C(P(sp_address(a), "ADDRESS", a), " ", R.choice(["springfield", "columbus", "tucson"]), " ", P(say_digits(z[:5]) + " dash " + say_digits(z[6:]), "POSTCODE", zc)),
             A("thanks the technician will be there between ", R.choice(["eight and noon", "one and five"]), " and the visit fee is ", R.choice(["forty nine dollars", "seventy five dollars"]))]
    return turns, "call/telecom US: phone split around 'then', street address and ZIP+4 read with 'dash'"


def t_chat_dob_short():
    d = gen_dob()
    y, m, dd = d
    txt = R.choice(["%d%s %s '%02d" % (dd, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(dd, "th"), MONTHS[m - 1][:3].title(), y % 100),
                    "%d/%d/%02d" % (dd, m, y % 100), "%s %d %d" % (MONTHS[m - 1][:3], dd, y)])
    pc = gen_uk_postcode()
    turns = [A("To verify your account, what is your date of birth and postcode?"),
             C("dob ", P(txt, "DOB", dob_canon(d)), " pc ", P(pc.lower() if R.random() < 0.5 else pc, "POSTCODE", pc.replace(" ", "")),
               " - i've been on hold ", R.choice(["40 mins", "1hr", "25 minutes"]), " on the phone before this"),
             A("Thanks, verified. The outstanding amount of ", amount_chat(), " is due on ", R.choice(["28/02", "the 15th"]), ".")]
    return turns, "chat/utilities: short DOB formats and postcode, hold time and due date nearby"



POS_TEMPLATES = [
    (t_chat_email_typo, 5), (t_call_us_contact, 5), (t_chat_dob_short, 5),
    (t_call_homophones, 6), (t_call_mixed_turn, 6), (t_email_spelled, 5), (t_chat_sep_variants, 5),
    (t_call_sort_acc_same_turn, 5),
    (t_call_card_split, 14), (t_call_card_readback, 10), (t_call_card_correction, 8), (t_chat_card_multi, 12),
    (t_call_ni_split, 8), (t_call_ni_dob, 8), (t_chat_ni, 8), (t_call_ni_correction, 5),
    (t_call_ssn, 8), (t_call_ssn_dob, 7), (t_chat_ssn, 8), (t_call_ssn_correction, 5),
    (t_call_bank_sort, 7), (t_call_bank_split, 6), (t_chat_bank, 6), (t_call_us_bank, 5),
    (t_iban_chat, 8), (t_iban_call, 7), (t_phone_email_call, 7), (t_phone_split, 5), (t_phone_correction, 4),
    (t_chat_contact, 7), (t_address_call, 6), (t_address_us, 4), (t_address_chat, 6), (t_dob_call, 5),
    (t_dob_agent_readback, 4), (t_mega_call, 6), (t_mega_chat, 5), (t_uk_mega_chat, 5), (t_call_two_cards, 4),
    (t_call_expiry_cvv_seq, 5), (t_email_chat_obf, 5), (t_ie_call, 4),
]

# ---------------------------------------------------------------- negative templates

def n_amounts_call():
    return [A("your bill this month is ", amount(), " and last month was ", amount()),
            C("why has it gone up by ", R.choice(["twelve percent", "about thirty quid", "nine ninety nine"])),
            A("the price rise on the ", R.choice(["first of april", "fifth of january"]), " was ", R.choice(["six point four percent", "three percent"]))], \
        "call/telecom: amounts, percentage and price-rise date"


def n_ref_call():
    r = ref_no()
    return [A("your reference number is ", say_digits(r, zero="zero", doubles=False)),
            C("sorry was that ", say_digits(r[:4], zero="zero", doubles=False), " for the reference and then"),
            A("yes the reference then ends ", say_digits(r[4:], zero="zero", doubles=False), " and it was logged at ", time_spoken())], \
        "call/insurance: 8-digit reference read by agent and repeated in parts"


def n_ref_chat():
    return [C("Order #", ref_no(), " placed ", R.choice(["12/03/2026", "3rd Feb", "2026-01-14"]), " total ", amount_chat()),
            A("Thanks, ticket ", str(R.randint(100000, 9999999)), " raised. Refund within 5-7 days.")], \
        "chat/retail: order number, order date, total, ticket number"


def n_flight():
    fl = R.choice(["BA", "EI", "FR", "UA", "LH"]) + str(R.randint(100, 9999))
    return [C("my flight ", fl, " on the ", R.choice(["14th", "2nd", "23rd"]), " leaves at ", R.choice(["06:45", "13:10", "21:35"]),
              " and I need to add a bag of ", R.choice(["23kg", "15 kg", "32kg"])),
            A("that's ", amount_chat(), " for the bag, booking ref ", "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))], \
        "chat/travel: flight number, date, time, weight, price, booking code"


def n_flight_call():
    return [C("i'm on flight ", R.choice(["e i one oh four", "b a two eight three", "u a nine two one"]), " tomorrow at ", time_spoken()),
            A("okay gate closes ", R.choice(["forty minutes", "thirty minutes", "an hour"]), " before and your seat is ", R.choice(["twenty three c", "fourteen a", "six f"]))], \
        "call/travel: spoken flight number, time, duration and seat"


def n_meter():
    m = str(R.randint(10000, 99999))
    return [A("can i take a meter reading"),
            C(say_digits(m, zero="zero", doubles=False), " on the electric and gas is ", say_digits(str(R.randint(1000, 9999)), zero="zero", doubles=False)),
            A("thanks that makes your bill ", amount(), " due on the ", R.choice(["eighth", "twentieth"]))], \
        "call/utilities: meter readings spoken digit by digit, bill amount and due date"


def n_meter_chat():
    return [C("Meter reading ", str(R.randint(10000, 99999)), " taken ", R.choice(["01/02/2026", "today 9am"]), ", meter serial ",
              R.choice(["E11Z", "G4"]) + str(R.randint(100000, 999999))),
            A("Thanks, estimated usage ", str(R.randint(150, 900)), " kWh, cost ", amount_chat())], \
        "chat/utilities: meter reading, serial number, usage and cost"


def n_room_hotel():
    return [C("i'm in room ", R.choice(["four one two", "two oh six", "twelve fifteen"]), " checked in on the ", R.choice(["third", "ninth"]),
              " for ", R.choice(["three nights", "a week", "two nights"])),
            A("the rate is ", R.choice(["a hundred and forty euro", "ninety nine pounds", "two hundred dollars"]), " per night and checkout is at eleven")], \
        "call/travel: room number, nights, rate and checkout time"


def n_model2():
    return [C("my phone is an ", R.choice(["iPhone 15 Pro", "Galaxy S24", "Pixel 8a", "Moto G54"]), " with ", R.choice(["128GB", "256 GB", "512gb"]),
              " and the contract started ", R.choice(["March 2024", "01/09/2025", "last August"])),
            A("you have ", str(R.randint(2, 20)), " months left, ", R.choice(["30GB", "unlimited", "100 GB"]), " data at ", amount_chat(), "/month")], \
        "chat/telecom: handset model, storage, contract start date, months, data allowance, monthly price"


def n_age_temp():
    return [C("my son is ", R.choice(["seven", "twelve", "sixteen"]), " and he had a temperature of ", R.choice(["thirty eight point five", "a hundred and one", "thirty nine"])),
            A("okay the appointment is at ", time_spoken(), " on the ", R.choice(["fourth", "eleventh"]), " and the copay is ", amount())], \
        "call/healthcare: age, temperature, appointment time/date, copay"


def n_balance():
    return [A("your current balance is ", R.choice(["one thousand two hundred and forty pounds", "three hundred and six dollars eleven cents", "minus forty two euro"]),
              " and your overdraft limit is ", R.choice(["five hundred", "two thousand", "seven fifty"])),
            C("and the interest rate"),
            A(R.choice(["nineteen point nine", "twenty four point nine nine", "five point two"]), " percent apr")], \
        "call/banking: balance, overdraft limit, interest rate"


def n_dates():
    return [C("i paid on the ", R.choice(["twelfth of march", "fourth of july", "second of june"]), " twenty twenty six and it still shows ", amount()),
            A("the payment posted on ", R.choice(["the fourteenth", "march the sixteenth"]), " and your next due date is the ", R.choice(["first", "twenty fifth"]))], \
        "call/banking: payment dates and posted dates (not DOB), amounts"


def n_dates_chat():
    return [C("contract start ", R.choice(["01/04/2024", "2023-11-15", "15.09.2022"]), " end ", R.choice(["31/03/2026", "2025-11-14"]),
              ", early exit fee quoted ", amount_chat()),
            A("Correct, and the cooling off period is 14 days from ", R.choice(["12/02/2026", "the 3rd"]), ".")], \
        "chat/telecom: contract start and end dates, fee, cooling-off days"


def n_claim():
    return [A("your claim number is ", R.choice(["c l", "m o", "h r"]), " ", say_digits(ref_no(), zero="zero", doubles=False)),
            C("and how long will it take"),
            A("about ", R.choice(["ten working days", "six weeks", "forty eight hours"]), " and the excess is ", R.choice(["two hundred and fifty pounds", "a hundred euro"]))], \
        "call/insurance: claim number with letter prefix read out, duration, excess"


def n_counts():
    return [C("we have ", R.choice(["three", "four", "eleven"]), " lines on the account and ", R.choice(["two", "five"]), " of them are for the kids"),
            A("okay so ", R.choice(["four lines at ten pounds each", "twelve ninety nine per line"]), " that's ", amount(), " total over ", R.choice(["twenty four", "eighteen", "thirty six"]), " months")], \
        "call/telecom: counts, per-line prices, contract length"


def n_speed_call():
    return [C("i'm only getting ", R.choice(["two megs", "five point six megabits", "nine meg"]), " and i pay for ", R.choice(["five hundred", "a gig", "seventy"])),
            A("i can see ", R.choice(["fourteen", "twenty two", "three"]), " drops since ", R.choice(["tuesday", "the eighth", "last week"]), " at around ", time_spoken())], \
        "call/telecom: speeds, counts, times"


def n_ticket_chat():
    return [C("Ticket INC", str(R.randint(1000000, 9999999)), " still open after ", R.choice(["9 days", "3 weeks", "72 hours"])),
            A("Escalated to tier 2 at ", R.choice(["10:15", "14:40"]), "; SLA is ", R.choice(["48h", "5 business days"]), ". Ref ", ref_no())], \
        "chat/telecom: ticket numbers, durations, times"


def n_invoice_call():
    inv = str(R.randint(100000, 9999999))
    return [A("the invoice number is ", say_digits(inv, pairs=True), " for ", amount()),
            C("and that was from ", R.choice(["january", "the third of may", "last quarter"])),
            A("yes issued on the ", R.choice(["fifth", "thirtieth"]), " and due in thirty days")], \
        "call/utilities: invoice number read in pairs, amount, invoice date"


def n_year_money():
    return [C("i've been a customer since ", R.choice(["nineteen ninety eight", "two thousand and four", "twenty eleven"]),
              " and you want ", amount(), " a month now"),
            A("i can offer ", R.choice(["fifteen percent off", "six months at half price", "a twenty pound credit"]), " for the next ", R.choice(["twelve", "eighteen"]), " months")], \
        "call/telecom: customer-since year, amounts, discount"


def n_parcel_weights():
    return [C("the parcel weighed ", R.choice(["2.5kg", "700g", "12 kg"]), " and measured ", R.choice(["40x30x20cm", "60 x 40 x 40"]), ", tracking ",
              R.choice(["JD", "H"]) + str(R.randint(10000000, 99999999))),
            A("Thanks, compensation up to ", amount_chat(), " applies; lodged ", R.choice(["today at 13:20", "on 02/03"]))], \
        "chat/retail: weight, dimensions, tracking number, compensation amount"


def n_opening_hours():
    return [C("what time are you open till"),
            A("we're open ", R.choice(["eight till eight", "nine to five thirty", "seven am to ten pm"]), " monday to friday and ", R.choice(["ten till four", "nine till one"]), " on saturdays"),
            C("and is it ", R.choice(["still five ninety nine", "twenty pounds", "forty five euro"]), " for the callout")], \
        "call/utilities: opening hours, prices"


def n_pin_like_money():
    return [C("the charge was ", R.choice(["1,482.37", "3 482.10", "12,004.00"]), " on ", R.choice(["14/01", "Jan 14"]), " and another ", R.choice(["99.99", "249.00"])),
            A("I can see both. Dispute ", ref_no(), " opened; provisional credit of ", amount_chat(), " in 10 days.")], \
        "chat/banking: large amounts with thousands separators, dispute number"


def n_policy_call():
    return [A("your policy renews on the ", R.choice(["ninth of september", "first of december"]), " at ", R.choice(["four hundred and twelve pounds", "five hundred and ninety euro"])),
            C("it was ", R.choice(["three eighty", "four twenty"]), " last year with ", R.choice(["five", "nine"]), " years no claims"),
            A("yes and the voluntary excess is ", R.choice(["two fifty", "a hundred"]))], \
        "call/insurance: renewal date, premiums, years, excess"


def n_spoken_order():
    return [C("i'm calling about order number ", say_digits(str(R.randint(1000000, 9999999999)), pairs=R.random() < 0.5), " it was ", amount()),
            A("i can see that order placed on the ", R.choice(["second", "fourteenth"]), " of ", R.choice(MONTHS), " at ", time_spoken())], \
        "call/retail: long order number spoken with its reference word, amount, order date"


def n_quantities():
    return [C("I ordered ", R.choice(["24", "12", "6"]), " bottles and ", R.choice(["3", "2"]), " boxes, got ", R.choice(["18", "10", "4"]), " bottles, ", R.choice(["50%", "a third"]), " missing"),
            A("Refund of ", amount_chat(), " issued, arrives in 3-5 working days. Case ", ref_no())], \
        "chat/retail: quantities, percentage, refund amount, case number"


def n_big_amount_spoken():
    return [A("the total outstanding is ", R.choice(["one thousand four hundred and ninety nine pounds ninety nine", "two thousand three hundred and six euro forty", "eleven thousand and twenty dollars"])),
            C("can i pay ", R.choice(["two hundred", "a hundred and fifty", "three hundred and thirty three"]), " a month over ", R.choice(["six", "eight", "twelve"]), " months"),
            A("yes the first payment will be on the ", R.choice(["first", "tenth"]), " of ", R.choice(MONTHS), " twenty twenty seven")], \
        "call/utilities: large spoken amounts, instalments, payment date with year"


def n_temp_chat():
    return [C("heating set to ", R.choice(["21C", "68F", "19 degrees"]), " but room only ", R.choice(["14C", "15 degrees"]), ", boiler model ", R.choice(["Combi 30", "Greenstar 4000", "ecoTEC 832"])),
            A("An engineer can attend on ", R.choice(["12/03", "Thursday"]), " between 8am and 1pm, callout ", amount_chat())], \
        "chat/utilities: temperatures, boiler model, visit date and time window, fee"



NEG_TEMPLATES = [n_spoken_order, n_quantities, n_big_amount_spoken, n_temp_chat, n_amounts_call, n_ref_call, n_ref_chat, n_flight, n_flight_call, n_meter, n_meter_chat, n_room_hotel,
                 n_model2, n_age_temp, n_balance, n_dates, n_dates_chat, n_claim, n_counts, n_speed_call,
                 n_ticket_chat, n_invoice_call, n_year_money, n_parcel_weights, n_opening_hours, n_pin_like_money,
                 n_policy_call]

# ---------------------------------------------------------------- assembly


def assemble(turns):
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, P):
                if not s.text:
                    continue
                start = len(text)
                text += s.text
                spans.append({"turn": ti, "start": start, "end": len(text), "type": s.typ})
                meta.append((s.canon, s.group))
            else:
                text += s
        text = text.replace("  ", " ") if False else text
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans, meta


def build():
    cases, metas = [], []
    pos = []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn)
    R.shuffle(pos)
    for k, fn in enumerate(pos, 1):
        turns, note = fn()
        t, s, m = assemble(turns)
        cases.append({"id": "%s-pos-%03d" % (PREFIX, k), "kind": "positive", "turns": t, "spans": s, "note": note})
        metas.append(m)
    negs = []
    while len(negs) < 125:
        negs.extend(NEG_TEMPLATES)
    negs = negs[:125]
    R.shuffle(negs)
    for k, fn in enumerate(negs, 1):
        turns, note = fn()
        t, s, m = assemble(turns)
        cases.append({"id": "%s-neg-%03d" % (PREFIX, k), "kind": "negative", "turns": t, "spans": [], "note": note})
        metas.append([])
    return cases, metas


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def type_counts(cases):
    return Counter(s["type"] for c in cases for s in c["spans"])


def readme(cases):
    cnt = type_counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return f"""# PII hold-out set 28

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against. Do not copy cases from it into training data, unit
tests or pattern lists, and do not look at individual failures to tweak rules.

## Who wrote it and how

Written by an AI helper acting as an independent author. It did not see the
redaction code, its tests, its documentation, the benchmark script or any other
PII fixture; the only existing data it saw was a three-line example of the JSONL
format. Cases are generated by `scripts/make_pii_holdout28.py` (standard library
only, `random.Random({SEED})`), from template functions whose turns are built of
plain text segments and labelled value segments, so every offset is computed.
`python scripts/make_pii_holdout28.py --check` regenerates the file, checks it is
byte-identical, and validates ids, offsets, word boundaries, overlaps and each
value (Luhn, IBAN mod-97, NI shape, SSN 9 digits, sort code 6 digits, CVV/phone/
account digit counts, postcode shapes) after normalising spoken forms.

Emphasis: long multi-value interactions (several values per case and per turn),
PII interleaved with amounts, reference/order/claim numbers, dates and times,
agents reading values back, customers correcting a single digit, values split
across consecutive turns with back-channels. Both chat (typed) and phone calls
(ASR style: lower case, digits as words, "oh"/"o"/"nought", "double"/"triple",
pairs such as "forty one", letters as "b for bravo").

## Annotation conventions

* A span covers only the value itself: the digits/letters as spoken or typed,
  including internal separators, "double"/"triple", spoken letters with their
  "x for xray" phrase, and filler words *inside* a reading. Labels and lead-ins
  ("my card is", "sort code", "exp") are outside.
* A value split across turns gets one span per turn (each piece is labelled with
  the full value's type). Partial values such as "last four of the card" or an
  agent echoing an account's last four digits are labelled with the full type.
* Every reading of a value is labelled: the customer's, the agent's read-back,
  wrong readings that are later corrected, and the correction itself.
* In a self-correction within one turn ("... four two no sorry four three ...")
  the wrong and the right pieces are separate spans; "no sorry" is outside.
* DOB spans cover the whole date ("the fourth of march nineteen eighty two"
  including "the ... of"). EXPIRY covers month and year only. ADDRESS covers house
  number and street name (town names are outside); postcodes/ZIPs are POSTCODE.
* Phone numbers include a leading "+44"/"plus four four" or "+1" country code.
* ASR homophones inside a reading ("for" = 4, "to"/"too" = 2, "ate" = 8,
  "won" = 1) are part of the span. A bare letter O is always spoken with its
  phonetic word ("o for oscar") so that it is not confusable with zero.
* Words between values that are not part of a reading ("apartment b", town
  names, "it's the barclays one") are outside spans.
* Amounts, order/invoice/claim/payment references, dates that are not dates of
  birth, times and durations that appear next to PII in positive cases are
  deliberately left unlabelled.
* Bank routing numbers (US) are not labelled; only the account number is.
* Negatives contain lookalike numbers only: amounts, prices, times, durations,
  counts, years, percentages, non-birth dates, order/ticket/claim/invoice
  references, flight numbers, room numbers, models, meter readings, speeds,
  ages, temperatures, balances. Nothing in a negative should be redacted.

## Counts

Positive cases: {npos}; negative cases: {nneg}; spans: {sum(cnt.values())}.

| type | spans |
|---|---|
{rows}
"""


def word_boundary_ok(text, s, e):
    if s > 0 and text[s - 1].isalnum():
        return False
    if e < len(text) and text[e].isalnum():
        return False
    return text[s:e] == text[s:e].strip() and s < e


def check():
    problems = []
    cases, metas = build()
    want = serialise(cases)
    have = OUT_FILE.read_text(encoding="utf-8") if OUT_FILE.exists() else ""
    if have != want:
        problems.append("cases.jsonl differs from regenerated output")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(cases):
        problems.append("README.md differs from regenerated output")
    loaded = [json.loads(l) for l in have.splitlines() if l.strip()]
    ids = [c["id"] for c in loaded]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    if len(loaded) != len(cases):
        loaded = cases
    for c, meta in zip(loaded, metas):
        if c["kind"] == "negative" and c["spans"]:
            problems.append(c["id"] + ": negative with spans")
        groups = {}
        prev = None
        for s, (canon, g) in zip(c["spans"], meta):
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (c["id"], s["type"]))
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append(c["id"] + ": turn out of range"); continue
            text = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(text)):
                problems.append(c["id"] + ": offsets out of range"); continue
            if not word_boundary_ok(text, s["start"], s["end"]):
                problems.append("%s: span not on word boundary %r" % (c["id"], text[s["start"]:s["end"]]))
            if prev and prev["turn"] == s["turn"] and s["start"] < prev["end"]:
                problems.append(c["id"] + ": overlapping spans")
            prev = s
            st = text[s["start"]:s["end"]]
            if g is not None:
                groups.setdefault(g, [s["type"], canon, []])[2].append(st)
                continue
            typ = s["type"]
            if canon is None:
                # partial value (last four, correction piece): digits only sanity
                comp = spoken_to_compact(st, keep_letters=False)
                if not comp.isdigit():
                    problems.append("%s: partial %s does not normalise to digits: %r" % (c["id"], typ, st))
                continue
            if not validate_value(typ, None, canon):
                problems.append("%s: invalid %s canonical %r" % (c["id"], typ, canon))
            if not text_matches(typ, st, canon):
                problems.append("%s: %s text %r does not normalise to %r" % (c["id"], typ, st, canon))
        for g, (typ, canon, pieces) in groups.items():
            joined = " ".join(pieces)
            if canon is None:
                comp = spoken_to_compact(joined, keep_letters=False)
                if not comp.isdigit():
                    problems.append("%s: partial group %s not digits %r" % (c["id"], typ, joined))
                continue
            if not validate_value(typ, None, canon):
                problems.append("%s: invalid %s canonical %r" % (c["id"], typ, canon))
            if not text_matches(typ, joined, canon):
                problems.append("%s: %s group %r does not normalise to %r" % (c["id"], typ, joined, canon))
    cnt = type_counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170:
        problems.append("fewer than 170 positives")
    if nneg < 100:
        problems.append("fewer than 100 negatives")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("type %s has %d spans (< %d)" % (t, cnt[t], need))
    print("positives=%d negatives=%d spans=%d" % (npos, nneg, sum(cnt.values())))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for p in problems[:60]:
        print("PROBLEM:", p)
    if problems:
        print("FAILED: %d problem(s)" % len(problems))
        return 1
    print("OK: check passed")
    return 0


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    cases, _ = build()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    OUT_FILE.write_text(serialise(cases), encoding="utf-8")
    README.write_text(readme(cases), encoding="utf-8")
    cnt = type_counts(cases)
    print("wrote %d cases to %s" % (len(cases), OUT_FILE))
    print(dict(sorted(cnt.items())))


if __name__ == "__main__":
    main()

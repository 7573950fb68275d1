#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout99``.

Written by an AI helper acting as an independent author who did not read the
redaction code, its tests or its docs.  Standard library only.

    python scripts/make_pii_holdout99.py          # write fixture + README
    python scripts/make_pii_holdout99.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 99311123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout99"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h99"

R = random.Random(SEED)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# spoken-form helpers
# --------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
       12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
       16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 30: "thirtieth"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform", "v": "victor",
        "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
FOR_WORDS = {"a": "apple", "b": "bob", "c": "charlie", "d": "dog", "e": "edward",
             "g": "george", "h": "harry", "j": "jack", "k": "king", "l": "london",
             "m": "mary", "n": "nancy", "p": "peter", "r": "robert", "s": "sugar",
             "t": "tommy", "w": "william", "x": "x-ray", "y": "yellow", "z": "zebra"}
LETTER_HOMO = {"c": "see", "r": "are", "t": "tee", "y": "why", "b": "bee", "p": "pee",
               "q": "queue", "j": "jay"}
FILLERS = ["um", "uh", "er", "erm"]


def ord_word(n: int) -> str:
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def pair_word(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n % 10 == 0:
        return TENS[n // 10]
    return TENS[n // 10] + " " + UNITS[n % 10]


def zero_word(uk: bool) -> str:
    opts = ["zero", "oh", "oh", "o"] + (["nought"] if uk else [])
    return R.choice(opts)


def dword(d: str, uk: bool = False, homo: float = 0.0) -> str:
    if d == "0":
        return zero_word(uk)
    if homo and R.random() < homo:
        if d == "4":
            return "for"
        if d == "2":
            return R.choice(["to", "too"])
        if d == "8":
            return "ate"
        if d == "1":
            return "won"
    return UNITS[int(d)]


def say_digits(s: str, uk: bool = False, doubles: float = 0.35, pairs: float = 0.0,
               fill: float = 0.0, homo: float = 0.0) -> str:
    out: list[str] = []
    i = 0
    while i < len(s):
        d = s[i]
        if i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2] and R.random() < doubles:
            out.append("triple " + dword(d, uk))
            i += 3
        elif i + 1 < len(s) and s[i] == s[i + 1] and R.random() < doubles:
            out.append("double " + dword(d, uk))
            i += 2
        elif (i + 1 < len(s) and R.random() < pairs and s[i] != "0"
              and (s[i + 1] != "0" or s[i] == "1")):
            out.append(pair_word(int(s[i:i + 2])))
            i += 2
        else:
            out.append(dword(d, uk, homo))
            i += 1
        if fill and i < len(s) and R.random() < fill:
            out.append(R.choice(FILLERS))
    return " ".join(out)


def say_letter(ch: str, style: str) -> str:
    ch = ch.lower()
    if style == "nato" and ch in NATO:
        return ch + " for " + NATO[ch]
    if style == "for" and ch in FOR_WORDS:
        return ch + " for " + FOR_WORDS[ch]
    if style == "homo" and ch in LETTER_HOMO:
        return LETTER_HOMO[ch]
    return ch


def say_alnum(s: str, uk: bool = True, letter_style: str = "plain", doubles: float = 0.3) -> str:
    """Speak a mixed letter/digit string, digit runs via say_digits."""
    out: list[str] = []
    for run in re.findall(r"[0-9]+|[A-Za-z]", s):
        if run.isdigit():
            out.append(say_digits(run, uk=uk, doubles=doubles))
        else:
            out.append(say_letter(run, letter_style if R.random() < 0.6 else "plain"))
    return " ".join(out)


# --------------------------------------------------------------------------
# normalising spoken forms back to canonical strings (used by --check)
# --------------------------------------------------------------------------
W2D = {w: str(i) for i, w in enumerate(UNITS)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "for": "4", "to": "2", "too": "2",
            "ate": "8", "won": "1"})
TEEN2 = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2 = {w: k for k, w in TENS.items()}
NATO2 = {v: k for k, v in NATO.items()}
HOMO2 = {v: k for k, v in LETTER_HOMO.items()}
MONTH2 = {m: "%02d" % (i + 1) for i, m in enumerate(MONTHS)}
MONTH2.update({m[:3]: "%02d" % (i + 1) for i, m in enumerate(MONTHS)})
ORD2 = {}
for _n in range(1, 32):
    ORD2[ord_word(_n)] = str(_n)
FILL2 = set(FILLERS) | {"uhm", "hmm"}


def norm(text: str, letters: bool = False) -> str | None:
    """Return canonical upper-case alnum string or None on an unknown word."""
    t = text.lower().replace("x-ray", "xray")
    toks = re.findall(r"[a-z]+|[0-9]+|\+", t)
    out: list[str] = []
    i = 0
    mult = 1
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if w in FILL2 or w in ("+", "plus", "dash", "hyphen"):
            i += 1
            continue
        if w in ("double", "triple"):
            mult = 2 if w == "double" else 3
            i += 1
            continue
        if letters and len(w) == 1 and w.isalpha() and nxt == "for" and i + 2 < len(toks):
            out.append(w.upper() * mult)
            mult = 1
            i += 3
            continue
        if letters and len(w) == 1 and w.isalpha() and w != "o":
            out.append(w.upper() * mult)
        elif w.isdigit():
            out.append(w * mult)
        elif w in W2D:
            out.append(W2D[w] * mult)
        elif w in TEEN2:
            out.append(TEEN2[w])
        elif w in TENS2:
            if nxt in UNITS[1:]:
                out.append(str(TENS2[w] * 10 + UNITS.index(nxt)))
                i += 1
            else:
                out.append(str(TENS2[w] * 10))
        elif letters and (w in NATO2 or w == "xray"):
            out.append((NATO2.get(w) or "x").upper() * mult)
        elif letters and w in HOMO2:
            out.append(HOMO2[w].upper() * mult)
        elif letters and w.isalpha() and len(w) <= 4 and "o" not in w:
            out.append(w.upper())   # typed letter run such as "bm", "MEXM"
        else:
            return None
        mult = 1
        i += 1
    return "".join(out)


def luhn_ok(s: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s: str) -> bool:
    lens = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16}
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or lens.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


UK_PC = re.compile(r"^(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])[0-9][ABD-HJLNP-UW-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
STREET_SFX = {"road", "street", "avenue", "lane", "drive", "close", "way", "court",
              "crescent", "terrace", "place", "gardens", "grove", "park", "square",
              "boulevard", "blvd", "st", "rd", "ave", "ln", "dr", "hill", "row", "walk",
              "parade", "mews", "view", "green"}


def norm_email(text: str) -> str:
    t = text.lower()
    if "@" in t:
        return t.strip()
    toks = t.split()
    m = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
    out = []
    for w in toks:
        if w in FILL2:
            continue
        if w in m:
            out.append(m[w])
        elif w in W2D and w not in ("for", "to", "too", "won", "ate", "o"):
            out.append(W2D[w])
        else:
            out.append(w)
    return "".join(out)


def norm_date(text: str) -> str | None:
    """Lenient: month names and ordinals to digits, other number words via norm."""
    t = text.lower().replace(",", " ")
    parts = []
    for w in re.findall(r"[a-z]+|[0-9]+|/|-|\.", t):
        if w in ("/", "-", ".", "of", "the", "and", "slash", "st", "nd", "rd", "th"):
            continue
        if w in MONTH2:
            parts.append(MONTH2[w])
        elif w in ORD2:
            parts.append(ORD2[w])
        elif w == "thousand":
            parts.append("000")
        else:
            parts.append(w)
    # join ordinals like "twenty first": handled in ORD2 keys with space -> retry
    s = " ".join(parts)
    for k in sorted(ORD2, key=len, reverse=True):
        if " " in k:
            s = s.replace(k, ORD2[k])
    n = norm(s)
    return n


def validate(typ: str, raw: str) -> str | None:
    """Return an error string or None."""
    if typ == "EMAIL":
        e = norm_email(raw)
        return None if re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", e) else "bad email " + e
    if typ in ("DOB", "EXPIRY"):
        n = norm_date(raw)
        if n is None or not n.isdigit():
            return "bad date %r" % raw
        if typ == "EXPIRY":
            return None if re.fullmatch(r"(0?[1-9]|1[0-2])(20)?\d\d", n) else "bad expiry %r -> %s" % (raw, n)
        return None if 4 <= len(n) <= 10 else "bad dob %r -> %s" % (raw, n)
    if typ == "ADDRESS":
        toks = re.findall(r"[a-z0-9]+", raw.lower())
        if not toks or toks[-1] not in STREET_SFX:
            return "address suffix %r" % raw
        if not (toks[0].isdigit() or toks[0] in W2D or toks[0] in TEEN2 or toks[0] in TENS2
                or toks[0] in ("flat", "apartment", "unit", "apt")):
            return "address number %r" % raw
        return None
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    n = norm(raw, letters=letters)
    if n is None:
        return "unparsable %s %r" % (typ, raw)
    return validate_canon(typ, n)


def validate_canon(typ: str, n: str) -> str | None:
    ok = True
    if typ == "CARD_NUMBER":
        ok = n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    elif typ == "CVV":
        ok = n.isdigit() and len(n) in (3, 4)
    elif typ == "SSN":
        ok = n.isdigit() and len(n) == 9
    elif typ == "NI_NUMBER":
        ok = bool(NI_RE.match(n))
    elif typ == "BANK_ACCOUNT":
        ok = n.isdigit() and 8 <= len(n) <= 12
    elif typ == "SORT_CODE":
        ok = n.isdigit() and len(n) == 6
    elif typ == "IBAN":
        ok = iban_ok(n)
    elif typ == "PHONE":
        ok = n.isdigit() and 10 <= len(n) <= 13
    elif typ == "POSTCODE":
        ok = bool(UK_PC.match(n)) or bool(re.fullmatch(r"\d{5}(\d{4})?", n))
    return None if ok else "invalid %s %s" % (typ, n)


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
def rdigits(n: int) -> str:
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + rdigits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card(kind: str | None = None) -> str:
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "mc2"])
    if kind == "visa":
        return luhn_complete("4" + R.choice(["0", "1", "5", "6", "9"]), 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    if kind == "mc":
        return luhn_complete("5" + R.choice("12345"), 16)
    if kind == "mc2":
        return luhn_complete("22" + R.choice("3456"), 16)
    if kind == "amex":
        return luhn_complete("3" + R.choice("47"), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "maestro19":
        return luhn_complete("6759", 19)
    raise ValueError(kind)


def group_card(c: str, sep: str = " ") -> str:
    if len(c) == 15:
        parts = [c[:4], c[4:10], c[10:]]
    elif len(c) == 19:
        parts = [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    else:
        parts = [c[i:i + 4] for i in range(0, len(c), 4)]
    return sep.join(parts)


def card_chunks(c: str) -> list[str]:
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def gen_ssn() -> str:
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni() -> str:
    while True:
        p = R.choice(NI_L1) + R.choice(NI_L2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdigits(6) + R.choice("ABCD")


def gen_sort() -> str:
    return R.choice(["20", "40", "30", "60", "77", "83", "09", "11", "16", "93"]) + rdigits(4)


def gen_acct(n: int = 8) -> str:
    return R.choice("123456789") + rdigits(n - 1)


def gen_iban(cc: str | None = None) -> str:
    cc = cc or R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    LET = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if cc in ("GB", "IE"):
        bban = "".join(R.choice(LET) for _ in range(4)) + rdigits(14)
    elif cc == "DE":
        bban = rdigits(18)
    elif cc == "FR":
        bban = rdigits(23)
    elif cc == "NL":
        bban = "".join(R.choice(LET) for _ in range(4)) + rdigits(10)
    else:
        bban = rdigits(20)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def group4(s: str, sep: str = " ") -> str:
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_uk_mobile() -> str:
    return "07" + R.choice("3456789") + rdigits(8)


def gen_uk_land() -> str:
    return R.choice(["0161", "0113", "0121", "0131", "0141", "0117", "0191", "0114"]) + rdigits(7)


def gen_us_phone() -> str:
    return R.choice(["212", "312", "415", "617", "646", "702", "404", "512", "206"]) + R.choice("23456789") + rdigits(6)


def gen_ie_mobile() -> str:
    return "08" + R.choice("35679") + rdigits(7)


UK_PCS = ["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EH1 2NG", "LS6 3HN",
          "BS8 4RT", "NE4 7YL", "G12 8QQ", "CF10 3AT", "L17 9RD", "N7 6PA", "W1T 4JE",
          "EC1V 9HX", "SE15 5NU", "CH2 6GG", "BT9 5EE", "PL4 8AA", "DE1 3QX", "PE1 1HB", "NG7 2RD",
          "S10 2TN", "CB4 1DH", "RG1 3EU", "HU5 2LA", "LE3 0QP", "KT19 8PH", "E14 5AB"]
US_ZIPS = ["10027", "60614", "94110", "02139", "30309", "78704", "98103", "33139",
           "80205", "19104", "55408", "85004", "97214", "20009"]
UK_STREETS = ["harcourt road", "mill lane", "station road", "church street", "victoria avenue",
              "the crescent", "kingsway close", "meadow drive", "albert terrace", "orchard grove",
              "park view", "high street", "queens road", "beech walk", "cromwell gardens",
              "priory lane", "elm grove", "chapel row", "willow court", "stanley park"]
US_STREETS = ["maple avenue", "oak street", "elm drive", "sunset boulevard", "cedar lane",
              "washington street", "lakeview drive", "pine court", "highland avenue",
              "park place", "river road", "jefferson street"]
FIRST = ["sarah", "mark", "aoife", "james", "priya", "tom", "claire", "liam", "fatima",
         "david", "emma", "ciaran", "nina", "raj", "helen", "owen", "megan", "sean", "lucy", "omar"]
LAST = ["murphy", "okafor", "walsh", "patel", "brennan", "hughes", "kowalski", "oconnor",
        "reid", "nguyen", "fletcher", "doyle", "garcia", "campbell", "byrne", "singh"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com",
           "btinternet.com", "eircom.net", "live.ie", "aol.com", "protonmail.com"]


def gen_email() -> str:
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 4)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + rdigits(2)
    elif style == 2:
        local = f + "_" + l[:3]
    elif style == 3:
        local = l + f[0] + rdigits(3)
    else:
        local = f + "-" + l
    return local + "@" + R.choice(DOMAINS)


def say_email(e: str) -> str:
    local, dom = e.split("@")
    out = []
    for tok in re.findall(r"[a-z]+|[0-9]+|[._\-]", local):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append(R.choice(["dash", "hyphen"]))
        elif tok.isdigit():
            out.append(" ".join(UNITS[int(c)] for c in tok))
        elif len(tok) <= 2 or R.random() < 0.15:
            out.append(" ".join(tok))
        else:
            out.append(tok)
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def gen_dob():
    y = R.randint(1941, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return d, m, y


def say_year(y: int) -> str:
    if y >= 2000:
        return R.choice(["two thousand and " + pair_word(y - 2000), "two thousand " + pair_word(y - 2000)]) if y > 2000 else "two thousand"
    if y % 100 < 10:
        return pair_word(y // 100) + " " + R.choice(["oh", "o"]) + " " + UNITS[y % 10]
    return pair_word(y // 100) + " " + pair_word(y % 100)


def say_dob(d: int, m: int, y: int) -> str:
    st = R.randint(0, 4)
    if st == 0:
        return ord_word(d) + " of " + MONTHS[m - 1] + " " + say_year(y)
    if st == 1:
        return MONTHS[m - 1] + " " + ord_word(d) + " " + say_year(y)
    if st == 2:
        return ord_word(d) + " " + MONTHS[m - 1] + " " + (pair_word(y % 100) if y < 2000 else say_year(y))
    if st == 3:
        return say_digits("%02d" % d, doubles=0) + " " + say_digits("%02d" % m, doubles=0) + " " + say_year(y)
    return MONTHS[m - 1] + " " + pair_word(d) + " " + say_year(y)


def type_dob(d: int, m: int, y: int, us: bool = False) -> str:
    st = R.randint(0, 3)
    if st == 0:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if st == 1:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if st == 2:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize()[:3], d, y)
    return "%d-%02d-%02d" % (y, m, d)


def gen_exp():
    return R.randint(1, 12), R.randint(26, 31)


def say_exp(m: int, yy: int) -> str:
    st = R.randint(0, 3)
    if st == 0:
        return say_digits("%02d" % m, doubles=0) + " " + pair_word(yy)
    if st == 1:
        return MONTHS[m - 1] + " " + R.choice(["twenty " + pair_word(yy), pair_word(yy)])
    if st == 2:
        return say_digits("%02d" % m, doubles=0) + " slash " + pair_word(yy)
    return pair_word(m) + " " + pair_word(yy)


def type_exp(m: int, yy: int) -> str:
    return R.choice(["%02d/%02d" % (m, yy), "%02d/20%02d" % (m, yy), "%02d-%02d" % (m, yy), "%02d %02d" % (m, yy)])


# --------------------------------------------------------------------------
# case builder
# --------------------------------------------------------------------------
class Case:
    def __init__(self, kind: str, note: str):
        self.kind = kind
        self.note = note
        self.turns: list[dict] = []
        self.spans: list[dict] = []
        self.groups: dict = {}   # gid -> (type, [span idx])

    def t(self, speaker: str, *segs) -> "Case":
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, typ = seg[0], seg[1]
                gid = seg[2] if len(seg) > 2 else None
                st = len(text)
                text += val
                self.spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                if gid is not None:
                    self.groups.setdefault(gid, (typ, []))[1].append(len(self.spans) - 1)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


POS: list[Case] = []
NEG: list[Case] = []


def pos(note):
    c = Case("positive", note)
    POS.append(c)
    return c


def neg(note):
    c = Case("negative", note)
    NEG.append(c)
    return c


BACK = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "right", "yeah", "got that"]


def back():
    return R.choice(BACK)


# --------------------------------------------------------------------------
# positive templates (calls = ASR style; chats = typed)
# --------------------------------------------------------------------------
def brand_of(c: str) -> str:
    if c.startswith("67"):
        return "maestro"
    return {"4": "visa", "5": "mastercard", "2": "mastercard", "3": "amex", "6": "discover"}[c[0]]


def p_two_cards_call():
    c1 = gen_card("visa")
    c2 = gen_card(R.choice(["mc", "mc2"]))
    x = pos("call/retail: first card declined, caller gives a second card; both labelled, amount unlabelled")
    x.a("i'm sorry that's been declined for the " + pair_word(R.randint(21, 99)) + " pounds do you have another card")
    x.c("oh that's weird it was ", (say_digits(c1, doubles=0.5), "CARD_NUMBER"), " um yeah try the other one")
    x.a("okay go ahead")
    x.c((" ".join(say_digits(k, pairs=0.3, fill=0.1) for k in card_chunks(c2)), "CARD_NUMBER"))


def p_dob_age_call():
    d, m, y = gen_dob()
    x = pos("call/%s: dob as digits with age and years with the company unlabelled" % R.choice(["insurance", "banking"]))
    x.a("and your date of birth")
    x.c((say_digits("%02d" % d, doubles=0) + " " + say_digits("%02d" % m, doubles=0) + " " + say_year(y), "DOB"),
        " so i'm " + pair_word(2026 - y - 1) + " now been with you " + UNITS[R.randint(2, 9)] + " years")


def p_zip4_chat():
    z = R.choice(US_ZIPS) + rdigits(4)
    x = pos("chat/retail us: zip+4 typed after city and state, street address")
    x.a("Shipping address please.")
    x.c(("%d %s" % (R.randint(10, 9999), " ".join(w.capitalize() for w in R.choice(US_STREETS).split())), "ADDRESS"),
        " Apt %d, %s " % (R.randint(1, 40), R.choice(["Austin TX", "Chicago IL", "Miami FL"])), (z[:5] + "-" + z[5:], "POSTCODE"))


def p_card_call_one_turn():
    c = gen_card()
    uk = R.random() < 0.5
    spoken = " ".join(say_digits(ch, uk=uk, pairs=R.choice([0, 0, 0.4]), homo=0.08) for ch in card_chunks(c))
    ind = R.choice(["telecom", "retail", "utilities", "insurance", "travel"])
    x = pos("call/%s: card read in one turn, %s" % (ind, "uk zero words" if uk else "us style"))
    x.a("okay and can i take the long number across the front of the card please")
    brand = brand_of(c)
    x.c(R.choice(["yeah it's ", "sure it's ", "okay ", "yes so it's ", "right um "]), (spoken, "CARD_NUMBER"),
        R.choice(["", " that's it", " and that's a " + brand, " yeah"]))


def p_card_call_split():
    c = gen_card(R.choice(["visa", "mc", "disc", "mc2"]))
    ch = card_chunks(c)
    x = pos("call/%s: card split over customer turns with agent back-channels and fillers" %
            R.choice(["banking", "retail", "telecom", "healthcare billing"]))
    x.a("when you're ready go ahead with the card number")
    x.c(R.choice(["okay so ", "right ", "um ", ""]), (say_digits(ch[0], homo=0.1), "CARD_NUMBER", "g"))
    for k in range(1, len(ch)):
        x.a(back())
        x.c((say_digits(ch[k], fill=0.15, homo=0.1), "CARD_NUMBER", "g"),
            R.choice(["", "", " um", " sorry"]))


def p_card_call_correction():
    c = gen_card(R.choice(["visa", "mc"]))
    ch = card_chunks(c)
    wrong = ch[2][:3] + str((int(ch[2][3]) + 3) % 10)
    x = pos("call/%s: customer self-corrects a group; wrong fragment left unlabelled, corrected readings labelled" %
            R.choice(["retail", "utilities", "insurance"]))
    x.a("and the card number")
    x.c((say_digits(ch[0]), "CARD_NUMBER", "g"), " ", (say_digits(ch[1]), "CARD_NUMBER", "g"),
        " " + " ".join(UNITS[int(d)] for d in wrong[:2]) + " no sorry hang on let me start that bit again")
    x.a("no problem take your time")
    x.c((say_digits(ch[2]), "CARD_NUMBER", "g"), " ", (say_digits(ch[3]), "CARD_NUMBER", "g"))


def p_card_call_interrupt():
    c = gen_card(R.choice(["visa", "mc", "disc"]))
    ch = card_chunks(c)
    x = pos("call/%s: agent interrupts mid-reading, customer resumes, agent reads back" %
            R.choice(["telecom", "travel", "retail"]))
    x.a("the sixteen digit number please")
    x.c((say_digits(ch[0]) + " " + say_digits(ch[1]) + " " + say_digits(ch[2][:2]), "CARD_NUMBER", "g"))
    x.a("sorry you cut out there after " + say_digits(ch[1][2:], doubles=0) + " can you carry on from there")
    x.c("yeah ", (say_digits(ch[2][2:]) + " " + say_digits(ch[3]), "CARD_NUMBER", "g"))
    x.a("so that's ", (" ".join(say_digits(k, doubles=0) for k in ch), "CARD_NUMBER"), " is that right")
    x.c("that's right yeah")


def p_card_chat():
    c = gen_card(R.choice(["visa", "mc", "amex", "disc", "visa13", "mc2", "maestro19"]))
    sep = R.choice([" ", "-", "", " ", "  ", "."])
    typed = group_card(c, sep) if len(c) != 13 else c
    ind = R.choice(["retail", "travel", "telecom", "utilities"])
    x = pos("chat/%s: card typed with separator %r" % (ind, sep))
    x.a("Could you please confirm the card you'd like to use for this payment?")
    brand = brand_of(c).replace("visa", "visa debit")
    x.c(R.choice(["sure its ", "Card no: ", "ok ", "yes ", "number is "]), (typed, "CARD_NUMBER"),
        R.choice(["", " thanks", " - exp on the back", " (" + brand + ")"]))


def p_card_cvv_exp_call():
    c = gen_card(R.choice(["visa", "mc", "amex"]))
    cv = rdigits(4 if c[0] == "3" else 3)
    m, yy = gen_exp()
    x = pos("call/%s: card, expiry and security code in successive turns; amount nearby unlabelled" %
            R.choice(["retail", "travel", "utilities", "insurance"]))
    x.a("so the payment today is " + pair_word(R.randint(20, 99)) + " pounds can i take the card number")
    x.c((" ".join(say_digits(k, pairs=0.3) for k in card_chunks(c)), "CARD_NUMBER"))
    x.a("lovely and the expiry date")
    x.c(R.choice(["it's ", "", "expires "]), (say_exp(m, yy), "EXPIRY"))
    x.a("and the three digits on the back" if len(cv) == 3 else "and the four digit code on the front")
    x.c((say_digits(cv, doubles=0.5, homo=0.1), "CVV"))


def p_cvv_exp_chat():
    m, yy = gen_exp()
    cv = rdigits(3)
    x = pos("chat/%s: expiry and cvv typed in one message" % R.choice(["retail", "travel"]))
    x.a("Thanks. Please also provide the expiry date and the security code.")
    form = R.randint(0, 2)
    if form == 0:
        x.c("exp ", (type_exp(m, yy), "EXPIRY"), " cvv ", (cv, "CVV"))
    elif form == 1:
        x.c("expiry ", (type_exp(m, yy), "EXPIRY"), " and the code on the back is ", (cv, "CVV"))
    else:
        x.c("CVC: ", (cv, "CVV"), ", Expires: ", (type_exp(m, yy), "EXPIRY"))


def p_cvv_homophone_call():
    cv = rdigits(3)
    m, yy = gen_exp()
    x = pos("call/%s: expiry then cvv with restart; agent reads cvv back" % R.choice(["telecom", "retail"]))
    x.a("expiry date on the card")
    x.c(R.choice(["um it's ", "er "]), (say_exp(m, yy), "EXPIRY"), R.choice([" i think", "", " yeah"]))
    x.a("and the security number")
    x.c("the last three on the back yeah it's " + UNITS[int(cv[0])] + " hang on my glasses ", (say_digits(cv, homo=0.3), "CVV"))
    x.a("that's ", (say_digits(cv, doubles=0), "CVV"), " on the back")
    x.c("yeah")


def p_ssn_call():
    s = gen_ssn()
    st = R.randint(0, 3)
    x = pos("call/%s: us social security number %s" % (R.choice(["banking", "insurance", "healthcare billing", "government services"]),
            ["in one turn", "in 3-2-4 groups over turns", "with triple/double and fillers", "agent reads back"][st]))
    x.a("for verification can i get your social security number")
    if st == 0:
        x.c("sure it's ", (say_digits(s, homo=0.1), "SSN"))
    elif st == 1:
        x.c((say_digits(s[:3]), "SSN", "g"))
        x.a(back())
        x.c((say_digits(s[3:5]), "SSN", "g"))
        x.a(back())
        x.c((say_digits(s[5:], fill=0.3), "SSN", "g"))
    elif st == 2:
        x.c("yeah um ", (say_digits(s, doubles=0.9, fill=0.2), "SSN"), " " + R.choice(["i think", "yes", "that's it"]))
    else:
        x.c((say_digits(s), "SSN"))
        x.a("i have ", (say_digits(s, doubles=0), "SSN"), " is that correct")
        x.c("correct")


def p_ssn_last4_and_full():
    s = gen_ssn()
    x = pos("call/%s: ssn given as full number after agent asks for last four" % R.choice(["banking", "government services"]))
    x.a("can you confirm the last four of your social")
    x.c((say_digits(s[5:], pairs=0.5), "SSN", "w"))
    x.a("hmm that doesn't match can you give me the whole thing")
    x.c("okay ", (say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:]), "SSN"))


def p_ssn_chat():
    s = gen_ssn()
    form = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"])
    typed = form % (s[:3], s[3:5], s[5:])
    x = pos("chat/%s: ssn typed %s" % (R.choice(["banking", "insurance", "government services"]), form.replace("%s", "n")))
    x.a("To verify your identity please enter your SSN.")
    x.c(R.choice(["", "ssn ", "SSN: ", "its "]), (typed, "SSN"), R.choice(["", " thx", ". born in " + str(R.randint(1950, 1999))]))


def p_ssn_dob_call():
    s = gen_ssn()
    d, m, y = gen_dob()
    x = pos("call/%s: ssn and date of birth in one turn" % R.choice(["healthcare billing", "insurance"]))
    x.a("i'll need your date of birth and social to pull up the account")
    x.c("sure date of birth is ", (say_dob(d, m, y), "DOB"), " and social is ", (say_digits(s), "SSN"))


def p_ni_call():
    n = gen_ni()
    st = R.randint(0, 4)
    x = pos("call/%s: uk national insurance number, %s" % (R.choice(["government services", "banking", "insurance", "utilities"]),
            ["plain letters", "nato letters", "letter-for-word", "homophone letters", "split over turns"][st]))
    x.a("and can i take your national insurance number")
    if st == 0:
        x.c("yeah it's ", (say_alnum(n, letter_style="plain"), "NI_NUMBER"))
    elif st == 1:
        x.c((say_alnum(n, letter_style="nato"), "NI_NUMBER"))
    elif st == 2:
        x.c("um ", (say_alnum(n, letter_style="for"), "NI_NUMBER"))
    elif st == 3:
        x.c("it's ", (say_alnum(n, letter_style="homo"), "NI_NUMBER"))
    else:
        x.c((say_alnum(n[:2]), "NI_NUMBER", "g"))
        x.a(back())
        x.c((say_digits(n[2:4], pairs=0.5) + " " + say_digits(n[4:6], pairs=0.5), "NI_NUMBER", "g"))
        x.a(back())
        x.c((say_digits(n[6:8], pairs=0.5) + " " + n[8].lower(), "NI_NUMBER", "g"))


def p_ni_pairs_call():
    n = gen_ni()
    x = pos("call/government services: ni number with digit pairs as tens, agent reads back")
    x.a("your national insurance number please")
    x.c((n[0].lower() + " " + n[1].lower() + " " + " ".join(pair_word(int(n[k:k + 2])) if n[k] != "0" else say_digits(n[k:k + 2], doubles=0) for k in (2, 4, 6)) + " " + n[8].lower(), "NI_NUMBER"))
    x.a("that's ", (say_alnum(n, letter_style="plain", doubles=0), "NI_NUMBER"), " yes")
    x.c("yes")


def p_ni_correction():
    n = gen_ni()
    x = pos("call/government services: ni number where the caller corrects the final letter")
    x.a("national insurance number")
    x.c((say_alnum(n[:8], letter_style="plain"), "NI_NUMBER", "g"), " " + R.choice("abcd") + " oh no sorry it's ", (n[8].lower() + " for " + NATO[n[8].lower()], "NI_NUMBER", "g"))


def p_ni_chat():
    n = gen_ni()
    form = R.randint(0, 3)
    if form == 0:
        typed = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif form == 1:
        typed = n
    elif form == 2:
        typed = n.lower()
    else:
        typed = "%s%s %s" % (n[:2], n[2:8], n[8])
    x = pos("chat/%s: ni number typed form %d" % (R.choice(["government services", "banking", "utilities"]), form))
    x.a("Please provide your National Insurance number so I can check your entitlement.")
    x.c(R.choice(["", "NI no. ", "its ", "ni number "]), (typed, "NI_NUMBER"), R.choice(["", " cheers", ". I started the job on 3 March"]))


def p_bank_call():
    sc = gen_sort()
    acct = gen_acct(8)
    x = pos("call/%s: uk sort code and account number, %s" % (R.choice(["banking", "utilities", "insurance"]), "pairs for sort code"))
    x.a("what's the sort code for the direct debit")
    sform = R.randint(0, 2)
    if sform == 0:
        sc_s = " ".join(pair_word(int(sc[k:k + 2])) if sc[k] != "0" else say_digits(sc[k:k + 2], uk=True, doubles=0) for k in (0, 2, 4))
    elif sform == 1:
        sc_s = say_digits(sc, uk=True)
    else:
        sc_s = " dash ".join(say_digits(sc[k:k + 2], uk=True) for k in (0, 2, 4))
    x.c((sc_s, "SORT_CODE"))
    x.a("and the account number")
    if R.random() < 0.5:
        x.c((say_digits(acct[:4], uk=True, fill=0.2), "BANK_ACCOUNT", "g"))
        x.a(back())
        x.c((say_digits(acct[4:], uk=True), "BANK_ACCOUNT", "g"))
    else:
        x.c(R.choice(["it's ", "", "um "]), (say_digits(acct, uk=True, homo=0.1, pairs=0.2), "BANK_ACCOUNT"))


def p_bank_chat():
    sc = gen_sort()
    acct = gen_acct(8)
    sep = R.choice(["-", " ", "", "-"])
    x = pos("chat/banking: sort code and account typed in one message")
    x.a("Which account should the refund be paid to?")
    x.c(R.choice(["sort code ", "Sort: ", "sc "]), (sep.join([sc[:2], sc[2:4], sc[4:]]), "SORT_CODE"),
        R.choice([" acc ", " account number ", ", a/c "]), (acct, "BANK_ACCOUNT"))


def p_us_bank_call():
    acct = gen_acct(R.choice([10, 11, 12]))
    x = pos("call/banking: us checking account number read with restart, routing number not given")
    x.a("what's the checking account number")
    x.c((say_digits(acct[:5]), "BANK_ACCOUNT", "g"), " sorry " + " ".join(UNITS[int(d)] for d in acct[5:7]) + " no wait")
    x.a("okay from where")
    x.c("after the " + UNITS[int(acct[4])] + " it's ", (say_digits(acct[5:], fill=0.2), "BANK_ACCOUNT", "g"))


def p_ie_bank_call():
    acct = gen_acct(8)
    x = pos("call/banking ireland: account number with nought and doubles, balance amount nearby unlabelled")
    x.a("your balance is " + pair_word(R.randint(21, 99)) + " euro can i confirm the account number")
    x.c((say_digits(acct, uk=True, doubles=0.8), "BANK_ACCOUNT"))


def p_iban_chat():
    ib = gen_iban()
    form = R.randint(0, 2)
    typed = group4(ib) if form == 0 else (ib if form == 1 else group4(ib).lower())
    x = pos("chat/%s: iban typed form %d (%s)" % (R.choice(["banking", "travel", "retail"]), form, ib[:2]))
    x.a("Please send the IBAN for the refund.")
    x.c(R.choice(["IBAN: ", "iban ", "here: ", ""]), (typed, "IBAN"), R.choice(["", " thanks", " (bank of ireland)"]))


def p_iban_call():
    ib = gen_iban(R.choice(["GB", "IE", "DE", "NL"]))
    x = pos("call/banking: iban read out over turns, country letters spelled")
    x.a("can you read me the iban")
    parts = [ib[:4], ib[4:8], ib[8:14], ib[14:]]
    x.c(R.choice(["yeah it's ", "right so "]), (say_alnum(parts[0], letter_style="plain"), "IBAN", "g"))
    for p in parts[1:]:
        x.a(back())
        x.c((say_alnum(p, letter_style=R.choice(["plain", "nato"])), "IBAN", "g"))


def p_phone_call():
    kind = R.randint(0, 4)
    if kind == 0:
        ph = gen_uk_mobile(); uk = True; note = "uk mobile"
    elif kind == 1:
        ph = gen_uk_land(); uk = True; note = "uk landline"
    elif kind == 2:
        ph = gen_us_phone(); uk = False; note = "us number"
    elif kind == 3:
        ph = gen_ie_mobile(); uk = True; note = "irish mobile"
    else:
        ph = "44" + gen_uk_mobile()[1:]; uk = True; note = "uk international"
    x = pos("call/%s: %s phone number %s" % (R.choice(["telecom", "utilities", "retail", "healthcare billing"]), note, "spoken"))
    x.a("what's the best number to reach you on")
    if kind == 4:
        x.c("it's ", ("plus four four " + say_digits(ph[2:], uk=True, pairs=0.2, homo=0.1), "PHONE"))
    elif kind == 2 and R.random() < 0.5:
        x.c((say_digits(ph[:3]), "PHONE", "g"))
        x.a(back())
        x.c((say_digits(ph[3:6]), "PHONE", "g"))
        x.a(back())
        x.c((say_digits(ph[6:], pairs=0.5), "PHONE", "g"))
    else:
        x.c(R.choice(["yeah it's ", "my mobile ", "um ", ""]), (say_digits(ph, uk=uk, pairs=0.15, fill=0.1, homo=0.08), "PHONE"),
            R.choice(["", " any time after five", " that's the mobile"]))


def p_phone_readback():
    ph = gen_uk_mobile()
    x = pos("call/telecom: phone number, agent read-back has a wrong digit (unlabelled), customer repeats full number")
    x.a("and a contact number")
    x.c((say_digits(ph, uk=True), "PHONE"))
    wrong = ph[:-1] + str((int(ph[-1]) + 1) % 10)
    x.a("so that's " + say_digits(wrong, uk=True, doubles=0))
    x.c("no the last one is " + UNITS[int(ph[-1])] + " so it's ", (say_digits(ph, uk=True, doubles=0.6), "PHONE"))
    x.a("got it")


def p_phone_chat():
    kind = R.randint(0, 4)
    if kind == 0:
        ph = gen_uk_mobile(); typed = R.choice([ph[:5] + " " + ph[5:], ph, ph[:5] + " " + ph[5:8] + " " + ph[8:]])
    elif kind == 1:
        ph = gen_us_phone(); typed = R.choice(["(%s) %s-%s" % (ph[:3], ph[3:6], ph[6:]), "%s-%s-%s" % (ph[:3], ph[3:6], ph[6:]), "%s.%s.%s" % (ph[:3], ph[3:6], ph[6:])])
    elif kind == 2:
        ph = gen_ie_mobile(); typed = R.choice(["+353 " + ph[1:3] + " " + ph[3:6] + " " + ph[6:], ph[:3] + "-" + ph[3:]])
    elif kind == 3:
        ph = gen_us_phone(); typed = "+1 " + ph[:3] + " " + ph[3:6] + " " + ph[6:]
    else:
        ph = "49" + "15" + rdigits(9); typed = "+" + ph[:2] + " " + ph[2:5] + " " + ph[5:]
    x = pos("chat/%s: phone typed %s" % (R.choice(["telecom", "retail", "travel"]), ["uk mobile", "us", "irish", "us +1", "german mobile"][kind]))
    x.a("What number can the engineer call on the day?")
    x.c(R.choice(["", "call me on ", "mob: ", "my cell is "]), (typed, "PHONE"), R.choice(["", " after 2pm pls", " ta", " - anytime between 9 and 5"]))


def p_email_call():
    e = gen_email()
    x = pos("call/%s: email spelled with dot/at words" % R.choice(["retail", "telecom", "travel", "insurance"]))
    x.a("and what email address should the confirmation go to")
    st = R.randint(0, 2)
    if st == 0:
        x.c("it's ", (say_email(e), "EMAIL"))
    elif st == 1:
        x.c("yeah it's ", (say_email(e), "EMAIL"), " all lower case")
        x.a("let me read that back ", (say_email(e), "EMAIL"))
        x.c("perfect")
    else:
        local, dom = e.split("@")
        x.c((say_email(e).split(" at ")[0], "EMAIL", "g"))
        x.a("mhm at")
        x.c("at ", (" dot ".join(dom.split(".")), "EMAIL", "g"))


def p_email_chat():
    e = gen_email()
    if R.random() < 0.3:
        e = e.capitalize()
    x = pos("chat/%s: email typed in a sentence" % R.choice(["retail", "utilities", "travel"]))
    x.a("Can you confirm the email on the account?")
    x.c(R.choice(["its ", "email is ", "", "should be "]), (e, "EMAIL"), R.choice(["", " but i never get anything", ". Order 5512 hasn't arrived", " thanks"]))


def p_dob_call():
    d, m, y = gen_dob()
    x = pos("call/%s: date of birth spoken; appointment date nearby unlabelled" % R.choice(["healthcare billing", "insurance", "banking", "government services"]))
    x.a("can i take your date of birth please")
    x.c(R.choice(["yeah ", "it's ", "um ", "", "it's the ", "yeah the "]), (say_dob(d, m, y), "DOB"))
    x.a("thank you and i can see the appointment on the " + ord_word(R.randint(1, 28)) + " is that still okay")
    x.c("yes")


def p_dob_chat():
    d, m, y = gen_dob()
    us = R.random() < 0.4
    x = pos("chat/%s: date of birth typed%s" % (R.choice(["insurance", "banking", "healthcare billing"]), " us order" if us else ""))
    x.a("For security, what is your date of birth?")
    x.c(R.choice(["", "dob ", "DOB: ", "born "]), (type_dob(d, m, y, us), "DOB"))


def p_dob_split_call():
    d, m, y = gen_dob()
    x = pos("call/insurance: date of birth split across turns with agent back-channel")
    x.a("and your date of birth")
    x.c("the " + "", (ord_word(d) + " of " + MONTHS[m - 1], "DOB", "g"))
    x.a(back())
    x.c((say_year(y), "DOB", "g"))


def p_postcode_call():
    uk = R.random() < 0.7
    if uk:
        pc = R.choice(UK_PCS)
        spoken = say_alnum(pc.replace(" ", ""), letter_style=R.choice(["plain", "nato", "homo", "for"]), doubles=0.5)
        note = "uk postcode spoken"
    else:
        pc = R.choice(US_ZIPS)
        spoken = say_digits(pc, doubles=0.5)
        note = "us zip spoken"
    x = pos("call/%s: %s" % (R.choice(["utilities", "retail", "telecom", "insurance"]), note))
    x.a("can i take the postcode" if uk else "and the zip code")
    x.c(R.choice(["yep ", "it's ", ""]), (spoken, "POSTCODE"))


def p_address_call():
    uk = R.random() < 0.6
    street = R.choice(UK_STREETS if uk else US_STREETS)
    if street.startswith("the "):
        street = R.choice(UK_STREETS[:3])
    num = R.randint(2, 240)
    numw = pair_word(num) if num < 100 else (UNITS[num // 100] + " " + pair_word(num % 100) if num % 100 >= 10 else say_digits(str(num), doubles=0))
    pc = R.choice(UK_PCS) if uk else R.choice(US_ZIPS)
    pcs = say_alnum(pc.replace(" ", ""), letter_style="plain", doubles=0.3) if uk else say_digits(pc)
    x = pos("call/%s: street address then %s, town unlabelled" % (R.choice(["utilities", "retail", "telecom", "insurance"]), "postcode" if uk else "zip"))
    x.a("what's the address for the delivery")
    x.c(R.choice(["it's ", "um ", "so it's "]), (numw + " " + street, "ADDRESS"), " " + R.choice(["in leeds", "over in bristol", "springfield", "in the town centre"]))
    x.a("and the " + ("postcode" if uk else "zip"))
    x.c((pcs, "POSTCODE"))


def p_address_chat():
    uk = R.random() < 0.6
    street = R.choice(UK_STREETS if uk else US_STREETS)
    if street.startswith("the "):
        street = "the crescent"
    num = R.randint(1, 350)
    st = " ".join(w.capitalize() for w in street.split())
    if not uk and R.random() < 0.5:
        st = st.replace("Street", "St").replace("Avenue", "Ave").replace("Drive", "Dr")
    addr = "%d %s" % (num, st) if R.random() < 0.7 else "Flat %d, %d %s" % (R.randint(1, 12), num, st)
    pc = R.choice(UK_PCS) if uk else R.choice(US_ZIPS)
    x = pos("chat/%s: typed address with %s" % (R.choice(["retail", "utilities", "telecom"]), "postcode" if uk else "zip"))
    x.a("What's the new address?")
    if uk:
        x.c((addr, "ADDRESS"), ", " + R.choice(["Leeds", "Manchester", "Bristol", "Glasgow", "London"]) + " ", (pc if R.random() < 0.7 else pc.lower(), "POSTCODE"))
    else:
        x.c((addr, "ADDRESS"), ", " + R.choice(["Austin, TX", "Seattle, WA", "Boston, MA", "Denver, CO"]) + " ", (pc, "POSTCODE"))


def p_multi_call():
    ph = gen_uk_mobile()
    e = gen_email()
    pc = R.choice(UK_PCS)
    x = pos("call/telecom: phone and email in one turn, postcode later, chit-chat and data allowance numbers unlabelled")
    x.a("can i confirm your contact details")
    x.c("yeah the mobile's ", (say_digits(ph, uk=True), "PHONE"), " and the email is ", (say_email(e), "EMAIL"))
    x.a("and that's on the " + pair_word(R.choice([20, 30, 50])) + " gig plan at the moment what's the postcode")
    x.c("ah it's ", (say_alnum(pc.replace(" ", ""), letter_style="plain"), "POSTCODE"), " we moved in " + say_year(R.randint(2010, 2024)))


def p_multi_chat_us():
    s = gen_ssn()
    ph = gen_us_phone()
    d, m, y = gen_dob()
    x = pos("chat/insurance us: ssn, phone and dob in one message with claim number unlabelled")
    x.a("Please verify: SSN, date of birth and phone on file.")
    x.c("ssn ", ("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN"), " dob ", ("%02d/%02d/%d" % (m, d, y), "DOB"),
        " phone ", ("%s-%s-%s" % (ph[:3], ph[3:6], ph[6:]), "PHONE"), " re claim #" + rdigits(7))


def p_card_amex_call():
    c = gen_card("amex")
    x = pos("call/travel: amex 4-6-5 read with pairs and doubles, flight number nearby unlabelled")
    x.a("for flight b a " + say_digits(str(R.randint(100, 999)), doubles=0) + " can i take the card number")
    x.c((say_digits(c[:4], pairs=0.5) + " " + say_digits(c[4:10], pairs=0.5) + " " + say_digits(c[10:], pairs=0.5), "CARD_NUMBER"))


def p_ni_ssn_mixup():
    n = gen_ni()
    x = pos("call/banking: uk caller asked for social gives ni number with restart")
    x.a("do you have a social security number or the uk equivalent")
    x.c("the national insurance yeah hang on it's on a letter somewhere um ", (say_alnum(n, letter_style=R.choice(["plain", "nato"])), "NI_NUMBER"))


def p_sort_acct_same_turn_call():
    sc = gen_sort()
    acct = gen_acct(8)
    x = pos("call/utilities: sort code and account number in one turn, monthly amount unlabelled")
    x.a("so that's " + pair_word(R.randint(30, 99)) + " pounds a month by direct debit what are the bank details")
    x.c("sort code ", (say_digits(sc, uk=True, pairs=0.4), "SORT_CODE"), " account ", (say_digits(acct, uk=True, pairs=0.2), "BANK_ACCOUNT"))


def p_postcode_chat():
    pc = R.choice(UK_PCS)
    typed = R.choice([pc, pc.lower(), pc.replace(" ", ""), pc.lower().replace(" ", "")])
    x = pos("chat/retail: uk postcode typed on its own")
    x.a("What's your postcode so I can check delivery slots?")
    x.c((typed, "POSTCODE"))


POS_TEMPLATES = [
    (p_card_call_one_turn, 12), (p_card_call_split, 8), (p_card_call_correction, 5),
    (p_card_call_interrupt, 5), (p_card_chat, 8), (p_card_cvv_exp_call, 10), (p_cvv_exp_chat, 5),
    (p_cvv_homophone_call, 4), (p_ssn_call, 16), (p_ssn_last4_and_full, 4), (p_ssn_chat, 8),
    (p_ssn_dob_call, 4), (p_ni_call, 15), (p_ni_pairs_call, 4), (p_ni_correction, 3), (p_ni_chat, 8),
    (p_bank_call, 7), (p_bank_chat, 5), (p_us_bank_call, 3), (p_ie_bank_call, 3), (p_iban_chat, 8),
    (p_iban_call, 6), (p_phone_call, 10), (p_phone_readback, 3), (p_phone_chat, 5), (p_email_call, 8),
    (p_email_chat, 6), (p_dob_call, 6), (p_dob_chat, 5), (p_dob_split_call, 3), (p_postcode_call, 6),
    (p_address_call, 9), (p_address_chat, 8), (p_multi_call, 4), (p_multi_chat_us, 3),
    (p_card_amex_call, 3), (p_two_cards_call, 4), (p_dob_age_call, 4), (p_zip4_chat, 3), (p_ni_ssn_mixup, 3), (p_sort_acct_same_turn_call, 4), (p_postcode_chat, 3),
]


# --------------------------------------------------------------------------
# negative templates
# --------------------------------------------------------------------------
def money_words(p: int, cur: str = "pounds") -> str:
    pence = R.randint(1, 99)
    return pair_word(p) + " " + cur + " " + pair_word(pence)


def n_bill_call():
    x = neg("call/utilities: bill amount, due date and usage in kilowatt hours")
    x.a("your bill this month comes to " + money_words(R.randint(21, 99)) + " and that's due on the " + ord_word(R.randint(1, 28)) + " of " + R.choice(MONTHS))
    x.c("why is it so high i only used about " + UNITS[R.randint(2, 9)] + " hundred kilowatt hours")
    x.a("it's because of the price change in " + R.choice(MONTHS) + " it went up " + pair_word(R.randint(2, 19)) + " percent")


def n_order_chat():
    o = rdigits(R.randint(6, 10))
    x = neg("chat/retail: order number with its reference word, delivery date and price")
    x.c("Hi my order #" + o + " still hasn't arrived, it said delivery by %02d/%02d" % (R.randint(1, 28), R.randint(1, 12)))
    x.a("Sorry about that! Order " + o + " for £%d.%02d is showing as dispatched on %d %s." % (R.randint(10, 400), R.randint(0, 99), R.randint(1, 28), R.choice(MONTHS).capitalize()))


def n_order_call():
    o = rdigits(R.randint(7, 9))
    x = neg("call/retail: order number read digit by digit after 'order number', total price")
    x.a("do you have the order number there")
    x.c("yeah order number " + say_digits(o))
    x.a("lovely that's the " + R.choice(["sofa", "washing machine", "laptop", "fridge freezer"]) + " for " + UNITS[R.randint(1, 9)] + " hundred and " + pair_word(R.randint(21, 99)) + " pounds")


def n_appointment_call():
    x = neg("call/healthcare billing: appointment date and time, not a birth date")
    d = R.randint(1, 28)
    x.a("i can offer you the " + ord_word(d) + " of " + R.choice(MONTHS) + " at " + R.choice(["half past two", "ten fifteen", "quarter to four", "nine a m", "eleven thirty"]))
    x.c("that works my last appointment was " + R.choice(["march", "june", "october"]) + " " + ord_word(R.randint(1, 28)) + " twenty twenty " + UNITS[R.randint(3, 5)])
    x.a("great you're booked in it's about " + pair_word(R.choice([20, 30, 45])) + " minutes")


def n_flight_call():
    x = neg("call/travel: flight number, gate, times and baggage weight")
    x.a("you're on flight " + R.choice(["e i", "b a", "f r", "u a"]) + " " + say_digits(str(R.randint(100, 999)), doubles=0) + " departing at " + say_digits("%02d" % R.randint(6, 11), doubles=0) + " " + pair_word(R.choice([15, 25, 35, 45, 50])))
    x.c("and what's the baggage allowance")
    x.a("twenty three kilos and boarding closes " + pair_word(R.choice([20, 30, 40])) + " minutes before from gate " + pair_word(R.randint(11, 49)))


def n_flight_chat():
    x = neg("chat/travel: booking reference, flight number, times and fare")
    x.c("Can I change flight %s%d on %d %s? Booking ref %s" % (R.choice(["EI", "BA", "FR", "LH"]), R.randint(100, 9999), R.randint(1, 28), R.choice(MONTHS)[:3].capitalize(), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
    x.a("Yes, the %02d:%02d departure has seats, the fare difference is €%d.%02d." % (R.randint(6, 21), R.choice([0, 15, 30, 45]), R.randint(20, 300), R.randint(0, 99)))


def n_meter_call():
    r = rdigits(5)
    x = neg("call/utilities: meter reading digit by digit and reading date")
    x.a("can you read me the numbers on the meter left to right ignoring the red ones")
    x.c(say_digits(r, uk=True))
    x.a("thanks so that's " + say_digits(r, uk=True, doubles=0) + " taken on the " + ord_word(R.randint(1, 28)))


def n_claim_call():
    cl = rdigits(R.randint(7, 9))
    x = neg("call/insurance: claim number after the word claim, excess amount")
    x.a("your claim number is c l " + say_digits(cl, doubles=0.3))
    x.c("and how much is the excess")
    x.a("the excess is " + UNITS[R.randint(1, 5)] + " hundred and fifty pounds and it'll take about " + UNITS[R.randint(3, 9)] + " working days")


def n_speed_call():
    x = neg("call/telecom: broadband speeds, router model and contract length")
    x.a("you should be getting about " + pair_word(R.randint(30, 90)) + " megabits down and " + pair_word(R.randint(11, 20)) + " up")
    x.c("i'm only getting " + pair_word(R.randint(2, 9)) + " point " + UNITS[R.randint(1, 9)] + " on the speed test")
    x.a("okay is that the " + R.choice(["hub five", "hub six", "smart hub two", "h g six one two"]) + " router you're on an eighteen month contract so i can send a new one")


def n_ticket_chat():
    t = rdigits(R.randint(6, 8))
    x = neg("chat/telecom: ticket number, model number, times")
    x.c("Ticket %s - my %s keeps dropping between 7pm and 11pm" % (t, R.choice(["TP-Link AX1800", "Netgear R7000", "Fritz!Box 7590", "Sky Q 2TB"])))
    x.a("Thanks, I've updated ticket %s. An engineer slot is available %s %d%s between 8:00 and 13:00." % (t, R.choice(["Mon", "Tue", "Wed", "Thu"]), R.randint(4, 20), R.choice(["th", ""])))


def n_age_temp_call():
    x = neg("call/utilities: ages, temperatures and durations")
    x.c("i've got a " + pair_word(R.randint(2, 16)) + " year old and a baby and the heating's only getting to " + pair_word(R.randint(14, 19)) + " degrees")
    x.a("okay and how long has it been like that")
    x.c("about " + UNITS[R.randint(2, 9)] + " days and i've been on hold for " + pair_word(R.randint(21, 59)) + " minutes")


def n_balance_call():
    x = neg("call/banking: account balance, overdraft limit and interest rate")
    x.a("your current balance is " + UNITS[R.randint(1, 9)] + " thousand " + UNITS[R.randint(1, 9)] + " hundred and " + pair_word(R.randint(21, 99)) + " pounds and " + pair_word(R.randint(11, 99)) + " pence")
    x.c("and what's the overdraft")
    x.a("the arranged overdraft is " + UNITS[R.randint(1, 5)] + " hundred pounds at " + pair_word(R.randint(11, 39)) + " point " + UNITS[R.randint(1, 9)] + " percent e a r")


def n_contract_call():
    x = neg("call/telecom: contract start date, years, months, data allowance")
    x.a("your contract started on the " + ord_word(R.randint(1, 28)) + " of " + R.choice(MONTHS) + " twenty twenty " + UNITS[R.randint(2, 5)] + " and it's a " + R.choice(["twenty four", "thirty six", "eighteen"]) + " month term")
    x.c("and how much data do i get")
    x.a(R.choice(["thirty", "fifty", "a hundred", "sixty"]) + " gigs and unlimited minutes for " + pair_word(R.randint(10, 40)) + " pounds a month")


def n_invoice_chat():
    x = neg("chat/utilities: invoice number, amounts, payment date, percentages")
    inv = "INV-%d-%06d" % (R.randint(2023, 2026), R.randint(1, 999999))
    x.c("Invoice %s says €%d.%02d but I paid on %02d/%02d/%d" % (inv, R.randint(40, 900), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2026)))
    x.a("Thanks. A %d%% late fee was added; the adjusted total is €%d.%02d." % (R.randint(2, 10), R.randint(40, 900), R.randint(0, 99)))


def n_room_call():
    x = neg("call/travel: hotel room number, nights, check-out time")
    x.c("hi i'm in room " + say_digits(str(R.randint(101, 999)), doubles=0) + " and we're staying " + UNITS[R.randint(2, 7)] + " nights")
    x.a("no problem checkout is at " + R.choice(["eleven", "twelve", "ten thirty"]) + " and breakfast is seven till ten")


def n_store_hours_chat():
    x = neg("chat/retail: opening hours, prices, quantities, sizes")
    x.a("Our store is open %02d:00-%02d:30 Mon-Sat and 11:00-17:00 Sun." % (R.randint(7, 9), R.randint(17, 21)))
    x.c("do you have the size %d in stock? I need %d pairs, they were £%d.99" % (R.randint(4, 12), R.randint(2, 4), R.randint(20, 150)))


def n_payment_date_call():
    x = neg("call/banking: payment amount and date, last payment, not dob")
    x.a("the payment of " + money_words(R.randint(21, 99)) + " went out on the " + ord_word(R.randint(1, 28)) + " of " + R.choice(MONTHS))
    x.c("and when's the next one")
    x.a("the next one's on " + R.choice(MONTHS) + " " + ord_word(R.randint(1, 28)) + " twenty twenty six")


def n_years_call():
    x = neg("call/insurance: years, car model year, mileage, no claims")
    x.c("it's a twenty " + pair_word(R.randint(11, 23)) + " " + R.choice(["ford focus", "vw golf", "toyota yaris", "honda civic"]) + " with about " + pair_word(R.randint(21, 89)) + " thousand miles on it")
    x.a("and how many years no claims")
    x.c(UNITS[R.randint(2, 9)] + " years i've been with you since " + say_year(R.randint(1995, 2019)))


def n_ref_call():
    ref = rdigits(R.randint(6, 10))
    x = neg("call/government services: case reference number said with 'reference', split by back-channel")
    x.a("have you got your reference number")
    x.c("yeah reference " + say_digits(ref[:len(ref) // 2], uk=True))
    x.a(back())
    x.c(say_digits(ref[len(ref) // 2:], uk=True))
    x.a("thanks that's your case from " + R.choice(MONTHS))


def n_menu_call():
    x = neg("call/telecom: ivr menu options, queue position and wait time")
    x.a("press one for billing press two for technical support or press three for anything else")
    x.c("two")
    x.a("you are number " + UNITS[R.randint(2, 9)] + " in the queue your estimated wait time is " + pair_word(R.randint(11, 40)) + " minutes")


def n_parcel_chat():
    x = neg("chat/retail: parcel weight, dimensions, delivery window, tracking said with reference word")
    x.c("Parcel is %d.%dkg, %dx%dx%dcm. Tracking ref %s" % (R.randint(1, 20), R.randint(0, 9), R.randint(10, 80), R.randint(10, 60), R.randint(5, 40), rdigits(R.randint(8, 10))))
    x.a("Thanks - it'll be collected %s between %dam and %dpm." % (R.choice(["tomorrow", "on Friday", "on the 14th"]), R.randint(7, 11), R.randint(1, 6)))


def n_prices_chat():
    x = neg("chat/retail: finance prices and percentage APR")
    x.a("The TV is $%d.99 or %d monthly payments of $%d.%02d at %d.%d%% APR." % (R.randint(300, 2500), R.choice([12, 24, 36]), R.randint(20, 200), R.randint(0, 99), R.randint(0, 29), R.randint(0, 9)))
    x.c("ok and the %d inch one?" % R.choice([43, 50, 55, 65, 75]))


def n_sick_call():
    x = neg("call/healthcare billing: dosage, patient count, dates of service, amounts")
    x.a("the statement covers the visit on " + R.choice(MONTHS) + " " + ord_word(R.randint(1, 28)) + " and the lab work on the " + ord_word(R.randint(1, 28)))
    x.c("i was told insurance would cover eighty percent")
    x.a("they covered " + UNITS[R.randint(1, 9)] + " hundred and " + pair_word(R.randint(21, 99)) + " dollars leaving a balance of " + pair_word(R.randint(21, 99)) + " dollars")


def n_model_call():
    x = neg("call/retail: appliance model number and serial prefix said with 'model'")
    x.c("it's the model " + R.choice(["w m", "d w", "f f", "k d"]) + " " + say_digits(rdigits(4), doubles=0.3) + " washing machine bought in " + R.choice(MONTHS))
    x.a("thanks and it's still under the " + UNITS[R.randint(2, 5)] + " year warranty")


def n_gov_chat():
    x = neg("chat/government services: tax year, amounts, deadlines")
    y = R.randint(2022, 2025)
    x.c("For tax year %d/%02d I owe £%s.%02d, is the deadline still 31 January?" % (y, (y + 1) % 100, "{:,}".format(R.randint(1000, 9999)), R.randint(0, 99)))
    x.a("Yes, 31 January %d. Payments on account are due 31 January and 31 July." % (y + 2))


def n_timeline_call():
    x = neg("call/insurance: incident date and time, speed, distances")
    x.c("it happened on the " + ord_word(R.randint(1, 28)) + " about " + R.choice(["half five", "ten past eight", "quarter to seven"]) + " i was doing maybe " + pair_word(R.choice([20, 25, 30, 40])) + " miles an hour")
    x.a("and how far from the junction")
    x.c("about " + pair_word(R.randint(11, 60)) + " yards")


NEG_TEMPLATES = [
    (n_bill_call, 5), (n_order_chat, 5), (n_order_call, 5), (n_appointment_call, 5), (n_flight_call, 4),
    (n_flight_chat, 4), (n_meter_call, 5), (n_claim_call, 5), (n_speed_call, 4), (n_ticket_chat, 4),
    (n_age_temp_call, 4), (n_balance_call, 5), (n_contract_call, 4), (n_invoice_chat, 4), (n_room_call, 4),
    (n_store_hours_chat, 4), (n_payment_date_call, 4), (n_years_call, 4), (n_ref_call, 5), (n_menu_call, 3),
    (n_parcel_chat, 4), (n_prices_chat, 3), (n_sick_call, 4), (n_model_call, 3), (n_gov_chat, 3),
    (n_timeline_call, 3),
]


def build() -> tuple[list[Case], list[Case]]:
    POS.clear()
    NEG.clear()
    R.seed(SEED)
    sched = [f for f, n in POS_TEMPLATES for _ in range(n)]
    R.shuffle(sched)
    for f in sched:
        f()
    nsched = [f for f, n in NEG_TEMPLATES for _ in range(n)]
    R.shuffle(nsched)
    for f in nsched:
        f()
    return list(POS), list(NEG)


def serialise(pos_cases, neg_cases) -> str:
    lines = []
    for i, c in enumerate(pos_cases, 1):
        lines.append(json.dumps({"id": "%s-pos-%03d" % (PREFIX, i), "kind": "positive", "turns": c.turns,
                                 "spans": c.spans, "note": c.note}, ensure_ascii=False))
    for i, c in enumerate(neg_cases, 1):
        lines.append(json.dumps({"id": "%s-neg-%03d" % (PREFIX, i), "kind": "negative", "turns": c.turns,
                                 "spans": [], "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(pos_cases) -> Counter:
    cnt = Counter()
    for c in pos_cases:
        for s in c.spans:
            cnt[s["type"]] += 1
    return cnt


def readme(pos_cases, neg_cases) -> str:
    cnt = counts(pos_cases)
    ncall = sum(1 for c in pos_cases + neg_cases if c.note.startswith("call"))
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return f"""# pii_holdout99 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
its authors have not seen. Do not add its cases to training data, do not adjust
patterns or thresholds after looking at individual failures here.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did **not** read
the redaction code (`src/convo/redact/`), its tests, its docs, the benchmark script or
any other PII fixture; the only data looked at was a 3-line example of the JSONL format.
Every case is produced by `scripts/make_pii_holdout99.py` from template functions;
each turn is assembled from plain-text segments and (value, TYPE) segments so offsets
are computed, never typed by hand. All values come from one `random.Random({SEED})`;
the output is byte-for-byte reproducible (`--check` verifies this).

Roughly two thirds of the cases are phone calls written the way a speech recogniser
would write them (lower case, no punctuation, numbers as words, "oh"/"o"/"nought" for
zero, "double"/"triple", digit pairs such as "forty one", homophones such as "for"/"to"/
"won"/"ate" for digits and "see"/"are"/"tee"/"why" for letters, fillers "um"/"er"
inside readings, values split across several customer turns with agent back-channels,
self-corrections, agent interruptions and read-backs). The rest are typed chats.

## Counts

- positive cases: {len(pos_cases)}
- negative cases: {len(neg_cases)}
- phone-call cases (note starts with `call/`): {ncall} of {len(pos_cases) + len(neg_cases)}

| type | spans |
|---|---|
{rows}

## Annotation conventions

- A span covers the value only, from its first to its last character/word: the
  lead-in words ("it's", "sort code", "account", "my mobile") are outside.
- Fillers ("um", "er") and "double"/"triple" *inside* a reading are inside the span.
- When a value is split over several turns, each customer piece is its own span of the
  same type; agent back-channels between them are not labelled.
- When the agent reads a value back in full, the read-back is labelled too. A partial
  read-back of a few digits inside agent talk (e.g. "you cut out after four two") is
  not labelled.
- Self-corrections: the abandoned wrong fragment (e.g. "three four no sorry") is left
  unlabelled; the corrected readings are labelled. Scoring only requires labelled spans to
  be covered, so redacting the wrong fragment as well is fine.
- NI numbers, postcodes and IBANs spelled with "b for bravo" style letters: the whole
  "b for bravo" is inside the span.
- E-mails spoken as "j dot doe at gmail dot com": the whole spoken form is the span.
- DOB: the date phrase from the day or month word to the end of the year ("third of may
  nineteen eighty two", "14/03/1985"); a preceding "the" is outside the span. EXPIRY:
  the month and year words/digits ("oh four twenty seven", "04/27").
- ADDRESS: house/flat number + street name + street type ("42 Harcourt Road",
  "Flat 3, 17 Mill Lane"); an apartment number typed after the street ("Apt 12"),
  the town/state and the postcode are not part of the ADDRESS span
  (the postcode has its own POSTCODE span).
- POSTCODE: UK postcodes and US ZIP codes only.
- Non-PII numbers (amounts, times, durations, dates of appointments, order / claim /
  ticket / reference numbers said with their reference word, flight and room numbers,
  model numbers, meter readings, speeds, ages, temperatures, balances) are never
  labelled; negatives consist only of such lookalikes and have no spans at all.

## Checks

`python scripts/make_pii_holdout99.py --check` regenerates the set and verifies: file
identical, ids unique, offsets in range and on word boundaries, spans non-overlapping,
every value valid after normalising spoken forms (Luhn for cards, mod-97 for IBANs,
NI format, 9 digits for SSNs, 6 for sort codes, digit counts for CVV / phone /
account numbers, postcode shapes; split values are validated after concatenating
their parts).
"""


def check_cases(pos_cases, neg_cases) -> list[str]:
    errs = []
    for kind, cases in (("pos", pos_cases), ("neg", neg_cases)):
        for i, c in enumerate(cases, 1):
            cid = "%s-%s-%03d" % (PREFIX, kind, i)
            if kind == "neg" and c.spans:
                errs.append(cid + ": negative with spans")
            if kind == "pos" and not c.spans:
                errs.append(cid + ": positive without spans")
            per_turn = {}
            grouped = {j for _, idx in c.groups.values() for j in idx}
            for j, s in enumerate(c.spans):
                text = c.turns[s["turn"]]["text"]
                st, en = s["start"], s["end"]
                if not (0 <= st < en <= len(text)):
                    errs.append("%s: span out of range %r" % (cid, s))
                    continue
                if not (text[st].isalnum() and text[en - 1].isalnum() or text[st] in "+(" and text[en - 1].isalnum()):
                    errs.append("%s: span edges not alnum %r" % (cid, text[st:en]))
                if st > 0 and text[st - 1].isalnum():
                    errs.append("%s: span starts mid-word %r" % (cid, text[st:en]))
                if en < len(text) and text[en].isalnum():
                    errs.append("%s: span ends mid-word %r" % (cid, text[st:en]))
                if s["type"] not in TYPES:
                    errs.append("%s: bad type %s" % (cid, s["type"]))
                per_turn.setdefault(s["turn"], []).append((st, en))
                if j not in grouped:
                    e = validate(s["type"], text[st:en])
                    if e:
                        errs.append("%s: %s" % (cid, e))
            for t, lst in per_turn.items():
                lst.sort()
                for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                    if a2 < b1:
                        errs.append("%s: overlapping spans in turn %d" % (cid, t))
            for gid, (typ, idx) in c.groups.items():
                raws = [c.turns[c.spans[j]["turn"]]["text"][c.spans[j]["start"]:c.spans[j]["end"]] for j in idx]
                if gid in ("w", "tail"):
                    # partial read-back pieces: each must normalise to digits
                    for r in raws:
                        n = norm(r)
                        if n is None or not n.isdigit():
                            errs.append("%s: bad partial %r" % (cid, r))
                    continue
                if typ == "EMAIL":
                    e = validate("EMAIL", " at ".join(raws))
                elif typ == "DOB":
                    e = validate("DOB", " ".join(raws))
                else:
                    parts = [norm(r, letters=typ in ("NI_NUMBER", "IBAN", "POSTCODE")) for r in raws]
                    e = ("unparsable group %r" % raws) if None in parts else validate_canon(typ, "".join(parts))
                if e:
                    errs.append("%s: group %s" % (cid, e))
    return errs


def main() -> int:
    check = "--check" in sys.argv[1:]
    pos_cases, neg_cases = build()
    data = serialise(pos_cases, neg_cases)
    rd = readme(pos_cases, neg_cases)
    errs = check_cases(pos_cases, neg_cases)
    cnt = counts(pos_cases)
    ids = [json.loads(l)["id"] for l in data.splitlines()]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    if len(pos_cases) < 170 or len(neg_cases) < 100:
        errs.append("too few cases: %d pos %d neg" % (len(pos_cases), len(neg_cases)))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errs.append("type %s has %d spans < %d" % (t, cnt[t], need))
    if check:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
        # re-verify offsets against the file on disk
        if CASES.exists():
            for line in CASES.read_text(encoding="utf-8").splitlines():
                try:
                    obj = json.loads(line)
                except ValueError:
                    errs.append("unparsable line on disk: %r" % line[:60])
                    continue
                for s in obj["spans"]:
                    tx = obj["turns"][s["turn"]]["text"]
                    if not (0 <= s["start"] < s["end"] <= len(tx)):
                        errs.append("%s: offsets out of range on disk" % obj["id"])
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    ncall = sum(1 for c in pos_cases + neg_cases if c.note.startswith("call"))
    print("pii_holdout99: %d positive, %d negative, %d calls / %d chats" % (
        len(pos_cases), len(neg_cases), ncall, len(pos_cases) + len(neg_cases) - ncall))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    if errs:
        print("PROBLEMS (%d):" % len(errs))
        for e in errs[:200]:
            print("  " + e)
        return 1
    print("check OK" if check else "written " + str(CASES.relative_to(ROOT)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set "holdout222".

Written by an AI helper acting as an independent test author (it did not see
the redaction code).  Standard library only; output is byte-for-byte
reproducible from one seeded random.Random.

    python scripts/make_pii_holdout222.py          # write fixture + README
    python scripts/make_pii_holdout222.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 222241126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout222"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- segments
class S:
    """A labelled segment: text, type, validation mode, group key, canonical value."""

    def __init__(self, text, typ, canon, mode="full", group=None):
        self.text, self.typ, self.canon, self.mode, self.group = text, typ, canon, mode, group


def T(speaker, *segs):
    return (speaker, list(segs))


# ---------------------------------------------------------------- number words
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
        9: "ninety"}
ZEROS = ["zero", "oh", "o", "nought", "oh", "zero"]
HOMO = {"2": ["two", "two", "two", "to", "too"], "8": ["eight", "eight", "eight", "ate"],
        "4": ["four", "four", "four", "four"]}
FILLERS = ["um", "uh", "er", "erm"]


def dword(d, zero):
    if d == "0":
        return zero
    if d in HOMO and R.random() < 0.08:
        return R.choice(HOMO[d])
    return ONES[int(d)]


def say_digits(s, doubles=True, fill=0.0, zero=None):
    zero = zero or R.choice(ZEROS)
    out, i = [], 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        if doubles and run >= 3 and R.random() < 0.5:
            out.append("triple " + dword(d, zero if zero != "o" else "oh"))
            i += 3
        elif doubles and run >= 2 and R.random() < 0.6:
            out.append("double " + dword(d, zero if zero != "o" else "oh"))
            i += 2
        else:
            out.append(dword(d, zero))
            i += 1
        if fill and i < len(s) and R.random() < fill:
            out.append(R.choice(FILLERS))
    return " ".join(out)


def pair_words(p, zero="oh"):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero + " " + ONES[b] if b else zero + " " + zero
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + ONES[b]


def say_pairs(s, zero=None):
    """Read as pairs, e.g. 4111 -> forty one eleven.  Odd length: first digit alone."""
    zero = zero or R.choice(["oh", "oh", "zero"])
    out = []
    if len(s) % 2:
        out.append(dword(s[0], zero))
        s = s[1:]
    for k in range(0, len(s), 2):
        out.append(pair_words(s[k:k + 2], zero))
    return " ".join(out)


def say_mixed(s, groups):
    """Say each group either digit by digit or in pairs (only even-length groups in pairs)."""
    parts, pos = [], 0
    for gi, g in enumerate(groups):
        chunk = s[pos:pos + g]
        pos += g
        last = gi == len(groups) - 1
        if (len(chunk) % 2 == 0 and R.random() < 0.4 and chunk[0] != "0"
                and (last or chunk[-1] != "0" or chunk[-2] in "01")):
            parts.append(say_pairs(chunk))
        else:
            parts.append(say_digits(chunk))
    return parts


NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
NATO_INV = {v: k for k, v in NATO.items()}
NATO_INV["xray"] = "x"
NATO_INV["whisky"] = "w"


def say_letter(ch, p_nato=0.3):
    ch = ch.lower()
    if ch in "oi" or R.random() < p_nato:
        return f"{ch} {R.choice(['for', 'for', 'as in'])} {NATO[ch]}"
    return ch


# ---------------------------------------------------------------- normaliser
WORDNUM = {w: str(i) for i, w in enumerate(ONES)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "to": "2", "too": "2", "ate": "8"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: str(k) for k, w in TENS.items()}
IGNORE = set(FILLERS) | {"sorry", "no", "its", "it's", "is", "and", "the", "plus", "then", "that",
                         "s", "yeah", "so", "right", "okay", "ok", "dash", "hyphen", "space",
                         "slash", "hmm"}


def normalise(text, letters=False):
    """Spoken/typed value -> compact alphanumeric string (upper case)."""
    toks = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)?|\d+|'", text.lower())
    toks = [t for t in toks if t != "'"]
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif letters and len(t) == 1 and t.isalpha() and nxt in ("for", "as"):
            out.append(t)
            i += 3 if nxt == "as" else 2  # skip 'for word' / 'as in word'
        elif t in ("double", "triple") and nxt is not None:
            n = 2 if t == "double" else 3
            if nxt in WORDNUM:
                out.append(WORDNUM[nxt] * n)
            elif letters and len(nxt) == 1:
                out.append(nxt * n)
            else:
                raise ValueError(f"bad {t} {nxt}")
            i += 1
        elif t in TENNUM:
            if nxt in ONES[1:]:
                out.append(TENNUM[t] + WORDNUM[nxt])
                i += 1
            else:
                out.append(TENNUM[t] + "0")
        elif t in TEENNUM:
            out.append(TEENNUM[t])
        elif t == "hundred":
            out.append("00")
        elif t in WORDNUM and not (letters and t == "o" and False):
            out.append(WORDNUM[t])
        elif letters and len(t) == 1:
            out.append(t)
        elif letters and t in NATO_INV:
            out.append(NATO_INV[t])
        elif t in IGNORE:
            pass
        elif letters and t not in ("for", "as", "in", "hundred"):
            out.append(t)  # typed letter run such as 'GB' or 'sw'
        else:
            raise ValueError(f"unknown token {t!r} in {text!r}")
        i += 1
    return "".join(out).upper()


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
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]


def validate(typ, text, canon):
    """Return None if ok, else a message.  `text` is the (possibly joined) surface form."""
    low = text.lower()
    if typ == "EMAIL":
        if "@" in text:
            v = text.lower()
        else:
            v = re.sub(r"\b([a-z]+) that's ((?:[a-z] )+[a-z])\b",
                       lambda mm: mm.group(1) if mm.group(2).replace(" ", "") == mm.group(1) else "!", low)
            for a, b in ((" dot ", "."), (" at ", "@"), (" underscore ", "_"), (" dash ", "-")):
                v = v.replace(a, b)
            v = re.sub(r"\b(" + "|".join(TENS.values()) + r") (" + "|".join(ONES[1:]) + r")\b",
                       lambda m: TENNUM[m.group(1)] + WORDNUM[m.group(2)], v)
            v = re.sub(r"\b(" + "|".join(ONES + TEENS + list(TENS.values())) + r")\b",
                       lambda m: WORDNUM.get(m.group(1)) or TEENNUM.get(m.group(1)) or
                       TENNUM[m.group(1)] + "0", v)
            v = v.replace(" ", "")
        if not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]+)+", v):
            return f"bad email {v}"
        return None if v == canon else f"email {v} != {canon}"
    if typ == "ADDRESS":
        if not re.search(r"\d|\b(" + "|".join(ONES[1:] + TEENS + list(TENS.values())) + r")\b", low):
            return "address without number"
        if not re.search(r"\b(road|rd|street|st|avenue|ave|lane|ln|drive|dr|close|crescent|way|"
                         r"terrace|court|ct|place|grove|gardens|park|boulevard|blvd|row|hill)\b", low):
            return "address without street word"
        return None
    if typ in ("DOB", "EXPIRY"):
        has_month = any(re.search(r"\b" + m, low) for m in MON3)
        digits = re.sub(r"\D", "", text)
        try:
            n = normalise(re.sub(r"\b(" + "|".join(MONTHS) + r"|" + "|".join(MON3) + r")\b", " ", low)
                          .replace("of", " ").replace("/", " ").replace("st ", " "))
        except ValueError:
            n = None
        if typ == "EXPIRY":
            if has_month or (digits and len(digits) in (4, 6)) or (n and len(n) in (4, 6)):
                return None
            return f"bad expiry {text}"
        y = int(canon)
        yy = f"{y % 100:02d}"
        cands = [str(y), pair_words(yy), num_words(y % 100), "oh " + ONES[y % 10], yy]
        if any(c in low for c in cands) and (has_month or len(digits) >= 4 or re.search(r"\b(" + "|".join(ONES + TEENS) + r")\b", low)):
            return None
        return f"bad dob {text}"
    letters = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
    try:
        v = normalise(text, letters=letters)
    except ValueError as e:
        return str(e)
    if v != canon:
        return f"normalised {v} != canonical {canon}"
    if typ == "CARD_NUMBER":
        return None if v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v) else "bad card"
    if typ == "CVV":
        return None if v.isdigit() and len(v) in (3, 4) else "bad cvv"
    if typ == "SSN":
        return None if v.isdigit() and len(v) == 9 else "bad ssn"
    if typ == "NI_NUMBER":
        return None if NI_RE.fullmatch(v) else "bad ni"
    if typ == "BANK_ACCOUNT":
        return None if v.isdigit() and 6 <= len(v) <= 12 else "bad account"
    if typ == "SORT_CODE":
        return None if v.isdigit() and len(v) == 6 else "bad sort code"
    if typ == "IBAN":
        return None if iban_ok(v) else "bad iban"
    if typ == "PHONE":
        return None if v.isdigit() and 10 <= len(v) <= 13 else "bad phone"
    if typ == "POSTCODE":
        return None if (UK_PC.fullmatch(v) or re.fullmatch(r"\d{5}(\d{4})?", v)) else "bad postcode"
    return "unknown type"


# ---------------------------------------------------------------- value generators
def rdigits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def gen_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + rdigits(14)
    elif kind == "mc":
        body = R.choice(["51", "52", "53", "54", "55", "22"]) + rdigits(13)
    elif kind == "amex":
        body = R.choice(["34", "37"]) + rdigits(12)
    else:
        body = "6011" + rdigits(11)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, kind


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + rdigits(6) + R.choice("ABCD")


def iban_check(country, bban):
    r = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    return f"{98 - num % 97:02d}"


def gen_iban():
    c = R.choice(["GB", "IE", "DE", "NL", "FR", "ES", "GB", "IE"])
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdigits(14)
    elif c == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + rdigits(14)
    elif c == "DE":
        bban = rdigits(18)
    elif c == "NL":
        bban = R.choice(["ABNA", "RABO", "INGB", "TRIO"]) + rdigits(10)
    elif c == "FR":
        bban = rdigits(23)
    else:
        bban = rdigits(20)
    return c + iban_check(c, bban) + bban


def gen_phone():
    k = R.choice(["uk_mob", "uk_land", "us", "ie", "uk_mob", "us"])
    if k == "uk_mob":
        return "07" + R.choice("3456789") + rdigits(8), k
    if k == "uk_land":
        return R.choice(["0161", "0113", "0117", "0141", "0131", "0208", "0207", "0121"]) + rdigits(7), k
    if k == "us":
        return R.choice("23456789") + rdigits(2) + R.choice("23456789") + rdigits(6), k
    return "08" + R.choice("35679") + rdigits(7), k


FIRST = ["sarah", "james", "aoife", "liam", "maria", "tom", "priya", "david", "niamh", "kevin",
         "emma", "mark", "chloe", "ciaran", "hannah", "raj", "lucy", "sean", "grace", "peter",
         "fiona", "dan", "megan", "rob", "julia", "paddy", "zoe", "carlos", "anna", "ben"]
LAST = ["murphy", "walsh", "smith", "patel", "kelly", "brennan", "jones", "garcia", "obrien",
        "taylor", "nguyen", "byrne", "evans", "khan", "fischer", "martin", "doyle", "hughes",
        "lopez", "reilly", "clarke", "shah", "moore", "ryan", "foster", "hart", "quinn", "webb"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "live.ie", "proton.me", "gmx.de", "comcast.net"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 4)
    num = str(R.randint(1, 99)) if R.random() < 0.45 else ""
    if style == 0:
        user = f"{f}.{l}{num}"
    elif style == 1:
        user = f"{f[0]}{l}{num}"
    elif style == 2:
        user = f"{f}_{l[0]}{num}"
    elif style == 3:
        user = f"{f}{l}{num}"
    else:
        user = f"{f[0]}.{l}{num}"
    return f"{user}@{R.choice(DOMAINS)}"


def say_email(e):
    user, dom = e.split("@")
    out = []
    for piece in re.findall(r"[a-z]+|\d+|[._-]", user):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        elif piece == "-":
            out.append("dash")
        elif piece.isdigit():
            if len(piece) == 2 and piece[0] != "0":
                out.append(pair_words(piece))
            else:
                out.append(" ".join(ONES[int(c)] for c in piece))
        elif len(piece) > 3 and R.random() < 0.25:
            out.append(piece + " that's " + " ".join(piece))
        else:
            out.append(piece)
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


STREETS = ["Larkfield", "Maple", "Grange", "Church", "Station", "Mill", "Willow", "Oakwood",
           "Elm", "Highfield", "Kingsway", "Beech", "Harbour", "Meadow", "Cedar", "Ashgrove",
           "Victoria", "Park View", "Riverside", "Hawthorn", "Orchard", "Fairview", "Sycamore"]
SUFFIX = ["Road", "Street", "Avenue", "Lane", "Drive", "Close", "Crescent", "Way", "Terrace",
          "Court", "Place", "Grove", "Gardens"]
US_SUFFIX = ["Street", "Avenue", "Drive", "Boulevard", "Lane", "Court", "Road", "Way"]


def num_words(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    h, rest = divmod(n, 100)
    if rest == 0:
        return ONES[h] + " hundred"
    return ONES[h] + " " + (pair_words(f"{rest:02d}") if rest >= 10 else "oh " + ONES[rest])


def gen_address(us=False, spoken=False):
    if us:
        n = R.randint(100, 9899)
        name = R.choice(STREETS + ["Lincoln", "Washington", "Magnolia", "Sunset", "Lakeshore"])
        suf = R.choice(US_SUFFIX)
        if spoken:
            ns = say_pairs(str(n)) if n >= 1000 else num_words(n)
            return f"{ns} {name.lower()} {suf.lower()}"
        if R.random() < 0.3:
            suf = {"Street": "St", "Avenue": "Ave", "Drive": "Dr", "Boulevard": "Blvd", "Lane": "Ln",
                   "Court": "Ct", "Road": "Rd", "Way": "Way"}[suf]
        return f"{n} {name} {suf}"
    n = R.randint(1, 180)
    name, suf = R.choice(STREETS), R.choice(SUFFIX)
    flat = R.random() < 0.2
    if spoken:
        s = f"{num_words(n)} {name.lower()} {suf.lower()}"
        if flat:
            s = f"flat {num_words(R.randint(1, 12))} {s}"
        return s
    s = f"{n} {name} {suf}"
    if flat:
        s = f"Flat {R.randint(1, 12)}, {s}"
    return s


UK_AREAS = ["SW", "NW", "SE", "E", "N", "M", "B", "LS", "G", "EH", "CF", "BS", "RG", "NG", "L",
            "TW", "KT", "CR", "BT", "DE", "LE", "S", "W", "EC", "BN", "GU", "ME", "HP"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode(us=False):
    if us:
        z = f"{R.randint(1001, 99950):05d}"
        return z + (rdigits(4) if R.random() < 0.2 else "")
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 28 if len(a) == 2 else 20))
    return a + d + str(R.randint(0, 9)) + R.choice(INWARD_L) + R.choice(INWARD_L)


def pc_typed(pc):
    if pc.isdigit():
        return pc if len(pc) == 5 else pc[:5] + "-" + pc[5:]
    out, inw = pc[:-3], pc[-3:]
    st = R.randint(0, 3)
    if st == 0:
        return f"{out} {inw}"
    if st == 1:
        return f"{out}{inw}".lower()
    if st == 2:
        return f"{out.lower()} {inw.lower()}"
    return f"{out} {inw}"


def pc_spoken(pc):
    if pc.isdigit():
        return say_digits(pc)
    parts = []
    outw, inw = pc[:-3], pc[-3:]
    m = re.match(r"([A-Z]+)(\d+)([A-Z]?)", outw)
    parts += [say_letter(c, 0.2) for c in m.group(1)]
    num = m.group(2)
    parts.append(num_words(int(num)) if (R.random() < 0.5 and int(num) < 20) or len(num) == 1 else say_digits(num, False))
    if m.group(3):
        parts.append(say_letter(m.group(3)))
    parts.append(ONES[int(inw[0])] if inw[0] != "0" else R.choice(["zero", "nought"]))
    parts += [say_letter(c, 0.3) for c in inw[1:]]
    return " ".join(parts)


def gen_dob():
    return R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28)


ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def year_words(y):
    if y >= 2000:
        return R.choice(["two thousand and " + num_words(y - 2000) if y > 2000 else "two thousand",
                         "two thousand " + num_words(y - 2000) if y > 2000 else "two thousand"]) \
            if y < 2010 else "twenty " + num_words(y - 2000)
    return pair_words(str(y)[:2]) + " " + (pair_words(str(y)[2:]) if y % 100 >= 10 else "oh " + ONES[y % 10])


def dob_text(d, chat, us):
    y, m, dd = d
    if chat:
        st = R.randint(0, 4)
        if st == 0:
            return f"{m:02d}/{dd:02d}/{y}" if us else f"{dd:02d}/{m:02d}/{y}"
        if st == 1:
            return f"{dd}.{m}.{y}" if not us else f"{m}-{dd}-{y}"
        if st == 2:
            return f"{MONTHS[m - 1].title()} {dd}, {y}" if us else f"{dd} {MONTHS[m - 1].title()} {y}"
        if st == 3:
            return f"{dd}{'th' if dd > 3 and dd not in (21, 22, 23) else ['', 'st', 'nd', 'rd'][dd % 10] if dd % 10 in (1, 2, 3) else 'th'} {MON3[m - 1]} {y}"
        return f"{y}-{m:02d}-{dd:02d}"
    st = R.randint(0, 3)
    yw = year_words(y) if y < 2000 or R.random() < 0.7 else year_words(y)
    if st == 0 and not us:
        return f"the {ORD[dd]} of {MONTHS[m - 1]} {yw}"
    if st == 1 or us:
        return f"{MONTHS[m - 1]} {ORD[dd]} {yw}"
    if st == 2:
        return f"{say_digits(f'{dd:02d}', False)} {say_digits(f'{m:02d}', False)} {pair_words(str(y)[2:]) if y % 100 >= 10 else 'oh ' + ONES[y % 10]}"
    return f"{ORD[dd]} {MONTHS[m - 1]} {yw}"


def gen_expiry():
    return R.randint(1, 12), R.randint(25, 31)


def exp_text(e, chat):
    m, y = e
    if chat:
        return R.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d} {y}",
                         f"{MON3[m - 1].title()} 20{y}", f"{m:02d}{y}"])
    st = R.randint(0, 2)
    if st == 0:
        return f"{say_digits(f'{m:02d}', False)} {pair_words(str(y))}"
    if st == 1:
        return f"{MONTHS[m - 1]} twenty {num_words(y - 20)}" if y > 20 else f"{MONTHS[m - 1]} twenty"
    return f"{say_digits(f'{m:02d}', False)} {say_digits(str(y), False)}"


# ---------------------------------------------------------------- surface forms
def card_typed(c):
    st = R.randint(0, 4)
    if len(c) == 15:
        g = [4, 6, 5]
    else:
        g = [4] * (len(c) // 4) + ([len(c) % 4] if len(c) % 4 else [])
    parts, p = [], 0
    for x in g:
        parts.append(c[p:p + x])
        p += x
    if st == 0:
        return " ".join(parts)
    if st == 1:
        return "-".join(parts)
    if st == 2:
        return c
    if st == 3:
        return "  ".join(parts)
    return ".".join(parts) if R.random() < 0.3 else " ".join(parts)


def groups_of(s, sizes):
    out, p = [], 0
    for x in sizes:
        out.append(s[p:p + x])
        p += x
    return out


def card_groups(c):
    return [4, 6, 5] if len(c) == 15 else [4] * (len(c) // 4) + ([len(c) % 4] if len(c) % 4 else [])


# ---------------------------------------------------------------- scenario context
INDUSTRIES = {
    "banking": ("Thanks for calling {co}, you're through to {ag}", ["NorthBank", "Harbour Savings", "Kestrel Bank", "Lakeside Credit Union"]),
    "telecom": ("you're through to {co} customer care my name's {ag}", ["Volta Mobile", "SkyLink Broadband", "Tellus", "Clearwave"]),
    "utilities": ("good morning {co} energy you're speaking to {ag}", ["Brightside", "GreenGrid", "Emerald Power", "Anchor Water"]),
    "retail": ("Hi, you're chatting with {ag} from {co}", ["Homeway", "Stylebox", "Fenwicks Direct", "Parcel&Co"]),
    "insurance": ("thank you for calling {co} insurance this is {ag}", ["Shieldwell", "Covermore", "Beacon", "Allsure"]),
    "travel": ("hello {co} bookings {ag} speaking", ["Skyhop", "Atlantic Air", "Railway Direct", "SunTours"]),
    "healthcare billing": ("{co} patient billing this is {ag} how can I help", ["Mercy Health", "Riverside Clinic", "CarePoint", "St Brendan's"]),
    "government services": ("you're through to {co} my name is {ag}", ["the Motor Tax Office", "HMRC helpline", "the Passport Service", "City Council Revenues"]),
}
AGENTS = ["Michelle", "Declan", "Sam", "Aisha", "Gary", "Orla", "Tyrone", "Beth", "Conor", "Nadia", "Joe", "Karen"]

PROBLEMS = {
    "banking": ["i've got a payment of {amt} that i don't recognise from the {dte}", "my card got declined at the shop for {amt} this morning around {tm}", "i want to set up a standing order for {amt} a month"],
    "telecom": ["my bill this month is {amt} and it's usually about {amt2}", "the broadband's been dropping out since the {dte}, about {cnt} times a day", "i want to upgrade, i'm on the {gb} gig plan"],
    "utilities": ["i got a bill for {amt} which seems way too high", "my meter reading is {meter} and i want to submit it", "i want to change my direct debit from {amt2} to {amt}"],
    "retail": ["my order {ordref} hasn't arrived, it was meant to come on the {dte}", "i was charged {amt} twice for the same order", "i need to return a jacket, it cost {amt}"],
    "insurance": ["i need to make a claim, the car was hit on the {dte} around {tm}", "my renewal has gone up to {amt} from {amt2}", "i want to add my son to the policy, he's {age}"],
    "travel": ["my flight {flight} on the {dte} got cancelled", "i need to change my booking, it was {amt} for {cnt} people", "my train was delayed {mins} minutes and i want a refund"],
    "healthcare billing": ["i got an invoice for {amt} for an appointment on the {dte}", "i want to set up a payment plan for the {amt} balance", "insurance should have covered {pct} percent of it"],
    "government services": ["i'm calling about my motor tax, it's {amt} for the year", "i need to pay the council tax, it's {ordref}", "i applied for a passport on the {dte} and haven't heard back"],
}


def ctx_fill(s):
    day = R.randint(1, 28)
    return s.format(
        amt=R.choice([f"{R.randint(12, 900)} pounds", f"{R.randint(12, 900)} euro", f"{R.randint(12, 900)} dollars {R.randint(10, 99)}", f"£{R.randint(12, 900)}.{R.randint(10, 99)}", f"€{R.randint(12, 400)}"]),
        amt2=R.choice([f"{R.randint(20, 90)} quid", f"{R.randint(20, 90)} euro", f"${R.randint(20, 90)}"]),
        dte=f"{ORD[day]} of {R.choice(MONTHS)}",
        tm=R.choice(["half ten", "quarter past two", "nine thirty", "11:45", "about four o'clock"]),
        cnt=R.choice(["three", "five", "ten", "twenty", "2", "4"]),
        gb=R.choice(["fifty", "100", "twenty", "unlimited"]),
        meter=R.choice([f"{R.randint(10000, 99999)}", f"{R.randint(1000, 9999)} point {R.randint(1, 9)}"]),
        ordref=R.choice([f"number {R.randint(100000, 9999999)}", f"ORD-{R.randint(10000, 999999)}", f"ref {R.randint(1000000, 99999999)}"]),
        age=R.choice(["seventeen", "19", "twenty two"]),
        flight=R.choice(["EI 154", "BA two eight three", "FR 7721", "UA 918"]),
        mins=R.choice(["forty", "90", "sixty five"]),
        pct=R.choice(["eighty", "70", "ninety"]),
    )


def chatify(s):
    if s[0].isupper() or s[-1] in ".!?":
        return s
    s = s[0].upper() + s[1:]
    s = re.sub(r"\bi\b", "I", s)
    s = s.replace("i've", "I've").replace("i'm", "I'm").replace("i'd", "I'd")
    if s.startswith(("Is ", "Can ", "What ")):
        return s + R.choice(["?", "??", ""])
    return s + R.choice(["", ".", ".", "!"])


# ---------------------------------------------------------------- PII dialogue blocks
def block_card(chat, reads=True):
    c, kind = gen_card()
    turns = []
    if chat:
        turns.append(T("agent", R.choice(["Could you type the long card number please?", "Please enter the card number you'd like to use.", "What's the card number?"])))
        if R.random() < 0.3:
            gs = groups_of(c, card_groups(c))
            half = len(gs) // 2
            a, b = " ".join(gs[:half]), " ".join(gs[half:])
            turns.append(T("customer", "its ", S(a, "CARD_NUMBER", c, "part", "card"), " ..."))
            turns.append(T("customer", S(b, "CARD_NUMBER", c, "part", "card"), R.choice(["", " sorry pressed enter", " thats it"])))
        else:
            turns.append(T("customer", R.choice(["Sure its ", "card is ", "", "ok: ", "Here you go "]), S(card_typed(c), "CARD_NUMBER", c), R.choice(["", " thanks", ". It's a " + kind + " card", " (the " + kind + ")",
                                                                                              f" - can you take £{R.randint(20, 400)}.{R.randint(10, 99)} off it", f" for the {R.randint(2, 9)} tickets please"])))
        return turns
    turns.append(T("agent", R.choice(["okay and the long number across the front of the card when you're ready", "go ahead with the card number please", "can i take the sixteen digit number on the card"]) if len(c) == 16 else "okay go ahead with the card number"))
    gs = card_groups(c)
    mode = R.randint(0, 3)
    if mode == 0:  # one turn digit by digit
        turns.append(T("customer", R.choice(["yeah it's ", "right so ", "okay ", "", "um "]), S(say_digits(c, fill=0.08), "CARD_NUMBER", c)))
    elif mode == 1:  # split across turns with back-channels
        parts = groups_of(c, gs)
        spoken = say_mixed(c, gs)
        for k, (p, sp) in enumerate(zip(parts, spoken)):
            pre = R.choice(["", "", "um ", "right ", "okay "]) if k == 0 else R.choice(["", "", "then "])
            post = R.choice(["", "", " yeah", " um"])
            turns.append(T("customer", pre, S(sp, "CARD_NUMBER", c, "part", "card"), post))
            if k < len(parts) - 1:
                turns.append(T("agent", R.choice(["mhm", "yep", "okay go on", "uh huh", "yeah", "got that", "okay"])))
    elif mode == 2:  # self-correction on a group, then reading continues
        parts = groups_of(c, gs)
        spoken = say_mixed(c, gs)
        wrong = list(parts[1])
        wrong[-1] = str((int(wrong[-1]) + R.randint(1, 8)) % 10)
        s1 = spoken[0] + " " + say_digits("".join(wrong), False) + " sorry no " + spoken[1]
        seg = S(s1, "CARD_NUMBER", c, "corr", "card")
        seg.keep = len(parts[0])
        turns.append(T("customer", seg))
        turns.append(T("agent", R.choice(["no problem take your time", "okay so " + spoken[1] + " yeah", "mhm"])))
        if turns[-1][1][0].startswith("okay so "):
            t = turns.pop()
            turns.append(T("agent", "okay so ", S(spoken[1], "CARD_NUMBER", c, "none"), " yeah"))
        turns.append(T("customer", "yeah then ", S(" ".join(spoken[2:]), "CARD_NUMBER", c, "part", "card")))
        # parts: first reading incl. correction plus rest -> validated as correction
    else:  # two values in one turn: card then expiry
        e = gen_expiry()
        turns.append(T("customer", S(say_mixed_join(c, gs), "CARD_NUMBER", c), R.choice([" and it expires ", " expiry ", " and the end date is "]), S(exp_text(e, False), "EXPIRY", e)))
        return turns
    if reads and R.random() < 0.35:
        turns.append(T("agent", "let me read that back ", S(say_digits(c, False), "CARD_NUMBER", c), " is that right"))
        turns.append(T("customer", R.choice(["yes that's it", "yep", "that's correct"])))
    return turns


def say_mixed_join(c, gs):
    return " ".join(say_mixed(c, gs))


def block_cvv(chat):
    v = rdigits(R.choice([3, 3, 3, 4]))
    if chat:
        return [T("agent", "And the security code from the back?"),
                T("customer", R.choice(["", "cvv ", "its ", "security code is "]), S(v, "CVV", v))]
    sp = say_digits(v) if R.random() < 0.6 or v[0] == "0" else say_pairs(v)
    return [T("agent", R.choice(["and the three digit security code on the back", "last thing the cvv number on the signature strip"])),
            T("customer", R.choice(["it's ", "", "uh ", "that's "]), S(sp, "CVV", v))]


def block_expiry(chat):
    e = gen_expiry()
    if chat:
        return [T("agent", "Expiry date?"), T("customer", R.choice(["", "exp ", "it runs out "]), S(exp_text(e, True), "EXPIRY", e))]
    return [T("agent", R.choice(["and the expiry date", "when does the card expire", "what's the valid to date on it"])),
            T("customer", R.choice(["", "it's ", "uh "]), S(exp_text(e, False), "EXPIRY", e))]


def block_ssn(chat):
    s = gen_ssn()
    if chat:
        st = R.randint(0, 3)
        txt = [f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s, f"{s[:3]}.{s[3:5]}.{s[5:]}"][st]
        return [T("agent", R.choice(["To verify, please provide your Social Security number.", "Can I get your SSN to pull up the account?"])),
                T("customer", R.choice(["sure ", "", "its ", "ssn: "]), S(txt, "SSN", s), R.choice(["", " thanks", ". My husband might have called too"]))]
    turns = [T("agent", R.choice(["and can i get your social security number please", "i'll need the social to verify", "for security what's your social"]))]
    m = R.randint(0, 2)
    g = groups_of(s, [3, 2, 4])
    if m == 0:
        turns.append(T("customer", R.choice(["sure it's ", "yeah ", "okay ", ""]), S(say_digits(s, fill=0.1), "SSN", s)))
    elif m == 1:
        sp = [say_digits(g[0]), say_digits(g[1]) if R.random() < 0.5 or g[1][0] == "0" else pair_words(g[1]), say_mixed_join(g[2], [4])]
        for k, x in enumerate(sp):
            turns.append(T("customer", S(x, "SSN", s, "part", "ssn")))
            if k < 2:
                turns.append(T("agent", R.choice(["mhm", "okay", "yep", "go ahead"])))
    else:
        turns.append(T("customer", "it's ", S(" ".join([say_digits(g[0]), say_digits(g[1]), say_digits(g[2])]), "SSN", s), R.choice([" i think", "", " yeah"])))
        turns.append(T("agent", "okay i have ", S(say_digits(s, False), "SSN", s), R.choice([" correct", " is that right"])))
        turns.append(T("customer", "yes"))
    return turns


def ni_spoken(n):
    letters = " ".join(say_letter(c) for c in n[:2])
    dg = n[2:8]
    if R.random() < 0.4 and dg[0] != "0" and dg[2] != "0" and dg[4] != "0":
        digits = say_pairs(dg)
    else:
        digits = say_digits(dg)
    return letters, digits, say_letter(n[8])


def block_ni(chat):
    n = gen_ni()
    if chat:
        st = R.randint(0, 3)
        txt = [f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", n, n.lower(), f"{n[:2]}{n[2:8]}{n[8]}".lower() if R.random() < 0.5 else f"{n[:2]} {n[2:8]} {n[8]}"][st]
        return [T("agent", R.choice(["Can you confirm your National Insurance number?", "What's your NI number please?"])),
                T("customer", R.choice(["", "NI is ", "its ", "sure - "]), S(txt, "NI_NUMBER", n))]
    turns = [T("agent", R.choice(["and your national insurance number please", "can i take your n i number", "i just need your national insurance number to find the record"]))]
    a, b, c = ni_spoken(n)
    m = R.randint(0, 2)
    if m == 0:
        turns.append(T("customer", R.choice(["yeah it's ", "", "okay ", "hang on it's "]), S(f"{a} {b} {c}", "NI_NUMBER", n)))
    elif m == 1:
        turns.append(T("customer", R.choice(["it's ", ""]), S(a, "NI_NUMBER", n, "part", "ni")))
        turns.append(T("agent", R.choice(["mhm", "yep", "okay"])))
        turns.append(T("customer", S(b, "NI_NUMBER", n, "part", "ni")))
        turns.append(T("agent", R.choice(["and the last letter", "and the letter at the end"])))
        turns.append(T("customer", S(c, "NI_NUMBER", n, "part", "ni")))
    else:
        turns.append(T("customer", S(f"{a} {b} {c}", "NI_NUMBER", n)))
        turns.append(T("agent", "so that's ", S(" ".join(n[:2].lower()) + " " + say_digits(n[2:8], False) + " " + n[8].lower(), "NI_NUMBER", n), " yeah"))
        turns.append(T("customer", R.choice(["that's right", "yes"])))
    return turns


def block_bank(chat, with_sort=True):
    acc = rdigits(8)
    sc = rdigits(6)
    turns = []
    if chat:
        turns.append(T("agent", "What are the account number and sort code for the direct debit?"))
        sct = R.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"])
        if with_sort:
            turns.append(T("customer", "acc ", S(acc, "BANK_ACCOUNT", acc), R.choice([" sort ", ", sort code ", " / "]), S(sct, "SORT_CODE", sc)))
        else:
            turns.append(T("customer", "account number ", S(acc, "BANK_ACCOUNT", acc)))
        return turns
    turns.append(T("agent", R.choice(["can i take the account number", "and the eight digit account number please"])))
    turns.append(T("customer", R.choice(["", "yeah it's ", "okay "]), S(say_digits(acc, fill=0.05), "BANK_ACCOUNT", acc)))
    if with_sort:
        turns.append(T("agent", "and the sort code"))
        st = R.randint(0, 1)
        sp = say_pairs(sc) if st == 0 else say_digits(sc)
        turns.append(T("customer", R.choice(["", "it's ", "sort code is "]), S(sp, "SORT_CODE", sc)))
    return turns


def block_us_account(chat):
    acc = rdigits(R.choice([10, 11, 12]))
    if chat:
        return [T("agent", "What's the checking account number?"), T("customer", S(acc, "BANK_ACCOUNT", acc))]
    return [T("agent", "and the checking account number"), T("customer", "okay it's ", S(say_digits(acc), "BANK_ACCOUNT", acc))]


def iban_spoken(ib):
    toks = []
    for ch in ib:
        toks.append(say_letter(ch, 0.15) if ch.isalpha() else dword(ch, "zero"))
    return " ".join(toks)


def block_iban(chat):
    ib = gen_iban()
    if chat:
        txt = R.choice([" ".join(ib[k:k + 4] for k in range(0, len(ib), 4)), ib, ib.lower() if R.random() < 0.3 else ib])
        return [T("agent", "Please send the IBAN for the refund."), T("customer", R.choice(["", "IBAN: ", "it's "]), S(txt, "IBAN", ib))]
    turns = [T("agent", "okay and the iban for the refund")]
    sp = iban_spoken(ib)
    if R.random() < 0.5:
        turns.append(T("customer", R.choice(["it's ", "right ", ""]), S(sp, "IBAN", ib)))
    else:
        half = len(ib) // 2
        turns.append(T("customer", S(iban_spoken(ib[:half]), "IBAN", ib, "part", "iban")))
        turns.append(T("agent", R.choice(["mhm", "okay go on", "yep"])))
        turns.append(T("customer", S(iban_spoken(ib[half:]), "IBAN", ib, "part", "iban")))
    return turns


def phone_typed(p, k):
    if k == "us":
        return R.choice([f"({p[:3]}) {p[3:6]}-{p[6:]}", f"{p[:3]}-{p[3:6]}-{p[6:]}", f"+1 {p[:3]} {p[3:6]} {p[6:]}", p])
    if k == "ie":
        return R.choice([f"{p[:3]} {p[3:6]} {p[6:]}", f"+353 {p[1:3]} {p[3:]}", p])
    return R.choice([f"{p[:5]} {p[5:]}", f"+44 {p[1:5]} {p[5:]}", f"+44 (0){p[1:5]} {p[5:]}", p, f"{p[:4]} {p[4:7]} {p[7:]}"])


def block_phone(chat):
    p, k = gen_phone()
    if chat:
        txt = phone_typed(p, k)
        canon = re.sub(r"\D", "", txt)
        if "(0)" in txt:
            canon = re.sub(r"\D", "", txt.replace("(0)", "0"))
        return [T("agent", "What's the best number to reach you on?"), T("customer", R.choice(["", "mobile is ", "call me on ", "its "]), S(txt, "PHONE", canon))]
    turns = [T("agent", R.choice(["and a contact number for you", "what's the best number to call you back on"]))]
    if k == "uk_mob" and R.random() < 0.3:
        sp = "plus four four " + say_digits(p[1:])
        canon = "44" + p[1:]
    elif k == "us":
        sp = say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + (say_pairs(p[6:]) if p[6] != "0" and R.random() < 0.4 else say_digits(p[6:]))
        canon = p
    else:
        sp = say_digits(p, fill=0.05)
        canon = p
    if R.random() < 0.35:
        cut = R.randint(4, 6)
        turns.append(T("customer", "it's ", S(say_digits(canon[:cut]), "PHONE", canon, "part", "ph")))
        turns.append(T("agent", R.choice(["mhm", "yep", "okay"])))
        turns.append(T("customer", S(say_digits(canon[cut:]), "PHONE", canon, "part", "ph")))
        turns[1][1][1].text = turns[1][1][1].text  # no-op
        if k == "uk_mob" and canon.startswith("44"):
            turns[1] = T("customer", "it's plus ", S(say_digits(canon[:cut]), "PHONE", canon, "part", "ph"))
    else:
        turns.append(T("customer", R.choice(["", "yeah it's ", "my mobile's "]), S(sp, "PHONE", canon)))
    return turns


def block_email(chat):
    e = gen_email()
    if chat:
        txt = e if R.random() < 0.7 else e.replace("@", "@", 1).upper() if R.random() < 0.3 else e
        return [T("agent", "And your email address?"), T("customer", R.choice(["", "its ", "email: "]), S(txt, "EMAIL", e))]
    turns = [T("agent", R.choice(["and an email address for the confirmation", "can i confirm the email on the account"]))]
    turns.append(T("customer", R.choice(["yeah it's ", "", "it's "]), S(say_email(e), "EMAIL", e)))
    if R.random() < 0.3:
        turns.append(T("agent", "lovely so ", S(say_email(e), "EMAIL", e)))
        turns.append(T("customer", "that's it"))
    return turns


def block_dob(chat, us=False):
    d = gen_dob()
    canon = f"{d[0]}"
    if chat:
        return [T("agent", "Can you confirm your date of birth?"), T("customer", R.choice(["", "dob ", "born "]), S(dob_text(d, True, us), "DOB", canon))]
    return [T("agent", R.choice(["and your date of birth please", "can you confirm your date of birth for me", "and what's the date of birth on the policy"])),
            T("customer", R.choice(["", "it's ", "yeah ", "uh "]), S(dob_text(d, False, us), "DOB", canon))]


def block_address(chat, us=False):
    a = gen_address(us, spoken=not chat)
    pc = gen_postcode(us)
    if chat:
        town = R.choice(["Austin, TX", "Columbus, OH", "Denver, CO"] if us else ["Leeds", "Cork", "Bristol", "Manchester", "Galway"])
        sep = R.choice([", ", " ", ",  "])
        if us or R.random() < 0.8:
            return [T("agent", "What's the full billing address?"), T("customer", S(a, "ADDRESS", a), f", {town}{sep}", S(pc_typed(pc), "POSTCODE", pc))]
        return [T("agent", "What's the full billing address?"), T("customer", S(a, "ADDRESS", a), f", {town}")]
    town = R.choice(["austin texas", "columbus ohio", "phoenix"] if us else ["leeds", "bristol", "glasgow", "croydon", "reading"])
    turns = [T("agent", R.choice(["and the first line of the address", "can you confirm the address on the account"]))]
    turns.append(T("customer", R.choice(["it's ", "yeah ", ""]), S(a, "ADDRESS", a), f" {town}"))
    turns.append(T("agent", R.choice(["and the zip code" if us else "and the postcode", "and the postcode there" if not us else "zip code"])))
    sp = pc_spoken(pc)
    if not us and R.random() < 0.35:
        outw = pc_spoken_out(pc[:-3])
        inw = pc_spoken_in(pc[-3:])
        turns.append(T("customer", S(outw, "POSTCODE", pc, "part", "pc")))
        turns.append(T("agent", R.choice(["mhm", "yep"])))
        turns.append(T("customer", S(inw, "POSTCODE", pc, "part", "pc")))
    else:
        turns.append(T("customer", R.choice(["", "it's "]), S(sp, "POSTCODE", pc)))
    return turns


def pc_spoken_in(inw):
    return " ".join([ONES[int(inw[0])] if inw[0] != "0" else "zero"] + [say_letter(c, 0.3) for c in inw[1:]])


def pc_spoken_out(o):
    m = re.match(r"([A-Z]+)(\d+)([A-Z]?)", o)
    return " ".join([say_letter(c, 0.2) for c in m.group(1)] + [num_words(int(m.group(2)))] + ([say_letter(m.group(3))] if m.group(3) else []))  # final turn part, no run-on


pc_spoken_out_ref = pc_spoken_out


def _pc_outward(pc):
    return pc_spoken_out(pc[:-3])


def block_postcode_only(chat, us=False):
    pc = gen_postcode(us)
    if chat:
        return [T("agent", "Postcode?" if not us else "ZIP code?"), T("customer", S(pc_typed(pc), "POSTCODE", pc))]
    return [T("agent", "can i just take the postcode" if not us else "and the zip code on the account"),
            T("customer", R.choice(["", "it's "]), S(pc_spoken(pc), "POSTCODE", pc))]


# ---------------------------------------------------------------- small talk / non-PII
def chit(ind, chat):
    p = ctx_fill(R.choice(PROBLEMS[ind]))
    return chatify(p) if chat else p


AGENT_SMALL = ["okay no problem i can help with that", "right let me have a look at that for you", "i'm sorry to hear that",
               "okay bear with me one second", "thanks for holding", "that should be sorted within {d} working days",
               "i can see a payment of {amt} here on the {dte}", "i've put a note on the account reference {ref}",
               "the next bill is due on the {dte}", "you'll get a text within {mins} minutes", "the call's being recorded for training"]
CUST_SMALL = ["okay great", "brilliant thanks", "sorry the line's bad", "hang on let me get my wallet", "yeah it's been a nightmare honestly",
              "i've been on hold for {mins} minutes", "my daughter set it up for me", "right okay", "is that going to cost me anything",
              "i'm on my lunch break so i've only got about {mins} minutes", "that's grand"]


def small(speaker, chat):
    s = R.choice(AGENT_SMALL if speaker == "agent" else CUST_SMALL)
    s = s.format(d=R.choice(["three", "5", "seven to ten"]), amt=R.choice(["forty two fifty", "£18.99", "120 euro", "$64.10"]),
                 dte=f"{ORD[R.randint(1, 28)]} of {R.choice(MONTHS)}", ref=R.choice(["CX-" + str(R.randint(10000, 99999)), str(R.randint(100000, 9999999))]),
                 mins=R.choice(["twenty", "45", "ten", "thirty five"]))
    if chat:
        s = s.replace("sorry the line's bad", "sorry my wifi keeps dropping").replace("the call's being recorded", "this chat is recorded")
        s = s.replace("hang on let me get my wallet", "hang on getting my wallet")
    return chatify(s) if chat else s


BLOCKS = {
    "CARD_NUMBER": lambda ch, us: block_card(ch), "CVV": lambda ch, us: block_cvv(ch), "EXPIRY": lambda ch, us: block_expiry(ch),
    "SSN": lambda ch, us: block_ssn(ch), "NI_NUMBER": lambda ch, us: block_ni(ch),
    "BANK_ACCOUNT": lambda ch, us: block_us_account(ch) if us else block_bank(ch, with_sort=False),
    "SORT_CODE": lambda ch, us: block_bank(ch, True), "IBAN": lambda ch, us: block_iban(ch), "PHONE": lambda ch, us: block_phone(ch),
    "EMAIL": lambda ch, us: block_email(ch), "DOB": lambda ch, us: block_dob(ch, us), "POSTCODE": lambda ch, us: block_postcode_only(ch, us),
    "ADDRESS": lambda ch, us: block_address(ch, us),
}


def build_positive(focus):
    chat = R.random() < 0.4
    ind = R.choice(list(INDUSTRIES))
    us = focus == "SSN" or (focus not in ("NI_NUMBER", "SORT_CODE", "IBAN") and R.random() < 0.3)
    if focus in ("SSN",):
        us = True
    if us and ind == "government services":
        ind = R.choice(["healthcare billing", "banking", "insurance"])
    greet, cos = INDUSTRIES[ind]
    g = greet.format(co=R.choice(cos), ag=R.choice(AGENTS))
    turns = [T("agent", g if chat else g.lower().replace(",", "").replace("chatting", "speaking"))]
    turns.append(T("customer", chit(ind, chat)))
    turns.append(T("agent", small("agent", chat)))
    # choose PII blocks
    pool = {"CARD_NUMBER": ["CVV", "EXPIRY", "ADDRESS", "EMAIL", "PHONE", "DOB"],
            "SSN": ["DOB", "ADDRESS", "PHONE", "EMAIL", "CARD_NUMBER"],
            "NI_NUMBER": ["DOB", "ADDRESS", "SORT_CODE", "PHONE", "EMAIL"],
            }.get(focus, ["DOB", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "CARD_NUMBER"])
    if not us:
        pool = [p for p in pool]
    extra = R.sample(pool, R.randint(0, 2))
    order = [focus] + [e for e in extra if e != focus]
    R.shuffle(order)
    for k, typ in enumerate(order):
        if typ == "SSN" and not us:
            continue
        turns += BLOCKS[typ](chat, us)
        if R.random() < 0.6 and len(turns) < 15:
            spk = R.choice(["agent", "customer"])
            turns.append(T(spk, small(spk, chat)))
    if len(turns) < 14:
        turns.append(T("agent", small("agent", chat)))
        turns.append(T("customer", small("customer", chat)))
    if chat:
        turns.append(T("agent", R.choice(["Is there anything else I can help with today?", "Anything else I can do for you?", "That's all done for you now :)"])))
        turns.append(T("customer", R.choice(["no thats everything thanks", "No thanks, bye", "That's all, cheers", "nope all good ty"])))
    else:
        turns.append(T("agent", R.choice(["is there anything else i can help with today", "anything else i can do for you", "okay that's all done for you"])))
        turns.append(T("customer", R.choice(["no that's everything thanks", "no thanks bye", "that's all cheers", "no you've been great thanks bye bye"])))
    return turns, ind, chat


# ---------------------------------------------------------------- negatives
NEG_LINES_C = [
    "the bill was {amt} and i paid {amt2} on the {dte}",
    "my order number is {ord} and it still hasn't come",
    "the ticket reference is {tick}",
    "my flight is {flight} at {tm} on the {dte}",
    "we're in room {room} checking out on the {dte}",
    "the meter reading is {meter}",
    "i'm {age} years old and i've been with you since {year}",
    "the boiler model is {model}",
    "the speed test says {speed} megabits",
    "it's about {temp} degrees in the house",
    "my balance says {amt} but it should be {amt2}",
    "the claim number is {claim}",
    "invoice {inv} for {amt}",
    "the contract started on the {dte} {year} and it's for {months} months",
    "i was on hold for {mins} minutes and then cut off at {tm}",
    "there's {cnt} items on the order and {cnt2} are missing",
    "you charged me {pct} percent interest",
    "the appointment is on the {dte} at {tm}",
    "my payment of {amt} went out on {date_num}",
    "it's {qty} kilos so the delivery is {amt}",
]
NEG_LINES_A = [
    "okay i can see the payment of {amt} on the {dte}",
    "your reference for today is {tick}",
    "the refund of {amt} will take {days} working days",
    "your next bill will be around {amt2}",
    "i've booked an engineer for the {dte} between {tm} and {tm2}",
    "your case number is {claim}",
    "that order {ord} was dispatched on {date_num}",
    "the plan is {amt} a month for {months} months with {gb} gigs of data",
    "your balance is {amt} and the minimum payment is {amt2}",
    "the flight {flight} now leaves at {tm}",
    "i've applied a {pct} percent discount",
    "the reading we have is {meter} from the {dte}",
]


def neg_fill(s, chat):
    day = R.randint(1, 28)
    if chat:
        amt = R.choice([f"£{R.randint(5, 2000)}.{R.randint(10, 99)}", f"€{R.randint(5, 900)}", f"${R.randint(5, 3000):,}.{R.randint(0, 99):02d}", f"{R.randint(5, 500)} EUR"])
        amt2 = R.choice([f"£{R.randint(5, 300)}", f"${R.randint(5, 300)}.00"])
        tm = R.choice([f"{R.randint(1, 12)}:{R.choice(['00', '15', '30', '45'])}{R.choice(['am', 'pm', ''])}", f"{R.randint(6, 22):02d}:{R.randint(0, 59):02d}"])
        tm2 = f"{R.randint(12, 18)}:00"
        date_num = R.choice([f"{day:02d}/{R.randint(1, 12):02d}/2026", f"{day}/{R.randint(1, 12)}", f"2026-{R.randint(1, 12):02d}-{day:02d}"])
    else:
        amt = R.choice([f"{num_words(R.randint(5, 999))} pounds", f"{num_words(R.randint(5, 99))} euro {num_words(R.randint(10, 99))}", f"{num_words(R.randint(2, 9))} hundred and {num_words(R.randint(10, 99))} dollars", f"{num_words(R.randint(20, 99))} ninety nine"])
        amt2 = R.choice([f"{num_words(R.randint(5, 99))} quid", f"{num_words(R.randint(5, 99))} dollars"])
        tm = R.choice(["half nine", "ten fifteen", "quarter to four", "two o'clock", "eleven thirty", "seven forty five"])
        tm2 = R.choice(["one", "twelve", "five o'clock"])
        date_num = f"the {ORD[day]}"
    return s.format(
        amt=amt, amt2=amt2, tm=tm, tm2=tm2, date_num=date_num, dte=f"{ORD[day]} of {R.choice(MONTHS)}",
        ord=R.choice([str(R.randint(100000, 9999999)), f"ORD{R.randint(10000, 999999)}", say_digits(str(R.randint(100000, 999999)), False) if not chat else str(R.randint(1000, 99999))]),
        tick=R.choice([f"TCK-{R.randint(1000, 999999)}", str(R.randint(1000000, 99999999)), f"{R.choice('ABCDEFGHJK')}{R.randint(100000, 9999999)}"]) if chat else say_digits(str(R.randint(1000000, 99999999)), False),
        flight=R.choice(["EI 154", "BA2831", "FR 7721", "UA 918", "LH 402"]) if chat else R.choice(["e i one five four", "b a two eight three one", "ryanair seventy seven twenty one"]),
        room=R.choice(["214", "1207", "three oh six", "twelve"]),
        meter=str(R.randint(10000, 99999)) if chat else say_digits(str(R.randint(10000, 99999)), False),
        age=R.choice(["72", "thirty four", "sixty", "45"]),
        year=R.choice(["2019", "twenty twenty one", "2015", "two thousand and nine"]),
        model=R.choice(["WB-4500X", "the 30i combi", "HX 220", "KDL-55W805"]),
        speed=R.choice(["12.5", "three hundred", "87", "nine point four"]),
        temp=R.choice(["fifteen", "18", "twenty one"]),
        claim=(R.choice(["CLM-", "C", ""]) + str(R.randint(100000, 99999999))) if chat else say_digits(str(R.randint(100000, 9999999)), False),
        inv=f"INV-{R.randint(10000, 9999999)}" if chat else "number " + say_pairs(str(R.randint(1000, 9999))),
        months=R.choice(["12", "twenty four", "18", "thirty six"]),
        mins=R.choice(["forty", "25", "ninety", "an hour and twenty"]),
        cnt=R.choice(["six", "3", "twelve"]), cnt2=R.choice(["two", "1", "four"]),
        pct=R.choice(["22.9", "nineteen point nine", "15", "ten"]),
        qty=R.choice(["twenty three", "4.5", "two point five"]),
        days=R.choice(["three to five", "10", "seven"]),
        gb=R.choice(["thirty", "100", "unlimited"]),
    )


def build_negative():
    chat = R.random() < 0.4
    ind = R.choice(list(INDUSTRIES))
    greet, cos = INDUSTRIES[ind]
    g = greet.format(co=R.choice(cos), ag=R.choice(AGENTS))
    turns = [T("agent", g if chat else g.lower().replace(",", ""))]
    n = R.randint(8, 16)
    for k in range(n):
        sp = "customer" if k % 2 == 0 else "agent"
        r = R.random()
        if r < 0.65:
            s = neg_fill(R.choice(NEG_LINES_C if sp == "customer" else NEG_LINES_A), chat)
        elif r < 0.8 and sp == "customer":
            s = chit(ind, chat)
        else:
            s = small(sp, chat)
        if chat:
            s = chatify(s)
        turns.append(T(sp, s))
    turns.append(T("agent", "anything else i can help with" if not chat else "Anything else I can help with?"))
    turns.append(T("customer", "no that's it thanks" if not chat else "No thats all, thanks!"))
    return turns, ind, chat


# ---------------------------------------------------------------- assembly
def assemble(turns):
    out_turns, spans, meta = [], [], []
    for ti, (speaker, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, S):
                start = len(text)
                text += seg.text
                spans.append({"turn": ti, "start": start, "end": len(text), "type": seg.typ})
                meta.append(seg)
            else:
                text += seg
        out_turns.append({"speaker": speaker, "text": text})
    return out_turns, spans, meta


NOTE_FOCUS = {"CARD_NUMBER": "card number", "SSN": "social security number", "NI_NUMBER": "national insurance number",
              "CVV": "security code", "EXPIRY": "expiry", "BANK_ACCOUNT": "account number", "SORT_CODE": "sort code + account",
              "IBAN": "IBAN", "PHONE": "phone number", "EMAIL": "email", "DOB": "date of birth", "POSTCODE": "postcode/zip",
              "ADDRESS": "street address + postcode"}


def generate():
    R.seed(SEED)
    cases, metas = [], []
    focus_plan = (["CARD_NUMBER"] * 20 + ["SSN"] * 26 + ["NI_NUMBER"] * 26 + ["CVV"] * 14 + ["EXPIRY"] * 12 +
                  ["BANK_ACCOUNT"] * 11 + ["SORT_CODE"] * 14 + ["IBAN"] * 15 + ["PHONE"] * 12 + ["EMAIL"] * 12 +
                  ["DOB"] * 11 + ["POSTCODE"] * 11 + ["ADDRESS"] * 12)
    R.shuffle(focus_plan)
    for i, focus in enumerate(focus_plan, 1):
        turns, ind, chat = build_positive(focus)
        ot, spans, meta = assemble(turns)
        kinds = sorted({s["type"] for s in spans})
        note = f"{'chat' if chat else 'call'}/{ind}: {len(ot)}-turn conversation; {NOTE_FOCUS[focus]} amid small talk; also {', '.join(k for k in kinds if k != focus) or 'nothing else'}"
        cases.append({"id": f"h222-pos-{i:03d}", "kind": "positive", "turns": ot, "spans": spans, "note": note})
        metas.append(meta)
    for i in range(1, 111):
        turns, ind, chat = build_negative()
        ot, spans, meta = assemble(turns)
        cases.append({"id": f"h222-neg-{i:03d}", "kind": "negative", "turns": ot, "spans": [],
                      "note": f"{'chat' if chat else 'call'}/{ind}: {len(ot)}-turn conversation with amounts, dates, times, references, counts; no PII"})
        metas.append(meta)
    return cases, metas


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def check_cases(cases, metas):
    problems = []
    ids = Counter(c["id"] for c in cases)
    problems += [f"duplicate id {k}" for k, v in ids.items() if v > 1]
    for c, meta in zip(cases, metas):
        cid = c["id"]
        if c["kind"] == "negative" and c["spans"]:
            problems.append(f"{cid}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(f"{cid}: positive without spans")
        if not 8 <= len(c["turns"]) <= 26:
            problems.append(f"{cid}: {len(c['turns'])} turns")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                problems.append(f"{cid}: bad speaker")
        bytu = {}
        for sp in c["spans"]:
            if sp["type"] not in TYPES:
                problems.append(f"{cid}: bad type {sp['type']}")
            if not (0 <= sp["turn"] < len(c["turns"])):
                problems.append(f"{cid}: bad turn")
                continue
            txt = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                problems.append(f"{cid}: offsets out of range")
                continue
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                problems.append(f"{cid}: span not on word boundary {txt[s:e]!r}")
            if not ((txt[s].isalnum() or (sp["type"] == "PHONE" and txt[s] in "+(")) and txt[e - 1].isalnum()):
                problems.append(f"{cid}: span edge not alnum {txt[s:e]!r}")
            bytu.setdefault(sp["turn"], []).append((s, e))
        for lst in bytu.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append(f"{cid}: overlapping spans")
        # value validation
        groups = {}
        for sp, m in zip(c["spans"], meta):
            txt = c["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]]
            if txt != m.text:
                problems.append(f"{cid}: span text mismatch")
            if m.mode == "full":
                err = validate(m.typ, txt, canon_str(m))
                if err:
                    problems.append(f"{cid}: {m.typ} {txt!r}: {err}")
            elif m.mode in ("part", "corr"):
                groups.setdefault((m.group, canon_str(m)), []).append((m, txt))
            elif m.mode == "none":
                pass
        for (g, canon), items in groups.items():
            joined = " ".join(t for _, t in items)
            if any(m.mode == "corr" for m, _ in items):
                joined = re.sub(r"^(.*?)\b[a-z ]+? sorry no ", lambda mm: mm.group(1), joined)
                # drop the wrong group: remove everything between first group and 'sorry no'
            typ = items[0][0].typ
            letters = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
            try:
                pieces = []
                for m, t in items:
                    if m.mode == "corr":
                        left, right = t.split(" sorry no ")
                        pieces.append(normalise(left, letters)[:m.keep] + normalise(right, letters))
                    else:
                        pieces.append(normalise(t, letters))
            except ValueError as e:
                problems.append(f"{cid}: {e}")
                continue
            err = validate(typ, "".join(pieces), canon)
            if err:
                problems.append(f"{cid}: split {typ} {joined!r}: {err}")
    return problems


def canon_str(m):
    if m.typ == "EXPIRY":
        return f"{m.canon[0]:02d}{m.canon[1]:02d}"
    return str(m.canon)


def readme(cases):
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join(f"| {t} | {cnt[t]} |" for t in TYPES)
    return f"""# PII hold-out set 222

**Never use this set for tuning.** It exists only to measure the redactor on data it was not
developed against.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did not read the
redaction code, its tests, its docs or other evaluation sets; the only input was a brief and a
three-line format example. Cases are generated by `scripts/make_pii_holdout222.py` from template
functions (each turn is assembled from plain-text segments and labelled value segments, so
offsets are computed, never typed) with one `random.Random({SEED})`; output is byte-for-byte
reproducible. `python scripts/make_pii_holdout222.py --check` regenerates and verifies the file.

Emphasis: long whole calls and chats ({min(len(c["turns"]) for c in cases)}-{max(len(c["turns"]) for c in cases)} turns, median {sorted(len(c["turns"]) for c in cases)[len(cases) // 2]}) in banking, telecom, utilities, retail,
insurance, travel, healthcare billing and government services (US, UK, Ireland, EU), with the
PII embedded among the ordinary numbers of the conversation (amounts, dates, times, order /
ticket / claim references, flight numbers, meter readings). Calls are written as an ASR
transcript would produce them (lower case, spelled-out numbers, "oh"/"o"/"nought"/"zero",
"double"/"triple", pairs such as "forty one eleven", homophones "to"/"too"/"ate", fillers,
NATO spellings "b for bravo", values split over several customer turns with agent back-channels,
self-corrections, agent read-backs). Chats use typed formats with varied separators and case.

## Annotation conventions

* A span covers only the value itself: from its first to its last spoken/typed token. Lead-ins
  ("it's", "my number is") and trailing words are outside.
* Fillers ("um", "uh") inside a reading are inside the span.
* A value split over several turns gets one span per turn, same type, each covering that turn's
  part of the value.
* A self-correction within a card reading ("... sorry no ...") is inside a single span covering
  the wrong and the corrected digits.
* Agent read-backs of a value are labelled like the customer's reading.
* ADDRESS = flat/house number through street suffix (town is outside; the postcode / ZIP is a
  separate POSTCODE span). PHONE includes a spoken/typed country prefix ("plus four four",
  "+44"). DOB covers the whole date expression. EXPIRY covers month and year.
* IBAN, NI number and UK postcodes spoken with NATO words ("c for charlie") include those words.
* A spoken e-mail with a spelled-out part ("khan that's k h a n at gmail dot com") is one span
  including the spelling.
* `--check` verifies: identical regeneration, unique ids, offsets in range and on word
  boundaries, no overlaps, and each value after normalising spoken forms (Luhn for cards, mod-97
  for IBANs, NI format, 9 digits SSN, 6 digits sort code, digit counts for CVV / phone /
  account, UK postcode or US ZIP shape, e-mail shape; DOB / EXPIRY / ADDRESS get a lighter shape
  check). Split values are validated after joining their parts.
* Non-PII numbers (amounts, references up to 10 digits, dates of payments/appointments, times,
  flight numbers, meter readings, counts) are never labelled; negatives contain only those.

## Counts

Positives: {npos}; negatives: {nneg}; total spans: {sum(cnt.values())}.

| type | spans |
|---|---|
{rows}
"""


def main():
    cases, metas = generate()
    text = dump(cases)
    rd = readme(cases)
    problems = check_cases(cases, metas)
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    need = {t: 12 for t in TYPES}
    need.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
    for t, n in need.items():
        if cnt[t] < n:
            problems.append(f"type {t} has {cnt[t]} spans < {n}")
    if npos < 170 or nneg < 100:
        problems.append(f"too few cases: {npos} pos {nneg} neg")
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            problems.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print(f"cases: {len(cases)} (positive {npos}, negative {nneg})")
    for t in TYPES:
        print(f"  {t:13s} {cnt[t]}")
    if problems:
        for p in problems[:60]:
            print("PROBLEM:", p)
        print(f"{len(problems)} problem(s)")
        return 1
    print("OK" + (" (check)" if "--check" in sys.argv else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

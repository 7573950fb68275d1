#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set #92.

Written by an AI helper acting as an independent author (it did not see the
redaction code).  Standard library only.  Output is byte-for-byte
reproducible from the seed below.

    python scripts/make_pii_holdout92.py          # write fixture + README
    python scripts/make_pii_holdout92.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import os
import re
import sys
import random
from collections import Counter

SEED = 92301123
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout92")
OUT_FILE = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- words
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
         15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
       12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
       16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 30: "thirtieth"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
FOR_WORDS = {"a": "apple", "b": "bravo", "c": "charlie", "d": "dog", "e": "edward",
             "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london",
             "m": "mother", "n": "nancy", "p": "peter", "r": "robert", "s": "sugar",
             "t": "tommy", "w": "william", "x": "xray", "y": "yellow", "z": "zebra"}
FILLERS = ["um", "uh", "er", "erm"]


def ordinal(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def zero_word():
    return R.choice(["zero", "oh", "oh", "o", "nought"])


def digit_word(d):
    return zero_word() if d == "0" else DW[int(d)]


def pair_words(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word() + " " + DW[b] if b else "double " + zero_word()
    if a == 1:
        return TEENS[10 + b]
    return TENS[a] + ("" if b == 0 else " " + DW[b])


def digits_words(s, doubles=True, homophones=False):
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        if doubles and run >= 3 and R.random() < 0.6:
            out.append("triple " + digit_word(d))
            i += 3
            continue
        if doubles and run >= 2 and R.random() < 0.65:
            out.append("double " + digit_word(d))
            i += 2
            continue
        w = digit_word(d)
        if homophones and R.random() < 0.25:
            w = {"two": "to", "four": "for", "eight": "ate", "one": "won"}.get(w, w)
        out.append(w)
        i += 1
    return " ".join(out)


def chunk_words(chunk, allow_pairs=True, homophones=False):
    """Speak one chunk of digits either digit by digit or in pairs."""
    if allow_pairs and len(chunk) % 2 == 0 and R.random() < 0.35:
        ws = []
        pairs = [chunk[i:i + 2] for i in range(0, len(chunk), 2)]
        for k, p in enumerate(pairs):
            if p[1] == "0" and p[0] not in "01" and k == len(pairs) - 1:
                ws.append(DW[int(p[0])] + " " + zero_word())
            else:
                ws.append(pair_words(p))
        return " ".join(ws)
    return digits_words(chunk, homophones=homophones)


def spoken_digits(s, sizes=None, pairs=True, filler=0.0, homophones=False):
    if sizes is None:
        sizes = [len(s)]
    parts = []
    i = 0
    for n in sizes:
        parts.append(chunk_words(s[i:i + n], pairs, homophones))
        i += n
    out = []
    for k, p in enumerate(parts):
        out.append(p)
        if k < len(parts) - 1 and R.random() < filler:
            out.append(R.choice(FILLERS))
    return " ".join(out)


def spell_letter(c, style=None):
    c = c.lower()
    style = style or R.choice(["plain", "plain", "nato", "for"])
    if style == "nato" and c in NATO:
        return NATO[c]
    if style == "for" and c in FOR_WORDS:
        return c + " for " + FOR_WORDS[c]
    return c


def spell_alnum(s, letter_style=None):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(digit_word(ch))
        elif ch.isalpha():
            out.append(spell_letter(ch, letter_style))
    return " ".join(out)


# ---------------------------------------------------------------- values
def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def gen_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "mc2", "visa19"])
    if kind == "visa":
        return luhn_complete("4", 16), kind
    if kind == "visa19":
        return luhn_complete("4", 19), kind
    if kind == "mc":
        return luhn_complete(str(R.randint(51, 55)), 16), kind
    if kind == "mc2":
        return luhn_complete(str(R.randint(2221, 2720)), 16), kind
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15), kind
    return luhn_complete("6011", 16), kind


def card_sizes(n):
    if n == 15:
        return [4, 6, 5]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return sep.join(out)


def card_typed(num):
    sizes = card_sizes(len(num))
    style = R.choice(["space", "space", "dash", "none", "dot", "dspace", "mixed"])
    if style == "space":
        return group(num, sizes, " ")
    if style == "dash":
        return group(num, sizes, "-")
    if style == "none":
        return num
    if style == "dot":
        return group(num, sizes, ".")
    if style == "dspace":
        return group(num, sizes, "  ")
    parts, i = [], 0
    for n in sizes:
        parts.append(num[i:i + n])
        i += n
    out = parts[0]
    for p in parts[1:]:
        out += R.choice([" ", "-", " - ", "", " "]) + p
    return out


def gen_cvv(n=3):
    return "".join(str(R.randrange(10)) for _ in range(n))


def gen_expiry():
    return R.randint(1, 12), R.randint(25, 31)


def expiry_typed(m, y):
    f = R.choice(["%02d/%02d", "%d/%02d", "%02d-%02d", "%02d/20%02d", "%02d%02d",
                  "%02d / %02d", "MON %02d", "Mon 20%02d"])
    if f.startswith("MON"):
        return MON3[m - 1].upper() + f[3:] % y
    if f.startswith("Mon"):
        return MON3[m - 1].capitalize() + f[3:] % y
    return f % (m, y)


def expiry_spoken(m, y):
    c = R.randrange(3)
    if c == 0:
        return digits_words("%02d" % m) + " " + pair_words("%02d" % y)
    if c == 1:
        return MONTHS[m - 1] + " " + R.choice(["", "twenty "]) + pair_words("%02d" % y)
    return DW[m] + " " + pair_words("%02d" % y) if m < 10 else TEENS[m] + " " + pair_words("%02d" % y)


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def ssn_typed(s):
    f = R.choice(["dash", "dash", "space", "none", "dot", "mixed"])
    a, b, c = s[:3], s[3:5], s[5:]
    return {"dash": f"{a}-{b}-{c}", "space": f"{a} {b} {c}", "none": s,
            "dot": f"{a}.{b}.{c}", "mixed": f"{a}-{b} {c}"}[f]


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni():
    while True:
        p = R.choice(NI1) + R.choice(NI2)
        if p not in NI_BAD:
            break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + R.choice("ABCD")


def ni_typed(n):
    f = R.choice(["spaced", "spaced", "none", "lower", "lowspaced", "dash", "mixed"])
    sp = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"
    if f == "spaced":
        return sp
    if f == "none":
        return n
    if f == "lower":
        return n.lower()
    if f == "lowspaced":
        return sp.lower()
    if f == "dash":
        return f"{n[:2]}-{n[2:4]}-{n[4:6]}-{n[6:8]}-{n[8]}"
    return f"{n[:2]}{n[2:8]} {n[8]}"


def ni_spoken(n):
    st = R.choice(["plain", "nato", "for"])
    pre = spell_letter(n[0], st) + " " + spell_letter(n[1], st)
    dig = spoken_digits(n[2:8], [2, 2, 2], pairs=True)
    return pre, dig, spell_letter(n[8], st)


def gen_sort():
    return "%02d%02d%02d" % (R.choice([20, 40, 30, 60, 77, 9, 11, 83, 16, 23, 90, 93]),
                             R.randint(0, 99), R.randint(0, 99))


def sort_typed(s):
    sep = R.choice(["-", "-", " ", "", "."])
    return s[:2] + sep + s[2:4] + sep + s[4:]


def gen_account(n=8):
    return str(R.randint(1, 9)) + "".join(str(R.randrange(10)) for _ in range(n - 1))


def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    rearr = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearr)) % 97 == 1


def gen_iban():
    c = R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    d = lambda n: "".join(str(R.randrange(10)) for _ in range(n))
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "MIDL", "HBUK"]) + gen_sort() + gen_account()
    elif c == "IE":
        bban = R.choice(["AIBK", "IPBS", "ULSB"]) + gen_sort() + gen_account()
    elif c == "DE":
        bban = d(18)
    elif c == "FR":
        bban = d(23)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "TRIN", "SNSB"]) + d(10)
    else:
        bban = d(20)
    return c + iban_check(c, bban) + bban


def iban_typed(s):
    f = R.choice(["groups", "groups", "none", "lower", "lowgroups"])
    g = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return {"groups": g, "none": s, "lower": s.lower(), "lowgroups": g.lower()}[f]


def gen_phone(region=None):
    region = region or R.choice(["uk", "uk", "us", "ie"])
    d = lambda n: "".join(str(R.randrange(10)) for _ in range(n))
    if region == "uk":
        if R.random() < 0.6:
            return region, "07" + str(R.randint(4, 9)) + d(8)
        return region, R.choice(["0161", "0121", "0113", "0131", "0141", "0117", "0191"]) + str(R.randint(2, 9)) + d(6)
    if region == "us":
        return region, str(R.randint(2, 9)) + d(2) + str(R.randint(2, 9)) + d(6)
    return region, "08" + R.choice("35679") + d(7)


def phone_typed(region, p):
    if region == "uk":
        f = R.choice(["plain", "space", "intl", "intl2", "dash"])
        if p.startswith("07"):
            return {"plain": p, "space": p[:5] + " " + p[5:], "intl": "+44 " + p[1:5] + " " + p[5:],
                    "intl2": "+44" + p[1:], "dash": p[:5] + "-" + p[5:8] + "-" + p[8:]}[f]
        return {"plain": p, "space": p[:4] + " " + p[4:7] + " " + p[7:], "intl": "+44 " + p[1:4] + " " + p[4:],
                "intl2": "+44" + p[1:], "dash": "(" + p[:4] + ") " + p[4:7] + " " + p[7:]}[f]
    if region == "us":
        f = R.choice(["paren", "dash", "dot", "plain", "intl"])
        return {"paren": f"({p[:3]}) {p[3:6]}-{p[6:]}", "dash": f"{p[:3]}-{p[3:6]}-{p[6:]}",
                "dot": f"{p[:3]}.{p[3:6]}.{p[6:]}", "plain": p, "intl": f"+1 {p[:3]} {p[3:6]} {p[6:]}"}[f]
    f = R.choice(["plain", "space", "intl"])
    return {"plain": p, "space": p[:3] + " " + p[3:6] + " " + p[6:], "intl": "+353 " + p[1:3] + " " + p[3:]}[f]


def phone_spoken(region, p):
    if region == "uk" and R.random() < 0.2:
        return "plus four four " + spoken_digits(p[1:], [4, 6] if p.startswith("07") else [3, 7], filler=0.2)
    if region == "us":
        return spoken_digits(p, [3, 3, 4], pairs=True, filler=0.2)
    if region == "ie":
        return spoken_digits(p, [3, 3, 4], pairs=False, filler=0.2)
    return spoken_digits(p, [5, 3, 3] if p.startswith("07") else [4, 3, 4], pairs=True, filler=0.2)


FIRST = ["james", "sarah", "liam", "aoife", "priya", "tom", "megan", "carlos", "niamh", "oliver",
         "fatima", "daniel", "grace", "wei", "kelly", "marcus", "sinead", "ahmed", "lucy", "ryan"]
LAST = ["walsh", "patel", "murphy", "okafor", "smith", "byrne", "nguyen", "kowalski", "hughes",
        "garcia", "obrien", "taylor", "reid", "fischer", "evans", "khan", "doyle", "martin"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
           "btinternet.com", "eircom.net", "aol.com", "proton.me", "live.ie"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    s = R.choice(["f.l", "fl", "il", "f_l", "fln", "f.ln"])
    n = str(R.randint(1, 99))
    local = {"f.l": f + "." + l, "fl": f + l, "il": f[0] + l, "f_l": f + "_" + l,
             "fln": f + l + n, "f.ln": f + "." + l + n}[s]
    return local + "@" + R.choice(DOMAINS)


def email_typed(e):
    f = R.choice(["plain", "plain", "caps", "mixed"])
    if f == "caps":
        return e.upper()
    if f == "mixed":
        loc, dom = e.split("@")
        return loc.capitalize() + "@" + dom
    return e


def email_spoken(e):
    loc, dom = e.split("@")
    out = []
    for part in re.split(r"([._])", loc):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        else:
            m = re.fullmatch(r"([a-z]+)(\d*)", part)
            word, num = m.group(1), m.group(2)
            if len(word) <= 2 or R.random() < 0.2:
                out.append(" ".join(word))
            else:
                out.append(word)
            if num:
                out.append(pair_words(num) if len(num) == 2 else DW[int(num)])
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def gen_dob():
    return R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)


def dob_typed(y, m, d, us=False):
    f = R.choice(["slash", "slash", "short", "dash", "long", "iso", "dots", "mon"])
    if us and f in ("slash", "short", "dash"):
        return {"slash": "%02d/%02d/%d" % (m, d, y), "short": "%d/%d/%02d" % (m, d, y % 100),
                "dash": "%02d-%02d-%d" % (m, d, y)}[f]
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return {"slash": "%02d/%02d/%d" % (d, m, y), "short": "%d/%d/%02d" % (d, m, y % 100),
            "dash": "%02d-%02d-%d" % (d, m, y), "long": "%d%s %s %d" % (d, suf, MONTHS[m - 1].capitalize(), y),
            "iso": "%d-%02d-%02d" % (y, m, d), "dots": "%d.%d.%d" % (d, m, y),
            "mon": "%d %s %d" % (d, MON3[m - 1].capitalize(), y)}[f]


def year_words(y):
    if y >= 2000:
        if y == 2000:
            return "two thousand"
        return R.choice(["two thousand and ", "two thousand "]) + (DW[y % 10] if y % 100 < 10 else pair_words("%02d" % (y % 100)))
    return pair_words(str(y)[:2]) + " " + pair_words(str(y)[2:])


def dob_spoken(y, m, d):
    c = R.randrange(4)
    if c == 0:
        return "the " + ordinal(d) + " of " + MONTHS[m - 1] + " " + year_words(y)
    if c == 1:
        return MONTHS[m - 1] + " " + ordinal(d) + " " + year_words(y)
    if c == 2:
        return ordinal(d) + " " + MONTHS[m - 1] + " " + (pair_words(str(y)[2:]) if y != 2000 else "two thousand")
    return digits_words("%02d" % d, doubles=False) + " " + digits_words("%02d" % m, doubles=False) + " " + year_words(y)


UK_AREAS = ["SW", "SE", "M", "B", "LS", "G", "EH", "CF", "BS", "NE", "L", "CR", "E", "N", "W",
            "BT", "NG", "S", "CV", "RG", "KT", "TW", "DE", "PR", "BN"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode():
    return R.choice(UK_AREAS) + str(R.randint(1, 20)) + " " + str(R.randint(1, 9)) + R.choice(INWARD) + R.choice(INWARD)


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.2:
        z += "-%04d" % R.randint(1, 9999)
    return z


def postcode_typed(p):
    f = R.choice(["as", "as", "lower", "nospace"])
    if "-" in p or p.isdigit():
        return p
    return {"as": p, "lower": p.lower(), "nospace": p.replace(" ", "")}[f]


def postcode_spoken(p):
    if p[0].isdigit():
        return spoken_digits(p.replace("-", ""), pairs=False)
    out, inward = p.split(" ")
    m = re.fullmatch(r"([A-Z]+)(\d+)", out)
    st = R.choice(["plain", "plain", "nato", "for"])
    letters = " ".join(spell_letter(c, st) for c in m.group(1))
    dist = m.group(2)
    dw = (TEENS[int(dist)] if len(dist) == 2 and dist[0] == "1" else
          (TENS[2] if dist == "20" else digit_word(dist))) if R.random() < 0.6 else spell_alnum(dist)
    inw = digit_word(inward[0]) + " " + " ".join(spell_letter(c, st) for c in inward[1:])
    return letters + " " + dw + " " + inw


STREETS = ["Kingsley", "Elm", "Maple", "Station", "Church", "Park", "Victoria", "Orchard", "Mill",
           "Highfield", "Oak", "Cedar", "Hawthorn", "Willow", "Riverside", "Chestnut", "Grange", "Main"]
SUFFIX = ["Road", "Street", "Avenue", "Lane", "Drive", "Close", "Way", "Crescent", "Grove", "Terrace"]
SUFFIX_ABBR = {"Road": "Rd", "Street": "St", "Avenue": "Ave", "Lane": "Ln", "Drive": "Dr",
               "Close": "Cl", "Way": "Way", "Crescent": "Cres", "Grove": "Gr", "Terrace": "Terr"}


def gen_address(us=False):
    n = R.randint(100, 9899) if us else R.randint(1, 220)
    flats = ["", "Apt 4B, ", "Unit 12, ", "Apt 210, "] if us else ["", "Flat 3, ", "Flat 2b, ", "Unit 12, "]
    return n, R.choice(STREETS), R.choice(SUFFIX), R.choice(flats)


def address_typed(a):
    n, st, suf, flat = a
    f = R.choice(["full", "abbr", "lower", "flat"])
    if f == "abbr":
        return f"{n} {st} {SUFFIX_ABBR[suf]}"
    if f == "lower":
        return f"{n} {st.lower()} {suf.lower()}"
    if f == "flat" and flat:
        return f"{flat}{n} {st} {suf}"
    return f"{n} {st} {suf}"


def address_spoken(a):
    n, st, suf, _ = a
    s = str(n)
    if len(s) == 4:
        nw = pair_words(s[:2]) + " " + pair_words(s[2:]) if s[2] != "0" else spoken_digits(s, pairs=False)
    elif len(s) == 3:
        nw = DW[int(s[0])] + " " + (pair_words(s[1:]) if s[1] != "0" else zero_word() + " " + DW[int(s[2])]) if s[1:] != "00" else DW[int(s[0])] + " hundred"
    elif len(s) == 2:
        nw = pair_words(s) if s[1] != "0" or s[0] == "1" else TENS[int(s[0])]
    else:
        nw = DW[int(s)]
    return f"{nw} {st.lower()} {suf.lower()}"


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []

    def t(self, speaker, *segs):
        self.turns.append((speaker, segs))
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)

    def build(self, cid):
        turns, spans = [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    v, typ = s
                    if v.startswith("the "):
                        text += "the "
                        v = v[4:]
                    # fillers inside a reading are left outside the spans:
                    # the value is split into pieces around them
                    for k, piece in enumerate(re.split(r" ((?:um|uh|er|erm) )", v)):
                        if k % 2 == 1:
                            text += " " + piece
                            continue
                        spans.append({"turn": ti, "start": len(text), "end": len(text) + len(piece), "type": typ})
                        text += piece
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return {"id": cid, "kind": self.kind, "turns": turns,
                "spans": spans if self.kind == "positive" else [], "note": self.note}


def P(note):
    return Case("positive", note)


def N(note):
    return Case("negative", note)


def pick(*xs):
    return R.choice(xs)


EMO = ["🙂", "🙏", "👍", "😅", "😩", "🤞", ":)", "lol", "xx", "!!"]

# ---------------------------------------------------------------- typed positives


def tp_card_one_msg():
    card, kind = gen_card()
    m, y = gen_expiry()
    cvv = gen_cvv(4 if kind == "amex" else 3)
    ch = pick("web chat", "web chat", "sms", "social DM")
    ind = pick("retail", "telecom", "utilities", "travel", "insurance")
    c = P(f"{ch}/{ind}: card typed in one message with separators, expiry and CVV in follow-up")
    c.a(pick("Hi, I can take that payment now. Please type the long card number.",
             "Thanks! Whenever ready pls send the card details", "Can I get the card number please?"))
    c.c(pick("ok its ", "sure: ", "card no. ", "Here u go ", "kk "), (card_typed(card), "CARD_NUMBER"),
        pick("", " " + R.choice(EMO), "  thx", " (visa)" if kind.startswith("visa") else " ", "\n"))
    c.a("Thanks, and the expiry date and security code?")
    c.c(pick("exp ", "expires ", "Exp: ", "exipry "), (expiry_typed(m, y), "EXPIRY"),
        pick(" cvv ", ", cvc ", " sec code ", " and the 3 digits r ", "  CVV: "), (cvv, "CVV"))
    return c


def tp_card_split():
    card, kind = gen_card()
    sizes = card_sizes(len(card))
    ch = pick("web chat", "sms", "WhatsApp", "Instagram DM")
    ind = pick("retail", "telecom", "banking", "travel", "healthcare billing")
    c = P(f"{ch}/{ind}: card number split over several messages, chat noise between")
    c.a(pick("Go ahead with the card number, you can send it in bits if easier",
             "pls type the card num"))
    i = 0
    parts = []
    for n in sizes:
        parts.append(card[i:i + n])
        i += n
    if len(parts) == 3:
        chunks = [parts[0] + " " + parts[1], parts[2]]
    else:
        k = R.choice([2, 3])
        chunks = [" ".join(parts[:k]), " ".join(parts[k:])]
    c.c(pick("", "ok ", "first bit "), (chunks[0], "CARD_NUMBER"), pick("", "...", " -"))
    if R.random() < 0.5:
        c.c(pick("sorry my phone died for a sec", "hang on", "1 sec kids r screaming 😩"))
    else:
        c.a(pick("ok", "got that, next part?", "mhm"))
    c.c(pick("", "rest is ", "then "), (chunks[1], "CARD_NUMBER"))
    c.a(pick("Thanks. Expiry?", "Great and when does it expire?"))
    m, y = gen_expiry()
    c.c((expiry_typed(m, y), "EXPIRY"), pick("", " i think", " 👍"))
    return c


def tp_card_email():
    card, kind = gen_card()
    m, y = gen_expiry()
    c = P(f"e-mail/{pick('travel', 'retail', 'insurance')}: card details in an e-mail body with line breaks")
    c.c("Hello,\n\nPlease charge the balance to my card below.\n\nCard: ", (card_typed(card), "CARD_NUMBER"),
        "\nExpiry: ", (expiry_typed(m, y), "EXPIRY"), "\n\nThanks,\n", R.choice(FIRST).capitalize())
    return c


def tp_ni():
    ni = gen_ni()
    ch = pick("web chat", "sms", "e-mail", "social DM", "web chat")
    ind = pick("government services", "banking", "payroll", "pensions", "insurance")
    c = P(f"{ch}/{ind}: UK NI number typed, varied case and spacing")
    c.a(pick("Can you confirm your National Insurance number?", "whats ur NI no. pls",
             "For security, please provide your NINO."))
    form = ni_typed(ni)
    sty = R.randrange(4)
    if sty == 0:
        c.c(pick("its ", "NI: ", "nino ", "my ni number is "), (form, "NI_NUMBER"), pick("", " 🙂", " thanks"))
    elif sty == 1:
        c.c(pick("hang on its on my payslip", "one sec"))
        c.c((form, "NI_NUMBER"))
    elif sty == 2:
        c.c(pick("ok its ", "right "), (ni[:4] + " " + ni[4:6], "NI_NUMBER"))
        c.c(pick("", "then "), (ni[6:8] + " " + ni[8], "NI_NUMBER"), pick("", " sorry hit enter"))
    else:
        c.c(pick("National insurance ", "N.I. no: "), (form, "NI_NUMBER"), pick(" and i moved house last yr", " - had it since 2009"))
    return c


def tp_ssn():
    s = gen_ssn()
    ch = pick("web chat", "sms", "e-mail", "web chat")
    ind = pick("banking", "insurance", "healthcare billing", "government services", "telecom")
    c = P(f"{ch}/{ind}: US SSN typed with odd separators / typos around it")
    c.a(pick("To verify, what's your Social Security number?", "pls confirm SSN", "I'll need your full SSN to open the account."))
    sty = R.randrange(4)
    if sty == 0:
        c.c(pick("sure its ", "SSN ", "social is ", "my ssn: "), (ssn_typed(s), "SSN"))
    elif sty == 1:
        c.c((s[:3] + " " + s[3:5], "SSN"))
        c.c(pick("", "..."), (s[5:], "SSN"), pick("", " sorry hit send too soon"))
    elif sty == 2:
        y, mo, d = gen_dob()
        c.c("ssn ", (ssn_typed(s), "SSN"), pick(" dob ", " and birthday "), (dob_typed(y, mo, d, us=True), "DOB"))
    else:
        c.c(pick("uhh ok ", "fine "), (ssn_typed(s), "SSN"), pick(" is that secure??", " why do u need it", " 🙄"))
    return c


def tp_bank():
    acct = gen_account()
    sc = gen_sort()
    ch = pick("web chat", "e-mail", "sms", "web chat")
    ind = pick("banking", "utilities", "payroll", "insurance")
    c = P(f"{ch}/{ind}: UK sort code + account typed in several styles")
    c.a(pick("Please send the sort code and account number for the direct debit.",
             "which account should the refund go to?"))
    sty = R.randrange(3)
    if sty == 0:
        c.c(pick("sort code ", "s/c ", "SC: "), (sort_typed(sc), "SORT_CODE"), pick(" acc ", " a/c ", ", account no. "), (acct, "BANK_ACCOUNT"))
    elif sty == 1:
        c.c((sort_typed(sc), "SORT_CODE"))
        c.c((acct, "BANK_ACCOUNT"), pick("", " (thats the joint one)", " 👍"))
    else:
        c.c("Account number: ", (acct[:4] + " " + acct[4:], "BANK_ACCOUNT"), "\nSort code: ", (sort_typed(sc), "SORT_CODE"))
    return c


def tp_us_bank():
    acct = gen_account(R.choice([10, 11, 12]))
    c = P(f"{pick('web chat', 'e-mail')}/{pick('banking', 'payroll', 'utilities')}: US checking account typed with routing-free context")
    c.a("What checking account should we debit?")
    c.c(pick("checking acct ", "acct # ", "account no "), (acct, "BANK_ACCOUNT"), pick("", " at chase", " (wells fargo)"))
    return c


def tp_iban():
    ib = gen_iban()
    ch = pick("e-mail", "web chat", "web chat")
    ind = pick("banking", "travel", "insurance", "utilities")
    c = P(f"{ch}/{ind}: IBAN ({ib[:2]}) typed/pasted")
    c.a(pick("Please provide the IBAN for the refund.", "can you send me your IBAN?"))
    if R.random() < 0.3:
        t = iban_typed(ib)
        c.c("IBAN: \"", (t, "IBAN"), "\" (copied from app)")
    elif R.random() < 0.5:
        c.c(pick("here: ", "IBAN ", "my iban is "), (iban_typed(ib), "IBAN"), pick("", " thanks", " 🙏"))
    else:
        g = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        cut = 10 if len(g) > 12 else 5
        c.c((g[:cut].strip(), "IBAN"))
        c.c((g[cut:].strip(), "IBAN"))
    return c


def tp_contact():
    reg, ph = gen_phone()
    em = gen_email()
    ch = pick("web chat", "sms", "social DM", "e-mail")
    ind = pick("telecom", "retail", "utilities", "healthcare billing", "travel")
    c = P(f"{ch}/{ind}: phone and e-mail typed together, emojis / mixed case")
    c.a(pick("Could I get a contact number and email for the ticket?", "whats the best number + email to reach u"))
    sty = R.randrange(3)
    if sty == 0:
        c.c(pick("📞 ", "tel ", "mob: ", "call me on "), (phone_typed(reg, ph), "PHONE"), pick(" / ", " and ", "\nemail "), (email_typed(em), "EMAIL"))
    elif sty == 1:
        c.c((email_typed(em), "EMAIL"))
        c.c(pick("and number is ", "# ", ""), (phone_typed(reg, ph), "PHONE"), pick("", " after 5pm pls", " " + R.choice(EMO)))
    else:
        c.c("email me at ", (email_typed(em), "EMAIL"), pick(" not the old one", ", ta"))
        c.a("And phone?")
        c.c((phone_typed(reg, ph), "PHONE"))
    return c


def tp_address_uk():
    a = gen_address()
    pc = gen_uk_postcode()
    ch = pick("web chat", "e-mail", "sms", "social DM")
    ind = pick("retail", "utilities", "telecom", "insurance")
    c = P(f"{ch}/{ind}: UK street address and postcode typed")
    c.a(pick("What's the delivery address?", "Can you confirm the new address for the account?"))
    town = pick("Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Reading")
    sty = R.randrange(3)
    if sty == 0:
        c.c((address_typed(a), "ADDRESS"), ", " + town + " ", (postcode_typed(pc), "POSTCODE"))
    elif sty == 1:
        c.c((address_typed(a), "ADDRESS"))
        c.c(pick("postcode ", "pc ", ""), (postcode_typed(pc), "POSTCODE"), pick("", " (new build so might not show)"))
    else:
        c.c("moved to ", (address_typed(a), "ADDRESS"), " last month, postcode is ", (postcode_typed(pc), "POSTCODE"), " " + R.choice(EMO))
    return c


def tp_address_us():
    a = gen_address(us=True)
    z = gen_zip()
    c = P(f"{pick('web chat', 'e-mail', 'sms')}/{pick('retail', 'insurance', 'healthcare billing')}: US address and ZIP typed")
    c.a("What's the billing address on file?")
    city = pick("Austin, TX", "Columbus, OH", "Denver CO", "Tampa, FL", "Portland OR")
    c.c((address_typed(a), "ADDRESS"), " " + city + " ", (z, "POSTCODE"))
    return c


def tp_dob():
    y, m, d = gen_dob()
    ch = pick("web chat", "sms", "social DM")
    ind = pick("healthcare billing", "insurance", "banking", "telecom")
    us = R.random() < 0.4
    c = P(f"{ch}/{ind}: date of birth typed ({'US' if us else 'UK/IE'} order) for verification")
    c.a(pick("For security can you confirm your date of birth?", "dob pls?", "Please confirm the patient's date of birth."))
    c.c(pick("", "its ", "born ", "DOB: ", "d.o.b "), (dob_typed(y, m, d, us), "DOB"), pick("", " 🙂", " and the appt is next tues at 3"))
    return c


def tp_email_sig():
    reg, ph = gen_phone("uk")
    em = gen_email()
    a = gen_address()
    pc = gen_uk_postcode()
    c = P(f"e-mail/{pick('utilities', 'insurance', 'government services')}: signature block with address, postcode, phone, e-mail")
    c.c("Hi team,\nI still haven't received the refund of £", "%d.%02d" % (R.randint(5, 300), R.randint(0, 99)),
        " for ref ", str(R.randint(10000000, 99999999)), ".\n\nRegards\n",
        em.split("@")[0].split(".")[0].split("_")[0].rstrip("0123456789").capitalize(), "\n", (address_typed(a), "ADDRESS"), "\n", pick("Leeds", "York", "Bath"), "\n",
        (postcode_typed(pc), "POSTCODE"), "\nT: ", (phone_typed(reg, ph), "PHONE"), "\nE: ", (em, "EMAIL"))
    return c


def tp_cvv_sms():
    cvv = gen_cvv()
    m, y = gen_expiry()
    c = P(f"sms/{pick('retail', 'telecom', 'travel')}: CVV and expiry as bare replies to agent questions")
    c.a("Whats the 3 digit security code on the back?")
    c.c((cvv, "CVV"))
    c.a("and expiry?")
    c.c((expiry_typed(m, y), "EXPIRY"), pick("", " ty", " x"))
    return c


def tp_ie():
    ib = gen_iban()
    while not ib.startswith("IE"):
        ib = gen_iban()
    reg, ph = gen_phone("ie")
    c = P(f"web chat/{pick('utilities', 'banking', 'insurance')}: Irish customer IBAN + mobile typed")
    c.c("hiya need to change my direct debit to ", (iban_typed(ib), "IBAN"), " and my new mobile is ", (phone_typed(reg, ph), "PHONE"))
    return c


def tp_card_paste():
    card, kind = gen_card()
    sizes = card_sizes(len(card))
    sep = pick("\u00a0", "\u200b", "\u2009", " \u200b")
    form = group(card, sizes, sep)
    ch = pick("web chat", "social DM", "WhatsApp")
    c = P(f"{ch}/{pick('retail', 'travel', 'telecom')}: card pasted from a banking app with invisible/nbsp separators, in quotes/backticks")
    c.a("Please paste the card number here, it's a secure chat.")
    q = pick(("`", "`"), ('"', '"'), ("\u201c", "\u201d"), ("[", "]"))
    c.c(pick("copied it: ", "", "here "), q[0], (form, "CARD_NUMBER"), q[1], pick("", " - does that work?", " \U0001f64f"))
    if R.random() < 0.5:
        m, y = gen_expiry()
        c.c(pick("expiry ", "good thru ", "valid till "), (expiry_typed(m, y), "EXPIRY"))
    return c


def tp_ssn_email():
    s = gen_ssn()
    y, m, d = gen_dob()
    a = gen_address(us=True)
    z = gen_zip()
    c = P(f"e-mail/{pick('healthcare billing', 'insurance', 'government services')}: US claim form pasted into e-mail body (SSN, DOB, address, ZIP) with claim/amount numbers nearby")
    c.c("Re: claim #", str(R.randint(100000, 9999999)), "\n\nPatient SSN#: ", (ssn_typed(s), "SSN"),
        "\nD.O.B.: ", (dob_typed(y, m, d, us=True), "DOB"), "\nAddr: ", (address_typed(a), "ADDRESS"), ", ",
        pick("Tulsa OK", "Reno, NV", "Akron OH"), " ", (z, "POSTCODE"), "\nAmount billed: $", "%d.%02d" % (R.randint(50, 3000), R.randint(0, 99)))
    return c


def tp_ni_typo():
    ni = gen_ni()
    c = P(f"{pick('web chat', 'sms')}/{pick('government services', 'payroll', 'pensions')}: NI number with chatty typos, correction of a single character in a follow-up message")
    c.a("Can I take your NI number to find the record?")
    bad = ni[:8] + ("A" if ni[8] != "A" else "B")
    c.c(pick("its ", "ni no "), bad.lower() if R.random() < 0.5 else bad, pick(" i thinkk", " ...", ""))
    c.c(pick("srry no last letter is ", "oops wrong one, its "), (ni_typed(ni), "NI_NUMBER"))
    return c


def tp_ssn_split_dm():
    s = gen_ssn()
    c = P(f"{pick('sms', 'Facebook DM', 'web chat')}/{pick('banking', 'insurance', 'telecom')}: SSN sent 3/2/4 over three messages, agent back-channel between")
    c.a("ok go ahead with the SSN, one piece at a time is fine")
    c.c((s[:3], "SSN"))
    c.a(pick("ok", "got it", "👍"))
    c.c((s[3:5], "SSN"), pick("", " "))
    c.c(pick("", "last 4 "), (s[5:], "SSN"), pick("", " 😬", " (pls dont share lol)"))
    return c


# ---------------------------------------------------------------- spoken positives

def sp_card_turns():
    card, kind = gen_card()
    sizes = card_sizes(len(card))
    ind = pick("insurance", "telecom", "utilities", "retail", "travel")
    c = P(f"call/{ind}: card read in groups over several customer turns with back-channels, fillers, homophones")
    c.a("okay go ahead with the long number on the card")
    i = 0
    for k, n in enumerate(sizes):
        g = card[i:i + n]
        i += n
        pre = pick("", "right ", "um ", "okay ") if k == 0 else pick("", "", "uh ")
        if k == 1 and R.random() < 0.3:
            wrong = g[:-1] + str((int(g[-1]) + R.randint(1, 8)) % 10)
            c.c(pre, digits_words(wrong, doubles=False), pick(" no sorry ", " no wait ", " sorry i mean "),
                (spoken_digits(g, pairs=False), "CARD_NUMBER"))
        else:
            c.c(pre, (spoken_digits(g, pairs=True, homophones=True), "CARD_NUMBER"))
        if k < len(sizes) - 1:
            c.a(pick("mhm", "yep", "okay go on", "yeah", "uh huh"))
    return c


def sp_card_one():
    card, kind = gen_card()
    m, y = gen_expiry()
    cvv = gen_cvv(4 if kind == "amex" else 3)
    ind = pick("insurance", "telecom", "utilities", "retail", "travel", "healthcare billing")
    c = P(f"call/{ind}: card read in one turn with fillers, then expiry and security code")
    c.a("can i take the card number please")
    c.c(pick("yeah it's ", "it's ", "sure ", ""), (spoken_digits(card, card_sizes(len(card)), filler=0.3), "CARD_NUMBER"))
    c.a("thank you and the expiry")
    c.c(pick("", "it's ", "expires "), (expiry_spoken(m, y), "EXPIRY"))
    c.a("and the security code on the back")
    c.c(pick("", "that's ", "it's "), (digits_words(cvv), "CVV"))
    return c


def sp_ni():
    ni = gen_ni()
    pre, dig, suf = ni_spoken(ni)
    ind = pick("government services", "payroll", "pensions", "banking")
    c = P(f"call/{ind}: NI number spoken with spelled letters, possibly across turns")
    c.a("can you give me your national insurance number please")
    sty = R.randrange(3)
    if sty == 0:
        c.c(pick("yeah it's ", "", "it's "), (pre + " " + dig + " " + suf, "NI_NUMBER"))
    elif sty == 1:
        c.c(pick("okay ", ""), (pre, "NI_NUMBER"))
        c.a(pick("mhm", "yep"))
        c.c((dig, "NI_NUMBER"))
        c.a(pick("and the letter at the end", "and the last letter"))
        c.c((suf, "NI_NUMBER"))
    else:
        c.c(pick("hang on it's on my letter ", "let me find it "), "right ", (pre + " " + dig, "NI_NUMBER"), " um ", (suf, "NI_NUMBER"))
    return c


def sp_ssn():
    s = gen_ssn()
    ind = pick("banking", "insurance", "healthcare billing", "government services")
    c = P(f"call/{ind}: US SSN spoken 3-2-4 possibly split across turns")
    c.a("and can i get your social security number")
    if R.random() < 0.5:
        c.c(pick("sure it's ", "", "yeah "), (spoken_digits(s, [3, 2, 4], filler=0.3), "SSN"))
    else:
        c.c((spoken_digits(s[:3]), "SSN"))
        c.a(pick("okay", "mhm"))
        c.c((spoken_digits(s[3:5]) + " " + spoken_digits(s[5:]), "SSN"))
    return c


def sp_phone():
    reg, ph = gen_phone()
    ind = pick("telecom", "utilities", "retail", "healthcare billing")
    c = P(f"call/{ind}: phone number spoken ({reg}), agent reads it back")
    c.a("what's the best number to reach you on")
    if R.random() < 0.35 and reg == "uk":
        c.c("it's ", (phone_spoken(reg, ph), "PHONE"), " no sorry that's my old one hang on")
        reg2, ph2 = gen_phone(reg)
        c.c((phone_spoken(reg2, ph2), "PHONE"))
        ph = ph2
    else:
        c.c(pick("yeah it's ", "", "okay "), (phone_spoken(reg, ph), "PHONE"))
    c.a("let me read that back ", (spoken_digits(ph, pairs=False), "PHONE"), " is that right")
    c.c("yep that's it")
    return c


def sp_email():
    em = gen_email()
    ind = pick("retail", "telecom", "travel", "insurance")
    c = P(f"call/{ind}: e-mail address spoken with dot/at, agent reads back")
    c.a("and an email address for the confirmation")
    c.c(pick("yeah it's ", "it's ", ""), (email_spoken(em), "EMAIL"))
    c.a("so that's ", (email_spoken(em), "EMAIL"))
    c.c("correct")
    return c


def sp_dob():
    y, m, d = gen_dob()
    ind = pick("healthcare billing", "insurance", "banking", "telecom")
    c = P(f"call/{ind}: date of birth spoken in words")
    c.a("can you confirm your date of birth for me")
    c.c(pick("yeah it's ", "", "it's ", "uh "), (dob_spoken(y, m, d), "DOB"))
    return c


def sp_address():
    a = gen_address()
    pc = gen_uk_postcode()
    ind = pick("utilities", "telecom", "insurance", "retail")
    c = P(f"call/{ind}: address and UK postcode spoken, postcode spelled")
    c.a("what's the first line of the address")
    c.c(pick("it's ", ""), (address_spoken(a), "ADDRESS"))
    c.a("and the postcode")
    c.c((postcode_spoken(pc), "POSTCODE"))
    return c


def sp_us_address():
    a = gen_address(us=True)
    z = gen_zip()
    c = P(f"call/{pick('insurance', 'healthcare billing', 'retail')}: US address and ZIP spoken")
    c.a("what's the service address")
    c.c((address_spoken(a), "ADDRESS"), pick(" in dallas ", " austin texas ", " "), "zip ", (postcode_spoken(z), "POSTCODE"))
    return c


def sp_bank():
    acct = gen_account()
    sc = gen_sort()
    c = P(f"call/{pick('banking', 'utilities', 'payroll')}: sort code and account number spoken in pairs/digits")
    c.a("okay what's the sort code")
    c.c((spoken_digits(sc, [2, 2, 2], filler=0.2), "SORT_CODE"))
    c.a("and the account number")
    if R.random() < 0.5:
        c.c((spoken_digits(acct, [4, 4], filler=0.2), "BANK_ACCOUNT"))
    else:
        c.c((spoken_digits(acct[:4]), "BANK_ACCOUNT"))
        c.a("mhm")
        c.c((spoken_digits(acct[4:]), "BANK_ACCOUNT"))
    return c


def sp_iban():
    ib = gen_iban()
    c = P(f"call/{pick('banking', 'travel', 'insurance')}: IBAN ({ib[:2]}) spoken letter by letter")
    c.a("can you read me the iban")
    c.c((spell_alnum(ib[:4], "plain"), "IBAN"))
    c.a("yep")
    c.c((spell_alnum(ib[4:], "plain"), "IBAN"))
    return c


# ---------------------------------------------------------------- negatives
def neg_typed():
    k = R.randrange(16)
    ch = pick("web chat", "sms", "e-mail", "social DM")
    if k == 0:
        o = R.randint(10000000, 99999999)
        c = N(f"{ch}/retail: order number (8 digits) with reference word and a price")
        c.c(pick("hi my order #", "Order no. ", "order number "), str(o), pick(" hasnt arrived, paid £", " still not here, it was $"), "%d.%02d" % (R.randint(5, 400), R.randint(0, 99)))
    elif k == 1:
        c = N(f"{ch}/telecom: ticket reference and download speed")
        c.c("ticket INC", str(R.randint(1000000, 9999999)), pick(" - speeds only ", " still open, getting "), str(R.randint(3, 80)), "Mbps instead of ", pick("500", "900", "150"), " 😩")
    elif k == 2:
        c = N(f"{ch}/utilities: meter reading and payment amount")
        c.c("meter reading today is ", "%05d" % R.randint(1000, 99999), " and I paid £", str(R.randint(30, 250)), " on the ", pick("3rd", "14th", "22nd"), " of ", pick("June", "Oct", "march"))
    elif k == 3:
        c = N(f"{ch}/travel: flight number, times, booking ref")
        c.c("booking ref ", "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), " flight ", pick("BA", "EI", "FR", "UA"), str(R.randint(100, 9999)), " departs ", "%02d:%02d" % (R.randint(5, 22), R.choice([0, 15, 30, 45])), " on ", str(R.randint(1, 28)), "/", str(R.randint(1, 12)), " can i add a bag?")
    elif k == 4:
        c = N(f"{ch}/banking: account balance and percentage rate")
        c.c("why is my balance showing ", pick("£", "€", "$"), "{:,}.{:02d}".format(R.randint(1000, 99999), R.randint(0, 99)), " when the rate is ", str(R.randint(1, 24)), ".", str(R.randint(0, 9)), "% ??")
    elif k == 5:
        c = N(f"{ch}/retail: model numbers and quantity")
        c.c("i ordered ", str(R.randint(2, 12)), "x ", pick("WH-1000XM4", "SM-G991B", "KD-55X85J", "HP 305XL"), " and only got ", str(R.randint(1, 3)), ", invoice ", str(R.randint(100000, 9999999)))
    elif k == 6:
        c = N(f"{ch}/insurance: claim number and incident date (not DOB)")
        c.c("claim no ", str(R.randint(1000000000, 9999999999)), " - accident was on ", "%02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2023, 2026)), " at about ", str(R.randint(1, 11)), "pm")
    elif k == 7:
        c = N(f"{ch}/healthcare billing: appointment date/time, age, invoice")
        c.c("my appt is ", pick("Tues", "Mon", "Fri"), " ", str(R.randint(1, 28)), " ", pick("Nov", "Dec", "Jan"), " at ", str(R.randint(9, 16)), ":", pick("00", "30"), ", my son is ", str(R.randint(2, 17)), ", bill ref ", str(R.randint(10000, 999999)), " says $", str(R.randint(20, 900)))
    elif k == 8:
        c = N(f"{ch}/telecom: contract start date, duration, data allowance")
        c.c("contract started ", "%d-%02d-%02d" % (R.randint(2022, 2026), R.randint(1, 12), R.randint(1, 28)), ", ", str(R.choice([12, 18, 24, 36])), " months, ", str(R.choice([5, 30, 100])), "GB data for £", str(R.randint(8, 60)), ".99")
    elif k == 9:
        c = N(f"{ch}/travel: hotel room number, temperature, nights")
        c.c("room ", str(R.randint(101, 1450)), " heating stuck at ", str(R.randint(14, 30)), "°C, we're here ", str(R.randint(2, 9)), " nights 😩")
    elif k == 10:
        c = N(f"{ch}/retail: tracking number with reference word and year")
        c.c("tracking ref ", str(R.randint(100000000, 9999999999)), " says delivered in ", str(R.randint(2, 5)), " days, this is the ", pick("2nd", "3rd"), " time in ", str(R.randint(2024, 2026)))
    elif k == 12:
        c = N(f"{ch}/retail: order number split over two messages with the word order, plus quantity")
        o = "%09d" % R.randint(100000000, 999999999)
        c.c("order no is ", o[:5])
        c.c(o[5:], " sorry, its the ", str(R.randint(2, 6)), " pack one")
    elif k == 13:
        c = N(f"{ch}/banking: transfer amounts, times and a date of payment")
        c.c("sent £", "{:,}".format(R.randint(1000, 20000)), " at ", "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), " on ", str(R.randint(1, 28)), "/", str(R.randint(1, 12)), "/", str(R.randint(2024, 2026)), " and it says pending for ", str(R.randint(2, 72)), " hrs")
    elif k == 14:
        c = N(f"{ch}/telecom: IMEI-free device question with software version and storage size")
        c.c("my ", pick("Pixel 8", "iPhone 15 Pro Max", "Galaxy S23"), " on version ", "%d.%d.%d" % (R.randint(10, 18), R.randint(0, 9), R.randint(0, 9)), " keeps rebooting, ", str(R.choice([128, 256, 512])), "GB, bought for ", str(R.randint(300, 1200)), " euro")
    elif k == 15:
        c = N(f"{ch}/insurance: policy renewal date, premium and excess")
        c.c("policy renews ", str(R.randint(1, 28)), " ", R.choice(MON3).capitalize(), " ", str(R.randint(2026, 2027)), ", premium went from £", str(R.randint(300, 900)), " to £", str(R.randint(900, 1800)), " (+", str(R.randint(10, 80)), "%) with £", str(R.choice([100, 250, 500])), " excess ??")
    else:
        c = N(f"{ch}/utilities: usage kWh and direct debit amount/date")
        c.c("used ", "{:,}".format(R.randint(300, 4500)), " kWh last qtr, DD is £", str(R.randint(40, 200)), " on the ", str(R.randint(1, 28)), pick("th", ""), " each month")
    c.a(pick("Thanks, let me look into that.", "Ok checking now", "I'll raise that for you."))
    return c


def neg_spoken():
    k = R.randrange(10)
    ind = pick("telecom", "utilities", "retail", "insurance", "travel", "banking")
    if k == 0:
        c = N(f"call/{ind}: order number read out with the word order, and a price")
        c.a("have you got the order number")
        c.c("yeah order number ", spoken_digits("%08d" % R.randint(10000000, 99999999), pairs=False), " and it was ", pair_words(str(R.randint(20, 99))), " pounds ", pair_words(str(R.randint(10, 99))))
    elif k == 1:
        c = N(f"call/{ind}: amounts and durations in words")
        c.c("i've been on hold for ", pair_words(str(R.randint(20, 59))), " minutes and you charged me ", DW[R.randint(1, 9)], " hundred and ", pair_words(str(R.randint(20, 99))), " pounds")
    elif k == 2:
        c = N(f"call/{ind}: payment date (not DOB) in words")
        c.a("when was the last payment")
        c.c("the ", ordinal(R.randint(1, 28)), " of ", R.choice(MONTHS), " twenty ", pick("twenty four", "twenty five", "twenty six"), " i paid ", pair_words(str(R.randint(20, 99))), " quid")
    elif k == 3:
        c = N(f"call/{ind}: meter reading digit by digit with the word reading")
        c.c("the reading is ", spoken_digits("%05d" % R.randint(1000, 99999), pairs=False), " taken at ", DW[R.randint(1, 9)], " o'clock")
    elif k == 4:
        c = N(f"call/{ind}: reference number with the word reference")
        c.a("do you have a reference")
        c.c("yeah reference ", spoken_digits("%07d" % R.randint(1000000, 9999999), pairs=False), " from the letter dated ", ordinal(R.randint(1, 28)), " of ", R.choice(MONTHS))
    elif k == 5:
        c = N(f"call/{ind}: age, year and count")
        c.c("my mum's ", pair_words(str(R.randint(60, 95))), " she's had the account since ", pair_words("19"), " ", pair_words(str(R.randint(70, 99))), " and she's got ", DW[R.randint(2, 5)], " phones on it")
    elif k == 6:
        c = N(f"call/{ind}: times and appointment slot")
        c.a("we can send an engineer on the ", ordinal(R.randint(1, 28)), " between ", DW[R.randint(7, 9)], " and ", TEENS[12], " or ", DW[R.randint(1, 4)], " till ", DW[R.randint(5, 6)])
        c.c("the afternoon one please")
    elif k == 7:
        c = N(f"call/{ind}: flight number and gate in words")
        c.c("i'm on flight e i ", spoken_digits(str(R.randint(100, 999)), pairs=False), " gate ", pair_words(str(R.randint(20, 99))), " leaving at ", pair_words(str(R.randint(13, 19))), " hundred")
    elif k == 8:
        c = N(f"call/{ind}: balance and percentages")
        c.c("the balance says ", DW[R.randint(1, 9)], " thousand ", DW[R.randint(1, 9)], " hundred and ", pair_words(str(R.randint(20, 99))), " and the interest went up to ", pair_words(str(R.randint(13, 29))), " percent")
    else:
        c = N(f"call/{ind}: speed and data in words")
        c.c("i'm paying for ", DW[R.randint(5, 9)], " hundred meg and getting like ", pair_words(str(R.randint(20, 60))), " and i've used ", pair_words(str(R.randint(20, 99))), " gig")
    return c


TYPED_POS = [(tp_card_one_msg, 10), (tp_card_split, 7), (tp_card_email, 3), (tp_ni, 16), (tp_ssn, 18),
             (tp_bank, 8), (tp_us_bank, 3), (tp_iban, 7), (tp_contact, 9), (tp_address_uk, 7),
             (tp_address_us, 4), (tp_dob, 8), (tp_email_sig, 4), (tp_cvv_sms, 4), (tp_ie, 3),
             (tp_card_paste, 5), (tp_ssn_email, 4), (tp_ni_typo, 4), (tp_ssn_split_dm, 3)]
SPOKEN_POS = [(sp_card_turns, 6), (sp_card_one, 6), (sp_ni, 9), (sp_ssn, 9), (sp_phone, 6),
              (sp_email, 5), (sp_dob, 5), (sp_address, 5), (sp_us_address, 3), (sp_bank, 5), (sp_iban, 3)]


def generate():
    cases = []
    pos = []
    for fn, n in TYPED_POS + SPOKEN_POS:
        for _ in range(n):
            pos.append(fn())
    R.shuffle(pos)
    for i, c in enumerate(pos, 1):
        cases.append(c.build("h92-pos-%03d" % i))
    neg = [neg_typed() for _ in range(76)] + [neg_spoken() for _ in range(40)]
    R.shuffle(neg)
    for i, c in enumerate(neg, 1):
        cases.append(c.build("h92-neg-%03d" % i))
    return cases


# ---------------------------------------------------------------- validation
WORDNUM = {w: str(i) for i, w in enumerate(DW)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "to": "2", "too": "2", "ate": "8", "won": "1", "for": "4"})
TEENW = {v: str(k) for k, v in TEENS.items()}
TENSW = {v: str(k) for k, v in TENS.items()}
NATOR = {v.replace("-", ""): k for k, v in NATO.items()}
IGNORE = {"um", "uh", "er", "erm", "and", "sorry", "the", "of", "thousand", "plus"}


def normalise(text):
    """Turn a spoken/typed span into a compact alphanumeric string."""
    toks = re.findall(r"[a-z0-9]+", text.lower().replace("x-ray", "xray"))
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if len(t) == 1 and t.isalpha() and t != "o" and nxt == "for" and i + 2 < len(toks):
            out.append(t.upper())
            i += 3
            continue
        if t in ("double", "triple") and nxt is not None:
            d = WORDNUM.get(nxt, nxt if nxt.isdigit() else None)
            if d is None:
                return None
            out.append(d * (2 if t == "double" else 3))
            i += 2
            continue
        if t.isdigit():
            out.append(t)
        elif t in TEENW:
            out.append(TEENW[t])
        elif t in TENSW:
            if nxt in WORDNUM and WORDNUM[nxt] != "0" and nxt not in ("oh", "o", "nought", "for", "to", "too", "ate", "won"):
                out.append(TENSW[t] + WORDNUM[nxt])
                i += 1
            else:
                out.append(TENSW[t] + "0")
        elif t == "hundred":
            out.append("00")
        elif t in WORDNUM:
            out.append(WORDNUM[t])
        elif t in NATOR:
            out.append(NATOR[t].upper())
        elif t in IGNORE:
            pass
        elif re.fullmatch(r"[a-z0-9]+", t) and (len(t) == 1 or any(ch.isdigit() for ch in t) or t.isupper()):
            out.append(t.upper())
        else:
            out.append(t.upper())
        i += 1
    return "".join(out)


def digits_of(text):
    n = normalise(text)
    return None if n is None else re.sub(r"\D", "", n)


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
EMAIL_RE = re.compile(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}")
SUFFIX_RE = re.compile(r"\b(" + "|".join(s.lower() for s in SUFFIX) + "|" + "|".join(v.lower() for v in SUFFIX_ABBR.values()) + r")\b")
MONTH_RE = re.compile(r"\b(" + "|".join(MONTHS + MON3 + ["sept"]) + r")")


def email_norm(t):
    t = t.lower()
    t = re.sub(r"\s+at\s+", "@", t)
    t = re.sub(r"\s*\bdot\b\s*", ".", t)
    t = re.sub(r"\s*\bunderscore\b\s*", "_", t)
    t = re.sub(r"\s*\b(dash|hyphen)\b\s*", "-", t)
    return t.replace(" ", "")


def validate_value(typ, text):
    """Validate the concatenated text of one logical value."""
    t = text.lower()
    if typ == "EMAIL":
        return bool(EMAIL_RE.fullmatch(email_norm(t)))
    if typ == "ADDRESS":
        return bool(SUFFIX_RE.search(t)) and (bool(re.search(r"\d", t)) or any(w in t.split() for w in DW + list(TEENS.values()) + list(TENS.values())))
    if typ == "DOB":
        if MONTH_RE.search(t):
            rest = digits_of(MONTH_RE.sub(" ", t)) or ""
            return bool(rest or re.search(r"(teen|ty|thousand)", t))
        parts = re.findall(r"\d+", t)
        if len(parts) == 3:
            return all(1 <= len(x) <= 4 for x in parts)
        d = digits_of(t)
        return d is not None and len(d) in (6, 8)
    if typ == "EXPIRY":
        if MONTH_RE.search(t):
            d = re.sub(r"\D", "", normalise(re.sub(MONTH_RE, " ", t)) or "")
            return len(d) in (2, 4)
        d = digits_of(t)
        if d is None or len(d) not in (3, 4, 6):
            return False
        mo = int(d[:-2]) if len(d) in (3, 4) else int(d[:2])
        return 1 <= mo <= 12
    n = normalise(t)
    if n is None:
        return False
    d = re.sub(r"\D", "", n)
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CVV":
        return n.isdigit() and len(d) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(d) == 9 and d[:3] not in ("000", "666") and d[3:5] != "00" and d[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(n))
    if typ == "SORT_CODE":
        return n.isdigit() and len(d) == 6
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(d) <= 12
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        return n.isdigit() and 10 <= len(d) <= 13
    if typ == "POSTCODE":
        return bool(UKPC_RE.fullmatch(n)) or bool(re.fullmatch(r"\d{5}(\d{4})?", n))
    return False


def spans_validate(case, errs):
    """Group same-type spans (in order) into logical values: each group of
    consecutive spans must form one valid value (DP partition)."""
    by = {}
    for sp in case["spans"]:
        by.setdefault(sp["type"], []).append(sp)
    for typ, sps in by.items():
        texts = [case["turns"][s["turn"]]["text"][s["start"]:s["end"]] for s in sps]
        n = len(texts)
        ok = [False] * (n + 1)
        ok[0] = True
        for j in range(1, n + 1):
            for i in range(j):
                if ok[i] and validate_value(typ, " ".join(texts[i:j])):
                    ok[j] = True
                    break
        if not ok[n]:
            errs.append(f"{case['id']}: {typ} value(s) fail validation: {texts!r}")


def check_cases(cases):
    errs = []
    ids = set()
    for c in cases:
        if c["id"] in ids:
            errs.append(f"duplicate id {c['id']}")
        ids.add(c["id"])
        if set(c) != {"id", "kind", "turns", "spans", "note"}:
            errs.append(f"{c['id']}: bad keys")
        if c["kind"] == "negative" and c["spans"]:
            errs.append(f"{c['id']}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(f"{c['id']}: positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errs.append(f"{c['id']}: bad turn")
        last = {}
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES:
                errs.append(f"{c['id']}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append(f"{c['id']}: turn out of range")
                continue
            txt = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                errs.append(f"{c['id']}: offsets out of range")
                continue
            if st > 0 and txt[st - 1].isalnum():
                errs.append(f"{c['id']}: span start not on word boundary {txt[st-1:en]!r}")
            if en < len(txt) and txt[en].isalnum():
                errs.append(f"{c['id']}: span end not on word boundary {txt[st:en+1]!r}")
            if txt[st].isspace() or txt[en - 1].isspace() or not txt[en - 1].isalnum():
                errs.append(f"{c['id']}: span has bad edges {txt[st:en]!r}")
            if last.get(s["turn"], -1) > st:
                errs.append(f"{c['id']}: overlapping spans")
            last[s["turn"]] = en
        spans_validate(c, errs)
    return errs


def counts(cases):
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    pos = sum(c["kind"] == "positive" for c in cases)
    neg = sum(c["kind"] == "negative" for c in cases)
    return cnt, pos, neg


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def readme(cases):
    cnt, pos, neg = counts(cases)
    typed = sum(1 for c in cases if c["kind"] == "positive" and not c["note"].startswith("call/"))
    rows = "\n".join(f"| {t} | {cnt.get(t, 0)} |" for t in TYPES)
    return f"""# PII hold-out set 92

**Never use this set for tuning.** It exists only to measure the redactor on
data it was not developed against.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its docs, the benchmark script or any other
PII fixture; the only data seen was a three-line example of the JSONL format.
Cases are generated by `scripts/make_pii_holdout92.py` from template functions
(standard library only, one `random.Random({SEED})`), so the output is
byte-for-byte reproducible. Each turn is assembled from plain-text segments
and (value, TYPE) segments; offsets are computed, never typed by hand.
`python scripts/make_pii_holdout92.py --check` regenerates the file, compares
it byte for byte, and verifies ids, offsets, word boundaries, overlap, and each
value after normalising spoken forms (Luhn, mod-97, NI format, digit counts,
postcode shapes).

Emphasis: about two thirds typed channels (web chat, SMS, e-mail bodies,
social/WhatsApp DMs) with messy typing, values split over several messages,
odd separators, mixed case, emojis, pasted values in quotes; the rest ASR-style
call transcripts (lower case, digits as words, oh/o/nought, double/triple,
pairs such as "forty one", homophones "for"/"to"/"ate"/"won", fillers inside
readings, spelled letters incl. NATO and "b for bravo", agent read-backs,
self-corrections).

## Annotation conventions

* A span covers the value only: from its first to its last letter/digit
  (a leading `+` of an international phone number is included). Labels such
  as "card", "sort code", "exp" and surrounding punctuation/emojis are outside.
* Spoken values: the span covers all words of the reading, including
  "double"/"triple", "of" inside dates, "plus" of "plus four four" and
  "x for xray" spellings. Filler words (um/uh/er/erm) are never inside a
  span: a reading interrupted by a filler is labelled as several spans of the
  same type around it. A leading "the" of a spoken date is outside.
* A value split across several turns/messages gets one span per piece, all
  with the same type. Agent read-backs are labelled too.
* In a self-correction only the final (corrected) full value is labelled; the
  abandoned fragment/old number is not labelled, and redacting it is harmless.
* ADDRESS = house/flat number + street name + street type (flat/apt/unit
  prefix included when present). Town/city is not labelled. POSTCODE (UK
  postcode or US ZIP/ZIP+4) is a separate span.
* EXPIRY = month + year only; CVV = the digits only; DOB = the full date.
* Negatives contain no PII at all: order/ticket/claim/invoice/tracking
  references said with their reference word, prices, balances, dates that are
  not birth dates, times, durations, counts, meter readings, flight/room/model
  numbers, speeds, percentages, ages, temperatures.

## Counts

Positive cases: {pos} (typed channels: {typed}, calls: {pos - typed}). Negative cases: {neg}.

| type | spans |
|---|---|
{rows}
"""


def main():
    cases = generate()
    data = render(cases)
    errs = check_cases(cases)
    cnt, pos, neg = counts(cases)
    if "--check" in sys.argv:
        try:
            with open(OUT_FILE, encoding="utf-8") as f:
                on_disk = f.read()
        except OSError:
            on_disk = None
        if on_disk != data:
            errs.append("cases.jsonl differs from regenerated output (or missing)")
        else:
            reparsed = [json.loads(l) for l in on_disk.splitlines()]
            errs.extend(check_cases(reparsed))
        try:
            with open(README, encoding="utf-8") as f:
                if f.read() != readme(cases):
                    errs.append("README.md differs from regenerated output")
        except OSError:
            errs.append("README.md missing")
        mins = {t: 12 for t in TYPES}
        mins.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
        for t, m in mins.items():
            if cnt.get(t, 0) < m:
                errs.append(f"type {t} has {cnt.get(t, 0)} spans < {m}")
        if pos < 170 or neg < 100:
            errs.append(f"too few cases: {pos} positive / {neg} negative")
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(OUT_FILE, "w", encoding="utf-8") as f:
            f.write(data)
        with open(README, "w", encoding="utf-8") as f:
            f.write(readme(cases))
    print(f"cases: {len(cases)} (positive {pos}, negative {neg})")
    for t in TYPES:
        print(f"  {t:13s} {cnt.get(t, 0)}")
    if errs:
        for e in errs[:60]:
            print("ERROR:", e)
        print(f"{len(errs)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

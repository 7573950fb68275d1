#!/usr/bin/env python3
"""Generate the pii_holdout431 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout431.py          # write cases.jsonl
    python scripts/make_pii_holdout431.py --check  # regenerate and verify

Standard library only. Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are always computed, never typed.
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout431", "cases.jsonl")
SEED = 431241125
R = random.Random(SEED)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO_W = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
          "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
          "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
          "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
          "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
          "z": "zulu"}
FRIENDLY = {"b": "bravo", "c": "charlie", "d": "david", "j": "juliet", "m": "mike",
            "n": "nancy", "p": "peter", "s": "sugar", "t": "tommy", "w": "william",
            "k": "kilo", "r": "robert", "a": "apple", "g": "george", "h": "harry",
            "l": "london", "e": "edward", "x": "x-ray", "y": "yellow", "z": "zebra",
            "f": "freddie", "q": "queen", "v": "victor", "i": "india", "u": "uncle",
            "o": "oscar"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]
FILLERS = ["um", "uh", "er", "erm", "uhm"]


def int_words(n):
    if n < 10:
        return UNIT_W[n]
    if n < 20:
        return TEEN_W[n - 10]
    if n < 100:
        return TENS_W[n // 10] + ("" if n % 10 == 0 else " " + UNIT_W[n % 10])
    if n < 1000:
        rest = n % 100
        return UNIT_W[n // 100] + " hundred" + ("" if rest == 0 else " and " + int_words(rest))
    rest = n % 1000
    s = int_words(n // 1000) + " thousand"
    if rest == 0:
        return s
    return s + (" and " if rest < 100 else " ") + int_words(rest)


def year_words(y):
    if 2000 <= y < 2010:
        return R.choice(["two thousand and " + UNIT_W[y - 2000], "two thousand " + UNIT_W[y - 2000]])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return int_words(hi) + " hundred"
    return int_words(hi) + " " + (("oh " + UNIT_W[lo]) if lo < 10 else int_words(lo))


# ---------------------------------------------------------------- spoken digits
def zero_word(style):
    return style.get("zero", "oh")


def digitwise(chunk, style):
    out, i = [], 0
    while i < len(chunk):
        j = i
        while j < len(chunk) and chunk[j] == chunk[i]:
            j += 1
        run = j - i
        w = zero_word(style) if chunk[i] == "0" else UNIT_W[int(chunk[i])]
        if style.get("zero") == "o" and chunk[i] == "0":
            w = "o"
        while run > 0:
            if run >= 3 and style.get("triple", True) and R.random() < 0.6:
                out.append("triple " + w)
                run -= 3
            elif run >= 2 and style.get("double", True) and R.random() < 0.7:
                out.append("double " + w)
                run -= 2
            else:
                out.append(w)
                run -= 1
        i = j
    return " ".join(out)


def pair_ok(c, last):
    return len(c) == 2 and (c[1] != "0" or c[0] in "01" or last)


def pair(c, style):
    if c[0] == "0":
        return zero_word(style) + " " + UNIT_W[int(c[1])]
    return int_words(int(c))


def hund_ok(c, last):
    if len(c) != 3 or c[0] == "0" or c[1:] == "00":
        return False
    return c[2] != "0" or c[1] == "1" or last


def hund(c, style):
    n = int(c)
    return int_words(n)


def speak_chunks(s, sizes, style, modes=("d", "d", "d", "p", "h")):
    """Split digit string s into chunks of the given sizes and speak each."""
    chunks, i = [], 0
    for k in sizes:
        chunks.append(s[i:i + k])
        i += k
    if i < len(s):
        chunks.append(s[i:])
    out = []
    for n, c in enumerate(chunks):
        last = n == len(chunks) - 1
        opts = ["d"]
        if "p" in modes and len(c) == 2 and pair_ok(c, last):
            opts += ["p", "p"]
        if "h" in modes and len(c) == 3 and hund_ok(c, last):
            opts += ["h"]
        if len(c) == 4 and pair_ok(c[:2], False) and pair_ok(c[2:], last) and "p" in modes:
            opts += ["pp"]
        m = R.choice(opts) if style.get("mixed", True) else "d"
        if m == "p":
            out.append(pair(c, style))
        elif m == "h":
            out.append(hund(c, style))
        elif m == "pp":
            out.append(pair(c[:2], style) + " " + pair(c[2:], style))
        else:
            out.append(digitwise(c, style))
    return out


def join_spoken(parts, fill=0.25):
    s = parts[0]
    for p in parts[1:]:
        r = R.random()
        if r < fill:
            s += " " + R.choice(FILLERS) + " " + p
        elif r < fill + 0.35:
            s += ", " + p
        else:
            s += " " + p
    return s


def new_style():
    return {"zero": R.choice(["oh", "oh", "oh", "zero", "nought", "o"]),
            "double": R.random() < 0.8, "triple": R.random() < 0.7,
            "mixed": R.random() < 0.6}


def spell_letter(ch, how):
    ch = ch.lower()
    if how == "bare" and ch != "o":
        return ch
    if how == "nato":
        return NATO_W[ch]
    if how == "for":
        return ch + " for " + (FRIENDLY[ch] if R.random() < 0.5 else NATO_W[ch])
    if how == "asin":
        return ch + " as in " + NATO_W[ch]
    return ch + " for " + NATO_W[ch]


def spell_letters(s, how=None):
    return " ".join(spell_letter(c, how or R.choice(["bare", "bare", "nato", "for"])) for c in s)


# ---------------------------------------------------------------- value makers
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_card():
    r = R.random()
    if r < 0.4:
        return luhn_complete("4" + R.choice(["539", "929", "111", "485", "658"]), 16)
    if r < 0.65:
        return luhn_complete("5" + R.choice("12345"), 16)
    if r < 0.78:
        return luhn_complete("3" + R.choice("47"), 15)
    if r < 0.88:
        return luhn_complete("6011", 16)
    if r < 0.94:
        return luhn_complete("4", 13)
    return luhn_complete(R.choice(["6759", "5018", "6304"]), 19)


def card_groups(card):
    n = len(card)
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 3, 3, 3]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def group(s, sizes, sep):
    out, i = [], 0
    for k in sizes:
        if s[i:i + k]:
            out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban():
    c = R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "ES", "NL"])
    dg = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    bban = {"GB": lambda: R.choice(["NWBK", "BARC", "LLYD", "HBUK", "MIDL"]) + dg(14),
            "IE": lambda: R.choice(["AIBK", "BKIR", "ULSB", "IPBS"]) + dg(14),
            "DE": lambda: dg(18), "FR": lambda: dg(23), "ES": lambda: dg(20),
            "NL": lambda: R.choice(["ABNA", "RABI", "INGB", "TRIB"]) + dg(10)}[c]()
    return c + iban_check(c, bban) + bban


def make_sort():
    return "%02d%02d%02d" % (R.choice([20, 30, 40, 60, 77, 83, 90, 11, 16, 8]), R.randint(0, 99), R.randint(0, 99))


def make_acct(country="UK"):
    dg = lambda n: str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(n - 1))
    if country == "US":
        return dg(R.choice([9, 10, 12]))
    return dg(8)


def make_phone(kind=None):
    """Returns (typed, digits_for_speech_chunks(list), canonical_digits)."""
    kind = kind or R.choice(["uk_mob", "uk_mob", "uk_land", "uk_intl", "us", "us_intl",
                             "ie_mob", "ie_intl", "de_intl", "fr_intl"])
    d = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if kind == "uk_mob":
        x = "07" + R.choice(["700", "911", "812", "456", "387"]) + d(6)
        typed = R.choice([x[:5] + " " + x[5:], x, x[:5] + " " + x[5:8] + " " + x[8:], x[:5] + "-" + x[5:]])
        return typed, [x[:5], x[5:8], x[8:]], x, False
    if kind == "uk_land":
        x = R.choice(["020", "0161", "0113", "0131", "0117", "029"]) + d(11)
        x = x[:11]
        if x.startswith("020") or x.startswith("029"):
            typed, chunks = "%s %s %s" % (x[:3], x[3:7], x[7:]), [x[:3], x[3:7], x[7:]]
        else:
            typed, chunks = "%s %s %s" % (x[:4], x[4:7], x[7:]), [x[:4], x[4:7], x[7:]]
        if R.random() < 0.3:
            typed = "(" + typed.replace(" ", ") ", 1)
        return typed, chunks, x, False
    if kind == "uk_intl":
        x = "447" + R.choice(["700", "911", "812"]) + d(6)
        typed = R.choice(["+44 " + x[2:6] + " " + x[6:], "+44" + x[2:], "0044 " + x[2:6] + " " + x[6:]])
        return typed, [x[:2], x[2:6], x[6:9], x[9:]], x, True
    if kind == "us":
        x = R.choice(["212", "415", "312", "617", "503"]) + "555" + "01" + d(2)
        typed = R.choice(["(%s) %s-%s" % (x[:3], x[3:6], x[6:]), "%s-%s-%s" % (x[:3], x[3:6], x[6:]),
                          "%s.%s.%s" % (x[:3], x[3:6], x[6:]), x])
        return typed, [x[:3], x[3:6], x[6:]], x, False
    if kind == "us_intl":
        x = "1" + R.choice(["646", "202", "773"]) + "555" + "01" + d(2)
        typed = R.choice(["+1 %s %s %s" % (x[1:4], x[4:7], x[7:]), "+1-%s-%s-%s" % (x[1:4], x[4:7], x[7:]),
                          "1 (%s) %s-%s" % (x[1:4], x[4:7], x[7:])])
        return typed, [x[:1], x[1:4], x[4:7], x[7:]], x, True
    if kind == "ie_mob":
        x = "08" + R.choice("35679") + d(7)
        return "%s %s %s" % (x[:3], x[3:6], x[6:]), [x[:3], x[3:6], x[6:]], x, False
    if kind == "ie_intl":
        x = "3538" + R.choice("35679") + d(7)
        return "+353 %s %s %s" % (x[3:5], x[5:8], x[8:]), [x[:3], x[3:5], x[5:8], x[8:]], x, True
    if kind == "de_intl":
        x = "4930" + d(8)
        return "+49 30 %s %s" % (x[4:8], x[8:]), [x[:2], x[2:4], x[4:8], x[8:]], x, True
    x = "336" + d(8)
    return "+33 6 " + " ".join(x[i:i + 2] for i in range(3, 11, 2)), [x[:2], x[2:3], x[3:5], x[5:7], x[7:9], x[9:]], x, True


def speak_phone(chunks, intl, style):
    parts = speak_chunks("".join(chunks), [len(c) for c in chunks], style)
    if intl:
        parts[0] = "plus " + parts[0]
    return join_spoken(parts, 0.15)


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "dev", "chloe", "wojtek",
         "fatima", "ben", "niamh", "carlos", "grace", "olu", "hannah", "raj", "emma", "sean"]
LAST = ["doe", "patel", "murphy", "kowalski", "smith", "okafor", "byrne", "nguyen", "jones",
        "garcia", "walsh", "khan", "brown", "rossi", "taylor", "kelly", "evans", "silva"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com",
           "eircom.net", "proton.me", "aol.com", "live.ie", "web.de", "orange.fr"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    n = R.choice(["", "", str(R.randint(1, 99)), str(R.randint(1960, 2005))])
    local = R.choice([f + "." + l, f[0] + "." + l, f + l, f + "_" + l, l + f[0], f + "." + l + n, f + n])
    return local + "@" + R.choice(DOMAINS)


def type_email(e):
    r = R.random()
    if r < 0.2:
        return e[0].upper() + e[1:]
    if r < 0.3:
        return e.upper()
    return e


def speak_email(e, style):
    local, dom = e.split("@")
    def speak_part(p, is_dom):
        out = []
        for tok in re.findall(r"[a-z]+|\d+|[._-]", p):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok == "-":
                out.append("dash")
            elif tok.isdigit():
                if len(tok) == 4 and R.random() < 0.6:
                    out.append(int_words(int(tok[:2])) + " " + int_words(int(tok[2:])) if tok[2] != "0" else digitwise(tok, style))
                elif len(tok) <= 2 and tok[0] != "0":
                    out.append(int_words(int(tok)))
                else:
                    out.append(digitwise(tok, style))
            elif len(tok) == 1:
                out.append(spell_letter(tok, "bare"))
            elif not is_dom and R.random() < 0.25 and "o" not in tok:
                out.append(" ".join(tok))
            else:
                out.append(tok)
        return " ".join(out)
    return speak_part(local, False) + " at " + speak_part(dom, True)


UK_PC = ["SW1A 1AA", "M14 5RB", "EH3 9LT", "B15 2TT", "LS6 2PG", "CF10 3AT", "BT7 1NN", "G12 8QQ",
         "NE1 7RU", "BS8 1TH", "N1 9GU", "E14 5AB", "CB2 1TN", "L18 9SX", "W1T 3JH", "DE22 1GB",
         "YK1 2JT", "PL4 8AA", "RG1 3EH", "BN2 1AF"]
US_ZIP = ["94103", "10027", "60614", "02139", "97205", "30309", "78701", "20500", "98109", "33139"]
STREETS = ["Elm Road", "Carlisle Street", "Victoria Avenue", "Mill Lane", "Hawthorn Close",
           "Church Street", "Kings Road", "Beech Grove", "Station Road", "Meadow Way",
           "Park Crescent", "Castle Terrace", "Willow Drive", "Queen Street", "Harbour View"]
US_STREETS = ["Maple Avenue", "West 42nd Street", "Oak Street", "Sunset Boulevard", "Pine Drive",
              "Lakeshore Drive", "Elm Street", "Mission Street", "Peachtree Road", "Congress Avenue"]
UK_TOWNS = ["Leeds", "Manchester", "Cardiff", "Belfast", "Edinburgh", "Bristol", "London", "Glasgow"]
US_TOWNS = ["San Francisco", "New York", "Chicago", "Cambridge", "Portland", "Atlanta", "Austin"]


def speak_postcode(pc, style):
    if pc.isdigit():
        return join_spoken(speak_chunks(pc, [len(pc)], style, modes=("d",)), 0)
    out, part = [], pc.replace(" ", "")
    outward, inward = pc.split(" ")
    def sp(s):
        toks = []
        i = 0
        while i < len(s):
            c = s[i]
            if c.isdigit():
                j = i
                while j < len(s) and s[j].isdigit():
                    j += 1
                num = s[i:j]
                toks.append(int_words(int(num)) if len(num) == 2 and R.random() < 0.5 and num[0] != "0" and (num[1] != "0" or num[0] == "1") else digitwise(num, {"zero": "zero", "double": False}))
                i = j
            else:
                if i + 1 < len(s) and s[i + 1] == c and R.random() < 0.5:
                    toks.append("double " + (c.lower() if c != "O" else "oscar"))
                    i += 2
                    continue
                toks.append(spell_letter(c, R.choice(["bare", "bare", "bare", "for"])))
                i += 1
        return " ".join(toks)
    return sp(outward) + R.choice([" ", ", "]) + sp(inward)


def make_address(us=False):
    n = R.randint(1, 240)
    street = R.choice(US_STREETS if us else STREETS)
    flat = None
    if R.random() < 0.3:
        flat = R.choice(["Flat", "Apartment", "Apt", "Unit"]) + " " + str(R.randint(1, 24)) + R.choice(["", "", "B"])
    return flat, n, street


def type_address(flat, n, street):
    s = str(n) + R.choice(["", "", "", "a"] if not flat else [""]) + " " + street
    if R.random() < 0.3:
        s = s.replace("Street", "St").replace("Road", "Rd").replace("Avenue", "Ave")
    if R.random() < 0.25:
        s = s.lower()
    if flat:
        s = flat + R.choice([", ", " "]) + s
    return s


def speak_address(flat, n, street):
    s = int_words(n) if R.random() < 0.6 or n < 10 else digitwise(str(n), {"zero": "oh"})
    s = s + " " + street.lower().replace("42nd", "forty second")
    if flat:
        w, num = flat.split(" ")
        fn = int_words(int(num.rstrip("B"))) + (" b" if num.endswith("B") else "")
        s = w.lower().replace("apt", "apartment") + " " + fn + R.choice([", ", " "]) + s
    return s


def make_dob():
    return R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28)


def type_dob(y, m, d, us=False):
    opts = ["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y),
            "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "%d %s %d" % (d, MONTHS[m - 1][:3].capitalize(), y),
            "%d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d)]
    if us:
        opts = ["%02d/%02d/%d" % (m, d, y), "%d/%d/%02d" % (m, d, y % 100), "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y),
                "%s %dth %d" % (MONTHS[m - 1][:3].capitalize(), d, y) if d > 3 and d < 21 else "%s %d %d" % (MONTHS[m - 1].capitalize(), d, y)]
    return R.choice(opts)


def speak_dob(y, m, d):
    r = R.random()
    yw = year_words(y)
    if r < 0.35:
        return "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + yw
    if r < 0.55:
        return MONTHS[m - 1] + " " + ORD[d] + " " + yw
    if r < 0.75:
        return ORD[d] + " " + MONTHS[m - 1] + ", " + yw
    if r < 0.9:
        return int_words(d) + " " + int_words(m) + " " + int_words(y % 100) if y % 100 >= 10 else int_words(d) + " " + int_words(m) + " oh " + UNIT_W[y % 10]
    return ("oh " + UNIT_W[d] if d < 10 else int_words(d)) + " " + ("oh " + UNIT_W[m] if m < 10 else int_words(m)) + " " + yw


def make_expiry():
    return R.randint(1, 12), R.randint(25, 31)


def type_expiry(m, y):
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%02d %02d" % (m, y),
                     "%s %02d" % (MONTHS[m - 1][:3].capitalize(), y), "%02d/%d" % (m, y) if m > 9 else "%d/%d" % (m, y),
                     "%s 20%02d" % (MONTHS[m - 1].capitalize(), y)])


def speak_expiry(m, y):
    mw = ("oh " + UNIT_W[m]) if m < 10 else int_words(m)
    return R.choice([mw + " " + int_words(y), mw + ", " + int_words(y), MONTHS[m - 1] + " twenty " + int_words(y),
                     MONTHS[m - 1] + " " + int_words(y), mw + " slash " + int_words(y),
                     ("zero " + UNIT_W[m] if m < 10 else " ".join(UNIT_W[int(c)] for c in "%02d" % m)) + " " + " ".join(UNIT_W[int(c)] for c in "%02d" % y)])


# ---------------------------------------------------------------- case building
class V(object):
    def __init__(self, text, typ, canon=None, rel="full", grp=None):
        self.text, self.typ, self.canon, self.rel, self.grp = text, typ, canon, rel, grp


class Case(object):
    def __init__(self, note):
        self.note = note
        self.turns = []
        self.ng = 0

    def g(self):
        self.ng += 1
        return self.ng

    def t(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self


def render(case):
    turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(case.turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                # the span runs from the value's first letter/digit to its last;
                # surrounding punctuation such as "(" or "+" stays outside
                m = re.match(r"^([^0-9A-Za-z]*)(.*?)([^0-9A-Za-z]*)$", s.text, re.S)
                text += m.group(1)
                start = len(text)
                text += m.group(2)
                spans.append({"turn": ti, "start": start, "end": len(text), "type": s.typ})
                text += m.group(3)
                key = s.grp if s.grp is not None else ("solo", ti, start)
                groups.setdefault(key, {"type": s.typ, "canon": s.canon, "rel": s.rel, "spans": []})
                groups[key]["spans"].append(spans[-1])
            else:
                text += s
        turns.append({"speaker": spk, "text": text})
    return turns, spans, list(groups.values())


def asr(s):
    return s.lower()


# ---------------------------------------------------------------- contexts
CTX_UK = [("banking", "UK"), ("telecom", "UK"), ("utilities", "UK"), ("retail", "UK"),
          ("insurance", "UK"), ("travel", "UK"), ("government services", "UK")]
CTX_US = [("healthcare billing", "US"), ("insurance", "US"), ("banking", "US"), ("telecom", "US"),
          ("government services", "US"), ("retail", "US")]
CTX_IE = [("banking", "Ireland"), ("utilities", "Ireland"), ("telecom", "Ireland"), ("travel", "Ireland")]
CTX_EU = [("travel", "EU"), ("retail", "EU"), ("banking", "EU")]
GREET = {"banking": "thanks for calling the bank", "telecom": "you're through to customer care",
         "utilities": "you're through to the energy helpline", "retail": "thanks for contacting customer services",
         "insurance": "claims and policy team", "travel": "bookings team",
         "government services": "you're through to the helpline", "healthcare billing": "patient billing office"}
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got it", "yeah go ahead", "sure", "next four please"]


def cur(co):
    return {"UK": ("£", "pounds"), "US": ("$", "dollars")}.get(co, ("€", "euro"))


def ctx(pool=None):
    return R.choice(pool or (CTX_UK + CTX_US + CTX_IE + CTX_EU))


def spoken_card(card, style):
    return speak_chunks(card, card_groups(card), style)


# ---------------------------------------------------------------- positive templates
def p_chat_card():
    ind, co = ctx(CTX_UK + CTX_US + CTX_EU)
    card = make_card()
    sep = R.choice([" ", "-", "", " ", "  "])
    ct = group(card, card_groups(card), sep) if R.random() < 0.85 else group(card, [3, 5, 4, 4], " ")
    m, y = make_expiry()
    cvv = "%04d" % R.randint(0, 9999) if len(card) == 15 else "%03d" % R.randint(0, 999)
    c = Case("typed chat card payment, %s %s" % (ind, co))
    c.t("agent", "Hi, you're chatting with %s. To take the payment please send the long card number, expiry and security code." % R.choice(["Maya", "Josh", "Ade", "Lena"]))
    lab = R.choice(["Card no: ", "card number ", "CARD# ", "its ", "", "Card: ", "cc no. "])
    el = R.choice(["exp ", "Expiry: ", "expires ", "exp. date ", "valid thru "])
    cl = R.choice(["cvv ", "CVC: ", "security code ", "sec code is ", "3 digits on back: " if len(cvv) == 3 else "cid "])
    d1, d2 = R.choice([(", ", ", "), (" ", " "), ("\n", "\n"), (" / ", " / "), ("; ", " and ")])
    c.t("customer", lab, V(ct, "CARD_NUMBER", card), d1, el, V(type_expiry(m, y), "EXPIRY"), d2, cl, V(cvv, "CVV", cvv))
    c.t("agent", R.choice(["Thanks, processing that now.", "Thank you - the payment of £42.10 has gone through.", "Great, one moment while I authorise it."]))
    return c


def p_asr_card_split():
    ind, co = ctx()
    card = make_card()
    st = new_style()
    parts = spoken_card(card, st)
    c = Case("ASR card read in chunks over several turns with back-channels, %s %s" % (ind, co))
    g = c.g()
    c.t("agent", "okay so whenever you're ready i'll need the long number across the front of the card")
    c.t("customer", R.choice(["okay it's ", "right so it's ", "yeah ", "um okay "]), V(parts[0], "CARD_NUMBER", card, "part", g))
    for k, p in enumerate(parts[1:]):
        c.t("agent", R.choice(BACK))
        if R.random() < 0.2:
            c.t("customer", R.choice(["hang on the light's bad ", "sorry just getting my glasses "]), "um ", V(p, "CARD_NUMBER", card, "part", g))
        else:
            c.t("customer", V(p, "CARD_NUMBER", card, "part", g))
    m, y = make_expiry()
    c.t("agent", "lovely and the expiry date")
    c.t("customer", R.choice(["", "it's ", "expires "]), V(speak_expiry(m, y), "EXPIRY"))
    if R.random() < 0.7:
        cvv = "%03d" % R.randint(0, 999) if len(card) != 15 else "%04d" % R.randint(0, 9999)
        c.t("agent", "and the last three digits on the back by the signature strip" if len(cvv) == 3 else "and the four digit code on the front")
        c.t("customer", R.choice(["", "that's ", "uh "]), V(join_spoken(speak_chunks(cvv, [len(cvv)], st, modes=("d", "h")), 0), "CVV", cvv))
    return c


def p_asr_card_readback():
    ind, co = ctx()
    card = make_card()
    st = new_style()
    c = Case("ASR full card in one turn with fillers, agent read-back, %s %s" % (ind, co))
    c.t("agent", "can i take the card number please")
    c.t("customer", R.choice(["yeah it's ", "so it's a visa it's ", "okay ", "it's uh "]), V(join_spoken(spoken_card(card, st), 0.35), "CARD_NUMBER", card))
    st2 = {"zero": "zero", "double": R.random() < 0.5, "mixed": False}
    c.t("agent", R.choice(["let me read that back ", "so that's ", "i've got "]), V(join_spoken(spoken_card(card, st2), 0), "CARD_NUMBER", card), R.choice([" is that right", " yeah", ", correct?"]))
    c.t("customer", R.choice(["yes that's it", "yep", "that's correct"]))
    if R.random() < 0.5:
        # the full card was read in this case, so its last four are PII too
        c.t("agent", "perfect and that's the card ending ", V(" ".join(UNIT_W[int(x)] for x in card[-4:]), "CARD_NUMBER", card, "suffix"), " we'll use for the shortfall")
    return c


def p_asr_card_restart():
    ind, co = ctx()
    card = make_card()
    st = new_style()
    parts = spoken_card(card, st)
    c = Case("ASR card reading restarted after a mistake; abandoned start labelled, %s %s" % (ind, co))
    g = c.g()
    c.t("agent", "go ahead with the card number when you're ready")
    c.t("customer", V(parts[0] + " " + parts[1], "CARD_NUMBER", card, "prefix"), R.choice([" no wait sorry i've skipped one, let me start again. ", " hang on sorry, start again. ", " oh no that's wrong hang on. "]), V(parts[0], "CARD_NUMBER", card, "part", g))
    c.t("agent", R.choice(BACK))
    c.t("customer", V(join_spoken(parts[1:], 0.3), "CARD_NUMBER", card, "part", g))
    c.t("agent", "thank you and what's the expiry on that one")
    m, y = make_expiry()
    c.t("customer", V(speak_expiry(m, y), "EXPIRY"), R.choice(["", " i think", " yeah"]))
    return c


def p_chat_card_lastfour():
    ind, co = ctx(CTX_UK + CTX_US)
    card = make_card()
    c = Case("chat: full card typed with odd grouping, later referred to by its last four, %s %s" % (ind, co))
    odd = card[:R.randint(5, 8)] + " " + card[8:] if False else group(card, R.choice([[4, 4, 8], [8, 8], [6, 6, 4], [4, 12]]) if len(card) == 16 else card_groups(card), R.choice([" ", ".", "-"]))
    c.t("customer", R.choice(["pls update my card to ", "New card is ", "can you switch payment to "]), V(odd, "CARD_NUMBER", card), R.choice([" thx", "", " - the old one expired", "."]))
    c.t("agent", "Done, your account now uses the card ending ", V(card[-4:], "CARD_NUMBER", card, "suffix"), ".")
    c.t("customer", "great, and is the card ending ", V(card[-4:], "CARD_NUMBER", card, "suffix"), " also set for autopay?")
    return c


def p_email_card():
    ind, co = ctx(CTX_UK + CTX_IE)
    card = make_card()
    m, y = make_expiry()
    c = Case("email body with payment details in a signature-like block, %s %s" % (ind, co))
    c.t("customer", "Subject: RE: outstanding invoice INV-20931\n\nHi,\nPlease take the %s%d.%02d from the card below.\nName on card: %s %s\nCard number: " % (cur(co)[0], R.randint(20, 900), R.randint(0, 99), R.choice(FIRST).capitalize(), R.choice(LAST).capitalize()),
        V(group(card, card_groups(card), R.choice([" ", ""])), "CARD_NUMBER", card), "\nExp: ", V(type_expiry(m, y), "EXPIRY"),
        "\nPostcode for billing: ", V(R.choice(UK_PC).lower() if R.random() < 0.3 else R.choice(UK_PC), "POSTCODE"), "\nThanks")
    c.t("agent", "Hi, thanks for your email. Please don't send card details by email in future; we've taken the payment and deleted it.")
    return c


def p_asr_ssn():
    ind, co = ctx(CTX_US)
    ssn = make_ssn()
    st = new_style()
    parts = speak_chunks(ssn, [3, 2, 4], st)
    c = Case("ASR US social security number with agent read-back, %s %s" % (ind, co))
    c.t("agent", "for verification can i get your social security number")
    lead = R.choice(["sure it's ", "yeah my social is ", "okay ", "uh it's "])
    if R.random() < 0.5:
        c.t("customer", lead, V(join_spoken(parts, 0.3), "SSN", ssn))
    else:
        g = c.g()
        c.t("customer", lead, V(parts[0], "SSN", ssn, "part", g))
        c.t("agent", R.choice(BACK))
        c.t("customer", V(parts[1], "SSN", ssn, "part", g))
        c.t("agent", R.choice(BACK))
        c.t("customer", V(parts[2], "SSN", ssn, "part", g))
    if R.random() < 0.6:
        c.t("agent", "thank you so that's ", V(join_spoken(speak_chunks(ssn, [3, 2, 4], {"zero": "zero", "mixed": False, "double": False}), 0), "SSN", ssn), " and your date of birth")
        y, m, d = make_dob()
        c.t("customer", V(speak_dob(y, m, d), "DOB"))
    else:
        c.t("agent", "perfect thanks, i've pulled up the account")
    return c


def p_chat_ssn():
    ind, co = ctx(CTX_US)
    ssn = make_ssn()
    fmt = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s%s", "%s.%s.%s"]) % (ssn[:3], ssn[3:5], ssn[5:])
    c = Case("typed US SSN in chat/web form, %s %s" % (ind, co))
    c.t("agent", "Can you confirm the SSN on the account so I can verify you?")
    c.t("customer", R.choice(["SSN: ", "ss# ", "social sec no ", "my ssn is ", "its ", "SS number - "]), V(fmt, "SSN", ssn),
        R.choice(["", " and dob ", " DOB: "]) if True else "")
    if c.turns[-1][1][-1] in (" and dob ", " DOB: "):
        y, m, d = make_dob()
        c.turns[-1][1].append(V(type_dob(y, m, d, True), "DOB"))
    c.t("agent", "Thanks, you're verified. Your balance is $1,204.18 and the next bill is due on the 3rd.")
    return c


def p_ni():
    ind, co = ctx([("government services", "UK"), ("banking", "UK"), ("insurance", "UK"), ("utilities", "UK")])
    ni = make_ni()
    c = Case("UK National Insurance number, %s %s" % (ind, co))
    if R.random() < 0.45:
        fmt = R.choice(["%s %s %s %s %s", "%s%s%s%s%s", "%s %s%s%s %s"]) % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
        if R.random() < 0.35:
            fmt = fmt.lower()
        c.t("agent", "Could you confirm your National Insurance number?")
        c.t("customer", R.choice(["NI no: ", "NINO ", "ni number is ", "It's ", "national insurance: "]), V(fmt, "NI_NUMBER", ni), R.choice(["", ".", " thanks", " (from my payslip)"]))
        c.t("agent", "Thanks, that matches our records.")
        c.note = "typed " + c.note
    else:
        st = new_style()
        how = R.choice(["bare", "nato", "for", "asin"])
        letters = spell_letters(ni[:2], how)
        digits = join_spoken(speak_chunks(ni[2:8], R.choice([[2, 2, 2], [3, 3], [6]]), st), 0.2)
        suffix = spell_letter(ni[8], R.choice(["bare", "for", "nato"]))
        c.note = "ASR " + c.note
        c.t("agent", "and your national insurance number please")
        if R.random() < 0.5:
            c.t("customer", R.choice(["yeah it's ", "uh ", "okay "]), V(letters + " " + digits + " " + suffix, "NI_NUMBER", ni))
        else:
            g = c.g()
            c.t("customer", R.choice(["right it's ", "it's uh "]), V(letters, "NI_NUMBER", ni, "part", g))
            c.t("agent", R.choice(BACK))
            c.t("customer", V(digits, "NI_NUMBER", ni, "part", g), R.choice([" then ", " and then ", " and the last letter is "]), V(suffix, "NI_NUMBER", ni, "part", g))
        if R.random() < 0.6:
            c.t("agent", "so that's ", V(spell_letters(ni[:2], "bare") + " " + digitwise(ni[2:8], {"zero": "zero", "double": False}) + " " + spell_letter(ni[8], "bare"), "NI_NUMBER", ni), " yeah")
            c.t("customer", "that's right")
    return c


def p_bank_chat():
    ind, co = ctx([("banking", "UK"), ("utilities", "UK"), ("retail", "UK"), ("banking", "US"), ("insurance", "US")])
    c = Case("typed bank details for direct debit / refund, %s %s" % (ind, co))
    if co == "UK":
        sc, ac = make_sort(), make_acct()
        sct = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        c.t("agent", "Please send the sort code and account number for the refund.")
        if R.random() < 0.5:
            c.t("customer", R.choice(["sort code ", "S/C: ", "sortcode "]), V(sct, "SORT_CODE", sc), R.choice([" acct no: ", ", account ", " a/c "]), V(ac, "BANK_ACCOUNT", ac))
        else:
            c.t("customer", R.choice(["acc num ", "Account no. ", "acct: "]), V(ac if R.random() < 0.7 else ac[:4] + " " + ac[4:], "BANK_ACCOUNT", ac), "\n", R.choice(["SC ", "sort: "]), V(sct, "SORT_CODE", sc))
        c.t("agent", "Thanks, the refund of £%d.%02d will reach you in 3-5 working days." % (R.randint(5, 300), R.randint(0, 99)))
    else:
        ac = make_acct("US")
        c.t("agent", "What checking account should we set autopay from?")
        c.t("customer", R.choice(["checking acct # ", "Account number: ", "acct no: ", "its "]), V(ac if R.random() < 0.6 else group(ac, [4, 4, 4], "-"), "BANK_ACCOUNT", ac), R.choice([" at Chase", "", " (joint account)"]))
        c.t("agent", "Got it, autopay of $%d.%02d starts next cycle." % (R.randint(20, 400), R.randint(0, 99)))
    return c


def p_bank_asr():
    ind, co = ctx([("banking", "UK"), ("utilities", "UK"), ("telecom", "UK"), ("insurance", "UK")])
    sc, ac = make_sort(), make_acct()
    st = new_style()
    c = Case("ASR sort code and account number with read-back, %s %s" % (ind, co))
    c.t("agent", "can i take the sort code first")
    scs = join_spoken(speak_chunks(sc, [2, 2, 2], st), 0.1)
    c.t("customer", R.choice(["it's ", "yeah ", "um "]), V(scs, "SORT_CODE", sc))
    c.t("agent", R.choice(["and the account number", "lovely and the eight digit account number"]))
    acs = speak_chunks(ac, R.choice([[4, 4], [2, 3, 3], [8]]), st)
    if len(acs) > 1 and R.random() < 0.5:
        g = c.g()
        c.t("customer", V(acs[0], "BANK_ACCOUNT", ac, "part", g))
        c.t("agent", R.choice(BACK))
        c.t("customer", V(join_spoken(acs[1:]), "BANK_ACCOUNT", ac, "part", g))
    else:
        c.t("customer", R.choice(["", "that's "]), V(join_spoken(acs, 0.3), "BANK_ACCOUNT", ac))
    if R.random() < 0.5:
        c.t("agent", "so sort code ", V(join_spoken(speak_chunks(sc, [2, 2, 2], {"zero": "zero", "mixed": False}), 0), "SORT_CODE", sc),
            " account ", V(digitwise(ac, {"zero": "zero", "double": False}), "BANK_ACCOUNT", ac))
        c.t("customer", "yes")
    return c


def speak_iban(ib, st):
    out = [spell_letters(ib[:2], R.choice(["bare", "bare", "for"]))]
    rest = ib[2:]
    i = 0
    chunk = []
    while i < len(rest):
        if rest[i].isalpha():
            j = i
            while j < len(rest) and rest[j].isalpha():
                j += 1
            chunk.append(spell_letters(rest[i:j], R.choice(["bare", "bare", "nato"])))
            i = j
        else:
            j = i
            while j < len(rest) and rest[j].isdigit():
                j += 1
            d = rest[i:j]
            sizes = [2] if i == 0 else [4] * (len(d) // 4)
            chunk.extend(speak_chunks(d, sizes, st))
            i = j
    return out + chunk


def p_iban():
    ind, co = ctx(CTX_EU + CTX_IE + [("banking", "UK"), ("travel", "UK")])
    ib = make_iban()
    c = Case("IBAN for international transfer/refund, %s %s" % (ind, co))
    if R.random() < 0.5:
        t = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if R.random() < 0.6 else ib
        if R.random() < 0.3:
            t = t.lower()
        c.note = "typed " + c.note
        c.t("agent", "Could you send your IBAN so we can refund the deposit?")
        c.t("customer", R.choice(["IBAN: ", "iban ", "here you go ", "My IBAN is ", "Bank: "]), V(t, "IBAN", ib), R.choice(["", " (BIC not needed?)", ". Thanks!"]))
        c.t("agent", "Thanks, refund of €%d.%02d issued." % (R.randint(20, 900), R.randint(0, 99)))
    else:
        st = new_style()
        parts = speak_iban(ib, st)
        c.note = "ASR " + c.note
        c.t("agent", "okay go ahead with the iban")
        g = c.g()
        cut = R.randint(2, max(2, len(parts) - 2))
        c.t("customer", R.choice(["it's ", "okay ", "uh "]), V(join_spoken(parts[:cut], 0.15), "IBAN", ib, "part", g))
        c.t("agent", R.choice(BACK))
        c.t("customer", V(join_spoken(parts[cut:], 0.15), "IBAN", ib, "part", g))
        c.t("agent", "thanks i'll send that through")
    return c


def p_phone_chat():
    ind, co = ctx()
    typed, chunks, canon, intl = make_phone()
    c = Case("typed phone number update, %s %s" % (ind, co))
    c.t("agent", R.choice(["What's the best number to reach you on?", "Can you confirm the mobile on the account?"]))
    c.t("customer", R.choice(["mob: ", "Tel ", "call me on ", "its ", "new no. is ", "ph# ", ""]), V(typed, "PHONE", canon), R.choice(["", " after 6pm", " pls", ", not the landline"]))
    if R.random() < 0.4:
        t2, _, c2, _ = make_phone()
        c.t("customer", R.choice(["or work ", "alt number ", "Landline: "]), V(t2, "PHONE", c2))
    c.t("agent", "Thanks, updated.")
    return c


def p_phone_asr():
    ind, co = ctx()
    typed, chunks, canon, intl = make_phone()
    st = new_style()
    c = Case("ASR phone number, %s %s" % (ind, co))
    c.t("agent", "and a contact number in case we get cut off")
    sp = speak_phone(chunks, intl, st)
    if R.random() < 0.4 and len(chunks) >= 3:
        g = c.g()
        a = speak_chunks(canon, [len(x) for x in chunks], st)
        if intl:
            a[0] = "plus " + a[0]
        k = R.randint(1, len(a) - 1)
        c.t("customer", R.choice(["yeah it's ", "it's my mobile ", ""]), V(" ".join(a[:k]), "PHONE", canon, "part", g))
        c.t("agent", R.choice(BACK))
        c.t("customer", V(" ".join(a[k:]), "PHONE", canon, "part", g))
    else:
        c.t("customer", R.choice(["yeah it's ", "sure ", "uh ", "best one is "]), V(sp, "PHONE", canon))
    if R.random() < 0.5:
        c.t("agent", "that's ", V(speak_phone(chunks, intl, {"zero": "zero", "mixed": False, "double": False}), "PHONE", canon), " yeah")
        c.t("customer", "yeah")
    return c


def p_email():
    ind, co = ctx()
    e = make_email()
    c = Case("email address, %s %s" % (ind, co))
    if R.random() < 0.45:
        c.note = "typed " + c.note
        c.t("agent", "What email should the receipt go to?")
        c.t("customer", R.choice(["email: ", "send it to ", "", "my email is ", "e-mail - "]), V(type_email(e), "EMAIL", e), R.choice(["", " please", " thx", "."]))
        c.t("agent", "Sent! Check your spam folder if it's not there in 10 minutes.")
    else:
        st = new_style()
        c.note = "ASR " + c.note
        c.t("agent", "can i get an email address for the confirmation")
        c.t("customer", R.choice(["yeah it's ", "it's ", "um ", "so it's "]), V(speak_email(e, st), "EMAIL", e))
        if R.random() < 0.5:
            c.t("agent", "so that's ", V(speak_email(e, st), "EMAIL", e))
            c.t("customer", R.choice(["spot on", "yes", "yeah that's it"]))
    return c


def p_dob():
    ind, co = ctx()
    y, m, d = make_dob()
    c = Case("date of birth verification, %s %s" % (ind, co))
    if R.random() < 0.4:
        c.note = "typed " + c.note
        c.t("agent", "To verify, please type your date of birth.")
        c.t("customer", R.choice(["DOB ", "dob: ", "", "born ", "D.O.B. "]), V(type_dob(y, m, d, co == "US"), "DOB"))
    else:
        c.note = "ASR " + c.note
        c.t("agent", "can you confirm your date of birth for me")
        c.t("customer", R.choice(["yeah it's ", "", "um ", "sure "]), V(speak_dob(y, m, d), "DOB"))
        if R.random() < 0.4:
            c.t("agent", "and that makes you %s is that right" % int_words(2025 - y))
            c.t("customer", "yeah that's right")
    c.t("agent", R.choice(["thanks you're through security", "Thank you, that's all verified."]))
    return c


def p_address():
    ind, co = ctx(CTX_UK + CTX_US)
    us = co == "US"
    flat, n, street = make_address(us)
    pc = R.choice(US_ZIP if us else UK_PC)
    town = R.choice(US_TOWNS if us else UK_TOWNS)
    c = Case("postal address with postcode/ZIP, %s %s" % (ind, co))
    if R.random() < 0.45:
        c.note = "typed " + c.note
        if us and R.random() < 0.4:
            pc = pc + "-" + "%04d" % R.randint(1, 9999)
        c.t("agent", "What's the delivery address?")
        c.t("customer", V(type_address(flat, n, street), "ADDRESS"), ", " + town + (", " + R.choice(["CA", "NY", "IL"]) + " " if us else R.choice([", ", " ", "\n"])), V(pc if R.random() < 0.7 else pc.lower().replace(" ", ""), "POSTCODE"))
        c.t("agent", "Thanks, your parcel will go out tomorrow.")
    else:
        st = new_style()
        c.note = "ASR " + c.note
        c.t("agent", "can i take the first line of the address and the postcode" if not us else "what's the street address and zip")
        if R.random() < 0.5:
            c.t("customer", R.choice(["it's ", "yeah it's ", ""]), V(speak_address(flat, n, street), "ADDRESS"), " in " + town.lower() + R.choice(([" zip code ", ", ", " zip "] if us else [" and the postcode is ", ", ", " postcode "])), V(speak_postcode(pc, st), "POSTCODE"))
        else:
            c.t("customer", V(speak_address(flat, n, street), "ADDRESS"))
            c.t("agent", R.choice(["mhm and the postcode", "and the zip code"]))
            c.t("customer", R.choice(["it's ", "", "uh "]), V(speak_postcode(pc, st), "POSTCODE"))
        c.t("agent", "lovely that's brought it up")
    return c


def p_idv_mix():
    ind, co = ctx(CTX_UK + CTX_IE)
    y, m, d = make_dob()
    pc = R.choice(UK_PC)
    typed, chunks, canon, intl = make_phone(R.choice(["uk_mob", "uk_land", "ie_mob"]))
    st = new_style()
    c = Case("ASR security questions: DOB, postcode, phone, with hesitation, %s %s" % (ind, co))
    c.t("agent", "okay just a few security questions first can i have your date of birth")
    c.t("customer", "yeah it's ", V(speak_dob(y, m, d), "DOB"))
    c.t("agent", "thank you and the postcode on the account")
    c.t("customer", "um the old one or the new one, the new one's ", V(speak_postcode(pc, st), "POSTCODE"))
    c.t("agent", "and the phone number we have on file")
    c.t("customer", "i think it's ", V(speak_phone(chunks, intl, st), "PHONE", canon), " but i might have changed it")
    c.t("agent", "no that's the one, you're through")
    return c


def p_form_multi():
    ind, co = ctx(CTX_UK + CTX_US + CTX_IE)
    us = co == "US"
    e = make_email()
    typed, chunks, canon, intl = make_phone("us" if us else R.choice(["uk_mob", "uk_intl", "ie_intl"]))
    y, m, d = make_dob()
    flat, n, street = make_address(us)
    pc = R.choice(US_ZIP if us else UK_PC)
    c = Case("web-form submission pasted into chat with several fields, %s %s" % (ind, co))
    segs = [R.choice(["Name: ", "name - "]) + R.choice(FIRST).capitalize() + " " + R.choice(LAST).capitalize() + "\n",
            R.choice(["Email: ", "e-mail: "]), V(type_email(e), "EMAIL", e), "\n", R.choice(["Phone: ", "Tel: "]), V(typed, "PHONE", canon), "\n",
            "Date of birth: ", V(type_dob(y, m, d, us), "DOB"), "\n", "Address: ", V(type_address(flat, n, street), "ADDRESS"), ", ",
            R.choice(US_TOWNS if us else UK_TOWNS), " ", V(pc, "POSTCODE"), "\n"]
    if us:
        ssn = make_ssn()
        segs += ["SSN: ", V("%s-%s-%s" % (ssn[:3], ssn[3:5], ssn[5:]), "SSN", ssn), "\n"]
    elif co == "UK":
        ni = make_ni()
        segs += ["NI: ", V(ni if R.random() < 0.5 else "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), "NI_NUMBER", ni), "\n"]
    segs += ["Query: my bill for order #%d is wrong, charged £%d.%02d twice" % (R.randint(100000, 999999), R.randint(10, 99), R.randint(0, 99))]
    c.t("customer", *segs)
    c.t("agent", "Thanks for the details, I've raised a ticket and we'll reply within 48 hours.")
    return c


def p_ssn_correction():
    ind, co = ctx(CTX_US)
    ssn = make_ssn()
    wrong = ssn[:3] + ssn[4] + ssn[3] + ssn[5:]
    st = new_style()
    c = Case("ASR SSN with a self-correction mid reading and agent confirmation, %s %s" % (ind, co))
    c.t("agent", "last thing i need is the social")
    c.t("customer", "okay ", V(join_spoken(speak_chunks(wrong[:5], [3, 2], st), 0), "SSN", ssn, "prefix-any"), R.choice([" no sorry, ", " wait no i flipped those, "]),
        V(join_spoken(speak_chunks(ssn, [3, 2, 4], st), 0.3), "SSN", ssn))
    c.t("agent", "no problem, so ", V(digitwise(ssn, {"zero": "zero", "double": False}), "SSN", ssn))
    c.t("customer", "that's the one")
    return c


def p_ni_aside():
    ni = make_ni()
    st = new_style()
    c = Case("ASR NI number with an aside in the middle of the reading, government services UK")
    g = c.g()
    c.t("agent", "have you got your national insurance number handy")
    c.t("customer", "yeah hang on it's on this letter, ", V(spell_letters(ni[:2], "for") + " " + join_spoken(speak_chunks(ni[2:5], [3], st), 0), "NI_NUMBER", ni, "part", g),
        R.choice([" sorry the dog's going mad, ", " hold on, kids be quiet, ", " sorry just a sec, "]), V(join_spoken(speak_chunks(ni[5:8], [3], st), 0) + " " + spell_letter(ni[8], "bare"), "NI_NUMBER", ni, "part", g))
    c.t("agent", "no worries, thank you")
    return c


def p_card_telecom_cvv_sep():
    ind, co = ctx()
    card = make_card()
    st = new_style()
    c = Case("ASR card number and security code with agent prompting groups, %s %s" % (ind, co))
    parts = spoken_card(card, st)
    g = c.g()
    c.t("agent", "first four digits please")
    c.t("customer", V(parts[0], "CARD_NUMBER", card, "part", g))
    c.t("agent", "and the next ones")
    k = 3 if len(parts) > 3 else 2
    c.t("customer", V(join_spoken(parts[1:k], 0.2), "CARD_NUMBER", card, "part", g))
    c.t("agent", "and the rest")
    c.t("customer", V(join_spoken(parts[k:], 0.2), "CARD_NUMBER", card, "part", g))
    cvv = "%03d" % R.randint(0, 999) if len(card) != 15 else "%04d" % R.randint(0, 9999)
    c.t("agent", "and the security code")
    c.t("customer", V(digitwise(cvv, st), "CVV", cvv))
    c.t("agent", "thank you that payment of %s %s has been taken" % (int_words(R.randint(12, 240)), cur(co)[1]))
    return c


POS = [(p_chat_card, 12), (p_asr_card_split, 16), (p_asr_card_readback, 14), (p_asr_card_restart, 8),
       (p_chat_card_lastfour, 7), (p_email_card, 6), (p_card_telecom_cvv_sep, 8), (p_asr_ssn, 14),
       (p_chat_ssn, 12), (p_ssn_correction, 5), (p_ni, 24), (p_ni_aside, 5), (p_bank_chat, 10),
       (p_bank_asr, 8), (p_iban, 14), (p_phone_chat, 10), (p_phone_asr, 10), (p_email, 12),
       (p_dob, 8), (p_address, 12), (p_idv_mix, 6), (p_form_multi, 6)]


# ---------------------------------------------------------------- negative templates
def n_amounts():
    ind, co = ctx()
    c = Case("negatives: balances, amounts and prices, %s %s" % (ind, co))
    a = R.randint(100, 9999)
    c.t("customer", "how much do i owe at the moment")
    sym, word = cur(co)
    c.t("agent", "your outstanding balance is %s %s and %s %s, and your next payment of %s is due on the fifteenth of %s" % (int_words(a), word, int_words(R.randint(1, 99)), "pence" if co == "UK" else "cents", int_words(R.randint(20, 400)) + " " + word, R.choice(MONTHS)))
    c.t("customer", "and the typed statement said %s%s,%03d.%02d which is more than the %s%d.%02d quote" % (sym, R.randint(1, 9), R.randint(0, 999), R.randint(0, 99), sym, R.randint(10, 999), R.randint(0, 99)))
    return c


def n_order_long():
    ind, co = ctx([("retail", "UK"), ("retail", "US"), ("retail", "EU"), ("telecom", "UK")])
    lab = R.choice(["Order number", "Order #", "order no.", "Tracking number", "Ref", "Invoice no:"])
    num = luhn_complete(R.choice(["4", "5", "37"]), 16) if R.random() < 0.5 else "".join(R.choice("0123456789") for _ in range(R.choice([12, 14, 16, 18])))
    c = Case("negative: long digit string that is an order/tracking/invoice number (may be Luhn-valid), %s %s" % (ind, co))
    c.t("customer", "%s %s - still not delivered!!" % (lab, group(num, [4] * 5, R.choice([" ", "", "-"]))))
    c.t("agent", "Sorry about that. %s %s shows as out for delivery between 9:00 and 13:00 today." % (lab.rstrip(":#.").strip(), num))
    return c


def n_spoken_ref():
    ind, co = ctx()
    st = new_style()
    num = luhn_complete("4", 16) if R.random() < 0.5 else "".join(R.choice("0123456789") for _ in range(16))
    parts = speak_chunks(num, [4, 4, 4, 4], st)
    lab = R.choice(["reference number", "claim number", "ticket number", "booking reference", "case number", "meter serial number"])
    c = Case("negative: %s read out in card-like groups of four with back-channels, %s %s" % (lab, ind, co))
    c.t("agent", "have you got the %s from the letter" % lab)
    c.t("customer", "yeah the %s is %s" % (lab, parts[0]))
    c.t("agent", R.choice(BACK))
    c.t("customer", parts[1])
    c.t("agent", R.choice(BACK))
    c.t("customer", join_spoken(parts[2:], 0.2))
    c.t("agent", "thank you that %s has brought up your file" % lab)
    return c


def n_lastfour():
    ind, co = ctx()
    l4 = "%04d" % R.randint(0, 9999)
    c = Case("negative: card last-four mentions only, %s %s" % (ind, co))
    if R.random() < 0.5:
        c.t("agent", "which card would you like to use, we have one ending in %s on file" % digitwise(l4, new_style()))
        c.t("customer", "yeah the one ending %s is fine, the debit card" % " ".join(UNIT_W[int(x)] for x in l4))
    else:
        c.t("customer", "Please charge the Visa ending %s, not the Amex ending in %04d." % (l4, R.randint(0, 9999)))
        c.t("agent", "Done - card ****%s charged £%d.%02d." % (l4, R.randint(5, 500), R.randint(0, 99)))
    return c


def n_times():
    ind, co = ctx()
    c = Case("negative: opening hours, times, durations, %s %s" % (ind, co))
    c.t("customer", "i've been on hold for %s minutes, what time do you close" % int_words(R.randint(12, 59)))
    c.t("agent", "sorry about the wait, we're open eight till eight monday to friday and nine to five on saturdays, so 08:00-20:00. an engineer can come between %s and %s" % (R.choice(["half two", "ten past one", "quarter to eleven"]), R.choice(["four thirty", "six", "twenty to seven"])))
    c.t("customer", "ok so 14:30 on the %d%s works, it'll take about %d hours?" % (R.randint(4, 20), "th", R.randint(2, 4)))
    return c


def n_dates():
    ind, co = ctx()
    c = Case("negative: appointment, payment and contract dates, %s %s" % (ind, co))
    c.t("agent", "your contract ends on %02d/%02d/%d and the next direct debit date is the %s of %s" % (R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2028), ORD[R.randint(1, 28)], R.choice(MONTHS)))
    c.t("customer", "can we move the appointment from %s %d to %s the %s" % (R.choice(MONTHS).capitalize(), R.randint(1, 28), R.choice(["monday", "tuesday", "friday"]), ORD[R.randint(1, 28)]))
    c.t("agent", "yes i've moved it to %d-%02d-%02d, and your payment due %s %s twenty twenty five is unchanged" % (R.randint(2025, 2026), R.randint(1, 12), R.randint(1, 28), ORD[R.randint(1, 28)], R.choice(MONTHS)))
    return c


def n_meter():
    ind, co = ctx([("utilities", "UK"), ("utilities", "Ireland")])
    st = new_style()
    rd = "%05d" % R.randint(0, 99999)
    c = Case("negative: meter readings and meter serial, %s %s" % (ind, co))
    c.t("agent", "can i take a meter reading")
    c.t("customer", "yeah the day reading is %s and night is %s" % (digitwise(rd, st), int_words(R.randint(1000, 9999))))
    c.t("agent", "thanks, and typed on your account it was %s last quarter, meter serial %s%d" % (R.randint(1000, 99999), R.choice(["E10BG", "K", "S1"]), R.randint(1000000, 99999999)))
    return c


def n_travel():
    ind, co = ctx([("travel", "UK"), ("travel", "Ireland"), ("travel", "EU"), ("travel", "US")])
    c = Case("negative: flight, gate, seat, room numbers, %s %s" % (ind, co))
    c.t("customer", "i'm on flight %s %s tomorrow, seat %d%s, can i change it" % (R.choice(["b a", "e i", "f r", "u a"]), digitwise("%04d" % R.randint(1, 9999), new_style()), R.randint(1, 40), R.choice("ACDF")))
    c.t("agent", "Flight %s%d departs 07:45 from gate %s%d; hotel room %d is confirmed for %d nights." % (R.choice(["BA", "EI", "FR", "LH"]), R.randint(10, 9999), R.choice(["A", "B", ""]), R.randint(1, 60), R.randint(100, 1299), R.randint(1, 14)))
    c.t("customer", "and the booking ref is %s" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))
    return c


def n_serial():
    ind, co = ctx([("retail", "UK"), ("telecom", "UK"), ("retail", "US"), ("telecom", "Ireland")])
    c = Case("negative: serial, model, IMEI-like and tracking numbers with labels, %s %s" % (ind, co))
    c.t("customer", "Model %s, serial no. %s, IMEI %s" % (R.choice(["KD-55X85J", "SM-G991B", "WM14N201GB", "iPhone 13"]), "".join(R.choice("0123456789ABCDEF") for _ in range(12)), luhn_complete("35", 15)))
    c.t("agent", "Thanks. Return label tracking 1Z%d%s%08d has been emailed." % (R.randint(100, 999), R.choice(["AA", "E1", "X4"]), R.randint(0, 99999999)))
    return c


def n_policy():
    ind, co = ctx([("insurance", "UK"), ("insurance", "US"), ("healthcare billing", "US"), ("insurance", "Ireland")])
    st = new_style()
    pol = "".join(R.choice("0123456789") for _ in range(9))
    c = Case("negative: policy/claim/member numbers said with their label (9 digits like an SSN), %s %s" % (ind, co))
    c.t("customer", "my policy number is %s" % join_spoken(speak_chunks(pol, [3, 2, 4], st), 0.2))
    c.t("agent", "thanks, policy %s-%s-%s. claim number CLM-%d-%06d is open and your member ID is %s" % (pol[:3], pol[3:5], pol[5:], R.randint(2023, 2025), R.randint(0, 999999), "".join(R.choice("0123456789") for _ in range(9))))
    return c


def n_misc_numbers():
    ind, co = ctx()
    c = Case("negative: ages, temperatures, percentages, counts, years, %s %s" % (ind, co))
    c.t("customer", "my mum's %s and the house is only %d degrees, we've been customers since %s" % (int_words(R.randint(60, 95)), R.randint(12, 17), year_words(R.randint(1985, 2015))))
    c.t("agent", "I understand. Your tariff rose %d.%d%% in %d; %d of %d payments were on time, so you qualify for %d%% off." % (R.randint(1, 19), R.randint(0, 9), R.randint(2019, 2025), R.randint(5, 12), 12, R.randint(5, 30)))
    return c


def n_roads():
    ind, co = ctx([("travel", "UK"), ("insurance", "UK"), ("utilities", "UK"), ("travel", "US")])
    c = Case("negative: road names and junctions without house numbers, %s %s" % (ind, co))
    c.t("customer", "i broke down on the %s near junction %s, just past the %s turn off" % (R.choice(["m25", "a40", "m6", "n7", "i-95", "route 66"]), int_words(R.randint(1, 30)), R.choice(["a4054", "b1234", "high street", "london road"])))
    c.t("agent", "Recovery is on its way to the %s; the driver is about %d minutes away and the job number is %d." % (R.choice(["M25 J10", "A40 westbound", "M6 J19", "I-95 exit 12"]), R.randint(20, 90), R.randint(100000, 9999999)))
    return c


def n_tickets():
    ind, co = ctx()
    c = Case("negative: ticket/invoice/account-reference numbers with labels, %s %s" % (ind, co))
    c.t("agent", "Your ticket #INC%07d is linked to invoice %d-%05d and customer reference %s." % (R.randint(0, 9999999), R.randint(2023, 2025), R.randint(0, 99999), "".join(R.choice("0123456789") for _ in range(R.choice([8, 10, 11])))))
    c.t("customer", "ok and the case number you gave me was %s" % " ".join(UNIT_W[int(x)] for x in "%08d" % R.randint(0, 99999999)))
    return c


def n_phone_like():
    ind, co = ctx(CTX_UK + CTX_IE)
    c = Case("negative: phone-length digit strings that are labelled references, plus company switchboard times, %s %s" % (ind, co))
    c.t("agent", "your complaint reference is %s and your case number is oh seven seven double oh, nine double four, five two one" % ("07" + "".join(R.choice("0123456789") for _ in range(9))))
    c.t("customer", "ok i've written down case number %s" % ("0" + "".join(R.choice("0123456789") for _ in range(10))))
    return c


def n_spoken_amount():
    ind, co = ctx()
    c = Case("negative: large spoken amounts, hundreds and thousands, %s %s" % (ind, co))
    c.t("agent", ("the settlement is %s " + cur(co)[1] + " and the excess is %s") % (int_words(R.randint(1000, 9999)), int_words(R.randint(100, 999))))
    c.t("customer", "so %s minus %s, and my premium is forty one eleven a year? that's a typo surely" % (int_words(R.randint(1000, 9999)), int_words(R.randint(100, 999))))
    c.t("agent", "no it's four hundred and eleven, sorry, plus the %d pound admin fee" % R.randint(10, 60))
    return c


def n_sortlike():
    ind, co = ctx(CTX_UK)
    c = Case("negative: six/eight digit strings that are promo codes, extensions, store numbers, %s %s" % (ind, co))
    c.t("agent", "use promo code %02d-%02d-%02d at checkout, or call extension %d; store number %08d has stock" % (R.randint(10, 99), R.randint(10, 99), R.randint(10, 99), R.randint(1000, 9999), R.randint(0, 99999999)))
    c.t("customer", "great thanks, and the gift card balance is %s pounds %s" % (int_words(R.randint(5, 200)), int_words(R.randint(1, 99))))
    return c


def n_counts_data():
    ind, co = ctx([("telecom", "UK"), ("telecom", "US"), ("telecom", "Ireland"), ("telecom", "EU")])
    c = Case("negative: data allowances, minutes, speeds, counts, %s %s" % (ind, co))
    c.t("customer", "i've used %d gb of my %d gb and %s minutes, and broadband is %d mbps not %d" % (R.randint(1, 99), R.choice([30, 50, 100]), int_words(R.randint(100, 999)), R.randint(5, 80), R.choice([150, 500, 900])))
    c.t("agent", "I can add %d GB for £%d a month on a %d month plan, SIM serial %s." % (R.randint(5, 50), R.randint(5, 20), R.choice([12, 18, 24]), "8944" + "".join(R.choice("0123456789") for _ in range(15))))
    return c


def n_healthcare():
    ind, co = ctx([("healthcare billing", "US")])
    c = Case("negative: healthcare billing amounts, CPT codes, claim and group numbers, %s %s" % (ind, co))
    c.t("agent", "the claim for CPT %d was billed at $%d.%02d, your copay is $%d and the group number is %d" % (R.randint(10000, 99999), R.randint(100, 4000), R.randint(0, 99), R.choice([20, 25, 40]), R.randint(100000, 999999)))
    c.t("customer", "and the explanation of benefits says claim %s from %d/%d/%d" % ("".join(R.choice("0123456789") for _ in range(13)), R.randint(1, 12), R.randint(1, 28), R.randint(2023, 2025)))
    return c


def n_gov():
    ind, co = ctx([("government services", "UK"), ("government services", "US"), ("government services", "Ireland")])
    c = Case("negative: government reference numbers with labels and tax years, %s %s" % (ind, co))
    c.t("agent", "your application reference is %s%d and it was submitted for tax year %d to %d" % (R.choice(["APP", "GOV-", "REF "]), R.randint(10000000, 99999999), R.randint(2019, 2024), R.randint(2020, 2025)))
    c.t("customer", "the letter also says form %s and payment reference %s" % (R.choice(["SA100", "P60", "1040-SR", "W-2"]), "".join(R.choice("0123456789") for _ in range(11)) + R.choice(["K", "A", ""])))
    return c


NEG = [(n_amounts, 7), (n_order_long, 8), (n_spoken_ref, 9), (n_lastfour, 8), (n_times, 5), (n_dates, 6),
       (n_meter, 5), (n_travel, 6), (n_serial, 5), (n_policy, 6), (n_misc_numbers, 5), (n_roads, 5),
       (n_tickets, 5), (n_phone_like, 4), (n_spoken_amount, 4), (n_sortlike, 4), (n_counts_data, 4),
       (n_healthcare, 4), (n_gov, 4)]


# ---------------------------------------------------------------- normalise & validate
NUM_UNIT = {w: i for i, w in enumerate(UNIT_W)}
NUM_UNIT.update({"oh": 0, "o": 0, "nought": 0, "nil": 0})
NUM_TEEN = {w: i + 10 for i, w in enumerate(TEEN_W)}
NUM_TENS = {w: i for i, w in enumerate(TENS_W) if w}
NATO_REV = {v: k for k, v in NATO_W.items()}
SKIP = set(FILLERS) | {"plus", "dash", "hyphen", "slash", "space", "then", "and", "the", "last", "letter", "is"}


def tokens(s):
    return re.findall(r"x-ray|[a-z]+|\d+|[^\sa-z\d]", s.lower())


def normalise(s, letters=False):
    """Turn a typed or spoken value into its digit/letter string."""
    t = tokens(s)
    out, i = "", 0
    def unit_at(k):
        return k < len(t) and t[k] in NUM_UNIT
    while i < len(t):
        w = t[i]
        if w.isdigit():
            out += w
            i += 1
        elif w in ("double", "triple") and i + 1 < len(t):
            n = 2 if w == "double" else 3
            nxt = t[i + 1]
            if nxt in NUM_UNIT:
                out += str(NUM_UNIT[nxt]) * n
            elif len(nxt) == 1:
                out += nxt.upper() * n
            elif nxt in NATO_REV:
                out += NATO_REV[nxt].upper() * n
            else:
                raise ValueError("bad double " + nxt)
            i += 2
        elif w in NUM_UNIT:
            if i + 1 < len(t) and t[i + 1] == "hundred":
                out += str(NUM_UNIT[w])
                i += 2
                had_and = i < len(t) and t[i] == "and"
                if had_and:
                    i += 1
                if i < len(t) and t[i] in NUM_TEEN:
                    out += str(NUM_TEEN[t[i]]); i += 1
                elif i < len(t) and t[i] in NUM_TENS:
                    tv = NUM_TENS[t[i]]; i += 1
                    if i < len(t) and t[i] in NUM_UNIT and NUM_UNIT[t[i]] > 0 and not (i + 1 < len(t) and t[i + 1] == "hundred"):
                        out += "%d%d" % (tv, NUM_UNIT[t[i]]); i += 1
                    else:
                        out += "%d0" % tv
                elif had_and and i < len(t) and t[i] in NUM_UNIT:
                    out += "0" + str(NUM_UNIT[t[i]]); i += 1
                else:
                    out += "00"
            else:
                out += str(NUM_UNIT[w])
                i += 1
        elif w in NUM_TEEN:
            out += str(NUM_TEEN[w])
            i += 1
        elif w in NUM_TENS:
            i += 1
            if i < len(t) and t[i] in NUM_UNIT and NUM_UNIT[t[i]] > 0 and not (i + 1 < len(t) and t[i + 1] == "hundred"):
                out += "%d%d" % (NUM_TENS[w], NUM_UNIT[t[i]])
                i += 1
            else:
                out += "%d0" % NUM_TENS[w]
        elif letters and len(w) == 1 and w.isalpha():
            out += w.upper()
            i += 1
            if i + 1 < len(t) and t[i] == "for":
                i += 2
            elif i + 2 < len(t) and t[i] == "as" and t[i + 1] == "in":
                i += 3
        elif letters and w in NATO_REV:
            out += NATO_REV[w].upper()
            i += 1
        elif w in SKIP or not w.isalnum():
            i += 1
        elif letters and w.isalpha() and len(w) <= 4:
            out += w.upper()  # typed letter run, e.g. "SW" in "SW1A", "INGB" in an IBAN
            i += 1
        else:
            raise ValueError("unexpected token %r in %r" % (w, s))
    return out


def norm_email(s):
    t = re.findall(r"x-ray|[a-z]+|\d+|\S", s.lower())
    if "@" in t:
        return "".join(t)
    out, i = "", 0
    repl = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
    while i < len(t):
        w = t[i]
        if w in repl:
            out += repl[w]; i += 1
        elif w in NUM_TENS or w in NUM_TEEN or (w in NUM_UNIT and w not in ("o",)):
            j = i
            while j < len(t) and (t[j] in NUM_TENS or t[j] in NUM_TEEN or (t[j] in NUM_UNIT and t[j] != "o") or t[j] in ("double", "triple")):
                j += 1
            out += normalise(" ".join(t[i:j]))
            i = j
        else:
            out += w; i += 1
    return out


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "ES": 24, "NL": 18}
STREET_WORDS = {"road", "rd", "street", "st", "avenue", "ave", "lane", "close", "grove", "way", "crescent",
                "terrace", "drive", "view", "boulevard"}
MONTH_RE = re.compile(r"\b(" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\b")


def lenient_digits(s):
    return normalise(" ".join(w for w in tokens(s) if w.isdigit() or w in NUM_UNIT or w in NUM_TEEN or w in NUM_TENS or w in ("hundred", "double", "thousand")).replace("thousand", "")) if s else ""


def validate(typ, text, canon, rel):
    """Return None if OK else an error string. text is the concatenation of the group's spans."""
    letters = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
    if typ == "EMAIL":
        v = norm_email(text)
        if not re.match(r"^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$", v):
            return "bad email %r" % v
        if canon and v != canon.lower():
            return "email %r != %r" % (v, canon)
        return None
    if typ in ("DOB", "EXPIRY"):
        low = text.lower()
        has_month = bool(MONTH_RE.search(low))
        try:
            d = re.sub(r"\D", "", low) if re.search(r"\d", low) else normalise(" ".join(w for w in tokens(low) if w not in MONTHS and w not in ORD and w not in ("of", "st", "nd", "rd", "th", "thousand", "first", "second", "third", "twentieth", "thirtieth") and not w.endswith("th")).replace("two thousand and", "two oh").replace("two thousand", "two oh"))
        except ValueError as e:
            return str(e)
        if typ == "EXPIRY" and not (has_month or 3 <= len(d) <= 6):
            return "bad expiry %r" % text
        if typ == "DOB" and not (has_month or len(d) >= 4):
            return "bad dob %r" % text
        return None
    if typ == "ADDRESS":
        low = text.lower()
        ws = re.findall(r"[a-z]+|\d+[a-z]?", low)
        if not (ws and (ws[0][0].isdigit() or ws[0] in NUM_UNIT or ws[0] in NUM_TEEN or ws[0] in NUM_TENS or ws[0] in ("flat", "apartment", "apt", "unit", "double", "triple"))):
            return "address must start with number/flat: %r" % text
        if not STREET_WORDS & set(ws):
            return "address lacks street word: %r" % text
        return None
    try:
        v = normalise(text, letters)
    except ValueError as e:
        return str(e)
    cn = canon.upper() if canon else None
    if rel == "prefix":
        return None if cn.startswith(v) and v else "prefix %r not prefix of %r" % (v, cn)
    if rel == "prefix-any":
        return None if v.isdigit() and 1 <= len(v) < len(cn) else "bad fragment %r" % v
    if rel == "suffix":
        return None if cn.endswith(v) and len(v) == 4 else "suffix %r not suffix of %r" % (v, cn)
    if cn is not None and v != cn:
        return "%s normalised %r != canonical %r" % (typ, v, cn)
    if typ == "CARD_NUMBER":
        ok = v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    elif typ == "CVV":
        ok = v.isdigit() and len(v) in (3, 4)
    elif typ == "SSN":
        ok = v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9" and v[3:5] != "00" and v[5:] != "0000"
    elif typ == "NI_NUMBER":
        ok = bool(NI_RE.match(v))
    elif typ == "SORT_CODE":
        ok = v.isdigit() and len(v) == 6
    elif typ == "BANK_ACCOUNT":
        ok = v.isdigit() and 7 <= len(v) <= 17
    elif typ == "IBAN":
        ok = v[:2] in IBAN_LEN and len(v) == IBAN_LEN[v[:2]] and int("".join(str(int(ch, 36)) for ch in v[4:] + v[:4])) % 97 == 1
    elif typ == "PHONE":
        ok = v.isdigit() and 10 <= len(v) <= 13 and (v[0] == "0" or v[:2] in ("44", "33", "49") or v[:3] == "353" or (v[0] == "1" and len(v) == 11) or (len(v) == 10 and v[0] in "23456789"))
    elif typ == "POSTCODE":
        ok = bool(UKPC_RE.match(v) or re.match(r"^\d{5}(\d{4})?$", v))
    else:
        ok = False
    return None if ok else "%s failed validation: %r" % (typ, v)


# ---------------------------------------------------------------- build
def build():
    rows, meta = [], []
    for kind, table, prefix in (("positive", POS, "pos"), ("negative", NEG, "neg")):
        order = []
        for fn, n in table:
            order += [fn] * n
        R.shuffle(order)
        for k, fn in enumerate(order, 1):
            case = fn()
            turns, spans, groups = render(case)
            row = {"id": "h431-%s-%03d" % (prefix, k), "kind": kind, "turns": turns, "spans": spans, "note": case.note}
            rows.append(row)
            meta.append(groups)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return data, rows, meta


def check(data, rows, meta):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        disk = f.read()
    if disk != data:
        errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for r, groups in zip(rows, meta):
        if r["kind"] == "positive":
            npos += 1
            if not r["spans"]:
                errs.append(r["id"] + ": positive without spans")
        else:
            nneg += 1
            if r["spans"]:
                errs.append(r["id"] + ": negative with spans")
        for tn in r["turns"]:
            if tn["speaker"] not in ("customer", "agent"):
                errs.append(r["id"] + ": bad speaker")
        per_turn = {}
        for s in r["spans"]:
            counts[s["type"]] += 1
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: span out of range" % r["id"]); continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum()):
                errs.append("%s: span %r does not start/end on alnum" % (r["id"], txt[a:b]))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (r["id"], txt[a:b]))
            per_turn.setdefault(s["turn"], []).append((a, b))
        for lst in per_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(r["id"] + ": overlapping spans")
        for g in groups:
            text = " ".join(r["turns"][s["turn"]]["text"][s["start"]:s["end"]] for s in g["spans"])
            e = validate(g["type"], text, g["canon"], g["rel"])
            if e:
                errs.append("%s: %s" % (r["id"], e))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    need = {t: 10 for t in TYPES}
    need.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t in TYPES:
        if counts[t] < need[t]:
            errs.append("too few %s spans: %d < %d" % (t, counts[t], need[t]))
    return errs, counts, npos, nneg


def main():
    data, rows, meta = build()
    if "--check" in sys.argv[1:]:
        errs, counts, npos, nneg = check(data, rows, meta)
        for e in errs[:50]:
            print("ERROR:", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print("wrote %d cases to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout383 held-out PII evaluation set.

Usage:
    python3 scripts/make_pii_holdout383.py          # write cases.jsonl
    python3 scripts/make_pii_holdout383.py --check  # regenerate and verify

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.
"""
import argparse
import json
import os
import re
import sys
import random

R = random.Random(383241125)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout383", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
         "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
CASUAL = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david",
          "e": "edward", "f": "freddie", "g": "george", "h": "harry",
          "j": "jack", "k": "king", "l": "london", "m": "mother",
          "n": "nelly", "p": "peter", "r": "robert", "s": "sugar",
          "t": "tommy", "w": "william", "x": "xmas", "y": "yellow",
          "z": "zebra"}
FILLERS = ["um", "uh", "er", "erm", "um", "uh"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
       "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
       "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
       "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth"]
STREET_SUFFIX = ["road", "street", "lane", "avenue", "close", "drive", "way",
                 "crescent", "terrace", "grove", "place", "court", "gardens",
                 "rd", "st", "ave", "blvd", "boulevard", "dr", "ln", "hill",
                 "row", "walk", "parade"]
STREETS = ["Acacia", "Mill", "Station", "Church", "Victoria", "Kingsley",
           "Meadow", "Orchard", "Beech", "Harcourt", "Maple", "Oak",
           "Elmwood", "Willow", "Granville", "Ashby", "Thornfield",
           "Pinecrest", "Riverside", "Hawthorn", "Sycamore", "Cedar",
           "Brookfield", "Fairview", "Lincoln", "Dorset", "Clarendon",
           "Abbey", "Park", "Castle"]

# ---------------------------------------------------------------- helpers

def ch(seq):
    return R.choice(seq)


def p(x):
    return R.random() < x


class V:
    """A labelled value segment."""
    def __init__(self, text, typ):
        self.text = text
        self.typ = typ


def turn(speaker, *segs):
    return (speaker, [s for s in segs if s != ""])


def zero_word(uk=True):
    return ch(["oh", "oh", "zero", "o"] + (["nought"] if uk else ["oh"]))


def unit_words(d, uk):
    return zero_word(uk) if d == "0" else UNITS[int(d)]


def pair_words(pr, uk):
    a, b = pr
    if a == "0":
        return zero_word(uk) + " " + UNITS[int(b)] if b != "0" else \
            "double " + zero_word(uk)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + UNITS[int(b)]


def say_digits_single(g, uk):
    out = []
    i = 0
    while i < len(g):
        run = 1
        while i + run < len(g) and g[i + run] == g[i] and run < 3:
            run += 1
        if run == 3 and p(0.6):
            out.append("triple " + unit_words(g[i], uk))
            i += 3
        elif run >= 2 and p(0.65):
            out.append("double " + unit_words(g[i], uk))
            i += 2
        else:
            out.append(unit_words(g[i], uk))
            i += 1
    return " ".join(out)


def say_group(g, uk=True, allow_pairs=True):
    """Speak a group of digits the way people read numbers aloud."""
    r = R.random()
    if (allow_pairs and len(g) == 3 and g[0] != "0" and g[2] != "0"
            and r < 0.2):
        tail = g[1:]
        tw = UNITS[int(g[2])] if g[1] == "0" else pair_words(tail, uk)
        return UNITS[int(g[0])] + " hundred " + ch(["and ", "and ", ""]) + tw
    if allow_pairs and len(g) % 2 == 0 and r < 0.45:
        prs = [g[i:i + 2] for i in range(0, len(g), 2)]
        words = []
        for k, pr in enumerate(prs):
            if pr[1] == "0" and pr[0] not in "01" and k == len(prs) - 1:
                words.append(UNITS[int(pr[0])] + " " + zero_word(uk))
            else:
                words.append(pair_words(pr, uk))
        return " ".join(words)
    return say_digits_single(g, uk)


def say_groups(groups, uk=True, filler=0.15, sep=None, allow_pairs=True):
    parts = []
    for k, g in enumerate(groups):
        w = say_group(g, uk, allow_pairs)
        if k and p(filler):
            parts.append(ch(FILLERS) + ch([" ", ", ", "... "]))
        parts.append(w)
        if k < len(groups) - 1:
            parts.append(sep if sep is not None else ch([" ", ", ", ", ", "... "]))
    s = "".join(parts)
    s = re.sub(r"\s+", " ", s).strip()
    return s


def say_letter(c, nato=0.4):
    c = c.lower()
    if p(nato) or c == "o":
        r = R.random()
        word = NATO[c] if (r < 0.6 or c not in CASUAL) else CASUAL[c]
        return c + ch([" for ", " as in ", " for "]) + word
    return c


def split_groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


def asr(s):
    return s


BACKCHANNEL = ["mhm", "go on", "yep", "okay", "uh huh", "yes", "right",
               "got that", "okay go on", "mm hm", "and the next bit"]

# ---------------------------------------------------------------- values

def luhn_complete(prefix, length):
    digits = prefix + "".join(str(R.randint(0, 9))
                              for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(digits + c):
            return digits + c
    raise RuntimeError


def luhn_ok(s):
    if not s.isdigit():
        return False
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def new_card():
    r = R.random()
    if r < 0.45:
        return luhn_complete("4" + str(R.randint(0, 9)), 16)
    if r < 0.7:
        return luhn_complete(str(R.randint(51, 55)), 16)
    if r < 0.78:
        return luhn_complete(ch(["2221", "2300", "2720", "2510"]), 16)
    if r < 0.88:
        return luhn_complete(ch(["34", "37"]), 15)
    if r < 0.93:
        return luhn_complete("6011", 16)
    if r < 0.97:
        return luhn_complete("4" + str(R.randint(0, 9)), 13)
    return luhn_complete(ch(["6759", "4"]), 19)


def card_groups(c):
    if len(c) == 15:
        return split_groups(c, [4, 6, 5])
    if len(c) == 13:
        return split_groups(c, [4, 3, 3, 3])
    return split_groups(c, [4, 4, 4, 4])


def card_typed(c):
    g = card_groups(c)
    r = R.random()
    if r < 0.35:
        return " ".join(g)
    if r < 0.55:
        return "-".join(g)
    if r < 0.75:
        return c
    if r < 0.85:
        return "  ".join(g)
    # odd grouping
    k = R.randint(5, 8)
    return c[:k] + " " + c[k:k + 5] + " " + c[k + 5:]


def new_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_PREFIX = ["AB", "CE", "JG", "KL", "NP", "PR", "SW", "TN", "WL", "ZX", "HT",
             "JM", "NE", "RA", "YE", "BM", "GH", "LS", "EW", "MK"]


def new_ni():
    return ch(NI_PREFIX) + "%06d" % R.randint(0, 999999) + ch("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


BANKLET = ["NWBK", "BARC", "LLYD", "HBUK", "MIDL", "BUKB", "AIBK", "BKIR",
           "ULSB", "PTSB", "ABNA", "INGB", "RABN", "TRWI"]


def new_iban():
    c = ch(["GB", "GB", "IE", "IE", "DE", "NL", "ES", "FR"])
    d = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if c in ("GB", "IE"):
        bank = ch(BANKLET[:10])
        bban = bank + d(6) + d(8)
    elif c == "DE":
        bban = d(18)
    elif c == "NL":
        bban = ch(["ABNA", "INGB", "RABN", "TRWI"]) + d(10)
    elif c == "ES":
        bban = d(20)
    else:
        bban = d(23)
    return c + iban_check(c, bban) + bban


def iban_typed(s):
    r = R.random()
    g = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if r < 0.55:
        out = g
    elif r < 0.8:
        out = s
    else:
        out = g
    if p(0.2):
        out = out.lower()
    return out


def new_phone():
    r = R.random()
    d = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if r < 0.3:
        m = "07" + str(R.choice([4, 5, 7, 8, 9])) + d(8)
        return ("uk_mob", m)
    if r < 0.45:
        return ("uk_land", ch(["020", "0161", "0113", "0131", "0117", "0121"]) + d(0))
    if r < 0.7:
        return ("us", str(R.randint(2, 9)) + d(2) + str(R.randint(2, 9)) + d(6))
    if r < 0.85:
        return ("ie", "08" + ch("35679") + d(7))
    return ("eu", ch(["+49151", "+336", "+3161", "+34612"]) + d(7))


def fmt_phone(kind, n, intl=None):
    """Return typed form of a phone number."""
    d = lambda k: "".join(str(R.randint(0, 9)) for _ in range(k))
    if kind == "uk_land":
        if n == "020":
            n = "020" + ch("378") + d(7)
        else:
            n = n + d(11 - len(n))
    if intl is None:
        intl = p(0.35)
    if kind in ("uk_mob", "uk_land"):
        if intl:
            rest = n[1:]
            return ch(["+44 " + rest[:4] + " " + rest[4:], "+44" + rest,
                       "+44 (0)" + rest[:4] + " " + rest[4:],
                       "0044 " + rest]), n
        if kind == "uk_mob":
            return ch([n[:5] + " " + n[5:], n, n[:5] + " " + n[5:8] + " " + n[8:],
                       n[:5] + "-" + n[5:]]), n
        if n.startswith("020"):
            return ch([n[:3] + " " + n[3:7] + " " + n[7:], n]), n
        return ch([n[:4] + " " + n[4:7] + " " + n[7:], n]), n
    if kind == "us":
        if intl:
            return ch(["+1 " + n[:3] + " " + n[3:6] + " " + n[6:],
                       "+1 (" + n[:3] + ") " + n[3:6] + "-" + n[6:],
                       "1-" + n[:3] + "-" + n[3:6] + "-" + n[6:]]), n
        return ch(["(" + n[:3] + ") " + n[3:6] + "-" + n[6:],
                   n[:3] + "-" + n[3:6] + "-" + n[6:],
                   n[:3] + "." + n[3:6] + "." + n[6:], n]), n
    if kind == "ie":
        if intl:
            return "+353 " + n[1:3] + " " + n[3:6] + " " + n[6:], n
        return ch([n[:3] + " " + n[3:6] + " " + n[6:], n]), n
    return n[:3] + " " + n[3:6] + " " + n[6:], n


def uk_postcode():
    area = ch(["SW", "NW", "M", "B", "LS", "EH", "G", "CF", "BS", "OX", "N",
               "E", "SE", "W", "BT", "NE", "L", "S", "CB", "RG", "DN", "PL"])
    dist = str(R.randint(1, 20)) if len(area) == 1 else str(R.randint(1, 9))
    if p(0.12) and len(area) == 2 and len(dist) == 1:
        dist += ch("AW")
    unit = ch("ABDEFGHJLNPQRSTUWXYZ") + ch("ABDEFGHJLNPQRSTUWXYZ")
    return area + dist + " " + str(R.randint(0, 9)) + unit


def us_zip():
    z = "%05d" % R.randint(1001, 99950)
    if p(0.2):
        z += "-%04d" % R.randint(1, 9999)
    return z


def say_alnum(s, uk=True, nato=0.3, filler=0.0):
    out = []
    for c in s:
        if c == " ":
            continue
        if c.isdigit():
            out.append(unit_words(c, uk))
        else:
            out.append(say_letter(c, nato))
        if filler and p(filler):
            out.append(ch(FILLERS))
    return " ".join(out)


def say_postcode(pc, uk=True):
    if not uk:
        z = pc.replace("-", "")
        gs = [z[:5]] + ([z[5:]] if len(z) > 5 else [])
        return say_groups(gs, uk=False, filler=0.0, sep=" dash " if len(gs) > 1 else " ")
    out, i = [], 0
    outward, inward = pc.split()
    parts = []
    # outward: letters then district
    j = 0
    while j < len(outward) and outward[j].isalpha():
        parts.append(say_letter(outward[j], 0.35))
        j += 1
    rest = outward[j:]
    num = "".join(c for c in rest if c.isdigit())
    if len(num) == 2 and p(0.5):
        parts.append(pair_words(num, uk) if num[0] != "0" else say_digits_single(num, uk))
    else:
        parts.extend(unit_words(c, uk) for c in num)
    for c in rest:
        if c.isalpha():
            parts.append(say_letter(c, 0.35))
    left = " ".join(parts)
    right = " ".join([unit_words(inward[0], uk)] +
                     [say_letter(c, 0.35) for c in inward[1:]])
    return left + ch([" ", ", ", " ", "... "]) + right


def new_address(uk=True):
    num = R.randint(1, 240) if uk else R.randint(10, 9800)
    street = ch(STREETS)
    suf = ch(["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Way",
              "Crescent", "Terrace", "Grove", "Gardens", "Place"]) if uk else \
        ch(["Street", "Avenue", "Ave", "Blvd", "Drive", "Lane", "Road", "St", "Dr"])
    flat = None
    if p(0.25):
        flat = R.randint(1, 40)
    return num, street, suf, flat


def address_typed(a, lower=False):
    num, street, suf, flat = a
    s = "%d %s %s" % (num, street, suf)
    if flat:
        s = ch(["Flat %d, " % flat, "Flat %d " % flat, "Apt %d, " % flat,
                "%d/" % flat]) + s if ch([0, 1]) else s + ch([" Apt %d" % flat, " Unit %d" % flat])
    return s.lower() if lower else s


def say_number(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        rest = n % 100
        return UNITS[n // 100] + " hundred" + ("" if rest == 0 else " and " + say_number(rest))
    s = str(n)
    # house numbers like 1420 read as "fourteen twenty"
    a, b = int(s[:-2]), int(s[-2:])
    if b == 0:
        return say_number(a) + " hundred"
    if b < 10:
        return say_number(a) + " oh " + UNITS[b]
    return say_number(a) + " " + say_number(b)


def address_spoken(a):
    num, street, suf, flat = a
    s = "%s %s %s" % (say_number(num), street.lower(), suf.lower())
    if flat:
        s = ch(["flat ", "apartment ", "flat number "]) + say_number(flat) + ch([", ", " "]) + s
    return s


def say_year(y):
    if y >= 2000:
        if y < 2010:
            return "two thousand and " + UNITS[y - 2000]
        return ch(["twenty ", "two thousand and "]) + say_number(y - 2000)
    return "nineteen " + say_number(y - 1900)


def new_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2006)


def dob_typed(d, us=False):
    dd, mm, yy = d
    r = R.random()
    mon = MONTHS[mm - 1].capitalize()
    if r < 0.3:
        return ("%02d/%02d/%d" % ((mm, dd, yy) if us else (dd, mm, yy)))
    if r < 0.45:
        return ("%d-%d-%02d" % ((mm, dd, yy % 100) if us else (dd, mm, yy % 100)))
    if r < 0.6:
        return "%d %s %d" % (dd, mon, yy) if not us else "%s %d, %d" % (mon, dd, yy)
    if r < 0.7:
        return "%02d.%02d.%d" % (dd, mm, yy)
    if r < 0.85:
        return "%d %s %d" % (dd, mon[:3], yy)
    return "%d-%02d-%02d" % (yy, mm, dd)


def dob_spoken(d, us=False):
    dd, mm, yy = d
    r = R.random()
    if r < 0.35:
        return "%s of %s %s" % (ORD[dd], MONTHS[mm - 1], say_year(yy))
    if r < 0.6:
        return "%s %s %s" % (MONTHS[mm - 1], ORD[dd] if p(0.5) else say_number(dd), say_year(yy))
    if r < 0.8:
        a, b = (mm, dd) if us else (dd, mm)
        return "%s %s %s" % (pair_words("%02d" % a, True) if a < 10 and p(0.5) else say_number(a),
                             pair_words("%02d" % b, True) if b < 10 and p(0.5) else say_number(b),
                             say_number(yy % 100) if yy % 100 >= 10 else "oh " + UNITS[yy % 10])
    return "%s of the %s, %s" % (ORD[dd], ORD[mm], say_year(yy))


def new_expiry():
    return R.randint(1, 12), R.randint(2025, 2032)


def expiry_typed(e):
    mm, yy = e
    return ch(["%02d/%02d" % (mm, yy % 100), "%02d/%d" % (mm, yy),
               "%02d-%02d" % (mm, yy % 100), "%d/%02d" % (mm, yy % 100),
               "%s %d" % (MONTHS[mm - 1][:3].capitalize(), yy),
               "%02d %02d" % (mm, yy % 100)])


def expiry_spoken(e):
    mm, yy = e
    r = R.random()
    if r < 0.4:
        return "%s %s" % ("oh " + UNITS[mm] if mm < 10 else say_number(mm), say_number(yy % 100))
    if r < 0.6:
        return "%s %s" % (MONTHS[mm - 1], say_year(yy) if p(0.5) else say_number(yy % 100))
    if r < 0.8:
        return "%s slash %s" % (say_number(mm) if mm >= 10 or p(0.5) else "oh " + UNITS[mm], say_number(yy % 100))
    return "%s %s" % ("zero " + UNITS[mm] if mm < 10 else say_number(mm), say_year(yy))


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom",
         "grace", "oluwaseun", "katie", "dave", "siobhan", "maria", "jan",
         "chloe", "raj", "emma", "sean", "lucy", "marek", "ana", "ben"]
LAST = ["doe", "smith", "okafor", "murphy", "patel", "jones", "obrien",
        "kowalski", "nguyen", "garcia", "walsh", "brown", "taylor", "khan",
        "fitzgerald", "evans", "byrne", "muller", "hughes", "lee"]
DOMAINS = [("gmail", "com"), ("hotmail", "co.uk"), ("yahoo", "com"),
           ("outlook", "com"), ("btinternet", "com"), ("icloud", "com"),
           ("eircom", "net"), ("aol", "com"), ("live", "ie"),
           ("sky", "com"), ("protonmail", "com"), ("web", "de")]


def new_email():
    f, l = ch(FIRST), ch(LAST)
    r = R.random()
    num = str(R.randint(1, 99)) if p(0.35) else ""
    if r < 0.3:
        local = f + "." + l + num
    elif r < 0.5:
        local = f[0] + "." + l + num
    elif r < 0.65:
        local = f + "_" + l + num
    elif r < 0.8:
        local = f + l + num
    else:
        local = l + "-" + f[0] + num
    dom, tld = ch(DOMAINS)
    return local, dom, tld


def email_typed(e):
    local, dom, tld = e
    s = local + "@" + dom + "." + tld
    r = R.random()
    if r < 0.15:
        s = s.capitalize()
    elif r < 0.25:
        s = local.replace(".", ".").title() + "@" + dom.capitalize() + "." + tld
    elif r < 0.3:
        s = s.upper()
    return s


def say_email_part(part):
    out = []
    for tok in re.findall(r"[a-z]+|\d+|[._\-]", part):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append(ch(["dash", "hyphen"]))
        elif tok.isdigit():
            n = int(tok)
            out.append(say_number(n) if n >= 10 and p(0.6) else
                       " ".join(UNITS[int(c)] for c in tok))
        elif len(tok) == 1:
            out.append(tok)
        else:
            out.append(tok)
    return " ".join(out)


def email_spoken(e):
    local, dom, tld = e
    return (say_email_part(local) + " at " + say_email_part(dom) + " dot " +
            say_email_part(tld))


# ---------------------------------------------------------------- context

INDUSTRY = {
    "banking": ["Harbourside Bank", "Northgate Building Society", "First Keystone Bank", "Lakeland Credit Union"],
    "telecom": ["Vectra Mobile", "Skyline Broadband", "Emerald Telecom", "Bluewave Fibre"],
    "utilities": ["Northern Power & Gas", "Anglian Water Services", "Liffey Energy", "BrightHome Energy"],
    "retail": ["Hartley & Rowe", "ShopDirect Online", "Cornerstone Outfitters", "Mapleleaf Home"],
    "insurance": ["Sentinel Insurance", "Greystone Mutual", "Claddagh Insure", "Beacon Life"],
    "travel": ["Skybridge Airways", "Atlantic Rail Holidays", "Continental Coaches", "SunSeeker Travel"],
    "healthcare": ["Riverbend Medical Billing", "St Brendan's Clinic Accounts", "MedFirst Billing", "CareWell Dental"],
    "government": ["the Vehicle Licensing Service", "City Council Revenues", "the Benefits Helpline", "Revenue Services"],
}


def company():
    ind = ch(list(INDUSTRY))
    return ind, ch(INDUSTRY[ind])


def greeting(asr_style):
    ind, co = company()
    if asr_style:
        g = ch(["thanks for calling %s my name's %s how can i help",
                "good morning %s you're speaking with %s",
                "hello you're through to %s this is %s how can i help today",
                "hi there %s %s speaking"])
        return ind, turn("agent", g % (co.lower(), ch(FIRST)))
    g = ch(["Hi, welcome to %s chat. I'm %s, how can I help?",
            "Hello and thanks for contacting %s. You're chatting with %s.",
            "%s support - %s here. What can I do for you today?"])
    return ind, turn("agent", g % (co, ch(FIRST).capitalize()))


def readback_prefix():
    return ch(["so that's ", "just to confirm that's ", "okay so ", "let me read that back ",
               "so i've got ", "that's "])


def readback_suffix():
    return ch([" is that right", " yeah", " correct", "", " have i got that right"])


def yes():
    return turn("customer", ch(["yes", "yeah that's right", "yep", "correct", "that's it", "yes spot on"]))


# ---------------------------------------------------------------- positives

def spoken_value(groups, typ, uk, filler=0.2, restart=False, aside=False):
    """Return list of segments for a spoken digit value (possibly with an
    aside splitting it into two spans)."""
    if aside and len(groups) >= 3:
        k = R.randint(1, len(groups) - 1)
        a = say_groups(groups[:k], uk, filler)
        b = say_groups(groups[k:], uk, filler)
        mid = ch([", sorry hang on the numbers are worn, ",
                  " ... just a sec the dog's barking ... ",
                  ", hold on let me get my glasses, ",
                  " ... sorry my bus is here ... ",
                  ", can you still hear me, yeah okay, "])
        return [V(a, typ), mid, V(b, typ)]
    s = say_groups(groups, uk, filler)
    if restart:
        k = R.randint(1, max(1, len(groups) - 1))
        false = say_groups(groups[:k], uk, 0.0)
        s = false + ch([", sorry, let me start again, ", " no wait, from the top, ",
                        " ... scratch that, start again, "]) + s
    return [V(s, typ)]


def pos_card():
    uk = p(0.6)
    c = new_card()
    g = card_groups(c)
    style = R.random()
    turns = []
    notes = []
    if style < 0.3:
        _, gt = greeting(False)
        turns.append(gt)
        ct = card_typed(c)
        lab = ch(["card no: ", "Card number ", "cc# ", "it's ", "Card: ", "here you go ", "long number is "])
        extra = []
        e = new_expiry()
        if p(0.5):
            extra += [ch([" exp ", " expiry ", ", expires ", " Exp: "]), V(expiry_typed(e), "EXPIRY")]
        if p(0.45):
            cv = "%04d" % R.randint(0, 9999) if len(c) == 15 else "%03d" % R.randint(0, 999)
            extra += [ch([" cvv ", " CVC: ", ", security code ", " sec code "]), V(cv, "CVV")]
        turns.append(turn("customer", ch(["", "ok ", "Sure, "]) + lab, V(ct, "CARD_NUMBER"), *extra))
        turns.append(turn("agent", ch(["Thanks, one moment while I process that.",
                                       "Thank you. Please don't share card details in chat in future - I'll mask it now.",
                                       "Got it, thanks."])))
        notes.append("typed card in chat")
    else:
        ind, gt = greeting(True)
        turns.append(gt)
        turns.append(turn("customer", ch(["hi i want to pay my bill", "yeah i need to make a payment",
                                          "i'd like to pay the outstanding balance",
                                          "hiya i'm ringing to pay for my order"])))
        turns.append(turn("agent", ch(["no problem can i take the long number across the front of the card",
                                       "okay what's the card number please",
                                       "sure go ahead with the sixteen digit number when you're ready"])))
        if style < 0.55:
            segs = spoken_value(g, "CARD_NUMBER", uk, filler=0.3,
                                restart=p(0.25), aside=p(0.25))
            turns.append(turn("customer", ch(["yeah it's ", "okay ", "right it's ", "um ", ""]), *segs))
            notes.append("spoken card in one turn")
        else:
            # split across turns with back-channels
            chunks = g if p(0.7) else [g[0] + g[1]] + g[2:]
            first = True
            for k, chunk in enumerate(chunks):
                pre = ch(["it's ", "okay ", "so ", ""]) if first else ch(["", "then ", "and ", "um "])
                turns.append(turn("customer", pre, V(say_groups([chunk], uk, 0.0), "CARD_NUMBER")))
                first = False
                if k < len(chunks) - 1:
                    turns.append(turn("agent", ch(BACKCHANNEL)))
            notes.append("spoken card split over %d turns" % len(chunks))
        if p(0.55):
            turns.append(turn("agent", readback_prefix(), V(say_groups(g, uk, 0.0, sep=" "), "CARD_NUMBER"),
                              readback_suffix()))
            turns.append(yes())
            notes.append("agent read-back")
        if p(0.6):
            e = new_expiry()
            turns.append(turn("agent", ch(["and the expiry date", "and when does it expire", "expiry please"])))
            turns.append(turn("customer", ch(["", "it's ", "um "]), V(expiry_spoken(e), "EXPIRY")))
            notes.append("expiry")
        if p(0.55):
            cv = "%04d" % R.randint(0, 9999) if len(c) == 15 else "%03d" % R.randint(0, 999)
            turns.append(turn("agent", ch(["and the last three digits on the back",
                                           "and the security code please", "and the cvv"])))
            turns.append(turn("customer", ch(["", "it's ", "that's "]), V(say_groups([cv], uk, 0.0), "CVV")))
            notes.append("cvv")
        if p(0.25):
            turns.append(turn("agent", "thank you that's gone through on the card ending ",
                              V(say_groups([c[-4:]], uk, 0.0), "CARD_NUMBER")))
            notes.append("last four after full card (labelled)")
    return turns, "card: " + ", ".join(notes)


def pos_ssn():
    s = new_ssn()
    g = [s[:3], s[3:5], s[5:]]
    turns = []
    r = R.random()
    if r < 0.35:
        _, gt = greeting(False)
        turns.append(gt)
        f = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s - %s - %s", "%s.%s.%s"]) % tuple(g)
        lab = ch(["SSN: ", "my social is ", "Social Security # ", "ssn ", "SS#: ", "last ssn i gave was wrong, correct one is "])
        turns.append(turn("customer", ch(["", "Sure. ", "ok "]) + lab, V(f, "SSN"),
                          ch(["", ".", " thanks", " - is that all you need?"])))
        turns.append(turn("agent", "Thanks, I've verified that against the account."))
        note = "typed SSN"
    else:
        _, gt = greeting(True)
        turns.append(gt)
        turns.append(turn("agent", ch(["for verification can i get your social security number",
                                       "can you confirm your social please",
                                       "i'll need the full ssn to pull up the claim"])))
        if r < 0.7:
            segs = spoken_value(g, "SSN", False, filler=0.3, restart=p(0.2), aside=p(0.15))
            turns.append(turn("customer", ch(["sure it's ", "yeah ", "okay ", "uh "]), *segs))
            note = "spoken SSN"
        else:
            for k, chunk in enumerate(g):
                turns.append(turn("customer", ch(["", "it's ", "um "]) if k == 0 else ch(["", "then "]),
                                  V(say_groups([chunk], False, 0.0), "SSN")))
                if k < 2:
                    turns.append(turn("agent", ch(BACKCHANNEL)))
            note = "SSN split over turns"
        if p(0.5):
            turns.append(turn("agent", readback_prefix(), V(say_groups(g, False, 0.0, sep=" "), "SSN"), readback_suffix()))
            turns.append(yes())
            note += " + read-back"
    return turns, note


def ni_typed(n):
    r = R.random()
    if r < 0.3:
        return n
    if r < 0.55:
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if r < 0.75:
        return n.lower()
    if r < 0.9:
        return n[:2] + " " + n[2:8] + " " + n[8]
    return n[:2].lower() + n[2:8] + n[8]


def ni_spoken(n, filler=0.15):
    parts = [say_letter(n[0], 0.35), say_letter(n[1], 0.35)]
    digits = n[2:8]
    parts.append(say_groups([digits[:2], digits[2:4], digits[4:]] if p(0.6) else [digits[:3], digits[3:]],
                            True, filler))
    parts.append(say_letter(n[8], 0.4))
    return ch([" ", ", "]).join(parts)


def pos_ni():
    n = new_ni()
    turns = []
    r = R.random()
    if r < 0.35:
        _, gt = greeting(False)
        turns.append(gt)
        lab = ch(["NI number: ", "my national insurance no is ", "NINO ", "NI no. ", "Nat ins: "])
        turns.append(turn("customer", ch(["", "Hi, ", "ok "]) + lab, V(ni_typed(n), "NI_NUMBER"),
                          ch(["", ".", " - I've had a letter about my tax code"])))
        turns.append(turn("agent", "Thank you, I can see your record now."))
        note = "typed NI number"
    else:
        _, gt = greeting(True)
        turns.append(gt)
        turns.append(turn("agent", ch(["can i take your national insurance number please",
                                       "what's your ni number", "and your national insurance number to confirm"])))
        if r < 0.75:
            turns.append(turn("customer", ch(["yeah it's ", "it's ", "um hang on, ", ""]), V(ni_spoken(n), "NI_NUMBER")))
            note = "spoken NI number"
        else:
            turns.append(turn("customer", ch(["it's ", "right ", ""]), V(say_letter(n[0], 0.5) + " " + say_letter(n[1], 0.5), "NI_NUMBER")))
            turns.append(turn("agent", ch(BACKCHANNEL)))
            turns.append(turn("customer", V(say_groups([n[2:5], n[5:8]], True, 0.2), "NI_NUMBER")))
            turns.append(turn("agent", ch(["and the letter at the end", "mhm and the last letter"])))
            turns.append(turn("customer", ch(["", "it's ", "that's "]), V(say_letter(n[8], 0.6), "NI_NUMBER")))
            note = "NI number split over turns"
        if p(0.45):
            turns.append(turn("agent", readback_prefix(), V(ni_spoken(n, 0.0), "NI_NUMBER"), readback_suffix()))
            turns.append(yes())
            note += " + read-back"
    return turns, note


def pos_phone():
    kind, n = new_phone()
    turns = []
    r = R.random()
    typed, natl = fmt_phone(kind, n)
    if r < 0.4:
        _, gt = greeting(False)
        turns.append(gt)
        lab = ch(["Best number to reach me is ", "call me on ", "mob: ", "Tel. ", "my new number is ", "ph "])
        turns.append(turn("customer", ch(["", "Please update my details. ", "ok "]) + lab, V(typed, "PHONE"),
                          ch(["", ".", " after 5pm", " (mobile)"])))
        turns.append(turn("agent", "Thanks, I've updated that for you."))
        return turns, "typed phone (%s)" % kind
    _, gt = greeting(True)
    turns.append(gt)
    turns.append(turn("agent", ch(["what's the best contact number for you", "can i take a phone number",
                                   "is there a number we can call you back on"])))
    digits = "".join(c for c in typed if c.isdigit())
    uk = kind != "us"
    pre = ""
    if typed.startswith("+") or typed.startswith("00"):
        if typed.startswith("+44") or typed.startswith("0044"):
            cc, rest = "44", digits[4:] if typed.startswith("0044") else digits[2:]
        elif typed.startswith("+353"):
            cc, rest = "353", digits[3:]
        elif typed.startswith("+1"):
            cc, rest = "1", digits[1:]
        else:
            cc = "".join(c for c in typed.split()[0] if c.isdigit())[:2]
            rest = digits[len(cc):]
        pre = ch(["plus ", "plus ", "double oh "]) + " ".join(UNITS[int(c)] for c in cc) + " "
        digits = rest
    if kind == "us":
        gs = [digits[-10:-7], digits[-7:-4], digits[-4:]] if len(digits) >= 10 else [digits]
        if len(digits) == 11:
            gs = [digits[0]] + gs
    elif len(digits) == 11:
        gs = [digits[:5], digits[5:8], digits[8:]]
    else:
        gs = [digits[:3], digits[3:6], digits[6:]]
    if r < 0.8:
        segs = spoken_value(gs, "PHONE", uk, 0.25, restart=p(0.15), aside=False)
        segs[0].text = pre + segs[0].text
        turns.append(turn("customer", ch(["yeah it's ", "it's ", "sure ", ""]), *segs))
        note = "spoken phone"
    else:
        turns.append(turn("customer", ch(["it's ", ""]), V(pre + say_groups([gs[0]], uk, 0), "PHONE")))
        for g in gs[1:]:
            turns.append(turn("agent", ch(BACKCHANNEL)))
            turns.append(turn("customer", V(say_groups([g], uk, 0), "PHONE")))
        note = "phone split over turns"
    if p(0.4):
        turns.append(turn("agent", readback_prefix(), V(pre + say_groups(gs, uk, 0, sep=" "), "PHONE"), readback_suffix()))
        turns.append(yes())
        note += " + read-back"
    return turns, note + " (%s)" % kind


def pos_email():
    e = new_email()
    turns = []
    if p(0.4):
        _, gt = greeting(False)
        turns.append(gt)
        turns.append(turn("customer", ch(["email is ", "Can you send it to ", "my email: ", "e-mail ", "pls use "]),
                          V(email_typed(e), "EMAIL"), ch(["", " thanks", ".", " instead of the old one"])))
        turns.append(turn("agent", "Done - you should get a confirmation email shortly."))
        return turns, "typed email"
    _, gt = greeting(True)
    turns.append(gt)
    turns.append(turn("agent", ch(["can i get an email address for the confirmation", "what email should we send it to",
                                   "and your email address please"])))
    turns.append(turn("customer", ch(["yeah it's ", "it's ", "um ", ""]), V(email_spoken(e), "EMAIL")))
    note = "spoken email"
    if p(0.4):
        turns.append(turn("agent", readback_prefix(), V(email_spoken(e), "EMAIL"), readback_suffix()))
        turns.append(yes())
        note += " + read-back"
    return turns, note


def pos_dob():
    d = new_dob()
    us = p(0.35)
    turns = []
    extra_note = ""
    if p(0.35):
        _, gt = greeting(False)
        turns.append(gt)
        turns.append(turn("agent", "Can you confirm your date of birth for security?"))
        turns.append(turn("customer", ch(["", "DOB ", "it's ", "Sure, "]), V(dob_typed(d, us), "DOB")))
        note = "typed DOB"
    else:
        _, gt = greeting(True)
        turns.append(gt)
        turns.append(turn("agent", ch(["can i just take your date of birth", "and your date of birth please",
                                       "for security what's your date of birth"])))
        turns.append(turn("customer", ch(["it's ", "yeah ", "um ", "", "it's the ", "the "]), V(dob_spoken(d, us), "DOB")))
        note = "spoken DOB"
    if p(0.35):
        if us:
            z = us_zip()
            turns.append(turn("agent", "and the zip code on the account"))
            turns.append(turn("customer", ch(["", "it's "]), V(say_postcode(z, False), "POSTCODE")))
        else:
            pc = uk_postcode()
            turns.append(turn("agent", "and the postcode"))
            turns.append(turn("customer", ch(["", "it's "]), V(say_postcode(pc, True), "POSTCODE")))
        extra_note = " + postcode"
    return turns, note + extra_note


def pos_address():
    uk = p(0.6)
    a = new_address(uk)
    pc = uk_postcode() if uk else us_zip()
    town = ch(["Leeds", "Manchester", "Bristol", "Croydon", "Edinburgh", "Cardiff", "Belfast"]) if uk else \
        ch(["Austin, TX", "Portland, OR", "Columbus, OH", "Tampa, FL", "Denver, CO"])
    turns = []
    if p(0.45):
        _, gt = greeting(False)
        turns.append(gt)
        lower = p(0.25)
        segs = [V(address_typed(a, lower), "ADDRESS"), ch([", ", " ", ",\n"]), town.lower() if lower else town,
                ch([", ", " ", "  "]), V(pc.lower() if lower else pc, "POSTCODE")]
        turns.append(turn("customer", ch(["New address: ", "I've moved to ", "Please deliver to ", "addr: ", ""]), *segs))
        turns.append(turn("agent", "Thanks, I've updated the delivery address."))
        return turns, "typed address + %s" % ("postcode" if uk else "zip")
    _, gt = greeting(True)
    turns.append(gt)
    turns.append(turn("agent", ch(["can i take the first line of the address", "what's the address for the account",
                                   "and the address where the meter is"])))
    if p(0.5):
        turns.append(turn("customer", ch(["it's ", "yeah ", "um "]), V(address_spoken(a), "ADDRESS"), " ",
                          town.lower().split(",")[0]))
        turns.append(turn("agent", ch(["and the postcode", "and the zip code", "lovely and the postcode"])))
        turns.append(turn("customer", ch(["", "it's ", "um "]), V(say_postcode(pc, uk), "POSTCODE")))
    else:
        turns.append(turn("customer", ch(["", "it's "]), V(address_spoken(a), "ADDRESS"), " in ",
                          town.lower().split(",")[0], ch([", ", " "]), V(say_postcode(pc, uk), "POSTCODE")))
    note = "spoken address + postcode"
    if p(0.4):
        turns.append(turn("agent", readback_prefix(), V(address_spoken(a), "ADDRESS"), readback_suffix()))
        turns.append(yes())
        note += " + read-back"
    return turns, note


def pos_bank():
    turns = []
    acct = "%08d" % R.randint(0, 99999999)
    us = p(0.25)
    if us:
        acct = str(R.randint(10 ** 9, 10 ** 12 - 1))
    sc = "%06d" % R.randint(10000, 999999)
    if p(0.45):
        _, gt = greeting(False)
        turns.append(gt)
        scf = ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        segs = [ch(["acct no: ", "Account number ", "a/c ", "acc # "]), V(acct, "BANK_ACCOUNT")]
        if not us:
            segs += [ch([" sort code ", ", s/c ", " SC: ", " sort "]), V(scf, "SORT_CODE")]
        turns.append(turn("customer", ch(["Refund to ", "Please pay into ", "Direct debit details - ", ""]), *segs))
        turns.append(turn("agent", "Thanks, the direct debit is set up."))
        return turns, "typed bank account" + ("" if us else " + sort code")
    _, gt = greeting(True)
    turns.append(gt)
    note = "spoken bank details"
    if not us:
        turns.append(turn("agent", "can i take the sort code first"))
        turns.append(turn("customer", ch(["yeah it's ", "", "um "]),
                          V(say_groups([sc[:2], sc[2:4], sc[4:]], True, 0.2), "SORT_CODE")))
        turns.append(turn("agent", "and the account number"))
    else:
        turns.append(turn("agent", "what's the checking account number"))
    gs = split_groups(acct, [4, 4]) if len(acct) == 8 else split_groups(acct, [3, 3, 3])
    if p(0.3):
        for k, g in enumerate(gs):
            turns.append(turn("customer", ("it's " if k == 0 else ""), V(say_groups([g], not us, 0), "BANK_ACCOUNT")))
            if k < len(gs) - 1:
                turns.append(turn("agent", ch(BACKCHANNEL)))
        note += " split"
    else:
        turns.append(turn("customer", ch(["it's ", "", "okay "]), *spoken_value(gs, "BANK_ACCOUNT", not us, 0.2, restart=p(0.15))))
    if p(0.4):
        turns.append(turn("agent", readback_prefix(), V(say_groups(gs, not us, 0, sep=" "), "BANK_ACCOUNT"), readback_suffix()))
        turns.append(yes())
        note += " + read-back"
    return turns, note


def pos_iban():
    ib = new_iban()
    turns = []
    if p(0.55):
        _, gt = greeting(False)
        turns.append(gt)
        turns.append(turn("customer", ch(["IBAN: ", "please refund to ", "iban ", "My IBAN is ", "Bank details: IBAN "]),
                          V(iban_typed(ib), "IBAN"), ch(["", ".", " BIC to follow", " thanks"])))
        turns.append(turn("agent", "Thanks, the refund will be sent in 3-5 working days."))
        return turns, "typed IBAN (%s)" % ib[:2]
    _, gt = greeting(True)
    turns.append(gt)
    turns.append(turn("agent", "can you read me the iban please"))
    chunks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    def say_chunk(c):
        if c.isdigit():
            return say_groups([c], True, 0.0)
        return " ".join(unit_words(x, True) if x.isdigit() else say_letter(x, 0.3) for x in c)
    spoken = ", ".join(say_chunk(c) for c in chunks)
    turns.append(turn("customer", ch(["okay it's ", "right ", ""]), V(spoken, "IBAN")))
    turns.append(turn("agent", "thank you"))
    return turns, "spoken IBAN (%s)" % ib[:2]


def pos_combo():
    """ID&V: DOB + phone or NI + postcode in one chat message."""
    turns = []
    _, gt = greeting(False)
    turns.append(gt)
    d = new_dob()
    pc = uk_postcode()
    n = new_ni()
    turns.append(turn("agent", "To verify you, please give your date of birth, postcode and NI number."))
    turns.append(turn("customer", ch(["dob ", "DOB: ", ""]), V(dob_typed(d), "DOB"), ch([", pc ", " / ", " postcode "]),
                      V(pc if p(0.6) else pc.lower().replace(" ", ""), "POSTCODE"), ch([", NI ", " / ni: ", " nino "]),
                      V(ni_typed(n), "NI_NUMBER")))
    turns.append(turn("agent", "Thank you, you're verified."))
    return turns, "ID&V combo: DOB + postcode + NI"


# ---------------------------------------------------------------- negatives

def rdig(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def neg_cases():
    gens = []

    def g_balance():
        amt = "%d,%03d.%02d" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99))
        return [turn("agent", "your current balance is %s%s and the minimum payment is %s%d.%02d" %
                     (ch(["£", "$", "€"]), amt, ch(["£", "$", "€"]), R.randint(5, 99), R.randint(0, 99))),
                turn("customer", "okay and when is that due")], "balance and minimum payment"

    def g_spoken_amount():
        n = R.randint(101, 999)
        return [turn("agent", "so the total comes to %s pounds %s" % (say_number(n), say_number(R.randint(10, 99)))),
                turn("customer", "four hundred? that's more than last month"),
                turn("agent", "it's because of the %d percent price rise in april" % R.randint(3, 12))], "spoken amount, percentage"

    def g_order():
        c = luhn_complete("4", 16)
        lab = ch(["order number", "tracking number", "reference number", "invoice number", "claim reference"])
        return [turn("customer", "my %s is %s" % (lab, " ".join(card_groups(c)))),
                turn("agent", "thanks i can see that %s" % ch(["order", "parcel", "claim", "invoice"]))], \
            "Luhn-valid 16 digits labelled as %s" % lab

    def g_order_spoken():
        digits = rdig(12)
        lab = ch(["order number", "reference", "ticket number", "booking reference", "case number"])
        return [turn("agent", "have you got the %s there" % lab),
                turn("customer", "yeah the %s is %s" % (lab, say_groups(split_groups(digits, [4, 4, 4]), True, 0.2))),
                turn("agent", "lovely let me pull that up")], "spoken %s read like a card" % lab

    def g_last4():
        l4 = rdig(4)
        if p(0.5):
            return [turn("agent", "i can see a payment from the card ending %s" % say_groups([l4], True, 0)),
                    turn("customer", "yeah that's my visa")], "card last four only (spoken)"
        return [turn("customer", "Can you charge the card ending in %s please?" % l4),
                turn("agent", "Sure, the Mastercard ending %s - done." % l4)], "card last four only (typed)"

    def g_meter():
        r = rdig(5)
        return [turn("agent", "can i take a meter reading while you're on"),
                turn("customer", "yeah the reading is %s" % say_groups([r], True, 0.2)),
                turn("agent", "and the meter serial number"),
                turn("customer", "it's %s%s" % (ch(["E", "K", "G4"]), rdig(8)))], "meter reading and serial"

    def g_flight():
        return [turn("customer", "I'm on flight %s%d on the %s, seat %d%s, gate %s%d" %
                     (ch(["BA", "EI", "FR", "UA", "LH"]), R.randint(10, 9999), ORD[R.randint(1, 28)],
                      R.randint(1, 40), ch("ABCDEF"), ch("ABC"), R.randint(1, 60))),
                turn("agent", "Thanks, and which room number were you in at the hotel?"),
                turn("customer", "Room %d" % R.randint(100, 1299))], "flight, seat, gate and room numbers"

    def g_times():
        return [turn("agent", "we're open from %d till %d monday to friday and %d to %d on saturdays" %
                     (R.randint(7, 9), R.randint(5, 8), R.randint(8, 10), R.randint(1, 4))),
                turn("customer", "and how long is the wait usually"),
                turn("agent", "about %d minutes at the moment" % R.randint(5, 45))], "opening hours, duration"

    def g_appt():
        return [turn("agent", "i can book you in on the %s of %s at %d %s" %
                     (ORD[R.randint(1, 28)], ch(MONTHS), R.randint(1, 11), ch(["am", "pm", "thirty"]))),
                turn("customer", "yeah the %s of %s works" % (ORD[R.randint(1, 28)], ch(MONTHS)))], "appointment date"

    def g_contract():
        return [turn("customer", "When does my contract end? I started on %02d/%02d/%d" %
                     (R.randint(1, 28), R.randint(1, 12), R.randint(2019, 2025))),
                turn("agent", "It runs for %d months, so it ends on %d %s %d." %
                     (ch([12, 18, 24, 36]), R.randint(1, 28), ch(MONTHS).capitalize(), R.randint(2025, 2028)))], \
            "contract dates"

    def g_age():
        return [turn("customer", "my son is %s and my mum is %s, can they both go on the policy" %
                     (say_number(R.randint(10, 19)), say_number(R.randint(60, 89)))),
                turn("agent", "yes anyone over %d can be added" % R.randint(16, 18))], "ages"

    def g_temp():
        return [turn("customer", "the boiler's only getting to %d degrees and the pressure is %d.%d bar" %
                     (R.randint(30, 60), R.randint(0, 2), R.randint(0, 9))),
                turn("agent", "it should be around %d so i'll book an engineer" % R.randint(60, 75))], "temperatures"

    def g_policy():
        return [turn("customer", "Policy number %s-%s-%s" % (ch(["POL", "HM", "MTR"]), rdig(6), rdig(3))),
                turn("agent", "Thanks, and the claim number?"),
                turn("customer", "CLM%s" % rdig(9))], "policy and claim numbers"

    def g_serial():
        return [turn("customer", "the router model is %s%d and the serial is %s" %
                     (ch(["HG", "TG", "VMDG"]), R.randint(100, 999), rdig(14))),
                turn("agent", "thanks that's the older model")], "model and serial numbers (long digit string)"

    def g_road():
        return [turn("customer", "i broke down on the %s near junction %d" % (ch(["M25", "M6", "A40", "N7", "I-95", "Route 66", "A1(M)"]), R.randint(1, 30))),
                turn("agent", "okay we'll get someone to you within %d minutes" % R.randint(30, 90))], "road names and junctions"

    def g_years():
        return [turn("customer", "i've been a customer since %s" % say_year(R.randint(1990, 2020))),
                turn("agent", "thank you for your loyalty since %d, you've made %d payments" % (R.randint(1990, 2020), R.randint(12, 300)))], "years and counts"

    def g_tracking():
        return [turn("customer", "tracking %s still says in transit" % ("1Z" + rdig(2) + ch(["AA", "XE"]) + rdig(10))),
                turn("agent", "i can see it's at the depot, reference %s" % rdig(18))], "tracking and reference numbers"

    def g_phonelike_ref():
        return [turn("agent", "your ticket number is %s %s %s" % (rdig(3), rdig(3), rdig(4))),
                turn("customer", "sorry can you repeat the ticket number"),
                turn("agent", "yes ticket %s" % say_groups([rdig(3), rdig(3), rdig(4)], True, 0))], "ticket number shaped like a phone number"

    def g_data():
        return [turn("customer", "I've used %d.%dGB of my %dGB allowance and it's only the %s" %
                     (R.randint(1, 99), R.randint(0, 9), ch([50, 100, 150]), ORD[R.randint(1, 28)])),
                turn("agent", "You have %d days left in the cycle and %d%% remaining." % (R.randint(1, 29), R.randint(1, 99)))], "data usage counts"

    def g_price():
        return [turn("customer", "the price on the website was %s%d.99 but i was charged %s%d.49" %
                     (ch(["£", "$", "€"]), R.randint(10, 999), ch(["£", "$", "€"]), R.randint(10, 999))),
                turn("agent", "i'll refund the difference, invoice INV-%s" % rdig(7))], "prices and invoice number"

    def g_account_ref():
        return [turn("agent", "your customer reference is %s" % say_groups(split_groups(rdig(10), [4, 3, 3]), True, 0.2)),
                turn("customer", "and that's the reference not my account number yeah"),
                turn("agent", "that's right just the reference")], "spoken customer reference"

    gens = [g_balance, g_spoken_amount, g_order, g_order_spoken, g_last4, g_meter, g_flight, g_times, g_appt,
            g_contract, g_age, g_temp, g_policy, g_serial, g_road, g_years, g_tracking, g_phonelike_ref,
            g_data, g_price, g_account_ref]
    return gens


# ---------------------------------------------------------------- building

INTENTS_ASR = ["hi yeah i'm calling about my account", "hiya i need to update some details",
               "hello i've got a query about a payment", "yeah hi it's about the letter you sent me",
               "hi i'm trying to sort out a refund"]


def build_case(cid, kind, turns, note):
    out_turns, spans = [], []
    if len(turns) > 1 and turns[0][0] == "agent" and turns[1][0] == "agent":
        turns = [turns[0], turn("customer", ch(INTENTS_ASR))] + list(turns[1:])
    for ti, (speaker, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                start = len(text)
                text += s.text
                spans.append({"turn": ti, "start": start, "end": len(text), "type": s.typ})
            else:
                text += s
        out_turns.append({"speaker": speaker, "text": text})
    return {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}


def generate():
    cases = []
    plan = ([pos_card] * 52 + [pos_ssn] * 25 + [pos_ni] * 24 + [pos_phone] * 20 +
            [pos_email] * 14 + [pos_dob] * 14 + [pos_address] * 18 + [pos_bank] * 16 +
            [pos_iban] * 13 + [pos_combo] * 6)
    R.shuffle(plan)
    for i, fn in enumerate(plan, 1):
        turns, note = fn()
        cases.append(build_case("h383-pos-%03d" % i, "positive", turns, note))
    gens = neg_cases()
    for i in range(1, 116):
        turns, note = ch(gens)()
        cases.append(build_case("h383-neg-%03d" % i, "negative", turns, note))
    return cases


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in cases)


# ---------------------------------------------------------------- checking

SKIP = {"um", "uh", "er", "erm", "sorry", "let", "me", "start", "again", "no", "wait", "from",
        "the", "top", "scratch", "that", "and", "dash", "slash", "plus"}
RESET = {"again", "top"}
UNIT_IDX = {w: i for i, w in enumerate(UNITS)}
ZEROS = {"oh", "o", "zero", "nought"}


def norm_spoken(text, letters=True):
    """Normalise a spoken or typed value to a string of digits/letters.
    Returns None on an unknown token."""
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif letters and t == "o" and nxt in ("for", "as"):
            out.append("O")
            i += 3 if nxt == "for" else 4
            continue
        elif t in ZEROS:
            out.append("0")
        elif t in UNIT_IDX:
            out.append(str(UNIT_IDX[t]))
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            if nxt in UNIT_IDX and nxt != "zero":
                out.append(str(TENS.index(t)) + str(UNIT_IDX[nxt]))
                i += 1
            else:
                out.append(str(TENS.index(t)) + "0")
        elif t in ("double", "triple"):
            k = 2 if t == "double" else 3
            i += 1
            sub = norm_spoken(toks[i], letters)
            if sub is None or len(sub) != 1:
                return None
            out.append(sub * k)
        elif t == "hundred":
            if not out or len(out[-1]) != 1:
                return None
            h = out.pop()
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            if j < len(toks) and (toks[j] in TEENS or (toks[j] in TENS and toks[j])):
                rest = norm_spoken(" ".join(toks[j:j + 2]), letters) if toks[j] in TENS else str(10 + TEENS.index(toks[j]))
                if toks[j] in TENS:
                    step = 2 if (j + 1 < len(toks) and toks[j + 1] in UNIT_IDX and toks[j + 1] != "zero") else 1
                    rest = norm_spoken(" ".join(toks[j:j + step]), letters)
                    j += step
                else:
                    j += 1
                out.append(h + rest)
            elif j < len(toks) and toks[j] in UNIT_IDX:
                out.append(h + "0" + str(UNIT_IDX[toks[j]]))
                j += 1
            else:
                out.append(h + "00")
            i = j
            continue
        elif t in RESET:
            out = []
        elif t in SKIP:
            pass
        elif letters and len(t) == 1:
            out.append(t.upper())
            if nxt == "for" or (nxt == "as" and i + 2 < len(toks) and toks[i + 2] == "in"):
                i += 3 if nxt == "for" else 4
                continue
        else:
            return None
        i += 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")


def valid_digits(s, lo, hi):
    return s is not None and s.isdigit() and lo <= len(s) <= hi


def validate(typ, texts):
    """texts: list of span texts making up one value."""
    joined = " ".join(texts)
    if typ == "EMAIL":
        s = joined.lower()
        if "@" not in s:
            rep = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
            toks = []
            for t in s.split():
                if t in rep:
                    toks.append(rep[t])
                elif t in UNIT_IDX:
                    toks.append(str(UNIT_IDX[t]))
                elif t in TEENS or t in TENS[2:]:
                    toks.append(t)
                else:
                    toks.append(t)
            # numbers said as words
            s2 = " ".join(toks)
            s2 = re.sub(r"\b(%s)\b(?: (\d))?" % "|".join(TENS[2:]),
                        lambda m: str(TENS.index(m.group(1))) + (m.group(2) or "0"), s2)
            s2 = re.sub(r"\b(%s)\b" % "|".join(TEENS), lambda m: str(10 + TEENS.index(m.group(1))), s2)
            s = s2.replace(" ", "")
        return re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z]{2,})+", s) is not None
    if typ == "ADDRESS":
        s = joined.lower()
        return (re.match(r"^(flat|apt|apartment|unit|\d|%s)" % "|".join(UNITS[1:] + TEENS + TENS[2:]), s) is not None
                and any(re.search(r"\b%s\b" % x, s) for x in STREET_SUFFIX))
    if typ in ("DOB", "EXPIRY"):
        s = joined.lower()
        if any(m in s or m[:3] in s.split() for m in MONTHS):
            return bool(re.search(r"\d|%s" % "|".join(UNITS + TEENS + TENS[2:] + ORD[1:]), s))
        if re.fullmatch(r"\d{1,4}[/\-. ]\d{1,2}([/\-. ]\d{2,4})?", s):
            return True
        if any(o in s for o in ORD[1:]):
            return True
        n = norm_spoken(s.replace("slash", " ").replace("thousand", " "), letters=False)
        return n is not None and n.isdigit() and 3 <= len(n) <= 10
    if re.search(r"\d", joined):
        # typed form: strip separators
        n = re.sub(r"[^0-9A-Za-z]", "", joined).upper()
    else:
        n = norm_spoken(joined, letters=typ in ("NI_NUMBER", "POSTCODE", "IBAN"))
    if typ == "PHONE" and n and n.startswith("00"):
        n = n[2:]
    if n is None:
        return False
    if typ == "CARD_NUMBER":
        return valid_digits(n, 13, 19) and luhn_ok(n)
    if typ == "CVV":
        return valid_digits(n, 3, 4)
    if typ == "SSN":
        return valid_digits(n, 9, 9) and n[:3] not in ("000", "666") and n[0] != "9"
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n) is not None
    if typ == "SORT_CODE":
        return valid_digits(n, 6, 6)
    if typ == "BANK_ACCOUNT":
        return valid_digits(n, 8, 12)
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        return valid_digits(n, 10, 13)
    if typ == "POSTCODE":
        return UK_PC.match(n) is not None or re.fullmatch(r"\d{5}(\d{4})?", n) is not None
    return False


def partition_ok(typ, texts):
    """Spans of one type in a case must partition into valid values (a value
    split across turns or around an aside is several spans)."""
    if not texts:
        return True
    if typ == "CARD_NUMBER":
        # last four after full card was read in the same case
        full = []
    for k in range(1, len(texts) + 1):
        if validate(typ, texts[:k]) and partition_ok(typ, texts[k:]):
            return True
    if typ == "CARD_NUMBER":
        n = norm_spoken(texts[0], False)
        if n and len(n) == 4 and n.isdigit():
            # a stand-alone last-four is only labelled after a full card
            return partition_ok(typ, texts[1:])
    return False


def check(cases, text):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        on_disk = fh.read()
    if on_disk != text:
        errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for c in cases:
        if c["kind"] == "negative":
            nneg += 1
            if c["spans"]:
                errs.append("%s: negative with spans" % c["id"])
            continue
        npos += 1
        if not c["spans"]:
            errs.append("%s: positive without spans" % c["id"])
        by_turn = {}
        for s in c["spans"]:
            t = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                errs.append("%s: offsets out of range" % c["id"])
                continue
            v = t[s["start"]:s["end"]]
            if not (v[0].isalnum() or v[0] in "+("):
                errs.append("%s: span starts on %r" % (c["id"], v[0]))
            if not v[-1].isalnum():
                errs.append("%s: span ends on %r" % (c["id"], v[-1]))
            if s["start"] > 0 and t[s["start"] - 1].isalnum():
                errs.append("%s: span not on word boundary (start)" % c["id"])
            if s["end"] < len(t) and t[s["end"]].isalnum():
                errs.append("%s: span not on word boundary (end)" % c["id"])
            if s["type"] not in counts:
                errs.append("%s: bad type %s" % (c["id"], s["type"]))
                continue
            counts[s["type"]] += 1
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for tn, lst in by_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if a[1] > b[0]:
                    errs.append("%s: overlapping spans in turn %d" % (c["id"], tn))
        spans = sorted(c["spans"], key=lambda s: (s["turn"], s["start"]))
        for typ in TYPES:
            texts = [c["turns"][s["turn"]]["text"][s["start"]:s["end"]] for s in spans if s["type"] == typ]
            if not partition_ok(typ, texts):
                errs.append("%s: %s values fail validation: %r" % (c["id"], typ, texts))
    mins = {t: 10 for t in TYPES}
    mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, m in mins.items():
        if counts[t] < m:
            errs.append("too few %s spans: %d < %d" % (t, counts[t], m))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d positive, %d negative" % (npos, nneg))
    return errs, counts, npos, nneg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    cases = generate()
    text = serialise(cases)
    if args.check:
        errs, counts, npos, nneg = check(cases, text)
        for e in errs:
            print("ERROR:", e)
        print("positive=%d negative=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            return 1
        print("CHECK OK")
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print("wrote %d cases to %s" % (len(cases), OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

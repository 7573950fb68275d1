#!/usr/bin/env python3
"""Generate the held-out PII evaluation set tests/fixtures/pii_holdout211.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  Usage:
    python scripts/make_pii_holdout211.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout211.py --check  # regenerate, compare, validate
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 211241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout211")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

rng = random.Random(SEED)

# ---------------------------------------------------------------- spoken helpers
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
HOMO = {"4": ["for"], "2": ["to", "too"], "8": ["ate"], "1": ["won"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first",
       "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango",
        "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
NATO_ALT = {"b": "bob", "s": "sugar", "m": "mother", "p": "peter", "t": "tom", "c": "charlie",
            "d": "david", "e": "edward", "h": "harry", "j": "john", "k": "king", "n": "nancy",
            "r": "robert", "w": "william", "a": "apple", "g": "george", "l": "london",
            "y": "yellow", "z": "zebra", "x": "xray", "f": "freddie"}
FILLERS = ["um", "uh", "er", "erm"]


def zero_word():
    return rng.choice(["oh", "oh", "zero", "o", "nought"])


def say_digits(s, doubles=True, homophones=False, filler=False):
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        w = zero_word() if d == "0" else UNITS[int(d)]
        if homophones and d in HOMO and rng.random() < 0.35:
            w = rng.choice(HOMO[d])
        if doubles and run == 3 and rng.random() < 0.6:
            out.append("triple " + (zero_word() if d == "0" else UNITS[int(d)]))
            i += 3
        elif doubles and run >= 2 and rng.random() < 0.6:
            out.append("double " + (zero_word() if d == "0" else UNITS[int(d)]))
            i += 2
        else:
            out.append(w)
            i += 1
        if filler and i < len(s) and rng.random() < 0.08:
            out.append(rng.choice(FILLERS))
    return " ".join(out)


def pair_words(two):
    a, b = int(two[0]), int(two[1])
    if a == 0:
        return zero_word() + " " + UNITS[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + UNITS[b]


def say_pairs(s):
    parts = [pair_words(s[i:i + 2]) for i in range(0, len(s) - 1, 2)]
    if len(s) % 2:
        parts.append(say_digits(s[-1]))
    return " ".join(parts)


def say_mixed(s):
    """groups of 4 read as two pairs or as digits, like people read cards."""
    out = []
    for i in range(0, len(s), 4):
        g = s[i:i + 4]
        if len(g) == 4 and rng.random() < 0.45 and g[0] != "0" and g[2] != "0":
            out.append(say_pairs(g))
        else:
            out.append(say_digits(g))
    return " ".join(out)


def say_letter(ch, nato_p=0.4):
    c = ch.lower()
    if c == "o":
        return "o for " + rng.choice(["oscar", "orange"])
    r = rng.random()
    if r < nato_p and c in NATO:
        return c + " for " + (NATO[c] if rng.random() < 0.6 else NATO_ALT.get(c, NATO[c]))
    return c


def say_alnum(s, nato_p=0.3):
    out = []
    buf = ""
    for ch in s:
        if ch == " ":
            continue
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                out.append(say_digits(buf))
                buf = ""
            out.append(say_letter(ch, nato_p))
    if buf:
        out.append(say_digits(buf))
    return " ".join(out)


def num_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        h, r = divmod(n, 100)
        if r == 0:
            return UNITS[h] + " hundred"
        return UNITS[h] + " " + (pair_words("%02d" % r))
    return say_pairs("%04d" % n)

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


def make_card():
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19"])
    if kind == "visa":
        body, n = "4" + "".join(rng.choice("0123456789") for _ in range(2)), 16
    elif kind == "visa19":
        body, n = "4" + "".join(rng.choice("0123456789") for _ in range(2)), rng.choice([13, 19])
    elif kind == "mc":
        body, n = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        body, n = rng.choice(["34", "37"]), 15
    else:
        body, n = "6011", 16
    while len(body) < n - 1:
        body += rng.choice("0123456789")
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


def typed_card(d):
    g = card_groups(d)
    r = rng.random()
    if r < 0.35:
        return " ".join(g)
    if r < 0.55:
        return "-".join(g)
    if r < 0.7:
        return d
    if r < 0.8:
        return ".".join(g)
    if r < 0.9:
        return "  ".join(g)
    return " - ".join(g)


def make_cvv(amex=False):
    return "".join(rng.choice("0123456789") for _ in range(4 if amex else 3))


def make_expiry():
    return rng.randint(1, 12), rng.randint(26, 32)


def typed_expiry(m, y):
    return rng.choice(["%02d/%02d" % (m, y), "%d/%02d" % (m, y), "%02d/20%02d" % (m, y),
                       "%02d-%02d" % (m, y), "%s %02d" % (MON3[m - 1].capitalize(), y),
                       "%02d / %02d" % (m, y), "%02d%02d" % (m, y)])


def spoken_expiry(m, y):
    r = rng.random()
    if r < 0.35:
        return ("%s %s" % (zero_word(), UNITS[m]) if m < 10 else TEENS[m - 10]) + " " + pair_words("%02d" % y)
    if r < 0.6:
        return MONTHS[m - 1] + " " + pair_words("%02d" % y)
    if r < 0.8:
        return MONTHS[m - 1] + " twenty " + pair_words("%02d" % y)
    return num_words(m) + " " + pair_words("%02d" % y)


def make_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def typed_ssn(s):
    return rng.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s",
                       "%s/%s/%s"]) % (s[:3], s[3:5], s[5:])


NI_BAD1 = set("DFIQUVO")
NI_BAD2 = set("DFIQUVO")
NI_BADP = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def make_ni():
    while True:
        a = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in NI_BADP:
            break
    return a + b + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def typed_ni(n):
    r = rng.random()
    p, d, s = n[:2], n[2:8], n[8]
    if r < 0.3:
        t = "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s)
    elif r < 0.5:
        t = n
    elif r < 0.65:
        t = "%s%s %s" % (p, d, s)
    elif r < 0.8:
        t = "%s-%s-%s-%s-%s" % (p, d[:2], d[2:4], d[4:], s)
    else:
        t = "%s %s %s" % (p, d, s)
    return t.lower() if rng.random() < 0.3 else t


def spoken_ni(n):
    p, d, s = n[:2], n[2:8], n[8]
    r = rng.random()
    if r < 0.4:
        digits = say_pairs(d)
    else:
        digits = say_digits(d)
    return "%s %s %s %s" % (say_letter(p[0], 0.5), say_letter(p[1], 0.5), digits,
                            say_letter(s, 0.5))


def make_account(us=False):
    n = rng.choice([10, 11, 12]) if us else 8
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def make_sort():
    return "%02d%02d%02d" % (rng.choice([20, 40, 30, 60, 77, 83, 9, 11, 16, 23, 52, 90, 93, 98]),
                             rng.randint(0, 99), rng.randint(0, 99))


def typed_sort(s):
    return rng.choice(["%s-%s-%s", "%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s / %s / %s"]) % (
        s[:2], s[2:4], s[4:])


def iban_fix(cc, bban):
    conv = "".join(str(int(ch, 36)) for ch in bban + cc) + "00"
    return cc + "%02d" % (98 - int(conv) % 97) + bban


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def make_iban():
    cc = rng.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IE", "GB"])
    dg = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "FR":
        bban = dg(23)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    else:
        bban = dg(20)
    return iban_fix(cc, bban)


def typed_iban(i):
    r = rng.random()
    if r < 0.5:
        t = " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    elif r < 0.8:
        t = i
    else:
        t = "-".join(i[k:k + 4] for k in range(0, len(i), 4))
    return t.lower() if rng.random() < 0.2 else t


def make_phone():
    kind = rng.choice(["ukmob", "ukmob", "ukland", "us", "us", "ie", "ukintl", "usintl", "ieintl"])
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if kind == "ukmob":
        return kind, "07" + rng.choice("3456789") + d(8)
    if kind == "ukland":
        return kind, rng.choice(["0161", "0113", "0121", "0117", "0141", "0131"]) + d(7)
    if kind == "us":
        return kind, str(rng.randint(2, 9)) + d(2) + str(rng.randint(2, 9)) + d(6)
    if kind == "ie":
        return kind, "08" + rng.choice("35679") + d(7)
    if kind == "ukintl":
        return kind, "+447" + rng.choice("3456789") + d(8)
    if kind == "usintl":
        return kind, "+1" + str(rng.randint(2, 9)) + d(2) + str(rng.randint(2, 9)) + d(6)
    return kind, "+3538" + rng.choice("35679") + d(7)


def typed_phone(kind, p):
    r = rng.random()
    if kind == "ukmob":
        return rng.choice([p, p[:5] + " " + p[5:], p[:5] + " " + p[5:8] + " " + p[8:],
                           p[:5] + "-" + p[5:]])
    if kind == "ukland":
        return rng.choice([p, "(%s) %s %s" % (p[:4], p[4:7], p[7:]), p[:4] + " " + p[4:]])
    if kind == "us":
        return rng.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                           "%s.%s.%s" % (p[:3], p[3:6], p[6:]), p])
    if kind == "ie":
        return rng.choice([p, "%s %s %s" % (p[:3], p[3:6], p[6:]), "%s-%s" % (p[:3], p[3:])])
    if kind == "ukintl":
        return rng.choice([p, "+44 %s %s" % (p[3:7], p[7:]), "+44 (0)%s %s" % (p[3:7], p[7:]),
                           "0044 %s %s" % (p[3:7], p[7:])])
    if kind == "usintl":
        return rng.choice([p, "+1 (%s) %s-%s" % (p[2:5], p[5:8], p[8:]), "+1-%s-%s-%s" % (p[2:5], p[5:8], p[8:])])
    return rng.choice([p, "+353 %s %s %s" % (p[4:6], p[6:9], p[9:]), "00353 %s %s" % (p[4:6], p[6:])])


def spoken_phone(kind, p):
    pre = ""
    if p.startswith("+"):
        pre = rng.choice(["plus ", "plus ", "double oh "])
        if pre == "double oh ":
            pass
        p = p[1:]
    if kind == "us" and rng.random() < 0.4:
        return say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_pairs(p[6:])
    if rng.random() < 0.3 and len(p) >= 10:
        return pre + say_digits(p[:5], homophones=True) + " " + say_mixed(p[5:])
    return pre + say_digits(p, homophones=True, filler=True)


FIRST = ["john", "sarah", "aoife", "liam", "priya", "mohammed", "emma", "ciaran", "grace", "tom",
         "niamh", "david", "fatima", "oliver", "chloe", "sean", "maria", "jamal", "katie", "ravi"]
LAST = ["murphy", "smith", "okafor", "kelly", "patel", "byrne", "walsh", "nguyen", "jones",
        "obrien", "garcia", "hughes", "kowalski", "taylor", "doyle", "khan", "brennan", "lee"]
DOMS = ["gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.com", "eircom.net", "icloud.com",
        "btinternet.com", "aol.com", "protonmail.com", "live.ie", "comcast.net"]


def make_email():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    r = rng.random()
    if r < 0.25:
        local = f + "." + l
    elif r < 0.45:
        local = f[0] + l + str(rng.randint(1, 99))
    elif r < 0.6:
        local = f + "_" + l
    elif r < 0.75:
        local = l + f[0] + str(rng.randint(70, 99))
    else:
        local = f + l[:3]
    return local + "@" + rng.choice(DOMS)


def typed_email(e):
    r = rng.random()
    if r < 0.15:
        loc, dom = e.split("@")
        return loc[0].upper() + loc[1:] + "@" + dom.capitalize()
    if r < 0.22:
        return e.upper()
    if r < 0.3:
        return e.replace("@", " @ ")
    if r < 0.36:
        return e.replace("@", "[at]")
    return e


def spoken_email(e):
    out = []
    loc, dom = e.split("@")
    for part in re.split(r"([._])", loc):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part.isdigit():
            out.append(say_digits(part, doubles=False))
        else:
            m = re.match(r"([a-z]+)(\d*)$", part)
            w = m.group(1)
            if len(w) <= 2 or rng.random() < 0.2:
                out.append(" ".join(w))
            else:
                out.append(w)
            if m.group(2):
                out.append(say_digits(m.group(2), doubles=False))
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def make_dob():
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1938, 2005)


def typed_dob(d, m, y):
    return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y),
                       "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                       "%s %d %d" % (MON3[m - 1].capitalize(), d, y), "%02d/%02d/%02d" % (d, m, y % 100),
                       "%d%s %s %d" % (d, "th" if d not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d], MON3[m - 1], y),
                       "%02d%02d%d" % (d, m, y)])


def spoken_dob(d, m, y, us=False):
    yr = say_pairs(str(y)) if y < 2000 else rng.choice(["two thousand and " + num_words(y - 2000),
                                                        "two thousand " + num_words(y - 2000)])
    r = rng.random()
    if us or r < 0.3:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], yr)
    if r < 0.7:
        return "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], yr)
    return "%s %s %s" % (ORD[d - 1], MONTHS[m - 1], yr)


UK_AREAS = ["SW", "SE", "N", "E", "W", "M", "B", "LS", "G", "EH", "CF", "BT", "L", "NE", "BS",
            "CB", "OX", "RG", "S", "NG", "LE", "CV", "BN", "PL", "EX", "AB", "DD", "KY"]
PC_TAIL = "ABDEFGHJLNPQRSTUWXYZ"


def make_postcode(us=False):
    if us:
        z = "%05d" % rng.randint(1001, 99950)
        if rng.random() < 0.25:
            z += "-%04d" % rng.randint(1, 9999)
        return z
    a = rng.choice(UK_AREAS)
    dist = str(rng.randint(1, 28 if len(a) == 2 else 9))
    if a in ("SW", "W", "E", "N") and rng.random() < 0.3:
        dist = str(rng.randint(1, 9)) + rng.choice("ABCH")
    return a + dist + " " + str(rng.randint(0, 9)) + rng.choice(PC_TAIL) + rng.choice(PC_TAIL)


def typed_postcode(p):
    r = rng.random()
    if r < 0.25:
        return p.lower()
    if r < 0.4:
        return p.replace(" ", "")
    return p


STREETS = ["mill", "church", "station", "victoria", "park", "high", "oak", "maple", "cedar",
           "kingsway", "orchard", "elm", "riverside", "abbey", "green", "castle", "willow", "main"]
SUFF_UK = ["road", "street", "lane", "avenue", "close", "drive", "crescent", "way", "grove",
           "terrace", "gardens", "place"]
SUFF_US = ["street", "avenue", "boulevard", "drive", "road", "court", "lane", "parkway"]
SUFF_ABBR = {"road": "Rd", "street": "St", "avenue": "Ave", "drive": "Dr", "lane": "Ln",
             "boulevard": "Blvd", "court": "Ct", "parkway": "Pkwy", "close": "Cl", "crescent": "Cres"}


def make_address(us=False):
    if us:
        n = rng.randint(100, 9899)
        pre = rng.choice(["", "", "north ", "south ", "west ", "east "])
        return n, pre + rng.choice(STREETS) + " " + rng.choice(SUFF_US)
    return rng.randint(1, 240), rng.choice(STREETS) + " " + rng.choice(SUFF_UK)


def typed_address(n, street):
    words = street.split()
    if rng.random() < 0.35 and words[-1] in SUFF_ABBR:
        words[-1] = SUFF_ABBR[words[-1]]
    if words[0] in ("north", "south", "west", "east") and rng.random() < 0.5:
        words[0] = words[0][0].upper() + "."
    s = " ".join(w if rng.random() < 0.3 else w.capitalize() for w in words)
    r = rng.random()
    if r < 0.15:
        return "%d, %s" % (n, s)
    if r < 0.25 and n < 100:
        return "Flat %d, %d %s" % (rng.randint(1, 12), n, s)
    return "%d %s" % (n, s)


def spoken_address(n, street):
    if n >= 1000 and rng.random() < 0.7:
        num = say_pairs(str(n))
    elif n >= 100 and rng.random() < 0.5:
        num = say_digits(str(n), doubles=False)
    else:
        num = num_words(n)
    return num + " " + street

# ---------------------------------------------------------------- case builder


class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}   # gid -> (type, canonical, mode)

    def turn(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, typ, gid = seg
                self.spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val),
                                   "type": typ, "_gid": gid})
                text += val
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def group(self, gid, typ, canon):
        self.groups[gid] = (typ, canon)

    def to_json(self, cid):
        return {"id": cid, "kind": self.kind, "turns": self.turns,
                "spans": [{k: v for k, v in s.items() if k != "_gid"} for s in self.spans],
                "note": self.note}


_gid = [0]


def V(val, typ, case, canon):
    """a labelled value; canon is the value it must normalise to."""
    _gid[0] += 1
    g = _gid[0]
    case.group(g, typ, canon)
    return (val, typ, g)


def split_parts(text, n):
    """split a spoken/typed rendering on spaces into n roughly equal word chunks."""
    words = text.split(" ")
    ok = []
    for k in range(1, len(words)):
        a, b = words[k - 1], words[k]
        if a in ("double", "triple", "for", "plus") or b == "for" or b in FILLERS:
            continue
        if a in TENS.values() and b in UNITS[1:]:
            continue
        if a in ("the", "of"):
            continue
        ok.append(k)
    cuts = []
    for i in range(1, n):
        target = len(words) * i // n
        cands = [k for k in ok if k not in cuts and (not cuts or k > cuts[-1])]
        if not cands:
            break
        cuts.append(min(cands, key=lambda k: abs(k - target)))
    bounds = [0] + cuts + [len(words)]
    return [" ".join(words[bounds[i]:bounds[i + 1]]) for i in range(len(bounds) - 1)]


def multi(case, parts, typ, canon):
    """same gid for all parts of one value split across turns."""
    _gid[0] += 1
    g = _gid[0]
    case.group(g, typ, canon)
    return [(p, typ, g) for p in parts]

# ---------------------------------------------------------------- messy typing helpers

EMOJI = ["🙂", "😅", "🙏", "👍", "😩", "😂", "🤞", "❤️", "😬"]
TYPO = {"number": ["numbr", "nummber", "number", "no.", "#"], "please": ["pls", "plz", "please"],
        "thanks": ["thx", "thanks", "ty", "thank u"], "my": ["my", "ny", "mu"],
        "card": ["card", "crad", "cc"], "account": ["account", "acct", "acount", "a/c"],
        "address": ["address", "adress", "addr"], "you": ["you", "u", "yu"]}


def ty(w):
    return rng.choice(TYPO[w])


def emo():
    return rng.choice(EMOJI) if rng.random() < 0.5 else ""


def sp():
    return rng.choice([" ", " ", "  ", ": ", " - ", ":"])


TYPED_CH = ["web chat", "sms", "email", "social dm", "app chat", "whatsapp"]
IND_TYPED = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
             "healthcare billing", "government services"]
AGENT_ACK = ["mhm", "okay go on", "yep", "yeah got that", "okay", "right", "uh huh", "and then",
             "sorry go on", "mm hm"]

# ---------------------------------------------------------------- positive templates (typed)


def p_card_typed_oneline():
    c = Case("positive", "")
    d = make_card()
    amex = len(d) == 15
    ch, ind = rng.choice(TYPED_CH[:2] + ["app chat"]), rng.choice(["retail", "telecom", "travel", "utilities"])
    m, y = make_expiry()
    cv = make_cvv(amex)
    c.turn("agent", "Hi, I can take that payment for you now. Please type the long card number, expiry and security code.")
    form = rng.random()
    if form < 0.5:
        c.turn("customer", "ok its ", V(typed_card(d), "CARD_NUMBER", c, d), " exp ", V(typed_expiry(m, y), "EXPIRY", c, (m, y)),
               " cvv ", V(cv, "CVV", c, cv), " " + emo())
    else:
        c.turn("customer", rng.choice(["card ", ty("card") + " " + ty("number") + sp(), "long no is "]),
               V(typed_card(d), "CARD_NUMBER", c, d), rng.choice(["\n", " / ", ", "]), "expires ",
               V(typed_expiry(m, y), "EXPIRY", c, (m, y)), rng.choice(["\n", " and ", ", "]),
               rng.choice(["the 3 digits on back r ", "sec code ", "CVC: ", "security code is "]), V(cv, "CVV", c, cv))
    c.turn("agent", "Thanks, that's gone through for £%d.%02d." % (rng.randint(5, 400), rng.randint(0, 99)))
    c.note = "%s/%s: card, expiry and security code typed in one message, %s" % (ch, ind, "amex" if amex else "%d digits" % len(d))
    return c


def p_card_typed_split():
    c = Case("positive", "")
    d = make_card()
    g = card_groups(d)
    ind = rng.choice(IND_TYPED)
    c.turn("agent", "Go ahead with the card number whenever you're ready")
    parts = multi(c, g, "CARD_NUMBER", d)
    style = rng.random()
    for i, p in enumerate(parts):
        if style < 0.5 or i:
            c.turn("customer", p)
        else:
            c.turn("customer", "ok ", p)
        if i == 1 and rng.random() < 0.5:
            c.turn("agent", "yep keep going")
    m, y = make_expiry()
    c.turn("customer", "exp ", V(typed_expiry(m, y), "EXPIRY", c, (m, y)), " " + emo())
    c.note = "web chat/%s: card number typed as separate messages, one group each" % ind
    return c


def p_card_pasted():
    c = Case("positive", "")
    d = make_card()
    ind = rng.choice(IND_TYPED)
    t = typed_card(d)
    art = rng.choice(["\u00a0", "\u2009", "\u200b"])
    t2 = t.replace(" ", art) if " " in t else t
    c.turn("customer", "hi " + ty("you") + " asked for the card, pasting from my notes app: \"", V(t2, "CARD_NUMBER", c, d),
           "\" " + rng.choice(["pls charge the £%d" % rng.randint(10, 300), "its the one i used last time", ""]))
    c.turn("agent", "Thank you. And the expiry date?")
    m, y = make_expiry()
    c.turn("customer", V(typed_expiry(m, y), "EXPIRY", c, (m, y)))
    c.note = "app chat/%s: card pasted with unicode spacing artefacts (nbsp/thin space/zero-width)" % ind
    return c


def p_ssn_typed():
    c = Case("positive", "")
    s = make_ssn()
    ch = rng.choice(TYPED_CH)
    ind = rng.choice(["banking", "insurance", "healthcare billing", "government services"])
    r = rng.random()
    c.turn("agent", "To verify your identity I'll need your Social Security number please.")
    if r < 0.4:
        c.turn("customer", rng.choice(["sure its ", "SSN ", "ok my social is ", "ssn# "]), V(typed_ssn(s), "SSN", c, s),
               rng.choice(["", " " + emo(), ". dob too?", " thx"]))
    elif r < 0.7:
        p = multi(c, [s[:3], s[3:5], s[5:]], "SSN", s)
        c.turn("customer", p[0])
        c.turn("customer", p[1])
        c.turn("customer", p[2])
    else:
        p = multi(c, [s[:5], s[5:]], "SSN", s)
        c.turn("customer", "first 5 r ", p[0])
        c.turn("agent", "and the last four?")
        c.turn("customer", p[1], " " + emo())
    c.note = "%s/%s: US SSN typed%s" % (ch, ind, " split across messages" if r >= 0.4 else "")
    return c


def p_ssn_typed_form():
    c = Case("positive", "")
    s, s2 = make_ssn(), make_ssn()
    d, m, y = make_dob()
    c.turn("customer", "Hello, filling in the claim for me and my wife.\nMe - SSN: ", V(typed_ssn(s), "SSN", c, s),
           ", DOB ", V("%02d/%02d/%d" % (m, d, y), "DOB", c, (d, m, y)), "\nHer - SSN: ", V(typed_ssn(s2), "SSN", c, s2),
           "\nClaim #%d" % rng.randint(1000000, 99999999))
    c.turn("agent", "Thank you, I've attached those to claim.")
    c.note = "email/insurance: two SSNs in one email body plus a US-format DOB and an unlabelled claim number"
    return c


def p_ni_typed():
    c = Case("positive", "")
    n = make_ni()
    ind = rng.choice(["government services", "banking", "insurance", "utilities"])
    ch = rng.choice(TYPED_CH)
    r = rng.random()
    c.turn("agent", "Could you confirm your National Insurance number?")
    if r < 0.5:
        c.turn("customer", rng.choice(["yeah its ", "NI no: ", "ni number ", "its "]), V(typed_ni(n), "NI_NUMBER", c, n),
               rng.choice(["", " " + emo(), " i think", ", ta"]))
    elif r < 0.8:
        p = multi(c, [n[:2], n[2:4] + " " + n[4:6] + " " + n[6:8], n[8]], "NI_NUMBER", n)
        c.turn("customer", p[0])
        c.turn("customer", p[1])
        c.turn("customer", p[2])
    else:
        p = multi(c, [n[:5], n[5:]], "NI_NUMBER", n)
        c.turn("customer", "hang on got it ", p[0])
        c.turn("customer", p[1], " sorry phone died lol")
    c.note = "%s/%s: UK NI number typed%s" % (ch, ind, "" if r < 0.5 else " across several messages")
    return c


def p_ni_with_other():
    c = Case("positive", "")
    n = make_ni()
    d, m, y = make_dob()
    pc = make_postcode()
    c.turn("customer", "Dear team,\n\nRe: my tax code letter ref %d. My NI number is " % rng.randint(100000, 9999999),
           V(typed_ni(n), "NI_NUMBER", c, n), " and I was born ", V(typed_dob(d, m, y), "DOB", c, (d, m, y)),
           ". Postcode ", V(typed_postcode(pc), "POSTCODE", c, pc), ".\n\nKind regards")
    c.note = "email/government services: NI, DOB and postcode in one email body with a letter reference"
    return c


def p_bank_typed():
    c = Case("positive", "")
    sc, ac = make_sort(), make_account()
    ch = rng.choice(TYPED_CH)
    c.turn("agent", "What's the sort code and account number for the direct debit?")
    r = rng.random()
    if r < 0.5:
        c.turn("customer", "sort ", V(typed_sort(sc), "SORT_CODE", c, sc), " " + ty("account") + " ", V(ac, "BANK_ACCOUNT", c, ac))
    elif r < 0.8:
        c.turn("customer", V(typed_sort(sc), "SORT_CODE", c, sc))
        c.turn("customer", V(ac if rng.random() < 0.6 else ac[:4] + " " + ac[4:], "BANK_ACCOUNT", c, ac), " " + emo())
    else:
        c.turn("customer", "acc ", V(ac, "BANK_ACCOUNT", c, ac), "\nsc ", V(typed_sort(sc), "SORT_CODE", c, sc),
               "\ncan u take it on the %s" % rng.choice(["1st", "15th", "28th"]))
    c.turn("agent", "Thanks, the first payment of £%d.%02d will be collected next month." % (rng.randint(20, 150), rng.randint(0, 99)))
    c.note = "%s/utilities: UK sort code and 8-digit account typed, with payment amount and collection day" % ch
    return c


def p_us_bank_typed():
    c = Case("positive", "")
    ac = make_account(us=True)
    k, p = make_phone()
    while k not in ("us", "usintl"):
        k, p = make_phone()
    c.turn("customer", "need to update direct deposit. checking " + ty("account") + " ", V(ac, "BANK_ACCOUNT", c, ac),
           " routing is on the form. my cell is ", V(typed_phone(k, p), "PHONE", c, p))
    c.note = "web chat/banking: US checking account number and phone typed in one line"
    return c


def p_iban_typed():
    c = Case("positive", "")
    i = make_iban()
    c.turn("agent", "Please send the IBAN of the account the refund should go to.")
    r = rng.random()
    if r < 0.6:
        c.turn("customer", rng.choice(["IBAN ", "iban: ", "here u go ", ""]), V(typed_iban(i), "IBAN", c, i),
               rng.choice(["", " " + emo(), "\nBIC on the statement"]))
    else:
        t = " ".join(i[k:k + 4] for k in range(0, len(i), 4))
        parts = split_parts(t, 2)
        p = multi(c, parts, "IBAN", i)
        for x in p:
            c.turn("customer", x)
    c.note = "%s/%s: %s IBAN typed for refund" % (rng.choice(["email", "web chat"]), rng.choice(["travel", "retail", "insurance"]), i[:2])
    return c


def p_contact_typed():
    c = Case("positive", "")
    us = rng.random() < 0.35
    k, p = make_phone()
    e = make_email()
    n, st = make_address(us)
    pc = make_postcode(us)
    town = rng.choice(["Springfield, IL", "Austin, TX", "Columbus, OH"] if us else ["Leeds", "Bristol", "Glasgow", "Cardiff"])
    c.turn("agent", "Sure, what are the new contact details?")
    c.turn("customer", "new " + ty("address") + " is ", V(typed_address(n, st), "ADDRESS", c, (n, st)), ", " + town + " ",
           V(typed_postcode(pc), "POSTCODE", c, pc))
    c.turn("customer", "mob ", V(typed_phone(k, p), "PHONE", c, p), " " + emo())
    c.turn("customer", "email ", V(typed_email(e), "EMAIL", c, e))
    c.note = "web chat/%s: change of address, phone and email over three messages" % rng.choice(["telecom", "utilities", "insurance"])
    return c


def p_dm_social():
    c = Case("positive", "")
    k, p = make_phone()
    e = make_email()
    c.turn("agent", "Hi there! Sorry to hear that 😔 Can you DM us your phone number or email so we can look into it?")
    r = rng.random()
    if r < 0.5:
        c.turn("customer", "sent!! ", V(typed_phone(k, p), "PHONE", c, p), " " + emo() + " been w/o broadband %d days" % rng.randint(2, 9))
    else:
        c.turn("customer", "its ", V(typed_email(e), "EMAIL", c, e), " " + emo())
        c.turn("customer", "or call me ", V(typed_phone(k, p), "PHONE", c, p), " after 6pm")
    c.note = "social dm/telecom: contact details in DM with emojis, duration and time nearby"
    return c


def p_dob_typed():
    c = Case("positive", "")
    d, m, y = make_dob()
    pc = make_postcode()
    c.turn("agent", "For security can I have your date of birth and postcode?")
    c.turn("customer", V(typed_dob(d, m, y), "DOB", c, (d, m, y)), rng.choice([" and ", "\n", " / ", " "]),
           V(typed_postcode(pc), "POSTCODE", c, pc))
    c.note = "%s/%s: DOB and postcode typed together for ID&V" % (rng.choice(TYPED_CH), rng.choice(IND_TYPED))
    return c


def p_email_sig():
    c = Case("positive", "")
    us = rng.random() < 0.4
    k, p = make_phone()
    e = make_email()
    n, st = make_address(us)
    pc = make_postcode(us)
    c.turn("customer", "Hi,\nI still haven't received the refund of %s%d for booking %s%d. Please can someone call me.\n\n--\n" % (
        "$" if us else "£", rng.randint(40, 900), rng.choice(["REF", "BK"]), rng.randint(100000, 9999999)),
        "Tel: ", V(typed_phone(k, p), "PHONE", c, p), "\nE: ", V(typed_email(e), "EMAIL", c, e), "\n",
        V(typed_address(n, st), "ADDRESS", c, (n, st)), "\n" + (rng.choice(["Boston, MA", "Denver, CO", "Tampa, FL"]) if us else rng.choice(["Manchester", "Reading", "Norwich"])) + " ",
        V(typed_postcode(pc), "POSTCODE", c, pc), "\nSent from my iPhone")
    c.note = "email/travel: contact details in an email signature with amount and booking reference"
    return c


def p_sms_short():
    c = Case("positive", "")
    r = rng.random()
    if r < 0.5:
        d, m, y = make_dob()
        c.turn("agent", "BankCo: reply with your date of birth to confirm it's you.")
        c.turn("customer", V(typed_dob(d, m, y), "DOB", c, (d, m, y)))
        c.note = "sms/banking: bare DOB reply to a verification prompt"
    else:
        pc = make_postcode(rng.random() < 0.3)
        c.turn("agent", "Reply with the postcode/ZIP for the delivery.")
        c.turn("customer", V(typed_postcode(pc), "POSTCODE", c, pc), " thx")
        c.note = "sms/retail: bare postcode reply"
    return c

# ---------------------------------------------------------------- positive templates (call / ASR)


def p_card_call_split():
    c = Case("positive", "")
    d = make_card()
    ind = rng.choice(["telecom", "insurance", "utilities", "travel", "retail"])
    spoken = say_mixed(d) if rng.random() < 0.4 else say_digits(d, homophones=True, filler=True)
    n = rng.choice([2, 3, 4])
    parts = split_parts(spoken, n)
    p = multi(c, parts, "CARD_NUMBER", d)
    c.turn("agent", "okay and when you're ready the long number across the front of the card")
    c.turn("customer", "yeah it's ", p[0])
    for q in p[1:]:
        c.turn("agent", rng.choice(AGENT_ACK))
        c.turn("customer", q)
    m, y = make_expiry()
    c.turn("agent", "lovely and the expiry")
    c.turn("customer", V(spoken_expiry(m, y), "EXPIRY", c, (m, y)))
    c.turn("agent", "and the security code")
    cv = make_cvv(len(d) == 15)
    c.turn("customer", rng.choice(["", "it's ", "um "]), V(say_digits(cv, doubles=False), "CVV", c, cv))
    c.note = "call/%s: card read over %d turns with back-channels, then expiry and cvv" % (ind, n)
    return c


def p_card_call_readback():
    c = Case("positive", "")
    d = make_card()
    c.turn("customer", "the card number is ", V(say_digits(d, homophones=True), "CARD_NUMBER", c, d))
    c.turn("agent", "thank you i'll just read that back ", V(say_digits(d, doubles=False), "CARD_NUMBER", c, d), " is that right")
    c.turn("customer", "yes that's it")
    c.note = "call/%s: card in one turn, agent reads it back digit by digit" % rng.choice(["banking", "retail"])
    return c


def p_ssn_call():
    c = Case("positive", "")
    s = make_ssn()
    c.turn("agent", "can i get your social security number")
    r = rng.random()
    if r < 0.5:
        p = multi(c, [say_digits(s[:3]), say_digits(s[3:5]), say_digits(s[5:])], "SSN", s)
        c.turn("customer", "sure ", p[0])
        c.turn("agent", rng.choice(AGENT_ACK))
        c.turn("customer", p[1])
        c.turn("agent", rng.choice(AGENT_ACK))
        c.turn("customer", p[2])
    elif r < 0.75:
        c.turn("customer", "uh yeah it's ", V(say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_pairs(s[5:]), "SSN", c, s))
    else:
        c.turn("customer", "it's ", V(say_digits(s, homophones=True, filler=True), "SSN", c, s), " i think yeah")
        c.turn("agent", "and that was ", V(say_digits(s, doubles=False), "SSN", c, s), " correct")
    c.note = "call/%s: SSN spoken%s" % (rng.choice(["healthcare billing", "banking", "government services"]),
                                       " across turns" if r < 0.5 else "")
    return c


def p_ni_call():
    c = Case("positive", "")
    n = make_ni()
    c.turn("agent", "and your national insurance number please")
    r = rng.random()
    sp_ = spoken_ni(n)
    if r < 0.55:
        c.turn("customer", "yeah it's ", V(sp_, "NI_NUMBER", c, n))
    else:
        p = multi(c, split_parts(sp_, 3), "NI_NUMBER", n)
        for j, q in enumerate(p):
            if j:
                c.turn("agent", rng.choice(AGENT_ACK))
            c.turn("customer", q)
    c.note = "call/%s: NI number spoken with letters, phonetic alphabet and digit words" % rng.choice(["government services", "banking", "insurance"])
    return c


def p_phone_call():
    c = Case("positive", "")
    k, p = make_phone()
    c.turn("agent", "what's the best number to reach you on")
    sp_ = spoken_phone(k, p)
    if rng.random() < 0.4:
        q = multi(c, split_parts(sp_, 2), "PHONE", p)
        c.turn("customer", "it's ", q[0])
        for x in q[1:]:
            c.turn("agent", rng.choice(AGENT_ACK))
            c.turn("customer", x)
    else:
        c.turn("customer", "it's my mobile ", V(sp_, "PHONE", c, p), " but i'm out till about three")
    c.turn("agent", "okay so that's ", V(say_digits(p.lstrip("+"), doubles=False) if not p.startswith("+") else "plus " + say_digits(p[1:], doubles=False), "PHONE", c, p))
    c.note = "call/%s: phone spoken with doubles/homophones, agent reads back" % rng.choice(["telecom", "healthcare billing", "utilities"])
    return c


def p_email_call():
    c = Case("positive", "")
    e = make_email()
    c.turn("agent", "and an email address for the confirmation")
    c.turn("customer", "yeah it's ", V(spoken_email(e), "EMAIL", c, e))
    c.turn("agent", "lovely i'll send that over in about ten minutes")
    c.note = "call/%s: email spelt out ASR style (dot, at, underscore)" % rng.choice(["travel", "retail", "insurance"])
    return c


def p_address_call():
    c = Case("positive", "")
    us = rng.random() < 0.35
    n, st = make_address(us)
    pc = make_postcode(us)
    c.turn("agent", "and the first line of the address and the %s" % ("zip code" if us else "postcode"))
    if rng.random() < 0.5:
        c.turn("customer", "it's ", V(spoken_address(n, st), "ADDRESS", c, (n, st)), " and the %s is " % ("zip" if us else "postcode"),
               V(say_digits(pc.replace("-", "")) if us else say_alnum(pc), "POSTCODE", c, pc))
    else:
        c.turn("customer", V(spoken_address(n, st), "ADDRESS", c, (n, st)))
        c.turn("agent", rng.choice(AGENT_ACK))
        c.turn("customer", V(say_digits(pc.replace("-", "")) if us else say_alnum(pc, 0.5), "POSTCODE", c, pc))
    c.note = "call/%s: street address and %s spoken" % (rng.choice(["utilities", "insurance", "telecom"]), "zip" if us else "uk postcode")
    return c


def p_dob_call():
    c = Case("positive", "")
    d, m, y = make_dob()
    us = rng.random() < 0.3
    c.turn("agent", "can you confirm your date of birth for me")
    c.turn("customer", rng.choice(["yeah it's ", "", "um "]), V(spoken_dob(d, m, y, us), "DOB", c, (d, m, y)))
    c.turn("agent", "thank you and how much would you like to pay today")
    c.turn("customer", "the full %s pounds" % num_words(rng.randint(20, 300)))
    c.note = "call/%s: DOB spoken with ordinal and paired year, followed by amount" % rng.choice(IND_TYPED)
    return c


def p_bank_call():
    c = Case("positive", "")
    sc, ac = make_sort(), make_account()
    c.turn("agent", "what's the sort code")
    c.turn("customer", V(say_pairs(sc) if rng.random() < 0.6 else say_digits(sc), "SORT_CODE", c, sc))
    c.turn("agent", "and the account number")
    sp_ = say_digits(ac, homophones=True, filler=True)
    if rng.random() < 0.5:
        q = multi(c, split_parts(sp_, 2), "BANK_ACCOUNT", ac)
        for j, x in enumerate(q):
            if j:
                c.turn("agent", rng.choice(AGENT_ACK))
            c.turn("customer", x)
    else:
        c.turn("customer", "it's ", V(sp_, "BANK_ACCOUNT", c, ac))
    c.note = "call/banking: sort code in pairs and account number spoken"
    return c


def p_iban_call():
    c = Case("positive", "")
    i = make_iban()
    c.turn("agent", "can you read me the iban")
    sp_ = say_alnum(i, 0.4)
    q = multi(c, split_parts(sp_, 3), "IBAN", i)
    c.turn("customer", "okay it's ", q[0])
    for x in q[1:]:
        c.turn("agent", rng.choice(AGENT_ACK))
        c.turn("customer", x)
    c.note = "call/%s: %s IBAN read out over three turns" % (rng.choice(["banking", "travel"]), i[:2])
    return c


def p_two_values_call():
    c = Case("positive", "")
    d, m, y = make_dob()
    pc = make_postcode()
    c.turn("agent", "date of birth and postcode please")
    c.turn("customer", V(spoken_dob(d, m, y), "DOB", c, (d, m, y)), " and it's ", V(say_alnum(pc, 0.3), "POSTCODE", c, pc))
    c.note = "call/%s: DOB and postcode in one turn" % rng.choice(["banking", "utilities", "telecom"])
    return c


def p_ni_sms():
    c = Case("positive", "")
    n = make_ni()
    k, p = make_phone()
    r = rng.random()
    if r < 0.5:
        c.turn("customer", "hiya, " + rng.choice(["my", "ny"]) + " nat ins " + ty("number") + " is ", V(typed_ni(n), "NI_NUMBER", c, n),
               " " + emo() + " and pls call me on ", V(typed_phone(k, p), "PHONE", c, p), " after %d" % rng.randint(2, 7))
        c.note = "sms/government services: NI and phone in one text with typos and an hour nearby"
    else:
        c.turn("customer", "NINO: ", V(typed_ni(n), "NI_NUMBER", c, n), rng.choice([" (its on my payslip)", " lol", " x", ""]))
        c.turn("agent", "Thanks! And a contact number?")
        c.turn("customer", V(typed_phone(k, p), "PHONE", c, p))
        c.note = "whatsapp/banking: NINO abbreviation then phone in separate message"
    return c


def p_email_split_typed():
    c = Case("positive", "")
    e = make_email()
    loc, dom = e.split("@")
    c.turn("agent", "What email should we send the receipt to?")
    q = multi(c, [loc, "@" + dom], "EMAIL", e)
    c.turn("customer", q[0])
    c.turn("customer", q[1], " " + emo())
    c.note = "web chat/retail: email typed over two messages, domain in the second"
    return c


def p_chitchat_mixed():
    c = Case("positive", "")
    d = make_card()
    n = make_ni()
    c.turn("customer", "sorry about earlier, the kids were screaming %s anyway card is " % emo(),
           V(typed_card(d), "CARD_NUMBER", c, d), ", it's the %s one not the debit. was %d quid last month?" % (
               rng.choice(["blue", "credit", "gold"]), rng.randint(20, 90)))
    c.turn("agent", "Thanks. I also need your National Insurance number for the credit check.")
    c.turn("customer", "ugh fine " + emo(), "\n", V(typed_ni(n), "NI_NUMBER", c, n))
    c.note = "web chat/banking: card amid chit-chat and an amount, NI number after a line break"
    return c


def p_ni_call_correction():
    c = Case("positive", "")
    n = make_ni()
    c.turn("agent", "can i take your national insurance number")
    c.turn("customer", "yep hang on let me find it it's on a letter somewhere")
    c.turn("agent", "no problem take your time")
    c.turn("customer", "right here we go ", V(spoken_ni(n), "NI_NUMBER", c, n))
    c.turn("agent", "so that's ", V("%s %s %s %s" % (n[0].lower(), n[1].lower(), say_digits(n[2:8], doubles=False), n[8].lower()), "NI_NUMBER", c, n), " yeah")
    c.turn("customer", "that's right")
    c.note = "call/government services: NI after a pause, agent reads it back letter by letter"
    return c


def p_call_contact_pair():
    c = Case("positive", "")
    k, p = make_phone()
    e = make_email()
    c.turn("agent", "can i just update your contact details while i've got you")
    c.turn("customer", "yeah course so the mobile's ", V(spoken_phone(k, p), "PHONE", c, p), " and the email is ",
           V(spoken_email(e), "EMAIL", c, e), " cheers")
    c.note = "call/%s: phone and email spoken in one turn" % rng.choice(["telecom", "utilities", "retail"])
    return c


TYPED_T = [p_card_typed_oneline, p_card_typed_split, p_card_pasted, p_ssn_typed, p_ssn_typed_form,
           p_ni_typed, p_ni_with_other, p_bank_typed, p_us_bank_typed, p_iban_typed, p_contact_typed,
           p_dm_social, p_dob_typed, p_email_sig, p_sms_short, p_ni_typed, p_card_typed_oneline,
           p_ssn_typed, p_bank_typed, p_contact_typed, p_card_typed_split, p_ni_sms, p_email_split_typed,
           p_chitchat_mixed]
CALL_T = [p_card_call_split, p_card_call_readback, p_ssn_call, p_ni_call, p_phone_call, p_email_call,
          p_address_call, p_dob_call, p_bank_call, p_iban_call, p_two_values_call, p_ni_call_correction,
          p_call_contact_pair, p_address_call]

# ---------------------------------------------------------------- negatives


def n_case(note, *turns):
    c = Case("negative", note)
    for s, t in turns:
        c.turn(s, t)
    return c


def neg():
    r = rng.randint(0, 21)
    amt = rng.randint(10, 4999)
    ref = rng.randint(10 ** 6, 10 ** 10 - 1)
    if r == 0:
        return n_case("web chat/retail: 10-digit order number with its reference word",
                      ("customer", "where is my order?? order number %d placed %d days ago %s" % (ref, rng.randint(2, 20), emo())),
                      ("agent", "Order %d is out for delivery today between 10:00 and 14:00." % ref))
    if r == 1:
        return n_case("call/banking: balance and payment amounts spoken",
                      ("agent", "your balance is %s pounds and %s pence" % (num_words(amt % 1000), num_words(rng.randint(1, 99)))),
                      ("customer", "okay and can i pay %s hundred today" % num_words(rng.randint(1, 9))))
    if r == 2:
        return n_case("sms/healthcare billing: appointment date and time, not a DOB",
                      ("agent", "Reminder: your appointment is on %02d/%02d/2026 at %d:%02d. Invoice INV-%d balance $%d.%02d" % (
                          rng.randint(1, 28), rng.randint(1, 12), rng.randint(8, 17), rng.choice([0, 15, 30, 45]), ref, amt, rng.randint(0, 99))),
                      ("customer", "cant make the %s, can we do the following week" % rng.choice(["12th", "3rd", "21st"])))
    if r == 3:
        return n_case("call/travel: flight number, times and booking reference",
                      ("customer", "i'm on flight %s %s at %s %s" % (rng.choice(["ba", "e i", "f r", "u a"]), say_digits(str(rng.randint(100, 9999)), doubles=False),
                                                                      num_words(rng.randint(1, 12)), pair_words("%02d" % rng.choice([15, 30, 45, 50])))),
                      ("agent", "okay and the booking reference is %s" % say_alnum(rng.choice(["ABC", "XKJ", "QWE"]) + str(rng.randint(100, 999)), 0.5)))
    if r == 4:
        return n_case("web chat/utilities: meter reading and tariff numbers",
                      ("customer", "meter reading today is %05d, last one was %05d" % (rng.randint(1000, 99999), rng.randint(1000, 99999))),
                      ("agent", "Thanks! Your unit rate is %d.%02dp per kWh and standing charge %d.%02dp." % (rng.randint(20, 35), rng.randint(0, 99), rng.randint(30, 60), rng.randint(0, 99))))
    if r == 5:
        return n_case("call/telecom: broadband speeds, contract length and price",
                      ("agent", "so that's the %s megabit package at %s ninety nine a month on a %s month contract" % (
                          num_words(rng.choice([100, 500, 900])), num_words(rng.randint(20, 60)), num_words(rng.choice([12, 18, 24])))),
                      ("customer", "and the contract started in twenty %s right" % num_words(rng.randint(19, 25))))
    if r == 6:
        return n_case("social dm/retail: model numbers and quantities",
                      ("customer", "bought %d x model %s-%d and %d of the %dGB ones, 1 arrived broken %s" % (
                          rng.randint(2, 5), rng.choice(["SM", "KX", "HD", "QE"]), rng.randint(1000, 99999), rng.randint(1, 4), rng.choice([64, 128, 256]), emo())),
                      ("agent", "So sorry! Can you send a photo? We'll replace it within 5-7 working days."))
    if r == 7:
        return n_case("email/insurance: claim number and policy dates, not DOB",
                      ("customer", "Claim no. %d - the incident was on %d %s 2026 at about %d.%02dpm, policy started 01/%02d/2025." % (
                          ref, rng.randint(1, 28), MONTHS[rng.randint(0, 11)].capitalize(), rng.randint(1, 11), rng.randint(0, 59), rng.randint(1, 12))),
                      ("agent", "Thanks, excess is £%d and the claim is now at stage %d of 4." % (rng.choice([100, 250, 350, 500]), rng.randint(1, 3))))
    if r == 8:
        return n_case("call/healthcare billing: ages, years and durations",
                      ("customer", "my dad's %s and he's been with you since nineteen %s" % (num_words(rng.randint(60, 95)), num_words(rng.randint(70, 99)))),
                      ("agent", "okay the hold time is about %s minutes i'll transfer you" % num_words(rng.randint(5, 40))))
    if r == 9:
        return n_case("web chat/travel: hotel room number, temperature, nights",
                      ("customer", "room %d aircon stuck at %d degrees, we're here %d nights" % (rng.randint(100, 1299), rng.randint(16, 31), rng.randint(2, 14))),
                      ("agent", "I've asked maintenance to visit room %s within 30 minutes." % rng.randint(100, 1299)))
    if r == 10:
        return n_case("call/retail: ticket number spoken digit by digit with its reference word",
                      ("agent", "your ticket number is %s" % say_digits(str(ref), doubles=True)),
                      ("customer", "okay i've written that down thanks"))
    if r == 11:
        return n_case("sms/banking: transaction amounts and percentages",
                      ("agent", "Your payment of £%d.%02d was received. APR is %d.%d%%. Next payment due 0%d/12." % (amt, rng.randint(0, 99), rng.randint(9, 39), rng.randint(0, 9), rng.randint(1, 9))),
                      ("customer", "ok thx, is the %d%% fixed?" % rng.randint(9, 39)))
    if r == 12:
        return n_case("web chat/government services: application reference and processing time",
                      ("customer", "application ref %d submitted on the %s, been %d weeks" % (ref, rng.choice(["3rd", "14th", "22nd"]), rng.randint(3, 16))),
                      ("agent", "Current processing time is %d-%d weeks. Ref %d is in the queue at position %d." % (rng.randint(4, 8), rng.randint(9, 14), ref, rng.randint(50, 9999))))
    if r == 13:
        return n_case("call/utilities: invoice number and amount",
                      ("customer", "the invoice number is %s and it says i owe %s pounds" % (say_digits(str(ref)), num_words(rng.randint(100, 999)))),
                      ("agent", "yeah that's from the %s of %s" % (ORD[rng.randint(0, 27)], MONTHS[rng.randint(0, 11)])))
    if r == 14:
        return n_case("email/retail: price list with SKU numbers",
                      ("customer", "Hi, I was charged %d.%02d EUR for SKU %d but the shelf price was %d.%02d. Receipt no %d, till %d, %d:%02d." % (
                          rng.randint(10, 99), rng.randint(0, 99), rng.randint(100000, 9999999), rng.randint(5, 90), rng.randint(0, 99), ref, rng.randint(1, 12), rng.randint(9, 20), rng.randint(0, 59))),
                      ("agent", "Apologies, we'll refund the difference within 3 to 5 days."))
    if r == 15:
        return n_case("call/travel: seat, gate and terminal numbers",
                      ("agent", "you're in seat %s %s gate %s terminal %s boarding at %s %s" % (num_words(rng.randint(1, 40)), rng.choice("abcdef"), num_words(rng.randint(1, 60)),
                                                                                            num_words(rng.randint(1, 5)), num_words(rng.randint(1, 12)), pair_words("%02d" % rng.choice([10, 20, 35, 40, 55])))),
                      ("customer", "brilliant thanks"))
    if r == 16:
        return n_case("web chat/telecom: data usage and call minutes",
                      ("customer", "used %d.%dGB of %dGB and %d mins already?? its only the %s" % (rng.randint(5, 99), rng.randint(0, 9), rng.choice([30, 50, 100]), rng.randint(100, 2000), rng.choice(["9th", "12th", "20th"]))),
                      ("agent", "Your allowance resets on the %s. You've used %d%% so far." % (rng.choice(["1st", "15th"]), rng.randint(40, 99))))
    if r == 17:
        return n_case("call/banking: the agent asks for PII but the customer declines, only amounts follow",
                      ("agent", "can i take the long card number"),
                      ("customer", "actually no i'll do it online later how much is it %s" % rng.choice(["again", "altogether"])),
                      ("agent", "it's %s pounds %s" % (num_words(rng.randint(20, 999)), num_words(rng.randint(1, 99)))))
    if r == 18:
        return n_case("whatsapp/utilities: years, counts, phone-like reference with prefix",
                      ("customer", "living here since %d, %d kids, boiler is %d years old. job ref JOB-%d %s" % (rng.randint(1980, 2024), rng.randint(1, 5), rng.randint(2, 25), ref, emo())),
                      ("agent", "An engineer can come %s between 8am and 1pm." % rng.choice(["Monday", "Tuesday", "Thursday"])))
    if r == 20:
        yr = rng.randint(1975, 2005)
        return n_case("email/insurance: policy start and renewal dates with old years, not a birth date",
                      ("customer", "The policy has been running since %02d/%02d/%d and renews on %d %s. Policy no. %d, premium £%d.%02d/month." % (
                          rng.randint(1, 28), rng.randint(1, 12), yr, rng.randint(1, 28), MON3[rng.randint(0, 11)].capitalize(),
                          ref, rng.randint(10, 90), rng.randint(0, 99))),
                      ("agent", "Thanks, I can see it was taken out in %d." % yr))
    if r == 21:
        return n_case("call/utilities: payment date and amount spoken like a date of birth but about a bill",
                      ("agent", "the last payment was on the %s of %s for %s pounds" % (ORD[rng.randint(0, 27)], MONTHS[rng.randint(0, 11)], num_words(rng.randint(20, 300)))),
                      ("customer", "and the next one is due the %s yeah" % ORD[rng.randint(0, 27)]))
    return n_case("call/insurance: vehicle mileage, year and engine size",
                  ("customer", "it's a twenty %s model about %s thousand miles one point %s litre" % (num_words(rng.randint(10, 24)), num_words(rng.randint(10, 99)), num_words(rng.randint(0, 9)))),
                  ("agent", "okay the renewal is %s pounds for the year" % num_words(rng.randint(200, 999))))

# ---------------------------------------------------------------- validation

WORD2D = {w: str(i) for i, w in enumerate(UNITS)}
WORD2D.update({"oh": "0", "o": "0", "nought": "0", "for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"})
SKIP = set(FILLERS) | {"and", "plus", "dash", "space"}


def norm_digits(text):
    t = text.lower()
    t = re.sub(r"[^a-z0-9+ ]", " ", t)
    toks = t.split()
    out = ""
    i = 0
    while i < len(toks):
        w = toks[i]
        if w in ("double", "triple"):
            nx = toks[i + 1]
            dgt = WORD2D.get(nx, nx if nx.isdigit() and len(nx) == 1 else None)
            if dgt is None:
                raise ValueError("bad after %s: %s" % (w, nx))
            out += dgt * (2 if w == "double" else 3)
            i += 2
            continue
        if w in TEENS:
            out += str(10 + TEENS.index(w))
        elif w in TENS.values():
            tv = [k for k, v in TENS.items() if v == w][0]
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                out += str(tv) + WORD2D[toks[i + 1]]
                i += 1
            else:
                out += str(tv) + "0"
        elif w == "hundred":
            out += "00"
        elif w in WORD2D:
            out += WORD2D[w]
        elif w.lstrip("+").isdigit():
            out += w.lstrip("+")
        elif w in SKIP:
            pass
        else:
            raise ValueError("unknown token %r" % w)
        i += 1
    return out


def norm_alnum(text):
    t = text.lower().replace("x-ray", "xray")
    t = re.sub(r"[^a-z0-9 ]", " ", t)
    toks = t.split()
    out = ""
    i = 0
    while i < len(toks):
        w = toks[i]
        if i + 2 < len(toks) + 0 and i + 1 < len(toks) and toks[i + 1] == "for" and len(w) == 1 and w.isalpha():
            out += w.upper()
            i += 3
            continue
        if w in ("double", "triple") or w in TEENS or w in TENS.values() or (w in WORD2D and w not in ("for", "to", "too", "ate", "won")):
            # consume digit-word run
            j = i
            while j < len(toks) and (toks[j] in ("double", "triple") or toks[j] in TEENS or toks[j] in TENS.values()
                                     or (toks[j] in WORD2D and toks[j] not in ("for", "to", "too", "ate", "won"))):
                j += 1
            out += norm_digits(" ".join(toks[i:j]))
            i = j
            continue
        if w.isalnum():
            out += w.upper()
        else:
            raise ValueError("bad token %r" % w)
        i += 1
    return out


def norm_email(text):
    t = text.lower().replace("[at]", " @ ").replace("(at)", " @ ").replace("[dot]", " . ")
    toks = t.split()
    out = ""
    i = 0
    while i < len(toks):
        w = toks[i]
        if w == "dot":
            out += "."
        elif w == "at":
            out += "@"
        elif w == "underscore":
            out += "_"
        elif w in ("dash", "hyphen"):
            out += "-"
        elif w in WORD2D and w not in ("for", "to", "too", "ate", "won", "o"):
            out += WORD2D[w]
        else:
            out += w
        i += 1
    return out


def validate(typ, canon, text):
    """text: the concatenation (space-joined) of all parts of one value."""
    if typ in ("CARD_NUMBER", "SSN", "BANK_ACCOUNT", "SORT_CODE", "CVV", "PHONE"):
        d = norm_digits(text)
        if typ == "PHONE":
            c = canon.lstrip("+")
            # "+44 (0)7..." keeps a trunk zero; accept it
            if d != c and d != c[:2] + "0" + c[2:] and d != "00" + c and d != c[:3] + "0" + c[3:]:
                raise ValueError("phone %s != %s" % (d, c))
            if not 10 <= len(c) <= 13:
                raise ValueError("phone length")
            return
        if d != canon:
            raise ValueError("%s != %s" % (d, canon))
        if typ == "CARD_NUMBER" and not (13 <= len(d) <= 19 and luhn_ok(d)):
            raise ValueError("card luhn")
        if typ == "SSN" and not (len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"):
            raise ValueError("ssn shape")
        if typ == "SORT_CODE" and len(d) != 6:
            raise ValueError("sort")
        if typ == "CVV" and len(d) not in (3, 4):
            raise ValueError("cvv")
        if typ == "BANK_ACCOUNT" and not 8 <= len(d) <= 12:
            raise ValueError("account")
        return
    if typ == "IBAN":
        a = norm_alnum(text)
        if a != canon or not iban_ok(a):
            raise ValueError("iban %s" % a)
        return
    if typ == "NI_NUMBER":
        a = norm_alnum(text)
        if a != canon or not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", a):
            raise ValueError("ni %s" % a)
        return
    if typ == "POSTCODE":
        a = norm_alnum(text)
        if re.fullmatch(r"\d{5}(\d{4})?", a):
            if a != canon.replace("-", ""):
                raise ValueError("zip")
            return
        if a != canon.replace(" ", "") or not re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", a):
            raise ValueError("postcode %s" % a)
        return
    if typ == "EMAIL":
        e = norm_email(text)
        if e != canon or not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]+)+", e):
            raise ValueError("email %s" % e)
        return
    if typ == "ADDRESS":
        n, st = canon
        low = text.lower()
        last = re.sub(r"[^a-z]", "", low.split()[-1])
        if last not in SUFF_UK + SUFF_US + [v.lower() for v in SUFF_ABBR.values()]:
            raise ValueError("address suffix %s" % last)
        head = low.split(st.split()[-2] if len(st.split()) > 1 else st)[0]
        if str(n) not in re.sub(r"[^0-9 ]", " ", head).split() and norm_digits(re.sub(r"flat|north|south|west|east|n\.|s\.|w\.|e\.", " ", head)) not in (str(n), ):
            # spoken form: digits of the house number must be recoverable
            if str(n) not in norm_digits(re.sub(r"[a-z]+\.", " ", head).replace("flat", " ")):
                raise ValueError("address number")
        return
    if typ == "DOB":
        d, m, y = canon
        low = text.lower()
        if any(mn in low for mn in MON3):
            if not (str(y) in low or str(y % 100) in low or "two thousand" in low or say_pairs(str(y))[:6] in low):
                raise ValueError("dob year")
            return
        digs = re.findall(r"\d+", low)
        if not digs:
            raise ValueError("dob digits")
        if "".join(digs) not in ("%02d%02d%d" % (d, m, y), "%d%d%d" % (d, m, y), "%d%02d%02d" % (y, m, d),
                                 "%02d%02d%02d" % (d, m, y % 100), "%02d%02d%d" % (m, d, y)):
            raise ValueError("dob numeric %s" % low)
        return
    if typ == "EXPIRY":
        m, y = canon
        low = text.lower()
        if any(mn in low for mn in MON3):
            return
        dg = norm_digits(low)
        if dg not in ("%02d%02d" % (m, y), "%d%02d" % (m, y), "%02d20%02d" % (m, y)):
            raise ValueError("expiry %s" % dg)
        return
    raise ValueError("type %s" % typ)

# ---------------------------------------------------------------- build


def build():
    pos, negs = [], []
    n_pos, n_neg = 192, 112
    for i in range(n_pos):
        # two thirds typed channels
        if i % 3 == 2:
            t = CALL_T[(i // 3) % len(CALL_T)]
        else:
            t = TYPED_T[(i - i // 3) % len(TYPED_T)]
        pos.append(t())
    for i in range(n_neg):
        negs.append(neg())
    return pos, negs


def render():
    global rng
    rng = random.Random(SEED)
    _gid[0] = 0
    pos, negs = build()
    lines = []
    for i, c in enumerate(pos):
        lines.append((c, json.dumps(c.to_json("h211-pos-%03d" % (i + 1)), ensure_ascii=False)))
    for i, c in enumerate(negs):
        lines.append((c, json.dumps(c.to_json("h211-neg-%03d" % (i + 1)), ensure_ascii=False)))
    return lines


def counts(lines):
    cnt = Counter()
    for c, _ in lines:
        for s in c.spans:
            cnt[s["type"]] += 1
    return cnt


def readme(lines):
    cnt = counts(lines)
    npos = sum(1 for c, _ in lines if c.kind == "positive")
    nneg = len(lines) - npos
    typed = sum(1 for c, _ in lines if not c.note.startswith("call/"))
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set 211

**Never use this set for tuning.** It exists only to measure the redactor on data its
authors have not seen. Do not read individual cases when changing redaction rules.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its docs, the benchmark script or any other PII fixture; the
only input was the JSONL format description. Cases come from template functions in
`scripts/make_pii_holdout211.py`; every turn is assembled from plain-text segments and
labelled (value, TYPE) segments, so offsets are computed, never typed by hand. All values
come from one `random.Random(%d)`, output is byte-for-byte reproducible.
`python scripts/make_pii_holdout211.py --check` regenerates and compares the file and
validates every labelled value after normalising spoken forms (Luhn, mod-97, NI shape,
digit counts, postcode shapes).

Emphasis: about two thirds typed channels (web chat, SMS, e-mail bodies, social DMs,
app chat, WhatsApp) with messy typing (values split over messages, typos around values,
odd separators, mixed case, emojis, pasted unicode spacing such as no-break, thin and
zero-width spaces); the rest are phone calls written the way an ASR transcript would be
(lower case, digits as words, oh/o/nought/zero, double/triple, pairs such as "forty one",
homophones "for"/"to"/"ate"/"won", filler words inside readings, phonetic alphabet, values
split over turns with back-channels, agent read-backs).

## Annotation conventions

- A span covers the value only, not its label ("card number is", "NI:", "exp").
- Values split across turns/messages: each part is its own span in its own turn; the
  agent's back-channels between them are not labelled.
- Filler words ("um", "er") *inside* a spoken reading are inside the span.
- Agent read-backs of a value are labelled like the customer's reading.
- CARD_NUMBER covers the full number including separators; CVV only the digits;
  EXPIRY the month/year expression; DOB the whole date expression including "the ... of".
- PHONE includes a leading "+", "plus", "00" prefix and a "(0)" trunk marker.
- EMAIL includes the full address, including spoken "dot"/"at" words or "[at]".
- ADDRESS is house/flat number + street name + street type ("Flat 3, 12 Mill Lane",
  "fourteen twenty three north oak avenue"); the town is not labelled; the postcode /
  ZIP is a separate POSTCODE span.
- Spoken letters with phonetic words ("b for bravo") are inside NI/IBAN/POSTCODE spans.
- Not labelled: amounts, balances, times, durations, counts, ages, years, appointment
  and payment dates, order/claim/invoice/ticket/booking references, flight, seat, room,
  model and SKU numbers, meter readings, speeds, percentages, temperatures.

## Counts

Cases: %d positive, %d negative (%d typed-channel cases, %d calls).

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, typed, len(lines) - typed, rows)


def check_lines(lines, problems):
    ids = set()
    for c, line in lines:
        obj = json.loads(line)
        if obj["id"] in ids:
            problems.append("duplicate id %s" % obj["id"])
        ids.add(obj["id"])
        if obj["kind"] == "negative" and obj["spans"]:
            problems.append("%s negative with spans" % obj["id"])
        if obj["kind"] == "positive" and not obj["spans"]:
            problems.append("%s positive without spans" % obj["id"])
        if not obj["note"]:
            problems.append("%s no note" % obj["id"])
        by_turn = {}
        for s in obj["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s bad type" % obj["id"])
            txt = obj["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(txt)):
                problems.append("%s span out of range" % obj["id"])
                continue
            v = txt[s["start"]:s["end"]]
            if v != v.strip() or not v:
                problems.append("%s span has edge whitespace %r" % (obj["id"], v))
            if s["start"] > 0 and txt[s["start"] - 1].isalnum():
                problems.append("%s span start not on word boundary %r" % (obj["id"], v))
            if s["end"] < len(txt) and txt[s["end"]].isalnum():
                problems.append("%s span end not on word boundary %r" % (obj["id"], v))
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for t, lst in by_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if a[1] > b[0]:
                    problems.append("%s overlapping spans" % obj["id"])
        # value validation per group
        parts = {}
        for s in c.spans:
            parts.setdefault(s["_gid"], []).append(c.turns[s["turn"]]["text"][s["start"]:s["end"]])
        for gid, ps in parts.items():
            typ, canon = c.groups[gid]
            try:
                validate(typ, canon, " ".join(ps))
            except (ValueError, IndexError) as ex:
                problems.append("%s %s %r: %s" % (obj["id"], typ, " | ".join(ps), ex))
    cnt = counts(lines)
    for t, mn in MIN_SPANS.items():
        if cnt[t] < mn:
            problems.append("type %s has %d spans < %d" % (t, cnt[t], mn))
    npos = sum(1 for c, _ in lines if c.kind == "positive")
    if npos < 170 or len(lines) - npos < 100:
        problems.append("too few cases")


def main():
    lines = render()
    text = "".join(l + "\n" for _, l in lines)
    rd = readme(lines)
    if "--check" in sys.argv:
        problems = []
        try:
            with open(CASES, encoding="utf-8") as f:
                if f.read() != text:
                    problems.append("cases.jsonl differs from regenerated output")
            with open(README, encoding="utf-8") as f:
                if f.read() != rd:
                    problems.append("README.md differs from regenerated output")
        except OSError as ex:
            problems.append(str(ex))
        render2 = render()
        if "".join(l + "\n" for _, l in render2) != text:
            problems.append("generation not deterministic")
        check_lines(lines, problems)
        cnt = counts(lines)
        npos = sum(1 for c, _ in lines if c.kind == "positive")
        print("cases: %d positive, %d negative" % (npos, len(lines) - npos))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for p in problems[:60]:
            print("PROBLEM:", p)
        if problems:
            print("FAILED: %d problems" % len(problems))
            sys.exit(1)
        print("OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(rd)
    print("wrote %d cases to %s" % (len(lines), CASES))


if __name__ == "__main__":
    main()

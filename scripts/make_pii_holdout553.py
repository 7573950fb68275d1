#!/usr/bin/env python3
"""Generate the pii_holdout553 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who did not see the
redaction engine.  Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed.

Usage:
    python scripts/make_pii_holdout553.py            # write cases.jsonl
    python scripts/make_pii_holdout553.py --check    # regenerate + validate
"""
import argparse
import datetime
import json
import os
import re
import sys
import random

SEED = 553241125
R = random.Random(SEED)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout553", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
         "eight", "nine"]
TEENS = {"10": "ten", "11": "eleven", "12": "twelve", "13": "thirteen",
         "14": "fourteen", "15": "fifteen", "16": "sixteen",
         "17": "seventeen", "18": "eighteen", "19": "nineteen"}
TENS = {"2": "twenty", "3": "thirty", "4": "forty", "5": "fifty",
        "6": "sixty", "7": "seventy", "8": "eighty", "9": "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india",
        "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "o": "oscar", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "cat", "d": "dog", "e": "edward",
        "g": "george", "h": "harry", "j": "jack", "k": "king",
        "l": "london", "m": "mother", "n": "nancy", "p": "peter",
        "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
        "x": "xylophone", "y": "yellow", "z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
       "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
       "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
       "nineteenth", "twentieth"]
FILLERS = ["um", "uh", "er", "erm"]


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def zw():
    return pick(["oh", "oh", "oh", "zero", "nought", "o"])


def dw(d, zero=None):
    if d == "0":
        return zero or zw()
    return UNITS[int(d)]


def say_digits(s, zero=None, runs=True):
    words, i = [], 0
    while i < len(s):
        d, run = s[i], 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        if runs and run == 3 and chance(0.6):
            words += ["triple", dw(d, zero)]
            i += 3
        elif runs and run >= 2 and chance(0.6):
            words += ["double", dw(d, zero)]
            i += 2
        else:
            words.append(dw(d, zero))
            i += 1
    return " ".join(words)


def say_pair(p, zero=None):
    if p == "00":
        return pick(["double oh", "oh oh", "zero zero"])
    if p[0] == "0":
        return (zero or pick(["oh", "oh", "zero", "nought"])) + " " + UNITS[int(p[1])]
    if p[0] == "1":
        return TEENS[p]
    return TENS[p[0]] + ("" if p[1] == "0" else " " + UNITS[int(p[1])])


def say_pairs(s, zero=None):
    out = []
    if len(s) % 2:
        out.append(dw(s[0], zero))
        s = s[1:]
    out += [say_pair(s[i:i + 2], zero) for i in range(0, len(s), 2)]
    return " ".join(out)


def say_hundred(s):
    n = int(s)
    h, rest = divmod(n, 100)
    w = UNITS[h] + " hundred"
    if rest:
        w += pick([" and ", " "]) + small_number(rest)
    return w


def small_number(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[str(n)]
    t, u = divmod(n, 10)
    return TENS[str(t)] + ("" if u == 0 else " " + UNITS[u])


def say_group(g, zero=None, allow_hundred=False):
    """Speak one group of digits in a randomly chosen human way."""
    r = R.random()
    if allow_hundred and len(g) == 3 and g[0] != "0" and r < 0.25:
        return say_hundred(g)
    if len(g) >= 2 and r < 0.55 and g[0] != "0" and (len(g) % 2 == 0):
        return say_pairs(g, zero)
    return say_digits(g, zero)


def join_groups(parts, filler_p=0.15):
    out = parts[0]
    for p in parts[1:]:
        sep = pick([", ", ", ", "... ", " - "])
        if chance(filler_p):
            sep = pick([", um, ", "... uh ", ", er ", " uh... "])
        out += sep + p
    return out


def grp(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


# ---------------------------------------------------------------- values
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card():
    kind = pick(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "mae19"])
    if kind == "visa":
        pre, n = "4" + str(R.randint(0, 9)), 16
    elif kind == "mc":
        pre, n = str(R.randint(51, 55)), 16
    elif kind == "amex":
        pre, n = pick(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    elif kind == "visa13":
        pre, n = "4", 13
    else:
        pre, n = pick(["6759", "5018", "6304"]), 19
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(c):
    if len(c) == 15:
        return grp(c, [4, 6, 5])
    if len(c) == 13:
        return grp(c, [4, 3, 3, 3])
    if len(c) == 19:
        return grp(c, [4, 4, 4, 4, 3])
    return grp(c, [4, 4, 4, 4])


def typed_card(c):
    g = card_groups(c)
    st = R.random()
    if st < 0.35:
        return " ".join(g)
    if st < 0.55:
        return "-".join(g)
    if st < 0.75:
        return c
    if st < 0.9 and len(c) == 16:
        return " ".join(grp(c, pick([[5, 3, 4, 4], [4, 4, 8], [8, 8], [2, 4, 4, 4, 2]])))
    return ".".join(g) if chance(0.5) else "  ".join(g)


def spoken_card_parts(c):
    z = zw()
    return [say_group(g, z) for g in card_groups(c)]


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def typed_ssn(s):
    st = R.random()
    if st < 0.5:
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    if st < 0.75:
        return "%s %s %s" % (s[:3], s[3:5], s[5:])
    if st < 0.9:
        return s
    return "%s.%s.%s" % (s[:3], s[3:5], s[5:])


def spoken_ssn_parts(s):
    z = zw()
    return [say_group(s[:3], z, allow_hundred=True), say_group(s[3:5], z),
            say_group(s[5:], z)]


NI_L = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = pick(NI_L) + pick(NI_L)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + pick("ABCD")


def typed_ni(n):
    st = R.random()
    if st < 0.35:
        t = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif st < 0.65:
        t = n
    elif st < 0.8:
        t = "%s%s %s" % (n[:2], n[2:8], n[8])
    else:
        t = "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if chance(0.25):
        t = t.lower()
    return t


def say_letter(ch):
    ch = ch.lower()
    r = R.random()
    if r < 0.25:
        return "%s for %s" % (ch, NATO[ch])
    if r < 0.35 and ch in FOLK:
        return "%s for %s" % (ch, FOLK[ch])
    if r < 0.42:
        return "%s as in %s" % (ch, NATO[ch])
    return ch


def spoken_ni_parts(n):
    z = pick(["oh", "zero", "nought"])
    pre = say_letter(n[0]) + pick([" ", ", "]) + say_letter(n[1])
    digs = n[2:8]
    if chance(0.4):
        d = say_pairs(digs, z)
    else:
        d = join_groups([say_digits(digs[i:i + 2], z) for i in (0, 2, 4)], 0.1)
    return [pre, d, say_letter(n[8])]


def mod97(s):
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "FR": 27, "ES": 24}


def make_iban():
    cc = pick(["GB", "GB", "IE", "IE", "DE", "NL", "FR", "ES"])
    rd = lambda k: "".join(str(R.randint(0, 9)) for _ in range(k))
    if cc == "GB":
        bban = pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rd(14)
    elif cc == "IE":
        bban = pick(["AIBK", "BOFI", "IPBS", "ULSB"]) + rd(14)
    elif cc == "DE":
        bban = rd(18)
    elif cc == "NL":
        bban = pick(["ABNA", "INGB", "RABO"]) + rd(10)
    elif cc == "FR":
        bban = rd(23)
    else:
        bban = rd(20)
    chk = 98 - mod97(bban + cc + "00")
    return cc + "%02d" % chk + bban


def typed_iban(i):
    st = R.random()
    if st < 0.55:
        t = " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    elif st < 0.85:
        t = i
    else:
        t = "-".join(i[k:k + 4] for k in range(0, len(i), 4))
    if chance(0.2):
        t = t.lower()
    return t


def spoken_iban_parts(i):
    z = pick(["oh", "zero", "nought"])
    chunks = [i[k:k + 4] for k in range(0, len(i), 4)]
    out = []
    for ch in chunks:
        ws = []
        for c in ch:
            ws.append(say_letter(c) if c.isalpha() else dw(c, z))
        out.append(" ".join(ws))
    return out


def make_phone(country):
    rd = lambda k: "".join(str(R.randint(0, 9)) for _ in range(k))
    if country == "UK":
        if chance(0.6):
            nat = "07700900" + rd(3)
        else:
            nat = pick(["020794600", "011496000", "0131496000", "0161496000"])
            nat = nat + rd(11 - len(nat))
        return nat, "+44" + nat[1:]
    if country == "IE":
        nat = pick(["083", "085", "086", "087", "089"]) + rd(7)
        return nat, "+353" + nat[1:]
    if country == "EU":
        nat = pick(["0151", "0170", "0176"]) + rd(7)
        return nat, "+49" + nat[1:]
    nat = pick(["212", "415", "312", "617", "206", "512", "305"]) + "55501" + rd(2)
    return nat, "+1" + nat


def typed_phone(nat, intl, country):
    use_intl = chance(0.45)
    if country == "US":
        if use_intl:
            t = pick(["+1 %s %s %s", "+1-%s-%s-%s", "+1 %s-%s-%s"]) % (nat[:3], nat[3:6], nat[6:])
            return t, intl
        return pick(["%s-%s-%s", "%s.%s.%s", "%s %s %s", "%s%s%s"]) % (nat[:3], nat[3:6], nat[6:]), nat
    if country == "UK":
        if use_intl:
            body = intl[3:]
            if body.startswith("7"):
                t = pick(["+44 %s %s", "+44%s%s", "+44 (0)%s %s"]) % (body[:4], body[4:])
            else:
                t = "+44 %s %s" % (body[:len(body) - 7], body[-7:])
            return t, intl
        if nat.startswith("07"):
            return pick(["%s %s", "%s%s", "%s-%s"]) % (nat[:5], nat[5:]), nat
        return "%s %s" % (nat[:len(nat) - 7], nat[-7:]), nat
    if country == "IE":
        if use_intl:
            return "+353 %s %s %s" % (intl[4:6], intl[6:9], intl[9:]), intl
        return pick(["%s %s %s", "%s-%s %s", "%s%s%s"]) % (nat[:3], nat[3:6], nat[6:]), nat
    if use_intl:
        return "+49 %s %s" % (intl[3:6], intl[6:]), intl
    return "%s %s" % (nat[:4], nat[4:]), nat


def spoken_phone_parts(nat, intl, country):
    z = zw()
    use_intl = chance(0.35)
    if use_intl:
        cc = {"UK": "44", "IE": "353", "EU": "49", "US": "1"}[country]
        body = intl[1 + len(cc):]
        head = pick(["plus ", "plus "]) + say_digits(cc, z)
        if country == "US":
            parts = [head + " " + say_group(body[:3], z, True), say_group(body[3:6], z, True), say_group(body[6:], z)]
        else:
            cut = 4 if len(body) >= 10 else 3
            parts = [head, say_digits(body[:cut], z), say_digits(body[cut:len(body) - 3 - 3], z) if len(body) - cut > 6 else None,
                     say_digits(body[-6:-3], z), say_group(body[-3:], z, True)]
            parts = [p for p in parts if p]
        return parts, intl
    if country == "US":
        return [say_group(nat[:3], z, True), say_group(nat[3:6], z, True), say_group(nat[6:], z)], nat
    cut = 5 if nat.startswith("07") else (3 if country != "EU" else 4)
    rest = nat[cut:]
    return [say_digits(nat[:cut], z), say_digits(rest[:3], z), say_group(rest[3:], z)], nat


FIRST = ["sarah", "james", "aoife", "liam", "priya", "tom", "maria", "kwame",
         "niamh", "david", "chloe", "mohammed", "emma", "sean", "li", "grace",
         "jon", "fatima", "kevin", "olga"]
LAST = ["doe", "murphy", "patel", "kelly", "smith", "nguyen", "brennan",
        "okafor", "walsh", "garcia", "hughes", "byrne", "khan", "miller",
        "evans", "schmidt"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com",
           "hotmail.com", "icloud.com", "eircom.net", "web.de", "aol.com",
           "sky.com", "proton.me", "yahoo.com", "live.ie"]


def make_email():
    f, l = pick(FIRST), pick(LAST)
    st = R.randint(0, 5)
    if st == 0:
        local = f[0] + "." + l
    elif st == 1:
        local = f + l + str(R.randint(10, 99))
    elif st == 2:
        local = f + "_" + l[0]
    elif st == 3:
        local = f + "." + l
    elif st == 4:
        local = l + f[0] + str(R.randint(1, 9))
    else:
        local = f + "-" + l
    return local + "@" + pick(DOMAINS)


def typed_email(e):
    if chance(0.2):
        local, dom = e.split("@")
        return local.capitalize() + "@" + dom.capitalize()
    if chance(0.1):
        return e.upper()
    return e


def spoken_email(e):
    local, dom = e.split("@")
    def sp(piece):
        out = []
        for tok in re.findall(r"[a-z]+|\d+|[._-]", piece):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok == "-":
                out.append(pick(["dash", "hyphen"]))
            elif tok.isdigit():
                out.append(say_pairs(tok) if len(tok) == 2 and chance(0.6) else say_digits(tok, "zero"))
            elif len(tok) == 1:
                out.append(say_letter(tok) if chance(0.5) else tok)
            elif chance(0.2) and len(tok) <= 6:
                out.append(" ".join(tok) if "o" not in tok else tok)
            else:
                out.append(tok)
        return " ".join(out)
    return sp(local) + " at " + sp(dom)


def make_dob():
    y = R.randint(1938, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return (d, m, y)


def ordinal(n):
    if n <= 20:
        return ORD[n]
    t, u = divmod(n, 10)
    if u == 0:
        return "thirtieth"
    return TENS[str(t)] + " " + ORD[u]


def say_year(y, short_ok=True):
    r = R.random()
    if y >= 2000:
        if y < 2010 and r < 0.5:
            return "two thousand" + pick([" and ", " "]) + UNITS[y - 2000] if y != 2000 else "two thousand"
        return "twenty " + say_pair(str(y)[2:], "oh")
    if short_ok and r < 0.3:
        return say_pair(str(y)[2:], "oh")
    return "nineteen " + say_pair(str(y)[2:], "oh")


def num_suffix(n):
    if 11 <= n <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def typed_date(d, m, y, us):
    st = R.randint(0, 6)
    mn = MONTHS[m - 1]
    if st == 0:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if st == 1:
        return ("%d-%d-%02d" % (m, d, y % 100)) if us else ("%d.%d.%02d" % (d, m, y % 100))
    if st == 2:
        return "%d%s %s %d" % (d, num_suffix(d), pick([mn.capitalize(), mn[:3].capitalize()]), y)
    if st == 3:
        return "%s %d, %d" % (mn.capitalize(), d, y)
    if st == 4:
        return "%d-%02d-%02d" % (y, m, d)
    if st == 5:
        return "%d %s %d" % (d, mn[:3], y)
    return ("%d/%d/%d" % (m, d, y)) if us else ("%02d%02d%d" % (d, m, y))


def spoken_date(d, m, y, us):
    st = R.randint(0, 4)
    mn = MONTHS[m - 1]
    if st == 0:
        return "%s of %s %s" % (ordinal(d), mn, say_year(y))
    if st == 1:
        return "%s %s, %s" % (mn, ordinal(d), say_year(y))
    if st == 2:
        dd, mm = "%02d" % d, "%02d" % m
        a, b = (mm, dd) if us else (dd, mm)
        return "%s, %s, %s" % (say_digits(a, "oh", False), say_digits(b, "oh", False), say_pair(str(y)[2:], "oh"))
    if st == 3:
        return "%s %s %s" % (small_number(d), mn, say_year(y))
    return "%s the %s, %s" % (mn, ordinal(d), say_year(y))


def make_expiry():
    return (R.randint(1, 12), R.randint(2025, 2031))


def typed_expiry(m, y):
    st = R.randint(0, 5)
    if st == 0:
        return "%02d/%02d" % (m, y % 100)
    if st == 1:
        return "%02d/%d" % (m, y)
    if st == 2:
        return "%d/%02d" % (m, y % 100)
    if st == 3:
        return "%s %02d" % (MONTHS[m - 1][:3].capitalize(), y % 100)
    if st == 4:
        return "%02d-%02d" % (m, y % 100)
    return "%s %d" % (MONTHS[m - 1].capitalize(), y)


def spoken_expiry(m, y):
    st = R.randint(0, 3)
    mm = "%02d" % m
    if st == 0:
        return "%s %s" % (say_digits(mm, pick(["oh", "zero"]), False), say_pair(str(y)[2:]))
    if st == 1:
        return "%s slash %s" % (say_digits(mm, "oh", False), say_digits(str(y)[2:], "oh", False))
    if st == 2:
        return "%s %s" % (MONTHS[m - 1], say_year(y))
    return "%s %s" % (MONTHS[m - 1], say_pair(str(y)[2:]))


UK_AREAS = ["SW", "SE", "N", "E", "W", "M", "B", "L", "LS", "EH", "G", "CF",
            "BS", "NG", "CB", "OX", "BT", "NE", "S", "YO", "LE", "PL", "RG"]
UNIT_L = "ABDEFGHJLNPQRSTUWXYZ"


def make_postcode(country):
    if country == "US":
        z = "%05d" % R.randint(1001, 99950)
        if chance(0.3):
            z += "%04d" % R.randint(1, 9999)
        return z
    a = pick(UK_AREAS)
    dist = str(R.randint(1, 20))
    return a + dist + str(R.randint(0, 9)) + pick(UNIT_L) + pick(UNIT_L)


def typed_postcode(p):
    if p.isdigit():
        return p if len(p) == 5 else p[:5] + "-" + p[5:]
    t = p[:-3] + " " + p[-3:] if chance(0.8) else p
    return t.lower() if chance(0.25) else t


def spoken_postcode(p):
    if p.isdigit():
        return say_digits(p[:5], pick(["oh", "zero"])) + ("" if len(p) == 5 else " dash " + say_digits(p[5:], "zero"))
    m = re.match(r"([A-Z]+)(\d+)(\d)([A-Z])([A-Z])$", p)
    a, dist, sec, u1, u2 = m.groups()
    out = " ".join(say_letter(c) for c in a) + " "
    out += (small_number(int(dist)) if chance(0.5) else say_digits(dist, "oh", False))
    out += pick([", ", " ", "... "]) + UNITS[int(sec)] + " " + say_letter(u1) + " " + say_letter(u2)
    return out


STREET_N = ["Elm", "Kings", "Victoria", "Station", "Church", "Mill", "Oak",
            "Highfield", "Park", "Maple", "Albert", "Chapel", "Willow",
            "Queens", "Riverside", "Cedar", "Hawthorn", "Main", "Lincoln"]
UK_SUF = ["Road", "Street", "Avenue", "Close", "Lane", "Drive", "Crescent",
          "Grove", "Terrace", "Way", "Gardens"]
US_SUF = ["Street", "Avenue", "Boulevard", "Drive", "Court", "Road", "Lane"]
TOWNS = {"UK": ["Leeds", "Bristol", "Manchester", "Cardiff", "Edinburgh",
                "Nottingham", "Belfast", "Reading", "Plymouth"],
         "US": ["Austin, TX", "Seattle, WA", "Boston, MA", "Chicago, IL",
                "Miami, FL", "Denver, CO"]}


def make_address(country, spoken):
    n = R.randint(1, 240) if country == "UK" else R.randint(100, 9800)
    name = pick(STREET_N)
    suf = pick(UK_SUF if country == "UK" else US_SUF)
    flat = None
    if chance(0.25):
        flat = R.randint(1, 24)
    if spoken:
        num = small_number(n) if n < 100 else (say_hundred(str(n)) if n < 1000 else say_pairs(str(n)))
        s = "%s %s %s" % (num, name.lower(), suf.lower())
        if flat:
            s = "flat %s, %s" % (small_number(flat), s) if country == "UK" else "%s, apartment %s" % (s, small_number(flat))
    else:
        s = "%d %s %s" % (n, name, suf)
        if flat:
            s = ("Flat %d, %s" % (flat, s)) if country == "UK" else ("%s, Apt %d" % (s, flat))
        if chance(0.15):
            s = s.lower()
    return s


# ---------------------------------------------------------------- cases
class Val(object):
    def __init__(self, typ, canon):
        self.typ, self.canon, self.pieces = typ, canon, []


class Case(object):
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.vals = [], [], []

    def say(self, speaker, *parts):
        text, tidx = "", len(self.turns)
        for p in parts:
            if p is None:
                continue
            if isinstance(p, str):
                text += p
            else:
                s, v = p
                st = len(text)
                text += s
                v.pieces.append(len(self.spans))
                self.spans.append({"turn": tidx, "start": st, "end": len(text), "type": v.typ})
                if v not in self.vals:
                    self.vals.append(v)
        self.turns.append({"speaker": "customer" if speaker == "C" else "agent", "text": text})
        return self


INDUSTRIES = [
    ("banking", "Northgate Bank"), ("banking", "Harbour Credit Union"),
    ("telecom", "Vireo Mobile"), ("telecom", "Skyline Broadband"),
    ("utilities", "Brightwater Energy"), ("utilities", "County Water"),
    ("retail", "Marlow & Finch"), ("retail", "ShopNest"),
    ("insurance", "Keystone Insurance"), ("insurance", "Anchor Mutual"),
    ("travel", "Aerlight Airways"), ("travel", "Sunway Holidays"),
    ("healthcare billing", "MedBill Partners"), ("healthcare billing", "St Clare Clinic billing"),
    ("government services", "the Vehicle Licensing Office"), ("government services", "the Benefits Helpline"),
]


def ctx():
    return pick(INDUSTRIES)


def back():
    return pick(["mhm", "go on", "yep", "ok", "uh huh", "right", "yes", "got that", "okay, go on", "mm hmm"])


def fill():
    return pick(["", "", "um, ", "uh ", "er, ", "so ", "yeah, "])


# ---- decoys: non-PII that looks like PII (returned as plain strings)
def rd(k):
    return "".join(str(R.randint(0, 9)) for _ in range(k))


def decoy_typed():
    k = R.randint(0, 17)
    if k == 0:
        c = make_card()
        return "order number %s" % " ".join(card_groups(c)) if len(c) == 16 else "order no. %s" % c
    if k == 1:
        return "claim number %s-%s-%s" % (rd(3), rd(2), rd(4))
    if k == 2:
        return "policy ref %s %s %s %s %s" % (make_ni()[:2], rd(2), rd(2), rd(2), pick("ABCD"))
    if k == 3:
        return "card ending %s" % rd(4)
    if k == 4:
        return "tracking number 1Z%s%s" % (rd(3), rd(13))
    if k == 5:
        return "invoice INV-%d-%s" % (R.randint(2019, 2025), rd(6))
    if k == 6:
        return "the balance is %s%s,%s.%s" % (pick(["£", "$", "€"]), R.randint(1, 9), rd(3), rd(2))
    if k == 7:
        return "ticket #%s" % rd(8)
    if k == 8:
        return "serial no. SN-%s-%s-%s" % (rd(4), rd(4), rd(4))
    if k == 9:
        return "reference %s %s %s %s" % (rd(4), rd(4), rd(4), rd(4))
    if k == 10:
        return "meter reading %s" % rd(5)
    if k == 11:
        return "flight %s%d, seat %d%s, gate %s%d" % (pick(["BA", "EI", "FR", "UA", "LH"]), R.randint(100, 9999), R.randint(1, 40), pick("ABCDEF"), pick("ABC"), R.randint(1, 60))
    if k == 12:
        return "model number %s-%s%s" % (pick(["WD", "KX", "HB", "TV"]), rd(4), pick(["UK", "EU", "US"]))
    if k == 13:
        return "APR of %d.%d%%" % (R.randint(3, 29), R.randint(0, 9))
    if k == 14:
        return "case ID %s %s %s" % (rd(3), rd(3), rd(3))
    if k == 15:
        return "the last four %s" % rd(4)
    if k == 16:
        return "contract number %s%s" % (pick(["CN", "KT", "AB"]), rd(10))
    return "booking ref %s" % "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))


def decoy_spoken():
    k = R.randint(0, 15)
    z = zw()
    if k == 0:
        return "the order number is " + join_groups([say_group(rd(4), z) for _ in range(4)], 0.2)
    if k == 1:
        return "the claim reference is " + join_groups([say_digits(rd(3), z), say_digits(rd(2), z), say_digits(rd(4), z)], 0.2)
    if k == 2:
        return "my policy number's %s %s, %s, %s" % (say_letter(pick(NI_L)), say_letter(pick(NI_L)), say_pairs(rd(6), z), say_letter(pick("ABCD")))
    if k == 3:
        return "the card ending %s" % say_group(rd(4), z)
    if k == 4:
        return "it says the last four digits are %s" % say_digits(rd(4), z)
    if k == 5:
        return "the balance is %s pounds %s" % (small_number(R.randint(20, 99)) if chance(0.5) else say_hundred(str(R.randint(100, 999))), small_number(R.randint(1, 99)))
    if k == 6:
        return "the meter reading's %s" % say_digits(rd(5), z)
    if k == 7:
        return "the ticket number is %s" % join_groups([say_digits(rd(4), z), say_digits(rd(4), z)])
    if k == 8:
        return "we're open %s till %s, monday to saturday" % (pick(["eight", "nine", "half eight"]), pick(["six", "eight", "half five"]))
    if k == 9:
        return "it'll take about %s minutes" % small_number(R.randint(10, 59))
    if k == 10:
        return "the serial on the back of the router is %s" % join_groups([say_digits(rd(4), z) for _ in range(3)])
    if k == 11:
        return "i'm %s this year" % small_number(R.randint(21, 89))
    if k == 12:
        return "the reference for the payment is %s" % join_groups([say_group(rd(3), z, True), say_group(rd(3), z, True), say_digits(rd(3), z)])
    if k == 13:
        return "the direct debit goes out on the %s of every month" % ordinal(R.randint(1, 28))
    if k == 14:
        return "it was %s percent" % small_number(R.randint(2, 30))
    return "flight %s %s, row %s" % (pick(["e i", "b a", "f r"]), say_group(rd(3), z, True), small_number(R.randint(1, 40)))


def maybe_decoy(spoken, p=0.5):
    if not chance(p):
        return None
    return decoy_spoken() if spoken else decoy_typed()


# ---- positive templates
def t_card_chat():
    ind, co = ctx()
    c = Val("CARD_NUMBER", make_card())
    case = Case("positive", "typed chat: card number with expiry/cvv, %s" % ind)
    case.say("A", "Thanks for contacting %s. How can I help?" % co)
    dec = maybe_decoy(False, 0.7)
    case.say("C", "hi, want to pay my bill" + ((" for " + dec) if dec else "") + ".")
    case.say("A", "Sure, please type the long number on the card.")
    lab = pick(["card no: ", "CC# ", "card number - ", "", "its ", "Card: ", "number is "])
    case.say("C", lab, (typed_card(c.canon), c), pick(["", " ", "  thx", "."]))
    if chance(0.7):
        e = Val("EXPIRY", make_expiry())
        v = Val("CVV", rd(4) if len(c.canon) == 15 else "%03d" % R.randint(1, 999))
        case.say("C", pick(["exp ", "expiry ", "exp date: ", "valid thru "]), (typed_expiry(*e.canon), e),
                 pick([" cvv ", " / sec code ", ", cvc: ", " and the 3 digits are "]), (v.canon, v))
    return case


def t_card_call():
    ind, co = ctx()
    c = Val("CARD_NUMBER", make_card())
    case = Case("positive", "ASR call: card read in groups over several turns with back-channels, %s" % ind)
    parts = spoken_card_parts(c.canon)
    case.say("A", "okay so i can take that payment for you now, can i have the long card number please")
    dec = maybe_decoy(True, 0.5)
    if dec:
        case.say("C", "yeah, " + dec + ", right, and the card is " + fill(), (parts[0], c), pick(["", "..."]))
    else:
        case.say("C", fill() + pick(["yeah it's ", "okay it's ", "right, ", "so it's "]), (parts[0], c))
    i = 1
    while i < len(parts):
        case.say("A", back())
        k = R.randint(1, 2) if len(parts) - i > 1 else 1
        seg = join_groups(parts[i:i + k], 0.3)
        aside = pick(["", "", "", " ... sorry the light's bad in here", " ... hang on"])
        case.say("C", fill(), (seg, c), aside)
        i += k
    if chance(0.5):
        rb = Val("CARD_NUMBER", c.canon)
        case.say("A", "thank you, so that's ", (join_groups(spoken_card_parts(c.canon), 0), rb), ", is that right")
        case.say("C", pick(["yep that's it", "yes", "that's right", "correct"]))
    if chance(0.5):
        e = Val("EXPIRY", make_expiry())
        case.say("A", "and the expiry")
        case.say("C", fill(), (spoken_expiry(*e.canon), e))
    if chance(0.4):
        v = Val("CVV", "%03d" % R.randint(1, 999) if len(c.canon) != 15 else rd(4))
        case.say("A", "and the security code on the back")
        case.say("C", pick(["", "it's ", "uh "]), (say_group(v.canon, None, True), v))
    return case


def t_card_correction():
    ind, co = ctx()
    a = Val("CARD_NUMBER", make_card())
    b = Val("CARD_NUMBER", make_card())
    spoken = chance(0.6)
    case = Case("positive", "customer reads a card, realises it's the old one, restarts with a new card; both labelled; %s" % ind)
    case.say("A", "card number please" if spoken else "Please enter the card number.")
    if spoken:
        case.say("C", "okay it's ", (join_groups(spoken_card_parts(a.canon), 0.3), a), " ... oh no wait that's the old one, it's expired, hang on")
        case.say("A", pick(["no problem, take your time", "that's fine", "sure"]))
        case.say("C", "right, new one, ", (join_groups(spoken_card_parts(b.canon), 0.3), b))
    else:
        case.say("C", (typed_card(a.canon), a))
        case.say("C", "sorry wrong card!! use this one: ", (typed_card(b.canon), b))
    d = maybe_decoy(spoken, 0.6)
    if d:
        case.say("A", ("and just so you know " + d) if spoken else ("Noted. For your records, " + d + "."))
    return case


def t_card_lastfour_plus_full():
    ind, co = ctx()
    c = Val("CARD_NUMBER", make_card())
    case = Case("positive", "full card read, so the later last-four mention in the same case is labelled too; %s" % ind)
    last = c.canon[-4:]
    case.say("A", "which card would you like to use")
    case.say("C", "the debit card, number ", (join_groups(spoken_card_parts(c.canon), 0.2), c))
    l4 = Val("CARD_NUMBER", last)
    case.say("A", "lovely, so the card ending ", (say_digits(last), l4), ", and that's been charged %s pounds %s" % (small_number(R.randint(11, 99)), small_number(R.randint(1, 99))))
    return case


def t_ssn():
    ind, co = ctx()
    s = Val("SSN", make_ssn())
    spoken = chance(0.55)
    case = Case("positive", "US SSN %s alongside SSN-shaped non-PII; %s" % ("spoken" if spoken else "typed", ind))
    if spoken:
        dec = "the claim number is " + join_groups([say_digits(rd(3)), say_digits(rd(2)), say_digits(rd(4))], 0.2) if chance(0.6) else None
        case.say("A", "to verify, can i get your social security number")
        parts = spoken_ssn_parts(s.canon)
        if chance(0.5):
            case.say("C", fill() + pick(["sure, ", "it's ", "yeah "]), (parts[0], s))
            case.say("A", back())
            case.say("C", (join_groups(parts[1:], 0.3), s))
        else:
            case.say("C", fill() + pick(["sure, it's ", "my social is ", "okay "]), (join_groups(parts, 0.3), s))
        if dec:
            case.say("C", pick(["oh and ", "and "]) + dec + ", don't mix them up")
        if chance(0.4):
            rb = Val("SSN", s.canon)
            case.say("A", "so that's ", (join_groups(spoken_ssn_parts(s.canon), 0), rb), " and " + pick(["claim ", "member ID "]) + say_digits(rd(9)))
    else:
        case.say("A", "Please confirm the last name and SSN on the account.")
        lab = pick(["SSN: ", "ssn ", "social: ", "Soc Sec # ", "my ss# is "])
        dec = maybe_decoy(False, 0.6)
        case.say("C", pick(LAST).capitalize() + ", " + lab, (typed_ssn(s.canon), s), (" (" + dec + ")") if dec else "")
    return case


def t_ni():
    ind, co = ctx()
    n = Val("NI_NUMBER", make_ni())
    spoken = chance(0.55)
    case = Case("positive", "UK NI number %s with NI-shaped policy/reference nearby; %s" % ("spoken" if spoken else "typed", ind))
    if spoken:
        case.say("A", "and your national insurance number please")
        parts = spoken_ni_parts(n.canon)
        if chance(0.5):
            case.say("C", fill() + pick(["it's ", "yeah it's ", ""]), (parts[0], n))
            case.say("A", back())
            case.say("C", (parts[1], n), pick([", and then ", " ... ", ", "]), (parts[2], n))
        else:
            case.say("C", fill() + pick(["it's ", "okay, ", "right it's "]), (parts[0] + ", " + parts[1] + pick([", ", " ", "... um "]) + parts[2], n))
        if chance(0.5):
            case.say("C", "and " + decoy_spoken() if chance(0.5) else "my " + "policy number's " + say_letter(pick(NI_L)) + " " + say_letter(pick(NI_L)) + " " + say_pairs(rd(6)) + " " + say_letter(pick("ABCD")))
        if chance(0.3):
            case.say("A", "thanks, that's ", (" ".join(n.canon[:2].lower()) + " " + say_digits(n.canon[2:8], "zero", False) + " " + n.canon[8].lower(), Val("NI_NUMBER", n.canon)))
    else:
        case.say("A", "Can you type your NI number please?")
        dec = maybe_decoy(False, 0.6)
        case.say("C", pick(["NI no: ", "ni ", "National Insurance: ", "its ", "NINO "]), (typed_ni(n.canon), n),
                 (" and " + dec) if dec else "")
    return case


def t_bank_uk():
    ind, co = ctx()
    a = Val("BANK_ACCOUNT", rd(8))
    s = Val("SORT_CODE", rd(6))
    spoken = chance(0.5)
    case = Case("positive", "UK sort code + account %s; %s" % ("spoken" if spoken else "typed", ind))
    if spoken:
        z = pick(["oh", "zero", "nought"])
        case.say("A", "for the direct debit i need the sort code and account number")
        case.say("C", fill() + "sort code is ", (join_groups([say_group(s.canon[i:i + 2], z) for i in (0, 2, 4)], 0.2), s))
        case.say("A", back())
        aparts = [say_group(a.canon[:4], z), say_group(a.canon[4:], z)]
        if chance(0.5):
            case.say("C", "account number ", (aparts[0], a))
            case.say("A", back())
            case.say("C", (aparts[1], a))
        else:
            case.say("C", "and the account's ", (join_groups(aparts, 0.3), a))
        d = maybe_decoy(True, 0.5)
        if d:
            case.say("A", "perfect, " + d)
    else:
        case.say("A", "Please provide your bank details.")
        sc = pick(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (s.canon[:2], s.canon[2:4], s.canon[4:])
        case.say("C", pick(["sort code ", "S/C: ", "sortcode "]), (sc, s), pick([", acct no: ", " a/c ", " account number: ", " acc# "]), (a.canon, a))
    return case


def t_bank_us():
    ind, co = ctx()
    a = Val("BANK_ACCOUNT", rd(R.randint(10, 12)))
    case = Case("positive", "US checking account number with routing-like decoy; %s" % ind)
    case.say("A", "what's the checking account number you'd like refunded to")
    if chance(0.5):
        case.say("C", "acct no: ", (a.canon, a), ", and the check number is %s" % rd(4))
    else:
        z = zw()
        parts = [say_digits(a.canon[:4], z), say_digits(a.canon[4:8], z), say_digits(a.canon[8:], z)]
        case.say("C", fill() + "it's ", (join_groups(parts, 0.3), a))
        case.say("A", "and that's not the routing number, that's the account, right")
        case.say("C", "right, that's the account")
    return case


def t_iban():
    ind, co = ctx()
    i = Val("IBAN", make_iban())
    spoken = chance(0.4)
    case = Case("positive", "IBAN %s (%s); %s" % ("spoken" if spoken else "typed", i.canon[:2], ind))
    if spoken:
        case.say("A", "can you read me the iban")
        parts = spoken_iban_parts(i.canon)
        h = len(parts) // 2
        case.say("C", fill() + "okay, ", (join_groups(parts[:h], 0.2), i))
        case.say("A", back())
        case.say("C", (join_groups(parts[h:], 0.2), i))
    else:
        case.say("A", "Please send the IBAN for the refund.")
        dec = maybe_decoy(False, 0.5)
        case.say("C", pick(["IBAN: ", "iban ", "here: ", ""]), (typed_iban(i.canon), i), (" - " + dec) if dec else "")
    return case


def t_phone():
    ind, co = ctx()
    country = pick(["UK", "UK", "US", "US", "IE", "EU"])
    nat, intl = make_phone(country)
    spoken = chance(0.5)
    case = Case("positive", "%s phone %s; %s" % (country, "spoken" if spoken else "typed", ind))
    if spoken:
        parts, canon = spoken_phone_parts(nat, intl, country)
        p = Val("PHONE", canon)
        case.say("A", "best number to reach you on")
        if chance(0.4):
            case.say("C", fill() + "it's ", (join_groups(parts[:2], 0.2), p))
            case.say("A", back())
            case.say("C", (join_groups(parts[2:], 0.2), p))
        else:
            case.say("C", fill() + pick(["it's ", "my mobile is ", "you can call me on "]), (join_groups(parts, 0.2), p))
        d = maybe_decoy(True, 0.5)
        if d:
            case.say("A", "okay and " + d)
    else:
        t, canon = typed_phone(nat, intl, country)
        p = Val("PHONE", canon)
        case.say("A", "What's a good contact number?")
        case.say("C", pick(["tel: ", "mob ", "phone no. ", "call me on ", ""]), (t, p), pick(["", " after 6pm", " (work)", "."]))
    return case


def t_email():
    ind, co = ctx()
    e = Val("EMAIL", make_email())
    spoken = chance(0.55)
    case = Case("positive", "email %s; %s" % ("spoken" if spoken else "typed", ind))
    if spoken:
        case.say("A", "and what email should we send the confirmation to")
        case.say("C", fill() + pick(["it's ", "yeah it's ", ""]), (spoken_email(e.canon), e))
        if chance(0.4):
            case.say("A", "let me read that back, ", (spoken_email(e.canon), Val("EMAIL", e.canon)))
            case.say("C", "yep")
    else:
        case.say("A", "Can you confirm your email address?")
        case.say("C", pick(["email: ", "e-mail ", "its ", "", "use "]), (typed_email(e.canon), e), pick(["", " pls", "."]))
    return case


def t_dob():
    ind, co = ctx()
    us = chance(0.4)
    d = Val("DOB", make_dob())
    spoken = chance(0.55)
    case = Case("positive", "date of birth %s beside a non-PII appointment date; %s" % ("spoken" if spoken else "typed", ind))
    if spoken:
        case.say("A", "can you confirm your date of birth")
        case.say("C", fill() + pick(["it's ", "", "yeah, "]), (spoken_date(*d.canon, us=us), d))
        case.say("A", "thanks, and your appointment is on the %s of %s at %s" % (ordinal(R.randint(1, 28)), pick(MONTHS), pick(["ten", "half two", "quarter past nine"])))
    else:
        case.say("A", "Please confirm your DOB.")
        case.say("C", pick(["DOB ", "dob: ", "born ", "D.O.B. "]), (typed_date(*d.canon, us=us), d), pick(["", ". my renewal is due %s/%s/2026" % (R.randint(1, 28), R.randint(1, 12))]))
    return case


def t_address():
    ind, co = ctx()
    country = pick(["UK", "UK", "US"])
    spoken = chance(0.5)
    adr = Val("ADDRESS", make_address(country, spoken))
    pc = Val("POSTCODE", make_postcode(country))
    case = Case("positive", "%s address and postcode %s; %s" % (country, "spoken" if spoken else "typed", ind))
    town = pick(TOWNS[country])
    if spoken:
        case.say("A", "and the first line of the address")
        case.say("C", fill() + "it's ", (adr.canon, adr), ", " + town.lower())
        case.say("A", "and the " + ("postcode" if country == "UK" else "zip code"))
        case.say("C", fill(), (spoken_postcode(pc.canon), pc))
    else:
        case.say("A", "Please confirm the address on the account.")
        case.say("C", (adr.canon, adr), ", " + town + pick([", ", " "]), (typed_postcode(pc.canon), pc))
    d = maybe_decoy(spoken, 0.4)
    if d:
        case.say("A", d if spoken else d.capitalize() + ".")
    return case


def t_mixed_id():
    """Identity check mixing DOB, postcode, SSN/NI and dangerous decoys."""
    ind, co = ctx()
    uk = chance(0.5)
    case = Case("positive", "identity check: %s, DOB and postcode with id-shaped references; %s" % ("NI" if uk else "SSN", ind))
    idv = Val("NI_NUMBER", make_ni()) if uk else Val("SSN", make_ssn())
    d = Val("DOB", make_dob())
    pc = Val("POSTCODE", make_postcode("UK" if uk else "US"))
    case.say("A", "before i go into the account i need to ask a few security questions")
    case.say("C", "sure, oh and " + decoy_spoken())
    case.say("A", "noted. your %s please" % ("national insurance number" if uk else "social"))
    parts = spoken_ni_parts(idv.canon) if uk else spoken_ssn_parts(idv.canon)
    case.say("C", fill(), (join_groups(parts, 0.25), idv))
    case.say("A", "date of birth")
    case.say("C", (spoken_date(*d.canon, us=not uk), d))
    case.say("A", "and the postcode" if uk else "and zip")
    case.say("C", (spoken_postcode(pc.canon), pc))
    return case


def t_email_phone_chat():
    ind, co = ctx()
    country = pick(["UK", "US", "IE"])
    nat, intl = make_phone(country)
    t, canon = typed_phone(nat, intl, country)
    p = Val("PHONE", canon)
    e = Val("EMAIL", make_email())
    case = Case("positive", "typed update of contact details with ticket number; %s" % ind)
    case.say("C", "hi re %s, pls update my details. new email %s" % (decoy_typed(), ""), (typed_email(e.canon), e), " and mobile ", (t, p))
    case.say("A", "Done, both updated.")
    return case


POS_TEMPLATES = ([t_card_chat] * 5 + [t_card_call] * 6 + [t_card_correction] * 2 + [t_card_lastfour_plus_full]
                 + [t_ssn] * 5 + [t_ni] * 5 + [t_bank_uk] * 5 + [t_bank_us] + [t_iban] * 3 + [t_phone] * 3
                 + [t_email] * 2 + [t_dob] * 3 + [t_address] * 3 + [t_mixed_id] * 2 + [t_email_phone_chat])


# ---- negative templates
def n_decoy_chat():
    ind, co = ctx()
    case = Case("negative", "typed chat with several labelled non-PII numbers; %s" % ind)
    case.say("A", "Hi, you're through to %s." % co)
    case.say("C", "hello, about my %s and %s" % (decoy_typed(), decoy_typed()))
    case.say("A", "Thanks. I can see %s, and %s." % (decoy_typed(), decoy_typed()))
    return case


def n_decoy_call():
    ind, co = ctx()
    case = Case("negative", "ASR call: non-PII numbers spoken in card/SSN rhythm with card/id words nearby; %s" % ind)
    case.say("A", "thanks for calling %s, how can i help" % co.lower())
    case.say("C", fill() + decoy_spoken())
    case.say("A", back())
    case.say("C", decoy_spoken())
    if chance(0.6):
        case.say("A", "okay " + decoy_spoken())
    return case


def n_order_like_card():
    ind, co = ctx()
    c = make_card()
    z = zw()
    case = Case("negative", "Luhn-valid 16-digit string that is an order/reference number, read like a card; %s" % ind)
    case.say("A", "have you got the reference from the card statement letter")
    lab = pick(["order number", "reference number", "transaction reference", "gift card order number", "booking reference"])
    case.say("C", "yeah the %s is %s" % (lab, join_groups([say_group(g, z) for g in card_groups(c)], 0.3)))
    case.say("A", "and is that the %s, not your card number?" % lab.split()[0])
    case.say("C", "no no, that's the %s, i'm not giving the card over the phone" % lab)
    return case


def n_ssn_shaped():
    ind, co = ctx()
    case = Case("negative", "SSN-shaped claim/member numbers with the word social nearby; %s" % ind)
    a, b, c = rd(3), rd(2), rd(4)
    case.say("A", "i don't need your social for this, just the claim number")
    if chance(0.5):
        case.say("C", "claim number %s-%s-%s" % (a, b, c))
    else:
        case.say("C", "okay the claim number is %s, %s, %s" % (say_digits(a), say_digits(b), say_digits(c)))
    case.say("A", "thanks, and the group number on the insurance card is %s" % rd(6))
    return case


def n_ni_shaped():
    ind, co = ctx()
    case = Case("negative", "NI-shaped policy/payroll references with national insurance mentioned; %s" % ind)
    n = make_ni()
    case.say("A", "you don't need to give your national insurance number, just the policy number on the letter")
    if chance(0.5):
        case.say("C", "policy number %s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]))
    else:
        case.say("C", "it's policy %s %s, %s, %s" % (say_letter(n[0]), say_letter(n[1]), say_pairs(n[2:8]), say_letter(n[8])))
    case.say("A", "and the payroll number is %s, thanks" % rd(7))
    return case


def n_lastfour():
    ind, co = ctx()
    case = Case("negative", "card last-four mentions only (PCI allowed) plus amounts; %s" % ind)
    l4 = rd(4)
    case.say("A", "i can see two cards, which one")
    if chance(0.5):
        case.say("C", "the one ending %s, i think the other one ending %s is cancelled" % (say_digits(l4), say_digits(rd(4))))
    else:
        case.say("C", "card ending in %s pls, the visa" % l4)
    case.say("A", "okay, %s will be taken from the card ending %s on the %s" % (pick(["£42.10", "$119.99", "€7.50", "forty two pounds"]), l4, ordinal(R.randint(1, 28))))
    return case


def n_misc():
    ind, co = ctx()
    case = Case("negative", "times, dates, durations, temperatures, road names; %s" % ind)
    case.say("A", pick(["your engineer will arrive between %d and %d on %s %d" % (R.randint(8, 11), R.randint(12, 17), pick(MONTHS).capitalize(), R.randint(1, 28)),
                        "the flight departs %02d:%02d from gate %s%d" % (R.randint(5, 22), R.randint(0, 59), pick("ABC"), R.randint(1, 40)),
                        "the contract started in %d and runs %d months" % (R.randint(2015, 2025), pick([12, 18, 24, 36]))]))
    case.say("C", pick(["i'm stuck on the %s near junction %d" % (pick(["M25", "M6", "A40", "N7", "I-95"]), R.randint(1, 40)),
                        "it's %d degrees in here and the boiler model is %s" % (R.randint(-5, 35), "CB-%s" % rd(4)),
                        "i've been on hold %d minutes" % R.randint(5, 90),
                        "there are %d of us travelling, room %d" % (R.randint(2, 6), R.randint(100, 999))]))
    case.say("A", decoy_typed().capitalize() + ".")
    return case


def n_sim_serial():
    ind, co = ctx()
    body = "8944" + rd(14)
    for c in "0123456789":
        if luhn_ok(body + c):
            body += c
            break
    case = Case("negative", "Luhn-valid 19-digit SIM serial (ICCID) read like a card number, card words nearby; telecom")
    case.say("A", "can you read me the long number printed on the sim card, not your bank card")
    z = zw()
    parts = [say_group(g, z) for g in grp(body, [4, 4, 4, 4, 3])]
    case.say("C", fill() + "okay the sim serial is " + join_groups(parts[:3], 0.3))
    case.say("A", back())
    case.say("C", join_groups(parts[3:], 0.2) + ", and it came with a %s top-up voucher" % pick(["ten pound", "twenty euro", "fifteen dollar"]))
    case.say("A", "great, and the imei on the box is %s %s %s %s, the model number %s" % (rd(2), rd(6), rd(6), rd(1), "SM-%s" % rd(4)))
    return case


def n_member_id_spoken():
    ind, co = ctx()
    case = Case("negative", "member/reference ids spoken in SSN and NI rhythm; agent says not to give the social or NI number; %s" % ind)
    z = zw()
    case.say("A", pick(["please don't read me your social, i only need the member id from the front of the insurance card",
                        "no need for your national insurance number, just the reference on the letter"]))
    case.say("C", fill() + "right, the member id is " + join_groups([say_group(rd(3), z, True), say_group(rd(2), z), say_group(rd(4), z)], 0.3))
    case.say("A", back())
    case.say("C", "and the letter reference is %s %s, %s, %s, that's what it says under reference" % (
        say_letter(pick(NI_L)), say_letter(pick(NI_L)), say_pairs(rd(6), z), say_letter(pick("ABCD"))))
    case.say("A", "thanks, the claim was for %s and the excess is %s" % (pick(["£1,250", "$3,480.00", "€612.40"]), pick(["£250", "$500", "€150"])))
    return case


NEG_TEMPLATES = ([n_decoy_chat] * 2 + [n_decoy_call] * 3 + [n_order_like_card] * 2 + [n_ssn_shaped] * 2
                 + [n_ni_shaped] * 2 + [n_lastfour] + [n_misc] + [n_sim_serial] + [n_member_id_spoken] * 2)


def build():
    cases = []
    seq = []
    while len(seq) < 220:
        block = list(POS_TEMPLATES)
        R.shuffle(block)
        seq += block
    for i in range(220):
        c = seq[i]()
        c.id = "h553-pos-%03d" % (i + 1)
        cases.append(c)
    seq = []
    while len(seq) < 110:
        block = list(NEG_TEMPLATES)
        R.shuffle(block)
        seq += block
    for i in range(110):
        c = seq[i]()
        c.id = "h553-neg-%03d" % (i + 1)
        cases.append(c)
    return cases


def serialise(cases):
    lines = []
    for c in cases:
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": c.spans, "note": c.note},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- checking
WORD2D = {w: str(i) for i, w in enumerate(UNITS)}
ZEROS = {"oh", "zero", "nought"}
SKIP = set(FILLERS) | {"and", "dash", "hyphen", "slash", "space", "then", "the", "of", "st", "nd", "rd", "th"}
TEEN_W = {v: k for k, v in TEENS.items()}
TENS_W = {v: k for k, v in TENS.items()}
ORD_W = {w: i for i, w in enumerate(ORD) if w}
ORD_W["thirtieth"] = 30
NATO_W = set(NATO.values()) | set(FOLK.values()) | {"xray"}
MONTH_W = {m: i + 1 for i, m in enumerate(MONTHS)}
MONTH_W.update({m[:3]: i + 1 for i, m in enumerate(MONTHS)})
MONTH_W["sept"] = 9


def tokens(text):
    return re.findall(r"\d+|[a-z]+|[+@._,-]|\.\.\.", text.lower().replace("x-ray", "xray"))


def normalise(text, alnum=False, date=False):
    """Turn a typed or spoken value into digits/letters; None if a stray word."""
    t = tokens(text)
    out, i = [], 0
    def num_at(j):
        # returns (digits, next_j) for a spoken number starting at j, or None
        w = t[j]
        if w in TENS_W:
            if j + 1 < len(t) and t[j + 1] in WORD2D and t[j + 1] != "zero":
                return TENS_W[w] + WORD2D[t[j + 1]], j + 2
            if date and j + 1 < len(t) and t[j + 1] in ORD_W and ORD_W[t[j + 1]] < 10:
                return TENS_W[w] + str(ORD_W[t[j + 1]]), j + 2
            return TENS_W[w] + "0", j + 1
        if w in TEEN_W:
            return TEEN_W[w], j + 1
        if w in WORD2D and j + 1 < len(t) and t[j + 1] in ("hundred", "thousand"):
            mult = 100 if t[j + 1] == "hundred" else 1000
            base = int(WORD2D[w]) * mult
            k = j + 2
            if k < len(t) and t[k] == "and":
                k += 1
            if k < len(t) and (t[k] in TENS_W or t[k] in TEEN_W or (t[k] in WORD2D and t[k] != "zero")):
                r, k = num_at(k)
                base += int(r)
            return str(base), k
        if w in WORD2D or w in ZEROS or (w == "o" and not alnum):
            return ("0" if w in ZEROS or w == "o" else WORD2D[w]), j + 1
        if date and w in ORD_W:
            return str(ORD_W[w]), j + 1
        return None
    while i < len(t):
        w = t[i]
        if w in SKIP or w in (",", ".", "...", "-", "_"):
            i += 1
            continue
        if w.isdigit():
            out.append(w)
            i += 1
            continue
        if w in ("plus", "+"):
            out.append("+")
            i += 1
            continue
        if w in ("double", "triple"):
            r = num_at(i + 1)
            if r is None or len(r[0]) != 1:
                return None
            out.append(r[0] * (2 if w == "double" else 3))
            i = r[1]
            continue
        r = num_at(i)
        if r is not None:
            out.append(r[0])
            i = r[1]
            continue
        if date and w in MONTH_W:
            out.append("M%d|" % MONTH_W[w])
            i += 1
            continue
        if len(w) == 1 and w.isalpha():
            out.append(w.upper())
            if i + 2 < len(t) and t[i + 1] == "for" and t[i + 2] in NATO_W:
                i += 3
            elif i + 3 < len(t) and t[i + 1] == "as" and t[i + 2] == "in" and t[i + 3] in NATO_W:
                i += 4
            else:
                i += 1
            continue
        if alnum and w.isalpha() and len(w) <= 4:
            out.append(w.upper())
            i += 1
            continue
        return None
    return "".join(out)


def norm_email(text):
    if "@" in text:
        return text.lower()
    t = tokens(text)
    out, i = [], 0
    while i < len(t):
        w = t[i]
        if w in FILLERS or w == ",":
            i += 1
        elif w == "dot":
            out.append(".")
            i += 1
        elif w == "at":
            out.append("@")
            i += 1
        elif w == "underscore":
            out.append("_")
            i += 1
        elif w in ("dash", "hyphen"):
            out.append("-")
            i += 1
        elif w in WORD2D or w in TENS_W or w in TEEN_W:
            j, buf = i, []
            while j < len(t) and (t[j] in WORD2D or t[j] in TENS_W or t[j] in TEEN_W):
                j += 1
            buf = normalise(" ".join(t[i:j]))
            out.append(buf)
            i = j
        elif len(w) == 1 and i + 2 < len(t) and t[i + 1] == "for" and t[i + 2] in NATO_W:
            out.append(w)
            i += 3
        elif len(w) == 1 and i + 3 < len(t) and t[i + 1] == "as" and t[i + 2] == "in" and t[i + 3] in NATO_W:
            out.append(w)
            i += 4
        else:
            out.append(w)
            i += 1
    return "".join(out)


def date_ok(s, canon, expiry):
    if s is None:
        return False
    month = None
    m = re.search(r"M(\d+)\|", s)
    if m:
        month = int(m.group(1))
        s = s.replace(m.group(0), "")
    if expiry:
        mo, y = canon
        yrs = [str(y), "%02d" % (y % 100)]
        if month is not None:
            return month == mo and s in yrs
        return s in [a + b for a in (str(mo), "%02d" % mo) for b in yrs]
    d, mo, y = canon
    yrs = [str(y), "%02d" % (y % 100)]
    ds, ms = (str(d), "%02d" % d), (str(mo), "%02d" % mo)
    if month is not None:
        return month == mo and (s in [a + b for a in ds for b in yrs] or s in [b + a for a in ds for b in yrs])
    cands = set()
    for a in ds:
        for b in ms:
            for yy in yrs:
                cands |= {a + b + yy, b + a + yy, yy + b + a}
    return s in cands


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def valid_canon(v):
    c, t = v.canon, v.typ
    if t == "CARD_NUMBER":
        return c.isdigit() and (13 <= len(c) <= 19 and luhn_ok(c) or len(c) == 4)
    if t == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if t == "SSN":
        return c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9" and c[3:5] != "00" and c[5:] != "0000"
    if t == "NI_NUMBER":
        return bool(NI_RE.match(c)) and c[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if t == "BANK_ACCOUNT":
        return c.isdigit() and 8 <= len(c) <= 12
    if t == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if t == "IBAN":
        return IBAN_LEN.get(c[:2]) == len(c) and mod97(c[4:] + c[:4]) == 1
    if t == "PHONE":
        return bool(re.match(r"^(\+\d{10,13}|0\d{9,10}|[2-9]\d{9})$", c))
    if t == "EMAIL":
        return bool(re.match(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", c))
    if t == "DOB":
        try:
            return datetime.date(c[2], c[1], c[0]) < datetime.date(2010, 1, 1)
        except ValueError:
            return False
    if t == "EXPIRY":
        return 1 <= c[0] <= 12 and 2024 <= c[1] <= 2035
    if t == "POSTCODE":
        return bool(PC_RE.match(c)) or bool(re.match(r"^\d{5}(\d{4})?$", c))
    if t == "ADDRESS":
        return bool(re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)", c.lower())) and \
            bool(re.search(r"\b(road|street|avenue|close|lane|drive|crescent|grove|terrace|way|gardens|boulevard|court)\b", c.lower()))
    return False


def value_text_ok(v, texts):
    t = v.typ
    joined = " , ".join(texts)
    if t == "EMAIL":
        return norm_email(joined) == v.canon
    if t in ("DOB", "EXPIRY"):
        return date_ok(normalise(joined, date=True), v.canon, t == "EXPIRY")
    if t == "ADDRESS":
        return joined == v.canon
    if t in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return normalise(joined, alnum=True) == v.canon
    if t == "PHONE":
        n = normalise(joined)
        return n is not None and n.replace("+440", "+44") == v.canon
    return normalise(joined) == v.canon


def check(cases, text):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        on_disk = f.read()
    if on_disk != text:
        errs.append("cases.jsonl is not byte-identical to a fresh generation")
    rows = [json.loads(l) for l in on_disk.splitlines() if l.strip()]
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for r in rows:
        if r["kind"] not in ("positive", "negative"):
            errs.append("%s bad kind" % r["id"])
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s positive without spans" % r["id"])
        for tu in r["turns"]:
            if tu["speaker"] not in ("customer", "agent"):
                errs.append("%s bad speaker" % r["id"])
        by_turn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s bad type" % r["id"])
            tx = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append("%s span out of range" % r["id"])
                continue
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s span not on word boundary: %r" % (r["id"], tx[a:b]))
            if not (tx[a].isalnum() or tx[a] == "+") or not tx[b - 1].isalnum():
                errs.append("%s span edge not alnum: %r" % (r["id"], tx[a:b]))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s overlapping spans" % r["id"])
    for c in cases:
        for v in c.vals:
            texts = [c.turns[c.spans[k]["turn"]]["text"][c.spans[k]["start"]:c.spans[k]["end"]] for k in v.pieces]
            if not valid_canon(v):
                errs.append("%s invalid canonical %s %r" % (c.id, v.typ, v.canon))
            if not value_text_ok(v, texts):
                errs.append("%s text does not normalise to value %s %r -> %r" % (c.id, v.typ, texts, v.canon))
        # last-four without a full card in the same case must never be labelled
        cards = [v for v in c.vals if v.typ == "CARD_NUMBER"]
        if any(len(v.canon) == 4 for v in cards) and not any(len(v.canon) > 4 for v in cards):
            errs.append("%s labelled last-four without full card" % c.id)
    counts = type_counts(rows)
    mins = {t: 10 for t in TYPES}
    mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, m in mins.items():
        if counts.get(t, 0) < m:
            errs.append("too few %s spans: %d < %d" % (t, counts.get(t, 0), m))
    npos = sum(r["kind"] == "positive" for r in rows)
    nneg = len(rows) - npos
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d positive, %d negative" % (npos, nneg))
    return errs, counts, npos, nneg


def type_counts(rows):
    counts = {}
    for r in rows:
        for s in r["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
    return counts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    cases = build()
    text = serialise(cases)
    if args.check:
        errs, counts, npos, nneg = check(cases, text)
        for e in errs[:60]:
            print("ERROR:", e)
        print("positive=%d negative=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts.get(t, 0)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            return 1
        print("CHECK OK")
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(cases), OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the pii_holdout547 held-out PII redaction evaluation set.

Usage:
    python3 scripts/make_pii_holdout547.py          # (re)write cases.jsonl
    python3 scripts/make_pii_holdout547.py --check  # regenerate and verify

Every turn is assembled from plain-text segments and labelled value segments,
so span offsets are computed, never typed by hand.  Standard library only.
"""
import argparse
import json
import os
import random
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout547", "cases.jsonl")
SEED = 547241125
R = None  # the single random.Random(SEED), created in build()

# ---------------------------------------------------------------- words
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZEROS = ["oh", "zero", "nought", "o", "oh", "zero"]
FILLERS = ["um", "uh", "er", "erm", "uhh", "umm"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward", "f": "freddie",
        "g": "george", "h": "harry", "j": "jack", "k": "king", "l": "london", "m": "mother",
        "n": "nellie", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
        "x": "xmas", "y": "yellow", "z": "zebra"}


def zero():
    return R.choice(ZEROS)


def dw(d):
    return zero() if d == "0" else ONES[int(d)]


def say_digits(g, allow_runs=True):
    out, i = [], 0
    while i < len(g):
        d = g[i]
        run = 1
        while i + run < len(g) and g[i + run] == d and run < 3:
            run += 1
        if allow_runs and run == 3 and R.random() < 0.6:
            out.append("triple " + dw(d)); i += 3; continue
        if allow_runs and run >= 2 and R.random() < 0.6:
            out.append("double " + dw(d)); i += 2; continue
        out.append(dw(d)); i += 1
    return " ".join(out)


def say_pair(p):
    if p[0] == "0":
        return zero() + " " + ONES[int(p[1])]
    if p[0] == "1":
        return TEENS[int(p[1])]
    if p[1] == "0":
        return ONES[int(p[0])] + " " + zero()
    return TENS[int(p[0])] + " " + ONES[int(p[1])]


def say_pairs(g):
    parts = []
    if len(g) % 2:
        parts.append(dw(g[0])); g = g[1:]
    for k in range(0, len(g), 2):
        parts.append(say_pair(g[k:k + 2]))
    return " ".join(parts)


def say_hundred(g):
    h = ONES[int(g[0])] + " hundred"
    rest = g[1:]
    if rest == "00":
        return h
    if rest[0] == "0":
        return h + R.choice([" and ", " "]) + ONES[int(rest[1])]
    if rest[1] == "0":
        return say_digits(g)
    return h + R.choice([" and ", " "]) + say_pair(rest)


def say_group(g):
    """Say a short digit group the way a caller might."""
    opts = ["d", "d"]
    if len(g) % 2 == 0:
        opts += ["p"]
    if len(g) == 3 and g[0] != "0":
        opts += ["h"]
    if len(g) == 4 and g[0] != "0" and g[1] != "0":
        opts += ["pp"]
    m = R.choice(opts)
    if m == "p" or m == "pp":
        return say_pairs(g)
    if m == "h":
        return say_hundred(g)
    return say_digits(g)


def say_letter(c, nato_p=0.35):
    c = c.lower()
    x = R.random()
    if x < nato_p:
        return c + " for " + NATO[c]
    if x < nato_p + 0.1 and c in FOLK:
        return c + " as in " + FOLK[c]
    return c


def join_spoken(chunks, filler_p=0.25):
    out = []
    for k, ch in enumerate(chunks):
        if k and R.random() < filler_p:
            out.append(R.choice(FILLERS))
        out.append(ch)
    sep = R.choice([" ", " ", ", ", " ... "])
    s = out[0]
    for ch in out[1:]:
        s += (" " if ch in FILLERS or s.split()[-1] in FILLERS else sep) + ch
    return s


def groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


# ---------------------------------------------------------------- value generators
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


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def gen_card():
    kind = R.choice(["v16", "v16", "v16", "mc", "mc", "amex", "disc", "v13", "maes19", "din14"])
    pre, n = {"v16": ("4", 16), "mc": ("5" + R.choice("12345"), 16), "amex": (R.choice(["34", "37"]), 15),
              "disc": ("6011", 16), "v13": ("4", 13), "maes19": ("6759", 19), "din14": ("36", 14)}[kind]
    return luhn_complete(pre + rdig(n - len(pre) - 1))


def card_sizes(d):
    return {16: [4, 4, 4, 4], 15: [4, 6, 5], 14: [4, 6, 4], 13: [4, 4, 5], 19: [4, 4, 4, 4, 3]}[len(d)]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_A = "ABCEGHJKLMNPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_A) + R.choice(NI_B)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + R.choice("ABCD")


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def iban_ok(s):
    s = s.upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", s):
        return False
    t = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in t)
    return int(num) % 97 == 1


def make_iban(cc, bban):
    t = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in t)
    return cc + "%02d" % (98 - int(num) % 97) + bban


def gen_iban():
    cc = R.choice(["GB", "GB", "IE", "IE", "DE", "NL", "ES", "FR"])
    if cc == "GB":
        b = R.choice(["NWBK", "BARC", "MIDL", "HBUK", "NAIA"]) + rdig(14)
    elif cc == "IE":
        b = R.choice(["AIBK", "IPBS", "ULSB"]) + rdig(14)
    elif cc == "DE":
        b = rdig(18)
    elif cc == "NL":
        b = R.choice(["ABNA", "INGB", "TRIB"]) + rdig(10)
    elif cc == "ES":
        b = rdig(20)
    else:
        b = rdig(23)
    return make_iban(cc, b)


UK_OUT = ["SW1A", "SW11", "E14", "N1", "M1", "M20", "B15", "LS6", "G12", "EH3", "CF10", "BS8",
          "BT9", "L17", "NE1", "CB2", "OX4", "BN2", "NG7", "S10", "DE22", "PL4", "W1T", "EC1V", "SE15"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode():
    if R.random() < 0.6:
        o = R.choice([x for x in UK_OUT if "O" not in x])
        return ("UK", o + str(R.randint(0, 9)) + R.choice(INWARD_L) + R.choice(INWARD_L), o)
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.3:
        z += rdig(4)
    return ("US", z, None)


FIRST = ["james", "sarah", "aoife", "mohammed", "priya", "liam", "chloe", "dave", "siobhan",
         "tom", "kerry", "raj", "emma", "padraig", "lucy", "marek", "fatima", "gareth", "jen", "wes"]
LAST = ["doe", "murphy", "khan", "patel", "smith", "nowak", "walsh", "jones", "brennan",
        "garcia", "evans", "reilly", "chen", "baker", "hughes", "kelly", "lee", "ward"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "icloud.com", "btinternet.com",
           "eircom.net", "live.ie", "aol.com", "proton.me", "sky.com", "web.de"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.choice(["f.l", "fl", "f_l", "fl##", "f.l#", "il", "f.l"])
    num = str(R.randint(1, 99))
    local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "fl##": f + l + num,
             "f.l#": f + "." + l + num, "il": f[0] + l}[style]
    return local + "@" + R.choice(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    def part(p):
        toks = []
        for piece in re.split(r"([._])", p):
            if piece == ".":
                toks.append("dot")
            elif piece == "_":
                toks.append("underscore")
            elif piece.isdigit():
                toks.append(say_pairs(piece) if len(piece) == 2 and R.random() < 0.6 else say_digits(piece, False))
            elif len(piece) == 1:
                toks.append(piece)
            elif piece:
                toks.append(piece)
        return " ".join(toks)
    # split trailing digits from letters
    m = re.match(r"^(.*?)(\d*)$", local)
    loc = part(m.group(1)) + ((" " + part(m.group(2))) if m.group(2) else "")
    return loc + " at " + part(dom)


STREETS = ["Baker", "Elm", "Station", "Church", "Mill", "Victoria", "Kingsway", "Oak", "Harbour",
           "Meadow", "Castle", "Queens", "Maple", "Bridge", "Park", "Willow", "Main", "Cedar", "Highfield"]
SUFFIX = ["Street", "Road", "Avenue", "Lane", "Close", "Drive", "Way", "Crescent", "Terrace",
          "Gardens", "Court", "Place", "Grove", "St", "Rd", "Ave"]
TOWNS = ["Leeds", "Manchester", "Cork", "Galway", "Bristol", "Glasgow", "Boston", "Dublin",
         "Cardiff", "Austin", "Belfast", "Sheffield", "Denver", "Limerick"]


def gen_address():
    num = R.randint(1, 420)
    st = R.choice(STREETS) + " " + R.choice(SUFFIX)
    flat = R.choice([None, None, None, "Flat %d" % R.randint(1, 40), "Apt %d%s" % (R.randint(1, 30), R.choice(["", "B", "C"])),
                     "Unit %d" % R.randint(1, 12)])
    return num, st, flat


def typed_address(a):
    num, st, flat = a
    s = "%d %s" % (num, st)
    if R.random() < 0.2:
        s = s.lower()
    if flat:
        s = flat + R.choice([", ", " ", " / "]) + s
    return s


def spoken_num(n):
    s = str(n)
    if n < 10:
        return ONES[n]
    if n < 100:
        return say_pair(s) if s[1] != "0" else TENS[int(s[0])]
    return R.choice([say_hundred(s) if s[1:] != "00" or True else s, say_pairs(s)])


def spoken_address(a):
    num, st, flat = a
    st = re.sub(r" st$", " street", re.sub(r" rd$", " road", re.sub(r" ave$", " avenue", st.lower())))
    s = spoken_num(num) + " " + st
    if flat:
        w, n = flat.split(" ")
        m = re.match(r"(\d+)([A-Z]?)", n)
        s = w.lower() + " " + spoken_num(int(m.group(1))) + (" " + m.group(2).lower() if m.group(2) else "") + " " + s
    return s


def gen_date(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return d, m, y


def say_year(y):
    if y == 2000:
        return "two thousand"
    if y >= 2000:
        return R.choice(["two thousand and " + ONES[y - 2000] if y < 2010 else "twenty " + say_pair(str(y)[2:]),
                         "two thousand " + (ONES[y - 2000] if y < 2010 else say_pair(str(y)[2:]))])
    return "nineteen " + say_pair(str(y)[2:])


def typed_dob(t):
    d, m, y = t
    f = R.choice(["dmy/", "dmy/", "dmy.", "iso", "mdy", "dMy", "Mdy", "dmy2", "dmy-"])
    return {"dmy/": "%02d/%02d/%d" % (d, m, y), "dmy.": "%d.%d.%d" % (d, m, y),
            "iso": "%d-%02d-%02d" % (y, m, d), "mdy": "%02d/%02d/%d" % (m, d, y),
            "dMy": "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
            "Mdy": "%s %d, %d" % (MON3[m - 1].capitalize(), d, y),
            "dmy2": "%d/%d/%02d" % (d, m, y % 100), "dmy-": "%02d-%02d-%d" % (d, m, y)}[f]


def spoken_dob(t):
    d, m, y = t
    f = R.choice(["the %s of %s %s", "%s %s %s", "%s the %s %s"])
    if f.startswith("%s the"):
        return f % (MONTHS[m - 1], ORD[d], say_year(y))
    if f.startswith("the"):
        return f % (ORD[d], MONTHS[m - 1], say_year(y))
    return f % (ORD[d], MONTHS[m - 1], say_year(y))


def typed_exp(t):
    m, y = t
    return R.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%d/%02d" % (m, y % 100),
                     "%02d-%02d" % (m, y % 100), "%02d / %02d" % (m, y % 100), "%s %d" % (MON3[m - 1].capitalize(), y)])


def spoken_exp(t):
    m, y = t
    return R.choice(["%s %s" % (say_pair("%02d" % m), say_pair("%02d" % (y % 100))),
                     "%s %s" % (MONTHS[m - 1], say_year(y)),
                     "%s %s" % (say_digits("%02d" % m, False), say_pair("%02d" % (y % 100)))])


# ---------------------------------------------------------------- phones
def gen_phone():
    """Return (canonical digits, typed text, spoken chunks)."""
    k = R.choice(["ukm", "ukm", "ukl", "us", "us", "ie", "eu"])
    if k == "ukm":
        nat = "07" + rdig(9)
        forms = [("%s %s" % (nat[:5], nat[5:]), nat), ("+44 %s %s" % (nat[1:5], nat[5:]), "44" + nat[1:]),
                 ("+44 (0)%s %s" % (nat[1:5], nat[5:]), "440" + nat[1:]), ("0044 %s %s %s" % (nat[1:5], nat[5:8], nat[8:]), "0044" + nat[1:]),
                 ("%s-%s-%s" % (nat[:5], nat[5:8], nat[8:]), nat), ("+44" + nat[1:], "44" + nat[1:])]
        sp = [(["oh " + say_digits(nat[1:5])] + [say_group(nat[5:8]), say_group(nat[8:])], nat),
              (["plus four four", say_digits(nat[1:5]), say_group(nat[5:8]), say_group(nat[8:])], "44" + nat[1:])]
    elif k == "ukl":
        nat = R.choice(["020", "0161", "0113", "0117", "0131", "028"])
        nat = nat + rdig(11 - len(nat))
        a = 3 if nat.startswith("02") else 4
        forms = [("%s %s %s" % (nat[:a], nat[a:a + 4], nat[a + 4:]), nat), ("(%s) %s %s" % (nat[:a], nat[a:a + 4], nat[a + 4:]), nat),
                 ("+44 %s %s %s" % (nat[1:a], nat[a:a + 4], nat[a + 4:]), "44" + nat[1:])]
        sp = [([say_digits(nat[:a]), say_group(nat[a:a + 4]), say_group(nat[a + 4:])], nat)]
    elif k == "us":
        a, b, c = str(R.randint(201, 989)), str(R.randint(200, 989)), rdig(4)
        forms = [("(%s) %s-%s" % (a, b, c), a + b + c), ("%s-%s-%s" % (a, b, c), a + b + c), ("%s.%s.%s" % (a, b, c), a + b + c),
                 ("+1 %s %s %s" % (a, b, c), "1" + a + b + c), ("1-%s-%s-%s" % (a, b, c), "1" + a + b + c), (a + b + c, a + b + c)]
        sp = [([say_digits(a), say_digits(b), say_group(c)], a + b + c),
              (["one", say_digits(a), say_group(b), say_group(c)], "1" + a + b + c)]
    elif k == "ie":
        nat = "08" + R.choice("35679") + rdig(7)
        forms = [("%s %s %s" % (nat[:3], nat[3:6], nat[6:]), nat), ("+353 %s %s %s" % (nat[1:3], nat[3:6], nat[6:]), "353" + nat[1:]),
                 ("00353-%s-%s" % (nat[1:3], nat[3:]), "00353" + nat[1:]), ("%s-%s" % (nat[:3], nat[3:]), nat)]
        sp = [([say_digits(nat[:3]), say_group(nat[3:6]), say_group(nat[6:])], nat),
              (["plus three five three", say_digits(nat[1:3]), say_group(nat[3:6]), say_group(nat[6:])], "353" + nat[1:])]
    else:
        cc, nat = R.choice([("33", "6" + rdig(8)), ("49", "151" + rdig(8)), ("34", "6" + rdig(8)), ("31", "6" + rdig(8))])
        forms = [("+%s %s %s %s" % (cc, nat[:3], nat[3:6], nat[6:]), cc + nat), ("00%s %s" % (cc, nat), "00" + cc + nat),
                 ("+%s%s" % (cc, nat), cc + nat)]
        sp = [(["plus " + say_digits(cc, False), say_digits(nat[:3]), say_group(nat[3:6]), say_group(nat[6:])], cc + nat)]
    t = R.choice(forms)
    s = R.choice(sp)
    return t, s


# ---------------------------------------------------------------- normalisation / validation
DIGW = {w: str(k) for k, w in enumerate(ONES)}
DIGW.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "zero": "0"})
TEENW = {w: str(10 + k) for k, w in enumerate(TEENS)}
TENW = {w: str(k) for k, w in enumerate(TENS) if w}
FILLW = set(FILLERS) | {"and", "plus"}
NATOW = {v: k for k, v in NATO.items()}


def spoken_to_alnum(text, strict=True):
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out, i = "", 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in ("double", "triple") and nxt in DIGW:
            out += DIGW[nxt] * (2 if t == "double" else 3); i += 2; continue
        if t in DIGW and nxt == "hundred":
            out += DIGW[t]; i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            a = toks[i] if i < len(toks) else None
            b = toks[i + 1] if i + 1 < len(toks) else None
            if a in TENW:
                out += TENW[a] + (DIGW[b] if b in DIGW and b not in ("oh", "o", "zero", "nought") else "0")
                i += 2 if (b in DIGW and b not in ("oh", "o", "zero", "nought")) else 1
            elif a in TEENW:
                out += TEENW[a]; i += 1
            elif a in DIGW and a not in ("oh", "o", "zero", "nought"):
                out += "0" + DIGW[a]; i += 1
            else:
                out += "00"
            continue
        if t in DIGW:
            out += DIGW[t]; i += 1; continue
        if t in TEENW:
            out += TEENW[t]; i += 1; continue
        if t in TENW:
            if nxt in DIGW and nxt not in ("oh", "o", "zero", "nought", "nil"):
                out += TENW[t] + DIGW[nxt]; i += 2
            else:
                out += TENW[t] + "0"; i += 1
            continue
        if t in FILLW:
            i += 1; continue
        if len(t) == 1 and nxt == "for" and i + 2 < len(toks):
            out += t.upper(); i += 3; continue
        if len(t) == 1 and nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
            out += t.upper(); i += 4; continue
        if t in NATOW:
            out += NATOW[t].upper(); i += 1; continue
        if t.isdigit() or len(t) <= 4 or (any(c.isdigit() for c in t) and t.isalnum()):
            out += t.upper(); i += 1; continue
        if strict:
            raise ValueError("unknown token %r in %r" % (t, text))
        i += 1
    return out


def norm_email(text):
    toks = text.lower().split()
    out = []
    for t in toks:
        if t == "at":
            out.append("@")
        elif t == "dot":
            out.append(".")
        elif t == "underscore":
            out.append("_")
        elif t in FILLERS:
            continue
        elif t in DIGW or t in TEENW or t in TENW or t == "double":
            out.append("#" + t)
        else:
            out.append(t)
    s = ""
    k = 0
    while k < len(out):
        if out[k].startswith("#"):
            ws = []
            while k < len(out) and out[k].startswith("#"):
                ws.append(out[k][1:]); k += 1
            s += spoken_to_alnum(" ".join(ws))
        else:
            s += out[k]; k += 1
    return s


SUFW = {s.lower() for s in SUFFIX} | {"street", "road", "avenue"}


def date_ok(text, kind):
    t = text.lower()
    if kind == "DOB":
        if any(m in t for m in MON3) and re.search(r"\d{4}|nineteen|two thousand|twenty", t):
            return True
        m = re.fullmatch(r"(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})", t)
        if m:
            a, b, c = (int(x) for x in m.groups())
            if a > 1000:
                return 1 <= b <= 12 and 1 <= c <= 31
            return (1 <= b <= 12 and 1 <= a <= 31) or (1 <= a <= 12 and 1 <= b <= 31)
        return False
    if any(m in t for m in MON3):
        return True
    d = spoken_to_alnum(t)
    return len(d) in (4, 6) and 1 <= int(d[:2]) <= 12 or (len(d) in (3, 5) and 1 <= int(d[0]) <= 9)


def validate(typ, text, canon):
    """Return None if ok, else an error string."""
    if typ == "EMAIL":
        n = norm_email(text)
        if n != canon.lower() or not re.fullmatch(r"[a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", n):
            return "email %r != %r" % (n, canon)
        return None
    if typ in ("DOB", "EXPIRY"):
        return None if date_ok(text, typ) else "bad date %r" % text
    if typ == "ADDRESS":
        t = text.lower()
        ok = re.match(r"^(flat|apt|unit|\d|[a-z]+ )", t) and t.split()[-1] in SUFW
        return None if ok else "bad address %r" % text
    n = spoken_to_alnum(text)
    if n != canon:
        return "normalised %r != canonical %r" % (n, canon)
    if typ == "CARD_NUMBER":
        ok = canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)
    elif typ == "CVV":
        ok = canon.isdigit() and len(canon) in (3, 4)
    elif typ == "SSN":
        ok = canon.isdigit() and len(canon) == 9 and canon[:3] not in ("000", "666") and canon[0] != "9"
    elif typ == "NI_NUMBER":
        ok = bool(NI_RE.match(canon))
    elif typ == "BANK_ACCOUNT":
        ok = canon.isdigit() and 6 <= len(canon) <= 12
    elif typ == "SORT_CODE":
        ok = canon.isdigit() and len(canon) == 6
    elif typ == "IBAN":
        ok = iban_ok(canon)
    elif typ == "PHONE":
        ok = canon.isdigit() and 9 <= len(canon) <= 15
    elif typ == "POSTCODE":
        ok = bool(re.fullmatch(r"\d{5}(\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", canon))
    else:
        ok = False
    return None if ok else "invalid %s %r" % (typ, canon)


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []
        self.groups = {}

    def val(self, typ, canon, partial=False):
        g = len(self.groups)
        self.groups[g] = (typ, canon, partial)
        return g

    def t(self, speaker, *segs):
        self.turns.append((speaker, segs))
        return self

    def render(self):
        turns, spans, meta = [], [], []
        for ti, (sp, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, str):
                    text += s
                else:
                    v, g = s
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(v),
                                  "type": self.groups[g][0]})
                    meta.append(g)
                    text += v
            turns.append({"speaker": sp, "text": text})
        return turns, spans, meta


def V(text, g):
    return (text, g)


def lead_split(txt):
    k = 0
    while k < len(txt) and not txt[k].isalnum():
        k += 1
    return txt[:k], txt[k:]


def ch(*xs):
    return R.choice(xs)


AG_BACK = ["mhm", "go on", "yep", "ok", "uh huh", "right", "got that", "yeah go ahead", "and the rest?", "okay, next bit?"]
CUST_SIGN = ["Thanks", "Cheers", "Kind regards", "Best", "Many thanks", "Regards", "thx"]


# ---------------------------------------------------------------- typed renderers per type
def typed_value(typ):
    """Return (typed text, canonical)."""
    if typ == "CARD_NUMBER":
        d = gen_card()
        sizes = card_sizes(d)
        if R.random() < 0.2:
            sizes = R.choice([[8, 8], [3, 5, 4, 4], [6, 6, 4], [2, 4, 4, 6], [5, 5, 6]])
        sep = ch(" ", " ", "-", "", ".", "  ", " - ", "\n", "/", "_")
        return sep.join(groups(d, sizes)), d
    if typ == "SSN":
        d = gen_ssn()
        sep = ch("-", "-", " ", "", ".", " - ")
        return sep.join([d[:3], d[3:5], d[5:]]), d
    if typ == "NI_NUMBER":
        d = gen_ni()
        f = ch("s", "c", "c", "l", "d", "m")
        s = {"s": "%s %s %s %s %s" % (d[:2], d[2:4], d[4:6], d[6:8], d[8]), "c": d, "l": d.lower(),
             "d": "%s-%s-%s-%s-%s" % (d[:2], d[2:4], d[4:6], d[6:8], d[8]), "m": "%s %s %s" % (d[:2], d[2:8], d[8])}[f]
        return s, d
    if typ == "BANK_ACCOUNT":
        d = rdig(R.choice([8, 8, 8, 10, 12, 7]))
        if d[0] == "0" and R.random() < 0.5:
            d = "1" + d[1:]
        s = d if R.random() < 0.6 else " ".join(groups(d, [4, 4, 4]))
        return s, d
    if typ == "SORT_CODE":
        d = rdig(6)
        return ch("-", " ", "", ".", " - ").join(groups(d, [2, 2, 2])), d
    if typ == "IBAN":
        d = gen_iban()
        s = " ".join(groups(d, [4] * 9)) if R.random() < 0.6 else d
        if R.random() < 0.25:
            s = s.lower()
        return s, d
    if typ == "CVV":
        d = rdig(R.choice([3, 3, 3, 4]))
        return d, d
    if typ == "POSTCODE":
        c, d, o = gen_postcode()
        if c == "UK":
            s = ch(o + " " + d[len(o):], o + " " + d[len(o):], d, (o + " " + d[len(o):]).lower())
        else:
            s = d if len(d) == 5 else d[:5] + "-" + d[5:]
        return s, d
    raise KeyError(typ)


def spoken_value(typ):
    """Return (list of chunk strings, canonical)."""
    if typ == "CARD_NUMBER":
        d = gen_card()
        return [say_group(g) for g in groups(d, card_sizes(d))], d
    if typ == "SSN":
        d = gen_ssn()
        return [say_group(d[:3]), say_group(d[3:5]), say_group(d[5:])], d
    if typ == "NI_NUMBER":
        d = gen_ni()
        return [say_letter(d[0]) + " " + say_letter(d[1]), say_group(d[2:4]), say_group(d[4:6]), say_group(d[6:8]), say_letter(d[8])], d
    if typ == "BANK_ACCOUNT":
        d = rdig(8)
        return [say_group(d[:4]), say_group(d[4:])], d
    if typ == "SORT_CODE":
        d = rdig(6)
        return [say_group(d[:2]), say_group(d[2:4]), say_group(d[4:])], d
    if typ == "IBAN":
        d = gen_iban()
        ch0 = [say_letter(d[0], 0.2) + " " + say_letter(d[1], 0.2) + " " + say_group(d[2:4])]
        rest = d[4:]
        for g in groups(rest, [4] * 8):
            if g.isdigit():
                ch0.append(say_group(g))
            else:
                ch0.append(" ".join(say_letter(c, 0.2) if c.isalpha() else dw(c) for c in g))
        return ch0, d
    if typ == "CVV":
        d = rdig(3)
        return [say_group(d)], d
    if typ == "POSTCODE":
        c, d, o = gen_postcode()
        if c == "UK":
            out = " ".join(say_letter(x, 0.25) if x.isalpha() else ONES[int(x)] for x in o)
            inn = d[len(o):]
            return [out, ONES[int(inn[0])] + " " + say_letter(inn[1], 0.25) + " " + say_letter(inn[2], 0.25)], d
        return [say_digits(d[:5])] + ([say_group(d[5:])] if len(d) > 5 else []), d
    raise KeyError(typ)


LEADS = {
    "CARD_NUMBER": ["card number is ", "card no: ", "Card: ", "its ", "long number on the card is ", "CC#", "card - ", "pan: "],
    "SSN": ["SSN: ", "my social is ", "social security number ", "ssn# ", "SS No. "],
    "NI_NUMBER": ["NI number: ", "my national insurance no is ", "NINO ", "N.I. ", "ni no. "],
    "BANK_ACCOUNT": ["acct no: ", "account number ", "a/c ", "Acc# ", "account: "],
    "SORT_CODE": ["sort code ", "s/c: ", "sortcode - ", "Sort Code: "],
    "IBAN": ["IBAN: ", "iban is ", "my IBAN ", "International acct (IBAN) "],
    "CVV": ["cvv ", "CVV: ", "security code is ", "3 digits on back: ", "cvc "],
    "POSTCODE": ["postcode ", "Post code: ", "zip ", "ZIP: ", "zipcode is "],
}
SPOKEN_LEADS = {
    "CARD_NUMBER": ["yeah it's ", "ok so the long number is ", "right, ", "it's um ", "the card number, ", ""],
    "SSN": ["my social is ", "it's ", "the social security number is ", "ok, "],
    "NI_NUMBER": ["national insurance is ", "it's ", "my n i number is ", "yeah it's "],
    "BANK_ACCOUNT": ["account number's ", "it's ", "the account is "],
    "SORT_CODE": ["sort code is ", "it's ", "the sort code, "],
    "IBAN": ["the iban is ", "it's ", "ok the iban "],
    "CVV": ["it's ", "the three digits are ", "security code ", ""],
    "POSTCODE": ["postcode's ", "it's ", "the zip is ", "zip code "],
}
INDUSTRY = ["bank", "broadband provider", "energy supplier", "airline", "insurer", "pharmacy billing",
            "council tax office", "mobile network", "online store", "hotel chain", "DMV", "HMRC helpline",
            "revenue office", "water company", "clinic billing", "car rental"]


# ---------------------------------------------------------------- positive scenarios
def pos_typed(typ):
    c = Case("")
    txt, canon = typed_value(typ)
    g = c.val(typ, canon)
    lead = ch(*LEADS[typ])
    chan = ch("chat", "chat", "email", "sms", "form", "chat_split", "email_quote")
    if chan == "chat":
        c.note = "chat: %s typed with label" % typ
        c.t("agent", ch("Hi, you're through to the %s. How can I help?" % ch(*INDUSTRY), "Thanks for waiting. Could you confirm the details please?"))
        c.t("customer", ch("", "ok ", "sure. ", "yep - "), lead, V(txt, g), ch("", " thanks", ".", " !", " (sorry typo before)"))
        c.t("agent", ch("Thank you, one moment.", "Thanks, checking that now.", "Lovely, bear with me."))
    elif chan == "sms":
        c.note = "sms: %s in short message" % typ
        c.t("customer", ch("hi ", "", "Hiya "), lead.lower(), V(txt, g), ch(" ta", " pls call back", "", " x", " - cheers"))
        c.t("agent", ch("Thanks, we'll text you once it's updated.", "Received. Reply STOP to opt out."))
    elif chan == "form":
        c.note = "web form: %s field" % typ
        label = lead.strip().rstrip(":#-").strip() or typ
        c.t("customer", "Contact form submission\nTopic: %s\n%s: " % (ch("Billing", "Account update", "Complaint", "Refund"), label.title()),
            V(txt, g), "\nMessage: %s" % ch("please update my records", "see above", "N/A", "refund not received"))
        c.t("agent", "Auto-ack: we have received your form.")
    elif chan == "chat_split":
        c.note = "chat: %s split over two messages" % typ
        if typ in ("CVV", "POSTCODE") or len(canon) < 6:
            c.t("customer", lead, V(txt, g))
        else:
            k = len(canon) // 2
            g1 = c.val(typ, canon[:k], partial=True)
            g2 = c.val(typ, canon[k:], partial=True)
            c.groups[g] = (typ, canon, "dummy")
            c.t("customer", lead, V(canon[:k], g1))
            c.t("customer", V(canon[k:], g2), ch("", " <- rest of it", " sorry pressed enter"))
        c.t("agent", "Thanks, got it.")
    else:
        c.note = "email: %s in body%s" % (typ, " with quoted thread" if chan == "email_quote" else "")
        sign = ch(*CUST_SIGN)
        body = "Hello,\n\n%s " % ch("As requested, my", "Please find my", "Re your letter - my", "Further to our call, my")
        quote = ""
        if chan == "email_quote":
            quote = "\n\n> On %s, Customer Services wrote:\n> Please reply with your %s so we can proceed.\n> Ref: CS-%s" % (
                ch("Mon 3 Mar", "12/05/2024 09:14", "Tue, Jan 7"), typ.lower().replace("_", " "), rdig(6))
        c.t("customer", body, lead.strip().rstrip(":").lower() + ": ", V(txt, g), "\n\n%s,\n%s %s%s" % (
            sign, R.choice(FIRST).title(), R.choice(LAST).title(), quote))
        c.t("agent", "Dear customer, thank you for your email. Your request has been logged.")
    return c


def pos_spoken(typ):
    c = Case("")
    chunks, canon = spoken_value(typ)
    c.t("agent", ch("can i take the %s please" % typ.lower().replace("_", " ").replace("cvv", "security code"),
                   "and what's the %s" % typ.lower().replace("_", " "), "okay and for security i need the %s" % typ.lower().replace("_", " ")))
    style = ch("one", "one", "split", "readback", "correction", "aside")
    lead = ch(*SPOKEN_LEADS[typ])
    if style == "split" and len(chunks) >= 2:
        c.note = "call: %s read over several turns with back-channels" % typ
        k = R.randint(1, len(chunks) - 1)
        parts = [chunks[:k], chunks[k:]]
        g = c.val(typ, canon, "dummy")
        cs = spoken_to_alnum(" ".join(parts[0]))
        g1 = c.val(typ, cs, True)
        g2 = c.val(typ, canon[len(cs):], True)
        c.t("customer", lead, V(join_spoken(parts[0]), g1))
        c.t("agent", ch(*AG_BACK))
        c.t("customer", ch("", "then ", "and ", "uh "), V(join_spoken(parts[1]), g2))
        c.t("agent", ch("thank you", "lovely thanks", "perfect"))
    elif style == "readback":
        c.note = "call: %s with agent read-back" % typ
        g = c.val(typ, canon)
        c.t("customer", lead, V(join_spoken(chunks), g))
        g2 = c.val(typ, canon)
        rb, _ = chunks, None
        c.t("agent", ch("so that's ", "let me read that back, ", "just to confirm "), V(" ".join(say_group(x) for x in [canon]) if len(canon) <= 4 else join_spoken(regroup_say(typ, canon), 0), g2), ch(" yeah?", ", correct?", ""))
        c.t("customer", ch("yes", "yep that's it", "correct"))
    elif style == "correction" and typ not in ("CVV",):
        c.note = "call: %s with aborted first reading and restart" % typ
        k = max(1, len(chunks) // 2)
        bad = chunks[:k]
        gb = c.val(typ, spoken_to_alnum(" ".join(bad)), True)
        g = c.val(typ, canon)
        c.t("customer", lead, V(join_spoken(bad), gb), ch(" no wait sorry, let me start again, ", " hang on that's the old one. ok, ", " oh sorry wrong one, hold on. right, "), V(join_spoken(chunks), g))
        c.t("agent", ch("no problem", "okay got it", "thanks"))
    elif style == "aside" and len(chunks) >= 3:
        c.note = "call: %s reading interrupted by an aside" % typ
        g0 = c.val(typ, canon, "dummy")
        k = R.randint(1, len(chunks) - 1)
        a = join_spoken(chunks[:k]); b = join_spoken(chunks[k:])
        g1 = c.val(typ, spoken_to_alnum(a), True)
        g2 = c.val(typ, spoken_to_alnum(b), True)
        c.t("customer", lead, V(a, g1), ch(" sorry the dog's barking, ", " hold on let me get my glasses ... right ", " - kids be quiet! - sorry, where was i, ", " hang on the light's bad in here, um, "), V(b, g2))
        c.t("agent", ch("that's fine", "mhm thank you", "no worries, got it"))
    else:
        c.note = "call: %s read in one turn with hesitations" % typ
        g = c.val(typ, canon)
        c.t("customer", lead, V(join_spoken(chunks, 0.4), g))
        c.t("agent", ch("thank you", "okay brilliant", "lovely, one sec"))
    return c


def regroup_say(typ, canon):
    if canon.isdigit():
        return [say_group(x) for x in groups(canon, [4] * 5 if len(canon) > 9 else [3, 3, 3])]
    return [" ".join(say_letter(x, 0) if x.isalpha() else dw(x) for x in g) for g in groups(canon, [4] * 9)]


def pos_email_addr():
    c = Case("")
    e = gen_email()
    if R.random() < 0.55:
        shown = ch(e, e, e.title(), e.upper() if R.random() < 0.3 else e.capitalize())
        g = c.val("EMAIL", e)
        chan = ch("chat", "sig", "form")
        if chan == "chat":
            c.note = "chat: email address typed"
            c.t("customer", ch("my email is ", "email: ", "e-mail - ", "pls send it to "), V(shown, g), ch("", " thx", "."))
            c.t("agent", "Thanks, I've updated that.")
        elif chan == "sig":
            c.note = "email: address in customer signature"
            c.t("customer", "Hi team,\n\nStill waiting on my refund.\n\n--\n%s %s\n" % (R.choice(FIRST).title(), R.choice(LAST).title()), V(shown, g), "\nSent from my iPhone")
            c.t("agent", "Hi, apologies for the delay.")
        else:
            c.note = "web form: email field"
            c.t("customer", "Name: %s\nEmail Address: " % R.choice(FIRST).title(), V(shown, g), "\nEnquiry: change of tariff")
            c.t("agent", "Auto-reply: thanks for contacting us.")
    else:
        s = say_email(e)
        g = c.val("EMAIL", e)
        c.note = "call: spoken email address"
        c.t("agent", "and an email address for the receipt?")
        c.t("customer", ch("yeah it's ", "it's ", "um ", "ok so "), V(s, g))
        if R.random() < 0.5:
            g2 = c.val("EMAIL", e)
            c.t("agent", "so ", V(say_email(e), g2), "?")
            c.t("customer", "that's right")
    return c


def pos_phone():
    c = Case("")
    (txt, canon), (chunks, scanon) = gen_phone()
    if R.random() < 0.55:
        g = c.val("PHONE", canon)
        c.note = "typed: phone number"
        form = ch("chat", "sms", "sig")
        pre, core = lead_split(txt)
        if form == "sig":
            c.t("customer", "Please call me back.\n\nRegards\n%s\nMob: " % R.choice(FIRST).title() + pre, V(core, g))
        else:
            c.t("customer", ch("best number is ", "call me on ", "tel: ", "my mobile - ", "new number ") + pre, V(core, g), ch("", " after 5pm", " ta"))
        c.t("agent", "Thanks, noted.")
    else:
        g = c.val("PHONE", scanon)
        c.note = "call: phone number spoken"
        c.t("agent", "what's the best number to reach you on?")
        c.t("customer", ch("it's ", "um ", "the mobile's "), V(join_spoken(chunks), g))
        c.t("agent", "great, thank you")
    return c


def pos_dob():
    c = Case("")
    t = gen_date(1938, 2006)
    if R.random() < 0.5:
        c.note = "typed: date of birth"
        g = c.val("DOB", t)
        c.t("customer", ch("dob ", "DOB: ", "Date of birth - ", "born "), V(typed_dob(t), g))
    else:
        c.note = "call: spoken date of birth"
        c.t("agent", "can you confirm your date of birth")
        g = c.val("DOB", t)
        sd = spoken_dob(t)
        pre = ""
        if sd.startswith("the "):
            pre, sd = "the ", sd[4:]
        c.t("customer", ch("yeah it's ", "", "um ", "it's "), pre, V(sd, g))
    c.t("agent", "thank you, you're verified")
    return c


def pos_expiry():
    c = Case("")
    t = (R.randint(1, 12), R.randint(2025, 2031))
    g = c.val("EXPIRY", t)
    if R.random() < 0.5:
        c.note = "typed: card expiry"
        c.t("customer", ch("exp ", "expiry: ", "Exp date ", "valid thru "), V(typed_exp(t), g))
    else:
        c.note = "call: spoken card expiry"
        c.t("agent", "and the expiry date?")
        c.t("customer", ch("", "it's ", "um expires "), V(spoken_exp(t), g))
    c.t("agent", "thanks")
    return c


def pos_address():
    c = Case("")
    a = gen_address()
    town = R.choice(TOWNS)
    pc_c, pc, o = gen_postcode()
    if R.random() < 0.55:
        c.note = "typed: address with town and postcode"
        g = c.val("ADDRESS", a)
        gp = c.val("POSTCODE", pc)
        pcs = (o + " " + pc[len(o):]) if pc_c == "UK" else (pc if len(pc) == 5 else pc[:5] + "-" + pc[5:])
        sep = ch(", ", "\n", ",\n")
        c.t("customer", ch("new address: ", "Address:\n", "moved to ", "deliver to "), V(typed_address(a), g), sep + town + sep, V(pcs, gp))
    else:
        c.note = "call: spoken address then postcode"
        g = c.val("ADDRESS", a)
        c.t("customer", ch("it's ", "i live at ", "um "), V(spoken_address(a), g), ", %s" % town.lower())
        c.t("agent", ch(*AG_BACK[:4]) + " and the postcode?")
        chunks, canon = spoken_value("POSTCODE")
        gp = c.val("POSTCODE", canon)
        c.t("customer", V(join_spoken(chunks, 0.1), gp))
    c.t("agent", "that's updated for you")
    return c


def pos_payment():
    """card + expiry + cvv, typed or spoken."""
    c = Case("")
    if R.random() < 0.5:
        c.note = "chat: card, expiry and CVV pasted together"
        txt, canon = typed_value("CARD_NUMBER")
        g = c.val("CARD_NUMBER", canon)
        t = (R.randint(1, 12), R.randint(2025, 2030))
        ge = c.val("EXPIRY", t)
        cv = rdig(3)
        gc = c.val("CVV", cv)
        lay = ch("lines", "pipe", "inline")
        if lay == "lines":
            c.t("customer", "Card: ", V(txt, g), "\nExp: ", V(typed_exp(t), ge), "\nCVV: ", V(cv, gc))
        elif lay == "pipe":
            c.t("customer", V(txt, g), " | ", V(typed_exp(t), ge), " | ", V(cv, gc))
        else:
            c.t("customer", "its ", V(txt, g), " exp ", V(typed_exp(t), ge), " and the code on the back is ", V(cv, gc))
        c.t("agent", "Thank you. For your security please don't share card details in chat - I've processed the payment of £%d.%02d." % (R.randint(5, 400), R.randint(0, 99)))
    else:
        c.note = "call: card read in chunks, agent read-back, then expiry and cvv"
        chunks, canon = spoken_value("CARD_NUMBER")
        g0 = c.val("CARD_NUMBER", canon, "dummy")
        c.t("agent", "ok i can take that payment now, long card number when you're ready")
        acc = ""
        for k, chn in enumerate(chunks):
            cg = c.val("CARD_NUMBER", spoken_to_alnum(chn), True)
            c.t("customer", ch("", "", "uh ", "then "), V(chn, cg))
            if k < len(chunks) - 1:
                c.t("agent", ch(*AG_BACK))
        g2 = c.val("CARD_NUMBER", canon)
        c.t("agent", "so i've got ", V(join_spoken(regroup_say("CARD_NUMBER", canon), 0), g2), ", expiry?")
        t = (R.randint(1, 12), R.randint(2025, 2030))
        ge = c.val("EXPIRY", t)
        c.t("customer", ch("yes that's right, ", "yep and it's "), V(spoken_exp(t), ge))
        c.t("agent", "and the last three digits on the back")
        cv = rdig(3)
        gc = c.val("CVV", cv)
        c.t("customer", V(say_group(cv), gc))
        gl = c.val("CARD_NUMBER", canon[-4:], True)
        c.t("agent", "thanks, that's gone through, card ending ", V(" ".join(ONES[int(x)] for x in canon[-4:]), gl))
    return c


def pos_form_multi():
    c = Case("web form: multi-field application with several PII types")
    t = gen_date(1940, 2004)
    e = gen_email()
    a = gen_address()
    pc_c, pc, o = gen_postcode()
    (ptxt, pcanon), _ = gen_phone()
    idt = ch("SSN", "NI_NUMBER")
    itxt, ican = typed_value(idt)
    gd = c.val("DOB", t); ge = c.val("EMAIL", e); ga = c.val("ADDRESS", a); gp = c.val("POSTCODE", pc)
    gph = c.val("PHONE", pcanon); gi = c.val(idt, ican)
    pcs = (o + " " + pc[len(o):]) if pc_c == "UK" else pc[:5] + ("-" + pc[5:] if len(pc) > 5 else "")
    c.t("customer", "=== %s application ===\nFull name: %s %s\nDate of Birth: " % (ch("Insurance quote", "Account opening", "Benefit claim", "Patient registration"), R.choice(FIRST).title(), R.choice(LAST).title()),
        V(typed_dob(t), gd), "\nAddress line 1: ", V(typed_address(a), ga), "\nTown: %s\nPostcode/ZIP: " % R.choice(TOWNS), V(pcs, gp),
        "\nPhone: " + lead_split(ptxt)[0], V(lead_split(ptxt)[1], gph), "\nEmail: ", V(e, ge), "\n%s: " % ("Social Security No" if idt == "SSN" else "NI Number"), V(itxt, gi),
        "\nPreferred contact time: 9am-12pm\nApplication ref: APP-%s" % rdig(7))
    c.t("agent", "Thanks - your application reference is in the subject line.")
    return c


# ---------------------------------------------------------------- negatives
def neg_case():
    c = Case("")
    k = R.randrange(24)
    fake16 = luhn_complete("4" + rdig(14))
    if k == 0:
        c.note = "order number that is Luhn-valid 16 digits"
        c.t("customer", "Order #%s hasn't arrived" % " ".join(groups(fake16, [4] * 4)))
        c.t("agent", "Sorry about that, order %s shows as dispatched." % fake16)
    elif k == 1:
        c.note = "card last four only (typed and masked)"
        l4 = rdig(4)
        c.t("customer", ch("the card ending %s was charged twice" % l4, "**** **** **** %s was charged twice" % l4, "XXXX-XXXX-XXXX-%s got declined" % l4))
        c.t("agent", "I can see two charges on the card ending in %s, I'll refund one." % l4)
    elif k == 2:
        c.note = "spoken card last four"
        l4 = rdig(4)
        c.t("agent", "which card would you like to use")
        c.t("customer", "the one ending %s" % say_group(l4))
        c.t("agent", "the visa ending %s, lovely" % " ".join(ONES[int(x)] for x in l4))
    elif k == 3:
        c.note = "balance, amounts and APR"
        c.t("customer", "why is my balance £%d.%02d when I paid %s pounds %d" % (R.randint(100, 9999), R.randint(0, 99), ch("three hundred", "forty two", "one thousand two hundred"), R.randint(1, 99)))
        c.t("agent", "Your APR is %d.%d%% and a late fee of $%d was added on %s." % (R.randint(9, 39), R.randint(0, 9), R.randint(12, 40), ch("12/03/2024", "the 28th", "March 3rd")))
    elif k == 4:
        c.note = "opening hours, times, durations"
        c.t("customer", "been on hold %d minutes!! what time do you close" % R.randint(20, 95))
        c.t("agent", "We're open %s Monday to Friday and %s on Saturdays." % (ch("8am-8pm", "08:00 - 20:00", "eight till eight"), ch("9-5", "nine till five thirty", "10:00-16:00")))
    elif k == 5:
        c.note = "tracking number long digits"
        c.t("customer", "tracking says %s" % ch("9400 1000 0000 %s %s" % (rdig(4), rdig(2)), "1Z%s%s" % (rdig(3), "AA" + rdig(10)), "JD%s" % rdig(18)))
        c.t("agent", "That tracking number shows it's at the depot.")
    elif k == 6:
        c.note = "policy / claim / invoice references with label"
        c.t("customer", "%s %s" % (ch("Policy number", "Claim ref", "Invoice no.", "Ticket #", "Case ID"), ch("POL-%s-%s" % (rdig(5), rdig(4)), rdig(9), "INC%s" % rdig(7), "%s %s %s" % (rdig(3), rdig(2), rdig(4)))))
        c.t("agent", "Thanks, I've found that reference.")
    elif k == 7:
        c.note = "spoken reference number read like a card"
        d = luhn_complete("5" + rdig(14))
        c.t("agent", "do you have the booking reference")
        c.t("customer", "yeah the booking reference is %s" % join_spoken([say_group(g) for g in groups(d, [4] * 4)]))
        c.t("agent", "thanks that's your booking from %s" % ch("the 4th of june", "last tuesday", "march"))
    elif k == 8:
        c.note = "meter reading spoken and typed"
        m = rdig(5)
        c.t("customer", "meter reading is %s" % ch(m, say_digits(m)))
        c.t("agent", "And the night rate? %s was last quarter's." % rdig(5))
    elif k == 9:
        c.note = "flight, seat, gate, room numbers"
        c.t("customer", "I'm on %s%d tomorrow, seat %d%s, is gate %s%d open yet" % (ch("BA", "EI", "FR", "UA"), R.randint(100, 9999), R.randint(1, 40), ch("A", "C", "F"), ch("B", "A", "C"), R.randint(1, 60)))
        c.t("agent", "Yes, and your hotel room %d is confirmed for 3 nights." % R.randint(100, 1499))
    elif k == 10:
        c.note = "appointment and contract dates (not DOB)"
        c.t("customer", "can I move my appointment from %s to %s" % (ch("14/03/2025", "Tuesday 14th", "the fourteenth of march"), ch("21/03/2025", "the 21st", "next friday")))
        c.t("agent", "Done. Your contract ends %s and direct debit is taken on the %s." % (ch("31/08/2026", "August 2026", "the thirty first of august twenty twenty six"), ch("1st", "28th", "fifteenth")))
    elif k == 11:
        c.note = "ages, counts, years, temperature"
        c.t("customer", "my mum is %d, been a customer since %d, we have %d phones on the plan" % (R.randint(60, 95), R.randint(1985, 2019), R.randint(2, 6)))
        c.t("agent", "Thanks. The boiler should keep it at %d degrees." % R.randint(18, 23))
    elif k == 12:
        c.note = "road names and route numbers"
        c.t("customer", "engineer got stuck on the %s near junction %d" % (ch("M25", "A40", "I-95", "N7", "M50", "Route 66"), R.randint(1, 30)))
        c.t("agent", "No problem, they'll be there by %s." % ch("3pm", "15:30", "half four"))
    elif k == 13:
        c.note = "model and serial numbers with labels"
        c.t("customer", "model %s serial no %s keeps rebooting" % (ch("WM-8420-XL", "HG612", "XR-200"), " ".join(groups(rdig(12), [4] * 3))))
        c.t("agent", "That serial is under warranty until %d." % R.randint(2025, 2028))
    elif k == 14:
        c.note = "masked values in chat"
        c.t("agent", "Your account ****%s and email j***@g****.com are on file." % rdig(4))
        c.t("customer", "yes that's me")
    elif k == 15:
        c.note = "data usage, prices, percentages"
        c.t("customer", "used %d.%dGB of my %dGB, the upgrade is £%d.99/mo?" % (R.randint(1, 60), R.randint(0, 9), ch(30, 50, 100), R.randint(10, 60)))
        c.t("agent", "That's right, %d%% off for the first %d months." % (ch(10, 20, 25, 50), ch(3, 6, 12)))
    elif k == 16:
        c.note = "long numeric customer reference said with label (pasted from letter)"
        c.t("customer", "> Your reference: %s\n> Amount due: £%d.%02d\nwhy is this so high" % (rdig(12), R.randint(50, 900), R.randint(0, 99)))
        c.t("agent", "Let me check the bill dated %s." % ch("01/02/2025", "Feb 1st", "1 February"))
    elif k == 17:
        c.note = "spoken amount with hundreds and pence"
        c.t("customer", "the bill was %s hundred and %s pounds %s" % (ONES[R.randint(1, 9)], say_pair(str(R.randint(21, 99))), ch("", "and twelve p", "fifty")))
        c.t("agent", "yes and %s of that is v a t" % ch("forty", "twenty percent", "sixty two pound"))
    elif k == 18:
        c.note = "voucher / promo code and IMEI-like device id labelled"
        c.t("customer", "promo code %s didn't work on device id %s" % (ch("SAVE20", "WELCOME10", "XMAS2024"), rdig(15)))
        c.t("agent", "That code expired on the 31st.")
    elif k == 19:
        c.note = "spoken ticket number with double/triple"
        d = rdig(8)
        c.t("agent", "have you got the ticket number from before")
        c.t("customer", "ticket number's %s" % say_digits(d))
        c.t("agent", "great, that's ticket %s" % d)
    elif k == 20:
        c.note = "SMS with one-time passcode and amount"
        c.t("agent", "Your verification code is %s. It expires in %d minutes." % (rdig(6), ch(5, 10)))
        c.t("customer", "done, paid the %d.%02d" % (R.randint(10, 300), R.randint(0, 99)))
    elif k == 21:
        c.note = "email with quoted thread of references only"
        c.t("customer", "Hi,\n\nRe: Invoice INV-%s\n\n> Dear customer, invoice INV-%s for EUR %d.00 is overdue since %s.\n\nI paid this already.\n\nThanks" % (rdig(6), rdig(6), R.randint(40, 900), ch("03/04/2025", "4 April")))
        c.t("agent", "Apologies, payment of EUR %d received on the %s." % (R.randint(40, 900), ch("5th", "9th")))
    elif k == 22:
        c.note = "store number / extension / branch with label"
        c.t("customer", "I was in store %d, branch code %d, and the till receipt number is %s" % (R.randint(100, 999), R.randint(1000, 9999), rdig(14)))
        c.t("agent", "Thanks, I've raised it with store %d." % R.randint(100, 999))
    else:
        c.note = "years and quantities spoken"
        c.t("customer", "we've had the policy since %s and claimed %s" % (say_year(R.randint(1990, 2020)), ch("two times", "three times", "twice")))
        c.t("agent", "And that's for the %s car?" % ch("twenty nineteen", "two thousand and eight", "2014"))
    return c


# ---------------------------------------------------------------- build
def build():
    global R
    R = random.Random(SEED)
    pos = []
    sched = (["CARD_NUMBER"] * 34 + ["SSN"] * 26 + ["NI_NUMBER"] * 26 + ["BANK_ACCOUNT"] * 12 + ["SORT_CODE"] * 12
             + ["IBAN"] * 12 + ["CVV"] * 6 + ["POSTCODE"] * 6 + ["EMAIL"] * 12 + ["PHONE"] * 14 + ["DOB"] * 10
             + ["EXPIRY"] * 6 + ["ADDRESS"] * 10 + ["PAY"] * 18 + ["FORM"] * 8)
    R.shuffle(sched)
    for typ in sched:
        if typ == "PAY":
            c = pos_payment()
        elif typ == "FORM":
            c = pos_form_multi()
        elif typ == "EMAIL":
            c = pos_email_addr()
        elif typ == "PHONE":
            c = pos_phone()
        elif typ == "DOB":
            c = pos_dob()
        elif typ == "EXPIRY":
            c = pos_expiry()
        elif typ == "ADDRESS":
            c = pos_address()
        else:
            c = pos_typed(typ) if R.random() < 0.6 else pos_spoken(typ)
        pos.append(c)
    neg = [neg_case() for _ in range(110)]
    lines, metas = [], []
    for kind, lst, tag in (("positive", pos, "pos"), ("negative", neg, "neg")):
        for i, c in enumerate(lst, 1):
            turns, spans, meta = c.render()
            rec = {"id": "h547-%s-%03d" % (tag, i), "kind": kind, "turns": turns, "spans": spans, "note": c.note}
            lines.append(json.dumps(rec, ensure_ascii=False))
            metas.append((c, meta))
    return "\n".join(lines) + "\n", metas


def check(data, metas):
    errs = []
    recs = [json.loads(l) for l in data.splitlines()]
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for r, (c, meta) in zip(recs, metas):
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s: negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s: positive without spans" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % r["id"])
        byturn = {}
        texts = {}
        for s, g in zip(r["spans"], meta):
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: offsets out of range" % r["id"]); continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum() and (a == 0 or not txt[a - 1].isalnum())
                    and (b == len(txt) or not txt[b].isalnum())):
                errs.append("%s: span not on word boundary %r" % (r["id"], txt[a:b]))
            byturn.setdefault(s["turn"], []).append((a, b))
            texts.setdefault(g, []).append(txt[a:b])
            if s["type"] != c.groups[g][0]:
                errs.append("%s: type mismatch" % r["id"])
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % r["id"])
        # validate: whole readings directly; split readings joined per parent
        for g, (typ, canon, partial) in c.groups.items():
            if partial == "dummy":
                # parent of split parts: the parts immediately following it
                parts = [gg for gg in c.groups if gg > g and c.groups[gg][2] is True and c.groups[gg][0] == typ]
                joined = ""
                for gg in parts:
                    joined += spoken_to_alnum(" ".join(texts.get(gg, [])))
                    if len(joined) >= len(canon):
                        break
                if joined != canon:
                    errs.append("%s: split parts %r != %r" % (r["id"], joined, canon))
                e = validate(typ, canon, canon)
                if e:
                    errs.append("%s: %s" % (r["id"], e))
            elif partial is True:
                n = spoken_to_alnum(" ".join(texts.get(g, [""])))
                if n != canon or not n.isalnum():
                    errs.append("%s: fragment %r != %r" % (r["id"], n, canon))
            else:
                if g not in texts:
                    errs.append("%s: group %d not rendered" % (r["id"], g)); continue
                for tx in texts[g]:
                    try:
                        e = validate(typ, tx, canon)
                    except ValueError as ex:
                        e = str(ex)
                    if e:
                        errs.append("%s: %s" % (r["id"], e))
    return errs, recs


def counts(recs):
    c = Counter(s["type"] for r in recs for s in r["spans"])
    k = Counter(r["kind"] for r in recs)
    return c, k


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    data, metas = build()
    if args.check:
        with open(OUT, encoding="utf-8") as f:
            old = f.read()
        errs = [] if old == data else ["cases.jsonl is not byte-identical to a fresh generation"]
        e2, recs = check(data, metas)
        errs += e2
        tc, kc = counts(recs)
        print(dict(kc), dict(sorted(tc.items())))
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            need.setdefault(t, 10)
        for t, n in need.items():
            if tc[t] < n:
                errs.append("too few %s spans: %d < %d" % (t, tc[t], n))
        if kc["positive"] < 200 or kc["negative"] < 100:
            errs.append("too few cases")
        for e in errs[:50]:
            print("ERROR:", e)
        print("FAIL (%d errors)" % len(errs) if errs else "check OK")
        sys.exit(1 if errs else 0)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    e2, recs = check(data, metas)
    tc, kc = counts(recs)
    print("wrote", OUT, dict(kc), dict(sorted(tc.items())), "errors:", len(e2))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout471 held-out PII evaluation set.

Written by an independent test author (AI helper) without access to the
redaction engine.  Standard library only; deterministic.

    python scripts/make_pii_holdout471.py          # write cases.jsonl
    python scripts/make_pii_holdout471.py --check  # regenerate + validate
"""
import argparse
import datetime
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout471", "cases.jsonl")

rng = random.Random(471241125)

UNITS = "zero one two three four five six seven eight nine".split()
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TEEN_WORDS = {v: k for k, v in TEENS.items()}
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7,
        "eighty": 8, "ninety": 9}
TENS_WORDS = {v: k for k, v in TENS.items()}
ZERO_WORDS = {"zero", "oh", "o", "nought", "nil"}
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "hmm"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform", "v": "victor",
        "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu", "i": "india"}
NATO_ALT = {"a": "apple", "b": "bertie", "c": "cat", "d": "dog", "e": "edward",
            "h": "harry", "j": "jack", "k": "king", "m": "mother", "n": "nancy",
            "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
            "y": "yellow", "z": "zebra", "l": "london", "g": "george"}


# ----------------------------------------------------------------- values
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
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
    return "".join(rng.choice("0123456789") for _ in range(n))


def gen_card():
    kind = rng.choice(["visa16", "visa16", "mc", "mc", "amex", "disc", "visa13", "maestro19", "maestro18"])
    if kind == "visa16":
        return luhn_complete("4" + rdig(14)), [4, 4, 4, 4]
    if kind == "mc":
        return _mc(), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(rng.choice(["34", "37"]) + rdig(12)), [4, 6, 5]
    if kind == "disc":
        return luhn_complete("6011" + rdig(11)), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn_complete("4" + rdig(11)), [4, 3, 3, 3]
    if kind == "maestro18":
        return luhn_complete("6759" + rdig(13)), [4, 4, 4, 4, 2]
    return luhn_complete("6304" + rdig(14)), [4, 4, 4, 4, 3]


def _mc():
    p = rng.choice(["51", "52", "53", "54", "55"])
    return luhn_complete(p + rdig(13))


def gen_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def gen_ni():
    while True:
        s = (rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
             + rdig(6) + rng.choice("ABCD"))
        if NI_RE.match(s):
            return s


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


LET_NO_O = "ABCDEFGHJKLMNPRSTUVWXYZ"


def gen_iban():
    c = rng.choice(["GB", "IE", "DE", "FR", "ES", "NL", "IE", "GB"])
    if c in ("GB", "IE"):
        bban = "".join(rng.choice(LET_NO_O) for _ in range(4)) + rdig(14)
    elif c == "DE":
        bban = rdig(18)
    elif c == "FR":
        bban = rdig(23)
    elif c == "ES":
        bban = rdig(20)
    else:
        bban = "".join(rng.choice(LET_NO_O) for _ in range(4)) + rdig(10)
    return c + iban_check(c, bban) + bban


def gen_phone():
    k = rng.choice(["uk_mob", "uk_mob", "uk_land", "uk_intl", "us", "us", "us_intl", "ie", "ie_intl", "fr_intl", "de_intl"])
    if k == "uk_mob":
        d = "07" + rng.choice("3456789") + rdig(8)
        return k, d, [d[:5], d[5:8], d[8:]], [5, 6]
    if k == "uk_land":
        d = rng.choice(["020", "0161", "0121", "0113", "0131", "0141", "029"])
        d = d + rdig(11 - len(d))
        return k, d, None, [len(d) - 8 if len(d) == 11 and d.startswith("02") else 4, 3, 4]
    if k == "uk_intl":
        d = "447" + rng.choice("456789") + rdig(8)
        return k, d, None, [2, 4, 6]
    if k == "us":
        d = str(rng.randint(201, 989)) + str(rng.randint(2, 9)) + rdig(6)
        return k, d, None, [3, 3, 4]
    if k == "us_intl":
        d = "1" + str(rng.randint(201, 989)) + str(rng.randint(2, 9)) + rdig(6)
        return k, d, None, [1, 3, 3, 4]
    if k == "ie":
        d = "08" + rng.choice("35679") + rdig(7)
        return k, d, None, [3, 3, 4]
    if k == "ie_intl":
        d = "3538" + rng.choice("35679") + rdig(7)
        return k, d, None, [3, 2, 3, 4]
    if k == "fr_intl":
        d = "33" + rng.choice("67") + rdig(8)
        return k, d, None, [2, 1, 2, 2, 2, 2]
    d = "4915" + rdig(9)
    return k, d, None, [2, 3, 4, 4]


FIRST = ["james", "sarah", "mohammed", "aoife", "niamh", "tom", "priya", "li", "olu", "grace",
         "dave", "siobhan", "marek", "lucia", "kwame", "hannah", "raj", "chloe", "sean", "fatima"]
LAST = ["okafor", "murphy", "smith", "patel", "kowalski", "byrne", "nguyen", "jones", "garcia",
        "oconnor", "williams", "ahmed", "brennan", "taylor", "fischer", "dubois", "evans", "kelly"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "btinternet.com", "icloud.com",
           "eircom.net", "aol.com", "protonmail.com", "web.de", "orange.fr", "sky.com", "live.ie"]


def gen_email():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randint(0, 5)
    if style == 0:
        user = f + "." + l
    elif style == 1:
        user = f[0] + l
    elif style == 2:
        user = f + l + str(rng.randint(1, 99))
    elif style == 3:
        user = f + "_" + l
    elif style == 4:
        user = l + "." + f[0] + str(rng.randint(60, 99))
    else:
        user = f + "-" + l
    return user + "@" + rng.choice(DOMAINS)


UK_AREAS = ["SW", "SE", "N", "NW", "E", "EC", "W", "M", "B", "LS", "G", "EH", "CF", "BS", "L",
            "NE", "S", "NG", "CR", "BT", "RG", "LE", "CB", "PL", "TN", "KT", "DN", "HU"]
UNIT_LET = "ABDEFGHJLNPQRSTUWXYZ"
UK_PC_RE = re.compile(r"^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$")


def gen_postcode():
    if rng.random() < 0.3:
        z = "%05d" % rng.randint(1001, 99950)
        if rng.random() < 0.3:
            z += "-" + rdig(4)
        return "US", z
    a = rng.choice(UK_AREAS)
    dist = str(rng.randint(1, 29 if len(a) == 2 else 9))
    if rng.random() < 0.15 and len(a) <= 2 and len(dist) == 1:
        dist += rng.choice("ABW")
    return "UK", a + dist + " " + str(rng.randint(0, 9)) + rng.choice(UNIT_LET) + rng.choice(UNIT_LET)


STREETS = ["Hollybush", "Marlow", "Station", "Church", "Victoria", "Kingsway", "Elm", "Oak Tree",
           "Bridge", "Mill", "Albert", "Sycamore", "Greenfield", "Castle", "Park", "Windsor",
           "Maple", "Riverside", "Orchard", "Clonliffe", "Ashgrove", "Meadow", "Willow", "Highfield"]
SUFFIX_UK = ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Drive", "Gardens", "Way", "Terrace", "Grove"]
SUFFIX_US = ["Street", "Avenue", "Boulevard", "Drive", "Road", "Court", "Lane", "Place"]
US_NAMES = ["Maple", "Oak", "Washington", "Lincoln", "Sunset", "Pine", "Cedar", "Lakeview", "Main", "Jefferson"]
SUFFIX_RE = r"(Road|Street|Lane|Avenue|Close|Crescent|Drive|Gardens|Way|Terrace|Grove|Boulevard|Court|Place|St|Rd|Ave|Blvd|Dr|Ln)\.?$"


def num_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEEN_WORDS[n]
    if n < 100:
        return TENS_WORDS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    h, r = divmod(n, 100)
    return UNITS[h] + " hundred" + ("" if r == 0 else " and " + num_words(r))


def gen_address(country, spoken=False):
    if country == "US":
        n = rng.randint(100, 9899)
        name, suf = rng.choice(US_NAMES), rng.choice(SUFFIX_US)
        if spoken:
            a, b = divmod(n, 100)
            num = (num_words(a) + " " + (num_words(b) if b >= 10 else "oh " + UNITS[b])) if b else num_words(n)
            return num + " " + name.lower() + " " + suf.lower()
        if rng.random() < 0.3:
            suf = {"Street": "St", "Avenue": "Ave", "Boulevard": "Blvd", "Drive": "Dr", "Road": "Rd",
                   "Court": "Ct", "Lane": "Ln", "Place": "Pl"}[suf]
            if suf in ("Ct", "Pl"):
                suf = "Street"
        base = "%d %s %s" % (n, name, suf)
        if rng.random() < 0.25:
            base = "%d %s %s" % (n, name, suf) + ", Apt " + str(rng.randint(1, 40))
            base = base  # apt after street is kept inside
        return base
    n = rng.randint(1, 220)
    name, suf = rng.choice(STREETS), rng.choice(SUFFIX_UK)
    if spoken:
        s = num_words(n) + " " + name.lower() + " " + suf.lower()
        if rng.random() < 0.3:
            s = "flat " + num_words(rng.randint(1, 12)) + ", " + s
        return s
    s = "%d %s %s" % (n, name, suf)
    r = rng.random()
    if r < 0.2:
        s = "Flat %d, %s" % (rng.randint(1, 30), s)
    elif r < 0.3:
        s = "%d%s %s %s" % (n, rng.choice("ab"), name, suf)
    return s


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}


def ordinal(d):
    if d in ORD:
        return ORD[d]
    return TENS_WORDS[d // 10] + " " + ORD[d % 10]


def year_words(y):
    if y >= 2000:
        return "two thousand and " + num_words(y - 2000) if y > 2000 else "two thousand"
    a, b = divmod(y, 100)
    return num_words(a) + " " + (num_words(b) if b >= 10 else "oh " + UNITS[b])


def gen_dob(spoken):
    y = rng.randint(1938, 2005)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    dt = datetime.date(y, m, d)
    if spoken:
        f = rng.randint(0, 3)
        if f == 0:
            s = "the %s of %s %s" % (ordinal(d), MONTHS[m - 1], year_words(y))
            s = s[4:]  # drop "the " lead-in is outside; we keep date from ordinal
        elif f == 1:
            s = "%s %s %s" % (MONTHS[m - 1], ordinal(d), year_words(y))
        elif f == 2:
            s = "%s %s %s" % (say_digits("%02d" % d, "oh"), say_digits("%02d" % m, "oh"), year_words(y))
        else:
            s = "%s %s, %s" % (ordinal(d), MONTHS[m - 1], year_words(y))
        return dt, s
    f = rng.randint(0, 5)
    if f == 0:
        s = "%02d/%02d/%d" % (d, m, y)
    elif f == 1:
        s = "%d/%d/%d" % (m, d, y)
    elif f == 2:
        s = "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    elif f == 3:
        s = "%02d-%02d-%02d" % (d, m, y % 100)
    elif f == 4:
        s = "%s %d, %d" % (MONTHS[m - 1][:3].capitalize(), d, y)
    else:
        s = "%d.%02d.%d" % (d, m, y)
    return dt, s


def gen_expiry(spoken):
    m = rng.randint(1, 12)
    y = rng.randint(2025, 2031)
    if spoken:
        f = rng.randint(0, 3)
        if f == 0:
            s = "%s %s" % (say_digits("%02d" % m, rng.choice(["oh", "zero", "o"])), num_words(y - 2000))
        elif f == 1:
            s = "%s %s" % (MONTHS[m - 1], year_words(y))
        elif f == 2:
            s = "%s twenty %s" % (MONTHS[m - 1], num_words(y - 2000))
        else:
            s = "%s of %s" % (UNITS[m] if m < 10 else num_words(m), num_words(y - 2000))
        return (m, y), s.strip()
    f = rng.randint(0, 4)
    s = ["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
         "%s %d" % (MONTHS[m - 1][:3].capitalize(), y), "%d/%02d" % (m, y % 100)][f]
    return (m, y), s


# ------------------------------------------------------- spoken rendering
def pair_words(p):
    n = int(p)
    if p[0] == "0":
        return None
    if 10 <= n < 20:
        return TEEN_WORDS[n]
    if n % 10 == 0:
        return None
    return TENS_WORDS[n // 10] + " " + UNITS[n % 10]


def hundred_words(c):
    if c[0] == "0" or c[2] == "0":
        return None
    if c[1] == "0":
        return UNITS[int(c[0])] + " hundred and " + UNITS[int(c[2])]
    return UNITS[int(c[0])] + " hundred " + rng.choice(["and ", ""]) + pair_words(c[1:])


def say_digits(ch, z="oh", pairs=0.25, doubles=0.6, filler=0.0):
    def dw(d):
        return z if d == "0" else UNITS[int(d)]
    out = []
    i = 0
    if len(ch) == 3 and rng.random() < pairs * 0.6:
        h = hundred_words(ch)
        if h:
            return h
    while i < len(ch):
        d = ch[i]
        if i + 2 < len(ch) and ch[i] == ch[i + 1] == ch[i + 2] and rng.random() < 0.5:
            out.append("triple " + dw(d))
            i += 3
            continue
        if i + 1 < len(ch) and ch[i] == ch[i + 1] and rng.random() < doubles:
            out.append("double " + dw(d))
            i += 2
            continue
        if i + 1 < len(ch) and rng.random() < pairs:
            w = pair_words(ch[i:i + 2])
            if w:
                out.append(w)
                i += 2
                continue
        out.append(dw(d))
        i += 1
    if filler and len(out) > 1 and rng.random() < filler:
        k = rng.randint(1, len(out) - 1)
        out.insert(k, rng.choice(["um", "uh", "er", "erm"]))
    return " ".join(out)


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return out


def say_letter(c):
    c = c.lower()
    r = rng.random()
    if r < 0.45:
        return c
    if r < 0.8:
        return "%s for %s" % (c, NATO[c])
    if c in NATO_ALT:
        return "%s as in %s" % (c, NATO_ALT[c])
    return c


def say_alnum(s, z="oh"):
    """Speak a mixed letter/digit string: letters singly, digit runs grouped."""
    parts = re.findall(r"[A-Za-z]|\d+", s)
    return " ".join(say_letter(p) if p.isalpha() else say_digits(p, z, pairs=0.15) for p in parts)


def say_email(e):
    user, dom = e.split("@")
    out = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", user):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append(rng.choice(["dash", "hyphen"]))
        elif tok.isdigit():
            out.append(say_digits(tok, "zero", pairs=0.7))
        elif "o" not in tok and (len(tok) <= 2 or rng.random() < 0.25):
            out.append(" ".join(tok))
        else:
            out.append(tok)
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


# --------------------------------------------------------- normalisation
def norm_spoken(text, email=False):
    t = text.lower()
    t = re.sub(r"\b([a-z])\s+(?:for|as in)\s+[a-z-]+", r"\1", t)
    if email:
        t = t.replace("@", " @ ").replace(".", " . ").replace("_", " _ ").replace("-", " - ")
        toks = re.findall(r"[a-z]+|\d+|[@._-]", t)
    else:
        toks = re.findall(r"[a-z]+|\d+", t)
    out = []
    i = 0
    n = len(toks)

    def unit(tok):
        if email and tok in ("o", "oh"):
            return None
        if tok in ZERO_WORDS:
            return 0
        if tok in UNITS:
            return UNITS.index(tok)
        return None
    while i < n:
        tk = toks[i]
        if tk in FILLERS or tk in ("dash", "hyphen", "space", "slash", "and", "plus") and not (email and tk in ("dash", "hyphen")):
            i += 1
            continue
        if email and tk in ("dot", "at", "underscore", "dash", "hyphen"):
            out.append({"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}[tk])
            i += 1
            continue
        if tk in ("double", "triple") and i + 1 < n:
            rep = 2 if tk == "double" else 3
            nx = toks[i + 1]
            u = unit(nx)
            out.append((str(u) if u is not None else nx) * rep)
            i += 2
            continue
        u = unit(tk)
        if u is not None and i + 1 < n and toks[i + 1] == "hundred":
            i += 2
            if i < n and toks[i] == "and":
                i += 1
            rest = "00"
            if i < n and toks[i] in TEENS:
                rest = str(TEENS[toks[i]])
                i += 1
            elif i < n and toks[i] in TENS:
                t10 = TENS[toks[i]]
                i += 1
                if i < n and unit(toks[i]) not in (None, 0):
                    rest = "%d%d" % (t10, unit(toks[i]))
                    i += 1
                else:
                    rest = "%d0" % t10
            elif i < n and unit(toks[i]) is not None:
                rest = "0%d" % unit(toks[i])
                i += 1
            out.append(str(u) + rest)
            continue
        if u is not None and not (email and tk == "o" and False):
            out.append(str(u))
            i += 1
            continue
        if tk in TEENS:
            out.append(str(TEENS[tk]))
            i += 1
            continue
        if tk in TENS:
            t10 = TENS[tk]
            if i + 1 < n and unit(toks[i + 1]) not in (None, 0) and toks[i + 1] not in ZERO_WORDS:
                out.append("%d%d" % (t10, unit(toks[i + 1])))
                i += 2
            else:
                out.append("%d0" % t10)
                i += 1
            continue
        out.append(tk)
        i += 1
    return "".join(out)


# ------------------------------------------------------------ case builder
class V:
    def __init__(self, text, typ, gid):
        self.text, self.typ, self.gid = text, typ, gid


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.groups = [], [], {}
        self._g = 0

    def group(self, typ, canonical, fragment=False):
        self._g += 1
        self.groups[self._g] = {"type": typ, "canonical": canonical, "fragment": fragment, "spans": []}
        return self._g

    def v(self, text, gid):
        return V(text, self.groups[gid]["type"], gid)

    def turn(self, speaker, *segs):
        text = ""
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                self.groups[s.gid]["spans"].append(len(self.spans))
                self.spans.append({"turn": len(self.turns), "start": st, "end": len(text), "type": s.typ})
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})

    def c(self, *segs):
        self.turn("customer", *segs)

    def a(self, *segs):
        self.turn("agent", *segs)


BACK = ["mhm", "go on", "yep", "okay", "right", "uh huh", "yeah go on", "got that", "mm hm", "okay and the next bit"]
GREET = {
    "banking": "thanks for calling Northgate Bank, how can I help",
    "telecom": "you're through to Vellum Mobile, what can I do for you today",
    "utilities": "Brightwater Energy, you're speaking to Dan",
    "retail": "hi there, thanks for contacting Halden Home, how can I help",
    "insurance": "Carrick Insurance claims line, this is Mo",
    "travel": "SkyLark Holidays, my name's Jen",
    "healthcare": "Meridian Health billing, this is Carla speaking",
    "government": "you're through to the benefits helpline",
}
INDUSTRIES = list(GREET)


def asr(s):
    return s.lower().replace(",", "").replace("?", "").replace("'", "'")


# ------------------------------------------------------------ positives
def p_card_chat(case):
    card, grp = gen_card()
    style = rng.randint(0, 4)
    if style == 0:
        shown = " ".join(chunks(card, grp))
    elif style == 1:
        shown = "-".join(chunks(card, grp))
    elif style == 2:
        shown = card
    elif style == 3:
        shown = " ".join(chunks(card, [5, 3, 4, 6]))
    else:
        shown = "  ".join(chunks(card, [4, 4, 4, 4, 3]))
    g = case.group("CARD_NUMBER", card)
    ex_c, ex = gen_expiry(False)
    cvv = rdig(4 if len(card) == 15 else 3)
    ge = case.group("EXPIRY", ex_c)
    gc = case.group("CVV", cvv)
    case.a(rng.choice(["Hi, I can take that payment for you now. Please type the long card number below.",
                       "Sure - please enter the card details in the chat and I'll process the £%d.%02d." % (rng.randint(10, 900), rng.randint(0, 99))]))
    lab = rng.choice(["card no: ", "Card number ", "its ", "card - ", "CARD NO. ", "ok here: ", "crad number is "])
    if rng.random() < 0.5:
        case.c(lab, case.v(shown, g), rng.choice([" exp ", " expiry ", ", expires ", " valid till "]), case.v(ex, ge),
               rng.choice([" cvv ", " security code ", " and the 3 digits on the back are ", " CVC: "]), case.v(cvv, gc))
    else:
        case.c(lab, case.v(shown, g))
        case.a("Thanks. And the expiry date and security code please?")
        case.c(case.v(ex, ge), rng.choice([" and ", " / ", ", cvv "]), case.v(cvv, gc))
    if rng.random() < 0.4:
        gl = case.group("CARD_NUMBER", card[-4:], fragment=True)
        case.a("Lovely, payment of £%d taken from the card ending " % rng.randint(5, 400), case.v(card[-4:], gl), ".")


def spoken_pieces(s, sizes, z, filler=0.15):
    out = []
    for ch in chunks(s, sizes):
        out.append(say_digits(ch, z, filler=filler))
    return out


def split_reading(case, typ, canon, pieces, lead="", per_turn=None):
    """Distribute spoken pieces over customer turns with agent back-channels."""
    if per_turn is None:
        per_turn = rng.choice([1, 2, 2, len(pieces)])
    first = True
    i = 0
    while i < len(pieces):
        grp = pieces[i:i + per_turn]
        g = case.group(typ, canon, fragment=True) if len(pieces) > per_turn else case.group(typ, canon)
        case.c(lead if first else rng.choice(["", "", "and then ", "uh "]), case.v(" ".join(grp), g),
               rng.choice(["", "", " ...", ","]))
        first = False
        i += per_turn
        if i < len(pieces):
            case.a(rng.choice(BACK))
    return


def p_card_call(case):
    card, grp = gen_card()
    z = rng.choice(["oh", "zero", "o", "nought"])
    ind = rng.choice(INDUSTRIES)
    case.a(asr(GREET[ind]))
    case.c(rng.choice(["yeah hi i want to pay my bill", "hi um i need to make a payment", "i'd like to pay off the balance of %s pounds" % num_words(rng.randint(20, 99)),
                       "hiya i got a letter saying i owe you money"]))
    case.a(rng.choice(["no problem can i take the long number across the front of the card", "okay whenever you're ready the card number please", "sure go ahead with the sixteen digit number"]))
    pieces = spoken_pieces(card, grp, z)
    if rng.random() < 0.5:
        split_reading(case, "CARD_NUMBER", card, pieces, lead=rng.choice(["yeah it's ", "okay it's ", "", "right so "]))
    else:
        g = case.group("CARD_NUMBER", card)
        case.c(rng.choice(["it's ", "okay ", "", "um it's "]), case.v(" ".join(pieces), g))
    if rng.random() < 0.5:
        g = case.group("CARD_NUMBER", card)
        case.a("let me read that back ", case.v(" ".join(spoken_pieces(card, grp, rng.choice(["zero", "oh"]), 0)), g), " is that right")
        case.c("yes that's it")
    ex_c, ex = gen_expiry(True)
    ge = case.group("EXPIRY", ex_c)
    case.a("and the expiry date")
    case.c(rng.choice(["", "it's ", "uh "]), case.v(ex, ge))
    cvv = rdig(4 if len(card) == 15 else 3)
    gc = case.group("CVV", cvv)
    case.a(rng.choice(["and the three digit security code on the back", "last thing the cvv please", "and the security number on the back"]))
    case.c(rng.choice(["", "that's ", "it's um "]), case.v(say_digits(cvv, z, pairs=0.4), gc))
    if rng.random() < 0.5:
        gl = case.group("CARD_NUMBER", card[-4:], fragment=True)
        case.a("thank you that's gone through on the card ending ", case.v(say_digits(card[-4:], "zero", 0), gl))


def p_card_correction(case):
    card, grp = gen_card()
    z = rng.choice(["oh", "zero", "o"])
    case.a("can i take the card number please")
    pcs = spoken_pieces(card, grp, z, 0)
    k = rng.randint(1, 2)
    wrong = list(card[:4 * k])
    pos = rng.randrange(len(wrong))
    wrong[pos] = str((int(wrong[pos]) + rng.randint(1, 8)) % 10)
    wrong = "".join(wrong)
    gw = case.group("CARD_NUMBER", wrong, fragment=True)
    gr = case.group("CARD_NUMBER", card)
    case.c(rng.choice(["yeah ", "", "okay "]), case.v(" ".join(spoken_pieces(wrong, [4, 4], z, 0)), gw),
           rng.choice([" no sorry wait that's wrong let me start again ", " oh hang on i've read that wrong ", " sorry no scratch that ", " no no sorry it's "]),
           case.v(" ".join(pcs), gr))
    case.a(rng.choice(["okay got it", "thanks", "lovely"]))


def p_card_aside(case):
    card, grp = gen_card()
    z = rng.choice(["oh", "zero"])
    pcs = spoken_pieces(card, grp, z)
    k = rng.randint(1, len(pcs) - 1)
    g1 = case.group("CARD_NUMBER", card[:sum(grp[:k])], fragment=True)
    g2 = case.group("CARD_NUMBER", card[sum(grp[:k]):], fragment=True)
    case.a("go ahead with the card number when you're ready")
    case.c(case.v(" ".join(pcs[:k]), g1), rng.choice([" sorry one sec the dog's barking ", " hang on the light's bad in here ", " hold on let me get my glasses ", " sorry my son's shouting "]),
           case.v(" ".join(pcs[k:]), g2))
    case.a("thanks and is that a visa or mastercard")
    case.c(rng.choice(["visa debit", "mastercard i think", "it's an amex", "debit card"]))


def p_ssn(case):
    ssn = gen_ssn()
    ind = rng.choice(["banking", "healthcare", "government", "insurance"])
    mode = rng.randint(0, 3)
    if mode == 0:
        shown = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (ssn[:3], ssn[3:5], ssn[5:])
        g = case.group("SSN", ssn)
        case.a("To verify your identity please provide your Social Security number.")
        case.c(rng.choice(["SSN: ", "ssn is ", "Social: ", "my social security # ", "sure its "]), case.v(shown, g),
               rng.choice(["", ".", " thanks", " - is that safe to send here?"]))
    elif mode == 1:
        case.a(asr(GREET[ind]) + " can i get your social security number")
        pieces = [say_digits(ssn[:3], rng.choice(["oh", "zero"])), say_digits(ssn[3:5], "oh", pairs=0.5),
                  say_digits(ssn[5:], rng.choice(["oh", "zero"]))]
        split_reading(case, "SSN", ssn, pieces, lead=rng.choice(["sure it's ", "yeah ", "um "]))
        if rng.random() < 0.5:
            g = case.group("SSN", ssn[-4:], fragment=True)
            case.a("okay so the last four are ", case.v(say_digits(ssn[-4:], "zero", 0), g), " yeah")
            case.c("yep")
    elif mode == 2:
        case.a("and your social")
        g = case.group("SSN", ssn)
        case.c(rng.choice(["", "it's "]), case.v(say_digits(ssn[:3], "zero") + " " + say_digits(ssn[3:5], "zero", 0.5) + " " + say_digits(ssn[5:], "zero"), g))
        g2 = case.group("SSN", ssn)
        case.a("let me confirm ", case.v("%s %s %s" % (ssn[:3], ssn[3:5], ssn[5:]), g2))
        case.c("correct")
    else:
        gw = case.group("SSN", ssn[:3], fragment=True)
        g = case.group("SSN", ssn)
        case.a("i just need your social security number to pull up the account")
        case.c(case.v(say_digits(ssn[:3], "oh", 0), gw), " uh no wait that's my wife's hold on ... okay mine is ",
               case.v(say_digits(ssn[:3], "oh") + " " + say_digits(ssn[3:5], "oh") + " um " + say_digits(ssn[5:], "oh"), g))
    if rng.random() < 0.4:
        dt, s = gen_dob(mode != 0)
        gd = case.group("DOB", dt)
        case.a("and date of birth" if mode else "And your date of birth?")
        case.c(case.v(s, gd))


def p_ni(case):
    ni = gen_ni()
    mode = rng.randint(0, 3)
    if mode == 0:
        shown = rng.choice([ni, "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), ni.lower(),
                            "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), ni[:2] + " " + ni[2:8] + " " + ni[8]])
        g = case.group("NI_NUMBER", ni)
        case.a("Could you confirm your National Insurance number for the pension enquiry?")
        case.c(rng.choice(["NI no: ", "ni number ", "Its ", "National Insurance: ", "nino "]), case.v(shown, g),
               rng.choice(["", " cheers", ". I moved house last year if that matters"]))
    elif mode == 1:
        case.a("you're through to the benefits helpline can i take your national insurance number")
        z = rng.choice(["oh", "zero", "nought"])
        pieces = [say_letter(ni[0]) + " " + say_letter(ni[1]), say_digits(ni[2:4], z, 0.4),
                  say_digits(ni[4:6], z, 0.4), say_digits(ni[6:8], z, 0.4) + " " + say_letter(ni[8])]
        split_reading(case, "NI_NUMBER", ni, pieces, lead=rng.choice(["yeah it's ", "", "erm "]))
        if rng.random() < 0.6:
            g = case.group("NI_NUMBER", ni)
            case.a("so that's ", case.v(" ".join(ni[:2].lower()) + " " + say_digits(ni[2:8], "zero", 0, 0) + " " + ni[8].lower(), g), " correct")
            case.c(rng.choice(["yes", "that's right", "yep spot on"]))
    elif mode == 2:
        case.a("payroll queries this is ade what's your ni number")
        g = case.group("NI_NUMBER", ni)
        case.c(case.v(say_letter(ni[0]) + " " + say_letter(ni[1]) + " " + say_digits(ni[2:8], "nought", 0.3) + " um " + say_letter(ni[8]), g),
               rng.choice(["", " i think", " it's on my payslip"]))
    else:
        wrong = ni[:2] + ni[2:4][::-1]
        gw = case.group("NI_NUMBER", wrong, fragment=True)
        g = case.group("NI_NUMBER", ni)
        case.a("national insurance number please")
        case.c(case.v(" ".join(wrong[:2].lower()) + " " + say_digits(wrong[2:], "oh", 0), gw), " sorry i mean ",
               case.v(" ".join(ni[:2].lower()) + " " + say_digits(ni[2:8], "oh") + " " + ni[8].lower(), g))
    if rng.random() < 0.3:
        kind, pc = gen_postcode()
        if kind == "UK":
            gp = case.group("POSTCODE", pc)
            case.a("and the postcode")
            case.c(case.v(pc if mode == 0 else say_alnum(pc.replace(" ", ""), "oh"), gp))


def p_bank(case):
    acct = rdig(8)
    sc = rdig(6)
    mode = rng.randint(0, 2)
    ga = case.group("BANK_ACCOUNT", acct)
    gs = case.group("SORT_CODE", sc)
    if mode == 0:
        case.a("Please send your refund details - sort code and account number.")
        sct = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        case.c(rng.choice(["sort code ", "SC: ", "Sort "]), case.v(sct, gs), rng.choice([" acct no: ", ", account ", " a/c "]), case.v(acct, ga))
    else:
        case.a(rng.choice(["for the direct debit i need the sort code first", "what's the sort code of the bank you'd like the refund to"]))
        z = rng.choice(["oh", "zero", "nought"])
        case.c(rng.choice(["it's ", "", "uh "]), case.v(" ".join(say_digits(sc[i:i + 2], z, 0.5) for i in (0, 2, 4)), gs))
        case.a("and the account number")
        if mode == 1:
            split_reading(case, "BANK_ACCOUNT", acct, spoken_pieces(acct, [4, 4], z), per_turn=1)
            case.groups.pop(ga)
        else:
            case.c(case.v(say_digits(acct, z), ga))
            g2 = case.group("BANK_ACCOUNT", acct)
            case.a("that's ", case.v(say_digits(acct, "zero", 0, 0), g2), " yes")
            case.c("yeah")


def p_us_account(case):
    acct = rdig(rng.randint(10, 12))
    ga = case.group("BANK_ACCOUNT", acct)
    case.a("What account do you want the refund deposited to?")
    case.c(rng.choice(["checking acct# ", "account number: ", "acct no: ", "savings account "]), case.v(acct, ga),
           rng.choice(["", " (checking)", " at chase"]))


def p_iban(case):
    ib = gen_iban()
    g = case.group("IBAN", ib)
    if rng.random() < 0.55:
        shown = rng.choice([" ".join(chunks(ib, [4] * 9)), ib, ib.lower()])
        case.a(rng.choice(["Can you provide your IBAN for the refund?", "Hi, we need your IBAN to set up the SEPA mandate."]))
        case.c(rng.choice(["IBAN: ", "iban is ", "Here you go ", ""]), case.v(shown, g), rng.choice(["", " BIC AIBKIE2D", " thanks"]))
    else:
        case.a("okay read me out the iban please")
        z = rng.choice(["zero", "oh"])
        parts = [say_alnum(p, z) for p in chunks(ib, [4] * 9)]
        case.groups.pop(g)
        split_reading(case, "IBAN", ib, parts, lead=rng.choice(["", "it's ", "okay "]), per_turn=rng.choice([2, 3]))


def p_phone(case):
    k, d, _, sizes = gen_phone()
    g = case.group("PHONE", d)
    intl = k.endswith("intl")
    if rng.random() < 0.5:
        body = " ".join(chunks(d[len(d) - len(d):] if not intl else d, sizes))
        if k == "us" and rng.random() < 0.5:
            case.a("What's the best number to reach you?")
            case.c("call me at (", case.v("%s) %s-%s" % (d[:3], d[3:6], d[6:]), g), " after 5pm")
            return
        pre = "+" if intl and rng.random() < 0.7 else ("00" if intl else "")
        if pre == "00":
            case.groups[g]["canonical"] = "00" + d
            body = "00" + body
        case.a(rng.choice(["Can I take a contact number?", "What number should the engineer call?"]))
        case.c(rng.choice(["mob: ", "tel ", "its ", "phone - ", "Mobile no. "]), pre if pre == "+" else "", case.v(body, g))
    else:
        z = rng.choice(["oh", "zero", "o"])
        pcs = spoken_pieces(d, sizes, z)
        if intl:
            pcs[0] = "plus " + pcs[0]
        case.a("and a good contact number")
        case.c(rng.choice(["yeah it's ", "", "my mobile's "]), case.v(" ".join(pcs), g), rng.choice(["", " that's my mobile", " best after six"]))
        if rng.random() < 0.4:
            g2 = case.group("PHONE", d)
            case.a("so that's ", case.v(" ".join(spoken_pieces(d, sizes, "zero", 0)), g2))


def p_email(case):
    e = gen_email()
    g = case.group("EMAIL", e)
    if rng.random() < 0.5:
        shown = rng.choice([e, e, e.capitalize(), e.upper() if rng.random() < 0.2 else e])
        case.a("What email should we send the confirmation to?")
        case.c(rng.choice(["email: ", "its ", "E-mail ", "send it to "]), case.v(shown, g), rng.choice(["", " pls", ". thx"]))
    else:
        case.a("and an email address for the e-ticket")
        case.c(rng.choice(["yeah it's ", "", "um "]), case.v(say_email(e), g))
        if rng.random() < 0.3:
            g2 = case.group("EMAIL", e)
            case.a("lovely so ", case.v(say_email(e), g2))


def p_address(case):
    kind, pc = gen_postcode()
    spoken = rng.random() < 0.5
    adr = gen_address(kind, spoken)
    town = rng.choice(["Leeds", "Croydon", "Bristol", "Glasgow", "Cardiff"] if kind == "UK" else ["Austin, TX", "Columbus, OH", "Denver, CO"])
    ga = case.group("ADDRESS", adr)
    gp = case.group("POSTCODE", pc)
    if spoken:
        case.a("can you confirm the first line of the address")
        case.c(rng.choice(["", "yeah it's ", "it's "]), case.v(adr, ga), " " + town.lower().replace(",", ""))
        case.a("and the postcode" if kind == "UK" else "and the zip")
        ps = say_alnum(pc.replace(" ", ""), rng.choice(["oh", "zero"])) if kind == "UK" else say_digits(pc.replace("-", ""), "zero", 0.2)
        case.c(case.v(ps, gp))
    else:
        case.a("Please confirm your full delivery address.")
        case.c(case.v(adr, ga), rng.choice([", ", ",\n", " "]), town, rng.choice([", ", " "]), case.v(pc, gp))


def p_dob(case):
    spoken = rng.random() < 0.5
    dt, s = gen_dob(spoken)
    g = case.group("DOB", dt)
    if spoken:
        case.a("can i take your date of birth")
        case.c(rng.choice(["yeah it's ", "", "um the ", "it's "]) if not s.startswith(("j", "f", "m", "a", "s", "o", "n", "d")) else "", case.v(s, g))
    else:
        case.a("For security, what is your date of birth?")
        case.c(rng.choice(["DOB ", "dob: ", "", "born "]), case.v(s, g))


def p_verify(case):
    """Mixed ID&V call: DOB, postcode, phone."""
    ind = rng.choice(INDUSTRIES)
    case.a(asr(GREET[ind]) + " before i go into the account i'll need to run through security")
    dt, s = gen_dob(True)
    g = case.group("DOB", dt)
    case.c("okay")
    case.a("date of birth first")
    case.c(case.v(s, g))
    kind, pc = gen_postcode()
    gp = case.group("POSTCODE", pc)
    case.a("thank you and the postcode on the account" if kind == "UK" else "and your zip code")
    case.c(case.v(say_alnum(pc.replace(" ", "").replace("-", ""), "oh") if kind == "UK" else say_digits(pc.replace("-", ""), "zero"), gp))
    if rng.random() < 0.6:
        k, d, _, sizes = gen_phone()
        gph = case.group("PHONE", d)
        case.a("and the mobile number ending in what please")
        case.c("oh the whole thing it's ", case.v(" ".join(spoken_pieces(d, sizes, "oh")), gph))
    case.a("perfect you're through security, your balance is %s pounds %s" % (num_words(rng.randint(1, 999)), num_words(rng.randint(1, 99))))


def p_email_msg(case):
    """Typed e-mail with signature."""
    kind, pc = gen_postcode()
    adr = gen_address(kind)
    k, d, _, sizes = gen_phone()
    e = gen_email()
    ga, gp, gph, ge = (case.group("ADDRESS", adr), case.group("POSTCODE", pc), case.group("PHONE", d), case.group("EMAIL", e))
    acct_ref = "INV-%d" % rng.randint(100000, 999999)
    pre = "+" if k.endswith("intl") else ""
    case.c("Hello, re invoice %s - I was charged £%d.%02d twice on %d %s. Please refund. Regards, %s\n"
           % (acct_ref, rng.randint(10, 500), rng.randint(0, 99), rng.randint(1, 28), MONTHS[rng.randint(0, 11)].capitalize(), rng.choice(FIRST).capitalize()),
           case.v(adr, ga), "\n", rng.choice(["Leeds", "Reading", "Swansea", "Boston, MA", "Dublin 4"]), "\n", case.v(pc, gp),
           "\nTel: ", pre, case.v(" ".join(chunks(d, sizes)), gph), "\n", case.v(e, ge))
    case.a("Thanks for your email, I've raised a refund under reference %d." % rng.randint(10 ** 7, 10 ** 8))


POS_TEMPLATES = [(p_card_chat, "typed card details in chat"), (p_card_call, "card payment call, ASR"),
                 (p_card_correction, "card reading with restart"), (p_card_aside, "card reading with aside"),
                 (p_ssn, "US SSN verification"), (p_ni, "UK NI number"), (p_bank, "UK sort code and account"),
                 (p_us_account, "US account number"), (p_iban, "IBAN"), (p_phone, "phone number"),
                 (p_email, "email address"), (p_address, "address and postcode"), (p_dob, "date of birth"),
                 (p_verify, "ID&V call"), (p_email_msg, "typed e-mail with signature")]
POS_WEIGHTS = [3, 4, 2, 2, 5, 5, 2, 1, 2, 2, 2, 2, 1, 2, 1]


# ------------------------------------------------------------ negatives
def n_amounts(case):
    case.a("your outstanding balance is £%d.%02d and the minimum payment is £%d" % (rng.randint(100, 9999), rng.randint(0, 99), rng.randint(5, 99)))
    case.c("can i pay %s pounds %s today and the rest on the %s" % (num_words(rng.randint(20, 999)), num_words(rng.randint(1, 99)), ordinal(rng.randint(1, 28))))
    case.a("yes that's fine, the interest rate is %s.%d percent" % (rng.randint(9, 39), rng.randint(0, 9)))


def n_order(case):
    num = luhn_complete(rdig(15)) if rng.random() < 0.5 else rdig(rng.randint(12, 18))
    lab = rng.choice(["order number", "tracking number", "consignment no.", "ticket ref", "claim number", "invoice no"])
    case.c("Hi my %s is %s and it still hasn't arrived" % (lab, " ".join(chunks(num, [4] * 5))))
    case.a("Thanks, I can see %s %s was dispatched on %d %s." % (lab, num, rng.randint(1, 28), MONTHS[rng.randint(0, 11)].capitalize()))


def n_ref_spoken(case):
    num = rdig(16)
    lab = rng.choice(["reference number", "policy number", "claim reference", "booking reference", "case number"])
    case.a("have you got your %s there" % lab)
    pcs = spoken_pieces(num, [4, 4, 4, 4], rng.choice(["oh", "zero"]))
    case.c("yeah the %s is %s" % (lab, pcs[0] + " " + pcs[1]))
    case.a("mhm")
    case.c(pcs[2] + " " + pcs[3])
    case.a("thanks that's the %s pulled up" % lab)


def n_meter(case):
    r = rdig(rng.randint(5, 6))
    case.a("brightwater energy can i take a meter reading")
    case.c("yeah the meter reads %s and the serial on the meter is %s" % (say_digits(r, "oh"), rng.choice(["K", "E", "S"]) + rdig(2) + rng.choice("ABC") + rdig(5)))
    case.a("lovely the next reading's due in %s weeks" % num_words(rng.randint(2, 12)))


def n_travel(case):
    case.a("your flight %s%d departs from gate %d%s at %02d:%02d, seat %d%s" % (
        rng.choice(["BA", "EI", "FR", "AA", "LH", "U2"]), rng.randint(10, 9999), rng.randint(1, 60), rng.choice(["", "A", "B"]),
        rng.randint(0, 23), rng.choice([0, 15, 30, 45, 5, 50]), rng.randint(1, 40), rng.choice("ABCDEF")))
    case.c("and the hotel room is %s for %s nights right" % (num_words(rng.randint(101, 999)), num_words(rng.randint(2, 14))))
    case.a("correct, room %d, check-in from 3pm" % rng.randint(101, 999))


def n_last4(case):
    l4 = rdig(4)
    case.a("i can see a payment of %s pounds from the card ending %s" % (num_words(rng.randint(5, 500)), say_digits(l4, "oh")))
    case.c("yeah the one ending in %s is my old card" % l4)
    case.a("okay card ending %s, I'll cancel that one" % l4)


def n_times(case):
    case.a("we're open from %d am to %d pm monday to friday and %d till %d on saturdays" % (rng.randint(7, 9), rng.randint(5, 8), rng.randint(8, 10), rng.randint(1, 5)))
    case.c("and how long's the wait, i've been on hold %s minutes" % num_words(rng.randint(10, 59)))
    case.a("around %d minutes, sorry. there are %d people ahead of you" % (rng.randint(5, 45), rng.randint(2, 30)))


def n_appt(case):
    case.a("i can book the engineer for %s the %s of %s between %s and %s" % (
        rng.choice(["monday", "tuesday", "thursday"]), ordinal(rng.randint(1, 28)), MONTHS[rng.randint(0, 11)], num_words(rng.randint(8, 11)), num_words(rng.randint(12, 5 + 12) - 12 or 1)))
    case.c("that works, my contract started %d/%02d/%d and ends in %d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2024), rng.randint(2025, 2028)))
    case.a("noted, payment date stays the %s of each month" % ordinal(rng.randint(1, 28)))


def n_health(case):
    case.c("my daughter is %s and she had a temperature of %s point %s" % (num_words(rng.randint(2, 15)), num_words(rng.randint(37, 40)), UNITS[rng.randint(1, 9)]))
    case.a("okay, the bill for that visit was $%d.%02d under claim %d-%d" % (rng.randint(50, 3000), rng.randint(0, 99), rng.randint(1000, 9999), rng.randint(100000, 999999)))
    case.c("my insurance covers %d percent i think, policy number %s" % (rng.choice([60, 70, 80, 90]), "".join(rng.choice("ABCDEFGHJK") for _ in range(3)) + rdig(9)))


def n_serial(case):
    case.c("The router model is %s and the serial number is %s" % (rng.choice(["HH6", "TG789vac", "F@ST 5670", "RAX120"]), "".join(rng.choice("0123456789ABCDEF") for _ in range(16))))
    case.a("Thanks. Firmware version %d.%d.%d; please hold the reset button for %d seconds." % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 99), rng.randint(10, 30)))


def n_roads(case):
    case.c("i'm stuck on the %s near junction %d, the tow truck said %d minutes" % (rng.choice(["M25", "A40", "M6", "I-95", "N7", "A1(M)"]), rng.randint(1, 30), rng.randint(20, 90)))
    case.a("okay your breakdown cover reference is %s, and it's %d miles to the nearest garage" % (rdig(10), rng.randint(2, 40)))


def n_years(case):
    case.c("i've been a customer since %s and i'm %s years old, surely that counts" % (year_words(rng.randint(1985, 2015)), num_words(rng.randint(25, 90))))
    case.a("it does, you've been with us %d years and your loyalty discount is %d%%" % (rng.randint(5, 35), rng.randint(5, 25)))


def n_long_digits(case):
    s = rdig(rng.choice([9, 11, 16, 18, 22]))
    lab = rng.choice(["transaction ID", "ref", "confirmation code", "voucher code", "gift card balance enquiry id", "MPRN", "account reference on the letter"])
    case.c("%s: %s" % (lab, s))
    case.a("Thanks, I've located %s %s. Nothing else is needed." % (lab, s[-6:]))


def n_counts(case):
    case.a("you've used %d of your %d gigabytes and %s minutes this month" % (rng.randint(1, 50), rng.choice([10, 20, 50, 100]), num_words(rng.randint(100, 999))))
    case.c("and the upgrade is %s ninety nine a month for %s months" % (num_words(rng.randint(10, 60)), num_words(rng.choice([12, 18, 24, 36]))))


def n_tax(case):
    yr = rng.randint(2019, 2025)
    case.a("Your tax code is %dL and the %d/%02d tax year shows %d days of employment." % (rng.randint(1000, 1300), yr, (yr + 1) % 100, rng.randint(30, 365)))
    case.c("the payment of £%d.%02d on %d %s - was that the rebate?" % (rng.randint(10, 2000), rng.randint(0, 99), rng.randint(1, 28), MONTHS[rng.randint(0, 11)].capitalize()))


NEG_TEMPLATES = [(n_amounts, "amounts, rates and payment dates"), (n_order, "order/tracking numbers incl. Luhn-valid ones"),
                 (n_ref_spoken, "16-digit reference read like a card"), (n_meter, "meter reading and serial"),
                 (n_travel, "flight, gate, seat, room"), (n_last4, "card last-four mentions only"),
                 (n_times, "opening hours, durations, counts"), (n_appt, "appointment and contract dates"),
                 (n_health, "ages, temperature, bill, claim/policy numbers"), (n_serial, "model and serial numbers"),
                 (n_roads, "road names, junctions, breakdown ref"), (n_years, "years and ages"),
                 (n_long_digits, "long labelled non-PII digit strings"), (n_counts, "usage counts and prices"),
                 (n_tax, "tax code, tax year, payment")]


# ------------------------------------------------------------ build
def build():
    rng.seed(471241125)
    out = []
    npos, nneg = 0, 0
    order = []
    for i in range(215):
        order.append(POS_TEMPLATES[i % len(POS_TEMPLATES)] if i < 45 else rng.choices(POS_TEMPLATES, POS_WEIGHTS)[0])
    for fn, note in order:
        case = Case("positive", note)
        fn(case)
        npos += 1
        out.append(("h471-pos-%03d" % npos, case))
    for i in range(110):
        fn, note = NEG_TEMPLATES[i % len(NEG_TEMPLATES)] if i < 45 else rng.choice(NEG_TEMPLATES)
        case = Case("negative", note)
        fn(case)
        nneg += 1
        out.append(("h471-neg-%03d" % nneg, case))
    return out


def to_json(cid, case):
    return json.dumps({"id": cid, "kind": case.kind, "turns": case.turns, "spans": case.spans, "note": case.note},
                      ensure_ascii=False)


def render(cases):
    return "".join(to_json(cid, c) + "\n" for cid, c in cases)


# ------------------------------------------------------------ validation
def validate_group(case, g):
    typ, canon, frag = g["type"], g["canonical"], g["fragment"]
    texts = [case.turns[case.spans[i]["turn"]]["text"][case.spans[i]["start"]:case.spans[i]["end"]] for i in g["spans"]]
    joined = " ".join(texts)
    if typ == "EMAIL":
        n = norm_spoken(joined, email=True)
        return n == canon.lower() and re.match(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", canon)
    if typ == "DOB":
        return isinstance(canon, datetime.date) and 1900 < canon.year < 2010 and re.search(r"\d|[a-z]", joined)
    if typ == "EXPIRY":
        m, y = canon
        return 1 <= m <= 12 and 2024 <= y <= 2035
    if typ == "ADDRESS":
        return (re.match(r"^(flat|apt|unit)?\s*[\w]", joined, re.I) and re.search(SUFFIX_RE + r"|(Apt \d+)$", joined, re.I)
                and joined == canon)
    n = norm_spoken(joined).upper()
    c = canon.replace(" ", "").replace("-", "").upper()
    if typ == "POSTCODE":
        ok = bool(UK_PC_RE.match(canon)) or bool(re.match(r"^\d{5}(-\d{4})?$", canon))
        return ok and n == c
    if frag:
        # fragments (split readings, aborted readings, read-back last four) must be
        # a clean digit/letter string; full value checked when the group is whole
        return bool(re.match(r"^[A-Z0-9]+$", n)) and n in c
    if n != c:
        return False
    if typ == "CARD_NUMBER":
        return 13 <= len(c) <= 19 and c.isdigit() and luhn_ok(c)
    if typ == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if typ == "SSN":
        return len(c) == 9 and c.isdigit() and c[:3] not in ("000", "666") and c[0] != "9"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(c))
    if typ == "BANK_ACCOUNT":
        return c.isdigit() and 6 <= len(c) <= 17
    if typ == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if typ == "IBAN":
        return iban_ok(c)
    if typ == "PHONE":
        return c.isdigit() and 9 <= len(c) <= 15
    return False


def check(cases, text):
    errs = []
    ids = set()
    counts = {}
    for cid, case in cases:
        if cid in ids:
            errs.append("dup id " + cid)
        ids.add(cid)
        if case.kind == "negative" and case.spans:
            errs.append(cid + " negative with spans")
        if case.kind == "positive" and not case.spans:
            errs.append(cid + " positive without spans")
        per_turn = {}
        for s in case.spans:
            t = case.turns[s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(t)):
                errs.append("%s span out of range" % cid)
                continue
            if not (t[st].isalnum() and t[en - 1].isalnum()):
                errs.append("%s span not alnum-bounded %r" % (cid, t[st:en]))
            if (st > 0 and t[st - 1].isalnum()) or (en < len(t) and t[en].isalnum()):
                errs.append("%s span not on word boundary %r" % (cid, t[st:en]))
            per_turn.setdefault(s["turn"], []).append((st, en))
            counts[s["type"]] = counts.get(s["type"], 0) + 1
        for lst in per_turn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if a[1] > b[0]:
                    errs.append(cid + " overlapping spans")
        for gid, g in case.groups.items():
            if not g["spans"]:
                continue
            if not validate_group(case, g):
                errs.append("%s invalid %s group %r: %r" % (cid, g["type"], g["canonical"], [case.turns[case.spans[i]["turn"]]["text"][case.spans[i]["start"]:case.spans[i]["end"]] for i in g["spans"]]))
        # split readings: concatenation of consecutive fragment groups for the same value
        seq = {}
        for gid, g in case.groups.items():
            if g["fragment"] and g["spans"]:
                seq.setdefault((g["type"], str(g["canonical"])), []).append(g)
        for (typ, canon), gs in seq.items():
            if typ == "CARD_NUMBER" and len(canon) <= 4:
                continue
            if typ == "SSN" and len(canon) <= 4:
                continue
            joined = "".join(norm_spoken(" ".join(case.turns[case.spans[i]["turn"]]["text"][case.spans[i]["start"]:case.spans[i]["end"]] for i in g["spans"])).upper() for g in gs)
            if joined != canon.upper().replace(" ", "") and len(gs) > 1:
                errs.append("%s split %s does not join to value" % (cid, typ))
    return errs, counts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    cases = build()
    text = render(cases)
    if args.check:
        errs, counts = check(cases, text)
        if not os.path.exists(OUT):
            errs.append("missing " + OUT)
        else:
            with open(OUT, encoding="utf-8") as f:
                if f.read() != text:
                    errs.append("cases.jsonl differs from regenerated output")
        npos = sum(1 for _, c in cases if c.kind == "positive")
        nneg = len(cases) - npos
        print("positives", npos, "negatives", nneg)
        for k in sorted(counts):
            print("  %-13s %d" % (k, counts[k]))
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
                  "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            if counts.get(t, 0) < need.get(t, 10):
                errs.append("too few %s spans" % t)
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        for e in errs[:50]:
            print("ERROR", e)
        print("CHECK FAILED (%d errors)" % len(errs) if errs else "CHECK OK")
        return 1 if errs else 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote", OUT, len(cases), "cases")
    return 0


if __name__ == "__main__":
    sys.exit(main())

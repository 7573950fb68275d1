#!/usr/bin/env python3
"""Generate the held-out PII evaluation set tests/fixtures/pii_holdout539/cases.jsonl.

Standard library only, one RNG: random.Random(539241125).
Every turn is assembled from plain-text segments and labelled value segments,
so character offsets are computed, never typed by hand.

Usage:
    python scripts/make_pii_holdout539.py           # write the file
    python scripts/make_pii_holdout539.py --check   # regenerate + verify
"""
import argparse
import json
import os
import random
import re
import sys

SEED = 539241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout539", "cases.jsonl")

R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def rdig(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def gen_card():
    prefix, length = ch([("4", 16), ("4", 16), ("4", 16), ("4", 13), ("4", 19),
                         ("51", 16), ("53", 16), ("55", 16), ("2221", 16),
                         ("34", 15), ("37", 15), ("6011", 16), ("35", 16)])
    body = prefix + rdig(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            num = body + c
            break
    groups = {16: [4, 4, 4, 4], 15: [4, 6, 5], 13: [4, 3, 3, 3], 19: [4, 4, 4, 4, 3]}[length]
    return num, groups


def split_by(s, groups):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    return out


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999)), [3, 2, 4]


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = ch(NI_FIRST) + ch(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + ch("ABCD"), [2, 2, 2, 2, 1]


def gen_sort():
    return "%02d%s" % (R.choice([20, 40, 30, 11, 60, 77, 83, 90, 93, 16, 23, 9]), rdig(4)), [2, 2, 2]


def gen_account():
    n = ch([8, 8, 8, 10, 12, 9])
    s = str(R.randint(1, 9)) + rdig(n - 1)
    return s, {8: [4, 4], 10: [3, 3, 4], 12: [4, 4, 4], 9: [3, 3, 3]}[n]


IBAN_LET = "ABCDEFGHJKLMNPRSTUWXYZ"


def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    return "%02d" % (98 - int(num) % 97)


def gen_iban():
    c = ch(["GB", "GB", "IE", "DE", "NL", "ES", "FR"])
    if c in ("GB", "IE"):
        bban = ch(["NWBK", "BARC", "HBUK", "AIBK", "MIDL", "ULSB"]) + rdig(14)
    elif c == "DE":
        bban = rdig(18)
    elif c == "NL":
        bban = ch(["ABNA", "RABW", "INGB", "TRIW"]) + rdig(10)
    elif c == "ES":
        bban = rdig(20)
    else:
        bban = rdig(23)
    iban = c + iban_check(c, bban) + bban
    return iban, [4] * (len(iban) // 4) + ([len(iban) % 4] if len(iban) % 4 else [])


def gen_phone():
    kind = ch(["uk_mob", "uk_mob", "uk_lon", "uk_int", "us", "us", "us_int", "ie", "ie_int", "de_int", "fr_int"])
    if kind == "uk_mob":
        d = "07" + str(R.randint(4, 9)) + rdig(8)
        return d, [5, 3, 3], False
    if kind == "uk_lon":
        d = "020" + ch(["7", "8", "3"]) + rdig(7)
        return d, [3, 4, 4], False
    if kind == "uk_int":
        d = "447" + str(R.randint(4, 9)) + rdig(8)
        return d, [2, 4, 3, 3], True
    if kind == "us":
        d = str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)
        return d, [3, 3, 4], False
    if kind == "us_int":
        d = "1" + str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)
        return d, [1, 3, 3, 4], True
    if kind == "ie":
        d = "08" + ch("35679") + rdig(7)
        return d, [3, 3, 4], False
    if kind == "ie_int":
        d = "3538" + ch("35679") + rdig(7)
        return d, [3, 2, 3, 4], True
    if kind == "de_int":
        d = "4915" + rdig(9)
        return d, [2, 3, 4, 4], True
    d = "336" + rdig(8)
    return d, [2, 1, 2, 2, 2, 2], True


FIRST = ["sarah", "liam", "aoife", "dev", "maria", "tomasz", "grace", "kwame", "niamh", "raj",
         "emily", "jonah", "fatima", "pierre", "hannah", "carlos", "megan", "yusuf", "ruth", "declan"]
LAST = ["patel", "murphy", "kowalski", "okafor", "garcia", "brennan", "schmidt", "dubois", "nguyen",
        "hughes", "walsh", "ahmed", "lindqvist", "reyes", "mcgrath", "baker", "fischer", "costa"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "eircom.net", "hotmail.fr",
           "web.de", "icloud.com", "aol.com", "sky.com", "proton.me", "virginmedia.com"]


def gen_email():
    f, l = ch(FIRST), ch(LAST)
    style = R.randint(0, 5)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + "." + l + rdig(2)
    elif style == 2:
        local = f + "_" + l + rdig(2)
    elif style == 3:
        local = f[0] + l
    elif style == 4:
        local = l + "." + f + rdig(1)
    else:
        local = f + "-" + l
    return local + "@" + ch(DOMAINS)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth"]
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def num_words(n):
    """0..99 as words (no leading zero handling)."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + UNITS[u])


def ord_words(n):
    if n <= 20:
        return ORD[n - 1]
    t, u = divmod(n, 10)
    if u == 0:
        return {30: "thirtieth"}[n] if n == 30 else TENS[t][:-1] + "ieth"
    return TENS[t] + " " + ORD[u - 1]


def year_words(y):
    if 2000 <= y <= 2009:
        return ch(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]]) if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    if lo < 10:
        return num_words(hi) + " oh " + UNITS[lo]
    return num_words(hi) + " " + num_words(lo)


# --------------------------------------------------------------------------
# spoken rendering
# --------------------------------------------------------------------------
FILLERS = ["um", "uh", "er", "erm", "uhm"]
ALT = {"a": "apple", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
       "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
       "n": "november", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
       "u": "uniform", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
ALT2 = {"a": "alfred", "b": "bob", "c": "cat", "d": "david", "e": "edward", "g": "george", "h": "harry",
        "j": "jam", "k": "king", "l": "london", "m": "mother", "n": "nancy", "p": "peter", "r": "robert",
        "s": "sugar", "t": "tommy", "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}


class Voice:
    """Per-case speaking habits."""

    def __init__(self):
        self.zero = ch(["oh", "oh", "zero", "o", "nought"])
        self.pairs = chance(0.3)
        self.hundreds = chance(0.15)
        self.doubles = chance(0.6)
        self.nato = ch(["plain", "plain", "nato", "alt"])
        self.filler = chance(0.35)

    def digit(self, c):
        return self.zero if c == "0" else UNITS[int(c)]

    def singles(self, s):
        out, i = [], 0
        while i < len(s):
            c = s[i]
            if self.doubles and i + 2 < len(s) + 0 and s[i:i + 3] == c * 3 and chance(0.7):
                out.append("triple " + self.digit(c))
                i += 3
                continue
            if self.doubles and i + 1 < len(s) and s[i + 1] == c and chance(0.8):
                out.append("double " + self.digit(c))
                i += 2
                continue
            out.append(self.digit(c))
            i += 1
        return " ".join(out)

    def pair(self, p):
        if p[0] == "0":
            return self.digit("0") + " " + self.digit(p[1])
        if p[1] == "0" and p[0] != "1":
            return self.singles(p)
        return num_words(int(p))

    def chunk(self, s):
        if not s.isdigit():
            return self.letters(s)
        if self.hundreds and len(s) == 3 and s[0] != "0" and s[1:] != "00" and chance(0.7):
            rest = int(s[1:])
            return UNITS[int(s[0])] + " hundred and " + num_words(rest)
        if self.pairs and len(s) % 2 == 0 and chance(0.75):
            return " ".join(self.pair(s[i:i + 2]) for i in range(0, len(s), 2))
        return self.singles(s)

    def letters(self, s):
        out = []
        for c in s:
            if c.isdigit():
                out.append(self.digit(c))
            else:
                lc = c.lower()
                if self.nato == "nato" and lc in ALT and chance(0.6):
                    out.append(lc + " for " + ALT[lc])
                elif self.nato == "alt" and lc in ALT2 and chance(0.5):
                    out.append(lc + " as in " + ALT2[lc])
                else:
                    out.append(lc)
        return " ".join(out)

    def reading(self, chunks, sep=None):
        """Full spoken reading of chunks as one string (fillers may be inside)."""
        parts = [self.chunk(c) for c in chunks]
        out = parts[0]
        for p in parts[1:]:
            s = sep if sep is not None else ch([" ", " ", ", ", " ... "])
            if self.filler and chance(0.25):
                s = " " + ch(FILLERS) + " "
            out += s + p
        return out


# --------------------------------------------------------------------------
# case builder
# --------------------------------------------------------------------------
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []  # list of (speaker, [segments])
        self.groups = {}  # gid -> dict(type, canon)
        self.cur = None
        self.ngid = 0

    def group(self, typ, canon):
        self.ngid += 1
        self.groups[self.ngid] = {"type": typ, "canon": canon}
        return self.ngid

    def turn(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def render(self, cid):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    val, gid, role = s
                    m = re.match(r"^([^0-9A-Za-z]*)(.*?)([^0-9A-Za-z]*)$", val, re.S)
                    text += m.group(1)
                    val = m.group(2)
                    trail = m.group(3)
                    start = len(text)
                    text += val
                    g = self.groups[gid]
                    spans.append({"turn": ti, "start": start, "end": len(text), "type": g["type"]})
                    meta.append((gid, role))
                    text += trail
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        rec = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return rec, meta, self.groups


def V(text, gid, role="part"):
    return (text, gid, role)


# ---------------- typed renderings ----------------
def typed_groups(chunks, seps=None):
    seps = seps or [" ", " ", "-", "", " ", "  ", ".", "\n"]
    if chance(0.2):
        sp = ch(seps)
        return sp.join(chunks)
    sp = ch(seps)
    out = chunks[0]
    for c in chunks[1:]:
        out += (sp if chance(0.8) else ch([" ", "-", ""])) + c
    return out


def typed_value(typ, canon, chunks):
    if typ == "CARD_NUMBER":
        if chance(0.15):
            # odd regrouping
            cut, i, gs = [], 0, []
            while i < len(canon):
                g = ch([3, 4, 5, 6])
                gs.append(canon[i:i + g])
                i += g
            return " ".join(gs)
        return typed_groups(chunks)
    if typ == "SSN":
        return ch([canon[:3] + "-" + canon[3:5] + "-" + canon[5:], canon[:3] + " " + canon[3:5] + " " + canon[5:],
                   canon, canon[:3] + "." + canon[3:5] + "." + canon[5:], canon[:3] + "-" + canon[3:5] + "-" + canon[5:]])
    if typ == "NI_NUMBER":
        t = ch([canon, canon[:2] + " " + canon[2:4] + " " + canon[4:6] + " " + canon[6:8] + " " + canon[8],
                canon[:2] + canon[2:8] + " " + canon[8], canon[:2] + "-" + canon[2:8] + "-" + canon[8],
                canon[:2] + " " + canon[2:8] + " " + canon[8]])
        return t.lower() if chance(0.25) else t
    if typ == "SORT_CODE":
        return ch(["-", " ", "", "/", "."]).join(chunks) if True else canon
    if typ == "BANK_ACCOUNT":
        return canon if chance(0.6) else " ".join(chunks)
    if typ == "IBAN":
        t = " ".join(chunks) if chance(0.6) else canon
        return t.lower() if chance(0.2) else t
    if typ == "PHONE":
        return None
    return canon


def typed_phone(d, chunks, intl):
    if intl:
        body = " ".join(chunks)
        return ch(["+" + body, "+" + body, "00" + body, "+" + d, "+" + "-".join(chunks)])
    if len(d) == 10 and d[0] != "0":  # US
        return ch(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                   "%s.%s.%s" % (d[:3], d[3:6], d[6:]), d])
    return ch([" ".join(chunks), d, "-".join(chunks), d[:5] + " " + d[5:]])


# ---------------- value factory ----------------
def make_value(typ):
    """Return (canon, chunks, extra)."""
    if typ == "CARD_NUMBER":
        c, g = gen_card()
        return c, split_by(c, g), None
    if typ == "SSN":
        c, g = gen_ssn()
        return c, split_by(c, g), None
    if typ == "NI_NUMBER":
        c, g = gen_ni()
        return c, split_by(c, g), None
    if typ == "SORT_CODE":
        c, g = gen_sort()
        return c, split_by(c, g), None
    if typ == "BANK_ACCOUNT":
        c, g = gen_account()
        return c, split_by(c, g), None
    if typ == "IBAN":
        c, g = gen_iban()
        return c, split_by(c, g), None
    if typ == "PHONE":
        d, g, intl = gen_phone()
        return d, split_by(d, g), intl
    if typ == "CVV":
        c = rdig(ch([3, 3, 3, 4]))
        return c, [c], None
    raise ValueError(typ)


def spoken_value(voice, typ, canon, chunks, extra=None):
    s = voice.reading(chunks)
    if typ == "PHONE" and extra and chance(0.6):
        s = "plus " + s
    return s


# ---------------- dates / addresses / postcodes / emails ----------------
def gen_dob():
    return R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28)


def typed_dob(y, m, d):
    mn = MONTHS[m - 1].capitalize()
    return ch(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d),
               "%d %s %d" % (d, mn[:3], y), "%s %d, %d" % (mn, d, y), "%02d.%02d.%d" % (d, m, y),
               "%d%s %s %d" % (d, "th" if d not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d], mn, y),
               "%02d/%02d/%02d" % (d, m, y % 100)])


def spoken_dob(y, m, d):
    v = R.randint(0, 3)
    if v == 0:
        return "%s of %s %s" % (ord_words(d), MONTHS[m - 1], year_words(y))
    if v == 1:
        return "%s %s %s" % (MONTHS[m - 1], ord_words(d), year_words(y))
    if v == 2:
        return "%s %s %s" % (num_words(d), num_words(m), year_words(y))
    return "%s %s, %s" % (ord_words(d), MONTHS[m - 1], year_words(y))


def gen_exp():
    return R.randint(1, 12), R.randint(25, 31)


def typed_exp(m, y):
    return ch(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%s %02d" % (MONTHS[m - 1][:3].capitalize(), y),
               "%02d%02d" % (m, y), "%02d / %02d" % (m, y), "%d/%02d" % (m, y)])


def spoken_exp(m, y, voice):
    return ch(["%s %s twenty %s" % (voice.zero, UNITS[m], num_words(y)) if m < 10 else "%s twenty %s" % (num_words(m), num_words(y)),
               "%s twenty %s" % (MONTHS[m - 1], num_words(y)),
               "%s %s" % (MONTHS[m - 1], num_words(y)),
               "%s %s" % (voice.singles("%02d" % m), num_words(y)),
               "%s of twenty %s" % (MONTHS[m - 1], num_words(y))])


STREETS = ["Elm Grove", "Kingsway Road", "Baker Street", "Station Road", "Mill Lane", "Church Walk",
           "Harbour View", "Maple Avenue", "Oak Drive", "Victoria Terrace", "Glenview Park", "Pine Court",
           "Castle Street", "Riverside Close", "Meadow Way", "Sunset Boulevard", "Fulton Street",
           "Rue des Lilas", "Bridge Crescent", "Orchard Rise", "Clifton Gardens", "Lake Shore Drive"]
TOWNS = ["Leeds", "Manchester", "Bristol", "Glasgow", "Cork", "Galway", "Boston", "Chicago", "Cardiff",
         "Belfast", "Reading", "Austin", "Dublin 8", "Swindon"]


def gen_address():
    num = R.randint(1, 240)
    st = ch(STREETS)
    flat = R.randint(1, 30) if chance(0.3) else None
    return num, st, flat


def typed_address(num, st, flat):
    s = "%d %s" % (num, st)
    if flat:
        s = ch(["Flat %d, " % flat, "Apt %d, " % flat, "Unit %d " % flat, "Flat %dB " % flat]) + s
    return s.lower() if chance(0.2) else s


def spoken_address(num, st, flat, voice):
    n = num_words(num) if num < 100 else (voice.singles(str(num)) if chance(0.5) else
                                           UNITS[num // 100] + " hundred" + ("" if num % 100 == 0 else " and " + num_words(num % 100)))
    s = n + " " + st.lower()
    if flat:
        s = "flat " + num_words(flat) + " " + s
    return s


UK_AREAS = ["SW", "SE", "NW", "N", "E", "W", "EC", "M", "B", "L", "LS", "G", "EH", "CF", "BS", "NE",
            "BT", "CB", "RG", "GU", "KT", "TW", "BN", "S", "YO", "PL", "CH", "DE", "NG", "LE"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode():
    if chance(0.35):
        z = "%05d" % R.randint(1001, 99950)
        if chance(0.3):
            z += "-" + rdig(4)
        return z, "US"
    a = ch(UK_AREAS)
    dist = str(R.randint(1, 29 if len(a) == 2 else 9))
    if a in ("SW", "EC", "W", "N", "E") and len(dist) == 1 and chance(0.3):
        dist += ch("ABCHPRVWXY")
    return a + dist + " " + str(R.randint(0, 9)) + ch(INWARD) + ch(INWARD), "UK"


def typed_postcode(pc, kind):
    if kind == "US":
        return pc
    t = ch([pc, pc, pc.replace(" ", ""), pc.lower(), pc.replace(" ", "  ")])
    return t


def spoken_postcode(pc, kind, voice):
    if kind == "US":
        return voice.singles(pc.replace("-", "")[:5]) + ("" if "-" not in pc else " dash " + voice.singles(pc[6:]))
    out, inn = pc.split(" ")
    return voice.letters(out) + ch([" ", ", ", " ... "]) + voice.letters(inn)


def spoken_email(addr, voice):
    local, dom = addr.split("@")
    def part(s):
        out = []
        for tok in re.findall(r"[a-z]+|\d+|[._-]", s):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok == "-":
                out.append(ch(["dash", "hyphen"]))
            elif tok.isdigit():
                out.append(voice.singles(tok))
            elif len(tok) > 1 and chance(0.15):
                out.append(" ".join(tok))  # spelled out
            else:
                out.append(tok)
        return " ".join(out)
    return part(local) + " at " + part(dom)


# --------------------------------------------------------------------------
# normalisation (spoken / typed -> canonical)
# --------------------------------------------------------------------------
UNIT_W = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4,
          "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEEN_W = {w: 10 + i for i, w in enumerate(TEENS)}
TENS_W = {w: i for i, w in enumerate(TENS) if w}
FILL = set(FILLERS) | {"plus", "dash", "hyphen", "slash"}


def norm_alnum(text, email=False):
    t = text.lower()
    if email:
        t = re.sub(r"\s*[\[(]\s*at\s*[\])]\s*", "@", t)
        t = re.sub(r"\s*[\[(]\s*dot\s*[\])]\s*", ".", t)
        if "@" in t:
            return re.sub(r"\s+", "", t)
    toks = re.findall(r"[a-z0-9]+|[.@_-]", t.replace("x-ray", "xray"))
    out = []
    i = 0
    n = len(toks)
    unit = dict(UNIT_W)
    if email:
        del unit["o"]
    while i < n:
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if w in (".", "-", "_", "@") and not email:
            i += 1
            continue
        if w in FILL and not (email and w in ("dash", "hyphen")):
            i += 1
            continue
        if email and w in ("dot", "at", "underscore", "dash", "hyphen") or w in (".", "-", "_", "@"):
            out.append({"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}.get(w, w))
            i += 1
            continue
        if w in ("double", "triple"):
            k = 2 if w == "double" else 3
            sub = norm_alnum(nxt, email)
            out.append(sub * k)
            i += 2
            continue
        if w in unit:
            d = unit[w]
            if nxt == "hundred":
                i += 2
                if i < n and toks[i] == "and":
                    j, val = read_lt100(toks, i + 1)
                    out.append("%d%02d" % (d, val))
                    i = j
                else:
                    out.append("%d00" % d)
                continue
            if nxt == "thousand":
                i += 2
                if i < n and toks[i] == "and":
                    i += 1
                if i < n and (toks[i] in unit or toks[i] in TEEN_W or toks[i] in TENS_W):
                    j, val = read_lt100(toks, i)
                    out.append("%d%03d" % (d, val))
                    i = j
                else:
                    out.append("%d000" % d)
                continue
            out.append(str(d))
            i += 1
            continue
        if w in TEEN_W or w in TENS_W:
            j, val = read_lt100(toks, i)
            out.append("%02d" % val)
            i = j
            continue
        # letter with phonetic ("j for juliet", "k as in king")
        if len(w) == 1 and nxt == "for" and i + 2 < n and toks[i + 2][0] == w:
            out.append(w)
            i += 3
            continue
        if len(w) == 1 and nxt == "as" and i + 3 < n and toks[i + 2] == "in" and toks[i + 3][0] == w:
            out.append(w)
            i += 4
            continue
        out.append(w)
        i += 1
    s = "".join(out)
    return s if email else s.upper()


def read_lt100(toks, i):
    w = toks[i]
    if w in TEEN_W:
        return i + 1, TEEN_W[w]
    if w in TENS_W:
        v = TENS_W[w] * 10
        if i + 1 < len(toks) and toks[i + 1] in UNIT_W and UNIT_W[toks[i + 1]] > 0:
            return i + 2, v + UNIT_W[toks[i + 1]]
        return i + 1, v
    if w in UNIT_W:
        return i + 1, UNIT_W[w]
    raise ValueError("bad number at %r" % w)


# validators of canonical values
def v_iban(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
MONTH_RE = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.I)

VALID = {
    "CARD_NUMBER": lambda s: s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s),
    "CVV": lambda s: s.isdigit() and len(s) in (3, 4),
    "SSN": lambda s: s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9"
    and s[3:5] != "00" and s[5:] != "0000",
    "NI_NUMBER": lambda s: bool(NI_RE.fullmatch(s)) and s[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"),
    "BANK_ACCOUNT": lambda s: s.isdigit() and 8 <= len(s) <= 12,
    "SORT_CODE": lambda s: s.isdigit() and len(s) == 6,
    "IBAN": v_iban,
    "PHONE": lambda s: s.isdigit() and 10 <= len(s) <= 13,
    "EMAIL": lambda s: bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", s)),
    "POSTCODE": lambda s: bool(UK_PC.fullmatch(s) or re.fullmatch(r"\d{5}(\d{4})?", s)),
}


def validate_loose(typ, text):
    low = text.lower()
    if typ in ("DOB", "EXPIRY"):
        digits = norm_alnum(re.sub(MONTH_RE.pattern + r"[a-z]*", " ", low))
        has_month = bool(MONTH_RE.search(low))
        if typ == "EXPIRY":
            if re.fullmatch(r"(0?[1-9]|1[0-2])\s*[/-]\s*\d{2}(\d{2})?", low):
                return True
            return has_month or (len(digits) >= 4 and 1 <= int(digits[:2]) <= 12)
        return (has_month and len(digits) >= 3) or len(digits) >= 6
    if typ == "ADDRESS":
        return bool(re.search(r"\d|" + "|".join(UNIT_W) + "|" + "|".join(TEEN_W) + "|" + "|".join(TENS_W), low)) and \
            any(s.split()[-1].lower() in low for s in STREETS)
    return False


# --------------------------------------------------------------------------
# scenario helpers
# --------------------------------------------------------------------------
INDUSTRY = {
    "banking": ("Northgate Bank", "your current account"),
    "telecom": ("Veltro Mobile", "your mobile contract"),
    "utilities": ("BrightHome Energy", "your gas and electric account"),
    "retail": ("Harlow & Finch", "your store card order"),
    "insurance": ("Crestline Insurance", "your home policy"),
    "travel": ("SkyWays Travel", "your booking"),
    "healthcare": ("MediBill Services", "your hospital bill"),
    "government": ("Revenue Services Online", "your tax record"),
}
IND = list(INDUSTRY)
AGENTS = ["Priya", "Tom", "Siobhan", "Marcus", "Ana", "Kev", "Jade", "Olu", "Beth", "Ryan"]
BACKCH = ["mhm", "go on", "yep", "ok", "uh huh", "right", "yeah go ahead", "got that", "and the rest"]
CHAT_AG = ["Thanks, let me pull that up.", "Great, one moment please.", "Thanks! Checking now...",
           "Perfect, bear with me.", "Got it, thank you."]


def industry():
    k = ch(IND)
    return k, INDUSTRY[k]


def sign_off():
    return ch(["\n\nThanks,\n", "\n\nKind regards,\n", "\n\nCheers\n", "\n\nBest,\n", "\n--\n"])


def name():
    return ch(FIRST).capitalize() + " " + ch(LAST).capitalize()


LABELS = {
    "CARD_NUMBER": ["card no:", "Card number:", "card #", "CC:", "card num -", "long number on card:", "card"],
    "SSN": ["SSN:", "ssn -", "Social Security #", "social:", "SS#", "social security number is"],
    "NI_NUMBER": ["NI no:", "NINO:", "National Insurance number:", "ni number", "NI#"],
    "BANK_ACCOUNT": ["acct no:", "Account number:", "a/c", "acc #", "account no."],
    "SORT_CODE": ["sort code:", "S/C", "sort", "Sort code -"],
    "IBAN": ["IBAN:", "iban", "IBAN no.", "Bank (IBAN):"],
    "PHONE": ["tel:", "Mobile:", "ph", "call me on", "my number is", "Phone -", "cell:"],
    "EMAIL": ["email:", "E-mail -", "my email is", "Email address:", "contact:"],
    "CVV": ["cvv", "CVV:", "security code", "cvc -", "3 digits on back:"],
    "EXPIRY": ["exp", "expiry:", "Exp date -", "valid thru", "expires"],
    "DOB": ["DOB:", "d.o.b", "Date of birth:", "born", "birthday -"],
    "POSTCODE": ["postcode:", "Zip:", "post code", "ZIP code -", "PC:"],
    "ADDRESS": ["address:", "Address line 1:", "I live at", "addr -"],
}

SPOKEN_LEAD = {
    "CARD_NUMBER": ["yeah the card number is", "ok it's", "right so the long number is", "it's um", "the card is"],
    "SSN": ["my social is", "social security number is", "it's", "ok the social's"],
    "NI_NUMBER": ["my national insurance is", "ni number is", "it's", "right it's"],
    "BANK_ACCOUNT": ["account number is", "the account's", "it's", "account number um"],
    "SORT_CODE": ["sort code is", "the sort code's", "it's"],
    "IBAN": ["the iban is", "iban is", "it's"],
    "PHONE": ["best number is", "you can reach me on", "it's", "my mobile is", "call me on"],
    "EMAIL": ["email is", "it's", "my email address is", "send it to"],
    "CVV": ["the three digits are", "security code is", "it's"],
    "EXPIRY": ["expiry is", "it expires", "expiry date's", "it runs out"],
    "DOB": ["date of birth is", "i was born on", "it's", "d o b is"],
    "POSTCODE": ["postcode is", "zip is", "it's", "the zip code's"],
    "ADDRESS": ["i'm at", "address is", "it's", "we live at"],
}
ASK = {
    "CARD_NUMBER": "can i take the long card number please",
    "SSN": "can you confirm your social security number",
    "NI_NUMBER": "can i have your national insurance number",
    "BANK_ACCOUNT": "what's the account number",
    "SORT_CODE": "and the sort code",
    "IBAN": "can i get the iban for the refund",
    "PHONE": "what's the best number to reach you",
    "EMAIL": "and an email address for the confirmation",
    "CVV": "and the security code on the back",
    "EXPIRY": "and the expiry date",
    "DOB": "can you confirm your date of birth",
    "POSTCODE": "and the postcode",
    "ADDRESS": "can you confirm the first line of the address",
}
ASIDES = [", hang on it's worn here, ", " sorry the dog's barking ", " ... wait let me get my glasses ... ",
          ", one sec, ", " hold on hold on ", " sorry where was i, "]


def one_value(typ):
    """Produce a value description dict usable in both channels."""
    if typ in ("CARD_NUMBER", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "CVV"):
        canon, chunks, extra = make_value(typ)
        return {"type": typ, "canon": canon, "chunks": chunks, "extra": extra}
    if typ == "EMAIL":
        e = gen_email()
        return {"type": typ, "canon": e, "chunks": None, "extra": None}
    if typ == "DOB":
        return {"type": typ, "canon": None, "date": gen_dob()}
    if typ == "EXPIRY":
        return {"type": typ, "canon": None, "date": gen_exp()}
    if typ == "POSTCODE":
        pc, k = gen_postcode()
        return {"type": typ, "canon": pc.replace(" ", "").replace("-", ""), "pc": pc, "k": k}
    if typ == "ADDRESS":
        return {"type": typ, "canon": None, "addr": gen_address()}
    raise ValueError(typ)


def typed_text(v):
    t = v["type"]
    if t == "PHONE":
        return typed_phone(v["canon"], v["chunks"], v["extra"])
    if t == "EMAIL":
        e = v["canon"]
        r = R.random()
        if r < 0.15:
            e = e.replace("@", " [at] ").replace(".", " [dot] ") if chance(0.5) else e.replace("@", "(at)")
        elif r < 0.35:
            loc, dom = e.split("@")
            e = loc.capitalize() + "@" + dom.capitalize() if chance(0.5) else e.upper()
        return e
    if t == "DOB":
        return typed_dob(*v["date"])
    if t == "EXPIRY":
        return typed_exp(*v["date"])
    if t == "POSTCODE":
        return typed_postcode(v["pc"], v["k"])
    if t == "ADDRESS":
        return typed_address(*v["addr"])
    if t == "CVV":
        return v["canon"]
    return typed_value(t, v["canon"], v["chunks"])


def spoken_text(v, voice):
    t = v["type"]
    if t == "EMAIL":
        return spoken_email(v["canon"], voice)
    if t == "DOB":
        return spoken_dob(*v["date"])
    if t == "EXPIRY":
        return spoken_exp(*v["date"], voice)
    if t == "POSTCODE":
        return spoken_postcode(v["pc"], v["k"], voice)
    if t == "ADDRESS":
        return spoken_address(*v["addr"], voice)
    return spoken_value(voice, t, v["canon"], v["chunks"], v.get("extra"))


def reg(c, v):
    return c.group(v["type"], v["canon"])


# --------------------------------------------------------------------------
# positive scenarios
# --------------------------------------------------------------------------
def pos_call(typ, with_split=False, readback=None, restart=False, aside=False):
    ind, (co, prod) = industry()
    myprod = prod.replace("your ", "my ")
    voice = Voice()
    v = one_value(typ)
    notes = ["call", ind, typ.lower()]
    c = Case("positive", "")
    g = reg(c, v)
    ag = ch(AGENTS).lower()
    c.turn("agent", "thanks for calling %s this is %s how can i help" % (co.lower(), ag))
    c.turn("customer", ch(["hi yeah i'm calling about %s" % myprod, "hiya um it's about %s" % myprod,
                           "hello i need to update %s" % myprod]))
    c.turn("agent", "no problem " + ASK[typ])
    lead = ch(SPOKEN_LEAD[typ]) + " "
    chunked = v.get("chunks") and len(v["chunks"]) >= 3 and typ != "CVV"
    if with_split and chunked:
        notes.append("split over turns")
        ch_ = v["chunks"]
        k = R.randint(2, min(3, len(ch_) - 1)) if len(ch_) > 2 else 2
        cuts = sorted(R.sample(range(1, len(ch_)), k - 1))
        pieces = [ch_[a:b] for a, b in zip([0] + cuts, cuts + [len(ch_)])]
        for pi, p in enumerate(pieces):
            txt = voice.reading(p)
            if typ == "PHONE" and pi == 0 and v["extra"] and chance(0.5):
                txt = "plus " + txt
            if pi == 0:
                c.turn("customer", lead, V(txt, g))
            else:
                c.turn("customer", ch(["", "then ", "um ", "and "]), V(txt, g))
            if pi < len(pieces) - 1:
                c.turn("agent", ch(BACKCH))
    elif aside and chunked:
        notes.append("aside mid-reading")
        ch_ = v["chunks"]
        cut = R.randint(1, len(ch_) - 1)
        c.turn("customer", lead, V(voice.reading(ch_[:cut]), g), ch(ASIDES), V(voice.reading(ch_[cut:]), g))
    elif restart and chunked:
        notes.append("restarted reading")
        ch_ = v["chunks"]
        cut = R.randint(1, len(ch_) - 1)
        c.turn("customer", lead, V(voice.reading(ch_[:cut]), g, "frag"),
               ch([" no wait sorry let me start again ", " ... sorry i lost my place, ", " hang on, from the top, "]),
               V(voice.reading(ch_), g))
    else:
        c.turn("customer", lead, V(spoken_text(v, voice), g))
    if readback is None:
        readback = chance(0.4)
    if readback and typ != "CVV":
        notes.append("agent read-back")
        c.turn("agent", ch(["so that's ", "let me read that back ", "ok i've got "]), V(spoken_text(v, Voice()), g),
               ch([" is that right", " correct", ""]))
        c.turn("customer", ch(["yes that's it", "yep", "that's right yeah", "correct"]))
    elif typ == "CARD_NUMBER" and chance(0.4):
        notes.append("last four after full card")
        c.turn("agent", "lovely so that's the card ending ", V(voice.reading([v["canon"][-4:]]), g, "tail"))
        c.turn("customer", "yes")
    c.note = ", ".join(notes)
    return c


def pos_chat(typ):
    ind, (co, prod) = industry()
    myprod = prod.replace("your ", "my ")
    v = one_value(typ)
    c = Case("positive", "")
    g = reg(c, v)
    notes = ["chat", ind, typ.lower()]
    ag = ch(AGENTS)
    c.turn("agent", "Hi, you're chatting with %s from %s. How can I help today?" % (ag, co))
    c.turn("customer", ch(["hi, question about %s" % myprod, "Hello - need help with %s pls" % myprod,
                           "hey. %s isn't working" % myprod]))
    c.turn("agent", ch(["Sure, could you send me your ", "Can you confirm your ", "I'll just need your "]) +
           typ.lower().replace("_", " ").replace("ni number", "National Insurance number") + "?")
    tt = typed_text(v)
    r = R.random()
    if r < 0.25 and typ in ("CARD_NUMBER", "IBAN", "BANK_ACCOUNT", "PHONE", "SSN", "NI_NUMBER") and len(v["chunks"]) >= 2:
        notes.append("broken across messages")
        ch_ = v["chunks"]
        cut = R.randint(1, len(ch_) - 1)
        a = "".join(ch_[:cut]) if typ != "PHONE" else "".join(ch_[:cut])
        b = "".join(ch_[cut:])
        if typ == "PHONE" and v["extra"]:
            c.turn("customer", ch(LABELS[typ]) + " +", V(a, g))
        else:
            c.turn("customer", ch(LABELS[typ]) + " ", V(a, g))
        c.turn("customer", ch(["", "..", "sorry hit enter ", "cont: "]), V(b, g))
    elif r < 0.45:
        notes.append("typo/label")
        c.turn("customer", ch(["its ", "Here: ", "ok ", "", "sure - "]), V(tt, g), ch(["", " thx", ".", " !", " (new one)"]))
    elif r < 0.6:
        notes.append("pasted with label")
        c.turn("customer", ch(LABELS[typ]) + ch([" ", "  ", "\t", "\n"]), V(tt, g))
    elif r < 0.75 and typ == "CARD_NUMBER":
        notes.append("card with expiry/cvv")
        e = one_value("EXPIRY")
        cv = one_value("CVV")
        ge, gc = reg(c, e), reg(c, cv)
        c.turn("customer", V(tt, g), ch([" exp ", "  ", " / ", " - exp: "]), V(typed_text(e), ge),
               ch([" cvv ", " sec ", " , "]), V(cv["canon"], gc))
    else:
        c.turn("customer", ch(["My ", "the "]) + typ.lower().replace("_", " ") + ch([" is ", " = ", ": "]), V(tt, g))
    if typ == "CARD_NUMBER" and chance(0.3):
        notes.append("agent last four after full card")
        c.turn("agent", "Thanks - I can see the card ending ", V(v["canon"][-4:], g, "tail"), " on file now.")
    else:
        c.turn("agent", ch(CHAT_AG))
    c.note = ", ".join(notes)
    return c


def pos_email(typs):
    ind, (co, prod) = industry()
    myprod = prod.replace("your ", "my ")
    c = Case("positive", "")
    nm = name()
    vals = [one_value(t) for t in typs]
    gids = [reg(c, v) for v in vals]
    segs = [ch(["Hi team,\n\n", "Hello,\n\n", "To whom it may concern,\n\n", "hi\n"]),
            ch(["Following up on %s - " % myprod, "Re %s, " % myprod, "As requested for %s, " % myprod]),
            "details below.\n\n"]
    sig_vals = []
    for v, g in zip(vals, gids):
        if v["type"] in ("PHONE", "EMAIL") and chance(0.5):
            sig_vals.append((v, g))
            continue
        tt = typed_text(v)
        if v["type"] in ("CARD_NUMBER", "IBAN") and chance(0.3) and v["chunks"] and len(v["chunks"]) >= 2:
            ch_ = v["chunks"]
            cut = R.randint(1, len(ch_) - 1)
            segs += [ch(LABELS[v["type"]]) + " ", V(" ".join(ch_[:cut]), g), "\n", V(" ".join(ch_[cut:]), g), "\n"]
        else:
            segs += [ch(LABELS[v["type"]]) + ch([" ", "  ", "\t"]), V(tt, g), "\n"]
    segs.append(sign_off() + nm)
    for v, g in sig_vals:
        segs += ["\n" + ch(["M: ", "Tel ", "Mob. ", "e: ", "", "Sent from my iPhone. Ph: "]), V(typed_text(v), g)]
    notes = ["email", ind] + [t.lower() for t in typs]
    if chance(0.4):
        # quoted earlier message containing one of the values again
        v, g = vals[0], gids[0]
        segs += ["\n\n> On Mon, %s wrote:\n> " % co, ch(["you said your ", "Please confirm "]) +
                 v["type"].lower().replace("_", " ") + " ", V(typed_text(v), g), "\n> thanks"]
        notes.append("quoted reply")
    c.turn("customer", *segs)
    c.turn("agent", "Dear %s,\n\nThank you for your email. We have updated %s.\n\nKind regards,\n%s Customer Care" %
           (nm.split()[0], prod, co))
    c.note = ", ".join(notes)
    return c


def pos_form(typs):
    ind, (co, prod) = industry()
    myprod = prod.replace("your ", "my ")
    c = Case("positive", "")
    vals = [one_value(t) for t in typs]
    segs = [ch(["[Web form submission]\n", "--- Contact form ---\n", "Form: update details\n"]),
            "Name: " + name() + "\n"]
    for v in vals:
        g = reg(c, v)
        lab = ch(LABELS[v["type"]]).rstrip(":").rstrip("-").strip()
        lab = lab[0].upper() + lab[1:]
        segs += [lab + ch([": ", ":", " = ", " | "]), V(typed_text(v), g), "\n"]
    segs.append("Message: " + ch(["pls update asap", "moved house", "refund to this account", "n/a"]))
    c.turn("customer", *segs)
    c.turn("agent", "Form received for %s; case created." % co)
    c.note = ", ".join(["web form", ind] + [t.lower() for t in typs])
    return c


def pos_sms(typ):
    ind, (co, prod) = industry()
    myprod = prod.replace("your ", "my ")
    c = Case("positive", "")
    v = one_value(typ)
    g = reg(c, v)
    c.turn("agent", "%s: Reply with your %s to continue. Txt STOP to opt out" % (co, typ.lower().replace("_", " ")))
    tt = typed_text(v)
    if chance(0.3) and v.get("chunks") and len(v["chunks"]) >= 2:
        ch_ = v["chunks"]
        cut = R.randint(1, len(ch_) - 1)
        c.turn("customer", V("".join(ch_[:cut]), g))
        c.turn("customer", V("".join(ch_[cut:]), g))
        note = "sms, split messages"
    else:
        c.turn("customer", ch(["", "ok ", "its ", "Hi "]), V(tt, g), ch(["", " ta", " x", "  "]))
        note = "sms"
    c.turn("agent", "%s: Thanks, we've received your reply." % co)
    c.note = note + ", " + ind + ", " + typ.lower()
    return c


def pos_address_call():
    ind, (co, prod) = industry()
    myprod = prod.replace("your ", "my ")
    voice = Voice()
    c = Case("positive", "")
    a, p = one_value("ADDRESS"), one_value("POSTCODE")
    ga, gp = reg(c, a), reg(c, p)
    town = ch(TOWNS).lower()
    c.turn("agent", "can i take the address for the account please")
    c.turn("customer", ch(["yeah it's ", "sure ", "it's um "]), V(spoken_address(*a["addr"], voice), ga), " in " + town)
    c.turn("agent", "and the postcode")
    c.turn("customer", V(spoken_postcode(p["pc"], p["k"], voice), gp))
    c.note = "call, %s, address + postcode, town outside span" % ind
    return c


def pos_address_typed():
    ind, (co, prod) = industry()
    myprod = prod.replace("your ", "my ")
    c = Case("positive", "")
    a, p = one_value("ADDRESS"), one_value("POSTCODE")
    ga, gp = reg(c, a), reg(c, p)
    town = ch(TOWNS)
    layout = ch([", ", "\n", ",\n"])
    c.turn("agent", "Please confirm the delivery address.")
    c.turn("customer", ch(["", "New address: ", "Ship to:\n"]), V(typed_address(*a["addr"]), ga), layout + town + layout,
           V(typed_postcode(p["pc"], p["k"]), gp))
    c.turn("agent", ch(CHAT_AG))
    c.note = "chat, %s, address block with town and postcode" % ind
    return c


def pos_dob_call():
    ind, (co, prod) = industry()
    myprod = prod.replace("your ", "my ")
    c = Case("positive", "")
    v = one_value("DOB")
    g = reg(c, v)
    c.turn("agent", "for security can you give me your date of birth")
    c.turn("customer", ch(["yeah it's ", "it's um ", "", "born "]), V(spoken_dob(*v["date"]), g))
    c.turn("agent", "thank you and you're the account holder yes")
    c.turn("customer", "yes")
    c.note = "call, %s, spoken dob" % ind
    return c


# --------------------------------------------------------------------------
# negatives
# --------------------------------------------------------------------------
def neg_cases():
    voice = Voice()
    ind, (co, prod) = industry()
    myprod = prod.replace("your ", "my ")
    d16 = rdig(16)
    n = R.randint(0, 29)
    l4 = rdig(4)
    sp = lambda s: voice.reading([s[i:i + 4] for i in range(0, len(s), 4)])
    opts = [
        ("order number read like a card", [("customer", "my order number is " + sp(d16)),
                                           ("agent", "thanks that order number is %s i can see it shipped" % sp(d16))]),
        ("tracking number", [("customer", "Tracking: 1Z%s%s" % (rdig(3), rdig(13)) + " - still says in transit??"),
                             ("agent", "Sorry about that, the carrier shows it at the depot.")]),
        ("invoice number long digits", [("customer", "Invoice no. INV-%d-%s is wrong, I was charged £%d.%02d" % (R.randint(2021, 2025), rdig(6), R.randint(20, 900), R.randint(0, 99))),
                                        ("agent", "I'll raise that with billing.")]),
        ("card last four only", [("customer", ch(["it's the visa ending %s", "card ending in %s", "the one that ends %s"]) % l4),
                                 ("agent", "ok the card ending %s thanks" % l4)]),
        ("masked card", [("customer", "statement shows **** **** **** %s charged twice" % rdig(4)),
                         ("agent", "I can see both charges of $%d.%02d." % (R.randint(5, 300), R.randint(0, 99)))]),
        ("masked ssn", [("agent", "We have XXX-XX-%s on file; no change needed." % rdig(4)), ("customer", "ok great")]),
        ("balance and amounts", [("customer", "what's my balance"), ("agent", "your balance is %s pounds and %s pence, the minimum payment is %s pounds" %
                                                                     (num_words(n + 40) + " hundred" if False else "one thousand two hundred and " + num_words(n + 10), num_words(R.randint(10, 99)), num_words(R.randint(20, 99))))]),
        ("opening hours and times", [("customer", "when are you open"), ("agent", "we're open 8am to 8pm monday to friday and 9:00-17:30 on saturday, call back after 10:45")]),
        ("duration and counts", [("customer", "i've been on hold for %d minutes and called %d times" % (R.randint(20, 95), R.randint(3, 9))), ("agent", "i'm sorry about the wait")]),
        ("age and years", [("customer", "i'm %d and i've been with you since %d" % (R.randint(30, 88), R.randint(1990, 2015))), ("agent", "thank you for being a loyal customer for so long")]),
        ("appointment date", [("agent", "your engineer appointment is on the %s of %s between eight and twelve" % (ord_words(R.randint(1, 28)), ch(MONTHS))), ("customer", "ok that works")]),
        ("payment date typed", [("customer", "Direct debit will come out on %02d/%02d/%d, amount £%d.%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2026), R.randint(10, 200), R.randint(0, 99))), ("agent", "That's correct.")]),
        ("meter reading", [("customer", "meter reading is %s and night is %s" % (voice.singles(rdig(5)), voice.singles(rdig(5)))), ("agent", "thanks i've submitted that reading")]),
        ("meter serial typed", [("customer", "Meter serial: %s%s, reading %s kWh" % (ch(["E10", "K", "S1"]), rdig(8), rdig(5))), ("agent", "Reading accepted.")]),
        ("flight gate seat", [("customer", "I'm on %s%s, gate %s%d, seat %d%s" % (ch(["BA", "EI", "FR", "UA", "LH"]), rdig(4), ch("ABC"), R.randint(1, 60), R.randint(1, 40), ch("ABCDEF"))), ("agent", "Let me check that flight for you.")]),
        ("room number", [("customer", "we're in room %d, booking reference %s" % (R.randint(101, 1520), "".join(ch(IBAN_LET) for _ in range(6)))), ("agent", "thanks I can see the booking")]),
        ("policy number read like ssn", [("customer", "policy number is " + voice.reading([rdig(3), rdig(2), rdig(4)])), ("agent", "thanks that policy is active")]),
        ("claim number", [("customer", "Claim ref CLM-%s-%s" % (rdig(4), rdig(6))), ("agent", "I have the claim open.")]),
        ("ticket number", [("agent", "Your ticket number is INC%s, quote it if you reply." % rdig(10)), ("customer", "thanks")]),
        ("percentages and temperature", [("customer", "the thermostat says %d degrees and my bill went up %d%%" % (R.randint(14, 24), R.randint(5, 40))), ("agent", "prices rose %d.%d%% in april" % (R.randint(2, 9), R.randint(0, 9)))]),
        ("road names", [("customer", "i'm stuck on the %s near junction %d" % (ch(["M25", "A40", "N7", "I-95", "M50", "Route 66"]), R.randint(1, 30))), ("agent", "ok recovery is on the way")]),
        ("model and serial", [("customer", "model %s serial SN%s stopped working" % (ch(["X200-B", "KD-55X85", "WM1400"]), rdig(12))), ("agent", "I'll log a repair")]),
        ("contract dates and prices", [("agent", "your contract ends on the %s of %s %d and the new price is %d pounds %d a month" % (ord_words(R.randint(1, 28)), ch(MONTHS), R.randint(2025, 2027), R.randint(10, 60), R.randint(1, 99))), ("customer", "ok")]),
        ("account reference said like a card", [("customer", "my customer reference is " + sp(rdig(12))), ("agent", "thanks found you")]),
        ("order number typed long", [("customer", "Order #" + rdig(R.choice([13, 16, 19])) + " never arrived"), ("agent", "Sorry, I'll chase that.")]),
        ("quoted email with reference only", [("customer", "> Your reference: %s\n> Amount due: €%d.%02d\n\nI paid this already." % (rdig(11), R.randint(10, 500), R.randint(0, 99))), ("agent", "Thanks, we'll check.")]),
        ("sms with code", [("agent", "%s: your one-time code expires in 10 mins. Ref %s" % (co, rdig(8))), ("customer", "done")]),
        ("barcode number", [("customer", "the barcode under the box says %s" % rdig(13)), ("agent", "thanks that's the product code")]),
        ("price list", [("customer", "Is it $%d.99 or $%d.49? Ad said %d%% off" % (R.randint(10, 999), R.randint(10, 999), R.randint(5, 70))), ("agent", "It's the lower price today.")]),
        ("helpline extension and times", [("agent", "press %d then extension %d, lines close at %d:30" % (R.randint(1, 9), R.randint(100, 999), R.randint(5, 9))), ("customer", "ok")]),
    ]
    return opts


# --------------------------------------------------------------------------
def build():
    cases = []
    # planned positives ---------------------------------------------------
    plan = []
    for i in range(40):
        plan.append(("call", "CARD_NUMBER", i))
    for i in range(30):
        plan.append(("typed", "CARD_NUMBER", i))
    for t, n_call, n_typed in [("SSN", 16, 16), ("NI_NUMBER", 16, 16), ("IBAN", 5, 9), ("BANK_ACCOUNT", 6, 6),
                               ("SORT_CODE", 6, 5), ("PHONE", 7, 8), ("EMAIL", 7, 8), ("CVV", 5, 0),
                               ("EXPIRY", 5, 0)]:
        plan += [("call", t, i) for i in range(n_call)] + [("typed", t, i) for i in range(n_typed)]
    for i in range(7):
        plan.append(("dobcall", None, i))
    for i in range(6):
        plan.append(("addrcall", None, i))
    for i in range(6):
        plan.append(("addrtyped", None, i))
    for i in range(12):
        plan.append(("email", None, i))
    for i in range(10):
        plan.append(("form", None, i))
    R.shuffle(plan)
    for kind, typ, i in plan:
        if kind == "call":
            r = R.random()
            cases.append(pos_call(typ, with_split=r < 0.3, restart=0.3 <= r < 0.42, aside=0.42 <= r < 0.55))
        elif kind == "typed":
            r = R.random()
            if r < 0.2 and typ not in ("CVV", "EXPIRY"):
                cases.append(pos_sms(typ))
            else:
                cases.append(pos_chat(typ))
        elif kind == "dobcall":
            cases.append(pos_dob_call())
        elif kind == "addrcall":
            cases.append(pos_address_call())
        elif kind == "addrtyped":
            cases.append(pos_address_typed())
        elif kind == "email":
            pool = ["CARD_NUMBER", "PHONE", "EMAIL", "DOB", "IBAN", "BANK_ACCOUNT", "SORT_CODE", "NI_NUMBER",
                    "SSN", "POSTCODE", "ADDRESS"]
            cases.append(pos_email(R.sample(pool, R.randint(2, 4))))
        else:
            pool = ["DOB", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "NI_NUMBER", "SSN", "SORT_CODE", "BANK_ACCOUNT", "IBAN"]
            typs = R.sample(pool, R.randint(3, 5))
            order = ["DOB", "NI_NUMBER", "SSN", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "SORT_CODE", "BANK_ACCOUNT", "IBAN"]
            cases.append(pos_form(sorted(typs, key=order.index)))
    # negatives ------------------------------------------------------------
    negs = []
    while len(negs) < 112:
        note, turns = ch(neg_cases())
        c = Case("negative", note)
        for spk, t in turns:
            c.turn(spk, t)
        negs.append(c)
    out, metas = [], []
    pi = ni = 0
    for c in cases:
        pi += 1
        rec, meta, groups = c.render("h539-pos-%03d" % pi)
        out.append(rec)
        metas.append((meta, groups))
    for c in negs:
        ni += 1
        rec, meta, groups = c.render("h539-neg-%03d" % ni)
        out.append(rec)
        metas.append((meta, groups))
    return out, metas


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def check(recs, metas, path):
    errs = []
    with open(path, encoding="utf-8") as f:
        on_disk = f.read()
    if on_disk != serialise(recs):
        errs.append("file is not byte-identical to regenerated output")
    file_recs = [json.loads(l) for l in on_disk.splitlines()]
    ids = [r["id"] for r in file_recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for rec, (meta, groups) in zip(file_recs, metas):
        cid = rec["id"]
        if rec["kind"] == "negative" and rec["spans"]:
            errs.append(cid + ": negative with spans")
        if rec["kind"] == "positive" and not rec["spans"]:
            errs.append(cid + ": positive without spans")
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        by_turn = {}
        pieces = {}
        for sp, (gid, role) in zip(rec["spans"], meta):
            txt = rec["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append("%s: span out of range" % cid)
                continue
            val = txt[s:e]
            if not (val[0].isalnum() and val[-1].isalnum()):
                errs.append("%s: span not trimmed %r" % (cid, val))
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, val))
            by_turn.setdefault(sp["turn"], []).append((s, e))
            pieces.setdefault(gid, []).append((role, val, sp["type"]))
        for tr, lst in by_turn.items():
            lst.sort()
            for (a, b), (c2, d) in zip(lst, lst[1:]):
                if c2 < b:
                    errs.append("%s: overlapping spans" % cid)
        for gid, plist in pieces.items():
            g = groups[gid]
            typ = g["type"]
            if any(p[2] != typ for p in plist):
                errs.append("%s: type mismatch in group" % cid)
            parts = [p[1] for p in plist if p[0] == "part"]
            if typ in ("DOB", "EXPIRY", "ADDRESS"):
                for p in parts:
                    if not validate_loose(typ, p):
                        errs.append("%s: %s failed loose validation: %r" % (cid, typ, p))
                continue
            try:
                joined = "".join(norm_alnum(p, email=(typ == "EMAIL")) for p in parts)
                canon = g["canon"] if typ == "EMAIL" else g["canon"].upper()
                if typ == "PHONE" and joined.startswith("00") and not canon.startswith("0"):
                    joined = joined[2:]
                if joined != canon:
                    # separately read-back copies: each full part must equal canon
                    acc, ok = "", True
                    for p in parts:
                        acc += norm_alnum(p, email=(typ == "EMAIL"))
                        if acc == canon:
                            acc = ""
                    if acc != "":
                        ok = False
                    if not ok:
                        errs.append("%s: %s normalised %r != %r" % (cid, typ, joined, canon))
                if not VALID[typ](canon):
                    errs.append("%s: %s canonical value %r invalid" % (cid, typ, canon))
                for role, val, _ in plist:
                    nv = norm_alnum(val, email=(typ == "EMAIL"))
                    if role == "frag" and not canon.startswith(nv):
                        errs.append("%s: fragment %r not prefix" % (cid, val))
                    if role == "tail" and not (canon.endswith(nv) and len(nv) == 4):
                        errs.append("%s: tail %r" % (cid, val))
            except Exception as ex:  # noqa
                errs.append("%s: normalisation error %s on %r" % (cid, ex, parts))
    return errs


def counts(recs):
    c = {}
    for r in recs:
        for s in r["spans"]:
            c[s["type"]] = c.get(s["type"], 0) + 1
    return c


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    recs, metas = build()
    if args.check:
        errs = check(recs, metas, OUT)
        cnt = counts(recs)
        npos = sum(r["kind"] == "positive" for r in recs)
        nneg = len(recs) - npos
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
                  "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            if cnt.get(t, 0) < need.get(t, 10):
                errs.append("too few %s spans: %d" % (t, cnt.get(t, 0)))
        if npos < 200 or nneg < 100:
            errs.append("too few cases: %d pos %d neg" % (npos, nneg))
        for e in errs[:50]:
            print("ERROR:", e)
        print("positives=%d negatives=%d spans=%s" % (npos, nneg, json.dumps(cnt, sort_keys=True)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(serialise(recs))
    print("wrote %d cases to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()

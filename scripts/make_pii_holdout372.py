#!/usr/bin/env python3
"""Generate the pii_holdout372 held-out PII redaction evaluation set.

Usage:
    python scripts/make_pii_holdout372.py          # write cases.jsonl
    python scripts/make_pii_holdout372.py --check  # regenerate and verify

Standard library only. Every turn is built from plain segments and labelled
value segments, so span offsets are computed, never typed by hand.
"""
import datetime
import json
import os
import re
import sys
import random

SEED = 372241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout372", "cases.jsonl")

N_POS = 210
N_NEG = 110

# --------------------------------------------------------------------------
# vocabulary
UNITW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENSW = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
         8: "eighty", 9: "ninety"}
UNITS = {w: i for i, w in enumerate(UNITW)}
UNITS.update({"oh": 0, "o": 0, "nought": 0, "nil": 0})
TEENS = {w: 10 + i for i, w in enumerate(TEENW)}
TENS = {w: k for k, w in TENSW.items()}
FILLERS = {"um", "uh", "er", "erm", "ah", "umm", "uhh", "hmm"}
SKIPW = {"dash", "hyphen", "space", "and"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def ordinal_words(d):
    if d <= 20:
        return ORD[d - 1]
    if d == 30:
        return "thirtieth"
    t = "twenty" if d < 30 else "thirty"
    return t + " " + ORD[d % 10 - 1]


# --------------------------------------------------------------------------
# spoken-form parser (used by generator self-checks and by --check)
def parse_spoken(text, alpha=False):
    toks = re.findall(r"[A-Za-z]+|\d+|\+", text)
    out = []
    i, n = 0, len(toks)

    def nxt(k=1):
        return toks[i + k].lower() if i + k < n else None

    while i < n:
        raw = toks[i]
        t = raw.lower()
        if t in FILLERS or t in SKIPW:
            i += 1
        elif t.isdigit():
            out.append(t)
            i += 1
        elif t in ("+", "plus"):
            out.append("+")
            i += 1
        elif alpha and len(t) == 1 and nxt() == "for" and nxt(2) == NATO.get(t):
            out.append(t.upper())
            i += 3
        elif alpha and len(t) == 1 and nxt() == "as" and nxt(2) == "in" and nxt(3) == NATO.get(t):
            out.append(t.upper())
            i += 4
        elif t in ("double", "triple"):
            k = 2 if t == "double" else 3
            w = nxt()
            if w in UNITS and not (alpha and w == "o"):
                out.append(str(UNITS[w]) * k)
            elif alpha and w is not None and len(w) == 1:
                out.append(w.upper() * k)
            else:
                raise ValueError("bad double in %r" % text)
            i += 2
        elif t in UNITS:
            if nxt() == "hundred":
                h = UNITS[t] * 100
                i += 2
                if i < n and toks[i].lower() == "and":
                    i += 1
                rem = 0
                w = toks[i].lower() if i < n else None
                if w in TEENS:
                    rem = TEENS[w]
                    i += 1
                elif w in TENS:
                    rem = TENS[w] * 10
                    i += 1
                    w2 = toks[i].lower() if i < n else None
                    if w2 in UNITS and UNITS[w2]:
                        rem += UNITS[w2]
                        i += 1
                elif w in UNITS and UNITS[w]:
                    rem = UNITS[w]
                    i += 1
                out.append("%03d" % (h + rem))
            else:
                out.append(str(UNITS[t]))
                i += 1
        elif t in TEENS:
            out.append(str(TEENS[t]))
            i += 1
        elif t in TENS:
            v = TENS[t] * 10
            w = nxt()
            if w in UNITS and UNITS[w] and nxt(2) != "hundred":
                v += UNITS[w]
                i += 1
            out.append(str(v))
            i += 1
        elif alpha and t.isalpha() and (len(t) <= 4 or raw.isupper()):
            out.append(t.upper())
            i += 1
        else:
            raise ValueError("unknown token %r in %r" % (raw, text))
    return "".join(out)


def parse_email(text):
    if "@" in text:
        return re.sub(r"\s", "", text).lower()
    out = []
    toks = text.lower().replace(",", " ").split()
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in FILLERS:
            pass
        elif t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in UNITS and t != "o":
            out.append(str(UNITS[t]))
        elif t in TEENS:
            out.append(str(TEENS[t]))
        elif t in TENS:
            v = TENS[t] * 10
            if i + 1 < len(toks) and toks[i + 1] in UNITS and UNITS[toks[i + 1]]:
                v += UNITS[toks[i + 1]]
                i += 1
            out.append(str(v))
        else:
            out.append(t)
        i += 1
    return "".join(out)


# --------------------------------------------------------------------------
# value generators and validators
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card(rng):
    r = rng.random()
    if r < 0.4:
        return luhn_complete("4", 16, rng), [4, 4, 4, 4]
    if r < 0.6:
        return luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, rng), [4, 4, 4, 4]
    if r < 0.72:
        return luhn_complete(rng.choice(["34", "37"]), 15, rng), [4, 6, 5]
    if r < 0.82:
        return luhn_complete("6011", 16, rng), [4, 4, 4, 4]
    if r < 0.92:
        return luhn_complete(rng.choice(["6759", "4"]), 19, rng), [4, 4, 4, 4, 3]
    return luhn_complete("4", 13, rng), [4, 3, 3, 3]


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def ssn_ok(d):
    return (len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9"
            and d[3:5] != "00" and d[5:] != "0000")


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND.replace("O", ""))
        if p not in NI_BAD:
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def ni_ok(v):
    return bool(NI_RE.match(v)) and v[:2] not in NI_BAD


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27}


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(v):
    if len(v) != IBAN_LEN.get(v[:2], -1):
        return False
    s = v[4:] + v[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def digs(rng, k):
    return "".join(rng.choice("0123456789") for _ in range(k))


def gen_iban(rng, cc=None):
    cc = cc or rng.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if cc in ("GB", "IE"):
        bban = rng.choice(["NWBK", "BARC", "MIDL", "LOYD", "AIBK", "IPBS", "HBUK"]) + digs(rng, 14)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABN"]) + digs(rng, 10)
    elif cc == "DE":
        bban = digs(rng, 18)
    elif cc == "FR":
        bban = digs(rng, 23)
    else:
        bban = digs(rng, 20)
    del L
    return cc + iban_check(cc, bban) + bban


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "EC", "M", "B", "LS", "G", "EH", "CF", "BS",
            "NG", "L", "CR", "BN", "RG", "DN", "KT", "TW", "CB", "YT", "HU", "PL"]
UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d{1,2}\d[ABD-HJLNP-UW-Z]{2}$")


def gen_ukpc(rng):
    a = rng.choice(UK_AREAS)
    d = str(rng.randint(1, 9)) if rng.random() < 0.6 else str(rng.randint(10, 28))
    return a + d + " " + str(rng.randint(1, 9)) + rng.choice(UNIT_LETTERS) + rng.choice(UNIT_LETTERS)


def gen_zip(rng):
    z = "%05d" % rng.randint(10001, 99950)
    if rng.random() < 0.3:
        z += "-" + digs(rng, 4)
    return z


def gen_phone(rng, region):
    """returns (canonical digits with optional leading +, typed form)"""
    if region == "UK":
        r = rng.random()
        if r < 0.5:
            n = "7" + rng.choice(["700", "911", "123", "824", "956", "402"]) + digs(rng, 6)
            if rng.random() < 0.5:
                return "0" + n, "0%s %s" % (n[:4], n[4:])
            return "+44" + n, "+44 %s %s %s" % (n[:4], n[4:7], n[7:])
        if r < 0.75:
            n = "20" + rng.choice("378") + digs(rng, 7)
            return "0" + n, "0%s %s %s" % (n[:2], n[2:6], n[6:])
        n = rng.choice(["161", "113", "121", "131", "117", "141"]) + "496" + digs(rng, 4)
        return "0" + n, "0%s %s %s" % (n[:3], n[3:6], n[6:])
    if region == "US":
        n = rng.choice(["212", "312", "415", "617", "713", "404", "206", "303", "512"]) + str(rng.randint(2, 9)) + digs(rng, 6)
        if rng.random() < 0.35:
            return "+1" + n, "+1 %s %s %s" % (n[:3], n[3:6], n[6:])
        return n, "%s-%s-%s" % (n[:3], n[3:6], n[6:])
    if region == "IE":
        n = rng.choice(["87", "86", "85", "83"]) + digs(rng, 7)
        if rng.random() < 0.5:
            return "+353" + n, "+353 %s %s %s" % (n[:2], n[2:5], n[5:])
        return "0" + n, "0%s %s %s" % (n[:2], n[2:5], n[5:])
    if region == "DE":
        n = rng.choice(["30", "89", "40"]) + digs(rng, 8)
        return "+49" + n, "+49 %s %s" % (n[:2], n[2:])
    n = "6" + digs(rng, 8)
    return "+33" + n, "+33 %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:])


FIRST = ["james", "sarah", "priya", "liam", "aoife", "mohammed", "chloe", "tomasz",
         "grace", "darren", "niamh", "kwame", "hannah", "oscar", "lucy", "ben", "fatima",
         "sean", "emily", "raj", "maria", "jake", "ellie", "connor"]
LAST = ["smith", "okafor", "walsh", "patel", "murphy", "nowak", "brennan", "jones",
        "khan", "taylor", "doyle", "garcia", "evans", "hughes", "kowalski", "reid",
        "byrne", "lee", "mensah", "clarke"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "icloud.com",
           "btinternet.com", "eircom.net", "protonmail.com", "live.ie", "aol.com"]
STREETS = ["harrow", "maple", "kings", "station", "church", "victoria", "elm", "mill",
           "highfield", "park", "queens", "ashgrove", "meadow", "oak", "willow", "bridge",
           "sycamore", "chestnut", "north", "cedar"]
SUFFIX_UK = ["road", "street", "avenue", "lane", "close", "crescent", "drive", "terrace",
             "gardens", "grove", "way", "mews"]
SUFFIX_US = ["street", "avenue", "drive", "boulevard", "lane", "court", "place", "way"]
SUFFIX_ALL = set(SUFFIX_UK + SUFFIX_US + ["st", "rd", "ave", "blvd", "dr", "ln"])
TOWNS_UK = ["leeds", "bristol", "croydon", "manchester", "swansea", "norwich", "reading"]
TOWNS_US = ["austin", "denver", "boston", "atlanta", "seattle", "houston"]

INDUSTRY = {
    "banking": ["Northgate Bank", "Harbour Savings", "Liffey Credit Union", "First Prairie Bank"],
    "telecom": ["Vocalink Mobile", "Skylark Broadband", "EireTel", "Bluewave Wireless"],
    "utilities": ["Brightside Energy", "Castle Water", "Evergreen Gas", "Metro Power & Light"],
    "retail": ["Hollis & Reed", "ShopFast", "Cornerstone Home", "Lumen Outfitters"],
    "insurance": ["Shieldwell Insurance", "Anchor Mutual", "Keystone Assurance"],
    "travel": ["SkyBridge Airways", "Atlantic Rail", "Sunward Holidays"],
    "healthcare billing": ["MedBill Partners", "Riverside Clinic billing", "CarePoint Billing"],
    "government services": ["the DVLA helpline", "the tax credits office", "Revenue", "the benefits line"],
}


# --------------------------------------------------------------------------
# rendering helpers
def dword(rng, d, zeros=("oh", "oh", "zero", "nought", "o")):
    return rng.choice(zeros) if d == "0" else UNITW[int(d)]


def pair_words(rng, p):
    if p[0] == "0":
        return dword(rng, p[0]) + " " + dword(rng, p[1])
    if p[0] == "1":
        return TEENW[int(p[1])]
    if p[1] == "0":
        return TENSW[int(p[0])]
    return TENSW[int(p[0])] + " " + UNITW[int(p[1])]


def hund_words(rng, c):
    if c[0] == "0" or c[1:] == "00" or (c[1] not in "01" and c[2] == "0"):
        return None
    rest = UNITW[int(c[2])] if c[1] == "0" else pair_words(rng, c[1:])
    return UNITW[int(c[0])] + " hundred " + rng.choice(["and ", "and ", ""]) + rest


def single_words(rng, c, zeros):
    w = []
    i = 0
    while i < len(c):
        run = 1
        while i + run < len(c) and c[i + run] == c[i]:
            run += 1
        if run >= 3 and rng.random() < 0.5:
            w.append("triple " + dword(rng, c[i], zeros))
            i += 3
        elif run >= 2 and rng.random() < 0.6:
            w.append("double " + dword(rng, c[i], zeros))
            i += 2
        else:
            w.append(dword(rng, c[i], zeros))
            i += 1
    return " ".join(w)


def chunk_words(rng, c, zeros, modes):
    m = rng.choice(modes)
    if m == "pair" and len(c) % 2 == 0:
        return " ".join(pair_words(rng, c[k:k + 2]) for k in range(0, len(c), 2))
    if m == "hund" and len(c) == 3:
        h = hund_words(rng, c)
        if h:
            return h
    if m == "mixed" and len(c) == 4:
        return pair_words(rng, c[:2]) + " " + single_words(rng, c[2:], zeros)
    return single_words(rng, c, zeros)


def split_groups(d, groups):
    out, k = [], 0
    for g in groups:
        out.append(d[k:k + g])
        k += g
    if k < len(d):
        out.append(d[k:])
    return [x for x in out if x]


def spoken_chunks(rng, d, groups=None, modes=("single", "single", "pair", "mixed", "hund"),
                  zeros=("oh", "oh", "zero", "nought", "o")):
    """Returns a list of chunk strings; each chunk and their concatenation parse back to d."""
    if groups is None:
        groups, left = [], len(d)
        while left > 0:
            g = min(left, rng.choice([2, 3, 3, 4]))
            groups.append(g)
            left -= g
    chunks = split_groups(d, groups)
    for _ in range(30):
        words = [chunk_words(rng, c, zeros, modes) for c in chunks]
        if _parses(words, chunks, d):
            return words
    return [single_words(rng, c, zeros) for c in chunks]


def _parses(words, chunks, d):
    try:
        return all(parse_spoken(w) == c for w, c in zip(words, chunks)) and parse_spoken(" ".join(words)) == d
    except ValueError:
        return False


def join_spoken(rng, words, fill=0.2):
    out = words[0]
    for w in words[1:]:
        if rng.random() < fill:
            out += " " + rng.choice(["um", "uh", "er", "erm"]) + " " + w
        else:
            out += " " + w
    return out


def typed(rng, d, groups, sep=None):
    if sep is None:
        sep = rng.choice([" ", " ", "-", "", ".", "  "])
    return sep.join(split_groups(d, groups))


def odd_groups(n, rng):
    g, left = [], n
    while left > 0:
        k = min(left, rng.choice([2, 3, 4, 5]))
        g.append(k)
        left -= k
    return g


def spell_letters(rng, s, nato=0.4):
    out = []
    for ch in s.lower():
        r = rng.random()
        if r < nato:
            out.append(ch + rng.choice([" for ", " as in "]) + NATO[ch])
        else:
            out.append(ch)
    return " ".join(out)


def spoken_alnum(rng, v, nato=0.35):
    """speak a mixed letter/digit string: letters spelled, digit runs spoken"""
    parts = re.findall(r"[A-Z]+|\d+", v.replace(" ", ""))
    out = []
    for p in parts:
        if p.isdigit():
            out.append(join_spoken(rng, spoken_chunks(rng, p, modes=("single", "pair")), 0.1))
        else:
            out.append(spell_letters(rng, p, nato))
    s = " ".join(out)
    if parse_spoken(s, alpha=True) != v.replace(" ", ""):
        s = " ".join(spell_letters(rng, ch, 0) if ch.isalpha() else UNITW[int(ch)] for ch in v.replace(" ", ""))
    return s


def year_words(rng, y, short=False):
    if short:
        return pair_words(rng, "%02d" % (y % 100))
    if 2000 <= y < 2010:
        return "two thousand and " + UNITW[y - 2000] if y > 2000 else "two thousand"
    return pair_words(rng, str(y)[:2]) + " " + pair_words(rng, str(y)[2:])


def render_date(rng, y, m, d, asr, us=False):
    if asr:
        r = rng.random()
        if r < 0.35:
            return "the %s of %s %s" % (ordinal_words(d), MONTHS[m - 1], year_words(rng, y))
        if r < 0.6:
            return "%s %s %s" % (MONTHS[m - 1], ordinal_words(d), year_words(rng, y, rng.random() < 0.3))
        if r < 0.8:
            return "%s %s %s" % (pair_words(rng, "%02d" % d), pair_words(rng, "%02d" % m), year_words(rng, y))
        return "%s %s %s" % (single_words(rng, "%02d" % d, ("oh", "zero")), single_words(rng, "%02d" % m, ("oh", "zero")), year_words(rng, y, True))
    r = rng.random()
    if r < 0.3:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if r < 0.45:
        return "%d-%02d-%02d" % (y, m, d)
    if r < 0.6:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    if r < 0.75:
        return "%d %s %d" % (d, MONTHS[m - 1][:3].capitalize(), y)
    if r < 0.9:
        return "%d.%d.%02d" % (d, m, y % 100)
    return "%02d-%02d-%d" % (d, m, y)


def render_expiry(rng, m, y, asr):
    if asr:
        r = rng.random()
        if r < 0.4:
            return "%s %s" % (single_words(rng, "%02d" % m, ("oh", "zero")), pair_words(rng, "%02d" % (y % 100)))
        if r < 0.6:
            return "%s twenty %s" % (MONTHS[m - 1], pair_words(rng, "%02d" % (y % 100)))
        if r < 0.8:
            return "%s slash %s" % (single_words(rng, "%02d" % m, ("zero", "oh")), single_words(rng, "%02d" % (y % 100), ("zero", "oh")))
        return "%s %s" % (MONTHS[m - 1], pair_words(rng, "%02d" % (y % 100)))
    return rng.choice(["%02d/%02d", "%02d/%02d", "%02d-%02d", "%02d %02d", "%02d/20%02d"]) % (m, y % 100)


DATE_VOCAB = (set(UNITS) | set(TEENS) | set(TENS) | set(MONTHS) | set(m[:3] for m in MONTHS)
              | set(ORD) | {"thirtieth", "the", "of", "slash", "thousand", "and", "hundred", "double", "triple"} | FILLERS)


def date_ok(text):
    toks = re.findall(r"[A-Za-z]+|\d+", text)
    if not toks:
        return False
    for t in toks:
        if not (t.isdigit() or t.lower() in DATE_VOCAB):
            return False
    return True


def addr_ok(text):
    toks = re.findall(r"[A-Za-z]+|\d+[A-Za-z]?", text.lower())
    if not toks or toks[-1] not in SUFFIX_ALL:
        return False
    first = toks[0]
    return (first[0].isdigit() or first in UNITS or first in TEENS or first in TENS
            or first in ("flat", "apartment", "apt", "unit"))


# --------------------------------------------------------------------------
class Case:
    def __init__(self, kind, asr):
        self.kind = kind
        self.asr = asr
        self.turns = []
        self.spans = []
        self.groups = []

    def v(self, typ, canon, mode="full"):
        g = {"type": typ, "canon": canon, "mode": mode, "parts": []}
        self.groups.append(g)
        return g

    def t(self, spk, *segs):
        text = ""
        flat = []
        for s in segs:
            if isinstance(s, list):
                flat.extend(s)
            else:
                flat.append(s)
        for s in flat:
            if isinstance(s, str):
                if self.asr:
                    s = re.sub(r"[.,?!;:](?=\s|$)", "", s.lower())
                text += s
            else:
                val, g = s
                st = len(text)
                text += val
                self.spans.append({"turn": len(self.turns), "start": st, "end": len(text), "type": g["type"]})
                g["parts"].append(val)
        self.turns.append({"speaker": spk, "text": text})


def pick_ind(rng, country=None):
    ind = rng.choice(sorted(INDUSTRY))
    return ind, rng.choice(INDUSTRY[ind])


def greet(rng, company):
    return rng.choice([
        "Thanks for calling %s, you're speaking with %s, how can I help?" % (company, rng.choice(FIRST).capitalize()),
        "Hello, %s, how can I help today?" % company,
        "Good morning, %s customer services." % company,
        "Hi there, welcome to %s chat. What can I do for you?" % company,
    ])


def card_render(rng, c, num, groups, asr, g):
    """returns a list of (text, g) chunks (whole reading) for a card."""
    if asr:
        ch = spoken_chunks(rng, num, groups)
        return [(w, g) for w in ch]
    return [(typed(rng, num, groups if rng.random() < 0.6 else odd_groups(len(num), rng)), g)]


def whole(rng, chunks, fill=0.2):
    """join chunks of one group into one segment"""
    words = [w for w, _ in chunks]
    return (join_spoken(rng, words, fill), chunks[0][1])


def digits_val(rng, c, typ, d, asr, groups=None, fill=0.15, modes=("single", "single", "pair", "mixed", "hund")):
    g = c.v(typ, d)
    if asr:
        return (join_spoken(rng, spoken_chunks(rng, d, groups, modes), fill), g)
    return (typed(rng, d, groups or odd_groups(len(d), rng)), g)


def render_email(rng, addr, asr):
    if not asr:
        r = rng.random()
        if r < 0.2:
            return addr.upper() if rng.random() < 0.3 else addr[0].upper() + addr[1:]
        return addr
    local, dom = addr.split("@")
    def sp(s):
        parts = re.findall(r"[a-z]+|\d+|[._-]", s)
        out = []
        for p in parts:
            if p == ".":
                out.append("dot")
            elif p == "_":
                out.append("underscore")
            elif p == "-":
                out.append("dash")
            elif p.isdigit():
                out.append(" ".join(UNITW[int(x)] for x in p) if rng.random() < 0.5 or len(p) != 2 or p[0] in "01" else pair_words(rng, p))
            elif len(p) == 1:
                out.append(p)
            else:
                out.append(p if rng.random() < 0.8 else " ".join(p))
        return " ".join(out)
    return sp(local) + " at " + sp(dom)


def gen_email(rng, first=None, last=None):
    f = first or rng.choice(FIRST)
    l = last or rng.choice(LAST)
    r = rng.random()
    if r < 0.3:
        loc = f[0] + "." + l
    elif r < 0.5:
        loc = f + "_" + l + str(rng.randint(1, 99))
    elif r < 0.7:
        loc = f + l[0] + str(rng.randint(70, 99))
    else:
        loc = f + "." + l
    return loc + "@" + rng.choice(DOMAINS)


def gen_address(rng, us=False):
    num = rng.randint(1, 240) if not us else rng.randint(100, 9899)
    flat = None
    if not us and rng.random() < 0.3:
        flat = rng.randint(1, 30)
    st = rng.choice(STREETS)
    suf = rng.choice(SUFFIX_US if us else SUFFIX_UK)
    return flat, num, st, suf


def render_address(rng, a, asr):
    flat, num, st, suf = a
    if asr:
        n = str(num)
        if len(n) == 4:
            nw = pair_words(rng, n[:2]) + " " + pair_words(rng, n[2:])
        elif len(n) == 3 and hund_words(rng, n) and rng.random() < 0.5:
            nw = hund_words(rng, n)
        else:
            nw = " ".join(spoken_chunks(rng, n, [len(n)], modes=("pair", "single")))
        s = "%s %s %s" % (nw, st, suf)
        if flat:
            s = "flat %s %s" % (" ".join(spoken_chunks(rng, str(flat), [len(str(flat))], modes=("pair",))), s)
        return s
    s = "%d %s %s" % (num, st.capitalize(), suf.capitalize() if rng.random() < 0.7 else {"road": "Rd", "street": "St", "avenue": "Ave", "drive": "Dr", "lane": "Ln", "boulevard": "Blvd"}.get(suf, suf.capitalize()))
    if flat:
        s = rng.choice(["Flat %d, ", "Flat %d ", "Apt %d, "]) % flat + s
    return s


def render_ukpc(rng, pc, asr):
    if asr:
        return spoken_alnum(rng, pc)
    r = rng.random()
    if r < 0.2:
        return pc.replace(" ", "")
    if r < 0.35:
        return pc.lower()
    return pc


def ni_render(rng, ni, asr):
    if asr:
        letters = spell_letters(rng, ni[:2], 0.45)
        mid = join_spoken(rng, spoken_chunks(rng, ni[2:8], rng.choice([[2, 2, 2], [3, 3], [6]]), modes=("single", "pair")), 0.2)
        s = letters + " " + mid + " " + spell_letters(rng, ni[8], 0.45)
        assert parse_spoken(s, True) == ni, s
        return s
    r = rng.random()
    if r < 0.3:
        return ni
    if r < 0.55:
        return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if r < 0.75:
        return ni.lower()
    return "%s%s %s" % (ni[:2].lower() if rng.random() < 0.5 else ni[:2], ni[2:8], ni[8])


def ssn_render(rng, s, asr):
    if asr:
        return join_spoken(rng, spoken_chunks(rng, s, [3, 2, 4], modes=("single", "single", "pair", "hund")), 0.2)
    return rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])


def iban_render(rng, v, asr):
    if asr:
        s = spoken_alnum(rng, v, 0.3)
        return s
    r = rng.random()
    if r < 0.5:
        return " ".join(v[k:k + 4] for k in range(0, len(v), 4))
    if r < 0.75:
        return v
    return v.lower()


def phone_render(rng, canon, typed_form, asr):
    if not asr:
        r = rng.random()
        if r < 0.5:
            return typed_form
        if r < 0.7:
            return canon
        return typed_form.replace(" ", "-")
    body = canon.lstrip("+")
    pre = ""
    if canon.startswith("+"):
        for cc in ("44", "353", "49", "33", "1"):
            if body.startswith(cc):
                pre = "plus " + " ".join(UNITW[int(x)] for x in cc) + " "
                body = body[len(cc):]
                break
    s = pre + join_spoken(rng, spoken_chunks(rng, body, None, modes=("single", "single", "pair", "hund"),
                                                zeros=("oh", "oh", "zero", "o")), 0.15)
    return s


# --------------------------------------------------------------------------
# positive templates
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah", "got that"]


def tp_card_old_new(rng):
    asr = rng.random() < 0.6
    c = Case("positive", asr)
    ind, co = pick_ind(rng)
    old, og = gen_card(rng)
    new, ng = gen_card(rng)
    g1, g2 = c.v("CARD_NUMBER", old), c.v("CARD_NUMBER", new)
    c.t("agent", greet(rng, co))
    c.t("customer", rng.choice(["Hiya, I need to swap the card you take payments from. The old one was ",
                                "Hi, my card got replaced so the direct debit failed. Old card number ",
                                "yeah hi so the card you have on file, "]),
        whole(rng, card_render(rng, c, old, og, asr, g1)),
        rng.choice([", that's cancelled now.", " but that's been cancelled", ", it expired"]))
    c.t("agent", rng.choice(["Okay, and the new card number?", "No problem, go ahead with the new one.", "Right, what's the new long number please?"]))
    c.t("customer", rng.choice(["It's ", "Sure, ", "okay um ", ""]), whole(rng, card_render(rng, c, new, ng, asr, g2)))
    m, y = rng.randint(1, 12), rng.randint(2026, 2031)
    c.t("agent", "And the expiry date on the new one?")
    c.t("customer", (render_expiry(rng, m, y, asr), c.v("EXPIRY", "%02d/%02d" % (m, y % 100))))
    if rng.random() < 0.6:
        c.t("agent", "Lovely, so I'm replacing the card ending ", (old[-4:], c.v("CARD_NUMBER", old, "suffix")),
            " with the one ending ", (new[-4:], c.v("CARD_NUMBER", new, "suffix")), ".")
    return c, "old and new card on one %s call (%s); last-fours after full reading are labelled" % (ind, "asr" if asr else "chat")


def tp_card_split(rng):
    c = Case("positive", True)
    ind, co = pick_ind(rng)
    num, groups = gen_card(rng)
    g = c.v("CARD_NUMBER", num)
    ch = spoken_chunks(rng, num, groups)
    c.t("agent", "okay whenever you're ready with the long number on the front of the card")
    c.t("customer", rng.choice(["right so it's ", "okay it's ", "um yeah ", ""]), (ch[0], g))
    for w in ch[1:]:
        c.t("agent", rng.choice(BACK))
        c.t("customer", (w, g))
    if rng.random() < 0.5:
        c.t("agent", "let me read that back ", (join_spoken(rng, spoken_chunks(rng, num, groups), 0.0), c.v("CARD_NUMBER", num)), " is that right")
    else:
        c.t("agent", "thank you so that's the card ending in ", (num[-4:], c.v("CARD_NUMBER", num, "suffix")))
    c.t("customer", rng.choice(["yes that's it", "yep", "correct"]))
    return c, "card read in chunks over several customer turns with back-channels (%s)" % ind


def tp_card_restart(rng):
    c = Case("positive", True)
    ind, co = pick_ind(rng)
    num, groups = gen_card(rng)
    ch = spoken_chunks(rng, num, groups)
    k = rng.randint(1, len(ch) - 1)
    gp = c.v("CARD_NUMBER", num, "prefix")
    g = c.v("CARD_NUMBER", num)
    c.t("agent", "and what's the card number please")
    c.t("customer", "it's ", (join_spoken(rng, ch[:k], 0.3), gp),
        rng.choice([" no wait sorry let me start again ", " hang on i've lost my place sorry ", " oh sorry i'll start over "]),
        (join_spoken(rng, spoken_chunks(rng, num, groups), 0.25), g))
    c.t("agent", rng.choice(["okay no worries", "got it thank you"]))
    return c, "restarted card reading; the abandoned fragment and the full reading are both labelled (%s)" % ind


def tp_card_chat(rng):
    c = Case("positive", False)
    ind, co = pick_ind(rng)
    num, groups = gen_card(rng)
    cvv = digs(rng, 4 if num[:2] in ("34", "37") else 3)
    m, y = rng.randint(1, 12), rng.randint(2026, 2031)
    lab = rng.choice(["card no: ", "crd num ", "Card number - ", "cc#", "long number: ", "card "])
    c.t("agent", greet(rng, co))
    c.t("customer", rng.choice(["pls take the payment off this ", "ok here u go ", "Hi, paying the outstanding bill. "]),
        lab, (typed(rng, num, groups if rng.random() < 0.5 else odd_groups(len(num), rng)), c.v("CARD_NUMBER", num)),
        rng.choice([" exp ", " expires ", ", expiry "]), (render_expiry(rng, m, y, False), c.v("EXPIRY", "%02d/%02d" % (m, y % 100))),
        rng.choice([" cvv ", " security code ", " sec code: ", " cvc "]), (cvv, c.v("CVV", cvv)))
    if rng.random() < 0.5:
        num2, g2 = gen_card(rng)
        c.t("customer", rng.choice(["actually no use my partners card instead ", "sorry wrong one, its "]),
            (typed(rng, num2, g2), c.v("CARD_NUMBER", num2)))
    c.t("agent", "Thanks, please don't share security details in chat again - I'll process this now.")
    return c, "typed chat card with expiry and CVV, sometimes a second card (%s)" % ind


def tp_card_aside(rng):
    c = Case("positive", True)
    num, groups = gen_card(rng)
    ch = spoken_chunks(rng, num, groups)
    k = rng.randint(1, len(ch) - 1)
    g = c.v("CARD_NUMBER", num)
    cvv = digs(rng, 3)
    c.t("agent", "can i take the card number please")
    c.t("customer", "yeah it's ", (join_spoken(rng, ch[:k]), g),
        rng.choice([" sorry the dog's going mad one sec ", " hold on let me put my glasses on ", " sorry my son's shouting at me "]),
        (join_spoken(rng, ch[k:]), g))
    c.t("agent", "and the three digits on the back")
    c.t("customer", (join_spoken(rng, spoken_chunks(rng, cvv, [3], modes=("single", "hund"))), c.v("CVV", cvv)))
    return c, "card reading interrupted by an aside (two spans), then CVV"


def tp_card_verify(rng):
    c = Case("positive", True)
    ind, co = pick_ind(rng)
    num, groups = gen_card(rng)
    m, y = rng.randint(1, 12), rng.randint(2026, 2031)
    pc = gen_ukpc(rng)
    c.t("agent", "for security can i take the full card number the expiry and the postcode the card's registered to")
    c.t("customer", "er okay card is ", whole(rng, card_render(rng, c, num, groups, True, c.v("CARD_NUMBER", num))),
        " expiry ", (render_expiry(rng, m, y, True), c.v("EXPIRY", "%02d/%02d" % (m, y % 100))))
    c.t("agent", "and the postcode")
    c.t("customer", (render_ukpc(rng, pc, True), c.v("POSTCODE", pc.replace(" ", ""))))
    c.t("agent", "brilliant you're through security")
    return c, "card, expiry and UK postcode for card-holder verification (%s)" % ind


def tp_ssn_couple(rng):
    asr = rng.random() < 0.6
    c = Case("positive", asr)
    ind = rng.choice(["insurance", "healthcare billing", "banking", "government services"])
    co = rng.choice(INDUSTRY[ind])
    a, b = gen_ssn(rng), gen_ssn(rng)
    c.t("agent", greet(rng, co))
    c.t("customer", "I'm calling about the joint account, I can give you both our socials.")
    c.t("agent", "Sure, yours first please.")
    c.t("customer", "Mine is ", (ssn_render(rng, a, asr), c.v("SSN", a)))
    c.t("agent", "And your %s's?" % rng.choice(["wife", "husband", "partner"]))
    c.t("customer", rng.choice(["Hers is ", "His is ", "Theirs is ", "Okay so that one's "]), (ssn_render(rng, b, asr), c.v("SSN", b)))
    if rng.random() < 0.5:
        c.t("agent", "Thank you. Just confirming the second one, ", (ssn_render(rng, b, asr), c.v("SSN", b)), "?")
        c.t("customer", "Yes.")
    return c, "caller's and spouse's SSNs (%s, %s)" % (ind, "asr" if asr else "chat")


def tp_ssn_corrected(rng):
    c = Case("positive", True)
    s = gen_ssn(rng)
    while True:
        k = rng.randrange(9)
        wrong = s[:k] + str((int(s[k]) + rng.randint(1, 8)) % 10) + s[k + 1:]
        if ssn_ok(wrong):
            break
    c.t("agent", "can i get the social security number on the policy")
    c.t("customer", (ssn_render(rng, wrong, True), c.v("SSN", wrong)), " no sorry that's not right hang on it's ",
        (ssn_render(rng, s, True), c.v("SSN", s)))
    c.t("agent", "okay so that's ", (ssn_render(rng, s, True), c.v("SSN", s)))
    c.t("customer", rng.choice(["yes", "yeah that's right", "correct sorry about that"]))
    return c, "SSN read wrongly, corrected and read again; agent read-back"


def tp_ssn_chat_dob(rng):
    c = Case("positive", False)
    s = gen_ssn(rng)
    y, m, d = rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28)
    c.t("agent", "Hi! To verify your identity I need your SSN and date of birth.")
    c.t("customer", rng.choice(["ssn ", "SSN: ", "social is ", "Soc Sec # "]), (ssn_render(rng, s, False), c.v("SSN", s)),
        rng.choice([" and dob ", ", DOB: ", " born "]), (render_date(rng, y, m, d, False, True), c.v("DOB", "%04d-%02d-%02d" % (y, m, d))))
    if rng.random() < 0.6:
        s2 = gen_ssn(rng)
        c.t("customer", "also adding my son to the plan, his is ", (ssn_render(rng, s2, False), c.v("SSN", s2)))
    return c, "US chat with SSN and DOB, sometimes a dependant's SSN"


def tp_ni_someone(rng):
    c = Case("positive", True)
    a, b = gen_ni(rng), gen_ni(rng)
    who = rng.choice(["my mum", "my dad", "my nan", "my husband"])
    c.t("agent", "thanks for calling the benefits line can i take your national insurance number")
    c.t("customer", "yeah mine is ", (ni_render(rng, a, True), c.v("NI_NUMBER", a)), " but i'm actually calling for %s as well" % who)
    c.t("agent", "okay do you have theirs")
    c.t("customer", "yeah hang on ", (ni_render(rng, b, True), c.v("NI_NUMBER", b)))
    c.t("agent", "so that's ", (ni_render(rng, b, True), c.v("NI_NUMBER", b)), " for %s" % who.split()[1])
    return c, "caller's NI number and a relative's NI number with read-back"


def tp_ni_chat(rng):
    c = Case("positive", False)
    a = gen_ni(rng)
    c.t("agent", "Please confirm your NI number so I can locate your record.")
    c.t("customer", rng.choice(["NI no: ", "ni number ", "its ", "National Insurance: "]), (ni_render(rng, a, False), c.v("NI_NUMBER", a)))
    if rng.random() < 0.7:
        b = gen_ni(rng)
        c.t("customer", rng.choice(["sorry typo, should be ", "no wait, ", "oops that's my old one, "]), (ni_render(rng, b, False), c.v("NI_NUMBER", b)))
    c.t("agent", "Thanks, found you.")
    return c, "typed NI number, often followed by a correction to a different one"


def tp_bank_switch(rng):
    asr = rng.random() < 0.5
    c = Case("positive", asr)
    ind, co = pick_ind(rng)
    s1, a1, s2, a2 = digs(rng, 6), digs(rng, 8), digs(rng, 6), digs(rng, 8)
    c.t("agent", greet(rng, co))
    c.t("customer", "I want to change the direct debit to my new bank. The old one was sort code ",
        digits_val(rng, c, "SORT_CODE", s1, asr, [2, 2, 2], modes=("pair", "single")),
        " account ", digits_val(rng, c, "BANK_ACCOUNT", a1, asr, [4, 4]), ".")
    c.t("agent", "Okay, and the new details?")
    c.t("customer", rng.choice(["Sort code ", "sort code is ", "sc "]), digits_val(rng, c, "SORT_CODE", s2, asr, [2, 2, 2], modes=("pair", "single", "pair")),
        rng.choice([", acct no ", " and the account number is ", ", account "]), digits_val(rng, c, "BANK_ACCOUNT", a2, asr, [4, 4] if rng.random() < 0.5 else [3, 3, 2]))
    c.t("agent", "Thanks, and just the account number again to double check?")
    c.t("customer", digits_val(rng, c, "BANK_ACCOUNT", a2, asr, [2, 2, 2, 2], fill=0.3))
    return c, "old and new UK sort code + account number, account repeated (%s)" % ind


def tp_us_bank(rng):
    c = Case("positive", rng.random() < 0.5)
    a = digs(rng, rng.choice([9, 10, 12]))
    c.t("agent", "What's the checking account number for the refund?")
    c.t("customer", "It's ", digits_val(rng, c, "BANK_ACCOUNT", a, c.asr, odd_groups(len(a), rng)),
        rng.choice([". That's my wife's account actually.", " and the routing number I don't have on me."]))
    return c, "US checking account number for a refund"


def tp_iban(rng):
    asr = rng.random() < 0.5
    c = Case("positive", asr)
    v1, v2 = gen_iban(rng), gen_iban(rng)
    c.t("agent", "Can you give me the IBAN for the refund?")
    if rng.random() < 0.5:
        c.t("customer", "Yes it's ", (iban_render(rng, v1, asr), c.v("IBAN", v1)))
        c.t("agent", "Thanks, and for your sister's account?")
        c.t("customer", (iban_render(rng, v2, asr), c.v("IBAN", v2)))
    else:
        c.t("customer", (iban_render(rng, v1, asr), c.v("IBAN", v1)), ", no sorry that's the old account, use ",
            (iban_render(rng, v2, asr), c.v("IBAN", v2)))
    return c, "two IBANs: own and a relative's, or old then new (%s)" % ("asr" if asr else "chat")


def phone_seg(rng, c, canon, typed_form, asr):
    """leading '+' of a typed number stays outside the span (span starts at the first digit)"""
    txt = phone_render(rng, canon, typed_form, asr)
    g = c.v("PHONE", canon)
    if txt.startswith("+"):
        return ["+", (txt[1:], g)]
    return [(txt, g)]


def tp_phones(rng):
    asr = rng.random() < 0.6
    c = Case("positive", asr)
    region = rng.choice(["UK", "UK", "US", "IE", "DE", "FR"])
    p1, t1 = gen_phone(rng, region)
    p2, t2 = gen_phone(rng, rng.choice(["UK", "US", "IE"]))
    ind, co = pick_ind(rng)
    c.t("agent", "What's the best number to reach you on?")
    c.t("customer", rng.choice(["My mobile is ", "mobile's ", "Best is "]), phone_seg(rng, c, p1, t1, asr),
        rng.choice([" or during the day try my work number, ", ", and if I don't answer try my husband on ", " or the landline "]),
        phone_seg(rng, c, p2, t2, asr))
    c.t("agent", "Let me read the first one back: ", phone_seg(rng, c, p1, t1, asr), ".")
    c.t("customer", "That's it.")
    return c, "two phone numbers (%s region first) with read-back (%s)" % (region, ind)


def tp_phone_split(rng):
    c = Case("positive", True)
    p, t = gen_phone(rng, rng.choice(["UK", "US", "IE"]))
    g = c.v("PHONE", p)
    body = p.lstrip("+")
    ch = spoken_chunks(rng, body, odd_groups(len(body), rng), modes=("single", "pair", "hund"), zeros=("oh", "zero"))
    if p.startswith("+"):
        ch[0] = "plus " + ch[0]
    c.t("agent", "and a contact number")
    c.t("customer", "yeah it's ", (ch[0], g))
    for w in ch[1:]:
        c.t("agent", rng.choice(BACK))
        c.t("customer", (w, g))
    c.t("agent", "perfect thank you")
    return c, "phone number dictated over several turns"


def tp_email(rng):
    asr = rng.random() < 0.6
    c = Case("positive", asr)
    f, l = rng.choice(FIRST), rng.choice(LAST)
    e1 = gen_email(rng, f, l)
    e2 = gen_email(rng)
    c.t("agent", "What email should the receipt go to?")
    c.t("customer", rng.choice(["it's ", "email is ", "um "]), (render_email(rng, e1, asr), c.v("EMAIL", e1)))
    if rng.random() < 0.5:
        c.t("agent", "and could you spell the surname part")
        c.t("customer", spell_letters(rng, l, 0.3) if asr else "-".join(l.upper()))
    c.t("customer", rng.choice(["and copy my partner in please ", "oh and cc my accountant, ", "also send it to "]),
        (render_email(rng, e2, asr), c.v("EMAIL", e2)))
    return c, "two e-mail addresses, caller's and a third party's (%s)" % ("asr" if asr else "chat")


def tp_address_move(rng):
    asr = rng.random() < 0.6
    c = Case("positive", asr)
    ind = rng.choice(["utilities", "telecom", "insurance"])
    co = rng.choice(INDUSTRY[ind])
    a1, a2 = gen_address(rng), gen_address(rng)
    p1, p2 = gen_ukpc(rng), gen_ukpc(rng)
    t1, t2 = rng.choice(TOWNS_UK), rng.choice(TOWNS_UK)
    c.t("agent", greet(rng, co))
    c.t("customer", "I'm moving out of ", (render_address(rng, a1, asr), c.v("ADDRESS", a1)), ", %s, " % t1.capitalize(),
        (render_ukpc(rng, p1, asr), c.v("POSTCODE", p1.replace(" ", ""))), ", on Friday.")
    c.t("agent", "And where are you moving to?")
    c.t("customer", (render_address(rng, a2, asr), c.v("ADDRESS", a2)), " in %s, postcode " % t2.capitalize(),
        (render_ukpc(rng, p2, asr), c.v("POSTCODE", p2.replace(" ", ""))))
    return c, "moving home: old and new UK address and postcode (%s)" % ind


def tp_address_us(rng):
    asr = rng.random() < 0.5
    c = Case("positive", asr)
    a1, a2 = gen_address(rng, True), gen_address(rng, True)
    z1, z2 = gen_zip(rng), gen_zip(rng)
    c.t("agent", "What's the billing address on the order?")
    c.t("customer", (render_address(rng, a1, asr), c.v("ADDRESS", a1)), ", %s, " % rng.choice(TOWNS_US).capitalize(),
        (z1 if not asr else join_spoken(rng, spoken_chunks(rng, z1.replace("-", ""), [5, 4][:1 + ("-" in z1)], modes=("single",))), c.v("POSTCODE", z1.replace("-", ""))))
    c.t("agent", "And is shipping the same?")
    c.t("customer", "No, ship it to my daughter at ", (render_address(rng, a2, asr), c.v("ADDRESS", a2)), " %s " % rng.choice(TOWNS_US).capitalize(),
        (z2 if not asr else join_spoken(rng, spoken_chunks(rng, z2.replace("-", ""), [5, 4][:1 + ("-" in z2)], modes=("single",))), c.v("POSTCODE", z2.replace("-", ""))))
    return c, "US billing and shipping addresses with ZIP codes"


def tp_dob_family(rng):
    asr = rng.random() < 0.6
    c = Case("positive", asr)
    y1, m1, d1 = rng.randint(1950, 1995), rng.randint(1, 12), rng.randint(1, 28)
    y2, m2, d2 = rng.randint(2008, 2020), rng.randint(1, 12), rng.randint(1, 28)
    us = rng.random() < 0.5
    c.t("agent", "Can I confirm the patient's date of birth?")
    c.t("customer", "It's for my %s, " % rng.choice(["son", "daughter"]), (render_date(rng, y2, m2, d2, asr, us), c.v("DOB", "%04d-%02d-%02d" % (y2, m2, d2))),
        ". I'm the account holder, mine is ", (render_date(rng, y1, m1, d1, asr, us), c.v("DOB", "%04d-%02d-%02d" % (y1, m1, d1))), ".")
    c.t("agent", "Thanks. The bill is for 240 dollars from the visit on the 3rd.")
    return c, "child's and parent's dates of birth; amount and visit date are not PII"


def tp_mixed_dob_ni(rng):
    c = Case("positive", True)
    ni = gen_ni(rng)
    y, m, d = rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28)
    c.t("agent", "okay for security your date of birth please")
    c.t("customer", "um ", (render_date(rng, y, m, d, True), c.v("DOB", "%04d-%02d-%02d" % (y, m, d))))
    c.t("agent", "and your national insurance number")
    c.t("customer", (ni_render(rng, ni, True), c.v("NI_NUMBER", ni)))
    return c, "ASR DOB and NI number for identity check"


POS_TEMPLATES = [tp_card_old_new, tp_card_split, tp_card_restart, tp_card_chat, tp_card_aside,
                 tp_card_verify, tp_ssn_couple, tp_ssn_corrected, tp_ssn_chat_dob, tp_ni_someone,
                 tp_ni_chat, tp_bank_switch, tp_us_bank, tp_iban, tp_phones, tp_phone_split,
                 tp_email, tp_address_move, tp_address_us, tp_dob_family, tp_mixed_dob_ni]


# --------------------------------------------------------------------------
# negative templates
def neg(asr):
    return Case("negative", asr)


def tn_order_like_card(rng):
    c = neg(True)
    num, groups = gen_card(rng)
    lab = rng.choice(["order number", "tracking number", "reference number", "serial number", "claim number"])
    c.t("agent", "have you got the %s there" % lab)
    c.t("customer", "yeah the %s is %s" % (lab, join_spoken(rng, spoken_chunks(rng, num, groups))))
    c.t("agent", "thanks that's the %s found" % lab)
    return "a Luhn-valid 16-ish digit string read like a card but labelled %s" % lab, c


def tn_amounts(rng):
    asr = rng.random() < 0.5
    c = neg(asr)
    a, b = rng.randint(20, 2000), rng.randint(1, 99)
    c.t("agent", "Your balance is %d pounds %d and the minimum payment is %d.%02d." % (a, b, rng.randint(5, 60), rng.randint(0, 99)))
    c.t("customer", "Can I pay %s today and the rest on the %dth?" % (rng.choice(["four hundred and twelve", "one fifty", "£75.40", "$1,249.99"]), rng.randint(4, 28)))
    c.t("agent", "Yes, that's fine, I've set it for the %d%s of %s." % (rng.randint(4, 20), "th", rng.choice(MONTHS).capitalize()))
    return "balances, amounts and a payment date", c


def tn_times(rng):
    c = neg(rng.random() < 0.5)
    c.t("customer", "What time are you open till?")
    c.t("agent", "We're open %d till %d weekdays, and the wait is about %d minutes right now." % (rng.randint(7, 9), rng.randint(17, 20), rng.randint(3, 45)))
    c.t("customer", "Okay I've been on hold for %s already" % rng.choice(["twenty five minutes", "an hour and ten", "forty minutes"]))
    return "opening hours, durations", c


def tn_last4(rng):
    c = neg(rng.random() < 0.6)
    l4 = digs(rng, 4)
    spoken = " ".join(UNITW[int(x)] for x in l4)
    c.t("agent", "Is that the card ending %s?" % rng.choice([l4, spoken]))
    c.t("customer", "Yes, the one ending %s, the Visa." % rng.choice([l4, spoken]))
    return "card last-four only, never a full number", c


def tn_meter(rng):
    c = neg(rng.random() < 0.5)
    r = digs(rng, 5)
    s = digs(rng, 10)
    c.t("agent", "Can you read me the meter?")
    c.t("customer", "Reading is %s and the meter serial number is %s." % (r if not c.asr else join_spoken(rng, spoken_chunks(rng, r)), s if not c.asr else join_spoken(rng, spoken_chunks(rng, s))))
    c.t("agent", "Thanks, that's %d units since last quarter." % rng.randint(100, 999))
    return "meter reading and meter serial number", c


def tn_travel(rng):
    c = neg(rng.random() < 0.5)
    c.t("customer", "I'm on flight %s%d, seat %d%s, and my booking ref is %s." % (rng.choice(["BA", "EI", "FR", "UA"]), rng.randint(100, 9999), rng.randint(1, 40), rng.choice("ABCDEF"), "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
    c.t("agent", "Boarding is from gate %d at %02d:%02d, and your hotel room %d is confirmed." % (rng.randint(1, 60), rng.randint(5, 22), rng.choice([0, 15, 30, 45]), rng.randint(100, 999)))
    return "flight, seat, gate, room numbers, times and booking ref", c


def tn_refs_like_ssn(rng):
    c = neg(rng.random() < 0.5)
    s = gen_ssn(rng)
    lab = rng.choice(["case number", "ticket number", "claim reference", "invoice number"])
    v = "%s-%s-%s" % (s[:3], s[3:5], s[5:]) if not c.asr else ssn_render(rng, s, True)
    c.t("agent", "Your %s is %s, please quote it if you call back." % (lab, v))
    c.t("customer", "So %s, got it." % v)
    return "9-digit %s formatted like an SSN" % lab, c


def tn_refs_like_sort(rng):
    c = neg(False)
    x = digs(rng, 6)
    c.t("customer", "Invoice %s-%s-%s hasn't been paid, it's %d days overdue." % (x[:2], x[2:4], x[4:], rng.randint(3, 90)))
    c.t("agent", "I see invoice %s for %d.%02d, model number %s%d." % (x, rng.randint(10, 900), rng.randint(0, 99), rng.choice(["XR-", "KDL", "WM"]), rng.randint(100, 9999)))
    return "invoice number shaped like a sort code; model number", c


def tn_policy(rng):
    c = neg(rng.random() < 0.5)
    p = rng.choice(["POL", "HX", "MTR"]) + digs(rng, rng.randint(8, 12))
    c.t("agent", "Your policy number is %s and it renews on %d %s %d." % (p, rng.randint(1, 28), rng.choice(MONTHS).capitalize(), rng.randint(2026, 2028)))
    pct = rng.randint(2, 30)
    c.t("customer", "And the premium goes up by %d%%?" % pct)
    c.t("agent", "That's right, %d percent, so %d a month." % (pct, rng.randint(10, 200)))
    return "policy number, renewal date, percentages", c


def tn_misc(rng):
    c = neg(rng.random() < 0.5)
    c.t("customer", "I'm %d and my son's %d, we've been customers since %d." % (rng.randint(30, 80), rng.randint(5, 20), rng.randint(1990, 2022)))
    c.t("agent", "Lovely. It's %d degrees here today! Your contract ends %s %d." % (rng.randint(-3, 32), rng.choice(MONTHS).capitalize(), rng.randint(2026, 2029)))
    return "ages, years, temperature, contract end", c


def tn_roads(rng):
    c = neg(rng.random() < 0.5)
    st = rng.choice(STREETS).capitalize()
    c.t("customer", "The engineer should come down %s %s, it's just off the %s." % (st, rng.choice(SUFFIX_UK).capitalize(), rng.choice(["A40", "M25", "N7", "A1(M)", "I-95"])))
    c.t("agent", "Noted, the appointment is %s between %d and %d, job ref %d." % (rng.choice(["Tuesday", "the 14th", "next Monday"]), rng.randint(8, 11), rng.randint(12, 17), rng.randint(10 ** 7, 10 ** 9)))
    return "road names without house numbers, appointment window, job reference", c


def tn_phone_like(rng):
    c = neg(True)
    r = digs(rng, 11)
    c.t("agent", "what's the account reference on the letter")
    c.t("customer", "account reference %s" % join_spoken(rng, spoken_chunks(rng, r, [5, 3, 3], zeros=("oh", "zero")), 0.2))
    c.t("agent", "and that's %d items on the order" % rng.randint(2, 12))
    return "11-digit reference spoken like a UK mobile number", c


NEG_TEMPLATES = [tn_order_like_card, tn_amounts, tn_times, tn_last4, tn_meter, tn_travel,
                 tn_refs_like_ssn, tn_refs_like_sort, tn_policy, tn_misc, tn_roads, tn_phone_like]


# --------------------------------------------------------------------------
def build():
    rng = random.Random(SEED)
    cases, groups = [], []
    for i in range(N_POS):
        c, note = POS_TEMPLATES[i % len(POS_TEMPLATES)](rng)
        cid = "h372-pos-%03d" % (i + 1)
        cases.append({"id": cid, "kind": "positive", "turns": c.turns, "spans": c.spans, "note": note})
        groups.append((cid, c.groups))
    for i in range(N_NEG):
        note, c = NEG_TEMPLATES[i % len(NEG_TEMPLATES)](rng)
        cid = "h372-neg-%03d" % (i + 1)
        cases.append({"id": cid, "kind": "negative", "turns": c.turns, "spans": c.spans, "note": note})
        groups.append((cid, c.groups))
    return cases, groups


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def norm_value(typ, text):
    if typ == "EMAIL":
        return parse_email(text)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return parse_spoken(text, alpha=True)
    if typ in ("DOB", "EXPIRY", "ADDRESS"):
        return None
    return parse_spoken(text)


def validate_group(typ, canon, mode, parts):
    errs = []
    if typ in ("DOB", "EXPIRY"):
        if not all(date_ok(p) for p in parts):
            errs.append("bad date text %r" % parts)
        if typ == "DOB":
            datetime.date(*map(int, canon.split("-")))
        else:
            mm = int(canon[:2])
            if not 1 <= mm <= 12:
                errs.append("bad expiry month")
        return errs
    if typ == "ADDRESS":
        if not addr_ok(" ".join(parts)):
            errs.append("bad address %r" % parts)
        return errs
    got = "".join(norm_value(typ, p) for p in parts)
    canon = canon.replace(" ", "").replace("-", "") if typ != "EMAIL" else canon
    if typ == "PHONE":
        got = got.lstrip("+")
        canon_cmp = canon.lstrip("+")
    else:
        canon_cmp = canon
    if mode == "full" and got != canon_cmp:
        errs.append("%s: %r normalises to %r, expected %r" % (typ, parts, got, canon))
    if mode == "prefix" and not (canon.startswith(got) and got):
        errs.append("prefix mismatch %r %r" % (got, canon))
    if mode == "suffix" and not (canon.endswith(got) and len(got) == 4):
        errs.append("suffix mismatch %r %r" % (got, canon))
    c = canon
    ok = {
        "CARD_NUMBER": lambda: c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c),
        "CVV": lambda: c.isdigit() and len(c) in (3, 4),
        "SSN": lambda: ssn_ok(c),
        "NI_NUMBER": lambda: ni_ok(c),
        "BANK_ACCOUNT": lambda: c.isdigit() and 6 <= len(c) <= 17,
        "SORT_CODE": lambda: c.isdigit() and len(c) == 6,
        "IBAN": lambda: iban_ok(c),
        "PHONE": lambda: (re.match(r"^\+(44|353|49|33|1)\d{8,11}$", c) is not None) or (re.match(r"^\d{10,11}$", c) is not None),
        "EMAIL": lambda: re.match(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", c) is not None,
        "POSTCODE": lambda: bool(UK_PC_RE.match(c)) or (c.isdigit() and len(c) in (5, 9)),
    }[typ]()
    if not ok:
        errs.append("%s canonical %r invalid" % (typ, c))
    return errs


def check(cases, groups):
    errs = []
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for c, (cid, gs) in zip(cases, groups):
        if c["kind"] == "negative" and (c["spans"] or gs):
            errs.append("%s: negative with spans" % cid)
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % cid)
        by_turn = {}
        for sp in c["spans"]:
            if not 0 <= sp["turn"] < len(c["turns"]):
                errs.append("%s: turn out of range" % cid)
                continue
            txt = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append("%s: offsets out of range" % cid)
                continue
            if not (txt[s].isalnum() and txt[e - 1].isalnum() and (s == 0 or not txt[s - 1].isalnum())
                    and (e == len(txt) or not txt[e].isalnum())):
                errs.append("%s: span %r not on word boundaries" % (cid, txt[max(0, s - 1):e + 1]))
            by_turn.setdefault(sp["turn"], []).append((s, e))
        for lst in by_turn.values():
            lst.sort()
            for (a, b), (x, y) in zip(lst, lst[1:]):
                if x < b:
                    errs.append("%s: overlapping spans" % cid)
        for g in gs:
            try:
                errs.extend("%s: %s" % (cid, m) for m in validate_group(g["type"], g["canon"], g["mode"], g["parts"]))
            except Exception as ex:  # noqa
                errs.append("%s: %s %r" % (cid, ex, g["parts"]))
        # negative cases: make sure no stray full PII-like card slipped in as label-less
    return errs


def counts(cases):
    cnt = {}
    for c in cases:
        for sp in c["spans"]:
            cnt[sp["type"]] = cnt.get(sp["type"], 0) + 1
    return cnt


def main():
    cases, groups = build()
    data = serialise(cases)
    errs = check(cases, groups)
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
              "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        if cnt.get(t, 0) < mins.get(t, 10):
            errs.append("too few %s spans: %d" % (t, cnt.get(t, 0)))
    if npos < 200 or nneg < 100:
        errs.append("too few cases")
    if "--check" in sys.argv:
        with open(OUT, "r", encoding="utf-8") as f:
            if f.read() != data:
                errs.append("cases.jsonl is not byte-identical to a fresh generation")
    else:
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(data)
    for e in errs[:50]:
        print("ERROR", e)
    print("positive=%d negative=%d spans=%s" % (npos, nneg, json.dumps(dict(sorted(cnt.items())))))
    if errs:
        print("FAILED (%d errors)" % len(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

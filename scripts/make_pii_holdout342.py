#!/usr/bin/env python3
"""Generate the pii_holdout342 held-out PII redaction evaluation set.

Written by an independent test author who did not see the redaction engine.
Standard library only.  Usage:

    python scripts/make_pii_holdout342.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout342.py --check  # regenerate and verify
"""
import argparse
import datetime
import json
import os
import re
import sys
from collections import Counter
import random

SEED = 342241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout342", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MINIMUMS = {t: 10 for t in TYPES}
MINIMUMS.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})

# --------------------------------------------------------------------------
# words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZERO_WORDS = ["oh", "o", "nought", "zero", "oh", "nil"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV.update({"whisky": "w", "xray": "x", "alfa": "a", "juliett": "j"})
# everyday (non-NATO) spelling words people actually use
FOLK = {"b": "bertie", "c": "charlie", "d": "david", "e": "edward", "h": "harry", "j": "john",
        "m": "mother", "n": "nelly", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
        "w": "william", "y": "yellow", "a": "apple", "g": "george", "k": "king", "l": "london",
        "z": "zebra", "x": "xmas"}
FOLK_REV = {v: k for k, v in FOLK.items()}
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "ah"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]
STREET_SUFFIX = ["road", "street", "avenue", "lane", "close", "drive", "way", "crescent", "grove",
                 "terrace", "gardens", "place", "court", "boulevard", "rd", "st", "ave", "ln",
                 "dr", "blvd", "park", "row", "hill", "walk", "square"]


def two_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + UNITS[u])


def num_words(n):
    """Cardinal words for 0..9999 the way people say house numbers."""
    if n < 100:
        return two_words(n)
    if n < 1000:
        h, r = divmod(n, 100)
        return UNITS[h] + " hundred" + ("" if r == 0 else " and " + two_words(r))
    hi, lo = divmod(n, 100)
    if lo == 0:
        return two_words(hi) + " hundred"
    return two_words(hi) + " " + (("oh " + UNITS[lo]) if lo < 10 else two_words(lo))


# --------------------------------------------------------------------------
# normalisation of spoken / typed forms (used by --check)
def _tokens(text):
    return re.findall(r"[a-z]+(?:-[a-z]+)?|\d+|\+", text.lower())


def spoken_to_alnum(text):
    """Map a span's text to the letters/digits it denotes; None if unparseable."""
    toks = [t for t in _tokens(text) if t not in FILLERS and t != "+" and t != "plus"]
    out = []
    i = 0
    unit = {w: str(k) for k, w in enumerate(UNITS)}
    for z in ZERO_WORDS:
        unit[z] = "0"
    tens = {w: k for k, w in enumerate(TENS) if w}
    teens = {w: 10 + k for k, w in enumerate(TEENS)}

    def nxt(j):
        return toks[j] if j < len(toks) else None

    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
            i += 1
        elif t in ("double", "triple"):
            rep = 2 if t == "double" else 3
            n = nxt(i + 1)
            if n is None:
                return None
            if n in unit:
                out.append(unit[n] * rep)
            elif len(n) == 1:
                out.append(n * rep)
            elif n in NATO_REV:
                out.append(NATO_REV[n] * rep)
            else:
                return None
            i += 2
        elif t in unit and t not in ("o",) and nxt(i + 1) == "hundred":
            val = int(unit[t]) * 100
            i += 2
            if nxt(i) == "and":
                i += 1
                n = nxt(i)
                if n in teens:
                    val += teens[n]
                    i += 1
                elif n in tens:
                    val += tens[n] * 10
                    i += 1
                    if nxt(i) in unit and unit[nxt(i)] != "0":
                        val += int(unit[nxt(i)])
                        i += 1
                elif n in unit:
                    val += int(unit[n])
                    i += 1
                else:
                    return None
            out.append("%03d" % val)
        elif t in unit:
            out.append(unit[t])
            i += 1
        elif t in teens:
            out.append(str(teens[t]))
            i += 1
        elif t in tens:
            n = nxt(i + 1)
            if n in unit and unit[n] != "0":
                out.append(str(tens[t] * 10 + int(unit[n])))
                i += 2
            else:
                out.append(str(tens[t] * 10))
                i += 1
        elif len(t) == 1:
            # letter, optionally "j for juliet" / "j as in juliet"
            if nxt(i + 1) == "for" and (nxt(i + 2) in NATO_REV or nxt(i + 2) in FOLK_REV):
                i += 3
            elif nxt(i + 1) == "as" and nxt(i + 2) == "in" and (
                    nxt(i + 3) in NATO_REV or nxt(i + 3) in FOLK_REV):
                i += 4
            else:
                i += 1
            out.append(t)
        elif t in NATO_REV:
            out.append(NATO_REV[t])
            i += 1
        elif t.isalpha():
            out.append(t)  # typed letters such as "qq" or "nwbk"
            i += 1
        else:
            return None
    return "".join(out).upper()


def norm_email(text):
    unit = {w: str(k) for k, w in enumerate(UNITS)}
    out = []
    for tok in text.lower().split():
        tok = tok.strip(",;")
        if tok in FILLERS:
            continue
        tok = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}.get(tok, tok)
        tok = unit.get(tok, tok)
        out.append(tok)
    return "".join(out)


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def iban_ok(s):
    lengths = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "ES": 24, "NL": 18, "IT": 27, "BE": 16}
    if s[:2] not in lengths or len(s) != lengths[s[:2]]:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def validate_canonical(typ, v):
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return (v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9"
                and v[3:5] != "00" and v[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(v)) and v[:2] not in NI_BAD
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 7 <= len(v) <= 12
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        return v.isdigit() and 10 <= len(v) <= 13
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(v))
    if typ == "POSTCODE":
        return bool(UK_PC_RE.match(v)) or bool(re.match(r"^\d{5}(\d{4})?$", v))
    if typ == "DOB":
        try:
            d = datetime.date.fromisoformat(v)
        except ValueError:
            return False
        return 1920 <= d.year <= 2010
    if typ == "EXPIRY":
        m = re.match(r"^(\d\d)/(\d\d)$", v)
        return bool(m) and 1 <= int(m.group(1)) <= 12
    if typ == "ADDRESS":
        return True
    return False


def normalise_span(typ, text):
    if typ == "PHONE":
        # "+44 (0)7..." drops the trunk zero; "0044"/"00353" is the international prefix
        a = spoken_to_alnum(text.replace("(0)", ""))
        if a is not None and a.startswith("00"):
            a = a[2:]
        return None if a is None or not a.isdigit() else a
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE"):
        a = spoken_to_alnum(text)
        return None if a is None or not a.isdigit() else a
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return spoken_to_alnum(text)
    if typ == "EMAIL":
        return norm_email(text)
    return text


def check_structural(typ, text):
    low = text.lower()
    if typ == "ADDRESS":
        has_num = bool(re.search(r"\d", low)) or any(
            re.search(r"\b%s\b" % w, low) for w in UNITS + TEENS + [x for x in TENS if x])
        has_suffix = any(re.search(r"\b%s\b" % s, low) for s in STREET_SUFFIX)
        return has_num and has_suffix
    if typ in ("DOB", "EXPIRY"):
        return bool(re.search(r"\d", low)) or any(m in low for m in MONTHS) or any(
            w in low for w in UNITS + TEENS)
    return True


# --------------------------------------------------------------------------
# case builder
class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []
        self.spans = []   # (turn, start, end, type, group)
        self.groups = []  # dict(type, canonical, partial)

    def val(self, typ, canonical, partial=False):
        self.groups.append({"type": typ, "canonical": canonical, "partial": partial})
        return len(self.groups) - 1

    def say(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                g, piece = s
                start = len(text)
                text += piece
                self.spans.append((ti, start, len(text), self.groups[g]["type"], g))
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *segs):
        return self.say("customer", *segs)

    def a(self, *segs):
        return self.say("agent", *segs)


# --------------------------------------------------------------------------
R = random.Random(SEED)

FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "chloe", "tomasz", "grace",
         "daniel", "niamh", "kwame", "emma", "ravi", "olivia", "sean", "hannah", "diego",
         "fatima", "jack", "megan", "lukas", "zara", "connor", "maria", "wei", "beth", "ahmed"]
LAST = ["smith", "jones", "patel", "murphy", "kelly", "nguyen", "williams", "brennan", "khan",
        "garcia", "walsh", "taylor", "kowalski", "byrne", "evans", "hughes", "chen", "mensah",
        "davies", "fitzgerald", "schmidt", "rossi", "mclean", "okafor", "thompson", "reilly"]
STREETS = ["marlowe", "kings", "station", "church", "mill", "victoria", "oak", "elm", "maple",
           "castle", "harbour", "orchard", "willow", "meadow", "park view", "high", "queen",
           "chestnut", "abbey", "riverside", "beech", "hawthorn", "washington", "lincoln",
           "sycamore", "cedar", "bridge", "ash", "windsor", "cromwell", "primrose", "fairview"]
UK_SUF = ["Road", "Street", "Avenue", "Lane", "Close", "Drive", "Way", "Crescent", "Grove",
          "Terrace", "Gardens", "Place", "Court", "Walk", "Row"]
US_SUF = ["Street", "Avenue", "Drive", "Blvd", "Lane", "Court", "Way", "Rd", "St", "Ave"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "protonmail.com", "live.ie", "sky.com", "web.de", "gmx.de"]
BACK = ["mhm", "yep", "go on", "okay", "uh huh", "yeah", "right", "got that", "mm", "sure",
        "okay go on", "yes", "and the next four", "lovely", "next bit?"]
HES = ["um", "uh", "er", "erm"]
PC_LET = "ABCDEFGHJKLMNPRSTUWXY"  # no I, O, Q, V, Z (keeps readings unambiguous)
UK_AREAS = ["SW", "SE", "NW", "N", "E", "W", "B", "M", "L", "LS", "BS", "CF", "EH", "G", "NE",
            "BT", "CB", "RG", "TW", "KT", "CR", "HA", "DA", "PL", "S", "BN", "NG"]
NI_LET1 = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
NI_LET2 = [c for c in "ABCEGHJKLMNPRSTWXYZ"]


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_complete(prefix, length):
    body = prefix + rdig(length - len(prefix) - 1)
    for ch in "0123456789":
        if luhn_ok(body + ch):
            return body + ch
    raise AssertionError


def gen_card():
    r = R.random()
    if r < 0.45:
        return luhn_complete("4", 16)
    if r < 0.7:
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if r < 0.82:
        return luhn_complete(R.choice(["34", "37"]), 15)
    if r < 0.9:
        return luhn_complete("6011", 16)
    if r < 0.95:
        return luhn_complete("4", 13)
    return luhn_complete(R.choice(["4", "6759", "5018"]), 19)


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def gen_ni():
    while True:
        p = R.choice(NI_LET1) + R.choice(NI_LET2)
        if p not in NI_BAD and p not in ("ER", "AH"):
            break
    return p + rdig(6) + R.choice("ABCD")


def gen_iban():
    country = R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "ES", "NL"])
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "HBUK", "MIDL", "NAIA"]) + rdig(14)
    elif country == "IE":
        bban = R.choice(["AIBK", "IPBS", "BKIR"]) + rdig(14)
    elif country == "DE":
        bban = rdig(18)
    elif country == "FR":
        bban = rdig(23)
    elif country == "ES":
        bban = rdig(20)
    else:
        bban = R.choice(["ABNA", "RABN", "INGB"]) + rdig(10)
    r = bban + country + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return country + "%02d" % chk + bban


def gen_uk_pc():
    area = R.choice(UK_AREAS)
    dist = str(R.randint(1, 19)) if R.random() < 0.8 else str(R.randint(1, 9)) + R.choice("ABEHMNPRW")
    return area + dist + str(R.randint(0, 9)) + R.choice(PC_LET) + R.choice(PC_LET)


def fmt_uk_pc(pc):
    return pc[:-3] + " " + pc[-3:]


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    return z + (rdig(4) if R.random() < 0.25 else "")


def gen_phone(kind=None):
    kind = kind or R.choice(["uk_mob", "uk_land", "us", "ie", "uk_mob_intl", "us_intl", "ie_intl"])
    if kind in ("uk_mob", "uk_mob_intl"):
        core = "7" + R.choice(["4", "5", "7", "8", "9"]) + rdig(8)
        return kind, ("44" + core if kind.endswith("intl") else "0" + core)
    if kind == "uk_land":
        return kind, "0" + R.choice(["20", "161", "113", "117", "131", "141", "121"]) + rdig(7 if R.random() < 0.5 else 7)
    if kind in ("us", "us_intl"):
        core = str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)
        return kind, ("1" + core if kind == "us_intl" else core)
    core = "8" + R.choice("35679") + rdig(7)
    return kind, ("353" + core if kind == "ie_intl" else "0" + core)


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 5)
    local = [f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)), f + "_" + l,
             l + f[0], f + "." + l + str(R.randint(60, 99))][style]
    return local + "@" + R.choice(DOMAINS)


def gen_dob():
    return datetime.date(R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28))


# --------------------------------------------------------------------------
# renderers
def say_digits(ds, zero=None, pairs=0.25, hundreds=0.08, dbl=0.6, filler=0.0):
    zero = zero or R.choice(ZERO_WORDS)
    out = []
    i = 0
    while i < len(ds):
        rem = len(ds) - i
        r = R.random()
        # at the end of a chunk assume a non-zero digit may follow (another chunk
        # joined into the same span), so a bare "twenty" never ends a chunk
        nxt3 = ds[i + 3] if i + 3 < len(ds) else "1"
        nxt2 = ds[i + 2] if i + 2 < len(ds) else "1"
        if rem >= 3 and ds[i] != "0" and r < hundreds and not (
                ds[i + 2] == "0" and ds[i + 1] not in "01" and nxt3 != "0"):
            n = int(ds[i:i + 3])
            h, rr = divmod(n, 100)
            if rr == 0 and nxt3 == "0" and i + 3 < len(ds):
                w = None
            else:
                w = UNITS[h] + " hundred" + ("" if rr == 0 else " and " + two_words(rr))
            if w:
                out.append(w)
                i += 3
                continue
        if rem >= 2 and ds[i] != "0" and r < hundreds + pairs and not (
                ds[i + 1] == "0" and ds[i] != "1" and nxt2 != "0"):
            out.append(two_words(int(ds[i:i + 2])))
            i += 2
            continue
        run = 1
        while i + run < len(ds) and ds[i + run] == ds[i] and run < 3:
            run += 1
        d = zero if ds[i] == "0" else UNITS[int(ds[i])]
        if run >= 2 and R.random() < dbl:
            if run == 3 and R.random() < 0.6:
                out.append("triple " + d)
                i += 3
            else:
                out.append("double " + d)
                i += 2
            continue
        out.append(d)
        i += 1
        if filler and R.random() < filler and i < len(ds):
            out.append(R.choice(HES))
    return " ".join(out)


def say_letter(ch, nato=0.4):
    ch = ch.lower()
    r = R.random()
    if r < nato:
        return R.choice(["%s for %s", "%s as in %s", "%s for %s"]) % (ch, NATO[ch])
    if r < nato + 0.1 and ch in FOLK:
        return "%s for %s" % (ch, FOLK[ch])
    if r < nato + 0.18:
        return NATO[ch]
    return ch


def say_alnum(s, nato=0.35, zero=None):
    """Read a mixed string: letters one by one, digit runs via say_digits."""
    parts = re.findall(r"[A-Za-z]|\d+", s)
    out = []
    for p in parts:
        out.append(say_digits(p, zero=zero, pairs=0.2, hundreds=0.0) if p.isdigit() else say_letter(p, nato))
    return " ".join(out)


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


def typed_card(c):
    st = R.randint(0, 6)
    if len(c) == 15:
        g = chunks(c, [4, 6, 5])
    else:
        g = chunks(c, [4] * 5)
    if st == 0:
        return " ".join(g)
    if st == 1:
        return "-".join(g)
    if st == 2:
        return c
    if st == 3:
        return " ".join(chunks(c, [6, 5, 5]))
    if st == 4:
        return "  ".join(g)
    if st == 5:
        return ".".join(g)
    # typo: letter o for zero in one group (only if a zero is present)
    if "0" in c:
        j = c.index("0")
        t = c[:j] + "o" + c[j + 1:]
        return " ".join(chunks(t, [4] * 5))
    return " ".join(g)


def typed_phone(kind, p):
    if kind == "uk_mob":
        return R.choice([p[:5] + " " + p[5:], p, p[:5] + " " + p[5:8] + " " + p[8:], p[:4] + "-" + p[4:7] + "-" + p[7:]])
    if kind == "uk_mob_intl":
        return R.choice(["+44 " + p[2:6] + " " + p[6:], "+44" + p[2:], "+44 (0)" + p[2:6] + " " + p[6:], "0044 " + p[2:]])
    if kind == "uk_land":
        if p.startswith("020"):
            return R.choice(["020 " + p[3:7] + " " + p[7:], "(020) " + p[3:7] + " " + p[7:], p])
        return R.choice([p[:4] + " " + p[4:], "(" + p[:4] + ") " + p[4:], p])
    if kind == "us":
        return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                         "%s.%s.%s" % (p[:3], p[3:6], p[6:]), p])
    if kind == "us_intl":
        return R.choice(["+1 (%s) %s-%s" % (p[1:4], p[4:7], p[7:]), "+1-%s-%s-%s" % (p[1:4], p[4:7], p[7:]), "+" + p])
    if kind == "ie":
        return R.choice([p[:3] + " " + p[3:6] + " " + p[6:], p, p[:3] + "-" + p[3:]])
    return R.choice(["+353 " + p[3:5] + " " + p[5:8] + " " + p[8:], "+353" + p[3:], "00353 " + p[3:5] + " " + p[5:]])


def phone_canon(kind, p):
    return p


def spoken_phone(kind, p, filler=0.0):
    zero = R.choice(ZERO_WORDS)
    if kind.endswith("intl"):
        cc = {"uk_mob_intl": "44", "us_intl": "1", "ie_intl": "353"}[kind]
        lead = R.choice(["plus ", "plus ", "double oh " if False else "plus "])
        ccw = {"44": R.choice(["four four", "forty four", "double four"]), "1": "one",
               "353": R.choice(["three five three", "three five three"])}[cc]
        return lead + ccw + " " + say_digits(p[len(cc):], zero=zero, filler=filler)
    g = chunks(p, [5, 3, 3]) if kind.startswith("uk") else chunks(p, [3, 3, 4])
    return ", ".join(say_digits(x, zero=zero, filler=filler) for x in g)


def typed_dob(d):
    st = R.randint(0, 6)
    if st == 0:
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if st == 1:
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if st == 2:
        return "%d %s %d" % (d.day, MONTHS[d.month - 1].title(), d.year)
    if st == 3:
        return "%s %d, %d" % (MONTHS[d.month - 1].title()[:3], d.day, d.year)
    if st == 4:
        return d.isoformat()
    if st == 5:
        return "%02d-%02d-%02d" % (d.day, d.month, d.year % 100)
    return "%d%s %s %d" % (d.day, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d.day, "th"),
                           MONTHS[d.month - 1], d.year)


def say_year(y):
    if y >= 2000:
        return R.choice(["two thousand and " + two_words(y - 2000) if y > 2000 else "two thousand",
                         "two thousand " + two_words(y - 2000) if y > 2000 else "two thousand"])
    hi, lo = divmod(y, 100)
    return two_words(hi) + " " + (("oh " + UNITS[lo]) if lo < 10 else two_words(lo))


def spoken_dob(d, filler=0.0):
    st = R.randint(0, 4)
    h = (R.choice(HES) + " ") if filler and R.random() < filler else ""
    if st == 0:
        return "the %s of %s %s%s" % (ORD[d.day], MONTHS[d.month - 1], h, say_year(d.year))
    if st == 1:
        return "%s the %s %s%s" % (MONTHS[d.month - 1], ORD[d.day], h, say_year(d.year))
    if st == 2:
        return "%s %s %s" % (say_digits("%02d" % d.day, pairs=0.7), say_digits("%02d" % d.month, pairs=0.7), say_year(d.year))
    if st == 3:
        return "%s %s %s%s" % (ORD[d.day], MONTHS[d.month - 1], h, two_words(d.year % 100) if d.year % 100 >= 10 else say_year(d.year))
    return "%s %s %s" % (two_words(d.day), MONTHS[d.month - 1], say_year(d.year))


def gen_expiry():
    return "%02d/%02d" % (R.randint(1, 12), R.randint(25, 33))


def typed_expiry(e):
    m, y = e.split("/")
    return R.choice([e, m + "/20" + y, m + "-" + y, m + " / " + y, MONTHS[int(m) - 1].title()[:3] + " 20" + y, m + y])


def spoken_expiry(e):
    m, y = e.split("/")
    st = R.randint(0, 3)
    if st == 0:
        return say_digits(m, pairs=0.0) + " " + two_words(int(y))
    if st == 1:
        return MONTHS[int(m) - 1] + " " + R.choice(["twenty " + two_words(int(y)), "twenty twenty " + UNITS[int(y) - 20] if int(y) < 30 else "twenty thirty " + UNITS[int(y) - 30]])
    if st == 2:
        return say_digits(m, pairs=0.0) + " slash " + say_digits(y, pairs=0.0)
    return "the end of " + MONTHS[int(m) - 1] + " " + two_words(int(y))


def gen_address(us=False):
    n = R.randint(1, 240) if not us else R.randint(10, 9800)
    street = R.choice(STREETS).title() + " " + R.choice(US_SUF if us else UK_SUF)
    flat = None
    if not us and R.random() < 0.25:
        flat = R.randint(1, 40)
    elif us and R.random() < 0.2:
        flat = R.randint(1, 30)
    return n, street, flat


def typed_address(n, street, flat, us=False):
    if flat is None:
        return "%d %s" % (n, street)
    if us:
        return "%d %s Apt %d" % (n, street, flat)
    return R.choice(["Flat %d, %d %s", "flat %d %d %s", "%d/%d %s"]) % (flat, n, street)


def spoken_address(n, street, flat, us=False):
    s = street.lower()
    for ab, full in ((" rd", " road"), (" st", " street"), (" ave", " avenue"), (" blvd", " boulevard")):
        if s.endswith(ab):
            s = s[:-len(ab)] + full
    num = num_words(n) if R.random() < 0.6 else say_digits(str(n), pairs=0.5)
    if flat is None:
        return "%s %s" % (num, s)
    if us:
        return "%s %s apartment %s" % (num, s, num_words(flat))
    return "flat %s %s %s" % (num_words(flat), num, s)


def spoken_email(e):
    local, dom = e.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._]", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok.isdigit():
            parts.append(" ".join(UNITS[int(c)] for c in tok))
        elif len(tok) <= 2 or R.random() < 0.2:
            parts.append(" ".join(tok))
        else:
            parts.append(tok)
    d = " dot ".join(dom.split("."))
    return " ".join(parts) + " at " + d


INDUSTRY = {
    "banking": ["Thanks for calling Harbour Bank", "You're through to Northgate Building Society"],
    "telecom": ["Welcome to Volt Mobile support", "Thanks for contacting Skyline Broadband"],
    "utilities": ["Brightwater Energy, how can I help", "You're through to Anglian Gas billing"],
    "retail": ["Hi, you're chatting with Mason & Pike customer care", "Thanks for shopping with Kestrel Home"],
    "insurance": ["Lakeside Insurance claims line", "Thanks for calling Shield Direct motor cover"],
    "travel": ["Aerlink reservations, how can I help", "Thanks for calling Northstar Rail bookings"],
    "healthcare": ["St. Brendan's patient billing office", "Mercy Health billing, this call is recorded"],
    "government": ["HM Revenue helpline", "Department of Social Protection, good morning"],
}


def intro(ind):
    return R.choice(INDUSTRY[ind])


def backchannel():
    return R.choice(BACK)


# --------------------------------------------------------------------------
# positive scenarios
def pos_card_chat():
    ind = R.choice(["retail", "telecom", "travel", "utilities", "insurance"])
    card = gen_card()
    c = Case("typed chat: card number with label, %s" % ind)
    g = c.val("CARD_NUMBER", card)
    c.a(intro(ind) + ". How would you like to pay today?")
    lead = R.choice(["card no: ", "Card number is ", "here u go ", "cc# ", "CARD: ", "its ", "pay with ", "long number - "])
    tail = R.choice(["", " thx", " (visa)", " pls", "  ", " - is that ok?"])
    segs = [lead, (g, typed_card(card)), tail]
    if R.random() < 0.6:
        e = gen_expiry()
        ge = c.val("EXPIRY", e)
        segs += [R.choice([" exp ", ", expiry ", " valid thru ", " exp. date "]), (ge, typed_expiry(e))]
    if R.random() < 0.5:
        v = rdig(4 if len(card) == 15 else 3)
        gv = c.val("CVV", v)
        segs += [R.choice([" cvv ", ", sec code ", " CVC: ", " security no "]), (gv, v)]
    c.c(*segs)
    amt = "%d.%02d" % (R.randint(5, 900), R.randint(0, 99))
    c.a("Thanks, I've taken the payment of %s%s. Your reference is %s." % (R.choice(["£", "$", "€"]), amt, rdig(8)))
    return c


def pos_card_asr_split():
    ind = R.choice(["banking", "telecom", "utilities", "insurance", "travel", "healthcare", "retail"])
    card = gen_card()
    zero = R.choice(ZERO_WORDS)
    c = Case("ASR: card read over several turns with back-channels, %s" % ind)
    c.a(R.choice(["and can i take the long number on the front of the card please",
                  "okay whenever you're ready the sixteen digit number",
                  "go ahead with the card number",
                  "right so the card number please"]))
    size = 4 if len(card) != 15 else 5
    grp = chunks(card, [size] * 5)
    g = c.val("CARD_NUMBER", card)
    filler = 0.15 if R.random() < 0.5 else 0.0
    for k, piece in enumerate(grp):
        words = say_digits(piece, zero=zero, filler=filler)
        pre = R.choice(["", "", "it's ", "um ", "okay "]) if k == 0 else R.choice(["", "", "then ", "and "])
        post = R.choice(["", "", " yeah", ""])
        if k == 1 and R.random() < 0.25:
            # aside in the middle of the reading
            half = max(1, len(piece) // 2)
            c.c(pre, (g, say_digits(piece[:half], zero=zero)),
                R.choice([" sorry the dog's going mad ", " hang on let me get my glasses ", " sorry one second "]),
                (g, say_digits(piece[half:], zero=zero)), post)
        else:
            c.c(pre, (g, words), post)
        if k < len(grp) - 1:
            c.a(backchannel())
    if R.random() < 0.55:
        g2 = c.val("CARD_NUMBER", card)
        c.a(R.choice(["let me just read that back ", "so that's ", "okay i have "]),
            (g2, " ".join(say_digits(p, zero=zero, pairs=0.1, hundreds=0.0) for p in grp)), " is that right")
        c.c(R.choice(["yes", "yep that's it", "correct"]))
    if R.random() < 0.5:
        e = gen_expiry()
        ge = c.val("EXPIRY", e)
        c.a("and the expiry date")
        c.c(R.choice(["", "it's ", "er "]), (ge, spoken_expiry(e)))
    if R.random() < 0.45:
        v = rdig(4 if len(card) == 15 else 3)
        gv = c.val("CVV", v)
        c.a("and the three digits on the back")
        c.c(R.choice(["", "that's ", "um "]), (gv, say_digits(v, zero=zero, pairs=0.2)))
    return c


def pos_card_restart():
    ind = R.choice(["telecom", "utilities", "retail", "insurance"])
    card = gen_card()
    zero = R.choice(ZERO_WORDS)
    c = Case("ASR: card reading restarted after a slip, %s" % ind)
    c.a("okay can i take the card number")
    k = R.randint(3, 6)
    gp = c.val("CARD_NUMBER", card[:k], partial=True)
    gf = c.val("CARD_NUMBER", card)
    c.c("yeah it's ", (gp, say_digits(card[:k], zero=zero)),
        R.choice([" no wait sorry that's the old card let me start again ", " sorry i lost my place ",
                  " hang on hang on from the top "]),
        (gf, say_digits(card, zero=zero, filler=0.08)))
    c.a(R.choice(["no problem", "thank you", "lovely thanks"]) + " and is that a visa or mastercard")
    c.c(R.choice(["visa", "mastercard i think", "it's a debit card"]))
    return c


def pos_card_corrected_readback():
    card = gen_card()
    zero = R.choice(ZERO_WORDS)
    c = Case("ASR: agent read-back with a corrected group")
    c.a("what's the card number")
    g = c.val("CARD_NUMBER", card)
    c.c((g, say_digits(card, zero=zero)))
    wrong = list(card[-4:])
    wrong[1] = str((int(wrong[1]) + 3) % 10)
    # the agent mis-hears the last group; the read-back is still a card reading and is labelled
    g2 = c.val("CARD_NUMBER", card[:-4] + "".join(wrong), partial=True)
    c.groups[g2]["misread"] = True
    c.a("so that's ", (g2, say_digits(card[:-4], zero=zero, pairs=0.1, hundreds=0.0) + " " + say_digits("".join(wrong), zero=zero, hundreds=0.0)))
    g3 = c.val("CARD_NUMBER", card[-4:])
    # the corrected last group alone; card was read in full in this case so it is labelled
    c.groups[g3]["partial"] = True
    c.groups[g3]["suffix"] = True
    c.c("no the last bit is ", (g3, say_digits(card[-4:], zero=zero)))
    c.a("apologies, got it now")
    return c


def pos_ssn():
    ind = R.choice(["healthcare", "government", "insurance", "banking", "telecom"])
    ssn = gen_ssn()
    c = Case("SSN %s, %s" % ("typed", ind))
    g = c.val("SSN", ssn)
    us_intro = {"healthcare": "Mercy Health billing, this call is recorded",
                "government": "Social Security Administration online help",
                "insurance": "Thanks for contacting Lone Star Auto Insurance",
                "banking": "Welcome to Cascade Federal Credit Union chat",
                "telecom": "Thanks for chatting with Liberty Wireless"}[ind]
    c.a(us_intro + ". To verify, I need your social security number.")
    fmt = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s - %s - %s", "%s.%s.%s"])
    lead = R.choice(["SSN: ", "ss# ", "social is ", "my SSN is ", "ssn ", "Social Security No. "])
    c.c(lead, (g, fmt % (ssn[:3], ssn[3:5], ssn[5:])), R.choice(["", ".", " and my zip is"]))
    if c.turns[-1]["text"].endswith("zip is"):
        z = gen_zip()
        gz = c.val("POSTCODE", z)
        c.c((gz, z if len(z) == 5 else z[:5] + "-" + z[5:]))
    c.a("Thank you, your account is verified. Balance due is $%d.%02d." % (R.randint(10, 3000), R.randint(0, 99)))
    return c


def pos_ssn_asr():
    ind = R.choice(["healthcare", "government", "insurance", "banking"])
    ssn = gen_ssn()
    zero = R.choice(ZERO_WORDS)
    c = Case("ASR: SSN spoken, possibly split, %s" % ind)
    c.a(R.choice(["can i get your social please", "and the last... actually i'll need the full social security number",
                  "for security what's your social"]))
    parts = [ssn[:3], ssn[3:5], ssn[5:]]
    g = c.val("SSN", ssn)
    if R.random() < 0.5:
        c.c(R.choice(["", "sure it's ", "um yeah ", "okay "]),
            (g, " ".join(say_digits(p, zero=zero, filler=0.1) for p in parts)))
    else:
        for k, p in enumerate(parts):
            c.c(R.choice(["", "", "uh "]) if k == 0 else "", (g, say_digits(p, zero=zero, pairs=0.3)))
            if k < 2:
                c.a(backchannel())
    if R.random() < 0.5:
        g2 = c.val("SSN", ssn)
        c.a("thank you, so ", (g2, say_digits(ssn, zero=zero, pairs=0.0, hundreds=0.0)), " correct")
        c.c("that's right")
    if R.random() < 0.4:
        d = gen_dob()
        gd = c.val("DOB", d.isoformat())
        c.a("and your date of birth")
        c.c((gd, spoken_dob(d, filler=0.2)))
    return c


def pos_ni():
    ind = R.choice(["government", "banking", "insurance", "utilities"])
    ni = gen_ni()
    c = Case("UK NI number typed, %s" % ind)
    g = c.val("NI_NUMBER", ni)
    c.a(intro(ind) + ". Could you confirm your National Insurance number?")
    st = R.randint(0, 4)
    txt = [ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
           ni[:2] + " " + ni[2:8] + " " + ni[8], ni[:2].lower() + ni[2:8] + ni[8].upper()][st]
    lead = R.choice(["NI no: ", "its ", "NINO ", "national insurance: ", "", "ni number is "])
    c.c(lead, (g, txt), R.choice(["", " thanks", "."]))
    c.a("Thanks, that matches our records.")
    return c


def pos_ni_asr():
    ni = gen_ni()
    zero = R.choice(ZERO_WORDS)
    c = Case("ASR: NI number read with letters/NATO, maybe split")
    c.a(R.choice(["and your national insurance number please", "can you give me your n i number",
                  "i just need your national insurance number"]))
    g = c.val("NI_NUMBER", ni)
    letters = say_letter(ni[0], 0.5) + " " + say_letter(ni[1], 0.5)
    if ni[0] == ni[1] and R.random() < 0.6:
        letters = "double " + ni[0].lower()
    digits = say_digits(ni[2:8], zero=zero, pairs=0.35, filler=0.1)
    suf = say_letter(ni[8], 0.5)
    if R.random() < 0.5:
        c.c(R.choice(["yeah it's ", "", "okay ", "erm "]), (g, letters + " " + digits + " " + suf))
    else:
        c.c(R.choice(["", "right "]), (g, letters))
        c.a(backchannel())
        c.c((g, digits))
        c.a(R.choice(["and the letter at the end", "and the last letter", "mhm"]))
        c.c((g, suf))
    if R.random() < 0.5:
        g2 = c.val("NI_NUMBER", ni)
        c.a("so i've got ", (g2, say_alnum(ni, nato=0.3, zero=zero)))
        c.c("yes")
    return c


def pos_bank_uk():
    ind = R.choice(["banking", "utilities", "insurance", "government"])
    sc, acct = rdig(6), rdig(8)
    c = Case("UK sort code and account number, %s" % ind)
    gs, ga = c.val("SORT_CODE", sc), c.val("BANK_ACCOUNT", acct)
    if R.random() < 0.5:
        c.a(intro(ind) + ". Which account should the direct debit come from?")
        scf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        c.c(R.choice(["sort code ", "S/C: ", "sortcode "]), (gs, scf),
            R.choice([" acct no: ", ", account ", " a/c ", " account number "]), (ga, acct))
    else:
        zero = R.choice(ZERO_WORDS)
        c.a("what's the sort code")
        c.c(R.choice(["", "it's ", "um "]), (gs, ", ".join(say_digits(sc[k:k + 2], zero=zero, pairs=0.5, hundreds=0.0) for k in (0, 2, 4))))
        c.a("and the account number")
        if R.random() < 0.5:
            c.c((ga, say_digits(acct[:4], zero=zero)))
            c.a(backchannel())
            c.c((ga, say_digits(acct[4:], zero=zero)))
        else:
            c.c((ga, say_digits(acct, zero=zero, filler=0.1)))
        if R.random() < 0.5:
            g3 = c.val("SORT_CODE", sc)
            c.a("reading that back sort code ", (g3, say_digits(sc, zero=zero, pairs=0.4, hundreds=0.0)))
    c.a("The first collection of £%d.%02d will be on the %s." % (R.randint(20, 200), R.randint(0, 99), ORD[R.randint(1, 28)]))
    return c


def pos_bank_us():
    acct = rdig(R.choice([9, 10, 12]))
    c = Case("US bank account number typed with label, routing number not labelled")
    ga = c.val("BANK_ACCOUNT", acct)
    c.a("For autopay, please provide your checking account number.")
    c.c(R.choice(["acct no: ", "Account #", "checking acct ", "account number is "]), (ga, acct),
        R.choice(["", " (checking)", " thanks"]))
    c.a("Thanks. Your first autopay of $%d.%02d runs on the 15th." % (R.randint(20, 400), R.randint(0, 99)))
    return c


def fmt_iban(ib):
    st = R.randint(0, 3)
    if st == 0:
        return " ".join(chunks(ib, [4] * 8))
    if st == 1:
        return ib
    if st == 2:
        return ib.lower()
    return " ".join(chunks(ib, [4] * 8)).lower()


def pos_iban():
    ib = gen_iban()
    c = Case("IBAN %s" % ib[:2])
    g = c.val("IBAN", ib)
    c.a(R.choice(["Please send the IBAN for the refund.", "Which account should we pay the claim into?"]))
    if R.random() < 0.55:
        c.c(R.choice(["IBAN: ", "iban ", "my iban is ", "IBAN - "]), (g, fmt_iban(ib)), R.choice(["", " BIC to follow", " thanks"]))
    else:
        zero = R.choice(ZERO_WORDS)
        grp = chunks(ib, [4] * 8)
        if R.random() < 0.5:
            c.c("it's ", (g, say_alnum(ib, nato=0.25, zero=zero)))
        else:
            half = len(grp) // 2
            c.c("okay it's ", (g, " ".join(say_alnum(x, 0.25, zero) for x in grp[:half])))
            c.a(backchannel())
            c.c((g, " ".join(say_alnum(x, 0.25, zero) for x in grp[half:])))
    c.a("Thank you, the refund of €%d.%02d will arrive in 3-5 working days." % (R.randint(10, 900), R.randint(0, 99)))
    return c


def pos_phone():
    kind, p = gen_phone()
    c = Case("phone number %s" % kind)
    g = c.val("PHONE", p)
    if R.random() < 0.5:
        c.a("What's the best number to reach you on?")
        c.c(R.choice(["mob: ", "Tel ", "call me on ", "", "phone no. ", "Cell: "]), (g, typed_phone(kind, p)),
            R.choice(["", " after 6pm", " (work)", " ta"]))
    else:
        c.a(R.choice(["and a contact number", "is there a good number to call you back on", "what's your mobile"]))
        sp = spoken_phone(kind, p, filler=0.08)
        if R.random() < 0.35 and "," in sp:
            a1, a2 = sp.split(", ", 1)
            c.c(R.choice(["yeah it's ", ""]), (g, a1))
            c.a(backchannel())
            c.c((g, a2))
        else:
            c.c(R.choice(["yeah it's ", "", "it's um ", "sure "]), (g, sp))
        if R.random() < 0.4:
            g2 = c.val("PHONE", p)
            c.a("let me repeat that ", (g2, spoken_phone(kind, p)))
    c.a("We'll call between %d and %d%s." % (R.randint(8, 11), R.randint(1, 5), R.choice(["pm", " o'clock"])))
    return c


def pos_email():
    e = gen_email()
    c = Case("email address")
    g = c.val("EMAIL", e)
    if R.random() < 0.5:
        c.a("Can I get an email for the receipt?")
        shown = e if R.random() < 0.6 else e[0].upper() + e[1:]
        c.c(R.choice(["email: ", "it's ", "", "e-mail is ", "send to "]), (g, shown), R.choice(["", " thanks", "."]))
    else:
        c.a(R.choice(["and your email address", "what email should we use"]))
        c.c(R.choice(["yeah it's ", "", "um it's "]), (g, spoken_email(e)))
        if R.random() < 0.4:
            g2 = c.val("EMAIL", e)
            c.a("so that's ", (g2, spoken_email(e)))
    return c


def pos_dob():
    d = gen_dob()
    c = Case("date of birth")
    g = c.val("DOB", d.isoformat())
    ind = R.choice(list(INDUSTRY))
    c.a(intro(ind) + R.choice([". Can I take your date of birth?", ". For security, your DOB please."]))
    if R.random() < 0.5:
        c.c(R.choice(["DOB ", "dob: ", "born ", "its ", ""]), (g, typed_dob(d)))
    else:
        c.c(R.choice(["it's ", "", "um ", "yeah "]), (g, spoken_dob(d, filler=0.2)))
    c.a("Thank you. I can see your policy renewed on the %s of %s." % (ORD[R.randint(1, 28)], R.choice(MONTHS)))
    return c


def pos_address():
    us = R.random() < 0.4
    n, street, flat = gen_address(us)
    canon = "%s|%s" % (n, street)
    c = Case("address and %s" % ("ZIP" if us else "postcode"))
    ga = c.val("ADDRESS", canon)
    pc = gen_zip() if us else gen_uk_pc()
    gp = c.val("POSTCODE", pc)
    town = R.choice(["Springfield", "Austin", "Columbus"] if us else ["Leeds", "Bristol", "Cardiff", "Croydon", "York"])
    c.a(R.choice(["And the address on the account?", "Where should we send the replacement?"]))
    if R.random() < 0.5:
        pcf = (pc if len(pc) == 5 else pc[:5] + "-" + pc[5:]) if us else R.choice([fmt_uk_pc(pc), pc, fmt_uk_pc(pc).lower()])
        c.c((ga, typed_address(n, street, flat, us)), ", %s, " % town, (gp, pcf))
    else:
        sa = spoken_address(n, street, flat, us)
        c.c(R.choice(["it's ", "", "um "]), (ga, sa), " in %s" % town.lower())
        c.a("and the %s" % ("zip code" if us else "postcode"))
        pcs = say_digits(pc, pairs=0.3) if us else say_alnum(pc[:-3], 0.2) + " " + say_alnum(pc[-3:], 0.2)
        c.c((gp, pcs))
    return c


def pos_verify_mix():
    """Security questions: DOB + postcode + phone + last four (not PII) distractor."""
    ind = R.choice(["banking", "telecom", "utilities", "insurance"])
    c = Case("ASR: multi-item ID&V with a card last-four distractor, %s" % ind)
    d = gen_dob()
    gd = c.val("DOB", d.isoformat())
    pc = gen_uk_pc()
    gp = c.val("POSTCODE", pc)
    c.a("for security can i have your date of birth")
    c.c((gd, spoken_dob(d, filler=0.3)))
    c.a("and the first line of the address and postcode")
    n, street, flat = gen_address(False)
    ga = c.val("ADDRESS", "%s|%s" % (n, street))
    c.c((ga, spoken_address(n, street, flat)), ", ", (gp, say_alnum(pc[:-3], 0.3) + " " + say_alnum(pc[-3:], 0.3)))
    c.a("and i can see a card ending %s is that the one you're using today" % say_digits(rdig(4)))
    c.c("yes that's the one")
    return c


def pos_phone_email_chat():
    kind, p = gen_phone(R.choice(["uk_mob", "ie_intl", "us", "uk_mob_intl"]))
    e = gen_email()
    c = Case("typed contact-details update with ticket number distractor")
    gp, ge = c.val("PHONE", p), c.val("EMAIL", e)
    c.c("Hi, ticket #%s - please update my contact details. New mobile %s" % (rdig(7), ""), (gp, typed_phone(kind, p)),
        R.choice([" and email ", ", mail: ", " / "]), (ge, e.upper() if R.random() < 0.15 else e))
    c.a("Done! Your ticket %s is closed. Anything else?" % rdig(7))
    return c


POSITIVE = [(pos_card_chat, 30), (pos_card_asr_split, 32), (pos_card_restart, 8),
            (pos_card_corrected_readback, 6),
            (pos_ssn, 18), (pos_ssn_asr, 16), (pos_ni, 16), (pos_ni_asr, 16),
            (pos_bank_uk, 14), (pos_bank_us, 5), (pos_iban, 14), (pos_phone, 16), (pos_email, 12),
            (pos_dob, 12), (pos_address, 14), (pos_verify_mix, 8), (pos_phone_email_chat, 6)]


# --------------------------------------------------------------------------
# negatives
def neg_cases():
    out = []

    def n_order_digits():
        ref = gen_card() if R.random() < 0.5 else rdig(16)
        c = Case("16-digit order number (some Luhn-valid), labelled as order number")
        c.c("my order number is %s and it still hasn't arrived" % typed_card(ref).replace("o", "0"))
        c.a("Thanks, order %s shows as dispatched on %d %s." % (ref[-6:], R.randint(1, 28), R.choice(MONTHS).title()))
        return c

    def n_spoken_ref():
        ref = rdig(R.choice([12, 16]))
        c = Case("ASR: reference number read like a card, labelled reference")
        c.a("have you got the reference number from the letter")
        zero = R.choice(ZERO_WORDS)
        for k, p in enumerate(chunks(ref, [4] * 4)):
            c.c(("yeah the reference is " if k == 0 else "") + say_digits(p, zero=zero))
            if k < len(ref) // 4 - 1:
                c.a(backchannel())
        c.a("lovely that's brought up your claim")
        return c

    def n_amounts():
        c = Case("amounts, balances, percentages")
        c.a("Your balance is £%d.%02d and the minimum payment is £%d.%02d, APR %d.%d%%." % (
            R.randint(100, 9000), R.randint(0, 99), R.randint(5, 90), R.randint(0, 99), R.randint(9, 39), R.randint(0, 9)))
        c.c("ok can I pay %s%d on the %s" % (R.choice(["£", "$", "€"]), R.randint(50, 2000), ORD[R.randint(1, 28)]))
        return c

    def n_spoken_amount():
        c = Case("ASR: spoken amounts and durations")
        c.a("so the bill comes to %s pounds and %s pence and it's been %s days overdue" % (
            num_words(R.randint(100, 999)), two_words(R.randint(10, 99)), two_words(R.randint(2, 60))))
        c.c("right and if i pay %s now how long will it take" % num_words(R.randint(20, 400)))
        c.a("about %s to %s working days" % (two_words(R.randint(2, 3)), two_words(R.randint(4, 7))))
        return c

    def n_last4():
        c = Case("card last-four only (allowed by PCI DSS)")
        l4 = rdig(4)
        if R.random() < 0.5:
            c.a("I can see the card ending %s, expired?" % l4)
            c.c("no the one ending in %s please" % rdig(4))
        else:
            c.a("is that the card ending in %s" % say_digits(l4))
            c.c("yes ending %s" % say_digits(l4))
        return c

    def n_tracking():
        c = Case("tracking / invoice / serial numbers with labels")
        c.c("Tracking: %s%s%s, invoice INV-%s, serial no. %s" % (
            R.choice(["1Z", "JD", "RM"]), rdig(12), R.choice(["", "GB"]), rdig(7), rdig(4) + "-" + rdig(4) + "-" + rdig(4)))
        c.a("Thanks, the parcel left the depot at %d:%02d." % (R.randint(6, 20), R.randint(0, 59)))
        return c

    def n_meter():
        c = Case("ASR: meter reading and MPRN read digit by digit")
        c.a("can you read me the numbers on the meter")
        c.c("it says %s" % say_digits(rdig(5), filler=0.1))
        c.a("and the meter serial")
        c.c("%s %s" % (say_alnum(R.choice(["E", "G", "K"]) + rdig(2)), say_digits(rdig(6))))
        c.a("great that's %s kilowatt hours since the last read" % num_words(R.randint(100, 2000)))
        return c

    def n_travel():
        c = Case("flight, seat, gate, room, booking reference")
        fn = R.choice(["EI", "BA", "FR", "UA", "LH"]) + str(R.randint(10, 9999))
        c.c("Flight %s, seat %d%s, gate B%d, booking ref %s" % (fn, R.randint(1, 40), R.choice("ABCDEF"),
                                                             R.randint(1, 60), "".join(R.choice(PC_LET) for _ in range(6))))
        c.a("Your hotel room %d is booked for %d nights, check-in from %d pm." % (R.randint(100, 1299), R.randint(1, 9), R.randint(2, 4)))
        return c

    def n_policy():
        c = Case("ASR: policy and claim numbers spoken with labels")
        c.a("what's the policy number")
        c.c("policy number %s" % say_alnum("PL" + rdig(9), nato=0.4))
        c.a("and the claim number")
        c.c("claim %s" % say_digits(rdig(10)))
        return c

    def n_times_dates():
        c = Case("appointment dates, times, opening hours, years")
        c.a("We're open %d am to %d pm, Monday to Friday. Your appointment is on %d/%d/%d at %d:%02d." % (
            R.randint(7, 9), R.randint(5, 8), R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027), R.randint(8, 17), R.choice([0, 15, 30, 45])))
        c.c("great, my contract started in %d and ends %s %d" % (R.randint(2015, 2024), R.choice(MONTHS), R.randint(2025, 2029)))
        return c

    def n_spoken_dates():
        c = Case("ASR: payment/appointment dates said like a DOB")
        d = datetime.date(R.randint(2024, 2027), R.randint(1, 12), R.randint(1, 28))
        c.a("your next payment date is the %s of %s %s" % (ORD[d.day], MONTHS[d.month - 1], say_year(d.year)))
        c.c("and my contract ends %s" % say_digits("%02d%02d" % (R.randint(1, 28), R.randint(1, 12))) + " " + say_year(R.randint(2025, 2029)))
        return c

    def n_ages_temps():
        c = Case("ages, counts, temperatures, durations")
        c.c("I'm %d and my son is %d, we've been customers for %d years and had %d outages" % (
            R.randint(30, 80), R.randint(2, 17), R.randint(2, 25), R.randint(2, 12)))
        c.a("The boiler should keep it at %d degrees; the engineer needs about %d minutes." % (R.randint(18, 23), R.randint(30, 90)))
        return c

    def n_roads():
        c = Case("road names without house numbers, and road numbers")
        c.c("there are roadworks on %s %s by the A%d junction, is that why the fibre is down" % (
            R.choice(STREETS).title(), R.choice(UK_SUF), R.randint(1, 999)))
        c.a("Yes, the cabinet on %s %s was damaged; %d homes are affected." % (
            R.choice(STREETS).title(), R.choice(UK_SUF), R.randint(20, 900)))
        return c

    def n_long_account_id():
        c = Case("customer/membership/IMEI numbers with labels")
        c.c("customer ID %s, IMEI %s" % (rdig(10), rdig(15)))
        c.a("Thanks, model %s%d, firmware %d.%d.%d." % (R.choice(["SM-A", "XQ-", "KX-"]), R.randint(100, 999), R.randint(1, 9), R.randint(0, 20), R.randint(0, 9)))
        return c

    def n_asr_count():
        c = Case("ASR: counts and prices said digit-like (double/triple)")
        c.c("the quote said %s ninety nine a month for %s months" % (two_words(R.randint(20, 90)), two_words(R.randint(12, 36))))
        c.a("that's right and the setup fee is %s" % R.choice(["nil", "nothing", "zero pounds", "nought pounds"]))
        return c

    def n_ticket_spoken():
        c = Case("ASR: ticket number with NATO letters")
        c.a("do you have the ticket number")
        c.c("ticket %s" % say_alnum("".join(R.choice(PC_LET) for _ in range(2)) + rdig(8), nato=0.6))
        c.a("thanks i can see the engineer visit on %s" % R.choice(["monday", "thursday", "the twelfth"]))
        return c

    gens = [n_order_digits, n_spoken_ref, n_amounts, n_spoken_amount, n_last4, n_tracking, n_meter, n_travel,
            n_policy, n_times_dates, n_spoken_dates, n_ages_temps, n_roads, n_long_account_id, n_asr_count,
            n_ticket_spoken]
    for k in range(112):
        out.append(gens[k % len(gens)]())
    return out


# --------------------------------------------------------------------------
def build():
    R.seed(SEED)
    cases = []
    pos = []
    for fn, n in POSITIVE:
        for _ in range(n):
            pos.append(fn())
    R.shuffle(pos)
    neg = neg_cases()
    R.shuffle(neg)
    records = []
    for k, c in enumerate(pos, 1):
        records.append(("h342-pos-%03d" % k, "positive", c))
    for k, c in enumerate(neg, 1):
        records.append(("h342-neg-%03d" % k, "negative", c))
    lines = []
    for cid, kind, c in records:
        spans = [{"turn": t, "start": s, "end": e, "type": ty} for t, s, e, ty, _ in c.spans]
        lines.append(json.dumps({"id": cid, "kind": kind, "turns": c.turns, "spans": spans,
                                 "note": c.note}, ensure_ascii=False))
        cases.append((cid, kind, c))
    return "\n".join(lines) + "\n", cases


def check(data, cases):
    errs = []
    ids = set()
    counts = Counter()
    npos = nneg = 0
    for cid, kind, c in cases:
        if cid in ids:
            errs.append("dup id " + cid)
        ids.add(cid)
        if kind == "negative":
            nneg += 1
            if c.spans:
                errs.append(cid + ": negative with spans")
            continue
        npos += 1
        if not c.spans:
            errs.append(cid + ": positive without spans")
        by_turn = {}
        for t, s, e, ty, g in c.spans:
            text = c.turns[t]["text"]
            counts[ty] += 1
            if not (0 <= s < e <= len(text)):
                errs.append("%s: span out of range" % cid)
                continue
            first_ok = text[s].isalnum() or (ty == "PHONE" and text[s] in "+(")
            if not first_ok or not text[e - 1].isalnum():
                errs.append("%s: span edges not alnum %r" % (cid, text[s:e]))
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, text[s:e]))
            by_turn.setdefault(t, []).append((s, e))
            if not check_structural(ty, text[s:e]):
                errs.append("%s: %s structural check failed %r" % (cid, ty, text[s:e]))
        for t, lst in by_turn.items():
            lst.sort()
            for (s1, e1), (s2, e2) in zip(lst, lst[1:]):
                if s2 < e1:
                    errs.append("%s: overlapping spans" % cid)
        for gi, g in enumerate(c.groups):
            ty, canon = g["type"], g["canonical"]
            pieces = [c.turns[t]["text"][s:e] for t, s, e, _, gg in c.spans if gg == gi]
            if ty == "ADDRESS":
                continue
            if g["partial"]:
                # a partial reading: validate the digits it denotes against the full value
                got = "".join(normalise_span(ty, p) or "?" for p in pieces)
                full = None
                for other in c.groups:
                    if other["type"] == ty and not other["partial"]:
                        full = other["canonical"]
                ok = full is not None and got and (full.startswith(got) or (g.get("suffix") and full.endswith(got)))
                if g.get("misread"):
                    ok = full is not None and got == canon and len(got) == len(full) and got[:-4] == full[:-4]
                if not ok:
                    errs.append("%s: partial %s %r does not match full value" % (cid, ty, got))
                continue
            if not validate_canonical(ty, canon):
                errs.append("%s: canonical %s invalid: %s" % (cid, ty, canon))
            if ty in ("DOB", "EXPIRY"):
                continue
            if ty == "EMAIL":
                got = "".join(norm_email(p) for p in pieces)
                want = canon.lower()
                got = got.lower()
            else:
                ns = [normalise_span(ty, p) for p in pieces]
                got = None if any(x is None for x in ns) else "".join(ns)
                want = canon.upper()
            if got != want:
                errs.append("%s: %s normalised %r != %r from %r" % (cid, ty, got, want, pieces))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t, m in MINIMUMS.items():
        if counts[t] < m:
            errs.append("too few %s spans: %d < %d" % (t, counts[t], m))
    # re-parse the serialised file
    for line in data.splitlines():
        rec = json.loads(line)
        for sp in rec["spans"]:
            assert sp["type"] in TYPES
            assert rec["turns"][sp["turn"]]["speaker"] in ("customer", "agent")
    return errs, counts, npos, nneg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    data, cases = build()
    errs, counts, npos, nneg = check(data, cases)
    if args.check:
        if not os.path.exists(OUT):
            errs.append("missing " + OUT)
        else:
            with open(OUT, encoding="utf-8") as f:
                if f.read() != data:
                    errs.append("cases.jsonl is not byte-identical to a fresh generation")
        data2, _ = build()
        if data2 != data:
            errs.append("generation is not deterministic")
    else:
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="\n") as f:
            f.write(data)
    for e in errs[:50]:
        print("ERROR:", e)
    print("positive=%d negative=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    if errs:
        print("%d problems" % len(errs))
        return 1
    print("OK" + (" (--check passed)" if args.check else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

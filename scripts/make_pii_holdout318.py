#!/usr/bin/env python3
"""Generate the held-out PII evaluation set tests/fixtures/pii_holdout318/.

Written by an AI helper acting as an independent author (it did not see the
redaction code).  Standard library only; byte-for-byte reproducible.

    python scripts/make_pii_holdout318.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout318.py --check  # regenerate, compare, validate
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 318241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout318")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
N_POS = 176
N_NEG = 104
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu", "V": "victor"}
WORDY = {"A": "apple", "B": "bob", "C": "charlie", "D": "david", "E": "edward", "G": "george",
         "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mother", "N": "nelson",
         "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william", "X": "xmas",
         "Y": "yellow", "Z": "zebra"}


class V:
    """A labelled value segment."""
    def __init__(self, text, typ, group):
        self.text, self.typ, self.group = text, typ, group


# ----------------------------------------------------------------------------- spoken forms
def zero_word(rng, region):
    if region == "US":
        return rng.choice(["zero", "zero", "oh"])
    return rng.choice(["oh", "oh", "zero", "nought", "o"])


HOMO = {"2": "to", "4": "for", "8": "ate"}


def say_digits(s, rng, region="UK", pairs=0.0, doubles=0.5, fill=0.0, homo=0.0):
    """Spell a digit string the way a caller says it / an ASR writes it."""
    out = []
    i = 0
    n = len(s)
    while i < n:
        d = s[i]
        if i + 2 < n and s[i + 1] == d and s[i + 2] == d and rng.random() < doubles:
            w = zero_word(rng, region) if d == "0" else DW[int(d)]
            out.append("triple " + w)
            i += 3
        elif i + 1 < n and s[i + 1] == d and rng.random() < doubles:
            w = zero_word(rng, region) if d == "0" else DW[int(d)]
            out.append("double " + w)
            i += 2
        elif (i + 1 < n and d != "0" and rng.random() < pairs
              and not (s[i + 1] == "0" and i + 2 < n)):
            a, b = int(d), int(s[i + 1])
            if a == 1:
                out.append(TEENS[b])
            else:
                out.append(TENS[a] + ("" if b == 0 else " " + DW[b]))
            i += 2
        else:
            if d in HOMO and homo and rng.random() < homo:
                out.append(HOMO[d])
            else:
                out.append(zero_word(rng, region) if d == "0" else DW[int(d)])
            i += 1
        if fill and i < n and rng.random() < fill:
            out.append(rng.choice(["um", "uh", "er"]))
    return " ".join(out)


def say_letter(ch, rng, mode=None):
    mode = mode or rng.choice(["plain", "plain", "nato", "wordy"])
    low = ch.lower()
    if ch == "O":
        return "o for " + rng.choice(["oscar", "orange", "oliver"])
    if mode == "nato" and ch in NATO:
        return "%s for %s" % (low, NATO[ch])
    if mode == "wordy" and ch in WORDY:
        return "%s for %s" % (low, WORDY[ch])
    return low


def say_alnum(s, rng, region="UK", mode=None):
    """letters spelled, digits said one by one (no pairs)."""
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(say_digits(s[i:j], rng, region, pairs=0.0, doubles=0.3))
            i = j
        elif ch == " ":
            i += 1
        else:
            out.append(say_letter(ch, rng, mode))
            i += 1
    return " ".join(out)


def say_number(n):
    """Cardinal words for 0..999 (used for house numbers and non-PII amounts)."""
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + DW[n % 10])
    if n >= 1000:
        th, rest = divmod(n, 1000)
        return say_number(th) + " thousand" + ("" if rest == 0 else (" and " if rest < 100 else " ") + say_number(rest))
    rest = n % 100
    return DW[n // 100] + " hundred" + ("" if rest == 0 else " and " + say_number(rest))


def say_year(y):
    if 2000 <= y <= 2009:
        return "two thousand and " + DW[y - 2000] if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    lo_w = ("oh " + DW[lo]) if lo < 10 else say_number(lo)
    return say_number(hi) + " " + lo_w


# ----------------------------------------------------------------------------- normaliser
WORD_DIGIT = {w: str(i) for i, w in enumerate(DW)}
WORD_DIGIT.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
TEEN_D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_D = {w: str(i) for i, w in enumerate(TENS) if w}
CORR = {"sorry", "no", "mean", "wait"}


def normalise(text, letters=False):
    """Spoken/typed span text -> uppercase alnum string.  Supports 'double x',
    'triple x', pairs ('forty one'), letters ('b for bravo') and one trailing
    self-correction ('... four five sorry four six' replaces the last digits)."""
    if re.search(r"[0-9]", text):
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = [t for t in re.split(r"[\s,.\-/()+:]+", text.lower()) if t]
    out, after = [], None
    i = 0
    while i < len(toks):
        t = toks[i]
        emit = None
        if t in CORR:
            if after is None:
                after = []
            i += 1
            continue
        if t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in WORD_DIGIT:
            emit = WORD_DIGIT[toks[i + 1]] * (2 if t == "double" else 3)
            i += 2
        elif t in TEEN_D:
            emit = TEEN_D[t]
            i += 1
        elif t in TENS_D:
            if i + 1 < len(toks) and toks[i + 1] in WORD_DIGIT and toks[i + 1] not in ("oh", "o", "nought", "zero"):
                emit = TENS_D[t] + WORD_DIGIT[toks[i + 1]]
                i += 2
            else:
                emit = TENS_D[t] + "0"
                i += 1
        elif letters and len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] == "for":
            emit = t.upper()
            i += 3
        elif t in WORD_DIGIT:
            emit = WORD_DIGIT[t]
            i += 1
        elif not letters and t in ("to", "too", "for", "ate"):
            emit = {"to": "2", "too": "2", "for": "4", "ate": "8"}[t]
            i += 1
        elif letters and len(t) == 1 and t.isalpha():
            emit = t.upper()
            if i + 2 < len(toks) and toks[i + 1] == "for":
                i += 3
            else:
                i += 1
        else:
            i += 1
        if emit:
            (after if after is not None else out).append(emit)
    a = "".join(out)
    if after is not None:
        b = "".join(after)
        a = a[:len(a) - len(b)] + b
    return a


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


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
STREET = re.compile(r"\b(road|rd|street|st|avenue|ave|lane|ln|drive|dr|close|way|crescent|terrace|"
                    r"place|court|boulevard|blvd|grove|park|gardens|square|hill|row|walk|"
                    r"parkway|circle|view)\b", re.I)


def validate(typ, texts):
    """texts: span texts of one logical value, in order.  Returns error or None."""
    joined = " ".join(texts)
    if typ == "EMAIL":
        t = joined.strip()
        if "@" not in t:
            t = re.sub(r"\s+at\s+", "@", " " + t + " ")
            t = re.sub(r"\s+dot\s+", ".", t)
            t = re.sub(r"\s+(underscore)\s+", "_", t)
            t = re.sub(r"\s+(dash|hyphen)\s+", "-", t)
            t = t.replace(" ", "")
        return None if re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", t) else "bad email %r" % t
    if typ == "ADDRESS":
        if not STREET.search(joined):
            return "no street word"
        if not (re.search(r"\d", joined) or re.search(r"\b(%s)\b" % "|".join(DW[1:] + TEENS + TENS[2:]), joined)):
            return "no house number"
        return None
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    n = "".join(normalise(t, letters) for t in texts)
    if typ == "CARD_NUMBER":
        return None if n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n) else "bad card %s" % n
    if typ == "CVV":
        return None if n.isdigit() and len(n) in (3, 4) else "bad cvv %s" % n
    if typ == "SSN":
        return None if n.isdigit() and len(n) == 9 else "bad ssn %s" % n
    if typ == "NI_NUMBER":
        return None if re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", n) else "bad ni %s" % n
    if typ == "SORT_CODE":
        return None if n.isdigit() and len(n) == 6 else "bad sort %s" % n
    if typ == "BANK_ACCOUNT":
        return None if n.isdigit() and 8 <= len(n) <= 12 else "bad acct %s" % n
    if typ == "IBAN":
        return None if iban_ok(n) else "bad iban %s" % n
    if typ == "PHONE":
        return None if n.isdigit() and 10 <= len(n) <= 13 else "bad phone %s" % n
    if typ == "POSTCODE":
        return None if (UK_PC.match(n) or re.fullmatch(r"\d{5}(\d{4})?", n)) else "bad postcode %s" % n
    if typ == "EXPIRY":
        low = joined.lower()
        dg = re.sub(r"\D", "", n)
        has_month = any(re.search(r"\b%s" % m[:3], low) for m in MONTHS)
        if has_month and len(dg) in (2, 4):
            return None
        if len(dg) == 3 and 1 <= int(dg[0]) <= 9:
            return None
        if len(dg) in (4, 6) and 1 <= int(dg[:2]) <= 12:
            return None
        return "bad expiry %r/%s" % (joined, n)
    if typ == "DOB":
        low = joined.lower()
        dg = re.sub(r"\D", "", n)
        has_month = any(m in low for m in MONTHS)
        if has_month and 2 <= len(dg) <= 6:
            return None
        if not has_month and 5 <= len(dg) <= 8:
            return None
        return "bad dob %r/%s" % (joined, n)
    return "unknown type"


# ----------------------------------------------------------------------------- value makers
def luhn_complete(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def make_card(rng):
    kind = rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "mc2"])
    if kind == "visa":
        p, L = "4" + str(rng.randint(0, 9)), 16
    elif kind == "mc":
        p, L = str(rng.randint(51, 55)), 16
    elif kind == "mc2":
        p, L = str(rng.randint(2221, 2720)), 16
    elif kind == "amex":
        p, L = rng.choice(["34", "37"]), 15
    else:
        p, L = "6011", 16
    body = p + "".join(str(rng.randint(0, 9)) for _ in range(L - 1 - len(p)))
    return luhn_complete(body)


def group_card(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(rng):
    while True:
        p = rng.choice(NI1) + rng.choice(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


def digits(rng, n, first_nonzero=False):
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def make_iban(rng, country):
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "MIDL", "HBUK", "LLYD"]) + digits(rng, 14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + digits(rng, 14)
    elif country == "DE":
        bban = digits(rng, 18)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABN"]) + digits(rng, 10)
    elif country == "ES":
        bban = digits(rng, 20)
    else:  # FR
        bban = digits(rng, 23)
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    ck = 98 - int(num) % 97
    return "%s%02d%s" % (country, ck, bban)


def make_phone(rng, country):
    if country == "UK":
        if rng.random() < 0.6:
            return "07" + str(rng.choice([4, 5, 7, 8, 9])) + digits(rng, 8), "mobile"
        return rng.choice(["0161", "0113", "0117", "0121", "0131", "0141", "0191", "0118"]) + digits(rng, 7, True), "landline"
    if country == "IE":
        return "08" + rng.choice("35679") + digits(rng, 7, True), "mobile"
    return str(rng.randint(2, 9)) + digits(rng, 2) + str(rng.randint(2, 9)) + digits(rng, 6), "us"


FIRST = ["james", "sarah", "aoife", "liam", "priya", "tom", "megan", "conor", "fatima", "dave",
         "chloe", "marcus", "niamh", "raj", "emily", "sean", "olga", "kev", "hannah", "luis"]
LAST = ["walsh", "patel", "okafor", "murphy", "smith", "kowalski", "brennan", "hughes",
        "nguyen", "garcia", "obrien", "fitzgerald", "khan", "taylor", "doyle", "reyes"]
DOMAINS_UK = ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "outlook.com", "icloud.com"]
DOMAINS_US = ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "comcast.net", "icloud.com"]
DOMAINS_IE = ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie"]


def make_email(rng, country):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randint(0, 4)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + str(rng.randint(1, 99))
    elif style == 2:
        local = f + "_" + l
    elif style == 3:
        local = f + l[0] + str(rng.randint(1960, 2005))
    else:
        local = l + "." + f[0]
    doms = {"UK": DOMAINS_UK, "US": DOMAINS_US, "IE": DOMAINS_IE}.get(country, DOMAINS_UK)
    return local + "@" + rng.choice(doms)


def say_email(e, rng):
    local, dom = e.split("@")
    def part(s):
        toks = []
        for chunk in re.split(r"([._-])", s):
            if chunk == ".":
                toks.append("dot")
            elif chunk == "_":
                toks.append("underscore")
            elif chunk == "-":
                toks.append("dash")
            elif chunk.isdigit():
                toks.append(" ".join(DW[int(c)] for c in chunk))
            elif chunk:
                m = re.match(r"([a-z]+)(\d+)$", chunk)
                if m:
                    toks.append(m.group(1) + " " + " ".join(DW[int(c)] for c in m.group(2)))
                else:
                    toks.append(chunk)
        return " ".join(toks)
    return part(local) + " at " + part(dom)


UK_AREAS = ["M", "B", "L", "G", "E", "N", "S", "LS", "BS", "CF", "EH", "NE", "SW", "SE", "NW",
            "RG", "OX", "CB", "PO", "BT", "KT", "TW", "HP", "NG", "DE", "LE", "CV", "PL", "EX"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def make_postcode(rng, country):
    if country == "US":
        z = digits(rng, 5, True)
        return z + ("-" + digits(rng, 4) if rng.random() < 0.2 else "")
    a = rng.choice(UK_AREAS)
    out = a + str(rng.randint(1, 9))
    if rng.random() < 0.35:
        out += str(rng.randint(0, 9))
    return out + " " + str(rng.randint(1, 9)) + rng.choice(INWARD) + rng.choice(INWARD)


STREETS = ["Harcourt", "Oakfield", "Station", "Church", "Mill", "Victoria", "Elm", "Maple",
           "Kingsway", "Orchard", "Meadow", "Beech", "Highfield", "Cedar", "Willow", "Park View",
           "Sycamore", "Lincoln", "Jefferson", "Lakeshore", "Riverside", "Clonskeagh", "Grange"]
SUFFIX_UK = ["Road", "Street", "Avenue", "Lane", "Close", "Drive", "Crescent", "Terrace", "Grove", "Way"]
SUFFIX_US = ["Street", "Avenue", "Drive", "Boulevard", "Lane", "Court", "Way", "Parkway"]


def make_address(rng, country):
    n = rng.randint(1, 240) if country != "US" else rng.randint(10, 9800)
    suf = rng.choice(SUFFIX_US if country == "US" else SUFFIX_UK)
    return n, rng.choice(STREETS), suf


def say_house(n, rng):
    if n < 100:
        return say_number(n)
    if n < 1000:
        if rng.random() < 0.5:
            return DW[n // 100] + " " + (say_number(n % 100) if n % 100 >= 10 else "oh " + DW[n % 100])
        return say_number(n)
    hi, lo = divmod(n, 100)
    return say_number(hi) + " " + (say_number(lo) if lo >= 10 else "oh " + DW[lo])


# ----------------------------------------------------------------------------- case builder
class Case:
    def __init__(self, rng, channel, country, industry):
        self.rng, self.channel, self.country, self.industry = rng, channel, country, industry
        self.turns = []
        self.gid = 0
        self.tags = []

    @property
    def call(self):
        return self.channel == "call"

    @property
    def region(self):
        return "US" if self.country == "US" else "UK"

    def new_group(self):
        self.gid += 1
        return self.gid

    def a(self, *parts):
        self.turns.append(("agent", list(parts)))

    def c(self, *parts):
        self.turns.append(("customer", list(parts)))

    def build(self):
        turns, spans, groups = [], [], []
        merged = []
        for spk, parts in self.turns:
            # in a call the other side back-channels between two statements by the same speaker
            if self.call and merged and merged[-1][0] == spk:
                other = "customer" if spk == "agent" else "agent"
                fills = (["okay", "yeah", "mhm", "right okay", "sure", "yep go ahead"] if other == "customer"
                         else ["mhm", "okay", "right", "i see", "okay yeah"])
                merged.append((other, [self.rng.choice(fills)]))
            merged.append((spk, list(parts)))
        for ti, (spk, parts) in enumerate(merged):
            text = ""
            for p in parts:
                if isinstance(p, V):
                    s = len(text)
                    text += p.text
                    spans.append({"turn": ti, "start": s, "end": len(text), "type": p.typ})
                    groups.append(p.group)
                else:
                    text += p
            if not self.call:
                pass
            turns.append({"speaker": spk, "text": text})
        return turns, spans, groups


def v(case, text, typ, group=None):
    return V(text, typ, group if group is not None else case.new_group())


# ---- non-PII numbers -------------------------------------------------------------------------
def money(case, lo=5, hi=400):
    r = case.rng
    units = r.randint(lo, hi)
    pence = r.choice([0, 0, 50, 99, r.randint(1, 99)])
    cur = {"US": ("$", "dollars", "cents"), "IE": ("€", "euro", "cent"), "EU": ("€", "euro", "cent")}.get(
        case.country, ("£", "pounds", "pence"))
    if not case.call:
        return "%s%d.%02d" % (cur[0], units, pence) if pence else "%s%d" % (cur[0], units)
    w = say_number(units) + " " + cur[1]
    if pence:
        w += " " + say_number(pence) if r.random() < 0.5 else " and " + say_number(pence) + " " + cur[2]
    return w


def a_date(case):
    r = case.rng
    d, m = r.randint(1, 28), r.randint(1, 12)
    if not case.call:
        return r.choice(["%d/%d/2026" % (d, m) if case.country != "US" else "%d/%d/2026" % (m, d),
                         "%d %s" % (d, MONTHS[m - 1].capitalize()), "%s %d" % (MONTHS[m - 1].capitalize(), d)])
    return r.choice(["the %s of %s" % (ORD[d], MONTHS[m - 1]), "%s %s" % (MONTHS[m - 1], ORD[d])])


def a_ref(case, word=None):
    r = case.rng
    word = word or r.choice(["reference", "order number", "ticket number", "case number", "claim number",
                             "invoice number", "booking reference"])
    n = digits(r, r.randint(5, 8), True)
    if case.call:
        return word + " " + say_digits(n, r, case.region, pairs=0.3)
    if r.random() < 0.3:
        return word + " " + r.choice(["INV", "CS", "ORD", "TKT"]) + "-" + n
    return word + " " + n


def a_time(case):
    r = case.rng
    h = r.randint(8, 18)
    if case.call:
        return r.choice(["half %s" % say_number(h if h <= 12 else h - 12), "%s o'clock" % say_number(h if h <= 12 else h - 12),
                         "%s thirty" % say_number(h if h <= 12 else h - 12), "quarter past %s" % say_number(h if h <= 12 else h - 12)])
    return r.choice(["%d:%02d" % (h, r.choice([0, 15, 30, 45])), "%dpm" % (h - 12) if h > 12 else "%dam" % h])


INDUSTRY_ISSUE = {
    "banking": [("i've got a payment i don't recognise of {m} on {d}", "there's a transaction for {m} on {d} i didn't make"),
                ("my direct debit of {m} bounced on {d}", "my standing order of {m} didn't go out on {d}")],
    "telecom": [("my bill went up to {m} this month", "my broadband has been dropping since {d}"),
                ("i was charged {m} for roaming", "the engineer was meant to come on {d}")],
    "utilities": [("my last bill was {m} which is way too high", "you've estimated my reading since {d}"),
                  ("my direct debit jumped to {m}", "the meter was swapped on {d}")],
    "retail": [("i returned a jacket on {d} and haven't had the {m} back", "my parcel was due on {d}"),
               ("i was charged {m} twice", "the sofa delivery slot on {d} was missed")],
    "insurance": [("my renewal quote came through at {m}", "i had a small accident on {d}"),
                  ("i want to make a claim for about {m}", "my policy renews on {d}")],
    "travel": [("my flight on {d} was cancelled", "i paid {m} for seat upgrades that didn't happen"),
               ("i need to change my hotel booking for {d}", "there's a {m} charge for baggage")],
    "healthcare billing": [("i got a bill for {m} for a visit on {d}", "my insurance should've covered the {m}"),
                           ("i've been billed {m} for a scan", "the appointment was on {d}")],
    "government services": [("i applied on {d} and haven't heard back", "i was told there'd be a {m} fee"),
                            ("my payment of {m} was due on {d}", "i'm trying to update my details since i moved on {d}")],
}
COUNTRY_IND = {
    "UK": ["banking", "telecom", "utilities", "retail", "insurance", "travel", "government services"],
    "US": ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"],
    "IE": ["banking", "telecom", "utilities", "retail", "insurance", "travel"],
    "EU": ["banking", "travel", "retail", "telecom"],
}


def opening(case):
    r = case.rng
    ind = case.industry
    if case.call:
        case.a(r.choice(["thank you for calling", "good morning you're through to", "hi there thanks for holding this is"]),
               " ", r.choice(["customer services", "the %s team" % ind, "accounts"]), " how can i help")
        a, b = r.choice(INDUSTRY_ISSUE[ind])
        case.c(r.choice(["hiya ", "yeah hi ", "hello um ", "hi "]), a.format(m=money(case), d=a_date(case)),
               r.choice([" and i'm not happy", " so", " and i've been on hold for ages", ""]))
        case.a(r.choice(["oh i'm sorry to hear that", "okay no problem let's get that sorted", "right okay"]),
               " ", r.choice(["i'll just need to find your account first", "can i take a few details",
                              "i just need to go through security with you"]))
    else:
        case.a(r.choice(["Hi, you're chatting with support. How can I help today?", "Hello! Thanks for contacting us. What can I do for you?",
                         "Hi there, welcome to live chat :) what's the issue?"]))
        a, b = r.choice(INDUSTRY_ISSUE[ind])
        t = a.format(m=money(case), d=a_date(case))
        t = t[0].upper() + t[1:]
        case.c(r.choice(["hi ", "Hello, ", "hey - ", ""]), t.replace(" i ", " I ").replace("i've", "I've"),
               r.choice(["", "!!", ".", " and i'd like it sorted today"]))
        case.a(r.choice(["Sorry about that. I'll need to verify a few details first.",
                         "I can help with that. First I need to confirm who I'm speaking with.",
                         "Ok, let me look into it. Can you confirm some details for security?"]))


def middle(case):
    r = case.rng
    ind = case.industry
    a, b = r.choice(INDUSTRY_ISSUE[ind])
    if case.call:
        case.a(r.choice(["okay thank you that's all matched up", "lovely thanks i've found you", "perfect you're verified"]),
               " ", r.choice(["so i can see ", "and looking at the account "]), a_ref(case), r.choice([" is open", " was raised on " + a_date(case)]))
        case.c(r.choice(["yeah and also ", "right and ", "mhm the thing is "]), b.format(m=money(case), d=a_date(case)))
        case.a(r.choice(["i can see that here", "okay give me one sec", "bear with me"]), " ",
               r.choice(["it looks like it was processed at %s" % a_time(case), "there's a credit of %s pending" % money(case),
                         "it'll take three to five working days", "i've added a note"]))
    else:
        case.a(r.choice(["Thanks, you're verified.", "Great, that matches.", "Thank you!"]), " ",
               r.choice(["I can see ", "I've found "]), a_ref(case), ".")
        t = b.format(m=money(case), d=a_date(case))
        case.c(r.choice(["yes and ", "ok. Also ", "Right, ", ""]), t)
        case.a(r.choice(["Let me check that for you.", "One moment please.", "I've raised it with the team."]), " ",
               r.choice(["It was processed at %s." % a_time(case), "A credit of %s is pending." % money(case),
                         "Should be 3-5 working days.", "I've added a note to the account."]))


def closing(case):
    r = case.rng
    if case.call:
        case.c(r.choice(["okay brilliant thanks", "right okay", "great cheers for your help", "okay that's fine"]))
        case.a(r.choice(["you're welcome is there anything else", "no worries at all have a good day",
                         "you'll get a text confirming that within twenty four hours"]))
        if r.random() < 0.5:
            case.c(r.choice(["no that's everything bye", "no that's it thanks bye bye"]))
    else:
        case.c(r.choice(["ok thanks", "Perfect, thank you!", "fine. thanks", "great ty"]))
        case.a(r.choice(["You're welcome! Anything else?", "Glad I could help, have a nice day.",
                         "No problem. Your reference is in the confirmation email."]))


# ---- PII blocks ------------------------------------------------------------------------------
def blk_card(case):
    r = case.rng
    num = make_card(r)
    g = case.new_group()
    groups = group_card(num)
    tag = ""
    if case.call:
        case.a(r.choice(["okay and the long number on the front of the card please",
                         "can i take the card number", "go ahead with the %s digit number when you're ready"
                         % ("fifteen" if len(num) == 15 else "sixteen")]))
        mode = r.randint(0, 3)
        if mode == 0:
            case.c(r.choice(["yeah it's ", "okay ", "right so it's "]),
                   v(case, say_digits(num, r, case.region, pairs=0.15, doubles=0.5, fill=0.05, homo=0.15), "CARD_NUMBER", g))
            tag = "card read in one turn (ASR homophones possible)"
        elif mode in (1, 2):
            bc = ["mhm", "yep", "okay go on", "uh huh", "got it", "yeah"]
            for k, grp in enumerate(groups):
                text = say_digits(grp, r, case.region, pairs=0.3 if mode == 2 else 0.0, doubles=0.5)
                if k == 1 and mode == 1 and r.random() < 0.6:
                    wrong = str((int(grp[-1]) + 3) % 10)
                    text = say_digits(grp[:-1] + wrong, r, case.region, 0, 0.5) + " " + r.choice(
                        ["sorry ", "no sorry ", "no wait "]) + say_digits(grp, r, case.region, 0, 0)
                    tag = "card split over turns with a self-correction"
                case.c(v(case, text, "CARD_NUMBER", g))
                if k < len(groups) - 1:
                    case.a(r.choice(bc))
            tag = tag or "card split over turns with back-channels"
        else:
            half = len(num) // 2
            case.c("it's ", v(case, say_digits(num[:half], r, case.region, 0.4, 0.5), "CARD_NUMBER", g),
                   r.choice([" hang on let me get my glasses", " um one sec it's worn off", " wait the light's bad"]))
            case.a(r.choice(["no rush", "take your time"]))
            case.c(r.choice(["okay ", "right ", "got it "]), v(case, say_digits(num[half:], r, case.region, 0.4, 0.5), "CARD_NUMBER", g))
            tag = "card split around a pause with chit-chat"
        if r.random() < 0.4:
            g2 = case.new_group()
            case.a("let me read that back ", v(case, say_digits(num, r, case.region, 0.0, 0.0), "CARD_NUMBER", g2))
            case.c(r.choice(["yep that's right", "that's it", "correct"]))
            tag += ", agent read-back"
    else:
        case.a(r.choice(["Please type the long card number.", "What's the card number you'd like to use?",
                         "Can you confirm the card you paid with?"]))
        sep = r.choice([" ", " ", "-", "", "  ", "."])
        txt = sep.join(groups) if sep else num
        if r.random() < 0.15 and sep == " ":
            txt = " ".join([groups[0] + groups[1]] + groups[2:])
        pre = r.choice(["its ", "card is ", "", "sure - ", "ok "])
        case.c(pre, v(case, txt, "CARD_NUMBER", g), r.choice(["", " thanks", " (visa debit)", ". the one ending in the same as before"
                                                               if False else "."]))
        tag = "card typed with separator %r" % sep
    case.tags.append(tag)
    return num


def blk_cvv_exp(case, amex=False):
    r = case.rng
    cvv = digits(r, 4 if amex else 3)
    mm, yy = r.randint(1, 12), r.randint(26, 31)
    if case.call:
        case.a(r.choice(["and the expiry date", "what's the expiry on it", "and when does it expire"]))
        exp = r.choice(["%s %s" % (zero_word(r, case.region) + " " + DW[mm] if mm < 10 else say_number(mm), say_number(yy)),
                        "%s twenty %s" % (MONTHS[mm - 1], say_number(yy)),
                        "%s %s" % (MONTHS[mm - 1], say_number(2000 + yy) if False else "twenty " + say_number(yy)),
                        "%s %s" % (say_digits("%02d" % mm, r, case.region), say_digits("%02d" % yy, r, case.region, doubles=0.8))])
        case.c(r.choice(["it's ", "um ", "", "expires "]), v(case, exp, "EXPIRY"))
        case.a("and the four digit code on the front of the amex" if amex else
               r.choice(["and the three digits on the back", "and the security code please", "last thing the c v v on the back"]))
        if r.random() < 0.3:
            case.c(r.choice(["it's ", "um "]), v(case, say_digits(cvv, r, case.region, pairs=0.0), "CVV"),
                   r.choice([" i think", "", " yeah"]))
        else:
            case.c(v(case, say_digits(cvv, r, case.region, pairs=0.3 if len(cvv) == 3 else 0.5), "CVV"))
        case.tags.append("expiry and cvv spoken")
    else:
        exp = r.choice(["%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%d/%02d" % (mm, yy), "%02d-%02d" % (mm, yy),
                        "%s %d" % (MONTHS[mm - 1][:3].capitalize(), 2000 + yy)])
        if r.random() < 0.5:
            case.a("And the expiry date and security code?")
            case.c(r.choice(["exp ", "expiry ", "expires "]), v(case, exp, "EXPIRY"),
                   r.choice([" cvv ", " and ", ", security code ", " - code "]), v(case, cvv, "CVV"))
            case.tags.append("expiry and cvv in one chat message")
        else:
            case.a("What's the expiry date?")
            case.c(v(case, exp, "EXPIRY"))
            case.a("And the 3 digit code on the back?" if not amex else "And the 4 digit code on the front?")
            case.c(r.choice(["", "it's ", "code: "]), v(case, cvv, "CVV"))
            case.tags.append("expiry and cvv typed separately")


def blk_ssn(case):
    r = case.rng
    s = make_ssn(r)
    g = case.new_group()
    if case.call:
        case.a(r.choice(["can i get the last four of your social", "i'll need your full social security number to verify",
                         "and your social security number please"]) if False else
               r.choice(["i'll need your full social security number to verify", "and your social security number please",
                         "can you give me your social"]))
        mode = r.randint(0, 2)
        if mode == 0:
            case.c(r.choice(["sure it's ", "yeah ", "okay ", "um it's "]), v(case, say_digits(s, r, "US", 0.2, 0.5, 0.05, homo=0.15), "SSN", g))
            case.tags.append("ssn in one turn")
        elif mode == 1:
            case.c(v(case, say_digits(s[:3], r, "US", 0.0, 0.5), "SSN", g))
            case.a(r.choice(["okay", "mhm", "go ahead"]))
            case.c(v(case, say_digits(s[3:5], r, "US", 0.5, 0.5), "SSN", g))
            case.a(r.choice(["yep", "uh huh"]))
            case.c(v(case, say_digits(s[5:], r, "US", 0.5, 0.5), "SSN", g))
            case.tags.append("ssn split 3-2-4 over turns")
        else:
            case.c("it's ", v(case, say_digits(s[:5], r, "US", 0.3, 0.5), "SSN", g),
                   r.choice([" um hold on my kid's yelling", " sorry hang on"]))
            case.a("no problem")
            case.c(r.choice(["okay ", "sorry "]), v(case, say_digits(s[5:], r, "US", 0.5, 0.5), "SSN", g))
            case.tags.append("ssn interrupted")
        if r.random() < 0.3:
            case.a("that's ", v(case, say_digits(s, r, "US", 0.0, 0.0), "SSN"), " correct")
            case.c("yes")
            case.tags.append("agent read-back")
    else:
        case.a(r.choice(["For verification, please enter your SSN.", "Can you provide your Social Security number?"]))
        fmt = r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"])
        txt = fmt % (s[:3], s[3:5], s[5:])
        case.c(r.choice(["", "ssn ", "sure ", "its "]), v(case, txt, "SSN", g))
        case.tags.append("ssn typed %s" % fmt.replace("%s", "x"))


def blk_ni(case):
    r = case.rng
    ni = make_ni(r)
    g = case.new_group()
    if case.call:
        case.a(r.choice(["and your national insurance number please", "can i take your n i number",
                         "i'll need your national insurance number for that"]))
        mode = r.randint(0, 2)
        if mode == 0:
            case.c(r.choice(["yeah it's ", "okay ", "it's "]), v(case, say_alnum(ni, r, "UK"), "NI_NUMBER", g))
            case.tags.append("NI in one turn")
        elif mode == 1:
            case.c(v(case, say_alnum(ni[:2], r, "UK", r.choice(["nato", "wordy", "plain"])), "NI_NUMBER", g))
            case.a(r.choice(["yep", "mhm", "okay"]))
            case.c(v(case, say_digits(ni[2:8], r, "UK", pairs=0.5, doubles=0.5), "NI_NUMBER", g))
            case.a(r.choice(["and the letter at the end", "and the last letter"]))
            case.c(v(case, say_letter(ni[8], r), "NI_NUMBER", g))
            case.tags.append("NI split with letter prompt")
        else:
            case.c(r.choice(["hang on it's on my payslip ", "one sec "]), "it's ",
                   v(case, say_alnum(ni[:2], r, "UK") + " " + say_digits(ni[2:8], r, "UK", 0.6, 0.5) + " " + say_letter(ni[8], r), "NI_NUMBER", g))
            case.tags.append("NI with pairs")
        if r.random() < 0.3:
            case.a("so that's ", v(case, say_alnum(ni, r, "UK", "plain"), "NI_NUMBER"))
            case.c("yes that's right")
            case.tags.append("agent read-back")
    else:
        case.a(r.choice(["Please provide your National Insurance number.", "What is your NI number?"]))
        fmt = r.choice(["sp", "none", "lower", "pairs"])
        if fmt == "sp":
            txt = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
        elif fmt == "none":
            txt = ni
        elif fmt == "lower":
            txt = ni.lower()
        else:
            txt = "%s %s %s" % (ni[:2], ni[2:8], ni[8])
        case.c(r.choice(["", "its ", "NI: ", "sure, "]), v(case, txt, "NI_NUMBER", g))
        case.tags.append("NI typed (%s)" % fmt)


def blk_sort_acct(case, with_sort=True):
    r = case.rng
    sc = digits(r, 6)
    acct = digits(r, 8 if case.country in ("UK", "IE") else r.randint(9, 12))
    if case.call:
        if with_sort:
            case.a(r.choice(["what's the sort code", "and the sort code for the account"]))
            if r.random() < 0.5:
                while True:
                    spoken = " ".join(say_digits(sc[i:i + 2], r, "UK", pairs=0.7, doubles=0.6) for i in (0, 2, 4))
                    if normalise(spoken) == sc:  # no 'twenty' + 'one eight' ambiguity
                        break
            else:
                spoken = say_digits(sc, r, "UK", 0.0, 0.5)
            case.c(r.choice(["it's ", "", "um "]), v(case, spoken, "SORT_CODE"))
        case.a(r.choice(["and the account number", "then the account number please"]))
        g = case.new_group()
        if r.random() < 0.5:
            case.c(v(case, say_digits(acct[:4], r, case.region, 0.2, 0.5), "BANK_ACCOUNT", g))
            case.a(r.choice(["mhm", "yep"]))
            case.c(v(case, say_digits(acct[4:], r, case.region, 0.2, 0.5), "BANK_ACCOUNT", g))
            case.tags.append("account split over turns")
        else:
            case.c(r.choice(["okay it's ", "", "that's "]), v(case, say_digits(acct, r, case.region, 0.2, 0.5, 0.05), "BANK_ACCOUNT", g))
        case.tags.append("sort code + account spoken" if with_sort else "account number spoken")
    else:
        if with_sort:
            scf = r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
            case.a("Can you give me the sort code and account number?")
            case.c(r.choice(["sort code ", "sc "]), v(case, scf, "SORT_CODE"), r.choice([" acc ", ", account no. ", " and account "]),
                   v(case, acct, "BANK_ACCOUNT"))
            case.tags.append("sort code and account typed")
        else:
            case.a(r.choice(["What's the account number for the refund?", "Which account number should we use?"]))
            case.c(r.choice(["", "acct # ", "account number is "]), v(case, acct if r.random() < 0.7 else acct[:4] + " " + acct[4:], "BANK_ACCOUNT"))
            case.tags.append("account typed")


def blk_iban(case):
    r = case.rng
    cc = {"UK": "GB", "IE": "IE"}.get(case.country) or r.choice(["DE", "NL", "ES", "FR"])
    ib = make_iban(r, cc)
    if case.call:
        case.a(r.choice(["okay and the i ban please", "can you read me the iban"]))
        g = case.new_group()
        if r.random() < 0.5:
            case.c(v(case, say_alnum(ib[:8], r, "UK", "plain"), "IBAN", g))
            case.a("okay")
            case.c(v(case, say_digits(ib[8:], r, "UK", 0.0, 0.5), "IBAN", g))
            case.tags.append("IBAN split")
        else:
            case.c(r.choice(["yeah it's ", "okay "]), v(case, say_alnum(ib, r, "UK", r.choice(["plain", "nato"])), "IBAN", g))
            case.tags.append("IBAN spoken")
    else:
        case.a("Please send the IBAN for the refund.")
        txt = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if r.random() < 0.6 else ib
        if r.random() < 0.2:
            txt = txt.lower()
        case.c(r.choice(["IBAN ", "", "it's "]), v(case, txt, "IBAN"), r.choice(["", " (%s)" % {"GB": "UK", "IE": "Irish"}.get(cc, cc) if False else ""]))
        case.tags.append("IBAN typed")


def blk_phone(case):
    r = case.rng
    num, kind = make_phone(r, case.country)
    g = case.new_group()
    intl = r.random() < 0.3
    if case.call:
        case.a(r.choice(["what's the best number to reach you on", "can i confirm the phone number on the account",
                         "and a contact number"]))
        if intl:
            pre = {"UK": "plus four four ", "IE": "plus three five three ", "US": "plus one "}[case.country]
            body = num[1:] if case.country != "US" else num
            spoken = pre + say_digits(body, r, case.region, 0.2, 0.6)
        else:
            spoken = say_digits(num, r, case.region, 0.2, 0.6, homo=0.1)
        if r.random() < 0.35:
            words = spoken.split(" ")
            cut = len(words) // 2
            while cut < len(words) - 1 and words[cut - 1] in ("double", "triple", "plus", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"):
                cut += 1
            case.c(v(case, " ".join(words[:cut]), "PHONE", g))
            case.a(r.choice(["mhm", "yep go on"]))
            case.c(v(case, " ".join(words[cut:]), "PHONE", g))
            case.tags.append("phone split")
        else:
            case.c(r.choice(["it's ", "my mobile's ", "yeah ", ""]), v(case, spoken, "PHONE", g),
                   r.choice(["", " but i'm at work till five", " that's the mobile"]))
            case.tags.append("phone spoken%s" % (" international" if intl else ""))
    else:
        case.a(r.choice(["What's the best contact number?", "Can you confirm your phone number?"]))
        if case.country == "US":
            txt = r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (num[:3], num[3:6], num[6:])
            if intl:
                txt = "+1 " + txt
        elif intl:
            cc = "+44" if case.country == "UK" else "+353"
            txt = cc + " " + num[1:4] + " " + num[4:]
        else:
            txt = r.choice([num, num[:5] + " " + num[5:], num[:4] + " " + num[4:7] + " " + num[7:]])
        m = re.match(r"[^0-9]*", txt)
        case.c(r.choice(["", "its ", "mob: ", "call me on "]), m.group(0), v(case, txt[m.end():], "PHONE", g))
        case.tags.append("phone typed")


def blk_email(case):
    r = case.rng
    e = make_email(r, case.country)
    if case.call:
        case.a(r.choice(["and what email address should i send it to", "can i confirm your email address"]))
        sp = say_email(e, r)
        if r.random() < 0.3:
            local, dom = sp.split(" at ", 1)
            words = local.split(" ")
            words[0] = " ".join(words[0]) if words[0].isalpha() and len(words[0]) > 1 else words[0]
            sp = " ".join(words) + " at " + dom
            case.tags.append("email local part spelled letter by letter")
        case.c(r.choice(["yeah it's ", "it's ", "um "]), v(case, sp, "EMAIL"))
        if r.random() < 0.3:
            case.a("so ", v(case, say_email(e, r), "EMAIL"), " yeah")
            case.c("that's it")
        case.tags.append("email spoken with dot/at")
    else:
        case.a(r.choice(["What's your email address?", "Which email should the confirmation go to?"]))
        txt = e if r.random() < 0.8 else e.upper() if r.random() < 0.3 else e.capitalize()
        case.c(r.choice(["", "it's ", "email: "]), v(case, txt, "EMAIL"), r.choice(["", " please", "."]))
        case.tags.append("email typed")


def blk_dob(case):
    r = case.rng
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1941, 2004)
    if case.call:
        case.a(r.choice(["can i take your date of birth", "and your date of birth please", "what's your d o b"]))
        form = r.randint(0, 3)
        if form == 0:
            txt = "%s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))
        elif form == 1:
            txt = "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y))
        elif form == 2:
            txt = "%s %s %s" % (ORD[d], MONTHS[m - 1], say_number(y % 100) if y % 100 >= 10 else "oh " + DW[y % 10])
        else:
            txt = "%s %s %s" % (say_digits("%02d" % d, r, case.region), say_digits("%02d" % m, r, case.region), say_year(y))
            txt = txt  # e.g. "oh four one two nineteen eighty"
        pre = r.choice(["it's the ", "", "um the ", "it's "])
        if form in (1, 3):
            pre = r.choice(["", "it's "])
        case.c(pre, v(case, txt, "DOB"))
        case.tags.append("dob spoken form %d" % form)
    else:
        case.a(r.choice(["Can you confirm your date of birth?", "DOB please?"]))
        if case.country == "US":
            txt = r.choice(["%d/%d/%d" % (m, d, y), "%02d-%02d-%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)])
        else:
            txt = r.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                            "%02d/%02d/%02d" % (d, m, y % 100)])
        case.c(r.choice(["", "its ", "dob ", "born "]), v(case, txt, "DOB"))
        case.tags.append("dob typed")


def blk_address(case, with_pc=True):
    r = case.rng
    n, st, suf = make_address(r, case.country)
    pc = make_postcode(r, case.country)
    if case.call:
        case.a(r.choice(["and the first line of the address", "can you confirm your address", "what's the address on the account"]))
        addr = "%s %s %s" % (say_house(n, r), st.lower(), suf.lower())
        case.c(r.choice(["it's ", "yeah ", ""]), v(case, addr, "ADDRESS"))
        if with_pc:
            case.a(r.choice(["and the postcode" if case.country != "US" else "and the zip code", "and the post code please" if case.country != "US" else "and zip"]))
            if case.country == "US":
                ptxt = say_digits(pc.replace("-", ""), r, "US", 0.3, 0.5)
            else:
                ptxt = say_alnum(pc, r, "UK", r.choice(["plain", "plain", "nato", "wordy"]))
            case.c(r.choice(["", "it's ", "um "]), v(case, ptxt, "POSTCODE"))
        case.tags.append("address%s spoken" % (" + postcode" if with_pc else ""))
    else:
        case.a(r.choice(["What's the delivery address?", "Please confirm your address incl. postcode" if case.country != "US" else "Please confirm your address and ZIP."]))
        city = r.choice({"UK": ["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Norwich"],
                         "US": ["Austin TX", "Columbus OH", "Denver CO", "Tampa FL", "Portland OR"],
                         "IE": ["Dublin 14", "Cork", "Galway", "Co. Kildare"]}.get(case.country, ["Leeds"]))
        pc_t = pc if r.random() < 0.7 else pc.replace(" ", "").lower() if case.country != "US" else pc
        if with_pc:
            case.c(v(case, "%d %s %s" % (n, st, suf), "ADDRESS"), ", %s " % city, v(case, pc_t, "POSTCODE"))
        else:
            case.c(v(case, "%d %s %s" % (n, st, suf.lower() if r.random() < 0.3 else suf), "ADDRESS"), ", %s" % city)
        case.tags.append("address typed%s" % (" + postcode" if with_pc else ""))


def blk_postcode_only(case):
    r = case.rng
    pc = make_postcode(r, case.country)
    if case.call:
        case.a(r.choice(["can i take your postcode to find the account", "what's the postcode there"]) if case.country != "US"
               else "what's the zip code on the account")
        if case.country == "US":
            ptxt = say_digits(pc.replace("-", ""), r, "US", 0.4, 0.5)
        else:
            ptxt = say_alnum(pc, r, "UK")
        case.c(r.choice(["it's ", "", "yeah it's "]), v(case, ptxt, "POSTCODE"))
    else:
        case.a("Can you confirm the postcode?" if case.country != "US" else "Can you confirm the ZIP code?")
        case.c(r.choice(["", "its "]), v(case, pc if r.random() < 0.6 else pc.lower(), "POSTCODE"))
    case.tags.append("postcode only")


def blk_dob_pc(case):
    r = case.rng
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1941, 2004)
    pc = make_postcode(r, case.country)
    if case.call:
        case.a("can i take your date of birth and the %s" % ("zip code" if case.country == "US" else "postcode"))
        ptxt = say_digits(pc.replace("-", ""), r, "US", 0.3, 0.5) if case.country == "US" else say_alnum(pc, r, "UK")
        case.c(r.choice(["yeah it's the ", "the "]), v(case, "%s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y)), "DOB"),
               r.choice([" and the postcode's ", " and it's ", " postcode "]) if case.country != "US" else " and zip is ",
               v(case, ptxt, "POSTCODE"), r.choice(["", " but we only moved in %s" % say_year(r.randint(2015, 2024))]))
    else:
        case.a("Please confirm DOB and %s." % ("ZIP" if case.country == "US" else "postcode"))
        dt = "%d/%d/%d" % ((m, d, y) if case.country == "US" else (d, m, y))
        case.c(v(case, dt, "DOB"), r.choice([" and ", ", ", " / "]), v(case, pc, "POSTCODE"))
    case.tags.append("dob and postcode in one turn")


BLOCKS = {
    "CARD_NUMBER": blk_card, "SSN": blk_ssn, "NI_NUMBER": blk_ni, "IBAN": blk_iban, "PHONE": blk_phone,
    "EMAIL": blk_email, "DOB": lambda c: (blk_dob_pc(c) if c.country in ("UK", "US") and c.rng.random() < 0.3 else blk_dob(c)), "ADDRESS": lambda c: blk_address(c, with_pc=c.country != "IE"), "POSTCODE": blk_postcode_only,
    "BANK_ACCOUNT": lambda c: blk_sort_acct(c, with_sort=c.country in ("UK",) and c.rng.random() < 0.5),
    "SORT_CODE": lambda c: blk_sort_acct(c, True),
}
ALLOWED = {
    "UK": ["CARD_NUMBER", "NI_NUMBER", "SORT_CODE", "BANK_ACCOUNT", "IBAN", "PHONE", "EMAIL", "DOB", "ADDRESS", "POSTCODE"],
    "US": ["CARD_NUMBER", "SSN", "BANK_ACCOUNT", "PHONE", "EMAIL", "DOB", "ADDRESS", "POSTCODE"],
    "IE": ["CARD_NUMBER", "IBAN", "PHONE", "EMAIL", "DOB", "ADDRESS", "BANK_ACCOUNT"],
    "EU": ["CARD_NUMBER", "IBAN", "EMAIL", "DOB"],
}
PRIMARY = (["CARD_NUMBER"] * 5 + ["SSN"] * 4 + ["NI_NUMBER"] * 4 + ["SORT_CODE", "IBAN", "PHONE", "EMAIL",
           "DOB", "ADDRESS", "POSTCODE", "BANK_ACCOUNT", "IBAN", "PHONE"])


def country_for(typ, rng):
    if typ == "SSN":
        return "US"
    if typ in ("NI_NUMBER", "SORT_CODE"):
        return "UK"
    if typ == "IBAN":
        return rng.choice(["UK", "IE", "EU", "EU"])
    return rng.choice(["UK", "US", "IE", "UK", "US"])


def run_block(case, typ):
    res = BLOCKS[typ](case)
    if typ == "CARD_NUMBER" and case.rng.random() < 0.75:
        blk_cvv_exp(case, amex=len(res) == 15)


def make_positive(rng, i):
    primary = PRIMARY[i % len(PRIMARY)]
    country = country_for(primary, rng)
    channel = "call" if rng.random() < 0.58 else "chat"
    ind = rng.choice(COUNTRY_IND[country])
    if primary == "SSN" and ind not in COUNTRY_IND["US"]:
        ind = "banking"
    case = Case(rng, channel, country, ind)
    opening(case)
    extra = [t for t in ALLOWED[country] if t != primary]
    secondaries = rng.sample(extra, rng.choice([0, 1, 1, 2]))
    order = [primary] + secondaries
    rng.shuffle(order)
    # identity verification first (non-card), then the issue, then card payment
    ver = [t for t in order if t != "CARD_NUMBER"]
    for t in ver:
        run_block(case, t)
    middle(case)
    if "CARD_NUMBER" in order:
        case.a(rng.choice(["okay so to pay the %s today" % money(case), "i can take that payment of %s now" % money(case)])
               if channel == "call" else "I can take the payment of %s now." % money(case))
        run_block(case, "CARD_NUMBER")
        case.a(rng.choice(["that's gone through", "payment approved", "thanks that's processed"]) +
               (" your %s" % a_ref(case, "confirmation number") if rng.random() < 0.6 else ""))
    closing(case)
    return case, order


# ---- negatives -------------------------------------------------------------------------------
def neg_tricky(case):
    r = case.rng
    call = case.call
    opts = []
    opts.append(lambda: (case.c("the %s is %s" % (r.choice(["order number", "reference", "ticket number", "claim number"]),
                                                    say_digits(digits(r, r.randint(6, 10), True), r, case.region, 0.2, 0.5) if call
                                                    else digits(r, r.randint(6, 10), True))),
                         case.a("thanks i've found that")))
    opts.append(lambda: (case.c("my meter reading is %s" % (say_digits(digits(r, 5), r, case.region, 0.2, 0.5) if call else digits(r, 5))),
                         case.a("lovely thanks that's been submitted for %s" % a_date(case))))
    opts.append(lambda: (case.c("i'm on flight %s%s at %s" % (r.choice(["EI", "BA", "FR", "UA", "DL", "AA"]),
                                                              " " + say_digits(str(r.randint(100, 9999)), r, case.region, 0.6) if call
                                                              else str(r.randint(100, 9999)), a_time(case))),
                         case.a("okay that's departing from terminal %s" % (r.choice(["two", "five", "one"]) if call else r.randint(1, 5)))))
    opts.append(lambda: (case.c("the model number is %s" % r.choice(["KX-4410", "WM 8070 B", "UE55TU7100", "HD-320 S"]) if not call
                                else "it's the model %s" % r.choice(["k x forty four ten", "w m eight oh seven oh", "s twenty two ultra"])),
                         case.a("okay that model's covered for %s years" % ("two" if call else "2"))))
    opts.append(lambda: (case.c("i'm in room %s" % (say_number(r.randint(100, 640)) if call else r.randint(100, 640))),
                         case.a("got it and you checked out on %s" % a_date(case))))
    opts.append(lambda: (case.a("do you need my card number" if r.random() < 0.5 else "should i give you my date of birth") if False else
                         case.c(r.choice(["do you need my card number", "do you want my date of birth", "should i give you my sort code"])),
                         case.a("no need for that today you're already verified")))
    opts.append(lambda: (case.a("your balance is %s and your next payment of %s is due on %s" % (money(case, 100, 4000), money(case), a_date(case)))))
    opts.append(lambda: (case.c("my speed is only %s meg and i'm paying for %s" % ((say_number(r.randint(5, 30)), say_number(r.choice([100, 500, 900])))
                                                                                 if call else (r.randint(5, 30), r.choice([100, 500, 900]))))))
    opts.append(lambda: (case.c("my mum is %s and she's been waiting %s" % (say_number(r.randint(70, 95)) if call else r.randint(70, 95),
                                                                           r.choice(["forty five minutes", "two hours", "three weeks"]) if call
                                                                           else r.choice(["45 mins", "2 hours", "3 weeks"])))))
    opts.append(lambda: (case.a("the contract started on %s and runs for %s months at %s percent off" %
                                (a_date(case), "twenty four" if call else "24", "fifteen" if call else "15"))))
    opts.append(lambda: (case.c("it's been %s degrees in the house since the boiler went on %s" %
                                (say_number(r.randint(9, 16)) if call else r.randint(9, 16), a_date(case)))))
    opts.append(lambda: (case.a("i can book an engineer for %s between %s and %s" % (a_date(case), a_time(case), a_time(case)))))
    opts.append(lambda: (case.c("i bought %s of them in %s for %s each" % (say_number(r.randint(2, 12)) if call else r.randint(2, 12),
                                                                         say_year(r.randint(2018, 2025)) if call else r.randint(2018, 2025),
                                                                         money(case)))))
    opts.append(lambda: (case.a("your %s for %s has been issued and the refund of %s should land within %s working days" %
                                (a_ref(case, "invoice number"), money(case), money(case), "five" if call else "5"))))
    fit = {"banking": [0, 5, 6, 8, 12, 13], "telecom": [0, 3, 5, 7, 9, 11, 13],
           "utilities": [0, 1, 5, 6, 9, 10, 11], "retail": [0, 3, 5, 12, 13],
           "insurance": [0, 5, 6, 8, 9, 10], "travel": [0, 2, 4, 5, 8, 13],
           "healthcare billing": [0, 5, 6, 8, 13], "government services": [0, 5, 6, 8, 11, 13]}[case.industry]
    for k in r.sample(fit, r.randint(3, min(5, len(fit)))):
        opts[k]()


def make_negative(rng, i):
    country = rng.choice(["UK", "US", "IE", "UK", "US", "EU"])
    channel = "call" if rng.random() < 0.55 else "chat"
    case = Case(rng, channel, country, rng.choice(COUNTRY_IND[country]))
    r = rng
    if case.call:
        case.a(r.choice(["thanks for calling how can i help", "hi you're through to support"]))
    else:
        case.a("Hi, how can I help today?")
    a, b = r.choice(INDUSTRY_ISSUE[case.industry])
    case.c(a.format(m=money(case), d=a_date(case)))
    case.a(r.choice(["okay i've pulled up the %s" % a_ref(case), "let me look at %s" % a_ref(case)]))
    neg_tricky(case)
    case.c(b.format(m=money(case), d=a_date(case)))
    case.a(r.choice(["i'll put a note on it", "okay that's all updated", "i've escalated that to the team"]))
    closing(case)
    return case


# ----------------------------------------------------------------------------- main
def generate():
    rng = random.Random(SEED)
    records, meta = [], []
    for i in range(N_POS):
        case, order = make_positive(rng, i)
        turns, spans, groups = case.build()
        note = "%s/%s (%s): %s" % (case.channel, case.industry, case.country, "; ".join(t for t in case.tags if t))
        records.append({"id": "h318-pos-%03d" % (i + 1), "kind": "positive", "turns": turns, "spans": spans, "note": note})
        meta.append(groups)
    for i in range(N_NEG):
        case = make_negative(rng, i)
        turns, spans, groups = case.build()
        assert not spans
        records.append({"id": "h318-neg-%03d" % (i + 1), "kind": "negative", "turns": turns, "spans": [],
                        "note": "%s/%s (%s): whole conversation with non-PII numbers only (amounts, dates, refs, times, counts)"
                                % (case.channel, case.industry, case.country)})
        meta.append([])
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return records, meta, text


def counts(records):
    c = Counter()
    for r in records:
        for s in r["spans"]:
            c[s["type"]] += 1
    return c


def readme(records):
    c = counts(records)
    npos = sum(r["kind"] == "positive" for r in records)
    nneg = len(records) - npos
    lines = ["# PII hold-out set 318", "",
             "**Never use this set for tuning.** It is a held-out evaluation set only.", "",
             "Written by an AI helper acting as an independent author, who did not see the redaction code, its tests,",
             "its docs or the benchmark.  Generated by `scripts/make_pii_holdout318.py` (standard library only,",
             "seeded `random.Random(%d)`, byte-for-byte reproducible).  `--check` regenerates and validates." % SEED, "",
             "Cases are whole contact-centre conversations (typically 8-20 turns): chat (typed, varied separators/case)",
             "and phone calls written as an ASR transcript (lower case, numbers as words, 'oh'/'o'/'nought' for zero,",
             "'double'/'triple', pairs like 'forty one', letters as 'b for bravo', e-mails as 'x dot y at gmail dot com',",
             "values split across customer turns with agent back-channels, agent read-backs, self-corrections).",
             "Industries: banking, telecom, utilities, retail, insurance, travel, healthcare billing, government services;",
             "countries UK, US, Ireland, EU.", "",
             "## Annotation conventions", "",
             "- A span covers the value only: from its first to its last character/word; lead-ins ('it's', 'my number is')",
             "  and trailing chit-chat are outside.",
             "- A value split across turns gets one span per turn (each covering that turn's piece).",
             "- Filler words ('um', 'uh') said *inside* a reading are inside the span.",
             "- A self-correction inside a reading ('... four three nine five sorry four three nine six') is one span covering",
             "  both the wrong and the corrected digits.",
             "- Agent read-backs of a value are labelled too.",
             "- DOB spans cover the date expression ('fourth of march nineteen eighty two'); a leading 'the' is outside.",
             "- EXPIRY spans cover the month and year; CVV only the digits.",
             "- ADDRESS covers house number + street name + street type; the city is outside; the postcode/ZIP is a separate",
             "  POSTCODE span.",
             "- PHONE includes an international prefix ('+44', 'plus four four').",
             "- Non-PII numbers (amounts, dates of payments/appointments, order/reference/ticket numbers, times, flights,",
             "  meter readings) are never labelled.  Negative cases contain only such numbers and must not be redacted at all.",
             "", "## Counts", "",
             "- positive cases: %d" % npos, "- negative cases: %d" % nneg, "", "| type | spans |", "|---|---|"]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, c[t]))
    lines.append("| total | %d |" % sum(c.values()))
    lines.append("")
    return "\n".join(lines)


def check(records, meta, text):
    errs = []
    try:
        with open(CASES, encoding="utf-8") as f:
            on_disk = f.read()
    except OSError as e:
        return ["cannot read %s: %s" % (CASES, e)]
    if on_disk != text:
        errs.append("cases.jsonl differs from regenerated output")
    try:
        with open(README, encoding="utf-8") as f:
            if f.read() != readme(records):
                errs.append("README.md differs from regenerated output")
    except OSError as e:
        errs.append("cannot read README: %s" % e)
    file_recs = [json.loads(l) for l in on_disk.splitlines() if l.strip()]
    ids = [r["id"] for r in file_recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for rec, groups in zip(file_recs, meta):
        rid = rec["id"]
        if rec["kind"] == "negative" and rec["spans"]:
            errs.append("%s negative with spans" % rid)
        if rec["kind"] == "positive" and not rec["spans"]:
            errs.append("%s positive without spans" % rid)
        if not (1 <= len(rec["turns"]) and all(t["speaker"] in ("agent", "customer") for t in rec["turns"])):
            errs.append("%s bad turns" % rid)
        per_turn = {}
        for s in rec["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s bad type %s" % (rid, s["type"]))
            if not (0 <= s["turn"] < len(rec["turns"])):
                errs.append("%s turn out of range" % rid)
                continue
            t = rec["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(t)):
                errs.append("%s offsets out of range" % rid)
                continue
            if not (t[st].isalnum() and t[en - 1].isalnum()):
                errs.append("%s span edge not alnum %r" % (rid, t[st:en]))
            if (st > 0 and t[st - 1].isalnum()) or (en < len(t) and t[en].isalnum()):
                errs.append("%s span not on word boundary %r" % (rid, t[st:en]))
            per_turn.setdefault(s["turn"], []).append((st, en))
        for tt, lst in per_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s overlapping spans in turn %d" % (rid, tt))
        byg = {}
        for s, g in zip(rec["spans"], groups):
            byg.setdefault(g, []).append(s)
        for g, ss in byg.items():
            typs = {s["type"] for s in ss}
            if len(typs) != 1:
                errs.append("%s group with mixed types" % rid)
                continue
            texts = [rec["turns"][s["turn"]]["text"][s["start"]:s["end"]] for s in ss]
            e = validate(ss[0]["type"], texts)
            if e:
                errs.append("%s %s: %s (%r)" % (rid, ss[0]["type"], e, texts))
    c = counts(file_recs)
    npos = sum(r["kind"] == "positive" for r in file_recs)
    nneg = len(file_recs) - npos
    if npos < 170 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c[t] < need:
            errs.append("type %s has %d spans < %d" % (t, c[t], need))
    return errs


def main():
    records, meta, text = generate()
    if "--check" in sys.argv[1:]:
        errs = check(records, meta, text)
        c = counts(records)
        npos = sum(r["kind"] == "positive" for r in records)
        print("cases: %d positive, %d negative" % (npos, len(records) - npos))
        for t in TYPES:
            print("  %-13s %d" % (t, c[t]))
        for e in errs[:50]:
            print("ERROR:", e)
        if errs:
            print("FAILED: %d problem(s)" % len(errs))
            return 1
        print("OK: check passed")
        return 0
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(records))
    c = counts(records)
    print("wrote %d cases to %s" % (len(records), CASES), dict(c))
    return 0


if __name__ == "__main__":
    sys.exit(main())

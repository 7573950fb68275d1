#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout146``.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  Every case is assembled from plain-text segments and
(value, TYPE) segments so span offsets are computed, never typed by hand.

    python scripts/make_pii_holdout146.py           # write fixture + README
    python scripts/make_pii_holdout146.py --check   # regenerate and verify
"""
from __future__ import annotations

import json
import os
import random
import re
import sys

SEED = 146241124
PREFIX = "h146"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout146")
CASES_PATH = os.path.join(OUT_DIR, "cases.jsonl")
README_PATH = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
N_POS = 210
N_NEG = 125

# ---------------------------------------------------------------------------
# case construction
# ---------------------------------------------------------------------------


class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}  # key -> (type, [(turn, start, end)])
        self._auto = 0

    def t(self, speaker, *segs):
        text = ""
        idx = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
                continue
            val, typ, grp = seg
            start = len(text)
            text += val
            self.spans.append({"turn": idx, "start": start, "end": len(text), "type": typ})
            if grp is False:
                continue
            if grp is None:
                self._auto += 1
                grp = "_auto%d" % self._auto
            self.groups.setdefault(grp, (typ, []))[1].append((idx, start, len(text)))
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


def V(val, typ, grp=None):
    """A labelled segment. grp=None: a complete value; str: parts of one value
    spread over several spans; False: a labelled fragment (false start) that is
    not validated as a complete value."""
    return (val, typ, grp)


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------


def luhn_check_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def gen_card(rng, kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "mc2"])
    if kind == "visa":
        pre, n = "4" + rng.choice(["929", "539", "658", "111", "485", "024", "716"]), 16
    elif kind == "visa13":
        pre, n = "4" + rng.choice(["12", "56", "90"]), 13
    elif kind == "visa19":
        pre, n = "4" + rng.choice(["03", "62", "88"]), 19
    elif kind == "mc":
        pre, n = "5" + rng.choice("12345") + rng.choice(["3", "7", "0"]), 16
    elif kind == "mc2":
        pre, n = "22" + rng.choice(["21", "45", "70"]), 16
    elif kind == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    else:
        pre, n = "6011", 16
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - 1 - len(pre)))
    return body + luhn_check_digit(body)


def group_card(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    if len(num) == 13:
        return [num[:4], num[4:8], num[8:13]]
    out = [num[i:i + 4] for i in range(0, len(num), 4)]
    return out


def gen_ssn(rng):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return "%03d%02d%04d" % (area, rng.randint(1, 99), rng.randint(1, 9999))


NI_LET = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni(rng):
    while True:
        p = rng.choice(NI_LET) + rng.choice(NI_LET)
        if p not in NI_BAD:
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    iban = iban.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", iban):
        return False
    rearr = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in rearr)) % 97 == 1


def gen_iban(rng, country=None):
    country = country or rng.choice(["GB", "GB", "IE", "IE", "DE", "FR", "ES", "NL", "IT"])
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + digits(rng, 14)
    elif country == "DE":
        bban = digits(rng, 18)
    elif country == "FR":
        bban = digits(rng, 23)
    elif country == "ES":
        bban = digits(rng, 20)
    elif country == "NL":
        bban = rng.choice(["ABNA", "RABO", "INGB", "TRIO"]) + digits(rng, 10)
    else:  # IT
        bban = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 22)
    return country + iban_check(country, bban) + bban


def gen_phone(rng, region):
    if region == "UK":
        return rng.choice(["07", "07", "01", "02"]) + digits(rng, 9)
    if region == "IE":
        return "08" + rng.choice("35679") + digits(rng, 7)
    area = rng.choice("23456789") + digits(rng, 2)
    exch = rng.choice("23456789") + digits(rng, 2)
    return area + exch + digits(rng, 4)


FIRST = ["sarah", "james", "priya", "tom", "aoife", "michael", "linda", "kwame", "siobhan", "raj",
         "emma", "david", "fatima", "ciaran", "olga", "mark", "jenny", "luis", "hannah", "gareth"]
LAST = ["doyle", "patel", "smith", "okafor", "murphy", "kowalski", "hughes", "nguyen", "brennan",
        "fischer", "evans", "garcia", "walsh", "reid", "campbell", "moreau", "byrne", "khan"]
DOMAINS_SPOKEN = [("gmail", "com"), ("hotmail", "co.uk"), ("yahoo", "com"), ("outlook", "com"),
                  ("icloud", "com"), ("eircom", "net"), ("btinternet", "com"), ("aol", "com"),
                  ("web", "de"), ("orange", "fr"), ("live", "ie"), ("proton", "me")]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom, tld = rng.choice(DOMAINS_SPOKEN)
    style = rng.choice(["f.l", "fl", "f_l", "finitl", "fl99", "f.l.99", "l.f"])
    num = str(rng.randint(1, 99))
    if style == "f.l":
        local = [f, ".", l]
    elif style == "fl":
        local = [f, l]
    elif style == "f_l":
        local = [f, "_", l]
    elif style == "finitl":
        local = [f[0], ".", l]
    elif style == "fl99":
        local = [f, l, num]
    elif style == "f.l.99":
        local = [f, ".", l, num]
    else:
        local = [l, ".", f]
    return local, dom, tld


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def gen_dob(rng):
    y = rng.randint(1941, 2004)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return d, m, y


UK_OUT = ["SW1A", "M1", "B33", "LS6", "EH3", "CF10", "BS8", "G12", "NE1", "RG1", "OX4", "CB2",
          "L18", "PO16", "N7", "E14", "SE15", "W4", "BT9", "DN55", "NG7", "CV4", "SK8", "TN23"]
INWARD_LET = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode(rng):
    return rng.choice(UK_OUT) + str(rng.randint(0, 9)) + rng.choice(INWARD_LET) + rng.choice(INWARD_LET)


def gen_zip(rng, plus4=False):
    z = rng.choice("0123456789") + digits(rng, 4)
    if z == "00000":
        z = "10001"
    return z + ("-" + digits(rng, 4) if plus4 else "")


STREETS = ["elm", "oak", "maple", "church", "station", "victoria", "park", "mill", "high",
           "cedar", "willow", "king", "queen", "chapel", "meadow", "harbour", "washington",
           "lincoln", "pine", "sycamore", "ash grove", "bridge", "orchard", "south"]
SUFFIX_UK = ["road", "street", "lane", "avenue", "close", "drive", "crescent", "gardens", "way", "terrace"]
SUFFIX_US = ["street", "avenue", "road", "drive", "boulevard", "lane", "court", "place", "way"]
SUFFIX_WORDS = set(SUFFIX_UK + SUFFIX_US + ["st", "rd", "ave", "dr", "blvd", "ln", "ct", "pl", "cres"])

# ---------------------------------------------------------------------------
# speaking numbers like an ASR transcript
# ---------------------------------------------------------------------------

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
HOMO = {"1": ["won"], "2": ["to", "too"], "4": ["for"], "8": ["ate"]}
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bob", "c": "cat", "d": "david", "e": "edward", "g": "george",
        "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mary", "n": "nancy",
        "p": "peter", "r": "robert", "s": "sugar", "t": "tom", "w": "william", "y": "yellow",
        "z": "zebra", "x": "xmas", "f": "freddie", "o": "orange", "q": "queen", "i": "ireland",
        "u": "uncle", "v": "victor"}


def zero_word(rng, region):
    if region == "US":
        return rng.choice(["zero", "zero", "oh", "o"])
    return rng.choice(["oh", "oh", "oh", "nought", "zero", "o"])


def dword(d, rng, region, homo):
    if d == "0":
        return zero_word(rng, region)
    if homo and d in HOMO and rng.random() < 0.12:
        return rng.choice(HOMO[d])
    return UNITS[int(d)]


def pair_words(p, rng, region, homo):
    if p[0] == "0":
        return [zero_word(rng, region), dword(p[1], rng, region, homo)]
    if p[0] == "1":
        return [TEENS[int(p[1])]]
    if p[1] == "0":
        return [TENS[int(p[0])]]
    return [TENS[int(p[0])], UNITS[int(p[1])]]


def say_digits(ds, rng, region="UK", style=None, homo=True):
    """Return a spoken rendering of a digit string."""
    style = style or rng.choice(["single", "single", "grouped", "grouped", "pairs"])
    words = []
    if style == "single":
        words = [dword(d, rng, region, homo) for d in ds]
    elif style == "grouped":
        i = 0
        while i < len(ds):
            j = i
            while j < len(ds) and ds[j] == ds[i]:
                j += 1
            run = j - i
            while run >= 3 and rng.random() < 0.7:
                words += ["triple", dword(ds[i], rng, region, False)]
                run -= 3
            while run >= 2 and rng.random() < 0.85:
                words += ["double", dword(ds[i], rng, region, False)]
                run -= 2
            words += [dword(ds[i], rng, region, homo) for _ in range(run)]
            i = j
    else:  # pairs, leading single if odd length
        i = 0
        if len(ds) % 2:
            words.append(dword(ds[0], rng, region, homo))
            i = 1
        while i < len(ds):
            words += pair_words(ds[i:i + 2], rng, region, homo)
            i += 2
        res = " ".join(words)
        if normalise(res) != ds:  # ambiguous rendering (e.g. 'fifty three oh'): fall back
            return say_digits(ds, rng, region, "single", homo)
        return res
    return " ".join(words)


def say_chunks(chunks, rng, region="UK", style=None, homo=True, filler=0.0, sep=" "):
    out = []
    for k, ch in enumerate(chunks):
        if k and rng.random() < filler:
            out.append(rng.choice(["um", "uh", "er", "erm"]))
        out.append(say_digits(ch, rng, region, style, homo))
    res = sep.join(out)
    if normalise(res) != "".join(chunks):  # e.g. 'five twenty' + 'seven ...': re-read digit by digit
        return sep.join(say_digits(ch, rng, region, "single", homo) for ch in chunks)
    return res


LETTER_HOMO = {"c": "see", "r": "are", "y": "why", "u": "you", "b": "bee", "t": "tea", "j": "jay",
               "k": "kay", "x": "ex", "p": "pea", "q": "queue", "m": "em"}


def say_letter(c, rng, p_phon=0.35, p_homo=0.12):
    c = c.lower()
    if c in LETTER_HOMO and rng.random() < p_homo:
        return LETTER_HOMO[c]
    if c == "o" or rng.random() < p_phon:
        table = NATO if rng.random() < 0.6 else FOLK
        link = rng.choice(["for", "for", "as in"])
        return "%s %s %s" % (c, link, table[c])
    return c


def say_alnum(s, rng, region="UK", pairs=False):
    """Speak an alphanumeric string: letters spelled, digit runs spoken."""
    out = []
    runs = re.findall(r"[A-Za-z]|\d+", s)
    k = 0
    while k < len(runs):
        run = runs[k]
        if run.isalpha() and k + 1 < len(runs) and runs[k + 1] == run and rng.random() < 0.5:
            out.append("double " + run.lower())
            k += 2
            continue
        k += 1
        if run.isdigit():
            out.append(say_digits(run, rng, region, "pairs" if pairs else rng.choice(["single", "grouped"]),
                                  homo=False))
        else:
            out.append(say_letter(run, rng))
    return " ".join(out)


def num_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])


def ord_words(n):
    if n <= 20:
        return ORD[n]
    if n % 10 == 0:
        return "thirtieth"
    return TENS[n // 10] + " " + ORD[n % 10]


def say_year(y, rng):
    if y >= 2000:
        if rng.random() < 0.5:
            return "two thousand and " + num_words(y - 2000) if y > 2000 else "two thousand"
        return "two thousand " + num_words(y - 2000) if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    return num_words(hi) + " " + (num_words(lo) if lo >= 10 else "oh " + UNITS[lo])


def say_dob(d, m, y, rng, region):
    st = rng.choice(["dmy", "mdy", "digits", "pairs", "dmy_short"]) if region != "US" else \
        rng.choice(["mdy", "mdy", "digits", "pairs", "dmy"])
    if st == "dmy":
        return "the %s of %s %s" % (ord_words(d), MONTHS[m - 1], say_year(y, rng)) if rng.random() < 0.6 \
            else "%s %s %s" % (ord_words(d), MONTHS[m - 1], say_year(y, rng))
    if st == "mdy":
        return "%s %s %s" % (MONTHS[m - 1], ord_words(d) if rng.random() < 0.6 else num_words(d), say_year(y, rng))
    if st == "dmy_short":
        return "%s of %s %s" % (ord_words(d), MONTHS[m - 1], num_words(y % 100) if y % 100 >= 10
                                 else "oh " + UNITS[y % 10])
    ds = ("%02d%02d%02d" % (m, d, y % 100)) if region == "US" else ("%02d%02d%02d" % (d, m, y % 100))
    if st == "digits":
        return say_digits(ds, rng, region, "single", homo=False)
    return say_digits(ds, rng, region, "pairs", homo=False)


def type_dob(d, m, y, rng, region):
    st = rng.choice(["slash", "dash", "long", "iso", "dots"])
    if st == "slash":
        return ("%02d/%02d/%d" % (m, d, y)) if region == "US" else ("%02d/%02d/%d" % (d, m, y))
    if st == "dash":
        return ("%d-%d-%d" % (m, d, y)) if region == "US" else ("%d-%d-%d" % (d, m, y))
    if st == "long":
        mn = MONTHS[m - 1].capitalize()
        return ("%s %d, %d" % (mn, d, y)) if region == "US" else ("%d %s %d" % (d, mn, y))
    if st == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    return "%02d.%02d.%d" % (d, m, y)


def gen_expiry(rng):
    return rng.randint(1, 12), rng.randint(26, 32)


def say_expiry(m, y, rng, region):
    st = rng.choice(["digits", "pairs", "month", "month20", "slash"])
    if st == "digits":
        return say_digits("%02d%02d" % (m, y), rng, region, "single", homo=False)
    if st == "pairs":
        return say_digits("%02d%02d" % (m, y), rng, region, "pairs", homo=False)
    if st == "month":
        return "%s %s" % (MONTHS[m - 1], num_words(y))
    if st == "month20":
        return "%s twenty %s" % (MONTHS[m - 1], num_words(y))
    return "%s slash %s" % (say_digits("%02d" % m, rng, region, "pairs", homo=False), num_words(y))


def type_expiry(m, y, rng):
    return rng.choice(["%02d/%02d", "%d/%02d", "%02d/20%02d", "%02d-%02d", "%02d / %02d"]) % (m, y)


def say_email(local, dom, tld, rng, spell=False):
    parts = []
    for p in local:
        if p == ".":
            parts.append("dot")
        elif p == "_":
            parts.append("underscore")
        elif p.isdigit():
            parts.append(say_digits(p, rng, "UK", rng.choice(["single", "pairs"]), homo=False))
        elif spell or len(p) == 1:
            parts.append(" ".join(p))
        else:
            parts.append(p)
    parts.append("at")
    parts.append({"gmail": "g mail", "hotmail": "hot mail", "outlook": "out look", "btinternet": "b t internet",
                  "icloud": "i cloud"}.get(dom, dom) if rng.random() < 0.4 else dom)
    for seg in tld.split("."):
        parts.append("dot")
        parts.append(seg)
    return " ".join(parts)


def type_email(local, dom, tld, rng):
    s = "".join(local) + "@" + dom + "." + tld
    if rng.random() < 0.3:
        s = s.capitalize()
    return s


def say_postcode_uk(pc, rng):
    out, inn = pc[:-3], pc[-3:]
    return say_alnum(out, rng, "UK", pairs=rng.random() < 0.4) + " " + say_alnum(inn, rng, "UK")


def type_postcode_uk(pc, rng):
    s = pc[:-3] + rng.choice([" ", " ", ""]) + pc[-3:]
    return s.lower() if rng.random() < 0.25 else s


def say_address(rng, region):
    num = rng.randint(1, 250)
    street = rng.choice(STREETS)
    suf = rng.choice(SUFFIX_US if region == "US" else SUFFIX_UK)
    numw = num_words(num) if num < 100 else say_digits(str(num), rng, region, rng.choice(["single", "pairs"]), homo=False)
    s = "%s %s %s" % (numw, street, suf)
    if rng.random() < 0.3:
        s = rng.choice(["flat", "apartment", "unit"]) + " " + num_words(rng.randint(1, 30)) + " " + s
    return s


def type_address(rng, region):
    num = rng.randint(1, 2500 if region == "US" else 250)
    street = " ".join(w.capitalize() for w in rng.choice(STREETS).split())
    suf = rng.choice(SUFFIX_US if region == "US" else SUFFIX_UK)
    if rng.random() < 0.3:
        suf = {"street": "St", "road": "Rd", "avenue": "Ave", "drive": "Dr"}.get(suf, suf)
    else:
        suf = suf.capitalize()
    s = "%d %s %s" % (num, street, suf)
    if rng.random() < 0.3:
        s = rng.choice(["Flat %d, ", "Apt %d, ", "Unit %d "]) % rng.randint(1, 40) + s
    if rng.random() < 0.2:
        s = s.lower()
    return s


# ---------------------------------------------------------------------------
# shared context bits
# ---------------------------------------------------------------------------

BACK = ["mhm", "yep", "okay go on", "uh huh", "yeah", "okay", "right", "got that", "go on", "yes"]
FILL = ["um", "uh", "er", "erm"]
IND_CALL = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
            "government services"]
CUR = {"UK": "pounds", "IE": "euro", "US": "dollars", "EU": "euro"}


def region_pick(rng, allowed=("UK", "US", "IE")):
    return rng.choice(list(allowed))


def non_pii_chat_call(rng, region):
    cur = CUR[region]
    return rng.choice([
        "i've been on hold for like %s minutes" % num_words(rng.randint(12, 55)),
        "it's about the bill for %s %s %s" % (num_words(rng.randint(20, 99)), cur, num_words(rng.randint(10, 99))),
        "i rang on the %s and nobody called me back" % ORD[rng.randint(2, 20)],
        "it's the third time this week honestly",
        "my contract started back in twenty %s" % num_words(rng.randint(15, 24)),
        "the engineer was meant to come at half %s" % UNITS[rng.randint(1, 9)],
        "we've got %s lines on the account" % UNITS[rng.randint(2, 5)],
    ])


def call_note(ind, what):
    return "call/%s: %s" % (ind, what)


def chat_note(ind, what):
    return "chat/%s: %s" % (ind, what)


# ---------------------------------------------------------------------------
# positive templates: calls (ASR style)
# ---------------------------------------------------------------------------


def p_call_card(rng):
    region = region_pick(rng)
    ind = rng.choice(["retail", "telecom", "utilities", "insurance", "travel", "healthcare billing"])
    card = gen_card(rng)
    chunks = group_card(card)
    mode = rng.choice(["one", "split", "split", "correct", "restart", "readback", "homo", "interrupt"])
    cs = Case("positive", "")
    cur = CUR[region]
    cs.a(rng.choice(["okay so the payment today is %s %s can i take the long number on the card please" % (num_words(rng.randint(20, 99)), cur),
                     "right whenever you're ready go ahead with the card number",
                     "and what's the sixteen digit number across the front",
                     "lovely so i just need the card details now starting with the long number"]))
    desc = ""
    if mode in ("one", "homo"):
        st = rng.choice(["single", "grouped", "pairs", None])
        spoken = say_chunks(chunks, rng, region, st, homo=(mode == "homo"), filler=0.3)
        cs.c(rng.choice(["yeah it's ", "okay so it's ", "um ", "", "yep that's "]), V(spoken, "CARD_NUMBER"),
             rng.choice(["", " that's my debit card", " did you get that", " okay"]))
        desc = "card read in one turn" + (" with ASR homophones (for/to/ate/won)" if mode == "homo" else " with fillers")
    elif mode == "split":
        g = "card"
        for k, ch in enumerate(chunks):
            pre = rng.choice(["", "", "right ", "okay ", "and then "]) if k else rng.choice(["okay ", "so ", "right "])
            cs.c(pre, V(say_digits(ch, rng, region, None), "CARD_NUMBER", g))
            if k < len(chunks) - 1:
                cs.a(rng.choice(BACK))
        desc = "card split over %d customer turns with back-channels" % len(chunks)
    elif mode == "correct":
        wrong = list(chunks[1])
        wrong[-1] = str((int(wrong[-1]) + rng.randint(1, 8)) % 10)
        cs.c(V(say_digits(chunks[0], rng, region, "single"), "CARD_NUMBER", "c"), " ",
             V(say_digits("".join(wrong), rng, region, "single"), "CARD_NUMBER", False),
             rng.choice([" no sorry ", " wait no ", " sorry that's wrong "]),
             V(say_chunks(chunks[1:], rng, region, None), "CARD_NUMBER", "c"))
        desc = "card with a self-correction mid-reading (false start labelled)"
    elif mode == "restart":
        cs.c(V(say_chunks(chunks[:2], rng, region, "single"), "CARD_NUMBER", False))
        cs.a(rng.choice(["sorry sorry can you slow down a bit for me", "sorry you cut out there can you start again",
                         "hang on sorry start that again"]))
        cs.c(rng.choice(["oh sorry yeah ", "okay ", "no problem "]), V(say_chunks(chunks, rng, region, None, filler=0.3), "CARD_NUMBER"))
        desc = "agent interrupts mid-reading and the caller restarts the card"
    elif mode == "interrupt":
        cs.c(rng.choice(["yeah ", "okay ", ""]), V(say_chunks(chunks[:2], rng, region, None), "CARD_NUMBER", "k"))
        cs.a(rng.choice(["sorry just a sec the line's breaking up okay carry on",
                         "hold on sorry my screen's frozen right go ahead",
                         "sorry was that for the %s %s payment yeah okay carry on" % (num_words(rng.randint(20, 99)), cur)]))
        cs.c(rng.choice(["so ", "then it's ", "um "]), V(say_chunks(chunks[2:], rng, region, None), "CARD_NUMBER", "k"))
        desc = "agent interrupts mid-reading, caller carries on with the rest"
    else:
        spoken = say_chunks(chunks, rng, region, None)
        cs.c("it's ", V(spoken, "CARD_NUMBER"))
        cs.a("let me just read that back ", V(say_chunks(chunks, rng, region, "single"), "CARD_NUMBER"), " is that right")
        cs.c("yes that's it")
        desc = "card read, then read back by the agent"
    m, y = gen_expiry(rng)
    cvv = digits(rng, 4 if len(card) == 15 else 3)
    if rng.random() < 0.5:
        cs.a("and the expiry date")
        cs.c(rng.choice(["", "um ", "it's "]), V(say_expiry(m, y, rng, region), "EXPIRY"))
        cs.a(rng.choice(["and the four digit code on the front of the card", "and finally the security code"]) if len(card) == 15 else
             rng.choice(["and the three digit security code on the back", "and the last three digits on the signature strip",
                         "and finally the security code"]))
        cs.c(rng.choice(["", "that's ", "it's "]), V(say_digits(cvv, rng, region, "single"), "CVV"))
    else:
        cs.a("and then the expiry and the security code please")
        cs.c(rng.choice(["expiry's ", "it expires "]), V(say_expiry(m, y, rng, region), "EXPIRY"),
             rng.choice([" and the code on the back is ", " and the security number is ", " um the three digits are "]),
             V(say_digits(cvv, rng, region, "single"), "CVV"))
        desc += "; expiry and cvv in one turn"
    cs.note = call_note(ind, desc)
    return cs


def p_call_ssn(rng):
    ind = rng.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    ssn = gen_ssn(rng)
    chunks = [ssn[:3], ssn[3:5], ssn[5:]]
    mode = rng.choice(["one", "split", "dash", "correct", "readback", "pairs"])
    cs = Case("positive", "")
    cs.a(rng.choice(["for verification can i get your social security number", "and can you confirm your social please",
                     "i'll need the full social on the account"]))
    if mode == "one":
        cs.c(rng.choice(["sure it's ", "yeah ", "um okay ", ""]), V(say_chunks(chunks, rng, "US", None, filler=0.3), "SSN"))
        desc = "ssn read in one turn"
    elif mode == "pairs":
        cs.c("it's ", V(say_chunks(chunks, rng, "US", "pairs"), "SSN"))
        desc = "ssn read as pairs like 'five twenty three'"
    elif mode == "dash":
        cs.c(V(say_chunks(chunks, rng, "US", "single", sep=" dash "), "SSN"))
        desc = "ssn with 'dash' spoken between groups"
    elif mode == "split":
        for k, ch in enumerate(chunks):
            cs.c(rng.choice(["", "okay ", "then "]) if k else "it's ", V(say_digits(ch, rng, "US", None), "SSN", "s"))
            if k < 2:
                cs.a(rng.choice(BACK))
        desc = "ssn split over three turns"
    elif mode == "correct":
        wrong = str((int(chunks[0][0]) + 1) % 10) + chunks[0][1:]
        cs.c(V(say_digits(wrong, rng, "US", "single"), "SSN", False), rng.choice([" no hold on ", " sorry i mean "]),
             V(say_chunks(chunks, rng, "US", "single"), "SSN"))
        desc = "ssn with restart after wrong first group"
    else:
        cs.c(V(say_chunks(chunks, rng, "US", None), "SSN"))
        cs.a("okay i have ", V(say_chunks(chunks, rng, "US", "single"), "SSN"), " is that correct")
        cs.c("yep")
        desc = "ssn read back by agent"
    if rng.random() < 0.35:
        d, m, y = gen_dob(rng)
        cs.a("and your date of birth")
        cs.c(V(say_dob(d, m, y, rng, "US"), "DOB"))
        desc += " + dob"
    cs.note = call_note(ind, desc)
    return cs


def p_call_ni(rng):
    ind = rng.choice(["government services", "banking", "insurance", "utilities", "healthcare billing"])
    ni = gen_ni(rng)
    mode = rng.choice(["one", "phon", "split", "pairs", "correct", "readback", "letters_sep"])
    cs = Case("positive", "")
    cs.a(rng.choice(["can i take your national insurance number please", "and what's your n i number",
                     "i just need your national insurance number to find the record"]))
    let, num, suf = ni[:2], ni[2:8], ni[8]
    if mode == "one":
        cs.c(rng.choice(["yeah it's ", "um ", "", "okay it's "]),
             V("%s %s %s" % (say_letter(let[0], rng, 0), say_letter(let[1], rng, 0), say_digits(num, rng, "UK", "single", homo=False))
               + " " + say_letter(suf, rng, 0), "NI_NUMBER"))
        desc = "NI number read letter by letter in one turn"
    elif mode == "phon":
        cs.c(V("%s %s %s %s" % (say_letter(let[0], rng, 1), say_letter(let[1], rng, 1),
                                say_digits(num, rng, "UK", "grouped", homo=False), say_letter(suf, rng, 1)), "NI_NUMBER"))
        desc = "NI number with phonetic spelling 'x for ...'"
    elif mode == "pairs":
        cs.c("it's ", V("%s %s %s" % (say_letter(let[0], rng), say_letter(let[1], rng),
                                      say_digits(num, rng, "UK", "pairs", homo=False)) + " " + say_letter(suf, rng), "NI_NUMBER"))
        desc = "NI number digits said as pairs"
    elif mode == "split":
        cs.c(V(say_letter(let[0], rng) + " " + say_letter(let[1], rng), "NI_NUMBER", "n"))
        cs.a(rng.choice(BACK))
        cs.c(V(say_chunks([num[:2], num[2:4]], rng, "UK", None, homo=False), "NI_NUMBER", "n"))
        cs.a(rng.choice(BACK))
        cs.c(V(say_digits(num[4:], rng, "UK", None, homo=False), "NI_NUMBER", "n"), rng.choice([" and then ", " and the letter at the end is ", " "]),
             V(say_letter(suf, rng), "NI_NUMBER", "n"))
        desc = "NI number split over three turns"
    elif mode == "letters_sep":
        cs.c(V(say_letter(let[0], rng, 1) + " " + say_letter(let[1], rng, 1), "NI_NUMBER", "n"))
        cs.a("sorry was that " + let[1].lower() + " " + rng.choice(["as in", "for"]) + " " + NATO[let[1].lower()])
        cs.c("yeah that's right then ", V(say_digits(num, rng, "UK", "single", homo=False) + " " + say_letter(suf, rng),
                                          "NI_NUMBER", "n"))
        desc = "NI prefix letters confirmed by agent (confirmation of a single letter unlabelled), then the rest"
    elif mode == "correct":
        cs.c(V(say_letter(let[0], rng, 0) + " " + say_letter(let[1], rng, 0) + " " + say_digits(num[:3], rng, "UK", "single", homo=False),
               "NI_NUMBER", False),
             rng.choice([" oh hang on no ", " sorry let me start again "]),
             V(say_letter(let[0], rng) + " " + say_letter(let[1], rng) + " " + say_digits(num, rng, "UK", None, homo=False) + " " + say_letter(suf, rng),
               "NI_NUMBER"))
        desc = "NI number restarted mid-reading"
    else:
        cs.c(V(say_alnum(ni, rng), "NI_NUMBER"))
        cs.a("so i've got ", V(say_alnum(ni, rng), "NI_NUMBER"), rng.choice([" yeah", " is that right"]))
        cs.c("that's it")
        desc = "NI number read back by agent"
    if rng.random() < 0.3:
        pc = gen_uk_postcode(rng)
        cs.a("and the postcode on the record")
        cs.c(V(say_postcode_uk(pc, rng), "POSTCODE"))
        desc += " + postcode"
    cs.note = call_note(ind, desc)
    return cs


def p_call_bank_uk(rng):
    ind = rng.choice(["banking", "utilities", "insurance", "government services"])
    sc, acc = digits(rng, 6), digits(rng, 8)
    mode = rng.choice(["separate", "together", "split", "pairs", "readback"])
    cs = Case("positive", "")
    cs.a(rng.choice(["to set up the direct debit i'll need your sort code and account number",
                     "which account would you like the refund paid into"]))
    if mode == "separate":
        cs.c("sort code is ", V(say_digits(sc, rng, "UK", rng.choice(["single", "pairs"])), "SORT_CODE"))
        cs.a(rng.choice(BACK) + " and the account number")
        cs.c(V(say_chunks([acc[:4], acc[4:]], rng, "UK", None, filler=0.4), "BANK_ACCOUNT"))
        desc = "sort code and account in separate turns"
    elif mode == "together":
        cs.c("okay sort code ", V(say_chunks([sc[:2], sc[2:4], sc[4:]], rng, "UK", None), "SORT_CODE"),
             rng.choice([" account number ", " and the account is ", " then the account number's "]),
             V(say_digits(acc, rng, "UK", None), "BANK_ACCOUNT"))
        desc = "sort code and account number in one turn"
    elif mode == "pairs":
        cs.c("the sort code's ", V(say_digits(sc, rng, "UK", "pairs"), "SORT_CODE"), " and the account is ",
             V(say_digits(acc, rng, "UK", "pairs"), "BANK_ACCOUNT"))
        desc = "sort code and account said as pairs ('forty one eleven')"
    elif mode == "split":
        cs.c("sort code ", V(say_digits(sc[:4], rng, "UK", None), "SORT_CODE", "sc"))
        cs.a("mhm")
        cs.c(V(say_digits(sc[4:], rng, "UK", None), "SORT_CODE", "sc"))
        cs.a("and the account number")
        cs.c(V(say_digits(acc[:3], rng, "UK", "single"), "BANK_ACCOUNT", "ac"), " " + rng.choice(FILL) + " ",
             V(say_digits(acc[3:], rng, "UK", None), "BANK_ACCOUNT", "ac"))
        desc = "sort code split over two turns, filler inside account number"
    else:
        cs.c(V(say_digits(sc, rng, "UK", None), "SORT_CODE"), " and ", V(say_digits(acc, rng, "UK", None), "BANK_ACCOUNT"))
        cs.a("so that's sort code ", V(say_digits(sc, rng, "UK", "pairs"), "SORT_CODE"), " account ",
             V(say_digits(acc, rng, "UK", "single"), "BANK_ACCOUNT"))
        cs.c("correct")
        desc = "bank details read back by agent"
    cs.note = call_note(ind, desc)
    return cs


def p_call_bank_us(rng):
    ind = rng.choice(["banking", "insurance", "utilities", "healthcare billing"])
    acc = digits(rng, rng.choice([9, 10, 11, 12]), True)
    cs = Case("positive", "")
    cs.a("what's the checking account number you'd like us to debit")
    if rng.random() < 0.5:
        cs.c("okay it's ", V(say_digits(acc, rng, "US", None, homo=True), "BANK_ACCOUNT"))
        desc = "US checking account number in one turn"
    else:
        half = len(acc) // 2
        cs.c(V(say_digits(acc[:half], rng, "US", "single"), "BANK_ACCOUNT", "a"))
        cs.a("sorry go ahead")
        cs.c(V(say_digits(acc[half:], rng, "US", None), "BANK_ACCOUNT", "a"), " that's it")
        desc = "US account number split across two turns"
    cs.note = call_note(ind, desc)
    return cs


def p_call_iban(rng):
    region = rng.choice(["IE", "EU", "UK"])
    country = {"IE": "IE", "UK": "GB"}.get(region) or rng.choice(["DE", "FR", "ES", "NL", "IT"])
    iban = gen_iban(rng, country)
    ind = rng.choice(["banking", "travel", "insurance", "utilities", "retail"])
    cs = Case("positive", "")
    cs.a(rng.choice(["and the i ban for the refund please", "can you give me your iban for the payment",
                     "okay read me out the iban when you have it"]))
    chunks = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    mode = rng.choice(["split", "split", "one"])
    if mode == "split":
        for k, ch in enumerate(chunks):
            cs.c(V(say_alnum(ch, rng, "UK"), "IBAN", "i"))
            if k < len(chunks) - 1:
                cs.a(rng.choice(BACK))
        desc = "%s IBAN read in groups of four over several turns" % country
    else:
        cs.c(rng.choice(["yeah so ", "it's ", ""]), V(" ".join(say_alnum(ch, rng, "UK") for ch in chunks), "IBAN"))
        desc = "%s IBAN read in one long turn" % country
    cs.note = call_note(ind, desc)
    return cs


def say_phone(ph, rng, region, intl=False):
    if intl:
        cc = {"UK": "44", "IE": "353", "US": "1"}[region]
        rest = ph[1:] if region != "US" else ph
        return "plus " + say_digits(cc, rng, region, "single", homo=False) + " " + \
            say_chunks([rest[:3], rest[3:6], rest[6:]], rng, region, None)
    if region == "US":
        return say_chunks([ph[:3], ph[3:6], ph[6:]], rng, region, None, filler=0.2)
    if region == "IE":
        return say_chunks([ph[:3], ph[3:6], ph[6:]], rng, region, None, filler=0.2)
    return say_chunks([ph[:5], ph[5:8], ph[8:]], rng, region, None, filler=0.2)


def p_call_phone(rng):
    region = region_pick(rng)
    ind = rng.choice(IND_CALL)
    ph = gen_phone(rng, region)
    mode = rng.choice(["one", "intl", "split", "correct", "readback", "double", "area"])
    cs = Case("positive", "")
    cs.a(rng.choice(["what's the best number to reach you on", "and a contact number in case we get cut off",
                     "can i just confirm the mobile number on the account"]))
    if mode == "one":
        cs.c(rng.choice(["it's ", "yeah ", "my mobile is ", ""]), V(say_phone(ph, rng, region), "PHONE"))
        desc = "%s phone number in one turn" % region
    elif mode == "area" and region == "US":
        cs.c("area code ", V(say_digits(ph[:3], rng, region, None), "PHONE", "p"), rng.choice([" and then ", " then "]),
             V(say_chunks([ph[3:6], ph[6:]], rng, region, None), "PHONE", "p"))
        desc = "US phone with 'area code' lead-in, two spans"
    elif mode == "area":
        cs.c(V(say_digits(ph[:5 if region == "UK" else 3], rng, region, None), "PHONE", "p"))
        cs.a("sorry go on")
        cs.c(rng.choice(["yeah ", "", "um "]), V(say_digits(ph[5 if region == "UK" else 3:], rng, region, "single"), "PHONE", "p"))
        desc = "%s phone, agent interrupts after the prefix" % region
    elif mode == "double":
        cs.c(V(say_digits(ph, rng, region, "grouped"), "PHONE"), " " + rng.choice(["that's my mobile", "that's the landline", "it's a new number"]))
        desc = "%s phone with double/triple digits" % region
    elif mode == "intl":
        cs.c(V(say_phone(ph, rng, region, intl=True), "PHONE"))
        desc = "%s phone with 'plus' country code" % region
    elif mode == "split":
        a, b = ph[:5], ph[5:]
        cs.c(V(say_digits(a, rng, region, None), "PHONE", "p"))
        cs.a(rng.choice(BACK))
        cs.c(V(say_digits(b, rng, region, None), "PHONE", "p"))
        desc = "%s phone split across two turns" % region
    elif mode == "correct":
        wrong = ph[:6] + str((int(ph[6]) + 3) % 10)
        cs.c(V(say_digits(wrong, rng, region, "single"), "PHONE", False), rng.choice([" no sorry that's my old one ", " wait "]),
             V(say_phone(ph, rng, region), "PHONE"))
        desc = "%s phone with a self-correction" % region
    else:
        cs.c(V(say_phone(ph, rng, region), "PHONE"))
        cs.a("that's ", V(say_digits(ph, rng, region, "single"), "PHONE"), " yeah")
        cs.c("yeah")
        desc = "%s phone read back" % region
    if rng.random() < 0.25:
        cs.c(non_pii_chat_call(rng, region))
    cs.note = call_note(ind, desc)
    return cs


def p_call_email(rng):
    region = region_pick(rng)
    ind = rng.choice(IND_CALL)
    local, dom, tld = gen_email(rng)
    mode = rng.choice(["one", "spell", "split", "readback"])
    cs = Case("positive", "")
    cs.a(rng.choice(["and what email address should we send the confirmation to", "can i grab an email address for you",
                     "which email is it registered under"]))
    if mode == "one":
        cs.c(rng.choice(["it's ", "yeah it's ", ""]), V(say_email(local, dom, tld, rng), "EMAIL"))
        desc = "email spoken with 'dot' and 'at'"
    elif mode == "spell":
        cs.c(V(say_email(local, dom, tld, rng, spell=True), "EMAIL"))
        desc = "email spelled letter by letter"
    elif mode == "split":
        cs.c(V(say_email(local, dom, tld, rng).split(" at ")[0], "EMAIL", "e"))
        cs.a(rng.choice(["okay", "mhm at"]))
        tail = say_email(local, dom, tld, rng).split(" at ")[1]
        cs.c(V("at " + tail, "EMAIL", "e"))
        desc = "email split across turns at the '@'"
    else:
        cs.c(V(say_email(local, dom, tld, rng), "EMAIL"))
        cs.a("so that's ", V(say_email(local, dom, tld, rng), "EMAIL"), " perfect")
        desc = "email read back by agent"
    cs.note = call_note(ind, desc)
    return cs


def p_call_dob(rng):
    region = region_pick(rng)
    ind = rng.choice(IND_CALL)
    d, m, y = gen_dob(rng)
    cs = Case("positive", "")
    cs.a(rng.choice(["can you confirm your date of birth for me", "and the date of birth on the policy",
                     "what's the patient's date of birth"]))
    mode = rng.choice(["one", "one", "correct", "with_age"])
    if mode == "one":
        cs.c(rng.choice(["it's ", "yeah ", "um ", ""]), V(say_dob(d, m, y, rng, region), "DOB"))
        desc = "dob spoken"
    elif mode == "correct":
        d2 = d + 1
        cs.c(V(say_dob(d2, m, y, rng, region), "DOB", False), rng.choice([" no wait sorry ", " oh no that's my wife's sorry it's "]),
             V(say_dob(d, m, y, rng, region), "DOB"))
        desc = "dob with self-correction (first date labelled too)"
    else:
        cs.c(V(say_dob(d, m, y, rng, region), "DOB"), " so i'm %s now" % num_words(2026 - y - 1))
        desc = "dob plus an age (age unlabelled)"
    cs.a(rng.choice(["thank you", "lovely thanks", "great that matches"]))
    cs.note = call_note(ind, desc)
    return cs


def p_call_address(rng):
    region = region_pick(rng)
    ind = rng.choice(IND_CALL)
    cs = Case("positive", "")
    cs.a(rng.choice(["can you confirm the first line of the address and the postcode", "what's the address on the account",
                     "and where should we send the replacement"]))
    addr = say_address(rng, region)
    if region == "US":
        z = gen_zip(rng)
        cs.c(rng.choice(["it's ", "", "sure "]), V(addr, "ADDRESS"), " %s " % rng.choice(["springfield", "austin texas", "in dayton ohio", "tampa"]),
             V(say_digits(z, rng, "US", rng.choice(["single", "pairs", "grouped"]), homo=False), "POSTCODE"))
        desc = "US street address and zip in one turn"
    else:
        pc = gen_uk_postcode(rng)
        if rng.random() < 0.5:
            cs.c(V(addr, "ADDRESS"))
            cs.a(rng.choice(["and the postcode", "and the post code"]))
            cs.c(V(say_postcode_uk(pc, rng), "POSTCODE"))
            desc = "UK address then postcode in another turn"
        else:
            cs.c(V(addr, "ADDRESS"), " %s " % rng.choice(["in leeds", "cardiff", "manchester", "the postcode is"]),
                 V(say_postcode_uk(pc, rng), "POSTCODE"))
            desc = "UK address and spelled postcode in one turn"
    if rng.random() < 0.3:
        cs.c(non_pii_chat_call(rng, "IE" if region == "IE" else region))
    cs.note = call_note(ind, desc)
    return cs


def p_call_postcode(rng):
    ind = rng.choice(IND_CALL)
    cs = Case("positive", "")
    pc = gen_uk_postcode(rng)
    cs.a("and just the postcode please")
    mode = rng.choice(["one", "split", "correct"])
    if mode == "one":
        cs.c(rng.choice(["it's ", "", "um "]), V(say_postcode_uk(pc, rng), "POSTCODE"))
        desc = "UK postcode spelled"
    elif mode == "split":
        cs.c(V(say_alnum(pc[:-3], rng), "POSTCODE", "p"))
        cs.a(rng.choice(BACK))
        cs.c(V(say_alnum(pc[-3:], rng), "POSTCODE", "p"))
        desc = "UK postcode split outward/inward across turns"
    else:
        cs.c(V(say_alnum(pc[:-3], rng), "POSTCODE", False), " " + rng.choice(["no sorry that's the old one it's", "sorry i moved it's"]) + " ",
             V(say_postcode_uk(pc, rng), "POSTCODE"))
        desc = "postcode self-correction"
    cs.note = call_note(ind, desc)
    return cs


def p_call_verify(rng):
    """Multi-item verification with two values in one turn and chit-chat."""
    region = region_pick(rng)
    ind = rng.choice(IND_CALL)
    cs = Case("positive", "")
    d, m, y = gen_dob(rng)
    cs.a("before i can discuss the account i need to ask a couple of security questions")
    cs.c(non_pii_chat_call(rng, region))
    cs.a("i understand can you give me your date of birth and postcode")
    if region == "US":
        pc = say_digits(gen_zip(rng), rng, "US", None, homo=False)
    else:
        pc = say_postcode_uk(gen_uk_postcode(rng), rng)
    cs.c(rng.choice(["yeah ", "", "okay "]), V(say_dob(d, m, y, rng, region), "DOB"), rng.choice([" and ", " and the postcode's ", " and it's "]),
         V(pc, "POSTCODE"))
    ph = gen_phone(rng, region)
    cs.a("thanks and the phone number we have on file")
    cs.c(V(say_phone(ph, rng, region), "PHONE"), rng.choice(["", " unless it's the old one", " i think"]))
    cs.note = call_note(ind, "verification with dob and postcode in one turn, then phone")
    return cs


# ---------------------------------------------------------------------------
# positive templates: chat (typed)
# ---------------------------------------------------------------------------


def fmt_card_typed(card, rng):
    ch = group_card(card)
    st = rng.choice(["space", "dash", "none", "space", "dots", "mixed"])
    if st == "space":
        return " ".join(ch)
    if st == "dash":
        return "-".join(ch)
    if st == "none":
        return card
    if st == "dots":
        return ".".join(ch)
    return ch[0] + " " + "".join(ch[1:3]) + "-" + "".join(ch[3:])


def p_chat_card(rng):
    region = region_pick(rng)
    ind = rng.choice(["retail", "telecom", "travel", "utilities", "insurance"])
    card = gen_card(rng)
    m, y = gen_expiry(rng)
    cvv = digits(rng, 4 if len(card) == 15 else 3)
    cs = Case("positive", "")
    cs.a(rng.choice(["Hi! Please provide your card details to complete the payment.", "Sure, can you type the card number, expiry and CVV?"]))
    mode = rng.choice(["all", "sep", "typo"])
    if mode == "all":
        cs.c(rng.choice(["card ", "Card: ", "ok its ", "number "]), V(fmt_card_typed(card, rng), "CARD_NUMBER"),
             rng.choice([" exp ", ", expiry ", " exp: ", " valid till "]), V(type_expiry(m, y, rng), "EXPIRY"),
             rng.choice([" cvv ", ", CVC ", " sec code "]), V(cvv, "CVV"))
        desc = "card, expiry and cvv typed in one message"
    elif mode == "sep":
        cs.c(V(fmt_card_typed(card, rng), "CARD_NUMBER"))
        cs.a("Thanks, and the expiry date and security code?")
        cs.c(V(type_expiry(m, y, rng), "EXPIRY"), rng.choice([" and ", " / ", ", "]), V(cvv, "CVV"))
        desc = "card, then expiry and cvv in a second message"
    else:
        cs.c("sorry typo earlier, the card is ", V(fmt_card_typed(card, rng), "CARD_NUMBER"), " the order total was %d.%02d" %
             (rng.randint(10, 400), rng.randint(0, 99)))
        cs.a("Got it, expiry?")
        cs.c(V(type_expiry(m, y, rng), "EXPIRY"))
        cs.a("And the 3 or 4 digit code on the back?")
        cs.c(V(cvv, "CVV"))
        desc = "card with order total nearby (unlabelled), expiry and cvv separate"
    cs.note = chat_note(ind, desc)
    return cs


def p_chat_ids(rng):
    ind = rng.choice(["banking", "government services", "insurance", "healthcare billing"])
    cs = Case("positive", "")
    if rng.random() < 0.5:
        ssn = gen_ssn(rng)
        f = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (ssn[:3], ssn[3:5], ssn[5:])
        cs.a("To verify your identity, please enter your Social Security number.")
        cs.c(rng.choice(["", "ssn ", "its ", "My SSN is "]), V(f, "SSN"), rng.choice(["", " thanks", ". I called about claim %s yesterday" % digits(rng, 5, True)]))
        desc = "typed SSN"
        if rng.random() < 0.4:
            d, m, y = gen_dob(rng)
            cs.a("And your date of birth?")
            cs.c(V(type_dob(d, m, y, rng, "US"), "DOB"))
            desc += " and dob"
    else:
        ni = gen_ni(rng)
        f = rng.choice(["{} {} {} {} {}", "{}{}{}{}{}", "{} {}{}{} {}"]).format(ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
        if rng.random() < 0.3:
            f = f.lower()
        cs.a("Please confirm your National Insurance number.")
        cs.c(rng.choice(["", "NI no: ", "its ", "sure - "]), V(f, "NI_NUMBER"))
        desc = "typed NI number"
        if rng.random() < 0.4:
            d, m, y = gen_dob(rng)
            cs.a("Thanks. Date of birth?")
            cs.c(V(type_dob(d, m, y, rng, "UK"), "DOB"))
            desc += " and dob"
    cs.note = chat_note(ind, desc)
    return cs


def p_chat_bank(rng):
    ind = rng.choice(["banking", "utilities", "insurance", "travel"])
    cs = Case("positive", "")
    if rng.random() < 0.5:
        sc, acc = digits(rng, 6), digits(rng, 8)
        scf = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        cs.a("Where should the refund go? We need a sort code and account number.")
        cs.c(rng.choice(["sort ", "Sort code: ", "sc "]), V(scf, "SORT_CODE"), rng.choice([" acc ", ", account no. ", " a/c "]), V(acc, "BANK_ACCOUNT"))
        desc = "typed UK sort code and account number"
    else:
        iban = gen_iban(rng)
        f = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if rng.random() < 0.6 else iban
        if rng.random() < 0.25:
            f = f.lower()
        cs.a("Please send the IBAN for the refund.")
        cs.c(rng.choice(["IBAN: ", "here you go ", "its "]), V(f, "IBAN"), rng.choice(["", " (joint account)", " - refund was %d.%02d" % (rng.randint(20, 900), rng.randint(0, 99))]))
        desc = "typed IBAN"
    cs.note = chat_note(ind, desc)
    return cs


def p_chat_contact(rng):
    region = region_pick(rng)
    ind = rng.choice(IND_CALL)
    cs = Case("positive", "")
    local, dom, tld = gen_email(rng)
    ph = gen_phone(rng, region)
    if region == "US":
        phf = rng.choice(["(%s) %s-%s" % (ph[:3], ph[3:6], ph[6:]), "%s-%s-%s" % (ph[:3], ph[3:6], ph[6:]), "+1 %s %s %s" % (ph[:3], ph[3:6], ph[6:])])
    elif region == "IE":
        phf = rng.choice(["%s %s %s" % (ph[:3], ph[3:6], ph[6:]), "+353 %s %s %s" % (ph[1:3], ph[3:6], ph[6:]), ph])
    else:
        phf = rng.choice(["%s %s" % (ph[:5], ph[5:]), "+44 %s %s" % (ph[1:5], ph[5:]), ph, "+44 (0)%s %s" % (ph[1:5], ph[5:])])
    cs.a("Can you update your contact details for us?")
    mode = rng.choice(["both", "addr"])
    if mode == "both":
        cs.c(rng.choice(["email ", "new email is ", ""]), V(type_email(local, dom, tld, rng), "EMAIL"),
             rng.choice([" and mobile ", ", phone: ", " tel "]), V(phf, "PHONE"))
        desc = "typed email and phone in one message"
    else:
        addr = type_address(rng, region)
        if region == "US":
            pc = gen_zip(rng, rng.random() < 0.4)
            cs.c("moved to ", V(addr, "ADDRESS"), ", %s " % rng.choice(["Denver CO", "Boston, MA", "Portland OR"]), V(pc, "POSTCODE"))
        else:
            pc = type_postcode_uk(gen_uk_postcode(rng), rng)
            cs.c("new address ", V(addr, "ADDRESS"), ", %s, " % rng.choice(["Leeds", "Bristol", "Glasgow", "Belfast"]), V(pc, "POSTCODE"))
        cs.a("Thanks! And a contact number?")
        cs.c(V(phf, "PHONE"))
        desc = "typed address, postcode and phone"
    cs.note = chat_note(ind, desc)
    return cs


POS_TEMPLATES = [
    # (function, count)
    (p_call_card, 30), (p_call_ssn, 24), (p_call_ni, 24), (p_call_bank_uk, 12), (p_call_bank_us, 5),
    (p_call_iban, 9), (p_call_phone, 14), (p_call_email, 12), (p_call_dob, 8), (p_call_address, 13),
    (p_call_postcode, 5), (p_call_verify, 7),
    (p_chat_card, 16), (p_chat_ids, 18), (p_chat_bank, 8), (p_chat_contact, 10),
]

# ---------------------------------------------------------------------------
# negative templates
# ---------------------------------------------------------------------------


def n_call(rng):
    region = region_pick(rng)
    cur = CUR[region]
    ind = rng.choice(IND_CALL)
    k = rng.randrange(20)
    cs = Case("negative", "")
    if k == 0:
        ref = digits(rng, rng.choice([6, 7, 8]), True)
        cs.a("have you got an order number there")
        cs.c("yeah the order number is ", say_digits(ref, rng, region, None, homo=False))
        cs.a("okay order %s and that was for %s %s %s" % (say_digits(ref, rng, region, "single", homo=False), num_words(rng.randint(20, 99)), cur, num_words(rng.randint(10, 99))))
        what = "order number read out and read back with a price"
    elif k == 1:
        cs.a("your balance is currently %s hundred and %s %s" % (UNITS[rng.randint(1, 9)], num_words(rng.randint(11, 99)), cur))
        cs.c("and when's that due")
        cs.a("that's due on the %s of %s" % (ord_words(rng.randint(1, 28)), rng.choice(MONTHS)))
        what = "balance and a due date"
    elif k == 2:
        fl = rng.choice(["e i", "b a", "f r", "u a", "d l", "a a"]) + " " + say_digits(digits(rng, 3, True), rng, region, "pairs", homo=False)
        cs.c("i'm booked on flight %s on the %s" % (fl, ord_words(rng.randint(1, 28))))
        cs.a("okay that departs at %s %s and you're in seat %s %s" % (num_words(rng.randint(6, 11)), num_words(rng.randint(10, 55)), num_words(rng.randint(3, 33)), rng.choice(["a", "c", "f"])))
        what = "flight number, departure time and seat"
    elif k == 3:
        mr = digits(rng, 5, True)
        cs.a("could you read me the meter reading")
        cs.c("it says %s" % say_digits(mr, rng, region, None, homo=False))
        cs.a("thanks so that's %s units since the last reading" % num_words(rng.randint(100, 999) % 100 + 100 if False else rng.randint(20, 99)))
        what = "meter reading and usage units"
    elif k == 4:
        tk = digits(rng, rng.choice([7, 8, 9, 10]), True)
        cs.a("i'll give you a reference for this call it's %s" % say_digits(tk, rng, region, None, homo=False))
        cs.c("sorry can you repeat the reference")
        cs.a("reference %s" % say_digits(tk, rng, region, "single", homo=False))
        what = "call reference number given and repeated"
    elif k == 5:
        cs.c("the engineer said he'd be there between %s and %s and he never showed" % (UNITS[rng.randint(8, 9)], num_words(rng.randint(11, 12))))
        cs.a("i'm sorry about that i can rebook you for the %s of %s" % (ord_words(rng.randint(1, 28)), rng.choice(MONTHS)))
        what = "appointment times and rebooking date"
    elif k == 6:
        cs.c("my broadband is meant to be %s megs and i'm getting like %s" % (num_words(rng.randint(30, 90)), UNITS[rng.randint(2, 9)]))
        cs.a("okay and is the router the %s %s model" % (rng.choice(["hub", "h h"]), say_digits(digits(rng, 4, True), rng, region, "pairs", homo=False)))
        what = "speeds and a router model number"
    elif k == 7:
        yr = rng.randint(1990, 2015)
        cs.c("i've been with you since %s and this is how you treat me" % say_year(yr, rng))
        cs.a("i appreciate that you've been a customer for %s years" % num_words(2026 - yr))
        what = "customer since year and tenure"
    elif k == 8:
        cl = digits(rng, rng.choice([6, 8, 9]), True)
        cs.c("i'm calling about claim number %s" % say_digits(cl, rng, region, None, homo=False))
        cs.a("okay i can see the claim for %s %s it was submitted on the %s" % (num_words(rng.randint(200, 999) % 90 + 10), cur, ord_words(rng.randint(1, 28))))
        what = "claim number, amount and submission date"
    elif k == 9:
        cs.c("my mum's %s and she's in room %s at the hospital" % (num_words(rng.randint(70, 95)), say_digits(digits(rng, 3, True), rng, region, "single", homo=False)))
        cs.a("okay and the bill was for the stay from the %s to the %s" % (ord_words(rng.randint(1, 10)), ord_words(rng.randint(11, 28))))
        what = "age, room number and stay dates"
    elif k == 10:
        cs.c("the heating's set to %s degrees but it's reading %s" % (num_words(rng.randint(18, 24)), num_words(rng.randint(11, 16))))
        cs.a("okay the boiler's a %s %s so i'll book a visit for %s" % (rng.choice(["combi", "worcester"]), num_words(rng.randint(25, 40)), rng.choice(["thursday", "next monday", "tomorrow morning"])))
        what = "temperatures and a boiler model"
    elif k == 11:
        inv = digits(rng, 7, True)
        cs.c("invoice %s says %s %s but i was quoted %s" % (say_digits(inv, rng, region, None, homo=False), num_words(rng.randint(40, 99)), cur, num_words(rng.randint(20, 39))))
        cs.a("i can apply a credit of %s percent" % num_words(rng.choice([10, 15, 20, 25])))
        what = "invoice number, amounts and percentage"
    elif k == 12:
        cs.c("i used %s gigs of data and the cap is %s" % (num_words(rng.randint(11, 60)), num_words(rng.choice([20, 30, 50, 40]))))
        cs.a("you've got %s days left in the billing cycle" % num_words(rng.randint(2, 29)))
        what = "data usage and days left"
    elif k == 13:
        tk = digits(rng, 8, True)
        cs.a("your ticket number is %s and you'll hear back within %s working days" % (say_digits(tk, rng, region, "pairs", homo=False), UNITS[rng.randint(3, 7)]))
        cs.c("okay %s got it" % say_digits(tk[-4:], rng, region, "single", homo=False))
        what = "ticket number with last four echoed by caller"
    elif k == 14:
        cs.c("the payment went out on the %s of %s twenty %s for %s %s" % (ord_words(rng.randint(1, 28)), rng.choice(MONTHS), num_words(rng.randint(22, 26)), num_words(rng.randint(20, 99)), cur))
        cs.a("yes i can see it it'll take %s to %s days to come back" % (UNITS[3], UNITS[5]))
        what = "payment date with year and amount"
    elif k == 16:
        cs.a("the delivery window is between %s thirty and %s fifteen on %s the %s" % (UNITS[rng.randint(7, 9)], num_words(rng.randint(11, 12)), rng.choice(["friday", "monday", "wednesday"]), ord_words(rng.randint(1, 28))))
        cs.c("can it be after %s i'm at work till then" % UNITS[rng.randint(4, 6)])
        what = "delivery window times and a weekday date"
    elif k == 17:
        cs.c("i paid %s hundred and %s %s for the %s and it's been %s weeks" % (num_words(rng.randint(11, 19)), num_words(rng.randint(20, 99)), cur, rng.choice(["sofa", "laptop", "washing machine"]), UNITS[rng.randint(2, 6)]))
        cs.a("okay order number %s is showing as dispatched" % say_digits(digits(rng, 9, True), rng, region, None, homo=False))
        what = "large price in hundreds, weeks, order number"
    elif k == 18:
        cs.c("the booking reference is %s and there are %s of us two adults and two kids aged %s and %s" % (
            " ".join(rng.sample(["x", "k", "p", "t", "r", "m"], 3)) + " " + say_digits(digits(rng, 3, True), rng, region, "single", homo=False),
            UNITS[4], UNITS[rng.randint(3, 6)], UNITS[rng.randint(7, 9)]))
        cs.a("lovely and you're flying out on the %s returning the %s" % (ord_words(rng.randint(1, 14)), ord_words(rng.randint(15, 28))))
        what = "alphanumeric booking reference, party size, children's ages, travel dates"
    elif k == 19:
        cs.c("it's been down since the %s of %s at about %s pm that's %s days" % (ord_words(rng.randint(1, 28)), rng.choice(MONTHS), UNITS[rng.randint(2, 9)], UNITS[rng.randint(2, 9)]))
        cs.a("i can see an outage affecting %s hundred homes in your area" % UNITS[rng.randint(2, 9)])
        what = "outage start date/time, duration, count of homes"
    else:
        cs.a("your new contract runs for %s months at %s %s a month starting %s %s" % (num_words(rng.choice([12, 18, 24])), num_words(rng.randint(10, 60)), cur, rng.choice(MONTHS), ord_words(rng.randint(1, 28))))
        cs.c("and it's %s pence a minute for calls abroad" % num_words(rng.randint(10, 60)))
        what = "contract length, monthly price, start date, call rate"
    cs.note = call_note(ind, "negative: " + what)
    return cs


def n_chat(rng):
    region = region_pick(rng)
    sym = {"UK": "£", "IE": "€", "US": "$"}[region]
    ind = rng.choice(IND_CALL)
    k = rng.randrange(14)
    cs = Case("negative", "")
    if k == 0:
        cs.c("Order #%s still hasn't arrived, it was %s%d.%02d" % (digits(rng, 8, True), sym, rng.randint(5, 500), rng.randint(0, 99)))
        cs.a("Sorry about that! It's due on %d %s." % (rng.randint(1, 28), rng.choice(MONTHS).capitalize()))
        what = "order number, price and delivery date"
    elif k == 1:
        cs.c("Invoice INV-%s shows %s%s but I expected %s%d" % (digits(rng, 7, True), sym, "{:,}.{:02d}".format(rng.randint(1000, 9999), rng.randint(0, 99)), sym, rng.randint(50, 900)))
        what = "invoice id with thousands-separated amount"
    elif k == 2:
        cs.c("my flight %s%d on %02d/%02d/2026 got cancelled" % (rng.choice(["FR", "EI", "BA", "UA", "DL"]), rng.randint(100, 9999), rng.randint(1, 28), rng.randint(1, 12)))
        cs.a("I can rebook you on the %d:%02d tomorrow." % (rng.randint(6, 21), rng.choice([0, 15, 30, 45])))
        what = "flight number, travel date (not dob) and time"
    elif k == 3:
        cs.c("Ticket %s - meter reading today is %s" % (digits(rng, 6, True), digits(rng, 5, True)))
        what = "ticket number and meter reading"
    elif k == 4:
        cs.c("the model is %s-%d and it's %d months old" % (rng.choice(["XR", "SM-G", "KX", "HDR"]), rng.randint(100, 9999), rng.randint(2, 30)))
        what = "model number and age of device"
    elif k == 5:
        cs.c("I pay %s%d.%02d a month which is %d%% more than last year" % (sym, rng.randint(20, 120), rng.randint(0, 99), rng.randint(3, 40)))
        what = "monthly price and percentage"
    elif k == 6:
        cs.c("ref %s, appointment booked for %d %s at %d.%02dpm" % (digits(rng, 9, True), rng.randint(1, 28), rng.choice(MONTHS)[:3].capitalize(), rng.randint(1, 5), rng.choice([0, 15, 30])))
        what = "reference, appointment date and time"
    elif k == 7:
        cs.c("Room %d, checking out %s. My bill says %s%d for %d nights" % (rng.randint(100, 999), rng.choice(["Friday", "tomorrow", "the 14th"]), sym, rng.randint(150, 2000), rng.randint(2, 9)))
        what = "hotel room number, bill and nights"
    elif k == 8:
        cs.c("download speed is %d.%d Mbps, upload %d, ping %dms" % (rng.randint(5, 900), rng.randint(0, 9), rng.randint(1, 100), rng.randint(5, 90)))
        what = "speeds and latency"
    elif k == 9:
        cs.c("Case %s: I was charged twice on %d/%d, %s%d.%02d each time" % (digits(rng, 7, True), rng.randint(1, 12), rng.randint(1, 28), sym, rng.randint(5, 300), rng.randint(0, 99)))
        what = "case number, charge date and amount"
    elif k == 10:
        cs.c("we've had the policy since %d, renewal on %d-%02d-%02d, premium %s%d" % (rng.randint(1995, 2020), 2027, rng.randint(1, 12), rng.randint(1, 28), sym, rng.randint(200, 1500)))
        what = "policy since year, renewal date (ISO), premium"
    elif k == 12:
        cs.c("please call me back after %d:%02d, I'm free for about %d minutes. Order %s" % (rng.randint(1, 6), rng.choice([0, 15, 30, 45]), rng.randint(10, 45), digits(rng, 10, True)))
        what = "callback time, duration and 10-digit order number"
    elif k == 13:
        cs.c("the box is %dx%dx%d cm and I was charged %s%d.%02d for %d items" % (rng.randint(20, 80), rng.randint(20, 80), rng.randint(10, 50), sym, rng.randint(3, 60), rng.randint(0, 99), rng.randint(2, 12)))
        what = "dimensions, charge and item count"
    else:
        cs.c("Parcel tracking number %s says delivered at %d:%02d but nothing here, it weighed %.1f kg" % (digits(rng, 10, True), rng.randint(8, 19), rng.randint(0, 59), rng.uniform(0.5, 20)))
        what = "tracking number, time and weight"
    cs.note = chat_note(ind, "negative: " + what)
    return cs


# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------


def build():
    rng = random.Random(SEED)
    cases = []
    plan = []
    for fn, n in POS_TEMPLATES:
        plan += [fn] * n
    rng.shuffle(plan)
    for i, fn in enumerate(plan):
        cs = fn(rng)
        cs.id = "%s-pos-%03d" % (PREFIX, i + 1)
        cases.append(cs)
    negs = [n_call] * 80 + [n_chat] * (N_NEG - 80)
    rng.shuffle(negs)
    for i, fn in enumerate(negs):
        cs = fn(rng)
        cs.id = "%s-neg-%03d" % (PREFIX, i + 1)
        cases.append(cs)
    return cases


def to_jsonl(cases):
    lines = []
    for cs in cases:
        obj = {"id": cs.id, "kind": cs.kind, "turns": cs.turns, "spans": cs.spans, "note": cs.note}
        lines.append(json.dumps(obj, ensure_ascii=False))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# validation: normalise spoken forms back to characters
# ---------------------------------------------------------------------------

W_UNITS = {w: str(i) for i, w in enumerate(UNITS)}
W_UNITS.update({"oh": "0", "o": "0", "nought": "0", "won": "1", "to": "2", "too": "2", "for": "4", "ate": "8"})
W_TEENS = {w: str(10 + i) for i, w in enumerate(TEENS)}
W_TENS = {w: str(i) for i, w in enumerate(TENS) if w}
W_ORD = {w: i for i, w in enumerate(ORD) if w}
W_ORD["thirtieth"] = 30
W_LETTER_HOMO = {w: c.upper() for c, w in LETTER_HOMO.items()}
FILLERS = {"um", "uh", "er", "erm", "dash", "slash", "the", "of", "and"}


class NormError(Exception):
    pass


def normalise(text):
    """Spoken or typed value -> compact upper-case string of digits/letters (and '+').
    Month names become 'M01'..'M12' markers.  Raises NormError on unknown words."""
    if re.search(r"\d", text):
        return re.sub(r"[^A-Za-z0-9+]", "", text).upper()
    toks = re.findall(r"[a-z\-]+|\+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if len(t) == 1 and t.isalpha() and nxt in ("for", "as"):
            j = i + 2 if nxt == "for" else i + 3
            if nxt == "as" and (i + 2 >= len(toks) or toks[i + 2] != "in"):
                raise NormError("bad 'as in' at %r" % text)
            if j < len(toks) and toks[j][0] == t and toks[j] not in W_UNITS and toks[j] not in W_TENS and toks[j] not in W_TEENS:
                out.append(t.upper())
                i = j + 1
                continue
        if t in ("double", "triple") and nxt and len(nxt) == 1 and nxt.isalpha() and nxt != "o":
            out.append(nxt.upper() * (2 if t == "double" else 3))
            i += 2
            continue
        if t in ("double", "triple"):
            if nxt not in W_UNITS:
                raise NormError("double/triple not followed by digit in %r" % text)
            out.append(W_UNITS[nxt] * (2 if t == "double" else 3))
            i += 2
            continue
        if t in W_TENS:
            if nxt in W_UNITS and W_UNITS[nxt] != "0" and nxt not in ("o", "oh"):
                out.append(W_TENS[t] + W_UNITS[nxt])
                i += 2
            elif nxt in W_ORD and W_ORD[nxt] < 10:
                out.append(W_TENS[t] + str(W_ORD[nxt]))
                i += 2
            else:
                out.append(W_TENS[t] + "0")
                i += 1
            continue
        if t == "thousand":
            out.append("000")
            i += 1
            continue
        if t in W_TEENS:
            out.append(W_TEENS[t])
        elif t in W_UNITS and not (t == "o" and False):
            out.append(W_UNITS[t])
        elif t in W_ORD:
            out.append("%02d" % W_ORD[t])
        elif t in MONTHS:
            out.append("M%02d" % (MONTHS.index(t) + 1))
        elif t in W_LETTER_HOMO:
            out.append(W_LETTER_HOMO[t])
        elif t == "plus":
            out.append("+")
        elif len(t) == 1 and t.isalpha():
            out.append(t.upper())
        elif t in FILLERS:
            pass
        else:
            raise NormError("unknown word %r in %r" % (t, text))
        i += 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def spoken_email(text):
    if "@" in text:
        return text.lower()
    out = []
    for t in text.lower().split():
        out.append({"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}.get(t, t))
    s = "".join(out)
    # digits spoken inside the local part
    return s


def validate(typ, text):
    """Return None if the (joined) value is plausible for typ, else a message."""
    if typ == "EMAIL":
        e = spoken_email(text)
        if e.count("@") != 1 or not EMAIL_RE.match(e):
            return "bad email %r" % e
        return None
    if typ == "ADDRESS":
        words = set(re.findall(r"[a-z]+", text.lower()))
        has_num = bool(re.search(r"\d", text)) or bool(words & (set(W_UNITS) | set(W_TENS) | set(W_TEENS)))
        if not has_num or not (words & SUFFIX_WORDS):
            return "bad address %r" % text
        return None
    try:
        n = normalise(text)
    except NormError as e:
        return str(e)
    d = re.sub(r"[^0-9]", "", n)
    if typ == "CARD_NUMBER":
        if n != d or not (13 <= len(d) <= 19) or not luhn_ok(d):
            return "bad card %r -> %r" % (text, n)
    elif typ == "CVV":
        if n != d or len(d) not in (3, 4):
            return "bad cvv %r" % text
    elif typ == "EXPIRY":
        if "M" in n:
            if not re.fullmatch(r"M\d\d\d{2,4}", n):
                return "bad expiry %r -> %r" % (text, n)
        else:
            if n != d or len(d) not in (3, 4, 6) or not (1 <= int(d[:2] if len(d) != 3 else d[0]) <= 12):
                return "bad expiry %r -> %r" % (text, n)
    elif typ == "SSN":
        if n != d or len(d) != 9:
            return "bad ssn %r -> %r" % (text, n)
    elif typ == "NI_NUMBER":
        if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", n):
            return "bad NI %r -> %r" % (text, n)
    elif typ == "SORT_CODE":
        if n != d or len(d) != 6:
            return "bad sort code %r -> %r" % (text, n)
    elif typ == "BANK_ACCOUNT":
        if n != d or not (8 <= len(d) <= 12):
            return "bad account %r -> %r" % (text, n)
    elif typ == "IBAN":
        if not iban_ok(n):
            return "bad iban %r -> %r" % (text, n)
    elif typ == "PHONE":
        if n.lstrip("+") != d or not (10 <= len(d) <= 13):
            return "bad phone %r -> %r" % (text, n)
    elif typ == "DOB":
        has_month = any(mn in text.lower() for mn in MONTHS)
        if has_month:
            if len(d) < 5 or re.search(r"[A-Z]", re.sub(r"M\d\d", "", n)) and not re.search(r"\d", text):
                return "bad dob %r -> %r" % (text, n)
        elif n != d or not (6 <= len(d) <= 8):
            return "bad dob %r -> %r" % (text, n)
    elif typ == "POSTCODE":
        if not (UK_PC.match(n) or re.fullmatch(r"\d{5}(\d{4})?", n)):
            return "bad postcode %r -> %r" % (text, n)
    return None


def check_cases(cases, text):
    problems = []
    lines = text.splitlines()
    if len(lines) != len(cases):
        problems.append("line count mismatch")
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for ln, cs in zip(lines, cases):
        obj = json.loads(ln)
        cid = obj["id"]
        if cid in ids:
            problems.append("duplicate id %s" % cid)
        ids.add(cid)
        if set(obj) != {"id", "kind", "turns", "spans", "note"}:
            problems.append("%s: bad keys" % cid)
        turns = obj["turns"]
        for t in turns:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append("%s: bad turn" % cid)
        if obj["kind"] == "negative":
            nneg += 1
            if obj["spans"]:
                problems.append("%s: negative with spans" % cid)
            if not cid.startswith(PREFIX + "-neg-"):
                problems.append("%s: bad id" % cid)
        elif obj["kind"] == "positive":
            npos += 1
            if not obj["spans"]:
                problems.append("%s: positive without spans" % cid)
            if not cid.startswith(PREFIX + "-pos-"):
                problems.append("%s: bad id" % cid)
        else:
            problems.append("%s: bad kind" % cid)
        by_turn = {}
        for sp in obj["spans"]:
            if sp["type"] not in TYPES:
                problems.append("%s: bad type %s" % (cid, sp["type"]))
                continue
            counts[sp["type"]] += 1
            ti, s, e = sp["turn"], sp["start"], sp["end"]
            if not (0 <= ti < len(turns)):
                problems.append("%s: turn out of range" % cid)
                continue
            tx = turns[ti]["text"]
            if not (0 <= s < e <= len(tx)):
                problems.append("%s: offsets out of range" % cid)
                continue
            val = tx[s:e]
            if val != val.strip():
                problems.append("%s: span has outer whitespace %r" % (cid, val))
            if s > 0 and tx[s].isalnum() and tx[s - 1].isalnum():
                problems.append("%s: span start not on word boundary %r" % (cid, val))
            if e < len(tx) and tx[e - 1].isalnum() and tx[e].isalnum():
                problems.append("%s: span end not on word boundary %r" % (cid, val))
            if not any(ch.isalnum() for ch in val):
                problems.append("%s: empty span" % cid)
            by_turn.setdefault(ti, []).append((s, e))
            # every span (including false starts) must at least normalise
            if sp["type"] not in ("EMAIL", "ADDRESS"):
                try:
                    normalise(val)
                except NormError as ex:
                    problems.append("%s: %s" % (cid, ex))
        for ti, lst in by_turn.items():
            lst.sort()
            for (s1, e1), (s2, e2) in zip(lst, lst[1:]):
                if s2 < e1:
                    problems.append("%s: overlapping spans in turn %d" % (cid, ti))
        # grouped value validation against the file's own text
        for key, (typ, parts) in cs.groups.items():
            texts = [turns[ti]["text"][s:e] for ti, s, e in parts]
            if typ in ("EMAIL", "ADDRESS"):
                joined = " ".join(texts)
            else:
                # separate spans are separate readings: a filler keeps 'twenty' | 'seven' apart
                joined = " um ".join(texts) if not any(re.search(r"\d", x) for x in texts) else " ".join(texts)
            msg = validate(typ, joined)
            if msg:
                problems.append("%s: %s" % (cid, msg))
    for t in TYPES:
        if counts[t] < MIN_SPANS[t]:
            problems.append("type %s has only %d spans (< %d)" % (t, counts[t], MIN_SPANS[t]))
    if npos < 170:
        problems.append("only %d positives" % npos)
    if nneg < 100:
        problems.append("only %d negatives" % nneg)
    return problems, counts, npos, nneg


def readme(counts, npos, nneg, ncall, nchat):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# pii_holdout146 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against. Do not add its cases to training/dev fixtures, do not
adjust patterns or thresholds after looking at individual failures here.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its documentation or other evaluation sets; only the JSONL
format was shown. The cases are produced by `scripts/make_pii_holdout146.py`
(standard library only) from template functions: each turn is assembled from plain
text segments and labelled (value, TYPE) segments, so every offset is computed. All
values come from one `random.Random(%d)`; the output is byte-for-byte reproducible.

`python scripts/make_pii_holdout146.py --check` regenerates the set, verifies the
file is identical, ids are unique, offsets are in range, on word boundaries and
non-overlapping, and validates each labelled value after normalising spoken forms
(Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes,
digit counts for CVV/phone/account, UK/US postcode shapes).

## Contents

* %d positive cases, %d negative cases (%d phone-call cases written as ASR output,
  %d typed chat cases).
* Calls: lower case, sparse punctuation, digits as words (`oh`/`o`/`nought`/`zero`,
  `double`/`triple`, pairs like `forty one eleven`, years like `nineteen eighty four`),
  letters spelled (`b for bravo`, `s as in sugar`), e-mails as `j dot doe at gmail
  dot com` (ASR sometimes splits domains: `g mail`, `hot mail`), ASR homophones for
  digits (`for`=4, `to`/`too`=2, `ate`=8, `won`=1) and for spelled letters (`see`=C,
  `are`=R, `why`=Y, `you`=U, `pea`=P ...), `double a` in postcodes,
  values split across several customer turns with agent back-channels, self-corrections
  and restarts, agents interrupting and reading values back, two values in one turn,
  filler words (`um`, `uh`, `er`) inside readings.
* Negatives: money amounts, balances, prices, times, durations, dates that are not
  birth dates, years, percentages, ages, temperatures, speeds, order / invoice /
  claim / ticket / tracking / reference numbers said with their reference word,
  flight numbers, seats, room numbers, model numbers, meter readings.

## Annotation conventions

* A span covers exactly the value, from its first to its last token: for spoken values
  every digit word, `double`/`triple`, spelled letter including its `for bravo` /
  `as in sugar` phonetic, `plus` of an international prefix, and any filler word or
  `dash`/`slash` that occurs *inside* the reading. Lead-ins (`it's`, `my number is`)
  and trailing chit-chat are outside.
* A value split over several turns gets one span per turn (same type); back-channel
  turns (`mhm`, `go on`) are unlabelled.
* Self-corrections and restarts: the abandoned partial reading is labelled with the
  same type as a fragment, as is the corrected value; the correction words
  (`no sorry`) between them are outside.
* Agent read-backs of a value are labelled like the customer's reading.
* ADDRESS = house / flat number plus street name and street type; the town is not
  part of it; the postcode is a separate POSTCODE span. US ZIP codes are POSTCODE.
* EXPIRY and CVV only in payment-card context; DOB only when it is a date of birth.
* Typed values: the span covers the value including its internal separators
  (spaces, dashes, dots, brackets in phone numbers).
* Non-PII numbers in positive cases (prices, ages, times, reference numbers) are
  deliberately left unlabelled.

## Span counts per type

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, ncall, nchat, rows)


def main(argv):
    check = "--check" in argv
    cases = build()
    text = to_jsonl(cases)
    problems, counts, npos, nneg = check_cases(cases, text)
    ncall = sum(1 for c in cases if c.note.startswith("call/"))
    nchat = len(cases) - ncall
    rd = readme(counts, npos, nneg, ncall, nchat)
    if check:
        for path, want in ((CASES_PATH, text), (README_PATH, rd)):
            try:
                with open(path, encoding="utf-8") as fh:
                    have = fh.read()
            except OSError:
                have = None
            if have != want:
                problems.append("%s differs from regenerated output" % os.path.relpath(path, ROOT))
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES_PATH, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        with open(README_PATH, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(rd)
    print("cases: %d positive, %d negative (%d call, %d chat)" % (npos, nneg, ncall, nchat))
    for t in TYPES:
        print("  %-13s %4d spans" % (t, counts[t]))
    if problems:
        for p in problems[:200]:
            print("PROBLEM:", p)
        print("FAILED: %d problem(s)" % len(problems))
        return 1
    print("OK" + (" (--check: file identical and valid)" if check else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

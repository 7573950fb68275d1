#!/usr/bin/env python3
"""Generate the pii_holdout462 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) who did not see the redaction
engine. Standard library only. Every turn is assembled from plain-text segments
and labelled value segments, so span offsets are computed, never typed.

    python scripts/make_pii_holdout462.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout462.py --check  # regenerate + verify
"""
import argparse
import json
import os
import random
import re
import sys
from collections import Counter
from itertools import product

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout462", "cases.jsonl")
SEED = 462241125
R = random.Random(SEED)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
UNITW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENSW = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDW = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
        8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
        14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
        19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray",
        "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "charlie", "d": "dog", "e": "edward", "f": "freddie",
        "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother",
        "n": "nellie", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
        "x": "xray", "y": "yellow", "z": "zebra", "o": "orange"}


def sd(d, z):
    return z if d == "0" else UNITW[int(d)]


def say_pair(p, z):
    a, b = p
    if a == "0":
        return "%s %s" % (z, sd(b, z))
    if a == "1":
        return TEENW[int(b)]
    if b == "0":
        return TENSW[int(a)]
    return "%s %s" % (TENSW[int(a)], UNITW[int(b)])


def say_group(g, mode, z, mult=True, treble=None):
    if mode == "hund" and len(g) == 3 and g[0] != "0":
        h = UNITW[int(g[0])] + " hundred"
        rest = g[1:]
        if rest == "00":
            return h
        v = int(rest)
        if v < 10:
            return h + " and " + UNITW[v]
        return h + " and " + say_pair(rest, z)
    if mode == "pairs" and len(g) >= 2:
        parts = []
        s = g
        if len(s) % 2:
            parts.append(sd(s[0], z))
            s = s[1:]
        for i in range(0, len(s), 2):
            p = s[i:i + 2]
            if p[0] == p[1] and R.random() < 0.4:
                parts.append("double " + sd(p[0], z))
            else:
                parts.append(say_pair(p, z))
        return " ".join(parts)
    out = []
    i = 0
    tw = treble or R.choice(["treble", "triple"])
    while i < len(g):
        j = i
        while j < len(g) and g[j] == g[i]:
            j += 1
        run = j - i
        while run > 0:
            if run >= 3 and mult:
                out.append("%s %s" % (tw, sd(g[i], z)))
                run -= 3
            elif run >= 2 and mult:
                out.append("double " + sd(g[i], z))
                run -= 2
            else:
                out.append(sd(g[i], z))
                run -= 1
        i = j
    return " ".join(out)


def join_spoken(parts, joiners=None):
    """Join spoken groups; never let a bare tens word run into a unit word."""
    joiners = joiners or [" ", ", ", ", ", " "]
    text = parts[0]
    for p in parts[1:]:
        j = R.choice(joiners)
        last = text.split()[-1].strip(",.")
        first = p.split()[0]
        if last in TENSW[2:] and first in UNITW[1:] and not re.search(r"[,.]", j):
            j = ", "
        text += j + p
    return text


def zero_word(region):
    if region == "UK":
        return R.choice(["oh", "oh", "nought", "zero", "o"])
    if region == "IE":
        return R.choice(["oh", "oh", "zero", "o", "nought"])
    return R.choice(["oh", "zero", "o", "zero"])


def say_digits(s, groups, region="UK", modes=None, fillers=0.0):
    """Speak a digit string in the given groups; returns text."""
    z = zero_word(region)
    tw = "treble" if region in ("UK", "IE") and R.random() < 0.7 else "triple"
    out, i = [], 0
    for n in groups:
        g = s[i:i + n]
        i += n
        mode = R.choice(modes or ["digits", "digits", "pairs", "hund"])
        out.append(say_group(g, mode, z, mult=R.random() < 0.8, treble=tw))
    assert i == len(s), (s, groups)
    joiners = [" ", ", ", ", "]
    if fillers:
        joiners = joiners + [", um, ", " uh ", " er, ", " erm "]
    return join_spoken(out, joiners)


def say_letter(c, style):
    c = c.lower()
    if style == "nato" or (c == "o"):
        return NATO[c] if style != "for" else "%s for %s" % (c, NATO[c])
    if style == "for":
        return "%s for %s" % (c, R.choice([NATO[c], FOLK.get(c, NATO[c])]))
    return c


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    assert i == len(s)
    return out


def rand_groups(n, lo=2, hi=4):
    out = []
    while n > 0:
        k = min(n, R.randint(lo, hi))
        if n - k == 1:
            k += 1 if k < hi else -1
        out.append(k)
        n -= k
    return out


def typo(s):
    """Drop or swap a character in a word (for lead-in text only)."""
    if len(s) < 4 or R.random() < 0.5:
        return s
    i = R.randint(1, len(s) - 2)
    if R.random() < 0.5:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s[:i] + s[i + 1:]


# --------------------------------------------------------------- normaliser
ZEROS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "naught": "0"}
UNITS = {w: str(i) for i, w in enumerate(UNITW)}
UNITS.update(ZEROS)
TEENS = {w: str(10 + i) for i, w in enumerate(TEENW)}
TENS = {w: i for i, w in enumerate(TENSW) if w}
ORD = {v: k for k, v in ORDW.items()}
MULT = {"double": 2, "treble": 3, "triple": 3}
FILL = {"um", "uh", "er", "erm", "ehm", "ah", "hmm", "sorry", "like"}
NATO_REV = {v: k for k, v in NATO.items()}
MONTH_REV = {}
for _i, _m in enumerate(MONTHS):
    MONTH_REV[_m] = _i + 1
    MONTH_REV[_m[:3]] = _i + 1
MONTH_REV["sept"] = 9
BREAK = set(",.;?!")


def _sub100(t, i):
    w = t[i] if i < len(t) else None
    if w in TEENS:
        return int(TEENS[w]), i + 1
    if w in TENS:
        v = TENS[w] * 10
        if i + 1 < len(t) and t[i + 1] in UNITS and UNITS[t[i + 1]] != "0":
            return v + int(UNITS[t[i + 1]]), i + 2
        return v, i + 1
    if w in UNITS:
        return int(UNITS[w]), i + 1
    raise ValueError("bad number after 'and': %r" % (t,))


def norm(text, alpha=False, date=False):
    t = re.findall(r"[a-z]+|\d+|[+,.;?!]", text.lower())
    out, i = [], 0
    while i < len(t):
        w = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else None
        if w in BREAK:
            i += 1
        elif w.isdigit():
            out.append(w)
            i += 1
        elif w in ("+", "plus"):
            out.append("+")
            i += 1
        elif alpha and len(w) == 1 and nxt == "for" and i + 2 < len(t):
            out.append(w)
            i += 3
        elif w in FILL and not (alpha and w in ("ah", "er", "ehm")):
            i += 1
        elif w in MULT and nxt in UNITS:
            out.append(UNITS[nxt] * MULT[w])
            i += 2
        elif w in UNITS and nxt in ("hundred", "thousand"):
            mul = 100 if nxt == "hundred" else 1000
            v = int(UNITS[w]) * mul
            i += 2
            if i < len(t) and t[i] == "and":
                sub, i = _sub100(t, i + 1)
                v += sub
            elif mul == 1000 and i < len(t) and t[i] in TEENS:
                sub, i = _sub100(t, i)
                v += sub
            out.append(("%03d" if mul == 100 else "%04d") % v)
        elif date and w in ORD:
            out.append(str(ORD[w]))
            i += 1
        elif w in TENS:
            if nxt in UNITS and UNITS[nxt] != "0":
                out.append(str(TENS[w] * 10 + int(UNITS[nxt])))
                i += 2
            elif date and nxt in ORD and ORD[nxt] < 10:
                out.append(str(TENS[w] * 10 + ORD[nxt]))
                i += 2
            else:
                out.append(str(TENS[w] * 10))
                i += 1
        elif w in TEENS:
            out.append(TEENS[w])
            i += 1
        elif w in UNITS:
            out.append(UNITS[w])
            i += 1
        elif alpha and w in NATO_REV:
            out.append(NATO_REV[w])
            i += 1
        elif alpha:
            out.append(w)
            i += 1
        elif date and w in MONTH_REV:
            out.append("%02d" % MONTH_REV[w])
            i += 1
        elif date and w in ("the", "of", "th", "st", "nd", "rd", "slash"):
            i += 1
        else:
            raise ValueError("unknown token %r in %r" % (w, text))
    return "".join(out).upper()


def norm_email(text):
    t = re.findall(r"[a-z0-9]+|[@._+\-]", text.lower())
    out, i = [], 0
    m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
    while i < len(t):
        w = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else None
        if len(w) == 1 and w.isalpha() and nxt == "for":
            out.append(w)
            i += 3
        elif w in m:
            out.append(m[w])
            i += 1
        elif w in FILL:
            i += 1
        elif w in UNITW:
            out.append(UNITS[w])
            i += 1
        else:
            out.append(w)
            i += 1
    return "".join(out)


# --------------------------------------------------------------- validators
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


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return "%s%02d%s" % (cc, chk, bban)


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
UK_PC = re.compile(r"([A-Z]{1,2}\d[A-Z\d]?)(\d[ABD-HJLNP-UW-Z]{2})")
EIR = re.compile(r"[AC-FHKNPRTV-Y]\d{2}|D6W")
EIR_FULL = re.compile(r"([AC-FHKNPRTV-Y]\d{2}|D6W)[AC-FHKNPRTV-Y\d]{4}")
PHONE_RES = [re.compile(r"(\+44|0)(7\d{9}|[12]\d{8,9}|3\d{9}|800\d{6,7})"),
             re.compile(r"(\+353|0)(8[35679]\d{7}|1\d{7}|[2-9]\d{7,8})"),
             re.compile(r"(\+1)?[2-9]\d{2}[2-9]\d{6}")]
STREET_WORDS = {"street", "road", "avenue", "lane", "close", "drive", "grove", "terrace",
                "crescent", "way", "place", "gardens", "court", "park", "square", "row",
                "walk", "hill", "view", "mews", "st", "rd", "ave", "boulevard", "blvd", "green",
                "parade", "heights", "quay"}


def date_candidates(canon):
    out = set()
    if len(canon) == 3:
        d, m, y = canon
        ds, ms, ys = {str(d), "%02d" % d}, {str(m), "%02d" % m}, {str(y), "%02d" % (y % 100)}
        for a, b, c in product(ds, ms, ys):
            out |= {a + b + c, b + a + c, c + b + a}
    else:
        m, y = canon
        for b, c in product({str(m), "%02d" % m}, {str(y), "%02d" % (y % 100)}):
            out.add(b + c)
    return out


def check_value(typ, canon):
    if typ == "CARD_NUMBER":
        return canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "CVV":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ == "EXPIRY":
        m, y = canon
        return 1 <= m <= 12 and 2024 <= y <= 2034
    if typ == "DOB":
        d, m, y = canon
        mdays = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return 1 <= m <= 12 and 1 <= d <= mdays[m - 1] and 1925 <= y <= 2008
    if typ == "SSN":
        return (canon.isdigit() and len(canon) == 9 and canon[:3] not in ("000", "666")
                and canon[0] != "9" and canon[3:5] != "00" and canon[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(canon)) and canon[:2] not in NI_BAD
    if typ == "BANK_ACCOUNT":
        return canon.isdigit() and 6 <= len(canon) <= 12
    if typ == "SORT_CODE":
        return canon.isdigit() and len(canon) == 6
    if typ == "IBAN":
        return iban_ok(canon)
    if typ == "PHONE":
        return any(r.fullmatch(canon) for r in PHONE_RES)
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", canon))
    if typ == "POSTCODE":
        return bool(UK_PC.fullmatch(canon) or EIR_FULL.fullmatch(canon)
                    or re.fullmatch(r"\d{5}(\d{4})?", canon))
    if typ == "ADDRESS":
        words = re.findall(r"[a-z]+|\d+", canon.lower())
        has_num = any(w.isdigit() or w in UNITS or w in TEENS or w in TENS for w in words)
        return has_num and any(w in STREET_WORDS for w in words)
    raise ValueError(typ)


def norm_for(typ, text):
    if typ in ("EMAIL",):
        return norm_email(text)
    if typ in ("DOB", "EXPIRY"):
        return norm(text, date=True)
    if typ == "ADDRESS":
        return text
    alpha = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    return norm(text, alpha=alpha)


# --------------------------------------------------------------- case builder
class V:
    def __init__(self, typ, text, grp, canon=None, mode="full"):
        self.typ, self.text, self.grp, self.canon, self.mode = typ, text, grp, canon, mode


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.groups = [], [], {}

    def t(self, speaker, *segs):
        text = ""
        idx = len(self.turns)
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                st = len(text)
                text += s.text
                self.spans.append({"turn": idx, "start": st, "end": len(text), "type": s.typ})
                g = self.groups.setdefault(s.grp, {"type": s.typ, "canon": s.canon,
                                                   "mode": s.mode, "parts": []})
                g["parts"].append(s.text)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)


def validate_groups(case):
    errs = []
    for gname, g in case.groups.items():
        typ, canon, mode = g["type"], g["canon"], g["mode"]
        if not check_value(typ, canon):
            errs.append("invalid canonical %s %r" % (typ, canon))
            continue
        try:
            got = "".join(norm_for(typ, p) for p in g["parts"])
        except ValueError as e:
            errs.append(str(e))
            continue
        if typ in ("DOB", "EXPIRY"):
            ok = got in date_candidates(canon)
        elif typ == "ADDRESS":
            ok = check_value(typ, got)
        else:
            want = canon.upper() if typ != "EMAIL" else canon
            if mode == "full":
                ok = got == want
            elif mode == "prefix":
                ok = len(got) > 0 and want.startswith(got) and got != want
            elif mode == "suffix":
                ok = len(got) > 0 and want.endswith(got)
            else:
                ok = False
        if not ok:
            errs.append("group %s %s: %r normalised to %r, expected %r" % (
                gname, typ, g["parts"], got, canon))
    return errs


# --------------------------------------------------------------- vocabulary
FIRST = ["siobhan", "aoife", "ciaran", "padraig", "niamh", "gemma", "kieran", "shona", "callum",
         "rhys", "bethan", "declan", "orla", "fergal", "dermot", "kayleigh", "tariq", "priya",
         "jamal", "megan", "hamish", "eilidh", "gareth", "sinead", "colm", "maeve", "darren",
         "zainab", "lukasz", "agnieszka", "tomasz", "chloe", "brendan", "ronan", "mairead"]
LAST = ["oconnor", "murphy", "mcallister", "walsh", "byrne", "kelly", "doherty", "reilly",
        "hughes", "evans", "jones", "pritchard", "macleod", "campbell", "fraser", "ahmed",
        "patel", "nowak", "kowalski", "brennan", "gallagher", "quinn", "duffy", "farrell",
        "higgins", "okafor", "thompson", "whelan"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.ie", "outlook.com", "eircom.net", "btinternet.com",
           "icloud.com", "live.ie", "sky.com", "protonmail.com", "virginmedia.com", "aol.com"]
STREETS_UK = ["Elm Grove", "Harcourt Street", "Victoria Road", "Beechwood Avenue", "Mill Lane",
              "Albert Terrace", "Castle View", "Priory Close", "Hawthorn Crescent", "Station Road",
              "Kings Drive", "Moss Side Walk", "Clarence Place", "Orchard Gardens", "Tenby Court",
              "Bridge Street", "Ashfield Park", "Quarry Hill", "Sandy Row", "Lisburn Road"]
STREETS_IE = ["Main Street", "Church Road", "Griffith Avenue", "Mountjoy Square", "Ballyhooly Road",
              "Sean Mulvoy Road", "Merchants Quay", "Tullow Road", "Ard Na Greine Park",
              "Old Youghal Road", "Dublin Road", "Newcastle Road"]
STREETS_US = ["Maple Avenue", "Oak Street", "Sycamore Drive", "Pine Ridge Road", "Lakeview Boulevard",
              "Cedar Lane", "Washington Street", "Hillcrest Avenue", "Elmwood Court"]
TOWNS_UK = ["Leeds", "Manchester", "Cardiff", "Belfast", "Glasgow", "Bristol", "Sheffield",
            "Nottingham", "Edinburgh", "Newcastle", "Swansea", "Norwich"]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Carlow", "Drogheda", "Dublin 9", "Sligo", "Athlone"]
TOWNS_US = ["Columbus", "Springfield", "Austin", "Portland", "Albany", "Tucson", "Raleigh"]
UK_OUT = ["M1", "M14", "LS6", "SW1A", "EC1V", "BT7", "BT9", "G12", "CF10", "B15", "EH3", "NE1",
          "BS8", "L17", "S10", "NG7", "W1T", "N16", "SE15", "E17", "SA1", "NR2", "CF24", "G41"]
UK_IN = "ABDEFGHJLNPQRSTUWXYZ"
EIR_RK = ["D02", "D04", "D6W", "D09", "T12", "T23", "H91", "V94", "A92", "F91", "R93", "N37", "X91"]
EIR_CH = "ACDEFHKNPRTVWXY0123456789"

IND = {
    "banking": ("Harbourside Bank", "your current account"),
    "telecom": ("Skylark Mobile", "your broadband package"),
    "utilities": ("Brightwater Energy", "your gas and electric account"),
    "retail": ("Corrib Home Stores", "your online order"),
    "insurance": ("Thistle Direct Insurance", "your motor policy"),
    "travel": ("Emerald Air Holidays", "your booking"),
    "healthcare": ("Meridian Health Billing", "the outstanding invoice"),
    "government": ("the Revenue helpline", "your tax record"),
}
BACK = {"UK": ["mhm", "go on", "yep", "lovely", "ok", "right", "yeah go on", "uh huh"],
        "IE": ["mhm", "go on", "grand", "yeah", "ok so", "perfect", "go ahead"],
        "US": ["mhm", "go ahead", "okay", "uh huh", "got it", "yep"]}


def pick(xs):
    return R.choice(xs)


def ind():
    return pick(list(IND))


# --------------------------------------------------------------- values
def new_card():
    k = R.random()
    if k < 0.45:
        return luhn_complete("4" + str(R.randint(0, 9)), 16)
    if k < 0.70:
        return luhn_complete("5" + str(R.randint(1, 5)), 16)
    if k < 0.80:
        return luhn_complete(pick(["34", "37"]), 15)
    if k < 0.87:
        return luhn_complete("6011", 16)
    if k < 0.93:
        return luhn_complete("4", 13)
    return luhn_complete(pick(["6759", "4"]), 19)


def card_groups(c):
    n = len(c)
    if n == 15:
        return [4, 6, 5]
    if n == 16:
        return [4, 4, 4, 4]
    if n == 13:
        return [4, 3, 3, 3]
    return [4, 4, 4, 4, 3]


def new_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def new_ni():
    L1 = "ABCEGHJKLMNPRSTWXYZ"
    L2 = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = pick(L1) + pick(L2)
        if p not in NI_BAD:
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + pick("ABCD")


def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def new_sort(region):
    if region == "IE":
        return pick(["90", "93", "98", "99"]) + digits(4)
    return pick(["20", "40", "30", "60", "77", "83", "08", "09", "11", "16"]) + digits(4)


def new_iban(cc=None):
    cc = cc or pick(["GB", "GB", "IE", "IE", "DE", "NL", "FR", "ES"])
    if cc == "GB":
        return make_iban("GB", pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6) + digits(8))
    if cc == "IE":
        return make_iban("IE", pick(["AIBK", "BOFI", "IPBS", "ULSB"]) + digits(6) + digits(8))
    if cc == "DE":
        return make_iban("DE", digits(18))
    if cc == "NL":
        return make_iban("NL", pick(["ABNA", "INGB", "RABO"]) + digits(10))
    if cc == "FR":
        return make_iban("FR", digits(23))
    return make_iban("ES", digits(20))


def new_phone(kind):
    """returns (canonical, groups for national display, international prefix)"""
    if kind == "uk_mob":
        nat = "07" + pick(["700", "711", "723", "734", "745", "756", "788", "799", "825", "931"]) + digits(6)
        return nat, [5, 3, 3], "+44", nat[1:]
    if kind == "uk_land":
        if R.random() < 0.5:
            nat = pick(["020", "029", "028"]) + pick(["7", "9", "2", "3"]) + digits(7)
            return nat, [3, 4, 4], "+44", nat[1:]
        nat = pick(["0113", "0161", "0141", "0117", "0114", "0131", "0191"]) + digits(7)
        return nat, [4, 3, 4], "+44", nat[1:]
    if kind == "ie_mob":
        nat = pick(["083", "085", "086", "087", "089"]) + digits(7, True)
        return nat, [3, 3, 4], "+353", nat[1:]
    if kind == "ie_land":
        nat = pick(["01", "021", "091", "061"]) + str(R.randint(2, 9)) + digits(6)
        return nat, [len(nat) - 7, 3, 4], "+353", nat[1:]
    nat = str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)
    return nat, [3, 3, 4], "+1", nat


def new_uk_pc():
    return pick(UK_OUT) + str(R.randint(1, 9)) + pick(UK_IN) + pick(UK_IN)


def new_eircode():
    return pick(EIR_RK) + "".join(pick(EIR_CH) for _ in range(4))


def new_email():
    f, l = pick(FIRST), pick(LAST)
    k = R.random()
    if k < 0.3:
        local = f + "." + l
    elif k < 0.5:
        local = f[0] + "." + l
    elif k < 0.7:
        local = f + l + str(R.randint(1, 99))
    elif k < 0.85:
        local = f + "_" + l
    else:
        local = l + "." + f[0] + str(R.randint(70, 99))
    return local + "@" + pick(DOMAINS)


def new_dob():
    y = R.randint(1938, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return (d, m, y)


def new_exp():
    return (R.randint(1, 12), R.randint(2025, 2031))


# --------------------------------------------------------------- renderers
def typed_digits(s, groups=None, sep=None):
    groups = groups or rand_groups(len(s))
    sep = sep if sep is not None else pick([" ", " ", "-", "", ".", "  "])
    return sep.join(chunks(s, groups))


def say_year(y, casual=True):
    if y >= 2000:
        if y < 2010 and R.random() < 0.6:
            return "two thousand and " + UNITW[y - 2000] if y > 2000 else "two thousand"
        return "twenty " + say_pair("%02d" % (y % 100), "oh")
    if casual and R.random() < 0.3:
        return say_pair("%02d" % (y % 100), "oh")
    return "nineteen " + say_pair("%02d" % (y % 100), "oh")


def say_ord(d):
    if d in ORDW:
        return ORDW[d]
    return TENSW[d // 10] + " " + ORDW[d % 10]


def render_dob(dob, spoken, region):
    d, m, y = dob
    mn = MONTHS[m - 1]
    if spoken:
        k = R.randint(0, 4)
        if k == 0:
            return "the %s of %s %s" % (say_ord(d), mn, say_year(y))
        if k == 1:
            return "%s %s %s" % (say_ord(d), mn, say_year(y))
        if k == 2:
            return "%s, %s, %s" % (say_pair("%02d" % d, zero_word(region)) if d >= 10 else
                                   "%s %s" % (zero_word(region), UNITW[d]),
                                   say_pair("%02d" % m, zero_word(region)) if m >= 10 else
                                   "%s %s" % (zero_word(region), UNITW[m]), say_year(y, False))
        if k == 3 and region == "US":
            return "%s %s, %s" % (mn, say_ord(d), say_year(y))
        return "the %s of the %s, %s" % (say_ord(d), say_ord(m), say_year(y))
    k = R.randint(0, 5)
    if region == "US":
        fmts = ["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y % 100 + 0) if False else
                "%d/%d/%d" % (m, d, y), "%s %d, %d" % (mn.title(), d, y), "%d-%02d-%02d" % (y, m, d)]
        return pick(fmts)
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    fmts = ["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%02d.%02d.%02d" % (d, m, y % 100),
            "%d%s %s %d" % (d, suf, mn.title(), y), "%d %s %d" % (d, mn[:3].title(), y),
            "%02d-%02d-%d" % (d, m, y)]
    return fmts[k]


def render_exp(exp, spoken, region):
    m, y = exp
    if spoken:
        z = zero_word(region)
        mm = ("%s %s" % (z, UNITW[m])) if m < 10 else say_pair("%02d" % m, z)
        yy = say_pair("%02d" % (y % 100), z)
        k = R.randint(0, 3)
        if k == 0:
            return "%s %s" % (mm, yy)
        if k == 1:
            return "%s slash %s" % (mm, yy)
        if k == 2:
            return "%s %s" % (MONTHS[m - 1], "twenty " + yy if R.random() < 0.5 else yy)
        return "%s, %s" % (mm, "twenty " + yy)
    return pick(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                 "%d/%02d" % (m, y % 100), "%02d %02d" % (m, y % 100)])


def spoken_alnum(s, region, style=None, digit_groups=None):
    """Speak an alphanumeric value: letters spelled, digit runs spoken."""
    style = style or pick(["plain", "plain", "nato", "for"])
    z = zero_word(region)
    if z == "o" and any(c.isalpha() for c in s):
        z = "oh"
    runs = re.findall(r"[A-Za-z]|\d+", s)
    parts = []
    for r in runs:
        if r.isalpha():
            st = style if r.lower() != "o" else "nato"
            parts.append(say_letter(r, st))
        else:
            gs = digit_groups(len(r)) if digit_groups else rand_groups(len(r), 2, 3) if len(r) > 3 else [len(r)]
            parts.append(join_spoken([say_group(g, pick(["digits", "pairs", "digits"]), z)
                                      for g in chunks(r, gs)]))
    return join_spoken(parts, [" ", ", ", " "])


# --------------------------------------------------------------- positive templates
def greet(industry, region):
    org = IND[industry][0]
    return pick(["thanks for calling %s, how can I help?" % org,
                 "%s, you're through to the payments team." % org,
                 "hello, %s, my name's %s, who am I speaking to?" % (org, pick(FIRST).title()),
                 "Hi, welcome to %s chat support." % org])


def pos_card_typed(i):
    industry, region = ind(), pick(["UK", "IE", "US", "EU"])
    card = new_card()
    g = card_groups(card) if R.random() < 0.6 else rand_groups(len(card), 3, 6)
    txt = typed_digits(card, g)
    C = Case("positive", "typed card number in chat (%s, %s)" % (industry, region))
    lead = pick(["card no: ", "Card number - ", "my " + typo("card") + " number is ", "CC#", "its ",
                 "Long number on the card: ", "card: ", "pls charge ", "Here you go "])
    C.a(greet(industry, region))
    extra = []
    if R.random() < 0.5:
        exp = new_exp()
        extra += [pick([" exp ", " expiry ", ", expires ", " valid till "]),
                  V("EXPIRY", render_exp(exp, False, region), "exp", exp)]
    if R.random() < 0.5:
        cvv = digits(4 if len(card) == 15 else 3)
        extra += [pick([" cvv ", " CVC: ", ", security code ", " sec code "]), V("CVV", cvv, "cvv", cvv)]
    C.c(lead, V("CARD_NUMBER", txt, "card", card), *extra, pick(["", ".", " thanks", " ta"]))
    if R.random() < 0.4:
        C.a("Thanks, that payment of £%d.%02d has gone through." % (R.randint(5, 400), R.randint(0, 99)))
    return C


def pos_card_spoken(i):
    industry, region = ind(), pick(["UK", "UK", "IE", "IE", "US"])
    card = new_card()
    gs = card_groups(card)
    if R.random() < 0.3:
        gs = rand_groups(len(card), 2, 5)
    parts = chunks(card, gs)
    C = Case("positive", "card read over the phone in several turns (%s, %s)" % (industry, region))
    C.a(pick(["can I take the long number on the front of the card please",
              "ok and the card number when you're ready",
              "go ahead with the sixteen digits on the card"]))
    # group the parts into 1-3 customer turns
    nturns = R.randint(1, min(3, len(parts)))
    cuts = sorted(R.sample(range(1, len(parts)), nturns - 1)) if nturns > 1 else []
    bounds = [0] + cuts + [len(parts)]
    restart_done = False
    said_so_far = ""
    for ti in range(len(bounds) - 1):
        seg_parts = parts[bounds[ti]:bounds[ti + 1]]
        segtxt = say_digits("".join(seg_parts), [len(p) for p in seg_parts], region, fillers=0.3)
        lead = pick(["", "it's ", "yeah ", "so ", "uh ", "right "]) if ti == 0 else pick(["", "then ", "and ", "", "next is "])
        segs = [lead]
        if ti == 0 and not restart_done and R.random() < 0.25:
            wrong = said_so_far + parts[0][:2]
            segs += [V("CARD_NUMBER", say_digits(parts[0][:2], [2], region, modes=["digits"]), "card_abandoned", card, "prefix"),
                     pick([", no wait, sorry, let me start again, ", "... hang on that's the wrong card, ok, ", " - sorry, from the top, "])]
            restart_done = True
        if R.random() < 0.2 and len(seg_parts) > 1:
            a = say_digits(seg_parts[0], [len(seg_parts[0])], region)
            b = say_digits("".join(seg_parts[1:]), [len(p) for p in seg_parts[1:]], region, fillers=0.3)
            segs += [V("CARD_NUMBER", a, "card", card), pick([", hold on the light's bad in here, ", ", sorry the dog's barking, ", " - can you hear me ok? - "]),
                     V("CARD_NUMBER", b, "card", card)]
        else:
            segs += [V("CARD_NUMBER", segtxt, "card", card)]
        C.c(*segs)
        said_so_far += "".join(seg_parts)
        if ti < len(bounds) - 2:
            C.a(pick(BACK[region]))
    if R.random() < 0.45:
        rb = say_digits(card, gs, region, modes=["digits"])
        C.a(pick(["so that's ", "let me read that back, ", "ok I have "]), V("CARD_NUMBER", rb, "readback", card), pick(["?", ", is that right?", ", correct?"]))
        C.c(pick(["yes", "yeah that's it", "correct", "that's right yeah"]))
    elif R.random() < 0.5:
        last4 = card[-4:]
        C.a("and that's the card ending ", V("CARD_NUMBER", say_digits(last4, [4], region, modes=["digits"]), "last4", card, "suffix"), ", yeah?")
        C.c("yep")
    if R.random() < 0.5:
        exp = new_exp()
        C.a(pick(["and the expiry date?", "expiry?", "and when does it expire"]))
        C.c(pick(["", "it's ", "um ", "expires "]), V("EXPIRY", render_exp(exp, True, region), "exp", exp))
    if R.random() < 0.5:
        cvv = digits(4 if len(card) == 15 else 3)
        C.a(pick(["and the three digits on the back", "security code please", "last three on the signature strip"]))
        C.c(pick(["", "it's ", "uh "]), V("CVV", say_digits(cvv, [len(cvv)], region, modes=["digits", "hund"]), "cvv", cvv))
    return C


def pos_ssn(i):
    industry = pick(["banking", "insurance", "healthcare", "government", "telecom", "utilities"])
    ssn = new_ssn()
    C = Case("positive", "US social security number (%s)" % industry)
    C.a(pick(["can I get your social to verify", "I'll need the social security number on the account",
              "for verification, your SSN please", "what's the last... actually I need the full social"]))
    k = R.random()
    if k < 0.35:
        txt = pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"]) % (ssn[:3], ssn[3:5], ssn[5:])
        C.c(pick(["SSN: ", "ssn# ", "social is ", "Sure, ", "its "]), V("SSN", txt, "ssn", ssn), pick(["", ".", " thanks"]))
    elif k < 0.75:
        C.c(pick(["", "yeah it's ", "uh ok ", "sure "]), V("SSN", say_digits(ssn[:3], [3], "US"), "ssn", ssn))
        C.a(pick(BACK["US"]))
        if R.random() < 0.5:
            C.c(V("SSN", say_digits(ssn[3:5], [2], "US"), "ssn", ssn))
            C.a(pick(BACK["US"]))
            C.c(V("SSN", say_digits(ssn[5:], [2, 2] if R.random() < 0.5 else [4], "US", fillers=0.3), "ssn", ssn))
        else:
            C.c(V("SSN", say_digits(ssn[3:], [2, 4], "US", fillers=0.3), "ssn", ssn))
    else:
        C.c(pick(["okay it's ", "", "my social's "]), V("SSN", say_digits(ssn, [3, 2, 4], "US", fillers=0.4), "ssn", ssn))
    if R.random() < 0.35:
        C.a(pick(["thank you, I have ", "so that's "]), V("SSN", say_digits(ssn, [3, 2, 4], "US", modes=["digits"]), "rb", ssn), "?")
        C.c("yes ma'am" if R.random() < 0.5 else "correct")
    return C


def ni_typed(ni):
    k = R.randint(0, 5)
    if k == 0:
        return ni
    if k == 1:
        return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if k == 2:
        return ni.lower()
    if k == 3:
        return "%s-%s-%s" % (ni[:2], ni[2:8], ni[8])
    if k == 4:
        return "%s %s %s" % (ni[:2], ni[2:8], ni[8])
    return "%s%s %s" % (ni[:2], ni[2:8], ni[8].lower())


def ni_spoken(ni, region):
    style = pick(["plain", "plain", "nato", "for"])
    z = zero_word(region)
    if z == "o":
        z = "oh"
    L = lambda c: say_letter(c, style)
    dg = ni[2:8]
    grouping = pick([[2, 2, 2], [3, 3], [6], [2, 4], [1, 2, 3]])
    mode = pick(["digits", "pairs", "digits"])
    digit_txt = join_spoken([say_group(g, mode, z) for g in chunks(dg, grouping)])
    return L(ni[0]), L(ni[1]), digit_txt, L(ni[8])


def pos_ni(i):
    industry = pick(["government", "banking", "insurance", "utilities", "healthcare", "telecom"])
    region = pick(["UK", "UK", "UK", "IE"])
    ni = new_ni()
    C = Case("positive", "UK National Insurance number (%s)" % industry)
    C.a(pick(["and your national insurance number please", "can you confirm your NI number",
              "I'll just need your national insurance", "what's your N I number"]))
    k = R.random()
    if k < 0.35:
        C.c(pick(["NI no: ", "Its ", "ni number ", "NINO ", "sure: ", ""]), V("NI_NUMBER", ni_typed(ni), "ni", ni),
            pick(["", ".", " cheers", " - got it off my payslip"]))
    else:
        l1, l2, dtxt, l3 = ni_spoken(ni, region)
        if k < 0.6:
            C.c(pick(["it's ", "yeah ", "um, ", "ok so it's "]),
                V("NI_NUMBER", "%s %s %s %s" % (l1, l2, dtxt, l3), "ni", ni))
        elif k < 0.85:
            C.c(pick(["right, ", "", "ok "]), V("NI_NUMBER", "%s %s" % (l1, l2), "ni", ni))
            C.a(pick(BACK[region]))
            C.c(V("NI_NUMBER", dtxt, "ni", ni), pick([", and then ", "... and "]), V("NI_NUMBER", l3, "ni", ni), pick(["", " at the end"]))
        else:
            C.c(V("NI_NUMBER", "%s %s %s" % (l1, l2, dtxt), "ni", ni), pick([", ", " - "]),
                pick(["hang on I've a letter here somewhere, ", "sorry, ", "the last letter's "]),
                V("NI_NUMBER", l3, "ni", ni))
    if R.random() < 0.35:
        rb = "%s %s %s %s" % (ni[0], ni[1], say_digits(ni[2:8], [2, 2, 2], region, modes=["digits"]), ni[8])
        C.a(pick(["that's ", "so I've got "]), V("NI_NUMBER", rb.lower() if R.random() < 0.7 else ni, "rb", ni), "?")
        C.c(pick(["yes", "that's the one", "aye"]))
    return C


def pos_bank(i):
    region = pick(["UK", "UK", "IE", "US"])
    industry = pick(["banking", "utilities", "insurance", "telecom", "government"])
    C = Case("positive", "bank details for direct debit (%s, %s)" % (industry, region))
    acct = digits(8) if region != "US" else digits(R.randint(9, 12), True)
    sc = new_sort(region) if region != "US" else None
    C.a(pick(["to set up the direct debit I'll need the account number and sort code",
              "which account would you like the payments to come from?",
              "ok, bank details please"]) if region != "US" else "what's the checking account number?")
    k = R.random()
    if k < 0.4:
        segs = [pick(["acct no: ", "Account number ", "a/c ", "acc: "]), V("BANK_ACCOUNT", typed_digits(acct, pick([[len(acct)], [4, 4] if len(acct) == 8 else [len(acct)]]), pick([" ", ""])), "acct", acct)]
        if sc:
            sct = pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:])
            segs += [pick([", sort code ", " sc: ", "\nSort code - ", " s/c "]), V("SORT_CODE", sct, "sc", sc)]
        C.c(*segs)
    else:
        if sc:
            C.c(pick(["sort code is ", "the sort code's ", "ok, ", ""]),
                V("SORT_CODE", say_digits(sc, pick([[2, 2, 2], [2, 2, 2], [3, 3], [6]]), region, fillers=0.2), "sc", sc))
            C.a(pick(BACK[region]) + pick(["", ", and the account number?"]))
        grouping = pick([[4, 4], [3, 3, 2], [2, 3, 3], [8], [2, 2, 2, 2]]) if len(acct) == 8 else rand_groups(len(acct), 3, 4)
        if R.random() < 0.4 and len(grouping) > 1:
            h = len(grouping) // 2
            a1 = "".join(chunks(acct, grouping)[:h])
            C.c(V("BANK_ACCOUNT", say_digits(a1, grouping[:h], region), "acct", acct))
            C.a(pick(BACK[region]))
            C.c(pick(["", "then "]), V("BANK_ACCOUNT", say_digits(acct[len(a1):], grouping[h:], region, fillers=0.3), "acct", acct))
        else:
            C.c(pick(["account number is ", "", "it's "]), V("BANK_ACCOUNT", say_digits(acct, grouping, region, fillers=0.3), "acct", acct))
        if R.random() < 0.3 and sc:
            C.a("lovely so sort code ", V("SORT_CODE", say_digits(sc, [2, 2, 2], region, modes=["digits"]), "scrb", sc),
                ", account ", V("BANK_ACCOUNT", say_digits(acct, [4, 4], region, modes=["digits"]), "acrb", acct))
            C.c("yep")
    return C


def pos_iban(i):
    cc = pick(["GB", "IE", "IE", "DE", "NL", "FR", "ES", "GB"])
    iban = new_iban(cc)
    industry = pick(["banking", "travel", "retail", "insurance", "government"])
    C = Case("positive", "IBAN for refund (%s, %s)" % (cc, industry))
    C.a(pick(["for the refund can I have the IBAN", "please send the IBAN of the receiving account"]))
    if R.random() < 0.5:
        txt = " ".join(chunks(iban, rand_groups(len(iban), 4, 4))) if R.random() < 0.6 else iban
        if R.random() < 0.3:
            txt = txt.lower()
        C.c(pick(["IBAN: ", "iban ", "Sure its ", "IBAN - "]), V("IBAN", txt, "iban", iban), pick(["", " (bic to follow)", ". thx"]))
    else:
        region = "IE" if cc == "IE" else "UK"
        cut = R.choice([4, 8, 14])
        p1 = spoken_alnum(iban[:cut], region)
        p2 = spoken_alnum(iban[cut:], region)
        C.c(pick(["ok it's ", "", "right, "]), V("IBAN", p1, "iban", iban))
        C.a(pick(BACK[region]))
        C.c(V("IBAN", p2, "iban", iban))
    return C


def render_phone(ph, spoken, region, intl):
    nat, groups, cc, rest = ph
    if spoken:
        if intl:
            ccs = say_digits(cc[1:], [len(cc) - 1], region, modes=["digits", "pairs"])
            body = say_digits(rest, rand_groups(len(rest), 2, 4) if R.random() < 0.4 else [max(1, groups[0] - 1)] + groups[1:] if cc != "+1" else groups, region, fillers=0.2)
            return pick(["plus ", "plus "]) + ccs + pick([" ", ", "]) + body, cc + rest
        return say_digits(nat, groups if R.random() < 0.6 else rand_groups(len(nat), 2, 4), region, fillers=0.2), nat
    if intl:
        first = groups[0] - 1 if cc != "+1" else groups[0]
        return cc + pick([" ", "", "-"]) + typed_digits(rest, [first] + groups[1:] if R.random() < 0.7 else [len(rest)], pick([" ", "", "-"])), cc + rest
    return typed_digits(nat, groups if R.random() < 0.7 else rand_groups(len(nat), 3, 4), pick([" ", "", "-", " "])), nat


def pos_phone(i):
    region = pick(["UK", "UK", "IE", "IE", "US"])
    kind = {"UK": pick(["uk_mob", "uk_mob", "uk_land"]), "IE": pick(["ie_mob", "ie_mob", "ie_land"]), "US": "us"}[region]
    ph = new_phone(kind)
    spoken = R.random() < 0.6
    intl = R.random() < 0.35
    txt, canon = render_phone(ph, spoken, region, intl)
    industry = ind()
    C = Case("positive", "%s phone number, %s (%s)" % (kind, "spoken" if spoken else "typed", industry))
    C.a(pick(["what's the best number to reach you on", "is there a contact number?", "can I get a mobile number for the engineer"]))
    C.c(pick(["", "it's ", "mobile is ", "Tel: ", "you can get me on ", "ring me on ", "best is my mobile, "]), V("PHONE", txt, "ph", canon),
        pick(["", ", any time after five", ". Thanks", ", that's the landline"]))
    if spoken and R.random() < 0.4:
        C.a(pick(["so that's ", "I have "]), V("PHONE", say_digits(canon.lstrip("+"), rand_groups(len(canon.lstrip("+")), 3, 4), region, modes=["digits"]) if not canon.startswith("+") else "plus " + say_digits(canon[1:], rand_groups(len(canon) - 1, 3, 4), region, modes=["digits"]), "rb", canon), "?")
        C.c("yeah")
    return C


def pos_email(i):
    em = new_email()
    industry = ind()
    C = Case("positive", "email address (%s)" % industry)
    C.a(pick(["and an email for the confirmation?", "what email address should we use?"]))
    if R.random() < 0.45:
        txt = em if R.random() < 0.7 else em[0].upper() + em[1:]
        C.c(pick(["", "email: ", "its ", "send it to "]), V("EMAIL", txt, "em", em.lower()), pick(["", " pls", "."]))
    else:
        local, dom = em.split("@")
        def speak_local(s):
            out = []
            for piece in re.findall(r"[a-z]+|\d|[._]", s):
                if piece == ".":
                    out.append("dot")
                elif piece == "_":
                    out.append("underscore")
                elif piece.isdigit():
                    out.append(UNITW[int(piece)] if piece != "0" else "zero")
                elif len(piece) > 6 and R.random() < 0.4:
                    out.append(" ".join(say_letter(c, pick(["plain", "plain", "for"])) for c in piece))
                else:
                    out.append(piece)
            return " ".join(out)
        spoken_dom = dom.replace(".", " dot ")
        full = speak_local(local) + " at " + spoken_dom
        if R.random() < 0.4:
            C.c(pick(["it's ", "so it's ", ""]), V("EMAIL", speak_local(local), "em", em))
            C.a(pick(["mhm", "at?", "go on"]))
            C.c(pick(["at ", "then at "]), V("EMAIL", spoken_dom, "em2", None) if False else V("EMAIL", spoken_dom, "em", em))
        else:
            C.c(pick(["it's ", "yeah ", ""]), V("EMAIL", full, "em", em))
    return C


def fix_email_groups(C):
    # a split e-mail's second half starts with "at" outside the span; put the @ back for validation
    g = C.groups.get("em")
    if g and len(g["parts"]) == 2:
        g["parts"] = [g["parts"][0], " at " + g["parts"][1]]
    return C


def pos_dob(i):
    region = pick(["UK", "IE", "US", "UK"])
    dob = new_dob()
    spoken = R.random() < 0.55
    industry = ind()
    C = Case("positive", "date of birth (%s, %s)" % (industry, region))
    C.a(pick(["can you confirm your date of birth", "and your DOB?", "date of birth for security please"]))
    txt = render_dob(dob, spoken, region)
    C.c(pick(["", "it's ", "DOB ", "born ", "yeah, ", "er "]), V("DOB", txt, "dob", dob))
    if R.random() < 0.4:
        ad = (R.randint(1, 28), R.randint(1, 12))
        C.a("thanks. I can book you in for the %d%s of %s at %d:%02d." % (ad[0], "th", MONTHS[ad[1] - 1].title(), R.randint(9, 16), pick([0, 15, 30, 45])))
    return C


def pos_address(i):
    region = pick(["UK", "UK", "IE", "IE", "US"])
    industry = pick(["utilities", "telecom", "retail", "insurance", "healthcare", "government"])
    C = Case("positive", "postal address with postcode (%s, %s)" % (industry, region))
    streets = {"UK": STREETS_UK, "IE": STREETS_IE, "US": STREETS_US}[region]
    towns = {"UK": TOWNS_UK, "IE": TOWNS_IE, "US": TOWNS_US}[region]
    street = pick(streets)
    num = R.randint(1, 240) if region != "US" else R.randint(100, 9800)
    pc = {"UK": new_uk_pc, "IE": new_eircode, "US": lambda: digits(5, True)}[region]()
    spoken = R.random() < 0.5
    C.a(pick(["and the first line of the address?", "what's the supply address?", "where should we deliver to?"]))
    if spoken:
        ntxt = say_digits(str(num), [len(str(num))], region, modes=["pairs", "hund", "digits"]) if num >= 10 else UNITW[num]
        addr = pick(["", "flat %s, " % UNITW[R.randint(1, 9)], "apartment %s, " % UNITW[R.randint(1, 9)]]) + ntxt + " " + street.lower()
        if region == "UK":
            pcs = spoken_alnum(pc, region)
        elif region == "IE":
            pcs = spoken_alnum(pc, region)
        else:
            pcs = say_digits(pc, [5], region, modes=["digits"])
        C.c(pick(["it's ", "", "yeah it's "]), V("ADDRESS", addr, "addr", addr), ", ", towns and pick(towns).lower(), pick([", ", " and the postcode is ", ", eircode ", " zip "]), V("POSTCODE", pcs, "pc", pc))
    else:
        addr = pick(["", "Flat %d, " % R.randint(1, 30), "Apt %d%s, " % (R.randint(1, 12), pick(["", "B"])), "Unit %d " % R.randint(1, 9)]) + str(num) + pick(["", "a"]) * (region == "UK") + " " + street
        if R.random() < 0.3:
            addr = addr.lower()
        pct = pc if region == "US" else (pc[:-3] + pick([" ", " ", ""]) + pc[-3:]) if region == "UK" else pc[:3] + pick([" ", ""]) + pc[3:]
        if R.random() < 0.3:
            pct = pct.lower()
        state = ", " + pick(["OH", "TX", "OR", "NY", "AZ", "NC"]) if region == "US" else ""
        C.c(pick(["", "Address: ", "its "]), V("ADDRESS", addr, "addr", addr), ", ", pick(towns) + state, pick([", ", " ", "\n"]), V("POSTCODE", pct, "pc", pc))
    return C


def pos_postcode_only(i):
    region = pick(["UK", "IE", "UK"])
    pc = new_uk_pc() if region == "UK" else new_eircode()
    C = Case("positive", "postcode/eircode alone for account lookup (%s)" % region)
    C.a(pick(["can I take the postcode?", "what's the eircode there?", "just the postcode to find the account"]))
    if R.random() < 0.5:
        C.c(pick(["", "it's ", "yeah it's "]), V("POSTCODE", spoken_alnum(pc, region), "pc", pc))
    else:
        C.c(V("POSTCODE", spoken_alnum(pc[:-3] if region == "UK" else pc[:3], region), "pc", pc))
        C.a(pick(BACK[region]))
        C.c(V("POSTCODE", spoken_alnum(pc[-3:] if region == "UK" else pc[3:], region), "pc", pc))
    return C


def pos_mixed(i):
    """Several identifiers in one short typed e-mail, UK/IE flavoured."""
    region = pick(["UK", "IE"])
    ni, ph = new_ni(), new_phone("uk_mob" if region == "UK" else "ie_mob")
    em = new_email()
    dob = new_dob()
    C = Case("positive", "e-mail body with several identifiers (%s)" % region)
    C.c("Hi, re my claim ref CLM-%s. My NI number is " % digits(6), V("NI_NUMBER", ni_typed(ni), "ni", ni),
        ", DOB ", V("DOB", render_dob(dob, False, region), "dob", dob), ". Call me on ",
        V("PHONE", typed_digits(ph[0], ph[1], " "), "ph", ph[0]), " or email ", V("EMAIL", em, "em", em), ". Thanks")
    return C


# --------------------------------------------------------------- negatives
def neg_cases():
    out = []

    def N(note, *turns):
        C = Case("negative", note)
        for sp, txt in turns:
            C.t(sp, txt)
        out.append(C)

    def spoken16(s):
        return say_digits(s, [4, 4, 4, 4], pick(["UK", "IE"]))

    gens = []

    def g_order():
        n = luhn_complete("4", 16)
        N("order number that is 16 digits and Luhn-valid, said with its label",
          ("agent", "can I take the order number?"),
          ("customer", "order number %s" % typed_digits(n, [4, 4, 4, 4], pick([" ", "-"]))))

    def g_ref_spoken():
        n = digits(16)
        N("reference number spoken like a card reading",
          ("customer", "the reference on the letter is %s" % spoken16(n)),
          ("agent", "thanks, I've found that reference"))

    def g_balance():
        N("balance and amounts",
          ("agent", "your balance is £%s.%02d and the minimum payment is £%d.%02d" % ("{:,}".format(R.randint(1000, 99999)), R.randint(0, 99), R.randint(5, 200), R.randint(0, 99))),
          ("customer", "right, and the %d pound fee?" % R.randint(10, 60)))

    def g_spoken_amount():
        N("amount spoken in words",
          ("customer", "i paid %s pounds %s on the %s" % (say_group(str(R.randint(100, 999)), "hund", "oh"), say_pair("%02d" % R.randint(10, 99), "oh"), say_ord(R.randint(1, 28)))),
          ("agent", "yes I can see the payment on the %s" % say_ord(R.randint(1, 28))))

    def g_last4():
        l4 = digits(4)
        N("card last four only (PCI allows)",
          ("agent", "is that the card ending %s?" % pick([l4, say_digits(l4, [4], "UK", modes=["digits"])])),
          ("customer", "yeah the one ending in %s" % say_digits(l4, [2, 2], "UK", modes=["pairs"])))

    def g_meter():
        N("meter reading and serial number with labels",
          ("customer", "meter reading is %s and the meter serial number is %s" % (say_digits(digits(5), [5], "UK", modes=["digits"]), pick(["E10", "K", "S1"]) + digits(8) if False else digits(2) + pick(["E", "K", "P"]) + digits(7))),
          ("agent", "thanks, that reading is %d units higher than last quarter" % R.randint(100, 900)))

    def g_flight():
        N("flight, gate and seat numbers",
          ("customer", "i'm on %s %d tomorrow, seat %d%s, gate %s" % (pick(["EI", "FR", "BA", "AA"]), R.randint(100, 9999), R.randint(1, 40), pick("ABCDEF"), R.choice(["B%d" % R.randint(1, 40), str(R.randint(100, 420))]))),
          ("agent", "departure is at %d:%02d from terminal %d" % (R.randint(5, 22), pick([5, 10, 35, 50]), R.randint(1, 2))))

    def g_hours():
        N("opening hours and durations",
          ("agent", "we're open %d till %d Monday to Friday and %d to %d on Saturdays" % (R.randint(7, 9), R.randint(17, 20), R.randint(9, 10), R.randint(13, 17))),
          ("customer", "i've been on hold for %s minutes" % say_pair(str(R.randint(20, 59)), "oh")))

    def g_ticket():
        n = digits(R.randint(9, 12))
        N("ticket number with label, long digit run",
          ("customer", "ticket number %s, I raised it %s" % (n, pick(["last Tuesday", "on the 3rd", "two weeks ago"]))),
          ("agent", "ok ticket %s, I can see it's been escalated" % n))

    def g_policy():
        n = pick(["POL", "MTR", "HH"]) + digits(8)
        N("policy number with label",
          ("customer", "my policy number is %s" % n),
          ("agent", "thanks, policy %s renews on %d %s %d" % (n, R.randint(1, 28), MONTHS[R.randint(0, 11)].title(), R.randint(2025, 2027))))

    def g_tracking():
        n = pick(["JD", "1Z", "RM"]) + digits(R.randint(14, 18))
        N("parcel tracking number",
          ("customer", "tracking number %s says delivered but nothing here" % n),
          ("agent", "i'll open a claim for that parcel"))

    def g_invoice_spoken():
        n = digits(R.randint(8, 10))
        region = pick(["UK", "IE"])
        N("invoice number read out in double/treble style",
          ("agent", "what's the invoice number on the bill?"),
          ("customer", "invoice number %s" % say_digits(n, rand_groups(len(n), 2, 4), region)),
          ("agent", pick(["grand", "lovely"]) + ", found it"))

    def g_dates():
        N("appointment and payment dates (not DOB)",
          ("agent", "your next payment is due on the %s of %s and the engineer's booked for %d/%d/%d" % (say_ord(R.randint(1, 28)), MONTHS[R.randint(0, 11)], R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2026))),
          ("customer", "ok the %s works for me" % say_ord(R.randint(1, 28))))

    def g_age():
        N("ages, years and counts",
          ("customer", "i'm %s, been with you since %d, and there's %d of us in the house" % (say_pair(str(R.randint(21, 89)), "oh"), R.randint(1995, 2020), R.randint(2, 6))),
          ("agent", "thanks for being with us %d years" % R.randint(3, 25)))

    def g_temp():
        N("temperatures and percentages",
          ("customer", "the boiler's only getting to %d degrees and the thermostat's set at %d" % (R.randint(30, 45), R.randint(18, 24))),
          ("agent", "there's a %d%% discount on the service plan this month" % pick([10, 15, 20, 25])))

    def g_contract():
        n = digits(7)
        N("contract and account reference with label",
          ("agent", "contract reference %s ends in %s %d" % (n, MONTHS[R.randint(0, 11)], R.randint(2025, 2028))),
          ("customer", "customer reference? it's %s" % ("C" + digits(9))))

    def g_road():
        N("road names without house numbers",
          ("customer", "there's roadworks on %s near the %s so the engineer should come via %s" % (pick(STREETS_UK + STREETS_IE), pick(["roundabout", "Tesco", "church"]), pick(["the M50", "the A40", "the N4", "Junction 9"]))),
          ("agent", "noted, I'll add that to the job"))

    def g_model():
        N("model and serial number",
          ("customer", "it's a %s model %s, serial %s" % (pick(["Worcester", "Samsung", "Bosch"]), pick(["WM", "RB", "GX"]) + digits(4) + pick(["", "X", "-EU"]), digits(12))),
          ("agent", "thanks, that model's under warranty until %d" % R.randint(2026, 2030)))

    def g_room():
        N("room number and booking reference",
          ("customer", "room %d, booking reference %s" % (R.randint(100, 999), "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))),
          ("agent", "check-in is from %d pm" % R.randint(2, 4)))

    def g_claim_spoken():
        n = digits(9)
        N("claim number spoken like an SSN",
          ("agent", "do you have the claim number?"),
          ("customer", "yeah claim number %s" % say_digits(n, [3, 2, 4], "US")),
          ("agent", "got it, that claim was paid on %s" % render_dob((R.randint(1, 28), R.randint(1, 12), 2024), False, "US")))

    def g_ni_like():
        N("NI-lookalike that is a product code",
          ("customer", "the part number on the box is %s%s%s" % (pick("ABCEGHJ") + pick("ABCEGHJ"), digits(6), pick("ABCD"))),
          ("agent", "yes, that part number is in stock, delivery in %d working days" % R.randint(2, 7)))

    def g_data():
        N("data usage and call minutes",
          ("agent", "you've used %s gigabytes of your %d and %d minutes of calls" % (say_pair(str(R.randint(11, 99)), "oh"), pick([50, 100, 30]), R.randint(100, 999))),
          ("customer", "and that's on the %s pound plan yeah?" % say_pair(str(R.randint(15, 60)), "oh")))

    def g_phone_hotline():
        N("branch count and price with long digits",
          ("agent", "there are %d branches and the upgrade costs €%s.%02d" % (R.randint(20, 300), R.randint(100, 2000), R.randint(0, 99))),
          ("customer", "ok, and is the %d month contract cheaper?" % pick([12, 18, 24])))

    def g_sort_like():
        n = digits(6)
        N("six-digit PIN-reset code said with label",
          ("agent", "your one-time verification reference is %s" % " ".join(chunks(n, [2, 2, 2]))),
          ("customer", "reference %s, ok" % say_digits(n, [2, 2, 2], "UK")))

    gens = [g_order, g_ref_spoken, g_balance, g_spoken_amount, g_last4, g_meter, g_flight, g_hours,
            g_ticket, g_policy, g_tracking, g_invoice_spoken, g_dates, g_age, g_temp, g_contract,
            g_road, g_model, g_room, g_claim_spoken, g_ni_like, g_data, g_phone_hotline, g_sort_like]
    for k in range(115):
        gens[k % len(gens)]()
    return out


# --------------------------------------------------------------- build
PLAN = [(pos_card_typed, 26), (pos_card_spoken, 38), (pos_ssn, 32), (pos_ni, 36), (pos_bank, 24),
        (pos_iban, 14), (pos_phone, 26), (pos_email, 16), (pos_dob, 16), (pos_address, 18),
        (pos_postcode_only, 10), (pos_mixed, 6)]


def build():
    R.seed(SEED)
    pos = []
    for fn, n in PLAN:
        for i in range(n):
            C = fn(i)
            if fn is pos_email:
                fix_email_groups(C)
            pos.append(C)
    R.shuffle(pos)
    neg = neg_cases()
    R.shuffle(neg)
    cases = []
    for j, C in enumerate(pos, 1):
        C.id = "h462-pos-%03d" % j
        cases.append(C)
    for j, C in enumerate(neg, 1):
        C.id = "h462-neg-%03d" % j
        cases.append(C)
    return cases


def serialise(cases):
    lines = []
    for C in cases:
        spans = sorted(C.spans, key=lambda s: (s["turn"], s["start"]))
        lines.append(json.dumps({"id": C.id, "kind": C.kind, "turns": C.turns, "spans": spans,
                                 "note": C.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def check(cases, data):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != data:
            errs.append("cases.jsonl is not byte-identical to a fresh generation")
    ids = [C.id for C in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    texts = Counter(json.dumps(C.turns) for C in cases)
    for C in cases:
        if C.kind == "negative" and C.spans:
            errs.append("%s: negative with spans" % C.id)
        if C.kind == "positive" and not C.spans:
            errs.append("%s: positive without spans" % C.id)
        by_turn = {}
        for s in C.spans:
            if not 0 <= s["turn"] < len(C.turns):
                errs.append("%s: bad turn" % C.id)
                continue
            t = C.turns[s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(t)):
                errs.append("%s: offsets out of range" % C.id)
                continue
            v = t[st:en]
            if not (v[0].isalnum() or v[0] == "+") or not v[-1].isalnum():
                errs.append("%s: span %r not trimmed to value" % (C.id, v))
            if st > 0 and t[st - 1].isalnum() or en < len(t) and t[en].isalnum():
                errs.append("%s: span %r not on word boundary" % (C.id, v))
            if s["type"] not in TYPES:
                errs.append("%s: bad type" % C.id)
            by_turn.setdefault(s["turn"], []).append((st, en))
        for lst in by_turn.values():
            lst.sort()
            for (a, b), (c, d) in zip(lst, lst[1:]):
                if c < b:
                    errs.append("%s: overlapping spans" % C.id)
        for e in validate_groups(C):
            errs.append("%s: %s" % (C.id, e))
        for tn in C.turns:
            if tn["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % C.id)
    dup = sum(1 for v in texts.values() if v > 1)
    if dup:
        errs.append("%d duplicated dialogues" % dup)
    return errs


def counts(cases):
    c = Counter(s["type"] for C in cases for s in C.spans)
    npos = sum(C.kind == "positive" for C in cases)
    nneg = sum(C.kind == "negative" for C in cases)
    return npos, nneg, c


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    cases = build()
    data = serialise(cases)
    npos, nneg, c = counts(cases)
    if args.check:
        errs = check(cases, data)
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        for t in TYPES:
            need = 70 if t == "CARD_NUMBER" else 30 if t in ("SSN", "NI_NUMBER") else 10
            if c[t] < need:
                errs.append("too few %s spans: %d < %d" % (t, c[t], need))
        for e in errs:
            print("ERROR", e)
        print("positives=%d negatives=%d spans=%s" % (npos, nneg, dict(sorted(c.items()))))
        if errs:
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print("wrote %s: positives=%d negatives=%d spans=%s" % (OUT, npos, nneg, dict(sorted(c.items()))))


if __name__ == "__main__":
    main()

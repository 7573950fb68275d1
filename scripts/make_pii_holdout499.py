#!/usr/bin/env python3
"""Generate the pii_holdout499 held-out PII evaluation set (stdlib only).

Usage:
    python scripts/make_pii_holdout499.py           # write cases.jsonl
    python scripts/make_pii_holdout499.py --check   # regenerate + verify

Every turn is built from plain-text segments and labelled value segments,
so all offsets are computed, never typed by hand.
"""
import json
import os
import re
import sys
import random
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout499", "cases.jsonl")
SEED = 499241125

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]


# ---------------------------------------------------------------- builders
class V:
    """A labelled value segment. group ties parts of one value together."""
    def __init__(self, text, typ, group=None, frag=False):
        self.text, self.typ, self.group, self.frag = text, typ, group, frag


class Case:
    def __init__(self):
        self.turns, self.spans, self.groups = [], [], defaultdict(list)
        self._g = 0

    def newgroup(self):
        self._g += 1
        return "g%d" % self._g

    def add(self, speaker, *segs):
        ti = len(self.turns)
        buf, pos = [], 0
        for s in segs:
            if isinstance(s, V) and not s.text[0].isalnum():
                # span starts at the first letter/digit: "+44 ..." -> "+" is plain text
                k = 0
                while not s.text[k].isalnum():
                    k += 1
                buf.append(s.text[:k])
                pos += k
                s = V(s.text[k:], s.typ, s.group, s.frag)
            if isinstance(s, V):
                g = s.group or self.newgroup()
                self.spans.append({"turn": ti, "start": pos, "end": pos + len(s.text), "type": s.typ})
                self.groups[g].append((s.typ, s.text, s.frag))
                buf.append(s.text)
                pos += len(s.text)
            else:
                buf.append(s)
                pos += len(s)
        self.turns.append({"speaker": speaker, "text": "".join(buf)})

    def c(self, *segs):
        self.add("customer", *segs)

    def a(self, *segs):
        self.add("agent", *segs)


# ---------------------------------------------------------------- values
def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        s += n
        alt = not alt
    return s % 10 == 0


def luhn_complete(body):
    for x in "0123456789":
        if luhn_ok(body + x):
            return body + x


def gen_card(r, kind=None):
    kind = kind or r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    pre, ln = {"visa": ("4", 16), "mc": (str(r.randint(51, 55)), 16), "amex": (r.choice(["34", "37"]), 15),
               "disc": ("6011", 16), "visa13": ("4", 13), "maestro19": ("6759", 19),
               "mc2": (str(r.randint(2221, 2720)), 16)}[kind]
    body = pre + "".join(r.choice("0123456789") for _ in range(ln - len(pre) - 1))
    return luhn_complete(body)


def fake_card_like(r, n=16):
    """Digit string that fails Luhn (for negatives)."""
    while True:
        d = str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))
        if not luhn_ok(d):
            return d


def groups_for(card, r):
    n = len(card)
    if n == 15:
        pat = [4, 6, 5]
    elif n == 13:
        pat = r.choice([[4, 4, 5], [4, 3, 3, 3]])
    elif n == 19:
        pat = r.choice([[4, 4, 4, 4, 3], [8, 11]])
    else:
        pat = r.choice([[4, 4, 4, 4]] * 5 + [[4, 4, 8], [8, 8], [4, 12], [3, 3, 3, 3, 4]])
    out, i = [], 0
    for p in pat:
        out.append(card[i:i + p])
        i += p
    return out


def gen_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(r):
    if r.random() < 0.15:
        p = "QQ"
    else:
        while True:
            p = r.choice(NI_L1) + r.choice(NI_L2)
            if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
    return p + "".join(r.choice("0123456789") for _ in range(6)) + r.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def gen_iban(r):
    c = r.choice(["GB", "GB", "IE", "DE", "FR", "ES", "NL"])
    dg = lambda n: "".join(r.choice("0123456789") for _ in range(n))
    if c == "GB":
        bban = r.choice(["NWBK", "BARC", "MIDL", "HBUK"]) + dg(6) + dg(8)
    elif c == "IE":
        bban = r.choice(["AIBK", "IPBS"]) + dg(6) + dg(8)
    elif c == "DE":
        bban = dg(18)
    elif c == "FR":
        bban = dg(23)
    elif c == "ES":
        bban = dg(20)
    else:
        bban = r.choice(["ABNA", "RABN", "INGB"]) + dg(10)
    return c + iban_check(c, bban) + bban


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc(r):
    area = r.choice(["SW", "SE", "N", "E", "W", "M", "B", "L", "LS", "BS", "CF", "EH", "G", "NE", "OX", "CB", "BT", "RG", "PO", "S"])
    d = str(r.randint(1, 19)) if len(area) == 1 else str(r.randint(1, 9))
    return "%s%s %d%s%s" % (area, d, r.randint(0, 9), r.choice(INWARD), r.choice(INWARD))


def gen_zip(r):
    z = "%05d" % r.randint(1001, 99950)
    if r.random() < 0.25:
        z += "-%04d" % r.randint(1, 9999)
    return z


STREETS = ["Acacia", "Maple", "Station", "Church", "Victoria", "Mill", "Kingfisher", "Willow", "Oak", "Hawthorn",
           "Elm", "Beech", "Cedar", "Park", "Highfield", "Chestnut", "Orchard", "Meadow", "Lincoln", "Jefferson",
           "Pine", "Riverside", "Harbour", "Quarry", "St Mary's", "Clonliffe", "Grafton", "Bridge"]
UK_SUF = ["Road", "Street", "Avenue", "Lane", "Close", "Drive", "Crescent", "Way", "Gardens", "Terrace", "Place", "Grove"]
US_SUF = ["St", "Ave", "Blvd", "Street", "Avenue", "Drive", "Rd", "Lane", "Ct"]
TOWNS_UK = ["Leeds", "Bristol", "Cardiff", "Manchester", "Reading", "Oxford", "Glasgow", "Belfast", "Sheffield", "London"]
TOWNS_US = ["Springfield, IL", "Austin, TX", "Portland, OR", "Columbus, OH", "Tampa, FL", "Denver, CO", "Albany, NY"]
TOWNS_IE = ["Dublin 3", "Cork", "Galway", "Limerick", "Dublin 8"]
FIRST = ["Sarah", "James", "Priya", "Tom", "Aoife", "Marcus", "Chloe", "Dev", "Hannah", "Luis", "Nia", "Kev", "Grace", "Ola"]
LAST = ["Whitfield", "Patel", "O'Neill", "Kowalski", "Brennan", "Okafor", "Hughes", "Garcia", "Murphy", "Chen", "Doyle"]


def gen_addr(r, us=False):
    n = r.randint(1, 2400 if us else 240)
    st = r.choice(STREETS) + " " + r.choice(US_SUF if us else UK_SUF)
    if not us and r.random() < 0.25:
        return "Flat %d, %d %s" % (r.randint(1, 40), n, st)
    if us and r.random() < 0.2:
        return "%d %s Apt %d" % (n, st, r.randint(1, 30))
    return "%d %s" % (n, st)


def gen_phone(r, region=None):
    region = region or r.choice(["uk_mob", "uk_mob", "uk_land", "uk_int", "us", "us_int", "ie", "ie_int", "de_int"])
    x = lambda n: "".join(r.choice("0123456789") for _ in range(n))
    if region == "uk_mob":
        return "07700 900" + x(3)
    if region == "uk_land":
        return r.choice(["020 7946 0", "0161 496 0", "0113 496 0", "0117 496 0"]) + x(3)
    if region == "uk_int":
        return r.choice(["+44 7700 900", "+44 (0)20 7946 0", "+447700 900"]) + x(3)
    if region == "us":
        return "%s-555-01%s" % (r.choice(["415", "212", "312", "617", "503"]), x(2))
    if region == "us_int":
        return "+1 %s 555 01%s" % (r.choice(["415", "212", "312", "617", "503"]), x(2))
    if region == "ie":
        return "08%d %s %s" % (r.choice([3, 5, 6, 7]), x(3), x(4))
    if region == "ie_int":
        return "+353 8%d %s %s" % (r.choice([3, 5, 6, 7]), x(3), x(4))
    return "+49 30 " + x(7)


def gen_email(r, f=None, l=None):
    f = (f or r.choice(FIRST)).lower().replace("'", "")
    l = (l or r.choice(LAST)).lower().replace("'", "")
    user = r.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%d" % (f, l, r.randint(1, 99)), "%s.%s%d" % (f[0], l, r.randint(70, 99))])
    dom = r.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com", "eircom.net", "proton.me"])
    return user + "@" + dom


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
       "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]


# ---------------------------------------------------------------- speech
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS_W = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILL = ["um", "uh", "er", "erm"]


def zero_word(r):
    return r.choice(["oh", "oh", "zero", "o", "nought"])


def say_digit(ch, r):
    return zero_word(r) if ch == "0" else UNITS[int(ch)]


def say_pair(p, r):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word(r) + " " + say_digit(p[1], r)
    if a == 1:
        return TEENS_W[b]
    if b == 0:  # avoid "twenty" + next-digit ambiguity
        return say_digit(p[0], r) + " " + zero_word(r)
    return TENS_W[a] + " " + UNITS[b]


def say_digits(s, r, style=None):
    """Spoken reading of a digit string, inverted exactly by normalise()."""
    style = style or r.choice(["single", "single", "mixed", "pairs"])
    words, i = [], 0
    while i < len(s):
        ch = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == ch and run < 3:
            run += 1
        if style != "pairs" and run >= 2 and r.random() < 0.7:
            if run == 3 and r.random() < 0.6:
                words.append("triple " + say_digit(ch, r))
                i += 3
                continue
            words.append("double " + say_digit(ch, r))
            i += 2
            continue
        if style in ("pairs", "mixed") and i + 1 < len(s) and (style == "pairs" or r.random() < 0.4):
            p = s[i:i + 2]
            if style == "mixed" and i + 2 < len(s) and s[i] != "0" and s[i + 1:i + 3] not in ("00",) \
                    and s[i + 2] != "0" and s[i + 1] != "0" and r.random() < 0.3:
                t = s[i:i + 3]
                tail = int(t[1:])
                tw = TEENS_W[tail - 10] if tail < 20 else TENS_W[tail // 10] + " " + UNITS[tail % 10]
                words.append("%s hundred and %s" % (UNITS[int(t[0])], tw))
                i += 3
                continue
            words.append(say_pair(p, r))
            i += 2
            continue
        words.append(say_digit(ch, r))
        i += 1
    return " ".join(words)


NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot", "G": "golf",
        "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november", "P": "papa",
        "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform", "W": "whiskey", "X": "x-ray",
        "Y": "yankee", "Z": "zulu"}
FOLK = {"Q": "queen", "B": "bravo", "S": "sugar", "M": "mother", "N": "nancy", "P": "peter", "C": "charlie",
        "A": "apple", "D": "david", "T": "tommy", "J": "jack", "W": "william", "L": "london", "E": "edward"}


def say_letter(ch, r):
    if ch == "O":
        return "o for oscar"
    x = r.random()
    if x < 0.3 and ch in NATO:
        return "%s for %s" % (ch.lower(), NATO[ch])
    if x < 0.4 and ch in FOLK:
        return "%s as in %s" % (ch.lower(), FOLK[ch])
    return ch.lower()


def say_alnum(s, r):
    out, digits = [], ""
    for ch in s.replace(" ", ""):
        if ch.isdigit():
            digits += ch
        else:
            if digits:
                out.append(say_digits(digits, r, "single" if r.random() < 0.6 else None))
                digits = ""
            out.append(say_letter(ch, r))
    if digits:
        out.append(say_digits(digits, r, "single" if r.random() < 0.6 else None))
    return " ".join(out)


def say_year(y, r):
    if y >= 2000 and y < 2010:
        return r.choice(["two thousand and %s" % UNITS[y % 10], "two thousand %s" % UNITS[y % 10]]) if y % 10 else "two thousand"
    hi, lo = divmod(y, 100)
    hw = TEENS_W[hi - 10] if hi < 20 else "twenty"
    if lo == 0:
        return hw + " hundred"
    if lo < 10:
        return hw + " " + zero_word(r) + " " + UNITS[lo]
    if lo < 20:
        return hw + " " + TEENS_W[lo - 10]
    return hw + " " + TENS_W[lo // 10] + ("" if lo % 10 == 0 else " " + UNITS[lo % 10])


def say_email(e, r):
    user, dom = e.split("@")
    def part(p):
        p = p.replace(".", " dot ").replace("_", " underscore ")
        p = re.sub(r"(\d+)", lambda m: " " + say_digits(m.group(1), r, "pairs" if len(m.group(1)) == 2 else "single") + " ", p)
        return re.sub(r"\s+", " ", p).strip()
    return part(user) + " at " + part(dom)


# ---------------------------------------------------------------- normaliser
_U = {w: i for i, w in enumerate(UNITS)}
_U.update({"oh": 0, "o": 0, "nought": 0, "nil": 0})
_T = {w: 10 + i for i, w in enumerate(TEENS_W)}
_TN = {w: i for i, w in enumerate(TENS_W) if w}
_FILL = set(FILL) | {"uhm", "hmm", "ah"}


def normalise(text, mode="alnum"):
    t = text.lower()
    t = re.sub(r"\b([a-z])\s+(?:for|as in)\s+[a-z][a-z\-]*", lambda m: " \u00a7" + m.group(1) + " ", t)
    toks = re.findall(r"\u00a7[a-z]|[a-z0-9']+|\S", t)
    out, i = [], 0
    email = mode == "email"

    def small(j):
        if j < len(toks) and toks[j] in _T:
            return _T[toks[j]], j + 1
        if j < len(toks) and toks[j] in _TN:
            v = _TN[toks[j]] * 10
            if j + 1 < len(toks) and toks[j + 1] in _U and _U[toks[j + 1]] > 0 and toks[j + 1] not in ("o", "oh"):
                return v + _U[toks[j + 1]], j + 2
            return v, j + 1
        if j < len(toks) and toks[j] in _U:
            return _U[toks[j]], j + 1
        return None, j

    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w.startswith("\u00a7"):
            out.append(w[1].upper()); i += 1
        elif w in _FILL:
            i += 1
        elif email and w in ("dot", "at", "underscore", "dash", "hyphen"):
            out.append({"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}[w]); i += 1
        elif email and w in (".", "@", "_", "-"):
            out.append(w); i += 1
        elif w in ("double", "triple") and nxt in _U:
            out.append(str(_U[nxt]) * (2 if w == "double" else 3)); i += 2
        elif w in _U and not (email and w in ("o", "oh")) and nxt == "hundred":
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            v, j2 = small(j)
            if v is None:
                out.append(str(_U[w]) + "00"); i += 2
            else:
                out.append(str(_U[w]) + "%02d" % v); i = j2
        elif w in _U and nxt == "thousand" and not email:
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            v, j2 = small(j)
            out.append(str(_U[w]) + ("%03d" % v if v is not None else "000")); i = j2 if v is not None else i + 2
        elif w in _U and not (email and w in ("o", "oh")):
            out.append(str(_U[w])); i += 1
        elif w in _T or w in _TN:
            v, i = small(i)
            out.append(str(v))
        elif w.isdigit():
            out.append(w); i += 1
        elif any(ch.isdigit() for ch in w):  # typed alphanumeric run, e.g. "8uh", "qq123456c"
            out.append(w if email else w.upper()); i += 1
        elif w.isalpha() or "'" in w:
            out.append(w.upper() if not email else w); i += 1
        else:
            if email:
                out.append(w)
            i += 1
    s = "".join(out)
    return s.lower() if email else s


# ---------------------------------------------------------------- validators
def v_card(s):
    d = normalise(s)
    return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)


def v_ssn(s):
    d = normalise(s)
    return bool(re.fullmatch(r"\d{9}", d)) and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def v_ni(s):
    return bool(re.fullmatch(r"(QQ|[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])\d{6}[A-D]", normalise(s)))


def v_iban(s):
    d = normalise(s)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", d):
        return False
    x = d[4:] + d[:4]
    return int("".join(str(int(ch, 36)) for ch in x)) % 97 == 1


def v_pc(s):
    d = normalise(s)
    return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", d) or re.fullmatch(r"\d{5}(\d{4})?", d))


def v_phone(s):
    d = normalise(s)
    return d.isdigit() and 9 <= len(d) <= 15


def v_email(s):
    return bool(re.fullmatch(r"[a-z0-9._%+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", normalise(s, "email")))


def _has_month(s):
    low = s.lower()
    return any(re.search(r"\b" + m[:3] + r"[a-z]*\b", low) for m in MONTHS)


def v_date(s, expiry=False):
    if _has_month(s):
        d = re.sub(r"\D", "", normalise(re.sub(r"(?i)\b(%s)\b" % "|".join(o.split()[-1] for o in ORD), " ", s)))
        return len(d) >= 2
    d = normalise(s)
    if not d.isdigit():
        return False
    if expiry:
        return len(d) in (4, 6) and 1 <= int(d[:2]) <= 12
    if re.search(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}", s):
        return True
    if len(d) not in (6, 8):
        return False
    cands = [(d[:2], d[2:4]), (d[2:4], d[:2])] + ([(d[6:8], d[4:6])] if len(d) == 8 else [])
    return any(1 <= int(a) <= 31 and 1 <= int(b) <= 12 for a, b in cands)


def v_addr(s):
    low = s.lower()
    has_num = bool(re.search(r"\d", low)) or any(re.search(r"\b%s\b" % w, low) for w in UNITS[1:] + TEENS_W + TENS_W[2:])
    suf = r"\b(road|rd|street|st|avenue|ave|lane|close|drive|crescent|way|gardens|terrace|place|grove|blvd|ct)\b"
    return has_num and bool(re.search(suf, low))


VALID = {
    "CARD_NUMBER": v_card, "SSN": v_ssn, "NI_NUMBER": v_ni, "IBAN": v_iban, "POSTCODE": v_pc,
    "PHONE": v_phone, "EMAIL": v_email, "ADDRESS": v_addr,
    "CVV": lambda s: bool(re.fullmatch(r"\d{3,4}", normalise(s))),
    "EXPIRY": lambda s: v_date(s, True), "DOB": v_date,
    "SORT_CODE": lambda s: bool(re.fullmatch(r"\d{6}", normalise(s))),
    "BANK_ACCOUNT": lambda s: bool(re.fullmatch(r"\d{6,17}", normalise(s))),
}


# ---------------------------------------------------------------- helpers
def fmt_card(card, r):
    gs = groups_for(card, r)
    sep = r.choice([" ", " ", "-", "", ".", "  ", " - "])
    return sep.join(gs) if sep else card


def fmt_ssn(s, r):
    sep = r.choice(["-", "-", " ", "", ".", " - "])
    return s[:3] + sep + s[3:5] + sep + s[5:]


def fmt_ni(n, r):
    x = r.random()
    if x < 0.35:
        v = n
    elif x < 0.7:
        v = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif x < 0.85:
        v = "%s-%s-%s" % (n[:2], n[2:8], n[8])
    else:
        v = n[:2] + " " + n[2:8] + " " + n[8]
    return v.lower() if r.random() < 0.25 else v


def fmt_sc(s, r):
    sep = r.choice(["-", "-", " ", "", "."])
    return s[:2] + sep + s[2:4] + sep + s[4:]


def fmt_exp(r, spoken=False):
    m, y = r.randint(1, 12), r.randint(2025, 2032)
    if spoken:
        return r.choice([
            "%s %s" % (say_pair("%02d" % m, r), say_pair("%02d" % (y % 100), r)),
            "%s %s" % (MONTHS[m - 1], say_year(y, r)),
            "%s %s" % (say_digits("%02d" % m, r, "single"), say_year(y, r)),
        ])
    return r.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                     "%s %d" % (MONTHS[m - 1][:3].title(), y), "%02d %02d" % (m, y % 100)])


def fmt_dob(r, spoken=False, us=False):
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1938, 2006)
    if spoken:
        return r.choice([
            "%s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y, r)),
            "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_year(y, r)),
            "%s %s %s" % (say_pair("%02d" % d, r), say_pair("%02d" % m, r), say_pair("%02d" % (y % 100), r)),
        ])
    if us:
        return r.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%02d" % (m, d, y % 100), "%s %d, %d" % (MONTHS[m - 1].title(), d, y)])
    return r.choice(["%02d/%02d/%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d),
                     "%d %s %d" % (d, MONTHS[m - 1][:3].title(), y), "%02d-%02d-%02d" % (d, m, y % 100)])


def split_str(s, r, parts=2):
    """Split a digit string into parts on character boundaries."""
    cuts = sorted(r.sample(range(2, len(s) - 1), parts - 1))
    out, p = [], 0
    for c in cuts + [len(s)]:
        out.append(s[p:c])
        p = c
    return out


def pick(r, xs):
    return r.choice(xs)


BACKCH = ["mhm", "go on", "yep", "ok", "uh huh", "yes go ahead", "right", "got that", "ok and the rest"]
INDUSTRY = {
    "bank": ("Northgate Bank", "banking"), "tel": ("Vireo Mobile", "telecom"), "util": ("BrightWatt Energy", "utilities"),
    "retail": ("Harlow & Finch", "retail"), "ins": ("Sentinel Insurance", "insurance"), "travel": ("SkyFerry", "travel"),
    "health": ("Meridian Health billing", "healthcare billing"), "gov": ("the Revenue helpline", "government services"),
}
IND_KEYS = list(INDUSTRY)


# ---------------------------------------------------------------- positive templates
def p_chat_card(r, C):
    ind = pick(r, ["retail", "tel", "util", "travel", "ins"])
    card = gen_card(r)
    g = C.newgroup()
    C.a(pick(r, ["Hi, thanks for contacting %s chat. How can I help?", "Welcome to %s. You're chatting with Dan."]) % INDUSTRY[ind][0])
    lead = pick(r, ["can i pay with this card ", "card no: ", "Card number -> ", "pls use ", "heres the card ", "CARD:", "my card is "])
    exp, cvv = fmt_exp(r), "%03d" % r.randint(1, 999) if card[:2] not in ("34", "37") else "%04d" % r.randint(1, 9999)
    sep = pick(r, [" exp ", " expiry: ", ", expires ", " | exp "])
    C.c(lead, V(fmt_card(card, r), "CARD_NUMBER", g), sep, V(exp, "EXPIRY"), pick(r, [" cvv ", " sec code ", " CVC: ", " 3 digits on back "]), V(cvv, "CVV"))
    C.a("Thanks, payment is going through now.")
    return "%s chat: card, expiry and CVV in one typed message" % INDUSTRY[ind][1]


def p_card_split_msgs(r, C):
    card = gen_card(r, pick(r, ["visa", "mc", "disc", "mc2"]))
    g = C.newgroup()
    gs = groups_for(card, r)
    k = r.randint(1, len(gs) - 1)
    C.a("Please enter the long number on the card.")
    C.c(V(" ".join(gs[:k]), "CARD_NUMBER", g))
    C.c(pick(r, ["sorry hit enter too soon", "oops", "..."]))
    C.c(V(" ".join(gs[k:]), "CARD_NUMBER", g))
    C.a("Got it, thank you.")
    return "web chat: card number broken across two messages with an interjection"


def p_card_lines(r, C):
    card = gen_card(r)
    gs = groups_for(card, r)
    txt = "\n".join(gs) if (r.random() < 0.5 or len(gs) < 3) else " ".join(gs[:2]) + "\n" + " ".join(gs[2:])
    C.c("Hi,\n\nI'd like to renew my policy using:\n", pick(r, ["Card: ", "Card number\n", "card# "]), V(txt, "CARD_NUMBER"), "\n",
        pick(r, ["Exp ", "valid thru ", "expiry "]), V(fmt_exp(r), "EXPIRY"), "\n\nKind regards\n", r.choice(FIRST))
    C.a("Hello, thanks for your email. The renewal has been processed.")
    return "insurance e-mail: card number broken across lines"


def p_email_dd(r, C):
    sc = "%02d%02d%02d" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 99))
    acct = "%08d" % r.randint(10000000, 99999999)
    f, l = r.choice(FIRST), r.choice(LAST)
    addr, pc, ph, em = gen_addr(r), gen_uk_pc(r), gen_phone(r, pick(r, ["uk_mob", "uk_land", "uk_int"])), gen_email(r, f, l)
    ind = pick(r, ["util", "tel", "ins", "bank"])
    C.c("Subject: Change of bank details\n\nHello,\nPlease update my direct debit to:\n",
        pick(r, ["Sort code: ", "S/C ", "sort-code = ", "SC: "]), V(fmt_sc(sc, r), "SORT_CODE"), "\n",
        pick(r, ["Acct no: ", "Account number: ", "a/c ", "acc no. "]), V(acct, "BANK_ACCOUNT"), "\n\nThanks\n",
        "%s %s\n" % (f, l), V(addr, "ADDRESS"), "\n%s\n" % r.choice(TOWNS_UK), V(pc, "POSTCODE"), "\n",
        pick(r, ["Tel: ", "M: ", "Mob ", "t. "]), V(ph, "PHONE"), "\n", V(em, "EMAIL"))
    C.a("Hi %s,\n\nThanks. Before we change the mandate, can you confirm:\n> Sort code: " % f, V(fmt_sc(sc, r), "SORT_CODE"),
        "\n> Account number: ", V(acct, "BANK_ACCOUNT"), "\nis correct?\n\n%s Customer Care" % INDUSTRY[ind][0])
    return "%s e-mail with signature block and quoted reply of bank details" % INDUSTRY[ind][1]


def p_webform_uk(r, C):
    ni = gen_ni(r)
    sep = pick(r, [" | ", "\n", " ; ", "\t", " // "])
    C.c("[Web form submission]", sep, "Full name: %s %s" % (r.choice(FIRST), r.choice(LAST)), sep, "Date of birth: ",
        V(fmt_dob(r), "DOB"), sep, pick(r, ["NI number: ", "National Insurance No.: ", "NINO: ", "ni no "]), V(fmt_ni(ni, r), "NI_NUMBER"),
        sep, "Postcode: ", V(gen_uk_pc(r).lower() if r.random() < 0.3 else gen_uk_pc(r), "POSTCODE"), sep, "Enquiry: ",
        pick(r, ["query about my tax code", "backdated claim", "change of circumstances", "universal credit payment missing"]))
    C.a("Thank you. An adviser from %s will reply within 5 working days." % INDUSTRY["gov"][0])
    return "government services web form with DOB, NI number, postcode"


def p_sms_ssn(r, C):
    ssn = gen_ssn(r)
    C.a("Meridian Health: to verify your billing account reply with your SSN. Msg&data rates may apply.")
    C.c(pick(r, ["its ", "ssn# ", "SSN ", "ok ", "my social is "]), V(fmt_ssn(ssn, r), "SSN"), pick(r, ["", " thx", " - bill is wrong btw", "!!"]))
    if r.random() < 0.5:
        C.a("Thanks. We've matched ", V(fmt_ssn(ssn, r), "SSN"), " to your account.")
    return "healthcare billing SMS: SSN typed with varied separators"


def p_us_email(r, C):
    ssn, zp, addr, dob = gen_ssn(r), gen_zip(r), gen_addr(r, True), fmt_dob(r, us=True)
    C.c("From: %s %s\nTo: Claims Team\n\nHi,\nfollowing up on my claim. My details:\nSSN: " % (r.choice(FIRST), r.choice(LAST)),
        V(fmt_ssn(ssn, r), "SSN"), "\nDOB ", V(dob, "DOB"), "\nAddress: ", V(addr, "ADDRESS"), ", %s " % r.choice(TOWNS_US),
        V(zp, "POSTCODE"), "\n\nSent from my iPhone")
    C.a("Thank you, we have updated claim CLM-%d." % r.randint(100000, 999999))
    return "insurance e-mail (US): SSN, DOB, address and ZIP; sender line header lines"


def p_iban_typed(r, C):
    ib = gen_iban(r)
    form = pick(r, ["grouped", "flat", "lower", "dash"])
    txt = {"grouped": group4(ib), "flat": ib, "lower": group4(ib).lower(), "dash": group4(ib, "-")}[form]
    C.a("Could you send the IBAN the refund should go to?")
    C.c(pick(r, ["IBAN: ", "iban ", "its ", "IBAN -- ", "pasted from my app: "]), V(txt, "IBAN"), pick(r, ["", " (joint account)", " thanks", "\nBIC is on the statement"]))
    C.a("Thanks, refund of \u20ac%d.%02d will be sent in 3-5 days." % (r.randint(10, 900), r.randint(0, 99)))
    return "travel refund chat: typed IBAN (%s)" % form


def p_ni_chat(r, C):
    ni = gen_ni(r)
    C.a("For security, what's your National Insurance number?")
    if r.random() < 0.4:
        C.c(V(ni[:4], "NI_NUMBER", "n"), pick(r, ["...", " hang on", " -"]))
        C.c(V(ni[4:], "NI_NUMBER", "n") if r.random() < 0.5 else V(" ".join([ni[4:6], ni[6:8], ni[8]]), "NI_NUMBER", "n"))
        note = "NI number typed across two chat messages"
    else:
        C.c(pick(r, ["NI: ", "", "its ", "ni no = ", "National ins no "]), V(fmt_ni(ni, r), "NI_NUMBER"))
        note = "NI number typed in chat"
    C.a("Thanks, that matches our records.")
    return "government chat: " + note


def p_phone_typed(r, C):
    ph = gen_phone(r)
    ph2 = gen_phone(r)
    C.a("What's the best number to reach you on?")
    C.c(pick(r, ["mob: ", "call me on ", "", "tel ", "new no is "]), V(ph, "PHONE"), pick(r, [
        "", " thx", " (WhatsApp only)", " after 6pm pls"]))
    if r.random() < 0.5:
        C.c("or ", V(ph2, "PHONE"), " if no answer")
    C.a("Noted, thank you.")
    return "telecom chat: phone numbers in national and international formats"


def p_email_typed(r, C):
    em = gen_email(r)
    x = r.random()
    if x < 0.3:
        shown = em.upper()
    elif x < 0.6:
        shown = em.replace("@", " @ ").replace(".", " . ", 1) if False else em
    else:
        shown = em
    C.a("Which email should we send the confirmation to?")
    C.c(pick(r, ["email: ", "", "send it to ", "use ", "my e-mail is "]), V(shown, "EMAIL"),
        pick(r, ["", " pls", " (not the old one)", "\n\n--\nSent via SMS"]))
    C.a("Confirmation sent to ", V(em, "EMAIL"), ".")
    return "retail chat: e-mail typed, agent read-back"


def p_typo_correct(r, C):
    kind = pick(r, ["dob", "phone", "card"])
    if kind == "dob":
        d1 = fmt_dob(r)
        d2 = fmt_dob(r)
        C.c("dob ", V(d1, "DOB"))
        C.c(pick(r, ["sorry typo ", "*", "correction: ", "i mean "]), V(d2, "DOB"))
    elif kind == "phone":
        p1 = gen_phone(r, "uk_mob")
        p2 = p1[:-2] + p1[-1] + p1[-2]
        C.c("number is ", V(p1, "PHONE"))
        C.c(pick(r, ["no wait ", "*", "sorry its "]), V(p2, "PHONE"))
    else:
        c1 = gen_card(r, "visa")
        C.c("card ", V(fmt_card(c1, r), "CARD_NUMBER"))
        c2 = gen_card(r, "visa")
        C.c(pick(r, ["wrong card sorry, use ", "ignore that one - ", "*use this: "]), V(fmt_card(c2, r), "CARD_NUMBER"))
    C.a("Thanks, updated.")
    return "typed correction in a follow-up message (%s): both values labelled" % kind


def p_addr_chat(r, C):
    us = r.random() < 0.35
    addr = gen_addr(r, us)
    pc = gen_zip(r) if us else gen_uk_pc(r)
    town = r.choice(TOWNS_US if us else TOWNS_UK + TOWNS_IE[:0])
    C.a("What's the delivery address?")
    if r.random() < 0.5:
        C.c(V(addr, "ADDRESS"), ", %s " % town, V(pc, "POSTCODE"))
    else:
        C.c(V(addr.lower(), "ADDRESS"))
        C.c(town.lower().split(",")[0])
        C.c(V(pc.lower() if r.random() < 0.5 else pc, "POSTCODE"))
    C.a("Lovely, your parcel will go to ", V(addr, "ADDRESS"), ".")
    return "retail chat: delivery address, town unlabelled, postcode separate"


def p_pasted_profile(r, C):
    us = r.random() < 0.5
    f, l = r.choice(FIRST), r.choice(LAST)
    lines = [("Name", "%s %s" % (f, l), None)]
    if us:
        lines += [("SSN", fmt_ssn(gen_ssn(r), r), "SSN"), ("Phone", gen_phone(r, "us"), "PHONE"), ("ZIP", gen_zip(r), "POSTCODE")]
    else:
        lines += [("NINO", fmt_ni(gen_ni(r), r), "NI_NUMBER"), ("Mobile", gen_phone(r, "uk_mob"), "PHONE"), ("Post code", gen_uk_pc(r), "POSTCODE")]
    lines += [("Email", gen_email(r, f, l), "EMAIL"), ("Member since", str(r.randint(2005, 2023)), None)]
    segs = ["I copied this from my account page:\n"]
    for k, v, t in lines:
        segs += ["%s%s" % (pick(r, ["", "* "]), k) + pick(r, [": ", "\t", " - "]), V(v, t) if t else v, "\n"]
    C.c(*segs)
    C.a("Thanks, I can see the account.")
    return "pasted profile block with labels and odd separators (%s)" % ("US" if us else "UK")


def p_masked_plus_full(r, C):
    card = gen_card(r, "visa")
    C.a("I can see a card ending %s on file. Do you want to use a different one?" % "".join(r.choice("0123456789") for _ in range(4)))
    C.c("yes this one ", V(fmt_card(card, r), "CARD_NUMBER"))
    C.a("Thanks, so that's the card ending ", V(card[-4:], "CARD_NUMBER", frag=True), ".")
    return "masked old card unlabelled; new full card typed, so its last four read-back is labelled"


# spoken
def s_card_spoken(r, C):
    card = gen_card(r, pick(r, ["visa", "mc", "amex", "disc", "visa13", "maestro19"]))
    gs = groups_for(card, r)
    g = C.newgroup()
    ind = r.choice(IND_KEYS)
    C.a("thanks for calling %s, can i take the long card number please" % INDUSTRY[ind][0].lower())
    i = 0
    while i < len(gs):
        n = r.randint(1, 2)
        chunk = gs[i:i + n]
        words = (" %s " % pick(r, FILL)).join(say_digits(x, r) for x in chunk) if r.random() < 0.3 else " ".join(say_digits(x, r) for x in chunk)
        pre = pick(r, ["", "", "it's ", "yeah ", "so "]) if i == 0 else pick(r, ["", "", "then "])
        C.c(pre, V(words, "CARD_NUMBER", g))
        i += n
        if i < len(gs):
            C.a(pick(r, BACKCH))
    if r.random() < 0.6:
        C.a("let me read that back ", V(" ".join(say_digits(x, r, "single") for x in gs), "CARD_NUMBER"), " is that right")
        C.c("yes that's it")
    return "%s call: card number read in chunks with back-channels (ASR)" % INDUSTRY[ind][1]


def s_card_restart(r, C):
    card = gen_card(r, "visa")
    gs = [card[0:4], card[4:8], card[8:12], card[12:]]
    C.a("go ahead with the card number")
    C.c(V(say_digits(gs[0], r) + " " + say_digits(gs[1][:2], r, "single"), "CARD_NUMBER", frag=True),
        pick(r, [" sorry hang on i've lost my place ", " oh wait let me start again ", " no sorry "]),
        V(" ".join(say_digits(x, r) for x in gs[:2]), "CARD_NUMBER", "c"))
    C.a("mhm")
    C.c(V(say_digits(gs[2], r), "CARD_NUMBER", "c"), pick(r, [" sorry the kids are shouting ", " one sec the dog ", " bear with me "]),
        V(" ".join(say_digits(x, r) for x in gs[3:]), "CARD_NUMBER", "c"))
    C.a("and the expiry")
    C.c(V(fmt_exp(r, True), "EXPIRY"), " and the code on the back is ", V(say_digits("%03d" % r.randint(0, 999), r, "single"), "CVV"))
    return "retail call: restarted card reading with an aside mid-reading, then expiry and CVV"


def s_ssn(r, C):
    ssn = gen_ssn(r)
    C.a("and can i get your social security number")
    x = r.random()
    if x < 0.4:
        C.c(pick(r, ["sure it's ", "yeah ", ""]), V("%s %s %s" % (say_digits(ssn[:3], r), say_digits(ssn[3:5], r), say_digits(ssn[5:], r)), "SSN"))
    elif x < 0.7:
        C.c(V(say_digits(ssn[:3], r) + " " + pick(r, FILL) + " " + say_digits(ssn[3:5], r), "SSN", "s"))
        C.a(pick(r, BACKCH))
        C.c(V(say_digits(ssn[5:], r), "SSN", "s"))
    else:
        C.c(V(say_digits(ssn[:5], r, "single"), "SSN", "s"), " uh ", pick(r, ["no wait", "hold on"]), " ",
            V(say_digits(ssn[:5], r, "single"), "SSN", "s2"))
        C.a("ok")
        C.c(V(say_digits(ssn[5:], r, "pairs"), "SSN", "s2"))
        C.groups["s"] = [(t, x_, True) for (t, x_, _) in C.groups["s"]]
    if r.random() < 0.5:
        C.a("so that's ", V(say_digits(ssn, r, "single"), "SSN"), " thank you")
    return "US healthcare billing call: SSN spoken (groups, fillers, restart)"


def s_ni(r, C):
    ni = gen_ni(r)
    C.a("can you give me your national insurance number please")
    if r.random() < 0.5:
        C.c(pick(r, ["yeah it's ", "", "ok it's "]), V(say_alnum(ni, r), "NI_NUMBER"))
    else:
        C.c(V(say_alnum(ni[:2], r) + " " + say_digits(ni[2:4], r), "NI_NUMBER", "n"))
        C.a(pick(r, BACKCH))
        C.c(V(say_digits(ni[4:8], r), "NI_NUMBER", "n"), " ", pick(r, ["and then ", "and the letter is ", "um "]), V(say_letter(ni[8], r), "NI_NUMBER", "n"))
    if r.random() < 0.4:
        C.a("thank you so ", V(say_alnum(ni, r), "NI_NUMBER"))
    return "government call: NI number spelled with letters/NATO, possibly split"


def s_phone(r, C):
    ph = gen_phone(r)
    d = re.sub(r"\D", "", ph)
    plus = ph.startswith("+")
    C.a("what's a good contact number")
    if plus:
        cc = [x for x in ("353", "44", "49", "1") if d.startswith(x)][0]
        words_v = say_digits(cc, r, "single") + " " + say_digits(d[len(cc):], r)
        C.c(pick(r, ["it's plus ", "plus ", "so that's plus "]), V(words_v, "PHONE"))
        note = "international"
    elif r.random() < 0.5:
        k = r.randint(4, len(d) - 3)
        C.c(V(say_digits(d[:k], r), "PHONE", "p"))
        C.a(pick(r, BACKCH))
        C.c(V(say_digits(d[k:], r), "PHONE", "p"))
        note = "split"
    else:
        C.c(pick(r, ["it's ", "", "my mobile's "]), V(say_digits(d, r), "PHONE"))
        note = "national"
    return "telecom call: phone number spoken (%s)" % note


def s_email(r, C):
    em = gen_email(r)
    C.a("and an email address")
    sp = say_email(em, r)
    if r.random() < 0.4:
        user, dom = sp.split(" at ", 1)
        C.c(V(user + " at", "EMAIL", "e"), " ", pick(r, ["um", "uh"]))
        C.a("mhm")
        C.c(V(dom, "EMAIL", "e"))
    else:
        C.c(pick(r, ["yeah it's ", "", "it's "]), V(sp, "EMAIL"))
    return "utilities call: e-mail spoken with 'dot'/'at'"


def s_addr_pc(r, C):
    n = r.randint(1, 199)
    st = r.choice(STREETS) + " " + r.choice(UK_SUF)
    nw = say_digits(str(n), r, "pairs") if n >= 10 and str(n)[1] != "0" and len(str(n)) == 2 else say_digits(str(n), r, "single")
    pc = gen_uk_pc(r)
    C.a("can i take the first line of the address and the postcode")
    C.c(pick(r, ["it's ", "", "yeah "]), V(nw + " " + st.lower(), "ADDRESS"), " ", r.choice(TOWNS_UK).lower(),
        " and the postcode's ", V(say_alnum(pc, r), "POSTCODE"))
    C.a("thank you")
    return "insurance call: address with spoken house number; postcode spelled"


def s_dob(r, C):
    C.a("can you confirm your date of birth")
    C.c(pick(r, ["yeah it's ", "it's the ", "", "uh "]), V(fmt_dob(r, True), "DOB"))
    if r.random() < 0.3:
        C.a("sorry was that the ", V(fmt_dob(r, True), "DOB"), "?")
        C.c("no, no")
    return "banking call: spoken date of birth"


def s_bank(r, C):
    sc = "%02d%02d%02d" % (r.randint(1, 99), r.randint(0, 99), r.randint(0, 99))
    ac = "%08d" % r.randint(10000000, 99999999)
    C.a("what's the sort code")
    C.c(V(say_digits(sc, r, pick(r, ["pairs", "single", "mixed"])), "SORT_CODE"))
    C.a("and the account number")
    if r.random() < 0.5:
        C.c(V(say_digits(ac[:4], r), "BANK_ACCOUNT", "a"))
        C.a(pick(r, BACKCH))
        C.c(V(say_digits(ac[4:], r), "BANK_ACCOUNT", "a"))
    else:
        C.c(pick(r, ["", "it's "]), V(say_digits(ac, r), "BANK_ACCOUNT"))
    return "banking call: sort code and account number spoken"


def s_iban(r, C):
    ib = gen_iban(r)
    C.a("can you read me the iban")
    C.c(V(say_alnum(ib[:8], r), "IBAN", "i"))
    C.a(pick(r, BACKCH))
    C.c(V(say_alnum(ib[8:], r), "IBAN", "i"))
    return "travel call (EU/IE): IBAN spelled over two turns"


POS = [p_chat_card, p_card_split_msgs, p_card_lines, p_email_dd, p_webform_uk, p_sms_ssn, p_us_email, p_iban_typed,
       p_ni_chat, p_phone_typed, p_email_typed, p_typo_correct, p_addr_chat, p_pasted_profile, p_masked_plus_full,
       s_card_spoken, s_card_restart, s_ssn, s_ni, s_phone, s_email, s_addr_pc, s_dob, s_bank, s_iban,
       p_chat_card, p_card_split_msgs, s_card_spoken, p_sms_ssn, p_ni_chat]


# ---------------------------------------------------------------- negatives
def n_order(r, C):
    ref = fake_card_like(r, 16) if r.random() < 0.5 else luhn_complete("7" + "".join(r.choice("0123456789") for _ in range(14)))
    C.c(pick(r, ["order number ", "Order ref: ", "order #", "my order no. is "]), fmt_card(ref, r))
    C.a("Thanks, order %s shipped on %d March and should arrive by 5pm Friday." % (fmt_card(ref, r), r.randint(1, 28)))
    return "16-digit order reference formatted like a card"


def n_tracking(r, C):
    t = "1Z%s%s" % ("".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)), "".join(r.choice("0123456789") for _ in range(10)))
    C.c("tracking no: ", t, " still says in transit")
    C.a("The courier shows it at the depot, 2 of 3 parcels delivered.")
    return "tracking number and counts"


def n_balance(r, C):
    C.c("whats my balance")
    C.a("Your balance is \u00a3%d.%02d and your next payment of \u00a3%d.%02d is due on the %s." % (
        r.randint(100, 9999), r.randint(0, 99), r.randint(10, 500), r.randint(0, 99), ORD[r.randint(0, 27)]))
    C.c(pick(r, ["ok thx", "great", "and the interest rate?"]))
    C.a("It's %d.%d%% APR." % (r.randint(3, 29), r.randint(0, 9)))
    return "balances, amounts, due date, percentage"


def n_last4(r, C):
    l4 = "%04d" % r.randint(0, 9999)
    x = r.random()
    if x < 0.33:
        C.c("I paid with my card ending ", l4, " yesterday")
    elif x < 0.66:
        C.c("card: **** **** **** ", l4, " was charged twice")
    else:
        C.c("the one that ends in ", say_digits(l4, r))
    C.a("I can see two charges of $%d.%02d on the card ending %s." % (r.randint(5, 300), r.randint(0, 99), l4))
    return "card last-four only (masked/typed/spoken)"


def n_spoken_ref(r, C):
    ref = "".join(r.choice("0123456789") for _ in range(r.choice([10, 12, 16])))
    lab = pick(r, ["claim reference", "policy number", "case number", "booking reference", "invoice number"])
    C.a("have you got your %s" % lab)
    C.c("yeah it's ", say_digits(ref[:len(ref) // 2], r))
    C.a("mhm")
    C.c(say_digits(ref[len(ref) // 2:], r))
    C.a("thanks that's the %s for the claim opened on the %s of %s" % (lab, ORD[r.randint(0, 27)], MONTHS[r.randint(0, 11)]))
    return "labelled reference number read like a card, split with back-channel"


def n_meter(r, C):
    C.c(pick(r, ["meter reading: ", "Reading today ", "elec meter says "]), "%05d" % r.randint(0, 99999),
        pick(r, [" kWh", "", " (day) and %05d (night)" % r.randint(0, 99999)]), ", meter serial ", "%s%08d" % (pick(r, ["E", "K", "S"]), r.randint(0, 99999999)))
    C.a("Thanks, your estimated bill is \u00a3%d for %d days." % (r.randint(40, 300), r.randint(28, 92)))
    return "utilities meter readings and serial number"


def n_flight(r, C):
    C.c("flight %s%d on %d/%d, seat %d%s, gate B%d" % (pick(r, ["EI", "BA", "FR", "UA"]), r.randint(100, 9999), r.randint(1, 28), r.randint(1, 12),
                                                     r.randint(1, 40), pick(r, "ABCDEF"), r.randint(1, 60)))
    C.a("Boarding closes at %02d:%02d. Your hotel room %d is booked for %d nights." % (r.randint(5, 22), r.choice([0, 15, 30, 45]), r.randint(100, 999), r.randint(1, 9)))
    return "travel: flight, seat, gate, time, room number"


def n_hours(r, C):
    C.c("what time do you open")
    C.a("We're open %d am to %d pm Monday to Friday, and 10 till 4 on Saturdays. The wait is about %d minutes." % (r.randint(7, 9), r.randint(5, 8), r.randint(2, 45)))
    return "opening hours and durations"


def n_age_temp(r, C):
    C.c("my son is %d and he's had a temperature of %d.%d for %d days" % (r.randint(2, 16), r.randint(37, 40), r.randint(0, 9), r.randint(1, 5)))
    C.a("The next appointment is %s the %s at %d:%02d." % (pick(r, ["Tuesday", "Thursday", "Monday"]), ORD[r.randint(0, 27)], r.randint(8, 17), r.choice([0, 30])))
    return "healthcare: age, temperature, duration, appointment date/time"


def n_invoice_email(r, C):
    inv = "INV-%d-%06d" % (r.randint(2019, 2025), r.randint(0, 999999))
    C.c("Subject: Re: Invoice %s\n\n> On %d %s %d, Billing wrote:\n> Amount due: $%d.%02d\n\nThis was paid on %d/%d. Contract %d expires in %d months.\n\n--\nSent from Outlook" % (
        inv, r.randint(1, 28), MONTHS[r.randint(0, 11)].title(), r.randint(2022, 2025), r.randint(20, 2000), r.randint(0, 99),
        r.randint(1, 12), r.randint(1, 28), r.randint(100000, 999999), r.randint(1, 24)))
    C.a("Thanks, we've applied the payment to %s." % inv)
    return "e-mail quoted reply with invoice/contract numbers, amounts and dates"


def n_serial(r, C):
    C.c("model %s serial %s%d" % (pick(r, ["WM-8420", "X500", "KX-TG6812"]), pick(r, ["SN", "S/N "]), r.randint(10 ** 11, 10 ** 12 - 1)))
    C.a("That unit is covered until %d. Ticket %d has been raised." % (r.randint(2025, 2029), r.randint(10 ** 7, 10 ** 8 - 1)))
    return "model, serial and ticket numbers"


def n_road(r, C):
    C.c("is there a delay on the %s? the traffic on %s %s is terrible" % (pick(r, ["M25", "A40", "I-95", "N7"]), r.choice(STREETS), r.choice(UK_SUF)))
    C.a("Yes, engineers are on %s %s; expect %d minutes delay." % (r.choice(STREETS), r.choice(UK_SUF), r.randint(10, 90)))
    return "road names without house numbers, delay minutes"


def n_sms_otp(r, C):
    C.a("Vireo: your one-time code is %06d. It expires in %d minutes. Ref %d." % (r.randint(0, 999999), r.randint(5, 15), r.randint(10 ** 8, 10 ** 9 - 1)))
    C.c(pick(r, ["done", "got it", "ok entered"]))
    return "SMS with one-time code and reference"


def n_spoken_amount(r, C):
    C.a("the total comes to %s pounds %s" % (say_digits(str(r.randint(100, 999)), r, "mixed"), say_pair("%02d" % r.randint(11, 99), r)))
    C.c("and how many instalments")
    C.a("twelve instalments starting in %s %s" % (MONTHS[r.randint(0, 11)], say_year(r.randint(2025, 2026), r)))
    return "spoken amount, count and payment start date"


def n_policy(r, C):
    p = "%s%09d" % (pick(r, ["POL", "HX", "PN"]), r.randint(0, 999999999))
    C.c(pick(r, ["policy no: ", "Policy number - ", "pol# "]), p, pick(r, ["", " (renewal)"]), "\nvehicle reg year %d, mileage %d" % (r.randint(2008, 2024), r.randint(1000, 150000)))
    C.a("Your premium for %d is \u00a3%d." % (r.randint(2025, 2026), r.randint(200, 1500)))
    return "policy number, year, mileage, premium"


NEG = [n_order, n_tracking, n_balance, n_last4, n_spoken_ref, n_meter, n_flight, n_hours, n_age_temp, n_invoice_email,
       n_serial, n_road, n_sms_otp, n_spoken_amount, n_policy]


# ---------------------------------------------------------------- build
def build():
    r = random.Random(SEED)
    cases, internal = [], []
    npos, nneg = 225, 110
    for i in range(npos):
        C = Case()
        note = POS[i % len(POS)](r, C)
        cases.append({"id": "h499-pos-%03d" % (i + 1), "kind": "positive", "turns": C.turns, "spans": C.spans, "note": note})
        internal.append(C)
    for i in range(nneg):
        C = Case()
        note = NEG[i % len(NEG)](r, C)
        cases.append({"id": "h499-neg-%03d" % (i + 1), "kind": "negative", "turns": C.turns, "spans": [], "note": note})
        internal.append(C)
    return cases, internal


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in cases)


def check(cases, internal, data):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != data:
            errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c, C in zip(cases, internal):
        if c["kind"] == "negative" and c["spans"]:
            errs.append(c["id"] + ": negative has spans")
        by_turn = defaultdict(list)
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s bad type" % c["id"])
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append("%s turn out of range" % c["id"]); continue
            t = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                errs.append("%s offsets out of range" % c["id"]); continue
            if not (t[a].isalnum() and t[b - 1].isalnum() and (a == 0 or not t[a - 1].isalnum()) and (b == len(t) or not t[b].isalnum())):
                errs.append("%s span %r not on word boundaries" % (c["id"], t[a:b]))
            by_turn[s["turn"]].append((a, b))
        for tl in by_turn.values():
            tl.sort()
            for (a1, b1), (a2, b2) in zip(tl, tl[1:]):
                if a2 < b1:
                    errs.append("%s overlapping spans" % c["id"])
        for g, parts in C.groups.items():
            typ = parts[0][0]
            if any(p[2] for p in parts):
                ok = all(normalise(p[1]) != "" for p in parts)
            else:
                joined = " ".join(p[1] for p in parts)
                ok = VALID[typ](joined)
            if not ok:
                errs.append("%s invalid %s value %r" % (c["id"], typ, [p[1] for p in parts]))
    pos = [c for c in cases if c["kind"] == "positive"]
    neg = [c for c in cases if c["kind"] == "negative"]
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    if len(pos) < 200 or len(neg) < 100:
        errs.append("too few cases")
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if cnt[t] < need.get(t, 10):
            errs.append("too few %s spans: %d" % (t, cnt[t]))
    return errs, cnt, len(pos), len(neg)


def main():
    cases, internal = build()
    data = dump(cases)
    if "--check" in sys.argv:
        errs, cnt, np_, nn = check(cases, internal, data)
        for e in errs:
            print("ERROR:", e)
        print("positives=%d negatives=%d spans=%s" % (np_, nn, dict(sorted(cnt.items()))))
        if errs:
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    print("wrote", OUT, len(cases), "cases")


if __name__ == "__main__":
    main()

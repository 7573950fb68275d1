#!/usr/bin/env python3
"""Generate the pii_holdout399 held-out PII redaction evaluation set.

Usage:
    python scripts/make_pii_holdout399.py          # write cases.jsonl
    python scripts/make_pii_holdout399.py --check  # regenerate and validate

Standard library only. Offsets are computed from segments, never typed.
"""
import json
import os
import random
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout399", "cases.jsonl")

rng = random.Random(399241125)

# --------------------------------------------------------------------------
# case building
# --------------------------------------------------------------------------


class Group:
    def __init__(self, typ, canon):
        self.typ = typ
        self.canon = canon


class V:
    """A labelled value segment."""

    def __init__(self, text, group):
        self.text = text
        self.group = group


def val(text, typ, canon=None):
    return V(text, Group(typ, canon))


class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.raw_spans = []  # (span dict, group)

    def t(self, speaker, *segs):
        idx = len(self.turns)
        text = ""
        for seg in segs:
            if isinstance(seg, V):
                body = seg.text
                lead = len(body) - len(body.lstrip(" ,.+-(/"))
                trail = len(body) - len(body.rstrip(" ,.+-)/"))
                text += body[:lead]
                s = len(text)
                text += body[lead:len(body) - trail]
                self.raw_spans.append(({"turn": idx, "start": s, "end": len(text), "type": seg.group.typ}, seg.group))
                text += body[len(body) - trail:]
            else:
                text += seg
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)


# --------------------------------------------------------------------------
# spoken-form rendering
# --------------------------------------------------------------------------

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILLERS = ["um", "uh", "er", "erm", "uhh"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot", "G": "golf",
        "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november",
        "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform",
        "V": "victor", "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu"}
FOLK = {"A": "apple", "B": "bertie", "C": "charlie", "D": "david", "E": "edward", "F": "freddie", "G": "george",
        "H": "harry", "J": "jack", "K": "king", "L": "london", "M": "mother", "N": "nellie", "P": "peter",
        "R": "robert", "S": "sugar", "T": "tommy", "W": "william", "X": "x-ray", "Y": "yellow", "Z": "zebra"}


def zero_word(zw=None):
    return zw or rng.choice(["oh", "oh", "o", "zero", "nought"])


def dword(d, zw=None):
    return zero_word(zw) if d == "0" else ONES[int(d)]


def say_digits(s, pairs=0.0, hundreds=0.0, doubles=0.5, zw=None):
    """Render a digit string as ASR-style words; parse_spoken() inverts it."""
    out = []
    i = 0
    n = len(s)
    while i < n:
        d = s[i]
        if i + 2 < n and s[i + 1] == d and s[i + 2] == d and rng.random() < doubles:
            out.append("triple " + dword(d, zw))
            i += 3
            continue
        if i + 1 < n and s[i + 1] == d and rng.random() < doubles:
            out.append("double " + dword(d, zw))
            i += 2
            continue
        if i + 2 < n and d != "0" and rng.random() < hundreds:
            rest = s[i + 1:i + 3]
            if rest == "00" and i + 3 == n:
                out.append(ONES[int(d)] + " hundred")
                i += 3
                continue
            if rest[0] != "0" and (rest[1] != "0" or i + 3 == n):
                out.append(ONES[int(d)] + rng.choice([" hundred and ", " hundred "]) + two_digit(rest))
                i += 3
                continue
        if i + 1 < n and d != "0" and rng.random() < pairs:
            rest = s[i:i + 2]
            if rest[1] != "0" or i + 2 == n:
                out.append(two_digit(rest))
                i += 2
                continue
        out.append(dword(d, zw))
        i += 1
    return " ".join(out)


def two_digit(p):
    a, b = int(p[0]), int(p[1])
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + ONES[b]


def say_groups(groups, pairs=0.0, hundreds=0.0, sep=None, filler=0.0):
    parts = []
    for g in groups:
        parts.append(say_digits(g, pairs=pairs, hundreds=hundreds))
    res = []
    for k, p in enumerate(parts):
        res.append(p)
        if k < len(parts) - 1:
            if p.split(" ")[-1] in TENS[2:] + ["hundred"]:
                res.append(", ")
            elif rng.random() < filler:
                res.append(rng.choice([", " + rng.choice(FILLERS) + ", ", " " + rng.choice(FILLERS) + " ", "... " + rng.choice(FILLERS) + " "]))
            else:
                res.append(sep if sep is not None else rng.choice([" ", ", ", " ", "... "]))
    return "".join(res)


def chunk(s, sizes):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z])
        i += z
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def spell_letter(ch, style):
    if style == "nato":
        return "%s for %s" % (ch.lower(), NATO[ch])
    if style == "asin":
        return "%s as in %s" % (ch.lower(), FOLK.get(ch, NATO[ch]))
    return ch.lower()


# --------------------------------------------------------------------------
# normalisation / validation (used by --check)
# --------------------------------------------------------------------------

W_ONES = {w: i for i, w in enumerate(ONES)}
W_ONES.update({"oh": 0, "o": 0, "nought": 0})
W_TEENS = {w: 10 + i for i, w in enumerate(TEENS)}
W_TENS = {w: i for i, w in enumerate(TENS) if w}
DROP = set(FILLERS) | {"and", "dash", "hyphen", "space", "slash", "sorry", "then"}


def parse_spoken(text):
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d+|\+|,", text.lower())
    out = []
    i, n = 0, len(toks)

    def under100(j):
        if j < n and toks[j] in W_TEENS:
            return W_TEENS[toks[j]], j + 1
        if j < n and toks[j] in W_TENS:
            v = W_TENS[toks[j]] * 10
            if j + 1 < n and toks[j + 1] in ONES[1:]:
                return v + W_ONES[toks[j + 1]], j + 2
            return v, j + 1
        if j < n and toks[j] in ONES[1:]:
            return W_ONES[toks[j]], j + 1
        return None, j

    while i < n:
        t = toks[i]
        if len(t) == 1 and t.isalpha() and i + 2 < n and toks[i + 1] == "for":
            out.append(t.upper())
            i += 3
        elif len(t) == 1 and t.isalpha() and i + 3 < n and toks[i + 1] == "as" and toks[i + 2] == "in":
            out.append(t.upper())
            i += 4
        elif t.isdigit():
            out.append(t)
            i += 1
        elif t == "+" or t == "plus":
            out.append("+")
            i += 1
        elif t in ("double", "triple"):
            k = 2 if t == "double" else 3
            nxt = toks[i + 1]
            out.append((str(W_ONES[nxt]) if nxt in W_ONES else nxt.upper()) * k)
            i += 2
        elif t in W_ONES and i + 1 < n and toks[i + 1] == "hundred":
            j = i + 2
            if j < n and toks[j] == "and":
                j += 1
            sub, j2 = under100(j)
            if sub is None:
                out.append(str(W_ONES[t]) + "00")
                i = i + 2
            else:
                out.append("%d%02d" % (W_ONES[t], sub))
                i = j2
        elif t in W_ONES:
            out.append(str(W_ONES[t]))
            i += 1
        elif t in W_TEENS or t in W_TENS:
            v, i = under100(i)
            out.append(str(v))
        elif len(t) == 1 and t.isalpha():
            if i + 2 < n and toks[i + 1] == "for":
                i += 3
            elif i + 3 < n and toks[i + 1] == "as" and toks[i + 2] == "in":
                i += 4
            else:
                i += 1
            out.append(t.upper())
        elif t == "," or t in DROP:
            i += 1
        else:
            out.append(t.upper())
            i += 1
    return "".join(out)


def luhn_ok(s):
    tot = 0
    for k, ch in enumerate(reversed(s)):
        d = int(ch)
        if k % 2 == 1:
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


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]


def norm_email(text):
    t = " " + text.lower().replace(",", " ") + " "
    for a, b in [(" dot ", " . "), (" at ", " @ "), (" underscore ", " _ "), (" dash ", " - "), (" hyphen ", " - ")]:
        while a in t:
            t = t.replace(a, b)
    toks = t.split()
    res = []
    for w in toks:
        res.append(str(W_ONES[w]) if w in W_ONES and w not in ("o",) else w)
    return "".join(res)


def validate(typ, text, canon):
    """Return an error string or None.  text: concatenated span texts of one value."""
    if typ == "EMAIL":
        e = norm_email(text)
        if not re.fullmatch(r"[a-z0-9._+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", e):
            return "bad email %r" % e
        return None if canon is None or e == canon else "email %r != %r" % (e, canon)
    if typ in ("ADDRESS",):
        low = text.lower()
        if not re.search(r"\d|" + "|".join(ONES[1:] + TEENS + TENS[2:]), low):
            return "address without number"
        return None
    if typ == "DOB":
        low = text.lower()
        if not (re.search(r"\d", low) or any(m in low for m in MONTHS) or any(w in low.split() for w in W_ONES)):
            return "dob without date"
        return None
    if typ == "EXPIRY":
        low = text.lower()
        if not (re.search(r"\d", low) or any(m in low for m in MONTHS) or any(w in low for w in W_ONES)):
            return "expiry without date"
        return None
    v = parse_spoken(text)
    if typ == "PHONE":
        v, canon = v.lstrip("+"), (canon or "").lstrip("+") or None
    if canon is not None and v != canon:
        return "%s normalised %r != canonical %r" % (typ, v, canon)
    if typ == "CARD_NUMBER":
        ok = v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    elif typ == "CVV":
        ok = v.isdigit() and len(v) in (3, 4)
    elif typ == "SSN":
        ok = v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9"
    elif typ == "NI_NUMBER":
        ok = bool(NI_RE.fullmatch(v)) and v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    elif typ == "BANK_ACCOUNT":
        ok = v.isdigit() and 6 <= len(v) <= 17
    elif typ == "SORT_CODE":
        ok = v.isdigit() and len(v) == 6
    elif typ == "IBAN":
        ok = iban_ok(v)
    elif typ == "PHONE":
        digits = v.lstrip("+")
        ok = digits.isdigit() and 10 <= len(digits) <= 13
    elif typ == "POSTCODE":
        ok = bool(UK_PC.fullmatch(v)) or bool(re.fullmatch(r"\d{5}(\d{4})?", v))
    else:
        return "unknown type"
    return None if ok else "%s invalid: %r" % (typ, v)


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------


def luhn_complete(prefix, length):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    r = rng.random()
    if r < 0.45:
        return luhn_complete("4" + rng.choice("0123456789"), 16)
    if r < 0.7:
        return luhn_complete(rng.choice(["51", "52", "53", "54", "55", "22"]), 16)
    if r < 0.82:
        return luhn_complete(rng.choice(["34", "37"]), 15)
    if r < 0.9:
        return luhn_complete("6011", 16)
    if r < 0.95:
        return luhn_complete("4", 13)
    return luhn_complete(rng.choice(["6759", "6304", "4"]), 19)


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:7], c[7:10], c[10:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]


def gen_ssn():
    while True:
        a = "%03d" % rng.randint(1, 899)
        if a != "666":
            return a + "%02d" % rng.randint(1, 99) + "%04d" % rng.randint(1, 9999)


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def gen_iban():
    cc = rng.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "WEST"]) + "".join(rng.choice("0123456789") for _ in range(14))
    elif cc == "IE":
        bban = rng.choice(["BOFI", "AIBK", "IPBS"]) + "".join(rng.choice("0123456789") for _ in range(14))
    elif cc == "DE":
        bban = "".join(rng.choice("0123456789") for _ in range(18))
    elif cc == "FR":
        bban = "".join(rng.choice("0123456789") for _ in range(23))
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + "".join(rng.choice("0123456789") for _ in range(10))
    else:
        bban = "".join(rng.choice("0123456789") for _ in range(20))
    r = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    chk = 98 - num % 97
    return cc + "%02d" % chk + bban


def digits(n, first_nonzero=True):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def gen_phone():
    kind = rng.choice(["uk_mob", "uk_mob", "uk_land", "us", "us", "ie"])
    if kind == "uk_mob":
        nat = "07" + digits(9, False)
        intl = "44" + nat[1:]
        return kind, nat, intl
    if kind == "uk_land":
        nat = rng.choice(["020", "0161", "0113", "0131", "0117"]) + digits(7 if rng.random() < 0.5 else 7)
        nat = nat[:11] if len(nat) > 11 else nat
        while len(nat) < 11:
            nat += rng.choice("0123456789")
        return kind, nat, "44" + nat[1:]
    if kind == "us":
        nat = rng.choice("2345678") + digits(2, False) + rng.choice("23456789") + digits(6, False)
        return kind, nat, "1" + nat
    nat = "08" + rng.choice("35679") + digits(7, False)
    return kind, nat, "353" + nat[1:]


FIRST = ["james", "sarah", "priya", "tomasz", "aoife", "mohammed", "li", "grace", "daniel", "olu", "siobhan",
         "marco", "emma", "kwame", "hannah", "raj", "niamh", "carlos", "beth", "yusuf", "fiona", "pete"]
LAST = ["okafor", "smith", "oconnor", "patel", "nowak", "murphy", "chen", "jones", "garcia", "walsh",
        "khan", "brennan", "taylor", "rossi", "evans", "adeyemi", "kowalski", "byrne", "hughes", "lee"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "protonmail.com", "live.ie", "web.de", "sky.com"]
STREETS = ["Harcourt Street", "Elm Road", "Station Road", "Maple Avenue", "Church Lane", "Victoria Terrace",
           "Oak Drive", "Main Street", "Park View", "Kings Road", "Willow Close", "Mill Lane", "High Street",
           "Sycamore Crescent", "Lincoln Boulevard", "Pine Court", "Abbey Gardens", "Dock Road",
           "Riverside Way", "Queen Street", "Bridge Street", "Cedar Grove", "Fairview Park", "Orchard Way"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff", "Norwich", "Leicester", "Belfast", "Bath"]
TOWNS_US = ["Austin", "Denver", "Columbus", "Portland", "Tampa", "Raleigh"]
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]


def gen_uk_postcode():
    area = rng.choice(["SW", "M", "B", "LS", "G", "CF", "NR", "E", "N", "BS", "EH", "BT", "L", "W", "SE", "NW", "KT", "DN"])
    outward = area + str(rng.randint(1, 19 if len(area) == 1 else 9))
    if area in ("SW", "W", "E") and rng.random() < 0.3:
        outward = area + str(rng.randint(1, 9)) + rng.choice("ABP")
    inward = str(rng.randint(0, 9)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
    return outward, inward


def say_year(y):
    if y < 2000:
        return "nineteen " + two_digit(str(y)[2:]) if str(y)[2] != "0" else "nineteen oh " + ONES[y % 10]
    if y < 2010:
        return rng.choice(["two thousand and ", "two thousand "]) + ONES[y % 10]
    return rng.choice(["twenty " + two_digit(str(y)[2:]), "two thousand and " + two_digit(str(y)[2:])])


def dob_forms(asr):
    y = rng.randint(1941, 2004)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    if asr:
        f = rng.choice([
            "the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y)),
            "%s %s %s" % (ORD[d], MONTHS[m - 1], say_year(y)),
            "%s %s, %s" % (MONTHS[m - 1], ORD[d], say_year(y)),
            "%s %s %s" % (say_digits("%02d" % d, zw="oh"), say_digits("%02d" % m, zw="oh"), two_digit(str(y)[2:]) if str(y)[2] != "0" else "oh " + ONES[y % 10]),
            "%s of the %s, %s" % (ORD[d], say_digits(str(m), zw="oh"), say_year(y)),
        ])
        if f.startswith("the "):
            return "the", f[4:]
        return None, f
    return None, rng.choice([
        "%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%02d.%02d.%d" % (d, m, y),
        "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y),
        "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTH_ABBR[m - 1], y), "%02d-%02d-%02d" % (d, m, y % 100),
    ])


def expiry_forms(asr):
    m = rng.randint(1, 12)
    y = rng.randint(2025, 2031)
    if asr:
        return rng.choice([
            "%s %s" % (say_digits("%02d" % m, zw=rng.choice(["oh", "zero"])), two_digit(str(y)[2:])),
            "%s %s" % (MONTHS[m - 1], two_digit(str(y)[2:])),
            "%s %s" % (MONTHS[m - 1], say_year(y)),
            "%s of %s" % (say_digits("%02d" % m, zw="oh"), two_digit(str(y)[2:])),
            "%s slash %s" % (say_digits("%02d" % m, zw="zero"), two_digit(str(y)[2:])),
        ])
    return rng.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                       "%d/%02d" % (m, y % 100), "%s %d" % (MONTH_ABBR[m - 1], y), "%02d%02d" % (m, y % 100)])


# --------------------------------------------------------------------------
# typed renderers
# --------------------------------------------------------------------------


def typed_card(c):
    g = card_groups(c)
    r = rng.random()
    if r < 0.35:
        return " ".join(g)
    if r < 0.55:
        return "-".join(g)
    if r < 0.75:
        return c
    if r < 0.87:
        return "  ".join(g)
    # odd grouping
    k = rng.choice([5, 6, 3])
    return " ".join(c[i:i + k] for i in range(0, len(c), k))


def typed_digits(s, groups, seps=(" ", "-", "", ".")):
    sep = rng.choice(seps)
    return sep.join(chunk(s, groups))


INDUSTRY = {
    "banking": ("Thanks for calling Northgate Bank, you're speaking with %s.", "Northgate Bank chat"),
    "telecom": ("Hi, you're through to Vistel mobile support, %s speaking.", "Vistel live chat"),
    "utilities": ("Good morning, Brightwater Energy, this is %s.", "Brightwater Energy web chat"),
    "retail": ("Hello, Hartley & Finch customer care, %s here.", "Hartley & Finch support"),
    "insurance": ("Thank you for calling Crestline Insurance, my name is %s.", "Crestline Insurance"),
    "travel": ("Skyward Holidays, %s speaking, how can I help?", "Skyward Holidays"),
    "healthcare": ("St Aidan's billing office, this is %s.", "St Aidan's patient billing"),
    "government": ("Revenue helpline, you're speaking to %s.", "Council tax online enquiry"),
}
AGENTS = ["Dave", "Shona", "Marcus", "Aisling", "Kerry", "Tom", "Priti", "Gareth", "Lena", "Joe"]
BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "yes", "right", "got that", "mm hm", "and the next bit?"]


def greet(case, ind=None, asr=True):
    ind = ind or rng.choice(list(INDUSTRY))
    text = INDUSTRY[ind][0] % rng.choice(AGENTS)
    case.a(text.lower().replace(",", "").replace(".", "").replace("'", "") if asr else text)
    return ind


def lc(s):
    return s.lower()


# --------------------------------------------------------------------------
# positive scenarios
# --------------------------------------------------------------------------


def pos_card_chat():
    c = gen_card()
    case = Case("positive", "typed chat card payment with expiry and CVV")
    ind = rng.choice(["retail", "travel", "telecom", "utilities", "healthcare"])
    case.a("Hi, welcome to %s. How can I help today?" % INDUSTRY[ind][1])
    amt = "£%d.%02d" % (rng.randint(5, 900), rng.randint(0, 99))
    case.c("hi i need to pay the %s balance please" % amt)
    case.a("No problem. Please type the long card number, expiry and the 3 or 4 digit security code.")
    label = rng.choice(["card no: ", "Card number ", "card - ", "its ", "", "CARD: ", "cc# "])
    e = expiry_forms(False)
    cvv = digits(4 if len(c) == 15 else 3, False)
    r = rng.random()
    if r < 0.5:
        case.c(label, val(typed_card(c), "CARD_NUMBER", c), rng.choice([" exp ", " expiry ", ", ", " Exp: ", "  valid till "]),
               val(e, "EXPIRY"), rng.choice([" cvv ", " sec code ", ", cvc: ", " and the code on back is ", " CVV2 "]),
               val(cvv, "CVV", cvv))
    else:
        case.c(label, val(typed_card(c), "CARD_NUMBER", c))
        case.a("Thank you. And the expiry date?")
        case.c(rng.choice(["", "exp ", "its "]), val(e, "EXPIRY"))
        case.a("And the security code please?")
        case.c(val(cvv, "CVV", cvv), rng.choice(["", " thanks", " (on the back)"]))
    if rng.random() < 0.4:
        old = digits(4, False)
        case.c("btw my old card ending %s was cancelled so dont use that one" % old)
        case.note += "; includes a last-four of a different card (not PII)"
    case.a("Lovely, payment of %s has been taken." % amt)
    return case


def pos_card_call_split():
    c = gen_card()
    g = card_groups(c)
    case = Case("positive", "ASR call: card read in groups across turns with back-channels")
    greet(case, rng.choice(["banking", "retail", "utilities", "telecom", "insurance", "travel"]))
    case.c("yeah hi i want to make a payment on my account")
    case.a("sure can i take the long number across the front of the card")
    pairs = rng.choice([0.0, 0.0, 0.4, 0.8])
    first = True
    for k, grp in enumerate(g):
        pre = ""
        if first:
            pre = rng.choice(["yeah it's ", "okay so it's ", "um ", "right ", "", "it's "])
            first = False
        txt = say_digits(grp, pairs=pairs)
        if rng.random() < 0.2:
            w = txt.split(" ")
            ok = [p for p in range(1, len(w)) if w[p - 1] not in ["double", "triple", "hundred", "and"] + TENS[2:]
                  and w[p] not in ("hundred", "and")]
            if ok:
                p = rng.choice(ok)
                w.insert(p, rng.choice(FILLERS))
                txt = " ".join(w)
        post = rng.choice(["", "", "", "..."]) if k < len(g) - 1 else ""
        case.c(pre, val(txt, "CARD_NUMBER"), post)
        if k == 1 and rng.random() < 0.3:
            case.a("sorry you broke up a bit there can you repeat that last bit")
            case.c(val(say_digits(grp), "CARD_NUMBER"))
            case.note += "; one group repeated after a drop-out"
        if k < len(g) - 1:
            case.a(rng.choice(BACKCH))
    # groups: all card parts form the canonical card, except a repeated group.
    _regroup_card(case, c)
    if rng.random() < 0.6:
        case.a("let me just read that back ", val(say_groups(g, pairs=0.0, sep=", "), "CARD_NUMBER", c), " is that right")
        case.c(rng.choice(["yep that's it", "yes", "that's correct yeah", "yeah"]))
        case.note += "; agent read-back"
    case.a("and the expiry date")
    case.c(rng.choice(["", "it's ", "um "]), val(expiry_forms(True), "EXPIRY"))
    cvv = digits(4 if len(c) == 15 else 3, False)
    case.a("and finally the " + ("four" if len(cvv) == 4 else "three") + " digit security code")
    case.c(rng.choice(["", "it's ", "that's "]), val(say_digits(cvv, pairs=0.3, hundreds=0.3), "CVV", cvv))
    return case


def _regroup_card(case, c):
    """Merge all CARD_NUMBER parts read so far into one group with canonical c.
    A repeated group (after a drop-out) is its own group with its own canonical value."""
    main = Group("CARD_NUMBER", c)
    newlist = []
    seen_text = []
    for s, g in case.raw_spans:
        if g.typ == "CARD_NUMBER":
            txt = case.turns[s["turn"]]["text"][s["start"]:s["end"]]
            if seen_text and "broke up" in case.turns[s["turn"] - 1]["text"]:
                newlist.append((s, Group("CARD_NUMBER_PART", parse_spoken(txt))))
                continue
            seen_text.append(txt)
            newlist.append((s, main))
        else:
            newlist.append((s, g))
    case.raw_spans = newlist


def pos_card_call_single():
    c = gen_card()
    g = card_groups(c)
    case = Case("positive", "ASR call: whole card in one turn with fillers and hesitations")
    greet(case)
    case.a("what's the card number you'd like to use")
    hes = rng.choice(["hang on let me get it out of my purse... okay ", "sorry one sec, right, ", "", "yeah ", "oh um "])
    txt = say_groups(g, pairs=rng.choice([0.0, 0.3, 0.7]), filler=0.4)
    case.c(hes, val(txt, "CARD_NUMBER", c))
    if rng.random() < 0.5:
        case.a("thanks and when does it expire")
        case.c(val(expiry_forms(True), "EXPIRY"), rng.choice(["", " i think", " yeah"]))
    else:
        case.a("thank you, and the card ending ", val(c[-4:], "CARD_NUMBER", c[-4:]), ", is that a debit card")
        case.c("yeah debit")
        case.note += "; agent then says last four (labelled, because the full card was read in this case)"
    return case


def pos_card_email():
    c = gen_card()
    case = Case("positive", "e-mail body with card details and booking reference")
    ref = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + digits(8)
    nm = rng.choice(FIRST).capitalize()
    cvv = digits(4 if len(c) == 15 else 3, False)
    case.c("Subject: Re: booking %s\n\nHi,\nPlease use my card for the balance. Number: " % ref,
           val(typed_card(c), "CARD_NUMBER", c), "\nExpiry: ", val(expiry_forms(False), "EXPIRY"),
           "\nSecurity no. ", val(cvv, "CVV", cvv), "\nTotal quoted was €%d.%02d for %d nights.\n\nThanks,\n%s" % (
               rng.randint(200, 3000), rng.randint(0, 99), rng.randint(2, 14), nm))
    case.a("Dear %s, thank you, we have processed the payment against booking %s. For your security please do not e-mail card details in future." % (nm, ref))
    return case


def pos_card_correction():
    c = gen_card()
    g = card_groups(c)
    case = Case("positive", "ASR: agent read-back with a wrong digit, customer corrects, agent reads again")
    greet(case)
    case.a("go ahead with the card number when you're ready")
    case.c(val(say_groups(g, pairs=0.3), "CARD_NUMBER", c))
    case.a("okay so the last group was ", val(say_digits(g[-1]), "CARD_NUMBER", g[-1]), " yeah")
    case.c("yep and the first bit was ", val(say_digits(g[0]), "CARD_NUMBER", g[0]))
    case.note = "ASR: card read once then partial groups confirmed by agent and customer (partials labelled because the full card was read)"
    return case


def pos_ssn():
    ssn = gen_ssn()
    case = Case("positive", "")
    r = rng.random()
    ind = rng.choice(["banking", "insurance", "healthcare", "government", "telecom"])
    if r < 0.35:
        case.note = "typed chat SSN"
        case.a("Welcome to %s. To verify you, please enter your Social Security number." % INDUSTRY[ind][1])
        lab = rng.choice(["ssn: ", "SSN ", "its ", "social is ", "", "SS#"])
        sep = rng.choice(["-", " ", "", "-", ".", " - "])
        case.c(lab, val(sep.join([ssn[:3], ssn[3:5], ssn[5:]]), "SSN", ssn),
               rng.choice(["", " thanks", ". My claim number is CLM-%s" % digits(9)]))
        case.a("Thank you, you're verified.")
    elif r < 0.75:
        case.note = "ASR SSN read in three parts across turns"
        greet(case, ind)
        case.a("can i get your social security number please")
        parts = [ssn[:3], ssn[3:5], ssn[5:]]
        grp = Group("SSN", ssn)
        for k, p in enumerate(parts):
            pre = rng.choice(["sure it's ", "uh ", "yeah "]) if k == 0 else ""
            case.c(pre, V(say_digits(p, pairs=0.4, hundreds=0.3 if k == 0 else 0.0), grp))
            if k < 2:
                case.a(rng.choice(BACKCH))
        if rng.random() < 0.5:
            case.a("thank you so that's ", val(say_groups(parts, sep=" "), "SSN", ssn), " correct")
            case.c("correct")
            case.note += " with agent read-back"
    else:
        case.note = "ASR SSN in one turn with aside mid-reading and age distractor"
        greet(case, ind)
        case.a("and for security your social please")
        a, b, cc = ssn[:3], ssn[3:5], ssn[5:]
        aside = rng.choice(["sorry my kid's yelling, ", "hold on, ", "wait, "])
        grp = Group("SSN", ssn)
        case.c("okay it's ", V(say_digits(a, pairs=0.3) + " " + say_digits(b), grp), " ... " + aside + "where was i, oh yeah ",
               V(say_digits(cc, pairs=0.5), grp))
        case.a("thanks and can you confirm your age for me")
        case.c("i'm %s" % two_digit(str(rng.randint(21, 89))))
    return case


def pos_ni():
    ni = gen_ni()
    case = Case("positive", "")
    r = rng.random()
    if r < 0.35:
        case.note = "typed NI number, mixed case/spacing"
        case.a("Please provide your National Insurance number so we can locate your record.")
        f = rng.choice([ni, " ".join([ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]]), ni.lower(),
                        ni[:2] + " " + ni[2:8] + " " + ni[8], ni[:2].lower() + ni[2:]])
        case.c(rng.choice(["NI no: ", "ni number ", "its ", "NINO ", "", "my national insurance is "]), val(f, "NI_NUMBER", ni),
               rng.choice(["", " cheers", ". tax year 2023/24 is the one im asking about"]))
        case.a("Thanks, I've found your record.")
    else:
        case.note = "ASR NI number with spelled letters"
        greet(case, rng.choice(["government", "banking", "insurance"]))
        case.a("can i take your national insurance number please")
        style = rng.choice(["nato", "asin", "plain", "plain"])
        L1 = spell_letter(ni[0], style) + " " + spell_letter(ni[1], style)
        mid = say_digits(ni[2:8], pairs=rng.choice([0.0, 0.6]))
        L2 = spell_letter(ni[8], style)
        if r < 0.7:
            case.c("yeah it's ", val(L1 + " " + mid + " " + L2, "NI_NUMBER", ni))
        else:
            grp = Group("NI_NUMBER", ni)
            case.c("okay it's ", V(L1, grp))
            case.a(rng.choice(BACKCH))
            case.c(V(mid, grp))
            case.a("and the last letter")
            case.c(rng.choice(["", "it's "]), V(L2, grp))
            case.note += ", split over turns"
        if rng.random() < 0.4:
            case.a("lovely so ", val(" ".join(ni[:2].lower()) + " " + say_digits(ni[2:8]) + " " + ni[8].lower(), "NI_NUMBER", ni), " yes")
            case.c("yes")
            case.note += ", agent read-back"
    return case


def pos_bank():
    case = Case("positive", "bank account and sort code")
    acct = digits(8, False)
    sc = digits(6)
    r = rng.random()
    if r < 0.4:
        case.a("Hi, which account should we pay the refund into?")
        case.c(rng.choice(["acct no: ", "Account number ", "a/c ", "acc#"]), val(typed_digits(acct, [4, 4], (" ", "", "-")), "BANK_ACCOUNT", acct),
               rng.choice([" sort code ", ", s/c ", " SC: ", " sort "]), val(typed_digits(sc, [2, 2, 2], ("-", " ", "", ".")), "SORT_CODE", sc))
        case.a("Thanks, the refund of £%d.%02d will arrive in 3-5 working days." % (rng.randint(10, 500), rng.randint(0, 99)))
    elif r < 0.8:
        greet(case, rng.choice(["banking", "utilities", "insurance", "government"]))
        case.a("i'll need the sort code first")
        pairs = rng.choice([0.0, 1.0, 0.5])
        case.c("it's ", val(say_groups(chunk(sc, [2, 2, 2]), pairs=pairs, sep=rng.choice([" ", ", ", " dash "]) ), "SORT_CODE", sc))
        case.a("and the account number")
        grp = Group("BANK_ACCOUNT", acct)
        case.c(V(say_digits(acct[:4], pairs=0.3), grp))
        case.a(rng.choice(BACKCH))
        case.c(V(say_digits(acct[4:], pairs=0.3, hundreds=0.2), grp))
        if rng.random() < 0.5:
            case.a("so sort code ", val(say_groups(chunk(sc, [2, 2, 2]), sep=" "), "SORT_CODE", sc), " account ",
                   val(say_digits(acct), "BANK_ACCOUNT", acct))
            case.c("that's it")
            case.note += " with read-back"
        case.note = "ASR " + case.note
    else:
        us_acct = digits(rng.choice([10, 11, 12]), False)
        routing = digits(9)
        case.note = "US checking account with routing number (routing not labelled as a type in scope)"
        case.a("Please provide the checking account number for autopay.")
        case.c("routing is %s and account # " % routing, val(us_acct, "BANK_ACCOUNT", us_acct))
        case.a("Thank you, autopay will start on the %s." % rng.choice(["1st", "15th", "28th"]))
    return case


def pos_iban():
    ib = gen_iban()
    case = Case("positive", "IBAN")
    if rng.random() < 0.7:
        case.a("Please send the IBAN for the transfer.")
        f = rng.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower(),
                        " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()])
        case.c(rng.choice(["IBAN: ", "iban ", "Its ", "", "my IBAN is "]), val(f, "IBAN", ib),
               rng.choice(["", " BIC %s" % rng.choice(["BOFIIE2D", "NWBKGB2L", "INGBNL2A"]), " - amount €%d" % rng.randint(50, 5000)]))
        case.note = "typed IBAN"
    else:
        greet(case, rng.choice(["banking", "travel", "insurance"]))
        case.a("can you read me the iban")
        cc = spell_letter(ib[0], "nato") + " " + spell_letter(ib[1], "nato")
        rest = []
        i = 2
        while i < len(ib):
            g = ib[i:i + 4]
            if g.isdigit():
                rest.append(say_digits(g, pairs=0.3))
            else:
                rest.append(" ".join(say_digits(ch) if ch.isdigit() else spell_letter(ch, rng.choice(["nato", "plain"]) if ch != "O" else "nato") for ch in g))
            i += 4
        grp = Group("IBAN", ib)
        half = len(rest) // 2
        case.c("yeah so ", V(cc + " " + ", ".join(rest[:half]), grp))
        case.a(rng.choice(BACKCH))
        case.c(V(", ".join(rest[half:]), grp))
        case.note = "ASR IBAN split over two turns"
    return case


def phone_typed(kind, nat, intl):
    if rng.random() < 0.5:
        if kind == "us":
            return rng.choice([nat[:3] + "-" + nat[3:6] + "-" + nat[6:], nat[:3] + "." + nat[3:6] + "." + nat[6:], nat])
        return rng.choice([nat[:5] + " " + nat[5:], nat, nat[:4] + " " + nat[4:7] + " " + nat[7:]])
    cc = intl[:len(intl) - len(nat) + 1] if kind != "us" else "1"
    sub = nat[1:] if kind != "us" else nat
    return "+" + cc + " " + rng.choice([sub[:4] + " " + sub[4:], sub, sub[:2] + " " + sub[2:5] + " " + sub[5:]])


def pos_phone():
    kind, nat, intl = gen_phone()
    case = Case("positive", "phone number")
    if rng.random() < 0.45:
        case.a("What's the best contact number for you?")
        t = phone_typed(kind, nat, intl)
        canon = ("+" if t.startswith("+") else "") + re.sub(r"\D", "", t)
        case.c(rng.choice(["mob: ", "call me on ", "tel ", "", "its "]), val(t, "PHONE", canon),
               rng.choice(["", " after 6pm pls", " (work)", " - im free 9 to 5"]))
        case.note = "typed phone (%s)" % kind
    else:
        greet(case)
        case.a("and a contact number in case we get cut off")
        if rng.random() < 0.4:
            cc = intl[:len(intl) - len(nat) + 1] if kind != "us" else "1"
            sub = nat[1:] if kind != "us" else nat
            words = "plus " + say_digits(cc, doubles=0.9) + " " + say_groups(chunk(sub, [3, 3, 4]), pairs=0.3, filler=0.2)
            canon = "+" + cc + sub
        else:
            words = say_groups(chunk(nat, [5, 6] if kind != "us" else [3, 3, 4]), pairs=0.3, filler=0.2)
            canon = nat
        if rng.random() < 0.5:
            grp = Group("PHONE", canon)
            w = words.split(" ")
            cut = len(w) // 2
            while cut < len(w) - 1 and (w[cut - 1] in ("double", "triple", "plus", "and") or w[cut - 1] in TENS or w[cut - 1] == "hundred" or w[cut] in ("hundred", "and")):
                cut += 1
            case.c("yeah it's ", V(" ".join(w[:cut]).rstrip(","), grp))
            case.a(rng.choice(BACKCH))
            case.c(V(" ".join(w[cut:]).lstrip(", "), grp))
            case.note = "ASR phone split over turns (%s)" % kind
        else:
            case.c("it's ", val(words, "PHONE", canon), rng.choice(["", " that's my mobile", " but i'm out till about five"]))
            case.note = "ASR phone (%s)" % kind
    return case


def pos_email():
    fn, ln = rng.choice(FIRST), rng.choice(LAST)
    dom = rng.choice(DOMAINS)
    user = rng.choice([fn + "." + ln, fn[0] + "." + ln, fn + ln + digits(2), fn + "_" + ln, ln + fn[0], fn + "." + ln + digits(2)])
    em = user + "@" + dom
    case = Case("positive", "e-mail address")
    if rng.random() < 0.45:
        case.a("Can you confirm the email on the account?")
        shown = rng.choice([em, em, em.capitalize(), user.upper() + "@" + dom])
        case.c(rng.choice(["email: ", "its ", "", "e-mail is ", "send it to "]), val(shown, "EMAIL", em),
               rng.choice(["", " thanks", ".", " not the old one"]))
        case.note = "typed e-mail"
    else:
        greet(case)
        case.a("what email address should we send the confirmation to")
        sp = user.replace(".", " dot ").replace("_", " underscore ")
        sp = re.sub(r"(\d)", lambda m: " " + ONES[int(m.group(1))] + " ", sp)
        sp = re.sub(r"\s+", " ", sp).strip()
        dsp = dom.replace(".", " dot ")
        full = sp + " at " + dsp
        if rng.random() < 0.4:
            grp = Group("EMAIL", em)
            case.c("it's ", V(sp, grp), rng.choice([" ... that's all one word", "", " um"]))
            case.a(rng.choice(BACKCH))
            case.c(V("at " + dsp, grp))
            case.note = "ASR spoken e-mail split over two customer turns"
        else:
            case.c("yeah it's ", val(full, "EMAIL", em))
            if rng.random() < 0.5:
                case.a("so that's ", val(full, "EMAIL", em), " yeah")
                case.c("yep")
                case.note = "ASR spoken e-mail with read-back"
            else:
                case.note = "ASR spoken e-mail"
    return case


def pos_dob():
    case = Case("positive", "date of birth")
    asr = rng.random() < 0.6
    if asr:
        greet(case)
        case.a("can you confirm your date of birth")
        lead, f = dob_forms(True)
        if rng.random() < 0.25:
            _, wrong = dob_forms(True)
            case.c("yeah it's ", ("the " if lead else ""), val(f, "DOB"))
            case.a("thank you and your appointment is on the %s of %s at %s thirty" % (
                ORD[rng.randint(1, 28)], rng.choice(MONTHS), rng.choice(["two", "three", "ten", "eleven"])))
            case.note = "ASR DOB with appointment-date distractor"
        else:
            case.c(rng.choice(["yeah it's ", "", "um ", "it's "]), ("the " if lead else ""), val(f, "DOB"),
                   rng.choice(["", " so i'm %s" % two_digit(str(rng.randint(21, 84))), ""]))
            case.note = "ASR DOB"
    else:
        case.a("For security, please type your date of birth.")
        case.c(rng.choice(["dob ", "DOB: ", "born ", "", "d.o.b. "]), val(dob_forms(False)[1], "DOB"),
               rng.choice(["", " and policy no. PL%s" % digits(7), ""]))
        case.note = "typed DOB"
    return case


def pos_address():
    case = Case("positive", "address with postcode")
    uk = rng.random() < 0.65
    num = rng.randint(1, 240)
    street = rng.choice(STREETS)
    flat = rng.random() < 0.3
    if rng.random() < 0.45:
        case.a("What's the delivery address?")
        addr = ("Flat %d, " % rng.randint(1, 30) if flat else "") + "%d %s" % (num, street)
        if rng.random() < 0.2:
            addr = addr.lower()
        if uk:
            o, i = gen_uk_postcode()
            pc = rng.choice([o + " " + i, o + i, (o + " " + i).lower()])
            case.c(val(addr, "ADDRESS"), ", %s, " % rng.choice(TOWNS_UK), val(pc, "POSTCODE", o + i))
        else:
            z = digits(5) + (("-" + digits(4)) if rng.random() < 0.3 else "")
            case.c(val(addr, "ADDRESS"), ", %s, %s " % (rng.choice(TOWNS_US), rng.choice(["TX", "CO", "OH", "OR", "FL", "NC"])),
                   val(z, "POSTCODE", z.replace("-", "")))
        case.a("Thanks, your parcel will arrive within 2 working days.")
        case.note = "typed address + postcode"
    else:
        greet(case)
        case.a("and can you confirm the first line of the address and the postcode")
        nw = say_digits(str(num), pairs=1.0, hundreds=1.0, doubles=0.0) if num >= 10 else ONES[num]
        addr = (rng.choice(["flat ", "apartment "]) + ONES[rng.randint(1, 9)] + " " if flat else "") + nw + " " + street.lower()
        case.c(rng.choice(["it's ", "yeah ", "um "]), val(addr, "ADDRESS"), rng.choice([" in ", ", ", " "]) + rng.choice(TOWNS_UK if uk else TOWNS_US).lower())
        case.a("and the postcode" if uk else "and the zip code")
        if uk:
            o, i = gen_uk_postcode()
            style = rng.choice(["plain", "nato", "plain"])
            def sp(s):
                return " ".join(say_digits(ch) if ch.isdigit() else spell_letter(ch, style) for ch in s)
            case.c(val(sp(o) + rng.choice([", ", " ", " ... "]) + sp(i), "POSTCODE", o + i))
        else:
            z = digits(5)
            case.c(val(say_digits(z, pairs=0.3), "POSTCODE", z))
        case.note = "ASR address + postcode"
    return case


def pos_mixed_profile():
    """Chat message with several identifiers at once plus numeric distractors."""
    case = Case("positive", "typed multi-field update with distractors")
    fn, ln = rng.choice(FIRST), rng.choice(LAST)
    em = fn + "." + ln + "@" + rng.choice(DOMAINS)
    kind, nat, intl = gen_phone()
    o, i = gen_uk_postcode()
    ni = gen_ni()
    case.a("Hi %s, what would you like to update?" % fn.capitalize())
    case.c("new email ", val(em, "EMAIL", em), " and new mobile ", val(nat, "PHONE", nat),
           ". Moved to ", val("%d %s" % (rng.randint(1, 99), rng.choice(STREETS)), "ADDRESS"), ", ", rng.choice(TOWNS_UK), " ",
           val(o + " " + i, "POSTCODE", o + i), " on %d %s. NI is " % (rng.randint(1, 28), rng.choice(MONTH_ABBR)),
           val(ni, "NI_NUMBER", ni), " if you need it. Ref %s" % digits(10))
    case.a("Thanks, all updated. Your reference is %s." % digits(8))
    return case


def pos_us_verify():
    case = Case("positive", "US call: SSN last-four style prompt but full SSN given, plus DOB and ZIP")
    ssn = gen_ssn()
    greet(case, rng.choice(["healthcare", "insurance", "banking"]))
    case.a("to verify, can i get your date of birth and social")
    _, d = dob_forms(True)
    case.c(val(d, "DOB"), ", and social is ", val(say_groups([ssn[:3], ssn[3:5], ssn[5:]], pairs=0.3, filler=0.3), "SSN", ssn))
    z = digits(5)
    case.a("and the zip code on file")
    case.c(val(say_digits(z), "POSTCODE", z))
    return case


POS_PLAN = ([pos_card_chat] * 22 + [pos_card_call_split] * 22 + [pos_card_call_single] * 10 + [pos_card_email] * 7
            + [pos_card_correction] * 4 + [pos_ssn] * 24 + [pos_us_verify] * 8 + [pos_ni] * 28 + [pos_mixed_profile] * 6
            + [pos_bank] * 14 + [pos_iban] * 12 + [pos_phone] * 16 + [pos_email] * 14 + [pos_dob] * 14 + [pos_address] * 14)


# --------------------------------------------------------------------------
# negative scenarios
# --------------------------------------------------------------------------


def neg_order_long():
    n = digits(16)
    case = Case("negative", "16-digit order number read like a card, with label")
    greet(case, "retail")
    case.a("have you got your order number handy")
    case.c("yeah order number is ", say_groups(card_groups(n), pairs=0.3))
    case.a("thanks that order shipped on the %s" % ORD[rng.randint(1, 28)])
    return case


def neg_last4():
    case = Case("negative", "card last-four mentions only")
    greet(case, rng.choice(["banking", "retail", "telecom"]))
    l4 = digits(4, False)
    case.a("i can see two cards on the account, one ending %s and one ending %s, which one" % (say_digits(l4), say_digits(digits(4, False))))
    case.c("the one ending in %s please, the visa" % say_digits(l4, pairs=0.6))
    case.a("perfect, £%d.%02d taken from the card ending %s" % (rng.randint(5, 300), rng.randint(0, 99), l4))
    return case


def neg_balance():
    case = Case("negative", "balances, amounts and percentages")
    case.a("Your current balance is £%s.%02d and the minimum payment is £%d.%02d, due on the %d%s." % (
        "{:,}".format(rng.randint(1000, 25000)), rng.randint(0, 99), rng.randint(20, 200), rng.randint(0, 99), rng.randint(1, 28), rng.choice(["th", "st"])))
    case.c("whats the interest rate now")
    case.a("It's %d.%d%% APR, and a %d.%d%% cashback on fuel." % (rng.randint(9, 35), rng.randint(0, 9), rng.randint(1, 5), rng.randint(0, 9)))
    return case


def neg_spoken_amount():
    case = Case("negative", "ASR spoken amounts and durations")
    greet(case, rng.choice(["utilities", "telecom", "banking"]))
    case.c("i got a bill for %s pounds %s and i've been waiting %s minutes" % (
        say_digits(str(rng.randint(100, 999)), hundreds=1.0, doubles=0.0), two_digit(str(rng.randint(11, 99))), two_digit(str(rng.randint(21, 59)))))
    case.a("i'm sorry about the wait, that bill covers %s days from the %s of %s" % (
        two_digit(str(rng.randint(28, 31))), ORD[rng.randint(1, 28)], rng.choice(MONTHS)))
    return case


def neg_meter():
    case = Case("negative", "meter readings and serial number")
    greet(case, "utilities")
    case.a("can you read me the meter")
    r = digits(rng.choice([5, 6]))
    case.c("yeah the reading is %s and the serial on the meter is %s" % (say_digits(r, pairs=0.4), "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(8)))
    case.a("lovely, that's %s kilowatt hours since last time" % say_digits(str(rng.randint(100, 999)), hundreds=1.0, doubles=0))
    return case


def neg_travel():
    case = Case("negative", "flight, gate, seat, times, booking ref")
    fl = rng.choice(["BA", "EI", "FR", "LH", "UA", "DL"]) + str(rng.randint(10, 9999))
    case.a("Your flight %s departs at %02d:%02d from gate %s%d, seat %d%s. Booking ref %s." % (
        fl, rng.randint(5, 23), rng.choice([0, 15, 30, 45, 55]), rng.choice("ABC"), rng.randint(1, 60), rng.randint(1, 40), rng.choice("ABCDEF"),
        "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
    case.c("and what room number is the hotel, it said %d on the voucher" % rng.randint(100, 1299))
    case.a("Yes room %d, check-in from 3pm, %d nights." % (rng.randint(100, 1299), rng.randint(2, 14)))
    return case


def neg_tracking():
    case = Case("negative", "tracking, ticket and invoice numbers with labels")
    t = "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))
    case.c("hi where is my parcel tracking no %s, invoice INV-%s" % (t, digits(7)))
    case.a("I've opened ticket #%s for you. Estimated delivery %s %d." % (digits(8), rng.choice(MONTH_ABBR), rng.randint(1, 28)))
    return case


def neg_policy():
    case = Case("negative", "ASR policy and claim numbers read digit by digit")
    greet(case, "insurance")
    case.a("do you have your policy number")
    case.c("yes it's %s %s" % (rng.choice(["p for papa c for charlie", "h x", "m o t"]), say_digits(digits(9), pairs=0.3)))
    case.a("thanks, and the claim reference is %s" % say_digits(digits(10)))
    return case


def neg_times():
    case = Case("negative", "opening hours, times, temperatures, ages, counts")
    case.c("what time do you open on saturdays")
    case.a(rng.choice(["We're open 9am to 5:30pm Mon-Fri and 10 till 4 on Saturday.",
                       "we open at half eight and close at six, sundays eleven till four"]))
    case.c("ok my boiler is showing %d degrees and it's %d years old, we have %d radiators" % (rng.randint(40, 80), rng.randint(2, 25), rng.randint(3, 14)))
    case.a("An engineer can come on %s %d between 8 and 12." % (rng.choice(["Tuesday", "Thursday", "Friday"]), rng.randint(1, 28)))
    return case


def neg_contract():
    case = Case("negative", "contract dates, years, model numbers")
    case.a("Your contract started on %02d/%02d/%d and ends %d %s %d." % (
        rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2024), rng.randint(1, 28), rng.choice(MONTHS).capitalize(), rng.randint(2025, 2028)))
    case.c("ok and the phone is model SM-%s%d, IMEI is on the box if you need it" % (rng.choice("ASGN"), rng.randint(100, 999)))
    case.a("No need. Upgrade available from %d." % rng.randint(2025, 2027))
    return case


def neg_refnum_spoken_like_card():
    case = Case("negative", "reference number spoken in card-like groups, Luhn-valid but labelled as a reference")
    n = luhn_complete("4", 16)
    greet(case, "government")
    case.a("i'll give you a reference number for this call, have you got a pen")
    case.c("go on")
    g = card_groups(n)
    case.a("reference is %s" % g[0] + " " + g[1])
    case.c("mhm")
    case.a("%s %s" % (g[2], g[3]))
    return case


def neg_roads():
    case = Case("negative", "road names, junction numbers and distances (no house number)")
    case.c("the van broke down on the %s near junction %d, about %d miles from %s" % (
        rng.choice(["M6", "A40", "M50", "I-95", "N7", "A1(M)"]), rng.randint(1, 40), rng.randint(2, 30), rng.choice(TOWNS_UK)))
    case.a("Okay, recovery will reach you within %d minutes. Stay on %s if it's safe." % (rng.randint(30, 90), rng.choice(STREETS)))
    return case


def neg_account_generic():
    case = Case("negative", "customer/account reference labelled (not bank account), loyalty points")
    greet(case, rng.choice(["utilities", "telecom", "retail"]))
    case.a("can i take your customer reference, it's on the top of your bill")
    case.c("it's %s" % say_digits(digits(10), pairs=0.3))
    case.a("thanks, you've got %s loyalty points" % "{:,}".format(rng.randint(100, 90000)))
    return case


def neg_year_counts():
    case = Case("negative", "ASR years and quantities")
    greet(case)
    case.c("i've been a customer since %s and i've had %s phones with you" % (say_year(rng.randint(1995, 2020)), ONES[rng.randint(2, 9)]))
    case.a("that's great, %s years, thank you for your loyalty" % two_digit(str(rng.randint(11, 29))))
    return case


NEG_PLAN = ([neg_order_long] * 10 + [neg_last4] * 10 + [neg_balance] * 7 + [neg_spoken_amount] * 8 + [neg_meter] * 8
            + [neg_travel] * 8 + [neg_tracking] * 8 + [neg_policy] * 8 + [neg_times] * 7 + [neg_contract] * 7
            + [neg_refnum_spoken_like_card] * 8 + [neg_roads] * 6 + [neg_account_generic] * 8 + [neg_year_counts] * 7)


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------


def build():
    pos = list(POS_PLAN)
    neg = list(NEG_PLAN)
    rng.shuffle(pos)
    rng.shuffle(neg)
    records, groups_meta = [], []
    for kind, plan, prefix in (("positive", pos, "h399-pos-%03d"), ("negative", neg, "h399-neg-%03d")):
        for k, fn in enumerate(plan, 1):
            case = fn()
            raw = sorted(case.raw_spans, key=lambda sg: (sg[0]["turn"], sg[0]["start"]))
            spans = [s for s, _ in raw]
            gm = {}
            for idx, (s, g) in enumerate(raw):
                gm.setdefault(id(g), (g, []))[1].append(idx)
            rec = {"id": prefix % k, "kind": kind, "turns": case.turns, "spans": spans, "note": case.note}
            records.append(rec)
            groups_meta.append(list(gm.values()))
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return text, records, groups_meta


def check(text, records, groups_meta):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        disk = f.read()
    if disk != text:
        errs.append("cases.jsonl is not byte-identical to regenerated output")
    file_recs = [json.loads(l) for l in disk.splitlines()]
    ids = [r["id"] for r in file_recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r, gms in zip(file_recs, groups_meta):
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s: negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s: positive without spans" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % r["id"])
        prev = None
        for s in r["spans"]:
            if not (0 <= s["turn"] < len(r["turns"])):
                errs.append("%s: turn out of range" % r["id"])
                continue
            tx = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append("%s: offsets out of range" % r["id"])
                continue
            if not (tx[a].isalnum() and tx[b - 1].isalnum()):
                errs.append("%s: span %r not trimmed to letters/digits" % (r["id"], tx[a:b]))
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (r["id"], tx[a:b]))
            if prev and prev[0] == s["turn"] and prev[1] > a:
                errs.append("%s: overlapping spans" % r["id"])
            prev = (s["turn"], b)
        for g, idxs in gms:
            joined = " , ".join(r["turns"][r["spans"][i]["turn"]]["text"][r["spans"][i]["start"]:r["spans"][i]["end"]] for i in idxs)
            if g.typ == "CARD_NUMBER_PART":
                if parse_spoken(joined) != g.canon:
                    errs.append("%s: repeated card group mismatch" % r["id"])
                continue
            if g.typ == "CARD_NUMBER" and g.canon is not None and len(g.canon) < 13:
                # partial group of a card that was read in full in the same case
                if parse_spoken(joined) != g.canon:
                    errs.append("%s: card partial mismatch" % r["id"])
                continue
            e = validate(g.typ, joined, g.canon)
            if e:
                errs.append("%s: %s (%r)" % (r["id"], e, joined))
    return errs


def counts(records):
    c = Counter()
    for r in records:
        for s in r["spans"]:
            c[s["type"]] += 1
    return c


def main():
    text, records, groups_meta = build()
    if "--check" in sys.argv:
        errs = check(text, records, groups_meta)
        c = counts(records)
        npos = sum(r["kind"] == "positive" for r in records)
        nneg = len(records) - npos
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE",
                  "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            if c[t] < need.get(t, 10):
                errs.append("too few %s spans: %d" % (t, c[t]))
        if npos < 200 or nneg < 100:
            errs.append("too few cases: %d pos %d neg" % (npos, nneg))
        for e in errs[:50]:
            print("ERROR:", e)
        print("positives=%d negatives=%d spans=%s" % (npos, nneg, dict(sorted(c.items()))))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    c = counts(records)
    print("wrote %d cases to %s" % (len(records), OUT))
    print(dict(sorted(c.items())))


if __name__ == "__main__":
    main()

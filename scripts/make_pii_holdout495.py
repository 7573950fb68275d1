#!/usr/bin/env python3
"""Generate the pii_holdout495 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who did not see the
redaction engine. Standard library only; one RNG: random.Random(495241125).

Usage:
    python scripts/make_pii_holdout495.py          # write cases.jsonl
    python scripts/make_pii_holdout495.py --check  # regenerate + verify
"""
import json
import os
import re
import random
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout495", "cases.jsonl")
R = random.Random(495241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {"2": "twenty", "3": "thirty", "4": "forty", "5": "fifty", "6": "sixty",
        "7": "seventy", "8": "eighty", "9": "ninety"}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "I": "india", "J": "juliet",
        "K": "kilo", "L": "lima", "M": "mike", "N": "november", "O": "oscar",
        "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "V": "victor", "W": "whiskey", "X": "x-ray", "Y": "yankee",
        "Z": "zulu"}
ALT_SPELL = {"B": "bravo", "C": "charlie", "D": "david", "E": "edward", "H": "harry",
             "J": "john", "K": "king", "L": "london", "M": "mother", "N": "nancy",
             "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william",
             "A": "apple", "G": "george", "Y": "yellow", "Z": "zebra", "X": "xmas",
             "E ": "echo"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
       "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
       "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
       "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
       "twentieth": 20, "thirtieth": 30}
FILLERS = {"um", "uh", "er", "erm", "uhm", "hmm", "ehm"}


def zero_word(style):
    return {"oh": "oh", "o": "o", "zero": "zero", "nought": "nought"}[style]


def say_digits(s, zero="oh", double=True, pairs=False, hundreds=False, filler=0.0,
               sep=" "):
    """Render a digit string as speech. Produces only forms parse_spoken undoes."""
    out = []
    i = 0
    n = len(s)
    while i < n:
        d = s[i]
        r = R.random()
        if hundreds and i + 2 < n and d != "0" and r < 0.25 and not (
                s[i + 2] == "0" and s[i + 1] != "0"):
            mid, last = s[i + 1], s[i + 2]
            if mid == "0" and last == "0":
                w = UNITS[int(d)] + " hundred"
            elif mid == "0":
                w = UNITS[int(d)] + " hundred and " + UNITS[int(last)]
            elif mid == "1":
                w = UNITS[int(d)] + " hundred and " + TEENS[int(last)]
            else:
                w = UNITS[int(d)] + " hundred and " + TENS[mid] + " " + UNITS[int(last)]
            out.append(w)
            i += 3
        elif pairs and i + 1 < n and d != "0" and s[i + 1] != "0" and r < 0.55:
            if d == "1":
                out.append(TEENS[int(s[i + 1])])
            else:
                out.append(TENS[d] + " " + UNITS[int(s[i + 1])])
            i += 2
        elif double and i + 2 < n and s[i + 1] == d and s[i + 2] == d and r < 0.8:
            out.append("triple " + (zero_word(zero) if d == "0" else UNITS[int(d)]))
            i += 3
        elif double and i + 1 < n and s[i + 1] == d and r < 0.7:
            out.append("double " + (zero_word(zero) if d == "0" else UNITS[int(d)]))
            i += 2
        else:
            out.append(zero_word(zero) if d == "0" else UNITS[int(d)])
            i += 1
        if filler and i < n and R.random() < filler:
            out.append(R.choice(["um", "uh", "er", "erm"]))
    return sep.join(out)


def say_groups(s, groups, **kw):
    parts, i = [], 0
    for g in groups:
        parts.append(say_digits(s[i:i + g], **kw))
        i += g
    if i < len(s):
        parts.append(say_digits(s[i:], **kw))
    return parts


def say_letter(c, mode):
    if mode == "plain":
        return c.lower()
    if mode == "nato":
        return NATO[c]
    if mode == "for":
        return c.lower() + " for " + NATO[c]
    if mode == "asin":
        return c.lower() + " as in " + ALT_SPELL.get(c, NATO[c])
    return c.lower()


def parse_spoken(text, letters=False):
    """Normalise a typed or spoken reading to upper-case alphanumerics (+@.)."""
    toks = re.findall(r"x-ray|[A-Za-z0-9]+|\+", text, re.I)
    toks = [t.lower() for t in toks]
    out = []
    i = 0
    unit_of = {w: str(k) for k, w in enumerate(UNITS)}
    unit_of.update({"oh": "0", "o": "0", "nought": "0"})
    teen_of = {w: str(10 + k) for k, w in enumerate(TEENS)}
    tens_of = {w: k for k, w in TENS.items()}
    nato_of = {v: k for k, v in NATO.items()}
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t in FILLERS or t in ("dash", "hyphen", "space", "slash", "of", "the"):
            i += 1
        elif t == "+" or t == "plus":
            out.append("+")
            i += 1
        elif t in ("double", "triple") and nxt is not None:
            k = 2 if t == "double" else 3
            d = unit_of.get(nxt, nxt.upper())
            out.append(d * k)
            i += 2
        elif t in unit_of:
            d = unit_of[t]
            if nxt == "thousand":
                i += 2
                if i < n and toks[i] == "and":
                    i += 1
                a = toks[i] if i < n else None
                b = toks[i + 1] if i + 1 < n else None
                if a in teen_of:
                    out.append(d + "0" + teen_of[a])
                    i += 1
                elif a in tens_of:
                    if b in unit_of and b not in ("zero", "oh", "o", "nought"):
                        out.append(d + "0" + tens_of[a] + unit_of[b])
                        i += 2
                    else:
                        out.append(d + "0" + tens_of[a] + "0")
                        i += 1
                elif a in unit_of:
                    out.append(d + "00" + unit_of[a])
                    i += 1
                else:
                    out.append(d + "000")
            elif nxt == "hundred":
                i += 2
                if i < n and toks[i] == "and":
                    i += 1
                a = toks[i] if i < n else None
                b = toks[i + 1] if i + 1 < n else None
                if a in teen_of:
                    out.append(d + teen_of[a])
                    i += 1
                elif a in tens_of:
                    if b in unit_of and b not in ("zero", "oh", "o", "nought"):
                        out.append(d + tens_of[a] + unit_of[b])
                        i += 2
                    else:
                        out.append(d + tens_of[a] + "0")
                        i += 1
                elif a in unit_of and toks[i - 1] == "and":
                    out.append(d + "0" + unit_of[a])
                    i += 1
                else:
                    out.append(d + "00")
            else:
                out.append(d)
                i += 1
        elif t in teen_of:
            out.append(teen_of[t])
            i += 1
        elif t in tens_of:
            if nxt in unit_of and nxt not in ("zero", "oh", "o", "nought"):
                out.append(tens_of[t] + unit_of[nxt])
                i += 2
            elif nxt in ORD and ORD[nxt] < 10:
                out.append(tens_of[t] + str(ORD[nxt]))
                i += 2
            else:
                out.append(tens_of[t] + "0")
                i += 1
        elif t in ORD:
            out.append(str(ORD[t]))
            i += 1
        elif letters and t in nato_of:
            out.append(nato_of[t])
            i += 1
        elif t in MONTHS or t[:3] in [m[:3] for m in MONTHS] and len(t) <= 4 and t.isalpha():
            out.append("%02d" % ([m[:3] for m in MONTHS].index(t[:3]) + 1))
            i += 1
        elif t in nato_of:
            out.append(nato_of[t])
            i += 1
        elif len(t) == 1 and t.isalpha() and nxt in ("for", "as"):
            out.append(t.upper())
            i += 3 if nxt == "for" else 4
        elif re.fullmatch(r"\d+(st|nd|rd|th)", t) and t[-2:] == (
                "th" if int(t[:-2]) % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(int(t[:-2]) % 10, "th")):
            out.append(re.sub(r"\D", "", t))
            i += 1
        elif t.isalnum():
            out.append(t.upper())
            i += 1
        else:
            out.append("?" + t)
            i += 1
    return "".join(out)


def parse_email(text):
    if "@" in text:
        return text.replace(" ", "").lower()
    m = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
    out = []
    for w in text.lower().split():
        w = w.strip(",")
        if w in FILLERS:
            continue
        out.append(m.get(w, w))
    return "".join(out)


# ---------------------------------------------------------------- validators
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
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[ABCEGHJ-PRSTW-Z][ABCEGHJ-NPRSTW-Z]\d{6}[A-D]$")
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def validate_canon(typ, c):
    if typ == "CARD_NUMBER":
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if typ == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if typ == "SSN":
        return (c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666")
                and c[0] != "9" and c[3:5] != "00" and c[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(c))
    if typ == "BANK_ACCOUNT":
        return c.isdigit() and 6 <= len(c) <= 17
    if typ == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if typ == "IBAN":
        return iban_ok(c)
    if typ == "PHONE":
        return bool(re.fullmatch(r"\+?\d{10,13}", c))
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", c))
    if typ == "POSTCODE":
        return bool(UK_PC.match(c)) or bool(re.fullmatch(r"\d{5}(\d{4})?", c))
    if typ == "EXPIRY":
        return bool(re.fullmatch(r"(0[1-9]|1[0-2])\d{2}(\d{2})?", c))
    if typ == "DOB":
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", c))
    if typ == "ADDRESS":
        return bool(c)
    return False


STREET_WORDS = ("kingsway", "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "close",
                "drive", "dr", "way", "grove", "crescent", "terrace", "court", "place",
                "gardens", "boulevard", "blvd", "hill", "row", "square", "parade", "walk",
                "mews", "park")


def check_piece_text(typ, text, canon):
    """Validate joined span text against canonical value. Returns error or None."""
    if typ == "EMAIL":
        return None if parse_email(text) == canon else "email %r != %r" % (parse_email(text), canon)
    if typ == "DOB":
        y, m, d = canon.split("-")
        p = parse_spoken(text)
        if y[2:] not in p or str(int(d)) not in p:
            return "dob %r vs %s" % (p, canon)
        return None
    if typ == "EXPIRY":
        p = parse_spoken(text)
        ok = {canon, canon[:2] + "20" + canon[2:], canon[1:] if canon[0] == "0" else canon}
        return None if p in ok else "expiry %r vs %s" % (p, canon)
    if typ == "ADDRESS":
        low = text.lower()
        words = re.findall(r"[a-z]+", low)
        if not any(w in STREET_WORDS for w in words):
            return "address lacks street word: %r" % text
        if not (re.match(r"(flat|apartment|apt|unit|\d)", low) or words[0] in UNITS
                or words[0] in TEENS or words[0] in TENS.values()):
            return "address must start with number: %r" % text
        return None
    p = parse_spoken(text, letters=typ in ("NI_NUMBER", "POSTCODE", "IBAN"))
    if typ == "PHONE":
        return None if p == canon else "phone %r vs %r" % (p, canon)
    return None if p == canon else "%s %r vs %r" % (typ, p, canon)


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []
        self.groups = {}
        self.gid = 0

    def grp(self, typ, canon):
        self.gid += 1
        self.groups[self.gid] = (typ, canon)
        return self.gid

    def V(self, text, typ, canon):
        return (text, self.grp(typ, canon))

    def P(self, text, gid):
        return (text, gid)

    def X(self, text, typ):  # partial / abandoned reading: labelled, not value-checked
        self.gid += 1
        self.groups[self.gid] = (typ, None)
        return (text, self.gid)

    def t(self, speaker, *segs):
        self.turns.append((speaker, segs))
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)

    def render(self):
        turns, spans, pieces = [], [], {}
        for ti, (spk, segs) in enumerate(self.turns):
            buf = ""
            for s in segs:
                if isinstance(s, str):
                    buf += s
                else:
                    text, gid = s
                    st = len(buf)
                    buf += text
                    typ = self.groups[gid][0]
                    spans.append({"turn": ti, "start": st, "end": len(buf), "type": typ})
                    pieces.setdefault(gid, []).append(text)
            turns.append({"speaker": spk, "text": buf})
        return turns, spans, pieces


# ---------------------------------------------------------------- value makers
def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def card():
    kind = R.choices(["visa", "mc", "amex", "disc", "visa13", "visa19", "mc2"],
                     [40, 25, 12, 8, 3, 4, 8])[0]
    if kind == "visa":
        return luhn_complete("4" + str(R.randint(0, 9)), 16)
    if kind == "mc":
        return luhn_complete("5" + str(R.randint(1, 5)), 16)
    if kind == "mc2":
        return luhn_complete("22" + str(R.randint(30, 70)), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    return luhn_complete("4", 19)


def card_groups(c):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 13:
        return [4, 4, 5]
    if len(c) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def split_by(s, groups):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    if i < len(s):
        out.append(s[i:])
    return out


def typed_card(c):
    style = R.randint(0, 5)
    g = split_by(c, card_groups(c))
    if style == 0:
        return " ".join(g)
    if style == 1:
        return "-".join(g)
    if style == 2:
        return c
    if style == 3:
        return c[:6] + " " + c[6:]
    if style == 4:
        return ".".join(g)
    return "  ".join(g)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def typed_ssn(s):
    return R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
                     s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + "-" + s[3:5] + s[5:]])


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice(NI_FIRST.replace("O", "")) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def typed_ni(v):
    s = R.randint(0, 4)
    if s == 0:
        r = v[:2] + " " + v[2:4] + " " + v[4:6] + " " + v[6:8] + " " + v[8]
    elif s == 1:
        r = v
    elif s == 2:
        r = v[:2] + v[2:8] + " " + v[8]
    elif s == 3:
        r = v[:2] + "-" + v[2:4] + "-" + v[4:6] + "-" + v[6:8] + "-" + v[8]
    else:
        r = v[:2] + " " + v[2:8] + " " + v[8]
    return r.lower() if R.random() < 0.35 else r


def spoken_ni(v, filler=0.0):
    mode = R.choice(["plain", "nato", "for", "asin", "plain"])
    a = say_letter(v[0], mode) + " " + say_letter(v[1], mode)
    digits = say_digits(v[2:8], zero=R.choice(["zero", "nought"]), pairs=R.random() < 0.4,
                        filler=filler)
    b = say_letter(v[8], R.choice(["plain", "nato", "for"]))
    return a, digits, b


def sort_code():
    return "%02d%02d%02d" % (R.randint(1, 99), R.randint(0, 99), R.randint(0, 99))


def bank_acct(us=False):
    n = R.choice([10, 11, 12]) if us else 8
    return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def make_iban(cc, bban):
    r = bban + cc + "00"
    num = int("".join(str(int(ch, 36)) for ch in r))
    chk = 98 - num % 97
    return cc + "%02d" % chk + bban


def iban():
    cc = R.choice(["GB", "IE", "DE", "NL", "ES", "FR", "GB", "IE"])
    dg = lambda k: "".join(str(R.randint(0, 9)) for _ in range(k))
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + dg(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    elif cc == "ES":
        bban = dg(20)
    else:
        bban = dg(23)
    return make_iban(cc, bban)


def typed_iban(v):
    s = R.randint(0, 3)
    if s == 0:
        r = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    elif s == 1:
        r = v
    elif s == 2:
        r = v[:4] + " " + v[4:]
    else:
        r = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        r = r.lower()
    return r


def spoken_iban_parts(v):
    parts = []
    letters = lambda s: " ".join(say_letter(ch, R.choice(["plain", "nato", "for"])) if ch.isalpha()
                                 else say_digits(ch, zero="zero") for ch in s)
    parts.append(letters(v[:2]) + " " + say_digits(v[2:4], zero="zero", pairs=True))
    rest = v[4:]
    for i in range(0, len(rest), 4):
        chunk = rest[i:i + 4]
        if chunk.isdigit():
            parts.append(say_digits(chunk, zero=R.choice(["zero", "nought", "oh"]), pairs=R.random() < 0.3))
        else:
            parts.append(letters(chunk))
    return parts


def phone():
    k = R.choice(["ukmob", "ukmob", "ukland", "us", "us", "ie", "intl_uk", "intl_us", "intl_ie", "fr"])
    dg = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if k == "ukmob":
        v = "07" + R.choice(["7", "8", "9", "4"]) + dg(8)
        return v, [5, 6]
    if k == "ukland":
        v = R.choice(["0161", "0121", "0113", "0131", "0141", "0117"]) + dg(7)
        return v, [4, 3, 4]
    if k == "us":
        v = str(R.choice([312, 415, 212, 617, 713, 206, 404, 303])) + str(R.randint(2, 9)) + dg(6)
        return v, [3, 3, 4]
    if k == "ie":
        v = "08" + R.choice("35679") + dg(7)
        return v, [3, 3, 4]
    if k == "intl_uk":
        return "+447" + R.choice("789") + dg(8), [3, 4, 6]
    if k == "intl_us":
        return "+1" + str(R.choice([312, 646, 305, 512])) + str(R.randint(2, 9)) + dg(6), [2, 3, 3, 4]
    if k == "intl_ie":
        return "+3538" + R.choice("3567") + dg(7), [4, 2, 3, 4]
    return "+336" + dg(8), [3, 1, 2, 2, 2, 2]


def typed_phone(v, groups):
    g = split_by(v, groups)
    s = R.randint(0, 4)
    if s == 0:
        return " ".join(g)
    if s == 1:
        return v
    if s == 2 and len(v) == 10 and v[0] != "0":
        return "(%s) %s-%s" % (v[:3], v[3:6], v[6:])
    if s == 3:
        return "-".join(g)
    return ".".join(g) if not v.startswith("+") else " ".join(g)


def spoken_phone(v, groups, filler=0.0):
    g = split_by(v, groups)
    out = []
    for x in g:
        if x.startswith("+"):
            out.append("plus " + say_digits(x[1:], zero="zero", double=False))
        else:
            out.append(say_digits(x, zero=R.choice(["oh", "oh", "zero", "o"]),
                                  pairs=R.random() < 0.3, hundreds=R.random() < 0.2, filler=filler))
    return out


FIRST = ["james", "sarah", "mohammed", "aoife", "priya", "liam", "chloe", "darren", "niamh",
         "tomasz", "grace", "olu", "kerry", "sean", "megan", "raj", "hannah", "dave", "fatima", "conor"]
LAST = ["smith", "okafor", "byrne", "patel", "nowak", "walsh", "hughes", "reilly", "khan",
        "murphy", "jones", "garcia", "oconnor", "baker", "li", "evans", "doyle", "martin"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "icloud.com", "eircom.net",
           "btinternet.com", "live.ie", "aol.com", "protonmail.com", "sky.com", "web.de"]


def email():
    f, l = R.choice(FIRST), R.choice(LAST)
    s = R.randint(0, 5)
    if s == 0:
        u = f + "." + l
    elif s == 1:
        u = f[0] + l + str(R.randint(1, 99))
    elif s == 2:
        u = f + "_" + l
    elif s == 3:
        u = f + l[0] + str(R.randint(70, 99))
    elif s == 4:
        u = l + "." + f[0]
    else:
        u = f + "-" + l
    return u + "@" + R.choice(DOMAINS)


def typed_email(e):
    return e.upper() if R.random() < 0.1 else (e[0].upper() + e[1:] if R.random() < 0.2 else e)


def spoken_email(e):
    m = {"@": " at ", ".": " dot ", "_": " underscore ", "-": R.choice([" dash ", " hyphen "])}
    out = ""
    user, dom = e.split("@")
    # digits in user part kept as typed digits in ASR output
    for ch in user:
        out += m.get(ch, ch)
    out += " at "
    for ch in dom:
        out += m.get(ch, ch)
    return re.sub(r" +", " ", out).strip()


def dob():
    y = R.randint(1941, 2006)
    mth = R.randint(1, 12)
    d = R.randint(1, 28)
    return "%04d-%02d-%02d" % (y, mth, d), y, mth, d


ORD_WORDS = {v: k for k, v in ORD.items()}


def ordinal_word(d):
    if d in ORD_WORDS:
        return ORD_WORDS[d]
    t, u = divmod(d, 10)
    return TENS[str(t)] + " " + ORD_WORDS[u]


def year_words(y):
    a, b = divmod(y, 100)
    first = "nineteen" if a == 19 else "two thousand"
    if a == 20:
        if b == 0:
            return "two thousand"
        pre = R.choice(["two thousand and ", "twenty "])
        if b < 10:
            return pre + ("oh " if pre == "twenty " else "") + UNITS[b]
        return pre + (TEENS[b - 10] if b < 20 else TENS[str(b // 10)] + (" " + UNITS[b % 10] if b % 10 else ""))
    if b < 10:
        return first + " oh " + UNITS[b]
    if b < 20:
        return first + " " + TEENS[b - 10]
    return first + " " + TENS[str(b // 10)] + (" " + UNITS[b % 10] if b % 10 else "")


def typed_dob(y, m, d, us=False):
    s = R.randint(0, 5)
    if us:
        return R.choice(["%02d/%02d/%04d" % (m, d, y), "%d/%d/%02d" % (m, d, y % 100),
                         "%s %d, %d" % (MONTHS[m - 1].title(), d, y)])
    return ["%02d/%02d/%04d" % (d, m, y), "%d.%d.%04d" % (d, m, y),
            "%d %s %d" % (d, MONTHS[m - 1].title()[:3], y), "%02d-%02d-%04d" % (d, m, y),
            "%d%s %s %d" % (d, "th" if d in range(4, 21) else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"),
                            MONTHS[m - 1].title(), y),
            "%02d/%02d/%02d" % (d, m, y % 100)][s]


def spoken_dob(y, m, d):
    s = R.randint(0, 3)
    if s == 0:
        return "the " + ordinal_word(d) + " of " + MONTHS[m - 1] + " " + year_words(y)
    if s == 1:
        return MONTHS[m - 1] + " " + ordinal_word(d) + " " + year_words(y)
    if s == 2:
        return ordinal_word(d) + " " + MONTHS[m - 1] + " " + year_words(y)
    return say_digits("%02d" % d, zero="oh", double=False, pairs=d > 10 and d % 10 != 0) + " " + \
        say_digits("%02d" % m, zero="oh", double=False) + " " + year_words(y)


def expiry():
    return "%02d%02d" % (R.randint(1, 12), R.randint(25, 31))


def typed_expiry(e):
    return R.choice([e[:2] + "/" + e[2:], e[:2] + "/20" + e[2:], e[:2] + "-" + e[2:], e[:2] + " " + e[2:],
                     MONTHS[int(e[:2]) - 1].title()[:3] + " 20" + e[2:]])


def spoken_expiry(e):
    m, y = int(e[:2]), int(e[2:])
    yw = TENS[str(y // 10)] + (" " + UNITS[y % 10] if y % 10 else "")
    s = R.randint(0, 3)
    if s == 0:
        return MONTHS[m - 1] + " " + yw
    if s == 1:
        return say_digits(e[:2], zero="oh", double=False) + " " + yw
    if s == 2:
        return MONTHS[m - 1] + " twenty " + yw
    return say_digits(e[:2], zero=R.choice(["oh", "zero"]), double=False) + " " + say_digits(e[2:], zero="oh", double=False)


STREETS = ["Elm Grove", "Harbour Road", "Station Road", "Church Lane", "Victoria Street",
           "Mill Lane", "Kingsway", "Acacia Avenue", "Park Crescent", "Orchard Close",
           "Ormeau Road", "Pearse Street", "Leeson Street", "Maple Drive", "Oak Street",
           "Highfield Terrace", "Queens Court", "Chapel Row", "Brook Gardens", "Willow Walk"]
US_STREETS = ["W Addison St", "Maple Ave", "N Clark Street", "Pine St", "Sunset Blvd",
              "Elm Street", "Lakeview Dr", "Oak Lane", "Market Street", "Cedar Court"]
UK_TOWNS = [("London", "SW"), ("Manchester", "M"), ("Leeds", "LS"), ("Bristol", "BS"),
            ("Birmingham", "B"), ("Glasgow", "G"), ("Edinburgh", "EH"), ("Cardiff", "CF"),
            ("Belfast", "BT"), ("Nottingham", "NG"), ("Sheffield", "S"), ("Leicester", "LE")]
US_TOWNS = [("Chicago", "IL", "606"), ("Austin", "TX", "787"), ("Boston", "MA", "021"),
            ("Seattle", "WA", "981"), ("Denver", "CO", "802"), ("Atlanta", "GA", "303")]
PC_LET = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode(area):
    return area + str(R.randint(1, 28 if len(area) == 1 else 19)) + str(R.randint(0, 9)) + \
        R.choice(PC_LET) + R.choice(PC_LET)


def fmt_uk_pc(pc):
    p = pc[:-3] + " " + pc[-3:]
    return p.lower() if R.random() < 0.2 else p


def spoken_pc(pc):
    out = []
    for ch in pc[:-3] + " " + pc[-3:]:
        if ch == " ":
            continue
        if ch.isalpha():
            out.append(say_letter(ch, R.choice(["plain", "plain", "nato", "for"])))
        else:
            out.append(UNITS[int(ch)] if ch != "0" else "zero")
    return " ".join(out)


def uk_address():
    num = R.randint(1, 240)
    st = R.choice(STREETS)
    s = R.randint(0, 4)
    if s == 0:
        return "Flat %d, %d %s" % (R.randint(1, 12), num, st)
    if s == 1:
        return "%d%s %s" % (num, R.choice(["a", "b"]), st)
    if s == 2:
        return "%d %s" % (num, st.lower())
    return "%d %s" % (num, st)


def spoken_number(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[str(n // 10)] + (" " + UNITS[n % 10] if n % 10 else "")
    h, r = divmod(n, 100)
    return UNITS[h] + " hundred" + (" and " + spoken_number(r) if r else "")


# ---------------------------------------------------------------- context text
INDUSTRY = {
    "banking": ["Thanks for calling Northgate Bank, you're through to Leanne", "Hi, you're chatting with Sam from Harbour Building Society"],
    "telecom": ["Welcome to Vireo Mobile support, I'm Dan", "Hello, Skylink Broadband, Amira speaking"],
    "utilities": ["Brightwater Energy, good morning, this is Paul", "Hi you're through to Kestrel Gas and Power"],
    "retail": ["Thanks for contacting Marlow & Finch online orders", "Hi, Zest Home customer care, Chloe here"],
    "insurance": ["Covermark Insurance claims line, this is Rob", "Good afternoon, Pelican Motor Insurance"],
    "travel": ["Aerlinea reservations, how can I help", "Hello, Bluewave Holidays, Jordan speaking"],
    "healthcare": ["Riverside Medical billing office, this is Karen", "Hi, Summit Health patient accounts"],
    "government": ["Revenue and benefits helpline, you're speaking to Mark", "Vehicle licensing enquiries, this is Julie"],
}
BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah", "got that", "keep going", "ok go on"]
ASIDES = ["sorry the dog's going mad", "hang on, sorry, kids are shouting", "sorry, one sec, the doorbell",
          "bear with me I'm reading it off the card", "hold on my glasses", "sorry it's a bit faded"]


def intro():
    ind = R.choice(list(INDUSTRY))
    return ind, R.choice(INDUSTRY[ind])


def fl():
    return R.choice(["um ", "uh ", "er ", "so ", "", "", "yeah ", "erm "])


# ---------------------------------------------------------------- positive templates
def p_card_chat():
    c = card()
    e = expiry()
    cv = luhn_complete("1", 4)[1:] if len(c) == 15 else "%03d" % R.randint(1, 999)
    ind, hi = intro()
    k = Case("chat: typed card with expiry and CVV (%s)" % ind)
    k.a(hi + ". How would you like to pay today?")
    lab = R.choice(["card no: ", "Card number ", "card - ", "its ", "CC# ", "long number is "])
    k.c(lab, k.V(typed_card(c), "CARD_NUMBER", c), R.choice([" exp ", ", expiry ", " expires ", " valid thru "]),
        k.V(typed_expiry(e), "EXPIRY", e), R.choice([" cvv ", ", security code ", " cvc: ", " and the 3 digits on back "]),
        k.V(cv, "CVV", cv))
    k.a(R.choice(["Thanks, that's gone through. ", "Perfect, payment of £%d.%02d taken. " % (R.randint(5, 400), R.randint(0, 99))]),
        "Reference PAY-%d." % R.randint(100000, 999999))
    return k


def p_card_split():
    c = card()
    ind, hi = intro()
    k = Case("ASR: card read in groups across turns with back-channels, agent read-back (%s)" % ind)
    g = k.grp("CARD_NUMBER", c)
    k.a(hi.lower() + " can i take the long number on the card")
    parts = split_by(c, card_groups(c))
    zero = R.choice(["oh", "zero", "nought", "o"])
    for j, p in enumerate(parts):
        txt = say_digits(p, zero=zero, pairs=R.random() < 0.3, hundreds=R.random() < 0.15,
                         filler=0.15)
        lead = fl() if j == 0 else R.choice(["", "then ", "and ", "", "uh "])
        if j == 0:
            k.c(lead + "yeah it's ", k.P(txt, g))
        else:
            k.c(lead, k.P(txt, g))
        if j < len(parts) - 1:
            k.a(R.choice(BACKCH))
    if R.random() < 0.7:
        k.a("let me read that back ", k.V(say_digits(c, zero="zero", double=False), "CARD_NUMBER", c), " is that right")
        k.c(R.choice(["yes", "yep that's it", "correct"]))
    else:
        k.a("lovely thank you and the expiry date")
    return k


def p_card_asr_full():
    c = card()
    k = Case("ASR: full card in one breath with pairs, doubles, hundreds and fillers")
    ind, hi = intro()
    k.a(hi.lower() + " and what card are you paying with")
    txt = " ".join(say_groups(c, card_groups(c), zero=R.choice(["oh", "zero", "o", "nought"]),
                              pairs=True, hundreds=True, filler=0.12))
    k.c(fl() + R.choice(["it's a visa ", "debit card ", "the number's ", "right ok "]), k.V(txt, "CARD_NUMBER", c))
    e = expiry()
    k.a("and the expiry")
    k.c(k.V(spoken_expiry(e), "EXPIRY", e))
    if R.random() < 0.6:
        cv = "%03d" % R.randint(0, 999)
        k.a("and the three digit security code on the back")
        k.c(R.choice(["", "it's ", "uh "]), k.V(say_digits(cv, zero=R.choice(["oh", "zero"])), "CVV", cv))
    return k


def p_card_restart():
    c = card()
    k = Case("ASR: card reading abandoned and restarted; aside inside reading")
    k.a("go ahead with the card number when you're ready")
    frag = c[:R.randint(3, 6)]
    wrong = frag[:-1] + str((int(frag[-1]) + 3) % 10)
    k.c(k.X(say_digits(wrong, zero="oh"), "CARD_NUMBER"), R.choice([" no sorry wait that's wrong, start again, ",
                                                                   " hang on no, let me start over. ",
                                                                   " sorry scratch that. "]),
        k.V(" ".join(say_groups(c, card_groups(c), zero="oh", pairs=R.random() < 0.5)), "CARD_NUMBER", c))
    k.a(R.choice(["thanks", "got it", "okay that's validated"]))
    return k


def p_card_aside():
    c = card()
    k = Case("ASR: card split by an aside in the middle of the reading")
    g = k.grp("CARD_NUMBER", c)
    parts = split_by(c, card_groups(c))
    h = len(parts) // 2
    a1 = " ".join(say_digits(p, zero="oh") for p in parts[:h])
    a2 = " ".join(say_digits(p, zero="oh", pairs=True) for p in parts[h:])
    k.a("card number please")
    k.c(k.P(a1, g), " " + R.choice(ASIDES) + " ", k.P(a2, g))
    k.a("thank you, and the name on the card")
    k.c("mr " + R.choice(LAST))
    return k


def p_card_email():
    c = card()
    k = Case("e-mail: customer types card into message body against advice")
    k.c("Hi,\nI want to pay my overdue bill. ", R.choice(["My card is ", "Card: ", "use this card "]),
        k.V(typed_card(c), "CARD_NUMBER", c), " and you can ring me on ",
        *(lambda p: [k.V(typed_phone(*p), "PHONE", p[0].replace(" ", ""))])(phone()),
        ".\nThanks\n" + R.choice(FIRST).title())
    k.a("Thank you for your message. For your security please do not send card details by e-mail; we have removed them. Ticket #%d" % R.randint(1000000, 9999999))
    return k


def p_ssn_typed():
    s = ssn()
    k = Case("chat: US SSN typed with label")
    k.a(R.choice(["To verify, please provide your Social Security number.", "I'll need your SSN to open the claim."]))
    k.c(R.choice(["ssn: ", "SSN is ", "social ", "its ", "Sure - "]), k.V(typed_ssn(s), "SSN", s),
        R.choice(["", " thx", ". dob is "]))
    if k.turns[-1][1][-1] == ". dob is ":
        v, y, m, d = dob()
        k.turns[-1] = ("customer", k.turns[-1][1] + (k.V(typed_dob(y, m, d, us=True), "DOB", v),))
    return k


def p_ssn_spoken():
    s = ssn()
    k = Case("ASR: SSN read 3-2-4 across turns, agent reads back")
    g = k.grp("SSN", s)
    k.a("and can i get your social security number")
    k.c(fl() + "sure ", k.P(say_digits(s[:3], zero="oh", hundreds=True), g))
    k.a(R.choice(BACKCH))
    k.c(k.P(say_digits(s[3:5], zero="oh", pairs=True), g))
    k.a(R.choice(BACKCH))
    k.c(k.P(say_digits(s[5:], zero="oh", pairs=True, filler=0.2), g))
    if R.random() < 0.6:
        k.a("so that's ", k.V(say_digits(s, zero="zero", double=False), "SSN", s), " correct")
        k.c("yes ma'am")
    return k


def p_ssn_oneline():
    s = ssn()
    k = Case("ASR: SSN in one turn with hesitation, US healthcare/government")
    k.a(R.choice(["patient accounts can i have the subscriber's social", "for the benefits claim i need the social security number"]))
    k.c(R.choice(["ok it's ", "uh hold on it's ", "my social is "]),
        k.V(say_digits(s, zero=R.choice(["zero", "oh"]), filler=0.15, pairs=R.random() < 0.4), "SSN", s))
    k.a("thank you and your zip code")
    z = "%s%02d" % (R.choice(US_TOWNS)[2], R.randint(0, 99))
    k.c(k.V(say_digits(z, zero="zero"), "POSTCODE", z))
    return k


def p_ni_typed():
    v = ni()
    k = Case("chat: UK National Insurance number typed")
    k.a(R.choice(["Can you confirm your NI number please?", "What's your national insurance number?"]))
    k.c(R.choice(["NI: ", "ni no. ", "It's ", "NINO ", ""]), k.V(typed_ni(v), "NI_NUMBER", v),
        R.choice(["", " :)", " thanks", ". I've moved house recently"]))
    return k


def p_ni_spoken():
    v = ni()
    k = Case("ASR: NI number spoken with letters spelled, agent read back")
    a, d, b = spoken_ni(v, filler=0.1)
    k.a("and your national insurance number please")
    k.c(fl(), k.V(a + " " + d + " " + b, "NI_NUMBER", v))
    if R.random() < 0.5:
        k.a("thanks so that's ", k.V(" ".join(v[:2].lower()) + " " + say_digits(v[2:8], zero="zero", double=False) + " " + v[8].lower(), "NI_NUMBER", v))
        k.c("that's right")
    return k


def p_ni_split():
    v = ni()
    k = Case("ASR: NI number spread over customer turns")
    g = k.grp("NI_NUMBER", v)
    a, d, b = spoken_ni(v)
    k.a("national insurance number")
    k.c("it starts ", k.P(a, g))
    k.a(R.choice(BACKCH))
    dd = d.split(" ")
    h = len(dd) // 2
    # split only between complete words of a group-safe reading
    d1 = say_digits(v[2:5], zero="zero", double=False)
    d2 = say_digits(v[5:8], zero="zero", double=False)
    k.c(k.P(d1, g))
    k.a(R.choice(BACKCH))
    k.c(k.P(d2, g), " and then ", k.P(b, g), " at the end")
    return k


def p_bank_typed():
    sc, ac = sort_code(), bank_acct()
    k = Case("chat: UK sort code and account number typed with labels")
    k.a("Which account should the refund go to?")
    f = R.randint(0, 2)
    scs = [sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]][f]
    k.c(R.choice(["s/c ", "sort code: ", "Sort ", "sc "]), k.V(scs, "SORT_CODE", sc),
        R.choice([" acct no: ", ", a/c ", " account ", " acc# "]), k.V(ac, "BANK_ACCOUNT", ac))
    k.a("Thanks, refund of £%d.%02d will arrive in 3-5 working days." % (R.randint(10, 300), R.randint(0, 99)))
    return k


def p_bank_spoken():
    sc, ac = sort_code(), bank_acct()
    k = Case("ASR: sort code as pairs and account number with doubles; read-back")
    k.a("what's the sort code")
    sc_txt = " ".join(say_digits(sc[i:i + 2], zero="oh", pairs=True, double=True) for i in (0, 2, 4))
    k.c(fl(), k.V(sc_txt, "SORT_CODE", sc))
    k.a("and the account number")
    g = k.grp("BANK_ACCOUNT", ac)
    k.c(k.P(say_digits(ac[:4], zero="oh", filler=0.2), g))
    k.a(R.choice(BACKCH))
    k.c(k.P(say_digits(ac[4:], zero="oh", pairs=R.random() < 0.5), g))
    if R.random() < 0.5:
        k.a("so sort code ", k.V(" ".join(sc[i:i + 2] for i in (0, 2, 4)), "SORT_CODE", sc),
            " account ", k.V(ac, "BANK_ACCOUNT", ac))
    return k


def p_us_bank():
    ac = bank_acct(us=True)
    rt = R.choice(["021000021", "111000025", "026009593"])
    k = Case("US: checking account for ACH with routing number (routing not labelled)")
    k.a("for autopay I need your routing and account numbers")
    k.c("routing is %s and checking account " % rt, k.V(ac if R.random() < 0.5 else say_digits(ac, zero="zero"), "BANK_ACCOUNT", ac))
    k.a("Great, autopay starts on the %s." % R.choice(["1st", "15th", "20th"]))
    return k


def p_iban_typed():
    v = iban()
    k = Case("chat/e-mail: IBAN typed for a refund or transfer (%s)" % v[:2])
    k.a(R.choice(["Please send your IBAN for the refund.", "Where should we send the deposit back?"]))
    k.c(R.choice(["IBAN: ", "iban ", "my iban is ", "Here you go "]), k.V(typed_iban(v), "IBAN", v),
        R.choice(["", " BIC " + R.choice(["AIBKIE2D", "NWBKGB2L", "DEUTDEFF"]), " (joint account)"]))
    return k


def p_iban_spoken():
    v = iban()
    k = Case("ASR: IBAN read in blocks over several turns")
    g = k.grp("IBAN", v)
    parts = spoken_iban_parts(v)
    k.a("can you read me the iban")
    chunks = [parts[i:i + 2] for i in range(0, len(parts), 2)]
    for j, ch in enumerate(chunks):
        k.c(("ok so " if j == 0 else ""), k.P(" ".join(ch), g))
        if j < len(chunks) - 1:
            k.a(R.choice(BACKCH))
    k.a("thanks i've got that")
    return k


def p_phone_typed():
    v, gr = phone()
    k = Case("chat: phone number typed")
    k.a(R.choice(["What's the best number to reach you on?", "Can I take a contact number?"]))
    k.c(R.choice(["", "mob: ", "call me on ", "tel ", "it's "]), k.V(typed_phone(v, gr), "PHONE", v),
        R.choice(["", " after 5pm", " (work)", " pls"]))
    return k


def p_phone_spoken():
    v, gr = phone()
    k = Case("ASR: phone number with doubles/oh; agent read-back")
    g = k.grp("PHONE", v)
    parts = spoken_phone(v, gr, filler=0.1)
    k.a("and a good contact number")
    if R.random() < 0.5:
        k.c(fl() + "it's ", k.P(" ".join(parts), g))
    else:
        k.c(fl() + "it's ", k.P(" ".join(parts[:2]), g))
        k.a(R.choice(BACKCH))
        k.c(k.P(" ".join(parts[2:]) if len(parts) > 2 else say_digits("", zero="oh"), g))
        if not k.turns[-1][1][0][0]:
            k.turns.pop()
    if R.random() < 0.6:
        k.a("lovely so ", k.V(" ".join(spoken_phone(v, gr)), "PHONE", v))
        k.c("yeah")
    return k


def p_email_typed():
    e = email()
    k = Case("chat: e-mail address typed")
    k.a("What email should we send the confirmation to?")
    k.c(R.choice(["", "email: ", "it's ", "send to "]), k.V(typed_email(e), "EMAIL", e.lower()),
        R.choice(["", " please", " thanks!"]))
    return k


def p_email_spoken():
    e = email()
    k = Case("ASR: e-mail spelled out with dot/at/underscore, read back")
    k.a("can i take an email address")
    k.c(fl() + "yeah it's ", k.V(spoken_email(e), "EMAIL", e))
    if R.random() < 0.5:
        k.a("so ", k.V(spoken_email(e), "EMAIL", e), " yeah")
        k.c("that's it")
    return k


def p_dob():
    v, y, m, d = dob()
    k = Case("ID&V: date of birth (typed or spoken), last four of card not PII")
    ind, hi = intro()
    k.a(hi + ". can i take your date of birth")
    if R.random() < 0.5:
        k.c(R.choice(["", "dob ", "born "]), k.V(typed_dob(y, m, d), "DOB", v))
    else:
        k.c(fl() + "it's ", k.V(spoken_dob(y, m, d), "DOB", v))
    k.a("and the last four digits of the card on the account")
    k.c("%s" % say_digits("%04d" % R.randint(0, 9999), zero="oh"))
    k.a("thank you you're verified")
    return k


def p_addr_uk():
    town, area = R.choice(UK_TOWNS)
    pc = uk_postcode(area)
    ad = uk_address()
    k = Case("chat: UK address with postcode; town not labelled")
    k.a("Can you confirm the delivery address?")
    k.c(k.V(ad, "ADDRESS", ad), ", " + town + ", ", k.V(fmt_uk_pc(pc), "POSTCODE", pc))
    k.a("Thanks, your parcel is booked for Thursday between 7am and 1pm.")
    return k


def p_addr_spoken():
    town, area = R.choice(UK_TOWNS)
    pc = uk_postcode(area)
    num = R.randint(2, 199)
    st = R.choice(STREETS).lower()
    k = Case("ASR: address spoken with number in words and postcode spelled")
    k.a("what's the first line of the address and postcode")
    flat = R.random() < 0.3
    adt = ("flat " + spoken_number(R.randint(1, 9)) + R.choice([", ", " "]) if flat else "") + spoken_number(num) + " " + st
    k.c(fl(), k.V(adt, "ADDRESS", adt), " in " + town.lower() + " and the postcode is ",
        k.V(spoken_pc(pc), "POSTCODE", pc))
    k.a(R.choice(["thanks", "and is that the billing address too"]))
    return k


def p_addr_us():
    town, st_, z3 = R.choice(US_TOWNS)
    z = z3 + "%02d" % R.randint(1, 99)
    if R.random() < 0.3:
        z += "%04d" % R.randint(1, 9999)
    ad = "%d %s" % (R.randint(10, 9999), R.choice(US_STREETS))
    if R.random() < 0.3:
        ad += R.choice([", Apt 4B", " #12", ", Unit 3"])
    k = Case("US: street address and ZIP typed")
    k.a("What's the service address?")
    k.c(k.V(ad, "ADDRESS", ad), ", " + town + ", " + st_ + " ",
        k.V(z if len(z) == 5 else z[:5] + "-" + z[5:], "POSTCODE", z))
    return k


def p_multi_email():
    k = Case("e-mail: long complaint with several identifiers")
    e = email()
    v, y, m, d = dob()
    ni_v = ni()
    town, area = R.choice(UK_TOWNS)
    pc = uk_postcode(area)
    ad = uk_address()
    k.c("Subject: complaint re account %d\n\nDear Sir/Madam,\nI have been waiting %d weeks for a response. My details: name %s %s, DOB "
        % (R.randint(10000000, 99999999), R.randint(2, 9), R.choice(FIRST).title(), R.choice(LAST).title()),
        k.V(typed_dob(y, m, d), "DOB", v), ", NI ", k.V(typed_ni(ni_v), "NI_NUMBER", ni_v),
        ", address ", k.V(ad, "ADDRESS", ad), ", " + town + " ", k.V(fmt_uk_pc(pc), "POSTCODE", pc),
        ". Reply to ", k.V(e, "EMAIL", e), " not my old address.\nRegards")
    return k


def p_irish():
    v, gr = phone()
    ib = make_iban("IE", R.choice(["AIBK", "BOFI"]) + "".join(str(R.randint(0, 9)) for _ in range(14)))
    k = Case("Ireland utilities: mobile spoken and IBAN typed for direct debit")
    k.a("grand, and the mobile number for the account")
    k.c(k.V(" ".join(spoken_phone(v, gr)), "PHONE", v))
    k.a("and for the direct debit, the IBAN")
    k.c(k.V(typed_iban(ib), "IBAN", ib), " " + R.choice(["", "thanks a million", "it's in my name"]))
    return k


def p_expiry_cvv_spoken():
    c = card()
    e = expiry()
    cv = "%03d" % R.randint(0, 999)
    k = Case("ASR: card then expiry and CVV in separate turns, with 'no wait' correction on expiry")
    k.a("card number")
    k.c(k.V(" ".join(say_groups(c, card_groups(c), zero="oh")), "CARD_NUMBER", c))
    k.a("expiry date")
    bad = "%02d%02d" % ((int(e[:2]) % 12) + 1, int(e[2:]))
    k.c(k.X(spoken_expiry(bad), "EXPIRY"), " no wait ", k.V(spoken_expiry(e), "EXPIRY", e))
    k.a("and the cvv")
    k.c(k.V(say_digits(cv, zero="oh", hundreds=True), "CVV", cv))
    k.a("thank you, and that's the card ending ", k.X(c[-4:], "CARD_NUMBER"), " yes")
    return k


POS_TEMPLATES = [
    (p_card_chat, 4), (p_card_split, 4), (p_card_asr_full, 3), (p_card_restart, 2), (p_card_aside, 2),
    (p_card_email, 2), (p_expiry_cvv_spoken, 2), (p_ssn_typed, 2), (p_ssn_spoken, 2), (p_ssn_oneline, 1),
    (p_ni_typed, 2), (p_ni_spoken, 2), (p_ni_split, 1), (p_bank_typed, 2), (p_bank_spoken, 2),
    (p_us_bank, 1), (p_iban_typed, 2), (p_iban_spoken, 1), (p_phone_typed, 2), (p_phone_spoken, 2),
    (p_email_typed, 1), (p_email_spoken, 1), (p_dob, 2), (p_addr_uk, 2), (p_addr_spoken, 2),
    (p_addr_us, 1), (p_multi_email, 1), (p_irish, 1),
]


# ---------------------------------------------------------------- negative templates
def n_long_order():
    num = luhn_complete("4", 16) if R.random() < 0.5 else "".join(str(R.randint(0, 9)) for _ in range(16))
    lab = R.choice(["Order number", "order #", "Tracking no.", "Parcel ref", "Consignment number"])
    k = Case("negative: 16-digit labelled order/tracking number (may even pass Luhn)")
    k.c("Hi, my %s %s still hasn't arrived, it's been %d days." % (lab, num, R.randint(4, 20)))
    k.a("Sorry about that, I can see it left the depot at %d:%02d this morning." % (R.randint(5, 11), R.randint(0, 59)))
    return k


def n_spoken_ref():
    ref = "".join(str(R.randint(0, 9)) for _ in range(R.choice([12, 14, 16])))
    lab = R.choice(["reference number", "claim reference", "booking reference", "ticket number", "case number"])
    k = Case("negative: long reference read out like a card number but labelled")
    k.a("have you got the %s handy" % lab)
    k.c("yeah the %s is %s" % (lab, " ".join(x for x in say_groups(ref, [4, 4, 4, 4], zero="oh", pairs=True) if x)))
    k.a("brilliant i've pulled up the %s" % lab.split()[0])
    return k


def n_balance():
    k = Case("negative: balances, amounts and percentages")
    k.a("Your current balance is £%s.%02d and the minimum payment is £%d.00." % (
        "{:,}".format(R.randint(100, 9999)), R.randint(0, 99), R.randint(5, 150)))
    k.c("and what's the interest rate on that")
    k.a("it's %d.%d percent APR, going up to %d.9%% from the %s of next month" % (
        R.randint(9, 29), R.randint(0, 9), R.randint(20, 35), R.choice(["1st", "15th", "third"])))
    return k


def n_spoken_amount():
    a = R.randint(100, 9999)
    k = Case("negative: amounts in words with hundreds")
    k.c("they charged me %s pounds %s and it should have been %s" % (
        spoken_number(a % 1000), spoken_number(R.randint(1, 99)), spoken_number(R.randint(20, 999))))
    k.a("i can see the %s pound charge, i'll refund the difference within %d working days" % (spoken_number(a % 1000), R.randint(3, 10)))
    return k


def n_hours():
    k = Case("negative: opening hours, times and durations")
    k.c("what time are you open till? I've been on hold %d minutes" % R.randint(10, 70))
    k.a("We're open %d till %d Monday to Friday, and %d:30 to %d on Saturdays. Average wait is about %d minutes." % (
        R.randint(7, 9), R.randint(5, 8), R.randint(8, 10), R.randint(1, 5), R.randint(2, 30)))
    return k


def n_meter():
    k = Case("negative: meter readings and serial numbers")
    k.a("can you give me the meter reading")
    r1 = "%05d" % R.randint(0, 99999)
    k.c("the day one is %s and the night is %s, meter serial %s%d" % (
        say_digits(r1, zero="oh", pairs=True), "%05d" % R.randint(0, 99999), R.choice(["E", "G", "K"]) + "1" + R.choice("ABC"), R.randint(10000000, 99999999)))
    k.a("thanks that's logged against today's date")
    return k


def n_flight():
    k = Case("negative: flight, gate, seat and booking details")
    k.c("I'm on flight %s%d on the %d%s, seat %d%s, booking ref %s" % (
        R.choice(["BA", "EI", "FR", "UA", "LH"]), R.randint(100, 9999), R.randint(1, 28), "th", R.randint(1, 40), R.choice("ABCDEF"),
        "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
    k.a("Thanks. Boarding is from gate %d at %d:%02d, the flight is %d hours %d minutes." % (
        R.randint(1, 60), R.randint(6, 21), R.choice([0, 15, 30, 45]), R.randint(1, 9), R.randint(5, 55)))
    return k


def n_last4():
    l4 = "%04d" % R.randint(0, 9999)
    k = Case("negative: card last-four mentions only (PCI allows)")
    if R.random() < 0.5:
        k.a("is that the card ending in %s" % l4)
        k.c("yes the one ending %s" % say_digits(l4, zero="oh"))
    else:
        k.c("the payment on my card ending %s was taken twice" % l4)
        k.a("I can see two payments on the card ending %s, I'll reverse one." % l4)
    return k


def n_policy():
    k = Case("negative: policy/claim/invoice numbers with labels")
    k.c("policy number %s, claim no %s, invoice INV-%d-%06d" % (
        "".join(R.choice("ABCDEFGHJKLMNPQRSTWXYZ") for _ in range(2)) + str(R.randint(10000000, 99999999)),
        "C-%03d-%03d-%03d" % (R.randint(0, 999), R.randint(0, 999), R.randint(0, 999)), R.randint(2019, 2025), R.randint(0, 999999)))
    k.a("Thanks, I've found the claim. It was opened on %02d/%02d/%d." % (R.randint(1, 28), R.randint(1, 12), R.randint(2021, 2025)))
    return k


def n_contract():
    k = Case("negative: contract/payment dates that look like expiry or DOB")
    k.a("Your contract ends %02d/%02d and your next payment is due %02d/%02d/%d." % (
        R.randint(1, 12), R.randint(25, 30), R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2026)))
    k.c("ok and the appointment on the %s of %s at %d thirty still stands?" % (
        ordinal_word(R.randint(1, 28)), R.choice(MONTHS), R.randint(1, 11)))
    k.a("yes, the engineer will arrive between %d and %d." % (R.randint(8, 11), R.randint(12, 17)))
    return k


def n_roads():
    k = Case("negative: road names and directions without house numbers")
    k.c("the shop on %s near the %s roundabout, off junction %d of the %s" % (
        R.choice(["the high street", "Station Road", "Main Street", "Oxford Road"]), R.choice(["A406", "N11", "A34", "B4101"]),
        R.randint(1, 30), R.choice(["M25", "M6", "M50", "I-95"])))
    k.a("That branch is open till %d pm." % R.randint(5, 9))
    return k


def n_counts():
    k = Case("negative: ages, counts, temperatures, years")
    k.c("my mum's %d and she's been a customer since %d, the heating's been at %d degrees and we've had %d outages" % (
        R.randint(60, 95), R.randint(1980, 2015), R.randint(14, 24), R.randint(2, 9)))
    k.a("I'm sorry to hear that. We've had %d,%03d customers affected in the area." % (R.randint(1, 40), R.randint(0, 999)))
    return k


def n_serial():
    k = Case("negative: device serial/IMEI-like and model numbers with labels")
    k.c("the router serial is %s and model %s-%d, the IMEI on the phone box says %s" % (
        "SN" + str(R.randint(10 ** 11, 10 ** 12 - 1)), R.choice(["HX", "VR", "TP"]), R.randint(100, 9999),
        "".join(str(R.randint(0, 9)) for _ in range(15))))
    k.a("thanks, i'll run a line test, takes about %d minutes" % R.randint(2, 15))
    return k


def n_promo():
    code = "".join(str(R.randint(0, 9)) for _ in range(R.choice([8, 10, 12])))
    k = Case("negative: promo/voucher code spoken in digit groups")
    k.c("i've got a voucher code, it's %s" % say_digits(code, zero="oh", pairs=True))
    k.a("that's applied %d percent off, new total %s pounds %d" % (R.randint(5, 30), spoken_number(R.randint(10, 500)), R.randint(1, 99)))
    return k


def n_room():
    k = Case("negative: hotel room, floor, and booking numbers")
    k.c("We're in room %d on floor %d, reservation %d, checking out at %d am" % (
        R.randint(100, 2400), R.randint(1, 24), R.randint(1000000, 99999999), R.randint(10, 12)))
    k.a("No problem, late checkout is £%d." % R.randint(15, 60))
    return k


def n_ticket():
    k = Case("negative: support ticket and sort-code-like reference numbers")
    tk = "%06d" % R.randint(0, 999999)
    k.a("Your ticket number is %s and the fault reference is %02d-%02d-%02d." % (
        tk, R.randint(10, 99), R.randint(10, 99), R.randint(10, 99)))
    k.c("ok ticket %s, thanks" % say_digits(tk, zero="oh"))
    return k


def n_usage():
    k = Case("negative: data usage, tariff and bill amounts")
    k.a("You've used %d.%d GB of your %d GB allowance, and the bill was $%d.%02d for %d lines." % (
        R.randint(1, 99), R.randint(0, 9), R.choice([10, 50, 100]), R.randint(20, 300), R.randint(0, 99), R.randint(1, 5)))
    k.c("ok and the %d cent per minute roaming charge?" % R.randint(5, 90))
    return k


def n_nhs_like_ref():
    k = Case("negative: healthcare billing account and invoice numbers with labels")
    k.c("I got a bill, statement number %d, patient account %s, amount due $%s" % (
        R.randint(10 ** 9, 10 ** 10 - 1), "PA-%d" % R.randint(100000, 999999), "{:,}.{:02d}".format(R.randint(50, 5000), R.randint(0, 99))))
    k.a("Thanks, that statement from %s %d has a balance of $%d." % (R.choice(MONTHS).title(), R.randint(2022, 2025), R.randint(10, 900)))
    return k


def n_gov():
    k = Case("negative: government service reference and vehicle details")
    k.c("my application reference is %d and vehicle reg is on the letter, tax costs £%d a year" % (
        R.randint(10 ** 10, 10 ** 11 - 1), R.randint(20, 600)))
    k.a("Processing takes up to %d weeks; your application was received on %d %s." % (R.randint(2, 12), R.randint(1, 28), R.choice(MONTHS).title()))
    return k


NEG_TEMPLATES = [n_long_order, n_spoken_ref, n_balance, n_spoken_amount, n_hours, n_meter, n_flight,
                 n_last4, n_policy, n_contract, n_roads, n_counts, n_serial, n_promo, n_room, n_ticket,
                 n_usage, n_nhs_like_ref, n_gov]


# ---------------------------------------------------------------- build & check
def build():
    pos = []
    sched = [f for f, w in POS_TEMPLATES for _ in range(w)]
    while True:
        R.shuffle(sched)
        for f in sched:
            pos.append(f())
        cnt = Counter(s["type"] for k in pos for s in k.render()[1])
        if len(pos) >= 200 and cnt["CARD_NUMBER"] >= 70 and cnt["SSN"] >= 30 and cnt["NI_NUMBER"] >= 30 and \
                all(cnt[t] >= 10 for t in TYPES):
            break
    neg = []
    while len(neg) < 110:
        order = NEG_TEMPLATES[:]
        R.shuffle(order)
        for f in order:
            if len(neg) < 110:
                neg.append(f())
    return pos, neg


def serialise(pos, neg):
    lines, errors = [], []
    for kind, lst, tag in (("positive", pos, "pos"), ("negative", neg, "neg")):
        for i, k in enumerate(lst, 1):
            turns, spans, pieces = k.render()
            cid = "h495-%s-%03d" % (tag, i)
            for gid, texts in pieces.items():
                typ, canon = k.groups[gid]
                if canon is None:
                    continue
                if not validate_canon(typ, canon):
                    errors.append("%s: canonical %s %r invalid" % (cid, typ, canon))
                err = check_piece_text(typ, " ".join(texts), canon)
                if err:
                    errors.append("%s: %s" % (cid, err))
            rec = {"id": cid, "kind": kind, "turns": turns, "spans": spans, "note": k.note}
            lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(lines) + "\n", errors


def structural_check(text):
    errs = []
    ids = set()
    cnt = Counter()
    npos = nneg = 0
    for ln in text.splitlines():
        r = json.loads(ln)
        if r["id"] in ids:
            errs.append("dup id " + r["id"])
        ids.add(r["id"])
        if r["kind"] == "positive":
            npos += 1
            if not r["spans"]:
                errs.append(r["id"] + ": positive without spans")
        else:
            nneg += 1
            if r["spans"]:
                errs.append(r["id"] + ": negative with spans")
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(r["id"] + ": bad speaker")
        by_turn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append(r["id"] + ": bad type")
            tx = r["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(tx)):
                errs.append(r["id"] + ": offsets out of range")
                continue
            first_ok = tx[st].isalnum() or (s["type"] == "PHONE" and tx[st] in "+(")
            if not (first_ok and tx[en - 1].isalnum()):
                errs.append("%s: span %r not trimmed to alnum" % (r["id"], tx[st:en]))
            if (st > 0 and tx[st - 1].isalnum()) or (en < len(tx) and tx[en].isalnum()):
                errs.append("%s: span %r not on word boundary" % (r["id"], tx[st:en]))
            by_turn.setdefault(s["turn"], []).append((st, en))
            cnt[s["type"]] += 1
        for lst in by_turn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append(r["id"] + ": overlapping spans")
    return errs, cnt, npos, nneg


def main():
    pos, neg = build()
    text, errors = serialise(pos, neg)
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            old = f.read()
        if old != text:
            errors.append("cases.jsonl is not byte-identical to regenerated output")
        errs, cnt, npos, nneg = structural_check(old)
        errors += errs
        if npos < 200 or nneg < 100:
            errors.append("too few cases")
        mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in TYPES:
            if cnt[t] < mins.get(t, 10):
                errors.append("too few %s spans: %d" % (t, cnt[t]))
        for e in errors[:50]:
            print("ERROR", e)
        print("positives=%d negatives=%d spans=%s" % (npos, nneg, dict(sorted(cnt.items()))))
        if errors:
            print("CHECK FAILED (%d errors)" % len(errors))
            sys.exit(1)
        print("CHECK OK")
        return
    if errors:
        for e in errors[:50]:
            print("ERROR", e)
        sys.exit(1)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    errs, cnt, npos, nneg = structural_check(text)
    print("wrote %s: positives=%d negatives=%d" % (OUT, npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for e in errs[:30]:
        print("STRUCT", e)


if __name__ == "__main__":
    main()

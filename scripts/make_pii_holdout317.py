#!/usr/bin/env python3
"""Generate the held-out PII redaction set h317 (UK/IE emphasis).

Written by an independent author (AI helper) who did not see the redaction code.
Usage:
    python scripts/make_pii_holdout317.py          # write fixture + README
    python scripts/make_pii_holdout317.py --check  # regenerate, verify, validate
Standard library only.
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 317241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout317")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
ALT_WORD = {"b": "bertie", "c": "charlie", "d": "david", "s": "sugar", "m": "mother",
            "p": "peter", "n": "nancy", "t": "tommy", "h": "harry", "j": "john",
            "k": "king", "r": "robert", "e": "edward", "a": "apple", "w": "william",
            "y": "yellow", "z": "zebra", "l": "london", "g": "george", "x": "xmas"}
HOMO = {"b": "bee", "c": "see", "j": "jay", "k": "kay", "q": "queue", "r": "are",
        "t": "tea", "y": "why", "z": "zed", "p": "pee", "h": "aitch", "x": "ex"}


def zero_word(rng, style=None):
    return style or rng.choice(["zero", "oh", "oh", "o", "nought"])


def pair_words(p, rng, zw):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zw + " " + (zw if b == 0 else DIG[b])
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + DIG[b]


def say_digits(s, rng, pairs=False, doubles=True, zw=None):
    """Render a digit string as an ASR would write it."""
    zw = zw or zero_word(rng)
    out = []
    if pairs and len(s) % 2 == 0:
        for i in range(0, len(s), 2):
            out.append(pair_words(s[i:i + 2], rng, zw))
        return " ".join(out)
    i = 0
    while i < len(s):
        d = s[i]
        w = zw if d == "0" else DIG[int(d)]
        if doubles and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and rng.random() < 0.6:
            out.append("triple " + w)
            i += 3
            continue
        if doubles and i + 1 < len(s) and s[i + 1] == d and rng.random() < 0.6:
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def say_groups(s, sizes, rng, pairs=False, sep=" ", zw=None):
    zw = zw or zero_word(rng)
    parts, i = [], 0
    for n in sizes:
        parts.append(say_digits(s[i:i + n], rng, pairs=pairs, zw=zw))
        i += n
    return sep.join(parts)


def say_letter(c, rng, mode=None):
    c = c.lower()
    mode = mode or rng.choice(["plain", "plain", "nato", "alt", "homo"])
    if c == "w":
        return "w for " + rng.choice(["whiskey", "william"])
    if mode == "nato":
        return c + " for " + NATO[c]
    if mode == "alt" and c in ALT_WORD:
        return c + " for " + ALT_WORD[c]
    if mode == "homo" and c in HOMO:
        return HOMO[c]
    return c


def say_alnum(s, rng, mode=None, pairs=False):
    """Letters and digits, letters per say_letter, digit runs per say_digits."""
    out = []
    for m in re.finditer(r"[A-Za-z]|\d+", s):
        t = m.group(0)
        if t.isdigit():
            out.append(say_digits(t, rng, pairs=pairs and len(t) % 2 == 0))
        else:
            out.append(say_letter(t, rng, mode))
    return " ".join(out)


# ---------------------------------------------------------------- normaliser
W2D = {w: str(i) for i, w in enumerate(DIG)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
T2D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENW = {v: k for k, v in TENS.items()}
LETTER_WORDS = {v: k for k, v in HOMO.items()}
FILLER = {"um", "uh", "er", "erm", "ah", "like", "sorry", "yeah", "its", "it's", "is",
          "that's", "the", "number", "then", "and"}


def normalise(text, email=False):
    toks = re.findall(r"[A-Za-z0-9@._+'-]+|[@.]", text)
    toks = [t.strip("'") for t in toks]
    out = []
    i = 0
    low = [t.lower().rstrip(".,") if not email else t.lower() for t in toks]
    while i < len(low):
        t = low[i]
        nxt = low[i + 1] if i + 1 < len(low) else None
        if email:
            if t == "dot":
                out.append("."); i += 1; continue
            if t == "at":
                out.append("@"); i += 1; continue
            if t == "underscore":
                out.append("_"); i += 1; continue
            if t in ("dash", "hyphen"):
                out.append("-"); i += 1; continue
        if t in ("double", "triple") and nxt is not None:
            n = 2 if t == "double" else 3
            sub = W2D.get(nxt) or (nxt if len(nxt) == 1 and nxt.isalpha() else None)
            if sub is not None:
                out.append(sub * n); i += 2; continue
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(low):
            out.append(t); i += 3; continue
        if t in T2D:
            out.append(T2D[t]); i += 1; continue
        if t in TENW:
            if nxt in W2D and W2D[nxt] != "0" and nxt not in ("oh", "o", "nought", "nil", "zero"):
                out.append(str(TENW[t]) + W2D[nxt]); i += 2; continue
            out.append(str(TENW[t]) + "0"); i += 1; continue
        if t in W2D and not (email and t == "o"):
            out.append(W2D[t]); i += 1; continue
        if t in LETTER_WORDS and not email:
            out.append(LETTER_WORDS[t]); i += 1; continue
        if t in FILLER and not email:
            i += 1; continue
        if t == "plus":
            out.append("+"); i += 1; continue
        out.append(t)
        i += 1
    s = "".join(out)
    if email:
        return s
    return re.sub(r"[^A-Za-z0-9]", "", s).upper()


def luhn_ok(s):
    if not s.isdigit():
        return False
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
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


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
EIR_RE = re.compile(r"[A-Z]\d[\dW][A-Z\d]{4}")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def validate(typ, canon, spoken_norm, mode):
    """Return error string or None. canon is the canonical value."""
    if mode == "full":
        if typ in ("EMAIL",):
            if spoken_norm.lower() != canon.lower():
                return "email mismatch %r vs %r" % (spoken_norm, canon)
        elif typ == "PHONE":
            # 00 and + are the same international prefix
            if re.sub(r"^00", "", spoken_norm) != re.sub(r"^00", "", re.sub(r"\D", "", canon)):
                return "normalised %r != canonical %r" % (spoken_norm, canon)
        elif typ not in ("DOB", "EXPIRY", "ADDRESS"):
            if spoken_norm != re.sub(r"[^A-Za-z0-9]", "", canon).upper():
                return "normalised %r != canonical %r" % (spoken_norm, canon)
    else:  # partial: must be a contiguous piece of the canonical value
        c = re.sub(r"[^A-Za-z0-9]", "", canon).upper()
        if not spoken_norm or spoken_norm not in c:
            return "partial %r not in %r" % (spoken_norm, c)
    c = re.sub(r"[^A-Za-z0-9]", "", canon).upper()
    if typ == "CARD_NUMBER" and not (13 <= len(c) <= 19 and luhn_ok(c)):
        return "bad card " + c
    if typ == "CVV" and not re.fullmatch(r"\d{3,4}", c):
        return "bad cvv " + c
    if typ == "SSN" and not re.fullmatch(r"\d{9}", c):
        return "bad ssn " + c
    if typ == "NI_NUMBER" and not NI_RE.fullmatch(c):
        return "bad ni " + c
    if typ == "SORT_CODE" and not re.fullmatch(r"\d{6}", c):
        return "bad sort code " + c
    if typ == "BANK_ACCOUNT" and not re.fullmatch(r"\d{6,12}", c):
        return "bad account " + c
    if typ == "IBAN" and not iban_ok(c):
        return "bad iban " + c
    if typ == "PHONE" and not re.fullmatch(r"\d{10,14}", c):
        return "bad phone " + c
    if typ == "EMAIL" and not re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", canon.lower()):
        return "bad email " + canon
    if typ == "POSTCODE" and not (UKPC_RE.fullmatch(c) or EIR_RE.fullmatch(c) or re.fullmatch(r"\d{5}(\d{4})?", c)):
        return "bad postcode " + c
    if typ == "EXPIRY":
        if not (re.fullmatch(r"(0[1-9]|1[0-2])(\d{2}|20\d{2})", c)):
            return "bad expiry canonical " + c
    if typ == "DOB":
        if not re.fullmatch(r"(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])", c):
            return "bad dob canonical " + c
    if typ == "ADDRESS":
        if not re.search(r"\d", canon) or not re.search(r"(road|street|avenue|lane|close|drive|crescent|way|terrace|gardens|place|park|grove|court|square|hill|row|walk|rd|st|ave)\b", canon.lower()):
            return "bad address " + canon
    return None


def loose_check(typ, text):
    """Extra check on the surface text of DOB / EXPIRY / ADDRESS spans."""
    low = text.lower()
    if typ in ("DOB", "EXPIRY"):
        n = normalise(text)
        if not (any(m in low for m in MONTHS) or re.search(r"\d", n)):
            return "date span without month or digits: %r" % text
    if typ == "ADDRESS":
        if not re.search(r"(road|street|avenue|lane|close|drive|crescent|way|terrace|gardens|place|park|grove|court|square|hill|row|walk|rd|st|ave)\b", low):
            return "address span without street word: %r" % text
    return None


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.values = {}  # vid -> [typ, canon, mode, [span idx]]

    def val(self, typ, canon, mode="full"):
        vid = len(self.values)
        self.values[vid] = [typ, canon, mode, []]
        return vid

    def turn(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                surf, vid = seg
                typ = self.values[vid][0]
                s = len(text)
                text += surf
                self.values[vid][3].append(len(self.spans))
                self.spans.append({"turn": ti, "start": s, "end": len(text), "type": typ})
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.turn("agent", *segs)

    def c(self, *segs):
        return self.turn("customer", *segs)


# ---------------------------------------------------------------- value makers
def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def make_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "maestro"])
    if brand == "visa":
        return luhn_complete("4" + rng.choice(["5", "9", "6", "0", "7"]), 16, rng), brand
    if brand == "mc":
        return luhn_complete(rng.choice(["51", "53", "54", "55", "2221", "2720"]), 16, rng), brand
    if brand == "amex":
        return luhn_complete(rng.choice(["34", "37"]), 15, rng), brand
    return luhn_complete(rng.choice(["6759", "6761"]), rng.choice([16, 18, 19]), rng), brand


def card_groups(card):
    if len(card) == 15:
        return [4, 6, 5]
    if len(card) == 16:
        return [4, 4, 4, 4]
    if len(card) == 18:
        return [4, 4, 4, 4, 2]
    return [4, 4, 4, 4, 3]


def split(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    return out


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(rng):
    while True:
        p = rng.choice(NI_L1) + rng.choice(NI_L2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and "O" not in p:
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def make_ssn(rng):
    a = rng.randint(1, 665)
    if a == 666:
        a = 667
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def digits(n, rng, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def make_iban(rng, cc=None):
    cc = cc or rng.choice(["IE", "IE", "GB", "GB", "DE", "NL", "ES", "FR"])
    if cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + digits(6, rng) + digits(8, rng)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6, rng) + digits(8, rng)
    elif cc == "DE":
        bban = digits(8, rng) + digits(10, rng)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + digits(10, rng)
    elif cc == "ES":
        bban = digits(20, rng)
    else:
        bban = digits(10, rng) + digits(11, rng) + digits(2, rng)
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def fmt_iban(i, rng):
    st = rng.choice(["grp", "grp", "none", "lowergrp"])
    if st == "none":
        return i
    g = " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    return g.lower() if st == "lowergrp" else g


PC_AREAS = ["SW", "SE", "M", "B", "LS", "EH", "G", "CF", "BS", "NE", "L", "N", "E", "KT",
            "RG", "BT", "DH", "CH", "PR", "LE", "NG", "S", "HU", "AB", "TR", "CB", "BN"]
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def make_ukpc(rng):
    a = rng.choice(PC_AREAS)
    d = str(rng.randint(1, 28)) if len(a) == 2 else str(rng.randint(1, 9))
    return "%s%s %d%s%s" % (a, d, rng.randint(0, 9), rng.choice(PC_IN), rng.choice(PC_IN))


EIR_KEYS = ["D02", "D04", "D6W", "A65", "T12", "H91", "V94", "F92", "R95", "K67", "N37", "X91"]
EIR_CH = "ACDEFHKNPRTVWXY0123456789"


def make_eircode(rng):
    return rng.choice(EIR_KEYS) + " " + "".join(rng.choice(EIR_CH) for _ in range(4))


STREETS = ["acacia avenue", "station road", "mill lane", "church street", "victoria road",
           "hawthorn close", "queens drive", "park crescent", "orchard way", "albert terrace",
           "beech grove", "kingsway gardens", "high street", "meadow walk", "castle hill",
           "willow court", "main street", "strand road", "seaview park", "abbey square"]
TOWNS = ["leeds", "bristol", "cardiff", "glasgow", "swansea", "norwich", "belfast", "cork",
         "galway", "limerick", "derby", "york", "reading", "preston", "dundee"]


def say_num(n, rng):
    """Small house number as words."""
    if n < 10:
        return DIG[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + DIG[n % 10])
    return say_digits(str(n), rng, doubles=False)


def make_phone(rng, kind=None):
    """Return (canonical digits, typed form, spoken form)."""
    kind = kind or rng.choice(["ukmob", "ukmob", "ukgeo", "ukintl", "iemob", "ieintl", "us"])
    zw = zero_word(rng)
    if kind == "ukmob":
        d = "07" + digits(9, rng, "345789")
        typed = rng.choice([d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:]])
        spoken = say_groups(d, [5, 3, 3], rng, zw=zw)
    elif kind == "ukgeo":
        area = rng.choice(["0113", "0117", "0161", "0141", "0131", "0121", "029"])
        d = area + digits(11 - len(area), rng, "2345678")
        typed = rng.choice([area + " " + d[len(area):], "(" + area + ") " + d[len(area):], d])
        spoken = say_groups(d, [len(area), 3, 11 - len(area) - 3], rng, zw=zw)
    elif kind == "ukintl":
        d = "447" + digits(9, rng, "345789")
        typed = rng.choice(["+44 " + d[2:6] + " " + d[6:], "+44" + d[2:], "0044 " + d[2:]])
        spoken = "plus four four " + say_groups(d[2:], [4, 3, 3], rng, zw=zw)
        if rng.random() < 0.4:
            spoken = "double " + zw + " four four " + say_groups(d[2:], [4, 3, 3], rng, zw=zw)
            d = "00" + d
    elif kind == "iemob":
        d = "08" + rng.choice("35679") + digits(7, rng)
        typed = rng.choice([d[:3] + " " + d[3:6] + " " + d[6:], d, d[:3] + "-" + d[3:]])
        spoken = say_groups(d, [3, 3, 4], rng, zw=zw)
    elif kind == "ieintl":
        d = "3538" + rng.choice("35679") + digits(7, rng)
        typed = rng.choice(["+353 " + d[3:5] + " " + d[5:8] + " " + d[8:], "+353" + d[3:]])
        spoken = "plus three five three " + say_groups(d[3:], [2, 3, 4], rng, zw=zw)
    else:
        d = digits(3, rng, "2345678") + digits(7, rng, "2345678")
        typed = rng.choice(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                            "%s.%s.%s" % (d[:3], d[3:6], d[6:])])
        spoken = say_groups(d, [3, 3, 4], rng, zw=zw)
    return d, typed, spoken


FIRST = ["sarah", "james", "aoife", "ciaran", "priya", "tom", "niamh", "david", "emma",
         "sean", "fatima", "gareth", "rhys", "chloe", "liam", "megan", "oisin", "hannah"]
LAST = ["murphy", "kelly", "smith", "jones", "patel", "walsh", "byrne", "evans", "taylor",
        "ahmed", "price", "doyle", "reid", "hughes", "brennan", "clarke"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.ie", "outlook.com", "btinternet.com",
           "eircom.net", "icloud.com", "sky.com"]


def make_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    st = rng.randint(0, 4)
    if st == 0:
        local = f + "." + l
    elif st == 1:
        local = f[0] + l + str(rng.randint(1, 99))
    elif st == 2:
        local = f + "_" + l
    elif st == 3:
        local = l + f[0]
    else:
        local = f + l[0] + str(rng.randint(70, 99))
    return local + "@" + rng.choice(DOMAINS)


def say_email(e, rng):
    local, dom = e.split("@")
    parts = []
    for m in re.finditer(r"[a-z]+|\d+|[._-]", local):
        t = m.group(0)
        if t == ".":
            parts.append("dot")
        elif t == "_":
            parts.append("underscore")
        elif t == "-":
            parts.append("dash")
        elif t.isdigit():
            parts.append(" ".join(DIG[int(x)] for x in t))
        elif len(t) == 1:
            parts.append(t)
        else:
            parts.append(t)
    dparts = dom.split(".")
    return " ".join(parts) + " at " + " dot ".join(dparts)


def make_dob(rng):
    y = rng.randint(1941, 2004)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second",
       23: "twenty third", 24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}


def say_year(y, rng):
    if y < 2000:
        return "nineteen " + pair_words(str(y)[2:], rng, "oh")
    if y < 2010 and rng.random() < 0.5:
        return "two thousand and " + DIG[y - 2000]
    return "twenty " + pair_words(str(y)[2:], rng, "oh")


def say_dob(y, m, d, rng):
    st = rng.randint(0, 3)
    if st == 0:
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y, rng))
    if st == 1:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y, rng))
    if st == 2:
        return "%s %s %s" % (say_digits("%02d" % d, rng, doubles=False), say_digits("%02d" % m, rng, doubles=False),
                             say_digits(str(y)[2:], rng, doubles=False))
    return "%s of the %s %s" % (ORD[d], say_num(m, rng), say_year(y, rng))


def type_dob(y, m, d, rng):
    st = rng.randint(0, 3)
    if st == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if st == 1:
        return "%d.%d.%d" % (d, m, y)
    if st == 2:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize()[:3], y)
    return "%02d-%02d-%s" % (d, m, str(y)[2:])


def make_expiry(rng):
    return rng.randint(1, 12), rng.randint(26, 31)


def say_expiry(m, y, rng):
    st = rng.randint(0, 3)
    if st == 0:
        return "%s %s" % (say_digits("%02d" % m, rng, doubles=False), pair_words(str(y), rng, "oh"))
    if st == 1:
        return "%s twenty %s" % (MONTHS[m - 1], pair_words(str(y), rng, "oh"))
    if st == 2:
        return "%s %s" % (say_digits("%02d" % m, rng, doubles=False), say_digits(str(y), rng, doubles=False))
    return "%s of %s" % (MONTHS[m - 1], pair_words(str(y), rng, "oh"))


def type_expiry(m, y, rng):
    return rng.choice(["%02d/%d" % (m, y), "%02d/20%d" % (m, y), "%02d-%d" % (m, y), "%02d %d" % (m, y)])


INDUSTRY_UK = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
               "healthcare billing", "government services"]
BACK = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "right", "got that", "yeah"]
FILL = ["um ", "uh ", "erm ", "", "", ""]


def ind(rng):
    return rng.choice(INDUSTRY_UK)


# ---------------------------------------------------------------- positive templates
def p_card_call_oneturn(rng):
    card, brand = make_card(rng)
    pairs = rng.random() < 0.3 and len(card) == 16
    sp = say_groups(card, card_groups(card), rng, pairs=pairs)
    cs = Case("positive", "call/%s: %s card read in one turn%s" % (ind(rng), brand, ", in pairs" if pairs else ""))
    v = cs.val("CARD_NUMBER", card)
    cs.a(rng.choice(["can i take the long number across the front of the card please",
                     "and what's the card number", "okay whenever you're ready the sixteen digits"]))
    cs.c(rng.choice(["yeah it's ", "right okay ", "", "um "]), (sp, v),
         rng.choice(["", " and that's a debit card", " sorry i'm reading it off the back"]))
    return cs


def p_card_call_split(rng):
    card, brand = make_card(rng, rng.choice(["visa", "mc"]))
    grp = split(card, [4, 4, 4, 4])
    cs = Case("positive", "call/%s: card read in four groups across turns with back-channels" % ind(rng))
    v = [cs.val("CARD_NUMBER", card, "partial") for g in grp]
    cs.a("go ahead with the card number")
    zw = zero_word(rng)
    for k, g in enumerate(grp):
        cs.c(rng.choice(FILL), (say_digits(g, rng, pairs=rng.random() < 0.3, zw=zw), v[k]))
        if k < 3:
            cs.a(rng.choice(BACK))
    return cs


def p_card_chat(rng):
    card, brand = make_card(rng)
    gs = split(card, card_groups(card))
    st = rng.randint(0, 3)
    typed = [" ".join(gs), "-".join(gs), card, " ".join(gs[:2]) + "  " + " ".join(gs[2:])][st]
    cs = Case("positive", "chat/%s: %s card typed (%s)" % (ind(rng), brand, ["spaces", "dashes", "no spaces", "double space"][st]))
    v = cs.val("CARD_NUMBER", card)
    cs.a("Please can you type the long card number here so I can take the payment of £%d.%02d" % (rng.randint(10, 400), rng.randint(0, 99)))
    cs.c(rng.choice(["ok its ", "Card no: ", "", "sure - "]), (typed, v), rng.choice(["", " thx", ". is that ok?"]))
    return cs


def p_card_exp_cvv_call(rng):
    card, brand = make_card(rng, rng.choice(["visa", "mc"]))
    m, y = make_expiry(rng)
    cvv = digits(3, rng, "0123456789")
    cs = Case("positive", "call/%s: card, expiry and security code over several turns" % ind(rng))
    vc = cs.val("CARD_NUMBER", card)
    ve = cs.val("EXPIRY", "%02d%d" % (m, y))
    vv = cs.val("CVV", cvv)
    cs.a("okay let's take that payment of %s pounds what's the card number" % say_num(rng.randint(12, 99), rng))
    cs.c((say_groups(card, [4, 4, 4, 4], rng), vc))
    cs.a("and the expiry date")
    cs.c(rng.choice(["it's ", "expires ", ""]), (say_expiry(m, y, rng), ve))
    cs.a("lovely and the three digit security code on the back")
    cs.c(rng.choice(["", "that's ", "um "]), (say_digits(cvv, rng), vv))
    return cs


def p_card_exp_cvv_chat(rng):
    card, brand = make_card(rng)
    m, y = make_expiry(rng)
    cvv = digits(4 if brand == "amex" else 3, rng, "0123456789")
    cs = Case("positive", "chat/%s: card, expiry and CVV typed in one message" % ind(rng))
    vc = cs.val("CARD_NUMBER", card)
    ve = cs.val("EXPIRY", "%02d%d" % (m, y))
    vv = cs.val("CVV", cvv)
    gs = split(card, card_groups(card))
    cs.a("You can pay securely here, I need card number, expiry and security code.")
    cs.c(rng.choice(["card ", "no. "]), (" ".join(gs), vc), rng.choice([" exp ", ", expiry ", " valid til "]),
         (type_expiry(m, y, rng), ve), rng.choice([" cvv ", ", sec code ", " cvc: "]), (cvv, vv))
    return cs


def p_card_correction(rng):
    card, brand = make_card(rng, "visa")
    cs = Case("positive", "call/%s: caller restarts the card number after a slip" % ind(rng))
    v1 = cs.val("CARD_NUMBER", card, "partial")
    v2 = cs.val("CARD_NUMBER", card)
    cs.a("and the card number please")
    cs.c((say_digits(card[:6], rng), v1), " oh hang on sorry i'll start again ",
         (say_groups(card, [4, 4, 4, 4], rng), v2))
    cs.a("thank you that's gone through the reference is %s" % say_digits(digits(6, rng), rng))
    return cs


def p_card_readback(rng):
    card, brand = make_card(rng, rng.choice(["visa", "mc"]))
    cs = Case("positive", "call/%s: agent reads back the last four and customer confirms full number" % ind(rng))
    v1 = cs.val("CARD_NUMBER", card)
    v2 = cs.val("CARD_NUMBER", card, "partial")
    cs.c("yeah it's ", (say_groups(card, [4, 4, 4, 4], rng, pairs=True), v1))
    cs.a("so that's a card ending ", (say_digits(card[-4:], rng), v2), " is that right")
    cs.c("yes that's the one")
    return cs


def p_ni_call(rng):
    ni = make_ni(rng)
    mode = rng.choice(["plain", "nato", "alt", "homo"])
    st = rng.randint(0, 2)
    L = lambda c: say_letter(c, rng, mode)
    if st == 0:
        sp = "%s %s %s %s" % (L(ni[0]), L(ni[1]), say_digits(ni[2:8], rng), L(ni[8]))
    elif st == 1:
        sp = "%s %s %s %s" % (L(ni[0]), L(ni[1]), say_digits(ni[2:8], rng, pairs=True), L(ni[8]))
    else:
        sp = "%s %s %s %s %s %s" % (L(ni[0]), L(ni[1]), say_digits(ni[2:4], rng), say_digits(ni[4:6], rng),
                                     say_digits(ni[6:8], rng), L(ni[8]))
    cs = Case("positive", "call/%s: NI number spoken, letters %s, digits %s" % (
        rng.choice(["government services", "banking", "insurance", "healthcare billing"]), mode, ["singly", "in pairs", "in three groups of two"][st]))
    v = cs.val("NI_NUMBER", ni)
    cs.a(rng.choice(["can i take your national insurance number", "what's your ni number please",
                     "for security could you give me your national insurance number"]))
    cs.c(rng.choice(["yeah it's ", "um ", "okay it's ", "let me get it it's "]), (sp, v))
    return cs


def p_ni_chat(rng):
    ni = make_ni(rng)
    st = rng.randint(0, 4)
    if st == 0:
        t = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif st == 1:
        t = ni
    elif st == 2:
        t = ni.lower()
    elif st == 3:
        t = "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    else:
        t = "%s %s %s" % (ni[:2], ni[2:8], ni[8].lower())
    cs = Case("positive", "chat/%s: NI number typed (%s)" % (rng.choice(["government services", "banking", "utilities"]),
                                                             ["spaced pairs", "compact", "lower case", "dashes", "mixed case"][st]))
    v = cs.val("NI_NUMBER", ni)
    cs.a("Could you confirm your National Insurance number?")
    cs.c(rng.choice(["yes its ", "NI: ", "", "sure, "]), (t, v), rng.choice(["", " thanks", " i think"]))
    return cs


def p_ni_split(rng):
    ni = make_ni(rng)
    cs = Case("positive", "call/government services: NI number split over turns, agent prompts between")
    v1 = cs.val("NI_NUMBER", ni, "partial")
    v2 = cs.val("NI_NUMBER", ni, "partial")
    v3 = cs.val("NI_NUMBER", ni, "partial")
    cs.a("and your national insurance number")
    cs.c(rng.choice(["it's ", "okay "]), ("%s %s %s" % (say_letter(ni[0], rng, "nato"), say_letter(ni[1], rng, "nato"),
                                                      say_digits(ni[2:4], rng)), v1))
    cs.a(rng.choice(BACK))
    cs.c((say_digits(ni[4:8], rng, pairs=rng.random() < 0.5), v2))
    cs.a("and the letter at the end")
    cs.c("it's ", (say_letter(ni[8], rng, rng.choice(["plain", "nato"])), v3))
    return cs


def p_ni_readback(rng):
    ni = make_ni(rng)
    cs = Case("positive", "call/banking: NI number given then read back by the agent")
    v1 = cs.val("NI_NUMBER", ni)
    v2 = cs.val("NI_NUMBER", ni)
    cs.c("my national insurance is ", (say_alnum(ni, rng, "plain"), v1))
    cs.a("let me read that back ", (say_alnum(ni, rng, "nato", pairs=True), v2), " correct")
    cs.c("yep")
    return cs


def p_ssn_call(rng):
    s = make_ssn(rng)
    st = rng.randint(0, 2)
    if st == 0:
        sp = say_groups(s, [3, 2, 4], rng)
    elif st == 1:
        sp = say_digits(s, rng)
    else:
        sp = say_digits(s[:3], rng) + " " + say_digits(s[3:5], rng, pairs=True) + " " + say_digits(s[5:], rng, pairs=True)
    cs = Case("positive", "call/%s (US): SSN spoken %s" % (rng.choice(["banking", "insurance", "healthcare billing", "telecom"]),
                                                          ["in 3-2-4 groups", "as a run", "with pairs"][st]))
    v = cs.val("SSN", s)
    cs.a(rng.choice(["can i get your social security number", "and your social please", "last thing i need is the ssn"]))
    cs.c(rng.choice(["sure it's ", "uh ", "yeah "]), (sp, v))
    return cs


def p_ssn_chat(rng):
    s = make_ssn(rng)
    st = rng.randint(0, 2)
    t = ["%s-%s-%s" % (s[:3], s[3:5], s[5:]), s, "%s %s %s" % (s[:3], s[3:5], s[5:])][st]
    cs = Case("positive", "chat/%s (US): SSN typed (%s)" % (rng.choice(["banking", "insurance", "retail"]), ["dashes", "compact", "spaces"][st]))
    v = cs.val("SSN", s)
    cs.a("To verify, please enter your Social Security number.")
    cs.c(rng.choice(["SSN ", "its ", "", "ok "]), (t, v))
    return cs


def p_ssn_split(rng):
    s = make_ssn(rng)
    cs = Case("positive", "call/insurance (US): SSN split 3-2-4 across turns")
    vs = [cs.val("SSN", s, "partial") for g in range(3)]
    cs.a("what's your social")
    cs.c((say_digits(s[:3], rng), vs[0]))
    cs.a(rng.choice(BACK))
    cs.c((say_digits(s[3:5], rng), vs[1]))
    cs.a(rng.choice(BACK))
    cs.c(rng.choice(FILL), (say_digits(s[5:], rng), vs[2]))
    return cs


def p_ssn_last4_and_full(rng):
    s = make_ssn(rng)
    cs = Case("positive", "call/banking (US): SSN with a balance amount in the same turn")
    v = cs.val("SSN", s)
    bal = rng.randint(200, 9000)
    cs.c("my balance shows %d dollars and my social is " % bal, (say_groups(s, [3, 2, 4], rng), v), " if you need it")
    return cs


def p_sort_acct_call(rng):
    sc = digits(6, rng, "0123456789")
    acct = digits(8, rng)
    cs = Case("positive", "call/%s: sort code in pairs then account number" % rng.choice(["banking", "utilities", "insurance"]))
    vs = cs.val("SORT_CODE", sc)
    va = cs.val("BANK_ACCOUNT", acct)
    cs.a("for the direct debit i need your sort code and account number")
    cs.c("sort code is ", (say_digits(sc, rng, pairs=rng.random() < 0.6), vs))
    cs.a(rng.choice(BACK))
    cs.c("and the account number ", (say_groups(acct, [4, 4], rng), va))
    return cs


def p_sort_acct_oneturn(rng):
    sc = digits(6, rng, "0123456789")
    acct = digits(8, rng)
    cs = Case("positive", "call/banking: sort code and account in one turn with fillers")
    vs = cs.val("SORT_CODE", sc)
    va = cs.val("BANK_ACCOUNT", acct)
    cs.c("right so it's ", (say_digits(sc, rng, pairs=True), vs), " um and then ", (say_digits(acct, rng), va),
         " that's my current account with %s" % rng.choice(["lloyds", "nationwide", "barclays", "halifax"]))
    return cs


def p_sort_acct_chat(rng):
    sc = digits(6, rng, "0123456789")
    acct = digits(8, rng)
    st = rng.randint(0, 2)
    sct = ["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])][st]
    cs = Case("positive", "chat/%s: sort code and account typed" % rng.choice(["banking", "utilities", "telecom"]))
    vs = cs.val("SORT_CODE", sct)
    va = cs.val("BANK_ACCOUNT", acct)
    cs.c(rng.choice(["S/C ", "sort code "]), (sct, vs), rng.choice([" acc ", " a/c no ", ", account "]), (acct, va))
    return cs


def p_acct_ie(rng):
    acct = digits(8, rng)
    cs = Case("positive", "call/banking (IE): account number with customer number nearby")
    va = cs.val("BANK_ACCOUNT", acct)
    cs.a("and the account number you want refunded to")
    cs.c("the account number is ", (say_digits(acct, rng), va), " and my customer number is %s if that helps" % say_digits(digits(7, rng), rng))
    return cs


def p_iban_chat(rng):
    ib = make_iban(rng)
    t = fmt_iban(ib, rng)
    cs = Case("positive", "chat/%s: IBAN typed (%s)" % (rng.choice(["banking", "travel", "insurance"]), ib[:2]))
    v = cs.val("IBAN", ib)
    cs.a("Please send the IBAN for the refund.")
    cs.c(rng.choice(["IBAN: ", "its ", "here you go "]), (t, v))
    return cs


def p_iban_call(rng):
    ib = make_iban(rng, rng.choice(["IE", "GB"]))
    cs = Case("positive", "call/banking: %s IBAN spelled with NATO letters" % ib[:2])
    v = cs.val("IBAN", ib)
    sp = say_alnum(ib, rng, "nato")
    cs.a("okay read me the iban")
    cs.c((sp, v))
    return cs


def p_phone_call(rng):
    d, typed, sp = make_phone(rng, rng.choice(["ukmob", "ukmob", "ukgeo", "ukintl", "iemob", "ieintl"]))
    cs = Case("positive", "call/%s: phone number spoken" % ind(rng))
    v = cs.val("PHONE", d)
    cs.a("what's the best number to reach you on")
    cs.c(rng.choice(["it's ", "my mobile is ", "um ", ""]), (sp, v))
    return cs


def p_phone_split(rng):
    d, typed, sp = make_phone(rng, "ukmob")
    cs = Case("positive", "call/telecom: mobile number split across turns with agent back-channel")
    v1 = cs.val("PHONE", d, "partial")
    v2 = cs.val("PHONE", d, "partial")
    cs.a("and a contact number")
    cs.c((say_digits(d[:5], rng), v1))
    cs.a(rng.choice(BACK))
    cs.c((say_digits(d[5:], rng), v2))
    return cs


def p_phone_chat(rng):
    d, typed, sp = make_phone(rng)
    cs = Case("positive", "chat/%s: phone number typed" % ind(rng))
    v = cs.val("PHONE", d)
    cs.c(rng.choice(["pls call me back on ", "my number is ", "mob: ", "you can reach me at "]), (typed, v),
         rng.choice(["", " after 5pm", " anytime tmrw"]))
    return cs


def p_email_call(rng):
    e = make_email(rng)
    cs = Case("positive", "call/%s: email spelled out the way ASR writes it" % ind(rng))
    v = cs.val("EMAIL", e)
    cs.a("and an email address for the confirmation")
    cs.c(rng.choice(["yeah it's ", "it's ", ""]), (say_email(e, rng), v))
    return cs


def p_email_chat(rng):
    e = make_email(rng)
    t = e if rng.random() < 0.6 else e.capitalize()
    cs = Case("positive", "chat/%s: email typed" % ind(rng))
    v = cs.val("EMAIL", e)
    cs.c(rng.choice(["send it to ", "email is ", "my email "]), (t, v), rng.choice(["", " please", " ta"]))
    return cs


def p_dob_call(rng):
    y, m, d = make_dob(rng)
    cs = Case("positive", "call/%s: date of birth spoken" % ind(rng))
    v = cs.val("DOB", "%d%02d%02d" % (y, m, d))
    cs.a(rng.choice(["can you confirm your date of birth", "and your date of birth please"]))
    cs.c(rng.choice(["it's ", "yeah ", ""]), (say_dob(y, m, d, rng), v))
    return cs


def p_dob_chat(rng):
    y, m, d = make_dob(rng)
    cs = Case("positive", "chat/%s: date of birth typed" % ind(rng))
    v = cs.val("DOB", "%d%02d%02d" % (y, m, d))
    cs.a("For security, what is your date of birth?")
    cs.c(rng.choice(["dob ", "", "born "]), (type_dob(y, m, d, rng), v))
    return cs


def p_postcode_call(rng):
    pc = make_ukpc(rng)
    cs = Case("positive", "call/%s: UK postcode spoken" % ind(rng))
    v = cs.val("POSTCODE", pc)
    cs.a("what's the postcode there")
    cs.c(rng.choice(["it's ", "", "um "]), (say_alnum(pc, rng, rng.choice(["plain", "nato", "alt"])), v))
    return cs


def p_postcode_chat(rng):
    pc = make_ukpc(rng)
    t = rng.choice([pc, pc.replace(" ", ""), pc.lower()])
    cs = Case("positive", "chat/%s: UK postcode typed" % ind(rng))
    v = cs.val("POSTCODE", pc)
    cs.c("postcode ", (t, v))
    return cs


def p_eircode(rng):
    ec = make_eircode(rng)
    chat = rng.random() < 0.5
    cs = Case("positive", "%s/%s (IE): Eircode" % ("chat" if chat else "call", ind(rng)))
    v = cs.val("POSTCODE", ec)
    cs.a("and your eircode" if not chat else "What's your Eircode?")
    if chat:
        cs.c((rng.choice([ec, ec.replace(" ", ""), ec.lower()]), v))
    else:
        cs.c("it's ", (say_alnum(ec, rng, "plain"), v))
    return cs


def p_zip(rng):
    z = digits(5, rng, "0123456789")
    cs = Case("positive", "call/retail (US): ZIP code spoken")
    v = cs.val("POSTCODE", z)
    cs.a("and the billing zip code")
    cs.c((say_digits(z, rng), v))
    return cs


def p_address_call(rng):
    n = rng.randint(2, 140)
    st = rng.choice(STREETS)
    pc = make_ukpc(rng)
    cs = Case("positive", "call/%s: street address and postcode spoken" % ind(rng))
    va = cs.val("ADDRESS", "%d %s" % (n, st))
    vp = cs.val("POSTCODE", pc)
    cs.a("can i confirm the first line of the address")
    cs.c(rng.choice(["yeah it's ", "", "it's "]), ("%s %s" % (say_num(n, rng), st), va), " %s" % rng.choice(TOWNS))
    cs.a("and the postcode")
    cs.c((say_alnum(pc, rng, "plain"), vp))
    return cs


def p_address_chat(rng):
    n = rng.randint(1, 220)
    st = rng.choice(STREETS)
    flat = rng.random() < 0.3
    addr = ("Flat %d, " % rng.randint(1, 9) if flat else "") + "%d %s" % (n, st.title())
    pc = make_ukpc(rng)
    cs = Case("positive", "chat/%s: address typed on one line with postcode" % ind(rng))
    va = cs.val("ADDRESS", addr)
    vp = cs.val("POSTCODE", pc)
    cs.c("new address is ", (addr, va), ", %s, " % rng.choice(TOWNS).title(), (pc, vp))
    return cs


def p_phone_email_one_turn(rng):
    d, typed, sp = make_phone(rng, "ukmob")
    e = make_email(rng)
    cs = Case("positive", "call/%s: phone and email in one turn" % ind(rng))
    vp = cs.val("PHONE", d)
    ve = cs.val("EMAIL", e)
    cs.c("so my mobile's ", (sp, vp), " and email is ", (say_email(e, rng), ve))
    return cs


def p_mixed_verify(rng):
    y, m, d = make_dob(rng)
    pc = make_ukpc(rng)
    cs = Case("positive", "call/%s: verification with DOB and postcode plus a policy number (unlabelled)" % rng.choice(["insurance", "utilities"]))
    vd = cs.val("DOB", "%d%02d%02d" % (y, m, d))
    vp = cs.val("POSTCODE", pc)
    cs.c("my policy number is p l %s" % say_digits(digits(6, rng), rng))
    cs.a("thanks and date of birth")
    cs.c((say_dob(y, m, d, rng), vd))
    cs.a("and the postcode")
    cs.c((say_alnum(pc, rng), vp))
    return cs


def p_dob_with_age(rng):
    y, m, d = make_dob(rng)
    cs = Case("positive", "call/%s: DOB with the caller's age (unlabelled) in the same turn" % rng.choice(["insurance", "healthcare billing", "banking"]))
    v = cs.val("DOB", "%d%02d%02d" % (y, m, d))
    cs.a("and can i just check your date of birth")
    cs.c("i'm %s now so it's " % say_num(2026 - y, rng), (say_dob(y, m, d, rng), v), " yeah")
    return cs


def p_sort_readback(rng):
    sc = digits(6, rng, "0123456789")
    acct = digits(8, rng)
    cs = Case("positive", "call/banking: agent reads back sort code and account, customer confirms")
    v1 = cs.val("SORT_CODE", sc)
    v2 = cs.val("BANK_ACCOUNT", acct)
    v3 = cs.val("SORT_CODE", sc)
    v4 = cs.val("BANK_ACCOUNT", acct)
    cs.c("sort code ", (say_digits(sc, rng), v1), " account ", (say_digits(acct, rng), v2))
    cs.a("so that's ", (say_digits(sc, rng, pairs=True), v3), " and ", (say_groups(acct, [4, 4], rng), v4),
         " and the direct debit will be %s pounds a month" % say_num(rng.randint(20, 95), rng))
    cs.c("that's it")
    return cs


def p_ni_typo_chat(rng):
    ni = make_ni(rng)
    cs = Case("positive", "chat/government services: NI number typed inside a longer message with a tax year")
    v = cs.val("NI_NUMBER", ni)
    t = rng.choice([ni, ni[:2] + " " + ni[2:8] + " " + ni[8], ni.lower()])
    cs.c("hi i got a letter about the %d/%d tax year, my ni no is " % (rng.randint(2019, 2024), rng.randint(20, 25)), (t, v),
         " and reference on the letter is %s" % digits(8, rng))
    return cs


def p_card_filler(rng):
    card, brand = make_card(rng, rng.choice(["visa", "mc"]))
    gs = split(card, [4, 4, 4, 4])
    zw = zero_word(rng)
    words = [say_digits(g, rng, zw=zw) for g in gs]
    fill = [rng.choice(["um", "uh", "erm", "er"]) for _ in range(3)]
    sp = "%s %s %s %s %s %s %s" % (words[0], fill[0], words[1], fill[1], words[2], fill[2], words[3])
    cs = Case("positive", "call/%s: card number with hesitation fillers inside the reading and a price nearby" % ind(rng))
    v = cs.val("CARD_NUMBER", card)
    cs.a("that's %s pounds %s for the year what card would you like to use" % (say_num(rng.randint(20, 99), rng), say_num(rng.randint(10, 99), rng)))
    cs.c("hang on let me find it okay ", (sp, v))
    return cs


def p_ni_filler(rng):
    ni = make_ni(rng)
    cs = Case("positive", "call/government services: NI number with filler and a pause word inside, letters as homophones")
    v = cs.val("NI_NUMBER", ni)
    sp = "%s %s %s um %s %s" % (say_letter(ni[0], rng, "homo"), say_letter(ni[1], rng, "homo"),
                                say_digits(ni[2:5], rng), say_digits(ni[5:8], rng), say_letter(ni[8], rng, "homo"))
    cs.a("and your national insurance number")
    cs.c("i think it's ", (sp, v), " yeah that's right")
    return cs


def p_sortacct_chat_typo(rng):
    sc = digits(6, rng, "0123456789")
    acct = digits(8, rng)
    cs = Case("positive", "chat/utilities: sloppy typed sort code and account in one line with an amount")
    vs = cs.val("SORT_CODE", sc)
    va = cs.val("BANK_ACCOUNT", acct)
    cs.c("pls set up dd for £%d a month sortcode " % rng.randint(30, 120), ("%s %s %s" % (sc[:2], sc[2:4], sc[4:]), vs),
         " acc num ", ("%s %s" % (acct[:4], acct[4:]), va), " thnks")
    return cs


POS_TEMPLATES = [(p_card_filler, 4), (p_ni_filler, 4), (p_sortacct_chat_typo, 3),(p_dob_with_age, 3), (p_sort_readback, 3), (p_ni_typo_chat, 4),
    (p_card_call_oneturn, 14), (p_card_call_split, 4), (p_card_chat, 10), (p_card_exp_cvv_call, 8),
    (p_card_exp_cvv_chat, 7), (p_card_correction, 3), (p_card_readback, 3),
    (p_ni_call, 16), (p_ni_chat, 10), (p_ni_split, 3), (p_ni_readback, 3),
    (p_ssn_call, 12), (p_ssn_chat, 10), (p_ssn_split, 3), (p_ssn_last4_and_full, 3),
    (p_sort_acct_call, 8), (p_sort_acct_oneturn, 3), (p_sort_acct_chat, 5), (p_acct_ie, 3),
    (p_iban_chat, 9), (p_iban_call, 5),
    (p_phone_call, 8), (p_phone_split, 3), (p_phone_chat, 7),
    (p_email_call, 7), (p_email_chat, 6),
    (p_dob_call, 8), (p_dob_chat, 6),
    (p_postcode_call, 5), (p_postcode_chat, 3), (p_eircode, 5), (p_zip, 3),
    (p_address_call, 7), (p_address_chat, 6), (p_phone_email_one_turn, 3), (p_mixed_verify, 4),
]


# ---------------------------------------------------------------- negative templates
def n_amount_call(rng):
    cs = Case("negative", "call/utilities: money amounts and balances spoken")
    cs.a("your balance is %s pounds and %s pence" % (say_num(rng.randint(20, 99), rng), say_num(rng.randint(1, 99), rng)))
    cs.c("and if i pay %s hundred and %s pounds today" % (DIG[rng.randint(1, 9)], say_num(rng.randint(11, 99), rng)))
    cs.a("then you'd be in credit by about %s pounds" % say_num(rng.randint(5, 60), rng))
    return cs


def n_amount_chat(rng):
    cs = Case("negative", "chat/retail: prices, quantities and totals typed")
    cs.c("I ordered %d x item at £%d.%02d each, total should be £%s.%02d not £%d.%02d" % (
        rng.randint(2, 9), rng.randint(3, 99), rng.randint(0, 99), "{:,}".format(rng.randint(100, 4999)),
        rng.randint(0, 99), rng.randint(100, 999), rng.randint(0, 99)))
    cs.a("Sorry about that, I've refunded £%d.%02d, it takes 3-5 working days." % (rng.randint(5, 90), rng.randint(0, 99)))
    return cs


def n_policy_ref(rng):
    ref = digits(rng.randint(7, 10), rng)
    cs = Case("negative", "call/insurance: policy number spoken with its reference word (not PII)")
    cs.a("can i take your policy number")
    cs.c("yeah the policy number is %s" % say_digits(ref, rng))
    cs.a("thanks that's policy %s" % say_digits(ref, rng, pairs=len(ref) % 2 == 0))
    return cs


def n_customer_ref_chat(rng):
    cs = Case("negative", "chat/utilities: customer and account reference numbers typed with names")
    cs.c("Customer number %s, reference %s-%s" % (digits(rng.randint(8, 10), rng), rng.choice(["REF", "CUS", "UTL"]),
                                                   digits(6, rng)))
    cs.a("Thanks, I can see customer ref %s and your last bill of £%d.%02d." % (digits(8, rng), rng.randint(30, 200), rng.randint(0, 99)))
    return cs


def n_meter(rng):
    r1 = digits(5, rng, "0123456789")
    cs = Case("negative", "call/utilities: meter reading and meter serial number")
    cs.a("could you read me the meter reading")
    cs.c("okay it says %s" % say_digits(r1, rng))
    cs.a("and the night rate reading")
    cs.c("that's %s" % say_digits(digits(5, rng, "0123456789"), rng))
    cs.a("and the meter serial on the front it starts with letters")
    cs.c("e one two k %s" % say_digits(digits(6, rng), rng))
    return cs


def n_meter_chat(rng):
    cs = Case("negative", "chat/utilities: typed meter readings")
    cs.c("Elec reading %s (day) %s (night), gas %s m3 as of %d/%02d" % (
        digits(5, rng, "0123456789"), digits(5, rng, "0123456789"), digits(5, rng, "0123456789"),
        rng.randint(1, 28), rng.randint(1, 12)))
    return cs


def n_booking(rng):
    ref = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    cs = Case("negative", "call/travel: booking reference spelled, flight number, times")
    cs.a("what's the booking reference")
    cs.c("booking reference %s" % say_alnum(ref, rng, "nato"))
    cs.a("thanks that's flight %s %s departing at %s %s on the %s" % (
        rng.choice(["e i", "f r", "b a", "u two"]), say_digits(digits(3, rng), rng, doubles=False),
        say_num(rng.randint(6, 11), rng), rng.choice(["fifteen", "forty", "thirty", "oh five"]), ORD[rng.randint(1, 28)]))
    return cs


def n_booking_chat(rng):
    cs = Case("negative", "chat/travel: booking ref, flight, hotel room and prices")
    cs.c("Booking ref %s, flight %s%d on %d %s, room %d, paid €%d" % (
        "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), rng.choice(["EI", "FR", "BA", "U2"]),
        rng.randint(100, 9999), rng.randint(1, 28), rng.choice(["Mar", "June", "Sept"]), rng.randint(100, 640), rng.randint(90, 1900)))
    return cs


def n_order_ticket(rng):
    cs = Case("negative", "chat/retail: order, ticket and invoice numbers up to ten digits")
    cs.c("Order #%s and ticket %s, invoice INV-%d-%s" % (digits(rng.randint(8, 10), rng), digits(7, rng),
                                                       rng.randint(2019, 2026), digits(5, rng, "0123456789")))
    cs.a("Thanks, order %s shows delivered on %d %s at %d:%02d." % (digits(9, rng), rng.randint(1, 28), rng.choice(MONTHS).title(),
                                                                   rng.randint(8, 20), rng.choice([0, 15, 30, 45])))
    return cs


def n_claim_call(rng):
    ref = digits(rng.randint(8, 10), rng)
    cs = Case("negative", "call/insurance: claim number read in groups (reference, not account)")
    cs.a("do you have a claim number")
    cs.c("yes the claim number is %s" % say_groups(ref, [4, len(ref) - 4], rng))
    cs.a("brilliant claim %s and the excess is %s fifty" % (say_digits(ref, rng), say_num(rng.randint(1, 5) * 100 // 100, rng) + " hundred"))
    return cs


def n_dates_nonbirth(rng):
    cs = Case("negative", "call/%s: appointment, payment and contract dates (not birth dates)" % rng.choice(["healthcare billing", "telecom"]))
    cs.a("your next payment goes out on the %s of %s" % (ORD[rng.randint(1, 28)], rng.choice(MONTHS)))
    cs.c("and the contract started %s twenty %s didn't it" % (rng.choice(MONTHS), pair_words(str(rng.randint(18, 25)), rng, "oh")))
    cs.a("that's right and your appointment is the %s at half %s" % (ORD[rng.randint(1, 28)], say_num(rng.randint(1, 11), rng)))
    return cs


def n_dates_chat(rng):
    cs = Case("negative", "chat/government services: typed appointment and payment dates")
    cs.c("My appointment is %02d/%02d/%d at %d.%02dpm and the payment was made on %d %s" % (
        rng.randint(1, 28), rng.randint(1, 12), rng.randint(2025, 2027), rng.randint(1, 5), rng.choice([0, 15, 30]),
        rng.randint(1, 28), rng.choice(MONTHS).title()))
    return cs


def n_speed_temp(rng):
    cs = Case("negative", "call/telecom: broadband speeds, durations, percentages")
    cs.c("i'm only getting %s megabits and i'm paying for %s hundred" % (say_num(rng.randint(5, 60), rng), DIG[rng.randint(1, 9)]))
    cs.a("okay the line test took %s minutes and shows %s percent packet loss" % (say_num(rng.randint(2, 45), rng), say_num(rng.randint(2, 40), rng)))
    cs.c("it's been like this for %s weeks since about %s" % (say_num(rng.randint(2, 9), rng), say_year(rng.randint(2023, 2026), rng)))
    return cs


def n_age_temp(rng):
    cs = Case("negative", "call/utilities: ages, temperatures and counts")
    cs.c("my mum's %s and the house is down to %s degrees" % (say_num(rng.randint(70, 99), rng), say_num(rng.randint(8, 16), rng)))
    cs.a("i'm sorry to hear that we've had %s calls about the outage and %s engineers out" % (say_num(rng.randint(20, 99), rng), say_num(rng.randint(3, 19), rng)))
    return cs


def n_model(rng):
    cs = Case("negative", "chat/retail: model numbers, serials and SKUs")
    cs.c("The model is %s%d%s%d and serial SN%s, SKU %s" % (rng.choice(["KD", "UE", "QE", "WM"]), rng.randint(32, 85),
                                                           rng.choice(["X", "AU", "Q"]), rng.randint(7000, 9500),
                                                           digits(8, rng), digits(6, rng)))
    return cs


def n_model_call(rng):
    cs = Case("negative", "call/retail: model number spoken by the caller")
    cs.c("it's the %s %s %s model the one with %s gig" % (rng.choice(["w m", "k d", "q e"]), say_digits(digits(2, rng), rng),
                                                          say_alnum("".join(rng.choice("ABX") for _ in range(2)), rng, "plain"),
                                                          say_num(rng.choice([64, 128, 256]), rng)))
    return cs


def n_reference_sounds_like_account(rng):
    ref = digits(8, rng)
    cs = Case("negative", "call/banking: eight digit payment reference said with its reference word")
    cs.a("and what reference did you put on the transfer")
    cs.c("the payment reference was %s" % say_digits(ref, rng))
    cs.a("okay payment reference %s for %s pounds" % (say_digits(ref, rng), say_num(rng.randint(20, 99), rng)))
    return cs


def n_times(rng):
    cs = Case("negative", "call/healthcare billing: times, opening hours and queue position")
    cs.a("we're open %s till %s and you're number %s in the queue" % (say_num(rng.randint(7, 9), rng), say_num(rng.randint(5, 8), rng), say_num(rng.randint(2, 30), rng)))
    cs.c("i've been waiting %s minutes already since %s %s" % (say_num(rng.randint(10, 59), rng), say_num(rng.randint(1, 12), rng), rng.choice(["fifteen", "thirty", "forty five"])))
    return cs


def n_year_counts(rng):
    cs = Case("negative", "chat/banking: years, counts and interest rates")
    cs.c("Been with you since %d, %d accounts, rate went from %.2f%% to %.2f%%" % (
        rng.randint(1985, 2015), rng.randint(2, 5), rng.uniform(1, 6), rng.uniform(1, 6)))
    return cs


def n_company_office(rng):
    cs = Case("negative", "call/government services: office opening times and a form number")
    cs.a("you'll need form %s and it takes about %s working days" % (rng.choice(["p forty five", "s a one hundred", "c two"]),
                                                                       say_num(rng.randint(5, 20), rng)))
    cs.c("okay and is that %s pounds or %s" % (say_num(rng.randint(10, 90), rng), say_num(rng.randint(10, 90), rng)))
    return cs


def n_tariff(rng):
    cs = Case("negative", "chat/utilities: tariff unit rates and standing charges")
    cs.c("Unit rate %.2fp/kWh, standing charge %.2fp/day, usage %d kWh over %d days" % (
        rng.uniform(20, 35), rng.uniform(40, 65), rng.randint(150, 900), rng.randint(28, 92)))
    return cs


def n_case_number(rng):
    cs = Case("negative", "call/government services: case number and reference with letters")
    cs.a("your case number is %s" % say_alnum("C" + digits(7, rng), rng, "plain"))
    cs.c("and the reference on the letter is %s" % say_digits(digits(9, rng), rng))
    return cs


def n_uk_refs_call(rng):
    cs = Case("negative", "call/utilities: customer number and booking reference for an engineer visit")
    cs.a("can i take your customer number")
    cs.c("customer number %s" % say_digits(digits(10, rng), rng))
    cs.a("thanks your engineer booking reference is %s %s and they'll come between %s and %s on the %s" % (
        say_letter(rng.choice("BKMT"), rng, "nato"), say_digits(digits(6, rng), rng), say_num(rng.randint(7, 10), rng),
        say_num(rng.randint(11, 12), rng), ORD[rng.randint(1, 28)]))
    return cs


NEG_TEMPLATES = [(n_uk_refs_call, 5),
    (n_amount_call, 6), (n_amount_chat, 6), (n_policy_ref, 7), (n_customer_ref_chat, 6), (n_meter, 6),
    (n_meter_chat, 4), (n_booking, 5), (n_booking_chat, 5), (n_order_ticket, 6), (n_claim_call, 5),
    (n_dates_nonbirth, 5), (n_dates_chat, 4), (n_speed_temp, 4), (n_age_temp, 4), (n_model, 4),
    (n_model_call, 3), (n_reference_sounds_like_account, 6), (n_times, 4), (n_year_counts, 4),
    (n_company_office, 3), (n_tariff, 4), (n_case_number, 5),
]


# ---------------------------------------------------------------- assembly / check
def build():
    rng = random.Random(SEED)
    pos, neg, meta = [], [], []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn(rng))
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            neg.append(fn(rng))
    rows = []
    for k, cs in enumerate(pos, 1):
        rows.append(({"id": "h317-pos-%03d" % k, "kind": "positive", "turns": cs.turns, "spans": cs.spans,
                      "note": cs.note}, cs))
    for k, cs in enumerate(neg, 1):
        rows.append(({"id": "h317-neg-%03d" % k, "kind": "negative", "turns": cs.turns, "spans": [],
                      "note": cs.note}, cs))
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _ in rows)
    return text, rows


def counts(rows):
    c = Counter()
    for r, _ in rows:
        for s in r["spans"]:
            c[s["type"]] += 1
    return c


def check(text, rows):
    problems = []
    ids = set()
    for r, cs in rows:
        rid = r["id"]
        if rid in ids:
            problems.append("duplicate id " + rid)
        ids.add(rid)
        if r["kind"] == "negative" and r["spans"]:
            problems.append(rid + ": negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            problems.append(rid + ": positive without spans")
        by_turn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (rid, s["type"]))
            if not (0 <= s["turn"] < len(r["turns"])):
                problems.append("%s: bad turn" % rid)
                continue
            t = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                problems.append("%s: offsets out of range" % rid)
                continue
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                problems.append("%s: span not on word boundary %r" % (rid, t[a:b]))
            if t[a] != t[a].strip() or t[b - 1] != t[b - 1].strip():
                problems.append("%s: span has outer whitespace" % rid)
            by_turn.setdefault(s["turn"], []).append((a, b))
            e = loose_check(s["type"], t[a:b])
            if e:
                problems.append("%s: %s" % (rid, e))
        for tn, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append("%s: overlapping spans in turn %d" % (rid, tn))
        for vid, (typ, canon, mode, idxs) in cs.values.items():
            surf = " ".join(r["turns"][r["spans"][i]["turn"]]["text"][r["spans"][i]["start"]:r["spans"][i]["end"]] for i in idxs)
            n = normalise(surf, email=(typ == "EMAIL"))
            e = validate(typ, canon, n, mode)
            if e:
                problems.append("%s: %s (%r)" % (rid, e, surf))
        if r["kind"] == "negative":
            for t in r["turns"]:
                if "@" in t["text"]:
                    problems.append(rid + ": negative contains @")
    return problems


README_TMPL = """# PII hold-out set h317 (UK / Irish emphasis)

Written by an AI helper acting as an **independent author** who did not see the
redaction code, its tests, its documentation or any other evaluation set. The cases
are generated by `scripts/make_pii_holdout317.py` (standard library only, one seeded
`random.Random(%(seed)d)`, output byte-for-byte reproducible). Each turn is assembled
from plain-text segments and (value, TYPE) segments, so span offsets are computed,
never typed by hand.

**Never use this set for tuning.** It exists only to measure the redactor on data
its authors have not looked at. Do not read individual failures and patch for them.

## Contents

* %(npos)d positive cases, %(nneg)d negative cases (`cases.jsonl`, one JSON object a line).
* Chat cases are typed (spaces, dashes, compact, lower/mixed case); call cases are
  written like an ASR transcript: lower case, little punctuation, numbers as words
  ("oh"/"o"/"nought"/"zero" for 0, "double"/"triple", pairs such as "forty one",
  years like "nineteen eighty two"), letters spelled plain, as NATO/"b for bertie"
  words, or as homophones ("queue", "are", "jay", "zed"), values split across
  customer turns with agent back-channels, agent read-backs, self-corrections.
* Emphasis: UK/IE contact centres - NI numbers, sort codes and account numbers,
  UK/IE phone numbers (incl. +44 / 0044 / +353), UK postcodes and Eircodes,
  street addresses, card payments by phone; plus US SSNs/ZIPs and EU IBANs.
* Negatives: money amounts, balances, prices, times, durations, counts, ages,
  temperatures, speeds, percentages, years, non-birth dates, policy / customer /
  claim / payment / case / booking references said with their reference word,
  meter readings and serials, flight numbers, room numbers, model numbers, tariffs.

## Annotation conventions

* A span covers the value only: no lead-in words ("it's", "my number is"), no
  trailing chit-chat. Filler words *inside* a reading ("um") are inside the span.
* Spoken values: the span runs from the first to the last word of the reading,
  including "double"/"triple", "plus", and "x for xray" letter spellings.
* A value split across turns gets one span per turn (each the fragment said in
  that turn). A self-correction produces a span for the abandoned fragment and a
  span for the full restated value. Agent read-backs (full or last four) are spans.
* EXPIRY spans cover month and year; CVV only the digits; DOB the whole date
  phrase ("the third of may nineteen eighty one"); ADDRESS the house number (and
  flat) plus street name, not the town; POSTCODE covers UK postcodes, Eircodes and
  US ZIP codes and is labelled separately from the ADDRESS.
* SORT_CODE and BANK_ACCOUNT are separate spans even when said in one breath.
* Unlabelled non-PII numbers (policy numbers, amounts, customer numbers) sit next
  to PII in some positives on purpose.

## Span counts per type

%(table)s

`python scripts/make_pii_holdout317.py --check` regenerates the file and checks that
it is identical, ids unique, offsets in range and on word boundaries, spans not
overlapping, and validates every value after normalising spoken forms (Luhn for
cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit
counts for CVV/phone/account, postcode/Eircode/ZIP shapes).
"""


def readme(rows):
    c = counts(rows)
    npos = sum(1 for r, _ in rows if r["kind"] == "positive")
    table = "| type | spans |\n|---|---|\n" + "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES) + \
        "\n| **total** | %d |" % sum(c.values())
    return README_TMPL % {"seed": SEED, "npos": npos, "nneg": len(rows) - npos, "table": table}


def main():
    text, rows = build()
    rd = readme(rows)
    c = counts(rows)
    npos = sum(1 for r, _ in rows if r["kind"] == "positive")
    nneg = len(rows) - npos
    if "--check" in sys.argv[1:]:
        problems = check(text, rows)
        text2, _ = build()
        if text2 != text:
            problems.append("generation not deterministic")
        try:
            with open(OUT, encoding="utf-8") as f:
                if f.read() != text:
                    problems.append("cases.jsonl differs from regenerated output")
        except OSError as e:
            problems.append("cannot read %s: %s" % (OUT, e))
        try:
            with open(README, encoding="utf-8") as f:
                if f.read() != rd:
                    problems.append("README.md differs from regenerated output")
        except OSError as e:
            problems.append("cannot read %s: %s" % (README, e))
        # re-parse written file
        for ln in text.splitlines():
            json.loads(ln)
        if npos < 170:
            problems.append("only %d positives" % npos)
        if nneg < 100:
            problems.append("only %d negatives" % nneg)
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if c[t] < need:
                problems.append("type %s has %d spans (< %d)" % (t, c[t], need))
        print("h317: %d positives, %d negatives, %d spans" % (npos, nneg, sum(c.values())))
        for t in TYPES:
            print("  %-13s %d" % (t, c[t]))
        if problems:
            print("CHECK FAILED: %d problems" % len(problems))
            for p in problems[:60]:
                print("  - " + p)
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(rd)
    print("wrote %s (%d positives, %d negatives)" % (OUT, npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, c[t]))


if __name__ == "__main__":
    main()

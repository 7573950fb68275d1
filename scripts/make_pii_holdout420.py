#!/usr/bin/env python3
"""Generate the pii_holdout420 held-out PII redaction evaluation set.

Usage:
    python scripts/make_pii_holdout420.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout420.py --check  # regenerate and verify

Standard library only. Single RNG: random.Random(420241125).
Every turn is built from plain-text segments and labelled value segments, so
span offsets are computed, never typed by hand.
"""
import json
import os
import re
import sys
import random
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout420")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

R = random.Random(420241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- case model

class V:
    """A labelled value segment."""
    def __init__(self, gid, text):
        self.gid = gid
        self.text = text


class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []   # list of (speaker, [parts])
        self.groups = []  # list of dict(type, canon, mode)

    def g(self, typ, canon, mode="full"):
        self.groups.append({"type": typ, "canon": canon, "mode": mode})
        return len(self.groups) - 1

    def say(self, speaker, *parts):
        self.turns.append((speaker, list(parts)))

    def cust(self, *parts):
        self.say("customer", *parts)

    def agent(self, *parts):
        self.say("agent", *parts)

    def build(self):
        turns, spans, gspans = [], [], []
        for ti, (spk, parts) in enumerate(self.turns):
            text = ""
            for p in parts:
                if isinstance(p, V):
                    s = len(text)
                    text += p.text
                    spans.append({"turn": ti, "start": s, "end": len(text),
                                  "type": self.groups[p.gid]["type"]})
                    gspans.append(p.gid)
                else:
                    text += p
            turns.append({"speaker": spk, "text": text})
        return turns, spans, gspans


# ---------------------------------------------------------------- vocab

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ZEROS = ["zero", "oh", "o", "nought", "oh"]
FILL = ["um", "uh", "er", "erm"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
ALTSPELL = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward",
            "g": "george", "h": "harry", "j": "jack", "k": "king", "l": "london",
            "m": "mother", "n": "nancy", "p": "peter", "r": "robert", "s": "sugar",
            "t": "tommy", "w": "william", "y": "yellow", "z": "zebra", "o": "orange"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def ordinal(n):
    if n <= 20:
        return ORD[n]
    if n == 30:
        return "thirtieth"
    return TENS[n // 10] + " " + ORD[n % 10]


def zw():
    return R.choice(ZEROS)


def dword(c):
    return zw() if c == "0" else UNITS[int(c)]


def pair_words(two):
    a, b = int(two[0]), int(two[1])
    if a == 0:
        return zw() + " " + UNITS[b]
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def hundred_words(three):
    a = int(three[0])
    rest = int(three[1:])
    w = UNITS[a] + " hundred"
    if rest == 0:
        return w
    if rest < 10:
        return w + R.choice([" and ", " "]) + UNITS[rest]
    return w + R.choice([" and ", " "]) + pair_words(three[1:])


def spoken_digits(s, style=None, fill=0.0, doubles=True):
    """Render a digit string the way a caller might say it."""
    if style is None:
        style = R.choice(["single", "single", "single", "pairs", "mixed"])
    out = []
    i = 0
    n = len(s)
    while i < n:
        rem = n - i
        if style in ("pairs", "mixed") and rem >= 2 and s[i] != "0" and \
                not (rem == 3) and (style == "pairs" or R.random() < 0.4):
            out.append(pair_words(s[i:i + 2]))
            i += 2
        elif style == "mixed" and rem >= 3 and s[i] != "0" and R.random() < 0.25 \
                and (rem == 3 or rem >= 5):
            out.append(hundred_words(s[i:i + 3]))
            i += 3
        elif doubles and rem >= 3 and s[i] == s[i + 1] == s[i + 2] and R.random() < 0.7:
            out.append("triple " + dword(s[i]))
            i += 3
        elif doubles and rem >= 2 and s[i] == s[i + 1] and R.random() < 0.7:
            out.append("double " + dword(s[i]))
            i += 2
        else:
            out.append(dword(s[i]))
            i += 1
        if i < n and fill and R.random() < fill:
            out.append(R.choice(FILL))
    # tens word followed directly by a unit word would merge: separate with pause
    res = []
    for k, w in enumerate(out):
        res.append(w)
    txt = " ".join(res)
    return txt


def safe_spoken(s, style=None, fill=0.0, doubles=True):
    """spoken_digits, retried until it normalises back to s."""
    for _ in range(50):
        t = spoken_digits(s, style, fill, doubles)
        last = t.split()[-1]
        if norm_alnum(t) == s and last not in TENS.values() and last != "hundred":
            return t
        style = "single"
    raise RuntimeError("cannot render " + s)


def spell_letter(c, mode):
    c = c.lower()
    if mode == "nato" or (mode == "plain" and c == "o"):
        return c + R.choice([" for ", " as in "]) + NATO[c]
    if mode == "alt" and c in ALTSPELL:
        return c + " for " + ALTSPELL[c]
    return c


def spoken_alnum(s, letter_mode=None, fill=0.0):
    """Letters + digits, e.g. NI number or postcode."""
    parts = re.findall(r"[A-Za-z]|\d+", s)
    out = []
    for p in parts:
        if p.isdigit():
            out.append(spoken_digits(p, "single", 0.0))
        else:
            lm = letter_mode or R.choice(["plain", "plain", "nato", "alt"])
            out.append(spell_letter(p, lm))
        if fill and R.random() < fill:
            out.append(R.choice(FILL))
    if out and out[-1] in FILL:
        out.pop()
    return " ".join(out)


def groups_of(s, sizes):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z])
        i += z
    if i < len(s):
        out.append(s[i:])
    return [o for o in out if o]


# ---------------------------------------------------------------- normaliser

WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
for z in ("oh", "o", "nought", "nil", "zero"):
    WORDNUM[z] = "0"
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENSNUM = {w: k for k, w in TENS.items()}
ORDNUM = {w: "%02d" % i for i, w in enumerate(ORD) if w}
ORDNUM["thirtieth"] = "30"
ORDNUM["twentieth"] = "20"
MONNUM = {m: "%02d" % (i + 1) for i, m in enumerate(MONTHS)}
for i, m in enumerate(MONTHS):
    MONNUM[m[:3]] = "%02d" % (i + 1)
MONNUM["sept"] = "09"
FILLERS = set(FILL) | {"hmm", "ah", "and", "the", "of", "st", "nd", "rd", "th"}


def norm_alnum(text):
    """Normalise spoken or typed value to a compact upper-case alnum string."""
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d+|\+", text.lower())
    out = []
    i = 0
    rep = 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        piece = None
        if t in ("double", "triple"):
            rep = 2 if t == "double" else 3
            i += 1
            continue
        if t in FILLERS:
            i += 1
            continue
        if t == "plus":
            piece = "+"
        elif t == "+":
            piece = "+"
        elif t.isdigit():
            piece = t.upper()
        elif len(t) == 1 and nxt in ("for", "as"):
            piece = t.upper()
            i += 2
            if i < len(toks) and toks[i] == "in":
                i += 1
        elif t in MONNUM:
            piece = MONNUM[t]
        elif t in ORDNUM:
            piece = ORDNUM[t]
        elif t in WORDNUM and nxt == "hundred":
            val = int(WORDNUM[t]) * 100
            i += 2
            while i < len(toks) and toks[i] == "and":
                i += 1
            if i < len(toks) and toks[i] in TEENNUM:
                val += int(TEENNUM[toks[i]]); i += 1
            elif i < len(toks) and toks[i] in TENSNUM:
                val += 10 * TENSNUM[toks[i]]; i += 1
                if i < len(toks) and toks[i] in WORDNUM and toks[i] not in ("zero", "oh", "o", "nought", "nil"):
                    val += int(WORDNUM[toks[i]]); i += 1
            elif i < len(toks) and toks[i] in WORDNUM and toks[i] not in ("zero", "oh", "o", "nought", "nil") \
                    and not (i + 1 < len(toks) and toks[i + 1] in ("hundred", "thousand")):
                val += int(WORDNUM[toks[i]]); i += 1
            out.append("%03d" % val)
            continue
        elif t in WORDNUM and nxt == "thousand":
            val = int(WORDNUM[t]) * 1000
            i += 2
            while i < len(toks) and toks[i] == "and":
                i += 1
            if i < len(toks) and toks[i] in TEENNUM:
                val += int(TEENNUM[toks[i]]); i += 1
            elif i < len(toks) and toks[i] in TENSNUM:
                val += 10 * TENSNUM[toks[i]]; i += 1
                if i < len(toks) and toks[i] in WORDNUM and toks[i] != "zero":
                    val += int(WORDNUM[toks[i]]); i += 1
            elif i < len(toks) and toks[i] in WORDNUM and toks[i] not in ("zero", "oh", "o", "nought"):
                val += int(WORDNUM[toks[i]]); i += 1
            out.append("%04d" % val)
            continue
        elif t in WORDNUM:
            piece = WORDNUM[t]
        elif t in TEENNUM:
            piece = TEENNUM[t]
        elif t in TENSNUM:
            if nxt in ORDNUM and ORDNUM[nxt] < "10":
                piece = str(TENSNUM[t]) + ORDNUM[nxt][1]
                i += 1
            elif nxt in WORDNUM and nxt not in ("zero", "oh", "o", "nought", "nil"):
                piece = str(TENSNUM[t]) + WORDNUM[nxt]
                i += 1
            else:
                piece = str(TENSNUM[t]) + "0"
        elif len(t) == 1 and nxt in ("for", "as"):
            piece = t.upper()
            i += 2
            if i < len(toks) and toks[i] == "in":
                i += 1
        else:
            piece = t.upper()
        out.append(piece * rep)
        rep = 1
        i += 1
    return "".join(out)


def norm_email(text):
    t = " " + text.lower() + " "
    t = re.sub(r"\s+(at)\s+", "@", t)
    t = re.sub(r"\s+(dot)\s+", ".", t)
    t = re.sub(r"\s+(underscore)\s+", "_", t)
    t = re.sub(r"\s+(dash|hyphen)\s+", "-", t)
    t = re.sub(r"\b(um|uh|er|erm)\b", "", t)
    t = re.sub(r"\b(%s)\b" % "|".join(UNITS), lambda m: str(UNITS.index(m.group(1))), t)
    return re.sub(r"\s+", "", t)


def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_WORDS = ("street", "road", "avenue", "lane", "close", "drive", "way", "court",
                "crescent", "place", "grove", "terrace", "gardens", "blvd", "boulevard",
                "st", "rd", "ave", "ln", "dr", "park", "row", "hill", "walk", "square", "mews", "green")


def date_digits_ok(d, kind):
    if kind == "EXPIRY":
        if len(d) == 4:
            mm = int(d[:2])
        elif len(d) == 6:
            mm = int(d[:2]) if d[2:4] == "20" else int(d[4:])
        else:
            return False
        return 1 <= mm <= 12
    # DOB
    if len(d) not in (6, 7, 8):
        return False
    years = [int(d[-4:]), int(d[:4])] if len(d) >= 7 else [1900 + int(d[-2:])]
    return any(1920 <= y <= 2012 for y in years) or len(d) == 6


def validate(typ, text, canon, mode):
    """Return error string or None."""
    if typ == "EMAIL":
        e = norm_email(text)
        if mode == "full":
            if e != canon.lower():
                return "email %r != %r" % (e, canon)
        if not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e) and mode != "partial":
            return "bad email " + e
        if mode == "partial" and e not in canon.lower():
            return "partial email"
        return None
    if typ == "ADDRESS":
        n = text.lower()
        if not re.match(r"(flat|apartment|apt|unit)?\s*[\w]+", n):
            return "addr"
        if not (re.search(r"\d", n) or re.match(r"(flat |apartment |apt |unit )?(%s)\b" % "|".join(UNITS[1:] + TEENS + list(TENS.values())), n)):
            return "address has no number: " + text
        if not any(re.search(r"\b%s\b" % w, n) for w in STREET_WORDS):
            return "address has no street word: " + text
        return None
    if typ == "PHONE":
        text = text.replace("(0)", "")
    a = norm_alnum(text)
    c = canon.upper().replace(" ", "")
    if mode == "partial":
        return None if a and a in c else "partial %r not in %r" % (a, c)
    if typ in ("EXPIRY", "DOB"):
        d = re.sub(r"\D", "", a)
        return None if date_digits_ok(d, typ) else "%s bad %r from %r" % (typ, d, text)
    if mode == "full" and a != c:
        return "%s %r != %r" % (typ, a, c)
    if typ == "CARD_NUMBER":
        if not (a.isdigit() and 13 <= len(a) <= 19):
            return "card len"
        if mode == "full" and not luhn_ok(a):
            return "luhn"
    elif typ == "CVV":
        if not (a.isdigit() and len(a) in (3, 4)):
            return "cvv"
    elif typ == "SSN":
        if not (a.isdigit() and len(a) == 9) or a[:3] in ("000", "666") or a[0] == "9":
            return "ssn " + a
    elif typ == "NI_NUMBER":
        if not NI_RE.fullmatch(a):
            return "ni " + a
    elif typ == "SORT_CODE":
        if not (a.isdigit() and len(a) == 6):
            return "sort " + a
    elif typ == "BANK_ACCOUNT":
        if not (a.isdigit() and 6 <= len(a) <= 17):
            return "acct " + a
    elif typ == "IBAN":
        if not iban_ok(a):
            return "iban " + a
    elif typ == "PHONE":
        if not re.fullmatch(r"\+?\d{10,14}", a.replace("(0)", "")):
            return "phone " + a
    elif typ == "POSTCODE":
        if not (UKPC_RE.fullmatch(a) or re.fullmatch(r"\d{5}(\d{4})?", a)):
            return "postcode " + a
    return None


# ---------------------------------------------------------------- value makers

def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_card():
    kind = R.choice(["visa16", "visa16", "mc", "mc", "amex", "visa13", "disc", "maestro19", "visa16"])
    if kind == "visa16":
        return luhn_complete("4" + str(R.randint(100, 999)), 16)
    if kind == "mc":
        return luhn_complete(str(R.randint(51, 55)), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    if kind == "visa13":
        return luhn_complete("4", 13)
    if kind == "disc":
        return luhn_complete("6011", 16)
    return luhn_complete("6759", 19)


def card_groups(c):
    if len(c) == 15:
        return groups_of(c, [4, 6, 5])
    if len(c) == 19:
        return groups_of(c, [4, 4, 4, 4, 3])
    if len(c) == 13:
        return groups_of(c, [4, 3, 3, 3])
    return groups_of(c, [4, 4, 4, 4])


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI1) + R.choice(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def make_sort():
    return "".join(str(R.randint(0, 9)) for _ in range(6))


def make_acct(n=8):
    return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def iban_from(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def make_iban():
    cc = R.choice(["GB", "GB", "IE", "DE", "NL", "ES", "FR"])
    dg = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if cc == "GB":
        b = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14)
    elif cc == "IE":
        b = R.choice(["AIBK", "BOFI"]) + dg(14)
    elif cc == "DE":
        b = dg(18)
    elif cc == "NL":
        b = R.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    elif cc == "ES":
        b = dg(20)
    else:
        b = dg(23)
    return iban_from(cc, b)


def iban_groups(s):
    return [s[i:i + 4] for i in range(0, len(s), 4)]


def make_phone():
    k = R.choice(["uk_mob", "uk_mob", "uk_land", "us", "us", "ie", "intl_uk", "intl_ie", "intl_us"])
    dg = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if k == "uk_mob":
        return "07" + str(R.randint(4, 9)) + dg(8), k
    if k == "uk_land":
        return "0" + R.choice(["20", "161", "113", "121", "131", "141"]) + dg(7) if False else "020" + dg(8), k
    if k == "us":
        return str(R.randint(2, 9)) + dg(2) + str(R.randint(2, 9)) + dg(6), k
    if k == "ie":
        return "08" + R.choice("3567") + dg(7), k
    if k == "intl_uk":
        return "+447" + str(R.randint(4, 9)) + dg(8), k
    if k == "intl_ie":
        return "+3538" + R.choice("3567") + dg(7), k
    return "+1" + str(R.randint(2, 9)) + dg(2) + str(R.randint(2, 9)) + dg(6), k


def phone_written(p, k):
    if k == "us":
        return R.choice(["%s %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                         "%s.%s.%s" % (p[:3], p[3:6], p[6:]), p])
    if k == "intl_us":
        return R.choice(["+1 %s-%s-%s" % (p[2:5], p[5:8], p[8:]), "+1 %s %s %s" % (p[2:5], p[5:8], p[8:])])
    if k.startswith("intl"):
        cc = "+44" if k == "intl_uk" else "+353"
        rest = p[len(cc):]
        return R.choice([cc + " " + rest[:4] + " " + rest[4:], cc + " (0)" + rest[:2] + " " + rest[2:], p])
    if k == "uk_land":
        return R.choice([p[:3] + " " + p[3:7] + " " + p[7:], p])
    return R.choice([p[:5] + " " + p[5:], p[:5] + " " + p[5:8] + " " + p[8:], p, p[:3] + "-" + p[3:6] + "-" + p[6:]])


def phone_spoken(p, k, fill=0.0):
    if p.startswith("+"):
        cc = {"intl_uk": "44", "intl_ie": "353", "intl_us": "1"}[k]
        ccw = " ".join(UNITS[int(x)] for x in cc) if R.random() < 0.6 else (
            "forty four" if cc == "44" else ("three five three" if cc == "353" else "one"))
        lead = R.choice(["plus ", "plus ", "double oh " if cc != "1" else "plus "])
        rest = p[1 + len(cc):]
        txt = (lead + ccw + " " + safe_spoken(rest, None, fill))
        canon = ("00" if lead.startswith("double") else "+") + p[1:]
        return txt, canon
    chunks = groups_of(p, [5, 3, 3] if len(p) == 11 else [3, 3, 4])
    return ", ".join(safe_spoken(c, None, fill) for c in chunks), p


FIRST = ["james", "sarah", "mo", "priya", "liam", "aoife", "chloe", "dev", "tom", "grace",
         "kwame", "niamh", "oliver", "zara", "sean", "emily", "raj", "hannah", "luis", "fiona"]
LAST = ["doe", "patel", "obrien", "smith", "nguyen", "murphy", "khan", "walsh", "garcia",
        "jones", "kelly", "okafor", "brown", "schmidt", "taylor", "rossi", "evans", "byrne"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "btinternet.com",
           "eircom.net", "icloud.com", "web.de", "aol.com", "protonmail.com"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    form = R.choice(["f.l", "fl", "f_l", "f.lN", "fN", "finit.l", "l-f"])
    n = str(R.randint(1, 99))
    local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "f.lN": f + "." + l + n,
             "fN": f + n, "finit.l": f[0] + "." + l, "l-f": l + "-" + f}[form]
    return local + "@" + R.choice(DOMAINS)


def email_spoken(e):
    local, dom = e.split("@")
    def sp(s):
        out = []
        for ch in re.split(r"([._-])", s):
            if ch == ".":
                out.append("dot")
            elif ch == "_":
                out.append("underscore")
            elif ch == "-":
                out.append(R.choice(["dash", "hyphen"]))
            elif ch.isdigit():
                out.append(" ".join(UNITS[int(x)] for x in ch))
            elif ch:
                m = re.match(r"([a-z]+?)(\d+)$", ch)
                if m:
                    out.append(m.group(1) + " " + " ".join(UNITS[int(x)] for x in m.group(2)))
                else:
                    out.append(ch)
        return " ".join(out)
    return sp(local) + " at " + sp(dom)


UK_STREETS = ["high street", "station road", "church lane", "victoria road", "mill lane",
              "kings avenue", "park drive", "elm grove", "orchard close", "the crescent",
              "albert terrace", "queens way", "meadow view road", "new street"]
US_STREETS = ["main street", "oak avenue", "maple drive", "elm st", "washington blvd",
              "pine ln", "5th avenue", "lake shore drive", "sunset blvd", "cedar court"]
IE_STREETS = ["main street", "harbour road", "church road", "strand road", "college green"]
UK_TOWNS = ["leeds", "bristol", "manchester", "cardiff", "glasgow", "norwich", "york", "derby"]
US_TOWNS = ["austin", "columbus", "denver", "tampa", "portland", "albany"]
IE_TOWNS = ["cork", "galway", "limerick", "dublin 8", "sligo"]


def make_ukpc():
    L = "ABCDEFGHJKLMNPRSTUWYZ"
    f = R.choice(["A9 9AA", "A99 9AA", "AA9 9AA", "AA99 9AA", "AA9A 9AA"])
    s = ""
    for ch in f:
        if ch == "A":
            s += R.choice(L)
        elif ch == "9":
            s += str(R.randint(1, 9))
        else:
            s += ch
    return s


def make_zip():
    z = "%05d" % R.randint(1001, 99950)
    return z if R.random() < 0.75 else z + "-%04d" % R.randint(1, 9999)


def make_address(country, spoken=False):
    n = R.randint(1, 240)
    flat = R.random() < 0.25
    street = R.choice(UK_STREETS if country == "UK" else US_STREETS if country == "US" else IE_STREETS)
    if spoken:
        num = R.choice([str(n), num_words(n)])
        pre = ("flat " + R.choice(["two", "4b", "twelve", "3"]) + ", ") if flat else ""
    else:
        num = str(n) + (R.choice(["", "", "a", "b"]) if n < 100 else "")
        pre = (R.choice(["Flat 2, ", "flat 14, ", "Apt 3B, ", "Unit 7, "])) if flat else ""
        street = street.title() if R.random() < 0.6 else street
    return pre + num + " " + street


def num_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    return hundred_words("%03d" % n)


def make_dob():
    return R.randint(1935, 2004), R.randint(1, 12), R.randint(1, 28)


def dob_written(y, m, d, us=False):
    return R.choice([
        "%02d/%02d/%d" % ((m, d, y) if us else (d, m, y)),
        "%d-%02d-%02d" % (y, m, d),
        "%d %s %d" % (d, MONTHS[m - 1].title(), y),
        "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
        "%02d.%02d.%d" % (d, m, y),
        "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), MONTHS[m - 1][:3].title(), y),
    ])


def year_words(y):
    if y >= 2000:
        return R.choice(["two thousand and " + num_words(y - 2000) if y > 2000 else "two thousand",
                         "two thousand " + num_words(y - 2000)]) if y < 2010 else "twenty " + num_words(y - 2000)
    return "nineteen " + (num_words(y - 1900) if y % 100 >= 10 else "oh " + UNITS[y % 10])


def dob_spoken(y, m, d):
    return R.choice([
        "the %s of %s %s" % (ordinal(d), MONTHS[m - 1], year_words(y)),
        "%s %s %s" % (ordinal(d), MONTHS[m - 1], year_words(y)),
        "%s %s, %s" % (MONTHS[m - 1], ordinal(d), year_words(y)),
        "%s %s %s" % (pair_words("%02d" % d) if d >= 10 else UNITS[d], pair_words("%02d" % m) if m >= 10 else zw() + " " + UNITS[m], year_words(y)),
    ]).replace("the the", "the")


def make_exp():
    return R.randint(1, 12), R.randint(25, 31)


def exp_written(m, y):
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                     "%02d %02d" % (m, y), "%s 20%02d" % (MONTHS[m - 1][:3].title(), y), "%02d/%02d" % (m, y)])


def exp_spoken(m, y):
    mm = (zw() + " " + UNITS[m]) if m < 10 else pair_words("%02d" % m)
    return R.choice(["%s %s" % (mm, pair_words("%02d" % y)),
                     "%s twenty %s" % (MONTHS[m - 1], pair_words("%02d" % y)),
                     "%s %s" % (MONTHS[m - 1], pair_words("%02d" % y)),
                     "%s twenty %s" % (mm, pair_words("%02d" % y))])


def make_cvv(n=3):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes", "got that", "carry on", "okay go on"]
INDUSTRY = {
    "bank": ("Northgate Bank", "banking"), "tel": ("Velocom Mobile", "telecom"),
    "util": ("Brightwater Energy", "utilities"), "retail": ("Hollis & Page", "retail"),
    "ins": ("Ardent Insurance", "insurance"), "travel": ("Skylark Holidays", "travel"),
    "health": ("St Brendan's billing", "healthcare billing"), "gov": ("the benefits helpline", "government services"),
}


def back():
    return R.choice(BACK)


def cap(s):
    return s[0].upper() + s[1:] if s else s


# ---------------------------------------------------------------- positive templates

def p_card_chat(c):
    card = make_card()
    g = c.g("CARD_NUMBER", card)
    sep = R.choice([" ", "-", "", "  ", " - ", "."])
    groups = card_groups(card)
    if R.random() < 0.3 and len(card) == 16:
        groups = groups_of(card, [R.choice([3, 5, 6]), 5, 5])
    txt = sep.join(groups)
    lbl = R.choice(["card no: ", "Card number - ", "its ", "CC# ", "my card is ", "card: ", "number on the card is "])
    c.agent(R.choice(["Can you type the long card number into the chat please?", "Please provide the card number you'd like to use.",
                      "What's the card you want to pay with?"]))
    if R.random() < 0.3:
        drop = R.randrange(4, len(card) - 1)
        typo = card[:drop] + card[drop + 1:]
        gt = c.g("CARD_NUMBER", typo, "variant")
        c.cust(lbl, V(gt, " ".join(groups_of(typo, [4, 4, 4, 4]))))
        c.agent("That seems to be a digit short, could you check it?")
        c.cust(R.choice(["sorry fat fingers ", "oops, ", "Sorry! "]), V(g, txt))
        c.note = "typo in first typed card, retyped"
    else:
        c.cust(R.choice(["ok ", "", "sure ", "Hi, "]), lbl, V(g, txt), R.choice(["", " thanks", ". expiry below", " x"]))
    if R.random() < 0.6:
        m, y = make_exp()
        ge = c.g("EXPIRY", "%02d%02d" % (m, y))
        cv = make_cvv(4 if len(card) == 15 else 3)
        gc = c.g("CVV", cv)
        c.cust(R.choice(["exp ", "expiry ", "Exp date: ", "valid thru "]), V(ge, exp_written(m, y)),
               R.choice([" cvv ", ", security code ", " / CVC: ", " and the 3 digits are "]), V(gc, cv))
    if R.random() < 0.5:
        gl = c.g("CARD_NUMBER", card, "partial")
        c.agent("Thanks, I can see the card ending ", V(gl, card[-4:]), " has been added.")
    return "card typed in chat"


def p_card_spoken_split(c):
    """Caller reads card over several turns with back-channels; agent reads back."""
    card = make_card()
    gr = card_groups(card)
    g = c.g("CARD_NUMBER", card)
    style = R.choice(["single", "pairs", "mixed", "single"])
    fill = R.choice([0.0, 0.2, 0.4])
    c.agent(R.choice(["and the long number across the front of the card when you're ready",
                      "okay can i take the card number please", "go ahead with the sixteen digits"]))
    first = True
    aside_at = R.randrange(len(gr) - 1) if R.random() < 0.4 else -1
    i = 0
    while i < len(gr):
        chunk = gr[i]
        lead = R.choice(["it's ", "right ", "so ", "um ", ""]) if first else R.choice(["", "then ", "", "and "])
        if i == aside_at:
            c.cust(lead, V(g, safe_spoken(chunk, style, fill)),
                   R.choice([" - sorry, the dog's going mad - ", "... hang on, the bus is going past... ", ", sorry, kids, be quiet, ", " (the light's bad in here) "]),
                   V(g, safe_spoken(gr[i + 1], style, fill)))
            i += 1
        elif i == 1 and R.random() < 0.15:
            c.cust("sorry, can you hold on a sec, someone's at the door")
            c.agent("no problem, take your time")
            c.cust("right, sorry, where was i, ", V(g, safe_spoken(chunk, style, fill)))
        else:
            c.cust(lead, V(g, safe_spoken(chunk, style, fill)))
        if i < len(gr) - 1:
            c.agent(back())
        first = False
        i += 1
    c.note = "card read in chunks over customer turns with back-channels"
    # read-back by agent, maybe with a single digit wrong
    if R.random() < 0.55:
        pos = R.randrange(len(card) - 4, len(card))
        wrong = card[:pos] + str((int(card[pos]) + R.randint(1, 8)) % 10) + card[pos + 1:]
        gw = c.g("CARD_NUMBER", wrong, "variant")
        c.agent("let me read that back. ", V(gw, safe_spoken(wrong, "single", 0, False)), "?")
        # correction of the last group
        lastg = card[-4:]
        gp = c.g("CARD_NUMBER", card, "partial")
        c.cust(R.choice(["no sorry the last bit's ", "not quite, the end is ", "nearly, it finishes "]),
               V(gp, safe_spoken(lastg, "single")), R.choice(["", " not what you said", ", you said " + dword(wrong[pos])]))
        gp2 = c.g("CARD_NUMBER", card, "partial")
        c.agent("apologies, so ending ", V(gp2, safe_spoken(lastg, "single")), ", got it")
        c.note += "; agent read-back with one wrong digit, caller corrects"
    else:
        g2 = c.g("CARD_NUMBER", card)
        c.agent(R.choice(["so that's ", "just to confirm, ", "i have "]), V(g2, safe_spoken(card, "single", 0)),
                R.choice(["?", ", is that right?", ". correct?"]))
        c.cust(R.choice(["yes", "yep that's it", "that's right"]))
        c.note += "; full agent read-back"
    return c.note


def p_card_restart(c):
    card = make_card()
    gr = card_groups(card)
    gpart = c.g("CARD_NUMBER", card, "partial")
    g = c.g("CARD_NUMBER", card)
    pre = card[:R.choice([3, 5, 6])]
    c.agent("what's the card number for this payment")
    c.cust("okay it's ", V(gpart, safe_spoken(pre, "single")), R.choice([", no hang on, ", "... sorry let me start again, ", " - wait i'll start over - "]),
           V(g, ", ".join(safe_spoken(x, None, 0.3) for x in gr)))
    if R.random() < 0.6:
        m, y = make_exp()
        ge = c.g("EXPIRY", "%02d%02d" % (m, y))
        c.agent("and the expiry")
        c.cust(R.choice(["it runs out ", "expires ", "", "it says valid to "]), V(ge, exp_spoken(m, y)))
        cv = make_cvv()
        gc = c.g("CVV", cv)
        c.agent("and the three digit security code on the back")
        c.cust(R.choice(["", "it's ", "uh "]), V(gc, safe_spoken(cv, "single")))
    return "caller restarts card reading; first partial attempt labelled"


def p_card_piecewise_confirm(c):
    """Agent confirms piece by piece; caller corrects one digit in one piece."""
    card = make_card()
    gr = card_groups(card)
    g = c.g("CARD_NUMBER", card)
    c.cust(R.choice(["the card's ", "my card number is ", "it's a visa, "]),
           V(g, " ".join(safe_spoken(x, "single") for x in gr)))
    c.agent("okay i'm going to go through it in fours")
    bad = R.randrange(len(gr))
    for i, chunk in enumerate(gr):
        if i == bad:
            pos = R.randrange(len(chunk))
            wrong = chunk[:pos] + str((int(chunk[pos]) + 1) % 10) + chunk[pos + 1:]
            gw = c.g("CARD_NUMBER", card[:0] + wrong if False else wrong, "variant_partial")
            c.agent(V(gw, safe_spoken(wrong, "single")), "?")
            gc = c.g("CARD_NUMBER", card, "partial")
            c.cust(R.choice(["no, ", "not quite - ", "uh no it's "]), V(gc, safe_spoken(chunk, "single")))
            gc2 = c.g("CARD_NUMBER", card, "partial")
            c.agent(V(gc2, safe_spoken(chunk, "single")), ", sorry")
        else:
            gc = c.g("CARD_NUMBER", card, "partial")
            c.agent(V(gc, safe_spoken(chunk, "single")), R.choice(["", "?", " yeah?"]))
            c.cust(R.choice(["yep", "yes", "mhm", "correct"]))
    return "card confirmed four digits at a time, single-digit correction"


def p_card_hold(c):
    card = make_card()
    g = c.g("CARD_NUMBER", card)
    c.cust("card number is ", V(g, safe_spoken(card, R.choice(["single", "pairs"]), 0.15)))
    c.agent(R.choice(["bear with me, i'm just going to put you on a brief hold while i check this",
                      "i need to transfer you to payments, please hold"]))
    c.agent(R.choice(["hello, thanks for holding. my colleague passed you over, can i take that card number again",
                      "sorry about the wait. the system timed out, could you repeat the card number"]))
    g2 = c.g("CARD_NUMBER", card)
    c.cust(R.choice(["sure ", "oh god okay ", "again? fine, "]), V(g2, safe_spoken(card, "single", 0.1)))
    if R.random() < 0.5:
        c.cust("and that's my husband's card by the way, he's said it's fine")
    m, y = make_exp()
    ge = c.g("EXPIRY", "%02d%02d" % (m, y))
    c.agent("and the expiry date and security code")
    cv = make_cvv(4 if len(card) == 15 else 3)
    gc = c.g("CVV", cv)
    c.cust(V(ge, exp_spoken(m, y)), R.choice([", and the code's ", ", code ", " and ", ", um, back of the card says "]), V(gc, safe_spoken(cv, "single")))
    if R.random() < 0.5:
        ge2 = c.g("EXPIRY", "%02d%02d" % (m, y))
        c.agent("expiry ", V(ge2, exp_spoken(m, y)), ", thank you")
    return "card re-read after hold/transfer"


def p_card_for_someone(c):
    card = make_card()
    g = c.g("CARD_NUMBER", card)
    who = R.choice(["my mum's", "my dad's", "my wife's", "my boss's", "my son's"])
    c.cust("i'm paying with ", who, " card, she's next to me, ", R.choice(["", "hang on, "]))
    gr = card_groups(card)
    half = len(gr) // 2
    ga = c.g("CARD_NUMBER", card, "partial")
    gb = c.g("CARD_NUMBER", card, "partial")
    c.cust("right she says ", V(ga, safe_spoken("".join(gr[:half]), "single", 0.2)))
    c.agent(back())
    c.cust("hold on she's looking... okay ", V(gb, safe_spoken("".join(gr[half:]), "single", 0.2)))
    c.agent("and is the cardholder happy for us to take this payment?")
    return "caller relays someone else's card in two halves"


def p_ssn(c):
    s = make_ssn()
    g = c.g("SSN", s)
    form = R.random()
    if form < 0.4:
        txt = R.choice(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s])
        c.agent("Please verify your Social Security number.")
        c.cust(R.choice(["SSN: ", "ssn is ", "social: ", "Soc sec # ", ""]), V(g, txt))
    else:
        c.agent(R.choice(["for verification i need your social security number", "can i get the social please"]))
        parts = [s[:3], s[3:5], s[5:]]
        if R.random() < 0.5:
            c.cust(R.choice(["sure it's ", "it's ", "uh "]), V(g, ", ".join(safe_spoken(p, None, 0.2) for p in parts)))
        else:
            c.cust(V(g, safe_spoken(parts[0], "single")))
            c.agent(back())
            c.cust(V(g, safe_spoken(parts[1], None)))
            c.agent(back())
            c.cust(V(g, safe_spoken(parts[2], None, 0.2)))
    if R.random() < 0.6:
        g2 = c.g("SSN", s)
        if R.random() < 0.5:
            c.agent("thank you, i have ", V(g2, safe_spoken(s, "single")), ", correct?")
            c.cust("yes")
        else:
            gw_s = s[:3] + s[3:5] + s[5:8] + str((int(s[8]) + 3) % 10)
            gw = c.g("SSN", gw_s, "variant")
            c.agent("so that's ", V(gw, safe_spoken(gw_s, "single")), "?")
            gp = c.g("SSN", s, "partial")
            c.cust("no the last one is ", V(gp, dword(s[8])), ", ", V(c.g("SSN", s, "partial"), safe_spoken(s[5:], "single")))
    return "US social security number"


def p_ni(c):
    n = make_ni()
    g = c.g("NI_NUMBER", n)
    if R.random() < 0.35:
        txt = R.choice([n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], n.lower(), n[:2] + n[2:8] + " " + n[8]])
        c.cust(R.choice(["NI no: ", "my national insurance is ", "NINO ", "Nat ins number "]), V(g, txt))
    else:
        mode = R.choice(["plain", "nato", "alt", None])
        c.agent("can you give me your national insurance number")
        if R.random() < 0.5:
            c.cust(R.choice(["yeah it's ", "it's ", ""]), V(g, spoken_alnum(n, mode, 0.15)))
        else:
            c.cust(V(g, spoken_alnum(n[:2], mode)), ", ", V(g, spoken_alnum(n[2:6], mode)))
            c.agent(back())
            c.cust(V(g, spoken_alnum(n[6:], mode)))
    r = R.random()
    if r < 0.4:
        g2 = c.g("NI_NUMBER", n)
        c.agent("lovely, so ", V(g2, spoken_alnum(n, "plain")), "?")
        c.cust("that's it")
    elif r < 0.75:
        gp = c.g("NI_NUMBER", n, "partial")
        c.agent("sorry was the first letter ", V(gp, spell_letter(n[0], "nato")), "?")
        c.cust("yes, ", V(c.g("NI_NUMBER", n, "partial"), n[0].lower() + " for " + NATO[n[0].lower()]), ", then ", V(c.g("NI_NUMBER", n, "partial"), spell_letter(n[1], "nato")))
    return "UK national insurance number"


def p_bank(c):
    sc = make_sort()
    ac = make_acct(8)
    gs = c.g("SORT_CODE", sc)
    ga = c.g("BANK_ACCOUNT", ac)
    who = R.random() < 0.35
    if who:
        c.cust(R.choice(["i'm calling for my gran, she's set up the direct debit from her account. ",
                         "it's my partner's account, he's given me permission. "]))
    if R.random() < 0.4:
        c.cust(R.choice(["s/c ", "sort code: ", "Sort "]), V(gs, R.choice(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])),
               R.choice([" acct no: ", ", account ", " a/c "]), V(ga, ac))
    else:
        c.agent("what's the sort code")
        c.cust(V(gs, ", ".join(safe_spoken(x, None) for x in groups_of(sc, [2, 2, 2]))))
        c.agent("and the account number")
        if R.random() < 0.5:
            c.cust(R.choice(["", "it's ", "right that's "]), V(ga, safe_spoken(ac, None, 0.2)))
        else:
            c.cust(V(ga, safe_spoken(ac[:4], "single")))
            c.agent(back())
            c.cust(V(ga, safe_spoken(ac[4:], None)))
    if R.random() < 0.6:
        gs2 = c.g("SORT_CODE", sc)
        ga2 = c.g("BANK_ACCOUNT", ac)
        c.agent("so sort code ", V(gs2, safe_spoken(sc, "pairs")), ", account ", V(ga2, safe_spoken(ac, "single")), ", yeah?")
        if R.random() < 0.5:
            gpa = c.g("BANK_ACCOUNT", ac, "partial")
            c.cust("yes. well, hang on, ", R.choice(["she", "he"]), "'s saying the end is ", V(gpa, safe_spoken(ac[-3:], "single")), " - yeah, that's right")
    return "UK sort code and account number" + ("; caller for someone else" if who else "")


def p_us_bank(c):
    ac = make_acct(R.choice([10, 11, 12]))
    ga = c.g("BANK_ACCOUNT", ac)
    c.agent("what checking account should the refund go to")
    c.cust(R.choice(["account number ", "acct# ", "it's "]), V(ga, safe_spoken(ac, None, 0.2) if R.random() < 0.6 else ac))
    c.agent("and the routing, sorry, i only need the account, thanks")
    return "US bank account number"


def p_iban(c):
    ib = make_iban()
    g = c.g("IBAN", ib)
    if R.random() < 0.5:
        txt = R.choice([" ".join(iban_groups(ib)), ib, " ".join(iban_groups(ib)).lower()])
        c.cust(R.choice(["IBAN: ", "please refund to iban ", "my IBAN is "]), V(g, txt))
    else:
        c.agent("can you read me the iban")
        gr = iban_groups(ib)
        half = len(gr) // 2
        c.cust(V(g, " ".join(spoken_alnum(x, "nato" if R.random() < 0.5 else "plain") if not x.isdigit() else safe_spoken(x, "single") for x in gr[:half])))
        c.agent(back())
        c.cust(V(g, " ".join(spoken_alnum(x, "plain") if not x.isdigit() else safe_spoken(x, None) for x in gr[half:])))
        if R.random() < 0.5:
            gp = c.g("IBAN", ib, "partial")
            c.agent("and the country code was ", V(gp, spoken_alnum(ib[:2], "nato")), "?")
            c.cust("yes")
    return "IBAN, typed or spoken"


def p_phone(c):
    p, k = make_phone()
    if R.random() < 0.4:
        g = c.g("PHONE", p)
        c.cust(R.choice(["tel: ", "mobile - ", "call me on ", "Phone # ", "my number is "]), V(g, phone_written(p, k)))
    else:
        txt, canon = phone_spoken(p, k, 0.15)
        g = c.g("PHONE", canon)
        c.agent("what's the best number to reach you on")
        c.cust(R.choice(["it's ", "my mobile, ", "", "uh "]), V(g, txt))
        if R.random() < 0.6:
            t2, c2 = phone_spoken(p, k)
            g2 = c.g("PHONE", c2)
            c.agent("so that's ", V(g2, t2), "?")
            if R.random() < 0.5:
                gp = c.g("PHONE", canon, "partial")
                c.cust("yes, although it's ", V(gp, safe_spoken(p[-4:], "single")), " at the end")
            else:
                c.cust("perfect")
    return "phone number " + k


def p_email(c):
    e = make_email()
    g = c.g("EMAIL", e)
    if R.random() < 0.35:
        txt = e if R.random() < 0.6 else e.upper() if R.random() < 0.3 else e.capitalize()
        c.cust(R.choice(["email: ", "pls send to ", "my email is ", "E-mail - "]), V(g, txt))
    else:
        c.agent("and an email address for the confirmation")
        c.cust(R.choice(["yeah it's ", "", "uh it's "]), V(g, email_spoken(e)))
        if R.random() < 0.6:
            g2 = c.g("EMAIL", e)
            c.agent("so ", V(g2, email_spoken(e)), ", is that right")
            c.cust(R.choice(["yes", "yeah all lower case", "that's it, no capitals"]))
    return "email address"


def p_dob(c):
    y, m, d = make_dob()
    g = c.g("DOB", "")
    if R.random() < 0.4:
        c.cust(R.choice(["DOB ", "date of birth: ", "born ", "D.O.B. "]), V(g, dob_written(y, m, d, R.random() < 0.4)))
    else:
        c.agent(R.choice(["and can you confirm your date of birth", "what's the patient's date of birth"]))
        c.cust(R.choice(["", "it's ", "uh ", "she was born on "]), V(g, dob_spoken(y, m, d)))
        if R.random() < 0.5:
            g2 = c.g("DOB", "")
            c.agent("thank you, ", V(g2, dob_spoken(y, m, d)), ", that matches")
    return "date of birth"


def p_address(c):
    country = R.choice(["UK", "UK", "US", "IE"])
    spoken = R.random() < 0.5
    a = make_address(country, spoken)
    ga = c.g("ADDRESS", a)
    town = R.choice(UK_TOWNS if country == "UK" else US_TOWNS if country == "US" else IE_TOWNS)
    c.agent("what's the address on the account")
    if country == "IE":
        c.cust(R.choice(["it's ", ""]), V(ga, a), ", ", town)
        return "Irish address (no postcode)"
    pc = make_ukpc() if country == "UK" else make_zip()
    gp = c.g("POSTCODE", pc.replace("-", ""))
    if spoken:
        pct = spoken_alnum(pc.replace("-", ""), None, 0.1) if country == "UK" else safe_spoken(pc.replace("-", ""), "single")
        c.cust(R.choice(["it's ", "", "um "]), V(ga, a), " in ", town)
        c.agent("and the postcode" if country == "UK" else "and the zip")
        c.cust(V(gp, pct))
        if R.random() < 0.5:
            gp2 = c.g("POSTCODE", pc.replace("-", ""))
            c.agent("so ", V(gp2, spoken_alnum(pc.replace("-", ""), "nato") if country == "UK" else safe_spoken(pc.replace("-", ""), "single")), "?")
            c.cust("yeah")
    else:
        c.cust(V(ga, a), ", ", town.title(), R.choice([" ", ", "]), V(gp, pc if R.random() < 0.7 else pc.lower()))
    return "address and postcode (%s)" % country


def p_postcode_only(c):
    pc = make_ukpc()
    g = c.g("POSTCODE", pc)
    c.agent("can i just take the postcode to find the property")
    c.cust(V(g, spoken_alnum(pc, None, 0.2)))
    gp = c.g("POSTCODE", pc, "partial")
    c.agent("was that ", V(gp, spell_letter(pc.replace(" ", "")[-1], "nato")), " at the end?")
    c.cust("yes")
    return "postcode only, partial confirm"


POS_TEMPLATES = [
    (p_card_chat, 12), (p_card_spoken_split, 14), (p_card_restart, 8), (p_card_piecewise_confirm, 8),
    (p_card_hold, 6), (p_card_for_someone, 6),
    (p_ssn, 24), (p_ni, 24), (p_bank, 16), (p_us_bank, 5), (p_iban, 14), (p_phone, 18),
    (p_email, 16), (p_dob, 14), (p_address, 18), (p_postcode_only, 6),
]


# ---------------------------------------------------------------- negative templates

def n_order(c):
    n = "".join(str(R.randint(0, 9)) for _ in range(R.choice([12, 14, 16])))
    lbl = R.choice(["order number", "order ref", "reference number", "booking reference", "ticket number"])
    if R.random() < 0.5:
        c.cust("my ", lbl, " is ", " ".join(groups_of(n, [4, 4, 4, 4])))
    else:
        c.cust("the ", lbl, " is ", safe_spoken(n[:4], "single"), ", ", safe_spoken(n[4:8], "single"), ", ", safe_spoken(n[8:], "single"))
    c.agent("thanks, i've found that ", lbl.split()[0])
    return "long %s read like a card number" % lbl


def n_balance(c):
    c.agent(R.choice(["your current balance is £%d.%02d" % (R.randint(10, 4000), R.randint(0, 99)),
                      "the outstanding amount is four hundred and twelve pounds sixty",
                      "you owe $%d,%03d.%02d as of today" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99)),
                      "that's one thousand two hundred and forty euro"]))
    c.cust(R.choice(["can i pay %d a month instead" % R.randint(20, 300), "i thought it was about eighty quid",
                     "i paid %d.%02d last week" % (R.randint(5, 500), R.randint(0, 99))]))
    return "amounts and balances"


def n_lastfour(c):
    l4 = "%04d" % R.randint(0, 9999)
    c.agent(R.choice(["is that the card ending %s?" % l4, "i can see a visa ending in " + safe_spoken(l4, "single") + " on file"]))
    c.cust(R.choice(["yes the one ending " + safe_spoken(l4, "single"), "yeah last four " + l4, "no, that one expired"]))
    return "card last four only"


def n_tracking(c):
    t = R.choice(["1Z%s%s" % ("".join(R.choice("ABCDEFXY0123456789") for _ in range(6)), "".join(str(R.randint(0, 9)) for _ in range(10))),
                  "JD0146%s" % "".join(str(R.randint(0, 9)) for _ in range(12)),
                  "%d" % R.randint(10 ** 15, 10 ** 16 - 1)])
    c.cust("tracking number ", t, " says delivered but nothing came")
    c.agent("i'll raise a claim, claim reference CLM-", str(R.randint(1000000, 9999999)))
    return "tracking and claim numbers"


def n_hours(c):
    c.agent(R.choice(["we're open eight am till eight pm monday to friday, nine to five on saturdays",
                      "you've been waiting about fourteen minutes, sorry",
                      "the engineer slot is between 8 and 1 on the 14th of March",
                      "your contract runs until 31/03/2027", "payment is taken on the 1st of each month",
                      "it'll take three to five working days"]))
    c.cust(R.choice(["ok", "is there anything on the twenty second?", "can it be 2:30 instead", "fine, 10 till 12 works"]))
    return "times, hours, appointment dates"


def n_meter(c):
    r = "%05d" % R.randint(0, 99999)
    c.cust("my meter reading is ", R.choice([r, safe_spoken(r, "single"), r[:3] + " " + r[3:]]),
           R.choice(["", " point " + UNITS[R.randint(0, 9)]]), " and the meter serial is ", R.choice(["E6S", "K", "S1"]) + str(R.randint(10 ** 7, 10 ** 8 - 1)))
    c.agent("thanks, that's a lot higher than last quarter's ", str(R.randint(1000, 9000)))
    return "meter reading and serial"


def n_travel(c):
    c.agent(R.choice(["you're on flight EI 1%02d, seat %d%s, boarding from gate %d" % (R.randint(0, 99), R.randint(1, 40), R.choice("ABCDEF"), R.randint(1, 60)),
                      "room 1%03d is booked for three nights from the 2nd of June" % R.randint(0, 999),
                      "flight BA%d departs 06:45 from terminal 5" % R.randint(100, 2999)]))
    c.cust(R.choice(["and how many bags can i take", "it was meant to be two adults and two kids", "can i move to an aisle seat"]))
    return "flight, seat, gate, room numbers"


def n_policy(c):
    c.cust(R.choice(["policy number POL-%d" % R.randint(10 ** 7, 10 ** 8), "my policy is %s %d" % (R.choice(["HH", "MTR", "TRV"]), R.randint(10 ** 8, 10 ** 9)),
                     "invoice INV-%06d" % R.randint(0, 999999), "the claim number is " + safe_spoken("%09d" % R.randint(0, 10 ** 9 - 1), "single"),
                     "case reference " + " ".join(str(R.randint(100, 999)) for _ in range(3))]))
    c.agent("okay i've got that up, the renewal premium is ", str(R.randint(200, 900)), " pounds")
    return "policy/invoice/claim references"


def n_misc(c):
    c.cust(R.choice(["my mum's eighty four and she can't get to the phone", "the heating's set to twenty one degrees and it's still cold",
                     "the interest rate went up to 19.9%", "we've been customers since 2009",
                     "i've got three kids and two cars on the policy", "i'm stuck on the M25 near junction 10",
                     "the house is on the A40 just past the roundabout", "it's about 4.5 miles from the I-95",
                     "the model is WM-8114 and the serial number is SN 4402 9981 7723"]))
    c.agent(R.choice(["okay no problem", "right, understood", "i'll make a note"]))
    return "ages, temperatures, percentages, years, roads, model/serial"


def n_ext(c):
    c.agent(R.choice(["press 1 then 3 for billing", "my extension is %d if you get cut off" % R.randint(1000, 9999),
                      "the helpline is open 24 hours", "your reference for today's call is " + "".join(str(R.randint(0, 9)) for _ in range(11))]))
    c.cust(R.choice(["thank you", "got it", "what was that again"]))
    return "IVR options, extension, call reference"


def n_spoken_like_card(c):
    n = "".join(str(R.randint(0, 9)) for _ in range(16))
    c.agent("can i take the voucher code from the back of the gift card")
    c.cust(safe_spoken(n[:8], "single", 0.2))
    c.agent("mhm")
    c.cust(safe_spoken(n[8:], "single", 0.2), ", and it says the value is fifty pounds")
    return "gift voucher code read in card-like chunks"


NEG_TEMPLATES = [n_order, n_balance, n_lastfour, n_tracking, n_hours, n_meter, n_travel,
                 n_policy, n_misc, n_ext, n_spoken_like_card]

OPEN = {
    "bank": "thanks for calling Northgate Bank, you're through to Dan",
    "tel": "Velocom Mobile, this is Kerry speaking",
    "util": "you're through to Brightwater Energy",
    "retail": "Hollis & Page customer services, how can i help",
    "ins": "Ardent Insurance claims, Sophie speaking",
    "travel": "Skylark Holidays, how can i help today",
    "health": "St Brendan's patient billing, this is Mark",
    "gov": "benefits helpline, my name's Joe",
}


# ---------------------------------------------------------------- generation

def generate():
    R.seed(420241125)
    cases = []
    pos_plan = []
    for fn, n in POS_TEMPLATES:
        pos_plan += [fn] * n
    R.shuffle(pos_plan)
    extras = [p_phone, p_email, p_dob, p_address, p_ssn, p_ni, p_bank]
    for i, fn in enumerate(pos_plan):
        ind = R.choice(sorted(OPEN))
        c = Case("positive", "")
        if R.random() < 0.5:
            c.agent(OPEN[ind])
        note = fn(c)
        if R.random() < 0.35:
            note2 = R.choice(extras)(c)
            note = note + " + " + note2
        if R.random() < 0.2:
            n_fn = R.choice([n_lastfour, n_balance, n_hours, n_policy, n_order])
            if not (n_fn is n_lastfour and "CARD_NUMBER" in [g["type"] for g in c.groups]):
                n_fn(c)
                note += " + non-PII distractor"
        c.note = "%s; %s" % (INDUSTRY[ind][1], note)
        cases.append(c)
    neg = []
    for i in range(110):
        ind = R.choice(sorted(OPEN))
        c = Case("negative", "")
        if R.random() < 0.4:
            c.agent(OPEN[ind])
        fns = [NEG_TEMPLATES[i % len(NEG_TEMPLATES)]]
        if R.random() < 0.5:
            fns.append(R.choice(NEG_TEMPLATES))
        notes = [f(c) for f in fns]
        c.note = "%s; %s" % (INDUSTRY[ind][1], " + ".join(notes))
        neg.append(c)
    out = []
    meta = []
    for kind, lst in (("pos", cases), ("neg", neg)):
        for i, c in enumerate(lst):
            turns, spans, gspans = c.build()
            rec = {"id": "h420-%s-%03d" % (kind, i + 1), "kind": c.kind, "turns": turns,
                   "spans": spans, "note": c.note}
            out.append(rec)
            meta.append((c.groups, gspans))
    return out, meta


def dump(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def counts(records):
    ct = Counter(s["type"] for r in records for s in r["spans"])
    return ct


def readme(records):
    ct = counts(records)
    npos = sum(r["kind"] == "positive" for r in records)
    nneg = sum(r["kind"] == "negative" for r in records)
    rows = "\n".join("| %s | %d |" % (t, ct.get(t, 0)) for t in TYPES)
    return """# pii_holdout420 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not adjust patterns, thresholds, word
> lists or prompts of the redaction engine against these cases. It exists only
> to measure the engine. If it has been used for tuning, it is no longer held out.

## Who wrote it and how

Written by an AI helper acting as an independent test author, who did not see
the redaction code (nor other PII fixtures or docs of the project). The cases are
produced by `scripts/make_pii_holdout420.py` (Python standard library only, a
single `random.Random(420241125)`). Every turn is assembled from plain-text
segments and labelled value segments, so span offsets are computed, never typed.

`python scripts/make_pii_holdout420.py --check` regenerates the set and verifies
that `cases.jsonl` is byte-identical, ids are unique, spans are in range, on word
boundaries and non-overlapping, and every labelled value is valid after
normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits
for SSN, 6 for sort codes, UK/US postcode formats, phone lengths, etc.).
Values in deliberately wrong agent read-backs or partial repeats are checked for
format / membership in the true value instead.

Emphasis of this set: back-and-forth between agents and callers — read-backs,
single-digit corrections, partial repeats, piece-by-piece confirmation, holds and
transfers, callers reading on behalf of someone else — across banking, telecom,
utilities, retail, insurance, travel, healthcare billing and government services,
in UK, US, Irish and EU settings. Both typed chat/e-mail text and lower-case ASR
style transcripts (numbers as words, "oh"/"nought", "double"/"triple", pairs like
"forty one", hundreds, NATO spelling, spoken e-mails) are included.

## Format

One JSON object per line: `id`, `kind` (`positive`/`negative`), `turns`
(`speaker` is `customer` or `agent`, `text`), `spans` (`turn`, `start`, `end`
exclusive Python character offsets into that turn's text, `type`), `note`.

## Annotation conventions

- A span covers exactly the value, first letter/digit to last; lead-in words
  ("it's", "my number is") are outside.
- A value split across turns gets one span per turn, each with the value's type.
  Agent read-backs are labelled, including read-backs containing a wrong digit,
  and partial repeats / corrections of a value (e.g. "no, the end is six six
  four one") are labelled with the value's type.
- A restarted reading: the abandoned first attempt is labelled as its own span.
- Filler words spoken inside a reading ("um", "uh") are inside the span.
- Phone spans include the country code (including "double oh four four").
- ADDRESS covers house/flat number and street, not the town; the postcode/ZIP is
  a separate POSTCODE span. DOB and EXPIRY cover the whole date expression.
- A card's last four said on their own ("card ending 4821") are not PII unless
  the full card was read in the same case; they are never labelled in negatives.
- Negatives contain no PII: amounts, balances, times, hours, durations, counts,
  ages, temperatures, percentages, years, appointment/contract dates, order /
  ticket / invoice / claim / reference / tracking / serial / model / policy
  numbers with their label, meter readings, flight/room/gate/seat numbers, road
  names, card last-four mentions, gift-card codes read like card numbers.

## Counts

%d positive cases, %d negative cases, %d spans.

| Type | Spans |
|---|---|
%s
""" % (npos, nneg, sum(ct.values()), rows)


def check_records(records, meta):
    errs = []
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r, (groups, gspans) in zip(records, meta):
        if r["kind"] == "negative" and r["spans"]:
            errs.append(r["id"] + " negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(r["id"] + " positive without spans")
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(r["id"] + " speaker")
        byturn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append(r["id"] + " type")
            if not (0 <= s["turn"] < len(r["turns"])):
                errs.append(r["id"] + " turn oob"); continue
            txt = r["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(txt)):
                errs.append(r["id"] + " offsets oob"); continue
            seg = txt[s["start"]:s["end"]]
            if seg != seg.strip() or not (seg[0].isalnum() or (seg[0] == "+" and s["type"] == "PHONE")) or not seg[-1].isalnum() and seg[-1] not in ".":
                errs.append("%s span edges %r" % (r["id"], seg))
            if s["start"] > 0 and txt[s["start"] - 1].isalnum():
                errs.append("%s left boundary %r" % (r["id"], seg))
            if s["end"] < len(txt) and txt[s["end"]].isalnum():
                errs.append("%s right boundary %r" % (r["id"], seg))
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for lst in byturn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append(r["id"] + " overlap")
        # value validation by group
        texts = {}
        for s, gid in zip(r["spans"], gspans):
            texts.setdefault(gid, []).append(r["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for gid, ts in texts.items():
            g = groups[gid]
            joined = " ".join(ts)
            mode = g["mode"]
            if mode == "variant_partial":
                mode = "variant"
                a = norm_alnum(joined)
                if not a.isdigit():
                    errs.append(r["id"] + " variant partial")
                continue
            e = validate(g["type"], joined, g["canon"], mode)
            if e:
                errs.append("%s: %s" % (r["id"], e))
    return errs


def main():
    records, meta = generate()
    data = dump(records)
    rd = readme(records)
    if "--check" in sys.argv:
        errs = check_records(records, meta)
        with open(OUT, encoding="utf-8") as f:
            if f.read() != data:
                errs.append("cases.jsonl is not byte-identical to regenerated output")
        with open(README, encoding="utf-8") as f:
            if f.read() != rd:
                errs.append("README.md counts out of date")
        # re-validate the file as read back (independent of in-memory)
        ct = counts(records)
        npos = sum(r["kind"] == "positive" for r in records)
        nneg = sum(r["kind"] == "negative" for r in records)
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in TYPES:
            if ct.get(t, 0) < need.get(t, 10):
                errs.append("too few %s: %d" % (t, ct.get(t, 0)))
        for e in errs[:60]:
            print("ERROR", e)
        if errs:
            print("%d errors" % len(errs))
            sys.exit(1)
        print("OK: %d positive, %d negative, %d spans; %s" % (
            npos, nneg, sum(ct.values()), ", ".join("%s=%d" % (t, ct[t]) for t in TYPES)))
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    errs = check_records(records, meta)
    for e in errs[:60]:
        print("WARN", e)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    with open(README, "w", encoding="utf-8") as f:
        f.write(rd)
    print("wrote %d cases" % len(records))


if __name__ == "__main__":
    main()

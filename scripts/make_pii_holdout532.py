#!/usr/bin/env python3
"""Generate the pii_holdout532 held-out PII redaction evaluation set.

Written by an AI helper acting as an independent test author who did not see
the redaction engine.  Standard library only; one RNG: random.Random(532241125).

Usage:
    python scripts/make_pii_holdout532.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout532.py --check  # regenerate + validate
"""
import json
import os
import re
import sys
import random
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout532", "cases.jsonl")
SEED = 532241125

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- case model


class Val:
    """One labelled value.  mode: full (pieces concatenate to canon),
    partial (pieces are a substring of canon), wrong (a mis-reading of canon,
    same length, differs in 1-2 positions), loose (format check only)."""

    def __init__(self, typ, canon, mode="full"):
        self.typ, self.canon, self.mode, self.pieces = typ, canon, mode, []

    def __call__(self, text):
        return (self, text)


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.vals = [], [], []

    def t(self, speaker, *segs):
        text, spans = "", []
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, vtext = seg
                if val not in self.vals:
                    self.vals.append(val)
                val.pieces.append(vtext)
                spans.append({"turn": len(self.turns), "start": len(text),
                              "end": len(text) + len(vtext), "type": val.typ})
                text += vtext
        self.turns.append({"speaker": speaker, "text": text})
        self.spans.extend(spans)
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)

# ---------------------------------------------------------------- values

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "cat", "d": "david", "e": "edward",
        "f": "freddie", "g": "george", "h": "harry", "j": "jack", "k": "king",
        "l": "london", "m": "mother", "n": "nellie", "p": "peter", "r": "robert",
        "s": "sugar", "t": "tommy", "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}
FILLERS = ["um", "uh", "er", "erm"]


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


def make_card(rng):
    kind = rng.choice(["visa16", "visa16", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa16":
        body, n = "4", 16
    elif kind == "mc":
        body, n = rng.choice(["51", "52", "53", "54", "55", "2221"]), 16
    elif kind == "amex":
        body, n = rng.choice(["34", "37"]), 15
    elif kind == "disc":
        body, n = "6011", 16
    elif kind == "visa13":
        body, n = "4", 13
    else:
        body, n = "6759", 19
    while len(body) < n - 1:
        body += str(rng.randrange(10))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def card_groups(card):
    n = len(card)
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 3, 3, 3]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def split_by(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    return out


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97 == 1


def digits(rng, n, first_nonzero=False):
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randrange(1, 10)) + s[1:]
    return s


def make_iban(rng):
    c = rng.choice(["GB", "IE", "DE", "NL", "ES", "FR"])
    if c == "GB":
        bban = rng.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + digits(rng, 14)
    elif c == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + digits(rng, 14)
    elif c == "DE":
        bban = digits(rng, 18)
    elif c == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABN"]) + digits(rng, 10)
    elif c == "ES":
        bban = digits(rng, 20)
    else:
        bban = digits(rng, 23)
    return c + iban_check(c, bban) + bban


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        s = p + digits(rng, 6) + rng.choice("ABCD")
        if NI_RE.match(s):
            return s


def make_ssn(rng):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "EC", "M", "B", "L", "LS", "G", "EH",
            "CF", "BS", "NE", "S", "CR", "BT", "DN", "KT", "RG", "LE", "NG", "BN"]
UK_IN = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_pc(rng):
    out = rng.choice(UK_AREAS) + str(rng.randrange(1, 30))
    return out + " " + str(rng.randrange(10)) + rng.choice(UK_IN) + rng.choice(UK_IN)


def make_zip(rng, plus4=False):
    z = "%05d" % rng.randrange(1001, 99950)
    return z + ("-" + "%04d" % rng.randrange(10000) if plus4 else "")


def make_phone(rng, region):
    """returns (canonical digits with optional +, typed rendering, groups for speech)"""
    if region == "UK":
        if rng.random() < 0.5:
            g = ["07" + digits(rng, 3), digits(rng, 3), digits(rng, 3)]
            typed = rng.choice([g[0] + " " + g[1] + g[2], "".join(g), g[0] + "-" + g[1] + "-" + g[2]])
        else:
            g = ["020", "7" + digits(rng, 3), digits(rng, 4)]
            typed = rng.choice(["(020) " + g[1] + " " + g[2], " ".join(g)])
        canon = "".join(g)
        if rng.random() < 0.35:
            g = ["+44"] + [g[0][1:]] + g[1:]
            canon = "+44" + canon[1:]
            typed = " ".join(g)
    elif region == "US":
        area = str(rng.randrange(2, 10)) + digits(rng, 2)
        g = [area, str(rng.randrange(2, 10)) + digits(rng, 2), digits(rng, 4)]
        canon = "".join(g)
        typed = rng.choice(["(%s) %s-%s" % tuple(g), "%s-%s-%s" % tuple(g), "%s.%s.%s" % tuple(g)])
        if rng.random() < 0.35:
            g = ["+1"] + g
            canon = "+1" + canon
            typed = "+1 " + "%s %s %s" % tuple(g[1:])
    elif region == "IE":
        g = ["08" + rng.choice("35679"), digits(rng, 3), digits(rng, 4)]
        canon = "".join(g)
        typed = rng.choice(["%s %s %s" % tuple(g), "%s-%s%s" % tuple(g)])
        if rng.random() < 0.5:
            g = ["+353", g[0][1:]] + g[1:]
            canon = "+353" + canon[1:]
            typed = " ".join(g)
    else:
        cc = rng.choice(["+49", "+33", "+34", "+31", "+39"])
        g = [cc, str(rng.randrange(1, 10)) + digits(rng, 2), digits(rng, 3), digits(rng, 4)]
        canon = "".join(g)
        typed = " ".join(g)
    return canon, typed, g

# ---------------------------------------------------------------- speech


def zw(rng, region):
    if region == "US":
        return rng.choice(["zero", "zero", "oh"])
    return rng.choice(["oh", "oh", "nought", "zero", "o"])


def unit_word(d, rng, region):
    return zw(rng, region) if d == "0" else UNITS[int(d)]


def say_digitwise(s, rng, region, allow_double=True):
    out, i = [], 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        if allow_double and run == 3 and rng.random() < 0.6:
            out.append("triple " + unit_word(d, rng, region))
            i += 3
        elif allow_double and run >= 2 and rng.random() < 0.6:
            out.append("double " + unit_word(d, rng, region))
            i += 2
        else:
            out.append(unit_word(d, rng, region))
            i += 1
    return " ".join(out)


def say_pair(dd, rng, region):
    a, b = dd
    if a == "0":
        return zw(rng, region) + " " + unit_word(b, rng, region)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return None
    return TENS[int(a)] + " " + UNITS[int(b)]


def say_group(s, rng, region, style=None):
    style = style or rng.choice(["digit", "digit", "pair", "hund"])
    if style == "pair" and len(s) % 2 == 0:
        parts = [say_pair(s[i:i + 2], rng, region) for i in range(0, len(s), 2)]
        if all(parts):
            return " ".join(parts)
    if style == "hund" and len(s) == 3 and s[0] != "0" and not (s[1] >= "2" and s[2] == "0"):
        rest = s[1:]
        if rest == "00":
            pass
        elif rest[0] == "0":
            return UNITS[int(s[0])] + " hundred and " + UNITS[int(rest[1])]
        elif rest[0] == "1":
            return UNITS[int(s[0])] + " hundred and " + TEENS[int(rest[1])]
        else:
            return UNITS[int(s[0])] + " hundred and " + TENS[int(rest[0])] + " " + UNITS[int(rest[1])]
    if style == "hund" and len(s) == 4 and s[0] != "0" and s[1] != "0" and s[2:] != "00":
        p = say_pair(s[2:], rng, region)
        if p and s[:2] != "10":
            return say_pair(s[:2], rng, region) + " " + p if say_pair(s[:2], rng, region) else say_digitwise(s, rng, region)
    return say_digitwise(s, rng, region)


def say_letters(s, rng, nato_p=0.4):
    out = []
    for ch in s.lower():
        if ch.isdigit():
            out.append(UNITS[int(ch)])
        elif ch == "o":
            out.append("o for oscar")
        elif rng.random() < nato_p:
            word = FOLK.get(ch) if rng.random() < 0.3 and ch in FOLK else NATO[ch]
            out.append(ch + rng.choice([" for ", " for ", " as in "]) + word)
        else:
            out.append(ch)
    return " ".join(out)


def joiner(rng, filler_p=0.25):
    r = rng.random()
    if r < filler_p:
        return " " + rng.choice(FILLERS) + " "
    if r < filler_p + 0.25:
        return ", "
    return " "


def say_spoken_groups(groups, rng, region):
    out = ""
    for i, g in enumerate(groups):
        if i:
            out += joiner(rng)
        out += say_group(g, rng, region)
    return out


def say_phone(g, rng, region):
    parts = []
    for x in g:
        if x.startswith("+"):
            parts.append("plus " + " ".join(UNITS[int(d)] for d in x[1:]))
        else:
            parts.append(say_group(x, rng, region, rng.choice(["digit", "digit", "pair"])))
    out = parts[0]
    for p in parts[1:]:
        out += joiner(rng, 0.2) + p
    return out


def say_email(user, domain, rng):
    def word(tok):
        if tok.isdigit():
            if len(tok) == 2 and tok[0] not in "01" and tok[1] != "0":
                return TENS[int(tok[0])] + " " + UNITS[int(tok[1])]
            return " ".join(UNITS[int(d)] for d in tok)
        if len(tok) <= 3 or rng.random() < 0.3:
            return say_letters(tok, rng, 0.25)
        return tok
    def part(s):
        toks = re.findall(r"[a-z]+|\d+|[._-]", s)
        names = {".": "dot", "_": "underscore", "-": "dash"}
        return " ".join(names.get(t) or word(t) for t in toks)
    return part(user) + " at " + part(domain)


def say_date(d, m, y, rng, style=None):
    style = style or rng.choice(["ord", "ordof", "mdy", "num"])
    ords = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
            7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
            12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
            16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
            20: "twentieth", 30: "thirtieth"}
    if d in ords:
        od = ords[d]
    else:
        od = TENS[d // 10] + " " + ords[d % 10]
    yy = y % 100
    cent = "nineteen" if y < 2000 else "two thousand and"
    if y < 2000:
        ysay = cent + " " + (TENS[yy // 10] + (" " + UNITS[yy % 10] if yy % 10 else "") if yy >= 20 else (TEENS[yy - 10] if yy >= 10 else "oh " + UNITS[yy]))
    else:
        ysay = "two thousand and " + (UNITS[yy] if yy < 10 else TEENS[yy - 10])
    mon = MONTHS[m - 1]
    if style == "ord":
        return od + " " + mon + " " + ysay
    if style == "ordof":
        return "the " + od + " of " + mon + " " + ysay
    if style == "mdy":
        return mon + " " + od + ", " + ysay
    dd = say_pair("%02d" % d, rng, "UK") or say_digitwise("%02d" % d, rng, "UK")
    mm = say_pair("%02d" % m, rng, "UK") or say_digitwise("%02d" % m, rng, "UK")
    return dd + " " + mm + " " + ysay


def typed_date(d, m, y, rng, region):
    style = rng.choice(["slash", "slash", "dash", "text", "short"])
    if style == "slash":
        return ("%02d/%02d/%d" % (m, d, y)) if region == "US" else ("%02d/%02d/%d" % (d, m, y))
    if style == "dash":
        return "%d-%02d-%02d" % (y, m, d)
    if style == "text":
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    return "%d.%d.%02d" % (d, m, y % 100)


def make_dob(rng):
    return rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(1941, 2006)


STREETS = ["Acacia Avenue", "Mill Lane", "Church Road", "Station Road", "Victoria Street",
           "Harbour View", "Kingsway", "Orchard Close", "Elm Street", "Maple Drive",
           "Oak Avenue", "Park Terrace", "Willow Crescent", "Main Street", "Sunset Boulevard",
           "Pine Court", "Cedar Lane", "Market Square", "Riverside Walk", "High Street",
           "Ashgrove Park", "Bridge Street", "Greenfield Way", "Hawthorn Grove"]
TOWNS_UK = ["Leeds", "Bristol", "Cardiff", "Glasgow", "Croydon", "Nottingham", "Brighton", "Belfast"]
TOWNS_US = [("Springfield", "IL"), ("Austin", "TX"), ("Portland", "OR"), ("Columbus", "OH"),
            ("Tampa", "FL"), ("Denver", "CO")]
TOWNS_IE = ["Dublin 8", "Cork", "Galway", "Limerick"]
SUFFIXES = {"avenue", "lane", "road", "street", "view", "kingsway", "close", "drive",
            "terrace", "crescent", "boulevard", "court", "square", "walk", "park", "way",
            "grove", "st", "rd", "ave", "dr", "ln"}


def make_address(rng, spoken, region):
    num = rng.randrange(1, 240)
    street = rng.choice(STREETS)
    flat = rng.random() < 0.3
    if spoken:
        n = say_group(str(num), rng, region, "hund" if num >= 100 else "pair") if num >= 10 else UNITS[num]
        if num >= 10 and num < 100 and num % 10 == 0:
            n = TENS[num // 10]
        s = n + " " + street.lower()
        if flat:
            s = "flat " + UNITS[rng.randrange(1, 10)] + ", " + s
    else:
        st = street
        if region == "US" and rng.random() < 0.5:
            st = st.replace("Street", "St").replace("Avenue", "Ave").replace("Drive", "Dr").replace("Lane", "Ln")
        if rng.random() < 0.3:
            st = st.lower()
        s = "%d %s" % (num, st)
        if flat:
            s = rng.choice(["Flat %d, " % rng.randrange(1, 20), "Apt %d, " % rng.randrange(1, 20),
                            "flat %d%s " % (rng.randrange(1, 9), rng.choice("AB"))]) + s
    return s


def say_pc(pc, rng):
    out, inn = pc.split(" ")
    return say_letters(out, rng, 0.3) + rng.choice([" ", ", ", " um "]) + say_letters(inn, rng, 0.3)

# ---------------------------------------------------------------- normalise


DIGIT_WORDS = {w: str(i) for i, w in enumerate(UNITS)}
DIGIT_WORDS.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
SKIP = set(FILLERS) | {"and", "dash", "hyphen", "space", "slash", "hmm", "flat", "apt"}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV.update({"alfa": "a", "juliett": "j", "whisky": "w"})


def normalise(text, mode):
    """spoken/typed value -> canonical string.  mode: digit, alnum, email.
    Returns None if an unexpected word is met in digit mode."""
    low = text.lower()
    if mode == "email" and "@" in low:
        return low.strip()
    toks = re.findall(r"[a-z]+|\d+|\+", low)
    out, i = [], 0

    def num_at(j):
        """parse tens/teens/unit at j -> (string, next j) or (None, j)"""
        if j >= len(toks):
            return None, j
        w = toks[j]
        if w in TEENS:
            return str(10 + TEENS.index(w)), j + 1
        if w in TENS and w:
            if j + 1 < len(toks) and toks[j + 1] in UNITS[1:]:
                return str(TENS.index(w)) + DIGIT_WORDS[toks[j + 1]], j + 2
            return str(TENS.index(w)) + "0", j + 1
        if w in UNITS:
            return DIGIT_WORDS[w], j + 1
        return None, j

    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if w.isdigit():
            out.append(w)
            i += 1
        elif w == "+" or w == "plus":
            out.append("+")
            i += 1
        elif mode == "email" and w in ("dash", "hyphen"):
            out.append("-")
            i += 1
        elif w in SKIP:
            i += 1
        elif w in ("double", "triple"):
            k = 2 if w == "double" else 3
            ch = DIGIT_WORDS.get(nxt, nxt if len(nxt) == 1 else None)
            if ch is None:
                return None
            out.append(ch * k)
            i += 2
        elif w in UNITS and nxt == "hundred":
            h = DIGIT_WORDS[w]
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                s, j2 = num_at(j + 1)
                if s is None:
                    return None
                out.append(h + s.zfill(2))
                i = j2
            else:
                out.append(h + "00")
                i = j
        elif w in TEENS or (w in TENS and w) or (w in UNITS):
            s, i = num_at(i)
            out.append(s)
        elif len(w) == 1 and (nxt == "for" or (nxt == "as" and i + 2 < len(toks) and toks[i + 2] == "in")):
            out.append(w)
            i += 3 if nxt == "for" else 4
        elif w in DIGIT_WORDS and mode != "email":
            out.append(DIGIT_WORDS[w])
            i += 1
        elif mode == "email" and w == "at":
            out.append("@")
            i += 1
        elif mode == "email" and w == "dot":
            out.append(".")
            i += 1
        elif mode == "email" and w == "underscore":
            out.append("_")
            i += 1
        elif w in NATO_REV:
            out.append(NATO_REV[w])
            i += 1
        elif len(w) == 1 and mode != "digit":
            out.append(w)
            i += 1
        elif mode != "digit":
            out.append(w)
            i += 1
        else:
            return None
    s = "".join(out)
    return s.upper() if mode == "alnum" else s


MODE = {"CARD_NUMBER": "digit", "CVV": "digit", "SSN": "digit", "BANK_ACCOUNT": "digit",
        "SORT_CODE": "digit", "PHONE": "digit", "NI_NUMBER": "alnum", "IBAN": "alnum",
        "POSTCODE": "alnum", "EMAIL": "email"}
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
US_ZIP_RE = re.compile(r"^\d{5}(\d{4})?$")
EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def intrinsic_ok(typ, v):
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(v))
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 12
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return bool(re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", v)) and iban_ok(v)
    if typ == "PHONE":
        return bool(re.match(r"^\+?\d{9,15}$", v))
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(v))
    if typ == "POSTCODE":
        return bool(UK_PC_RE.match(v) or US_ZIP_RE.match(v))
    return True


def loose_ok(typ, text):
    low = text.lower()
    numish = bool(re.search(r"\d", low)) or any(re.search(r"\b%s\b" % w, low) for w in UNITS[1:] + TEENS + TENS[2:] + ["first", "second", "third", "fifth", "eighth", "ninth", "twelfth", "twentieth", "thirtieth", "oh"])
    if typ in ("DOB", "EXPIRY"):
        return numish or any(m in low for m in MONTHS)
    if typ == "ADDRESS":
        return numish and low.split()[-1].strip(".,") in SUFFIXES
    return False


def validate_val(val):
    typ = val.typ
    if typ in ("DOB", "EXPIRY", "ADDRESS"):
        return all(loose_ok(typ, p) for p in val.pieces) or (val.mode == "partial" and all(re.search(r"\w", p) for p in val.pieces))
    mode = MODE[typ]
    norm = [normalise(p, mode) for p in val.pieces]
    if any(n is None or n == "" for n in norm):
        return False
    canon = val.canon
    if typ == "POSTCODE":
        canon = canon.replace(" ", "").replace("-", "")
    if typ == "EMAIL":
        canon = canon.lower()
    joined = "".join(norm)
    if typ == "PHONE" and val.mode == "full":
        return joined == canon and intrinsic_ok(typ, joined)
    if val.mode == "full":
        return joined == canon and intrinsic_ok(typ, joined)
    if val.mode == "partial":
        return all(n in canon for n in norm)
    if val.mode == "wrong":
        return len(joined) == len(canon) and 1 <= sum(a != b for a, b in zip(joined, canon)) <= 2
    return False

# ---------------------------------------------------------------- helpers for templates

REGIONS = ["UK", "UK", "US", "US", "IE", "EU"]
BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got it", "yeah go on", "mm hmm", "and then"]
INDUSTRY = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]


def bc(rng):
    return rng.choice(BACKCH)


def fil(rng, p=0.5):
    return rng.choice(FILLERS) + " " if rng.random() < p else ""


def typed_card(card, rng):
    gs = split_by(card, card_groups(card))
    style = rng.choice(["space", "dash", "none", "odd", "dots"])
    if style == "space":
        return " ".join(gs)
    if style == "dash":
        return "-".join(gs)
    if style == "none":
        return card
    if style == "dots":
        return ".".join(gs)
    cut = sorted(rng.sample(range(2, len(card) - 1), 3))
    parts = split_by(card, [cut[0], cut[1] - cut[0], cut[2] - cut[1], len(card) - cut[2]])
    return " ".join(parts)


def mutate(s, rng, k=1):
    s = list(s)
    for pos in rng.sample([i for i, ch in enumerate(s) if ch.isdigit()], k):
        s[pos] = str((int(s[pos]) + rng.randrange(1, 10)) % 10)
    return "".join(s)


def spoken_digits_value(s, rng, region, sizes):
    return say_spoken_groups(split_by(s, sizes), rng, region)


# ---------------------------------------------------------------- positive templates


def p_card_typed(rng, i):
    region = rng.choice(REGIONS)
    ind = rng.choice(["retail", "travel", "telecom", "utilities"])
    card = make_card(rng)
    cv = digits(rng, 4 if len(card) == 15 else 3)
    m, y = rng.randrange(1, 13), rng.randrange(25, 32)
    exp_t = rng.choice(["%02d/%02d" % (m, y), "%02d-%02d" % (m, y), "%02d/20%02d" % (m, y), "%s %02d" % (MONTHS[m - 1][:3].capitalize(), y)])
    C, V, E = Val("CARD_NUMBER", card), Val("CVV", cv), Val("EXPIRY", exp_t, "loose")
    k = Case("positive", "%s chat: typed card with separators, expiry and CVV" % ind)
    k.a(rng.choice(["Can you pop the long number on the card in here please?", "To take the payment I'll need the card details.", "Please type your card number below."]))
    lab = rng.choice(["card: ", "card no. ", "cc# ", "its ", "Card number - ", "ok here: "])
    if rng.random() < 0.5:
        k.c(lab, C(typed_card(card, rng)), rng.choice([" exp ", " expiry ", " , exp date "]), E(exp_t), rng.choice([" cvv ", " sec code ", " cvc: "]), V(cv))
    else:
        k.c(lab, C(typed_card(card, rng)))
        k.a("Thanks. Expiry date and the 3 or 4 digit code on the back?")
        k.c(E(exp_t), " and ", V(cv))
    k.a("Lovely, that's gone through.")
    return k


def p_card_spoken_split(rng, i):
    region = rng.choice(REGIONS)
    card = make_card(rng)
    gs = split_by(card, card_groups(card))
    C = Val("CARD_NUMBER", card)
    R = Val("CARD_NUMBER", card)
    k = Case("positive", "ASR call: card read group by group over several turns with back-channels, full agent read-back")
    k.a(rng.choice(["okay whenever you're ready with the long card number", "can i take the card number please", "right so the long number across the front"]))
    first = True
    for g in gs:
        if first:
            k.c(fil(rng), "it's ", C(say_group(g, rng, region)))
            first = False
        else:
            k.c(C(say_group(g, rng, region)))
        if g is not gs[-1]:
            k.a(bc(rng))
    k.a("so i've got ", R(say_spoken_groups(gs, rng, region)), " is that right")
    k.c(rng.choice(["yes that's it", "yep spot on", "that's correct yeah"]))
    return k


def p_card_wrong_readback(rng, i):
    region = rng.choice(REGIONS)
    card = make_card(rng)
    sizes = card_groups(card)
    gs = split_by(card, sizes)
    gi = rng.randrange(len(gs))
    wrong_gs = list(gs)
    wrong_gs[gi] = mutate(gs[gi], rng)
    C = Val("CARD_NUMBER", card)
    W = Val("CARD_NUMBER", card, "wrong")
    P = Val("CARD_NUMBER", card, "partial")
    R = Val("CARD_NUMBER", card)
    k = Case("positive", "ASR call: agent reads card back with one wrong digit, caller corrects one group, agent re-reads")
    k.a("and the card number please")
    k.c(C(say_spoken_groups(gs, rng, region)))
    k.a("okay let me read that back ", W(say_spoken_groups(wrong_gs, rng, region)))
    nth = ["first", "second", "third", "fourth", "last"][gi if gi < len(gs) - 1 else 4]
    k.c(rng.choice(["no no", "not quite", "sorry no"]), ", the ", nth, " bit is ", P(say_group(gs[gi], rng, region, "digit")))
    k.a("ah ", P(say_group(gs[gi], rng, region, "digit")), ", my mistake. so ", R(say_spoken_groups(gs, rng, region)))
    k.c("that's the one")
    return k


def p_card_restart_aside(rng, i):
    region = rng.choice(REGIONS)
    card, other = make_card(rng), make_card(rng)
    gs = split_by(card, card_groups(card))
    O = Val("CARD_NUMBER", other, "partial")
    C = Val("CARD_NUMBER", card)
    k = Case("positive", "ASR call: caller starts reading the wrong card, restarts, aside in the middle of the reading")
    k.a("go ahead with the card number")
    k.c(O(say_group(other[:4], rng, region) + " " + say_group(other[4:8], rng, region)), " oh hang on that's the old one, sorry. right, ", C(say_group(gs[0], rng, region) + " " + say_group(gs[1], rng, region)))
    k.a(bc(rng))
    aside = rng.choice(["sorry the kettle's going", "hold on my glasses", "can you hear me okay", "kids be quiet a sec"])
    rest = gs[2:] if len(gs) > 3 else [gs[2][:2], gs[2][2:]]
    k.c(C(say_group(rest[0], rng, region)), ", ", aside, ", ", C(" ".join(say_group(g, rng, region) for g in rest[1:])))
    k.a("no problem, i got all of that thank you")
    return k


def p_card_third_party(rng, i):
    region = rng.choice(["UK", "US", "IE"])
    card = make_card(rng)
    gs = split_by(card, card_groups(card))
    d, m, y = make_dob(rng)
    C, R, D = Val("CARD_NUMBER", card), Val("CARD_NUMBER", card, "partial"), Val("DOB", "", "loose")
    who = rng.choice(["my mum", "my husband", "my dad", "my wife", "my nan"])
    k = Case("positive", "ASR call: caller reads card and DOB for a relative, relative prompts in background, agent partial read-back")
    k.c("hi i'm calling on behalf of ", who, ", she's- they're sat next to me, it's their card")
    k.a("that's fine if they're happy for you to, what's their date of birth")
    k.c(fil(rng), D(say_date(d, m, y, rng)))
    k.a("and the card")
    half = len(gs) // 2
    k.c(C(say_spoken_groups(gs[:half], rng, region)), " ", rng.choice(["what's the next bit mum", "hang on he's covering it", "can you move your thumb"]), " ", C(say_spoken_groups(gs[half:], rng, region)))
    k.a("and just the last block again, i think you said ", R(say_group(gs[-1], rng, region, "digit")))
    k.c("yes")
    return k


def p_card_transfer(rng, i):
    region = rng.choice(REGIONS)
    card = make_card(rng)
    gs = split_by(card, card_groups(card))
    A, B = Val("CARD_NUMBER", card), Val("CARD_NUMBER", card)
    k = Case("positive", "ASR call: card taken, caller transferred to payments team, card read again to the second agent")
    k.a("i can take that card number now")
    k.c(A(say_spoken_groups(gs, rng, region)))
    k.a("ah actually i need to transfer you to payments for that, please hold")
    k.a("hello payments team, sorry you've been passed around, can i get that card number again")
    k.c(fil(rng), "yeah it's ", B(typed_card(card, rng) if rng.random() < 0.3 else say_spoken_groups(gs, rng, region)))
    k.a("thanks")
    return k


def p_card_lastfour_then_full(rng, i):
    region = rng.choice(REGIONS)
    card = make_card(rng)
    gs = split_by(card, card_groups(card))
    L, C = Val("CARD_NUMBER", card, "partial"), Val("CARD_NUMBER", card)
    k = Case("positive", "card ending mentioned, full card later read in same case so last four is labelled too")
    k.a("is that the card ending ", L(say_group(card[-4:], rng, region, "digit")), "?")
    k.c("no it's a new one, let me give you the full number, ", C(say_spoken_groups(gs, rng, region)))
    k.a("perfect")
    return k


def p_cvv_expiry_correction(rng, i):
    region = rng.choice(REGIONS)
    card = make_card(rng)
    m, y = rng.randrange(1, 13), rng.randrange(25, 31)
    y2 = y + 1
    cv = digits(rng, 3)
    C = Val("CARD_NUMBER", card)
    E1, E2 = Val("EXPIRY", "", "loose"), Val("EXPIRY", "", "loose")
    V1, V2 = Val("CVV", cv, "partial"), Val("CVV", cv)
    ms = say_pair("%02d" % m, rng, region) or say_digitwise("%02d" % m, rng, region)
    k = Case("positive", "ASR call: caller corrects the expiry year and restarts the security code")
    k.c("card number's ", C(say_spoken_groups(split_by(card, card_groups(card)), rng, region)))
    k.a("and expiry")
    k.c(E1(ms + " " + (say_pair(str(y), rng, region) or "thirty")), ", no sorry, ", E2(ms + " " + (say_pair(str(y2), rng, region) or "thirty")))
    k.a("and the three digits on the back")
    k.c(V1(UNITS[int(cv[0])]), "... ", fil(rng, 1), "sorry ", V2(say_digitwise(cv, rng, region)))
    k.a("thank you")
    return k


def p_ssn_spoken(rng, i):
    ssn = make_ssn(rng)
    S, P, R = Val("SSN", ssn), Val("SSN", ssn, "partial"), Val("SSN", ssn)
    ind = rng.choice(["healthcare billing", "insurance", "banking", "government services"])
    k = Case("positive", "US %s call: SSN read in 3-2-4 over turns, agent confirms piece by piece" % ind)
    k.a(rng.choice(["to verify can i get your social", "and your social security number please", "i'll need the ssn on the account"]))
    k.c(fil(rng), "sure it's ", S(say_group(ssn[:3], rng, "US", rng.choice(["digit", "hund"]))))
    k.a(bc(rng))
    k.c(S(say_group(ssn[3:5], rng, "US")))
    k.a(bc(rng))
    k.c(S(say_group(ssn[5:], rng, "US")))
    if rng.random() < 0.5:
        k.a("and was that last part ", P(say_digitwise(ssn[5:], rng, "US")), "?")
        k.c("yes ma'am")
    else:
        k.a("so ", R(say_group(ssn[:3], rng, "US", "digit") + ", " + say_group(ssn[3:5], rng, "US", "digit") + ", " + say_group(ssn[5:], rng, "US", "digit")))
        k.c("correct")
    return k


def p_ssn_wrong(rng, i):
    ssn = make_ssn(rng)
    S, W, P = Val("SSN", ssn), Val("SSN", ssn, "wrong"), Val("SSN", ssn, "partial")
    k = Case("positive", "US call: agent mishears one SSN digit, caller corrects single digit, caller reading for spouse")
    k.c("i'm calling for my wife, she's right here, her social is ", S(say_digitwise(ssn, rng, "US")))
    wrong = mutate(ssn, rng)
    k.a("i have ", W(say_digitwise(wrong[:3], rng, "US") + " " + say_digitwise(wrong[3:5], rng, "US") + " " + say_digitwise(wrong[5:], rng, "US")))
    j = [a != b for a, b in zip(wrong, ssn)].index(True)
    lo = max(0, j - 1)
    k.c("no, that bit should be ", P(say_digitwise(ssn[3:5], rng, "US", False)) if 3 <= j < 5 else P(say_digitwise(ssn[lo:j + 1], rng, "US", False)), ", you had that wrong")
    k.a("got it, so ", Val("SSN", ssn)(say_digitwise(ssn, rng, "US")))
    k.c("that's right, thanks")
    return k


def p_ssn_typed(rng, i):
    ssn = make_ssn(rng)
    d, m, y = make_dob(rng)
    S, D = Val("SSN", ssn), Val("DOB", "", "loose")
    f = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (ssn[:3], ssn[3:5], ssn[5:])
    lab = rng.choice(["SSN: ", "ssn ", "my ss# is ", "Social - ", "social sec no "])
    k = Case("positive", "US chat: typed SSN with label and DOB")
    k.a("For security please provide your SSN and date of birth.")
    k.c(lab, S(f), rng.choice([", dob ", " and DOB: ", " born "]), D(typed_date(d, m, y, rng, "US")))
    k.a("Thank you, you're verified.")
    return k


def p_ni_spoken(rng, i):
    ni = make_ni(rng)
    N, R, P = Val("NI_NUMBER", ni), Val("NI_NUMBER", ni), Val("NI_NUMBER", ni, "partial")
    ind = rng.choice(["government services", "banking", "utilities", "insurance"])
    k = Case("positive", "UK %s call: NI number with NATO spelling split over turns, piece-by-piece confirmation" % ind)
    k.a("can i take your national insurance number")
    k.c(fil(rng), "yeah it's ", N(say_letters(ni[:2], rng, 0.7)))
    k.a(bc(rng))
    k.c(N(say_group(ni[2:4], rng, "UK") + " " + say_group(ni[4:6], rng, "UK") + " " + say_group(ni[6:8], rng, "UK")))
    k.a("and the letter at the end")
    k.c(N(say_letters(ni[8], rng, 0.8)))
    if rng.random() < 0.5:
        k.a("so ", R(say_letters(ni[:2], rng, 0) + " " + say_digitwise(ni[2:8], rng, "UK") + " " + ni[8].lower()), "?")
        k.c("that's it")
    else:
        k.a("the numbers were ", P(say_digitwise(ni[2:8], rng, "UK")), "?")
        k.c("yep")
    return k


def p_ni_correct(rng, i):
    ni = make_ni(rng)
    N, W, P, R = Val("NI_NUMBER", ni), Val("NI_NUMBER", ni, "wrong"), Val("NI_NUMBER", ni, "partial"), Val("NI_NUMBER", ni)
    wrong = ni[:2] + mutate(ni[2:8], rng) + ni[8]
    j = [a != b for a, b in zip(wrong, ni)].index(True)
    a0 = 2 if j < 5 else 5
    k = Case("positive", "UK call: agent reads NI back with one wrong digit, caller corrects that pair, agent re-reads; on hold midway")
    k.c("my n i number is ", N(say_letters(ni[:2], rng, 0.2) + " " + say_digitwise(ni[2:8], rng, "UK") + " " + ni[8].lower()))
    k.a("bear with me one moment while i bring that up")
    k.a("thanks for holding. that was ", W(say_letters(wrong[:2], rng, 0) + " " + say_digitwise(wrong[2:8], rng, "UK") + " " + wrong[8].lower()))
    k.c("no, ", P(say_digitwise(ni[a0:a0 + 3], rng, "UK", False)), " in the middle there")
    k.a("sorry, ", R(ni[:2].lower() + " " + say_digitwise(ni[2:8], rng, "UK") + " " + ni[8].lower()))
    k.c("yes")
    return k


def p_ni_typed(rng, i):
    ni = make_ni(rng)
    N = Val("NI_NUMBER", ni)
    f = rng.choice([ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
                    ni[:2] + " " + ni[2:8] + " " + ni[8], ni[:2].lower() + ni[2:8] + ni[8].upper()])
    lab = rng.choice(["NI no: ", "nino ", "my national insurance is ", "NI number - ", "Ni num "])
    k = Case("positive", "UK government services chat: typed NI number with label and case variation")
    k.a("Please confirm your National Insurance number.")
    k.c(lab, N(f), rng.choice(["", " thanks", ". cheers", " x"]))
    return k


def p_bank_typed(rng, i):
    region = rng.choice(["UK", "UK", "IE", "US"])
    acct = digits(rng, 8 if region != "US" else rng.choice([9, 10, 12]))
    A = Val("BANK_ACCOUNT", acct)
    k = Case("positive", "%s banking chat: typed account number%s" % (region, " and sort code" if region == "UK" else ""))
    k.a("Which account should the refund go to?")
    if region == "UK":
        sc = digits(rng, 6)
        S = Val("SORT_CODE", sc)
        sct = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        k.c(rng.choice(["acct no: ", "a/c ", "account "]), A(acct), rng.choice([" sort ", ", s/c ", " sortcode: "]), S(sct))
    elif region == "US":
        rt = Val("BANK_ACCOUNT", acct)
        k.c("checking acct # ", rt(acct), rng.choice([" at chase", " (wells fargo)", ""]))
    else:
        k.c("account number ", A(acct[:4] + " " + acct[4:]), " bank of ireland")
    k.a("Thanks, refund raised.")
    return k


def p_bank_spoken_hold(rng, i):
    sc, acct = digits(rng, 6), digits(rng, 8)
    S, A, SR, AR, AW, AP = (Val("SORT_CODE", sc), Val("ACCOUNT", "") if False else Val("BANK_ACCOUNT", acct),
                            Val("SORT_CODE", sc), Val("BANK_ACCOUNT", acct), Val("BANK_ACCOUNT", acct, "wrong"),
                            Val("BANK_ACCOUNT", acct, "partial"))
    k = Case("positive", "UK banking call: sort code and account spoken, hold, agent mis-reads account, caller fixes a digit")
    k.a("what's the sort code")
    k.c(S(" ".join(say_pair(sc[j:j + 2], rng, "UK") or say_digitwise(sc[j:j + 2], rng, "UK") for j in (0, 2, 4))))
    k.a("and the account number")
    k.c(A(say_group(acct[:4], rng, "UK") + joiner(rng) + say_group(acct[4:], rng, "UK")))
    k.a("okay i'm just going to pop you on hold while i check that")
    k.a("thank you for holding, so sort code ", SR(say_digitwise(sc, rng, "UK")), " account ", AW(say_digitwise(mutate(acct[:4], rng) + acct[4:], rng, "UK")))
    k.c("the start is ", AP(say_digitwise(acct[:4], rng, "UK", False)))
    k.a("sorry, ", AR(say_digitwise(acct, rng, "UK")))
    k.c("yes")
    return k


def p_iban(rng, i):
    iban = make_iban(rng)
    I, R = Val("IBAN", iban), Val("IBAN", iban)
    gs = [iban[j:j + 4] for j in range(0, len(iban), 4)]
    k = Case("positive", "EU/IE %s: IBAN typed or read in blocks with read-back" % rng.choice(["travel refund", "banking", "insurance payout"]))
    if rng.random() < 0.5:
        k.a("Could you send the IBAN for the refund?")
        t = rng.choice([" ".join(gs), iban, iban.lower(), " ".join(gs).lower()])
        k.c(rng.choice(["IBAN: ", "iban ", "here u go ", ""]), I(t))
        k.a("Thanks, I have ", R(" ".join(gs)), " - correct?")
        k.c("yes")
    else:
        k.a("go ahead with the iban")
        half = len(gs) // 2
        def sayb(bl):
            return " ".join(say_letters(b, rng, 0.3) if re.search("[A-Z]", b) else say_digitwise(b, rng, "IE") for b in bl)
        k.c(I(sayb(gs[:half])))
        k.a(bc(rng))
        k.c(I(sayb(gs[half:])))
        k.a("reading it back, ", R(sayb(gs)))
        k.c("perfect")
    return k


def p_phone_spoken(rng, i):
    region = rng.choice(REGIONS)
    canon, typed, g = make_phone(rng, region)
    P, R = Val("PHONE", canon), Val("PHONE", canon)
    k = Case("positive", "%s %s call: phone spoken with doubles/noughts; agent confirms it piece by piece" % (region, rng.choice(INDUSTRY)))
    k.a("best number to reach you on")
    k.c(fil(rng), P(say_phone(g, rng, region)))
    if rng.random() < 0.5:
        for x in g:
            Q = Val("PHONE", canon, "partial")
            k.a(Q(say_phone([x], rng, region)), "?")
            k.c(rng.choice(["yes", "yep", "mhm"]))
    else:
        k.a("let me just repeat that, ", R(say_phone(g, rng, region)))
        k.c("correct")
    return k


def p_phone_correction(rng, i):
    region = rng.choice(["UK", "US", "IE"])
    canon, typed, g = make_phone(rng, region)
    last = g[-1]
    wrong_last = mutate(last, rng)
    W, P, R = Val("PHONE", canon, "wrong"), Val("PHONE", canon, "partial"), Val("PHONE", canon)
    k = Case("positive", "call: caller misreads own phone number, self-corrects the last group, agent confirms")
    k.a("and a contact number")
    k.c(W(say_phone(g[:-1] + [wrong_last], rng, region)), ", no wait, that's my old one, it ends ", P(say_group(last, rng, region, "digit")))
    k.a("so ", R(say_phone(g, rng, region)))
    k.c("that's it yeah")
    return k


def p_phone_typed(rng, i):
    region = rng.choice(REGIONS)
    canon, typed, g = make_phone(rng, region)
    P = Val("PHONE", canon)
    k = Case("positive", "%s chat/email: typed phone number with label" % region)
    k.c(rng.choice(["pls call me back on ", "Tel: ", "mob ", "my cell is ", "Contact no. "]), P(typed), rng.choice(["", " after 5", " thanks", ", cheers"]))
    k.a("No problem, we'll call you back.")
    return k


NAMES = ["j.doe", "sarah_k", "mike.obrien", "tomlinson", "a.patel", "lucy-m", "dkowalski", "emma.w", "rjones", "niamh.b"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.com", "icloud.com", "eircom.net", "btinternet.com", "web.de"]


def make_email(rng):
    u = rng.choice(NAMES)
    if rng.random() < 0.5:
        u += str(rng.randrange(21, 99))
    return u + "@" + rng.choice(DOMAINS)


def p_email_spoken(rng, i):
    em = make_email(rng)
    user, dom = em.split("@")
    E, R = Val("EMAIL", em), Val("EMAIL", em)
    k = Case("positive", "call: e-mail spoken with dot/at, spelled letters, agent read-back")
    k.a("and an email for the confirmation")
    k.c(fil(rng), "it's ", E(say_email(user, dom, rng)))
    k.a("let me read that back, ", R(say_email(user, dom, rng)))
    k.c(rng.choice(["yes", "that's right", "spot on"]))
    return k


def p_email_split(rng, i):
    em = make_email(rng)
    user, dom = em.split("@")
    E = Val("EMAIL", em)
    k = Case("positive", "call: e-mail spoken across turns, domain given after agent prompt")
    k.c("my email is ", E(say_email(user, "x", rng).rsplit(" at ", 1)[0]))
    k.a("at?")
    k.c(E("at " + say_email("x", dom, rng).split(" at ", 1)[1]))
    k.a("thanks")
    return k


def p_email_typed(rng, i):
    em = make_email(rng)
    t = rng.choice([em, em.upper(), em[0].upper() + em[1:]])
    E = Val("EMAIL", em)
    k = Case("positive", "chat: typed e-mail with label/typo")
    k.c(rng.choice(["emial: ", "e-mail ", "send it to ", "my email address is "]), E(t), rng.choice(["", " pls", "."]))
    k.a("Sent.")
    return k


def p_address_uk(rng, i):
    spoken = rng.random() < 0.6
    pc = make_uk_pc(rng)
    addr = make_address(rng, spoken, "UK")
    A, PC, PR = Val("ADDRESS", "", "loose"), Val("POSTCODE", pc), Val("POSTCODE", pc)
    town = rng.choice(TOWNS_UK)
    k = Case("positive", "UK %s: first line of address and postcode; agent reads back postcode" % rng.choice(["utilities", "telecom", "insurance", "retail delivery"]))
    k.a("can you confirm the first line of the address and the postcode")
    if spoken:
        k.c(fil(rng), A(addr), ", ", town.lower(), ", ", PC(say_pc(pc, rng)))
        k.a("that's ", PR(say_pc(pc, rng)), "?")
    else:
        k.c(A(addr), ", ", town, " ", PC(rng.choice([pc, pc.lower(), pc.replace(" ", "")])))
        k.a("Thanks, so ", PR(pc), ".")
    k.c("yes")
    return k


def p_address_us(rng, i):
    zipc = make_zip(rng, rng.random() < 0.3)
    addr = make_address(rng, rng.random() < 0.4, "US")
    town, st = rng.choice(TOWNS_US)
    A, Z = Val("ADDRESS", "", "loose"), Val("POSTCODE", zipc)
    k = Case("positive", "US retail/insurance: street address with ZIP")
    k.a("what's the shipping address")
    if addr[0].isdigit() or addr[0].isupper():
        k.c(A(addr), ", ", town, ", ", st, " ", Z(zipc))
    else:
        k.c(A(addr), ", ", town.lower(), ", ", Z(say_digitwise(zipc.replace("-", ""), rng, "US")))
    k.a("got it")
    return k


def p_address_moved(rng, i):
    pc1, pc2 = make_uk_pc(rng), make_uk_pc(rng)
    a1, a2 = make_address(rng, True, "UK"), make_address(rng, True, "UK")
    A1, A2 = Val("ADDRESS", "", "loose"), Val("ADDRESS", "", "loose")
    P1, P2, PP = Val("POSTCODE", pc1), Val("POSTCODE", pc2), Val("POSTCODE", pc2, "partial")
    k = Case("positive", "UK utilities call: caller gives old address then new, agent confirms new postcode in halves")
    k.c("we've moved, it was ", A1(a1), ", ", P1(say_pc(pc1, rng)), " but now it's ", A2(a2))
    k.a("and the new postcode")
    k.c(P2(say_pc(pc2, rng)))
    out, inn = pc2.split(" ")
    k.a(PP(say_letters(out, rng, 0)), "?")
    k.c("yes, then ", PP(say_letters(inn, rng, 0.5)))
    return k


def p_dob(rng, i):
    d, m, y = make_dob(rng)
    region = rng.choice(REGIONS)
    D, R = Val("DOB", "", "loose"), Val("DOB", "", "loose")
    k = Case("positive", "%s %s: DOB for verification, spoken or typed, with agent read-back" % (region, rng.choice(INDUSTRY)))
    k.a("can i take your date of birth")
    if rng.random() < 0.5:
        k.c(fil(rng), D(say_date(d, m, y, rng)))
        k.a("thank you, ", R(say_date(d, m, y, rng, "ord")), " yes?")
        k.c("yep")
    else:
        k.c(rng.choice(["dob ", "DOB: ", "born ", ""]), D(typed_date(d, m, y, rng, region)))
        k.a("Thanks, that matches.")
    return k


def p_gov_combo(rng, i):
    ni = make_ni(rng)
    d, m, y = make_dob(rng)
    pc = make_uk_pc(rng)
    addr = make_address(rng, True, "UK")
    N, D, A, P = Val("NI_NUMBER", ni), Val("DOB", "", "loose"), Val("ADDRESS", "", "loose"), Val("POSTCODE", pc)
    k = Case("positive", "UK government services call: caller reads NI, DOB and address for elderly parent with prompting")
    k.c("i'm ringing for my dad, he's given me permission, his national insurance is ", N(say_letters(ni[:2], rng, 0.5) + " " + say_spoken_groups([ni[2:4], ni[4:6], ni[6:8]], rng, "UK") + " " + say_letters(ni[8], rng, 0.5)))
    k.a("and his date of birth")
    k.c("dad what's your- ", D(say_date(d, m, y, rng)), ", yeah")
    k.a("and address")
    k.c(A(addr), ", ", P(say_pc(pc, rng)))
    k.a("lovely thank you")
    return k


def p_health_combo(rng, i):
    ssn = make_ssn(rng)
    canon, typed, g = make_phone(rng, "US")
    d, m, y = make_dob(rng)
    S, P, D = Val("SSN", ssn), Val("PHONE", canon), Val("DOB", "", "loose")
    k = Case("positive", "US healthcare billing call: last four of SSN is asked then full SSN, phone and DOB")
    k.a("just the last four of your social")
    S4 = Val("SSN", ssn, "partial")
    k.c(S4(say_group(ssn[5:], rng, "US")))
    k.a("hmm that's not matching, could i get the full number")
    k.c(S(say_spoken_groups([ssn[:3], ssn[3:5], ssn[5:]], rng, "US")))
    k.a("okay, and date of birth and a callback number")
    k.c(D(say_date(d, m, y, rng, "mdy")), " and ", P(say_phone(g, rng, "US")))
    k.a("thanks")
    return k


POS = [(p_card_typed, 3), (p_card_spoken_split, 3), (p_card_wrong_readback, 3), (p_card_restart_aside, 2),
       (p_card_third_party, 2), (p_card_transfer, 2), (p_card_lastfour_then_full, 1), (p_cvv_expiry_correction, 2),
       (p_ssn_spoken, 2), (p_ssn_wrong, 1), (p_ssn_typed, 2), (p_ni_spoken, 2), (p_ni_correct, 1), (p_ni_typed, 2),
       (p_bank_typed, 2), (p_bank_spoken_hold, 2), (p_iban, 2), (p_phone_spoken, 2), (p_phone_correction, 1),
       (p_phone_typed, 2), (p_email_spoken, 2), (p_email_split, 1), (p_email_typed, 1), (p_address_uk, 2),
       (p_address_us, 1), (p_address_moved, 1), (p_dob, 2), (p_gov_combo, 1), (p_health_combo, 1)]

# ---------------------------------------------------------------- negatives


def n_last_four(rng, i):
    l4 = digits(rng, 4)
    k = Case("negative", "card last four only (PCI allows), read back and corrected")
    k.a("is that the visa ending ", say_digitwise(l4, rng, "UK"), "?")
    wrong = mutate(l4, rng)
    k.c("no the one ending ", say_digitwise(wrong, rng, "UK"), ", ", rng.choice(["the debit one", "the mastercard"]))
    k.a("card ending " + " ".join(wrong) + ", got it, and that's due on the " + rng.choice(["first", "fifteenth", "twenty eighth"]))
    return k


def n_reference_like_card(rng, i):
    ref = make_card(rng)
    gs = split_by(ref, card_groups(ref))
    lab = rng.choice(["reference number", "order number", "tracking number", "claim reference", "booking reference"])
    k = Case("negative", "long Luhn-valid digit string read like a card but labelled as a %s, with read-back" % lab)
    k.a("have you got your ", lab, " there")
    k.c("yeah the ", lab, " is ", say_spoken_groups(gs, rng, "UK"))
    k.a(bc(rng), " so ", say_spoken_groups(gs, rng, "UK"), " for the ", lab)
    k.c("that's the one")
    return k


def n_amounts(rng, i):
    amt = "%d.%02d" % (rng.randrange(10, 9999), rng.randrange(100))
    k = Case("negative", "balances, prices, payments and percentages")
    cur = rng.choice(["£", "$", "€"])
    k.a("your balance is ", cur, amt, " and the minimum payment is ", cur, str(rng.randrange(5, 90)), ".00")
    k.c("and the interest rate", rng.choice([" is it still ", "? "]), "%d.%d%%" % (rng.randrange(5, 30), rng.randrange(10)))
    k.a("it's ", rng.choice(["twenty two point nine", "nineteen point nine", "thirty four point nine"]), " percent apr, and you've paid ", say_group(digits(rng, 3, True), rng, "UK", "hund"), " pounds this year")
    return k


def n_order_numbers(rng, i):
    k = Case("negative", "typed order/invoice/tracking/ticket numbers with labels")
    o = rng.choice(["Order #%s-%s-%s" % (digits(rng, 3), digits(rng, 7), digits(rng, 7)),
                    "Invoice INV-%d-%s" % (rng.randrange(2019, 2027), digits(rng, 6)),
                    "tracking 1Z%s%s" % ("".join(rng.choice("ABCDEFXY") for _ in range(6)), digits(rng, 10)),
                    "ticket no. %s" % digits(rng, 9),
                    "case ref %s-%s-%s" % (digits(rng, 3), digits(rng, 2), digits(rng, 4))])
    k.c("hi, chasing ", o, ", it's been ", str(rng.randrange(3, 30)), " days")
    k.a("Thanks, I can see ", o.split(" ", 1)[-1], " - it was dispatched on ", "%d/%d" % (rng.randrange(1, 29), rng.randrange(1, 13)))
    return k


def n_times(rng, i):
    k = Case("negative", "opening hours, times, durations and call-back windows")
    k.a("we're open ", rng.choice(["eight till eight monday to friday", "9am-5:30pm weekdays", "from seven thirty until ten"]))
    k.c("can someone call me back between ", rng.choice(["two and four", "14:00 and 16:00", "half three and five"]))
    k.a("yes, wait time is about ", rng.choice(["twenty minutes", "45 mins", "an hour and a half"]), ", i'll book it for ", rng.choice(["three fifteen", "10:45", "quarter past four"]))
    return k


def n_dates(rng, i):
    d, m = rng.randrange(1, 29), rng.randrange(1, 13)
    k = Case("negative", "appointment, payment and contract dates (not DOB)")
    k.a("your engineer appointment is on the ", say_date(d, m, 2001, rng, "ordof").replace("the ", "", 1).rsplit(" two thousand", 1)[0], rng.choice([" between eight and one", ""]))
    k.c("and when's my next payment taken")
    k.a("on %02d/%02d/2026, and the contract ends in %s" % (rng.randrange(1, 29), rng.randrange(1, 13), rng.choice(["march 2027", "twenty twenty eight", "eighteen months"])))
    return k


def n_meter(rng, i):
    r = digits(rng, 5)
    k = Case("negative", "utilities meter reading and meter serial, read back and corrected")
    k.c("meter reading is ", say_spoken_groups([r[:2], r[2:]], rng, "UK"))
    w = mutate(r, rng)
    k.a("i've got ", say_digitwise(w, rng, "UK"), "?")
    k.c("no, ", say_digitwise(r, rng, "UK"), ", and the meter serial is ", rng.choice(["E", "K", "G4"]), digits(rng, 2), "W", digits(rng, 6))
    k.a("thanks, that's updated")
    return k


def n_travel(rng, i):
    k = Case("negative", "travel: flight, seat, gate, room numbers and booking reference")
    k.a("you're on flight ", rng.choice(["BA", "EI", "FR", "UA"]), str(rng.randrange(100, 9999)), ", seat ", str(rng.randrange(1, 40)), rng.choice("ACDF"), ", gate ", str(rng.randrange(1, 60)))
    k.c("and the hotel room is ", say_group(digits(rng, 3, True), rng, "UK", "hund"), "? booking ref ", "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))
    k.a("yes, checkout by eleven")
    return k


def n_roads(rng, i):
    k = Case("negative", "road names, junctions and places (not addresses)")
    k.c("i'm stuck on the ", rng.choice(["M25", "A40", "I-95", "N7", "M50"]), " near junction ", str(rng.randrange(1, 30)), ", broke down about ", str(rng.randrange(2, 15)), " miles from ", rng.choice(TOWNS_UK + ["Dublin", "Boston"]))
    k.a("okay, recovery will be about ", rng.choice(["ninety minutes", "an hour"]), ", are you on the hard shoulder")
    return k


def n_misc_numbers(rng, i):
    k = Case("negative", "ages, counts, temperatures, years")
    k.c("my son's ", rng.choice(["seventeen", "12", "twenty one"]), " and we've been with you since ", str(rng.randrange(1995, 2024)), ", there's ", rng.choice(["four", "3"]), " of us in the house")
    k.a("and the heating's set to ", rng.choice(["twenty one degrees", "19°C", "sixty eight fahrenheit"]), "? we'll send ", str(rng.randrange(2, 6)), " engineers")
    return k


def n_policy(rng, i):
    lab = rng.choice(["policy number", "claim number", "account reference", "customer number", "member id"])
    val = rng.choice(["PX-%s-%s-%s" % (digits(rng, 4), digits(rng, 4), digits(rng, 2)), digits(rng, 10), "%s%s" % ("".join(rng.choice("ABCHJKLM") for _ in range(2)), digits(rng, 6))])
    k = Case("negative", "insurance %s typed then spoken back by agent with a correction" % lab)
    k.c("my ", lab, " is ", val)
    spoken = " ".join(say_letters(ch, rng, 0) if ch.isalpha() else UNITS[int(ch)] for ch in val if ch.isalnum())
    k.a("thanks, ", lab, " ", spoken, "?")
    k.c("yes")
    return k


def n_ni_like_model(rng, i):
    m = make_ni(rng)
    k = Case("negative", "product model / part numbers that look like NI numbers or SSNs")
    k.c("the model number on the boiler is ", m, " and the part number is ", "%s-%s-%s" % (digits(rng, 3), digits(rng, 2), digits(rng, 4)))
    k.a("thanks, model ", m.lower(), ", part ordered, arriving in ", rng.choice(["three", "5"]), " working days")
    return k


def n_serial_card(rng, i):
    s = make_card(rng)
    k = Case("negative", "device serial / IMEI-like number labelled, Luhn-valid")
    k.c(rng.choice(["the serial is ", "IMEI: ", "the serial number on the router says "]), s)
    k.a("perfect, and the model is ", rng.choice(["hub 4", "X-200", "KD55X81J"]))
    return k


def n_transfer_hold(rng, i):
    k = Case("negative", "hold and transfer chatter with queue positions and extension numbers")
    k.a("i'm going to transfer you to billing on extension ", str(rng.randrange(1000, 9999)), ", you're number ", rng.choice(["three", "7"]), " in the queue")
    k.a("hi this is billing, i've got the notes, so that's the ", rng.choice(["forty two pound", "£42.50", "ninety nine euro"]), " charge from the ", rng.choice(["third", "12th"]))
    k.c("yeah, it was meant to be ", rng.choice(["twenty nine ninety nine", "£29.99"]), " a month for twenty four months")
    return k


def n_ticket_back_forth(rng, i):
    t = digits(rng, 8)
    k = Case("negative", "ticket number read in pieces with back-channels and a correction (not PII)")
    k.a("what's the ticket number on the email")
    k.c("it's ", say_group(t[:4], rng, "US"))
    k.a(bc(rng))
    k.c(say_group(t[4:], rng, "US"))
    w = mutate(t, rng)
    k.a("ticket ", say_digitwise(w, rng, "US"))
    k.c("no, ", say_digitwise(t, rng, "US"), ", it's a ticket number not my account")
    return k


NEG = [n_last_four, n_reference_like_card, n_amounts, n_order_numbers, n_times, n_dates, n_meter, n_travel,
       n_roads, n_misc_numbers, n_policy, n_ni_like_model, n_serial_card, n_transfer_hold, n_ticket_back_forth]

# ---------------------------------------------------------------- build / check

N_POS, N_NEG = 220, 115


def build():
    rng = random.Random(SEED)
    pool = [f for f, w in POS for _ in range(w)]
    cases = []
    for i in range(N_POS):
        f = pool[i % len(pool)] if i < len(pool) else rng.choice(pool)
        k = f(rng, i)
        k.id = "h532-pos-%03d" % (i + 1)
        cases.append(k)
    for i in range(N_NEG):
        f = NEG[i % len(NEG)] if i < len(NEG) else rng.choice(NEG)
        k = f(rng, i)
        k.id = "h532-neg-%03d" % (i + 1)
        cases.append(k)
    return cases


def serialise(cases):
    lines = []
    for k in cases:
        spans = sorted(k.spans, key=lambda s: (s["turn"], s["start"]))
        lines.append(json.dumps({"id": k.id, "kind": k.kind, "turns": k.turns, "spans": spans,
                                 "note": k.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def check(cases, data):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != data:
            errs.append("cases.jsonl is not byte-identical to a fresh generation")
    ids = [k.id for k in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    counts = Counter()
    for k in cases:
        if k.kind == "negative" and k.spans:
            errs.append("%s: negative with spans" % k.id)
        if k.kind == "positive" and not k.spans:
            errs.append("%s: positive without spans" % k.id)
        by_turn = {}
        for s in k.spans:
            counts[s["type"]] += 1
            if s["type"] not in TYPES:
                errs.append("%s: bad type" % k.id)
            text = k.turns[s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                errs.append("%s: offsets out of range" % k.id)
                continue
            val = text[a:b]
            okfirst = val[0].isalnum() or (s["type"] == "PHONE" and val[0] in "+(")
            if not okfirst or not val[-1].isalnum() or val != val.strip():
                errs.append("%s: span %r not trimmed to value" % (k.id, val))
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (k.id, val))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for iv in by_turn.values():
            iv.sort()
            for (a1, b1), (a2, b2) in zip(iv, iv[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % k.id)
        for v in k.vals:
            if not validate_val(v):
                errs.append("%s: %s value fails validation: %r (canon %r, mode %s)" % (k.id, v.typ, v.pieces, v.canon, v.mode))
    npos = sum(k.kind == "positive" for k in cases)
    nneg = sum(k.kind == "negative" for k in cases)
    if npos < 200 or nneg < 100:
        errs.append("too few cases")
    mins = {t: 10 for t in TYPES}
    mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, mn in mins.items():
        if counts[t] < mn:
            errs.append("only %d %s spans (need %d)" % (counts[t], t, mn))
    return errs, counts, npos, nneg


def main():
    cases = build()
    data = serialise(cases)
    if "--check" in sys.argv[1:]:
        errs, counts, npos, nneg = check(cases, data)
        for e in errs[:60]:
            print("ERROR", e)
        print("positives %d negatives %d spans %d" % (npos, nneg, sum(counts.values())))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

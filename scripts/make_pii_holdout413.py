#!/usr/bin/env python3
"""Generate the pii_holdout413 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) that did not see the
redaction engine.  Standard library only; one seeded RNG.

Usage:
    python scripts/make_pii_holdout413.py          # write cases.jsonl
    python scripts/make_pii_holdout413.py --check  # regenerate + validate
"""
import json
import os
import random
import re
import sys

SEED = 413241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout413", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MINIMUM = {t: 10 for t in TYPES}
MINIMUM.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})

# --------------------------------------------------------------------------
# building blocks
# --------------------------------------------------------------------------


class V(object):
    """A labelled value segment (or one piece of a value split over turns)."""

    def __init__(self, typ, text, vid, canon, partial=False):
        self.typ, self.text, self.vid, self.canon, self.partial = typ, text, vid, canon, partial


class Case(object):
    def __init__(self, kind, note):
        self.kind, self.note, self.turns, self.nvid = kind, note, [], 0

    def vid(self):
        self.nvid += 1
        return self.nvid

    def say(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def c(self, *segs):
        return self.say("customer", *segs)

    def a(self, *segs):
        return self.say("agent", *segs)


def render(case):
    turns, spans, meta = [], [], []
    for ti, (speaker, segs) in enumerate(case.turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                start = len(text)
                text += s.text
                spans.append({"turn": ti, "start": start, "end": len(text), "type": s.typ})
                meta.append(s)
            else:
                text += s
        turns.append({"speaker": speaker, "text": text})
    return turns, spans, meta


# --------------------------------------------------------------------------
# number words
# --------------------------------------------------------------------------

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILLERS = ["um", "uh", "er", "erm", "umm", "uhh"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
              "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
ORDINALS = {"first": "one", "second": "two", "third": "three", "fourth": "four",
            "fifth": "five", "sixth": "six", "seventh": "seven", "eighth": "eight",
            "ninth": "nine", "tenth": "ten", "eleventh": "eleven", "twelfth": "twelve",
            "thirteenth": "thirteen", "fourteenth": "fourteen", "fifteenth": "fifteen",
            "sixteenth": "sixteen", "seventeenth": "seventeen", "eighteenth": "eighteen",
            "nineteenth": "nineteen", "twentieth": "twenty", "thirtieth": "thirty"}
ORD_WORD = {v: k for k, v in ORDINALS.items()}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
ALT_SPELL = {"a": "apple", "b": "bravo", "c": "charlie", "d": "david", "e": "edward",
             "f": "freddie", "g": "george", "h": "harry", "j": "jack", "k": "king",
             "l": "london", "m": "mother", "n": "nancy", "p": "peter", "r": "robert",
             "s": "sugar", "t": "tommy", "w": "william", "x": "x-ray", "y": "yellow",
             "z": "zebra", "o": "orange", "i": "ireland", "u": "uncle", "v": "victor",
             "q": "queen"}


def zero_word(rng, region):
    if region == "UK":
        return rng.choice(["oh", "oh", "nought", "zero", "o"])
    return rng.choice(["oh", "oh", "zero", "o"])


def pair_words(p, rng, region):
    """Two digits as a 'pair' reading, or None when that would be ambiguous."""
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return [zero_word(rng, region), UNITS[b] if b else zero_word(rng, region)]
    if a == 1:
        return [TEENS[b]]
    if b == 0:
        return None
    return [TENS[a], UNITS[b]]


def hundred_words(g, rng):
    a, b, c = int(g[0]), int(g[1]), int(g[2])
    if a == 0 or (b == 0 and c == 0) or (c == 0 and b > 1):
        return None
    rest = TEENS[c] if b == 1 else ([UNITS[c]] if b == 0 else [TENS[b], UNITS[c]])
    if isinstance(rest, str):
        rest = [rest]
    conj = ["and"] if rng.random() < 0.7 else []
    return [UNITS[a], "hundred"] + conj + rest


def single_words(g, rng, region, allow_repeat=True):
    out, i = [], 0
    while i < len(g):
        d = g[i]
        w = UNITS[int(d)] if d != "0" else zero_word(rng, region)
        if allow_repeat and i + 2 < len(g) and g[i + 1] == d and g[i + 2] == d and rng.random() < 0.6:
            out += ["triple", w]
            i += 3
        elif allow_repeat and i + 1 < len(g) and g[i + 1] == d and rng.random() < 0.55:
            out += ["double", w]
            i += 2
        else:
            out.append(w)
            i += 1
    return out


def speak_group(g, rng, region, style=None):
    style = style or rng.choice(["single", "single", "pairs", "hundred"])
    if style == "hundred" and len(g) == 3:
        hw = hundred_words(g, rng)
        if hw:
            return hw
    if style in ("pairs", "hundred") and len(g) >= 2:
        out, i = [], 0
        if len(g) % 2 == 1:
            out += single_words(g[0], rng, region)
            i = 1
        ok = True
        while i < len(g):
            pw = pair_words(g[i:i + 2], rng, region)
            if pw is None:
                ok = False
                break
            out += pw
            i += 2
        if ok:
            return out
    return single_words(g, rng, region)


def speak_digits(groups, rng, region, style=None, filler=0.15, seps=(" ", ", ", " ", "... ")):
    """Spoken reading of a list of digit groups; fillers may land between groups."""
    parts = []
    for k, g in enumerate(groups):
        w = " ".join(speak_group(g, rng, region, style))
        if k and rng.random() < filler:
            w = rng.choice(FILLERS) + " " + w
        parts.append(w)
    out = parts[0]
    for p in parts[1:]:
        out += rng.choice(seps) + p
    return out


def chunk(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def num_words(n):
    """Cardinal words for 0..9999 (for dates / negatives)."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        r = n % 100
        return UNITS[n // 100] + " hundred" + ("" if r == 0 else " and " + num_words(r))
    r = n % 1000
    return UNITS[n // 1000] + " thousand" + ("" if r == 0 else (" and " if r < 100 else " ") + num_words(r))


def year_words(y, rng):
    if y >= 2000 and y < 2010:
        return rng.choice(["two thousand and ", "two thousand "]) + UNITS[y - 2000]
    hi, lo = y // 100, y % 100
    if lo == 0:
        return num_words(hi) + " hundred"
    if lo < 10:
        return num_words(hi) + " " + rng.choice(["oh", "o"]) + " " + UNITS[lo]
    return num_words(hi) + " " + num_words(lo)


def ordinal_words(d):
    w = num_words(d).split()
    w[-1] = ORD_WORD.get(w[-1], w[-1])
    return " ".join(w)


def ord_suffix(d):
    if 10 <= d % 100 <= 20:
        return str(d) + "th"
    return str(d) + {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def spell(s, rng, nato=0.3, region="UK"):
    """Spell letters/digits one by one; letter o is always phonetic."""
    out = []
    for ch in s.lower():
        if ch.isdigit():
            out.append(UNITS[int(ch)] if ch != "0" else zero_word(rng, region))
        elif ch == "o" or rng.random() < nato:
            table = NATO if rng.random() < 0.7 else ALT_SPELL
            out.append(ch + rng.choice([" for ", " as in ", " for "]) + table[ch])
        else:
            out.append(ch)
    return out


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card(rng):
    kind = rng.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "disc", "visa13", "visa19", "maestro"])
    if kind == "visa":
        return luhn_complete("4" + rng.choice(["539", "929", "111", "485", "751", "024"]), 16, rng), "visa"
    if kind == "visa13":
        return luhn_complete("4" + rng.choice(["222", "916"]), 13, rng), "visa13"
    if kind == "visa19":
        return luhn_complete("4" + rng.choice(["571", "263"]), 19, rng), "visa19"
    if kind == "mc":
        return luhn_complete("5" + rng.choice("12345"), 16, rng), "mc"
    if kind == "mc2":
        return luhn_complete(str(rng.randint(2221, 2720)), 16, rng), "mc"
    if kind == "amex":
        return luhn_complete(rng.choice(["34", "37"]), 15, rng), "amex"
    if kind == "maestro":
        return luhn_complete(rng.choice(["6759", "6761"]), rng.choice([16, 18, 19]), rng), "maestro"
    return luhn_complete("6011", 16, rng), "disc"


def card_groups(num, rng, odd=False):
    n = len(num)
    if odd:
        sizes = rng.choice([[3, 5, 4, 4], [2, 6, 4, 4], [4, 4, 8], [5, 5, 6], [6, 6, 4], [4, 2, 2, 4, 4]])
        return chunk(num, sizes)
    if n == 15:
        return chunk(num, [4, 6, 5])
    if n == 13:
        return chunk(num, [4, 3, 3, 3])
    return chunk(num, [4] * 5)


def gen_ssn(rng):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return "%03d%02d%04d" % (area, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def iban_make(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def rdig(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def gen_iban(rng):
    cc = rng.choice(["GB", "IE", "DE", "NL", "ES", "FR", "IE", "GB"])
    if cc == "GB":
        return iban_make(cc, rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdig(rng, 14))
    if cc == "IE":
        return iban_make(cc, rng.choice(["AIBK", "BOFI", "IPBS"]) + rdig(rng, 14))
    if cc == "DE":
        return iban_make(cc, rdig(rng, 18))
    if cc == "NL":
        return iban_make(cc, rng.choice(["ABNA", "INGB", "RABO"]) + rdig(rng, 10))
    if cc == "ES":
        return iban_make(cc, rdig(rng, 20))
    return iban_make(cc, rdig(rng, 23))


def aba_ok(r):
    d = [int(x) for x in r]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def gen_routing(rng):
    while True:
        r = "%02d" % rng.choice(list(range(1, 13)) + list(range(21, 33))) + rdig(rng, 6)
        for c in "0123456789":
            if aba_ok(r + c):
                return r + c


UK_OUT = ["SW1A", "M1", "B33", "LS6", "EH12", "G2", "CF10", "BT7", "N1", "E14", "W1D", "NE1",
          "BS8", "L18", "CB2", "SE15", "NW3", "M20", "BH1", "DH1", "EC1V", "S10", "RG1", "GU21"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode(rng):
    return rng.choice(UK_OUT) + " " + str(rng.randint(0, 9)) + rng.choice(INWARD_L) + rng.choice(INWARD_L)


def gen_zip(rng, plus4=None):
    z = "%05d" % rng.randint(1001, 99950)
    if plus4 is None:
        plus4 = rng.random() < 0.5
    return z + ("-" + rdig(rng, 4) if plus4 else "")


UK_STREETS = ["Elm Road", "Station Road", "Church Lane", "Victoria Street", "Mill Lane",
              "Albert Terrace", "Kingsway", "Beech Grove", "Park Avenue", "Queens Crescent",
              "Hawthorn Close", "Marlborough Drive", "Castle Street", "Wellington Road"]
US_STREETS = ["Maple Avenue", "Oak Street", "Cedar Lane", "Pine Ridge Drive", "Elm Court",
              "Washington Boulevard", "Lakeview Drive", "Highland Avenue", "Willow Way",
              "Sunset Boulevard", "Chestnut Street", "Hillcrest Road", "Spring Street"]
IE_STREETS = ["Griffith Avenue", "Clontarf Road", "Main Street", "Shandon Street", "Ballymun Road"]
UK_TOWNS = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Belfast", "Newcastle", "Reading", "Woking"]
US_TOWNS = [("Springfield", "IL"), ("Austin", "TX"), ("Columbus", "OH"), ("Tampa", "FL"),
            ("Denver", "CO"), ("Portland", "OR"), ("Raleigh", "NC"), ("Fresno", "CA")]


def gen_address(rng, region):
    streets = {"UK": UK_STREETS, "US": US_STREETS, "IE": IE_STREETS}[region]
    st = rng.choice(streets)
    r = rng.random()
    if region == "US":
        num = str(rng.randint(10, 9899))
        if r < 0.25:
            return num + " " + st + ", Apt " + str(rng.randint(1, 40)) + rng.choice(["", "B", "C"]), num, st
        return num + " " + st, num, st
    num = str(rng.randint(1, 180))
    if r < 0.25:
        return "Flat " + str(rng.randint(1, 12)) + ", " + num + " " + st, num, st
    if r < 0.35:
        return num + rng.choice(["a", "b", "A"]) + " " + st, num, st
    return num + " " + st, num, st


def gen_dob(rng):
    return rng.randint(1938, 2005), rng.randint(1, 12), rng.randint(1, 28)


def gen_expiry(rng):
    return rng.randint(1, 12), rng.randint(2025, 2031)


FIRST = ["sarah", "j", "mike", "priya", "tom", "aisling", "dwayne", "kate", "marcus", "li", "nadia", "ben",
         "rosa", "ciaran", "hannah", "raj", "emily", "kev"]
LAST = ["doe", "patel", "murphy", "nguyen", "walsh", "smith", "khan", "garcia", "brennan", "evans", "kim",
        "fisher", "reyes", "hughes"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "comcast.net", "proton.me", "web.de", "sky.com"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    sep = rng.choice([".", "_", "", ".", "-"])
    tail = rng.choice(["", "", str(rng.randint(1, 99)), str(rng.randint(1960, 2005))])
    return f + sep + l + tail + "@" + rng.choice(DOMAINS)


def speak_email(e, rng, region):
    local, dom = e.split("@")
    out = []
    for tok in re.split(r"([._-])", local):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append(rng.choice(["dash", "hyphen"]))
        elif tok.isdigit():
            if len(tok) == 4 and rng.random() < 0.6:
                out.append(year_words(int(tok), rng))
            elif len(tok) == 2 and tok[0] != "0" and tok[1] != "0" and rng.random() < 0.6:
                out.append(num_words(int(tok)))
            else:
                out.append(" ".join(single_words(tok, rng, region, False)))
        elif tok:
            if len(tok) <= 2 or rng.random() < 0.25:
                out.append(" ".join(spell(tok, rng, 0.2, region)))
            else:
                out.append(tok)
    out.append("at")
    for k, part in enumerate(dom.split(".")):
        if k:
            out.append("dot")
        out.append(part)
    return " ".join(out)


# --------------------------------------------------------------------------
# normalisation and validation (used by --check)
# --------------------------------------------------------------------------

WORD_NUM = {w: i for i, w in enumerate(UNITS)}
WORD_NUM.update({"oh": 0, "o": 0, "nought": 0})
TEEN_NUM = {w: 10 + i for i, w in enumerate(TEENS)}
TENS_NUM = {w: i for i, w in enumerate(TENS) if w}
FILLER_SET = set(FILLERS) | {"hmm", "ah"}


def normalise(text, typ):
    t = text.lower().replace("full stop", "dot")
    t = re.sub(r"\b([a-z])(?: for | as in )[a-z][a-z-]*", lambda m: " \x00" + m.group(1) + " ", t)
    email = typ == "EMAIL"
    date = typ in ("DOB", "EXPIRY")
    if email:
        toks = [x.strip(",") for x in t.split()]
    else:
        toks = re.split(r"[\s,./()\-:#]+", t)
    toks = [x for x in toks if x]
    if date:
        toks = [ORDINALS.get(x, x) for x in toks]
        toks = [re.sub(r"^(\d+)(st|nd|rd|th)$", r"\1", x) for x in toks]
    out, i = [], 0

    def unit_at(j):
        return j < len(toks) and toks[j] in WORD_NUM

    while i < len(toks):
        w = toks[i]
        if w.startswith("\x00"):
            out.append(w[1:])
        elif w in FILLER_SET:
            pass
        elif w in ("double", "triple") and unit_at(i + 1):
            out.append(str(WORD_NUM[toks[i + 1]]) * (2 if w == "double" else 3))
            i += 1
        elif w in WORD_NUM and i + 1 < len(toks) and toks[i + 1] == "thousand":
            val = WORD_NUM[w] * 1000
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            if i < len(toks) and toks[i] in TEEN_NUM:
                val += TEEN_NUM[toks[i]]
                i += 1
            elif i < len(toks) and toks[i] in TENS_NUM:
                val += TENS_NUM[toks[i]] * 10
                i += 1
                if unit_at(i):
                    val += WORD_NUM[toks[i]]
                    i += 1
            elif unit_at(i) and toks[i] not in ("o", "oh"):
                val += WORD_NUM[toks[i]]
                i += 1
            out.append(str(val))
            continue
        elif w in WORD_NUM and i + 1 < len(toks) and toks[i + 1] == "hundred":
            val = WORD_NUM[w] * 100
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            if i < len(toks) and toks[i] in TEEN_NUM:
                val += TEEN_NUM[toks[i]]
                i += 1
            elif i < len(toks) and toks[i] in TENS_NUM:
                val += TENS_NUM[toks[i]] * 10
                i += 1
                if unit_at(i):
                    val += WORD_NUM[toks[i]]
                    i += 1
            elif unit_at(i):
                val += WORD_NUM[toks[i]]
                i += 1
            out.append(str(val))
            continue
        elif w in WORD_NUM:
            out.append(str(WORD_NUM[w]))
        elif w in TEEN_NUM:
            if date and i + 1 < len(toks) and toks[i + 1] == "hundred":
                out.append(str(TEEN_NUM[w]) + "00")
                i += 1
            else:
                out.append(str(TEEN_NUM[w]))
        elif w in TENS_NUM:
            if unit_at(i + 1) and toks[i + 1] not in ("o", "oh", "nought", "zero"):
                out.append(str(TENS_NUM[w] * 10 + WORD_NUM[toks[i + 1]]))
                i += 1
            else:
                out.append(str(TENS_NUM[w] * 10))
        elif date and w in MONTHS:
            out.append(str(MONTHS.index(w) + 1))
        elif date and w in MONTH_ABBR:
            out.append(str(MONTH_ABBR[w]))
        elif date and w in ("of", "the"):
            pass
        elif email and w == "dot":
            out.append(".")
        elif email and w == "at":
            out.append("@")
        elif email and w == "underscore":
            out.append("_")
        elif email and w in ("dash", "hyphen"):
            out.append("-")
        elif w == "and" or (not email and w in ("dash", "hyphen", "slash", "space", "plus")):
            pass
        else:
            out.append(w)
        i += 1
    return "".join(out)


def date_forms(d, m, y, with_day=True):
    ds = [str(d), "%02d" % d]
    ms = [str(m), "%02d" % m]
    ys = [str(y), "%02d" % (y % 100)]
    forms = []
    for a in ds:
        for b in ms:
            for c in ys:
                if with_day:
                    forms += [a + b + c, b + a + c, c + b + a]
                else:
                    forms += [b + c]
    return forms


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")
UK_PC_RE = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][ABD-HJLNP-UW-Z]{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")
ADDR_RE = re.compile(r"\d")


def validate_canon(typ, canon, partial):
    """Type rule on the canonical value.  Returns an error string or None."""
    if typ == "CARD_NUMBER":
        if partial:
            return None if canon.isdigit() else "card fragment"
        return None if canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon) else "bad card"
    if typ == "CVV":
        return None if canon.isdigit() and len(canon) in (3, 4) else "bad cvv"
    if typ == "SSN":
        if partial:
            return None if canon.isdigit() and len(canon) == 4 else "bad ssn part"
        ok = canon.isdigit() and len(canon) == 9 and canon[:3] not in ("000", "666") \
            and canon[0] != "9" and canon[3:5] != "00" and canon[5:] != "0000"
        return None if ok else "bad ssn"
    if typ == "NI_NUMBER":
        return None if NI_RE.match(canon) and canon[:2] not in NI_BAD else "bad ni"
    if typ == "SORT_CODE":
        return None if canon.isdigit() and len(canon) == 6 else "bad sort code"
    if typ == "BANK_ACCOUNT":
        if canon.startswith("R"):
            return None if aba_ok(canon[1:]) else "bad routing"
        return None if canon.isdigit() and 6 <= len(canon) <= 17 else "bad account"
    if typ == "IBAN":
        return None if re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", canon) and iban_ok(canon) else "bad iban"
    if typ == "PHONE":
        main = canon.split("x")[0]
        return None if main.isdigit() and 10 <= len(main) <= 15 else "bad phone"
    if typ == "EMAIL":
        return None if EMAIL_RE.match(canon) else "bad email"
    if typ == "POSTCODE":
        c = canon.replace(" ", "")
        if UK_PC_RE.match(c) or re.match(r"^\d{5}(-\d{4})?$", canon):
            return None
        return "bad postcode"
    if typ == "ADDRESS":
        return None if ADDR_RE.search(canon) else "bad address"
    if typ in ("DOB", "EXPIRY"):
        parts = [int(x) for x in canon.split("-")]
        if typ == "DOB":
            y, m, d = parts
            return None if 1900 < y < 2010 and 1 <= m <= 12 and 1 <= d <= 31 else "bad dob"
        m, y = parts
        return None if 1 <= m <= 12 and 2020 <= y <= 2040 else "bad expiry"
    return "unknown type"


def matches(typ, spoken, canon):
    n = normalise(spoken, typ)
    if typ in ("CARD_NUMBER", "CVV", "SSN", "SORT_CODE", "BANK_ACCOUNT", "PHONE"):
        return re.sub(r"\D", "", n) == re.sub(r"\D", "", canon)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return re.sub(r"[^0-9a-z]", "", n) == re.sub(r"[^0-9a-z]", "", canon.lower())
    if typ == "EMAIL":
        return n == canon.lower()
    if typ == "ADDRESS":
        return re.sub(r"[^0-9a-z]", "", n) == re.sub(r"[^0-9a-z]", "", canon.lower())
    if typ == "DOB":
        y, m, d = [int(x) for x in canon.split("-")]
        return re.sub(r"\D", "", n) in date_forms(d, m, y)
    if typ == "EXPIRY":
        m, y = [int(x) for x in canon.split("-")]
        return re.sub(r"\D", "", n) in date_forms(1, m, y, with_day=False)
    return False


# --------------------------------------------------------------------------
# scenario helpers
# --------------------------------------------------------------------------

INDUSTRIES = {
    "banking": ["Thanks for calling {b} Bank, how can I help?", "You're through to {b} card services."],
    "telecom": ["Welcome to {b} Mobile, you're speaking with customer care.", "{b} broadband support, how can I help today?"],
    "utilities": ["{b} Energy, billing team, how can I help?", "Hello, {b} Water customer services."],
    "retail": ["Hi, thanks for contacting {b} online orders.", "{b} customer support chat, how can I help?"],
    "insurance": ["{b} Insurance claims line, how can I help?", "Good morning, {b} Insurance, policy services."],
    "travel": ["{b} Airways reservations, how can I help?", "Thanks for calling {b} Holidays."],
    "healthcare": ["{b} Health billing office, how can I help you?", "Patient accounts at {b} Medical, how can I help?"],
    "government": ["You're through to the {b} benefits helpline.", "{b} revenue service, how can I help?"],
}
BRANDS = ["Northbridge", "Apex", "Clearwater", "Harbour", "Summit", "Lakeland", "Evergreen", "Keystone",
          "Riverside", "Meridian", "Atlas", "Beacon", "Pinnacle", "Crestview"]
BACKCH = ["mhm", "go on", "okay", "yep", "uh-huh", "right", "got it", "yes", "and then?", "okay, keep going"]


def opener(rng, industry=None):
    industry = industry or rng.choice(sorted(INDUSTRIES))
    return industry, rng.choice(INDUSTRIES[industry]).format(b=rng.choice(BRANDS))


def asr(s):
    """Lower-case and strip punctuation that ASR would not produce."""
    return re.sub(r"[?!;]", "", s.lower())


# --------------------------------------------------------------------------
# positive scenarios
# --------------------------------------------------------------------------


def typed_card(num, rng):
    style = rng.choice(["space", "space", "dash", "none", "odd", "dot"])
    if style == "none":
        return num
    g = card_groups(num, rng, odd=(style == "odd"))
    return {"space": " ", "dash": "-", "odd": " ", "dot": "."}[style].join(g)


def typed_expiry(m, y, rng):
    return rng.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%d/%02d" % (m, y % 100),
                       "%02d-%02d" % (m, y % 100), MONTHS[m - 1].capitalize()[:3] + " " + str(y),
                       "%02d %02d" % (m, y % 100)])


def spoken_expiry(m, y, rng, region):
    r = rng.random()
    yy = y % 100
    if r < 0.35:
        mw = " ".join(single_words("%02d" % m, rng, region, False)) if m < 10 else num_words(m)
        return mw + rng.choice([" ", " slash ", " "]) + num_words(yy)
    if r < 0.7:
        return MONTHS[m - 1] + " " + rng.choice([year_words(y, rng), num_words(yy)])
    return " ".join(single_words("%02d" % m, rng, region, False)) + " " + " ".join(single_words("%02d" % yy, rng, region, False))


def pos_card_chat(case, rng):
    ind, op = opener(rng, rng.choice(["retail", "travel", "banking", "telecom"]))
    num, brand = gen_card(rng)
    m, y = gen_expiry(rng)
    cvv = rdig(rng, 4 if brand == "amex" else 3)
    label = rng.choice(["card no: ", "Card number: ", "CC# ", "card num ", "its ", "long number is ", "cardnumber - "])
    case.a(op)
    v = case.vid()
    case.c(rng.choice(["hi, i need to update payment. ", "Hello, pls take the payment now. ", "hey so my old card expired. "]),
           label, V("CARD_NUMBER", typed_card(num, rng), v, num))
    case.a("Thanks. Could you also give me the expiry date and security code?")
    ev, cv = case.vid(), case.vid()
    if rng.random() < 0.5:
        case.c(rng.choice(["exp ", "expiry: ", "Expires "]), V("EXPIRY", typed_expiry(m, y, rng), ev, "%d-%d" % (m, y)),
               rng.choice([" cvv ", " and sec code ", ", CVC: ", " / "]), V("CVV", cvv, cv, cvv))
    else:
        case.c(V("EXPIRY", typed_expiry(m, y, rng), ev, "%d-%d" % (m, y)), rng.choice([" and ", ", ", " "]),
               V("CVV", cvv, cv, cvv), rng.choice(["", " is the 3 digits on the back", " thx"]))
    case.a("Payment of $%d.%02d has been taken, thank you." % (rng.randint(5, 400), rng.randint(0, 99)))
    return "typed chat card with expiry and cvv (%s, %s)" % (ind, brand)


def pos_card_call(case, rng):
    region = rng.choice(["UK", "US", "IE"])
    zr = "UK" if region != "US" else "US"
    ind, op = opener(rng)
    num, brand = gen_card(rng)
    groups = card_groups(num, rng, odd=rng.random() < 0.2)
    case.a(asr(op))
    case.c(asr(rng.choice(["yeah i want to pay my bill", "hi i'd like to make a payment please",
                           "i'm calling to pay off what i owe"])))
    case.a(asr(rng.choice(["sure, what's the long card number", "no problem, go ahead with the card number when you're ready",
                           "okay can i take the sixteen digits on the front of the card"])))
    nsplit = rng.choice([1, 2, 2, 3, 4])
    nsplit = min(nsplit, len(groups))
    # distribute groups into nsplit turns
    buckets = [[] for _ in range(nsplit)]
    for i, g in enumerate(groups):
        buckets[min(i * nsplit // len(groups), nsplit - 1)].append(g)
    v = case.vid()
    style = rng.choice([None, "single", "pairs"])
    for k, b in enumerate(buckets):
        txt = speak_digits(b, rng, zr, style)
        lead = rng.choice(["okay it's ", "it's ", "", "um so ", "right, "]) if k == 0 else rng.choice(["", "then ", "and ", ""])
        case.c(lead, V("CARD_NUMBER", txt, v, num))
        if k < len(buckets) - 1:
            case.a(rng.choice(BACKCH))
    if rng.random() < 0.6:
        rv = case.vid()
        case.a(rng.choice(["let me read that back, ", "so that's ", "just to confirm, "]),
               V("CARD_NUMBER", speak_digits(card_groups(num, rng), rng, zr, "single", filler=0), rv, num),
               rng.choice([", is that right", "", ", correct"]))
        case.c(rng.choice(["yes", "yep that's it", "that's right"]))
    m, y = gen_expiry(rng)
    case.a("and the expiry date")
    ev = case.vid()
    case.c(rng.choice(["it's ", "", "expires "]), V("EXPIRY", spoken_expiry(m, y, rng, zr), ev, "%d-%d" % (m, y)))
    if rng.random() < 0.7:
        cvv = rdig(rng, 4 if brand == "amex" else 3)
        case.a(rng.choice(["and the three digits on the back", "and the security code please", "last thing, the c v v"]))
        cv = case.vid()
        case.c(rng.choice(["", "it's ", "um "]), V("CVV", speak_digits([cvv], rng, zr, "single", filler=0), cv, cvv))
    return "spoken card split over %d turn(s) (%s, %s)" % (nsplit, ind, region)


def pos_card_correction(case, rng):
    zr = rng.choice(["UK", "US"])
    num, brand = gen_card(rng)
    groups = card_groups(num, rng)
    ind, op = opener(rng, rng.choice(["banking", "utilities", "insurance", "healthcare"]))
    case.a(asr(op))
    case.a("can i take the card number please")
    wrong = list(groups[1])
    wrong[-1] = str((int(wrong[-1]) + 3) % 10)
    frag = groups[0] + "".join(wrong)
    v1, v2 = case.vid(), case.vid()
    case.c(V("CARD_NUMBER", speak_digits([groups[0], "".join(wrong)], rng, zr, "single", filler=0), v1, frag, True),
           rng.choice(["... no wait, sorry, let me start again. ", " - sorry that's wrong, from the top: ",
                       ", oh hang on i've misread it, ", " no no, sorry, again: "]),
           V("CARD_NUMBER", speak_digits(groups, rng, zr, None), v2, num))
    if rng.random() < 0.5:
        case.a("okay thank you")
    # aside in middle of a second reading by agent request
    case.a("sorry, the line broke up, could you repeat the middle part")
    v3 = case.vid()
    mid = groups[1] + groups[2]
    case.c(V("CARD_NUMBER", speak_digits([groups[1]], rng, zr, "single", filler=0), v3, mid, True),
           rng.choice([" - sorry, my dog is barking - ", ", hold on let me move the phone, ", " ... one sec ... "]),
           V("CARD_NUMBER", speak_digits([groups[2]], rng, zr, "single", filler=0), v3, mid, True))
    return "card reading with restart, aside and partial repeat (%s)" % ind


def pos_card_ending_after_full(case, rng):
    num, brand = gen_card(rng)
    region = rng.choice(["UK", "US"])
    case.a("Hi, you're chatting with support. What card should we use for the refund?")
    v = case.vid()
    case.c("The one on file is old, use ", V("CARD_NUMBER", typed_card(num, rng), v, num), " please")
    v2 = case.vid()
    case.a("Thanks, I've added the card ending ", V("CARD_NUMBER", num[-4:], v2, num[-4:], True),
           ". The refund of %s%d.%02d will take 3-5 working days." % ("$" if region == "US" else "\u00a3", rng.randint(10, 300), rng.randint(0, 99)))
    return "full card typed, then last four mentioned in same case (labelled)"


def ssn_typed(s, rng):
    return rng.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
                       s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + "-" + s[3:5] + s[5:], s[:5] + " " + s[5:],
                       s[:3] + " - " + s[3:5] + " - " + s[5:]])


def pos_ssn_chat(case, rng):
    s = gen_ssn(rng)
    ind, op = opener(rng, rng.choice(["healthcare", "government", "banking", "insurance"]))
    case.a(op + " To verify, please provide your Social Security number.")
    v = case.vid()
    case.c(rng.choice(["SSN: ", "ssn is ", "social - ", "my SS# ", "Soc Sec No. ", ""]), V("SSN", ssn_typed(s, rng), v, s),
           rng.choice(["", " thanks", ". i also have a claim pending", " (sorry for the typo earlier)"]))
    case.a("Thank you, you're verified.")
    return "typed US SSN in chat (%s)" % ind


def pos_ssn_call(case, rng):
    s = gen_ssn(rng)
    ind, op = opener(rng, rng.choice(["healthcare", "government", "banking", "insurance", "telecom"]))
    case.a(asr(op))
    case.a(rng.choice(["can i get your social security number", "i'll need your social to pull up the account",
                       "what's the s s n on the account"]))
    mode = rng.choice(["one", "one", "split", "split", "hundreds", "readback"])
    v = case.vid()
    g = [s[:3], s[3:5], s[5:]]
    if mode == "hundreds":
        txt = speak_digits(g, rng, "US", "hundred")
        case.c(rng.choice(["sure it's ", "yeah ", "okay "]), V("SSN", txt, v, s))
    elif mode == "split":
        case.c(rng.choice(["okay it's ", "", "uh "]), V("SSN", speak_digits([g[0]], rng, "US"), v, s))
        case.a(rng.choice(BACKCH))
        case.c(V("SSN", speak_digits([g[1]], rng, "US"), v, s))
        case.a(rng.choice(BACKCH))
        case.c(rng.choice(["", "and "]), V("SSN", speak_digits([g[2]], rng, "US"), v, s))
    else:
        grouping = rng.choice([g, [s[:3], s[3:5], s[5:7], s[7:]], [s], [s[:5], s[5:]], [s[:3], s[3:6], s[6:]]])
        case.c(rng.choice(["it's ", "", "yeah it's ", "let me see, "]), V("SSN", speak_digits(grouping, rng, "US"), v, s))
        if mode == "readback":
            rv = case.vid()
            case.a("i have ", V("SSN", speak_digits(g, rng, "US", "single", filler=0), rv, s), ", is that correct")
            case.c("yes ma'am")
    case.a(rng.choice(["perfect, thank you", "thanks, one moment while i pull that up"]))
    return "spoken SSN, mode=%s (%s)" % (mode, ind)


def pos_ssn_last4(case, rng):
    s = gen_ssn(rng)
    case.a("for security can i get the last four of your social")
    v = case.vid()
    case.c(rng.choice(["it's ", "", "sure, "]), V("SSN", speak_digits([s[5:]], rng, "US", rng.choice(["single", "pairs"])), v, s[5:], True))
    case.a("thank you, and your date of birth")
    y, m, d = gen_dob(rng)
    dv = case.vid()
    case.c(V("DOB", spoken_dob(y, m, d, rng, "US"), dv, "%d-%d-%d" % (y, m, d)))
    return "last four of SSN (labelled partial SSN) and spoken DOB"


def ni_typed(n, rng):
    return rng.choice([n, n.lower(), n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8],
                       n[:2] + n[2:8] + " " + n[8], n[:2] + "-" + n[2:8] + "-" + n[8],
                       n[:2].lower() + " " + n[2:8] + " " + n[8].lower()])


def ni_spoken(n, rng):
    parts = []
    parts += spell(n[:2], rng, rng.choice([0, 0.5, 1]))
    parts.append(speak_digits(chunk(n[2:8], rng.choice([[2, 2, 2], [3, 3], [6]])), rng, "UK", None))
    if rng.random() < 0.25:
        parts.append(rng.choice(FILLERS))
    parts += spell(n[8], rng, rng.choice([0, 1]))
    return " ".join(parts)


def pos_ni(case, rng):
    n = gen_ni(rng)
    ind, op = opener(rng, rng.choice(["government", "banking", "insurance", "utilities"]))
    if rng.random() < 0.4:
        case.a(op + " Can you confirm your National Insurance number?")
        v = case.vid()
        case.c(rng.choice(["NI no: ", "NINO ", "it's ", "national insurance number is ", ""]), V("NI_NUMBER", ni_typed(n, rng), v, n))
        return "typed NI number (%s)" % ind
    case.a(asr(op))
    case.a(rng.choice(["could i take your national insurance number please", "what's your n i number"]))
    v = case.vid()
    if rng.random() < 0.4:
        case.c(rng.choice(["yeah it's ", "", "right, "]), V("NI_NUMBER", " ".join(spell(n[:2], rng, 0.5)) + " " +
                                                       speak_digits([n[2:4]], rng, "UK", "single"), v, n))
        case.a(rng.choice(BACKCH))
        case.c(V("NI_NUMBER", speak_digits([n[4:6], n[6:8]], rng, "UK") + " " + " ".join(spell(n[8], rng, 0.5)), v, n))
    else:
        case.c(rng.choice(["yeah it's ", "", "it's um "]), V("NI_NUMBER", ni_spoken(n, rng), v, n))
    if rng.random() < 0.5:
        rv = case.vid()
        case.a("thank you so that's ", V("NI_NUMBER", " ".join(spell(n[:2], rng, 1)) + " " +
                                          speak_digits([n[2:8]], rng, "UK", "single", filler=0) + " " + n[8].lower(), rv, n))
        case.c("that's it yeah")
    return "spoken NI number (%s)" % ind


def pos_ni_ssn_mix(case, rng):
    """Chat with both NI number (UK employment) and SSN (previous US employment)."""
    n, s = gen_ni(rng), gen_ssn(rng)
    case.a("Payroll onboarding chat. Please give your UK NI number and, if you worked in the US, your SSN.")
    v1, v2 = case.vid(), case.vid()
    case.c("NI ", V("NI_NUMBER", ni_typed(n, rng), v1, n), rng.choice([" and US SSN ", ", ssn ", "; social sec "]),
           V("SSN", ssn_typed(s, rng), v2, s))
    case.a("Thanks, both recorded.")
    return "NI number and SSN in one chat message"


def house_words(n, rng):
    """House numbers as people say them: 'one sixty five', 'eighty two twenty six'."""
    v = int(n)
    if len(n) == 4 and v % 100 >= 10:
        return num_words(v // 100) + " " + num_words(v % 100)
    if len(n) == 3 and v % 100 >= 10 and rng.random() < 0.5:
        return UNITS[v // 100] + " " + num_words(v % 100)
    if len(n) == 4:
        return " ".join(single_words(n, rng, "US", False))
    return num_words(v)


def spoken_dob(y, m, d, rng, region):
    r = rng.random()
    if r < 0.3:
        return rng.choice(["the ", ""]) + ordinal_words(d) + " of " + MONTHS[m - 1] + " " + year_words(y, rng)
    if r < 0.55:
        return MONTHS[m - 1] + " " + ordinal_words(d) + " " + year_words(y, rng)
    if r < 0.8:
        zr = "UK" if region != "US" else "US"
        first, second = (m, d) if region == "US" else (d, m)
        return " ".join(single_words("%02d" % first, rng, zr, False)) + " " + \
            " ".join(single_words("%02d" % second, rng, zr, False)) + " " + year_words(y, rng)
    return MONTHS[m - 1] + " " + num_words(d) + rng.choice([", ", " "]) + year_words(y, rng)


def typed_dob(y, m, d, rng, region):
    if region == "US":
        return rng.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%02d-%02d-%02d" % (m, d, y % 100),
                           MONTHS[m - 1].capitalize() + " %d, %d" % (d, y), "%d-%02d-%02d" % (y, m, d)])
    return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), ord_suffix(d) + " " + MONTHS[m - 1].capitalize() + " " + str(y),
                       "%d %s %d" % (d, MONTHS[m - 1][:3].capitalize(), y), "%02d/%02d/%02d" % (d, m, y % 100)])


def pos_dob_address(case, rng):
    region = rng.choice(["UK", "US", "IE", "UK", "US"])
    y, m, d = gen_dob(rng)
    addr, num, st = gen_address(rng, "US" if region == "US" else ("IE" if region == "IE" else "UK"))
    ind, op = opener(rng)
    spoken = rng.random() < 0.5
    dv, av = case.vid(), case.vid()
    if spoken:
        case.a(asr(op) + " can i start with your date of birth")
        case.c(rng.choice(["yeah it's ", "", "um "]), V("DOB", spoken_dob(y, m, d, rng, region), dv, "%d-%d-%d" % (y, m, d)))
        case.a("and the first line of the address")
        a_sp = addr.lower().replace(",", "")
        a_sp = re.sub(r"(\d+)([a-z]?)\b", lambda mm: house_words(mm.group(1), rng) + (" " + mm.group(2) if mm.group(2) else ""), a_sp)
        case.c(rng.choice(["it's ", "", "we're at "]), V("ADDRESS", a_sp, av, addr))
    else:
        case.a(op + " Please confirm your DOB and address.")
        case.c(rng.choice(["DOB ", "born ", "d.o.b: "]), V("DOB", typed_dob(y, m, d, rng, region), dv, "%d-%d-%d" % (y, m, d)),
               rng.choice(["; address ", ", i live at ", ". addr: "]), V("ADDRESS", addr, av, addr))
    pv = case.vid()
    if region == "US":
        town, stt = rng.choice(US_TOWNS)
        z = gen_zip(rng)
        if spoken:
            zt = speak_digits([z[:5]] + ([z[6:]] if len(z) > 5 else []), rng, "US", "single", seps=(" dash ", " ", ", "))
            case.c(town.lower() + " " + rng.choice(["", "zip code "]), V("POSTCODE", zt, pv, z))
        else:
            case.c(town + ", " + stt + " ", V("POSTCODE", z, pv, z))
    elif region == "UK":
        pc = gen_uk_postcode(rng)
        town = rng.choice(UK_TOWNS)
        if spoken:
            case.c(town.lower() + ", postcode ", V("POSTCODE", " ".join(spell(pc.replace(" ", ""), rng, 0.3)), pv, pc))
        else:
            case.c(town + " ", V("POSTCODE", rng.choice([pc, pc.lower(), pc.replace(" ", "")]), pv, pc))
    else:
        case.c("Dublin " + str(rng.randint(1, 24)))  # Irish town + district: not a postcode span here
    case.a("Thanks, that matches what we have.")
    return "DOB + address (%s, %s)" % (region, "spoken" if spoken else "typed")


def phone_value(rng, kind):
    """Returns (display_typed, canonical_digits, spoken_groups, spoken_prefix, ext)."""
    if kind == "US":
        npa = str(rng.randint(2, 9)) + rdig(rng, 2)
        nxx = str(rng.randint(2, 9)) + rdig(rng, 2)
        line = rdig(rng, 4)
        cc = rng.random() < 0.3
        ext = rdig(rng, rng.choice([3, 4])) if rng.random() < 0.45 else ""
        typed = rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (npa, nxx, line)
        if cc:
            typed = rng.choice(["+1 ", "1-", "+1-"]) + typed
        if ext:
            typed += rng.choice([" ext. ", " x", " ext ", " extension "]) + ext
        canon = ("1" if cc else "") + npa + nxx + line + ("x" + ext if ext else "")
        return typed, canon, ([("1",)] if cc else []) + [npa, nxx, line], ext
    if kind == "UKM":
        n = "7" + rdig(rng, 9)
        intl = rng.random() < 0.4
        typed = ("+44 " + n[:4] + " " + n[4:]) if intl else ("0" + n[:4] + " " + n[4:])
        canon = ("44" if intl else "0") + n
        return typed, canon, ([("44",)] if intl else ["0" + n[:4]]) + ([n[:4]] if intl else []) + [n[4:7], n[7:]], ""
    if kind == "UKL":
        n = rng.choice(["20", "161", "113", "117", "131", "141", "29"])
        rest = rdig(rng, 10 - len(n))
        typed = "0" + n + " " + rest[:len(rest) - 4] + " " + rest[-4:]
        return typed, "0" + n + rest, ["0" + n, rest[:len(rest) - 4], rest[-4:]], ""
    if kind == "IE":
        n = rng.choice(["85", "86", "87", "83", "89"]) + rdig(rng, 7)
        intl = rng.random() < 0.5
        typed = ("+353 " + n[:2] + " " + n[2:5] + " " + n[5:]) if intl else ("0" + n[:2] + " " + n[2:5] + " " + n[5:])
        canon = ("353" if intl else "0") + n
        return typed, canon, ([("353",), n[:2]] if intl else ["0" + n[:2]]) + [n[2:5], n[5:]], ""
    cc = rng.choice(["49", "33", "34", "31"])
    n = rdig(rng, 9) if cc != "49" else "30" + rdig(rng, 8)
    typed = "+" + cc + " " + n[:3] + " " + n[3:6] + " " + n[6:]
    return typed, cc + n, [(cc,), n[:3], n[3:6], n[6:]], ""


def speak_phone(groups, ext, rng, zr):
    parts = []
    for g in groups:
        if isinstance(g, tuple):
            cc = g[0]
            parts.append(rng.choice(["plus ", "plus ", "double " + zero_word(rng, zr) + " "]) + " ".join(single_words(cc, rng, zr, False)) if rng.random() < 0.6
                         else "plus " + " ".join(single_words(cc, rng, zr, False)))
        else:
            parts.append(" ".join(speak_group(g, rng, zr, rng.choice(["single", "single", "pairs"]))))
    out = parts[0]
    for p in parts[1:]:
        out += rng.choice([" ", ", ", " ... ", " um "]) + p
    if ext:
        out += rng.choice([" extension ", " ext ", ", extension "]) + " ".join(single_words(ext, rng, zr, False))
    return out


def pos_phone(case, rng):
    kind = rng.choice(["US", "US", "US", "UKM", "UKL", "IE", "EU"])
    zr = "US" if kind == "US" else "UK"
    typed, canon, groups, ext = phone_value(rng, kind)
    ind, op = opener(rng)
    v = case.vid()
    if rng.random() < 0.45:
        case.a(op + " What's the best callback number?")
        case.c(rng.choice(["call me on ", "Tel: ", "ph# ", "mobile - ", "", "work line "]), V("PHONE", typed, v, canon),
               rng.choice(["", " after 5pm", " (cell)", ", thx"]))
        note = "typed phone %s" % kind
    else:
        # when a spoken country code uses 'double oh', canon gains '00'
        txt = speak_phone(groups, ext, rng, zr)
        c2 = canon
        if "double" in txt.split(" ")[0:1] and kind != "US":
            c2 = "00" + canon
        elif txt.startswith("double"):
            c2 = "00" + canon
        case.a(asr(op))
        case.a(rng.choice(["what number can we reach you on", "and a contact number", "can i grab a phone number in case we get cut off"]))
        if rng.random() < 0.4 and len(groups) >= 3:
            cut = len(groups) // 2
            t1 = speak_phone(groups[:cut], "", rng, zr)
            t2 = speak_phone(groups[cut:], ext, rng, zr)
            c1 = "00" + canon if t1.startswith("double") else canon
            case.c(rng.choice(["it's ", "yeah ", ""]), V("PHONE", t1, v, c1))
            case.a(rng.choice(BACKCH))
            case.c(V("PHONE", t2, v, c1))
        else:
            case.c(rng.choice(["it's ", "yeah it's ", "", "my cell is "]), V("PHONE", txt, v, c2))
        if rng.random() < 0.4:
            rv = case.vid()
            case.a("okay i have ", V("PHONE", speak_phone(groups, ext, rng, zr).replace("double " + "oh", "plus").replace("double zero", "plus").replace("double o ", "plus ").replace("double nought", "plus"), rv, canon))
            case.c("yep")
        note = "spoken phone %s" % kind
    return note + (" with extension" if ext else "")


def pos_email(case, rng):
    e = gen_email(rng)
    ind, op = opener(rng)
    v = case.vid()
    if rng.random() < 0.45:
        case.a(op + " What email should we send the confirmation to?")
        shown = e if rng.random() < 0.6 else (e[0].upper() + e[1:] if rng.random() < 0.5 else e.upper())
        case.c(rng.choice(["email: ", "its ", "", "e-mail is ", "send to "]), V("EMAIL", shown, v, e),
               rng.choice(["", " pls", " - not the old one"]))
        return "typed email (%s)" % ind
    case.a(asr(op))
    case.a("and an email address for the receipt")
    zr = "UK" if rng.random() < 0.5 else "US"
    case.c(rng.choice(["yeah it's ", "", "um it's "]), V("EMAIL", speak_email(e, rng, zr), v, e))
    if rng.random() < 0.4:
        rv = case.vid()
        case.a("so that's ", V("EMAIL", speak_email(e, rng, zr), rv, e), "?")
        case.c("yes")
    return "spoken email (%s)" % ind


def pos_uk_bank(case, rng):
    sc, acct = rdig(rng, 6), rdig(rng, 8)
    ind, op = opener(rng, rng.choice(["banking", "utilities", "government", "insurance"]))
    s1, a1 = case.vid(), case.vid()
    if rng.random() < 0.4:
        case.a(op + " Please send the sort code and account number for the direct debit.")
        case.c(rng.choice(["sort code ", "s/c: ", "SC "]), V("SORT_CODE", rng.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]]), s1, sc),
               rng.choice([" acct no: ", ", account ", " a/c "]), V("BANK_ACCOUNT", rng.choice([acct, acct[:4] + " " + acct[4:]]), a1, acct))
        return "typed UK sort code + account (%s)" % ind
    case.a(asr(op))
    case.a("what's the sort code")
    case.c(rng.choice(["it's ", "", "uh "]), V("SORT_CODE", speak_digits(chunk(sc, [2, 2, 2]), rng, "UK", rng.choice(["pairs", "single"]), seps=(" ", " dash ", ", ")), s1, sc))
    case.a("and the account number")
    if rng.random() < 0.5:
        case.c(V("BANK_ACCOUNT", speak_digits([acct[:4]], rng, "UK"), a1, acct))
        case.a(rng.choice(BACKCH))
        case.c(V("BANK_ACCOUNT", speak_digits([acct[4:]], rng, "UK"), a1, acct))
    else:
        case.c(rng.choice(["", "it's "]), V("BANK_ACCOUNT", speak_digits(chunk(acct, [4, 4]), rng, "UK"), a1, acct))
    return "spoken UK sort code + account (%s)" % ind


def pos_us_bank(case, rng):
    rt, acct = gen_routing(rng), rdig(rng, rng.choice([8, 10, 12]))
    ind, op = opener(rng, rng.choice(["banking", "healthcare", "government", "utilities", "insurance"]))
    r1, a1 = case.vid(), case.vid()
    if rng.random() < 0.4:
        case.a(op + " For ACH autopay I need the routing and account numbers.")
        case.c(rng.choice(["routing ", "ABA: ", "RTN "]), V("BANK_ACCOUNT", rt, r1, "R" + rt),
               rng.choice([" acct ", ", checking acct no: ", " / account# "]), V("BANK_ACCOUNT", acct, a1, acct))
        return "typed US routing + account (%s)" % ind
    case.a(asr(op))
    case.a("okay i'll need the routing number first, that's the nine digits at the bottom left of the check")
    case.c(rng.choice(["okay ", "", "so "]), V("BANK_ACCOUNT", speak_digits(chunk(rt, [3, 3, 3]), rng, "US"), r1, "R" + rt))
    case.a("and the account number")
    if rng.random() < 0.4:
        cut = len(acct) // 2
        case.c(V("BANK_ACCOUNT", speak_digits(chunk(acct[:cut], [3, 3]), rng, "US"), a1, acct))
        case.a(rng.choice(BACKCH))
        case.c(V("BANK_ACCOUNT", speak_digits(chunk(acct[cut:], [3, 3]), rng, "US"), a1, acct),
               rng.choice(["", ", that's checking"]))
    else:
        case.c(rng.choice(["", "it's ", "account is "]), V("BANK_ACCOUNT", speak_digits(chunk(acct, [4, 4, 4]), rng, "US"), a1, acct))
    return "spoken US routing + account (%s)" % ind


def pos_iban(case, rng):
    ib = gen_iban(rng)
    ind, op = opener(rng, rng.choice(["banking", "travel", "retail", "insurance"]))
    v = case.vid()
    if rng.random() < 0.5:
        case.a(op + " Please share the IBAN for the refund.")
        shown = rng.choice([" ".join(chunk(ib, [4] * 9)), ib, ib.lower(), " ".join(chunk(ib, [4] * 9)).lower()])
        case.c(rng.choice(["IBAN: ", "iban ", "it's ", ""]), V("IBAN", shown, v, ib))
        return "typed IBAN %s (%s)" % (ib[:2], ind)
    case.a(asr(op))
    case.a("could you read out the i ban")
    zr = "UK"
    g = chunk(ib, [4] * 9)
    toks = []
    for k, grp in enumerate(g):
        ws = []
        for ch in grp:
            if ch.isdigit():
                ws.append(UNITS[int(ch)] if ch != "0" else zero_word(rng, zr))
            else:
                ws += spell(ch, rng, 0.3)
        toks.append(" ".join(ws))
    half = len(toks) // 2
    case.c(rng.choice(["yeah it's ", "", "okay "]), V("IBAN", ", ".join(toks[:half]), v, ib))
    case.a(rng.choice(BACKCH))
    case.c(V("IBAN", " ".join(toks[half:]), v, ib))
    return "spoken IBAN %s split (%s)" % (ib[:2], ind)


def pos_us_kitchen_sink(case, rng):
    """US healthcare billing chat: SSN, DOB, address, ZIP+4, phone with ext."""
    s = gen_ssn(rng)
    y, m, d = gen_dob(rng)
    addr, _, _ = gen_address(rng, "US")
    z = gen_zip(rng, True)
    typed, canon, groups, ext = phone_value(rng, "US")
    town, st = rng.choice(US_TOWNS)
    case.a("Patient billing chat. To update the guarantor record please send SSN, DOB, mailing address and phone.")
    v = [case.vid() for _ in range(5)]
    case.c("ssn ", V("SSN", ssn_typed(s, rng), v[0], s), ", dob ", V("DOB", typed_dob(y, m, d, rng, "US"), v[1], "%d-%d-%d" % (y, m, d)))
    case.c(V("ADDRESS", addr, v[2], addr), ", " + town + ", " + st + " ", V("POSTCODE", z, v[3], z))
    case.c("phone ", V("PHONE", typed, v[4], canon))
    case.a("Thanks. Your balance of $%d.%02d is now assigned to the new guarantor." % (rng.randint(20, 900), rng.randint(0, 99)))
    return "US healthcare guarantor update: SSN, DOB, address, ZIP+4, phone"


POS_SCENARIOS = [
    (pos_card_chat, 26), (pos_card_call, 30), (pos_card_correction, 8), (pos_card_ending_after_full, 6),
    (pos_ssn_chat, 10), (pos_ssn_call, 16), (pos_ssn_last4, 5), (pos_ni, 26), (pos_ni_ssn_mix, 4),
    (pos_dob_address, 18), (pos_phone, 18), (pos_email, 14), (pos_uk_bank, 13), (pos_us_bank, 10),
    (pos_iban, 12), (pos_us_kitchen_sink, 6),
]

# --------------------------------------------------------------------------
# negative scenarios
# --------------------------------------------------------------------------


def neg_order_like_card(case, rng):
    num = luhn_complete(rng.choice(["4", "5", "3"]), 16, rng)
    label = rng.choice(["order number", "tracking number", "reference number", "voucher code", "gift receipt number"])
    case.a(asr(opener(rng, "retail")[1]))
    case.c(rng.choice(["hi i'm chasing my parcel, the ", "hiya, about my order, the ", "i was told to quote the "]) + label + " is " + speak_digits(card_groups(num, rng), rng, "UK", "single", filler=0.2))
    case.a("thanks, that " + label + " shows as dispatched on the %s of %s" % (ordinal_words(rng.randint(1, 28)), rng.choice(MONTHS)))
    return "16-digit Luhn-valid %s read like a card" % label


def neg_us_ids(case, rng):
    kind = rng.choice(["claim", "member", "npi", "medicare", "group", "rx"])
    case.a(asr(opener(rng, rng.choice(["healthcare", "insurance"]))[1]))
    if kind == "claim":
        v = rdig(rng, 3) + "-" + rdig(rng, 2) + "-" + rdig(rng, 4)
        case.c("Calling about claim number " + v + ", it was denied.")
        case.a("I see claim " + v + " was denied for missing prior authorization.")
    elif kind == "member":
        v = rng.choice("WXYZH") + rdig(rng, 9)
        case.c("my member id is " + " ".join(spell(v, rng, 0)) + " and i'm calling about a bill")
        case.a("thank you, member id " + v.lower() + " has a deductible of $%d" % rng.randint(500, 4000))
    elif kind == "npi":
        base = rng.choice("12") + rdig(rng, 8)
        chk = [c for c in "0123456789" if luhn_ok("80840" + base + c)][0]
        v = base + chk
        case.c("the doctor's npi is " + speak_digits(chunk(v, [3, 3, 4]), rng, "US", "single") + ", can you check if they're in network")
        case.a("yes, NPI " + v + " is in network for your plan.")
    elif kind == "medicare":
        v = "H" + rdig(rng, 4) + "-" + rdig(rng, 3)
        case.c("The plan on my Medicare card shows contract number " + v + ", plan year %d." % rng.randint(2023, 2026))
        case.a("Contract " + v + " is a Medicare Advantage HMO, copay is $%d for specialists." % rng.randint(10, 60))
    elif kind == "group":
        v = rdig(rng, 9)
        case.c("group number on the card is " + v[:3] + " " + v[3:5] + " " + v[5:] + ", rx bin " + rdig(rng, 6))
        case.a("thanks, group " + v + " is the employer plan")
    else:
        v = rdig(rng, 7)
        case.c("prescription number " + speak_digits([v], rng, "US", "pairs") + ", the pharmacy said it's on hold")
        case.a("rx " + v + " needs a refill authorization, about two business days")
    return "US healthcare id said with its label (%s)" % kind


def neg_amounts(case, rng):
    case.a(asr(opener(rng, rng.choice(["banking", "utilities", "telecom"]))[1]))
    amt = rng.randint(1000, 9999)
    cur, sym = rng.choice([("pounds", "\u00a3"), ("dollars", "$"), ("euro", "\u20ac")])
    case.c("what's my balance, i think it's about " + num_words(amt) + " " + cur)
    case.a("your balance is %s%d,%03d.%02d and the minimum payment is %s%d.%02d, due in %d days" % (
        sym, rng.randint(1, 40), rng.randint(0, 999), rng.randint(0, 99), sym, rng.randint(25, 300), rng.randint(0, 99), rng.randint(3, 28)))
    case.c("okay and the interest rate is still %d.%d percent" % (rng.randint(9, 29), rng.randint(0, 9)))
    case.a("yes, %d.%d%% APR. Your card ending %s is the one on file." % (rng.randint(9, 29), rng.randint(0, 9), rdig(rng, 4)))
    return "balances, amounts, percentage, card last four"


def neg_times_dates(case, rng):
    case.a(asr(opener(rng)[1]))
    case.c("what time are you open on saturday")
    case.a("we're open from %d am to %d pm, and on sundays %d till %d" % (rng.randint(7, 10), rng.randint(4, 8), rng.randint(9, 11), rng.randint(3, 5)))
    case.c("can i book for the %s of %s at %s" % (ordinal_words(rng.randint(1, 28)), rng.choice(MONTHS), rng.choice(["half two", "ten fifteen", "quarter to four", "eleven thirty"])))
    case.a("Booked: %02d/%02d/%d at %02d:%02d, the appointment lasts %d minutes." % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2025, 2027), rng.randint(8, 17), rng.choice([0, 15, 30, 45]), rng.choice([15, 30, 45, 90])))
    return "opening hours, appointment date/time, duration"


def neg_meter(case, rng):
    case.a(asr(opener(rng, "utilities")[1]))
    r = rdig(rng, 5)
    case.c("i want to give a meter reading, it's " + speak_digits([r], rng, "UK", "single") + " and the meter serial is " + rng.choice("EFGK") + rdig(rng, 2) + rng.choice("ABCW") + rdig(rng, 5))
    case.a("thanks, reading " + r + " logged for %d/%02d/%d. Your unit rate is %d.%02dp per kWh." % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2026), rng.randint(20, 30), rng.randint(0, 99)))
    return "meter reading and meter serial"


def neg_travel(case, rng):
    case.a(asr(opener(rng, "travel")[1]))
    fl = rng.choice(["BA", "EI", "AA", "UA", "FR", "LH"]) + str(rng.randint(10, 4999))
    case.c("i'm on flight " + fl + " tomorrow, booking reference " + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)) + ", can i change seat %d%s" % (rng.randint(1, 40), rng.choice("ABCDEF")))
    case.a("Flight %s departs %02d:%02d from gate %s%d, I've moved you to seat %d%s. The fare difference is %s%d." % (fl, rng.randint(5, 22), rng.choice([5, 20, 35, 50]), rng.choice("ABCD"), rng.randint(1, 60), rng.randint(1, 40), rng.choice("ABCDEF"), "\u20ac", rng.randint(10, 90)))
    case.c("and the hotel room is %d, ticket number %s" % (rng.randint(100, 1299), rdig(rng, 13)))
    case.a("noted, thanks")
    return "flight, seat, gate, room, 13-digit ticket number"


def neg_invoice_ssn_shape(case, rng):
    v = rdig(rng, 3) + "-" + rdig(rng, 2) + "-" + rdig(rng, 4)
    label = rng.choice(["Invoice", "Work order", "Ticket", "Case", "Confirmation"])
    case.a("Support chat. How can I help?")
    case.c(label + " #" + v + " still isn't resolved, it's been %d days." % rng.randint(3, 40))
    case.a("I've escalated " + label.lower() + " " + v + "; expect an update within %d hours." % rng.choice([24, 48, 72]))
    return "%s number shaped like an SSN" % label.lower()


def neg_policy_serial(case, rng):
    case.a(asr(opener(rng, rng.choice(["insurance", "telecom", "retail"]))[1]))
    pol = rng.choice(["POL", "HX", "MTR", ""]) + rdig(rng, 8)
    ser = rng.choice(["SN", "S/N "]) + rdig(rng, 4) + rng.choice("ABCXYZ") + rdig(rng, 6)
    case.c("my policy number is " + pol + " and the device serial is " + ser + ", model " + rng.choice(["X200", "SM-A536B", "iPhone 14", "KDL-55"]))
    case.a("policy " + pol + " covers accidental damage with a %s%d excess." % ("$", rng.randint(25, 250)))
    return "policy, serial and model numbers"


def neg_phone_shaped_ref(case, rng):
    ref = "0" + rdig(rng, 10)
    case.a(asr(opener(rng, rng.choice(["telecom", "government", "utilities"]))[1]))
    case.c("i have a reference number from the letter, " + speak_digits(chunk(ref, [5, 3, 3]), rng, "UK", "single") + ", reference not phone")
    case.a("thanks, reference " + ref + " is for your %d tax year return, the deadline is %s %d." % (rng.randint(2023, 2025), rng.choice(["the thirty first of january", "the fifth of april"]), rng.randint(2025, 2026)))
    return "11-digit reference spoken like a UK phone number"


def neg_sortcode_shape(case, rng):
    case.a("You're chatting with the help desk.")
    t = rdig(rng, 2) + "-" + rdig(rng, 2) + "-" + rdig(rng, 2)
    case.c("Ticket " + t + " - my router keeps dropping, it's %d years old and the temp in the cupboard is %d degrees" % (rng.randint(2, 9), rng.randint(18, 35)))
    case.a("Ticket %s updated. Your speed test shows %d Mbps, we expect %d." % (t, rng.randint(5, 80), rng.randint(80, 900)))
    return "ticket number shaped like a sort code, ages, temperature, speeds"


def neg_roads_years(case, rng):
    case.a(asr(opener(rng, rng.choice(["insurance", "travel"]))[1]))
    case.c("the accident was on the %s near junction %d in %d, i'm %d years old" % (rng.choice(["A40", "M25", "I-95", "Route 66", "N7", "US-101"]), rng.randint(1, 30), rng.randint(2015, 2025), rng.randint(18, 85)))
    case.a("noted, claim reference CL-%s opened, the car is a %d model with %d,%03d miles" % (rdig(rng, 7), rng.randint(2005, 2024), rng.randint(5, 150), rng.randint(0, 999)))
    return "road names, years, age, mileage, claim reference"


def neg_card_last4(case, rng):
    case.a(asr(opener(rng, "banking")[1]))
    l4 = rdig(rng, 4)
    case.c("there's a charge i don't recognise on my card ending in " + speak_digits([l4], rng, "US", rng.choice(["single", "pairs"])))
    case.a("okay on the card ending " + l4 + " i see a charge of $%d.%02d on %s %d" % (rng.randint(5, 999), rng.randint(0, 99), rng.choice(MONTHS), rng.randint(1, 28)))
    case.c("yeah that's not me, i was at home, it's been %d days" % rng.randint(2, 20))
    case.a("i've raised dispute number %s, you'll hear back within %d business days" % (rdig(rng, 10), rng.randint(5, 10)))
    return "card last-four only, dispute number, amount"


def neg_contract_counts(case, rng):
    case.a("Hi! Thanks for messaging us.")
    case.c("How long is left on my contract? Account ref %s-%s." % (rng.choice(["ACC", "CUS", "BT"]), rdig(rng, 9)))
    case.a("Your contract ends on %d %s %d, that's %d months away. You've used %d of %d GB and %d minutes." % (
        rng.randint(1, 28), rng.choice(MONTHS).capitalize(), rng.randint(2025, 2028), rng.randint(1, 23), rng.randint(1, 99), rng.choice([100, 50, 200]), rng.randint(10, 999)))
    return "contract end date, counts, account reference with label"


NEG_SCENARIOS = [
    (neg_order_like_card, 14), (neg_us_ids, 20), (neg_amounts, 9), (neg_times_dates, 8), (neg_meter, 6),
    (neg_travel, 7), (neg_invoice_ssn_shape, 10), (neg_policy_serial, 7), (neg_phone_shaped_ref, 7),
    (neg_sortcode_shape, 5), (neg_roads_years, 6), (neg_card_last4, 9), (neg_contract_counts, 5),
]


# --------------------------------------------------------------------------
# build, write, check
# --------------------------------------------------------------------------


def build():
    rng = random.Random(SEED)
    records, metas = [], []
    for kind, table, prefix in (("positive", POS_SCENARIOS, "pos"), ("negative", NEG_SCENARIOS, "neg")):
        plan = []
        for fn, n in table:
            plan += [fn] * n
        rng.shuffle(plan)
        for i, fn in enumerate(plan, 1):
            case = Case(kind, "")
            note = fn(case, rng)
            turns, spans, meta = render(case)
            records.append({"id": "h413-%s-%03d" % (prefix, i), "kind": kind, "turns": turns, "spans": spans, "note": note})
            metas.append(meta)
    return records, metas


def dump(records):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)


def check(records, metas):
    errors = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != dump(records):
            errors.append("cases.jsonl is not byte-identical to a fresh generation")
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for r, meta in zip(records, metas):
        rid = r["id"]
        if r["kind"] == "negative":
            nneg += 1
            if r["spans"]:
                errors.append(rid + ": negative case with spans")
        else:
            npos += 1
            if not r["spans"]:
                errors.append(rid + ": positive case without spans")
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"]:
                errors.append(rid + ": bad turn")
        per_turn = {}
        groups = {}
        for sp, m in zip(r["spans"], meta):
            if sp["type"] not in TYPES:
                errors.append(rid + ": unknown type")
                continue
            counts[sp["type"]] += 1
            text = r["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errors.append("%s: span out of range" % rid)
                continue
            val = text[s:e]
            if val != m.text:
                errors.append("%s: span text mismatch" % rid)
            if not (val[0].isalnum() or val[0] in "+(") or not val[-1].isalnum():
                errors.append("%s: span edge not a value character %r" % (rid, val))
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errors.append("%s: span not on word boundary %r" % (rid, val))
            per_turn.setdefault(sp["turn"], []).append((s, e))
            groups.setdefault(m.vid, []).append(m)
        for lst in per_turn.values():
            lst.sort()
            for (a, b), (c, d) in zip(lst, lst[1:]):
                if c < b:
                    errors.append(rid + ": overlapping spans")
        for vid, ms in sorted(groups.items()):
            m0 = ms[0]
            joined = " ".join(x.text for x in ms)
            err = validate_canon(m0.typ, m0.canon, m0.partial)
            if err:
                errors.append("%s: %s %r" % (rid, err, m0.canon))
            if not matches(m0.typ, joined, m0.canon):
                errors.append("%s: %s reading %r does not normalise to %r (got %r)" % (
                    rid, m0.typ, joined, m0.canon, normalise(joined, m0.typ)))
    if npos < 200 or nneg < 100:
        errors.append("too few cases: %d positive, %d negative" % (npos, nneg))
    for t in TYPES:
        if counts[t] < MINIMUM[t]:
            errors.append("too few %s spans: %d < %d" % (t, counts[t], MINIMUM[t]))
    return errors, counts, npos, nneg


def main():
    records, metas = build()
    if "--check" in sys.argv[1:]:
        errors, counts, npos, nneg = check(records, metas)
        for e in errors[:60]:
            print("ERROR", e)
        print("positive=%d negative=%d spans=%d" % (npos, nneg, sum(counts.values())))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errors:
            print("CHECK FAILED (%d errors)" % len(errors))
            return 1
        print("CHECK OK")
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(dump(records))
    print("wrote %d cases to %s" % (len(records), OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the pii_holdout504 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) without access to the
redaction engine. Standard library only; one RNG seeded 504241125.

Usage:
    python scripts/make_pii_holdout504.py          # write cases.jsonl
    python scripts/make_pii_holdout504.py --check  # regenerate + validate
"""
import json
import os
import random
import re
import sys

SEED = 504241125
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout504", "cases.jsonl")

R = random.Random(SEED)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ----------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZEROS = ["oh", "zero", "nought", "o"]
FILLERS = ["um", "uh", "er", "erm"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
NATO_ALT = {"b": "bravo", "c": "cat", "d": "dog", "s": "sugar", "p": "peter",
            "t": "tom", "m": "mother", "n": "nancy", "a": "apple", "j": "jack",
            "w": "william", "h": "harry", "k": "king", "r": "robert", "e": "edward",
            "y": "yellow", "z": "zebra", "g": "george", "l": "london", "x": "xray"}
LETTER_NAMES = {"a": "ay", "b": "bee", "c": "see", "d": "dee", "h": "aitch", "j": "jay",
                "k": "kay", "p": "pee", "t": "tee", "z": "zed", "y": "why", "e": "ee",
                "g": "gee", "w": "double you", "r": "are", "s": "ess", "m": "em", "n": "en"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]


def w_digit(d, zero):
    return zero if d == "0" else UNITS[int(d)]


def w_pair(p, zero):
    a, b = p[0], p[1]
    if a == "0":
        return zero + " " + w_digit(b, zero)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + UNITS[int(b)]


def w_hundreds(t, zero):
    a, rest = t[0], t[1:]
    if a == "0":
        return None
    if rest == "00":
        return UNITS[int(a)] + " hundred"
    if rest[0] == "0":
        return UNITS[int(a)] + " hundred and " + UNITS[int(rest[1])]
    return UNITS[int(a)] + " hundred and " + w_pair(rest, zero)


def w_runs(s, zero):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        n = j - i
        while n > 0:
            if n >= 3 and R.random() < 0.6:
                out.append("triple " + w_digit(s[i], zero)); n -= 3
            elif n >= 2:
                out.append("double " + w_digit(s[i], zero)); n -= 2
            else:
                out.append(w_digit(s[i], zero)); n -= 1
        i = j
    return " ".join(out)


def say_group(g, zero, style):
    if style == "pairs" and len(g) % 2 == 0:
        return " ".join(w_pair(g[i:i + 2], zero) for i in range(0, len(g), 2))
    if style == "hundreds" and len(g) == 3 and g[0] != "0":
        return w_hundreds(g, zero)
    if style == "hundreds" and len(g) == 4 and g[0] != "0" and g[1] != "0" and R.random() < 0.5:
        # "forty one hundred" style is rare; use pair-pair instead
        return w_pair(g[:2], zero) + " " + w_pair(g[2:], zero)
    if style == "runs":
        return w_runs(g, zero)
    return " ".join(w_digit(c, zero) for c in g)


def say_number(s, groups=None, styles=("single", "single", "runs", "pairs", "hundreds"),
               fillers=0.0, sep=None, mishear=0.0):
    """Render a digit string as ASR speech; round-trip checked."""
    if groups is None:
        groups = [len(s)]
    for _ in range(40):
        zero = R.choice(ZEROS)
        parts, i = [], 0
        for n in groups:
            g = s[i:i + n]; i += n
            parts.append(say_group(g, zero, R.choice(styles)))
        out = []
        for k, p in enumerate(parts):
            if k:
                if R.random() < fillers:
                    out.append(" " + R.choice(FILLERS) + " ")
                else:
                    out.append(sep if sep is not None else R.choice([" ", ", ", " ", " ... "]))
            out.append(p)
        txt = "".join(out)
        if mishear and R.random() < mishear:
            txt = re.sub(r"\bfour\b", "for", txt, count=1)
            txt = re.sub(r"\btwo\b", "to", txt, count=1)
        if norm_seq(txt) == s:
            return txt
    return " ".join(UNITS[int(c)] for c in s)


def spell_letter(ch, mode):
    c = ch.lower()
    if mode == 0:
        return c
    if mode == 1:
        return c + " for " + NATO[c]
    if mode == 2:
        return c + " as in " + NATO_ALT.get(c, NATO[c])
    if mode == 4:
        return LETTER_NAMES.get(c, c)
    return NATO[c]


# ----------------------------------------------------------------- normaliser
WORD_DIGIT = {w: str(i) for i, w in enumerate(UNITS)}
WORD_DIGIT.update({z: "0" for z in ZEROS + ["nil"]})
TEEN_VAL = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_VAL = {w: i for i, w in enumerate(TENS) if w}
NATO_REV = {}
for _k, _v in list(NATO.items()) + list(NATO_ALT.items()):
    NATO_REV.setdefault(_v, _k)
FILLER_SET = set(FILLERS + ["hmm", "ah"])
MISHEAR = {"for": "4", "to": "2", "too": "2", "ate": "8"}
LETTER_REV = {v: k.upper() for k, v in LETTER_NAMES.items() if " " not in v}


def norm_seq(text):
    """Normalise a (possibly spoken) alphanumeric value to canonical chars."""
    toks = re.findall(r"[a-z0-9]+", text.lower())
    toks = [t for t in toks if t not in FILLER_SET]
    out = []
    i, mult = 0, 1
    def emit(x):
        nonlocal mult
        out.append(x * mult)
        mult = 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t == "double" and nxt == "you":
            emit("W"); i += 2; continue
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1; continue
        if t in ("plus", "slash", "dash", "hyphen", "space"):
            i += 1; continue
        # letter + for/as in/like + phonetic word
        if len(t) == 1 and t.isalpha() and t != "o":
            j = i + 1
            if j < len(toks) and toks[j] in ("for", "like"):
                j += 1
            elif j + 1 < len(toks) and toks[j] == "as" and toks[j + 1] == "in":
                j += 2
            if j > i + 1 and j < len(toks) and toks[j][0] == t:
                emit(t.upper()); i = j + 1; continue
            emit(t.upper()); i += 1; continue
        if t == "o" and nxt in ("for", "like") and i + 2 < len(toks) and toks[i + 2] == "oscar":
            emit("O"); i += 3; continue
        if t in WORD_DIGIT:
            if nxt == "hundred":
                d = WORD_DIGIT[t]; i += 2
                if i < len(toks) and toks[i] == "and":
                    i += 1
                rest = "00"
                if i < len(toks):
                    u = toks[i]
                    if u in TEEN_VAL:
                        rest = TEEN_VAL[u]; i += 1
                    elif u in TENS_VAL:
                        tv = TENS_VAL[u]; i += 1
                        if i < len(toks) and toks[i] in WORD_DIGIT and WORD_DIGIT[toks[i]] != "0" and toks[i] not in ZEROS:
                            rest = str(tv) + WORD_DIGIT[toks[i]]; i += 1
                        else:
                            rest = str(tv) + "0"
                    elif u in WORD_DIGIT and u not in ZEROS and toks[i - 1] == "and":
                        rest = "0" + WORD_DIGIT[u]; i += 1
                emit(d + rest); continue
            if nxt == "thousand":
                d = WORD_DIGIT[t]; i += 2
                if i < len(toks) and toks[i] == "and":
                    i += 1
                rest = "000"
                if i < len(toks):
                    u = toks[i]
                    if u in TEEN_VAL:
                        rest = "0" + TEEN_VAL[u]; i += 1
                    elif u in TENS_VAL:
                        tv = TENS_VAL[u]; i += 1
                        if i < len(toks) and toks[i] in UNITS[1:]:
                            rest = "0" + str(tv) + WORD_DIGIT[toks[i]]; i += 1
                        else:
                            rest = "0" + str(tv) + "0"
                    elif u in UNITS[1:]:
                        rest = "00" + WORD_DIGIT[u]; i += 1
                emit(d + rest); continue
            emit(WORD_DIGIT[t]); i += 1; continue
        if t in TEEN_VAL:
            emit(TEEN_VAL[t]); i += 1; continue
        if t in TENS_VAL:
            if nxt in UNITS[1:]:
                emit(str(TENS_VAL[t]) + WORD_DIGIT[nxt]); i += 2; continue
            emit(str(TENS_VAL[t]) + "0"); i += 1; continue
        if t in NATO_REV:
            emit(NATO_REV[t].upper()); i += 1; continue
        if t == "double" and nxt == "you":
            emit("W"); i += 2; continue
        if t in LETTER_REV:
            emit(LETTER_REV[t]); i += 1; continue
        if t in MISHEAR:
            emit(MISHEAR[t]); i += 1; continue
        if t.isalnum():
            emit(t.upper()); i += 1; continue
        i += 1
    return "".join(out)


def norm_email(text):
    t = " " + text.lower() + " "
    t = re.sub(r"\s+at\s+", "@", t)
    t = re.sub(r"\s+dot\s+", ".", t)
    t = re.sub(r"\s+underscore\s+", "_", t)
    t = re.sub(r"\s+(dash|hyphen)\s+", "-", t)
    return re.sub(r"\s+", "", t)


# ----------------------------------------------------------------- validators
def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
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
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ni_ok(s):
    return bool(NI_RE.fullmatch(s)) and s[:2] not in NI_BAD


def ssn_ok(s):
    return (len(s) == 9 and s.isdigit() and s[:3] not in ("000", "666")
            and s[0] != "9" and s[3:5] != "00" and s[5:] != "0000")


UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")


def validate_full(typ, text):
    n = norm_seq(text)
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return ssn_ok(n)
    if typ == "NI_NUMBER":
        return ni_ok(n)
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        return n.isdigit() and 10 <= len(n) <= 15
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", norm_email(text)))
    if typ == "POSTCODE":
        return bool(UK_PC.fullmatch(n)) or (n.isdigit() and len(n) in (5, 9))
    if typ == "ADDRESS":
        first = re.findall(r"[a-z0-9]+", text.lower())
        return bool(first) and (first[0] in ("flat", "apartment", "apt", "unit") or bool(norm_seq(first[0])[:1].isdigit()))
    if typ == "EXPIRY":
        low = text.lower()
        if any(m in low for m in MON3):
            return True
        return n.isdigit() and len(n) in (4, 6) and 1 <= int(n[:2]) <= 12
    if typ == "DOB":
        low = text.lower()
        has_month = any(m in low for m in MON3)
        digits = re.sub(r"\D", "", n)
        return (has_month and len(digits) >= 3) or 6 <= len(digits) <= 8
    return False


def validate_part(typ, text):
    n = norm_seq(text)
    if typ in ("CARD_NUMBER", "SSN", "SORT_CODE", "BANK_ACCOUNT", "PHONE", "CVV"):
        return n.isdigit() and 1 <= len(n) <= 19
    return bool(re.fullmatch(r"[A-Z0-9]+", n))


# ----------------------------------------------------------------- case builder
class V:
    def __init__(self, text, typ, group=None, role="full"):
        self.text, self.typ, self.group, self.role = text, typ, group, role


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.meta = [], [], []

    def t(self, speaker, *segs):
        idx = len(self.turns)
        buf = ""
        for s in segs:
            if isinstance(s, V):
                self.spans.append({"turn": idx, "start": len(buf),
                                   "end": len(buf) + len(s.text), "type": s.typ})
                self.meta.append((s.group, s.role, s.text))
                buf += s.text
            else:
                buf += s
        self.turns.append({"speaker": speaker, "text": buf})
        return self

    c = lambda self, *s: self.t("customer", *s)
    a = lambda self, *s: self.t("agent", *s)


def ch(x):
    return R.choice(x)


# ----------------------------------------------------------------- value gens
def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def gen_card():
    k = R.random()
    if k < 0.45:
        return luhn_complete("4" + str(R.randint(0, 9)), 16), [4, 4, 4, 4]
    if k < 0.65:
        return luhn_complete(str(R.randint(51, 55)), 16), [4, 4, 4, 4]
    if k < 0.78:
        return luhn_complete(ch(["34", "37"]), 15), [4, 6, 5]
    if k < 0.86:
        return luhn_complete("6011", 16), [4, 4, 4, 4]
    if k < 0.92:
        return luhn_complete("4", 13), [4, 3, 3, 3]
    return luhn_complete(ch(["6759", "6221", "5018"]), 19), [4, 4, 4, 4, 3]


def gen_ssn():
    while True:
        s = "%03d%02d%04d" % (R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999))
        if ssn_ok(s):
            return s


NI_A = "ABCEGHJKLMNOPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = ch(NI_A) + ch(NI_B)
        if p not in NI_BAD and p[0] != "O":
            return p + "%06d" % R.randint(0, 999999) + ch("ABCD")


def gen_iban():
    cc = ch(["GB", "IE", "DE", "NL", "FR", "ES"])
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "MIDL", "HBUK"]) + "%06d%08d" % (R.randint(0, 999999), R.randint(0, 99999999))
    elif cc == "IE":
        bban = ch(["AIBK", "BARC", "ULSB"]) + "%06d%08d" % (R.randint(0, 999999), R.randint(0, 99999999))
    elif cc == "NL":
        bban = ch(["ABNA", "RABN", "INGB"]) + "%010d" % R.randint(0, 9999999999)
    elif cc == "DE":
        bban = "%018d" % R.randint(0, 10 ** 18 - 1)
    elif cc == "FR":
        bban = "%023d" % R.randint(0, 10 ** 23 - 1)
    else:
        bban = "%020d" % R.randint(0, 10 ** 20 - 1)
    rr = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in rr)) % 97
    return cc + "%02d" % chk + bban


def fmt_iban(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def group_str(s, groups, sep=" "):
    out, i = [], 0
    for n in groups:
        out.append(s[i:i + n]); i += n
    return sep.join(out)


def odd_group(s):
    cuts = sorted(R.sample(range(2, len(s) - 1), ch([1, 2, 3])))
    out, p = [], 0
    for c in cuts:
        if c - p >= 1:
            out.append(s[p:c]); p = c
    out.append(s[p:])
    return " ".join(x for x in out if x)


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "chloe", "dmitri",
         "niamh", "carlos", "grace", "wei", "fatima", "owen", "hannah", "sean", "lucy"]
LAST = ["smith", "okafor", "murphy", "patel", "oconnor", "nguyen", "jones", "kowalski",
        "garcia", "byrne", "taylor", "hughes", "schmidt", "ali", "walsh", "evans"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "btinternet.com",
           "icloud.com", "eircom.net", "web.de", "protonmail.com", "aol.com"]
STREETS = ["Fenwick Road", "Marlowe Court", "Station Road", "High Street", "Elm Grove",
           "Maple Avenue", "Church Lane", "Kingsway", "Oak Drive", "Victoria Terrace",
           "Sycamore Close", "Main Street", "Harbour View", "Pine Street", "Lakeshore Drive",
           "Willow Crescent", "Mill Lane", "Park Avenue"]
TOWNS_UK = ["Leeds", "Bristol", "Cardiff", "Glasgow", "Norwich", "Derby", "Swansea", "York"]
TOWNS_US = ["Dayton, Ohio", "Austin, Texas", "Tacoma, Washington", "Albany, New York", "Tucson, Arizona"]
UK_PCS = ["LS6 2QT", "BS8 1TH", "CF10 3AT", "G12 8QQ", "NR2 4SL", "DE22 1GB", "SA1 8EN",
          "YO10 5DD", "SW1A 2AA", "M14 6ZT", "EC1V 9HX", "B15 2TT", "EH9 1JS", "N16 7UJ"]
US_ZIPS = ["45402", "78701", "98402", "12207", "85701", "10013", "60614", "94110-2231", "30303"]


def gen_email():
    f, l = ch(FIRST), ch(LAST)
    local = ch([f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)), l + "_" + f, f + "." + l + str(R.randint(70, 99))])
    return local + "@" + ch(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    def part(x):
        x = x.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
        x = re.sub(r"(\d+)", lambda m: " " + " ".join(UNITS[int(c)] for c in m.group(1)) + " ", x)
        return re.sub(r"\s+", " ", x).strip()
    return part(local) + " at " + part(dom)


def gen_uk_mobile():
    return "07" + "%09d" % R.randint(0, 999999999)


def gen_phone():
    k = R.randint(0, 5)
    if k == 0:
        n = gen_uk_mobile(); return n, ch([n[:5] + " " + n[5:], n, n[:5] + " " + n[5:8] + " " + n[8:]]), n
    if k == 1:
        n = gen_uk_mobile(); d = "44" + n[1:]
        return d, "+44 " + n[1:5] + " " + n[5:], d
    if k == 2:
        a, b, c = R.randint(201, 989), R.randint(200, 999), R.randint(0, 9999)
        d = "%d%d%04d" % (a, b, c)
        return d, ch(["(%d) %d-%04d" % (a, b, c), "%d-%d-%04d" % (a, b, c), "%d.%d.%04d" % (a, b, c)]), d
    if k == 3:
        a, b, c = R.randint(201, 989), R.randint(200, 999), R.randint(0, 9999)
        d = "1%d%d%04d" % (a, b, c)
        return d, "+1 %d %d %04d" % (a, b, c), d
    if k == 4:
        d = "3538" + str(R.choice([3, 5, 6, 7])) + "%07d" % R.randint(0, 9999999)
        return d, "+353 " + d[3:5] + " " + d[5:8] + " " + d[8:], d
    d = "49" + "15" + "%09d" % R.randint(0, 999999999)
    return d, "+49 " + d[2:5] + " " + d[5:], d


def gen_dob():
    y, m, d = R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28)
    return y, m, d


def ordinal(d):
    if d in (1, 21):
        w = {1: "first", 21: "twenty first"}[d]
    elif d in (2, 22):
        w = {2: "second", 22: "twenty second"}[d]
    elif d in (3, 23):
        w = {3: "third", 23: "twenty third"}[d]
    else:
        base = {4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth"}
        if d < 10:
            w = base[d]
        elif d < 20:
            w = {10: "tenth", 11: "eleventh", 12: "twelfth"}.get(d, TEENS[d - 10] + "th")
        elif d == 20:
            w = "twentieth"
        else:
            w = "twenty " + base[d - 20]
    return w


def say_year(y):
    s = str(y)
    if s.startswith("20"):
        return ch(["two thousand and " + UNITS[int(s[3])] if s[2] == "0" else "twenty " + w_pair(s[2:], "oh"),
                   "twenty " + w_pair(s[2:], "oh")])
    return w_pair(s[:2], "oh") + " " + w_pair(s[2:], "oh")


def dob_text(spoken):
    y, m, d = gen_dob()
    if spoken:
        k = R.randint(0, 2)
        if k == 0:
            return "the " + ordinal(d) + " of " + MONTHS[m - 1] + " " + say_year(y)
        if k == 1:
            return MONTHS[m - 1] + " " + ordinal(d) + " " + say_year(y)
        return say_number("%02d%02d" % (d, m), [2, 2]) + " " + say_year(y)
    k = R.randint(0, 4)
    if k == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if k == 1:
        return "%d/%d/%d" % (m, d, y)
    if k == 2:
        return "%d %s %d" % (d, ch([MONTHS[m - 1].title(), MON3[m - 1].title()]), y)
    if k == 3:
        return "%d-%02d-%02d" % (y, m, d)
    return "%02d.%02d.%s" % (d, m, str(y)[2:])


def expiry_text(spoken):
    m, y = R.randint(1, 12), R.randint(25, 32)
    if spoken:
        k = R.randint(0, 2)
        if k == 0:
            return say_number("%02d%02d" % (m, y), [2, 2], styles=("single", "pairs"))
        if k == 1:
            return MONTHS[m - 1] + " twenty " + w_pair(str(y), "oh")
        return say_number("%02d" % m, styles=("single", "pairs")) + " " + ch(["", "slash "]) + "twenty " + w_pair(str(y), "oh")
    return ch(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%02d" % (m, y) if m > 9 else "%02d/%02d" % (m, y), "%s %d" % (MON3[m - 1].title(), 2000 + y), "%02d%02d" % (m, y)])


# ----------------------------------------------------------------- contexts
CONTEXTS = [
    ("banking", "UK"), ("banking", "US"), ("banking", "IE"), ("telecom", "UK"), ("telecom", "US"),
    ("utilities", "UK"), ("utilities", "IE"), ("retail", "US"), ("retail", "EU"), ("insurance", "UK"),
    ("insurance", "US"), ("travel", "EU"), ("travel", "UK"), ("healthcare billing", "US"),
    ("government services", "UK"), ("government services", "US"),
]
OPEN_SPOKEN = {
    "banking": "thanks for calling {b} my name's {a} how can i help",
    "telecom": "you're through to {b} mobile support this is {a}",
    "utilities": "{b} energy good morning you're speaking to {a}",
    "retail": "hi thanks for calling {b} customer care",
    "insurance": "{b} insurance claims line {a} speaking",
    "travel": "{b} bookings {a} speaking how can i help today",
    "healthcare billing": "patient billing at {b} this is {a}",
    "government services": "{b} helpline you're speaking with {a}",
}
BRANDS = {"banking": ["northgate bank", "harbour savings", "first lakeland"],
          "telecom": ["vireo", "skyline", "telnova"], "utilities": ["greenhearth", "brightwatt", "riverside"],
          "retail": ["homebase direct", "cartly", "fernway"], "insurance": ["sentinel", "oakmere", "guardwell"],
          "travel": ["airlume", "bluejet", "eurorail"], "healthcare billing": ["st brendan's", "mercy valley"],
          "government services": ["the benefits", "the tax credits", "the licensing"]}
AGENTS = ["dave", "priya", "kerry", "marcus", "siobhan", "ana", "jo", "raj"]
BACK = ["mhm", "yep", "go on", "okay", "uh huh", "yeah", "right", "got that", "and the next four", "keep going"]


def ctx():
    ind, cty = ch(CONTEXTS)
    return ind, cty


def opener(c, ind, spoken=True):
    txt = OPEN_SPOKEN[ind].format(b=ch(BRANDS[ind]), a=ch(AGENTS))
    if not spoken:
        txt = txt[0].upper() + txt[1:] + "?"
    c.a(txt)


# ----------------------------------------------------------------- card cases
def card_reading_parts(num, groups):
    parts, i = [], 0
    for n in groups:
        parts.append(num[i:i + n]); i += n
    return parts


def pos_card(i):
    ind, cty = ctx()
    num, groups = gen_card()
    k = i % 20
    c = Case("positive", "")
    G = "card"
    if k == 0:
        c.note = "typed chat, card with spaces, label"
        c.a("Hi, you're chatting with %s. How can I help?" % ch(AGENTS).title())
        c.c(ch(["card no: ", "Card number - ", "my card is ", "cc# "]), V(group_str(num, groups, ch([" ", "-", " "])), "CARD_NUMBER"), ch(["", " thanks", ", exp to follow"]))
    elif k == 1:
        c.note = "typed chat, run-together card plus expiry and cvv"
        exp = expiry_text(False); cvv = "%03d" % R.randint(0, 999)
        c.a("Please can you confirm the long card number, expiry and security code?")
        c.c(V(num, "CARD_NUMBER"), " exp ", V(exp, "EXPIRY"), " cvv ", V(cvv, "CVV"))
    elif k == 2:
        c.note = "typed chat, odd grouping and typo'd label"
        c.c(ch(["crad number ", "card numbr: ", "the numbre on the card is ", "CARD NO. "]), V(odd_group(num), "CARD_NUMBER"))
        c.a("Thanks, I'll run that through now.")
    elif k == 3:
        c.note = "ASR, card read in one turn with fillers"
        opener(c, ind)
        c.c("yeah i want to pay my bill")
        c.a("no problem what's the long number on the card")
        c.c(ch(["okay it's ", "right so it's ", "um it's ", ""]), V(say_number(num, groups, fillers=0.4), "CARD_NUMBER"))
    elif k == 4 or k == 11:
        c.note = "ASR, card split across customer turns with back-channels"
        opener(c, ind)
        c.a("can i take the card number please")
        parts = card_reading_parts(num, groups)
        for j, p in enumerate(parts):
            c.c(("it's " if j == 0 else ""), V(say_number(p, styles=("single", "runs", "pairs")), "CARD_NUMBER", G, "part"))
            if j < len(parts) - 1:
                c.a(ch(BACK))
        c.a("lovely thank you")
    elif k == 5:
        c.note = "ASR, agent read-back of card"
        opener(c, ind)
        c.c("the card number is ", V(say_number(num, groups, fillers=0.2), "CARD_NUMBER"))
        c.a("so i've got ", V(say_number(num, groups, sep=" "), "CARD_NUMBER"), " is that right")
        c.c("yes that's it")
    elif k == 6:
        c.note = "ASR, restarted reading (false start then full)"
        opener(c, ind)
        part = num[:R.randint(5, 9)]
        c.c(V(say_number(part), "CARD_NUMBER", None, "fragment"), " sorry i lost my place let me start again ",
            V(say_number(num, groups), "CARD_NUMBER"))
        c.a("okay thanks")
    elif k == 7:
        c.note = "ASR, agent misreads, customer corrects last group"
        opener(c, ind)
        c.c(V(say_number(num, groups), "CARD_NUMBER"))
        wrong = num[:-2] + str((int(num[-2]) + 1) % 10) + num[-1]
        c.a("so that's ", V(say_number(wrong, groups, sep=" "), "CARD_NUMBER", None, "fragment"))
        last = num[-groups[-1]:]
        c.c("no the last bit is ", V(say_number(last), "CARD_NUMBER", None, "fragment"))
        c.a("ah sorry ", V(say_number(last), "CARD_NUMBER", None, "fragment"), " got it")
    elif k == 8:
        c.note = "ASR, aside in the middle of reading"
        opener(c, ind)
        cut = sum(groups[:2])
        c.c(V(say_number(num[:cut], groups[:2]), "CARD_NUMBER", G, "part"),
            ch([" hang on the light's bad in here ", " sorry the dog's barking ", " wait let me get my glasses ", " hold on it's worn off a bit "]),
            V(say_number(num[cut:], groups[2:]), "CARD_NUMBER", G, "part"))
        c.a("thank you")
    elif k == 9:
        c.note = "ASR, pairs and hundreds, mishearing for/to"
        opener(c, ind)
        c.a("and the card number")
        c.c(V(say_number(num, groups, styles=("pairs", "hundreds", "runs"), mishear=0.8), "CARD_NUMBER"))
        c.a("and the three digits on the back")
        c.c(V(say_number("%03d" % R.randint(0, 999), styles=("single", "hundreds")), "CVV"))
    elif k == 10:
        c.note = "email body, card plus expiry, with last four mentioned afterwards"
        exp = expiry_text(False)
        c.c("Hello,\nPlease update my payment details to card ", V(group_str(num, groups), "CARD_NUMBER"),
            " expiring ", V(exp, "EXPIRY"), ".\nRegards")
        c.a("Thanks, the card ending ", V(num[-4:], "CARD_NUMBER", None, "fragment"), " has been added.")
    elif k == 12:
        c.note = "ASR, customer repeats card twice; agent confirms only last four"
        opener(c, ind)
        c.c(V(say_number(num, groups), "CARD_NUMBER"))
        c.a("sorry you broke up there")
        c.c("i said ", V(say_number(num, groups, fillers=0.3), "CARD_NUMBER"))
        c.a("thanks so that's the card ending ", V(say_number(num[-4:], styles=("single",)), "CARD_NUMBER", None, "fragment"))
    elif k == 14:
        c.note = "ASR, agent reads back group by group with customer confirming"
        opener(c, ind)
        c.c(V(say_number(num, groups, fillers=0.2), "CARD_NUMBER"))
        for j, p in enumerate(card_reading_parts(num, groups)):
            c.a(("so " if j == 0 else ""), V(say_number(p, styles=("single", "runs")), "CARD_NUMBER", "rb", "part"))
            c.c(ch(["yes", "yep", "that's right", "mhm"]))
    elif k == 15:
        c.note = "typed chat, card sent over two messages"
        cut = sum(groups[:2])
        c.c("card is ", V(group_str(num[:cut], groups[:2]), "CARD_NUMBER", G, "part"))
        c.c(V(group_str(num[cut:], groups[2:]), "CARD_NUMBER", G, "part"), " sorry hit enter too soon")
        c.a("No worries, got it.")
    elif k == 16:
        c.note = "ASR, partially digit-formatted transcript with odd merges"
        opener(c, ind)
        cut = R.randint(5, 9)
        c.c("yeah it's ", V(num[:cut] + " " + say_number(num[cut:cut + 4]) + " " + num[cut + 4:], "CARD_NUMBER"))
    elif k == 17:
        c.note = "ASR, mid-reading self-correction of a group"
        opener(c, ind)
        g0 = groups[0]; g1 = groups[1]
        wrong = num[g0:g0 + g1 - 1]
        c.c(V(say_number(num[:g0]) + " " + say_number(wrong), "CARD_NUMBER", None, "fragment"), " no sorry ",
            V(say_number(num[g0:], groups[1:]), "CARD_NUMBER", None, "fragment"))
        c.a("okay so from the top that's ", V(say_number(num, groups, styles=("single",), sep=" "), "CARD_NUMBER"))
        c.c("yes")
    elif k == 18:
        c.note = "ASR, customer says digits with spoken dashes"
        opener(c, ind)
        c.c("the long number is ", V(say_number(num, groups, styles=("single",), sep=" dash "), "CARD_NUMBER"), " and security code ",
            V(say_number("%03d" % R.randint(0, 999)), "CVV"))
    elif k == 19:
        c.note = "ASR, agent types it back in chat-style digits after spoken reading"
        opener(c, ind)
        c.c(V(say_number(num, groups, styles=("runs", "pairs")), "CARD_NUMBER"))
        c.a("i've put ", V(group_str(num, groups), "CARD_NUMBER"), " into the system expiry please")
        c.c(V(expiry_text(True), "EXPIRY"))
    else:
        c.note = "typed, card with dots and asterisks around, mixed case label"
        c.c(ch(["CaRd: ", "Card#", "VISA "]), V(group_str(num, groups, "."), "CARD_NUMBER"), ch(["", " ** urgent **"]))
        c.a("Thank you, payment is processing.")
    c.note += " [%s %s]" % (ind, cty)
    return c


# ----------------------------------------------------------------- SSN
def pos_ssn(i):
    s = gen_ssn()
    ind = ch(["banking", "healthcare billing", "government services", "insurance", "telecom"])
    c = Case("positive", "")
    k = i % 11
    if k == 9:
        c.note = "ASR, SSN said with oh and doubles then agent reads in pairs"
        opener(c, ind)
        c.c("social's ", V(say_number(s, [3, 2, 4], styles=("runs",)), "SSN"))
        c.a("thank you that's ", V(say_number(s, [3, 2, 4], styles=("pairs", "hundreds")), "SSN"))
    elif k == 10:
        c.note = "typed, SSN with stray space and agent asking to confirm"
        c.c("ssn is ", V(s[:3] + "- " + s[3:5] + " -" + s[5:], "SSN"))
        c.a("Thanks. Can you confirm the last digits?")
        c.c(V(s[5:], "SSN", None, "fragment"))
    elif k == 0:
        c.note = "typed, dashed SSN"
        c.c(ch(["SSN: ", "ssn ", "Social: ", "soc sec # "]), V(s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN"))
    elif k == 1:
        c.note = "typed, SSN no separators"
        c.a("Please confirm the SSN on file.")
        c.c(V(s, "SSN"))
    elif k == 2:
        c.note = "typed, SSN spaces or dots"
        c.c("my social is ", V(s[:3] + ch([" ", "."]) + s[3:5] + ch([" ", "."]) + s[5:], "SSN"), ch([" ok?", "", "."]))
    elif k == 3:
        c.note = "ASR, SSN with fillers"
        opener(c, ind)
        c.a("can i get your social security number")
        c.c("sure it's ", V(say_number(s, [3, 2, 4], fillers=0.5), "SSN"))
    elif k == 4:
        c.note = "ASR, SSN split across turns"
        opener(c, ind)
        c.a("and the social")
        for j, (a, b) in enumerate([(0, 3), (3, 5), (5, 9)]):
            c.c(V(say_number(s[a:b], styles=("single", "runs", "pairs", "hundreds")), "SSN", "ssn", "part"))
            if j < 2:
                c.a(ch(BACK))
    elif k == 5:
        c.note = "ASR, SSN read-back by agent"
        opener(c, ind)
        c.c(V(say_number(s, [3, 2, 4]), "SSN"))
        c.a("let me read that back ", V(say_number(s, [3, 2, 4], sep=" dash "), "SSN"))
        c.c("correct")
    elif k == 6:
        c.note = "ASR, SSN correction of middle group"
        opener(c, ind)
        wrong = s[:3] + "%02d" % ((int(s[3:5]) + 11) % 100) + s[5:]
        c.c(V(say_number(wrong, [3, 2, 4]), "SSN", None, "fragment"), " no wait sorry it's ",
            V(say_number(s, [3, 2, 4]), "SSN"))
    elif k == 7:
        c.note = "ASR, SSN hundreds style with aside"
        opener(c, ind)
        c.c(V(say_number(s[:5], [3, 2], styles=("hundreds", "pairs")), "SSN", "ssn", "part"),
            " hold on i've got it written down here ",
            V(say_number(s[5:], styles=("pairs", "single")), "SSN", "ssn", "part"))
    else:
        c.note = "typed, SSN in form-like message with dob"
        c.c("Name: %s %s\nDOB: " % (ch(FIRST).title(), ch(LAST).title()), V(dob_text(False), "DOB"),
            "\nSSN - ", V(s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN"))
    c.note += " [%s US]" % ind
    return c


# ----------------------------------------------------------------- NI
def say_ni(n, mode=None, fillers=0.0):
    for _ in range(40):
        m = R.randint(0, 3) if mode is None else mode
        letters = n[:2]
        if letters[0] == letters[1] and R.random() < 0.4:
            pre = "double " + letters[0].lower()
        else:
            pre = " ".join(spell_letter(x, m) for x in letters)
        dig = say_number(n[2:8], ch([[2, 2, 2], [6], [3, 3]]), fillers=fillers)
        txt = pre + ch([" ", ", "]) + dig + ch([" ", ", "]) + spell_letter(n[8], m)
        if norm_seq(txt) == n:
            return txt
    return " ".join(n.lower())


def pos_ni(i):
    n = gen_ni()
    ind = ch(["government services", "banking", "utilities", "insurance", "healthcare billing"])
    c = Case("positive", "")
    k = i % 11
    if k == 9:
        c.note = "ASR, NI letters as letter names (zed, aitch, see)"
        opener(c, ind)
        c.c(V(say_ni(n, 4), "NI_NUMBER"))
    elif k == 10:
        c.note = "typed, NI spaced pairs upper with agent read-back"
        c.c("NI No. ", V(" ".join([n[:2], n[2:4], n[4:6], n[6:8], n[8]]), "NI_NUMBER"))
        c.a("Thanks - just to confirm that's ", V(n, "NI_NUMBER"), "?")
    elif k == 0:
        c.note = "typed, NI compact upper"
        c.c(ch(["NI: ", "NINO ", "National Insurance no. ", "ni number "]), V(n, "NI_NUMBER"))
    elif k == 1:
        c.note = "typed, NI lower-case spaced pairs"
        c.c("its ", V(" ".join([n[:2], n[2:4], n[4:6], n[6:8], n[8]]).lower(), "NI_NUMBER"))
    elif k == 2:
        c.note = "typed, NI with dashes"
        c.c("NI number is ", V(n[:2] + "-" + n[2:8] + "-" + n[8], "NI_NUMBER"), ch(["", " cheers", "."]))
    elif k == 3:
        c.note = "ASR, NI letters plain"
        opener(c, ind)
        c.a("what's your national insurance number")
        c.c(V(say_ni(n, 0, 0.3), "NI_NUMBER"))
    elif k == 4:
        c.note = "ASR, NI with phonetic alphabet"
        opener(c, ind)
        c.c("it's ", V(say_ni(n, ch([1, 2])), "NI_NUMBER"))
        c.a("thank you")
    elif k == 5:
        c.note = "ASR, NI split across turns with read-back"
        opener(c, ind)
        c.c("letters first ", V(say_ni(n)[:0] + " ".join(spell_letter(x, 1) for x in n[:2]), "NI_NUMBER", "ni", "part"))
        c.a(ch(BACK))
        c.c(V(say_number(n[2:8], [2, 2, 2]), "NI_NUMBER", "ni", "part"))
        c.a("and the last letter")
        c.c(V(spell_letter(n[8], ch([0, 1])), "NI_NUMBER", "ni", "part"))
        c.a("so that's ", V(" ".join(n[:2].lower()) + " " + say_number(n[2:8], [2, 2, 2], sep=" ") + " " + n[8].lower(), "NI_NUMBER"))
    elif k == 6:
        c.note = "ASR, NI with correction of final letter"
        opener(c, ind)
        wrong = n[:8] + ch([x for x in "ABCD" if x != n[8]])
        c.c(V(say_ni(wrong, 0), "NI_NUMBER"))
        c.a("is that b for bravo at the end")
        c.c("no sorry ", V(spell_letter(n[8], 1), "NI_NUMBER", None, "fragment"), " so ", V(say_ni(n, 0), "NI_NUMBER"))
    elif k == 7:
        c.note = "ASR, NI phonetic-only letters"
        opener(c, ind)
        c.c("national insurance ", V(say_ni(n, 3), "NI_NUMBER"))
    else:
        c.note = "typed, NI mixed case with typo label in email"
        c.c("Dear team,\nmy Nat Ins numebr is ", V(n[:2].lower() + n[2:8] + n[8].lower(), "NI_NUMBER"),
            " and I was born ", V(dob_text(False), "DOB"), ".\nThanks")
    c.note += " [%s UK]" % ind
    return c


# ----------------------------------------------------------------- other types
def pos_other(typ, i):
    ind, cty = ctx()
    c = Case("positive", "")
    spoken = i % 2 == 1
    if spoken:
        opener(c, ind)
    if typ == "CVV":
        v = "%03d" % R.randint(0, 999) if i % 4 else "%04d" % R.randint(0, 9999)
        if spoken:
            c.a("and the security code on the back")
            c.c(ch(["it's ", "", "um "]), V(say_number(v, styles=("single", "hundreds", "runs")), "CVV"))
        else:
            c.c(ch(["CVV: ", "cvc ", "security code "]), V(v, "CVV"))
        c.note = "cvv"
    elif typ == "EXPIRY":
        if spoken:
            c.a("expiry date on the card")
            c.c(V(expiry_text(True), "EXPIRY"))
        else:
            c.c("exp: ", V(expiry_text(False), "EXPIRY"))
        c.note = "card expiry"
    elif typ == "BANK_ACCOUNT":
        v = "%08d" % R.randint(0, 99999999) if i % 3 else "%d" % R.randint(10 ** 9, 10 ** 12)
        if spoken:
            c.a("account number please")
            c.c(V(say_number(v, [4, len(v) - 4], fillers=0.3), "BANK_ACCOUNT"))
            c.a("thanks ", V(say_number(v, sep=" "), "BANK_ACCOUNT"))
        else:
            c.c(ch(["acct no: ", "Account #", "a/c "]), V(v, "BANK_ACCOUNT"))
        c.note = "bank account number"
    elif typ == "SORT_CODE":
        v = "%06d" % R.randint(0, 999999)
        if spoken:
            c.a("and the sort code")
            c.c(V(say_number(v, [2, 2, 2], styles=("single", "pairs", "runs")), "SORT_CODE"))
        else:
            c.c("sort code ", V(ch(["-".join([v[:2], v[2:4], v[4:]]), v, " ".join([v[:2], v[2:4], v[4:]])]), "SORT_CODE"))
        c.note = "uk sort code"
    elif typ == "IBAN":
        v = gen_iban()
        if spoken:
            chunks = re.findall(r"[A-Z]+|\d+", v)
            txt = " ".join(" ".join(x.lower()) if x.isalpha() else say_number(x, fillers=0.1) for x in chunks)
            c.c("my iban is ", V(txt, "IBAN"))
        else:
            c.c("IBAN: ", V(ch([fmt_iban(v), v, fmt_iban(v).lower()]), "IBAN"))
        c.note = "iban"
    elif typ == "PHONE":
        d, typed, _ = gen_phone()
        if spoken:
            c.a("best contact number")
            intl = not d.startswith("0") and len(d) >= 11 and d[:2] in ("44", "35", "49") or d.startswith("1") and len(d) == 11
            lead = ""
            if intl:
                cc = {"44": "44", "35": "353", "49": "49", "1": "1"}
                code = "353" if d.startswith("353") else ("1" if d.startswith("1") and len(d) == 11 else d[:2])
                txt = "plus " + say_number(code, styles=("single",)) + " " + say_number(d[len(code):], styles=("single", "runs"), fillers=0.2)
                c.c("it's ", V(txt[5:] if False else txt, "PHONE"))
            else:
                c.c("it's ", V(say_number(d, styles=("single", "runs", "pairs"), fillers=0.2), "PHONE"))
        else:
            if typed.startswith("+"):
                c.c("call me on +", V(typed[1:], "PHONE"))
            elif typed.startswith("("):
                c.c(ch(["tel: (", "cell ("]), V(typed[1:], "PHONE"))
            else:
                c.c(ch(["tel: ", "mobile ", "ph "]), V(typed, "PHONE"))
        c.note = "phone number"
    elif typ == "EMAIL":
        e = gen_email()
        if spoken:
            c.a("and an email address")
            c.c(V(say_email(e), "EMAIL"))
        else:
            c.c(ch(["email: ", "you can reach me at ", "E-mail "]), V(ch([e, e.upper(), e.title()]), "EMAIL"))
        c.note = "email address"
    elif typ == "DOB":
        c.a(ch(["can i take your date of birth", "What's your date of birth?"]))
        c.c(V(dob_text(spoken), "DOB"))
        c.note = "date of birth"
    elif typ in ("POSTCODE", "ADDRESS"):
        uk = i % 3 != 0
        num = R.randint(1, 240)
        street = ch(STREETS)
        addr = ("Flat %d, %d %s" % (R.randint(1, 12), num, street)) if i % 4 == 0 else "%d %s" % (num, street)
        pc = ch(UK_PCS) if uk else ch(US_ZIPS)
        town = ch(TOWNS_UK) if uk else ch(TOWNS_US)
        if spoken:
            a2 = addr.lower()
            if i % 5 == 1:
                a2 = a2.replace(str(num), say_number(str(num), styles=("hundreds", "pairs", "single")), 1)
            pcs = pc.lower() if uk else say_number(pc.replace("-", ""), styles=("single",))
            c.a("what's the address")
            c.c(V(a2, "ADDRESS"), " " + town.lower() + " ", V(pcs, "POSTCODE"))
        else:
            c.c("Address: ", V(addr, "ADDRESS"), ", " + town + ", ", V(pc, "POSTCODE"))
        c.note = "address with postcode/zip"
    c.note += " [%s %s %s]" % ("asr" if spoken else "typed", ind, cty)
    return c


def pos_mixed(i):
    """Multi-type realistic calls."""
    ind, cty = ctx()
    c = Case("positive", "mixed identity and verification call [%s %s]" % (ind, cty))
    opener(c, ind)
    num, groups = gen_card()
    c.a("before we start can i take your date of birth")
    c.c(V(dob_text(True), "DOB"))
    c.a("and your postcode")
    c.c(V(ch(UK_PCS).lower(), "POSTCODE"))
    c.a("great and the card you'd like to pay with")
    c.c(V(say_number(num[:8], groups[:2], fillers=0.3), "CARD_NUMBER", "m", "part"))
    c.a(ch(BACK))
    c.c(V(say_number(num[8:], groups[2:]), "CARD_NUMBER", "m", "part"))
    c.a("expiry")
    c.c(V(expiry_text(True), "EXPIRY"))
    c.a("and if we need to get back to you what's the email")
    c.c(V(say_email(gen_email()), "EMAIL"))
    return c


# ----------------------------------------------------------------- negatives
def neg(i):
    c = Case("negative", "")
    ind, cty = ctx()
    k = i % 24
    spoken = i % 2 == 0
    if k == 0:
        amt = "%d.%02d" % (R.randint(10, 9999), R.randint(0, 99))
        c.a("your outstanding balance is " + ch(["£", "$", "€"]) + amt + " due on the " + ordinal(R.randint(1, 28)) + " of " + ch(MONTHS))
        c.note = "balance and payment due date"
    elif k == 1:
        num, g = gen_card()
        c.a("can i take the order number")
        c.c("order number " + say_number(num, g))
        c.note = "luhn-valid 16ish-digit order number spoken like a card"
    elif k == 2:
        c.c("tracking number 1Z%03dAA1%010d" % (R.randint(0, 999), R.randint(0, 9999999999)))
        c.a("thanks that parcel is out for delivery")
        c.note = "tracking number"
    elif k == 3:
        l4 = "%04d" % R.randint(0, 9999)
        if spoken:
            c.a("is that the card ending in " + say_number(l4, styles=("single", "pairs")))
            c.c("yeah ending " + say_number(l4, styles=("single",)))
        else:
            c.a("I can see a Visa ending " + l4 + " and a Mastercard ending in **** " + "%04d" % R.randint(0, 9999) + ".")
        c.note = "card last-four only"
    elif k == 4:
        c.a("we're open " + ch(["eight till eight monday to friday", "9am to 5:30pm weekdays", "from 8:00 to 20:00, Sat 9-1"]))
        c.c("and how long is the wait usually")
        c.a("about " + ch(["twenty minutes", "45 mins", "an hour and a half"]))
        c.note = "opening hours and durations"
    elif k == 5:
        c.a("your appointment is on the %s of %s at %d:%02d" % (ordinal(R.randint(1, 28)), ch(MONTHS), R.randint(8, 17), ch([0, 15, 30, 45])))
        c.c("can we move it to %d/%d/20%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(25, 27)))
        c.note = "appointment dates"
    elif k == 6:
        r = "%05d" % R.randint(0, 99999)
        c.c("meter reading is " + (say_number(r, fillers=0.3) if spoken else r) + " and the night rate is " + "%05d" % R.randint(0, 99999))
        c.note = "meter readings"
    elif k == 7:
        c.c("i'm on flight %s %d seat %d%s gate %d" % (ch(["ba", "ei", "lh", "fr"]), R.randint(100, 9999), R.randint(1, 40), ch("abcdef"), R.randint(1, 60)))
        c.a("and room %d at the hotel is confirmed" % R.randint(100, 999))
        c.note = "flight seat gate room numbers"
    elif k == 8:
        p = ch(["POL-%05d-%04d" % (R.randint(0, 99999), R.randint(0, 9999)), "policy number %s%08d" % (ch(["HM", "MT", "AX"]), R.randint(0, 99999999))])
        c.c("my policy number is " + p)
        c.note = "policy number with label"
    elif k == 9:
        inv = "%016d" % R.randint(0, 10 ** 16 - 1)
        c.c("Invoice no. INV " + group_str(inv, [4, 4, 4, 4]))
        c.a("Thanks, I can see that invoice.")
        c.note = "16-digit invoice number grouped like a card"
    elif k == 10:
        ref = "%09d" % R.randint(0, 999999999)
        c.a("your reference number is " + (say_number(ref, [3, 2, 4]) if spoken else ref[:3] + "-" + ref[3:5] + "-" + ref[5:]))
        c.note = "9-digit reference formatted like an SSN"
    elif k == 11:
        c.c("ticket number " + ("%d" % R.randint(10 ** 7, 10 ** 10)))
        c.a("that ticket was closed on the %s" % ordinal(R.randint(1, 28)))
        c.note = "ticket number"
    elif k == 12:
        num, g = gen_card()
        c.c("the serial number on the router is " + ch(["SN ", "s/n "]) + group_str(num, g))
        c.note = "luhn-valid serial number with label"
    elif k == 13:
        c.c("i'm %d years old and it's %d degrees in here, the bill went up %d percent since %d" % (R.randint(18, 90), R.randint(12, 35), R.randint(2, 40), R.randint(1995, 2024)))
        c.note = "age temperature percentage year"
    elif k == 14:
        c.a("your contract started on %d %s %d and runs for %d months" % (R.randint(1, 28), ch(MONTHS).title(), R.randint(2018, 2025), ch([12, 18, 24, 36])))
        c.note = "contract dates"
    elif k == 15:
        c.c("there's roadworks on " + ch(["the a40", "baker street", "route 66", "the m6 near junction 19", "main street"]) + " so the engineer couldn't get through")
        c.note = "road names without house numbers"
    elif k == 16:
        c.a("that'll be " + ch(["four hundred and twelve pounds fifty", "two thousand and three dollars", "ninety nine euro ninety nine", "one hundred and sixty five pounds"]))
        c.note = "spoken amounts including hundreds"
    elif k == 17:
        c.c("claim number CLM-%03d-%02d-%04d" % (R.randint(100, 899), R.randint(10, 99), R.randint(1000, 9999)))
        c.a("thanks i'll look up that claim")
        c.note = "claim number shaped like SSN, labelled"
    elif k == 18:
        c.c("the model is %s-%s%d and it's about %d years old" % (ch(["KX", "WM", "HD"]), ch(["TG", "B"]), R.randint(1000, 9999), R.randint(2, 9)))
        c.note = "model number"
    elif k == 19:
        c.a("you can reach me on extension " + say_number("%04d" % R.randint(0, 9999)) + " or call back after " + ch(["two", "3pm", "half four"]))
        c.note = "extension and time"
    elif k == 20:
        pol = ch(["QX", "ZP", "HB"]) + "%06d" % R.randint(0, 999999) + ch("EFGH")
        c.c("membership ref " + pol + " is on the letter")
        c.note = "membership ref resembling NI format but labelled"
    elif k == 21:
        c.a("i can see %d payments of £%d.%02d and %d missed since march" % (R.randint(2, 12), R.randint(5, 300), R.randint(0, 99), R.randint(0, 3)))
        c.note = "counts and amounts"
    elif k == 22:
        num, g = gen_card()
        c.c("booking reference " + say_number(num[:6]) + " and the confirmation code is " + num[6:12])
        c.note = "booking reference and confirmation code"
    else:
        c.a("the card we have is the one ending " + "%04d" % R.randint(0, 9999) + ", can you read me the long number from the front?")
        c.c("hang on let me find it")
        c.note = "agent asks for card, last-four only"
    c.note += " [%s %s]" % (ind, cty)
    return c


# ----------------------------------------------------------------- build
def build():
    global R
    R = random.Random(SEED)
    pos = []
    for i in range(100):
        pos.append(pos_card(i))
    for i in range(44):
        pos.append(pos_ssn(i))
    for i in range(44):
        pos.append(pos_ni(i))
    for typ in ["CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        for i in range(8 if typ in ("CVV", "EXPIRY", "DOB", "POSTCODE", "ADDRESS") else 12):
            pos.append(pos_other(typ, i))
    for i in range(12):
        pos.append(pos_mixed(i))
    negs = [neg(i) for i in range(120)]
    cases = []
    for n, c in enumerate(pos, 1):
        c.id = "h504-pos-%03d" % n
        cases.append(c)
    for n, c in enumerate(negs, 1):
        c.id = "h504-neg-%03d" % n
        cases.append(c)
    return cases


def to_jsonl(cases):
    lines = []
    for c in cases:
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": c.spans, "note": c.note},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


def check(cases, data):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != data:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = [c.id for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    for c in cases:
        if c.kind == "negative" and c.spans:
            errs.append(c.id + ": negative with spans")
        if c.kind == "positive" and not c.spans:
            errs.append(c.id + ": positive without spans")
        byturn = {}
        groups = {}
        for sp, (grp, role, vtext) in zip(c.spans, c.meta):
            counts[sp["type"]] += 1
            txt = c.turns[sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append("%s: offsets out of range" % c.id); continue
            seg = txt[s:e]
            if seg != vtext:
                errs.append("%s: span text mismatch" % c.id)
            if not (seg[0].isalnum() and seg[-1].isalnum()):
                errs.append("%s: span not trimmed %r" % (c.id, seg))
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (c.id, seg))
            byturn.setdefault(sp["turn"], []).append((s, e))
            if role == "full":
                if not validate_full(sp["type"], seg):
                    errs.append("%s: invalid %s %r -> %r" % (c.id, sp["type"], seg, norm_seq(seg)))
            else:
                if not validate_part(sp["type"], seg):
                    errs.append("%s: invalid part %s %r" % (c.id, sp["type"], seg))
                if role == "part":
                    groups.setdefault(grp, []).append((sp["type"], seg))
        for t, lst in byturn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % c.id)
        for grp, parts in groups.items():
            typ = parts[0][0]
            joined = " ".join(p for _, p in parts)
            if not validate_full(typ, joined):
                errs.append("%s: split group %s invalid %r" % (c.id, typ, norm_seq(joined)))
    npos = sum(c.kind == "positive" for c in cases)
    nneg = sum(c.kind == "negative" for c in cases)
    if npos < 200 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    mins = {t: 10 for t in TYPES}
    mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, m in mins.items():
        if counts[t] < m:
            errs.append("too few %s spans: %d" % (t, counts[t]))
    return errs, counts, npos, nneg


def main():
    cases = build()
    data = to_jsonl(cases)
    if "--check" in sys.argv:
        errs, counts, npos, nneg = check(cases, data)
        for e in errs[:60]:
            print("ERROR", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

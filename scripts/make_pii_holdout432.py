#!/usr/bin/env python3
"""Generate the pii_holdout432 held-out PII evaluation set.

Writes tests/fixtures/pii_holdout432/cases.jsonl and README.md.
Run with --check to regenerate in memory and verify the files on disk are
byte-identical, ids unique, offsets valid and every labelled value valid.

Standard library only.  Never use this set for tuning.
"""
import argparse
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout432")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(432241125)

# ---------------------------------------------------------------- values
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


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    kind = R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13",
                     "maestro19", "diners", "mc2"])
    if kind == "visa":
        return luhn_complete("4" + str(R.randint(0, 9)), 16)
    if kind == "mc":
        return luhn_complete("5" + str(R.randint(1, 5)), 16)
    if kind == "mc2":
        return luhn_complete("22" + str(R.randint(21, 72)), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    if kind == "maestro19":
        return luhn_complete(R.choice(["6759", "6304", "6220"]), 19)
    return luhn_complete("36", 14)


def non_luhn_digits(n, prefix=""):
    while True:
        s = prefix + "".join(str(R.randint(0, 9)) for _ in range(n - len(prefix)))
        if not luhn_ok(s):
            return s


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def ni_ok(s):
    return (re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s) is not None
            and s[:2] not in NI_BAD)


def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    rearr = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearr)) % 97 == 1


def dg(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def gen_iban():
    c = R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + dg(14)
    elif c == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif c == "DE":
        bban = dg(18)
    elif c == "FR":
        bban = dg(10) + "".join(R.choice("ABCDEFGHJK0123456789") for _ in range(11)) + dg(2)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    else:
        bban = dg(20)
    return c + iban_check(c, bban) + bban


UK_OUT = ["SW1A", "M1", "B33", "EC1A", "W1D", "LS6", "G12", "CF10", "BS8", "NE1",
          "EH8", "L17", "CR2", "DN55", "BT7", "PL4", "OX2", "N16", "SE15", "M20"]


def gen_uk_postcode():
    return R.choice(UK_OUT) + " " + str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.25:
        z += "-%04d" % R.randint(1, 9999)
    return z


def postcode_ok(s):
    s2 = s.replace(" ", "")
    return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", s2) or re.fullmatch(r"\d{5}(\d{4})?", s2))


STREETS = ["Baker Street", "Elm Road", "Mill Lane", "Station Road", "Church Street", "Victoria Avenue",
           "Oak Drive", "Kings Crescent", "Maple Close", "Harbour View", "Castle Way", "Park Terrace",
           "Pine Street", "Washington Avenue", "Sunset Boulevard", "Main Street", "Lakeshore Drive",
           "Ormeau Road", "Grafton Street", "Dorset Gardens", "Queen's Walk", "Albert Place"]
TOWNS_UK = ["Manchester", "Leeds", "Bristol", "Cardiff", "Glasgow", "Belfast", "Croydon", "Oxford", "Plymouth"]
TOWNS_US = ["Springfield", "Austin", "Denver", "Portland", "Columbus", "Tampa", "Boise"]
TOWNS_IE = ["Dublin 4", "Cork", "Galway", "Limerick"]

FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "kwame", "jo", "dan", "mei", "oliver",
         "fatima", "sean", "lucy", "raj"]
LAST = ["doe", "okafor", "smith", "murphy", "patel", "nguyen", "kowalski", "byrne", "jones", "garcia", "walsh"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "btinternet.com", "icloud.com",
           "eircom.net", "protonmail.com", "aol.com", "web.de"]

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]

# ---------------------------------------------------------------- speech
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {"10": "ten", "11": "eleven", "12": "twelve", "13": "thirteen", "14": "fourteen", "15": "fifteen",
         "16": "sixteen", "17": "seventeen", "18": "eighteen", "19": "nineteen"}
TENS = {"2": "twenty", "3": "thirty", "4": "forty", "5": "fifty", "6": "sixty", "7": "seventy",
        "8": "eighty", "9": "ninety"}
FILLERS = ["um", "uh", "erm", "er", "uhm"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot", "G": "golf",
        "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november",
        "O": "oscar", "P": "papa", "R": "romeo", "S": "sierra", "T": "tango", "W": "whiskey",
        "X": "x-ray", "Y": "yankee", "Z": "zulu", "I": "india", "Q": "quebec", "U": "uniform", "V": "victor"}
CASUAL = {"B": ["bravo", "bob", "boy"], "P": ["peter", "papa"], "S": ["sugar", "sierra"], "M": ["mary", "mike"],
          "N": ["nancy", "november"], "T": ["tom", "tango"], "C": ["charlie", "cat"], "D": ["david", "delta"],
          "A": ["apple", "alpha"], "H": ["harry", "hotel"], "J": ["john", "juliet"], "K": ["king", "kilo"],
          "R": ["robert", "romeo"], "W": ["william", "whiskey"], "E": ["edward", "echo"], "G": ["george", "golf"],
          "L": ["london", "lima"], "Y": ["yellow", "yankee"], "X": ["x-ray"], "Z": ["zebra", "zulu"],
          "F": ["freddie", "foxtrot"], "Q": ["queen", "quebec"], "U": ["uniform"], "V": ["victor"], "I": ["india"],
          "O": ["oscar", "orange"]}


def zero_word():
    return R.choice(["oh", "oh", "zero", "nought", "o"])


def say_digits(s, allow_multi=True):
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        w = zero_word() if d == "0" else UNITS[int(d)]
        if allow_multi and run == 3 and R.random() < 0.6:
            out.append("triple " + w)
            i += 3
            continue
        if allow_multi and run >= 2 and R.random() < 0.7:
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def say_pair(p):
    if p[0] == "0" or p[1] == "0" and p[0] != "1":
        return say_digits(p)
    if p[0] == "1":
        return TEENS[p]
    return TENS[p[0]] + " " + UNITS[int(p[1])]


def say_group(g, mode=None):
    if mode is None:
        modes = ["digits", "digits", "pairs"]
        if len(g) == 3 and g[0] != "0" and (g[2] != "0" or g[1] in "01") and g[1:] != "00":
            modes.append("hundred")
        mode = R.choice(modes)
    if mode == "hundred" and len(g) == 3:
        rest = g[1:]
        if rest[0] == "0":
            tail = UNITS[int(rest[1])]
        elif rest[0] == "1":
            tail = TEENS[rest]
        else:
            tail = TENS[rest[0]] + " " + UNITS[int(rest[1])]
        return UNITS[int(g[0])] + " hundred and " + tail
    if mode == "pairs":
        parts = []
        i = 0
        if len(g) % 2 == 1:
            parts.append(say_digits(g[0]))
            i = 1
        while i < len(g):
            parts.append(say_pair(g[i:i + 2]))
            i += 2
        return " ".join(parts)
    return say_digits(g)


def split_groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


def card_groups(num):
    L = len(num)
    if L == 15:
        return R.choice([[4, 6, 5], [4, 4, 4, 3], [4, 6, 5]])
    if L == 14:
        return R.choice([[4, 6, 4], [4, 4, 4, 2]])
    if L == 13:
        return [4, 4, 4, 1]
    if L == 19:
        return [4, 4, 4, 4, 3]
    return R.choice([[4, 4, 4, 4], [4, 4, 4, 4], [4, 4, 4, 4], [2, 2, 4, 4, 4], [3, 3, 4, 3, 3]])


def speak_number(num, sizes, sep_choices=(", ", " ", "... ", ", "), fill=0.15):
    groups = split_groups(num, sizes)
    out = ""
    for k, g in enumerate(groups):
        if k:
            out += R.choice(sep_choices)
            if R.random() < fill:
                out += R.choice(FILLERS) + " "
        out += say_group(g)
    return out


def speak_letter(ch, style=None):
    style = style or R.choice(["plain", "plain", "nato", "casual", "asin"])
    lo = ch.lower()
    if ch == "O" and style == "plain":
        style = "nato"
    if style == "plain":
        return lo
    if style == "nato":
        return lo + " for " + NATO[ch]
    if style == "asin":
        return lo + " as in " + R.choice(CASUAL[ch])
    return lo + " for " + R.choice(CASUAL[ch])


def speak_alnum(s, fill=0.1):
    """Speak a mixed letters/digits string char by char."""
    out = []
    style = R.choice(["plain", "nato", "casual", "mixed"])
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == " ":
            i += 1
            continue
        if ch.isalpha():
            if i + 1 < len(s) and s[i + 1] == ch and R.random() < 0.5:
                out.append("double " + ch.lower())
                i += 2
                continue
            out.append(speak_letter(ch, None if style == "mixed" else style))
            i += 1
        else:
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(say_digits(s[i:j]))
            i = j
        if R.random() < fill and i < len(s):
            out.append(R.choice(FILLERS))
    return " ".join(out)


# ---------------------------------------------------------------- normalise
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "naught": "0"})
TEEN_W = {v: k for k, v in TEENS.items()}
TENS_W = {v: k for k, v in TENS.items()}
SKIP = set(FILLERS) | {"dash", "slash", "space", "hyphen", "stroke", "then", "and", "dot", "point"}
NATO_W = {}
for _k, _v in NATO.items():
    NATO_W[_v.replace("-", "")] = _k
for _k, _vs in CASUAL.items():
    for _v in _vs:
        NATO_W.setdefault(_v.replace("-", ""), _k)


def norm_spoken(text):
    t = text.lower().replace("x-ray", "xray").replace("'", "")
    toks = re.findall(r"[a-z0-9]+|\+", t)
    out = []
    i = 0
    n = len(toks)
    while i < n:
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if w.isdigit() or (re.search(r"\d", w) and re.search(r"[a-z]", w)):
            out.append(w.upper())
            i += 1
            continue
        if w == "+" or w == "plus":
            out.append("+")
            i += 1
            continue
        if len(w) == 1 and nxt == "for" and i + 2 < n:
            out.append(w.upper())
            i += 3
            continue
        if len(w) == 1 and nxt == "as" and i + 3 < n and toks[i + 2] == "in":
            out.append(w.upper())
            i += 4
            continue
        if w in ("double", "triple") and nxt is not None:
            k = 2 if w == "double" else 3
            if nxt in WORDNUM:
                out.append(WORDNUM[nxt] * k)
                i += 2
                continue
            if len(nxt) == 1:
                out.append(nxt.upper() * k)
                i += 2
                continue
        if w == "hundred":
            prev = out.pop()
            if nxt == "and":
                j = i + 2
                a = toks[j]
                if a in TEEN_W:
                    out.append(prev + TEEN_W[a])
                    i = j + 1
                elif a in TENS_W:
                    b = toks[j + 1] if j + 1 < n else None
                    if b in WORDNUM and WORDNUM[b] != "0" and b not in ("oh", "o", "nought", "zero"):
                        out.append(prev + TENS_W[a][0] + WORDNUM[b])
                        i = j + 2
                    else:
                        out.append(prev + TENS_W[a][0] + "0")
                        i = j + 1
                else:
                    out.append(prev + "0" + WORDNUM[a])
                    i = j + 1
            else:
                out.append(prev + "00")
                i += 1
            continue
        if w in TEEN_W:
            out.append(TEEN_W[w])
            i += 1
            continue
        if w in TENS_W:
            if nxt in WORDNUM and nxt not in ("oh", "o", "nought", "zero"):
                out.append(TENS_W[w][0] + WORDNUM[nxt])
                i += 2
            else:
                out.append(TENS_W[w][0] + "0")
                i += 1
            continue
        if w in WORDNUM:
            out.append(WORDNUM[w])
            i += 1
            continue
        if w in SKIP:
            i += 1
            continue
        if w in NATO_W:
            out.append(NATO_W[w])
            i += 1
            continue
        out.append(w.upper())
        i += 1
    return "".join(out)


def norm_email(text):
    t = " " + text.lower() + " "
    for f in FILLERS:
        t = t.replace(" " + f + " ", " ")
    t = t.replace(" at ", "@").replace(" dot ", ".").replace(" underscore ", "_")
    t = t.replace(" dash ", "-").replace(" hyphen ", "-")
    return t.replace(" ", "")


def date_ok(text):
    t = text.lower()
    if any(m in t for m in MONTHS) or re.search(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b", t):
        return True
    d = norm_spoken(t)
    return bool(re.fullmatch(r"\d{4,8}", d))


def expiry_ok(text):
    t = text.lower()
    if any(m in t for m in MONTHS) or re.search(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b", t):
        return True
    d = norm_spoken(t)
    if re.fullmatch(r"\d{3}", d):
        return d[0] != "0"
    if re.fullmatch(r"\d{4}", d):
        return 1 <= int(d[:2]) <= 12
    if re.fullmatch(r"\d{6}", d):
        return 1 <= int(d[:2]) <= 12 and d[2:4] == "20"
    return False


SUFFIX = ("street", "road", "lane", "avenue", "drive", "crescent", "close", "view", "way", "terrace",
          "boulevard", "gardens", "walk", "place", "st", "rd", "ave")


def canon_of(typ, text):
    if typ == "EMAIL":
        return norm_email(text)
    if typ in ("DOB", "ADDRESS"):
        return text.lower()
    if typ == "PHONE":
        return norm_spoken(text).replace("+", "")
    return norm_spoken(text)


def validate_full(typ, text, canon):
    if typ == "CARD_NUMBER":
        return canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "CVV":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ == "EXPIRY":
        return expiry_ok(text)
    if typ == "SSN":
        return canon.isdigit() and len(canon) == 9 and canon[:3] not in ("000", "666") and canon[0] != "9" \
            and canon[3:5] != "00" and canon[5:] != "0000"
    if typ == "NI_NUMBER":
        return ni_ok(canon)
    if typ == "BANK_ACCOUNT":
        return canon.isdigit() and 6 <= len(canon) <= 17
    if typ == "SORT_CODE":
        return canon.isdigit() and len(canon) == 6
    if typ == "IBAN":
        return iban_ok(canon)
    if typ == "PHONE":
        c2 = canon[2:] if canon.startswith("00") else canon
        return c2.isdigit() and 9 <= len(c2) <= 13
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", canon) is not None
    if typ == "DOB":
        return date_ok(text)
    if typ == "POSTCODE":
        return postcode_ok(canon)
    if typ == "ADDRESS":
        t = text.lower()
        has_num = bool(re.search(r"\d", t)) or any(re.search(r"\b%s\b" % w, t) for w in
                                                   list(WORDNUM) + list(TEEN_W) + list(TENS_W))
        return has_num and any(re.search(r"\b%s\b" % s, t) for s in SUFFIX)
    return False


# ---------------------------------------------------------------- case builder
class V:
    """A labelled value segment. g = group key; role: full|part|partial|wrong."""
    def __init__(self, text, typ, g=None, role="full"):
        self.text, self.typ, self.g, self.role = text, typ, g, role


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.meta = [], [], []

    def t(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                self.spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                self.meta.append((s.g, s.role))
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)


GID = [0]


def gid():
    GID[0] += 1
    return "g%d" % GID[0]


# ---------------------------------------------------------------- typed formats
def typed_card(num):
    L = len(num)
    style = R.choice(["sp4", "sp4", "dash4", "none", "dot4", "odd", "dblsp", "mixedsep"])
    if L in (14, 15) and R.random() < 0.6:
        sizes = [4, 6, L - 10]
        return R.choice([" ", "-"]).join(split_groups(num, sizes))
    if style == "none":
        return num
    if style == "odd":
        sizes = R.choice([[3, 3, 3, 3, 4], [2, 4, 4, 4, 2], [4, 4, 8], [8, 8], [5, 5, 6]])
        return " ".join(split_groups(num, sizes))
    gs = split_groups(num, [4] * 5)
    if style == "sp4":
        return " ".join(gs)
    if style == "dash4":
        return "-".join(gs)
    if style == "dot4":
        return ".".join(gs)
    if style == "dblsp":
        return "  ".join(gs)
    return "".join(g + (R.choice([" ", "-", " - "]) if k < len(gs) - 1 else "") for k, g in enumerate(gs))


def typed_ssn(s):
    return R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s-%s %s"]) % (s[:3], s[3:5], s[5:])


def typed_ni(s):
    st = R.choice(["plain", "sp", "sp2", "lower", "lowersp", "mixed", "dash"])
    if st == "plain":
        return s
    if st == "sp":
        return "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])
    if st == "sp2":
        return "%s %s %s" % (s[:2], s[2:8], s[8])
    if st == "lower":
        return s.lower()
    if st == "lowersp":
        return ("%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])).lower()
    if st == "dash":
        return "%s-%s-%s-%s-%s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])
    return s[0] + s[1].lower() + s[2:8] + s[8].lower()


def typed_iban(s):
    st = R.choice(["g4", "g4", "none", "g4l"])
    if st == "none":
        return s
    g = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return g.lower() if st == "g4l" else g


def typed_phone(country):
    if country == "UK":
        n = "7" + dg(9)
        return R.choice(["0%s %s" % (n[:4], n[4:]), "+44 %s %s" % (n[:4], n[4:]), "0%s" % n,
                         "+44 (0)%s %s" % (n[:4], n[4:]), "0%s-%s-%s" % (n[:4], n[4:7], n[7:]),
                         "020 %s %s" % (dg(4), dg(4)), "0161 %s %s" % (dg(3), dg(4))])
    if country == "US":
        a, b, c = str(R.randint(201, 989)), str(R.randint(200, 989)), dg(4)
        return R.choice(["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "+1 %s %s %s" % (a, b, c),
                         "1-%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c), "%s%s%s" % (a, b, c)])
    n = "8" + str(R.choice([3, 5, 6, 7, 9])) + dg(7)
    return R.choice(["0%s %s %s" % (n[:2], n[2:5], n[5:]), "+353 %s %s %s" % (n[:2], n[2:5], n[5:]),
                     "00353 %s %s" % (n[:2], n[2:])])


def strip_plus(p):
    """Span text starts at first digit (a leading '+' or '(' stays outside)."""
    lead = ""
    while p and not p[0].isalnum():
        lead += p[0]
        p = p[1:]
    return lead, p


def spoken_phone(country):
    if country == "UK":
        n = "07" + dg(9)
        if R.random() < 0.4:
            return "plus four four " + speak_number(n[1:], [4, 3, 3], (" ", ", ")), n
        return speak_number(n, R.choice([[5, 6], [5, 3, 3], [4, 3, 4]]), (" ", ", ", "... ")), n
    if country == "US":
        n = str(R.randint(201, 989)) + str(R.randint(200, 989)) + dg(4)
        pre = R.choice(["", "", "one ", "plus one "])
        return pre + speak_number(n, [3, 3, 4], (", ", " ", "... ")), n
    n = "08" + str(R.choice([3, 5, 6, 7])) + dg(7)
    if R.random() < 0.5:
        return "plus three five three " + speak_number(n[1:], [2, 3, 4], (" ", ", ")), n
    return speak_number(n, [3, 3, 4], (" ", ", ")), n


def typed_dob():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2005)
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d),
                     "%d %s %d" % (d, MONTHS[m - 1].title(), y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                     "%d %s %d" % (d, MONTHS[m - 1][:3].title(), y), "%02d.%02d.%02d" % (d, m, y % 100)])


ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]


def say_year(y):
    return TENS.get(str(y // 100)[0], "") if False else ("nineteen " if y < 2000 else "two thousand and ") + (
        say_pair("%02d" % (y % 100)) if y < 2000 else UNITS[y % 100] if y % 100 < 10 else say_pair("%02d" % (y % 100)))


def spoken_dob():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1945, 2004)
    if y >= 2000:
        y = 1999
    if y % 10 == 0:
        y += 1
    yr = "nineteen " + say_pair("%02d" % (y % 100))
    return R.choice(["the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], yr),
                     "%s the %s %s" % (MONTHS[m - 1], ORD[d - 1], yr),
                     "%s %s %s" % (ORD[d - 1], MONTHS[m - 1], yr),
                     "%s %s, %s" % (MONTHS[m - 1], ORD[d - 1], yr)])


def typed_expiry():
    m, y = R.randint(1, 12), R.randint(25, 31)
    return R.choice(["%02d/%d" % (m, y), "%02d/20%d" % (m, y), "%02d%d" % (m, y), "%02d-%d" % (m, y),
                     "%s 20%d" % (MONTHS[m - 1][:3].title(), y), "%d/%d" % (m, y)]) if True else None


def spoken_expiry():
    m, y = R.randint(1, 12), R.randint(25, 31)
    mm = "%02d" % m
    return R.choice(["%s %s" % (say_digits(mm, False), say_pair(str(y))),
                     "%s slash %s" % (say_digits(mm, False), say_digits(str(y))),
                     "%s twenty %s" % (MONTHS[m - 1], say_pair(str(y))),
                     "%s %s" % (say_digits(mm, False), say_digits(str(y))),
                     "%s of twenty %s" % (MONTHS[m - 1], say_pair(str(y)))])


def gen_address(spoken=False, us=False):
    n = R.randint(1, 240)
    st = R.choice(STREETS)
    flat = R.random() < 0.3
    if spoken:
        num = say_group(str(n)) if n > 9 else UNITS[n]
        s = "%s %s" % (num, st.lower())
        if flat:
            s = "flat %s, %s" % (UNITS[R.randint(1, 9)], s)
        return s
    s = "%d %s" % (n, st)
    if flat:
        s = R.choice(["Flat %d, " % R.randint(1, 30), "Apt %d%s, " % (R.randint(1, 20), R.choice("ABC")),
                      "Unit %d, " % R.randint(1, 12)]) + s
    if R.random() < 0.3:
        s = s.lower()
    return s


def gen_email(spoken=False):
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(DOMAINS)
    sep = R.choice([".", "_", "", "."])
    num = str(R.randint(1, 99)) if R.random() < 0.3 else ""
    local = R.choice([f + sep + l, f[0] + sep + l, f + sep + l + num, l + sep + f[0]])
    if not spoken:
        e = local + "@" + dom
        return e.upper() if R.random() < 0.1 else (e.title() if R.random() < 0.1 else e)
    words = local.replace(".", " dot ").replace("_", " underscore ")
    return words + " at " + dom.replace(".", " dot "), local + "@" + dom


# ---------------------------------------------------------------- contexts
INDUSTRY = {
    "banking": ["thanks for calling the card services team", "you're through to fraud prevention",
                "hi, this is the online banking helpdesk"],
    "telecom": ["thanks for calling mobile billing", "welcome to broadband support",
                "you're through to the pay monthly team"],
    "utilities": ["thanks for calling your energy supplier", "water services, how can I help",
                  "hello, gas and electric accounts"],
    "retail": ["thanks for contacting customer care about your order", "hi, online store payments here"],
    "insurance": ["motor claims, you're speaking to the claims desk", "home insurance renewals, how can I help"],
    "travel": ["bookings team, how can I help", "thanks for calling airline reservations"],
    "healthcare": ["patient billing office, how can I help", "hospital accounts receivable"],
    "government": ["tax helpline, how can I help", "benefits enquiry line", "vehicle licensing payments"],
}
ACKS = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes", "got that", "mm", "sure, carry on",
        "ok next four", "and the next bit?"]
ASIDES = ["hang on, the kids are shouting", "sorry, let me find my glasses", "one sec, it's worn off here",
          "hold on, I'm driving, let me pull over", "wait the print's tiny", "sorry, dog barking",
          "just a sec, it's in my other purse"]


def opener():
    ind = R.choice(list(INDUSTRY))
    return ind, R.choice(INDUSTRY[ind])


def maybe_lower(s, asr):
    return s.lower() if asr else s


# ---------------------------------------------------------------- positive templates
def p_chat_card():
    ind, op = opener()
    num = gen_card()
    c = Case("positive", "typed chat card number (%s)" % ind)
    lead = R.choice(["card no: ", "Card number is ", "my card - ", "it's ", "CC#", "card: ", "the long number on the front is ",
                     "pan ", "number on card = ", "ok here: "])
    c.a(op[0].upper() + op[1:] + ". Could you type the long card number please?")
    tail = R.choice(["", ".", " thanks", " !", " (visa)", " , is that ok", "  "])
    if R.random() < 0.5:
        ex = typed_expiry()
        cv = str(R.randint(100, 999)) if len(num) != 15 else str(R.randint(1000, 9999))
        c.c(lead, V(typed_card(num), "CARD_NUMBER", gid()), R.choice([" exp ", " expiry ", ", exp date ", " valid thru "]),
            V(ex, "EXPIRY", gid()), R.choice([" cvv ", " CVC: ", ", security code ", " cvv2 "]), V(cv, "CVV", gid()), tail)
        c.note += " with expiry and cvv"
    else:
        c.c(lead, V(typed_card(num), "CARD_NUMBER", gid()), tail)
    c.a(R.choice(["Thanks, processing that now.", "Got it, one moment.", "Thank you, please don't share your PIN."]))
    return c


def p_asr_card_full():
    ind, op = opener()
    num = gen_card()
    g = gid()
    c = Case("positive", "ASR card read in one turn with spoken digit forms (%s)" % ind)
    c.a(op + ", can i take the long number across the front of the card")
    lead = R.choice(["yeah it's ", "okay so it's ", "right ", "um ", "it is ", "", "yep, "])
    c.c(lead, V(speak_number(num, card_groups(num)), "CARD_NUMBER", g), R.choice(["", " and that's it", ".", " i think"]))
    if R.random() < 0.5:
        c.a("thank you, let me read that back, ", V(speak_number(num, card_groups(num), fill=0), "CARD_NUMBER", gid()),
            ", is that right")
        c.c(R.choice(["yes", "yep that's it", "correct", "that's right yeah"]))
        c.note += ", agent read-back"
    return c


def p_asr_card_split():
    ind, op = opener()
    num = gen_card()
    g = gid()
    sizes = card_groups(num)
    groups = split_groups(num, sizes)
    c = Case("positive", "ASR card split across customer turns with agent back-channels (%s)" % ind)
    c.a(op + ". go ahead with the card number when you're ready")
    # chunk groups into 2-4 customer turns
    k = R.randint(2, min(4, len(groups)))
    cuts = sorted(R.sample(range(1, len(groups)), k - 1))
    bounds = [0] + cuts + [len(groups)]
    for bi in range(len(bounds) - 1):
        part = "".join(groups[bounds[bi]:bounds[bi + 1]])
        sub = sizes[bounds[bi]:bounds[bi + 1]]
        pre = R.choice(["", "", "so ", "then ", "okay ", "next is ", "uh "]) if bi else R.choice(["it's ", "okay ", "", "right so "])
        c.c(pre, V(speak_number(part, sub), "CARD_NUMBER", g, "part"))
        if bi < len(bounds) - 2:
            c.a(R.choice(ACKS))
    if R.random() < 0.6:
        c.a("lovely so that's card ending ", V(say_digits(num[-4:]), "CARD_NUMBER", gid(), "partial"),
            R.choice([", yes?", " and what's the expiry", ", thank you"]))
        c.note += ", agent confirms last four after full read (labelled)"
    return c


def p_asr_card_correction():
    ind, op = opener()
    num = gen_card()
    g = gid()
    c = Case("positive", "ASR card reading restarted after caller error (%s)" % ind)
    c.a(op + ", what's the card number")
    wrong = num[:4] + str((int(num[4]) + R.randint(1, 8)) % 10) + num[5:8]
    c.c(V(speak_number(wrong, [4, 4]), "CARD_NUMBER", gid(), "wrong"),
        R.choice([" no wait, sorry, that's wrong, let me start again. ", "... hang on no, i said that wrong, from the top, ",
                  " oh sorry, scratch that. it's "]),
        V(speak_number(num, card_groups(num)), "CARD_NUMBER", g))
    c.a(R.choice(["no problem, got it", "okay thanks", "that's fine, i've got the second one"]))
    return c


def p_asr_card_aside():
    ind, op = opener()
    num = gen_card()
    g = gid()
    sizes = card_groups(num)
    groups = split_groups(num, sizes)
    cut = R.randint(1, len(groups) - 1)
    a, b = "".join(groups[:cut]), "".join(groups[cut:])
    c = Case("positive", "ASR card reading interrupted by an aside mid-turn (%s)" % ind)
    c.a(op + ". card number please")
    c.c("okay ", V(speak_number(a, sizes[:cut]), "CARD_NUMBER", g, "part"), ", ", R.choice(ASIDES), ", ",
        R.choice(["right where was i, ", "okay, ", "sorry, "]), V(speak_number(b, sizes[cut:]), "CARD_NUMBER", g, "part"))
    c.a("thank you")
    return c


def p_asr_card_mishear():
    ind, op = opener()
    num = gen_card()
    c = Case("positive", "agent mishears card group, customer corrects that group (%s)" % ind)
    c.a(op + ", the long card number please")
    c.c(V(speak_number(num, card_groups(num)), "CARD_NUMBER", gid()))
    pos = R.randint(4, 7)
    bad = num[:pos] + str((int(num[pos]) + 5) % 10) + num[pos + 1:]
    c.a("so i have ", V(speak_number(bad, [4] * 5, fill=0), "CARD_NUMBER", gid(), "wrong"))
    c.c(R.choice(["no, the second bit is ", "not quite, second four is ", "no no, it's "]),
        V(say_digits(num[4:8]), "CARD_NUMBER", gid(), "partial"), R.choice(["", ", not what you said", ""]))
    c.a("sorry about that, ", V(say_digits(num[4:8], False), "CARD_NUMBER", gid(), "partial"), ", got it")
    return c


def p_email_card():
    num = gen_card()
    c = Case("positive", "e-mail body with card details and ops typos")
    nm = R.choice(FIRST).title()
    c.c("Hi,\nplease charge the renewal to my card ", V(typed_card(num), "CARD_NUMBER", gid()),
        R.choice([" exp ", " expirey ", " (exp "]), V(typed_expiry(), "EXPIRY", gid()),
        R.choice(["\n", ") ", " "]), "my phone is ", V(*(lambda p: (p, "PHONE", gid()))(strip_plus(typed_phone(R.choice(["UK", "US", "IE"])))[1])),
        "\nRegards,\n" + nm)
    c.a("Thanks " + nm + ", payment has been taken. For security please don't send card numbers by email in future.")
    return c


def p_asr_card_exp_cvv():
    num = gen_card()
    c = Case("positive", "ASR full card plus expiry and security code")
    c.a("can i take the card number")
    c.c(V(speak_number(num, card_groups(num)), "CARD_NUMBER", gid()))
    c.a("and the expiry")
    c.c(R.choice(["it's ", "", "expires ", "uh "]), V(spoken_expiry(), "EXPIRY", gid()))
    c.a("and the three digits on the back")
    cv = str(R.randint(100, 999))
    c.c(V(say_group(cv), "CVV", gid()))
    return c


def p_typed_card_prefix_restart():
    num = gen_card()
    c = Case("positive", "chat: customer types card twice, second time corrected")
    wrong = num[:-1] + str((int(num[-1]) + 3) % 10)
    c.c("card ", V(typed_card(wrong), "CARD_NUMBER", gid(), "wrong"))
    c.c("sorry typo, it's ", V(typed_card(num), "CARD_NUMBER", gid()))
    c.a("No worries, I'll use the second one.")
    return c


# --- SSN
def p_chat_ssn():
    s = gen_ssn()
    c = Case("positive", "typed SSN (US)")
    lead = R.choice(["SSN: ", "ssn is ", "social: ", "SS# ", "my social security number is ", "soc sec no. ",
                     "last thing - ssn ", "Social Security # "])
    c.a(R.choice(["To verify, please provide your Social Security number.", "I just need your social to pull up the account."]))
    extra = []
    if R.random() < 0.4:
        extra = [" and dob ", V(typed_dob(), "DOB", gid())]
    c.c(lead, V(typed_ssn(s), "SSN", gid()), *extra)
    return c


def p_asr_ssn():
    s = gen_ssn()
    g = gid()
    c = Case("positive", "ASR SSN read 3-2-4")
    c.a(R.choice(["and your social security number", "can i get your social", "for verification i'll need your ssn"]))
    mode = R.choice(["one", "split", "split", "readback"])
    if mode == "one" or mode == "readback":
        c.c(R.choice(["sure it's ", "yeah ", "", "um, "]), V(speak_number(s, [3, 2, 4], (", ", " ", " dash ", "... ")), "SSN", g))
        if mode == "readback":
            c.a("i have ", V(speak_number(s, [3, 2, 4], (", ",), fill=0), "SSN", gid()), ", correct?")
            c.c("correct")
    else:
        c.c(V(speak_number(s[:3], [3]), "SSN", g, "part"))
        c.a(R.choice(ACKS))
        c.c(V(speak_number(s[3:5], [2]), "SSN", g, "part"))
        c.a(R.choice(ACKS))
        c.c(V(speak_number(s[5:], [4]), "SSN", g, "part"))
    c.note += " (%s)" % mode
    return c


def p_asr_ssn_correction():
    s = gen_ssn()
    c = Case("positive", "ASR SSN with mid-reading self-correction and agent read-back")
    c.a("last thing i need is your social")
    wrong = s[:3] + s[4] + s[3]
    if wrong == s[:5]:
        wrong = s[:3] + str((int(s[3]) + 1) % 10) + s[4]
    c.c(V(speak_number(wrong, [3, 2]), "SSN", gid(), "wrong"),
        R.choice([", no sorry, i flipped those, ", "... wait no. ", ", sorry, let me start over, "]),
        V(speak_number(s, [3, 2, 4]), "SSN", gid()))
    c.a("okay, that's ", V(speak_number(s, [3, 2, 4], (" ",), fill=0), "SSN", gid()))
    return c


def p_asr_ssn_lastfour_then_full():
    s = gen_ssn()
    c = Case("positive", "ASR: last four of social then full social (all labelled since full read)")
    c.a("can you confirm the last four of your social")
    c.c(V(say_group(s[5:]), "SSN", gid(), "partial"))
    c.a("that doesn't match, could you give me the full number")
    c.c("uh sure, ", V(speak_number(s, [3, 2, 4]), "SSN", gid()))
    return c


def p_asr_ssn_aside():
    s = gen_ssn()
    g = gid()
    c = Case("positive", "ASR SSN interrupted by aside, then finished")
    c.a("your social security number please")
    c.c(V(speak_number(s[:5], [3, 2]), "SSN", g, "part"), ", ", R.choice(ASIDES + ["my husband's asking who it is"]),
        ", ", V(speak_number(s[5:], [4]), "SSN", g, "part"))
    c.a("thank you, and the zip code on file?")
    z = gen_zip()
    c.c(V(say_digits(z.replace("-", "")[:5]), "POSTCODE", gid()))
    return c


# --- NI
def p_chat_ni():
    n = gen_ni()
    c = Case("positive", "typed UK NI number")
    lead = R.choice(["NI no: ", "ni number is ", "NINO ", "national insurance: ", "my N.I. is ", "NI# ",
                     "Nat Ins number - ", "it's "])
    c.a(R.choice(["Please can you confirm your National Insurance number?", "What's your NI number so I can find the claim?"]))
    c.c(lead, V(typed_ni(n), "NI_NUMBER", gid()), R.choice(["", ".", " thanks", " x"]))
    return c


def p_asr_ni():
    n = gen_ni()
    g = gid()
    c = Case("positive", "ASR NI number spoken with letters/NATO/doubles")
    c.a(R.choice(["and your national insurance number please", "can i take your n i number", "what's your national insurance"]))
    mode = R.choice(["one", "split", "readback", "one"])
    if mode == "split":
        c.c(V(speak_alnum(n[:2]) + " " + say_digits(n[2:4]), "NI_NUMBER", g, "part"))
        c.a(R.choice(ACKS))
        c.c(V(say_digits(n[4:8]), "NI_NUMBER", g, "part"))
        c.a(R.choice(["and the letter at the end?", "and the last letter", "mhm"]))
        c.c(R.choice(["", "it's ", "that's "]), V(speak_letter(n[8]), "NI_NUMBER", g, "part"))
    else:
        body = speak_alnum(n[:2]) + R.choice([" ", ", "]) + speak_number(n[2:8], R.choice([[2, 2, 2], [6], [3, 3]]), (" ", ", ")) + \
            R.choice([" ", ", "]) + speak_letter(n[8])
        c.c(R.choice(["it's ", "yeah ", "", "erm "]), V(body, "NI_NUMBER", g))
        if mode == "readback":
            c.a("so that's ", V(speak_alnum(n, 0), "NI_NUMBER", gid()), R.choice(["?", ", yeah?"]))
            c.c("that's it")
    c.note += " (%s)" % mode
    return c


def p_asr_ni_letter_confusion():
    n = gen_ni()
    c = Case("positive", "ASR NI number, agent queries letter, customer clarifies with NATO")
    c.a("national insurance number")
    c.c(V(speak_alnum(n[:2]).replace(" for ", " ") if False else n[0].lower() + " " + n[1].lower() + " " +
          speak_number(n[2:8], [2, 2, 2], (" ",)) + " " + n[8].lower(), "NI_NUMBER", gid()))
    c.a("sorry was that ", V(n[0].lower() + " for " + NATO[n[0]], "NI_NUMBER", gid(), "partial"), " at the start?")
    c.c(R.choice(["yes, ", "yeah ", "correct, "]), V(speak_letter(n[0], "casual") + " " + speak_letter(n[1], "nato"),
                                                     "NI_NUMBER", gid(), "partial"))
    return c


def p_asr_ni_restart():
    n = gen_ni()
    c = Case("positive", "ASR NI number started wrongly (read from wrong document) then restarted")
    c.a("and your national insurance number")
    wrong = gen_ni()
    c.c(V(speak_alnum(wrong[:5], 0), "NI_NUMBER", gid(), "wrong"),
        R.choice([" oh no that's my wife's, sorry. mine is ", "... no hang on, that's the old letter. it's "]),
        V(speak_alnum(n), "NI_NUMBER", gid()))
    c.a("thanks, i've updated that")
    return c


def p_email_ni():
    n = gen_ni()
    c = Case("positive", "e-mail to benefits office with NI number, address, postcode and DOB")
    addr = gen_address()
    pc = gen_uk_postcode()
    c.c("Dear Sir/Madam,\nRe: my claim. NI: ", V(typed_ni(n), "NI_NUMBER", gid()), ", DOB ", V(typed_dob(), "DOB", gid()),
        "\nI have moved to ", V(addr, "ADDRESS", gid()), ", " + R.choice(TOWNS_UK) + " ", V(pc if R.random() < 0.7 else pc.lower(), "POSTCODE", gid()),
        "\nThanks")
    c.a("Thank you, we've updated your address.")
    return c


# --- bank
def p_bank():
    sc = dg(6)
    acct = dg(8)
    asr = R.random() < 0.6
    c = Case("positive", ("ASR" if asr else "typed") + " UK sort code and account number")
    c.a("what's the sort code and account number for the direct debit")
    if asr:
        c.c("sort code is ", V(speak_number(sc, [2, 2, 2], (", ", " ", " dash ")), "SORT_CODE", gid()))
        c.a(R.choice(ACKS))
        c.c("account number ", V(speak_number(acct, R.choice([[4, 4], [8], [2, 3, 3]])), "BANK_ACCOUNT", gid()))
        if R.random() < 0.5:
            c.a("reading back, ", V(speak_number(sc, [2, 2, 2], (" ",), 0), "SORT_CODE", gid()), ", account ",
                V(say_digits(acct), "BANK_ACCOUNT", gid()))
    else:
        scf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:])
        c.c(R.choice(["s/c ", "sort code: ", "SC "]), V(scf, "SORT_CODE", gid()),
            R.choice([" acct no: ", " a/c ", ", account number ", " acc# "]), V(acct, "BANK_ACCOUNT", gid()))
    return c


def p_us_bank():
    acct = dg(R.randint(9, 12))
    routing = dg(9)
    c = Case("positive", "US checking account number (routing number is not labelled as account)")
    c.a("what account should the refund go to")
    c.c("checking account ", V(acct if R.random() < 0.5 else speak_number(acct, [3] * 4), "BANK_ACCOUNT", gid()),
        ", routing " + routing)
    c.note += "; NOTE routing number left unlabelled (bank identifier, not personal)"
    return c


def p_iban():
    ib = gen_iban()
    asr = R.random() < 0.45
    c = Case("positive", ("ASR" if asr else "typed") + " IBAN (%s)" % ib[:2])
    c.a("could you give me the IBAN for the refund")
    if asr:
        c.c(R.choice(["okay it's ", "", "right, "]), V(speak_alnum(ib[:8]) + ", " + speak_number(ib[8:], [4] * 8, (", ", " ")),
                                                        "IBAN", gid()))
    else:
        c.c(R.choice(["IBAN: ", "iban ", "here you go ", "IBAN no. "]), V(typed_iban(ib), "IBAN", gid()),
            R.choice(["", " BIC to follow", "."]))
    return c


def p_phone():
    country = R.choice(["UK", "US", "IE"])
    asr = R.random() < 0.55
    c = Case("positive", ("ASR" if asr else "typed") + " phone number (%s)" % country)
    c.a(R.choice(["what's the best number to reach you on", "can i confirm a contact number", "mobile number?"]))
    if asr:
        txt, _ = spoken_phone(country)
        c.c(R.choice(["yeah it's ", "", "my mobile's ", "um, "]), V(txt, "PHONE", gid()))
        if R.random() < 0.4:
            c.a("and that was ", V(txt, "PHONE", gid()), "?")
            c.c("yep")
    else:
        lead, p = strip_plus(typed_phone(country))
        c.c(R.choice(["mob: ", "call me on ", "tel ", "phone no. ", ""]) + lead, V(p, "PHONE", gid()))
    return c


def p_email():
    asr = R.random() < 0.5
    c = Case("positive", ("ASR" if asr else "typed") + " e-mail address")
    c.a("and an email address for the confirmation")
    if asr:
        txt, _ = gen_email(True)
        c.c(R.choice(["it's ", "yeah ", "", "so it's "]), V(txt, "EMAIL", gid()))
        if R.random() < 0.5:
            c.a("so ", V(txt, "EMAIL", gid()), ", lovely")
    else:
        c.c(R.choice(["email: ", "", "its ", "e-mail "]), V(gen_email(), "EMAIL", gid()), R.choice(["", " thx", "."]))
    return c


def p_dob():
    asr = R.random() < 0.55
    c = Case("positive", ("ASR" if asr else "typed") + " date of birth for ID&V")
    c.a(R.choice(["can you confirm your date of birth", "for security, your dob please", "and your date of birth"]))
    if asr:
        c.c(R.choice(["it's ", "", "yeah ", "um "]), V(spoken_dob(), "DOB", gid()))
    else:
        c.c(R.choice(["DOB ", "", "d.o.b: ", "born "]), V(typed_dob(), "DOB", gid()))
    return c


def p_address():
    us = R.random() < 0.3
    asr = R.random() < 0.5
    c = Case("positive", ("ASR" if asr else "typed") + " address with %s" % ("ZIP" if us else "UK postcode"))
    c.a("what's the first line of the address and the postcode" if not us else "can I get your street address and zip")
    if asr:
        a = gen_address(True)
        if us:
            z = gen_zip()[:5]
            pc = say_digits(z)
            town = R.choice(TOWNS_US).lower()
        else:
            z = gen_uk_postcode()
            pc = speak_alnum(z)
            town = R.choice(TOWNS_UK).lower()
        c.c(V(a, "ADDRESS", gid()), ", " + town)
        c.a(R.choice(ACKS + ["and the postcode?"]))
        c.c(V(pc, "POSTCODE", gid()))
    else:
        a = gen_address(False)
        if us:
            town = R.choice(TOWNS_US) + ", " + R.choice(["TX", "CO", "OR", "OH", "FL", "ID"])
            z = gen_zip()
        else:
            town = R.choice(TOWNS_UK + TOWNS_IE[:0])
            z = gen_uk_postcode()
            if R.random() < 0.3:
                z = z.replace(" ", "") if R.random() < 0.5 else z.lower()
        c.c(V(a, "ADDRESS", gid()), ", " + town + " ", V(z, "POSTCODE", gid()))
    return c


def p_idv_mix():
    c = Case("positive", "ASR ID&V: dob, postcode, phone in one call")
    c.a("i just need to ask some security questions, date of birth first")
    c.c(V(spoken_dob(), "DOB", gid()))
    c.a("and the postcode")
    pc = gen_uk_postcode()
    c.c(R.choice(["", "it's ", "uh "]), V(speak_alnum(pc), "POSTCODE", gid()))
    c.a("and the phone number on the account")
    txt, _ = spoken_phone("UK")
    c.c(V(txt, "PHONE", gid()))
    return c


POS = [(p_chat_card, 5), (p_asr_card_full, 5), (p_asr_card_split, 5), (p_asr_card_correction, 3),
       (p_asr_card_aside, 3), (p_asr_card_mishear, 2), (p_email_card, 2), (p_asr_card_exp_cvv, 3),
       (p_typed_card_prefix_restart, 1),
       (p_chat_ssn, 3), (p_asr_ssn, 4), (p_asr_ssn_correction, 2), (p_asr_ssn_lastfour_then_full, 1), (p_asr_ssn_aside, 2),
       (p_chat_ni, 3), (p_asr_ni, 4), (p_asr_ni_letter_confusion, 2), (p_asr_ni_restart, 1), (p_email_ni, 2),
       (p_bank, 3), (p_us_bank, 1), (p_iban, 5), (p_phone, 3), (p_email, 5), (p_dob, 3), (p_address, 3), (p_idv_mix, 2)]


# ---------------------------------------------------------------- negatives
def n_cardlike_ref():
    lab = R.choice(["order number", "tracking number", "reference", "ticket number", "invoice number", "claim reference",
                    "booking ref", "policy number", "case number"])
    L = R.choice([16, 16, 15, 19, 13])
    num = non_luhn_digits(L, R.choice(["4", "5", "3", ""]))
    asr = R.random() < 0.5
    c = Case("negative", "card-length digit string read like a card but labelled as %s (not Luhn)" % lab)
    if asr:
        c.a("can i take your " + lab + " please")
        c.c("yeah the " + lab + " is " + speak_number(num, [4] * 5))
        c.a("thanks that's " + lab + " " + speak_number(num, [4] * 5, fill=0))
    else:
        c.c(lab.title() + ": " + typed_card(num) + R.choice([" - any update?", " pls check", " - still waiting!!", ""]))
        c.a("Sorry about that, I've chased " + lab + " " + num + ".")
    return c


def n_last_four():
    l4 = dg(4)
    c = Case("negative", "card last-four only (PCI allows)")
    asr = R.random() < 0.5
    if asr:
        c.a("which card would you like to use, the one ending " + say_digits(l4) + "?")
        c.c(R.choice(["yeah the one ending ", "the visa ending in ", "yes, "]) + say_group(l4) + R.choice(["", " please", " that's the one"]))
    else:
        c.c("Why was my card ending " + l4 + " charged twice?")
        c.a("I can see two pending payments on the card ending in " + l4 + "; one will drop off in 3-5 days.")
    return c


def n_money():
    c = Case("negative", "amounts, balances and payment dates")
    amt = R.randint(100, 99999)
    if R.random() < 0.5:
        c.a("your balance is %s pounds and %s pence, next payment due on the %s of %s" % (
            say_group(str(amt // 100)), say_pair("%02d" % (amt % 100)) if amt % 100 else "zero", ORD[R.randint(0, 27)], R.choice(MONTHS)))
        c.c("okay and can i pay four hundred and twelve now and the rest on the first")
    else:
        c.c("I was charged $%d.%02d instead of $%d.%02d on %02d/%02d/2025, order total %s" % (
            amt // 100, amt % 100, amt // 200, amt % 100, R.randint(1, 12), R.randint(1, 28), "{:,}".format(amt * 13)))
        c.a("I've refunded the difference of $%d.%02d, allow 5-7 working days." % (amt // 200, amt % 100))
    return c


def n_times():
    c = Case("negative", "times, opening hours, durations, counts")
    c.a(R.choice(["we're open eight till eight monday to friday and nine to five on saturdays",
                  "Our lines are open 08:00-20:00 Mon-Fri, 09:00-17:00 Sat.",
                  "the engineer will be there between twelve and four, it usually takes forty five minutes"]))
    c.c(R.choice(["i've been on hold for twenty three minutes and this is my fourth call",
                  "I've called 6 times in 2 weeks, waited 45 mins each time",
                  "so two fifteen to three thirty then, for about ninety minutes"]))
    return c


def n_ages_temps():
    c = Case("negative", "ages, temperatures, percentages, years")
    c.c(R.choice(["my dad's eighty seven and the heating's only getting to sixteen degrees",
                  "The boiler is from 2009, thermostat set at 21C, and you put my bill up 12.5% in 2024",
                  "i'm sixty five next year so does the twenty percent discount apply from nineteen sixty or so",
                  "we've been with you since 1998, 26 years, and rates went up 7.9%"]))
    c.a(R.choice(["I understand, over-75s get the priority register; the rise was 4.2 percent.",
                  "i'm sorry to hear that, i can offer fifteen percent off for twelve months"]))
    return c


def n_travel():
    c = Case("negative", "flight/gate/seat/room numbers and booking refs")
    fl = R.choice(["BA", "EI", "FR", "UA", "LH", "AA"]) + str(R.randint(10, 9999))
    c.a("your flight %s leaves from gate %d%s, seat %d%s, booking reference %s" % (
        fl, R.randint(1, 60), R.choice(["", "A", "B"]), R.randint(1, 40), R.choice("ABCDEF"),
        "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
    c.c(R.choice(["and the hotel room is twelve oh four, checking in at three",
                  "ok and my hotel room was 1104 for 3 nights",
                  "is that terminal five? i land at six forty"]))
    return c


def n_meter():
    c = Case("negative", "meter readings and meter serial numbers")
    rd = dg(5)
    ser = R.choice(["E", "K", "G", "S"]) + dg(2) + R.choice("ABCDEFGHK") + dg(5)
    if R.random() < 0.5:
        c.c("meter reading is " + speak_number(rd, [5]) + ", and the meter serial on the front is " + speak_alnum(ser, 0))
        c.a("thanks, that reading of " + say_digits(rd) + " is now on your account")
    else:
        c.c("Electric reading: %s kWh, gas: %s m3, meter serial %s" % (rd, dg(5), ser))
        c.a("Thanks, both readings are accepted.")
    return c


def n_roads():
    c = Case("negative", "road names and junctions (not addresses)")
    c.c(R.choice(["i broke down on the m twenty five near junction fifteen", "the accident was on the A40 westbound",
                  "I was on I-95 around exit 44 when it happened", "it happened on the N7 just past the Naas Road turn-off",
                  "stuck on the M6 toll between junctions 3A and T8"]))
    c.a(R.choice(["are you in a safe place? recovery is about sixty minutes away", "Noted, I've added that to claim notes."]))
    return c


def n_policy_ids():
    c = Case("negative", "labelled policy/claim/serial/model numbers that resemble national IDs")
    choice = R.randint(0, 5)
    if choice == 0:
        ref = "".join(R.choice("ABCDEFGH") for _ in range(2)) + dg(6)
        c.a("your policy number is " + ref + " and the claim number is CLM-" + dg(7))
    elif choice == 1:
        c.c("claim ref " + dg(3) + "-" + dg(3) + "-" + dg(3) + ", case ID " + dg(9))
    elif choice == 2:
        c.c("model number is " + R.choice(["WM", "DW", "KX"]) + dg(4) + "-" + R.choice("ABC") + " and serial number " + dg(12))
    elif choice == 3:
        c.a("the reference for today's call is " + speak_number(dg(9), [3, 2, 4]))
        c.c("okay i've written that reference down")
    elif choice == 4:
        c.c("The IMEI on my handset is " + luhn_complete("35", 15) + ", it's been blocked since the update")
        c.a("Thanks, I've checked the IMEI and removed the block.")
    else:
        c.c("my membership number is " + speak_alnum("".join(R.choice("ABKMRT") for _ in range(2)) + dg(6)) + " on the loyalty card")
    return c


def n_appointment_dates():
    c = Case("negative", "appointment/contract/payment dates")
    c.a(R.choice(["your appointment is booked for tuesday the fourteenth of march at ten thirty",
                  "Your contract ends on 31/08/2026 and the final bill will be issued 05/09/2026.",
                  "the direct debit will come out on the twenty eighth of every month starting next june"]))
    c.c(R.choice(["can we move it to the nineteenth", "OK so 31 Aug 2026, noted", "and when's the first one"]))
    return c


def n_long_numbers():
    c = Case("negative", "long digit strings that are not PII: tracking, IMEI-like, account-free counts")
    c.c(R.choice(["tracking %s says delivered but it isn't here" % ("1Z" + dg(6) + "AA" + dg(8)),
                  "Tracking no. %s" % non_luhn_digits(22),
                  "order %s and %s both missing" % (non_luhn_digits(11), non_luhn_digits(11))]))
    c.a("Thanks, I've raised ticket #%s with the courier." % dg(8))
    return c


def n_corrected_amount():
    c = Case("negative", "spoken payment amount with restarts and fillers (digits like a reading)")
    c.c("i want to pay um " + say_group(dg(3)) + " no sorry " + say_group(dg(3)) + " pounds, and my invoice number is " +
        speak_number(non_luhn_digits(12), [4, 4, 4]))
    c.a(R.choice(["okay i'll take that payment now", "thank you, that's gone through"]))
    return c


NEG = [(n_cardlike_ref, 5), (n_last_four, 4), (n_money, 2), (n_times, 1), (n_ages_temps, 1), (n_travel, 1),
       (n_meter, 2), (n_roads, 1), (n_policy_ids, 4), (n_appointment_dates, 1), (n_long_numbers, 2),
       (n_corrected_amount, 2)]


def pick(table):
    tot = sum(w for _, w in table)
    x = R.random() * tot
    for f, w in table:
        x -= w
        if x <= 0:
            return f
    return table[-1][0]


# ---------------------------------------------------------------- build / check
def build():
    R.seed(432241125)
    GID[0] = 0
    pos, neg = [], []
    while True:
        counts = {t: 0 for t in TYPES}
        for c in pos:
            for s in c.spans:
                counts[s["type"]] += 1
        need = len(pos) < 210 or counts["CARD_NUMBER"] < 75 or counts["SSN"] < 34 or counts["NI_NUMBER"] < 34 or \
            any(counts[t] < 12 for t in TYPES)
        if not need:
            break
        pos.append(pick(POS)())
        if len(pos) > 600:
            raise SystemExit("quota loop did not converge")
    while len(neg) < 110:
        neg.append(pick(NEG)())
    for i, c in enumerate(pos):
        c.id = "h432-pos-%03d" % (i + 1)
    for i, c in enumerate(neg):
        c.id = "h432-neg-%03d" % (i + 1)
    return pos + neg


def to_jsonl(cases):
    lines = []
    for c in cases:
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": c.spans, "note": c.note},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


def count_types(cases):
    counts = {t: 0 for t in TYPES}
    for c in cases:
        for s in c.spans:
            counts[s["type"]] += 1
    return counts


def readme(cases):
    counts = count_types(cases)
    npos = sum(1 for c in cases if c.kind == "positive")
    nneg = len(cases) - npos
    cases_with = {t: sum(1 for c in cases if any(s["type"] == t for s in c.spans)) for t in TYPES}
    rows = "\n".join("| %s | %d | %d |" % (t, counts[t], cases_with[t]) for t in TYPES)
    return """# pii_holdout432 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not adjust patterns, thresholds, word lists or models by looking at
> these cases or at per-case failures. It exists only to measure the redaction engine on unseen data.
> If it has been used for tuning, it is no longer a held-out set and a new one must be written.

## Provenance

Written by an AI helper acting as an independent test author. The author did **not** see the redaction
engine's code, its tests, docs, benchmarks or any other PII fixture. Every case is synthetic: all values
are generated randomly (cards are Luhn-valid with random digits, IBANs have computed mod-97 check digits,
NI numbers use valid prefix letters) and belong to no real person.

Generated by `scripts/make_pii_holdout432.py` (Python standard library only, one generator
`random.Random(432241125)`). Regenerate with `python scripts/make_pii_holdout432.py`; verify with
`python scripts/make_pii_holdout432.py --check`, which rebuilds the set in memory and checks that
`cases.jsonl` and this README are byte-identical, ids are unique, offsets are in range, on word
boundaries and non-overlapping, and every labelled value is valid after normalising spoken forms
(Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, etc.).

## Format

`cases.jsonl`, one JSON object per line: `id`, `kind` (`positive`/`negative`), `turns`
(`speaker` = `customer`|`agent`, `text`), `spans` (`turn`, `start`, `end` — Python character offsets,
end exclusive — and `type`), `note`. Turns are built from plain and labelled segments so offsets are
computed, never typed by hand.

Emphasis: adversarial card numbers, SSNs and NI numbers — typed with odd grouping/separators/case,
spoken by ASR with "oh"/"o"/"nought"/"zero", "double"/"triple", pairs ("forty one eleven"), hundreds
("four hundred and twelve"), NATO and casual spelling ("b for bob", "c as in charlie"), fillers inside
readings, values split over turns with back-channels, asides mid-reading, restarts/corrections, agent
read-backs and mis-heard read-backs.

## Annotation conventions

- A span covers exactly the value, from its first letter/digit to its last; lead-in words ("it's",
  "my number is") are outside. A typed leading `+` or `(` on a phone number is outside the span
  (the span starts at the first digit); a spoken "plus" is inside.
- A value split across turns (or across an aside inside one turn) gets one span per piece, each with
  the value's type. Agent read-backs are labelled too, including mis-heard read-backs.
- A wrong/abandoned reading that the speaker then restarts ("four five three nine one two... no sorry")
  is labelled with the value type: it is still (near-)PII spoken aloud.
- Filler words spoken inside a reading ("um", "uh") are inside the span.
- Phone spans include the country code. ADDRESS covers the house/flat number and street, not the town;
  the postcode/ZIP is a separate POSTCODE span. DOB and EXPIRY cover the whole date expression.
- A card's last four said on their own ("card ending 4821") are NOT PII unless the full card was read in
  the same case (then they are labelled CARD_NUMBER). The same applies to an SSN's last four.
- A US bank routing number is left unlabelled (bank identifier); the account number is BANK_ACCOUNT.
- Negative cases have no spans. They contain amounts, balances, times, opening hours, durations, counts,
  ages, temperatures, percentages, years, appointment/contract/payment dates, order/ticket/invoice/claim/
  reference/tracking/serial/model/policy numbers said with their label (including card-length,
  card-like readings that fail Luhn, 3-2-4 call references, NI-like policy numbers and labelled IMEIs),
  meter readings, flight/room/gate/seat numbers, road names and card last-four mentions.

## Counts

%d cases: %d positive, %d negative.

| type | spans | cases containing |
|---|---|---|
%s
| **total** | %d | |
""" % (len(cases), npos, nneg, rows, sum(counts.values()))


def word_boundary_ok(text, s, e):
    if not (0 <= s < e <= len(text)):
        return False
    if not (text[s].isalnum() and text[e - 1].isalnum()):
        return False
    if s > 0 and text[s - 1].isalnum():
        return False
    if e < len(text) and text[e].isalnum():
        return False
    return True


def check(cases):
    errs = []
    with open(CASES, "r", encoding="utf-8", newline="") as fh:
        disk = fh.read()
    if disk != to_jsonl(cases):
        errs.append("cases.jsonl is not byte-identical to regenerated output")
    with open(README, "r", encoding="utf-8", newline="") as fh:
        if fh.read() != readme(cases):
            errs.append("README.md is not byte-identical to regenerated output")
    ids = set()
    loaded = [json.loads(l) for l in disk.splitlines()]
    if len(loaded) != len(cases):
        errs.append("line count mismatch")
    for d, c in zip(loaded, cases):
        cid = d["id"]
        if cid in ids:
            errs.append("duplicate id " + cid)
        ids.add(cid)
        if d["kind"] == "negative" and d["spans"]:
            errs.append(cid + ": negative with spans")
        if d["kind"] == "positive" and not d["spans"]:
            errs.append(cid + ": positive without spans")
        for t in d["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        by_turn = {}
        groups = {}
        for sp, (g, role) in zip(d["spans"], c.meta):
            if sp["type"] not in TYPES:
                errs.append(cid + ": bad type")
            text = d["turns"][sp["turn"]]["text"]
            if not word_boundary_ok(text, sp["start"], sp["end"]):
                errs.append("%s: span not on word boundary %r" % (cid, text[sp["start"]:sp["end"]]))
            by_turn.setdefault(sp["turn"], []).append((sp["start"], sp["end"]))
            groups.setdefault(g, []).append((sp["type"], role, text[sp["start"]:sp["end"]]))
        for ti, lst in by_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if a[1] > b[0]:
                    errs.append(cid + ": overlapping spans")
        fulls = {}
        for g, items in groups.items():
            typ = items[0][0]
            role = items[0][1]
            if role in ("full", "part"):
                if role == "full" and len(items) != 1:
                    errs.append(cid + ": full group with several spans")
                txt = " ".join(x[2] for x in items)
                canon = "".join(canon_of(typ, x[2]) for x in items)
                if not validate_full(typ, txt, canon):
                    errs.append("%s: invalid %s value %r -> %r" % (cid, typ, txt, canon))
                fulls.setdefault(typ, []).append(canon)
        for g, items in groups.items():
            typ, role, txt = items[0]
            canon = canon_of(typ, txt)
            if role == "partial":
                if not any(canon in f for f in fulls.get(typ, [])):
                    errs.append("%s: partial %s %r not part of a full value" % (cid, typ, txt))
            elif role == "wrong":
                if not canon or not re.fullmatch(r"[A-Z0-9]+", canon):
                    errs.append("%s: wrong-reading %s %r does not normalise" % (cid, typ, txt))
        if d["kind"] == "negative":
            for t in d["turns"]:
                for m in re.finditer(r"\d[\d -]{11,}\d", t["text"]):
                    digits = re.sub(r"\D", "", m.group())
                    if 13 <= len(digits) <= 19 and luhn_ok(digits) and "IMEI" not in t["text"]:
                        errs.append("%s: unlabelled Luhn-valid number in negative" % cid)
    counts = count_types(cases)
    npos = sum(1 for c in cases if c.kind == "positive")
    if npos < 200 or len(cases) - npos < 100:
        errs.append("too few cases")
    for t in TYPES:
        need = 70 if t == "CARD_NUMBER" else 30 if t in ("SSN", "NI_NUMBER") else 10
        if counts[t] < need:
            errs.append("too few %s spans: %d" % (t, counts[t]))
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    cases = build()
    if args.check:
        errs = check(cases)
        for e in errs[:50]:
            print("ERROR:", e)
        if errs:
            print("%d errors" % len(errs))
            sys.exit(1)
        c = count_types(cases)
        print("OK: %d cases (%d positive), spans: %s" % (len(cases), sum(1 for x in cases if x.kind == "positive"),
                                                         ", ".join("%s=%d" % (t, c[t]) for t in TYPES)))
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="") as fh:
        fh.write(to_jsonl(cases))
    with open(README, "w", encoding="utf-8", newline="") as fh:
        fh.write(readme(cases))
    print("wrote %d cases" % len(cases))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout418 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who did not see the
redaction engine.  Standard library only; one RNG seeded 418241125.

Usage:
    python scripts/make_pii_holdout418.py          # write cases.jsonl
    python scripts/make_pii_holdout418.py --check  # regenerate and verify
"""
import argparse
import json
import os
import re
import sys
import random

SEED = 418241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout418", "cases.jsonl")

R = random.Random(SEED)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
         15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty",
        7: "seventy", 8: "eighty", 9: "ninety"}
ZERO_WORDS = ["oh", "o", "zero", "nought"]
HOMO = {"1": ["won"], "2": ["to", "too"], "4": ["for", "fore"], "8": ["ate"], "3": ["tree"]}
FILLERS = ["um", "uh", "er", "erm"]
LETTER_NAMES = {
    "A": ["a", "ay", "eh"], "B": ["b", "bee", "be"], "C": ["c", "see", "sea"],
    "D": ["d", "dee"], "E": ["e"], "F": ["f", "eff"], "G": ["g", "gee"],
    "H": ["h", "aitch", "haitch"], "I": ["i"], "J": ["j", "jay"], "K": ["k", "kay"],
    "L": ["l", "ell"], "M": ["m", "em"], "N": ["n", "en"], "O": ["o"],
    "P": ["p", "pee", "pea"], "Q": ["q", "queue", "cue"], "R": ["r", "are", "ar"],
    "S": ["s", "ess"], "T": ["t", "tee", "tea"], "U": ["u", "you"], "V": ["v", "vee"],
    "W": ["w", "double you"], "X": ["x", "ex"], "Y": ["y", "why"], "Z": ["z", "zed", "zee"]}
PHONETIC = {
    "A": ["alpha", "alfa", "apple"], "B": ["bravo", "bertie", "bob"], "C": ["charlie", "cat"],
    "D": ["delta", "david"], "E": ["echo", "edward"], "F": ["foxtrot", "freddie"],
    "G": ["golf", "george"], "H": ["hotel", "harry"], "J": ["juliet", "jack"],
    "K": ["kilo", "king"], "L": ["lima", "london"], "M": ["mike", "mother"],
    "N": ["november", "nancy"], "P": ["papa", "peter"], "Q": ["quebec", "queen"],
    "R": ["romeo", "robert"], "S": ["sierra", "sugar"], "T": ["tango", "tommy"],
    "U": ["uniform", "uncle"], "V": ["victor", "victoria"], "W": ["whiskey", "william"],
    "X": ["xylophone"], "Y": ["yankee", "yellow"], "Z": ["zulu", "zebra"]}

# normaliser vocabulary
NUMV = {}
for i, w in enumerate(ONES):
    NUMV[w] = ("u", i)
for w in ZERO_WORDS + ["nil"]:
    NUMV[w] = ("u", 0)
for d, ws in HOMO.items():
    for w in ws:
        NUMV[w] = ("u", int(d))
for n, w in TEENS.items():
    NUMV[w] = ("teen", n)
for n, w in TENS.items():
    NUMV[w] = ("tens", n)
NUMV["hundred"] = ("hundred",)
NUMV["thousand"] = ("thousand",)
NUMV["double"] = ("rep", 2)
NUMV["triple"] = ("rep", 3)
NUMV["teen"] = ("teenfix",)
NUMV["plus"] = ("plus",)
NUMV["and"] = ("and",)
for w in FILLERS + ["hmm"]:
    NUMV[w] = ("filler",)
LETV = {}
for L, ws in LETTER_NAMES.items():
    for w in ws:
        if " " not in w:
            LETV[w] = L
for w in ("oh", "o"):
    LETV.pop(w, None)  # spoken o is always nought in this set
VOCAB = set(NUMV) | set(LETV) | {"you", "as", "in"}


def _split_runon(tok):
    """Split a run-together ASR token ('fortyone') into vocabulary words."""
    n = len(tok)
    best = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 2, n + 1):
            w = tok[i:j]
            if w in NUMV or (w in LETV and len(w) > 1):
                if best[j] is None:
                    best[j] = best[i] + [w]
    return best[n]


def tokenize(text):
    t = text.lower()
    toks = re.findall(r"[a-z]+|\d+|\+|,|\.\.\.|;", t)
    out = []
    for tok in toks:
        if tok in ("...", ";"):
            out.append(",")
        elif tok.isalpha() and tok not in VOCAB and len(tok) > 1 and not tok.isdigit():
            sp = _split_runon(tok)
            out.extend(sp if sp else [tok])
        else:
            out.append(tok)
    return out


def normalise(text):
    """Turn typed or spoken value text into a compact upper-case string."""
    words = re.findall(r"[a-z]+", text.lower())
    if re.search(r"\d", text) and not any(w in NUMV or w in LETV and len(w) > 2 for w in words):
        # typed value: letters are literal letters
        return re.sub(r"[^A-Z0-9+]", "", text.upper())
    toks = tokenize(text)
    out = []
    i = 0
    n = len(toks)

    def peek(k):
        return toks[k] if k < n else None

    def unit(tok):
        v = NUMV.get(tok)
        return v[1] if v and v[0] == "u" else None

    while i < n:
        tk = toks[i]
        if tk == ",":
            i += 1
            continue
        if tk == "+":
            out.append("+")
            i += 1
            continue
        if tk.isdigit():
            out.append(tk)
            i += 1
            continue
        # "j for juliet" / "b as in bravo"
        letter = LETV.get(tk) if tk not in NUMV or len(tk) == 1 else None
        if letter is None and len(tk) == 1 and tk.isalpha() and tk != "o":
            letter = tk.upper()
        if letter is not None:
            k = None
            if peek(i + 1) == "for":
                k = i + 2
            elif peek(i + 1) == "as" and peek(i + 2) == "in":
                k = i + 3
            w = peek(k) if k is not None else None
            if w and w.isalpha() and w not in NUMV and w[0].upper() == letter:
                out.append(letter)
                i = k + 1
                continue
        v = NUMV.get(tk)
        if v is not None:
            kind = v[0]
            if kind == "filler" or kind == "and":
                i += 1
                continue
            if kind == "plus":
                out.append("+")
                i += 1
                continue
            if kind == "rep":
                nxt = peek(i + 1)
                if v[1] == 2 and nxt == "you":
                    out.append("W")
                    i += 2
                    continue
                u = unit(nxt) if nxt else None
                if u is not None:
                    out.append(str(u) * v[1])
                elif nxt in LETV or (nxt and len(nxt) == 1 and nxt.isalpha()):
                    out.append((LETV.get(nxt) or nxt.upper()) * v[1])
                else:
                    raise ValueError("bad repeat in %r" % text)
                i += 2
                continue
            if kind == "teen":
                out.append(str(v[1]))
                i += 1
                continue
            if kind == "tens":
                u = unit(peek(i + 1)) if peek(i + 1) else None
                if u is not None and u != 0 and peek(i + 1) not in ZERO_WORDS:
                    out.append(str(v[1] * 10 + u))
                    i += 2
                else:
                    out.append(str(v[1] * 10))
                    i += 1
                continue
            if kind == "u":
                d = v[1]
                nxt = peek(i + 1)
                if nxt == "hundred":
                    j = i + 2
                    if peek(j) == "and":
                        j += 1
                    a = peek(j)
                    av = NUMV.get(a) if a else None
                    if av and av[0] == "tens":
                        b = unit(peek(j + 1)) if peek(j + 1) else None
                        if b is not None and b != 0 and peek(j + 1) not in ZERO_WORDS:
                            out.append("%d%02d" % (d, av[1] * 10 + b))
                            i = j + 2
                        else:
                            out.append("%d%02d" % (d, av[1] * 10))
                            i = j + 1
                    elif av and av[0] == "teen":
                        out.append("%d%02d" % (d, av[1]))
                        i = j + 1
                    elif av and av[0] == "u" and a in ZERO_WORDS and unit(peek(j + 1) or "") is not None:
                        out.append("%d0%d" % (d, unit(peek(j + 1))))
                        i = j + 2
                    elif av and av[0] == "u" and a not in ZERO_WORDS and peek(i + 2) == "and":
                        out.append("%d0%d" % (d, av[1]))
                        i = j + 1
                    else:
                        out.append("%d00" % d)
                        i += 2
                    continue
                if nxt == "thousand":
                    out.append("%d000" % d)
                    i += 2
                    continue
                if nxt == "teen":
                    out.append("1%d" % d)
                    i += 2
                    continue
                out.append(str(d))
                i += 1
                continue
            raise ValueError("unexpected %r in %r" % (tk, text))
        if tk == "you":
            out.append("U")
            i += 1
            continue
        if tk in LETV:
            out.append(LETV[tk])
            i += 1
            continue
        if len(tk) == 1 and tk.isalpha():
            out.append(tk.upper())
            i += 1
            continue
        raise ValueError("cannot normalise token %r in %r" % (tk, text))
    return "".join(out)


def normalise_email(text):
    t = text.lower()
    toks = re.findall(r"[a-z0-9]+|[@._+\-]", t)
    m = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
    return "".join(m.get(x, x) for x in toks)


# ---------------------------------------------------------------- validators
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


def luhn_complete(prefix_body):
    for c in "0123456789":
        if luhn_ok(prefix_body + c):
            return prefix_body + c
    raise AssertionError


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_RE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.I)
STREET_RE = re.compile(r"\b(street|st|road|rd|avenue|ave|lane|ln|close|drive|dr|way|grove|crescent|"
                       r"place|terrace|court|gardens|boulevard|blvd|park|view|hill|row|mews|walk|"
                       r"square|parade|strasse|rue|quay)\b", re.I)


def validate_value(typ, val):
    if typ == "CARD_NUMBER":
        return val.isdigit() and 13 <= len(val) <= 19 and luhn_ok(val)
    if typ == "CVV":
        return val.isdigit() and len(val) in (3, 4)
    if typ == "SSN":
        return (val.isdigit() and len(val) == 9 and val[:3] not in ("000", "666")
                and val[0] != "9" and val[3:5] != "00" and val[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(val))
    if typ == "BANK_ACCOUNT":
        return val.isdigit() and 6 <= len(val) <= 17
    if typ == "SORT_CODE":
        return val.isdigit() and len(val) == 6
    if typ == "IBAN":
        return iban_ok(val)
    if typ == "PHONE":
        return bool(re.fullmatch(r"\+?\d{9,15}", val))
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", val))
    if typ == "POSTCODE":
        return bool(UK_PC.fullmatch(val) or re.fullmatch(r"\d{5}(\d{4})?", val))
    if typ == "EXPIRY":
        m = re.fullmatch(r"(\d{2})(\d{2}|\d{4})", val)
        return bool(m) and 1 <= int(m.group(1)) <= 12
    raise AssertionError(typ)


def validate_text(typ, text):
    """Lenient checks for free-form types (DOB, EXPIRY words, ADDRESS)."""
    low = text.lower()
    if typ == "ADDRESS":
        first = tokenize(low.split()[0])[0]
        return bool(STREET_RE.search(low)) and (
            re.match(r"\d", first) is not None or first in NUMV or first in
            ("flat", "apartment", "apt", "unit", "suite"))
    if typ in ("DOB", "EXPIRY"):
        has_month = bool(MON_RE.search(low))
        digits = re.findall(r"\d+", low)
        wordnums = [w for w in re.findall(r"[a-z]+", low) if w in NUMV or w.endswith(("th", "st", "nd", "rd"))]
        if typ == "EXPIRY":
            return has_month or bool(digits) or bool(wordnums)
        return has_month or len(digits) >= 2 or len("".join(digits)) >= 4 or len(wordnums) >= 3
    return True


# ---------------------------------------------------------------- rendering
def pick(xs):
    return R.choice(xs)


def chance(p):
    return R.random() < p


def zw():
    return pick(["oh", "oh", "oh", "o", "zero", "zero", "nought"])


def digit_word(d, z, homo=0.0):
    if d == "0":
        return z
    if d in HOMO and chance(homo):
        return pick(HOMO[d])
    return ONES[int(d)]


def say_single(s, homo=0.0, dbl=0.5, mix=0.0, z=None):
    """Digit by digit, with double/triple, homophones, some digits as digits."""
    z = z or zw()
    toks = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        while run > 0:
            if run >= 3 and chance(dbl * 0.6):
                toks.append("triple " + digit_word(s[i], z))
                run -= 3
            elif run >= 2 and chance(dbl):
                toks.append("double " + digit_word(s[i], z))
                run -= 2
            else:
                if chance(mix):
                    toks.append(s[i])
                else:
                    toks.append(digit_word(s[i], z, homo))
                run -= 1
        i = j
    return " ".join(toks)


def say_pair(p, last, z, runon=0.0):
    """Two digits as one number word; a bare 'forty' only at the very end."""
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return z + " " + ONES[b] if b else pick(["double " + z, z + " " + z])
    if a == 1:
        if b in (3, 4, 6, 7, 9) and chance(0.15):
            return ONES[b] + " teen"  # split word from the recogniser
        return TEENS[10 + b]
    if b == 0:
        return TENS[a] if last else ONES[a] + " " + z
    if chance(runon):
        return TENS[a] + ONES[b]
    return TENS[a] + " " + ONES[b]


def say_pairs(s, z=None, runon=0.1, last=True):
    z = z or zw()
    parts = []
    k = 0
    if len(s) % 2 == 1:
        parts.append(digit_word(s[0], z))
        k = 1
    while k < len(s):
        parts.append(say_pair(s[k:k + 2], last and k + 2 >= len(s), z, runon))
        k += 2
    return " ".join(parts)


def say_hundreds(s, last, z=None):
    """Three digits as 'four hundred and twelve'."""
    z = z or zw()
    a, rest = s[0], s[1:]
    if a == "0":
        return z + " " + say_pairs(rest, z, last=last)
    if rest == "00":
        return ONES[int(a)] + " hundred" if last else ONES[int(a)] + " double " + z
    if rest[0] == "0":
        return ONES[int(a)] + " hundred and " + ONES[int(rest[1])]
    if rest[1] == "0" and rest[0] != "1" and not last:
        return ONES[int(a)] + " " + say_pairs(rest, z, last=False)
    return ONES[int(a)] + " hundred " + pick(["and ", "and ", ""]) + say_pair(rest, last, z)


def say_group(g, last, homo=0.1, mix=0.1, z=None):
    style = R.random()
    if len(g) == 3 and style < 0.25:
        return say_hundreds(g, last, z)
    if len(g) % 2 == 0 and style < 0.55:
        return say_pairs(g, z, last=last)
    return say_single(g, homo=homo, mix=mix, z=z)


def say_groups(groups, filler=0.25, homo=0.1, mix=0.1, sep=None):
    z = zw()
    out = []
    for idx, g in enumerate(groups):
        last = idx == len(groups) - 1
        s = say_group(g, last, homo, mix, z)
        out.append(s)
    res = out[0]
    for s in out[1:]:
        j = pick([", ", " ", " ", "... ", ", "]) if sep is None else sep
        if chance(filler):
            j = pick([" um ", " uh ", ", er, ", " erm "])
        res += j + s
    return res


def say_letter(L, mode):
    if mode == "nato" and L in PHONETIC:
        return L.lower() + pick([" for ", " for ", " as in "]) + pick(PHONETIC[L])
    if mode == "name":
        return pick(LETTER_NAMES[L])
    return L.lower()


def chunks(s, sizes):
    out, k = [], 0
    for n in sizes:
        out.append(s[k:k + n])
        k += n
    assert k == len(s)
    return out


# ---------------------------------------------------------------- value generators
def gen_card(kind=None):
    kind = kind or pick(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if kind == "visa":
        body, n = "4" + "".join(pick("0123456789") for _ in range(14)), 16
    elif kind == "mc":
        body = "5" + pick("12345") + "".join(pick("0123456789") for _ in range(13))
    elif kind == "amex":
        body = "3" + pick("47") + "".join(pick("0123456789") for _ in range(12))
    elif kind == "disc":
        body = "6011" + "".join(pick("0123456789") for _ in range(11))
    elif kind == "visa13":
        body = "4" + "".join(pick("0123456789") for _ in range(11))
    else:
        body = "6759" + "".join(pick("0123456789") for _ in range(14))
    num = luhn_complete(body)
    if kind == "amex":
        grp = [4, 6, 5]
    elif kind == "visa13":
        grp = [4, 3, 3, 3]
    elif len(num) == 19:
        grp = [4, 4, 4, 4, 3]
    else:
        grp = [4, 4, 4, 4]
    return num, grp


def type_card(num, grp):
    st = R.random()
    g = chunks(num, grp)
    if st < 0.3:
        return " ".join(g)
    if st < 0.45:
        return "-".join(g)
    if st < 0.6:
        return num
    if st < 0.7:
        return ".".join(g)
    if st < 0.85:  # odd grouping
        cut = sorted(R.sample(range(2, len(num) - 1), 3))
        parts = [num[:cut[0]], num[cut[0]:cut[1]], num[cut[1]:cut[2]], num[cut[2]:]]
        return " ".join(parts)
    return "  ".join(g)


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def gen_ni():
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = pick(first) + pick(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(pick("0123456789") for _ in range(6)) + pick("ABCD")


def gen_iban(cc=None):
    cc = cc or pick(["GB", "IE", "DE", "NL", "FR", "ES", "GB", "IE"])
    dg = lambda n: "".join(pick("0123456789") for _ in range(n))
    if cc == "GB":
        bban = pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14)
    elif cc == "IE":
        bban = pick(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "NL":
        bban = pick(["ABNA", "RABO", "INGB", "TRIO"]) + dg(10)
    elif cc == "FR":
        bban = dg(23)
    else:
        bban = dg(20)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def gen_phone(kind=None):
    kind = kind or pick(["ukmob", "ukmob_i", "ukland", "us", "us_i", "ie", "ie_i", "de_i", "fr_i"])
    d = lambda n: "".join(pick("0123456789") for _ in range(n))
    if kind == "ukmob":
        g = ["07700", "900", d(3)]
    elif kind == "ukmob_i":
        g = ["+44", "7700", "900", d(3)]
    elif kind == "ukland":
        g = pick([["020", "7946", "0" + d(3)], ["0161", "496", "0" + d(3)], ["0113", "496", "0" + d(3)]])
    elif kind == "us":
        g = [pick(["202", "312", "415", "617"]), "555", "01" + d(2)]
    elif kind == "us_i":
        g = ["+1", pick(["202", "312", "718"]), "555", "01" + d(2)]
    elif kind == "ie":
        g = [pick(["087", "085", "086"]), d(3), d(4)]
    elif kind == "ie_i":
        g = ["+353", pick(["87", "85", "1"]), d(3), d(4)]
    elif kind == "de_i":
        g = ["+49", "30", d(4), d(4)]
    else:
        g = ["+33", "6", d(2), d(2), d(2), d(2)]
    return "".join(g), g


def type_phone(g):
    st = R.random()
    if g[0].startswith("+"):
        if st < 0.5:
            return " ".join(g)
        if st < 0.7:
            return g[0] + "".join(g[1:])
        return g[0] + "-" + "-".join(g[1:])
    if len(g) == 3 and len(g[0]) == 3 and st < 0.4:
        return "(%s) %s-%s" % tuple(g)
    if st < 0.7:
        return " ".join(g)
    return "".join(g)


def say_phone(g, filler=0.2):
    out = []
    z = zw()
    for k, part in enumerate(g):
        if part.startswith("+"):
            out.append("plus " + say_single(part[1:], dbl=0.0, z=z))
        else:
            out.append(say_group(part, k == len(g) - 1, homo=0.15, mix=0.1, z=z))
    res = out[0]
    for s in out[1:]:
        res += (pick([" um ", " uh "]) if chance(filler) else pick([" ", ", ", "... "])) + s
    return res


FIRST = ["james", "sarah", "aoife", "siobhan", "mohammed", "priya", "liam", "chloe", "tomasz",
         "grace", "dmitri", "niamh", "olu", "hannah", "marco", "fiona", "raj", "emily", "sean", "lucy"]
LAST = ["okafor", "walsh", "brennan", "patel", "nguyen", "kowalski", "smith", "murphy",
        "obrien", "fitzgerald", "hughes", "schmidt", "rossi", "khan", "doyle", "price"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
           "btinternet.com", "eircom.net", "proton.me", "web.de", "live.ie"]
STREETS = ["Elm Grove", "Station Road", "Church Lane", "Maple Avenue", "High Street",
           "Victoria Terrace", "Oakfield Close", "Harbour View", "Mill Lane", "Kings Road",
           "Willow Crescent", "Bridge Street", "Park Drive", "Castle Hill", "Orchard Way",
           "Main Street", "Ocean Avenue", "Sycamore Court", "Queens Parade", "Linden Gardens"]
US_STREETS = ["Oak Street", "Maple Avenue", "Sunset Boulevard", "Pine Drive", "Lakeview Road",
              "Elm Street", "Cedar Lane", "Washington Avenue", "Hillcrest Drive", "Park Place"]
TOWNS = ["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Norwich", "Belfast", "York"]
US_TOWNS = ["Springfield", "Austin", "Denver", "Columbus", "Portland", "Raleigh"]


def gen_uk_postcode():
    area = pick(["LS", "BS", "M", "G", "CF", "NR", "BT", "YO", "SW", "E", "N", "W", "B", "SE", "EH", "L"])
    out = area + str(R.randint(1, 19 if len(area) == 1 else 9))
    inward = str(R.randint(0, 9)) + pick("ABDEFGHJLNPQRSTUWXYZ") + pick("ABDEFGHJLNPQRSTUWXYZ")
    return out, inward


def gen_zip():
    z = "%05d" % R.randint(10000, 99950)
    return z


def say_postcode(out, inward, letters="name"):
    toks = []
    for ch in out + inward:
        if ch.isdigit():
            toks.append(digit_word(ch, "oh") if chance(0.8) else ch)
        else:
            toks.append(say_letter(ch, letters if letters != "mix" else pick(["name", "plain", "nato"])))
    k = len(out)
    return " ".join(toks[:k]) + pick([" ", ", ", " ... "]) + " ".join(toks[k:])


def gen_email():
    f, l = pick(FIRST), pick(LAST)
    st = R.random()
    if st < 0.3:
        local = f + "." + l
    elif st < 0.5:
        local = f[0] + l + str(R.randint(1, 99))
    elif st < 0.7:
        local = f + "_" + l
    elif st < 0.85:
        local = l + f[0]
    else:
        local = f + "-" + l + str(R.randint(70, 99))
    return local + "@" + pick(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    m = {".": " dot ", "_": " underscore ", "-": pick([" dash ", " hyphen "])}
    sp = ""
    for ch in local:
        sp += m.get(ch, ch)
    # digits in local part are spoken as digits in ASR output
    sp = re.sub(r"(?<=[a-z])(\d)", r" \1", sp)
    dsp = dom.replace(".", " dot ")
    return (sp + " at " + dsp).replace("  ", " ").strip()


def gen_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2004)


def ordinal(n):
    special = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth"}
    if n in special:
        return special[n]
    if n < 20:
        return (TEENS.get(n) or ONES[n]) + "th"
    t, u = divmod(n, 10)
    if u == 0:
        return TENS[t][:-1] + "ieth"
    return TENS[t] + " " + ordinal(u)


def say_year(y):
    if y >= 2000:
        return "two thousand and " + (ONES[y - 2000] if y - 2000 < 10 else TEENS.get(y - 2000, ""))
    a, b = divmod(y, 100)
    if b < 10:
        return TEENS[a] + " " + zw() + " " + ONES[b]
    return TEENS[a] + " " + say_pair("%02d" % b, True, "oh")


def render_dob(d, m, y, asr):
    if asr:
        st = R.random()
        if st < 0.35:
            return "the " + ordinal(d) + " of " + MONTHS[m - 1] + " " + say_year(y)
        if st < 0.6:
            return ordinal(d) + " " + MONTHS[m - 1] + " " + pick(["um ", ""]) + say_year(y)
        if st < 0.8:
            return say_single("%02d" % d, dbl=0) + " " + say_single("%02d" % m, dbl=0) + " " + say_year(y)
        return MONTHS[m - 1] + " " + ordinal(d) + " " + say_year(y)
    st = R.random()
    if st < 0.3:
        return "%02d/%02d/%d" % (d, m, y)
    if st < 0.45:
        return "%d/%d/%02d" % (m, d, y % 100)
    if st < 0.6:
        return "%d %s %d" % (d, MONTHS[m - 1].title()[:3], y)
    if st < 0.75:
        return "%s %d, %d" % (MONTHS[m - 1].title(), d, y)
    if st < 0.9:
        return "%02d.%02d.%d" % (d, m, y)
    return "%d-%02d-%02d" % (y, m, d)


def gen_expiry():
    return R.randint(1, 12), R.randint(25, 31)


def render_expiry(m, y, asr):
    """Returns (text, canon or None)."""
    if asr:
        st = R.random()
        if st < 0.4:
            return say_single("%02d" % m, dbl=0) + " " + say_pair("%02d" % y, True, "oh"), "%02d%02d" % (m, y)
        if st < 0.6:
            return MONTHS[m - 1] + " " + say_pair("%02d" % y, True, "oh"), None
        if st < 0.8:
            return ONES[m] if m < 10 else TEENS[m], None
        return ("%s %s twenty %s" % (say_single("%02d" % m, dbl=0), pick(["slash", "over"]),
                                     say_pair("%02d" % y, True, "oh")), None)
    st = R.random()
    if st < 0.35:
        return "%02d/%02d" % (m, y), "%02d%02d" % (m, y)
    if st < 0.5:
        return "%02d/20%02d" % (m, y), "%02d20%02d" % (m, y)
    if st < 0.65:
        return "%02d%02d" % (m, y), "%02d%02d" % (m, y)
    if st < 0.8:
        return "%02d-%02d" % (m, y), "%02d%02d" % (m, y)
    return "%s 20%02d" % (MONTHS[m - 1].title()[:3], y), None


# ---------------------------------------------------------------- case building
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.groups = {}
        self.n = 0

    def group(self, typ, canon):
        gid = "g%d" % self.n
        self.n += 1
        self.groups[gid] = (typ, canon)
        return gid

    def say(self, spk, *segs):
        self.turns.append((spk, segs))
        return self


def V(text, typ, canon=None, gid=None, partial=False):
    return {"t": text, "type": typ, "canon": canon, "gid": gid, "partial": partial}


def C(t):
    return "customer", t


def build(case, cid):
    turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(case.turns):
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                st = len(text)
                text += s["t"]
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s["type"]})
                meta.append(dict(s, turn=ti, start=st, end=len(text)))
        turns.append({"speaker": spk, "text": text})
    return ({"id": cid, "kind": case.kind, "turns": turns, "spans": spans, "note": case.note},
            meta, case.groups)


# ---------------------------------------------------------------- small talk pieces
GREET_AGENT = ["thanks for calling {org}, you're through to {name}, how can I help",
               "hello, {org}, {name} speaking",
               "hi you're through to {org}, my name's {name}",
               "good afternoon, {org} customer services"]
BACK = ["mhm", "go on", "yep", "ok", "yeah", "uh huh", "right", "got that", "sure, go ahead"]
ORGS = {"banking": ["Northgate Bank", "Harbour Building Society", "Celtic Savings"],
        "telecom": ["Brightwave Mobile", "Skylink Broadband"],
        "utilities": ["Allpower Energy", "Riverside Water"],
        "retail": ["Marlow & Finch", "Quickbasket"],
        "insurance": ["Shieldright Insurance", "Cover4Less"],
        "travel": ["Aerlink Holidays", "Bluewing Air"],
        "healthcare": ["St Anne's Billing Office", "MedPay Patient Accounts"],
        "government": ["the Benefits Helpline", "Revenue Services", "the Social Security office"]}
AGENTS = ["Dave", "Priya", "Ciara", "Marcus", "Joanne", "Kofi", "Beth", "Tom"]


def greet(industry):
    return pick(GREET_AGENT).format(org=pick(ORGS[industry]), name=pick(AGENTS))


def ind():
    return pick(list(ORGS))


# ---------------------------------------------------------------- positive templates
def p_card_chat(c):
    num, grp = gen_card()
    t = type_card(num, grp)
    lead = pick(["card no: ", "Card number - ", "its ", "here you go ", "CC# ", "long number on the card is ",
                 "pls charge ", "card: "])
    c.say("agent", pick(["Can you type the long card number for me please?",
                         "What card would you like to pay with today?",
                         "Please provide the card number you'd like to use."]))
    tail = pick(["", " thx", " - its a debit card", ". ta", " (the blue one)"])
    c.say("customer", lead, V(t, "CARD_NUMBER", num), tail)
    if chance(0.5):
        c.say("agent", "Thanks, so that's the card ending ", V(num[-4:], "CARD_NUMBER", num[-4:], partial=True),
              pick([", correct?", ". Is that right?", " - shall I go ahead?"]))
        c.say("customer", pick(["yes", "yep thats it", "correct", "yes please"]))
    c.note = "typed card number, %d digits, varied separators" % len(num)


def p_card_asr_split(c):
    num, grp = gen_card()
    parts = chunks(num, grp)
    gid = c.group("CARD_NUMBER", num)
    c.say("agent", greet(ind()))
    c.say("customer", "hi yeah i'm just calling to pay my bill")
    c.say("agent", "no problem, what's the long number on the front of the card")
    for k, p in enumerate(parts):
        pre = pick(["", "", "it's ", "uh "]) if k == 0 else pick(["", "", "then ", "and "])
        post = pick(["", "", " yeah", "... you got that"]) if k < len(parts) - 1 else ""
        c.say("customer", pre, V(say_group(p, k == len(parts) - 1, homo=0.2, mix=0.15), "CARD_NUMBER", p, gid), post)
        if k < len(parts) - 1:
            c.say("agent", pick(BACK))
    if chance(0.6):
        rb = say_groups(parts, filler=0.0, homo=0.0, mix=0.0)
        c.say("agent", pick(["so that's ", "let me read that back ", "just to confirm "]),
              V(rb, "CARD_NUMBER", num), pick([" is that right", " yeah", ""]))
        c.say("customer", pick(["yes", "that's it", "correct yeah"]))
    c.note = "ASR card read in %d chunks with back-channels" % len(parts)


def p_card_correction(c):
    num, grp = gen_card("visa")
    parts = chunks(num, grp)
    wrong = parts[0][:2] + str((int(parts[0][2]) + 3) % 10) + parts[0][3]
    c.say("agent", "and the card number")
    frag = say_single(parts[0][:2] + wrong[2:], dbl=0)
    c.say("customer", "yeah it's ", V(frag, "CARD_NUMBER", parts[0][:2] + wrong[2:], partial=True),
          pick([" no sorry hang on ", " oh wait that's wrong, ", " sorry let me start again "]),
          pick(["", "i've got the wrong card out ", "the kids are shouting "]),
          V(say_groups(parts, filler=0.4, homo=0.15, mix=0.1), "CARD_NUMBER", num))
    c.say("agent", pick(["ok so ignoring the first bit", "lovely, thank you", "got it"]))
    c.note = "restarted card reading; false start labelled as partial card"


def p_card_exp_cvv(c):
    num, grp = gen_card()
    m, y = gen_expiry()
    cvv = "".join(pick("0123456789") for _ in range(4 if num[:2] in ("34", "37") else 3))
    asr = chance(0.6)
    c.say("agent", greet(pick(["retail", "travel", "telecom", "utilities"])) if asr else "Hi, how can I help today?")
    if asr:
        c.say("customer", "i want to book the, the extra bags, and pay with card")
        c.say("agent", "sure, card number when you're ready")
        c.say("customer", V(say_groups(chunks(num, grp), filler=0.3, homo=0.2, mix=0.2), "CARD_NUMBER", num))
    else:
        c.say("customer", "need to update my payment card, new one is ", V(type_card(num, grp), "CARD_NUMBER", num))
    et, ec = render_expiry(m, y, asr)
    c.say("agent", pick(["and the expiry date", "expiry?", "when does it expire"]))
    if ec is None and re.fullmatch(r"[a-z]+", et):
        c.say("customer", pick(["month is ", "it's month "]), V(et, "EXPIRY"))
        c.say("agent", pick(["and the year", "year?"]))
        c.say("customer", V("twenty " + say_pair("%02d" % y, True, "oh"), "EXPIRY"))
    else:
        c.say("customer", pick(["", "it's ", "expires ", "exp "]), V(et, "EXPIRY", ec))
    c.say("agent", pick(["and the three digits on the back", "and the security code please",
                         "last thing, the cvv"]))
    ct = say_single(cvv, homo=0.25, dbl=0.6) if asr else cvv
    c.say("customer", pick(["", "it's ", "that's "]), V(ct, "CVV", cvv))
    c.note = "card + expiry + CVV (%s)" % ("ASR" if asr else "chat")


def p_ssn_chat(c):
    s = gen_ssn()
    f = pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"]) % (s[:3], s[3:5], s[5:])
    lab = pick(["SSN: ", "my social is ", "soc sec # ", "ssn ", "Social Security Number - ", "SS#"])
    c.say("agent", pick(["To verify your identity, please provide your Social Security number.",
                         "Can I get the SSN on the account?"]))
    c.say("customer", lab, V(f, "SSN", s), pick(["", " thanks", ". DOB too?", " (primary holder)"]))
    if chance(0.4):
        d, m, y = gen_dob()
        c.say("agent", "And date of birth?")
        c.say("customer", V(render_dob(d, m, y, False), "DOB"))
    c.note = "typed SSN (%s)" % pick(["government services", "healthcare billing", "banking", "insurance"])


def p_ssn_asr(c):
    s = gen_ssn()
    parts = [s[:3], s[3:5], s[5:]]
    c.say("agent", greet(pick(["government", "healthcare", "banking", "insurance"])))
    c.say("customer", "hi i got a letter about my, um, my benefits")
    c.say("agent", "ok can i take your social security number please")
    st = R.random()
    if st < 0.5:
        gid = c.group("SSN", s)
        c.say("customer", "yeah it's ", V(say_group(parts[0], False), "SSN", parts[0], gid))
        c.say("agent", pick(BACK))
        c.say("customer", V(say_group(parts[1], False) + pick(["", " ", " um "]).rstrip() + (" " if False else "")
                            , "SSN", parts[1], gid), pick(["", ", hold on let me find it, "]))
        c.say("customer", V(say_group(parts[2], True), "SSN", parts[2], gid))
    elif st < 0.75:
        c.say("customer", "sure it's ", V(say_hundreds(parts[0], False) + ", " + say_pairs(parts[1]) + ", " +
                                          say_pairs(parts[2]), "SSN", s))
    else:
        c.say("customer", V(say_groups(parts, filler=0.4, homo=0.25, mix=0.3), "SSN", s),
              pick(["", " i think", " yeah"]))
    if chance(0.5):
        c.say("agent", "let me just repeat that, ", V(say_single(s, dbl=0.0), "SSN", s))
    c.note = "spoken SSN, groups / hundreds / homophones"


def p_ni_chat(c):
    ni = gen_ni()
    f = pick(["%s %s %s %s %s", "%s%s%s%s%s", "%s-%s-%s-%s-%s"]) % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if chance(0.4):
        f = f.lower()
    lab = pick(["NI no: ", "my national insurance number is ", "NINO ", "NI - ", "ni number "])
    c.say("agent", "Could you confirm your National Insurance number?")
    c.say("customer", lab, V(f, "NI_NUMBER", ni), pick(["", " cheers", " - on my p60"]))
    c.note = "typed NI number"


def p_ni_asr(c):
    ni = gen_ni()
    mode = pick(["nato", "name", "plain", "mix"])

    def letters(s):
        return " ".join(say_letter(L, mode if mode != "mix" else pick(["nato", "name", "plain"])) for L in s)
    c.say("agent", greet(pick(["government", "banking", "healthcare"])))
    c.say("customer", "i'm phoning about my tax code")
    c.say("agent", "can i take your national insurance number")
    digits = say_groups([ni[2:4], ni[4:6], ni[6:8]], filler=0.3, homo=0.2, mix=0.2)
    if chance(0.5):
        gid = c.group("NI_NUMBER", ni)
        c.say("customer", "yeah it's ", V(letters(ni[:2]), "NI_NUMBER", ni[:2], gid))
        c.say("agent", pick(BACK))
        c.say("customer", V(digits, "NI_NUMBER", ni[2:8], gid))
        c.say("agent", pick(["and the last letter", "and the letter at the end"]))
        c.say("customer", V(letters(ni[8]), "NI_NUMBER", ni[8], gid))
    else:
        c.say("customer", V(letters(ni[:2]) + " " + digits + " " + letters(ni[8]), "NI_NUMBER", ni))
    # read back, sometimes with a misheard letter corrected
    if chance(0.6):
        L0 = ni[0]
        alt = {"B": "P", "P": "B", "M": "N", "N": "M", "S": "X", "T": "C", "C": "T", "E": "H", "H": "E",
               "A": "J", "J": "A", "Y": "W", "W": "Y", "R": "A", "G": "J", "K": "A", "L": "E", "X": "S", "Z": "C"}[L0]
        wrong = alt + ni[1:]
        if NI_RE.fullmatch(wrong):
            c.say("agent", "so that's ", V(" ".join(say_letter(x, "name") if x.isalpha() else ONES[int(x)]
                                                 for x in wrong), "NI_NUMBER", wrong))
            c.say("customer", "no, ", V(say_letter(L0, "nato"), "NI_NUMBER", L0, partial=True),
                  " not ", pick(["", "a "]), say_letter(alt, "nato"))
    c.note = "spoken NI number, letter names / NATO / homophone letters"


def p_bank(c):
    acct = "".join(pick("0123456789") for _ in range(8))
    sc = "".join(pick("0123456789") for _ in range(6))
    asr = chance(0.55)
    c.say("agent", greet(pick(["utilities", "banking", "insurance", "telecom"])) if asr else
          "Hello! To set up the Direct Debit I'll need your bank details.")
    if asr:
        c.say("customer", "i want to set up a direct debit for the, for the monthly")
        c.say("agent", "lovely, sort code first")
        sct = say_groups([sc[:2], sc[2:4], sc[4:]], filler=0.2, homo=0.15)
        c.say("customer", pick(["", "it's ", "sort code is "]), V(sct, "SORT_CODE", sc))
        c.say("agent", "and the account number")
        if chance(0.5):
            gid = c.group("BANK_ACCOUNT", acct)
            c.say("customer", V(say_group(acct[:4], False, homo=0.2), "BANK_ACCOUNT", acct[:4], gid))
            c.say("agent", pick(BACK))
            c.say("customer", V(say_group(acct[4:], True, homo=0.2), "BANK_ACCOUNT", acct[4:], gid))
        else:
            c.say("customer", V(say_groups([acct[:4], acct[4:]], filler=0.3, homo=0.2, mix=0.2),
                                "BANK_ACCOUNT", acct))
        c.say("agent", "and that's for the amount of forty two pounds ten on the first of each month")
    else:
        sct = pick(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        c.say("customer", pick(["sort code ", "S/C: ", "sortcode "]), V(sct, "SORT_CODE", sc),
              pick([" acct no: ", ", account ", " a/c "]), V(acct, "BANK_ACCOUNT", acct))
    c.note = "UK sort code + account number (%s)" % ("ASR" if asr else "chat")


def p_bank_us(c):
    acct = "".join(pick("0123456789") for _ in range(R.randint(9, 12)))
    c.say("agent", "What's the checking account number for the autopay?")
    if chance(0.5):
        c.say("customer", pick(["acct no: ", "account # ", "Acct "]), V(acct, "BANK_ACCOUNT", acct),
              " routing 021000021")
        c.note = "US account number typed; routing number left unlabelled"
    else:
        c.say("customer", "it's ", V(say_groups(chunks(acct, [3] * (len(acct) // 3) + ([len(acct) % 3] if len(acct) % 3 else [])),
                                            filler=0.3, homo=0.2, mix=0.2), "BANK_ACCOUNT", acct))
        c.note = "US account number spoken"


def p_iban(c):
    ib = gen_iban()
    asr = chance(0.5)
    c.say("agent", pick(["For the refund I need your IBAN please.", "can i get the iban for the refund"]))
    if not asr:
        t = " ".join(ib[k:k + 4] for k in range(0, len(ib), 4))
        st = R.random()
        if st < 0.3:
            t = ib
        elif st < 0.5:
            t = t.lower()
        c.say("customer", pick(["IBAN: ", "iban ", "its ", "IBAN is "]), V(t, "IBAN", ib))
    else:
        mode = pick(["name", "plain", "nato"])
        lets = lambda s: " ".join(say_letter(L, mode) if L.isalpha() else digit_word(L, "oh") for L in s)
        head = lets(ib[:2]) + " " + say_pairs(ib[2:4], last=False)
        rest = ib[4:]
        toks = []
        k = 0
        while k < len(rest):
            if rest[k].isalpha():
                j = k
                while j < len(rest) and rest[j].isalpha():
                    j += 1
                toks.append(lets(rest[k:j]))
                k = j
            else:
                j = k
                while j < len(rest) and rest[j].isdigit() and j - k < 4:
                    j += 1
                toks.append(say_group(rest[k:j], False, homo=0.1, mix=0.1))
                k = j
        gid = c.group("IBAN", ib)
        half = len(toks) // 2
        c.say("customer", "ok so it's ", V(head + " " + " ".join(toks[:half]), "IBAN",
                                           ib[:4] + "".join(rest[:0]) + normalise(" ".join(toks[:half])), gid))
        c.say("agent", pick(BACK))
        c.say("customer", V(" ".join(toks[half:]), "IBAN", normalise(" ".join(toks[half:])), gid))
    c.note = "IBAN %s (%s)" % (ib[:2], "ASR split" if asr else "chat")


def p_phone(c):
    num, g = gen_phone()
    asr = chance(0.55)
    c.say("agent", pick(["what's the best number to reach you on", "Can I get a contact number?",
                         "and a phone number for the delivery driver"]))
    if asr:
        t = say_phone(g)
        if chance(0.4):
            gid = c.group("PHONE", num)
            k = 2 if len(g) > 3 else 1
            a = "".join(g[:k])
            b = "".join(g[k:])
            t1 = say_phone(g[:k])
            t2 = say_phone(g[k:])
            c.say("customer", "yeah it's ", V(t1, "PHONE", a, gid))
            c.say("agent", pick(BACK))
            c.say("customer", V(t2, "PHONE", b, gid), pick(["", " that's my mobile"]))
        else:
            c.say("customer", pick(["it's ", "", "mobile's "]), V(t, "PHONE", num),
                  pick(["", " but i'm usually at work till six", " or email is fine"]))
    else:
        c.say("customer", pick(["tel: ", "mob ", "call me on ", "my number is ", "ph: "]), V(type_phone(g), "PHONE", num))
    c.note = "phone %s (%s)" % ("international" if num.startswith("+") else "national", "ASR" if asr else "chat")


def p_email(c):
    e = gen_email()
    asr = chance(0.55)
    c.say("agent", pick(["and an email address for the confirmation", "What email should we send the receipt to?"]))
    if asr:
        c.say("customer", pick(["it's ", "yeah it's ", ""]), V(say_email(e), "EMAIL", e),
              pick(["", " all lower case", " all one word"]))
        if chance(0.4):
            c.say("agent", "lovely so ", V(say_email(e), "EMAIL", e))
    else:
        t = e if chance(0.6) else e[0].upper() + e[1:]
        c.say("customer", pick(["email: ", "", "use ", "its "]), V(t, "EMAIL", e), pick(["", " thanks", "."]))
    c.note = "email (%s)" % ("spoken" if asr else "typed")


def p_dob(c):
    d, m, y = gen_dob()
    asr = chance(0.6)
    c.say("agent", pick(["can you confirm your date of birth", "For security, what's your date of birth?"]))
    c.say("customer", pick(["", "it's ", "yeah ", "born on "]), V(render_dob(d, m, y, asr), "DOB"),
          pick(["", " ", " and i've been with you since twenty nineteen"]).rstrip())
    c.note = "date of birth (%s)" % ("spoken" if asr else "typed")


def p_address_uk(c):
    house = R.randint(1, 240)
    st = pick(STREETS)
    po, pi = gen_uk_postcode()
    asr = chance(0.6)
    c.say("agent", pick(["and the first line of the address", "What's the property address?"]))
    if asr:
        hn = say_hundreds("%03d" % house, True) if house >= 100 and chance(0.5) else say_pairs(str(house))
        flat = ("flat " + ONES[R.randint(1, 9)] + pick([", ", " "])) if chance(0.3) else ""
        c.say("customer", pick(["it's ", "", "uh "]), V(flat + hn + " " + st.lower(), "ADDRESS"),
              " " + pick(TOWNS).lower())
        c.say("agent", "and the postcode")
        mode = pick(["name", "mix", "plain", "nato"])
        c.say("customer", V(say_postcode(po, pi, mode), "POSTCODE", po + pi))
    else:
        flat = pick(["", "", "Flat 3, ", "flat 12b ", "Apt 4, "])
        c.say("customer", V(flat + str(house) + " " + (st if chance(0.7) else st.lower()), "ADDRESS"), ", " +
              pick(TOWNS) + pick([", ", " "]), V(po + pick([" ", "", " "]) + pi, "POSTCODE", po + pi))
    c.note = "UK address + postcode (%s)" % ("ASR" if asr else "chat")


def p_address_us(c):
    house = R.randint(10, 9800)
    st = pick(US_STREETS)
    z = gen_zip()
    asr = chance(0.5)
    c.say("agent", pick(["What's the billing address?", "and the mailing address on file"]))
    if asr:
        h = str(house)
        hn = say_pairs(h) if len(h) % 2 == 0 else say_hundreds(h, True) if len(h) == 3 else say_single(h)
        c.say("customer", V(hn + " " + st.lower(), "ADDRESS"), " " + pick(US_TOWNS).lower() + " ",
              V(say_single(z, homo=0.15), "POSTCODE", z))
    else:
        zz = z + ("-%04d" % R.randint(1, 9999) if chance(0.3) else "")
        c.say("customer", V("%d %s" % (house, st), "ADDRESS"), ", %s, %s " % (pick(US_TOWNS), pick(["TX", "CO", "OH", "OR"])),
              V(zz, "POSTCODE", zz.replace("-", "")))
    c.note = "US address + ZIP (%s)" % ("ASR" if asr else "chat")


def p_postcode_misheard(c):
    po, pi = gen_uk_postcode()
    full = po + pi
    c.say("agent", "what's the postcode there")
    c.say("customer", V(say_postcode(po, pi, "name"), "POSTCODE", full))
    L = next((ch for ch in pi[1:] if ch in "BPDTSF"), None)
    if L:
        alt = {"B": "P", "P": "B", "D": "T", "T": "D", "S": "F", "F": "S"}[L]
        wrong = po + pi.replace(L, alt, 1)
        c.say("agent", "sorry was that ", V(say_postcode(po, pi.replace(L, alt, 1), "name"), "POSTCODE", wrong))
        c.say("customer", "no ", V(L.lower() + " for " + pick(PHONETIC[L]), "POSTCODE", L, partial=True))
    c.note = "spoken UK postcode, possibly misheard letter then corrected"


def p_multi(c):
    industry = ind()
    c.say("agent", greet(industry))
    c.say("customer", "hiya, i need to update my details, i've moved")
    c.say("agent", "no bother, can i take your date of birth first")
    d, m, y = gen_dob()
    c.say("customer", V(render_dob(d, m, y, True), "DOB"))
    c.say("agent", "and the new address")
    house = R.randint(1, 99)
    st = pick(STREETS)
    po, pi = gen_uk_postcode()
    c.say("customer", V(say_pairs(str(house)) + " " + st.lower(), "ADDRESS"), pick([" in ", ", "]),
          pick(TOWNS).lower(), ", ", V(say_postcode(po, pi, "mix"), "POSTCODE", po + pi))
    num, g = gen_phone(pick(["ukmob", "ukmob_i"]))
    c.say("agent", "and is the mobile still the same")
    c.say("customer", "no it's changed it's ", V(say_phone(g), "PHONE", num), pick(["", " now"]))
    if chance(0.5):
        e = gen_email()
        c.say("agent", "and email")
        c.say("customer", V(say_email(e), "EMAIL", e))
    if industry in ("banking", "government") and chance(0.7):
        ni = gen_ni()
        c.say("agent", "last thing, national insurance number")
        c.say("customer", V(" ".join(say_letter(x, "name") for x in ni[:2]) + " " +
                            say_groups([ni[2:4], ni[4:6], ni[6:8]], filler=0.2) + " " + say_letter(ni[8], "name"),
                            "NI_NUMBER", ni))
    c.note = "change-of-details call (%s): DOB, address, postcode, phone, more" % industry


def p_card_with_noise(c):
    """Positive with unlabelled non-PII numbers around the card."""
    num, grp = gen_card()
    order = "".join(pick("0123456789") for _ in range(10))
    c.say("customer", "order #" + order + " - payment failed, trying again with ",
          V(type_card(num, grp), "CARD_NUMBER", num), " for \u00a3" + str(R.randint(10, 900)) + ".99")
    c.say("agent", "Thanks. I can see order " + order + " is still open; I'll retry the card ending ",
          V(num[-4:], "CARD_NUMBER", num[-4:], partial=True), " now.")
    c.note = "card next to long order number and amount (order/amount unlabelled)"


def p_ssn_aside(c):
    s = gen_ssn()
    c.say("agent", "ok and the social")
    z = zw()
    a = say_group(s[:3], False, z=z)
    b = say_group(s[3:5], False, z=z)
    cc = say_group(s[5:], True, z=z)
    gid = c.group("SSN", s)
    c.say("customer", V(a + " " + b, "SSN", s[:5], gid), pick([" hang on my dog's going mental, ", " sorry, one sec, ",
                                                            " wait is it, yeah, "]), V(cc, "SSN", s[5:], gid))
    c.say("agent", pick(["thanks", "got it thank you"]))
    c.note = "SSN reading interrupted by an aside inside one turn"


# ---------------------------------------------------------------- negative templates
def n_amount(c):
    a = R.randint(100, 99999)
    c.say("agent", pick(["your outstanding balance is ", "the total comes to ", "that's a refund of "]) +
          pick(["\u00a3", "$", "\u20ac", ""]) + "{:,}".format(a) + "." + "%02d" % R.randint(0, 99))
    c.say("customer", pick(["and how much is the monthly", "seriously? it was less last month"]))
    c.say("agent", "the monthly is " + say_hundreds("%03d" % R.randint(100, 999), True) + " pounds " +
          say_pair("%02d" % R.randint(11, 99), True, "oh"))
    c.note = "balances and amounts, spoken and typed"


def n_ref_long(c):
    lab = pick(["order number", "reference", "ticket", "invoice", "claim number", "tracking number",
                "booking ref", "case number", "policy number", "confirmation code"])
    body = luhn_complete("".join(pick("123456789") for _ in range(15))) if chance(0.5) else \
        "".join(pick("0123456789") for _ in range(R.randint(9, 18)))
    asr = chance(0.5)
    if asr:
        spoken = say_groups([body[k:k + 4] for k in range(0, len(body), 4)], filler=0.3, homo=0.1)
        c.say("customer", "yeah i've got the " + lab + " here it's " + spoken)
        c.say("agent", "and that " + lab + " again was " + say_single(body[-6:], dbl=0) + " at the end")
    else:
        c.say("customer", lab.title() + ": " + " ".join(body[k:k + 4] for k in range(0, len(body), 4)))
        c.say("agent", "Thanks, I've found " + lab + " " + body + ".")
    c.note = "%s read like a card number but labelled as %s" % (lab, lab)


def n_last4(c):
    l4 = "".join(pick("0123456789") for _ in range(4))
    asr = chance(0.5)
    c.say("agent", "i can see a payment on the card ending " + (say_single(l4, dbl=0.3) if asr else l4))
    c.say("customer", pick(["yeah the one ending in ", "is that the visa ending ", "no my card ends "]) +
          (say_pairs(l4) if asr else l4))
    c.note = "card last-four only, never a full card"


def n_times(c):
    c.say("agent", pick(["we're open eight till eight monday to friday and nine to five on saturday",
                         "Our lines are open 08:00-20:00 Mon-Fri, 09:00-17:00 Sat",
                         "the engineer will come between seven thirty and twelve on the fourteenth"]))
    c.say("customer", pick(["is that 24/7 for emergencies", "can it be after 5.30 pm", "ok i'll be in from half ten"]))
    c.say("agent", "the wait time is about " + pick(["forty five minutes", "1 hr 20", "twenty to thirty mins"]))
    c.note = "opening hours, times, durations"


def n_meter(c):
    r = "".join(pick("0123456789") for _ in range(R.randint(5, 6)))
    serial = pick(["E", "K", "S"]) + "%02d" % R.randint(0, 99) + "W" + "".join(pick("0123456789") for _ in range(6))
    asr = chance(0.5)
    if asr:
        c.say("customer", "the meter reading is " + say_groups([r[:3], r[3:]], filler=0.4, homo=0.2))
        c.say("agent", "and the serial on the meter, the long one")
        c.say("customer", " ".join(say_letter(ch, "name") if ch.isalpha() else digit_word(ch, "oh") for ch in serial))
    else:
        c.say("customer", "Meter reading: " + r + " (serial " + serial + ")")
        c.say("agent", "Thanks, reading of " + r + " submitted for meter " + serial + ".")
    c.note = "meter reading and meter serial"


def n_travel(c):
    fl = pick(["BA", "EI", "FR", "UA", "LH"]) + str(R.randint(100, 9999))
    c.say("agent", "your flight " + fl + " departs from gate " + pick(["B", "C", "A"]) + str(R.randint(1, 60)) +
          " at " + "%02d:%02d" % (R.randint(5, 22), pick([0, 15, 30, 45])) + ", seat " + str(R.randint(1, 40)) +
          pick("ACDF"))
    c.say("customer", "and the hotel room is " + say_hundreds(str(R.randint(101, 999)), True) +
          "? we're arriving on the " + ordinal(R.randint(1, 28)) + " of " + pick(MONTHS))
    c.say("agent", "yes, and the booking reference is " + "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))
    c.note = "flight, gate, seat, room, appointment date, booking ref"


def n_misc_numbers(c):
    age = R.randint(18, 95)
    c.say("customer", pick(["my mum is ", "she's "]) + say_pair(str(age), True, "oh") +
          pick([" and she's been with you since ", " and has had the policy since "]) + str(R.randint(1975, 2022)))
    c.say("agent", pick(["the rate is going up by ", "that's an increase of "]) + str(R.randint(2, 19)) + "." +
          str(R.randint(0, 9)) + pick(["%", " percent"]) + " from the " + ordinal(R.randint(1, 28)) + " of " +
          pick(MONTHS))
    c.say("customer", "it was " + pick(["minus four", "thirty one degrees", "eighteen degrees"]) +
          " in the house, the heating was on " + pick(["twenty two", "21"]))
    c.note = "ages, years, percentages, temperatures, dates"


def n_model_serial(c):
    model = pick(["WM", "KX", "SM-G", "HP"]) + str(R.randint(1000, 99999))
    serial = "".join(pick("0123456789") for _ in range(R.randint(12, 16)))
    c.say("customer", "the model number is " + model + " and the serial number is " +
          (serial if chance(0.5) else say_groups([serial[k:k + 4] for k in range(0, len(serial), 4)], filler=0.2)))
    c.say("agent", "ok that serial " + serial[:4] + " ... is still under warranty until " + str(R.randint(2026, 2030)))
    c.note = "model and long serial numbers"


def n_roads(c):
    c.say("customer", pick(["the leak is on ", "there's a streetlight out on ", "the bins weren't collected on "]) +
          pick(STREETS) + pick([" near the junction with ", " by "]) + pick(STREETS))
    c.say("agent", "ok i've logged that as job " + str(R.randint(100000, 999999)) + " for " + pick(STREETS).lower())
    c.note = "road names without house numbers, job number"


def n_sortlike(c):
    v = "".join(pick("0123456789") for _ in range(6))
    c.say("agent", pick(["your customer reference is ", "the ticket number is ", "your PIN reset code has been sent, "
                         "the case id is "]) + "%s-%s-%s" % (v[:2], v[2:4], v[4:]))
    c.say("customer", "so " + say_pairs(v) + " for the " + pick(["ticket", "reference", "case"]) + ", ok")
    c.note = "six-digit reference formatted like a sort code"


def n_phone_like(c):
    v = "0" + "".join(pick("0123456789") for _ in range(10))
    c.say("customer", pick(["Account reference ", "Customer number ", "Contract no. "]) + v[:5] + " " + v[5:])
    c.say("agent", "and the contract runs for " + pick(["24 months", "eighteen months", "two years"]) +
          " ending " + pick(MONTHS).title() + " " + str(R.randint(2026, 2029)))
    c.note = "11-digit account reference shaped like a UK phone number; contract dates"


NEG_TEMPLATES = [n_amount, n_ref_long, n_last4, n_times, n_meter, n_travel, n_misc_numbers,
                 n_model_serial, n_roads, n_sortlike, n_phone_like]
POS_PLAN = [(p_card_chat, 22), (p_card_asr_split, 22), (p_card_correction, 8), (p_card_exp_cvv, 16),
            (p_card_with_noise, 6), (p_ssn_chat, 14), (p_ssn_asr, 14), (p_ssn_aside, 6), (p_ni_chat, 12),
            (p_ni_asr, 18), (p_bank, 14), (p_bank_us, 6), (p_iban, 14), (p_phone, 18), (p_email, 14),
            (p_dob, 12), (p_address_uk, 10), (p_address_us, 8), (p_postcode_misheard, 6), (p_multi, 12)]
N_NEG = 110


def generate():
    out = []
    pos = []
    for fn, n in POS_PLAN:
        for _ in range(n):
            c = Case("positive", "")
            fn(c)
            pos.append(c)
    R.shuffle(pos)
    for i, c in enumerate(pos, 1):
        out.append(build(c, "h418-pos-%03d" % i))
    for i in range(1, N_NEG + 1):
        c = Case("negative", "")
        NEG_TEMPLATES[(i - 1) % len(NEG_TEMPLATES)](c)
        out.append(build(c, "h418-neg-%03d" % i))
    return out


def serialise(cases):
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec, _, _ in cases)


# ---------------------------------------------------------------- check
def check(cases, data):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != data:
            errs.append("cases.jsonl is not byte-identical to a fresh generation")
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for rec, meta, groups in cases:
        cid = rec["id"]
        if cid in ids:
            errs.append("duplicate id " + cid)
        ids.add(cid)
        if rec["kind"] == "positive":
            npos += 1
            if not rec["spans"]:
                errs.append(cid + ": positive without spans")
        else:
            nneg += 1
            if rec["spans"]:
                errs.append(cid + ": negative with spans")
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        byturn = {}
        for sp in rec["spans"]:
            text = rec["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errs.append("%s: span out of range" % cid)
                continue
            if not ((text[s].isalnum() or text[s] in "+(") and text[e - 1].isalnum()):
                errs.append("%s: span edges not alnum %r" % (cid, text[s:e]))
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, text[s:e]))
            if sp["type"] not in TYPES:
                errs.append(cid + ": bad type")
            byturn.setdefault(sp["turn"], []).append((s, e))
            counts[sp["type"]] += 1
        for lst in byturn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append(cid + ": overlapping spans")
        # value validation
        gparts = {}
        for m in meta:
            text = m["t"]
            typ = m["type"]
            try:
                if typ == "EMAIL":
                    got = normalise_email(text)
                elif m["canon"] is not None:
                    got = normalise(text)
                else:
                    got = None
            except ValueError as ex:
                errs.append("%s: %s" % (cid, ex))
                continue
            if m["canon"] is not None and got != m["canon"]:
                errs.append("%s: %s %r normalises to %r, expected %r" % (cid, typ, text, got, m["canon"]))
            if not validate_text(typ, text):
                errs.append("%s: %s text fails lenient check %r" % (cid, typ, text))
            if typ in ("DOB", "ADDRESS") or (typ == "EXPIRY" and m["canon"] is None) or m["partial"]:
                if m["partial"] and m["canon"] is not None and not re.fullmatch(r"[A-Z0-9]+", m["canon"]):
                    errs.append(cid + ": bad partial")
                continue
            if m["gid"]:
                gparts.setdefault(m["gid"], []).append(m["canon"])
            elif not validate_value(typ, m["canon"]):
                errs.append("%s: invalid %s value %r" % (cid, typ, m["canon"]))
        for gid, parts in gparts.items():
            typ, full = groups[gid]
            if "".join(parts) != full:
                errs.append("%s: split %s pieces %r do not join to %r" % (cid, typ, parts, full))
            if not validate_value(typ, full):
                errs.append("%s: invalid split %s value %r" % (cid, typ, full))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d positive, %d negative" % (npos, nneg))
    for t in TYPES:
        need = 70 if t == "CARD_NUMBER" else 30 if t in ("SSN", "NI_NUMBER") else 10
        if counts[t] < need:
            errs.append("too few %s spans: %d < %d" % (t, counts[t], need))
    return errs, counts, npos, nneg


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    cases = generate()
    data = serialise(cases)
    if not args.check:
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "w", encoding="utf-8") as fh:
            fh.write(data)
    errs, counts, npos, nneg = check(cases, data)
    print("positive=%d negative=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    if errs:
        for e in errs[:60]:
            print("ERROR", e)
        print("%d errors" % len(errs))
        return 1
    print("OK" + (" (--check passed)" if args.check else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

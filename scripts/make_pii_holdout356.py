#!/usr/bin/env python3
"""Generate the pii_holdout356 held-out PII redaction evaluation set.

Written by an AI helper acting as an independent test author (it never saw
the redaction engine).  Standard library only; one RNG: random.Random(356241125).

Usage:
    python scripts/make_pii_holdout356.py           # write the fixture
    python scripts/make_pii_holdout356.py --check   # regenerate + verify
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout356", "cases.jsonl")

R = random.Random(356241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- building
class L(tuple):
    """Labelled value segment: L((text, type))."""


def lab(text, typ):
    return L((text, typ))


def build_case(cid, kind, turns, note):
    out_turns, spans = [], []
    for ti, (speaker, parts) in enumerate(turns):
        text = ""
        for p in parts:
            if isinstance(p, L):
                val, typ = p
                # move leading / trailing non-alphanumerics out of the span
                m = re.match(r"^([^A-Za-z0-9]*)(.*?)([^A-Za-z0-9]*)$", val, re.S)
                pre, core, post = m.group(1), m.group(2), m.group(3)
                text += pre
                start = len(text)
                text += core
                spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
                text += post
            else:
                text += p
        out_turns.append({"speaker": speaker, "text": text})
    return {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}


# ---------------------------------------------------------------- accents
ACCENTS = {
    "indian": dict(zeros=["zero"], dbl=0.7, fill=["uh", "um", "ah"],
                   ok=["okay sir", "yes ma'am", "ok ok", "haan okay"],
                   pre=["my good name is {n} and ", "kindly note, ", "actually ", ""],
                   at=["at the rate", "at the rate of", "at"]),
    "nigerian": dict(zeros=["zero", "oh"], dbl=0.6, fill=["ehm", "em", "ah"],
                     ok=["okay o", "alright", "yes please", "ehen"],
                     pre=["please ", "sorry to bother you, ", "ehen, ", ""],
                     at=["at"]),
    "scottish": dict(zeros=["oh", "zero"], dbl=0.5, fill=["erm", "eh", "er"],
                     ok=["aye", "aye nae bother", "right", "aye that's it"],
                     pre=["aye, ", "right so ", "och, ", ""], at=["at"]),
    "irish": dict(zeros=["oh", "zero"], dbl=0.5, fill=["em", "ehm", "erm"],
                  ok=["grand", "grand so", "yeah", "lovely"],
                  pre=["so ", "yeah so ", "right so it's ", ""], at=["at"]),
    "australian": dict(zeros=["oh", "zero"], dbl=0.5, fill=["um", "ah", "er"],
                       ok=["yep", "no worries", "yeah nah that's right", "righto"],
                       pre=["yeah so ", "righto, ", ""], at=["at"]),
    "us_southern": dict(zeros=["oh", "zero"], dbl=0.15, fill=["uh", "um", "well"],
                        ok=["yes ma'am", "yes sir", "uh huh", "alrighty"],
                        pre=["well ", "okay so ", "I reckon it's ", ""], at=["at"]),
    "learner": dict(zeros=["zero"], dbl=0.3, fill=["eh", "euh", "em"],
                    ok=["yes", "yes is correct", "ok", "yes yes"],
                    pre=["my number it is ", "is ", "so, ", ""], at=["at"]),
    "english": dict(zeros=["oh", "nought", "zero"], dbl=0.5, fill=["erm", "um", "er"],
                    ok=["yep", "lovely", "that's it", "yeah"],
                    pre=["yeah it's ", "right, ", ""], at=["at"]),
    "us": dict(zeros=["oh", "zero"], dbl=0.1, fill=["uh", "um", "like"],
               ok=["yup", "uh huh", "correct", "yeah"],
               pre=["yeah it's ", "okay ", ""], at=["at"]),
}
ACC_NAMES = sorted(ACCENTS)

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
FILLERS = {"um", "uh", "erm", "er", "eh", "em", "ehm", "ah", "euh", "hmm", "like", "well"}


def dw(d, z):
    return z if d == "0" else UNITS[int(d)]


def two(ch, z):
    """two-digit chunk as a pair word, or None."""
    a, b = ch
    if a == "0":
        return None if b == "0" else z + " " + UNITS[int(b)]
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return None
    return TENS[int(a)] + " " + UNITS[int(b)]


def three(ch, z, us):
    if ch[0] == "0":
        return None
    rest = ch[1:]
    if rest == "00":
        return None
    if rest[0] == "0":
        tail = UNITS[int(rest[1])]
    else:
        tail = two(rest, z)
        if tail is None:
            return None
    return UNITS[int(ch[0])] + " hundred " + ("" if us else "and ") + tail


def singles(ch, z, dbl, rng):
    out, i = [], 0
    while i < len(ch):
        j = i
        while j < len(ch) and ch[j] == ch[i]:
            j += 1
        run = j - i
        w = dw(ch[i], z)
        if run >= 3 and rng.random() < dbl:
            out.append("triple " + w)
            i += 3
        elif run >= 2 and rng.random() < dbl:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def say(ds, acc, rng, groups=None, pairs=0.2, hund=0.1, fill=0.0, sep=None):
    """Render a digit string the way a caller might say it."""
    A = ACCENTS[acc]
    z = rng.choice(A["zeros"])
    us = acc in ("us", "us_southern")
    if groups is None:
        groups = [len(ds)]
    chunks, i = [], 0
    for g in groups:
        chunks.append(ds[i:i + g])
        i += g
    if i < len(ds):
        chunks.append(ds[i:])
    words = []
    for ch in chunks:
        r = rng.random()
        w = None
        if len(ch) == 3 and r < hund:
            w = three(ch, z, us)
        elif len(ch) % 2 == 0 and r < hund + pairs:
            ps = [two(ch[k:k + 2], z) for k in range(0, len(ch), 2)]
            if all(ps):
                w = " ".join(ps)
        if w is None:
            w = singles(ch, z, A["dbl"], rng)
        words.append(w)
    s = sep if sep is not None else rng.choice([" ", ", ", " ", "... "])
    out = words[0]
    for w in words[1:]:
        if fill and rng.random() < fill:
            out += " " + rng.choice(A["fill"]) + " " + w
        else:
            out += s + w
    return out


def typed_digits(ds, rng, groups, seps=(" ", "-", " ", "", ".")):
    s = rng.choice(seps)
    out, i = [], 0
    for g in groups:
        out.append(ds[i:i + g])
        i += g
    if i < len(ds):
        out.append(ds[i:])
    return s.join(x for x in out if x)


NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu"}
FORW = {"a": ["apple", "alpha"], "b": ["bombay", "boy", "bravo", "bertie"],
        "c": ["charlie", "cat", "chennai"], "d": ["delhi", "david", "dog"],
        "e": ["echo", "edward", "egg"], "f": ["freddie", "fox"], "g": ["george", "golf", "goa"],
        "h": ["harry", "hotel"], "j": ["juliet", "jack", "japan"], "k": ["king", "kilo", "kolkata"],
        "l": ["london", "lima", "lagos"], "m": ["mother", "mike", "mumbai"], "n": ["nancy", "nigeria"],
        "o": ["orange", "oscar"], "p": ["peter", "papa", "pune"], "q": ["queen", "quebec"],
        "r": ["robert", "romeo"], "s": ["sugar", "sierra", "sam"], "t": ["tommy", "tango", "tom"],
        "w": ["william", "whiskey"], "x": ["xylophone"], "y": ["yellow", "yankee"],
        "z": ["zebra", "zulu"]}


def say_letter(c, rng, mode):
    c = c.lower()
    if c == "o" or mode == "for":
        return c + rng.choice([" for ", " for ", " as in "]) + rng.choice(FORW.get(c, [NATO[c]]))
    if mode == "nato":
        return NATO[c]
    if c == "h" and rng.random() < 0.4:
        return rng.choice(["aitch", "haitch"])
    if c == "z" and rng.random() < 0.5:
        return rng.choice(["zed", "zee"])
    return c


def say_alnum(s, acc, rng, mode=None, z=None):
    """Letters and digits, one by one, letters possibly with 'x for ...'."""
    A = ACCENTS[acc]
    z = z or rng.choice(A["zeros"])
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(singles(s[i:j], z, A["dbl"], rng))
            i = j
        else:
            m = mode or rng.choice(["plain", "plain", "for", "nato"])
            out.append(say_letter(c, rng, m))
            i += 1
    return " ".join(out)


# ---------------------------------------------------------------- normalising
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
LETTERWORD = {v: k for k, v in NATO.items()}
LETTERWORD.update({"alfa": "a", "juliett": "j", "whisky": "w", "aitch": "h", "haitch": "h",
                   "zed": "z", "zee": "z"})
SKIP = FILLERS | {"plus", "slash", "dash", "hyphen", "stroke", "and", "space", "capital", "small"}


def normalise(text, letters=False, email=False):
    """Return (string, ok).  Turns spoken digits/letters into characters."""
    toks = re.findall(r"[a-z]+|\d|[@._+\-]", text.lower())
    out = []
    i = 0
    ok = True
    n = len(toks)
    while i < n:
        t = toks[i]
        nx = toks[i + 1] if i + 1 < n else None
        if email:
            if t == "at" and nx == "the" and i + 2 < n and toks[i + 2] == "rate":
                out.append("@")
                i += 3
                if i < n and toks[i] == "of":
                    i += 1
                continue
            if t == "at":
                out.append("@"); i += 1; continue
            if t in ("dot", "point"):
                out.append("."); i += 1; continue
            if t == "underscore":
                out.append("_"); i += 1; continue
            if t in ("dash", "hyphen"):
                out.append("-"); i += 1; continue
            if t in "@._+-":
                out.append(t); i += 1; continue
        if len(t) == 1 and t.isalpha() and nx == "for" and i + 2 < n:
            out.append(t); i += 3; continue
        if len(t) == 1 and t.isalpha() and nx == "as" and i + 3 < n and toks[i + 2] == "in":
            out.append(t); i += 4; continue
        if t in ("double", "triple") and nx is not None:
            k = 2 if t == "double" else 3
            if nx == "u" and t == "double":
                out.append("w"); i += 2; continue
            if nx in WORDNUM and not (email and nx == "o"):
                out.append(WORDNUM[nx] * k); i += 2; continue
            if len(nx) == 1 and nx.isalpha():
                out.append(nx * k); i += 2; continue
        if t.isdigit():
            out.append(t); i += 1; continue
        if t in UNITS[1:] and nx in ("hundred", "thousand"):
            base = UNITS.index(t)
            width = 3 if nx == "hundred" else 4
            val = base * (100 if nx == "hundred" else 1000)
            i += 2
            if i < n and toks[i] == "and":
                i += 1
            if i < n and toks[i] in TEENS:
                val += 10 + TEENS.index(toks[i]); i += 1
            elif i < n and toks[i] in TENS[2:]:
                val += 10 * TENS.index(toks[i]); i += 1
                if i < n and toks[i] in UNITS[1:]:
                    val += UNITS.index(toks[i]); i += 1
            elif i < n and toks[i] in UNITS[1:]:
                val += UNITS.index(toks[i]); i += 1
            out.append(str(val).zfill(width)); continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t))); i += 1; continue
        if t in TENS[2:]:
            v = TENS.index(t)
            if nx in UNITS[1:]:
                out.append(str(v) + str(UNITS.index(nx))); i += 2; continue
            out.append(str(v) + "0"); i += 1; continue
        if t in WORDNUM and not (email and t == "o"):
            out.append(WORDNUM[t]); i += 1; continue
        if t in SKIP and not email:
            i += 1; continue
        if email and t in FILLERS:
            i += 1; continue
        if t in LETTERWORD and (letters and not email):
            out.append(LETTERWORD[t]); i += 1; continue
        if t.isalpha() and (letters or email):
            out.append(t); i += 1; continue
        if t in "@._+-":
            i += 1; continue
        ok = False
        i += 1
    return "".join(out), ok


def luhn_ok(ds):
    tot = 0
    for i, c in enumerate(reversed(ds)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    s = s.upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._+\-]*@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
STREETS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "close",
           "crescent", "grove", "way", "place", "terrace", "gardens", "court", "boulevard",
           "blvd", "park", "row", "square", "hill", "walk", "mews", "view", "parade", "pike",
           "highway", "strasse", "straat", "quay"}


def validate(typ, text):
    low = text.lower()
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        s, ok = normalise(text)
        if not ok or not s.isdigit():
            return False
        L_ = len(s)
        return {"CARD_NUMBER": 13 <= L_ <= 19 and luhn_ok(s),
                "CVV": L_ in (3, 4), "SSN": L_ == 9, "SORT_CODE": L_ == 6,
                "BANK_ACCOUNT": 6 <= L_ <= 17, "PHONE": 7 <= L_ <= 15}[typ]
    if typ == "IBAN":
        s, ok = normalise(text, letters=True)
        return ok and iban_ok(s)
    if typ == "NI_NUMBER":
        s, ok = normalise(text, letters=True)
        return ok and bool(NI_RE.match(s.upper()))
    if typ == "POSTCODE":
        s, ok = normalise(text, letters=True)
        s = s.upper()
        return ok and bool(UKPC_RE.match(s) or re.match(r"^\d{5}(\d{4})?$", s))
    if typ == "EMAIL":
        s, ok = normalise(text, email=True)
        return ok and bool(EMAIL_RE.match(s))
    if typ == "EXPIRY":
        if any(m in low for m in MONTHS) or re.search(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b", low):
            return bool(re.search(r"\d|twenty|thirty|two thousand", low))
        s, ok = normalise(text)
        if not ok or not s.isdigit() or len(s) not in (3, 4, 6):
            return False
        mm = int(s[:2]) if len(s) != 3 else int(s[0])
        return 1 <= mm <= 12
    if typ == "DOB":
        if any(m in low for m in MONTHS) or re.search(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b", low):
            return True
        if re.match(r"^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}$", low):
            return True
        s, ok = normalise(text)
        return ok and len(s) in (6, 8)
    if typ == "ADDRESS":
        words = set(re.findall(r"[a-z]+", low))
        hasnum = bool(re.search(r"\d", low)) or bool(words & (set(UNITS) | set(TEENS) | set(TENS[2:])))
        return hasnum and bool(words & STREETS)
    return False


# ---------------------------------------------------------------- value makers
def luhn_complete(prefix, length, rng):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def make_card(rng):
    k = rng.random()
    if k < 0.45:
        return luhn_complete("4" + str(rng.randrange(10)), 16, rng), [4, 4, 4, 4]
    if k < 0.7:
        return luhn_complete("5" + str(rng.randint(1, 5)), 16, rng), [4, 4, 4, 4]
    if k < 0.82:
        return luhn_complete(rng.choice(["34", "37"]), 15, rng), [4, 6, 5]
    if k < 0.9:
        return luhn_complete("6011", 16, rng), [4, 4, 4, 4]
    if k < 0.95:
        return luhn_complete("4", 13, rng), [4, 3, 3, 3]
    return luhn_complete("6759", 19, rng), [4, 4, 4, 4, 3]


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(rng):
    while True:
        p = rng.choice(NI1) + rng.choice(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


IBAN_SPEC = [("GB", ["NWBK", "BARC", "MIDL", "HBUK", "LOYD"], 14),
             ("IE", ["AIBK", "BOFI", "IPBS"], 14), ("DE", [""], 18), ("FR", [""], 23),
             ("ES", [""], 20), ("NL", ["ABNA", "RABO", "INGB"], 10)]


def make_iban(rng):
    cc, banks, n = rng.choice(IBAN_SPEC)
    bban = rng.choice(banks) + "".join(str(rng.randrange(10)) for _ in range(n))
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return cc + "%02d" % chk + bban


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def rd(n, rng):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def make_phone(rng, acc):
    """returns (digits-for-speech, typed form, groups)"""
    opts = {
        "english": [("07", 9, [5, 6]), ("+447", 9, [3, 4, 6]), ("020", 8, [3, 4, 4]), ("0161", 7, [4, 3, 4])],
        "scottish": [("07", 9, [5, 6]), ("0141", 7, [4, 3, 4]), ("0131", 7, [4, 3, 4])],
        "irish": [("08", 8, [3, 3, 4]), ("+3538", 8, [3, 2, 3, 4]), ("01", 7, [2, 3, 4])],
        "indian": [("+919", 9, [2, 5, 5]), ("9", 9, [5, 5]), ("07", 9, [5, 6])],
        "nigerian": [("080", 8, [4, 3, 4]), ("+23480", 8, [3, 3, 3, 4]), ("07", 9, [5, 6])],
        "australian": [("04", 8, [4, 3, 3]), ("+614", 8, [2, 3, 3, 3])],
        "us_southern": [("", 10, [3, 3, 4]), ("+1", 10, [1, 3, 3, 4])],
        "us": [("", 10, [3, 3, 4]), ("+1", 10, [1, 3, 3, 4])],
        "learner": [("+49", 10, [2, 2, 8]), ("+336", 8, [2, 1, 2, 2, 2, 2]), ("07", 9, [5, 6])],
    }[acc]
    pre, n, groups = rng.choice(opts)
    body = rd(n, rng)
    if pre == "" or pre == "+1":
        body = str(rng.randint(2, 9)) + rd(2, rng) + "555" + "01" + rd(2, rng)
    full = pre.lstrip("+") + body
    plus = pre.startswith("+")
    i, parts = 0, []
    for g in groups:
        parts.append(full[i:i + g]); i += g
    if i < len(full):
        parts.append(full[i:])
    if not plus and len(full) == 10 and acc in ("us", "us_southern") and rng.random() < 0.5:
        typed = "(%s) %s-%s" % (full[:3], full[3:6], full[6:])
    else:
        typed = ("+" if plus else "") + rng.choice([" ", " ", "-", ""]).join(parts)
    return full, plus, typed, groups


FIRST = {"indian": ["priya", "arjun", "sanjay", "deepika", "rahul", "ananya", "venkat", "lakshmi"],
         "nigerian": ["chinedu", "ngozi", "tunde", "funmilayo", "emeka", "adaeze", "babatunde", "kemi"],
         "scottish": ["callum", "morag", "euan", "kirsty", "fraser", "isla", "hamish"],
         "irish": ["siobhan", "padraig", "aoife", "ciaran", "niamh", "eoin", "grainne"],
         "australian": ["bronwyn", "shane", "kylie", "jarrod", "tegan", "brett"],
         "us_southern": ["tammy", "dale", "jolene", "bubba", "lurleen", "travis", "mary beth"],
         "learner": ["mateusz", "lucia", "thanh", "yusuf", "agnieszka", "joao", "ines"],
         "english": ["gemma", "darren", "harriet", "nigel", "stacey", "olly"],
         "us": ["tyler", "brianna", "marcus", "kayla", "derek", "jenna"]}
LAST = {"indian": ["sharma", "iyer", "reddy", "patel", "krishnan", "banerjee"],
        "nigerian": ["okafor", "adeyemi", "nwosu", "balogun", "eze", "adebayo"],
        "scottish": ["mcleod", "fraser", "campbell", "mackenzie", "robertson"],
        "irish": ["o'brien", "murphy", "kavanagh", "ni bhriain", "fitzgerald"],
        "australian": ["nguyen", "wilson", "kelly", "thompson"],
        "us_southern": ["beauregard", "tucker", "hollis", "pickett"],
        "learner": ["kowalski", "fernandez", "tran", "yilmaz", "silva"],
        "english": ["hughes", "pritchard", "whitworth", "bennett"],
        "us": ["johnson", "ramirez", "cohen", "washington"]}
DOMAINS = {"indian": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
           "nigerian": ["yahoo.com", "gmail.com", "hotmail.com"],
           "scottish": ["btinternet.com", "gmail.com", "hotmail.co.uk"],
           "irish": ["eircom.net", "gmail.com", "hotmail.com"],
           "australian": ["bigpond.com", "gmail.com", "outlook.com.au"],
           "us_southern": ["aol.com", "att.net", "yahoo.com"],
           "learner": ["gmx.de", "wp.pl", "gmail.com", "hotmail.es"],
           "english": ["sky.com", "gmail.com", "btinternet.com", "outlook.com"],
           "us": ["gmail.com", "icloud.com", "comcast.net"]}


def clean(s):
    return re.sub(r"[^a-z]", "", s)


def make_email(rng, acc):
    f = clean(rng.choice(FIRST[acc]))
    l = clean(rng.choice(LAST[acc]))
    d = rng.choice(DOMAINS[acc])
    n = str(rng.randint(1, 99)) if rng.random() < 0.5 else ""
    loc = rng.choice([f + "." + l, f + "_" + l + n, f[0] + l + n, f + l[0] + n, f + "." + l + n,
                      l + "-" + f, f + n])
    return loc + "@" + d


def say_email(e, acc, rng):
    loc, dom = e.split("@")
    A = ACCENTS[acc]
    out = []
    for piece in re.findall(r"[a-z]+|\d+|[._\-]", loc):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append(rng.choice(["underscore", "under score"]) if False else "underscore")
        elif piece == "-":
            out.append(rng.choice(["dash", "hyphen"]))
        elif piece.isdigit():
            out.append(say(piece, acc, rng, pairs=0.6) .replace(" oh", " zero").replace("oh ", "zero ").replace("nought", "zero") if piece[0] != "0" else " ".join("zero" if c == "0" else UNITS[int(c)] for c in piece))
        elif len(piece) == 1:
            out.append(say_letter(piece, rng, rng.choice(["plain", "for"])))
        elif rng.random() < 0.3 and "o" not in piece:
            out.append(piece + " " + " ".join(piece))
        else:
            out.append(piece)
    at = rng.choice(A["at"])
    dparts = dom.split(".")
    ds = " dot ".join(dparts)
    return " ".join(out) + " " + at + " " + ds


def fix_email_speech(spoken):
    # "priya p r i y a" style doubles the name: keep only spelled version for validation
    return spoken


def make_dob(rng):
    y = rng.randint(1938, 2005)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


def say_year(y, acc, rng):
    if y >= 2000:
        return rng.choice(["two thousand and " + UNITS[y - 2000] if y - 2000 < 10 else "two thousand and " + TEENS[y - 2010],
                           "two thousand " + (UNITS[y - 2000] if y < 2010 else TEENS[y - 2010])])
    hi = two(str(y)[:2], "oh")
    lo = two(str(y)[2:], rng.choice(ACCENTS[acc]["zeros"])) or (TENS[int(str(y)[2])] if str(y)[3] == "0" else None)
    if lo is None:
        lo = "hundred"
    return hi + " " + lo


def dob_text(rng, acc, spoken):
    y, m, d = make_dob(rng)
    mon = MONTHS[m - 1]
    if spoken:
        k = rng.randrange(5)
        yr = say_year(y, acc, rng)
        if k == 0:
            return "the %s of %s %s" % (ORD[d], mon, yr)
        if k == 1:
            return "%s %s %s" % (mon, ORD[d], yr)
        if k == 2:
            return "%s %s %s" % (TEENS[d - 10] if 10 <= d < 20 else (two("%02d" % d, "oh") or UNITS[d] if d < 10 else two("%02d" % d, "oh") or TENS[d // 10]), mon, yr)
        if k == 3:
            z = rng.choice(ACCENTS[acc]["zeros"])
            return " ".join(dw(c, z) for c in "%02d%02d" % (d, m)) + " " + (two(str(y)[2:], z) or (TENS[int(str(y)[2])] if y < 2000 else "oh " + UNITS[y % 10]))
        return "%s %s, %s" % (ORD[d], mon, yr)
    k = rng.randrange(6)
    if acc in ("us", "us_southern"):
        return rng.choice(["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (mon.title(), d, y), "%d-%d-%d" % (m, d, y)])
    return [("%02d/%02d/%d" % (d, m, y)), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, mon.title()[:3], y),
            "%d%s %s %d" % (d, "th" if d not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d], mon.title(), y),
            "%d-%02d-%02d" % (y, m, d), "%02d/%02d/%02d" % (d, m, y % 100)][k]


def expiry_text(rng, acc, spoken):
    m = rng.randint(1, 12)
    y = rng.randint(26, 32)
    if spoken:
        z = rng.choice(ACCENTS[acc]["zeros"])
        mm = "%02d" % m
        ms = (z + " " + UNITS[m]) if m < 10 else TEENS[m - 10]
        return rng.choice([ms + " " + two(str(y), z) if two(str(y), z) else ms + " thirty",
                           ms + " slash " + (two(str(y), z) or "thirty"),
                           MONTHS[m - 1] + " twenty " + UNITS[y - 20] if y < 30 else MONTHS[m - 1] + " twenty thirty",
                           " ".join(dw(c, z) for c in mm + str(y))])
    return rng.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d%02d" % (m, y),
                       "%d/%02d" % (m, y), "%02d-%02d" % (m, y), "%s 20%02d" % (MONTHS[m - 1][:3].title(), y)])


UK_AREAS = ["SW", "SE", "EC", "N", "M", "B", "G", "EH", "LS", "BS", "CF", "BT", "NE", "L", "S",
            "CB", "PL", "AB", "KY", "DD", "IV", "TR", "EX", "BN", "RG", "NW", "W", "E", "CH", "LE"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_pc(rng):
    a = rng.choice(UK_AREAS)
    return a + str(rng.randint(1, 20)) + " " + str(rng.randrange(10)) + rng.choice(INWARD) + rng.choice(INWARD)


STREET_NAMES = {"uk": ["Acacia", "Harcourt", "Kelvin", "Victoria", "Station", "Mill", "Church",
                       "Dumbarton", "Elm", "Beechwood", "Cranbrook", "Albert", "Jubilee", "Oakfield"],
                "us": ["Peachtree", "Magnolia", "Main", "Elm", "Dogwood", "Sycamore", "Cherokee",
                       "Bluebonnet", "Maple", "Cottonwood"],
                "ie": ["Ballsbridge", "Griffith", "Clontarf", "Merrion", "Dame", "Shandon"]}
SUFFIX = {"uk": ["Road", "Street", "Avenue", "Grove", "Close", "Crescent", "Lane", "Terrace", "Gardens", "Drive"],
          "us": ["Street", "St", "Road", "Rd", "Avenue", "Ave", "Drive", "Lane", "Blvd", "Way", "Pike"],
          "ie": ["Road", "Avenue", "Park", "Terrace", "Street", "Court"]}
TOWNS = {"uk": ["Glasgow", "Leeds", "Bristol", "Manchester", "Leicester", "Cardiff", "Belfast", "Croydon"],
         "us": ["Atlanta, GA", "Houston, TX", "Mobile, AL", "Nashville, TN", "Jackson, MS", "Austin, TX"],
         "ie": ["Dublin 4", "Cork", "Galway", "Limerick"]}


def make_address(rng, region, spoken):
    num = rng.randint(1, 240) if region != "us" else rng.randint(100, 9800)
    st = rng.choice(STREET_NAMES[region]) + " " + rng.choice(SUFFIX[region])
    flat = None
    if rng.random() < 0.3:
        flat = rng.choice(["Flat", "Apartment", "Apt", "Unit"]) + " " + str(rng.randint(1, 30)) + rng.choice(["", "", "B"])
        if region == "uk" and rng.random() < 0.3:
            flat = "%d/%d" % (rng.randint(0, 3), rng.randint(1, 2))
    if spoken:
        ns = str(num)
        nsay = (three(ns, "oh", region == "us") if len(ns) == 3 else None) or (two(ns, "oh") if len(ns) == 2 else None) \
            or (UNITS[num] if num < 10 else " ".join(UNITS[int(c)] for c in ns))
        if len(ns) == 4 and two(ns[:2], "oh") and two(ns[2:], "oh"):
            nsay = two(ns[:2], "oh") + " " + two(ns[2:], "oh")
        txt = nsay + " " + st.lower()
        if flat:
            f = flat.lower().replace("/", " stroke ")
            txt = f + ", " + txt
        return txt
    txt = str(num) + " " + st
    if flat:
        txt = flat + ", " + txt
    return txt


# ---------------------------------------------------------------- scenarios
INDUSTRY = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
            "healthcare billing", "government services"]
AG_BC = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes", "got that"]


def cap(s):
    return s[0].upper() + s[1:] if s else s


def acc_pick(rng, pool=None):
    return rng.choice(pool or ACC_NAMES)


def sc_card_typed(rng):
    acc = acc_pick(rng)
    c, g = make_card(rng)
    form = typed_digits(c, rng, g)
    if rng.random() < 0.2:
        form = c[:4] + " " + c[4:]
    lead = rng.choice(["card no: ", "Card number - ", "here is the card ", "cc# ", "CARD NUM ", "my card is ",
                       "pls charge to ", "Kindly debit ", "card:"])
    parts = [lead, lab(form, "CARD_NUMBER")]
    note = "typed chat card number"
    if rng.random() < 0.6:
        parts += [rng.choice([" exp ", " expiry ", ", Exp. date: ", " valid thru ", " exp:"]),
                  lab(expiry_text(rng, acc, False), "EXPIRY")]
        note += " + expiry"
    if rng.random() < 0.5:
        parts += [rng.choice([" cvv ", " and the code on back is ", ", CVC ", " sec code: "]), lab(rd(rng.choice([3, 3, 4]), rng), "CVV")]
        note += " + cvv"
    parts.append(rng.choice(["", " thx", ". Amount is £45.20", " (total $129.99)", " pls hurry"]))
    turns = [("agent", [rng.choice(["Please provide the long card number to complete the payment.",
                                    "Which card would you like to use today?",
                                    "To pay the balance of €312.50 I will need card details."])]),
             ("customer", parts),
             ("agent", [rng.choice(["Thank you, processing now.", "Thanks, one moment please.",
                                    "Got it. The payment reference will be PAY-" + rd(8, rng) + "."])])]
    return turns, note + " (" + acc + ")"


def sc_card_spoken(rng):
    acc = acc_pick(rng)
    A = ACCENTS[acc]
    c, g = make_card(rng)
    spoken = say(c, acc, rng, groups=g, pairs=0.35, hund=0.15, fill=0.3)
    pre = rng.choice(A["pre"]).replace("{n}", rng.choice(FIRST[acc]))
    turns = [("agent", ["can i take the long number across the front of the card please"]),
             ("customer", [pre, lab(spoken, "CARD_NUMBER")])]
    note = "asr card read in one turn"
    if rng.random() < 0.6:
        rb = say(c, "english", rng, groups=g, pairs=0.0, hund=0.0, sep=" ")
        turns.append(("agent", [rng.choice(["so that's ", "let me read that back ", "just to confirm "]), lab(rb, "CARD_NUMBER"),
                                rng.choice([" is that right", "", " correct"])]))
        turns.append(("customer", [rng.choice(A["ok"])]))
        note += " + agent read-back"
    if rng.random() < 0.6:
        turns.append(("agent", ["and the expiry date"]))
        turns.append(("customer", [rng.choice(["it's ", "", "expiry is ", rng.choice(A["fill"]) + " "]),
                                   lab(expiry_text(rng, acc, True), "EXPIRY")]))
        note += " + spoken expiry"
    if rng.random() < 0.5:
        turns.append(("agent", ["and the last three digits on the back the security code"]))
        turns.append(("customer", [lab(say(rd(3, rng), acc, rng, hund=0.3), "CVV")]))
        note += " + cvv"
    return turns, note + " (" + acc + ")"


def sc_card_split(rng):
    acc = acc_pick(rng)
    A = ACCENTS[acc]
    c, g = make_card(rng)
    turns = [("agent", ["okay go ahead with the card number whenever you're ready"])]
    i = 0
    chunks = []
    for x in g:
        chunks.append(c[i:i + x]); i += x
    # merge into 2-4 turns
    if len(chunks) > 3 and rng.random() < 0.4:
        chunks = [chunks[0] + chunks[1]] + chunks[2:]
    for k, ch in enumerate(chunks):
        lead = rng.choice(["", "", rng.choice(A["fill"]) + " ", "then ", "next is "]) if k else rng.choice(["it's ", "", "okay "])
        tail = rng.choice(["", "", "...", " yeah"])
        turns.append(("customer", [lead, lab(say(ch, acc, rng, pairs=0.3, hund=0.2, fill=0.2), "CARD_NUMBER"), tail]))
        if k < len(chunks) - 1:
            turns.append(("agent", [rng.choice(AG_BC)]))
    note = "card split over %d customer turns with back-channels" % len(chunks)
    if rng.random() < 0.5:
        turns.append(("agent", ["thank you, just reading it back ", lab(say(c, "english", rng, groups=g, pairs=0, hund=0, sep=", "), "CARD_NUMBER")]))
        note += ", read-back"
    return turns, note + " (" + acc + ")"


def sc_card_aside(rng):
    acc = acc_pick(rng)
    A = ACCENTS[acc]
    c, g = make_card(rng)
    cut = g[0] + g[1] if len(g) > 2 else g[0]
    aside = rng.choice(["hang on the dog's going mad", "sorry my glasses", "one second, kids be quiet",
                        "wait the light is bad here", "sorry i'm driving", "abeg hold on small"
                        if acc == "nigerian" else "hold on let me turn it over"])
    restart = rng.random() < 0.4
    first = say(c[:cut], acc, rng, pairs=0.2)
    cust = [lab(first, "CARD_NUMBER"), ", " + aside + ", "]
    if restart:
        cust += ["okay let me start again, ", lab(say(c, acc, rng, groups=g, pairs=0.2), "CARD_NUMBER")]
        note = "card reading interrupted by aside then restarted from the top"
    else:
        cust += ["right where was i, ", lab(say(c[cut:], acc, rng, pairs=0.2, fill=0.3), "CARD_NUMBER")]
        note = "card reading with aside in the middle of the same turn"
    turns = [("agent", ["the card number please"]), ("customer", cust),
             ("agent", [rng.choice(["no rush", "thank you", "that's fine"])])]
    if rng.random() < 0.5:
        turns.append(("customer", ["and it's the one ending " + say(c[-4:], acc, rng) + " yeah"]))
        turns[-1] = ("customer", ["and it's the one ending ", lab(say(c[-4:], acc, rng), "CARD_NUMBER"), " yeah"])
        note += "; last four repeated after full card (labelled)"
    return turns, note + " (" + acc + ")"


def sc_card_broken(rng):
    acc = acc_pick(rng)
    c, g = make_card(rng)
    turns = [("customer", ["okay the card is ", lab(say(c, acc, rng, groups=g, pairs=0.2), "CARD_NUMBER")])]
    g2 = c[g[0]:g[0] + g[1]]
    turns.append(("agent", ["sorry you broke up there, what came after ", lab(say(g2, "english", rng), "CARD_NUMBER")]))
    turns.append(("customer", [rng.choice(["after that it's ", "then ", "oh sorry, "]), lab(say(c[g[0] + g[1]:], acc, rng, pairs=0.3), "CARD_NUMBER")]))
    return turns, "card re-read after line broke up; agent repeats a group (" + acc + ")"


def sc_ssn(rng):
    acc = acc_pick(rng, ["us", "us_southern", "us", "us_southern", "learner", "indian", "nigerian"])
    A = ACCENTS[acc]
    s = make_ssn(rng)
    k = rng.random()
    if k < 0.4:
        form = rng.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
                           s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + " - " + s[3:5] + " - " + s[5:]])
        turns = [("agent", [rng.choice(["For verification, what's your Social Security number?",
                                        "Please enter your SSN to continue."])]),
                 ("customer", [rng.choice(["SSN: ", "ssn is ", "my social ", "Social sec # ", "its "]), lab(form, "SSN"),
                               rng.choice(["", " and my dob is on file", " thanks"])])]
        return turns, "typed SSN (" + acc + ")"
    if k < 0.75:
        sp = say(s, acc, rng, groups=[3, 2, 4], pairs=0.35, hund=0.2, fill=0.3)
        turns = [("agent", ["and can i get your social security number"]),
                 ("customer", [rng.choice(["yes ma'am it's ", "sure it's ", "my social is ", "", rng.choice(A["fill"]) + " "]), lab(sp, "SSN")])]
        if rng.random() < 0.5:
            turns.append(("agent", ["thank you i have ", lab(say(s, "us", rng, groups=[3, 2, 4], pairs=0, hund=0, sep=" "), "SSN")]))
        return turns, "spoken SSN in one turn (" + acc + ")"
    turns = [("agent", ["go ahead with the social"]),
             ("customer", [lab(say(s[:3], acc, rng, hund=0.4), "SSN")]), ("agent", [rng.choice(AG_BC)]),
             ("customer", [lab(say(s[3:5], acc, rng, pairs=0.6), "SSN")]), ("agent", [rng.choice(AG_BC)]),
             ("customer", [rng.choice(["and ", "", "last part "]), lab(say(s[5:], acc, rng, pairs=0.4), "SSN")])]
    return turns, "SSN split across three customer turns (" + acc + ")"


def sc_ni(rng):
    acc = acc_pick(rng, ["english", "scottish", "irish", "indian", "nigerian", "learner", "australian"])
    A = ACCENTS[acc]
    ni = make_ni(rng)
    k = rng.random()
    if k < 0.35:
        form = rng.choice([ni, ni.lower(), ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8],
                           ni[:2] + ni[2:8] + " " + ni[8], ni[:2] + "-" + ni[2:8] + "-" + ni[8]])
        turns = [("agent", ["Could you confirm your National Insurance number please?"]),
                 ("customer", [rng.choice(["NI no: ", "ni number is ", "NINO ", "my NI is ", "national insurance - "]), lab(form, "NI_NUMBER"),
                               rng.choice(["", ". I was on universal credit till March", " cheers"])])]
        return turns, "typed NI number (" + acc + ")"
    mode = rng.choice(["plain", "for", "nato", None])
    z = rng.choice(A["zeros"])
    letters = say_alnum(ni[:2], acc, rng, mode)
    digits = say(ni[2:8], acc, rng, groups=[2, 2, 2], pairs=0.3, fill=0.2)
    suffix = say_letter(ni[8], rng, mode or "plain")
    if k < 0.7:
        turns = [("agent", ["and your national insurance number"]),
                 ("customer", [rng.choice(["yeah it's ", "", rng.choice(A["fill"]) + " ", "it's "]), lab(letters + " " + digits + " " + suffix, "NI_NUMBER")])]
        if rng.random() < 0.5:
            turns.append(("agent", ["lovely so that's ", lab(" ".join(ni[:2].lower()) + " " + say(ni[2:8], "english", rng, sep=" ") + " " + ni[8].lower(), "NI_NUMBER")]))
        return turns, "spoken NI number (" + acc + ")"
    turns = [("agent", ["national insurance number when you're ready"]),
             ("customer", [lab(letters, "NI_NUMBER")]), ("agent", [rng.choice(AG_BC)]),
             ("customer", [lab(digits, "NI_NUMBER")]), ("agent", [rng.choice(["and the letter at the end", "mhm and the last letter"])]),
             ("customer", [rng.choice(["", "it's ", "that's "]), lab(suffix, "NI_NUMBER")])]
    return turns, "NI number split over turns, suffix letter on its own (" + acc + ")"


def sc_bank(rng):
    acc = acc_pick(rng, ["english", "scottish", "irish", "indian", "nigerian", "learner"])
    A = ACCENTS[acc]
    sc = rd(6, rng)
    an = rd(8, rng)
    if rng.random() < 0.45:
        scf = rng.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
        anf = rng.choice([an, an[:4] + " " + an[4:]])
        turns = [("customer", [rng.choice(["Sort code ", "s/c: ", "sortcode "]), lab(scf, "SORT_CODE"),
                               rng.choice([" acc ", ", acct no: ", " A/C "]), lab(anf, "BANK_ACCOUNT"),
                               rng.choice(["", " - refund of £86.40 pls", ""])]),
                 ("agent", ["Thanks, the refund will arrive within 3 to 5 working days."])]
        return turns, "typed sort code + account (" + acc + ")"
    turns = [("agent", ["what's the sort code on the account"]),
             ("customer", [rng.choice(["", "it's ", rng.choice(A["fill"]) + " "]), lab(say(sc, acc, rng, groups=[2, 2, 2], pairs=0.5, fill=0.2), "SORT_CODE")]),
             ("agent", ["and the account number"]),
             ("customer", [lab(say(an, acc, rng, groups=[4, 4], pairs=0.3, hund=0.1, fill=0.2), "BANK_ACCOUNT")])]
    if rng.random() < 0.4:
        turns.append(("agent", ["so that's sort code ", lab(say(sc, "english", rng, groups=[2, 2, 2], pairs=0, hund=0, sep=" "), "SORT_CODE"),
                                " account ", lab(say(an, "english", rng, groups=[4, 4], pairs=0, hund=0, sep=" "), "BANK_ACCOUNT")]))
    return turns, "spoken sort code + account number (" + acc + ")"


def sc_us_account(rng):
    acc = acc_pick(rng, ["us", "us_southern", "learner"])
    an = rd(rng.choice([10, 11, 12]), rng)
    routing = rd(9, rng)
    if rng.random() < 0.5:
        turns = [("customer", ["routing number " + routing + " (that's the bank's, not mine) and account # ", lab(an, "BANK_ACCOUNT")])]
    else:
        turns = [("customer", ["the checking account number is ", lab(say(an, acc, rng, groups=[3, 3, 4], pairs=0.3, fill=0.3), "BANK_ACCOUNT")])]
    turns.append(("agent", ["thank you, autopay will start on the 15th"]))
    return turns, "US checking account number; routing number not labelled (" + acc + ")"


def sc_iban(rng):
    acc = acc_pick(rng, ["irish", "learner", "english", "indian", "nigerian"])
    ib = make_iban(rng)
    if rng.random() < 0.5:
        form = rng.choice([group4(ib), ib, group4(ib).lower(), ib[:4] + " " + ib[4:]])
        turns = [("customer", [rng.choice(["IBAN: ", "my iban is ", "Please send refund to IBAN ", "iban-"]), lab(form, "IBAN"),
                               rng.choice(["", " BIC is AIBKIE2D", " thank you", " (amount €1,200.00)"])]),
                 ("agent", ["Thanks, noted."])]
        return turns, "typed IBAN (" + acc + ")"
    cc = say_alnum(ib[:2], acc, rng, rng.choice(["plain", "for"]))
    chk = say(ib[2:4], acc, rng, pairs=0.5)
    rest = say_alnum(ib[4:], acc, rng, rng.choice(["plain", "for", "nato"]))
    if rng.random() < 0.5:
        turns = [("agent", ["go ahead with the i b a n"]),
                 ("customer", [lab(cc + " " + chk, "IBAN")]), ("agent", [rng.choice(AG_BC)]),
                 ("customer", [lab(rest, "IBAN")])]
        return turns, "spoken IBAN split over turns (" + acc + ")"
    turns = [("agent", ["and the i ban"]), ("customer", [rng.choice(["yeah it's ", "so ", ""]), lab(cc + " " + chk + " " + rest, "IBAN")])]
    return turns, "spoken IBAN one turn (" + acc + ")"


def sc_phone(rng):
    acc = acc_pick(rng)
    A = ACCENTS[acc]
    full, plus, typed, g = make_phone(rng, acc)
    k = rng.random()
    if k < 0.35:
        turns = [("customer", [rng.choice(["call me on ", "mob: ", "Tel ", "my cell is ", "whatsapp ", "Ph no. "]), lab(typed, "PHONE"),
                               rng.choice(["", " after 6pm", " pls", " - anytime between 9 and 5"])]),
                 ("agent", ["Thanks, we'll call you back within 24 hours."])]
        return turns, "typed phone number (" + acc + ")"
    sp = ("plus " if plus else "") + say(full, acc, rng, groups=g, pairs=0.3, hund=0.1, fill=0.25)
    if k < 0.7:
        turns = [("agent", ["what's the best number to reach you on"]),
                 ("customer", [rng.choice(["", "it's ", rng.choice(A["fill"]) + " "]), lab(sp, "PHONE")])]
        if rng.random() < 0.5:
            turns.append(("agent", ["okay so ", lab(("plus " if plus else "") + say(full, "english", rng, groups=g, pairs=0, hund=0, sep=" "), "PHONE")]))
        return turns, "spoken phone number (" + acc + ")"
    if k < 0.85:
        wrong = list(full)
        p = rng.randrange(len(full) - 3, len(full))
        wrong[p] = str((int(wrong[p]) + 3) % 10)
        wrong = "".join(wrong)
        turns = [("customer", [lab(("plus " if plus else "") + say(wrong, acc, rng, groups=g), "PHONE"),
                               " no sorry that's wrong, it's ", lab(sp, "PHONE")]),
                 ("agent", ["no problem"])]
        return turns, "phone misread then corrected, both readings labelled (" + acc + ")"
    cut = sum(g[:max(1, len(g) - 1)])
    turns = [("customer", [lab(("plus " if plus else "") + say(full[:cut], acc, rng), "PHONE")]),
             ("agent", [rng.choice(AG_BC)]), ("customer", [lab(say(full[cut:], acc, rng, pairs=0.4), "PHONE")])]
    return turns, "phone number split over turns (" + acc + ")"


def sc_email(rng):
    acc = acc_pick(rng)
    e = make_email(rng, acc)
    if rng.random() < 0.4:
        form = rng.choice([e, e.upper(), e.title(), e])
        turns = [("customer", [rng.choice(["email: ", "pls send to ", "my mail id is ", "E-mail ", "send the invoice to "]), lab(form, "EMAIL"),
                               rng.choice(["", ".", " thanks", " (not the work one)"])]),
                 ("agent", ["Confirmation sent."])]
        return turns, "typed email (" + acc + ")"
    sp = say_email(e, acc, rng)
    turns = [("agent", ["and an email address for the confirmation"]),
             ("customer", [rng.choice(["yeah it's ", "", "it is ", "my email id is "]), lab(sp, "EMAIL"), rng.choice(["", " all small letters", " all one word"])])]
    if rng.random() < 0.4:
        turns.append(("agent", ["so that's ", lab(say_email(e, "english", rng), "EMAIL")]))
    return turns, "spoken email (" + acc + ")"


def sc_dob(rng):
    acc = acc_pick(rng)
    spoken = rng.random() < 0.6
    d = dob_text(rng, acc, spoken)
    A = ACCENTS[acc]
    if spoken:
        turns = [("agent", ["can you confirm your date of birth for me"]),
                 ("customer", [rng.choice(["yeah it's ", "", "born on ", rng.choice(A["fill"]) + " it's ", "it's the "]).replace("it's the ", "it's "), lab(d, "DOB")])]
    else:
        turns = [("customer", [rng.choice(["DOB: ", "d.o.b ", "date of birth ", "born "]), lab(d, "DOB"),
                               rng.choice(["", ", appointment on 12/09/2025 pls", ""])])]
    turns.append(("agent", ["thank you, you're verified"]))
    return turns, ("spoken" if spoken else "typed") + " date of birth (" + acc + ")"


def sc_address(rng):
    acc = acc_pick(rng)
    region = {"us": "us", "us_southern": "us", "irish": "ie"}.get(acc, "uk")
    spoken = rng.random() < 0.5
    ad = make_address(rng, region, spoken)
    town = rng.choice(TOWNS[region])
    if region == "us":
        pc = str(rng.randint(10000, 99999)) + (("-" + rd(4, rng)) if rng.random() < 0.3 else "")
    else:
        pc = make_uk_pc(rng)
    parts = [rng.choice(["", "it's ", "address is "] if spoken else ["Address: ", "", "new addr: "]), lab(ad, "ADDRESS"), ", "]
    if region == "ie":
        parts += [town.lower() if spoken else town]
        note = "Irish address (no postcode) (" + acc + ")"
    else:
        if spoken:
            pcs = say_alnum(pc.replace(" ", "").replace("-", ""), acc, rng, rng.choice(["plain", "for"])) if region == "uk" else say(pc.replace("-", ""), acc, rng, pairs=0.3)
            parts += [town.lower().replace(",", ""), " ", lab(pcs, "POSTCODE")]
        else:
            parts += [town, " ", lab(pc, "POSTCODE")]
        note = ("spoken" if spoken else "typed") + " address + postcode/zip (" + acc + ")"
    turns = [("agent", ["and what's the address on the account"]), ("customer", parts),
             ("agent", [rng.choice(["lovely", "thank you", "perfect"])])]
    return turns, note


def sc_postcode_only(rng):
    acc = acc_pick(rng, ["english", "scottish", "indian", "nigerian", "us", "us_southern"])
    if acc.startswith("us"):
        pc = str(rng.randint(10000, 99999))
        sp = say(pc, acc, rng, pairs=0.3)
        turns = [("agent", ["what's the zip code on the card"]), ("customer", ["", lab(sp, "POSTCODE")])]
    else:
        pc = make_uk_pc(rng).replace(" ", "")
        sp = say_alnum(pc, acc, rng, rng.choice(["plain", "for", "nato"]))
        turns = [("agent", ["can i take your postcode"]), ("customer", [rng.choice(["yeah ", "", "it's "]), lab(sp, "POSTCODE")]),
                 ("agent", ["and the first line of the address"]),
                 ("customer", [lab(make_address(rng, "uk", True), "ADDRESS")])]
    return turns, "postcode / zip spoken for verification (" + acc + ")"


def sc_multi(rng):
    acc = acc_pick(rng)
    A = ACCENTS[acc]
    ind = rng.choice(INDUSTRY)
    y_d = dob_text(rng, acc, True)
    full, plus, typed, g = make_phone(rng, acc)
    turns = [("agent", ["thanks for calling %s, before we go on can i verify a few details, your date of birth" % ind.split()[0]]),
             ("customer", [rng.choice(["", "yes ", "yeah "]), lab(y_d, "DOB")]),
             ("agent", ["and the phone number on the account"]),
             ("customer", [lab(("plus " if plus else "") + say(full, acc, rng, groups=g, pairs=0.3, fill=0.2), "PHONE")])]
    note = ind + " ID&V: dob + phone"
    if acc in ("us", "us_southern"):
        turns += [("agent", ["and the last four of your social"]), ("customer", ["it's " + say(rd(4, rng), acc, rng)])]
        turns = turns[:-1] + [("customer", ["hold on, i'll just give you the whole thing, ", lab(say(make_ssn(rng), acc, rng, groups=[3, 2, 4]), "SSN")])]
        note += " + ssn"
    elif acc in ("english", "scottish", "irish", "indian", "nigerian"):
        turns += [("agent", ["and your bill this month was ninety two pounds forty, can i take the card ending number"]),
                  ("customer", ["ending " + say(rd(4, rng), acc, rng)])]
        note += " + card last four (not PII)"
    turns.append(("agent", [rng.choice(["brilliant you're through security", "thank you you're verified"])]))
    return turns, note + " (" + acc + ")"


# ---------------------------------------------------------------- negatives
def neg(rng):
    acc = acc_pick(rng)
    A = ACCENTS[acc]
    k = rng.randrange(26)
    ok = rng.choice(A["ok"])
    fakecard = luhn_complete("4" + rd(1, rng), 16, rng)
    if k == 0:
        return [("agent", ["your order number is " + typed_digits(rd(16, rng), rng, [4, 4, 4, 4])]), ("customer", [ok])], "16-digit order number"
    if k == 1:
        return [("customer", ["the reference is " + say(fakecard, acc, rng, groups=[4, 4, 4, 4])]),
                ("agent", ["thank you, that reference brings up your claim"])], "reference number read like a card (Luhn-valid but labelled reference)"
    if k == 2:
        amt = rng.randint(100, 9999)
        return [("agent", ["your outstanding balance is %s pounds and %s pence" % (say_num(amt), say_num(rng.randint(1, 99)))]),
                ("customer", ["%s, can i pay four hundred and twelve now and the rest on the fifteenth" % ok])], "spoken amounts and a payment date"
    if k == 3:
        return [("customer", ["it's the card ending " + say(rd(4, rng), acc, rng) + ", the visa"]),
                ("agent", ["yes i can see the card ending in " + rd(4, rng) + " on file"])], "card last-four mentions only"
    if k == 4:
        return [("agent", ["we're open eight till eight monday to friday, nine till five thirty on saturdays"]),
                ("customer", ["and sunday"]), ("agent", ["closed sundays, lines reopen at 8am"])], "opening hours"
    if k == 5:
        return [("customer", ["my meter reading is " + say(rd(5, rng), acc, rng) + " and the night one is " + rd(5, rng)]),
                ("agent", ["thanks, the reading's been submitted for the 3rd of " + rng.choice(MONTHS)])], "meter readings"
    if k == 6:
        return [("customer", ["Tracking no. 1Z" + rd(3, rng) + "AA1" + rd(8, rng) + " still says in transit since 14/02"]),
                ("agent", ["Sorry about that, I've opened ticket INC" + rd(7, rng) + "."])], "tracking and ticket numbers"
    if k == 7:
        return [("agent", ["your flight BA" + str(rng.randint(10, 999)) + " departs from gate " + str(rng.randint(1, 60)) + " at 14:35, seat " + str(rng.randint(1, 40)) + "C"]),
                ("customer", [ok + ", and my room at the hotel is " + str(rng.randint(100, 999))])], "flight, gate, seat, room numbers"
    if k == 8:
        return [("customer", ["i'm " + TENS[rng.randint(6, 9)] + " " + UNITS[rng.randint(1, 9)] + " years old and been with you since " + str(rng.randint(1990, 2015))]),
                ("agent", ["thank you for your loyalty, that's over twenty years"])], "age and years"
    if k == 9:
        return [("customer", ["policy number " + rng.choice(["POL", "HH", "MTR"]) + "-" + rd(9, rng)]),
                ("agent", ["thanks, your renewal premium is £" + str(rng.randint(200, 900)) + "." + rd(2, rng) + ", up 12% on last year"])], "policy number, premium, percentage"
    if k == 10:
        return [("customer", ["the serial number on the router is " + say(rd(12, rng), acc, rng, groups=[4, 4, 4])]),
                ("agent", ["and the model number is on the sticker too, something like TG" + rd(4, rng)])], "spoken serial number (12 digits)"
    if k == 11:
        return [("agent", ["the temperature in the unit should be about twenty one degrees, it's been running forty minutes"]),
                ("customer", ["it says eighteen point five"])], "temperatures, durations"
    if k == 12:
        return [("customer", ["i'm on the " + rng.choice(["A38", "M6 near junction 7", "N11", "I-85", "Route 66"]) + ", can the engineer come thursday the 9th between 10 and 12"]),
                ("agent", ["yes slot booked for the 9th, booking ref " + rd(10, rng)])], "road name, appointment date, booking reference"
    if k == 13:
        return [("customer", ["Invoice #" + rd(8, rng) + " dated 01/03/2025 for $" + str(rng.randint(10, 999)) + ".00"]),
                ("agent", ["I see it, due date is March 31, 2025."])], "invoice number, invoice and due dates"
    if k == 14:
        return [("agent", ["your claim number is " + say(rd(9, rng), acc, rng, groups=[3, 2, 4])]),
                ("customer", [ok + " and how long will it take"]), ("agent", ["five to ten working days"])], "9-digit claim number said like an SSN"
    if k == 15:
        return [("customer", ["my account balance, is it still minus two hundred and forty, the account from 2014"]),
                ("agent", ["yes it's minus two hundred and forty euro and sixty cent"])], "negative balance"
    if k == 16:
        return [("customer", ["the contract started on the first of june twenty twenty two and ends in twenty four months"]),
                ("agent", ["correct, you can upgrade from the first of december"])], "contract dates and durations"
    if k == 17:
        return [("agent", ["the total is " + str(rng.randint(1, 9)) + " items, £" + "{:,}".format(rng.randint(1000, 99999)) + "." + rd(2, rng)]),
                ("customer", ["can i split it into 3 payments of 33.3%"])], "counts, amounts, percentages"
    if k == 18:
        return [("customer", ["the pin for the voicemail is not working, it's been " + say_num(rng.randint(20, 95)) + " minutes on hold"]),
                ("agent", ["sorry about the wait, the average wait today is 14 minutes"])], "durations"
    if k == 19:
        return [("agent", ["your case reference is " + rng.choice(["CAS", "REF", "HMRC"]) + "-" + rd(4, rng) + "-" + rd(4, rng) + "-" + rd(4, rng) + "-" + rd(4, rng)]),
                ("customer", ["is that the same as the one in the letter from 2019"])], "long hyphenated case reference"
    if k == 20:
        return [("customer", ["my tax code is 1257L and the payroll number is " + rd(7, rng)]),
                ("agent", ["thanks, your refund of £" + str(rng.randint(10, 999)) + " goes out on the 28th"])], "tax code and payroll number"
    if k == 21:
        return [("customer", ["the IMEI is " + rd(15, rng) + " if that helps"]),
                ("agent", ["that's fine, the handset is blocked, ticket " + rd(6, rng)])], "IMEI (15 digits) and ticket"
    if k == 22:
        return [("customer", ["the parcel weighs " + say_num(rng.randint(2, 30)) + " kilos and it's 40 by 30 by 20"]),
                ("agent", ["that's band " + rng.choice("ABC") + ", " + say_num(rng.randint(5, 40)) + " ninety nine"])], "weights, dimensions, price"
    if k == 23:
        return [("customer", ["my member number is " + say(fakecard[:12], acc, rng, groups=[4, 4, 4], pairs=0.4)]),
                ("agent", [ok + ", found your loyalty account, you have " + "{:,}".format(rng.randint(1000, 50000)) + " points"])], "loyalty member number and points"
    if k == 24:
        return [("agent", ["payment of " + say_num(rng.randint(20, 500)) + " dollars will come out on " + rng.choice(MONTHS) + " " + ORD[rng.randint(1, 28)]]),
                ("customer", ["ok and the APR is like 24.99 percent right"])], "payment date and APR"
    return [("customer", ["Order " + rd(4, rng) + "-" + rd(7, rng) + "-" + rd(7, rng) + " arrived damaged, model WX-" + rd(5, rng)]),
            ("agent", ["Sorry! Return label sent, RMA " + rd(9, rng) + "."])], "order number and model and RMA"


def say_num(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        return UNITS[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + say_num(n % 100))
    return say_num(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + say_num(n % 1000))


# ---------------------------------------------------------------- assembly
SCHEDULE = [(sc_card_typed, 18), (sc_card_spoken, 20), (sc_card_split, 12), (sc_card_aside, 8),
            (sc_card_broken, 6), (sc_ssn, 30), (sc_ni, 30), (sc_bank, 14), (sc_us_account, 4),
            (sc_iban, 14), (sc_phone, 22), (sc_email, 20), (sc_dob, 14), (sc_address, 16),
            (sc_postcode_only, 6), (sc_multi, 12)]
N_NEG = 120


def generate():
    rng = R
    jobs = []
    for fn, n in SCHEDULE:
        jobs += [fn] * n
    rng.shuffle(jobs)
    cases = []
    for i, fn in enumerate(jobs, 1):
        turns, note = fn(rng)
        cases.append(build_case("h356-pos-%03d" % i, "positive", turns, note))
    for i in range(1, N_NEG + 1):
        turns, note = neg(rng)
        cases.append(build_case("h356-neg-%03d" % i, "negative", turns, note))
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def check(text):
    errs = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for ln, line in enumerate(text.splitlines(), 1):
        c = json.loads(line)
        if c["id"] in ids:
            errs.append("dup id " + c["id"])
        ids.add(c["id"])
        if c["kind"] == "positive":
            npos += 1
            if not c["spans"]:
                errs.append(c["id"] + ": positive without spans")
        else:
            nneg += 1
            if c["spans"]:
                errs.append(c["id"] + ": negative with spans")
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(c["id"] + ": bad speaker")
        prev = {}
        bytype = {}
        for s in c["spans"]:
            counts[s["type"]] += 1
            tx = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append("%s: offsets out of range" % c["id"]); continue
            v = tx[a:b]
            if not (v[0].isalnum() and v[-1].isalnum()):
                errs.append("%s: span not trimmed %r" % (c["id"], v))
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (c["id"], v))
            if s["turn"] in prev and prev[s["turn"]] > a:
                errs.append("%s: overlapping/unsorted spans" % c["id"])
            prev[s["turn"]] = b
            bytype.setdefault(s["type"], []).append(v)
        # validate: each span valid alone, or consecutive invalid pieces combine to a valid value;
        # leftover fragments allowed only where a full valid value of the type exists in the case.
        for typ, vals in bytype.items():
            buf, anyvalid = [], False
            for v in vals:
                if validate(typ, v):
                    anyvalid = True
                    continue
                buf.append(v)
                if validate(typ, " ".join(buf)):
                    anyvalid = True
                    buf = []
            if buf and not anyvalid:
                errs.append("%s: %s fails validation: %r" % (c["id"], typ, buf))
    if npos < 200 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    need = {t: 10 for t in TYPES}
    need.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t in TYPES:
        if counts[t] < need[t]:
            errs.append("too few %s spans: %d" % (t, counts[t]))
    return errs, counts, npos, nneg


def main():
    text = generate()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            old = f.read()
        errs, counts, npos, nneg = check(text)
        if old != text:
            errs.insert(0, "cases.jsonl is not byte-identical to a fresh generation")
        for e in errs:
            print("ERROR", e)
        print("positive=%d negative=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        print("CHECK FAILED" if errs else "CHECK OK")
        sys.exit(1 if errs else 0)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    errs, counts, npos, nneg = check(text)
    print("wrote %s: %d positive, %d negative" % (OUT, npos, nneg), counts)
    if errs:
        print("\n".join(errs[:40]))


if __name__ == "__main__":
    main()

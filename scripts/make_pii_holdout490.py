#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set pii_holdout490.

Writes tests/fixtures/pii_holdout490/cases.jsonl.  Every turn is assembled
from plain-text segments and labelled value segments, so span offsets are
computed, never typed by hand.

    python scripts/make_pii_holdout490.py          # (re)write the file
    python scripts/make_pii_holdout490.py --check  # regenerate and verify

Standard library only.  NEVER use this set for tuning.
"""
import argparse
import json
import os
import random
import re
import sys

SEED = 490241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout490", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- vocabulary
DIGIT_WORD = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four",
              "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "nine"}
UNIT_WORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0",
              "one": "1", "won": "1", "two": "2", "to": "2", "too": "2",
              "three": "3", "tree": "3", "four": "4", "for": "4", "fore": "4",
              "five": "5", "six": "6", "seven": "7", "eight": "8", "ate": "8",
              "nine": "9"}
HOMO = {"1": ["won"], "2": ["to", "too"], "3": ["tree"], "4": ["for", "fore"],
        "8": ["ate"]}
TEENS = {"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13",
         "fourteen": "14", "fifteen": "15", "sixteen": "16",
         "seventeen": "17", "eighteen": "18", "nineteen": "19"}
TEEN_BY = {v: k for k, v in TEENS.items()}
TENS = {"twenty": "2", "thirty": "3", "forty": "4", "fifty": "5",
        "sixty": "6", "seventy": "7", "eighty": "8", "ninety": "9"}
TENS_BY = {v: k for k, v in TENS.items()}
STEMS = {"thir": "3", "fif": "5", "for": "4", "four": "4", "six": "6",
         "seven": "7", "eigh": "8", "nine": "9", "twen": "2"}
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "hmm", "ah"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C",
        "delta": "D", "echo": "E", "foxtrot": "F", "golf": "G", "hotel": "H",
        "india": "I", "juliet": "J", "juliett": "J", "kilo": "K",
        "lima": "L", "mike": "M", "november": "N", "oscar": "O",
        "papa": "P", "quebec": "Q", "romeo": "R", "sierra": "S",
        "tango": "T", "uniform": "U", "victor": "V", "whiskey": "W",
        "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
NATO_BY = {}
for _w, _l in NATO.items():
    NATO_BY.setdefault(_l, _w)
LETTER_NAMES = {"bee": "B", "see": "C", "sea": "C", "dee": "D", "gee": "G",
                "aitch": "H", "haitch": "H", "jay": "J", "kay": "K",
                "el": "L", "em": "M", "en": "N", "pee": "P", "pea": "P",
                "queue": "Q", "cue": "Q", "are": "R", "ess": "S", "tee": "T",
                "tea": "T", "you": "U", "vee": "V", "ex": "X", "why": "Y",
                "zed": "Z", "zee": "Z", "eff": "F"}
NAME_BY = {}
for _w, _l in LETTER_NAMES.items():
    NAME_BY.setdefault(_l, []).append(_w)
FOR_WORDS = {"A": ["apple"], "B": ["bertie", "boy"], "C": ["charlie", "cat"],
             "E": ["edward", "echo"], "G": ["george"], "H": ["harry"],
             "J": ["john", "juliet"], "K": ["king", "kilo"],
             "L": ["london", "lima"], "M": ["mike", "mother"],
             "N": ["nancy", "november"], "P": ["peter", "papa"],
             "R": ["robert", "romeo"], "S": ["sugar", "sierra"],
             "T": ["tommy", "tango"], "W": ["william", "whiskey"],
             "X": ["xray"], "Y": ["yellow", "yankee"], "Z": ["zebra", "zulu"],
             "D": ["david"], "F": ["freddie"], "Q": ["queen"], "U": ["uncle"],
             "V": ["victor"], "I": ["india"], "O": ["oscar"]}
MONTHS = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3,
          "mar": 3, "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6,
          "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
          "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
          "nov": 11, "december": 12, "dec": 12}
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December"]
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
       "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
       "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
       "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
       "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
       "thirtieth": 30}
ORD_BY = {v: k for k, v in ORD.items()}
STREET_SUFFIX = {"road", "rd", "street", "st", "avenue", "ave", "lane",
                 "close", "drive", "dr", "way", "crescent", "court",
                 "place", "terrace", "gardens", "boulevard", "blvd", "grove",
                 "row", "hill", "park", "walk", "square", "mews"}


# ------------------------------------------------------------- normalising
def _tok(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def _is_unit(t):
    return t in UNIT_WORDS or (len(t) == 1 and t.isdigit())


def _unit(t):
    return UNIT_WORDS.get(t, t)


def _letter(t):
    if len(t) == 1 and t.isalpha() and t != "o":
        return t.upper()
    return LETTER_NAMES.get(t)


def _merge_split(toks):
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if t in STEMS and nx == "teen":
            out.append(TEEN_BY[str(10 + int(STEMS[t]))])
            i += 2
            continue
        if t in STEMS and nx == "ty" and STEMS[t] in TENS_BY:
            out.append(TENS_BY[STEMS[t]])
            i += 2
            continue
        out.append(t)
        i += 1
    return out


def _small(toks, j):
    t = toks[j]
    if t in TEENS:
        return TEENS[t], j + 1
    if t in TENS:
        if j + 1 < len(toks) and toks[j + 1] in UNIT_WORDS and \
                UNIT_WORDS[toks[j + 1]] != "0":
            return TENS[t] + UNIT_WORDS[toks[j + 1]], j + 2
        return TENS[t] + "0", j + 1
    if _is_unit(t):
        return "0" + _unit(t), j + 1
    raise ValueError("bad number after 'and': %r" % t)


def _segment(t):
    """Split run-together unit words, e.g. 'fourtwo' -> ['four','two']."""
    words = [w for w in UNIT_WORDS if len(w) > 2] + ["oh"]
    best = {0: []}
    for i in range(1, len(t) + 1):
        for w in words:
            if i >= len(w) and t[i - len(w):i] == w and (i - len(w)) in best:
                best[i] = best[i - len(w)] + [w]
                break
    return best.get(len(t))


def parse_spoken(text, letters=False):
    toks = _merge_split(_tok(text))
    out = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        nx = toks[i + 1] if i + 1 < n else None
        if t in FILLERS:
            i += 1
            continue
        if letters:
            L = _letter(t)
            if L and nx == "for" and i + 2 < n and toks[i + 2][:1] == L.lower():
                out.append(L)
                i += 3
                continue
            if L and nx == "as" and i + 3 < n and toks[i + 2] == "in" and \
                    toks[i + 3][:1] == L.lower():
                out.append(L)
                i += 4
                continue
            if t in NATO:
                out.append(NATO[t])
                i += 1
                continue
        if t in ("double", "triple"):
            k = 2 if t == "double" else 3
            if letters and nx == "you":
                out.append("W")
                i += 2
                continue
            if nx is not None and _is_unit(nx):
                out.append(_unit(nx) * k)
                i += 2
                continue
            if letters and nx is not None and _letter(nx):
                out.append(_letter(nx) * k)
                i += 2
                continue
            raise ValueError("dangling %s" % t)
        if _is_unit(t):
            v = _unit(t)
            if nx == "hundred":
                i += 2
                if i < n and toks[i] == "and":
                    rest, i = _small(toks, i + 1)
                    out.append(v + rest)
                else:
                    out.append(v + "00")
                continue
            if nx == "thousand":
                i += 2
                if i < n and toks[i] == "and":
                    rest, i = _small(toks, i + 1)
                    out.append(v + "0" + rest)
                else:
                    out.append(v + "000")
                continue
            out.append(v)
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in TEENS:
            out.append(TEENS[t])
            i += 1
            continue
        if t in TENS:
            if nx in UNIT_WORDS and UNIT_WORDS[nx] != "0":
                out.append(TENS[t] + UNIT_WORDS[nx])
                i += 2
            else:
                out.append(TENS[t] + "0")
                i += 1
            continue
        if letters and _letter(t):
            out.append(_letter(t))
            i += 1
            continue
        seg = _segment(t)
        if seg:
            out.extend(UNIT_WORDS[w] for w in seg)
            i += 1
            continue
        if letters and re.fullmatch(r"[a-z0-9]+", t):
            out.append(t.upper())
            i += 1
            continue
        raise ValueError("unknown token %r in %r" % (t, text))
    return "".join(out)


def norm_email(text):
    toks = re.findall(r"[a-z0-9]+|[@._+-]", text.lower())
    out = []
    i = 0
    numeric = set(TEENS) | set(TENS) | {"zero", "one", "two", "three", "four",
                                       "five", "six", "seven", "eight",
                                       "nine", "double", "triple", "oh"}
    while i < len(toks):
        t = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif len(t) == 1 and t.isalpha() and nx == "for" and i + 2 < len(toks) \
                and toks[i + 2][:1] == t:
            out.append(t)
            i += 3
            continue
        elif t in numeric:
            j = i
            while j < len(toks) and toks[j] in numeric:
                j += 1
            out.append(parse_spoken(" ".join(toks[i:j])))
            i = j
            continue
        else:
            out.append(t)
        i += 1
    return "".join(out)


def norm_date(text):
    toks = _tok(text)
    pre = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if t in ("of", "the", "slash"):
            i += 1
            continue
        if t in MONTHS:
            pre.append("%02d" % MONTHS[t])
        elif t in TENS and nx in ORD and ORD[nx] < 10:
            pre.append(TENS[t] + str(ORD[nx]))
            i += 1
        elif t in ORD:
            pre.append("%02d" % ORD[t])
        elif re.fullmatch(r"\d+(st|nd|rd|th)", t):
            pre.append("%02d" % int(re.match(r"\d+", t).group()))
        elif t.isdigit() and len(t) == 1:
            pre.append("0" + t)
        else:
            pre.append(t)
        i += 1
    return parse_spoken(" ".join(pre))


def _valid_date(d, m, y):
    if not 1 <= m <= 12:
        return False
    days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return 1 <= d <= days


def luhn_ok(s):
    tot = 0
    for k, ch in enumerate(reversed(s)):
        v = int(ch)
        if k % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    lens = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24}
    if s[:2] in lens and len(s) != lens[s[:2]]:
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]"
UKPC_RE = r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}"


def normalise(text, typ):
    if typ == "EMAIL":
        return norm_email(text)
    if typ in ("DOB", "EXPIRY"):
        return norm_date(text)
    if typ == "ADDRESS":
        return " ".join(_tok(text))
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    return parse_spoken(text, letters=letters)


def validate(value, typ, partial=False):
    """value: normalised string (pieces of a split value already joined)."""
    if partial:
        return bool(value) and re.fullmatch(r"[A-Z0-9]+", value) is not None
    if typ == "CARD_NUMBER":
        return re.fullmatch(r"\d{13,19}", value) is not None and luhn_ok(value)
    if typ == "CVV":
        return re.fullmatch(r"\d{3,4}", value) is not None
    if typ == "SSN":
        return (re.fullmatch(r"\d{9}", value) is not None and
                value[:3] not in ("000", "666") and value[0] != "9" and
                value[3:5] != "00" and value[5:] != "0000")
    if typ == "NI_NUMBER":
        return re.fullmatch(NI_RE, value) is not None
    if typ == "BANK_ACCOUNT":
        return re.fullmatch(r"\d{8,12}", value) is not None
    if typ == "SORT_CODE":
        return re.fullmatch(r"\d{6}", value) is not None
    if typ == "IBAN":
        return iban_ok(value)
    if typ == "PHONE":
        return re.fullmatch(r"\d{10,14}", value) is not None
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+",
                            value) is not None
    if typ == "POSTCODE":
        return (re.fullmatch(UKPC_RE, value) is not None or
                re.fullmatch(r"\d{5}(\d{4})?", value) is not None)
    if typ == "ADDRESS":
        toks = value.split()
        if len(toks) < 2 or toks[-1] not in STREET_SUFFIX:
            return False
        first = toks[0]
        if first in ("flat", "apartment", "apt", "unit"):
            return True
        try:
            return bool(parse_spoken(first)) or bool(re.match(r"\d", first))
        except ValueError:
            return bool(re.fullmatch(r"\d+[a-z]?", first))
    if typ == "EXPIRY":
        if not value.isdigit():
            return False
        if len(value) == 3:
            m, y = int(value[0]), int(value[1:])
        elif len(value) == 4:
            m, y = int(value[:2]), int(value[2:])
        elif len(value) == 6:
            m, y = int(value[:2]), int(value[2:]) - 2000
        else:
            return False
        return 1 <= m <= 12 and 24 <= y <= 35
    if typ == "DOB":
        if not value.isdigit():
            return False
        if len(value) == 8:
            a, b, c = int(value[:2]), int(value[2:4]), int(value[4:])
            if 1920 <= c <= 2010 and (_valid_date(a, b, c) or
                                      _valid_date(b, a, c)):
                return True
            y, m, d = int(value[:4]), int(value[4:6]), int(value[6:])
            return 1920 <= y <= 2010 and _valid_date(d, m, y)
        if len(value) == 6:
            a, b = int(value[:2]), int(value[2:4])
            return _valid_date(a, b, 2000) or _valid_date(b, a, 2000)
        return False
    raise ValueError(typ)


# ------------------------------------------------------------ value makers
def make_card(r):
    kind = r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13",
                     "visa19"])
    pre, ln = {"visa": ("4", 16), "mc": (r.choice(["51", "52", "53", "54",
                                                  "55", "2221"]), 16),
               "amex": (r.choice(["34", "37"]), 15), "disc": ("6011", 16),
               "visa13": ("4", 13), "visa19": ("4", 19)}[kind]
    body = pre + "".join(r.choice("0123456789") for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(c):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 13:
        return [4, 3, 3, 3]
    if len(c) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def split_by(s, groups):
    out, k = [], 0
    for g in groups:
        out.append(s[k:k + g])
        k += g
    return out


def make_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(r):
    while True:
        p = r.choice(NI_FIRST) + r.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(r.choice("0123456789") for _ in range(6)) + r.choice("ABCD")


def iban_make(country, bban):
    r_ = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in r_)
    ck = 98 - int(num) % 97
    return country + "%02d" % ck + bban


def make_iban(r):
    cc = r.choice(["GB", "IE", "DE", "NL", "FR", "ES", "GB", "IE"])
    dg = lambda k: "".join(r.choice("0123456789") for _ in range(k))
    if cc == "GB":
        b = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + dg(14)
    elif cc == "IE":
        b = r.choice(["AIBK", "BIRE", "PTSB", "ULSB"]) + dg(14)
    elif cc == "NL":
        b = r.choice(["ABNA", "RABA", "INGB", "TRIO"]) + dg(10)
    elif cc == "DE":
        b = dg(18)
    elif cc == "FR":
        b = dg(23)
    else:
        b = dg(20)
    return iban_make(cc, b)


OUTWARD = ["SW1A", "M1", "B33", "CR2", "DN55", "EH1", "LS6", "G41", "BT9",
           "NE1", "CF10", "BS8", "W1A", "EC1A", "N1", "L3", "PL4", "E14",
           "SE1", "GU1", "RG1", "M14", "B15", "LS2", "NG7", "CB2", "S10",
           "BN3", "TW9", "KT2", "EH10", "G12", "AB25", "DD1", "LE3", "HU5"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def make_ukpc(r):
    return r.choice(OUTWARD) + str(r.randint(0, 9)) + r.choice(INWARD_L) + \
        r.choice(INWARD_L)


def make_zip(r, plus4=False):
    z = "%05d" % r.randint(10001, 99899)
    return z + ("%04d" % r.randint(1, 9999) if plus4 else "")


def make_phone(r, kind=None):
    kind = kind or r.choice(["ukmob", "ukland", "us", "ie", "ukmob", "us"])
    dg = lambda k: "".join(r.choice("0123456789") for _ in range(k))
    if kind == "ukmob":
        return kind, "07" + r.choice("4579") + dg(8)
    if kind == "ukland":
        return kind, r.choice(["020", "0161", "0113", "0131", "0117",
                               "0121"]) + dg(7)
    if kind == "us":
        return kind, r.choice("23456789") + dg(2) + "555" + "01" + dg(2)
    return kind, "08" + r.choice("35679") + dg(7)


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "mohammed",
         "emma", "olu", "grace", "sean", "chloe", "raj", "megan", "dave",
         "niamh", "kwame", "lucy", "pete", "zara", "hannah", "ciaran", "jo",
         "maria", "ben", "fiona", "marek", "yusuf", "elena", "carl"]
LAST = ["doe", "smith", "patel", "obrien", "kowalski", "jones", "murphy",
        "nguyen", "walsh", "hughes", "garcia", "okafor", "brennan", "kaur",
        "taylor", "byrne", "fischer", "martin", "evans", "rossi"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com",
           "btinternet.com", "eircom.net", "icloud.com", "sky.com",
           "aol.com", "web.de", "live.ie", "proton.me"]
STREETS = ["acacia avenue", "station road", "high street", "church lane",
           "victoria road", "mill lane", "the crescent", "park drive",
           "oak street", "elm grove", "kings road", "queens terrace",
           "maple drive", "willow close", "granby street", "main street",
           "harbour view court", "beech walk", "north parade row",
           "orchard way", "cedar boulevard", "pine hill", "fairview gardens",
           "abbey mews", "lime square", "market place", "riverside walk"]
TOWNS_UK = ["Leeds", "Manchester", "Croydon", "Bristol", "Glasgow", "Cardiff",
            "Belfast", "Sheffield", "Nottingham", "Brighton", "Reading"]
TOWNS_US = ["Austin, TX", "Columbus, Ohio", "Denver", "Portland, Oregon",
            "Tampa, FL", "Albany, NY", "Madison, WI", "Raleigh"]
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah", "got that",
        "ok go ahead", "sure", "mm hmm", "and then"]
FILL_IN = ["um", "uh", "er", "erm"]


# --------------------------------------------------------------- renderers
def w_digit(d, r, homo=0.0, zero=None):
    if d == "0":
        return r.choice(zero or ["oh", "oh", "zero", "nought", "o"])
    if homo and d in HOMO and r.random() < homo:
        return r.choice(HOMO[d])
    return DIGIT_WORD[d]


def pair_words(pp, r, split=0.0):
    if pp[0] == "0":
        return r.choice(["oh", "zero", "o"]) + " " + DIGIT_WORD[pp[1]]
    if pp[0] == "1":
        if split and r.random() < split and pp[1] in "34679":
            stem = {"3": "thir", "4": "four", "6": "six", "7": "seven",
                    "9": "nine"}[pp[1]]
            return stem + " teen"
        return TEEN_BY[pp]
    if split and r.random() < split and pp[0] in "4679":
        tens = {"4": "for", "6": "six", "7": "seven", "9": "nine"}[pp[0]] + " ty"
    else:
        tens = TENS_BY[pp[0]]
    return tens if pp[1] == "0" else tens + " " + DIGIT_WORD[pp[1]]


def digit_run_words(g, r, homo, zero, dbl=0.6, runon=0.08):
    words = []
    k = 0
    while k < len(g):
        d = g[k]
        run = 1
        while k + run < len(g) and g[k + run] == d:
            run += 1
        if run >= 3 and r.random() < dbl:
            words.append("triple " + w_digit(d, r, 0, zero))
            k += 3
            continue
        if run >= 2 and r.random() < dbl:
            words.append("double " + w_digit(d, r, 0, zero))
            k += 2
            continue
        words.append(w_digit(d, r, homo, zero))
        k += 1
    if len(words) >= 2 and r.random() < runon:
        j = r.randrange(len(words) - 1)
        a, b = words[j], words[j + 1]
        if " " not in a + b and a in DIGIT_WORD.values() and \
                b in DIGIT_WORD.values():
            words[j:j + 2] = [a + b]
    return words


def speak_group(g, r, homo=0.12, fill=0.08, zero=None, numerals=0.12):
    styles = ["digits", "digits", "digits"]
    if len(g) % 2 == 0:
        styles += ["pairs", "pairs"]
    if len(g) == 3 and g[0] != "0":
        styles += ["hundreds"]
    if len(g) == 4 and g[0] != "0" and g[1] != "0":
        styles += ["hundreds"]
    styles += ["mixed"]
    st = r.choice(styles)
    if r.random() < numerals:
        st = "numerals"
    if st == "digits":
        words = digit_run_words(g, r, homo, zero)
    elif st == "pairs":
        words = [pair_words(g[k:k + 2], r, split=0.25)
                 for k in range(0, len(g), 2)]
    elif st == "hundreds":
        if len(g) == 3:
            tail = g[1:]
            words = [DIGIT_WORD[g[0]] + " hundred" +
                     ("" if tail == "00" else " and " +
                      (DIGIT_WORD[tail[1]] if tail[0] == "0" else
                       pair_words(tail, r)))]
        else:
            words = [DIGIT_WORD[g[0]], DIGIT_WORD[g[1]] + " hundred" +
                     ("" if g[2:] == "00" else " and " +
                      (DIGIT_WORD[g[3]] if g[2] == "0" else
                       pair_words(g[2:], r)))]
    elif st == "mixed":
        cut = r.randint(1, max(1, len(g) - 1))
        words = list(g[:cut]) if r.random() < 0.5 else [g[:cut]]
        words += digit_run_words(g[cut:], r, homo, zero, dbl=0.3)
    else:
        words = [g]
    if len(words) > 1 and r.random() < fill:
        j = r.randint(1, len(words) - 1)
        words.insert(j, r.choice(FILL_IN))
    return " ".join(words)


def speak_digits(s, groups, r, seps=(" ", ", ", " ... ", " "), **kw):
    """Return list of spoken chunks, one per group, each parsing to its
    group and the whole parsing to s."""
    for _ in range(200):
        parts = split_by(s, groups)
        chunks = []
        for p in parts:
            for _ in range(50):
                c = speak_group(p, r, **kw)
                try:
                    if parse_spoken(c) == p:
                        break
                except ValueError:
                    pass
            else:
                c = " ".join(DIGIT_WORD[d] for d in p)
            chunks.append(c)
        sep = r.choice(seps)
        if parse_spoken(sep.join(chunks)) == s and \
                parse_spoken(" ".join(chunks)) == s:
            return chunks, sep
    raise RuntimeError("cannot speak %s" % s)


def spell_letter(L, r, style=None):
    style = style or r.choice(["plain", "plain", "nato", "for", "name", "as"])
    if style == "nato":
        return NATO_BY[L]
    if style == "for":
        return L.lower() + " for " + r.choice(FOR_WORDS[L])
    if style == "as":
        return L.lower() + " as in " + r.choice(FOR_WORDS[L])
    if style == "name" and L in NAME_BY:
        return r.choice(NAME_BY[L])
    return L.lower()


def speak_alnum(s, r, homo=0.1, letter_style=None):
    """Spoken form of a string of letters and digits (NI, postcode, IBAN).
    The homophone 'for' is never used here (clashes with 'x for xray')."""
    for _ in range(200):
        out = []
        k = 0
        while k < len(s):
            c = s[k]
            if c.isalpha():
                if k + 1 < len(s) and s[k + 1] == c and r.random() < 0.5:
                    out.append("double " + c.lower())
                    k += 2
                    continue
                out.append(spell_letter(c, r, letter_style))
                k += 1
                continue
            j = k
            while j < len(s) and s[j].isdigit():
                j += 1
            g = s[k:j]
            if len(g) >= 2 and r.random() < 0.5:
                cut = r.choice([x for x in (2, 3, 4) if x <= len(g)])
                ws = []
                for q in range(0, len(g), cut):
                    ws.append(speak_group(g[q:q + cut], r, homo=0, fill=0.05))
                out.append(" ".join(ws))
            else:
                ws = digit_run_words(g, r, homo, None)
                ws = [w for w in ws if w not in ("for", "fore")] and \
                    [("four" if w in ("for", "fore") else w) for w in ws]
                out.append(" ".join(ws))
            k = j
        txt = " ".join(out)
        try:
            if parse_spoken(txt, letters=True) == s:
                return txt
        except ValueError:
            pass
    raise RuntimeError("cannot spell %s" % s)


def typed_groups(s, groups, r, sep=None):
    sep = sep if sep is not None else r.choice([" ", " ", "-", "", ".", "  "])
    return sep.join(split_by(s, groups))


# ----------------------------------------------------------- case building
class V(object):
    def __init__(self, text, typ, gid, partial=False):
        self.text, self.typ, self.gid, self.partial = text, typ, gid, partial


def build(turns):
    out_turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, V):
                st = len(text)
                text += seg.text
                spans.append({"turn": ti, "start": st, "end": len(text),
                              "type": seg.typ})
                groups.setdefault(seg.gid, []).append(
                    (len(spans) - 1, seg.typ, seg.partial))
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans, groups


def group_check(turns, spans, groups):
    errs = []
    for gid, items in groups.items():
        typ = items[0][1]
        partial = items[0][2]
        val = ""
        for si, t, p in items:
            sp = spans[si]
            if sp["type"] != t:
                errs.append("type mismatch in group %s" % gid)
            txt = turns[sp["turn"]]["text"][sp["start"]:sp["end"]]
            try:
                val += normalise(txt, t)
            except ValueError as e:
                errs.append("group %s: %s" % (gid, e))
        if typ == "ADDRESS":
            val = " ".join(val.split())
        if not validate(val, typ, partial):
            errs.append("group %s (%s) invalid: %r" % (gid, typ, val))
    return errs


# -------------------------------------------------------- positive templates
INDUSTRY_GREET = {
    "banking": "thanks for calling the bank",
    "telecom": "you're through to mobile customer services",
    "utilities": "energy accounts team",
    "retail": "online orders team",
    "insurance": "motor claims",
    "travel": "bookings desk",
    "healthcare": "patient billing",
    "government": "tax and benefits helpline",
}


def ind(r):
    return r.choice(sorted(INDUSTRY_GREET))


def t_card_chat(r, n):
    c = make_card(r)
    g = card_groups(c)
    if r.random() < 0.3:
        g = r.choice([[4, 8, 4], [6, len(c) - 6], [len(c)], [4, 4, 4, len(c) - 12]])
    typed = typed_groups(c, g, r)
    label = r.choice(["card no: ", "crd num ", "Card number - ", "card: ",
                      "CC#", "long number on card is ", "here u go ",
                      "the card is "])
    exp_m, exp_y = r.randint(1, 12), r.randint(25, 31)
    exp = r.choice(["%02d/%02d" % (exp_m, exp_y), "%02d-%d" % (exp_m, 2000 + exp_y),
                    "%02d%02d" % (exp_m, exp_y), "%s %d" % (MONTH_NAMES[exp_m - 1][:3], 2000 + exp_y)])
    cvv = "%04d" % r.randint(0, 9999) if len(c) == 15 else "%03d" % r.randint(0, 999)
    segs = [label, V(typed, "CARD_NUMBER", "c")]
    if r.random() < 0.8:
        segs += [r.choice([" exp ", ", expires ", " valid till ", " / exp: "]),
                 V(exp, "EXPIRY", "e")]
    if r.random() < 0.7:
        segs += [r.choice([" cvv ", " and the 3 digits on back r ", ", sec code: ",
                           " cvc="]), V(cvv, "CVV", "v")]
    turns = [("agent", ["Hi, you're chatting with the %s. How can I help?" % ind(r)]),
             ("customer", ["want to pay my bill. " if r.random() < 0.5 else "",
                           ] + segs),
             ("agent", ["Thanks, processing that now."])]
    return turns, "typed chat card details"


def t_card_asr_split(r, n):
    c = make_card(r)
    g = card_groups(c)
    chunks, _ = speak_digits(c, g, r, homo=0.15)
    turns = [("agent", [r.choice(["can i take the long number on the front of the card",
                                  "ok whenever you're ready the card number please",
                                  "and what's the card number"])])]
    for k, ch in enumerate(chunks):
        lead = r.choice(["", "", "it's ", "um ", "then ", "next is "]) if k else \
            r.choice(["yeah it's ", "ok so ", "right ", "", "it is "])
        tail = r.choice(["", "", " ... hang on", ""]) if k < len(chunks) - 1 else ""
        turns.append(("customer", [lead, V(ch, "CARD_NUMBER", "c"), tail]))
        if k < len(chunks) - 1:
            turns.append(("agent", [r.choice(BACK)]))
    if r.random() < 0.6:
        rb, sep = speak_digits(c, g, r, homo=0.0, fill=0.0)
        turns.append(("agent", ["so that's ", V(sep.join(rb), "CARD_NUMBER", "rb"),
                                r.choice([" is that right", " correct", ""])]))
        turns.append(("customer", [r.choice(["yes", "yep that's it", "correct"])]))
    return turns, "ASR card number split over customer turns with back-channels"


def t_card_asr_oneturn(r, n):
    c = make_card(r)
    chunks, sep = speak_digits(c, card_groups(c), r, homo=0.2, fill=0.15)
    aside = r.choice(["", "", " sorry the dog's barking", " hold on let me get my glasses"])
    turns = [("agent", ["%s, can i have the card number please" % INDUSTRY_GREET[ind(r)]])]
    if aside:
        k = r.randint(1, len(chunks) - 1)
        a, b = sep.join(chunks[:k]), sep.join(chunks[k:])
        turns.append(("customer", ["yeah it's ", V(a, "CARD_NUMBER", "c"), " ..." + aside + " ... ",
                                   V(b, "CARD_NUMBER", "c")]))
        note = "ASR card number with an aside in the middle of the reading"
    else:
        turns.append(("customer", ["it's ", V(sep.join(chunks), "CARD_NUMBER", "c")]))
        note = "ASR card number in one turn, homophones and fillers"
    ex_m, ex_y = r.randint(1, 12), r.randint(25, 31)
    exp_spoken = r.choice([
        "%s %s" % (pair_words("%02d" % ex_m, r), pair_words("%02d" % ex_y, r)),
        "%s %s" % (MONTH_NAMES[ex_m - 1].lower(), pair_words("%02d" % ex_y, r)),
        "%s slash %s" % (" ".join(w_digit(d, r) for d in "%02d" % ex_m),
                         " ".join(w_digit(d, r) for d in "%02d" % ex_y)),
        "%s twenty %s" % (MONTH_NAMES[ex_m - 1].lower(), pair_words("%02d" % ex_y, r)),
    ])
    turns.append(("agent", ["and the expiry"]))
    turns.append(("customer", [r.choice(["", "um ", "it runs out "]), V(exp_spoken, "EXPIRY", "e")]))
    if r.random() < 0.6:
        cv = "%03d" % r.randint(0, 999) if len(c) != 15 else "%04d" % r.randint(0, 9999)
        turns.append(("agent", ["and the security code on the back"]))
        turns.append(("customer", [V(speak_group(cv, r, fill=0), "CVV", "v")]))
    return turns, note


def t_card_correction(r, n):
    c = make_card(r)
    g = card_groups(c)
    chunks, sep = speak_digits(c, g, r, homo=0.1)
    frag = speak_digits(c[:g[0]], [g[0]], r)[0][0]
    turns = [("agent", ["go ahead with the card number"]),
             ("customer", ["ok ", V(frag, "CARD_NUMBER", "frag", True),
                           r.choice([" ... no wait sorry that's the old card, let me start again ",
                                     " hang on no that's wrong, from the top ",
                                     " ... sorry i'll start again "]),
                           V(sep.join(chunks), "CARD_NUMBER", "c")])]
    if r.random() < 0.5:
        last4 = " ".join(DIGIT_WORD[d] for d in c[-4:])
        turns.append(("agent", ["thank you, so that's the card ending ",
                                V(last4, "CARD_NUMBER", "l4", True)]))
    return turns, "restarted card reading; abandoned fragment labelled; last four labelled since full card read"


def t_ssn_typed(r, n):
    s = make_ssn(r)
    form = r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s-%s%s"])
    typed = form % (s[:3], s[3:5], s[5:])
    lab = r.choice(["SSN: ", "ssn# ", "Social: ", "my social security number is ",
                    "soc sec no. ", "SS number ", "tax id (ssn) "])
    turns = [("agent", ["For verification I need the primary account holder's SSN."]),
             ("customer", [lab, V(typed, "SSN", "s"), r.choice(["", " thx", ". DOB below"])])]
    return turns, "typed US SSN"


def t_ssn_asr(r, n):
    s = make_ssn(r)
    parts = [s[:3], s[3:5], s[5:]]
    chunks, sep = speak_digits(s, [3, 2, 4], r, homo=0.2, fill=0.1,
                               zero=["oh", "zero"])
    turns = [("agent", [r.choice(["can you verify the last... actually the full social security number",
                                  "i'll need your social to pull up the policy",
                                  "what's the social on the account"])])]
    if r.random() < 0.5:
        turns.append(("customer", [r.choice(["sure it's ", "yeah ", "ok "]),
                                   V(chunks[0], "SSN", "s")]))
        turns.append(("agent", [r.choice(BACK)]))
        turns.append(("customer", [V(chunks[1], "SSN", "s")]))
        turns.append(("agent", [r.choice(BACK)]))
        turns.append(("customer", [V(chunks[2], "SSN", "s")]))
        note = "ASR SSN split 3-2-4 over turns"
    else:
        turns.append(("customer", ["it's ", V(sep.join(chunks), "SSN", "s")]))
        note = "ASR SSN one turn"
    if r.random() < 0.5:
        rb, sep2 = speak_digits(s, [3, 2, 4], r, homo=0, fill=0, zero=["oh", "zero"])
        turns.append(("agent", ["let me read that back, ", V(sep2.join(rb), "SSN", "rb")]))
    return turns, note


def t_ni_typed(r, n):
    ni = make_ni(r)
    v = r.choice([ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
                  "%s-%s-%s" % (ni[:2], ni[2:8], ni[8]), ni[:2].title() + ni[2:].lower(),
                  "%s %s %s" % (ni[:2].lower(), ni[2:8], ni[8])])
    lab = r.choice(["NI no: ", "NINO ", "national insurance number is ", "ni num - ",
                    "Nat Ins: ", "my NI is "])
    turns = [("agent", ["Can you confirm your National Insurance number please?"]),
             ("customer", [lab, V(v, "NI_NUMBER", "n")])]
    return turns, "typed UK NI number"


def t_ni_asr(r, n):
    ni = make_ni(r)
    style = r.choice([None, "name", "nato", "for", None])
    turns = [("agent", [r.choice(["and your national insurance number",
                                  "can i take your n i number",
                                  "ok i just need your national insurance"])])]
    if r.random() < 0.55:
        a = speak_alnum(ni[:2], r, letter_style=style)
        b = speak_alnum(ni[2:8], r)
        c = speak_alnum(ni[8], r, letter_style=style)
        turns += [("customer", [r.choice(["yeah it's ", "right ", "", "erm "]), V(a, "NI_NUMBER", "n")]),
                  ("agent", [r.choice(BACK)]),
                  ("customer", [V(b, "NI_NUMBER", "n")]),
                  ("agent", [r.choice(["and the last letter", "and the letter at the end", "mhm"])]),
                  ("customer", [V(c, "NI_NUMBER", "n")])]
        note = "ASR NI number split over turns, spelled letters"
    else:
        turns.append(("customer", ["it's ", V(speak_alnum(ni, r, letter_style=style), "NI_NUMBER", "n")]))
        note = "ASR NI number in one turn, misheard letter names/NATO"
    if r.random() < 0.5:
        turns.append(("agent", ["that's ", V(speak_alnum(ni, r, homo=0, letter_style="plain"),
                                              "NI_NUMBER", "rb"), "?"]))
    return turns, note


def t_bank_uk(r, n):
    sc = "%06d" % r.randint(0, 999999)
    acct = "%08d" % r.randint(0, 99999999)
    if r.random() < 0.5:
        sct = r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        turns = [("customer", [r.choice(["sort code ", "s/c: ", "Sort Code - "]), V(sct, "SORT_CODE", "s"),
                               r.choice([" acct no: ", ", account ", " a/c "]), V(typed_groups(acct, [4, 4], r), "BANK_ACCOUNT", "a")]),
                 ("agent", ["Thanks, I've set up the direct debit."])]
        return turns, "typed UK sort code and account number"
    scs, sep = speak_digits(sc, [2, 2, 2], r, homo=0.15)
    acs, sep2 = speak_digits(acct, r.choice([[4, 4], [3, 3, 2], [2, 2, 2, 2]]), r, homo=0.15)
    turns = [("agent", ["what's the sort code for the direct debit"]),
             ("customer", [r.choice(["it's ", "", "um "]), V(sep.join(scs), "SORT_CODE", "s")]),
             ("agent", ["and the account number"])]
    if r.random() < 0.5:
        k = len(acs) // 2
        turns += [("customer", [V(sep2.join(acs[:k]), "BANK_ACCOUNT", "a")]),
                  ("agent", [r.choice(BACK)]),
                  ("customer", [V(sep2.join(acs[k:]), "BANK_ACCOUNT", "a")])]
    else:
        turns.append(("customer", [V(sep2.join(acs), "BANK_ACCOUNT", "a")]))
    return turns, "ASR UK sort code and account number"


def t_bank_us(r, n):
    acct = "".join(r.choice("0123456789") for _ in range(r.randint(9, 12)))
    if r.random() < 0.5:
        turns = [("customer", [r.choice(["checking acct #", "acct no: ", "account number "]),
                               V(acct, "BANK_ACCOUNT", "a"), " for the autopay pls"])]
        return turns, "typed US bank account"
    ch, sep = speak_digits(acct, [3] * (len(acct) // 3) + ([len(acct) % 3] if len(acct) % 3 else []), r)
    turns = [("agent", ["and the checking account number"]),
             ("customer", ["yeah it's ", V(sep.join(ch), "BANK_ACCOUNT", "a")])]
    return turns, "ASR US bank account"


def iban_spaced(i, r):
    s = " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    return r.choice([s, s.lower(), i, i.lower()])


def t_iban(r, n):
    ib = make_iban(r)
    if r.random() < 0.5:
        turns = [("customer", [r.choice(["IBAN: ", "my iban is ", "Please refund to IBAN "]),
                               V(iban_spaced(ib, r), "IBAN", "i"), r.choice(["", " thanks", ". BIC to follow"])])]
        return turns, "typed IBAN"
    parts = [ib[k:k + 4] for k in range(0, len(ib), 4)]
    for _ in range(100):
        spoken = [speak_alnum(p, r, letter_style=r.choice([None, "nato", "plain"])) for p in parts]
        if parse_spoken(" ".join(spoken), letters=True) == ib:
            break
    turns = [("agent", ["can you read me the iban"])]
    k = r.randint(2, len(spoken) - 1)
    turns += [("customer", [V(" ".join(spoken[:k]), "IBAN", "i")]),
              ("agent", [r.choice(BACK)]),
              ("customer", [V(" ".join(spoken[k:]), "IBAN", "i")])]
    return turns, "ASR IBAN split over turns"


def phone_typed(kind, p, r):
    if kind == "ukmob":
        return r.choice([p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:],
                         "0044" + p[1:], "+44(0)" + p[1:], p])
    if kind == "ukland":
        k = 3 if p.startswith("020") else 4
        return r.choice([p[:k] + " " + p[k:], "+44 " + p[1:k] + " " + p[k:], p])
    if kind == "us":
        return r.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:]),
                         "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), "1-%s-%s-%s" % (p[:3], p[3:6], p[6:])])
    return r.choice(["+353 %s %s %s" % (p[1:3], p[3:6], p[6:]), "%s %s %s" % (p[:3], p[3:6], p[6:])])


def t_phone(r, n):
    kind, p = make_phone(r)
    if r.random() < 0.45:
        t = phone_typed(kind, p, r)
        if t.startswith("+"):
            pre, t = "+", t[1:]
        elif t.startswith("("):
            pre, t = "(", t[1:]
        else:
            pre = ""
        turns = [("customer", [r.choice(["best number to reach me: ", "call back on ", "mob ", "Tel: ", "pls ring "]) + pre,
                               V(t, "PHONE", "p")])]
        return turns, "typed phone number"
    groups = {"ukmob": [5, 3, 3], "ukland": [4, 3, 4] if not p.startswith("020") else [3, 4, 4],
              "us": [3, 3, 4], "ie": [3, 3, 4]}[kind]
    intl = r.random() < 0.3
    s = p
    if intl:
        cc = {"ukmob": "44", "ukland": "44", "us": "1", "ie": "353"}[kind]
        s = cc + (p[1:] if kind != "us" else p)
        groups = [len(cc), len(s) - len(cc) - sum(groups[1:])] + groups[1:]
    ch, sep = speak_digits(s, groups, r, homo=0.15)
    lead = "plus " if intl and r.random() < 0.6 else ""
    turns = [("agent", ["what's the best number to call you back on"])]
    if r.random() < 0.4:
        turns += [("customer", [lead, V(" ".join(ch[:2]), "PHONE", "p")]),
                  ("agent", [r.choice(BACK)]),
                  ("customer", [V(" ".join(ch[2:]), "PHONE", "p")])]
    else:
        turns.append(("customer", [r.choice(["it's ", "my mobile's ", ""]) + lead, V(sep.join(ch), "PHONE", "p")]))
    if r.random() < 0.4:
        rb, sep2 = speak_digits(s, groups, r, homo=0, fill=0)
        turns.append(("agent", ["so ", V(sep2.join(rb), "PHONE", "rb")]))
    return turns, "ASR phone number" + (" with country code" if intl else "")


def make_email(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    num = r.choice(["", "", str(r.randint(1, 99)), str(r.randint(1950, 2005))])
    local = r.choice(["%s.%s", "%s%s", "%s_%s", "%s.%s"]) % (f, l)
    if r.random() < 0.3:
        local = f[0] + "." + l
    return local + num, r.choice(DOMAINS)


def t_email(r, n):
    local, dom = make_email(r)
    if r.random() < 0.45:
        e = local + "@" + dom
        e = r.choice([e, e, e.title(), e.upper()[:1] + e[1:]])
        turns = [("customer", [r.choice(["email: ", "send it to ", "my e-mail is ", "contact ", "its "]),
                               V(e, "EMAIL", "e"), r.choice(["", " thanks", ".", " pls"])])]
        return turns, "typed email"
    sp = []
    for piece in re.findall(r"[a-z]+|\d+|[._]", local):
        if piece == ".":
            sp.append("dot")
        elif piece == "_":
            sp.append("underscore")
        elif piece.isdigit():
            sp.append(speak_group(piece, r, homo=0, fill=0, numerals=0.3)
                      .replace("for", "four").replace("to", "two").replace("won", "one")
                      .replace("ate", "eight").replace("tree", "three"))
        elif len(piece) == 1:
            sp.append(r.choice([piece, piece + " for " + r.choice(FOR_WORDS[piece.upper()])]))
        else:
            sp.append(piece)
    sp.append("at")
    sp.append(" dot ".join(dom.split(".")))
    txt = " ".join(sp)
    turns = [("agent", ["and an email address for the confirmation"]),
             ("customer", [r.choice(["yeah it's ", "", "it's um "]), V(txt, "EMAIL", "e")])]
    return turns, "ASR spoken email address"


def t_dob(r, n):
    y, m = r.randint(1938, 2004), r.randint(1, 12)
    d = r.randint(1, 28)
    us = r.random() < 0.35
    forms = ["%02d/%02d/%d" % ((m, d, y) if us else (d, m, y)),
             "%d %s %d" % (d, MONTH_NAMES[m - 1], y),
             "%s %d, %d" % (MONTH_NAMES[m - 1], d, y),
             "%d-%02d-%02d" % (y, m, d)]
    yw = pair_words(str(y)[:2], r) + " " + pair_words(str(y)[2:], r)
    if y >= 2000:
        yw = r.choice(["two thousand and " + (DIGIT_WORD[str(y)[3]] if y < 2010 else pair_words(str(y)[2:], r)),
                       "two thousand and " + (DIGIT_WORD[str(y)[3]] if y < 2010 else pair_words(str(y)[2:], r))])
    dw = ORD_BY.get(d) or (TENS_BY[str(d)[0]] + " " + ORD_BY[int(str(d)[1])])
    spoken = [("the %s of %s %s" % (dw, MONTH_NAMES[m - 1].lower(), yw)),
              ("%s %s %s" % (MONTH_NAMES[m - 1].lower(), dw, yw)),
              ("%s of the %s %s" % (dw, ORD_BY.get(m), pair_words(str(y)[2:], r))),
              ("%s %s %s" % (" ".join(w_digit(x, r) for x in "%02d" % d),
                             " ".join(w_digit(x, r) for x in "%02d" % m),
                             " ".join(w_digit(x, r) for x in str(y)[2:])))]
    if r.random() < 0.4:
        v = r.choice(forms)
        turns = [("customer", [r.choice(["DOB: ", "d.o.b ", "date of birth ", "born "]), V(v, "DOB", "d")])]
        note = "typed date of birth"
    else:
        v = r.choice(spoken)
        if v.startswith("the "):
            pre, v = "it's the ", v[4:]
        else:
            pre = r.choice(["", "it's ", "er "])
        turns = [("agent", [r.choice(["can i take your date of birth", "and the patient's date of birth",
                                      "just to confirm your date of birth"])]),
                 ("customer", [pre, V(v, "DOB", "d")])]
        note = "ASR date of birth"
    return turns, note


def addr_parts(r, us=False):
    num = r.randint(1, 260)
    st = r.choice(STREETS)
    flat = r.random() < 0.25 and not us
    return num, st, flat


def t_address(r, n):
    us = r.random() < 0.3
    num, st, flat = addr_parts(r, us)
    if st.startswith("the "):
        st = st[4:] + " road"
    town = r.choice(TOWNS_US if us else TOWNS_UK)
    pc = make_zip(r, r.random() < 0.2) if us else make_ukpc(r)
    if r.random() < 0.45:
        a = ("Flat %d, " % r.randint(1, 30) if flat else "") + "%d %s" % (num, st.title())
        pct = (pc[:5] + ("-" + pc[5:] if len(pc) > 5 else "")) if us else \
            r.choice([pc[:-3] + " " + pc[-3:], pc.lower(), pc])
        turns = [("customer", [r.choice(["address: ", "new addr is ", "deliver to ", "I've moved to "]),
                               V(a, "ADDRESS", "a"), ", " + town + r.choice([", ", " ", " - "]),
                               V(pct, "POSTCODE", "p")])]
        return turns, "typed address with postcode/ZIP"
    numw = r.choice([str(num), pair_words("%d" % num, r) if 10 <= num < 100 else str(num),
                     (DIGIT_WORD[str(num)[0]] + " hundred and " + pair_words(str(num)[1:], r))
                     if num >= 110 and str(num)[1] != "0" else str(num)])
    a = ("flat %s " % DIGIT_WORD[str(r.randint(1, 9))] if flat else "") + numw + " " + st
    if us:
        pcs = speak_digits(pc, [5] if len(pc) == 5 else [5, 4], r, homo=0.1)
        pct = pcs[1].join(pcs[0])
    else:
        pct = speak_alnum(pc, r, letter_style=r.choice([None, "name", "plain"]))
    turns = [("agent", ["and the first line of the address"]),
             ("customer", [r.choice(["it's ", "", "um "]), V(a, "ADDRESS", "a"), " in " + town.lower().split(",")[0]]),
             ("agent", ["and the " + ("zip code" if us else "postcode")]),
             ("customer", [V(pct, "POSTCODE", "p")])]
    if not us and r.random() < 0.4:
        turns.append(("agent", ["was that ", V(speak_alnum(pc, r, letter_style="nato"), "POSTCODE", "rb"), "?"]))
    return turns, "ASR address and postcode"


def t_combo_chat(r, n):
    """E-mail style message with several items."""
    kind, p = make_phone(r, r.choice(["ukmob", "us", "ie"]))
    pt = phone_typed(kind, p, r)
    pre = ""
    if pt[0] in "+(":
        pre, pt = pt[0], pt[1:]
    local, dom = make_email(r)
    y, m, d = r.randint(1945, 2003), r.randint(1, 12), r.randint(1, 28)
    ni_or_ssn = r.random() < 0.5
    idv = make_ni(r) if ni_or_ssn else make_ssn(r)
    idt = idv if ni_or_ssn else "%s-%s-%s" % (idv[:3], idv[3:5], idv[5:])
    segs = ["Hello, re my complaint (ref 88213). My details: Name Jo B, D.O.B: ",
            V("%02d/%02d/%d" % (d, m, y), "DOB", "d"), ", phone ", pre, V(pt, "PHONE", "p"),
            ", email ", V(local + "@" + dom, "EMAIL", "e"),
            ", NI: " if ni_or_ssn else ", SSN: ", V(idt, "NI_NUMBER" if ni_or_ssn else "SSN", "i"),
            ". I have been waiting 3 weeks."]
    return [("customer", segs), ("agent", ["Thanks, I've passed this to the team."])], \
        "typed multi-PII message among non-PII numbers"


POS_TEMPLATES = [(t_card_chat, 3), (t_card_asr_split, 3), (t_card_asr_oneturn, 3),
                 (t_card_correction, 2), (t_ssn_typed, 2), (t_ssn_asr, 3),
                 (t_ni_typed, 2), (t_ni_asr, 4), (t_bank_uk, 2), (t_bank_us, 1),
                 (t_iban, 2), (t_phone, 3), (t_email, 2), (t_dob, 2),
                 (t_address, 3), (t_combo_chat, 2)]


# -------------------------------------------------------- negative templates
def rnd_digits(r, k):
    return "".join(r.choice("0123456789") for _ in range(k))


def n_balance(r):
    a = r.randint(100, 999)
    p = r.randint(10, 99)
    w = DIGIT_WORD[str(a)[0]] + " hundred and " + pair_words(str(a)[1:], r) if str(a)[1] != "0" else str(a)
    return [("agent", ["your balance is %s pounds %s and the minimum payment is £%d.%02d" % (w, pair_words(str(p), r), r.randint(5, 60), r.randint(0, 99))]),
            ("customer", ["and what's the interest, is it still %d.%d percent" % (r.randint(9, 39), r.randint(0, 9))])], "balance, amount, percentage"


def n_order(r):
    num = rnd_digits(r, 16)
    return [("customer", ["order number %s %s %s %s, it hasn't arrived" % (num[:4], num[4:8], num[8:12], num[12:])]),
            ("agent", ["thanks, order %s shows dispatched on the %s" % (num, ORD_BY[r.randint(1, 20)])])], "16-digit order number grouped like a card"


def n_last4(r):
    l4 = rnd_digits(r, 4)
    sp = " ".join(w_digit(d, r) for d in l4)
    return [("agent", ["is that the visa card ending %s" % sp]),
            ("customer", ["yeah the one ending in %s, not the mastercard ending %s" % (l4, rnd_digits(r, 4))])], "card last-four mentions only"


def n_ref_spoken(r):
    ref = rnd_digits(r, 16)
    ch, sep = speak_digits(ref, [4, 4, 4, 4], r)
    return [("agent", ["i'll give you a reference number for this call, have you got a pen"]),
            ("customer", ["go on"]),
            ("agent", ["reference is " + ch[0] + sep + ch[1]]),
            ("customer", ["mhm"]),
            ("agent", [ch[2] + sep + ch[3]])], "16-digit call reference read out like a card"


def n_appt(r):
    h = r.randint(1, 11)
    return [("agent", ["your appointment is on the %s of %s at %s %s" % (ORD_BY[r.randint(1, 20)], MONTH_NAMES[r.randint(0, 11)].lower(), DIGIT_WORD[str(h)[-1]] if h < 10 else TEEN_BY.get(str(h), "eleven"), r.choice(["thirty", "fifteen", "o'clock", "forty five"]))]),
            ("customer", ["can we move it to %d/%02d/2025 after 2pm, it'll take about 45 minutes right" % (r.randint(1, 28), r.randint(1, 12))])], "appointment date and time, duration"


def n_meter(r):
    mr = rnd_digits(r, 6)
    return [("agent", ["can i take a meter reading"]),
            ("customer", ["it's %s, that's the day rate, night is %s" % (" ".join(w_digit(d, r) for d in mr), rnd_digits(r, 5))]),
            ("agent", ["and the meter serial number, it's on the front"]),
            ("customer", ["serial %s%s" % (r.choice(["E10BG", "K", "S1A"]), rnd_digits(r, 8))])], "meter readings and serial number"


def n_travel(r):
    return [("agent", ["you're on flight %s %s departing %s, seat %d%s, gate %d" % (r.choice(["BA", "EI", "FR", "AA"]), " ".join(DIGIT_WORD[d] for d in rnd_digits(r, 3)), r.choice(["ten forty", "half six", "07:15", "21:50"]), r.randint(1, 40), r.choice("ABCDEF"), r.randint(1, 60))]),
            ("customer", ["and the hotel is room %s for %d nights" % (r.choice(["four twelve", "1207", "two oh six"]), r.randint(2, 9))])], "flight, seat, gate, room numbers"


def n_tracking(r):
    return [("customer", ["tracking no. 1Z%s%s and the serial on the router is SN-%s, model %s" % (rnd_digits(r, 3), rnd_digits(r, 13), rnd_digits(r, 10), r.choice(["TG-789", "HH5A", "X3000"]))]),
            ("agent", ["Thanks, ticket INC%s raised." % rnd_digits(r, 9)])], "tracking, serial, model, ticket numbers"


def n_policy(r):
    return [("agent", ["your policy number is %s and the claim reference is %s" % (r.choice(["POL", "MTR", "HH"]) + "-" + rnd_digits(r, 8), " ".join(DIGIT_WORD[d] for d in rnd_digits(r, 9)))]),
            ("customer", ["ok and the excess is still two hundred and fifty quid yeah"])], "policy and claim numbers said with label"


def n_misc(r):
    return [("customer", ["I'm %d, been with you %d years, it was %d degrees in the house last night and the bill went up %d%%" % (r.randint(20, 90), r.randint(2, 30), r.randint(5, 16), r.randint(5, 40))]),
            ("agent", ["I understand, we're open 8am to 8pm Monday to Friday, 9 till 5 Saturday"])], "ages, durations, temperature, percent, opening hours"


def n_road(r):
    return [("customer", ["the engineer couldn't get down %s because of the roadworks near junction %d of the M%d" % (r.choice(STREETS).title(), r.randint(1, 30), r.randint(1, 62))]),
            ("agent", ["ok, there's a fault logged for %s and %s" % (r.choice(STREETS).title(), r.choice(STREETS).title())])], "road names without house numbers"


def n_contract(r):
    return [("agent", ["your contract started in %d and ends on the %s of %s %d" % (r.randint(2015, 2024), ORD_BY[r.randint(1, 20)], MONTH_NAMES[r.randint(0, 11)], r.randint(2025, 2028))]),
            ("customer", ["since twenty %s, right, and the payment goes out on the %s" % (pair_words(str(r.randint(15, 24)), r), ORD_BY[r.randint(1, 20)])])], "contract dates, years, payment date"


def n_invoice(r):
    return [("customer", ["Invoice INV-%s for £%s,%03d.00 due %02d/%02d/2025, PO %s" % (rnd_digits(r, 8), r.randint(1, 9), r.randint(0, 999), r.randint(1, 28), r.randint(1, 12), rnd_digits(r, 10))]),
            ("agent", ["Payment of $%d.%02d received, transaction id %s" % (r.randint(10, 999), r.randint(0, 99), rnd_digits(r, 18))])], "invoice, PO, transaction numbers"


def n_account_ref(r):
    ref = rnd_digits(r, 11)
    ch, sep = speak_digits(ref, [3, 4, 4], r)
    return [("agent", ["your customer reference is " + sep.join(ch) + ", that's on the top of the bill"]),
            ("customer", ["and the booking reference was %s" % "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))])], "customer and booking references read like account numbers"


def n_counts(r):
    return [("customer", ["i've called %s times, waited %s minutes, and you've charged me %s quid for %d texts" % (pair_words(str(r.randint(11, 19)), r), pair_words(str(r.randint(20, 95)), r), DIGIT_WORD[str(r.randint(1, 9))] + " hundred and " + pair_words(str(r.randint(11, 99)), r), r.randint(100, 999))])], "counts, durations and amounts spoken as words"


NEG_TEMPLATES = [n_balance, n_order, n_last4, n_ref_spoken, n_appt, n_meter, n_travel,
                 n_tracking, n_policy, n_misc, n_road, n_contract, n_invoice,
                 n_account_ref, n_counts]


# ------------------------------------------------------------------ driver
def generate():
    r = random.Random(SEED)
    cases, meta = [], {}
    pool = []
    for f, w in POS_TEMPLATES:
        pool += [f] * w
    npos = 0
    while npos < 230:
        f = pool[npos % len(pool)] if npos < len(pool) * 6 else r.choice(pool)
        turns, note = f(r, npos)
        t, spans, groups = build(turns)
        errs = group_check(t, spans, groups)
        if errs:
            raise RuntimeError("%s: %s" % (f.__name__, errs))
        npos += 1
        cid = "h490-pos-%03d" % npos
        cases.append({"id": cid, "kind": "positive", "turns": t, "spans": spans, "note": note})
        meta[cid] = groups
    for k in range(120):
        f = NEG_TEMPLATES[k % len(NEG_TEMPLATES)]
        turns, note = f(r)
        t, spans, groups = build(turns)
        cid = "h490-neg-%03d" % (k + 1)
        cases.append({"id": cid, "kind": "negative", "turns": t, "spans": [], "note": note})
        meta[cid] = {}
    return cases, meta


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in cases)


def counts(cases):
    c = {t: 0 for t in TYPES}
    for case in cases:
        for s in case["spans"]:
            c[s["type"]] += 1
    return c


def check():
    cases, meta = generate()
    data = serialise(cases).encode("utf-8")
    errs = []
    with open(OUT, "rb") as fh:
        if fh.read() != data:
            errs.append("file is not byte-identical to regenerated output")
    loaded = [json.loads(l) for l in data.decode("utf-8").splitlines()]
    ids = [c["id"] for c in loaded]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c in loaded:
        if c["kind"] not in ("positive", "negative"):
            errs.append("%s bad kind" % c["id"])
        if (c["kind"] == "negative") != (not c["spans"]):
            errs.append("%s kind/spans mismatch" % c["id"])
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s bad speaker" % c["id"])
        by_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s bad type" % c["id"])
            if not 0 <= s["turn"] < len(c["turns"]):
                errs.append("%s turn out of range" % c["id"])
                continue
            txt = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                errs.append("%s offsets out of range" % c["id"])
                continue
            if not (txt[st].isalnum() and txt[en - 1].isalnum() and
                    (st == 0 or not txt[st - 1].isalnum()) and
                    (en == len(txt) or not txt[en].isalnum())):
                errs.append("%s span not on word boundary: %r" % (c["id"], txt[st:en]))
            by_turn.setdefault(s["turn"], []).append((st, en))
        for lst in by_turn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append("%s overlapping spans" % c["id"])
        errs += ["%s %s" % (c["id"], e) for e in group_check(c["turns"], c["spans"], meta[c["id"]])]
    npos = sum(c["kind"] == "positive" for c in loaded)
    nneg = len(loaded) - npos
    cnt = counts(loaded)
    if npos < 200 or nneg < 100:
        errs.append("too few cases")
    need = {t: 10 for t in TYPES}
    need.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, k in need.items():
        if cnt[t] < k:
            errs.append("too few %s spans: %d" % (t, cnt[t]))
    for e in errs[:50]:
        print("ERROR:", e)
    print("positives=%d negatives=%d spans=%s" % (npos, nneg, json.dumps(cnt)))
    return not errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    if a.check:
        ok = check()
        print("CHECK PASSED" if ok else "CHECK FAILED")
        sys.exit(0 if ok else 1)
    cases, _ = generate()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(serialise(cases))
    c = counts(cases)
    print("wrote %d cases to %s" % (len(cases), OUT))
    print(json.dumps(c))


if __name__ == "__main__":
    main()

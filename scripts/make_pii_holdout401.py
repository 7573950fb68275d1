#!/usr/bin/env python3
"""Generate the pii_holdout401 held-out PII redaction evaluation set.

Writes tests/fixtures/pii_holdout401/cases.jsonl.  Standard library only.
Every turn is assembled from plain segments and labelled value segments, so
span offsets are computed, never typed by hand.

    python scripts/make_pii_holdout401.py          # (re)write the file
    python scripts/make_pii_holdout401.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout401", "cases.jsonl")
SEED = 401241125

# ---------------------------------------------------------------- lexicon
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
UNITS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "naught": 0, "one": 1, "won": 1,
         "two": 2, "to": 2, "too": 2, "three": 3, "tree": 3, "free": 3, "four": 4,
         "for": 4, "fore": 4, "five": 5, "fife": 5, "six": 6, "seven": 7,
         "eight": 8, "ate": 8, "nine": 9, "niner": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TEENS_R = {v: k for k, v in TEENS.items()}
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7,
        "eighty": 8, "ninety": 9}
TENS_R = {v: k for k, v in TENS.items()}
HOMO = {"1": ["won"], "2": ["to", "too"], "3": ["tree", "free"], "4": ["for", "fore"],
        "8": ["ate"], "9": ["niner"], "5": ["fife"]}
FILLERS = {"um", "uh", "er", "erm", "hmm", "ah", "uhm"}
LETTER_NAMES = {"ay": "A", "eh": "A", "bee": "B", "be": "B", "see": "C", "sea": "C",
                "cee": "C", "dee": "D", "ee": "E", "ef": "F", "eff": "F", "gee": "G",
                "aitch": "H", "haitch": "H", "jay": "J", "kay": "K", "el": "L",
                "elle": "L", "em": "M", "en": "N", "pee": "P", "pea": "P",
                "queue": "Q", "cue": "Q", "are": "R", "ar": "R", "ess": "S",
                "tee": "T", "tea": "T", "you": "U", "vee": "V", "ex": "X",
                "why": "Y", "wye": "Y", "eye": "I", "zed": "Z", "zee": "Z"}
LETTER_SAY = {}
for _k, _v in LETTER_NAMES.items():
    LETTER_SAY.setdefault(_v, []).append(_k)
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo",
        "L": "lima", "M": "mike", "N": "november", "P": "papa", "Q": "quebec",
        "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform", "V": "victor",
        "W": "whiskey", "X": "xray", "Y": "yankee", "Z": "zulu"}
NATO_R = {v: k for k, v in NATO.items()}
# looser "x for <word>" words people actually use
FOR_WORDS = {"A": ["apple", "alpha"], "B": ["bravo", "bob", "butter"], "C": ["charlie", "cat"],
             "D": ["delta", "dog", "david"], "E": ["echo", "edward"], "F": ["freddie", "foxtrot"],
             "G": ["golf", "george"], "H": ["hotel", "harry"], "J": ["juliet", "john"],
             "K": ["kilo", "king"], "L": ["london", "lima"], "M": ["mike", "mother"],
             "N": ["november", "nancy"], "P": ["papa", "peter"], "Q": ["queen", "quebec"],
             "R": ["romeo", "robert"], "S": ["sugar", "sierra"], "T": ["tango", "tommy"],
             "U": ["uniform", "umbrella"], "V": ["victor", "victoria"], "W": ["whiskey", "william"],
             "X": ["xray"], "I": ["india", "ireland"], "Y": ["yankee", "yellow"], "Z": ["zulu", "zebra"]}
SPLIT_LEX = ["zero", "oh", "nought", "one", "two", "three", "four", "five", "six",
             "seven", "eight", "nine", "double", "triple"]


def letter_of(tok):
    if len(tok) == 1 and tok.isalpha():
        return tok.upper()
    return LETTER_NAMES.get(tok)


# ---------------------------------------------------------------- normaliser
def tokens(text):
    return re.findall(r"[a-z]+|\d+|\+", text.lower())


def split_runtogether(tok):
    """Split 'fourtwo' / 'ohseven' into lexicon words, or None."""
    n = len(tok)
    best = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None:
            continue
        for w in SPLIT_LEX:
            if tok.startswith(w, i) and best[i + len(w)] is None:
                best[i + len(w)] = best[i] + [w]
    return best[n]


def normalise(text, alnum=False):
    """Spoken/typed reading -> canonical string (digits, '+', letters)."""
    if alnum and re.search(r"\d\d|[A-Za-z]\d|\d[A-Za-z]", text):
        # typed form (chat/e-mail): strip separators
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = tokens(text)
    out = []
    i = 0
    numw = set(UNITS) | set(TEENS) | set(TENS) | {"double", "triple", "hundred"}
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if alnum:
            lt = letter_of(t)
            if lt and t not in ("o",) and nxt in ("for", "like") and i + 2 < len(toks) \
                    and toks[i + 2][0].upper() == lt and toks[i + 2] not in numw:
                out.append(lt); i += 3; continue
            if lt and t not in ("o",) and nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in" \
                    and toks[i + 3][0].upper() == lt:
                out.append(lt); i += 4; continue
            if t in NATO_R:
                out.append(NATO_R[t]); i += 1; continue
        if t.isdigit():
            out.append(t); i += 1; continue
        if t == "plus":
            out.append("+"); i += 1; continue
        if t in FILLERS or t == "and":
            i += 1; continue
        if t in ("double", "triple"):
            k = 2 if t == "double" else 3
            if alnum and t == "double" and nxt == "you":
                out.append("W"); i += 2; continue
            if nxt in UNITS:
                out.append(str(UNITS[nxt]) * k); i += 2; continue
            if nxt is not None and nxt.isdigit() and len(nxt) == 1:
                out.append(nxt * k); i += 2; continue
            if alnum and nxt is not None and letter_of(nxt):
                out.append(letter_of(nxt) * k); i += 2; continue
            return None
        if t in TENS:
            if nxt in UNITS and UNITS[nxt] > 0:
                out.append("%d%d" % (TENS[t], UNITS[nxt])); i += 2; continue
            out.append("%d0" % TENS[t]); i += 1; continue
        if t in TEENS:
            out.append(str(TEENS[t])); i += 1; continue
        if t in UNITS:
            if nxt == "hundred":
                d = UNITS[t]
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                tj = toks[j] if j < len(toks) else None
                if tj in TEENS:
                    out.append("%d%d" % (d, TEENS[tj])); i = j + 1; continue
                if tj in TENS:
                    tu = toks[j + 1] if j + 1 < len(toks) else None
                    if tu in UNITS and UNITS[tu] > 0:
                        out.append("%d%d%d" % (d, TENS[tj], UNITS[tu])); i = j + 2; continue
                    out.append("%d%d0" % (d, TENS[tj])); i = j + 1; continue
                if tj in UNITS and UNITS[tj] > 0:
                    out.append("%d0%d" % (d, UNITS[tj])); i = j + 1; continue
                out.append("%d00" % d); i += 2; continue
            out.append(str(UNITS[t])); i += 1; continue
        if alnum and letter_of(t):
            out.append(letter_of(t)); i += 1; continue
        parts = split_runtogether(t)
        if parts:
            toks[i:i + 1] = parts
            continue
        return None
    return "".join(out).upper()


def normalise_email(text):
    if "@" in text:
        return text.lower()
    toks = text.lower().split()
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if len(t) == 1 and t.isalpha():
            out.append(t)
        elif t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in FILLERS:
            pass
        elif t in UNITS or t in TENS or t in TEENS or t in ("double", "triple"):
            j = i
            while j < len(toks) and (toks[j] in UNITS or toks[j] in TENS or toks[j] in TEENS
                                     or toks[j] in ("double", "triple")):
                j += 1
            n = normalise(" ".join(toks[i:j]))
            if n is None:
                return None
            out.append(n)
            i = j
            continue
        else:
            out.append(t)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- validators
def luhn_ok(s):
    tot = 0
    for k, ch in enumerate(reversed(s)):
        d = int(ch)
        if k % 2:
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


NI_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ni_ok(s):
    return (re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s) is not None
            and s[:2] not in NI_BAD_PREFIX)


def ssn_ok(s):
    return (re.fullmatch(r"\d{9}", s) is not None and s[:3] not in ("000", "666")
            and s[0] != "9" and s[3:5] != "00" and s[5:] != "0000")


UK_PC = r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}"


def postcode_ok(s):
    return re.fullmatch(UK_PC, s) is not None or re.fullmatch(r"\d{5}(\d{4})?", s) is not None


def phone_ok(s):
    if s.startswith("+"):
        return re.fullmatch(r"\+(44|1|353|33|49|34|31)\d{8,11}", s) is not None
    return re.fullmatch(r"0\d{9,10}|[2-9]\d{9}", s) is not None


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS] + ["sept"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth"]
STREET_WORDS = ["street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "close", "drive",
                "dr", "crescent", "way", "terrace", "place", "court", "gardens", "grove",
                "boulevard", "blvd", "parkway", "row", "mews", "square", "hill", "park"]


def date_ok(text, expiry=False):
    low = text.lower()
    words = re.findall(r"[a-z]+|\d+", low)
    has_month = any(w in MONTHS or w in MON3 for w in words)
    nums = [w for w in words if w.isdigit() or w in UNITS or w in TEENS or w in TENS
            or w in ORDINALS or w in ("thousand", "hundred")]
    if expiry:
        n = normalise(re.sub(r"\b(" + "|".join(MONTHS + MON3) + r"|slash)\b", " ", low))
        if has_month:
            return bool(n) and len(n) in (2, 4)
        if n is None or len(n) not in (3, 4, 6):
            return False
        return 1 <= int(n[:1] if len(n) == 3 else n[:2]) <= 12
    return has_month or len(nums) >= 3


def address_ok(text):
    words = re.findall(r"[a-z]+|\d+[a-z]?", text.lower())
    if not words or words[-1] not in STREET_WORDS:
        return False
    first = words[0]
    return (first[0].isdigit() or first in UNITS or first in TEENS or first in TENS
            or first in ("double", "flat", "apartment", "apt", "unit", "number"))


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.groups = []  # (type, canonical or None, mode)

    def val(self, typ, canon=None, mode="full"):
        self.groups.append((typ, canon, mode))
        return len(self.groups) - 1

    def t(self, speaker, *segs):
        self.turns.append((speaker, segs))
        return self

    def build(self):
        turns, spans = [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    st = len(text)
                    text += s[0]
                    spans.append({"turn": ti, "start": st, "end": len(text),
                                  "type": self.groups[s[1]][0], "_g": s[1]})
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return turns, spans


# ---------------------------------------------------------------- value generators
def gen_card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "maestro"])
    if kind == "visa":
        pre, n = "4" + str(rng.randint(0, 9)), 16
    elif kind == "mc":
        pre, n = "5" + str(rng.randint(1, 5)), 16
    elif kind == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    elif kind == "visa13":
        pre, n = "4", 13
    elif kind == "visa19":
        pre, n = "4", 19
    else:
        pre, n = "6759", 18
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def gen_ni(rng):
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in NI_BAD_PREFIX:
            break
    return p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


def iban_make(cc, bban):
    r = bban + cc + "00"
    ck = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return "%s%02d%s" % (cc, ck, bban)


def gen_iban(rng):
    cc = rng.choice(["GB", "GB", "IE", "IE", "DE", "FR", "ES", "NL"])
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    if cc == "GB":
        b = rng.choice(["NWBK", "BARC", "MIDL", "HBUK", "CPBK"]) + d(14)
    elif cc == "IE":
        b = rng.choice(["AIBK", "IPBS", "ULSB"]) + d(14)
    elif cc == "DE":
        b = d(18)
    elif cc == "FR":
        b = d(23)
    elif cc == "ES":
        b = d(20)
    else:
        b = rng.choice(["ABNA", "INGB", "TRIN"]) + d(10)
    return iban_make(cc, b)


def gen_phone(rng):
    k = rng.choice(["ukmob", "ukmob", "ukland", "ukintl", "us", "usintl", "ie", "ieintl", "fr"])
    d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    if k == "ukmob":
        return "07700900" + d(3)
    if k == "ukland":
        return rng.choice(["0207946", "0161496", "0113496", "0117496"]) + d(4)
    if k == "ukintl":
        return "+447700900" + d(3)
    if k == "us":
        return rng.choice(["202", "312", "617", "415"]) + "555" + "01" + d(2)
    if k == "usintl":
        return "+1" + rng.choice(["212", "646", "305"]) + "55501" + d(2)
    if k == "ie":
        return "08" + rng.choice("3567") + d(7)
    if k == "ieintl":
        return "+3538" + rng.choice("3567") + d(7)
    return "+336" + d(8)


def gen_postcode(rng):
    if rng.random() < 0.3:
        z = "%05d" % rng.randint(1001, 99950)
        return z + ("%04d" % rng.randint(1, 9999) if rng.random() < 0.3 else "")
    inward = str(rng.randint(0, 9)) + "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    out = rng.choice(["SW1A", "M1", "B33", "CR2", "LS6", "EH1", "G12", "BT7", "NE4", "CF10",
                      "BS8", "L17", "SE15", "N1", "E14", "W1T", "RG1", "NG7", "DN5", "PL4",
                      "CB2", "KT19", "TW9", "SK8", "WA14", "BN2", "HU5", "YZ"[:0] + "DH1"])
    return out + inward


def gen_account(rng):
    if rng.random() < 0.65:
        return "".join(str(rng.randint(0, 9)) for _ in range(8))
    return "".join(str(rng.randint(0, 9)) for _ in range(rng.choice([10, 11, 12])))


def gen_sort(rng):
    return rng.choice(["20", "40", "30", "60", "09", "11", "83", "90"]) + "%04d" % rng.randint(0, 9999)


FIRST = ["james", "sarah", "mohammed", "aoife", "priya", "tom", "olga", "kevin", "niamh",
         "daniel", "grace", "lukas", "chloe", "ahmed", "siobhan", "marco", "emily", "raj"]
LAST = ["doe", "okafor", "murphy", "patel", "smith", "walsh", "nguyen", "byrne", "kowalski",
        "evans", "garcia", "obrien", "hughes", "khan", "fitzgerald", "lee"]
DOMAINS = [("gmail", "com"), ("hotmail", "co.uk"), ("outlook", "com"), ("yahoo", "ie"),
           ("btinternet", "com"), ("icloud", "com"), ("eircom", "net"), ("web", "de"),
           ("protonmail", "com"), ("sky", "com")]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    form = rng.randint(0, 5)
    if form == 0:
        loc = f[0] + "." + l
    elif form == 1:
        loc = f + "." + l
    elif form == 2:
        loc = f + "_" + l + str(rng.randint(1, 99))
    elif form == 3:
        loc = f + l[0] + str(rng.randint(60, 99))
    elif form == 4:
        loc = f[0] + l
    else:
        loc = l + "-" + f
    dom, tld = rng.choice(DOMAINS)
    return loc + "@" + dom + "." + tld


STREETS = ["baker street", "mill lane", "acacia avenue", "church road", "station road",
           "high street", "elm grove", "victoria terrace", "kingsway", "maple drive",
           "orchard close", "main street", "fitzwilliam square", "park crescent",
           "oak boulevard", "willow way", "queens gardens", "harbour row", "elm street",
           "sunset boulevard", "lakeview parkway", "castle hill", "meadow court"]
STREETS = [s for s in STREETS if s.split()[-1] in STREET_WORDS]


# ---------------------------------------------------------------- speaking
def say_digit(d, rng, st):
    if rng.random() < st.get("numeral", 0):
        return d
    if d == "0":
        return rng.choice(st.get("zeros", ["oh", "zero", "o", "nought"]))
    if d in HOMO and rng.random() < st.get("homo", 0):
        return rng.choice(HOMO[d])
    return ONES[int(d)]


def say_pair(p):
    a, b = int(p[0]), int(p[1])
    if a == 1:
        return TEENS_R[int(p)]
    return TENS_R[a] + ("" if b == 0 else " " + ONES[b])


def say_digits(s, rng, st=None):
    """Render a digit string as an ASR-style spoken reading."""
    st = st or style(rng)
    toks = []
    i = 0
    n = len(s)
    while i < n:
        r = rng.random()
        rest = n - i
        if rest >= 3 and s[i] == s[i + 1] == s[i + 2] and r < st["double"]:
            toks.append("triple " + say_digit(s[i], rng, dict(st, numeral=0)))
            i += 3
        elif rest >= 2 and s[i] == s[i + 1] and r < st["double"] + 0.25:
            toks.append("double " + say_digit(s[i], rng, dict(st, numeral=0, homo=0)))
            i += 2
        elif rest >= 3 and s[i] != "0" and rng.random() < st["hund"] and \
                (rest == 3 or (s[i + 1:i + 3] != "00" and not (s[i + 1] >= "2" and s[i + 2] == "0"))):
            tail = s[i + 1:i + 3]
            if tail == "00":
                toks.append(ONES[int(s[i])] + " hundred")
            else:
                conj = " and " if rng.random() < 0.6 else " "
                tw = say_pair(tail) if tail[0] != "0" else ONES[int(tail[1])]
                toks.append(ONES[int(s[i])] + " hundred" + conj + tw)
            i += 3
        elif rest >= 2 and s[i] != "0" and rng.random() < st["pair"] and \
                (rest == 2 or s[i + 1] != "0" or s[i] == "1"):
            toks.append(say_pair(s[i:i + 2]))
            i += 2
        else:
            w = say_digit(s[i], rng, st)
            if toks and rng.random() < st.get("glue", 0) and w in ONES + ["oh"] and toks[-1] in ONES + ["oh"]:
                toks[-1] = toks[-1] + w
            else:
                toks.append(w)
            i += 1
        if i < n and rng.random() < st.get("filler", 0):
            toks.append(rng.choice(["um", "uh", "er", "erm"]))
    return " ".join(toks)


def style(rng, worst=None):
    if worst is None:
        worst = rng.random() < 0.6
    if worst:
        return {"double": 0.25, "hund": 0.12, "pair": 0.3, "numeral": rng.choice([0, 0, 0.3]),
                "homo": 0.3, "glue": 0.2, "filler": 0.1,
                "zeros": rng.choice([["oh"], ["o", "oh"], ["nought"], ["zero", "oh"]])}
    return {"double": 0.2, "hund": 0.05, "pair": 0.2, "numeral": 0, "homo": 0, "glue": 0,
            "filler": 0.04, "zeros": rng.choice([["oh"], ["zero"], ["nought", "oh"]])}


def say_letter(c, rng, worst=True):
    r = rng.random()
    if r < 0.3:
        w = rng.choice(FOR_WORDS[c])
        return "%s %s %s" % (c.lower(), rng.choice(["for", "for", "as in", "like"]), w)
    if r < 0.55 and worst and c in LETTER_SAY:
        return rng.choice(LETTER_SAY[c])
    if r < 0.62:
        return NATO[c]
    return c.lower()


def say_alnum(s, rng, st=None):
    st = st or style(rng)
    parts = []
    buf = ""
    for ch in s:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                parts.append(say_digits(buf, rng, st))
                buf = ""
            if parts and parts[-1] == ch.lower() and rng.random() < 0.5:
                parts[-1] = "double " + ch.lower()
            else:
                parts.append(say_letter(ch, rng))
    if buf:
        parts.append(say_digits(buf, rng, st))
    return " ".join(parts)


def chunks(s, rng, sizes=None):
    if sizes is None:
        n = len(s)
        k = rng.choice([2, 3, 3, 4]) if n > 8 else 2
        cuts = sorted(rng.sample(range(2, n - 1), k - 1))
        out, p = [], 0
        for c in cuts:
            out.append(s[p:c]); p = c
        out.append(s[p:])
        return [x for x in out if x]
    out, p = [], 0
    for z in sizes:
        out.append(s[p:p + z]); p += z
    if p < len(s):
        out.append(s[p:])
    return out


def typed_group(s, rng, groups=None, sep=None):
    sep = sep if sep is not None else rng.choice([" ", " ", "-", "", ".", "  "])
    if groups is None:
        groups = [4] * (len(s) // 4 + 1)
    parts = chunks(s, rng, groups)
    return sep.join(p for p in parts if p)


def typed_card(c, rng):
    r = rng.random()
    if len(c) == 15:
        return typed_group(c, rng, [4, 6, 5])
    if r < 0.15:
        return typed_group(c, rng, [4, 4, 2, 6])  # odd grouping
    if r < 0.25:
        return typed_group(c, rng, [3, 3, 3, 3, 4])
    return typed_group(c, rng)


def typed_phone(p, rng):
    if p.startswith("+44"):
        return rng.choice(["+44 7700 900%s" % p[-3:], "+447700900%s" % p[-3:],
                           "0044 7700 900 %s" % p[-3:]]) if False else \
            rng.choice(["+44 %s %s" % (p[3:7], p[7:]), p, "+44-%s-%s" % (p[3:7], p[7:])])
    if p.startswith("+1"):
        return rng.choice(["+1 (%s) %s-%s" % (p[2:5], p[5:8], p[8:]), "+1-%s-%s-%s" % (p[2:5], p[5:8], p[8:])])
    if p.startswith("+353"):
        return "+353 %s %s %s" % (p[4:6], p[6:9], p[9:])
    if p.startswith("+33"):
        return "+33 " + " ".join([p[3]] + [p[i:i + 2] for i in range(4, 12, 2)])
    if len(p) == 10 and p[0] != "0":
        return rng.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:]),
                           "%s-%s-%s" % (p[:3], p[3:6], p[6:])])
    if p.startswith("08"):
        return rng.choice(["%s %s %s" % (p[:3], p[3:6], p[6:]), p])
    if p.startswith("07"):
        return rng.choice(["%s %s" % (p[:5], p[5:]), p, "%s-%s-%s" % (p[:5], p[5:8], p[8:])])
    return rng.choice(["%s %s %s" % (p[:3], p[3:7], p[7:]), "%s %s %s" % (p[:4], p[4:7], p[7:]), p])


def say_phone(p, rng, st=None):
    st = st or style(rng)
    if p.startswith("+"):
        cc = {"+44": 2, "+1": 1, "+353": 3, "+33": 2}
        for k, ln in sorted(cc.items(), key=lambda x: -len(x[0])):
            if p.startswith(k):
                ccd = p[1:1 + len(k) - 1]
                rest = p[len(k):]
                break
        cc_s = rng.choice(["plus " + say_digits(ccd, rng, dict(st, numeral=0)),
                           "plus " + say_digits(ccd, rng, dict(st, numeral=0, double=0, pair=0.9))])
        return cc_s + " " + say_digits(rest, rng, st)
    return say_digits(p, rng, st)


def typed_pc(pc, rng):
    if pc.isdigit():
        return pc if len(pc) == 5 else pc[:5] + "-" + pc[5:]
    f = pc[:-3] + rng.choice([" ", " ", ""]) + pc[-3:]
    return f if rng.random() < 0.7 else f.lower()


def typed_ni(ni, rng):
    r = rng.random()
    if r < 0.3:
        return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if r < 0.5:
        return ni.lower()
    if r < 0.65:
        return "%s-%s-%s" % (ni[:2], ni[2:8], ni[8])
    return ni


def typed_iban(ib, rng):
    if rng.random() < 0.6:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib if rng.random() < 0.7 else ib.lower()


def say_email(e, rng):
    loc, dom = e.split("@")

    def part(x):
        out = []
        for seg in re.findall(r"[a-z]+|\d+|[._-]", x):
            if seg == ".":
                out.append("dot")
            elif seg == "_":
                out.append("underscore")
            elif seg == "-":
                out.append(rng.choice(["dash", "hyphen"]))
            elif seg.isdigit():
                out.append(say_digits(seg, rng, dict(style(rng, False), filler=0, double=0, hund=0, zeros=["zero"])))
            elif len(seg) <= 2 or rng.random() < 0.12:
                out.append(" ".join(seg))
            elif seg in ("hotmail",) and rng.random() < 0.6:
                out.append("hot mail")
            elif seg == "gmail" and rng.random() < 0.5:
                out.append("g mail")
            elif seg == "btinternet" and rng.random() < 0.6:
                out.append("b t internet")
            else:
                out.append(seg)
        return " ".join(out)
    return part(loc), "at " + part(dom)


def say_date(y, m, d, rng, style_=None):
    mon = MONTHS[m - 1]
    yr = str(y)
    if rng.random() < 0.5:
        ys = say_pair(yr[:2]) + " " + (say_pair(yr[2:]) if yr[2] != "0" else "oh " + ONES[int(yr[3])])
    elif y >= 2000:
        ys = "two thousand and " + (say_pair(yr[2:]) if yr[2] != "0" else ONES[int(yr[3])])
    else:
        ys = say_pair(yr[2:]) if yr[2] != "0" else "oh " + ONES[int(yr[3])]
    ordn = ORDINALS[d - 1] if d <= 20 else ("twenty " + ORDINALS[d - 21] if d < 30 else
                                          ("thirtieth" if d == 30 else "thirty first"))
    r = rng.random()
    if r < 0.3:
        return "the %s of %s %s" % (ordn, mon, ys)
    if r < 0.5:
        return "%s %s %s" % (mon, ordn, ys)
    if r < 0.7:
        return "%s %s %s" % (say_digits("%02d" % d, rng, dict(style(rng), filler=0)),
                              say_digits("%02d" % m, rng, dict(style(rng), filler=0)),
                              say_digits(yr[2:], rng, dict(style(rng), filler=0)))
    if r < 0.85:
        return "%s of %s %s" % (ordn, mon, ys)
    return "%s %s uh %s" % (ordn, mon, ys)


def typed_date(y, m, d, rng, us=False):
    r = rng.random()
    if r < 0.35:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if r < 0.5:
        return "%d-%02d-%02d" % (y, m, d)
    if r < 0.65:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if r < 0.8:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    if r < 0.9:
        return "%d.%d.%s" % (d, m, str(y)[2:])
    return "%d%s %s %d" % (d, "th" if d not in (1, 2, 3, 21, 22, 23, 31) else {1: "st", 2: "nd", 3: "rd"}[d % 10], MONTHS[m - 1][:3].capitalize(), y)


def gen_dob(rng):
    return rng.randint(1938, 2005), rng.randint(1, 12), rng.randint(1, 28)


def say_expiry(m, y, rng):
    r = rng.random()
    yy = "%02d" % (y % 100)
    if r < 0.35:
        return say_digits("%02d" % m, rng, dict(style(rng), filler=0)) + " " + say_digits(yy, rng, dict(style(rng), filler=0, pair=0.7))
    if r < 0.55:
        return "%s %s" % (MONTHS[m - 1], rng.choice(["twenty " + ONES[y % 10] if y % 100 >= 20 and y % 10 else say_pair(yy), "two thousand and " + say_pair(yy)]))
    if r < 0.7:
        return "%s slash %s" % (say_digits("%02d" % m, rng, dict(style(rng), filler=0)), say_digits(yy, rng, dict(style(rng), filler=0)))
    if r < 0.85:
        return "%s uh %s" % (say_digits("%02d" % m, rng, dict(style(rng), filler=0)), say_pair(yy))
    return "%s %s" % (MONTHS[m - 1][:3] if rng.random() < 0.5 else MONTHS[m - 1], say_pair(yy))


def typed_expiry(m, y, rng):
    return rng.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                       "%02d%02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1][:3].capitalize(), y),
                       "%d/%02d" % (m, y % 100)])


def gen_address(rng):
    num = rng.randint(1, 240)
    street = rng.choice(STREETS)
    flat = rng.randint(1, 30) if rng.random() < 0.25 else None
    suffix = rng.choice(["", "", "", "a", "b"])
    return num, suffix, street, flat


def say_address(a, rng):
    num, suffix, street, flat = a
    st = dict(style(rng), filler=0, double=0, hund=0.3, pair=0.7, numeral=0, glue=0)
    s = say_digits(str(num), rng, st)
    if suffix:
        s += " " + suffix
    s += " " + street
    if flat:
        s = "flat " + say_digits(str(flat), rng, dict(st, pair=0.9)) + " " + s
    return s


def typed_address(a, rng):
    num, suffix, street, flat = a
    words = street.split()
    words = [w.capitalize() for w in words] if rng.random() < 0.7 else words
    if words[-1].lower() == "street" and rng.random() < 0.4:
        words[-1] = "St"
    elif words[-1].lower() == "road" and rng.random() < 0.4:
        words[-1] = "Rd"
    s = "%d%s %s" % (num, suffix, " ".join(words))
    if flat:
        s = rng.choice(["Flat %d, " % flat, "flat %d " % flat, "Apt %d, " % flat]) + s
    return s


# ---------------------------------------------------------------- contexts
CONTEXTS = [
    ("banking", "UK", "thanks for calling northgate bank you're through to dan"),
    ("banking", "US", "thank you for calling first harbor bank this is maria"),
    ("telecom", "UK", "hiya you're through to vantage mobile how can i help"),
    ("telecom", "IE", "hello you're through to emerald broadband this is ciara"),
    ("utilities", "UK", "good morning brightwater energy speaking"),
    ("utilities", "US", "pacific gas and light customer care how can i help"),
    ("retail", "UK", "hi you're chatting with the homestore team"),
    ("retail", "US", "hey thanks for calling shopwell support"),
    ("insurance", "UK", "hello you're through to shield direct motor claims"),
    ("insurance", "IE", "good afternoon clover insurance ireland"),
    ("travel", "EU", "hello you're through to skyhop airlines bookings"),
    ("travel", "UK", "hi there you've reached railaway customer services"),
    ("healthcare billing", "US", "thanks for calling mercy health billing office"),
    ("healthcare billing", "UK", "hello harley clinic accounts department"),
    ("government services", "UK", "hello this is the benefits enquiry line"),
    ("government services", "US", "department of motor vehicles how can i help you"),
]

LABEL = {"CARD_NUMBER": ["long card number", "card number", "sixteen digit number on the card", "full card number"],
         "CVV": ["security code on the back", "three digits on the back", "cvv", "security number"],
         "EXPIRY": ["expiry date", "expiration date", "end date on the card"],
         "SSN": ["social security number", "social", "ssn", "social security"],
         "NI_NUMBER": ["national insurance number", "ni number", "national insurance"],
         "BANK_ACCOUNT": ["account number", "bank account number", "account no"],
         "SORT_CODE": ["sort code", "sort code for the account"],
         "IBAN": ["iban", "international account number the iban", "iban for the refund"],
         "PHONE": ["best contact number", "phone number", "mobile number", "callback number"],
         "EMAIL": ["email address", "email", "email for the receipt"],
         "DOB": ["date of birth", "dob", "birthday for security"],
         "POSTCODE": ["postcode", "zip code", "post code"],
         "ADDRESS": ["first line of the address", "street address", "house number and street"]}

BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah got that", "mm", "ok go ahead", "sorry go on"]
LEADS = ["yeah it's ", "it's ", "okay so it's ", "um it is ", "right so ", "", "yeah ", "that'll be ",
         "its ", "so its ", "ok ", "erm ", "hang on its "]
TRAILS = ["", "", " yeah", " i think", " that's it", " and that's everything", " okay", " is that right"]
ASIDES = [" sorry hang on the dogs going mad ", " wait one sec kids stop it ", " sorry the signal's bad ",
          " hold on let me get my glasses ", " um where was i ", " sorry someone at the door "]
ACKS = ["lovely thank you", "thanks for that", "perfect one moment", "great thanks let me just check that",
        "okay bear with me", "thank you i've got that"]


def spoken(typ, canon, rng, st=None):
    if typ == "PHONE":
        return say_phone(canon, rng, st)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return say_alnum(canon, rng, st)
    return say_digits(canon, rng, st)


def spoken_chunk(typ, chunk, rng, st=None):
    if chunk.startswith("+"):
        return "plus " + say_digits(chunk[1:], rng, st)
    return spoken(typ, chunk, rng, st)


def typed(typ, canon, rng):
    if typ == "CARD_NUMBER":
        return typed_card(canon, rng)
    if typ == "SSN":
        return rng.choice(["%s-%s-%s" % (canon[:3], canon[3:5], canon[5:]), canon,
                           "%s %s %s" % (canon[:3], canon[3:5], canon[5:])])
    if typ == "NI_NUMBER":
        return typed_ni(canon, rng)
    if typ == "IBAN":
        return typed_iban(canon, rng)
    if typ == "PHONE":
        return typed_phone(canon, rng)
    if typ == "POSTCODE":
        return typed_pc(canon, rng)
    if typ == "SORT_CODE":
        return rng.choice(["%s-%s-%s" % (canon[:2], canon[2:4], canon[4:]), canon,
                           "%s %s %s" % (canon[:2], canon[2:4], canon[4:])])
    if typ == "BANK_ACCOUNT":
        return canon if rng.random() < 0.7 else typed_group(canon, rng, [4, 4, 4], " ")
    return canon


GEN = {"CARD_NUMBER": gen_card, "SSN": gen_ssn, "NI_NUMBER": gen_ni, "IBAN": gen_iban,
       "PHONE": gen_phone, "POSTCODE": gen_postcode, "BANK_ACCOUNT": gen_account,
       "SORT_CODE": gen_sort, "CVV": lambda r: "%03d" % r.randint(0, 999)}


def ctx(rng, want=None):
    opts = [c for c in CONTEXTS if want is None or c[1] in want]
    return rng.choice(opts)


def country_for(typ):
    return {"SSN": ("US",), "NI_NUMBER": ("UK",), "SORT_CODE": ("UK",), "IBAN": ("IE", "EU", "UK")}.get(typ)


def pos_call(typ, rng, n):
    """Spoken (ASR) positive case for a digit/alnum type."""
    canon = GEN[typ](rng)
    ind, cty, greet = ctx(rng, country_for(typ))
    lab = rng.choice(LABEL[typ])
    c = Case("positive", "")
    c.t("agent", greet)
    c.t("agent", rng.choice(["can i take the ", "and whats the ", "could you read me the ", "i just need the "]) + lab
        + rng.choice(["", " please", " when you're ready"]))
    pat = rng.choice(["single", "split", "split", "correct", "aside", "readback"] +
                     (["lossy", "ending"] if typ == "CARD_NUMBER" else []))
    st = style(rng, worst=rng.random() < 0.75)
    if pat in ("single", "readback", "ending"):
        g = c.val(typ, canon)
        c.t("customer", rng.choice(LEADS), (spoken(typ, canon, rng, st), g), rng.choice(TRAILS))
        if pat == "readback":
            g2 = c.val(typ, canon)
            c.t("agent", rng.choice(["so thats ", "let me read that back ", "i have ", "just to confirm "]),
                (spoken(typ, canon, rng, style(rng, worst=False)), g2), rng.choice([" is that right", " correct", ""]))
            c.t("customer", rng.choice(["yes", "yep thats it", "thats right", "correct yeah"]))
        elif pat == "ending":
            g2 = c.val(typ, canon[-4:], "tail")
            c.t("agent", "thank you so thats the card ending ", (say_digits(canon[-4:], rng, style(rng, False)), g2),
                rng.choice([" yeah", " expiring when", ""]))
        else:
            c.t("agent", rng.choice(ACKS))
        c.note = "%s %s call, %s reading" % (ind, cty, pat)
    elif pat == "split":
        parts = chunks(canon, rng)
        for k, p in enumerate(parts):
            g = c.val(typ, p, "part")
            lead = rng.choice(LEADS) if k == 0 else rng.choice(["", "", "then ", "and then ", "uh "])
            c.t("customer", lead, (spoken_chunk(typ, p, rng, st), g))
            if k < len(parts) - 1:
                c.t("agent", rng.choice(BACKCH))
        c.t("agent", rng.choice(ACKS))
        c.note = "%s %s call, value split over %d customer turns" % (ind, cty, len(parts))
    elif pat == "correct":
        cut = rng.randint(3, max(3, len(canon) // 2))
        wrong = canon[:cut - 1] + str((int(canon[cut - 1]) + 3) % 10) if canon[cut - 1].isdigit() else canon[:cut]
        g0 = c.val(typ, wrong, "fragment")
        g = c.val(typ, canon)
        c.t("customer", rng.choice(LEADS), (spoken_chunk(typ, wrong, rng, st), g0),
            rng.choice([" no wait sorry let me start again ", " no hang on thats wrong ", " oh sorry no its ",
                        " scratch that ", " sorry i misread that "]),
            (spoken(typ, canon, rng, st), g))
        c.t("agent", rng.choice(ACKS))
        c.note = "%s %s call, restarted reading after a mistake" % (ind, cty)
    elif pat == "aside":
        cut = rng.randint(2, len(canon) - 2)
        if canon[cut - 1] == "+" or canon[:cut] == "+":
            cut = 4
        a, b = canon[:cut], canon[cut:]
        ga, gb = c.val(typ, a, "part"), c.val(typ, b, "part")
        c.t("customer", rng.choice(LEADS), (spoken_chunk(typ, a, rng, st), ga), rng.choice(ASIDES),
            (spoken(typ, b, rng, st), gb))
        c.t("agent", rng.choice(ACKS))
        c.note = "%s %s call, aside in the middle of the reading" % (ind, cty)
    else:  # lossy ASR: a digit group was dropped
        drop = rng.randint(4, len(canon) - 3)
        lossy = canon[:drop] + canon[drop + 1:]
        g0 = c.val(typ, lossy, "fragment")
        c.t("customer", rng.choice(LEADS), (spoken(typ, lossy, rng, st), g0))
        c.t("agent", rng.choice(["sorry i only got %s digits there could you go again" % say_pair(str(len(lossy))),
                                 "sorry you broke up a bit can you repeat that"]))
        g = c.val(typ, canon)
        c.t("customer", rng.choice(["okay ", "right ", "sorry ", ""]), (spoken(typ, canon, rng, style(rng, False)), g))
        c.note = "%s %s call, recogniser dropped a digit then caller re-read" % (ind, cty)
    return c


def pos_chat(typ, rng, n):
    canon = GEN[typ](rng)
    ind, cty, greet = ctx(rng, country_for(typ))
    lab = rng.choice(LABEL[typ])
    c = Case("positive", "%s %s typed chat, %s" % (ind, cty, typ.lower()))
    c.t("agent", "Hi, " + greet.split(" ", 1)[1].capitalize() + ". Could you confirm your " + lab + "?")
    g = c.val(typ, canon)
    labels = {"CARD_NUMBER": ["card no: ", "Card number - ", "cc#", "its ", "card: "],
              "BANK_ACCOUNT": ["acct no: ", "Account #", "a/c ", "acc num ", "my acount number is "],
              "SORT_CODE": ["sort code: ", "s/c ", "sortcode ", "SC: "],
              "SSN": ["SSN: ", "ssn ", "social is ", "SS# "],
              "NI_NUMBER": ["NI: ", "ni no ", "NINO - ", "national ins no. "],
              "IBAN": ["IBAN: ", "iban ", "Iban - "],
              "PHONE": ["tel: ", "mob ", "call me on ", "Phone # ", "number is "],
              "POSTCODE": ["postcode ", "Post code: ", "zip: ", "ZIP "],
              "CVV": ["cvv ", "CVC: ", "sec code "]}[typ]
    pre = rng.choice(labels)
    val = typed(typ, canon, rng)
    if pre.endswith("#") or pre == "cc#":
        pre = pre + " "
    c.t("customer", rng.choice(["", "ok ", "Sure. ", "hi, "]) + pre, (val, g), rng.choice(["", ".", " thx", " ty", "!"]))
    if rng.random() < 0.3:
        c.t("customer", rng.choice(["sorry typo, ", "oops ", "*"]), (typed(typ, canon, rng), c.val(typ, canon)))
    c.t("agent", "Thanks, " + rng.choice(["one moment.", "let me check that.", "I'll pull that up now."]))
    return c


def pos_email(rng, n):
    e = gen_email(rng)
    ind, cty, greet = ctx(rng)
    c = Case("positive", "")
    if rng.random() < 0.3:
        c.note = "%s typed chat email" % ind
        c.t("agent", "Can I get an email for the confirmation?")
        shown = e if rng.random() < 0.6 else e.split("@")[0].capitalize() + "@" + e.split("@")[1]
        c.t("customer", rng.choice(["email: ", "its ", "", "pls send to "]), (shown, c.val("EMAIL", e.lower())))
        return c
    c.t("agent", greet)
    c.t("agent", "and whats the best " + rng.choice(LABEL["EMAIL"]))
    a, b = say_email(e, rng)
    loc, dom = e.split("@")
    pat = rng.random()
    if pat < 0.4:
        c.t("customer", rng.choice(LEADS), (a, c.val("EMAIL", loc, "part")))
        c.t("agent", rng.choice(BACKCH))
        c.t("customer", (b, c.val("EMAIL", "@" + dom, "part")))
        c.note = "%s %s call, email split over two turns" % (ind, cty)
    else:
        c.t("customer", rng.choice(LEADS), (a + " " + b, c.val("EMAIL", e)), rng.choice(TRAILS))
        c.note = "%s %s call, spoken email" % (ind, cty)
    if rng.random() < 0.4:
        a2, b2 = say_email(e, rng)
        c.t("agent", "so thats ", (a2 + " " + b2, c.val("EMAIL", e)))
    c.t("agent", rng.choice(ACKS))
    return c


def pos_dob(rng, n):
    y, m, d = gen_dob(rng)
    ind, cty, greet = ctx(rng)
    c = Case("positive", "")
    if rng.random() < 0.3:
        c.note = "%s typed DOB" % ind
        c.t("agent", "For security, please confirm your date of birth.")
        c.t("customer", rng.choice(["dob ", "DOB: ", "born ", "its "]), (typed_date(y, m, d, rng, cty == "US"), c.val("DOB")))
        return c
    c.note = "%s %s call, spoken date of birth" % (ind, cty)
    c.t("agent", greet)
    c.t("agent", "can you confirm your " + rng.choice(LABEL["DOB"]))
    c.t("customer", rng.choice(LEADS), (say_date(y, m, d, rng), c.val("DOB")), rng.choice(TRAILS))
    if rng.random() < 0.3:
        c.t("agent", "thats ", (say_date(y, m, d, rng), c.val("DOB")), " lovely")
    else:
        c.t("agent", rng.choice(ACKS))
    return c


def pos_expiry_cvv(rng, n):
    """Card payment call: card + expiry + cvv."""
    ind, cty, greet = ctx(rng)
    card = gen_card(rng)
    m, y = rng.randint(1, 12), rng.randint(2025, 2031)
    cvv = "%04d" % rng.randint(0, 9999) if len(card) == 15 else "%03d" % rng.randint(0, 999)
    c = Case("positive", "%s %s card payment: card, expiry and security code" % (ind, cty))
    chat = rng.random() < 0.3
    if chat:
        c.t("agent", "Please enter the card details below.")
        c.t("customer", "card ", (typed_card(card, rng), c.val("CARD_NUMBER", card)), rng.choice([" exp ", ", expires ", " ex "]),
            (typed_expiry(m, y, rng), c.val("EXPIRY")), rng.choice([" cvv ", ", security ", " cvc: "]), (cvv, c.val("CVV", cvv)))
        c.note += " (typed)"
        return c
    st = style(rng)
    c.t("agent", greet)
    c.t("agent", "okay ill take the payment now whats the long number")
    c.t("customer", rng.choice(LEADS), (say_digits(card, rng, st), c.val("CARD_NUMBER", card)))
    c.t("agent", "and the " + rng.choice(LABEL["EXPIRY"]))
    c.t("customer", rng.choice(["", "its ", "expires ", "um "]), (say_expiry(m, y, rng), c.val("EXPIRY")))
    c.t("agent", "and the " + rng.choice(LABEL["CVV"]))
    c.t("customer", rng.choice(["", "its ", "uh "]), (say_digits(cvv, rng, st), c.val("CVV", cvv)))
    return c


def pos_cvv(rng, n):
    ind, cty, greet = ctx(rng)
    cvv = "%03d" % rng.randint(0, 999)
    c = Case("positive", "%s %s call, security code only" % (ind, cty))
    c.t("agent", "and finally the " + rng.choice(LABEL["CVV"]))
    st = dict(style(rng), hund=0.5, pair=0.5)
    c.t("customer", rng.choice(LEADS), (say_digits(cvv, rng, st), c.val("CVV", cvv)))
    c.t("agent", rng.choice(ACKS))
    return c


def pos_address(rng, n):
    ind, cty, greet = ctx(rng, ("UK", "US"))
    a = gen_address(rng)
    pc = gen_postcode(rng)
    while (cty == "US") != pc.isdigit():
        pc = gen_postcode(rng)
    town = rng.choice(["leeds", "manchester", "bristol", "brighton", "york"]) if cty == "UK" else \
        rng.choice(["boston", "chicago", "austin", "denver"])
    c = Case("positive", "")
    if rng.random() < 0.35:
        c.note = "%s %s typed address with postcode" % (ind, cty)
        c.t("agent", "Whats the delivery address?")
        c.t("customer", (typed_address(a, rng), c.val("ADDRESS")), ", " + town.capitalize() + rng.choice([", ", " "]),
            (typed_pc(pc, rng), c.val("POSTCODE", pc)))
        return c
    c.note = "%s %s call, spoken address and postcode" % (ind, cty)
    c.t("agent", greet)
    c.t("agent", "can i take the " + rng.choice(LABEL["ADDRESS"]))
    c.t("customer", rng.choice(LEADS), (say_address(a, rng), c.val("ADDRESS")), " in " + town)
    c.t("agent", "and the " + ("zip code" if cty == "US" else "postcode"))
    if not pc.isdigit() and rng.random() < 0.4:
        out, inw = pc[:-3], pc[-3:]
        c.t("customer", (say_alnum(out, rng), c.val("POSTCODE", out, "part")))
        c.t("agent", rng.choice(BACKCH))
        c.t("customer", (say_alnum(inw, rng), c.val("POSTCODE", inw, "part")))
    else:
        c.t("customer", rng.choice(LEADS), (say_alnum(pc, rng), c.val("POSTCODE", pc)))
    c.t("agent", rng.choice(ACKS))
    return c


def pos_multi(rng, n):
    """Account verification: sort code + account, or NI/SSN + phone."""
    ind, cty, greet = ctx(rng, ("UK",))
    c = Case("positive", "%s UK call, sort code and account number in one breath" % ind)
    sc, ac = gen_sort(rng), "".join(str(rng.randint(0, 9)) for _ in range(8))
    st = style(rng)
    c.t("agent", "whats the sort code and account number")
    c.t("customer", rng.choice(LEADS), (say_digits(sc, rng, st), c.val("SORT_CODE", sc)),
        rng.choice([" and the account is ", " account number ", " then ", " and um "]),
        (say_digits(ac, rng, st), c.val("BANK_ACCOUNT", ac)))
    c.t("agent", rng.choice(ACKS))
    return c


def pos_id_phone(rng, n):
    typ = rng.choice(["SSN", "NI_NUMBER"])
    ind, cty, greet = ctx(rng, country_for(typ))
    v = GEN[typ](rng)
    p = gen_phone(rng)
    c = Case("positive", "%s %s call, %s then phone number" % (ind, cty, typ.lower()))
    c.t("agent", greet)
    c.t("agent", "can you give me your " + rng.choice(LABEL[typ]))
    c.t("customer", rng.choice(LEADS), (spoken(typ, v, rng), c.val(typ, v)))
    c.t("agent", "and a " + rng.choice(LABEL["PHONE"]))
    c.t("customer", rng.choice(LEADS), (say_phone(p, rng), c.val("PHONE", p)), rng.choice(TRAILS))
    return c


# ---------------------------------------------------------------- negatives
def neg_case(rng, n):
    ind, cty, greet = ctx(rng)
    st = style(rng)
    d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))
    luhnish = gen_card(rng)  # Luhn-valid digits, but said as an order/reference number
    amt = "%s pounds %s" % (say_digits(str(rng.randint(11, 999)), rng, dict(st, hund=0.9, pair=0.9, filler=0)), say_pair(str(rng.randint(11, 99))))
    k = rng.randint(0, 19)
    c = Case("negative", "")
    c.t("agent", greet)
    if k == 0:
        c.note = "order number read like a card number"
        c.t("customer", "my order number is " + say_digits(luhnish, rng, st))
        c.t("agent", "thanks thats order " + say_digits(luhnish, rng, style(rng, False)) + " placed on the third")
    elif k == 1:
        c.note = "typed tracking and invoice numbers"
        c.t("customer", "Tracking no: 1Z%sA%s and invoice INV-%s-%s" % (d(3), d(10), rng.randint(2019, 2025), d(6)))
        c.t("agent", "Thanks, invoice %s shows as paid." % d(6))
    elif k == 2:
        c.note = "balance, amount and payment date"
        c.t("agent", "your balance is " + amt + " and the next payment of forty two ninety nine comes out on the fourteenth of " + rng.choice(MONTHS))
        c.t("customer", "okay and thats the direct debit for twelve months yeah")
    elif k == 3:
        c.note = "card last four only"
        c.t("agent", "which card would you like to use")
        c.t("customer", "the one ending " + say_digits(d(4), rng, st) + " not the " + rng.choice(["amex", "visa"]) + " ending in " + d(4))
    elif k == 4:
        c.note = "meter reading spoken digit by digit"
        c.t("customer", "meter reading is " + say_digits(d(5), rng, st) + " and the night one is " + say_digits(d(5), rng, st))
        c.t("agent", "lovely and the meter serial number " + say_alnum("E%02dK%s" % (rng.randint(1, 99), d(6)), rng, st) + " yeah")
    elif k == 5:
        c.note = "flight, seat and gate numbers"
        c.t("agent", "youre on flight " + say_alnum("SH%d" % rng.randint(100, 999), rng) + " seat " + say_pair(str(rng.randint(11, 39))) + " " + rng.choice("ABCDF").lower() + " boarding from gate " + say_pair(str(rng.randint(20, 59))))
        c.t("customer", "and it leaves at half nine yeah")
    elif k == 6:
        c.note = "policy number with label, long digit run"
        c.t("customer", "Policy no. POL-%s-%s, claim ref CLM%s" % (d(4), d(8), d(7)))
        c.t("agent", "Thanks, I can see policy ending %s." % d(4))
    elif k == 7:
        c.note = "opening hours, times, durations"
        c.t("agent", "were open eight till eight monday to friday and nine to four on saturdays the wait is about twenty five minutes")
        c.t("customer", "ok ill ring back at quarter to five then")
    elif k == 8:
        c.note = "reference number read in pairs like a sort code"
        c.t("agent", "your reference is " + say_digits(d(6), rng, dict(st, pair=0.9)))
        c.t("customer", "" + rng.choice(BACKCH) + " and how long will it take")
        c.t("agent", "five to seven working days")
    elif k == 9:
        c.note = "ages, counts and percentages"
        c.t("customer", "my mum is " + say_pair(str(rng.randint(60, 95))) + " and shes been with you " + say_pair(str(rng.randint(12, 30))) + " years")
        c.t("agent", "we can offer fifteen percent off and two free months on " + say_digits(str(rng.randint(2, 6)), rng) + " lines")
    elif k == 10:
        c.note = "model and serial numbers"
        c.t("customer", "the model is %s and serial number %s" % (rng.choice(["WX-4471B", "KD55X85J", "HB 4000"]), d(12)))
        c.t("agent", "thanks that unit was made in " + say_pair(str(rng.randint(10, 24))) + " so its out of warranty")
    elif k == 11:
        c.note = "road names and a room number"
        c.t("customer", "im stuck on the " + rng.choice(["m twenty five", "a forty", "n eleven", "i ninety five", "route sixty six"]) + " near junction " + say_pair(str(rng.randint(11, 29))))
        c.t("agent", "ok the hotel room " + say_digits(str(rng.randint(101, 599)), rng, dict(st, hund=1.0)) + " is held until midnight")
    elif k == 12:
        c.note = "temperature and contract end date"
        c.t("customer", "the thermostat says " + say_pair(str(rng.randint(15, 25))) + " degrees but the radiators are cold")
        c.t("agent", "your contract ends on the " + rng.choice(ORDINALS) + " of " + rng.choice(MONTHS) + " twenty twenty six")
    elif k == 13:
        c.note = "ticket number split over turns with back-channels"
        t = d(10)
        c.t("customer", "ticket number " + say_digits(t[:5], rng, st))
        c.t("agent", rng.choice(BACKCH))
        c.t("customer", say_digits(t[5:], rng, st))
        c.t("agent", "thats the ticket from last tuesday")
    elif k == 14:
        c.note = "prices and quantities in retail chat"
        c.t("customer", "I ordered 3 x item %s at $%d.%02d each, total $%d.%02d" % (d(8), rng.randint(10, 99), rng.randint(0, 99), rng.randint(100, 999), rng.randint(0, 99)))
        c.t("agent", "I see order #%s dispatched on %02d/%02d." % (d(9), rng.randint(1, 28), rng.randint(1, 12)))
    elif k == 15:
        c.note = "appointment date and time"
        c.t("agent", "i can book you in on the " + rng.choice(ORDINALS) + " at " + rng.choice(["ten thirty", "two fifteen", "nine oclock", "quarter past three"]))
        c.t("customer", "yeah the " + rng.choice(ORDINALS) + " is fine")
    elif k == 16:
        c.note = "customer reference labelled, 9 digits like an SSN"
        c.t("customer", "customer reference " + "%s-%s-%s" % (d(3), d(2), d(4)) + " from the letter")
        c.t("agent", "thanks, member id " + say_digits(d(9), rng, st) + " found")
    elif k == 17:
        c.note = "year and amounts said as big numbers"
        c.t("customer", "i joined in " + rng.choice(["nineteen ninety eight", "two thousand and four", "twenty eleven"]) + " and paid four thousand two hundred for the car")
        c.t("agent", "and the excess is two hundred and fifty")
    elif k == 18:
        c.note = "booking reference alphanumeric spelled with NATO"
        c.t("customer", "booking reference " + say_alnum("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + d(3), rng))
        c.t("agent", "got it thats for two adults on the " + rng.choice(ORDINALS))
    else:
        c.note = "long account-like reference labelled as a case number"
        c.t("agent", "your case number is " + say_digits(d(12), rng, st) + " please keep that")
        c.t("customer", "case number ok " + rng.choice(BACKCH))
    c.note = "%s: %s" % (ind, c.note)
    return c


# ---------------------------------------------------------------- driver
PLAN = ([("CARD_NUMBER", "call")] * 42 + [("CARD_NUMBER", "chat")] * 14 + [("SSN", "call")] * 22 +
        [("SSN", "chat")] * 8 + [("NI_NUMBER", "call")] * 22 + [("NI_NUMBER", "chat")] * 8 +
        [("IBAN", "call")] * 8 + [("IBAN", "chat")] * 5 + [("PHONE", "call")] * 10 + [("PHONE", "chat")] * 4 +
        [("BANK_ACCOUNT", "call")] * 8 + [("BANK_ACCOUNT", "chat")] * 4 + [("SORT_CODE", "call")] * 6 +
        [("SORT_CODE", "chat")] * 4 + [("POSTCODE", "call")] * 5 + [("POSTCODE", "chat")] * 3 +
        [("EMAIL", None)] * 14 + [("DOB", None)] * 14 + [("EXPIRY", None)] * 14 + [("CVV", None)] * 6 +
        [("ADDRESS", None)] * 14 + [("MULTI", None)] * 6 + [("IDPHONE", None)] * 6)
N_NEG = 110


def generate():
    rng = random.Random(SEED)
    cases = []
    for i, (typ, ch) in enumerate(PLAN):
        if typ == "EMAIL":
            c = pos_email(rng, i)
        elif typ == "DOB":
            c = pos_dob(rng, i)
        elif typ == "EXPIRY":
            c = pos_expiry_cvv(rng, i)
        elif typ == "CVV":
            c = pos_cvv(rng, i)
        elif typ == "ADDRESS":
            c = pos_address(rng, i)
        elif typ == "MULTI":
            c = pos_multi(rng, i)
        elif typ == "IDPHONE":
            c = pos_id_phone(rng, i)
        elif ch == "call":
            c = pos_call(typ, rng, i)
        else:
            c = pos_chat(typ, rng, i)
        cases.append(c)
    for i in range(N_NEG):
        cases.append(neg_case(rng, i))
    rows, metas = [], []
    np_ = nn = 0
    for c in cases:
        turns, spans = c.build()
        if c.kind == "positive":
            np_ += 1
            cid = "h401-pos-%03d" % np_
        else:
            nn += 1
            cid = "h401-neg-%03d" % nn
        spans.sort(key=lambda s: (s["turn"], s["start"]))
        metas.append((cid, c.groups, [dict(s) for s in spans], turns))
        out_spans = [{"turn": s["turn"], "start": s["start"], "end": s["end"], "type": s["type"]} for s in spans]
        rows.append(json.dumps({"id": cid, "kind": c.kind, "turns": turns, "spans": out_spans,
                                "note": c.note}, ensure_ascii=False))
    return "\n".join(rows) + "\n", metas


ALNUM_TYPES = ("NI_NUMBER", "IBAN", "POSTCODE")


def check_value(typ, canon, mode, texts):
    if typ == "EMAIL":
        got = "".join(normalise_email(t) or "\x00" for t in texts)
        if got != canon:
            return "email %r != %r" % (got, canon)
        if mode == "full" and not re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", canon):
            return "bad email"
        return None
    if typ == "DOB":
        return None if all(date_ok(t) for t in texts) else "bad DOB %r" % texts
    if typ == "EXPIRY":
        return None if all(date_ok(t, True) for t in texts) else "bad EXPIRY %r" % texts
    if typ == "ADDRESS":
        return None if all(address_ok(t) for t in texts) else "bad ADDRESS %r" % texts
    parts = [normalise(t, typ in ALNUM_TYPES) for t in texts]
    if any(p is None for p in parts):
        return "cannot normalise %r" % texts
    got = "".join(parts)
    if got != canon.upper():
        return "normalised %r != %r (%r)" % (got, canon, texts)
    if mode in ("part", "fragment", "tail"):
        return None if re.fullmatch(r"\+?[A-Z0-9]+", got) else "bad fragment"
    ok = {"CARD_NUMBER": lambda s: s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s),
          "CVV": lambda s: re.fullmatch(r"\d{3,4}", s) is not None,
          "SSN": ssn_ok, "NI_NUMBER": ni_ok, "IBAN": iban_ok, "PHONE": phone_ok,
          "POSTCODE": postcode_ok, "SORT_CODE": lambda s: re.fullmatch(r"\d{6}", s) is not None,
          "BANK_ACCOUNT": lambda s: re.fullmatch(r"\d{8,12}", s) is not None}[typ](got)
    return None if ok else "%s fails validation: %s" % (typ, got)


def check(content, metas):
    errs = []
    if not os.path.exists(OUT):
        return ["missing " + OUT]
    with open(OUT, "rb") as f:
        if f.read() != content.encode("utf-8"):
            errs.append("file is not byte-identical to regeneration")
    ids = [m[0] for m in metas]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for cid, groups, spans, turns in metas:
        kind = "negative" if "-neg-" in cid else "positive"
        if kind == "negative" and spans:
            errs.append(cid + ": negative with spans")
        if kind == "positive" and not spans:
            errs.append(cid + ": positive without spans")
        for tr in turns:
            if tr["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        prev = {}
        for s in spans:
            if not (0 <= s["turn"] < len(turns)):
                errs.append(cid + ": turn out of range"); continue
            text = turns[s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                errs.append(cid + ": offsets out of range"); continue
            if not (text[a].isalnum() or text[a] == "+") or not text[b - 1].isalnum():
                errs.append("%s: span edge not alnum %r" % (cid, text[a:b]))
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, text[a:b]))
            if s["turn"] in prev and prev[s["turn"]] > a:
                errs.append(cid + ": overlapping spans")
            prev[s["turn"]] = b
        by_g = {}
        for s in spans:
            by_g.setdefault(s["_g"], []).append(turns[s["turn"]]["text"][s["start"]:s["end"]])
        for g, (typ, canon, mode) in enumerate(groups):
            texts = by_g.get(g)
            if not texts:
                errs.append("%s: group %d has no span" % (cid, g)); continue
            if canon is None and typ not in ("DOB", "EXPIRY", "ADDRESS"):
                errs.append("%s: no canonical for %s" % (cid, typ)); continue
            # parts of one split value are validated together as one value
            if mode == "part":
                continue
            e = check_value(typ, canon, mode, texts)
            if e:
                errs.append("%s: %s" % (cid, e))
        # validate split values: consecutive 'part' groups of one type form one value
        run, rtyp = [], None
        for g, (typ, canon, mode) in enumerate(groups + [(None, None, None)]):
            if mode == "part" and (rtyp is None or typ == rtyp):
                run.append(g); rtyp = typ; continue
            if run:
                full = "".join(groups[x][1] for x in run)
                texts = [t for x in run for t in by_g.get(x, [])]
                e = check_value(rtyp, full, "full", texts)
                if e:
                    errs.append("%s: split value: %s" % (cid, e))
            run, rtyp = ([g], typ) if mode == "part" else ([], None)
    return errs


def counts(metas):
    c = {}
    for cid, groups, spans, turns in metas:
        for s in spans:
            c[s["type"]] = c.get(s["type"], 0) + 1
    return c


def main():
    content, metas = generate()
    if "--check" in sys.argv[1:]:
        errs = check(content, metas)
        cn = counts(metas)
        npos = sum(1 for m in metas if "-pos-" in m[0])
        nneg = len(metas) - npos
        mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ("CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
                  "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"):
            if cn.get(t, 0) < mins.get(t, 10):
                errs.append("too few %s spans: %d" % (t, cn.get(t, 0)))
        if npos < 200 or nneg < 100:
            errs.append("too few cases: %d pos %d neg" % (npos, nneg))
        for e in errs[:60]:
            print("ERROR", e)
        print("positives %d negatives %d spans %s" % (npos, nneg, json.dumps(cn, sort_keys=True)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(content)
    print("wrote %s (%d cases)" % (OUT, len(metas)))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set #36.

Written by an AI helper acting as an independent author, without reading the
redaction code, its tests or any other fixture.  Standard library only.

    python scripts/make_pii_holdout36.py          # write fixture + README
    python scripts/make_pii_holdout36.py --check  # regenerate and verify

Every turn is assembled from plain-text segments and (text, TYPE[, group])
segments so that span offsets are computed, never typed by hand.
Never use this set for tuning.
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 36241123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout36"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h36"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
         "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty",
        7: "seventy", 8: "eighty", 9: "ninety"}
PHONETIC = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta",
            "E": "echo", "F": "foxtrot", "G": "golf", "H": "hotel",
            "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
            "N": "november", "P": "papa", "Q": "quebec", "R": "romeo",
            "S": "sierra", "T": "tango", "U": "uniform", "V": "victor",
            "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu",
            "I": "india", "O": "oscar"}
HOMELY = {"B": "bertie", "C": "charlie", "D": "david", "S": "sugar",
          "M": "mother", "N": "nellie", "P": "peter", "T": "tommy"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth",
       6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth",
       11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
       15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
       18: "eighteenth", 19: "nineteenth", 20: "twentieth",
       21: "twenty first", 22: "twenty second", 23: "twenty third",
       24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}


def zero_word(rng, uk=False):
    opts = ["zero", "oh", "o"] + (["nought", "oh"] if uk else [])
    return rng.choice(opts)


def say_digit(d, rng, uk=False):
    return zero_word(rng, uk) if d == "0" else UNITS[int(d)]


def say_plain(ds, rng, uk=False, doubles=0.0, fillers=0.0):
    """Digit by digit; optional 'double'/'triple' and fillers between digits."""
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == d and run < 3:
            run += 1
        if run >= 2 and rng.random() < doubles:
            word = "triple" if run == 3 else "double"
            out.append(word + " " + say_digit(d, rng, uk))
            i += run
        else:
            out.append(say_digit(d, rng, uk))
            i += 1
        if i < len(ds) and rng.random() < fillers:
            out.append(rng.choice(["um", "uh", "er"]))
    return " ".join(out)


def say_pair(p, rng, nxt_is_unit=False, uk=False):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word(rng, uk) + " " + UNITS[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        if nxt_is_unit:
            return UNITS[a] + " " + zero_word(rng, uk)
        return TENS[a]
    return TENS[a] + " " + UNITS[b]


def say_pairs(ds, rng, uk=False):
    """Pairs like 'forty one eleven'; odd leading digit said alone."""
    words = []
    i = 0
    if len(ds) % 2:
        words.append(say_digit(ds[0], rng, uk))
        i = 1
    while i < len(ds):
        last = i + 2 >= len(ds)  # a bare 'forty' at the end could merge with what follows
        words.append(say_pair(ds[i:i + 2], rng, nxt_is_unit=last, uk=uk))
        i += 2
    return " ".join(words)


def say_groups(groups, rng, uk=False, style="mix", sep=" "):
    parts = []
    for g in groups:
        st = style
        if st == "mix":
            st = rng.choice(["plain", "plain", "pairs", "doubles"])
        if st == "pairs" and len(g) % 2 == 0:
            parts.append(say_pairs(g, rng, uk))
        elif st == "doubles":
            parts.append(say_plain(g, rng, uk, doubles=1.0))
        else:
            parts.append(say_plain(g, rng, uk))
    return sep.join(parts)


def say_letter(ch, rng, phonetic=0.0):
    ch = ch.upper()
    r = rng.random()
    if ch == "O":  # a bare 'o' would read as zero
        return "o for oscar"
    if r < phonetic:
        if ch in HOMELY and rng.random() < 0.3:
            return ch.lower() + " for " + HOMELY[ch]
        return ch.lower() + " for " + PHONETIC[ch]
    return ch.lower()


def say_year(y, rng):
    s = str(y)
    if s.startswith("20") and rng.random() < 0.5:
        return "two thousand and " + ("" if s[2] != "0" else "") + \
            (UNITS[int(s[3])] if s[2] == "0" else say_pair(s[2:], rng))
    return say_pair(s[:2], rng) + " " + say_pair(s[2:], rng)


# ---------------------------------------------------------------- normaliser
FILLERS = {"um", "uh", "er", "erm", "and", "for"}
UNIT_IX = {w: i for i, w in enumerate(UNITS)}
UNIT_IX.update({"oh": 0, "o": 0, "nought": 0, "zero": 0})
TEEN_IX = {w: 10 + i for i, w in enumerate(TEENS)}
TENS_IX = {v: k for k, v in TENS.items()}
SYMBOLS = {"dot": ".", "at": "@", "underscore": "_", "dash": "-",
           "hyphen": "-", "plus": "+", "point": "."}


def normalise(text):
    """Spoken/typed value -> compact string of digits/letters/symbols."""
    toks = re.findall(r"[A-Za-z0-9@._+'-]+", text.replace("/", " "))
    toks = [t.strip("-'") for t in toks]
    toks = [t for t in toks if t]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        lt = t.lower()
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
        if lt in ("um", "uh", "er", "erm"):
            i += 1
            continue
        if len(lt) == 1 and lt.isalpha() and nxt == "for" and i + 2 < len(toks):
            out.append(lt.upper())
            i += 3
            continue
        if lt in ("double", "triple") and nxt in UNIT_IX:
            out.append(str(UNIT_IX[nxt]) * (2 if lt == "double" else 3))
            i += 2
            continue
        if lt in TENS_IX:
            if nxt in UNIT_IX and nxt not in ("oh", "o", "nought", "zero"):
                out.append(str(TENS_IX[lt]) + str(UNIT_IX[nxt]))
                i += 2
            else:
                out.append(str(TENS_IX[lt]) + "0")
                i += 1
            continue
        if lt in TEEN_IX:
            out.append(str(TEEN_IX[lt]))
            i += 1
            continue
        if lt in UNIT_IX:
            out.append(str(UNIT_IX[lt]))
            i += 1
            continue
        if lt in SYMBOLS:
            out.append(SYMBOLS[lt])
            i += 1
            continue
        out.append(t)
        i += 1
    return "".join(out)


def luhn_ok(ds):
    tot = 0
    for i, ch in enumerate(reversed(ds)):
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
UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
US_ZIP_RE = re.compile(r"\d{5}(-?\d{4})?")
STREET_WORDS = ("street", "st", "road", "rd", "avenue", "ave", "lane", "ln",
                "drive", "dr", "close", "way", "court", "ct", "crescent",
                "place", "terrace", "boulevard", "blvd", "grove", "gardens",
                "park", "row", "walk", "hill", "square", "parade")


ASR_HOMOPHONES = {"for": "four", "to": "two", "too": "two", "won": "one",
                  "ate": "eight", "tree": "three", "sicks": "six"}


def validate(typ, text, partial=False, asr=False):
    """Return None if ok, else an error string."""
    if asr:
        text = " ".join(ASR_HOMOPHONES.get(w, w) for w in text.split())
    n = normalise(text)
    up = n.upper()
    digits = re.sub(r"\D", "", n)
    low = text.lower()
    if partial:
        return None if digits or re.search(r"[A-Za-z]", n) else "empty partial"
    if typ == "CARD_NUMBER":
        if not (13 <= len(digits) <= 19) or digits != re.sub(r"[^0-9]", "", up):
            return "card digits %r" % digits
        return None if luhn_ok(digits) else "luhn %s" % digits
    if typ == "CVV":
        return None if len(digits) in (3, 4) and digits == re.sub(r"[^A-Z0-9]", "", up) else "cvv %r" % n
    if typ == "EXPIRY":
        if any(m[:3] in low for m in MONTHS):
            return None
        if 3 <= len(digits) <= 6:
            mm = int(digits[:2]) if len(digits) in (4, 6) else int(digits[:1])
            return None if 1 <= mm <= 12 else "expiry month %r" % digits
        return "expiry %r" % n
    if typ == "SSN":
        return None if len(digits) == 9 and digits == re.sub(r"[^A-Z0-9]", "", up) else "ssn %r" % n
    if typ == "NI_NUMBER":
        s = re.sub(r"[^A-Z0-9]", "", up)
        return None if NI_RE.fullmatch(s) else "ni %r" % s
    if typ == "BANK_ACCOUNT":
        return None if 6 <= len(digits) <= 12 and digits == re.sub(r"[^A-Z0-9]", "", up) else "acct %r" % n
    if typ == "SORT_CODE":
        return None if len(digits) == 6 and digits == re.sub(r"[^A-Z0-9]", "", up) else "sort %r" % n
    if typ == "IBAN":
        s = re.sub(r"[^A-Z0-9]", "", up)
        return None if iban_ok(s) else "iban %r" % s
    if typ == "PHONE":
        return None if 10 <= len(digits) <= 13 and re.sub(r"[^A-Z0-9]", "", up) == digits else "phone %r" % n
    if typ == "EMAIL":
        return None if re.fullmatch(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", n) else "email %r" % n
    if typ == "DOB":
        if any(m in low for m in MONTHS) or len(digits) >= 4:
            return None
        return "dob %r" % n
    if typ == "POSTCODE":
        s = re.sub(r"[^A-Z0-9-]", "", up)
        if UK_PC_RE.fullmatch(s.replace("-", "")) or US_ZIP_RE.fullmatch(s):
            return None
        return "postcode %r" % s
    if typ == "ADDRESS":
        words = re.findall(r"[a-z]+", low)
        if digits and any(w in STREET_WORDS for w in words):
            return None
        return "address %r" % text
    return "unknown type %s" % typ


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = []  # parallel to spans: group key
        self._auto = 0

    def t(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
                continue
            val, typ = seg[0], seg[1]
            key = seg[2] if len(seg) > 2 else None
            if key is None:
                self._auto += 1
                key = "auto%d" % self._auto
            start = len(text)
            text += val
            self.spans.append({"turn": ti, "start": start, "end": len(text),
                               "type": typ})
            self.groups.append(key)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    a = lambda self, *s: self.t("agent", *s)  # noqa: E731
    c = lambda self, *s: self.t("customer", *s)  # noqa: E731


# ---------------------------------------------------------------- value makers
def luhn_complete(prefix, length, rng):
    ds = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for chk in "0123456789":
        if luhn_ok(ds + chk):
            return ds + chk
    raise AssertionError


def make_card(rng, kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19", "maestro"])
    if kind == "visa":
        return luhn_complete("4", 16, rng), kind
    if kind == "visa19":
        return luhn_complete("4", rng.choice([13, 19]), rng), kind
    if kind == "mc":
        return luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, rng), kind
    if kind == "amex":
        return luhn_complete(rng.choice(["34", "37"]), 15, rng), kind
    if kind == "disc":
        return luhn_complete("6011", 16, rng), kind
    return luhn_complete(rng.choice(["6759", "6763"]), rng.choice([16, 18]), rng), kind


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def make_ssn(rng):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def make_iban(rng, cc=None):
    cc = cc or rng.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IT"])
    def dg(n):
        return "".join(str(rng.randrange(10)) for _ in range(n))
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + dg(14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "FR":
        bban = dg(23)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "RABO", "INGB"]) + dg(10)
    elif cc == "ES":
        bban = dg(20)
    else:
        bban = rng.choice("XYZ") + dg(22)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def make_uk_mobile(rng):
    return "07" + str(rng.choice([4, 5, 7, 8, 9])) + "".join(str(rng.randrange(10)) for _ in range(8))


def make_us_phone(rng):
    area = rng.choice(["212", "312", "415", "617", "702", "808", "503", "404", "214", "720"])
    return area + str(rng.randrange(2, 10)) + "".join(str(rng.randrange(10)) for _ in range(6))


def make_ie_mobile(rng):
    return "08" + str(rng.choice([3, 5, 6, 7, 9])) + "".join(str(rng.randrange(10)) for _ in range(7))


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "grace",
         "olu", "niamh", "carlos", "emma", "wei", "fatima", "jack", "chloe",
         "dev", "siobhan", "marta", "kevin"]
LAST = ["smith", "okafor", "byrne", "patel", "nguyen", "walsh", "garcia",
        "murphy", "kowalski", "jones", "brennan", "hughes", "ali", "schmidt",
        "reilly", "evans", "campbell", "dubois"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com",
           "eircom.net", "btinternet.com", "aol.com", "proton.me", "live.ie"]

UK_OUT = ["SW1A", "EC2A", "M1", "B33", "LS6", "CR2", "DN55", "G2", "EH1", "BS8",
          "NE1", "CF10", "L1", "W1D", "N7", "SE15", "OX4", "BT7", "PL4", "RG1"]
UK_IN_L = "ABDEFGHJLNPQRSTUWXYZ"
STREETS = ["elm", "high", "church", "station", "victoria", "mill", "park",
           "oak", "king", "queen", "maple", "willow", "grange", "north",
           "castle", "meadow", "pine", "cedar", "riverside", "chapel"]
SUFFIX = ["street", "road", "avenue", "lane", "drive", "close", "way",
          "court", "crescent", "grove", "terrace", "place"]


def make_uk_pc(rng):
    return rng.choice(UK_OUT) + " " + str(rng.randrange(1, 10)) + rng.choice(UK_IN_L) + rng.choice(UK_IN_L)


def make_zip(rng, plus4=False):
    z = "%05d" % rng.randrange(1001, 99951)
    return z + ("-%04d" % rng.randrange(1, 10000) if plus4 else "")


def make_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randrange(5)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + str(rng.randrange(1, 99))
    elif style == 2:
        local = f + "_" + l
    elif style == 3:
        local = l + f[0]
    else:
        local = f + str(rng.randrange(1970, 2005))
    return local + "@" + rng.choice(DOMAINS)


def say_email(addr, rng):
    local, dom = addr.split("@")
    def part(s):
        out = []
        for chunk in re.split(r"([._])", s):
            if chunk == ".":
                out.append("dot")
            elif chunk == "_":
                out.append("underscore")
            elif chunk.isdigit():
                out.append(say_plain(chunk, rng) if len(chunk) != 4 else say_pairs(chunk, rng))
            elif len(chunk) == 1:
                out.append(chunk)
            elif chunk:
                m = re.match(r"([a-z]+)(\d*)", chunk)
                out.append(m.group(1))
                if m.group(2):
                    out.append(say_plain(m.group(2), rng))
        return " ".join(out)
    return part(local) + " at " + part(dom)


def say_uk_pc(pc, rng, phonetic=0.0):
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(UNITS[int(ch)] if ch != "0" else "zero")
        else:
            out.append(say_letter(ch, rng, phonetic))
    return " ".join(out)


def say_ni(ni, rng, phonetic=0.0, digit_style="plain"):
    letters = " ".join(say_letter(c, rng, phonetic) for c in ni[:2])
    ds = ni[2:8]
    if digit_style == "pairs":
        mid = say_pairs(ds, rng, uk=True)
    else:
        mid = say_plain(ds, rng, uk=True, doubles=0.4)
    return letters, mid, say_letter(ni[8], rng, phonetic)


def say_iban(ib, rng, phonetic=0.3):
    out = []
    for ch in ib:
        if ch.isdigit():
            out.append(say_digit(ch, rng))
        else:
            out.append(say_letter(ch, rng, phonetic))
    return " ".join(out)


def make_dob(rng):
    return rng.randrange(1940, 2005), rng.randrange(1, 13), rng.randrange(1, 29)


def dob_chat(y, m, d, rng, us=False):
    st = rng.randrange(5)
    if st == 0:
        return ("%02d/%02d/%d" % ((m, d, y) if us else (d, m, y)))
    if st == 1:
        return "%d-%02d-%02d" % (y, m, d)
    if st == 2:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if st == 3:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize()[:3], d, y)
    return "%d.%d.%s" % (d, m, str(y)[2:])


def dob_call(y, m, d, rng, us=False):
    st = rng.randrange(4)
    yr = say_year(y, rng) if rng.random() < 0.7 else say_pair(str(y)[2:], rng)
    if st == 0:
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], yr)
    if st == 1:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], yr)
    if st == 2:
        return "%s the %s %s" % (MONTHS[m - 1], ORD[d], yr)
    return "%s %s %s" % (MONTHS[m - 1], say_pair("%02d" % d, rng) if d >= 10 else UNITS[d], yr)


def make_street(rng, us=False):
    num = rng.choice([rng.randrange(1, 60), rng.randrange(1, 300), rng.randrange(100, 9999)]) if us else rng.randrange(1, 180)
    return num, rng.choice(STREETS), rng.choice(SUFFIX)


def say_house(num, rng):
    s = str(num)
    if len(s) <= 2:
        return say_pair(s.zfill(2), rng) if num >= 10 else UNITS[num]
    if len(s) == 3 and rng.random() < 0.5:
        return UNITS[int(s[0])] + " " + say_pair(s[1:], rng)
    return say_plain(s, rng)


def chat_typo(rng, s):
    return s


def expiry_pair(rng):
    return rng.randrange(1, 13), rng.randrange(27, 33)


def exp_chat(m, y, rng):
    return rng.choice(["%02d/%d" % (m, y), "%02d/20%d" % (m, y), "%d/%d" % (m, y),
                       "%02d-%d" % (m, y), "%02d %d" % (m, y)])


def exp_call(m, y, rng):
    st = rng.randrange(3)
    if st == 0:
        return "%s %s" % (say_pair("%02d" % m, rng), say_pair(str(y), rng))
    if st == 1:
        return "%s twenty %s" % (MONTHS[m - 1], say_pair(str(y), rng))
    return "%s %s" % (say_pair("%02d" % m, rng), "twenty " + say_pair(str(y), rng))


def money(rng, cur=None):
    cur = cur or rng.choice(["£", "$", "€"])
    return "%s%d.%02d" % (cur, rng.randrange(5, 2500), rng.randrange(100))


def spoken_money(rng):
    p = rng.randrange(12, 99)
    return "%s pounds %s" % (say_pair(str(p), rng), say_pair(str(rng.randrange(10, 99)), rng))


def sep_join(groups, sep):
    return sep.join(groups)


# ---------------------------------------------------------------- positive templates
def p_chat_card(rng):
    num, kind = make_card(rng)
    g = card_groups(num)
    sep = rng.choice([" ", "-", "", " ", "  "])
    shown = sep_join(g, sep)
    m, y = expiry_pair(rng)
    cvv = "".join(str(rng.randrange(10)) for _ in range(4 if kind == "amex" else 3))
    ind = rng.choice(["retail", "telecom", "travel", "utilities"])
    c = Case("chat/%s: %s card typed with separator %r, expiry and cvv in same message" % (ind, kind, sep))
    c.a("Thanks for waiting. To take the payment of %s I'll need the card details please." % money(rng))
    lead = rng.choice(["card no ", "ok its ", "Card: ", "sure - ", "number is "])
    c.c(lead, (shown, "CARD_NUMBER"), rng.choice([" exp ", ", expiry ", " expires "]),
        (exp_chat(m, y, rng), "EXPIRY"), rng.choice([" cvv ", " and the code on the back is ", " sec code "]),
        (cvv, "CVV"))
    c.a("Perfect, that's gone through. Reference for the payment is PAY%d." % rng.randrange(10000, 999999))
    return c


def p_call_card_one(rng):
    num, kind = make_card(rng)
    g = card_groups(num)
    uk = rng.random() < 0.5
    spoken = say_groups(g, rng, uk=uk, style=rng.choice(["plain", "mix", "doubles"]))
    ind = rng.choice(["telecom", "insurance", "banking", "utilities", "retail"])
    c = Case("call/%s: %s card read in one turn, %s" % (ind, kind, "uk zero forms" if uk else "us forms"))
    c.a("okay and what's the long number across the front of the card")
    c.c(rng.choice(["yeah it's ", "right so it's ", "okay ", "uh it's "]), (spoken, "CARD_NUMBER"))
    c.a("thank you and the expiry date")
    m, y = expiry_pair(rng)
    c.c("it's ", (exp_call(m, y, rng), "EXPIRY"))
    return c


def p_call_card_split(rng):
    num, kind = make_card(rng)
    g = card_groups(num)
    ind = rng.choice(["insurance", "healthcare billing", "travel", "banking"])
    c = Case("call/%s: %s card split over %d customer turns with back-channels" % (ind, kind, len(g)))
    c.a("go ahead with the card number whenever you're ready")
    backs = ["mhm", "yep", "okay go on", "got that", "uh huh", "yes"]
    for i, grp in enumerate(g):
        pre = rng.choice(["", "", "right ", "so "]) if i == 0 else rng.choice(["", "", "then "])
        post = rng.choice(["", "", " um", " okay"])
        c.c(pre, (say_groups([grp], rng, style="mix"), "CARD_NUMBER", "card"), post)
        if i < len(g) - 1:
            c.a(rng.choice(backs))
    c.a("lovely thank you")
    return c


def p_call_card_correction(rng):
    num, kind = make_card(rng, rng.choice(["visa", "mc"]))
    g = card_groups(num)
    wrong = list(g[1])
    wrong[2] = str((int(wrong[2]) + 3) % 10)
    wrong = "".join(wrong)
    c = Case("call/retail: card read with self-correction of the second group; both readings labelled")
    c.a("can i take the card number please")
    c.c((say_plain(g[0], rng), "CARD_NUMBER", "card"), " ",
        (say_plain(wrong, rng), "CARD_NUMBER", "wrong~partial"), " no sorry ",
        (say_plain(g[1], rng), "CARD_NUMBER", "card"), " ",
        (say_groups(g[2:], rng), "CARD_NUMBER", "card"))
    c.a("okay so I have that as ", (say_groups(g, rng, style="plain"), "CARD_NUMBER"), " is that right")
    c.c("yes that's it")
    return c


def p_chat_amex(rng):
    num, _ = make_card(rng, "amex")
    g = card_groups(num)
    c = Case("chat/travel: amex 4-6-5 grouping, lower-case chat with a typo and a price next to it")
    c.a("The upgrade comes to %s. Which card would you like to use?" % money(rng, "$"))
    c.c("amex pls. ", (" ".join(g) if rng.random() < 0.5 else "-".join(g), "CARD_NUMBER"),
        " , the 4 digit code on teh front is ", ("".join(str(rng.randrange(10)) for _ in range(4)), "CVV"))
    return c


def p_call_card_pairs(rng):
    num, kind = make_card(rng, rng.choice(["visa", "mc", "disc"]))
    g = card_groups(num)
    c = Case("call/banking: %s card read in pairs ('forty one eleven' style)" % kind)
    c.a("and the sixteen digit number please")
    c.c("okay ", (" ".join(say_pairs(x, rng) for x in g), "CARD_NUMBER"))
    c.a("and the three digit security number on the back")
    c.c("uh ", (say_plain("".join(str(rng.randrange(10)) for _ in range(3)), rng), "CVV"))
    return c


def p_call_exp_cvv_one(rng):
    m, y = expiry_pair(rng)
    cvv = "".join(str(rng.randrange(10)) for _ in range(3))
    c = Case("call/utilities: expiry and cvv given in one turn, plus a payment amount")
    c.a("so that's %s going on the card today and I need the expiry and the security code" % spoken_money(rng))
    c.c("expiry is ", (exp_call(m, y, rng), "EXPIRY"), " and the code on the back is ",
        (say_plain(cvv, rng, doubles=0.8), "CVV"))
    return c


def p_chat_card_multi(rng):
    num, kind = make_card(rng)
    g = card_groups(num)
    c = Case("chat/retail: card pasted across two chat messages")
    c.a("Please type the long card number.")
    half = len(g) // 2
    c.c((" ".join(g[:half]), "CARD_NUMBER", "card"))
    c.c((" ".join(g[half:]), "CARD_NUMBER", "card"), " sorry hit enter too soon")
    m, y = expiry_pair(rng)
    c.a("No problem! And the expiry?")
    c.c((exp_chat(m, y, rng), "EXPIRY"))
    return c


def p_chat_ssn(rng):
    s = make_ssn(rng)
    fmt = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
    ind = rng.choice(["banking", "insurance", "government services", "healthcare billing"])
    c = Case("chat/%s: US SSN typed as %r" % (ind, fmt))
    c.a("To verify your identity I need your Social Security number.")
    c.c(rng.choice(["sure its ", "SSN: ", "ok ", "my social is "]), (fmt, "SSN"),
        rng.choice(["", " thanks", ". I've been waiting 40 min btw"]))
    return c


def p_call_ssn_split(rng):
    s = make_ssn(rng)
    c = Case("call/government services: SSN split 3-2-4 over three customer turns")
    c.a("can you give me your social security number")
    c.c("yeah it's ", (say_plain(s[:3], rng), "SSN", "s"))
    c.a("mhm")
    c.c((say_plain(s[3:5], rng), "SSN", "s"))
    c.a("okay")
    c.c((say_groups([s[5:]], rng, style="mix"), "SSN", "s"), rng.choice(["", " um yeah", " that's it"]))
    return c


def p_call_ssn_readback(rng):
    s = make_ssn(rng)
    c = Case("call/banking: SSN with fillers, agent reads it back")
    c.a("and the last thing i need is your social")
    c.c("sure ", (say_plain(s[:3], rng, fillers=0.3), " ", say_plain(s[3:5], rng), " ",
                  say_plain(s[5:], rng, doubles=0.7)) if False else (say_plain(s, rng, fillers=0.25, doubles=0.5), "SSN"))
    c.a("let me just read that back ", (say_groups([s[:3], s[3:5], s[5:]], rng, style="plain"), "SSN"), " correct")
    c.c("correct")
    return c


def p_call_ssn_ctx(rng):
    s = make_ssn(rng)
    c = Case("call/insurance: SSN mixed with a claim amount and chit-chat in one turn")
    amount = rng.randrange(200, 5000)
    c.a("i can look that up for you do you have the policy holder's social security number")
    c.c("yeah hang on my wife's got it here the claim was for about %s dollars anyway it's " % say_pairs(str(amount), rng),
        (say_groups([s[:3], s[3:5], s[5:]], rng, style="mix"), "SSN"))
    return c


def p_chat_ssn_in_form(rng):
    s = make_ssn(rng)
    y, m, d = make_dob(rng)
    c = Case("chat/healthcare billing: SSN and DOB typed in one line with labels")
    c.a("Please provide the patient's SSN and date of birth.")
    c.c("ssn ", ("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN"), " / dob ", (dob_chat(y, m, d, rng, us=True), "DOB"))
    return c


def ni_chat_fmt(ni, rng):
    st = rng.randrange(6)
    if st == 0:
        return ni
    if st == 1:
        return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if st == 2:
        return ni.lower()
    if st == 3:
        return "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if st == 4:
        return "%s %s %s" % (ni[:2], ni[2:8], ni[8])
    return ("%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])).lower()


def p_chat_ni(rng):
    ni = make_ni(rng)
    shown = ni_chat_fmt(ni, rng)
    ind = rng.choice(["government services", "banking", "insurance", "utilities"])
    c = Case("chat/%s: UK NI number typed as %r" % (ind, shown))
    c.a("Could you confirm your National Insurance number please?")
    c.c(rng.choice(["yes its ", "NI no. ", "", "Sure, "]), (shown, "NI_NUMBER"),
        rng.choice(["", " thanks", " - I'm on universal credit since 2019 if that helps"]))
    return c


def p_call_ni_phonetic(rng):
    ni = make_ni(rng)
    l, mid, suf = say_ni(ni, rng, phonetic=0.7)
    c = Case("call/government services: NI number with phonetic letters ('j for juliet') in one turn")
    c.a("can i take your national insurance number")
    c.c("yeah it's ", (l + " " + mid + " " + suf, "NI_NUMBER"))
    return c


def p_call_ni_split(rng):
    ni = make_ni(rng)
    l, mid, suf = say_ni(ni, rng, phonetic=0.3, digit_style=rng.choice(["pairs", "plain"]))
    c = Case("call/government services: NI number split: letters, digits, then suffix after agent prompt")
    c.a("and your national insurance number please")
    c.c("um ", (l, "NI_NUMBER", "ni"))
    c.a("okay")
    c.c((mid, "NI_NUMBER", "ni"))
    c.a("and the letter at the end")
    c.c("it's ", (suf, "NI_NUMBER", "ni"))
    return c


def p_call_ni_readback(rng):
    ni = make_ni(rng)
    l, mid, suf = say_ni(ni, rng, phonetic=0.0)
    l2, mid2, suf2 = say_ni(ni, rng, phonetic=0.5, digit_style="pairs")
    c = Case("call/banking: NI number given then read back by agent with different spoken forms")
    c.a("whats your national insurance")
    c.c((l + " " + mid + " " + suf, "NI_NUMBER"), " i think yeah")
    c.a("so that's ", (l2 + " " + mid2 + " " + suf2, "NI_NUMBER"))
    c.c("yes")
    return c


def p_call_ni_homophone(rng):
    ni = make_ni(rng)
    # ASR writes the suffix letter as a homophone word ('see' for C, 'bee' for B)
    hom = {"A": "a", "B": "bee", "C": "see", "D": "dee"}
    l, mid, _ = say_ni(ni, rng)
    c = Case("call/insurance: NI number where the ASR writes the final letter as a homophone ('see'/'bee')")
    c.a("and the national insurance number for the policy holder")
    c.c("okay ", (l + " " + mid + " " + hom[ni[8]], "NI_NUMBER", "ni~partial"))
    c.a("thanks")
    return c


def p_chat_bank(rng):
    sc = "".join(str(rng.randrange(10)) for _ in range(6))
    acc = "".join(str(rng.randrange(10)) for _ in range(8))
    scs = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    c = Case("chat/banking: UK sort code %r and 8-digit account number in one message" % scs)
    c.a("Which account should the refund of %s go to?" % money(rng, "£"))
    c.c(rng.choice(["sort code ", "sc ", "Sort: "]), (scs, "SORT_CODE"), rng.choice([" acc ", " account no ", ", a/c "]),
        (acc, "BANK_ACCOUNT"))
    return c


def p_call_bank(rng):
    sc = "".join(str(rng.randrange(10)) for _ in range(6))
    acc = "".join(str(rng.randrange(10)) for _ in range(8))
    c = Case("call/utilities: sort code in pairs and account number with doubles, separate turns")
    c.a("what's the sort code for the direct debit")
    c.c((say_pairs(sc, rng, uk=True), "SORT_CODE"))
    c.a("and the account number")
    c.c("it's ", (say_plain(acc, rng, uk=True, doubles=0.9), "BANK_ACCOUNT"))
    c.a("and the direct debit will come out on the %s of each month" % ORD[rng.randrange(1, 29)])
    return c


def p_call_bank_split(rng):
    acc = "".join(str(rng.randrange(10)) for _ in range(8))
    sc = "".join(str(rng.randrange(10)) for _ in range(6))
    c = Case("call/banking: account number split 4+4 across turns, then sort code with 'nought'")
    c.a("can you read me the account number")
    c.c((say_plain(acc[:4], rng, uk=True), "BANK_ACCOUNT", "acc"))
    c.a("mhm")
    c.c((say_plain(acc[4:], rng, uk=True), "BANK_ACCOUNT", "acc"))
    c.a("and sort code")
    c.c((say_plain(sc[:2], rng, uk=True) + " " + say_plain(sc[2:4], rng, uk=True) + " " + say_plain(sc[4:], rng, uk=True), "SORT_CODE"))
    return c


def p_us_bank(rng):
    acc = "".join(str(rng.randrange(10)) for _ in range(rng.choice([10, 11, 12])))
    c = Case("chat/banking: US checking account number in a message with a payment amount")
    c.a("Which checking account should we debit for the %s?" % money(rng, "$"))
    c.c("checking acct # ", (acc, "BANK_ACCOUNT"), " at the credit union")
    return c


def iban_chat_fmt(ib, rng):
    st = rng.randrange(4)
    if st == 0:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if st == 1:
        return ib
    if st == 2:
        return ib.lower()
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()


def p_chat_iban(rng):
    ib = make_iban(rng)
    c = Case("chat/banking: %s IBAN typed" % ib[:2])
    c.a("Please send the IBAN for the refund.")
    c.c(rng.choice(["IBAN: ", "here u go ", "its "]), (iban_chat_fmt(ib, rng), "IBAN"), rng.choice(["", " (my salary account)", " thx"]))
    return c


def p_call_iban(rng):
    ib = make_iban(rng, rng.choice(["IE", "GB", "NL"]))
    c = Case("call/travel: %s IBAN spelled letter by letter and split over two turns" % ib[:2])
    c.a("for the refund i'll need your iban")
    cut = 8
    c.c("okay it's ", (say_iban(ib[:cut], rng), "IBAN", "ib"))
    c.a("yep go on")
    c.c((say_iban(ib[cut:], rng, phonetic=0.0), "IBAN", "ib"))
    return c


def p_chat_phone(rng):
    st = rng.randrange(6)
    if st == 0:
        p = make_uk_mobile(rng); shown = p[:5] + " " + p[5:]
    elif st == 1:
        p = make_uk_mobile(rng); shown = "+44 " + p[1:5] + " " + p[5:]
    elif st == 2:
        p = make_us_phone(rng); shown = "(%s) %s-%s" % (p[:3], p[3:6], p[6:])
    elif st == 3:
        p = make_us_phone(rng); shown = "+1 %s.%s.%s" % (p[:3], p[3:6], p[6:])
    elif st == 4:
        p = make_ie_mobile(rng); shown = "%s %s %s" % (p[:3], p[3:6], p[6:])
    else:
        p = make_ie_mobile(rng); shown = "+353 %s %s %s" % (p[1:3], p[3:6], p[6:])
    ind = rng.choice(["telecom", "retail", "utilities", "insurance"])
    c = Case("chat/%s: phone typed as %r" % (ind, shown))
    c.a("What's the best number to reach you on?")
    c.c(rng.choice(["", "mob: ", "call me on ", "it's "]), (shown, "PHONE"), rng.choice(["", " after 5pm", " any time before 9"]))
    return c


def p_call_phone_uk(rng):
    p = make_uk_mobile(rng)
    c = Case("call/telecom: UK mobile read with oh/double/triple")
    c.a("and a contact number")
    if rng.random() < 0.5:
        spoken = say_plain(p[:5], rng, uk=True, doubles=0.8) + " " + say_plain(p[5:], rng, uk=True, doubles=0.8)
    else:
        spoken = "plus four four " + say_plain(p[1:5], rng, uk=True) + " " + say_groups([p[5:8], p[8:]], rng, uk=True)
    c.c("yeah it's ", (spoken, "PHONE"))
    return c


def p_call_phone_us_split(rng):
    p = make_us_phone(rng)
    c = Case("call/healthcare billing: US phone split area code / exchange / line over turns")
    c.a("what's a good callback number")
    c.c("area code ", (say_plain(p[:3], rng), "PHONE", "ph"))
    c.a("okay")
    c.c((say_plain(p[3:6], rng), "PHONE", "ph"))
    c.a("uh huh")
    c.c((say_groups([p[6:]], rng, style="mix"), "PHONE", "ph"))
    return c


def p_call_phone_email(rng):
    p = make_ie_mobile(rng)
    e = make_email(rng)
    c = Case("call/utilities (IE): phone and spoken e-mail in the same customer turn")
    c.a("can i get a phone number and email for the account")
    c.c("yeah the mobile is ", (say_plain(p, rng, doubles=0.5), "PHONE"), " and the email is ",
        (say_email(e, rng), "EMAIL"))
    return c


def p_chat_email(rng):
    e = make_email(rng)
    if rng.random() < 0.3:
        e = e.upper() if rng.random() < 0.3 else e.capitalize()
    c = Case("chat/retail: e-mail typed mid-sentence")
    c.a("Which email should we send the receipt to?")
    c.c(rng.choice(["", "pls send to ", "email is "]), (e, "EMAIL"), rng.choice(["", " thanks!", " , order total was %s" % money(rng)]))
    return c


def p_call_email(rng):
    e = make_email(rng)
    c = Case("call/insurance: e-mail spoken with 'dot' and 'at', agent reads back")
    c.a("and your email address")
    c.c("it's ", (say_email(e, rng), "EMAIL"))
    c.a("so that's ", (say_email(e, rng), "EMAIL"), " yeah")
    c.c("that's right")
    return c


def p_chat_dob(rng):
    y, m, d = make_dob(rng)
    us = rng.random() < 0.4
    c = Case("chat/%s: DOB typed" % rng.choice(["insurance", "banking", "healthcare billing"]))
    c.a("For security, please confirm your date of birth.")
    c.c(rng.choice(["", "dob ", "born "]), (dob_chat(y, m, d, rng, us), "DOB"))
    return c


def p_call_dob(rng):
    y, m, d = make_dob(rng)
    c = Case("call/banking: DOB spoken, agent confirms an appointment date (unlabelled) afterwards")
    c.a("can you confirm your date of birth")
    c.c(rng.choice(["yeah ", "it's ", "uh "]), (dob_call(y, m, d, rng), "DOB"))
    c.a("thank you and i've booked the branch appointment for the %s of %s at %s" %
        (ORD[rng.randrange(1, 29)], rng.choice(MONTHS), rng.choice(["ten thirty", "half two", "eleven"])))
    return c


def p_chat_pc(rng):
    if rng.random() < 0.6:
        pc = make_uk_pc(rng)
        st = rng.randrange(3)
        shown = pc if st == 0 else (pc.replace(" ", "") if st == 1 else pc.lower())
        where = "UK"
    else:
        shown = make_zip(rng, rng.random() < 0.3)
        where = "US"
    c = Case("chat/utilities: %s postcode typed alone" % where)
    c.a("What's the postcode / ZIP of the supply address?")
    c.c((shown, "POSTCODE"))
    return c


def p_call_pc(rng):
    pc = make_uk_pc(rng)
    c = Case("call/telecom: UK postcode spelled out, some phonetic letters")
    c.a("and the postcode")
    c.c("it's ", (say_uk_pc(pc, rng, phonetic=0.4), "POSTCODE"))
    return c


def p_chat_address(rng):
    us = rng.random() < 0.4
    n, s, suf = make_street(rng, us)
    if us:
        pc = make_zip(rng)
        addr = "%d %s %s" % (n, s.capitalize(), rng.choice([suf.capitalize(), "St", "Ave", "Blvd"]))
    else:
        pc = make_uk_pc(rng)
        addr = "%d %s %s" % (n, s.capitalize(), suf.capitalize())
    c = Case("chat/retail: street address and %s postcode typed, town unlabelled" % ("US" if us else "UK"))
    c.a("What address should the replacement be sent to?")
    c.c((addr, "ADDRESS"), ", %s, " % rng.choice(["Springfield", "Leeds", "Bristol", "Austin", "Cork", "Bath"]), (pc, "POSTCODE"))
    return c


def p_call_address(rng):
    n, s, suf = make_street(rng)
    pc = make_uk_pc(rng)
    c = Case("call/insurance: house number spoken, street, then postcode in next turn")
    c.a("what's the first line of the address")
    c.c("it's ", (say_house(n, rng) + " " + s + " " + suf, "ADDRESS"))
    c.a("and postcode")
    c.c((say_uk_pc(pc, rng), "POSTCODE"))
    return c


def p_call_verify(rng):
    y, m, d = make_dob(rng)
    n, s, suf = make_street(rng)
    pc = make_uk_pc(rng)
    c = Case("call/banking: verification with DOB, address and postcode, plus balance (unlabelled)")
    c.a("before i can discuss the account i need your date of birth and first line of address")
    c.c((dob_call(y, m, d, rng), "DOB"), " and it's ", (say_house(n, rng) + " " + s + " " + suf, "ADDRESS"),
        " ", (say_uk_pc(pc, rng), "POSTCODE"))
    c.a("thank you your balance is %s" % spoken_money(rng))
    return c


def p_chat_mixed_nonpii(rng):
    num, kind = make_card(rng, "visa")
    g = card_groups(num)
    c = Case("chat/telecom: card next to order number, price and date (only card labelled)")
    c.a("Your order #%d totals %s. How would you like to pay?" % (rng.randrange(100000, 9999999), money(rng)))
    c.c("visa ", ("".join(g), "CARD_NUMBER"), " , i ordered it on 12/%02d but it hasn't come yet" % rng.randrange(1, 29))
    return c


def p_call_us_address(rng):
    n, s, suf = make_street(rng, us=True)
    z = make_zip(rng)
    c = Case("call/retail (US): street address with number and ZIP spoken")
    c.a("and what's the shipping address")
    c.c((say_house(n, rng) + " " + s + " " + suf, "ADDRESS"), " in %s " % rng.choice(["dallas", "portland", "denver", "miami"]),
        (say_plain(z, rng), "POSTCODE"))
    return c


def asr_homophones(spoken, rng, rate=0.6):
    """Replace some digit words with the homophones an ASR tends to emit."""
    hom = {"four": "for", "two": rng.choice(["to", "too"]), "one": "won", "eight": "ate"}
    out = []
    for w in spoken.split():
        if w in hom and rng.random() < rate:
            out.append(hom[w])
        else:
            out.append(w)
    return " ".join(out)


def p_call_homophone_phone(rng):
    p = make_uk_mobile(rng) if rng.random() < 0.5 else make_us_phone(rng)
    while "4" not in p and "2" not in p:
        p = make_us_phone(rng)
    spoken = asr_homophones(say_plain(p, rng), rng, 1.0)
    c = Case("call/telecom: phone number where the ASR wrote 'for'/'to'/'won'/'ate' for digits")
    c.a("what number are you calling from today")
    c.c("it's ", (spoken, "PHONE", "ph~asr"), " that's my mobile")
    return c


def p_call_homophone_card(rng):
    num, kind = make_card(rng, rng.choice(["visa", "mc"]))
    g = card_groups(num)
    c = Case("call/retail: %s card with ASR homophones ('for', 'to', 'ate') split over two turns" % kind)
    c.a("okay and the card number")
    c.c((asr_homophones(say_plain("".join(g[:2]), rng), rng, 0.8), "CARD_NUMBER", "c~asr"))
    c.a("mhm")
    c.c((asr_homophones(say_plain("".join(g[2:]), rng), rng, 0.8), "CARD_NUMBER", "c~asr"), " and it runs out ",
        (exp_call(*expiry_pair(rng), rng), "EXPIRY"))
    return c


def p_call_dob_numeric(rng):
    y, m, d = make_dob(rng)
    c = Case("call/insurance: DOB said as numbers dd mm yy with 'oh', after a policy number (unlabelled)")
    c.a("thanks i've found policy %s can i take the date of birth of the main driver" % say_plain(str(rng.randrange(100000, 999999)), rng))
    c.c((say_pair("%02d" % d, rng, nxt_is_unit=True, uk=True) + " " + say_pair("%02d" % m, rng, nxt_is_unit=True, uk=True) + " " +
         say_pair(str(y)[2:], rng), "DOB"), rng.choice(["", " he's my husband"]))
    return c


def p_chat_email_phone(rng):
    e = make_email(rng)
    p = make_uk_mobile(rng)
    c = Case("chat/utilities: e-mail and phone typed in one message with a typo")
    c.a("Can we update your contact details?")
    c.c("yes pls new emial ", (e, "EMAIL"), " and mobile ", (p if rng.random() < 0.5 else p[:5] + "-" + p[5:], "PHONE"))
    return c


def p_chat_ni_pc(rng):
    ni = make_ni(rng)
    pc = make_uk_pc(rng)
    c = Case("chat/government services: NI number and postcode in one sentence, lower case")
    c.c("hi im trying to claim pip my ni number is ", (ni.lower(), "NI_NUMBER"), " and postcode ", (pc.lower(), "POSTCODE"),
        " been waiting %d weeks" % rng.randrange(3, 14))
    c.a("Thanks. I'll check the status of your claim now.")
    return c


def p_call_ni_correction(rng):
    ni = make_ni(rng)
    l, mid, suf = say_ni(ni, rng)
    wrong = say_plain(ni[2:4], rng)
    c = Case("call/banking: NI number with a restart mid-reading; both readings labelled")
    c.a("and national insurance")
    c.c((l + " " + wrong, "NI_NUMBER", "w~partial"), " hang on let me start again ", (l + " " + mid + " " + suf, "NI_NUMBER"))
    return c


def p_call_ssn_agent_prompt(rng):
    s = make_ssn(rng)
    c = Case("call/healthcare billing: SSN where the agent prompts for the last four separately")
    c.a("i'll need the member's social security number")
    c.c("okay first five are ", (say_plain(s[:5], rng, doubles=0.7), "SSN", "s"))
    c.a("and the last four")
    c.c((say_pairs(s[5:], rng), "SSN", "s"))
    c.a("thank you the copay on that visit was %s dollars" % say_pair(str(rng.randrange(20, 60)), rng))
    return c


def p_chat_card_typo(rng):
    num, kind = make_card(rng, rng.choice(["visa", "mc"]))
    g = card_groups(num)
    shown = " ".join(g[:2]) + "  " + "".join(g[2:])
    m, y = expiry_pair(rng)
    c = Case("chat/insurance: card with irregular spacing and expiry written as month name")
    c.c("can u take the renewal from my card ", (shown, "CARD_NUMBER"), " exp ", ("%s %d" % (MONTHS[m - 1][:3], 2000 + y), "EXPIRY"))
    c.a("Of course. The renewal premium is %s for 12 months." % money(rng, "£"))
    return c


POSITIVE = [
    (p_chat_card, 12), (p_call_card_one, 12), (p_call_card_split, 8), (p_call_card_correction, 4),
    (p_chat_amex, 4), (p_call_card_pairs, 6), (p_call_exp_cvv_one, 5), (p_chat_card_multi, 4),
    (p_chat_ssn, 12), (p_call_ssn_split, 6), (p_call_ssn_readback, 5), (p_call_ssn_ctx, 5), (p_chat_ssn_in_form, 4),
    (p_chat_ni, 14), (p_call_ni_phonetic, 7), (p_call_ni_split, 6), (p_call_ni_readback, 4), (p_call_ni_homophone, 3),
    (p_chat_bank, 6), (p_call_bank, 5), (p_call_bank_split, 4), (p_us_bank, 3),
    (p_chat_iban, 8), (p_call_iban, 6),
    (p_chat_phone, 8), (p_call_phone_uk, 5), (p_call_phone_us_split, 4), (p_call_phone_email, 4),
    (p_chat_email, 5), (p_call_email, 4),
    (p_chat_dob, 5), (p_call_dob, 5),
    (p_chat_pc, 5), (p_call_pc, 5),
    (p_chat_address, 5), (p_call_address, 4), (p_call_verify, 4), (p_call_us_address, 3),
    (p_chat_mixed_nonpii, 4),
    (p_call_homophone_phone, 4), (p_call_homophone_card, 4), (p_call_dob_numeric, 4), (p_chat_email_phone, 4),
    (p_chat_ni_pc, 4), (p_call_ni_correction, 3), (p_call_ssn_agent_prompt, 4), (p_chat_card_typo, 3),
]


# ---------------------------------------------------------------- negatives
def n_balance(rng):
    c = Case("chat/banking: balances and amounts only")
    c.a("Your current balance is %s and the minimum payment of %s is due on the %s." %
        (money(rng, "£").replace(".", ",", 0), money(rng, "£"), ORD[rng.randrange(1, 29)]))
    c.c("ok can i pay %s now and the rest next month" % money(rng, "£"))
    return c


def n_order(rng):
    ref = rng.choice(["order number", "ticket number", "claim reference", "invoice no.", "case ID", "booking ref"])
    num = "".join(str(rng.randrange(10)) for _ in range(rng.randrange(6, 11)))
    c = Case("chat/retail: %s of %d digits with its reference word" % (ref, len(num)))
    c.c("hi my %s is %s and it still says processing" % (ref, num))
    c.a("Thanks, I can see %s %s was logged on %d %s and should be resolved within 3-5 working days." %
        (ref.replace(" no.", ""), num, rng.randrange(1, 29), rng.choice(MONTHS).capitalize()))
    return c


def n_call_claim(rng):
    num = "".join(str(rng.randrange(10)) for _ in range(rng.randrange(6, 11)))
    ref = rng.choice(["claim number", "reference number", "ticket number", "order number", "case number"])
    c = Case("call/insurance: spoken %s of %d digits" % (ref, len(num)))
    c.a("have you got a %s for me" % ref)
    c.c("yeah the %s is %s" % (ref, say_plain(num, rng, doubles=0.5)))
    c.a("lovely give me two minutes while i pull that up")
    return c


def n_times(rng):
    c = Case("call/telecom: times, durations and counts")
    c.a("the engineer will be with you between %s and %s" % (rng.choice(["eight", "nine", "ten"]), rng.choice(["twelve", "one", "two"])))
    c.c("i've been without broadband for %s days and on hold for %s minutes" %
        (say_pair(str(rng.randrange(10, 20)), rng), say_pair(str(rng.randrange(21, 59)), rng)))
    return c


def n_appt(rng):
    c = Case("chat/healthcare billing: appointment and payment dates, not birth dates")
    d1 = "%02d/%02d/%d" % (rng.randrange(1, 29), rng.randrange(1, 13), rng.choice([2026, 2027]))
    c.a("Your appointment is confirmed for %s at %d:%02d." % (d1, rng.randrange(8, 17), rng.choice([0, 15, 30, 45])))
    c.c("great and the bill of %s from the %s visit, is that paid?" % (money(rng, "$"), rng.choice(MONTHS).capitalize()))
    return c


def n_flight(rng):
    fl = rng.choice(["BA", "EI", "FR", "UA", "LH", "AA"]) + " " + str(rng.randrange(10, 9999))
    c = Case("chat/travel: flight number, seat, gate, times")
    c.c("my flight %s from gate %s%d was cancelled, seat %d%s" % (fl, rng.choice("ABC"), rng.randrange(1, 40),
                                                                rng.randrange(1, 40), rng.choice("ABCDEF")))
    c.a("Sorry about that. I've rebooked you on the %d:%02d departure tomorrow, terminal %d." %
        (rng.randrange(6, 22), rng.choice([5, 20, 35, 50]), rng.randrange(1, 6)))
    return c


def n_call_flight(rng):
    c = Case("call/travel: spoken flight number and room number")
    c.c("i'm on flight %s %s and i booked room %s at the airport hotel" %
        (rng.choice(["e i", "b a", "u a"]), say_plain(str(rng.randrange(100, 999)), rng), say_pairs(str(rng.randrange(100, 999)), rng)))
    c.a("okay and that's for %s nights" % rng.choice(["two", "three", "four"]))
    return c


def n_meter(rng):
    reading = "%05d" % rng.randrange(0, 99999)
    c = Case("chat/utilities: meter readings")
    c.c("meter reading today is %s and the night rate one says %s" % (reading, "%05d" % rng.randrange(0, 99999)))
    c.a("Thanks, the reading has been added. Your estimated bill is %s." % money(rng, "£"))
    return c


def n_call_meter(rng):
    reading = "".join(str(rng.randrange(10)) for _ in range(5))
    c = Case("call/utilities: spoken meter reading")
    c.a("can you read me the numbers on the meter")
    c.c("okay it's %s" % say_plain(reading, rng, uk=True))
    c.a("great that works out at about %s a month" % spoken_money(rng))
    return c


def n_model(rng):
    c = Case("chat/retail: model numbers and quantities")
    c.c("the %s model %s-%d isn't charging, i bought %d of them" %
        (rng.choice(["tv", "router", "fridge", "laptop"]), rng.choice(["XR", "QN", "HB", "TX"]), rng.randrange(100, 9999), rng.randrange(2, 6)))
    c.a("Could you check the firmware version? It should be %d.%d.%d." % (rng.randrange(1, 9), rng.randrange(0, 20), rng.randrange(0, 99)))
    return c


def n_speed(rng):
    c = Case("call/telecom: speeds, percentages and data allowances")
    c.c("i'm paying for %s megs and getting like %s" % (say_pairs(str(rng.randrange(100, 999)), rng), say_pair(str(rng.randrange(11, 99)), rng)))
    c.a("that's about %s percent of the speed and you've used %s gigs of your allowance" %
        (say_pair(str(rng.randrange(11, 99)), rng), say_pair(str(rng.randrange(11, 99)), rng)))
    return c


def n_age_temp(rng):
    c = Case("call/healthcare billing: ages, temperature, years (no birth date)")
    c.c("my son is %s and he had a temperature of %s point %s so we went to the clinic in %s" %
        (rng.choice(["seven", "twelve", "fourteen"]), "thirty eight", UNITS[rng.randrange(1, 10)], say_year(rng.choice([2024, 2025]), rng)))
    c.a("okay and you've been a member since %s" % say_year(rng.randrange(1995, 2020), rng))
    return c


def n_contract(rng):
    c = Case("chat/telecom: contract start date, price rise percentage")
    c.a("Your contract started on %d %s %d and runs for %d months." %
        (rng.randrange(1, 29), rng.choice(MONTHS).capitalize(), rng.choice([2023, 2024, 2025]), rng.choice([12, 18, 24])))
    c.c("and the %.1f%% price rise in April, will my %s a month go up?" % (rng.choice([3.9, 6.4, 8.8]), money(rng, "£")))
    return c


def n_call_money(rng):
    c = Case("call/banking: spoken amounts and a date of a payment")
    c.c("i paid %s on the %s of %s and another %s last friday" %
        (spoken_money(rng), ORD[rng.randrange(1, 29)], rng.choice(MONTHS), spoken_money(rng)))
    c.a("i can see both payments the balance is now %s" % spoken_money(rng))
    return c


def n_invoice(rng):
    c = Case("chat/utilities: invoice and account reference phrased with ref words, plus kWh")
    c.c("invoice INV-%d says %d kWh used but we were away for %d weeks" %
        (rng.randrange(10000, 9999999), rng.randrange(200, 3000), rng.randrange(2, 6)))
    c.a("I'll raise a query on that for you, ticket %d. Expect a reply within %d hours." %
        (rng.randrange(100000, 99999999), rng.choice([24, 48, 72])))
    return c


def n_call_times_split(rng):
    c = Case("call/retail: spoken numbers over several turns: quantity, price, time")
    c.a("how many did you want")
    c.c("%s please" % rng.choice(["two", "three", "six", "twelve"]))
    c.a("okay that's %s each" % spoken_money(rng))
    c.c("and what time do you close")
    c.a("we're open till %s tonight" % rng.choice(["half nine", "ten o'clock", "eight thirty"]))
    return c


def n_call_otp_ref(rng):
    num = "".join(str(rng.randrange(10)) for _ in range(rng.randrange(7, 11)))
    c = Case("call/government services: spoken application reference number split over turns")
    c.a("what's your application reference")
    c.c("it's %s" % say_plain(num[:4], rng, uk=True))
    c.a("mhm")
    c.c("%s that's the reference on the letter" % say_plain(num[4:], rng, uk=True))
    return c


def n_call_contract(rng):
    c = Case("call/telecom: spoken contract start and renewal dates, monthly price, years")
    c.a("so your contract started on the %s of %s twenty twenty %s and it renews on the %s of %s" %
        (ORD[rng.randrange(1, 29)], rng.choice(MONTHS), rng.choice(["three", "four", "five"]),
         ORD[rng.randrange(1, 29)], rng.choice(MONTHS)))
    c.c("and i'm paying %s a month for that" % rng.choice(["twenty nine ninety nine", "forty five pounds", "thirty two fifty"]))
    c.a("that's right and you've been with us since %s" % say_year(rng.randrange(2001, 2020), rng))
    return c


def n_tracking(rng):
    trk = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + str(rng.randrange(100000000, 999999999)) + "GB"
    c = Case("chat/retail: parcel tracking reference, weight and delivery slot")
    c.c("tracking no %s says delivered at %d:%02d but nothing here, parcel was %.1fkg" %
        (trk, rng.randrange(8, 20), rng.randrange(60), rng.randrange(5, 200) / 10))
    c.a("Sorry to hear that. I've opened case %d and the courier will reply within %d working days." %
        (rng.randrange(1000000, 99999999), rng.randrange(2, 6)))
    return c


def n_call_house(rng):
    c = Case("call/insurance: property details counts and sizes, no address")
    c.a("how many bedrooms does the property have")
    c.c("%s and it was built in about %s" % (rng.choice(["three", "four", "two"]), say_year(rng.randrange(1930, 2000), rng)))
    c.a("and roughly how many square metres")
    c.c("about %s i think and the contents are worth maybe %s thousand" %
        (say_pairs(str(rng.randrange(100, 250)), rng), say_pair(str(rng.randrange(20, 90)), rng)))
    return c


def n_chat_speed_temp(rng):
    c = Case("chat/utilities: thermostat temperature, boiler pressure, tariff price")
    c.c("boiler shows %.1f bar and the thermostat is on %d degrees but radiators cold" %
        (rng.randrange(5, 25) / 10, rng.randrange(16, 25)))
    c.a("Your tariff is %.2fp per kWh with a standing charge of %.2fp per day. An engineer can come on %s %d at %d%s." %
        (rng.randrange(2000, 3500) / 100, rng.randrange(3000, 6000) / 100, rng.choice(MONTHS).capitalize(),
         rng.randrange(1, 29), rng.randrange(8, 12), "am"))
    return c


NEGATIVE = [
    (n_balance, 7), (n_order, 10), (n_call_claim, 10), (n_times, 6), (n_appt, 7), (n_flight, 6),
    (n_call_flight, 5), (n_meter, 6), (n_call_meter, 6), (n_model, 6), (n_speed, 6), (n_age_temp, 5),
    (n_contract, 6), (n_call_money, 6), (n_invoice, 6), (n_call_times_split, 5), (n_call_otp_ref, 5),
    (n_call_contract, 5), (n_tracking, 4), (n_call_house, 4), (n_chat_speed_temp, 4),
]


# ---------------------------------------------------------------- build / check
def build():
    rng = random.Random(SEED)
    pos_plan = [f for f, n in POSITIVE for _ in range(n)]
    neg_plan = [f for f, n in NEGATIVE for _ in range(n)]
    rng.shuffle(pos_plan)
    rng.shuffle(neg_plan)
    cases = []
    for i, f in enumerate(pos_plan, 1):
        c = f(rng)
        cases.append(("%s-pos-%03d" % (PREFIX, i), "positive", c))
    for i, f in enumerate(neg_plan, 1):
        c = f(rng)
        cases.append(("%s-neg-%03d" % (PREFIX, i), "negative", c))
    return cases


def to_lines(cases):
    lines = []
    for cid, kind, c in cases:
        obj = {"id": cid, "kind": kind, "turns": c.turns,
               "spans": c.spans if kind == "positive" else [], "note": c.note}
        lines.append(json.dumps(obj, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(cases):
    cnt = Counter()
    for _, kind, c in cases:
        for s in c.spans:
            cnt[s["type"]] += 1
    return cnt


def readme(cases):
    cnt = counts(cases)
    npos = sum(1 for _, k, _ in cases if k == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return f"""# PII held-out evaluation set 36

**Never use this set for tuning.** It exists only to measure the redactor on
data it was not developed against. Do not look at failures here and adjust
patterns to fix them; write new cases elsewhere instead.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
read the redaction code, its tests, its documentation, the PII benchmark or any
other PII fixture; only a three-line JSONL format example was seen. Cases are
generated by `scripts/make_pii_holdout36.py` from template functions: every
turn is assembled from plain-text segments and (value, TYPE) segments, so span
offsets are computed, never typed by hand. All values come from one
`random.Random({SEED})`; the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout36.py --check` regenerates the file, checks it
is identical, ids are unique, spans are in range, on word boundaries and do not
overlap, and validates each value after normalising spoken forms (Luhn for
cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit
counts for CVV/phone/account, postcode shapes).

Contents: {npos} positive cases and {nneg} negative cases ({len(cases)} total),
a mix of typed chat (separators, case, typos) and ASR-style call transcripts
(lower case, numbers as words, oh/o/nought, double/triple, pairs such as
"forty one eleven", phonetic letters such as "j for juliet", e-mails as
"dot"/"at", values split across turns with agent back-channels, agent
read-backs, self-corrections, fillers inside readings) across banking,
telecom, utilities, retail, insurance, travel, healthcare billing and
government services in the US, UK, Ireland and the EU.

## Annotation conventions

* A span covers the value only: not the lead-in ("it's", "card number",
  "ssn"), not trailing chit-chat and not trailing fillers ("um", "okay").
  Fillers that occur *between* digits of one reading are inside the span.
* A value split across several customer turns is labelled as one span per
  turn, each covering just that turn's fragment.
* When the agent reads a value back, the read-back is labelled too.
* Self-corrections: both the wrong fragment and the corrected reading are
  labelled with the same type (the wrong fragment is still card data).
* NI numbers include both prefix letters, the six digits and the suffix
  letter; phonetic spellings ("c for charlie") are inside the span. In a few
  cases the ASR writes the suffix as a homophone ("see", "bee"); that word is
  inside the span.
* Where the ASR wrote a digit as a homophone ("for" for four, "to"/"too" for
  two, "won" for one, "ate" for eight) the homophone is inside the span.
* Span counts below count spans, not values: a value split over three turns
  contributes three spans.
* EXPIRY covers month and year; DOB covers the full spoken or typed date
  ("the fourteenth of march nineteen eighty five").
* ADDRESS covers house number + street name + street type only; the town is
  not labelled; the postcode/ZIP is labelled separately as POSTCODE.
* PHONE includes a country prefix ("+44", "plus four four") when given.
* EMAIL covers the whole address including the spoken "at"/"dot" words.
* Negatives contain no PII at all: amounts, balances, times, durations,
  counts, ages, temperatures, years, percentages, non-birth dates, order /
  ticket / claim / invoice / application references (up to 10 digits, always
  with their reference word), flight, seat, gate and room numbers, model
  numbers, meter readings, speeds. Positives may contain such numbers too;
  they are not labelled.

## Span counts per type

| type | spans |
|---|---|
{rows}

Cases: {npos} positive, {nneg} negative.
"""


def check(cases, text):
    problems = []
    if not CASES.exists():
        return ["fixture missing"]
    if CASES.read_text(encoding="utf-8") != text:
        problems.append("cases.jsonl differs from regenerated output")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(cases):
        problems.append("README.md differs from regenerated output")
    lines = CASES.read_text(encoding="utf-8").splitlines()
    ids = set()
    for ln, (line, (cid, kind, c)) in enumerate(zip(lines, cases), 1):
        obj = json.loads(line)
        if obj["id"] in ids:
            problems.append("duplicate id %s" % obj["id"])
        ids.add(obj["id"])
        if obj["kind"] not in ("positive", "negative"):
            problems.append("%s bad kind" % cid)
        if obj["kind"] == "negative" and obj["spans"]:
            problems.append("%s negative has spans" % cid)
        if obj["kind"] == "positive" and not obj["spans"]:
            problems.append("%s positive without spans" % cid)
        for t in obj["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                problems.append("%s bad speaker" % cid)
        prev = {}
        for s in sorted(obj["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES:
                problems.append("%s bad type %s" % (cid, s["type"]))
            if not (0 <= s["turn"] < len(obj["turns"])):
                problems.append("%s turn out of range" % cid)
                continue
            tx = obj["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(tx)):
                problems.append("%s offsets out of range" % cid)
                continue
            if s["start"] > 0 and tx[s["start"] - 1].isalnum():
                problems.append("%s span start not on word boundary" % cid)
            if s["end"] < len(tx) and tx[s["end"]].isalnum():
                problems.append("%s span end not on word boundary" % cid)
            st = tx[s["start"]:s["end"]]
            if st != st.strip():
                problems.append("%s span has outer whitespace" % cid)
            if s["turn"] in prev and prev[s["turn"]] > s["start"]:
                problems.append("%s overlapping spans" % cid)
            prev[s["turn"]] = s["end"]
        # value validation per group (fragments joined in order)
        groups = {}
        for s, key in zip(obj["spans"], c.groups):
            tx = obj["turns"][s["turn"]]["text"][s["start"]:s["end"]]
            groups.setdefault((key, s["type"]), []).append(tx)
        for (key, typ), parts in groups.items():
            err = validate(typ, " ".join(parts), partial=key.endswith("~partial"),
                           asr=key.endswith("~asr"))
            if err:
                problems.append("%s %s: %s" % (cid, typ, err))
        # negatives: the generator must not have produced spans
        if kind == "negative" and c.spans:
            problems.append("%s negative generator produced spans" % cid)
    if len(lines) != len(cases):
        problems.append("line count mismatch")
    cnt = counts(cases)
    npos = sum(1 for _, k, _ in cases if k == "positive")
    nneg = len(cases) - npos
    if npos < 170:
        problems.append("only %d positives" % npos)
    if nneg < 100:
        problems.append("only %d negatives" % nneg)
    for t, mn in MIN_SPANS.items():
        if cnt[t] < mn:
            problems.append("type %s has %d spans < %d" % (t, cnt[t], mn))
    return problems


def main(argv):
    cases = build()
    text = to_lines(cases)
    if "--check" in argv:
        problems = check(cases, text)
        cnt = counts(cases)
        npos = sum(1 for _, k, _ in cases if k == "positive")
        print("cases: %d positive, %d negative" % (npos, len(cases) - npos))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        if problems:
            print("PROBLEMS (%d):" % len(problems))
            for p in problems:
                print("  " + p)
            return 1
        print("check OK")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme(cases), encoding="utf-8")
    print("wrote %d cases to %s" % (len(cases), CASES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

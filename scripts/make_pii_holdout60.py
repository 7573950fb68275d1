#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout60``.

Written by an AI helper acting as an independent author (it did not see the
redaction code, its tests or any other fixture).  Standard library only.

    python scripts/make_pii_holdout60.py          # write fixture + README
    python scripts/make_pii_holdout60.py --check  # regenerate and verify

Every turn is assembled from plain-text segments and (value, TYPE) segments,
so span offsets are computed, never typed by hand.  All random values come
from one ``random.Random(60261123)``.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
import random

SEED = 60261123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout60"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------------------
# segments
# ---------------------------------------------------------------------------
_GID = [0]
GROUPS: dict[int, dict] = {}


def new_group(typ, canon, mode="full"):
    _GID[0] += 1
    GROUPS[_GID[0]] = {"type": typ, "canon": canon, "mode": mode}
    return _GID[0]


class V:
    """A labelled value segment."""

    def __init__(self, text, typ, gid):
        self.text, self.typ, self.gid = text, typ, gid


def val(text, typ, canon=None, mode="full", gid=None):
    if gid is None:
        gid = new_group(typ, canon if canon is not None else text, mode)
    return V(text, typ, gid)


def A(*segs):
    return ("agent", segs)


def C(*segs):
    return ("customer", segs)


def build(turn_specs):
    turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turn_specs):
        text = ""
        for s in segs:
            if isinstance(s, V):
                start = len(text)
                text += s.text
                spans.append({"turn": ti, "start": start, "end": len(text), "type": s.typ})
                meta.append(s.gid)
            else:
                text += s
        turns.append({"speaker": spk, "text": text})
    return turns, spans, meta


# ---------------------------------------------------------------------------
# number words
# ---------------------------------------------------------------------------
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}


def ordinal(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def two(n):
    """0-99 as words (no leading zero handling)."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def num_words(n):
    if n < 100:
        return two(n)
    h, r = divmod(n, 100)
    if r == 0:
        return ONES[h] + " hundred"
    return ONES[h] + " hundred and " + two(r)


def year_words(y):
    if 2000 <= y <= 2009:
        return "two thousand and " + ONES[y - 2000] if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    if lo == 0:
        return two(hi) + " hundred"
    if lo < 10:
        return two(hi) + " oh " + ONES[lo]
    return two(hi) + " " + two(lo)


def zero_word(uk=True):
    return R.choice(["oh", "oh", "zero", "o", "nought"] if uk else ["oh", "oh", "zero", "o"])


HOMO = {"2": ["to", "too"], "4": ["for"], "8": ["ate"], "3": ["tree"], "1": ["one", "won"]}


def say_digits(d, uk=True, doubles=True, homo=0.0, pairs=False, filler=0.0):
    """Spoken rendering of a digit string, as an ASR would write it."""
    words = []
    i = 0
    while i < len(d):
        if pairs and i + 1 < len(d) and d[i] != "0" and d[i + 1] != "0" and R.random() < 0.7:
            words.append(two(int(d[i:i + 2])))
            i += 2
        else:
            c = d[i]
            run = 1
            while i + run < len(d) and d[i + run] == c and run < 3:
                run += 1
            if doubles and run >= 2 and R.random() < 0.75:
                if run == 3 and R.random() < 0.6:
                    w = "triple"
                    n = 3
                else:
                    w = "double"
                    n = 2
                words.append(w + " " + (zero_word(uk) if c == "0" else ONES[int(c)]))
                i += n
            else:
                if c == "0":
                    words.append(zero_word(uk))
                elif c in HOMO and R.random() < homo:
                    words.append(R.choice(HOMO[c]))
                else:
                    words.append(ONES[int(c)])
                i += 1
        if filler and i < len(d) and R.random() < filler:
            words.append(R.choice(["um", "uh", "er", "erm"]))
    return " ".join(words)


def say_groups(d, sizes, sep=" ", **kw):
    out, i = [], 0
    for s in sizes:
        out.append(say_digits(d[i:i + s], **kw))
        i += s
    return sep.join(out)


def chunks(d, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    return out


NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
FOR_WORDS = {"a": "apple", "b": "bravo", "c": "charlie", "d": "david", "e": "edward", "g": "george",
             "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nancy",
             "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
             "x": "xylophone", "y": "yellow", "z": "zebra"}
LETTER_HOMO = {"b": "bee", "c": "see", "d": "dee", "g": "gee", "j": "jay", "k": "kay",
               "p": "pee", "r": "are", "t": "tee", "y": "why", "z": "zed", "s": "ess",
               "e": "e", "x": "ex", "n": "en", "m": "em", "l": "el", "w": "double you"}


def say_letter(c, style):
    c = c.lower()
    if style == "plain" or (style == "for" and c not in FOR_WORDS):
        return c
    if style == "nato":
        return c + " for " + NATO[c] if c not in ("x",) else c
    if style == "for":
        return c + " for " + FOR_WORDS[c]
    if style == "asin":
        return c + " as in " + FOR_WORDS.get(c, NATO[c])
    if style == "homo":
        return LETTER_HOMO.get(c, c)
    return c


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "visa13", "disc", "maestro19", "mc2"])
    if kind == "visa":
        pre, n = "4" + str(R.randint(0, 9)), 16
    elif kind == "mc":
        pre, n = "5" + str(R.randint(1, 5)), 16
    elif kind == "mc2":
        pre, n = "22" + str(R.randint(21, 70)), 16
    elif kind == "amex":
        pre, n = R.choice(["34", "37"]), 15
    elif kind == "visa13":
        pre, n = "4", 13
    elif kind == "disc":
        pre, n = "6011", 16
    else:
        pre, n = R.choice(["6759", "5018", "6763"]), 19
    d = pre + "".join(str(R.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(d + c):
            return d + c
    raise AssertionError


def card_sizes(d):
    if len(d) == 15:
        return [4, 6, 5]
    if len(d) == 13:
        return [4, 3, 3, 3]
    if len(d) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def gen_digits(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def iban_check(country, bban):
    t = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in t)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def gen_iban(country=None):
    country = country or R.choice(["GB", "GB", "IE", "DE", "NL", "FR", "ES"])
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + gen_digits(14)
    elif country == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + gen_digits(14)
    elif country == "DE":
        bban = gen_digits(18)
    elif country == "NL":
        bban = R.choice(["ABNA", "RABO", "INGB"]) + gen_digits(10)
    elif country == "FR":
        bban = gen_digits(23)
    else:
        bban = gen_digits(20)
    s = country + iban_check(country, bban) + bban
    assert iban_ok(s)
    return s


def gen_phone(kind=None):
    """returns (digits as they would be spoken/typed incl. country code, kind)."""
    kind = kind or R.choice(["ukmob", "ukmob", "ukland", "us", "us", "ie", "ukintl", "usintl", "ieintl"])
    if kind == "ukmob":
        return "07" + R.choice(["700", "911", "823", "468", "595"]) + gen_digits(6), kind
    if kind == "ukland":
        return R.choice(["0161496", "0207946", "0113496", "0117496", "0289018"]) + gen_digits(4), kind
    if kind == "us" or kind == "usintl":
        area = str(R.choice([212, 415, 312, 617, 303, 512, 206, 404, 702, 919]))
        d = area + str(R.randint(2, 9)) + gen_digits(2) + gen_digits(4)
        return ("1" + d if kind == "usintl" else d), kind
    if kind == "ie":
        return "08" + R.choice("3567") + gen_digits(7), kind
    if kind == "ieintl":
        return "3538" + R.choice("3567") + gen_digits(7), kind
    return "447" + R.choice(["700", "911", "823"]) + gen_digits(6), "ukintl"


def fmt_phone(d, kind):
    if kind == "ukmob":
        return R.choice([d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:], d[:4] + "-" + d[4:7] + "-" + d[7:]])
    if kind == "ukland":
        if d.startswith(("020", "028")):
            return R.choice([d[:3] + " " + d[3:7] + " " + d[7:], "(" + d[:3] + ") " + d[3:7] + " " + d[7:]])
        return R.choice([d[:4] + " " + d[4:7] + " " + d[7:], "(" + d[:4] + ") " + d[4:7] + " " + d[7:], d])
    if kind == "us":
        return R.choice(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                         "%s.%s.%s" % (d[:3], d[3:6], d[6:]), d])
    if kind == "usintl":
        return R.choice(["+1 %s %s %s" % (d[1:4], d[4:7], d[7:]), "+1 (%s) %s-%s" % (d[1:4], d[4:7], d[7:])])
    if kind == "ie":
        return R.choice([d[:3] + " " + d[3:6] + " " + d[6:], d[:3] + "-" + d[3:]])
    if kind == "ieintl":
        return R.choice(["+353 %s %s %s" % (d[3:5], d[5:8], d[8:]), "00353 %s %s" % (d[3:5], d[5:])])
    return R.choice(["+44 %s %s" % (d[2:6], d[6:]), "+44 (0)%s %s" % (d[2:6], d[6:])])


def phone_canon(text):
    return re.sub(r"\D", "", text)


def say_phone(d, kind):
    uk = kind.startswith("uk") or kind.startswith("ie")
    if kind == "ukintl":
        return "plus four four " + say_groups(d[2:], [4, 3, 3], uk=True, filler=0.1)
    if kind == "usintl":
        return "plus one " + say_groups(d[1:], [3, 3, 4], uk=False)
    if kind == "ieintl":
        return "plus three five three " + say_groups(d[3:], [2, 3, 4], uk=True)
    if kind == "us":
        return say_groups(d, [3, 3, 4], uk=False, pairs=R.random() < 0.3)
    if kind == "ukland":
        return say_groups(d, [3, 4, 4] if d.startswith(("020", "028")) else [4, 3, 4], uk=True)
    return say_groups(d, [5, 3, 3], uk=uk, filler=0.08, homo=0.1)


FIRST = ["james", "sarah", "aoife", "liam", "priya", "tom", "marta", "kevin", "chloe", "niamh",
         "daniel", "fatima", "owen", "grace", "lukas", "emma", "rory", "sophie", "ahmed", "julia"]
LAST = ["doyle", "patel", "okafor", "murphy", "schmidt", "walsh", "nguyen", "kowalski", "brennan",
        "hughes", "garcia", "oconnor", "fischer", "byrne", "campbell", "rossi", "khan", "lee"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "icloud.com", "eircom.net",
           "btinternet.com", "web.de", "live.ie", "aol.com", "protonmail.com"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 5)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l
    elif style == 2:
        local = f + "_" + l + str(R.randint(70, 99))
    elif style == 3:
        local = f + l + str(R.randint(1, 9))
    elif style == 4:
        local = f[0] + "." + l
    else:
        local = l + "-" + f
    return local + "@" + R.choice(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    out = []
    for part in re.findall(r"[a-z]+|\d+|[._-]", local):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part == "-":
            out.append(R.choice(["dash", "hyphen"]))
        elif part.isdigit():
            out.append(two(int(part)) if len(part) == 2 else ONES[int(part)])
        elif len(part) == 1:
            out.append(part)
        else:
            out.append(part)
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


STREETS = ["elm street", "kings road", "maple avenue", "church lane", "oak drive", "station road",
           "high street", "park crescent", "willow close", "victoria road", "main street",
           "sycamore way", "castle street", "mill lane", "grove park", "lakeview drive",
           "chestnut avenue", "harbour road", "college green", "pine court", "orchard place"]


def gen_address():
    return R.randint(2, 240), R.choice(STREETS)


UK_OUT = ["SW1A", "M14", "B33", "LS6", "EH12", "CF10", "BT7", "G41", "NW3", "E17", "BS8", "L18",
          "NE6", "CT1", "CB2", "W1T", "SE15", "N8", "DN35", "PL4", "BN2", "S11", "NG7", "RG1"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode(kind=None):
    kind = kind or R.choice(["uk", "uk", "uk", "zip", "zip4"])
    if kind == "uk":
        return R.choice(UK_OUT) + " " + str(R.randint(0, 9)) + R.choice(INWARD_L) + R.choice(INWARD_L), kind
    z = "%05d" % R.randint(1001, 99950)
    if kind == "zip4":
        return z + "-" + gen_digits(4), kind
    return z, kind


def say_uk_postcode(pc, style):
    out = []
    outward, inward = pc.split()
    # outward: letters then digits (maybe trailing letter)
    m = re.fullmatch(r"([A-Z]+)(\d+)([A-Z]?)", outward)
    letters, digs, tail = m.groups()
    out += [say_letter(c, style) for c in letters]
    if len(digs) == 2 and R.random() < 0.6:
        out.append(two(int(digs)) if digs[0] != "0" else say_digits(digs))
    else:
        out.append(say_digits(digs, doubles=False))
    if tail:
        out.append(say_letter(tail, style))
    out.append(say_digits(inward[0], doubles=False))
    out += [say_letter(c, style) for c in inward[1:]]
    return " ".join(out)


def gen_dob():
    return R.randint(1942, 2004), R.randint(1, 12), R.randint(1, 28)


def say_dob(y, m, d, style=None):
    style = style if style is not None else R.randint(0, 4)
    if style == 0:
        return "the " + ordinal(d) + " of " + MONTHS[m - 1] + " " + year_words(y)
    if style == 1:
        return MONTHS[m - 1] + " " + ordinal(d) + " " + year_words(y)
    if style == 2:
        return ordinal(d) + " " + MONTHS[m - 1] + " " + two(y % 100) if y % 100 >= 10 else ordinal(d) + " " + MONTHS[m - 1] + " " + year_words(y)
    if style == 3:
        return say_digits("%02d" % d, doubles=False) + " " + say_digits("%02d" % m, doubles=False) + " " + year_words(y)
    return MONTHS[m - 1] + " " + two(d) + " " + year_words(y)


def fmt_dob(y, m, d, us=False):
    f = R.randint(0, 4)
    if f == 0:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if f == 1:
        return "%d-%02d-%02d" % (y, m, d)
    if f == 2:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if f == 3:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    return ("%d.%d.%02d" % (d, m, y % 100)) if not us else ("%d/%d/%02d" % (m, d, y % 100))


def gen_expiry():
    return R.randint(1, 12), R.randint(2025, 2031)


def say_expiry(m, y):
    s = R.randint(0, 3)
    if s == 0:
        return say_digits("%02d" % m, doubles=False) + " " + two(y % 100)
    if s == 1:
        return MONTHS[m - 1] + " " + year_words(y)
    if s == 2:
        return say_digits("%02d" % m, doubles=False) + " slash " + two(y % 100)
    return two(m) + " " + year_words(y)


def fmt_expiry(m, y):
    return R.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                     "%d/%02d" % (m, y % 100), "%02d %02d" % (m, y % 100)])


# ---------------------------------------------------------------------------
# normalisation of spoken / typed forms (used by --check)
# ---------------------------------------------------------------------------
W2D = {w: str(i) for i, w in enumerate(ONES)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "zero": "0", "nil": "0",
            "to": "2", "too": "2", "for": "4", "ate": "8", "tree": "3", "won": "1", "owe": "0"})
TEEN2D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2D = {w: i for i, w in enumerate(TENS) if w}
LET_HOMO_REV = {v: k for k, v in LETTER_HOMO.items() if v != k and " " not in v}
FILLERS = {"um", "uh", "er", "erm", "ah", "and", "slash", "dash", "hyphen", "plus", "space"}


def compact(text):
    """Normalise a spoken or typed reading to upper-case letters and digits."""
    if re.search(r"\d", text):  # typed form
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d+", text.lower())
    out = []
    i = 0
    pad = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        nxt2 = toks[i + 2] if i + 2 < len(toks) else None
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if len(t) == 1 and nxt in ("for",) and nxt2 and nxt2[0] == t:
            out.append(t.upper())
            i += 3
            continue
        if len(t) == 1 and nxt == "as" and nxt2 == "in":
            out.append(t.upper())
            i += 4
            continue
        if t == "double" and nxt == "you":
            out.append("W")
            i += 2
            continue
        if t in ("double", "triple"):
            n = 2 if t == "double" else 3
            if nxt in W2D:
                out.append(W2D[nxt] * n)
            elif nxt and len(nxt) == 1:
                out.append(nxt.upper() * n)
            i += 2
            continue
        if t == "hundred":
            if nxt == "and" or (nxt in TEEN2D or nxt in TENS2D):
                pad = 2
            else:
                out.append("00")
            i += 1
            continue
        if t == "thousand":
            if nxt == "and":
                pad = 3
            else:
                out.append("000")
            i += 1
            continue
        if t in TEEN2D:
            out.append(TEEN2D[t].zfill(pad) if pad else TEEN2D[t])
            pad = 0
            i += 1
            continue
        if t in TENS2D:
            v = TENS2D[t] * 10
            step = 1
            if nxt in ONES[1:]:
                v += int(W2D[nxt])
                step = 2
            out.append(str(v).zfill(pad) if pad else str(v))
            pad = 0
            i += step
            continue
        if t in W2D:
            out.append(W2D[t].zfill(pad) if pad else W2D[t])
            pad = 0
            i += 1
            continue
        if t in LET_HOMO_REV:
            out.append(LET_HOMO_REV[t].upper())
            i += 1
            continue
        if len(t) == 1:
            out.append(t.upper())
            i += 1
            continue
        if t in FILLERS:
            i += 1
            continue
        out.append("?" + t + "?")
        i += 1
    return "".join(out)


def norm_email(text):
    t = text.strip()
    if "@" in t:
        return t.lower()
    words = t.lower().split()
    out = []
    for i, w in enumerate(words):
        if w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in ONES:
            out.append(W2D[w])
        elif w in TEEN2D:
            out.append(TEEN2D[w])
        elif w in TENS2D:
            out.append(str(TENS2D[w] * 10))
        else:
            out.append(w)
    s = "".join(out)
    # tens + unit ("ninety two") -> 902 -> fix
    s = re.sub(r"([2-9])0([1-9])", r"\1\2", s)
    return s


STREET_TYPES = ("street", "road", "avenue", "lane", "drive", "crescent", "close", "way", "park",
                "green", "court", "place", "st", "rd", "ave")


def check_group(g, texts, problems, cid):
    typ, canon, mode = g["type"], g["canon"], g["mode"]
    joined = " ".join(texts)

    def bad(msg):
        problems.append("%s %s %r: %s" % (cid, typ, joined, msg))

    if typ == "EMAIL":
        n = norm_email(joined)
        if n != canon:
            bad("email normalises to %r not %r" % (n, canon))
        if not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", canon):
            bad("bad email")
        return
    if typ in ("DOB", "EXPIRY"):
        low = joined.lower()
        y, m = canon[0], canon[1]
        c = compact(re.sub("|".join(MONTHS), " ", low).replace(",", " "))
        c = re.sub(r"(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|st|nd|rd|th)", "", c)
        if "?" in c:
            c2 = re.sub(r"\?[a-z ]+\?", "", c)
        else:
            c2 = c
        if "%02d" % (y % 100) not in c2:
            bad("year %d not found in %r" % (y, c2))
        if MONTHS[m - 1] not in low and MONTHS[m - 1][:3] not in low and str(m) not in c2:
            bad("month %d not found" % m)
        if not (1 <= m <= 12):
            bad("month")
        return
    if typ == "ADDRESS":
        num, street = canon
        c = compact(joined.lower().split(street.split()[0])[0])
        if str(num) not in c:
            bad("house number %d not in %r" % (num, c))
        if street.split()[0] not in joined.lower() or not any(w in joined.lower().split() for w in STREET_TYPES):
            bad("street missing")
        return
    c = compact(joined)
    if "?" in c:
        bad("unparsed words in %r" % c)
        return
    if mode == "frag":
        if not c or not c.isalnum():
            bad("empty fragment")
        if typ not in ("NI_NUMBER", "IBAN", "POSTCODE") and not c.isdigit():
            bad("non-digit fragment")
        return
    if c != canon and c != canon.replace("O", "0"):
        bad("normalises to %r not %r" % (c, canon))
        return
    c = canon  # spoken letter "o" is heard as zero; validate the intended value
    if typ == "CARD_NUMBER":
        if not (13 <= len(c) <= 19 and luhn_ok(c)):
            bad("not luhn")
    elif typ == "SSN":
        if not (len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9" and c[3:5] != "00" and c[5:] != "0000"):
            bad("bad ssn")
    elif typ == "NI_NUMBER":
        if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c) or c[:2] in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            bad("bad NI")
    elif typ == "SORT_CODE":
        if not (len(c) == 6 and c.isdigit()):
            bad("sort code")
    elif typ == "BANK_ACCOUNT":
        if not (c.isdigit() and 6 <= len(c) <= 17):
            bad("account")
    elif typ == "CVV":
        if not (c.isdigit() and len(c) in (3, 4)):
            bad("cvv")
    elif typ == "PHONE":
        if not (c.isdigit() and 10 <= len(c) <= 14):
            bad("phone digits %d" % len(c))
    elif typ == "IBAN":
        if not iban_ok(c):
            bad("iban mod97")
    elif typ == "POSTCODE":
        if not (re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}", c) or re.fullmatch(r"\d{5}(\d{4})?", c)):
            bad("postcode shape")


# ---------------------------------------------------------------------------
# helpers for templates
# ---------------------------------------------------------------------------
def pick(*xs):
    return R.choice(xs)


ACK = ["mhm", "okay", "yep", "okay go on", "yeah", "right", "uh huh", "got it", "okay and"]


def ack():
    return R.choice(ACK)


def split_spoken(d, sizes, **kw):
    return [say_digits(p, **kw) for p in chunks(d, sizes)]


def call_split(typ, canon_digits, sizes, intro_agent, lead="", **kw):
    """value spread over several customer turns with back-channels."""
    gid = new_group(typ, canon_digits)
    parts = split_spoken(canon_digits, sizes, **kw)
    turns = [A(intro_agent)]
    for k, p in enumerate(parts):
        pre = lead if k == 0 else pick("", "", "then ", "and ", "uh ")
        post = pick("", "", "", " um", " yeah")
        turns.append(C(pre, val(p, typ, gid=gid), post))
        if k < len(parts) - 1:
            turns.append(A(ack()))
    return turns


# ---------------------------------------------------------------------------
# positive templates.  Each returns (turn_specs, note)
# ---------------------------------------------------------------------------
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
       "government services"]


def p_card_call_oneturn():
    d = gen_card()
    sp = say_groups(d, card_sizes(d), uk=R.random() < 0.6, homo=0.15, filler=0.04)
    ind = pick("telecom", "retail", "utilities", "travel")
    return [A(pick("and the long number across the front please", "can i take the card number", "okay whenever you're ready with the card number")),
            C(pick("yeah it's ", "okay so ", "right ", "it's uh "), val(sp, "CARD_NUMBER", d))], \
        "call/%s: card read in one turn, spoken digits with zero variants/doubles/fillers" % ind


def p_card_call_split():
    d = gen_card(pick("visa", "mc", "mc2", "disc"))
    turns = call_split("CARD_NUMBER", d, card_sizes(d), pick("go ahead with the card number", "okay the sixteen digits on the card please"),
                       lead=pick("", "okay ", "right "), uk=R.random() < 0.5, homo=0.1)
    return turns, "call/%s: card split across customer turns with agent back-channels" % pick("insurance", "banking", "retail")


def p_card_call_pairs():
    d = gen_card(pick("visa", "mc"))
    gs = chunks(d, [4, 4, 4, 4])
    words = []
    for g in gs:
        if "0" not in g and R.random() < 0.8:
            words.append(two(int(g[:2])) + " " + two(int(g[2:])))
        else:
            words.append(say_digits(g))
    return [A("what's the card number"),
            C("it's ", val(" ".join(words), "CARD_NUMBER", d), " that's a visa debit")], \
        "call/utilities: card read as pairs ('forty one eleven')"


def p_card_call_correction():
    d = gen_card(pick("visa", "mc"))
    gs = chunks(d, [4, 4, 4, 4])
    wrong = gs[1][:3] + str((int(gs[1][3]) + 3) % 10)
    g_ok = new_group("CARD_NUMBER", d)
    return [A("card number please"),
            C(val(say_digits(gs[0] + wrong, doubles=False), "CARD_NUMBER", wrong, mode="frag"),
              pick(" no sorry wait ", " sorry no let me start again ", " hang on that's wrong ")),
            A("no problem from the top"),
            C(val(say_groups(d, [4, 4, 4, 4]), "CARD_NUMBER", gid=g_ok))], \
        "call/retail: customer restarts card after wrong digit; abandoned reading labelled too"


def p_card_call_interrupt():
    d = gen_card(pick("visa", "mc"))
    gs = chunks(d, [4, 4, 4, 4])
    gid = new_group("CARD_NUMBER", d)
    echo = say_digits(gs[1], doubles=False)
    return [A("okay go ahead"),
            C(val(say_digits(gs[0]) + " " + say_digits(gs[1]), "CARD_NUMBER", gid=gid), " and then"),
            A("sorry sorry was that ", val(echo, "CARD_NUMBER", gs[1], mode="frag"), " in the middle"),
            C("yes ", val(echo, "CARD_NUMBER", gs[1], mode="frag"), " then ", val(say_digits(gs[2]) + " " + say_digits(gs[3]), "CARD_NUMBER", gid=gid))], \
        "call/telecom: agent interrupts mid-card to confirm a group; every fragment labelled"


def p_card_readback_cvv_exp():
    d = gen_card()
    cv = gen_digits(4 if len(d) == 15 else 3)
    m, y = gen_expiry()
    last4 = d[-4:]
    return [C("card is ", val(say_groups(d, card_sizes(d), uk=True, homo=0.1), "CARD_NUMBER", d)),
            A("lovely and the expiry"),
            C(val(say_expiry(m, y), "EXPIRY", (y, m))),
            A("and the ", pick("three", "security") + " digits on the back"),
            C(val(say_digits(cv, doubles=False, homo=0.2), "CVV", cv)),
            A("thank you so that's the card ending ", val(say_digits(last4), "CARD_NUMBER", last4, mode="frag"),
              " expiring ", val(say_expiry(m, y), "EXPIRY", (y, m)), " and the payment is ", two(R.randint(20, 99)), " pounds")], \
        "call/%s: card, expiry, cvv, agent reads back last four and expiry; amount unlabelled" % pick("travel", "utilities", "retail")


def p_card_chat():
    d = gen_card()
    sep = pick(" ", "-", "", " ", "  ")
    txt = sep.join(chunks(d, card_sizes(d))) if sep else d
    cv = gen_digits(4 if len(d) == 15 else 3)
    m, y = gen_expiry()
    k = R.randint(0, 3)
    if k == 0:
        return [C("hi can u take payment for order 4471 pls. card ", val(txt, "CARD_NUMBER", d), " exp ",
                  val(fmt_expiry(m, y), "EXPIRY", (y, m)), " cvv ", val(cv, "CVV", cv))], \
            "chat/retail: card, expiry, cvv typed in one message next to an order number"
    if k == 1:
        return [A("Please enter the card number below."),
                C(val(txt, "CARD_NUMBER", d)),
                A("Thanks. Expiry date and security code?"),
                C(val(fmt_expiry(m, y), "EXPIRY", (y, m)), " and ", val(cv, "CVV", cv))], \
            "chat/telecom: card number alone in a message, expiry+cvv together"
    if k == 2:
        d = gen_card(pick("visa", "mc"))
        a, b = chunks(d, [8, 8])
        gid = new_group("CARD_NUMBER", d)
        return [C("my card is ", val(a[:4] + " " + a[4:], "CARD_NUMBER", gid=gid)),
                C("sorry hit enter lol ", val(" ".join(chunks(b, [4] * (len(b) // 4) + ([len(b) % 4] if len(b) % 4 else []))), "CARD_NUMBER", gid=gid))], \
            "chat/banking: card typed across two chat messages"
    return [C("Card: ", val(txt, "CARD_NUMBER", d), "\nExpiry: ", val(fmt_expiry(m, y), "EXPIRY", (y, m)), "\nCVC: ", val(cv, "CVV", cv))], \
        "chat/travel: card details pasted on separate lines"


def p_ssn_call():
    s = gen_ssn()
    k = R.randint(0, 4)
    if k == 0:
        return [A("can you verify the social security number on the account"),
                C("sure it's ", val(say_groups(s, [3, 2, 4], uk=False, homo=0.15), "SSN", s))], \
            "call/healthcare billing: ssn read in 3-2-4 groups"
    if k == 1:
        return call_split("SSN", s, [3, 2, 4], "and your social please", lead=pick("", "yeah ", "okay it's "), uk=False, filler=0.1), \
            "call/banking: ssn split across three turns with back-channels"
    if k == 2:
        wrong = s[:3] + str((int(s[3]) + 1) % 10)
        return [A("last thing i need is your social"),
                C(val(say_digits(wrong, uk=False, doubles=False), "SSN", wrong, mode="frag"), " no wait ",
                  val(say_digits(s, uk=False), "SSN", s))], \
            "call/insurance: ssn with self-correction inside the turn; both readings labelled"
    if k == 3:
        last4 = s[-4:]
        return [A("for verification can i get the last four of your social"),
                C(val(say_digits(last4, uk=False), "SSN", last4, mode="frag")),
                A("hmm that doesn't match can i get the full number"),
                C(val(say_digits(s[:3], uk=False) + " " + say_digits(s[3:5], uk=False), "SSN", s[:5], mode="frag"), " um ",
                  val(say_digits(s[5:], uk=False), "SSN", s[5:], mode="frag"))], \
            "call/government services: ssn last four then full number with filler in the middle"
    gid = new_group("SSN", s)
    return [A("social security number"),
            C(val(say_digits(s[:3], uk=False, pairs=True), "SSN", gid=gid)),
            A("uh huh"),
            C(val(say_digits(s[3:5], uk=False, pairs=True) + " " + say_digits(s[5:], uk=False, pairs=True), "SSN", gid=gid)),
            A("let me read that back ", val(say_groups(s, [3, 2, 4], uk=False), "SSN", s)),
            C("that's right")], \
        "call/healthcare billing: ssn with pairs, agent reads it back"


def p_ssn_chat():
    s = gen_ssn()
    fmt = pick("%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s")
    txt = fmt % (s[:3], s[3:5], s[5:])
    k = R.randint(0, 2)
    if k == 0:
        return [A("To verify your identity, please provide your SSN."),
                C(val(txt, "SSN", s))], "chat/banking: ssn typed alone"
    if k == 1:
        return [C("hi my ssn is ", val(txt, "SSN", s), " and i need to update my W-2 address, claim #", gen_digits(7))], \
            "chat/government services: ssn typed next to a claim number"
    return [C("SSN ", val(txt, "SSN", s), " DOB ", val(fmt_dob(*gen_dob_t(), us=True), "DOB", LAST_DOB[0]))], \
        "chat/insurance: ssn and dob in a terse message"


LAST_DOB = [None]


def gen_dob_t():
    y, m, d = gen_dob()
    LAST_DOB[0] = (y, m, d)
    return y, m, d


def ni_spoken(n, style=None):
    style = style or pick("plain", "plain", "nato", "for", "homo", "asin")
    letters = [say_letter(c, style) for c in n[:2]]
    digs = n[2:8]
    if R.random() < 0.5:
        dw = say_groups(digs, [2, 2, 2], pairs=R.random() < 0.4)
    else:
        dw = say_digits(digs, homo=0.1)
    return " ".join(letters), dw, say_letter(n[8], style if style != "homo" else "plain")


def p_ni_call():
    n = gen_ni()
    L, D, S = ni_spoken(n)
    k = R.randint(0, 4)
    if k == 0:
        return [A("can i take your national insurance number"),
                C(pick("yeah it's ", "it's ", "okay ", ""), val(L + " " + D + " " + S, "NI_NUMBER", n))], \
            "call/government services: ni number in one turn"
    if k == 1:
        gid = new_group("NI_NUMBER", n)
        return [A("national insurance number please"),
                C(val(L, "NI_NUMBER", gid=gid)),
                A(ack()),
                C(val(D, "NI_NUMBER", gid=gid)),
                A("and the letter at the end"),
                C(pick("", "it's ", "that's "), val(S, "NI_NUMBER", gid=gid))], \
            "call/government services: ni letters, digits and suffix across turns"
    if k == 2:
        wrong = n[:2] + n[2:5] + str((int(n[5]) + 2) % 10)
        return [A("and your ni number"),
                C(val(say_letter(n[0], "plain") + " " + say_letter(n[1], "plain") + " " + say_digits(wrong[2:6], doubles=False), "NI_NUMBER", wrong[:6], mode="frag"),
                  " oh no sorry i've got that wrong it's ", val(L + " " + D + " " + S, "NI_NUMBER", n))], \
            "call/banking: ni number restarted after a wrong digit"
    if k == 3:
        return [C("i'm calling about my pension credit my n i number is ", val(L + " " + D + " " + S, "NI_NUMBER", n), " and i'm seventy two"),
                A("thanks and that's ", val(" ".join(n[:2].lower()) + " " + say_digits(n[2:8]) + " " + n[8].lower(), "NI_NUMBER", n), " yeah")], \
            "call/government services: ni number with age nearby, agent reads it back"
    gid = new_group("NI_NUMBER", n)
    return [A("national insurance"),
            C(val(L + " " + say_digits(n[2:4]), "NI_NUMBER", gid=gid)),
            A("sorry you're breaking up a bit"),
            C(val(say_digits(n[4:8]) + " " + S, "NI_NUMBER", gid=gid), " can you hear me now")], \
        "call/utilities: ni number broken by agent interjection"


def p_ni_chat():
    n = gen_ni()
    txt = pick(n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8],
               n.lower(), n[:2] + n[2:8] + " " + n[8], n[:2] + "-" + n[2:8] + "-" + n[8])
    k = R.randint(0, 2)
    if k == 0:
        return [C("NI no is ", val(txt, "NI_NUMBER", n))], "chat/government services: ni typed"
    if k == 1:
        return [A("Could you confirm your National Insurance number?"), C(val(txt, "NI_NUMBER", n), " thanks")], \
            "chat/banking: ni typed, varied spacing/case"
    return [C("my national insurance number is ", val(txt, "NI_NUMBER", n), " and the reference on your letter is ", gen_digits(8)),
            A("Thanks, I've found your record.")], "chat/government services: ni number next to a letter reference"


def p_bank_call():
    sc = gen_digits(6)
    acc = gen_digits(8)
    k = R.randint(0, 3)
    if k == 0:
        return [A("what's the sort code"),
                C(val(pick(say_groups(sc, [2, 2, 2]), say_groups(sc, [2, 2, 2], pairs=True)), "SORT_CODE", sc)),
                A("and the account number"),
                C(val(say_digits(acc, homo=0.1), "BANK_ACCOUNT", acc))], \
            "call/banking: sort code then account number, separate turns"
    if k == 1:
        return [A("can i take the bank details for the direct debit"),
                C("yeah sort code ", val(say_groups(sc, [2, 2, 2]), "SORT_CODE", sc), " account ",
                  val(say_groups(acc, [4, 4], filler=0.1), "BANK_ACCOUNT", acc))], \
            "call/utilities: sort code and account in one turn"
    if k == 2:
        gid = new_group("BANK_ACCOUNT", acc)
        return [A("account number"),
                C(val(say_digits(acc[:4]), "BANK_ACCOUNT", gid=gid)),
                A(ack()),
                C(val(say_digits(acc[4:]), "BANK_ACCOUNT", gid=gid)),
                A("and sort code"),
                C(val(say_groups(sc, [2, 2, 2], pairs=True), "SORT_CODE", sc)),
                A("so that's ", val(say_groups(sc, [2, 2, 2]), "SORT_CODE", sc), " and ", val(say_digits(acc), "BANK_ACCOUNT", acc))], \
            "call/insurance: account split over turns, agent reads back both"
    wrong = sc[:4] + str((int(sc[4]) + 1) % 10) + sc[5]
    return [A("sort code please"),
            C(val(say_groups(wrong, [2, 2, 2]), "SORT_CODE", wrong), " no hang on ", val(say_groups(sc, [2, 2, 2]), "SORT_CODE", sc)),
            A("okay and the account"),
            C(val(say_digits(acc), "BANK_ACCOUNT", acc))], \
        "call/banking: sort code corrected within the turn (both labelled)"


def p_bank_chat():
    sc = gen_digits(6)
    acc = gen_digits(pick(8, 8, 10, 12))
    scf = pick("%s-%s-%s", "%s %s %s", "%s%s%s") % tuple(chunks(sc, [2, 2, 2]))
    k = R.randint(0, 2)
    if k == 0:
        return [C("sort code ", val(scf, "SORT_CODE", sc), " acc no ", val(acc, "BANK_ACCOUNT", acc))], "chat/banking: sort and account typed"
    if k == 1:
        return [A("Please share the account you want the refund paid to."),
                C("Account ", val(acc, "BANK_ACCOUNT", acc), ", sort ", val(scf, "SORT_CODE", sc), ". Refund was £", str(R.randint(10, 300)), ".", gen_digits(2))], \
            "chat/retail: refund bank details with money amount"
    return [C("hi i set up autopay last week for $", str(R.randint(40, 300)), " but it bounced?? checking acct number is ", val(acc, "BANK_ACCOUNT", acc))], \
        "chat/banking: us account number typed"


def iban_spoken(ib):
    out = []
    style = pick("plain", "plain", "nato", "homo")
    i = 0
    while i < len(ib):
        c = ib[i]
        if c.isalpha():
            out.append(say_letter(c, style if c.lower() != "o" else "plain"))
            i += 1
        else:
            j = i
            while j < len(ib) and ib[j].isdigit() and j - i < 4:
                j += 1
            out.append(say_digits(ib[i:j], doubles=R.random() < 0.5))
            i = j
    return out


def p_iban_call():
    ib = gen_iban()
    parts = iban_spoken(ib)
    k = R.randint(0, 2)
    if k == 0:
        return [A("can you read me the iban"), C(val(" ".join(parts), "IBAN", ib))], "call/banking: iban spoken in one turn"
    gid = new_group("IBAN", ib)
    third = max(2, len(parts) // 3)
    segs = [parts[:third], parts[third:2 * third], parts[2 * third:]]
    turns = [A("okay the iban please")]
    for i, p in enumerate(segs):
        turns.append(C(val(" ".join(p), "IBAN", gid=gid)))
        if i < 2:
            turns.append(A(ack()))
    return turns, "call/%s: iban spread over three turns" % pick("travel", "insurance", "banking")


def p_iban_chat():
    ib = gen_iban()
    txt = pick(ib, " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib.lower())
    return [C(pick("IBAN: ", "my iban is ", "pls refund to "), val(txt, "IBAN", ib), pick("", " thx", " - BIC not needed right?"))], \
        "chat/%s: iban typed" % pick("travel", "retail", "banking")


def p_phone_call():
    d, kind = gen_phone()
    sp = say_phone(d, kind)
    k = R.randint(0, 3)
    if k == 0:
        return [A("best number to reach you on"), C(pick("", "it's ", "yeah it's "), val(sp, "PHONE", d))], \
            "call/telecom: phone number in one turn (%s)" % kind
    if k == 1:
        gs = {"us": [3, 3, 4], "usintl": [1, 3, 3, 4], "ie": [3, 3, 4], "ieintl": [3, 2, 3, 4], "ukland": [4, 3, 4], "ukintl": [2, 4, 3, 3]}.get(kind, [5, 3, 3])
        pieces = chunks(d, gs)
        if kind.endswith("intl"):
            pieces = [pieces[0] + pieces[1]] + pieces[2:]
        gid = new_group("PHONE", d)
        turns = [A("and a contact number")]
        for i, p in enumerate(pieces):
            w = say_digits(p, uk=not kind.startswith("us"))
            if kind.endswith("intl") and i == 0:
                cc = {"usintl": 1, "ieintl": 3, "ukintl": 2}[kind]
                w = "plus " + say_digits(p[:cc], doubles=False) + " " + say_digits(p[cc:])
            turns.append(C(val(w, "PHONE", gid=gid)))
            if i < len(pieces) - 1:
                turns.append(A(ack()))
        return turns, "call/utilities: phone number dictated across turns (%s)" % kind
    if k == 2:
        return [C("you can text me on ", val(sp, "PHONE", d), " any time after ", pick("five", "six thirty", "two"), " o'clock"),
                A("perfect so that's ", val(say_phone(d, kind), "PHONE", d))], \
            "call/healthcare billing: phone number with a time nearby, agent reads back"
    wrong, _ = gen_phone(kind)
    return [A("is the number still ", val(say_phone(wrong, kind), "PHONE", wrong)),
            C("no that's my old one the new one is ", val(sp, "PHONE", d))], \
        "call/telecom: agent reads old number, customer gives new one"


def p_phone_chat():
    d, kind = gen_phone()
    txt = fmt_phone(d, kind)
    return [C(pick("call me back on ", "my number: ", "new no. is ", "pls update phone to "), val(txt, "PHONE", phone_canon(txt)),
              pick("", " thanks", " after 6pm pls", " ta"))], "chat/%s: phone typed (%s)" % (pick("telecom", "retail", "travel"), kind)


def p_email_call():
    e = gen_email()
    sp = say_email(e)
    k = R.randint(0, 2)
    if k == 0:
        return [A("and your email address"), C(pick("", "it's ", "yeah it's "), val(sp, "EMAIL", e))], "call/retail: email spelled out as an asr writes it"
    if k == 1:
        return [A("what email should we send the confirmation to"),
                C(val(sp, "EMAIL", e)),
                A("so that's ", val(sp, "EMAIL", e)),
                C("yes that's it")], "call/travel: email read back by agent"
    return [C("can you send it to ", val(sp, "EMAIL", e), " please not the work one"),
            A("no problem")], "call/insurance: email mid-sentence"


def p_email_chat():
    e = gen_email()
    txt = pick(e, e, e.capitalize() if e[0].isalpha() else e)
    return [C(pick("email is ", "my email: ", "send it to ", "update email to "), val(txt, "EMAIL", e.lower() if txt == e else txt.lower()), pick("", " ty", " pls", ".")[0:0] if False else pick("", " ty", " pls"))], \
        "chat/%s: email typed" % pick("retail", "telecom", "utilities")


def p_dob_call():
    y, m, d = gen_dob()
    k = R.randint(0, 2)
    if k == 0:
        return [A("can you confirm your date of birth"), C(pick("", "it's ", "yeah "), val(say_dob(y, m, d), "DOB", (y, m, d)))], "call/healthcare billing: dob spoken"
    if k == 1:
        return [A("and date of birth"),
                C(val(say_dob(y, m, d, 0), "DOB", (y, m, d))),
                A("and that's ", val(say_dob(y, m, d, 4), "DOB", (y, m, d)), " yes"),
                C("yep")], "call/insurance: dob read back in another form"
    return [A("what's your date of birth"),
            C("uh ", val(say_dob(y, m, d, 3), "DOB", (y, m, d)), " so i'm ", two(2026 - y - 1), " now")], "call/banking: dob digits with age nearby"


def p_dob_chat():
    y, m, d = gen_dob()
    us = R.random() < 0.4
    return [C(pick("DOB ", "date of birth: ", "born "), val(fmt_dob(y, m, d, us), "DOB", (y, m, d)))], "chat/%s: dob typed" % pick("insurance", "healthcare billing", "banking")


def p_address_call():
    num, street = gen_address()
    pc, kind = gen_postcode("uk")
    style = pick("plain", "plain", "nato", "homo", "for")
    k = R.randint(0, 2)
    if k == 0:
        return [A("can i confirm the first line of the address"),
                C(val(num_words(num) + " " + street, "ADDRESS", (num, street))),
                A("and the postcode"),
                C(val(say_uk_postcode(pc, style), "POSTCODE", pc.replace(" ", "")))], "call/utilities: address then uk postcode spoken"
    if k == 1:
        return [C("i've moved to ", val(say_digits(str(num), doubles=False) + " " + street, "ADDRESS", (num, street)), " postcode ",
                  val(say_uk_postcode(pc, style), "POSTCODE", pc.replace(" ", "")))], "call/telecom: address and postcode in one turn"
    gid = new_group("POSTCODE", pc.replace(" ", ""))
    o, i = pc.split()
    return [A("postcode"),
            C(val(say_uk_postcode(o + " 0AB", style).rsplit(" ", 3)[0] if False else " ".join(say_letter(c, style) if c.isalpha() else say_digits(c) for c in o), "POSTCODE", gid=gid)),
            A(ack()),
            C(val(say_digits(i[0]) + " " + " ".join(say_letter(c, style) for c in i[1:]), "POSTCODE", gid=gid)),
            A("and the house number"),
            C(val(num_words(num) + " " + street, "ADDRESS", (num, street)))], "call/insurance: postcode split outward/inward then address"


def p_zip_call():
    num, street = gen_address()
    pc, kind = gen_postcode(pick("zip", "zip"))
    return [A("what's the billing address on the card"),
            C(val(num_words(num) + " " + street, "ADDRESS", (num, street)), " ", pick("springfield", "austin", "denver", "tampa"), " ",
              val(say_digits(pc, uk=False), "POSTCODE", pc))], "call/retail: us address and zip code"


def p_address_chat():
    num, street = gen_address()
    pc, kind = gen_postcode()
    st = street.title()
    if R.random() < 0.3:
        st = st.replace("Street", "St").replace("Road", "Rd").replace("Avenue", "Ave")
    pct = pc if kind != "uk" else pick(pc, pc.replace(" ", ""), pc.lower())
    return [C(pick("new address is ", "ship to ", "address: ", "I moved, it's now "), val("%d %s" % (num, st), "ADDRESS", (num, street)),
              ", ", pick("Leeds", "Bristol", "Manchester", "Glasgow") if kind == "uk" else pick("Boston", "Denver", "Austin, TX", "Columbus OH"), " ", val(pct, "POSTCODE", re.sub(r"[\s-]", "", pc).upper()))], \
        "chat/retail: address and postcode typed"


def p_mixed_call():
    """long call with several values and chit-chat."""
    n = gen_ni()
    y, m, d = R.randint(1950, 1957), R.randint(1, 12), R.randint(1, 28)
    ph, kind = gen_phone("ukmob")
    L, D, S = ni_spoken(n)
    return [A("thanks for calling the pensions service can i take your national insurance number"),
            C("oh hello yes hang on it's on the letter here uh ", val(L + " " + D + " " + S, "NI_NUMBER", n)),
            A("and your date of birth"),
            C(val(say_dob(y, m, d), "DOB", (y, m, d)), " i'm ", two(2026 - y), " this year believe it or not"),
            A("happy belated birthday and a phone number in case we get cut off"),
            C(val(say_phone(ph, kind), "PHONE", ph))], "call/government services: ni, dob and phone with chit-chat"


def p_mixed_us_call():
    s = gen_ssn()
    y, m, d = gen_dob()
    num, street = gen_address()
    z, _ = gen_postcode("zip")
    return [A("to verify i'll need your social and date of birth"),
            C(val(say_groups(s, [3, 2, 4], uk=False), "SSN", s), " and ", val(say_dob(y, m, d, pick(1, 4)), "DOB", (y, m, d))),
            A("thank you and is the address still ", val(num_words(num) + " " + street, "ADDRESS", (num, street))),
            C("yes zip ", val(say_digits(z, uk=False), "POSTCODE", z))], "call/insurance: ssn and dob in one turn, agent reads address"


def p_cvv_exp_call():
    m, y = gen_expiry()
    cv = gen_digits(3)
    return [A("expiry date"),
            C(val(say_expiry(m, y), "EXPIRY", (y, m))),
            A("and the three digit code on the back"),
            C(pick("it's ", "uh ", ""), val(say_digits(cv, doubles=False, homo=0.25), "CVV", cv), pick("", " i think", " yeah"))], "call/travel: expiry and cvv"


def p_ni_ssn_mix():
    # two values in one turn
    s = gen_ssn()
    ph, kind = gen_phone("us")
    return [A("can i have your social and a callback number"),
            C("social is ", val(say_digits(s, uk=False), "SSN", s), " and you can call me at ", val(say_phone(ph, kind), "PHONE", ph))], \
        "call/banking: ssn and phone in one turn"


def p_card_hold_interrupt():
    d = gen_card(pick("visa", "mc", "disc"))
    gs = chunks(d, [4, 4, 4, 4])
    gid = new_group("CARD_NUMBER", d)
    return [A("okay and the card number"),
            C("right it's ", val(say_digits(gs[0], homo=0.2) + " " + say_digits(gs[1][:2], doubles=False), "CARD_NUMBER", gid=gid)),
            A("sorry can i just stop you there the system's frozen bear with me"),
            C("no worries"),
            A("okay sorry about that where were we"),
            C("i'd got to ", val(say_digits(gs[0][2:] + gs[1][:2], doubles=False), "CARD_NUMBER", gs[0][2:] + gs[1][:2], mode="frag"),
              " so then ", val(say_digits(gs[1][2:], doubles=False) + " " + say_digits(gs[2]) + " " + say_digits(gs[3]), "CARD_NUMBER", gid=gid))], \
        "call/utilities: agent interrupts mid-card (system frozen); customer resumes, repeating the last digits"


def p_card_misheard():
    d = gen_card(pick("visa", "mc"))
    gs = chunks(d, [4, 4, 4, 4])
    gid = new_group("CARD_NUMBER", d)
    i = R.randint(1, 3)
    heard = gs[i][:3] + str((int(gs[i][3]) + 5) % 10)
    spoken_groups = [say_digits(g, homo=0.25) for g in gs]
    return [A("go ahead with the card"),
            C(val(" ".join(spoken_groups), "CARD_NUMBER", gid=gid)),
            A("let me just repeat that ", val(" ".join(say_digits(g, doubles=False) for g in gs[:i]) + " " + say_digits(heard, doubles=False), "CARD_NUMBER", gs[0] + "".join(gs[1:i]) + heard, mode="frag")),
            C("no ", val(say_digits(gs[i], doubles=False), "CARD_NUMBER", gs[i], mode="frag"), " at the end of that bit"),
            A("ah got it sorry ", val(say_digits(gs[i], doubles=False), "CARD_NUMBER", gs[i], mode="frag"))], \
        "call/telecom: agent mishears a digit on read-back, customer corrects it (every read of card digits labelled)"


def p_phone_correction():
    d, kind = gen_phone(pick("ukmob", "ie", "us"))
    uk = kind != "us"
    first = d[:5]
    return [A("what's the best number for you"),
            C(val(say_digits(first[:3], uk=uk, doubles=False), "PHONE", first[:3], mode="frag"), " no wait that's my husband's um mine is ",
              val(say_digits(d[:5], uk=uk) + " " + say_digits(d[5:], uk=uk, homo=0.2), "PHONE", d)),
            A("and is that a mobile"),
            C("yeah")], "call/telecom: caller starts someone else's number, restarts with own number"


def p_dob_split():
    y, m, d = gen_dob()
    gid = new_group("DOB", (y, m, d))
    return [A("and can i take your date of birth please"),
            C("it's the ", val(ordinal(d), "DOB", gid=gid)),
            A(ack()),
            C(val("of " + MONTHS[m - 1], "DOB", gid=gid) if False else val(MONTHS[m - 1], "DOB", gid=gid)),
            A("and the year"),
            C(val(year_words(y), "DOB", gid=gid), pick("", " sadly", " yeah"))], \
        "call/healthcare billing: dob split day / month / year across turns"


def p_email_split():
    e = gen_email()
    local, dom = e.split("@")
    gid = new_group("EMAIL", e)
    sp = say_email(e)
    lpart, dpart = sp.split(" at ")
    return [A("and an email address for the receipt"),
            C(val(lpart, "EMAIL", gid=gid)),
            A("okay"),
            C(val("at " + dpart, "EMAIL", gid=gid)) if R.random() < 0.5 else C("uh ", val("at " + dpart, "EMAIL", gid=gid)),
            A("lovely")], "call/retail: spoken email split at the @ over two turns"


def p_postcode_homo():
    pc, _ = gen_postcode("uk")
    num, street = gen_address()
    return [A("can i take your postcode"),
            C(val(say_uk_postcode(pc, "homo"), "POSTCODE", pc.replace(" ", ""))),
            A("and that's number"),
            C(val(num_words(num) + " " + street, "ADDRESS", (num, street)), " yeah the one by the school")], \
        "call/insurance: postcode with asr letter homophones ('see', 'are', 'why', 'double you')"


def p_ni_homo():
    n = gen_ni()
    L = " ".join(say_letter(c, "homo") for c in n[:2])
    D = say_digits(n[2:8], homo=0.3)
    return [A("and your national insurance number"),
            C("it's ", val(L + " " + D + " " + say_letter(n[8], "plain"), "NI_NUMBER", n), pick("", " i think", " that's off my payslip"))], \
        "call/government services: ni number with letters as homophones and digit homophones"


def p_ssn_agent_readback_wrong():
    s = gen_ssn()
    wrong = s[:7] + str((int(s[7]) + 4) % 10) + s[8]
    return [A("can i get your social security number"),
            C(val(say_groups(s, [3, 2, 4], uk=False), "SSN", s)),
            A("that's ", val(say_groups(wrong, [3, 2, 4], uk=False, doubles=False), "SSN", wrong)),
            C("no ", val(say_digits(s[5:], uk=False, doubles=False), "SSN", s[5:], mode="frag"), " at the end"),
            A("thank you")], "call/banking: agent reads back ssn with an error; customer corrects the last four"


def p_iban_readback():
    ib = gen_iban(pick("IE", "DE", "NL"))
    parts = iban_spoken(ib)
    return [C("for the refund my iban is ", val(" ".join(parts), "IBAN", ib)),
            A("okay so ending in ", val(say_digits(ib[-4:], doubles=False), "IBAN", ib[-4:], mode="frag"), " yes"),
            C("that's it")], "call/travel: iban dictated, agent confirms last four"


def p_chat_typos():
    k = R.randint(0, 3)
    if k == 0:
        n = gen_ni()
        txt = n[:2].lower() + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8].lower()
        return [C("hiya my nat insurance numbr is ", val(txt, "NI_NUMBER", n), " sorry for typos on my phone")], "chat/government services: ni lower-case with spaces, typos around it"
    if k == 1:
        s = gen_ssn()
        return [C("socail is ", val(s, "SSN", s), " i think i already gave it ", R.choice(["2", "3"]), " times lol")], "chat/insurance: ssn unformatted with misspelled cue word"
    if k == 2:
        d = gen_card(pick("visa", "mc"))
        txt = "".join(c + (" " if i in (3, 7, 11) else "") for i, c in enumerate(d))
        txt = txt.replace(" ", pick(" ", "  ", "-", "."))
        return [C("cardnumber ", val(txt, "CARD_NUMBER", d), " exp ", val("%d/%02d" % gen_expiry_t(), "EXPIRY", LAST_EXP[0]))], "chat/retail: card with odd separators, no space after cue"
    e = gen_email()
    return [C("emial adress ", val(e.upper() if R.random() < 0.3 else e, "EMAIL", e), " not the old hotmail one")], "chat/utilities: email with misspelled cue"


LAST_EXP = [None]


def gen_expiry_t():
    m, y = gen_expiry()
    LAST_EXP[0] = (y, m)
    return m, y % 100


def p_us_bank_call():
    acc = gen_digits(R.choice([10, 11, 12]), first_nonzero=True)
    sz = {10: [3, 3, 4], 11: [4, 3, 4], 12: [4, 4, 4]}[len(acc)]
    return [A("and the checking account number"),
            C("okay it's ", val(say_groups(acc, sz, uk=False, homo=0.1, filler=0.05), "BANK_ACCOUNT", acc)),
            A("thank you and your payment of ", two(R.randint(20, 99)), " dollars will go out on the ", ordinal(R.randint(1, 28)))], \
        "call/utilities: us checking account spoken with payment amount and date nearby"


def p_two_cards():
    d1 = gen_card("visa")
    d2 = gen_card("mc")
    return [A("which card would you like to use"),
            C("not the one ending ", val(say_digits(d1[-4:]), "CARD_NUMBER", d1[-4:], mode="frag"), " that's expired use the mastercard ",
              val(say_groups(d2, [4, 4, 4, 4], homo=0.1), "CARD_NUMBER", d2))], "call/retail: old card last four and new card in one turn"


def p_expiry_cvv_mixed():
    m, y = gen_expiry()
    cv = gen_digits(3)
    return [A("and the expiry and the security code"),
            C("expires ", val(MONTHS[m - 1] + " " + (year_words(y) if y % 10 == 0 else two(y % 100)), "EXPIRY", (y, m)), " and the code's ", val(say_digits(cv, homo=0.3, doubles=False), "CVV", cv))], \
        "call/travel: expiry as month name + two-digit year and cvv in one turn"


POS_TEMPLATES = [
    (p_card_call_oneturn, 10), (p_card_call_split, 8), (p_card_call_pairs, 5), (p_card_call_correction, 5),
    (p_card_call_interrupt, 4), (p_card_readback_cvv_exp, 7), (p_card_chat, 8),
    (p_ssn_call, 14), (p_ssn_chat, 8), (p_ni_call, 16), (p_ni_chat, 8),
    (p_bank_call, 10), (p_bank_chat, 5), (p_iban_call, 7), (p_iban_chat, 6),
    (p_phone_call, 10), (p_phone_chat, 6), (p_email_call, 8), (p_email_chat, 5),
    (p_dob_call, 7), (p_dob_chat, 5), (p_address_call, 9), (p_zip_call, 4), (p_address_chat, 6),
    (p_mixed_call, 4), (p_mixed_us_call, 4), (p_cvv_exp_call, 6), (p_ni_ssn_mix, 3),
    (p_card_hold_interrupt, 4), (p_card_misheard, 4), (p_phone_correction, 4), (p_dob_split, 4),
    (p_email_split, 4), (p_postcode_homo, 5), (p_ni_homo, 5), (p_ssn_agent_readback_wrong, 4),
    (p_iban_readback, 3), (p_chat_typos, 8), (p_us_bank_call, 4), (p_two_cards, 3), (p_expiry_cvv_mixed, 4),
]


# ---------------------------------------------------------------------------
# negative templates
# ---------------------------------------------------------------------------
def n_money_call():
    a = R.randint(20, 999)
    c = R.randint(1, 99)
    return [A("so your balance is " + num_words(a) + " pounds " + two(c) + " and the minimum payment is " + two(R.randint(10, 60)) + " pounds"),
            C("okay can i pay " + num_words(R.randint(100, 500)) + " today")], "call/banking: balances and payments spoken"


def n_ref_call():
    r = gen_digits(R.randint(6, 10))
    w = pick("order number", "ticket number", "claim reference", "invoice number", "case number", "booking reference")
    return [A("do you have the " + w),
            C("yeah the " + w + " is " + say_digits(r, homo=0.1)),
            A("thank you i've got that up")], "call/retail: %s digits spoken with reference word" % w


def n_ref_chat():
    r = gen_digits(R.randint(6, 10))
    w = pick("Order #", "Ticket no. ", "Invoice ", "Ref: ", "Claim number ", "Case ")
    return [C("hi, chasing " + w + r + ", it was due on " + str(R.randint(1, 28)) + "/" + str(R.randint(1, 12)) + " and still nothing"),
            A("Sorry about that, let me check.")], "chat/retail: reference number and delivery date typed"


def n_time_call():
    return [A("we can send an engineer on " + pick("monday", "the fourteenth", "thursday the third of " + pick(*MONTHS)) + " between " +
              pick("eight", "nine", "ten") + " and " + pick("twelve", "one", "two thirty")),
            C("that's fine i'm in from " + pick("half seven", "eight fifteen", "nine") + " and the job should take about " + pick("forty five minutes", "two hours", "an hour and a half"))], \
        "call/utilities: appointment date, times and durations"


def n_flight_call():
    return [C("i'm on flight " + pick("b a", "e i", "f r", "u a") + " " + num_words(R.randint(100, 999)) + " departing at " + pick("six forty", "eleven fifteen", "nineteen thirty") + " from gate " + two(R.randint(2, 40))),
            A("and that's for " + two(R.randint(2, 6)) + " passengers on the " + ordinal(R.randint(1, 28)) + " of " + pick(*MONTHS))], \
        "call/travel: flight number, time, gate, passenger count, travel date"


def n_meter_call():
    r = gen_digits(R.randint(5, 6))
    return [A("can you read me the meter"),
            C("it says " + say_digits(r, doubles=False) + " on the electric and the gas is about " + num_words(R.randint(100, 999))),
            A("great thanks so the bill will be around " + two(R.randint(40, 99)) + " pounds a month")], "call/utilities: meter readings and bill amount"


def n_chat_money():
    return [C("why is my bill £" + str(R.randint(40, 200)) + "." + gen_digits(2) + " this month? it was £" + str(R.randint(20, 60)) + " in " + pick(*MONTHS).capitalize() + ", thats like " + str(R.randint(20, 90)) + "% more"),
            A("I can see a one-off charge of $" + str(R.randint(5, 30)) + ".99 on " + str(R.randint(1, 28)) + " " + pick(*MONTHS).capitalize() + " " + str(R.randint(2024, 2026)) + ".")], \
        "chat/telecom: amounts, percentages, charge date"


def n_model_chat():
    return [C("my router is a " + pick("TP-Link Archer C", "Netgear R", "Sky Q ") + str(R.randint(6, 9000)) + " and speed is only " + str(R.randint(2, 90)) + " Mbps, was promised " + str(R.randint(100, 900))),
            A("Thanks. I'll run a line test, it takes about " + str(R.randint(2, 15)) + " minutes.")], "chat/telecom: model number, speeds, duration"


def n_age_temp_call():
    return [C("my dad is " + two(R.randint(60, 95)) + " and the heating's been off since " + pick("tuesday", "the weekend") + " it's " + two(R.randint(8, 15)) + " degrees in the house"),
            A("i'm so sorry i'll mark it as priority for a vulnerable customer we'll have someone there within " + pick("four", "twenty four", "six") + " hours")], \
        "call/utilities: age, temperature, hours"


def n_year_call():
    y0 = R.randint(1995, 2019)
    return [C("i've been with you since " + year_words(y0) + " and the contract started on the " + ordinal(R.randint(1, 28)) + " of " + pick(*MONTHS) + " " + year_words(R.randint(2020, 2025))),
            A("that's right you've been a customer for " + two(2026 - y0) + " years")], "call/telecom: years and contract start date (not a dob)"


def n_room_call():
    return [C("i'm in room " + num_words(R.randint(101, 950)) + " and there's " + two(R.randint(2, 5)) + " of us checking out at " + pick("eleven", "noon", "ten thirty")),
            A("the late checkout is " + two(R.randint(20, 40)) + " euro per room")], "call/travel: room number, count, time, price"


def n_payment_date_chat():
    return [A("Your next payment of £" + str(R.randint(10, 150)) + " will be taken on " + pick(str(R.randint(1, 28)) + "/" + "%02d" % R.randint(1, 12) + "/2026", pick(*MONTHS).capitalize() + " " + str(R.randint(1, 28)))),
            C("ok can I move it to the " + pick("5th", "12th", "21st", "28th", "1st", "15th") + "? I get paid then")], "chat/utilities: payment date and amount"


def n_policy_call():
    r = gen_digits(R.randint(7, 10))
    return [A("i'll just need the policy number"),
            C("policy number " + say_groups(r, [len(r) // 2, len(r) - len(r) // 2])),
            A("lovely and the claim was for " + num_words(R.randint(150, 999)) + " pounds on the " + ordinal(R.randint(1, 28)))], \
        "call/insurance: policy number (reference word) and claim amount"


def n_count_call():
    return [C("i ordered " + two(R.randint(2, 30)) + " of the " + pick("forty inch", "sixty five inch", "two litre", "five hundred gram") + " ones and only " + two(R.randint(1, 9)) + " came"),
            A("sorry about that i can see " + two(R.randint(2, 9)) + " boxes left the warehouse on " + pick("monday", "the twelfth", "friday"))], "call/retail: counts and product sizes"


def n_percent_call():
    return [A("the new rate will be " + two(R.randint(2, 9)) + " point " + two(R.randint(1, 9)) + " percent fixed for " + pick("two", "five") + " years"),
            C("and what's that on a loan of " + num_words(R.randint(2, 90)) + " thousand")], "call/banking: interest rate, term, loan amount"


def n_ext_call():
    return [A("i'll transfer you to extension " + say_digits(gen_digits(4), doubles=False) + " and the wait is about " + two(R.randint(3, 20)) + " minutes"),
            C("okay thanks")], "call/government services: internal extension and wait time"


def n_appt_dob_like():
    y = R.randint(2026, 2027)
    return [A("your appointment is on the " + ordinal(R.randint(1, 28)) + " of " + pick(*MONTHS) + " " + year_words(y) + " at " + pick("ten past nine", "two fifteen", "half three")),
            C("can i bring my son he's " + two(R.randint(4, 17)))], "call/healthcare billing: appointment date (not dob), time, age"


def n_chat_speeds():
    return [C("Temp in the flat is " + str(R.randint(12, 16)) + "C, boiler model " + pick("Worcester ", "Vaillant ", "Baxi ") + str(R.randint(24, 40)) + "i, pressure " + str(R.randint(0, 2)) + "." + str(R.randint(0, 9)) + " bar"),
            A("Thanks, an engineer can attend on " + pick("Monday", "Tuesday", "Friday") + " 8am-12pm.")], "chat/utilities: temperature, model, pressure, time window"


def n_tracking_chat():
    return [C("tracking says parcel " + gen_digits(R.randint(8, 10)) + " is at the depot, weight " + str(R.randint(1, 20)) + "kg, 2 of 3 items"),
            A("It should arrive within 48 hours.")], "chat/retail: parcel tracking number with word 'parcel', weight, counts"


def n_price_call():
    return [A("so the sim only deal is " + two(R.randint(10, 39)) + " ninety nine a month on " + pick("a twelve", "a twenty four", "an eighteen") + " month contract with " + pick("thirty", "a hundred", "sixty") + " gigs"),
            C("and last year i was paying " + two(R.randint(20, 60)) + " pound " + two(R.randint(10, 99)) + " for " + pick("half", "a third of") + " that"),
            A("yeah prices have come down about " + two(R.randint(10, 40)) + " percent")], "call/telecom: spoken prices, contract length, data, percentage"


def n_order_split():
    r = gen_digits(R.choice([6, 7, 8, 9]), first_nonzero=True)
    a, b = r[:len(r) // 2], r[len(r) // 2:]
    w = pick("order number", "reference number", "case number", "claim number")
    return [A("have you got your " + w + " there"),
            C("yes the " + w + " is " + say_digits(a)),
            A("mhm"),
            C(say_digits(b)),
            A("thank you so that's " + w.split()[0] + " " + say_digits(r, doubles=False) + " i've found it")], \
        "call/retail: %s split over two turns, agent reads it back with the reference word" % w


def n_hold_call():
    return [C("i've been on hold for " + pick("forty five minutes", "an hour and ten minutes", "twenty five minutes") + " and this is the " + pick("third", "fourth", "fifth") + " time i've called this week"),
            A("i'm really sorry mr " + pick("byrne", "patel", "hughes") + " i can see the previous calls going back to the " + ordinal(R.randint(1, 28)))], \
        "call/utilities: durations, counts, a date of previous calls"


PREM = [0]


def n_car_call():
    PREM[0] = R.randint(360, 900)
    return [A("what's the car"),
            C("a " + year_words(R.randint(2012, 2024)) + " " + pick("ford focus", "vauxhall corsa", "toyota yaris", "vw golf") + " one point " + pick("two", "five", "six") + " litre"),
            A("and roughly how many miles a year"),
            C("about " + pick("eight", "ten", "twelve") + " thousand and i've got " + two(R.randint(2, 9)) + " years no claims"),
            A("okay that comes to " + num_words(PREM[0]) + " pounds " + two(R.randint(10, 99)) + " for the year or " + two(PREM[0] // 12 + 4) + " pounds a month")], \
        "call/insurance: car year, engine size, mileage, no-claims years, premium"


def n_fever_call():
    return [C("my daughter's temperature was thirty eight point " + pick("two", "five", "nine") + " and she's " + two(R.randint(2, 12)) + pick("", " and a half")),
            A("okay and how many doses of " + pick("calpol", "ibuprofen") + " has she had in the last " + pick("twenty four", "twelve") + " hours"),
            C(pick("two", "three") + " the last one at " + pick("quarter past six", "half ten", "two o'clock"))], \
        "call/healthcare billing: temperature, age, doses, time"


def n_transfer_call():
    return [C("i transferred " + pick("two thousand five hundred", "one thousand two hundred", "seven hundred and fifty") + " " + pick("euro", "pounds", "dollars") + " on " + pick("monday", "the third", "friday the ninth") + " and it's still not showing"),
            A("international transfers can take up to " + pick("three", "five") + " working days and there's a fee of " + two(R.randint(5, 30)) + " " + pick("euro", "pounds"))], \
        "call/banking: transfer amount, days, fee"


def n_data_chat():
    return [C("used " + str(R.randint(10, 19)) + "." + str(R.randint(1, 9)) + "GB of my " + pick("20", "25", "30") + "GB already and its only the " + pick("9th", "12th", "3rd") + "??"),
            A("I can add a " + pick("5", "10") + "GB booster for £" + pick("3", "5", "7") + " until your bill date on the " + pick("18th", "22nd", "27th") + ".")], \
        "chat/telecom: data usage, allowance, booster price, bill date"


def n_meter_chat():
    return [C("Meter reading " + pick("today", "this morning") + ": day " + gen_digits(5) + ", night " + gen_digits(5) + ". Gas " + gen_digits(4) + " m3"),
            A("Thanks, I've submitted those readings. Your estimated bill is £" + str(R.randint(60, 200)) + ".")], \
        "chat/utilities: typed meter readings (5 digits), gas volume, bill amount"


def n_train_call():
    return [C("i was booked on the " + pick("eighteen forty five", "seven oh five", "twenty one fifteen") + " from " + pick("euston", "heuston", "paddington", "penn station") + " coach " + pick("c", "d", "f") + " seat " + two(R.randint(10, 80)) + " and it was cancelled"),
            A("sorry about that you're entitled to a " + pick("fifty", "hundred", "twenty five") + " percent refund of the " + two(R.randint(30, 99)) + " pound fare")], \
        "call/travel: train time, coach, seat number, refund percentage and fare"


def n_invoice_chat():
    return [C(pick("Invoice", "INV", "Order") + " " + pick("#", "no. ", "") + gen_digits(R.randint(6, 9)) + " charged me twice (" + "£" + str(R.randint(10, 99)) + "." + gen_digits(2) + " x2) on " + str(R.randint(1, 28)) + "/" + str(R.randint(1, 12))),
            A("Apologies, a refund of £" + str(R.randint(10, 99)) + " has been raised under case " + gen_digits(8) + ", 3-5 working days.")], \
        "chat/retail: invoice and case numbers with reference words, amounts, dates"


def n_benefit_call():
    return [A("your payment of " + num_words(R.randint(100, 900)) + " pounds " + two(R.randint(10, 99)) + " goes in every " + pick("two weeks", "four weeks") + " starting on the " + ordinal(R.randint(1, 28)) + " of " + pick(*MONTHS)),
            C("and is that for the " + two(R.randint(2, 4)) + " kids as well")], \
        "call/government services: benefit amount, frequency, start date, count"


NEG_TEMPLATES = [
    (n_money_call, 6), (n_ref_call, 8), (n_ref_chat, 7), (n_time_call, 7), (n_flight_call, 6), (n_meter_call, 6),
    (n_chat_money, 6), (n_model_chat, 5), (n_age_temp_call, 5), (n_year_call, 6), (n_room_call, 3),
    (n_payment_date_chat, 5), (n_policy_call, 7), (n_count_call, 5), (n_percent_call, 5), (n_ext_call, 4),
    (n_appt_dob_like, 5), (n_chat_speeds, 4), (n_tracking_chat, 4),
    (n_price_call, 5), (n_order_split, 7), (n_hold_call, 4), (n_car_call, 5), (n_fever_call, 4),
    (n_transfer_call, 4), (n_data_chat, 4), (n_meter_chat, 3), (n_train_call, 4), (n_invoice_chat, 4), (n_benefit_call, 4),
]


# ---------------------------------------------------------------------------
def expand(templates):
    seq = []
    for fn, n in templates:
        seq += [fn] * n
    R.shuffle(seq)
    return seq


def generate():
    R.seed(SEED)
    _GID[0] = 0
    GROUPS.clear()
    cases, metas = [], []
    for i, fn in enumerate(expand(POS_TEMPLATES), 1):
        specs, note = fn()
        turns, spans, meta = build(specs)
        cases.append({"id": "h60-pos-%03d" % i, "kind": "positive", "turns": turns, "spans": spans, "note": note})
        metas.append(meta)
    for i, fn in enumerate(expand(NEG_TEMPLATES), 1):
        specs, note = fn()
        turns, spans, meta = build(specs)
        assert not spans
        cases.append({"id": "h60-neg-%03d" % i, "kind": "negative", "turns": turns, "spans": [], "note": note})
        metas.append(meta)
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    return cases, metas, text


def counts(cases):
    cnt = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]:
            cnt[s["type"]] += 1
    return cnt


def readme(cases):
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    ncall = sum(c["note"].startswith("call/") for c in cases)
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return f"""# pii_holdout60 — held-out PII redaction evaluation set

**Never use this set for tuning.** It is a held-out evaluation set; do not
adjust redaction rules, thresholds or models while looking at these cases.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code (`src/convo/redact/`), its tests, its documentation, the
benchmark script or any other PII fixture; the only existing data it looked at
was a three-line example of the JSONL format. The redactor was never run while
writing the set.

The cases are generated by `scripts/make_pii_holdout60.py` (standard library
only, one `random.Random({SEED})`, byte-for-byte reproducible). Every turn is
assembled from plain-text segments and (value, TYPE) segments, so span offsets
are computed, never typed by hand. `python scripts/make_pii_holdout60.py --check`
regenerates the file, verifies it is identical, that ids are unique, offsets are
in range and on word boundaries, spans do not overlap, and validates each value
after normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format,
9 digits for SSNs, 6 for sort codes, digit counts for CVV/phone/account,
postcode shapes; values split over turns are joined before validation).

About two thirds of the cases are phone calls written the way a speech
recogniser writes them: lower case, little punctuation, numbers as words
("oh"/"o"/"nought"/"zero", "double seven", "triple two", pairs such as
"forty one eleven", years such as "nineteen eighty five"), homophones
("for" = 4, "to"/"too" = 2, "ate" = 8, "tree" = 3, "bee"/"see"/"are"/"why" for
letters), fillers inside readings ("um", "uh"), restarts and self-corrections,
agents interrupting mid-reading or reading values back, and values split across
several customer turns with back-channels ("mhm", "okay go on"). The rest are
typed chat messages with varied separators and case.

## Annotation conventions

* A span covers the whole reading of the value, from its first to its last
  character (letter or digit word), including filler words, "double"/"triple",
  NATO-style spellings ("b for bravo"), "plus" of a country code and "slash"
  inside the reading. Lead-ins ("it's", "my number is") are outside.
* A value spread over several turns is labelled once per turn (each fragment is
  its own span with the value's type).
* Abandoned/incorrect readings before a self-correction, partial values (last
  four of a card, last four of an SSN) and agent read-backs/echoes are labelled
  with the same type, because they disclose part of the value.
* CARD_NUMBER: the digits only; the expiry and security code are separate
  EXPIRY/CVV spans. EXPIRY and CVV are labelled only in card context.
* DOB: the full date expression ("the third of march nineteen eighty two",
  "03/03/1982"); ages near it are not labelled.
* ADDRESS: house number + street name + street type ("forty two elm street");
  town names are outside; the postcode is its own POSTCODE span.
* POSTCODE: UK postcodes (outward + inward) and US ZIP / ZIP+4.
* PHONE: including the international prefix when said or typed.
* EMAIL: the whole address; spoken forms ("j dot doe at gmail dot com") included.
* Negatives contain only non-PII numbers (amounts, times, durations, counts,
  years, percentages, appointment/payment/contract dates, order/ticket/claim/
  invoice/policy/booking references said with their reference word, flight,
  room, model and extension numbers, meter readings, speeds, ages,
  temperatures). Nothing in a negative case should be redacted.

## Counts

{npos} positive cases, {nneg} negative cases ({ncall} phone-call cases, {len(cases) - ncall} chat).

| type | spans |
|---|---|
{rows}
"""


def word_ok(text, s, e):
    if not (0 <= s < e <= len(text)):
        return False
    if not text[s].isalnum() and text[s] not in "+(":
        return False
    if not text[e - 1].isalnum():
        return False
    if s > 0 and text[s - 1].isalnum():
        return False
    if e < len(text) and text[e].isalnum():
        return False
    return True


def check():
    cases, metas, text = generate()
    problems = []
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
        problems.append("cases.jsonl differs from regenerated output (run without --check)")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(cases):
        problems.append("README.md differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for c, meta in zip(cases, metas):
        if c["kind"] == "negative" and c["spans"]:
            problems.append(c["id"] + " negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(c["id"] + " positive without spans")
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s bad type %s" % (c["id"], s["type"]))
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append(c["id"] + " turn out of range")
                continue
            t = c["turns"][s["turn"]]["text"]
            if not word_ok(t, s["start"], s["end"]):
                problems.append("%s span not on word boundary/in range: %r" % (c["id"], t[s["start"]:s["end"]]))
        byturn = {}
        for s in c["spans"]:
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for tl in byturn.values():
            tl.sort()
            for a, b in zip(tl, tl[1:]):
                if b[0] < a[1]:
                    problems.append(c["id"] + " overlapping spans")
        groups = {}
        for s, gid in zip(c["spans"], meta):
            if GROUPS[gid]["type"] != s["type"]:
                problems.append(c["id"] + " group type mismatch")
            groups.setdefault(gid, []).append(c["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for gid, texts in groups.items():
            check_group(GROUPS[gid], texts, problems, c["id"])
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    ncall = sum(c["note"].startswith("call/") for c in cases)
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("type %s has %d spans < %d" % (t, cnt[t], need))
    print("cases: %d positive, %d negative, %d call / %d chat" % (npos, nneg, ncall, len(cases) - ncall))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems[:200]:
            print("  " + p)
        return 1
    print("check OK")
    return 0


def main(argv):
    if "--check" in argv:
        return check()
    cases, metas, text = generate()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme(cases), encoding="utf-8")
    print("wrote %d cases to %s" % (len(cases), CASES.relative_to(ROOT)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

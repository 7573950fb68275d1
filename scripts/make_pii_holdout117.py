#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout117``.

Written by an AI helper acting as an independent author, without looking at the
redaction code, its tests or other evaluation sets.  Emphasis: UK and Irish
contact centres (NI numbers, sort codes/account numbers, UK/IE phones,
postcodes and Eircodes, UK street addresses, card payments by phone) plus
UK-style non-PII reference numbers as negatives.

Usage:
    python scripts/make_pii_holdout117.py          # write fixture + README
    python scripts/make_pii_holdout117.py --check  # regenerate and verify

Standard library only.  All values come from one seeded random.Random.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
import random

SEED = 117241124
PREFIX = "h117"
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout117"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
MIN_POS, MIN_NEG = 170, 100

# --------------------------------------------------------------------------
# segment helpers
# --------------------------------------------------------------------------


class V:
    """A PII value segment: text as it appears, its type, and a group key.

    Segments sharing a group key are one value split over several spans
    (validated after concatenation)."""

    def __init__(self, text, typ, group=None):
        self.text, self.typ, self.group = text, typ, group


_gid = [0]


def newgroup():
    _gid[0] += 1
    return "g%d" % _gid[0]


def build(note, turns):
    """turns: list of (speaker, [segments]) -> (turn dicts, spans, groups)."""
    out_turns, spans, groups = [], [], []
    for ti, (speaker, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, V):
                s = len(text)
                text += seg.text
                spans.append({"turn": ti, "start": s, "end": len(text), "type": seg.typ})
                groups.append(seg.group or newgroup())
            else:
                text += seg
        out_turns.append({"speaker": speaker, "text": text})
    return {"turns": out_turns, "spans": spans, "note": note}, groups


# --------------------------------------------------------------------------
# spoken number helpers
# --------------------------------------------------------------------------
ONES = "zero one two three four five six seven eight nine".split()
TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
         "eighteen nineteen").split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
# words people actually use for "x for ..." on UK calls
FOR_WORDS = {"a": ["apple", "alpha"], "b": ["bravo", "bob", "bertie"],
             "c": ["charlie", "cat"], "e": ["echo", "edward"], "g": ["george", "golf"],
             "h": ["harry", "hotel"], "j": ["juliet", "jack", "john"],
             "k": ["kilo", "king"], "l": ["lima", "london"], "m": ["mike", "mother"],
             "n": ["november", "nancy"], "p": ["papa", "peter"], "r": ["romeo", "robert"],
             "s": ["sierra", "sugar"], "t": ["tango", "tommy"], "w": ["whiskey", "william"],
             "x": ["x-ray"], "y": ["yankee", "yellow"], "z": ["zulu", "zebra"],
             "d": ["delta", "david"], "f": ["foxtrot", "freddie"], "q": ["quebec", "queen"],
             "u": ["uniform"], "v": ["victor"], "i": ["india"], "o": ["oscar"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
       "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
       "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
       "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]


def zero_word(rng):
    return rng.choice(["zero", "oh", "oh", "o", "nought"])


def say_digits(s, rng, doubles=None, zero=None):
    zero = zero or zero_word(rng)
    if doubles is None:
        doubles = rng.random() < 0.5
    out, i = [], 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        w = zero if d == "0" else ONES[int(d)]
        if doubles and run == 3:
            out.append("triple " + w)
            i += 3
        elif doubles and run == 2:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def say_pair(p, zero="oh"):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero + " " + (zero if b == 0 else ONES[b])
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + ONES[b])


def say_pairs(s, rng, zero=None):
    zero = zero or rng.choice(["oh", "oh", "zero"])
    pieces = []
    i = 0
    while i < len(s):
        if i + 1 < len(s) and rng.random() < 0.8:
            pieces.append(s[i:i + 2])
            i += 2
        else:
            pieces.append(s[i])
            i += 1
    parts = []
    for k in range(len(pieces) - 1, -1, -1):
        p = pieces[k]
        nxt_first = parts[0].split()[0] if parts else None
        if len(p) == 1:
            parts.insert(0, zero if p == "0" else ONES[int(p)])
        elif p[0] not in "01" and p[1] == "0" and (nxt_first is None or nxt_first in ONES[1:]):
            # a bare tens word ("forty") before a unit word or at the end
            # would be ambiguous ("forty" + "three" = 43): say it as digits
            parts.insert(0, ONES[int(p[0])] + " " + zero)
        else:
            parts.insert(0, say_pair(p, zero))
    return " ".join(parts)


def num_words(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        r = n % 100
        return ONES[n // 100] + " hundred" + ("" if r == 0 else " and " + num_words(r))
    r = n % 1000
    head = num_words(n // 1000) + " thousand"
    if r == 0:
        return head
    if r < 100:
        return head + " and " + num_words(r)
    return head + " " + num_words(r)


def say_year(y, rng):
    if y >= 2000:
        return rng.choice(["two thousand and " + num_words(y - 2000) if y > 2000 else "two thousand",
                           "two thousand " + num_words(y - 2000) if y > 2000 else "two thousand"])
    return TEENS[y // 100 - 10] + " " + say_pair("%02d" % (y % 100))


LETTER_HOMO = {"b": "bee", "c": "see", "t": "tea", "j": "jay", "r": "are", "y": "why", "x": "ex",
               "p": "pea", "k": "kay", "l": "el", "m": "em", "n": "en", "w": "double you",
               "e": "e", "a": "a", "g": "gee", "h": "aitch", "s": "ess", "z": "zed", "d": "dee"}


def say_letter(c, rng, mode):
    c = c.lower()
    if mode == "plain":
        return c
    if mode == "homo":
        return LETTER_HOMO.get(c, c)
    if mode == "nato":
        return NATO[c]
    return c + " for " + rng.choice(FOR_WORDS[c])


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------

def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def gen_card(rng, kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if kind == "visa":
        pre, n = "4", 16
    elif kind == "visa13":
        pre, n = "4", 16  # keep 16; 13-digit visas are rare today
    elif kind == "mc":
        pre, n = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    elif kind == "maestro":
        pre, n = rng.choice(["6759", "6761"]), rng.choice([16, 18, 19])
    else:
        pre, n = "6011", 16
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def group_card(d, rng, sep=" "):
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def chunks(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p, "".join(rng.choice("0123456789") for _ in range(6)), rng.choice("ABCD")


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d" % a, "%02d" % rng.randint(1, 99), "%04d" % rng.randint(1, 9999)


def gen_sort(rng):
    return "".join(rng.choice("0123456789") for _ in range(6)) if rng.random() < 0.3 else \
        rng.choice(["20", "40", "30", "60", "77", "83", "09", "11", "90", "93", "98"]) + \
        "%04d" % rng.randint(0, 9999)


def gen_account(rng, n=8):
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def gen_iban(rng, country=None, spoken=False):
    country = country or rng.choice(["IE", "IE", "GB", "GB", "DE", "FR", "NL", "ES"])
    dg = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if country == "IE":
        bban = rng.choice((["AIBK", "IPBS", "ULSB", "PTSB"] if spoken else ["AIBK", "BOFI", "IPBS", "ULSB", "PTSB"])) + dg(6) + dg(8)
    elif country == "GB":
        bban = rng.choice((["NWBK", "BARC", "HBUK", "MIDL"] if spoken else ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"])) + dg(6) + dg(8)
    elif country == "DE":
        bban = dg(18)
    elif country == "FR":
        bban = dg(10) + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(11)) + dg(2)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB"] if spoken else ["ABNA", "INGB", "RABO"]) + dg(10)
    else:
        bban = dg(20)
    return country + iban_check(country, bban) + bban


def iban_groups(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


INWARD_LET = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode(rng):
    area = rng.choice(["M", "B", "L", "G", "S", "E", "N", "W", "LS", "BS", "CF", "EH",
                       "NE", "SW", "SE", "NW", "BT", "CR", "RG", "PR", "HU", "NG", "KT", "DN"])
    if len(area) == 1:
        dist = str(rng.randint(1, 40)) if area not in "EW" or rng.random() < 0.5 else \
            str(rng.randint(1, 9)) + rng.choice("ABCDEHJKPSTUW")
    else:
        dist = str(rng.randint(1, 29))
    inward = str(rng.randint(0, 9)) + rng.choice(INWARD_LET) + rng.choice(INWARD_LET)
    return area + dist, inward


EIR_KEYS = ["D02", "D04", "D6W", "D08", "D12", "D15", "D24", "A94", "A96", "T12",
            "T23", "H91", "V94", "X91", "W23", "K78", "R95", "F92", "N91", "Y35"]
EIR_CH = "ACDEFHKNPRTVWXY0123456789"


def gen_eircode(rng):
    key = rng.choice(EIR_KEYS)
    uid = rng.choice("ACDEFHKNPRTVWXY") + "".join(rng.choice(EIR_CH) for _ in range(3))
    return key, uid


def say_alnum(s, rng, letter_mode="plain", zero=None, pairs=False):
    zero = zero or rng.choice(["zero", "oh", "o"])
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            digits = s[i:j]
            if pairs and len(digits) == 2 and digits[0] != "0":
                out.append(say_pair(digits))
            else:
                out.append(say_digits(digits, rng, doubles=False, zero=zero))
            i = j
        else:
            out.append(say_letter(c, rng, letter_mode))
            i += 1
    return " ".join(out)


def say_postcode(out, inw, rng):
    mode = rng.choice(["plain", "plain", "plain", "for"])
    return say_alnum(out, rng, mode, pairs=rng.random() < 0.4) + " " + say_alnum(inw, rng, mode)


UK_STREETS = ["Acacia Avenue", "Kingsway", "Station Road", "Mill Lane", "Church Street",
              "Victoria Road", "Hawthorn Close", "Beech Crescent", "Park Drive",
              "Oxford Road", "Windsor Gardens", "Moorland View", "Clarence Street",
              "Laburnum Grove", "Meadow Way", "Granby Terrace", "Ashfield Road",
              "Albert Street", "Holly Bank", "Primrose Hill Road"]
IE_STREETS = ["Griffith Avenue", "Main Street", "Castle Road", "Seafield Crescent",
              "Ballymun Road", "Sallynoggin Road", "Patrick Street", "Dublin Road",
              "Oakpark Drive", "College Road"]
US_STREETS = ["Maple Street", "Elm Avenue", "Sunset Boulevard", "Oak Ridge Drive",
              "West 14th Street", "Pine Hollow Road", "Lakeview Court", "Cedar Lane"]
UK_TOWNS = ["Leeds", "Manchester", "Bristol", "Cardiff", "Sheffield", "Nottingham",
            "Reading", "Preston", "Hull", "Croydon", "Newcastle", "Doncaster"]
IE_TOWNS = ["Dublin 9", "Cork", "Galway", "Limerick", "Naas", "Drogheda", "Sligo"]
US_CITIES = [("Austin", "TX"), ("Columbus", "OH"), ("Denver", "CO"), ("Tampa", "FL"),
             ("Portland", "OR"), ("Raleigh", "NC")]

FIRST = ["sinead", "ciaran", "aoife", "james", "sarah", "mohammed", "priya", "liam",
         "niamh", "tom", "rachel", "darren", "emma", "kevin", "siobhan", "gareth",
         "fiona", "owen", "chloe", "patrick"]
LAST = ["murphy", "kelly", "walsh", "obrien", "smith", "jones", "patel", "khan",
        "byrne", "evans", "taylor", "hughes", "doyle", "brennan", "lewis", "clarke"]
DOMAINS = [("gmail", "com"), ("hotmail", "co.uk"), ("outlook", "com"), ("yahoo", "co.uk"),
           ("eircom", "net"), ("btinternet", "com"), ("icloud", "com"), ("live", "ie"),
           ("sky", "com"), ("virginmedia", "com")]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    d, tld = rng.choice(DOMAINS)
    style = rng.randint(0, 4)
    num = str(rng.randint(70, 99)) if rng.random() < 0.5 else ""
    if style == 0:
        local = f + "." + l + num
    elif style == 1:
        local = f[0] + l + num
    elif style == 2:
        local = f + "_" + l
    elif style == 3:
        local = f + l[0] + num
    else:
        local = l + "." + f
    return local, d, tld


def say_email(local, d, tld, rng):
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._]", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok.isdigit():
            parts.append(num_words(int(tok)) if rng.random() < 0.6 else say_digits(tok, rng, False))
        elif len(tok) == 1:
            parts.append(tok)
        else:
            parts.append(tok)
    dom = d + " dot " + " dot ".join(tld.split("."))
    return " ".join(parts) + " at " + dom


def gen_uk_phone(rng):
    k = rng.choice(["mob", "mob", "mob", "lon", "man", "bham", "ni"])
    dg = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if k == "mob":
        return "07" + rng.choice("3456789") + dg(8), "mob"
    if k == "lon":
        return "020" + rng.choice("378") + dg(7), "lon"
    if k == "man":
        return "0161" + str(rng.randint(2, 9)) + dg(6), "4"
    if k == "bham":
        return "0121" + str(rng.randint(2, 9)) + dg(6), "4"
    return "028" + "9" + dg(7), "lon"


def gen_ie_phone(rng):
    dg = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if rng.random() < 0.7:
        return "08" + rng.choice("35679") + dg(7), "iemob"
    return "01" + str(rng.randint(2, 9)) + dg(6), "dub"  # 9 digits: (01) 234 5678


def fmt_phone_typed(p, kind, rng, intl=False):
    if kind == "mob":
        return rng.choice([p[:5] + " " + p[5:], p, p[:5] + " " + p[5:8] + " " + p[8:],
                           "+44 " + p[1:5] + " " + p[5:], "+447" + p[2:]])
    if kind == "lon":
        return rng.choice([p[:3] + " " + p[3:7] + " " + p[7:], "(" + p[:3] + ") " + p[3:7] + " " + p[7:],
                           "+44 " + p[1:3] + " " + p[3:7] + " " + p[7:]])
    if kind == "4":
        return rng.choice([p[:4] + " " + p[4:7] + " " + p[7:], "(" + p[:4] + ") " + p[4:], p])
    if kind == "iemob":
        return rng.choice([p[:3] + " " + p[3:6] + " " + p[6:], p, "+353 " + p[1:3] + " " + p[3:6] + " " + p[6:],
                           "+353" + p[1:], p[:3] + "-" + p[3:]])
    if kind == "dub":
        return rng.choice(["(01) " + p[2:5] + " " + p[5:], p[:2] + " " + p[2:5] + " " + p[5:],
                           "+353 1 " + p[2:5] + " " + p[5:]])
    return p


def say_phone(p, kind, rng):
    intl = rng.random() < 0.25
    if intl and kind in ("mob", "lon", "4"):
        head = rng.choice(["plus four four", "double oh four four", "oh oh four four"])
        return head + " " + say_digits(p[1:], rng)
    if intl and kind in ("iemob", "dub"):
        head = rng.choice(["plus three five three", "oh oh three five three"])
        return head + " " + say_digits(p[1:], rng)
    if kind == "mob" and rng.random() < 0.4:
        return say_digits(p[:5], rng, False) + " " + say_digits(p[5:8], rng) + " " + say_digits(p[8:], rng)
    return say_digits(p, rng)


def gen_us_phone(rng):
    a = rng.choice(["212", "415", "512", "614", "303", "813", "503", "919", "646"])
    return a + str(rng.randint(2, 9)) + "%02d" % rng.randint(0, 99) + "%04d" % rng.randint(0, 9999)


def gen_dob(rng):
    y = rng.randint(1940, 2004)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return d, m, y


def say_dob(d, m, y, rng):
    k = rng.randint(0, 4)
    if k == 0:
        return "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y, rng)
    if k == 1:
        return ORD[d] + " " + MONTHS[m - 1] + " " + say_pair("%02d" % (y % 100))
    if k == 2:
        return MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y, rng)
    if k == 3:
        return say_pair("%02d" % d) + " " + say_pair("%02d" % m) + " " + say_year(y, rng)
    return "the " + ORD[d] + " of the " + ORD[m] + " " + say_pair("%02d" % (y % 100))


def typed_dob(d, m, y, rng, us=False):
    k = rng.randint(0, 4)
    if us:
        return rng.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y),
                           "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)])
    if k == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if k == 1:
        return "%d.%d.%02d" % (d, m, y % 100)
    if k == 2:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if k == 3:
        return "%02d-%02d-%d" % (d, m, y)
    return "%d%s %s %d" % (d, "th" if d not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d],
                           MONTHS[m - 1][:3].capitalize(), y)


def gen_expiry(rng):
    return rng.randint(1, 12), rng.randint(26, 32)


def say_expiry(m, y, rng):
    k = rng.randint(0, 3)
    if k == 0:
        return say_pair("%02d" % m, rng.choice(["oh", "zero"])) + " " + say_pair(str(y))
    if k == 1:
        return MONTHS[m - 1] + " " + say_pair(str(y))
    if k == 2:
        return say_pair("%02d" % m) + " slash " + say_pair(str(y))
    return (ONES[m] if m < 10 else say_pair(str(m))) + " " + say_pair(str(y))


def typed_expiry(m, y, rng):
    return rng.choice(["%02d/%d" % (m, y), "%02d/%d" % (m, 2000 + y), "%02d-%d" % (m, y),
                       "%02d%d" % (m, y), "%d/%d" % (m, y)])


def gen_cvv(rng, n=3):
    return "".join(rng.choice("0123456789") for _ in range(n))


# --------------------------------------------------------------------------
# context material
# --------------------------------------------------------------------------
BACK = ["mhm", "okay", "yep", "okay go on", "right", "yeah", "uh huh", "got that", "lovely", "go ahead"]
UK_IND = [("banking", "Halden Bank"), ("telecom", "Skylink Mobile"), ("utilities", "Northgrid Energy"),
          ("retail", "Bramley and Co"), ("insurance", "Thistle Insurance"), ("travel", "Green Isle Travel"),
          ("healthcare billing", "Meadowcare Dental"), ("government services", "the council tax office")]


def ind(rng):
    return rng.choice(UK_IND)


def pick(rng, xs):
    return rng.choice(xs)


def policy_ref(rng):
    return rng.choice(["PL", "HX", "MT", "CV"]) + str(rng.randint(1000000, 9999999))


# --------------------------------------------------------------------------
# positive templates
# --------------------------------------------------------------------------

def p_call_card_one_turn(rng):
    i, co = ind(rng)
    card = gen_card(rng)
    zero = zero_word(rng)
    spoken = " ".join(say_digits(c, rng, zero=zero) for c in chunks(card))
    m, y = gen_expiry(rng)
    cvv = gen_cvv(rng, 4 if len(card) == 15 else 3)
    amt = rng.choice(["forty two pounds ninety nine", "a hundred and twelve euro",
                      "sixty pounds", "two hundred and fifty quid", "eighteen fifty"])
    turns = [("agent", ["so the balance today is " + amt + " can i take the long number across the front of the card please"]),
             ("customer", [pick(rng, ["yeah it's ", "okay it's ", "right so ", ""]), V(spoken, "CARD_NUMBER")]),
             ("agent", ["thank you and the expiry date"]),
             ("customer", [pick(rng, ["", "it's ", "um "]), V(say_expiry(m, y, rng), "EXPIRY")]),
             ("agent", ["and the last three digits on the back" if len(card) != 15 else "and the four digit code on the front"]),
             ("customer", [V(say_digits(cvv, rng, zero=zero), "CVV")])]
    return "call/%s: card read in one turn with zero as '%s', then expiry and security code" % (i, zero), turns


def p_call_card_split(rng):
    i, co = ind(rng)
    card = gen_card(rng, rng.choice(["visa", "mc", "maestro"]))
    g = newgroup()
    zero = zero_word(rng)
    cs = chunks(card)
    turns = [("agent", ["okay go ahead with the card number whenever you're ready"])]
    for k, c in enumerate(cs):
        lead = pick(rng, ["", "", "um ", "right ", "then "]) if k else pick(rng, ["okay so ", "it's ", ""])
        tail = pick(rng, ["", "", "", " yeah", " sorry"])
        turns.append(("customer", [lead, V(say_digits(c, rng, zero=zero), "CARD_NUMBER", g), tail]))
        if k < len(cs) - 1:
            turns.append(("agent", [pick(rng, BACK)]))
    note = "call/%s: card number split over %d customer turns with back-channels" % (i, len(cs))
    if rng.random() < 0.5:
        turns.append(("agent", ["let me read that back ", V(" ".join(say_digits(c, rng, zero=zero) for c in cs), "CARD_NUMBER"), " is that right"]))
        turns.append(("customer", ["yes that's it"]))
        note += ", agent reads the full number back"
    return note, turns


def p_call_card_pairs(rng):
    i, co = ind(rng)
    card = gen_card(rng, rng.choice(["visa", "mc"]))
    spoken = " ".join(say_pairs(c, rng) for c in chunks(card))
    m, y = gen_expiry(rng)
    turns = [("agent", ["what's the card number please"]),
             ("customer", [V(spoken, "CARD_NUMBER"), " and it runs out ", V(say_expiry(m, y, rng), "EXPIRY")]),
             ("agent", ["brilliant and the security number on the back"]),
             ("customer", [pick(rng, ["", "that's "]), V(say_digits(gen_cvv(rng), rng), "CVV"), pick(rng, ["", " i think", " yeah"])])]
    return "call/%s: card read as two-digit pairs ('forty one eleven') plus expiry in the same turn" % i, turns


def p_call_card_correction(rng):
    i, co = ind(rng)
    card = gen_card(rng, "visa")
    cs = chunks(card)
    g = newgroup()
    wrong = cs[2][:3] + str((int(cs[2][3]) + 3) % 10)
    turns = [("agent", ["and the card number"]),
             ("customer", [V(say_digits(cs[0], rng, False), "CARD_NUMBER", g), " ", V(say_digits(cs[1], rng, False), "CARD_NUMBER", g)]),
             ("agent", ["okay"]),
             ("customer", [say_digits(wrong, rng, False) + " no sorry hang on i've read that wrong it's ", V(say_digits(cs[2], rng, False), "CARD_NUMBER", g)]),
             ("agent", ["no problem and the last four"]),
             ("customer", [V(say_digits(cs[3], rng, False), "CARD_NUMBER", g)])]
    # the wrong group is a slip of the tongue; it is 4 digits of a card and is labelled too
    return "call/%s: card with a self-corrected group (the misread group is left unlabelled)" % i, turns


def p_chat_card(rng):
    i, co = ind(rng)
    card = gen_card(rng)
    sep = rng.choice([" ", "-", "", " ", "  "])
    shown = group_card(card, rng, sep) if sep else card
    m, y = gen_expiry(rng)
    cvv = gen_cvv(rng, 4 if len(card) == 15 else 3)
    k = rng.randint(0, 2)
    if k == 0:
        turns = [("agent", ["Please can you provide the card details to settle the invoice of £" + str(rng.randint(20, 400)) + ".00"]),
                 ("customer", ["card no ", V(shown, "CARD_NUMBER"), " exp ", V(typed_expiry(m, y, rng), "EXPIRY"), " cvv ", V(cvv, "CVV")])]
    elif k == 1:
        turns = [("customer", ["Hi, can I pay my bill with this one: ", V(shown, "CARD_NUMBER")]),
                 ("agent", ["Thanks. Expiry date and security code please?"]),
                 ("customer", [V(typed_expiry(m, y, rng), "EXPIRY"), " and ", V(cvv, "CVV")])]
    else:
        turns = [("customer", ["its ", V(shown, "CARD_NUMBER"), ", expires ", V(typed_expiry(m, y, rng), "EXPIRY"),
                               ", code on back ", V(cvv, "CVV"), ". Thx"])]
    return "chat/%s: typed card with separator %r, expiry and CVV typed" % (i, sep), turns


def p_call_amex(rng):
    i, co = ind(rng)
    card = gen_card(rng, "amex")
    cs = chunks(card)
    g = newgroup()
    cid = gen_cvv(rng, 4)
    turns = [("agent", ["it's an american express is it okay go ahead"]),
             ("customer", [V(say_digits(cs[0], rng), "CARD_NUMBER", g)]),
             ("agent", ["yep"]),
             ("customer", [V(say_digits(cs[1], rng), "CARD_NUMBER", g), " then ", V(say_digits(cs[2], rng), "CARD_NUMBER", g)]),
             ("agent", ["and the four digit number above the long number on the front"]),
             ("customer", [V(say_pairs(cid, rng), "CVV")])]
    return "call/%s: amex 4-6-5 split with four digit CID said as pairs" % i, turns


def ni_spoken(ni, rng):
    p, d, s = ni
    lm = rng.choice(["plain", "plain", "nato", "for"])
    dig = rng.choice(["single", "pairs", "single"])
    ds = say_digits(d, rng, doubles=rng.random() < 0.4) if dig == "single" else say_pairs(d, rng)
    sm = rng.choice(["plain", lm])
    return " ".join([say_letter(p[0], rng, lm), say_letter(p[1], rng, lm), ds, say_letter(s, rng, sm)]), lm + "/" + dig


def ni_typed(ni, rng):
    p, d, s = ni
    k = rng.randint(0, 6)
    forms = [p + " " + d[:2] + " " + d[2:4] + " " + d[4:] + " " + s,
             p + d + s,
             (p + d + s).lower(),
             p + "-" + d[:2] + "-" + d[2:4] + "-" + d[4:] + "-" + s,
             p.lower() + " " + d + " " + s.lower(),
             p + " " + d + " " + s,
             p[0] + p[1].lower() + d[:2] + " " + d[2:4] + " " + d[4:] + s]
    return forms[k]


def p_call_ni(rng):
    ni = gen_ni(rng)
    sp, how = ni_spoken(ni, rng)
    who = pick(rng, ["government services", "banking", "insurance", "utilities"])
    turns = [("agent", [pick(rng, ["can i take your national insurance number please",
                                   "and for security your n i number",
                                   "what's your national insurance number"])]),
             ("customer", [pick(rng, ["yeah it's ", "it's ", "uh ", "hang on it's on the letter ", ""]), V(sp, "NI_NUMBER")]),
             ("agent", [pick(rng, ["thank you", "lovely thanks", "okay one moment"])])]
    return "call/%s: NI number spoken in one turn (%s)" % (who, how), turns


def p_call_ni_split(rng):
    ni = gen_ni(rng)
    p, d, s = ni
    g = newgroup()
    lm = rng.choice(["plain", "for", "nato"])
    turns = [("agent", ["could i have your national insurance number"]),
             ("customer", [pick(rng, ["so it starts ", "it's ", ""]),
                           V(say_letter(p[0], rng, lm) + " " + say_letter(p[1], rng, lm), "NI_NUMBER", g)]),
             ("agent", [pick(rng, BACK)]),
             ("customer", [V(say_pairs(d, rng) if rng.random() < 0.5 else say_digits(d, rng), "NI_NUMBER", g)]),
             ("agent", ["and the letter at the end"]),
             ("customer", [pick(rng, ["", "it's ", "just "]), V(say_letter(s, rng, rng.choice(["plain", "for"])), "NI_NUMBER", g)])]
    note = "call/government services: NI number split prefix/digits/suffix across turns"
    if rng.random() < 0.5:
        turns.append(("agent", ["so that's ", V(say_letter(p[0], rng, "plain") + " " + say_letter(p[1], rng, "plain") + " " +
                                                say_digits(d, rng, False) + " " + s.lower(), "NI_NUMBER"), " yeah"]))
        turns.append(("customer", ["that's right"]))
        note += "; agent reads it back"
    return note, turns


def p_chat_ni(rng):
    ni = gen_ni(rng)
    t = ni_typed(ni, rng)
    k = rng.randint(0, 3)
    if k == 0:
        turns = [("agent", ["To verify, please type your National Insurance number."]),
                 ("customer", [V(t, "NI_NUMBER")])]
    elif k == 1:
        turns = [("customer", ["hi my NI no is ", V(t, "NI_NUMBER"), " and im trying to find out about my state pension forecast"])]
    elif k == 2:
        turns = [("customer", ["Ive been asked for my national insurance for the claim, it's ", V(t, "NI_NUMBER"), " thanks"]),
                 ("agent", ["Thank you, I can see the claim now."])]
    else:
        turns = [("customer", ["NINO: ", V(t, "NI_NUMBER"), "\nref on letter: " + policy_ref(rng)])]
    return "chat/government services: NI number typed as %r style" % re.sub(r"[A-Za-z]", "a", re.sub(r"\d", "9", t)), turns


def p_call_ni_dob_postcode(rng):
    ni = gen_ni(rng)
    sp, how = ni_spoken(ni, rng)
    d, m, y = gen_dob(rng)
    out, inw = gen_uk_postcode(rng)
    turns = [("agent", ["hmrc helpline to get started can i take your national insurance number"]),
             ("customer", [V(sp, "NI_NUMBER")]),
             ("agent", ["and your date of birth"]),
             ("customer", [V(say_dob(d, m, y, rng), "DOB")]),
             ("agent", ["and the postcode we'd have for you"]),
             ("customer", [pick(rng, ["", "it's "]), V(say_postcode(out, inw, rng), "POSTCODE")])]
    return "call/government services: NI (%s), DOB and UK postcode in security questions" % how, turns


def p_call_sort_acc(rng):
    sc = gen_sort(rng)
    acc = gen_account(rng)
    k = rng.randint(0, 2)
    sc_s = [say_pairs(sc, rng), say_digits(sc, rng), say_pair(sc[:2]) + " " + say_pair(sc[2:4]) + " " + say_pair(sc[4:])][k]
    acc_s = say_digits(acc, rng) if rng.random() < 0.6 else say_pairs(acc, rng)
    i = pick(rng, ["banking", "utilities", "insurance", "telecom"])
    if rng.random() < 0.5:
        turns = [("agent", ["to set up the direct debit i'll need the sort code and account number"]),
                 ("customer", ["sort code is ", V(sc_s, "SORT_CODE")]),
                 ("agent", [pick(rng, BACK)]),
                 ("customer", ["and the account number ", V(acc_s, "BANK_ACCOUNT")])]
        note = "call/%s: sort code then account number in separate turns" % i
    else:
        turns = [("agent", ["which account would you like the refund paid into"]),
                 ("customer", [pick(rng, ["", "right "]), V(sc_s, "SORT_CODE"), " ", pick(rng, ["and then", "then the account is", "account"]), " ",
                               V(acc_s, "BANK_ACCOUNT")])]
        note = "call/%s: sort code and account number back-to-back in one turn" % i
    return note, turns


def p_call_acc_split(rng):
    acc = gen_account(rng)
    g = newgroup()
    sc = gen_sort(rng)
    turns = [("agent", ["can you read me the account number"]),
             ("customer", [V(say_digits(acc[:4], rng), "BANK_ACCOUNT", g), pick(rng, ["", " um"])]),
             ("agent", ["yep"]),
             ("customer", [V(say_digits(acc[4:], rng), "BANK_ACCOUNT", g)]),
             ("agent", ["and the sort code"]),
             ("customer", [V(sc[:2], "SORT_CODE"), " ", pick(rng, ["dash", ""]), " ", V(say_pair(sc[2:4]), "SORT_CODE", None), " ", V(say_pair(sc[4:]), "SORT_CODE")])]
    # make the sort code one group
    g2 = newgroup()
    a = say_pair(sc[:2])
    turns[5] = ("customer", [V(a, "SORT_CODE", g2), " ", V(say_pair(sc[2:4]) + " " + say_pair(sc[4:]), "SORT_CODE", g2)]) \
        if rng.random() < 0.3 else ("customer", [V(a + " " + say_pair(sc[2:4]) + " " + say_pair(sc[4:]), "SORT_CODE")])
    return "call/banking: account number split in halves across turns, sort code as pairs", turns


def p_chat_sort_acc(rng):
    sc = gen_sort(rng)
    acc = gen_account(rng)
    sct = rng.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:], sc[:2] + "." + sc[2:4] + "." + sc[4:]])
    k = rng.randint(0, 2)
    if k == 0:
        turns = [("customer", ["Sort code ", V(sct, "SORT_CODE"), " acc no ", V(acc, "BANK_ACCOUNT")])]
    elif k == 1:
        turns = [("agent", ["Which account should we refund?"]),
                 ("customer", ["s/c ", V(sct, "SORT_CODE"), "\na/c ", V(acc, "BANK_ACCOUNT")])]
    else:
        turns = [("customer", ["please pay the £" + str(rng.randint(10, 90)) + ".50 refund into ", V(acc, "BANK_ACCOUNT"), " (sort ", V(sct, "SORT_CODE"), ")"])]
    return "chat/banking: sort code typed %r with account number" % re.sub(r"\d", "9", sct), turns


def p_iban(rng):
    spoken = rng.random() >= 0.55
    iban = gen_iban(rng, rng.choice(["IE", "IE", "GB", "GB", "DE", "NL"]) if spoken else None, spoken)
    if not spoken:
        shown = rng.choice([iban_groups(iban), iban, iban_groups(iban).lower()])
        turns = [("agent", ["Could you send the IBAN for the refund?"]),
                 ("customer", [pick(rng, ["IBAN ", "here: ", "its "]), V(shown, "IBAN"), pick(rng, ["", " (" + rng.choice(["joint account", "my current account", "savings"]) + ")"])])]
        return "chat/banking: %s IBAN typed" % iban[:2], turns
    g = newgroup()
    grp = [iban[k:k + 4] for k in range(0, len(iban), 4)]
    half = len(grp) // 2
    sp1 = " ".join(say_alnum(x, rng, rng.choice(["plain", "plain", "for"])) for x in grp[:half])
    sp2 = " ".join(say_alnum(x, rng, "plain") for x in grp[half:])
    turns = [("agent", ["okay and the i ban for the account please"]),
             ("customer", [V(sp1, "IBAN", g)]),
             ("agent", [pick(rng, BACK)]),
             ("customer", [V(sp2, "IBAN", g)])]
    return "call/banking: %s IBAN spelled out over two turns" % iban[:2], turns


def p_call_phone(rng):
    if rng.random() < 0.55:
        p, kind = gen_uk_phone(rng)
        c = "UK"
    else:
        p, kind = gen_ie_phone(rng)
        c = "IE"
    sp = say_phone(p, kind, rng)
    i, co = ind(rng)
    k = rng.randint(0, 2)
    if k == 0:
        turns = [("agent", ["what's the best number to reach you on"]),
                 ("customer", [pick(rng, ["it's ", "my mobile ", "uh ", ""]), V(sp, "PHONE")])]
    elif k == 1:
        g = newgroup()
        w = sp.split()
        cut = len(w) // 2
        turns = [("agent", ["and a contact number"]),
                 ("customer", [V(" ".join(w[:cut]), "PHONE", g)]),
                 ("agent", [pick(rng, BACK)]),
                 ("customer", [V(" ".join(w[cut:]), "PHONE", g)])]
    else:
        turns = [("customer", ["can you ring me back after half five on ", V(sp, "PHONE"), " cos i'm in work till then"]),
                 ("agent", ["no problem i'll pop a note on"])]
    return "call/%s: %s phone number spoken (%s)" % (i, c, "split" if k == 1 else "one turn"), turns


def p_chat_phone(rng):
    r = rng.random()
    if r < 0.45:
        p, kind = gen_uk_phone(rng)
    elif r < 0.85:
        p, kind = gen_ie_phone(rng)
    else:
        p = gen_us_phone(rng)
        kind = "us"
    if kind == "us":
        t = rng.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:])])
    else:
        t = fmt_phone_typed(p, kind, rng)
    i, co = ind(rng)
    turns = [("customer", [pick(rng, ["pls call me on ", "my number changed its now ", "Contact no: ", "you can text "]), V(t, "PHONE"),
                           pick(rng, ["", " thanks", " after 6pm", " - ask for " + rng.choice(FIRST).capitalize()])])]
    return "chat/%s: phone typed as %r" % (i, re.sub(r"\d", "9", t)), turns


def p_call_email(rng):
    local, d, tld = gen_email(rng)
    sp = say_email(local, d, tld, rng)
    i, co = ind(rng)
    turns = [("agent", ["and an email address for the confirmation"]),
             ("customer", [pick(rng, ["yeah it's ", "it's ", ""]), V(sp, "EMAIL")])]
    note = "call/%s: email spoken with 'dot'/'at'" % i
    if rng.random() < 0.5:
        turns.append(("agent", ["sorry was that ", V(sp, "EMAIL")]))
        turns.append(("customer", ["yeah that's it"]))
        note += ", agent reads it back"
    return note, turns


def p_chat_email(rng):
    local, d, tld = gen_email(rng)
    e = local + "@" + d + "." + tld
    if rng.random() < 0.3:
        e = e.upper() if rng.random() < 0.3 else e.capitalize()
    i, co = ind(rng)
    turns = [("customer", [pick(rng, ["email is ", "send it to ", "my email: ", "can u update my email to "]), V(e, "EMAIL"),
                           pick(rng, ["", " please", ". ta"])])]
    return "chat/%s: typed email" % i, turns


def uk_address(rng):
    n = rng.randint(1, 240)
    st = rng.choice(UK_STREETS)
    if rng.random() < 0.2:
        return "Flat %d, %d %s" % (rng.randint(1, 12), n, st), "flat " + num_words(rng.randint(1, 12)) + " " + num_words(n) + " " + st.lower()
    return "%d %s" % (n, st), num_words(n) + " " + st.lower()


def p_call_address(rng):
    typed, spoken = uk_address(rng)
    out, inw = gen_uk_postcode(rng)
    i, co = ind(rng)
    town = rng.choice(UK_TOWNS).lower()
    k = rng.randint(0, 1)
    if k == 0:
        turns = [("agent", ["can i confirm the first line of the address and the postcode"]),
                 ("customer", [V(spoken, "ADDRESS"), " ", town]),
                 ("agent", [pick(rng, BACK)]),
                 ("customer", [V(say_postcode(out, inw, rng), "POSTCODE")])]
    else:
        turns = [("agent", ["what's the address for the engineer visit"]),
                 ("customer", ["it's ", V(spoken, "ADDRESS"), " in " + town + " ", V(say_postcode(out, inw, rng), "POSTCODE")])]
    return "call/%s: UK street address (house number in words) and spoken postcode" % i, turns


def p_chat_address(rng):
    typed, spoken = uk_address(rng)
    out, inw = gen_uk_postcode(rng)
    pc = rng.choice([out + " " + inw, out + inw, (out + " " + inw).lower()])
    town = rng.choice(UK_TOWNS)
    i, co = ind(rng)
    turns = [("customer", ["new address is ", V(typed, "ADDRESS"), ", " + town + ", ", V(pc, "POSTCODE")]),
             ("agent", ["Thanks, I've updated that for you."])]
    return "chat/%s: typed UK address with postcode %r" % (i, re.sub(r"[A-Za-z]", "A", re.sub(r"\d", "9", pc))), turns


def p_eircode(rng):
    key, uid = gen_eircode(rng)
    n = rng.randint(1, 150)
    st = rng.choice(IE_STREETS)
    town = rng.choice(IE_TOWNS)
    if rng.random() < 0.5:
        ec = rng.choice([key + " " + uid, key + uid, (key + " " + uid).lower()])
        turns = [("customer", ["Hi, moving house - new address ", V("%d %s" % (n, st), "ADDRESS"), ", " + town + ", Eircode ", V(ec, "POSTCODE")])]
        return "chat/utilities: Irish address with Eircode typed", turns
    sp = say_alnum(key, rng, rng.choice(["plain", "for"])) + " " + say_alnum(uid, rng, "plain")
    turns = [("agent", ["and the eircode for the property"]),
             ("customer", [pick(rng, ["", "it's ", "yeah "]), V(sp, "POSTCODE")]),
             ("agent", ["and the first line of the address"]),
             ("customer", [V(num_words(n) + " " + st.lower(), "ADDRESS"), " " + town.lower()])]
    return "call/utilities: Irish Eircode spoken letter by letter then the street address", turns


def p_us_ssn_call(rng):
    a, b, c = gen_ssn(rng)
    k = rng.randint(0, 2)
    zero = zero_word(rng)
    if k == 0:
        sp = say_digits(a + b + c, rng, zero=zero)
    elif k == 1:
        sp = say_digits(a, rng, zero=zero) + " " + say_digits(b, rng, zero=zero) + " " + say_pairs(c, rng)
    else:
        sp = say_digits(a, rng, False) + " dash " + say_digits(b, rng, False) + " dash " + say_digits(c, rng, False)
    zipc = "%05d" % rng.randint(10001, 99950)
    i = pick(rng, ["banking", "insurance", "healthcare billing", "government services", "telecom"])
    turns = [("agent", ["for verification can i get your social security number"]),
             ("customer", [pick(rng, ["sure it's ", "yeah ", "okay "]), V(sp, "SSN")]),
             ("agent", ["and the zip code on the account"]),
             ("customer", [V(say_digits(zipc, rng, zero=zero), "POSTCODE")])]
    return "call/%s (US): SSN spoken and ZIP code" % i, turns


def p_us_ssn_split(rng):
    a, b, c = gen_ssn(rng)
    g = newgroup()
    d, m, y = gen_dob(rng)
    turns = [("agent", ["what's your social"]),
             ("customer", [V(say_digits(a, rng), "SSN", g)]),
             ("agent", [pick(rng, BACK)]),
             ("customer", [V(say_digits(b, rng), "SSN", g)]),
             ("agent", [pick(rng, BACK)]),
             ("customer", [V(say_digits(c, rng) if rng.random() < 0.5 else say_pairs(c, rng), "SSN", g)]),
             ("agent", ["and date of birth"]),
             ("customer", [V(MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y, rng), "DOB")])]
    return "call/healthcare billing (US): SSN split 3-2-4 across turns, then DOB", turns


def p_us_ssn_chat(rng):
    a, b, c = gen_ssn(rng)
    t = rng.choice([a + "-" + b + "-" + c, a + " " + b + " " + c, a + b + c, a + "." + b + "." + c])
    zipc = "%05d" % rng.randint(10001, 99950)
    if rng.random() < 0.4:
        zipc += "-%04d" % rng.randint(1, 9999)
    n = rng.randint(100, 9999)
    st = rng.choice(US_STREETS)
    city, state = rng.choice(US_CITIES)
    k = rng.randint(0, 2)
    if k == 0:
        turns = [("customer", ["SSN ", V(t, "SSN"), ", zip ", V(zipc, "POSTCODE")])]
    elif k == 1:
        turns = [("agent", ["Please confirm your Social Security number and mailing address."]),
                 ("customer", [V(t, "SSN"), " / ", V("%d %s" % (n, st), "ADDRESS"), ", %s, %s " % (city, state), V(zipc, "POSTCODE")])]
    else:
        d, mm, y = gen_dob(rng)
        turns = [("customer", ["my ssn is ", V(t, "SSN"), " and dob ", V(typed_dob(d, mm, y, rng, us=True), "DOB")])]
    return "chat/insurance (US): SSN typed %r" % re.sub(r"\d", "9", t), turns


def p_ssn_readback(rng):
    a, b, c = gen_ssn(rng)
    sp = say_digits(a + b + c, rng, doubles=True)
    turns = [("customer", ["my social is ", V(say_digits(a + b + c, rng, False), "SSN")]),
             ("agent", ["let me just repeat that ", V(sp, "SSN"), " correct"]),
             ("customer", ["correct"])]
    return "call/banking (US): SSN with agent read-back using double/triple", turns


def p_dob(rng):
    d, m, y = gen_dob(rng)
    i, co = ind(rng)
    if rng.random() < 0.55:
        turns = [("agent", ["can you confirm your date of birth"]),
                 ("customer", [pick(rng, ["yeah it's ", "", "it's "]), V(say_dob(d, m, y, rng), "DOB")])]
        return "call/%s: DOB spoken" % i, turns
    turns = [("customer", [pick(rng, ["DOB ", "date of birth: ", "born "]), V(typed_dob(d, m, y, rng), "DOB")])]
    return "chat/%s: DOB typed" % i, turns


def p_mixed_policy_ni(rng):
    ni = gen_ni(rng)
    pol = policy_ref(rng)
    sp, how = ni_spoken(ni, rng)
    pol_sp = say_alnum(pol, rng, "plain")
    turns = [("agent", ["thistle insurance can i take the policy number"]),
             ("customer", ["it's " + pol_sp]),
             ("agent", ["thanks and for the claim we need your national insurance number too"]),
             ("customer", ["oh right okay it's ", V(sp, "NI_NUMBER"), " and the claim is for about four hundred pounds"])]
    return "call/insurance: policy number (not PII) followed by NI number (%s) and a money amount" % how, turns


def p_mixed_two_values(rng):
    ni = gen_ni(rng)
    p, kind = gen_uk_phone(rng)
    turns = [("agent", ["can i take your ni number and a contact number"]),
             ("customer", [V(ni_spoken(ni, rng)[0], "NI_NUMBER"), " and my number's ", V(say_phone(p, kind, rng), "PHONE")])]
    return "call/government services: NI number and phone number in the same turn", turns


def p_card_with_meter(rng):
    card = gen_card(rng, rng.choice(["visa", "mc"]))
    reading = "%05d" % rng.randint(1000, 99999)
    turns = [("customer", ["the meter reading is " + say_digits(reading, rng, False) + " and i want to pay the bill now"]),
             ("agent", ["okay the bill's sixty three pounds twenty what card are you using"]),
             ("customer", [V(" ".join(say_digits(c, rng) for c in chunks(card)), "CARD_NUMBER")])]
    return "call/utilities: meter reading (not PII) then card number", turns


def p_card_homophone(rng):
    card = gen_card(rng, "visa")
    cs = chunks(card)
    # ASR homophones: 'for' for four, 'to' for two, 'ate' for eight
    homo = {"4": "for", "2": "to", "8": "ate"}
    words = []
    for c in cs:
        w = []
        for ch in c:
            if ch in homo and rng.random() < 0.5:
                w.append(homo[ch])
            else:
                w.append("oh" if ch == "0" else ONES[int(ch)])
        words.append(" ".join(w))
    turns = [("agent", ["and the card number please"]),
             ("customer", [V(" ".join(words), "CARD_NUMBER")])]
    return "call/retail: card number with ASR homophones ('for', 'to', 'ate')", turns


def p_ni_chat_split(rng):
    ni = gen_ni(rng)
    p, d, s = ni
    g = newgroup()
    turns = [("customer", ["ni number is ", V(p + " " + d[:2], "NI_NUMBER", g)]),
             ("customer", [V(d[2:4] + " " + d[4:] + " " + s, "NI_NUMBER", g)]),
             ("customer", ["sorry pressed enter too early"])]
    return "chat/government services: NI number split across two chat messages", turns


def p_phone_us_call(rng):
    p = gen_us_phone(rng)
    sp = say_digits(p[:3], rng, False) + " " + say_digits(p[3:6], rng) + " " + say_pairs(p[6:], rng)
    turns = [("agent", ["what's a good callback number"]),
             ("customer", [pick(rng, ["it's ", "area code "]), V(sp, "PHONE")])]
    return "call/telecom (US): phone with area code, last four as pairs", turns


def p_iban_call_ie(rng):
    iban = gen_iban(rng, "IE", True)
    sp = say_alnum(iban[:2], rng, "plain") + " " + say_pairs(iban[2:4], rng) + " " + \
        say_alnum(iban[4:8], rng, "plain") + " " + say_digits(iban[8:14], rng) + " " + say_digits(iban[14:], rng)
    turns = [("agent", ["and the iban"]),
             ("customer", ["it's ", V(sp, "IBAN")])]
    return "call/travel: Irish IBAN spoken in one turn", turns


def p_expiry_cvv_call(rng):
    m, y = gen_expiry(rng)
    cvv = gen_cvv(rng)
    turns = [("agent", ["and what's the expiry on the card"]),
             ("customer", [pick(rng, ["end of ", "", "valid till "]), V(say_expiry(m, y, rng), "EXPIRY")]),
             ("agent", ["and the three digit security code"]),
             ("customer", [V(say_digits(cvv, rng), "CVV"), pick(rng, ["", " that's on the back"])])]
    return "call/travel: expiry and CVV only (card taken earlier)", turns


def p_ni_homophones(rng):
    ni = gen_ni(rng)
    p, d, s_ = ni
    sp = say_letter(p[0], rng, "homo") + " " + say_letter(p[1], rng, "homo") + " " + \
        (say_pairs(d, rng) if rng.random() < 0.5 else say_digits(d, rng)) + " " + say_letter(s_, rng, "homo")
    turns = [("agent", ["and your national insurance number please"]),
             ("customer", [pick(rng, ["yeah ", "", "it's "]), V(sp, "NI_NUMBER")])]
    return "call/government services: NI number where the ASR wrote letters as homophones ('tea', 'why', 'see')", turns


def p_ni_filler(rng):
    ni = gen_ni(rng)
    p, d, s_ = ni
    lm = rng.choice(["plain", "for", "homo"])
    sp = say_letter(p[0], rng, lm) + " " + say_letter(p[1], rng, lm) + " " + say_digits(d[:3], rng) + " " + \
        pick(rng, ["um", "uh", "erm"]) + " " + say_digits(d[3:], rng) + " " + say_letter(s_, rng, "plain")
    turns = [("agent", ["can i take your n i number"]),
             ("customer", ["hang on let me find it right it's ", V(sp, "NI_NUMBER"), pick(rng, ["", " i think", " yeah"])])]
    return "call/banking: NI number with a filler word in the middle of the digits", turns


def p_postcode_split(rng):
    out, inw = gen_uk_postcode(rng)
    g = newgroup()
    mode = rng.choice(["plain", "for", "homo"])
    typed, spoken = uk_address(rng)
    turns = [("agent", ["what's the postcode there"]),
             ("customer", [V(say_alnum(out, rng, mode, pairs=rng.random() < 0.5), "POSTCODE", g)]),
             ("agent", [pick(rng, BACK)]),
             ("customer", [V(say_alnum(inw, rng, mode), "POSTCODE", g)]),
             ("agent", ["and the house number and street"]),
             ("customer", [V(spoken, "ADDRESS")])]
    return "call/retail: UK postcode split outward/inward across turns, then street address", turns


def p_card_filler(rng):
    card = gen_card(rng, rng.choice(["visa", "mc"]))
    cs = chunks(card)
    f = pick(rng, ["um", "uh", "sorry", "erm"])
    sp = " ".join(say_digits(c, rng) for c in cs[:2]) + " " + f + " " + " ".join(say_digits(c, rng) for c in cs[2:])
    turns = [("agent", ["go ahead with the long card number"]),
             ("customer", [V(sp, "CARD_NUMBER"), pick(rng, ["", " got it", " that's the one"])]),
             ("agent", ["thank you and the name on the card"]),
             ("customer", [rng.choice(FIRST) + " " + rng.choice(LAST)])]
    return "call/retail: card number with a filler word inside the reading", turns


def p_sort_readback(rng):
    sc = gen_sort(rng)
    acc = gen_account(rng)
    turns = [("customer", [V(say_pairs(sc, rng), "SORT_CODE"), " and the account number is ", V(say_digits(acc, rng), "BANK_ACCOUNT")]),
             ("agent", ["let me read that back sort code ", V(say_pair(sc[:2]) + " " + say_pair(sc[2:4]) + " " + say_pair(sc[4:]), "SORT_CODE"),
                        " account ", V(say_digits(acc, rng, False), "BANK_ACCOUNT"), " yeah"]),
             ("customer", ["spot on"])]
    return "call/insurance: sort code and account then agent reads both back", turns


def p_ie_card_eircode(rng):
    card = gen_card(rng, rng.choice(["visa", "mc"]))
    key, uid = gen_eircode(rng)
    turns = [("agent", ["and the card billing address eircode"]),
             ("customer", [V(say_alnum(key, rng, "plain") + " " + say_alnum(uid, rng, "plain"), "POSTCODE")]),
             ("agent", ["grand and the card number"]),
             ("customer", [V(" ".join(say_digits(c, rng, zero="o") for c in chunks(card)), "CARD_NUMBER"), " and it's a debit card"])]
    return "call/travel (IE): Eircode for billing then card number with 'o' for zero", turns


def p_phone_readback(rng):
    p, kind = gen_uk_phone(rng) if rng.random() < 0.6 else gen_ie_phone(rng)
    turns = [("customer", ["the best number is ", V(say_digits(p, rng, False), "PHONE")]),
             ("agent", ["so that's ", V(say_digits(p, rng, True), "PHONE"), " yeah"]),
             ("customer", ["yeah that's it"])]
    return "call/telecom: UK/IE phone number and agent read-back with doubles", turns


def p_chat_multi(rng):
    ni = gen_ni(rng)
    d, m, y = gen_dob(rng)
    out, inw = gen_uk_postcode(rng)
    pc = rng.choice([out + " " + inw, out + inw, (out + " " + inw).lower()])
    sep = rng.choice([", ", " / ", "\n", "; "])
    turns = [("agent", ["To pass security please give your NI number, date of birth and postcode."]),
             ("customer", [V(ni_typed(ni, rng), "NI_NUMBER"), sep, V(typed_dob(d, m, y, rng), "DOB"), sep, V(pc, "POSTCODE")])]
    return "chat/government services: NI, DOB and postcode in one message without labels", turns


def p_chat_ni_labels(rng):
    ni = gen_ni(rng)
    p, d, s_ = ni
    t = rng.choice(["%s %s %s %s%s" % (p.lower(), d[:2], d[2:4], d[4:], s_.lower()),
                    "%s%s %s%s %s" % (p, d[:2], d[2:4], d[4:], s_),
                    "%s %s %s %s %s" % (" ".join(p), d[:2], d[2:4], d[4:], s_)])
    acc = gen_account(rng)
    sc = gen_sort(rng)
    turns = [("customer", ["hiya, for the benefit claim - NI ", V(t, "NI_NUMBER"), ", bank ", V(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], "SORT_CODE"),
                           " ", V(acc, "BANK_ACCOUNT"), ". claim ref " + str(rng.randint(1000000, 9999999))])]
    return "chat/government services: NI with odd spacing, sort code and account in one message next to a claim reference", turns


POS_TEMPLATES = [(p_phone_readback, 1), (p_chat_multi, 2), (p_chat_ni_labels, 1),(p_ni_homophones, 2), (p_ni_filler, 2), (p_postcode_split, 1), (p_card_filler, 1),
    (p_sort_readback, 1), (p_ie_card_eircode, 1),
    (p_call_card_one_turn, 3), (p_call_card_split, 3), (p_call_card_pairs, 2), (p_call_card_correction, 1),
    (p_chat_card, 3), (p_call_amex, 1), (p_card_with_meter, 1), (p_card_homophone, 1),
    (p_call_ni, 4), (p_call_ni_split, 2), (p_chat_ni, 4), (p_call_ni_dob_postcode, 2), (p_mixed_policy_ni, 1),
    (p_mixed_two_values, 1), (p_ni_chat_split, 1),
    (p_call_sort_acc, 3), (p_call_acc_split, 1), (p_chat_sort_acc, 2), (p_iban, 2), (p_iban_call_ie, 1),
    (p_call_phone, 3), (p_chat_phone, 2), (p_phone_us_call, 1),
    (p_call_email, 2), (p_chat_email, 1), (p_call_address, 2), (p_chat_address, 2), (p_eircode, 2),
    (p_us_ssn_call, 3), (p_us_ssn_split, 2), (p_us_ssn_chat, 3), (p_ssn_readback, 1),
    (p_dob, 2), (p_expiry_cvv_call, 1),
]

# --------------------------------------------------------------------------
# negative templates
# --------------------------------------------------------------------------


def n_money(rng):
    a = rng.randint(12, 2400)
    p = rng.randint(1, 99)
    if rng.random() < 0.5:
        return "call/utilities: balances and amounts spoken", [
            ("agent", ["your balance is " + num_words(a) + " pounds and " + num_words(p) + " pence"]),
            ("customer", ["and if i pay " + num_words(rng.randint(20, 200)) + " a month how long will that take"]),
            ("agent", ["about " + num_words(rng.randint(3, 18)) + " months"])]
    return "chat/retail: prices and totals typed", [
        ("customer", ["why was I charged £%d.%02d when the price was £%d.99?" % (a, p, rng.randint(5, 300))]),
        ("agent", ["Sorry about that, the difference of €%d.%02d will be refunded in 3-5 working days." % (rng.randint(1, 90), rng.randint(0, 99))])]


def n_policy_ref(rng):
    pol = policy_ref(rng)
    if rng.random() < 0.5:
        return "chat/insurance: policy number with its name", [
            ("customer", ["My policy number is " + pol + ", I need to add a driver"]),
            ("agent", ["Thanks, policy " + pol + " renews on the " + ORD[rng.randint(1, 28)] + " of " + MONTHS[rng.randint(0, 11)].capitalize() + "."])]
    return "call/insurance: policy number spoken with its name", [
        ("agent", ["can i take the policy number"]),
        ("customer", ["yeah policy number " + say_alnum(pol, rng, "plain")])]


def n_customer_number(rng):
    cn = str(rng.randint(10000000, 9999999999))
    if rng.random() < 0.5:
        return "call/telecom: customer number (reference, not bank account)", [
            ("agent", ["have you got your customer number there"]),
            ("customer", ["customer number " + say_digits(cn, rng)])]
    return "chat/utilities: customer reference typed", [
        ("customer", ["Customer ref: " + cn + " - my direct debit went out twice this month"])]


def n_meter(rng):
    r = "%05d" % rng.randint(1000, 99999)
    mpan = str(rng.randint(1000, 99999))
    if rng.random() < 0.5:
        return "call/utilities: meter reading spoken", [
            ("agent", ["what's the reading on the electric meter"]),
            ("customer", ["it says " + say_digits(r, rng, False) + " then a red number " + ONES[rng.randint(1, 9)]]),
            ("agent", ["lovely and the gas"]),
            ("customer", [say_pairs("%04d" % rng.randint(100, 9999), rng)])]
    return "chat/utilities: meter readings typed", [
        ("customer", ["Elec reading " + r + " kWh, gas " + mpan + " m3, taken 8am today"])]


def n_booking(rng):
    ref = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    fl = rng.choice(["EI", "FR", "BA", "U2", "LS"]) + str(rng.randint(10, 9999))
    if rng.random() < 0.5:
        return "chat/travel: booking reference and flight number", [
            ("customer", ["Booking ref " + ref + ", flight " + fl + " on the %d %s, can I add a bag?" % (rng.randint(1, 28), MONTHS[rng.randint(0, 11)].capitalize())]),
            ("agent", ["A 20kg bag is €%d. Shall I add it?" % rng.randint(25, 60)])]
    return "call/travel: booking reference spelled, flight number spoken", [
        ("agent", ["what's the booking reference"]),
        ("customer", [say_alnum(ref, rng, rng.choice(["plain", "for"])) + " and it's the " + say_alnum(fl[:2], rng, "plain") + " " + say_pairs(fl[2:], rng) + " to malaga"])]


def n_times(rng):
    h = rng.randint(1, 12)
    return "call/healthcare billing: appointment date and times", [
        ("agent", ["we've got the " + ORD[rng.randint(1, 31)] + " of " + MONTHS[rng.randint(0, 11)] + " at " + num_words(h) + " " + rng.choice(["fifteen", "thirty", "forty five", "o'clock"])]),
        ("customer", ["i finish work at half " + num_words(rng.randint(2, 6)) + " could you do later"]),
        ("agent", ["the latest is " + num_words(rng.randint(17, 19)) + " hundred"])]


def n_invoice(rng):
    inv = str(rng.randint(100000, 9999999))
    return "chat/retail: invoice and order numbers with their names", [
        ("customer", ["Invoice INV-%s and order #%d, you charged me twice" % (inv, rng.randint(100000, 99999999))]),
        ("agent", ["I can see order %d; ticket %d has been raised." % (rng.randint(100000, 99999999), rng.randint(100000, 9999999))])]


def n_claim(rng):
    c = str(rng.randint(1000000, 9999999999))
    return "call/insurance: claim number read digit by digit", [
        ("agent", ["your claim number is " + say_digits(c, rng)]),
        ("customer", ["sorry can you repeat the claim number"]),
        ("agent", ["claim number " + say_pairs(c, rng)])]


def n_years_ages(rng):
    return "call/insurance: years, ages, counts", [
        ("customer", ["i've been with you since " + say_year(rng.randint(1995, 2020), rng) + " and i'm " + num_words(rng.randint(25, 80)) + " now"]),
        ("agent", ["and how many years no claims"]),
        ("customer", [num_words(rng.randint(2, 15)) + " years and the car's a " + say_year(rng.randint(2008, 2023), rng) + " model"])]


def n_tariff(rng):
    return "chat/telecom: speeds, data, percentages, contract dates", [
        ("customer", ["I was promised %d Mbps but only get %d. Contract started %02d/%02d/%d" % (
            rng.choice([100, 500, 900]), rng.randint(5, 80), rng.randint(1, 28), rng.randint(1, 12), rng.randint(2022, 2026))]),
        ("agent", ["Sorry - I can offer %d%% off for %d months plus %dGB extra data." % (rng.randint(10, 50), rng.randint(3, 24), rng.randint(5, 100))])]


def n_model(rng):
    return "chat/retail: model and SKU numbers", [
        ("customer", ["my washing machine model WM%d-%d stopped at error code E%d" % (rng.randint(1000, 9999), rng.randint(10, 99), rng.randint(10, 99))]),
        ("agent", ["Thanks, part number %d is in stock at £%d.%02d" % (rng.randint(100000, 999999), rng.randint(10, 99), rng.randint(0, 99))])]


def n_room_temp(rng):
    return "call/travel: room number, temperature, duration", [
        ("customer", ["hi i'm in room " + num_words(rng.randint(101, 499)) + " and the heating's stuck at " + num_words(rng.randint(26, 31)) + " degrees"]),
        ("agent", ["sorry about that someone will be up in about " + num_words(rng.randint(5, 30)) + " minutes"])]


def n_payment_date(rng):
    return "call/banking: payment dates and amounts (not birth dates)", [
        ("agent", ["your next payment of " + num_words(rng.randint(50, 900)) + " pounds goes out on the " + ORD[rng.randint(1, 28)] + " of " + MONTHS[rng.randint(0, 11)]]),
        ("customer", ["can we move it to the " + ORD[rng.randint(1, 28)] + " that's when i get paid"])]


def n_council(rng):
    ref = str(rng.randint(10000000, 99999999))
    return "call/government services: council tax account reference (named) and band", [
        ("agent", ["can i have your council tax reference"]),
        ("customer", ["council tax reference " + say_digits(ref, rng)]),
        ("agent", ["thanks that's band " + rng.choice("ABCDEF").lower() + " at " + num_words(rng.randint(1200, 2400)) + " pounds for the year in ten instalments"])]


def n_mprn(rng):
    return "chat/utilities: Irish MPRN-style meter point reference with its name", [
        ("customer", ["MPRN %d, reading %d, I'm on the %d%% discount" % (rng.randint(10000000, 99999999), rng.randint(10000, 99999), rng.randint(5, 20))])]


def n_partial_counts(rng):
    return "call/retail: quantities and counts", [
        ("customer", ["i ordered " + num_words(rng.randint(2, 12)) + " boxes and only " + num_words(rng.randint(1, 2)) + " arrived"]),
        ("agent", ["i can see " + num_words(rng.randint(3, 6)) + " parcels on the system the last one weighs " + num_words(rng.randint(2, 20)) + " kilos"])]


def n_ticket(rng):
    t = str(rng.randint(100000, 99999999))
    return "chat/telecom: ticket number", [
        ("agent", ["I've logged this under ticket " + t + ". An engineer will call between 8am and 1pm on Tuesday."]),
        ("customer", ["ok ticket %s, thanks. is it still £%d for the callout" % (t, rng.randint(30, 120))])]


def n_pin_less(rng):
    return "call/banking: duration, interest rate, number of transactions", [
        ("customer", ["the transfer's taken " + num_words(rng.randint(3, 10)) + " days"]),
        ("agent", ["i can see " + num_words(rng.randint(2, 9)) + " pending transactions and the rate on the saver is " + num_words(rng.randint(1, 5)) + " point " + num_words(rng.randint(1, 9)) + " percent"])]


def n_membership(rng):
    m = str(rng.randint(1000000, 99999999))
    return "call/healthcare billing: membership number spoken with its name", [
        ("agent", ["what's your membership number"]),
        ("customer", ["membership number is " + say_digits(m, rng)]),
        ("agent", ["and the treatment cost " + num_words(rng.randint(60, 600)) + " euro"])]


def n_energy_rates(rng):
    return "chat/utilities: unit rates, standing charges, kWh usage", [
        ("agent", ["Your unit rate is %d.%02dp per kWh and the standing charge is %d.%02dp per day." % (rng.randint(20, 30), rng.randint(0, 99), rng.randint(40, 60), rng.randint(0, 99))]),
        ("customer", ["I only used %d kWh in %s, why is the bill £%d.%02d" % (rng.randint(150, 450), MONTHS[rng.randint(0, 11)].capitalize(), rng.randint(60, 300), rng.randint(0, 99))])]


def n_case_ref(rng):
    ref = str(rng.randint(1000000, 99999999))
    return "call/telecom: complaint case reference spoken as pairs", [
        ("agent", ["i'll give you a case reference for that it's " + say_pairs(ref, rng)]),
        ("customer", ["case reference " + say_digits(ref, rng) + " okay got it"])]


def n_parcel(rng):
    ref = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + str(rng.randint(10000000, 99999999))
    return "chat/retail: parcel tracking reference named as such", [
        ("customer", ["Tracking number %s says delivered at 14:%02d but nothing came" % (ref, rng.randint(0, 59))])]


def n_dd_date(rng):
    return "call/banking: direct debit date and mortgage term", [
        ("customer", ["can the direct debit come out on the " + ORD[rng.randint(1, 28)] + " instead of the " + ORD[rng.randint(1, 28)]]),
        ("agent", ["yes and you've got " + num_words(rng.randint(5, 30)) + " years left on the mortgage at " + num_words(rng.randint(2, 6)) + " point " + num_words(rng.randint(1, 9)) + " percent"])]


def n_tax_code(rng):
    code = "%d%s" % (rng.choice([1257, 1185, 1100, 1060, 500]), rng.choice(["L", "M", "N", "T"]))
    return "chat/government services: PAYE tax code and tax year (not an NI number)", [
        ("customer", ["my tax code changed to %s %s for the %d/%02d tax year, is that right?" % (code, rng.choice(["(emergency)", "", "now"]), 2025, 26)]),
        ("agent", ["The personal allowance is £12,570 so %s is the standard code." % code])]


def n_price_pairs(rng):
    a, b = rng.randint(20, 60), rng.randint(10, 99)
    c, d = a + rng.randint(2, 9), rng.randint(10, 99)
    return "call/telecom: monthly prices said as number pairs", [
        ("customer", ["my bill's gone up from " + num_words(a) + " " + num_words(b) + " to " + num_words(c) + " " + num_words(d) + " a month"]),
        ("agent", ["yes that's the " + num_words(rng.randint(3, 9)) + " point " + num_words(rng.randint(1, 9)) + " percent price rise from april"])]


def n_callback_time(rng):
    return "call/banking: callback time and day, number of attempts", [
        ("customer", ["can you call me back at " + rng.choice(["quarter to four", "half past two", "ten past eleven", "twenty to six"]) + " on " + rng.choice(["monday", "thursday", "friday"])]),
        ("agent", ["yes i'll book it in you've called " + num_words(rng.randint(2, 5)) + " times this week so i'll mark it urgent"])]


def n_booking_digits(rng):
    ref = str(rng.randint(10000000, 99999999))
    return "call/travel: numeric booking reference read with its name, nights and guests", [
        ("agent", ["i've got booking reference " + say_digits(ref, rng) + " for " + num_words(rng.randint(2, 7)) + " nights"]),
        ("customer", ["that's it " + num_words(rng.randint(2, 4)) + " adults and " + num_words(rng.randint(2, 3)) + " kids"])]


NEG_TEMPLATES = [n_tax_code, n_price_pairs, n_callback_time, n_booking_digits, n_energy_rates, n_case_ref, n_parcel, n_dd_date, n_money, n_policy_ref, n_customer_number, n_meter, n_booking, n_times, n_invoice,
                 n_claim, n_years_ages, n_tariff, n_model, n_room_temp, n_payment_date, n_council,
                 n_mprn, n_partial_counts, n_ticket, n_pin_less, n_membership]

# --------------------------------------------------------------------------
# generation
# --------------------------------------------------------------------------


def generate():
    _gid[0] = 0
    rng = random.Random(SEED)
    records, groups = [], []
    bag = []
    for f, w in POS_TEMPLATES:
        bag += [f] * w
    pos = 0
    while True:
        order = bag[:]
        rng.shuffle(order)
        for f in order:
            note, turns = f(rng)
            rec, g = build(note, turns)
            pos += 1
            records.append(({"id": "%s-pos-%03d" % (PREFIX, pos), "kind": "positive", **rec}, g))
        counts = Counter(s["type"] for r, _ in records for s in r["spans"])
        if pos >= MIN_POS + 10 and all(counts[t] >= MIN_SPANS[t] + 6 for t in TYPES):
            break
    neg = 0
    while neg < MIN_NEG + 30:
        order = NEG_TEMPLATES[:]
        rng.shuffle(order)
        for f in order:
            note, turns = f(rng)
            rec, g = build(note, turns)
            neg += 1
            records.append(({"id": "%s-neg-%03d" % (PREFIX, neg), "kind": "negative", **rec}, g))
    out = []
    for rec, g in records:
        out.append({"id": rec["id"], "kind": rec["kind"], "turns": rec["turns"], "spans": rec["spans"], "note": rec["note"]})
        groups.append(g)
    return out, groups


def dump(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------
WORD_NUM = {w: str(i) for i, w in enumerate(ONES)}
WORD_NUM.update({"oh": "0", "o": "0", "nought": "0", "for": "4", "to": "2", "ate": "8"})
TEEN_NUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_NUM = {w: str(i) for i, w in enumerate(TENS) if w}
NATO_REV = {v: k for k, v in NATO.items()}
HOMO_REV = {v: k for k, v in LETTER_HOMO.items() if len(v) > 1 and " " not in v}
FILLERS = {"um", "uh", "erm", "sorry", "dash", "hyphen", "slash", "space", "then", "and", "plus", "the", "of"}


def normalise(text, typ):
    toks = re.findall(r"[a-z]+(?:-ray)?|\d+|[@._+\-/]", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if typ == "EMAIL":
            if t == "at" or t == "@":
                out.append("@"); i += 1; continue
            if t == "dot" or t == ".":
                out.append("."); i += 1; continue
            if t in ("underscore", "_"):
                out.append("_"); i += 1; continue
        if typ in ("NI_NUMBER", "POSTCODE", "IBAN") and t == "double" and nxt == "you":
            out.append("w"); i += 2; continue
        if t in ("double", "triple") and nxt is not None:
            v = WORD_NUM.get(nxt, nxt)
            out.append(v * (2 if t == "double" else 3))
            i += 2
            continue
        if t == "hundred" and out:
            # "X hundred and Y"
            rest = toks[i + 1:]
            if rest[:1] == ["and"]:
                rest = rest[1:]
                val, used = _small(rest)
                out[-1] = out[-1] + "%02d" % val
                i += 2 + used
            else:
                out[-1] = out[-1] + "00"
                i += 1
            continue
        if t == "thousand" and out:
            rest = toks[i + 1:]
            if rest[:1] == ["and"]:
                rest = rest[1:]
                val, used = _small(rest)
                out[-1] = out[-1] + "%03d" % val
                i += 2 + used
            else:
                val, used = _small(rest)
                out[-1] = out[-1] + "%03d" % val
                i += 1 + used
            continue
        if t in TENS_NUM:
            if nxt in WORD_NUM and WORD_NUM[nxt] != "0" and nxt not in ("for", "to", "ate", "o", "oh", "nought"):
                out.append(TENS_NUM[t] + WORD_NUM[nxt]); i += 2; continue
            out.append(TENS_NUM[t] + "0"); i += 1; continue
        if t in TEEN_NUM:
            out.append(TEEN_NUM[t]); i += 1; continue
        if typ in ("NI_NUMBER", "POSTCODE", "IBAN") and len(t) == 1 and t.isalpha() and t != "o" and nxt == "for":
            out.append(t); i += 3; continue
        if t in WORD_NUM and not (typ == "EMAIL" and t in ("for", "to", "o")):
            out.append(WORD_NUM[t]); i += 1; continue
        if typ in ("NI_NUMBER", "POSTCODE", "IBAN") and t == "double" and nxt == "you":
            out.append("w"); i += 2; continue
        if t in HOMO_REV and typ in ("NI_NUMBER", "POSTCODE", "IBAN"):
            out.append(HOMO_REV[t]); i += 1; continue
        if t in NATO_REV and typ in ("NI_NUMBER", "POSTCODE", "IBAN"):
            out.append(NATO_REV[t]); i += 1; continue
        if t in FILLERS and typ != "EMAIL":
            i += 1; continue
        if t in "+-/._" and typ != "EMAIL":
            i += 1; continue
        out.append(t)
        i += 1
    return "".join(out).upper()


def _small(toks):
    if not toks:
        return 0, 0
    t = toks[0]
    if t in TENS_NUM:
        if len(toks) > 1 and toks[1] in ONES[1:]:
            return int(TENS_NUM[t]) * 10 + ONES.index(toks[1]), 2
        return int(TENS_NUM[t]) * 10, 1
    if t in TEEN_NUM:
        return int(TEEN_NUM[t]), 1
    if t in ONES:
        return ONES.index(t), 1
    return 0, 0


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EIR = re.compile(r"^[A-Z]\d[\dW][A-Z0-9]{4}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
STREET_WORDS = ("road", "street", "avenue", "lane", "close", "crescent", "drive", "way", "gardens",
                "view", "grove", "terrace", "bank", "kingsway", "boulevard", "court")
MONTH_RE = "(" + "|".join(m.upper() for m in MONTHS) + ")"


def validate_value(typ, text):
    n = normalise(text, typ)
    digits = re.sub(r"\D", "", n)
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n), n
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4), n
    if typ == "EXPIRY":
        return bool(re.match(r"^(0?[1-9]|1[0-2])(\d{2}|20\d{2})$", n) or re.match("^" + MONTH_RE + r"\d{2}$", n)), n
    if typ == "SSN":
        return n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9", n
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(n)) and n[:2] not in NI_BAD, n
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 12, n
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6, n
    if typ == "IBAN":
        if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", n):
            return False, n
        s = n[4:] + n[:4]
        return int("".join(str(int(c, 36)) for c in s)) % 97 == 1, n
    if typ == "PHONE":
        if n.startswith("00"):
            n = n[2:]
        return n.isdigit() and 9 <= len(n) <= 13, n
    if typ == "EMAIL":
        return bool(re.match(r"^[A-Z0-9._]+@[A-Z0-9]+(\.[A-Z]+)+$", n)), n
    if typ == "DOB":
        return bool(re.search(r"(19|20)\d\d", n) or re.search(r"\d{2}$", n)) and len(digits) >= 2, n
    if typ == "POSTCODE":
        return bool(UK_PC.match(n) or EIR.match(n) or re.match(r"^\d{5}(\d{4})?$", n)), n
    if typ == "ADDRESS":
        return bool(re.search(r"\d", n)) and any(w in text.lower() for w in STREET_WORDS), n
    return False, n


def check(records, groups, text):
    problems = []
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    counts = Counter()
    npos = nneg = 0
    for rec, grp in zip(records, groups):
        rid = rec["id"]
        if rec["kind"] == "positive":
            npos += 1
            if not rec["spans"]:
                problems.append("%s: positive without spans" % rid)
        else:
            nneg += 1
            if rec["spans"]:
                problems.append("%s: negative with spans" % rid)
        by_turn = {}
        for s in rec["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (rid, s["type"]))
            t = rec["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(t)):
                problems.append("%s: span out of range" % rid)
                continue
            if (st > 0 and t[st - 1].isalnum()) or (en < len(t) and t[en].isalnum()):
                problems.append("%s: span not on word boundary %r" % (rid, t[st:en]))
            if not (t[st].isalnum() or t[st] in "+(") or not t[en - 1].isalnum():
                problems.append("%s: span edge not alnum %r" % (rid, t[st:en]))
            by_turn.setdefault(s["turn"], []).append((st, en))
            counts[s["type"]] += 1
        for spans in by_turn.values():
            spans.sort()
            for a, b in zip(spans, spans[1:]):
                if b[0] < a[1]:
                    problems.append("%s: overlapping spans" % rid)
        # group validation
        gtext = {}
        gtype = {}
        for s, g in zip(rec["spans"], grp):
            gtext.setdefault(g, []).append(rec["turns"][s["turn"]]["text"][s["start"]:s["end"]])
            if gtype.setdefault(g, s["type"]) != s["type"]:
                problems.append("%s: mixed types in group" % rid)
        for g, parts in gtext.items():
            ok, n = validate_value(gtype[g], " ".join(parts))
            if not ok:
                problems.append("%s: invalid %s %r -> %r" % (rid, gtype[g], " ".join(parts), n))
        if rec["kind"] == "negative":
            pass
    if npos < MIN_POS:
        problems.append("too few positives %d" % npos)
    if nneg < MIN_NEG:
        problems.append("too few negatives %d" % nneg)
    for t in TYPES:
        if counts[t] < MIN_SPANS[t]:
            problems.append("too few %s spans: %d" % (t, counts[t]))
    return problems, counts, npos, nneg


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# pii_holdout117 — held-out PII redaction evaluation set

**Never use this set for tuning.** It is a held-out evaluation set; do not
adjust patterns, thresholds or models to make these cases pass.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its documentation, the benchmark script or
any other PII fixture; the only data seen was a three-line example of the
JSONL format. Cases are generated by `scripts/make_pii_holdout117.py` from
template functions: each turn is assembled from plain-text segments and
(value, TYPE) segments, so span offsets are computed, never typed by hand.
All values come from one `random.Random(%d)`; the output is byte-for-byte
reproducible. `python scripts/make_pii_holdout117.py --check` regenerates the
file, compares it byte for byte, and verifies ids, offsets, word boundaries,
non-overlap, and the validity of every value after normalising spoken forms
(Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort
codes, digit counts for CVV/phone/account, UK/Eircode/ZIP shapes).

Emphasis: UK and Irish contact centres (NI numbers spoken letter by letter,
with "x for ..." spellings and NATO words, as pairs, split over turns, typed
in many formats; sort codes and account numbers; UK/IE phone forms; UK
postcodes and Irish Eircodes; UK street addresses; card payments by phone),
plus some US cases (SSN, ZIP, US phones) and UK/IE non-PII reference numbers
(policy, customer, council tax, MPRN, meter, booking, claim, ticket, invoice,
membership numbers given with their names) as negatives.

## Annotation conventions

* A span covers only the value itself: lead-ins such as "it's", "sort code",
  "card no", "expires", "DOB" are outside the span.
* Spoken values: the span runs from the first to the last word of the value,
  including words such as "double", "triple", "for" in "b for bravo", "dash",
  "slash", "dot", "at", "plus" / "double oh" international prefixes and ASR
  homophones ("for", "to", "ate") that stand for digits, and letter
  homophones an ASR writes for spelled letters ("tea", "why", "see", "aitch",
  "double you").
* A filler said in the middle of one reading ("um", "erm", "sorry") lies
  inside the span, since the value continues after it.
* A value split over several turns is labelled as one span per turn; agent
  back-channels ("mhm", "okay go on") are not labelled. Where two pieces of
  one value sit in one turn separated by a word such as "then", each piece is
  its own span.
* Agent read-backs of a value are labelled with the same type. In a
  self-correction the misread (wrong) group is left unlabelled; only the
  corrected value is labelled.
* ADDRESS covers house/flat number and street name only; town/city and state
  are outside the span. POSTCODE covers UK postcodes, US ZIP (+4) codes and
  Irish Eircodes (labelled POSTCODE).
* DOB covers the whole date phrase ("the third of march nineteen eighty two").
* EXPIRY covers the date only ("oh three twenty seven", "03/27").
* Negatives contain no spans; anything redacted in them is a false positive.
  Non-PII numbers inside positive cases (amounts, policy numbers, meter
  readings) are unlabelled and should not be redacted.

## Counts

Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    records, groups = generate()
    text = dump(records)
    problems, counts, npos, nneg = check(records, groups, text)
    rd = readme(counts, npos, nneg)
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            problems.append("README.md differs from regenerated output")
        # also re-parse the file
        if CASES.exists():
            for ln, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
                try:
                    json.loads(line)
                except ValueError:
                    problems.append("line %d is not JSON" % ln)
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("positives=%d negatives=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    if problems:
        for p in problems[:60]:
            print("PROBLEM:", p)
        print("%d problem(s)" % len(problems))
        return 1
    print("OK" + (" (check passed)" if "--check" in sys.argv else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

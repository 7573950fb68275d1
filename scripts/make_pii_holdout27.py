#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``tests/fixtures/pii_holdout27``.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  Output is byte-for-byte reproducible (seed 27241123).

    python scripts/make_pii_holdout27.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout27.py --check  # regenerate, compare, validate
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 27241123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout27"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ----------------------------------------------------------------------------
# spoken-form helpers
# ----------------------------------------------------------------------------
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
ALTNAMES = {"b": ["bob", "beta"], "d": ["david", "dog"], "m": ["mother", "mary"],
            "s": ["sugar", "sam"], "t": ["tom", "tommy"], "p": ["peter", "paul"],
            "n": ["nancy", "nora"], "c": ["cat", "charlie"], "h": ["harry", "henry"],
            "r": ["robert", "roger"], "w": ["william", "whisky"], "e": ["edward", "echo"],
            "a": ["apple", "alpha"], "k": ["kevin", "king"], "l": ["london", "lucy"],
            "g": ["george", "golf"], "j": ["john", "jack"], "y": ["yellow", "yankee"],
            "z": ["zebra", "zulu"], "x": ["x-ray", "xylophone"]}
HOMO = {"b": "bee", "c": "see", "d": "dee", "g": "gee", "h": "aitch", "j": "jay", "k": "kay",
        "p": "pee", "r": "are", "t": "tee", "w": "double you", "y": "why", "z": "zed",
        "e": "ee", "l": "el", "m": "em", "n": "en", "s": "ess", "x": "ex", "a": "ay"}


def zero_word(rng, zero=None):
    return zero or rng.choice(["oh", "oh", "zero", "o", "nought", "oh"])


def pair_words(two, zero="oh"):
    a, b = int(two[0]), int(two[1])
    if a == 0:
        return zero + " " + (DW[b] if b else zero)
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + DW[b])


def say_digits(s, rng, doubles=0.4, zero=None, fillers=0.0):
    """Digit-by-digit reading, optionally with double/triple and fillers."""
    z = zero_word(rng, zero)
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        w = z if d == "0" else DW[int(d)]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        if run >= 3 and rng.random() < doubles:
            out.append("triple " + w)
            i += 3
        elif run >= 2 and rng.random() < doubles:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
        if fillers and i < len(s) and rng.random() < fillers:
            out.append(rng.choice(["um", "uh", "er", "erm"]))
    return " ".join(out)


def asr_homophones(text, rng, p=0.5):
    """Replace some digit words by what an ASR might write: to/too, for, ate, won."""
    toks = text.split(" ")
    out = []
    for k, t in enumerate(toks):
        prev = out[-1] if out else ""
        if t == "two" and rng.random() < p:
            t = rng.choice(["to", "too"])
        elif t == "four" and prev not in ("o", "double", "triple") and rng.random() < p:
            t = "for"
        elif t == "eight" and rng.random() < p:
            t = "ate"
        elif t == "one" and rng.random() < p * 0.4:
            t = "won"
        out.append(t)
    return " ".join(out)


def say_pairs(s, rng, zero=None):
    z = zero_word(rng, zero)
    parts = []
    i = 0
    if len(s) % 2:
        parts.append(z if s[0] == "0" else DW[int(s[0])])
        i = 1
    while i < len(s):
        parts.append(pair_words(s[i:i + 2], z))
        i += 2
    return " ".join(parts)


def say_groups(groups, rng, mode=None, zero=None):
    z = zero_word(rng, zero)
    res = []
    for g in groups:
        m = mode or rng.choice(["digits", "digits", "pairs"])
        if m == "pairs" and len(g) % 2 == 0:
            res.append(say_pairs(g, rng, z))
        else:
            res.append(say_digits(g, rng, zero=z))
    # avoid "... eighty" + "one ..." which would read as eighty-one
    for k in range(1, len(res)):
        if res[k - 1].split()[-1] in TENS[2:] and res[k].split()[0] in DW[1:]:
            res[k - 1] = say_digits(groups[k - 1], rng, zero=z)
    return res


def say_letter(ch, rng, style=None):
    c = ch.lower()
    style = style or rng.choice(["plain", "nato", "for", "homo"])
    if c == "o" and style in ("plain", "homo"):
        return "o for " + rng.choice(["oscar", "orange"])  # a bare "o" would be heard as zero
    if style == "plain":
        return c
    if style == "nato":
        return NATO[c]
    if style == "for":
        return c + " for " + rng.choice(ALTNAMES.get(c, [NATO[c]]))
    return HOMO.get(c, c)


def say_alnum(s, rng, lstyle=None, zero=None):
    z = zero_word(rng, zero)
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(z if ch == "0" else DW[int(ch)])
        elif ch.isalpha():
            out.append(say_letter(ch, rng, lstyle))
    return " ".join(out)


# ----------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------
def digits(n, rng, first=None):
    s = first if first is not None else str(rng.randint(1, 9))
    return s + "".join(str(rng.randint(0, 9)) for _ in range(n - len(s)))


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def card(rng, kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "visa19", "maestro"])
    if kind == "visa":
        body, n = "4" + digits(14, rng, first=str(rng.randint(0, 9))), 16
    elif kind == "visa19":
        body, n = "4" + digits(17, rng, first=str(rng.randint(0, 9))), 19
    elif kind == "mc":
        body, n = str(rng.randint(51, 55)) + digits(13, rng, first=str(rng.randint(0, 9))), 16
    elif kind == "amex":
        body, n = rng.choice(["34", "37"]) + digits(12, rng, first=str(rng.randint(0, 9))), 15
    else:
        body, n = rng.choice(["6759", "6763"]) + digits(11, rng, first=str(rng.randint(0, 9))), 16
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    if len(num) == 19:
        return [num[i:i + 4] for i in range(0, 16, 4)] + [num[16:]]
    return [num[i:i + 4] for i in range(0, 16, 4)]


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + digits(6, rng, first=str(rng.randint(0, 9))) + rng.choice("ABCD")


def sort_code(rng):
    return rng.choice(["20", "40", "30", "60", "11", "09", "77", "83", "52", "90", "93"]) + digits(4, rng, first=str(rng.randint(0, 9)))


def account(rng, n=8):
    return digits(n, rng, first=str(rng.randint(0, 9)))


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban(rng, cc=None):
    cc = cc or rng.choice(["GB", "IE", "IE", "DE", "FR", "NL", "ES", "IT", "BE", "PT", "AT"])
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(14, rng, first=str(rng.randint(0, 9)))
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + digits(14, rng, first="9")
    elif cc == "DE":
        bban = digits(18, rng)
    elif cc == "FR":
        bban = digits(23, rng, first="3")
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + digits(10, rng, first="0")
    elif cc == "ES":
        bban = digits(20, rng, first="2")
    elif cc == "IT":
        bban = rng.choice("XKLMNP") + digits(22, rng, first="0")
    elif cc == "BE":
        bban = digits(12, rng)
    elif cc == "PT":
        bban = digits(21, rng, first="0")
    else:  # AT
        bban = digits(16, rng)
    return cc + iban_check(cc, bban) + bban


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16,
            "PT": 25, "AT": 20}


def iban_groups(v):
    return [v[i:i + 4] for i in range(0, len(v), 4)]


def uk_mobile(rng):
    return "07" + rng.choice(["7", "8", "9", "4", "5"]) + digits(8, rng, first=str(rng.randint(0, 9)))


def uk_landline(rng):
    return rng.choice(["020", "0161", "0113", "0131", "0141", "0117", "029", "0121", "028"])


def phone(rng, kind):
    """returns (typed, digit string for speech)"""
    if kind == "ukmob":
        d = uk_mobile(rng)
        t = rng.choice(["%s %s", "%s%s", "%s-%s"]) % (d[:5], d[5:])
        return t, d
    if kind == "ukmob_intl":
        d = uk_mobile(rng)
        t = rng.choice(["+44 %s %s %s" % (d[1:5], d[5:8], d[8:]), "+44%s" % d[1:],
                        "0044 %s %s" % (d[1:5], d[5:]), "+44 (0)%s %s" % (d[1:5], d[5:])])
        return t, "44" + d[1:]
    if kind == "ukland":
        area = uk_landline(rng)
        rest = digits(11 - len(area), rng, first=str(rng.randint(2, 8)))
        d = area + rest
        if len(area) == 3:
            t = "%s %s %s" % (area, rest[:4], rest[4:])
        else:
            t = "%s %s %s" % (area, rest[:3], rest[3:])
        return t, d
    if kind == "iemob":
        d = "08" + rng.choice("35679") + digits(7, rng, first=str(rng.randint(1, 9)))
        t = rng.choice(["%s %s %s" % (d[:3], d[3:6], d[6:]), "%s %s" % (d[:3], d[3:]),
                        "+353 %s %s %s" % (d[1:3], d[3:6], d[6:]), "(%s) %s-%s" % (d[:3], d[3:6], d[6:])])
        if t.startswith("+353"):
            return t, "353" + d[1:]
        return t, d
    if kind == "ieland":
        d = "01" + digits(7, rng, first=str(rng.randint(2, 9)))
        t = rng.choice(["%s %s %s" % (d[:2], d[2:5], d[5:]), "+353 1 %s %s" % (d[2:5], d[5:])])
        if t.startswith("+353"):
            return t, "353" + d[1:]
        return t, d
    if kind == "fr":
        d = "0" + rng.choice("67") + digits(8, rng, first=str(rng.randint(1, 9)))
        if rng.random() < 0.5:
            return "+33 " + " ".join([d[1]] + [d[i:i + 2] for i in range(2, 10, 2)]), "33" + d[1:]
        return " ".join(d[i:i + 2] for i in range(0, 10, 2)), d
    if kind == "de":
        d = "01" + rng.choice(["51", "52", "60", "70", "76"]) + digits(8, rng, first=str(rng.randint(1, 9)))
        if rng.random() < 0.5:
            return "+49 %s %s" % (d[1:4], d[4:]), "49" + d[1:]
        return "%s %s" % (d[:4], d[4:]), d
    if kind == "es":
        d = "6" + digits(8, rng, first=str(rng.randint(0, 9)))
        return "+34 %s %s %s" % (d[:3], d[3:6], d[6:]), "34" + d
    if kind == "us":
        d = str(rng.randint(2, 9)) + digits(9, rng, first=str(rng.randint(0, 9)))
        t = rng.choice(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                        "%s.%s.%s" % (d[:3], d[3:6], d[6:]), "+1 %s %s %s" % (d[:3], d[3:6], d[6:])])
        if t.startswith("+1"):
            return t, "1" + d
        return t, d
    raise ValueError(kind)


FIRST = ["sean", "aoife", "ciara", "niamh", "conor", "james", "emma", "oliver", "sophie", "liam",
         "grace", "harry", "chloe", "darragh", "siobhan", "tom", "megan", "lukas", "marie", "pierre",
         "anna", "jan", "sofia", "marco", "fiona", "rhys", "bethan", "callum", "isla", "declan"]
LAST = ["murphy", "kelly", "obrien", "walsh", "smith", "jones", "taylor", "brown", "wilson", "byrne",
        "ryan", "doyle", "evans", "hughes", "mcdonald", "schmidt", "muller", "dubois", "rossi",
        "devries", "garcia", "kowalski", "nolan", "clarke", "patel", "khan", "fitzgerald", "owens"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.ie", "eircom.net", "outlook.com", "btinternet.com",
           "icloud.com", "gmx.de", "orange.fr", "live.ie", "sky.com", "virginmedia.com", "web.de"]


def email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randint(0, 5)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l
    elif style == 2:
        local = f + l + str(rng.randint(70, 99))
    elif style == 3:
        local = f + "_" + l
    elif style == 4:
        local = l + "." + f[0]
    else:
        local = f + str(rng.randint(1, 9)) + str(rng.randint(0, 9))
    return local, rng.choice(DOMAINS)


def say_email(local, domain, rng):
    parts = []
    for tok in re.split(r"([._])", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok:
            m = re.match(r"([a-z]+)(\d*)$", tok)
            word, num = m.group(1), m.group(2)
            if len(word) == 1:
                parts.append(word)
            else:
                parts.append(word)
            if num:
                parts.append(say_pairs(num, rng) if len(num) == 2 and rng.random() < 0.6 else say_digits(num, rng, doubles=0))
    parts.append("at")
    parts.append(" dot ".join(domain.split(".")))
    return " ".join(parts)


STREETS = ["Willow Crescent", "Kings Road", "Ashgrove Avenue", "Church Lane",
           "Station Road", "Oakfield Drive", "Victoria Terrace", "Mill Lane", "Park View",
           "Castle Street", "Meadow Close", "Harbour Road", "Elm Grove", "Abbey Way",
           "High Street", "Beech Park", "Queens Gardens", "Riverside Walk", "Cedar Court"]
STREETS_IE = ["Clonskeagh Road", "Griffith Avenue", "Main Street", "Oakpark Drive", "Church Road",
              "Fairgreen Terrace", "Beech Park", "Shandon Street", "Strand Road"]
STREETS_US = ["Maple Avenue", "Sunset Boulevard", "Lakeview Drive", "Cedar Court", "Oak Street",
              "Washington Avenue", "Pine Lane", "Elm Street"]
STREET_SUFFIX = ["crescent", "road", "avenue", "street", "lane", "view", "close", "drive",
                 "terrace", "grove", "way", "park", "gardens", "boulevard", "court", "walk"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Belfast", "Norwich",
            "Sheffield", "Brighton", "Swansea", "York", "Derby"]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Drogheda", "Sligo", "Kilkenny", "Tralee", "Dundalk"]

PC_AREAS = ["LS", "M", "BS", "CF", "G", "BT", "NR", "S", "BN", "SA", "YO", "DE", "SW", "EC",
            "N", "E", "W", "B", "L", "NE", "EH", "CB", "RG", "KT", "TW", "HP", "B", "M"]
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"
AREA_TOWN = {"LS": "Leeds", "M": "Manchester", "BS": "Bristol", "CF": "Cardiff", "G": "Glasgow",
             "BT": "Belfast", "NR": "Norwich", "S": "Sheffield", "BN": "Brighton", "SA": "Swansea",
             "YO": "York", "DE": "Derby", "SW": "London", "EC": "London", "N": "London", "E": "London",
             "W": "London", "B": "Birmingham", "L": "Liverpool", "NE": "Newcastle", "EH": "Edinburgh",
             "CB": "Cambridge", "RG": "Reading", "KT": "Kingston", "TW": "Twickenham", "HP": "Aylesbury"}


def town_for(outward):
    return AREA_TOWN[re.match(r"[A-Z]+", outward).group(0)]


def postcode(rng):
    a = rng.choice(PC_AREAS)
    kind = rng.random()
    if a in ("SW", "EC", "W", "E", "N") and kind < 0.3:
        out = a + (str(rng.randint(1, 4)) if a == "EC" else "1") + rng.choice("ABCHMNPRVWY")
    elif kind < 0.6:
        out = a + str(rng.randint(1, 28))
    else:
        out = a + str(rng.randint(1, 9))
    inn = str(rng.randint(0, 9)) + rng.choice(PC_IN) + rng.choice(PC_IN)
    return out, inn


def zip_code(rng):
    z = "%05d" % rng.randint(1001, 99950)
    if rng.random() < 0.25:
        return z + "-" + "%04d" % rng.randint(1, 9999)
    return z


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def say_year(y, rng):
    if y >= 2000:
        return rng.choice(["two thousand and " + DW[y - 2000] if y < 2010 else "twenty " + pair_words(str(y)[2:]),
                           "two thousand " + (DW[y - 2000] if y < 2010 else pair_words(str(y)[2:]))])
    return pair_words(str(y)[:2]) + " " + pair_words(str(y)[2:], rng.choice(["oh", "o"]))


def dob(rng, style, us=False):
    y, m, d = rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28)
    if style == "typed":
        f = rng.choice(["%02d/%02d/%04d", "%d/%d/%04d", "%02d.%02d.%04d", "%02d-%02d-%02d"])
        a, b = (m, d) if us else (d, m)
        yy = y if "%04d" in f else y % 100
        return f % (a, b, yy)
    if style == "typedword":
        return rng.choice(["%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                           "%s %d %d" % (MONTHS[m - 1][:3].capitalize(), d, y),
                           "%d%s %s %d" % (d, "th" if 3 < d < 21 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"),
                                           MONTHS[m - 1].capitalize(), y)])
    # spoken
    s = rng.randint(0, 3)
    if s == 0:
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y, rng))
    if s == 1:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y, rng))
    if s == 2:
        return "%s %s %s" % (ORD[d], MONTHS[m - 1], say_year(y, rng))
    dd, mm = "%02d" % d, "%02d" % m
    return "%s %s %s" % (say_digits(dd, rng, doubles=0), say_digits(mm, rng, doubles=0),
                         say_pairs(str(y)[2:], rng) if rng.random() < 0.5 else say_year(y, rng))


def expiry(rng, style):
    m, y = rng.randint(1, 12), rng.randint(26, 32)
    if style == "typed":
        return rng.choice(["%02d/%02d", "%02d/20%02d", "%02d-%02d", "%02d / %02d", "%02d%02d"]) % (m, y)
    s = rng.randint(0, 3)
    if s == 0:
        return "%s %s" % (say_digits("%02d" % m, rng, doubles=0), pair_words(str(y)))
    if s == 1:
        return "%s twenty %s" % (MONTHS[m - 1], pair_words(str(y)))
    if s == 2:
        return "%s slash %s" % (say_digits("%02d" % m, rng, doubles=0), say_digits(str(y), rng, doubles=0))
    return "%s %s" % (MONTHS[m - 1], pair_words(str(y)))


def cvv(rng, n=3):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


# ----------------------------------------------------------------------------
# case assembly
# ----------------------------------------------------------------------------
def build(turn_specs):
    turns, spans = [], []
    for ti, (spk, segs) in enumerate(turn_specs):
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                if typ == "DOB" and val.startswith("the "):  # article stays outside the span
                    text += "the "
                    val = val[4:]
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += seg
        turns.append({"speaker": spk, "text": text})
    return turns, spans


A, C = "agent", "customer"


def pick(rng, xs):
    return rng.choice(xs)


# ---------------------------- positive templates ---------------------------

def p_chat_card_full(rng):
    num = card(rng)
    g = card_groups(num)
    sep = pick(rng, [" ", " ", "-", "", "  "])
    typed = sep.join(g)
    if rng.random() < 0.3:
        typed = " ".join([num[:4], num[4:8], num[8:]]) if len(num) == 16 else typed
    exp = expiry(rng, "typed")
    c = cvv(rng, 4 if len(num) == 15 else 3)
    opener = pick(rng, ["hiya, want to pay my bill", "Hi there - I need to settle the arrears on my gas account",
                        "hello can i pay the outstanding £84.20 now", "Need to renew my travel insurance policy, paying by card",
                        "hi, paying for order 5531920 please"])
    ind = pick(rng, ["utilities", "insurance", "travel", "retail", "telecom"])
    return build([
        (C, [opener]),
        (A, ["Sure, please type the long card number, expiry and security code."]),
        (C, [pick(rng, ["card ", "Card no. ", "its ", "", "number: "]), (typed, "CARD_NUMBER"),
             pick(rng, [" exp ", ", expiry ", " expires ", " / exp: "]), (exp, "EXPIRY"),
             pick(rng, [" cvv ", ", security code ", " sec code: ", " and the 3 digits on the back are "]), (c, "CVV")]),
    ]), "chat/%s: card, expiry and CVV typed in one message (sep %r)" % (ind, sep)


def p_call_card_oneturn(rng):
    num = card(rng)
    z = zero_word(rng)
    spoken = " ".join(say_groups(card_groups(num), rng, mode="digits", zero=z))
    ind = pick(rng, ["banking", "telecom", "retail", "travel"])
    return build([
        (A, [pick(rng, ["okay and what's the long number on the front of the card", "right can i take the card number please",
                        "go ahead with the sixteen digits when you're ready"])]),
        (C, [pick(rng, ["yeah it's ", "okay so ", "right it's ", "um ", ""]), (spoken, "CARD_NUMBER")]),
        (A, ["lovely thank you and the expiry date"]),
        (C, [pick(rng, ["it's ", "", "expires "]), (expiry(rng, "spoken"), "EXPIRY")]),
    ]), "call/%s: card read digit by digit in one turn, zero as '%s', doubles" % (ind, z)


def p_call_card_split(rng):
    num = card(rng)
    groups = say_groups(card_groups(num), rng)
    specs = [(A, [pick(rng, ["okay when you're ready the card number", "can i take the long card number please"])])]
    bcs = ["mhm", "yep", "okay go on", "yeah", "uh huh", "got that", "right"]
    for i, g in enumerate(groups):
        pre = pick(rng, ["", "", "right ", "okay ", "then "]) if i else pick(rng, ["it's ", "okay ", ""])
        post = pick(rng, ["", "", " um", ""])
        specs.append((C, [pre, (g, "CARD_NUMBER"), post]))
        if i < len(groups) - 1:
            specs.append((A, [pick(rng, bcs)]))
    specs.append((A, ["and the three digit security code on the back"]))
    c = cvv(rng)
    specs.append((C, [pick(rng, ["", "that's ", "it's "]), (say_digits(c, rng), "CVV")]))
    return build(specs), "call/%s: card split over %d customer turns with back-channels, groups in digits or pairs, CVV" % (
        pick(rng, ["insurance", "utilities", "healthcare billing", "retail"]), len(groups))


def p_call_card_pairs(rng):
    num = card(rng, pick(rng, ["visa", "mc"]))
    spoken = say_pairs(num, rng)
    return build([
        (A, ["and the card number please"]),
        (C, ["so it's ", (spoken, "CARD_NUMBER")]),
        (A, ["okay and the expiry"]),
        (C, [(expiry(rng, "spoken"), "EXPIRY"), pick(rng, [" i think", "", " yeah"])]),
        (A, ["and the last three on the back the security number"]),
        (C, [(say_digits(cvv(rng), rng), "CVV")]),
    ]), "call/%s: card read in two-digit pairs ('forty one eleven'), expiry, CVV" % pick(rng, ["telecom", "travel", "banking"])


def p_call_card_repeat(rng):
    num = card(rng)
    a = " ".join(say_groups(card_groups(num), rng, mode="digits"))
    b = " ".join(say_groups(card_groups(num), rng))
    return build([
        (A, ["can i take the card number"]),
        (C, [(a, "CARD_NUMBER"), " wait sorry i'm not sure i read that right let me do it again"]),
        (A, ["no problem take your time"]),
        (C, [pick(rng, ["okay ", "right so ", ""]), (b, "CARD_NUMBER")]),
        (A, ["perfect that matches thank you"]),
    ]), "call/retail: customer reads full card twice, second reading mixes digits and pairs"


def p_call_card_readback(rng):
    num = card(rng)
    cust = " ".join(say_groups(card_groups(num), rng, mode="digits"))
    ag = ", ".join(say_groups(card_groups(num), rng, mode="digits"))
    return build([
        (C, ["the card number is ", (cust, "CARD_NUMBER")]),
        (A, ["let me just read that back to you ", (ag, "CARD_NUMBER"), " is that right"]),
        (C, ["yes that's it and it's for the £120 deposit"]),
    ]), "call/travel: agent reads the full card back with commas; deposit amount unlabelled"


def p_chat_card_messy(rng):
    num = card(rng, pick(rng, ["visa", "mc", "amex"]))
    g = card_groups(num)
    typed = pick(rng, [".", " . ", "/", "_"]).join(g) if rng.random() < 0.5 else " ".join(g)
    return build([
        (C, ["my card got declined twice for the £" + str(rng.randint(10, 300)) + "." + "%02d" % rng.randint(0, 99)
             + " payment, can u check it? its ", (typed, "CARD_NUMBER"), " thx"]),
        (A, ["I'm sorry to hear that. Can you confirm the expiry date on the card?"]),
        (C, ["exp ", (expiry(rng, "typed"), "EXPIRY")]),
    ]), "chat/banking: card typed with unusual separators after an amount, expiry"


def p_chat_card_split_msgs(rng):
    num = card(rng, "visa")
    g = card_groups(num)
    return build([
        (C, [(g[0] + " " + g[1], "CARD_NUMBER")]),
        (C, [(g[2], "CARD_NUMBER")]),
        (C, [(g[3], "CARD_NUMBER"), " sorry hit enter too early"]),
        (A, ["No worries! And the CVV please?"]),
        (C, [(cvv(rng), "CVV")]),
    ]), "chat/telecom: card typed across three consecutive customer messages"


def p_call_card_fillers(rng):
    num = card(rng)
    spoken = say_digits(num, rng, fillers=0.15)
    return build([
        (A, ["right the card number please"]),
        (C, ["okay hang on i need my glasses ", (spoken, "CARD_NUMBER")]),
        (A, ["thank you and the expiry date on that"]),
        (C, ["um ", (expiry(rng, "spoken"), "EXPIRY"), " and the code on the back is ", (say_digits(cvv(rng), rng), "CVV")]),
    ]), "call/utilities: card digit by digit with filler words inside the reading; expiry and CVV in one turn"


def p_chat_ssn(rng):
    s = ssn(rng)
    typed = pick(rng, ["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
    return build([
        (A, ["To verify your identity, please provide your Social Security number."]),
        (C, [pick(rng, ["sure its ", "SSN: ", "ok ", "my ssn is "]), (typed, "SSN"),
             pick(rng, ["", " thanks", ". I've been waiting 45 minutes btw"])]),
    ]), "chat/%s: US SSN typed" % pick(rng, ["banking", "insurance", "healthcare billing", "government services"])


def p_call_ssn(rng):
    s = ssn(rng)
    mode = pick(rng, ["digits", "groups", "pairs"])
    if mode == "digits":
        spoken = say_digits(s, rng)
    elif mode == "groups":
        spoken = " ".join(say_groups([s[:3], s[3:5], s[5:]], rng, mode="digits"))
    else:
        spoken = say_digits(s[:3], rng) + " " + say_pairs(s[3:5], rng) + " " + say_pairs(s[5:], rng)
    return build([
        (A, [pick(rng, ["and can i get your social security number", "i'll need the social to pull up the account",
                        "for verification what's your social"])]),
        (C, [pick(rng, ["yeah it's ", "sure ", "okay ", ""]), (spoken, "SSN")]),
        (A, ["thank you one moment"]),
    ]), "call/%s: US SSN spoken (%s)" % (pick(rng, ["banking", "healthcare billing", "insurance", "government services"]), mode)


def p_call_ssn_split(rng):
    s = ssn(rng)
    return build([
        (A, ["okay the social security number"]),
        (C, [(say_digits(s[:3], rng), "SSN")]),
        (A, ["mhm"]),
        (C, [(say_digits(s[3:5], rng, doubles=0), "SSN")]),
        (A, ["okay"]),
        (C, [(say_digits(s[5:], rng), "SSN"), pick(rng, ["", " that's it", " and it's for my wife's claim too"])]),
    ]), "call/insurance: SSN split 3-2-4 across customer turns"


def p_call_ssn_readback(rng):
    s = ssn(rng)
    return build([
        (C, ["my social is ", (say_digits(s, rng), "SSN")]),
        (A, ["so that's ", (" ".join(say_groups([s[:3], s[3:5], s[5:]], rng, mode="digits")), "SSN"), " correct"]),
        (C, ["correct"]),
    ]), "call/banking: SSN given and read back by agent"


def p_ssn_with_dob(rng):
    s = ssn(rng)
    return build([
        (A, ["can you confirm your date of birth and social"]),
        (C, ["date of birth ", (dob(rng, "spoken"), "DOB"), " and social ", (say_digits(s, rng), "SSN")]),
    ]), "call/healthcare billing: DOB and SSN in one customer turn"


def ni_typed(v, rng):
    f = pick(rng, ["{p} {a} {b} {c} {s}", "{p}{a}{b}{c}{s}", "{p}{a}{b}{c} {s}", "{p} {a}{b}{c} {s}", "{p}-{a}-{b}-{c}-{s}",
                   "{p} {d} {e} {s}", "{sp}", "{p}.{a}.{b}.{c}.{s}"])
    t = f.format(p=v[:2], a=v[2:4], b=v[4:6], c=v[6:8], s=v[8], d=v[2:5], e=v[5:8], sp=" ".join(v))
    return t.lower() if rng.random() < 0.3 else t


def ni_spoken(v, rng, lstyle=None, dmode=None):
    ls = lstyle or pick(rng, ["plain", "nato", "for", "homo", "mixed"])
    if ls == "mixed":
        letters = [say_letter(ch, rng) for ch in v[:2]]
        suffix = say_letter(v[8], rng)
    else:
        letters = [say_letter(ch, rng, ls) for ch in v[:2]]
        suffix = say_letter(v[8], rng, ls)
    dm = dmode or pick(rng, ["digits", "pairs", "digits"])
    if dm == "pairs":
        ds = say_pairs(v[2:8], rng)
    else:
        ds = say_digits(v[2:8], rng)
    if v[0] == v[1] and rng.random() < 0.5:
        lp = "double " + letters[0]
    else:
        lp = " ".join(letters)
    return lp, ds, suffix, ls, dm


def p_chat_ni(rng):
    v = ni(rng)
    return build([
        (A, ["Could you confirm your National Insurance number please?"]),
        (C, [pick(rng, ["its ", "NI no: ", "", "yeah it's ", "NINO "]), (ni_typed(v, rng), "NI_NUMBER"),
             pick(rng, ["", " cheers", ". Claim ref is 40021877", " - thanks"])]),
    ]), "chat/government services: UK NI number typed"


def p_call_ni(rng):
    v = ni(rng)
    lp, ds, suf, ls, dm = ni_spoken(v, rng)
    return build([
        (A, [pick(rng, ["and your national insurance number please", "can i take your n i number",
                        "what's your national insurance number"])]),
        (C, [pick(rng, ["yeah it's ", "okay it's ", "right ", ""]), (lp + " " + ds + " " + suf, "NI_NUMBER")]),
        (A, ["thank you"]),
    ]), "call/government services: NI number spoken, letters %s, digits %s" % (ls, dm)


def p_call_ni_split(rng):
    v = ni(rng)
    lp, ds, suf, ls, dm = ni_spoken(v, rng)
    d1, d2 = v[2:5], v[5:8]
    return build([
        (A, ["okay can i take your national insurance"]),
        (C, ["yeah it starts ", (lp, "NI_NUMBER")]),
        (A, ["yep"]),
        (C, [(say_digits(d1, rng), "NI_NUMBER")]),
        (A, ["mhm"]),
        (C, [(say_digits(d2, rng), "NI_NUMBER")]),
        (A, ["and the letter at the end"]),
        (C, [(suf, "NI_NUMBER")]),
    ]), "call/government services: NI number split over four customer turns, letters %s" % ls


def p_call_ni_readback(rng):
    v = ni(rng)
    lp, ds, suf, ls, dm = ni_spoken(v, rng, lstyle="plain")
    lp2, ds2, suf2, _, _ = ni_spoken(v, rng, lstyle="nato", dmode="digits")
    return build([
        (C, ["it's ", (lp + " " + ds + " " + suf, "NI_NUMBER")]),
        (A, ["so that's ", (lp2 + " " + ds2 + " " + suf2, "NI_NUMBER"), " yeah"]),
        (C, ["yes"]),
    ]), "call/banking: NI spoken plainly and read back in NATO alphabet"


def p_ni_benefits(rng):
    v = ni(rng)
    lp, ds, suf, ls, dm = ni_spoken(v, rng)
    pc_o, pc_i = postcode(rng)
    return build([
        (A, ["for security can i have your national insurance number and postcode"]),
        (C, ["national insurance is ", (lp + " " + ds + " " + suf, "NI_NUMBER"), " and the postcode is ",
             (say_alnum(pc_o + pc_i, rng), "POSTCODE")]),
        (A, ["thank you I can see the payment of £" + str(rng.randint(80, 400)) + " went out on the " + ORD[rng.randint(1, 28)]]),
    ]), "call/government services: NI and spoken postcode in one turn; payment amount/date unlabelled"


def p_chat_ni_in_sentence(rng):
    v = ni(rng)
    return build([
        (C, ["Hi I started a new job on 3 March and my payslip shows emergency tax code 1257L. My NI number is ",
             (ni_typed(v, rng), "NI_NUMBER"), " - can you update it?"]),
        (A, ["Thanks, I'll look into that now."]),
    ]), "chat/government services: NI inside a long message with a tax code and a date (unlabelled)"


def p_chat_bank(rng):
    sc, acc = sort_code(rng), account(rng)
    sct = pick(rng, ["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s", "%s\u2013%s\u2013%s", "%s.%s.%s"]) % (sc[:2], sc[2:4], sc[4:])
    return build([
        (A, ["Please send the sort code and account number you'd like the refund paid to."]),
        (C, [pick(rng, ["sort code ", "s/c ", "Sort: "]), (sct, "SORT_CODE"), pick(rng, [" acc ", ", account number ", " a/c ", "\naccount "]),
             (acc, "BANK_ACCOUNT")]),
    ]), "chat/%s: UK sort code and account typed" % pick(rng, ["utilities", "retail", "insurance", "banking"])


def say_sort_code(sc, rng):
    parts = []
    for k in range(0, 6, 2):
        pr = sc[k:k + 2]
        if pr[0] == pr[1] and rng.random() < 0.6:
            parts.append("double " + ("oh" if pr[0] == "0" else DW[int(pr[0])]))
        else:
            parts.append(pair_words(pr, "oh"))
    return " ".join(parts)


def p_call_bank(rng):
    sc, acc = sort_code(rng), account(rng)
    r = rng.random()
    scs = say_pairs(sc, rng) if r < 0.35 else (say_sort_code(sc, rng) if r < 0.7 else say_digits(sc, rng))
    accs = say_digits(acc, rng) if rng.random() < 0.6 else say_pairs(acc, rng)
    return build([
        (A, ["what's the sort code"]),
        (C, [pick(rng, ["it's ", "", "um "]), (scs, "SORT_CODE")]),
        (A, ["and the account number"]),
        (C, [(accs, "BANK_ACCOUNT")]),
        (A, ["great i'll set the direct debit up for the " + ORD[rng.randint(1, 28)] + " of each month"]),
    ]), "call/utilities: sort code and account spoken; direct debit date unlabelled"


def p_call_account_split(rng):
    sc, acc = sort_code(rng), account(rng)
    z = zero_word(rng)
    return build([
        (A, ["and the account number"]),
        (C, [(say_digits(acc[:4], rng), "BANK_ACCOUNT")]),
        (A, ["okay go on"]),
        (C, [(say_digits(acc[4:], rng), "BANK_ACCOUNT")]),
        (A, ["and the sort code was"]),
        (C, [(say_digits(sc[:2], rng, doubles=0, zero=z), "SORT_CODE"), " ", (say_digits(sc[2:4], rng, doubles=0, zero=z), "SORT_CODE"), " ",
             (say_digits(sc[4:], rng, doubles=0, zero=z), "SORT_CODE")]),
    ]), "call/banking: account split over two turns, sort code as three labelled pairs in one turn"


def p_bank_two_values_one_turn(rng):
    sc, acc = sort_code(rng), account(rng)
    return build([
        (A, ["can i take the bank details for the claim payment"]),
        (C, ["yeah sort code ", (say_pairs(sc, rng), "SORT_CODE"), " account ", (say_digits(acc, rng), "BANK_ACCOUNT"),
             " it's a nationwide account"]),
        (A, ["let me read that back sort code ", (say_digits(sc, rng, doubles=0), "SORT_CODE"), " account number ",
             (say_digits(acc, rng), "BANK_ACCOUNT")]),
    ]), "call/insurance: sort code and account in one customer turn and agent readback"


def p_chat_iban(rng):
    v = iban(rng)
    g = iban_groups(v)
    typed = pick(rng, [" ".join(g), v, " ".join(g).lower(), v[:4] + " " + v[4:]])
    return build([
        (A, ["Please provide the IBAN for the refund."]),
        (C, [pick(rng, ["IBAN: ", "here ", "its ", ""]), (typed, "IBAN"), pick(rng, ["", " (joint account)", " thanks!"])]),
    ]), "chat/%s: %s IBAN typed" % (pick(rng, ["travel", "retail", "banking", "insurance"]), v[:2])


def p_call_iban(rng):
    cc = pick(rng, ["IE", "GB", "DE", "NL", "FR", "ES", "BE"])
    v = iban(rng, cc)
    ls = pick(rng, ["plain", "nato", "for", "mixed"])
    parts = []
    for grp in iban_groups(v):
        parts.append(say_alnum(grp, rng, None if ls == "mixed" else ls))
    if rng.random() < 0.5:
        specs = [(A, ["and the iban"]), (C, ["it's ", (" ".join(parts), "IBAN")])]
    else:
        specs = [(A, ["okay read me the iban in groups of four"])]
        for i, p in enumerate(parts):
            specs.append((C, [(p, "IBAN")]))
            if i < len(parts) - 1:
                specs.append((A, [pick(rng, ["mhm", "yep", "okay", "got it"])]))
    return build(specs), "call/%s: %s IBAN spoken, letters %s" % (pick(rng, ["banking", "travel", "utilities"]), cc, ls)


def p_iban_in_email_chat(rng):
    v = iban(rng, pick(rng, ["IE", "DE", "IT", "PT", "AT"]))
    return build([
        (C, ["Hallo, I moved to Dublin and need to change my direct debit. New IBAN ", (" ".join(iban_groups(v)), "IBAN"),
             ", old one can be closed after the 15th."]),
    ]), "chat/utilities: IBAN mid-sentence with an unrelated date"


def p_chat_phone(rng):
    kind = pick(rng, ["ukmob", "ukmob_intl", "ukland", "iemob", "ieland", "fr", "de", "es"])
    t, _ = phone(rng, kind)
    return build([
        (A, ["What's the best number to reach you on?"]),
        (C, [pick(rng, ["", "mob ", "call me on ", "tel: ", "my number is "]), (t, "PHONE"),
             pick(rng, ["", " after 5pm", " (work)", " anytime before 6"])]),
    ]), "chat/%s: phone typed (%s)" % (pick(rng, ["telecom", "retail", "travel"]), kind)


def p_call_phone(rng):
    kind = pick(rng, ["ukmob", "ukmob", "ukland", "iemob", "ukmob_intl", "iemob"])
    _, d = phone(rng, kind)
    prefix = ""
    if d.startswith("44") or d.startswith("353"):
        cc = "44" if d.startswith("44") else "353"
        sp = "plus " + say_digits(cc, rng, doubles=0.5) + " " + say_digits(d[len(cc):], rng)
    else:
        mode = rng.random()
        if mode < 0.5:
            sp = say_digits(d, rng, doubles=0.6)
        else:
            sp = say_digits(d[:5], rng) + " " + say_groups([d[5:8], d[8:]], rng, mode="digits")[0] + " " + say_pairs(d[8:], rng) if len(d) == 11 else say_digits(d, rng)
    return build([
        (A, [pick(rng, ["and a contact number", "what's the best number for you", "can i get a mobile number in case we get cut off"])]),
        (C, [pick(rng, ["yeah it's ", "it's ", "", "um "]), (sp, "PHONE")]),
        (A, ["lovely"]),
    ]), "call/%s: phone spoken (%s) with doubles/pairs" % (pick(rng, ["telecom", "utilities", "retail", "healthcare billing"]), kind)


def p_call_phone_split(rng):
    d = uk_mobile(rng)
    return build([
        (A, ["okay and your mobile"]),
        (C, [(say_digits(d[:5], rng), "PHONE")]),
        (A, ["yep"]),
        (C, [(say_digits(d[5:8], rng), "PHONE")]),
        (A, ["mhm"]),
        (C, [(say_digits(d[8:], rng), "PHONE")]),
        (A, ["so that's ", (say_digits(d, rng, doubles=0.8), "PHONE")]),
        (C, ["that's it yeah"]),
    ]), "call/telecom: UK mobile split 5-3-3 with back-channels and agent readback"


def p_phone_us(rng):
    t, d = phone(rng, "us")
    z = zip_code(rng)
    return build([
        (A, ["Can I confirm the phone number and zip code on file?"]),
        (C, [(t, "PHONE"), ", zip ", (z, "POSTCODE")]),
    ]), "chat/retail: US phone and ZIP code typed"


def p_chat_email(rng):
    local, dom = email(rng)
    e = local + "@" + dom
    r = rng.random()
    if r < 0.15:
        e = e.upper()
    elif r < 0.4:
        e = ".".join(w.capitalize() for w in local.split(".")) + "@" + dom.capitalize()
    return build([
        (A, ["Which email address should we send the confirmation to?"]),
        (C, [pick(rng, ["", "pls send to ", "email: ", "it's "]), (e, "EMAIL"), pick(rng, ["", " ta", ". Booking for 2 adults"])]),
    ]), "chat/%s: email typed" % pick(rng, ["travel", "retail", "telecom", "insurance"])


def p_call_email(rng):
    local, dom = email(rng)
    sp = say_email(local, dom, rng)
    return build([
        (A, ["and an email address for the e-bill"]),
        (C, [pick(rng, ["yeah it's ", "it's ", "sure "]), (sp, "EMAIL")]),
        (A, ["perfect"]),
    ]), "call/%s: email spoken with 'dot' and 'at'" % pick(rng, ["utilities", "telecom", "insurance"])


def p_call_email_spelled(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom = rng.choice(DOMAINS)
    spelled = " ".join(l)
    return build([
        (A, ["what email should i use"]),
        (C, [(f + " dot " + spelled + " at " + " dot ".join(dom.split(".")), "EMAIL")]),
        (A, ["so ", f, " dot ", l, " all one word"]),
        (C, ["yeah"]),
    ]), "call/retail: email with surname spelled letter by letter"


def p_chat_dob(rng):
    return build([
        (A, ["Can you confirm your date of birth?"]),
        (C, [pick(rng, ["", "DOB ", "dob: ", "born "]), (dob(rng, pick(rng, ["typed", "typedword"])), "DOB")]),
    ]), "chat/%s: DOB typed" % pick(rng, ["banking", "healthcare billing", "insurance"])


def p_call_dob(rng):
    return build([
        (A, [pick(rng, ["and your date of birth", "can you confirm your date of birth for me", "and when were you born"])]),
        (C, [pick(rng, ["", "it's ", "yeah ", "um "]), (dob(rng, "spoken"), "DOB")]),
        (A, ["thank you"]),
    ]), "call/%s: DOB spoken" % pick(rng, ["banking", "healthcare billing", "insurance", "telecom"])


def address(rng, spoken=False, streets=None):
    n = rng.randint(1, 240)
    st = rng.choice(streets or STREETS)
    if spoken:
        ns = pick(rng, [say_pairs(str(n), rng) if len(str(n)) == 2 else (DW[n] if n < 10 else say_digits(str(n), rng, doubles=0)),
                        say_digits(str(n), rng, doubles=0)])
        s = ns + " " + st.lower()
        if rng.random() < 0.3:
            s = "flat " + DW[rng.randint(1, 9)] + " " + s
        return s
    s = "%d %s" % (n, st)
    if rng.random() < 0.25:
        s = "Flat %d, %s" % (rng.randint(1, 12), s)
    return s


def p_chat_address(rng):
    po, pi = postcode(rng)
    pct = pick(rng, [po + " " + pi, po + pi, (po + " " + pi).lower()])
    town = town_for(po)
    return build([
        (A, ["What's the delivery address?"]),
        (C, [(address(rng), "ADDRESS"), ", " + town + ", ", (pct, "POSTCODE")]),
    ]), "chat/retail: UK address then town (unlabelled) and postcode"


def p_call_address(rng):
    po, pi = postcode(rng)
    ls = pick(rng, ["plain", "nato", "for", "homo"])
    return build([
        (A, ["can i confirm the first line of your address and your postcode"]),
        (C, [(address(rng, True), "ADDRESS"), " and the postcode's ", (say_alnum(po, rng, ls), "POSTCODE"), " ",
             (say_alnum(pi, rng, ls), "POSTCODE")]),
    ]), "call/utilities: spoken address and postcode as two labelled halves, letters %s" % ls


def p_call_postcode_split(rng):
    po, pi = postcode(rng)
    return build([
        (A, ["and the postcode"]),
        (C, [(say_alnum(po, rng), "POSTCODE")]),
        (A, ["mhm"]),
        (C, [(say_alnum(pi, rng, "for"), "POSTCODE")]),
        (A, ["lovely so that's ", (say_alnum(po + pi, rng, "nato"), "POSTCODE")]),
    ]), "call/telecom: postcode outward/inward over two turns, agent readback in NATO"


def p_ie_address(rng):
    town = rng.choice(TOWNS_IE)
    return build([
        (A, ["And what address will the engineer be going to?"]),
        (C, [(address(rng, streets=STREETS_IE), "ADDRESS"), ", " + town + ". Gate code is 4412 by the way"]),
    ]), "chat/telecom: Irish street address (town unlabelled), gate code unlabelled"


def p_us_address(rng):
    n = rng.randint(100, 9999)
    st = rng.choice(STREETS_US)
    city, z3 = pick(rng, [("springfield illinois", "627"), ("tacoma washington", "984"), ("austin texas", "787"),
                          ("boston massachusetts", "021"), ("denver colorado", "802"), ("columbus ohio", "432")])
    z = z3 + "%02d" % rng.randint(1, 99)
    return build([
        (A, ["and the billing address"]),
        (C, [(say_pairs(str(n), rng) + " " + st.lower(), "ADDRESS"), " " + city + " ", (say_digits(z, rng), "POSTCODE")]),
    ]), "call/healthcare billing: US address with house number in pairs and spoken ZIP"


def p_verify_combo(rng):
    v = ni(rng)
    lp, ds, suf, ls, dm = ni_spoken(v, rng)
    po, pi = postcode(rng)
    return build([
        (A, ["before i go any further i need to verify you can you give me your date of birth"]),
        (C, [(dob(rng, "spoken"), "DOB")]),
        (A, ["and the postcode"]),
        (C, [(say_alnum(po + pi, rng), "POSTCODE")]),
        (A, ["and finally your national insurance"]),
        (C, ["oh hang on it's ", (lp, "NI_NUMBER"), " um ", (ds, "NI_NUMBER"), " ", (suf, "NI_NUMBER")]),
    ]), "call/banking: three-step verification DOB, postcode, NI with filler inside"


def p_chat_everything(rng):
    local, dom = email(rng)
    t, _ = phone(rng, pick(rng, ["ukmob", "ukmob"]))
    po, pi = postcode(rng)
    return build([
        (C, ["Hi please update my details: new address ", (address(rng), "ADDRESS"), " " + town_for(po) + " ",
             (po + " " + pi, "POSTCODE"), ", mobile ", (t, "PHONE"), " and email ", (local + "@" + dom, "EMAIL"),
             ". Account ref 00419923."]),
    ]), "chat/utilities: address, postcode, phone, email in one message; account reference unlabelled"


def p_call_email_and_phone(rng):
    local, dom = email(rng)
    d = uk_mobile(rng)
    return build([
        (A, ["can i get an email and a phone number"]),
        (C, ["email is ", (say_email(local, dom, rng), "EMAIL"), " and my phone is ", (say_digits(d, rng), "PHONE")]),
    ]), "call/insurance: spoken email and phone in one turn"


def p_call_card_after_amount(rng):
    num = card(rng)
    amt = rng.randint(20, 300)
    return build([
        (A, ["so that's " + str(amt) + " pounds ninety nine for the twelve month plan"]),
        (C, ["okay can i pay by card"]),
        (A, ["of course long number please"]),
        (C, [(" ".join(say_groups(card_groups(num), rng)), "CARD_NUMBER"), " and it runs out ", (expiry(rng, "spoken"), "EXPIRY")]),
    ]), "call/telecom: price and plan length before card number (unlabelled), card and expiry in one turn"


def p_chat_ni_correction(rng):
    v = ni(rng)
    wrong = v[:2] + v[2:7] + str((int(v[7]) + 3) % 10) + v[8]
    return build([
        (C, ["NI number ", (ni_typed(wrong, rng), "NI_NUMBER")]),
        (C, ["sorry typo, it's ", (ni_typed(v, rng), "NI_NUMBER")]),
        (A, ["Thanks for confirming."]),
    ]), "chat/government services: NI typed with a typo then corrected; both readings labelled"


def p_call_card_homophones(rng):
    num = card(rng, pick(rng, ["visa", "mc"]))
    sp = asr_homophones(say_digits(num, rng, zero="oh"), rng)
    return build([
        (A, ["can you read me the number across the front of the card"]),
        (C, ["yeah ", (sp, "CARD_NUMBER")]),
        (A, ["and the security code"]),
        (C, [(asr_homophones(say_digits(cvv(rng), rng, doubles=0), rng, 0.9), "CVV"), " i think yeah"]),
    ]), "call/retail: card with ASR homophones (to/too=2, for=4, ate=8, won=1), CVV likewise"


def p_call_phone_homophones(rng):
    kind = pick(rng, ["ukmob", "iemob", "ukland"])
    _, d = phone(rng, kind)
    sp = asr_homophones(say_digits(d, rng, zero=pick(rng, ["oh", "o"])), rng, 0.7)
    return build([
        (A, ["and what number can the driver ring you on"]),
        (C, ["it's ", (sp, "PHONE"), " but i'm at work till five"]),
    ]), "call/retail: %s phone with ASR homophones for digits; time unlabelled" % kind


def p_call_phone_eu(rng):
    kind = pick(rng, ["fr", "de", "es", "iemob"])
    _, d = phone(rng, kind)
    for cc in ("33", "49", "34", "353"):
        if d.startswith(cc) and kind != "iemob":
            sp = "plus " + say_digits(cc, rng, doubles=0) + " " + say_digits(d[len(cc):], rng)
            break
    else:
        sp = say_digits(d[:3], rng, zero="oh") + " " + say_pairs(d[3:], rng) if len(d) % 2 == 1 else say_digits(d, rng)
    return build([
        (A, ["is there a number we can reach you on while you're travelling"]),
        (C, ["yeah my ", {"fr": "french", "de": "german", "es": "spanish", "iemob": "irish"}[kind], " number ", (sp, "PHONE")]),
        (A, ["thank you and the booking is for four nights from the twelfth"]),
    ]), "call/travel: EU/Irish phone spoken with country code or pairs; booking details unlabelled"


def p_chat_postcode_only(rng):
    po, pi = postcode(rng)
    f = pick(rng, [po + pi, (po + pi).lower(), po + " " + pi, po.lower() + " " + pi.lower(), po + "  " + pi])
    return build([
        (A, ["Could you confirm the postcode on the account?"]),
        (C, [pick(rng, ["", "its ", "pc ", "postcode "]), (f, "POSTCODE"), pick(rng, ["", " I think, moved in 2023", " thanks"])]),
    ]), "chat/utilities: UK postcode typed in varied case and spacing"


def p_call_ni_correction(rng):
    v = ni(rng)
    lp, ds, suf, ls, dm = ni_spoken(v, rng, lstyle="plain", dmode="digits")
    lp2, ds2, suf2, _, _ = ni_spoken(v, rng, lstyle="for", dmode="pairs")
    return build([
        (A, ["national insurance number please"]),
        (C, [(lp + " " + ds + " " + suf, "NI_NUMBER"), " no wait let me get my payslip"]),
        (A, ["no problem"]),
        (C, ["yeah that's right it's ", (lp2 + " " + ds2 + " " + suf2, "NI_NUMBER")]),
    ]), "call/government services: NI given twice, plainly and then with 'x for word' letters and pairs"


def p_dob_and_age(rng):
    a = rng.randint(11, 19)
    return build([
        (A, ["can i confirm the date of birth of the policy holder"]),
        (C, ["yes it's ", (dob(rng, "spoken"), "DOB"), " and he's been with you " + pair_words(str(a)) + " years"]),
        (A, ["thank you and the renewal premium is " + pair_words(str(rng.randint(20, 99))) + " pounds a month"]),
    ]), "call/insurance: spoken DOB next to an age and a premium (unlabelled)"


def p_chat_iban_and_bic(rng):
    v = iban(rng, pick(rng, ["IE", "DE", "FR", "NL"]))
    return build([
        (C, ["iban " + "", (v.lower() if rng.random() < 0.5 else v, "IBAN"), " bic " + pick(rng, ["AIBKIE2D", "BOFIIE2D", "DEUTDEFF", "BNPAFRPP", "INGBNL2A"])
             + " - refund was €" + str(rng.randint(20, 600))]),
        (A, ["Thank you, the refund will be processed within 5 working days."]),
    ]), "chat/travel: IBAN without spaces with BIC and amount (BIC unlabelled)"


def p_dob_other_dates(rng):
    return build([
        (A, ["so the policy started on the " + ORD[rng.randint(1, 28)] + " of " + MONTHS[rng.randint(0, 11)] + " and can i just confirm your date of birth"]),
        (C, ["yeah i was born ", (dob(rng, "spoken"), "DOB"), " and the accident was on the " + ORD[rng.randint(1, 28)] + " of last month"]),
    ]), "call/insurance: spoken DOB between a policy start date and an accident date (both unlabelled)"


def p_chat_dob_us(rng):
    return build([
        (A, ["For verification please provide the patient's date of birth."]),
        (C, ["DOB ", (dob(rng, "typed", us=True), "DOB"), ", statement #" + digits(7, rng) + " for $" + str(rng.randint(40, 900)) + ".00"]),
    ]), "chat/healthcare billing: US-style DOB next to a statement number and amount (unlabelled)"


def p_call_phone_restart(rng):
    d = uk_mobile(rng)
    frag = say_digits(d[:4], rng, doubles=0, zero="oh")
    return build([
        (A, ["and the best contact number"]),
        (C, ["it's " + frag + " no sorry that's my old one hang on it's ", (say_digits(d, rng, zero="oh"), "PHONE")]),
        (A, ["okay so ", ("oh " + say_digits(d[1:5], rng) + " " + say_digits(d[5:], rng), "PHONE"), " yeah"]),
        (C, ["that's the one"]),
    ]), "call/telecom: customer abandons an old number after four digits (fragment unlabelled), gives the new one, agent reads back"


def p_call_card_interrupted(rng):
    num = card(rng, pick(rng, ["visa", "mc"]))
    g = card_groups(num)
    sp = say_groups(g, rng, mode="digits")
    return build([
        (A, ["go ahead with the card number"]),
        (C, [(sp[0] + " " + sp[1], "CARD_NUMBER"), pick(rng, [" sorry the dog's going mad hang on ", " hold on two secs the kids are shouting okay ",
                                                             " sorry it's a bit worn this card um "]),
             (sp[2] + " " + sp[3], "CARD_NUMBER")]),
        (A, ["thank you and that's for the " + pick(rng, ["fifty nine ninety nine", "forty pound", "hundred and twenty"]) + " payment yeah"]),
    ]), "call/retail: card reading interrupted by chit-chat inside one turn (two spans), price unlabelled"


POS_TEMPLATES = [
    (p_call_phone_restart, 3), (p_call_card_interrupted, 3),
    (p_dob_other_dates, 3), (p_chat_dob_us, 2),
    (p_call_card_homophones, 4), (p_call_phone_homophones, 4), (p_call_phone_eu, 4), (p_chat_postcode_only, 4),
    (p_call_ni_correction, 3), (p_dob_and_age, 3), (p_chat_iban_and_bic, 3),
    (p_chat_card_full, 10), (p_call_card_oneturn, 8), (p_call_card_split, 7), (p_call_card_pairs, 4),
    (p_call_card_repeat, 3), (p_call_card_readback, 3), (p_chat_card_messy, 3), (p_chat_card_split_msgs, 2),
    (p_call_card_fillers, 3), (p_call_card_after_amount, 3),
    (p_chat_ssn, 10), (p_call_ssn, 10), (p_call_ssn_split, 4), (p_call_ssn_readback, 3), (p_ssn_with_dob, 3),
    (p_chat_ni, 9), (p_call_ni, 12), (p_call_ni_split, 4), (p_call_ni_readback, 3), (p_ni_benefits, 4),
    (p_chat_ni_in_sentence, 3), (p_verify_combo, 4), (p_chat_ni_correction, 2),
    (p_chat_bank, 6), (p_call_bank, 6), (p_call_account_split, 3), (p_bank_two_values_one_turn, 3),
    (p_chat_iban, 7), (p_call_iban, 7), (p_iban_in_email_chat, 3),
    (p_chat_phone, 8), (p_call_phone, 8), (p_call_phone_split, 3), (p_phone_us, 3),
    (p_chat_email, 5), (p_call_email, 6), (p_call_email_spelled, 3), (p_call_email_and_phone, 3),
    (p_chat_dob, 5), (p_call_dob, 6),
    (p_chat_address, 5), (p_call_address, 5), (p_call_postcode_split, 3), (p_ie_address, 3), (p_us_address, 3),
    (p_chat_everything, 3),
]

# ---------------------------- negative templates ---------------------------


def money(rng):
    return pick(rng, ["£%d.%02d" % (rng.randint(5, 900), rng.randint(0, 99)), "€%d" % rng.randint(10, 2500),
                      "$%d.%02d" % (rng.randint(5, 900), rng.randint(0, 99)), "£%s" % "{:,}".format(rng.randint(1000, 25000))])


def n_balance(rng):
    return build([
        (C, ["what's my balance"]),
        (A, ["your current balance is " + money(rng) + " and your next payment of " + money(rng) + " is due on the " + ORD[rng.randint(1, 28)]]),
        (C, ["okay thanks"]),
    ]), "chat/banking: balances, payment amount and due date"


def n_spoken_money(rng):
    a = rng.randint(100, 999)
    tail = "" if a % 100 == 0 else " and " + (DW[a % 10] if a % 100 < 10 else pair_words(str(a % 100)))
    return build([
        (A, ["so the bill this month comes to " + DW[a // 100] + " hundred" + tail + " euro"]),
        (C, ["that's way too high last month it was only " + pair_words(str(rng.randint(20, 99))) + " euro " + pair_words(str(rng.randint(10, 99)))]),
        (A, ["i can see you used " + str(rng.randint(300, 900)) + " kilowatt hours which is up " + str(rng.randint(5, 60)) + " percent"]),
    ]), "call/utilities: spoken euro amounts, kWh and percentage"


def n_order_ref(rng):
    ref = digits(rng.randint(6, 10), rng)
    return build([
        (C, ["Hi, my order number is " + ref + " and it still hasn't arrived"]),
        (A, ["Thanks, I can see order " + ref + " was dispatched on " + str(rng.randint(1, 28)) + "/" + "%02d" % rng.randint(1, 12) + " and should arrive within 3-5 working days."]),
    ]), "chat/retail: order number up to 10 digits with dispatch date"


def n_spoken_ref(rng):
    ref = digits(rng.randint(6, 9), rng)
    word = pick(rng, ["reference number", "claim number", "ticket number", "case number", "booking reference"])
    return build([
        (A, ["have you got a " + word + " for me"]),
        (C, ["yeah the " + word + " is " + say_digits(ref, rng)]),
        (A, ["thank you that's the " + word + " " + say_digits(ref, rng, doubles=0.8) + " from the " + ORD[rng.randint(1, 28)] + " of " + MONTHS[rng.randint(0, 11)]]),
    ]), "call/insurance: spoken reference number with its reference word and a date"


def n_times(rng):
    return build([
        (A, ["we can send an engineer on " + pick(rng, ["monday", "tuesday", "friday"]) + " between " + pick(rng, ["eight", "nine", "ten"]) + " and " + pick(rng, ["twelve", "one", "two"])]),
        (C, ["could it be after half three i don't finish work till three fifteen"]),
        (A, ["the next slot after " + str(rng.randint(13, 17)) + ":30 is on the " + ORD[rng.randint(1, 28)] + " of " + MONTHS[rng.randint(0, 11)]]),
    ]), "call/telecom: appointment times and date"


def n_flight(rng):
    fl = pick(rng, ["EI", "FR", "BA", "LH", "AF", "KL"]) + " " + str(rng.randint(100, 9999))
    return build([
        (C, ["my flight " + fl + " on the " + ORD[rng.randint(1, 28)] + " was delayed " + str(rng.randint(2, 9)) + " hours, can I claim?"]),
        (A, ["Yes, delays over 3 hours qualify for up to €" + str(pick(rng, [250, 400, 600])) + " compensation. It departed at " + "%02d:%02d" % (rng.randint(5, 22), rng.randint(0, 59)) + "."]),
    ]), "chat/travel: flight number, delay length, compensation, time"


def n_spoken_flight(rng):
    return build([
        (A, ["which flight are you booked on"]),
        (C, ["it's the e i " + say_digits(str(rng.randint(100, 999)), rng, doubles=0) + " to boston on the " + ORD[rng.randint(1, 28)] + " seat " + pair_words(str(rng.randint(10, 40))) + " c"]),
        (A, ["okay and you want to add one bag of twenty three kilos"]),
    ]), "call/travel: spoken flight number, seat, bag weight"


def n_room(rng):
    return build([
        (C, ["we're in room " + str(rng.randint(101, 640)) + " and the heating is stuck on " + str(rng.randint(26, 31)) + " degrees"]),
        (A, ["Sorry about that! Maintenance will be there within 20 minutes. Breakfast is served 7-10:30."]),
    ]), "chat/travel: room number, temperature, duration, times"


def n_model(rng):
    dev, m = pick(rng, [("tv", "KD-55X85J"), ("tv", "QE65Q80C"), ("washing machine", "WM14N200GB"), ("phone", "SM-S918B"),
                        ("laptop", "A2484"), ("laptop", "HP 15s-fq5022na"), ("dishwasher", "SMS4HVI33G")])
    return build([
        (C, ["my " + dev + " model " + m + " stopped working after " + str(rng.randint(2, 14)) + " months"]),
        (A, ["Thanks. It's covered under the 24 month warranty. Serial starts with the letters on the sticker, no need to send it."]),
    ]), "chat/retail: model number, months, warranty length"


def n_meter(rng):
    r = digits(5, rng, first="0")
    return build([
        (A, ["can you read me the meter"]),
        (C, ["yeah it says " + say_digits(r, rng, doubles=0) + " point " + DW[rng.randint(0, 9)]]),
        (A, ["so " + r + " units that's about " + str(rng.randint(10, 60)) + " percent less than the estimate"]),
    ]), "call/utilities: meter reading spoken and typed, percentage"


def n_speed(rng):
    return build([
        (C, ["paying for " + str(pick(rng, [500, 900, 150, 1000])) + " mbps and getting " + str(rng.randint(8, 90)) + " on speedtest, router restarted 3 times"]),
        (A, ["I'm sorry. Your line is rated up to 1 Gbps. I've opened a fault, reference FLT" + digits(6, rng) + "."]),
    ]), "chat/telecom: broadband speeds, counts, alphanumeric fault reference"


def n_age(rng):
    a = rng.randint(60, 95)
    return build([
        (A, ["and how old is the person you're calling about"]),
        (C, ["my mum she's " + pair_words(str(a)) + " she turns " + pair_words(str(a + 1)) + " next month"]),
        (A, ["okay so she'd qualify for the over sixty fives rate"]),
    ]), "call/insurance: ages spoken (not DOB)"


def n_contract_date(rng):
    return build([
        (C, ["My contract started on " + "%02d/%02d/%04d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2025)) + " and was meant to be 24 months. Why am I still paying £" + str(rng.randint(30, 80)) + "?"]),
        (A, ["I can see the minimum term ended on " + "%d %s %d" % (rng.randint(1, 28), MONTHS[rng.randint(0, 11)].capitalize(), rng.randint(2023, 2026)) + ". I'll move you to a SIM-only plan at £12/month."]),
    ]), "chat/telecom: contract start/end dates (not birth dates), prices, term"


def n_spoken_date_payment(rng):
    return build([
        (A, ["i can see a payment on the " + ORD[rng.randint(1, 28)] + " of " + MONTHS[rng.randint(0, 11)] + " twenty twenty " + DW[rng.randint(3, 6)]]),
        (C, ["yeah that was the " + pair_words(str(rng.randint(20, 99))) + " pounds " + pair_words(str(rng.randint(10, 99))) + " for the insurance"]),
        (A, ["and the next one goes out on the first of the month"]),
    ]), "call/insurance: spoken payment date and amount"


def n_queue(rng):
    return build([
        (A, ["thanks for holding you were number " + DW[rng.randint(2, 9)] + " in the queue and the wait was about " + pair_words(str(rng.randint(11, 45))) + " minutes"]),
        (C, ["yeah i've been on hold since quarter past " + DW[rng.randint(1, 9)] + " and called " + DW[rng.randint(2, 6)] + " times this week"]),
    ]), "call/telecom: queue position, durations, counts, times"


def n_invoice(rng):
    inv = "INV-" + digits(rng.randint(5, 8), rng)
    return build([
        (C, ["Invoice " + inv + " for " + money(rng) + " was paid on " + str(rng.randint(1, 28)) + " " + MONTHS[rng.randint(0, 11)].capitalize() + " but still shows outstanding"]),
        (A, ["Thanks, I can see invoice " + inv + ". Payment allocation can take up to 5 working days."]),
    ]), "chat/healthcare billing: invoice number, amount, payment date"


def n_claim_spoken_pairs(rng):
    ref = digits(8, rng)
    return build([
        (A, ["what's the claim number"]),
        (C, ["claim number " + say_pairs(ref, rng)]),
        (A, ["okay claim " + say_digits(ref, rng) + " is with the assessor and the excess is two hundred and fifty pounds"]),
    ]), "call/insurance: 8-digit claim number read in pairs with its reference word (looks like an account number)"


def n_year_counts(rng):
    y = rng.randint(1995, 2015)
    return build([
        (C, ["I've been a customer since " + str(y) + ", that's over " + str(2025 - y) + " years, and you put my premium up " + str(rng.randint(10, 45)) + "%"]),
        (A, ["I understand. I can offer a " + str(rng.randint(5, 20)) + "% loyalty discount on the renewal for " + str(rng.randint(2025, 2027)) + "."]),
    ]), "chat/insurance: years, percentages"


def n_dosage(rng):
    return build([
        (A, ["the bill is for the appointment on the " + ORD[rng.randint(1, 28)] + " at " + pick(rng, ["nine", "ten", "two"]) + " thirty"]),
        (C, ["yeah but my insurance said they'd cover eighty percent of the " + DW[rng.randint(1, 9)] + " hundred dollars"]),
        (A, ["that's right so your share is " + pair_words(str(rng.randint(20, 99))) + " dollars and the statement number is " + digits(7, rng)]),
    ]), "call/healthcare billing: appointment date/time, percentage, dollars, statement number"


def n_tracking(rng):
    tr = pick(rng, ["JD" + digits(10, rng), "1Z" + digits(6, rng) + "A" + digits(8, rng), "RN" + digits(9, rng) + "GB"])
    return build([
        (C, ["tracking says " + tr + " delivered but nothing here"]),
        (A, ["I'm sorry about that. I've raised case " + digits(8, rng) + " with the courier, you'll hear back within 48 hours."]),
    ]), "chat/retail: courier tracking code and case number"


def n_data_usage(rng):
    return build([
        (A, ["you've used " + pair_words(str(rng.randint(20, 99))) + " point " + DW[rng.randint(1, 9)] + " gig of your hundred gig allowance"]),
        (C, ["and how many days are left"]),
        (A, [DW[rng.randint(2, 9)] + " days it resets on the " + ORD[rng.randint(1, 28)]]),
    ]), "call/telecom: data usage, days, reset date"


def n_office_hours(rng):
    return build([
        (C, ["what time do you close"]),
        (A, ["Our lines are open 8am to 8pm Monday to Friday and 9 to 5 on Saturdays."]),
        (C, ["ok thanks, will call back at 10 past 9 tomorrow"]),
    ]), "chat/banking: opening hours and times"


def n_spoken_price_list(rng):
    return build([
        (A, ["so the unlimited plan is " + pair_words(str(rng.randint(20, 49))) + " ninety nine a month and the handset is " + DW[rng.randint(1, 9)] + " hundred and " + pair_words(str(rng.randint(20, 99))) + " upfront"]),
        (C, ["and is that for twenty four or thirty six months"]),
        (A, ["twenty four"]),
    ]), "call/telecom: spoken prices and contract lengths"


def n_temperature(rng):
    return build([
        (C, ["the boiler pressure is at " + str(rng.randint(0, 2)) + "." + str(rng.randint(0, 9)) + " bar and the water's only " + str(rng.randint(30, 45)) + " degrees"]),
        (A, ["It should be between 1 and 1.5 bar. An engineer can come on " + str(rng.randint(1, 28)) + "/" + str(rng.randint(1, 12)) + " between 08:00 and 13:00."]),
    ]), "chat/utilities: pressure, temperature, appointment date and window"


def n_policy_number(rng):
    ref = digits(9, rng)
    return build([
        (A, ["can i take your policy number please"]),
        (C, ["policy number " + say_digits(ref, rng, doubles=0.5)]),
        (A, ["thanks and the renewal date is the " + ORD[rng.randint(1, 28)] + " of " + MONTHS[rng.randint(0, 11)]]),
    ]), "call/insurance: 9-digit policy number with its reference word (looks like an SSN)"


def n_sports_scores(rng):
    return build([
        (C, ["sorry i was watching the match it's two one to them with ten minutes left"]),
        (A, ["ha no problem so you were asking about the " + pair_words(str(rng.randint(10, 60))) + " euro sports add on"]),
    ]), "call/telecom: score, minutes, price chit-chat"


def n_percent_rate(rng):
    return build([
        (C, ["what's the interest rate on the savings account"]),
        (A, ["It's " + str(rng.randint(1, 5)) + "." + str(rng.randint(0, 9)) + "% AER on balances up to £" + "{:,}".format(rng.randint(10, 90) * 1000) + ", paid monthly on the 1st."]),
    ]), "chat/banking: interest rate, balance cap, payment day"


def n_account_opened(rng):
    return build([
        (C, ["when did i open this account"]),
        (A, ["The account was opened on " + "%02d/%02d/%04d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1995, 2012))
             + " and your overdraft limit is £" + str(rng.randint(1, 30) * 100) + "."]),
    ]), "chat/banking: account opening date (not a DOB) and overdraft limit"


def n_tax_code(rng):
    return build([
        (C, ["my tax code changed from 1257L to " + pick(rng, ["BR", "K475", "0T", "1100L", "D0"]) + " and I paid £" + str(rng.randint(100, 900)) + " too much"]),
        (A, ["I can help. Was that from your payslip dated " + str(rng.randint(1, 28)) + " " + MONTHS[rng.randint(0, 11)].capitalize() + "?"]),
    ]), "chat/government services: tax codes, amount, payslip date"


def n_big_spoken_amount(rng):
    return build([
        (A, ["the outstanding amount is " + DW[rng.randint(1, 9)] + " thousand " + DW[rng.randint(1, 9)] + " hundred and " + pair_words(str(rng.randint(21, 99))) + " pounds " + pair_words(str(rng.randint(11, 99)))]),
        (C, ["can i pay that over twelve months"]),
        (A, ["yes that would be about " + DW[rng.randint(1, 9)] + " hundred a month with zero percent interest"]),
    ]), "call/banking: spoken large amount, instalments, percentage"


def n_version(rng):
    return build([
        (C, ["app keeps crashing, im on version " + str(rng.randint(3, 9)) + "." + str(rng.randint(0, 30)) + "." + str(rng.randint(0, 9)) + " on ios " + str(rng.randint(15, 18)) + ".2"]),
        (A, ["Thanks! Please update to the latest version released on 2 October and restart your phone."]),
    ]), "chat/banking: app/OS version numbers and a release date"


def n_double_room(rng):
    return build([
        (C, ["hi i booked a double room for " + DW[rng.randint(2, 7)] + " nights and a triple for the kids"]),
        (A, ["okay and check in is from " + pick(rng, ["two", "three", "four"]) + " o'clock on the " + ORD[rng.randint(1, 28)]]),
        (C, ["yeah we land at " + pair_words(str(rng.randint(10, 12))) + " " + pair_words("%02d" % rng.randint(10, 59)) + " so that's perfect"]),
    ]), "call/travel: 'double'/'triple' room talk, nights, times"


def n_house_year(rng):
    return build([
        (A, ["and roughly when was the property built"]),
        (C, ["nineteen " + pair_words(str(rng.randint(20, 99))) + " i think it's a " + DW[rng.randint(2, 5)] + " bed semi"]),
        (A, ["okay and you'd like buildings cover of " + DW[rng.randint(2, 4)] + " hundred and fifty thousand pounds"]),
    ]), "call/insurance: spoken build year (not a DOB), bedrooms, cover amount"


NEG_TEMPLATES = [
    (n_double_room, 3), (n_house_year, 3),
    (n_account_opened, 3), (n_tax_code, 3), (n_big_spoken_amount, 3), (n_version, 2),
    (n_balance, 5), (n_spoken_money, 5), (n_order_ref, 5), (n_spoken_ref, 6), (n_times, 4), (n_flight, 4),
    (n_spoken_flight, 3), (n_room, 3), (n_model, 4), (n_meter, 4), (n_speed, 3), (n_age, 4),
    (n_contract_date, 4), (n_spoken_date_payment, 4), (n_queue, 4), (n_invoice, 4), (n_claim_spoken_pairs, 5),
    (n_year_counts, 3), (n_dosage, 4), (n_tracking, 3), (n_data_usage, 3), (n_office_hours, 2),
    (n_spoken_price_list, 4), (n_temperature, 3), (n_policy_number, 5), (n_sports_scores, 2), (n_percent_rate, 3),
]


def generate():
    rng = random.Random(SEED)
    cases = []
    pi = 0
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            (turns, spans), note = fn(rng)
            pi += 1
            cases.append({"id": "h27-pos-%03d" % pi, "kind": "positive", "turns": turns, "spans": spans, "note": note})
    ni_ = 0
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            (turns, spans), note = fn(rng)
            ni_ += 1
            cases.append({"id": "h27-neg-%03d" % ni_, "kind": "negative", "turns": turns, "spans": [], "note": note})
    return cases


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# ----------------------------------------------------------------------------
# validation
# ----------------------------------------------------------------------------
NUMW = {w: str(i) for i, w in enumerate(DW)}
NUMW.update({"oh": "0", "o": "0", "nought": "0", "zero": "0", "to": "2", "too": "2", "for": "4",
             "ate": "8", "won": "1"})
TEENW = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENW = {w: str(i) for i, w in enumerate(TENS) if w}
NATO_R = {v: k for k, v in NATO.items()}
NATO_R["whisky"] = "w"
HOMO_R = {v: k for k, v in HOMO.items() if " " not in v}
FILL = {"um", "uh", "er", "erm", "and", "slash", "plus", "dash", "space"}


def norm(text):
    """Spoken or typed value -> uppercase alnum string, or None if something is not understood."""
    if re.search(r"[0-9]", text):  # typed value
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = [t for t in re.split(r"[^a-z0-9]+", text.lower().replace("x-ray", "xray")) if t]
    nato = dict(NATO_R)
    nato["xray"] = "x"
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILL:
            i += 1
            continue
        if t.isdigit() or (re.fullmatch(r"[a-z0-9]+", t) and any(ch.isdigit() for ch in t)):
            out.append(t.upper())
            i += 1
            continue
        if t in ("double", "triple") and nxt is not None:
            k = 2 if t == "double" else 3
            if nxt == "you":
                out.append("W")
                i += 2
                continue
            sub = norm(nxt)
            if sub is None or len(sub) != 1:
                return None
            out.append(sub * k)
            i += 2
            if sub.isalpha() and i + 1 < len(toks) and toks[i] == "for":
                i += 2
            continue
        if t == "thousand" and out:
            out[-1] = out[-1] + "0"
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            if j < len(toks) and toks[j] in NUMW:
                out.append("0" + NUMW[toks[j]])
                j += 1
            i = j
            continue
        if len(t) == 1 and nxt == "for" and i + 2 < len(toks):
            out.append(t.upper())
            i += 3
            continue
        if t in NUMW:
            out.append(NUMW[t])
        elif t in TEENW:
            out.append(TEENW[t])
        elif t in TENW:
            if nxt in NUMW and nxt not in ("zero", "oh", "o", "nought"):
                out.append(TENW[t] + NUMW[nxt])
                i += 2
                continue
            out.append(TENW[t] + "0")
        elif len(t) == 1:
            out.append(t.upper())
        elif t in nato:
            out.append(nato[t].upper())
        elif t in HOMO_R:
            out.append(HOMO_R[t].upper())
        elif len(t) == 2 and t.isalpha():
            out.append(t.upper())
        else:
            return None
        i += 1
    return "".join(out)


NI_RE = re.compile(r"^[ABCEGHJ-PRSTW-Z][ABCEGHJ-NPRSTW-Z][0-9]{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
MONTH_RE = re.compile(r"\b(" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\b", re.I)


def iban_valid(v):
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+", v):
        return False
    if IBAN_LEN.get(v[:2]) != len(v):
        return False
    s = v[4:] + v[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def validate_value(typ, text):
    if typ == "EMAIL":
        t = text.lower()
        t = re.sub(r"\s+dot\s+", ".", t)
        t = re.sub(r"\s+at\s+", "@", t)
        t = re.sub(r"\s+underscore\s+", "_", t)
        t = t.replace(" ", "")
        for w, d in sorted(list(NUMW.items()) + list(TEENW.items()) + list(TENW.items()), key=lambda x: -len(x[0])):
            pass
        return bool(re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", t))
    if typ == "ADDRESS":
        has_num = bool(re.search(r"\d", text)) or any(w in NUMW or w in TEENW or w in TENW for w in text.lower().split())
        has_st = any(w.strip(",.").lower() in STREET_SUFFIX for w in text.split())
        return has_num and has_st
    if typ == "DOB":
        if MONTH_RE.search(text):
            return True
        if re.fullmatch(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}", text):
            return True
        n = norm(text)
        return n is not None and n.isdigit() and 6 <= len(n) <= 8
    if typ == "EXPIRY":
        if MONTH_RE.search(text):
            return True
        n = norm(text)
        return n is not None and n.isdigit() and len(n) in (4, 6) and 1 <= int(n[:2]) <= 12
    n = norm(text)
    if n is None:
        return False
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(n))
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 8 <= len(n) <= 10
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "IBAN":
        return iban_valid(n)
    if typ == "PHONE":
        return n.isdigit() and 9 <= len(n) <= 13
    if typ == "POSTCODE":
        return bool(UKPC_RE.match(n)) or bool(re.fullmatch(r"\d{5}(\d{4})?", n))
    return False


def check(cases, text_on_disk):
    errors = []
    if text_on_disk != dump(cases):
        errors.append("cases.jsonl differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    counts = Counter()
    for c in cases:
        cid = c["id"]
        if c["kind"] == "negative" and c["spans"]:
            errors.append("%s: negative with spans" % cid)
        if c["kind"] == "positive" and not c["spans"]:
            errors.append("%s: positive without spans" % cid)
        for t in c["turns"]:
            if t["speaker"] not in (A, C):
                errors.append("%s: bad speaker" % cid)
        prev = {}
        by_type = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errors.append("%s: bad type %s" % (cid, s["type"]))
                continue
            if not (0 <= s["turn"] < len(c["turns"])):
                errors.append("%s: bad turn" % cid)
                continue
            txt = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                errors.append("%s: offsets out of range" % cid)
                continue
            val = txt[st:en]
            if val != val.strip() or not val:
                errors.append("%s: span has outer whitespace %r" % (cid, val))
            if (st > 0 and txt[st - 1].isalnum()) or (en < len(txt) and txt[en].isalnum()):
                errors.append("%s: span not on word boundary %r" % (cid, val))
            if not (val[0].isalnum() or val[0] in "+(") or not val[-1].isalnum():
                errors.append("%s: span edge not alnum %r" % (cid, val))
            key = s["turn"]
            if key in prev and st < prev[key]:
                errors.append("%s: overlapping/unsorted spans" % cid)
            prev[key] = en
            counts[s["type"]] += 1
            by_type.setdefault(s["type"], []).append(val)
        # split values: the same-type spans of a case, in order, must partition into
        # consecutive runs that each validate as one value
        for typ, vals in by_type.items():
            ok = [True] + [False] * len(vals)
            for j in range(1, len(vals) + 1):
                for i in range(j):
                    if ok[i] and validate_value(typ, " ".join(vals[i:j])):
                        ok[j] = True
                        break
            if not ok[-1]:
                errors.append("%s: %s value does not validate: %r" % (cid, typ, vals))
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    if npos < 170:
        errors.append("only %d positives" % npos)
    if nneg < 100:
        errors.append("only %d negatives" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            errors.append("type %s has %d spans (< %d)" % (t, counts[t], need))
    return errors, counts, npos, nneg


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# pii_holdout27 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
nobody tuned against. Do not add its forms to rules, tests or prompts.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its documentation or any other evaluation set; only the
JSONL format was shown. Every case is generated by `scripts/make_pii_holdout27.py`
from template functions (standard library only, one `random.Random(%d)`), where each
turn is assembled from plain text and `(value, TYPE)` segments, so offsets are computed,
never typed. The output is byte-for-byte reproducible; `--check` regenerates and compares,
checks ids, offsets, word boundaries, overlaps, and validates every labelled value after
normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN,
6 for sort codes, digit counts for CVV/phone/account, UK postcode / US ZIP shapes).

Emphasis: UK, Ireland and EU (NI numbers written and spoken in many forms, UK postcodes,
sort codes and account numbers, IBANs from GB/IE/DE/FR/NL/ES/IT/BE/PT/AT, UK/Irish/EU
phone forms), plus US SSNs, ZIP codes and phones. Chat cases are typed (separators, case,
odd punctuation); call cases imitate ASR output (lower case, numbers as words, oh/o/nought/
zero, double/triple, pairs like "forty one", NATO and "b for bob" letters, homophones such as
"jay", "bee", "are", "double you", e-mails as "dot"/"at", fillers, back-channels, read-backs).

## Annotation conventions

- A span covers only the value itself: digits/letters as typed or spoken words, including
  separators, "double"/"triple", "for bravo" letter explanations and filler words
  (um/er) that fall *inside* a reading. Lead-ins ("it's", "my number is") are outside.
- When a value is split across turns (or the customer pauses with "um" between parts in one
  turn), each part is its own span of the same type; the parts together form the value.
- A value interrupted by chit-chat inside one turn ("sorry the dog's going mad") gets one
  span per piece; the chit-chat is outside.
- An abandoned fragment (customer stops after a few digits of an old number and restarts)
  is not labelled; only complete readings are.
- ASR homophones inside a reading ("to"/"too" = 2, "for" = 4, "ate" = 8, "won" = 1) are part
  of the span. A spoken letter O is always disambiguated ("o for oscar"); a bare "o"/"oh"
  inside a number is a zero.
- A value read back by the agent is labelled too. When a customer gives a value twice
  (typo/correction, re-reading), both readings are labelled.
- ADDRESS = house/flat number + street name; town names are not labelled; POSTCODE is
  labelled separately (UK postcodes, US ZIP codes). Spoken postcodes may be two spans
  (outward and inward halves).
- A leading "the" before a spoken birth date ("the third of march ...") is outside the span.
- DOB only where the context is a birth date; EXPIRY and CVV only in card context.
- PHONE includes a leading "+", "plus", "(0)" and country code when given.
- Negatives contain look-alikes that must not be redacted: money, prices, times, durations,
  counts, years, percentages, non-birth dates, order/claim/policy/invoice/reference numbers
  said with their reference word, flight/room/model numbers, meter readings, speeds, ages,
  temperatures, balances. Positives also contain such unlabelled numbers next to the PII.

## Counts

%d positive cases, %d negative cases.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    cases = generate()
    text = dump(cases)
    if "--check" in sys.argv[1:]:
        on_disk = CASES.read_text(encoding="utf-8") if CASES.exists() else ""
        errors, counts, npos, nneg = check(cases, on_disk)
        if README.exists() and README.read_text(encoding="utf-8") != readme(counts, npos, nneg):
            errors.append("README.md differs from regenerated output")
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        for e in errors[:60]:
            print("ERROR:", e)
        if errors:
            print("%d problem(s)" % len(errors))
            sys.exit(1)
        print("check OK")
        return
    errors, counts, npos, nneg = check(cases, text)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme(counts, npos, nneg), encoding="utf-8")
    print("wrote %d cases (%d positive, %d negative) to %s" % (len(cases), npos, nneg, CASES))
    if errors:
        for e in errors[:60]:
            print("WARNING:", e)


if __name__ == "__main__":
    main()

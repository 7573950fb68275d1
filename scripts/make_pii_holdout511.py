#!/usr/bin/env python3
"""Generate the pii_holdout511 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who has not seen the
redaction engine.  Standard library only; one RNG seeded with 511241125.

Usage:
    python scripts/make_pii_holdout511.py           # write the fixture
    python scripts/make_pii_holdout511.py --check   # regenerate + verify
"""
import json
import os
import re
import sys
import random

SEED = 511241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout511")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "p": "papa",
        "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "hmm"}


def zero_word(rng):
    return rng.choice(["oh", "oh", "zero", "o", "nought", "zero"])


def digit_word(d, rng):
    return zero_word(rng) if d == "0" else UNITS[int(d)]


def pair_word(p):
    a, b = int(p[0]), int(p[1])
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + UNITS[b]


def chunk_words(ch, rng, style):
    """Render a chunk of 1-3 digits."""
    if len(ch) == 3 and len(set(ch)) == 1 and rng.random() < 0.8:
        return "triple " + digit_word(ch[0], rng)
    if len(ch) == 3 and style in ("pairs", "mixed") and ch[0] != "0" and \
            (ch[2] != "0" or ch[1] == "0") and rng.random() < 0.5:
        rest = ch[1:]
        w = UNITS[int(ch[0])] + " hundred"
        if rest == "00":
            return w
        if rest[0] == "0":
            return w + " and " + UNITS[int(rest[1])]
        return w + " and " + pair_word(rest)
    if len(ch) == 2 and ch[0] == ch[1] and rng.random() < 0.75:
        return "double " + digit_word(ch[0], rng)
    if len(ch) == 2 and style in ("pairs", "mixed") and ch[0] != "0" and ch[1] != "0" \
            and rng.random() < 0.7:
        return pair_word(ch)
    return " ".join(digit_word(c, rng) for c in ch)


def split_chunks(digits, rng, sizes=None):
    out, i = [], 0
    while i < len(digits):
        n = rng.choice(sizes or [1, 2, 2, 3])
        out.append(digits[i:i + n])
        i += n
    return out


def say_digits(digits, rng, style="mixed", filler=0.0, seps=(" ", ", ", " ")):
    parts = []
    groups = split_chunks(digits, rng, [2, 3] if style != "single" else [1, 2, 3, 4])
    for gi, g in enumerate(groups):
        if style == "single":
            w = " ".join(digit_word(c, rng) for c in g)
        else:
            w = chunk_words(g, rng, style)
        parts.append(w)
        if gi < len(groups) - 1:
            if rng.random() < filler:
                parts.append(rng.choice([" um ", ", uh, ", " er ", "... erm "]))
            else:
                parts.append(rng.choice(seps))
    return "".join(parts)


def say_alnum(s, rng, nato=0.3, filler=0.0):
    """Speak a mixed letter/digit string like an NI number or postcode."""
    out = []
    i = 0
    s = s.replace(" ", "")
    while i < len(s):
        c = s[i].lower()
        if c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(say_digits(s[i:j], rng, rng.choice(["single", "mixed"])))
            i = j
        else:
            if i + 1 < len(s) and s[i + 1].lower() == c and rng.random() < 0.5:
                out.append("double " + c)
                i += 2
                continue
            if rng.random() < nato:
                out.append(c + rng.choice([" for ", " as in "]) + NATO[c])
            else:
                out.append(c)
            i += 1
        if rng.random() < filler and i < len(s):
            out.append(rng.choice(["um", "uh", "er"]))
    return " ".join(out)


def tokens(text):
    return re.findall(r"[a-z]+(?:-[a-z]+)?|\d+|\+|@|\.|_", text.lower())


WORD_DIG = {w: str(i) for i, w in enumerate(UNITS)}
WORD_DIG.update({"oh": "0", "o": "0", "nought": "0", "naught": "0"})


def norm_spoken(text, letters=False):
    """Normalise typed or spoken digits/letters to a compact lower-case string."""
    toks = tokens(text)
    out = []
    i = 0
    nato_vals = set(NATO.values())
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLERS or t in (",", "and"):
            i += 1
            continue
        if t == "plus" or t == "+":
            out.append("+")
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in ("double", "triple") and nxt is not None:
            rep = 2 if t == "double" else 3
            v = WORD_DIG.get(nxt, nxt if (nxt.isdigit() and len(nxt) == 1) or len(nxt) == 1 else None)
            if v is None:
                raise ValueError("bad double in %r" % text)
            out.append(v * rep)
            i += 2
            continue
        if t in WORD_DIG and t not in ("o",) or (t == "o" and not letters) or (t == "o"):
            d = WORD_DIG[t]
            if nxt == "hundred" and t in UNITS:
                val = int(d) * 100
                i += 2
                if i < len(toks) and toks[i] == "and":
                    i += 1
                    t2 = toks[i]
                    if t2 in TEENS:
                        val += 10 + TEENS.index(t2)
                        i += 1
                    elif t2 in TENS and t2:
                        val += 10 * TENS.index(t2)
                        i += 1
                        if i < len(toks) and toks[i] in UNITS[1:]:
                            val += UNITS.index(toks[i])
                            i += 1
                    elif t2 in UNITS:
                        val += UNITS.index(t2)
                        i += 1
                out.append("%03d" % val)
                continue
            out.append(d)
            i += 1
            continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t)))
            i += 1
            continue
        if t in TENS and t:
            v = 10 * TENS.index(t)
            if nxt in UNITS[1:]:
                out.append(str(v + UNITS.index(nxt)))
                i += 2
            else:
                out.append(str(v))
                i += 1
            continue
        if len(t) == 1 and t.isalpha():
            if nxt == "for" and i + 2 < len(toks) and toks[i + 2] in nato_vals:
                i += 3
            elif nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
                i += 4
            else:
                i += 1
            out.append(t)
            continue
        if t in (".", "-", "/", "dash", "slash", "hyphen", "space"):
            i += 1
            continue
        if letters and t.isalpha() and len(t) <= 4:
            out.append(t)
            i += 1
            continue
        raise ValueError("cannot normalise token %r in %r" % (t, text))
    return "".join(out)


def norm_email(text):
    toks = re.findall(r"[a-z0-9]+|[@._-]", text.lower())
    out = []
    i = 0
    nato_vals = set(NATO.values())
    while i < len(toks):
        t = toks[i]
        if t in FILLERS:
            i += 1
            continue
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] == "for" \
                and toks[i + 2] in nato_vals:
            out.append(t)
            i += 3
            continue
        else:
            out.append(t)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- validators
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s.upper())
    return "%02d" % (98 - int(num) % 97)


def iban_ok(ib):
    ib = ib.upper()
    s = ib[4:] + ib[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


NI_RE = re.compile(r"^[abceghjklmnprstwxyz][abceghjklmnprstwxyz][0-9]{6}[abcd]$")
UKPC_RE = re.compile(r"^[a-z]{1,2}[0-9][a-z0-9]?[0-9][a-z]{2}$")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
STREET_SUFFIX = {"road", "rd", "street", "st", "lane", "ln", "avenue", "ave", "close", "drive",
                 "dr", "way", "crescent", "terrace", "court", "place", "gardens", "grove",
                 "boulevard", "blvd", "park", "hill", "row", "walk", "square", "parade"}


def validate(typ, canon):
    c = canon
    if typ == "CARD_NUMBER":
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if typ == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if typ == "SSN":
        return c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9" \
            and c[3:5] != "00" and c[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(c)) and c[1] != "o"
    if typ == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if typ == "BANK_ACCOUNT":
        return c.isdigit() and 6 <= len(c) <= 17
    if typ == "IBAN":
        return c[:2].isalpha() and 15 <= len(c) <= 34 and iban_ok(c)
    if typ == "PHONE":
        d = c.lstrip("+")
        return d.isdigit() and 10 <= len(d) <= 15
    if typ == "EMAIL":
        return bool(re.match(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", c))
    if typ == "POSTCODE":
        return bool(UKPC_RE.match(c)) or bool(re.match(r"^\d{5}(\d{4})?$", c))
    if typ == "EXPIRY":
        m = re.match(r"^(0[1-9]|1[0-2])/(\d{2})$", c)
        return bool(m)
    if typ == "DOB":
        m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", c)
        return bool(m) and 1920 <= int(m.group(1)) <= 2008
    if typ == "ADDRESS":
        return True
    return False


def check_text_form(typ, text):
    """Shape check of one span's text for types compared by form, not value."""
    low = text.lower()
    words = re.findall(r"[a-z]+|\d+", low)
    if typ == "ADDRESS":
        has_num = any(w.isdigit() for w in words) or any(
            w in UNITS or w in TEENS or w in TENS[2:] or w in ("flat", "apartment", "unit")
            for w in words)
        has_street = any(w in STREET_SUFFIX or w.endswith("way") for w in words)
        return has_num and has_street
    if typ in ("DOB", "EXPIRY"):
        has_month = any(w in MONTHS or w in MON3 for w in words)
        digits = norm_spoken_safe(low)
        has_year = any(w in ("thousand", "nineteen") for w in words)
        return has_month or has_year or (digits is not None and len(re.sub(r"\D", "", digits)) >= 3)
    return True


def norm_spoken_safe(t):
    try:
        return norm_spoken(re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", t))
    except ValueError:
        return None


# ---------------------------------------------------------------- value makers
def mk_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if brand == "visa":
        return luhn_complete("4" + str(rng.randrange(10)), 16, rng), 3
    if brand == "mc":
        return luhn_complete(str(rng.randrange(51, 56)), 16, rng), 3
    if brand == "amex":
        return luhn_complete(rng.choice(["34", "37"]), 15, rng), 4
    if brand == "disc":
        return luhn_complete("6011", 16, rng), 3
    if brand == "visa13":
        return luhn_complete("4", 13, rng), 3
    return luhn_complete(rng.choice(["6759", "5018", "6763"]), 19, rng), 3


def fmt_card_typed(c, rng):
    st = rng.choice(["4", "4", "4d", "none", "amex", "odd", "dots"])
    if len(c) == 15 and rng.random() < 0.7:
        return c[:4] + " " + c[4:10] + " " + c[10:]
    if st == "4":
        return " ".join(c[i:i + 4] for i in range(0, len(c), 4))
    if st == "4d":
        return "-".join(c[i:i + 4] for i in range(0, len(c), 4))
    if st == "dots":
        return ".".join(c[i:i + 4] for i in range(0, len(c), 4))
    if st == "odd":
        cut = sorted(rng.sample(range(2, len(c) - 1), 3))
        parts, last = [], 0
        for k in cut:
            parts.append(c[last:k])
            last = k
        parts.append(c[last:])
        return " ".join(parts)
    return c


def mk_ssn(rng):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def mk_ni(rng):
    while True:
        p = rng.choice(NI_L1) + rng.choice(NI_L2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def fmt_ni_typed(n, rng):
    st = rng.choice(["plain", "sp", "sp2", "lower", "dash"])
    if st == "plain":
        return n
    if st == "sp":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if st == "sp2":
        return "%s %s %s" % (n[:2], n[2:8], n[8])
    if st == "lower":
        return n.lower()
    return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


def mk_sort(rng):
    return "%02d%02d%02d" % (rng.choice([20, 30, 40, 60, 77, 80, 83, 90, 11, 16, 9, 8]),
                             rng.randrange(100), rng.randrange(100))


def mk_acct(rng, n=8):
    return str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(n - 1))


def mk_iban(rng):
    cc = rng.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "MIDL", "HBUK"]) + mk_sort(rng) + mk_acct(rng)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "IPBS"]) + mk_sort(rng) + mk_acct(rng)
    elif cc == "DE":
        bban = mk_acct(rng, 18)
    elif cc == "FR":
        bban = mk_acct(rng, 23)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABX"]).replace("RABX", "KNAB") + mk_acct(rng, 10)
    else:
        bban = mk_acct(rng, 20)
    return cc + iban_check(cc, bban) + bban


def mk_phone(rng):
    kind = rng.choice(["uk_mob", "uk_land", "us", "ie", "intl_uk", "fr"])
    if kind == "uk_mob":
        d = "07" + str(rng.choice([4, 5, 7, 8, 9])) + mk_acct(rng, 8)
        return d, d[:5] + " " + d[5:]
    if kind == "uk_land":
        d = "0" + rng.choice(["161", "121", "113", "117", "131", "141", "1632"]) + "".join(
            str(rng.randrange(10)) for _ in range(6 if len("x") else 7))
        d = d + str(rng.randrange(10)) * (11 - len(d))
        return d, d[:4] + " " + d[4:7] + " " + d[7:]
    if kind == "us":
        d = "1" + str(rng.choice([212, 312, 415, 617, 646, 713, 206, 305])) + "555" + "%04d" % rng.randrange(10000)
        return "+" + d, rng.choice(["(%s) %s-%s" % (d[1:4], d[4:7], d[7:]),
                                    "+1 %s-%s-%s" % (d[1:4], d[4:7], d[7:]),
                                    "%s.%s.%s" % (d[1:4], d[4:7], d[7:])])
    if kind == "ie":
        d = "3538" + str(rng.choice([3, 5, 6, 7])) + mk_acct(rng, 7)
        return "+" + d, "+353 " + d[3:5] + " " + d[5:8] + " " + d[8:]
    if kind == "fr":
        d = "336" + mk_acct(rng, 8)
        return "+" + d, "+33 " + " ".join([d[2]] + [d[i:i + 2] for i in range(3, 11, 2)])
    d = "447" + str(rng.choice([4, 5, 7, 8, 9])) + mk_acct(rng, 8)
    return "+" + d, "+44 " + d[2:6] + " " + d[6:]


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tomasz", "grace", "kwame",
         "chloe", "dylan", "fatima", "sean", "mei", "oliver", "niamh", "carlos", "hannah",
         "raj", "emily", "jack", "zara", "patrick", "amara", "lucy", "ben", "siobhan", "dan"]
LAST = ["smith", "patel", "murphy", "kowalski", "jones", "nguyen", "okafor", "williams",
        "brennan", "garcia", "taylor", "khan", "walsh", "evans", "chen", "byrne", "davies",
        "hughes", "martin", "kelly", "reid", "shah", "lewis", "doyle"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "btinternet.com",
           "eircom.net", "icloud.com", "aol.com", "live.ie", "protonmail.com", "sky.com"]


def mk_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    st = rng.choice(["f.l", "fl", "f_l", "initl", "fl2"])
    if st == "f.l":
        u = f + "." + l
    elif st == "fl":
        u = f + l
    elif st == "f_l":
        u = f + "_" + l
    elif st == "initl":
        u = f[0] + "." + l
    else:
        u = f + l + str(rng.randrange(10, 99))
    return u + "@" + rng.choice(DOMAINS)


def say_email(e, rng):
    user, dom = e.split("@")
    parts = []
    for piece in re.split(r"([._])", user):
        if piece == ".":
            parts.append("dot")
        elif piece == "_":
            parts.append("underscore")
        elif piece.isdigit():
            parts.append(piece)
        elif re.match(r"^[a-z]+\d+$", piece):
            m = re.match(r"^([a-z]+)(\d+)$", piece)
            parts.append(m.group(1) + " " + m.group(2))
        elif len(piece) == 1 and rng.random() < 0.5:
            parts.append(piece + " for " + NATO[piece] if piece in NATO else piece)
        else:
            parts.append(piece)
    s = " ".join(parts) + " at " + " dot ".join(dom.split("."))
    return s


STREETS = ["Mill Lane", "Station Road", "Church Street", "Acacia Avenue", "Victoria Road",
           "Kingsway", "Elm Grove", "Park Crescent", "Harbour View Terrace", "Oak Drive",
           "Maple Close", "Granville Place", "Main Street", "Elm Street", "Sunset Boulevard",
           "Lakeview Drive", "Willow Way", "Castle Hill", "Bridge Street", "Orchard Gardens",
           "Hawthorn Court", "Beechwood Avenue", "Pine Street", "Cedar Lane"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Croydon", "Cardiff", "Glasgow", "Norwich",
            "Sheffield", "Swansea", "Reading", "Belfast", "Leicester"]
TOWNS_US = ["Austin, TX", "Columbus, OH", "Denver, CO", "Portland, OR", "Tampa, FL",
            "Raleigh, NC", "Phoenix, AZ"]


def mk_ukpc(rng):
    L = "ABCDEFGHJKLMNPRSTUWYZ"
    out = rng.choice(["%s%d", "%s%d%d", "%s%s%d", "%s%s%d%d", "%s%s%d%s"])
    if out == "%s%d":
        o = rng.choice(L) + str(rng.randrange(1, 10))
    elif out == "%s%d%d":
        o = rng.choice(L) + str(rng.randrange(10, 30))
    elif out == "%s%s%d":
        o = rng.choice(L) + rng.choice(L) + str(rng.randrange(1, 10))
    elif out == "%s%s%d%d":
        o = rng.choice(L) + rng.choice(L) + str(rng.randrange(10, 30))
    else:
        o = rng.choice(L) + rng.choice(L) + str(rng.randrange(1, 10)) + rng.choice("ABEHMNPRW")
    inw = str(rng.randrange(10)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
    return o + " " + inw


def mk_zip(rng):
    return "%05d" % rng.randrange(10000, 99999)


def mk_dob(rng):
    return rng.randrange(1938, 2005), rng.randrange(1, 13), rng.randrange(1, 29)


ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second",
       23: "twenty third", 24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}


def say_year(y, rng):
    if y == 2000:
        return "two thousand"
    if y >= 2000:
        return rng.choice(["two thousand and " + UNITS[y - 2000] if y < 2010 else "twenty " + pair_word(str(y)[2:]),
                           "two thousand " + (UNITS[y - 2000] if y < 2010 else pair_word(str(y)[2:]))])
    lo = y % 100
    hi = "nineteen"
    if lo == 0:
        return hi + " hundred"
    if lo < 10:
        return hi + " " + zero_word(rng) + " " + UNITS[lo]
    return hi + " " + (pair_word(str(lo)) if lo % 10 else (TEENS[0] if lo == 10 else TENS[lo // 10]))


def typed_date(y, m, d, rng, us=False):
    st = rng.choice(["slash", "slash2", "iso", "words", "words2", "dots", "short"])
    if st == "slash":
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if st == "slash2":
        return ("%d/%d/%02d" % (m, d, y % 100)) if us else ("%d/%d/%02d" % (d, m, y % 100))
    if st == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if st == "words":
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if st == "words2":
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    if st == "dots":
        return "%02d.%02d.%d" % (d, m, y)
    return "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"),
                           MON3[m - 1].capitalize(), y)


def spoken_date(y, m, d, rng):
    st = rng.choice(["the_of", "month_day", "digits"])
    if st == "the_of":
        return "%s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y, rng))
    if st == "month_day":
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y, rng))
    return "%s %s %s" % (say_digits("%02d" % d, rng, "single"), say_digits("%02d" % m, rng, "single"),
                         say_year(y, rng))


# ---------------------------------------------------------------- case builder
class Case(object):
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.groups = {}
        self._g = 0

    def group(self, typ, canon, mode="full"):
        self._g += 1
        self.groups[self._g] = (typ, canon, mode)
        return self._g

    def add(self, speaker, *segs):
        self.turns.append((speaker, segs))

    def build(self):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    val, typ, gid = s
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val),
                                  "type": typ})
                    meta.append(gid)
                    text += val
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return turns, spans, meta


def V(text, typ, gid):
    return (text, typ, gid)


def cap(s):
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------- scenery
ORGS = [("banking", "Northgate Bank"), ("banking", "Harbour Credit Union"),
        ("telecom", "Vireo Mobile"), ("telecom", "Eirline Broadband"),
        ("utilities", "Brightwater Energy"), ("utilities", "Shannon Gas & Power"),
        ("retail", "Bramble & Co"), ("retail", "Kestrel Outdoor"),
        ("insurance", "Lionheart Insurance"), ("insurance", "Atlas Mutual"),
        ("travel", "SkyQuay Airways"), ("travel", "Meridian Rail"),
        ("healthcare billing", "Riverside Medical Billing"),
        ("healthcare billing", "St Brigid's Patient Accounts"),
        ("government services", "the Council Tax office"),
        ("government services", "the Motor Tax helpline")]


def greet(rng):
    ind, org = rng.choice(ORGS)
    return ind, org, rng.choice([
        "thank you for calling %s, you're speaking with %s, how can i help" % (org.lower(), rng.choice(FIRST)),
        "hi, welcome to %s chat. how can I help today?" % org,
        "good morning, %s, my name's %s" % (org.lower(), rng.choice(FIRST)),
        "you're through to %s, can i take your name please" % org.lower(),
    ])


BACK = ["mhm", "go on", "yep", "okay", "right", "uh huh", "yes", "got that", "okay go on", "mm"]
CHAT_OPENERS = ["hi", "Hello", "hey there", "Hi, ", "morning", "hiya", "Hello,"]


def spk_card(c, rng):
    st = rng.choice(["single", "mixed", "pairs"])
    groups = [c[i:i + 4] for i in range(0, len(c), 4)]
    out = []
    for gi, g in enumerate(groups):
        out.append(say_digits(g, rng, st))
        if gi < len(groups) - 1:
            out.append(rng.choice([", ", " ", "... ", ", um, " if rng.random() < 0.3 else " "]))
    return "".join(out)


def card_chunks(c, rng):
    """Split a card into 2-4 pieces for reading across turns."""
    n = rng.choice([2, 3, 4])
    if n == 2:
        k = rng.choice([8, 6, 10]) if len(c) > 12 else 6
        return [c[:k], c[k:]]
    if n == 3:
        return [c[:4], c[4:10], c[10:]] if len(c) == 15 else [c[:4], c[4:8], c[8:]]
    q = [c[i:i + 4] for i in range(0, len(c), 4)]
    if len(q[-1]) < 3:
        q[-2] += q[-1]
        q = q[:-1]
    return q


# ---- positive templates ----------------------------------------------------
def p_chat_card(rng):
    c, clen = mk_card(rng)
    cs = Case("positive", "typed chat card payment")
    ind, org, g = greet(rng)
    cs.add("agent", cap(g))
    gid = cs.group("CARD_NUMBER", c)
    lab = rng.choice(["card no: ", "Card number - ", "its ", "card:", "the long number is ",
                      "CC# ", "ok here u go ", "Card num ", "pls charge "])
    tail = rng.choice(["", " thanks", " x", ".", " (debit)", " - visa debit"])
    cs.add("customer", lab, V(fmt_card_typed(c, rng), "CARD_NUMBER", gid), tail)
    if rng.random() < 0.7:
        m, y = rng.randrange(1, 13), rng.randrange(26, 32)
        eg = cs.group("EXPIRY", "%02d/%02d" % (m, y))
        ex = rng.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                         "%s %d" % (MON3[m - 1], 2000 + y), "%02d %02d" % (m, y)])
        cvv = mk_acct(rng, clen)
        vg = cs.group("CVV", cvv)
        if rng.random() < 0.5:
            cs.add("customer", rng.choice(["exp ", "expiry ", "Exp date: ", "expires "]),
                   V(ex, "EXPIRY", eg), rng.choice([" cvv ", ", security code ", " CVC:", " and the 3 digits on back are "]),
                   V(cvv, "CVV", vg))
        else:
            cs.add("agent", "Thanks. And the expiry date and security code please?")
            cs.add("customer", V(ex, "EXPIRY", eg), rng.choice([" ", " / ", ", ", " and "]), V(cvv, "CVV", vg))
    cs.add("agent", rng.choice(["Thank you, that's gone through.", "Payment processed, thanks.",
                                "Lovely, one moment while I process that."]))
    return cs


def p_asr_card_split(rng):
    c, clen = mk_card(rng)
    cs = Case("positive", "asr card read over several turns with back-channels")
    ind, org, g = greet(rng)
    cs.add("agent", g)
    cs.add("customer", rng.choice(["yeah hi i want to pay my bill", "i need to make a payment please",
                                   "hiya um i'm ringing to pay off the balance", "yeah i'd like to book it on card"]))
    cs.add("agent", rng.choice(["sure, can i take the long number on the card", "okay what's the card number",
                                "no problem, when you're ready, the sixteen digits on the front"]))
    gid = cs.group("CARD_NUMBER", c)
    pieces = card_chunks(c, rng)
    for i, p in enumerate(pieces):
        pre = rng.choice(["", "", "okay it's ", "right ", "so ", "um ", "then "]) if i == 0 else rng.choice(["", "", "then ", "and ", "next is "])
        post = rng.choice(["", "", " ...", " yeah"])
        cs.add("customer", pre, V(say_digits(p, rng, rng.choice(["single", "mixed", "pairs"]), filler=0.2), "CARD_NUMBER", gid), post)
        if i < len(pieces) - 1:
            cs.add("agent", rng.choice(BACK))
    if rng.random() < 0.6:
        rg = cs.group("CARD_NUMBER", c)
        cs.add("agent", rng.choice(["let me read that back, ", "so that's ", "just to confirm, "]),
               V(spk_card(c, rng), "CARD_NUMBER", rg), rng.choice(["?", ", is that right", ", correct?"]))
        cs.add("customer", rng.choice(["yeah that's it", "yes", "that's right yeah", "correct"]))
    if rng.random() < 0.6:
        m, y = rng.randrange(1, 13), rng.randrange(26, 32)
        eg = cs.group("EXPIRY", "%02d/%02d" % (m, y))
        cs.add("agent", "and the expiry")
        ex = rng.choice([say_digits("%02d" % m, rng, "single") + " " + pair_word("%02d" % y),
                         MONTHS[m - 1] + " twenty " + UNITS[y - 20] if y < 30 else MONTHS[m - 1] + " " + say_year(2000 + y, rng),
                         say_digits("%02d" % m, rng, "single") + " slash " + pair_word("%02d" % y)])
        cs.add("customer", rng.choice(["", "it's ", "um "]), V(ex, "EXPIRY", eg))
        cvv = mk_acct(rng, clen)
        vg = cs.group("CVV", cvv)
        cs.add("agent", rng.choice(["and the three digit code on the back", "last thing, the security code"]))
        cs.add("customer", rng.choice(["", "that's ", "it's "]), V(say_digits(cvv, rng, "single"), "CVV", vg))
    return cs


def p_asr_card_restart(rng):
    c, clen = mk_card(rng)
    cs = Case("positive", "asr card reading with false start and restart")
    ind, org, g = greet(rng)
    cs.add("agent", g + " ... okay and the card number when you're ready")
    k = rng.choice([4, 6, 7])
    pg = cs.group("CARD_NUMBER", c[:k], "prefix")
    fg = cs.group("CARD_NUMBER", c)
    cs.add("customer", rng.choice(["right so it's ", "okay ", "um "]),
           V(say_digits(c[:k], rng, "single"), "CARD_NUMBER", pg),
           rng.choice(["... no hang on that's the old card, sorry, here we go, ",
                       " -- sorry my glasses -- let me start again. ",
                       ", wait, sorry, i'll start from the beginning, "]),
           V(spk_card(c, rng), "CARD_NUMBER", fg))
    cs.add("agent", rng.choice(["thank you", "lovely, got that", "okay perfect"]))
    return cs


def p_card_with_last4(rng):
    c, clen = mk_card(rng)
    cs = Case("positive", "full card read then referred to by last four in same case")
    cs.add("agent", "can i get the card number you'd like to use")
    gid = cs.group("CARD_NUMBER", c)
    if rng.random() < 0.5:
        cs.add("customer", V(fmt_card_typed(c, rng), "CARD_NUMBER", gid))
    else:
        cs.add("customer", "yeah it's ", V(spk_card(c, rng), "CARD_NUMBER", gid))
    lg = cs.group("CARD_NUMBER", c[-4:], "suffix")
    last = c[-4:] if rng.random() < 0.5 else say_digits(c[-4:], rng, "mixed")
    cs.add("agent", rng.choice(["okay so that's the card ending ", "great, i've got the one ending in ",
                                "thanks, the card ending "]), V(last, "CARD_NUMBER", lg),
           rng.choice([", and the payment is for forty two pounds fifty", ", i'll set that as the default",
                        ". is that a debit card?"]))
    cs.add("customer", rng.choice(["yes debit", "that's fine", "yep"]))
    return cs


def p_ssn(rng):
    s = mk_ssn(rng)
    cs = Case("positive", "US social security number")
    ind, org, g = greet(rng)
    mode = rng.choice(["chat", "asr", "asr_split", "readback"])
    gid = cs.group("SSN", s)
    if mode == "chat":
        cs.add("agent", rng.choice(["To verify, please provide your SSN.", "Can you confirm the social on file?"]))
        form = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
        cs.add("customer", rng.choice(["ssn ", "SSN: ", "its ", "social is ", "", "my ss# is "]),
               V(form, "SSN", gid), rng.choice(["", " thanks", ".", " - dob needed too?"]))
    elif mode in ("asr", "readback"):
        cs.add("agent", g + ", can i get your social security number")
        cs.add("customer", rng.choice(["sure it's ", "yeah ", "uh it's ", "okay, "]),
               V(say_digits(s[:3], rng, "single") + rng.choice([", ", " ", " dash "]) +
                 say_digits(s[3:5], rng, "mixed") + rng.choice([", ", " ", " dash "]) +
                 say_digits(s[5:], rng, "mixed", filler=0.3), "SSN", gid))
        if mode == "readback":
            rg = cs.group("SSN", s)
            cs.add("agent", "thank you, i have ", V("%s-%s-%s" % (s[:3], s[3:5], s[5:]) if rng.random() < 0.3
                                                   else say_digits(s, rng, "single"), "SSN", rg), ", correct?")
            cs.add("customer", "yes ma'am")
    else:
        cs.add("agent", "what's the social on the account")
        cs.add("customer", "okay first three ", V(say_digits(s[:3], rng, "single"), "SSN", gid))
        cs.add("agent", rng.choice(BACK))
        cs.add("customer", V(say_digits(s[3:5], rng, "mixed"), "SSN", gid))
        cs.add("agent", rng.choice(BACK))
        cs.add("customer", rng.choice(["and ", "then ", ""]), V(say_digits(s[5:], rng, "mixed", filler=0.3), "SSN", gid),
               rng.choice(["", " and that's it"]))
    return cs


def p_ni(rng):
    n = mk_ni(rng)
    cs = Case("positive", "UK national insurance number")
    mode = rng.choice(["chat", "asr", "asr_split", "readback"])
    gid = cs.group("NI_NUMBER", n)
    if mode == "chat":
        cs.add("agent", rng.choice(["Could you give me your National Insurance number?",
                                    "For HMRC purposes we need your NI no."]))
        cs.add("customer", rng.choice(["NI no: ", "its ", "ni number ", "NINO ", "", "sure - "]),
               V(fmt_ni_typed(n, rng), "NI_NUMBER", gid), rng.choice(["", " cheers", ".", " thx"]))
    elif mode in ("asr", "readback"):
        cs.add("agent", "and your national insurance number please")
        cs.add("customer", rng.choice(["yeah it's ", "um ", "okay ", "right, "]),
               V(say_alnum(n, rng, nato=0.35, filler=0.08), "NI_NUMBER", gid))
        if mode == "readback":
            rg = cs.group("NI_NUMBER", n)
            cs.add("agent", "so that's ", V(say_alnum(n, rng, nato=0.6), "NI_NUMBER", rg), "?")
            cs.add("customer", "yep")
    else:
        cs.add("agent", "can i take your national insurance number")
        cs.add("customer", "right it's ", V(say_alnum(n[:2], rng, nato=0.7), "NI_NUMBER", gid))
        cs.add("agent", rng.choice(BACK))
        cs.add("customer", V(say_digits(n[2:8], rng, rng.choice(["single", "mixed"])), "NI_NUMBER", gid))
        cs.add("agent", rng.choice(["and the letter at the end", "and the last letter"]))
        cs.add("customer", V(say_alnum(n[8], rng, nato=0.6), "NI_NUMBER", gid))
    return cs


def p_bank(rng):
    sc, ac = mk_sort(rng), mk_acct(rng, 8)
    cs = Case("positive", "UK sort code and account number")
    sg, ag = cs.group("SORT_CODE", sc), cs.group("BANK_ACCOUNT", ac)
    if rng.random() < 0.5:
        cs.add("agent", rng.choice(["Please send the bank details for the refund.", "What account should the direct debit come from?"]))
        scf = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:])
        cs.add("customer", rng.choice(["sort code ", "SC: ", "sort ", "sortcode "]), V(scf, "SORT_CODE", sg),
               rng.choice([" acct no: ", ", account number ", " a/c ", "\nAcc: ", " account "]), V(ac, "BANK_ACCOUNT", ag))
    else:
        cs.add("agent", "okay can i take the sort code")
        cs.add("customer", rng.choice(["yeah ", "it's ", ""]),
               V(say_digits(sc[:2], rng, "pairs") + rng.choice([" ", ", ", " dash "]) + say_digits(sc[2:4], rng, "pairs") +
                 rng.choice([" ", ", "]) + say_digits(sc[4:], rng, "pairs"), "SORT_CODE", sg))
        cs.add("agent", "and the account number")
        if rng.random() < 0.5:
            cs.add("customer", V(say_digits(ac[:4], rng, "mixed"), "BANK_ACCOUNT", ag))
            cs.add("agent", rng.choice(BACK))
            cs.add("customer", V(say_digits(ac[4:], rng, "mixed", filler=0.3), "BANK_ACCOUNT", ag))
        else:
            cs.add("customer", rng.choice(["", "that's "]), V(say_digits(ac, rng, "single", filler=0.2), "BANK_ACCOUNT", ag))
        if rng.random() < 0.5:
            rg = cs.group("BANK_ACCOUNT", ac)
            cs.add("agent", "so account ", V(say_digits(ac, rng, "single"), "BANK_ACCOUNT", rg), ", yeah?")
            cs.add("customer", "yes")
    return cs


def p_us_bank(rng):
    ac = mk_acct(rng, rng.choice([10, 11, 12]))
    cs = Case("positive", "US checking account number")
    ag = cs.group("BANK_ACCOUNT", ac)
    cs.add("agent", rng.choice(["What checking account would you like the payment drawn from?",
                                "and the account number for the autopay"]))
    if rng.random() < 0.5:
        cs.add("customer", rng.choice(["acct # ", "checking acct ", "account no. "]), V(ac, "BANK_ACCOUNT", ag),
               rng.choice(["", ", routing i'll send separately"]))
    else:
        cs.add("customer", "checking account is ", V(say_digits(ac, rng, "mixed", filler=0.2), "BANK_ACCOUNT", ag))
    return cs


def p_iban(rng):
    ib = mk_iban(rng)
    cs = Case("positive", "IBAN for refund or transfer")
    gid = cs.group("IBAN", ib)
    if rng.random() < 0.55:
        cs.add("agent", rng.choice(["Please provide your IBAN for the refund.", "Which IBAN should we credit?"]))
        f = rng.choice(["sp", "plain", "lower"])
        if f == "sp":
            t = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        elif f == "lower":
            t = ib.lower()
        else:
            t = ib
        cs.add("customer", rng.choice(["IBAN: ", "iban ", "my iban is ", "", "IBAN "]), V(t, "IBAN", gid),
               rng.choice(["", " (BIC to follow)", ". thanks"]))
    else:
        cs.add("agent", "okay can you read me the iban")
        q = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        half = len(q) // 2
        p1, p2 = "".join(q[:half]), "".join(q[half:])
        cs.add("customer", rng.choice(["sure it's ", "right ", ""]), V(say_alnum(p1, rng, nato=0.4), "IBAN", gid))
        cs.add("agent", rng.choice(BACK))
        cs.add("customer", V(say_alnum(p2, rng, nato=0.2, filler=0.05), "IBAN", gid))
    return cs


def p_phone(rng):
    canon, typed = mk_phone(rng)
    cs = Case("positive", "phone number")
    gid = cs.group("PHONE", canon)
    if rng.random() < 0.45:
        cs.add("agent", rng.choice(["What's the best number to reach you on?", "Can you confirm your contact number?"]))
        plus = re.match(r"^[^0-9]*", typed).group(0)
        cs.groups[gid] = ("PHONE", ("+" if plus == "+" else "") + re.sub(r"\D", "", typed), "full")
        cs.add("customer", rng.choice(["", "mob: ", "tel ", "call me on ", "its ", "ph. "]) + plus,
               V(typed[len(plus):], "PHONE", gid),
               rng.choice(["", " after 5pm", " (mobile)", " thanks"]))
    else:
        cs.add("agent", "what's a good number for you")
        d = canon
        if d.startswith("+"):
            cc = {"+44": "44", "+1": "1", "+353": "353", "+33": "33"}
            code = [k for k in ("+353", "+44", "+33", "+1") if d.startswith(k)][0]
            rest = d[len(code):]
            spoken = "plus " + say_digits(code[1:], rng, "single") + rng.choice([" ", ", "]) + \
                say_digits(rest, rng, "mixed", filler=0.15)
        else:
            spoken = say_digits(d, rng, rng.choice(["single", "mixed"]), filler=0.15)
        cs.add("customer", rng.choice(["it's ", "yeah ", "um ", "my mobile's "]), V(spoken, "PHONE", gid))
        if rng.random() < 0.4:
            rg = cs.group("PHONE", canon)
            cs.add("agent", "so ", V(say_digits(canon.lstrip("+"), rng, "single") if not canon.startswith("+")
                                     else "plus " + say_digits(canon[1:], rng, "single"), "PHONE", rg), "?")
            cs.add("customer", "that's it")
    return cs


def p_email(rng):
    e = mk_email(rng)
    cs = Case("positive", "email address")
    gid = cs.group("EMAIL", e)
    if rng.random() < 0.45:
        cs.add("agent", rng.choice(["What email should the receipt go to?", "Can I get an email address for the account?"]))
        t = e if rng.random() < 0.7 else e.upper() if rng.random() < 0.3 else cap(e)
        cs.add("customer", rng.choice(["", "email: ", "its ", "send to ", "E-mail "]), V(t, "EMAIL", gid),
               rng.choice(["", " pls", ".", " thanks!"]))
    else:
        cs.add("agent", "and an email address")
        cs.add("customer", rng.choice(["yeah it's ", "um it's ", ""]), V(say_email(e, rng), "EMAIL", gid))
        if rng.random() < 0.4:
            rg = cs.group("EMAIL", e)
            cs.add("agent", "lovely so that's ", V(say_email(e, rng), "EMAIL", rg))
            cs.add("customer", "yep all lower case")
    return cs


def p_dob(rng):
    y, m, d = mk_dob(rng)
    cs = Case("positive", "date of birth for verification")
    gid = cs.group("DOB", "%d-%02d-%02d" % (y, m, d))
    us = rng.random() < 0.3
    if rng.random() < 0.45:
        cs.add("agent", rng.choice(["Please confirm your date of birth.", "For security, what's your DOB?"]))
        cs.add("customer", rng.choice(["", "dob ", "DOB: ", "born ", "its "]), V(typed_date(y, m, d, rng, us), "DOB", gid))
    else:
        cs.add("agent", rng.choice(["can you confirm your date of birth", "and your date of birth please"]))
        cs.add("customer", rng.choice(["it's ", "yeah the ", "um ", ""]), V(spoken_date(y, m, d, rng), "DOB", gid))
    return cs


def p_address(rng):
    cs = Case("positive", "postal address with postcode/zip")
    us = rng.random() < 0.3
    num = rng.randrange(1, 240)
    street = rng.choice(STREETS)
    flat = rng.random() < 0.25
    addr = ("Flat %d, " % rng.randrange(1, 30) if flat else "") + "%d %s" % (num, street)
    ag = cs.group("ADDRESS", addr)
    pc = mk_zip(rng) if us else mk_ukpc(rng)
    pg = cs.group("POSTCODE", pc.replace(" ", "").lower())
    town = rng.choice(TOWNS_US if us else TOWNS_UK)
    if rng.random() < 0.5:
        cs.add("agent", rng.choice(["What's the delivery address?", "Can you confirm the billing address?"]))
        a = addr if rng.random() < 0.7 else addr.lower()
        p = pc if rng.random() < 0.7 else pc.lower().replace(" ", "")
        cs.add("customer", V(a, "ADDRESS", ag), rng.choice([", ", "\n", " "]), town, rng.choice([" ", ", ", "\n"]),
               V(p, "POSTCODE", pg))
    else:
        cs.add("agent", "and the first line of the address")
        sn = (("flat " + UNITS[int(addr.split()[1].rstrip(','))] + " " if flat and int(addr.split()[1].rstrip(',')) < 10 else
               ("flat %s, " % addr.split()[1].rstrip(',')) if flat else ""))
        numw = say_digits(str(num), rng, "pairs") if num >= 10 and rng.random() < 0.6 else str(num)
        if num >= 100 and rng.random() < 0.5:
            numw = chunk_words(str(num), rng, "pairs")
        spoken_addr = sn + numw + " " + street.lower()
        cs.add("customer", rng.choice(["it's ", "yeah ", "um "]), V(spoken_addr, "ADDRESS", ag), " in ", town.split(",")[0].lower())
        cs.add("agent", "and the " + ("zip code" if us else "postcode"))
        sp = say_digits(pc, rng, "single") if us else say_alnum(pc, rng, nato=0.3)
        cs.add("customer", V(sp, "POSTCODE", pg))
    return cs


def p_postcode_only(rng):
    cs = Case("positive", "postcode-only verification")
    pc = mk_ukpc(rng) if rng.random() < 0.7 else mk_zip(rng)
    pg = cs.group("POSTCODE", pc.replace(" ", "").lower())
    cs.add("agent", rng.choice(["and can you confirm the postcode on the account", "what's the postcode there"]))
    if rng.random() < 0.5:
        cs.add("customer", rng.choice(["", "it's ", "postcode "]), V(pc, "POSTCODE", pg))
    else:
        cs.add("customer", rng.choice(["yeah it's ", "um "]), V(say_alnum(pc, rng, nato=0.5, filler=0.1), "POSTCODE", pg))
        cs.add("agent", "thank you")
    return cs


def p_verification_mix(rng):
    cs = Case("positive", "multi-item security check with aside")
    y, m, d = mk_dob(rng)
    dg = cs.group("DOB", "%d-%02d-%02d" % (y, m, d))
    canon, typed = mk_phone(rng)
    pcg = mk_ukpc(rng)
    pg = cs.group("POSTCODE", pcg.replace(" ", "").lower())
    hg = cs.group("PHONE", canon)
    ind, org, g = greet(rng)
    cs.add("agent", g + ". before we start i need to run through security, date of birth first")
    cs.add("customer", rng.choice(["", "okay it's "]), V(spoken_date(y, m, d, rng), "DOB", dg),
           rng.choice([" -- sorry the dog's going mad -- ", " ", ". "]))
    cs.add("agent", "and the postcode")
    cs.add("customer", V(say_alnum(pcg, rng, nato=0.3), "POSTCODE", pg))
    cs.add("agent", "and the number we have on file for you")
    if canon.startswith("+"):
        sp = "plus " + say_digits(canon[1:], rng, "mixed", filler=0.2)
    else:
        sp = say_digits(canon, rng, "mixed", filler=0.2)
    cs.add("customer", rng.choice(["it's ", "should be ", "um "]), V(sp, "PHONE", hg))
    cs.add("agent", "perfect, you're through security")
    return cs


def p_ni_with_aside(rng):
    n = mk_ni(rng)
    cs = Case("positive", "NI number with aside mid-reading")
    gid = cs.group("NI_NUMBER", n)
    cs.add("agent", "for the benefit claim i'll need your national insurance number")
    cs.add("customer", "okay it's ", V(say_alnum(n[:4], rng, nato=0.5), "NI_NUMBER", gid),
           rng.choice([" -- hang on let me get the letter out, it's in the drawer -- right, ",
                       " ... sorry, kids, be quiet! ... where was i, ",
                       ", um, two ticks, ... okay "]), V(say_alnum(n[4:], rng, nato=0.3), "NI_NUMBER", gid))
    cs.add("agent", "thank you")
    return cs


def p_ssn_typo_chat(rng):
    s = mk_ssn(rng)
    cs = Case("positive", "chat SSN with label typo and spacing oddities")
    gid = cs.group("SSN", s)
    cs.add("agent", "I'll need the last name and social to pull up the policy.")
    cs.add("customer", rng.choice(LAST).capitalize() + rng.choice([", socail sec # ", " / ssn- ", " soc sec no ", ", SSN= "]),
           V(rng.choice(["%s - %s - %s", "%s %s-%s", "%s-%s %s"]) % (s[:3], s[3:5], s[5:]), "SSN", gid))
    return cs


POS_TEMPLATES = [
    (p_chat_card, 16), (p_asr_card_split, 16), (p_asr_card_restart, 5), (p_card_with_last4, 6),
    (p_ssn, 13), (p_ssn_typo_chat, 4), (p_ni, 13), (p_ni_with_aside, 4),
    (p_bank, 8), (p_us_bank, 3), (p_iban, 8), (p_phone, 9), (p_email, 8), (p_dob, 7),
    (p_address, 9), (p_postcode_only, 4), (p_verification_mix, 5),
]


# ---- negative templates ----------------------------------------------------
def n_card_last4(rng):
    cs = Case("negative", "card last four only (PCI allowed)")
    l4 = "%04d" % rng.randrange(10000)
    cs.add("agent", rng.choice(["i can see a card ending ", "is that the visa ending in ", "the card on file ends "]) +
           (l4 if rng.random() < 0.5 else say_digits(l4, rng, "mixed")) + rng.choice(["?", ", would you like to use that", "."]))
    cs.add("customer", rng.choice(["yeah use that one", "no the other one ending " + say_digits("%04d" % rng.randrange(10000), rng, "single"),
                                   "yes ending " + "%04d" % rng.randrange(10000)]))
    return cs


def n_order_number(rng):
    cs = Case("negative", "long order/reference number with label read like a card")
    lab = rng.choice(["order number", "reference number", "booking reference", "claim number", "ticket number",
                      "tracking number", "invoice number", "case reference", "policy number", "serial number"])
    digs = mk_acct(rng, rng.choice([10, 12, 14, 16, 18]))
    cs.add("agent", "can i take the %s please" % lab)
    if rng.random() < 0.5:
        cs.add("customer", "yeah the %s is " % lab + say_digits(digs, rng, "mixed", filler=0.2))
        cs.add("agent", rng.choice(BACK) + ", and that's the %s from the email?" % lab)
        cs.add("customer", "yep the %s" % lab)
    else:
        cs.add("customer", "%s: %s" % (cap(lab), rng.choice([digs, " ".join(digs[i:i + 4] for i in range(0, len(digs), 4))])))
    return cs


def n_split_reference(rng):
    cs = Case("negative", "reference read across turns with back-channels")
    lab = rng.choice(["account reference", "customer reference", "meter serial", "order number", "membership number"])
    digs = mk_acct(rng, 16)
    cs.add("agent", "okay have you got your %s handy" % lab)
    cs.add("customer", "yeah the %s, it's " % lab + say_digits(digs[:8], rng, "single"))
    cs.add("agent", rng.choice(BACK))
    cs.add("customer", say_digits(digs[8:], rng, "mixed"))
    cs.add("agent", "thanks, that's brought up the %s" % lab)
    return cs


def n_amounts(rng):
    cs = Case("negative", "amounts and balances")
    a = rng.randrange(10, 5000)
    cs.add("agent", rng.choice(["your outstanding balance is ", "the amount due is ", "you owe "]) +
           rng.choice(["\u00a3%d.%02d" % (a, rng.randrange(100)), "%s pounds %s" % (say_digits(str(a), rng, "pairs"), pair_word("%02d" % rng.randrange(11, 99)) if False else "fifty"),
                       "$%d" % a, "\u20ac%d,%02d" % (a, rng.randrange(100))]))
    cs.add("customer", rng.choice(["can i pay %d now and the rest on the %s" % (rng.randrange(10, 200), ORD[rng.randrange(1, 29)]),
                                   "that's more than last month's %d" % rng.randrange(20, 300),
                                   "okay so about %d percent more than usual" % rng.randrange(2, 60)]))
    return cs


def n_times_dates(rng):
    cs = Case("negative", "appointment times, dates and durations")
    cs.add("agent", rng.choice([
        "the engineer can come on the %s of %s between eight and twelve" % (ORD[rng.randrange(1, 29)], rng.choice(MONTHS)),
        "your appointment is %d/%d/2025 at %d:%02d" % (rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(8, 18), rng.choice([0, 15, 30, 45])),
        "we're open nine till five thirty monday to friday, and ten to four on saturdays",
        "your contract started on %s %d %d and runs for %d months" % (rng.choice(MONTHS).capitalize(), rng.randrange(1, 29), rng.randrange(2018, 2026), rng.choice([12, 18, 24, 36])),
    ]))
    cs.add("customer", rng.choice(["i've been on hold for forty five minutes", "could it be after three",
                                   "the payment date was the %s" % ORD[rng.randrange(1, 29)],
                                   "i've been a customer since %d" % rng.randrange(1990, 2024)]))
    return cs


def n_meter(rng):
    cs = Case("negative", "meter readings and serials")
    r = mk_acct(rng, rng.choice([5, 6]))
    cs.add("agent", "could you give me a meter reading")
    cs.add("customer", rng.choice(["yeah it says ", "it's ", "the reading is "]) + say_digits(r, rng, "single", filler=0.2) +
           rng.choice(["", " and the night one is " + say_digits(mk_acct(rng, 5), rng, "single")]))
    cs.add("agent", "and the meter serial, it's on the sticker")
    cs.add("customer", "meter serial " + rng.choice(["E%02dM%06d" % (rng.randrange(100), rng.randrange(10 ** 6)),
                                                      say_digits(mk_acct(rng, 10), rng, "mixed")]))
    return cs


def n_travel(rng):
    cs = Case("negative", "flight/seat/gate/room numbers")
    cs.add("agent", rng.choice([
        "you're on flight %s %d, departing gate %s%d at %d:%02d" % (rng.choice(["SQ", "EI", "BA", "UA"]), rng.randrange(100, 9999),
                                                                    rng.choice("ABC"), rng.randrange(1, 60), rng.randrange(5, 23), rng.choice([5, 20, 40])),
        "i've moved you to seat %d%s" % (rng.randrange(1, 40), rng.choice("ABCDEF")),
        "your room is %d on the %s floor" % (rng.randrange(100, 999), rng.choice(["third", "fourth", "ninth"])),
    ]))
    cs.add("customer", rng.choice(["and the booking ref is %s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
                                   "it was flight number " + say_digits(str(rng.randrange(1000, 9999)), rng, "pairs") + " originally",
                                   "great, the train's the %d:%02d from platform %d" % (rng.randrange(6, 22), rng.choice([4, 18, 33]), rng.randrange(1, 14))]))
    return cs


def n_misc_numbers(rng):
    cs = Case("negative", "ages, counts, temperatures, percentages, years")
    cs.add("customer", rng.choice([
        "my mum's %d and she's had no heating for %d days, it's %d degrees in here" % (rng.randrange(70, 99), rng.randrange(2, 9), rng.randrange(8, 15)),
        "we've got %d people on the plan and the price went up %d%%" % (rng.randrange(2, 6), rng.randrange(3, 15)),
        "i bought it in %d and it's model %s" % (rng.randrange(2012, 2025), rng.choice(["XR-%d" % rng.randrange(100, 999), "KD%d" % rng.randrange(1000, 9999)])),
        "i'm on the %d gig plan and i used %d point %d" % (rng.choice([10, 30, 100]), rng.randrange(1, 30), rng.randrange(10)),
    ]))
    cs.add("agent", rng.choice(["i'm sorry to hear that", "okay let me have a look", "right, understood"]))
    return cs


def n_roads(rng):
    cs = Case("negative", "road names and directions without house numbers")
    cs.add("customer", rng.choice([
        "the van got stuck on the M%d near junction %d" % (rng.randrange(1, 70), rng.randrange(1, 40)),
        "the outage is all along %s, from the roundabout up to the A%d" % (rng.choice(STREETS), rng.randrange(1, 700)),
        "it's off Route %d, just past the %s" % (rng.randrange(1, 99), rng.choice(["gas station", "school", "church"])),
    ]))
    cs.add("agent", "okay we're aware of issues in that area")
    return cs


def n_imei_like(rng):
    cs = Case("negative", "Luhn-valid 15/16 digit non-card identifier with explicit label")
    c = luhn_complete(rng.choice(["35", "86", "01"]), 15, rng)
    lab = rng.choice(["IMEI", "device IMEI", "handset IMEI"])
    cs.add("agent", "can you read me the %s, dial star hash zero six hash" % lab)
    cs.add("customer", "okay the %s is %s" % (lab, rng.choice([c, say_digits(c, rng, "single")])))
    return cs


def n_phone_like_ref(rng):
    cs = Case("negative", "11-digit reference that looks like a phone number")
    d = "0" + mk_acct(rng, 10)
    lab = rng.choice(["customer reference", "account reference", "contract number", "MPRN"])
    cs.add("customer", "my %s is %s" % (lab, rng.choice([d, d[:5] + " " + d[5:]])))
    cs.add("agent", "thanks, found the %s" % lab)
    return cs


NEG_TEMPLATES = [
    (n_card_last4, 12), (n_order_number, 16), (n_split_reference, 8), (n_amounts, 10),
    (n_times_dates, 12), (n_meter, 8), (n_travel, 9), (n_misc_numbers, 10), (n_roads, 6),
    (n_imei_like, 5), (n_phone_like_ref, 6),
]


# ---------------------------------------------------------------- generation
def expand(templates):
    out = []
    for fn, n in templates:
        out.extend([fn] * n)
    return out


def generate():
    rng = random.Random(SEED)
    pos = expand(POS_TEMPLATES) * 2
    neg = expand(NEG_TEMPLATES)
    rng.shuffle(pos)
    rng.shuffle(neg)
    records, metas = [], []
    for kind, fns in (("positive", pos), ("negative", neg)):
        for i, fn in enumerate(fns, 1):
            cs = fn(rng)
            turns, spans, meta = cs.build()
            rec = {"id": "h511-%s-%03d" % ("pos" if kind == "positive" else "neg", i),
                   "kind": kind, "turns": turns, "spans": spans, "note": cs.note}
            records.append(rec)
            metas.append((cs, meta))
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)
    return text, records, metas


def canon_of(typ, text):
    if typ == "EMAIL":
        return norm_email(text)
    return norm_spoken(text, letters=typ in ("NI_NUMBER", "POSTCODE", "IBAN"))


def check(text, records, metas):
    errors = []
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    for rec, (cs, meta) in zip(records, metas):
        rid = rec["id"]
        if rec["kind"] == "negative" and rec["spans"]:
            errors.append("%s: negative with spans" % rid)
        if rec["kind"] == "positive" and not rec["spans"]:
            errors.append("%s: positive without spans" % rid)
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errors.append("%s: bad speaker" % rid)
        by_turn = {}
        pieces = {}
        for sp, gid in zip(rec["spans"], meta):
            if sp["type"] not in TYPES:
                errors.append("%s: bad type" % rid)
            tx = rec["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(tx)):
                errors.append("%s: offsets out of range" % rid)
                continue
            if not (tx[s].isalnum() and tx[e - 1].isalnum()):
                errors.append("%s: span edge not alnum %r" % (rid, tx[s:e]))
            if (s > 0 and tx[s - 1].isalnum()) or (e < len(tx) and tx[e].isalnum()):
                errors.append("%s: span not on word boundary %r" % (rid, tx[s:e]))
            by_turn.setdefault(sp["turn"], []).append((s, e))
            typ, canon, mode = cs.groups[gid]
            if typ != sp["type"]:
                errors.append("%s: group type mismatch" % rid)
            pieces.setdefault(gid, []).append(tx[s:e])
        for lst in by_turn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errors.append("%s: overlapping spans" % rid)
        for gid, texts in pieces.items():
            typ, canon, mode = cs.groups[gid]
            if typ in ("ADDRESS", "DOB", "EXPIRY"):
                for t in texts:
                    if not check_text_form(typ, t):
                        errors.append("%s: %s form check failed %r" % (rid, typ, t))
                if not validate(typ, canon):
                    errors.append("%s: %s canonical invalid %r" % (rid, typ, canon))
                continue
            try:
                got = "".join(canon_of(typ, t) for t in texts)
            except ValueError as ex:
                errors.append("%s: %s" % (rid, ex))
                continue
            want = canon.lower() if typ != "PHONE" else canon.lstrip("+")
            if typ == "PHONE":
                got = got.lstrip("+")
            if mode == "full" and got != want:
                errors.append("%s: %s normalised %r != %r" % (rid, typ, got, want))
            if mode == "prefix" and got != want:
                errors.append("%s: prefix %r != %r" % (rid, got, want))
            if mode == "suffix" and got != want:
                errors.append("%s: suffix %r != %r" % (rid, got, want))
            if mode == "full" and not validate(typ, want):
                errors.append("%s: %s value invalid %r" % (rid, typ, want))
        if rec["kind"] == "positive":
            # last-four suffix spans are only allowed when full card present
            types_modes = [cs.groups[g] for g in meta]
            if any(m == "suffix" for _, _, m in types_modes) and not any(
                    t == "CARD_NUMBER" and m == "full" for t, _, m in types_modes):
                errors.append("%s: last-four labelled without full card" % rid)
    return errors


def counts(records):
    c = {t: 0 for t in TYPES}
    for r in records:
        for s in r["spans"]:
            c[s["type"]] += 1
    return c


def main():
    text, records, metas = generate()
    if "--check" in sys.argv:
        errs = check(text, records, metas)
        with open(OUT, encoding="utf-8") as f:
            on_disk = f.read()
        if on_disk != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
        # parse the file as written, and recheck offsets against it
        for line in on_disk.splitlines():
            json.loads(line)
        npos = sum(r["kind"] == "positive" for r in records)
        nneg = sum(r["kind"] == "negative" for r in records)
        c = counts(records)
        if npos < 200 or nneg < 100:
            errs.append("too few cases: %d pos %d neg" % (npos, nneg))
        mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in TYPES:
            if c[t] < mins.get(t, 10):
                errs.append("too few %s spans: %d" % (t, c[t]))
        for e in errs[:50]:
            print("ERROR:", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        print(json.dumps(c))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    npos = sum(r["kind"] == "positive" for r in records)
    print("wrote %s: %d cases (%d positive)" % (OUT, len(records), npos))
    print(json.dumps(counts(records)))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout39``.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  All values come from one seeded ``random.Random``
so the output is byte-for-byte reproducible.

    python scripts/make_pii_holdout39.py          # write fixture + README
    python scripts/make_pii_holdout39.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 39241123
PREFIX = "h39"
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout39"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- segments

def V(text, typ, canon=None, gid=None):
    """A labelled value segment. canon = the canonical part this text encodes."""
    return {"text": text, "type": typ, "canon": canon, "gid": gid}


_gid_counter = [0]


def new_gid():
    _gid_counter[0] += 1
    return "g%d" % _gid_counter[0]


def build(turn_specs):
    """turn_specs: list of (speaker, [segments]). Returns turns, spans, meta."""
    turns, spans, meta = [], [], []
    for ti, (speaker, segs) in enumerate(turn_specs):
        if isinstance(segs, (str, dict)):
            segs = [segs]
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                start = len(text)
                text += seg["text"]
                spans.append({"turn": ti, "start": start, "end": len(text), "type": seg["type"]})
                meta.append({"canon": seg["canon"], "gid": seg["gid"]})
        turns.append({"speaker": speaker, "text": text})
    return turns, spans, meta


# ---------------------------------------------------------------- spoken helpers

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZEROS = ["zero", "oh", "o", "nought", "zero", "oh"]
HOMO = {"4": ["four", "four", "four", "for"], "2": ["two", "two", "two", "to", "too"],
        "8": ["eight", "eight", "eight", "ate"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}


def ordinal_word(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def num_word(n):
    """0..99 as words."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def dword(d, homophones=False):
    if d == "0":
        return R.choice(ZEROS)
    if homophones and d in HOMO and R.random() < 0.2:
        return R.choice(HOMO[d])
    return ONES[int(d)]


def speak_digits(s, pairs=0.0, doubles=0.6, homophones=False, zero=None):
    """Read a digit string the way a caller would (ASR-style words)."""
    out, i = [], 0
    while i < len(s):
        d = s[i]
        if i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < doubles:
            out.append("triple " + (zero or dword(d)))
            i += 3
            continue
        if i + 1 < len(s) and s[i + 1] == d and R.random() < doubles:
            out.append("double " + (zero or dword(d)))
            i += 2
            continue
        if i + 1 < len(s) and d != "0" and R.random() < pairs and not (
                s[i + 1] == "0" and i + 2 < len(s) and s[i + 2] != "0"):
            out.append(num_word(int(s[i:i + 2])))
            i += 2
            continue
        out.append(zero if (d == "0" and zero) else dword(d, homophones))
        i += 1
    return " ".join(out)


def speak_pairs(s):
    """Read in pairs wherever possible: 4111 -> forty one eleven.

    Falls back to digit-by-digit when the pair reading would be ambiguous
    ("fifty three" for 5-0-3)."""
    out = _speak_pairs(s)
    if norm_digits(out) != s:
        out = speak_digits(s, doubles=0)
    return out


def _speak_pairs(s):
    out, i = [], 0
    while i < len(s):
        if i + 1 < len(s) and s[i] != "0":
            out.append(num_word(int(s[i:i + 2])))
            i += 2
        else:
            out.append(dword(s[i]))
            i += 1
    return " ".join(out)


NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu", "O": "oscar"}
NAMEWORD = {"A": "apple", "B": "bob", "C": "charlie", "D": "david", "E": "edward", "G": "george",
            "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mother", "N": "nellie",
            "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william", "X": "x-ray",
            "Y": "yellow", "Z": "zebra", "F": "freddie", "Q": "queen", "U": "uncle", "O": "orange"}


def spell_letter(ch, style):
    low = ch.lower()
    if ch == "W" and R.random() < 0.4:
        return "double u"
    if style == "nato" and ch in NATO:
        return "%s for %s" % (low, NATO[ch])
    if style == "asin" and ch in NAMEWORD:
        return "%s as in %s" % (low, NAMEWORD[ch])
    return low


def speak_alnum(s, letter_style="plain"):
    """Letters spelled, digits as words (zero never 'oh' to keep it unambiguous)."""
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ONES[int(ch)] if ch != "0" else R.choice(["zero", "nought"]))
        elif ch == " ":
            continue
        else:
            out.append(spell_letter(ch, letter_style))
    return " ".join(out)


# ---------------------------------------------------------------- value generators

def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


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


def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "mc2", "visa19", "visa13"])
    if kind == "visa":
        return luhn_complete("4" + R.choice(["539", "929", "024", "485", "716", "658"]), 16), kind
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55"]), 16), kind
    if kind == "mc2":
        return luhn_complete(str(R.randint(2221, 2720)), 16), kind
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15), kind
    if kind == "disc":
        return luhn_complete("6011", 16), kind
    if kind == "visa19":
        return luhn_complete("4" + R.choice(["571", "213"]), 19), kind
    return luhn_complete("4" + R.choice(["222", "007"]), 13), kind


def group_card(num, sep=" "):
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    elif len(num) == 13:
        parts = [num[:4], num[4:7], num[7:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(parts), parts


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def fmt_ni(ni, style):
    if style == "spaced":
        return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if style == "lower":
        return ni.lower()
    if style == "dash":
        return "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if style == "mixed":
        return ni[:2].lower() + " " + ni[2:8] + " " + ni[8]
    if style == "half":
        return ni[:4] + " " + ni[4:8] + ni[8].lower()
    return ni


def gen_sort():
    return "%02d%02d%02d" % (R.choice([20, 40, 30, 60, 9, 11, 77, 83, 16, 23]), R.randint(0, 99), R.randint(0, 99))


def gen_acct(n=8):
    return str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(n - 1))


def iban_check(cc, bban):
    rearr = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return len(iban) >= 15 and int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def gen_iban(cc=None):
    cc = cc or R.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IE", "GB"])
    digs = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digs(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + digs(14)
    elif cc == "DE":
        bban = digs(18)
    elif cc == "FR":
        bban = digs(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digs(10)
    else:
        bban = digs(20)
    return cc + iban_check(cc, bban) + bban


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_phone(region=None):
    region = region or R.choice(["uk_mob", "uk_land", "us", "ie", "uk_mob", "us"])
    if region == "uk_mob":
        return "07" + R.choice(["700", "911", "824", "590", "388"]) + "".join(R.choice("0123456789") for _ in range(6)), region
    if region == "uk_land":
        return R.choice(["0161496", "0113496", "0207946", "0131496"]) + "%04d" % R.randint(0, 9999), region
    if region == "us":
        return R.choice(["212", "415", "312", "617", "503", "786"]) + R.choice(["555", "482", "730"]) + "%04d" % R.randint(0, 9999), region
    return "08" + R.choice("3567") + "".join(R.choice("0123456789") for _ in range(7)), region


def phone_canon(num, region, style):
    """Digits a formatted phone number must contain."""
    if style == "intl":
        return {"us": "1" + num, "ie": "353" + num[1:]}.get(region, "44" + num[1:])
    if style == "intl0":
        return "440" + num[1:]
    return num


def fmt_phone(num, region, style):
    if region == "us":
        a, b, c = num[:3], num[3:6], num[6:]
        return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
                "dot": "%s.%s.%s" % (a, b, c), "intl": "+1 %s %s %s" % (a, b, c),
                "plain": num}.get(style, "%s %s %s" % (a, b, c))
    if region == "ie":
        return {"intl": "+353 %s %s %s" % (num[1:3], num[3:6], num[6:]),
                "plain": num}.get(style, "%s %s %s" % (num[:3], num[3:6], num[6:]))
    if region == "uk_land":
        if num.startswith("020"):
            parts = (num[:3], num[3:7], num[7:])
        else:
            parts = (num[:4], num[4:7], num[7:])
        if style == "intl":
            return "+44 " + parts[0][1:] + " " + " ".join(parts[1:])
        return num if style == "plain" else " ".join(parts)
    if style == "intl":
        return "+44 %s %s" % (num[1:5], num[5:])
    if style == "intl0":
        return "+44 (0)%s %s" % (num[1:5], num[5:])
    return num if style == "plain" else "%s %s" % (num[:5], num[5:])


FIRST = ["sarah", "james", "aoife", "liam", "priya", "tom", "maria", "kevin", "niamh", "dmitri",
         "chloe", "omar", "grace", "lukas", "fiona", "marcus", "ellie", "sean", "anika", "paul"]
LAST = ["okafor", "murphy", "smith", "nguyen", "kowalski", "brennan", "patel", "oconnor", "walsh",
        "garcia", "hughes", "fischer", "byrne", "campbell", "moreau", "jensen", "ali", "doyle"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "icloud.com", "btinternet.com",
           "proton.me", "eircom.net", "web.de", "aol.com", "live.co.uk"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice(["%s.%s" % (f, l), "%s%s%d" % (f[0], l, R.randint(1, 99)), "%s_%s" % (f, l),
                      "%s.%s%d" % (f, l, R.randint(70, 99)), "%s-%s" % (f, l), "%s%s" % (f, l)])
    return local + "@" + R.choice(DOMAINS)


def speak_email(addr):
    local, dom = addr.split("@")
    def sp(part):
        out = []
        for tok in re.split(r"([._\-])", part):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok == "-":
                out.append(R.choice(["dash", "hyphen"]))
            elif tok:
                m = re.match(r"([a-z]+)(\d*)$", tok)
                word, digits = m.group(1), m.group(2)
                if len(word) > 2 and word[1:] in LAST and word[0] not in "aeiou":
                    out.append(word[0] + " " + word[1:])  # initial + surname: "l patel"
                else:
                    out.append(word)
                if digits:
                    out.append(speak_digits(digits, pairs=0.7))
        return " ".join(out)
    return sp(local) + " at " + sp(dom)


def gen_dob():
    return R.randint(1942, 2004), R.randint(1, 12), R.randint(1, 28)


def speak_year(y):
    if y >= 2000:
        return R.choice(["two thousand and %s" % ONES[y - 2000] if y < 2010 else "twenty %s" % num_word(y - 2000),
                         "two thousand %s" % num_word(y - 2000)])
    return "nineteen " + (num_word(y - 1900) if y % 100 >= 10 else "oh " + ONES[y % 10])


def fmt_dob(y, m, d, spoken):
    if spoken:
        st = R.choice(["dmy", "mdy", "num", "dmy_of"])
        if st == "num" and d in (20, 30):
            st = "dmy"  # "twenty seven" would be ambiguous (27 vs 20/7)
        if st == "dmy":
            return "%s %s %s" % (ordinal_word(d), MONTHS[m - 1], speak_year(y))
        if st == "dmy_of":
            return "the %s of %s %s" % (ordinal_word(d), MONTHS[m - 1], speak_year(y))
        if st == "mdy":
            return "%s %s %s" % (MONTHS[m - 1], ordinal_word(d), speak_year(y))
        return "%s %s %s" % (num_word(d), num_word(m), speak_year(y))
    st = R.choice(["slash", "dash", "dot", "words", "us", "short", "iso"])
    if st == "slash":
        return "%02d/%02d/%d" % (d, m, y)
    if st == "dash":
        return "%d-%d-%d" % (d, m, y)
    if st == "dot":
        return "%02d.%02d.%d" % (d, m, y)
    if st == "words":
        return "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"),
                               R.choice([MONTHS[m - 1].capitalize(), MON3[m - 1].capitalize()]), y)
    if st == "us":
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    if st == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    return "%d/%d/%02d" % (d, m, y % 100)


UK_PC = ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 2QT", "EH3 9DR", "CF10 1EP",
         "BT7 1NN", "G12 8QQ", "W1D 4FA", "EC1A 1BB", "NE1 4ST", "BS8 1TH", "L17 6DA", "OX4 1UJ",
         "N16 5QA", "SE15 3HN", "PL4 8AA", "IP1 3JQ", "TN2 4PL", "YO31 7EP", "NG7 2RD", "AB10 1YP"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc():
    out = R.choice(UK_PC).split()[0]
    return out + " " + str(R.randint(0, 9)) + R.choice(INWARD_L) + R.choice(INWARD_L)


UK_PLACES = [("SW1A", "London"), ("M1", "Manchester"), ("M20", "Manchester"), ("B33", "Birmingham"),
             ("CR2", "Croydon"), ("LS6", "Leeds"), ("EH3", "Edinburgh"), ("CF10", "Cardiff"), ("BT7", "Belfast"),
             ("G12", "Glasgow"), ("NE1", "Newcastle"), ("BS8", "Bristol"), ("L17", "Liverpool"), ("OX4", "Oxford"),
             ("N16", "London"), ("SE15", "London"), ("PL4", "Plymouth"), ("IP1", "Ipswich"), ("YO31", "York"),
             ("NG7", "Nottingham"), ("AB10", "Aberdeen"), ("NR2", "Norwich"), ("S11", "Sheffield"), ("W5", "Ealing")]
US_PLACES = [("Portland", "OR", 972), ("Austin", "TX", 787), ("Columbus", "OH", 432), ("Tampa", "FL", 336),
             ("Denver", "CO", 802), ("Boston", "MA", 21), ("Chicago", "IL", 606), ("Seattle", "WA", 981)]


def gen_uk_place():
    out, town = R.choice(UK_PLACES)
    return out + " " + str(R.randint(0, 9)) + R.choice(INWARD_L) + R.choice(INWARD_L), town


def gen_us_place(plus4=False):
    town, st, pre = R.choice(US_PLACES)
    z = "%03d%02d" % (pre, R.randint(1, 99))
    return z + ("-%04d" % R.randint(1, 9999) if plus4 else ""), town, st


def gen_zip(plus4=False):
    z = "%05d" % R.randint(10001, 99950)
    return z + ("-%04d" % R.randint(1, 9999) if plus4 else "")


STREETS = ["Mill", "Church", "Station", "Victoria", "Oak", "Maple", "Elm", "Kingsway", "Harbour",
           "Castle", "Willow", "Meadow", "Park", "Ashgrove", "Lincoln", "Cedar", "Riverside", "Grange"]
SUFFIX = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Way", "Court", "Terrace",
          "Boulevard", "Place", "Gardens"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Croydon", "Norwich", "Cardiff", "Glasgow", "York"]
TOWNS_US = [("Portland", "OR"), ("Austin", "TX"), ("Columbus", "OH"), ("Tampa", "FL"), ("Denver", "CO")]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Dublin", "Sligo"]


def gen_addr(lower=False):
    n = R.randint(1, 240)
    s = "%s %s" % (R.choice(STREETS), R.choice(SUFFIX))
    if R.random() < 0.2:
        s = "%d%s %s" % (n, R.choice("ab"), s)
    else:
        s = "%d %s" % (n, s)
    return s.lower() if lower else s


def speak_addr(addr):
    m = re.match(r"(\d+)([ab]?) (.*)$", addr)
    n = int(m.group(1))
    if n < 100:
        num = num_word(n)
    elif n % 100 == 0:
        num = ONES[n // 100] + " hundred"
    else:
        num = R.choice([ONES[n // 100] + " " + (num_word(n % 100) if n % 100 >= 10 else "oh " + ONES[n % 10]),
                        ONES[n // 100] + " hundred and " + num_word(n % 100)])
    return num + (" " + m.group(2) if m.group(2) else "") + " " + m.group(3).lower()


def gen_exp():
    return R.randint(1, 12), R.randint(27, 32)


def fmt_exp(m, y, spoken):
    if spoken:
        st = R.choice(["digits", "month", "pairs", "month_full"])
        if st == "digits":
            return speak_digits("%02d%02d" % (m, y), doubles=0.3)
        if st == "pairs":
            return ("oh " + ONES[m] if m < 10 else num_word(m)) + " " + num_word(y)
        if st == "month":
            return MONTHS[m - 1] + " " + num_word(y)
        return MONTHS[m - 1] + " twenty " + num_word(y)
    st = R.choice(["slash", "slash", "dash", "long", "space", "mon"])
    if st == "slash":
        return "%02d/%02d" % (m, y)
    if st == "dash":
        return "%02d-%02d" % (m, y)
    if st == "long":
        return "%02d/20%02d" % (m, y)
    if st == "space":
        return "%d %02d" % (m, y)
    return "%s %d" % (MON3[m - 1].capitalize(), 2000 + y)


def gen_cvv(n=3):
    return "".join(R.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- typed messiness

EMOJI = [" 🙂", " 👍", " 🙏", " 😅", " 😩", "!!", " :)", " lol", " x", "", ""]


def emo():
    return R.choice(EMOJI)


def typo(s):
    """Introduce a small typo in surrounding (unlabelled) words."""
    words = s.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not cand or R.random() < 0.4:
        return s
    i = R.choice(cand)
    w = words[i]
    j = R.randint(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def caps(s):
    return R.choice([s, s, s.lower(), s.upper() if len(s) < 40 else s, s.capitalize()])


def sep_digits(s, sizes, sep):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    return sep.join(out)


# ---------------------------------------------------------------- normalisers (validation)

WORD2D = {w: str(i) for i, w in enumerate(ONES)}
WORD2D.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "for": "4", "to": "2", "too": "2",
               "ate": "8"})
TEEN2 = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2 = {w: 10 * i for i, w in enumerate(TENS) if w}


def norm_digits(text):
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out, i, mult = [], 0, 1
    while i < len(toks):
        t = toks[i]
        if t == "plus" and i == 0:
            pass
        elif t == "double":
            mult = 2
        elif t == "triple":
            mult = 3
        elif t.isdigit():
            out.append(t * mult if mult > 1 else t)
            mult = 1
        elif t in WORD2D:
            out.append(WORD2D[t] * mult)
            mult = 1
        elif t in TEEN2:
            out.append(TEEN2[t])
        elif t in TENS2:
            if i + 1 < len(toks) and toks[i + 1] in ONES[1:]:
                out.append(str(TENS2[t] + int(WORD2D[toks[i + 1]])))
                i += 1
            else:
                out.append(str(TENS2[t]))
        elif t == "hundred":
            out.append("00")
        else:
            return None  # unknown word inside a digit span
        i += 1
    return "".join(out)


def norm_alnum(text):
    t = text.lower()
    if re.search(r"\d", t) or re.fullmatch(r"[a-z]+", t):
        # typed form
        return re.sub(r"[^0-9a-z]", "", t).upper()
    toks = re.findall(r"[a-z\-]+|\d+", t)
    out, i = [], 0
    while i < len(toks):
        tk = toks[i]
        if tk in ("for", "as") :
            i += 2 if tk == "for" else 3  # skip 'for bravo' / 'as in bob'
            continue
        if tk == "double" and i + 1 < len(toks) and toks[i + 1] in ("u", "you"):
            out.append("W")
            i += 2
            continue
        if tk == "double":
            nxt = toks[i + 1]
            out.append((nxt.upper() if len(nxt) == 1 else WORD2D[nxt]) * 2)
            i += 2
            continue
        if tk.isdigit():
            out.append(tk)
        elif tk in ("zero", "nought") or tk in ONES:
            out.append(WORD2D[tk])
        elif tk in TEEN2:
            out.append(TEEN2[tk])
        elif len(tk) == 1:
            out.append(tk.upper())
        elif tk == "see":
            out.append("C")
        else:
            return None
        i += 1
    return "".join(out)


def norm_email(text):
    t = text.lower().strip()
    t = re.sub(r"\s*[\(\[]\s*at\s*[\)\]]\s*", "@", t)
    t = re.sub(r"\s*[\(\[]\s*dot\s*[\)\]]\s*", ".", t)
    t = re.sub(r"\s*@\s*", "@", t)
    if "@" in t:
        return t
    rep = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
    out = []
    toks = t.split()
    i = 0
    while i < len(toks):
        tk = toks[i]
        if tk in rep:
            out.append(rep[tk])
        elif tk in WORD2D or tk in TEEN2 or tk in TENS2 or tk in ("double", "triple"):
            j = i
            while j < len(toks) and (toks[j] in WORD2D or toks[j] in TEEN2 or toks[j] in TENS2 or toks[j] in ("double", "triple")):
                j += 1
            out.append(norm_digits(" ".join(toks[i:j])))
            i = j
            continue
        else:
            out.append(tk)
        i += 1
    return "".join(out)


def word_numbers(text):
    """Parse ints from a date-ish string (digits, number words, ordinals, years)."""
    t = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", text.lower())
    toks = re.findall(r"[a-z]+|\d+", t)
    ordrev = {v: k for k, v in ORD.items()}
    nums, months = [], []
    i = 0
    def small(j):
        tk = toks[j]
        if tk in TENS2:
            if j + 1 < len(toks) and toks[j + 1] in ONES[1:]:
                return TENS2[tk] + int(WORD2D[toks[j + 1]]), j + 2
            if j + 1 < len(toks) and toks[j + 1] in ordrev and ordrev[toks[j + 1]] < 10:
                return TENS2[tk] + ordrev[toks[j + 1]], j + 2
            return TENS2[tk], j + 1
        if tk in TEEN2:
            return int(TEEN2[tk]), j + 1
        if tk in ONES:
            return ONES.index(tk), j + 1
        if tk in ordrev:
            return ordrev[tk], j + 1
        return None, j + 1
    while i < len(toks):
        tk = toks[i]
        if tk.isdigit():
            nums.append(int(tk))
            i += 1
        elif tk in MONTHS or tk in MON3:
            months.append((MONTHS.index(tk) + 1) if tk in MONTHS else MON3.index(tk) + 1)
            i += 1
        elif tk == "nineteen" and i + 1 < len(toks) and (toks[i + 1] in TENS2 or toks[i + 1] in TEEN2 or toks[i + 1] == "oh"):
            if toks[i + 1] == "oh":
                nums.append(1900 + int(WORD2D[toks[i + 2]]))
                i += 3
            else:
                v, i = small(i + 1)
                nums.append(1900 + v)
        elif tk == "two" and i + 1 < len(toks) and toks[i + 1] == "thousand":
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            v, i = small(i)
            nums.append(2000 + v)
        elif tk == "twenty" and i + 1 < len(toks) and (toks[i + 1] in TENS2 or toks[i + 1] in TEEN2) and i >= 2:
            v, i = small(i + 1)
            nums.append(2000 + v)
        elif tk in ("the", "of", "and"):
            i += 1
        else:
            v, i = small(i)
            if v is None:
                return None, None
            nums.append(v)
    return nums, months


def check_dob(text, canon):
    y, m, d = int(canon[:4]), int(canon[4:6]), int(canon[6:])
    nums, months = word_numbers(text)
    if nums is None:
        return False
    if d not in nums:
        return False
    if months:
        if months != [m]:
            return False
    elif nums.count(m) < 1:
        return False
    return y in nums or (y % 100) in nums


def check_exp(text, canon):
    m, y = int(canon[:2]), int(canon[2:])
    t = text.lower()
    for i, mn in enumerate(MONTHS):
        if re.search(r"\b" + mn[:3], t):
            nums, _ = word_numbers(t)
            return i + 1 == m and nums and (nums[-1] % 100 == y or (len(nums) >= 1 and nums == [20, y]))
    d = norm_digits(t)
    if d is None:
        return False
    return d in ("%02d%02d" % (m, y), "%d%02d" % (m, y), "%02d20%02d" % (m, y))


UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
EMAIL_RE = re.compile(r"^[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
DIGIT_TYPES = {"CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"}


def validate_part(typ, text, canon):
    """Does the span text encode canon?"""
    if typ in DIGIT_TYPES:
        return norm_digits(text) == canon
    if typ in ("NI_NUMBER", "IBAN"):
        return norm_alnum(text) == canon
    if typ == "POSTCODE":
        if re.fullmatch(r"[\d\- ]+", text):
            return re.sub(r"\D", "", text) == canon
        if canon.isdigit():
            return norm_digits(text) == canon
        return norm_alnum(text) == canon
    if typ == "EMAIL":
        return norm_email(text) == canon
    if typ == "DOB":
        return check_dob(text, canon)
    if typ == "EXPIRY":
        return check_exp(text, canon)
    if typ == "ADDRESS":
        return bool(re.match(r"^(\d+[ab]?|[a-z]+)\b.*\b(%s)$" % "|".join(s.lower() for s in SUFFIX), text.lower()))
    return False


def validate_full(typ, full):
    if typ == "CARD_NUMBER":
        return 13 <= len(full) <= 19 and full.isdigit() and luhn_ok(full)
    if typ == "CVV":
        return full.isdigit() and len(full) in (3, 4)
    if typ == "SSN":
        return full.isdigit() and len(full) == 9 and full[:3] not in ("000", "666") and full[0] != "9"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(full))
    if typ == "BANK_ACCOUNT":
        return full.isdigit() and 6 <= len(full) <= 12
    if typ == "SORT_CODE":
        return full.isdigit() and len(full) == 6
    if typ == "IBAN":
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", full)) and iban_ok(full)
    if typ == "PHONE":
        return full.isdigit() and 10 <= len(full) <= 13
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(full))
    if typ == "POSTCODE":
        return bool(UK_PC_RE.match(full)) or bool(re.fullmatch(r"\d{5}(\d{4})?", full))
    if typ == "DOB":
        return len(full) == 8 and 1900 < int(full[:4]) < 2010 and 1 <= int(full[4:6]) <= 12
    if typ == "EXPIRY":
        return len(full) == 4 and 1 <= int(full[:2]) <= 12
    if typ == "ADDRESS":
        return True
    return False


# ---------------------------------------------------------------- positive templates
# Each returns (turn_specs, note).  A = agent, C = customer.

A, C = "agent", "customer"
CHAT = ["web chat", "web chat", "SMS", "e-mail", "social DM", "in-app chat", "WhatsApp"]


def chan():
    return R.choice(CHAT)


def p_chat_card_one():
    num, kind = gen_card()
    sep = R.choice([" ", "-", "", " ", ".", "\u00a0", "  "])
    txt, _ = group_card(num, sep)
    m, y = gen_exp()
    cvv = gen_cvv(4 if kind == "amex" else 3)
    ind = R.choice(["retail", "telecom", "utilities", "travel", "insurance"])
    et = fmt_exp(m, y, False)
    lead = caps(typo(R.choice(["card is ", "ok heres the card ", "Card number: ", "its ", "use this one pls "])))
    spec = [
        (A, R.choice(["Can you send the long card number, expiry and security code please?",
                      "To take the payment I'll need the card details."])),
        (C, [lead, V(txt, "CARD_NUMBER", num), R.choice([" exp ", " expires ", ", exp: ", " ex "]),
             V(et, "EXPIRY", "%02d%02d" % (m, y)), R.choice([" cvv ", " sec code ", " cvc: ", " and the %s digits on %s r " % (len(cvv), "front" if len(cvv) == 4 else "back")]),
             V(cvv, "CVV", cvv), emo()]),
        (A, "Thank you, processing the payment of £%d.%02d now." % (R.randint(5, 400), R.randint(0, 99))),
    ]
    return spec, "%s/%s: %s card '%s'-separated, expiry and cvv in one message" % (chan(), ind, kind, repr(sep)[1:-1])


def p_chat_card_split():
    num, kind = gen_card(R.choice(["visa", "mc", "mc2", "disc", "amex"]))
    _, parts = group_card(num)
    g = new_gid()
    spec = [(A, "Please type the card number, you can send it in bits if easier."), ]
    if len(parts) == 4 and R.random() < 0.5:
        chunks = [parts[0] + parts[1], parts[2], parts[3]]
    else:
        chunks = parts
    for i, ch in enumerate(chunks):
        lead = R.choice(["", "", "then ", "", "nxt ", ""]) if i else R.choice(["", "ok ", "first bit "])
        spec.append((C, [lead, V(ch, "CARD_NUMBER", ch, g), R.choice(["", "", "...", " ", emo()])]))
        if i < len(chunks) - 1 and R.random() < 0.5:
            spec.append((A, R.choice(["ok", "Got it", "go on", "👍"])))
    if R.random() < 0.6:
        m, y = gen_exp()
        spec.append((A, "And the expiry?"))
        spec.append((C, [caps(typo(R.choice(["expirey ", "exp date ", "its ", ""]))), V(fmt_exp(m, y, False), "EXPIRY", "%02d%02d" % (m, y))]))
    return spec, "%s/retail: %s card split over %d messages" % (chan(), kind, len(chunks))


def p_chat_card_context():
    num, kind = gen_card()
    txt, _ = group_card(num, R.choice([" ", "-", ""]))
    order = R.randint(10000000, 99999999)
    amt = "%d.%02d" % (R.randint(10, 999), R.randint(0, 99))
    spec = [
        (C, caps(typo("Hi, order #%d was charged twice, £%s each time" % (order, amt))) + emo()),
        (A, "Sorry about that. Which card was charged? I need the full number to trace it."),
        (C, [typo(R.choice(["the one ending ... no sorry full number is ", "full number: ", "card "])), V(txt, "CARD_NUMBER", num),
             " and it was on %d %s at %02d:%02d" % (R.randint(1, 28), MON3[R.randint(0, 11)].capitalize(), R.randint(8, 22), R.randint(0, 59))]),
    ]
    return spec, "%s/retail: card next to order number, amount, time (unlabelled)" % chan()


def p_chat_ssn():
    ssn = gen_ssn()
    st = R.choice(["dash", "space", "plain", "dot", "mixed"])
    txt = {"dash": "%s-%s-%s", "space": "%s %s %s", "plain": "%s%s%s", "dot": "%s.%s.%s",
           "mixed": "%s-%s %s"}[st] % (ssn[:3], ssn[3:5], ssn[5:])
    y, m, d = gen_dob()
    spec = [
        (A, R.choice(["For verification please provide your SSN and date of birth.",
                      "I need to verify your identity. SSN and DOB please."])),
        (C, [caps(typo(R.choice(["ssn ", "SSN: ", "social is ", "my social ", "ss# "]))), V(txt, "SSN", ssn),
             R.choice([" dob ", ", born ", " and birthday ", "\nDOB: "]), V(fmt_dob(y, m, d, False), "DOB", "%04d%02d%02d" % (y, m, d)), emo()]),
    ]
    ind = R.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    return spec, "%s/%s: US SSN '%s' format and DOB in one message" % (chan(), ind, st)


def p_chat_ssn_split():
    ssn = gen_ssn()
    g = new_gid()
    spec = [(A, "Can you confirm your Social Security number?"),
            (C, [caps(typo(R.choice(["sure its ", "ok ", "", "Its "]))), V(ssn[:3], "SSN", ssn[:3], g), R.choice(["", "-", " "])]),
            (C, [V(ssn[3:5], "SSN", ssn[3:5], g)]),
            (C, [V(ssn[5:], "SSN", ssn[5:], g), R.choice(["", " sorry phone glitching", emo()])])]
    if R.random() < 0.5:
        spec.append((A, ["Thanks, so that's ", V("%s-%s-%s" % (ssn[:3], ssn[3:5], ssn[5:]), "SSN", ssn), "?"]))
        spec.append((C, "yes"))
    return spec, "%s/healthcare billing: SSN split over three messages, agent reads back" % chan()


def p_chat_ni():
    ni = gen_ni()
    st = R.choice(["spaced", "lower", "dash", "mixed", "plain", "half"])
    txt = fmt_ni(ni, st)
    spec = [(A, R.choice(["What's your National Insurance number?", "Please confirm your NI number for the claim."])),
            (C, [caps(typo(R.choice(["its ", "NI no. ", "ni number is ", "", "National insurance: "]))), V(txt, "NI_NUMBER", ni), emo()])]
    if R.random() < 0.4:
        pc, _ = gen_uk_place()
        spec.append((A, "And your postcode?"))
        spec.append((C, [V(R.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE", pc.replace(" ", ""))]))
    ind = R.choice(["government services", "banking", "insurance", "utilities"])
    return spec, "%s/%s: UK NI number '%s' format" % (chan(), ind, st)


def p_chat_ni_split():
    ni = gen_ni()
    g = new_gid()
    cut = R.choice([2, 4, 6, 8])
    a, b = ni[:cut], ni[cut:]
    if R.random() < 0.5:
        a, b = a.lower(), b.lower()
    spec = [(A, "Can I take your NI number?"),
            (C, [caps(typo(R.choice(["one sec ", "yep ", "", "hang on its "]))), V(a, "NI_NUMBER", ni[:cut], g)]),
            (A, R.choice(["ok", "and the rest?", "go on"])),
            (C, [V(b, "NI_NUMBER", ni[cut:], g), R.choice(["", " sorry hit enter lol", emo()])])]
    return spec, "%s/government services: NI number split over two messages at position %d" % (chan(), cut)


def p_email_bank():
    sc, acct = gen_sort(), gen_acct(8)
    scs = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    spec = [(C, ["Hello,\n\nPlease update my direct debit to the following account.\n\nSort code: ", V(scs, "SORT_CODE", sc),
                 "\nAccount no: ", V(acct, "BANK_ACCOUNT", acct),
                 "\n\nThe payment of £%d.%02d due on the %s should come from this account.\n\nKind regards\n%s" % (
                     R.randint(20, 200), R.randint(0, 99), sfx(R.randint(4, 28)), R.choice(FIRST).capitalize())]),
            (A, "Thanks, your direct debit has been updated. Reference DD-%d." % R.randint(100000, 999999))]
    return spec, "e-mail/utilities: UK sort code and account in an e-mail body with amount and DD reference"


def p_chat_bank_inline():
    sc, acct = gen_sort(), gen_acct(8)
    scs = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:])
    spec = [(A, "Which account should the refund go to?"),
            (C, [caps(typo(R.choice(["sort ", "sc ", "sortcode "]))), V(scs, "SORT_CODE", sc), R.choice([" acc ", " a/c ", " account num "]),
                 V(acct, "BANK_ACCOUNT", acct), emo()])]
    return spec, "%s/banking: sort code and account in one short message" % chan()


def p_chat_us_account():
    acct = gen_acct(R.choice([10, 11, 12]))
    routing = None
    spec = [(A, "To set up autopay I'll need the checking account number."),
            (C, [caps(typo(R.choice(["checking acct ", "account # ", "acct no "]))), V(acct, "BANK_ACCOUNT", acct),
                 R.choice(["", " (chase)", " - its a savings acct actually"]), emo()])]
    return spec, "%s/utilities: US checking account number typed" % chan()


def p_email_iban():
    iban = gen_iban()
    st = R.choice(["group", "plain", "group_nbsp", "lower"])
    if st == "group":
        txt = group4(iban)
    elif st == "plain":
        txt = iban
    elif st == "group_nbsp":
        txt = group4(iban, "\u00a0")
    else:
        txt = group4(iban).lower()
    spec = [(C, ["Hi, for the refund of EUR %d.%02d (booking ref %s%d) please use IBAN: " % (
                R.randint(50, 900), R.randint(0, 99), R.choice(["BK", "TR", "XR"]), R.randint(100000, 999999)),
                 V(txt, "IBAN", iban), R.choice(["\n\nThanks", " \u200b", "\nSent from my iPhone", ""])])]
    return spec, "e-mail/travel: %s IBAN '%s' with booking ref and amount" % (iban[:2], st)


def p_chat_phone_email():
    num, reg = gen_phone()
    pst = R.choice(["paren", "dash", "dot", "intl", "plain", "space", "intl0"])
    if pst == "intl0" and reg != "uk_mob":
        pst = "intl"
    txt = fmt_phone(num, reg, pst)
    if reg == "uk_mob" and pst in ("plain", "space") and R.random() < 0.4:
        txt = "O" + txt[1:]  # letter O typed for the leading zero
        pst += "+letterO"
    em = gen_email()
    emt = R.choice([em, em, em.upper() if R.random() < 0.3 else em, em.capitalize()])
    spec = [(A, "What's the best number and email to reach you?"),
            (C, [caps(typo(R.choice(["mob ", "call me on ", "phone: ", "cell "]))), V(txt, "PHONE", phone_canon(num, reg, pst.split("+")[0])),
                 R.choice([" / ", " or email ", "\n", ", mail: ", " and "]), V(emt, "EMAIL", em), R.choice([". thanks", ".", emo(), emo()])])]
    return spec, "%s/telecom: %s phone (%s) and e-mail in one message" % (chan(), reg, pst)


def p_chat_phone_correct():
    num, reg = gen_phone(R.choice(["uk_mob", "us", "ie"]))
    wrong = num[:-2] + num[-1] + num[-2]
    if wrong == num:
        wrong = num[:-1] + str((int(num[-1]) + 1) % 10)
    st = R.choice(["space", "plain", "dash"])
    spec = [(A, "Can you confirm the mobile number on the account?"),
            (C, [V(fmt_phone(wrong, reg, st), "PHONE", wrong), emo()]),
            (C, [R.choice(["sorry typo ", "*", "wait no ", "oops "]), V(fmt_phone(num, reg, st), "PHONE", num)])]
    return spec, "%s/telecom: phone typed wrong then corrected (both labelled)" % chan()


def p_chat_address_uk():
    addr = gen_addr(R.random() < 0.3)
    pc, town = gen_uk_place()
    pct = R.choice([pc, pc.lower(), pc.replace(" ", ""), pc])
    spec = [(A, "What's the delivery address?"),
            (C, [R.choice(["Flat %d, " % R.randint(1, 30), "", ""]), V(addr, "ADDRESS"), R.choice([", ", " ", "\n"]), town,
                 R.choice([", ", " ", "\n"]), V(pct, "POSTCODE", pc.replace(" ", "")), emo()])]
    return spec, "%s/retail: UK street address and postcode" % chan()


def p_chat_address_us():
    addr = gen_addr()
    z, town, st = gen_us_place(R.random() < 0.3)
    spec = [(A, "Please confirm the billing address."),
            (C, [V(addr, "ADDRESS"), R.choice([", Apt %d" % R.randint(1, 40), "", " #%d" % R.randint(2, 9)]), ", %s, %s " % (town, st),
                 V(z, "POSTCODE", z.replace("-", "")), emo()])]
    return spec, "%s/insurance: US billing address with apartment and ZIP" % chan()


def p_chat_us_identity():
    ssn = gen_ssn()
    y, m, d = gen_dob()
    z = gen_zip()
    spec = [(A, "To locate your policy I need your date of birth, ZIP and last... actually the full SSN."),
            (C, [caps(typo("born ")), V(fmt_dob(y, m, d, False), "DOB", "%04d%02d%02d" % (y, m, d)), ", zip ", V(z, "POSTCODE", z)]),
            (C, [caps("and ssn "), V("%s-%s-%s" % (ssn[:3], ssn[3:5], ssn[5:]), "SSN", ssn), emo()]),
            (A, "Thanks, I can see policy %s-%d renewed on %s %d." % (R.choice(["AU", "HM"]), R.randint(100000, 999999),
                                                                    MONTHS[R.randint(0, 11)].capitalize(), R.randint(1, 28)))]
    return spec, "%s/insurance: DOB, ZIP and SSN across two messages, policy number & renewal date unlabelled" % chan()


def p_chat_dob_only():
    y, m, d = gen_dob()
    age = 2026 - y
    spec = [(A, "Can you confirm the date of birth on the account?"),
            (C, [caps(typo(R.choice(["its ", "dob ", "born on ", "birthday is "]))), V(fmt_dob(y, m, d, False), "DOB", "%04d%02d%02d" % (y, m, d)),
                 R.choice([" so im %d" % age, "", " 🎂", " (i'm %d next week)" % (age + 1)])])]
    return spec, "%s/healthcare billing: DOB typed with age nearby (age unlabelled)" % chan()


def p_chat_cvv_exp_split():
    num, kind = gen_card(R.choice(["visa", "mc"]))
    m, y = gen_exp()
    cvv = gen_cvv()
    spec = [(A, "Thanks. What's the expiry date on the card?"),
            (C, [V(fmt_exp(m, y, False), "EXPIRY", "%02d%02d" % (m, y))]),
            (A, "And the 3-digit security code on the back?"),
            (C, [caps(R.choice(["", "its ", "cvv "])), V(cvv, "CVV", cvv)]),
            (C, "the card ends in %s btw" % num[-4:])]
    return spec, "%s/travel: expiry and cvv as bare replies; last-four mention unlabelled" % chan()


def p_email_full_profile():
    em = gen_email()
    num, reg = gen_phone("uk_mob")
    addr = gen_addr()
    pc, town = gen_uk_place()
    ni = gen_ni()
    spec = [(C, ["Dear team,\n\nI've moved house. New address is ", V(addr, "ADDRESS"), ", %s " % town, V(pc, "POSTCODE", pc.replace(" ", "")),
                 ". My NI number is ", V(fmt_ni(ni, R.choice(["spaced", "plain"])), "NI_NUMBER", ni), " and my mobile is ", V(fmt_phone(num, reg, "space"), "PHONE", num),
                 ".\nPlease reply to ", V(em, "EMAIL", em), " rather than post.\n\nThanks"])]
    return spec, "e-mail/government services: change of address with NI, phone, e-mail"


# ---- call (ASR) templates

def p_call_card():
    num, kind = gen_card(R.choice(["visa", "mc", "amex", "disc", "mc2"]))
    style = R.choice(["digits", "digits", "pairs", "mixed"])
    if style == "digits":
        sp = speak_digits(num, homophones=True)
    elif style == "pairs":
        sp = speak_pairs(num)
    else:
        _, parts = group_card(num)
        sp = " ".join(speak_pairs(p) if R.random() < 0.5 else speak_digits(p) for p in parts)
    m, y = gen_exp()
    cvv = gen_cvv(4 if kind == "amex" else 3)
    spec = [(A, "okay and the long number on the front of the card please"),
            (C, [R.choice(["yeah it's ", "okay so it's ", "right ", ""]), V(sp, "CARD_NUMBER", num)]),
            (A, "lovely and the expiry"),
            (C, [R.choice(["", "it's ", "expires "]), V(fmt_exp(m, y, True), "EXPIRY", "%02d%02d" % (m, y))]),
            (A, "and the %s digit code" % ("four" if kind == "amex" else "three")),
            (C, [V(speak_digits(cvv), "CVV", cvv)])]
    ind = R.choice(["telecom", "utilities", "insurance", "retail"])
    return spec, "call/%s: %s card read as %s (digit-by-digit where pairs would be ambiguous), spoken expiry and cvv" % (ind, kind, style)


def p_call_card_split():
    num, kind = gen_card(R.choice(["visa", "mc", "disc"]))
    _, parts = group_card(num)
    g = new_gid()
    spec = [(A, "go ahead with the card number when you're ready")]
    for i, p in enumerate(parts):
        segs = []
        if i == 0:
            segs.append(R.choice(["right ", "okay ", "", "yeah "]))
        if R.random() < 0.3:
            # filler splits the group into two labelled pieces
            segs += [V(speak_digits(p[:2]), "CARD_NUMBER", p[:2], g), R.choice([" um ", " uh ", " er "]),
                     V(speak_digits(p[2:]), "CARD_NUMBER", p[2:], g)]
        else:
            segs.append(V(speak_digits(p) if R.random() < 0.7 else speak_pairs(p), "CARD_NUMBER", p, g))
        spec.append((C, segs))
        if i < len(parts) - 1:
            spec.append((A, R.choice(["mhm", "yep", "okay go on", "uh huh", "yeah"])))
    if R.random() < 0.5:
        spec.append((A, ["let me read that back ", V(speak_digits(num), "CARD_NUMBER", num)]))
        spec.append((C, "yeah that's right"))
    return spec, "call/banking: %s card over %d turns with back-channels, fillers inside groups" % (kind, len(parts))


def p_call_ssn():
    ssn = gen_ssn()
    st = R.choice(["digits", "groups", "pairs"])
    if st == "digits":
        sp = speak_digits(ssn, homophones=True)
    elif st == "pairs":
        sp = speak_digits(ssn[:3]) + " " + speak_pairs(ssn[3:5]) + " " + speak_pairs(ssn[5:])
    else:
        sp = speak_digits(ssn[:3]) + " " + speak_digits(ssn[3:5]) + " " + speak_digits(ssn[5:])
    spec = [(A, "and can i get your social security number"),
            (C, [R.choice(["sure it's ", "yeah um ", "it's ", ""]), V(sp, "SSN", ssn)])]
    if R.random() < 0.5:
        spec.append((A, ["thank you so that's ", V(speak_digits(ssn), "SSN", ssn), " correct"]))
        spec.append((C, "that's correct"))
    ind = R.choice(["healthcare billing", "banking", "government services", "insurance"])
    return spec, "call/%s: SSN spoken (%s)" % (ind, st)


def p_call_ssn_split():
    ssn = gen_ssn()
    g = new_gid()
    wrong = ssn[5:7] + ssn[8] + ssn[7]
    spec = [(A, "what's your social"),
            (C, [V(speak_digits(ssn[:3]), "SSN", ssn[:3], g)]),
            (A, "mhm"),
            (C, [V(speak_digits(ssn[3:5]), "SSN", ssn[3:5], g)]),
            (A, "okay"),
            ]
    if wrong != ssn[5:] and R.random() < 0.6:
        spec.append((C, [V(speak_digits(wrong), "SSN", wrong, "partial"), " no sorry ", V(speak_digits(ssn[5:]), "SSN", ssn[5:], g)]))
        note = "call/government services: SSN over three turns with self-correction of last four (both labelled)"
    else:
        spec.append((C, [V(speak_digits(ssn[5:]), "SSN", ssn[5:], g), " that's it"]))
        note = "call/government services: SSN over three turns with back-channels"
    return spec, note


def p_call_ni():
    ni = gen_ni()
    style = R.choice(["plain", "nato", "asin", "plain"])
    letters = speak_alnum(ni[:2], style)
    digs = " ".join(ONES[int(c)] if c != "0" else R.choice(["zero", "nought"]) for c in ni[2:8])
    suf = speak_alnum(ni[8], style)
    spec = [(A, "can i take your national insurance number please")]
    if R.random() < 0.5:
        g = new_gid()
        spec += [(C, [R.choice(["yeah it's ", "okay ", ""]), V(letters, "NI_NUMBER", ni[:2], g)]), (A, "yep"),
                 (C, [V(digs, "NI_NUMBER", ni[2:8], g)]), (A, "and the letter at the end"),
                 (C, [V(suf, "NI_NUMBER", ni[8], g)])]
        note = "call/government services: NI number (%s letters) over three turns" % style
    else:
        spec += [(C, [R.choice(["it's ", "um ", ""]), V(letters + " " + digs + " " + suf, "NI_NUMBER", ni)])]
        note = "call/government services: NI number spoken in one turn (%s letters)" % style
    return spec, note


def p_call_bank():
    sc, acct = gen_sort(), gen_acct(8)
    scsp = R.choice([speak_pairs(sc), speak_digits(sc), " ".join(speak_digits(sc[i:i + 2]) for i in (0, 2, 4))])
    spec = [(A, "what's the sort code"),
            (C, [V(scsp, "SORT_CODE", sc)]),
            (A, "and the account number"),
            (C, [R.choice(["it's ", "", "erm "]), V(speak_digits(acct, homophones=True), "BANK_ACCOUNT", acct),
                 R.choice(["", " i think", " that's the current account"])])]
    return spec, "call/banking: UK sort code (pairs/digits) and 8 digit account"


def p_call_phone():
    num, reg = gen_phone()
    canon = num
    if reg == "uk_mob" and R.random() < 0.4:
        sp = "plus four four " + speak_digits(num[1:])
        canon = "44" + num[1:]
    elif reg == "us" and R.random() < 0.4:
        sp = speak_digits(num[:3]) + " " + speak_digits(num[3:6]) + " " + speak_pairs(num[6:])
    else:
        sp = speak_digits(num, doubles=0.8)
    spec = [(A, "and a contact number for you"),
            (C, [R.choice(["yeah it's ", "it's my mobile ", "best one is "]), V(sp, "PHONE", canon)])]
    if R.random() < 0.4:
        spec.append((A, ["so that's ", V(speak_digits(num, doubles=0), "PHONE", num)]))
    return spec, "call/telecom: %s phone spoken with doubles/triples/oh" % reg


def p_call_email():
    em = gen_email()
    spec = [(A, "and your email address"),
            (C, [R.choice(["it's ", "yeah so it's ", ""]), V(speak_email(em), "EMAIL", em)])]
    return spec, "call/retail: e-mail spoken with 'at' / 'dot'"


def p_call_dob_pc():
    y, m, d = gen_dob()
    pc, _ = gen_uk_place()
    spc = speak_alnum(pc.replace(" ", ""), R.choice(["plain", "nato", "plain"]))
    spec = [(A, "can you confirm your date of birth"),
            (C, [R.choice(["it's ", "yeah ", ""]), V(fmt_dob(y, m, d, True), "DOB", "%04d%02d%02d" % (y, m, d))]),
            (A, "and the postcode"),
            (C, [V(spc, "POSTCODE", pc.replace(" ", ""))])]
    return spec, "call/utilities: spoken DOB and spelled UK postcode"


def p_call_address():
    addr = gen_addr()
    sp = speak_addr(addr)
    spec = [(A, "what's the first line of the address"),
            ]
    if R.random() < 0.5:
        z, town, st = gen_us_place()
        spec.append((C, [R.choice(["it's ", "", "yeah "]), V(sp, "ADDRESS"), R.choice(["", " in %s" % town.lower()])]))
        spec.append((A, "and the zip"))
        spec.append((C, [V(speak_digits(z), "POSTCODE", z)]))
    else:
        pc, town = gen_uk_place()
        spec.append((C, [R.choice(["it's ", "", "yeah "]), V(sp, "ADDRESS"), R.choice(["", " in %s" % town.lower()])]))
        spec.append((A, "lovely and the postcode"))
        spec.append((C, [R.choice(["", "it's "]), V(speak_alnum(pc.replace(" ", ""), R.choice(["plain", "asin"])), "POSTCODE", pc.replace(" ", ""))]))
    return spec, "call/insurance: spoken street address"


def p_call_iban():
    iban = gen_iban(R.choice(["IE", "GB", "DE"]))
    g = new_gid()
    parts = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    spec = [(A, "okay can you read me the iban")]
    for i, p in enumerate(parts):
        spec.append((C, [V(speak_alnum(p, "plain"), "IBAN", p, g)]))
        if i < len(parts) - 1:
            spec.append((A, R.choice(["mhm", "yep", "okay"])))
    return spec, "call/banking: %s IBAN read in groups of four across turns" % iban[:2]


def p_call_mixed_chat():
    num, reg = gen_phone("uk_mob")
    y, m, d = gen_dob()
    spec = [(A, "can i just confirm your date of birth and mobile"),
            (C, ["yeah so i was born ", V(fmt_dob(y, m, d, True), "DOB", "%04d%02d%02d" % (y, m, d)),
                 " and the mobile's ", V(speak_digits(num), "PHONE", num), " but i changed it about %s weeks ago" % ONES[R.randint(2, 9)]])]
    return spec, "call/telecom: DOB and phone in one turn with chit-chat count nearby"


def p_dm_email_obf():
    em = gen_email()
    local, dom = em.split("@")
    st = R.choice(["words", "paren", "bracket", "spaced", "caps"])
    if st == "words":
        txt = local + " at " + dom.replace(".", " dot ")
    elif st == "paren":
        txt = local + "(at)" + dom
    elif st == "bracket":
        txt = local + " [at] " + dom.replace(".", " [dot] ")
    elif st == "spaced":
        txt = local + " @ " + dom
    else:
        txt = em.upper()
    spec = [(A, R.choice(["Could you DM us your email so we can look into it?", "What email is the account under?"])),
            (C, [caps(typo(R.choice(["sure its ", "email: ", "it's ", "", "try "]))), V(txt, "EMAIL", em),
                 R.choice(["", " (dont want bots scraping it lol)", emo(), " - might be the old one tho"])])]
    return spec, "%s/telecom: e-mail typed obfuscated ('%s')" % (R.choice(["social DM", "web chat", "SMS"]), st)


def p_dm_phone_split():
    num, reg = gen_phone(R.choice(["uk_mob", "us", "ie"]))
    g = new_gid()
    cut = {"uk_mob": 5, "us": 3, "ie": 3}[reg]
    spec = [(A, "Whats the number you want us to port?"),
            (C, [caps(typo(R.choice(["its ", "", "ok "]))), V(num[:cut], "PHONE", num[:cut], g), R.choice(["", "...", emo()])]),
            (C, [V(num[cut:cut + 3], "PHONE", num[cut:cut + 3], g), R.choice([" ", "-", "  "]), V(num[cut + 3:], "PHONE", num[cut + 3:], g)]
             if R.random() < 0.5 else [V(num[cut:], "PHONE", num[cut:], g)]),
            (A, "Thanks! And which network is it with at the moment?"),
            (C, caps(typo(R.choice(["vodafone, been with them %d years" % R.randint(2, 15), "three i think", "O2 since %d" % R.randint(2008, 2022)]))))]
    return spec, "%s/telecom: %s phone split across messages, years nearby unlabelled" % (R.choice(["social DM", "WhatsApp", "web chat"]), reg)


def p_chat_card_mixedsep():
    num, kind = gen_card(R.choice(["visa", "mc", "disc", "mc2"]))
    parts = [num[i:i + 4] for i in range(0, 16, 4)]
    seps = [R.choice([" ", "-", "", " - ", "  "]) for _ in range(3)]
    txt = parts[0] + seps[0] + parts[1] + seps[1] + parts[2] + seps[2] + parts[3]
    spec = [(A, "I can take the payment of $%d.%02d now - what's the card number?" % (R.randint(20, 400), R.randint(0, 99))),
            (C, [caps(typo(R.choice(["ok its ", "here u go ", "", "card no "]))), V(txt, "CARD_NUMBER", num), R.choice([" thx", "", emo(), " (debit)"])])]
    return spec, "%s/utilities: card typed with inconsistent separators" % chan()


def p_chat_bank_paste():
    sc, acct = gen_sort(), gen_acct(8)
    iban = gen_iban("GB")
    spec = [(A, "Please send the details for the account you want the compensation paid into."),
            (C, ["Account name\nMR %s %s\nSort code\n" % (R.choice(FIRST)[0].upper(), R.choice(LAST).upper()),
                 V("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE", sc), "\nAccount number\n", V(acct, "BANK_ACCOUNT", acct),
                 R.choice(["\nCopy\nIBAN\n", "\tCopy\nIBAN: ", "\nIBAN\n"]), V(group4(iban) if R.random() < 0.5 else iban, "IBAN", iban), R.choice(["\nCopy", "\u200b", ""])]),
            (C, caps(typo("sorry pasted from my banking app, it's the joint account")))]
    return spec, "%s/insurance: sort code, account and IBAN pasted from a banking app with 'Copy' artefacts" % chan()


def p_sms_compact():
    y, m, d = gen_dob()
    ni = gen_ni()
    spec = [(A, "To reset your PIN reply with your DOB and NI number."),
            (C, [R.choice(["", "dob "]), V(fmt_dob(y, m, d, False), "DOB", "%04d%02d%02d" % (y, m, d)), R.choice([" ", ", ", " / ", "\n"]),
                 V(fmt_ni(ni, R.choice(["lower", "plain", "spaced"])), "NI_NUMBER", ni)])]
    return spec, "SMS/government services: bare DOB and NI number in one terse reply"


def p_call_card_correction():
    num, kind = gen_card(R.choice(["visa", "mc"]))
    parts = [num[i:i + 4] for i in range(0, 16, 4)]
    g = new_gid()
    k = R.randint(1, 3)
    wrong = parts[k][:2] + parts[k][3] + parts[k][2]
    if wrong == parts[k]:
        wrong = parts[k][:3] + str((int(parts[k][3]) + 1) % 10)
    spec = [(A, "okay go ahead with the card number")]
    for i, p in enumerate(parts):
        if i == k:
            spec.append((C, [V(speak_digits(wrong), "CARD_NUMBER", wrong, "partial"), R.choice([" no wait sorry ", " no hang on it's ", " sorry no "]),
                             V(speak_digits(p), "CARD_NUMBER", p, g)]))
        else:
            spec.append((C, [V(speak_digits(p), "CARD_NUMBER", p, g)]))
        if i < 3:
            spec.append((A, R.choice(["mhm", "yep", "okay"])))
    spec.append((A, "and is that a debit or credit card"))
    spec.append((C, "debit it's the one i got in %s" % speak_year(R.randint(2019, 2025))))
    return spec, "call/retail: card read in four turns with a self-corrected group (both readings labelled)"


def p_call_ssn_chitchat():
    ssn = gen_ssn()
    spec = [(A, "i'll need your social security number to pull up the claim"),
            (C, "okay hang on it's in my wallet um i'm in the car so give me a second"),
            (A, "no problem take your time"),
            (C, ["okay got it it's ", V(speak_digits(ssn[:3]), "SSN", ssn[:3], "s1"), " ", V(speak_digits(ssn[3:5]), "SSN", ssn[3:5], "s1"),
                 R.choice([" and then ", " uh ", " then "]), V(speak_digits(ssn[5:], doubles=0.9), "SSN", ssn[5:], "s1"),
                 " and my claim number is %s if that helps" % speak_digits(str(R.randint(100000, 9999999)))])]
    return spec, "call/insurance: SSN with chit-chat before, fillers between groups, claim number after (unlabelled)"


def p_call_card_oneturn():
    num, kind = gen_card(R.choice(["visa", "mc", "mc2"]))
    m, y = gen_exp()
    cvv = gen_cvv()
    _, parts = group_card(num)
    sp = " ".join(speak_digits(p) for p in parts)
    spec = [(A, "if you can give me the card details now please"),
            (C, ["yeah so it's ", V(sp, "CARD_NUMBER", num), R.choice([" expiry ", " and it expires ", " expiring "]),
                 V(fmt_exp(m, y, True), "EXPIRY", "%02d%02d" % (m, y)), R.choice([" and the code on the back is ", " security number ", " cvv "]),
                 V(speak_digits(cvv), "CVV", cvv)]),
            (A, "perfect that's %s pounds %s taken today" % (num_word(R.randint(20, 99)), num_word(R.randint(10, 99))))]
    return spec, "call/utilities: card, expiry and cvv in a single turn, then spoken amount (unlabelled)"


def p_call_dob_age_ni():
    y, m, d = gen_dob()
    ni = gen_ni()
    spec = [(A, "can i take your date of birth"),
            (C, ["it's ", V(fmt_dob(y, m, d, True), "DOB", "%04d%02d%02d" % (y, m, d)), " so i'm %s now god help me" % num_word(min(99, 2026 - y))]),
            (A, "ha and your national insurance number"),
            (C, [V(speak_alnum(ni, R.choice(["plain", "asin"])), "NI_NUMBER", ni)]),
            (A, ["so that's ", V(speak_alnum(ni, "nato"), "NI_NUMBER", ni), " yeah"]),
            (C, "yep")]
    return spec, "call/government services: spoken DOB with age chit-chat, NI number read back by agent in NATO"


def p_chat_eu_phone():
    cc = R.choice(["fr", "de", "es", "nl"])
    if cc == "fr":
        n = "6" + "".join(R.choice("0123456789") for _ in range(8))
        txt, canon = "+33 %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:]), "33" + n
    elif cc == "de":
        n = R.choice(["151", "160", "176"]) + "".join(R.choice("0123456789") for _ in range(8))
        txt, canon = R.choice(["+49 %s %s" % (n[:3], n[3:]), "+49-%s-%s" % (n[:3], n[3:])]), "49" + n
    elif cc == "es":
        n = "6" + "".join(R.choice("0123456789") for _ in range(8))
        txt, canon = "+34 %s %s %s" % (n[:3], n[3:6], n[6:]), "34" + n
    else:
        n = "6" + "".join(R.choice("0123456789") for _ in range(8))
        txt, canon = "+31 %s %s" % (n[:1], n[1:]), "31" + n
    em = gen_email()
    spec = [(C, caps(typo("hi im travelling on booking %s%d next week (%d adults) and need to add a contact number" % (
                R.choice(["BK", "TR"]), R.randint(100000, 999999), R.randint(1, 4)))) + emo()),
            (A, "Of course, what number and email should we use while you're abroad?"),
            (C, [R.choice(["my %s number is " % {"fr": "french", "de": "german", "es": "spanish", "nl": "dutch"}[cc], "use ", "roaming num "]), V(txt, "PHONE", canon),
                 R.choice([" and ", ", ", "\n"]), V(em, "EMAIL", em)])]
    return spec, "%s/travel: %s international mobile and e-mail, booking ref and pax count unlabelled" % (chan(), cc.upper())


def p_call_ie_phone():
    num, reg = gen_phone("ie")
    sp = "plus three five three " + speak_digits(num[1:], doubles=0.7)
    spec = [(A, "and what's the best number to get you on"),
            (C, ["it's an irish number ", V(sp, "PHONE", "353" + num[1:]), " i'm over in %s for the next %s weeks" % (
                R.choice(TOWNS_IE).lower(), num_word(R.randint(2, 6)))])]
    return spec, "call/telecom: Irish mobile spoken with +353 country code, town and duration nearby"


def p_chat_new_number():
    num, reg = gen_phone(R.choice(["uk_mob", "us", "ie", "uk_land"]))
    st = R.choice(["space", "plain", "dash", "intl"])
    if reg != "us" and st == "dash":
        st = "space"
    txt = fmt_phone(num, reg, st)
    spec = [(C, [caps(typo(R.choice(["new number is ", "pls update my number to ", "changed my number, its "]))), V(txt, "PHONE", phone_canon(num, reg, st)),
                 R.choice([" the old one got cut off on the %s" % sfx(R.randint(1, 28)), " - old sim stopped working at %d:%02d yesterday" % (R.randint(1, 12), R.randint(0, 59)),
                           " (had the old one %d yrs)" % R.randint(2, 20)])]),
            (A, "Done! Your contact number is updated. Anything else?")]
    return spec, "%s/telecom: %s phone (%s) next to a non-PII date/time/duration" % (chan(), reg, st)


POS_TEMPLATES = [
    (p_chat_card_one, 14), (p_chat_card_split, 10), (p_chat_card_context, 6), (p_chat_ssn, 12),
    (p_chat_ssn_split, 6), (p_chat_ni, 14), (p_chat_ni_split, 7), (p_email_bank, 6), (p_chat_bank_inline, 6),
    (p_chat_us_account, 4), (p_email_iban, 10), (p_chat_phone_email, 9), (p_chat_phone_correct, 4),
    (p_chat_address_uk, 7), (p_chat_address_us, 5), (p_chat_us_identity, 5), (p_chat_dob_only, 5),
    (p_chat_cvv_exp_split, 5), (p_email_full_profile, 4),
    (p_call_card, 7), (p_call_card_split, 5), (p_call_ssn, 6), (p_call_ssn_split, 4), (p_call_ni, 8),
    (p_call_bank, 5), (p_call_phone, 5), (p_call_email, 4), (p_call_dob_pc, 4), (p_call_address, 4),
    (p_call_iban, 3), (p_call_mixed_chat, 3),
    (p_dm_email_obf, 7), (p_dm_phone_split, 6), (p_chat_card_mixedsep, 6), (p_chat_bank_paste, 5), (p_sms_compact, 6),
    (p_call_card_correction, 3), (p_call_ssn_chitchat, 3),
    (p_call_card_oneturn, 4), (p_call_dob_age_ni, 4), (p_chat_eu_phone, 5), (p_call_ie_phone, 3), (p_chat_new_number, 5),
]


# ---------------------------------------------------------------- negative templates

def sfx(n):
    return "%d%s" % (n, "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def money_spoken(p, c):
    s = (num_word(p) if p < 100 else ONES[p // 100] + " hundred" + ("" if p % 100 == 0 else " and " + num_word(p % 100)))
    return s + " pounds" + ("" if c == 0 else " " + num_word(c))


def n_order():
    spec = [(C, caps(typo("hi where is my order #%d? paid £%d.%02d on the %s and still nothing" % (
                R.randint(10000000, 99999999), R.randint(5, 300), R.randint(0, 99), sfx(R.randint(2, 28))))) + emo()),
            (A, "Sorry! Order %d was dispatched on %d %s and should arrive within %d working days." % (
                R.randint(10000000, 99999999), R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize(), R.randint(2, 5)))]
    return spec, "%s/retail: order number, price, dispatch date, day count" % chan()


def n_flight():
    fl = "%s%d" % (R.choice(["EI", "BA", "FR", "LH", "UA", "AA"]), R.randint(100, 9999))
    spec = [(C, caps(typo("my flight %s at %02d:%02d got cancelled, im in seat %d%s and need to rebook for %d people" % (
                fl, R.randint(5, 22), R.choice([0, 15, 30, 45, 55]), R.randint(1, 40), R.choice("ABCDEF"), R.randint(2, 5)))) + emo()),
            (A, "I can move you to %s%d departing %02d:%02d tomorrow from gate %s%d, change fee €%d." % (
                fl[:2], R.randint(100, 9999), R.randint(6, 21), R.randint(0, 59), R.choice("ABC"), R.randint(1, 40), R.randint(0, 90)))]
    return spec, "%s/travel: flight numbers, times, seat, gate, fee" % chan()


def n_meter():
    rd = R.randint(10000, 99999)
    if R.random() < 0.5:
        spec = [(A, "What's the current meter reading?"),
                (C, caps(typo("meter reading is %d, took it this morning at %d%s" % (rd, R.randint(7, 11), R.choice(["am", " am", ""])))) + emo())]
        return spec, "%s/utilities: 5-digit meter reading with reference word and time" % chan()
    spec = [(A, "can you read me the numbers on the meter"),
            (C, "yeah the reading is %s and the night one is %s" % (speak_digits(str(rd)), speak_digits(str(R.randint(1000, 9999)))))]
    return spec, "call/utilities: spoken meter readings (5 and 4 digits)"


def n_claim():
    ref = str(R.randint(10 ** 7, 10 ** 10 - 1))
    word = R.choice(["claim number", "ticket", "case ref", "reference", "complaint number", "invoice no."])
    spec = [(C, caps(typo("following up on %s %s from last week, still no reply" % (word, ref))) + emo()),
            (A, "Thanks, I can see %s %s was logged on %d %s. It's been escalated, expect an update within %d hours." % (
                word.replace(" no.", ""), ref, R.randint(1, 28), MON3[R.randint(0, 11)].capitalize(), R.choice([24, 48, 72])))]
    return spec, "%s/insurance: %d-digit %s with reference word, repeated by agent" % (chan(), len(ref), word)


def n_claim_spoken():
    ref = str(R.randint(10 ** 5, 10 ** 8))
    word = R.choice(["reference number", "order number", "ticket number", "claim number"])
    spec = [(A, "have you got a %s for me" % word),
            (C, "yeah the %s is %s" % (word, speak_digits(ref))),
            (A, "okay that's the one from the %s of %s" % (ordinal_word(R.randint(1, 28)), MONTHS[R.randint(0, 11)]))]
    return spec, "call/retail: spoken %s (%d digits) and a non-birth date" % (word, len(ref))


def n_broadband():
    spec = [(C, caps(typo("paying for %d mbps but speedtest says %d.%d down %d up, router is a %s" % (
                R.choice([150, 500, 900]), R.randint(3, 90), R.randint(0, 9), R.randint(1, 20),
                R.choice(["Hub 4", "TP-Link AX3000", "Fritzbox 7590", "model HG8245Q2", "Archer C6"])))) + emo()),
            (A, "I've run a line test: sync at %d Mbps, %d%% packet loss over %d minutes." % (R.randint(10, 80), R.randint(1, 9), R.randint(5, 30)))]
    return spec, "%s/telecom: speeds, percentages, model numbers, durations" % chan()


def n_hotel():
    spec = [(C, caps(typo("booked room %d for %d nights from %d/%d, can i get a late checkout at %d pm?" % (
                R.randint(100, 999), R.randint(2, 9), R.randint(1, 28), R.randint(1, 12), R.randint(1, 3))))),
            (A, "Yes, late checkout until %d:00 is €%d. Your confirmation number is %d." % (R.randint(13, 15), R.randint(15, 40), R.randint(100000, 9999999)))]
    return spec, "%s/travel: room number, nights, check-in date, price, confirmation number" % chan()


def n_apr():
    spec = [(C, caps(typo("what apr would i get on a £%d,%03d loan over %d years?" % (R.randint(1, 25), R.choice([0, 500]), R.randint(2, 7))))),
            (A, "Representative APR is %d.%d%%, monthly repayments of £%d.%02d over %d months, total payable £%d,%03d.%02d." % (
                R.randint(5, 29), R.randint(0, 9), R.randint(50, 900), R.randint(0, 99), R.choice([12, 24, 36, 48, 60]),
                R.randint(1, 30), R.randint(0, 999), R.randint(0, 99)))]
    return spec, "%s/banking: APR, loan amounts, monthly repayment, term" % chan()


def n_appointment():
    d, m, yy = R.randint(1, 28), R.randint(1, 12), R.choice([2026, 2027])
    spec = [(A, "Your engineer appointment is booked for %02d/%02d/%d between %d:00 and %d:00." % (d, m, yy, R.randint(8, 12), R.randint(13, 18))),
            (C, caps(typo("can we move it to the %s? i work till %d%s" % (sfx(R.randint(1, 28)), R.randint(4, 6), R.choice(["pm", ""])))) + emo())]
    return spec, "%s/utilities: appointment dates and times (not birth dates)" % chan()


def n_contract():
    spec = [(C, caps(typo("my contract started %02d/%02d/%d and was %d months, why am i still paying £%d.%02d?" % (
                R.randint(1, 28), R.randint(1, 12), R.randint(2019, 2025), R.choice([12, 18, 24, 36]), R.randint(10, 90), R.randint(0, 99))))),
            (A, "It ended on %d %s %d; from your next bill on the %s it drops to £%d.%02d." % (
                R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize(), R.randint(2024, 2026), sfx(R.randint(1, 28)), R.randint(5, 40), R.randint(0, 99)))]
    return spec, "%s/telecom: contract start/end dates, term, prices" % chan()


def n_age_temp():
    spec = [(C, caps(typo("boiler keeps cutting out, house is %d degrees and i've a %d year old and a %d month old here" % (
                R.randint(9, 15), R.randint(2, 14), R.randint(3, 11)))) + emo()),
            (A, "Sorry to hear that. Is the pressure gauge between 1 and 1.5 bar? The boiler is a %s %d, installed %d?" % (
                R.choice(["Worcester", "Vaillant", "Ideal Logic"]), R.choice([24, 30, 35]), R.randint(2010, 2022)))]
    return spec, "%s/utilities: temperature, ages, pressure, model number, install year" % chan()


def n_years():
    spec = [(C, caps(typo("been with you since %d, never missed a payment in %d years and now my premium is up %d%%" % (
                R.randint(1998, 2015), R.randint(10, 25), R.randint(12, 60))))),
            (A, "I understand. Your %d %s renewal is £%d.%02d, last year it was £%d." % (
                R.randint(2014, 2023), R.choice(["Ford Fiesta", "VW Golf", "Toyota Yaris"]), R.randint(300, 1200), R.randint(0, 99), R.randint(250, 900)))]
    return spec, "%s/insurance: years, tenure, percentage, car model year, premiums" % chan()


def n_spoken_money():
    spec = [(A, "so your current balance is %s and the minimum payment is %s" % (
                money_spoken(R.randint(100, 999), R.randint(1, 99)), money_spoken(R.randint(5, 60), 0))),
            (C, "okay and when's that due"),
            (A, "that's due on the %s of %s so you've got %s days" % (ordinal_word(R.randint(1, 28)), MONTHS[R.randint(0, 11)], num_word(R.randint(3, 20))))]
    return spec, "call/banking: spoken balance, minimum payment, due date, day count"


def n_spoken_times():
    spec = [(C, "i've been on hold for %s minutes and it's already %s %s" % (num_word(R.randint(20, 59)), num_word(R.randint(1, 11)), num_word(R.randint(10, 59)))),
            (A, "i'm sorry about that we've had around %s hundred calls since %s o'clock" % (ONES[R.randint(2, 9)], num_word(R.randint(8, 10)))),
            (C, "and the engineer said between %s and %s" % (num_word(R.randint(8, 11)), num_word(R.randint(12, 12))))]
    return spec, "call/telecom: spoken durations, times, counts"


def n_quantities():
    spec = [(C, caps(typo("ordered %d x %dg bags and %d boxes of %d but got %d, invoice %d says £%d.%02d" % (
                R.randint(2, 9), R.choice([250, 500, 750]), R.randint(2, 5), R.choice([6, 12, 24]), R.randint(1, 4),
                R.randint(1000000, 99999999), R.randint(10, 200), R.randint(0, 99)))) + emo()),
            (A, "Apologies, I've refunded £%d.%02d to your original payment method, allow %d-%d working days." % (
                R.randint(3, 50), R.randint(0, 99), R.randint(3, 5), R.randint(6, 10)))]
    return spec, "%s/retail: quantities, weights, invoice number, refund" % chan()


def n_tariff():
    spec = [(C, caps(typo("whats the unit rate? i use about %d kwh a month" % R.randint(150, 600)))),
            (A, "The unit rate is %d.%02dp per kWh and the standing charge is %d.%02dp per day, fixed for %d months from %d %s." % (
                R.randint(18, 32), R.randint(0, 99), R.randint(30, 60), R.randint(0, 99), R.choice([12, 18, 24]), R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize()))]
    return spec, "%s/utilities: tariff rates, usage, fixed term start date" % chan()


def n_spoken_ref_letters():
    ref = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + str(R.randint(1000, 9999))
    spec = [(A, "i've got a booking reference for you it's %s" % speak_alnum(ref, "nato")),
            (C, "okay and that's for the %s fifteen train on the %s" % (num_word(R.randint(6, 11)), ordinal_word(R.randint(1, 28))))]
    return spec, "call/travel: spoken alphanumeric booking reference (6 chars) with reference word, train time"


def n_pharmacy():
    spec = [(C, caps(typo("prescription %d is ready? its %d tablets of %dmg, i need it before %d:%02d" % (
                R.randint(100000, 9999999), R.choice([28, 56, 84]), R.choice([5, 10, 20, 40, 500]), R.randint(9, 18), R.choice([0, 30]))))),
            (A, "Yes, your co-pay is $%d.%02d and the pharmacy closes at %d pm. Refills left: %d." % (R.randint(5, 60), R.randint(0, 99), R.randint(6, 9), R.randint(0, 5)))]
    return spec, "%s/healthcare billing: prescription number, dosage, time, co-pay" % chan()


def n_sms_short():
    spec = [(A, "Reply YES to confirm your delivery slot %d:00-%d:00 on %s %d %s. Ref %d." % (
                R.randint(7, 12), R.randint(13, 20), R.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), R.randint(1, 28),
                MON3[R.randint(0, 11)].capitalize(), R.randint(100000, 99999999))),
            (C, R.choice(["yes", "YES", "Yes pls", "yes 👍", "no can u do after 5"]))]
    return spec, "SMS/retail: delivery slot, date, short reference"


def n_government():
    spec = [(C, caps(typo("applied for my passport %d weeks ago, application %d, paid £%d.%02d" % (
                R.randint(3, 12), R.randint(1000000, 9999999999), R.choice([88, 100, 207]), R.choice([50, 0]))))),
            (A, "Standard processing is %d weeks. Your application was received on %d %s %d." % (
                R.choice([3, 10]), R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize(), R.choice([2025, 2026])))]
    return spec, "%s/government services: application number, fees, weeks, received date" % chan()


def n_spoken_percent():
    spec = [(A, "the rate on that card is %s point %s percent and your limit is %s thousand" % (
                num_word(R.randint(12, 34)), ONES[R.randint(1, 9)], num_word(R.randint(2, 15)))),
            (C, "and if i transfer a balance of about %s hundred is there a fee" % ONES[R.randint(2, 9)]),
            (A, "yeah it's %s percent with a minimum of %s pounds and the offer runs for %s months" % (
                ONES[R.randint(2, 5)], ONES[R.randint(3, 5)], num_word(R.choice([12, 18, 24, 30]))))]
    return spec, "call/banking: spoken interest rate, limits, fees, months"


def n_parcel():
    spec = [(C, caps(typo("parcel is %d.%dkg, %dx%dx%dcm, can i still send it 2nd class for £%d.%02d?" % (
                R.randint(1, 19), R.randint(0, 9), R.randint(10, 60), R.randint(10, 40), R.randint(5, 30), R.randint(2, 9), R.randint(0, 99))))),
            (A, "Parcels over %dkg go as medium; price from £%d.%02d, delivered in %d-%d working days." % (R.choice([2, 5]), R.randint(4, 9), R.randint(0, 99), R.randint(2, 3), R.randint(4, 5)))]
    return spec, "%s/retail: weights, dimensions, prices, delivery days" % chan()


def n_app_version():
    spec = [(C, caps(typo("app keeps crashing on ios %d.%d.%d, app version %d.%d.%d, error code %d" % (
                R.randint(15, 18), R.randint(0, 6), R.randint(0, 3), R.randint(3, 9), R.randint(0, 20), R.randint(0, 9), R.randint(100, 9999)))) + emo()),
            (A, "Thanks! Please update to %d.%d.%d released on %d %s and clear %dMB of cache." % (
                R.randint(3, 9), R.randint(0, 20), R.randint(0, 9), R.randint(1, 28), MON3[R.randint(0, 11)].capitalize(), R.randint(50, 900)))]
    return spec, "%s/banking: OS / app versions, error code, release date, sizes" % chan()


def n_spoken_car():
    yr = R.randint(2008, 2023)
    spec = [(C, "i've had the car since %s it's a %s model and it's done about %s thousand miles" % (
                speak_year(R.randint(2015, 2024)), speak_year(yr), num_word(R.randint(20, 99)))),
            (A, "okay and the excess on your policy is %s hundred and fifty pounds" % ONES[R.randint(1, 5)]),
            (C, "fine and the accident was on the %s at about %s" % (ordinal_word(R.randint(1, 28)), R.choice(["half three", "quarter past nine", "ten to six", "noon"])))]
    return spec, "call/insurance: spoken years, mileage, excess, accident date and time"


def n_alnum_ref():
    ref = "%s-%d-%06d" % (R.choice(["CLM", "INC", "CASE", "RMA"]), R.randint(2023, 2026), R.randint(1, 999999))
    spec = [(A, "I've opened %s for you, please quote it in any reply." % ref),
            (C, caps(typo("thanks, is that the same as the one from %s %d? that was %s-%d-%06d" % (
                MONTHS[R.randint(0, 11)].capitalize(), R.randint(2023, 2025), ref.split("-")[0], R.randint(2023, 2025), R.randint(1, 999999)))) + emo())]
    return spec, "%s/insurance: alphanumeric case references with embedded years" % chan()


def n_gym_health():
    spec = [(C, caps(typo("my blood pressure was %d/%d at the clinic and the bill says %d units of %d at $%d.%02d" % (
                R.randint(110, 150), R.randint(70, 95), R.randint(1, 6), R.randint(10, 90), R.randint(40, 400), R.randint(0, 99))))),
            (A, "That's CPT code %d billed on %02d/%02d/%d; your plan covers %d%% after the $%d deductible." % (
                R.randint(90000, 99499), R.randint(1, 12), R.randint(1, 28), R.choice([2025, 2026]), R.choice([70, 80, 90]), R.choice([250, 500, 1000])))]
    return spec, "%s/healthcare billing: blood pressure, units, CPT code, service date, coverage" % chan()


NEG_TEMPLATES = [
    (n_order, 7), (n_flight, 6), (n_meter, 6), (n_claim, 8), (n_claim_spoken, 6), (n_broadband, 5), (n_hotel, 5),
    (n_apr, 5), (n_appointment, 6), (n_contract, 5), (n_age_temp, 5), (n_years, 5), (n_spoken_money, 5),
    (n_spoken_times, 4), (n_quantities, 5), (n_tariff, 4), (n_spoken_ref_letters, 3), (n_pharmacy, 4),
    (n_sms_short, 4), (n_government, 5), (n_spoken_percent, 4), (n_parcel, 4), (n_app_version, 4), (n_spoken_car, 4),
    (n_alnum_ref, 4), (n_gym_health, 4),
]


# ---------------------------------------------------------------- generation / checking

def generate():
    R.seed(SEED)
    _gid_counter[0] = 0
    pos_jobs = [f for f, n in POS_TEMPLATES for _ in range(n)]
    neg_jobs = [f for f, n in NEG_TEMPLATES for _ in range(n)]
    R.shuffle(pos_jobs)
    R.shuffle(neg_jobs)
    cases, metas = [], []
    for i, f in enumerate(pos_jobs, 1):
        spec, note = f()
        turns, spans, meta = build(spec)
        cases.append({"id": "%s-pos-%03d" % (PREFIX, i), "kind": "positive", "turns": turns, "spans": spans, "note": note})
        metas.append(meta)
    for i, f in enumerate(neg_jobs, 1):
        spec, note = f()
        turns, spans, meta = build(spec)
        assert not spans
        cases.append({"id": "%s-neg-%03d" % (PREFIX, i), "kind": "negative", "turns": turns, "spans": [], "note": note})
        metas.append(meta)
    lines = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    return cases, metas, lines


def type_counts(cases):
    cnt = Counter()
    for c in cases:
        for s in c["spans"]:
            cnt[s["type"]] += 1
    return cnt


def verify(cases, metas):
    problems = []
    ids = set()
    groups = {}
    for c, meta in zip(cases, metas):
        cid = c["id"]
        if cid in ids:
            problems.append("duplicate id " + cid)
        ids.add(cid)
        if c["kind"] not in ("positive", "negative"):
            problems.append(cid + ": bad kind")
        if c["kind"] == "negative" and c["spans"]:
            problems.append(cid + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(cid + ": positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append(cid + ": bad turn")
        prev = {}
        for s, m in zip(c["spans"], meta):
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (cid, s["type"]))
                continue
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append(cid + ": turn out of range")
                continue
            text = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(text)):
                problems.append(cid + ": offsets out of range")
                continue
            val = text[st:en]
            if val != val.strip() or not (val[0].isalnum() or (s["type"] == "PHONE" and val[0] in "+(")) or not val[-1].isalnum():
                problems.append("%s: span not trimmed %r" % (cid, val))
            if st > 0 and text[st - 1].isalnum():
                problems.append("%s: span start not on word boundary %r" % (cid, val))
            if en < len(text) and text[en].isalnum():
                problems.append("%s: span end not on word boundary %r" % (cid, val))
            if s["turn"] in prev and st < prev[s["turn"]]:
                problems.append(cid + ": overlapping/unsorted spans")
            prev[s["turn"]] = en
            canon = m["canon"]
            if s["type"] == "ADDRESS":
                if not validate_part("ADDRESS", val, None):
                    problems.append("%s: bad address %r" % (cid, val))
                continue
            if not validate_part(s["type"], val, canon):
                problems.append("%s: %s text %r does not normalise to %r" % (cid, s["type"], val, canon))
            if m["gid"] == "partial":
                continue
            if m["gid"] is None:
                if not validate_full(s["type"], canon):
                    problems.append("%s: invalid %s value %r" % (cid, s["type"], canon))
            else:
                key = (cid, m["gid"])
                groups.setdefault(key, [s["type"], ""])
                groups[key][1] += canon
    for (cid, gid), (typ, full) in groups.items():
        if not validate_full(typ, full):
            problems.append("%s: invalid joined %s value %r" % (cid, typ, full))
    return problems


def readme(cases):
    cnt = type_counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    typed = sum(not c["note"].startswith("call/") for c in cases)
    ptyped = sum(not c["note"].startswith("call/") for c in cases if c["kind"] == "positive")
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# pii_holdout39 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
its authors have not seen. Do not adjust patterns, thresholds or word lists to
make these cases pass; if it is used for tuning it stops being a held-out set.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not read
the redaction code, its tests, its docs, the benchmark script, or any other PII
fixture; the only existing data consulted was a three-line example of the JSONL
format. The redactor was never run while writing this set.

Cases are generated by `scripts/make_pii_holdout39.py` (standard library only)
from template functions. Each turn is assembled from plain-text segments and
labelled (value, TYPE) segments, so character offsets are computed, never typed
by hand. All values come from one `random.Random(%d)`; the output is
byte-for-byte reproducible. `python scripts/make_pii_holdout39.py --check`
regenerates the file, checks it is identical, and validates ids, offsets, word
boundaries, non-overlap, and every value after normalising spoken forms (Luhn for
cards, mod-97 for IBANs, NI number format, 9 digits for SSNs, 6 for sort codes,
digit counts for CVV / phone / account numbers, UK postcode and US ZIP shapes,
and that spoken dates/expiries decode to the intended values).

Emphasis: about two thirds typed channels (web chat, SMS, e-mail bodies, social
DMs, WhatsApp, in-app chat) with messy typing — values split over several
messages, typos in the words around them, odd separators (dash, dot, slash,
none, double space, non-breaking space), mixed case, emojis, trailing
copy-paste artefacts (zero-width space, "Sent from my iPhone"). The rest are
phone calls written as an ASR transcript (lower case, numbers as words, "oh" /
"o" / "nought" for zero, "double"/"triple", pairs like "forty one eleven",
homophones "for"/"to"/"too"/"ate", NATO and "as in" letter spelling, "double u"
for W, values split across turns with back-channels, fillers, self-corrections,
agent read-backs).

## Annotation conventions

* A span covers exactly the characters of the value: no surrounding spaces,
  punctuation, emojis or lead-in words ("it's", "ssn", "exp", "sort code").
* Internal separators (spaces, dashes, dots, slashes, NBSP) are inside the span.
  For phone numbers a leading "+" or "(" is inside the span ("+44 7911 123456",
  "(415) 555-0134"). Obfuscated e-mails keep the obfuscation inside the span
  ("maria.smith [at] web [dot] de", "j.doe @ gmail.com"). A trailing full stop
  after an e-mail is outside.
* Spoken values: the span runs from the first to the last word of the reading,
  including "double", "triple", "oh", spelled letters and "b for bravo" /
  "b as in bob" phrases.
* Fillers ("um", "uh", "er") in the middle of a reading are *outside* the
  spans: the reading is split into two spans of the same type around the filler.
* A value split over several turns/messages is labelled as one span per piece,
  all with the value's type. Agent read-backs are labelled too.
* Self-corrections: both the wrong and the corrected reading are labelled (the
  wrong reading is a fragment of the same type; it is validated as a fragment
  only).
* ADDRESS = house number (with letter suffix if any) + street name + street type
  ("14 Mill Lane", "two hundred and six oak avenue"). Flat/apartment numbers,
  town and state are not labelled (but redacting them is harmless in positive
  cases). The postcode / ZIP is a separate POSTCODE span.
* DOB includes the whole date phrase, e.g. "the third of march nineteen eighty
  four" (including "the ... of").
* EXPIRY covers the month and year as written ("08/27", "Aug 2027", "oh eight
  twenty seven").
* Non-PII numbers (order/claim/invoice references, amounts, times, dates that are
  not birth dates, card last-four mentions, model numbers, ages) are never
  labelled; negative cases contain only such lookalikes and must not be redacted
  at all.

## Counts

%d cases: %d positive, %d negative; %d typed-channel cases, %d call transcripts
(positives: %d typed, %d calls). %d labelled spans in total. Split values count
one span per piece.

| type | spans |
|---|---|
%s
""" % (SEED, len(cases), npos, nneg, typed, len(cases) - typed, ptyped, npos - ptyped, sum(cnt.values()), rows)


def main(argv):
    cases, metas, lines = generate()
    problems = verify(cases, metas)
    cnt = type_counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170:
        problems.append("too few positives: %d" % npos)
    if nneg < 100:
        problems.append("too few negatives: %d" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("too few %s spans: %d < %d" % (t, cnt[t], need))
    rd = readme(cases)
    if "--check" in argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != lines:
            problems.append("cases.jsonl differs from regenerated output (or is missing)")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            problems.append("README.md differs from regenerated output (or is missing)")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(lines, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("pii_holdout39: %d cases (%d positive, %d negative)" % (len(cases), npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for p in problems[:60]:
        print("PROBLEM:", p)
    if problems:
        print("FAILED with %d problem(s)" % len(problems))
        return 1
    print("OK" + (" (--check: file identical and valid)" if "--check" in argv else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

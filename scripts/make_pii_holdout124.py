#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout124``.

Written by an AI helper acting as an independent test author (it did not see
the redaction code).  Standard library only.  Output is byte-for-byte
reproducible from the seed below.

    python scripts/make_pii_holdout124.py          # write fixture + README
    python scripts/make_pii_holdout124.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 124241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout124"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h124"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
MIN_POS, MIN_NEG = 170, 100

R = random.Random(SEED)

# --------------------------------------------------------------------------
# segments
# --------------------------------------------------------------------------


class L:
    """A labelled segment: text, entity type, and a group key (pieces of one
    value split over several turns share a group)."""

    def __init__(self, text, typ, group=None):
        self.text, self.typ, self.group = text, typ, group


_gid = [0]


def newgroup():
    _gid[0] += 1
    return "g%d" % _gid[0]


def T(speaker, *segs):
    return (speaker, segs)


def A(*segs):
    return T("agent", *segs)


def C(*segs):
    return T("customer", *segs)


def lab(text, typ, group=None):
    return L(text, typ, group or newgroup())


# --------------------------------------------------------------------------
# spoken number helpers
# --------------------------------------------------------------------------
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
       12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
       16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 30: "thirtieth"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "o": "oscar", "p": "papa",
        "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey", "x": "xray",
        "y": "yankee", "z": "zulu", "i": "india", "q": "quebec", "u": "uniform",
        "v": "victor"}
FOR_WORDS = {"a": "apple", "b": "boy", "c": "cat", "d": "dog", "e": "edward",
             "h": "harry", "j": "john", "k": "king", "l": "larry", "m": "mary",
             "n": "nancy", "p": "peter", "r": "robert", "s": "sam", "t": "tom",
             "w": "william", "y": "yellow", "z": "zebra", "g": "george",
             "x": "xray", "o": "orange", "f": "frank"}


def ordinal(n):
    if n in ORD:
        return ORD[n]
    t, u = divmod(n, 10)
    return TENS[t] + " " + ORD[u]


def zero_word(uk=False):
    if uk:
        return R.choice(["oh", "oh", "zero", "nought"])
    return R.choice(["oh", "oh", "zero", "o"])


def say_digit(d, uk=False):
    return zero_word(uk) if d == "0" else DW[int(d)]


def say_digits(s, uk=False, doubles=0.4):
    """Digit by digit, sometimes collapsing runs into double/triple."""
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        if run == 3 and R.random() < doubles:
            out.append("triple " + say_digit(s[i], uk))
            i = j
            continue
        if run >= 2 and R.random() < doubles:
            out.append("double " + say_digit(s[i], uk))
            i += 2
            continue
        out.append(say_digit(s[i], uk))
        i += 1
    return " ".join(out)


def say_pair(p, uk=False):
    """Two digits as a number word: 41 -> forty one, 07 -> oh seven, 00 -> double oh."""
    a, b = int(p[0]), int(p[1])
    if a == 0:
        if b == 0:
            return "double " + zero_word(uk)
        return zero_word(uk) + " " + DW[b]
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + DW[b])


def say_pairs(s, uk=False):
    assert len(s) % 2 == 0
    return " ".join(say_pair(s[i:i + 2], uk) for i in range(0, len(s), 2))


def say_mixed(s, uk=False):
    """Groups of two or single digits mixed, the way people read numbers."""
    out, i = [], 0
    while i < len(s):
        if i + 1 < len(s) and R.random() < 0.5 and s[i] != "0" and s[i + 1] != "0":
            out.append(say_pair(s[i:i + 2], uk))
            i += 2
        else:
            out.append(say_digit(s[i], uk))
            i += 1
    return " ".join(out)


def say_year(y):
    y = str(y)
    if y == "2000":
        return "two thousand"
    if y.startswith("20") and y[2] == "0":
        return R.choice(["two thousand " + DW[int(y[3])], "two thousand and " + DW[int(y[3])]])
    return say_pair(y[:2]) + " " + say_pair(y[2:])


def say_number(n):
    """Cardinal words for 0..9999 (for house numbers)."""
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + DW[n % 10])
    if n < 1000:
        h, r = divmod(n, 100)
        if r == 0:
            return DW[h] + " hundred"
        if r < 10 and R.random() < 0.5:
            return DW[h] + " " + zero_word() + " " + DW[r]
        return DW[h] + " hundred " + R.choice(["", "and "]) + say_number(r)
    s = str(n)
    if s[2] == "0":
        return say_pair(s[:2]) + " " + zero_word() + " " + DW[int(s[3])]
    return say_pair(s[:2]) + " " + say_pair(s[2:])


def say_letters(s, style="plain"):
    out = []
    for ch in s.lower():
        if ch.isdigit():
            out.append(say_digit(ch, uk=True))
        elif style == "nato":
            out.append("%s for %s" % (ch, NATO[ch]))
        elif style == "mixed" and R.random() < 0.4 and ch in FOR_WORDS:
            out.append("%s as in %s" % (ch, FOR_WORDS[ch]))
        else:
            out.append(ch)
    return " ".join(out)


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------

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


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    if kind == "visa":
        return luhn_complete("4", 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    if kind == "visa19":
        return luhn_complete("4", 19)
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    return luhn_complete(R.choice(["6011", "65"]), 16)


def card_groups(c):
    if len(c) == 15:
        return chunks(c, [4, 6, 5])
    if len(c) == 13:
        return chunks(c, [4, 3, 3, 3])
    if len(c) == 19:
        return chunks(c, [4, 4, 4, 4, 3])
    return chunks(c, [4, 4, 4, 4])


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_BAD_FIRST = set("DFIQUV")
NI_BAD_SECOND = set("DFIOQUV")
NI_BAD_PAIRS = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni():
    letters = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(letters) + R.choice(letters)
        if p[0] not in NI_BAD_FIRST and p[1] not in NI_BAD_SECOND and p not in NI_BAD_PAIRS:
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def rand_digits(n, first_nonzero=True):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def gen_iban(country=None):
    country = country or R.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IE", "GB"])
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rand_digits(14, False)
    elif country == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + rand_digits(14, False)
    elif country == "DE":
        bban = rand_digits(18, False)
    elif country == "FR":
        bban = rand_digits(23, False)
    elif country == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + rand_digits(10, False)
    else:
        bban = rand_digits(20, False)
    return country + iban_check(country, bban) + bban


US_AREAS = ["212", "213", "312", "404", "415", "469", "503", "512", "602", "617",
            "702", "713", "719", "804", "817", "860", "904", "919", "952", "973"]


def gen_us_phone():
    return R.choice(US_AREAS) + R.choice("23456789") + rand_digits(2, False) + rand_digits(4, False)


def gen_uk_mobile():
    return "07" + R.choice("45789") + rand_digits(8, False)


FIRST = ["john", "maria", "dave", "keisha", "tom", "priya", "luis", "emma", "carl",
         "dana", "sean", "aoife", "rob", "tanya", "mike", "li", "grace", "omar", "beth", "kyle"]
LAST = ["smith", "garcia", "oneill", "patel", "nguyen", "brown", "kowalski", "reyes",
        "murphy", "jackson", "hughes", "kim", "walsh", "baker", "ortiz", "fischer"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com",
           "icloud.com", "comcast.net", "att.net", "hotmail.co.uk", "eircom.net"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    form = R.choice(["f.l", "fl", "f_l", "fL", "fl9", "f.l9"])
    local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "fL": f[0] + l,
             "fl9": f + l + str(R.randint(1, 99)), "f.l9": f + "." + l + str(R.randint(60, 99))}[form]
    return local + "@" + R.choice(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    parts = []
    for tok in re.split(r"([._])", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok:
            m = re.match(r"([a-z]+)(\d*)$", tok)
            word, num = m.group(1), m.group(2)
            if len(word) <= 2 or R.random() < 0.25:
                parts.append(" ".join(word))
            else:
                parts.append(word)
            if num:
                parts.append(say_digits(num) if R.random() < 0.5 else say_pair(num) if len(num) == 2 else say_digits(num))
    d = dom.replace(".", " dot ")
    return " ".join(parts) + " at " + d


def gen_zip():
    return "%05d" % R.randint(1001, 99950)


def gen_zip4():
    return gen_zip() + "-" + "%04d" % R.randint(1, 9999)


UK_PC = ["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 3HN", "EH1 2NG",
         "BS8 1TH", "G12 8QQ", "CF10 3AT", "NE1 7RU", "L18 5HX", "OX4 1DW", "BT9 6AD",
         "SE15 4QL", "N16 7UX", "EC1V 9HX", "W4 5TF", "BN2 1RL", "PL4 8AA"]
IE_EIR = ["D02 X285", "T12 R2NX", "H91 E2K3", "V94 T9PX", "D08 VF8H"]
STREETS = ["Maple", "Oak", "Cedar", "Elm", "Washington", "Lincoln", "Sunset", "Lakeview",
           "Pine", "Highland", "Jefferson", "Willow", "Franklin", "Cherry Hill", "Ridge"]
SUFFIX = ["Street", "Avenue", "Road", "Drive", "Lane", "Court", "Boulevard", "Way", "Place"]
ABBR = {"Street": "St", "Avenue": "Ave", "Road": "Rd", "Drive": "Dr", "Lane": "Ln",
        "Court": "Ct", "Boulevard": "Blvd", "Way": "Way", "Place": "Pl"}
UK_STREETS = ["Church", "Station", "Victoria", "Mill", "Park", "Queens", "Kingsway", "Albert"]
UK_SUFFIX = ["Road", "Street", "Lane", "Close", "Crescent", "Gardens", "Avenue"]
CITIES = [("Austin", "TX"), ("Columbus", "OH"), ("Tampa", "FL"), ("Denver", "CO"),
          ("Phoenix", "AZ"), ("Raleigh", "NC"), ("Portland", "OR"), ("Newark", "NJ"),
          ("Madison", "WI"), ("Boise", "ID")]


def gen_us_address(chat=True):
    n = R.choice([R.randint(10, 99), R.randint(100, 999), R.randint(1000, 9999)])
    st, sf = R.choice(STREETS), R.choice(SUFFIX)
    if R.random() < 0.2:
        st = R.choice(["North", "South", "East", "West"]) + " " + st
        if chat and R.random() < 0.5:
            st = st[0] + " " + st.split(" ", 1)[1]
    unit = R.choice(["", "", "", " Apt %d" % R.randint(1, 40), " Unit %d%s" % (R.randint(1, 9), R.choice("ABC"))])
    if chat:
        sfx = sf if R.random() < 0.5 else ABBR[sf] + R.choice(["", "."])
        if sfx.endswith("."):
            sfx = sfx[:-1]
        txt = "%d %s %s%s" % (n, st, sfx, unit)
        if R.random() < 0.3:
            txt = txt.lower()
        return txt, n
    spoken_unit = ""
    if unit:
        spoken_unit = R.choice([" apartment ", " apt ", " unit "]) + say_digits(re.sub(r"\D", "", unit)) + \
            ((" " + unit[-1].lower()) if unit[-1].isalpha() else "")
    return "%s %s %s%s" % (say_number(n), st.lower(), sf.lower(), spoken_unit), n


def gen_dob():
    return R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)


# --------------------------------------------------------------------------
# chat value renderers
# --------------------------------------------------------------------------

def chat_card(c):
    g = card_groups(c)
    style = R.choice(["space", "space", "dash", "none", "dot", "mixed"])
    if style == "space":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "none":
        return c
    if style == "dot":
        return ".".join(g)
    return " ".join(g[:2]) + "-" + " ".join(g[2:])


def spoken_card_pieces(c, uk=False):
    """Return list of spoken chunks (one per group)."""
    out = []
    for g in card_groups(c):
        r = R.random()
        if r < 0.55 or len(g) % 2 or g[-2] != "0" and g[-1] == "0":
            out.append(say_digits(g, uk))
        elif r < 0.8:
            out.append(say_pairs(g, uk))
        else:
            out.append(say_mixed(g, uk))
    return out


def chat_ssn(s):
    st = R.choice(["dash", "dash", "space", "none", "dot", "slash"])
    a, b, c = s[:3], s[3:5], s[5:]
    return {"dash": "%s-%s-%s", "space": "%s %s %s", "none": "%s%s%s", "dot": "%s.%s.%s",
            "slash": "%s/%s/%s"}[st] % (a, b, c)


def spoken_ssn(s):
    a, b, c = s[:3], s[3:5], s[5:]
    st = R.choice(["digits", "grouped", "pairs", "dash"])
    if st == "digits":
        return say_digits(s)
    if st == "grouped":
        return say_digits(a) + " " + say_digits(b) + " " + say_digits(c)
    if st == "pairs":
        return say_digits(a) + " " + say_pair(b) + " " + say_pairs(c)
    return say_digits(a) + " dash " + say_digits(b) + " dash " + say_digits(c)


def chat_ni(n):
    st = R.choice(["sp", "sp", "none", "lower", "lowsp"])
    sp = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    return {"sp": sp, "none": n, "lower": n.lower(), "lowsp": sp.lower()}[st]


def spoken_ni(n):
    st = R.choice(["plain", "nato", "pairs", "mixed"])
    letters = n[:2].lower()
    if st == "nato":
        lead = say_letters(letters, "nato")
    elif st == "mixed":
        lead = say_letters(letters, "mixed")
    else:
        lead = " ".join(letters)
    mid = say_pairs(n[2:8], uk=True) if st == "pairs" else say_digits(n[2:8], uk=True)
    tail = n[8].lower()
    if st == "nato":
        tail = "%s for %s" % (tail, NATO[tail])
    return lead + " " + mid + " " + tail


def chat_phone_us(p):
    a, b, c = p[:3], p[3:6], p[6:]
    st = R.choice(["paren", "dash", "dot", "plus1", "none", "1dash", "space"])
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "plus1": "+1 %s %s %s" % (a, b, c),
            "none": p, "1dash": "1-%s-%s-%s" % (a, b, c), "space": "%s %s %s" % (a, b, c)}[st]


def spoken_phone_us(p):
    a, b, c = p[:3], p[3:6], p[6:]
    st = R.choice(["digits", "digits", "pairs_end", "area"])
    if st == "pairs_end":
        return say_digits(a) + " " + say_digits(b) + " " + say_pairs(c)
    if st == "area":
        return say_digits(a) + " " + say_digits(b) + " " + say_mixed(c)
    return say_digits(p)


def chat_iban(i):
    g = " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    return R.choice([g, i, g.lower() if R.random() < 0.3 else g])


def spoken_iban(i):
    out = []
    for ch in i.lower():
        out.append(say_digit(ch, uk=True) if ch.isdigit() else ch)
    return " ".join(out)


def chat_expiry(m, y):
    return R.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%d/%02d" % (m, y % 100),
                     "%02d-%02d" % (m, y % 100), "%02d%02d" % (m, y % 100),
                     "%s %d" % (MONTHS[m - 1][:3].title(), y)])


def spoken_expiry(m, y):
    yy = "%02d" % (y % 100)
    st = R.choice(["nums", "month", "slash", "month20", "monthof"])
    if st == "monthof":
        return MONTHS[m - 1] + " of " + say_pair(yy)
    if st == "nums":
        return say_pair("%02d" % m) + " " + say_pair(yy)
    if st == "slash":
        return say_pair("%02d" % m) + " slash " + say_pair(yy)
    if st == "month20":
        return MONTHS[m - 1] + " " + say_year(y)
    return MONTHS[m - 1] + " " + say_pair(yy)


def chat_dob(y, m, d, uk=False):
    st = R.choice(["slash", "slash", "long", "iso", "dash", "short"])
    if st == "slash":
        return ("%02d/%02d/%d" % (d, m, y)) if uk else ("%02d/%02d/%d" % (m, d, y))
    if st == "dash":
        return ("%d-%d-%d" % (d, m, y)) if uk else ("%d-%d-%d" % (m, d, y))
    if st == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if st == "short":
        return ("%d/%d/%02d" % (d, m, y % 100)) if uk else ("%d/%d/%02d" % (m, d, y % 100))
    return ("%d %s %d" % (d, MONTHS[m - 1].title(), y)) if uk else ("%s %d, %d" % (MONTHS[m - 1].title(), d, y))


def spoken_dob(y, m, d, uk=False):
    st = R.choice(["md", "dm", "nums", "md_th"])
    if uk and st == "md":
        st = "dm"
    if st == "md":
        return "%s %s %s" % (MONTHS[m - 1], ordinal(d), say_year(y))
    if st == "md_th":
        return "%s %s %s" % (MONTHS[m - 1], say_number(d), say_year(y))
    if st == "dm":
        return "the %s of %s %s" % (ordinal(d), MONTHS[m - 1], say_year(y))
    return "%s %s %s" % (say_pair("%02d" % m), say_pair("%02d" % d), say_year(y))


def spoken_uk_pc(pc):
    out = []
    for ch in pc.replace(" ", "").lower():
        out.append(say_digit(ch, uk=True) if ch.isdigit() else ch)
    return " ".join(out)


def spoken_zip(z):
    if "-" in z:
        a, b = z.split("-")
        return say_digits(a) + R.choice([" dash ", " "]) + say_digits(b)
    return say_digits(z) if R.random() < 0.7 else say_digit(z[0]) + " " + say_pairs(z[1:])


# --------------------------------------------------------------------------
# small talk
# --------------------------------------------------------------------------
FILL = ["um", "uh", "er", "erm"]


def fill():
    return R.choice(FILL)


def maybe(s, p=0.5):
    return s if R.random() < p else ""


def ack():
    return R.choice(["mhm", "okay", "yep", "okay go on", "got it", "uh huh", "right", "yeah"])


US_IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
          "healthcare billing", "government services"]


# --------------------------------------------------------------------------
# positive templates: each returns (note, [turns])
# --------------------------------------------------------------------------

def p_card_call_one_turn():
    c = gen_card()
    ind = R.choice(["retail", "utilities", "telecom", "insurance"])
    sp = " ".join(spoken_card_pieces(c))
    return ("call/%s: card read in one turn, mixed digit/pair forms" % ind, [
        A("and what's the long number across the front of the card"),
        C(R.choice(["yeah it's ", "okay it is ", "sure ", "", fill() + " "]), lab(sp, "CARD_NUMBER"),
          maybe(" did you get that"))])


def p_card_call_split():
    c = gen_card(R.choice(["visa", "mc", "disc"]))
    g = newgroup()
    pieces = spoken_card_pieces(c)
    turns = [A("go ahead with the card number whenever you're ready")]
    for k, p in enumerate(pieces):
        pre = R.choice(["", "", fill() + " ", "okay "]) if k else R.choice(["alright ", "so ", ""])
        turns.append(C(pre, L(p, "CARD_NUMBER", g)))
        if k < len(pieces) - 1:
            turns.append(A(ack()))
    return ("call/%s: card split over %d customer turns with back-channels" % (R.choice(US_IND[:5]), len(pieces)), turns)


def p_card_cvv_exp_call():
    c = gen_card(R.choice(["visa", "mc", "amex"]))
    cvv = rand_digits(4 if c[0] == "3" else 3, False)
    m, y = R.randint(1, 12), R.randint(2027, 2031)
    amt = R.choice(["eighty nine ninety nine", "a hundred and twelve dollars", "forty five fifty", "two hundred even"])
    return ("call/utilities US: card, expiry and security code by phone with a payment amount", [
        A("okay so that's %s today, what card would you like to use" % amt),
        C("the visa " if c[0] == "4" else "my card ", lab(" ".join(spoken_card_pieces(c)), "CARD_NUMBER")),
        A("thank you and the expiration date"),
        C(R.choice(["it's ", "", "expires "]), lab(spoken_expiry(m, y), "EXPIRY")),
        A("and the three or four digit security code on the back"),
        C(lab(say_digits(cvv) if R.random() < 0.6 else say_mixed(cvv), "CVV"))])


def p_card_chat():
    c = gen_card()
    m, y = R.randint(1, 12), R.randint(2027, 2031)
    cvv = rand_digits(4 if c[0] == "3" else 3, False)
    ind = R.choice(["retail", "travel", "telecom"])
    v = R.random()
    if v < 0.4:
        return ("chat/%s: card, expiry, CVV in one message" % ind, [
            A("Please enter the card details to complete the booking."),
            C("card ", lab(chat_card(c), "CARD_NUMBER"), R.choice([" exp ", ", expiry ", " exp. "]),
              lab(chat_expiry(m, y), "EXPIRY"), R.choice([" cvv ", ", cvc: ", " security code "]),
              lab(cvv, "CVV"))])
    if v < 0.7:
        return ("chat/%s: card typed then CVV in a separate message" % ind, [
            C("hi can u update my payment card its ", lab(chat_card(c), "CARD_NUMBER")),
            A("Thanks! And the 3 digit code on the back?" if len(cvv) == 3 else "Thanks! And the 4 digit code on the front?"),
            C(lab(cvv, "CVV"))])
    return ("chat/%s: card typed with a price and order number nearby" % ind, [
        C("Order #%d total was $%d.%02d, pls charge it to " % (R.randint(100000, 9999999), R.randint(20, 400), R.randint(0, 99)),
          lab(chat_card(c), "CARD_NUMBER"), " thx")])


def p_card_correction():
    c = gen_card(R.choice(["visa", "mc"]))
    g = newgroup()
    pieces = spoken_card_pieces(c)
    wrong = say_digits(rand_digits(4, False))
    return ("call/retail: customer misreads a group and corrects it, agent reads back", [
        A("card number please"),
        C(L(pieces[0], "CARD_NUMBER", g), " ", L(pieces[1], "CARD_NUMBER", g), " ",
          lab(wrong, "CARD_NUMBER", "partial" + newgroup()), " no sorry ", L(pieces[2], "CARD_NUMBER", g),
          " ", L(pieces[3], "CARD_NUMBER", g)),
        A("let me read that back ", lab(" ".join(say_digits(x) for x in card_groups(c)), "CARD_NUMBER"), " is that right"),
        C("yes that's it")])


def p_card_last_four_plus_full():
    c = gen_card("visa")
    return ("call/banking US: agent mentions last four of old card (not full), customer gives new full card", [
        A("i see the card on file ends in %s, is that the one you want to replace" % say_digits(rand_digits(4, False))),
        C("no that one expired the new one is ", lab(say_digits(c), "CARD_NUMBER"))])


def p_ssn_chat():
    s = gen_ssn()
    ind = R.choice(["banking", "insurance", "healthcare billing", "government services"])
    lead = R.choice(["my ssn is ", "SSN: ", "social is ", "ss# ", "my social security number is ", "soc sec no. "])
    tail = R.choice(["", " thanks", ". I need to verify my account", " and my dob is below"])
    return ("chat/%s US: SSN typed" % ind, [
        A("To verify your identity please provide your Social Security number."),
        C(lead, lab(chat_ssn(s), "SSN"), tail)])


def p_ssn_call():
    s = gen_ssn()
    ind = R.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    return ("call/%s US: SSN spoken in one turn" % ind, [
        A(R.choice(["can i get your social security number", "and i'll need your social to pull up the file",
                    "for verification what's your full social"])),
        C(R.choice(["sure it's ", "yeah ", "okay ", fill() + " it's "]), lab(spoken_ssn(s), "SSN"))])


def p_ssn_split():
    s = gen_ssn()
    g = newgroup()
    a, b, c = s[:3], s[3:5], s[5:]
    return ("call/government services US: SSN split 3-2-4 over turns", [
        A("okay and your social security number"),
        C(L(say_digits(a), "SSN", g)),
        A(ack()),
        C(L(say_digits(b) if R.random() < 0.5 else say_pair(b), "SSN", g)),
        A(R.choice(["uh huh", "and the last four"])),
        C(L(say_digits(c) if R.random() < 0.5 else say_pairs(c), "SSN", g))])


def p_ssn_readback():
    s = gen_ssn()
    return ("call/insurance US: SSN given by customer then read back by agent, with a member ID nearby", [
        A("i have the member id as M %s, i just need your social" % say_digits(rand_digits(7))),
        C(lab(spoken_ssn(s), "SSN")),
        A("thank you so that was ", lab(say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:]), "SSN"), " correct"),
        C("correct")])


def p_ssn_correction():
    s = gen_ssn()
    wrong = s[3:5]
    while wrong == s[3:5]:
        wrong = rand_digits(2, False)
    return ("call/banking US: SSN started with a filler and a wrong pair, then restated in full", [
        A("and the social"),
        C(lab(say_digits(s[:3]) + " " + fill() + " " + say_digits(wrong), "SSN", "partial" + newgroup()),
          R.choice([" wait no sorry let me start again ", " no hang on ", " sorry scratch that it's "]),
          lab(spoken_ssn(s), "SSN"))])


def p_ssn_with_dob():
    s = gen_ssn()
    y, m, d = gen_dob()
    if R.random() < 0.5:
        return ("chat/healthcare billing US: SSN and DOB in one message", [
            A("Please confirm patient SSN and date of birth."),
            C("SSN ", lab(chat_ssn(s), "SSN"), R.choice([" DOB ", ", born ", " / dob: "]), lab(chat_dob(y, m, d), "DOB"))])
    return ("call/healthcare billing US: SSN and DOB in one turn", [
        A("i need the patient's social and date of birth"),
        C(lab(spoken_ssn(s), "SSN"), R.choice([" and she was born ", " date of birth is ", " birthday "]),
          lab(spoken_dob(y, m, d), "DOB"))])


def p_ni_chat():
    n = gen_ni()
    return ("chat/government services UK: NI number typed", [
        A("Could you confirm your National Insurance number?"),
        C(R.choice(["it's ", "NI no ", "NINO: ", "sure ", ""]), lab(chat_ni(n), "NI_NUMBER"),
          R.choice(["", " cheers", ". thanks"]))])


def p_ni_call():
    n = gen_ni()
    ind = R.choice(["government services", "banking", "insurance", "utilities"])
    return ("call/%s UK: NI number spoken" % ind, [
        A(R.choice(["and your national insurance number please", "can i take your n i number"])),
        C(R.choice(["yeah it's ", "", "right it's ", fill() + " "]), lab(spoken_ni(n), "NI_NUMBER"))])


def p_ni_split():
    n = gen_ni()
    g = newgroup()
    return ("call/government services UK: NI split letters / digits / suffix over turns", [
        A("national insurance number"),
        C(L(say_letters(n[:2].lower(), R.choice(["plain", "nato", "mixed"])), "NI_NUMBER", g)),
        A(ack()),
        C(L(say_digits(n[2:8], uk=True) if R.random() < 0.5 else say_pairs(n[2:8], uk=True), "NI_NUMBER", g)),
        A("and the letter at the end"),
        C(L(n[8].lower(), "NI_NUMBER", g))])


def p_ni_readback():
    n = gen_ni()
    return ("call/banking UK: NI read back by agent with phonetic alphabet", [
        A("the national insurance number please"),
        C(lab(spoken_ni(n), "NI_NUMBER")),
        A("let me check that's ", lab(say_letters(n[:2].lower(), "nato") + " " + say_digits(n[2:8], uk=True) + " " +
                                    n[8].lower(), "NI_NUMBER")),
        C("that's right")])


def p_uk_bank():
    acct, sc = rand_digits(8, False), rand_digits(6, False)
    if R.random() < 0.5:
        sct = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        return ("chat/banking UK: sort code and account number typed", [
            A("Which account should the refund go to?"),
            C("sort code ", lab(sct, "SORT_CODE"), R.choice([" acc ", ", account number ", " a/c "]), lab(acct, "BANK_ACCOUNT"))])
    return ("call/utilities UK: direct debit set-up, sort code in pairs, account digit by digit", [
        A("to set up the direct debit i need the sort code first"),
        C(lab(say_pairs(sc, uk=True) if R.random() < 0.5 else say_digits(sc, uk=True), "SORT_CODE")),
        A("and the account number"),
        C(R.choice(["it's ", ""]), lab(say_digits(acct, uk=True), "BANK_ACCOUNT"))])


def p_us_bank():
    acct = rand_digits(R.choice([9, 10, 11, 12]), False)
    routing = "0" + rand_digits(8, False)
    if R.random() < 0.5:
        return ("chat/banking US: checking account number typed after bank name", [
            A("What account number should we deposit the claim payment to?"),
            C("chase checking acct # ", lab(acct, "BANK_ACCOUNT"))])
    return ("call/insurance US: checking account number spoken for EFT", [
        A("what's the checking account number"),
        C(fill(), " okay ", lab(say_digits(acct), "BANK_ACCOUNT"))])


def p_bank_split():
    acct = rand_digits(8, False)
    g = newgroup()
    return ("call/banking UK: account number split 4+4 with the agent prompting", [
        A("the account number please"),
        C(L(say_digits(acct[:4], uk=True), "BANK_ACCOUNT", g)),
        A("yep"),
        C(L(say_digits(acct[4:], uk=True), "BANK_ACCOUNT", g))])


def p_iban_chat():
    i = gen_iban()
    ind = R.choice(["travel", "banking", "insurance", "retail"])
    return ("chat/%s EU: IBAN typed for a refund" % ind, [
        A("Please share the IBAN for the refund."),
        C(R.choice(["IBAN: ", "here: ", "its ", ""]), lab(chat_iban(i), "IBAN"), R.choice(["", " (AIB)", " thanks"]))])


def p_iban_call():
    i = gen_iban(R.choice(["IE", "GB", "NL"]))
    return ("call/utilities Ireland: IBAN spoken character by character", [
        A("could you read out the iban for me"),
        C(lab(spoken_iban(i), "IBAN"))])


def p_phone_chat_us():
    p = gen_us_phone()
    ind = R.choice(["telecom", "retail", "healthcare billing", "insurance"])
    return ("chat/%s US: US phone number typed" % ind, [
        A("What's the best callback number?"),
        C(R.choice(["you can reach me at ", "cell ", "call me on ", "", "my number is "]), lab(chat_phone_us(p), "PHONE"),
          R.choice(["", " after 5pm", " anytime", " pls"]))])


def p_phone_call_us():
    p = gen_us_phone()
    ind = R.choice(["telecom", "utilities", "travel", "government services"])
    if R.random() < 0.5:
        return ("call/%s US: phone spoken, area code first" % ind, [
            A("and a good phone number for you"),
            C(R.choice(["area code ", "it's ", ""]), lab(spoken_phone_us(p), "PHONE"))])
    g = newgroup()
    return ("call/%s US: phone split over turns" % ind, [
        A("what's the best number to reach you"),
        C(L(say_digits(p[:3]), "PHONE", g)),
        A(ack()),
        C(L(say_digits(p[3:6]) + " " + (say_digits(p[6:]) if R.random() < 0.5 else say_pairs(p[6:])), "PHONE", g))])


def p_phone_uk_ie():
    if R.random() < 0.5:
        p = gen_uk_mobile()
        if R.random() < 0.5:
            return ("chat/telecom UK: mobile typed in international form", [
                C("my new mobile is ", lab(R.choice(["+44 " + p[1:5] + " " + p[5:], p[:5] + " " + p[5:], "+44" + p[1:]]), "PHONE"))])
        return ("call/telecom UK: mobile spoken with nought and double", [
            A("and a contact number"),
            C(lab(say_digits(p[:5], uk=True) + " " + say_digits(p[5:], uk=True), "PHONE"))])
    p = "08" + R.choice("3567") + rand_digits(7, False)
    if R.random() < 0.5:
        return ("chat/utilities Ireland: Irish mobile typed", [
            C("contact no. ", lab(R.choice([p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:]]), "PHONE"))])
    return ("call/utilities Ireland: Irish mobile spoken", [
        A("best number for you"),
        C("it's ", lab(say_digits(p, uk=True), "PHONE"))])


def p_email_chat():
    e = gen_email()
    if R.random() < 0.3:
        e = e.upper() if R.random() < 0.3 else e.capitalize()
    return ("chat/%s: email typed" % R.choice(US_IND), [
        A("What email should we send the confirmation to?"),
        C(R.choice(["", "email is ", "send it to ", "pls use "]), lab(e, "EMAIL"), R.choice(["", " thx", ". thanks!"]))])


def p_email_call():
    e = gen_email()
    return ("call/%s: email spoken with dot/at" % R.choice(US_IND), [
        A("and what's the email address on the account"),
        C(R.choice(["it's ", "yeah ", "", fill() + " "]), lab(say_email(e), "EMAIL"))])


def p_dob_call():
    y, m, d = gen_dob()
    uk = R.random() < 0.3
    return ("call/%s %s: date of birth spoken" % (R.choice(US_IND), "UK" if uk else "US"), [
        A(R.choice(["can you confirm your date of birth", "and your birthday please", "d o b please"])),
        C(R.choice(["", "yeah it's ", "sure ", "i was born on "]), lab(spoken_dob(y, m, d, uk), "DOB"))])


def p_dob_chat():
    y, m, d = gen_dob()
    uk = R.random() < 0.3
    return ("chat/%s: date of birth typed" % R.choice(US_IND), [
        A("Please confirm your date of birth."),
        C(R.choice(["", "dob ", "DOB: ", "born "]), lab(chat_dob(y, m, d, uk), "DOB"))])


def p_address_us_chat():
    addr, _ = gen_us_address(True)
    city, stt = R.choice(CITIES)
    z = gen_zip4() if R.random() < 0.4 else gen_zip()
    return ("chat/retail US: shipping address with city, state and ZIP", [
        A("What's the shipping address?"),
        C(lab(addr, "ADDRESS"), ", %s, %s " % (city, stt), lab(z, "POSTCODE"))])


def p_address_us_call():
    addr, _ = gen_us_address(False)
    city, stt = R.choice(CITIES)
    z = gen_zip4() if R.random() < 0.3 else gen_zip()
    return ("call/utilities US: service address and ZIP spoken", [
        A("what's the service address"),
        C(R.choice(["it's ", "", fill() + " "]), lab(addr, "ADDRESS"), " in %s" % city.lower()),
        A("and the zip code"),
        C(lab(spoken_zip(z), "POSTCODE"))])


def p_zip_only():
    z = gen_zip4() if R.random() < 0.5 else gen_zip()
    if R.random() < 0.5:
        return ("chat/telecom US: ZIP code typed for coverage check", [
            A("What ZIP code are you in?"), C(R.choice(["", "zip ", "its "]), lab(z, "POSTCODE"))])
    return ("call/retail US: billing ZIP spoken for card verification", [
        A("and the billing zip for that card"), C(lab(spoken_zip(z), "POSTCODE"))])


def p_uk_address():
    n = R.randint(1, 220)
    st = "%s %s" % (R.choice(UK_STREETS), R.choice(UK_SUFFIX))
    pc = R.choice(UK_PC)
    if R.random() < 0.5:
        return ("chat/utilities UK: address and postcode typed", [
            A("What's the supply address?"),
            C(lab("%d %s" % (n, st), "ADDRESS"), ", ", lab(R.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE"))])
    return ("call/insurance UK: address and postcode spoken", [
        A("first line of the address and the postcode"),
        C(lab("%s %s" % (say_number(n), st.lower()), "ADDRESS"), " and the postcode is ", lab(spoken_uk_pc(pc), "POSTCODE"))])


def p_eircode():
    pc = R.choice(IE_EIR)
    return ("chat/utilities Ireland: Eircode typed", [
        A("Could you confirm your Eircode?"), C(lab(pc, "POSTCODE"))])


def p_multi_account_update():
    p, e = gen_us_phone(), gen_email()
    addr, _ = gen_us_address(True)
    z = gen_zip()
    return ("chat/telecom US: several contact details in one message", [
        C("Hi, moved house. New address ", lab(addr, "ADDRESS"), " ", R.choice(CITIES)[0], " ", lab(z, "POSTCODE"),
          ", phone ", lab(chat_phone_us(p), "PHONE"), " and email ", lab(e, "EMAIL"))])


def p_call_mixed_chitchat():
    s = gen_ssn()
    p = gen_us_phone()
    return ("call/banking US: phone and SSN in one turn with chit-chat and a non-PII amount", [
        A("okay what can i help with today"),
        C("yeah i got charged like thirty five dollars twice so my number's ", lab(spoken_phone_us(p), "PHONE"),
          " and my social is ", lab(spoken_ssn(s), "SSN"), " if you need it")])


def p_amex_call():
    c = gen_card("amex")
    g = newgroup()
    a, b, cc = card_groups(c)
    cid = rand_digits(4, False)
    return ("call/travel US: amex read 4-6-5 across turns then 4-digit CID", [
        A("card number"),
        C(L(say_digits(a), "CARD_NUMBER", g)),
        A("mhm"),
        C(L(say_digits(b), "CARD_NUMBER", g)),
        A("okay"),
        C(L(say_digits(cc), "CARD_NUMBER", g)),
        A("and the four digit code on the front"),
        C(lab(say_digits(cid), "CVV"))])


def p_expiry_chat_only():
    m, y = R.randint(1, 12), R.randint(2027, 2031)
    return ("chat/retail: expiry date typed alone after prompt", [
        A("And the expiry date on the card?"), C(R.choice(["", "exp ", "expires "]), lab(chat_expiry(m, y), "EXPIRY"))])


def p_cvv_call_pair():
    cvv = rand_digits(3)
    return ("call/telecom US: security code said as a hundred-style number", [
        A("the three digit code on the back of the card"),
        C("it's ", lab(say_number(int(cvv)), "CVV"))])


def p_agent_readback_phone():
    p = gen_us_phone()
    return ("call/healthcare billing US: agent reads customer's phone number back for confirmation", [
        A("i have your number as ", lab(spoken_phone_us(p), "PHONE"), " is that still good"),
        C("yep that's still it")])


def p_ssn_homophone():
    s = gen_ssn()
    # ASR homophones: 'for' for four, 'to' for two, 'ate' for eight
    words = say_digits(s, doubles=0).split()
    hom = {"four": "for", "two": "to", "eight": "ate"}
    words = [hom[w] if w in hom and R.random() < 0.5 else w for w in words]
    return ("call/insurance US: SSN with ASR homophones (for/to/ate)", [
        A("your social security number please"), C("yeah it's ", lab(" ".join(words), "SSN"))])


def p_card_homophone():
    c = gen_card("visa")
    words = say_digits(c, doubles=0).split()
    hom = {"four": "for", "two": "to", "eight": "ate"}
    words = [hom[w] if w in hom and R.random() < 0.4 else w for w in words]
    return ("call/retail US: card with ASR homophones (for/to/ate)", [
        A("card number"), C(lab(" ".join(words), "CARD_NUMBER"))])


def n_order_chat():
    return ("chat/retail US: order number, price, quantity, delivery window", [
        C("order %s - 2x phone cases @ $%d.99 each, still not here after %d days" % (rand_digits(R.choice([7, 8, 9])), R.randint(9, 29), R.randint(5, 14))),
        A("Sorry! Order is in transit, ETA %d/%d between 9am and 1pm." % (R.randint(1, 12), R.randint(1, 28)))])


def p_sort_code():
    sc = rand_digits(6, False)
    acct = rand_digits(8, False)
    v = R.random()
    if v < 0.35:
        return ("call/banking UK: sort code spoken with 'dash', account split, agent reads sort code back", [
            A("what's the sort code"),
            C(lab(say_digits(sc[:2], uk=True) + " dash " + say_digits(sc[2:4], uk=True) + " dash " + say_digits(sc[4:], uk=True), "SORT_CODE")),
            A("so that's ", lab(say_pairs(sc, uk=True), "SORT_CODE"), " and the account number"),
            C(lab(say_digits(acct, uk=True), "BANK_ACCOUNT"))])
    if v < 0.7:
        g = newgroup()
        return ("call/insurance UK: sort code split over two turns", [
            A("and the sort code for the refund"),
            C(L(say_pair(sc[:2], uk=True) + " " + say_pair(sc[2:4], uk=True), "SORT_CODE", g)),
            A(ack()),
            C(L(say_pair(sc[4:], uk=True), "SORT_CODE", g))])
    return ("chat/banking UK: sort code and account typed together", [
        C("pls send to sort ", lab("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"), " acc no ", lab(acct, "BANK_ACCOUNT"), " cheers")])


def p_dob_vs_dos():
    y, m, d = gen_dob()
    sm, sd = R.randint(1, 12), R.randint(1, 28)
    if R.random() < 0.5:
        return ("call/healthcare billing US: patient DOB labelled, date of service and amount not", [
            A("what's the date of service on the bill"),
            C("%s %s of this year and it was for %s" % (MONTHS[sm - 1], ordinal(sd), money_spoken())),
            A("and the patient's date of birth"),
            C(lab(spoken_dob(y, m, d), "DOB"))])
    return ("chat/healthcare billing US: DOB typed next to a date of service", [
        C("Bill for date of service %d/%d/2025, patient DOB ", lab(chat_dob(y, m, d), "DOB"), ", account says I owe $%d.%02d" % (R.randint(20, 900), R.randint(0, 99)))])


def p_chat_sloppy_pair():
    s = gen_ssn()
    z = gen_zip()
    p = gen_us_phone()
    v = R.random()
    if v < 0.5:
        return ("chat/government services US: lower-case message with SSN and ZIP, no punctuation", [
            C("hi im trying to check my benefits status my ssn ", lab(R.choice([s, chat_ssn(s)]), "SSN"), " zip ", lab(z, "POSTCODE"), " pls help")])
    return ("chat/telecom US: phone with extension and ZIP in one message", [
        C("call me back at ", lab(chat_phone_us(p), "PHONE"), " ext %d, I'm in zip " % R.randint(10, 999), lab(z, "POSTCODE"))])


def p_phone_plus1_paren():
    p = gen_us_phone()
    return ("chat/travel US: phone typed with +1 and brackets", [
        A("Please add a mobile number for flight alerts."),
        C(lab("+1 (%s) %s-%s" % (p[:3], p[3:6], p[6:]), "PHONE"))])


def p_ssn_with_context_words():
    s = gen_ssn()
    return ("call/banking US: SSN read with 'dash' and a filler inside, amounts nearby", [
        A("i can help with the two hundred dollar overdraft fee, first your social please"),
        C(lab(say_digits(s[:3]) + " " + fill() + " " + say_digits(s[3:5]) + " " + say_digits(s[5:]), "SSN"),
          " and it's about the fee from the %s" % ordinal(R.randint(2, 28)))])


def p_card_chat_typo_spacing():
    c = gen_card(R.choice(["visa", "mc", "disc"]))
    g = card_groups(c)
    txt = R.choice(["%s %s  %s %s", "%s %s %s%s", "%s-%s %s-%s"]) % tuple(g)
    txt = txt.replace("  ", " ")
    return ("chat/retail US: card typed with irregular grouping, then second message with CVV", [
        C("use this card ", lab(txt, "CARD_NUMBER")),
        C("oh and cvv is ", lab(rand_digits(3, False), "CVV"))])


def n_date_of_service():
    return ("call/healthcare billing US: date of service, amounts, Rx number (not DOB)", [
        A("the date of service was %s %s %s and the balance is %s" % (MONTHS[R.randint(0, 11)], ordinal(R.randint(1, 28)), say_year(R.randint(2023, 2026)), money_spoken())),
        C("okay and the prescription number on the bottle is %s" % say_digits(rand_digits(7)))])


def n_tax():
    return ("chat/government services US: tax year, form names and refund amount", [
        C("I filed my %d 1040 on %d/%d and my refund of $%s,%03d still isn't here" % (R.randint(2021, 2025), R.randint(1, 4), R.randint(1, 28), R.randint(1, 9), R.randint(0, 999))),
        A("Refunds can take up to 21 days; paper returns 6-8 weeks.")])


def n_reference_pairs():
    num = rand_digits(8)
    return ("call/insurance US: reference number read in pairs with its name", [
        A("i'll give you a reference number for this call"),
        A("it's reference %s" % say_pairs(num)),
        C("okay got it, %s thanks" % say_pairs(num))])


def n_pre_auth():
    return ("call/healthcare billing US: prior authorization number and counts", [
        C("the prior authorization number is p a %s and they approved %s visits" % (say_digits(rand_digits(8)), say_number(R.randint(6, 30)))),
        A("okay i see %s visits left on that authorization" % say_number(R.randint(1, 12)))])


def p_address_full_call():
    addr, _ = gen_us_address(False)
    city, stt = R.choice(CITIES)
    states = {"TX": "texas", "OH": "ohio", "FL": "florida", "CO": "colorado", "AZ": "arizona",
              "NC": "north carolina", "OR": "oregon", "NJ": "new jersey", "WI": "wisconsin", "ID": "idaho"}
    z = gen_zip4() if R.random() < 0.4 else gen_zip()
    return ("call/insurance US: full mailing address with city, state and ZIP in one turn, premium amount nearby", [
        A("the premium is %s dollars a month, and where should we mail the new policy documents" % say_number(R.randint(45, 320))),
        C(R.choice(["send them to ", "it's ", "to "]), lab(addr, "ADDRESS"), " %s %s " % (city.lower(), states[stt]),
          lab(spoken_zip(z), "POSTCODE"))])


def p_ssn_labelled_parts():
    s = gen_ssn()
    g = newgroup()
    return ("call/government services US: SSN given as 'first three / middle two / last four' in one turn", [
        A("i'll need your social security number"),
        C("okay first three are ", L(say_digits(s[:3]), "SSN", g), " middle two ", L(say_digits(s[3:5]) if R.random() < 0.5 else say_pair(s[3:5]), "SSN", g),
          " and the last four ", L(say_digits(s[5:]) if R.random() < 0.5 else say_pairs(s[5:]), "SSN", g))])


def p_phone_parts():
    p = gen_us_phone()
    g = newgroup()
    return ("call/utilities US: phone with 'area code' and 'then' between the parts", [
        A("what number can we text outage updates to"),
        C("area code ", L(say_digits(p[:3]), "PHONE", g), R.choice([" and then ", " then ", " "]),
          L(say_digits(p[3:6]) + " " + say_digits(p[6:]), "PHONE", g))])


def p_card_and_cvv_one_turn():
    c = gen_card(R.choice(["visa", "mc"]))
    cvv = rand_digits(3, False)
    m, y = R.randint(1, 12), R.randint(2027, 2031)
    return ("call/travel US: card, expiry and CVV all in one customer turn", [
        A("i can take the card details now for the change fee of seventy five dollars"),
        C("okay ", lab(" ".join(spoken_card_pieces(c)), "CARD_NUMBER"), " expires ", lab(spoken_expiry(m, y), "EXPIRY"),
          " and the code on the back is ", lab(say_digits(cvv), "CVV"))])


def n_store():
    return ("call/retail US: store number, route, aisle, price", [
        C("i was at your store number %s on route %s and the price in aisle %s said %s" % (
            say_digits(rand_digits(4)), say_number(R.randint(1, 99)), say_number(R.randint(1, 30)), money_spoken())),
        A("okay store %s, i'll honour that price" % say_digits(rand_digits(4)))])


POSITIVES = [
    (p_card_call_one_turn, 4), (p_card_call_split, 5), (p_card_cvv_exp_call, 6), (p_card_chat, 7),
    (p_card_correction, 3), (p_card_last_four_plus_full, 2), (p_amex_call, 3), (p_card_homophone, 2),
    (p_ssn_chat, 8), (p_ssn_call, 7), (p_ssn_split, 4), (p_ssn_readback, 3), (p_ssn_correction, 3),
    (p_ssn_with_dob, 4), (p_ssn_homophone, 3),
    (p_ni_chat, 9), (p_ni_call, 9), (p_ni_split, 4), (p_ni_readback, 3),
    (p_uk_bank, 6), (p_us_bank, 5), (p_bank_split, 3),
    (p_iban_chat, 10), (p_iban_call, 6),
    (p_phone_chat_us, 6), (p_phone_call_us, 6), (p_phone_uk_ie, 4), (p_agent_readback_phone, 2),
    (p_email_chat, 6), (p_email_call, 8),
    (p_dob_call, 7), (p_dob_chat, 6),
    (p_address_us_chat, 7), (p_address_us_call, 6), (p_zip_only, 5), (p_uk_address, 5), (p_eircode, 2),
    (p_multi_account_update, 4), (p_call_mixed_chitchat, 3), (p_expiry_chat_only, 8), (p_address_full_call, 5), (p_sort_code, 8), (p_cvv_call_pair, 3), (p_dob_vs_dos, 5), (p_chat_sloppy_pair, 5), (p_phone_plus1_paren, 2),
    (p_ssn_with_context_words, 3), (p_card_chat_typo_spacing, 3), (p_ssn_labelled_parts, 4), (p_phone_parts, 3),
    (p_card_and_cvv_one_turn, 4),
]


# --------------------------------------------------------------------------
# negative templates (nothing may be redacted)
# --------------------------------------------------------------------------

def money_spoken(cur="dollars"):
    if cur == "pounds":
        return R.choice(["%s pounds %s" % (say_number(R.randint(12, 99)), say_number(R.randint(11, 99))),
                         "%s hundred and %s pounds" % (DW[R.randint(1, 9)], say_number(R.randint(21, 99))),
                         "%s quid" % say_number(R.randint(15, 99))])
    return R.choice(["%s dollars and %s cents" % (say_number(R.randint(11, 999)), say_number(R.randint(11, 99))),
                     "%s ninety nine" % say_number(R.randint(2, 99)),
                     "%s hundred and %s dollars" % (DW[R.randint(1, 9)], say_number(R.randint(21, 99)))])


def n_policy_number():
    num = rand_digits(R.choice([7, 8, 9, 10]))
    if R.random() < 0.5:
        return ("chat/insurance US: policy number with its name (not PII)", [
            C("Hi, my policy number is %s%s and I want to add a driver" % (R.choice(["", "PA-", "HO"]), num)),
            A("Thanks, I've pulled up policy %s." % num)])
    return ("call/insurance US: policy number spoken with its name", [
        A("can i get the policy number"),
        C("policy number %s" % say_digits(num)),
        A("thank you i have that policy up")])


def n_claim_number():
    num = rand_digits(R.choice([8, 9, 10]))
    if R.random() < 0.5:
        return ("call/healthcare billing US: claim number read digit by digit", [
            A("do you have the claim number from the explanation of benefits"),
            C("yeah the claim number is %s" % say_digits(num)),
            A("okay that claim was processed on %s %s" % (MONTHS[R.randint(0, 11)], ordinal(R.randint(1, 28))))])
    return ("chat/insurance US: claim number typed", [
        C("Checking on claim #%s, filed %d/%d" % (num, R.randint(1, 12), R.randint(1, 28))),
        A("Claim %s is under review; expect an update in 5-7 business days." % num)])


def n_member_id():
    num = rand_digits(R.choice([8, 9]))
    return ("call/healthcare billing US: member ID and group number with names", [
        A("what's the member id on the insurance card"),
        C("member id is %s%s and the group number is %s" % (R.choice(["w ", "x ", ""]), say_digits(num), say_digits(rand_digits(5))))])


def n_tracking():
    num = rand_digits(10)
    if R.random() < 0.5:
        return ("chat/retail US: tracking number and order number", [
            C("where is my package, tracking number %s, order %s" % (num, rand_digits(7))),
            A("Order %s shipped yesterday and should arrive by Thursday." % rand_digits(7))])
    return ("call/retail US: tracking number spoken", [
        A("do you have the tracking number"),
        C("the tracking number is %s" % say_digits(num)),
        A("okay it's out for delivery, should be there by eight p m")])


def n_money():
    v = R.random()
    if v < 0.5:
        return ("call/utilities US: bill amounts and due dates", [
            A("your current balance is %s and it's due on the %s" % (money_spoken(), ordinal(R.randint(1, 28)))),
            C("okay and last month was only %s" % money_spoken())])
    return ("chat/banking US: balance and transfer amounts", [
        C("I transferred $%s,%03d.%02d on %d/%d but my balance still shows $%d.%02d" % (
            R.randint(1, 9), R.randint(0, 999), R.randint(0, 99), R.randint(1, 12), R.randint(1, 28),
            R.randint(10, 999), R.randint(0, 99))),
        A("Transfers over $2,500 can take 1-3 business days to clear.")])


def n_times_dates():
    return ("call/healthcare billing US: appointment date and time (not birth)", [
        A("i can book you for %s the %s at %s %s" % (MONTHS[R.randint(0, 11)], ordinal(R.randint(1, 28)),
                                                     DW[R.randint(1, 9)], R.choice(["thirty", "fifteen", "forty five", "o'clock"]))),
        C("that works and it should take about %s minutes right" % say_number(R.choice([15, 20, 30, 45])))])


def n_contract_date():
    y = R.randint(2019, 2026)
    if R.random() < 0.5:
        return ("chat/telecom US: contract start date and term", [
            C("My contract started %02d/%02d/%d and was 24 months, why am I still paying $%d/mo?" % (
                R.randint(1, 12), R.randint(1, 28), y, R.randint(30, 120))),
            A("Your promo ended on %d/%d/%d." % (R.randint(1, 12), R.randint(1, 28), y + 2))])
    return ("call/telecom US: contract dates spoken", [
        C("i signed up on %s %s %s" % (MONTHS[R.randint(0, 11)], ordinal(R.randint(1, 28)), say_year(y))),
        A("right and it renews %s %s" % (MONTHS[R.randint(0, 11)], say_year(y + 2)))])


def n_flight():
    fl = R.choice(["UA", "AA", "DL", "BA", "EI", "FR"]) + str(R.randint(100, 2999))
    if R.random() < 0.5:
        return ("chat/travel: flight number, gate, seat and times", [
            C("Booked on %s departing 07:45, seat %d%s, can I change to the %d:%02d?" % (
                fl, R.randint(1, 40), R.choice("ABCDEF"), R.randint(1, 11), R.choice([0, 15, 30, 45]))),
            A("Flight %s has seats available; the fare difference is $%d." % (fl, R.randint(20, 300)))])
    return ("call/travel: flight number spoken, confirmation code", [
        C("i'm on flight %s %s tomorrow" % (" ".join(fl[:2].lower()), say_number(int(fl[2:])))),
        A("okay and the confirmation code is %s" % " ".join(R.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(6)).lower())])


def n_room():
    return ("call/travel US: hotel room number, nights and rate", [
        A("you're in room %s for %s nights at %s a night" % (say_number(R.randint(101, 1299)), DW[R.randint(2, 7)], money_spoken())),
        C("great and check out is at eleven")])


def n_model():
    return ("chat/retail US: model and serial-ish product numbers with their names", [
        C("My washer model WF%dR%d stopped draining, bought it in %d for $%d" % (
            R.randint(40, 50), R.randint(1000, 9999), R.randint(2018, 2025), R.randint(400, 1200))),
        A("Thanks, model WF45 units are covered for 2 years.")])


def n_meter():
    rd = rand_digits(R.choice([5, 6]))
    if R.random() < 0.5:
        return ("call/utilities UK: meter reading read out", [
            A("can you give me the meter reading"),
            C("yeah it's %s" % say_digits(rd, uk=True)),
            A("lovely that's about %s units since last time" % say_number(R.randint(120, 900)))])
    return ("chat/utilities US: meter reading typed", [
        C("Meter reading today: %s kWh" % rd),
        A("Thanks, your estimated usage was %d kWh this cycle." % R.randint(300, 1500))])


def n_speed():
    return ("call/telecom US: internet speeds and plan price", [
        C("i'm paying for %s megabits and only getting like %s" % (say_number(R.choice([300, 500, 940])), say_number(R.randint(20, 90)))),
        A("i can move you to the gig plan for %s a month, that's about %s percent faster" % (money_spoken(), say_number(R.randint(20, 90))))])


def n_age_temp():
    return ("call/healthcare billing US: ages, temperature, dosage", [
        C("my son is %s and he had a fever of a hundred and %s" % (say_number(R.randint(2, 17)), DW[R.randint(1, 4)])),
        A("okay he's on the %s milligram dose twice a day" % say_number(R.choice([250, 400, 500])))])


def n_ticket():
    num = rand_digits(R.choice([6, 7, 8]))
    if R.random() < 0.5:
        return ("chat/telecom US: support ticket and case numbers", [
            C("following up on ticket %s%s, opened 3 days ago" % (R.choice(["#", "INC", "CS-"]), num)),
            A("Case %s has been escalated to tier 2." % num)])
    return ("call/government services US: case number spoken with name", [
        A("do you have your case number"),
        C("case number %s" % say_digits(num)),
        A("thanks i see the case was opened in %s" % say_year(R.randint(2021, 2026)))])


def n_invoice():
    num = rand_digits(R.choice([6, 7, 8, 9]))
    return ("chat/retail UK: invoice reference and VAT amount", [
        C("Invoice INV-%s shows £%d.%02d incl. VAT at 20%%" % (num, R.randint(10, 999), R.randint(0, 99))),
        A("Thanks, invoice %s was paid on %d %s." % (num, R.randint(1, 28), MONTHS[R.randint(0, 11)].title()))])


def n_counts():
    return ("call/retail US: quantities and counts", [
        C("i ordered %s boxes but only %s showed up and one was damaged" % (say_number(R.randint(3, 40)), say_number(R.randint(1, 3)))),
        A("i'm sorry about that, i'll ship the other %s today, it's about %s days" % (DW[R.randint(2, 9)], DW[R.randint(2, 7)]))])


def n_years():
    y1 = R.randint(1995, 2024)
    return ("call/insurance US: vehicle year, mileage and premium", [
        C("it's a %s honda with about %s thousand miles" % (say_year(y1), say_number(R.randint(20, 99)))),
        A("okay your premium goes to %s every six months" % money_spoken())])


def n_confirmation():
    code = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    return ("chat/travel: booking confirmation code and dates", [
        C("Confirmation %s, checking in %s %d for %d nights" % (code, MONTHS[R.randint(0, 11)].title()[:3], R.randint(1, 28), R.randint(1, 9))),
        A("Booking %s is confirmed, total $%d.%02d." % (code, R.randint(200, 2000), R.randint(0, 99)))])


def n_percent():
    return ("chat/banking US: APR, percentages and term", [
        C("Can I get my APR lowered from %d.%d%% to something like %d%%?" % (R.randint(18, 29), R.randint(0, 9), R.randint(9, 16))),
        A("I can offer %d.%d%% for 12 months on balances over $1,000." % (R.randint(5, 14), R.randint(0, 9)))])


def n_durations():
    return ("call/telecom US: hold time, duration and times", [
        C("i've been on hold for %s minutes and this is my %s call" % (say_number(R.randint(12, 59)), ordinal(R.randint(2, 5)))),
        A("i apologise, our hours are eight a m to %s p m eastern" % DW[R.randint(5, 9)])])


def n_payment_date():
    return ("call/banking UK: payment date and amount (not a birth date)", [
        A("the payment of %s went out on the %s of %s" % (money_spoken("pounds"), ordinal(R.randint(1, 28)), MONTHS[R.randint(0, 11)])),
        C("and the next one is the %s of %s %s yeah" % (ordinal(R.randint(1, 28)), MONTHS[R.randint(0, 11)], say_year(R.randint(2025, 2027))))])


def n_account_ref_ticket_spoken():
    num = rand_digits(R.choice([6, 7]))
    return ("call/utilities US: order number with pairs and doubles", [
        A("what's the order number"),
        C("order number %s" % say_mixed(num)),
        A("okay and that was placed %s days ago" % DW[R.randint(2, 9)])])


def n_extension():
    return ("call/government services US: form number, extension, office hours", [
        A("you'll need form %s, and you can transfer to extension %s" % (R.choice(["w two", "w four", "w nine", "ten ninety nine", "ten forty", "i nine", "d s one sixty"]), say_digits(rand_digits(4)))),
        C("okay and that's open till %s thirty" % DW[R.randint(4, 7)])])


def n_last_four_only():
    return ("chat/banking US: card product name, amount and a date, nothing sensitive", [
        C("My Sapphire card was charged $%d.%02d twice on %s %d" % (R.randint(10, 500), R.randint(0, 99), MONTHS[R.randint(0, 11)].title(), R.randint(1, 28))),
        A("I see both charges; I'll dispute the duplicate. Credit shows in 3-5 days.")])


def n_chit_chat_numbers():
    return ("call/travel: baggage weight, gate, temperature", [
        C("my bag was %s pounds and they charged me %s" % (say_number(R.randint(51, 70)), money_spoken())),
        A("i'm sorry, the limit is fifty pounds; it was %s degrees at the gate too i heard" % say_number(R.randint(60, 99)))])


NEGATIVES = [
    (n_policy_number, 7), (n_claim_number, 7), (n_member_id, 5), (n_tracking, 6), (n_money, 5),
    (n_times_dates, 4), (n_contract_date, 5), (n_flight, 4), (n_room, 3), (n_model, 3), (n_meter, 4),
    (n_speed, 3), (n_age_temp, 3), (n_ticket, 5), (n_invoice, 3), (n_counts, 3), (n_years, 4),
    (n_confirmation, 3), (n_percent, 3), (n_durations, 3), (n_payment_date, 4),
    (n_account_ref_ticket_spoken, 3), (n_extension, 3), (n_last_four_only, 3), (n_chit_chat_numbers, 3), (n_order_chat, 4), (n_date_of_service, 4), (n_tax, 3), (n_reference_pairs, 3), (n_pre_auth, 3), (n_store, 3),
]


# --------------------------------------------------------------------------
# normalisation & validation
# --------------------------------------------------------------------------
UNITS = {w: i for i, w in enumerate(DW)}
UNITS.update({"oh": 0, "nought": 0, "zero": 0})
HOMO = {"for": 4, "to": 2, "too": 2, "ate": 8}
TEEN_V = {w: 10 + i for i, w in enumerate(TEENS)}
TENS_V = {w: i for i, w in enumerate(TENS) if w}
ORD_V = {v: k for k, v in ORD.items()}
MONTH_V = {m: i + 1 for i, m in enumerate(MONTHS)}
MONTH_V.update({m[:3]: i + 1 for i, m in enumerate(MONTHS)})
SPELL_WORDS = set(NATO.values()) | set(FOR_WORDS.values())
IGNORE = {"um", "uh", "er", "erm", "dash", "slash", "and", "the", "of", "no", "sorry", "wait",
          "double", "triple", "hyphen", "space"}


def tokens(text):
    return re.findall(r"[a-z]+|\d+", text.lower())


def parse_chars(text, o_is_letter=False):
    """Turn a typed or spoken value into a string of digits / upper-case letters."""
    tk = tokens(text)
    out, i, mult = [], 0, 1
    while i < len(tk):
        t = tk[i]
        nxt = tk[i + 1] if i + 1 < len(tk) else None
        if t.isdigit():
            out.append(t * mult if len(t) == 1 else t)
            mult = 1
        elif t == "double":
            mult = 2
        elif t == "triple":
            mult = 3
        elif len(t) == 1 and nxt == "for" and i + 2 < len(tk) and tk[i + 2] in SPELL_WORDS:
            out.append(t.upper())
            i += 2
        elif len(t) == 1 and nxt == "as" and i + 3 < len(tk) and tk[i + 2] == "in":
            out.append(t.upper())
            i += 3
        elif t == "o" and not o_is_letter:
            out.append("0" * mult)
            mult = 1
        elif t in UNITS:
            out.append(str(UNITS[t]) * mult)
            mult = 1
        elif t in HOMO:
            out.append(str(HOMO[t]))
        elif t in TEEN_V:
            out.append(str(TEEN_V[t]))
        elif t in ORD_V:
            out.append("%02d" % ORD_V[t] if ORD_V[t] >= 10 else str(ORD_V[t]))
        elif t in TENS_V:
            v = TENS_V[t] * 10
            if nxt in UNITS and UNITS[nxt] > 0:
                v += UNITS[nxt]
                i += 1
            elif nxt in ORD_V and ORD_V[nxt] < 10:
                v += ORD_V[nxt]
                i += 1
            out.append(str(v))
        elif t in ("hundred", "thousand"):
            width = 2 if t == "hundred" else 3
            j = i + 1
            if j < len(tk) and tk[j] == "and":
                j += 1
            rest = 0
            if j < len(tk) and tk[j] in TEEN_V:
                rest = TEEN_V[tk[j]]
                j += 1
            elif j < len(tk) and tk[j] in TENS_V:
                rest = TENS_V[tk[j]] * 10
                j += 1
                if j < len(tk) and tk[j] in UNITS and UNITS[tk[j]] > 0:
                    rest += UNITS[tk[j]]
                    j += 1
            elif j < len(tk) and tk[j] in UNITS and UNITS[tk[j]] > 0:
                rest = UNITS[tk[j]]
                j += 1
            out.append("%0*d" % (width, rest))
            i = j - 1
        elif t in MONTH_V or t in IGNORE:
            pass
        elif len(t) <= 4:
            out.append(t.upper())
        i += 1
    return "".join(out)


def has_month(text):
    return any(t in MONTH_V for t in tokens(text))


def email_norm(text):
    s = text.strip().lower()
    if "@" in s:
        return s
    tk = s.split()
    out, i = [], 0
    while i < len(tk):
        t = tk[i]
        if t == "at":
            out.append("@")
        elif t == "dot":
            out.append(".")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif len(t) > 1 and (t in UNITS or t in TEEN_V or t in TENS_V or t in ("double", "triple")):
            j = i
            while j < len(tk) and (tk[j] in UNITS or tk[j] in TEEN_V or tk[j] in TENS_V or tk[j] in ("double", "triple")):
                j += 1
            out.append(parse_chars(" ".join(tk[i:j])))
            i = j - 1
        else:
            out.append(t)
        i += 1
    return "".join(out)


STREET_WORDS = {w.lower() for w in SUFFIX + list(ABBR.values()) + UK_SUFFIX}
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EIR_RE = re.compile(r"^[ACDEFHKNPRTVWXY]\d{2}[0-9ACDEFHKNPRTVWXY]{4}$")


def ni_ok(v):
    if not re.match(r"^[A-Z]{2}\d{6}[A-D]$", v):
        return False
    return v[0] not in NI_BAD_FIRST and v[1] not in NI_BAD_SECOND and v[:2] not in NI_BAD_PAIRS


def validate(typ, texts, partial=False):
    """Return None if fine, else an error string.  texts: the pieces of one value."""
    joined = " ".join(texts)
    if typ == "EMAIL":
        e = email_norm(joined)
        return None if re.match(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", e) else "bad email %r" % e
    if typ == "ADDRESS":
        tk = tokens(joined)
        num = any(t.isdigit() or t in UNITS or t in TEEN_V or t in TENS_V for t in tk)
        return None if num and any(t in STREET_WORDS for t in tk) else "bad address %r" % joined
    errs = []
    for o_letter in (False, True):
        v = "".join(parse_chars(t, o_letter) for t in texts)
        d = re.sub(r"\D", "", v)
        if partial:
            ok = d and d == v
        elif typ == "CARD_NUMBER":
            ok = v == d and 13 <= len(d) <= 19 and luhn_ok(d)
        elif typ == "CVV":
            ok = v == d and len(d) in (3, 4)
        elif typ == "EXPIRY":
            if has_month(joined):
                ok = v == d and len(d) in (2, 4)
            else:
                ok = v == d and 3 <= len(d) <= 6
        elif typ == "SSN":
            ok = v == d and len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"
        elif typ == "NI_NUMBER":
            ok = ni_ok(v)
        elif typ == "BANK_ACCOUNT":
            ok = v == d and 6 <= len(d) <= 12
        elif typ == "SORT_CODE":
            ok = v == d and len(d) == 6
        elif typ == "IBAN":
            ok = bool(re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$", v)) and iban_valid(v)
        elif typ == "PHONE":
            ok = v == d and 10 <= len(d) <= 13
        elif typ == "DOB":
            if has_month(joined):
                ok = v == d and 3 <= len(d) <= 6
            else:
                ok = v == d and 4 <= len(d) <= 8
        elif typ == "POSTCODE":
            ok = (v == d and len(d) in (5, 9)) or bool(UK_PC_RE.match(v)) or bool(EIR_RE.match(v))
        else:
            ok = False
        if ok:
            return None
        errs.append(v)
    return "bad %s %r -> %r" % (typ, joined, errs)


# --------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------

def assemble(note, turns):
    out_turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, L):
                s = len(text)
                text += seg.text
                spans.append({"turn": ti, "start": s, "end": len(text), "type": seg.typ})
                groups.setdefault(seg.group, []).append((seg.typ, seg.text))
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans, groups


def expand(table):
    seq = []
    for fn, n in table:
        seq.extend([fn] * n)
    return seq


def build():
    _gid[0] = 0
    R.seed(SEED)
    seen = set()
    records = []
    meta = {}
    for kind, table in (("positive", POSITIVES), ("negative", NEGATIVES)):
        seq = expand(table)
        R.shuffle(seq)
        made = []
        for fn in seq:
            for _ in range(50):
                note, turns = fn()
                t, spans, groups = assemble(note, turns)
                key = json.dumps(t)
                if key not in seen:
                    break
            seen.add(key)
            made.append((note, t, spans, groups))
        for k, (note, t, spans, groups) in enumerate(made, 1):
            cid = "%s-%s-%03d" % (PREFIX, "pos" if kind == "positive" else "neg", k)
            records.append({"id": cid, "kind": kind, "turns": t, "spans": spans, "note": note})
            meta[cid] = groups
    return records, meta


def dumps(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def counts(records):
    c = Counter()
    for r in records:
        for s in r["spans"]:
            c[s["type"]] += 1
    return c


def check(records, meta):
    problems = []
    ids = Counter(r["id"] for r in records)
    problems += ["duplicate id %s" % i for i, n in ids.items() if n > 1]
    for r in records:
        rid = r["id"]
        if r["kind"] == "negative" and r["spans"]:
            problems.append("%s: negative with spans" % rid)
        if r["kind"] == "positive" and not r["spans"]:
            problems.append("%s: positive without spans" % rid)
        if not r["note"] or "/" not in r["note"].split(":")[0]:
            problems.append("%s: bad note" % rid)
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                problems.append("%s: bad speaker" % rid)
            tx = t["text"]
            if not tx or tx != tx.strip() or "  " in tx:
                problems.append("%s: whitespace problem in %r" % (rid, tx))
        by_turn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (rid, s["type"]))
            if not (0 <= s["turn"] < len(r["turns"])):
                problems.append("%s: bad turn" % rid)
                continue
            tx = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                problems.append("%s: offsets out of range" % rid)
                continue
            frag = tx[a:b]
            if frag != frag.strip() or not any(ch.isalnum() for ch in frag):
                problems.append("%s: span has edge whitespace %r" % (rid, frag))
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                problems.append("%s: span not on word boundary %r in %r" % (rid, frag, tx))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append("%s: overlapping spans" % rid)
        for g, pieces in meta.get(rid, {}).items():
            typs = {p[0] for p in pieces}
            if len(typs) != 1:
                problems.append("%s: mixed group" % rid)
                continue
            err = validate(typs.pop(), [p[1] for p in pieces], partial=g.startswith("partial"))
            if err:
                problems.append("%s: %s" % (rid, err))
    c = counts(records)
    for t in TYPES:
        if c[t] < MIN_SPANS[t]:
            problems.append("type %s has only %d spans (need %d)" % (t, c[t], MIN_SPANS[t]))
    npos = sum(r["kind"] == "positive" for r in records)
    nneg = len(records) - npos
    if npos < MIN_POS or nneg < MIN_NEG:
        problems.append("too few cases: %d positive, %d negative" % (npos, nneg))
    return problems


def readme(records):
    c = counts(records)
    npos = sum(r["kind"] == "positive" for r in records)
    nneg = len(records) - npos
    chat = sum(r["note"].startswith("chat/") for r in records)
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return README_TMPL.format(npos=npos, nneg=nneg, total=len(records), rows=rows,
                              nspans=sum(c.values()), chat=chat, call=len(records) - chat, seed=SEED)


README_TMPL = """# pii_holdout124 - held-out PII redaction evaluation set

**Never use this set for tuning.**  It exists only to measure the redactor on
data it was not developed against.  Do not add these cases to training/dev
fixtures, do not adjust patterns until these cases pass, and do not look at
individual failures while changing the redactor.

## Who wrote it and how

Written by an AI helper acting as an independent test author.  The author did
not see the redaction code, its tests, its docs, the benchmark script or any
other PII fixture (only a three-line JSONL format example).  Cases are produced
by `scripts/make_pii_holdout124.py` (standard library only) from template
functions: every turn is assembled from plain-text segments and labelled
(value, TYPE) segments, so offsets are computed, never typed by hand.  All
values come from one `random.Random({seed})`; the output is byte-for-byte
reproducible.  `python scripts/make_pii_holdout124.py --check` regenerates the
set, verifies it is identical to the file, ids are unique, offsets are in range
and on word boundaries, spans do not overlap, and validates every value after
normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format and
prefix rules, 9 digits and valid area/group/serial for SSNs, 6 digits for sort
codes, digit counts for CVV / phone / account, UK / US / Eircode postcode
shapes).

Emphasis: mostly US contact centres (SSNs typed and spoken many ways, ZIP and
ZIP+4, US phone formats, US street addresses, card payments by phone), plus UK
and Irish / EU cases (NI numbers, sort codes, IBANs, postcodes, Eircodes).
Chat cases are typed text (varied separators, case, abbreviations); call cases
imitate ASR output (lower case, numbers as words, "oh"/"o"/"nought" for zero,
"double"/"triple", pairs like "forty one eleven", hundreds, "b for bravo",
e-mails as "x dot y at gmail dot com", homophones "for"/"to"/"ate", values
split over several customer turns with agent back-channels, self-corrections,
agent read-backs, fillers inside readings, two values in one turn).

## Annotation conventions

* A span covers the value only: not the lead-in ("it's", "my social is",
  "card number"), not trailing chit-chat.  Fillers or "dash"/"slash" *inside*
  a reading are inside the span.
* A value split over several turns gets one span per turn, each with the
  value's type; the agent's back-channels are not labelled.
* When the agent reads a value back, the read-back is labelled too.
* A self-corrected fragment of a value (e.g. a wrongly read card group before
  "no sorry") is labelled with the value's type; where a correction repeats
  part of the value, both readings are labelled.
* CARD_NUMBER: the full PAN only (a "card ending in ..." last four is not
  labelled and appears only next to a labelled full number).
* EXPIRY: the month/year as said or typed ("04/27", "april twenty seven").
* DOB: the whole date, including "the" in "the fourth of july ..." readings.
* ADDRESS: house number + street name + street type (+ apartment/unit if
  given); city and state are not labelled; the ZIP/postcode is a separate
  POSTCODE span.
* POSTCODE: US ZIP (5) and ZIP+4, UK postcodes, Irish Eircodes.
* PHONE: the full number including any "+1"/"+44"/"+353"/"1-" prefix.
* Negatives contain lookalikes only: policy / claim / member / group /
  tracking / order / ticket / case / invoice numbers said with their names
  (at most 10 digits), money, balances, times, durations, dates that are not
  birth dates, flight / room / model / form numbers, meter readings, speeds,
  ages, temperatures, percentages, quantities, years, confirmation codes.

## Counts

{total} cases: {npos} positive, {nneg} negative ({chat} chat, {call} call);
{nspans} labelled spans.

| type | spans |
|---|---|
{rows}

Scoring reminder: a span is found when every letter/digit inside it is covered
by some redaction; a negative fails if anything in it is redacted.
"""


def main(argv):
    records, meta = build()
    data = dumps(records)
    text = readme(records)
    problems = check(records, meta)
    c = counts(records)
    npos = sum(r["kind"] == "positive" for r in records)
    if "--check" in argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != text:
            problems.append("README.md differs from regenerated output")
        # the file on disk must parse and match
        if CASES.exists():
            for ln in CASES.read_text(encoding="utf-8").splitlines():
                json.loads(ln)
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(text, encoding="utf-8")
    print("pii_holdout124: %d cases (%d positive, %d negative), %d spans" % (
        len(records), npos, len(records) - npos, sum(c.values())))
    for t in TYPES:
        print("  %-13s %d" % (t, c[t]))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems[:80]:
            print("  " + p)
        return 1
    print("OK" if "--check" in argv else "written (run --check to verify)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

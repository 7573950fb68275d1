#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout93``.

Written by an independent AI helper that did not see the redaction code.
Emphasis: US contact centres (SSNs, ZIP / ZIP+4, US phones, US street
addresses, card payments by phone) plus tricky US non-PII numbers (policy,
member, claim, tracking numbers said with their names).

Usage:
    python scripts/make_pii_holdout93.py          # write fixture + README
    python scripts/make_pii_holdout93.py --check  # regenerate and verify
Standard library only; output is byte-for-byte reproducible (seed 93301123).
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 93301123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout93"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h93"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
MIN_POS, MIN_NEG = 170, 100

rng = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
ONES = "zero one two three four five six seven eight nine".split()
TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
         "eighteen nineteen").split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india",
        "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "o": "oscar", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
FOR_WORDS = {"a": "apple", "b": "bravo", "c": "charlie", "d": "david",
             "e": "edward", "g": "george", "h": "harry", "j": "john",
             "k": "king", "l": "london", "m": "mary", "n": "nancy",
             "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
             "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
            "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth", "twenty first",
            "twenty second", "twenty third", "twenty fourth", "twenty fifth",
            "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth",
            "thirtieth", "thirty first"]


def zero_word(uk=False):
    if uk:
        return rng.choice(["oh", "zero", "nought", "oh"])
    return rng.choice(["zero", "oh", "o", "zero", "oh"])


def dword(d, uk=False, homophones=False):
    if d == "0":
        return zero_word(uk)
    if homophones and rng.random() < 0.12:
        if d == "4":
            return "for"
        if d == "2":
            return rng.choice(["to", "too"])
        if d == "8":
            return "ate"
    return ONES[int(d)]


def say_digits(s, uk=False, doubles=True, homophones=False, fillers=False):
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        if doubles and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d \
                and rng.random() < 0.5:
            out.append("triple " + dword(d, uk))
            i += 3
        elif doubles and i + 1 < len(s) and s[i + 1] == d and rng.random() < 0.6:
            out.append("double " + dword(d, uk))
            i += 2
        else:
            out.append(dword(d, uk, homophones))
            i += 1
        if fillers and i < len(s) and rng.random() < 0.08:
            out.append(rng.choice(["um", "uh", "er"]))
    return " ".join(out)


def say_pair(p, uk=False, last=False):
    a, b = p
    if a == "0":
        return zero_word(uk) + " " + ONES[int(b)] if b != "0" else \
            rng.choice(["double " + zero_word(uk), zero_word(uk) + " " + zero_word(uk)])
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        # "twenty" alone only at the very end, otherwise ambiguous with a following unit
        return TENS[int(a)] if last else ONES[int(a)] + " " + zero_word(uk)
    return TENS[int(a)] + " " + ONES[int(b)]


def say_groups(s, sizes, uk=False, mode=None, homophones=False):
    """Say ``s`` split into groups; each group digit by digit or in pairs."""
    parts = []
    pos = 0
    for gi, n in enumerate(sizes):
        g = s[pos:pos + n]
        pos += n
        m = mode or rng.choice(["digits", "digits", "pairs"])
        if m == "pairs" and n % 2 == 0:
            prs = [g[k:k + 2] for k in range(0, n, 2)]
            parts.append(" ".join(say_pair(p, uk, last=(gi == len(sizes) - 1 and k == len(prs) - 1))
                                  for k, p in enumerate(prs)))
        else:
            parts.append(say_digits(g, uk, homophones=homophones))
    return parts


def say_year(y):
    y = str(y)
    if y.startswith("20") and y[2] == "0":
        return rng.choice(["two thousand " + ONES[int(y[3])], "two thousand and " + ONES[int(y[3])]]) \
            if y[3] != "0" else "two thousand"
    head = "twenty" if y[:2] == "20" else TEENS[int(y[1])]
    tail = y[2:]
    if tail[0] == "0":
        return head + " " + ("oh " + ONES[int(tail[1])] if tail[1] != "0" else "hundred")
    return head + " " + say_pair(tail, last=True)


# ---------------------------------------------------------------- value makers
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


def make_card(kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        body, n = "4" + "".join(rng.choice("0123456789") for _ in range(5)), 16
    elif kind == "mc":
        body, n = "5" + rng.choice("12345") + "".join(rng.choice("0123456789") for _ in range(4)), 16
    elif kind == "amex":
        body, n = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(4)), 15
    else:
        body, n = "6011" + "".join(rng.choice("0123456789") for _ in range(2)), 16
    while len(body) < n - 1:
        body += rng.choice("0123456789")
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_groups(num):
    return [4, 6, 5] if len(num) == 15 else [4, 4, 4, 4]


def split(num, sizes):
    out, p = [], 0
    for n in sizes:
        out.append(num[p:p + n])
        p += n
    return out


def make_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def rdig(n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    return "%02d" % (98 - int(num) % 97)


def make_iban(country=None):
    country = country or rng.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IT"])
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdig(14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + rdig(14)
    elif country == "DE":
        bban = rdig(18)
    elif country == "FR":
        bban = rdig(23)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + rdig(10)
    elif country == "ES":
        bban = rdig(20)
    else:
        bban = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rdig(10) + rdig(12)
    return country + iban_check(country, bban) + bban


def iban_ok(s):
    s = re.sub(r"[^A-Za-z0-9]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def us_phone():
    return rng.choice("23456789") + rdig(2) + rng.choice("23456789") + rdig(6)


def uk_mobile():
    return "07" + rng.choice("45789") + rdig(8)


def uk_landline():
    return rng.choice(["020", "0161", "0113", "0121", "0131", "0141"]) + rdig(7 if True else 8)


FIRST = ["james", "maria", "dwayne", "keisha", "tom", "linda", "carlos", "priya",
         "mike", "jen", "aoife", "siobhan", "greg", "tasha", "brian", "nora",
         "luis", "ashley", "derek", "monica"]
LAST = ["walker", "nguyen", "okafor", "martinez", "oconnor", "patel", "brooks",
        "kowalski", "reyes", "murphy", "tran", "hughes", "baker", "fischer",
        "lopez", "johnson", "byrne", "dubois"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com",
           "icloud.com", "comcast.net", "att.net", "eircom.net", "btinternet.com"]


def make_email():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randint(0, 4)
    if style == 0:
        user = f + "." + l
    elif style == 1:
        user = f[0] + l + str(rng.randint(1, 99))
    elif style == 2:
        user = f + "_" + l
    elif style == 3:
        user = f + l + str(rng.randint(1960, 2004))
    else:
        user = l + "." + f[0]
    return user + "@" + rng.choice(DOMAINS)


def say_email(e):
    user, dom = e.split("@")
    parts = []
    for chunk in re.split(r"([._])", user):
        if chunk == ".":
            parts.append("dot")
        elif chunk == "_":
            parts.append("underscore")
        elif chunk.isdigit():
            parts.append(" ".join(say_groups(chunk, [len(chunk)])) if len(chunk) != 4
                         else say_year(chunk))
        else:
            m = re.match(r"([a-z]+)(\d*)$", chunk)
            word, num = m.group(1), m.group(2)
            if len(word) <= 2 or rng.random() < 0.25:
                parts.append(" ".join(word))
            else:
                parts.append(word)
            if num:
                parts.append(say_digits(num))
    dparts = dom.split(".")
    return " ".join(parts) + " at " + " dot ".join(dparts)


STREETS = ["maple", "oak", "elm", "washington", "lincoln", "park", "lakeview",
           "cedar", "highland", "sunset", "magnolia", "jefferson", "willow",
           "river", "pine", "franklin", "chestnut", "madison", "hillcrest",
           "walnut"]
SUFFIX = ["street", "avenue", "drive", "road", "lane", "court", "boulevard",
          "way", "place", "terrace"]
SUFFIX_ABBR = {"street": "St", "avenue": "Ave", "drive": "Dr", "road": "Rd",
               "lane": "Ln", "court": "Ct", "boulevard": "Blvd", "way": "Way",
               "place": "Pl", "terrace": "Ter"}
US_CITIES = [("Columbus", "OH", "432"), ("Austin", "TX", "787"), ("Tampa", "FL", "336"),
             ("Denver", "CO", "802"), ("Phoenix", "AZ", "850"), ("Raleigh", "NC", "276"),
             ("Spokane", "WA", "992"), ("Albany", "NY", "122"), ("Fresno", "CA", "937"),
             ("Omaha", "NE", "681"), ("Tulsa", "OK", "741"), ("Madison", "WI", "537")]
STATE_NAMES = {"OH": "ohio", "TX": "texas", "FL": "florida", "CO": "colorado", "AZ": "arizona",
               "NC": "north carolina", "WA": "washington", "NY": "new york", "CA": "california",
               "NE": "nebraska", "OK": "oklahoma", "WI": "wisconsin"}
UK_STREETS = ["high street", "church road", "station road", "victoria avenue",
              "mill lane", "park road", "queens crescent", "the green"]


def say_house_number(n):
    s = str(n)
    if len(s) <= 2:
        return say_pair(s.zfill(2), last=True) if len(s) == 2 else ONES[n]
    if len(s) == 3:
        return ONES[int(s[0])] + " " + say_pair(s[1:], last=True)
    return say_pair(s[:2]) + " " + say_pair(s[2:], last=True)


def make_us_address(spoken):
    n = rng.choice([rng.randint(10, 99), rng.randint(100, 999), rng.randint(1000, 9999)])
    street = rng.choice(STREETS)
    suf = rng.choice(SUFFIX)
    pre = rng.choice(["", "", "north ", "south ", "east ", "west "])
    unit = rng.choice(["", "", "", "apt %d" % rng.randint(2, 40), "unit %d" % rng.randint(2, 9)])
    if spoken:
        t = say_house_number(n) + " " + pre + street + " " + suf
        if unit:
            u, num = unit.split()
            t += " " + ("apartment" if u == "apt" else "unit") + " " + say_house_number(int(num))
        return t
    t = str(n) + " " + (pre[0].upper() + ". " if pre and rng.random() < 0.5 else pre.title()) \
        + street.title() + " " + (SUFFIX_ABBR[suf] if rng.random() < 0.6 else suf.title())
    if unit:
        t += rng.choice([", ", " "]) + (unit.replace("apt", "Apt") if rng.random() < 0.5 else "#" + unit.split()[1])
    return t


def make_zip(prefix=None):
    prefix = prefix or rdig(3, first_nonzero=True)
    return prefix + rdig(2)


UK_PC = ["SW1A 2AA", "M14 5RT", "LS6 3DP", "B15 2TT", "EH3 9QG", "G12 8QQ",
         "CF10 1EP", "BS8 1TH", "NE1 7RU", "L17 7BP", "OX4 2PL", "CB2 1TN",
         "BT7 1NN", "SE15 4RF", "N7 6PA", "E17 9JW", "RG1 3DX", "PL4 6AZ",
         "CH2 3LG", "DN5 8HW"]


def make_uk_pc():
    base = rng.choice(UK_PC)
    out, inn = base.split()
    inn = rng.choice("123456789") + "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    return out + " " + inn


def say_uk_pc(pc):
    parts = []
    for ch in pc.replace(" ", " | "):
        if ch == " ":
            continue
        if ch == "|":
            continue
        if ch.isdigit():
            parts.append(dword(ch, uk=True) if ch != "0" else rng.choice(["zero", "nought"]))
        else:
            parts.append(ch.lower())
    # merge a doubled letter at the end: "a a" -> "double a"
    if len(parts) >= 2 and parts[-1] == parts[-2] and parts[-1].isalpha() and len(parts[-1]) == 1 \
            and rng.random() < 0.6:
        parts = parts[:-2] + ["double " + parts[-1]]
    return " ".join(parts)


def say_ni(ni, style=None):
    style = style or rng.choice(["plain", "nato", "for", "pairs"])
    l1, l2, dg, suf = ni[0].lower(), ni[1].lower(), ni[2:8], ni[8].lower()

    def letter(ch):
        if style == "nato" and rng.random() < 0.7:
            return ch + " for " + NATO[ch] if rng.random() < 0.5 else NATO[ch]
        if style == "for" and ch in FOR_WORDS and rng.random() < 0.6:
            return ch + " for " + FOR_WORDS[ch]
        return ch
    if style == "pairs":
        digits = " ".join(say_pair(dg[k:k + 2], uk=True, last=(k == 4)) for k in range(0, 6, 2))
    else:
        digits = " ".join(say_groups(dg, [2, 2, 2], uk=True, mode="digits"))
    return "%s %s %s %s" % (letter(l1), letter(l2), digits, letter(suf))


def fmt_ni_typed(ni):
    s = rng.randint(0, 4)
    if s == 0:
        t = ni
    elif s == 1:
        t = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif s == 2:
        t = "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif s == 3:
        t = "%s %s %s" % (ni[:2], ni[2:8], ni[8])
    else:
        t = ni[:2] + " " + ni[2:] 
    return t.lower() if rng.random() < 0.3 else t


def fmt_ssn_typed(s):
    k = rng.randint(0, 5)
    if k == 0:
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    if k == 1:
        return "%s %s %s" % (s[:3], s[3:5], s[5:])
    if k == 2:
        return s
    if k == 3:
        return "%s.%s.%s" % (s[:3], s[3:5], s[5:])
    if k == 4:
        return "%s - %s - %s" % (s[:3], s[3:5], s[5:])
    return "%s-%s%s" % (s[:3], s[3:5], s[5:])


def fmt_card_typed(c):
    g = split(c, card_groups(c))
    sep = rng.choice([" ", " ", "-", "", "  "])
    return sep.join(g) if sep else c


def fmt_us_phone_typed(p):
    k = rng.randint(0, 6)
    a, b, c = p[:3], p[3:6], p[6:]
    return ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c),
            "+1 %s %s %s" % (a, b, c), "1-%s-%s-%s" % (a, b, c), p,
            "(%s)%s-%s" % (a, b, c)][k]


def say_us_phone(p):
    a, b, c = p[:3], p[3:6], p[6:]
    ca = say_digits(c) if rng.random() < 0.6 else " ".join(say_groups(c, [2, 2], mode="pairs"))
    return [say_digits(a, doubles=False), say_digits(b), ca]


def expiry_forms(spoken):
    m = rng.randint(1, 12)
    y = rng.randint(26, 33)
    if spoken:
        k = rng.randint(0, 3)
        if k == 0:
            return "%s %s" % (say_pair("%02d" % m), say_pair(str(y), last=True))
        if k == 1:
            return "%s twenty %s" % (MONTHS[m - 1], say_pair(str(y), last=True))
        if k == 2:
            return "%s %s" % (ONES[m] if m < 10 else TEENS[m - 10], say_pair(str(y), last=True))
        return "%s slash %s" % (say_pair("%02d" % m), say_pair(str(y), last=True))
    return rng.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y),
                       "%02d-%02d" % (m, y), "%02d %02d" % (m, y)])


LAST_DOB = {}


def dob_forms(spoken, us=True):
    y = rng.randint(1941, 2004)
    LAST_DOB["year"] = y
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    if spoken:
        k = rng.randint(0, 4)
        if k == 0:
            return "%s %s %s" % (MONTHS[m - 1], ORDINALS[d - 1], say_year(y))
        if k == 1:
            return "the %s of %s %s" % (ORDINALS[d - 1], MONTHS[m - 1], say_year(y))
        if k == 2:
            return "%s %s %s" % (say_pair("%02d" % m), say_pair("%02d" % d), say_year(y))
        if k == 3:
            return "%s %s %s" % (MONTHS[m - 1], say_pair("%02d" % d, last=True) if d >= 10 else ONES[d],
                                 say_year(y))
        return "%s %s %s" % (say_digits("%02d" % m, doubles=False), say_digits("%02d" % d, doubles=False),
                             say_pair(str(y)[2:], last=True))
    if us:
        return rng.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y),
                           "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                           "%02d-%02d-%d" % (m, d, y), "%02d/%02d/%02d" % (m, d, y % 100)])
    return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                       "%02d.%02d.%d" % (d, m, y)])


# ---------------------------------------------------------------- case builders
def turn(speaker, *segs):
    text = ""
    spans = []
    for s in segs:
        if isinstance(s, tuple):
            val, typ = s
            spans.append((len(text), len(text) + len(val), typ))
            text += val
        else:
            text += s
    return speaker, text, spans


def A(*segs):
    return turn("agent", *segs)


def C(*segs):
    return turn("customer", *segs)


POS, NEG = [], []


def add(kind, turns, note):
    t_out, s_out = [], []
    for i, (sp, text, spans) in enumerate(turns):
        t_out.append({"speaker": sp, "text": text})
        for (s, e, typ) in spans:
            s_out.append({"turn": i, "start": s, "end": e, "type": typ})
    lst = POS if kind == "positive" else NEG
    lst.append({"kind": kind, "turns": t_out, "spans": s_out, "note": note})


def pos(turns, note):
    add("positive", turns, note)


def neg(turns, note):
    add("negative", turns, note)


BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "got it", "right", "okay keep going", "mm hmm"]
FILL = ["um", "uh", "so", "yeah", "okay so", "uh yeah"]


def ch(xs):
    return rng.choice(xs)


def fil():
    return ch(FILL) + " "


# ---- amounts and other non-PII in speech
def say_amount_spoken():
    dollars = rng.randint(12, 980)
    cents = rng.randint(1, 99)
    d = str(dollars)
    if dollars >= 100:
        dd = ONES[int(d[0])] + " hundred" + ("" if d[1:] == "00" else " " + (
            say_pair(d[1:], last=True) if d[1] != "0" else ONES[int(d[2])]))
    else:
        dd = say_pair(d, last=True)
    return "%s dollars and %s cents" % (dd, say_pair("%02d" % cents, last=True) if cents >= 10 else ONES[cents])


def typed_amount():
    return rng.choice(["$%d.%02d" % (rng.randint(10, 999), rng.randint(0, 99)),
                       "$%d,%03d.%02d" % (rng.randint(1, 9), rng.randint(0, 999), rng.randint(0, 99)),
                       "%d.%02d USD" % (rng.randint(10, 999), rng.randint(0, 99))])


def policy_no():
    return rng.choice(["PL", "HO", "AU", "LF"]) + "-" + rdig(rng.randint(6, 8))


def claim_no():
    return rdig(rng.choice([7, 8, 9, 10]), first_nonzero=True)


def member_id():
    return rng.choice(["XJH", "MBR", "W", "ZGP", "HFA"]) + rdig(rng.choice([8, 9]))


def tracking_no():
    return rng.choice(["1Z", "TBA", "JD", "9W"]) + "".join(rng.choice("ABCDEFHJKLMNPRTVWXY") for _ in range(3)) + rdig(rng.choice([6, 8, 10]))


# ================================================================ positives
def p_card_call_one_turn():
    c = make_card()
    ind = ch(["telecom", "utilities", "retail", "insurance", "travel"])
    parts = say_groups(c, card_groups(c), homophones=True)
    sp = " ".join(parts)
    exp = expiry_forms(True)
    cvv = rdig(4 if len(c) == 15 else 3)
    pos([A(ch(["okay i can take that payment now what's the long number across the front of the card",
               "go ahead with the card number", "alright and the card you'd like to use", "what card number would you like to pay with"])),
         C(fil(), "it's ", (sp, "CARD_NUMBER")),
         A("and the expiration date"),
         C((exp, "EXPIRY")),
         A("and the three or four digit security code"),
         C(ch(["it's ", "", "uh "]), (say_digits(cvv, doubles=False), "CVV"))],
        "call/%s: card read in one turn (groups, homophones), expiry and cvv in separate turns" % ind)


def p_card_call_split():
    c = make_card()
    groups = split(c, card_groups(c))
    turns = [A("go ahead with the card number whenever you're ready")]
    for gi, g in enumerate(groups):
        said = say_groups(g, [len(g)])[0]
        lead = ch(["", "", "okay ", "it's ", "um "]) if gi == 0 else ch(["", "", "then ", "uh "])
        turns.append(C(lead, (said, "CARD_NUMBER")))
        if gi < len(groups) - 1:
            turns.append(A(ch(BACK)))
    turns.append(A("and the amount today is ", say_amount_spoken(), " is that right"))
    turns.append(C("yeah that's right"))
    pos(turns, "call/%s: card split over customer turns with agent back-channels, amount unlabelled"
        % ch(["telecom", "retail", "utilities", "healthcare billing"]))


def p_card_chat():
    c = make_card()
    exp = expiry_forms(False)
    cvv = rdig(4 if len(c) == 15 else 3)
    k = rng.randint(0, 2)
    if k == 0:
        pos([A("Please enter your card details below to complete the payment of ", typed_amount(), "."),
             C("card: ", (fmt_card_typed(c), "CARD_NUMBER"), " exp ", (exp, "EXPIRY"), " cvv ", (cvv, "CVV"))],
            "chat/retail: card, expiry and cvv typed on one line")
    elif k == 1:
        pos([C("hi can u update my card on file for order #", rdig(8, True), " its ", (fmt_card_typed(c), "CARD_NUMBER")),
             A("Thanks! What's the expiration date and the security code on the back?"),
             C((exp, "EXPIRY"), " and ", (cvv, "CVV"))],
            "chat/retail: card typed next to an order number (unlabelled), expiry/cvv in reply")
    else:
        pos([C("Card ending in ", c[-4:], " got declined?? trying a different one: ", (fmt_card_typed(c), "CARD_NUMBER"),
               ", expires ", (exp, "EXPIRY"), ", CVC ", (cvv, "CVV"))],
            "chat/travel: full card typed after mentioning last four (last four unlabelled as ambiguous partial)")


def p_card_correction():
    c = make_card()
    g = split(c, card_groups(c))
    first = " ".join(say_groups(c[:8], [4, 4], mode="digits"))
    rest = " ".join(say_groups(c[8:], [4, len(c) - 12], mode="digits"))
    pos([A("can i get the card number"),
         C((first, "CARD_NUMBER"), " hang on let me get my glasses"),
         A("no problem take your time"),
         C("okay ", (rest, "CARD_NUMBER")),
         A("let me read that back ", (" ".join(say_groups(c, card_groups(c), mode="digits")), "CARD_NUMBER"), " is that correct"),
         C("yes")],
        "call/utilities: card split with chit-chat, then agent reads the full card back")


def p_card_and_zip():
    c = make_card()
    z = make_zip()
    pos([A("and what's the billing zip code for that card"),
         C(fil(), (say_digits(z), "POSTCODE")),
         A("and the card number please"),
         C((" ".join(say_groups(c, card_groups(c))), "CARD_NUMBER"), " and it expires ", (expiry_forms(True), "EXPIRY"))],
        "call/telecom: billing zip spoken, card and expiry in one turn")


def p_ssn_call():
    s = make_ssn()
    k = rng.randint(0, 3)
    ind = ch(["banking", "insurance", "government services", "healthcare billing", "telecom"])
    if k == 0:
        said = " ".join(say_groups(s, [3, 2, 4], mode="digits"))
    elif k == 1:
        said = " ".join(say_groups(s, [3, 2, 4]))
    elif k == 2:
        said = say_digits(s, homophones=True, fillers=True)
    else:
        said = " ".join(say_groups(s, [3, 2, 4], mode="pairs" if False else None))
    if rng.random() < 0.25:
        said = " dash ".join(say_groups(s, [3, 2, 4], mode="digits"))
    pos([A(ch(["for verification can i have your social security number", "can you give me your social please",
               "and what's the social on the account", "i just need your ssn to verify"])),
         C(ch(["yeah it's ", "sure ", "okay ", "uh ", "it is "]), (said, "SSN"))],
        "call/%s: ssn spoken in one turn (groups/pairs/doubles/fillers)" % ind)


def p_ssn_split():
    s = make_ssn()
    g = split(s, [3, 2, 4])
    pos([A("i'll need your social to pull up the account"),
         C(fil(), (say_digits(g[0]), "SSN")),
         A(ch(BACK)),
         C((say_digits(g[1]) if rng.random() < 0.5 else say_pair(g[1], last=True), "SSN")),
         A(ch(BACK)),
         C((" ".join(say_groups(g[2], [4])), "SSN"))],
        "call/%s: ssn given 3-2-4 over three turns with back-channels" % ch(["banking", "insurance", "government services"]))


def p_ssn_chat():
    s = make_ssn()
    lead = ch(["SSN: ", "my ssn is ", "Social: ", "ss# ", "social security number - ", "my socail is ",
               "SSN ", "last name is on file, ssn "])
    tail = ch(["", " thanks", ". DOB is on file too", " pls hurry", "!"])
    pos([A("To verify your identity please provide your Social Security number."),
         C(lead, (fmt_ssn_typed(s), "SSN"), tail)],
        "chat/%s: ssn typed with varied separators/labels" % ch(["banking", "insurance", "government services", "healthcare billing"]))


def p_ssn_readback():
    s = make_ssn()
    said = " ".join(say_groups(s, [3, 2, 4], mode="digits"))
    back = " ".join(say_groups(s, [3, 2, 4]))
    pos([A("and your social security number"),
         C((said, "SSN")),
         A("okay i have ", (back, "SSN"), " did i get that right"),
         C("that's right yeah"),
         A("thank you and your member id please"),
         C("member id ", say_digits(rdig(8, True), doubles=False))],
        "call/insurance: ssn then agent read-back; member id afterwards is NOT labelled")


def p_ssn_correction():
    s = make_ssn()
    wrong = s[:5] + s[6] + s[5] + s[7:] if s[5] != s[6] else s[:5] + str((int(s[5]) + 1) % 10) + s[6:]
    pos([A("what's your social"),
         C((say_digits(wrong, doubles=False), "SSN"), " no wait sorry i mixed that up it's ",
           (say_digits(s, doubles=False), "SSN"))],
        "call/government services: ssn with a self-correction in the same turn, both readings labelled")


def p_ssn_with_dob():
    s = make_ssn()
    pos([A("can you verify your date of birth and social"),
         C("birthday is ", (dob_forms(True), "DOB"), " and social is ", (" ".join(say_groups(s, [3, 2, 4])), "SSN"))],
        "call/banking: dob and ssn in one turn")


def p_ssn_chat_dob():
    s = make_ssn()
    pos([C("Need to update my W-4 info. ", "SSN ", (fmt_ssn_typed(s), "SSN"), ", DOB ", (dob_forms(False), "DOB"),
           ", employee no. ", rdig(6, True))],
        "chat/government services: ssn and dob typed; employee number unlabelled")


def p_ni_chat():
    n = make_ni()
    pos([A("Could you confirm your National Insurance number please?"),
         C(ch(["its ", "NI no: ", "", "my NI number is ", "ni - "]), (fmt_ni_typed(n), "NI_NUMBER"),
           ch(["", " cheers", " thanks", ".", " x"]))],
        "chat/government services (UK): NI number typed with varied spacing/case")


def p_ni_call():
    n = make_ni()
    pos([A("and can i take your national insurance number"),
         C(ch(["yeah it's ", "it's ", "right okay ", "um "]), (say_ni(n), "NI_NUMBER"))],
        "call/%s (UK): NI number spoken with letters, NATO/for-words, pairs" % ch(["banking", "government services", "utilities", "insurance"]))


def p_ni_split():
    n = make_ni()
    said = say_ni(n, "plain")
    toks = said.split()
    pos([A("national insurance number please"),
         C(fil(), (" ".join(toks[:2]), "NI_NUMBER")),
         A(ch(BACK)),
         C((" ".join(toks[2:-1]), "NI_NUMBER")),
         A("and the letter at the end"),
         C((toks[-1], "NI_NUMBER"), ch(["", " i think", " yeah"]))],
        "call/government services (UK): NI prefix, digits and suffix letter over three turns")


def p_ni_with_other():
    n = make_ni()
    pc = make_uk_pc()
    pos([C("hi I moved house, new postcode ", (pc, "POSTCODE"), " and my NI is ", (fmt_ni_typed(n), "NI_NUMBER"),
           ". payment of £", str(rng.randint(20, 300)), " was due on the ", ch(["3rd", "14th", "21st"]))],
        "chat/government services (UK): postcode and NI in one message with amount and date unlabelled")


def p_phone_us_call():
    p = us_phone()
    a, b, c = say_us_phone(p)
    k = rng.randint(0, 2)
    if k == 0:
        pos([A(ch(["what's the best callback number", "what's a good number for you", "and a phone number in case we get cut off"])),
             C(fil(), (a + " " + b + " " + c, "PHONE"))],
            "call/telecom: us phone in one turn")
    elif k == 1:
        pos([A("what's a good number to reach you"),
             C("area code ", (a, "PHONE")),
             A(ch(BACK)),
             C((b + " " + c, "PHONE"))],
            "call/utilities: area code then the rest in a second turn")
    else:
        pos([A("phone number on the account"),
             C((a + " " + b, "PHONE"), " um ", (c, "PHONE")),
             A("okay that's ", (say_digits(p, doubles=False), "PHONE")),
             C("yes ma'am")],
            "call/insurance: phone with filler inside, agent reads it back")


def p_phone_us_chat():
    p = us_phone()
    pos([C(ch(["pls call me back at ", "my cell is ", "Phone: ", "you can text ", "reach me at "]),
           (fmt_us_phone_typed(p), "PHONE"), ch(["", " after 5pm", " anytime before 3", " thx", " - its a cell"]))],
        "chat/%s: us phone typed in varied formats" % ch(["telecom", "retail", "healthcare billing", "banking"]))


def p_phone_uk_ie():
    k = rng.randint(0, 2)
    if k == 0:
        p = uk_mobile()
        said = " ".join(say_groups(p, [5, 6], uk=True))
        pos([A("what's your mobile number"), C((said, "PHONE"))], "call/telecom (UK): uk mobile spoken with oh/double")
    elif k == 1:
        p = "+44 7" + rdig(3) + " " + rdig(6)
        pos([C("call me on ", (p, "PHONE"), " or email, whichever")], "chat/utilities (UK): international uk mobile typed")
    else:
        p = "08" + rng.choice("3567") + rdig(7)
        said = say_digits(p, uk=True)
        pos([A("and a contact number"), C("it's ", (said, "PHONE"))], "call/banking (IE): irish mobile spoken")


def p_phone_correction():
    p = us_phone()
    wrong = p[:-1] + str((int(p[-1]) + 3) % 10)
    pos([A("what number should we text the code to"),
         C((say_digits(wrong, doubles=False), "PHONE"), " oh no sorry that's my old one it's ",
           (say_digits(p, doubles=False), "PHONE"))],
        "call/banking: two phone numbers in one turn via self-correction, both labelled")


def p_email():
    e = make_email()
    if rng.random() < 0.5:
        pos([A("what email should i send the receipt to"), C(fil(), (say_email(e), "EMAIL"))],
            "call/%s: email spoken with 'at'/'dot'" % ch(["retail", "travel", "telecom", "insurance"]))
    else:
        t = e.upper() if rng.random() < 0.15 else e
        pos([C(ch(["my email is ", "email: ", "send it to ", "", "use "]), (t, "EMAIL"),
               ch(["", " please", " not the old one", "."]))],
            "chat/%s: email typed" % ch(["retail", "travel", "utilities", "banking"]))


def p_email_spelled():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom = ch(["gmail", "yahoo", "outlook"])
    spelled = " ".join(l)
    e_said = "%s %s at %s dot com" % (f[0], spelled, dom)
    pos([A("email address"),
         C((e_said, "EMAIL")),
         A("sorry was that ", ((f[0] + " " + l + " at " + dom + " dot com"), "EMAIL")),
         C("yes")],
        "call/retail: email spelled letter by letter, agent reads back")


def p_dob():
    k = rng.randint(0, 2)
    if k == 0:
        pos([A(ch(["can i get your date of birth", "and your date of birth please", "what's the patient's date of birth"])),
             C(fil(), (dob_forms(True), "DOB"))],
            "call/%s: dob spoken" % ch(["healthcare billing", "insurance", "banking"]))
    elif k == 1:
        pos([C("DOB ", (dob_forms(False), "DOB"), ", member ID ", member_id())],
            "chat/healthcare billing: dob typed next to member id (member id unlabelled)")
    else:
        pos([A("and your birthday"), C("i was born ", (dob_forms(True), "DOB"), " so i'm ", str(2026 - LAST_DOB["year"] - rng.randint(0, 1)), " now")],
            "call/insurance: dob then age (age unlabelled)")


def p_zip():
    k = rng.randint(0, 3)
    city, st, pre = rng.choice(US_CITIES)
    z = make_zip(pre)
    if k == 0:
        pos([A(ch(["what's your zip code", "and the zip", "can you confirm the zip code on file"])),
             C(ch(["", "it's ", "uh "]), (say_digits(z), "POSTCODE"))], "call/utilities: zip spoken")
    elif k == 1:
        z4 = z + "-" + rdig(4)
        pos([C("zip is ", (z4, "POSTCODE"), " for ", city)], "chat/retail: zip+4 typed")
    elif k == 2:
        pos([A("zip code"), C((" ".join(say_groups(z, [3, 2])), "POSTCODE"), " dash ", (say_digits(rdig(4)), "POSTCODE"))],
            "call/telecom: zip+4 spoken, extension labelled separately")
    else:
        wrong = z[:4] + str((int(z[4]) + 1) % 10)
        pos([A("what's the zip there"), C((say_digits(wrong, doubles=False), "POSTCODE"), " no ", (say_digits(z, doubles=False), "POSTCODE"),
                                           " sorry i just moved")],
            "call/insurance: zip self-corrected, both labelled")


def p_address_us():
    city, st, pre = rng.choice(US_CITIES)
    z = make_zip(pre)
    if rng.random() < 0.5:
        a = make_us_address(False)
        pos([A("What's the shipping address?"),
             C((a, "ADDRESS"), ", ", city, ", ", st, " ", (z if rng.random() < 0.6 else z + "-" + rdig(4), "POSTCODE"))],
            "chat/retail: us street address typed with city/state (unlabelled) and zip")
    else:
        a = make_us_address(True)
        pos([A("and the service address"),
             C(fil(), (a, "ADDRESS"), " in ", city.lower()),
             A("zip"),
             C((say_digits(z), "POSTCODE"))],
            "call/utilities: us street address spoken (house number in words), zip in next turn")


def p_address_uk():
    n = rng.randint(2, 180)
    st = ch(UK_STREETS)
    pc = make_uk_pc()
    if rng.random() < 0.5:
        pos([A("and your address and postcode"),
             C((say_house_number(n) + " " + st, "ADDRESS"), " and the postcode's ", (say_uk_pc(pc), "POSTCODE"))],
            "call/utilities (UK): uk address and spoken postcode")
    else:
        pos([C("new address is ", ("%d %s" % (n, st.title()), "ADDRESS"), ", ", (pc if rng.random() < 0.6 else pc.replace(" ", "").lower(), "POSTCODE"))],
            "chat/insurance (UK): uk address and postcode typed")


def p_bank_us():
    acct = rdig(rng.choice([9, 10, 11, 12]), True)
    if rng.random() < 0.5:
        pos([A("what's the checking account number for the autopay"),
             C(fil(), (" ".join(say_groups(acct, [len(acct)], mode="digits")), "BANK_ACCOUNT"))],
            "call/utilities: us checking account spoken (routing not given)")
    else:
        pos([C("acct # ", (acct, "BANK_ACCOUNT"), " for direct deposit, last payment was ", typed_amount())],
            "chat/banking: us account number typed next to an amount")


def p_bank_uk():
    acct = rdig(8, True)
    sc = rdig(6, True)
    if rng.random() < 0.5:
        pos([A("sort code and account number please"),
             C((" ".join(say_groups(sc, [2, 2, 2], uk=True)), "SORT_CODE")),
             A(ch(BACK)),
             C((" ".join(say_groups(acct, [4, 4], uk=True)), "BANK_ACCOUNT"))],
            "call/banking (UK): sort code in pairs then account number")
    else:
        sct = ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        pos([C("sort code ", (sct, "SORT_CODE"), " acc no ", (acct, "BANK_ACCOUNT"))],
            "chat/insurance (UK): sort code and account typed")


def p_iban():
    c = ch(["GB", "IE", "DE", "FR", "NL", "ES", "IT"])
    ib = make_iban(c)
    k = rng.randint(0, 2)
    if k == 0:
        t = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    elif k == 1:
        t = ib
    else:
        t = (" ".join(ib[i:i + 4] for i in range(0, len(ib), 4))).lower()
    pos([A("Please send the IBAN for the refund."), C("IBAN: ", (t, "IBAN"), ch(["", " thanks", " (%s account)" % c]))],
        "chat/travel (EU): %s iban typed" % c)


def p_iban_call():
    ib = make_iban(ch(["IE", "GB"]))
    letters = " ".join(ib[:2].lower())
    check = say_digits(ib[2:4], uk=True, doubles=False)
    bank = " ".join(ib[4:8].lower())
    rest = " ".join(say_groups(ib[8:], [6, 8], uk=True, mode="digits"))
    pos([A("can you read me the iban"),
         C((letters + " " + check + " " + bank, "IBAN")),
         A(ch(BACK)),
         C((rest, "IBAN"))],
        "call/banking (IE/UK): iban spoken letter by letter over two turns")


def p_mixed_policy():
    pn = policy_no()
    p = us_phone()
    z = make_zip()
    pos([A("can i have the policy number"),
         C("policy number is ", pn),
         A("thanks and to verify the phone and zip on the policy"),
         C((say_digits(p, doubles=False), "PHONE"), " and zip ", (say_digits(z), "POSTCODE"))],
        "call/insurance: unlabelled policy number then phone and zip in one turn")


def p_mixed_tracking():
    tr = tracking_no()
    a = make_us_address(False)
    z = make_zip()
    pos([C("tracking number ", tr, " says delivered but nothing here. address is ", (a, "ADDRESS"), " ", (z, "POSTCODE"),
           ", call ", (fmt_us_phone_typed(us_phone()), "PHONE"))],
        "chat/retail: tracking number (unlabelled) next to address, zip and phone")


def p_claim_ssn():
    cn = claim_no()
    s = make_ssn()
    pos([A("do you have a claim number"),
         C("yeah claim number ", say_digits(cn, doubles=False)),
         A("and the last four of your social"),
         C(say_digits(s[-4:], doubles=False)),
         A("sorry i'll actually need the full social for this one"),
         C((say_digits(s), "SSN"))],
        "call/insurance: claim number and ssn last four (both unlabelled) then full ssn labelled")


def p_cvv_exp_chat():
    c = make_card()
    pos([C("trying to pay bill ", (fmt_card_typed(c), "CARD_NUMBER")),
         A("Thanks. Expiry date and CVV please."),
         C(ch(["exp ", "", "expires "]), (expiry_forms(False), "EXPIRY"), ch([" / ", ", ", " and "]), ch(["cvv ", "", "sec code "]),
           (rdig(4 if len(c) == 15 else 3), "CVV"))],
        "chat/telecom: card then expiry + cvv in reply")


def p_sort_ie_call():
    sc = rdig(6, True)
    acct = rdig(8, True)
    pos([A("what's the sort code on the account"),
         C("it's ", (" ".join(say_groups(sc, [2, 2, 2], uk=True, mode="pairs")), "SORT_CODE"), " and the account number is ",
           (say_digits(acct, uk=True), "BANK_ACCOUNT"), " and there's about ", say_amount_spoken().replace("dollars", "euro"), " in it")],
        "call/banking (IE): sort code in pairs and account in one turn, balance unlabelled")


def p_email_typed_words():
    e = make_email()
    user, dom = e.split("@")
    t = user.replace(".", " dot ") + " at " + dom.replace(".", " dot ")
    pos([C("email is ", (t, "EMAIL"), " (spelled out so the bot doesnt eat it)")],
        "chat/telecom: email typed with words 'at'/'dot'")


def p_dob_ie_chat():
    pos([A("Can you confirm your date of birth?"), C((dob_forms(False, us=False), "DOB"))],
        "chat/insurance (IE/UK): dob typed day-first")


def p_ssn_labelled_groups():
    s = make_ssn()
    g = split(s, [3, 2, 4])
    pos([A("okay i need your social"),
         C("first three ", (say_digits(g[0]), "SSN"), " then ", (say_pair(g[1], last=True) if g[1][0] != "0" else say_digits(g[1]), "SSN"),
           " and the last four are ", (" ".join(say_groups(g[2], [4])), "SSN"))],
        "call/banking: ssn groups announced with words between ('first three', 'last four')")


def p_amex_triple():
    c = make_card("amex")
    c = c  # amex 4-6-5
    said = " ".join(say_groups(c, [4, 6, 5], mode="digits"))
    pos([A("and the card number"), C("it's an amex ", (said, "CARD_NUMBER")),
         A("and the four digit code on the front"), C((say_digits(rdig(4), doubles=False), "CVV")),
         A("and expiration"), C((expiry_forms(True), "EXPIRY"))],
        "call/travel: amex read 4-6-5, four digit cid, expiry")


def p_ni_readback():
    n = make_ni()
    pos([A("national insurance number"), C((say_ni(n, "for"), "NI_NUMBER")),
         A("so that's ", (say_ni(n, "nato"), "NI_NUMBER"), " yeah"), C("yep")],
        "call/government services (UK): NI spoken then read back with NATO alphabet")


def p_address_hundred():
    h = rng.choice([12, 15, 19, 21, 24, 33, 45])
    st, suf = rng.choice(STREETS), rng.choice(SUFFIX)
    z = make_zip()
    pos([A("and the address where the service is"),
         C((say_pair(str(h), last=True) + " hundred " + st + " " + suf, "ADDRESS"), " zip code ", (say_digits(z), "POSTCODE"))],
        "call/utilities: round-hundred house number ('twelve hundred') and zip")


def p_two_values_chat():
    e = make_email()
    p = us_phone()
    pos([C("Contact info: ", (e, "EMAIL"), " / ", (fmt_us_phone_typed(p), "PHONE"), " - best time is 2-4pm, ticket ", rdig(7, True))],
        "chat/retail: email and phone in one line with a time range and ticket number")


def p_phone_plus1_call():
    p = us_phone()
    a, b, c = say_us_phone(p)
    pos([A("and a phone number"), C(("plus one " + a + " " + b + " " + c, "PHONE"))],
        "call/travel: us number spoken with 'plus one' country code (inside the span)")


def p_ssn_chat_split():
    s = make_ssn()
    pos([A("Please provide your SSN to continue."),
         C("ssn ", (s[:3] + "-" + s[3:5], "SSN")),
         C("-", (s[5:], "SSN"), " sorry hit enter too soon")],
        "chat/banking: ssn typed across two customer messages")


def p_card_chat_split():
    c = make_card("visa")
    pos([C("pay with ", (c[:8], "CARD_NUMBER")),
         C((c[8:], "CARD_NUMBER"), " oops"),
         A("Thanks, and the expiration date?"),
         C((expiry_forms(False), "EXPIRY"))],
        "chat/telecom: card typed across two messages, then expiry")


def p_phone_ext():
    p = us_phone()
    a, b, c = say_us_phone(p)
    pos([A("best number to reach you during the day"),
         C("my work number ", (a + " " + b + " " + c, "PHONE"), " extension ", say_digits(rdig(3, True), doubles=False))],
        "call/insurance: work phone followed by an extension (extension unlabelled)")


def p_city_state_zip_spoken():
    city, st, pre = rng.choice(US_CITIES)
    z = make_zip(pre)
    a = make_us_address(True)
    pos([A("what's the mailing address"),
         C((a, "ADDRESS"), " " + city.lower() + " " + STATE_NAMES[st] + " ",
           (" ".join(say_groups(z, [3, 2])), "POSTCODE"))],
        "call/insurance: spoken street address, city and zip in one run-on turn")


def p_ssn_with_amount():
    s = make_ssn()
    pos([A("to set up the payment arrangement i'll need the social on the account"),
         C((" ".join(say_groups(s, [3, 2, 4])), "SSN"), " and i can do ", say_amount_spoken(), " on the fifteenth")],
        "call/utilities: ssn followed by an amount and a payment date (unlabelled)")


POS_TEMPLATES = [
    (p_card_call_one_turn, 7), (p_card_call_split, 6), (p_card_chat, 7), (p_card_correction, 3),
    (p_card_and_zip, 4), (p_cvv_exp_chat, 4),
    (p_ssn_call, 10), (p_ssn_split, 5), (p_ssn_chat, 9), (p_ssn_readback, 3), (p_ssn_correction, 2),
    (p_ssn_with_dob, 3), (p_ssn_chat_dob, 3), (p_claim_ssn, 3),
    (p_ni_chat, 12), (p_ni_call, 12), (p_ni_split, 3), (p_ni_with_other, 4),
    (p_phone_us_call, 7), (p_phone_us_chat, 7), (p_phone_uk_ie, 5), (p_phone_correction, 2),
    (p_email, 12), (p_email_spelled, 3), (p_email_typed_words, 3),
    (p_dob, 11), (p_dob_ie_chat, 3), (p_zip, 9), (p_address_us, 10), (p_address_uk, 4),
    (p_bank_us, 8), (p_bank_uk, 14), (p_sort_ie_call, 3), (p_iban, 9), (p_iban_call, 4),
    (p_mixed_policy, 4), (p_mixed_tracking, 4),
    (p_ssn_labelled_groups, 4), (p_amex_triple, 3), (p_ni_readback, 3), (p_address_hundred, 4),
    (p_two_values_chat, 4), (p_phone_plus1_call, 3),
    (p_ssn_chat_split, 3), (p_card_chat_split, 3), (p_phone_ext, 3), (p_city_state_zip_spoken, 3), (p_ssn_with_amount, 3),
]


# ================================================================ negatives
def n_amount():
    k = rng.randint(0, 2)
    if k == 0:
        neg([A("your balance is ", say_amount_spoken(), " and the minimum payment is ", say_amount_spoken()),
             C("okay i'll pay the minimum today")], "call/banking: spoken balance and minimum payment")
    elif k == 1:
        neg([C("why is my bill ", typed_amount(), " this month?? it was ", typed_amount(), " last month")],
            "chat/telecom: typed amounts")
    else:
        neg([A("the plan is ", say_pair(str(rng.randint(20, 99)), last=True), " ninety nine a month plus tax"),
             C("and how much with the discount"), A("that brings it to ", say_amount_spoken())],
            "call/telecom: prices spoken")


def n_policy():
    pn = policy_no()
    neg([A("can i get your policy number"), C("it's ", pn), A("thank you i see the policy renews on ", MONTHS[rng.randint(0, 11)], " ", ORDINALS[rng.randint(0, 27)])],
        "call/insurance: policy number and renewal date")


def n_claim():
    cn = claim_no()
    k = rng.randint(0, 1)
    if k == 0:
        neg([A("do you have your claim number handy"), C("yes claim number ", say_digits(cn, doubles=False)),
             A("perfect that claim was opened on the ", ORDINALS[rng.randint(0, 27)], " and it's still in review")],
            "call/insurance: spoken claim number (%d digits)" % len(cn))
    else:
        neg([C("Claim #", cn, " - still waiting on reimbursement of ", typed_amount())],
            "chat/healthcare billing: typed claim number (%d digits) and amount" % len(cn))


def n_member():
    m = member_id()
    neg([A("what's the member id on the front of your insurance card"), C("member id ", m, " group number ", rdig(6, True))],
        "call/healthcare billing: member id with letter prefix and group number")


def n_tracking():
    t = tracking_no()
    neg([C("where is my package? tracking number ", t, ", order placed ", MONTHS[rng.randint(0, 11)].title(), " ", str(rng.randint(1, 28)))],
        "chat/retail: tracking number and order date")


def n_order():
    o = rdig(rng.choice([8, 9, 10]), True)
    k = rng.randint(0, 1)
    if k == 0:
        neg([A("what's the order number"), C("order number ", say_digits(o)), A("thanks that shipped on ", MONTHS[rng.randint(0, 11)], " ", ORDINALS[rng.randint(0, 27)])],
            "call/retail: spoken order number (%d digits)" % len(o))
    else:
        neg([C("Order #", o, " arrived damaged, ", str(rng.randint(2, 6)), " of the ", str(rng.randint(7, 12)), " plates are broken")],
            "chat/retail: order number and counts")


def n_ticket():
    t = rdig(rng.choice([6, 7, 8]), True)
    neg([A("i'll give you a ticket number for this it's ", say_digits(t), " and you should hear back within ", ch(["forty eight hours", "three to five business days", "twenty four hours"]))],
        "call/telecom: ticket number read by agent plus duration")


def n_invoice():
    neg([C("Invoice INV-", rdig(7, True), " dated ", "%02d/%02d/2026" % (rng.randint(1, 12), rng.randint(1, 28)), " shows ", typed_amount(), " but I paid ", typed_amount())],
        "chat/utilities: invoice number, invoice date and amounts")


def n_reference():
    r = rdig(rng.choice([8, 9, 10]), True)
    neg([A("your confirmation number is ", " ".join(say_groups(r, [3, len(r) - 3], mode="digits")), " that's your confirmation number"),
         C("got it thanks")], "call/travel: confirmation number read back by agent")


def n_flight():
    neg([C("my flight ", ch(["UA", "DL", "AA", "BA", "EI"]), str(rng.randint(100, 2999)), " on the ", ch(["12th", "3rd", "28th"]),
           " was cancelled, the rebooked one leaves at ", "%d:%02d pm" % (rng.randint(1, 11), rng.choice([0, 15, 30, 45])))],
        "chat/travel: flight number, date, time")


def n_flight_call():
    neg([A("i have you on flight ", ch(["delta", "united", "american"]), " ", say_house_number(rng.randint(100, 2999)),
           " departing at ", ch(["six forty five", "eleven fifteen", "two thirty", "nine oh five"]), " in the morning from gate ", ch(["b", "c", "d"]), " ", say_pair(str(rng.randint(10, 59)), last=True))],
        "call/travel: flight number, time and gate spoken")


def n_room():
    neg([C("room ", str(rng.randint(101, 1899)), " ac is broken, it's ", str(rng.randint(80, 92)), " degrees in here. checkout is ", ch(["11am", "noon", "10:30"]))],
        "chat/travel: hotel room number, temperature and time")


def n_model():
    neg([A("what's the model number on the back of the router"),
         C("it says model ", ch(["WX", "NVG", "C", "AX", "TG"]), rdig(4, True), " serial starts with ", ch(["g", "k", "h"]), " ", say_digits(rdig(4)))],
        "call/telecom: model number and partial serial")


def n_meter():
    r = rdig(5, True)
    neg([A("can you read me the numbers on the meter"), C(say_digits(r)),
         A("thanks so that's ", " ".join(say_groups(r, [5], mode="digits")), " kilowatt hours and your next reading is due in ", ch(["three months", "ninety days", "six weeks"]))],
        "call/utilities: meter reading spoken and read back")


def n_speed():
    neg([C("paying for ", ch(["500", "940", "1000", "300"]), " mbps but speedtest shows ", str(rng.randint(12, 90)), ".", str(rng.randint(1, 9)), " down and ", str(rng.randint(2, 20)), " up, ping ", str(rng.randint(20, 200)), "ms")],
        "chat/telecom: speeds and ping")


def n_time_duration():
    neg([A("the technician can come between ", ch(["eight and noon", "one and five", "nine and one"]), " on ", ch(["tuesday", "thursday", "monday"]), " the ", ORDINALS[rng.randint(0, 27)]),
         C("can they come at ", ch(["three thirty", "four fifteen", "ten forty five"]), " instead i work until ", ch(["two", "three"]))],
        "call/utilities: appointment window, times and dates")


def n_year_percent():
    neg([A("you've been with us since ", say_year(rng.randint(2005, 2022)), " so i can offer ", ch(["fifteen", "twenty", "twenty five"]), " percent off for ", ch(["twelve", "twenty four", "six"]), " months"),
         C("and what's the apr after that"), A("it goes to ", ch(["twenty four point nine nine", "nineteen point two four", "twenty nine point nine"]), " percent")],
        "call/banking: years, percentages, durations")


def n_dates():
    neg([C("my payment of ", typed_amount(), " was taken on ", "%02d/%02d/%d" % (rng.randint(1, 12), rng.randint(1, 28), rng.choice([2025, 2026])), " and again on ",
           "%02d/%02d/%d" % (rng.randint(1, 12), rng.randint(1, 28), rng.choice([2025, 2026])), ", contract started ", MONTHS[rng.randint(0, 11)].title(), " ", str(rng.choice([2023, 2024])))],
        "chat/utilities: payment and contract dates (not birth dates)")


def n_age_count():
    neg([A("how many people on the plan"), C(ch(["four", "five", "three"]), " me my wife and the kids they're ", ch(["nine and twelve", "seven and fifteen", "eleven and sixteen"])),
         A("okay and how many lines do you want"), C(ch(["two", "three", "four"]), " lines and like ", ch(["twenty", "fifty", "unlimited"]), " gigs")],
        "call/telecom: counts and ages")


def n_balance_points():
    neg([C("I have ", "{:,}".format(rng.randint(1000, 250000)), " points and a balance of ", typed_amount(), ", statement closing on the ", ch(["5th", "19th", "27th"]))],
        "chat/banking: loyalty points count, balance, statement date")


def n_last4_card():
    neg([A("i see a card ending in ", say_digits(rdig(4)), " is that the one you'd like to use"), C("yes that one")],
        "call/retail: card referred to by its last four only (not a card number)")


def n_prescription():
    neg([C("Rx #", rdig(7, True), " refill for ", str(rng.choice([30, 60, 90])), " tablets, ", str(rng.choice([10, 20, 40])), "mg, copay was ", typed_amount())],
        "chat/healthcare billing: prescription number, quantities, dose, copay")


def n_case_number_spoken():
    c = rdig(rng.choice([9, 10]), True)
    neg([A("i'm going to give you a case number for today's call"), C("okay go ahead"),
         A("case number ", " ".join(say_groups(c, [3, 3, len(c) - 6], mode="digits"))), C("okay got it")],
        "call/government services: case number (%d digits) said with its name" % len(c))


def n_extension():
    neg([A("if you get disconnected you can ask for extension ", say_digits(rdig(4, True), doubles=False), " and reference ticket ", say_digits(rdig(6, True))),
         C("okay perfect")], "call/banking: agent extension and ticket number")


def n_mileage_vin_free():
    neg([C("car has ", "{:,}".format(rng.randint(12000, 190000)), " miles, it's a ", str(rng.randint(2012, 2024)), " model, deductible is $", str(rng.choice([500, 1000, 250])))],
        "chat/insurance: mileage, model year, deductible")


def n_group_member_spoken():
    neg([A("and the group number on the card"), C("group number ", say_digits(rdig(6, True), doubles=False), " and the plan code is ", ch(["h m o", "p p o"]), " ", say_digits(rdig(3, True)))],
        "call/healthcare billing: group number and plan code")


def n_big_amount_spoken():
    lim, avail = ch([("five thousand", "three thousand two hundred and forty one dollars"),
                     ("twelve thousand five hundred", "eleven thousand nine hundred"),
                     ("two thousand", "one thousand eighteen dollars and six cents")])
    neg([A("your credit limit is ", lim, " dollars and the available credit is ", avail),
         C("and when's the payment due"), A("the ", ORDINALS[rng.randint(0, 27)], " of ", MONTHS[rng.randint(0, 11)])],
        "call/banking: credit limit and available credit spoken in thousands, due date")


def n_tracking_spoken():
    t = rdig(10, True)
    neg([A("your tracking number is ", " ".join(say_groups(t, [4, 3, 3], mode="digits")), " and it should arrive in ", ch(["two to three days", "about a week", "five business days"])),
         C("can you repeat the tracking number"), A("sure tracking number ", say_digits(t))],
        "call/retail: 10-digit tracking number read twice by the agent")


def n_claim_letters():
    neg([C("Claim ", ch(["CLM", "CL", "WC"]), "-", rdig(8, True), " for the ", ch(["water damage", "fender bender", "ER visit"]), " on ",
           "%d/%d" % (rng.randint(1, 12), rng.randint(1, 28)), ", adjuster said ", str(rng.randint(7, 30)), " business days")],
        "chat/insurance: claim number with letter prefix, incident date, duration")


def n_times_oh():
    neg([A("your appointment is at ", ch(["seven oh five", "nine oh five", "eight oh five"]), " am on the ", ORDINALS[rng.randint(0, 27)],
           " and it's about ", ch(["forty five minutes", "an hour and a half", "ninety minutes"]), " so please arrive ", ch(["ten", "fifteen"]), " minutes early")],
        "call/healthcare billing: appointment time with 'oh', date, durations")


def n_member_spoken():
    neg([A("and the member number on the card"), C("member number ", ch(["w", "x j h", "h f a"]), " ", say_digits(rdig(9, True), doubles=False)),
         A("perfect thank you and your copay is ", say_pair(str(rng.randint(10, 75)), last=True), " dollars")],
        "call/healthcare billing: 9-digit member number spoken after a letter prefix (member number, not ssn)")


NEG_TEMPLATES = [
    (n_amount, 6), (n_policy, 6), (n_claim, 6), (n_member, 5), (n_tracking, 5), (n_order, 6), (n_ticket, 4),
    (n_invoice, 4), (n_reference, 4), (n_flight, 3), (n_flight_call, 3), (n_room, 3), (n_model, 4), (n_meter, 4),
    (n_speed, 3), (n_time_duration, 4), (n_year_percent, 4), (n_dates, 4), (n_age_count, 3), (n_balance_points, 3),
    (n_last4_card, 3), (n_prescription, 3), (n_case_number_spoken, 4), (n_extension, 3), (n_mileage_vin_free, 3),
    (n_group_member_spoken, 3),
    (n_big_amount_spoken, 3), (n_tracking_spoken, 3), (n_claim_letters, 3), (n_times_oh, 3), (n_member_spoken, 3),
]


def build():
    POS.clear()
    NEG.clear()
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            fn()
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            fn()
    rng.shuffle(POS)
    rng.shuffle(NEG)
    out = []
    for i, c in enumerate(POS, 1):
        out.append(dict(id="%s-pos-%03d" % (PREFIX, i), **c))
    for i, c in enumerate(NEG, 1):
        out.append(dict(id="%s-neg-%03d" % (PREFIX, i), **c))
    return out


def dump(cases):
    return "".join(json.dumps({"id": c["id"], "kind": c["kind"], "turns": c["turns"], "spans": c["spans"],
                               "note": c["note"]}, ensure_ascii=False) + "\n" for c in cases)


# ================================================================ validation
UNIT = {w: str(i) for i, w in enumerate(ONES)}
UNIT.update({"oh": "0", "o": "0", "nought": "0", "naught": "0"})
HOMO = {"for": "4", "to": "2", "too": "2", "ate": "8"}


def spoken_chars(text, letters=False):
    toks = re.findall(r"[A-Za-z]+(?:-[a-z]+)?|\d+|\|", text)
    toks = [t.lower() for t in toks]
    out = ""
    i = 0
    natov = {v: k for k, v in NATO.items()}
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t == "|":
            pass
        elif t.isdigit():
            out += t
        elif letters and t == "for" and nxt is not None:
            i += 1  # "b for bravo": skip the spelling word
        elif letters and len(t) == 1 and t.isalpha():
            out += t.upper()
        elif letters and t in natov:
            out += natov[t].upper()
        elif t in ("double", "triple") and nxt is not None:
            rep = 2 if t == "double" else 3
            if nxt in UNIT and not (letters and len(nxt) == 1):
                out += UNIT[nxt] * rep
            elif letters and len(nxt) == 1:
                out += nxt.upper() * rep
            elif nxt in HOMO:
                out += HOMO[nxt] * rep
            i += 1
        elif t in UNIT:
            out += UNIT[t]
        elif t in TEENS:
            out += str(10 + TEENS.index(t))
        elif t in TENS and t:
            if nxt in UNIT and nxt not in ("oh", "o", "zero", "nought") and not (letters and len(nxt) == 1):
                out += str(TENS.index(t)) + UNIT[nxt]
                i += 1
            else:
                out += str(TENS.index(t)) + "0"
        elif t == "thousand":
            out += "00"
        elif (not letters) and t in HOMO:
            out += HOMO[t]
        i += 1
    return out


def norm_value(text, typ):
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    if re.search(r"\d", text) and not re.search(r"\b(" + "|".join(ONES[1:] + ["zero", "oh"]) + r")\b", text.lower()):
        return re.sub(r"[^A-Za-z0-9]", "", text).upper() if letters else re.sub(r"\D", "", text)
    return spoken_chars(text, letters)


UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")


def valid(typ, text):
    v = norm_value(text, typ)
    if typ == "POSTCODE" and not re.search(r"\d", text):
        # spoken: US zips use "o" for zero, UK postcodes use letters
        v2 = spoken_chars(text, letters=False)
        if re.fullmatch(r"\d{5}(\d{4})?|\d{4}", v2):
            return True
    if typ == "CARD_NUMBER":
        return 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return len(v) in (3, 4)
    if typ == "EXPIRY":
        return len(v) >= 2 or any(m in text.lower() for m in MONTHS)
    if typ == "SSN":
        return len(v) == 9
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v) is not None
    if typ == "BANK_ACCOUNT":
        return 6 <= len(v) <= 12 and v.isdigit()
    if typ == "SORT_CODE":
        return len(v) == 6
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        return 10 <= len(v) <= 13
    if typ == "EMAIL":
        text = text.replace(" | ", " ")
        return re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", text.lower()) is not None or (" at " in text and " dot " in text)
    if typ == "DOB":
        return len(v) >= 2 and (re.search(r"(19|20)\d\d|\d{6}", v) is not None or len(v) >= 4)
    if typ == "POSTCODE":
        return re.fullmatch(r"\d{5}(\d{4})?|\d{4}", v) is not None or UK_PC_RE.fullmatch(v) is not None
    if typ == "ADDRESS":
        return re.search(r"\d", v) is not None and re.search(
            r"(?i)\b(" + "|".join(SUFFIX + list(SUFFIX_ABBR.values()) + ["crescent", "green"]) + r")\b", text) is not None
    return False


def partition_ok(typ, texts):
    """Spans of one type in a case may be pieces of one value; accept any split into valid groups."""
    n = len(texts)
    ok = [False] * (n + 1)
    ok[0] = True
    for j in range(1, n + 1):
        for i in range(j):
            if ok[i] and valid(typ, " | ".join(texts[i:j])):
                ok[j] = True
                break
    # POSTCODE zip+4 extension: a lone 4-digit piece is accepted by the regex already
    return ok[n]


def check(cases):
    problems = []
    ids = set()
    counts = Counter()
    for c in cases:
        cid = c["id"]
        if cid in ids:
            problems.append("duplicate id " + cid)
        ids.add(cid)
        if c["kind"] == "negative" and c["spans"]:
            problems.append(cid + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(cid + ": positive without spans")
        by_turn = {}
        by_type = {}
        for s in c["spans"]:
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
            frag = text[st:en]
            if frag != frag.strip():
                problems.append("%s: span has outer whitespace %r" % (cid, frag))
            if (st > 0 and text[st - 1].isalnum()) or (en < len(text) and text[en].isalnum()):
                problems.append("%s: span not on word boundary %r" % (cid, frag))
            by_turn.setdefault(s["turn"], []).append((st, en))
            by_type.setdefault(s["type"], []).append(frag)
            counts[s["type"]] += 1
        for t, lst in by_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append(cid + ": overlapping spans")
        for typ, frags in by_type.items():
            if not partition_ok(typ, frags):
                problems.append("%s: invalid %s value(s) %r" % (cid, typ, frags))
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                problems.append(cid + ": bad speaker")
    npos = sum(1 for c in cases if c["kind"] == "positive")
    nneg = sum(1 for c in cases if c["kind"] == "negative")
    if npos < MIN_POS:
        problems.append("only %d positives" % npos)
    if nneg < MIN_NEG:
        problems.append("only %d negatives" % nneg)
    for t in TYPES:
        if counts[t] < MIN_SPANS[t]:
            problems.append("type %s has %d spans (< %d)" % (t, counts[t], MIN_SPANS[t]))
    return problems, counts, npos, nneg


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return f"""# pii_holdout93 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data its authors have not looked at. Do not add its forms to rules, tests or
training data, and do not inspect failures to "fix" them against this set.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did **not**
see the redaction code, its tests, its docs or other evaluation sets; the only
existing data consulted was a three-line example of the JSONL format. The cases
are generated by `scripts/make_pii_holdout93.py` (standard library only) from
template functions in which each turn is assembled from plain-text segments and
`(value, TYPE)` segments, so offsets are computed, never typed. All values come
from one `random.Random({SEED})`; the output is byte-for-byte reproducible and
`python scripts/make_pii_holdout93.py --check` verifies it (identity, unique
ids, offsets in range and on word boundaries, no overlaps, and each value
validated after normalising spoken forms: Luhn for cards, mod-97 for IBANs, NI
shape, 9 digits for SSN, 6 for sort codes, digit counts for CVV/phone/account,
UK postcode / US ZIP shapes).

Emphasis: mostly US contact centres — SSNs typed and spoken in many ways
(3-2-4 groups, pairs, "double"/"triple", "oh"/"o"/"zero", homophones such as
"for"/"to"/"ate", fillers, split over turns with back-channels,
self-corrections, agent read-backs), ZIP and ZIP+4, US phone formats, US street
addresses with house numbers in words, and card payments by phone; plus UK/IE/EU
cases (NI numbers, sort codes, IBANs, UK postcodes). Negatives are US-heavy
lookalikes: policy, member, group, claim, case, order, ticket, confirmation,
invoice, prescription and tracking numbers said with their names, amounts,
balances, times, dates that are not birth dates, years, percentages, flight and
room numbers, model numbers, meter readings, speeds, ages and counts.

## Annotation conventions

* A span covers only the value itself, not the label words ("my social is",
  "zip", "card number") and not leading/trailing fillers; fillers *inside* a
  reading (e.g. "um" between digit groups) are inside the span.
* Spoken values include all number words of the value, including "double",
  "triple", "oh", and spelling aids such as "b for bravo".
* A value split across several turns is labelled as one span per turn (each
  piece is its own span of the same type).
* When a caller self-corrects, both the wrong and the corrected reading are
  labelled (both are personal data said aloud). Agent read-backs are labelled.
* ZIP+4 typed as `12345-6789` is one POSTCODE span; spoken as "... dash ..."
  the five-digit part and the four-digit extension are separate POSTCODE spans.
* ADDRESS covers the house number, street name, street type and any unit
  ("apt 4", "#12"); city and state are not labelled; the ZIP/postcode is a
  separate POSTCODE span.
* PHONE includes an international prefix when given ("+1", "+44", spoken
  "plus one"); the words "area code" and any extension are outside/unlabelled.
* NI numbers, UK postcodes and IBANs spoken with spelling aids ("b for bravo",
  NATO words, "double a") include those aids inside the span.
* DOB covers the whole date; EXPIRY covers month and year; CVV only the digits.
* Numbers that are not in scope (card last four on their own, SSN last four on
  their own, policy/member/claim/order/tracking numbers, amounts, dates that
  are not birth dates, ages) are never labelled, including inside positive
  cases; a redactor is not penalised for redacting them in positive cases but a
  negative case fails if anything in it is redacted.

## Counts

Positives: {npos}; negatives: {nneg}.

| type | spans |
|---|---|
{rows}
"""


def main():
    cases = build()
    text = dump(cases)
    problems, counts, npos, nneg = check(cases)
    rd = readme(counts, npos, nneg)
    if "--check" in sys.argv[1:]:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            problems.append("README.md differs from regenerated output")
        # also re-check the file as written on disk
        if CASES.exists():
            disk = [json.loads(l) for l in CASES.read_text(encoding="utf-8").splitlines() if l.strip()]
            problems += ["on disk: " + p for p in check(disk)[0]]
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("positives=%d negatives=%d total=%d" % (npos, nneg, len(cases)))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems[:60]:
            print("  " + p)
        return 1
    print("OK" + (" (check passed)" if "--check" in sys.argv[1:] else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

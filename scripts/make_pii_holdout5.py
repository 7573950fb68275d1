#!/usr/bin/env python3
"""Build the held-out PII set ``tests/fixtures/pii_holdout5/cases.jsonl``.

Held-out evaluation data: written independently of the redaction code and of
the other PII fixtures.  Never tune patterns, word lists or thresholds on it.

Cases are produced by small template functions.  A turn is a list of
segments; a segment is either plain text or a ``(value, TYPE)`` tuple, and the
offsets of the tuples become the spans, so offsets are computed, never typed.
Every variable value (card numbers, IBANs, SSNs, NI numbers, phones, dates,
postcodes, ...) comes from one seeded ``random.Random``: the output is
byte-for-byte reproducible.  Standard library only.

Usage::

    python scripts/make_pii_holdout5.py            # (re)write the fixture
    python scripts/make_pii_holdout5.py --check    # validate the written fixture
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 5_112_026
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout5"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
IND = ["telecom", "banking", "utilities", "retail", "insurance",
       "healthcare billing"]

# --------------------------------------------------------------------------
# number words
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
HOMO = {"1": ["won"], "2": ["to", "too"], "4": ["for"], "8": ["ate"]}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "I": "india",
        "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "O": "oscar", "P": "papa", "Q": "quebec",
        "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform",
        "V": "victor", "W": "whiskey", "X": "xray", "Y": "yankee",
        "Z": "zulu"}
# ASR spellings of letter names
LETTER_HOMO = {"B": "bee", "C": "see", "D": "dee", "G": "gee", "J": "jay",
               "K": "kay", "P": "pee", "R": "are", "T": "tee", "Y": "why",
               "Z": "zed", "H": "aitch", "E": "ee", "M": "em", "N": "en",
               "S": "ess", "L": "el", "W": "double you", "X": "ex"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
       "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
       "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
       "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]


def sfx(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def say(d: str, r: random.Random, zero: str = "oh", homo: float = 0.0,
        dbl: bool = False, sep: str = " ") -> str:
    """Digits one by one.  zero may be 'mix'."""
    toks = []
    i = 0
    while i < len(d):
        c = d[i]
        run = 1
        if dbl:
            while i + run < len(d) and d[i + run] == c and run < 3:
                run += 1
        if c == "0":
            w = r.choice(["oh", "zero", "nought", "o"]) if zero == "mix" else zero
        else:
            w = ONES[int(c)]
            if c in HOMO and r.random() < homo:
                w = r.choice(HOMO[c])
        if run == 3:
            toks.append("triple " + w)
        elif run == 2:
            toks.append("double " + w)
        else:
            toks.append(w)
        i += run
    return sep.join(toks)


def pair(ab: str, zero: str = "oh") -> str:
    a, b = ab
    if a == "0":
        return f"{zero} {ONES[int(b)] if b != '0' else zero}"
    if a == "1":
        return TEENS[int(b)]
    return TENS[int(a)] + ("" if b == "0" else " " + ONES[int(b)])


def say_pairs(d: str, zero: str = "oh") -> str:
    toks = [pair(d[i:i + 2], zero) for i in range(0, len(d) - 1, 2)]
    if len(d) % 2:
        c = d[-1]
        toks.append(ONES[int(c)] if c != "0" else zero)
    return " ".join(toks)


def say_num(n: int) -> str:
    """Cardinal for 0..999 (house numbers)."""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    h, rest = divmod(n, 100)
    if rest == 0:
        return ONES[h] + " hundred"
    if r_style_hundred[0]:
        return ONES[h] + " hundred and " + say_num(rest)
    return ONES[h] + " " + (pair(f"{rest:02d}"))


r_style_hundred = [True]


def say_year(y: int) -> str:
    if 2000 <= y <= 2009:
        return "two thousand and " + ONES[y - 2000] if y > 2000 else "two thousand"
    if 2010 <= y < 2100:
        return "twenty " + say_pairs(str(y)[2:])
    return "nineteen " + say_pairs(str(y)[2:])


def letters(s: str, r: random.Random, style: str) -> str:
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ONES[int(ch)] if ch != "0" else "oh")
        elif style == "nato":
            out.append(NATO[ch])
        elif style == "for":
            out.append(f"{ch.lower()} for {NATO[ch]}")
        elif style == "asin":
            out.append(f"{ch.lower()} as in {NATO[ch]}")
        elif style == "homo" and ch in LETTER_HOMO and r.random() < 0.7:
            out.append(LETTER_HOMO[ch])
        else:
            out.append(ch.lower())
    return " ".join(out)


# --------------------------------------------------------------------------
# value generators
def luhn_digit(body: str) -> str:
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num: str) -> bool:
    return num.isdigit() and luhn_digit(num[:-1]) == num[-1]


BRANDS = {
    "visa": (["4"], 16), "visa13": (["4"], 13), "mc": (["51", "52", "53", "54", "55"], 16),
    "mc2": (["2221", "2300", "2500", "2720"], 16), "amex": (["34", "37"], 15),
    "disc": (["6011", "65"], 16), "diners": (["36", "38"], 14),
    "jcb": (["3528", "3589"], 16), "up19": (["62"], 19), "maestro": (["6759", "6761"], 19),
}


BRAND_NAME = {"visa": "visa", "visa13": "visa", "mc": "mastercard", "mc2": "mastercard", "amex": "amex",
              "disc": "discover", "diners": "diners club", "jcb": "jcb", "up19": "unionpay", "maestro": "maestro"}


def card(r: random.Random, brand: str) -> str:
    pres, n = BRANDS[brand]
    p = r.choice(pres)
    body = p + "".join(r.choice("0123456789") for _ in range(n - 1 - len(p)))
    return body + luhn_digit(body)


def card_groups(num: str) -> list[str]:
    n = len(num)
    sizes = {15: [4, 6, 5], 14: [4, 6, 4], 13: [4, 4, 5], 19: [4, 4, 4, 4, 3]}.get(n, [4] * (n // 4))
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    return out


def ssn(r: random.Random) -> str:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"


NI_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def ni(r: random.Random) -> str:
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = r.choice(first) + r.choice(second)
        if p not in NI_BAD:
            break
    return p + "".join(r.choice("0123456789") for _ in range(6)) + r.choice("ABCD")


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def iban(r: random.Random, country: str) -> str:
    D = lambda n: "".join(r.choice("0123456789") for _ in range(n))
    L = lambda n: "".join(r.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(n))
    bban = {"GB": lambda: L(4) + D(14), "IE": lambda: L(4) + D(14),
            "DE": lambda: D(18), "FR": lambda: D(23), "ES": lambda: D(20),
            "NL": lambda: L(4) + D(10), "IT": lambda: L(1) + D(22),
            "PL": lambda: D(24)}[country]()
    return country + iban_check(country, bban) + bban


def digits(r: random.Random, n: int, first: str = "0123456789") -> str:
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def uk_mobile(r):
    return "07" + r.choice("1234579") + digits(r, 8)


def uk_land(r):
    code = r.choice(["0161", "0113", "0117", "0121", "0131", "0141", "0191", "0151", "01632",
                     "01223", "01865", "01904", "01273"])
    return code + digits(r, 11 - len(code), "23456789")


def us_phone(r):
    return digits(r, 3, "23456789") + digits(r, 3, "23456789") + digits(r, 4)


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "EC", "M", "B", "LS", "L", "G", "EH", "CF",
            "BS", "NE", "S", "NG", "CB", "OX", "BN", "RG", "CR", "DN", "PL", "YO", "LE",
            "BT", "AB", "KT", "TW", "HA", "GU", "CV", "SK", "WA"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def uk_pc(r: random.Random) -> tuple[str, str]:
    a = r.choice(UK_AREAS)
    style = r.random()
    if a in ("SW", "EC", "W", "N", "E", "SE", "NW") and style < .3:
        out = a + str(r.randint(1, 9)) + r.choice("ABCEHJKMNPRVWXY")
    elif style < .65:
        out = a + str(r.randint(1, 20 if len(a) == 2 else 9))
    else:
        out = a + str(r.randint(1, 9))
    inward = str(r.randint(0, 9)) + r.choice(INWARD) + r.choice(INWARD)
    return out, inward


STREETS = ["Oak", "Kingsway", "Mill", "Church", "Victoria", "Station", "Albert", "Park",
           "Manor", "Queens", "Willow", "Beech", "Harcourt", "Meadow", "Hawthorn", "Elm",
           "Chestnut", "Grange", "Bridge", "Clifton", "Marlborough", "Alder", "Rowan",
           "Cedar", "Lime", "Sycamore", "Ashford", "Pembroke", "Maple", "Linden"]
SUFFIX_UK = ["Street", "Road", "Lane", "Avenue", "Close", "Drive", "Crescent", "Way",
             "Gardens", "Terrace", "Grove", "Place"]
SUFFIX_US = ["Street", "St", "Avenue", "Ave", "Boulevard", "Blvd", "Drive", "Dr", "Lane",
             "Court", "Road", "Rd"]
TOWNS_UK = ["Leeds", "Bristol", "Cardiff", "Norwich", "Glasgow", "Derby", "Hull",
            "Reading", "York", "Swindon", "Luton", "Exeter"]
TOWNS_US = [("Springfield", "IL"), ("Columbus", "OH"), ("Austin", "TX"), ("Tucson", "AZ"),
            ("Albany", "NY"), ("Raleigh", "NC"), ("Madison", "WI"), ("Boise", "ID")]
FIRST = ["sarah", "james", "priya", "tom", "megan", "daniel", "aisha", "liam", "chloe",
         "mohammed", "emma", "kieran", "olivia", "raj", "hannah", "connor", "zoe", "marcus",
         "bethany", "niall", "grace", "dev", "lucy", "owen"]
LAST = ["jones", "patel", "o'neill", "smith", "wright", "khan", "macdonald", "evans",
        "hughes", "nowak", "clarke", "baker", "reid", "turner", "ahmed", "walsh", "fox",
        "brennan", "doyle", "morgan"]
DOMAINS = [("gmail", "com"), ("hotmail", "co.uk"), ("outlook", "com"), ("yahoo", "com"),
           ("btinternet", "com"), ("icloud", "com"), ("sky", "com"), ("aol", "com"),
           ("virginmedia", "com"), ("protonmail", "com"), ("live", "co.uk"), ("yahoo", "co.uk")]


def dob(r: random.Random) -> tuple[int, int, int]:
    y = r.randint(1941, 2005)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return d, m, y


# --------------------------------------------------------------------------
# case assembly
def build(cid: str, kind: str, turns, note: str) -> dict:
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, (str, tuple)):
            segs = [segs]
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                assert typ in TYPES, typ
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    if kind == "negative":
        assert not spans, cid
    return {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}


A, C = "agent", "customer"


def V(val, typ):
    return (val, typ)


# ==========================================================================
# POSITIVE TEMPLATES.  Each returns (turns, note).
# ==========================================================================
def card_say(num: str, r: random.Random, style: str) -> str:
    if style == "plain":
        return say(num, r, zero=r.choice(["zero", "oh"]))
    if style == "nought":
        return say(num, r, zero="nought")
    if style == "homo":
        return say(num, r, zero="oh", homo=0.7)
    if style == "double":
        return say(num, r, zero=r.choice(["oh", "zero"]), dbl=True)
    if style == "pairs":
        return " ".join(say_pairs(g) for g in card_groups(num))
    if style == "numeric":  # ASR emitting bare digits, one per token
        return " ".join(num)
    if style == "mixed":  # ASR sometimes writes a group as a number
        return " ".join(g if r.random() < .5 else say(g, r) for g in card_groups(num))
    if style == "hyphen":
        return "-".join(say(g, r, zero="oh", sep="-") for g in card_groups(num)).replace("--", "-")
    raise ValueError(style)


def t_card_chat(r):
    ind = r.choice(IND)
    brand = r.choice(["visa", "mc", "amex", "disc", "mc2", "jcb", "diners", "visa"])
    num = card(r, brand)
    g = card_groups(num)
    style = r.randrange(5)
    typed = [" ".join(g), "-".join(g), num, "  ".join(g), " ".join(g).replace(" ", "", 1)][style]
    pre = r.choice(["Hi, can i pay the bill by card? its ", "card number: ", "ok the long number is ",
                    "Card no. ", "here u go ", "Sure - ", "its a debit card, "])
    post = r.choice(["", " thanks", ". let me know if it goes thru", " (" + BRAND_NAME[brand] + ")", "!!", " ty"])
    return [(A, "Please type the long card number when you're ready."), (C, [pre, V(typed, "CARD_NUMBER"), post])], \
        f"chat/{ind}: {brand} card typed ({['spaced', 'dashed', 'unbroken', 'double-spaced', 'irregular'][style]} groups)"


def t_card_call_one(r):
    ind = r.choice(IND)
    brand = r.choice(["visa", "mc", "amex", "disc", "up19", "visa13", "maestro", "mc2"])
    num = card(r, brand)
    style = r.choice(["plain", "nought", "homo", "double", "pairs", "numeric", "mixed", "hyphen"])
    spoken = card_say(num, r, style)
    pre = r.choice(["yeah it's ", "okay so it's ", "right ", "it's a ", "um ", "the card is "])
    if pre == "it's a ":
        pre = "it's a " + BRAND_NAME[brand] + " "
    post = r.choice(["", " and that's it", " did you get that", " um yeah"])
    return [(A, "and the long number across the front of the card please"), (C, [pre, V(spoken, "CARD_NUMBER"), post])], \
        f"call/{ind}: {brand} card spoken in one turn, style={style}"


def t_card_call_split(r):
    ind = r.choice(IND)
    brand = r.choice(["visa", "mc", "amex", "disc", "up19", "mc2"])
    num = card(r, brand)
    gs = card_groups(num)
    style = r.choice(["plain", "homo", "double", "pairs", "nought"])
    backs = ["mhm", "yep", "okay", "go on", "yeah", "uh huh", "got that", "and the next four", "right"]
    turns = [(A, "can i take the card number please when you're ready")]
    for i, g in enumerate(gs):
        spoken = card_say(g, r, style) if style != "pairs" else say_pairs(g)
        pre = r.choice(["", "", "um ", "okay ", "right "]) if i == 0 else r.choice(["", "", "then ", "uh "])
        turns.append((C, [pre, V(spoken, "CARD_NUMBER")] if pre else [V(spoken, "CARD_NUMBER")]))
        if i < len(gs) - 1:
            turns.append((A, r.choice(backs)))
    turns.append((A, "lovely and the expiry"))
    return turns, f"call/{ind}: {brand} card split over {len(gs)} customer turns with back-channels, style={style}"


def t_card_call_correct(r):
    ind = r.choice(IND)
    num = card(r, r.choice(["visa", "mc", "disc"]))
    wrong = num[:4] + str((int(num[4]) + 3) % 10) + num[5:7]
    turns = [(A, "what's the card number"),
             (C, [V(say(wrong, r), "CARD_NUMBER"), r.choice([" no sorry wait ", " hang on that's wrong let me start again ", " oh no scratch that "]),
                  V(say(num, r, zero=r.choice(["oh", "zero"])), "CARD_NUMBER")]),
             (A, "okay thank you")]
    return turns, f"call/{ind}: self-correction, wrong partial card then full restart in same turn (both spans)"


def t_card_call_correct2(r):
    ind = r.choice(IND)
    num = card(r, r.choice(["visa", "mc"]))
    g = card_groups(num)
    bad = g[2][:2] + str((int(g[2][2]) + 1) % 10) + g[2][3]
    turns = [(A, "go ahead with the card number"),
             (C, V(say(g[0] + g[1], r), "CARD_NUMBER")),
             (A, "yep"),
             (C, V(say(bad, r), "CARD_NUMBER")),
             (A, ["sorry was that ", V(say(bad, r), "CARD_NUMBER")]),
             (C, ["no sorry ", V(say(g[2], r), "CARD_NUMBER")]),
             (A, "okay"),
             (C, V(say(g[3], r), "CARD_NUMBER"))]
    # the agent's read-back of the misheard group is still a card fragment read
    # aloud, so it is annotated too
    return turns, f"call/{ind}: card over turns, one group misheard, agent reads it back, customer corrects"


def t_card_exp_cvv_chat(r):
    ind = r.choice(IND)
    brand = r.choice(["visa", "mc", "amex"])
    num = card(r, brand)
    mm, yy = r.randint(1, 12), r.randint(27, 31)
    exp = r.choice([f"{mm:02d}/{yy}", f"{mm:02d}/20{yy}", f"{mm}/{yy}", f"{mm:02d}-{yy}", f"{mm:02d}{yy}", f"{mm:02d} / {yy}"])
    cvv = digits(r, 4 if brand == "amex" else 3)
    fmt = r.randrange(4)
    typed = " ".join(card_groups(num)) if fmt != 2 else num
    if fmt == 0:
        segs = [V(typed, "CARD_NUMBER"), " exp ", V(exp, "EXPIRY"), " cvv ", V(cvv, "CVV")]
    elif fmt == 1:
        segs = ["Card: ", V(typed, "CARD_NUMBER"), ", expiry ", V(exp, "EXPIRY"), ", security code ", V(cvv, "CVV"), "."]
    elif fmt == 2:
        segs = [V(typed, "CARD_NUMBER"), "\n", V(exp, "EXPIRY"), "\n", V(cvv, "CVV")]
    else:
        segs = ["num ", V(typed, "CARD_NUMBER"), " expires ", V(exp, "EXPIRY"), " and the 3 digits on the back r ", V(cvv, "CVV")]
        if brand == "amex":
            segs[-2] = " and the 4 digit code on front is "
    return [(A, "To take the payment I'll need the card number, expiry date and security code."), (C, segs)], \
        f"chat/{ind}: {brand} card + expiry + cvv in one message, layout {fmt}"


def say_expiry(mm: int, yy: int, r: random.Random) -> str:
    s = r.randrange(7)
    if s == 0:
        return pair(f"{mm:02d}") + " " + say_pairs(f"{yy}")
    if s == 1:
        return pair(f"{mm:02d}") + " slash " + say_pairs(f"{yy}")
    if s == 2:
        return ONES[mm] + " " + say_pairs(f"{yy}") if mm < 10 else pair(f"{mm}") + " " + say_pairs(f"{yy}")
    if s == 3:
        return MONTHS[mm - 1] + " " + say_pairs(f"{yy}")
    if s == 4:
        return MONTHS[mm - 1] + " twenty " + say_pairs(f"{yy}")
    if s == 5:
        return say(f"{mm:02d}{yy}", r, zero="zero")
    return MONTHS[mm - 1] + " " + say_year(2000 + yy)


def t_card_exp_cvv_call(r):
    ind = r.choice(IND)
    brand = r.choice(["visa", "mc", "amex", "disc"])
    num = card(r, brand)
    mm, yy = r.randint(1, 12), r.randint(27, 31)
    cvv = digits(r, 4 if brand == "amex" else 3)
    cvv_s = r.choice([say(cvv, r), say(cvv, r, homo=.8), say(cvv, r, dbl=True)])
    if len(cvv) == 3 and cvv[1] != "0" and r.random() < .3:
        cvv_s = ONES[int(cvv[0])] + " " + pair(cvv[1:])  # "seven seventy one"
    turns = [(A, "okay card number please"),
             (C, V(card_say(num, r, r.choice(["plain", "double", "homo"])), "CARD_NUMBER")),
             (A, r.choice(["and the expiry date", "when does it expire", "expiry on that one"])),
             (C, [r.choice(["", "it's ", "er "]), V(say_expiry(mm, yy, r), "EXPIRY")]),
             (A, "and the four digit code on the front above the number" if brand == "amex" else
              r.choice(["and the three digit security code on the back", "last thing the cvv please", "and the security number on the back of the card"])),
             (C, [r.choice(["", "it's ", "that's "]), V(cvv_s, "CVV")])]
    return turns, f"call/{ind}: {brand} card, spoken expiry and cvv each after agent prompt"


def t_exp_cvv_only(r):
    ind = r.choice(IND)
    mm, yy = r.randint(1, 12), r.randint(27, 31)
    cvv = digits(r, 3)
    k = r.randrange(3)
    if k == 0:
        turns = [(A, "can you confirm the expiry and the code on the back for me"),
                 (C, ["yeah expiry's ", V(say_expiry(mm, yy, r), "EXPIRY"), " and the code is ", V(say(cvv, r, homo=.5), "CVV")])]
    elif k == 1:
        turns = [(A, "Thanks. What's the expiry date on the card?"), (C, ["it runs out end of ", V(f"{MONTHS[mm-1].title()} 20{yy}", "EXPIRY")]),
                 (A, "And the CVC?"), (C, V(cvv, "CVV"))]
    else:
        turns = [(A, "what's the expiry"), (C, ["it says valid thru ", V(say_expiry(mm, yy, r), "EXPIRY")]),
                 (A, "and the three digits by the signature strip"), (C, ["um ", V(say(cvv, r, zero="nought"), "CVV"), " i think yeah ", V(say(cvv, r, zero="nought"), "CVV")])]
    return turns, f"{'chat' if k == 1 else 'call'}/{ind}: expiry + security code without the card number, variant {k}"


def t_card_chat_two_msgs(r):
    ind = r.choice(IND)
    num = card(r, r.choice(["visa", "mc"]))
    g = card_groups(num)
    cut = r.choice([1, 2, 3])
    return [(A, "Go ahead with the card number."),
            (C, V(" ".join(g[:cut]), "CARD_NUMBER")),
            (C, [V(" ".join(g[cut:]), "CARD_NUMBER"), r.choice([" sorry hit enter too soon", " (sorry)", "", " oops"])])], \
        f"chat/{ind}: card typed across two consecutive customer messages"


# ---- SSN
def t_ssn_chat(r):
    ind = r.choice(["banking", "insurance", "healthcare billing", "telecom", "utilities"])
    s = ssn(r)
    k = r.randrange(6)
    f = [f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s, f"{s[:3]}.{s[3:5]}.{s[5:]}",
         f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} - {s[3:5]} - {s[5:]}"][k]
    pre = r.choice(["my SSN is ", "SSN: ", "social is ", "ss# ", "Social Security No. ", "sure its ", "ok "])
    post = r.choice(["", " thx", ".", " , dob is on file already", " - is that all u need?"])
    agent = r.choice(["To verify the account, can you provide your Social Security number?",
                      "For security, please confirm your SSN.", "I just need the policy holder's social security number."])
    return [(A, agent), (C, [pre, V(f, "SSN"), post])], f"chat/{ind}: SSN typed, form {k}"


def t_ssn_call(r):
    ind = r.choice(["banking", "insurance", "healthcare billing", "telecom", "retail"])
    s = ssn(r)
    k = r.randrange(7)
    if k == 0:
        sp = say(s, r, zero="zero")
    elif k == 1:
        sp = say(s[:3], r) + " " + say(s[3:5], r) + " " + say(s[5:], r, homo=.8)
    elif k == 2:
        sp = say(s[:3], r) + " dash " + say(s[3:5], r) + " dash " + say(s[5:], r)
    elif k == 3:
        sp = ONES[int(s[0])] + " " + pair(s[1:3]) + " " + pair(s[3:5]) + " " + say_pairs(s[5:])
        if s[0] == "0":
            sp = "oh " + pair(s[1:3]) + " " + pair(s[3:5]) + " " + say_pairs(s[5:])
    elif k == 4:
        sp = say(s, r, dbl=True)
    elif k == 5:
        sp = " ".join(s)
    else:
        sp = say(s[:3], r, zero="o") + " " + pair(s[3:5]) + " " + say(s[5:], r, zero="o")
    pre = r.choice(["it's ", "my social is ", "social security number is ", "yeah the social is ", "okay ", "sure it's "])
    agent = r.choice(["can i get the last name and social security number on the account",
                      "and for verification your social please",
                      "i'll need the patient's social security number"])
    return [(A, agent), (C, [pre, V(sp, "SSN")])], f"call/{ind}: SSN spoken in one turn, variant {k}"


def t_ssn_split(r):
    ind = r.choice(["banking", "insurance", "healthcare billing", "telecom"])
    s = ssn(r)
    parts = [s[:3], s[3:5], s[5:]]
    st = r.choice(["plain", "homo", "pairs"])
    def sp(p):
        if st == "pairs" and len(p) >= 2:
            return say_pairs(p) if len(p) % 2 == 0 else ONES[int(p[0])] + " " + say_pairs(p[1:]) if p[0] != "0" else "oh " + say_pairs(p[1:])
        return say(p, r, homo=.6 if st == "homo" else 0)
    turns = [(A, "okay what's your social security number"),
             (C, ["it's ", V(sp(parts[0]), "SSN")]), (A, r.choice(["mhm", "okay", "yes"])),
             (C, V(sp(parts[1]), "SSN")), (A, r.choice(["yep", "go on", "and"])),
             (C, [V(sp(parts[2]), "SSN"), r.choice(["", " that's it"])])]
    return turns, f"call/{ind}: SSN split 3-2-4 over three customer turns, style={st}"


def t_ssn_correct(r):
    ind = r.choice(["banking", "insurance", "healthcare billing"])
    s = ssn(r)
    wrong = s[:5] + str((int(s[5]) + 2) % 10) + s[6:]
    k = r.randrange(2)
    if k == 0:
        turns = [(A, "and the social"),
                 (C, [V(say(wrong, r), "SSN"), " no sorry that's my wife's ", V(say(s, r), "SSN")]),
                 (A, "okay")]
    else:
        turns = [(A, "Please confirm your social security number."),
                 (C, V(f"{wrong[:3]}-{wrong[3:5]}-{wrong[5:]}", "SSN")),
                 (C, ["sorry typo, ", V(f"{s[:3]}-{s[3:5]}-{s[5:]}", "SSN")])]
    return turns, f"{'call' if k == 0 else 'chat'}/{ind}: SSN with self-correction (both values annotated)"


def t_ssn_context_agent(r):
    ind = r.choice(["healthcare billing", "insurance", "banking"])
    s = ssn(r)
    k = r.randrange(3)
    if k == 0:
        turns = [(A, "i can see the account can you read me the full social on it"),
                 (C, ["uh yeah ", V(say(s[:3], r) + " " + say(s[3:5], r) + " " + say(s[5:], r), "SSN"), " hold on let me check that's it yeah"])]
    elif k == 1:
        turns = [(C, ["my son is on my plan his social is ", V(say_pairs(s[:2]) + " " + say(s[2:], r), "SSN")]),
                 (A, "thank you one moment")]
    else:
        turns = [(A, "What's the member's social?"), (C, [V(f"{s[:3]}{s[3:5]}-{s[5:]}", "SSN"), " (its for my dad)"])]
    return turns, f"{'call' if k < 2 else 'chat'}/{ind}: SSN of customer or dependant, variant {k}"


# ---- NI number
def t_ni_chat(r):
    ind = r.choice(["banking", "insurance", "utilities", "telecom", "healthcare billing"])
    n = ni(r)
    k = r.randrange(6)
    f = [n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", n.lower(), f"{n[:2]}{n[2:8]} {n[8]}",
         f"{n[:2]} {n[2:8]} {n[8]}", f"{n[:2].lower()} {n[2:4]} {n[4:6]} {n[6:8]} {n[8].lower()}"][k]
    pre = r.choice(["NI number is ", "my national insurance no. ", "NINO: ", "its ", "ni no - ", "National Insurance: "])
    post = r.choice(["", " thanks", ".", " if that helps", " x"])
    return [(A, "Can I take your National Insurance number please?"), (C, [pre, V(f, "NI_NUMBER"), post])], \
        f"chat/{ind}: NI number typed, form {k}"


def t_ni_call(r):
    ind = r.choice(["banking", "insurance", "utilities", "telecom", "healthcare billing"])
    n = ni(r)
    k = r.randrange(8)
    L, D, S = n[:2], n[2:8], n[8]
    if k == 0:
        sp = letters(L, r, "plain") + " " + say(D, r) + " " + S.lower()
    elif k == 1:
        sp = letters(L, r, "nato") + " " + say(D, r, zero="zero") + " " + NATO[S]
    elif k == 2:
        sp = letters(L, r, "for") + " " + say(D, r) + " " + letters(S, r, "for")
    elif k == 3:
        sp = letters(L, r, "plain") + " " + say_pairs(D) + " " + S.lower()
    elif k == 4:
        sp = letters(L, r, "plain") + " " + say(D, r, dbl=True) + " " + S.lower()
    elif k == 5:
        sp = letters(L, r, "homo") + " " + say(D, r, homo=.6) + " " + letters(S, r, "homo")
    elif k == 6:
        sp = letters(L, r, "asin") + " " + say(D, r) + " " + S.lower()
    else:
        sp = L.lower() + " " + " ".join(D) + " " + S.lower()
    pre = r.choice(["it's ", "yeah it's ", "okay ", "um ", "national insurance is "])
    return [(A, r.choice(["and your national insurance number please", "can you confirm your n i number",
                          "what's the ni number"])), (C, [pre, V(sp, "NI_NUMBER")])], \
        f"call/{ind}: NI spoken in one turn, variant {k} ({['letters', 'nato', 'x for xray', 'pairs', 'double', 'letter homophones', 'as in', 'numeric digits'][k]})"


def t_ni_split(r):
    ind = r.choice(["banking", "insurance", "utilities", "healthcare billing"])
    n = ni(r)
    L, D, S = n[:2], n[2:8], n[8]
    lstyle = r.choice(["plain", "nato", "for"])
    dig = r.choice([say(D[:2], r) + "|" + say(D[2:4], r) + "|" + say(D[4:], r),
                    say_pairs(D[:2]) + "|" + say_pairs(D[2:4]) + "|" + say_pairs(D[4:]),
                    say(D[:3], r) + "|" + say(D[3:], r)]).split("|")
    turns = [(A, "okay go ahead with your national insurance number"),
             (C, [r.choice(["", "right ", "it's "]), V(letters(L, r, lstyle), "NI_NUMBER")])]
    for d in dig:
        turns.append((A, r.choice(["yep", "mhm", "okay", "got that"])))
        turns.append((C, V(d, "NI_NUMBER")))
    turns.append((A, "and the letter at the end"))
    turns.append((C, [r.choice(["", "it's ", "that's "]), V(letters(S, r, r.choice(["plain", "nato", "for"])), "NI_NUMBER")]))
    return turns, f"call/{ind}: NI split over {len(dig) + 2} customer turns, letters {lstyle}"


def t_ni_correct(r):
    ind = r.choice(["banking", "insurance", "utilities"])
    n = ni(r)
    L, D, S = n[:2], n[2:8], n[8]
    turns = [(A, "national insurance number please"),
             (C, [V(letters(L, r, "plain") + " " + say(D, r), "NI_NUMBER"), " um i can't remember the letter at the end"]),
             (A, "no problem it should be on a payslip"),
             (C, ["oh here it is it's ", V(S.lower(), "NI_NUMBER"), " ", V(letters(S, r, "for"), "NI_NUMBER")])]
    # single-letter suffix said twice ("c c for charlie"): two spans of the same value
    return turns, f"call/{ind}: NI number with suffix letter found later and repeated with phonetic"


def t_ni_agent_readback(r):
    ind = r.choice(["banking", "insurance", "healthcare billing"])
    n = ni(r)
    L, D, S = n[:2], n[2:8], n[8]
    sp = letters(L, r, "plain") + " " + say(D, r) + " " + S.lower()
    turns = [(C, ["my ni number is ", V(sp, "NI_NUMBER")]),
             (A, ["let me read that back ", V(sp, "NI_NUMBER"), " is that right"]),
             (C, "yes that's right")]
    return turns, f"call/{ind}: NI number spoken by customer then read back by agent (both annotated)"


# ---- bank account / sort code / IBAN
def t_bank_chat(r):
    ind = r.choice(["banking", "utilities", "insurance", "telecom"])
    sc = digits(r, 6)
    acc = digits(r, 8)
    k = r.randrange(5)
    scf = [f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", f"{sc[:2]} {sc[2:4]} {sc[4:]}", sc, f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", f"{sc[:2]}.{sc[2:4]}.{sc[4:]}"][k]
    if k == 3:
        segs = ["acc ", V(acc, "BANK_ACCOUNT"), " / sc ", V(scf, "SORT_CODE")]
    else:
        segs = [r.choice(["Sort code ", "sort: ", "s/c "]), V(scf, "SORT_CODE"), r.choice([", account number ", " acc no ", " and account "]),
                V(acc if r.random() < .7 else f"{acc[:4]} {acc[4:]}", "BANK_ACCOUNT"), r.choice(["", ". Thanks", " cheers"])]
    return [(A, "What bank details would you like the direct debit to come from?"), (C, segs)], \
        f"chat/{ind}: UK sort code + account number typed, form {k}"


def t_bank_call(r):
    ind = r.choice(["banking", "utilities", "insurance", "telecom"])
    sc = digits(r, 6)
    acc = digits(r, 8)
    k = r.randrange(4)
    scs = [say(sc, r), say_pairs(sc), say(sc, r, dbl=True, zero="zero"), say(sc, r, homo=.7)][k]
    accs = [say(acc, r), say(acc[:4], r) + " " + say(acc[4:], r, dbl=True), say_pairs(acc), " ".join(acc)][r.randrange(4)]
    turns = [(A, "okay what's the sort code"),
             (C, [r.choice(["it's ", "", "um "]), V(scs, "SORT_CODE")]),
             (A, "and the account number"),
             (C, V(accs, "BANK_ACCOUNT"))]
    return turns, f"call/{ind}: sort code (variant {k}) and account number spoken after prompts"


def t_bank_split(r):
    ind = r.choice(["banking", "utilities", "insurance"])
    sc = digits(r, 6)
    acc = digits(r, 8)
    turns = [(A, "i'll need the sort code and account number for the refund"),
             (C, ["sort code ", V(say_pairs(sc[:2]), "SORT_CODE")]), (A, "yep"),
             (C, V(say_pairs(sc[2:4]), "SORT_CODE")), (A, "mhm"),
             (C, V(say_pairs(sc[4:]), "SORT_CODE")),
             (A, "and the account number"),
             (C, V(say(acc[:4], r), "BANK_ACCOUNT")), (A, "okay"),
             (C, [V(say(acc[4:], r), "BANK_ACCOUNT"), " that's a santander account"])]
    return turns, f"call/{ind}: sort code in pairs over three turns, account over two"


def t_bank_us(r):
    ind = r.choice(["banking", "utilities", "insurance", "healthcare billing"])
    acc = digits(r, r.choice([10, 11, 12]), "123456789")
    k = r.randrange(3)
    if k == 0:
        turns = [(A, "What's the checking account number you want the refund sent to?"),
                 (C, ["checking acct # ", V(acc, "BANK_ACCOUNT")])]
    elif k == 1:
        turns = [(A, "and the account number on the checking account"),
                 (C, ["okay it's ", V(say(acc, r, dbl=True), "BANK_ACCOUNT")])]
    else:
        turns = [(A, "what account should the autopay draw from"),
                 (C, ["the savings account number is ", V(say(acc[:5], r), "BANK_ACCOUNT")]), (A, "go on"),
                 (C, V(say(acc[5:], r), "BANK_ACCOUNT"))]
    return turns, f"{'chat' if k == 0 else 'call'}/{ind}: US bank account number {len(acc)} digits, variant {k}"


def t_iban_chat(r):
    ind = r.choice(["banking", "retail", "insurance", "utilities"])
    c = r.choice(["GB", "DE", "FR", "ES", "NL", "IE", "IT", "PL"])
    ib = iban(r, c)
    k = r.randrange(4)
    grouped = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    f = [grouped, ib, grouped.lower(), ib.lower()][k]
    pre = r.choice(["IBAN: ", "my iban is ", "here's the IBAN ", "pls refund to ", "Bank: IBAN "])
    return [(A, "Could you send the IBAN for the refund?"), (C, [pre, V(f, "IBAN"), r.choice(["", " thanks", " (its a " + c + " account)"])])], \
        f"chat/{ind}: {c} IBAN typed, form {k}"


def t_iban_call(r):
    ind = r.choice(["banking", "retail", "insurance", "utilities"])
    c = r.choice(["GB", "DE", "IE", "NL", "FR"])
    ib = iban(r, c)
    lst = r.choice(["plain", "nato", "for"])
    def sp(chunk):
        out = []
        for ch in chunk:
            if ch.isdigit():
                out.append(ONES[int(ch)] if ch != "0" else r.choice(["zero", "oh"]))
            else:
                out.append(letters(ch, r, lst))
        return " ".join(out)
    groups = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    one_turn = r.random() < .35
    turns = [(A, "okay read me the iban when you're ready")]
    if one_turn:
        turns.append((C, ["it's ", V(" ".join(sp(g) for g in groups), "IBAN")]))
    else:
        for i, g in enumerate(groups):
            turns.append((C, V(sp(g), "IBAN")))
            if i < len(groups) - 1:
                turns.append((A, r.choice(["yep", "mhm", "okay", "next"])))
    return turns, f"call/{ind}: {c} IBAN spoken {'in one turn' if one_turn else f'in {len(groups)} groups of four over turns'}, letters {lst}"


# ---- phone
def t_phone_chat(r):
    ind = r.choice(IND)
    k = r.randrange(8)
    if k == 0:
        p = uk_mobile(r); f = f"{p[:5]} {p[5:]}"
    elif k == 1:
        p = uk_mobile(r); f = f"+44 {p[1:5]} {p[5:]}"
    elif k == 2:
        p = us_phone(r); f = f"({p[:3]}) {p[3:6]}-{p[6:]}"
    elif k == 3:
        p = us_phone(r); f = f"{p[:3]}-{p[3:6]}-{p[6:]}"
    elif k == 4:
        p = us_phone(r); f = f"+1 {p[:3]} {p[3:6]} {p[6:]}"
    elif k == 5:
        p = uk_land(r); f = f"{p[:4]} {p[4:7]} {p[7:]}"
    elif k == 6:
        p = "8" + r.choice("35679") + digits(r, 7); f = f"+353 {p[:2]} {p[2:5]} {p[5:]}"
    else:
        p = uk_mobile(r); f = p
    pre = r.choice(["best number is ", "call me on ", "my mob is ", "tel: ", "u can reach me at ", "Contact number - "])
    post = r.choice(["", " after 5pm", " thanks", ". Ask for " + r.choice(FIRST).title(), " (mobile)"])
    return [(A, "What's the best number to reach you on?"), (C, [pre, V(f, "PHONE"), post])], f"chat/{ind}: phone typed, form {k}"


def t_phone_call(r):
    ind = r.choice(IND)
    k = r.randrange(8)
    if k == 0:
        p = uk_mobile(r); sp = say(p, r)
    elif k == 1:
        p = uk_mobile(r); sp = "plus four four " + say(p[1:], r, dbl=True)
    elif k == 2:
        p = uk_mobile(r); sp = "double oh four four " + say(p[1:], r)
    elif k == 3:
        p = us_phone(r); sp = say(p[:3], r) + " " + say(p[3:6], r) + " " + say(p[6:], r, homo=.7)
    elif k == 4:
        p = us_phone(r); sp = say(p[:3], r) + " " + say(p[3:6], r) + " " + say_pairs(p[6:])
    elif k == 5:
        p = uk_land(r); sp = say(p[:4], r) + " " + say(p[4:], r, dbl=True)
    elif k == 6:
        p = us_phone(r); sp = "plus one " + say(p, r, zero="zero")
    else:
        p = uk_mobile(r); sp = say(p[:5], r, zero="o", dbl=True) + " " + say_pairs(p[5:])
    pre = r.choice(["yeah it's ", "it's ", "my mobile is ", "you can get me on ", "um "])
    return [(A, r.choice(["and a contact number", "what's the best number to call you back on", "can i take a phone number"])),
            (C, [pre, V(sp, "PHONE")])], f"call/{ind}: phone spoken one turn, variant {k}"


def t_phone_split(r):
    ind = r.choice(IND)
    p = uk_mobile(r) if r.random() < .6 else us_phone(r)
    if len(p) == 11:
        parts = [p[:5], p[5:8], p[8:]]
    else:
        parts = [p[:3], p[3:6], p[6:]]
    st = r.choice(["plain", "double", "homo"])
    turns = [(A, "what number should the engineer call")]
    for i, q in enumerate(parts):
        turns.append((C, V(say(q, r, dbl=st == "double", homo=.6 if st == "homo" else 0), "PHONE")))
        if i < len(parts) - 1:
            turns.append((A, r.choice(["yep", "mhm", "okay", "uh huh"])))
    return turns, f"call/{ind}: {'uk mobile' if len(p) == 11 else 'us number'} split over three customer turns, style={st}"


def t_phone_two(r):
    ind = r.choice(IND)
    m = uk_mobile(r)
    l = uk_land(r)
    return [(A, "is there a second number we can try"),
            (C, ["yeah my home number is ", V(say(l, r), "PHONE"), " or the mobile ", V(say(m, r, dbl=True), "PHONE"), " is better in the day"])], \
        f"call/{ind}: two phone numbers in one turn (landline + mobile)"


def t_phone_correct(r):
    ind = r.choice(IND)
    m = uk_mobile(r)
    wrong = m[:6] + str((int(m[6]) + 5) % 10)
    return [(A, "what's your mobile number"),
            (C, [V(say(wrong, r), "PHONE"), " no hold on ", V(say(m, r), "PHONE")])], \
        f"call/{ind}: phone with restart after wrong partial (both annotated)"


# ---- email
def email_parts(r):
    f, l = r.choice(FIRST), r.choice(LAST).replace("'", "")
    dom = r.choice(DOMAINS)
    k = r.randrange(5)
    local = [f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f[0]}.{l}", f"{f}_{l}", f"{f}{l[0]}{r.randint(1970, 2004)}"][k]
    return local, dom


def t_email_chat(r):
    ind = r.choice(IND)
    local, (d, tld) = email_parts(r)
    e = f"{local}@{d}.{tld}"
    if r.random() < .3:
        e = e[0].upper() + e[1:]
    pre = r.choice(["email is ", "its ", "my email: ", "send it to ", "e-mail ", ""])
    post = r.choice(["", " thanks", ".", " pls", " - not the old one"])
    return [(A, "What email address should we send the confirmation to?"), (C, [pre, V(e, "EMAIL"), post])], f"chat/{ind}: email typed"


def spoken_local(local: str, r: random.Random, spell: bool) -> str:
    out = []
    for piece in re.split(r"([._])", local):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        elif piece.isdigit():
            out.append(say_pairs(piece) if len(piece) in (2, 4) else say(piece, r))
        else:
            m = re.match(r"([a-z]+)(\d*)$", piece)
            w, num = m.group(1), m.group(2)
            if spell and len(w) > 1:
                out.append(w + " " + " ".join(w))
            else:
                out.append(w)
            if num:
                out.append(say_pairs(num) if len(num) in (2, 4) else say(num, r))
    return " ".join(out)


def t_email_call(r):
    ind = r.choice(IND)
    local, (d, tld) = email_parts(r)
    spell = r.random() < .4
    sp = spoken_local(local, r, spell) + " at " + d + " dot " + tld.replace(".", " dot ")
    k = r.randrange(3)
    if k == 0:
        turns = [(A, "and an email address"), (C, ["yeah it's ", V(sp, "EMAIL")])]
    elif k == 1:
        turns = [(A, "what's the email on the account"), (C, [V(spoken_local(local, r, spell), "EMAIL")]), (A, "okay at"),
                 (C, [V("at " + d + " dot " + tld.replace(".", " dot "), "EMAIL")])]
    else:
        turns = [(A, "can you spell the email for me"), (C, ["it's ", V(sp, "EMAIL"), " all lower case"])]
    return turns, f"call/{ind}: email spoken{' with spelled-out name' if spell else ''}, variant {k}"


def t_email_spelled(r):
    ind = r.choice(IND)
    f, l = r.choice(FIRST), r.choice(LAST).replace("'", "")
    d, tld = r.choice(DOMAINS)
    k = r.randrange(4)
    if k == 3:
        sp = f"{f} underscore {l} at sign {d} dot " + tld.replace(".", " dot ")
    elif k == 0:
        sp = " ".join(f[0]) + " dot " + " ".join(l) + " at " + d + " dot " + tld.replace(".", " dot ")
    elif k == 1:
        sp = " ".join(f"{c} for {NATO[c.upper()]}" if c in "bdfmnpstv" else c for c in l) + " at " + d + " dot " + tld.replace(".", " dot ")
    else:
        sp = "-".join(f) + " at " + d + " dot " + tld.replace(".", " dot ")
    return [(A, "sorry can you spell that"), (C, [V(sp, "EMAIL")])], f"call/{ind}: email letter by letter, variant {k}"


# ---- DOB
def dob_typed(d, m, y, r):
    k = r.randrange(8)
    return [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}", f"{sfx(d)} {MONTHS[m-1].title()} {y}",
            f"{MONTHS[m-1].title()} {d}, {y}", f"{d:02d}.{m:02d}.{y}", f"{m:02d}/{d:02d}/{y}", f"{d} {MONTHS[m-1][:3]} {y}"][k]


def dob_spoken(d, m, y, r):
    k = r.randrange(8)
    yy = str(y)[2:]
    ys = say_pairs(yy) if y < 2000 else ("oh " + ONES[int(yy[1])] if yy[0] == "0" and yy[1] != "0" else say_pairs(yy))
    if k == 0:
        return f"{ORD[d]} of {MONTHS[m-1]} {say_year(y)}"
    if k == 1:
        return f"{ORD[d]} of {MONTHS[m-1]} {ys}"
    if k == 2:
        return f"{MONTHS[m-1]} {ORD[d]} {say_year(y)}"
    if k == 3:
        return f"{pair(f'{d:02d}')} {pair(f'{m:02d}')} {ys}"
    if k == 4:
        return f"{say_num(d)} {say_num(m)} {ys}"
    if k == 5:
        return f"{ORD[d]} of the {ORD[m]} {ys}"
    if k == 6:
        return f"{ORD[d]} {MONTHS[m-1]} {say_year(y)}"
    return f"{say(f'{d:02d}', r)} {say(f'{m:02d}', r)} {say(str(y), r)}"


def dob_lead(sp, r):
    w = sp.split()
    if (" of " in sp or (w[0] not in MONTHS and any(x in MONTHS for x in w))) and r.random() < .75:
        return "the "
    return ""


def t_dob_chat(r):
    ind = r.choice(IND)
    d, m, y = dob(r)
    pre = r.choice(["DOB ", "date of birth: ", "born ", "my dob is ", "d.o.b. ", "birthday is "])
    return [(A, "To confirm your identity, please give your date of birth."), (C, [pre, V(dob_typed(d, m, y, r), "DOB"), r.choice(["", " thanks", "."])])], \
        f"chat/{ind}: DOB typed"


def t_dob_call(r):
    ind = r.choice(IND)
    d, m, y = dob(r)
    sp = dob_spoken(d, m, y, r)
    lead = dob_lead(sp, r)
    pre = r.choice(["it's ", "", "yeah ", "i was born on ", "um "])
    return [(A, r.choice(["and can you confirm your date of birth", "date of birth please", "and the account holder's date of birth"])),
            (C, [pre + lead, V(sp, "DOB")])], f"call/{ind}: DOB spoken ({sp.split()[0]} ...)"


def t_dob_split(r):
    ind = r.choice(IND)
    d, m, y = dob(r)
    turns = [(A, "date of birth please"), (C, ["the ", V(ORD[d], "DOB")]), (A, "yep"),
             (C, ["of ", V(MONTHS[m - 1], "DOB")]), (A, "and the year"), (C, V(say_year(y), "DOB"))]
    return turns, f"call/{ind}: DOB given day / month / year across three turns"


def t_dob_dependant(r):
    ind = r.choice(["insurance", "healthcare billing", "telecom"])
    d, m, y = dob(r)
    k = r.randrange(2)
    if k == 0:
        turns = [(C, ["i want to add my daughter to the policy her date of birth is ", V(dob_spoken(d, m, y, r), "DOB")]),
                 (A, "lovely thank you")]
    else:
        turns = [(A, "Patient DOB?"), (C, [V(dob_typed(d, m, y, r), "DOB"), " (I'm his carer)"])]
    return turns, f"{'call' if k == 0 else 'chat'}/{ind}: DOB of dependant / patient"


def t_dob_correct(r):
    ind = r.choice(IND)
    d, m, y = dob(r)
    y2 = y + 1
    return [(A, "date of birth"), (C, [V(f"{ORD[d]} of {MONTHS[m-1]} {say_pairs(str(y2)[2:]) if y2 < 2000 else say_year(y2)}", "DOB"),
                                         " no sorry ", V(say_pairs(str(y)[2:]) if y < 2000 else say_year(y), "DOB")])], \
        f"call/{ind}: DOB with corrected year (both annotated)"


# ---- postcode / address
def pc_spoken(out, inw, r, style):
    def sp(s):
        o = []
        i = 0
        while i < len(s):
            ch = s[i]
            if style == "double" and i + 1 < len(s) and s[i + 1] == ch:
                o.append("double " + (letters(ch, r, "plain") if ch.isalpha() else ONES[int(ch)]))
                i += 2
                continue
            if ch.isdigit():
                o.append(ONES[int(ch)] if ch != "0" else "zero")
            elif style == "nato":
                o.append(NATO[ch])
            elif style == "for":
                o.append(letters(ch, r, "for"))
            elif style == "homo":
                o.append(letters(ch, r, "homo"))
            else:
                o.append(ch.lower())
            i += 1
        return " ".join(o)
    return sp(out), sp(inw)


def t_pc_chat(r):
    ind = r.choice(IND)
    out, inw = uk_pc(r)
    k = r.randrange(4)
    f = [f"{out} {inw}", f"{out}{inw}".lower(), f"{out} {inw}".lower(), f"{out}{inw}"][k]
    pre = r.choice(["postcode is ", "pc: ", "its ", "Post code ", "postcode "])
    return [(A, "And the postcode at the property?"), (C, [pre, V(f, "POSTCODE"), r.choice(["", " thanks", "."])])], \
        f"chat/{ind}: UK postcode typed, form {k}"


def t_pc_call(r):
    ind = r.choice(IND)
    out, inw = uk_pc(r)
    style = r.choice(["plain", "nato", "for", "double", "homo"])
    a, b = pc_spoken(out, inw, r, style)
    split = r.random() < .4
    if split:
        turns = [(A, "what's the postcode there"), (C, ["it's ", V(a, "POSTCODE")]), (A, "yep"), (C, V(b, "POSTCODE"))]
    else:
        turns = [(A, "can i take the postcode"), (C, [r.choice(["yeah it's ", "", "um "]), V(a + " " + b, "POSTCODE")])]
    return turns, f"call/{ind}: UK postcode {out} {inw} spoken, letters {style}{', outward/inward split over turns' if split else ''}"


def t_zip(r):
    ind = r.choice(IND)
    z = digits(r, 5, "123456789")
    k = r.randrange(5)
    if k == 0:
        turns = [(A, "What's the billing ZIP code?"), (C, ["zip ", V(z, "POSTCODE")])]
    elif k == 1:
        turns = [(A, "Billing zip?"), (C, V(f"{z}-{digits(r, 4)}", "POSTCODE"))]
    elif k == 2:
        turns = [(A, "and the zip code on the account"), (C, ["it's ", V(say(z, r, zero="oh"), "POSTCODE")])]
    elif k == 3:
        turns = [(A, "zip code please"), (C, V(say(z, r, dbl=True), "POSTCODE"))]
    else:
        turns = [(A, "what's your zip"), (C, [V(say_pairs(z[:2]) + " " + say(z[2:], r), "POSTCODE"), " i think"])]
    return turns, f"{'chat' if k < 2 else 'call'}/{ind}: US ZIP code, variant {k}"


def t_addr_uk_chat(r):
    ind = r.choice(IND)
    num = r.randint(1, 240)
    st = f"{r.choice(STREETS)} {r.choice(SUFFIX_UK)}"
    out, inw = uk_pc(r)
    town = r.choice(TOWNS_UK)
    k = r.randrange(4)
    if k == 0:
        segs = ["new address is ", V(f"{num} {st}", "ADDRESS"), f", {town} ", V(f"{out} {inw}", "POSTCODE")]
    elif k == 1:
        segs = [V(f"Flat {r.randint(1, 30)}, {num} {st}", "ADDRESS"), f", {town}, ", V(f"{out} {inw}", "POSTCODE")]
    elif k == 2:
        segs = ["its ", V(f"{num}{r.choice('abc')} {st.lower()}", "ADDRESS"), " ", V(f"{out}{inw}".lower(), "POSTCODE")]
    else:
        segs = ["moved to ", V(f"Apartment {r.randint(1, 60)}, {r.choice(['Harbour', 'Riverside', 'Mill', 'Kings'])} {r.choice(['Court', 'House', 'View'])}, {num} {st}", "ADDRESS"), " last week"]
    return [(A, "What's the address you'd like the bill sent to?"), (C, segs)], f"chat/{ind}: UK address typed, form {k}"


def t_addr_uk_call(r):
    ind = r.choice(IND)
    num = r.randint(1, 240)
    st = f"{r.choice(STREETS)} {r.choice(SUFFIX_UK)}".lower()
    out, inw = uk_pc(r)
    a, b = pc_spoken(out, inw, r, r.choice(["plain", "nato"]))
    k = r.randrange(4)
    if k == 0:
        turns = [(A, "and the first line of the address"), (C, ["it's ", V(f"{say_num(num)} {st}", "ADDRESS")]),
                 (A, "and the postcode"), (C, V(f"{a} {b}", "POSTCODE"))]
    elif k == 1:
        turns = [(A, "what's the address"), (C, [V(f"flat {say_num(r.randint(1, 20))} {say_num(num)} {st}", "ADDRESS"), " in " + r.choice(TOWNS_UK).lower()])]
    elif k == 2:
        turns = [(A, "can you confirm the address"), (C, ["yeah it's ", V(f"{say(str(num), r)} {st}", "ADDRESS"), " ", V(f"{a} {b}", "POSTCODE")])]
    else:
        turns = [(A, "what's the house number"), (C, V(say_num(num), "ADDRESS")), (A, "and the street"),
                 (C, V(st, "ADDRESS"))]
    return turns, f"call/{ind}: UK street address spoken, variant {k}"


def t_addr_us(r):
    ind = r.choice(IND)
    num = r.randint(100, 9899)
    st = f"{r.choice(STREETS)} {r.choice(SUFFIX_US)}"
    town, state = r.choice(TOWNS_US)
    z = digits(r, 5, "123456789")
    k = r.randrange(3)
    if k == 0:
        turns = [(A, "What's the service address?"), (C, [V(f"{num} {st}", "ADDRESS"), f", {town}, {state} ", V(z, "POSTCODE")])]
    elif k == 1:
        turns = [(A, "Shipping address?"), (C, [V(f"{num} {st} Apt {r.randint(1, 30)}{r.choice('ABCD')}", "ADDRESS"), f" {town} {state} ", V(z, "POSTCODE")])]
    else:
        s_num = say_pairs(str(num)) if len(str(num)) == 4 else ONES[int(str(num)[0])] + " " + pair(str(num)[1:])
        turns = [(A, "and the street address"), (C, [V(f"{s_num} {st.lower()}", "ADDRESS"), " apartment " + ONES[r.randint(1, 9)]]),
                 (A, "and the zip"), (C, V(say(z, r), "POSTCODE"))]
    if k == 2:
        # apartment is part of the street address: rebuild with it inside the span
        apt = " apartment " + ONES[r.randint(1, 9)]
        turns[1] = (C, [V(f"{s_num} {st.lower()}{apt}", "ADDRESS")])
    return turns, f"{'chat' if k < 2 else 'call'}/{ind}: US street address with ZIP, variant {k}"


# ---- mixed ID&V
def t_idv_mix(r):
    ind = r.choice(IND)
    d, m, y = dob(r)
    out, inw = uk_pc(r)
    a, b = pc_spoken(out, inw, r, "plain")
    num = r.randint(1, 120)
    st = f"{r.choice(STREETS)} {r.choice(SUFFIX_UK)}".lower()
    turns = [(A, "before i can discuss the account i need to run through security can i have your date of birth"),
             (C, None),
             (A, "and the first line of your address and postcode"),
             (C, [V(f"{say_num(num)} {st}", "ADDRESS"), " ", V(f"{a} {b}", "POSTCODE")])]
    sp = dob_spoken(d, m, y, r)
    turns[1] = (C, ["yeah it's " + dob_lead(sp, r), V(sp, "DOB")])
    return turns, f"call/{ind}: ID&V sequence, DOB then address + postcode"


def t_chat_profile(r):
    ind = r.choice(IND)
    local, (dd, tld) = email_parts(r)
    p = uk_mobile(r)
    d, m, y = dob(r)
    return [(A, "I can update your details - what's changed?"),
            (C, ["new email ", V(f"{local}@{dd}.{tld}", "EMAIL"), " and mob ", V(f"{p[:5]} {p[5:8]} {p[8:]}", "PHONE"),
                 ". also ur system has my dob wrong it should be ", V(dob_typed(d, m, y, r), "DOB")])], \
        f"chat/{ind}: several details updated in one message (email, phone, DOB)"


# ==========================================================================
# NEGATIVE TEMPLATES
# ==========================================================================
def n_money(r):
    ind = r.choice(IND)
    p1 = r.randint(10, 400)
    p2 = r.randint(1, 99)
    k = r.randrange(4)
    if k == 0:
        return [(A, "what was the amount you were charged"), (C, f"it was {say_num(p1)} pounds {say_num(p2)} and it should have been {say_num(p1 - 5)} {say_num(p2)}")], \
            f"call/{ind}: money amounts spoken"
    if k == 1:
        return [(C, f"Why is my bill £{p1}.{p2:02d} this month?? It's normally £{p1 - 12}.50"), (A, f"I can see a one-off charge of £{12 + p2 // 10}.00 for roaming.")], \
            f"chat/{ind}: typed money amounts"
    if k == 2:
        return [(A, "so the total comes to forty one eleven"), (C, "forty one pounds eleven okay and that's including vat"), (A, "yes twenty percent vat")], \
            f"call/{ind}: price said as 'forty one eleven', percentage"
    return [(C, f"I paid ${p1 * 10:,}.{p2:02d} on the 3rd and another ${p1}.00 on the 17th, can u check"), (A, "I can see both payments, thanks.")], \
        f"chat/{ind}: dollar amounts with thousands separator and dates of payments"


def n_order(r):
    ind = r.choice(["retail", "telecom", "utilities"])
    o = digits(r, r.randint(6, 10), "123456789")
    k = r.randrange(4)
    if k == 0:
        return [(A, "Do you have your order number?"), (C, f"yes it's {o}, ordered on the {sfx(r.randint(1, 28))} of {MONTHS[r.randrange(12)].title()}")], \
            f"chat/{ind}: {len(o)}-digit order number + order date"
    if k == 1:
        return [(A, "what's the order reference"), (C, f"it's {say(o, r)}"), (A, f"thank you so that's order {say(o, r)} for two items")], \
            f"call/{ind}: order number read digit by digit by customer and agent"
    if k == 2:
        return [(C, f"Order #{o} still hasn't arrived, tracking says it left the depot at 06:42"), (A, "Sorry about that, let me look.")], \
            f"chat/{ind}: order number and timestamp"
    return [(A, "i've raised a ticket for you the reference is " + say_pairs(o[:6])), (C, "okay " + say_pairs(o[:6]) + " thank you")], \
        f"call/{ind}: ticket reference said in pairs"


def n_time_date(r):
    ind = r.choice(IND)
    k = r.randrange(5)
    d = r.randint(1, 28)
    mo = MONTHS[r.randrange(12)]
    if k == 0:
        return [(A, f"i can book an engineer for the {ORD[d]} of {mo} between eight and one"), (C, "the morning's fine yeah eight till one")], \
            f"call/{ind}: appointment date and time window, not a birth date"
    if k == 1:
        return [(C, f"my appointment was moved to {d:02d}/{r.randint(1, 12):02d}/2027 at 14:30 and I never got a text"), (A, "I'm sorry, I'll add a note.")], \
            f"chat/{ind}: appointment date typed in full dd/mm/yyyy, not a DOB"
    if k == 2:
        return [(A, "the contract started on the first of march twenty twenty four and ends after twenty four months"),
                (C, "so that's march twenty six")], f"call/{ind}: contract dates and durations"
    if k == 3:
        return [(C, f"I was born in the same town as the shop lol. anyway the delivery on {mo.title()} {d} never came"),
                (A, "Let me check the delivery for you.")], "chat/retail: the word 'born' without a date; delivery date"
    return [(A, "your payment will go out on the twenty eighth of each month"), (C, "can we move it to the first or the second"), (A, "yes the first is fine")], \
        f"call/{ind}: payment day ordinals"


def n_quantity(r):
    ind = r.choice(["retail", "telecom", "utilities"])
    k = r.randrange(4)
    if k == 0:
        return [(A, "how many did you order"), (C, "two two packs and one single so five in total")], f"call/{ind}: quantities 'two two packs'"
    if k == 1:
        return [(C, "i need double the data and a triple pack of the chargers"), (A, "okay the triple pack is nineteen ninety nine")], \
            f"call/{ind}: 'double'/'triple' as ordinary words, price"
    if k == 2:
        return [(C, "I ordered 4 of the 2-for-1 deals and got 3"), (A, "Sorry! I'll send the missing one.")], f"chat/{ind}: small counts, '2-for-1'"
    return [(A, "so that's one two three four five items on the order"), (C, "yeah five")], f"call/{ind}: agent counting items aloud"


def n_model(r):
    ind = r.choice(["telecom", "retail", "utilities"])
    k = r.randrange(5)
    if k == 0:
        return [(C, "the router is a tp link archer c six and the light is flashing orange"), (A, "okay and is that the ax fifty five or the c six")], \
            f"call/{ind}: router model names"
    if k == 1:
        return [(C, f"Phone is a Samsung SM-G99{r.randint(0, 9)}B on iOS- sorry Android 14"), (A, "Thanks, what's the fault?")], f"chat/{ind}: handset model number"
    if k == 2:
        return [(C, "i've got the iphone fifteen pro max two five six gig"), (A, "and is that in the blue titanium")], f"call/{ind}: phone model and storage"
    if k == 3:
        return [(C, f"The boiler is a Worcester {r.choice(['Greenstar 30i', 'Greenstar 25Si', 'CDi 30'])}, installed 2019"), (A, "Thank you.")], \
            f"chat/{ind}: boiler model and install year"
    return [(A, "what's the model number on the back of the fridge"), (C, f"it says r b three four t six oh two s a")], \
        f"call/{ind}: appliance model spelled out letter/digit"


def n_flight_room(r):
    ind = r.choice(["retail", "insurance", "healthcare billing", "banking"])
    k = r.randrange(5)
    if k == 0:
        return [(C, "my flight is b a two eight three from heathrow at nine fifteen"), (A, "and you want travel cover from the fourteenth")], \
            f"call/{ind}: flight number spoken, times"
    if k == 1:
        return [(C, f"Flight EZY{r.randint(1000, 9999)} was cancelled, I'm claiming on the travel insurance"), (A, "Sorry to hear that.")], \
            f"chat/{ind}: flight number typed"
    if k == 2:
        return [(C, "i'm in room four one two on ward seven"), (A, "okay and is that at the general")], "call/healthcare billing: room and ward numbers"
    if k == 3:
        return [(C, f"The bill is for my stay in Room 3{r.randint(10, 40)}, 2 nights, Mar 3-5"), (A, "I'll look into that.")], \
            "chat/healthcare billing: hospital room number and stay dates"
    return [(A, "you'll find us on the third floor suite two oh four"), (C, "two oh four okay")], f"call/{ind}: suite number with 'oh'"


def n_percent_year(r):
    ind = r.choice(["banking", "insurance", "utilities"])
    k = r.randrange(4)
    if k == 0:
        return [(A, "the rate is four point five nine percent fixed until twenty twenty eight"), (C, "and after that")], f"call/{ind}: interest rate and year"
    if k == 1:
        return [(C, "I've been with you since 2011 and my premium went up 38%!"), (A, "I understand, let me review it.")], f"chat/{ind}: year and percentage"
    if k == 2:
        return [(A, "your no claims discount is nine years so sixty five percent"), (C, "nine years okay")], f"call/{ind}: years count and percentage"
    return [(C, "unit rate 24.50p/kWh and standing charge 60.10p per day"), (A, "That's the current cap rate, yes.")], "chat/utilities: energy tariff rates"


def n_meter(r):
    k = r.randrange(3)
    m = digits(r, 5)
    if k == 0:
        return [(A, "can you read me the meter"), (C, f"it's {say(m, r)} and the red numbers are {say('3' + m[0], r)}")], \
            "call/utilities: meter reading digit by digit"
    if k == 1:
        return [(C, f"Meter reading today: {m} (day) {digits(r, 5)} (night)"), (A, "Thanks, submitted.")], "chat/utilities: meter readings typed"
    return [(C, f"gas reading is {say_pairs(m[:4])} {ONES[int(m[4])]} point {say('2', r)}"), (A, "lovely that's in")], "call/utilities: meter reading in pairs"


def n_data(r):
    k = r.randrange(3)
    if k == 0:
        return [(C, "i've used thirty gig of my forty gig allowance and it's only the twelfth"), (A, "you reset on the nineteenth")], \
            "call/telecom: data allowance and dates"
    if k == 1:
        return [(C, "speeds are 12 Mbps down when I pay for 500"), (A, "Can you run a speed test at speedtest.net?")], "chat/telecom: speeds"
    return [(A, "the sim only deal is ten pounds for a hundred gig on a twelve month plan"), (C, "and is that five g")], "call/telecom: plan details"


def n_ref_alnum(r):
    ind = r.choice(IND)
    k = r.randrange(5)
    if k == 0:
        return [(C, f"claim ref CLM-{digits(r, 6)} was closed wrongly"), (A, "I'll reopen it.")], f"chat/{ind}: claim reference"
    if k == 1:
        return [(A, f"your case number is c s {say(digits(r, 7), r)}"), (C, "got it thanks")], f"call/{ind}: case number spoken with letters"
    if k == 2:
        return [(C, f"Invoice INV-2026-{digits(r, 5)} has the wrong VAT"), (A, "Let me check.")], f"chat/{ind}: invoice number with year"
    if k == 3:
        return [(C, f"tracking number says {r.choice(['JD', 'TT'])}{digits(r, 9)}GB hasn't moved"), (A, "I'll chase the courier.")], \
            f"chat/{ind}: parcel tracking id"
    return [(A, "and the promo code is save twenty five"), (C, "save twenty five okay")], f"call/{ind}: promo code with number"


def n_steps(r):
    ind = r.choice(["telecom", "utilities", "retail"])
    k = r.randrange(3)
    if k == 0:
        return [(A, "press and hold the reset button for thirty seconds then wait two to three minutes"), (C, "okay two minutes done")], \
            f"call/{ind}: instructions with durations and 'to'"
    if k == 1:
        return [(A, "go to settings then option four then option two"), (C, "four then two yeah")], f"call/{ind}: menu options as numbers"
    return [(C, "i tried to call for ages, waited 45 mins from 9 to 9:45"), (A, "Apologies for the wait.")], f"chat/{ind}: durations and times"


def n_health(r):
    k = r.randrange(4)
    if k == 0:
        return [(C, "the bill says two hundred and ten dollars for a fifteen minute visit on the ninth"), (A, "let me look at that claim")], \
            "call/healthcare billing: amount, duration, visit date"
    if k == 1:
        return [(C, "Procedure code 99213, billed 3 times for one visit on 10/14"), (A, "I see the duplicate.")], "chat/healthcare billing: CPT code and visit date"
    if k == 2:
        return [(A, "your deductible is fifteen hundred and you've met eleven forty of it"), (C, "so three sixty left")], \
            "call/healthcare billing: deductible amounts spoken"
    return [(C, "I'm 34 and my son is 6, are we both covered under the family plan?"), (A, "Yes, both of you are covered.")], \
        "chat/healthcare billing: ages, not dates of birth"


def n_agent_numbers(r):
    k = r.randrange(3)
    ind = r.choice(IND)
    if k == 0:
        return [(A, "you're through to " + r.choice(["billing", "the claims team", "customer services"]) + " you're speaking with dan one one seven"), (C, "hi dan")], \
            f"call/{ind}: agent id number"
    if k == 1:
        return [(A, "i'll need to put you on hold for two or three minutes"), (C, "that's fine")], f"call/{ind}: 'two or three minutes'"
    return [(C, "Is the 50% off for the first 6 months or 12?"), (A, "The first 6 months, then £32/month.")], f"chat/{ind}: offer durations and prices"


def n_address_like(r):
    ind = r.choice(IND)
    k = r.randrange(3)
    if k == 0:
        return [(C, "i'm on the number nine bus so it might cut out"), (A, "no problem")], f"call/{ind}: 'number nine bus', not an address"
    if k == 1:
        return [(C, f"the store on the high street closes at 5:30 now"), (A, "Our opening hours changed in March.")], \
            "chat/retail: generic 'the high street' with no house number"
    return [(A, "is it the first floor or the second floor flat"), (C, "second floor")], f"call/{ind}: floors without an address"


def n_balance(r):
    ind = r.choice(["banking", "utilities", "telecom", "insurance"])
    a, b = r.randint(100, 2999), r.randint(0, 99)
    d = r.randint(1, 28)
    k = r.randrange(4)
    if k == 0:
        return [(A, f"your balance is {a:,}.{b:02d} and the minimum payment of {a // 20}.00 is due on the {sfx(d)}"),
                (C, "ok thanks")], f"chat/{ind}: balance, minimum payment, due day"
    if k == 1:
        return [(A, f"the outstanding balance is {say_num(a // 10)} pounds and {say_num(b)} pence"), (C, f"and when's that due"),
                (A, f"by the {ORD[d]}")], f"call/{ind}: balance spoken and due day"
    if k == 2:
        return [(C, f"i've been overcharged by about {say_num(r.randint(11, 99))} quid every month since {MONTHS[r.randrange(12)]}"),
                (A, "let me look at the last six bills")], f"call/{ind}: overcharge amount and month"
    return [(C, f"Refund of £{a}.{b:02d} was promised on {d}/{r.randint(1, 12)} and it's still not here"), (A, "I can see it was issued yesterday.")], \
        f"chat/{ind}: refund amount and promised date (no year)"


def n_delivery(r):
    d = r.randint(1, 28)
    k = r.randrange(3)
    t1 = r.randint(7, 11)
    if k == 0:
        return [(A, f"the courier will come on the {ORD[d]} between {say_num(t1)} and {say_num(t1 + 4 - 12 if t1 + 4 > 12 else t1 + 4)}"),
                (C, "can they leave it with a neighbour")], "call/retail: delivery day and time window"
    if k == 1:
        return [(C, f"Parcel {digits(r, 8)} said 'delivered {d:02d}/{r.randint(1, 12):02d} {t1}:{r.randint(10, 59)}' but nothing came"),
                (A, "I'll open an investigation with the courier.")], "chat/retail: parcel id and delivery timestamp"
    return [(C, f"i ordered {say_num(r.randint(2, 12))} bags of compost and only {say_num(r.randint(1, 2))} turned up"), (A, "sorry i'll get the rest sent out")], \
        "call/retail: quantities"


def n_readback_ref(r):
    ind = r.choice(IND)
    ref = digits(r, r.randint(5, 9), "123456789")
    k = r.randrange(3)
    if k == 0:
        return [(A, f"i'll give you a reference for today's call it's {say(ref, r, dbl=True)}"), (C, f"{say(ref, r, dbl=True)} thank you")], \
            f"call/{ind}: call reference with 'double' read back"
    if k == 1:
        return [(A, f"Your complaint reference is {ref}. You'll hear back within 8 weeks."), (C, "Thanks")], f"chat/{ind}: complaint reference and weeks"
    return [(A, f"the job number for the engineer is {say_pairs(ref[:4])} {say(ref[4:], r)}"), (C, "okay i've written that down")], \
        f"call/{ind}: job number in pairs"


NEG = [n_balance, n_delivery, n_readback_ref, n_money, n_order, n_time_date, n_quantity, n_model, n_flight_room, n_percent_year, n_meter, n_data,
       n_ref_alnum, n_steps, n_health, n_agent_numbers, n_address_like]

POS = [
    (t_card_chat, 8), (t_card_call_one, 10), (t_card_call_split, 6), (t_card_call_correct, 2),
    (t_card_call_correct2, 2), (t_card_exp_cvv_chat, 6), (t_card_exp_cvv_call, 6), (t_exp_cvv_only, 5),
    (t_card_chat_two_msgs, 3),
    (t_ssn_chat, 8), (t_ssn_call, 10), (t_ssn_split, 5), (t_ssn_correct, 2), (t_ssn_context_agent, 4),
    (t_ni_chat, 8), (t_ni_call, 12), (t_ni_split, 5), (t_ni_correct, 1), (t_ni_agent_readback, 2),
    (t_bank_chat, 5), (t_bank_call, 5), (t_bank_split, 3), (t_bank_us, 4),
    (t_iban_chat, 6), (t_iban_call, 6),
    (t_phone_chat, 8), (t_phone_call, 8), (t_phone_split, 3), (t_phone_two, 2), (t_phone_correct, 1),
    (t_email_chat, 6), (t_email_call, 6), (t_email_spelled, 4),
    (t_dob_chat, 5), (t_dob_call, 8), (t_dob_split, 2), (t_dob_dependant, 2), (t_dob_correct, 1),
    (t_pc_chat, 5), (t_pc_call, 7), (t_zip, 5),
    (t_addr_uk_chat, 5), (t_addr_uk_call, 5), (t_addr_us, 4),
    (t_idv_mix, 3), (t_chat_profile, 3),
]


def generate() -> list[dict]:
    r = random.Random(SEED)
    pos, neg = [], []
    for fn, n in POS:
        for _ in range(n):
            pos.append(fn(r))
    for rep in range(6):
        for fn in NEG:
            neg.append(fn(r))
    neg.extend(HAND_NEG)
    # dedupe identical negatives (small templates can repeat)
    seen, uneg = set(), []
    for t, note in neg:
        key = json.dumps(t)
        if key not in seen:
            seen.add(key)
            uneg.append((t, note))
    r.shuffle(pos)
    r.shuffle(uneg)
    cases = [build(f"h5-pos-{i:03d}", "positive", t, n) for i, (t, n) in enumerate(pos, 1)]
    cases += [build(f"h5-neg-{i:03d}", "negative", t, n) for i, (t, n) in enumerate(uneg, 1)]
    return cases


# hand-written negatives (fixed text)
HAND_NEG = [
    ([(C, "yeah i've been waiting since half four for a callback"), (A, "sorry about that")], "call/telecom: 'half four' time"),
    ([(C, "can i pay twenty quid now and the rest on the fifteenth"), (A, "yes that's fine")], "call/utilities: part payment and date"),
    ([(C, "I want to cancel the 2 for 1 offer, order placed 12/03 at 10:15am"), (A, "No problem.")], "chat/retail: date without year, time"),
    ([(A, "that's the eight o'clock to nine o'clock slot"), (C, "ate already so that's fine haha")], "call/retail: 'ate' homophone in ordinary speech"),
    ([(C, "i have four kids and two cars so i need the family policy"), (A, "okay for four children")], "call/insurance: counts with 'for'/'four'"),
    ([(A, "the excess is two fifty and the premium is thirty one forty a month"), (C, "thirty one forty okay")], "call/insurance: amounts in pairs"),
    ([(C, "My account shows 3 direct debits on 01/11/2026, 02/11/2026 and 05/11/2026"), (A, "I'll refund the duplicates.")], "chat/banking: transaction dates"),
    ([(A, "the reference for the transfer is rent november"), (C, "yeah rent november")], "call/banking: payment reference words"),
    ([(C, "the package was 2.5kg and cost £7.99 to ship from unit 4 of your warehouse"), (A, "Thanks for letting us know.")], "chat/retail: weights, prices, 'unit 4' of company warehouse without street"),
    ([(A, "your new plan starts on the first of december and costs nineteen ninety nine"), (C, "from the first okay")], "call/telecom: start date and price"),
    ([(C, "our store number is 0412 and the till that failed is till 3"), (A, "Thanks, logging it.")], "chat/retail: store number and till number"),
    ([(C, "the annual statement for 2025 says I paid 1,284.00 in total"), (A, "That matches our records.")], "chat/utilities: statement year and total"),
    ([(A, "you have three hundred and sixty five days to make a claim"), (C, "so a year basically")], "call/insurance: day count"),
    ([(C, "i'm ringing about the bill from the eleventh of october it's double what it should be"), (A, "let me take a look")], "call/utilities: bill date and 'double'"),
    ([(C, "the patient portal says my balance is $0.00 but I got a letter saying $86.40"), (A, "The letter was sent before your payment posted.")], "chat/healthcare billing: balances"),
    ([(A, "can you hear me okay one two three"), (C, "yeah loud and clear")], "call/telecom: mic check counting"),
    ([(C, "it's the twenty twenty four model the one with the four k screen"), (A, "the fifty five inch")], "call/retail: year and screen size"),
    ([(C, "Can you call me back at 3pm? Not before 2:45 as I'm in a meeting"), (A, "I'll book a callback for 3pm.")], "chat/telecom: callback times (no number)"),
    ([(A, "the interest charged this month was twelve pounds oh four"), (C, "twelve oh four okay")], "call/banking: amount with 'oh'"),
    ([(C, "i've got eight missed calls from you lot today"), (A, "sorry about that i'll stop the dialler")], "call/telecom: count 'eight'"),
    ([(C, "i'm calling for my mum she's eighty two and can't use the app"), (A, "that's fine i can add you as a trusted person")], "call/banking: age 'eighty two', not a date"),
    ([(C, "Can I get the 24-month deal at 12.99 instead of 18-month at 15.99?"), (A, "Yes, the 24-month plan is available.")], "chat/telecom: contract lengths and prices"),
    ([(A, "the policy runs from the fourth of july to the third of july next year"), (C, "fourth of july okay")], "call/insurance: policy dates, not DOB"),
    ([(C, "the tv is on channel one oh one and the box keeps going back to channel one"), (A, "let's try a reboot")], "call/telecom: channel numbers with 'oh'"),
    ([(C, "We're a family of 5 in a 3 bed semi, is 2,900 kWh a year normal?"), (A, "That's about average for that size home.")], "chat/utilities: household size and usage"),
    ([(A, "the claim was paid on the nineteenth of september nineteen hundred pounds"), (C, "nineteen hundred yeah that's right")], "call/insurance: payment date and amount"),
    ([(C, "I was charged twice - 2 x £64.99 on 7 Nov"), (A, "I'll refund one of those.")], "chat/retail: duplicate charge"),
    ([(C, "my daughter turned eighteen last week so she wants her own contract"), (A, "she'll need to call us herself")], "call/telecom: age, 'turned eighteen last week'"),
    ([(A, "so that's three items at nine ninety nine and one at four ninety nine"), (C, "thirty four ninety six total")], "call/retail: basket amounts"),
    ([(C, "line 2 of the bill says 'adjustment -£15.00' wat is that"), (A, "That's a loyalty credit.")], "chat/telecom: bill line and negative amount"),
    ([(A, "your direct debit is going to go up from forty two fifty to forty six twenty from april"), (C, "forty six twenty")], "call/utilities: direct debit amounts"),
    ([(C, "i've had the same number for twenty years and i want to keep it when i switch"), (A, "you'll need your pac code")], "call/telecom: 'same number for twenty years' without a number"),
    ([(C, "the hospital car park charged me 7.50 for 2 hrs on the 3rd floor"), (A, "I'll pass that to the estates team.")], "chat/healthcare billing: parking charge"),
    ([(A, "that's a one oh one error it means the line sync dropped"), (C, "one oh one right")], "call/telecom: error code 'one oh one'"),
    ([(C, "we're at table 12, there are 6 of us, booking was for 7:30"), (A, "I'll let the restaurant know.")], "chat/retail: table number, party size, time"),
    ([(A, "i can offer you twenty five percent off for the next three months"), (C, "make it thirty and i'll stay")], "call/telecom: retention offer"),
    ([(C, "Broadband has dropped 4 times since Tuesday, router lights: power green, WAN red"), (A, "Let's run a line test.")], "chat/telecom: counts and days"),
    ([(A, "the cheapest flight is at six forty five arriving at ten past nine"), (C, "six forty five is too early")], "call/retail: flight times"),
    ([(C, "i put two two litre bottles and a six pack in the basket and it charged for three"), (A, "sorry about that")], "call/retail: 'two two litre bottles'"),
    ([(C, "Version 4.12.3 of the app crashes on login"), (A, "Please update to 4.12.5.")], "chat/banking: app version numbers"),
    ([(A, "your renewal quote is three hundred and twelve pounds forty for the year"), (C, "it was two eighty last year")], "call/insurance: renewal amounts"),
    ([(A, "i can see a payment of nine hundred and ninety nine ninety nine on the twenty second of october"), (C, "yeah that was the laptop")], "call/banking: large amount and transaction date"),
    ([(C, "my husband and i are both sixty five now so does the over sixties discount apply"), (A, "yes it does from your next bill")], "call/utilities: ages"),
    ([(A, "that's a three year fix at four point two four percent with a nine hundred and ninety nine pound fee"), (C, "nine nine nine okay")], "call/banking: mortgage terms with 'nine nine nine'"),
    ([(C, "The 2nd bill this month (dated 14 Nov 2026) is for £412.18 - I only used 300 units"), (A, "That bill was based on an estimated reading.")], "chat/utilities: bill date with year, amount, units"),
    ([(A, "the prescription charge is nine ninety per item and you've got four items"), (C, "so thirty nine sixty")], "call/healthcare billing: per-item charge and total"),
    ([(C, "i need to change my delivery from the twenty ninth to the thirtieth because we're away"), (A, "i can do the thirtieth between seven and eleven")], "call/retail: delivery date change"),
    ([(A, "the reference on your bank statement will be e l e c two six one one"), (C, "e l e c okay")], "call/utilities: bank statement reference letters and digits"),
    ([(C, "my car is a 2018 Ford Fiesta 1.0 EcoBoost, 42,000 miles"), (A, "Thanks, and is it kept on a driveway?")], "chat/insurance: vehicle year, engine, mileage"),
    ([(A, "that's four zero four not found so try clearing the cache"), (C, "four oh four right")], "call/telecom: error code digits"),
    ([(C, "we were quoted one twenty a month for the three of us and now it's one forty five"), (A, "the price rise was in the letter in march")], "call/healthcare billing: premiums in short form"),
    ([(C, "Flight BA0117 lands at 07:05 so I can't collect before 10"), (A, "We'll hold the car until 12.")], "chat/insurance: flight number with leading zero, times"),
    ([(A, "so the handset is the pixel nine a with one two eight gig storage"), (C, "yeah the one two eight")], "call/telecom: model and storage read digit by digit"),
    ([(C, "i've got two two year old twins so i need child cover for both"), (A, "both of them can go on the family policy")], "call/insurance: 'two two year old twins'"),
    ([(A, "you're number three in the queue and the wait is about eight minutes"), (C, "eight minutes fine")], "call/telecom: queue position and wait"),
    ([(C, "Room 14B at the clinic, appt 9:40 on 03/12, fee was $125"), (A, "Thanks, I'll check the fee.")], "chat/healthcare billing: clinic room, appointment, fee"),
]


# ==========================================================================
# CHECK
# ==========================================================================
NUMW = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "one": "1", "won": "1",
        "two": "2", "to": "2", "too": "2", "three": "3", "four": "4", "for": "4",
        "five": "5", "six": "6", "seven": "7", "eight": "8", "ate": "8", "nine": "9"}
UNITS = {w: str(i) for i, w in enumerate(ONES) if i}
TEENW = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENSW = {w: str(i) for i, w in enumerate(TENS) if w}
NATO_R = {v: k for k, v in NATO.items()}
NATO_R["alfa"] = "A"
LHOM_R = {v: k for k, v in LETTER_HOMO.items() if " " not in v}
FILLER = {"um", "uh", "er", "erm", "dash", "slash", "hyphen", "space", "plus", "and"}


def norm(text: str, alnum: bool = False, homo: bool = True, o_letter: bool = False) -> str:
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out, mult, i = [], 1, 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t in ("double", "triple"):
            if alnum and t == "double" and nxt == "you":
                out.append("W"); i += 2; continue
            mult = 2 if t == "double" else 3
            i += 1
            continue
        val = None
        if t in FILLER:
            i += 1
            continue
        if alnum:
            letter = t.upper() if len(t) == 1 and t.isalpha() and (t != "o" or o_letter) else (LHOM_R.get(t) if homo else None) or NATO_R.get(t)
            if letter:
                # "b for bravo" / "b as in bravo"
                if nxt == "for" and i + 2 < len(toks) and toks[i + 2] in NATO_R:
                    i += 3
                elif nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
                    i += 4
                else:
                    i += 1
                out.append(letter * mult); mult = 1
                continue
            if re.fullmatch(r"[a-z0-9]+", t) and re.search(r"\d", t) and re.search(r"[a-z]", t):
                out.append(t.upper()); i += 1; continue
        if t.isdigit():
            val = t
        elif t in NUMW:
            val = NUMW[t]
        elif t in TEENW:
            val = TEENW[t]
        elif t in TENSW:
            if nxt in UNITS:
                val = TENSW[t] + UNITS[nxt]; i += 1
            else:
                val = TENSW[t] + "0"
        elif t == "hundred":
            if out and not (nxt in UNITS or nxt in TEENW or nxt in TENSW or nxt == "and"):
                val = "00"
            else:
                val = ""
                # "x hundred and fifty" -> x + "50" ; "x hundred and five" -> x + "05"
                j = i + 1 + (1 if nxt == "and" else 0)
                if j < len(toks) and toks[j] in UNITS:
                    val = "0"
        else:
            val = t.upper() if alnum else None
            if val is None:
                raise ValueError(f"unrecognised token {t!r} in {text!r}")
        out.append(val * mult)
        mult = 1
        i += 1
    return "".join(out)


def check() -> int:
    errors = 0
    def err(msg):
        nonlocal errors
        errors += 1
        print("ERROR", msg)
    lines = CASES.read_text(encoding="utf-8").splitlines()
    cases = [json.loads(l) for l in lines]
    ids = Counter(c["id"] for c in cases)
    for k, v in ids.items():
        if v > 1:
            err(f"duplicate id {k}")
    # regeneration must match the file
    regen = generate()
    if [json.dumps(c, ensure_ascii=False) for c in regen] != lines:
        err("file differs from regenerated output (run without --check)")
    for c in cases:
        cid = c["id"]
        if set(c) != {"id", "kind", "turns", "spans", "note"}:
            err(f"{cid}: keys {sorted(c)}")
        if c["kind"] not in ("positive", "negative"):
            err(f"{cid}: kind")
        if not cid.startswith("h5-pos-" if c["kind"] == "positive" else "h5-neg-"):
            err(f"{cid}: id/kind mismatch")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                err(f"{cid}: bad turn {t}")
        if c["kind"] == "negative":
            if c["spans"]:
                err(f"{cid}: negative with spans")
            for t in c["turns"]:
                if "@" in t["text"] or re.search(r"\d{11,}", t["text"].replace(" ", "")):
                    err(f"{cid}: negative looks like it has PII: {t['text']}")
            continue
        if not c["spans"]:
            err(f"{cid}: positive without spans")
        by_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                err(f"{cid}: type {s['type']}")
            text = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(text)):
                err(f"{cid}: offsets {s}")
                continue
            v = text[s["start"]:s["end"]]
            if v != v.strip() or v[-1] in ".,!?":
                err(f"{cid}: span has edge whitespace/punct {v!r}")
            if s["start"] > 0 and text[s["start"] - 1].isalnum():
                err(f"{cid}: span starts mid-word {v!r}")
            if s["end"] < len(text) and text[s["end"]].isalnum():
                err(f"{cid}: span ends mid-word {v!r}")
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for tn, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    err(f"{cid}: overlapping spans in turn {tn}")
        # per-type validation
        groups: dict[str, list[str]] = {}
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            groups.setdefault(s["type"], []).append(c["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for typ, vals in groups.items():
            print(f"{cid} {typ:12s} " + " | ".join(repr(v) for v in vals))
            try:
                if typ in ("CARD_NUMBER", "SSN", "SORT_CODE", "BANK_ACCOUNT", "CVV", "PHONE"):
                    ns = [norm(v) for v in vals]
                    def valid(x):
                        if not x.isdigit():
                            return False
                        if typ == "CARD_NUMBER":
                            return 13 <= len(x) <= 19 and luhn_ok(x)
                        if typ == "SSN":
                            return len(x) == 9 and x[:3] not in ("000", "666") and x[0] != "9" and x[3:5] != "00" and x[5:] != "0000"
                        if typ == "SORT_CODE":
                            return len(x) == 6
                        if typ == "BANK_ACCOUNT":
                            return 8 <= len(x) <= 12
                        if typ == "CVV":
                            return len(x) in (3, 4)
                        return 10 <= len(x) <= 15
                    covered = set()
                    for mask in range(1, 1 << len(ns)):
                        idx = [k for k in range(len(ns)) if mask >> k & 1]
                        if valid("".join(ns[k] for k in idx)):
                            covered.update(idx)
                    # every span must belong to a valid value, except a retracted
                    # fragment in a case whose note says it is a correction
                    retract_ok = re.search(r"correct|restart|wrong|misheard", c["note"])
                    if not covered or (len(covered) < len(ns) and not retract_ok):
                        err(f"{cid}: {typ} does not validate: {ns}")
                    else:
                        print(f"{'':7s} -> {ns}")
                elif typ == "IBAN":
                    x = "".join(norm(v, alnum=True) for v in vals)
                    if not iban_ok(x):
                        err(f"{cid}: IBAN mod-97 fails {x}")
                    else:
                        print(f"{'':7s} -> {x} mod97 ok")
                elif typ == "NI_NUMBER":
                    ok = False
                    for homo in (True, False):
                        ns = [norm(v, alnum=True, homo=homo) for v in vals]
                        ok = ok or any(NI_RE.match("".join(ns[k:j])) and "".join(ns[k:j])[:2] not in NI_BAD
                                       for k in range(len(ns)) for j in range(k + 1, len(ns) + 1))
                    if not ok:
                        err(f"{cid}: NI does not validate {ns}")
                    else:
                        print(f"{'':7s} -> {ns}")
                elif typ == "POSTCODE":
                    pc_ok = lambda x: re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", x) or re.fullmatch(r"\d{5}(\d{4})?", x)
                    x = "".join(norm(v, alnum=True) for v in vals)
                    if not pc_ok(x):  # a spoken "o" may be the letter (o x for Oxford)
                        x = "".join(norm(v, alnum=True, o_letter=True) for v in vals)
                    if not pc_ok(x):
                        err(f"{cid}: postcode does not validate {x}")
                    else:
                        print(f"{'':7s} -> {x}")
                elif typ == "EMAIL":
                    for v in vals:
                        if "@" not in v and " at " not in f" {v} " and not v.startswith("at "):
                            if not re.search(r"[a-z]", v):
                                err(f"{cid}: email piece {v!r}")
            except ValueError as e:
                err(f"{cid}: {e}")
    print(f"{len(cases)} cases, {errors} errors")
    return 1 if errors else 0


def summary(cases):
    kinds = Counter(c["kind"] for c in cases)
    span_t = Counter(s["type"] for c in cases for s in c["spans"])
    case_t = Counter(t for c in cases for t in {s["type"] for s in c["spans"]})
    chan = Counter(c["note"].split("/")[0] for c in cases)
    ind = Counter(c["note"].split("/")[1].split(":")[0] for c in cases)
    return kinds, span_t, case_t, chan, ind


def write_readme(cases):
    kinds, span_t, case_t, chan, ind = summary(cases)
    rows = "\n".join(f"| {t} | {case_t[t]} | {span_t[t]} |" for t in TYPES)
    text = f"""# pii_holdout5 - held-out PII evaluation set

**Never use this set for tuning** (patterns, word lists, thresholds, model
choice).  It exists only to measure the redactor after the fact.

## Who / how

Written by an AI assistant (a helper session started by the project's own
working session) acting as an independent author: it did not read the
redaction code, its tests, its documentation or the earlier holdout
generators (only the first three lines of `pii_holdout4/cases.jsonl`, for the
JSONL format), and it did not run the redactor or the PII benchmark.

`python scripts/make_pii_holdout5.py` writes `cases.jsonl` and this README
deterministically (seed {SEED}, standard library only).  Cases come from
template functions; each turn is assembled from plain text and
`(value, TYPE)` segments, so span offsets are computed, not typed.  Values are
generated from the seeded RNG: Luhn-valid card numbers (Visa 13/16, Mastercard
51-55 and 2-series, Amex, Discover, Diners, JCB, 19-digit UnionPay/Maestro),
mod-97-valid IBANs (GB, IE, DE, FR, ES, NL, IT, PL), SSNs outside the
never-issued areas, NI numbers with valid prefixes and suffix A-D, UK
mobiles/landlines, US and Irish numbers, UK postcodes and US ZIPs, dates of
birth 1941-2005.  They are rendered typed (chat: varied separators, case,
typos around the value) or as an ASR transcript would write them (lower case,
no punctuation, "oh"/"o"/"nought"/"zero", "double"/"triple", digit pairs such
as "forty one eleven", homophones "for"/"to"/"too"/"won"/"ate", letter names
"bee"/"see"/"are"/"why", NATO and "b for bravo"/"b as in bravo" spelling,
values split across 2-7 customer turns with agent back-channels,
self-corrections, agent read-backs).

Annotation conventions: a span covers the value as written, from its first
to its last word; a value split over turns has one span per piece; in a
self-correction both the retracted fragment and the corrected value are
annotated (both are the customer's data read aloud); a leading "the" before a
spoken date and trailing town names are outside the span; flat / apartment
numbers are inside the ADDRESS span.  Negatives have no spans and hold
lookalikes: money, times, appointment/contract/payment dates, counts,
"two two packs", years, percentages, order/ticket/claim/invoice references
(<= 10 digits), flight, room, model and meter numbers.

`python scripts/make_pii_holdout5.py --check` regenerates the set and checks
the file is identical, ids are unique, offsets are in range and land on word
boundaries, spans do not overlap, and validates each value after normalising
spoken forms: Luhn for cards, mod-97 for IBANs, NI format/prefixes, 9-digit
SSNs, 6-digit sort codes, postcode shapes, digit counts for CVV/phone/account.
It prints every span text.

## Counts

{kinds['positive']} positive cases, {kinds['negative']} negative cases.
Channels: {', '.join(f'{k} {v}' for k, v in sorted(chan.items()))}.
Industries: {', '.join(f'{k} {v}' for k, v in sorted(ind.items()))}.

| type | positive cases containing it | spans |
|---|---|---|
{rows}
"""
    README.write_text(text, encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    if a.check:
        return check()
    cases = generate()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    with CASES.open("w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    write_readme(cases)
    kinds, span_t, case_t, _, _ = summary(cases)
    print(dict(kinds))
    print({t: case_t[t] for t in TYPES})
    return 0


if __name__ == "__main__":
    sys.exit(main())

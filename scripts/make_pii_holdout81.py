#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout81``.

Written by an AI helper acting as an independent author that did not see the
redaction code, its tests or its other fixtures.  Standard library only.

    python scripts/make_pii_holdout81.py          # write fixture + README
    python scripts/make_pii_holdout81.py --check  # regenerate and verify

Every turn is assembled from plain-text segments and ``(value, TYPE)``
segments so that span offsets are computed, never typed by hand.  All random
choices come from one ``random.Random(81291123)``.
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 81291123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout81"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h81"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------------------
# spoken-number helpers
# ---------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
             "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
              "Nov", "Dec"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
FRIENDLY = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward",
            "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london",
            "m": "mother", "n": "nancy", "p": "peter", "r": "robert", "s": "sugar",
            "t": "tommy", "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}
HOMO = {"b": "bee", "c": "see", "j": "jay", "p": "pee", "r": "are", "t": "tee",
        "y": "why", "x": "ex", "k": "kay"}
FILLERS = ["um", "uh", "erm", "er"]


def zero_word(uk=False):
    if uk:
        return R.choice(["oh", "nought", "zero", "o", "oh"])
    return R.choice(["oh", "zero", "o", "oh"])


def unit_word(d, uk=False, zw=None):
    if d == "0":
        return zw or zero_word(uk)
    return UNITS[int(d)]


def pair_words(p, uk=False):
    """two digits as a pair: '41' -> forty one, '07' -> oh seven."""
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return [zero_word(uk), unit_word(p[1], uk)]
    if a == 1:
        return [TEENS[b]]
    if b == 0:
        return [TENS[a]]
    return [TENS[a], UNITS[b]]


def digit_words(ds, uk=False, doubles=0.35, zw=None):
    """digit by digit, with 'double x' / 'triple x' runs."""
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == d:
            run += 1
        if run >= 3 and R.random() < doubles:
            out += ["triple", unit_word(d, uk, zw)]
            i += 3
            continue
        if run >= 2 and R.random() < doubles:
            out += ["double", unit_word(d, uk, zw)]
            i += 2
            continue
        out.append(unit_word(d, uk, zw))
        i += 1
    return out


def chunk_words(ds, mode, uk=False):
    if mode == "pairs" and len(ds) % 2 == 0:
        out = []
        for k in range(0, len(ds), 2):
            out += pair_words(ds[k:k + 2], uk)
        return out
    if mode == "hundred" and len(ds) == 3 and ds.endswith("00") and ds[0] != "0":
        return [UNITS[int(ds[0])], "hundred"]
    return digit_words(ds, uk)


def say(ds, sizes=None, modes=("digits",), uk=False, filler=0.0, sep=" "):
    """Speak a digit string chunk by chunk; returns a string."""
    if sizes is None:
        sizes = [len(ds)]
    chunks, k = [], 0
    for s in sizes:
        chunks.append(ds[k:k + s])
        k += s
    assert k == len(ds), (ds, sizes)
    words = []
    for ci, c in enumerate(chunks):
        mode = R.choice(modes)
        w = chunk_words(c, mode, uk)
        # avoid "forty" + "one" ambiguity across chunk borders
        if words and words[-1] in TENS.values() and w[0] in UNITS[1:]:
            w = digit_words(c, uk)
            if w[0] in UNITS[1:]:
                words[-1:] = pair_words_digitwise(words[-1])
        if ci and filler and R.random() < filler:
            words.append(R.choice(FILLERS))
        words += w
    return sep.join(words)


def pair_words_digitwise(tens_word):
    n = [k for k, v in TENS.items() if v == tens_word][0]
    return [UNITS[n], "oh"]


def year_words(y, uk=False):
    y = str(y)
    if y.startswith("20") and int(y[2:]) < 10:
        return R.choice([["two", "thousand", UNITS[int(y[3])]] if y[3] != "0" else ["two", "thousand"],
                         ["two", "thousand", "and", UNITS[int(y[3])]] if y[3] != "0" else ["two", "thousand"],
                         ["twenty"] + pair_words(y[2:], uk)])
    return pair_words(y[:2], uk) + pair_words(y[2:], uk)


def ordinal_words(n):
    if n < 10:
        return [ORD_UNITS[n]]
    if n < 20:
        return [ORD_TEENS[n - 10]]
    if n == 20:
        return ["twentieth"]
    if n == 30:
        return ["thirtieth"]
    return [TENS[n // 10], ORD_UNITS[n % 10]]


def ordinal_suffix(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def num_words(n):
    """cardinal 1..999 for house numbers."""
    if n < 10:
        return [UNITS[n]]
    if n < 20:
        return [TEENS[n - 10]]
    if n < 100:
        return [TENS[n // 10]] + ([UNITS[n % 10]] if n % 10 else [])
    h, rest = divmod(n, 100)
    out = [UNITS[h], "hundred"]
    if rest:
        out += ["and"] + num_words(rest)
    return out


def spell_letter(ch, style):
    ch = ch.lower()
    if style == "plain":
        return ch
    if style == "nato":
        return f"{ch} for {NATO[ch]}"
    if style == "asin":
        return f"{ch} as in {FRIENDLY.get(ch, NATO[ch])}"
    if style == "homo":
        return HOMO.get(ch, ch)
    return ch


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


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


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if kind == "visa":
        return luhn_complete("4", 16), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn_complete("4", 13), [4, 3, 3, 3]
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15), [4, 6, 5]
    if kind == "disc":
        return luhn_complete("6011", 16), [4, 4, 4, 4]
    if kind == "maestro":
        return luhn_complete(R.choice(["6759", "6761", "5018"]), 19), [4, 4, 4, 4, 3]
    raise ValueError(kind)


def group(ds, sizes, sep=" "):
    out, k = [], 0
    for s in sizes:
        out.append(ds[k:k + s])
        k += s
    return sep.join(out)


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_FIRST.replace("O", "")) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + digits(6) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def gen_iban(country=None):
    country = country or R.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IT"])
    L = lambda n: "".join(R.choice("ABCDEFGHIJKLMNPRSTUVWXYZ") for _ in range(n))
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digits(14)
    elif country == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + digits(14)
    elif country == "DE":
        bban = digits(18)
    elif country == "FR":
        bban = digits(23)
    elif country == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    elif country == "ES":
        bban = digits(20)
    elif country == "IT":
        bban = L(1) + digits(10) + digits(12)
    else:
        raise ValueError
    return country + iban_check(country, bban) + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def gen_sort():
    return R.choice(["20", "30", "40", "60", "77", "82", "83", "09", "11", "16"]) + digits(4)


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "EC", "M", "B", "L", "LS", "BS", "G", "EH",
            "CF", "NE", "S", "OX", "CB", "RG", "BT", "PL", "EX", "YO", "DN", "HU", "TN"]
PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode():
    area = R.choice(UK_AREAS)
    form = R.random()
    if form < 0.15 and area in ("SW", "EC", "W", "E", "N"):
        out = area + str(R.randint(1, 9)) + R.choice("ABCHMNPW")
    elif form < 0.45:
        out = area + str(R.randint(10, 28))
    else:
        out = area + str(R.randint(1, 9))
    inward = str(R.randint(0, 9)) + R.choice(PC_LETTERS) + R.choice(PC_LETTERS)
    return out, inward


def gen_zip(plus4=False):
    z = f"{R.randint(1001, 99950):05d}"
    return z + (digits(4) if plus4 else "")


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "grace", "daniel",
         "chloe", "sean", "olga", "marco", "fatima", "niamh", "kevin", "emma", "raj",
         "lucy", "diego", "hannah", "ciaran", "zoe", "peter", "maria", "ben"]
LAST = ["murphy", "okafor", "smith", "kowalski", "patel", "obrien", "jones", "nguyen",
        "fitzgerald", "schmidt", "walsh", "taylor", "hughes", "dubois", "garcia", "byrne",
        "campbell", "reilly", "ahmed", "lindqvist", "moore", "kelly"]
DOMAINS_C = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com",
             "eircom.net", "btinternet.com", "proton.me", "aol.com", "live.ie", "web.de"]
STREETS = ["Elm", "Station", "Church", "Victoria", "Oak", "Maple", "Kingsway", "Mill",
           "Park", "Highfield", "Willow", "Grange", "Castle", "Abbey", "Meadow", "Sycamore",
           "Pine", "Lincoln", "Washington", "Sunset", "Cedar", "Hawthorn", "Orchard", "Ridge"]
STYPES = ["Street", "Road", "Avenue", "Lane", "Drive", "Close", "Crescent", "Way",
          "Court", "Terrace", "Place", "Grove", "Boulevard"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow", "Norwich", "York", "Exeter"]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Dublin 8", "Sligo"]
TOWNS_US = ["Columbus", "Austin", "Denver", "Tampa", "Portland", "Madison", "Raleigh"]
STATES = ["Ohio", "Texas", "Colorado", "Florida", "Oregon", "Wisconsin", "North Carolina"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 5)
    if style == 0:
        local = f"{f}.{l}"
    elif style == 1:
        local = f"{f[0]}{l}{R.randint(1, 99)}"
    elif style == 2:
        local = f"{f}_{l}"
    elif style == 3:
        local = f"{l}.{f[0]}"
    elif style == 4:
        local = f"{f}{R.randint(1960, 2004)}"
    else:
        local = f"{f}-{l}"
    return local, R.choice(DOMAINS_C)


def spoken_email(local, domain):
    words = []
    for part in re.split(r"([._\-]|\d+)", local):
        if not part:
            continue
        if part == ".":
            words.append("dot")
        elif part == "_":
            words.append("underscore")
        elif part == "-":
            words.append(R.choice(["dash", "hyphen"]))
        elif part.isdigit():
            if len(part) == 4:
                words += pair_words(part[:2]) + pair_words(part[2:])
            else:
                words += digit_words(part)
        elif len(part) == 1:
            words.append(part)
        else:
            words.append(part)
    words.append("at")
    for i, p in enumerate(domain.split(".")):
        if i:
            words.append("dot")
        words.append(p)
    return " ".join(words)


def gen_dob():
    y = R.randint(1938, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return d, m, y


def gen_phone(kind):
    if kind == "uk_mob":
        return "07" + R.choice(["7", "8", "9", "4", "5"]) + digits(8)
    if kind == "uk_land":
        return R.choice(["0161", "0113", "0117", "0141", "0131", "0121"]) + digits(7)
    if kind == "uk_lon":
        return "020" + R.choice(["7", "8", "3"]) + digits(7)
    if kind == "ie_mob":
        return "08" + R.choice(["3", "5", "6", "7", "9"]) + digits(7)
    if kind == "us":
        return str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)
    raise ValueError


# ---------------------------------------------------------------------------
# case assembly
# ---------------------------------------------------------------------------
class Seg(tuple):
    pass


def V(value, typ, gid=None, correction=False):
    """A labelled segment. gid groups split values for validation."""
    return ("V", value, typ, gid, correction)


def build_turn(segs):
    text, spans = "", []
    for s in segs:
        if isinstance(s, tuple):
            _, val, typ, gid, corr = s
            spans.append((len(text), len(text) + len(val), typ, gid, corr))
            text += val
        else:
            text += s
    return text, spans


CASE_LIST = []  # (case_dict, meta list of (turn, start, end, type, gid, corr))
_gid = [0]


def new_gid():
    _gid[0] += 1
    return _gid[0]


def add_case(kind, note, turns):
    tlist, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, str):
            segs = [segs]
        text, sp = build_turn(segs)
        tlist.append({"speaker": spk, "text": text})
        for (s, e, typ, gid, corr) in sp:
            spans.append({"turn": ti, "start": s, "end": e, "type": typ})
            meta.append((ti, s, e, typ, gid if gid is not None else new_gid(), corr))
    CASE_LIST.append(({"kind": kind, "turns": tlist, "spans": spans, "note": note}, meta))


A, C = "agent", "customer"


def pick(*xs):
    return R.choice(xs)


# ---------------------------------------------------------------------------
# positive templates
# ---------------------------------------------------------------------------
def card_chat_text(num, sizes):
    st = R.random()
    if st < 0.4:
        return group(num, sizes, " ")
    if st < 0.6:
        return group(num, sizes, "-")
    if st < 0.8:
        return num
    if st < 0.9:
        return group(num, sizes, "  ")
    return group(num, sizes, ".")


def pos_card_chat():
    num, sizes = gen_card()
    ind = pick("retail", "telecom", "utilities", "travel", "insurance")
    t = card_chat_text(num, sizes)
    opener = pick("hi can i pay my bill with card ", "Card no: ", "ok the card is ",
                  "its ", "Here you go - ", "card number ", "my visa/mc is ",
                  "Sure. ", "pls use ")
    tail = pick("", " thanks", " :)", ". Amount is £42.10", " exp to follow", "  ty",
                " - the balance is $318.40 right?", "")
    add_case("positive", f"chat/{ind}: card number typed in chat ({'grouped' if not t.isdigit() else 'unbroken'})",
             [(A, pick("Can I take the long card number please?", "What card would you like to use today?",
                       "Please type the card number in the chat.")),
              (C, [opener, V(t, "CARD_NUMBER"), tail])])


def pos_card_call_one():
    num, sizes = gen_card()
    uk = R.random() < 0.5
    ind = pick("telecom", "utilities", "insurance", "banking", "retail")
    spoken = say(num, sizes, modes=("digits", "digits", "pairs"), uk=uk, filler=0.2)
    add_case("positive", f"call/{ind}: card read in one turn, digits/pairs/doubles mixed",
             [(A, pick("okay and the long number across the front of the card please",
                       "go ahead with the sixteen digits", "and the card number when you're ready")),
              (C, [pick("yeah it's ", "right so ", "okay ", "it's uh ", ""), V(spoken, "CARD_NUMBER"),
                   pick("", " that's it", " i think", " yeah")])])


def pos_card_call_split():
    num, sizes = gen_card()
    uk = R.random() < 0.5
    ind = pick("telecom", "insurance", "utilities", "healthcare billing", "travel")
    gid = new_gid()
    turns = [(A, "okay go ahead with the card number")]
    k = 0
    backs = ["mhm", "okay", "yep", "go on", "okay go on", "right", "yes", "uh huh"]
    for i, s in enumerate(sizes):
        chunk = num[k:k + s]
        k += s
        sp = say(chunk, [s], modes=("digits", "pairs", "digits"), uk=uk)
        pre = pick("", "", "um ", "right ", "then ", "and ") if i else pick("yeah ", "it's ", "okay ")
        turns.append((C, [pre, V(sp, "CARD_NUMBER", gid)]))
        if i < len(sizes) - 1:
            turns.append((A, pick(*backs)))
    add_case("positive", f"call/{ind}: card split over {len(sizes)} customer turns with back-channels", turns)


def pos_card_readback():
    num, sizes = gen_card("visa")
    uk = R.random() < 0.5
    sp1 = say(num, sizes, modes=("digits",), uk=uk)
    sp2 = say(num, sizes, modes=("digits", "pairs"), uk=uk)
    add_case("positive", "call/banking: customer reads card, agent reads it back",
             [(A, "can i take the card number"),
              (C, [V(sp1, "CARD_NUMBER")]),
              (A, ["let me just read that back ", V(sp2, "CARD_NUMBER"), " is that right"]),
              (C, "yes that's correct")])


def pos_card_correction():
    num, sizes = gen_card(pick("visa", "mc"))
    uk = R.random() < 0.5
    wrong = num[:4] + str((int(num[4]) + 3) % 10)
    bad = say(wrong, [4, 1], uk=uk)
    good = say(num, sizes, uk=uk)
    marker = pick(" no sorry ", " no wait sorry ", " sorry no ")
    add_case("positive", "call/retail: self-correction inside card reading; span covers false start and restart",
             [(A, "and the card number please"),
              (C, [pick("okay ", "it's "), V(bad + marker + good, "CARD_NUMBER", None, True)])])


def pos_card_cvv_exp_chat():
    num, sizes = gen_card()
    cvv = digits(4 if len(num) == 15 else 3)
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    exp = pick(f"{mm:02d}/{yy}", f"{mm:02d}/20{yy}", f"{mm:02d}-{yy}", f"{mm}/{yy}", f"{mm:02d} / {yy}")
    ind = pick("retail", "travel", "telecom")
    add_case("positive", f"chat/{ind}: card, expiry and security code in one message",
             [(A, "Please provide card number, expiry and CVV."),
              (C, [V(card_chat_text(num, sizes), "CARD_NUMBER"), pick(" exp ", ", expires ", " ", " valid thru "),
                   V(exp, "EXPIRY"), pick(" cvv ", ", security code ", " cvc: ", " code on back "),
                   V(cvv, "CVV")])])


def pos_cvv_exp_call():
    uk = R.random() < 0.5
    cvv = digits(3)
    mm, yy = R.randint(1, 12), R.randint(26, 32)
    style = R.randint(0, 3)
    if style == 0:
        exp = " ".join(pair_words(f"{mm:02d}", uk) + pair_words(f"{yy:02d}", uk))
    elif style == 1:
        exp = MONTHS[mm - 1] + " " + " ".join(pair_words(f"{yy:02d}", uk))
    elif style == 2:
        exp = " ".join(digit_words(f"{mm:02d}", uk)) + " " + pick("slash ", "") + " ".join(pair_words(f"{yy:02d}", uk))
    else:
        exp = MONTHS[mm - 1] + " " + " ".join(year_words(2000 + yy, uk))
    cv = " ".join(digit_words(cvv, uk, doubles=0.5))
    ind = pick("telecom", "utilities", "insurance", "healthcare billing", "government services")
    order = R.random() < 0.5
    if order:
        turns = [(A, "and the expiry date on the card"),
                 (C, [pick("it's ", "uh ", "expires ", ""), V(exp, "EXPIRY")]),
                 (A, "and the three digit security code on the back"),
                 (C, [pick("", "that's ", "it's "), V(cv, "CVV")])]
    else:
        turns = [(A, "can i have the expiry and the three digits on the back please"),
                 (C, [pick("expiry is ", "it's "), V(exp, "EXPIRY"), pick(" and the code is ", " and the back is ", " security code "),
                      V(cv, "CVV")])]
    add_case("positive", f"call/{ind}: spoken expiry and security code", turns)


def pos_ssn_chat():
    s = gen_ssn()
    t = pick(f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s, f"{s[:3]}.{s[3:5]}.{s[5:]}",
             f"{s[:3]}-{s[3:5]}-{s[5:]}")
    ind = pick("banking", "insurance", "healthcare billing", "government services", "telecom")
    pre = pick("my ssn is ", "SSN: ", "social is ", "Social Security # ", "ok its ", "ssn ")
    add_case("positive", f"chat/{ind}: US SSN typed",
             [(A, pick("To verify, please enter your Social Security number.",
                       "Can you confirm your SSN?", "I'll need the SSN on the account.")),
              (C, [pre, V(t, "SSN"), pick("", " thx", ".", " - why do you need it?", " and my zip is ")])])


def pos_ssn_call():
    s = gen_ssn()
    mode = R.randint(0, 3)
    if mode == 0:
        sp = say(s, [3, 2, 4], modes=("digits",), filler=0.3)
    elif mode == 1:
        sp = say(s, [3, 2, 4], modes=("digits", "pairs"))
    elif mode == 2:
        sp = say(s, [3, 2, 4], modes=("digits",), sep=" ").replace(" ", " ", 1)
    else:
        sp = say(s, [3, 2, 2, 2], modes=("digits", "pairs"))
    ind = pick("healthcare billing", "insurance", "banking", "government services", "utilities")
    add_case("positive", f"call/{ind}: SSN spoken in one turn",
             [(A, pick("can you verify the social security number on file",
                       "and your social please", "i'll just need your social security number")),
              (C, [pick("sure it's ", "yeah ", "okay it's ", "um ", ""), V(sp, "SSN"),
                   pick("", " ", " yeah")] if False else [pick("sure it's ", "yeah ", "okay it's ", "um "), V(sp, "SSN")])])


def pos_ssn_split():
    s = gen_ssn()
    gid = new_gid()
    parts = [s[:3], s[3:5], s[5:]]
    turns = [(A, "okay and the social")]
    for i, p in enumerate(parts):
        sp = say(p, [len(p)], modes=("digits", "pairs"))
        turns.append((C, [pick("", "", "uh ") if i else pick("it's ", "yeah "), V(sp, "SSN", gid)]))
        if i < 2:
            turns.append((A, pick("mhm", "okay", "go ahead", "yep")))
    add_case("positive", "call/healthcare billing: SSN split into 3-2-4 over customer turns", turns)


def pos_ssn_last4_readback():
    s = gen_ssn()
    sp = say(s, [3, 2, 4])
    sp2 = say(s, [3, 2, 4], modes=("digits", "pairs"))
    add_case("positive", "call/insurance: SSN given, agent reads full SSN back, vehicle count nearby",
             [(A, "what's the social on the policy"),
              (C, [V(sp, "SSN")]),
              (A, ["thank you so that's ", V(sp2, "SSN"), " and i see three vehicles on the policy"]),
              (C, "yes three cars")])


def ni_text(ni):
    st = R.random()
    if st < 0.35:
        return f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"
    if st < 0.6:
        return ni
    if st < 0.8:
        return ni.lower()
    if st < 0.9:
        return f"{ni[:2]}{ni[2:8]} {ni[8]}"
    return f"{ni[:2]}-{ni[2:4]}-{ni[4:6]}-{ni[6:8]}-{ni[8]}"


def ni_spoken(ni):
    st = pick("plain", "plain", "nato", "asin", "homo")
    letters1 = " ".join(spell_letter(c, st) for c in ni[:2])
    mode = R.randint(0, 2)
    if mode == 0:
        mid = say(ni[2:8], [2, 2, 2], modes=("digits",), uk=True)
    elif mode == 1:
        mid = say(ni[2:8], [2, 2, 2], modes=("pairs",), uk=True)
    else:
        mid = say(ni[2:8], [2, 2, 2], modes=("digits", "pairs"), uk=True)
    last = spell_letter(ni[8], pick("plain", st, "nato"))
    return letters1, mid, last


def pos_ni_chat():
    ni = gen_ni()
    ind = pick("government services", "banking", "insurance", "utilities")
    add_case("positive", f"chat/{ind}: UK NI number typed",
             [(A, pick("Could you confirm your National Insurance number?", "NI number please?",
                       "For security, what's your NINO?")),
              (C, [pick("its ", "NI: ", "sure ", "National insurance no. ", "", "ok - "), V(ni_text(ni), "NI_NUMBER"),
                   pick("", " cheers", ".", " (I think!)", " thanks")])])


def pos_ni_call():
    ni = gen_ni()
    a, b, c = ni_spoken(ni)
    sp = f"{a} {b} {c}"
    ind = pick("government services", "banking", "insurance", "utilities", "healthcare billing")
    add_case("positive", f"call/{ind}: NI number spoken in one turn",
             [(A, pick("and can i take your national insurance number", "what's your n i number please",
                       "i just need your national insurance")),
              (C, [pick("yeah it's ", "it's ", "right okay ", "erm ", ""), V(sp, "NI_NUMBER"),
                   pick("", " i think", " yeah")])])


def pos_ni_split():
    ni = gen_ni()
    a, b, c = ni_spoken(ni)
    gid = new_gid()
    ind = pick("government services", "insurance", "banking")
    add_case("positive", f"call/{ind}: NI number split letters / digits / suffix over turns",
             [(A, "national insurance number please"),
              (C, [pick("okay it's ", "so it's ", ""), V(a, "NI_NUMBER", gid)]),
              (A, pick("yep", "mhm", "okay")),
              (C, [V(b, "NI_NUMBER", gid)]),
              (A, pick("and the letter at the end", "and the last letter")),
              (C, [pick("", "it's ", "uh "), V(c, "NI_NUMBER", gid)])])


def pos_ni_readback():
    ni = gen_ni()
    a, b, c = ni_spoken(ni)
    a2, b2, c2 = ni_spoken(ni)
    add_case("positive", "call/government services: NI given then read back by agent, with unrelated amount",
             [(A, "can you give me your national insurance number"),
              (C, [V(f"{a} {b} {c}", "NI_NUMBER")]),
              (A, ["so that's ", V(f"{a2} {b2} {c2}", "NI_NUMBER"), " and the payment was two hundred and ten pounds"]),
              (C, "yeah that's right")])


def pos_bank_uk():
    acct, sc = digits(8), gen_sort()
    if R.random() < 0.5:
        sct = pick(f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", f"{sc[:2]} {sc[2:4]} {sc[4:]}", sc)
        add_case("positive", "chat/banking: UK sort code and account number typed",
                 [(A, "Which account should the refund go to?"),
                  (C, [pick("sort code ", "SC "), V(sct, "SORT_CODE"), pick(" acc ", " account no ", ", a/c "),
                       V(acct, "BANK_ACCOUNT")])])
    else:
        sc_sp = say(sc, [2, 2, 2], modes=("digits", "pairs"), uk=True)
        ac_sp = say(acct, [4, 4], modes=("digits", "digits", "pairs"), uk=True, filler=0.2)
        add_case("positive", "call/banking: UK sort code and account number spoken in separate turns",
                 [(A, "what's the sort code"), (C, [pick("it's ", ""), V(sc_sp, "SORT_CODE")]),
                  (A, "and the account number"), (C, [pick("", "uh ", "it's "), V(ac_sp, "BANK_ACCOUNT")])])


def pos_bank_us():
    acct = digits(R.choice([10, 11, 12]))
    routing = "0" + digits(8)
    if R.random() < 0.5:
        add_case("positive", "chat/utilities: US checking account number typed next to a monthly amount",
                 [(A, "For autopay, please enter the checking account number."),
                  (C, ["acct # ", V(acct, "BANK_ACCOUNT"), " - the amount each month is $89.99"])])
    else:
        sp = say(acct, None, modes=("digits",), filler=0.0)
        add_case("positive", "call/banking: US account number spoken",
                 [(A, "and what's the account number you're calling about"),
                  (C, ["it's ", V(sp, "BANK_ACCOUNT")])])


def pos_bank_split():
    acct = digits(8)
    gid = new_gid()
    add_case("positive", "call/banking: account number split 4/4 with back-channel",
             [(A, "can i take your account number"),
              (C, ["yeah ", V(say(acct[:4], [4], modes=("digits", "pairs"), uk=True), "BANK_ACCOUNT", gid)]),
              (A, "mhm"),
              (C, [V(say(acct[4:], [4], modes=("digits", "pairs"), uk=True), "BANK_ACCOUNT", gid)])])


def pos_sort_only():
    sc = gen_sort()
    sc_sp = say(sc, [2, 2, 2], modes=("pairs", "digits"), uk=True)
    add_case("positive", "call/banking: sort code spoken as pairs, account balance nearby",
             [(A, "and the sort code of the account you're paying from"),
              (C, ["sort code is ", V(sc_sp, "SORT_CODE"), " and there should be about three hundred quid in it"])])


def iban_text(ib):
    st = R.random()
    if st < 0.5:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if st < 0.8:
        return ib
    return ib.lower()


def pos_iban_chat():
    ib = gen_iban()
    add_case("positive", f"chat/banking: IBAN ({ib[:2]}) typed",
             [(A, pick("Please share the IBAN for the transfer.", "What IBAN should we refund to?")),
              (C, [pick("IBAN: ", "its ", "here: ", "iban "), V(iban_text(ib), "IBAN"), pick("", " BIC to follow", " thanks")])])


def pos_iban_call():
    ib = gen_iban(pick("GB", "IE", "DE", "NL"))
    words = []
    for ch in ib:
        if ch.isalpha():
            words.append(spell_letter(ch, "nato" if ch == "O" else pick("plain", "plain", "nato")))
        else:
            words.append(unit_word(ch, True))
    sp = " ".join(words)
    add_case("positive", f"call/travel: IBAN ({ib[:2]}) spelled out character by character",
             [(A, "okay and the iban for the refund"), (C, ["right it's ", V(sp, "IBAN")])])


def phone_text(ph, kind):
    if kind.startswith("uk"):
        st = R.random()
        if st < 0.3:
            return f"{ph[:5]} {ph[5:]}"
        if st < 0.5:
            return "+44 " + ph[1:5] + " " + ph[5:]
        if st < 0.65:
            return "+44(0)" + ph[1:]
        if st < 0.8:
            return ph
        return "0044 " + ph[1:]
    if kind == "ie_mob":
        return pick(f"{ph[:3]} {ph[3:6]} {ph[6:]}", "+353 " + ph[1:3] + " " + ph[3:], ph)
    return pick(f"({ph[:3]}) {ph[3:6]}-{ph[6:]}", f"{ph[:3]}-{ph[3:6]}-{ph[6:]}", f"+1 {ph[:3]} {ph[3:6]} {ph[6:]}",
                f"{ph[:3]}.{ph[3:6]}.{ph[6:]}", f"1-{ph[:3]}-{ph[3:6]}-{ph[6:]}")


def pos_phone_chat():
    kind = pick("uk_mob", "uk_land", "uk_lon", "ie_mob", "us")
    ph = gen_phone(kind)
    add_case("positive", f"chat/{pick('telecom', 'retail', 'utilities')}: phone ({kind}) typed",
             [(A, "What's the best number to reach you on?"),
              (C, [pick("", "call me on ", "mob ", "Tel: ", "best is "), V(phone_text(ph, kind), "PHONE"),
                   pick("", " after 5pm", " any time", " (work)")])])


def pos_phone_call():
    kind = pick("uk_mob", "uk_land", "ie_mob", "us", "uk_mob")
    ph = gen_phone(kind)
    uk = kind != "us"
    if kind == "uk_mob":
        sizes = [5, 3, 3]
    elif kind == "uk_land":
        sizes = [4, 3, 4]
    elif kind == "ie_mob":
        sizes = [3, 3, 4]
    else:
        sizes = [3, 3, 4]
    sp = say(ph, sizes, modes=("digits", "digits", "pairs"), uk=uk, filler=0.15)
    if kind != "us" and R.random() < 0.3:
        cc = "44" if kind.startswith("uk") else "353"
        sp = "plus " + " ".join(digit_words(cc)) + " " + say(ph[1:], None, modes=("digits",), uk=uk)
    add_case("positive", f"call/{pick('telecom', 'insurance', 'utilities', 'travel')}: phone ({kind}) spoken",
             [(A, "and a contact number in case we get cut off"),
              (C, [pick("yeah it's ", "it's ", "number is ", ""), V(sp, "PHONE"), pick("", " that's my mobile", "")])])


def pos_phone_split():
    ph = gen_phone("uk_mob")
    gid = new_gid()
    add_case("positive", "call/telecom: mobile split 5/6 over two turns with agent back-channel",
             [(A, "what's the mobile number on the account"),
              (C, ["it's ", V(say(ph[:5], [5], uk=True), "PHONE", gid)]),
              (A, "okay go on"),
              (C, [V(say(ph[5:], [3, 3], modes=("digits", "pairs"), uk=True), "PHONE", gid)])])


def pos_email_chat():
    local, dom = gen_email()
    e = f"{local}@{dom}"
    if R.random() < 0.2:
        e = e.upper() if R.random() < 0.5 else e.capitalize()
    add_case("positive", f"chat/{pick('retail', 'travel', 'banking')}: email typed",
             [(A, "Which email should the confirmation go to?"),
              (C, [pick("", "its ", "email: ", "send to "), V(e, "EMAIL"), pick("", " please", ". ta", " - not the old one")])])


def pos_email_call():
    local, dom = gen_email()
    sp = spoken_email(local, dom)
    add_case("positive", f"call/{pick('retail', 'insurance', 'utilities', 'telecom')}: email dictated with 'at' and 'dot'",
             [(A, "can i get an email address for the receipt"),
              (C, [pick("yeah it's ", "sure ", "it's "), V(sp, "EMAIL")])])


def dob_text(d, m, y, us=False):
    st = R.randint(0, 4)
    if st == 0:
        return f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}"
    if st == 1:
        return f"{d} {MONTHS[m - 1].capitalize()} {y}"
    if st == 2:
        return f"{MONTHS[m - 1].capitalize()} {ordinal_suffix(d)}, {y}"
    if st == 3:
        return f"{d}.{m}.{str(y)[2:]}"
    return f"{d}-{MONTH_ABBR[m - 1]}-{y}"


def dob_spoken(d, m, y, us=False):
    st = R.randint(0, 3)
    yw = " ".join(year_words(y))
    if st == 0:
        return f"{' '.join(ordinal_words(d))} of {MONTHS[m - 1]} {yw}"
    if st == 1:
        return f"{MONTHS[m - 1]} {' '.join(ordinal_words(d))} {yw}"
    if st == 2:
        return f"the {' '.join(ordinal_words(d))} of the {' '.join(ordinal_words(m))} {yw}"
    return f"{' '.join(digit_words(f'{d:02d}'))} {' '.join(digit_words(f'{m:02d}'))} {' '.join(pair_words(str(y)[2:]))}"


def pos_dob_chat():
    d, m, y = gen_dob()
    us = R.random() < 0.4
    add_case("positive", f"chat/{pick('healthcare billing', 'insurance', 'banking')}: date of birth typed",
             [(A, "Please confirm your date of birth."),
              (C, [pick("", "dob ", "DOB: ", "born ", "its "), V(dob_text(d, m, y, us), "DOB")])])


def pos_dob_call():
    d, m, y = gen_dob()
    add_case("positive", f"call/{pick('healthcare billing', 'insurance', 'government services', 'banking')}: date of birth spoken",
             [(A, "and can you confirm your date of birth"),
              (C, [pick("yeah it's ", "", "it's ", "uh "), V(dob_spoken(d, m, y), "DOB")])])


def pc_text(out, inw):
    st = R.random()
    if st < 0.5:
        return f"{out} {inw}"
    if st < 0.7:
        return f"{out}{inw}"
    return f"{out} {inw}".lower()


def pc_spoken(out, inw):
    words = []
    st = pick("plain", "plain", "nato")
    for ch in out + inw:
        if ch.isalpha():
            words.append(spell_letter(ch, st))
        else:
            words.append(unit_word(ch, True))
    return " ".join(words)


def pos_address_uk_chat():
    out, inw = gen_uk_postcode()
    n = R.randint(1, 240)
    addr = f"{n} {R.choice(STREETS)} {R.choice(STYPES)}"
    if R.random() < 0.3:
        addr = addr.lower()
    town = R.choice(TOWNS_UK)
    add_case("positive", "chat/retail: UK delivery address with postcode",
             [(A, "What's the delivery address?"),
              (C, [pick("", "its ", "deliver to "), V(addr, "ADDRESS"), f", {town}, ", V(pc_text(out, inw), "POSTCODE")])])


def pos_address_uk_call():
    out, inw = gen_uk_postcode()
    n = R.randint(1, 140)
    street = f"{' '.join(num_words(n))} {R.choice(STREETS).lower()} {R.choice(STYPES).lower()}"
    add_case("positive", "call/utilities: UK address and postcode spoken",
             [(A, "can you confirm the first line of the address and the postcode"),
              (C, ["yeah it's ", V(street, "ADDRESS"), " ", R.choice(TOWNS_UK).lower(), " and the postcode is ",
                   V(pc_spoken(out, inw), "POSTCODE")])])


def pos_postcode_call():
    out, inw = gen_uk_postcode()
    gid = new_gid()
    add_case("positive", "call/insurance: UK postcode split outward/inward over two turns",
             [(A, "what's the postcode there"),
              (C, ["it's ", V(pc_spoken(out, ""), "POSTCODE", gid)]),
              (A, "yep"),
              (C, [V(pc_spoken(inw, ""), "POSTCODE", gid)])])


def pos_address_us():
    z = gen_zip(R.random() < 0.3)
    n = R.randint(10, 9899)
    addr = f"{n} {R.choice(STREETS)} {R.choice(STYPES)}"
    i = R.randrange(len(TOWNS_US))
    zt = z if len(z) == 5 else f"{z[:5]}-{z[5:]}"
    add_case("positive", "chat/healthcare billing: US mailing address with ZIP",
             [(A, "What's the mailing address for the statement?"),
              (C, [V(addr, "ADDRESS"), pick(" Apt 4, ", ", ", " "), f"{TOWNS_US[i]}, {STATES[i]} ", V(zt, "POSTCODE")])])


def pos_zip_call():
    z = gen_zip()
    n = R.randint(100, 999)
    street = f"{' '.join(digit_words(str(n), doubles=0))} {R.choice(STREETS).lower()} {R.choice(STYPES).lower()}"
    add_case("positive", "call/insurance: US street address and zip spoken",
             [(A, "and the garaging address for the vehicle"),
              (C, ["it's ", V(street, "ADDRESS"), " zip code ", V(say(z, [5], modes=("digits",)), "POSTCODE")])])


def pos_ie_address():
    n = R.randint(1, 90)
    addr = f"{n} {R.choice(STREETS)} {R.choice(STYPES)}"
    add_case("positive", "chat/utilities: Irish address (eircode not used) and mobile",
             [(A, "Can you confirm the supply address and a contact number?"),
              (C, [V(addr, "ADDRESS"), f", {R.choice(TOWNS_IE)}. mob ", V(phone_text(gen_phone('ie_mob'), 'ie_mob'), "PHONE")])])


def pos_mixed_id():
    """verification block: DOB + postcode + phone in one customer turn (call)."""
    d, m, y = gen_dob()
    out, inw = gen_uk_postcode()
    ph = gen_phone("uk_mob")
    add_case("positive", "call/banking: DOB, postcode and mobile in one rambling turn",
             [(A, "for security can i take your date of birth postcode and the mobile on the account"),
              (C, ["okay so born ", V(dob_spoken(d, m, y), "DOB"), " postcode ", V(pc_spoken(out, inw), "POSTCODE"),
                   " and the mobile is ", V(say(ph, [5, 6], uk=True), "PHONE")])])


def pos_mixed_us():
    s = gen_ssn()
    d, m, y = gen_dob()
    add_case("positive", "chat/healthcare billing: SSN and DOB in one message with claim number (unlabelled)",
             [(A, "To look up the claim I need SSN and DOB."),
              (C, ["claim 55012 - ssn ", V(f"{s[:3]}-{s[3:5]}-{s[5:]}", "SSN"), " dob ", V(f"{m:02d}/{d:02d}/{y}", "DOB")])])


def pos_mixed_email_phone():
    local, dom = gen_email()
    ph = gen_phone("us")
    add_case("positive", "chat/retail: email and phone in same message",
             [(A, "Can I get contact details for the order?"),
              (C, [V(f"{local}@{dom}", "EMAIL"), " / ", V(phone_text(ph, 'us'), "PHONE"), " - order #4471029"])])


def pos_ni_homophone():
    while True:
        ni = gen_ni()
        if ni[0] in "BCJPRTYXK" and ni[8] in "BC":
            break
    st = "homo"
    a = " ".join(spell_letter(c, st) for c in ni[:2])
    b = say(ni[2:8], [2, 2, 2], modes=("pairs",), uk=True)
    c = spell_letter(ni[8], "homo")
    add_case("positive", "call/government services: NI letters transcribed as homophones ('see', 'bee', 'jay')",
             [(A, "national insurance number"), (C, [V(f"{a} {b} {c}", "NI_NUMBER")])])


def pos_iban_ie_mixed():
    ib = gen_iban("IE")
    add_case("positive", "chat/insurance: Irish IBAN with amount and policy ref nearby",
             [(A, "Where should we send the €250 claim payment?"),
              (C, ["policy 88213 - IBAN ", V(iban_text(ib), "IBAN"), ", name on account A Byrne"])])




ASR_DIGIT = {"2": ["to", "too"], "8": ["ate"]}


def pos_card_asr():
    num, sizes = gen_card(pick("visa", "mc"))
    words = digit_words(num, uk=False, doubles=0.0)
    changed = 0
    for i, w in enumerate(words):
        d = W2D_BASE.get(w)
        if d in ASR_DIGIT and R.random() < 0.5:
            words[i] = R.choice(ASR_DIGIT[d])
            changed += 1
    if changed == 0:
        for i, w in enumerate(words):
            if w in ("two", "eight"):
                words[i] = "to" if w == "two" else "ate"
                break
    k = R.randint(5, 11)
    words = words[:k] + [pick("erm", "um", "uh")] + words[k:]
    add_case("positive", f"call/{pick('telecom', 'retail', 'utilities')}: card with ASR homophones ('to' for two, 'ate' for eight) and a filler inside",
             [(A, "go ahead with the card number"), (C, [pick("it's ", "yeah "), V(" ".join(words), "CARD_NUMBER"), pick("", " that's the debit card")])])


def pos_phone_eu():
    c = pick("de", "fr", "es", "nl", "it")
    if c == "de":
        t = f"+49 30 {digits(8)}"
    elif c == "fr":
        d = "6" + digits(8)
        t = pick(f"+33 {d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}", f"0{d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}")
    elif c == "es":
        d = "6" + digits(8)
        t = f"+34 {d[:3]} {d[3:6]} {d[6:]}"
    elif c == "nl":
        t = f"+31 6 {digits(8)}"
    else:
        t = f"+39 3{digits(2)} {digits(7)}"
    add_case("positive", f"chat/travel: EU mobile ({c}) typed with country code",
             [(A, "Is there a local number we can reach you on during your trip?"),
              (C, [pick("yes ", "sure, ", "", "my ", ""), V(t, "PHONE"), pick("", " (whatsapp too)", " until the 14th", " - staying 6 nights")])])


def pos_phone_hundred():
    ph = str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + "00" + digits(4)
    area = " ".join(digit_words(ph[:3], doubles=0.0))
    exch = f"{UNITS[int(ph[3])]} hundred"
    last = say(ph[6:], [2, 2], modes=("pairs",))
    add_case("positive", "call/healthcare billing: US phone with exchange said as 'x hundred' and last four as pairs",
             [(A, "what's a good callback number"),
              (C, [pick("it's ", "area code "), V(f"{area} {exch} {last}", "PHONE")])])


def pos_email_split():
    local, dom = gen_email()
    gid = new_gid()
    letters = " ".join(ch for ch in re.sub(r"[^a-z]", "", local)) if R.random() < 0.4 else None
    sp_local = spoken_email(local, "x.y").rsplit(" at ", 1)[0]
    dparts = dom.split(".")
    sp_dom = "at " + " dot ".join(dparts)
    turns = [(A, "and an email address please"),
             (C, [pick("yeah it's ", "okay so it's "), V(sp_local, "EMAIL", gid)]),
             (A, pick("mhm", "okay", "yep go on"))]
    turns.append((C, [V(sp_dom, "EMAIL", gid)]))
    turns.append((A, ["lovely so that's ", V(spoken_email(local, dom), "EMAIL"), pick("", " and is that the best one for invoices")]))
    add_case("positive", "call/utilities: email dictated over two turns then read back by agent", turns)


def pos_dob_age():
    d, m, y = gen_dob()
    age = 2026 - y
    add_case("positive", "call/insurance: DOB spoken alongside age (age unlabelled)",
             [(A, "and the main driver's date of birth"),
              (C, [f"that's me i'm {' '.join(num_words(age))} so ", V(dob_spoken(d, m, y), "DOB")]),
              (A, "thank you and how many years no claims do you have"),
              (C, f"{pick('five', 'nine', 'three')} years")])


def pos_ssn_chat_messy():
    s = gen_ssn()
    t = pick(f"{s[:3]} - {s[3:5]} - {s[5:]}", f"{s[:5]} {s[5:]}", f"{s[:3]}-{s[3:5]}{s[5:]}", f"{s[:3]}{s[3:5]}-{s[5:]}")
    add_case("positive", "chat/banking: SSN typed with irregular separators plus a dollar amount",
             [(A, "Please confirm the SSN of the primary account holder."),
              (C, [pick("sorry typo earlier, its ", "SSN = ", "ok "), V(t, "SSN"), f", and I want to dispute the ${R.randint(20, 900)}.{R.randint(10, 99)} charge"])])


def pos_ni_chat_typo():
    ni = gen_ni()
    t = pick(f"{ni[:2].lower()} {ni[2:8]} {ni[8].lower()}", f"{ni[:2]}{ni[2:4]} {ni[4:6]}{ni[6:8]}{ni[8]}", f"{ni[:2]} {ni[2:5]} {ni[5:8]} {ni[8]}")
    add_case("positive", "chat/government services: NI typed with odd spacing and lower case, next to a benefit amount",
             [(A, "Can you confirm your NI number and the amount you received?"),
              (C, [pick("ni no ", "NINO ", "its "), V(t, "NI_NUMBER"), f" and i got £{R.randint(80, 450)}.{R.randint(10, 99)} last week"])])


def pos_address_move():
    out, inw = gen_uk_postcode()
    n = R.randint(2, 199)
    street = f"{n} {R.choice(STREETS)} {R.choice(STYPES)}"
    if R.random() < 0.4:
        street = street.lower()
    add_case("positive", "chat/telecom: change of address with flat number outside the span, move date unlabelled",
             [(A, "What's the new address for the broadband?"),
              (C, [pick("moving on the 3rd to flat 2, ", "we move on 14 March - flat 9b ", "Flat 1 "), V(street, "ADDRESS"),
                   pick(", ", " ", " in "), R.choice(TOWNS_UK), " ", V(pc_text(out, inw), "POSTCODE"), pick("", " - 2 bed, ground floor")])])


def pos_iban_split_call():
    ib = gen_iban(pick("GB", "IE", "DE"))
    gid = new_gid()
    groups = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    turns = [(A, "go ahead with the iban i'm ready")]
    for gi, g in enumerate(groups):
        w = []
        for ch in g:
            w.append(spell_letter(ch, "nato" if ch == "O" else "plain") if ch.isalpha() else unit_word(ch, True))
        turns.append((C, [V(" ".join(w), "IBAN", gid)]))
        if gi < len(groups) - 1:
            turns.append((A, pick("yep", "mhm", "okay", "got that")))
    add_case("positive", f"call/insurance: {ib[:2]} IBAN read in blocks of four over many turns", turns)


def pos_cvv_exp_chat_only():
    cvv = digits(3)
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    add_case("positive", "chat/retail: expiry and CVV typed in separate messages with odd spacing",
             [(A, "And the expiry date and security code?"),
              (C, [pick("exp ", "expiry ", ""), V(pick(f"{mm:02d}{yy}", f"{mm:02d}.{yy}", f"{MONTH_ABBR[mm - 1]} 20{yy}", f"{mm:02d}/20{yy}"), "EXPIRY")]),
              (C, [pick("cvv is ", "sec code ", "code "), V(pick(" ".join(cvv), cvv), "CVV"), pick("", " thanks", " (3 digits on back)")])])


POS_TEMPLATES = [
    (pos_address_move, 5), (pos_iban_split_call, 2), (pos_cvv_exp_chat_only, 4),
    (pos_card_asr, 4), (pos_phone_eu, 5), (pos_phone_hundred, 3), (pos_email_split, 4), (pos_dob_age, 3),
    (pos_ssn_chat_messy, 4), (pos_ni_chat_typo, 4),
    # (function, number of cases)
    (pos_card_chat, 14), (pos_card_call_one, 9), (pos_card_call_split, 5), (pos_card_readback, 2),
    (pos_card_correction, 2), (pos_card_cvv_exp_chat, 7), (pos_cvv_exp_call, 10),
    (pos_ssn_chat, 12), (pos_ssn_call, 10), (pos_ssn_split, 3), (pos_ssn_last4_readback, 2), (pos_mixed_us, 4),
    (pos_ni_chat, 12), (pos_ni_call, 9), (pos_ni_split, 3), (pos_ni_readback, 2), (pos_ni_homophone, 3),
    (pos_bank_uk, 8), (pos_bank_us, 5), (pos_bank_split, 2), (pos_sort_only, 6),
    (pos_iban_chat, 10), (pos_iban_call, 3), (pos_iban_ie_mixed, 2),
    (pos_phone_chat, 8), (pos_phone_call, 7), (pos_phone_split, 2),
    (pos_email_chat, 7), (pos_email_call, 7), (pos_mixed_email_phone, 2),
    (pos_dob_chat, 7), (pos_dob_call, 7), (pos_mixed_id, 3),
    (pos_address_uk_chat, 5), (pos_address_uk_call, 5), (pos_postcode_call, 3), (pos_address_us, 4),
    (pos_zip_call, 3), (pos_ie_address, 2),
]


# ---------------------------------------------------------------------------
# negative templates
# ---------------------------------------------------------------------------
def money_spoken():
    return pick(f"{' '.join(num_words(R.randint(2, 999)))} pounds", f"{' '.join(num_words(R.randint(2, 99)))} dollars fifty",
                f"{' '.join(num_words(R.randint(2, 999)))} euro", f"{' '.join(num_words(R.randint(11, 99)))} ninety nine")


def neg_money_chat():
    amt = f"{R.randint(10, 4999)}.{R.randint(0, 99):02d}"
    add_case("negative", "chat/utilities: bill amount, due date and percentage",
             [(A, "How can I help?"),
              (C, [f"my bill went up to £{amt} this month, thats like {R.randint(11, 45)}% more than {MONTHS[R.randint(0, 11)].capitalize()}"]),
              (A, [f"I can see the payment of £{amt} is due on {R.randint(1, 28)}/{R.randint(1, 12):02d}/2026."])])


def neg_order_ref():
    ref = digits(R.randint(6, 10))
    word = pick("order number", "ticket number", "claim number", "invoice number", "reference", "case number")
    add_case("negative", f"chat/retail: {word} of {len(ref)} digits said with its reference word",
             [(A, f"Can you give me the {word}?"),
              (C, [f"{word} is {ref}"]),
              (A, pick("Thanks, I can see that now.", "Thanks, that's on the system.", "Great, bear with me while I open it."))])


def neg_ref_spoken():
    ref = digits(R.randint(6, 9))
    word = pick("order number", "ticket number", "claim number", "reference number", "booking reference")
    add_case("negative", f"call/{pick('retail', 'insurance', 'travel')}: {word} spoken digit by digit",
             [(A, f"have you got the {word} there"),
              (C, [f"yeah the {word} is {say(ref, None, modes=('digits',))}"]),
              (A, "lovely thank you bear with me")])


def neg_times():
    h = R.randint(1, 12)
    add_case("negative", "call/telecom: times, durations and counts",
             [(A, "when did the outage start"),
              (C, [f"about {' '.join(num_words(h))} {pick('fifteen', 'thirty', 'forty five', 'o clock')} this morning and it lasted "
                   f"{' '.join(num_words(R.randint(2, 59)))} minutes i rang {' '.join(num_words(R.randint(2, 9)))} times"]),
              (A, f"okay i'll book an engineer for the {' '.join(ordinal_words(R.randint(1, 28)))} between eight and one")])


def neg_flight():
    fl = pick("BA", "EI", "FR", "LH", "AA", "UA") + str(R.randint(100, 9999))
    add_case("negative", "chat/travel: flight number, seat, gate and fare",
             [(A, "What flight are you booked on?"),
              (C, [f"{fl} on the {ordinal_suffix(R.randint(1, 28))} of {MONTHS[R.randint(0, 11)].capitalize()}, seat {R.randint(1, 40)}{R.choice('ABCDEF')}, paid €{R.randint(59, 899)}"]),
              (A, f"Thanks. Your flight departs at {R.randint(6, 21):02d}:{R.choice(['05', '15', '40', '55'])} from gate {R.randint(1, 60)}.")])


def neg_meter():
    r = digits(5)
    add_case("negative", "call/utilities: meter reading spoken digit by digit, with reading word",
             [(A, "can you read me the numbers on the meter"),
              (C, [f"the meter reading is {say(r, None, modes=('digits',), uk=True)} and the red ones are {say(digits(1), None)}"]),
              (A, "perfect that's gone on the account for today")])


def neg_model():
    m = pick("SM-G", "KD-", "XR", "WM", "HX-") + str(R.randint(100, 99999))
    add_case("negative", "chat/retail: model number, quantity and price",
             [(A, "Which item is faulty?"),
              (C, [f"the {m} washing machine, bought 2 of them for £{R.randint(199, 899)} each back in {R.randint(2019, 2025)}"])])


def neg_age_temp():
    add_case("negative", "call/healthcare billing: age, temperature and years",
             [(A, "and who's the appointment for"),
              (C, [f"my son he's {' '.join(num_words(R.randint(3, 17)))} he had a temperature of {pick('thirty eight point five', 'a hundred and one', 'thirty nine')} "
                   f"for {' '.join(num_words(R.randint(2, 6)))} days"]),
              (A, f"okay i've booked him in for {pick('monday', 'tuesday', 'friday')} at {pick('ten thirty', 'two fifteen', 'nine o clock')}")])


def neg_balance():
    bal = f"{R.randint(100, 99999):,}.{R.randint(0, 99):02d}"
    add_case("negative", "chat/banking: balance, interest rate, transaction count",
             [(C, "whats my balance"),
              (A, [f"Your current balance is ${bal}. You have {R.randint(2, 40)} pending transactions and the APR is {R.randint(12, 29)}.{R.randint(0, 99)}%."]),
              (C, "ok thanks")])


def neg_balance_call():
    add_case("negative", "call/banking: balance and payment spoken as words",
             [(A, f"your balance is {money_spoken()} and the minimum payment is {money_spoken()}"),
              (C, f"okay can i pay {money_spoken()} on the {' '.join(ordinal_words(R.randint(1, 28)))} of {MONTHS[R.randint(0, 11)]}"),
              (A, "yes that's fine")])


def neg_contract():
    y = R.randint(2015, 2026)
    add_case("negative", "chat/telecom: contract start date, data allowance, speed",
             [(A, "How can I help today?"),
              (C, [f"my contract started {R.randint(1, 28)}/{R.randint(1, 12):02d}/{y} and i'm on {R.choice([10, 30, 50, 100])}GB but only getting {R.randint(2, 80)} Mbps"]),
              (A, f"Sorry to hear that. You're {R.randint(3, 23)} months into a 24 month contract.")])


def neg_room():
    add_case("negative", "call/travel: hotel room number, nights, booking date",
             [(A, "how can i help"),
              (C, f"i was in room {' '.join(digit_words(str(R.randint(101, 999))))} for {' '.join(num_words(R.randint(2, 9)))} nights and got charged twice"),
              (A, f"i can see the booking from the {' '.join(ordinal_words(R.randint(1, 28)))} of {MONTHS[R.randint(0, 11)]} i'll refund the {money_spoken()}")])


def neg_year_count():
    add_case("negative", "call/insurance: years, counts and car details",
             [(A, "how long have you been driving"),
              (C, f"since {' '.join(year_words(R.randint(1985, 2015)))} so about {' '.join(num_words(R.randint(10, 35)))} years and i've had {pick('two', 'three', 'no', 'four')} claims"),
              (A, f"and the car is a {R.randint(2010, 2024)} model with {' '.join(num_words(R.randint(20, 90)))} thousand miles")])


def neg_ordinal_amounts():
    add_case("negative", "chat/government services: tax year, amount, deadline",
             [(C, [f"I owe £{R.randint(200, 9000)} for the {pick('2021-22', '2022-23', '2023-24', '2024-25')} tax year, can I pay by {R.randint(1, 28)} {MONTHS[R.randint(0, 11)].capitalize()}?"]),
              (A, f"Yes, you can set up a plan of £{R.randint(20, 400)} a month over {R.randint(3, 12)} months.")])


def neg_ticket_long():
    t = digits(10)
    add_case("negative", "chat/telecom: 10-digit ticket number with its reference word and a time",
             [(A, f"I've raised ticket {t} for you."),
              (C, f"thanks, ticket {t}, will someone call before {R.randint(1, 11)}pm?"),
              (A, "Yes, within 48 hours.")])


def neg_percent_speed():
    add_case("negative", "call/telecom: speeds, percentages, prices",
             [(A, f"so you're on the {' '.join(num_words(R.choice([100, 500, 900])))} meg package at {money_spoken()} a month"),
              (C, f"yeah but i'm only getting about {' '.join(num_words(R.randint(20, 80)))} and my battery's on {' '.join(num_words(R.randint(5, 60)))} percent"),
              (A, "okay let's run a line test")])


def neg_appointment():
    add_case("negative", "chat/healthcare billing: appointment date and time (not a birth date), invoice amount",
             [(A, "Which visit is the bill for?"),
              (C, [f"the appointment on {MONTHS[R.randint(0, 11)].capitalize()} {ordinal_suffix(R.randint(1, 28))} {R.randint(2024, 2026)} at {R.randint(8, 11)}:{pick('00', '15', '30')}am, invoice total ${R.randint(80, 900)}.{R.randint(10, 99)}"]),
              (A, "Thanks, I see it.")])


def neg_quantity():
    add_case("negative", "call/retail: quantities, sizes and a delivery window",
             [(C, f"i ordered {' '.join(num_words(R.randint(2, 12)))} packs of the size {' '.join(num_words(R.randint(6, 14)))} and only {' '.join(num_words(R.randint(1, 5)))} came"),
              (A, f"sorry about that i'll send the rest it'll arrive in {' '.join(num_words(R.randint(2, 5)))} to {' '.join(num_words(R.randint(6, 9)))} working days")])




def neg_payment_date_spoken():
    add_case("negative", "call/banking: payment and direct-debit dates spoken (not birth dates)",
             [(A, "when did the payment go out"),
              (C, f"it went out on the {' '.join(ordinal_words(R.randint(1, 28)))} of the {' '.join(ordinal_words(R.randint(1, 12)))} and the direct debit's normally the {' '.join(ordinal_words(R.randint(1, 28)))}"),
              (A, f"okay i can see {money_spoken()} left the account on that date")])


def neg_speed_temp():
    add_case("negative", "call/insurance: speed, temperature, distance and time of an incident",
             [(A, "can you tell me what happened"),
              (C, f"i was doing about {' '.join(num_words(R.randint(20, 70)))} miles an hour it was minus {' '.join(num_words(R.randint(1, 6)))} degrees and the other car came out {' '.join(num_words(R.randint(10, 90)))} yards ahead at about {pick('half six', 'quarter past eight', 'ten to five')}"),
              (A, "okay and was anyone hurt")])


def neg_double_triple():
    add_case("negative", "call/travel: 'double'/'triple' used for rooms and counts, plus a flight time",
             [(C, f"i booked a double room and a triple for {' '.join(num_words(R.randint(2, 9)))} nights from the {' '.join(ordinal_words(R.randint(1, 28)))}"),
              (A, f"yes i have that the total is {money_spoken()} and check in is from {pick('two', 'three', 'four')} pm"),
              (C, "great and is breakfast included")])


NEG_TEMPLATES = [
    (neg_payment_date_spoken, 5), (neg_speed_temp, 4), (neg_double_triple, 4),
    (neg_money_chat, 8), (neg_order_ref, 10), (neg_ref_spoken, 8), (neg_times, 7), (neg_flight, 7),
    (neg_meter, 6), (neg_model, 6), (neg_age_temp, 6), (neg_balance, 6), (neg_balance_call, 6),
    (neg_contract, 6), (neg_room, 5), (neg_year_count, 5), (neg_ordinal_amounts, 5), (neg_ticket_long, 5),
    (neg_percent_speed, 5), (neg_appointment, 6), (neg_quantity, 5),
]


# ---------------------------------------------------------------------------
# normalisation / validation
# ---------------------------------------------------------------------------
W2D = {w: str(i) for i, w in enumerate(UNITS)}
W2D_BASE = dict(W2D)
W2D.update({"oh": "0", "o": "0", "nought": "0", "zero": "0", "to": "2", "too": "2", "ate": "8"})
TEEN2D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2D = {v: k for k, v in TENS.items()}
ORD2D = {w: str(i) for i, w in enumerate(ORD_UNITS) if w}
ORD2D.update({w: str(10 + i) for i, w in enumerate(ORD_TEENS)})
ORD2D.update({"twentieth": "20", "thirtieth": "30"})
MONTH_LOW = {m.lower() for m in MONTH_ABBR}
HOMO2L = {v: k for k, v in HOMO.items()}
SKIP = set(FILLERS) | {"and", "of", "the", "slash", "dash", "hyphen", "space", "no", "sorry", "wait"}


def normalise(text):
    """spoken / typed value -> compact lower-case string of digits/letters (+)."""
    toks = re.findall(r"[a-z0-9]+|\+", text.lower())
    out = []
    i = 0
    mult = 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in ("for", "as"):
            # 'x for xray' / 'x as in xmas' -> skip the explanation word
            i += 3 if (t == "as" and nxt == "in") else 2
            continue
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        if t == "plus":
            out.append("+")
        elif t == "+":
            out.append("+")
        elif re.fullmatch(r"\d+(st|nd|rd|th)", t):
            out.append(re.sub(r"\D", "", t))
        elif t.isdigit():
            out.append(t * mult)
        elif t in W2D and not (t == "o" and nxt in ("for", "as")):
            out.append(W2D[t] * mult)
        elif t in TEEN2D:
            out.append(TEEN2D[t])
        elif t in TENS2D:
            if nxt in W2D and nxt not in ("oh", "o", "nought", "zero", "to", "too", "ate"):
                out.append(str(TENS2D[t]) + W2D[nxt])
                i += 1
            elif nxt in ORD2D and len(ORD2D[nxt]) == 1:
                out.append(str(TENS2D[t]) + ORD2D[nxt])
                i += 1
            else:
                out.append(str(TENS2D[t]) + "0")
        elif t in ORD2D:
            out.append(ORD2D[t])
        elif t == "hundred":
            out.append("00")
        elif t == "thousand":
            rest = toks[i + 1:]
            rest = [x for x in rest if x != "and"]
            if rest and rest[0] in W2D:
                out.append("00")
            elif rest and (rest[0] in TEEN2D or rest[0] in TENS2D):
                out.append("0")
            else:
                out.append("000")
        elif t in SKIP or t in MONTHS or t in MONTH_LOW:
            pass
        elif t in HOMO2L:
            out.append(HOMO2L[t])
        elif len(t) == 1 or re.fullmatch(r"[a-z0-9]+", t):
            out.append(t * mult)
        else:
            return None
        mult = 1
        i += 1
    return "".join(out)


def norm_email(text):
    t = text.lower().strip()
    if "@" in t:
        return t
    toks = t.split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w == "at":
            out.append("@")
        elif w == "dot":
            out.append(".")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in TEEN2D or w in TENS2D or w in W2D or w in ("double", "triple"):
            j = i
            while j < len(toks) and (toks[j] in TEEN2D or toks[j] in TENS2D or toks[j] in W2D or toks[j] in ("double", "triple")):
                j += 1
            out.append(normalise(" ".join(toks[i:j])) or "?")
            i = j
            continue
        else:
            out.append(w)
        i += 1
    return "".join(out)


UK_PC = re.compile(r"[a-z]{1,2}\d[a-z\d]?\d[a-z]{2}")
STYPE_RE = re.compile(r"(" + "|".join(s.lower() for s in STYPES) + r")$")


def validate(typ, surface, corr=False):
    """Return an error string or None."""
    s = surface
    if corr:
        parts = re.split(r"\bno (?:wait )?sorry\b|\bsorry no\b", s)
        if len(parts) != 2:
            return "correction marker missing"
        if not re.fullmatch(r"\d+", normalise(parts[0]) or "x"):
            return "bad false start"
        s = parts[1]
    if typ == "EMAIL":
        e = norm_email(s)
        return None if re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", e) else f"email {e!r}"
    if typ == "ADDRESS":
        low = s.lower()
        first = low.split()[0]
        if not (first.isdigit() or first in W2D or first in TEEN2D or first in TENS2D):
            return "address must start with a house number"
        return None if STYPE_RE.search(low) else "address must end in street type"
    n = normalise(s)
    if n is None:
        return f"cannot normalise {s!r}"
    if typ == "CARD_NUMBER":
        return None if n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n) else f"card {n}"
    if typ == "CVV":
        return None if n.isdigit() and len(n) in (3, 4) else f"cvv {n}"
    if typ == "EXPIRY":
        low = s.lower()
        if any(m in low.split() for m in MONTHS) or any(m in low.split() for m in MONTH_LOW):
            return None if n.isdigit() and len(n) in (2, 4) else f"expiry {n}"
        ok = n.isdigit() and len(n) in (3, 4, 6) and 1 <= int(n[:-2] if len(n) != 6 else n[:2]) <= 12
        return None if ok else f"expiry {n}"
    if typ == "SSN":
        return None if n.isdigit() and len(n) == 9 else f"ssn {n}"
    if typ == "NI_NUMBER":
        m = re.fullmatch(r"([a-z])([a-z])\d{6}[a-d]", n)
        if not m:
            return f"ni {n}"
        a, b = m.group(1).upper(), m.group(2).upper()
        if a not in NI_FIRST or b not in NI_SECOND or a + b in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return f"ni prefix {n}"
        return None
    if typ == "BANK_ACCOUNT":
        return None if n.isdigit() and 6 <= len(n) <= 12 else f"account {n}"
    if typ == "SORT_CODE":
        return None if n.isdigit() and len(n) == 6 else f"sort {n}"
    if typ == "IBAN":
        return None if iban_ok(n) else f"iban {n}"
    if typ == "PHONE":
        m = re.fullmatch(r"\+?(\d{10,14})", n)
        return None if m else f"phone {n}"
    if typ == "DOB":
        low = s.lower()
        has_month = any(m in low for m in MONTHS) or any(m.lower() in low for m in MONTH_ABBR)
        if not n.isdigit():
            return f"dob {n}"
        return None if (has_month and len(n) >= 3) or 4 <= len(n) <= 8 else f"dob {n}"
    if typ == "POSTCODE":
        return None if UK_PC.fullmatch(n) or re.fullmatch(r"\d{5}(\d{4})?", n) else f"postcode {n}"
    return f"unknown type {typ}"


# ---------------------------------------------------------------------------
# build / write / check
# ---------------------------------------------------------------------------
def build():
    global R
    R = random.Random(SEED)
    CASE_LIST.clear()
    _gid[0] = 0
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            fn()
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            fn()
    pos = [c for c in CASE_LIST if c[0]["kind"] == "positive"]
    neg = [c for c in CASE_LIST if c[0]["kind"] == "negative"]
    R.shuffle(pos)
    R.shuffle(neg)
    records = []
    metas = []
    for prefix, group_ in (("pos", pos), ("neg", neg)):
        for i, (case, meta) in enumerate(group_, 1):
            rec = {"id": f"{PREFIX}-{prefix}-{i:03d}", "kind": case["kind"], "turns": case["turns"],
                   "spans": case["spans"], "note": case["note"]}
            records.append(rec)
            metas.append(meta)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return records, metas, text


def counts(records):
    c = Counter()
    for r in records:
        for s in r["spans"]:
            c[s["type"]] += 1
    return c


def readme(records):
    c = counts(records)
    npos = sum(r["kind"] == "positive" for r in records)
    nneg = len(records) - npos
    lines = [
        "# pii_holdout81 - held-out PII redaction evaluation set",
        "",
        "**Never use this set for tuning.** It is a held-out evaluation set; do not",
        "look at individual failures to adjust rules, thresholds or vocabularies.",
        "",
        "## Provenance",
        "",
        "Written by an AI helper acting as an independent author. The author did not",
        "see the redaction code, its tests, its documentation or any other PII",
        "fixture; the only input was the JSONL format description. The data is",
        "synthetic and generated by `scripts/make_pii_holdout81.py` from template",
        f"functions and a single `random.Random({SEED})`; output is byte-for-byte",
        "reproducible. `python scripts/make_pii_holdout81.py --check` regenerates the",
        "file, compares it byte for byte, and validates ids, offsets, word",
        "boundaries, overlaps and every labelled value (after normalising spoken",
        "forms: Luhn for cards, mod-97 for IBANs, NI format/prefix rules, 9 digits for",
        "SSN, 6 for sort codes, digit counts for CVV/phone/account, postcode shapes).",
        "",
        "## Content",
        "",
        "Contact-centre chats (typed; varied separators, case, punctuation) and phone",
        "calls written the way an ASR transcript would be (lower case, numbers as",
        "words, 'oh'/'o'/'nought'/'zero' for 0, 'double'/'triple', pairs such as",
        "'forty one eleven', 'x for xray' / 'm as in mother' spelling, letter",
        "homophones such as 'see'/'bee'/'jay', 'at'/'dot' e-mails, values split over",
        "several customer turns with agent back-channels, agent read-backs, fillers",
        "inside readings and self-corrections). Industries: banking, telecom,",
        "utilities, retail, insurance, travel, healthcare billing, government",
        "services; countries: US, UK, Ireland, EU.",
        "",
        "Negative cases contain only look-alikes that must not be redacted: money,",
        "prices, balances, times, durations, counts, quantities, years, percentages,",
        "non-birth dates (appointments, payments, contracts), order/ticket/claim/",
        "invoice/reference numbers (up to 10 digits, with their reference word),",
        "flight numbers, room numbers, model numbers, meter readings, speeds, ages,",
        "temperatures. Positive cases may also contain such unlabelled numbers.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only, from its first to its last character/word;",
        "  lead-in words ('it's', 'my ssn is', 'sort code') are outside.",
        "- Spoken values: the span runs from the first to the last spoken token of",
        "  the value and includes fillers ('um', 'er') and 'double'/'triple' words",
        "  that fall inside it, and the 'for xray' / 'as in mother' explanations.",
        "- Values split over several turns: each customer-turn piece is its own span",
        "  of the same type. Agent read-backs of a full value are labelled too.",
        "- Self-correction: one span from the false start through the corrected",
        "  value (the false start is itself part of the number being given).",
        "- ADDRESS is the street line (house number + street name + street type);",
        "  town/city/state are not labelled; the postcode/ZIP is a separate",
        "  POSTCODE span. Flat/Apt designators (before or after the street line)",
        "  are outside the span.",
        "- EXPIRY is the month+year as given; CVV only the digits; DOB the full",
        "  date (including 'the', 'of' inside spoken dates), not 'born'.",
        "- PHONE includes a leading '+44', '0044', '+1', '1-', '(0)' or spoken",
        "  'plus four four' when present.",
        "- E-mail spans cover the whole address, including spoken 'at' / 'dot'.",
        "",
        "## Counts",
        "",
        f"- positive cases: {npos}",
        f"- negative cases: {nneg}",
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append(f"| {t} | {c[t]} |")
    lines.append(f"| total | {sum(c.values())} |")
    lines.append("")
    return "\n".join(lines)


def check(records, metas, text):
    errs = []
    if not CASES.exists():
        errs.append("cases.jsonl missing")
    elif CASES.read_text(encoding="utf-8") != text:
        errs.append("cases.jsonl differs from regenerated output")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(records):
        errs.append("README.md differs from regenerated output")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    # parse the file itself too
    file_recs = [json.loads(l) for l in text.splitlines()]
    for r, meta in zip(file_recs, metas):
        rid = r["id"]
        if r["kind"] not in ("positive", "negative"):
            errs.append(f"{rid}: bad kind")
        if r["kind"] == "negative" and r["spans"]:
            errs.append(f"{rid}: negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(f"{rid}: positive without spans")
        if not r["note"] or "/" not in r["note"]:
            errs.append(f"{rid}: note")
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                errs.append(f"{rid}: speaker")
        by_turn = defaultdict(list)
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append(f"{rid}: type {s['type']}")
            if not (0 <= s["turn"] < len(r["turns"])):
                errs.append(f"{rid}: turn out of range")
                continue
            txt = r["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                errs.append(f"{rid}: offsets out of range")
                continue
            if (st > 0 and txt[st - 1].isalnum()) or (en < len(txt) and txt[en].isalnum()):
                errs.append(f"{rid}: span not on word boundary {txt[st:en]!r}")
            if not txt[st].isalnum() and txt[st] not in "+(" or not txt[en - 1].isalnum():
                errs.append(f"{rid}: span edge not alnum {txt[st:en]!r}")
            if txt[st:en] != txt[st:en].strip():
                errs.append(f"{rid}: span has surrounding space")
            by_turn[s["turn"]].append((st, en))
        for tn, lst in by_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append(f"{rid}: overlapping spans in turn {tn}")
        # value validation, grouped
        groups = defaultdict(list)
        for (ti, s, e, typ, gid, corr) in meta:
            groups[gid].append((ti, s, e, typ, corr))
        for gid, parts in groups.items():
            types = {p[3] for p in parts}
            if len(types) != 1:
                errs.append(f"{rid}: mixed types in group")
                continue
            typ = parts[0][3]
            surf = " ".join(r["turns"][ti]["text"][s:e] for ti, s, e, _, _ in parts)
            err = validate(typ, surf, any(p[4] for p in parts))
            if err:
                errs.append(f"{rid}: {typ}: {err} <- {surf!r}")
    c = counts(records)
    npos = sum(r["kind"] == "positive" for r in records)
    nneg = len(records) - npos
    if npos < 170:
        errs.append(f"only {npos} positives")
    if nneg < 100:
        errs.append(f"only {nneg} negatives")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c[t] < need:
            errs.append(f"{t}: {c[t]} spans < {need}")
    # negatives must not contain obvious long digit runs without a reference word
    return errs


def main(argv):
    records, metas, text = build()
    c = counts(records)
    npos = sum(r["kind"] == "positive" for r in records)
    summary = [f"positives={npos} negatives={len(records) - npos} spans={sum(c.values())}"]
    summary += [f"  {t:13s} {c[t]}" for t in TYPES]
    if "--check" in argv:
        errs = check(records, metas, text)
        print("\n".join(summary))
        if errs:
            for e in errs[:200]:
                print("ERROR", e)
            print(f"FAILED: {len(errs)} problem(s)")
            return 1
        print("check OK")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme(records), encoding="utf-8")
    print("\n".join(summary))
    print(f"wrote {CASES.relative_to(ROOT)} and {README.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

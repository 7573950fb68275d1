#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout236``.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only; output is byte-for-byte reproducible
(seed 236241126).

    python scripts/make_pii_holdout236.py          # write fixture + README
    python scripts/make_pii_holdout236.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 236241126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout236"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h236"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# --------------------------------------------------------------------------
# number words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
       "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
       "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
       "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
       "twentieth": 20, "thirtieth": 30}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "r": "romeo",
        "s": "sierra", "t": "tango", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
FOR_WORDS = {"a": "apple", "b": "bravo", "c": "charlie", "d": "david", "e": "edward",
             "h": "harry", "j": "john", "k": "kilo", "l": "london", "m": "mother",
             "n": "nancy", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
             "w": "william", "x": "x-ray", "y": "yellow", "z": "zebra", "g": "george"}


def digit_word(d, zero="oh"):
    return zero if d == "0" else UNITS[int(d)]


def say_digits(ds, zero=None, doubles=True):
    """Digit-by-digit reading with optional double/triple."""
    zero = zero or R.choice(["oh", "zero", "oh", "o"])
    out, i = [], 0
    while i < len(ds):
        d = ds[i]
        if doubles and i + 2 < len(ds) and ds[i + 1] == d and ds[i + 2] == d and R.random() < 0.6:
            out.append("triple " + digit_word(d, zero))
            i += 3
        elif doubles and i + 1 < len(ds) and ds[i + 1] == d and R.random() < 0.6:
            out.append("double " + digit_word(d, zero))
            i += 2
        else:
            out.append(digit_word(d, zero))
            i += 1
    return " ".join(out)


def say_pair(p, zero="oh"):
    a, b = p[0], p[1]
    if a == "0":
        return zero + " " + digit_word(b, zero)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + UNITS[int(b)]


def say_pairs(ds, zero="oh"):
    assert len(ds) % 2 == 0
    return " ".join(say_pair(ds[i:i + 2], zero) for i in range(0, len(ds), 2))


def say_mixed(ds, zero=None):
    """Groups of 4 said as pairs or digits at random (how people read cards)."""
    zero = zero or R.choice(["oh", "zero"])
    parts = []
    for i in range(0, len(ds), 4):
        g = ds[i:i + 4]
        if len(g) == 4 and R.random() < 0.35 and g[0] != "0" and g[2] != "0" and g[3] != "0":
            parts.append(say_pairs(g, zero))
        else:
            parts.append(say_digits(g, zero))
    return parts


def say_year(y):
    y = str(y)
    if y.startswith("20") and y[2] == "0":
        return "two thousand" + ("" if y[3] == "0" else " " + UNITS[int(y[3])])
    return say_pair(y[:2]) + " " + say_pair(y[2:])


def say_day_ord(d):
    inv = {v: k for k, v in ORD.items()}
    if d in inv:
        return inv[d]
    t, u = divmod(d, 10)
    return TENS[t] + " " + inv[u]


# --------------------------------------------------------------------------
# value generators
def luhn_ok(ds):
    s, alt = 0, False
    for ch in reversed(ds):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        s += n
        alt = not alt
    return s % 10 == 0


def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        body, n = "4" + "".join(R.choice("0123456789") for _ in range(5)), 16
    elif kind == "mc":
        body, n = str(R.randint(51, 55)) + "".join(R.choice("0123456789") for _ in range(4)), 16
    elif kind == "amex":
        body, n = R.choice(["34", "37"]) + "".join(R.choice("0123456789") for _ in range(4)), 15
    else:
        body, n = "6011" + "".join(R.choice("0123456789") for _ in range(2)), 16
    while len(body) < n - 1:
        body += R.choice("0123456789")
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, kind
    raise AssertionError


def group_card(ds, kind):
    if kind == "amex":
        return [ds[:4], ds[4:10], ds[10:]]
    return [ds[i:i + 4] for i in range(0, len(ds), 4)]


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
        a, b = R.choice(letters), R.choice(letters)
        if a in NI_BAD_FIRST or b in NI_BAD_SECOND or a + b in NI_BAD_PAIRS:
            continue
        break
    return a + b + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def gen_iban(country=None):
    country = country or R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14)
    elif country == "IE":
        bban = R.choice(["AIBK", "BOFI"]) + dg(14)
    elif country == "DE":
        bban = dg(18)
    elif country == "FR":
        bban = dg(10) + "".join(R.choice("ABCDEFGHJK0123456789") for _ in range(11)) + dg(2)
    elif country == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    else:
        bban = dg(20)
    return country + iban_check(country, bban) + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def gen_us_phone():
    area = R.choice(["415", "312", "646", "213", "404", "617", "702", "206", "305",
                     "512", "614", "720", "919", "267", "503", "816", "480", "651"])
    return area + str(R.randint(2, 9)) + "%02d" % R.randint(0, 99) + "%04d" % R.randint(0, 9999)


def gen_uk_mobile():
    return "07" + str(R.choice([4, 5, 7, 8, 9])) + "".join(R.choice("0123456789") for _ in range(8))


def gen_ie_mobile():
    return "08" + R.choice("35679") + "".join(R.choice("0123456789") for _ in range(7))


def gen_zip():
    return "%05d" % R.randint(1001, 99950)


UK_PC = ["SW1A 2BN", "M4 6BH", "LS6 3QW", "B15 2TT", "EH8 9YL", "CF10 3AT",
         "BS7 8NR", "NE1 4ST", "G12 8QQ", "L17 5AB", "SE15 4RX", "N16 7JY",
         "OX4 1DZ", "CB2 3HU", "BT9 5BN", "NG7 2RD", "PL4 8AA", "RG1 7TP",
         "E3 5LT", "W12 0HS", "DN1 2EG", "S10 2TN", "YO31 8HE", "BN2 1GW"]

FIRST = ["james", "maria", "robert", "linda", "david", "jennifer", "michael", "patricia",
         "kevin", "tanya", "luis", "grace", "derek", "aisha", "connor", "siobhan",
         "priya", "marcus", "olivia", "ethan", "chloe", "nadia", "tom", "hannah"]
LAST = ["johnson", "garcia", "miller", "okafor", "nguyen", "patel", "walsh", "kowalski",
        "brennan", "murphy", "davies", "hughes", "ramirez", "thompson", "lee", "foster"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com",
           "icloud.com", "comcast.net", "att.net", "btinternet.com", "eircom.net"]
STREETS = ["maple", "oak", "cedar", "pine", "elm", "willow", "lakeview", "sunset",
           "highland", "park", "washington", "lincoln", "jefferson", "cherry hill",
           "river bend", "magnolia", "forest glen", "prospect", "chestnut", "walnut"]
SUFFIX = [("street", "St"), ("avenue", "Ave"), ("drive", "Dr"), ("road", "Rd"),
          ("lane", "Ln"), ("court", "Ct"), ("boulevard", "Blvd"), ("place", "Pl"),
          ("way", "Way"), ("circle", "Cir"), ("terrace", "Ter"), ("parkway", "Pkwy")]
CITIES = [("Springfield", "IL"), ("Columbus", "OH"), ("Austin", "TX"), ("Denver", "CO"),
          ("Tampa", "FL"), ("Portland", "OR"), ("Raleigh", "NC"), ("Phoenix", "AZ"),
          ("Atlanta", "GA"), ("Madison", "WI"), ("Boise", "ID"), ("Omaha", "NE")]
UK_STREETS = ["Victoria Road", "Church Lane", "Station Road", "Mill Street",
              "Kingsway", "Queens Crescent", "Ashfield Avenue", "Hollybank Close"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 4)
    if style == 0:
        user = f + "." + l
    elif style == 1:
        user = f[0] + l + str(R.randint(1, 99))
    elif style == 2:
        user = f + "_" + l[:3]
    elif style == 3:
        user = f + l + str(R.randint(1960, 2005))
    else:
        user = l + "." + f[0]
    return user + "@" + R.choice(DOMAINS)


def speak_email(e):
    user, dom = e.split("@")
    words = []
    for part in re.split(r"([._])", user):
        if part == ".":
            words.append("dot")
        elif part == "_":
            words.append("underscore")
        elif part.isdigit():
            words.append(say_digits(part, zero="zero", doubles=False))
        else:
            m = re.match(r"([a-z]+)(\d*)$", part)
            w, d = m.group(1), m.group(2)
            if len(w) <= 2:
                words.append(" ".join(w))
            elif w[1:] in LAST:
                words.append(w[0] + " " + w[1:])
            else:
                words.append(w)
            if d:
                words.append(say_digits(d, zero="zero", doubles=False))
    words.append("at")
    words.append(dom.replace(".", " dot "))
    return " ".join(words)


# --------------------------------------------------------------------------
# case building
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans = [], []
        self.groups = {}  # gid -> (type, [span texts], validate)

    def turn(self, speaker, *segs):
        text, ti = "", len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
                continue
            val, typ = seg[0], seg[1]
            gid = seg[2] if len(seg) > 2 and seg[2] is not None else object()
            validate = seg[3] if len(seg) > 3 else True
            start = len(text)
            text += val
            self.spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
            g = self.groups.setdefault(gid, [typ, [], validate])
            g[1].append(val)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.turn("agent", *segs)

    def c(self, *segs):
        return self.turn("customer", *segs)


def G():
    return object()


POS, NEG = [], []


def pos(note):
    c = Case("positive", note)
    POS.append(c)
    return c


def neg(note):
    c = Case("negative", note)
    NEG.append(c)
    return c


def pick(*xs):
    return R.choice(xs)


def filler():
    return pick("", "um ", "uh ", "yeah ", "okay ", "so ", "right ")


# --------------------------------------------------------------------------
# positive scenarios
def p_card_call_one_turn():
    ds, kind = gen_card()
    ind = pick("telecom", "utilities", "retail", "insurance", "healthcare billing")
    said = " ".join(say_mixed(ds))
    c = pos(f"call/{ind}: {kind} card read in one ASR turn, then expiry and cvv")
    c.a(pick("okay and the long number across the front of the card",
             "go ahead with the card number whenever you're ready",
             "what's the card number you'd like to use today"))
    c.c(filler() + pick("it's ", "yeah it is ", "", "okay ") , (said, "CARD_NUMBER"))
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    exp = pick(f"{say_pair('%02d' % mm)} {say_pair(str(yy))}",
               f"{MONTHS[mm - 1]} twenty {UNITS[yy - 20] if yy < 30 else 'thirty' + ('' if yy == 30 else ' one')}",
               f"{say_pair('%02d' % mm)} slash {say_pair(str(yy))}")
    c.a("thank you and the expiration date")
    c.c(filler() + pick("", "it expires "), (exp, "EXPIRY"))
    cvv = "".join(R.choice("0123456789") for _ in range(4 if kind == "amex" else 3))
    c.a(pick("and the three digit security code on the back", "and the security code please",
             "last thing the cvv"))
    c.c(pick("", "it's ", "that's "), (say_digits(cvv, doubles=False), "CVV"))
    c.a(f"perfect so that's a payment of {pick('forty nine ninety nine', 'one twenty', 'eighty five dollars', 'two hundred and ten dollars')} going through now")


def p_card_call_split():
    ds, kind = gen_card()
    ind = pick("insurance", "telecom", "travel", "retail", "utilities")
    gid = G()
    groups = group_card(ds, kind)
    c = pos(f"call/{ind}: {kind} card split over customer turns with back-channels")
    c.a("okay i'm ready for the card number")
    backs = ["mhm", "okay", "yep go on", "uh huh", "got it", "okay go on", "yes"]
    for i, g in enumerate(groups):
        pre = pick("", "um ", "okay ") if i else pick("sure ", "okay it's ", "", "right ")
        c.c(pre, (say_digits(g), "CARD_NUMBER", gid))
        if i < len(groups) - 1:
            c.a(R.choice(backs))
    if R.random() < 0.5:
        rb = " ".join(say_digits(g, zero="zero", doubles=False) for g in groups)
        c.a("let me read that back ", (rb, "CARD_NUMBER"), " is that right")
        c.c("yes that's correct")
    else:
        c.a(f"thank you and that's for the {pick('sixty dollar', 'full', 'minimum')} payment correct")
        c.c("yeah")


def p_card_chat():
    ds, kind = gen_card()
    ind = pick("retail", "telecom", "travel", "utilities", "banking")
    gs = group_card(ds, kind)
    fmt = R.randint(0, 4)
    if fmt == 0:
        shown = " ".join(gs)
    elif fmt == 1:
        shown = "-".join(gs)
    elif fmt == 2:
        shown = ds
    elif fmt == 3:
        shown = "  ".join(gs)
    else:
        shown = ".".join(gs)
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    exp = pick(f"{mm:02d}/{yy}", f"{mm:02d}/20{yy}", f"{mm:02d}-{yy}", f"{mm}/{yy}", f"{mm:02d}{yy}")
    cvv = "".join(R.choice("0123456789") for _ in range(4 if kind == "amex" else 3))
    c = pos(f"chat/{ind}: {kind} card typed ({['spaces','dashes','no separators','double spaces','dots'][fmt]}) with exp and cvv")
    c.a("Please provide the card details you'd like to use for the $" + pick("29.99", "145.00", "63.20", "12.50") + " charge.")
    style = R.randint(0, 2)
    if style == 0:
        c.c(pick("card ", "Card no. ", "its ", "number: "), (shown, "CARD_NUMBER"),
            pick(" exp ", " expires ", ", exp: "), (exp, "EXPIRY"),
            pick(" cvv ", " sec code ", ", cvc "), (cvv, "CVV"))
    elif style == 1:
        c.c((shown, "CARD_NUMBER"))
        c.a("Thanks! And the expiry date and security code?")
        c.c((exp, "EXPIRY"), pick(" and ", " / ", ", code is "), (cvv, "CVV"))
    else:
        c.c("ok here u go " , (shown, "CARD_NUMBER"), pick(" thx", "", " - pls charge it today"))
        c.a("Got it. What's the expiration date on the card?")
        c.c(pick("", "exp "), (exp, "EXPIRY"))
        c.a("And the 3 or 4 digit CVV?")
        c.c((cvv, "CVV"))


def p_card_correction():
    ds, kind = gen_card("visa")
    gs = group_card(ds, kind)
    wrong = gs[1][:2]
    c = pos("call/retail: caller self-corrects mid card number; abandoned fragment also labelled")
    c.a("go ahead with the card")
    c.c((say_digits(gs[0]), "CARD_NUMBER", None, False), " ", (say_digits(wrong), "CARD_NUMBER", None, False),
        " no sorry start again")
    c.a("no problem take your time")
    gid = G()
    c.c((say_digits(gs[0] + gs[1]), "CARD_NUMBER", gid))
    c.a("mhm")
    c.c((say_digits(gs[2] + gs[3]), "CARD_NUMBER", gid))
    c.a("and it's a visa debit yeah")
    c.c("yep")


def ssn_chat_form(s):
    return pick(f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s,
                f"{s[:3]}.{s[3:5]}.{s[5:]}", f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} - {s[3:5]} - {s[5:]}")


def p_ssn_chat():
    s = gen_ssn()
    ind = pick("banking", "insurance", "government services", "healthcare billing", "telecom")
    shown = ssn_chat_form(s)
    c = pos(f"chat/{ind}: SSN typed as '{re.sub(r'[0-9]', '9', shown)}'")
    c.a(pick("To verify your identity, please enter your Social Security number.",
             "Can I get your SSN to pull up the account?",
             "For security I'll need the full social on file."))
    st = R.randint(0, 3)
    if st == 0:
        c.c((shown, "SSN"))
    elif st == 1:
        c.c(pick("sure its ", "SSN ", "ssn: ", "my social is "), (shown, "SSN"),
            pick("", " and my policy # is " + str(R.randint(10000000, 99999999)), " thanks"))
    elif st == 2:
        c.c(pick("Social Security No. ", "SS# "), (shown, "SSN"), pick(". ", " - "),
            "DOB ", (f"{R.randint(1, 12)}/{R.randint(1, 28)}/{R.randint(1948, 2003)}", "DOB"))
    else:
        c.c("ok one sec")
        c.c((shown, "SSN"), " is my social, " + pick("member ID is on the card tho", "the account is under my wife too"))


def p_ssn_call():
    s = gen_ssn()
    ind = pick("banking", "insurance", "government services", "healthcare billing", "telecom", "utilities")
    st = R.randint(0, 5)
    c = pos(f"call/{ind}: SSN spoken, style {st}")
    c.a(pick("and can you verify your social security number for me",
             "i'll need your social to verify the account",
             "what's the social on the account"))
    if st == 0:
        c.c(filler() + "it's ", (say_digits(s), "SSN"))
    elif st == 1:
        gid = G()
        c.c(filler(), (say_digits(s[:3]), "SSN", gid))
        c.a(pick("okay", "mhm"))
        c.c((say_digits(s[3:5]), "SSN", gid))
        c.a(pick("uh huh", "go on"))
        c.c((say_digits(s[5:]), "SSN", gid))
    elif st == 2:
        c.c(pick("sure ", "yeah "), (say_digits(s[:3]) + " dash " + say_digits(s[3:5]) + " dash " + say_digits(s[5:]), "SSN"))
    elif st == 3:
        c.c(filler(), (say_digits(s[:5]) + " " + (say_pairs(s[5:]) if s[5] != "0" and s[7] != "0" else say_digits(s[5:])), "SSN"))
    elif st == 4:
        gid = G()
        c.c(pick("oh gosh hold on it's ", "let me think it's "), (say_digits(s[:3]), "SSN", gid), " um ",
            (say_digits(s[3:5]), "SSN", gid), " hang on ", (say_digits(s[5:]), "SSN", gid))
    else:
        c.c(filler() + "my social is ", (say_digits(s), "SSN"), pick(" and i'm calling about claim number ", " and the claim is ") +
            say_digits(str(R.randint(1000000, 9999999)), zero="zero"))
    if R.random() < 0.4:
        c.a("thank you let me read that back ", (say_digits(s, zero="zero", doubles=False), "SSN"))
        c.c("that's it")
    else:
        c.a(pick("thank you i've got your account up", "perfect you're verified"))


def p_ssn_correction():
    s = gen_ssn()
    t = list(s)
    t[4] = str((int(t[4]) + 3) % 10)
    wrong = "".join(t)
    c = pos("call/banking: SSN given wrong then corrected; both readings are SSN")
    c.a("can i have your social please")
    c.c((say_digits(wrong), "SSN"), " wait no that's not right")
    c.c("it's ", (say_digits(s), "SSN"), " sorry my husband's is similar")
    c.a("no worries")


def us_address():
    num = pick(str(R.randint(10, 99)), str(R.randint(100, 999)), str(R.randint(1000, 9999)),
               str(R.randint(10000, 29999)))
    street = R.choice(STREETS)
    suf = R.choice(SUFFIX)
    unit = pick(None, None, None, f"apt {R.randint(1, 40)}{R.choice('ABCD')}", f"unit {R.randint(100, 420)}",
                f"suite {R.randint(100, 900)}")
    return num, street, suf, unit


def speak_housenum(num):
    if len(num) == 2:
        return say_pair(num)
    if len(num) == 3:
        return digit_word(num[0]) + " " + (say_pair(num[1:]) if num[1] != "0" else "oh " + digit_word(num[2]))
    if len(num) == 4:
        if num[2] == "0" and num[3] == "0":
            return say_pair(num[:2]) + " hundred"
        if num[2] == "0":
            return say_pair(num[:2]) + " oh " + digit_word(num[3])
        if num[0] == "0" or num[1] == "0":
            return say_digits(num, doubles=False)
        return say_pair(num[:2]) + " " + say_pair(num[2:])
    return say_digits(num, doubles=False)


def p_address_call():
    num, street, suf, unit = us_address()
    z = gen_zip()
    ind = pick("utilities", "telecom", "retail", "insurance", "healthcare billing")
    spoken = speak_housenum(num) + " " + street + " " + suf[0]
    if unit:
        u = unit.split()
        m = re.match(r"(\d+)([A-D]?)", u[1])
        spoken += " " + pick("apartment", "apt", "unit") if u[0] == "apt" else " " + u[0]
        spoken += " " + say_digits(m.group(1), doubles=False) + (" " + m.group(2).lower() if m.group(2) else "")
    city, stt = R.choice(CITIES)
    plus4 = R.random() < 0.35
    zs = say_digits(z) + ((" dash " + say_digits("%04d" % R.randint(1, 9999))) if plus4 else "")
    c = pos(f"call/{ind}: US street address and {'ZIP+4' if plus4 else 'ZIP'} spoken")
    c.a(pick("and what's the service address", "can you confirm the billing address",
             "where should we ship the replacement"))
    st = R.randint(0, 2)
    if st == 0:
        c.c(filler(), (spoken, "ADDRESS"), " " + city.lower() + " ", (zs, "POSTCODE"))
    elif st == 1:
        c.c(filler() + "it's ", (spoken, "ADDRESS"))
        c.a("and the city and zip")
        c.c(city.lower() + " " + pick("", "zip is "), (zs, "POSTCODE"))
    else:
        c.c((spoken, "ADDRESS"), " in " + city.lower())
        c.a("okay and zip code")
        c.c(pick("", "it's "), (zs, "POSTCODE"), pick("", " it's the same as the shipping"))
    c.a(pick("great that matches what we have", "got it thank you", "okay updated"))


def p_address_chat():
    num, street, suf, unit = us_address()
    z = gen_zip()
    plus4 = R.random() < 0.35
    if plus4:
        z = z + "-" + "%04d" % R.randint(1, 9999)
    city, stt = R.choice(CITIES)
    abbr = R.random() < 0.6
    st_txt = num + " " + street.title() + " " + (suf[1] if abbr else suf[0].title())
    if unit:
        st_txt += pick(" ", ", ", " #") + (unit.title() if R.random() < 0.5 else unit)
    if R.random() < 0.3:
        st_txt = st_txt.lower()
    ind = pick("retail", "telecom", "insurance", "utilities", "banking")
    c = pos(f"chat/{ind}: typed US address line with {'ZIP+4' if plus4 else 'ZIP'}")
    c.a("What address should we use for the new card / shipment?")
    c.c(pick("", "pls send to ", "ship to: ", "new address is "), (st_txt, "ADDRESS"), ", " + city + ", " + stt + " ",
        (z, "POSTCODE"))
    c.a("Thanks, I've updated the address. Delivery takes " + pick("3-5", "5-7", "2") + " business days.")


def p_phone_call():
    ph = gen_us_phone()
    ind = pick("telecom", "utilities", "insurance", "retail", "healthcare billing", "travel")
    st = R.randint(0, 4)
    c = pos(f"call/{ind}: US phone number spoken style {st}")
    c.a(pick("and what's the best callback number", "can i get a good phone number for you",
             "what number should the technician call"))
    if st == 0:
        c.c(filler(), (say_digits(ph[:3]) + " " + say_digits(ph[3:6]) + " " + say_digits(ph[6:]), "PHONE"))
    elif st == 1:
        c.c("area code ", (say_digits(ph[:3]), "PHONE", "x"), " then ",
            (say_digits(ph[3:6]) + " " + (say_pairs(ph[6:]) if ph[6] != "0" and ph[8] != "0" else say_digits(ph[6:])), "PHONE", "x"))
    elif st == 2:
        gid = G()
        c.c(filler(), (say_digits(ph[:3]), "PHONE", gid))
        c.a("mhm")
        c.c((say_digits(ph[3:6]), "PHONE", gid))
        c.a("okay")
        c.c((say_digits(ph[6:]), "PHONE", gid))
    elif st == 3:
        c.c("it's my cell ", (pick("one ", "plus one ") + say_digits(ph), "PHONE"), " you can text it too")
    else:
        other = gen_us_phone()
        c.c("you can try my cell ", (say_digits(ph), "PHONE"), " or my work ", (say_digits(other), "PHONE"))
    if R.random() < 0.4:
        c.a("let me repeat that ", (say_digits(ph, zero="zero", doubles=False), "PHONE"))
        c.c("yes")
    else:
        c.a("perfect they'll call you between " + pick("eight and noon", "one and five", "nine and eleven"))


def p_phone_chat():
    ph = gen_us_phone()
    fmt = pick(f"({ph[:3]}) {ph[3:6]}-{ph[6:]}", f"{ph[:3]}-{ph[3:6]}-{ph[6:]}", f"{ph[:3]}.{ph[3:6]}.{ph[6:]}",
               f"+1 {ph[:3]} {ph[3:6]} {ph[6:]}", f"1-{ph[:3]}-{ph[3:6]}-{ph[6:]}", ph, f"+1{ph}",
               f"({ph[:3]}){ph[3:6]}-{ph[6:]}")
    ind = pick("telecom", "retail", "banking", "travel", "insurance")
    c = pos(f"chat/{ind}: US phone typed as {re.sub(r'[0-9]', '9', fmt)}")
    c.a("What's the best number to reach you at?")
    c.c(pick("", "call me at ", "cell: ", "its "), (fmt, "PHONE"), pick("", " after 5pm", " (mobile)", " thanks!"))


def p_email_call():
    e = gen_email()
    ind = pick("retail", "telecom", "travel", "insurance", "banking")
    c = pos(f"call/{ind}: e-mail spoken with 'at' and 'dot'")
    c.a(pick("and what email should i send the confirmation to", "can i get an email address on the account"))
    sp = speak_email(e)
    if R.random() < 0.3:
        user, dom = sp.split(" at ", 1)
        gid = G()
        c.c(filler(), (user, "EMAIL", gid))
        c.a("okay at")
        c.c((dom, "EMAIL", gid))
    else:
        c.c(filler() + "it's ", (sp, "EMAIL"))
    c.a(pick("great you'll get that within ten minutes", "got it", "thank you that's updated"))


def p_email_chat():
    e = gen_email()
    if R.random() < 0.3:
        e = e[0].upper() + e[1:]
    ind = pick("retail", "telecom", "travel", "insurance", "banking", "utilities")
    c = pos(f"chat/{ind}: typed e-mail in message")
    c.a("Can you confirm the email on the account?")
    c.c(pick("", "its ", "email is ", "sure - "), (e, "EMAIL"), pick("", ".", " but I don't check it much", " (old one)"))


def p_dob_call():
    y, m, d = R.randint(1941, 2004), R.randint(1, 12), R.randint(1, 28)
    ind = pick("healthcare billing", "insurance", "banking", "government services", "telecom")
    st = R.randint(0, 3)
    if st == 0:
        sp = f"{MONTHS[m - 1]} {say_day_ord(d)} {say_year(y)}"
    elif st == 1:
        sp = f"the {say_day_ord(d)} of {MONTHS[m - 1]} {say_year(y)}"
    elif st == 2:
        sp = f"{say_pair('%02d' % m)} {say_pair('%02d' % d)} {say_year(y)}"
    else:
        sp = f"{MONTHS[m - 1]} {say_day_ord(d)} {say_pair(str(y)[2:])}"
    c = pos(f"call/{ind}: date of birth spoken style {st}")
    c.a(pick("and can you verify the date of birth", "what's the patient's date of birth",
             "and your birthday please"))
    c.c(filler(), (sp, "DOB"))
    c.a(pick(f"thank you and is this for the appointment on {MONTHS[R.randint(0, 11)]} {say_day_ord(R.randint(1, 28))}",
             "thank you you're verified", "okay i see the balance of " + pick("three forty", "ninety two dollars")))


def p_dob_chat():
    y, m, d = R.randint(1941, 2004), R.randint(1, 12), R.randint(1, 28)
    fmt = pick(f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}-{d}-{str(y)[2:]}", f"{MONTHS[m - 1].title()} {d}, {y}",
               f"{MONTHS[m - 1][:3].title()} {d} {y}", f"{y}-{m:02d}-{d:02d}", f"{m:02d}.{d:02d}.{y}")
    ind = pick("healthcare billing", "insurance", "banking", "government services")
    c = pos("chat/" + ind + ": typed DOB")
    c.a("Please confirm the member's date of birth.")
    c.c(pick("", "dob ", "DOB: ", "born ", "birthday is "), (fmt, "DOB"),
        pick("", f", appt is on {R.randint(1, 12)}/{R.randint(1, 28)}", " thx"))


def p_bank_us():
    acct = "".join(R.choice("0123456789") for _ in range(R.randint(9, 12)))
    ind = pick("banking", "utilities", "insurance")
    chat = R.random() < 0.4
    c = pos(f"{'chat' if chat else 'call'}/{ind}: US checking account number for autopay")
    c.a(pick("what account number should the autopay draft from", "and the checking account number"))
    if chat:
        c.c(pick("acct # ", "account: ", "checking "), (acct, "BANK_ACCOUNT"), pick("", ", draft on the 15th", " for $" + str(R.randint(40, 300))))
    else:
        gid = G()
        h = len(acct) // 2
        c.c(filler(), (say_digits(acct[:h]), "BANK_ACCOUNT", gid))
        c.a("okay")
        c.c((say_digits(acct[h:]), "BANK_ACCOUNT", gid), pick("", " and i want it on the fifteenth"))


def p_uk_bank():
    sc = "".join(R.choice("0123456789") for _ in range(6))
    acct = "".join(R.choice("0123456789") for _ in range(8))
    chat = R.random() < 0.5
    c = pos(f"{'chat' if chat else 'call'}/banking UK: sort code and account number")
    c.a("can I take the sort code and account number for the direct debit")
    if chat:
        scf = pick(f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}")
        c.c("sort code ", (scf, "SORT_CODE"), pick(" acc ", " account no ", ", a/c "), (acct, "BANK_ACCOUNT"))
    else:
        scs = say_pairs(sc, zero="oh") if "0" not in sc[0::2] else say_digits(sc, zero="nought")
        c.c(filler() + "sort code is ", (scs, "SORT_CODE"))
        c.a("lovely and the account number")
        c.c((say_digits(acct, zero=pick("nought", "oh", "zero")), "BANK_ACCOUNT"))
    c.a("thanks the first payment of " + pick("forty two pounds", "£18.50", "thirty quid") + " goes out on the " + pick("1st", "fifth", "28th"))


def ni_spoken(ni, style):
    l1, l2, digs, suf = ni[0].lower(), ni[1].lower(), ni[2:8], ni[8].lower()
    def L(ch):
        if style == 1:
            return f"{ch} for {FOR_WORDS.get(ch, NATO.get(ch, ch))}"
        return ch
    if style == 2:
        d = say_pairs(digs, zero="oh") if "0" not in digs[0::2] else say_digits(digs, zero="nought")
    else:
        d = say_digits(digs, zero=pick("nought", "oh", "zero"))
    return f"{L(l1)} {L(l2)}", d, L(suf)


def p_ni_call():
    ni = gen_ni()
    style = R.randint(0, 2)
    a, d, s = ni_spoken(ni, style)
    ind = pick("government services", "banking", "insurance", "utilities", "healthcare billing")
    split = R.random() < 0.5
    c = pos(f"call/{ind} UK: NI number spoken style {style}{' split over turns' if split else ''}")
    c.a(pick("and your national insurance number please", "can you confirm your NI number"))
    if split:
        gid = G()
        c.c(filler(), (a, "NI_NUMBER", gid))
        c.a(pick("yep", "mhm", "okay"))
        c.c((d, "NI_NUMBER", gid))
        c.a(pick("and the letter at the end", "and the last letter"))
        c.c((s, "NI_NUMBER", gid))
    else:
        c.c(filler() + "it's ", (f"{a} {d} {s}", "NI_NUMBER"))
    c.a(pick("thank you that's all matched", "brilliant thanks", "lovely"))


def p_ni_chat():
    ni = gen_ni()
    f = pick(f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", ni, ni.lower(), f"{ni[:2]}{ni[2:8]} {ni[8]}",
             f"{ni[:2]} {ni[2:8]} {ni[8]}", f"{ni[:2]}-{ni[2:4]}-{ni[4:6]}-{ni[6:8]}-{ni[8]}")
    ind = pick("government services", "banking", "insurance", "retail")
    c = pos(f"chat/{ind} UK: NI number typed as {re.sub(r'[0-9]', '9', f)}")
    c.a("Could you provide your National Insurance number?")
    c.c(pick("", "NI no: ", "ni number is ", "sure "), (f, "NI_NUMBER"),
        pick("", " - ref on my letter is " + str(R.randint(100000, 999999)), " thanks"))


def p_uk_contact():
    ph = gen_uk_mobile()
    pc = R.choice(UK_PC)
    chat = R.random() < 0.5
    c = pos(f"{'chat' if chat else 'call'}/telecom UK: mobile number and postcode")
    c.a("can I take a contact number and your postcode")
    if chat:
        phf = pick(f"{ph[:5]} {ph[5:]}", ph, f"+44 {ph[1:5]} {ph[5:]}", f"+44{ph[1:]}", f"{ph[:5]} {ph[5:8]} {ph[8:]}")
        pcf = pick(pc, pc.lower(), pc.replace(" ", ""))
        c.c((phf, "PHONE"), pick(" and ", ", ", " postcode "), (pcf, "POSTCODE"))
    else:
        c.c(filler(), (say_digits(ph[:5], zero=pick("oh", "nought")) + " " + say_digits(ph[5:], zero="oh"), "PHONE"))
        c.a("and the postcode")
        out, inw = pc.split()
        def spk(ch):
            if ch.isdigit():
                return say_digits(ch, doubles=False)
            return "o for orange" if ch == "O" else ch.lower()
        sp = " ".join(spk(ch) for ch in out) + " " + " ".join(spk(ch) for ch in inw)
        c.c(pick("", "it's "), (sp, "POSTCODE"))
    c.a("thanks that's the " + pick("twenty four month", "thirty gig", "unlimited") + " plan confirmed")


def p_uk_address():
    num = str(R.randint(1, 220))
    st = R.choice(UK_STREETS)
    pc = R.choice(UK_PC)
    c = pos("chat/utilities UK: street address and postcode typed")
    c.a("What's the supply address?")
    c.c((pick("Flat 3, ", "", "", "flat 12 ") + num + " " + st, "ADDRESS"), ", " + pick("Leeds", "Bristol", "Manchester", "Cardiff") + " ",
        (pick(pc, pc.lower()), "POSTCODE"))
    c.a("Thanks, and the meter reading is " + str(R.randint(10000, 99999)) + "?")
    c.c("yes")


def p_iban():
    ib = gen_iban()
    cc = ib[:2]
    grouped = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    f = pick(grouped, ib, grouped.lower(), ib.lower())
    ind = pick("banking", "travel", "insurance", "utilities")
    c = pos(f"chat/{ind} {cc}: IBAN typed for refund")
    c.a("Please send the IBAN the refund should go to.")
    c.c(pick("", "IBAN: ", "iban ", "my iban is "), (f, "IBAN"), pick("", " (BIC " + pick("AIBKIE2D", "BOFIIE2D", "INGBNL2A") + ")", " thanks"))
    c.a("Thanks, the refund of €" + str(R.randint(20, 400)) + " will arrive in 3-5 working days.")


def p_iban_call():
    ib = gen_iban(pick("IE", "GB", "DE"))
    parts = []
    for ch in ib:
        if ch == "O":
            parts.append("o for oscar")
        else:
            parts.append(ch.lower() if ch.isalpha() else digit_word(ch, "zero"))
    words = " ".join(parts)
    toks = words.split()
    cut = 4 + (len(toks) - 4) // 2
    gid = G()
    c = pos(f"call/banking {ib[:2]}: IBAN read character by character over two turns")
    c.a("go ahead with the iban")
    c.c(filler(), (" ".join(toks[:cut]), "IBAN", gid))
    c.a("okay yeah")
    c.c((" ".join(toks[cut:]), "IBAN", gid))
    c.a("grand thanks")


def p_ie_phone():
    ph = gen_ie_mobile()
    chat = R.random() < 0.5
    c = pos(f"{'chat' if chat else 'call'}/telecom IE: Irish mobile number")
    c.a("what's the best number for you")
    if chat:
        c.c((pick(f"{ph[:3]} {ph[3:6]} {ph[6:]}", ph, f"+353 {ph[1:3]} {ph[3:6]} {ph[6:]}", f"00353{ph[1:]}"), "PHONE"))
    else:
        c.c(filler(), (say_digits(ph[:3], zero="oh") + " " + say_digits(ph[3:], zero="oh"), "PHONE"))
    c.a("grand the engineer will ring you on " + pick("tuesday", "thursday the 14th", "monday morning"))


def p_multi_call():
    """Insurance/healthcare verification: SSN + DOB + ZIP in consecutive turns."""
    s, z = gen_ssn(), gen_zip()
    y, m, d = R.randint(1941, 2004), R.randint(1, 12), R.randint(1, 28)
    ind = pick("healthcare billing", "insurance", "banking")
    c = pos(f"call/{ind}: SSN, DOB and ZIP given back to back, member id unlabelled")
    c.a("i can help with that first what's the member id on the card")
    c.c("it's " + pick("w", "x", "h") + " " + say_digits(str(R.randint(1000000, 99999999)), zero="zero"))
    c.a("and the subscriber's social")
    c.c((say_digits(s), "SSN"))
    c.a("date of birth")
    c.c((f"{MONTHS[m - 1]} {say_day_ord(d)} {say_year(y)}", "DOB"))
    c.a("and the zip code on file")
    c.c((say_digits(z), "POSTCODE"), pick("", " i think", " that's the old one actually"))


def p_multi_chat():
    ph, e = gen_us_phone(), gen_email()
    c = pos("chat/telecom: phone and e-mail in one message with order number")
    c.a("Can you confirm your contact details?")
    c.c(pick("phone ", "ph: ", "cell "), (f"{ph[:3]}-{ph[3:6]}-{ph[6:]}", "PHONE"), pick(" email ", ", ", " / "),
        (e, "EMAIL"), " order #" + str(R.randint(1000000, 99999999)))


def p_two_in_turn_call():
    """card number and cvv in the same ASR turn."""
    ds, kind = gen_card(pick("visa", "mc"))
    cvv = "".join(R.choice("0123456789") for _ in range(3))
    mm, yy = R.randint(1, 12), R.randint(26, 30)
    c = pos("call/utilities: card, expiry and cvv all in one rambling ASR turn")
    c.a("okay whenever you're ready with the card")
    c.c("yeah so the number is ", (say_digits(ds), "CARD_NUMBER"), " expires ",
        (say_pair("%02d" % mm) + " " + say_pair(str(yy)), "EXPIRY"), " and the code on the back is ",
        (say_digits(cvv), "CVV"))
    c.a("okay i got all that and the amount today is " + pick("a hundred and twelve dollars", "sixty four fifty"))


def p_ssn_typo_chat():
    s = gen_ssn()
    c = pos("chat/government services: SSN typed with odd separators and a typo correction")
    f1 = f"{s[:3]}-{s[3:5]}-{s[5:8]}"
    c.a("Please enter the applicant's SSN.")
    c.c((f1, "SSN", None, False), "..oops")
    c.c((f"{s[:3]}/{s[3:5]}/{s[5:]}" if R.random() < 0.5 else f"{s[:3]}_{s[3:5]}_{s[5:]}", "SSN"))
    c.a("Thank you, your application " + pick("number", "ID") + " is " + str(R.randint(100000, 999999)) + ".")


HOMO = {"2": ["to", "too"], "4": ["for"], "8": ["ate"]}


def p_ssn_homophone():
    s = gen_ssn()
    words = []
    for ch in s:
        if ch in HOMO and R.random() < 0.6:
            words.append(R.choice(HOMO[ch]))
        else:
            words.append(digit_word(ch, pick("oh", "zero")))
    gid = G()
    c = pos("call/government services: SSN with ASR homophones (to/too/for/ate) split 5+4")
    c.a("and to verify can i get the social security number on the benefits account")
    c.c(filler() + "yeah it's ", (" ".join(words[:5]), "SSN", gid))
    c.a(pick("mhm", "okay"))
    c.c((" ".join(words[5:]), "SSN", gid), pick("", " and i called last week too"))
    c.a("thank you one moment while i pull that up")


def p_verify_chat():
    s, z = gen_ssn(), gen_zip()
    if R.random() < 0.4:
        z += "-%04d" % R.randint(1, 9999)
    y, m, d = R.randint(1941, 2004), R.randint(1, 12), R.randint(1, 28)
    ph = gen_us_phone()
    ind = pick("banking", "insurance", "healthcare billing", "telecom")
    c = pos(f"chat/{ind}: several US identifiers typed in one verification message")
    c.a("To verify, please send your SSN, date of birth, ZIP code and phone number.")
    c.c(pick("ssn ", "SSN: ", "ss# "), (ssn_chat_form(s), "SSN"), pick(" dob ", ", DOB ", " / born "),
        (f"{m}/{d}/{y}", "DOB"), pick(" zip ", ", zip code: ", " / "), (z, "POSTCODE"),
        pick(" ph ", ", cell ", " / "), (f"{ph[:3]}-{ph[3:6]}-{ph[6:]}", "PHONE"))
    c.a(f"Thanks, you're verified. I see a payment of ${R.randint(20, 600)}.{R.randint(10, 99)} due on {R.randint(1, 12)}/{R.randint(1, 28)}.")


POS_SCEN = [
    (p_card_call_one_turn, 12), (p_card_call_split, 10), (p_card_chat, 12), (p_card_correction, 3),
    (p_two_in_turn_call, 5), (p_ssn_chat, 14), (p_ssn_call, 16), (p_ssn_correction, 3), (p_ssn_typo_chat, 3),
    (p_address_call, 12), (p_address_chat, 12), (p_phone_call, 10), (p_phone_chat, 9),
    (p_email_call, 8), (p_email_chat, 6), (p_dob_call, 8), (p_dob_chat, 6), (p_bank_us, 7), (p_uk_bank, 13),
    (p_ni_call, 12), (p_ni_chat, 10), (p_uk_contact, 7), (p_uk_address, 4), (p_iban, 8), (p_iban_call, 4),
    (p_ie_phone, 4), (p_multi_call, 6), (p_multi_chat, 4),
    (p_ssn_homophone, 6), (p_verify_chat, 8),
]


# --------------------------------------------------------------------------
# negatives
def n_amounts():
    c = neg("call/telecom: bill amounts, data allowance and dates that are not DOB")
    c.a(f"your bill this month is {pick('one hundred and twelve dollars and forty cents', 'eighty nine ninety nine', 'two hundred forty one dollars')}")
    c.c(f"why it was {pick('sixty five', 'seventy two fifty', 'ninety')} last month")
    c.a(f"you went over by {pick('three', 'twelve', 'four point five')} gigs and the promo ended on {MONTHS[R.randint(0, 11)]} {say_day_ord(R.randint(1, 28))}")


def n_policy():
    pn = "".join(R.choice("0123456789") for _ in range(R.randint(7, 10)))
    chat = R.random() < 0.5
    c = neg(f"{'chat' if chat else 'call'}/insurance: policy number with its name, premium and deductible")
    if chat:
        c.c(f"Hi my policy number is {pick('', 'PL-', 'HO')}{pn}, why did my premium go up {R.randint(3, 19)}%?")
        c.a(f"The renewal on {R.randint(1, 12)}/{R.randint(1, 28)}/{R.randint(2025, 2027)} included a ${R.randint(2, 9)}00 deductible change.")
    else:
        c.c("yeah policy number " + say_digits(pn, zero="zero"))
        c.a(f"thank you i see the premium is {pick('one forty two a month', 'twelve hundred a year', 'ninety eight dollars monthly')}")


def n_claim():
    cn = "".join(R.choice("0123456789") for _ in range(R.randint(8, 10)))
    c = neg("call/healthcare billing: claim number and amounts read out")
    c.a("do you have the claim number from the explanation of benefits")
    c.c("yes claim number " + say_digits(cn, zero="zero"))
    c.a(f"okay that claim for the {MONTHS[R.randint(0, 11)]} {say_day_ord(R.randint(1, 28))} visit was {pick('three hundred forty dollars', 'eleven twenty five')} and your copay is {pick('twenty five', 'forty', 'thirty five')} dollars")


def n_tracking():
    tn = "".join(R.choice("0123456789") for _ in range(10))
    c = neg("chat/retail: tracking and order numbers with their names")
    c.c(f"where is my order #{R.randint(100000000, 999999999)}? tracking number {tn}")
    c.a(f"It's at the {pick('Memphis', 'Louisville', 'Ontario')} hub and should arrive by 8pm on {pick('Friday', 'Nov 28', 'the 30th')}.")


def n_member():
    mid = R.choice("WXYH") + "".join(R.choice("0123456789") for _ in range(R.randint(8, 9)))
    c = neg("chat/healthcare billing: member ID, group number, copay")
    c.c(f"member ID {mid} group {R.randint(10000, 99999)}, why was I charged ${R.randint(20, 400)}.{R.randint(10, 99)}?")
    c.a(f"Your plan has a ${pick('1,500', '3,000', '750')} deductible and you've met {R.randint(10, 90)}% of it.")


def n_flight():
    c = neg("call/travel: flight numbers, times, seats and fare")
    fl = pick("united", "delta", "american", "aer lingus", "jet blue") + " " + say_digits(str(R.randint(100, 2999)), zero="oh", doubles=False)
    c.a(f"i have you on {fl} departing at {pick('six forty five', 'ten fifteen', 'two oh five')} pm")
    c.c(f"and what seat is that")
    c.a(f"seat {R.randint(10, 39)} {pick('a', 'c', 'f')} and the change fee is {pick('seventy five dollars', 'ninety nine dollars', 'one fifty')}")


def n_flight_chat():
    c = neg("chat/travel: booking reference, flight number, gate, price")
    c.c(f"Booking ref {''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}, flight {pick('UA', 'DL', 'AA', 'EI', 'BA')}{R.randint(100, 2999)} on {R.randint(1, 12)}/{R.randint(1, 28)} - can I upgrade?")
    c.a(f"Yes, an upgrade is ${R.randint(89, 499)} one way. Boarding at {R.randint(5, 11)}:{pick('05', '20', '45')} AM from gate B{R.randint(2, 48)}.")


def n_hotel():
    c = neg("call/travel: hotel room number, nights, rate, check-in time")
    c.c(f"hi i'm in room {say_digits(str(R.randint(101, 1850)), zero='oh', doubles=False)} and the ac isn't working it's like {pick('eighty five', 'ninety', 'seventy nine')} degrees")
    c.a(f"i'm sorry about that we'll take {pick('twenty', 'fifty', 'thirty')} dollars off your {pick('three', 'four', 'two')} night stay")


def n_meter():
    c = neg("call/utilities: meter reading, kWh, tariff rate")
    r = "".join(R.choice("0123456789") for _ in range(5))
    c.c(f"my meter reading is {say_digits(r, zero='zero')}")
    c.a(f"thanks that's {R.randint(300, 1200)} kilowatt hours at {R.randint(11, 29)} cents so about {pick('one forty', 'ninety two', 'two eleven')} dollars")


def n_model():
    c = neg("chat/retail: model numbers, SKU, price and warranty")
    c.c(f"my {pick('washer', 'tv', 'laptop', 'router')} model {pick('WF45', 'QN65', 'XPS', 'RAX')}{R.randint(100, 9999)}{pick('A', 'B', 'Q')} stopped working after {R.randint(2, 18)} months")
    c.a(f"That's covered by the {R.randint(1, 3)}-year warranty. SKU {R.randint(1000000, 9999999)} is in stock for ${R.randint(199, 1499)}.99")


def n_speed():
    c = neg("call/telecom: speeds, prices, contract start date, counts")
    c.a(f"you're on the {pick('three hundred', 'five hundred', 'one gig')} plan at {pick('sixty nine ninety nine', 'forty nine a month', 'eighty dollars')}")
    c.c(f"but i'm only getting like {pick('forty', 'twelve', 'eighty')} megs and we have {pick('four', 'six', 'three')} people")
    c.a(f"your contract started {MONTHS[R.randint(0, 11)]} {say_day_ord(R.randint(1, 28))} {say_year(R.randint(2021, 2025))} so it ends in {R.randint(2, 20)} months")


def n_balance():
    c = neg("chat/banking: balances, transaction amounts, dates, percentages")
    c.c(f"why is my balance ${R.randint(1, 9)},{R.randint(100, 999)}.{R.randint(10, 99)}? I was charged ${R.randint(10, 999)}.{R.randint(10, 99)} twice on {R.randint(1, 12)}/{R.randint(1, 28)}")
    c.a(f"I see two pending charges. One will drop off in {R.randint(2, 5)} business days. Your APR is {R.randint(15, 29)}.{R.randint(1, 99)}%.")


def n_balance_call():
    c = neg("call/banking: balance and transfer amounts spoken")
    c.a(f"your available balance is {pick('four thousand two hundred and six dollars', 'twelve thousand five hundred', 'eight hundred sixty three dollars and twelve cents')}")
    c.c(f"okay i want to move {pick('fifteen hundred', 'two thousand', 'five hundred')} to savings")
    c.a(f"done and the rate on savings is {pick('four point two', 'three point five', 'four point one five')} percent")


def n_appointment():
    c = neg("call/healthcare billing: appointment date and time, age, not DOB")
    c.a(f"i have an opening on {MONTHS[R.randint(0, 11)]} {say_day_ord(R.randint(1, 28))} at {pick('nine thirty', 'two fifteen', 'eleven')}")
    c.c(f"that works my son is {pick('seven', 'twelve', 'fifteen')} does he need to fast")
    c.a(f"no but please arrive {pick('fifteen', 'ten', 'twenty')} minutes early the visit is about {pick('forty five', 'thirty', 'sixty')} minutes")


def n_appointment_chat():
    c = neg("chat/government services: appointment slot, case reference, fee, year")
    c.a(f"Your appointment is confirmed for {R.randint(1, 12)}/{R.randint(1, 28)}/2027 at {R.randint(8, 11)}:{pick('00', '15', '30')} AM. Case reference {R.randint(10000000, 999999999)}.")
    c.c(f"Do I need to bring the ${pick('35', '110', '165')} fee? My license expired in {R.randint(2019, 2025)}")


def n_ticket():
    c = neg("chat/telecom: ticket number, outage count, minutes on hold")
    c.c(f"ticket {pick('#', 'no. ', 'INC')}{R.randint(100000, 9999999)} - I've been on hold {R.randint(20, 90)} mins and this is my {pick('3rd', '4th', '5th')} time contacting you")
    c.a(f"Sorry! There's an outage affecting {R.randint(200, 9000)} customers, ETA {R.randint(1, 6)}pm.")


def n_invoice_call():
    inv = "".join(R.choice("0123456789") for _ in range(R.randint(6, 9)))
    c = neg("call/utilities: invoice number spoken with reference word, amount and due date")
    c.c("i'm calling about invoice number " + say_digits(inv, zero="oh"))
    c.a(f"okay that's {pick('three hundred twelve dollars', 'eighty six forty', 'one thousand and five')} due on the {say_day_ord(R.randint(1, 28))}")


def n_order_call():
    on = "".join(R.choice("0123456789") for _ in range(R.randint(7, 10)))
    c = neg("call/retail: order number spoken in groups, quantities and price")
    c.a("can i get the order number")
    c.c("yeah order number " + say_digits(on[:3]) + " " + say_digits(on[3:], zero="zero"))
    c.a(f"i see {pick('two', 'three', 'six')} items totalling {pick('one twenty nine', 'seventy four fifty', 'two hundred and three dollars')}")


def n_temperature():
    c = neg("call/utilities: thermostat temperature, years, furnace age")
    c.c(f"the furnace is from {say_year(R.randint(1995, 2015))} and it's only reaching {pick('sixty one', 'fifty eight', 'sixty four')} degrees")
    c.a(f"the technician can come {pick('tuesday', 'friday')} between {pick('eight and twelve', 'one and five')} the visit fee is {pick('eighty nine', 'seventy five', 'one twenty nine')} dollars")


def n_rx():
    c = neg("chat/healthcare billing: prescription number, dosage, quantity")
    c.c(f"refill for Rx #{R.randint(1000000, 9999999)} please, {pick('20mg', '50 mg', '500mg')} x {pick('30', '90', '60')} tablets")
    c.a(f"Ready by {R.randint(2, 6)}:{pick('00', '30')}pm, copay ${pick('10', '15', '4.99')}")


def n_case_uk():
    c = neg("call/government services UK: reference number, amounts in pounds, dates")
    ref = "".join(R.choice("0123456789") for _ in range(R.randint(7, 10)))
    c.c("my reference number is " + say_digits(ref, zero="nought"))
    c.a(f"thanks your payment of {pick('two hundred and six pounds', 'ninety one pounds fifty', 'four hundred quid')} went out on the {say_day_ord(R.randint(1, 28))} of {MONTHS[R.randint(0, 11)]}")


def n_store_address():
    c = neg("chat/retail: store hours, aisle, years in business, rewards points")
    c.c(f"do you price match? the other store has it for ${R.randint(20, 300)}")
    c.a(f"Yes within {pick('14', '30')} days. You also have {R.randint(100, 9000)} rewards points worth ${R.randint(1, 90)}.")


def n_years_counts():
    c = neg("call/insurance: vehicle year, mileage, driving years, quote")
    c.c(f"it's a {say_year(R.randint(2008, 2024))} {pick('honda civic', 'ford f one fifty', 'toyota camry')} with about {pick('eighty two thousand', 'forty five thousand', 'one hundred ten thousand')} miles")
    c.a(f"and you've been driving {pick('twenty', 'eleven', 'thirty')} years the quote comes to {pick('one eighteen a month', 'six hundred forty for six months', 'ninety four monthly')}")


def n_last_four_ref():
    c = neg("call/banking: conf number and transfer amount; no card or account digits")
    conf = "".join(R.choice("0123456789") for _ in range(R.randint(6, 8)))
    c.a("your confirmation number is " + say_digits(conf, zero="zero"))
    c.c("and when will the " + pick("three hundred", "fifteen hundred", "two fifty") + " show up")
    c.a(f"within {pick('one to two', 'three', 'five')} business days")


def n_store_number():
    c = neg("chat/retail: 5-digit store number and 4-digit register, amounts (not ZIP)")
    c.c(f"I bought it at store #{R.randint(10000, 99999)}, register {R.randint(1, 40)}, for ${R.randint(20, 900)}.{R.randint(10, 99)}")
    c.a(f"Thanks! Returns are accepted within {pick('30', '60', '90')} days with the receipt.")


def n_tracking_call():
    tn = "".join(R.choice("0123456789") for _ in range(R.randint(8, 10)))
    c = neg("call/retail: tracking number spoken with its name, delivery window")
    c.c("hi i'm calling about tracking number " + say_digits(tn, zero="zero"))
    c.a(f"that package is out for delivery between {pick('ten and two', 'noon and four', 'one and six')} today it weighs {pick('four pounds', 'twelve pounds', 'two kilos')}")


NEG_SCEN = [
    (n_amounts, 5), (n_policy, 7), (n_claim, 6), (n_tracking, 5), (n_member, 5), (n_flight, 4),
    (n_flight_chat, 4), (n_hotel, 4), (n_meter, 5), (n_model, 4), (n_speed, 5), (n_balance, 5),
    (n_balance_call, 4), (n_appointment, 5), (n_appointment_chat, 4), (n_ticket, 4), (n_invoice_call, 5),
    (n_order_call, 5), (n_temperature, 3), (n_rx, 3), (n_case_uk, 4), (n_store_address, 3),
    (n_years_counts, 4), (n_last_four_ref, 4),
    (n_store_number, 4), (n_tracking_call, 4),
]


# --------------------------------------------------------------------------
# normalisation + validation
WORDMAP = {w: str(i) for i, w in enumerate(UNITS)}
WORDMAP.update({"oh": "0", "o": "0", "nought": "0", "to": "2", "too": "2", "for": "4", "ate": "8"})
SKIP = {"um", "uh", "dash", "hyphen", "slash", "hang", "on", "and", "the", "of", "then",
        "apartment", "apt", "unit", "suite", "plus"}


def norm_spoken(text):
    """Spoken/typed value -> compact upper-case alnum string."""
    if re.search(r"\d", text):
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = re.findall(r"[a-z]+-?[a-z]*|\d+|[A-Z]+\d*[A-Z0-9]*", text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif len(t) == 1 and nxt == "for" and i + 2 < len(toks):
            out.append(t.upper())  # "b for bravo" / "o for oscar"
            i += 2
        elif t in ("double", "triple") and nxt in WORDMAP:
            out.append(WORDMAP[nxt] * (2 if t == "double" else 3))
            i += 1
        elif t in WORDMAP:
            out.append(WORDMAP[t])
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            if nxt in UNITS[1:]:
                out.append(str(TENS.index(t)) + WORDMAP[nxt])
                i += 1
            elif nxt in ORD and ORD[nxt] < 10:
                out.append(str(TENS.index(t)) + str(ORD[nxt]))
                i += 1
            else:
                out.append(str(TENS.index(t)) + "0")
        elif t == "hundred":
            out.append("00")
        elif t == "thousand":
            out.append("000")
        elif t in ORD:
            out.append(str(ORD[t]))
        elif len(t) == 1 and nxt == "for" and i + 2 < len(toks):
            out.append(t.upper())  # "b for bravo" / "o for oscar"
            i += 2
        elif t in SKIP:
            pass
        elif len(t) == 1:
            out.append(t.upper())
        else:
            out.append("<" + t + ">")
        i += 1
    return "".join(out)


def digits_only(text):
    n = norm_spoken(text)
    return re.sub(r"[^0-9]", "", re.sub(r"<[^>]*>", "", n))


UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def validate(typ, texts):
    joined = " ".join(texts)
    if typ == "EMAIL":
        e = " at ".join(texts) if len(texts) > 1 else joined
        if "@" not in e:
            e = re.sub(r"\s+at\s+", "@", e)
            e = re.sub(r"\s+dot\s+", ".", e)
            e = re.sub(r"\s+underscore\s+", "_", e)
            e = re.sub(r"\b(zero|one|two|three|four|five|six|seven|eight|nine)\b",
                       lambda m: str(UNITS.index(m.group(1))), e)
            e = e.replace(" ", "")
        return bool(re.fullmatch(r"[A-Za-z0-9._]+@[a-z0-9]+(\.[a-z]+)+", e)), e
    if typ == "ADDRESS":
        low = joined.lower()
        has_num = bool(re.search(r"\d", low)) or bool(digits_only(low.split(" ")[0] + " " + " ".join(low.split()[1:3])))
        sufs = {s for pair in SUFFIX for s in pair} | {"road", "lane", "avenue", "close", "crescent", "kingsway", "street"}
        has_suf = any(re.search(r"\b" + re.escape(s.lower()) + r"\b", low) for s in sufs)
        return has_num and has_suf, low
    if typ == "DOB":
        low = joined.lower()
        d = digits_only(low) if not re.search(r"\d", low) else re.sub(r"\D", "", low)
        has_month = any(m in low or m[:3] in low for m in MONTHS)
        return (has_month and len(d) >= 3) or len(d) in (5, 6, 7, 8), d
    if typ == "EXPIRY":
        low = joined.lower()
        has_month = any(m in low for m in MONTHS)
        d = digits_only(low)
        return (has_month and len(d) in (2, 4)) or (not has_month and len(d) in (3, 4, 6)), d
    n = norm_spoken(joined)
    if "<" in n:
        return False, n
    d = re.sub(r"\D", "", n)
    if typ == "CARD_NUMBER":
        return 13 <= len(d) <= 19 and n == d and luhn_ok(d), d
    if typ == "CVV":
        return n == d and len(d) in (3, 4), d
    if typ == "EXPIRY":
        low = joined.lower()
        has_month = any(m in low for m in MONTHS)
        return (len(d) in (3, 4, 6) and n == d) or (has_month and len(d) in (2, 4)), d
    if typ == "SSN":
        return n == d and len(d) == 9, d
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", n)), n
    if typ == "BANK_ACCOUNT":
        return n == d and 6 <= len(d) <= 17, d
    if typ == "SORT_CODE":
        return n == d and len(d) == 6, d
    if typ == "IBAN":
        return iban_ok(n), n
    if typ == "PHONE":
        return n == d and 10 <= len(d) <= 14, d
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"\d{5}(\d{4})?", n) or UK_PC_RE.match(n)), n
    return False, n


# --------------------------------------------------------------------------
def build():
    global POS, NEG
    POS, NEG = [], []
    R.seed(SEED)
    sched = [f for f, k in POS_SCEN for _ in range(k)]
    R.shuffle(sched)
    for f in sched:
        f()
    nsched = [f for f, k in NEG_SCEN for _ in range(k)]
    R.shuffle(nsched)
    for f in nsched:
        f()
    records = []
    for i, c in enumerate(POS, 1):
        records.append((c, {"id": f"{PREFIX}-pos-{i:03d}", "kind": "positive", "turns": c.turns,
                            "spans": c.spans, "note": c.note}))
    for i, c in enumerate(NEG, 1):
        records.append((c, {"id": f"{PREFIX}-neg-{i:03d}", "kind": "negative", "turns": c.turns,
                            "spans": [], "note": c.note}))
    return records


def serialise(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for _, r in records)


def counts(records):
    cnt = Counter()
    for _, r in records:
        for s in r["spans"]:
            cnt[s["type"]] += 1
    return cnt


def readme(records):
    cnt = counts(records)
    npos = sum(1 for _, r in records if r["kind"] == "positive")
    nneg = len(records) - npos
    rows = "\n".join(f"| {t} | {cnt[t]} |" for t in TYPES)
    return f"""# pii_holdout236 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
its authors have not seen. Do not adjust rules, thresholds or models to it.

## Who wrote it and how

Written by an AI helper acting as an independent author, who did not see the
redaction code, its tests, its docs or any other PII fixture (only a three-line
format example). Cases are produced by `scripts/make_pii_holdout236.py` from
template functions; every turn is assembled from plain-text segments and
(value, TYPE) segments, so span offsets are computed, never typed. All values
come from one `random.Random({SEED})`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout236.py --check` regenerates and verifies the
file (identical bytes, unique ids, offsets in range and on word boundaries, no
overlaps, every value valid after normalising spoken forms: Luhn, mod-97, NI
shape, 9-digit SSN, 6-digit sort code, digit counts, postcode shapes).

Emphasis: US contact centres (SSNs typed and spoken in many ways, ZIP and ZIP+4,
US phone formats, US street addresses, card payments by phone) plus UK/IE/EU
cases (NI numbers, sort codes, UK postcodes, IBANs, Irish mobiles). Chat turns
are typed (varied separators, case); call turns imitate ASR output (lower case,
numbers as words, "oh"/"o"/"nought" for zero, "double"/"triple", digit pairs,
letters spelled "b for bravo", e-mails as "x dot y at gmail dot com", values
split over several customer turns with agent back-channels, self-corrections,
agent read-backs).

## Annotation conventions

* A span covers the value only: the digits/words/letters of the value and the
  separators or spoken connectors *between* them ("dash", "double", "triple",
  "slash", "b for bravo", "dot", "at", "underscore", a spoken "plus one").
  Lead-in words ("it's", "my social is", "area code", "card") are outside.
* A value split across turns gets one span per turn (each piece is labelled).
  When a caller pauses mid-value inside one turn ("four nine five um double
  eight hang on three six three four", "area code X then Y"), each piece is
  its own span and the filler between the pieces is outside.
* ASR homophones inside a reading ("to"/"too" for 2, "for" for 4, "ate" for
  8) are part of the value.
* Agent read-backs of a value are labelled like the customer's reading.
* Self-corrections: the abandoned partial/wrong reading is labelled with the
  same type as the corrected value.
* ADDRESS = house number + street name + street type (+ apartment/unit/
  suite/flat when given). City and state are not inside the span; the ZIP/postcode is its own
  POSTCODE span.
* PHONE includes a typed country code ("+1", "+44", "00353") or spoken
  "one"/"plus one" prefix when present.
* EXPIRY covers month and year; CVV only the digits; DOB the full date phrase.
* Negatives have no spans: money, prices, times, durations, counts, years,
  percentages, appointment/contract/payment dates, policy/claim/member/order/
  tracking/invoice/ticket/confirmation/reference numbers said with their name,
  flight, seat and room numbers, model/SKU numbers, meter readings, speeds,
  temperatures, ages, balances. Positive cases also contain such unlabelled
  numbers next to the PII.

## Counts

Positive cases: {npos}; negative cases: {nneg}.

| type | spans |
|---|---|
{rows}
"""


def check(records, text):
    problems = []
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
        problems.append("cases.jsonl differs from regenerated output")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(records):
        problems.append("README.md differs from regenerated output")
    ids = [r["id"] for _, r in records]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for c, r in records:
        if r["kind"] == "negative" and r["spans"]:
            problems.append(f"{r['id']}: negative with spans")
        spans = sorted(r["spans"], key=lambda s: (s["turn"], s["start"]))
        for a, b in zip(spans, spans[1:]):
            if a["turn"] == b["turn"] and b["start"] < a["end"]:
                problems.append(f"{r['id']}: overlapping spans")
        for s in r["spans"]:
            if s["type"] not in TYPES:
                problems.append(f"{r['id']}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(r["turns"])):
                problems.append(f"{r['id']}: bad turn")
                continue
            t = r["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(t)):
                problems.append(f"{r['id']}: offsets out of range")
                continue
            if (st > 0 and t[st - 1].isalnum()) or (en < len(t) and t[en].isalnum()):
                problems.append(f"{r['id']}: span not on word boundary: {t[st:en]!r}")
            if t[st].isspace() or t[en - 1].isspace():
                problems.append(f"{r['id']}: span has outer whitespace")
        if r["kind"] == "positive" and not r["spans"]:
            problems.append(f"{r['id']}: positive without spans")
        for typ, texts, val in c.groups.values():
            if not val:
                continue
            ok, norm = validate(typ, texts)
            if not ok:
                problems.append(f"{r['id']}: invalid {typ}: {texts!r} -> {norm!r}")
    cnt = counts(records)
    npos = sum(1 for _, r in records if r["kind"] == "positive")
    nneg = len(records) - npos
    if npos < 170:
        problems.append(f"only {npos} positives")
    if nneg < 100:
        problems.append(f"only {nneg} negatives")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append(f"{t}: {cnt[t]} spans < {need}")
    return problems, cnt, npos, nneg


def main(argv):
    records = build()
    text = serialise(records)
    if "--check" in argv:
        problems, cnt, npos, nneg = check(records, text)
        print(f"positives={npos} negatives={nneg}")
        for t in TYPES:
            print(f"  {t:13s} {cnt[t]}")
        if problems:
            for p in problems[:60]:
                print("PROBLEM:", p)
            print(f"{len(problems)} problem(s)")
            return 1
        print("check OK")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme(records), encoding="utf-8")
    cnt = counts(records)
    print(f"wrote {len(records)} cases to {CASES.relative_to(ROOT)}")
    print(dict(cnt))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

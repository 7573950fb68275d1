#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout149``.

Written by an AI helper acting as an independent test author (it did not see the
redaction code).  Standard library only.  Output is byte-for-byte reproducible
from one seeded ``random.Random``.

    python scripts/make_pii_holdout149.py          # write fixture + README
    python scripts/make_pii_holdout149.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 149241124
PREFIX = "h149"
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout149"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "I": "india", "J": "juliet",
        "K": "kilo", "L": "lima", "M": "mike", "N": "november", "O": "oscar",
        "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "V": "victor", "W": "whiskey", "X": "x-ray", "Y": "yankee",
        "Z": "zulu"}
FOR_WORDS = {"A": ["apple", "alpha"], "B": ["bravo", "bertie", "boy"], "C": ["charlie", "cat"],
             "D": ["delta", "david", "dog"], "E": ["echo", "edward"], "F": ["freddie", "foxtrot"],
             "G": ["golf", "george"], "H": ["hotel", "harry"], "J": ["juliet", "john"],
             "K": ["kilo", "king"], "L": ["lima", "london"], "M": ["mike", "mother"],
             "N": ["november", "nancy"], "P": ["papa", "peter"], "R": ["romeo", "robert"],
             "S": ["sierra", "sugar"], "T": ["tango", "tommy"], "W": ["whiskey", "william"],
             "X": ["x-ray"], "Y": ["yankee", "yellow"], "Z": ["zulu", "zebra"],
             "E2": ["edward"]}
HOMO = {"B": "bee", "C": "see", "D": "dee", "G": "gee", "J": "jay", "K": "kay",
        "P": "pee", "T": "tee", "Y": "why", "X": "ex", "L": "el", "M": "em", "N": "en",
        "H": "aitch", "W": "double u", "A": "a", "E": "e", "R": "r", "S": "s", "Z": "zed"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]


def zero_word():
    return R.choice(["zero", "oh", "oh", "o", "nought", "zero"])


def say_digits(s, zw=None, doubles=True):
    """Digit-by-digit reading with optional double/triple."""
    zw = zw or zero_word()
    out, i = [], 0
    while i < len(s):
        d = s[i]
        w = zw if d == "0" else UNITS[int(d)]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        if doubles and run >= 3 and R.random() < 0.6:
            out.append("triple " + w)
            i += 3
        elif doubles and run >= 2 and R.random() < 0.7:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def say_pair(p, zw=None):
    zw = zw or zero_word()
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zw + " " + (zw if b == 0 else UNITS[b])
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + UNITS[b]


def say_pairs(s, zw=None):
    zw = zw or zero_word()
    return " ".join(say_pair(s[i:i + 2], zw) for i in range(0, len(s), 2))


def say_year(y):
    y = str(y)
    if y.startswith("20") and y[2] == "0":
        return "two thousand and " + UNITS[int(y[3])]
    if y.startswith("20") and R.random() < 0.3:
        return "two thousand and " + say_pair(y[2:]).replace("oh ", "")
    return say_pair(y[:2]) + " " + say_pair(y[2:], "oh")


def say_letter(c, style):
    if style == "plain":
        return c.lower()
    if style == "nato":
        return NATO[c]
    if style == "for":
        return c.lower() + " for " + R.choice(FOR_WORDS.get(c, [NATO[c]]))
    if style == "homo":
        return HOMO.get(c, c.lower())
    return c.lower()


def say_alnum(s, letter_style="plain", zw=None):
    zw = zw or zero_word()
    out = []
    for c in s:
        if c.isdigit():
            out.append(zw if c == "0" else UNITS[int(c)])
        elif c == " ":
            continue
        else:
            out.append(say_letter(c, letter_style))
    return " ".join(out)


# ---------------------------------------------------------------- value makers
def digits(n, first=None):
    s = (first or str(R.randint(1, 9))) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))
    return s[:n]


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "visa", "amex", "maestro"])
    if kind == "visa":
        body, n = "4" + digits(5, str(R.randint(0, 9))), 16
    elif kind == "mc":
        body, n = R.choice(["51", "52", "53", "54", "55", "22"]) + digits(4, str(R.randint(1, 9))), 16
    elif kind == "amex":
        body, n = R.choice(["34", "37"]) + digits(4), 15
    else:
        body, n = R.choice(["6759", "6763"]) + digits(2), R.choice([16, 19])
    while len(body) < n - 1:
        body += str(R.randint(0, 9))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def group_card(c, sep=" "):
    if len(c) == 15:
        return sep.join([c[:4], c[4:10], c[10:]])
    return sep.join(c[i:i + 4] for i in range(0, len(c), 4))


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(spoken=False):
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            continue
        return p + digits(6, str(R.randint(0, 9))) + R.choice("ABCD")


def make_sort():
    return R.choice(["20", "30", "40", "60", "77", "83", "09", "11", "16", "23", "56", "90", "93"]) + digits(4, str(R.randint(0, 9)))


def make_account(n=8):
    return digits(n, str(R.randint(0, 9)))


IBAN_FMT = {"GB": (22, "WEST NWBK BARC HBUK LOYD MIDL".split()), "IE": (22, ["AIBK", "BOFI", "IPBS", "ULSB"]),
            "DE": (22, None), "FR": (27, None), "ES": (24, None), "NL": (18, ["ABNA", "INGB", "RABO"])}


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban(cc=None):
    cc = cc or R.choice(["GB", "IE", "IE", "DE", "FR", "ES", "NL"])
    n, banks = IBAN_FMT[cc]
    if banks:
        bban = R.choice(banks) + digits(n - 8, str(R.randint(0, 9)))
    else:
        bban = digits(n - 4, str(R.randint(1, 9)))
    return cc + iban_check(cc, bban) + bban


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def make_uk_mobile():
    return "07" + R.choice(["7", "8", "9", "4", "5"]) + digits(8, str(R.randint(0, 9)))


def make_uk_land():
    return R.choice(["0161", "0121", "0113", "0141", "0131", "0117", "0114", "0151", "0191", "0115"]) + digits(7)


def make_ldn():
    return "020" + R.choice(["7", "8", "3"]) + digits(7, str(R.randint(0, 9)))


def make_ie_mobile():
    return "08" + R.choice(["3", "5", "6", "7", "9"]) + digits(7, str(R.randint(0, 9)))


def make_ie_land():
    return R.choice(["01", "021", "091", "061", "051"]) + digits(7)


UK_AREAS = ["M", "B", "L", "S", "G", "E", "N", "W", "SW", "SE", "NW", "LS", "BS", "CF", "EH", "NG",
            "CV", "OX", "RG", "BT", "PO", "SO", "DN", "HU", "YO", "NE", "DE", "LE", "ST", "TN", "BN", "KT"]
PC_IN_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_pc(no_o=True):
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 29)) if len(a) == 1 else str(R.randint(1, 19))
    if R.random() < 0.1 and len(d) == 1:
        d += R.choice("ABEHMNPRVWXY")
    return a + d + " " + str(R.randint(0, 9)) + R.choice(PC_IN_LETTERS) + R.choice(PC_IN_LETTERS)


EIR_KEYS = ["D02", "D04", "D06", "D08", "D12", "D15", "D24", "A65", "A94", "T12", "T23", "H91",
            "V94", "X91", "W23", "K78", "F92", "R95", "N37", "P31"]
EIR_CH = "0123456789ACDEFHKNPRTVWXY"


def make_eircode():
    return R.choice(EIR_KEYS) + " " + R.choice("ACDEFHKNPRTVWXY") + "".join(R.choice(EIR_CH) for _ in range(3))


def make_zip():
    return "%05d" % R.randint(1001, 99950)


FIRST = ["sarah", "james", "aoife", "ciaran", "emma", "liam", "priya", "tom", "niamh", "david",
         "chloe", "sean", "fatima", "oliver", "grace", "kevin", "megan", "patrick", "hannah", "rob"]
LAST = ["murphy", "kelly", "smith", "jones", "patel", "obrien", "walsh", "taylor", "byrne", "evans",
        "khan", "hughes", "doyle", "clarke", "ryan", "wilson", "nolan", "roberts", "brennan", "shaw"]
DOMAINS = [("gmail", "com"), ("hotmail", "co.uk"), ("outlook", "com"), ("yahoo", "co.uk"),
           ("eircom", "net"), ("btinternet", "com"), ("icloud", "com"), ("live", "ie"),
           ("sky", "com"), ("hotmail", "com"), ("outlook", "ie"), ("virginmedia", "com")]
STREETS = ["Maple", "Church", "Station", "Victoria", "Kings", "Queens", "Mill", "Park", "Grange",
           "Oakfield", "Willow", "Castle", "Bridge", "Meadow", "Chapel", "Elm", "Riverside",
           "Hawthorn", "Beech", "Abbey", "Clonard", "Ashgrove", "Orchard", "Highfield", "Sandymount"]
SUFFIX = ["Road", "Street", "Avenue", "Lane", "Close", "Drive", "Crescent", "Gardens", "Way",
          "Terrace", "Park", "Grove", "Court", "Place", "Rise", "Walk"]
TOWNS_UK = ["Leeds", "Bristol", "Salford", "Cardiff", "Sheffield", "Glasgow", "Nottingham",
            "Coventry", "Reading", "Belfast", "Hull", "York", "Derby", "Brighton"]
TOWNS_IE = ["Rathmines", "Ballincollig", "Salthill", "Swords", "Naas", "Castletroy", "Tallaght",
            "Douglas", "Bray", "Athlone"]
ZW_FILL = ["um", "uh", "er", "erm"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 5)
    if style == 0:
        user = f + "." + l
    elif style == 1:
        user = f[0] + l + str(R.randint(1, 99))
    elif style == 2:
        user = f + "_" + l
    elif style == 3:
        user = f + l[0] + str(R.randint(70, 99))
    elif style == 4:
        user = l + "." + f[0]
    else:
        user = f + "." + l + str(R.randint(1, 9))
    d, tld = R.choice(DOMAINS)
    return user, d, tld


def email_typed(e, upper=False):
    user, d, tld = e
    s = user + "@" + d + "." + tld
    if upper:
        s = s[0].upper() + s[1:]
    return s


def say_email(e):
    user, d, tld = e
    parts = []
    for tok in re.split(r"([._0-9]+)", user):
        if not tok:
            continue
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok.isdigit():
            parts.append(say_digits(tok, "zero", doubles=False) if R.random() < 0.5 else
                         (say_pair(tok) if len(tok) == 2 else UNITS[int(tok)]))
        elif len(tok) == 1:
            parts.append(tok)
        elif R.random() < 0.25:
            parts.append(tok + " " + " ".join(tok))
        else:
            parts.append(tok)
    at = R.choice(["at", "at", "at sign"])
    return " ".join(parts) + " " + at + " " + d + " dot " + tld.replace(".", " dot ")


def make_address(country="UK"):
    num = R.randint(1, 240)
    st = R.choice(STREETS) + " " + R.choice(SUFFIX)
    flat = R.random() < 0.2
    return num, st, flat, R.randint(1, 12)


def addr_typed(a, case=None):
    num, st, flat, fl = a
    s = ("Flat %d, " % fl if flat else "") + "%d %s" % (num, st)
    if case == "lower":
        s = s.lower()
    return s


def say_number(n):
    if n < 10:
        return UNITS[n]
    if n < 100:
        return say_pair("%02d" % n)
    if n >= 1000:
        th, rest = divmod(n, 1000)
        if rest == 0:
            return say_number(th) + " thousand"
        if rest < 100:
            return say_number(th) + " thousand and " + say_number(rest)
        h2, r2 = divmod(rest, 100)
        return say_number(th) + " thousand " + UNITS[h2] + " hundred" + ("" if r2 == 0 else " and " + say_number(r2))
    h, rest = divmod(n, 100)
    if rest == 0:
        return UNITS[h] + " hundred"
    if R.random() < 0.5:
        return UNITS[h] + " " + say_pair("%02d" % rest, "oh")
    return UNITS[h] + " hundred and " + (UNITS[rest] if rest < 10 else say_pair("%02d" % rest))


def addr_spoken(a):
    num, st, flat, fl = a
    s = ("flat " + say_number(fl) + " " if flat else "") + say_number(num) + " " + st.lower()
    return s


def make_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2004)


def dob_typed(d, style):
    dd, mm, yy = d
    if style == 0:
        return "%02d/%02d/%d" % (dd, mm, yy)
    if style == 1:
        return "%d/%d/%02d" % (dd, mm, yy % 100)
    if style == 2:
        return "%d %s %d" % (dd, MONTHS[mm - 1].capitalize(), yy)
    if style == 3:
        return "%02d.%02d.%d" % (dd, mm, yy)
    if style == 4:
        return "%s %d, %d" % (MONTHS[mm - 1].capitalize(), dd, yy)
    return "%d-%02d-%02d" % (yy, mm, dd)


def dob_spoken(d, style):
    dd, mm, yy = d
    if style == 0:
        return "the %s of %s %s" % (ORD[dd], MONTHS[mm - 1], say_year(yy))
    if style == 1:
        return "%s %s %s" % (ORD[dd], MONTHS[mm - 1], say_year(yy))
    if style == 2:
        return "%s the %s %s" % (MONTHS[mm - 1], ORD[dd], say_year(yy))
    if style == 3:
        return "the %s of the %s %s" % (ORD[dd], ORD[mm], say_pair("%02d" % (yy % 100), "oh"))
    return "%s %s %s" % (say_pair("%02d" % dd, "oh"), say_pair("%02d" % mm, "oh"), say_year(yy))


# ---------------------------------------------------------------- case builder
_gid = [0]


def V(text, typ, g=None):
    if g is None:
        _gid[0] += 1
        g = "g%d" % _gid[0]
    return (text, typ, g)


def newg():
    _gid[0] += 1
    return "g%d" % _gid[0]


def build(turns):
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                st = len(text)
                text += s[0]
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s[1], "_g": s[2]})
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


def fill():
    return R.choice(["", "", "um ", "uh ", "erm "])


BACK = ["mhm", "okay", "yep", "okay go on", "yeah", "right", "got that", "uh huh", "go ahead", "lovely"]


def back():
    return A(R.choice(BACK))


def split_spoken(raw, n, sayer):
    """Split raw string into n roughly equal chunks, each spoken with sayer."""
    k = len(raw)
    cuts = [round(k * i / n) for i in range(n + 1)]
    return [sayer(raw[cuts[i]:cuts[i + 1]]) for i in range(n)]


# ---------------------------------------------------------------- positive templates
def p_card_chat():
    c = make_card(R.choice(["visa", "mc", "visa", "mc", "amex", "maestro"]))
    sep = R.choice([" ", "-", "", " ", ".", "  "])
    val = group_card(c, sep) if sep else c
    if len(c) == 19 and sep:
        val = sep.join([c[:4], c[4:8], c[8:12], c[12:16], c[16:]])
    lead = R.choice(["hi can i pay my bill with this card: ", "Card no. ", "ok the card is ",
                     "Sure, it's ", "long number: ", "here u go "])
    tail = R.choice(["", " thanks", " - it's a debit card", ". The bill is £84.20", " cheers"])
    ind = R.choice(["chat/telecom", "chat/retail", "chat/utilities", "chat/travel"])
    return [A("What card would you like to use for the payment?"), C(lead, V(val, "CARD_NUMBER"), tail)], \
        ind + ": card typed with separator %r" % sep


def p_card_call():
    c = make_card()
    zw = zero_word()
    if R.random() < 0.5:
        val = say_digits(c, zw)
    else:
        chunks = [c[i:i + 4] for i in range(0, len(c), 4)]
        val = " ".join(say_digits(ch, zw, doubles=R.random() < 0.5) for ch in chunks)
    ind = R.choice(["call/utilities", "call/insurance", "call/telecom", "call/banking"])
    return [A("and can i take the long card number please"),
            C(R.choice(["yeah its ", "ok it's ", "right so ", "", "em "]), V(val, "CARD_NUMBER"),
              R.choice(["", " and that's a visa debit", " that's it"]))], \
        ind + ": card read digit by digit in one turn, zero as %r" % zw


def p_card_split():
    c = make_card(R.choice(["visa", "mc"]))
    zw = zero_word()
    g = newg()
    chunks = [c[i:i + 4] for i in range(0, 16, 4)]
    pair_mode = R.random() < 0.4
    turns = [A("go ahead with the card number whenever you're ready")]
    for i, ch in enumerate(chunks):
        said = say_pairs(ch, zw) if pair_mode else say_digits(ch, zw)
        pre = "right " if i == 0 else fill()
        turns.append(C(pre, V(said, "CARD_NUMBER", g)))
        if i < 3:
            turns.append(back())
    mode = "as pairs" if pair_mode else "digit by digit"
    return turns, "call/%s: card split across four customer turns %s with back-channels" % (
        R.choice(["energy", "broadband", "insurance", "travel"]), mode)


def exp_forms(spoken):
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    if not spoken:
        return R.choice(["%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d %02d" % (mm, yy),
                         "%02d%02d" % (mm, yy), "%02d-%02d" % (mm, yy)])
    r = R.random()
    if r < 0.4:
        return say_pair("%02d" % mm, R.choice(["oh", "zero", "o"])) + " " + say_pair("%02d" % yy)
    if r < 0.7:
        return MONTHS[mm - 1] + " " + say_pair("%02d" % yy)
    if r < 0.85:
        return say_pair("%02d" % mm, "oh") + " slash " + say_pair("%02d" % yy)
    return MONTHS[mm - 1] + " twenty " + say_year(2000 + yy)[len("twenty "):] if False else \
        MONTHS[mm - 1] + " " + say_year(2000 + yy)


def cvv_val(spoken, amex=False):
    n = 4 if amex else 3
    v = digits(n, str(R.randint(0, 9)))
    return say_digits(v, doubles=False) if spoken else v


def p_card_full_call():
    c = make_card(R.choice(["visa", "mc", "amex"]))
    amex = len(c) == 15
    zw = zero_word()
    val = say_digits(c, zw)
    exp = exp_forms(True)
    cvv = cvv_val(True, amex)
    amt = R.choice(["sixty two pounds fifty", "a hundred and twelve euro", "forty nine ninety nine",
                    "two hundred pounds"])
    turns = [A("so that's ", amt, " today, what's the card number"),
             C(V(val, "CARD_NUMBER")),
             A("thank you and the expiry date"),
             C(fill(), "it's ", V(exp, "EXPIRY")),
             A("and the %s" % ("four digit code on the front of the card" if amex else "three digit security code on the back")),
             C(V(cvv, "CVV"))]
    return turns, "call/%s: card, expiry and security code over several turns with payment amount nearby" % R.choice(
        ["utilities", "telecom", "insurance", "retail"])


def p_card_readback():
    c = make_card(R.choice(["visa", "mc"]))
    zw = zero_word()
    s1 = say_digits(c, zw)
    s2 = " ".join(say_digits(c[i:i + 4], "zero", doubles=False) for i in range(0, 16, 4))
    exp = exp_forms(True)
    return [A("card number please"), C(V(s1, "CARD_NUMBER")),
            A("let me read that back ", V(s2, "CARD_NUMBER"), " is that right"), C("yes that's right"),
            A("and expiry"), C(V(exp, "EXPIRY"))], \
        "call/telecom: card given then read back by agent in groups, both labelled"


def p_card_chat_full():
    c = make_card()
    val = group_card(c, R.choice([" ", "", "-"]))
    if len(c) == 19:
        val = c
    exp = exp_forms(False)
    cvv = cvv_val(False, len(c) == 15)
    lab = R.choice([("exp ", " cvv "), ("expiry ", " security code "), ("Exp: ", ", CVC: "), ("valid till ", " code on back ")])
    return [A("Please provide the card details to complete the booking."),
            C(V(val, "CARD_NUMBER"), " ", lab[0], V(exp, "EXPIRY"), lab[1], V(cvv, "CVV"))], \
        "chat/travel: card, expiry and cvv typed in one message"


def p_ssn_chat():
    s = make_ssn()
    f = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"])
    val = f % (s[:3], s[3:5], s[5:])
    lead = R.choice(["my ssn is ", "SSN: ", "social is ", "Social Security # ", "its "])
    return [A("To verify your identity please provide your Social Security number."),
            C(lead, V(val, "SSN"), R.choice(["", " thanks", ". account balance is $1,204.55 right?"]))], \
        "chat/us-banking: SSN typed as %r" % f


def p_ssn_call():
    s = make_ssn()
    zw = zero_word()
    r = R.random()
    if r < 0.5:
        val = say_digits(s, zw)
    elif r < 0.75:
        val = say_digits(s[:3], zw) + " " + say_pair(s[3:5], zw) + " " + say_pairs(s[5:], zw)
    else:
        val = say_digits(s[:3], zw, False) + " " + R.choice(ZW_FILL) + " " + say_digits(s[3:5], zw, False) + " " + say_digits(s[5:], zw)
    return [A("and for security can i get your social security number"),
            C(R.choice(["sure it's ", "yeah ", "okay ", "uh "]), V(val, "SSN"))], \
        "call/us-%s: SSN spoken, zero as %r" % (R.choice(["healthcare billing", "insurance", "banking", "telecom"]), zw)


def p_ssn_split():
    s = make_ssn()
    zw = zero_word()
    g = newg()
    return [A("what's your social"), C("okay ", V(say_digits(s[:3], zw), "SSN", g)), back(),
            C(V(say_digits(s[3:5], zw), "SSN", g)), back(),
            C(V(say_digits(s[5:], zw), "SSN", g), R.choice(["", " and i'm calling about a bill for three hundred dollars"]))], \
        "call/us-healthcare billing: SSN split 3-2-4 across turns"


def p_ssn_dob():
    s = make_ssn()
    d = make_dob()
    if R.random() < 0.5:
        return [A("Can you confirm your SSN and date of birth?"),
                C(V("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN"), " and dob ",
                  V(dob_typed(d, R.choice([0, 4, 5])), "DOB"))], "chat/us-insurance: SSN and DOB in one message"
    return [A("i'll need your social and your date of birth"),
            C(V(say_digits(s), "SSN"), " and i was born ", V(dob_spoken(d, 2), "DOB"))], \
        "call/us-insurance: SSN then DOB in the same turn"


def p_ssn_readback():
    s = make_ssn()
    return [A("your social please"), C(V(say_digits(s, "zero", False), "SSN")),
            A("thanks so that's ", V(say_digits(s[:3], "zero", False) + " " + say_digits(s[3:5], "zero", False) + " " +
                                     say_digits(s[5:], "zero", False), "SSN"), " correct"), C("correct")], \
        "call/us-government services: SSN read back by agent"


def ni_typed(n):
    st = R.randint(0, 6)
    if st == 0:
        return n
    if st == 1:
        return n.lower()
    if st == 2:
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if st == 3:
        return "%s %s %s" % (n[:2], n[2:8], n[8])
    if st == 4:
        return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if st == 5:
        return " ".join(n)
    return ("%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])).lower()


def ni_spoken(n, style=None):
    style = style or R.choice(["plain", "plain", "pairs", "for", "nato", "homo", "mixed"])
    zw = zero_word()
    L1, L2, D, S = n[0], n[1], n[2:8], n[8]
    if style == "plain":
        return " ".join([say_letter(L1, "plain"), say_letter(L2, "plain"), say_digits(D, zw), say_letter(S, "plain")])
    if style == "pairs":
        return " ".join([say_letter(L1, "plain"), say_letter(L2, "plain"), say_pairs(D, zw), say_letter(S, "plain")])
    if style == "for":
        return " ".join([say_letter(L1, "for"), say_letter(L2, "for"), say_digits(D, zw), say_letter(S, "for")])
    if style == "nato":
        return " ".join([say_letter(L1, "nato"), say_letter(L2, "nato"), say_digits(D, zw, False), say_letter(S, "nato")])
    if style == "homo":
        return " ".join([say_letter(L1, "homo"), say_letter(L2, "homo"), say_digits(D, zw), say_letter(S, "homo")])
    if style == "filler":
        return " ".join([say_letter(L1, "plain"), say_letter(L2, "plain"), say_digits(D[:2], zw), R.choice(ZW_FILL),
                         say_digits(D[2:], zw), R.choice(ZW_FILL), say_letter(S, "plain")])
    return " ".join([say_letter(L1, "plain"), say_letter(L2, "for"), say_pairs(D[:2], zw), say_digits(D[2:], zw),
                     say_letter(S, "plain")])


def p_ni_chat():
    n = make_ni()
    val = ni_typed(n)
    lead = R.choice(["NI number is ", "my national insurance no. is ", "Nino: ", "ni no ", "It's ", "NINO "])
    ind = R.choice(["chat/government services", "chat/pensions", "chat/payroll", "chat/banking"])
    return [A("Could you give me your National Insurance number please?"),
            C(lead, V(val, "NI_NUMBER"), R.choice(["", " thanks", " (from my P60)", ". Ref on the letter is 44817203"]))], \
        ind + ": NI number typed as %r" % re.sub(r"[A-Za-z]", "X", re.sub(r"\d", "9", val))


def p_ni_call():
    n = make_ni()
    style = R.choice(["plain", "plain", "pairs", "for", "nato", "homo", "mixed", "filler"])
    val = ni_spoken(n, style)
    ind = R.choice(["call/government services", "call/pensions", "call/benefits", "call/hmrc-style tax", "call/payroll"])
    return [A("and your national insurance number please"),
            C(R.choice(["yeah it's ", "okay so ", "right it's ", "", "hang on its "]), V(val, "NI_NUMBER"))], \
        ind + ": NI number spoken, letter style %s" % style


def p_ni_split():
    n = make_ni()
    g = newg()
    zw = zero_word()
    ls = R.choice(["plain", "for", "nato"])
    turns = [A("can i take your national insurance number"),
             C(fill(), V(say_letter(n[0], ls) + " " + say_letter(n[1], ls), "NI_NUMBER", g)), back(),
             C(V(say_pairs(n[2:8], zw) if R.random() < 0.5 else say_digits(n[2:8], zw), "NI_NUMBER", g)),
             A("and the letter at the end"), C("it's ", V(say_letter(n[8], ls), "NI_NUMBER", g))]
    return turns, "call/benefits: NI number split over three turns (prefix, digits, suffix letter)"


def p_ni_readback():
    n = make_ni()
    val = ni_spoken(n, "plain")
    rb = " ".join([say_letter(n[0], "nato"), say_letter(n[1], "nato"), say_digits(n[2:8], "zero", False), say_letter(n[8], "nato")])
    return [A("national insurance number"), C(V(val, "NI_NUMBER")),
            A("so that's ", V(rb, "NI_NUMBER"), " yeah"), C("yep")], \
        "call/pensions: NI number read back phonetically by agent"


def p_ni_dob():
    n = make_ni()
    d = make_dob()
    if R.random() < 0.5:
        return [A("For security, what's your NI number and date of birth?"),
                C(V(ni_typed(n), "NI_NUMBER"), R.choice([" / ", ", ", " and ", " dob "]), V(dob_typed(d, R.choice([0, 1, 2, 3])), "DOB"))], \
            "chat/government services: NI number and DOB in one message"
    return [A("can you confirm your date of birth"), C(V(dob_spoken(d, R.choice([0, 1, 3, 4])), "DOB")),
            A("and national insurance"), C(V(ni_spoken(n), "NI_NUMBER"))], \
        "call/benefits: DOB then NI number on consecutive turns"


def p_ni_selfcorrect():
    n = make_ni()
    zw = zero_word()
    d = n[2:8]
    wrong = d[:2] + str((int(d[2]) + 1) % 10)
    return [A("your national insurance number please"),
            C(V(say_letter(n[0], "plain") + " " + say_letter(n[1], "plain") + " " + say_digits(d, zw, False) + " " + say_letter(n[8], "plain"), "NI_NUMBER"),
              " sorry no hang on let me check the letter ", "yeah that's right"),
            A("thank you")], "call/payroll: NI number with a hesitation after it (no correction of value)" if wrong else ""


def sort_typed(s):
    f = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s", "%s.%s.%s"])
    return f % (s[:2], s[2:4], s[4:])


def sort_spoken(s):
    zw = zero_word()
    return say_pairs(s, zw) if R.random() < 0.5 else say_digits(s, zw)


def p_bank_chat():
    s, a = make_sort(), make_account()
    return [A("Please can you confirm the sort code and account number for the direct debit?"),
            C(R.choice(["sort code ", "SC ", "Sort: ", "s/c "]), V(sort_typed(s), "SORT_CODE"),
              R.choice([" acc ", " account number ", ", a/c ", " and account no "]), V(a, "BANK_ACCOUNT"),
              R.choice(["", " - the DD is £45 on the 1st", " thx"]))], \
        "chat/%s: sort code and account number typed" % R.choice(["utilities", "telecom", "insurance"])


def p_bank_call():
    s, a = make_sort(), make_account()
    zw = zero_word()
    av = say_digits(a, zw) if R.random() < 0.6 else say_pairs(a, zw)
    return [A("what's the sort code"), C(V(sort_spoken(s), "SORT_CODE")),
            A("and the account number"), C(fill(), V(av, "BANK_ACCOUNT"))], \
        "call/%s: sort code and account number spoken on separate turns" % R.choice(["energy", "water", "broadband", "banking"])


def p_bank_split():
    s, a = make_sort(), make_account()
    zw = zero_word()
    g = newg()
    return [A("okay read me the account number"),
            C(V(say_digits(a[:4], zw), "BANK_ACCOUNT", g)), back(),
            C(V(say_digits(a[4:], zw), "BANK_ACCOUNT", g)),
            A("and sort code"), C("it's ", V(sort_spoken(s), "SORT_CODE"), " that's with ", R.choice(["lloyds", "barclays", "natwest", "santander"]))], \
        "call/banking: account number split across two turns then sort code"


def p_bank_correct():
    s1, s2, a = make_sort(), make_sort(), make_account()
    return [A("sort code please"),
            C(V(sort_spoken(s1), "SORT_CODE"), " no wait that's my old bank it's ", V(sort_spoken(s2), "SORT_CODE")),
            A("and account"), C(V(say_digits(a), "BANK_ACCOUNT"))], \
        "call/utilities: sort code self-corrected, both sort codes labelled"


def p_bank_readback():
    s, a = make_sort(), make_account()
    return [A("account number"), C(V(say_digits(a), "BANK_ACCOUNT")),
            A("and i have the sort code as ", V(say_pairs(s, "oh"), "SORT_CODE"), " is that still correct"),
            C("yes")], "call/insurance: agent reads sort code on file"


def p_us_account():
    a = make_account(R.choice([10, 11, 12]))
    zip_ = make_zip()
    return [A("What's the checking account number for the autopay?"),
            C(V(a, "BANK_ACCOUNT"), " and my billing zip is ", V(zip_, "POSTCODE"))], \
        "chat/us-utilities: US account number and ZIP code typed"


def iban_typed(i):
    if R.random() < 0.6:
        return " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    return i if R.random() < 0.5 else i.lower()


def p_iban_chat():
    i = make_iban()
    return [A("Can you send the IBAN for the refund?"),
            C(R.choice(["IBAN: ", "sure ", "iban is ", "It's "]), V(iban_typed(i), "IBAN"),
              R.choice(["", " BIC on the statement", " thanks, refund of €130.00 yeah?"]))], \
        "chat/%s: %s IBAN typed" % (R.choice(["travel", "insurance", "utilities", "retail"]), i[:2])


def p_iban_call():
    i = make_iban(R.choice(["IE", "GB"]))
    st = R.choice(["for", "nato"]) if "O" in i[4:8] else R.choice(["plain", "for", "nato"])
    val = say_alnum(i[:4], "plain") + " " + say_alnum(i[4:8], st) + " " + say_digits(i[8:])
    return [A("and the iban for the refund"), C(fill(), V(val, "IBAN"))], \
        "call/%s: %s IBAN spoken with bank code letters" % (R.choice(["energy", "insurance", "travel"]), i[:2])


def phone_typed(p, kind):
    if kind == "uk_mob":
        r = R.randint(0, 4)
        return [p, p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "+44" + p[1:], "(0)" + p[1:5] + " " + p[5:8] + " " + p[8:]][r] \
            if r != 4 else "+44 (0)" + p[1:5] + " " + p[5:]
    if kind == "uk_land":
        return R.choice([p[:4] + " " + p[4:7] + " " + p[7:], p, "+44 " + p[1:4] + " " + p[4:]])
    if kind == "ldn":
        return R.choice(["020 " + p[3:7] + " " + p[7:], p, "+44 20 " + p[3:7] + " " + p[7:]])
    if kind == "ie_mob":
        return R.choice([p[:3] + " " + p[3:6] + " " + p[6:], p, "+353 " + p[1:3] + " " + p[3:6] + " " + p[6:],
                         "00353 " + p[1:3] + " " + p[3:], p[:3] + "-" + p[3:]])
    if kind == "ie_land":
        return R.choice([p, "(" + p[:-7] + ") " + p[-7:-4] + " " + p[-4:], "+353 " + p[1:-7] + " " + p[-7:]])
    return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                     "+1 %s %s %s" % (p[:3], p[3:6], p[6:])])


def make_phone(kind):
    return {"uk_mob": make_uk_mobile, "uk_land": make_uk_land, "ldn": make_ldn, "ie_mob": make_ie_mobile,
            "ie_land": make_ie_land, "us": lambda: str(R.randint(201, 989)) + digits(7)}[kind]()


def phone_spoken(p, kind):
    zw = zero_word()
    r = R.random()
    if kind in ("uk_mob",) and r < 0.35:
        return say_digits(p[:5], zw) + " " + say_digits(p[5:8], zw) + " " + say_digits(p[8:], zw)
    if r < 0.5 and kind in ("uk_mob", "ie_mob"):
        intl = "plus four four " if kind == "uk_mob" else "plus three five three "
        return intl + say_digits(p[1:], zw)
    if r < 0.7 and len(p) == 11:
        return say_digits(p[:5], zw) + " " + say_pairs(p[5:7], zw) + " " + say_digits(p[7:], zw)
    return say_digits(p, zw)


def p_phone_chat():
    kind = R.choice(["uk_mob", "uk_mob", "uk_land", "ldn", "ie_mob", "ie_land", "us"])
    p = make_phone(kind)
    return [A("What's the best number to reach you on?"),
            C(R.choice(["", "mob ", "Tel: ", "call me on ", "its "]), V(phone_typed(p, kind), "PHONE"),
              R.choice(["", " after 5pm", " (mobile)", " any time before 6"]))], \
        "chat/%s: %s phone number typed" % (R.choice(["telecom", "retail", "utilities", "healthcare billing"]), kind)


def p_phone_call():
    kind = R.choice(["uk_mob", "uk_mob", "uk_land", "ldn", "ie_mob", "ie_mob", "ie_land"])
    p = make_phone(kind)
    return [A("and a contact number in case we get cut off"),
            C(R.choice(["yeah it's ", "okay ", "so it's ", "", "it's my mobile " if "mob" in kind else "the landline is "]), V(phone_spoken(p, kind), "PHONE"))], \
        "call/%s: %s phone spoken" % (R.choice(["telecom", "energy", "insurance", "travel"]), kind)


def p_phone_split():
    kind = R.choice(["uk_mob", "ie_mob"])
    p = make_phone(kind)
    g = newg()
    zw = zero_word()
    cut = 5 if kind == "uk_mob" else 3
    return [A("best number for you"), C(V(say_digits(p[:cut], zw), "PHONE", g)), back(),
            C(V(say_digits(p[cut:], zw), "PHONE", g), R.choice(["", " that's my mobile"])),
            A("lovely thanks")], "call/telecom: %s phone split over two turns" % kind


def p_phone_two():
    p1, p2 = make_uk_mobile(), make_uk_land()
    return [A("can i update the contact numbers"),
            C("mobile is ", V(say_digits(p1), "PHONE"), " and the house phone is ", V(say_digits(p2), "PHONE"))], \
        "call/utilities: two phone numbers in one turn"


def p_email_chat():
    e = make_email()
    return [A("Which email address should we send the confirmation to?"),
            C(R.choice(["", "email: ", "it's ", "send it to "]), V(email_typed(e, R.random() < 0.3), "EMAIL"),
              R.choice(["", " please", " thanks!", " - not the work one"]))], "chat/retail: email typed"


def p_email_call():
    e = make_email()
    return [A("and your email address"), C(R.choice(["yeah it's ", "okay it's ", "", "so it's "]), V(say_email(e), "EMAIL"))], \
        "call/%s: email spoken with dot/at" % R.choice(["telecom", "travel", "insurance", "retail"])


def postcode_spoken(pc, eir=False):
    style = R.choice(["plain", "plain", "for", "nato", "homo"])
    if "O" in pc and style in ("plain", "homo"):
        style = "for"
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(zero_word() if ch == "0" else UNITS[int(ch)])
        else:
            out.append(say_letter(ch, style))
    return " ".join(out), style


def p_postcode_chat():
    r = R.random()
    if r < 0.55:
        pc = make_uk_pc()
        pc = R.choice([pc, pc.lower(), pc.replace(" ", "")])
        note = "UK postcode"
    elif r < 0.85:
        pc = make_eircode()
        pc = R.choice([pc, pc.lower(), pc.replace(" ", "")])
        note = "Irish Eircode"
    else:
        pc = make_zip() + ("-%04d" % R.randint(1, 9999) if R.random() < 0.5 else "")
        note = "US ZIP"
    return [A("Can you confirm the postcode on the account?"), C(R.choice(["", "its ", "pc: ", "Postcode "]), V(pc, "POSTCODE"))], \
        "chat/%s: %s typed" % (R.choice(["utilities", "insurance", "retail"]), note)


def p_postcode_call():
    pc = make_uk_pc() if R.random() < 0.6 else make_eircode()
    val, style = postcode_spoken(pc)
    return [A("and the postcode"), C(fill(), V(val, "POSTCODE"))], \
        "call/%s: postcode/eircode spoken letter style %s" % (R.choice(["energy", "insurance", "broadband"]), style)


def p_address_chat():
    a = make_address()
    if R.random() < 0.7:
        pc = make_uk_pc()
        town = R.choice(TOWNS_UK)
    else:
        pc = make_eircode()
        town = R.choice(TOWNS_IE)
    low = R.random() < 0.3
    return [A("What's the new address for the account?"),
            C(V(addr_typed(a, "lower" if low else None), "ADDRESS"), ", ", town.lower() if low else town, " ", V(pc.lower() if low else pc, "POSTCODE"),
              R.choice(["", " - moving on the 14th", ". Meter reading at the old place was 48213"]))], \
        "chat/utilities: street address, town and postcode typed"


def p_address_call():
    a = make_address()
    uk = R.random() < 0.6
    pc = make_uk_pc() if uk else make_eircode()
    town = R.choice(TOWNS_UK if uk else TOWNS_IE).lower()
    val, _ = postcode_spoken(pc)
    if R.random() < 0.5:
        return [A("first line of the address please"), C(V(addr_spoken(a), "ADDRESS"), " in ", town),
                A("and postcode"), C(V(val, "POSTCODE"))], "call/%s: address spoken, postcode next turn" % ("energy" if uk else "broadband-ie")
    return [A("what's the address for the delivery"),
            C(V(addr_spoken(a), "ADDRESS"), " ", town, " ", V(val, "POSTCODE"), " it's the blue door")], \
        "call/retail: address and postcode in a single turn"


def p_us_address():
    num = R.randint(100, 9899)
    st = R.choice(STREETS) + " " + R.choice(["Street", "Avenue", "Boulevard", "Drive", "Road"])
    zip_ = make_zip()
    town = R.choice(["Springfield, IL", "Austin, TX", "Columbus, OH", "Portland, OR", "Tampa, FL"])
    return [A("Please confirm your billing address."), C(V("%d %s" % (num, st), "ADDRESS"), ", ", town, " ", V(zip_, "POSTCODE"))], \
        "chat/us-healthcare billing: US street address and ZIP"


def p_dob_chat():
    d = make_dob()
    return [A("Can you confirm your date of birth?"), C(R.choice(["", "dob ", "DOB: ", "born "]), V(dob_typed(d, R.randint(0, 5)), "DOB"))], \
        "chat/%s: DOB typed" % R.choice(["insurance", "healthcare billing", "banking", "government services"])


def p_dob_call():
    d = make_dob()
    return [A("can i just take your date of birth"), C(R.choice(["yeah it's ", "", "uh ", "it's "]), V(dob_spoken(d, R.randint(0, 4)), "DOB"))], \
        "call/%s: DOB spoken" % R.choice(["insurance", "banking", "telecom", "healthcare billing"])


def p_verify_combo():
    d = make_dob()
    pc = make_uk_pc()
    val, _ = postcode_spoken(pc)
    pol = digits(8)
    return [A("i can see policy number ", say_digits(pol, "zero", False), " can i confirm your date of birth"),
            C(V(dob_spoken(d, R.randint(0, 4)), "DOB")), A("and the postcode"), C(V(val, "POSTCODE"))], \
        "call/insurance: policy number (not PII) then DOB and postcode"


def p_move_home():
    a = make_address()
    pc = make_uk_pc()
    e = make_email()
    p = make_uk_mobile()
    return [A("Thanks for letting us know about your move. Please send the new address, a phone number and email."),
            C(V(addr_typed(a), "ADDRESS"), ", ", R.choice(TOWNS_UK), ", ", V(pc, "POSTCODE"), ". ",
              V(phone_typed(p, "uk_mob"), "PHONE"), " / ", V(email_typed(e), "EMAIL"), ". Final meter read 0", str(R.randint(10000, 99999)))], \
        "chat/energy: move-home with address, postcode, phone, email and a meter reading"


def p_card_typos():
    c = make_card(R.choice(["visa", "mc"]))
    val = c[:4] + " " + c[4:8] + c[8:12] + " " + c[12:]
    return [A("Card number please"), C("sry fat fingers: ", V(val, "CARD_NUMBER"), " exp ", V(exp_forms(False), "EXPIRY"))], \
        "chat/retail: card typed with irregular grouping"


def p_ni_chitchat():
    n = make_ni()
    amt = R.choice(["three forty", "two hundred and ten pounds", "five hundred and twelve"])
    return [A("okay so what's happened with the payment"),
            C("well i've been on universal credit since ", MONTHS[R.randint(0, 11)], " and they paid me ", amt,
              " on the ", ORD[R.randint(1, 28)], " but my ni number is ", V(ni_spoken(n, R.choice(["plain", "pairs", "filler"])), "NI_NUMBER"),
              " and the letter had a different one on it")], \
        "call/benefits: NI number buried in a long turn with amount and payment date"


def p_ni_typo_chat():
    n = make_ni()
    val = R.choice([n[:2] + " " + n[2:8] + n[8], n[:8].lower() + " " + n[8].lower(), n[:2] + n[2:5] + " " + n[5:],
                    n[:2].upper() + n[2:].lower()])
    return [C("hiya need to update my NI on my payroll record its ", V(val, "NI_NUMBER"), " not the one you have. my employee no is ",
              digits(6))], "chat/payroll: NI number typed with irregular spacing next to an employee number (not PII)"


def p_postcode_split():
    pc = make_uk_pc()
    out_, in_ = pc.split(" ")
    g = newg()
    st = R.choice(["plain", "for", "nato"])
    if "O" in pc and st == "plain":
        st = "nato"
    return [A("and what's the postcode there"), C(V(say_alnum(out_, st), "POSTCODE", g)), back(),
            C(V(say_alnum(in_, st), "POSTCODE", g))], "call/energy: UK postcode split between outward and inward code"


def p_phone_readback():
    kind = R.choice(["uk_mob", "ie_mob", "ldn"])
    p = make_phone(kind)
    return [A("what's the best number"), C(V(phone_spoken(p, kind), "PHONE")),
            A("so i've got ", V(say_digits(p[:5], "zero", False) + " " + say_digits(p[5:], "zero", False), "PHONE"), " yeah"),
            C("that's it")], "call/telecom: %s phone read back by the agent" % kind


def p_eircode_address():
    a = make_address()
    ec = make_eircode()
    town = R.choice(TOWNS_IE)
    return [A("what's the address for the meter point"),
            C(V(addr_spoken(a), "ADDRESS"), " ", town.lower(), " and the eircode is ", V(postcode_spoken(ec)[0], "POSTCODE")),
            A("and the MPRN is ten digits starting with one oh"), C("i don't have it to hand")], \
        "call/energy-ie: Irish address with spoken Eircode"


POSITIVE_PLAN = [
    (p_ni_chitchat, 4), (p_ni_typo_chat, 4), (p_postcode_split, 4), (p_phone_readback, 3), (p_eircode_address, 4),
    (p_card_chat, 10), (p_card_call, 9), (p_card_split, 5), (p_card_full_call, 10), (p_card_readback, 3),
    (p_card_chat_full, 8), (p_card_typos, 3),
    (p_ssn_chat, 8), (p_ssn_call, 9), (p_ssn_split, 4), (p_ssn_dob, 5), (p_ssn_readback, 3),
    (p_ni_chat, 12), (p_ni_call, 14), (p_ni_split, 5), (p_ni_readback, 3), (p_ni_dob, 6), (p_ni_selfcorrect, 2),
    (p_bank_chat, 6), (p_bank_call, 8), (p_bank_split, 3), (p_bank_correct, 2), (p_bank_readback, 2), (p_us_account, 2),
    (p_iban_chat, 10), (p_iban_call, 7),
    (p_phone_chat, 8), (p_phone_call, 10), (p_phone_split, 3), (p_phone_two, 2),
    (p_email_chat, 7), (p_email_call, 10),
    (p_postcode_chat, 7), (p_postcode_call, 7),
    (p_address_chat, 6), (p_address_call, 7), (p_us_address, 2),
    (p_dob_chat, 5), (p_dob_call, 7), (p_verify_combo, 3), (p_move_home, 3),
]


# ---------------------------------------------------------------- negative templates
def money():
    return R.choice(["£%d.%02d" % (R.randint(5, 900), R.randint(0, 99)), "€%d" % R.randint(10, 2000),
                     "£%s" % "{:,}".format(R.randint(1000, 25000)), "$%d.%02d" % (R.randint(5, 500), R.randint(0, 99))])


def spoken_money():
    return R.choice(["%s pounds %s" % (say_number(R.randint(12, 480)), say_pair("%02d" % R.randint(10, 99))),
                     "%s euro" % say_number(R.randint(20, 900)),
                     "%s pounds and %s pence" % (say_number(R.randint(2, 99)), say_pair("%02d" % R.randint(11, 99)))])


def n_ref_chat():
    word = R.choice(["Order number", "Booking reference", "Policy number", "Customer number", "Claim ref",
                     "Invoice no.", "Ticket #", "Account reference", "Case number", "Membership no."])
    ref = digits(R.randint(6, 10))
    ref = R.choice([ref, ref, "%s-%s" % (ref[:3], ref[3:]), R.choice(["INV", "CLM", "BK", "PX", "ORD"]) + ref[:7]])
    return [C("Hi, ", word, " ", ref, ", I was charged ", money(), " twice")], \
        "chat/retail: %s with amount, must not be redacted" % word.lower()


def n_ref_call():
    word = R.choice(["booking reference", "policy number", "customer number", "claim number", "order number",
                     "reference number", "ticket number", "account reference"])
    ref = digits(R.randint(6, 9))
    return [A("have you got your ", word, " there"), C("yeah it's ", say_digits(ref)),
            A("lovely that's ", say_digits(ref, "zero", False), " yeah")], \
        "call/%s: spoken %s read back, not PII" % (R.choice(["travel", "insurance", "retail"]), word)


def n_meter():
    v = digits(5, str(R.randint(0, 9)))
    return [A("can i take a meter reading while you're on"), C("go on then it says ", say_digits(v, doubles=True)),
            A("and is that the day or night rate"), C("day, the night one is ", say_digits(digits(5)))], \
        "call/energy: meter readings spoken digit by digit"


def n_meter_chat():
    return [C("Meter reading today: E ", digits(5, str(R.randint(0, 9))), " G ", "%05d.%d" % (R.randint(100, 99999), R.randint(0, 9)),
              " m3. Meter serial on the box is ", R.choice(["E", "G"]), digits(2), "K", digits(5))], \
        "chat/energy: electricity and gas readings plus meter serial"


def n_balance():
    return [A("your balance is ", spoken_money(), " and the next payment of ", spoken_money(), " comes out on the ",
              ORD[R.randint(1, 28)]), C("okay and how many payments left"), A(say_number(R.randint(2, 23)), " payments")], \
        "call/banking: balance and payment amounts spoken"


def n_times():
    return [A("we can get an engineer out on ", R.choice(["monday the ", "tuesday the ", "thursday the ", "the "]),
              ORD[R.randint(1, 28)] + " of " + MONTHS[R.randint(0, 11)], " between ", R.choice(["eight", "nine", "ten"]),
              " and ", R.choice(["one", "twelve", "two"])),
            C("half eight is fine yeah i'm in from ", R.choice(["seven thirty", "quarter to eight", "eight fifteen"]))], \
        "call/broadband: appointment date and time slots"


def n_flight():
    fl = R.choice(["EI", "FR", "BA", "U2", "LH"]) + str(R.randint(100, 9999))
    return [C("My flight ", fl, " on ", "%02d/%02d/2026" % (R.randint(1, 28), R.randint(1, 12)), " at ",
              "%02d:%02d" % (R.randint(5, 22), R.randint(0, 59)), " was cancelled, booking ref ", digits(6).upper(),
              ", 2 adults 1 child, seat 14C")], "chat/travel: flight number, date, time, booking reference, seat"


def n_flight_call():
    return [A("so that's flight ", R.choice(["e i", "f r", "b a"]), " ", say_number(R.randint(100, 999)), " departing ",
              R.choice(["fourteen thirty five", "six forty", "quarter past nine", "eleven oh five"])),
            C("yeah and we land at ", R.choice(["nine", "ten twenty", "half five"]), " local time"),
            A("and you're in row ", say_number(R.randint(2, 33)), " seats ", R.choice(["a and b", "c d and e"]))], \
        "call/travel: flight number, times and seats spoken"


def n_room():
    return [C("Room ", str(R.randint(101, 940)), " booked for ", str(R.randint(2, 7)), " nights from ", str(R.randint(1, 28)), " ",
              MONTHS[R.randint(0, 11)].capitalize(), ", rate ", money(), " per night incl. breakfast for 2")], \
        "chat/travel: hotel room number, nights, date, price"


def n_model():
    return [C("The router model is ", R.choice(["TG", "DSL", "HH", "VMG"]), "-", str(R.randint(1000, 9999)), R.choice(["", "B", "AC"]),
              ", firmware v", str(R.randint(1, 9)), ".", str(R.randint(0, 20)), ".", str(R.randint(0, 99)),
              " and I'm getting ", str(R.randint(2, 80)), " Mbps instead of ", str(R.choice([100, 150, 500, 900])))], \
        "chat/broadband: model number, firmware version, speeds"


def n_speed_call():
    return [A("what speed are you getting on the test"),
            C("it says ", say_number(R.randint(3, 90)), " point ", UNITS[R.randint(0, 9)], " download and ",
              say_number(R.randint(1, 20)), " upload ping ", say_number(R.randint(10, 99))),
            A("and you're paying for ", R.choice(["five hundred", "one fifty", "nine hundred"]), " meg")], \
        "call/broadband: speed test numbers spoken"


def n_age():
    return [A("and how old is the main driver"), C(say_number(R.randint(18, 89))),
            A("and how many years no claims"), C(R.choice(["five", "nine", "twelve", "about seven"]), " years"),
            A("the car is a twenty ", say_pair("%02d" % R.randint(10, 24)), " reg with ", say_number(R.randint(8, 90)), " thousand miles")], \
        "call/insurance: ages, years, mileage, registration year"


def n_dates_nonbirth():
    return [C("My contract started on ", "%02d/%02d/20%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(18, 25)),
              " and the payment of ", money(), " was due on ", str(R.randint(1, 28)), " ", MONTHS[R.randint(0, 11)].capitalize(),
              " ", str(R.randint(2024, 2026)), ". It's been ", str(R.randint(2, 11)), " weeks.")], \
        "chat/telecom: contract and payment dates, amount, duration"


def n_dates_call():
    return [A("the direct debit goes out on the ", ORD[R.randint(1, 28)], " of every month"),
            C("can we move it to the ", ORD[R.randint(1, 28)], " i get paid on the ", ORD[R.randint(1, 28)]),
            A("yes from ", MONTHS[R.randint(0, 11)], " ", say_year(R.randint(2025, 2027)), " that'll be ", spoken_money())], \
        "call/utilities: payment dates and amounts spoken"


def n_percent():
    return [C("Why did my bill go up ", "%d.%d%%" % (R.randint(1, 15), R.randint(0, 9)), "? Unit rate was ", "%d.%02dp" % (R.randint(20, 35), R.randint(0, 99)),
              "/kWh now ", "%d.%02dp" % (R.randint(20, 35), R.randint(0, 99)), ", standing charge ", "%d.%02dp" % (R.randint(30, 60), R.randint(0, 99)), " a day, used ",
              str(R.randint(150, 900)), " kWh")], "chat/energy: percentages, unit rates, usage"


def n_temp():
    return [A("what temperature is the boiler set to"), C("about ", say_number(R.randint(50, 75)), " degrees and the house is only ",
                                                            say_number(R.randint(12, 19))),
            A("and the pressure gauge"), C("one point ", UNITS[R.randint(1, 9)], " bar")], \
        "call/home insurance: temperatures and pressure"


def n_hold():
    return [A("you've been waiting ", say_number(R.randint(2, 45)), " minutes i'm sorry, we've had ", say_number(R.randint(200, 900)),
              " calls this morning"), C("it's fine it's been about ", R.choice(["twenty", "half an hour", "forty minutes"]))], \
        "call/telecom: durations and counts"


def n_customer_no():
    ref = digits(R.randint(8, 10))
    return [A("Can I take your customer number? It's on the top right of the bill."),
            C("Customer number ", ref, ", bill dated ", "%d %s" % (R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize()),
              ", amount ", money())], "chat/water: customer number, bill date, amount"


def n_booking_alnum():
    ref = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + digits(4) + R.choice("ABCDEFGH")
    return [A("what's the booking reference"), C("booking ref is ", ref.lower() if R.random() < 0.5 else ref),
            A("thanks and that's for ", say_number(R.randint(2, 6)), " passengers")], \
        "call/travel: short alphanumeric booking reference said with its reference word"


def n_qty():
    return [C("I ordered ", str(R.randint(2, 12)), " x item ", digits(6), " at ", money(), " each but only ", str(R.randint(1, 3)),
              " arrived. Parcel weighed ", "%d.%dkg" % (R.randint(1, 20), R.randint(0, 9)), ". Order number ", digits(8))], \
        "chat/retail: quantities, item code, price, weight, order number"


def n_tariff_call():
    return [A("you're on the ", R.choice(["fixed", "variable"]), " tariff at ", say_number(R.randint(21, 34)), " point ",
              UNITS[R.randint(0, 9)], " pence per unit"),
            C("and what's that a year"), A("about ", say_number(R.randint(900, 2400)), " pounds based on ",
                                             say_number(R.randint(1800, 4200)).replace("hundred and", "hundred"), " kilowatt hours")], \
        "call/energy: tariff and annual cost numbers spoken"


def n_ticket_call():
    ref = digits(R.randint(7, 10))
    return [A("i'll raise a ticket for you the ticket number is ", say_pairs(ref[:len(ref) // 2 * 2]) + (" " + UNITS[int(ref[-1])] if len(ref) % 2 else "")),
            C("sorry can you repeat that"), A("yes ticket number ", say_digits(ref, "zero", False))], \
        "call/telecom: ticket number read in pairs then digits with its reference word"


def n_vehicle():
    return [C("Claim for my car, mileage ", "{:,}".format(R.randint(5000, 140000)), ", registered in ", str(R.randint(2008, 2024)),
              ", repair quote ", money(), ", excess £", str(R.choice([100, 250, 350, 500])), ", claim number CLM-", digits(7))], \
        "chat/insurance: mileage, year, quote, excess, claim number"


def n_nhs_appt():
    return [A("your appointment is on ", MONTHS[R.randint(0, 11)], " the ", ORD[R.randint(1, 28)], " at ",
              R.choice(["ten past two", "nine forty", "half three"]), " in clinic ", say_number(R.randint(1, 12))),
            C("and the invoice was ", spoken_money(), " for ", say_number(R.randint(2, 6)), " sessions")], \
        "call/healthcare billing: appointment date, time, clinic number, invoice amount"


def n_years_service():
    yrs = R.randint(3, 25)
    return [C("I've been a customer for ", str(yrs), " years since ", str(2026 - yrs),
              " and paid ", money(), " a month for ", str(R.randint(12, 36)), " months. I'm ", str(R.randint(25, 88)), " and want a better deal")], \
        "chat/telecom: tenure, years, monthly price, age"


def n_policy_uk():
    pol = R.choice(["HX", "MTR", "PL", "HOM"]) + digits(7)
    return [A("can i take your policy number please"), C("yeah it's ", pol.lower() if R.random() < 0.5 else pol),
            A("thanks, the renewal premium is ", spoken_money(), " from the ", ORD[R.randint(1, 28)], " of ", MONTHS[R.randint(0, 11)])], \
        "call/insurance: alphanumeric policy number (not NI shaped), premium, renewal date"


def n_vehicle_reg():
    reg = R.choice(["KX", "LD", "YR", "BN", "MA", "SF"]) + "%02d" % R.choice([15, 16, 17, 18, 19, 20, 21, 22, 65, 66, 68, 70, 71]) + " " + \
        "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return [C("Car reg is ", reg, ", 1.6 petrol, ", str(R.randint(8, 90)), "k miles, parked on a drive overnight. Quote ref Q", digits(8))], \
        "chat/motor insurance: UK vehicle registration (postcode-like), engine size, mileage, quote ref"


def n_mobile_plan():
    return [C("I'm on the £", str(R.randint(10, 45)), ".99 plan, ", str(R.choice([30, 50, 100, 150])), "GB data, ", str(R.randint(12, 36)),
              " month contract, and I used ", "%.1f" % (R.randint(10, 900) / 10), "GB roaming in Spain. Bill was ", money(), " instead of ", money())], \
        "chat/telecom: plan price, data allowance, contract length, bill amounts"


def n_date_range_call():
    return [A("so the cover runs from the ", ORD[R.randint(1, 15)], " of ", MONTHS[R.randint(0, 11)], " to the ", ORD[R.randint(16, 28)],
              " and that's ", say_number(R.randint(2, 5)), " adults and ", say_number(R.randint(2, 3)), " children"),
            C("yeah and the excess is ", R.choice(["a hundred", "two fifty", "fifty"]), " pounds right")], \
        "call/travel insurance: date range, party size, excess"


def n_energy_account_ref():
    ref = digits(R.randint(8, 10))
    return [A("have you got your customer reference, it's on the top of your statement"),
            C("customer reference ", say_pairs(ref) if len(ref) % 2 == 0 else say_digits(ref)),
            A("and your estimated usage is ", say_number(R.randint(1800, 3600)), " units a year")], \
        "call/energy: customer reference spoken in pairs or digits with its reference word, usage"


def n_eur_amounts():
    return [C("Refund of €", "{:,}".format(R.randint(100, 3000)).replace(",", "."), ",", "%02d" % R.randint(0, 99),
              " for booking ", digits(7), " not received after ", str(R.randint(14, 60)), " days. Paid at ", "%02d:%02d" % (R.randint(8, 23), R.randint(0, 59)),
              " on ", "%d.%d.2026" % (R.randint(1, 28), R.randint(1, 12)))], \
        "chat/travel-eu: european number formatting, booking number, days, time, payment date"


def n_house_count():
    return [A("how many bedrooms is the property"), C(say_number(R.randint(2, 5)), " and it was built around ", say_year(R.randint(1890, 2010))),
            A("and the rebuild cost you've put is ", say_number(R.randint(150, 450)), " thousand")], \
        "call/home insurance: bedroom count, build year, rebuild cost"


NEGATIVE_PLAN = [
    (n_policy_uk, 5), (n_vehicle_reg, 4), (n_mobile_plan, 3), (n_date_range_call, 3), (n_energy_account_ref, 5),
    (n_eur_amounts, 3), (n_house_count, 3),
    (n_ref_chat, 8), (n_ref_call, 7), (n_meter, 5), (n_meter_chat, 4), (n_balance, 5), (n_times, 4), (n_flight, 4),
    (n_flight_call, 4), (n_room, 3), (n_model, 4), (n_speed_call, 3), (n_age, 4), (n_dates_nonbirth, 5), (n_dates_call, 4),
    (n_percent, 4), (n_temp, 3), (n_hold, 3), (n_customer_no, 5), (n_booking_alnum, 4), (n_qty, 4), (n_tariff_call, 4),
    (n_ticket_call, 5), (n_vehicle, 4), (n_nhs_appt, 4), (n_years_service, 3),
]


# ---------------------------------------------------------------- generation
def generate():
    R.seed(SEED)
    _gid[0] = 0
    cases = []
    pos = []
    for fn, n in POSITIVE_PLAN:
        for _ in range(n):
            pos.append(fn)
    R.shuffle(pos)
    for i, fn in enumerate(pos, 1):
        turns, note = fn()
        t, s = build(turns)
        cases.append({"id": "%s-pos-%03d" % (PREFIX, i), "kind": "positive", "turns": t, "spans": s, "note": note})
    neg = []
    for fn, n in NEGATIVE_PLAN:
        for _ in range(n):
            neg.append(fn)
    R.shuffle(neg)
    for i, fn in enumerate(neg, 1):
        turns, note = fn()
        t, s = build(turns)
        assert not s
        cases.append({"id": "%s-neg-%03d" % (PREFIX, i), "kind": "negative", "turns": t, "spans": [], "note": note})
    return cases


def public(case):
    c = dict(case)
    c["spans"] = [{k: v for k, v in s.items() if not k.startswith("_")} for s in case["spans"]]
    return c


def render(cases):
    return "".join(json.dumps(public(c), ensure_ascii=False) + "\n" for c in cases)


# ---------------------------------------------------------------- validation
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: str(i) for i, w in enumerate(TENS) if w}
NATO_REV = {v.replace("-", ""): k for k, v in NATO.items()}
HOMO_REV = {v: k for k, v in HOMO.items() if len(v) > 1 and " " not in v}
SKIP = {"um", "uh", "er", "erm", "slash", "dash", "hyphen", "space", "plus"}


def normalise(text):
    """Spoken/typed value -> uppercase alnum string, or None on unknown word."""
    t = text.lower().replace("double u", "w").replace("x-ray", "xray")
    toks = re.findall(r"[a-z0-9]+", t)
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w in SKIP:
            i += 1
            continue
        if w == "two" and nxt == "thousand":
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            if i < len(toks) and toks[i] in WORDNUM:
                out.append("200" + WORDNUM[toks[i]])
                i += 1
            else:
                out.append("20")
            continue
        if w in ("double", "triple") and nxt in WORDNUM:
            out.append(WORDNUM[nxt] * (2 if w == "double" else 3))
            i += 2
            continue
        if len(w) == 1 and w.isalpha() and nxt in ("for",) and i + 2 < len(toks):
            out.append(w.upper())
            i += 3
            continue
        if w == "o" and nxt == "for":
            out.append("O")
            i += 3
            continue
        if w in WORDNUM:
            out.append(WORDNUM[w])
        elif w in TEENNUM:
            out.append(TEENNUM[w])
        elif w in TENNUM:
            if nxt in WORDNUM and nxt not in ("zero", "oh", "o", "nought", "nil"):
                out.append(TENNUM[w] + WORDNUM[nxt])
                i += 1
            else:
                out.append(TENNUM[w] + "0")
        elif w in NATO_REV:
            out.append(NATO_REV[w])
        elif w in HOMO_REV:
            out.append(HOMO_REV[w])
        elif re.fullmatch(r"[a-z0-9]+", w) and (any(c.isdigit() for c in w) or len(w) <= 2):
            out.append(w.upper())
        else:
            return None
        i += 1
    return "".join(out)


UK_PC = re.compile(r"^(GIR0AA|[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2})$")
EIR = re.compile(r"^[AC-FHKNPRTV-Y]\d{2}[0-9AC-FHKNPRTV-Y]{4}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
STREET_WORDS = {s.lower() for s in SUFFIX} | {"boulevard"}


def validate_value(typ, text):
    low = text.lower()
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._]+@[a-z0-9]+(\.[a-z]+)+", low)) or (" at " in low and " dot " in low)
    if typ == "ADDRESS":
        words = re.findall(r"[a-z]+", low)
        return bool(re.match(r"^(flat \w+ |flat \d+, )?[\w]", low)) and bool(STREET_WORDS & set(words)) and \
            (low[0].isdigit() or words[0] in WORDNUM or words[0] in TEENNUM or words[0] in TENNUM or words[0] == "flat")
    if typ == "DOB" and (re.search(r"\d", text) or any(m in low for m in MONTHS) or " of the " in low):
        return True
    if typ == "EXPIRY":
        m = [x for x in MONTHS if low.startswith(x)]
        if m:
            rest = normalise(low[len(m[0]):])
            return rest is not None and len(rest) in (2, 4)
        n = normalise(low)
        return n is not None and len(n) in (4, 6) and n.isdigit() and 1 <= int(n[:2]) <= 12
    typed = re.sub(r"[^A-Za-z0-9]", "", text).upper()
    if typ == "IBAN" and iban_ok(typed):
        return True
    if typ == "POSTCODE" and (UK_PC.match(typed) or EIR.match(typed)):
        return True
    if typ == "NI_NUMBER" and NI_RE.match(typed) and typed[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
        return True
    n = normalise(text)
    if typ == "DOB":
        return n is not None and n.isdigit() and 6 <= len(n) <= 8
    if n is None:
        return False
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(n)) and n[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 12
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        if n.startswith("00"):
            n = n[2:]
        return n.isdigit() and 10 <= len(n) <= 13
    if typ == "POSTCODE":
        return bool(UK_PC.match(n) or EIR.match(n) or re.fullmatch(r"\d{5}(\d{4})?", n))
    return False


def check(cases, file_text):
    problems = []
    if render(cases) != file_text:
        problems.append("cases.jsonl differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            problems.append(c["id"] + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(c["id"] + ": positive without spans")
        groups = {}
        last = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (c["id"], s["type"]))
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append(c["id"] + ": turn out of range")
                continue
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                problems.append(c["id"] + ": offsets out of range")
                continue
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                problems.append("%s: span not on word boundary %r" % (c["id"], txt[a:b]))
            if txt[a:b] != txt[a:b].strip() or not any(ch.isalnum() for ch in txt[a:b]):
                problems.append("%s: span has edge whitespace %r" % (c["id"], txt[a:b]))
            if s["turn"] in last and a < last[s["turn"]]:
                problems.append(c["id"] + ": overlapping or unsorted spans")
            last[s["turn"]] = b
            groups.setdefault(s.get("_g"), []).append((s["type"], txt[a:b]))
        for g, items in groups.items():
            types = {t for t, _ in items}
            if len(types) != 1:
                problems.append("%s: mixed types in group" % c["id"])
                continue
            typ = items[0][0]
            joined = " ".join(x for _, x in items)
            if not validate_value(typ, joined):
                problems.append("%s: %s fails validation: %r" % (c["id"], typ, joined))
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    if npos < 170:
        problems.append("too few positives %d" % npos)
    if nneg < 100:
        problems.append("too few negatives %d" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("type %s has %d spans < %d" % (t, cnt[t], need))
    return problems, cnt, npos, nneg


def readme(cnt, npos, nneg):
    lines = [
        "# pii_holdout149 - held-out PII redaction evaluation set",
        "",
        "**Never use this set for tuning.** It exists only to measure the redactor on data it was not developed against.",
        "",
        "## Provenance",
        "",
        "Written by an AI helper acting as an independent test author. The author did not see the redaction code,",
        "its tests, its docs, other hold-out sets or any benchmark output; only the JSONL format was shown.",
        "All cases are synthetic and generated by `scripts/make_pii_holdout149.py` from template functions and one",
        "seeded `random.Random(%d)`; every turn is assembled from plain text and (value, TYPE) segments so" % SEED,
        "offsets are computed, never typed. Values are random (cards Luhn-valid, IBANs mod-97-valid, NI numbers",
        "in valid format) and belong to nobody.",
        "",
        "Regenerate: `python scripts/make_pii_holdout149.py`; verify: `python scripts/make_pii_holdout149.py --check`",
        "(byte-identical regeneration, unique ids, offsets in range and on word boundaries, non-overlapping spans,",
        "per-type validation of each value after normalising spoken forms, minimum counts).",
        "",
        "Emphasis: UK and Irish contact centres (NI numbers typed and spoken in many ways, sort codes and account",
        "numbers, UK/IE phone forms, UK postcodes and Irish Eircodes, UK/IE street addresses, card payments by phone),",
        "plus US SSNs/ZIPs and EU IBANs, and tricky UK non-PII numbers (policy, customer, meter, booking, ticket",
        "references said with their reference word, amounts, tariffs, dates that are not birth dates, flight/room/model numbers).",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only: from the first to the last character of the value itself. Lead-ins",
        "  (\"it's\", \"my NI is\", \"sort code\"), labels and trailing chit-chat are outside. A filler word inside a",
        "  reading (e.g. \"um\" between SSN groups) is inside the span.",
        "- Spoken readings (ASR style: digit words, oh/o/nought/zero, double/triple, pairs like \"forty one\",",
        "  phonetic letters like \"b for bravo\" or \"bravo\", homophones like \"bee\", \"jay\") are labelled over the whole",
        "  spoken run, including \"plus four four\" for phones and \"slash\" inside a spoken expiry.",
        "- A value split across several customer turns gets one span per turn (each fragment labelled with the type);",
        "  agent back-channels between them are not labelled.",
        "- Values read back by the agent are labelled too (they are PII wherever they occur).",
        "- When a caller self-corrects (gives a wrong sort code then the right one), both values are labelled.",
        "- ADDRESS covers the flat/house number and street name (\"Flat 3, 27 Kings Avenue\", \"twenty seven kings",
        "  avenue\"); town/city is left outside the span; the postcode is a separate POSTCODE span.",
        "- POSTCODE covers UK postcodes, Irish Eircodes (e.g. D02 X285) and US ZIP / ZIP+4 codes.",
        "- EXPIRY covers only the date (\"04/27\", \"oh four twenty seven\", \"april twenty nine\").",
        "- DOB covers the date only (\"the third of may nineteen eighty two\", \"14/03/1986\").",
        "- Negative cases contain no PII at all; any redaction in them is a false positive.",
        "",
        "## Counts",
        "",
        "- positive cases: %d" % npos,
        "- negative cases: %d" % nneg,
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, cnt[t]))
    lines += ["", "Note: a value split over several turns contributes one span per fragment.", ""]
    return "\n".join(lines)


def main():
    cases = generate()
    if "--check" in sys.argv:
        if not CASES.exists():
            print("missing", CASES)
            sys.exit(1)
        problems, cnt, npos, nneg = check(cases, CASES.read_text(encoding="utf-8"))
        if README.exists() and README.read_text(encoding="utf-8") != readme(cnt, npos, nneg):
            problems.append("README.md differs from regenerated output")
        print("cases: %d (positive %d, negative %d)" % (len(cases), npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for p in problems:
            print("PROBLEM:", p)
        if problems:
            print("CHECK FAILED (%d problems)" % len(problems))
            sys.exit(1)
        print("CHECK OK")
        return
    text = render(cases)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    problems, cnt, npos, nneg = check(cases, text)
    README.write_text(readme(cnt, npos, nneg), encoding="utf-8")
    print("wrote %s (%d cases: %d positive, %d negative)" % (CASES, len(cases), npos, nneg))
    for p in problems:
        print("PROBLEM:", p)


if __name__ == "__main__":
    main()

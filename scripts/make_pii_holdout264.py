#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout264``.

Written by an independent AI helper that never saw the redaction code.
Standard library only.  Output is byte-for-byte reproducible (seed 264241126).

    python scripts/make_pii_holdout264.py          # write fixture + README
    python scripts/make_pii_holdout264.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 264241126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout264"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h264"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------------------
# spoken-form helpers
# ---------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
FOR_WORDS = {"a": ["apple", "alpha"], "b": ["bravo", "bertie", "boy"], "c": ["charlie", "cat"],
             "d": ["delta", "dog"], "e": ["echo", "edward"], "g": ["golf", "george"],
             "h": ["hotel", "harry"], "j": ["juliet", "john"], "k": ["kilo", "king"],
             "l": ["lima", "london"], "m": ["mike", "mother"], "n": ["november", "nancy"],
             "p": ["papa", "peter"], "r": ["romeo", "robert"], "s": ["sierra", "sugar"],
             "t": ["tango", "tommy"], "w": ["whiskey", "william"], "x": ["xray"],
             "y": ["yankee", "yellow"], "z": ["zulu", "zebra"], "f": ["foxtrot", "freddie"],
             "u": ["uniform", "uncle"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]


def zero_word():
    return R.choice(["zero", "oh", "oh", "o", "nought"])


def digit_word(d):
    return zero_word() if d == "0" else UNITS[int(d)]


def two_digit_words(s):
    """'41' -> 'forty one', '07' -> 'oh seven', '11' -> 'eleven', '40' -> 'forty'."""
    n = int(s)
    if s[0] == "0":
        return zero_word() + " " + UNITS[int(s[1])] if s[1] != "0" else zero_word() + " " + zero_word()
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + UNITS[u])


def say_digits(s, style=None):
    """Speak a digit string the way a caller / ASR would."""
    style = style or R.choice(["plain", "plain", "doubles", "pairs", "mixed"])
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if style in ("doubles", "mixed"):
            run = 1
            while i + run < len(s) and s[i + run] == c and run < 3:
                run += 1
            if run == 3 and R.random() < 0.8:
                out.append("triple " + digit_word(c))
                i += 3
                continue
            if run >= 2 and R.random() < 0.85:
                out.append("double " + digit_word(c))
                i += 2
                continue
        if (style in ("pairs", "mixed") and i + 1 < len(s) and s[i] != "0"
                and s[i + 1] != "0" and R.random() < 0.6):
            out.append(two_digit_words(s[i:i + 2]))
            i += 2
            continue
        out.append(digit_word(c))
        i += 1
    return " ".join(out)


def say_letter(ch, style=None):
    ch = ch.lower()
    style = style or R.choice(["plain", "plain", "for", "as"])
    if style == "for" and ch in FOR_WORDS:
        return ch + " for " + R.choice(FOR_WORDS[ch])
    if style == "as" and ch in FOR_WORDS:
        return ch + " as in " + R.choice(FOR_WORDS[ch])
    return ch


def say_year(y):
    y = str(y)
    if y.startswith("20") and y[2] == "0":
        return "two thousand and " + UNITS[int(y[3])] if y[3] != "0" else "two thousand"
    return two_digit_words(y[:2]) + " " + (two_digit_words(y[2:]) if y[2] != "0" else "oh " + UNITS[int(y[3])])


def ordinal(n):
    if n < 10:
        return ORD_UNITS[n]
    if n < 20:
        return ORD_TEENS[n - 10]
    t, u = divmod(n, 10)
    if u == 0:
        return {2: "twentieth", 3: "thirtieth"}[t]
    return TENS[t] + " " + ORD_UNITS[u]


def group(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def typo_case(s):
    r = R.random()
    if r < 0.2:
        return s.upper()
    if r < 0.4:
        return s.lower()
    return s


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
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
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    if kind == "visa":
        pre, n = "4", 16
    elif kind == "mc":
        pre, n = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        pre, n = R.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    elif kind == "visa13":
        pre, n = "4", 13
    else:
        pre, n = "4", 19
    body = pre + "".join(R.choice("0123456789") for _ in range(n - len(pre) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def card_groups(c):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 13:
        return [4, 3, 3, 3]
    if len(c) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def gen_digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def gen_ssn():
    area = R.choice([x for x in range(1, 900) if x != 666])
    return "%03d%02d%04d" % (area, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + gen_digits(6) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def gen_iban(country=None):
    country = country or R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "ES", "NL"])
    if country in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "MIDL", "HBUK"] if country == "GB" else ["AIBK", "ULSB", "IPBS"])
        bban = bank + gen_digits(14)
    elif country == "DE":
        bban = gen_digits(18)
    elif country == "FR":
        bban = gen_digits(23)
    elif country == "ES":
        bban = gen_digits(20)
    else:
        bban = R.choice(["ABNA", "RABA", "INGB"]) + gen_digits(10)
    return country + iban_check(country, bban) + bban


UK_OUTWARD = ["SW1A", "M1", "B33", "LS6", "EH1", "CF10", "BS8", "NE1", "G2", "L17", "N1", "E14",
              "W1D", "EC1A", "CR2", "RG1", "M14", "BT9", "SE15", "NW3", "LE2", "NG7", "S10",
              "CB2", "YL5", "PR1", "DH1", "TW9", "HA8", "KT2", "ST4", "WR1", "DE22"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode():
    return R.choice(UK_OUTWARD) + " " + R.choice("123456789") + R.choice(INWARD_L) + R.choice(INWARD_L)


def gen_zip():
    z = R.choice("1234689") + gen_digits(4)
    return z


def gen_uk_mobile():
    return "07" + R.choice(["700", "701", "712", "723", "811", "900", "958", "984"]) + gen_digits(6)


def gen_uk_landline():
    return R.choice(["0161", "0113", "0121", "0131", "0117", "0191", "0141", "0151"]) + gen_digits(7, True)


def gen_us_phone():
    return R.choice("2345689") + R.choice("0123456789") + R.choice("123456789") + gen_digits(7)


def gen_ie_mobile():
    return "08" + R.choice("35679") + gen_digits(7)


FIRST = ["john", "sarah", "mike", "priya", "aoife", "liam", "fatima", "tom", "grace", "dev",
         "niamh", "carlos", "emma", "kwame", "olga", "rachel", "sean", "mei", "jamal", "lucy"]
LAST = ["doyle", "patel", "smith", "khan", "murphy", "garcia", "walsh", "nguyen", "jones",
        "kowalski", "brennan", "ahmed", "taylor", "reilly", "evans", "fischer", "byrne"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "btinternet.com",
           "eircom.net", "icloud.com", "aol.com", "live.ie", "web.de"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 4)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + str(R.randint(1, 99))
    elif style == 2:
        local = f + "_" + l
    elif style == 3:
        local = l + f[0] + str(R.randint(1960, 2005))
    else:
        local = f + l
    return local + "@" + R.choice(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append("dash")
        elif tok.isdigit():
            parts.append(say_digits(tok, R.choice(["plain", "pairs"])))
        elif len(tok) == 1:
            parts.append(say_letter(tok, R.choice(["plain", "for"])))
        else:
            parts.append(tok)
    dparts = []
    for tok in dom.split("."):
        dparts.append(tok)
    return " ".join(parts) + " at " + " dot ".join(dparts)


STREETS = ["acacia avenue", "elm street", "station road", "church lane", "high street",
           "maple drive", "park road", "victoria terrace", "oak close", "mill lane",
           "king street", "orchard way", "willow crescent", "main street", "sunset boulevard",
           "pine court", "riverside walk", "north parade", "grove road", "cedar place"]


def gen_address_parts():
    return str(R.randint(1, 240)), R.choice(STREETS)


def say_number_words(n):
    n = int(n)
    if n < 10:
        return UNITS[n]
    if n < 100:
        return two_digit_words("%02d" % n)
    h, rest = divmod(n, 100)
    if rest == 0:
        return UNITS[h] + " hundred"
    if R.random() < 0.5:
        return UNITS[h] + " hundred and " + say_number_words(rest)
    return UNITS[h] + " " + ("%02d" % rest if False else two_digit_words("%02d" % rest))


# ---------------------------------------------------------------------------
# case assembly
# ---------------------------------------------------------------------------
CASES_OUT = []


def turn(speaker, *segs):
    return (speaker, segs)


def make_case(kind, note, turns):
    out_turns, spans = [], []
    for ti, (speaker, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += seg
        out_turns.append({"speaker": speaker, "text": text})
    if kind == "negative":
        assert not spans, note
    CASES_OUT.append({"kind": kind, "turns": out_turns, "spans": spans, "note": note})


def A(*s):
    return turn("agent", *s)


def C(*s):
    return turn("customer", *s)


def pick(*xs):
    return R.choice(xs)


# ---------------------------------------------------------------------------
# positive templates
# ---------------------------------------------------------------------------
def card_chat():
    c = gen_card()
    sep = pick(" ", " ", "-", "", ".", "  ")
    shown = group(c, card_groups(c), sep)
    order = gen_digits(8, True)
    make_case("positive", "chat/retail: card typed with separator %r beside an 8-digit order number" % sep, [
        C(pick("hi ", "Hello, ", "hey "), "my order ", order, " failed, can u retry with card ", (shown, "CARD_NUMBER"),
          pick(" pls", " thanks", "", " ta")),
        A("Thanks, I can retry order ", order, " now."),
    ])


def card_call_one_turn():
    c = gen_card()
    amount = pick("forty two pounds fifty", "one hundred and twelve dollars", "sixty euro", "nine ninety nine")
    make_case("positive", "call/telecom: card read digit by digit in one turn after an amount", [
        A("so that's ", amount, " today what's the long number on the card"),
        C(pick("yeah it's ", "okay so ", "right ", "um "), (say_digits(c), "CARD_NUMBER")),
    ])


def card_call_split():
    c = gen_card(pick("visa", "mc", "disc"))
    g = [c[0:4], c[4:8], c[8:12], c[12:16]]
    backs = ["mhm", "okay go on", "yep", "got that", "uh huh"]
    t = [A("okay go ahead with the card number when you're ready")]
    for i, part in enumerate(g):
        lead = pick("", "", "right ", "then ", "um ")
        t.append(C(lead, (say_digits(part), "CARD_NUMBER"), pick("", "", " yeah")))
        if i < 3:
            t.append(A(R.choice(backs)))
    make_case("positive", "call/banking: 16-digit card split over four customer turns with back-channels", t)


def card_readback():
    c = gen_card(pick("visa", "mc"))
    last4 = c[-4:]
    make_case("positive", "call/insurance: customer gives card, agent reads it back, then card-ending mention", [
        C("the card is ", (say_digits(c, "plain"), "CARD_NUMBER")),
        A("let me read that back ", (say_digits(c, "plain"), "CARD_NUMBER"), " is that right"),
        C("yes that's it the one ending ", say_digits(last4, "plain")),
    ])


def card_selfcorrect():
    c = gen_card(pick("visa", "mc"))
    wrong = c[:6]
    make_case("positive", "call/utilities: false start then full card with 'sorry let me start again' (only full read labelled)", [
        A("can i take the card number please"),
        C(say_digits(wrong, "plain"), " no sorry let me start again it's ", (say_digits(c, "plain"), "CARD_NUMBER")),
    ])


def card_cvv_expiry_chat():
    c = gen_card()
    cvv = gen_digits(4 if len(c) == 15 else 3)
    mm, yy = "%02d" % R.randint(1, 12), str(R.randint(26, 31))
    exp = pick(mm + "/" + yy, mm + "/20" + yy, mm + "-" + yy, mm + yy, mm + " / " + yy)
    make_case("positive", "chat/travel: card, expiry and CVV in one message next to a booking total", [
        A("The total for the booking is \u00a3", str(R.randint(120, 980)), ".", pick("00", "50", "99"),
          ". Please send card details."),
        C("card ", (group(c, card_groups(c)), "CARD_NUMBER"), pick(" exp ", ", expiry ", " expires "),
          (exp, "EXPIRY"), pick(" cvv ", ", CVV: ", " security code "), (cvv, "CVV")),
    ])


def cvv_expiry_call():
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    cvv = gen_digits(3)
    exp_say = pick(two_digit_words("%02d" % mm) + " " + two_digit_words(str(yy)),
                   MONTHS[mm - 1] + " twenty " + two_digit_words(str(yy)),
                   UNITS[mm] + " " + two_digit_words(str(yy)) if mm < 10 else TEENS[mm - 10] + " " + two_digit_words(str(yy)),
                   two_digit_words("%02d" % mm) + " slash " + two_digit_words(str(yy)))
    make_case("positive", "call/retail: expiry spoken then CVV in a later turn", [
        A("and the expiry date on the card"),
        C(pick("it's ", "uh ", ""), (exp_say, "EXPIRY")),
        A("lovely and the three digits on the back"),
        C(pick("", "that's ", "um "), (say_digits(cvv, "plain"), "CVV")),
    ])


def ssn_chat():
    s = gen_ssn()
    fmt = pick(s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
               s[:3] + "." + s[3:5] + "." + s[5:])
    claim = gen_digits(9, True)
    make_case("positive", "chat/insurance: SSN typed near a 9-digit claim number", [
        A("I see claim #", claim, ". To verify, what's your social security number?"),
        C(pick("its ", "SSN ", "sure ", ""), (fmt, "SSN"), pick("", " and the claim is " + claim)),
    ])


def ssn_call():
    s = gen_ssn()
    make_case("positive", "call/healthcare billing: SSN spoken with fillers", [
        A("can you verify the last", pick("", " uh"), " no the full social"),
        C(pick("yeah ", "okay ", ""), (say_digits(s[:3]) + pick(" ", " um ", " uh ") + say_digits(s[3:5]) + " " + say_digits(s[5:]), "SSN")),
    ])


def ssn_split():
    s = gen_ssn()
    make_case("positive", "call/government: SSN split 3-2-4 over turns", [
        A("what's your social security number"),
        C((say_digits(s[:3]), "SSN")),
        A(pick("okay", "mhm", "go on")),
        C((say_digits(s[3:5]), "SSN")),
        A(pick("yep", "and")),
        C((say_digits(s[5:]), "SSN"), pick("", " that's it")),
    ])


def ssn_readback():
    s = gen_ssn()
    make_case("positive", "call/banking: agent reads back SSN with dashes said aloud", [
        C("my social is ", (say_digits(s, "plain"), "SSN")),
        A("thank you that's ", (say_digits(s[:3], "plain") + " dash " + say_digits(s[3:5], "plain") + " dash " + say_digits(s[5:], "plain"), "SSN")),
        C("correct and my balance is like two hundred and six dollars"),
    ])


def ni_chat():
    n = gen_ni()
    fmt = pick(n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8],
               n.lower(), n[:2] + n[2:8] + " " + n[8], n[:2] + "-" + n[2:4] + "-" + n[4:6] + "-" + n[6:8] + "-" + n[8])
    make_case("positive", "chat/government services: NI number typed, varying case and separators", [
        A("Could you confirm your National Insurance number?"),
        C(pick("yes it is ", "NI no: ", "", "its "), (fmt, "NI_NUMBER"), pick("", " thx", ".")),
    ])


def ni_call():
    n = gen_ni()
    ls = pick("plain", "for", "as")
    dstyle = pick("plain", "pairs", "doubles")
    said = say_letter(n[0], ls) + " " + say_letter(n[1], ls) + " " + say_digits(n[2:8], dstyle) + " " + say_letter(n[8], ls)
    make_case("positive", "call/government: NI number spoken with phonetic letters (%s) and %s digits" % (ls, dstyle), [
        A("and your national insurance number please"),
        C(pick("it's ", "yeah ", "okay it's ", ""), (said, "NI_NUMBER")),
    ])


def ni_split():
    n = gen_ni()
    make_case("positive", "call/payroll: NI number split across turns with back-channels", [
        A("can i take your n i number"),
        C((say_letter(n[0]) + " " + say_letter(n[1]), "NI_NUMBER")),
        A("mhm"),
        C((say_digits(n[2:5], "plain"), "NI_NUMBER")),
        A("okay"),
        C((say_digits(n[5:8], "plain") + " " + say_letter(n[8]), "NI_NUMBER")),
    ])


def bank_uk():
    sc = gen_digits(6)
    acct = gen_digits(8)
    mode = pick("chat", "call")
    if mode == "chat":
        scf = pick(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc[:2] + " " + sc[2:4] + " " + sc[4:], sc)
        make_case("positive", "chat/banking: sort code and account number in one message near a payment amount", [
            A("Which account should the \u00a3", str(R.randint(20, 900)), " refund go to?"),
            C("sort code ", (scf, "SORT_CODE"), pick(" acc ", ", account ", " a/c no "), (acct, "BANK_ACCOUNT")),
        ])
    else:
        make_case("positive", "call/banking: sort code read in pairs and account number digit by digit", [
            A("what's the sort code"),
            C((two_digit_words(sc[:2]) + " " + two_digit_words(sc[2:4]) + " " + two_digit_words(sc[4:]), "SORT_CODE")),
            A("and the account number"),
            C(pick("it's ", ""), (say_digits(acct), "BANK_ACCOUNT")),
        ])


def bank_us():
    routing_acct = gen_digits(R.choice([10, 11, 12]), True)
    make_case("positive", "call/banking US: checking account number with a check number nearby", [
        A("which account is the check number ", say_digits(str(R.randint(1001, 1999)), "plain"), " drawn on"),
        C("the checking account ", (say_digits(routing_acct), "BANK_ACCOUNT")),
    ])


def bank_split():
    acct = gen_digits(8)
    make_case("positive", "call/utilities: direct debit account number split 4+4", [
        A("and the account number for the direct debit"),
        C((say_digits(acct[:4]), "BANK_ACCOUNT")),
        A("mhm"),
        C((say_digits(acct[4:]), "BANK_ACCOUNT"), " and i want it out on the fifteenth"),
    ])


def iban_chat():
    ib = gen_iban()
    fmt = pick(group(ib, [4] * 8), ib, group(ib, [4] * 8).lower())
    make_case("positive", "chat/EU banking: IBAN typed (%s) beside an invoice number" % ib[:2], [
        A("Please send the IBAN for invoice INV-", gen_digits(6, True), "."),
        C("IBAN: ", (fmt, "IBAN")),
    ])


def iban_call():
    ib = gen_iban(pick("GB", "IE", "DE", "NL"))
    said = []
    for ch in ib:
        said.append(say_letter(ch, pick("plain", "for")) if ch.isalpha() else digit_word(ch))
    make_case("positive", "call/banking: IBAN spoken character by character (%s)" % ib[:2], [
        A("can you read me the iban please"),
        C(pick("yeah it's ", "okay ", ""), (" ".join(said), "IBAN")),
    ])


def phone_chat():
    kind = pick("uk", "us", "ie", "intl")
    if kind == "uk":
        p = gen_uk_mobile()
        fmt = pick(p[:5] + " " + p[5:], p, "+44 " + p[1:5] + " " + p[5:], "(0)" + p[1:5] + "-" + p[5:])
    elif kind == "us":
        p = gen_us_phone()
        fmt = pick("(" + p[:3] + ") " + p[3:6] + "-" + p[6:], p[:3] + "-" + p[3:6] + "-" + p[6:], "+1 " + p[:3] + " " + p[3:6] + " " + p[6:], p[:3] + "." + p[3:6] + "." + p[6:])
    elif kind == "ie":
        p = gen_ie_mobile()
        fmt = pick(p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:])
    else:
        p = gen_uk_landline()
        fmt = pick("+44 (0)" + p[1:4] + " " + p[4:7] + " " + p[7:], "0044 " + p[1:4] + " " + p[4:])
    make_case("positive", "chat/telecom: %s phone number typed; ticket number and time nearby" % kind, [
        A("Ticket ", gen_digits(7, True), " is open. Best number to call you back?"),
        C(pick("", "call me on ", "my mobile ", "pls use "), (fmt, "PHONE"), pick(" after 5pm", " anytime before 14:30", "", " thx")),
    ])


def phone_call():
    p = pick(gen_uk_mobile(), gen_us_phone(), gen_ie_mobile())
    make_case("positive", "call/telecom: phone number spoken with doubles/triples", [
        A("and a contact number in case we get cut off"),
        C(pick("yeah it's ", "sure ", "um "), (say_digits(p, pick("doubles", "mixed", "plain")), "PHONE")),
    ])


def phone_split_plus():
    p = gen_uk_mobile()
    make_case("positive", "call/travel: international form 'plus four four' split over turns with back-channel", [
        A("what number can the hotel reach you on"),
        C((" plus four four " + say_digits(p[1:5], "plain")).strip(), ),
        A("okay"),
        C((say_digits(p[5:], "plain"), "PHONE")),
    ]) if False else make_case("positive", "call/travel: international form 'plus four four' split over turns with back-channel", [
        A("what number can the hotel reach you on"),
        C(("plus four four " + say_digits(p[1:5], "plain"), "PHONE")),
        A("okay"),
        C((say_digits(p[5:], "plain"), "PHONE"), " that's my mobile"),
    ])


def phone_us_hundred():
    area = R.choice(["two one two", "four one five", "six one seven", "three one two"])
    area_d = {"two one two": "212", "four one five": "415", "six one seven": "617", "three one two": "312"}[area]
    mid = R.choice(["555", "867", "204", "389"])
    last = gen_digits(4)
    mid_s = pick(say_digits(mid, "plain"), UNITS[int(mid[0])] + " " + (two_digit_words(mid[1:]) if mid[1] != "0" else "oh " + UNITS[int(mid[2])]))
    make_case("positive", "call/retail US: phone with area code and mixed grouping, order total nearby", [
        A("your order total is eighty four ninety nine and a callback number"),
        C((area + " " + mid_s + " " + say_digits(last, "pairs"), "PHONE")),
    ])


def email_chat():
    e = gen_email()
    make_case("positive", "chat/retail: email typed (case varies) with order reference", [
        A("Which email is on order #", gen_digits(8, True), "?"),
        C(pick("", "its ", "email: "), (typo_case(e), "EMAIL"), pick("", " cheers", ".")),
    ])


def email_call():
    e = gen_email()
    make_case("positive", "call/insurance: email spelled out ASR style ('at', 'dot', letters)", [
        A("and what's the best email address"),
        C(pick("it's ", "yeah it's ", ""), (say_email(e), "EMAIL")),
    ])


def email_readback():
    e = gen_email()
    s = say_email(e)
    make_case("positive", "call/telecom: email given then read back by agent", [
        C((s, "EMAIL")),
        A("so that's ", (s, "EMAIL"), " yeah"),
        C("yep that's the one"),
    ])


def dob_chat():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
    fmt = pick("%02d/%02d/%d" % (d, m, y), "%d-%d-%d" % (m, d, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
               "%s %d%s, %d" % (MONTHS[m - 1].title(), d, "th" if d > 3 and d < 21 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"), y),
               "%02d.%02d.%d" % (d, m, y))
    appt = "%d %s" % (R.randint(1, 28), MONTHS[R.randint(0, 11)].title())
    make_case("positive", "chat/healthcare billing: DOB typed beside an appointment date (appointment unlabelled)", [
        A("For the appointment on ", appt, " can I take your date of birth?"),
        C(pick("dob ", "", "its ", "born "), (fmt, "DOB")),
    ])


def dob_call():
    d, m, y = R.randint(1, 31), R.randint(1, 12), R.randint(1938, 2003)
    d = min(d, 28)
    said = pick("the " + ordinal(d) + " of " + MONTHS[m - 1] + " " + say_year(y),
                ordinal(d) + " " + MONTHS[m - 1] + " " + say_year(y),
                MONTHS[m - 1] + " " + ordinal(d) + " " + say_year(y),
                two_digit_words("%02d" % d) + " " + two_digit_words("%02d" % m) + " " + two_digit_words(str(y)[2:]))
    make_case("positive", "call/insurance: date of birth spoken, policy started date nearby unlabelled", [
        A("your policy started on the first of march and can i just take your date of birth"),
        C(pick("yeah it's ", "", "um "), (said, "DOB")),
    ])


def postcode_uk_call():
    pc = gen_uk_postcode()
    out, inw = pc.split()
    ls = pick("plain", "for")
    said = " ".join(say_letter(ch, ls) if ch.isalpha() else digit_word(ch) for ch in out)
    said += " " + digit_word(inw[0]) + " " + say_letter(inw[1], ls) + " " + say_letter(inw[2], ls)
    make_case("positive", "call/utilities: UK postcode spoken letter by letter; meter reading nearby unlabelled", [
        A("thanks for the reading of ", say_digits(gen_digits(5, True), "plain"), " and the postcode at the property"),
        C(pick("it's ", ""), (said, "POSTCODE")),
    ])


def postcode_chat():
    if R.random() < 0.6:
        pc = gen_uk_postcode()
        fmt = pick(pc, pc.lower(), pc.replace(" ", ""))
        note = "UK"
    else:
        z = gen_zip()
        fmt = pick(z, z + "-" + gen_digits(4))
        note = "US ZIP"
    make_case("positive", "chat/retail: %s postcode typed beside a parcel weight and price" % note, [
        A("The parcel is 2.4kg, delivery \u00a34.99. What's the postcode?"),
        C((fmt, "POSTCODE")),
    ])


def zip_call():
    z = gen_zip()
    make_case("positive", "call/retail US: ZIP code spoken with 'oh'", [
        A("what's the zip code for the billing address"),
        C(pick("it's ", "", "uh "), (say_digits(z, pick("plain", "doubles")), "POSTCODE")),
    ])


def address_chat():
    n, st = gen_address_parts()
    pc = gen_uk_postcode()
    flat = pick("", "Flat %d, " % R.randint(1, 12))
    addr = flat + n + " " + st.title()
    make_case("positive", "chat/retail: street address and postcode in one line (town unlabelled)", [
        A("Delivery address please?"),
        C((addr, "ADDRESS"), ", ", pick("Leeds", "Manchester", "Bristol", "Glasgow"), " ", (pc, "POSTCODE")),
    ])


def address_call():
    n, st = gen_address_parts()
    said = say_number_words(n) + " " + st
    make_case("positive", "call/insurance: address spoken with number in words; claim amount nearby", [
        A("the claim for six hundred pounds is for which property"),
        C(pick("it's ", "that's ", ""), (said, "ADDRESS"), " in ", pick("cork", "swindon", "boston", "dublin")),
    ])


def address_us():
    n = str(R.randint(100, 9999))
    st = R.choice(STREETS)
    z = gen_zip()
    make_case("positive", "chat/insurance US: US street address with ZIP", [
        A("What's the garaging address for the vehicle?"),
        C((n + " " + st.title(), "ADDRESS"), ", ", pick("Austin TX", "Columbus OH", "Denver CO"), " ", (z, "POSTCODE")),
    ])


def mixed_multi():
    """Several PII types across a verification call, next to non-PII numbers."""
    n = gen_ni()
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2000)
    pc = gen_uk_postcode()
    out, inw = pc.split()
    pcs = " ".join(ch.lower() if ch.isalpha() else digit_word(ch) for ch in out) + " " + digit_word(inw[0]) + " " + inw[1].lower() + " " + inw[2].lower()
    make_case("positive", "call/government: NI, DOB and postcode in one verification, with a benefit amount and reference", [
        A("reference ", say_digits(gen_digits(8, True), "plain"), " for your claim of eighty four pounds fifty a week can i take your n i number"),
        C((say_letter(n[0]) + " " + say_letter(n[1]) + " " + say_digits(n[2:8], "pairs") + " " + say_letter(n[8]), "NI_NUMBER")),
        A("and date of birth"),
        C((ordinal(d) + " " + MONTHS[m - 1] + " " + say_year(y), "DOB"), " and i'm ", str(2026 - y), " now if that helps"),
        A("postcode"),
        C((pcs, "POSTCODE")),
    ])


def two_in_one():
    s = gen_ssn()
    p = gen_us_phone()
    make_case("positive", "call/banking US: SSN and phone in a single customer turn", [
        A("i need your social and a phone number"),
        C("social is ", (say_digits(s, "plain"), "SSN"), " and the phone is ", (say_digits(p, "plain"), "PHONE")),
    ])


def card_last4_and_full():
    c = gen_card("visa")
    other = gen_card("mc")
    make_case("positive", "chat/banking: mentions old card ending (unlabelled) then types new full card", [
        C("The card ending ", other[-4:], " expired, new one is ", (group(c, [4, 4, 4, 4]), "CARD_NUMBER")),
        A("Thanks, I've replaced the card ending ", other[-4:], "."),
    ])


def ni_beside_ref():
    n = gen_ni()
    ref = gen_digits(10, True)
    make_case("positive", "chat/government: NI number right after a 10-digit application reference", [
        C("application ref ", ref, " NI ", (n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], "NI_NUMBER")),
    ])


def ssn_beside_amount():
    s = gen_ssn()
    make_case("positive", "call/healthcare billing: SSN after a bill amount read digit by digit", [
        A("the bill is for one two four seven dollars and i'll need your social to set up a plan"),
        C("okay um ", (say_digits(s, "mixed"), "SSN"), " and can i pay it over twelve months"),
    ])


def card_amex_call():
    c = gen_card("amex")
    cid = gen_digits(4)
    make_case("positive", "call/travel: amex 4-6-5 read with pauses, 4-digit CID on the front", [
        A("and the card number"),
        C((say_digits(c[:4]) + " " + say_digits(c[4:10]) + " " + say_digits(c[10:]), "CARD_NUMBER")),
        A("and the four digit code on the front"),
        C((say_digits(cid, "plain"), "CVV")),
    ])


def expiry_chat_words():
    m = R.randint(1, 12)
    y = R.randint(2026, 2031)
    exp = pick(MONTHS[m - 1].title() + " " + str(y), MONTHS[m - 1][:3].title() + " " + str(y)[2:], "%d/%d" % (m, y))
    make_case("positive", "chat/telecom: expiry typed as month name / year", [
        A("What's the expiry on the card?"),
        C("expires ", (exp, "EXPIRY"), pick("", " i think")),
    ])


def sort_code_call_digits():
    sc = gen_digits(6)
    make_case("positive", "call/banking: sort code said digit by digit with 'dash'", [
        A("what's the sort code on that account"),
        C((say_digits(sc[:2], "plain") + " dash " + say_digits(sc[2:4], "plain") + " dash " + say_digits(sc[4:], "plain"), "SORT_CODE")),
    ])


def iban_split():
    ib = gen_iban("IE")
    chunks = [ib[:4], ib[4:8], ib[8:14], ib[14:]]
    t = [A("go ahead with the iban")]
    for i, ch in enumerate(chunks):
        said = " ".join(say_letter(c) if c.isalpha() else digit_word(c) for c in ch)
        t.append(C((said, "IBAN")))
        if i < 3:
            t.append(A(pick("yep", "mhm", "okay")))
    make_case("positive", "call/banking IE: IBAN split over four turns", t)


def homophones(text):
    def sub(word, repl, p):
        return lambda m: repl if R.random() < p else m.group(0)
    text = re.sub(r"(?<!double )(?<!triple )\btwo\b", sub("two", "to", 0.6), text)
    text = re.sub(r"(?<!double )(?<!triple )\bfour\b", sub("four", "for", 0.6), text)
    text = re.sub(r"(?<!double )(?<!triple )\beight\b", sub("eight", "ate", 0.3), text)
    return text


def phone_homophone():
    p = pick(gen_uk_mobile(), gen_us_phone(), gen_uk_landline())
    said = homophones(say_digits(p, "plain"))
    make_case("positive", "call/utilities: phone number with ASR homophones ('to', 'for', 'ate') beside opening hours", [
        A("we're open eight till eight so what number is best to call you back on"),
        C(pick("it's ", "um ", ""), (said, "PHONE"), pick(" any time after five", " but not before nine", "")),
    ])


def card_homophone():
    c = gen_card(pick("visa", "mc"))
    said = homophones(say_digits(c, "plain"))
    make_case("positive", "call/retail: card read with ASR homophones ('to', 'for') and a card-ending mention nearby", [
        A("is it the card ending ", say_digits(gen_digits(4), "plain"), " or a new one"),
        C("new one ", (said, "CARD_NUMBER")),
    ])


def dob_beside_appt_call():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1945, 2002)
    ad, am = R.randint(1, 28), R.randint(1, 12)
    make_case("positive", "call/healthcare billing: appointment date and DOB in the same customer turn (only DOB labelled)", [
        A("which appointment is the bill for"),
        C("the one on the ", ordinal(ad), " of ", MONTHS[am - 1], " and my date of birth is ",
          (two_digit_words("%02d" % d) + " " + two_digit_words("%02d" % m) + " " + say_year(y), "DOB")),
    ])


def sort_code_beside_meter():
    sc = gen_digits(6)
    r = gen_digits(6)
    make_case("positive", "call/utilities: six-digit meter reading (unlabelled) then six-digit sort code for the direct debit", [
        A("thanks the reading ", two_digit_words(r[:2]) + " " + two_digit_words(r[2:4]) + " " + two_digit_words(r[4:]),
          " is logged now the sort code for the direct debit"),
        C((two_digit_words(sc[:2]) + " " + two_digit_words(sc[2:4]) + " " + two_digit_words(sc[4:]), "SORT_CODE")),
    ])


def cvv_expiry_readback():
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    cvv = gen_digits(3)
    make_case("positive", "call/travel: expiry and CVV in one turn, agent confirms the expiry", [
        A("expiry and security code please"),
        C((two_digit_words("%02d" % mm) + " " + two_digit_words(str(yy)), "EXPIRY"), " and the code is ",
          (say_digits(cvv, "plain"), "CVV")),
        A("so expiring ", (MONTHS[mm - 1] + " twenty " + two_digit_words(str(yy)), "EXPIRY"), " thank you that's forty pounds taken"),
    ])


POS_TEMPLATES = [
    (card_chat, 7), (card_call_one_turn, 7), (card_call_split, 4), (card_readback, 3),
    (card_selfcorrect, 3), (card_cvv_expiry_chat, 6), (cvv_expiry_call, 6), (card_last4_and_full, 3),
    (card_amex_call, 3), (expiry_chat_words, 3),
    (ssn_chat, 9), (ssn_call, 7), (ssn_split, 3), (ssn_readback, 3), (two_in_one, 4), (ssn_beside_amount, 4),
    (ni_chat, 10), (ni_call, 10), (ni_split, 3), (ni_beside_ref, 4), (mixed_multi, 4),
    (bank_uk, 8), (bank_us, 4), (bank_split, 3), (sort_code_call_digits, 4),
    (iban_chat, 8), (iban_call, 5), (iban_split, 2),
    (phone_chat, 8), (phone_call, 5), (phone_split_plus, 3), (phone_us_hundred, 3),
    (email_chat, 6), (email_call, 6), (email_readback, 2),
    (dob_chat, 7), (dob_call, 7),
    (postcode_uk_call, 5), (postcode_chat, 6), (zip_call, 4),
    (address_chat, 6), (address_call, 5), (address_us, 4),
    (phone_homophone, 5), (card_homophone, 4), (dob_beside_appt_call, 4), (sort_code_beside_meter, 5),
    (cvv_expiry_readback, 4),
]


# ---------------------------------------------------------------------------
# negative templates
# ---------------------------------------------------------------------------
def neg(note, *turns):
    make_case("negative", note, list(turns))


def n_order_digits():
    o = gen_digits(R.choice([8, 9, 10]), True)
    neg("call/retail: order number read digit by digit with its reference word",
        A("have you got the order number there"),
        C("yeah the order number is ", say_digits(o, pick("plain", "doubles"))))


def n_tracking():
    t = pick("".join(R.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(2)) + gen_digits(9) + "GB",
             "JD" + gen_digits(10), "1Z" + gen_digits(6) + "A" + gen_digits(7)[:7])
    neg("chat/retail: long parcel tracking number with its name",
        C("tracking number ", t, " says delivered but nothing here"),
        A("I can see tracking ", t, " was scanned at 07:42 this morning."))


def n_amount_digits():
    a = gen_digits(4, True)
    neg("call/utilities: balance read digit by digit",
        A("your outstanding balance is ", say_digits(a, "plain"), " pounds and ", two_digit_words(gen_digits(2, True)), " pence"),
        C("that's way more than the ", say_number_words(str(R.randint(60, 300))), " i normally pay"))


def n_opening_hours():
    neg("call/telecom: opening hours that look like a phone number",
        A("we're open eight till eight monday to friday nine till five on saturday and ten till four sunday"),
        C("so if i ring back at seven thirty tomorrow"),
        A("yeah seven thirty to eight is fine"))


def n_opening_chat():
    neg("chat/banking: opening hours typed with ranges",
        A("Our phone lines are open 8am-8pm Mon-Fri, 9am-5pm Sat, closed Sun. Branches 09:30-16:30."),
        C("ok thx, 8-8 weekdays then"))


def n_model_serial():
    serial = gen_digits(R.choice([8, 9, 10]), True)
    model = pick("KX-TG6823", "WM 8470 B", "HD-7785", "EX-2210", "BOSCH WAN28281GB", "SM-A5560")
    neg("call/retail: model and serial number read out",
        A("can you read me the model and serial number off the back"),
        C("model is ", model.lower(), " and the serial number is ", say_digits(serial, "plain")))


def n_serial_chat():
    neg("chat/telecom: router serial and MAC-free model code",
        C("router model HH6A, serial no. SN", gen_digits(10, True), ", firmware v4.21.1"),
        A("Thanks, serial SN... noted. Please power cycle for 30 seconds."))


def n_meter():
    r1, r2 = gen_digits(6), gen_digits(5, True)
    neg("call/utilities: six-digit meter readings (sort-code lookalike) read in pairs",
        A("go ahead with the day reading"),
        C(two_digit_words(r1[:2]) + " " + two_digit_words(r1[2:4]) + " " + two_digit_words(r1[4:])),
        A("and the night reading"),
        C(say_digits(r2, "plain")))


def n_meter_chat():
    neg("chat/utilities: meter readings typed with dashes",
        C("gas meter reading ", gen_digits(5, True), " and electric ", gen_digits(2), "-", gen_digits(2), "-", gen_digits(2)),
        A("Thanks, your reading has been submitted."))


def n_appt_date():
    d, m = R.randint(1, 28), R.randint(0, 11)
    neg("call/utilities: engineer appointment date and time window",
        A("i can book the engineer for the ", ordinal(d), " of ", MONTHS[m], " between eight and twelve"),
        C("the ", ordinal(d), " is fine or the ", ordinal(min(d + 1, 28)), " after twelve"))


def n_payment_date_chat():
    neg("chat/banking: payment dates and amounts",
        A("Your last payment of \u00a3", str(R.randint(20, 500)), ".", gen_digits(2), " was received on ",
          "%02d/%02d/2026" % (R.randint(1, 28), R.randint(1, 10)), ". Next due ", "%02d/%02d/2026" % (R.randint(1, 28), R.randint(11, 12)), "."),
        C("ok and the one on 1st dec?"))


def n_last4():
    l4 = gen_digits(4)
    neg("call/banking: card last-four mention only",
        A("is that the card ending in ", say_digits(l4, "plain")),
        C("yeah the one ending ", say_digits(l4, pick("pairs", "plain")), " not the old one"))


def n_last4_chat():
    l4 = gen_digits(4)
    neg("chat/retail: card ending typed",
        C("refund to my visa ending ", l4, " please, amount was $", str(R.randint(10, 400)), ".", gen_digits(2)),
        A("Refund to card ending ***", l4[-1], " processed."))


def n_claim():
    neg("chat/insurance: claim and policy numbers with their words",
        C("Claim no. CLM-", gen_digits(8), " for policy POL", gen_digits(7), "."),
        A("Claim ", gen_digits(8, True), " is with the assessor since 3 November."))


def n_claim_call():
    cl = gen_digits(10, True)
    neg("call/insurance: 10-digit claim number read in groups",
        A("have you got your claim reference"),
        C("yeah it's claim reference ", say_digits(cl[:3], "plain"), " ", say_digits(cl[3:6], "plain"), " ", say_digits(cl[6:], "plain")))


def n_invoice():
    neg("chat/healthcare billing: invoice number, procedure code, amount",
        C("invoice ", gen_digits(9, True), " charged procedure code 99213 twice, $", str(R.randint(80, 300)), ".00 each"),
        A("I see invoice lines for CPT 99213 on the 4th and 11th."))


def n_ticket():
    neg("call/telecom: ticket number with double/triple",
        A("your ticket number is ", say_digits(gen_digits(7, True), "doubles")),
        C("and how long will that take"),
        A("usually forty eight to seventy two hours"))


def n_flight():
    neg("call/travel: flight number, gate, departure time",
        C("i'm on ", pick("b a", "e i", "a a", "f r"), " ", say_number_words(str(R.randint(100, 999))), " at fourteen thirty five from gate twenty two"),
        A("flight departs fourteen thirty five terminal five boarding at thirteen fifty"))


def n_flight_chat():
    neg("chat/travel: booking reference, flight number, seat",
        C("booking ref ", "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), ", flight ", pick("BA", "EI", "FR", "LH"),
          gen_digits(4, True), " seat ", str(R.randint(1, 40)), pick("A", "C", "F")),
        A("Thanks, flight departs 06:50, arrives 09:15 local."))


def n_room():
    neg("call/travel: hotel room number and nights",
        C("i'm in room four one two for three nights checking out on the ", ordinal(R.randint(1, 28))),
        A("room four one two yes late checkout till two is fifteen euro"))


def n_speed():
    neg("call/telecom: broadband speeds and data",
        A("you're paying for nine hundred megabits and the line test shows seventy two point four"),
        C("and upload is like eleven i've used four hundred and fifty gigs this month"))


def n_age_temp():
    neg("call/healthcare billing: ages and temperature",
        C("my dad is eighty seven and he had a temperature of thirty eight point five"),
        A("okay and he was seen at the clinic on tuesday at ten fifteen"))


def n_percent():
    neg("chat/banking: APR, percentages, years",
        A("The rate is 19.9% APR, rising to 24.9% after 12 months. Representative example: \u00a31,200 over 36 months."),
        C("I've banked with you since 2009, can't you do 15%?"))


def n_duration():
    neg("call/telecom: durations and counts",
        C("i've been on hold forty five minutes and this is my third call in two weeks"),
        A("sorry about that i'll add five hundred minutes and ten gig free for three months"))


def n_contract():
    neg("call/telecom: contract start/end dates (not DOB)",
        A("your contract started on the second of february twenty twenty four and ends on the first of february twenty twenty six"),
        C("so i'm out of contract since february"))


def n_price():
    neg("chat/retail: prices and quantities",
        C("the 65 inch model was \u00a31,299.99 and now it's \u00a3999, can i get the difference on 2 units?"),
        A("Price match gives \u00a3300.99 back per unit, so \u00a3601.98."))


def n_case_double():
    neg("call/government: case number with doubles and triples",
        A("your case number is double four seven one triple nine two"),
        C("double four seven one triple nine two got it"))


def n_extension():
    neg("call/utilities: extension and menu options",
        A("if you get cut off ask for extension four four one two or press option three then two"),
        C("four four one two okay"))


def n_years():
    neg("call/insurance: years and no-claims",
        C("i've had nine years no claims since two thousand and sixteen and the car is a twenty nineteen"),
        A("a twenty nineteen with nine years that's a sixty five percent discount"))


def n_balance_call():
    neg("call/banking: account balance and overdraft",
        A("your balance is minus two hundred and twelve pounds eighty with an overdraft limit of five hundred"),
        C("right and when does the eleven fifty fee come out"))


def n_reference_chat():
    neg("chat/government: application reference, form codes",
        C("my application ref is APP-", gen_digits(8), ", I sent form SA100 and P60 for 2025-26"),
        A("Application received on 12/10/2026, decision within 8 weeks."))


def n_weight_qty():
    neg("chat/retail: parcel weight, dimensions, quantities",
        C("2 parcels, 12.5kg and 3kg, 60 x 40 x 40 cm, order 7 items"),
        A("That's \u00a318.40 for both; collection between 9 and 12."))


def n_usage():
    neg("chat/telecom: data usage and bill period",
        A("You've used 14.6GB of your 30GB allowance; bill period 3 Nov - 2 Dec."),
        C("ok so 15.4 left for 8 days"))


def n_amount_long():
    neg("call/banking: large amount read digit by digit, time",
        C("i transferred one two five oh oh pounds at nine forty this morning"),
        A("i can see twelve thousand five hundred pounds pending since nine forty one"))


def n_policy_call():
    p = gen_digits(9, True)
    neg("call/insurance: policy number read in threes",
        A("can you read me the policy number"),
        C("policy number ", say_digits(p[:3], "plain"), " ", say_digits(p[3:6], "plain"), " ", say_digits(p[6:], "plain")),
        A("thank you that renews on the tenth of june"))


def n_store_number():
    neg("call/retail: store number and receipt number",
        C("it was store number ", say_digits(gen_digits(4, True), "plain"), " and the receipt number is ", say_digits(gen_digits(10, True), "plain")),
        A("and the transaction was at sixteen forty two"))


def n_mileage():
    neg("call/insurance: mileage, engine size, years",
        C("the car has sixty two thousand four hundred miles on it one point six litre"),
        A("and annual mileage about eight thousand"))


def n_reading_split():
    r = gen_digits(8, True)
    neg("call/utilities: water meter serial split across turns with back-channel",
        A("what's the meter serial"),
        C("meter serial ", say_digits(r[:4], "plain")),
        A("mhm"),
        C(say_digits(r[4:], "plain"), " and it reads ", say_number_words(str(R.randint(100, 999))), " cubic metres"))


def n_date_payment_call():
    neg("call/banking: payment date and amount, not birth",
        A("the direct debit of forty two fifty comes out on the fifteenth of each month"),
        C("can you move it to the twenty eighth because i get paid on the twenty fifth"))


NEG_TEMPLATES = [
    (n_order_digits, 8), (n_tracking, 5), (n_amount_digits, 4), (n_opening_hours, 1), (n_opening_chat, 1),
    (n_model_serial, 4), (n_serial_chat, 3), (n_meter, 6), (n_meter_chat, 3), (n_appt_date, 4),
    (n_payment_date_chat, 3), (n_last4, 6), (n_last4_chat, 3), (n_claim, 3), (n_claim_call, 6),
    (n_invoice, 3), (n_ticket, 3), (n_flight, 3), (n_flight_chat, 3), (n_room, 2), (n_speed, 1),
    (n_age_temp, 1), (n_percent, 1), (n_duration, 1), (n_contract, 1), (n_price, 1), (n_case_double, 1),
    (n_extension, 1), (n_years, 1), (n_balance_call, 1), (n_reference_chat, 3), (n_weight_qty, 1),
    (n_usage, 1), (n_amount_long, 1), (n_policy_call, 5), (n_store_number, 4), (n_mileage, 1),
    (n_reading_split, 3), (n_date_payment_call, 1),
]


def build():
    global R, CASES_OUT
    R = random.Random(SEED)
    CASES_OUT = []
    jobs = []
    for fn, k in POS_TEMPLATES:
        jobs += [fn] * k
    for fn, k in NEG_TEMPLATES:
        jobs += [fn] * k
    R.shuffle(jobs)
    for fn in jobs:
        fn()
    pos = [c for c in CASES_OUT if c["kind"] == "positive"]
    negs = [c for c in CASES_OUT if c["kind"] == "negative"]
    out = []
    for i, c in enumerate(pos, 1):
        out.append({"id": "%s-pos-%03d" % (PREFIX, i), **c})
    for i, c in enumerate(negs, 1):
        out.append({"id": "%s-neg-%03d" % (PREFIX, i), **c})
    return out


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# ---------------------------------------------------------------------------
# normalisation + validation (independent of the generator's values)
# ---------------------------------------------------------------------------
W_UNITS = {w: i for i, w in enumerate(UNITS)}
W_UNITS.update({"oh": 0, "o": 0, "nought": 0})
W_TEENS = {w: 10 + i for i, w in enumerate(TEENS)}
W_TENS = {v: k for k, v in TENS.items()}
W_ORD = {w: i for i, w in enumerate(ORD_UNITS) if w}
W_ORD.update({w: 10 + i for i, w in enumerate(ORD_TEENS)})
W_ORD.update({"twentieth": 20, "thirtieth": 30})
FILLERS = {"um", "uh", "er", "erm", "ah", "dash", "hyphen", "slash", "space", "and", "of", "the",
           "th", "st", "nd", "rd", "to", "plus"}
HOMO = {"to": "2", "too": "2", "for": "4", "ate": "8", "won": "1"}
ALL_FOR = {w for ws in FOR_WORDS.values() for w in ws}


def tokens(text):
    return re.findall(r"[a-z]+|\d+|[@._+-]", text.lower().replace("x-ray", "xray"))


def spoken_norm(text, letters=False, months=False):
    """Return normalised string of digits (and letters if allowed); None if unparsable."""
    toks = [t for t in tokens(text) if t not in "+-._"]
    out = []
    month_seen = False
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple"):
            if nxt is None:
                return None
            k = 2 if t == "double" else 3
            if nxt in W_UNITS:
                out.append(str(W_UNITS[nxt]) * k)
            elif letters and len(nxt) == 1:
                out.append(nxt.upper() * k)
            else:
                return None
            i += 1
        elif t in W_TENS:
            if nxt in W_UNITS and nxt not in ("oh", "o", "nought", "zero"):
                out.append(str(W_TENS[t] * 10 + W_UNITS[nxt]))
                i += 1
            elif months and nxt in W_ORD and W_ORD[nxt] < 10:
                out.append(str(W_TENS[t] * 10 + W_ORD[nxt]))
                i += 1
            else:
                out.append(str(W_TENS[t] * 10))
        elif t in W_TEENS:
            out.append(str(W_TEENS[t]))
        elif t in W_UNITS and not (letters and t == "o" and False):
            if nxt == "hundred":
                v = W_UNITS[t] * 100
                i += 1
                j = i + 1
                if j < len(toks) and toks[j] == "and":
                    j += 1
                sub = None
                if j < len(toks) and toks[j] in W_TENS:
                    sub = W_TENS[toks[j]] * 10
                    if j + 1 < len(toks) and toks[j + 1] in W_UNITS and toks[j + 1] not in ("oh", "o", "nought", "zero"):
                        sub += W_UNITS[toks[j + 1]]
                        j += 1
                elif j < len(toks) and toks[j] in W_TEENS:
                    sub = W_TEENS[toks[j]]
                elif j < len(toks) and toks[j] in W_UNITS and toks[j - 1] == "and":
                    sub = W_UNITS[toks[j]]
                if sub is not None:
                    v += sub
                    i = j
                out.append(str(v))
            elif nxt == "thousand":
                v = W_UNITS[t] * 1000
                i += 1
                j = i + 1
                if j < len(toks) and toks[j] == "and":
                    j += 1
                if j < len(toks) and toks[j] in W_UNITS:
                    v += W_UNITS[toks[j]]
                    i = j
                out.append("%04d" % v)
            else:
                out.append(str(W_UNITS[t]))
        elif months and t in W_ORD:
            out.append(str(W_ORD[t]))
        elif months and (t in MONTHS or t[:3] in [m[:3] for m in MONTHS] and len(t) == 3):
            month_seen = True
            out.append("M")
        elif not letters and not months and t in HOMO:
            out.append(HOMO[t])
        elif t in FILLERS and not (letters and t in ("ah", "st", "nd", "rd", "th", "er")):
            pass
        elif letters and len(t) == 1:
            if nxt in ("for", "as"):
                j = i + 2 if nxt == "for" else i + 3
                if j < len(toks) and toks[j] in ALL_FOR and toks[j][0] == t:
                    out.append(t.upper())
                    i = j
                else:
                    return None
            else:
                out.append(t.upper())
        elif letters and t.isalpha() and len(t) <= 4:
            out.append(t.upper())
        else:
            return None
        i += 1
    s = "".join(out)
    if months:
        return s, month_seen
    return s


def email_norm(text):
    t = text.strip().lower()
    if "@" in t:
        return t
    toks = tokens(t)
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
        elif w in W_UNITS or w in W_TEENS or w in W_TENS:
            j = i
            while j < len(toks) and (toks[j] in W_UNITS or toks[j] in W_TEENS or toks[j] in W_TENS):
                j += 1
            d = spoken_norm(" ".join(toks[i:j]))
            if d is None:
                return None
            out.append(d)
            i = j - 1
        elif len(w) == 1 and i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2] in ALL_FOR:
            out.append(w)
            i += 2
        else:
            out.append(w)
        i += 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "ES": 24, "NL": 18}
STREET_WORDS = {"avenue", "street", "road", "lane", "drive", "terrace", "close", "way", "crescent",
                "boulevard", "court", "walk", "parade", "place"}


def iban_valid(s):
    if len(s) < 4 or IBAN_LEN.get(s[:2]) != len(s) or not s.isalnum():
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def validate(typ, text):
    """True if complete and valid, False if not (yet) valid, None if unparsable."""
    if typ == "EMAIL":
        e = email_norm(text)
        return None if e is None else bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e))
    if typ == "ADDRESS":
        words = tokens(text)
        has_num = any(w.isdigit() or w in W_UNITS or w in W_TEENS or w in W_TENS for w in words)
        return has_num and words[-1] in STREET_WORDS
    if typ in ("DOB", "EXPIRY"):
        r = spoken_norm(text, months=True)
        if r is None:
            return None
        s, m = r
        digits = s.replace("M", "")
        if typ == "DOB":
            if m:
                return 3 <= len(digits) <= 6
            return 5 <= len(digits) <= 8
        if m:
            return len(digits) in (2, 4)
        return 3 <= len(digits) <= 6
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    s = spoken_norm(text, letters=letters)
    if s is None:
        return None
    if typ == "CARD_NUMBER":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)
    if typ == "CVV":
        return s.isdigit() and len(s) in (3, 4)
    if typ == "SSN":
        return s.isdigit() and len(s) == 9
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(s))
    if typ == "BANK_ACCOUNT":
        return s.isdigit() and 8 <= len(s) <= 17
    if typ == "SORT_CODE":
        return s.isdigit() and len(s) == 6
    if typ == "IBAN":
        return iban_valid(s)
    if typ == "PHONE":
        return s.isdigit() and 10 <= len(s) <= 15
    if typ == "POSTCODE":
        return bool(UK_PC.match(s)) or bool(re.fullmatch(r"\d{5}|\d{9}", s))
    return None


def check(cases):
    problems = []
    ids = set()
    for c in cases:
        cid = c["id"]
        if cid in ids:
            problems.append("duplicate id " + cid)
        ids.add(cid)
        if c["kind"] == "negative" and c["spans"]:
            problems.append(cid + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(cid + ": positive without spans")
        prev = None
        for sp in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            if sp["type"] not in TYPES:
                problems.append(cid + ": bad type " + sp["type"])
            if not (0 <= sp["turn"] < len(c["turns"])):
                problems.append(cid + ": turn out of range")
                continue
            t = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(t)):
                problems.append(cid + ": offsets out of range")
                continue
            if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
                problems.append("%s: span not on word boundary %r" % (cid, t[max(0, s - 3):e + 3]))
            if t[s].isspace() or t[e - 1].isspace():
                problems.append(cid + ": span has outer whitespace")
            if prev and prev["turn"] == sp["turn"] and sp["start"] < prev["end"]:
                problems.append(cid + ": overlapping spans")
            prev = sp
        # value validation; consecutive same-type fragments may be joined (split readings)
        by_type = {}
        for sp in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            by_type.setdefault(sp["type"], []).append(sp)
        for typ, sps in by_type.items():
            acc = []
            for sp in sps:
                txt = c["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]]
                if validate(typ, txt) is None:
                    problems.append("%s: unparsable %s %r" % (cid, typ, txt))
                    acc = []
                    continue
                acc.append(txt)
                if validate(typ, " ".join(acc)):
                    acc = []
            if acc:
                problems.append("%s: invalid %s value %r" % (cid, typ, " | ".join(acc)))
    return problems


def span_counts(cases):
    cnt = Counter()
    for c in cases:
        for sp in c["spans"]:
            cnt[sp["type"]] += 1
    return cnt


def readme(cases):
    cnt = span_counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return f"""# pii_holdout264 - held-out PII redaction evaluation set

**Never use this set for tuning.** It is a held-out evaluation set; do not read it
while changing redaction rules, and do not add its cases to training or unit tests.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its docs or the benchmark; only a three-line example of the
JSONL format. Cases are generated by `scripts/make_pii_holdout264.py` from template
functions: each turn is assembled from plain-text segments and `(value, TYPE)` segments,
so span offsets are computed, never typed by hand. All values come from one
`random.Random({SEED})`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout264.py --check` regenerates and verifies the file
(identical bytes, unique ids, offsets in range and on word boundaries, no overlaps, and each
value validated after normalising spoken forms: Luhn for cards, mod-97 for IBANs, NI
format, 9 digits for SSN, 6 for sort codes, digit counts for CVV/phone/account,
UK postcode / US ZIP shapes). Split readings (one value across several turns) are
validated by joining consecutive fragments of the same type.

## Contents

- {npos} positive cases, {nneg} negative cases ({len(cases)} total).
- Chat (typed: separators, case, typos) and call transcripts as ASR writes them
  (lower case, numbers as words, "oh"/"o"/"nought", "double"/"triple", pairs such as
  "forty one", years such as "nineteen eighty", letters as "b for bravo" / "b as in bravo",
  e-mails as "j dot doe at gmail dot com", fillers inside readings, self-corrections,
  agent read-backs, values split across turns with back-channels).
- Industries: banking, telecom, utilities, retail, insurance, travel, healthcare billing,
  government services; US, UK, Ireland and EU values.
- Negatives (spans = []) are lookalikes: order/tracking/claim/invoice/policy/ticket/receipt
  numbers with their reference word, amounts read digit by digit, opening hours, model and
  serial numbers, meter readings (including six-digit readings said in pairs), appointment,
  payment and contract dates, card last-four mentions, flight/seat/room numbers, speeds,
  ages, temperatures, percentages, years, durations, balances, procedure codes.

## Annotation conventions

- A span covers exactly the value as written or spoken: from the first to the last
  character of the value, including internal separators, spoken filler ("um") inside a
  reading, "double"/"triple", "dash" said between groups, and phonetic spellings
  ("b for bravo"). Lead-in words ("it's", "my number is") and trailing chit-chat are outside.
- ASR homophones inside a digit reading ("to" for two, "for" for four, "ate" for eight)
  are part of the span; lists of digits such as "one two four seven" that are amounts,
  references or meter readings are never labelled.
- A value split across turns is labelled as one span per turn fragment, all with the same type.
- Agent read-backs of a value are labelled too.
- In self-corrections only the complete, corrected reading is labelled; the abandoned
  false start is left unlabelled (redacting it is harmless).
- PHONE includes the international prefix ("+44", "plus four four", "0044").
- EXPIRY covers month and year; DOB covers day, month and year incl. "the ... of".
- ADDRESS covers flat/house number and street name including street type; the town is not
  labelled; the postcode/ZIP is a separate POSTCODE span.
- Card "ending in 1234" mentions, amounts, references and dates that are not birth dates
  are never labelled.

## Span counts per type

| type | spans |
|---|---|
{rows}
"""


def main():
    cases = build()
    text = render(cases)
    if "--check" in sys.argv[1:]:
        problems = check(cases)
        if render(build()) != text:
            problems.append("generation is not deterministic")
        if not CASES.exists():
            problems.append("fixture missing: " + str(CASES))
        elif CASES.read_text(encoding="utf-8") != text:
            problems.append("fixture differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != readme(cases):
            problems.append("README differs from regenerated output")
        cnt = span_counts(cases)
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
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for p in problems:
            print("PROBLEM:", p)
        if problems:
            print("CHECK FAILED (%d problems)" % len(problems))
            sys.exit(1)
        print("CHECK OK")
        return
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme(cases), encoding="utf-8")
    print("wrote %d cases to %s" % (len(cases), CASES))


if __name__ == "__main__":
    main()

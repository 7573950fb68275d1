#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout184``.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only; output is byte-for-byte reproducible
from the seed below.

    python scripts/make_pii_holdout184.py          # write fixture + README
    python scripts/make_pii_holdout184.py --check  # regenerate and verify

Never use this set for tuning.
"""
from __future__ import annotations

import json
import random
import re
import string
import sys
from collections import Counter
from pathlib import Path

SEED = 184241125
PREFIX = "h184"
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout184"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

R = random.Random(SEED)

# --------------------------------------------------------------------------
# spoken-number rendering
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD_W = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
         "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
         "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def zero_word(r=None):
    return (r or R).choice(["zero", "oh", "o", "nought", "oh", "zero"])


def dword(d, zw="zero"):
    return zw if d == "0" else DW[int(d)]


def say_digits(s, multi=True, zw=None):
    """Digit-by-digit reading with optional 'double'/'triple'."""
    zw = zw or zero_word()
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        if multi and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < 0.7:
            out.append("triple " + dword(d, zw))
            i += 3
            continue
        if multi and i + 1 < len(s) and s[i + 1] == d and R.random() < 0.6:
            out.append("double " + dword(d, zw))
            i += 2
            continue
        out.append(dword(d, zw))
        i += 1
    return " ".join(out)


def say_pair(p, zw="oh"):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zw + " " + DW[b]
    if a == 1:
        return TEEN_W[b]
    if b == 0:
        return DW[a] + " " + zw
    return TENS_W[a] + " " + DW[b]


def say_pairs(s, zw=None):
    zw = zw or R.choice(["oh", "o", "zero"])
    parts = []
    i = 0
    if len(s) % 2:
        parts.append(dword(s[0], zw))
        i = 1
    while i < len(s):
        parts.append(say_pair(s[i:i + 2], zw))
        i += 2
    return " ".join(parts)


def say_mixed(s, zw=None):
    """Mostly digit by digit with some pairs, as people do."""
    zw = zw or zero_word()
    parts = []
    i = 0
    while i < len(s):
        if i + 1 < len(s) and R.random() < 0.3 and s[i] != "0":
            parts.append(say_pair(s[i:i + 2], zw))
            i += 2
        else:
            parts.append(dword(s[i], zw))
            i += 1
    return " ".join(parts)


def say_year(y):
    y = str(y)
    if y.startswith("200"):
        return "two thousand and " + DW[int(y[3])] if y[3] != "0" else "two thousand"
    lo = int(y[2:])
    return say_num(int(y[:2])) + " " + (say_num(lo) if lo >= 10 else "oh " + DW[lo])


def say_num(n):
    """Natural cardinal for small numbers (0-99)."""
    if n < 10:
        return DW[n]
    if n < 20:
        return TEEN_W[n - 10]
    t, u = divmod(n, 10)
    return TENS_W[t] + ("" if u == 0 else " " + DW[u])


def say_ord(n):
    if n <= 20:
        return ORD_W[n]
    t, u = divmod(n, 10)
    if u == 0:
        return "thirtieth"
    return TENS_W[t] + " " + ORD_W[u]


def spell(s, nato_p=0.3, zw="zero"):
    out = []
    for ch in s:
        if ch == " ":
            continue
        if ch.isdigit():
            out.append(dword(ch, zw))
        elif R.random() < nato_p or ch.lower() == "o":
            out.append(ch.lower() + " for " + NATO[ch.lower()])
        else:
            out.append(ch.lower())
    return " ".join(out)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# --------------------------------------------------------------------------
# value generators
def luhn_check(num):
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
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "mc2", "visa19"])
    pref, n = {"visa": ("4", 16), "mc": (str(R.randint(51, 55)), 16), "amex": (R.choice(["34", "37"]), 15),
               "disc": ("6011", 16), "visa13": ("4", 13), "mc2": (str(R.randint(2221, 2720)), 16),
               "visa19": ("4", 19)}[kind]
    body = pref + "".join(str(R.randint(0, 9)) for _ in range(n - len(pref) - 1))
    for c in range(10):
        if luhn_check(body + str(c)):
            return body + str(c)
    raise AssertionError


def card_groups(c):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 13:
        return [4, 4, 5]
    if len(c) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def make_ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = [c for c in string.ascii_uppercase if c not in "DFIQUVO"]
NI_SECOND = [c for c in string.ascii_uppercase if c not in "DFIQUVO"]


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def iban_valid(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


def make_iban(cc=None):
    cc = cc or R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "FR":
        bban = dg(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    else:
        bban = dg(20)
    r = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in r)
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def iban_grouped(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


def make_phone(kind=None):
    kind = kind or R.choice(["uk_mob", "uk_land", "us", "ie_mob", "uk_mob"])
    dg = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if kind == "uk_mob":
        return "07" + str(R.randint(4, 9)) + dg(8)
    if kind == "uk_land":
        return "01" + dg(9)
    if kind == "us":
        return str(R.randint(2, 9)) + dg(2) + str(R.randint(2, 9)) + dg(6)
    return "08" + R.choice("35679") + dg(7)


def make_sort():
    return "%02d%02d%02d" % (R.randint(1, 99), R.randint(0, 99), R.randint(0, 99))


def make_acct(n=8):
    return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


UK_AREAS = ["SW", "SE", "N", "E", "W", "M", "B", "LS", "L", "G", "EH", "CF", "BS", "NG", "S",
            "OX", "CB", "BT", "RG", "KT", "TW", "NE", "DN", "PO", "BN", "CV", "LE"]


def make_postcode():
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 19)) if len(a) == 2 else str(R.randint(1, 29))
    inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return a + d + " " + inward


def make_zip():
    return "%05d" % R.randint(1001, 99950)


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "grace", "niamh", "david",
         "chloe", "sean", "fatima", "oliver", "emma", "kofi", "marta", "jack", "lucy", "ravi"]
LAST = ["murphy", "smith", "patel", "okafor", "kelly", "jones", "byrne", "walsh", "nguyen",
        "garcia", "brennan", "taylor", "khan", "obrien", "fischer", "novak", "evans", "doyle"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "eircom.net", "icloud.com",
           "btinternet.com", "aol.com", "live.ie", "proton.me"]
STREETS = ["oak", "mill", "church", "station", "victoria", "king", "queen", "park", "high",
           "elm", "maple", "willow", "cedar", "chapel", "main", "grove", "bridge", "castle"]
SUFFIX = ["street", "road", "avenue", "lane", "drive", "close", "crescent", "way", "court",
          "terrace", "place", "boulevard"]


def make_email(typed=True):
    f, l = R.choice(FIRST), R.choice(LAST)
    user = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l, l + f[0]])
    dom = R.choice(DOMAINS)
    if typed:
        e = user + "@" + dom
        return e if R.random() < 0.7 else e.capitalize()
    sp = user.replace(".", " dot ").replace("_", " underscore ")
    sp = re.sub(r"(\d+)", lambda m: " " + say_digits(m.group(1), multi=False) + " ", sp)
    sp = re.sub(r"\s+", " ", sp).strip()
    return sp + " at " + dom.replace(".", " dot ")


def make_address(spoken=False):
    n = R.randint(2, 240)
    st = R.choice(STREETS) + " " + R.choice(SUFFIX)
    if spoken:
        num = say_num(n) if n < 100 else say_digits(str(n), multi=False, zw="oh")
        return num + " " + st
    return str(n) + " " + st.title()


def make_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2005)


# --------------------------------------------------------------------------
# case building
CASE_LIST = []
COUNTERS = {"positive": 0, "negative": 0}


def case(kind, note, turns):
    """turns: list of (speaker, [segments]) where a segment is str or (value, TYPE)."""
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
        assert not spans
    else:
        assert spans
    COUNTERS[kind] += 1
    cid = "%s-%s-%03d" % (PREFIX, "pos" if kind == "positive" else "neg", COUNTERS[kind])
    CASE_LIST.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


def pick(*xs):
    return R.choice(xs)


BACK = ["mhm", "okay go on", "yep", "uh huh", "okay", "right", "yeah", "got that", "go ahead"]
FILL = ["um ", "uh ", "er ", "", "", ""]


def amount_words(cur=None):
    p = R.randint(2, 900)
    cur = cur or pick("pounds", "dollars", "euro")
    txt = (say_num(p) if p < 100 else DW[p // 100] + " hundred and " + say_num(p % 100 or 5)) + " " + cur + " " + pick("fifty", "twenty", "ninety nine", "", "")
    return txt.strip()


# ------------------------------- positives ---------------------------------
def pos_card_chat():
    c = make_card()
    g = card_groups(c)
    sep = pick(" ", "-", "", " ", ".")
    val = group(c, g, sep)
    order = "%d" % R.randint(100000, 9999999)
    case("positive", "chat/retail: card typed with separator %r next to an order number" % sep, [
        A("Thanks for waiting. To take payment for order #", order, " I'll need the long card number please."),
        C(pick("sure its ", "Card: ", "ok here: ", "", "it's "), (val, "CARD_NUMBER"), pick("", " thanks", ". total was £" + str(R.randint(10, 400)) + ".99")),
    ])


def pos_card_call_split():
    c = make_card(pick("visa", "mc", "disc", "mc2"))
    zw = zero_word()
    chunks = [c[i:i + 4] for i in range(0, 16, 4)]
    turns = [A(pick("okay and the long number on the front of the card when you're ready",
                    "can i take the card number please", "go ahead with the sixteen digits"))]
    for k, ch in enumerate(chunks):
        rd = say_digits(ch, zw=zw) if R.random() < 0.7 else say_pairs(ch, zw=pick("oh", "o"))
        if k == 0:
            turns.append(C(pick("yeah it's ", "right ", "okay so ", "um "), (rd, "CARD_NUMBER")))
        else:
            turns.append(C((rd, "CARD_NUMBER"), pick("", "", " um", " yeah")))
        if k < 3:
            turns.append(A(pick(*BACK)))
    case("positive", "call/%s: card split over four customer turns, back-channels, pairs/double" % pick("telecom", "utilities", "insurance", "retail"), turns)


def pos_card_call_one():
    c = make_card()
    zw = zero_word()
    rd = pick(say_digits(c, zw=zw), say_mixed(c, zw=zw))
    bal = amount_words()
    case("positive", "call/banking: whole card in one turn right after a spoken amount", [
        A("so the balance to clear is ", bal, " how would you like to pay"),
        C(pick("on the debit card please ", "visa please it's ", "credit card "), (rd, "CARD_NUMBER"), pick("", " is that alright", " the one i used last time")),
    ])


def pos_card_readback():
    c = make_card(pick("visa", "mc"))
    zw = zero_word()
    rd1 = say_digits(c, zw=zw)
    rd2 = say_digits(c, multi=False, zw=pick("zero", "oh"))
    case("positive", "call/travel: customer reads card, agent reads it back in full", [
        A("and the card number for the booking"),
        C((rd1, "CARD_NUMBER")),
        A("let me just read that back ", (rd2, "CARD_NUMBER"), " is that correct"),
        C("yes that's right"),
    ])


def pos_card_correction():
    c = make_card(pick("visa", "mc"))
    wrong = say_digits(c[:6], multi=False)
    case("positive", "call/retail: self-correction, customer restarts the card reading (restated full value labelled)", [
        A("card number please"),
        C("okay ", wrong, " no sorry wait i'll start again ", (say_digits(c), "CARD_NUMBER")),
        A("thank you"),
    ])


def pos_card_cvv_exp_call():
    c = make_card(pick("visa", "mc", "amex"))
    cv = "%04d" % R.randint(0, 9999) if len(c) == 15 else "%03d" % R.randint(0, 999)
    mm, yy = R.randint(1, 12), R.randint(26, 33)
    exp = pick(say_pair("%02d" % mm, "oh") + " " + say_pair("%02d" % yy),
               MONTHS[mm - 1] + " twenty " + say_pair("%02d" % yy),
               say_digits("%02d" % mm, multi=False, zw="oh") + " " + say_digits("%02d" % yy, multi=False))
    case("positive", "call/insurance: card then expiry then security code in separate turns", [
        A("what's the long card number"),
        C((say_digits(c), "CARD_NUMBER")),
        A("and the expiry date"),
        C(pick("it's ", "expires ", "", "um "), (exp, "EXPIRY")),
        A("and the three digit code on the back" if len(cv) == 3 else "and the four digit code on the front"),
        C(pick("", "it's ", "that's "), (say_digits(cv, multi=False), "CVV")),
    ])


def pos_card_cvv_exp_chat():
    c = make_card()
    cv = "%03d" % R.randint(0, 999)
    mm, yy = R.randint(1, 12), R.randint(26, 33)
    exp = pick("%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d-%02d" % (mm, yy), "%d/%02d" % (mm, yy))
    line = [(group(c, card_groups(c), pick(" ", "")), "CARD_NUMBER"), pick(" exp ", ", expiry ", " expires "),
            (exp, "EXPIRY"), pick(" cvv ", ", security code ", " CVC "), (cv, "CVV")]
    case("positive", "chat/retail: card, expiry and CVV in one typed message", [
        A("Please send the card details to complete the £" + str(R.randint(5, 90)) + ".00 payment."),
        C(*line),
    ])


def pos_cvv_amount_neighbour():
    cv = "%03d" % R.randint(100, 999)
    amt = R.randint(100, 999)
    case("positive", "call/utilities: CVV said right after a three-digit amount (amount unlabelled)", [
        A("so that's " + say_digits(str(amt), multi=False) + " pounds going through today and the security number on the back please"),
        C(pick("", "okay ", "yeah "), (say_digits(cv, multi=False), "CVV")),
    ])


def pos_expiry_variants():
    mm, yy = R.randint(1, 12), R.randint(26, 33)
    exp = pick("end of " + MONTHS[mm - 1] + " twenty " + say_num(yy),
               say_pair("%02d" % mm, "oh") + " slash " + say_num(yy),
               MONTHS[mm - 1] + " " + say_num(yy))
    case("positive", "call/telecom: expiry in an awkward spoken form", [
        A("and when does the card expire"),
        C(pick("uh ", "let me see ", ""), (exp, "EXPIRY")),
    ])


def pos_ssn_call():
    s = make_ssn()
    zw = zero_word()
    style = R.random()
    if style < 0.4:
        rd = say_digits(s[:3], zw=zw) + " " + say_digits(s[3:5], zw=zw) + " " + say_digits(s[5:], zw=zw)
    elif style < 0.7:
        rd = say_digits(s, zw=zw)
    else:
        rd = say_digits(s[:3], zw=zw) + " " + say_pairs(s[3:5]) + " " + say_pairs(s[5:])
    case("positive", "call/%s: SSN read in one turn" % pick("healthcare billing", "banking", "insurance", "government services"), [
        A(pick("can you verify the social", "i'll need your social security number", "can you confirm your full social please")),
        C(pick("sure ", "yeah it's ", "okay ", "um "), (rd, "SSN")),
    ])


def pos_ssn_split():
    s = make_ssn()
    parts = [s[:3], s[3:5], s[5:]]
    turns = [A("go ahead with your social security number")]
    for k, p in enumerate(parts):
        turns.append(C((say_digits(p), "SSN")))
        if k < 2:
            turns.append(A(pick(*BACK)))
    case("positive", "call/healthcare billing: SSN split 3-2-4 across turns", turns)


def pos_ssn_chat():
    s = make_ssn()
    val = pick(s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:], s[:3] + "." + s[3:5] + "." + s[5:])
    claim = str(R.randint(10000000, 99999999))
    case("positive", "chat/insurance: SSN typed beside a claim number", [
        A("I can see claim " + claim + ". To verify, what's your SSN?"),
        C(pick("ssn is ", "its ", "", "Social: "), (val, "SSN"), pick("", " and my claim # is " + claim, " thx")),
    ])


def pos_ssn_readback():
    s = make_ssn()
    case("positive", "call/government services: SSN with filler inside, agent reads back", [
        A("social security number please"),
        C((say_digits(s[:3]) + " uh " + say_digits(s[3:5]) + " " + say_digits(s[5:]), "SSN")),
        A("thank you so that's ", (say_digits(s, multi=False), "SSN"), " yes"),
        C("that's it"),
    ])


def pos_ni_call():
    n = make_ni()
    zw = pick("zero", "oh", "nought")
    style = R.random()
    if style < 0.35:
        rd = spell(n[:2], 0.5) + " " + say_digits(n[2:8], zw=zw) + " " + spell(n[8], 0.5)
    elif style < 0.7:
        rd = spell(n[:2], 0.0) + " " + say_pairs(n[2:8], zw=pick("oh", "o")) + " " + spell(n[8], 0.0)
    else:
        rd = spell(n[:2], 1.0) + " " + say_digits(n[2:8], zw=zw) + " " + spell(n[8], 1.0)
    case("positive", "call/government services: NI number with letters spelled (NATO / plain)", [
        A("and your national insurance number"),
        C(pick("yeah ", "it's ", "okay ", "right ", ""), (rd, "NI_NUMBER"), pick("", " i think", " yeah")),
    ])


def pos_ni_split():
    n = make_ni()
    turns = [A("can i take your national insurance number please")]
    turns.append(C(pick("okay ", "yep "), (spell(n[:2], 0.5), "NI_NUMBER")))
    turns.append(A(pick(*BACK)))
    turns.append(C((say_digits(n[2:5]), "NI_NUMBER")))
    turns.append(A(pick(*BACK)))
    turns.append(C((say_digits(n[5:8]) + " " + spell(n[8], 0.4), "NI_NUMBER")))
    case("positive", "call/government services: NI number split across three customer turns", turns)


def pos_ni_chat():
    n = make_ni()
    val = pick(n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], n.lower(),
               n[:2] + n[2:8] + " " + n[8], n[:2] + "-" + n[2:4] + "-" + n[4:6] + "-" + n[6:8] + "-" + n[8])
    ref = str(R.randint(1000000, 99999999))
    case("positive", "chat/government services: NI typed, next to a case reference", [
        A("Thanks. Your case reference is " + ref + ". Can you confirm your National Insurance number?"),
        C(pick("ni no ", "NINO: ", "sure it's ", ""), (val, "NI_NUMBER")),
    ])


def pos_ni_readback():
    n = make_ni()
    case("positive", "call/banking: NI given then read back by agent with NATO letters", [
        A("national insurance number for the isa application"),
        C((spell(n[:2], 0.0) + " " + say_digits(n[2:8]) + " " + spell(n[8], 0.0), "NI_NUMBER")),
        A("so that's ", (spell(n[:2], 1.0) + " " + say_pairs(n[2:8]) + " " + spell(n[8], 1.0), "NI_NUMBER"), " correct"),
        C("yes"),
    ])


def pos_bank_uk_call():
    sc, ac = make_sort(), make_acct(8)
    zw = zero_word()
    sc_rd = pick(say_pairs(sc, zw=pick("oh", "o")), say_digits(sc, zw=zw),
                 say_digits(sc[:2], zw=zw) + " " + say_digits(sc[2:4], zw=zw) + " " + say_digits(sc[4:], zw=zw))
    case("positive", "call/banking: sort code and account number for a direct debit", [
        A("for the direct debit i need the sort code first"),
        C(pick("", "okay ", "yeah it's "), (sc_rd, "SORT_CODE")),
        A(pick(*BACK), " and the account number"),
        C((pick(say_digits(ac, zw=zw), say_mixed(ac, zw=zw)), "BANK_ACCOUNT")),
    ])


def pos_bank_uk_chat():
    sc, ac = make_sort(), make_acct(8)
    sc_v = pick(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:])
    amt = "£%d.%02d" % (R.randint(20, 300), R.randint(0, 99))
    case("positive", "chat/utilities: sort code and account number in one message beside an amount", [
        A("The monthly payment will be " + amt + ". Please provide bank details for the Direct Debit."),
        C(pick("sort code ", "SC "), (sc_v, "SORT_CODE"), pick(" acc no ", ", account ", " a/c "), (ac, "BANK_ACCOUNT"), pick("", " cheers")),
    ])


def pos_bank_us():
    ac = make_acct(R.choice([9, 10, 12]))
    case("positive", "call/banking US: checking account number with routing chit-chat", [
        A("what's the checking account number you want the refund to go to"),
        C(pick("it's ", "uh ", "okay "), (say_digits(ac), "BANK_ACCOUNT"), pick("", " at the credit union", " that's my checking")),
    ])


def pos_bank_split():
    ac = make_acct(8)
    case("positive", "call/insurance: account number split in two halves with back-channel", [
        A("and the account number for the claim payment"),
        C((say_digits(ac[:4]), "BANK_ACCOUNT")),
        A(pick(*BACK)),
        C((say_digits(ac[4:]), "BANK_ACCOUNT")),
    ])


def pos_iban_chat():
    i = make_iban()
    v = pick(i, iban_grouped(i), iban_grouped(i).lower())
    case("positive", "chat/travel: IBAN typed for a refund (%s)" % i[:2], [
        A("We can refund the €" + str(R.randint(50, 900)) + " to your bank. Please send your IBAN."),
        C(pick("IBAN: ", "here it is ", "", "my iban is "), (v, "IBAN")),
    ])


def pos_iban_call():
    i = make_iban(pick("IE", "GB", "NL"))
    rd = spell(i[:2], 0.3) + " " + say_digits(i[2:4], multi=False) + " " + spell(i[4:8], 0.3) + " " + say_digits(i[8:])
    case("positive", "call/banking: IBAN spoken with letters and digit runs (%s)" % i[:2], [
        A("can you read me the iban"),
        C(pick("yeah ", "okay so ", ""), (rd, "IBAN")),
    ])


def pos_iban_de_call():
    i = make_iban(pick("DE", "FR", "ES"))
    rd = spell(i[:2], 0.0) + " " + say_digits(i[2:4], multi=False) + " " + say_digits(i[4:])
    case("positive", "call/travel EU: all-digit IBAN body read out (%s)" % i[:2], [
        A("for the refund i'll need the full iban"),
        C((rd, "IBAN"), pick("", " did you get all that")),
    ])


def pos_phone_call():
    p = make_phone()
    zw = zero_word()
    rd = pick(say_digits(p, zw=zw), say_digits(p[:5], zw=zw) + " " + say_digits(p[5:], zw=zw),
              say_digits(p[:5], zw=zw) + " " + say_pairs(p[5:], zw=pick("oh", "o")))
    case("positive", "call/telecom: contact number read out, doubles and oh/nought", [
        A("what's the best number to reach you on"),
        C(pick("", "it's ", "my mobile is ", "um "), (rd, "PHONE"), pick("", " after six", " any time")),
    ])


def pos_phone_intl_call():
    p = make_phone(pick("uk_mob", "ie_mob"))
    cc = "four four" if p.startswith("07") else "three five three"
    rd = "plus " + cc + " " + say_digits(p[1:])
    case("positive", "call/travel: international phone spoken with 'plus'", [
        A("a contact number while you're abroad"),
        C(pick("", "yeah ", "it'd be "), (rd, "PHONE")),
    ])


def pos_phone_chat():
    p = make_phone()
    if p.startswith("07"):
        v = pick(p, p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "+447" + p[2:])
    elif p.startswith("08"):
        v = pick(p, p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:])
    elif p.startswith("01"):
        v = pick(p, p[:5] + " " + p[5:], "(" + p[:5] + ") " + p[5:])
    else:
        v = pick("(" + p[:3] + ") " + p[3:6] + "-" + p[6:], p[:3] + "-" + p[3:6] + "-" + p[6:], "+1 " + p[:3] + " " + p[3:6] + " " + p[6:], p[:3] + "." + p[3:6] + "." + p[6:])
    case("positive", "chat/retail: phone typed in a common format", [
        A("Can we have a contact number for the delivery driver?"),
        C(pick("sure ", "", "call me on ", "mob: "), (v, "PHONE"), pick("", " after 5pm pls", " thanks")),
    ])


def pos_phone_split():
    p = make_phone("uk_mob")
    case("positive", "call/utilities: mobile split over two turns with back-channel", [
        A("and a mobile number"),
        C((say_digits(p[:5]), "PHONE")),
        A(pick(*BACK)),
        C((say_digits(p[5:]), "PHONE")),
    ])


def pos_email_chat():
    e = make_email(True)
    case("positive", "chat/retail: email typed", [
        A("What email should the receipt go to?"),
        C(pick("", "its ", "email: "), (e, "EMAIL"), pick("", " thanks", " pls")),
    ])


def pos_email_call():
    e = make_email(False)
    case("positive", "call/telecom: email spoken as 'at' / 'dot'", [
        A("and an email address for the bill"),
        C(pick("yeah it's ", "", "okay "), (e, "EMAIL")),
    ])


def pos_dob_call():
    d, m, y = make_dob()
    rd = pick("the " + say_ord(d) + " of " + MONTHS[m - 1] + " " + say_year(y),
              say_ord(d) + " " + MONTHS[m - 1] + " " + say_year(y),
              MONTHS[m - 1] + " " + say_ord(d) + " " + say_year(y),
              say_digits("%02d" % d, multi=False, zw="oh") + " " + say_digits("%02d" % m, multi=False, zw="oh") + " " + say_year(y))
    case("positive", "call/%s: date of birth spoken" % pick("banking", "healthcare billing", "insurance"), [
        A(pick("can you confirm your date of birth", "and your date of birth please")),
        C(pick("", "yeah it's ", "um "), (rd, "DOB")),
    ])


def pos_dob_chat():
    d, m, y = make_dob()
    v = pick("%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
             "%02d-%02d-%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1][:3].title(), d, y))
    appt = "%d/%d" % (R.randint(1, 28), R.randint(1, 12))
    case("positive", "chat/healthcare billing: DOB typed beside an appointment date (appointment unlabelled)", [
        A("I can see your appointment on " + appt + ". For security, what's your date of birth?"),
        C(pick("DOB ", "dob: ", "born ", ""), (v, "DOB")),
    ])


def pos_postcode_call():
    pc = make_postcode()
    out, inw = pc.split()
    rd = spell(out, 0.3, zw="zero") + " " + spell(inw, 0.3, zw="zero")
    case("positive", "call/utilities: UK postcode spelled with some NATO letters", [
        A("and the postcode at the property"),
        C(pick("", "it's ", "yeah "), (rd, "POSTCODE")),
    ])


def pos_postcode_chat():
    pc = make_postcode()
    v = pick(pc, pc.replace(" ", ""), pc.lower())
    case("positive", "chat/retail: UK postcode typed", [
        A("What's the postcode for delivery?"),
        C(pick("", "its ", "postcode "), (v, "POSTCODE")),
    ])


def pos_zip():
    z = make_zip()
    if R.random() < 0.5:
        case("positive", "call/telecom US: ZIP code spoken", [
            A("and the zip code on the account"),
            C(pick("", "it's ", "uh "), (say_digits(z), "POSTCODE")),
        ])
    else:
        case("positive", "chat/retail US: ZIP typed", [
            A("Billing ZIP please?"),
            C(pick("", "zip ", "its "), (z if R.random() < 0.7 else z + "-%04d" % R.randint(1, 9999), "POSTCODE")),
        ])


def pos_address_call():
    a = make_address(True)
    pc = make_postcode()
    case("positive", "call/utilities: street address then postcode", [
        A("what's the first line of the address"),
        C(pick("", "it's ", "yeah "), (a, "ADDRESS")),
        A("and the postcode"),
        C((spell(pc, 0.2), "POSTCODE")),
    ])


def pos_address_chat():
    a = make_address(False)
    z = make_zip()
    if R.random() < 0.5:
        case("positive", "chat/retail US: street address with ZIP", [
            A("Where should we ship the replacement?"),
            C((a, "ADDRESS"), ", " + pick("Springfield", "Austin", "Dayton") + " ", (z, "POSTCODE")),
        ])
    else:
        case("positive", "chat/insurance: street address typed", [
            A("What's the address of the insured property?"),
            C(pick("", "it's ", "address: "), (a, "ADDRESS")),
        ])


def pos_two_in_one():
    p = make_phone("uk_mob")
    e = make_email(False)
    case("positive", "call/telecom: phone and email in the same turn with chit-chat", [
        A("can i update your contact details"),
        C("yeah the mobile's ", (say_digits(p), "PHONE"), " and the email is ", (e, "EMAIL"), " sorry it's a bit of a mouthful"),
    ])


def pos_ni_dob():
    n = make_ni()
    d, m, y = make_dob()
    case("positive", "call/government services: NI and DOB in one turn", [
        A("i'll need your national insurance number and date of birth"),
        C("okay it's ", (spell(n[:2], 0.0) + " " + say_digits(n[2:8]) + " " + spell(n[8], 0.0), "NI_NUMBER"),
          " and i was born the ", (say_ord(d) + " of " + MONTHS[m - 1] + " " + say_year(y), "DOB")),
    ])


def pos_ssn_dob_zip():
    s = make_ssn()
    d, m, y = make_dob()
    z = make_zip()
    case("positive", "call/healthcare billing: SSN, DOB and ZIP across turns beside a claim amount", [
        A("okay the claim is for " + amount_words("dollars") + " can i verify your social first"),
        C((say_digits(s), "SSN")),
        A("date of birth"),
        C((MONTHS[m - 1] + " " + say_ord(d) + " " + say_year(y), "DOB")),
        A("and zip"),
        C((say_digits(z), "POSTCODE")),
    ])


def pos_card_beside_ref():
    c = make_card()
    ref = str(R.randint(10000000, 9999999999))
    case("positive", "chat/travel: card number right after a booking reference number (reference unlabelled)", [
        C("Booking ref " + ref + " - paying the balance with card ", (group(c, card_groups(c), " "), "CARD_NUMBER")),
    ])


def pos_ni_lower_typo():
    n = make_ni()
    v = n[:2].lower() + " " + n[2:8] + n[8].lower()
    case("positive", "chat/government services: NI typed lower case with odd spacing", [
        A("What's your NI number?"),
        C("oh sorry yeah ", (v, "NI_NUMBER"), " i think thats right"),
    ])


def pos_ssn_last4_and_full():
    s = make_ssn()
    case("positive", "call/banking: agent asks for the last four, customer volunteers the whole SSN", [
        A("can you give me the last four of your social"),
        C("you want the whole thing it's ", (say_digits(s), "SSN")),
    ])


def pos_card_homophone():
    c = make_card(pick("visa", "mc"))
    words = []
    for ch in c:
        w = dword(ch, pick("oh", "zero"))
        if ch == "4" and R.random() < 0.6:
            w = pick("for", "fore")
        elif ch == "2" and R.random() < 0.5:
            w = pick("to", "too")
        elif ch == "8" and R.random() < 0.4:
            w = "ate"
        words.append(w)
    case("positive", "call/telecom: ASR homophones inside a card reading ('for', 'to', 'ate')", [
        A("okay read me the card number"),
        C(pick("", "yeah ", "okay it's "), (" ".join(words), "CARD_NUMBER")),
        A("thanks and the expiry"),
        C((pick("oh ", "zero ") + DW[R.randint(1, 9)] + " " + say_num(R.randint(26, 32)), "EXPIRY")),
    ])


def pos_card_filler_inside():
    c = make_card(pick("visa", "mc"))
    g = [c[i:i + 4] for i in range(0, 16, 4)]
    txt = say_digits(g[0]) + " " + say_digits(g[1]) + pick(" um ", " uh hang on ", " er ") + say_digits(g[2]) + " " + say_digits(g[3])
    ordn = str(R.randint(100000, 9999999))
    case("positive", "call/retail: filler inside a card reading, order number said earlier (unlabelled)", [
        C("hi i'm calling about order " + say_digits(ordn) + " i want to pay the balance"),
        A("no problem go ahead with the card"),
        C((txt, "CARD_NUMBER")),
    ])


def pos_iban_split():
    i = make_iban(pick("IE", "GB"))
    case("positive", "call/banking: IBAN split over three turns with back-channels", [
        A("the iban please"),
        C((spell(i[:4], 0.4) + " " + spell(i[4:8], 0.4), "IBAN")),
        A(pick(*BACK)),
        C((say_digits(i[8:15]), "IBAN")),
        A(pick(*BACK)),
        C((say_digits(i[15:]), "IBAN")),
    ])


def pos_sort_beside_amount():
    sc, ac = make_sort(), make_acct(8)
    amt = R.randint(100, 999)
    case("positive", "call/utilities: sort code after a digit-by-digit amount (amount unlabelled)", [
        A("so the direct debit will be " + say_digits(str(amt), multi=False) + " pounds a quarter can i take the sort code"),
        C((say_digits(sc[:2]) + " " + say_digits(sc[2:4]) + " " + say_digits(sc[4:]), "SORT_CODE"), " and the account is ", (say_digits(ac), "BANK_ACCOUNT")),
    ])


def pos_phone_beside_hours():
    p = make_phone("uk_land")
    case("positive", "call/utilities: landline given next to callback times (times unlabelled)", [
        A("what number should the engineer call and when"),
        C("between eight and ten thirty on ", (say_digits(p[:5]) + " " + say_digits(p[5:]), "PHONE"), " that's the landline"),
    ])


def pos_dob_beside_appt():
    d, m, y = make_dob()
    d2, m2 = R.randint(1, 28), R.randint(1, 12)
    case("positive", "call/healthcare billing: DOB and an appointment date in the same turn (appointment unlabelled)", [
        A("to confirm the appointment i need your date of birth"),
        C("it's ", ("the " + say_ord(d) + " of " + MONTHS[m - 1] + " " + say_year(y), "DOB"),
          " and the appointment was the " + say_ord(d2) + " of " + MONTHS[m2 - 1]),
    ])


POS_TEMPLATES = [
    (pos_card_homophone, 4), (pos_card_filler_inside, 3), (pos_iban_split, 3), (pos_sort_beside_amount, 3),
    (pos_phone_beside_hours, 3), (pos_dob_beside_appt, 3),
    (pos_card_chat, 10), (pos_card_call_split, 6), (pos_card_call_one, 6), (pos_card_readback, 3),
    (pos_card_correction, 3), (pos_card_cvv_exp_call, 8), (pos_card_cvv_exp_chat, 6),
    (pos_cvv_amount_neighbour, 4), (pos_expiry_variants, 4), (pos_card_beside_ref, 4),
    (pos_ssn_call, 10), (pos_ssn_split, 3), (pos_ssn_chat, 8), (pos_ssn_readback, 3), (pos_ssn_dob_zip, 3),
    (pos_ssn_last4_and_full, 2),
    (pos_ni_call, 10), (pos_ni_split, 3), (pos_ni_chat, 7), (pos_ni_readback, 3), (pos_ni_dob, 3),
    (pos_ni_lower_typo, 3),
    (pos_bank_uk_call, 7), (pos_bank_uk_chat, 5), (pos_bank_us, 4), (pos_bank_split, 2),
    (pos_iban_chat, 6), (pos_iban_call, 5), (pos_iban_de_call, 3),
    (pos_phone_call, 6), (pos_phone_intl_call, 3), (pos_phone_chat, 5), (pos_phone_split, 2),
    (pos_email_chat, 8), (pos_email_call, 7), (pos_two_in_one, 3),
    (pos_dob_call, 7), (pos_dob_chat, 5),
    (pos_postcode_call, 5), (pos_postcode_chat, 4), (pos_zip, 4),
    (pos_address_call, 7), (pos_address_chat, 8),
]


# ------------------------------- negatives ---------------------------------
def neg_long_ref():
    n = str(R.randint(10 ** 7, 10 ** 10 - 1))
    word = pick("order number", "reference number", "ticket number", "claim number", "invoice number", "case number")
    if R.random() < 0.5:
        case("negative", "call/retail: %s read digit by digit (not PII)" % word, [
            A("do you have the " + word),
            C("yeah it's " + say_digits(n)),
            A("thanks i've found it"),
        ])
    else:
        case("negative", "chat/telecom: %s typed (not PII)" % word, [
            C("Hi, my " + word + " is " + n + " and nothing has happened yet"),
            A("Thanks, I've pulled up " + word + " " + n + "."),
        ])


def neg_tracking():
    t = pick("1Z" + "".join(R.choice("0123456789ABCDEF") for _ in range(16)),
             "JD" + str(R.randint(10 ** 15, 10 ** 16 - 1)),
             "RM" + str(R.randint(10 ** 8, 10 ** 9 - 1)) + "GB")
    case("negative", "chat/retail: parcel tracking number with its name", [
        A("Your tracking number is " + t + "."),
        C("ok cheers, tracking " + t + " says out for delivery"),
    ])


def neg_amount_digits():
    a = "%d%02d" % (R.randint(1000, 9999), R.randint(0, 99))
    case("negative", "call/banking: balance read digit by digit", [
        A("your current balance is " + say_digits(a[:-2], multi=False) + " pounds and " + say_num(int(a[-2:])) + " pence"),
        C("and how much is pending"),
        A(say_num(R.randint(20, 99)) + " pounds " + say_num(R.randint(1, 99))),
    ])


def neg_opening_hours():
    case("negative", "call/utilities: phone-like opening hours and times", [
        A("our lines are open " + pick("eight till eight monday to friday", "oh eight hundred to twenty hundred", "nine to five thirty")
          + " and " + pick("ten till four on saturdays", "nine till one saturday")),
        C("so if i ring at " + pick("seven forty five", "half five", "quarter to six") + " that's fine"),
        A("yes that's fine"),
    ])


def neg_hours_chat():
    case("negative", "chat/telecom: opening hours in 24h form", [
        A("We're open 0800-2000 Mon-Fri and 0900-1700 Sat. Average wait is 12 mins."),
        C("ok ill try at 08:15 tomorrow"),
    ])


def neg_model_serial():
    m = pick("WM" + str(R.randint(1000, 9999)) + "X", "SM-G" + str(R.randint(900, 999)) + "B", "KDL-" + str(R.randint(40, 65)) + "W" + str(R.randint(600, 999)))
    sn = str(R.randint(10 ** 9, 10 ** 10 - 1))
    case("negative", "chat/retail: model and serial numbers", [
        C("Model " + m + ", serial number " + sn + ", it stopped working after 3 weeks"),
        A("Thanks, serial " + sn + " is still under warranty."),
    ])


def neg_serial_spoken():
    sn = str(R.randint(10 ** 8, 10 ** 10 - 1))
    case("negative", "call/telecom: router serial number read out digit by digit", [
        A("can you read me the serial number on the back of the router"),
        C("the serial number is " + say_digits(sn)),
        A("lovely and the model is"),
        C("it says model " + spell("HH" + str(R.randint(3, 6)), 0.0)),
    ])


def neg_meter():
    mr = "%05d" % R.randint(1000, 99999)
    case("negative", "call/utilities: meter reading read out", [
        A("can you give me the meter reading"),
        C("it's " + say_digits(mr)),
        A("and the night rate reading"),
        C(say_digits("%05d" % R.randint(1000, 99999))),
    ])


def neg_meter_chat():
    case("negative", "chat/utilities: meter readings and meter serial typed", [
        C("Gas reading 0" + str(R.randint(1000, 9999)) + ", electric " + str(R.randint(10000, 99999)) + " (meter serial " + str(R.randint(10 ** 7, 10 ** 8)) + "E)"),
        A("Thanks, those readings are in."),
    ])


def neg_appointment():
    d, m = R.randint(1, 28), R.randint(1, 12)
    case("negative", "call/healthcare billing: appointment date and time (not DOB)", [
        A("i can book you in on the " + say_ord(d) + " of " + MONTHS[m - 1] + " at " + pick("ten thirty", "two fifteen", "nine o'clock")),
        C("the " + say_ord(d) + " is fine"),
    ])


def neg_payment_date():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2027)
    case("negative", "chat/banking: payment dates and amounts (not DOB)", [
        C("I paid £" + "%d.%02d" % (R.randint(10, 999), R.randint(0, 99)) + " on %02d/%02d/%d but it's not showing" % (d, m, y)),
        A("I can see the payment dated %d %s %d, it'll clear in 3-5 working days." % (d, MONTHS[m - 1].title(), y)),
    ])


def neg_contract_start():
    case("negative", "call/telecom: contract start date and length", [
        A("your contract started on the " + say_ord(R.randint(1, 28)) + " of " + pick(*MONTHS) + " " + say_year(R.randint(2019, 2025)) + " and it's a twenty four month contract"),
        C("so it ends in " + pick(*MONTHS) + " next year"),
    ])


def neg_last_four():
    l4 = "%04d" % R.randint(0, 9999)
    if R.random() < 0.5:
        case("negative", "call/banking: card last-four mention only", [
            A("is that the card ending " + say_digits(l4)),
            C("yes the one ending " + say_digits(l4)),
        ])
    else:
        case("negative", "chat/retail: card last-four mention only", [
            A("I can see a Visa ending in " + l4 + " on your account."),
            C("yes the card ending **** " + l4 + " is right"),
        ])


def neg_flight():
    case("negative", "call/travel: flight number, gate, times", [
        A("you're on flight " + pick("e i", "b a", "f r") + " " + say_digits(str(R.randint(100, 9999))) + " departing at " + pick("six forty", "fourteen twenty", "nine oh five")),
        C("and the gate"),
        A("gate " + say_num(R.randint(1, 60)) + " terminal " + say_num(R.randint(1, 5))),
    ])


def neg_room():
    case("negative", "chat/travel: hotel room and booking details", [
        C("We're in room " + str(R.randint(100, 999)) + " for 3 nights, checkout 11:00, booking ref " + str(R.randint(10 ** 6, 10 ** 8))),
        A("Thanks! I've added late checkout to room 1" + str(R.randint(10, 99)) + ". Total €" + str(R.randint(200, 999)) + ".00."),
    ])


def neg_speed_data():
    case("negative", "call/telecom: broadband speeds, data amounts and percentages", [
        A("you should be getting " + say_num(R.randint(30, 99)) + " megabits but the line test shows " + say_num(R.randint(2, 20)) + " point " + DW[R.randint(1, 9)]),
        C("and i've used " + say_num(R.randint(20, 99)) + " gig of my " + pick("hundred", "fifty") + " gig allowance that's like " + say_num(R.randint(20, 99)) + " percent"),
    ])


def neg_age_temp():
    case("negative", "call/healthcare billing: ages, temperatures, counts", [
        C("my son is " + say_num(R.randint(2, 17)) + " and he's had a temperature of " + say_num(R.randint(37, 40)) + " point " + DW[R.randint(1, 9)] + " for " + say_num(R.randint(2, 5)) + " days"),
        A("okay and he's been seen " + pick("twice", "three times") + " this month"),
    ])


def neg_years():
    case("negative", "call/insurance: years and policy dates", [
        A("you've been with us since " + say_year(R.randint(1995, 2020)) + " and the policy renews in " + say_year(R.randint(2026, 2028))),
        C("that's about " + say_num(R.randint(5, 30)) + " years now"),
    ])


def neg_policy_number():
    p = pick("POL", "HX", "MTR") + str(R.randint(10 ** 6, 10 ** 9))
    case("negative", "chat/insurance: alphanumeric policy number (not an NI number)", [
        C("my policy number is " + p + " and the excess is £" + str(R.randint(100, 500))),
        A("Thanks, policy " + p + " found."),
    ])


def neg_policy_spoken():
    letters = "".join(R.choice("ABCEGHJKLMNPRSTWXYZ") for _ in range(2))
    num = str(R.randint(10 ** 5, 10 ** 6 - 1))
    case("negative", "call/insurance: spoken policy reference letters + six digits (not NI)", [
        A("do you have your policy reference"),
        C("yeah policy reference " + spell(letters, 0.5) + " " + say_digits(num)),
    ])


def neg_quantity():
    case("negative", "chat/retail: quantities, prices, sizes", [
        C("I ordered " + str(R.randint(2, 12)) + " x item 4" + str(R.randint(1000, 9999)) + " at £" + str(R.randint(5, 99)) + ".99 each, size 10, but got " + str(R.randint(1, 3))),
        A("Sorry about that, I'll refund £" + str(R.randint(5, 99)) + ".99 to the original card within 5-7 days."),
    ])


def neg_amount_call_digits():
    case("negative", "call/utilities: bill amounts, account balance and unit counts", [
        A("the bill is " + amount_words() + " for " + say_num(R.randint(200, 999) // 10) + " days and you used " + say_digits(str(R.randint(1000, 9999)), multi=False) + " kilowatt hours"),
        C("that seems high last quarter it was " + amount_words()),
    ])


def neg_bill_ref():
    ref = str(R.randint(10 ** 9, 10 ** 10 - 1))
    case("negative", "chat/utilities: ten-digit customer reference with its name (not bank account)", [
        C("Customer reference " + ref + ", I think I've been overcharged"),
        A("Thanks, for reference " + ref + " the last bill was £" + "%d.%02d" % (R.randint(50, 300), R.randint(0, 99))),
    ])


def neg_ticket_spoken_pairs():
    n = str(R.randint(10 ** 7, 10 ** 8 - 1))
    case("negative", "call/travel: ticket number read in pairs", [
        A("what's the ticket number"),
        C("ticket number " + say_pairs(n)),
        A("thanks that's the return leg"),
    ])


def neg_extension():
    case("negative", "call/government services: extension and queue counts", [
        A("i'll transfer you to extension " + say_digits(str(R.randint(1000, 9999)))),
        C("how long is the wait"),
        A("about " + say_num(R.randint(5, 40)) + " minutes you're number " + say_num(R.randint(2, 20)) + " in the queue"),
    ])


def neg_percent_rate():
    case("negative", "chat/banking: interest rates and loan terms", [
        A("The rate is %d.%d%% APR over %d months, monthly repayment £%d.%02d." % (R.randint(2, 29), R.randint(0, 9), R.choice([12, 24, 36, 48, 60]), R.randint(50, 900), R.randint(0, 99))),
        C("and if i overpay by 500 a year?"),
    ])


def neg_iban_partial():
    case("negative", "chat/banking: refund reference and last digits of account only", [
        A("Refund ref RF" + str(R.randint(10 ** 5, 10 ** 7)) + " was sent to the account ending " + str(R.randint(10, 99)) + "."),
        C("ok the one ending " + str(R.randint(10, 99)) + " yeah"),
    ])


def neg_vehicle():
    case("negative", "call/insurance: vehicle mileage and engine size", [
        A("what's the current mileage"),
        C("about " + say_num(R.randint(20, 99)) + " thousand" + pick(" miles", "") + " and it's a " + pick("one point six", "two litre", "one point two")),
    ])


def neg_date_of_incident():
    d, m = R.randint(1, 28), R.randint(1, 12)
    case("negative", "call/insurance: date of incident and claim amount (not DOB)", [
        A("when did the incident happen"),
        C("the " + say_ord(d) + " of " + MONTHS[m - 1] + " around " + pick("six in the evening", "half eight", "midday")),
        A("and the claim is for " + amount_words()),
    ])


def neg_count_list():
    case("negative", "chat/telecom: counts of lines and devices", [
        C("I have 4 lines, 2 tablets and 1 watch on the account, been a customer 11 years"),
        A("Thanks! You qualify for 20% off the 3rd line."),
    ])


def neg_pin_reset_generic():
    case("negative", "call/banking: generic security talk without values", [
        A("i won't ask for your full card number or pin at any point"),
        C("okay good i just want to know why my card was declined at " + pick("tesco", "the petrol station", "the airport") + " at " + pick("six thirty", "ten to nine")),
    ])


def neg_long_amount_digits():
    a = str(R.randint(10 ** 5, 10 ** 7))
    case("negative", "call/banking: large transfer amount read digit by digit", [
        C("i tried to transfer " + say_digits(a, multi=False) + " euro and it got blocked"),
        A("okay i can see that transfer it was flagged as unusual for your account"),
    ])


def neg_ref_phone_like():
    n = "0" + R.choice("78") + "".join(str(R.randint(0, 9)) for _ in range(8))
    case("negative", "call/utilities: ten-digit reference starting 07/08 (phone-like, said with its name)", [
        A("have you got your account reference it starts with a zero"),
        C("yeah account reference " + say_digits(n, zw=pick("oh", "zero"))),
        A("lovely that's the one for the gas"),
    ])


def neg_price_digits():
    p = R.randint(1000, 1999)
    case("negative", "call/retail: price read digit by digit and monthly cost", [
        C("the laptop was " + say_digits(str(p), multi=False) + " pounds and i paid " + say_num(R.randint(20, 99)) + " a month"),
        A("yes that's " + say_num(R.randint(12, 36)) + " payments of " + say_num(R.randint(20, 99)) + " pounds " + say_num(R.randint(10, 99))),
    ])


def neg_callback_time():
    case("negative", "call/telecom: callback times and dates", [
        A("i can call you back at " + pick("oh nine hundred", "fourteen thirty", "sixteen forty five") + " on the " + say_ord(R.randint(1, 28))),
        C("or after " + pick("five thirty", "six", "seven fifteen") + " any day before the " + say_ord(R.randint(1, 28))),
    ])


def neg_incident_ticket():
    t = pick("INC", "CS", "REQ") + "%07d" % R.randint(1, 9999999)
    case("negative", "chat/telecom: alphanumeric incident ticket and fault times", [
        C("Ticket " + t + " - internet drops every " + str(R.randint(10, 59)) + " minutes since " + str(R.randint(1, 28)) + "/" + str(R.randint(1, 12))),
        A("Thanks, I've updated " + t + ". An engineer slot is available " + pick("Tue 8-12", "Thu 13:00-18:00", "Sat 08:00-13:00") + "."),
    ])


def neg_claim_year():
    n = "CLM-%d-%06d" % (R.randint(2023, 2026), R.randint(1, 999999))
    case("negative", "chat/insurance: claim number containing a year", [
        C("claim " + n + " - the repair quote was £" + "{:,}".format(R.randint(1000, 9999)) + ".00"),
        A("Thanks, claim " + n + " is with the assessor, decision within 10 working days."),
    ])


def neg_loyalty_points():
    case("negative", "chat/retail: loyalty points, balance and voucher amounts", [
        A("You have %s points, worth £%d.%02d, and a £%d voucher expiring on %d %s." % (
            "{:,}".format(R.randint(1000, 99999)), R.randint(1, 99), R.randint(0, 99), R.choice([5, 10, 20]),
            R.randint(1, 28), MONTHS[R.randint(0, 11)].title())),
        C("great can i use 2000 of them today"),
    ])


def neg_dd_date():
    case("negative", "call/utilities: direct debit collection day and amount (not bank details)", [
        A("the direct debit comes out on the " + say_ord(R.randint(1, 28)) + " of each month and it's " + amount_words()),
        C("can we move it to the " + say_ord(R.randint(1, 28)) + " that's when i get paid"),
    ])


def neg_meter_doubles():
    mr = "".join(R.choice("0123456789") for _ in range(2)) * 3
    case("negative", "call/utilities: meter reading with doubles/triples and a meter serial", [
        A("what does the meter say"),
        C("it's " + say_digits(mr[:6]) + " and the little red one is " + DW[R.randint(0, 9)]),
        A("and the meter serial number on the front"),
        C("serial number " + spell("E" + str(R.randint(10, 99)), 0.0) + " " + say_digits(str(R.randint(10 ** 6, 10 ** 7)))),
    ])


def neg_years_range():
    y0 = R.randint(2019, 2024)
    case("negative", "call/government services: tax years and amounts", [
        C("it's for the tax year " + say_year(y0) + " to " + say_year(y0 + 1) + " i was owed about " + amount_words("pounds")),
        A("okay the refund of " + amount_words() + " was issued on the " + say_ord(R.randint(1, 28)) + " of " + pick(*MONTHS)),
    ])


def neg_last_four_amount():
    l4 = "%04d" % R.randint(0, 9999)
    case("negative", "chat/banking: card ending + transaction amount + date (no full card)", [
        C("theres a charge of $%d.%02d on %d/%d on my card ending in %s i dont recognise" % (R.randint(10, 999), R.randint(0, 99), R.randint(1, 12), R.randint(1, 28), l4)),
        A("I see it, card ending %s, merchant ref %d. I'll raise a dispute." % (l4, R.randint(10 ** 7, 10 ** 9))),
    ])


def neg_order_pairs_call():
    n = str(R.randint(10 ** 8, 10 ** 9 - 1))
    case("negative", "call/retail: nine-digit order number in pairs (SSN-length, not SSN)", [
        A("what's the order number"),
        C("order number " + say_mixed(n)),
        A("thanks order " + say_digits(n, multi=False) + " that's showing as dispatched"),
    ])


def neg_six_digit_ref():
    n = "%06d" % R.randint(0, 999999)
    case("negative", "call/insurance: six-digit authorisation code with its name (sort-code length)", [
        A("i'll give you an authorisation number for the garage it's " + say_digits(n)),
        C("so authorisation number " + say_digits(n) + " okay got it"),
    ])


NEG_TEMPLATES = [
    (neg_ref_phone_like, 4), (neg_price_digits, 3), (neg_callback_time, 3), (neg_incident_ticket, 3),
    (neg_claim_year, 3), (neg_loyalty_points, 2), (neg_dd_date, 3), (neg_meter_doubles, 3),
    (neg_years_range, 2), (neg_last_four_amount, 3), (neg_order_pairs_call, 4), (neg_six_digit_ref, 3),
    (neg_long_ref, 8), (neg_tracking, 4), (neg_amount_digits, 4), (neg_opening_hours, 4), (neg_hours_chat, 2),
    (neg_model_serial, 4), (neg_serial_spoken, 4), (neg_meter, 4), (neg_meter_chat, 3), (neg_appointment, 4),
    (neg_payment_date, 4), (neg_contract_start, 3), (neg_last_four, 6), (neg_flight, 3), (neg_room, 3),
    (neg_speed_data, 3), (neg_age_temp, 3), (neg_years, 3), (neg_policy_number, 3), (neg_policy_spoken, 3),
    (neg_quantity, 3), (neg_amount_call_digits, 3), (neg_bill_ref, 4), (neg_ticket_spoken_pairs, 3),
    (neg_extension, 3), (neg_percent_rate, 3), (neg_iban_partial, 2), (neg_vehicle, 2),
    (neg_date_of_incident, 3), (neg_count_list, 2), (neg_pin_reset_generic, 2), (neg_long_amount_digits, 3),
]


# --------------------------------------------------------------------------
# validation
UNITS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4,
         "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEENS = {w: 10 + i for i, w in enumerate(TEEN_W)}
TENS = {w: k for k, w in TENS_W.items()}
ORDS = {w: i for i, w in enumerate(ORD_W) if w}
ORDS["thirtieth"] = 30
NATO_REV = {v: k for k, v in NATO.items()}
HOMO = {"for": 4, "fore": 4, "to": 2, "too": 2, "won": 1, "ate": 8}
FILLERS = {"um", "uh", "er", "erm", "and", "for", "the", "of", "is", "its", "it", "yeah", "ok", "so",
           "then", "dash", "slash", "space", "plus", "end", "at", "dot", "that"}
VOCAB = set(UNITS) | set(TEENS) | set(TENS) | set(ORDS) | FILLERS | {"double", "triple", "hundred", "thousand"}


def normalise(text, letters=False):
    """Turn a (possibly spoken) value into a compact upper-case string."""
    t = text.lower().replace("x-ray", "xray")
    toks = re.findall(r"[a-z]+|\d+|\+", t)
    out = []
    i, mult = 0, 1
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w.isdigit():
            out.append(w * mult)
            mult = 1
        elif w in ("double", "triple"):
            mult = 2 if w == "double" else 3
        elif w == "+":
            out.append("+")
        elif letters and w in ("o", "oh") and nxt != "for":
            out.append("0" * mult)
            mult = 1
        elif letters and len(w) == 1 and w.isalpha():
            out.append(w.upper() * mult)
            mult = 1
            if nxt == "for" and i + 2 < len(toks):
                i += 2
        elif letters and (w in NATO_REV or w == "xray"):
            out.append("X" if w == "xray" else NATO_REV[w].upper())
        elif letters and w.isalpha() and len(w) <= 4 and w not in VOCAB:
            out.append(w.upper())
        elif not letters and w in HOMO:
            out.append(str(HOMO[w]) * mult)
            mult = 1
        elif w in UNITS:
            out.append(str(UNITS[w]) * mult)
            mult = 1
        elif w in TEENS:
            out.append(str(TEENS[w]))
        elif w in TENS:
            if nxt in UNITS and UNITS[nxt] > 0:
                out.append(str(TENS[w] * 10 + UNITS[nxt]))
                i += 1
            elif nxt in ORDS and ORDS[nxt] < 10:
                out.append(str(TENS[w] * 10 + ORDS[nxt]))
                i += 1
            else:
                out.append(str(TENS[w] * 10))
        elif w in ORDS:
            out.append(str(ORDS[w]))
        elif w == "thousand":
            if nxt == "and":
                i += 1
                out.append("00")
            else:
                out.append("000")
        elif w == "hundred":
            out.append("00")
        elif w in MONTHS or w[:3] in [m[:3] for m in MONTHS] and len(w) == 3:
            out.append("<M>")
        elif w == "plus":
            out.append("+")
        # anything else (fillers, 'slash', 'for', 'end', 'of', 'the') ignored
        i += 1
    return "".join(out)


def digits_of(text):
    return re.sub(r"\D", "", normalise(text))


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")


def validate_value(typ, text):
    d = digits_of(text)
    if typ == "CARD_NUMBER":
        return 13 <= len(d) <= 19 and luhn_check(d), d
    if typ == "CVV":
        return len(d) in (3, 4), d
    if typ == "EXPIRY":
        n = normalise(text)
        return ("<M>" in n and len(d) in (2, 4)) or len(d) in (3, 4, 6), n
    if typ == "SSN":
        return len(d) == 9 and d[:3] not in ("000", "666") and d[3:5] != "00" and d[5:] != "0000", d
    if typ == "NI_NUMBER":
        n = normalise(text, letters=True)
        return bool(NI_RE.fullmatch(n)), n
    if typ == "BANK_ACCOUNT":
        return 8 <= len(d) <= 12, d
    if typ == "SORT_CODE":
        return len(d) == 6, d
    if typ == "IBAN":
        n = normalise(text, letters=True)
        return iban_valid(n), n
    if typ == "PHONE":
        n = normalise(text)
        if n.startswith("+"):
            return 11 <= len(d) <= 13, n
        return 10 <= len(d) <= 11, d
    if typ == "EMAIL":
        ok = bool(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", text)) or bool(
            re.fullmatch(r"[a-z0-9 ]+ at [a-z]+( dot [a-z]+)+", text))
        return ok, text
    if typ == "DOB":
        n = normalise(text)
        yr = re.search(r"(19[4-9]\d|200\d)", d)
        return bool(yr) and ("<M>" in n or len(d) >= 6), n
    if typ == "POSTCODE":
        n = normalise(text, letters=True)
        return bool(UK_PC_RE.fullmatch(n) or re.fullmatch(r"\d{5}(\d{4})?", n)), n
    if typ == "ADDRESS":
        n = normalise(text)
        return bool(re.search(r"\d", n)) and any(s in text.lower().split() for s in SUFFIX), n
    return False, ""


def build():
    global R
    R = random.Random(SEED)
    CASE_LIST.clear()
    COUNTERS.update({"positive": 0, "negative": 0})
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            fn()
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            fn()
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASE_LIST)


def counts(cases):
    c = Counter()
    for case_ in cases:
        for s in case_["spans"]:
            c[s["type"]] += 1
    return c


def check_cases(cases):
    problems = []
    ids = set()
    for cs in cases:
        cid = cs["id"]
        if cid in ids:
            problems.append("duplicate id " + cid)
        ids.add(cid)
        if cs["kind"] not in ("positive", "negative"):
            problems.append(cid + ": bad kind")
        if cs["kind"] == "negative" and cs["spans"]:
            problems.append(cid + ": negative with spans")
        if cs["kind"] == "positive" and not cs["spans"]:
            problems.append(cid + ": positive without spans")
        for t in cs["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append(cid + ": bad turn")
        prev = {}
        for s in sorted(cs["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES:
                problems.append(cid + ": bad type " + s["type"])
                continue
            if not (0 <= s["turn"] < len(cs["turns"])):
                problems.append(cid + ": turn out of range")
                continue
            text = cs["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                problems.append(cid + ": offsets out of range")
                continue
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                problems.append(cid + ": span not on word boundary %r" % text[a:b])
            if text[a].isspace() or text[b - 1].isspace():
                problems.append(cid + ": span has edge whitespace")
            if s["turn"] in prev and a < prev[s["turn"]]:
                problems.append(cid + ": overlapping spans")
            prev[s["turn"]] = b
            # split values (several spans of one type in a case) are validated jointly
        by_type = {}
        for s in cs["spans"]:
            by_type.setdefault(s["type"], []).append(s)
        for typ, ss in by_type.items():
            texts = [cs["turns"][s["turn"]]["text"][s["start"]:s["end"]] for s in ss]
            singles = [validate_value(typ, t)[0] for t in texts]
            if all(singles):
                continue
            joined = " ".join(texts)
            ok, n = validate_value(typ, joined)
            if not ok:
                # readbacks: each span may itself be a full value; split values joined
                problems.append("%s: %s value fails validation: %r -> %r" % (cid, typ, joined, n))
    c = counts(cases)
    for t in TYPES:
        if c[t] < MIN_SPANS[t]:
            problems.append("type %s has %d spans < %d" % (t, c[t], MIN_SPANS[t]))
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    if npos < 170:
        problems.append("only %d positives" % npos)
    if nneg < 100:
        problems.append("only %d negatives" % nneg)
    return problems


def readme_text(cases):
    c = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return f"""# pii_holdout184 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its documentation, the benchmark, or any other
PII fixture; the only existing data consulted was a three-line example of the
JSONL format. Every case is produced by `scripts/make_pii_holdout184.py` from
template functions (standard library only, `random.Random({SEED})`); each turn
is assembled from plain-text segments and `(value, TYPE)` segments, so span
offsets are computed rather than typed. The output is byte-for-byte reproducible:

    python scripts/make_pii_holdout184.py          # regenerate
    python scripts/make_pii_holdout184.py --check  # verify (exit non-zero on problems)

`--check` verifies the file is identical to a fresh generation, ids are unique,
offsets are in range and on word boundaries, spans do not overlap, and every
value is valid after normalising spoken forms (Luhn for cards, mod-97 for IBANs,
NI format, 9 digits for SSN, 6 for sort codes, digit counts for CVV / phone /
account, UK postcode and US ZIP shapes). Values split across turns are checked
after joining their pieces.

## Contents

{npos} positive cases, {nneg} negative cases ({len(cases)} total). Chat cases are typed
text (varied separators, case, spacing); call cases imitate ASR output (lower case,
little punctuation, numbers as words: "oh"/"o"/"nought"/"zero", "double"/"triple",
pairs like "forty one", years like "nineteen eighty two", letters as "b for bravo"
or NATO words, e-mails as "x dot y at gmail dot com", values split over several
customer turns with agent back-channels, agent read-backs, filler words inside a reading,
ASR homophones inside card readings: "for"/"fore" = 4, "to"/"too" = 2, "ate" = 8).

| type | spans |
|---|---|
{rows}

## Annotation conventions

* A span covers the value only: lead-ins ("it's", "my mobile is", "sort code") and
  trailing chit-chat are outside; filler words *inside* a reading ("uh") are inside.
* A value split across several customer turns gets one span per turn, each covering
  that turn's piece (all same type). The scorer counts a span as found when every
  letter/digit inside it is covered by a redaction.
* Agent read-backs of a full value are labelled too.
* Self-corrections: only the restated complete value is labelled; the abandoned
  partial reading is left unlabelled (redacting it is harmless in a positive case).
* EXPIRY is the month/year only; CVV only the digits; DOB the whole spoken/typed
  date including ordinals and "of"; ADDRESS is house number + street name (town and
  postcode are outside; the postcode is its own POSTCODE span when labelled).
* EMAIL spoken forms include the "at" and "dot" words.
* PHONE includes a leading "+"/"plus" country code when given.
* Non-PII numbers placed beside PII in positives (amounts, order / claim / booking
  references, appointment dates) are deliberately unlabelled.

## Negatives

Negatives must have nothing redacted. They stress lookalikes: long order / ticket /
claim / invoice / customer reference numbers (up to 10 digits, always with their
reference word), parcel tracking numbers, balances and transfer amounts read digit by
digit, phone-like opening hours (0800-2000), model and serial numbers, meter
readings, appointment / payment / contract / incident dates, card "ending in" last-four
mentions, flight numbers, room numbers, extensions, speeds, data allowances,
percentages, ages, temperatures, years, mileage and alphanumeric policy references.
"""


def main(argv):
    text = build()
    cases = [json.loads(l) for l in text.splitlines()]
    readme = readme_text(cases)
    if "--check" in argv:
        problems = check_cases(cases)
        if not CASES.exists():
            problems.append("fixture missing: " + str(CASES))
        elif CASES.read_text(encoding="utf-8") != text:
            problems.append("fixture differs from a fresh generation")
        if not README.exists() or README.read_text(encoding="utf-8") != readme:
            problems.append("README differs from a fresh generation")
        c = counts(cases)
        npos = sum(1 for x in cases if x["kind"] == "positive")
        print("cases: %d (positive %d, negative %d)" % (len(cases), npos, len(cases) - npos))
        for t in TYPES:
            print("  %-13s %d" % (t, c[t]))
        for p in problems:
            print("PROBLEM:", p)
        print("check: %s (%d problems)" % ("OK" if not problems else "FAILED", len(problems)))
        return 1 if problems else 0
    problems = check_cases(cases)
    for p in problems:
        print("PROBLEM:", p)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme, encoding="utf-8")
    print("wrote %d cases to %s" % (len(cases), CASES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Generate the pii_holdout322 held-out PII evaluation set.

Written by an independent test author (AI helper) without sight of the
redaction engine. Standard library only; one RNG: random.Random(322241125).

Usage:
    python scripts/make_pii_holdout322.py          # write cases.jsonl
    python scripts/make_pii_holdout322.py --check  # regenerate + validate
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout322", "cases.jsonl")

R = random.Random(322241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
         "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta",
        "e": "echo", "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india",
        "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "o": "oscar", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth",
       "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
       "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth"]


def ch(seq):
    return R.choice(seq)


def p(x):
    return R.random() < x


# ---------------------------------------------------------------- values

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


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9))
                            for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def gen_card():
    kind = ch(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13",
               "maestro19"])
    if kind == "visa":
        return luhn_complete("4", 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    if kind == "mc":
        return luhn_complete(str(R.randint(51, 55)), 16)
    if kind == "amex":
        return luhn_complete(ch(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    return luhn_complete("6759", 19)


def non_luhn(length):
    while True:
        d = str(R.randint(1, 9)) + "".join(str(R.randint(0, 9))
                                          for _ in range(length - 1))
        if not luhn_ok(d):
            return d


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        pre = ch(NI_FIRST) + ch(NI_SECOND)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return pre + "".join(str(R.randint(0, 9)) for _ in range(6)) + ch("ABCD")


IBAN_SPEC = {"GB": (22, lambda: ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"])
                    + "".join(str(R.randint(0, 9)) for _ in range(14))),
             "IE": (22, lambda: ch(["AIBK", "BOFI", "IPBS"])
                    + "".join(str(R.randint(0, 9)) for _ in range(14))),
             "DE": (22, lambda: "".join(str(R.randint(0, 9)) for _ in range(18))),
             "FR": (27, lambda: "".join(str(R.randint(0, 9)) for _ in range(23))),
             "ES": (24, lambda: "".join(str(R.randint(0, 9)) for _ in range(20))),
             "NL": (18, lambda: ch(["ABNA", "INGB", "RABO"])
                    + "".join(str(R.randint(0, 9)) for _ in range(10)))}


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    if len(s) < 15 or s[:2] not in IBAN_SPEC or len(s) != IBAN_SPEC[s[:2]][0]:
        return False
    return iban_num(s[4:] + s[:4]) % 97 == 1


def gen_iban():
    cc = ch(list(IBAN_SPEC))
    bban = IBAN_SPEC[cc][1]()
    chk = 98 - iban_num(bban + cc + "00") % 97
    v = cc + "%02d" % chk + bban
    assert iban_ok(v)
    return v


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "M", "B", "LS", "G", "EH",
            "CF", "BS", "L", "NG", "CB", "BT", "KY", "PL", "RG"]


def gen_uk_postcode():
    a = ch(UK_AREAS)
    out = a + str(R.randint(1, 20))
    if p(0.1) and a in ("SW", "W", "EC"):
        out = a + "1" + ch("AP")
    inward = str(R.randint(0, 9)) + ch("ABDEFGHJLNPQRSTUWXYZ") + ch("ABDEFGHJLNPQRSTUWXYZ")
    return out + " " + inward


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if p(0.3):
        z += "-%04d" % R.randint(1, 9999)
    return z


STREETS = ["Maple Road", "Harbour Street", "Acacia Avenue", "Mill Lane",
           "Kingsway", "Church Street", "Station Road", "Elm Close",
           "Victoria Terrace", "Oak Drive", "Hillside Crescent",
           "Market Place", "Queens Walk", "Baker Street", "Sycamore Grove",
           "Pine Street", "Lincoln Avenue", "Main Street", "Bridge Road",
           "Cedar Court", "Ferry Lane", "Orchard Way"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Norwich",
            "Reading", "Belfast", "Plymouth", "Nottingham"]
TOWNS_US = ["Springfield", "Austin", "Denver", "Portland", "Columbus",
            "Raleigh", "Tucson", "Madison"]


def gen_uk_phone():
    k = R.randint(0, 2)
    if k == 0:
        return "07" + "".join(str(R.randint(0, 9)) for _ in range(9))
    if k == 1:
        return "0" + ch(["161", "113", "117", "141", "121", "131"]) + \
            "".join(str(R.randint(0, 9)) for _ in range(7))
    return "020" + "".join(str(R.randint(0, 9)) for _ in range(8))


def gen_us_phone():
    return str(R.randint(2, 9)) + "%02d" % R.randint(0, 99) + \
        str(R.randint(2, 9)) + "%06d" % R.randint(0, 999999)


# ---------------------------------------------------------------- speech

FILLERS = ["um", "uh", "er", "erm"]


def zero_word(style):
    return style


def pair_words(two):
    a, b = int(two[0]), int(two[1])
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def hundred_words(three):
    a, b = int(three[0]), int(three[1:])
    if b == 0:
        return UNITS[a] + " hundred"
    if b < 10:
        return UNITS[a] + " hundred and " + UNITS[b]
    return UNITS[a] + " hundred and " + pair_words(three[1:])


def say_group(g, zero, pairs=False, dbl=True):
    """Say one digit group. Avoids ambiguous forms (bare tens)."""
    words = []
    i = 0
    if pairs and len(g) == 3 and g[0] != "0" and p(0.35) and \
            not (g[1] != "0" and g[2] == "0"):
        return hundred_words(g)
    while i < len(g):
        d = g[i]
        if pairs and i + 1 < len(g) and d not in "0" and g[i + 1] != "0" \
                and p(0.6):
            words.append(pair_words(g[i:i + 2]))
            i += 2
            continue
        run = 1
        while i + run < len(g) and g[i + run] == d and run < 3:
            run += 1
        w = zero if d == "0" else UNITS[int(d)]
        if dbl and run == 3 and p(0.6):
            words.append("triple " + w)
            i += 3
            continue
        if dbl and run >= 2 and p(0.6):
            words.append("double " + w)
            i += 2
            continue
        words.append(w)
        i += 1
    return " ".join(words)


def say_digits(digits, groups=None, zero=None, pairs=False, filler=0.0,
               sep=None, dbl=True):
    zero = zero or ch(["oh", "zero", "oh", "o", "nought"])
    if groups is None:
        groups = [len(digits)]
    parts = []
    i = 0
    for n in groups:
        parts.append(say_group(digits[i:i + n], zero, pairs, dbl))
        i += n
    out = []
    for j, part in enumerate(parts):
        if j:
            s = sep if sep is not None else ch([", ", " ", " ... ", ", "])
            if filler and p(filler):
                s = s.rstrip() + " " + ch(FILLERS) + " "
            out.append(s)
        out.append(part)
    return "".join(out)


def chunk(n, size):
    out = []
    while n > 0:
        out.append(min(size, n))
        n -= size
    return out


def say_letter(c, nato=0.5):
    c = c.lower()
    if c == "o" or c == "i" or p(nato):
        return c + ch([" for ", " as in "]) + NATO[c] if p(0.7) else NATO[c]
    return c


def say_mixed(s, nato=0.5, zero=None):
    zero = zero or ch(["oh", "zero", "nought"])
    out = []
    digs = ""
    for c in s:
        if c.isdigit():
            digs += c
            continue
        if digs:
            out.append(say_group(digs, zero, pairs=False))
            digs = ""
        if c.isalpha():
            out.append(say_letter(c, nato))
    if digs:
        out.append(say_group(digs, zero, pairs=False))
    return " ".join(out)


def say_year(y):
    y = str(y)
    if y.startswith("20") and y[2] == "0":
        return "two thousand" + ("" if y[3] == "0" else " and " + UNITS[int(y[3])])
    return pair_words(y[:2]) + " " + (pair_words(y[2:]) if y[2] != "0"
                                      else "oh " + UNITS[int(y[3])])


def ordinal(n):
    if n <= 20:
        return ORD[n]
    if n == 30:
        return "thirtieth"
    if n == 31:
        return "thirty first"
    return "twenty " + ORD[n - 20]


# ---------------------------------------------------------------- builder

class Turn:
    def __init__(self, speaker, *segs):
        self.speaker = speaker
        self.segs = list(segs)


def build(kind, turns, note):
    out_turns, spans = [], []
    for ti, t in enumerate(turns):
        text = ""
        for seg in t.segs:
            if isinstance(seg, tuple):
                val, typ = seg
                # trim to first/last letter-or-digit
                a = 0
                while not val[a].isalnum():
                    a += 1
                b = len(val)
                while not val[b - 1].isalnum():
                    b -= 1
                text += val[:a]
                spans.append({"turn": ti, "start": len(text),
                              "end": len(text) + b - a, "type": typ})
                text += val[a:b] + val[b:]
            else:
                text += seg
        out_turns.append({"speaker": t.speaker, "text": text})
    return {"kind": kind, "turns": out_turns, "spans": spans, "note": note}


def C(*segs):
    return Turn("customer", *segs)


def A(*segs):
    return Turn("agent", *segs)


BACKCH = ["mhm", "go on", "yep", "ok", "uh huh", "right, go on", "got that",
          "mm hm, next bit?", "yeah"]

INDUSTRY = {
    "banking": "thanks for calling Northgate Bank",
    "telecom": "you're through to Vireo Mobile support",
    "utilities": "Brightwater Energy, how can I help",
    "retail": "Hello and welcome to Larkfield Home chat",
    "insurance": "Crestline Insurance claims line",
    "travel": "SkyBridge Travel bookings",
    "healthcare": "Meridian Health billing department",
    "government": "Revenue Services helpline",
}


def opener():
    ind = ch(list(INDUSTRY))
    return ind, INDUSTRY[ind]


# ---------------------------------------------------------------- positives

def card_typed(v):
    if len(v) == 15:
        g = [4, 6, 5]
    elif len(v) == 16:
        g = ch([[4, 4, 4, 4], [4, 4, 4, 4], [16], [5, 6, 5], [8, 8], [4, 4, 8]])
    else:
        g = ch([[len(v)], chunk(len(v), 4)])
    sep = ch([" ", "-", " ", ".", "  "])
    parts, i = [], 0
    for n in g:
        parts.append(v[i:i + n])
        i += n
    return sep.join(parts)


def pos_card(i):
    ind, op = opener()
    v = gen_card()
    style = R.randint(0, 7)
    if style == 0:
        lead = ch(["card no: ", "Card number - ", "my crad number is ",
                   "CARD NUMBER ", "long number on the card: ", "pan "])
        return build("positive", [
            A(op + ". Please type the long card number."),
            C(lead, (card_typed(v), "CARD_NUMBER"),
              ch([" thanks", "", " (debit)", " ... is that enough?"]))],
            ind + ": typed card number")
    if style == 1:
        exp_m, exp_y = R.randint(1, 12), R.randint(25, 31)
        exp = ch(["%02d/%02d", "%02d/20%02d", "%d-%02d"]) % (exp_m, exp_y)
        cvv = "%03d" % R.randint(0, 999) if len(v) != 15 else "%04d" % R.randint(0, 9999)
        return build("positive", [
            A("Can you send the card details so I can process the refund?"),
            C((card_typed(v), "CARD_NUMBER"), ch([" exp ", " expiry ", ", valid thru "]),
              (exp, "EXPIRY"), ch([" cvv ", " sec code ", " CVC: "]), (cvv, "CVV"))],
            ind + ": typed card + expiry + cvv in one chat line")
    if style == 2:
        g = chunk(len(v), 4)
        sp = say_digits(v, g, pairs=p(0.4), filler=0.3)
        return build("positive", [
            A(op + ", could I take the long number across the front of the card?"),
            C(ch(["yeah it's ", "ok so it's ", "right, ", "um yeah, "]),
              (sp, "CARD_NUMBER"), ch(["", " ... yeah", " that's it"]))],
            ind + ": ASR card read in one turn")
    if style == 3:
        g = chunk(len(v), 4)
        cut = R.randint(1, len(g) - 1)
        d1 = sum(g[:cut])
        t = [A("go ahead with the card number when you're ready"),
             C(ch(["ok ", "right so ", ""]), (say_digits(v[:d1], g[:cut], pairs=p(0.5)), "CARD_NUMBER")),
             A(ch(BACKCH)),
             C((say_digits(v[d1:], g[cut:], pairs=p(0.5), filler=0.2), "CARD_NUMBER"))]
        if p(0.6):
            t.append(A(ch(["so that's ", "let me read that back, ", "just to confirm "]),
                       (say_digits(v, g, zero="zero", dbl=False), "CARD_NUMBER"),
                       ch(["?", ", is that right?", ""])))
            t.append(C(ch(["yes", "yep that's it", "correct"])))
        return build("positive", t, ind + ": card split over turns with backchannel and read-back")
    if style == 4:
        g = chunk(len(v), 4)
        bad = v[:4]
        # restarted reading: abandoned attempt + completed value in one span
        wrong = str((int(v[4]) + 3) % 10) + v[5:7]
        spoken = (say_digits(bad, zero="oh") + ", " + say_digits(wrong, zero="oh") +
                  ch([" ... sorry, let me start again, ", ", no sorry, start again, ",
                      " wait sorry, "]) + say_digits(v, g, zero="oh", pairs=p(0.3)))
        return build("positive", [
            A("And the card number please?"),
            C((spoken, "CARD_NUMBER"))],
            ind + ": restarted card reading (single span covers the restart)")
    if style == 5:
        g = chunk(len(v), 4)
        cut = 2 if len(g) > 2 else 1
        d1 = sum(g[:cut])
        aside = ch([" hang on, the numbers are a bit worn here, ", " sorry the dog's barking, ",
                    " ... hold on let me get my glasses ... ", " just a sec, "])
        return build("positive", [
            A(op + ". What's the card number?"),
            C((say_digits(v[:d1], g[:cut]), "CARD_NUMBER"), aside,
              (say_digits(v[d1:], g[cut:], filler=0.4), "CARD_NUMBER")),
            A("thank you, and what's the payment today?"),
            C(ch(["sixty pounds", "the full 1,204.18", "just the minimum"]))],
            ind + ": card with aside mid-reading; amount distractor")
    if style == 6:
        return build("positive", [
            C("I want to pay the bill of " + ch(["£84.16", "$1,204.99", "€310"]) + " with a different card please"),
            A("Sure, for security I need the full number I'm afraid"),
            C((card_typed(v), "CARD_NUMBER"))],
            ind + ": amount then typed full card")
    g = chunk(len(v), 4)
    return build("positive", [
        A("Is it the Visa or the Mastercard you'd like to use?"),
        C("the uh the Visa. " + ch(["number's ", "it's ", ""]),
          (say_digits(v, g, zero="zero", pairs=True, filler=0.5), "CARD_NUMBER"),
          ". I'm paying " + ch(["forty two pounds", "£120.50", "the full balance"]))],
        ind + ": card read with pairs/hundreds and fillers, amount distractor")


def pos_ssn(i):
    ind, op = opener()
    v = gen_ssn()
    s = R.randint(0, 4)
    if s == 0:
        t = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (v[:3], v[3:5], v[5:])
        return build("positive", [
            A(op + ". To verify, please type your Social Security number."),
            C(ch(["SSN: ", "ssn ", "social is ", "Social Security # "]), (t, "SSN"))],
            ind + ": typed SSN")
    if s == 1:
        return build("positive", [
            A("can I get your social security number please"),
            C(ch(["yeah it's ", "sure, ", "um "]),
              (say_digits(v, [3, 2, 4], pairs=p(0.4), filler=0.3), "SSN"))],
            ind + ": spoken SSN")
    if s == 2:
        return build("positive", [
            A("and the last part of the verification is your social"),
            C((say_digits(v[:3], pairs=p(0.4)), "SSN")),
            A(ch(BACKCH)),
            C((say_digits(v[3:5]), "SSN"), ", ", (say_digits(v[5:], pairs=p(0.5)), "SSN")),
            A("ok I have " , (say_digits(v, [3, 2, 4], zero="zero", dbl=False), "SSN"), ", thanks")],
            ind + ": SSN split over turns plus agent read-back")
    if s == 3:
        return build("positive", [
            C("Hi, I'm filing the form for my late father, his SSN was ",
              (v[:3] + "-" + v[3:5] + "-" + v[5:], "SSN"),
              " and the claim number is CLM-" + str(R.randint(100000, 999999)))],
            ind + ": SSN in e-mail alongside claim number")
    return build("positive", [
        A("what's the social on the account"),
        C("it's " + ch(["", "um "]),
          (say_digits(v[:3]) + ", uh, " + say_digits(v[3:5]) + " " + say_digits(v[5:], pairs=True), "SSN"),
          ", and I've been with you " + ch(["eleven years", "since 2009"]))],
        ind + ": SSN with filler inside reading and duration distractor")


def pos_ni(i):
    ind, op = opener()
    v = gen_ni()
    s = R.randint(0, 4)
    if s == 0:
        t = ch([v, v.lower(), "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8]),
                "%s%s %s" % (v[:2], v[2:8], v[8]), v[:2].lower() + v[2:]])
        return build("positive", [
            A(op + ". What's your National Insurance number?"),
            C(ch(["NI no: ", "ni number ", "NINO - ", "it's ", ""]), (t, "NI_NUMBER"))],
            ind + ": typed NI number")
    if s == 1:
        return build("positive", [
            A("can I take your national insurance number"),
            C(ch(["yeah it's ", "right, ", ""]),
              (say_mixed(v[:2], 0.6) + " " + say_digits(v[2:8], [2, 2, 2], pairs=p(0.5)) +
               " " + say_letter(v[8], 0.5), "NI_NUMBER"))],
            ind + ": spoken NI number with NATO letters")
    if s == 2:
        return build("positive", [
            A("national insurance number please"),
            C((say_mixed(v[:2], 0.8), "NI_NUMBER")),
            A(ch(BACKCH)),
            C((say_digits(v[2:8], [2, 2, 2], filler=0.3), "NI_NUMBER")),
            A("and the letter at the end?"),
            C((say_letter(v[8], 1.0), "NI_NUMBER"))],
            ind + ": NI number split over three customer turns")
    if s == 3:
        return build("positive", [
            A("Just to confirm, I have your NI number as ", (v, "NI_NUMBER"), ", correct?"),
            C("yes that's right, and my reference is " + str(R.randint(10000000, 99999999)))],
            ind + ": agent read-back of NI number; reference distractor")
    return build("positive", [
        C("I've started a new job and they said my national insurance number is wrong, it should be ",
          (say_mixed(v[:2], 0.3) + ", um, " + say_digits(v[2:8], [3, 3], pairs=True) + " " + v[8].lower(),
           "NI_NUMBER"), " not the one on the letter")],
        ind + ": NI number spoken with filler inside")


def pos_expiry_cvv(i):
    ind, op = opener()
    m, y = R.randint(1, 12), R.randint(25, 31)
    s = R.randint(0, 2)
    if s == 0:
        e = ch(["%s %s" % (say_digits("%02d" % m, zero="oh"), pair_words("%02d" % y) if y >= 10 else ""),
                "%s twenty %s" % (MONTHS[m - 1], pair_words("%02d" % y)),
                "%s slash %s" % (UNITS[m] if m < 10 else pair_words("%02d" % m), pair_words("%02d" % y))])
        cvv = "%03d" % R.randint(0, 999)
        return build("positive", [
            A("and the expiry date on the card?"),
            C(ch(["it's ", "uh ", "expires "]), (e, "EXPIRY")),
            A("and the three digits on the back"),
            C((say_digits(cvv, zero=ch(["oh", "zero"])), "CVV"))],
            ind + ": spoken expiry and CVV (no card number in case)")
    if s == 1:
        cvv = "%04d" % R.randint(0, 9999)
        return build("positive", [
            A("For Amex it's the four digit code on the front, and the expiry?"),
            C("code is ", (cvv, "CVV"), ", expiry ", (ch(["%02d/%02d", "%02d-%02d", "%02d / 20%02d"]) % (m, y), "EXPIRY"))],
            ind + ": typed 4-digit CVV and expiry")
    cvv = "%03d" % R.randint(100, 999)
    return build("positive", [
        A("security code please"),
        C((hundred_words(cvv) if cvv[1:] != "00" and not (cvv[1] != "0" and cvv[2] == "0") else say_digits(cvv), "CVV"),
          " and it runs out end of ", (MONTHS[m - 1].capitalize() + " " + say_year(2000 + y), "EXPIRY"))],
        ind + ": CVV said as hundreds; expiry month + spoken year")


def pos_bank(i):
    ind, op = opener()
    acct = "".join(str(R.randint(0, 9)) for _ in range(8))
    sc = "".join(str(R.randint(0, 9)) for _ in range(6))
    s = R.randint(0, 3)
    if s == 0:
        return build("positive", [
            A(op + ". Which account should the refund go to?"),
            C(ch(["sort code ", "s/c: ", "Sort Code - "]),
              (ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"),
              ch([" acct no: ", ", account number ", " a/c "]), (acct, "BANK_ACCOUNT"))],
            ind + ": typed sort code and account number")
    if s == 1:
        return build("positive", [
            A("what's the sort code"),
            C((say_digits(sc, [2, 2, 2], pairs=p(0.6)), "SORT_CODE")),
            A("and the account number"),
            C((say_digits(acct[:4], pairs=p(0.3)), "BANK_ACCOUNT")),
            A(ch(BACKCH)),
            C((say_digits(acct[4:], filler=0.0), "BANK_ACCOUNT"))],
            ind + ": spoken sort code; account split over turns")
    if s == 2:
        us = "".join(str(R.randint(0, 9)) for _ in range(R.randint(9, 12)))
        return build("positive", [
            A("For the direct deposit I'll need the routing and account number."),
            C("routing is the bank's one on the website, my checking account # is ",
              (us, "BANK_ACCOUNT"))],
            ind + ": US checking account number typed")
    return build("positive", [
        A("so I'll read that back, sort code ", (say_digits(sc, [2, 2, 2], zero="zero", dbl=False), "SORT_CODE"),
          ", account ending ... no sorry, full account ", (say_digits(acct, [4, 4], zero="zero", dbl=False), "BANK_ACCOUNT")),
        C("yes")],
        ind + ": agent read-back of sort code and account")


def pos_iban(i):
    ind, op = opener()
    v = gen_iban()
    s = R.randint(0, 2)
    if s == 0:
        t = ch([v, " ".join(v[j:j + 4] for j in range(0, len(v), 4)), v.lower()])
        return build("positive", [
            A(op + ". Please send the IBAN for the transfer."),
            C(ch(["IBAN: ", "iban ", "Here it is ", ""]), (t, "IBAN"))],
            ind + ": typed IBAN")
    if s == 1:
        return build("positive", [
            A("can you read me the IBAN"),
            C((say_mixed(v[:8], 0.6), "IBAN")),
            A(ch(BACKCH)),
            C((say_mixed(v[8:], 0.5), "IBAN"))],
            ind + ": spoken IBAN split over turns")
    return build("positive", [
        C("The IBAN on the invoice is ", (" ".join(v[j:j + 4] for j in range(0, len(v), 4)), "IBAN"),
          " and the invoice number is INV-" + str(R.randint(2024000, 2024999)))],
        ind + ": IBAN with invoice number distractor")


def fmt_uk_phone(d, intl):
    if intl:
        rest = d[1:]
        return ch(["+44 %s %s" % (rest[:4], rest[4:]), "+44 (0)%s %s" % (rest[:4], rest[4:]),
                   "0044 %s" % rest, "+44%s" % rest])
    return ch(["%s %s" % (d[:5], d[5:]), "%s %s %s" % (d[:4], d[4:7], d[7:]), d,
               "(%s) %s" % (d[:4], d[4:])])


def pos_phone(i):
    ind, op = opener()
    s = R.randint(0, 4)
    if s == 0:
        d = gen_uk_phone()
        return build("positive", [
            A(op + ". What's the best number to reach you?"),
            C(ch(["tel: ", "mob ", "call me on ", "Phone #: "]), (fmt_uk_phone(d, p(0.5)), "PHONE"),
              ch(["", " after 5pm", " any time"]))],
            ind + ": typed UK phone")
    if s == 1:
        d = gen_us_phone()
        f = ch(["(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s", "%s.%s.%s", "1-%s-%s-%s"]) % (d[:3], d[3:6], d[6:])
        return build("positive", [
            A("What's a good callback number?"),
            C((f, "PHONE"), " - cell")],
            ind + ": typed US phone")
    if s == 2:
        d = gen_uk_phone()
        return build("positive", [
            A("and a contact number"),
            C((say_digits(d, [5, 3, 3], pairs=p(0.3), filler=0.2), "PHONE")),
            A("so that's ", (say_digits(d, [5, 6], zero="oh", dbl=False), "PHONE"), "?"),
            C("yep")],
            ind + ": spoken UK mobile with read-back")
    if s == 3:
        d = "353" + ch(["83", "85", "86", "87"]) + "".join(str(R.randint(0, 9)) for _ in range(7))
        return build("positive", [
            A("Can I take a number for the Dublin office?"),
            C("it's plus ", (say_digits(d, [3, 2, 3, 4]), "PHONE"))],
            ind + ": spoken Irish international mobile with country code")
    d = ch(["49", "33", "34", "31"]) + "".join(str(R.randint(0, 9)) for _ in range(9))
    return build("positive", [
        C("Please contact my husband while I'm abroad: ", ("+%s %s %s %s" % (d[:2], d[2:5], d[5:8], d[8:]), "PHONE"),
          " (we land at 14:30 on flight LH" + str(R.randint(100, 999)) + ")")],
        ind + ": EU phone with time and flight distractors")


FIRST = ["james", "sarah", "priya", "tom", "aoife", "liam", "maria", "chen",
         "olu", "katie"]
LAST = ["doe", "smith", "oconnor", "patel", "nguyen", "walsh", "okafor",
        "brown", "garcia"]
DOMAINS = [("gmail", "com"), ("hotmail", "co.uk"), ("yahoo", "com"),
           ("outlook", "ie"), ("btinternet", "com"), ("icloud", "com")]


def pos_email(i):
    ind, op = opener()
    f, l = ch(FIRST), ch(LAST)
    dom, tld = ch(DOMAINS)
    num = str(R.randint(1, 99)) if p(0.5) else ""
    sep = ch([".", "_", ""])
    s = R.randint(0, 2)
    if s == 0:
        e = f + sep + l + num + "@" + dom + "." + tld
        if p(0.4):
            e = e.capitalize() if p(0.5) else e.upper()
        return build("positive", [
            A(op + ". What email should the receipt go to?"),
            C(ch(["email: ", "it's ", "send to ", ""]), (e, "EMAIL"), ch(["", " thanks", "."]))],
            ind + ": typed email")
    sepw = {".": " dot ", "_": " underscore ", "": " "}[sep]
    user = f[0] + sepw + l if p(0.5) else f + sepw + l
    numw = (" " + pair_words(num.zfill(2)) if len(num) == 2 and num[0] != "0" and num[1] != "0" else
            (" " + UNITS[int(num)] if len(num) == 1 else "")) if num else ""
    spoken = user + numw + " at " + dom + " dot " + " dot ".join(tld.split("."))
    if s == 1:
        return build("positive", [
            A("and your email address"),
            C(ch(["yeah it's ", "it's um ", ""]), (spoken, "EMAIL"))],
            ind + ": spoken email (dot/at)")
    return build("positive", [
        A("what email do we have for you"),
        C((user + numw, "EMAIL")),
        A(ch(BACKCH)),
        C(("at " + dom + " dot " + " dot ".join(tld.split(".")), "EMAIL"))],
        ind + ": spoken email split over turns")


def pos_dob(i):
    ind, op = opener()
    y, m, d = R.randint(1935, 2005), R.randint(1, 12), R.randint(1, 28)
    s = R.randint(0, 3)
    if s == 0:
        t = ch(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%02d.%02d.%d" % (d, m, y),
                "%d %s %d" % (d, MONTHS[m - 1][:3].capitalize(), y), "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)])
        return build("positive", [
            A(op + ". Can you confirm your date of birth?"),
            C(ch(["DOB: ", "dob ", "born ", ""]), (t, "DOB"))],
            ind + ": typed DOB")
    if s == 1:
        t = ch(["the %s of %s %s" % (ordinal(d), MONTHS[m - 1], say_year(y)),
                "%s %s %s" % (MONTHS[m - 1], ordinal(d), say_year(y))])
        return build("positive", [
            A("and your date of birth please"),
            C(ch(["it's ", "uh ", ""]), (t.replace("the ", "", 1) if t.startswith("the ") and p(0.5) else t, "DOB"))],
            ind + ": spoken DOB with ordinal")
    if s == 2:
        return build("positive", [
            A("date of birth?"),
            C((say_digits("%02d%02d%02d" % (d, m, y % 100), [2, 2, 2], zero="oh", pairs=True), "DOB"))],
            ind + ": DOB as six spoken digits")
    return build("positive", [
        A("I just need the patient's date of birth, and I'll book the appointment for the 3rd of June"),
        C("she was born ", ("%s %s" % (ordinal(d), MONTHS[m - 1]) + ", " + say_year(y), "DOB"),
          ", she's " + str(2026 - y) + " now")],
        ind + ": DOB with appointment date and age distractors")


def pos_address(i):
    ind, op = opener()
    n = R.randint(1, 240)
    st = ch(STREETS)
    s = R.randint(0, 3)
    if s == 0:
        pc = gen_uk_postcode()
        flat = "Flat %d, " % R.randint(1, 30) if p(0.3) else ""
        return build("positive", [
            A(op + ". What's the delivery address?"),
            C((flat + "%d %s" % (n, st), "ADDRESS"), ", " + ch(TOWNS_UK) + ", ",
              (pc if p(0.7) else pc.lower().replace(" ", ""), "POSTCODE"))],
            ind + ": typed UK address + postcode")
    if s == 1:
        z = gen_zip()
        return build("positive", [
            A("Shipping address please"),
            C(("%d %s" % (n, st), "ADDRESS"), ", " + ch(TOWNS_US) + ", " + ch(["TX", "CO", "OR", "OH", "NC"]) + " ",
              (z, "POSTCODE"))],
            ind + ": typed US address + ZIP")
    if s == 2:
        pc = gen_uk_postcode()
        nw = hundred_words("%03d" % n) if n >= 100 and n % 100 >= 10 and n % 10 else (
            pair_words("%02d" % n) if 10 <= n < 100 else UNITS[n] if n < 10 else str(n))
        return build("positive", [
            A("and the first line of the address"),
            C((nw + " " + st.lower(), "ADDRESS")),
            A("and the postcode"),
            C((say_mixed(pc.replace(" ", ""), 0.3), "POSTCODE"))],
            ind + ": spoken address and postcode")
    z = "%05d" % R.randint(10000, 99999)
    return build("positive", [
        A("what's the billing zip"),
        C((say_digits(z, pairs=p(0.4)), "POSTCODE"), ", and it's apartment " + str(R.randint(2, 9)) +
          " at ", ("%d %s" % (n, st), "ADDRESS"))],
        ind + ": spoken ZIP and address (apartment mention outside span)")


# ---------------------------------------------------------------- negatives

def neg(i):
    ind, op = opener()
    s = i % 25
    if s == 0:
        v = gen_card()
        return build("negative", [
            A(op + ". Your order number is " + card_typed(v) + ".")],
            "16-digit Luhn-valid order number with its label")
    if s == 1:
        v = non_luhn(16)
        return build("negative", [
            A("ok the reference for this call is"),
            C("mhm"),
            A(say_digits(v, [4, 4, 4, 4], pairs=True) + ", that's your reference")],
            "reference number spoken like a card reading")
    if s == 2:
        return build("negative", [
            C("the payment went from the card ending " + "%04d" % R.randint(0, 9999) + " but I was charged twice"),
            A("I can see two charges of £" + "%d.%02d" % (R.randint(5, 400), R.randint(0, 99)) + " on the 14th")],
            "card last four only, amounts and dates")
    if s == 3:
        return build("negative", [
            C("card ending " + say_digits("%04d" % R.randint(0, 9999)) + ", yeah the one ending that"),
            A("great, I've put the payment of " + ch(["forty five pounds", "one hundred and twelve euro", "twenty dollars"]) + " on it")],
            "spoken card last four and spoken amount")
    if s == 4:
        return build("negative", [
            A("Your balance is £" + "{:,}".format(R.randint(1000, 99999)) + "." + "%02d" % R.randint(0, 99) +
              " and the minimum payment of £" + str(R.randint(25, 300)) + " is due on the " + ordinal(R.randint(1, 28)) + " of " + ch(MONTHS).capitalize())],
            "balance, minimum payment and due date")
    if s == 5:
        return build("negative", [
            A("the tracking number is " + ch(["1Z", "JD", "RM"]) + "".join(str(R.randint(0, 9)) for _ in range(16)) +
              ", it left the depot at 06:45")],
            "tracking number and time")
    if s == 6:
        return build("negative", [
            C("meter reading is " + say_digits("%06d" % R.randint(0, 999999), pairs=True)),
            A("thanks, I've logged " + str(R.randint(10000, 99999)) + " kilowatt hours on the gas meter, serial number " +
              ch(["E6S", "G4A", "M2L"]) + str(R.randint(10000000, 99999999)))],
            "spoken meter reading and meter serial")
    if s == 7:
        return build("negative", [
            A("you're on flight " + ch(["BA", "EI", "FR", "UA"]) + str(R.randint(100, 9999)) + ", seat " + str(R.randint(1, 40)) + ch("ABCDEF") +
              ", boarding at gate " + str(R.randint(1, 60)) + " at " + ch(["quarter past seven", "19:20", "ten to six"]))],
            "flight, seat, gate and time")
    if s == 8:
        return build("negative", [
            C("the policy number is " + ch(["POL", "HX", "MTR"]) + "-" + str(R.randint(10000000, 99999999)) + " and claim ref " +
              say_digits(str(R.randint(100000000, 999999999)), [3, 3, 3])),
            A("thanks, that claim was opened " + str(R.randint(2, 20)) + " days ago")],
            "policy number and spoken 9-digit claim reference (SSN-shaped)")
    if s == 9:
        return build("negative", [
            A("we're open eight till eight Monday to Friday and nine to five on Saturdays, call back on the " + ordinal(R.randint(1, 28)) +
              " and we'll have it")],
            "opening hours and appointment date")
    if s == 10:
        return build("negative", [
            C("the thermostat is set to " + str(R.randint(16, 24)) + " degrees but it's only " + ch(["fourteen", "twelve point five"]) +
              " in here and my bill's gone up " + str(R.randint(5, 60)) + " percent")],
            "temperatures and percentage")
    if s == 11:
        return build("negative", [
            A("invoice " + "INV" + str(R.randint(100000, 999999)) + "-" + str(R.randint(10, 99)) +
              " for " + str(R.randint(2, 40)) + " items was issued in " + str(R.randint(2019, 2025)))],
            "invoice number, count and year")
    if s == 12:
        return build("negative", [
            C("I'm " + pair_words(str(R.randint(21, 89)).replace("0", "1")) + " years old and I've been on hold for forty minutes"),
            A("sorry about that, we've had " + str(R.randint(200, 900)) + " calls this morning")],
            "age, duration and count")
    if s == 13:
        return build("negative", [
            C("the router model is " + ch(["TP", "HG", "VX"]) + "-" + str(R.randint(1000, 9999)) + " serial " +
              "".join(str(R.randint(0, 9)) for _ in range(12)))],
            "model and 12-digit serial number")
    if s == 14:
        return build("negative", [
            A("your ticket number is " + say_digits(str(R.randint(10 ** 7, 10 ** 8 - 1)), [4, 4], zero="zero") + ", double check that's logged")],
            "spoken 8-digit ticket number (account-shaped)")
    if s == 15:
        return build("negative", [
            C("the roadworks on " + ch(STREETS) + " have blocked the van, can you redeliver on " + ch(["Tuesday", "the 21st", "12/03"])),
            A("yes, between 10am and 2pm")],
            "road name without house number, delivery date, time window")
    if s == 16:
        return build("negative", [
            A("the contract started on " + "%02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2015, 2025)) +
              " and runs for 24 months at " + str(R.randint(10, 80)) + " pounds a month")],
            "contract date (not DOB), duration and price")
    if s == 17:
        return build("negative", [
            C("room " + str(R.randint(100, 999)) + ", checking out on the " + ordinal(R.randint(1, 28)) + ", booking ref " +
              "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + "".join(ch("0123456789") for _ in range(6)))],
            "room number, date and booking reference (NI-shaped)")
    if s == 18:
        v = "".join(str(R.randint(0, 9)) for _ in range(6))
        return build("negative", [
            A("your one-time passcode ... no sorry, your case number is " + v[:2] + "-" + v[2:4] + "-" + v[4:] + " ok?")],
            "case number formatted like a sort code")
    if s == 19:
        return build("negative", [
            C("it costs " + hundred_words(str(R.randint(101, 999)).replace("0", "5")) + " pounds and I paid it in " + say_year(R.randint(1995, 2024)))],
            "spoken price with hundreds and spoken year")
    if s == 20:
        return build("negative", [
            A("order " + "#" + str(R.randint(10 ** 12, 10 ** 13 - 1)) + " shipped, the parcel weighs 2.4 kg and it's 1 of 3 boxes")],
            "13-digit order number, weight, count")
    if s == 21:
        return build("negative", [
            C("the reference on the letter is " + say_digits(non_luhn(16), [4, 4, 4, 4], filler=0.3)),
            A(ch(BACKCH)),
            C("and it says I owe " + ch(["three hundred and twelve", "ninety nine", "two thousand"]) + " pounds")],
            "spoken 16-digit reference with fillers, amount")
    if s == 22:
        return build("negative", [
            A("the account was opened in " + str(R.randint(1990, 2024)) + " and the last payment was on " +
              ch(MONTHS).capitalize() + " " + str(R.randint(1, 28)) + ", " + str(R.randint(2020, 2025)))],
            "years and payment date (not DOB)")
    if s == 23:
        return build("negative", [
            C("the error code on the boiler is F" + str(R.randint(10, 99)) + " and the pressure is 1.5 bar, engineer visit is at 8:30")],
            "error code, pressure reading, time")
    return build("negative", [
        A("your prescription reference is " + str(R.randint(10 ** 9, 10 ** 10 - 1)) + ", collect after 48 hours from pharmacy number " +
          str(R.randint(10, 99)))],
        "10-digit prescription reference (phone-shaped) with label")


# ---------------------------------------------------------------- generate

def generate():
    plan = ([pos_card] * 62 + [pos_ssn] * 24 + [pos_ni] * 26 + [pos_expiry_cvv] * 12 +
            [pos_bank] * 20 + [pos_iban] * 12 + [pos_phone] * 16 + [pos_email] * 12 +
            [pos_dob] * 14 + [pos_address] * 16)
    R.shuffle(plan)
    cases = []
    for k, fn in enumerate(plan, 1):
        c = fn(k)
        cases.append(dict([("id", "h322-pos-%03d" % k)] + list(c.items())))
    for k in range(1, 126):
        c = neg(k - 1)
        cases.append(dict([("id", "h322-neg-%03d" % k)] + list(c.items())))
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# ---------------------------------------------------------------- checking

WORDNUM = {w: i for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": 0, "o": 0, "nought": 0})
TEENNUM = {w: 10 + i for i, w in enumerate(TEENS)}
TENNUM = {w: i for i, w in enumerate(TENS) if w}
ORDNUM = {w: i for i, w in enumerate(ORD) if w}
ORDNUM["thirtieth"] = 30
NATO_REV = {v: k.upper() for k, v in NATO.items()}
IGNORE = set(FILLERS) | {"no", "wait", "start", "again", "let", "me", "slash",
                         "capital", "the", "of", "plus"}


def normalise(text, letters=False):
    """Spoken/typed value -> string of digits (and upper-case letters)."""
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t == "sorry":
            out = []
        elif t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nxt in WORDNUM:
            out.append(str(WORDNUM[nxt]) * (2 if t == "double" else 3))
            i += 1
        elif t in WORDNUM and nxt == "hundred":
            v = WORDNUM[t] * 100
            i += 1
            if i + 2 < len(toks) + 1 and i + 1 < len(toks) and toks[i + 1] == "and":
                i += 2
                u = toks[i]
                if u in TEENNUM:
                    v += TEENNUM[u]
                elif u in TENNUM:
                    v += TENNUM[u] * 10
                    if i + 1 < len(toks) and toks[i + 1] in WORDNUM and WORDNUM[toks[i + 1]] > 0 \
                            and toks[i + 1] not in ("oh", "o", "nought"):
                        v += WORDNUM[toks[i + 1]]
                        i += 1
                else:
                    v += WORDNUM[u]
            out.append("%03d" % v)
        elif t in WORDNUM and nxt == "thousand":
            v = WORDNUM[t] * 1000
            i += 1
            if i + 1 < len(toks) and toks[i + 1] == "and":
                i += 2
                v += WORDNUM[toks[i]]
            out.append("%04d" % v)
        elif t in WORDNUM:
            if letters and t == "o" and nxt in ("for", "as"):
                out.append("O")
                i += 3 if nxt == "for" else 4
                continue
            out.append(str(WORDNUM[t]))
        elif t in TEENNUM:
            out.append(str(TEENNUM[t]))
        elif t in TENNUM:
            if nxt in WORDNUM and nxt not in ("zero", "oh", "o", "nought"):
                out.append(str(TENNUM[t] * 10 + WORDNUM[nxt]))
                i += 1
            elif nxt in ORDNUM and ORDNUM[nxt] < 10:
                out.append(str(TENNUM[t] * 10 + ORDNUM[nxt]))
                i += 1
            else:
                out.append(str(TENNUM[t] * 10))
        elif t in ORDNUM:
            out.append("%02d" % ORDNUM[t])
        elif t in IGNORE:
            pass
        elif letters and t in NATO_REV:
            out.append(NATO_REV[t])
        elif letters and len(t) <= 4 and nxt in ("for", "as"):
            out.append(t.upper())
            i += 3 if nxt == "for" else 4
            continue
        elif letters:
            out.append(t.upper())
        elif t in MONTHS or t[:3] in [m[:3] for m in MONTHS]:
            out.append("M%02d" % ([m[:3] for m in MONTHS].index(t[:3]) + 1))
        else:
            raise ValueError("unexpected token %r in %r" % (t, text))
        i += 1
    return "".join(out)


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")
STREET_WORDS = ("road", "street", "avenue", "lane", "kingsway", "close", "terrace",
                "drive", "crescent", "place", "walk", "grove", "court", "way")


def spoken_email(text):
    t = text.lower()
    if EMAIL_RE.match(t):
        return t
    toks = re.findall(r"[a-z]+|\d+", t)
    out = ""
    i = 0
    while i < len(toks):
        w = toks[i]
        if w == "dot":
            out += "."
        elif w == "at":
            out += "@"
        elif w == "underscore":
            out += "_"
        elif w in TENNUM:
            n = TENNUM[w] * 10
            if i + 1 < len(toks) and toks[i + 1] in WORDNUM:
                n += WORDNUM[toks[i + 1]]
                i += 1
            out += str(n)
        elif w in WORDNUM and w not in ("o", "oh"):
            out += str(WORDNUM[w])
        elif w in TEENNUM:
            out += str(TEENNUM[w])
        elif w in FILLERS:
            pass
        else:
            out += w
        i += 1
    return out


def valid_value(typ, text):
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(spoken_email(text)))
    if typ == "ADDRESS":
        low = text.lower()
        has_num = bool(re.search(r"\d", low)) or any(w in WORDNUM or w in TENNUM or w in TEENNUM
                                                     for w in re.findall(r"[a-z]+", low))
        return has_num and low.split()[-1] in STREET_WORDS
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    n = normalise(text, letters=letters)
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(n))
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 8 <= len(n) <= 12
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        return n.isdigit() and 10 <= len(n) <= 15
    if typ == "POSTCODE":
        return bool(UK_PC_RE.match(n)) or (n.isdigit() and len(n) in (5, 9))
    if typ == "EXPIRY":
        m = re.match(r"^M(\d\d)(\d{2,4})$", n)
        if m:
            return 1 <= int(m.group(1)) <= 12 and len(m.group(2)) in (2, 4)
        if n.isdigit() and len(n) == 3:
            return n[0] != "0"
        return n.isdigit() and len(n) in (4, 6) and 1 <= int(n[:2]) <= 12
    if typ == "DOB":
        m = re.match(r"^(\d\d)?M(\d\d)(\d\d)?(\d{4})$", n)
        if m:
            day = m.group(1) or m.group(3)
            return day is not None and 1 <= int(day) <= 31
        if re.match(r"^\d{8}$", n):
            return 1 <= int(n[2:4]) <= 12 or 1 <= int(n[4:6]) <= 12
        return bool(re.match(r"^\d{6}$", n)) and 1 <= int(n[2:4]) <= 12
    return False


def check(data):
    errs = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for ln, line in enumerate(data.splitlines(), 1):
        c = json.loads(line)
        if c["id"] in ids:
            errs.append("dup id " + c["id"])
        ids.add(c["id"])
        if c["kind"] == "positive":
            npos += 1
            if not c["spans"]:
                errs.append(c["id"] + ": positive without spans")
        else:
            nneg += 1
            if c["spans"]:
                errs.append(c["id"] + ": negative with spans")
        for t in c["turns"]:
            assert t["speaker"] in ("customer", "agent")
        prev = {}
        groups = {}
        for s in c["spans"]:
            counts[s["type"]] += 1
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append(c["id"] + ": offsets out of range")
                continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum()):
                errs.append(c["id"] + ": span edge not alnum %r" % txt[a:b])
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append(c["id"] + ": span not on word boundary %r" % txt[a:b])
            if s["turn"] in prev and a < prev[s["turn"]]:
                errs.append(c["id"] + ": overlapping/unsorted spans")
            prev[s["turn"]] = b
            groups.setdefault(s["type"], []).append(txt[a:b])
        # Greedy grouping: consecutive spans of one type are joined until
        # they form a valid value (handles values split over turns/asides).
        for typ, parts in groups.items():
            acc = []
            for part in parts:
                acc.append(part)
                if valid_value(typ, " ".join(acc)):
                    acc = []
            if acc:
                errs.append(c["id"] + ": invalid %s value %r" % (typ, " | ".join(acc)))
    return errs, counts, npos, nneg


def main():
    data = generate()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            disk = f.read()
        errs = []
        if disk != data:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
        e, counts, npos, nneg = check(disk)
        errs += e
        if npos < 200 or nneg < 100:
            errs.append("too few cases: %d pos %d neg" % (npos, nneg))
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in TYPES:
            if counts[t] < need.get(t, 10):
                errs.append("too few %s spans: %d" % (t, counts[t]))
        for x in errs[:50]:
            print("ERROR:", x)
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print("wrote", OUT)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h256.

Written by an AI helper acting as an independent author (did not see the
redaction code).  Standard library only.  Deterministic (seed 256241126).

    python scripts/make_pii_holdout256.py          # write fixture + README
    python scripts/make_pii_holdout256.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 256241126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout256")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

rng = random.Random(SEED)

DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu", "o": "oscar", "i": "india"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second",
       23: "twenty third", 24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}


def digs(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def two(n):
    """0..99 as words (pair reading)."""
    if n < 10:
        return "oh " + DW[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + DW[u])


def say_digits(s, style=None):
    """Spoken digit string: zero variants, double/triple, pairs."""
    style = style or rng.choice(["plain", "oh", "double", "pairs", "nought"])
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if style == "pairs" and i + 1 < len(s) and s[i] != "0" and s[i + 1] != "0" and rng.random() < 0.6:
            out.append(two(int(s[i:i + 2])))
            i += 2
            continue
        if style in ("double", "pairs") and i + 2 < len(s) and s[i + 1] == c and s[i + 2] == c:
            out.append("triple " + zw(c, style))
            i += 3
            continue
        if style in ("double", "pairs", "oh") and i + 1 < len(s) and s[i + 1] == c:
            out.append("double " + zw(c, style))
            i += 2
            continue
        out.append(zw(c, style))
        i += 1
    return " ".join(out)


def zw(c, style):
    if c != "0":
        return DW[int(c)]
    if style == "nought":
        return "nought"
    if style in ("oh", "double", "pairs"):
        return rng.choice(["oh", "o", "oh"])
    return "zero"


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


def card():
    kind = rng.choice(["4", "4", "51", "52", "55", "34", "37", "6011", "35"])
    n = 15 if kind in ("34", "37") else 16
    body = kind + digs(n - len(kind) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group_card(c, sep=" "):
    if len(c) == 15:
        return sep.join([c[:4], c[4:10], c[10:]])
    return sep.join(c[i:i + 4] for i in range(0, len(c), 4))


def iban(cc):
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + digs(14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + digs(14)
    elif cc == "DE":
        bban = digs(18)
    elif cc == "FR":
        bban = digs(23)
    else:
        bban = digs(20)
    conv = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(conv) % 97
    return cc + "%02d" % chk + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return p + digs(6) + rng.choice("ABCD")


def ssn():
    a = rng.randrange(1, 900)
    while a == 666:
        a = rng.randrange(1, 900)
    return "%03d%02d%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


FIRST = ["john", "sarah", "aoife", "liam", "priya", "marek", "chloe", "dev", "niamh", "tom",
         "grace", "oisin", "fatima", "kevin", "lucy", "raj", "emma", "sean", "hannah", "luca"]
LAST = ["murphy", "smith", "kowalski", "patel", "obrien", "jones", "walsh", "nguyen",
        "garcia", "byrne", "taylor", "brennan", "evans", "reilly", "schmidt", "rossi"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "eircom.net", "icloud.com",
           "btinternet.com", "gmx.de", "aol.com"]
UK_PC = ["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 3HN", "EH1 2NG",
         "BT7 1NN", "G12 8QQ", "CF10 3AT", "NE1 4ST", "BS8 1TH", "L17 6AU", "EC1A 1BB",
         "W1A 0AX", "OX4 2JY", "PL4 8AA", "SE15 5DQ"]
STREETS = ["Station Road", "High Street", "Church Lane", "Maple Avenue", "Elm Drive",
           "Park Road", "Oak Street", "Queens Crescent", "Mill Lane", "Victoria Terrace",
           "Main Street", "Sunset Boulevard", "Cedar Court", "Willow Way"]
US_ST = ["Oak Street", "Maple Avenue", "Pine Drive", "Lincoln Blvd", "Elm St", "Washington Ave",
         "Lakeview Road", "Cedar Lane"]


def email():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    user = rng.choice([f + "." + l, f[0] + l, f + l + digs(2), l + "_" + f, f + "." + l + digs(2)])
    return user + "@" + rng.choice(DOMAINS)


def say_email(e):
    user, dom = e.split("@")
    parts = []
    for tok in re.split(r"([._])", user):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok.isdigit():
            parts.append(say_digits(tok, "plain"))
        elif len(tok) <= 2:
            parts.append(" ".join(tok))
        else:
            parts.append(tok)
    d = dom.replace(".", " dot ")
    return " ".join(parts) + " at " + d


def uk_mobile():
    return "07" + rng.choice(["7", "8", "9", "4"]) + digs(8)


def us_phone():
    return str(rng.randrange(2, 10)) + digs(2) + str(rng.randrange(2, 10)) + digs(6)


def say_pc(pc):
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(zw(ch, "oh") if ch == "0" else DW[int(ch)])
        else:
            lo = ch.lower()
            out.append(lo if (rng.random() < 0.6 and lo not in "oi") or lo not in NATO else lo + " for " + NATO[lo])
    return " ".join(out)


def say_letters(s):
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in NATO and (rng.random() < 0.35 or lo in "oi"):
            out.append(lo + " for " + NATO[lo])
        else:
            out.append(lo)
    return " ".join(out)


def say_ni(v, grouping=True):
    return (say_letters(v[:2]) + " " + say_digits(v[2:8], rng.choice(["plain", "oh", "double", "pairs"]))
            + " " + say_letters(v[8]))


def dob_date():
    return rng.randrange(1940, 2004), rng.randrange(1, 13), rng.randrange(1, 29)


def say_year(y):
    if y >= 2000:
        return "two thousand and " + DW[y - 2000] if y < 2010 else "two thousand " + two(y - 2000)
    return two(y // 100) + " " + two(y % 100)


FILL = ["um", "uh", "erm", "so", "like"]


# ---------------------------------------------------------------- builder
class Case:
    def __init__(self, note):
        self.turns = []
        self.spans = []
        self.note = note

    def t(self, speaker, *segs):
        text = ""
        idx = len(self.turns)
        for s in segs:
            if isinstance(s, tuple):
                val, typ = s
                self.spans.append({"turn": idx, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


POS = []
NEG = []


def pos(fn):
    POS.append(fn)
    return fn


def neg(fn):
    NEG.append(fn)
    return fn


def amount_words():
    n = rng.randrange(11, 990)
    h, r = divmod(n, 100)
    w = ""
    if h:
        w = DW[h] + " hundred"
        if r:
            w += " and "
    if r:
        w += two(r).replace("oh ", "")
    return n, w


# ---------------------------------------------------------------- positives
@pos
def p_card_call_one_turn():
    c = card()
    x = Case("call/%s: card read digit by digit in one turn" % rng.choice(["telecom", "retail", "utilities"]))
    x.a("okay can i take the long number on the card please")
    x.c("yeah it's ", (say_digits(c), "CARD_NUMBER"), rng.choice(["", " um", " and that's it"]))
    return x


@pos
def p_card_split():
    c = card()
    groups = [c[i:i + 4] for i in range(0, len(c), 4)]
    x = Case("call/%s: card split across customer turns with back-channels and filler" % rng.choice(["insurance", "banking", "travel"]))
    x.a("go ahead with the card number whenever you're ready")
    for i, g in enumerate(groups):
        lead = rng.choice(["", "", "right ", "okay "]) if i == 0 else rng.choice(["", "", "then "])
        x.c(lead, (say_digits(g), "CARD_NUMBER"), rng.choice(["", " um", ""]))
        if i < len(groups) - 1:
            x.a(rng.choice(["mhm", "okay go on", "yep", "uh huh", "got that"]))
    x.a("lovely and that's a balance of ", "%d" % rng.randrange(20, 400), " pounds today")
    return x


@pos
def p_card_chat():
    c = card()
    sep = rng.choice([" ", "-", "", " "])
    v = group_card(c, sep)
    x = Case("chat/retail: card typed with '%s' separators next to an order number" % (sep or "no"))
    on = digs(8)
    x.c("hi my order ", on, " failed, pls try card ", (v, "CARD_NUMBER"), " thx")
    x.a("Thanks, I'll retry the payment of \u00a3%d.%02d now." % (rng.randrange(5, 300), rng.randrange(100)))
    return x


@pos
def p_card_exp_cvv_call():
    c = card()
    m, y = rng.randrange(1, 13), rng.randrange(26, 32)
    cvv = digs(4 if len(c) == 15 else 3)
    x = Case("call/telecom: card, expiry as 'oh four twenty eight', cvv said after agent prompt")
    x.a("and the card number")
    x.c((say_digits(c, "pairs"), "CARD_NUMBER"))
    x.a("thank you expiry date")
    x.c("expires ", (("oh " + DW[m] if m < 10 else two(m)) + " " + two(y), "EXPIRY"))
    x.a("and the three or four digits on the back")
    x.c((say_digits(cvv, "plain"), "CVV"))
    return x


@pos
def p_card_exp_cvv_chat():
    c = card()
    m, y = rng.randrange(1, 13), rng.randrange(26, 32)
    cvv = digs(4 if len(c) == 15 else 3)
    exp = rng.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d-%02d" % (m, y)])
    x = Case("chat/travel: card, expiry and cvv typed in one message with booking ref")
    x.c("card ", (group_card(c), "CARD_NUMBER"), " exp ", (exp, "EXPIRY"), " cvv ", (cvv, "CVV"),
        " for booking ref ", rng.choice("ABCDEFGHJK") + rng.choice("LMNPQRSTUV") + digs(4))
    return x


@pos
def p_card_correction():
    c = card()
    wrong = c[:6] + str((int(c[6]) + 3) % 10)
    x = Case("call/utilities: customer self-corrects mid card, then rereads whole card; whole readings labelled")
    x.a("what's the card number")
    x.c("four wait no sorry let me start again")
    x.c((say_digits(c, "oh"), "CARD_NUMBER"))
    x.a("thank you i'll read that back ", (say_digits(c, "plain"), "CARD_NUMBER"), " is that right")
    x.c("yes that's correct")
    return x


@pos
def p_card_readback_lastfour():
    c = card()
    x = Case("call/banking: agent reads back card then mentions only last four (unlabelled)")
    x.c("the card is ", (say_digits(c, "double"), "CARD_NUMBER"))
    x.a("okay so that's the card ending ", say_digits(c[-4:], "plain"), " and the payment is ", amount_words()[1], " euro")
    return x


@pos
def p_ssn_call():
    s = ssn()
    x = Case("call/healthcare billing: SSN spoken in 3-2-4 groups with filler")
    x.a("for verification can i get your social security number")
    x.c("sure it's ", (say_digits(s[:3]) + " " + rng.choice(FILL) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:]), "SSN"))
    x.a("thank you your balance is ", str(rng.randrange(50, 900)), " dollars")
    return x


@pos
def p_ssn_chat():
    s = ssn()
    v = rng.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s])
    x = Case("chat/insurance: SSN typed, claim number also present (unlabelled)")
    x.c("my claim # is ", digs(9), " and ssn ", (v, "SSN"), " can u check status")
    return x


@pos
def p_ssn_split():
    s = ssn()
    x = Case("call/government services: SSN split over turns, agent back-channels")
    x.a("and your social please")
    x.c((say_digits(s[:3], "oh"), "SSN"))
    x.a("mhm")
    x.c((say_digits(s[3:5], "oh"), "SSN"))
    x.a("okay")
    x.c((say_digits(s[5:], "oh"), "SSN"), " sorry my phone is cutting out")
    return x


@pos
def p_ssn_last_and_full():
    s = ssn()
    x = Case("call/banking: SSN with double/triple words, read back by agent")
    x.a("what's your social security number")
    x.c((say_digits(s, "double"), "SSN"))
    x.a("so ", (say_digits(s, "plain"), "SSN"), " correct")
    x.c("yes")
    return x


@pos
def p_ni_call():
    v = ni()
    x = Case("call/government services: NI number with phonetic letters")
    x.a("can i take your national insurance number")
    x.c("yeah it's ", (say_ni(v), "NI_NUMBER"))
    return x


@pos
def p_ni_chat():
    v = ni()
    f = rng.choice([v[:2] + " " + v[2:4] + " " + v[4:6] + " " + v[6:8] + " " + v[8], v, v.lower(),
                    v[:2] + v[2:8] + " " + v[8], v[:2] + "-" + v[2:4] + "-" + v[4:6] + "-" + v[6:8] + "-" + v[8]])
    x = Case("chat/government services: NI number typed with varied case/spacing")
    x.c("Hi, NI no. is ", (f, "NI_NUMBER"), " - ref for my claim is ", digs(7))
    return x


@pos
def p_ni_split():
    v = ni()
    x = Case("call/government services: NI letters and digits in separate turns")
    x.a("national insurance number please")
    x.c("okay ", (say_letters(v[:2]), "NI_NUMBER"))
    x.a("yep")
    x.c((say_digits(v[2:8], "pairs"), "NI_NUMBER"))
    x.a("and the last letter")
    x.c((say_letters(v[8]), "NI_NUMBER"), " i think yeah")
    return x


@pos
def p_ni_with_dob():
    v = ni()
    y, m, d = dob_date()
    x = Case("call/insurance: NI number then date of birth in the same turn")
    x.a("i need your NI number and date of birth")
    x.c("it's ", (say_ni(v), "NI_NUMBER"), " and i was born ", ("the " + ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y), "DOB"))
    return x


@pos
def p_bank_uk_call():
    sc, acc = digs(6), digs(8)
    x = Case("call/banking: sort code as pairs and account number digits")
    x.a("what's the sort code")
    x.c((two(int(sc[:2])) + " " + two(int(sc[2:4])) + " " + two(int(sc[4:])), "SORT_CODE"))
    x.a("and the account number")
    x.c((say_digits(acc), "BANK_ACCOUNT"))
    return x


@pos
def p_bank_uk_chat():
    sc, acc = digs(6), digs(8)
    x = Case("chat/utilities: direct debit details typed, with amount and date")
    x.c("pls set up DD for \u00a3%d on the %s. sort code " % (rng.randrange(20, 90), rng.choice(["1st", "15th", "28th"])),
        (rng.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]]), "SORT_CODE"),
        " acc no ", (acc, "BANK_ACCOUNT"))
    return x


@pos
def p_bank_us():
    acc = digs(rng.choice([9, 10, 12]))
    x = Case("call/banking US: checking account number spoken, routing context avoided")
    x.a("and the account number for the checking account")
    x.c("it's ", (say_digits(acc, "oh"), "BANK_ACCOUNT"), " " + rng.choice(["", "i believe"]).strip())
    return x


@pos
def p_iban_chat():
    cc = rng.choice(["GB", "IE", "DE", "FR", "NL"])
    if cc == "NL":
        cc = "IE"
    v = iban(cc)
    f = rng.choice([" ".join(v[i:i + 4] for i in range(0, len(v), 4)), v, v.lower()])
    x = Case("chat/travel EU: IBAN typed for refund, refund amount nearby")
    x.c("refund of EUR %d,%02d to IBAN " % (rng.randrange(30, 800), rng.randrange(100)), (f, "IBAN"), " please")
    return x


@pos
def p_iban_call():
    v = iban(rng.choice(["IE", "GB", "DE"]))
    sp = say_letters(v[:2]) + " " + say_digits(v[2:4], "plain")
    rest = v[4:]
    parts = []
    for ch in rest:
        parts.append(DW[int(ch)] if ch.isdigit() else say_letters(ch))
    x = Case("call/banking Ireland: IBAN spelled out letter by letter and digit by digit")
    x.a("can you read me the iban")
    x.c((sp + " " + " ".join(parts), "IBAN"))
    return x


@pos
def p_phone_uk_call():
    p = uk_mobile()
    x = Case("call/telecom UK: mobile number with double/triple and 'oh'")
    x.a("best number to reach you on")
    x.c("it's ", (say_digits(p, rng.choice(["oh", "double", "pairs"])), "PHONE"))
    return x


@pos
def p_phone_intl_chat():
    p = uk_mobile()
    f = rng.choice(["+44 " + p[1:5] + " " + p[5:], "+44 (0)" + p[1:5] + " " + p[5:], "0044" + p[1:], p[:5] + " " + p[5:8] + " " + p[8:]])
    x = Case("chat/retail UK: mobile in international/national form, delivery slot time nearby")
    x.c("call me on ", (f, "PHONE"), " between 2 and 4pm")
    return x


@pos
def p_phone_us():
    p = us_phone()
    f = rng.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:]),
                    "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), "1-%s-%s-%s" % (p[:3], p[3:6], p[6:])])
    x = Case("chat/insurance US: US phone number typed, policy number nearby")
    x.c("policy ", digs(8), " - my cell is ", (f, "PHONE"))
    return x


@pos
def p_phone_us_call():
    p = us_phone()
    x = Case("call/healthcare billing US: phone spoken area code then number, split turns")
    x.a("and a callback number")
    x.c((say_digits(p[:3], "oh"), "PHONE"))
    x.a("okay")
    x.c((say_digits(p[3:], "oh"), "PHONE"))
    return x


@pos
def p_phone_ie():
    p = "08" + rng.choice("35679") + digs(7)
    x = Case("call/utilities Ireland: irish mobile with 'oh' and 'double'")
    x.a("grand and a contact number")
    x.c((say_digits(p, "double"), "PHONE"), " that's my mobile")
    return x


@pos
def p_email_call():
    e = email()
    x = Case("call/retail: email dictated with 'dot' and 'at'")
    x.a("and your email address")
    x.c("yeah it's ", (say_email(e), "EMAIL"))
    return x


@pos
def p_email_chat():
    e = email()
    if rng.random() < 0.3:
        e = e.upper() if rng.random() < 0.5 else e.capitalize()
    x = Case("chat/telecom: email typed in a message with a ticket number")
    x.c("ticket ", digs(7), " - send the bill to ", (e, "EMAIL"), " pls")
    return x


@pos
def p_email_obfusc():
    e = email()
    u, d = e.split("@")
    f = u + rng.choice([" at ", " (at) ", " [at] "]) + d.replace(".", rng.choice([" dot ", "."]))
    x = Case("chat/banking: email written with 'at'/'dot' words to dodge filters")
    x.c("my email is ", (f, "EMAIL"))
    return x


@pos
def p_dob_call():
    y, m, d = dob_date()
    forms = [ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y),
             MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y),
             say_digits("%02d" % d, "oh") + " " + say_digits("%02d" % m, "oh") + " " + say_year(y)]
    x = Case("call/insurance: date of birth spoken, next to appointment date (unlabelled)")
    x.a("can you confirm your date of birth")
    x.c("yeah ", (rng.choice(forms), "DOB"))
    x.a("thanks and the appointment's on the ", ORD[rng.randrange(1, 28)], " of ", rng.choice(MONTHS))
    return x


@pos
def p_dob_chat():
    y, m, d = dob_date()
    f = rng.choice(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1][:3].title(), y),
                    "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%d.%d.%d" % (d, m, y)])
    x = Case("chat/healthcare billing: DOB typed, payment date and amount also present")
    x.c("DOB ", (f, "DOB"), ", I paid $%d on %s %d but it's not showing" % (rng.randrange(20, 500), MONTHS[rng.randrange(12)].title(), rng.randrange(1, 28)))
    return x


@pos
def p_postcode_uk_call():
    pc = rng.choice(UK_PC)
    x = Case("call/utilities UK: postcode spelled with some phonetic letters")
    x.a("and the postcode")
    x.c((say_pc(pc), "POSTCODE"))
    return x


@pos
def p_address_uk():
    pc = rng.choice(UK_PC)
    n = rng.randrange(1, 200)
    st = rng.choice(STREETS)
    x = Case("chat/retail UK: delivery address line and postcode typed")
    x.c("deliver to ", ("%d %s" % (n, st), "ADDRESS"), ", ", rng.choice(["Leeds", "Bristol", "Cardiff", "Glasgow"]), " ",
        (rng.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE"), " - order qty %d" % rng.randrange(2, 9))
    return x


@pos
def p_address_call():
    n = rng.randrange(1, 99)
    st = rng.choice(STREETS).lower()
    pc = rng.choice(UK_PC)
    x = Case("call/insurance UK: address spoken with number in words, postcode split")
    x.a("first line of the address")
    x.c(("number " + two(n).replace("oh ", "") + " " + st, "ADDRESS"))
    x.a("and postcode")
    out, inw = pc.split(" ")
    x.c((say_pc(out), "POSTCODE"))
    x.a("mhm")
    x.c((say_pc(inw), "POSTCODE"))
    return x


@pos
def p_address_us():
    n = rng.randrange(100, 9999)
    st = rng.choice(US_ST)
    z = "%05d" % rng.randrange(10001, 99950)
    x = Case("chat/telecom US: US street address with ZIP and apartment")
    x.c("new address is ", ("%d %s, Apt %d" % (n, st, rng.randrange(1, 40)), "ADDRESS"), ", ",
        rng.choice(["Austin, TX", "Denver, CO", "Columbus OH"]), " ",
        (rng.choice([z, z + "-" + digs(4)]), "POSTCODE"))
    return x


@pos
def p_zip_call():
    z = "%05d" % rng.randrange(10001, 99950)
    x = Case("call/healthcare billing US: ZIP code spoken digit by digit")
    x.a("what's the zip code on the account")
    x.c("zip is ", (say_digits(z, "oh"), "POSTCODE"))
    return x


@pos
def p_mixed_kyc():
    s = ssn()
    p = us_phone()
    y, m, d = dob_date()
    x = Case("call/banking US: SSN, DOB and phone in quick succession, amounts around")
    x.a("to verify i'll need your social date of birth and phone")
    x.c("social is ", (say_digits(s, "plain"), "SSN"), " birthday ", (MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y), "DOB"))
    x.a("and the phone")
    x.c((say_digits(p, "oh"), "PHONE"), " and i want to dispute a charge of ", amount_words()[1], " dollars")
    return x


@pos
def p_ni_beside_ref():
    v = ni()
    x = Case("call/government services: NI number right after a claim reference spoken digit by digit (ref unlabelled)")
    x.a("have you got a claim reference")
    x.c("yeah claim reference ", say_digits(digs(8), "plain"), " and my national insurance is ", (say_ni(v), "NI_NUMBER"))
    return x


@pos
def p_card_beside_order():
    c = card()
    x = Case("call/retail: card read right after the order number (order unlabelled)")
    x.a("order number first please")
    x.c("order number ", say_digits(digs(9), "plain"))
    x.a("thanks and the card you want to use")
    x.c((say_digits(c, "plain"), "CARD_NUMBER"), " expiry ", (DW[rng.randrange(1, 10)] + " " + two(rng.randrange(26, 31)), "EXPIRY"))
    return x


@pos
def p_ssn_typo_chat():
    s = ssn()
    x = Case("chat/insurance US: SSN typed with dashes right before a policy number (policy unlabelled)")
    x.c("ssn ", (s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN"), " sorry meant to say its for policy ", digs(8))
    return x


@pos
def p_ni_readback():
    v = ni()
    x = Case("call/insurance UK: agent reads back NI with letters as nato words")
    x.c((v[:2].lower() + " " + say_digits(v[2:8], "plain") + " " + v[8].lower(), "NI_NUMBER"))
    x.a("let me read that back ", (" ".join(NATO.get(ch.lower(), ch.lower()) for ch in v[:2]) + " " + say_digits(v[2:8], "pairs") + " " + NATO.get(v[8].lower(), v[8].lower()), "NI_NUMBER"))
    return x


@pos
def p_cvv_after_card_chat():
    c = card()
    cvv = digs(4 if len(c) == 15 else 3)
    x = Case("chat/retail: card in one message, CVV alone in a later message after agent asks, quantity nearby")
    x.c("card is ", (c, "CARD_NUMBER"))
    x.a("Thanks! And the security code on the back?")
    x.c(rng.choice(["", "its ", "cvc "]), (cvv, "CVV"), rng.choice(["", " (for the %d items)" % rng.randrange(2, 6)]))
    return x


@pos
def p_sortcode_dash_call():
    sc, acc = digs(6), digs(8)
    x = Case("call/banking UK: sort code with 'dash', account number self-corrected and read back")
    x.a("sort code and account number please")
    x.c("sort code ", (say_digits(sc[:2], "oh") + " dash " + say_digits(sc[2:4], "oh") + " dash " + say_digits(sc[4:], "oh"), "SORT_CODE"),
        " and account ", (say_digits(acc, "double"), "BANK_ACCOUNT"))
    x.a("so that's sort code ", (two(int(sc[:2])) + " " + two(int(sc[2:4])) + " " + two(int(sc[4:])), "SORT_CODE"), " yep")
    return x


@pos
def p_iban_refund_call():
    v = iban(rng.choice(["IE", "GB"]))
    x = Case("call/insurance Ireland: IBAN split across turns, refund amount in words nearby")
    x.a("we'll refund ", amount_words()[1], " euro what iban should it go to")
    x.c((say_letters(v[:2]) + " " + say_digits(v[2:4], "plain") + " " + say_letters(v[4:8]), "IBAN"))
    x.a("okay go on")
    x.c((say_digits(v[8:14], "plain"), "IBAN"))
    x.a("mhm")
    x.c((say_digits(v[14:], "plain"), "IBAN"))
    return x


@pos
def p_email_spelled_call():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    n = digs(2)
    dom = rng.choice(DOMAINS)
    x = Case("call/utilities: email surname spelled letter by letter, digits and domain in next turn")
    x.a("what email should we send the bill to")
    x.c((f + " dot " + say_letters(l) + " " + say_digits(n, "plain") + " at " + dom.replace(".", " dot "), "EMAIL"))
    x.a("and that's ", (f + " dot " + l + " " + say_digits(n, "plain") + " at " + dom.replace(".", " dot "), "EMAIL"), " yeah")
    return x


@pos
def p_dob_address_call():
    y, m, d = dob_date()
    n = rng.randrange(2, 99)
    st = rng.choice(STREETS).lower()
    pc = rng.choice(UK_PC)
    x = Case("call/telecom UK: DOB with slash-free numeric reading, then flat address and postcode in one turn")
    x.a("date of birth and the address on the account")
    x.c("born ", (say_digits("%02d" % d, "oh") + " " + say_digits("%02d" % m, "oh") + " " + two(y // 100) + " " + two(y % 100), "DOB"))
    x.a("okay")
    x.c("it's ", ("flat " + DW[rng.randrange(1, 10)] + " " + two(n).replace("oh ", "") + " " + st, "ADDRESS"), " ", (say_pc(pc), "POSTCODE"))
    return x


# ---------------------------------------------------------------- negatives
@neg
def n_order_digits():
    x = Case("call/retail: 10-digit order number read digit by digit with its name")
    x.a("have you got your order number there")
    x.c("yeah order number ", say_digits(digs(10), "plain"))
    x.a("thanks that was dispatched on the ", ORD[rng.randrange(1, 28)], " of ", rng.choice(MONTHS))
    return x


@neg
def n_amount_digits():
    n = rng.randrange(1000, 9999)
    x = Case("call/banking: balance read digit by digit with currency")
    x.a("your balance is ", say_digits(str(n), "plain"), " pounds and ", two(rng.randrange(10, 99)), " pence")
    x.c("okay and the last payment of ", amount_words()[1], " pounds went out on monday")
    return x


@neg
def n_hours():
    x = Case("call/telecom: opening hours that look like digit strings")
    x.a("we're open eight till eight monday to friday and nine to five thirty on saturdays")
    x.c("so eight o'clock to twenty hundred")
    x.a("that's right and sunday ten till four")
    return x


@neg
def n_tracking():
    t = "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(16))
    x = Case("chat/retail: parcel tracking number typed")
    x.c("tracking number %s says delivered at 14:32 but nothing here" % t)
    x.a("Sorry about that, I've raised ticket %s and we'll reply within 48 hours." % digs(8))
    return x


@neg
def n_lastfour():
    x = Case("call/banking: card last four and payment date, no full card")
    x.a("is that the card ending in ", say_digits(digs(4), "plain"))
    x.c("yeah the one ending ", say_digits(digs(4), "oh"), " i paid ", amount_words()[1], " on the ", ORD[rng.randrange(1, 28)])
    return x


@neg
def n_lastfour_chat():
    x = Case("chat/banking: card ending typed with masking")
    x.c("charge on card ending %s for \u00a3%d.%02d on %02d/%02d isn't mine" % (digs(4), rng.randrange(10, 999), rng.randrange(100), rng.randrange(1, 28), rng.randrange(1, 12)))
    x.a("Thanks, card **** **** **** %s is now frozen, case %s." % (digs(4), digs(9)))
    return x


@neg
def n_meter():
    x = Case("call/utilities: meter readings and meter serial number")
    x.a("can you read me the meter")
    x.c("it says ", say_digits(digs(5), rng.choice(["oh", "plain"])), " and the night one is ", say_digits(digs(5), "plain"))
    x.a("and the meter serial on the front")
    x.c("serial number e ", say_digits(digs(7), "plain"), " and it was fitted in ", say_year(rng.randrange(2010, 2024)))
    return x


@neg
def n_meter_chat():
    x = Case("chat/utilities: meter reading and MPRN-like supply ref typed with name")
    x.c("Reading today %s kWh, day %s night %s. Ref %s" % (digs(5), digs(5), digs(5), digs(10)))
    return x


@neg
def n_model_serial():
    x = Case("chat/telecom: router model and serial numbers")
    x.c("router model TG%s, serial %s%s, firmware %d.%d.%d, speeds only %d Mbps" % (
        digs(4), rng.choice(["SN", "CP"]), digs(10), rng.randrange(1, 9), rng.randrange(10), rng.randrange(30), rng.randrange(5, 80)))
    return x


@neg
def n_model_call():
    x = Case("call/retail: appliance model number spoken digit by digit")
    x.a("what's the model number on the washing machine")
    x.c("w m ", say_digits(digs(6), "plain"), " and it's about ", DW[rng.randrange(2, 9)], " years old")
    return x


@neg
def n_appointment():
    x = Case("call/healthcare billing: appointment date and time, not birth date")
    x.a("your appointment is on the ", ORD[rng.randrange(1, 28)], " of ", rng.choice(MONTHS), " ", say_year(rng.randrange(2025, 2028)), " at ", two(rng.randrange(10, 12)).replace("oh ", ""), " fifteen")
    x.c("and the previous one was ", rng.choice(MONTHS), " ", ORD[rng.randrange(1, 28)])
    return x


@neg
def n_contract_dates():
    x = Case("chat/telecom: contract start/end dates and price")
    x.c("my contract started %02d/%02d/%d and ends %02d/%02d/%d, still paying \u00a3%d.%02d a month" % (
        rng.randrange(1, 28), rng.randrange(1, 12), rng.randrange(2020, 2025), rng.randrange(1, 28), rng.randrange(1, 12),
        rng.randrange(2025, 2028), rng.randrange(10, 70), rng.randrange(100)))
    return x


@neg
def n_flight():
    x = Case("call/travel: flight number, seat, gate, times, booking ref")
    x.a("you're on flight e i ", two(rng.randrange(10, 99)).replace("oh ", ""), " ", DW[rng.randrange(1, 10)], " departing at ", two(rng.randrange(10, 23)), " forty")
    x.c("and my booking reference is ", " ".join(rng.choice("abcdefhjkmnpqrstwxyz") for _ in range(6)), " seat ", two(rng.randrange(10, 40)), " c")
    return x


@neg
def n_flight_chat():
    x = Case("chat/travel: flight, hotel room number, booking ref")
    x.c("Flight %s%d lands %02d:%02d, hotel room %d, booking ref %s%s" % (
        rng.choice(["EI", "FR", "BA", "LH"]), rng.randrange(100, 9999), rng.randrange(24), rng.randrange(60),
        rng.randrange(100, 999), rng.choice("ABCDEFG"), digs(6)))
    return x


@neg
def n_invoice():
    x = Case("chat/utilities: invoice and account reference with amounts and percentages")
    x.c("Invoice INV-%s shows \u20ac%d.%02d incl %d%% VAT, due %d %s" % (digs(8), rng.randrange(50, 999), rng.randrange(100), rng.choice([13, 20, 23]), rng.randrange(1, 28), rng.choice(MONTHS).title()))
    return x


@neg
def n_claim_call():
    x = Case("call/insurance: claim number read as pairs with its name")
    x.a("what's the claim number")
    c = digs(8)
    x.c("claim number ", two(int(c[:2])), " ", two(int(c[2:4])), " ", two(int(c[4:6])), " ", two(int(c[6:])))
    x.a("thanks the excess on that is ", amount_words()[1], " pounds")
    return x


@neg
def n_ages_temps():
    x = Case("call/healthcare billing: ages, temperatures, durations")
    x.c("my son is ", DW[rng.randrange(3, 10)], " and he had a temperature of thirty ", DW[rng.randrange(7, 10)], " point ", DW[rng.randrange(10)], " for ", DW[rng.randrange(2, 6)], " days")
    x.a("okay and you waited ", two(rng.randrange(20, 60)), " minutes")
    return x


@neg
def n_years_counts():
    x = Case("call/insurance: years, counts and mileage")
    x.c("i've been with you since ", say_year(rng.randrange(1995, 2015)), " and the car's done ", two(rng.randrange(20, 99)), " thousand miles")
    x.a("and it's a ", say_year(rng.randrange(2010, 2024)), " model with ", DW[rng.randrange(2, 6)], " doors")
    return x


@neg
def n_ticket_long():
    x = Case("chat/telecom: long ticket and case numbers with names")
    x.c("case number %s and ticket %s, I called %d times" % (digs(10), digs(9), rng.randrange(2, 9)))
    x.a("I can see ticket %s opened on %d %s." % (digs(9), rng.randrange(1, 28), rng.choice(MONTHS).title()))
    return x


@neg
def n_speed_data():
    x = Case("call/telecom: speeds, data allowance, prices")
    x.a("the package is ", two(rng.randrange(20, 99)).replace("oh ", ""), " megabits for ", amount_words()[1], " euro with ", DW[rng.randrange(2, 9)], " hundred gigs")
    x.c("and the upload is only ", DW[rng.randrange(2, 9)], " point ", DW[rng.randrange(10)])
    return x


@neg
def n_payment_ref():
    x = Case("call/government services: payment reference spoken digit by digit with its name")
    x.a("the payment reference is ", say_digits(digs(10), "oh"))
    x.c("and how much is it")
    x.a(amount_words()[1], " pounds due by the ", ORD[rng.randrange(1, 28)], " of ", rng.choice(MONTHS))
    return x


@neg
def n_amount_chat():
    x = Case("chat/banking: amounts with thousand separators and a transaction id")
    x.c("transfer of \u00a3%d,%03d.%02d on %02d/%02d, transaction ID %s" % (rng.randrange(1, 99), rng.randrange(1000), rng.randrange(100), rng.randrange(1, 28), rng.randrange(1, 12), digs(10)))
    return x


@neg
def n_queue():
    x = Case("call/utilities: queue position, extension, counts")
    x.a("you're number ", DW[rng.randrange(2, 9)], " in the queue or ask for extension ", say_digits(digs(4), "plain"))
    x.c("i've been on hold ", two(rng.randrange(20, 59)), " minutes and rang ", DW[rng.randrange(2, 9)], " times")
    return x


@neg
def n_store_address():
    x = Case("chat/retail: opening times and store number (no customer address)")
    x.a("Store %d is open %d:00-%d:00 and click & collect orders wait %d days." % (rng.randrange(100, 999), rng.randrange(7, 10), rng.randrange(17, 22), rng.randrange(3, 14)))
    return x


@neg
def n_percent_rates():
    x = Case("call/banking: interest rates, terms, loan amount")
    x.a("the rate is ", DW[rng.randrange(2, 9)], " point ", DW[rng.randrange(10)], " percent over ", two(rng.randrange(12, 60)), " months on ", DW[rng.randrange(2, 9)], " thousand pounds")
    return x


@neg
def n_dob_like_payment():
    x = Case("call/banking: payment date spoken like a date with year, explicitly a payment")
    x.c("the direct debit came out on the ", ORD[rng.randrange(1, 28)], " of ", rng.choice(MONTHS), " ", say_year(rng.randrange(2023, 2027)), " for ", amount_words()[1], " pounds")
    return x


@neg
def n_vehicle():
    x = Case("call/insurance: policy number and vehicle mileage, no PII")
    x.a("policy number please")
    x.c("p o l ", say_digits(digs(8), "plain"))
    x.a("and the annual mileage")
    x.c("about ", DW[rng.randrange(5, 9)], " thousand")
    return x


@neg
def n_hours_chat():
    x = Case("chat/utilities: opening hours written as digit ranges")
    x.a("Our team is available Mon-Fri %d-%d, Sat %d:00-%d:30 and on bank holidays %d-%d." % (
        rng.randrange(7, 10), rng.randrange(18, 21), rng.randrange(8, 11), rng.randrange(13, 18), rng.randrange(9, 11), rng.randrange(14, 17)))
    x.c("ok ill ring back at %d:%02d tomorrow" % (rng.randrange(9, 17), rng.choice([0, 15, 30, 45])))
    return x


@neg
def n_ref_pairs():
    r = digs(8)
    x = Case("call/insurance: 8-digit reference read in pairs with its name, plus excess amount")
    x.a("your reference number is ", " ".join(two(int(r[i:i + 2])) for i in range(0, 8, 2)))
    x.c("got it and the excess is still ", amount_words()[1], " pounds yeah")
    return x


@neg
def n_policy_start_old():
    x = Case("call/insurance: policy start date in the 1990s (not a birth date)")
    x.c("the policy started on the ", ORD[rng.randrange(1, 28)], " of ", rng.choice(MONTHS), " ", say_year(rng.randrange(1990, 2000)),
        " and i've paid ", amount_words()[1], " a year since")
    return x


@neg
def n_room_booking():
    x = Case("call/travel: hotel room number, nights, check-in date, price")
    x.a("that's room ", DW[rng.randrange(1, 9)], " ", two(rng.randrange(10, 40)), " for ", DW[rng.randrange(2, 6)], " nights from the ", ORD[rng.randrange(1, 28)])
    x.c("and it's ", amount_words()[1], " euro per night")
    return x


@neg
def n_sku():
    x = Case("chat/retail: SKU, size, quantity and price")
    x.c("SKU %s size %d qty %d at £%d.99 - order no. %s" % (digs(8), rng.choice([8, 10, 12, 14]), rng.randrange(1, 5), rng.randrange(5, 90), digs(10)))
    return x


@neg
def n_masked_card():
    x = Case("chat/banking: masked card number and reference from a statement")
    x.c("statement shows card %s** **** %s, auth code %s, amount €%d.%02d" % (
        rng.choice(["4", "5"]) + digs(3) + " " + digs(2), digs(4), digs(6), rng.randrange(10, 999), rng.randrange(100)))
    return x


@neg
def n_balance_call():
    x = Case("call/banking: balance and overdraft limit digit-heavy amounts")
    x.a("your available balance is ", DW[rng.randrange(1, 9)], " thousand ", amount_words()[1], " pounds and the overdraft limit is ", DW[rng.randrange(1, 5)], " thousand")
    x.c("and pending is ", amount_words()[1], " pounds ", two(rng.randrange(10, 99)))
    return x


@neg
def n_parcel_call():
    t = digs(10)
    x = Case("call/retail: tracking number read in groups over two turns with its name")
    x.a("have you got the tracking number")
    x.c("tracking number ", say_digits(t[:5], "plain"))
    x.a("mhm")
    x.c(say_digits(t[5:], "plain"), " it said it'd come between ten and two")
    return x


def build():
    cases = []
    # repeat templates until minimums; round-robin
    np_ = 0
    while np_ < 196:
        fn = POS[np_ % len(POS)]
        x = fn()
        np_ += 1
        cases.append(("pos", np_, x))
    nn = 0
    while nn < 112:
        fn = NEG[nn % len(NEG)]
        x = fn()
        nn += 1
        cases.append(("neg", nn, x))
    out = []
    for k, i, x in cases:
        out.append({"id": "h256-%s-%03d" % (k, i), "kind": "positive" if k == "pos" else "negative",
                    "turns": x.turns, "spans": x.spans if k == "pos" else [], "note": x.note})
        if k == "neg":
            assert not x.spans
    return out


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# ---------------------------------------------------------------- validation
WORDNUM = {w: str(i) for i, w in enumerate(DW)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: i for i, w in enumerate(TENS) if w}
FILLERS = set(FILL) | {"sorry", "i", "mean", "and", "then", "the", "number", "for", "dash"}
NATO_REV = {v: k for k, v in NATO.items()}


def norm(text):
    """Normalise typed or spoken value into an alnum string (upper case)."""
    toks = re.findall(r"[A-Za-z0-9\-]+", text.lower())
    out = []
    i = 0
    mult = 1
    while i < len(toks):
        t = toks[i]
        if i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2] in NATO_REV and re.fullmatch(r"[a-z]", t):
            out.append(t)
            i += 3
            mult = 1
            continue
        if t == "for" and i + 1 < len(toks) and toks[i + 1] in NATO_REV:
            i += 2
            continue
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        if t in WORDNUM:
            out.append(WORDNUM[t] * mult)
        elif t in TEENNUM:
            out.append(TEENNUM[t])
        elif t in TENNUM:
            if i + 1 < len(toks) and toks[i + 1] in DW[1:]:
                out.append(str(TENNUM[t]) + WORDNUM[toks[i + 1]])
                i += 1
            else:
                out.append(str(TENNUM[t]) + "0")
        elif t in NATO_REV:
            out.append(NATO_REV[t])
        elif t in FILLERS and not re.fullmatch(r"[a-z]", t):
            pass
        elif re.fullmatch(r"[a-z0-9\-]+", t):
            out.append(t.replace("-", ""))
        mult = 1
        i += 1
    return "".join(out).upper()


UKPC_RE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")


def valid(typ, raw):
    v = norm(raw)
    d = re.sub(r"\D", "", v)
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v))
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "PHONE":
        return v.isdigit() and 10 <= len(v) <= 14
    if typ == "POSTCODE":
        return bool(UKPC_RE.match(v)) or bool(re.fullmatch(r"\d{5}(\d{4})?", v))
    if typ == "EMAIL":
        r = raw.lower()
        return ("@" in r and "." in r) or (" at " in r or "(at)" in r or "[at]" in r)
    if typ == "EXPIRY":
        return 3 <= len(d) <= 6
    if typ == "DOB":
        return bool(re.search(r"\d", raw)) or any(m in raw.lower() for m in MONTHS) or len(d) >= 6
    if typ == "ADDRESS":
        return bool(re.search(r"\d|number|flat", raw.lower()) or d) and len(raw.split()) >= 2
    return False


PARTIAL_OK = {"CARD_NUMBER", "SSN", "NI_NUMBER", "PHONE", "POSTCODE", "IBAN"}


def check_cases(cases):
    problems = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    for c in cases:
        cid = c["id"]
        if cid in ids:
            problems.append("duplicate id " + cid)
        ids.add(cid)
        if c["kind"] == "negative" and c["spans"]:
            problems.append(cid + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(cid + ": positive without spans")
        prev = {}
        pending = {}
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES:
                problems.append(cid + ": bad type " + s["type"])
                continue
            counts[s["type"]] += 1
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append(cid + ": bad turn")
                continue
            text = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                problems.append(cid + ": offsets out of range")
                continue
            if (a > 0 and text[a - 1].isalnum() and text[a].isalnum()) or (b < len(text) and text[b].isalnum() and text[b - 1].isalnum()):
                problems.append(cid + ": span not on word boundary %r" % text[a:b])
            if text[a].isspace() or text[b - 1].isspace():
                problems.append(cid + ": span has outer whitespace")
            if s["turn"] in prev and prev[s["turn"]] > a:
                problems.append(cid + ": overlapping spans")
            prev[s["turn"]] = b
            val = text[a:b]
            t = s["type"]
            if t in pending:
                joined = pending[t] + " " + val
                if valid(t, joined):
                    del pending[t]
                else:
                    pending[t] = joined
            elif valid(t, val):
                pass
            elif t in PARTIAL_OK:
                pending[t] = val
            else:
                problems.append("%s: invalid %s %r" % (cid, t, val))
        for t, v in pending.items():
            problems.append("%s: invalid %s (after joining split parts) %r" % (cid, t, v))
    return problems, counts


def readme(cases, counts):
    npos = sum(1 for c in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    lines = ["# PII hold-out set h256", "",
             "**Never use this set for tuning.** It is a held-out evaluation set; looking at failures and then "
             "changing the redactor to fix them destroys its value.", "",
             "## Who wrote it and how", "",
             "Written by an AI helper acting as an independent author. The author did not see the redaction code, "
             "its tests, its docs or any other PII fixture (only a 3-line format example). Cases are produced by "
             "`scripts/make_pii_holdout256.py` from template functions; each turn is assembled from plain text and "
             "(value, TYPE) segments so offsets are computed, never typed. All values come from one "
             "`random.Random(%d)`; the output is byte-for-byte reproducible. `--check` regenerates and verifies "
             "ids, offsets, word boundaries, overlaps and value validity (Luhn, mod-97, NI format, digit counts, "
             "postcode shapes after normalising spoken forms)." % SEED, "",
             "## Annotation conventions", "",
             "- A span covers the value only: lead-ins such as \"it's\", \"my card is\", \"ssn\", \"exp\" are outside.",
             "- Spoken values include all their number words, including `double`/`triple`, `oh`/`o`/`nought`, "
             "pair readings (\"forty one\") and phonetic spellings (\"b for bravo\"). A filler word *inside* a "
             "reading (e.g. \"um\" between SSN groups) is inside the span.",
             "- Values split across turns are labelled as one span per turn fragment (agent back-channels are not labelled).",
             "- Agent read-backs of a full value are labelled too. Card last-four mentions are not PII and never labelled.",
             "- Self-corrections: only the complete reading is labelled; an aborted start (\"four wait no\") is not.",
             "- ADDRESS = house number + street (and apartment); town/state outside; the postcode/ZIP is a separate POSTCODE span.",
             "- EMAIL spoken forms include the whole \"x dot y at domain dot com\" run.",
             "- EXPIRY/DOB: the date expression only. Appointment, payment and contract dates are never labelled.",
             "- Negatives contain no PII at all: reference/order/claim/ticket/tracking numbers with their names, amounts "
             "read digit by digit, opening hours, model/serial numbers, meter readings, card last four, dates that are "
             "not birth dates, ages, temperatures, speeds, rates.", "",
             "## Counts", "",
             "- positive cases: %d" % npos, "- negative cases: %d" % nneg, "",
             "| type | spans |", "|---|---|"]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, counts[t]))
    lines += ["", "Never use this set for tuning.", ""]
    return "\n".join(lines)


def main():
    cases = build()
    text = render(cases)
    problems, counts = check_cases(cases)
    rd = readme(cases, counts)
    if "--check" in sys.argv:
        for path, want in ((CASES, text), (README, rd)):
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != want:
                        problems.append(path + " differs from regenerated output")
            except OSError:
                problems.append(path + " missing")
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if counts[t] < need:
                problems.append("type %s has %d spans < %d" % (t, counts[t], need))
        npos = sum(1 for c in cases if c["kind"] == "positive")
        if npos < 170 or len(cases) - npos < 100:
            problems.append("too few cases")
        print("cases: %d positive, %d negative" % (npos, len(cases) - npos))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        for p in problems[:50]:
            print("PROBLEM:", p)
        print("check %s (%d problems)" % ("FAILED" if problems else "passed", len(problems)))
        sys.exit(1 if problems else 0)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(rd)
    print("wrote %d cases; %d problems" % (len(cases), len(problems)))
    for p in problems[:30]:
        print("PROBLEM:", p)


if __name__ == "__main__":
    main()

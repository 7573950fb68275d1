#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h244 (independent author).

Usage:
    python scripts/make_pii_holdout244.py          # write fixture + README
    python scripts/make_pii_holdout244.py --check  # regenerate and verify
Standard library only. All values come from one seeded random.Random.
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 244241126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout244")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu", "o": "oscar", "q": "quebec", "u": "uniform",
        "v": "victor", "i": "india"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second",
       23: "twenty third", 24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}


# ---------------------------------------------------------------- value generators
def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


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


def card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "amex", "disc", "visa13", "mc2"])
    pre, n = {"visa": ("4", 16), "visa13": ("4", 13), "mc": ("5" + str(R.randint(1, 5)), 16),
              "mc2": ("22" + str(R.randint(21, 72)), 16), "amex": (R.choice(["34", "37"]), 15),
              "disc": ("6011", 16)}[kind]
    body = pre + digits(n - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_PRE = ["AB", "CE", "JK", "PR", "SN", "TW", "WM", "YL", "NE", "HT", "KR", "ZA", "LP", "ER", "MA"]


def ni():
    return R.choice(NI_PRE) + digits(6) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban(country=None):
    country = country or R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if country in ("GB", "IE"):
        bban = R.choice(["NWBK", "BARC", "AIBK", "BOFI", "LOYD", "MIDL"]) + digits(14)
    elif country == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    elif country == "FR":
        bban = digits(23)
    elif country == "ES":
        bban = digits(20)
    else:
        bban = digits(18)
    return country + iban_check(country, bban) + bban


def mod97_ok(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


US_AREA = ["212", "312", "415", "469", "512", "602", "617", "702", "713", "786", "804", "901",
           "919", "425", "303", "404", "952", "614", "503", "860"]


def us_phone():
    return R.choice(US_AREA) + str(R.randint(2, 9)) + digits(2) + digits(4)


def uk_mobile():
    return "07" + str(R.choice([4, 5, 7, 8, 9])) + digits(8)


UK_OUT = ["SW1A", "M1", "B33", "CR2", "LS6", "EH3", "G12", "BS8", "NW3", "E14", "CF10", "L17",
          "OX4", "BT9", "RG1", "N16"]
INLET = "ABDEFGHJLNPQRSTUWXYZ"


def uk_pc():
    return R.choice(UK_OUT) + " " + str(R.randint(1, 9)) + R.choice(INLET) + R.choice(INLET)


US_ZIPS = ["10027", "60614", "94110", "75204", "78704", "85004", "02139", "89109", "77006",
           "33139", "23220", "38104", "27601", "98052", "80205", "30309", "55401", "43215",
           "97214", "06103", "07030", "01810"]

STREETS = ["Maple", "Oak", "Elm", "Cedar", "Pine", "Lakeview", "Jefferson", "Washington",
           "Franklin", "Highland", "Sunset", "Willow", "Chestnut", "Park", "Ridge", "Walnut"]
SUFFIX = [("Street", "St"), ("Avenue", "Ave"), ("Road", "Rd"), ("Drive", "Dr"), ("Lane", "Ln"),
          ("Boulevard", "Blvd"), ("Court", "Ct"), ("Place", "Pl"), ("Way", "Way")]
UK_STREETS = ["Church Road", "Victoria Street", "Mill Lane", "Station Road", "Kings Avenue",
              "Park Crescent", "Queens Drive", "Orchard Close"]
FIRST = ["john", "maria", "dave", "keisha", "luis", "amy", "tom", "priya", "jamal", "sarah",
         "kevin", "linda", "mike", "rosa", "brian", "nicole"]
LAST = ["smith", "garcia", "nguyen", "johnson", "okafor", "miller", "patel", "brown", "lee",
        "walsh", "murphy", "davis", "kowalski", "reyes"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com",
           "comcast.net", "att.net", "protonmail.com"]


def email_parts():
    f, l = R.choice(FIRST), R.choice(LAST)
    d = R.choice(DOMAINS)
    style = R.randint(0, 3)
    num = str(R.randint(1, 99)) if style in (1, 3) else ""
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + num
    elif style == 2:
        local = f + "_" + l
    else:
        local = l + f[0] + num
    return local, d


def email_typed():
    local, d = email_parts()
    e = local + "@" + d
    return e if R.random() < 0.8 else e.capitalize()


def email_spoken():
    local, d = email_parts()
    out = []
    for piece in [x for x in re.split(r"([._]|\d+)", local) if x]:
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append(R.choice(["underscore", "under score"]))
        elif piece.isdigit():
            out.append(say(piece, doubles=False) if R.random() < 0.4 else pair_words(piece) if len(piece) == 2 else UNITS[int(piece)])
        elif len(piece) == 1:
            out.append(piece)
        else:
            out.append(piece if R.random() < 0.7 else " ".join(piece))
    dom = d.replace(".", " dot ")
    return " ".join(out) + " at " + dom


# ---------------------------------------------------------------- spoken forms
def pair_words(p):
    n = int(p)
    if p[0] == "0":
        return R.choice(["oh", "o"]) + " " + UNITS[n]
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])


def say(ds, zero=None, doubles=True, pairs=False):
    """Spell a digit string as an ASR transcript would write it."""
    zero = zero or R.choice(["zero", "oh", "oh", "o"])
    if pairs and len(ds) % 2 == 0 and "0" not in ds:
        return " ".join(pair_words(ds[i:i + 2]) for i in range(0, len(ds), 2))
    out, i = [], 0
    while i < len(ds):
        ch = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == ch and run < 3:
            run += 1
        w = zero if ch == "0" else UNITS[int(ch)]
        if doubles and run == 3 and R.random() < 0.7:
            out.append("triple " + w)
            i += 3
        elif doubles and run >= 2 and R.random() < 0.7:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def say_letter(ch, nato=None):
    ch = ch.lower()
    if ch == "o":
        nato = True  # a bare "o" would be read as zero
    if nato is None:
        nato = R.random() < 0.35
    return ch + " for " + NATO[ch] if nato else ch


def say_year(y):
    return pair_words(str(y)[:2]) + " " + pair_words(str(y)[2:]) if str(y)[2] != "0" else (
        pair_words(str(y)[:2]) + " oh " + UNITS[int(str(y)[3])])


def groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


def card_groups(c):
    if len(c) == 15:
        return groups(c, [4, 6, 5])
    if len(c) == 13:
        return groups(c, [4, 3, 3, 3])
    return groups(c, [4, 4, 4, 4])


def fmt_card(c):
    sep = R.choice([" ", " ", "-", "", " "])
    return sep.join(card_groups(c))


def fmt_ssn(s):
    st = R.randint(0, 4)
    if st == 0:
        return s[:3] + "-" + s[3:5] + "-" + s[5:]
    if st == 1:
        return s[:3] + " " + s[3:5] + " " + s[5:]
    if st == 2:
        return s
    if st == 3:
        return s[:3] + "." + s[3:5] + "." + s[5:]
    return s[:3] + "-" + s[3:5] + " " + s[5:]


def fmt_us_phone(p):
    st = R.randint(0, 5)
    a, b, c = p[:3], p[3:6], p[6:]
    return ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "1-%s-%s-%s", "%s%s%s"][st] % (a, b, c)


def say_us_phone(p):
    a, b, c = p[:3], p[3:6], p[6:]
    st = R.randint(0, 2)
    if st == 0:
        return say(a) + " " + say(b) + " " + say(c)
    if st == 1:
        return say(a) + " " + say(b) + " " + say(c, pairs=True)
    return R.choice(["one ", "plus one "]) + say(a) + " " + say(b) + " " + say(c)


def fmt_iban(i):
    if R.random() < 0.5:
        return " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    return i


def say_alnum(s):
    out = []
    for ch in s:
        if ch == " ":
            continue
        out.append(say_letter(ch) if ch.isalpha() else (R.choice(["zero", "oh"]) if ch == "0" else UNITS[int(ch)]))
    return " ".join(out)


def say_ni(n):
    return " ".join([say_letter(n[0]), say_letter(n[1]), say(n[2:8], doubles=R.random() < 0.5,
                                                             pairs=R.random() < 0.3),
                     say_letter(n[8])])


def fmt_ni(n):
    st = R.randint(0, 3)
    if st == 0:
        return n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8]
    if st == 1:
        return n
    if st == 2:
        return n.lower()
    return n[:2] + n[2:8] + " " + n[8]


def us_address(spoken=False):
    num = str(R.choice([R.randint(10, 99), R.randint(100, 999), R.randint(1000, 9999)]))
    street = R.choice(STREETS)
    full, ab = R.choice(SUFFIX)
    pre = R.choice(["", "", "North ", "West ", "S ", "East "])
    if spoken:
        if len(num) == 4 and num[2] != "0" and num[0] != "0":
            n = pair_words(num[:2]) + " " + pair_words(num[2:])
        elif len(num) == 3 and R.random() < 0.5:
            n = UNITS[int(num[0])] + " " + pair_words(num[1:]) if num[1] != "0" else say(num)
        elif len(num) == 2:
            n = pair_words(num)
        else:
            n = say(num, doubles=False)
        s = n + " " + pre.lower().replace("s ", "south ") + street.lower() + " " + full.lower()
        if R.random() < 0.3:
            s += " apartment " + say(digits(1) + str(R.randint(1, 9)))
        return s
    s = num + " " + pre + street + " " + R.choice([full, ab, ab + "."]).rstrip()
    if R.random() < 0.3:
        s += R.choice([" Apt ", " Unit ", " #", " Suite "]) + str(R.randint(1, 40)) + R.choice(["", "B", ""])
    return s


# ---------------------------------------------------------------- case assembly
CASE_LIST = []
COUNTER = Counter()


def add(kind, note, turns):
    """turns: list of (speaker, [segments]); segment = str or (value, TYPE)."""
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    if kind == "negative":
        assert not spans
    COUNTER[kind] += 1
    cid = "h244-%s-%03d" % ("pos" if kind == "positive" else "neg", COUNTER[kind])
    CASE_LIST.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})


A, C = "agent", "customer"
FILL = ["", "", "um ", "uh ", "okay ", "yeah ", "so ", "right "]


def f():
    return R.choice(FILL)


# ---------------------------------------------------------------- positive templates
def p_card_call_oneturn():
    c = card()
    sp = say(c, pairs=R.random() < 0.3) if R.random() < 0.5 else " ".join(say(g, pairs=R.random() < 0.4) for g in card_groups(c))
    ind = R.choice(["telecom", "utilities", "retail", "insurance", "travel"])
    add("positive", "call/%s: card read in one turn, spoken digits/pairs/doubles" % ind, [
        (A, ["and what's the long number across the front of the card"]),
        (C, [R.choice(["yeah it's ", "um it's ", "okay ", "sure it's ", "it is uh "]), (sp, "CARD_NUMBER")]),
    ])


def p_card_call_split():
    c = card()
    gs = card_groups(c)
    turns = [(A, ["go ahead with the card number whenever you're ready"])]
    for k, g in enumerate(gs):
        pre = f() if k else R.choice(["okay it's ", "sure ", "", "alright "])
        turns.append((C, [pre, (say(g, pairs=R.random() < 0.3), "CARD_NUMBER")]))
        if k < len(gs) - 1:
            turns.append((A, [R.choice(["mhm", "okay", "yep go on", "uh huh", "got it"])]))
    turns.append((A, ["thank you and the expiration date"]))
    m, y = R.randint(1, 12), R.randint(27, 31)
    exp = say("%02d" % m, doubles=False) + " " + pair_words(str(y)) if R.random() < 0.5 else MONTHS[m - 1] + " twenty " + pair_words(str(y))
    turns.append((C, [f(), (exp, "EXPIRY")]))
    add("positive", "call/%s: card split over turns with back-channels, then expiry" % R.choice(["insurance", "retail", "healthcare billing", "utilities"]), turns)


def p_card_chat():
    c = card()
    m, y = R.randint(1, 12), R.randint(26, 31)
    exp = R.choice(["%02d/%d", "%02d/20%d", "%d/%d", "%02d-%d"]) % (m, y)
    cvv = digits(4 if c.startswith("3") else 3)
    add("positive", "chat/retail: card, expiry and cvv typed in one message", [
        (A, ["Please provide card details to complete the payment of $89.99."]),
        (C, [R.choice(["ok ", "Sure, ", "here u go: ", ""]), R.choice(["card ", "Card no. ", "cc# ", ""]),
             (fmt_card(c), "CARD_NUMBER"), R.choice([" exp ", " , expires ", " exp date ", " "]),
             (exp, "EXPIRY"), R.choice([" cvv ", " security code ", " cvc: ", " code on back "]),
             (cvv, "CVV")]),
    ])


def p_cvv_expiry_call():
    cvv = digits(3)
    m, y = R.randint(1, 12), R.randint(26, 31)
    exp = R.choice([say("%02d" % m, doubles=False) + " " + pair_words(str(y)),
                    MONTHS[m - 1] + " of twenty " + pair_words(str(y)),
                    say("%02d" % m, doubles=False) + " slash " + pair_words(str(y))])
    add("positive", "call/telecom: expiry and cvv in separate turns, cvv said with filler", [
        (A, ["what's the expiry on the card"]),
        (C, [f() + "expires ", (exp, "EXPIRY")]),
        (A, ["and the three digit security code on the back"]),
        (C, [R.choice(["it's ", "um ", "that'd be "]), (say(cvv, doubles=R.random() < 0.5), "CVV")]),
        (A, ["perfect that's going through now for forty two fifty"]),
    ])


def p_ssn_call():
    s = ssn()
    st = R.randint(0, 3)
    if st == 0:
        sp = say(s)
    elif st == 1:
        sp = say(s[:3]) + " " + say(s[3:5]) + " " + say(s[5:])
    elif st == 2:
        sp = say(s[:3]) + " dash " + say(s[3:5]) + " dash " + say(s[5:], pairs=True)
    else:
        sp = say(s[:3]) + " " + pair_words(s[3:5]) + " " + say(s[5:], pairs=True)
    ind = R.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    add("positive", "call/%s: SSN spoken in one turn (%s)" % (ind, ["digits", "groups", "dash words", "pairs"][st]), [
        (A, ["for verification can i get your social security number please"]),
        (C, [f() + R.choice(["yeah sure it's ", "my social is ", "it's ", ""]), (sp, "SSN")]),
        (A, ["thank you one moment"]),
    ])


def p_ssn_split():
    s = ssn()
    add("positive", "call/healthcare billing: SSN split in three turns with back-channels", [
        (A, ["and the patient's social please"]),
        (C, [f(), (say(s[:3]), "SSN")]),
        (A, [R.choice(["mhm", "okay", "yes"])]),
        (C, [(say(s[3:5], doubles=False), "SSN")]),
        (A, [R.choice(["go on", "uh huh", "okay"])]),
        (C, [(say(s[5:], pairs=R.random() < 0.4), "SSN"), R.choice(["", " that's it", " and that's for my son"])]),
    ])


def p_ssn_last4_and_full_chat():
    s = ssn()
    add("positive", "chat/banking: full SSN typed with varied separators, amount nearby", [
        (A, ["To unlock your account I need to verify your identity."]),
        (C, [R.choice(["ssn is ", "SSN: ", "my social security # ", "soc sec "]), (fmt_ssn(s), "SSN"),
             R.choice([" and I was charged $35 overdraft", " pls hurry", "", " thx"])]),
    ])


def p_ssn_correction():
    s = ssn()
    wrong = s[:5] + digits(4)
    add("positive", "call/government services: SSN with self-correction, both readings labelled", [
        (A, ["can you confirm your social security number"]),
        (C, [f() + "it's ", (say(wrong[:3]) + " " + say(wrong[3:5]) + " " + say(wrong[5:]), "SSN"),
             " no sorry i mixed it up it's ", (say(s), "SSN")]),
        (A, ["so that's ", (say(s), "SSN"), " correct"]),
        (C, ["yes"]),
    ])


def p_ni_call():
    n = ni()
    add("positive", "call/UK government services: NI number spoken with letters/NATO", [
        (A, ["can i take your national insurance number"]),
        (C, [f() + R.choice(["yeah it's ", "it is ", ""]), (say_ni(n), "NI_NUMBER")]),
        (A, ["lovely thank you"]),
    ])


def p_ni_split():
    n = ni()
    add("positive", "call/UK banking: NI number split over turns, agent back-channels", [
        (A, ["and your national insurance number please"]),
        (C, [f(), (say_letter(n[0]) + " " + say_letter(n[1]), "NI_NUMBER")]),
        (A, ["mhm"]),
        (C, [(say(n[2:5], doubles=False), "NI_NUMBER")]),
        (A, ["yep"]),
        (C, [(say(n[5:8], doubles=False) + " " + say_letter(n[8]), "NI_NUMBER")]),
    ])


def p_ni_chat():
    n = ni()
    add("positive", "chat/UK insurance: NI number typed with varied spacing/case", [
        (A, ["Could you confirm your National Insurance number?"]),
        (C, [R.choice(["its ", "NI no: ", "ni number ", "Sure - "]), (fmt_ni(n), "NI_NUMBER"),
             R.choice(["", " . ", " thanks", " (claim ref 88123)"])]),
    ])


def p_bank_call_us():
    acct = digits(R.choice([8, 10, 12]))
    routing = digits(9)
    add("positive", "call/US banking: account number spoken; routing number not a target type (unlabelled)", [
        (A, ["what's the checking account number you want the refund sent to"]),
        (C, [f() + "account number is ", (say(acct, pairs=R.random() < 0.4), "BANK_ACCOUNT")]),
        (A, ["and that's with the routing you gave me earlier"]),
        (C, ["yes"]),
    ])


def p_bank_uk():
    acct = digits(8)
    sc = digits(6)
    if R.random() < 0.5:
        add("positive", "call/UK utilities: sort code and account number read out", [
            (A, ["for the direct debit i'll need your sort code and account number"]),
            (C, [f() + "sort code ", (say(sc[:2], doubles=False) + " " + say(sc[2:4], doubles=False) + " " + say(sc[4:], doubles=False), "SORT_CODE")]),
            (A, ["okay"]),
            (C, ["and the account is ", (say(acct, zero=R.choice(["nought", "oh", "zero"])), "BANK_ACCOUNT")]),
        ])
    else:
        sep = R.choice(["-", " ", ""])
        add("positive", "chat/UK banking: sort code and account typed together", [
            (C, ["hi can you update my dd to sort code ", (sep.join(groups(sc, [2, 2, 2])), "SORT_CODE"),
                 R.choice([" acc ", ", account no ", " a/c "]), (acct, "BANK_ACCOUNT"),
                 " from the 1st of next month"]),
        ])


def p_iban():
    i = iban()
    if R.random() < 0.6:
        add("positive", "chat/EU travel: IBAN typed for refund", [
            (A, ["Where should we send the refund of EUR 240?"]),
            (C, [R.choice(["IBAN ", "my iban is ", "to ", "IBAN: "]), (fmt_iban(i), "IBAN")]),
        ])
    else:
        sp = " ".join(say_letter(ch, nato=False) if ch.isalpha() else UNITS[int(ch)] for ch in i[:4])
        rest = say_alnum(i[4:])
        add("positive", "call/EU banking: IBAN read out, split over two turns", [
            (A, ["and the iban for the transfer"]),
            (C, [f(), (sp + " " + rest[:len(rest) // 2].rsplit(" ", 1)[0], "IBAN")]),
            (A, ["mhm"]),
            (C, [(rest[len(rest[:len(rest) // 2].rsplit(" ", 1)[0]) + 1:], "IBAN")]),
        ])


def p_phone_call():
    p = us_phone()
    add("positive", "call/US telecom: callback number spoken", [
        (A, ["what's the best callback number for you"]),
        (C, [f() + R.choice(["it's ", "you can reach me at ", "cell is "]), (say_us_phone(p), "PHONE"),
             R.choice(["", " after five", " that's my cell"])]),
    ])


def p_phone_chat():
    p = us_phone()
    add("positive", "chat/US retail: phone typed in a common US format", [
        (C, [R.choice(["Pls call me at ", "my number: ", "text me ", "reach me on "]), (fmt_us_phone(p), "PHONE"),
             R.choice([" re order #4471902", " about the 2 TVs", "", " before 6pm"])]),
    ])


def p_phone_uk():
    p = uk_mobile()
    if R.random() < 0.5:
        v = say(p, zero=R.choice(["oh", "o", "zero"]))
        note = "call/UK telecom: mobile read with oh/double"
    else:
        v = R.choice(["+44 %s %s" % (p[1:5], p[5:]), "%s %s" % (p[:5], p[5:]), "+44 (0)%s %s" % (p[1:5], p[5:])])
        note = "chat/UK telecom: mobile typed national/international"
    add("positive", note, [(A, ["what number should we text the code to"]), (C, [f(), (v, "PHONE")])])


def p_email_call():
    e = email_spoken()
    add("positive", "call/US insurance: email spelled out ASR style", [
        (A, ["and what email should the policy documents go to"]),
        (C, [f() + R.choice(["it's ", "email is ", ""]), (e, "EMAIL")]),
        (A, ["great you'll get that within twenty four hours"]),
    ])


def p_email_chat():
    e = email_typed()
    add("positive", "chat/retail: email typed mid-sentence", [
        (C, ["can u send the receipt for the $129.50 order to ", (e, "EMAIL"), R.choice([" thanks", "", " asap", "?"])]),
    ])


def p_dob():
    y = R.randint(1940, 2003)
    m, d = R.randint(1, 12), R.randint(1, 28)
    st = R.randint(0, 4)
    if st == 0:
        v = MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y)
    elif st == 1:
        v = say("%02d" % m, doubles=False) + " " + say("%02d" % d, doubles=False) + " " + say_year(y)
    elif st == 2:
        v = "%02d/%02d/%d" % (m, d, y)
    elif st == 3:
        v = "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y)
    else:
        v = "%d-%02d-%02d" % (y, m, d)
    add("positive", "%s/healthcare billing: date of birth in verification" % ("chat" if st in (2, 4) else "call"), [
        (A, ["can you verify the date of birth on the account"]),
        (C, [f() + R.choice(["it's ", "dob ", "born ", ""]), (v, "DOB"),
             R.choice(["", " and the appointment was march ninth", " for the bill from march ninth"]) if st not in (2, 4) else ""]),
    ])


def p_zip():
    z = R.choice(US_ZIPS)
    plus4 = R.random() < 0.4
    ext = digits(4)
    if R.random() < 0.5:
        v = z + ("-" + ext if plus4 else "")
        add("positive", "chat/US retail: ZIP%s typed" % ("+4" if plus4 else ""), [
            (A, ["What's the billing ZIP code?"]),
            (C, [R.choice(["", "zip ", "its "]), (v, "POSTCODE")]),
        ])
    else:
        v = say(z) + ((" dash " if R.random() < 0.5 else " ") + say(ext) if plus4 else "")
        add("positive", "call/US utilities: ZIP%s spoken" % ("+4" if plus4 else ""), [
            (A, ["and the zip code for the service address"]),
            (C, [f(), (v, "POSTCODE")]),
        ])


def p_us_address_full():
    spoken = R.random() < 0.5
    addr = us_address(spoken)
    z = R.choice(US_ZIPS)
    city = R.choice(["Austin", "Chicago", "Phoenix", "Boston", "Seattle", "Memphis", "Denver"])
    if spoken:
        add("positive", "call/US insurance: street address and ZIP spoken", [
            (A, ["can i get the garaging address for the vehicle"]),
            (C, [f() + "it's ", (addr, "ADDRESS"), " " + city.lower() + " ", (say(z), "POSTCODE")]),
        ])
    else:
        add("positive", "chat/US retail: shipping address typed with ZIP", [
            (C, ["ship to ", (addr, "ADDRESS"), ", " + city + ", " + R.choice(["TX", "IL", "AZ", "MA", "WA"]) + " ", (z, "POSTCODE"),
                 R.choice(["", " pls", ". order 7781203"])]),
        ])


def p_uk_address():
    num = str(R.randint(1, 180))
    st = R.choice(UK_STREETS)
    pc = uk_pc()
    if R.random() < 0.5:
        add("positive", "chat/UK utilities: address and postcode typed", [
            (C, ["moving to ", (num + " " + st, "ADDRESS"), ", ", (pc if R.random() < 0.6 else pc.lower().replace(" ", ""), "POSTCODE"),
                 " on the 14th"]),
        ])
    else:
        add("positive", "call/UK utilities: address and postcode spoken with letters", [
            (A, ["what's the new address"]),
            (C, [f(), (say(num, doubles=False) + " " + st.lower(), "ADDRESS")]),
            (A, ["and the postcode"]),
            (C, [(say_alnum(pc), "POSTCODE")]),
        ])


def p_two_values():
    p = us_phone()
    e = email_spoken()
    add("positive", "call/US telecom: phone and email in one turn with chit-chat", [
        (A, ["can i update your contact details"]),
        (C, ["sure the number is ", (say_us_phone(p), "PHONE"), " and email ", (e, "EMAIL"),
             " sorry the dog's barking"]),
    ])


def p_readback_card():
    c = card("visa")
    add("positive", "call/travel: customer reads card, agent reads it back in groups", [
        (C, ["okay it's ", (say(c), "CARD_NUMBER")]),
        (A, ["let me read that back ", (" ".join(say(g, doubles=False) for g in card_groups(c)), "CARD_NUMBER"), " is that right"]),
        (C, ["yep that's it and it's for the flight on the twelfth"]),
    ])


def p_ssn_dob_combo():
    s = ssn()
    y = R.randint(1950, 1999)
    m, d = R.randint(1, 12), R.randint(1, 28)
    add("positive", "chat/US insurance: SSN and DOB typed in one message with member id unlabelled", [
        (C, ["member id W%s, ssn " % digits(8), (fmt_ssn(s), "SSN"), " dob ", ("%d/%d/%02d" % (m, d, y % 100), "DOB")]),
    ])


def p_ssn_homophone():
    s = ssn()
    sp = say(s).replace("two", "to", 1).replace("four", "for", 1).replace("eight", "ate", 1)
    add("positive", "call/US banking: SSN with ASR homophones (to/for/ate)", [
        (A, ["last thing i need is your social"]),
        (C, [f(), (sp, "SSN")]),
    ])


def p_card_homophone():
    c = card("visa")
    sp = say(c, doubles=False).replace("four", "for", 2).replace("two", "too", 1)
    add("positive", "call/retail: card with ASR homophones (for/too)", [
        (A, ["card number please"]),
        (C, [f() + "it's ", (sp, "CARD_NUMBER")]),
    ])


def p_ssn_last4_chit():
    s = ssn()
    add("positive", "call/US government services: SSN with filler inside the reading", [
        (A, ["social security number"]),
        (C, [(say(s[:3]) + " um " + say(s[3:5]) + " uh " + say(s[5:]), "SSN"), " and i've been on hold forty minutes"]),
    ])


def p_phone_split():
    p = us_phone()
    add("positive", "call/US healthcare billing: phone split over turns starting with 'area code'", [
        (A, ["what's a good number to reach you"]),
        (C, ["area code ", (say(p[:3]), "PHONE")]),
        (A, ["okay"]),
        (C, [(say(p[3:6]), "PHONE")]),
        (A, ["mhm"]),
        (C, [(say(p[6:], pairs=R.random() < 0.5), "PHONE"), " but don't call before nine"]),
    ])


def p_address_oh():
    hn = "%d0%d" % (R.randint(11, 29), R.randint(1, 9))
    street = R.choice(STREETS).lower()
    full = R.choice(SUFFIX)[0].lower()
    z = R.choice(US_ZIPS)
    ext = digits(4)
    add("positive", "call/US utilities: house number said 'twelve oh five', ZIP+4 with dash", [
        (A, ["what's the service address"]),
        (C, [f(), (pair_words(hn[:2]) + " oh " + UNITS[int(hn[3])] + " " + street + " " + full, "ADDRESS")]),
        (A, ["and the zip"]),
        (C, [(say(z) + " dash " + say(ext), "POSTCODE"), " we moved in on the first of the month"]),
    ])


def p_amex_chat_typo():
    c = card("amex")
    add("positive", "chat/travel: amex typed 4-6-5 with typo-ish spacing and cvv 4 digits", [
        (C, ["pls charge the $412 change fee to my amex ", (c[:4] + " " + c[4:10] + "  " + c[10:], "CARD_NUMBER"),
             " cid ", (digits(4), "CVV"), " exp ", ("%02d/%d" % (R.randint(1, 12), R.randint(27, 30)), "EXPIRY")]),
    ])


def n_rx():
    add("negative", "call/US healthcare: prescription, NPI-free refs, dosage and copay", [
        (A, ["can i get the prescription number on the bottle"]),
        (C, ["rx number %s it's the %s milligram one" % (say(digits(7)), R.choice(["twenty", "fifty", "five hundred"]))]),
        (A, ["that refill is ready your copay is %s dollars" % pair_words(str(R.randint(11, 49)))]),
    ])


POS_TEMPLATES = [
    (p_card_call_oneturn, 14), (p_card_call_split, 10), (p_card_chat, 12), (p_cvv_expiry_call, 8),
    (p_ssn_call, 14), (p_ssn_split, 6), (p_ssn_last4_and_full_chat, 10), (p_ssn_correction, 4),
    (p_ni_call, 10), (p_ni_split, 6), (p_ni_chat, 10), (p_bank_call_us, 8), (p_bank_uk, 14),
    (p_iban, 12), (p_phone_call, 10), (p_phone_chat, 8), (p_phone_uk, 5), (p_email_call, 8),
    (p_email_chat, 6), (p_dob, 14), (p_zip, 10), (p_us_address_full, 10), (p_uk_address, 6),
    (p_two_values, 4), (p_readback_card, 4), (p_ssn_dob_combo, 5), (p_ssn_homophone, 4),
    (p_card_homophone, 3), (p_ssn_last4_chit, 4), (p_phone_split, 6), (p_address_oh, 6),
    (p_amex_chat_typo, 4),
]


# ---------------------------------------------------------------- negatives
def n_amounts():
    a = R.randint(20, 4000)
    add("negative", "call/US utilities: bill amount and due date, no PII", [
        (A, ["your balance is %s dollars and %s cents due on %s %s" % (say(str(a), doubles=False) if a < 100 else pair_words(str(a)[:2]) if a >= 1000 else UNITS[a // 100] + " hundred", pair_words(digits(2).replace("0", "5")), MONTHS[R.randint(0, 11)], ORD[R.randint(1, 28)])]),
        (C, ["okay can i pay ", R.choice(["half of that", "two hundred today", "the full amount"]), " on friday"]),
    ])


def n_policy():
    add("negative", "call/US insurance: policy and claim numbers with their names", [
        (A, ["do you have your policy number"]),
        (C, ["yes policy number %s" % say(digits(R.choice([8, 9, 10])))]),
        (A, ["and the claim number from the adjuster"]),
        (C, ["claim number %s" % say(digits(9), pairs=True)]),
    ])


def n_policy_chat():
    add("negative", "chat/US insurance: policy, member and group ids typed", [
        (C, ["Policy # %s, member ID %s, group %s. Claim %s was denied for $%d.%02d" % (
            "PA" + digits(8), "XGH" + digits(9), digits(6), digits(10), R.randint(50, 900), R.randint(0, 99))]),
    ])


def n_tracking():
    add("negative", "chat/US retail: tracking and order numbers", [
        (C, ["where's my package? tracking number 1Z%s%s%s%s order #%s" % (R.choice(["A", "W", "X"]), digits(3), R.choice(["E", "R", "V"]) + R.choice(["A", "W"]), digits(10), digits(R.choice([7, 8, 9, 10])))]),
        (A, ["It shows out for delivery by 8 PM today."]),
    ])


def n_order_call():
    add("negative", "call/retail: order number read digit by digit with its name", [
        (A, ["can i have the order number"]),
        (C, ["order number %s" % say(digits(R.choice([8, 9, 10])))]),
        (A, ["thanks i see two items shipped on the third"]),
    ])


def n_times():
    add("negative", "call/telecom: appointment times and durations", [
        (A, ["the technician can come between %s and %s on %s %s" % (R.choice(["eight", "nine", "ten"]), R.choice(["twelve", "one thirty", "two"]), MONTHS[R.randint(0, 11)], ORD[R.randint(1, 28)])]),
        (C, ["that works i've been without internet for %s days" % R.choice(["three", "four", "eleven"])]),
    ])


def n_speed():
    add("negative", "chat/telecom: speeds, data caps and prices", [
        (C, ["I'm paying $%d.99/mo for %d Mbps but getting like %d. used %d GB this month" % (R.randint(40, 120), R.choice([300, 500, 940, 1200]), R.randint(10, 90), R.randint(100, 1200))]),
        (A, ["I can upgrade you to the 2 Gig plan for $15 more, 12 month contract."]),
    ])


def n_meter():
    add("negative", "call/utilities: meter reading read as digits (looks like ZIP/account)", [
        (A, ["could you read me the numbers on the meter"]),
        (C, ["it says %s" % say(digits(5))]),
        (A, ["and the usage was %s kilowatt hours" % pair_words(str(R.randint(20, 99)))]),
    ])


def n_flight():
    add("negative", "call/travel: flight number, seat, confirmation code", [
        (C, ["i'm on flight %s %s seat %s %s confirmation %s" % (R.choice(["united", "delta", "american"]), pair_words(str(R.randint(10, 99))) + " " + pair_words(str(R.randint(10, 99))), pair_words(str(R.randint(10, 39))), R.choice(["a", "c", "f"]), " ".join(R.choice("bcdfghjkmnpqrstvwxyz") for _ in range(6)))]),
        (A, ["departing at six forty five from gate b twelve"]),
    ])


def n_hotel():
    add("negative", "chat/travel: room number, nights, rate", [
        (C, ["Room %d, checking out Sunday. I was charged 3 nights at $%d instead of 2. reservation %s" % (R.randint(101, 1800), R.randint(89, 400), digits(8))]),
    ])


def n_model():
    add("negative", "chat/retail: model and serial-like product codes", [
        (C, ["My washer model WF%dT%dA keeps showing error code %dE. bought it %s %d" % (R.randint(40, 50), R.randint(5000, 6500), R.randint(1, 9), MONTHS[R.randint(0, 11)].capitalize(), R.randint(2019, 2025))]),
        (A, ["Sorry to hear that, the warranty covers 24 months."]),
    ])


def n_ages():
    add("negative", "call/healthcare billing: ages, years, temperature", [
        (C, ["my mother is %s she's had the condition since %s and her temperature was a hundred and one" % (pair_words(str(R.randint(61, 95))), say_year(R.randint(1995, 2020)))]),
        (A, ["okay the visit on the %s was billed at %s percent" % (ORD[R.randint(1, 28)], pair_words(str(R.randint(20, 90))))]),
    ])


def n_ticket():
    add("negative", "chat/government services: case/ticket/reference numbers", [
        (C, ["Case number %s, ref %s, my ticket is INC%s" % (digits(8), digits(6), digits(7))]),
        (A, ["Thanks, that case was opened on 03/15/2026 and is in review."]),
    ])


def n_balance():
    add("negative", "call/banking: account balance and transactions", [
        (A, ["your available balance is %s dollars" % (pair_words(str(R.randint(10, 99))) + " hundred and " + pair_words(str(R.randint(21, 99))))]),
        (C, ["and the payment of %s ninety nine on the twenty first went through" % UNITS[R.randint(1, 9)]]),
    ])


def n_last4():
    add("negative", "call/banking: card brand without number; counts and percentages", [
        (C, ["i have %s cards with you and the interest is like %s point nine percent" % (UNITS[R.randint(2, 4)], pair_words(str(R.randint(15, 29))))]),
        (A, ["i can lower that by %s percent for twelve months" % UNITS[R.randint(2, 5)]]),
    ])


def n_member_call():
    add("negative", "call/US healthcare: member id and group number spoken with names", [
        (A, ["what's the member id on the insurance card"]),
        (C, ["member id is %s" % ("w " + say(digits(9)))]),
        (A, ["and the group number"]),
        (C, ["group %s" % say(digits(6))]),
    ])


def n_invoice():
    add("negative", "chat/utilities: invoice number, kWh and payment dates", [
        (C, ["Invoice %s shows %d kWh and $%d.%02d, paid on %d/%d. Why so high?" % (digits(10), R.randint(300, 1900), R.randint(60, 400), R.randint(0, 99), R.randint(1, 12), R.randint(1, 28))]),
    ])


NEG_TEMPLATES = [
    (n_amounts, 8), (n_policy, 8), (n_policy_chat, 8), (n_tracking, 7), (n_order_call, 7),
    (n_times, 6), (n_speed, 6), (n_meter, 6), (n_flight, 6), (n_hotel, 5), (n_model, 6), (n_ages, 6),
    (n_ticket, 6), (n_balance, 5), (n_last4, 4), (n_member_call, 6), (n_invoice, 5), (n_rx, 5),
]


def build():
    global R
    R = random.Random(SEED)
    CASE_LIST.clear()
    COUNTER.clear()
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            fn()
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            fn()
    return list(CASE_LIST)


# ---------------------------------------------------------------- validation
WORDNUM = {w: i for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": 0, "o": 0, "nought": 0, "to": 2, "too": 2, "for": 4, "ate": 8})
TEENNUM = {w: 10 + i for i, w in enumerate(TEENS)}
TENSNUM = {w: i for i, w in enumerate(TENS) if w}
NATO_REV = {v: k for k, v in NATO.items()}


SPOKEN_WORDS = set(UNITS) | set(TEENS) | set(TENSNUM) | {"oh", "o", "nought", "double", "triple",
                                                         "dash", "slash", "um", "uh", "for", "to", "too", "ate"}


def normalise(text):
    """Spoken/typed form -> upper-case alnum string."""
    if re.search(r"\d", text) or not any(w in SPOKEN_WORDS for w in re.findall(r"[a-z]+", text.lower())):
        if not any(len(w) > 1 and w in SPOKEN_WORDS for w in re.findall(r"[a-z]+", text.lower())):
            return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = re.findall(r"[A-Za-z0-9\-]+", text.lower().replace("x-ray", "xray"))
    toks = [t for tok in toks for t in tok.split("-") if t]
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nxt in WORDNUM:
            out.append(str(WORDNUM[nxt]) * (2 if t == "double" else 3))
            i += 1
        elif t in TENSNUM:
            if nxt in WORDNUM and nxt not in ("oh", "o", "zero", "nought", "for", "to", "too", "ate"):
                out.append(str(TENSNUM[t] * 10 + WORDNUM[nxt]))
                i += 1
            else:
                out.append(str(TENSNUM[t] * 10))
        elif t in TEENNUM:
            out.append(str(TEENNUM[t]))
        elif t == "for" and i + 1 < len(toks) and len(out) and len(out[-1]) == 1 and out[-1].isalpha() and nxt in NATO_REV:
            i += 1  # "b for bravo"
        elif t in ("for",) and nxt in NATO_REV:
            i += 1
        elif t in WORDNUM:
            out.append(str(WORDNUM[t]))
        elif len(t) == 1 and t.isalpha():
            out.append(t.upper())
        elif len(t) == 5 and t.startswith("nato"):
            out.append(t[4].upper())
        elif t in ("dash", "slash", "um", "uh", "plus", "apartment"):
            pass
        else:
            out.append("")
        i += 1
    return "".join(out)


def fix_nato(text):
    # "b for bravo" -> "b" so that letter counting works
    alt = "|".join(re.escape(w) for w in sorted(NATO.values(), key=len, reverse=True))
    return re.sub(r"\b([a-z]) for (?:%s)(?![a-z])" % alt, r"nato\1", text.lower())


def validate(typ, texts):
    """texts: list of span texts forming one value. Return error string or None."""
    raw = " ".join(texts)
    n = normalise(fix_nato(raw))
    d = re.sub(r"\D", "", n)
    if typ == "CARD_NUMBER":
        return None if 13 <= len(d) <= 19 and d == n and luhn_ok(d) else "bad card %r -> %s" % (raw, n)
    if typ == "CVV":
        return None if len(d) in (3, 4) and d == n else "bad cvv %r" % raw
    if typ == "EXPIRY":
        if any(m in raw.lower() for m in MONTHS) or len(d) in (3, 4, 6):
            return None
        return "bad expiry %r" % raw
    if typ == "SSN":
        return None if len(d) == 9 and d == n and not d.startswith("666") and not d.startswith("000") else "bad ssn %r -> %s" % (raw, n)
    if typ == "NI_NUMBER":
        return None if re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n) else "bad ni %r -> %s" % (raw, n)
    if typ == "BANK_ACCOUNT":
        return None if 6 <= len(d) <= 17 and d == n else "bad account %r" % raw
    if typ == "SORT_CODE":
        return None if len(d) == 6 and d == n else "bad sort code %r" % raw
    if typ == "IBAN":
        return None if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", n) and mod97_ok(n) else "bad iban %r -> %s" % (raw, n)
    if typ == "PHONE":
        return None if 10 <= len(d) <= 13 and d == n else "bad phone %r -> %s" % (raw, n)
    if typ == "EMAIL":
        e = re.sub(r"\s+", "", re.sub(r"\s+at\s+", "@", re.sub(r"\s+dot\s+", ".", raw.lower())))
        e = e.replace("underscore", "_")
        return None if re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z]+)+", e) else "bad email %r" % raw
    if typ == "DOB":
        if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}", raw):
            return None
        return None if any(m in raw.lower() for m in MONTHS) or len(d) >= 6 else "bad dob %r" % raw
    if typ == "POSTCODE":
        if re.fullmatch(r"\d{5}(\d{4})?", n):
            return None
        return None if re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", n) else "bad postcode %r -> %s" % (raw, n)
    if typ == "ADDRESS":
        suf = r"\b(street|st|avenue|ave|road|rd|drive|dr|lane|ln|boulevard|blvd|court|ct|place|pl|way|crescent|close)\b"
        return None if re.search(suf, raw.lower()) and (re.search(r"\d", raw) or re.match(r"[a-z]+", raw.lower()).group(0) in WORDNUM or raw.lower().split()[0] in TENSNUM or raw.lower().split()[0] in TEENNUM) else "bad address %r" % raw
    return "unknown type %s" % typ


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def check_cases(cases):
    errs = []
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for c in cases:
        cid = c["id"]
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s: negative with spans" % cid)
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s: positive without spans" % cid)
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errs.append("%s: bad turn" % cid)
        per_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s: bad type" % cid)
                continue
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append("%s: turn out of range" % cid)
                continue
            text = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(text)):
                errs.append("%s: offsets out of range" % cid)
                continue
            if (st > 0 and text[st - 1].isalnum()) or (en < len(text) and text[en].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, text[st:en]))
            if text[st].isspace() or text[en - 1].isspace():
                errs.append("%s: span has edge whitespace" % cid)
            per_turn.setdefault(s["turn"], []).append((st, en))
        for lst in per_turn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append("%s: overlapping spans" % cid)
        # value validation: group same-type spans; try whole group, else each span alone,
        # else consecutive runs (split readings)
        bytype = {}
        for s in c["spans"]:
            bytype.setdefault(s["type"], []).append(c["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for typ, texts in bytype.items():
            if validate(typ, texts) is None:
                continue
            if all(validate(typ, [t]) is None for t in texts):
                continue
            # split then correction / readback: find partition into consecutive valid groups
            ok = partition_ok(typ, texts)
            if not ok:
                errs.append("%s: %s" % (cid, validate(typ, texts)))
    return errs


def partition_ok(typ, texts):
    if not texts:
        return True
    for k in range(1, len(texts) + 1):
        if validate(typ, texts[:k]) is None and partition_ok(typ, texts[k:]):
            return True
    return False


def partition_ok_correction(typ, texts):
    return False


def readme(cases):
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    kinds = Counter(c["kind"] for c in cases)
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h244

**Never use this set for tuning.** It exists only to measure the redactor on data it was
not developed against. Do not look at failures and then adjust rules/patterns to fit them.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not read the
redaction code, its tests, its docs, the benchmark or any other PII fixture; the only data it
saw was a three-line example of the JSONL format. Cases are generated by
`scripts/make_pii_holdout244.py` from template functions: each turn is assembled from plain
text segments and (value, TYPE) segments, so offsets are computed, never typed by hand. All
values come from one `random.Random(%d)`; the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout244.py --check` regenerates and verifies the file (ids, offsets,
word boundaries, overlaps, and value validity after normalising spoken forms: Luhn, mod-97,
NI format, SSN 9 digits, sort code 6 digits, digit counts, postcode shapes).

Emphasis: mostly US contact centres (SSNs spoken and typed many ways, ZIP and ZIP+4, US phone
formats, US street addresses, card payments by phone) plus US non-PII lookalikes (policy,
member, group, claim, tracking, order, invoice numbers given with their names). Also UK/Ireland/EU
(NI numbers, sort codes, IBANs, UK postcodes).

## Annotation conventions

* A span covers the value only: from the first character of the first digit/letter word of
  the value to the end of the last one. Lead-ins ("it's", "my social is", "zip", "cvv") are
  outside the span.
* Spoken values: all number words belong to the span, including "double"/"triple", "oh"/"o"/
  "nought", pair words ("forty one"), "dash"/"slash" said between groups, NATO spellings
  ("b for bravo"), and filler words ("um", "uh") that occur *inside* a reading.
* Values split over several customer turns: each piece is its own span with the same type.
  When the agent reads a value back, the read-back is labelled too. In a self-correction both
  the wrong and the corrected reading are labelled.
* ASR homophones inside a reading ("for" for four, "to"/"too" for two, "ate" for eight) are
  part of the span.
* EMAIL spans cover the whole spoken address ("j smith at gmail dot com").
* ADDRESS covers house number, street name and suffix (plus apartment/unit if given); city
  and state are not labelled; the ZIP/postcode is a separate POSTCODE span.
* DOB covers the full date as said ("the fifth of may nineteen eighty", "03/14/1985").
* EXPIRY covers the month and year as said; CVV the digits only.
* Routing numbers, member/policy/claim/group/order/tracking/invoice/case numbers, amounts,
  dates other than birth dates, times, counts and similar are never labelled and appear in
  negatives and as unlabelled context in positives.

## Counts

Cases: %d positive, %d negative.

| type | spans |
|---|---|
%s
""" % (SEED, kinds["positive"], kinds["negative"], rows)


def main():
    cases = build()
    data = render(cases)
    rd = readme(cases)
    if "--check" in sys.argv[1:]:
        errs = check_cases(cases)
        if not os.path.exists(CASES) or open(CASES, encoding="utf-8").read() != data:
            errs.append("cases.jsonl differs from regenerated output")
        if not os.path.exists(README) or open(README, encoding="utf-8").read() != rd:
            errs.append("README.md differs from regenerated output")
        again = render(build())
        if again != data:
            errs.append("generation not deterministic")
        cnt = Counter(s["type"] for c in cases for s in c["spans"])
        kinds = Counter(c["kind"] for c in cases)
        if kinds["positive"] < 170 or kinds["negative"] < 100:
            errs.append("too few cases %s" % dict(kinds))
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if cnt[t] < need:
                errs.append("type %s has %d spans < %d" % (t, cnt[t], need))
        print("cases: %d positive, %d negative" % (kinds["positive"], kinds["negative"]))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for e in errs:
            print("ERROR:", e)
        print("check %s (%d problems)" % ("FAILED" if errs else "passed", len(errs)))
        sys.exit(1 if errs else 0)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    with open(README, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(rd)
    print("wrote %d cases to %s" % (len(cases), CASES))


if __name__ == "__main__":
    main()

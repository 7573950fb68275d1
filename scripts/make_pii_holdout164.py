#!/usr/bin/env python3
"""Generate the held-out PII evaluation set tests/fixtures/pii_holdout164.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  Output is byte-for-byte reproducible (seeded RNG).

    python scripts/make_pii_holdout164.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout164.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 164241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout164")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
PFX = "h164"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu", "o": "oscar", "i": "india", "v": "victor"}


# ---------------------------------------------------------------- spoken forms
def n2w(n):
    """0..99 as words."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else TENS[t] + " " + UNITS[u]


def zero_word(uk=False):
    if uk:
        return R.choice(["zero", "oh", "nought", "oh"])
    return R.choice(["zero", "oh", "oh", "o"])


def say_digits(ds, uk=False, groups=True, homophones=False):
    """Digit string spoken digit by digit, with double/triple runs sometimes."""
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == d and run < 3:
            run += 1
        w = zero_word(uk) if d == "0" else UNITS[int(d)]
        if homophones and d in "24" and R.random() < 0.5:
            w = {"2": "to", "4": "for"}[d]
        if run >= 2 and groups and R.random() < 0.7 and w not in ("o",):
            out.append(("double " if run == 2 else "triple ") + w)
            i += run
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def say_pairs(ds, uk=False):
    """Digit string spoken as two-digit numbers ("forty one eleven")."""
    out = []
    i = 0
    if len(ds) % 2:
        out.append(say_digits(ds[0], uk))
        i = 1
    while i < len(ds):
        p = ds[i:i + 2]
        if p[0] == "0":
            out.append(zero_word(uk) + " " + UNITS[int(p[1])])
        else:
            out.append(n2w(int(p)))
        i += 2
    return " ".join(out)


def say_mixed(ds, uk=False):
    """Groups of digits; each group digit-by-digit or in pairs."""
    return say_pairs(ds, uk) if R.random() < 0.5 else say_digits(ds, uk)


def say_year(y):
    if 2000 <= y < 2010:
        return R.choice(["two thousand " + UNITS[y - 2000], "two thousand and " + UNITS[y - 2000]])
    return n2w(y // 100) + " " + (n2w(y % 100) if y % 100 >= 10 else "oh " + UNITS[y % 100])


def say_letter(c, nato_p=0.5):
    c = c.lower()
    if c == "o" or R.random() < nato_p:
        return c + R.choice([" for ", " as in "]) + NATO[c]
    return c


# ---------------------------------------------------------------- value makers
def luhn_ok(ds):
    s = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        body, n = "4" + "".join(R.choice("0123456789") for _ in range(5)), 16
    elif kind == "mc":
        body, n = "5" + R.choice("12345") + "".join(R.choice("0123456789") for _ in range(4)), 16
    elif kind == "amex":
        body, n = R.choice(["34", "37"]), 15
    else:
        body, n = "6011", 16
    while len(body) < n - 1:
        body += R.choice("0123456789")
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, kind


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def make_ssn():
    while True:
        a = R.randint(1, 772)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_PREFIX = ["AB", "CE", "JG", "KP", "NH", "SP", "WT", "YM", "ZR", "HB", "LE", "PX",
             "TM", "RK", "GY", "MA", "EW", "BJ", "SC", "JT"]


def make_ni():
    return R.choice(NI_PREFIX) + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    s = iban[4:] + iban[:4]
    try:
        num = "".join(str(int(c, 36)) for c in s)
    except ValueError:
        return False
    return int(num) % 97 == 1


def make_iban(country=None):
    country = country or R.choice(["GB", "GB", "IE", "DE", "NL", "ES", "FR"])
    dg = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "MIDL", "HBUK", "LOYD"]) + dg(14)
    elif country == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif country == "DE":
        bban = dg(18)
    elif country == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    elif country == "ES":
        bban = dg(20)
    else:
        bban = dg(23)
    return country + iban_check(country, bban) + bban


def iban_grouped(iban):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def make_us_phone():
    a = str(R.randint(2, 9)) + "%02d" % R.randint(0, 99)
    b = str(R.randint(2, 9)) + "%02d" % R.randint(0, 99)
    return a, b, "%04d" % R.randint(0, 9999)


def fmt_us_phone(a, b, c):
    return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "+1 %s %s %s",
                     "1-%s-%s-%s", "%s%s%s", "+1 (%s) %s-%s"]) % (a, b, c)


def make_uk_mobile():
    return "07" + str(R.randint(4, 9)) + "".join(R.choice("0123456789") for _ in range(8))


FIRST = ["james", "maria", "tyrone", "linda", "kevin", "ashley", "jose", "brittany", "dwayne",
         "megan", "raj", "chloe", "sean", "aoife", "hannah", "marcus", "priya", "dylan",
         "keisha", "tom", "niamh", "carlos", "emma", "gary"]
LAST = ["johnson", "garcia", "okafor", "miller", "nguyen", "walsh", "patel", "brooks",
        "hernandez", "smith", "obrien", "kowalski", "reyes", "murphy", "lee", "davis",
        "thompson", "byrne", "fischer", "jackson"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com",
           "comcast.net", "att.net", "btinternet.com", "eircom.net", "proton.me", "verizon.net"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    user = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l,
                     l + f[0] + str(R.randint(70, 99)), f + "." + l[0]])
    return user + "@" + R.choice(DOMAINS)


def say_email(e):
    user, dom = e.split("@")
    parts = []
    for tok in re.split(r"([._]|\d+)", user):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok.isdigit():
            parts.append(say_digits(tok) if R.random() < 0.5 else n2w(int(tok)) if int(tok) < 100 and tok[0] != "0" else say_digits(tok))
        elif tok:
            if len(tok) <= 2:
                parts.append(" ".join(tok))
            else:
                parts.append(tok)
    d1, d2 = dom.rsplit(".", 1)
    return " ".join(parts) + " at " + d1 + " dot " + d2


US_STREETS = ["maple", "oak", "elm", "pine", "cedar", "washington", "lincoln", "park",
              "lakeview", "highland", "sunset", "willow", "jefferson", "main", "chestnut",
              "magnolia", "peachtree", "cypress", "ridge", "hillcrest"]
US_SUFFIX = ["street", "avenue", "drive", "road", "lane", "court", "boulevard", "way", "place"]
US_SUFFIX_T = ["St", "Ave", "Dr", "Rd", "Ln", "Ct", "Blvd", "Way", "Pl", "Street", "Avenue", "Drive"]
UK_STREETS = ["Victoria", "Church", "Station", "Mill", "Queens", "Kings", "Albert",
              "Manor", "Park", "Grange", "Meadow", "Oakfield"]
UK_SUFFIX = ["Road", "Street", "Lane", "Close", "Avenue", "Crescent", "Drive", "Gardens"]
US_CITIES = [("Columbus", "OH"), ("Tampa", "FL"), ("Austin", "TX"), ("Denver", "CO"),
             ("Raleigh", "NC"), ("Phoenix", "AZ"), ("Spokane", "WA"), ("Albany", "NY"),
             ("Madison", "WI"), ("Tulsa", "OK"), ("Reno", "NV"), ("Dayton", "OH")]


def make_zip(plus4=False):
    z = "%05d" % R.randint(1001, 99950)
    return z + "-%04d" % R.randint(1, 9999) if plus4 else z


UKP_AREAS = ["M", "B", "LS", "EH", "G", "CF", "BS", "NE", "SW", "N", "E", "L", "BT", "NG", "S", "KT"]


def make_uk_postcode():
    a = R.choice(UKP_AREAS)
    d = str(R.randint(1, 28))
    return a + d + " " + str(R.randint(0, 9)) + "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))


def say_house_number(n):
    if n < 100:
        return n2w(n)
    if n < 1000:
        return UNITS[n // 100] + " " + (n2w(n % 100) if n % 100 >= 10 else "oh " + UNITS[n % 100])
    return n2w(n // 100) + " " + (n2w(n % 100) if n % 100 >= 10 else "oh " + UNITS[n % 100])


def say_postcode_uk(pc):
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(R.choice(["zero", "nought"]) if ch == "0" else UNITS[int(ch)])
        else:
            out.append(say_letter(ch, 0.35))
    return " ".join(out)


# ---------------------------------------------------------------- case builder
CASES_OUT = []
COUNTER = Counter()


def T(speaker, *segs):
    return (speaker, segs)


def A(*segs):
    return T("agent", *segs)


def C(*segs):
    return T("customer", *segs)


def add(kind, note, *turns):
    rec_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                val, typ = s
                assert typ in TYPES, typ
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += s
        rec_turns.append({"speaker": spk, "text": text})
    if kind == "positive":
        assert spans, note
    else:
        assert not spans, note
    COUNTER[kind] += 1
    cid = "%s-%s-%03d" % (PFX, "pos" if kind == "positive" else "neg", COUNTER[kind])
    CASES_OUT.append({"id": cid, "kind": kind, "turns": rec_turns, "spans": spans, "note": note})


def P(note, *turns):
    add("positive", note, *turns)


def N(note, *turns):
    add("negative", note, *turns)


def pick(*xs):
    return R.choice(xs)


def money_words():
    d = R.randint(12, 899)
    c = R.randint(1, 99)
    if d >= 100:
        dw = UNITS[d // 100] + " hundred" + ("" if d % 100 == 0 else " " + n2w(d % 100))
    else:
        dw = n2w(d)
    return dw + " dollars and " + n2w(c) + " cents"


# ---------------------------------------------------------------- positives
def p_card_call_one_turn():
    num, kind = make_card()
    ind = pick("telecom", "utilities", "retail", "insurance", "travel")
    spoken = " ".join(say_digits(g) for g in card_groups(num))
    P("call/%s: %s card read digit by digit in one turn" % (ind, kind),
      A("okay and what's the long card number please"),
      C(pick("yeah it's ", "sure ", "um okay it's ", "", "right it is "), (spoken, "CARD_NUMBER"),
        pick("", " okay", " got that", "")))


def p_card_call_split():
    num, kind = make_card()
    gs = card_groups(num)
    turns = [A("go ahead with the card number whenever you're ready")]
    for i, g in enumerate(gs):
        sp = say_mixed(g) if R.random() < 0.4 else say_digits(g)
        lead = pick("", "", "okay ", "um ", "so ") if i == 0 else pick("", "", "uh ")
        turns.append(C(lead, (sp, "CARD_NUMBER")))
        if i < len(gs) - 1:
            turns.append(A(pick("mhm", "okay go on", "yep", "uh huh", "got it", "okay")))
    P("call/%s: card split over %d customer turns with back-channels, some groups in pairs" % (
        pick("utilities", "retail", "telecom", "healthcare billing"), len(gs)), *turns)


def p_card_chat():
    num, kind = make_card()
    gs = card_groups(num)
    sep = pick(" ", "-", "", " ", ".")
    typed = sep.join(gs)
    P("chat/%s: %s card typed with separator %r" % (pick("retail", "travel", "telecom"), kind, sep),
      A("Please enter the card number you'd like to use."),
      C(pick("", "ok ", "sure, ", "its "), (typed, "CARD_NUMBER"),
        pick("", " thanks", " - the balance is $142.50 right?", " exp is on the back")))


def p_card_full_payment():
    num, kind = make_card()
    cvv = "".join(R.choice("0123456789") for _ in range(4 if kind == "amex" else 3))
    m, y = R.randint(1, 12), R.randint(26, 31)
    gs = card_groups(num)
    exp_sp = pick("%s %s" % (zero_word() + " " + UNITS[m] if m < 10 else n2w(m), n2w(y)),
                  "%s twenty %s" % (MONTHS[m - 1], n2w(y)),
                  "%s of twenty %s" % (MONTHS[m - 1], n2w(y)))
    P("call/%s: card in two halves, expiry and %d-digit cvv, payment amount unlabelled" % (
        pick("utilities", "insurance", "telecom"), len(cvv)),
      A("your payment today is " + money_words() + " what card would you like to use"),
      C("it's a " + {"visa": "visa", "mc": "mastercard", "amex": "american express", "disc": "discover"}[kind] +
        " ", (say_digits("".join(gs[:2])), "CARD_NUMBER")),
      A("okay"),
      C((say_digits("".join(gs[2:])), "CARD_NUMBER")),
      A("and the expiration date"),
      C((exp_sp, "EXPIRY")),
      A("and the " + ("four digit code on the front" if kind == "amex" else "three digit security code on the back")),
      C(pick("", "it's ", "uh "), (say_digits(cvv), "CVV")))


def p_card_correction():
    num, kind = make_card("visa")
    gs = card_groups(num)
    wrong = str((int(gs[3][0]) + 3) % 10)
    P("call/retail: customer self-corrects within last group; whole reading labelled incl. the corrected digit",
      A("card number please"),
      C((say_digits(gs[0] + gs[1]), "CARD_NUMBER")),
      A("mhm"),
      C((say_digits(gs[2]), "CARD_NUMBER"), " and then ", (UNITS[int(wrong)] + " no sorry " + say_digits(gs[3]), "CARD_NUMBER")),
      A("let me read that back " + ("ending in " + say_digits(gs[3])) + " correct"),
      C("yes"))


def p_card_readback():
    num, kind = make_card("mc")
    gs = card_groups(num)
    sp = " ".join(say_digits(g) for g in gs)
    sp2 = " ".join(say_digits(g, groups=False) for g in gs)
    P("call/banking: agent reads full card back; both readings labelled",
      A("what's the card number on the card you want to dispute"),
      C((sp, "CARD_NUMBER")),
      A("so that's ", (sp2, "CARD_NUMBER"), " is that right"),
      C("that's right yeah"))


def p_card_chat_expiry_cvv():
    num, kind = make_card(pick("visa", "mc", "disc"))
    m, y = R.randint(1, 12), R.randint(26, 32)
    exp = pick("%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y), "%02d-%02d" % (m, y))
    cvv = "%03d" % R.randint(0, 999)
    P("chat/%s: card, expiry and cvv typed in one message" % pick("retail", "travel", "utilities"),
      A("To complete the booking I'll need the card details"),
      C(pick("Card ", "card: ", "CC "), (" ".join(card_groups(num)), "CARD_NUMBER"),
        pick(" exp ", ", expires ", " exp. "), (exp, "EXPIRY"), pick(" cvv ", ", security code ", " cvc: "), (cvv, "CVV")))


def p_ssn_call():
    s = make_ssn()
    style = R.randint(0, 3)
    if style == 0:
        sp = say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:])
    elif style == 1:
        sp = say_digits(s, groups=True)
    elif style == 2:
        sp = say_digits(s[:3]) + " " + say_pairs(s[3:5]) + " " + say_pairs(s[5:])
    else:
        sp = say_digits(s[:3]) + " dash " + say_digits(s[3:5]) + " dash " + say_digits(s[5:])
    ind = pick("banking", "insurance", "healthcare billing", "government services", "telecom")
    P("call/%s: US SSN spoken in one turn (style %d)" % (ind, style),
      A(pick("can i get your social security number to verify", "i'll need your social please",
             "and for verification what's your full social")),
      C(pick("", "yeah ", "sure it's ", "okay um "), (sp, "SSN")))


def p_ssn_split():
    s = make_ssn()
    P("call/%s: SSN split across three turns with back-channels" % pick("banking", "government services", "insurance"),
      A("and your social security number"),
      C(pick("okay ", "", "uh "), (say_digits(s[:3]), "SSN")),
      A(pick("mhm", "okay", "go on")),
      C((say_mixed(s[3:5]), "SSN")),
      A(pick("yep", "uh huh")),
      C((say_mixed(s[5:]), "SSN"), pick("", " and i've been a member since twenty twelve", "")))


def p_ssn_last4():
    s = make_ssn()
    P("call/%s: only last four of SSN given" % pick("banking", "telecom", "healthcare billing"),
      A("can you verify the last four of your social"),
      C(pick("yeah it's ", "", "last four are "), (say_pairs(s[5:]) if R.random() < 0.5 else say_digits(s[5:]), "SSN")))


def p_ssn_chat():
    s = make_ssn()
    f = pick("%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s")
    typed = f % (s[:3], s[3:5], s[5:])
    ind = pick("banking", "insurance", "government services", "healthcare billing")
    P("chat/%s: SSN typed (%s)" % (ind, f),
      A("For security, please provide your SSN."),
      C(pick("", "ssn is ", "Its ", "my social: ", "sure - ", "SS# ", "SS No. ", "social security # "), (typed, "SSN"),
        pick("", " and my member ID is on the card", " thx", "")))


def p_ssn_and_dob():
    s = make_ssn()
    m, d, y = R.randint(1, 12), R.randint(1, 28), R.randint(1945, 2003)
    dob = pick("%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y)),
               "%s %s %s" % (say_pairs("%02d" % m), n2w(d), say_year(y)),
               "the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y)))
    P("call/%s: SSN and date of birth in one customer turn" % pick("insurance", "healthcare billing", "banking"),
      A("to pull up the policy i need your date of birth and social"),
      C(pick("okay ", "sure "), "birthday is ", (dob, "DOB"), " and social is ", (say_digits(s), "SSN")))


def p_ssn_readback():
    s = make_ssn()
    P("call/government services: agent reads SSN back in groups, customer confirms with correction",
      A("what is your social security number"),
      C((say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:]), "SSN")),
      A("i have ", (say_digits(s[:3], groups=False) + " " + say_digits(s[3:5], groups=False) + " " + say_digits(s[5:], groups=False), "SSN"), " correct"),
      C("correct"))


def p_ni_call():
    ni = make_ni()
    sp = " ".join([say_letter(ni[0], 0.3), say_letter(ni[1], 0.3)]) + " " + \
         pick(say_digits(ni[2:8], uk=True), say_pairs(ni[2:8], uk=True)) + " " + say_letter(ni[8], 0.4)
    P("call/government services UK: NI number spoken with letters and digits",
      A(pick("can i take your national insurance number please", "what's your NI number")),
      C(pick("yeah it's ", "", "erm ", "right it's "), (sp, "NI_NUMBER")))


def p_ni_chat():
    ni = make_ni()
    f = R.randint(0, 3)
    typed = [ni, "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
             ni.lower(), "%s%s %s" % (ni[:2], ni[2:8], ni[8])][f]
    P("chat/%s UK: NI number typed format %d" % (pick("government services", "banking", "insurance"), f),
      A("Could you confirm your National Insurance number?"),
      C(pick("", "NI no. ", "its ", "sure: "), (typed, "NI_NUMBER"), pick("", " cheers", " (employer changed in 2024)")))


def p_ni_split():
    ni = make_ni()
    P("call/government services UK: NI number split over turns",
      A("national insurance number"),
      C(pick("", "okay "), (say_letter(ni[0], 0.8) + " " + say_letter(ni[1], 0.8), "NI_NUMBER")),
      A("yeah"),
      C((say_pairs(ni[2:8], uk=True), "NI_NUMBER")),
      A("and the letter at the end"),
      C((say_letter(ni[8], 0.5), "NI_NUMBER")))


def p_ni_with_postcode():
    ni = make_ni()
    pc = make_uk_postcode()
    P("call/insurance UK: NI number then postcode in consecutive turns",
      A("and your national insurance number"),
      C((" ".join(say_letter(c, 0.2) if c.isalpha() else say_digits(c, uk=True) for c in ni), "NI_NUMBER")),
      A("lovely and your postcode"),
      C(pick("it's ", ""), (say_postcode_uk(pc), "POSTCODE")))


def p_ni_nonuk_context():
    ni = make_ni()
    P("chat/banking UK: NI number in sentence with unrelated numbers",
      A("Thanks, what's your NI number and how many years at the address?"),
      C((ni[:2] + " " + ni[2:8] + " " + ni[8], "NI_NUMBER"), pick(" and 3 years", ", been there 7 yrs", " - 12 years")))


def p_phone_us_call():
    a, b, c = make_us_phone()
    if R.random() < 0.3:
        a = pick("800", "888", "877")
        asp = pick(UNITS[int(a[0])] + " hundred", say_digits(a))
    else:
        asp = say_digits(a)
    sp = asp + " " + say_digits(b) + " " + pick(say_digits(c), say_pairs(c))
    P("call/%s: US phone number spoken, area code maybe 'eight hundred'" % pick("telecom", "utilities", "retail", "insurance"),
      A("what's the best callback number"),
      C(pick("", "it's ", "you can reach me at ", "uh "), (sp, "PHONE"), pick("", " that's my cell", " after five pm")))


def p_phone_us_chat():
    a, b, c = make_us_phone()
    typed = fmt_us_phone(a, b, c)
    P("chat/%s: US phone typed %r" % (pick("telecom", "retail", "travel"), typed),
      A("What phone number should we have on file?"),
      C(pick("", "cell is ", "pls use ", "#: "), (typed, "PHONE"), pick("", " thanks", " (text ok)")))


def p_phone_split():
    a, b, c = make_us_phone()
    P("call/telecom: phone split over turns with 'one' prefix",
      A("number you're calling about"),
      C(pick("okay ", ""), (pick("one ", "") + say_digits(a), "PHONE")),
      A("okay"),
      C((say_digits(b), "PHONE")),
      A("mhm"),
      C((say_pairs(c), "PHONE")))


def p_phone_uk():
    m = make_uk_mobile()
    if R.random() < 0.5:
        t = pick(m, m[:5] + " " + m[5:], "+44 " + m[1:5] + " " + m[5:], "+44" + m[1:])
        P("chat/telecom UK: UK mobile typed",
          A("Best contact number?"), C(pick("", "mob: ", "its "), (t, "PHONE")))
    else:
        P("call/utilities UK: UK mobile spoken with nought/double",
          A("and a contact number"),
          C(pick("", "yeah it's "), (say_digits(m[:5], uk=True) + " " + say_digits(m[5:], uk=True), "PHONE")))


def p_phone_ie():
    pre = pick("083", "085", "086", "087", "089")
    rest = "".join(R.choice("0123456789") for _ in range(7))
    if R.random() < 0.5:
        P("chat/telecom Ireland: Irish mobile typed international",
          A("What number can we text the code to?"),
          C(("+353 " + pre[1:] + " " + rest[:3] + " " + rest[3:], "PHONE")))
    else:
        P("call/utilities Ireland: Irish mobile spoken",
          A("grand and a phone number"),
          C(pick("", "it's "), (say_digits(pre, uk=True) + " " + say_digits(rest, uk=True), "PHONE")))


def p_email_call():
    e = make_email()
    P("call/%s: email spelled out in ASR form" % pick("retail", "telecom", "insurance", "travel"),
      A("what email should the receipt go to"),
      C(pick("", "it's ", "um it's "), (say_email(e), "EMAIL")))


def p_email_chat():
    e = make_email()
    if R.random() < 0.3:
        e = e.upper() if R.random() < 0.5 else e.capitalize()
    P("chat/%s: email typed" % pick("retail", "banking", "travel"),
      A("Can you confirm the email on the account?"),
      C(pick("", "its ", "email: ", "sure it's "), (e, "EMAIL"), pick("", ".", " thanks!", " - order #4471 never arrived")))


def p_email_spelled():
    f, l = R.choice(FIRST), R.choice(LAST)
    d = R.choice(["gmail", "yahoo", "outlook", "hotmail"])
    sp = " ".join(f) + " dot " + l + " at " + d + " dot com"
    P("call/insurance: email with first name spelled letter by letter",
      A("email address"),
      C((sp, "EMAIL")))


def p_dob_call():
    m, d, y = R.randint(1, 12), R.randint(1, 28), R.randint(1940, 2004)
    sp = pick("%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y)),
              "%s %s %s" % (say_digits("%02d" % m), say_digits("%02d" % d), say_year(y)),
              "%s %s %s" % (n2w(m), n2w(d), n2w(y // 100) + " " + n2w(y % 100) if y % 100 >= 10 else say_year(y)),
              "%s %s %s" % (ORD[d], MONTHS[m - 1], say_year(y)))
    P("call/%s: date of birth spoken" % pick("healthcare billing", "insurance", "banking", "government services"),
      A(pick("can you confirm your date of birth", "and what's your birthday", "d o b please")),
      C(pick("", "it's ", "yeah ", "uh "), (sp, "DOB"), pick("", " so i'm " + n2w(min(2026 - y, 99)) if 2026 - y < 100 else "", "", " and my husband's on the account too")))


def p_dob_chat():
    m, d, y = R.randint(1, 12), R.randint(1, 28), R.randint(1940, 2004)
    t = pick("%02d/%02d/%d" % (m, d, y), "%d/%d/%02d" % (m, d, y % 100), "%d-%02d-%02d" % (y, m, d),
             "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y), "%d %s %d" % (d, MONTHS[m - 1][:3].capitalize(), y),
             "%02d.%02d.%d" % (d, m, y))
    P("chat/%s: DOB typed" % pick("healthcare billing", "insurance", "banking"),
      A("Please confirm your date of birth."),
      C(pick("", "DOB ", "dob: ", "born "), (t, "DOB"), pick("", " - appointment is 12/14 at 3pm", "")))


def p_address_us_call():
    n = R.randint(12, 9899)
    st = R.choice(US_STREETS) + " " + R.choice(US_SUFFIX)
    apt = pick("", "", " apartment " + say_digits(str(R.randint(1, 40))), " unit " + n2w(R.randint(1, 30)))
    z = make_zip()
    city, stt = R.choice(US_CITIES)
    P("call/%s: US street address and ZIP spoken" % pick("utilities", "retail", "insurance", "telecom"),
      A("what's the service address"),
      C(pick("", "it's ", "um "), (say_house_number(n) + " " + st + apt, "ADDRESS"), " " + city.lower() + " ",
        pick("", "zip ", "zip code "), (say_digits(z), "POSTCODE")))


def p_address_us_chat():
    n = R.randint(12, 9899)
    st = R.choice(US_STREETS).capitalize() + " " + R.choice(US_SUFFIX_T)
    apt = pick("", "", " Apt 4B", " #12", " Unit 210")
    z = make_zip(R.random() < 0.5)
    city, stt = R.choice(US_CITIES)
    P("chat/%s: US address typed with city, state, ZIP%s" % (pick("retail", "utilities"), "+4" if "-" in z else ""),
      A("What's the shipping address?"),
      C(("%d %s%s" % (n, st, apt), "ADDRESS"), ", %s, %s " % (city, stt), (z, "POSTCODE")))


def p_zip_only():
    z = make_zip(R.random() < 0.4)
    if R.random() < 0.5:
        P("chat/retail: ZIP code typed alone for card verification",
          A("Billing ZIP code?"), C((z, "POSTCODE")))
    else:
        sp = say_digits(z[:5]) + (" dash " + say_digits(z[6:]) if "-" in z else "")
        P("call/telecom: ZIP spoken digit by digit, maybe ZIP+4",
          A("and the zip code for the billing address"), C(pick("", "it's ", "yeah "), (sp, "POSTCODE")))


def p_address_uk():
    n = R.randint(1, 240)
    st = R.choice(UK_STREETS) + " " + R.choice(UK_SUFFIX)
    pc = make_uk_postcode()
    if R.random() < 0.5:
        P("chat/utilities UK: UK address and postcode typed",
          A("What's the supply address?"),
          C(("%d %s" % (n, st), "ADDRESS"), ", ", pick("Leeds", "Bristol", "Cardiff", "Manchester"), " ", (pc, "POSTCODE")))
    else:
        P("call/utilities UK: UK address spoken then postcode with nato letters",
          A("first line of the address and postcode please"),
          C((n2w(n) if n < 100 else say_house_number(n), "ADDRESS") if False else (say_house_number(n) + " " + st.lower(), "ADDRESS"),
            " and the postcode is ", (say_postcode_uk(pc), "POSTCODE")))


def p_bank_us():
    acct = "".join(R.choice("0123456789") for _ in range(R.randint(8, 12)))
    if R.random() < 0.5:
        P("call/banking: US checking account number spoken; routing word not present",
          A("and the checking account number for the autopay"),
          C(pick("", "okay it's "), (say_digits(acct), "BANK_ACCOUNT")))
    else:
        P("chat/utilities: bank account number typed for autopay",
          A("Please enter the account number for the bank account you want to debit."),
          C(pick("", "acct ", "checking: "), (acct, "BANK_ACCOUNT")))


def p_bank_uk():
    acct = "".join(R.choice("0123456789") for _ in range(8))
    sc = "".join(R.choice("0123456789") for _ in range(6))
    if R.random() < 0.5:
        P("call/banking UK: sort code in pairs then account number",
          A("what's the sort code"),
          C((say_pairs(sc, uk=True), "SORT_CODE")),
          A("and the account number"),
          C((say_digits(acct[:4], uk=True), "BANK_ACCOUNT")), A("yep"), C((say_digits(acct[4:], uk=True), "BANK_ACCOUNT")))
    else:
        scf = pick("%s-%s-%s", "%s %s %s", "%s%s%s") % (sc[:2], sc[2:4], sc[4:])
        P("chat/utilities UK: sort code and account typed in one message",
          A("For the direct debit, please give sort code and account number."),
          C(pick("sort ", "SC "), (scf, "SORT_CODE"), pick(" acc ", ", account no ", " / "), (acct, "BANK_ACCOUNT")))


def p_iban():
    ib = make_iban()
    if R.random() < 0.65:
        t = pick(ib, iban_grouped(ib), iban_grouped(ib).lower())
        P("chat/%s EU: IBAN typed %s" % (pick("travel", "banking", "insurance"), ib[:2]),
          A("Please provide the IBAN for the refund."),
          C(pick("", "IBAN: ", "here you go "), (t, "IBAN"), pick("", " thanks", " - refund was €230 right?")))
    else:
        parts = []
        for ch in ib:
            parts.append(say_letter(ch, 0.3) if ch.isalpha() else say_digits(ch, uk=True))
        P("call/banking Ireland/UK: IBAN spoken character by character",
          A("can i take the iban for the transfer"),
          C(pick("", "okay it's "), (" ".join(parts), "IBAN")))


def p_cvv_expiry_alone():
    cvv = "%03d" % R.randint(0, 999)
    m, y = R.randint(1, 12), R.randint(26, 31)
    P("call/%s: expiry in 'oh x slash y' style and cvv spoken in pairs style" % pick("travel", "retail"),
      A("expiry date on the card"),
      C((pick(say_digits("%02d" % m) + " " + n2w(y), say_digits("%02d" % m) + " slash " + n2w(y),
              MONTHS[m - 1] + " " + say_year(2000 + y) if y < 10 else MONTHS[m - 1] + " twenty " + n2w(y)), "EXPIRY")),
      A("and the cvv"),
      C(pick("", "it's ", "three digits "), (pick(say_digits(cvv), UNITS[int(cvv[0])] + " " + say_pairs(cvv[1:])), "CVV")))


def p_mixed_nonpii():
    num, kind = make_card("visa")
    ssn = make_ssn()
    P("call/healthcare billing: SSN then card with claim number and amount (unlabelled) nearby",
      A("i see claim number " + say_digits("%07d" % R.randint(0, 9999999)) + " with a balance of " + money_words()),
      C("okay my social is ", (say_digits(ssn), "SSN"), " if you need it"),
      A("thanks and how would you like to pay"),
      C("card ", (" ".join(say_digits(g) for g in card_groups(num)), "CARD_NUMBER")))


def p_tricky_ssn_homophone():
    s = make_ssn()
    P("call/insurance: SSN with ASR homophones ('to', 'for') and filler inside",
      A("social security number please"),
      C((say_digits(s[:3], homophones=True) + " uh " + say_digits(s[3:5], homophones=True) + " " + say_digits(s[5:], homophones=True), "SSN")))


def p_card_amex_chat_lower():
    num, _ = make_card("amex")
    P("chat/travel: amex 4-6-5 grouping typed",
      A("card number for the deposit?"),
      C((" ".join(card_groups(num)), "CARD_NUMBER"), pick("", " its amex", " cid on front")))


def p_ssn_area_pairs():
    s = make_ssn()
    sp = UNITS[int(s[0])] + " " + say_pairs(s[1:3]) + " " + say_pairs(s[3:5]) + " " + say_pairs(s[5:])
    P("call/%s: SSN area number said as 'five twelve', rest in pairs" % pick("banking", "insurance", "government services"),
      A("and the social on the account"),
      C(pick("", "it's ", "uh yeah "), (sp, "SSN"), pick("", " do you need my zip too", "")))


def p_chat_multi_us():
    s = make_ssn()
    a, b, c = make_us_phone()
    z = make_zip(R.random() < 0.5)
    P("chat/%s: SSN, phone and ZIP typed in one message with labels" % pick("banking", "insurance", "healthcare billing"),
      A("To verify, please send your SSN, phone on file and ZIP."),
      C(pick("SSN ", "ssn: ", "social "), ("%s-%s-%s" % (s[:3], s[3:5], s[5:]) if R.random() < 0.6 else s, "SSN"),
        pick(", phone ", " / ph ", " cell "), (fmt_us_phone(a, b, c), "PHONE"), pick(", zip ", " zip: ", " - "), (z, "POSTCODE")))


def p_phone_area_code():
    a, b, c = make_us_phone()
    P("call/%s: phone with 'area code' lead-in; area code and number labelled separately" % pick("utilities", "telecom", "insurance"),
      A("what number should we call if we get disconnected"),
      C("area code ", (say_digits(a), "PHONE"), " and then ", (say_digits(b) + " " + say_pairs(c), "PHONE")))


def p_address_us_directional():
    n = R.randint(100, 9999)
    d = pick("north", "south", "east", "west")
    st = R.choice(US_STREETS) + " " + R.choice(US_SUFFIX)
    apt = " apartment " + n2w(R.randint(1, 12)) + " " + pick("b", "c", "d")
    z = make_zip(True)
    city, stt = R.choice(US_CITIES)
    P("call/%s: US address with directional and apartment letter, ZIP+4 spoken" % pick("utilities", "healthcare billing", "retail"),
      A("can you verify the mailing address"),
      C((say_house_number(n) + " " + d + " " + st + apt, "ADDRESS")),
      A("mhm and the city and zip"),
      C(city.lower() + " " + pick("", "", "ohio " if stt == "OH" else ""), (say_digits(z[:5]) + " " + say_digits(z[6:]), "POSTCODE")))


def p_card_mixed_sep():
    num, kind = make_card(pick("visa", "mc"))
    g = card_groups(num)
    typed = g[0] + "-" + g[1] + " " + g[2] + g[3] if R.random() < 0.5 else g[0] + g[1] + " " + g[2] + "-" + g[3]
    P("chat/retail: card typed with inconsistent separators and amount nearby",
      A("Which card should I charge the $%d.%02d to?" % (R.randint(20, 400), R.randint(0, 99))),
      C(pick("use ", "this one ", ""), (typed, "CARD_NUMBER"), pick(" pls", "", " the other one got declined")))


POS_TEMPLATES = [
    (p_ssn_area_pairs, 5), (p_chat_multi_us, 6), (p_phone_area_code, 4), (p_address_us_directional, 4),
    (p_card_mixed_sep, 4),
    (p_card_call_one_turn, 6), (p_card_call_split, 6), (p_card_chat, 6), (p_card_full_payment, 7),
    (p_card_correction, 3), (p_card_readback, 3), (p_card_chat_expiry_cvv, 6), (p_card_amex_chat_lower, 3),
    (p_ssn_call, 9), (p_ssn_split, 5), (p_ssn_last4, 4), (p_ssn_chat, 8), (p_ssn_and_dob, 4),
    (p_ssn_readback, 2), (p_tricky_ssn_homophone, 3),
    (p_ni_call, 10), (p_ni_chat, 9), (p_ni_split, 4), (p_ni_with_postcode, 4), (p_ni_nonuk_context, 3),
    (p_phone_us_call, 7), (p_phone_us_chat, 7), (p_phone_split, 3), (p_phone_uk, 3), (p_phone_ie, 2),
    (p_email_call, 8), (p_email_chat, 6), (p_email_spelled, 2),
    (p_dob_call, 8), (p_dob_chat, 5),
    (p_address_us_call, 6), (p_address_us_chat, 6), (p_zip_only, 5), (p_address_uk, 4),
    (p_bank_us, 7), (p_bank_uk, 16), (p_iban, 16), (p_cvv_expiry_alone, 7), (p_mixed_nonpii, 3),
]


# ---------------------------------------------------------------- negatives
def n_money():
    P_ = pick
    N("call/%s: amounts spoken and typed, must not be redacted" % P_("utilities", "telecom"),
      A("your current balance is " + money_words() + " and the minimum due is " + money_words()),
      C("okay and if i pay " + n2w(R.randint(20, 99)) + " dollars today is that fine"))


def n_money_chat():
    N("chat/retail: prices and totals typed",
      A("The total comes to $%d.%02d including $%d.%02d shipping." % (R.randint(100, 4999), R.randint(0, 99), R.randint(5, 30), R.randint(0, 99))),
      C("ok and the %d%% discount was applied? I was charged $%s last month" % (R.randint(5, 40), "{:,}".format(R.randint(1000, 9999)) + ".00")))


def n_policy():
    pn = "%d" % R.randint(10000000, 9999999999)
    N("call/insurance: policy number spoken with its reference word (not PII)",
      A("can i get the policy number"),
      C("yeah policy number " + say_digits(pn)),
      A("thank you i have policy " + say_digits(pn, groups=False)))


def n_claim_chat():
    word = pick("Claim #", "claim number ", "Ticket ", "Invoice INV-", "Order #", "Ref: ", "case ", "Member ID ", "Tracking # ")
    num = "%d" % R.randint(100000, 99999999)
    N("chat/%s: %s reference number with its name" % (pick("insurance", "retail", "healthcare billing"), word.strip()),
      A("How can I help today?"),
      C("Hi, following up on %s%s from last week" % (word, num)),
      A("Thanks, I can see %s%s was updated on 11/%02d." % (word, num, R.randint(1, 28))))


def n_member_call():
    num = "%d" % R.randint(1000000, 99999999)
    N("call/healthcare billing: member id and group number (reference numbers) spoken",
      A("what's the member id on your insurance card"),
      C("member id " + say_digits(num) + " and the group number is " + say_pairs("%04d" % R.randint(1000, 9999))))


def n_times():
    h, mi = R.randint(1, 12), R.randint(10, 59)
    N("call/%s: appointment date and time, durations" % pick("healthcare billing", "utilities"),
      A("we have a technician available on %s %s between %s and %s" % (MONTHS[R.randint(0, 11)], ORD[R.randint(1, 28)], n2w(h), n2w(h % 12 + 2))),
      C("okay and how long will it take"),
      A("about %s minutes the visit is booked for %s %s" % (n2w(R.randint(20, 95)), n2w(h), n2w(mi))))


def n_dates_chat():
    N("chat/utilities: contract start date and payment date typed (not birth dates)",
      A("Your contract started on %02d/%02d/%d and renews %d-%02d-%02d." % (R.randint(1, 12), R.randint(1, 28), R.randint(2019, 2025), R.randint(2026, 2028), R.randint(1, 12), R.randint(1, 28))),
      C("ok and the payment on %s %d will still go out?" % (MONTHS[R.randint(0, 11)].capitalize(), R.randint(1, 28))))


def n_flight():
    N("chat/travel: flight numbers, seat, gate and times",
      A("You're on %s %d departing %d:%02d, seat %d%s, gate B%d." % (pick("UA", "DL", "AA", "EI", "BA"), R.randint(100, 2999), R.randint(1, 12), R.randint(0, 59), R.randint(1, 38), pick("A", "C", "F"), R.randint(1, 40))),
      C("Can I move to the %d:%02d instead? Confirmation code is %s" % (R.randint(1, 12), R.randint(0, 59), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))))


def n_flight_call():
    N("call/travel: flight number spoken and hotel room number",
      A("your flight is " + pick("delta", "united", "aer lingus") + " " + say_pairs("%04d" % R.randint(1000, 2999)) + " and your room is " + say_house_number(R.randint(101, 950))),
      C("great and check in is at " + n2w(R.randint(1, 4)) + " pm"))


def n_meter():
    N("call/utilities: meter reading and usage figures spoken",
      A("can you read me the numbers on the meter"),
      C("it says " + say_digits("%05d" % R.randint(0, 99999))),
      A("thanks that's " + n2w(R.randint(20, 99)) + " percent higher than last month about " + say_house_number(R.randint(200, 999)) + " kilowatt hours"))


def n_meter_chat():
    N("chat/utilities UK: meter reading typed with units",
      A("Please submit your meter reading."),
      C("Gas %05d, electric %05d. Used about %d kWh?" % (R.randint(0, 99999), R.randint(0, 99999), R.randint(150, 900))))


def n_model():
    N("chat/retail: model numbers and quantities",
      A("Which model do you have?"),
      C("It's the %s-%d%s, I bought %d of them in %d" % (pick("XR", "KD", "SM", "WF", "UN"), R.randint(1000, 9999), pick("", "X", "B"), R.randint(2, 6), R.randint(2018, 2025))))


def n_speed():
    N("call/telecom: internet speeds and data allowance",
      A("you're on the " + n2w(R.randint(2, 9)) + " hundred megabit plan"),
      C("but i'm only getting like " + n2w(R.randint(11, 99)) + " megs and i used " + n2w(R.randint(11, 99)) + " gigs"))


def n_age_temp():
    N("call/healthcare billing: ages, temperature, counts",
      A("how old is the patient"),
      C("she's " + n2w(R.randint(2, 89)) + " and she had a temperature of a hundred and " + n2w(R.randint(1, 4)) + " for " + n2w(R.randint(2, 9)) + " days"))


def n_year_percent():
    N("chat/banking: years, percentages and APR",
      A("The APR is %d.%d%% and the promo ends in %d." % (R.randint(5, 29), R.randint(0, 9), R.randint(2026, 2028))),
      C("I've had the account since %d, can you do %d%%?" % (R.randint(1995, 2020), R.randint(3, 15))))


def n_balance_call():
    N("call/banking: account balance and transaction amounts (no account number)",
      A("your available balance is " + money_words()),
      C("and the pending charge for " + money_words() + " from " + pick("amazon", "walmart", "target") + " on the " + ORD[R.randint(1, 28)]))


def n_tracking():
    N("chat/retail: order and tracking references with names",
      A("Order #%d shipped via %s." % (R.randint(1000000, 9999999), pick("UPS", "FedEx", "USPS"))),
      C("It said delivered at %d:%02d pm but I have nothing. %d items" % (R.randint(1, 11), R.randint(0, 59), R.randint(2, 9))))


def n_ticket_call():
    N("call/telecom: ticket number spoken with reference word, plus count",
      A("i'm opening ticket number " + say_pairs("%06d" % R.randint(100000, 999999)) + " for you"),
      C("okay that's the " + ORD[R.randint(2, 6)] + " time i've called"))


def n_hold():
    N("call/%s: hold time and call-back window" % pick("government services", "insurance"),
      A("current wait time is about " + n2w(R.randint(11, 59)) + " minutes"),
      C("i've been on hold " + n2w(R.randint(20, 90)) + " minutes already"))


def n_gov_ref():
    N("chat/government services: case and form reference numbers",
      A("Your case number is %s%d." % (pick("IOE", "EAC", "MSC", "WAC"), R.randint(1000000, 9999999))),
      C("OK. I filed form I-%d on %s %d, %d" % (R.choice([130, 485, 765, 90]), MONTHS[R.randint(0, 11)].capitalize(), R.randint(1, 28), R.randint(2023, 2026))))


def n_plan_price():
    N("call/telecom: plan price, number of lines, contract months",
      A("that's " + n2w(R.randint(2, 5)) + " lines at " + n2w(R.randint(25, 85)) + " a month each for " + pick("twenty four", "thirty six", "twelve") + " months"),
      C("and the upgrade fee is still " + n2w(R.randint(25, 45)) + " ninety nine"))


def n_rx_service_dates():
    N("call/healthcare billing: prescription number, date of service and due date (not DOB)",
      A("the date of service was " + MONTHS[R.randint(0, 11)] + " " + ORD[R.randint(1, 28)] + " and the bill is due on the " + ORD[R.randint(1, 28)]),
      C("okay and the prescription number is r x " + say_digits("%07d" % R.randint(1000000, 9999999))),
      A("thanks the copay on that was " + n2w(R.randint(10, 60)) + " dollars"))


def n_ivr_options():
    N("call/%s: IVR options, extension and queue position" % pick("government services", "utilities", "telecom"),
      A("you can also press " + n2w(R.randint(1, 9)) + " for billing or dial extension " + say_digits("%d" % R.randint(200, 899))),
      C("i did that and it said i was caller number " + n2w(R.randint(11, 45)) + " in the queue"))


def n_tracking_call():
    N("call/retail: tracking number and order number spoken with their names",
      A("your order number is " + say_pairs("%08d" % R.randint(10000000, 99999999)) + " and the tracking number ends in " + say_digits("%04d" % R.randint(0, 9999))),
      C("and it'll be there by " + pick("monday", "friday", "the twelfth") + " before " + n2w(R.randint(5, 9)) + " pm"))


def n_price_like_year():
    N("call/telecom: prices said like years ('nineteen ninety nine'), plan gigabytes",
      A("the unlimited plan is " + pick("nineteen ninety nine", "twenty nine ninety nine", "fifty four ninety nine") + " a month with " + n2w(R.randint(15, 75)) + " gigs of hotspot"),
      C("and the phone is " + say_house_number(R.randint(600, 1199)) + " or " + n2w(R.randint(20, 45)) + " a month for thirty six months"))


def n_policy_chat():
    N("chat/insurance: policy, group and claim numbers typed with labels; premium and deductible",
      A("Policy %s-%07d, group %d." % (pick("HO3", "AUTO", "PL", "LIFE"), R.randint(0, 9999999), R.randint(10000, 99999))),
      C("My deductible is $%s and premium $%d.%02d/mo. Claim #%d still open" % ("{:,}".format(R.choice([500, 1000, 2500])), R.randint(80, 300), R.randint(0, 99), R.randint(1000000, 99999999))))


NEG_TEMPLATES = [
    (n_rx_service_dates, 4), (n_ivr_options, 4), (n_tracking_call, 4), (n_price_like_year, 4), (n_policy_chat, 5),
    (n_money, 6), (n_money_chat, 6), (n_policy, 6), (n_claim_chat, 10), (n_member_call, 5), (n_times, 5),
    (n_dates_chat, 5), (n_flight, 5), (n_flight_call, 4), (n_meter, 4), (n_meter_chat, 4), (n_model, 4),
    (n_speed, 4), (n_age_temp, 4), (n_year_percent, 5), (n_balance_call, 5), (n_tracking, 5),
    (n_ticket_call, 4), (n_hold, 3), (n_gov_ref, 4), (n_plan_price, 4),
]


def build():
    global R
    R = random.Random(SEED)
    CASES_OUT.clear()
    COUNTER.clear()
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            fn()
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            fn()
    return list(CASES_OUT)


# ---------------------------------------------------------------- validation
WORD_DIGIT = {w: str(i) for i, w in enumerate(UNITS)}
WORD_DIGIT.update({"oh": "0", "o": "0", "nought": "0", "to": "2", "for": "4"})
FILLER = {"um", "uh", "er", "erm", "dash", "slash", "space", "hyphen", "no", "sorry", "and", "then"}


def spoken_norm(text):
    """Normalise a spoken or typed value to its alphanumeric characters."""
    if re.search(r"\d", text):  # typed value
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = re.findall(r"[A-Za-z]+(?:-[a-z]+)?|\d+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif len(t) == 1 and nxt in ("for", "as") and t.isalpha():
            out.append(t.upper())
            i += 3 if nxt == "for" else 4
            continue
        elif t in ("double", "triple") and nxt in WORD_DIGIT:
            out.append(WORD_DIGIT[nxt] * (2 if t == "double" else 3))
            i += 2
            continue
        elif t in WORD_DIGIT:
            if nxt == "hundred":
                out.append(WORD_DIGIT[t] + "00")
                i += 2
                continue
            out.append(WORD_DIGIT[t])
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            v = TENS.index(t)
            if nxt in UNITS[1:]:
                out.append(str(v) + WORD_DIGIT[nxt])
                i += 2
                continue
            out.append(str(v) + "0")
        elif len(t) == 1:
            out.append(t.upper())
        elif t in FILLER:
            pass
        else:
            return None
        i += 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$")
EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
STREET_WORDS = {w.lower() for w in US_SUFFIX + US_SUFFIX_T + UK_SUFFIX}


def validate_value(typ, val):
    low = val.lower()
    if typ == "EMAIL":
        e = val.lower()
        if " at " in e:
            e = e.replace(" dot ", ".").replace(" at ", "@").replace(" underscore ", "_")
            user, _, dom = e.partition("@")
            user = spoken_norm(user.replace(".", " dot ").replace("_", " underscore ")) if False else user
            parts = []
            for tok in user.split():
                if tok in WORD_DIGIT and tok not in ("to", "for", "o"):
                    parts.append(WORD_DIGIT[tok])
                elif tok in TEENS or tok in TENS:
                    parts.append(spoken_norm(tok))
                else:
                    parts.append(tok)
            e = "".join(parts) + "@" + dom.replace(" ", "")
        return bool(EMAIL_RE.match(e)), e
    if typ in ("DOB", "EXPIRY"):
        ok = any(m in low for m in MONTHS) or bool(re.search(r"\d", val)) or any(u in low.split() for u in UNITS + TEENS + TENS[2:] + ["oh"])
        return ok, val
    if typ == "ADDRESS":
        words = set(re.findall(r"[a-z]+", low))
        hasnum = bool(re.search(r"\d", val)) or bool(words & set(UNITS + TEENS + TENS[2:]))
        return hasnum and bool(words & STREET_WORDS), val
    n = spoken_norm(val)
    if n is None:
        return False, "unparseable"
    if typ == "CARD_NUMBER":
        return True, n  # checked per case after joining fragments
    if typ == "SSN":
        return n.isdigit() and len(n) in (4, 9, 3, 2) , n
    if typ == "NI_NUMBER":
        return True, n
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4), n
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6, n
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 4 <= len(n) <= 12, n
    if typ == "PHONE":
        return n.isdigit() and len(n) >= 3, n
    if typ == "IBAN":
        return True, n
    if typ == "POSTCODE":
        return bool(re.match(r"^\d{5}(\d{4})?$", n) or UK_PC.match(n)), n
    return False, n


def check_case_values(case, errs):
    """Join fragments of the same type in a case and validate complete values."""
    groups = {}
    for sp in case["spans"]:
        txt = case["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]]
        ok, norm = validate_value(sp["type"], txt)
        if not ok:
            errs.append("%s: bad %s value %r -> %r" % (case["id"], sp["type"], txt, norm))
            continue
        groups.setdefault(sp["type"], []).append(norm)
    for typ, vals in groups.items():
        if typ == "CARD_NUMBER":
            # a case may hold the card once, split into fragments, and/or a read-back;
            # also self-corrections ("X no sorry Y" -> keep Y)
            s = "".join(vals)
            cands = split_repeats(s)
            if not all(c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c) for c in cands):
                s2 = "".join(v[-4:] if len(v) == 5 else v for v in vals)  # self-correction
                cands = split_repeats(s2)
                if not all(c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c) for c in cands):
                    errs.append("%s: card fails Luhn/length %r" % (case["id"], s))
        elif typ == "SSN":
            s = "".join(vals)
            if not all(len(c) in (4, 9) for c in split_repeats(s)):
                errs.append("%s: SSN digits %r" % (case["id"], s))
        elif typ == "NI_NUMBER":
            s = "".join(vals)
            if not NI_RE.match(s):
                errs.append("%s: NI format %r" % (case["id"], s))
        elif typ == "IBAN":
            for v in vals:
                if not iban_valid(v):
                    errs.append("%s: IBAN mod97 %r" % (case["id"], v))
        elif typ == "PHONE":
            s = "".join(vals)
            if not (10 <= len(s) <= 13):
                errs.append("%s: phone digits %r" % (case["id"], s))
        elif typ == "BANK_ACCOUNT":
            s = "".join(vals)
            if not (8 <= len(s) <= 12):
                errs.append("%s: account digits %r" % (case["id"], s))


def split_repeats(s):
    """'XX' (value read twice) -> ['X','X'], otherwise [s]."""
    h = len(s) // 2
    if len(s) % 2 == 0 and s[:h] == s[h:]:
        return [s[:h], s[h:]]
    return [s]


def check(cases, text_on_disk):
    errs = []
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for c in cases:
        if c["kind"] not in ("positive", "negative"):
            errs.append("%s: kind" % c["id"])
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s: negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s: positive without spans" % c["id"])
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errs.append("%s: bad turn" % c["id"])
        bys = {}
        for sp in c["spans"]:
            if sp["type"] not in TYPES:
                errs.append("%s: type %s" % (c["id"], sp["type"]))
            if not (0 <= sp["turn"] < len(c["turns"])):
                errs.append("%s: turn out of range" % c["id"])
                continue
            text = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errs.append("%s: offsets out of range" % c["id"])
                continue
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (c["id"], text[s:e]))
            if not ((text[s].isalnum() or (sp["type"] == "PHONE" and text[s] in "+(")) and text[e - 1].isalnum()):
                errs.append("%s: span has untrimmed edge %r" % (c["id"], text[s:e]))
            bys.setdefault(sp["turn"], []).append((s, e))
        for turn, lst in bys.items():
            lst.sort()
            for (s1, e1), (s2, e2) in zip(lst, lst[1:]):
                if s2 < e1:
                    errs.append("%s: overlapping spans" % c["id"])
        check_case_values(c, errs)
    regenerated = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    if text_on_disk is not None and regenerated != text_on_disk:
        errs.append("cases.jsonl differs from regenerated output")
    return errs


def counts(cases):
    tc = Counter(sp["type"] for c in cases for sp in c["spans"])
    kc = Counter(c["kind"] for c in cases)
    return tc, kc


def minimum_errors(tc, kc):
    errs = []
    if kc["positive"] < 170:
        errs.append("only %d positives" % kc["positive"])
    if kc["negative"] < 100:
        errs.append("only %d negatives" % kc["negative"])
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if tc[t] < need:
            errs.append("%s has %d spans < %d" % (t, tc[t], need))
    return errs


def readme(tc, kc):
    lines = [
        "# PII hold-out set 164",
        "",
        "**Never use this set for tuning.** It is a held-out evaluation set only.",
        "",
        "Written by an AI helper acting as an independent author. The author did not read the",
        "redaction code, its tests, its docs or any other PII fixture; only a three-line example",
        "of the JSONL format was seen. Cases are generated by `scripts/make_pii_holdout164.py`",
        "from template functions with a seeded `random.Random(%d)`; every turn is assembled" % SEED,
        "from plain-text segments and (value, TYPE) segments so offsets are computed, never typed.",
        "`python scripts/make_pii_holdout164.py --check` regenerates the file, compares it byte for",
        "byte and validates ids, offsets, word boundaries, overlaps and each value (Luhn for cards,",
        "mod-97 for IBANs, NI format, 9 digits for SSN (4 for last-four readings), 6 for sort codes,",
        "digit counts for CVV/phone/account, UK/US postcode shapes) after normalising spoken forms.",
        "",
        "Emphasis: mostly US contact centres (SSNs spoken and typed in many ways, ZIP and ZIP+4,",
        "US phone formats incl. 'eight hundred' area codes, US street addresses, card payments by",
        "phone) plus UK/Ireland/EU cases, and US non-PII lookalikes (policy, member, claim, ticket,",
        "tracking, order, case numbers given with their names; money, times, dates, meter readings).",
        "",
        "## Annotation conventions",
        "",
        "- A span covers exactly the value: from its first to its last letter/digit, including",
        "  internal separators, spoken connectors (\"dash\", \"double\", \"triple\", \"b for bravo\",",
        "  \"dot\", \"at\") and filler words spoken *inside* the reading (\"uh\"). Lead-in words",
        "  (\"it's\", \"card number is\", \"sort\") and trailing chit-chat are outside.",
        "- Values split over several customer turns are labelled once per fragment (same type).",
        "- Agent read-backs of a value are labelled too.",
        "- A customer self-correction inside a reading (\"seven no sorry four four one two\") is",
        "  labelled as one span covering the wrong digit, the correction words and the right digits.",
        "- ADDRESS covers house number, street name and suffix (and apartment/unit when present), not",
        "  city/state; the ZIP/postcode is a separate POSTCODE span. A \"last four\" SSN reading is SSN.",
        "- EXPIRY is the card expiry date only; DOB only for dates of birth. Money, times, other",
        "  dates, reference numbers with their names, etc. are never labelled.",
        "- Negatives contain no PII at all; any redaction in them is a false positive.",
        "",
        "## Counts",
        "",
        "Positives: %d, negatives: %d." % (kc["positive"], kc["negative"]),
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, tc[t]))
    lines.append("")
    return "\n".join(lines)


def main():
    cases = build()
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    tc, kc = counts(cases)
    rd = readme(tc, kc)
    if "--check" in sys.argv:
        on_disk = open(CASES, encoding="utf-8").read() if os.path.exists(CASES) else ""
        errs = check(cases, on_disk)
        errs += minimum_errors(tc, kc)
        rd_disk = open(README, encoding="utf-8").read() if os.path.exists(README) else ""
        if rd_disk != rd:
            errs.append("README.md differs from regenerated output")
        print("cases: %d (positive %d, negative %d)" % (len(cases), kc["positive"], kc["negative"]))
        for t in TYPES:
            print("  %-13s %d" % (t, tc[t]))
        for e in errs:
            print("ERROR:", e)
        print("check: %s (%d problems)" % ("OK" if not errs else "FAILED", len(errs)))
        sys.exit(1 if errs else 0)
    errs = check(cases, None) + minimum_errors(tc, kc)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(rd)
    print("wrote %d cases to %s" % (len(cases), CASES))
    for e in errs:
        print("WARNING:", e)


if __name__ == "__main__":
    main()

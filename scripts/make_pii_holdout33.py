#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout33``.

Written by an AI helper acting as an independent test author, without
looking at the redaction code.  Standard library only.

    python scripts/make_pii_holdout33.py           # write fixture + README
    python scripts/make_pii_holdout33.py --check   # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 33241123
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout33")
CASES_PATH = os.path.join(OUT_DIR, "cases.jsonl")
README_PATH = os.path.join(OUT_DIR, "README.md")
N_POS = 220
N_NEG = 130

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "I": "india", "J": "juliet",
        "K": "kilo", "L": "lima", "M": "mike", "N": "november", "O": "oscar",
        "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "V": "victor", "W": "whiskey", "X": "xray", "Y": "yankee",
        "Z": "zulu"}
FOLK = {"A": "apple", "B": "bob", "C": "cat", "D": "david", "E": "edward",
        "G": "george", "H": "harry", "J": "john", "K": "king", "L": "london",
        "M": "mary", "N": "nancy", "P": "peter", "R": "robert", "S": "sugar",
        "T": "tommy", "W": "william", "X": "xmas", "Y": "yellow", "Z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
       "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
       "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth",
       "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]
FILLERS = {"um", "uh", "er", "erm"}

rng = random.Random(SEED)


# ---------------------------------------------------------------- values
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


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def card():
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "mc2"])
    if kind == "visa":
        body, n = "4" + digits(14), 16
    elif kind == "visa13":
        body, n = "4" + digits(11), 13
    elif kind == "mc":
        body, n = "5" + str(rng.randint(1, 5)) + digits(13), 16
    elif kind == "mc2":
        body, n = "22" + str(rng.randint(21, 71)) + digits(11), 16
    elif kind == "amex":
        body, n = rng.choice(["34", "37"]) + digits(12), 15
    else:
        body, n = "6011" + digits(11), 16
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card16():
    while True:
        c = card()
        if len(c) == 16:
            return c


def ssn():
    a = rng.randint(1, 665)
    if a == 666:
        a = 667
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + digits(6) + rng.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    lens = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16}
    if lens.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def letters(n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(n))


def iban(country=None):
    country = country or rng.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IT", "BE"])
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digits(14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + digits(14)
    elif country == "DE":
        bban = digits(18)
    elif country == "FR":
        bban = digits(23)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    elif country == "ES":
        bban = digits(20)
    elif country == "IT":
        bban = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(22)
    else:
        bban = digits(12)
    return country + iban_check(country, bban) + bban


def uk_mobile():
    return "07" + rng.choice(["7", "8", "9", "5", "4"]) + digits(8)


def uk_land():
    return "0" + rng.choice(["20", "161", "113", "121", "131", "141", "117"]) + digits(7 if True else 0)[: 10 - len("0")]


def us_phone():
    return str(rng.randint(2, 9)) + digits(2) + str(rng.randint(2, 9)) + digits(6)


def ie_mobile():
    return "08" + rng.choice("35679") + digits(7)


FIRST = ["james", "sarah", "priya", "tom", "aoife", "mohammed", "lucy", "dan", "grace",
         "liam", "maria", "kwame", "sinead", "oliver", "chloe", "raj", "ellie", "sean",
         "hannah", "marek", "fatima", "niamh", "jack", "zoe"]
LAST = ["smith", "okafor", "patel", "murphy", "kowalski", "brennan", "hughes", "nguyen",
        "obrien", "walsh", "fernandes", "clarke", "davies", "garcia", "reilly", "ahmed",
        "thompson", "byrne", "mills", "lewis"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com",
           "btinternet.com", "eircom.net", "live.ie", "aol.com", "protonmail.com",
           "sky.com", "comcast.net"]


def email_parts():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randint(0, 5)
    if style == 0:
        local = [f, ".", l]
    elif style == 1:
        local = [f[0], ".", l]
    elif style == 2:
        local = [f, l, str(rng.randint(1, 99))]
    elif style == 3:
        local = [f, "_", l]
    elif style == 4:
        local = [l, "." if rng.random() < .5 else "", f[0], str(rng.randint(1960, 2005))]
    else:
        local = [f[0], l]
    return local, rng.choice(DOMAINS)


def email_typed(local, dom):
    s = "".join(local) + "@" + dom
    return s.upper() if rng.random() < .1 else s


def say_number_words(n):
    """0..99 as words."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n == 100:
        return "a hundred"
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + UNITS[u])


def email_spoken(local, dom):
    out = []
    for p in local:
        if p == ".":
            out.append("dot")
        elif p == "_":
            out.append("underscore")
        elif p == "":
            continue
        elif p.isdigit():
            n = int(p)
            if n >= 1900:
                out.append(say_number_words(n // 100) + " " + say_number_words(n % 100))
            else:
                out.append(say_number_words(n))
        elif len(p) == 1:
            out.append(p)
        else:
            out.append(p if rng.random() < .7 else " ".join(p))
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


STREETS = ["maple", "church", "station", "victoria", "high", "mill", "park", "oak",
           "kingsway", "elm", "riverside", "harbour", "cedar", "willow", "queens",
           "main", "lincoln", "washington", "beech", "orchard"]
SUFFIX = ["street", "road", "avenue", "lane", "drive", "close", "way", "court",
          "crescent", "grove", "terrace", "place", "gardens", "boulevard"]
SUFFIX_ABBR = {"street": "St", "road": "Rd", "avenue": "Ave", "lane": "Ln", "drive": "Dr",
               "court": "Ct", "boulevard": "Blvd", "place": "Pl", "crescent": "Cres"}
TOWNS_UK = ["leeds", "bristol", "manchester", "glasgow", "cardiff", "norwich", "york"]
TOWNS_US = [("austin", "tx"), ("denver", "co"), ("columbus", "oh"), ("portland", "or"),
            ("tampa", "fl"), ("raleigh", "nc")]


UK_AREAS1 = ["B", "E", "G", "L", "M", "N", "S", "W"]
UK_AREAS2 = ["AB", "BS", "CF", "CR", "DN", "EH", "GL", "KT", "LS", "NE", "NG", "OX", "PL", "RG",
             "SE", "SW", "TN", "YO", "BT", "CB", "DH", "HP", "IP", "KY", "LE", "ME", "NW", "PO",
             "SK", "ST", "WD", "BN", "CV", "DE", "HU", "LN", "NR", "SO", "TQ", "WR"]
UK_SPECIAL = ["SW1A", "EC1A", "WC2H", "W1D", "E1W", "N1C", "NW1W", "SE1P", "WC1E", "EC2M", "W1T"]


def uk_postcode():
    inward = str(rng.randint(0, 9)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
    shape = rng.randint(0, 4)
    if shape == 0:
        out = rng.choice(UK_AREAS1) + str(rng.randint(1, 9))
    elif shape == 1:
        out = rng.choice(UK_AREAS1) + str(rng.randint(10, 40))
    elif shape == 2:
        out = rng.choice(UK_AREAS2) + str(rng.randint(1, 9))
    elif shape == 3:
        out = rng.choice(UK_AREAS2) + str(rng.randint(10, 30))
    else:
        out = rng.choice(UK_SPECIAL)
    return out, inward


def zip_code():
    z = "%05d" % rng.randint(1001, 99950)
    if rng.random() < .25:
        z += "-" + digits(4)
    return z


# ---------------------------------------------------------------- spoken renderers
def zero_word():
    return rng.choice(["zero", "oh", "oh", "o", "nought"])


def say_digit(c):
    return zero_word() if c == "0" else UNITS[int(c)]


def say_single(ds, homophones=False):
    out = []
    for c in ds:
        w = say_digit(c)
        if homophones and rng.random() < .25:
            w = {"two": "to", "four": "for", "eight": "ate", "one": "won"}.get(w, w)
        out.append(w)
    return " ".join(out)


def say_grouped(ds):
    out, i = [], 0
    while i < len(ds):
        j = i
        while j < len(ds) and ds[j] == ds[i]:
            j += 1
        run = j - i
        if run >= 3 and rng.random() < .8:
            out.append("triple " + say_digit(ds[i]))
            i += 3
        elif run >= 2 and rng.random() < .85:
            out.append("double " + say_digit(ds[i]))
            i += 2
        else:
            out.append(say_digit(ds[i]))
            i += 1
    return " ".join(out)


def say_pair(p):
    if p[0] == "0":
        return zero_word() + " " + UNITS[int(p[1])] if p[1] != "0" else zero_word() + " " + zero_word()
    return say_number_words(int(p))


def say_pairs(ds):
    out = []
    i = 0
    if len(ds) % 2 == 1:
        out.append(say_digit(ds[0]))
        i = 1
    while i < len(ds):
        out.append(say_pair(ds[i:i + 2]))
        i += 2
    return " ".join(out)


def say_any(ds, allow_pairs=True, homophones=False):
    r = rng.random()
    if allow_pairs and r < .25:
        return say_pairs(ds)
    if r < .55:
        return say_grouped(ds)
    return say_single(ds, homophones)


LETTER_HOMO = {"B": "be", "C": "see", "R": "are", "T": "tea", "Y": "why", "J": "jay",
               "K": "kay", "P": "pea", "X": "ex", "Z": "zed", "H": "aitch", "M": "em", "N": "en"}


def say_letter(ch, spell_prob=0.4, homo=0.0):
    low = ch.lower()
    if ch in LETTER_HOMO and rng.random() < homo:
        return LETTER_HOMO[ch]
    r = rng.random()
    if r < spell_prob or ch == "O":
        if rng.random() < .7 or ch not in FOLK:
            return low + rng.choice([" for ", " as in "]) + NATO[ch]
        return low + " for " + FOLK[ch]
    return low


def say_alnum(s, spell_prob=0.3):
    out, i = [], 0
    while i < len(s):
        if s[i].isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(say_any(s[i:j], allow_pairs=(j - i) % 2 == 0))
            i = j
        else:
            out.append(say_letter(s[i], spell_prob))
            i += 1
    return " ".join(out)


def groups(ds, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(ds[i:i + n])
        i += n
    if i < len(ds):
        out.append(ds[i:])
    return [g for g in out if g]


def card_groups(c):
    if len(c) == 15:
        return groups(c, [4, 6, 5])
    if len(c) == 13:
        return groups(c, [4, 3, 3, 3])
    return groups(c, [4, 4, 4, 4])


def typed_card(c):
    g = card_groups(c)
    sep = rng.choice([" ", " ", "-", "", " ", ".", "  "])
    return sep.join(g)


def say_dob_call(y, m, d):
    yr = say_number_words(y // 100) + " " + (say_number_words(y % 100) if y % 100 >= 10 else
                                             zero_word() + " " + UNITS[y % 100])
    if y >= 2000:
        yr = "two thousand and " + UNITS[y % 100] if y % 100 < 10 else "twenty " + say_number_words(y % 100)
    form = rng.randint(0, 4)
    if form == 0:
        return "the " + ORD[d - 1] + " of " + MONTHS[m - 1] + " " + yr
    if form == 1:
        return MONTHS[m - 1] + " " + ORD[d - 1] + " " + yr
    if form == 2:
        return ORD[d - 1] + " " + MONTHS[m - 1] + " " + yr
    if form == 3:
        return say_single("%02d%02d" % (d, m)) + " " + yr
    return MONTHS[m - 1] + " " + say_number_words(d) + " " + yr


def typed_dob(y, m, d, us=False):
    form = rng.randint(0, 5)
    mon = MONTHS[m - 1].capitalize()
    if form == 0:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if form == 1:
        return ("%d-%d-%d" % (m, d, y)) if us else ("%02d.%02d.%d" % (d, m, y))
    if form == 2:
        return "%s %d, %d" % (mon, d, y)
    if form == 3:
        return "%d %s %d" % (d, mon[:3], y)
    if form == 4:
        return "%d-%02d-%02d" % (y, m, d)
    return "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), mon, y)


def rand_dob():
    return rng.randint(1941, 2004), rng.randint(1, 12), rng.randint(1, 28)


def expiry_vals():
    return rng.randint(1, 12), rng.randint(25, 31)


def say_expiry(m, y):
    form = rng.randint(0, 3)
    if form == 0:
        return say_single("%02d" % m) + " " + say_number_words(y)
    if form == 1:
        return MONTHS[m - 1] + " twenty " + say_number_words(y)
    if form == 2:
        return say_digit(str(m)) + " " + say_number_words(y) if m < 10 else say_number_words(m) + " " + say_number_words(y)
    return say_single("%02d" % m) + " " + say_single("%02d" % y)


def typed_expiry(m, y):
    if rng.random() < .15:
        return "%s 20%02d" % (MONTHS[m - 1][:3].capitalize(), y)
    return rng.choice(["%02d/%02d", "%02d/20%02d", "%02d-%02d", "%02d%02d", "%d/%02d"]) % (m, y)


US_SUFFIX = ["street", "avenue", "drive", "boulevard", "lane", "court", "road", "place", "way"]


def address_vals(us=False):
    num = rng.randint(1, 240) if not us else rng.randint(100, 9800)
    return num, rng.choice(STREETS), rng.choice(US_SUFFIX if us else SUFFIX)


def say_house_number(n):
    if n < 100:
        return say_number_words(n)
    if n < 1000:
        h, r = divmod(n, 100)
        if r == 0:
            return UNITS[h] + " hundred"
        if rng.random() < .5:
            return UNITS[h] + " hundred and " + say_number_words(r) if r >= 10 else UNITS[h] + " hundred and " + UNITS[r]
        return UNITS[h] + " " + (say_number_words(r) if r >= 10 else zero_word() + " " + UNITS[r])
    return say_pairs("%d" % n)


# ---------------------------------------------------------------- case building
INDUSTRY = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
            "healthcare billing", "government services", "broadband", "energy"]


def build(kind, turns, note):
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        if isinstance(segs, str):
            segs = [segs]
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
    return {"kind": kind, "turns": out_turns, "spans": spans, "note": note}


A, C = "agent", "customer"


def ind():
    return rng.choice(INDUSTRY)


def ok_word():
    return rng.choice(["okay", "mhm", "yep", "right", "okay go on", "uh huh", "got it", "yeah"])


# ---------------------------------------------------------------- positive templates
def p_call_card_one():
    c = card()
    sp = say_any(c, homophones=rng.random() < .3)
    pre = rng.choice(["yeah it's ", "okay so it's ", "right ", "it is ", "um ", "so the card number is "])
    post = rng.choice(["", " and that's a visa", " sorry it's a bit worn", " did you get that", " yeah"])
    return build("positive", [
        (A, rng.choice(["can i take the long number across the front of the card please",
                        "and what's the card number you'd like to pay with",
                        "go ahead with the long card number when you're ready"])),
        (C, [pre, (sp, "CARD_NUMBER"), post]),
        (A, "thank you and the expiry date"),
    ], "call/%s: card number read in one customer turn (spoken digits, doubles/pairs/homophones)" % ind())


def p_call_card_split():
    c = card()
    gs = card_groups(c)
    turns = [(A, "okay whenever you're ready with the card number")]
    for k, g in enumerate(gs):
        lead = rng.choice(["", "", "um ", "uh ", "and then "]) if k else rng.choice(["", "yeah so ", "it's "])
        tail = rng.choice(["", "", " um"])
        turns.append((C, [lead, (say_any(g), "CARD_NUMBER"), tail]))
        if k < len(gs) - 1:
            turns.append((A, ok_word()))
    turns.append((A, "lovely and the expiry"))
    m, y = expiry_vals()
    turns.append((C, [(say_expiry(m, y), "EXPIRY")]))
    return build("positive", turns, "call/%s: card split over several turns with back-channels, then expiry" % ind())


def p_chat_card():
    c = card()
    m, y = expiry_vals()
    cvv = digits(4 if len(c) == 15 else 3)
    form = rng.randint(0, 2)
    if form == 0:
        t = [(C, ["Hi can i pay my bill of \u00a3%d.%02d with card " % (rng.randint(20, 300), rng.randint(0, 99)),
                  (typed_card(c), "CARD_NUMBER"), " exp ", (typed_expiry(m, y), "EXPIRY"),
                  " cvv ", (cvv, "CVV")])]
    elif form == 1:
        t = [(A, "Please provide the card number, expiry and security code."),
             (C, [(typed_card(c), "CARD_NUMBER")]),
             (C, [(typed_expiry(m, y), "EXPIRY")]),
             (C, ["sec code is ", (cvv, "CVV"), " thx"])]
    else:
        t = [(C, ["card no: ", (typed_card(c), "CARD_NUMBER"), "\nexpires ", (typed_expiry(m, y), "EXPIRY"),
                  "\n3 digits on back ", (cvv, "CVV")])]
    return build("positive", t, "chat/%s: typed card with expiry and security code" % ind())


def p_call_card_exp_cvv():
    c = card16()
    m, y = expiry_vals()
    cvv = digits(3)
    return build("positive", [
        (A, "and the card number please"),
        (C, [(say_any(c), "CARD_NUMBER")]),
        (A, "thank you the expiry date"),
        (C, [rng.choice(["it's ", "expires ", "", "uh "]), (say_expiry(m, y), "EXPIRY")]),
        (A, "and the last three digits on the back the security code"),
        (C, [rng.choice(["", "that's ", "it's ", "security code "]), (say_any(cvv, allow_pairs=False), "CVV")]),
        (A, "perfect that's gone through for %s pounds" % say_number_words(rng.randint(20, 99))),
    ], "call/%s: card, expiry and cvv each in its own turn; unlabelled amount after" % ind())


def p_call_card_restart():
    c = card16()
    wrong = c[:4] + str((int(c[4]) + 3) % 10) + c[5:8]
    return build("positive", [
        (A, "can i have the card number"),
        (C, say_single(wrong) + " no hang on i've read that wrong let me start again"),
        (A, "no problem take your time"),
        (C, [(say_any(c), "CARD_NUMBER")]),
        (A, ["so that's ", (say_single(c), "CARD_NUMBER"), " yes"]),
        (C, "yes that's it"),
    ], "call/%s: caller restarts a card reading, agent reads full number back (both labelled)" % ind())


def p_call_card_selfcorrect_inline():
    c = card16()
    g = card_groups(c)
    bad = str((int(g[2]) + 1111) % 10000).zfill(4)
    return build("positive", [
        (A, "okay read me the card number"),
        (C, [(say_single(g[0] + g[1]), "CARD_NUMBER"), " " + say_single(bad) + " sorry no ",
             (say_single(g[2]), "CARD_NUMBER"), " ", (say_single(g[3]), "CARD_NUMBER")]),
        (A, "thank you"),
    ], "call/%s: card with an inline self-correction of the third group (wrong group unlabelled)" % ind())


def p_call_ssn():
    s = ssn()
    form = rng.randint(0, 3)
    if form == 0:
        t = [(A, "can you verify the last four of your social"),
             (C, "um i think you need the whole thing don't you"),
             (A, "sure go ahead with the full social security number"),
             (C, [(say_any(s), "SSN")])]
    elif form == 1:
        t = [(A, "and your social security number"),
             (C, [(say_any(s[:3]), "SSN")]), (A, ok_word()),
             (C, [(say_any(s[3:5]), "SSN")]), (A, ok_word()),
             (C, [(say_any(s[5:]), "SSN")])]
    elif form == 2:
        t = [(A, "for the claim i just need your ssn"),
             (C, ["yeah it's ", (say_single(s[:3]) + " " + say_pairs(s[3:5]) + " " + say_pairs(s[5:]), "SSN"),
                  " and i'm calling about claim number " + say_single(digits(7))])]
    else:
        t = [(A, "could i get your social please"),
             (C, ["sure " + say_single(s[:5]) + " " + rng.choice(["um", "uh"]) + " wait let me start again ",
                  (say_single(s), "SSN")]),
             (A, ["okay i have ", (say_grouped(s), "SSN")])]
    return build("positive", t, "call/%s US: social security number spoken (single/pairs/split/readback)" % rng.choice(["healthcare billing", "insurance", "government services", "banking"]))


def typed_ssn(s):
    return rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])


def p_chat_ssn():
    s = ssn()
    form = rng.randint(0, 2)
    if form == 0:
        t = [(A, "To verify your identity please enter your SSN."),
             (C, [(typed_ssn(s), "SSN")])]
    elif form == 1:
        t = [(C, ["my ssn is ", (typed_ssn(s), "SSN"), " and my member id is M" + digits(8)])]
    else:
        t = [(C, ["SSN: ", (typed_ssn(s), "SSN"), ", policy #" + digits(9) + ", premium $" + str(rng.randint(90, 400)) + ".00"])]
    return build("positive", t, "chat/%s US: typed SSN with unlabelled ids/amounts nearby" % rng.choice(["insurance", "banking", "healthcare billing"]))


def say_ni(n, spell=0.4):
    pre = say_letter(n[0], spell) + " " + say_letter(n[1], spell)
    d = n[2:8]
    dig = say_any(d)
    suf = say_letter(n[8], spell)
    return pre, dig, suf


def p_call_ni():
    n = ni()
    pre, dig, suf = say_ni(n)
    form = rng.randint(0, 2)
    if form == 0:
        t = [(A, "and your national insurance number please"),
             (C, [rng.choice(["yeah it's ", "", "okay it's ", "er "]), (pre + " " + dig + " " + suf, "NI_NUMBER")])]
    elif form == 1:
        t = [(A, "can i take your ni number"),
             (C, [(pre, "NI_NUMBER")]), (A, ok_word()),
             (C, [(dig, "NI_NUMBER")]), (A, "and the last letter"),
             (C, [(suf, "NI_NUMBER")])]
    else:
        t = [(A, "what's your national insurance"),
             (C, ["i've got it here it's ", (pre + " " + dig + " " + suf, "NI_NUMBER"),
                  " and i've been on universal credit since twenty " + say_number_words(rng.randint(15, 23))]),
             (A, ["so ", (say_ni(n, 0.9)[0] + " " + say_single(n[2:8]) + " " + say_letter(n[8], 0.9), "NI_NUMBER"), " correct"])]
    return build("positive", t, "call/%s UK: national insurance number spoken, letters spelled phonetically" % rng.choice(["government services", "banking", "utilities", "insurance"]))


def typed_ni(n):
    f = rng.randint(0, 4)
    if f == 0:
        s = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif f == 1:
        s = n
    elif f == 2:
        s = n[:8] + " " + n[8]
    elif f == 3:
        s = "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    else:
        s = n[:2] + " " + n[2:8] + " " + n[8] if rng.random() < .6 else n[:5] + " " + n[5:]
    return s.lower() if rng.random() < .3 else s


def p_chat_ni():
    n = ni()
    form = rng.randint(0, 2)
    if form == 0:
        t = [(A, "Could you confirm your National Insurance number?"), (C, [(typed_ni(n), "NI_NUMBER")])]
    elif form == 1:
        t = [(C, ["hi my NI no is ", (typed_ni(n), "NI_NUMBER"), " and ref " + digits(8) + " re my pension"])]
    else:
        t = [(C, ["Name: " + rng.choice(FIRST).capitalize() + " " + rng.choice(LAST).capitalize() +
                  "\nNINO: ", (typed_ni(n), "NI_NUMBER"), "\nQuery: tax code changed to 1257L"])]
    return build("positive", t, "chat/%s UK: typed NI number in varied spacing/case" % rng.choice(["government services", "banking", "insurance"]))


def say_sort(sc):
    f = rng.randint(0, 2)
    if f == 0:
        return say_pairs(sc)
    if f == 1:
        return say_single(sc)
    return say_grouped(sc)


def p_call_bank():
    acc, sc = digits(8), digits(6)
    form = rng.randint(0, 2)
    if form == 0:
        t = [(A, "what's the sort code"), (C, [(say_sort(sc), "SORT_CODE")]),
             (A, "and the account number"), (C, [(say_any(acc), "BANK_ACCOUNT")])]
    elif form == 1:
        t = [(A, "can i take the bank details for the direct debit"),
             (C, ["sort code ", (say_sort(sc), "SORT_CODE"), " account ", (say_any(acc), "BANK_ACCOUNT")]),
             (A, "thanks and the payment date will be the %s of each month" % rng.choice(ORD[:28]))]
    else:
        t = [(A, "and the account number"),
             (C, [(say_single(acc[:4]), "BANK_ACCOUNT")]), (A, ok_word()),
             (C, [(say_single(acc[4:]), "BANK_ACCOUNT")]),
             (A, "and the sort code"), (C, ["it's ", (say_sort(sc), "SORT_CODE"), " i think yeah"])]
    return build("positive", t, "call/%s UK: sort code and 8-digit account number spoken" % rng.choice(["banking", "utilities", "energy", "telecom"]))


def p_chat_bank():
    acc, sc = digits(8), digits(6)
    scs = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    form = rng.randint(0, 1)
    if form == 0:
        t = [(C, ["sort code ", (scs, "SORT_CODE"), " acc no ", (acc, "BANK_ACCOUNT"),
                  " pls refund the \u00a3" + str(rng.randint(10, 90)) + " overcharge"])]
    else:
        t = [(A, "Please send the account number and sort code for the refund."),
             (C, [(acc, "BANK_ACCOUNT"), " / ", (scs, "SORT_CODE")])]
    return build("positive", t, "chat/%s UK: typed sort code and account number" % rng.choice(["retail", "banking", "insurance"]))


def p_us_account():
    acc = digits(rng.choice([10, 11, 12]))
    if rng.random() < .5:
        t = [(A, "what's the checking account number the refund should go to"),
             (C, [(say_any(acc), "BANK_ACCOUNT")])]
        note = "call"
    else:
        t = [(C, ["Account #: ", (acc, "BANK_ACCOUNT"), " (checking)"])]
        note = "chat"
    return build("positive", t, "%s/%s US: long bank account number" % (note, rng.choice(["banking", "insurance", "retail"])))


def typed_iban(s):
    f = rng.randint(0, 2)
    if f == 0:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s.lower() if rng.random() < .2 else s


def p_chat_iban():
    i = iban()
    t = [(A, "Please share the IBAN for the transfer."),
         (C, [rng.choice(["IBAN ", "iban: ", "", "it's "]), (typed_iban(i), "IBAN"),
              rng.choice(["", " thanks", ", BIC " + letters(4) + i[:2] + "2X"])])]
    return build("positive", t, "chat/%s EU: typed IBAN (%s)" % (rng.choice(["banking", "travel", "retail"]), i[:2]))


def p_call_iban():
    i = iban(rng.choice(["GB", "IE", "DE", "NL"]))
    parts = [i[k:k + 4] for k in range(0, len(i), 4)]
    if rng.random() < .5:
        t = [(A, "go ahead with the iban"),
             (C, [(say_alnum(i, 0.3), "IBAN")])]
    else:
        t = [(A, "go ahead with the iban")]
        for k in range(0, len(parts), 2):
            t.append((C, [(say_alnum("".join(parts[k:k + 2]), 0.3), "IBAN")]))
            t.append((A, ok_word()))
        t.pop()
    return build("positive", t, "call/%s: IBAN spoken (%s), letters and digits, possibly split over turns" % (rng.choice(["banking", "insurance", "travel"]), i[:2]))


def typed_phone(kind):
    if kind == "uk":
        p = uk_mobile()
        return rng.choice([p, p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "+44" + p[1:], "(0" + p[1:5] + ") " + p[5:]])
    if kind == "us":
        p = us_phone()
        return rng.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                           "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:]), p])
    if kind == "eu":
        return rng.choice(["+49 15%d %s" % (rng.randint(1, 9), digits(8)), "+33 6 %s %s %s %s" % (digits(2), digits(2), digits(2), digits(2)),
                           "+34 6%s %s %s" % (digits(2), digits(3), digits(3)), "+31 6 %s" % digits(8)])
    p = ie_mobile()
    return rng.choice([p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:], p])


def say_phone(kind):
    if kind == "uk":
        p = uk_mobile()
        if rng.random() < .3:
            return "plus four four " + say_any(p[1:])
        return say_any(p[:5]) + " " + say_any(p[5:])
    if kind == "us":
        p = us_phone()
        f = rng.randint(0, 2)
        if f == 0:
            return say_single(p)
        if f == 1:
            return say_single(p[:3]) + " " + say_single(p[3:6]) + " " + say_pairs(p[6:])
        return say_grouped(p)
    p = ie_mobile()
    if rng.random() < .4:
        return "plus three five three " + say_any(p[1:])
    return say_any(p)


def p_call_phone():
    kind = rng.choice(["uk", "us", "ie"])
    form = rng.randint(0, 2)
    if form == 0:
        t = [(A, "what's the best number to reach you on"), (C, [rng.choice(["it's ", "", "my mobile's "]), (say_phone(kind), "PHONE")])]
    elif form == 1:
        ph = say_phone(kind).split(" ")
        cut = len(ph) // 2
        while ph[cut - 1] in ("double", "triple", "plus") or ph[cut - 1] in TENS.values():
            cut += 1
        t = [(A, "and a contact number"), (C, [(" ".join(ph[:cut]), "PHONE")]), (A, ok_word()),
             (C, [(" ".join(ph[cut:]), "PHONE")])]
    else:
        t = [(A, "and can i confirm the number we have on file"),
             (C, ["no that's old the new one is ", (say_phone(kind), "PHONE"), " and call after " + rng.choice(["five", "six", "half four"])])]
    return build("positive", t, "call/%s (%s): phone number spoken" % (ind(), kind))


def p_chat_phone():
    kind = rng.choice(["uk", "us", "ie", "eu"])
    t = [(C, [rng.choice(["call me on ", "my number: ", "pls ring ", "Phone - ", "text me at "]),
              (typed_phone(kind), "PHONE"), rng.choice(["", " after 6pm", " thanks!", " (mobile)"])])]
    return build("positive", t, "chat/%s (%s): typed phone number" % (ind(), kind))


def p_email():
    local, dom = email_parts()
    if rng.random() < .5:
        t = [(A, "what email address should we send the confirmation to"),
             (C, [rng.choice(["it's ", "", "yeah it's "]), (email_spoken(local, dom), "EMAIL")])]
        ch = "call"
    else:
        t = [(C, [rng.choice(["email is ", "my e-mail: ", "send to ", "Email - "]), (email_typed(local, dom), "EMAIL"),
                  rng.choice(["", " please", ". thanks"])])]
        ch = "chat"
    return build("positive", t, "%s/%s: email address" % (ch, ind()))


def p_email_phone_same_turn():
    local, dom = email_parts()
    kind = rng.choice(["uk", "us", "ie"])
    if rng.random() < .5:
        t = [(A, "can i get an email and a phone number for the booking"),
             (C, ["email ", (email_spoken(local, dom), "EMAIL"), " and the phone is ", (say_phone(kind), "PHONE")])]
        ch = "call"
    else:
        t = [(C, ["Contact: ", (email_typed(local, dom), "EMAIL"), " / ", (typed_phone(kind), "PHONE")])]
        ch = "chat"
    return build("positive", t, "%s/%s: email and phone in one turn" % (ch, rng.choice(["travel", "retail", "healthcare billing"])))


def p_dob_call():
    y, m, d = rand_dob()
    t = [(A, "for security can you confirm your date of birth"),
         (C, [rng.choice(["yeah it's ", "", "uh ", "sure "]), (say_dob_call(y, m, d), "DOB")]),
         (A, "thank you that's all verified")]
    return build("positive", t, "call/%s: date of birth spoken" % ind())


def p_dob_chat():
    y, m, d = rand_dob()
    us = rng.random() < .4
    t = [(A, "Please confirm your date of birth."),
         (C, [rng.choice(["", "DOB ", "born ", "its "]), (typed_dob(y, m, d, us), "DOB")])]
    return build("positive", t, "chat/%s: typed date of birth" % ind())


def p_dob_with_other_date():
    y, m, d = rand_dob()
    t = [(A, "and what's your date of birth"),
         (C, [(say_dob_call(y, m, d), "DOB"), " and the appointment was on the " + rng.choice(ORD) + " of " +
              rng.choice(MONTHS) + " at " + rng.choice(["ten", "half two", "quarter past nine"])])]
    return build("positive", t, "call/healthcare billing: DOB next to an unlabelled appointment date")


def say_postcode(pc):
    out, inw = pc
    return say_alnum(out, 0.3) + " " + say_alnum(inw, 0.3)


def typed_postcode(pc):
    out, inw = pc
    s = rng.choice([out + " " + inw, out + inw, out + " " + inw])
    return s.lower() if rng.random() < .25 else s


def p_address_uk_call():
    num, st, suf = address_vals()
    pc = uk_postcode()
    t = [(A, "can i take the first line of the address"),
         (C, [rng.choice(["it's ", "yeah ", ""]), (say_house_number(num) + " " + st + " " + suf, "ADDRESS"),
              " in " + rng.choice(TOWNS_UK)]),
         (A, "and the postcode"),
         (C, [(say_postcode(pc), "POSTCODE")])]
    return build("positive", t, "call/%s UK: house number + street spoken, postcode spelled" % rng.choice(["utilities", "energy", "retail", "telecom"]))


def p_address_uk_chat():
    num, st, suf = address_vals()
    pc = uk_postcode()
    town = rng.choice(TOWNS_UK).capitalize()
    street = "%d %s %s" % (num, st.capitalize(), suf.capitalize())
    if rng.random() < .3 and suf in SUFFIX_ABBR:
        street = "%d %s %s" % (num, st.capitalize(), SUFFIX_ABBR[suf])
    if rng.random() < .2:
        street = street.lower()
    t = [(C, [rng.choice(["new address is ", "Deliver to ", "address: ", ""]), (street, "ADDRESS"), ", " + town + " ",
              (typed_postcode(pc), "POSTCODE")])]
    return build("positive", t, "chat/%s UK: typed street address and postcode" % rng.choice(["retail", "insurance", "utilities"]))


def p_address_us():
    num, st, suf = address_vals(us=True)
    town, state = rng.choice(TOWNS_US)
    z = zip_code()
    if rng.random() < .5:
        street = "%d %s %s" % (num, st.capitalize(), SUFFIX_ABBR.get(suf, suf.capitalize()))
        t = [(C, ["ship to ", (street, "ADDRESS"), ", " + town.capitalize() + ", " + state.upper() + " ", (z, "POSTCODE")])]
        ch = "chat"
    else:
        zd = z.replace("-", "")
        t = [(A, "what's the billing address"),
             (C, [(say_house_number(num) + " " + st + " " + suf, "ADDRESS"), " " + town + " " + state]),
             (A, "and the zip"),
             (C, [(say_any(zd[:5]), "POSTCODE")])]
        ch = "call"
    return build("positive", t, "%s/%s US: street address and ZIP" % (ch, rng.choice(["retail", "insurance", "utilities"])))


def p_postcode_only():
    pc = uk_postcode()
    if rng.random() < .5:
        t = [(A, "can i just take your postcode to find the account"),
             (C, [rng.choice(["it's ", "", "er "]), (say_postcode(pc), "POSTCODE")]),
             (A, "and the house number"), (C, say_number_words(rng.randint(1, 99)))]
        ch = "call"
    else:
        t = [(C, ["postcode ", (typed_postcode(pc), "POSTCODE"), " is there an outage"])]
        ch = "chat"
    return build("positive", t, "%s/%s UK: postcode alone (house number left unlabelled)" % (ch, rng.choice(["utilities", "broadband", "energy"])))


def p_cvv_expiry_chat():
    m, y = expiry_vals()
    cvv = digits(3)
    t = [(A, "Thanks. What is the expiry date and CVV?"),
         (C, [rng.choice(["exp ", "expiry ", "valid thru ", ""]), (typed_expiry(m, y), "EXPIRY"),
              rng.choice([" cvv ", " and ", ", code ", " / "]), (cvv, "CVV")])]
    return build("positive", t, "chat/%s: expiry and cvv typed together" % ind())


def p_cvv_call_split():
    cvv = digits(3)
    m, y = expiry_vals()
    t = [(A, "and the security code on the back"),
         (C, "the three digits yeah hang on let me turn it over"),
         (A, "no rush"),
         (C, [(say_single(cvv), "CVV")]),
         (A, "and it expires"),
         (C, [(say_expiry(m, y), "EXPIRY")])]
    return build("positive", t, "call/%s: cvv after a pause turn, then expiry" % ind())


def p_mixed_many():
    n = ni()
    y, m, d = rand_dob()
    pc = uk_postcode()
    pre, dig, suf = say_ni(n)
    t = [(A, "i'll need your date of birth postcode and national insurance number"),
         (C, [(say_dob_call(y, m, d), "DOB"), " postcode ", (say_postcode(pc), "POSTCODE")]),
         (A, "and the ni number"),
         (C, [(pre + " " + dig + " " + suf, "NI_NUMBER")])]
    return build("positive", t, "call/government services UK: DOB, postcode and NI in quick succession")


def p_ni_ssn_chat_mixed():
    s = ssn()
    n = ni()
    t = [(C, ["I moved from the US, my old SSN was ", (typed_ssn(s), "SSN"), " and my NI number is ", (typed_ni(n), "NI_NUMBER")])]
    return build("positive", t, "chat/government services: SSN and NI number in one message")


def p_ssn_dob_call():
    s = ssn()
    y, m, d = rand_dob()
    t = [(A, "can i verify your date of birth and social"),
         (C, [(say_dob_call(y, m, d), "DOB"), " and social is ", (say_any(s), "SSN")]),
         (A, "thanks i see a balance of " + say_number_words(rng.randint(20, 99)) + " dollars")]
    return build("positive", t, "call/healthcare billing US: DOB and SSN in one turn, balance unlabelled")


def p_card_ni_chat():
    c = card()
    n = ni()
    t = [(C, ["ni ", (typed_ni(n), "NI_NUMBER"), " card ", (typed_card(c), "CARD_NUMBER")])]
    return build("positive", t, "chat/government services UK: NI and card in one terse message")


def p_card_ssn_call():
    c = card16()
    s = ssn()
    t = [(A, "to set up the payment plan i need the card and your social"),
         (C, ["card is ", (say_any(c), "CARD_NUMBER")]),
         (A, "and the social"),
         (C, [(say_any(s), "SSN"), " and the plan is " + say_number_words(rng.randint(2, 12)) + " months right"])]
    return build("positive", t, "call/healthcare billing US: card then SSN, months count unlabelled")


def p_ni_split_readback():
    n = ni()
    t = [(A, "national insurance number please"),
         (C, [(say_letter(n[0], 1.0) + " " + say_letter(n[1], 1.0), "NI_NUMBER")]),
         (A, "mhm"),
         (C, [(say_pairs(n[2:4]) + " " + say_pairs(n[4:6]), "NI_NUMBER")]),
         (A, "yep"),
         (C, [(say_pairs(n[6:8]) + " " + say_letter(n[8], 0.5), "NI_NUMBER")]),
         (A, ["so that's ", (n[0].lower() + " " + n[1].lower() + " " + say_single(n[2:8]) + " " + n[8].lower(), "NI_NUMBER")])]
    return build("positive", t, "call/government services UK: NI number in pairs over three turns, agent reads back")


def p_ssn_chat_typo():
    s = ssn()
    t = [(C, "hi i ned to update my adress on my acount"),
         (A, "Happy to help. Can you verify your SSN first?"),
         (C, ["ya its ", (typed_ssn(s), "SSN"), " sry"])]
    return build("positive", t, "chat/%s US: SSN in a typo-heavy chat" % rng.choice(["banking", "utilities", "insurance"]))


def p_ni_homophones():
    n = ni()
    pre = say_letter(n[0], 0.2, 0.7) + " " + say_letter(n[1], 0.2, 0.7)
    t = [(A, "and your national insurance number"),
         (C, [rng.choice(["yeah it's ", "", "right it's "]), (pre + " " + say_any(n[2:8]) + " " + say_letter(n[8], 0.0, 0.9), "NI_NUMBER")]),
         (A, "thank you")]
    return build("positive", t, "call/government services UK: NI number with ASR letter homophones (see/be/are/why/zed)")


def p_dob_split():
    y, m, d = rand_dob()
    day = rng.choice(["the " + ORD[d - 1] + " of " + MONTHS[m - 1], MONTHS[m - 1] + " the " + ORD[d - 1]])
    yr = say_number_words(y // 100) + " " + (say_number_words(y % 100) if y % 100 >= 10 else "oh " + UNITS[y % 100])
    if y >= 2000:
        yr = "two thousand and " + UNITS[y % 100] if y % 100 < 10 else "twenty " + say_number_words(y % 100)
    t = [(A, "and your date of birth please"),
         (C, [(day, "DOB")]),
         (A, "and the year"),
         (C, [rng.choice(["", "uh ", "that's "]), (yr, "DOB")])]
    return build("positive", t, "call/%s: date of birth split, day-month then year after agent prompt" % ind())


def p_card_fillers():
    c = card16()
    g = card_groups(c)
    parts = []
    for k, gg in enumerate(g):
        parts.append(say_any(gg))
        if k < 3 and rng.random() < .6:
            parts.append(rng.choice(["um", "uh", "er"]))
    t = [(A, "can i take the card number"),
         (C, ["yeah it's ", (" ".join(parts), "CARD_NUMBER"), " and can you take " +
              say_number_words(rng.randint(20, 99)) + " pounds off it today"])]
    return build("positive", t, "call/%s: card read with hesitation fillers inside the reading, amount after" % ind())


def p_phone_readback():
    kind = rng.choice(["uk", "us", "ie"])
    val = say_phone(kind)
    t = [(A, "what number can we call you back on"),
         (C, [(val, "PHONE")]),
         (A, ["let me read that back ", (val if rng.random() < .5 else say_phone_same(val), "PHONE")]),
         (C, "yeah that's right")]
    return build("positive", t, "call/%s (%s): phone number given then read back by agent" % (ind(), kind))


def say_phone_same(val):
    d = spoken_norm(val)
    pre = ""
    if val.startswith("plus"):
        pre = "plus " + say_single(d[:2] if val.startswith("plus four four") else d[:3]) + " "
        d = d[2:] if val.startswith("plus four four") else d[3:]
    return pre + say_single(d)


def p_chat_card_odd_groups():
    c = card16()
    cut = rng.choice([[5, 5, 6], [6, 6, 4], [4, 8, 4], [8, 8], [3, 4, 4, 5]])
    gs = groups(c, cut)
    sep = rng.choice([" ", "-", " - "])
    t = [(A, "Please enter the long card number."),
         (C, [(sep.join(gs), "CARD_NUMBER"), rng.choice(["", " is that ok", " (debit)"])])]
    return build("positive", t, "chat/%s: card typed with irregular grouping" % ind())


def p_email_spoken_hard():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    num = rng.randint(1, 99)
    dom = rng.choice(["hotmail dot co dot uk", "gmail dot com", "outlook dot ie", "btinternet dot com", "yahoo dot co dot uk"])
    form = rng.randint(0, 2)
    if form == 0:
        val = "%s underscore %s %s at %s" % (f, l, say_number_words(num), dom)
    elif form == 1:
        val = "%s dot %s at %s" % (" ".join(f), l, dom)
    else:
        val = "%s %s at %s" % (f[0], l, dom)
    t = [(A, "and an email address for the e-ticket"),
         (C, ["it's ", (val, "EMAIL")]),
         (A, "is that all lower case"), (C, "yeah all lower case")]
    return build("positive", t, "call/%s: spoken email with underscore/spelled letters/co dot uk" % rng.choice(["travel", "retail", "utilities"]))


def p_sort_acc_readback():
    acc, sc = digits(8), digits(6)
    t = [(C, ["my sort code is ", (say_pairs(sc), "SORT_CODE"), " and account ", (say_any(acc), "BANK_ACCOUNT")]),
         (A, ["so sort code ", (say_single(sc), "SORT_CODE"), " account ending " + say_single(acc[-4:])]),
         (C, "yes")]
    return build("positive", t, "call/banking UK: sort code and account, agent reads back sort code (account tail unlabelled)")


def p_address_split():
    num, st, suf = address_vals()
    pc = uk_postcode()
    t = [(A, "and what's the address for the new connection"),
         (C, ["it's ", (say_house_number(num), "ADDRESS")]),
         (A, rng.choice(["mhm", "okay", "yep go on"])),
         (C, [(st + " " + suf, "ADDRESS"), " " + rng.choice(["it's just off the high street", "near the school", "by the church"])]),
         (A, "lovely and the postcode"),
         (C, [(say_alnum(pc[0], 0.2) + " " + " ".join(say_letter(ch, 0.2, 0.4) if ch.isalpha() else say_digit(ch) for ch in pc[1]), "POSTCODE")])]
    return build("positive", t, "call/%s UK: house number and street name split over turns, postcode with letter homophones" % rng.choice(["energy", "broadband", "utilities"]))


def p_zip4_spoken():
    num, st, suf = address_vals(us=True)
    z = "%05d" % rng.randint(10001, 99950) + digits(4)
    t = [(A, "can you confirm the service address and zip"),
         (C, [(say_house_number(num) + " " + st + " " + suf, "ADDRESS"), " and the zip is ",
              (say_single(z[:5]) + " " + rng.choice(["dash ", ""]) + say_single(z[5:]), "POSTCODE")])]
    return build("positive", t, "call/%s US: address and ZIP+4 spoken in one turn" % rng.choice(["utilities", "telecom", "insurance"]))


def p_expiry_slash():
    m, y = expiry_vals()
    cvv = digits(3)
    t = [(A, "expiry and security code please"),
         (C, [(say_single("%02d" % m) + " slash " + say_number_words(y), "EXPIRY"), " and the code is ", (say_grouped(cvv), "CVV")])]
    return build("positive", t, "call/%s: expiry read with 'slash', cvv in same turn" % ind())


def p_email_brackets():
    local, dom = email_parts()
    t = [(C, ["Hi, please update my email to <", (email_typed(local, dom), "EMAIL"), "> from the old one, my ticket is #" + digits(6)])]
    return build("positive", t, "chat/%s: email in angle brackets next to a ticket number" % ind())


def p_phone_selfcorrect():
    p = uk_mobile()
    wrong = p[:5] + str((int(p[5]) + 2) % 10)
    t = [(A, "and the best contact number"),
         (C, say_single(wrong) + " no sorry that's my old one"),
         (A, "no worries"),
         (C, ["it's ", (say_any(p[:5]) + " " + say_any(p[5:]), "PHONE"), " that's the mobile"]),
         (A, "and is there a landline"), (C, "no just the mobile it's %s pounds a month for the landline" % say_number_words(rng.randint(15, 30)))]
    return build("positive", t, "call/%s UK: caller abandons an old number then gives the mobile (abandoned fragment unlabelled)" % ind())


POS_TEMPLATES = [
    (p_phone_selfcorrect, 1),
    (p_address_split, 2), (p_zip4_spoken, 1), (p_expiry_slash, 1), (p_email_brackets, 1),
    (p_ni_homophones, 2), (p_dob_split, 1), (p_card_fillers, 1), (p_phone_readback, 1),
    (p_chat_card_odd_groups, 1), (p_email_spoken_hard, 1), (p_sort_acc_readback, 1),
    (p_call_card_one, 3), (p_call_card_split, 2), (p_chat_card, 3), (p_call_card_exp_cvv, 2),
    (p_call_card_restart, 1), (p_call_card_selfcorrect_inline, 1), (p_call_ssn, 4), (p_chat_ssn, 3),
    (p_call_ni, 3), (p_chat_ni, 2), (p_call_bank, 2), (p_chat_bank, 2), (p_us_account, 2),
    (p_chat_iban, 3), (p_call_iban, 2), (p_call_phone, 2), (p_chat_phone, 2), (p_email, 3),
    (p_email_phone_same_turn, 2), (p_dob_call, 2), (p_dob_chat, 2), (p_dob_with_other_date, 1),
    (p_address_uk_call, 2), (p_address_uk_chat, 2), (p_address_us, 1), (p_postcode_only, 1),
    (p_cvv_expiry_chat, 1), (p_cvv_call_split, 1), (p_mixed_many, 1), (p_ni_ssn_chat_mixed, 1),
    (p_ssn_dob_call, 1), (p_card_ni_chat, 1), (p_card_ssn_call, 1), (p_ni_split_readback, 1),
    (p_ssn_chat_typo, 1),
]


# ---------------------------------------------------------------- negative templates
def money_words():
    return rng.choice([
        "%s pounds %s" % (say_number_words(rng.randint(11, 99)), say_number_words(rng.randint(10, 99))),
        "%s hundred and %s dollars" % (UNITS[rng.randint(1, 9)], say_number_words(rng.randint(10, 99))),
        "%s ninety nine" % say_number_words(rng.randint(11, 99)),
        "%s thousand %s hundred euro" % (say_number_words(rng.randint(1, 20)), UNITS[rng.randint(1, 9)]),
    ])


def n_balance_call():
    return build("negative", [
        (A, "your current balance is " + money_words()),
        (C, "and when is the next payment due"),
        (A, "on the %s of %s and it'll be %s" % (rng.choice(ORD), rng.choice(MONTHS), money_words())),
    ], "call/%s: balances and a payment due date (not DOB)" % rng.choice(["banking", "utilities", "telecom"]))


def n_order_chat():
    ref = digits(rng.randint(6, 9))
    return build("negative", [
        (C, "Hi, where is my order #%s? It was supposed to arrive on %d/%d" % (ref, rng.randint(1, 28), rng.randint(1, 12))),
        (A, "Order %s shipped %s and should arrive within %d working days." % (ref, rng.choice(["yesterday", "on Monday"]), rng.randint(2, 5))),
    ], "chat/retail: order number with reference word, delivery date")


def n_order_call():
    ref = digits(rng.randint(6, 9))
    return build("negative", [
        (A, "have you got the order number there"),
        (C, "yeah order number " + say_any(ref, allow_pairs=False)),
        (A, "thanks that's the %s quid one with the %s items" % (say_number_words(rng.randint(20, 99)), say_number_words(rng.randint(2, 9)))),
    ], "call/retail: spoken order number and counts")


def n_appointment():
    return build("negative", [
        (A, "i can book you in on %s the %s of %s at %s" % (rng.choice(["monday", "tuesday", "thursday"]), rng.choice(ORD), rng.choice(MONTHS),
                                                        rng.choice(["ten thirty", "half two", "nine fifteen", "two pm"]))),
        (C, "yeah the %s works and it's about %s minutes right" % (rng.choice(ORD), say_number_words(rng.choice([15, 20, 30, 45])))),
    ], "call/healthcare billing: appointment date and time, duration")


def n_flight():
    fl = rng.choice(["b a", "e i", "f r", "u a", "a a", "d l"])
    num = digits(rng.randint(3, 4))
    return build("negative", [
        (C, "i'm on flight %s %s on the %s of %s" % (fl, say_single(num), rng.choice(ORD), rng.choice(MONTHS))),
        (A, "okay departing at %s from gate %s and you're in seat %s %s" % (rng.choice(["fourteen thirty", "oh seven fifteen", "nine forty"]),
                                                                      say_number_words(rng.randint(1, 60)), say_number_words(rng.randint(1, 40)), rng.choice("abcdef"))),
    ], "call/travel: flight number, gate, seat, departure time")


def n_flight_chat():
    return build("negative", [
        (C, "Booking ref %s, flight %s%d on %d %s. Can I add a 23kg bag?" % (letters(6), rng.choice(["BA", "EI", "FR", "UA", "LH"]), rng.randint(100, 9999),
                                                                          rng.randint(1, 28), rng.choice(MONTHS).capitalize())),
        (A, "Yes, it's \u20ac%d.%02d per bag each way." % (rng.randint(20, 70), rng.randint(0, 99))),
    ], "chat/travel: booking reference, flight number, weight, price")


def n_meter():
    r = digits(5)
    return build("negative", [
        (A, "can you read me the meter reading"),
        (C, "it says " + say_any(r, allow_pairs=False) + " and the other dial is on " + say_single(digits(4))),
        (A, "thanks that's about %s kilowatt hours this quarter" % say_number_words(rng.randint(20, 99))),
    ], "call/energy: meter readings and usage")


def n_speed():
    return build("negative", [
        (C, "my broadband is only getting %s megs when i'm paying for %s hundred" % (say_number_words(rng.randint(5, 40)), UNITS[rng.randint(1, 9)])),
        (A, "i can see %s dropouts in the last %s hours and latency around %s milliseconds" % (say_number_words(rng.randint(2, 30)), say_number_words(rng.randint(12, 48)),
                                                                                             say_number_words(rng.randint(20, 99)))),
    ], "call/broadband: speeds, counts, durations")


def n_claim_chat():
    return build("negative", [
        (C, "Claim ref CLM-%s, the repair quote was \u00a3%d,%03d.%02d" % (digits(8), rng.randint(1, 9), rng.randint(0, 999), rng.randint(0, 99))),
        (A, "Thanks, claim CLM-%s is with the assessor, excess is \u00a3%d." % (digits(8), rng.choice([100, 250, 350, 500]))),
    ], "chat/insurance: claim references and amounts")


def n_ticket():
    return build("negative", [
        (A, "your ticket number is " + say_single(digits(rng.randint(6, 8)))),
        (C, "and how long will it take"),
        (A, "usually %s to %s working days" % (say_number_words(rng.randint(2, 5)), say_number_words(rng.randint(6, 10)))),
    ], "call/telecom: spoken ticket number, duration")


def n_counts():
    return build("negative", [
        (C, "I ordered %d packs of %d but only got %d" % (rng.randint(2, 9), rng.choice([6, 12, 24]), rng.randint(1, 5))),
        (A, "Sorry about that, I've sent %d more, they'll arrive by %d pm." % (rng.randint(1, 5), rng.randint(1, 6))),
    ], "chat/retail: counts, quantities and times")


def n_percent_year():
    return build("negative", [
        (A, "the rate went up by %s point %s percent in twenty twenty %s" % (say_number_words(rng.randint(1, 9)), UNITS[rng.randint(0, 9)], UNITS[rng.randint(1, 5)])),
        (C, "so what will i pay from april"),
        (A, "about %s a month for the next %s months" % (money_words(), say_number_words(rng.choice([12, 18, 24, 36])))),
    ], "call/banking: percentages, years, amounts, term")


def n_room():
    return build("negative", [
        (C, "i'm in room %s and the air con is stuck on %s degrees" % (say_single(digits(3)), say_number_words(rng.randint(16, 30)))),
        (A, "i'll send maintenance up to room %d within %s minutes" % (rng.randint(100, 999), say_number_words(rng.choice([10, 15, 20])))),
    ], "call/travel: room numbers, temperature, minutes")


def n_model():
    return build("negative", [
        (C, "The router is a model %s-%d%s, serial on the sticker says it's from 20%d" % (letters(2), rng.randint(100, 9999), rng.choice(["ac", "ax", "v2", ""]), rng.randint(15, 24))),
        (A, "Thanks, firmware %d.%d.%d is the latest for that model." % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 99))),
    ], "chat/broadband: model number, firmware version, year")


def n_age_temp():
    return build("negative", [
        (C, "my mum is %s and the house is only %s degrees she's been cold for %s days" % (say_number_words(rng.randint(70, 99)), say_number_words(rng.randint(10, 17)), UNITS[rng.randint(2, 9)])),
        (A, "i'm sorry to hear that we'll prioritise the repair for the over %s" % say_number_words(rng.choice([65, 75, 80]))),
    ], "call/energy: ages and temperatures")


def n_contract():
    return build("negative", [
        (A, "your contract started on the %s of %s twenty twenty %s and runs for %s months" % (rng.choice(ORD), rng.choice(MONTHS), UNITS[rng.randint(0, 5)],
                                                                                            say_number_words(rng.choice([12, 18, 24])))),
        (C, "and what's the exit fee"),
        (A, money_words()),
    ], "call/telecom: contract start date (not DOB), term, fee")


def n_invoice_chat():
    return build("negative", [
        (C, "Invoice INV-%s dated %02d/%02d/20%d shows %d units at $%d.%02d" % (digits(7), rng.randint(1, 28), rng.randint(1, 12), rng.randint(20, 26),
                                                                              rng.randint(2, 50), rng.randint(1, 99), rng.randint(0, 99))),
        (A, "I see it. Total due is $%d.%02d by the %dth." % (rng.randint(100, 999), rng.randint(0, 99), rng.randint(4, 20))),
    ], "chat/healthcare billing: invoice number, invoice date, amounts")


def n_times():
    return build("negative", [
        (C, "can someone call me back between %s and %s" % (rng.choice(["nine", "ten", "half eight"]), rng.choice(["five", "four thirty", "six"]))),
        (A, "yes we're open till %s and the wait is about %s minutes" % (rng.choice(["eight", "seven pm", "ten"]), say_number_words(rng.randint(5, 40)))),
    ], "call/%s: times and durations" % ind())


def n_balance_chat():
    return build("negative", [
        (C, "why is my balance %s%s,%03d.%02d" % (rng.choice(["\u00a3", "$", "\u20ac"]), rng.randint(1, 9), rng.randint(0, 999), rng.randint(0, 99))),
        (A, "A payment of %s%d.%02d was taken on %d %s and interest of %d.%d%% applied." % (rng.choice(["\u00a3", "$"]), rng.randint(10, 900), rng.randint(0, 99),
                                                                                       rng.randint(1, 28), rng.choice(MONTHS).capitalize()[:3], rng.randint(1, 29), rng.randint(0, 9))),
    ], "chat/banking: balance, payment date, interest rate")


def n_data_usage():
    return build("negative", [
        (C, "you say I've used %.1fGB but my plan is %dGB and I only used %d hours of streaming" % (rng.randint(50, 300) / 10, rng.choice([20, 50, 100]), rng.randint(2, 30))),
        (A, "It resets on day %d of your billing cycle." % rng.randint(1, 28)),
    ], "chat/telecom: data quantities and counts")


def n_tracking_spoken():
    return build("negative", [
        (A, "the parcel reference is " + say_pairs(digits(8))),
        (C, "and it weighs how much"),
        (A, "%s point %s kilos and it's %s centimetres long" % (say_number_words(rng.randint(1, 30)), UNITS[rng.randint(0, 9)], say_number_words(rng.randint(20, 99)))),
    ], "call/retail: parcel reference in pairs, weights and lengths")


def n_price_plan():
    return build("negative", [
        (C, "is it %s%d.%02d a month for %d months or %d" % (rng.choice(["\u00a3", "\u20ac"]), rng.randint(10, 80), rng.choice([0, 49, 99]), rng.choice([12, 24]), rng.choice([18, 36]))),
        (A, "It's %d months, with a %d%% discount for the first %d." % (rng.choice([12, 24]), rng.choice([10, 15, 20, 25, 50]), rng.randint(2, 6))),
    ], "chat/telecom: prices, terms, percentages")


def n_years_history():
    return build("negative", [
        (C, "i've been a customer since nineteen %s and had %s cars insured with you" % (say_number_words(rng.randint(80, 99)), UNITS[rng.randint(2, 6)])),
        (A, "that's %s years so you get the loyalty rate of %s percent" % (say_number_words(rng.randint(20, 40)), say_number_words(rng.randint(5, 20)))),
    ], "call/insurance: year as a customer, counts, percentages")


def n_policy_spoken():
    return build("negative", [
        (A, "can i take the policy number"),
        (C, "policy number " + letters(3).lower() + " " + say_single(digits(7))),
        (A, "thanks i can see your renewal on the %s of %s for %s" % (rng.choice(ORD), rng.choice(MONTHS), money_words())),
    ], "call/insurance: policy number with reference word, renewal date, premium")


def n_hours_speed_travel():
    return build("negative", [
        (C, "the train was %s minutes late and we were doing like %s miles an hour" % (say_number_words(rng.randint(20, 90)), say_number_words(rng.randint(20, 90)))),
        (A, "you're entitled to %s percent back on your %s pound ticket" % (say_number_words(rng.choice([25, 50, 100])), say_number_words(rng.randint(20, 99)))),
    ], "call/travel: delay minutes, speed, refund percentage")


def n_dose_billing():
    return build("negative", [
        (C, "the bill says %d sessions at $%d each on %s %d but i only had %d" % (rng.randint(3, 12), rng.randint(40, 300), rng.choice(MONTHS).capitalize(), rng.randint(1, 28), rng.randint(1, 3))),
        (A, "I'll raise case %s to review it, allow %d to %d business days." % (digits(7), rng.randint(3, 5), rng.randint(7, 10))),
    ], "chat/healthcare billing: session counts, prices, case number")


def n_typed_dates():
    return build("negative", [
        (C, "I paid on %02d/%02d/20%d and again on %d %s 20%d but it still shows overdue" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(23, 26),
                                                                                           rng.randint(1, 28), rng.choice(MONTHS).capitalize(), rng.randint(23, 26))),
        (A, "I can see both payments; the next bill is due %02d/%02d at 09:30 when the batch runs." % (rng.randint(1, 28), rng.randint(1, 12))),
    ], "chat/utilities: typed payment dates (not DOB) and a time")


def n_long_money():
    return build("negative", [
        (A, "the settlement figure is %s thousand %s hundred and %s pounds %s" % (say_number_words(rng.randint(11, 99)), UNITS[rng.randint(1, 9)],
                                                                              say_number_words(rng.randint(11, 99)), say_number_words(rng.randint(11, 99)))),
        (C, "and if i pay it off in %s instead of %s" % (rng.choice(MONTHS), rng.choice(MONTHS))),
        (A, "then it drops by about %s hundred so %s percent less" % (UNITS[rng.randint(2, 9)], say_number_words(rng.randint(2, 12)))),
    ], "call/banking: long spoken money amounts and percentages")


def n_quantities_chat():
    return build("negative", [
        (C, "Order had %d x %dml bottles and %d x %dkg bags, total %d items, %d.%dkg" % (rng.randint(2, 12), rng.choice([250, 500, 750]), rng.randint(1, 6),
                                                                                   rng.choice([2, 5, 10]), rng.randint(10, 30), rng.randint(5, 40), rng.randint(0, 9))),
        (A, "Thanks - I've logged ticket %s for the %d missing bottles." % (digits(rng.randint(6, 8)), rng.randint(2, 4))),
    ], "chat/retail: quantities, weights, ticket number")


def n_year_range():
    return build("negative", [
        (C, "i lived there from %d to %d and paid about %d a year in council tax" % (rng.randint(1995, 2010), rng.randint(2011, 2024), rng.randint(900, 2500))),
        (A, "thanks our records go back to %d so i'll request the %d to %d statements" % (rng.randint(2005, 2012), rng.randint(2012, 2015), rng.randint(2016, 2024))),
    ], "call/government services: year ranges and annual amounts typed as digits by ASR")


def n_spoken_times_scores():
    return build("negative", [
        (C, "the engineer said between %s and %s on the %s and it's now %s past" % (rng.choice(["eight", "nine", "ten"]), rng.choice(["twelve", "one", "two"]),
                                                                               rng.choice(ORD), rng.choice(["twenty", "ten", "quarter"]))),
        (A, "i'm sorry he's %s minutes away and he has %s jobs before you" % (say_number_words(rng.randint(10, 59)), UNITS[rng.randint(2, 4)])),
        (C, "i'd rate this a %s out of ten honestly" % UNITS[rng.randint(1, 5)]),
    ], "call/broadband: appointment window, minutes, counts, rating")


def n_promo():
    return build("negative", [
        (C, "the code SAVE%d didn't work and the gift card balance shows %s%d.%02d" % (rng.choice([10, 15, 20, 25]), rng.choice(["$", "\u00a3"]), rng.randint(5, 200), rng.randint(0, 99))),
        (A, "Try WELCOME%d instead, it's valid until %d %s and takes %d%% off orders over %d." % (rng.randint(5, 30), rng.randint(1, 28), rng.choice(MONTHS).capitalize(), rng.choice([10, 15, 20]), rng.choice([50, 75, 100]))),
    ], "chat/retail: promo codes, gift card balance, validity date")


def n_travel_dates():
    return build("negative", [
        (C, "we fly out %d/%d and back %d/%d, %d adults and %d kids aged %d and %d" % (rng.randint(1, 14), rng.randint(1, 12), rng.randint(15, 28), rng.randint(1, 12),
                                                                                  rng.randint(1, 4), rng.randint(1, 3), rng.randint(2, 9), rng.randint(10, 16))),
        (A, "Great, the package is \u20ac%d,%03d for %d nights, check-in from 15:00." % (rng.randint(1, 9), rng.randint(0, 999), rng.choice([7, 10, 14]))),
    ], "chat/travel: travel dates, party size, ages, price, check-in time")


def n_spoken_hundreds():
    return build("negative", [
        (A, "so you've used %s hundred and %s units since the reading on the %s" % (UNITS[rng.randint(1, 9)], say_number_words(rng.randint(11, 99)), rng.choice(ORD))),
        (C, "that's mad it was only %s hundred last winter and we were away for %s weeks" % (UNITS[rng.randint(1, 9)], UNITS[rng.randint(2, 6)])),
    ], "call/energy: spoken unit counts, dates, durations")


NEG_TEMPLATES = [
    (n_promo, 1), (n_travel_dates, 1), (n_spoken_hundreds, 1),
    (n_typed_dates, 1), (n_long_money, 1), (n_quantities_chat, 1), (n_year_range, 1), (n_spoken_times_scores, 1),
    (n_balance_call, 1), (n_order_chat, 1), (n_order_call, 1), (n_appointment, 1), (n_flight, 1),
    (n_flight_chat, 1), (n_meter, 1), (n_speed, 1), (n_claim_chat, 1), (n_ticket, 1), (n_counts, 1),
    (n_percent_year, 1), (n_room, 1), (n_model, 1), (n_age_temp, 1), (n_contract, 1),
    (n_invoice_chat, 1), (n_times, 1), (n_balance_chat, 1), (n_data_usage, 1), (n_tracking_spoken, 1),
    (n_price_plan, 1), (n_years_history, 1), (n_policy_spoken, 1), (n_hours_speed_travel, 1),
    (n_dose_billing, 1),
]


def generate():
    global rng
    rng = random.Random(SEED)
    pos_pool = [f for f, w in POS_TEMPLATES for _ in range(w)]
    neg_pool = [f for f, w in NEG_TEMPLATES for _ in range(w)]
    cases = []
    for i in range(N_POS):
        c = pos_pool[i % len(pos_pool)]()
        c = dict(id="h33-pos-%03d" % (i + 1), **c)
        cases.append(c)
    for i in range(N_NEG):
        c = neg_pool[i % len(neg_pool)]()
        c = dict(id="h33-neg-%03d" % (i + 1), **c)
        cases.append(c)
    return cases


def dump(cases):
    out = []
    for c in cases:
        o = {"id": c["id"], "kind": c["kind"], "turns": c["turns"], "spans": c["spans"], "note": c["note"]}
        out.append(json.dumps(o, ensure_ascii=False))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- validation
WORD_DIGIT = {w: str(i) for i, w in enumerate(UNITS)}
WORD_DIGIT.update({"oh": "0", "o": "0", "nought": "0", "zero": "0", "to": "2", "too": "2",
                   "for": "4", "ate": "8", "won": "1"})
TEEN_D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_D = {w: str(k) for k, w in TENS.items()}
HOMO_L = {v: k for k, v in LETTER_HOMO.items()}
SKIP = FILLERS | {"plus", "and", "dash", "hyphen", "slash"}


def spoken_norm(text):
    """Normalise spoken/typed text to a string of upper-case letters and digits, or None."""
    toks = re.findall(r"[A-Za-z]+|\d", text)
    toks = [t.lower() if not t.isdigit() else t for t in toks]
    out = []
    i = 0
    mult = 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t * mult)
            mult = 1
            i += 1
            continue
        # letter spelled with a word: "b for bravo" / "b as in bravo"
        if len(t) == 1 and t.isalpha():
            if nxt == "for" and i + 2 < len(toks) and toks[i + 2].startswith(t) and len(toks[i + 2]) > 1:
                out.append(t.upper())
                i += 3
                continue
            if nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in" and toks[i + 3].startswith(t):
                out.append(t.upper())
                i += 4
                continue
            if t != "o":
                out.append(t.upper() * mult)
                mult = 1
                i += 1
                continue
        if t in HOMO_L:
            out.append(HOMO_L[t])
            i += 1
            continue
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        if t in WORD_DIGIT:
            out.append(WORD_DIGIT[t] * mult)
            mult = 1
            i += 1
            continue
        if t in TEEN_D:
            out.append(TEEN_D[t])
            i += 1
            continue
        if t in TENS_D:
            if nxt in UNITS[1:]:
                out.append(TENS_D[t] + WORD_DIGIT[nxt])
                i += 2
            else:
                out.append(TENS_D[t] + "0")
                i += 1
            continue
        if t == "hundred":
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            nt = toks[j] if j < len(toks) else None
            if nt in TEEN_D or nt in TENS_D:
                pass
            elif nt in UNITS[1:]:
                out.append("0")
            else:
                out.append("00")
            i = j
            continue
        if t == "thousand":
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            nt = toks[j] if j < len(toks) else None
            if nt in TEEN_D or nt in TENS_D:
                out.append("0")
            elif nt in UNITS[1:]:
                out.append("00")
            else:
                out.append("000")
            i = j
            continue
        if t in SKIP:
            i += 1
            continue
        return None
    return "".join(out)


def digits_only(text):
    n = spoken_norm(text)
    if n is None or not n.isdigit():
        return None
    return n


MONTH_RE = r"\b(" + "|".join(MONTHS) + "|" + "|".join(m[:3] for m in MONTHS) + r")\b"


def v_dob(t):
    low = t.lower()
    if re.search(MONTH_RE, low):
        rest = re.sub(MONTH_RE, " ", low)
        for o in sorted(ORD, key=len, reverse=True):
            rest = re.sub(r"\b" + o + r"\b", " ", rest)
        if re.search(r"\b(19|20)\d\d\b", rest) or re.search(r"\b(nineteen|twenty|two thousand)\b", rest):
            return True
        return False
    if re.fullmatch(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}", t):
        return True
    d = digits_only(t)
    return d is not None and len(d) in (6, 8)


def v_expiry(t):
    low = t.lower()
    if re.search(MONTH_RE, low):
        return True
    d = digits_only(t)
    return d is not None and len(d) in (3, 4, 6)


SUFFIX_ALL = set(SUFFIX) | {s.lower() for s in SUFFIX_ABBR.values()}


def v_address(t):
    words = re.findall(r"[A-Za-z]+|\d+", t.lower())
    if not words or words[-1] not in SUFFIX_ALL:
        return False
    k = 0
    while k < len(words) and (words[k].isdigit() or words[k] in WORD_DIGIT or words[k] in TEEN_D
                              or words[k] in TENS_D or words[k] in ("hundred", "and")):
        k += 1
    return 0 < k < len(words) - 1 and digits_only(" ".join(words[:k])) is not None


def v_email(t):
    s = t.lower()
    if "@" not in s:
        s = re.sub(r"\s+at\s+", "@", " " + s + " ").strip()
        s = re.sub(r"\s+dot\s+", ".", " " + s + " ").strip()
        s = re.sub(r"\s+underscore\s+", "_", s)
        words = s.replace("@", " @ ").replace(".", " . ").replace("_", " _ ").split()
        s = "".join(words)
    return re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", s) is not None


def validate_value(typ, text):
    if typ == "EMAIL":
        return v_email(text)
    if typ == "DOB":
        return v_dob(text)
    if typ == "EXPIRY":
        return v_expiry(text)
    if typ == "ADDRESS":
        return v_address(text)
    cands = [spoken_norm(text)]
    if re.fullmatch(r"[A-Za-z0-9 +().\-/]+", text) and re.search(r"\d", text):
        cands.append(re.sub(r"[^A-Za-z0-9]", "", text).upper())
    return any(n is not None and validate_norm(typ, n) for n in cands)


def validate_norm(typ, n):
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n) is not None
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 8 <= len(n) <= 12
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        return n.isdigit() and 10 <= len(n) <= 13
    if typ == "POSTCODE":
        return (re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", n) is not None
                or re.fullmatch(r"\d{5}(\d{4})?", n) is not None)
    return False


PARTIAL_OK = {"ADDRESS", "DOB", "EXPIRY", "CARD_NUMBER", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "IBAN", "PHONE", "SORT_CODE", "POSTCODE"}


def check_case(c, errors):
    cid = c.get("id")
    if c["kind"] not in ("positive", "negative"):
        errors.append("%s: bad kind" % cid)
    if c["kind"] == "negative" and c["spans"]:
        errors.append("%s: negative with spans" % cid)
    if c["kind"] == "positive" and not c["spans"]:
        errors.append("%s: positive without spans" % cid)
    for t in c["turns"]:
        if t["speaker"] not in ("agent", "customer") or not t["text"]:
            errors.append("%s: bad turn" % cid)
    spans = sorted(c["spans"], key=lambda s: (s["turn"], s["start"]))
    prev = None
    for s in spans:
        if s["type"] not in TYPES:
            errors.append("%s: bad type %s" % (cid, s["type"]))
        if not (0 <= s["turn"] < len(c["turns"])):
            errors.append("%s: turn out of range" % cid)
            continue
        text = c["turns"][s["turn"]]["text"]
        if not (0 <= s["start"] < s["end"] <= len(text)):
            errors.append("%s: offsets out of range" % cid)
            continue
        if s["start"] > 0 and text[s["start"] - 1].isalnum():
            errors.append("%s: span start not on word boundary %r" % (cid, text[s["start"] - 1:s["end"]]))
        if s["end"] < len(text) and text[s["end"]].isalnum():
            errors.append("%s: span end not on word boundary %r" % (cid, text[s["start"]:s["end"] + 1]))
        val = text[s["start"]:s["end"]]
        if val != val.strip() or not (val[0].isalnum() or val[0] in "+(") or not val[-1].isalnum():
            errors.append("%s: span has untrimmed edges %r" % (cid, val))
        if prev and prev["turn"] == s["turn"] and prev["end"] > s["start"]:
            errors.append("%s: overlapping spans" % cid)
        prev = s
    # value validation: merge consecutive same-type pieces until valid
    acc, acc_type = [], None
    for s in spans:
        val = c["turns"][s["turn"]]["text"][s["start"]:s["end"]]
        if acc and s["type"] != acc_type:
            errors.append("%s: incomplete %s value %r" % (cid, acc_type, " | ".join(acc)))
            acc = []
        acc_type = s["type"]
        acc.append(val)
        if validate_value(acc_type, " ".join(acc)):
            acc = []
        elif acc_type not in PARTIAL_OK:
            errors.append("%s: invalid %s value %r" % (cid, acc_type, " | ".join(acc)))
            acc = []
    if acc:
        errors.append("%s: incomplete %s value %r" % (cid, acc_type, " | ".join(acc)))


def summarise(cases):
    counts = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]:
            counts[s["type"]] += 1
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    return counts, npos, nneg


MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})


def readme(cases):
    counts, npos, nneg = summarise(cases)
    ncases = {t: sum(any(s["type"] == t for s in c["spans"]) for c in cases) for t in TYPES}
    rows = "\n".join("| %s | %d | %d |" % (t, counts[t], ncases[t]) for t in TYPES)
    return """# pii_holdout33 \u2014 held-out PII redaction evaluation set

**Never use this set for tuning.** It is a held-out evaluation set; do not adjust
redaction rules, thresholds or models to make these cases pass.

## Provenance

Written by an AI helper acting as an independent test author. The author did
not see the redaction code, its tests, its documentation or any other PII fixture
(only a three-line example of the JSONL format). Cases are generated by
`scripts/make_pii_holdout33.py` from template functions: every turn is assembled
from plain-text segments and `(value, TYPE)` segments, so span offsets are computed,
never typed by hand. All values come from one `random.Random(%d)`; output is
byte-for-byte reproducible. All values are synthetic (Luhn-valid cards, mod-97-valid
IBANs, format-valid NI numbers and SSNs), not real people's data.

    python scripts/make_pii_holdout33.py          # regenerate
    python scripts/make_pii_holdout33.py --check  # verify file, offsets, values

## Contents

- %d positive cases, %d negative cases (%d total).
- Channels: chat (typed; varied separators, case, typos) and calls written as an ASR
  transcript (lower case, little punctuation, numbers as words: "oh"/"o"/"nought"/"zero"
  for 0, "double"/"triple", pairs such as "forty one", "hundred", homophones
  "to"/"for"/"ate"/"won", letters as "b for bravo" / "s as in sierra" / "s for sugar",
  letter homophones an ASR produces ("see", "be", "are", "why", "tea", "em", "zed"),
  "slash"/"dash" inside readings, e-mails as "j dot smith at gmail dot com").
- Hard forms covered: values split over several customer turns with back-channels,
  agent read-backs, restarts and inline self-corrections, fillers inside readings,
  two or three values in one turn, irregular typed card grouping, international
  phone prefixes (+44, +353, +1, +49, +33, +34, +31), ZIP+4, DOB split into
  day-month and year turns, house number and street name in separate turns.
- Industries: banking, telecom, broadband, utilities/energy, retail, insurance, travel,
  healthcare billing, government services; UK, US, Ireland and EU (IBANs GB/IE/DE/FR/NL/ES/IT/BE).

| type | spans | cases |
|---|---|---|
%s

## Annotation conventions

- A span covers exactly the words/characters that spell the value, trimmed to start and
  end on a letter or digit, and never includes lead-ins ("it's", "my number is",
  "sort code", "exp", "cvv") or trailing chat ("thanks", "yeah").
- Fillers ("um", "uh") *inside* a reading are inside the span; fillers before or after
  are outside.
- A value split across several customer turns (with agent back-channels such as "mhm",
  "okay go on" between them) is labelled as one span per turn, each covering that turn's
  piece. Back-channel turns are unlabelled.
- When the agent reads a value back in full, the read-back is labelled too.
- Self-corrections: the final, corrected reading is labelled; an abandoned wrong
  fragment ("... no hang on i've read that wrong") is left unlabelled. Scoring does not
  penalise redacting it in a positive case.
- CARD_NUMBER: the full PAN only (13\u201319 digits, Luhn-valid), including typed separators.
- CVV/EXPIRY: only the code/date itself ("oh nine twenty seven", "09/27", "march twenty
  twenty eight").
- NI_NUMBER: two prefix letters, six digits and the suffix letter, including phonetic
  spellings ("c for charlie") when spoken.
- SORT_CODE and BANK_ACCOUNT are separate spans; IBAN is a single type (no separate
  account/sort spans inside it).
- PHONE includes a spoken/typed country prefix ("plus four four", "+353").
- DOB: the whole date including ordinal and "the ... of" when spoken ("the third of may
  nineteen eighty one").
- When a value is split over turns, every piece is its own span of the same type
  (e.g. a house number "twelve" in one turn and "willow avenue" in the next are both
  ADDRESS; "the fifth of may" then "nineteen eighty" are both DOB).
- ADDRESS: house number + street name + street type ("42 Maple Avenue", "two hundred and
  twelve oak drive"); town, state and postcode are not part of ADDRESS (postcode is its
  own POSTCODE span; UK postcodes and US ZIP / ZIP+4).
- Unlabelled non-PII numbers appear next to PII on purpose (amounts, months, claim/order
  numbers, appointment dates, house numbers given alone).
- Negatives contain only non-PII lookalikes: money, balances, prices, times, durations,
  counts, quantities, years, percentages, non-birth dates, order/ticket/claim/invoice/
  policy/parcel references (<= 10 digits, with their reference word), flight numbers,
  seats, rooms, model/firmware numbers, meter readings, speeds, ages, temperatures.

## Check

`--check` regenerates the file and verifies it is byte-identical, ids are unique,
offsets are in range and on word boundaries, spans do not overlap, and each value
validates after normalising spoken forms (Luhn, mod-97, NI shape, SSN 9 digits, sort
code 6 digits, CVV/phone/account digit counts, postcode shapes); split values are
validated after joining consecutive pieces of the same type.
""" % (SEED, npos, nneg, npos + nneg, rows)


def check():
    errors = []
    cases = generate()
    text = dump(cases)
    if not os.path.exists(CASES_PATH):
        errors.append("missing %s" % CASES_PATH)
    else:
        with open(CASES_PATH, encoding="utf-8") as f:
            on_disk = f.read()
        if on_disk != text:
            errors.append("cases.jsonl differs from regenerated output")
        cases = [json.loads(line) for line in on_disk.splitlines() if line.strip()]
    if os.path.exists(README_PATH):
        with open(README_PATH, encoding="utf-8") as f:
            if f.read() != readme(cases):
                errors.append("README.md differs from regenerated output")
    else:
        errors.append("missing README.md")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    for c in cases:
        check_case(c, errors)
    counts, npos, nneg = summarise(cases)
    if npos < 170 or nneg < 100:
        errors.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        if counts[t] < MIN_SPANS[t]:
            errors.append("too few %s spans: %d" % (t, counts[t]))
    print("cases: %d positive, %d negative" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    for e in errors[:60]:
        print("ERROR:", e)
    if errors:
        print("FAILED: %d problem(s)" % len(errors))
        return 1
    print("OK: --check passed")
    return 0


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    cases = generate()
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES_PATH, "w", encoding="utf-8") as f:
        f.write(dump(cases))
    with open(README_PATH, "w", encoding="utf-8") as f:
        f.write(readme(cases))
    counts, npos, nneg = summarise(cases)
    print("wrote %s: %d positive, %d negative" % (CASES_PATH, npos, nneg))


if __name__ == "__main__":
    main()

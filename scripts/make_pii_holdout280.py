#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set pii_holdout280.

Written by an independent AI helper that did not see the redaction code.
Usage: make_pii_holdout280.py [--check]
"""
import json
import os
import random
import re
import sys

SEED = 280241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout280")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {c: w for c, w in zip("abcdefghijklmnopqrstuvwxyz", [
    "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
    "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
    "uniform", "victor", "whiskey", "x-ray", "yankee", "zulu"])}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]


# ---------------------------------------------------------------- spoken forms
def zero_word(uk=True):
    return R.choice(["oh", "o", "zero", "nought"] if uk else ["oh", "zero", "o"])


def dw(d, uk=True):
    return zero_word(uk) if d == "0" else ONES[int(d)]


def say_digits(s, uk=True, doubles=True):
    out, i = [], 0
    while i < len(s):
        d = s[i]
        if doubles and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < 0.5:
            out.append("triple " + dw(d, uk)); i += 3; continue
        if doubles and i + 1 < len(s) and s[i + 1] == d and R.random() < 0.6:
            out.append("double " + dw(d, uk)); i += 2; continue
        out.append(dw(d, uk)); i += 1
    return " ".join(out)


def pair_word(p, uk=True):
    n = int(p)
    if p[0] == "0":
        return zero_word(uk) + " " + ONES[int(p[1])]
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def say_pairs(s, uk=True):
    # s of even length: read as pairs, e.g. 4111 -> forty one eleven
    return " ".join(pair_word(s[i:i + 2], uk) for i in range(0, len(s), 2))


def say_mixed(s, uk=True):
    # groups of four read either as digits or pairs
    parts = []
    for i in range(0, len(s), 4):
        g = s[i:i + 4]
        last = int(g[2:]) if len(g) == 4 else 0
        if len(g) == 4 and R.random() < 0.35 and not (last >= 20 and last % 10 == 0) and not (int(g[:2]) >= 20 and int(g[:2]) % 10 == 0 and g[2] != "0"):
            parts.append(say_pairs(g, uk))
        else:
            parts.append(say_digits(g, uk))
    return parts


def spell_letter(c, style):
    c = c.lower()
    if style == "nato":
        return c + " for " + NATO[c]
    return c


def year_words(y):
    y = str(y)
    if y.startswith("20") and y[2] == "0":
        return "two thousand and " + ONES[int(y[3])] if R.random() < 0.5 else "two thousand " + ONES[int(y[3])]
    return pair_word(y[:2]) + " " + pair_word(y[2:])


# ---------------------------------------------------------------- value generators
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


def gen_card(length=None):
    prefix = R.choice(["4", "51", "52", "53", "54", "55", "2221", "34", "37", "6011", "4"])
    if length is None:
        length = 15 if prefix in ("34", "37") else R.choice([16, 16, 16, 16, 13, 19] if prefix == "4" else [16])
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group_card(num, sep=" "):
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def gen_ni():
    first = R.choice("ABCEGHJKLMNPRSTWXYZ")
    second = R.choice("ABCEGHJKLMNPRSTWXYZ")
    if first + second in ("GB", "NK", "TN", "ZZ", "BG", "KN", "NT"):
        second = "A"
    return first + second + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def gen_account():
    return "".join(R.choice("0123456789") for _ in range(8))


def gen_sort():
    return "%02d%02d%02d" % (R.randint(1, 99), R.randint(0, 99), R.randint(0, 99))


def iban_check(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)


def gen_iban():
    c = R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14)
    elif c == "IE":
        bban = R.choice(["AIBK", "BOFI"]) + dg(14)
    elif c == "DE":
        bban = dg(18)
    elif c == "FR":
        bban = dg(23)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    else:
        bban = dg(20)
    return c + iban_check(c, bban) + bban


def mod97_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban_groups(iban):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def gen_phone(kind=None):
    kind = kind or R.choice(["uk_mob", "uk_land", "us", "ie_mob", "uk_intl"])
    dg = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if kind == "uk_mob":
        return kind, "07" + R.choice("345789") + dg(8)
    if kind == "uk_land":
        return kind, R.choice(["0161", "0113", "0121", "0141", "0117", "0131"]) + dg(7)
    if kind == "us":
        return kind, str(R.randint(201, 989)) + str(R.randint(200, 989)) + dg(4)
    if kind == "ie_mob":
        return kind, "08" + R.choice("35679") + dg(7)
    return kind, "447" + R.choice("345789") + dg(8)


FIRST = ["james", "sarah", "priya", "liam", "aoife", "tomasz", "maria", "kwame", "ellen", "dev",
         "niamh", "carlos", "fatima", "owen", "grace", "hannah", "mohammed", "lucy", "sean", "zoe"]
LAST = ["okafor", "smith", "walsh", "nowak", "patel", "murphy", "jones", "garcia", "kelly", "brown",
        "obrien", "fischer", "dubois", "nguyen", "evans", "byrne", "khan", "taylor", "reilly", "moore"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "live.ie", "proton.me"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l, l + "." + f[0]])
    return local + "@" + R.choice(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    def sp(part):
        out = []
        for tok in re.split(r"([._])", part):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok:
                m = re.match(r"([a-z]+)(\d*)$", tok)
                word, num = m.group(1), m.group(2)
                if len(word) == 1:
                    out.append(word)
                else:
                    out.append(word)
                if num:
                    out.append(say_digits(num, doubles=False))
        return " ".join(out)
    return sp(local) + " at " + sp(dom)


STREETS = ["church road", "station road", "high street", "maple avenue", "oak lane", "victoria street",
           "park view", "elm drive", "main street", "cedar court", "kingsway", "mill lane",
           "sunset boulevard", "willow crescent", "harbour road", "queen street"]
TOWNS_UK = ["leeds", "manchester", "bristol", "glasgow", "cardiff", "norwich", "york", "derby"]
TOWNS_US = ["austin", "columbus", "denver", "tampa", "portland", "raleigh", "omaha", "boise"]


def gen_uk_postcode():
    area = R.choice(["LS", "M", "BS", "G", "CF", "NR", "YO", "DE", "SW", "E", "N", "B", "EH", "L"])
    district = str(R.randint(1, 19)) if len(area) == 2 else str(R.randint(1, 40))
    if R.random() < 0.1 and area in ("SW", "E", "N"):
        district = str(R.randint(1, 9)) + R.choice("AWV")
    inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + district + " " + inward


def gen_zip():
    z = "%05d" % R.randint(10001, 99950)
    if R.random() < 0.2:
        z += "-%04d" % R.randint(1, 9999)
    return z


def say_postcode(pc, nato=False):
    out = []
    for c in pc.replace(" ", ""):
        if c.isdigit():
            out.append(dw(c))
        else:
            out.append(spell_letter(c, "nato" if (nato or c == "O") else "plain"))
    return " ".join(out)


def num_words(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + num_words(rest))
    return str(n)


def gen_address(spoken=False):
    n = R.randint(2, 480)
    st = R.choice(STREETS)
    if spoken:
        hn = R.choice([num_words(n), say_digits(str(n), doubles=False)])
        flat = R.random() < 0.2
        return ("flat " + num_words(R.randint(1, 12)) + " " if flat else "") + hn + " " + st
    st2 = st.title() if R.random() < 0.6 else st
    st2 = st2.replace(" Road", R.choice([" Road", " Rd", " Rd."])).replace(" Street", R.choice([" Street", " St"]))
    return ("Apt %d, " % R.randint(1, 30) if R.random() < 0.2 else "") + "%d %s" % (n, st2)


def gen_dob():
    return R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28)


def say_dob(y, m, d, style):
    if style == 0:
        return "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], year_words(y))
    if style == 1:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], year_words(y))
    if style == 2:
        return "%s %s %s" % (say_digits("%02d" % d, doubles=False), say_digits("%02d" % m, doubles=False), year_words(y))
    return "%s %s %s" % (ORD[d - 1], MONTHS[m - 1], year_words(y))


def type_dob(y, m, d, us=False):
    style = R.randint(0, 3)
    if style == 0:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if style == 1:
        return "%d %s %d" % (d, MONTHS[m - 1].title()[:3], y)
    if style == 2:
        return "%d-%02d-%02d" % (y, m, d)
    return "%s %d, %d" % (MONTHS[m - 1].title(), d, y)


def gen_expiry():
    return R.randint(1, 12), R.randint(26, 31)


def gen_cvv(n=3):
    return "".join(R.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- case assembly
def assemble(turns):
    out_turns, spans = [], []
    for ti, (speaker, segs) in enumerate(turns):
        text = ""
        if isinstance(segs, str):
            segs = [segs]
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += seg
        out_turns.append({"speaker": speaker, "text": text})
    return out_turns, spans


A, C = "agent", "customer"
POS, NEG = [], []


def pos(note, turns):
    POS.append((note, turns))


def neg(note, turns):
    NEG.append((note, turns))


def bc():
    return R.choice(["mhm", "okay go on", "yep", "okay", "uh huh", "got it", "yes go ahead", "right"])


def filler():
    return R.choice(["", "um ", "uh ", "erm ", "so ", "yeah ", "right so "])


def ref_digits(n):
    return str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(n - 1))


# ---------------------------------------------------------------- positive templates
def p_card_call_one_turn():
    card = gen_card()
    sp = " ".join(say_mixed(card))
    amt = R.choice(["forty two fifty", "one hundred and twelve pounds", "nineteen ninety nine", "sixty euro"])
    pos("call/%s: card read in one turn, mixed digits and pairs, amount nearby" % R.choice(["telecom", "utilities", "retail"]), [
        (A, "so the amount today is %s can i take the long card number please" % amt),
        (C, [filler() + "yeah it's ", (sp, "CARD_NUMBER"), R.choice(["", " that's a visa", " okay"])]),
    ])


def p_card_split():
    card = gen_card(16)
    parts = say_mixed(card)
    turns = [(A, "go ahead with the sixteen digit number on the front")]
    for i, p in enumerate(parts):
        pre = filler() if i == 0 else R.choice(["", "", "then "])
        turns.append((C, [pre, (p, "CARD_NUMBER"), R.choice(["", "", " um"])]))
        if i < len(parts) - 1:
            turns.append((A, bc()))
    pos("call/%s: card split over four customer turns with back-channels" % R.choice(["banking", "insurance", "travel"]), turns)


def p_card_chat():
    card = gen_card()
    sep = R.choice([" ", "-", "", " ", "."])
    shown = group_card(card, sep) if sep else card
    order = "order " + ref_digits(8)
    pos("chat/retail: card typed with separator %r next to an order number" % (sep or "none"), [
        (C, ["hi im trying to pay for %s but it keeps failing. card is " % order, (shown, "CARD_NUMBER"),
             R.choice([" exp ", " expiry "]), ])] if False else [
        (C, ["hi im trying to pay for %s but it keeps failing. card is " % order, (shown, "CARD_NUMBER")]),
        (A, "Thanks, and the expiry date and security code please?"),
        (C, ["exp ", ("%02d/%02d" % gen_expiry(), "EXPIRY"), " cvv ", (gen_cvv(), "CVV")]),
    ])


def p_card_cvv_expiry_call():
    card = gen_card(16)
    m, y = gen_expiry()
    exp = R.choice(["%s %s" % (say_digits("%02d" % m, doubles=False), pair_word(str(y))),
                    "%s twenty %s" % (MONTHS[m - 1], pair_word(str(y))),
                    "%s of %s" % (say_digits("%02d" % m, doubles=False), pair_word(str(y)))])
    cvv = gen_cvv(R.choice([3, 3, 4]))
    pos("call/banking: card, expiry and security code in consecutive answers", [
        (A, "what's the card number"),
        (C, [(say_digits(card), "CARD_NUMBER")]),
        (A, "and the expiry"),
        (C, ["it's ", (exp, "EXPIRY")]),
        (A, "and the three digits on the back"),
        (C, [filler(), (say_digits(cvv, doubles=False), "CVV")]),
    ])


def p_card_readback():
    card = gen_card(16)
    pos("call/telecom: customer reads card, agent reads it back to confirm", [
        (C, ["card number ", (say_digits(card), "CARD_NUMBER")]),
        (A, ["let me just read that back ", (say_digits(card, doubles=False), "CARD_NUMBER"), " is that right"]),
        (C, "yes that's it"),
    ])


def p_card_correction():
    card = gen_card(16)
    wrong = ref_digits(4)
    pos("call/retail: customer starts, corrects herself, then reads full card; only the full reading is labelled", [
        (A, "the card number please"),
        (C, ["%s sorry no hang on that's the wrong card " % say_digits(wrong, doubles=False)]),
        (A, "no problem take your time"),
        (C, ["okay right ", (say_digits(card), "CARD_NUMBER"), " that's the one"]),
    ])


def p_card_lastfour_plus_full():
    card = gen_card(16)
    old = ref_digits(4)
    pos("call/banking: card-ending-in mention (unlabelled) beside a full new card number", [
        (A, "i can see the old card ending %s has expired what's the new number" % say_digits(old, doubles=False)),
        (C, [(say_digits(card), "CARD_NUMBER")]),
    ])


def p_ssn_call():
    ssn = gen_ssn()
    style = R.randint(0, 2)
    if style == 0:
        sp = say_digits(ssn)
    elif style == 1:
        sp = "%s %s %s" % (say_digits(ssn[:3]), say_digits(ssn[3:5]), say_digits(ssn[5:]))
    else:
        sp = "%s %s %s" % (say_digits(ssn[:3]), pair_word(ssn[3:5], False), say_pairs(ssn[5:], False))
    amt = R.choice(["two hundred dollars", "a hundred and fifty bucks", "about eighty dollars"])
    pos("call/%s: US SSN spoken, %s" % (R.choice(["healthcare billing", "banking", "government services", "insurance"]),
                                        ["digits", "digit groups", "groups with pairs"][style]), [
        (A, "to verify your identity can i get your social security number"),
        (C, [filler() + "sure it's ", (sp, "SSN"), " and i was charged %s i shouldn't have been" % amt]),
    ])


def p_ssn_split():
    ssn = gen_ssn()
    pos("call/government services: SSN split in three turns, agent back-channels", [
        (A, "and your social please"),
        (C, [(say_digits(ssn[:3]), "SSN")]),
        (A, bc()),
        (C, [(say_digits(ssn[3:5]), "SSN")]),
        (A, bc()),
        (C, [(say_digits(ssn[5:]), "SSN"), " and my claim number is %s" % say_digits(ref_digits(7), doubles=False)]),
    ])


def p_ssn_chat():
    ssn = gen_ssn()
    sh = R.choice(["%s-%s-%s" % (ssn[:3], ssn[3:5], ssn[5:]), ssn, "%s %s %s" % (ssn[:3], ssn[3:5], ssn[5:])])
    ticket = "ticket #" + ref_digits(6)
    pos("chat/insurance: SSN typed next to a ticket number and an amount", [
        (C, ["Re %s - SSN " % ticket, (sh, "SSN"), ", premium was $%d.%02d" % (R.randint(40, 900), R.randint(0, 99))]),
        (A, "Thank you, I've located the policy."),
    ])


def p_ni_call():
    ni = gen_ni()
    nato = R.random() < 0.5
    letters = lambda s: " ".join(spell_letter(c, "nato" if nato else "plain") for c in s)
    sp = "%s %s %s" % (letters(ni[:2]), R.choice([say_digits(ni[2:8]), say_pairs(ni[2:8])]), letters(ni[8]))
    pos("call/government services: UK NI number spoken%s" % (" with phonetic alphabet" if nato else ""), [
        (A, "can you confirm your national insurance number"),
        (C, [filler() + "yeah it's ", (sp, "NI_NUMBER"), R.choice(["", " i think", " and i'm ringing about my tax code"])]),
    ])


def p_ni_split():
    ni = gen_ni()
    pos("call/government services: NI number split across turns, agent back-channels", [
        (A, "national insurance number"),
        (C, [(" ".join(spell_letter(c, "plain") for c in ni[:2]) + " " + say_digits(ni[2:4]), "NI_NUMBER")]),
        (A, bc()),
        (C, [(say_digits(ni[4:8]), "NI_NUMBER")]),
        (A, "and the letter at the end"),
        (C, [(spell_letter(ni[8], "nato"), "NI_NUMBER")]),
    ])


def p_ni_chat():
    ni = gen_ni()
    sh = R.choice([ni, "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), ni.lower(),
                   "%s %s %s" % (ni[:2], ni[2:8], ni[8])])
    pos("chat/government services: NI number typed, beside a year and an amount", [
        (C, ["my ni no. is ", (sh, "NI_NUMBER"), " and i overpaid about £%d in %d" % (R.randint(100, 990), R.randint(2019, 2025))]),
    ])


def p_bank_call():
    acc, sc = gen_account(), gen_sort()
    scs = R.choice([say_pairs(sc), say_digits(sc)])
    pos("call/banking: UK sort code and account number, balance amount nearby", [
        (A, "can i take the sort code and account number for the direct debit"),
        (C, ["sort code is ", (scs, "SORT_CODE"), " and the account number ", (say_digits(acc), "BANK_ACCOUNT")]),
        (A, "lovely and the first payment of %s pounds comes out on the %s" % (num_words(R.randint(20, 99)), ORD[R.randint(0, 27)])),
    ])


def p_bank_chat():
    acc, sc = gen_account(), gen_sort()
    scs = R.choice(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])
    pos("chat/utilities: sort code and account typed on one line with a meter reading", [
        (C, ["meter reading 0%d. for the DD use s/c ", (scs, "SORT_CODE"), " acc ", (acc, "BANK_ACCOUNT")]) if False else
        (C, ["meter reading %05d. for the DD use s/c " % R.randint(1000, 99999), (scs, "SORT_CODE"), " acc ", (acc, "BANK_ACCOUNT")]),
    ])


def p_account_split():
    acc = gen_account()
    pos("call/banking: account number split in two turns", [
        (A, "and the account number"),
        (C, [(say_digits(acc[:4]), "BANK_ACCOUNT")]),
        (A, bc()),
        (C, [(say_digits(acc[4:]), "BANK_ACCOUNT")]),
    ])


def p_iban_chat():
    ib = gen_iban()
    sh = R.choice([iban_groups(ib), ib, iban_groups(ib).lower()])
    pos("chat/travel: IBAN typed for a refund, refund amount and booking reference nearby", [
        (C, ["please refund the €%d.%02d for booking %s to IBAN " % (R.randint(50, 1500), R.randint(0, 99), ref_digits(8)),
             (sh, "IBAN")]),
    ])


def p_iban_call():
    ib = gen_iban()
    def spk(s):
        out = []
        for c in s:
            out.append(dw(c) if c.isdigit() else spell_letter(c, "nato" if c == "O" else R.choice(["plain", "nato"])))
        return " ".join(out)
    groups = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    half = len(groups) // 2
    pos("call/banking (EU/IE): IBAN spelled over two turns", [
        (A, "what's the iban for the transfer"),
        (C, [(spk("".join(groups[:half])), "IBAN")]),
        (A, bc()),
        (C, [(spk("".join(groups[half:])), "IBAN")]),
    ])


def p_phone_call():
    kind, ph = gen_phone()
    if kind == "uk_intl":
        sp = "plus four four " + say_digits(ph[2:])
    else:
        sp = say_digits(ph, uk=kind != "us")
    pos("call/telecom: %s phone number spoken with doubles/oh" % kind, [
        (A, "what's the best number to reach you on"),
        (C, [filler() + "it's ", (sp, "PHONE"), R.choice(["", " but not before ten o'clock", " that's my mobile"])]),
    ])


def p_phone_chat():
    kind, ph = gen_phone()
    if kind == "us":
        sh = R.choice(["(%s) %s-%s" % (ph[:3], ph[3:6], ph[6:]), "%s-%s-%s" % (ph[:3], ph[3:6], ph[6:]), "+1 %s %s %s" % (ph[:3], ph[3:6], ph[6:])])
    elif kind == "uk_intl":
        sh = "+%s %s %s" % (ph[:2], ph[2:6], ph[6:])
    else:
        sh = R.choice([ph, "%s %s" % (ph[:5], ph[5:]), "%s %s %s" % (ph[:4], ph[4:7], ph[7:])])
    pos("chat/retail: phone typed (%s) with a delivery time window nearby" % kind, [
        (C, ["delivery slot 2-4pm is fine, call me on " + sh[0] if not sh[0].isalnum() else "delivery slot 2-4pm is fine, call me on ",
             (sh[1:] if not sh[0].isalnum() else sh, "PHONE"), " if the driver can't find it"]),
    ])


def p_email_call():
    e = gen_email()
    pos("call/%s: email address spoken with dot/at" % R.choice(["utilities", "insurance", "telecom"]), [
        (A, "and an email address for the bill"),
        (C, [filler() + "yeah ", (say_email(e), "EMAIL")]),
        (A, "perfect"),
    ])


def p_email_chat():
    e = gen_email()
    if R.random() < 0.3:
        e = e.upper() if R.random() < 0.5 else e.capitalize()
    pos("chat/retail: email typed mid-sentence beside an order number", [
        (C, ["can u resend the receipt for order %s to " % ref_digits(9), (e, "EMAIL"), " thx"]),
    ])


def p_dob_call():
    y, m, d = gen_dob()
    style = R.randint(0, 3)
    pos("call/%s: date of birth spoken (style %d) with an appointment date nearby" % (R.choice(["healthcare billing", "insurance", "banking"]), style), [
        (A, "can you confirm your date of birth"),
        (C, [filler(), (say_dob(y, m, d, style), "DOB")]),
        (A, "thanks and your appointment is the %s of %s at half two" % (ORD[R.randint(0, 27)], MONTHS[R.randint(0, 11)])),
    ])


def p_dob_chat():
    y, m, d = gen_dob()
    us = R.random() < 0.5
    pos("chat/healthcare billing: DOB typed next to an invoice date", [
        (C, ["invoice dated %02d/%02d/2026 is wrong. patient dob " % (R.randint(1, 28), R.randint(1, 12)),
             (type_dob(y, m, d, us), "DOB")]),
    ])


def p_postcode_address_call():
    pc = gen_uk_postcode()
    addr = gen_address(spoken=True)
    pos("call/utilities: UK address and postcode spoken, postcode with phonetic letters", [
        (A, "what's the address of the property"),
        (C, [(addr, "ADDRESS"), " %s" % R.choice(TOWNS_UK)]),
        (A, "and the postcode"),
        (C, [(say_postcode(pc, nato=R.random() < 0.5), "POSTCODE")]),
    ])


def p_postcode_chat():
    if R.random() < 0.5:
        pc = gen_uk_postcode()
        if R.random() < 0.3:
            pc = pc.lower()
        if R.random() < 0.2:
            pc = pc.replace(" ", "")
        addr = gen_address()
        pos("chat/retail: UK address and postcode typed", [
            (C, ["new address is ", (addr, "ADDRESS"), ", %s " % R.choice(TOWNS_UK).title(), (pc, "POSTCODE")]),
        ])
    else:
        z = gen_zip()
        addr = gen_address()
        pos("chat/insurance: US street address and ZIP typed", [
            (C, ["I moved to ", (addr, "ADDRESS"), ", %s, %s " % (R.choice(TOWNS_US).title(), R.choice(["TX", "OH", "CO", "FL"])), (z, "POSTCODE")]),
        ])


def p_zip_call():
    z = gen_zip()[:5]
    addr = gen_address(spoken=True)
    pos("call/insurance: US address and zip code spoken", [
        (A, "and the garaging address for the vehicle"),
        (C, [(addr, "ADDRESS"), " %s" % R.choice(TOWNS_US)]),
        (A, "zip code"),
        (C, [(say_digits(z, uk=False), "POSTCODE")]),
    ])


def p_combo_phone_email():
    kind, ph = gen_phone("uk_mob")
    e = gen_email()
    pos("call/telecom: phone and email in one turn", [
        (A, "can i update your contact details"),
        (C, ["mobile's ", (say_digits(ph), "PHONE"), " and email ", (say_email(e), "EMAIL")]),
    ])


def p_combo_ni_dob():
    ni = gen_ni()
    y, m, d = gen_dob()
    pos("call/government services: date of birth then NI number, with age mentioned (unlabelled)", [
        (A, "date of birth please"),
        (C, [(say_dob(y, m, d, 0), "DOB"), " so i'm %s now" % num_words(2026 - y)]),
        (A, "and your national insurance number"),
        (C, [(" ".join(c for c in ni[:2].lower()) + " " + say_digits(ni[2:8]) + " " + ni[8].lower(), "NI_NUMBER")]),
    ])


def p_combo_ssn_dob_chat():
    ssn = gen_ssn()
    y, m, d = gen_dob()
    pos("chat/banking: SSN and DOB typed on one line, last4 of card mentioned (unlabelled)", [
        (C, ["card ending in %s was declined. dob " % ref_digits(4), (type_dob(y, m, d, True), "DOB"), " ssn ", ("%s-%s-%s" % (ssn[:3], ssn[3:5], ssn[5:]), "SSN")]),
    ])


def p_card_beside_ref():
    card = gen_card(16)
    ref = ref_digits(10)
    pos("call/travel: 10-digit booking reference (unlabelled) immediately before a card number", [
        (A, "booking reference first please"),
        (C, "%s" % say_digits(ref, doubles=False)),
        (A, "great and the card you'd like to pay with"),
        (C, [(say_digits(card), "CARD_NUMBER")]),
    ])


def p_cvv_chat():
    card = gen_card(15) if R.random() < 0.4 else gen_card(16)
    cv = gen_cvv(4 if len(card) == 15 else 3)
    m, y = gen_expiry()
    pos("chat/travel: card, expiry and cvv typed with labels", [
        (C, ["Card: ", (group_card(card), "CARD_NUMBER"), "\nExp: ", ("%02d/20%d" % (m, y), "EXPIRY"), "\nCVC: ", (cv, "CVV")]),
    ])


POS_T = [p_card_call_one_turn, p_card_split, p_card_chat, p_card_cvv_expiry_call, p_card_readback,
         p_card_correction, p_card_lastfour_plus_full, p_ssn_call, p_ssn_split, p_ssn_chat, p_ni_call,
         p_ni_split, p_ni_chat, p_bank_call, p_bank_chat, p_account_split, p_iban_chat, p_iban_call,
         p_phone_call, p_phone_chat, p_email_call, p_email_chat, p_dob_call, p_dob_chat,
         p_postcode_address_call, p_postcode_chat, p_zip_call, p_combo_phone_email, p_combo_ni_dob,
         p_combo_ssn_dob_chat, p_card_beside_ref, p_cvv_chat, p_ssn_call, p_ni_call, p_card_call_one_turn,
         p_bank_call, p_bank_chat]


# ---------------------------------------------------------------- negative templates
def n_amount_digits():
    amt = "%d%d%d" % (R.randint(1, 9), R.randint(0, 9), R.randint(0, 9))
    neg("call/utilities: balance read digit by digit with pence", [
        (A, "your outstanding balance is %s point %s pounds" % (say_digits(amt, doubles=False), say_digits("%02d" % R.randint(0, 99), doubles=False))),
        (C, "okay and can i pay that in %s instalments" % num_words(R.randint(2, 6))),
    ])


def n_reference():
    word = R.choice(["order number", "reference number", "claim number", "ticket number", "invoice number", "case number"])
    n = ref_digits(R.randint(7, 10))
    neg("call/%s: %s read digit by digit (%d digits)" % (R.choice(["retail", "insurance", "telecom"]), word, len(n)), [
        (A, "have you got the %s there" % word),
        (C, ["yeah it's %s" % say_digits(n)]),
        (A, "thank you i've found it"),
    ])


def n_tracking_chat():
    n = ref_digits(10)
    neg("chat/retail: 10-digit tracking number typed with its name", [
        (C, "tracking no. %s says delivered but nothing arrived. order #%s" % (n, ref_digits(7))),
        (A, "Sorry to hear that, I'll open an investigation."),
    ])


def n_opening_hours():
    neg("call/banking: opening hours and phone-like times", [
        (A, "the branch is open eight till eight monday to friday and nine till five on saturdays"),
        (C, "so if i come in at twenty past four on the %s that's fine" % ORD[R.randint(0, 27)]),
    ])


def n_model_serial():
    neg("call/retail: model and serial numbers of an appliance", [
        (A, "can you read me the serial number off the back"),
        (C, "serial number %s %s and the model is %s" % (R.choice(["s n", "s/n"]), say_digits(ref_digits(8), doubles=False),
                                                   R.choice(["w m four eight two oh", "x two hundred", "k f sixty"]))),
    ])


def n_meter():
    r = "%05d" % R.randint(100, 99999)
    neg("call/utilities: meter reading read digit by digit", [
        (A, "what does the meter say"),
        (C, "it's %s" % say_digits(r)),
        (A, "and the night rate reading"),
        (C, "%s" % say_digits("%05d" % R.randint(100, 99999))),
    ])


def n_appointment():
    neg("call/healthcare billing: appointment and payment dates, not birth dates", [
        (A, "your appointment is on the %s of %s at %s" % (ORD[R.randint(0, 27)], MONTHS[R.randint(0, 11)], R.choice(["ten thirty", "quarter to three", "two pm"]))),
        (C, "and the payment of %s dollars is due on %s %s" % (num_words(R.randint(20, 400)), MONTHS[R.randint(0, 11)], ORD[R.randint(0, 27)])),
    ])


def n_card_last_four():
    l4 = ref_digits(4)
    neg("call/banking: card last-four mention only, agent digits then customer pairs", [
        (A, "is that the card ending in %s" % say_digits(l4, doubles=False)),
        (C, "yes the one ending %s" % R.choice(["in those four digits", say_pairs(l4)])),
    ])


def n_chat_hours_speeds():
    neg("chat/telecom: opening hours, broadband speeds, router model, data usage", [
        (A, "Our team is available Mon-Fri 8am-8pm and Sat 9-5. Your line is synced at %d/%d Mbps." % (R.choice([67, 80, 145, 500, 900]), R.choice([20, 36, 50, 110]))),
        (C, "router is a %s, used %d.%dGB this month, and it drops every %d mins since %s" % (
            R.choice(["Hub 6", "TP-Link AX1800", "FRITZ!Box 7530", "Archer C6"]), R.randint(100, 900), R.randint(0, 9), R.randint(5, 45), R.choice(["Tuesday", "2 Nov", "the 14th"]))),
    ])


def n_year_since():
    neg("call/insurance: years, no-claims count, mileage read out", [
        (C, "i've been with you since %s and i've got %s years no claims the mileage is %s" % (
            year_words(R.randint(1995, 2015)), num_words(R.randint(2, 15)), say_digits("%d" % R.randint(10000, 99999)))),
        (A, "lovely thank you"),
    ])


def n_flight_room():
    neg("call/travel: flight number, room number, times", [
        (C, "i'm on flight %s %s at %s and i'm in room %s" % (R.choice(["e i", "b a", "f r", "u a"]), num_words(R.randint(100, 999)),
                                                      R.choice(["six fifteen", "seven forty five am", "eighteen hundred"]), num_words(R.randint(100, 560)))),
        (A, "okay i'll note that"),
    ])


def n_chat_amounts():
    neg("chat/telecom: prices, data allowance, percentages, contract dates", [
        (C, "Why is my bill £%d.%02d when the plan is £%d/month for %dGB? you said %d%% off from %02d/%02d/2025" % (
            R.randint(30, 200), R.randint(0, 99), R.randint(10, 60), R.choice([5, 30, 100]), R.choice([10, 20, 25]), R.randint(1, 28), R.randint(1, 12))),
        (A, "I can see the discount ended on %d %s 2026." % (R.randint(1, 28), MONTHS[R.randint(0, 11)].title())),
    ])


def n_age_temp_speed():
    neg("call/insurance: ages, speeds, years, counts", [
        (C, "my son is %s and he was doing about %s miles an hour in a %s car" % (num_words(R.randint(17, 24)), num_words(R.randint(20, 70)), year_words(R.randint(2008, 2022)))),
        (A, "and how many previous claims in the last %s years" % num_words(R.randint(3, 5))),
        (C, "%s" % R.choice(["none", "just the one", "two i think"])),
    ])


def n_company_number():
    neg("call/telecom: agent gives a ticket number and hold duration", [
        (A, "your ticket number is %s and the wait is about %s minutes" % (say_digits(ref_digits(8), doubles=False), num_words(R.randint(5, 45)))),
        (C, "okay %s" % say_digits(ref_digits(3), doubles=False) + " minutes no thanks"),
    ]) if False else neg("call/telecom: agent gives a ticket number and hold duration", [
        (A, "your ticket number is %s and the wait is about %s minutes" % (say_digits(ref_digits(8), doubles=False), num_words(R.randint(5, 45)))),
        (C, "okay i'll hold"),
    ])


def n_chat_ref_long():
    n = ref_digits(R.randint(8, 10))
    neg("chat/insurance: claim reference typed with separators", [
        (C, "Claim ref %s-%s. Payout was %s EUR on %02d.%02d.2026" % (n[:4], n[4:], "{:,}".format(R.randint(1000, 90000)), R.randint(1, 28), R.randint(1, 12))),
    ])


def n_quantities():
    neg("call/retail: quantities and sizes", [
        (C, "i ordered %s packs of %s and a size %s and only got %s" % (num_words(R.randint(2, 9)), num_words(R.randint(12, 48)), num_words(R.randint(6, 14)), num_words(R.randint(1, 3)))),
        (A, "sorry about that i'll send the other ones"),
    ])


def n_balance_chat():
    neg("chat/banking: balances and transaction amounts", [
        (C, "balance shows -$%s but i deposited $%s.%02d on the %s" % ("{:,}".format(R.randint(100, 9999)), "{:,}".format(R.randint(1000, 20000)), R.randint(0, 99), ORD[R.randint(0, 27)])),
        (A, "The deposit will clear within 2-3 business days."),
    ])


def n_amount_long():
    neg("call/insurance: large amount read in full and a policy number", [
        (A, "the policy number is %s" % say_digits(ref_digits(9), doubles=False)),
        (C, "and the excess is %s" % R.choice(["two hundred and fifty pounds", "one thousand two hundred euro", "five hundred dollars"])),
    ])


def n_temperature_time():
    neg("call/utilities: thermostat temperature, boiler model, engineer time window", [
        (C, "the boiler's a %s and it only gets to %s degrees" % (R.choice(["worcester thirty c d i", "combi twenty four", "model four two oh"]), num_words(R.randint(14, 19)))),
        (A, "an engineer can come between %s and %s on %s" % (R.choice(["eight", "nine", "ten"]), R.choice(["twelve", "one", "two"]), R.choice(["monday", "thursday"]))),
    ])


NEG_T = [n_amount_digits, n_reference, n_tracking_chat, n_opening_hours, n_model_serial, n_meter, n_appointment,
         n_card_last_four, n_flight_room, n_chat_amounts, n_age_temp_speed, n_company_number, n_chat_ref_long,
         n_quantities, n_balance_chat, n_amount_long, n_temperature_time]


def n_ups_tracking():
    t = "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6)) + "".join(R.choice("0123456789") for _ in range(10))
    neg("chat/retail: 18-character carrier tracking number typed with its name", [
        (C, "My tracking number is %s and it's been stuck in %s since %s" % (t, R.choice(["Louisville", "the depot", "customs"]), R.choice(["Monday", "the 3rd", "last week"]))),
        (A, "Let me check with the courier."),
    ])


def n_contract_dates():
    neg("call/telecom: contract start and end dates spoken like a date of birth would be", [
        (A, "your contract started on the %s of %s %s and runs for %s months" % (ORD[R.randint(0, 27)], MONTHS[R.randint(0, 11)], year_words(R.randint(2021, 2025)), R.choice(["eighteen", "twenty four", "thirty six"]))),
        (C, "so it ends %s %s" % (MONTHS[R.randint(0, 11)], year_words(R.randint(2026, 2028)))),
    ])


def n_balance_spoken():
    neg("call/banking: balance and overdraft limit spoken in full", [
        (A, "your available balance is %s pounds and %s pence" % (num_words(R.randint(100, 999)), num_words(R.randint(1, 99)))),
        (C, "and the overdraft limit is still %s" % R.choice(["fifteen hundred", "two thousand", "five hundred pounds"])),
    ])


def n_policy_alnum():
    neg("chat/insurance: alphanumeric policy reference with its name", [
        (C, "Policy no. POL-%s-%s, renewal premium £%d.%02d due %d/%d" % (ref_digits(4), ref_digits(4), R.randint(200, 1200), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12))),
    ])


def n_invoice_digits_doubles():
    n = ref_digits(6) + "".join(R.choice("0123456789") for _ in range(4))
    n = n[:3] + n[2] + n[4:]
    neg("call/healthcare billing: 10-digit invoice number with doubles, and an amount digit by digit", [
        (A, "what's the invoice number at the top right"),
        (C, "invoice %s" % say_digits(n)),
        (A, "okay that shows %s dollars %s cents outstanding" % (num_words(R.randint(100, 999)), num_words(R.randint(10, 99)))),
    ])


def n_last_four_chat():
    neg("chat/banking: card last four and account last four typed", [
        (C, "the card ending %s was charged twice, £%d.%02d on %d %s. my acct ending in %s" % (ref_digits(4), R.randint(5, 300), R.randint(0, 99), R.randint(1, 28), MONTHS[R.randint(0, 11)].title()[:3], ref_digits(4))),
    ])


NEG_T += [n_chat_hours_speeds, n_year_since, n_ups_tracking, n_contract_dates, n_balance_spoken, n_policy_alnum, n_invoice_digits_doubles, n_last_four_chat]


def p_dob_beside_dates():
    y, m, d = gen_dob()
    pos("call/insurance: date of birth right after a policy start date (unlabelled)", [
        (A, "the policy started on the %s of %s twenty twenty %s can you confirm your date of birth" % (ORD[R.randint(0, 27)], MONTHS[R.randint(0, 11)], ONES[R.randint(1, 5)])),
        (C, ["yeah ", (say_dob(y, m, d, R.randint(0, 3)), "DOB")]),
    ])


def p_phone_beside_ref():
    kind, ph = gen_phone(R.choice(["uk_mob", "us", "ie_mob", "uk_land"]))
    pos("call/%s: phone number straight after a reference number (unlabelled)" % R.choice(["utilities", "telecom"]), [
        (A, "your reference is %s" % say_digits(ref_digits(8), doubles=False)),
        (C, ["okay and can you call me back on ", (say_digits(ph, uk=kind != "us"), "PHONE"), " after %s" % R.choice(["five", "half six", "lunch"])]),
    ])


def p_ni_after_amount():
    ni = gen_ni()
    pos("call/government services: NI number after a benefit amount and a date", [
        (C, ["i got %s pounds on the %s but it should be more my ni number's " % (num_words(R.randint(100, 900)), ORD[R.randint(0, 27)]),
             (" ".join(spell_letter(c, "plain") for c in ni[:2]) + " " + say_pairs(ni[2:8]) + " " + ni[8].lower(), "NI_NUMBER")]),
    ])


def p_ssn_beside_zip_amount():
    ssn = gen_ssn()
    z = gen_zip()[:5]
    pos("call/healthcare billing: SSN and ZIP in one turn with a dollar amount", [
        (A, "i'll need the last... actually the full social and your zip code"),
        (C, [(say_digits(ssn, uk=False), "SSN"), " and zip ", (say_digits(z, uk=False), "POSTCODE"), " and the bill was %s dollars" % num_words(R.randint(100, 999))]),
    ])


def p_sortcode_split_readback():
    sc, acc = gen_sort(), gen_account()
    pos("call/banking: sort code in pairs, account read back by agent", [
        (A, "sort code"),
        (C, [(say_pairs(sc), "SORT_CODE")]),
        (A, "and account"),
        (C, [(say_digits(acc), "BANK_ACCOUNT")]),
        (A, ["so that's ", (say_digits(acc, doubles=False), "BANK_ACCOUNT"), " and the payment of %s pounds" % num_words(R.randint(20, 300))]),
    ])


POS_T += [p_dob_beside_dates, p_phone_beside_ref, p_ni_after_amount, p_ssn_beside_zip_amount, p_sortcode_split_readback]


HOMO = {"2": ["to", "too"], "4": ["for"], "8": ["ate"]}


def say_homophones(s):
    out = []
    for d in s:
        if d in HOMO and R.random() < 0.5:
            out.append(R.choice(HOMO[d]))
        else:
            out.append(dw(d))
    return " ".join(out)


def p_card_homophones():
    card = gen_card(16)
    while sum(card.count(d) for d in "248") < 4:
        card = gen_card(16)
    pos("call/%s: card read with ASR homophones (for/to/too/ate) and an amount after it" % R.choice(["utilities", "travel", "retail"]), [
        (A, "and the long number on the card"),
        (C, [filler(), (say_homophones(card), "CARD_NUMBER"), " and can you take %s off it" % R.choice(["forty pounds", "the full amount", "twenty two fifty"])]),
    ])


def p_email_typed_obfuscated():
    e = gen_email()
    local, dom = e.split("@")
    sh = local + R.choice([" at ", " (at) ", " [at] "]) + dom.replace(".", R.choice([" dot ", "."]))
    pos("chat/utilities: email typed with 'at'/'dot' words to dodge filters", [
        (C, ["email me the statement at ", (sh, "EMAIL"), " pls, account ref %s" % ref_digits(9)]),
    ])


def p_two_values_chat():
    kind, ph = gen_phone("uk_mob")
    pc = gen_uk_postcode()
    pos("chat/retail: phone and postcode in one message with a delivery date", [
        (C, ["deliver on the %dth pls, postcode " % R.randint(4, 20), (pc, "POSTCODE"), ", mob ", (ph[:5] + " " + ph[5:], "PHONE")]),
    ])


POS_T += [p_card_homophones, p_email_typed_obfuscated, p_two_values_chat]


# ---------------------------------------------------------------- build
def build():
    POS.clear(); NEG.clear()
    R.seed(SEED)
    i = 0
    while len(POS) < 215:
        POS_T[i % len(POS_T)]()
        i += 1
    i = 0
    while len(NEG) < 130:
        NEG_T[i % len(NEG_T)]()
        i += 1
    lines = []
    for k, (note, turns) in enumerate(POS, 1):
        t, s = assemble(turns)
        lines.append({"id": "h280-pos-%03d" % k, "kind": "positive", "turns": t, "spans": s, "note": note})
    for k, (note, turns) in enumerate(NEG, 1):
        t, s = assemble(turns)
        lines.append({"id": "h280-neg-%03d" % k, "kind": "negative", "turns": t, "spans": [], "note": note})
    return lines


# ---------------------------------------------------------------- validation
W2D = {w: str(i) for i, w in enumerate(ONES)}
W2D.update({"oh": "0", "o": "0", "nought": "0"})
T2D = {w: str(i + 10) for i, w in enumerate(TEENS)}
TENS2 = {w: i for i, w in enumerate(TENS) if w}
NATO_R = {v: k for k, v in NATO.items()}


def normalise(text):
    toks = re.findall(r"[a-z0-9]+(?:-ray)?|[@./+_-]", text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks) and toks[i + 2] in NATO_R:
            out.append(t.upper()); i += 3; continue
        if t in "-./_" and len(t) == 1:
            i += 1; continue
        if t in ("to", "too", "ate", "for"):
            out.append({"to": "2", "too": "2", "ate": "8", "for": "4"}[t]); i += 1; continue
        if t in ("double", "triple") and nxt in W2D:
            out.append(W2D[nxt] * (2 if t == "double" else 3)); i += 2; continue
        if t in TENS2:
            if nxt in W2D and nxt not in ("oh", "o", "nought", "zero"):
                out.append(str(TENS2[t]) + W2D[nxt]); i += 2; continue
            out.append(str(TENS2[t] * 10)); i += 1; continue
        if t in T2D:
            out.append(T2D[t]); i += 1; continue
        if t in W2D:
            if nxt == "hundred":
                out.append(W2D[t]); i += 2
                if i < len(toks) and toks[i] == "and":
                    i += 1
                if not (i < len(toks) and (toks[i] in W2D or toks[i] in TENS2 or toks[i] in T2D)):
                    out.append("00")
                elif toks[i] in W2D and toks[i] not in TENS2:
                    out.append("0")
                continue
            out.append(W2D[t]); i += 1; continue
        if len(t) == 1 and nxt == "for" and i + 2 < len(toks) and toks[i + 2] in NATO_R:
            out.append(t.upper()); i += 3; continue
        if t in NATO_R:
            out.append(NATO_R[t].upper()); i += 1; continue
        if t.isdigit() or (re.fullmatch(r"[a-z0-9]+", t) and re.search(r"\d", t)) or (len(t) == 2 and t.isalpha() and nxt[:1].isdigit()) or (len(t) == 4 and t.isalpha() and i > 0 and re.search(r"\d", toks[i - 1])):
            out.append(t.upper()); i += 1; continue
        if len(t) == 1 and t.isalpha():
            out.append(t.upper()); i += 1; continue
        out.append("?" + t); i += 1
    return out


def alnum(text):
    return "".join(x for x in normalise(text) if not x.startswith("?"))


def validate_case(case, errs):
    cid = case["id"]
    turns = case["turns"]
    prev = {}
    for sp in case["spans"]:
        if sp["type"] not in TYPES:
            errs.append("%s: bad type %s" % (cid, sp["type"]))
        t = turns[sp["turn"]]["text"]
        s, e = sp["start"], sp["end"]
        if not (0 <= s < e <= len(t)):
            errs.append("%s: offsets out of range" % cid); continue
        if not (t[s].isalnum() and t[e - 1].isalnum()):
            errs.append("%s: span edges not alnum %r" % (cid, t[s:e]))
        if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
            errs.append("%s: span not on word boundary %r" % (cid, t[s:e]))
        key = (sp["turn"])
        if key in prev and prev[key] > s:
            errs.append("%s: overlapping spans" % cid)
        prev[key] = e
    # value checks with accumulation across consecutive spans of same type
    acc = {}
    for sp in case["spans"]:
        typ = sp["type"]
        raw = turns[sp["turn"]]["text"][sp["start"]:sp["end"]]
        toks = normalise(raw)
        if typ == "EMAIL":
            v = raw.lower().replace(" (at) ", " at ").replace(" [at] ", " at ")
            v = v.replace(" dot ", ".").replace(" at ", "@").replace(" underscore ", "_")
            v = re.sub(r"(?<=[a-z]) (?=\d)|(?<=\d) (?=\d)", "", v)
            for w, d in W2D.items():
                v = re.sub(r"(?<=\d) ?\b%s\b" % w, d, v)
            v = re.sub(r"\b(%s)\b" % "|".join(ONES), lambda m: W2D[m.group(1)], v)
            v = v.replace(" ", "")
            if not re.fullmatch(r"[a-z0-9._]+@[a-z0-9]+(\.[a-z]+)+", v):
                errs.append("%s: bad email %r -> %r" % (cid, raw, v))
            continue
        if typ == "ADDRESS":
            if not re.search(r"\d|\b(%s|%s|%s)\b" % ("|".join(ONES), "|".join(TEENS), "|".join(TENS[2:])), raw.lower()):
                errs.append("%s: address without number %r" % (cid, raw))
            continue
        if typ == "DOB":
            if not re.search(r"\d{4}|\b(nineteen|two thousand)\b", raw.lower()):
                errs.append("%s: dob without year %r" % (cid, raw))
            continue
        if typ == "EXPIRY":
            if not (len(re.sub(r"\D", "", alnum(raw))) in (3, 4, 6) or any(m in raw.lower() for m in MONTHS)):
                errs.append("%s: bad expiry %r" % (cid, raw))
            continue
        if any(x.startswith("?") for x in toks if x not in ("?dot", "?at")) and typ not in ("PHONE", "POSTCODE"):
            errs.append("%s: unparsed token in %s %r: %r" % (cid, typ, raw, toks))
        v = alnum(raw)
        if typ == "PHONE":
            if raw.lower().startswith("plus"):
                v = re.sub(r"\D", "", v)
            v = re.sub(r"\D", "", v)
            if not 10 <= len(v) <= 13:
                errs.append("%s: bad phone %r -> %r" % (cid, raw, v))
            continue
        if typ == "POSTCODE":
            v = re.sub(r"[^A-Z0-9]", "", raw.upper()) if re.search(r"\d", raw) else v
            if not (re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", v) or re.fullmatch(r"\d{5}(\d{4})?", v)):
                errs.append("%s: bad postcode %r -> %r" % (cid, raw, v))
            continue
        if typ == "CVV":
            if not re.fullmatch(r"\d{3,4}", v):
                errs.append("%s: bad cvv %r" % (cid, raw))
            continue
        a = acc.get(typ, "") + re.sub(r"[^A-Z0-9]", "", v)
        done = False
        if typ == "CARD_NUMBER":
            done = a.isdigit() and 13 <= len(a) <= 19 and luhn_ok(a)
        elif typ == "SSN":
            done = len(a) == 9 and a.isdigit()
        elif typ == "NI_NUMBER":
            done = bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", a))
        elif typ == "BANK_ACCOUNT":
            done = len(a) == 8 and a.isdigit()
        elif typ == "SORT_CODE":
            done = len(a) == 6 and a.isdigit()
        elif typ == "IBAN":
            done = bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", a)) and mod97_ok(a)
        acc[typ] = "" if done else a
    for typ, a in acc.items():
        if a:
            errs.append("%s: incomplete/invalid %s value %r" % (cid, typ, a))


def render(lines):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in lines)


def counts(lines):
    c = {t: 0 for t in TYPES}
    for case in lines:
        for sp in case["spans"]:
            c[sp["type"]] += 1
    return c


def readme(lines):
    c = counts(lines)
    npos = sum(1 for x in lines if x["kind"] == "positive")
    nneg = len(lines) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# pii_holdout280 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data it was not developed against.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the redaction code,
its tests, its docs or other evaluation fixtures; only a 3-line format example. All cases are generated by
`scripts/make_pii_holdout280.py` from template functions; each turn is assembled from plain-text segments and
(value, TYPE) segments, so offsets are computed, never typed by hand. All values come from one
`random.Random(%d)`; the output is byte-for-byte reproducible (`--check` verifies this).

Cases cover chat (typed, varied separators/case) and phone calls as ASR transcripts (lower case, numbers as
words, "oh"/"o"/"nought"/"zero" for 0, "double"/"triple", pairs such as "forty one eleven", NATO spellings
"b for bravo", e-mails as "dot"/"at", values split over several customer turns with agent back-channels, agent
read-backs, self-corrections, two values in one turn). Industries: banking, telecom, utilities, retail,
insurance, travel, healthcare billing, government services; countries US, UK, Ireland, EU.

## Annotation conventions

- A span covers exactly the value: from its first to its last letter/digit word, on word boundaries.
  Lead-ins ("it's", "card number", "my ni no. is") and trailing chit-chat are outside.
- A value split over several turns gets one span per turn (each piece is PII); back-channels are not labelled.
- Spoken readings include the number words, "double"/"triple", and NATO "x for xray" forms inside the span.
- An agent read-back of a value is labelled too.
- In a self-correction only the full, final reading is labelled; the abandoned fragment is not (a redactor may
  redact it without penalty in a positive case).
- Card last-four mentions ("card ending in ..."), order/ticket/claim/tracking/booking references, amounts,
  meter readings, model/serial numbers, times, dates that are not birth dates, ages are never labelled.
  Negative cases consist only of such lookalikes and must have nothing redacted.
- ADDRESS covers house/flat number and street; the town is outside. POSTCODE is the UK postcode or US ZIP
  (ZIP+4 included).
- EXPIRY covers month and year; CVV the 3-4 digit code only.

## Counts

Positives: %d, negatives: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    lines = build()
    text = render(lines)
    rd = readme(lines)
    errs = []
    ids = [c["id"] for c in lines]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for c in lines:
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s: negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s: positive without spans" % c["id"])
        validate_case(c, errs)
    cnt = counts(lines)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errs.append("too few %s spans: %d < %d" % (t, cnt[t], need))
    npos = sum(1 for x in lines if x["kind"] == "positive")
    nneg = len(lines) - npos
    if npos < 170 or nneg < 100:
        errs.append("too few cases")
    if "--check" in sys.argv:
        try:
            with open(CASES, encoding="utf-8") as f:
                if f.read() != text:
                    errs.append("cases.jsonl differs from regenerated output")
            with open(README, encoding="utf-8") as f:
                if f.read() != rd:
                    errs.append("README.md differs from regenerated output")
        except OSError as e:
            errs.append("cannot read fixture: %s" % e)
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("positives=%d negatives=%d" % (npos, nneg))
    print(" ".join("%s=%d" % (t, cnt[t]) for t in TYPES))
    for e in errs[:60]:
        print("ERROR:", e)
    if errs:
        print("FAILED: %d problems" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

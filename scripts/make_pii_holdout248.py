#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h248.

Written by an AI helper acting as an independent author (did not see the
redaction code).  Standard library only.  Output is byte-for-byte
reproducible from the seed.

    python scripts/make_pii_holdout248.py           # write fixture + README
    python scripts/make_pii_holdout248.py --check   # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 248241126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout248")
OUT = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
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
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "r": "romeo",
        "s": "sierra", "t": "tango", "w": "whiskey", "x": "x ray", "y": "yankee",
        "z": "zulu", "q": "quebec"}
ZERO_WORDS = ["zero", "oh", "o", "nought"]


# ----------------------------------------------------------------- spoken forms
def two(d2):
    a, b = int(d2[0]), int(d2[1])
    if a == 0:
        return None
    if a == 1:
        return TEENS[b]
    return TENS[a] if b == 0 else TENS[a] + " " + UNITS[b]


def say_digits(s, rng, pairs=0.0, dbl=0.5, zero=None, homo=0.0, filler=0.0):
    """Digits -> ASR words.  pairs: chance of reading a 2-digit chunk as a number."""
    out = []
    i = 0
    zw = zero or rng.choice(ZERO_WORDS)
    while i < len(s):
        d = s[i]
        if i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and rng.random() < dbl:
            out.append("triple " + (zw if d == "0" else UNITS[int(d)]))
            i += 3
        elif i + 1 < len(s) and s[i + 1] == d and rng.random() < dbl:
            out.append("double " + (zw if d == "0" else UNITS[int(d)]))
            i += 2
        elif i + 1 < len(s) and rng.random() < pairs and s[i + 1] != "0" and two(s[i:i + 2]):
            out.append(two(s[i:i + 2]))
            i += 2
        else:
            w = zw if d == "0" else UNITS[int(d)]
            if homo and rng.random() < homo:
                w = {"four": "for", "two": "to", "eight": "ate", "one": "won"}.get(w, w)
            out.append(w)
            i += 1
        if filler and rng.random() < filler and i < len(s):
            out.append(rng.choice(["um", "uh", "er"]))
    return " ".join(out)


def say_letters(s, rng, nato=0.5, zero="zero"):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(zero if ch == "0" else UNITS[int(ch)])
        elif ch == " ":
            continue
        else:
            c = ch.lower()
            if rng.random() < nato and c in NATO:
                out.append("%s for %s" % (c, NATO[c]))
            else:
                out.append(c)
    return " ".join(out)


def say_year(y, rng):
    y = str(y)
    if y.startswith("20") and y[2] == "0":
        return "two thousand and " + UNITS[int(y[3])] if rng.random() < 0.5 else "two thousand " + UNITS[int(y[3])]
    hi = two(y[:2])
    lo = two(y[2:]) if y[2] != "0" else "oh " + UNITS[int(y[3])]
    return hi + " " + lo


# ----------------------------------------------------------------- values
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    pre, ln = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16),
               "amex": (rng.choice(["34", "37"]), 15), "disc": ("6011", 16),
               "visa13": ("4", 13), "visa19": ("4", 19)}[brand]
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group_card(d, rng, sep=None):
    sep = sep if sep is not None else rng.choice([" ", " ", "-", "", " "])
    if len(d) == 15:
        parts = [d[:4], d[4:10], d[10:]]
    else:
        parts = [d[i:i + 4] for i in range(0, len(d), 4)]
    return sep.join(parts)


def digits(rng, n, first_nonzero=False):
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def ssn(rng):
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_PRE = ["AB", "CE", "JG", "KL", "NP", "PR", "SW", "TN", "WP", "YZ", "HR", "ML", "EH", "RB", "JM", "ZA"]


def ni(rng):
    return rng.choice(NI_PRE) + digits(rng, 6) + rng.choice("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban(rng, cc=None):
    cc = cc or rng.choice(["GB", "IE", "DE", "NL", "FR", "ES"])
    L = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    bban = {"GB": lambda: L(4) + digits(rng, 14), "IE": lambda: L(4) + digits(rng, 14),
            "DE": lambda: digits(rng, 18), "NL": lambda: L(4) + digits(rng, 10),
            "FR": lambda: digits(rng, 23), "ES": lambda: digits(rng, 20)}[cc]()
    return cc + iban_check(cc, bban) + bban


def non_luhn(d):
    """make a long reference number that is NOT Luhn-valid (so it cannot be a card)."""
    if len(d) >= 12 and luhn_ok(d):
        d = d[:-1] + str((int(d[-1]) + 1) % 10)
    return d


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def phone(rng, kind=None):
    """returns (digits-for-speaking, chat-form)"""
    kind = kind or rng.choice(["ukmob", "ukland", "us", "ie", "ukintl", "usintl", "ieintl"])
    if kind == "ukmob":
        d = "07" + digits(rng, 9)
        return d, rng.choice([d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:]])
    if kind == "ukland":
        d = "0" + rng.choice(["20", "161", "121", "113", "131", "29"]) + ""
        d = d + digits(rng, 11 - len(d), True)
        return d, rng.choice([d[:3] + " " + d[3:7] + " " + d[7:], d[:4] + " " + d[4:], d])
    if kind == "us":
        d = str(rng.randint(201, 989)) + str(rng.randint(201, 989)) + digits(rng, 4)
        return d, rng.choice(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                              "%s.%s.%s" % (d[:3], d[3:6], d[6:]), d])
    if kind == "ie":
        d = "08" + rng.choice("35679") + digits(rng, 7)
        return d, rng.choice([d[:3] + " " + d[3:6] + " " + d[6:], d])
    if kind == "ukintl":
        d = "447" + digits(rng, 9)
        return d, rng.choice(["+44 7" + d[3:6] + " " + d[6:], "+44" + d[2:], "0044 " + d[2:6] + " " + d[6:]])
    if kind == "usintl":
        d = "1" + str(rng.randint(201, 989)) + str(rng.randint(201, 989)) + digits(rng, 4)
        return d, "+1 %s %s %s" % (d[1:4], d[4:7], d[7:])
    d = "3538" + rng.choice("35679") + digits(rng, 7)
    return d, "+353 " + d[3:5] + " " + d[5:8] + " " + d[8:]


FIRST = ["john", "sarah", "aoife", "priya", "mark", "emma", "liam", "fatima", "tomasz", "grace",
         "oliver", "niamh", "david", "chloe", "ahmed", "ruth", "kevin", "siobhan", "marta", "james"]
LAST = ["smith", "obrien", "patel", "kowalski", "jones", "murphy", "nguyen", "garcia", "walsh",
        "taylor", "brennan", "khan", "evans", "dubois", "fischer", "reid", "lynch", "moore"]
DOMS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "btinternet.com", "icloud.com",
        "aol.com", "eircom.net", "web.de", "proton.me"]


def email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f + "." + l, f[0] + l, f + l + str(rng.randint(1, 99)), f + "_" + l, l + "." + f[0]])
    return local + "@" + rng.choice(DOMS)


def say_email(e, rng):
    local, dom = e.split("@")
    def part(p):
        out = []
        for tok in re.split(r"([._0-9])", p):
            if not tok:
                continue
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok.isdigit():
                out.append(UNITS[int(tok)])
            elif len(tok) <= 2 or rng.random() < 0.25:
                out.append(" ".join(tok))
            else:
                out.append(tok)
        return " ".join(out)
    return part(local) + " at " + part(dom)


STREETS = ["maple avenue", "church road", "high street", "station road", "elm grove",
           "oak drive", "victoria street", "park lane", "mill lane", "kings road",
           "main street", "willow close", "cedar court", "queens terrace", "bridge street",
           "sunset boulevard", "pine street", "lake view drive", "orchard way", "castle hill"]


def address(rng, spoken=False):
    n = rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1, 40)])
    st = rng.choice(STREETS)
    if spoken:
        ns = str(n)
        if n < 10:
            w = UNITS[n]
        elif n < 100:
            w = two(ns)
        else:
            w = UNITS[int(ns[0])] + " " + (two(ns[1:]) or ("oh " + UNITS[int(ns[2])]))
        flat = rng.random() < 0.2
        return ("flat " + UNITS[rng.randint(1, 9)] + " " if flat else "") + w + " " + st
    st = st.title() if rng.random() < 0.7 else st
    return ("Apt %d, " % rng.randint(2, 30) if rng.random() < 0.15 else "") + "%d %s" % (n, st)


UKAREAS = ["SW", "M", "B", "LS", "G", "EH", "CF", "BS", "NE", "L", "E", "N", "BT", "CR", "DN", "RG"]


def ukpost(rng):
    a = rng.choice(UKAREAS)
    out = a + str(rng.randint(1, 29 if len(a) == 1 else 19))
    inward = str(rng.randint(0, 9)) + "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    return out + " " + inward


def dob(rng):
    return rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28)


# ----------------------------------------------------------------- assembly
CASES = []


def turn(speaker, *segs):
    text, spans = "", []
    for s in segs:
        if isinstance(s, tuple):
            v, t = s
            spans.append((len(text), len(text) + len(v), t))
            text += v
        else:
            text += s
    return speaker, text, spans


def A(*s):
    return turn("agent", *s)


def C(*s):
    return turn("customer", *s)


def add(kind, note, *turns):
    tj, sj = [], []
    for i, (sp, tx, spans) in enumerate(turns):
        tj.append({"speaker": sp, "text": tx})
        for s, e, t in spans:
            sj.append({"turn": i, "start": s, "end": e, "type": t})
    CASES.append({"kind": kind, "note": note, "turns": tj, "spans": sj})


def pick(rng, *opts):
    return rng.choice(opts)


IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
       "government services"]


# ----------------------------------------------------------------- positives
def p_card_chat(r):
    c = card(r)
    add("positive", "chat/%s: card typed with separators beside an order number" % pick(r, "retail", "travel", "telecom"),
        C(pick(r, "hi, order #%s hasn't gone through. can i pay with " % digits(r, 8, True),
               "Paying the £%d.%02d invoice now, card: " % (r.randint(10, 900), r.randint(0, 99)),
               "ok the card is "), (group_card(c, r), "CARD_NUMBER"),
          pick(r, " thanks", "", " - is that ok?", ". it's a %s card" % pick(r, "debit", "credit"))))


def p_card_call(r):
    c = card(r)
    add("positive", "call/%s: card read digit by digit with doubles/oh/pairs" % pick(r, *IND),
        A("can i take the long number across the front of the card please"),
        C(pick(r, "yeah it's ", "okay so it's ", "right ", "um "),
          (say_digits(c, r, pairs=0.2, homo=0.1), "CARD_NUMBER")))


def p_card_split(r):
    c = card(r, pick(r, "visa", "mc", "disc"))
    chunks = [c[i:i + 4] for i in range(0, 16, 4)]
    bc = ["mhm", "okay go on", "yep", "got that", "uh huh", "okay"]
    turns = [A("go ahead with the card number when you're ready")]
    for k, ch in enumerate(chunks):
        turns.append(C(pick(r, "", "", "right ", "so "), (say_digits(ch, r, pairs=0.3, filler=0.1), "CARD_NUMBER")))
        if k < 3:
            turns.append(A(pick(r, *bc)))
    add("positive", "call/%s: card split over four customer turns with back-channels" % pick(r, *IND), *turns)


def p_card_readback(r):
    c = card(r, pick(r, "visa", "mc"))
    cv = digits(r, 3)
    add("positive", "call/retail: agent reads card back, cvv next to an order amount",
        C("the card number is ", (say_digits(c, r), "CARD_NUMBER")),
        A("let me read that back ", (say_digits(c, r, dbl=0.0), "CARD_NUMBER"), " is that right"),
        C("yes that's it"),
        A("and the three digit code on the back"),
        C((say_digits(cv, r), "CVV"), pick(r, " and the total was forty nine ninety nine wasn't it", "", " yeah")))


def p_card_full(r):
    c = card(r, pick(r, "visa", "mc"))
    m, y = r.randint(1, 12), r.randint(26, 32)
    cv = digits(r, 3)
    if r.random() < 0.5:
        add("positive", "chat/%s: card, expiry and cvv in one message" % pick(r, "travel", "retail", "insurance"),
            C("card ", (group_card(c, r), "CARD_NUMBER"), pick(r, " exp ", ", expiry ", " expires "),
              (pick(r, "%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y)), "EXPIRY"),
              pick(r, " cvv ", ", security code ", " cvc: "), (cv, "CVV")))
    else:
        add("positive", "call/%s: card then expiry spoken as month year then cvv" % pick(r, *IND),
            C((say_digits(c, r, pairs=0.15), "CARD_NUMBER")),
            A("and the expiry date"),
            C((pick(r, say_digits("%02d" % m, r) + " " + two(str(y)),
                    MONTHS[m - 1] + " twenty " + two(str(y)),
                    say_digits("%02d" % m, r) + " slash " + two(str(y))), "EXPIRY")),
            A("lovely and the security code"),
            C("it's ", (say_digits(cv, r), "CVV")))


def p_card_amex(r):
    c = card(r, "amex")
    cv = digits(r, 4, True)
    add("positive", "chat/travel: amex grouped 4-6-5, 4-digit cid, flight number nearby",
        C("Booking for flight EI%d, paying by Amex " % r.randint(100, 999), (group_card(c, r, " "), "CARD_NUMBER"),
          ". The 4 digit code on the front is ", (cv, "CVV")))


def p_cvv_exp_call(r):
    m, y = r.randint(1, 12), r.randint(26, 31)
    cv = digits(r, 3)
    add("positive", "call/%s: expiry and cvv in one turn with a last-four mention" % pick(r, *IND),
        A("so that's the card ending %s, can i get the expiry and the security number" % say_digits(digits(r, 4), r)),
        C("yeah expires ", (say_digits("%02d" % m, r) + " slash " + two(str(y)), "EXPIRY"),
          " and the code is ", (say_digits(cv, r), "CVV")))


def p_ssn_chat(r):
    s = ssn(r)
    form = pick(r, "%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s)
    add("positive", "chat/%s: US SSN typed, near a claim number" % pick(r, "insurance", "healthcare billing", "government services", "banking"),
        A("To verify, can you give me your Social Security number?"),
        C(pick(r, "sure its ", "SSN: ", "ok ", "my ss# is "), (form, "SSN"),
          pick(r, "", ". claim # %s" % digits(r, 8, True), " thx")))


def p_ssn_call(r):
    s = ssn(r)
    if r.random() < 0.5:
        add("positive", "call/%s: SSN read in 3-2-4 groups" % pick(r, "healthcare billing", "government services", "insurance"),
            A("and can i get your social security number"),
            C("uh yeah ", (say_digits(s[:3], r) + " " + say_digits(s[3:5], r, pairs=0.5) + " " +
                           say_digits(s[5:], r, pairs=0.3), "SSN")))
    else:
        add("positive", "call/%s: SSN split across turns with agent back-channel" % pick(r, "banking", "government services"),
            A("i'll need your social to verify"),
            C("okay ", (say_digits(s[:3], r), "SSN")),
            A("mhm"),
            C((say_digits(s[3:5], r), "SSN")),
            A("okay go on"),
            C((say_digits(s[5:], r, pairs=0.3, filler=0.15), "SSN")))


def p_ssn_last(r):
    s = ssn(r)
    add("positive", "call/healthcare billing: SSN given with filler, next to an invoice amount",
        C("the bill was two hundred and twelve dollars and my social is ",
          (say_digits(s, r, filler=0.2), "SSN"), " if you need it"))


def p_ni_chat(r):
    n = ni(r)
    form = pick(r, "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n, n.lower(), "%s%s %s" % (n[:2], n[2:8], n[8]))
    add("positive", "chat/government services: UK NI number typed in varied form",
        C(pick(r, "my NI number is ", "NINO ", "National Insurance: ", "ni no. "), (form, "NI_NUMBER"),
          pick(r, "", " - tax year 2025/26", ". ref 55%s" % digits(r, 4))))


def p_ni_call(r):
    n = ni(r)
    if r.random() < 0.6:
        add("positive", "call/government services: NI number spelled with phonetic letters",
            A("can you confirm your national insurance number"),
            C("yes it's ", (say_letters(n[:2], r, 0.6) + " " + say_digits(n[2:8], r, pairs=0.3) + " " +
                            say_letters(n[8], r, 0.5), "NI_NUMBER")))
    else:
        add("positive", "call/%s: NI number split letters / digits / suffix over turns" % pick(r, "government services", "banking", "insurance"),
            A("national insurance number please"),
            C((say_letters(n[:2], r, 0.3), "NI_NUMBER")),
            A("yep"),
            C((say_digits(n[2:8], r, pairs=0.4), "NI_NUMBER")),
            A("and the last letter"),
            C((say_letters(n[8], r, 0.7), "NI_NUMBER")))


def p_bank_uk(r):
    sc, ac = digits(r, 6), digits(r, 8)
    if r.random() < 0.5:
        add("positive", "chat/%s: sort code and account number for direct debit" % pick(r, "utilities", "banking", "insurance"),
            C(pick(r, "sort code ", "sc: "), (pick(r, "%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])), "SORT_CODE"),
              pick(r, " acc ", ", account no. ", " a/c "), (ac, "BANK_ACCOUNT"),
              pick(r, "", " - please take the £%d.%02d on the 1st" % (r.randint(20, 200), r.randint(0, 99)))))
    else:
        add("positive", "call/%s: sort code in pairs then account number" % pick(r, "utilities", "banking"),
            A("what's the sort code"),
            C((" ".join(say_digits(sc[i:i + 2], r, pairs=0.6) for i in range(0, 6, 2)), "SORT_CODE")),
            A("and the account number"),
            C(pick(r, "", "um "), (say_digits(ac, r, filler=0.1), "BANK_ACCOUNT")))


def p_bank_us(r):
    ac = digits(r, r.randint(9, 12), True)
    add("positive", "chat/banking: US checking account number next to a routing-free transfer amount",
        C("please send the $%d refund to my checking account %s" % (r.randint(20, 900), ""), (ac, "BANK_ACCOUNT")))


def p_iban(r):
    ib = iban(r)
    if r.random() < 0.6:
        add("positive", "chat/%s: IBAN typed for refund" % pick(r, "travel", "retail", "insurance"),
            C(pick(r, "refund to IBAN ", "My IBAN: ", "iban is "), (pick(r, group4(ib), ib, group4(ib).lower()), "IBAN"),
              pick(r, "", " thanks", " (booking ref %s)" % digits(r, 7, True))))
    else:
        sp = say_letters(ib[:2], r, 0.4) + " " + say_digits(ib[2:4], r) + " "
        rest = ib[4:]
        sp += " ".join(say_letters(ch, r, 0.3) if ch.isalpha() else say_digits(ch, r, zero="zero") for ch in rest)
        add("positive", "call/banking: IBAN spoken letter by letter and digit by digit",
            A("and the iban for the transfer"), C((sp, "IBAN")))


def p_phone_chat(r):
    d, f = phone(r)
    add("positive", "chat/%s: phone number typed, opening hours nearby" % pick(r, *IND),
        C(pick(r, "call me back on ", "best number: ", "mobile is ", "you can reach me at "), (f, "PHONE"),
          pick(r, " anytime after 5pm", "", " between 9 and 5", ". thx")))


def p_phone_call(r):
    d, f = phone(r, pick(r, "ukmob", "ukland", "us", "ie"))
    add("positive", "call/%s: phone read with oh/double" % pick(r, *IND),
        A("and a contact number for you"),
        C(pick(r, "yeah it's ", "it's ", "mobile's "), (say_digits(d, r, pairs=0.15, homo=0.05), "PHONE")))


def p_phone_correct(r):
    d1, _ = phone(r, "ukmob")
    d2, _ = phone(r, "ukmob")
    add("positive", "call/telecom: caller gives old number then corrects with new one",
        C("it's ", (say_digits(d1, r), "PHONE"), " no wait sorry that's my old one it's ", (say_digits(d2, r), "PHONE")))


def p_phone_intl(r):
    d, f = phone(r, pick(r, "ukintl", "usintl", "ieintl"))
    w = "plus " + say_digits(d[:2] if d.startswith("44") else (d[:1] if d.startswith("1") else d[:3]), r, pairs=0.5)
    rest = d[2:] if d.startswith("44") else (d[1:] if d.startswith("1") else d[3:])
    add("positive", "call/travel: international number with plus country code",
        C("my number abroad is ", (w + " " + say_digits(rest, r), "PHONE")))


def p_email(r):
    e = email(r)
    if r.random() < 0.4:
        add("positive", "chat/%s: email typed" % pick(r, *IND),
            C(pick(r, "email is ", "send it to ", "my e-mail: "), (pick(r, e, e.upper(), e.capitalize()), "EMAIL"),
              pick(r, "", " please", " not the old one")))
    else:
        add("positive", "call/%s: email spelled out with dot/at" % pick(r, *IND),
            A("and the best email address"),
            C(pick(r, "it's ", "yeah so ", ""), (say_email(e, r), "EMAIL")))


def p_dob(r):
    y, m, d = dob(r)
    if r.random() < 0.4:
        add("positive", "chat/%s: DOB typed, appointment date nearby (not DOB)" % pick(r, "healthcare billing", "insurance", "banking"),
            C(pick(r, "DOB ", "date of birth: ", "born "),
              (pick(r, "%02d/%02d/%d" % (d, m, y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%d-%02d-%02d" % (y, m, d)), "DOB"),
              pick(r, "", ", appt is 14/12", " and policy started 2019")))
    else:
        add("positive", "call/%s: DOB spoken as ordinal month year" % pick(r, *IND),
            A("can you confirm your date of birth"),
            C(pick(r, "the ", "yeah it's the ", "it's the "), (pick(r, ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y, r),
                                                  MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y, r),
                                                  say_digits("%02d" % d, r) + " " + say_digits("%02d" % m, r) + " " + say_year(y, r)), "DOB")))


def p_post(r):
    if r.random() < 0.5:
        pc = ukpost(r)
        if r.random() < 0.5:
            add("positive", "chat/%s: UK postcode typed" % pick(r, "utilities", "retail", "telecom"),
                C("postcode is ", (pick(r, pc, pc.lower(), pc.replace(" ", "")), "POSTCODE")))
        else:
            add("positive", "call/%s: UK postcode spelled with phonetics" % pick(r, "utilities", "retail", "insurance"),
                A("and the postcode"), C((say_letters(pc, r, 0.3), "POSTCODE")))
    else:
        z = digits(r, 5, True)
        if r.random() < 0.5:
            add("positive", "chat/retail: US ZIP code typed",
                C("ship to zip ", (pick(r, z, z + "-" + digits(r, 4)), "POSTCODE"), " please"))
        else:
            add("positive", "call/insurance: ZIP code spoken",
                A("what's your zip code"), C("it's ", (say_digits(z, r), "POSTCODE")))


def p_addr(r):
    if r.random() < 0.5:
        a = address(r)
        pc = ukpost(r)
        add("positive", "chat/%s: street address and postcode typed" % pick(r, "retail", "utilities", "telecom"),
            C("deliver to ", (a, "ADDRESS"), ", ", (pc, "POSTCODE")))
    else:
        a = address(r, spoken=True)
        add("positive", "call/%s: street address spoken, number as words" % pick(r, *IND),
            A("and the first line of the address"),
            C(pick(r, "it's ", "yeah ", ""), (a, "ADDRESS")))


def p_addr_zip(r):
    a = address(r, spoken=True)
    z = digits(r, 5, True)
    add("positive", "call/healthcare billing: address and zip in one turn, a duration nearby",
        C("i moved to ", (a, "ADDRESS"), " zip ", (say_digits(z, r), "POSTCODE"), " about three weeks ago"))


def p_combo_verify(r):
    n = ni(r)
    y, m, d = dob(r)
    pc = ukpost(r)
    add("positive", "call/government services: DOB, NI and postcode in an ID&V sequence",
        A("first your date of birth"),
        C((ORD[d] + " " + MONTHS[m - 1] + " " + say_year(y, r), "DOB")),
        A("thanks and your national insurance number"),
        C((say_letters(n[:2], r, 0.4) + " " + say_digits(n[2:8], r) + " " + say_letters(n[8], r, 0.2), "NI_NUMBER")),
        A("and the postcode"),
        C((say_letters(pc, r, 0.2), "POSTCODE")))


def p_combo_near_ref(r):
    c = card(r)
    ref = digits(r, 9, True)
    add("positive", "chat/retail: card right after a 9-digit order reference (ref is not PII)",
        C("Order number %s. Pay with " % ref, (group_card(c, r), "CARD_NUMBER")))


def p_phone_near_ticket(r):
    d, f = phone(r, "us")
    add("positive", "chat/telecom: ticket number and phone in same message",
        C("ticket INC%s - call me at " % digits(r, 7), (f, "PHONE"), " between 2 and 4pm"))


def p_email_acct(r):
    e = email(r)
    ac = digits(r, 8)
    add("positive", "chat/banking: account number and email together, balance mentioned",
        C("balance shows £%d.%02d on account " % (r.randint(100, 9000), r.randint(0, 99)), (ac, "BANK_ACCOUNT"),
          " - send statement to ", (e, "EMAIL")))


def p_iban_readback(r):
    ib = iban(r, "IE")
    add("positive", "chat/utilities: IBAN confirmed by agent read-back",
        C("IBAN ", (ib, "IBAN")),
        A("Thanks, confirming ", (group4(ib), "IBAN"), " for the €%d.%02d refund." % (r.randint(10, 300), r.randint(0, 99))))


def p_card_amount(r):
    c = card(r, pick(r, "visa", "mc"))
    amt = str(r.randint(100, 9999))
    add("positive", "call/%s: amount read digit by digit right before the card (amount not PII)" % pick(r, "utilities", "retail", "telecom"),
        A("so the payment today is " + say_digits(amt, r) + " pounds is that right"),
        C("yes and the card is ", (say_digits(c, r, pairs=0.1), "CARD_NUMBER"), " thanks"))


def p_phone_hours(r):
    d, f = phone(r, pick(r, "ukmob", "ie"))
    add("positive", "call/%s: phone number next to times and a callback window" % pick(r, "telecom", "utilities", "insurance"),
        C("ring me on ", (say_digits(d, r), "PHONE"), " any time after half six or before eight fifteen"))


def p_ssn_claim(r):
    s = ssn(r)
    add("positive", "call/insurance: claim number read out, then SSN (claim number not PII)",
        C("the claim number is " + say_digits(digits(r, 8, True), r) + " and my social is ", (say_digits(s, r), "SSN")))


def p_ni_ref(r):
    n = ni(r)
    add("positive", "chat/government services: NI number beside a 10-digit UTR-style case reference",
        C("case ref %s, NI %s" % (digits(r, 10, True), ""), (n, "NI_NUMBER"), ", tax year 2024 to 2025"))


def p_acct_meter(r):
    ac = digits(r, 8)
    sc = digits(r, 6)
    add("positive", "call/utilities: meter reading then bank details for the direct debit",
        C("the reading was " + say_digits(digits(r, 5, True), r) + " and for the direct debit sort code ",
          (say_digits(sc, r), "SORT_CODE"), " account ", (say_digits(ac, r), "BANK_ACCOUNT")))


def p_card_odd(r):
    c = card(r, pick(r, "visa", "mc", "disc"))
    k = r.randint(5, 11)
    form = pick(r, c[:k] + " " + c[k:], ".".join(c[i:i + 4] for i in range(0, 16, 4)), c[:8] + "-" + c[8:])
    add("positive", "chat/%s: card typed with irregular grouping, typos around it" % pick(r, "retail", "telecom", "travel"),
        C(pick(r, "cardnumber ", "my crad is ", "pls charge "), (form, "CARD_NUMBER"),
          pick(r, " for the £%d.%02d" % (r.randint(5, 99), r.randint(0, 99)), " thnks", "")))


def p_dob_readback(r):
    y, m, d = dob(r)
    add("positive", "call/%s: DOB given then read back by agent, appointment date nearby" % pick(r, "healthcare billing", "insurance"),
        C("it's the ", (ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y, r), "DOB")),
        A("so that's ", (say_digits("%02d" % d, r) + " " + say_digits("%02d" % m, r) + " " + say_year(y, r), "DOB"),
          " and your appointment is the " + ORD[r.randint(1, 28)] + " of " + r.choice(MONTHS)))


def p_email_chat_typo(r):
    e = email(r)
    add("positive", "chat/%s: email pasted with trailing punctuation and order number" % pick(r, "retail", "travel"),
        C("order %s - pls resend confirmation to " % digits(r, 9, True), (e, "EMAIL"), pick(r, ".", "!!", " ?")))


POS = [(p_card_odd, 6), (p_dob_readback, 5), (p_email_chat_typo, 4), (p_card_amount, 5), (p_phone_hours, 4), (p_ssn_claim, 4), (p_ni_ref, 4), (p_acct_meter, 4), (p_card_chat, 12), (p_card_call, 10), (p_card_split, 7), (p_card_readback, 6), (p_card_full, 12),
       (p_card_amex, 4), (p_cvv_exp_call, 6), (p_ssn_chat, 14), (p_ssn_call, 12), (p_ssn_last, 6),
       (p_ni_chat, 12), (p_ni_call, 12), (p_bank_uk, 14), (p_bank_us, 4), (p_iban, 12),
       (p_phone_chat, 10), (p_phone_call, 8), (p_phone_correct, 3), (p_phone_intl, 4), (p_email, 14),
       (p_dob, 14), (p_post, 12), (p_addr, 12), (p_addr_zip, 4), (p_combo_verify, 6), (p_combo_near_ref, 5),
       (p_phone_near_ticket, 4), (p_email_acct, 4), (p_iban_readback, 3)]


# ----------------------------------------------------------------- negatives
def N(r, note, *turns):
    add("negative", note, *turns)


def n_order_digits(r):
    ref = digits(r, r.randint(8, 10), True)
    word = pick(r, "order number", "reference number", "booking reference", "claim number", "case number", "invoice number")
    N(r, "call/%s: %s read digit by digit (not PII)" % (pick(r, *IND), word),
      A("have you got your %s there" % word),
      C("yeah it's " + say_digits(ref, r, pairs=0.1)))


def n_tracking(r):
    t = pick(r, "1Z" + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)),
             digits(r, 10, True), "JD" + non_luhn(digits(r, 16)), "RM" + digits(r, 9) + "GB")
    N(r, "chat/retail: courier tracking number with its name",
      C("my parcel hasn't arrived, tracking number %s, it said delivered at %d:%02d" % (t, r.randint(8, 20), r.randint(0, 59))))


def n_amount_digits(r):
    amt = r.randint(1000, 99999)
    N(r, "call/banking: amount and balance read digit by digit",
      A("your current balance is %s pounds and %s pence" % (say_digits(str(amt), r), two(str(r.randint(10, 99))))),
      C("and the last payment was " + say_digits(str(r.randint(100, 999)), r) + " dollars on the " + ORD[r.randint(1, 28)]))


def n_hours(r):
    N(r, "call/%s: opening hours and times that look like phone digits" % pick(r, *IND),
      A("we're open eight till eight monday to friday and nine till five on saturday"),
      C("so if i ring at seven fifteen tomorrow someone will answer"),
      A("yes from eight o'clock on the dot, the wait is usually about %s minutes" % TEENS[r.randint(0, 9)]))


def n_hours_chat(r):
    N(r, "chat/telecom: opening hours typed 08:00-20:00, 0800 style",
      A("Our team is available 08:00-20:00 Mon-Fri and 09:00-17:00 Sat. Average wait %d mins." % r.randint(2, 30)),
      C("ok ill call 0900 sharp then"))


def n_model(r):
    m = pick(r, "KD-55X%d" % r.randint(7000, 9999), "WM%d%s" % (r.randint(10000, 99999), "GB"),
             "SM-G%d" % r.randint(900, 999), "HP %d-%dna" % (r.randint(100, 900), r.randint(1000, 9999)))
    sn = non_luhn(digits(r, 12, True))
    N(r, "chat/retail: model number and 12-digit serial number",
      C("The washing machine model %s stopped working. Serial no. %s, bought 2023 for £%d" % (m, sn, r.randint(200, 900))))


def n_serial_call(r):
    sn = non_luhn(digits(r, r.randint(10, 14), True))
    N(r, "call/utilities: boiler serial number read out (not PII)",
      A("can you read me the serial number off the boiler"),
      C("okay serial number " + say_digits(sn, r)))


def n_meter(r):
    rd = digits(r, 5, True)
    N(r, "call/utilities: meter reading read digit by digit and meter serial",
      A("what's the reading on the meter"),
      C("it says " + say_digits(rd, r) + " and the other one's " + say_digits(digits(r, 5, True), r)),
      A("lovely that's %s units since the last read on the %s of %s" % (two(str(r.randint(20, 99))), ORD[r.randint(1, 28)], r.choice(MONTHS))))


def n_meter_chat(r):
    N(r, "chat/utilities: meter reading and MPRN-like supply number with name",
      C("meter reading %s on %02d/%02d/2026, meter serial %s" % (digits(r, 5, True), r.randint(1, 28), r.randint(1, 12), "E%dZ%d" % (r.randint(10, 99), r.randint(100000, 999999)))))


def n_appt(r):
    N(r, "call/healthcare billing: appointment date and time (not DOB)",
      A("i've booked you in for the %s of %s at %s" % (ORD[r.randint(1, 28)], r.choice(MONTHS), pick(r, "two thirty", "ten fifteen", "nine o'clock", "quarter past four"))),
      C("and the follow up is on the " + ORD[r.randint(1, 28)] + " of " + r.choice(MONTHS) + " twenty twenty seven"))


def n_pay_date(r):
    N(r, "chat/%s: payment date and amount (not DOB/expiry)" % pick(r, "utilities", "insurance", "telecom"),
      A("Your payment of £%d.%02d was taken on %02d/%02d/2026 and the next is due %02d/%02d/2026." %
        (r.randint(10, 500), r.randint(0, 99), r.randint(1, 28), r.randint(1, 12), r.randint(1, 28), r.randint(1, 12))))


def n_last4(r):
    l4 = digits(r, 4)
    N(r, "call/banking: card last-four mention only",
      A("is that the card ending in " + say_digits(l4, r)),
      C("yeah the one ending " + say_digits(l4, r) + " not the other one"))


def n_last4_chat(r):
    N(r, "chat/retail: card ending ****%s with amount and date" % "",
      A("We refunded £%d.%02d to the card ending ****%s on %d Nov." % (r.randint(5, 300), r.randint(0, 99), digits(r, 4), r.randint(1, 28))))


def n_flight(r):
    N(r, "chat/travel: flight number, gate, seat and booking ref",
      C("Flight %s%d on %d March, seat %d%s, gate B%d. Booking ref %s" %
        (pick(r, "BA", "EI", "FR", "LH", "UA"), r.randint(10, 9999), r.randint(1, 28), r.randint(1, 40),
         r.choice("ABCDEF"), r.randint(1, 60), "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))))


def n_flight_call(r):
    N(r, "call/travel: flight and room numbers spoken",
      C("i'm on flight e i " + say_digits(str(r.randint(100, 999)), r) + " landing at " + pick(r, "six forty", "ten past nine", "half eleven")),
      A("and you're in room " + say_digits(str(r.randint(100, 999)), r) + " for three nights"))


def n_ticket(r):
    N(r, "chat/telecom: support ticket, speeds and data usage",
      C("ticket INC%s still open. speed test shows %d Mbps down, %d up, I pay for %d. used %d.%d GB of %d GB" %
        (digits(r, 7), r.randint(5, 80), r.randint(1, 20), pick(r, 100, 500, 900), r.randint(1, 99), r.randint(0, 9), pick(r, 50, 100, 200))))


def n_claim(r):
    N(r, "chat/insurance: claim number with year and policy number",
      C("Claim CLM-%d-%s for the water damage; policy no. POL%s. The excess was £%d." %
        (r.randint(2019, 2026), digits(r, 6), digits(r, 8), pick(r, 100, 250, 350, 500))))


def n_policy_call(r):
    N(r, "call/insurance: policy number spoken with its name, premium amount",
      C("my policy number is p o l " + say_digits(digits(r, 8, True), r) + " and the premium went up to " +
        two(str(r.randint(20, 99))) + " pounds a month"))


def n_pct(r):
    N(r, "chat/banking: percentages, APR, years and counts",
      A("The rate is %d.%d%% APR fixed for %d years on a £%d,%03d loan; %d payments of £%d.%02d." %
        (r.randint(2, 29), r.randint(0, 9), r.randint(2, 5), r.randint(1, 40), r.randint(0, 999),
         r.randint(12, 60), r.randint(50, 900), r.randint(0, 99))))


def n_age_temp(r):
    N(r, "call/healthcare billing: age, temperature, durations",
      C("my mum's " + two(str(r.randint(60, 95))) + " and she's had a temperature of thirty eight point five for " + UNITS[r.randint(2, 9)] + " days"),
      A("okay the clinic is open twenty four seven and the wait is about forty five minutes"))


def n_years(r):
    N(r, "call/telecom: customer since year, contract dates (not DOB)",
      C("i've been with you since " + say_year(r.randint(1995, 2015), r) + " and my contract started on the " +
        ORD[r.randint(1, 28)] + " of " + r.choice(MONTHS) + " twenty twenty four"))


def n_balance(r):
    N(r, "chat/banking: balances and transaction amounts with many digits",
      A("Available balance: £%d,%03d.%02d. Pending: £%d.%02d. Overdraft limit £%d,000." %
        (r.randint(1, 99), r.randint(0, 999), r.randint(0, 99), r.randint(1, 999), r.randint(0, 99), r.randint(1, 5))))


def n_invoice_call(r):
    inv = digits(r, 7, True)
    N(r, "call/utilities: invoice number read in pairs and amount",
      A("the invoice number is " + say_digits(inv, r, pairs=0.6) + " for " + two(str(r.randint(21, 99))) + " pounds " + two(str(r.randint(21, 99)))))


def n_office(r):
    N(r, "chat/government services: fees, processing days and instalment counts",
      A("You can renew online at any time; processing takes %d-%d working days and the fee is €%d." % (r.randint(2, 5), r.randint(6, 15), r.randint(30, 90))),
      C("ok and the %d %s fee, can i pay in %d instalments?" % (r.randint(30, 90), pick(r, "euro", "eur"), r.randint(2, 4))))


def n_qty(r):
    N(r, "chat/retail: quantities, sizes, product codes",
      C("I ordered %d x SKU %s in size %d, only %d arrived. order #%s" %
        (r.randint(2, 12), digits(r, 8, True), pick(r, 8, 10, 12, 42, 44), r.randint(1, 2), digits(r, 10, True))))


def n_pin_reset(r):
    N(r, "call/telecom: SIM serial number read digit by digit, order date nearby",
      C("the number on the sim card packet says sim serial " + say_digits(digits(r, 10, True), r)),
      A("okay and that came with the order on the " + ORD[r.randint(1, 28)]))


def n_ref_grouped(r):
    ref = digits(r, 10, True)
    N(r, "chat/%s: 10-digit reference typed in groups with its name" % pick(r, "banking", "utilities", "government services"),
      C("%s %s %s %s please check" % (pick(r, "Reference:", "Ref no.", "Payment reference", "Customer ref"), ref[:4], ref[4:7], ref[7:])))


def n_hours_digits(r):
    N(r, "call/telecom: 24-hour times read like digits",
      A("the engineer slot is oh eight hundred to twelve hundred or thirteen hundred to seventeen hundred"),
      C("the oh eight hundred one please, i leave at twelve thirty"))


def n_dd_date(r):
    N(r, "call/utilities: direct debit date and amount in digits (not DOB)",
      A("the direct debit comes out on the " + ORD[r.randint(1, 28)] + " of each month for " + two(str(r.randint(21, 99))) +
        " pounds " + two(str(r.randint(21, 99))) + " and the first one is on the " + say_digits("%02d" % r.randint(1, 28), r) +
        " slash " + say_digits("%02d" % r.randint(1, 12), r)))


def n_tracking_call(r):
    N(r, "call/retail: tracking number with letters read out",
      C("the tracking number is r m " + say_digits(digits(r, 9), r) + " g b and it was due on friday"))


def n_price_list(r):
    N(r, "chat/telecom: prices and plan amounts",
      A("Plans: 30GB £%d.99/mo, unlimited £%d.99/mo, 24 month contract, %d%% off first %d months." %
        (r.randint(8, 20), r.randint(20, 45), pick(r, 10, 20, 25, 50), r.randint(3, 6))))


NEG = [(n_ref_grouped, 5), (n_hours_digits, 3), (n_dd_date, 4), (n_tracking_call, 3), (n_price_list, 3), (n_order_digits, 10), (n_tracking, 6), (n_amount_digits, 6), (n_hours, 5), (n_hours_chat, 3), (n_model, 5),
       (n_serial_call, 5), (n_meter, 5), (n_meter_chat, 3), (n_appt, 5), (n_pay_date, 5), (n_last4, 5), (n_last4_chat, 3),
       (n_flight, 4), (n_flight_call, 4), (n_ticket, 4), (n_claim, 4), (n_policy_call, 3), (n_pct, 3), (n_age_temp, 3),
       (n_years, 3), (n_balance, 3), (n_invoice_call, 4), (n_office, 2), (n_qty, 3), (n_pin_reset, 2)]


# ----------------------------------------------------------------- build / check
def build():
    global CASES
    CASES = []
    R.seed(SEED)
    for fn, n in POS:
        for _ in range(n):
            fn(R)
    pos = [c for c in CASES if c["kind"] == "positive"]
    CASES = []
    for fn, n in NEG:
        for _ in range(n):
            fn(R)
    neg = CASES
    R.shuffle(pos)
    R.shuffle(neg)
    out = []
    for i, c in enumerate(pos, 1):
        out.append(dict(id="h248-pos-%03d" % i, **c))
    for i, c in enumerate(neg, 1):
        out.append(dict(id="h248-neg-%03d" % i, **c))
    lines = [json.dumps({k: c[k] for k in ("id", "kind", "turns", "spans", "note")}, ensure_ascii=False) for c in out]
    return "\n".join(lines) + "\n", out


W2D = {w: str(i) for i, w in enumerate(UNITS)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"})
T2D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TN2D = {w: str(i) for i, w in enumerate(TENS) if w}
FILLER = {"um", "uh", "er", "slash", "and", "the", "of", "plus"}
NATO_W = set(w for v in NATO.values() for w in v.split())


def norm(text, letters=False):
    """spoken/typed value -> compact string of digits (and letters if letters=True)."""
    toks = re.findall(r"[A-Za-z]+|\d+|[@.]", text)
    toks = [t.lower() for t in toks]
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if letters and len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2] in NATO_W:
            out.append(t.upper())
            i += 3
            if t == "x" and i < len(toks) and toks[i] == "ray":
                i += 1
            continue
        mult = 1
        if t in ("double", "triple") and i + 1 < len(toks):
            mult = 2 if t == "double" else 3
            i += 1
            t = toks[i]
        if t.isdigit():
            out.append(t * mult)
        elif letters and len(t) == 1 and t.isalpha() and t != "o":
            out.append(t.upper() * mult)
        elif t in W2D and not (letters and t in ("for", "to")):
            out.append(W2D[t] * mult)
        elif t in T2D:
            out.append(T2D[t])
        elif t in TN2D:
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                out.append(TN2D[t] + W2D[toks[i + 1]])
                i += 1
            else:
                out.append(TN2D[t] + "0")
        elif letters and t.isalpha() and t.isupper() is False and len(t) > 1 and t not in FILLER:
            out.append(t.upper())
        i += 1
    return "".join(out)


UKPC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
STREET_W = ("road", "street", "avenue", "lane", "drive", "grove", "close", "court", "terrace",
            "boulevard", "way", "hill", "view")


def validate(t, text, acc):
    """returns (complete, ok) for accumulated normalised text of one type."""
    if t in ("CARD_NUMBER", "SSN", "SORT_CODE", "CVV", "BANK_ACCOUNT", "PHONE"):
        d = re.sub(r"\D", "", acc)
        if t == "CARD_NUMBER":
            return 13 <= len(d) <= 19 and luhn_ok(d), len(d) <= 19
        if t == "SSN":
            return len(d) == 9, len(d) <= 9
        if t == "SORT_CODE":
            return len(d) == 6, len(d) <= 6
        if t == "CVV":
            return len(d) in (3, 4), len(d) <= 4
        if t == "BANK_ACCOUNT":
            return 6 <= len(d) <= 12, len(d) <= 12
        return 10 <= len(d) <= 14, len(d) <= 14
    if t == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", acc)), len(acc) <= 9
    if t == "IBAN":
        return iban_ok(acc), len(acc) <= 34
    if t == "POSTCODE":
        return bool(UKPC.match(acc) or re.fullmatch(r"\d{5}(\d{4})?", acc)), len(acc) <= 9
    return True, True


def check(text_written, cases):
    problems = []
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for c in cases:
        if c["kind"] == "negative":
            nneg += 1
            if c["spans"]:
                problems.append("%s: negative with spans" % c["id"])
            for t in c["turns"]:
                for run in re.findall(r"\d[\d -]{11,}\d", t["text"]):
                    d = re.sub(r"\D", "", run)
                    if 13 <= len(d) <= 19 and luhn_ok(d):
                        problems.append("%s: negative holds a Luhn-valid number %s" % (c["id"], run))
            continue
        npos += 1
        if not c["spans"]:
            problems.append("%s: positive without spans" % c["id"])
        byturn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (c["id"], s["type"]))
                continue
            counts[s["type"]] += 1
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append("%s: turn out of range" % c["id"])
                continue
            tx = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(tx)):
                problems.append("%s: offsets out of range" % c["id"])
                continue
            if (s["start"] > 0 and tx[s["start"] - 1].isalnum()) or (s["end"] < len(tx) and tx[s["end"]].isalnum()):
                problems.append("%s: span not on word boundary %r" % (c["id"], tx[s["start"]:s["end"]]))
            v = tx[s["start"]:s["end"]]
            if v != v.strip() or not v:
                problems.append("%s: span has outer whitespace" % c["id"])
            ws = v.lower().split()
            edge = FILLER - {"plus"}
            if ws and (ws[0] in edge or ws[-1] in FILLER or ws[0] in ("it's", "is", "yeah")):
                problems.append("%s: span starts/ends with a non-value word %r" % (c["id"], v))
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for k, lst in byturn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append("%s: overlapping spans" % c["id"])
        # greedy value validation per type in order of appearance
        acc = {}
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            t = s["type"]
            v = c["turns"][s["turn"]]["text"][s["start"]:s["end"]]
            if t == "EMAIL":
                e = v.lower().replace(" dot ", ".").replace(" at ", "@").replace(" underscore ", "_")
                e = re.sub(r"(?<=\b\w) (?=\w\b)", "", e)
                if "@" not in e or "." not in e.split("@")[-1]:
                    problems.append("%s: bad email %r" % (c["id"], v))
                continue
            if t == "ADDRESS":
                if not (re.search(r"\d", v) or norm(v)) or not any(w in v.lower().split() for w in STREET_W):
                    problems.append("%s: bad address %r" % (c["id"], v))
                continue
            if t in ("DOB", "EXPIRY"):
                lv = v.lower()
                if not (re.search(r"\d", lv) or any(m in lv for m in MONTHS) or norm(lv)):
                    problems.append("%s: bad %s %r" % (c["id"], t, v))
                if t == "EXPIRY" and len(re.sub(r"\D", "", norm(lv))) > 6:
                    problems.append("%s: bad expiry %r" % (c["id"], v))
                continue
            letters = t in ("NI_NUMBER", "IBAN", "POSTCODE")
            a = acc.get(t, "") + (norm(v, letters) if letters else re.sub(r"\D", "", norm(v)))
            complete, ok = validate(t, v, a)
            if complete:
                acc[t] = ""
            elif ok:
                acc[t] = a
            else:
                problems.append("%s: invalid %s %r -> %s" % (c["id"], t, v, a))
                acc[t] = ""
        for t, a in acc.items():
            if a:
                problems.append("%s: incomplete %s value %s" % (c["id"], t, a))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            problems.append("type %s has only %d spans (need %d)" % (t, counts[t], need))
    if npos < 170:
        problems.append("only %d positives" % npos)
    if nneg < 100:
        problems.append("only %d negatives" % nneg)
    return counts, npos, nneg, problems


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h248

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures here and adjusting the redactor to them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its documentation or other evaluation sets;
the only data consulted was a 3-line example of the JSONL format. All cases are
generated by `scripts/make_pii_holdout248.py` from template functions with one
seeded `random.Random(%d)`; every turn is assembled from plain-text segments and
(value, TYPE) segments, so offsets are computed, never typed by hand. The output
is byte-for-byte reproducible; `--check` regenerates and verifies it (ids,
offsets, word boundaries, overlaps, Luhn / mod-97 / NI shape / digit counts /
postcode shapes after normalising spoken forms).

## Contents

- %d positive cases, %d negative cases (negatives have `"spans": []`).
- Chat (typed, varied separators and case) and phone calls in ASR style (lower
  case, numbers as words, oh/o/nought for zero, double/triple, pairs such as
  "forty one", fillers "um"/"uh" inside readings, phonetic letters "b for bravo",
  e-mails as "j dot smith at gmail dot com", homophones for/to/ate/won).
- Industries: banking, telecom, utilities, retail, insurance, travel,
  healthcare billing, government services; US, UK, Ireland and EU values.
- Negatives stress lookalikes: reference/order/claim/invoice/tracking numbers
  with their names (some read digit by digit), amounts and balances read digit
  by digit, opening hours, model and serial numbers, meter readings, dates of
  appointments/payments/contracts, card last-four mentions, flight and room
  numbers, speeds, data usage, ages, temperatures, percentages.

## Annotation conventions

- A span covers exactly the value: no lead-in words ("it's", "my number is",
  "card"), no trailing words or punctuation.
- Spoken values: the span runs from the first to the last word of the reading
  and includes fillers ("um"), "double"/"triple", "slash", "plus" and the
  phonetic "x for x-ray" words that sit inside the reading.
- Values split over several customer turns are labelled as one span per turn
  (each piece of the value); agent back-channels are not labelled.
- Agent read-backs of a value are labelled as well.
- A self-corrected phone number: both the wrong and the corrected number are
  labelled.
- EXPIRY covers month and year ("08/27", "oh eight twenty seven",
  "august twenty twenty nine"); DOB covers day, month and year (a leading
  "the" before the ordinal day is outside the span).
- A leading "plus" of an international phone number is inside the PHONE span.
- ADDRESS is the street line (house/flat number + street name) without the
  postcode; the postcode is its own POSTCODE span. US ZIP codes are POSTCODE.
- Card last-four mentions ("the card ending 4821") are not labelled and appear
  only in negatives.
- Reference-like numbers (order, claim, ticket, invoice, policy, serial, SKU,
  booking) are never labelled.

## Span counts per type

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    text, cases = build()
    counts, npos, nneg, problems = check(text, cases)
    rd = readme(counts, npos, nneg)
    if "--check" in sys.argv[1:]:
        for path, want in ((OUT, text), (README, rd)):
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != want:
                        problems.append("%s differs from regenerated output" % path)
            except OSError as e:
                problems.append("cannot read %s: %s" % (path, e))
        # also re-parse the file as written
        try:
            with open(OUT, encoding="utf-8") as f:
                for ln in f:
                    json.loads(ln)
        except Exception as e:  # noqa
            problems.append("bad json: %s" % e)
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("positives=%d negatives=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    for p in problems[:60]:
        print("PROBLEM:", p)
    if problems:
        print("FAILED with %d problem(s)" % len(problems))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

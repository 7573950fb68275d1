#!/usr/bin/env python3
"""Generate the held-out PII redaction set ``tests/fixtures/pii_holdout21``.

Written by an independent author (an AI helper) who did not see the redaction
code.  Standard library only.  Output is byte-for-byte reproducible.

    python scripts/make_pii_holdout21.py           # write cases.jsonl + README.md
    python scripts/make_pii_holdout21.py --check   # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 21231126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout21")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
FORWORDS = {"a": "apple", "b": "bravo", "c": "charlie", "d": "david", "e": "edward",
            "f": "freddie", "g": "george", "h": "harry", "j": "john", "k": "king",
            "l": "london", "m": "mother", "n": "nancy", "p": "peter", "q": "queen",
            "r": "robert", "s": "sugar", "t": "tommy", "u": "uncle", "w": "william",
            "x": "xray", "y": "yellow", "z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]


def zw():
    return R.choice(["zero", "oh", "o", "nought", "oh", "zero"])


def say_digits(s, zero="oh", doubles=True):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        w = zero if s[i] == "0" else UNITS[int(s[i])]
        if doubles and run == 3 and R.random() < 0.7:
            out.append("triple " + w)
        elif doubles and run == 2 and R.random() < 0.6:
            out.append("double " + w)
        else:
            out.extend([w] * run)
        i = j
    return " ".join(out)


def say_pair(p, zero="oh"):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero + " " + (zero if b == 0 else UNITS[b])
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def say_pairs(s, zero="oh"):
    assert len(s) % 2 == 0
    return " ".join(say_pair(s[i:i + 2], zero) for i in range(0, len(s), 2))


def say_group(s, zero):
    # pairs only when no pair is a bare tens word ("twenty") that could merge
    # with a following unit word in the next group
    bare_tens = any(s[i] >= "2" and s[i + 1] == "0" for i in range(0, len(s) - 1, 2))
    if len(s) % 2 == 0 and not bare_tens and R.random() < 0.35:
        return say_pairs(s, zero)
    return say_digits(s, zero)


def say_letter(c, mode):
    c = c.lower()
    if mode == "nato":
        return NATO[c]
    if mode == "for" and c in FORWORDS:
        return c + " for " + FORWORDS[c]
    return c


def say_year(y):
    y = str(y)
    if y.startswith("20") and y[2] == "0":
        return "two thousand" + ("" if y[3] == "0" else " and " + UNITS[int(y[3])])
    return say_pair(y[:2]) + " " + say_pair(y[2:])


# ---------------------------------------------------------------- value makers
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


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if kind == "visa":
        pre, n = "4" + str(R.randint(0, 9)), 16
    elif kind == "visa13":
        pre, n = "4" + str(R.randint(0, 9)), 13
    elif kind == "mc":
        pre, n = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        pre, n = R.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    else:
        pre, n = R.choice(["6759", "6763"]), R.choice([18, 19])
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    if len(d) == 13:
        return [d[:4], d[4:8], d[8:12], d[12:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban(country=None):
    country = country or R.choice(["GB", "GB", "IE", "DE", "NL", "FR", "ES"])
    dg = lambda k: "".join(str(R.randint(0, 9)) for _ in range(k))
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + dg(14)
    elif country == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif country == "DE":
        bban = dg(18)
    elif country == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    elif country == "FR":
        bban = dg(23)
    else:
        bban = dg(20)
    return country + iban_check(country, bban) + bban


def iban_groups(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def digits(k, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(k))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


OUT_AREAS = ["SW", "NW", "M", "B", "L", "LS", "G", "EH", "CF", "BS", "NG", "E", "N", "SE",
             "W", "BT", "KT", "RG", "HP", "CB", "PR", "DY", "WR", "YS", "BN", "TN", "ST"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def make_postcode():
    a = R.choice(OUT_AREAS)
    d = str(R.randint(1, 9)) + (str(R.randint(0, 9)) if R.random() < 0.4 else "")
    return a + d, str(R.randint(0, 9)) + R.choice(INWARD) + R.choice(INWARD)


def make_zip():
    return digits(5, True)


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "grace", "daniel",
         "niamh", "oliver", "fatima", "chloe", "sean", "emma", "raj", "lucy", "carlos",
         "hannah", "kevin", "maria", "ben", "zoe", "patrick"]
LAST = ["smith", "obrien", "patel", "jones", "murphy", "khan", "walsh", "taylor", "nguyen",
        "brown", "kelly", "garcia", "evans", "hughes", "byrne", "wilson", "silva", "clarke"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com",
           "btinternet.com", "eircom.net", "live.ie", "aol.com", "protonmail.com"]
STREETS = ["kingsley road", "oak avenue", "station road", "church lane", "mill street",
           "victoria crescent", "park drive", "meadow close", "elm grove", "high street",
           "maple avenue", "harbour view", "queens road", "willow way", "castle street",
           "beech court", "north main street", "sycamore drive", "riverside terrace"]
US_STREETS = ["maple street", "elm avenue", "oak drive", "pine street", "lincoln boulevard",
              "cedar lane", "washington avenue", "sunset boulevard", "lakeview drive"]


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
        user = l + f[0] + str(R.randint(70, 99))
    elif style == 4:
        user = f + l[0]
    else:
        user = f + "-" + l
    return user + "@" + R.choice(DOMAINS)


def say_email(e):
    user, dom = e.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", user):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append(R.choice(["dash", "hyphen"]))
        elif tok.isdigit():
            parts.append(say_digits(tok, "oh", False) if R.random() < 0.5 or len(tok) != 2 else say_pair(tok))
        elif len(tok) <= 2 or R.random() < 0.15:
            parts.append(" ".join(tok))
        else:
            parts.append(tok)
    d = dom.replace(".", " dot ")
    return " ".join(parts) + " at " + d


def make_phone(kind=None):
    """returns (canonical digits string with optional +, kind)"""
    kind = kind or R.choice(["ukmob", "ukmob", "uklon", "ukgeo", "us", "us", "ie", "intl44", "intl353", "de"])
    if kind == "ukmob":
        return "07" + digits(9), kind
    if kind == "uklon":
        return "020" + R.choice("78") + digits(7), kind
    if kind == "ukgeo":
        return R.choice(["0161", "0113", "0121", "0141", "0131", "0117"]) + digits(7), kind
    if kind == "us":
        return str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6), kind
    if kind == "ie":
        return "08" + R.choice("35679") + digits(7), kind
    if kind == "intl44":
        return "+447" + digits(9), kind
    if kind == "intl353":
        return "+3538" + R.choice("35679") + digits(7), kind
    return "+49" + R.choice(["30", "89", "40"]) + digits(8), kind


def type_phone(p, kind):
    if kind == "us":
        return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                         "%s.%s.%s" % (p[:3], p[3:6], p[6:]), p, "+1 %s %s %s" % (p[:3], p[3:6], p[6:])])
    if kind == "ukmob":
        return R.choice([p[:5] + " " + p[5:], p, p[:5] + " " + p[5:8] + " " + p[8:], p[:4] + "-" + p[4:7] + "-" + p[7:]])
    if kind == "uklon":
        return R.choice([p[:3] + " " + p[3:7] + " " + p[7:], "(" + p[:3] + ") " + p[3:7] + " " + p[7:], p])
    if kind == "ukgeo":
        return R.choice([p[:4] + " " + p[4:7] + " " + p[7:], p[:4] + " " + p[4:]])
    if kind == "ie":
        return R.choice([p[:3] + " " + p[3:6] + " " + p[6:], p[:3] + "-" + p[3:], p])
    if kind == "intl44":
        return R.choice(["+44 " + p[3:7] + " " + p[7:], p, "+44 (0)" + p[3:7] + " " + p[7:], "0044 " + p[3:]])
    if kind == "intl353":
        return R.choice(["+353 " + p[4:6] + " " + p[6:9] + " " + p[9:], p])
    return "+49 " + p[3:5] + " " + p[5:]


def say_phone(p, kind, zero):
    if p.startswith("+"):
        cc = {"intl44": "44", "intl353": "353", "de": "49"}[kind]
        rest = p[1 + len(cc):]
        lead = "plus " + say_digits(cc, zero, False)
        if cc == "44" and R.random() < 0.3:
            lead = "double " + zero + " four four"
        if R.random() < 0.5:
            return lead + " " + say_digits(rest[:4], zero) + " " + say_digits(rest[4:], zero)
        return lead + " " + say_digits(rest, zero)
    if kind == "us":
        return " ".join([say_digits(p[:3], zero), say_digits(p[3:6], zero), say_group(p[6:], zero)])
    if kind in ("ukmob", "ukgeo"):
        return say_digits(p[:5], zero) + " " + say_digits(p[5:8], zero) + " " + say_group(p[8:], zero)
    if kind == "uklon":
        return say_digits(p[:3], zero) + " " + say_group(p[3:7], zero) + " " + say_group(p[7:], zero)
    return say_digits(p[:3], zero) + " " + say_digits(p[3:6], zero) + " " + say_group(p[6:], zero)


def make_dob():
    return R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28)


def type_dob(y, m, d):
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y),
                     "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                     "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                     "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), MONTHS[m - 1][:3].title(), y),
                     "%d-%02d-%02d" % (y, m, d)])


def say_dob(y, m, d):
    c = R.randint(0, 3)
    if c == 0:
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))
    if c == 1:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y))
    if c == 2:
        return "%s %s %s" % (say_digits("%02d" % d, "oh", False), say_digits("%02d" % m, "oh", False), say_pair(str(y)[2:]))
    return "%s %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))


def make_expiry():
    return R.randint(1, 12), R.randint(26, 32)


def type_expiry(m, y):
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%02d%02d" % (m, y),
                     "%s 20%02d" % (MONTHS[m - 1][:3].title(), y)])


def say_expiry(m, y):
    c = R.randint(0, 3)
    if c == 0:
        return "%s %s" % (say_digits("%02d" % m, "oh", False), say_pair("%02d" % y))
    if c == 1:
        return "%s %s" % (MONTHS[m - 1], say_year(2000 + y))
    if c == 2:
        return "%s twenty %s" % (say_digits("%02d" % m, "oh", False), say_pair("%02d" % y))
    return "%s %s" % (UNITS[m] if m < 10 else TEENS[m - 10], say_pair("%02d" % y))


def say_postcode(out, inw, mode=None):
    mode = mode or R.choice(["plain", "plain", "nato", "for"])
    toks = []
    for c in out + inw:
        if c.isdigit():
            toks.append(UNITS[int(c)])
        else:
            toks.append(say_letter(c, mode if R.random() < 0.8 else "plain"))
    if R.random() < 0.3:
        toks.insert(len(out), "")
    return " ".join(t for t in toks if t)


def say_ni(ni):
    mode = R.choice(["plain", "plain", "nato", "for"])
    pre = " ".join(say_letter(c, mode) for c in ni[:2])
    dg = ni[2:8]
    if R.random() < 0.35:
        mid = say_pairs(dg)
    else:
        mid = say_digits(dg, R.choice(["oh", "zero", "nought"]))
    return pre + " " + mid + " " + say_letter(ni[8], mode)


def type_ni(ni):
    c = R.randint(0, 4)
    if c == 0:
        return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if c == 1:
        return ni
    if c == 2:
        return ni.lower()
    if c == 3:
        return "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    return "%s %s %s" % (ni[:2], ni[2:8], ni[8])


# ---------------------------------------------------------------- case builder
CASE_LIST = []
COUNTERS = {"positive": 0, "negative": 0}


def add(kind, turns, note, exempt=()):
    COUNTERS[kind] += 1
    cid = "h21-%s-%03d" % ("pos" if kind == "positive" else "neg", COUNTERS[kind])
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
        assert not spans, cid
    CASE_LIST.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note,
                      "_exempt": list(exempt)})


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


BC = ["mhm", "okay", "yep", "okay go on", "right", "uh huh", "got it", "yeah", "okay and"]


def bc():
    return R.choice(BC)


def fill():
    return R.choice(["", "", "um ", "uh ", "er ", "so ", "yeah ", "right "])


def chat_sep_card(d):
    g = card_groups(d)
    sep = R.choice([" ", " ", "-", "", " ", "  "])
    s = sep.join(g)
    return s


def spoken_card(d, zero):
    return R.choice([" ", " ", ", "]).join(say_group(g, zero) for g in card_groups(d))


# ---------------------------------------------------------------- positive templates
def p_chat_card():
    d = make_card()
    ind = R.choice(["retail", "telecom", "utilities", "travel", "insurance"])
    pre = R.choice(["Card number is ", "my card no: ", "Card: ", "its ", "ok the card is ", "CARD NUMBER "])
    post = R.choice(["", " thanks", " if you can take it now", ". pls confirm", " - visa debit"])
    open_ = R.choice(["Hi, I want to pay my outstanding balance of \u00a3%d.%02d" % (R.randint(20, 900), R.randint(0, 99)),
                      "hello, paying for order #%s" % digits(7, True), "Hi there I need to settle invoice INV-%s" % digits(6, True)])
    add("positive", [C(open_), A("Sure, can you type the long card number please?"), C(pre, (chat_sep_card(d), "CARD_NUMBER"), post)],
        "chat/%s: card typed with varied grouping after an order/invoice number" % ind)


def p_call_card_one_turn():
    d = make_card()
    z = zw()
    add("positive", [A("okay and the long number across the front of the card when you're ready"),
                     C(fill(), (spoken_card(d, z), "CARD_NUMBER"), R.choice(["", " is that okay", " yeah", " that's it"]))],
        "call/%s: card read in one turn, zero as '%s', doubles and pairs" % (R.choice(["banking", "telecom", "retail"]), z))


def p_call_card_split():
    d = make_card()
    z = zw()
    turns = [A(R.choice(["go ahead with the card number", "can i take the sixteen digits on the card please", "what's the card number"]))]
    for i, g in enumerate(card_groups(d)):
        turns.append(C(fill() if i == 0 else "", (say_group(g, z), "CARD_NUMBER")))
        if i < len(card_groups(d)) - 1:
            turns.append(A(bc()))
    add("positive", turns, "call/%s: card split over customer turns with agent back-channels" % R.choice(["utilities", "insurance", "travel", "retail"]))


def p_call_card_pairs():
    d = make_card(R.choice(["visa", "mc", "disc"]))
    add("positive", [A("and the card number please"),
                     C("yeah it's ", (say_pairs(d, R.choice(["oh", "o"])), "CARD_NUMBER"))],
        "call/telecom: sixteen-digit card read as pairs ('forty one eleven')")


def p_call_card_readback():
    d = make_card()
    z = zw()
    g = card_groups(d)
    add("positive", [C("the card is ", (spoken_card(d, z), "CARD_NUMBER")),
                     A("let me just read that back ", (" ".join(say_digits(x, "zero", False) for x in g), "CARD_NUMBER"), " is that right"),
                     C("yes that's correct")],
        "call/banking: agent reads the card back digit by digit")


def p_call_card_exp_cvv():
    d = make_card()
    z = zw()
    m, y = make_expiry()
    cvv = digits(4 if len(d) == 15 else 3)
    add("positive", [A("can i take the card number"), C((spoken_card(d, z), "CARD_NUMBER")),
                     A("and the expiry date"), C(fill(), (say_expiry(m, y), "EXPIRY")),
                     A("and the three digit security code on the back"),
                     C(R.choice(["it's ", "", "uh "]), (say_digits(cvv, z), "CVV"))],
        "call/%s: card, expiry and security code in separate turns" % R.choice(["travel", "retail", "utilities"]))


def p_chat_card_exp_cvv():
    d = make_card()
    m, y = make_expiry()
    cvv = digits(4 if len(d) == 15 else 3)
    style = R.randint(0, 2)
    if style == 0:
        segs = [(chat_sep_card(d), "CARD_NUMBER"), " exp ", (type_expiry(m, y), "EXPIRY"), " cvv ", (cvv, "CVV")]
    elif style == 1:
        segs = ["card ", (chat_sep_card(d), "CARD_NUMBER"), ", expires ", (type_expiry(m, y), "EXPIRY"), ", security code ", (cvv, "CVV")]
    else:
        segs = ["Number: ", (chat_sep_card(d), "CARD_NUMBER"), "\nExpiry: ", (type_expiry(m, y), "EXPIRY"), "\nCVC: ", (cvv, "CVV")]
    add("positive", [A("Please provide the card details to complete the booking of %d nights." % R.randint(2, 9)), C(*segs)],
        "chat/travel: card, expiry and cvv in one message")


def p_call_card_correction():
    d = make_card(R.choice(["visa", "mc"]))
    g = card_groups(d)
    z = zw()
    k = R.randint(1, 3)
    wrong = list(g[k])
    i = R.randint(0, 3)
    wrong[i] = str((int(wrong[i]) + R.randint(1, 8)) % 10)
    wrong = "".join(wrong)
    before = " ".join(say_digits(x, z) for x in g[:k])
    after = " ".join(say_digits(x, z) for x in g[k + 1:])
    segs = [(before, "CARD_NUMBER"), " ", (say_digits(wrong, z), "CARD_NUMBER"),
            R.choice([" no sorry ", " no wait ", " sorry i mean ", " hang on no "]), (say_digits(g[k], z), "CARD_NUMBER")]
    if after:
        segs += [" ", (after, "CARD_NUMBER")]
    add("positive", [A("what's the card number"), C(*segs)],
        "call/retail: card with a self-corrected group mid reading", exempt=[1])


def p_chat_amex():
    d = make_card("amex")
    g = card_groups(d)
    add("positive", [C("Amex ", (R.choice([" ", "-", ""]).join(g), "CARD_NUMBER"), " please charge the deposit of $%d" % R.randint(50, 500))],
        "chat/travel: amex 4-6-5 grouping next to a dollar amount")


def p_call_card_filler():
    d = make_card("visa")
    g = card_groups(d)
    z = zw()
    words = [say_digits(x, z) for x in g]
    words[1] = words[1] + " " + R.choice(["um", "uh", "er"])
    add("positive", [A("okay whenever you're ready with the card"),
                     C("right hold on i need my glasses ", (" ".join(words[:2]) + " " + R.choice(["sorry ", "hang on ", ""]) + " ".join(words[2:]), "CARD_NUMBER"))],
        "call/healthcare billing: filler words inside a card reading")


def p_card_ending_chat_typo():
    d = make_card("visa")
    g = card_groups(d)
    t = R.choice(["  ", ".", " ", "/"]).join(g)
    add("positive", [C("i tried pay with ", (t, "CARD_NUMBER"), " but it keeps getting declined??")],
        "chat/retail: card with odd separators, informal typing")


def p_call_card_two_in_turn():
    d = make_card()
    cvv = digits(4 if len(d) == 15 else 3)
    z = zw()
    add("positive", [A("the card number and the security code please"),
                     C((spoken_card(d, z), "CARD_NUMBER"), R.choice([" and the code on the back is ", " security code ", " and then "]), (say_digits(cvv, z), "CVV"))],
        "call/utilities: card and cvv in the same turn")


# SSN
def ssn_typed(s):
    return R.choice(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s, "%s.%s.%s" % (s[:3], s[3:5], s[5:])])


def p_chat_ssn():
    s = make_ssn()
    pre = R.choice(["My SSN is ", "ssn: ", "social is ", "Social Security # ", "SS number "])
    add("positive", [A("To verify your identity I need your Social Security number."), C(pre, (ssn_typed(s), "SSN"))],
        "chat/%s: US SSN typed with varied separators" % R.choice(["banking", "insurance", "government services"]))


def p_call_ssn():
    s = make_ssn()
    z = zw()
    sp = " ".join([say_digits(s[:3], z), say_group(s[3:5], z), say_group(s[5:], z)])
    add("positive", [A("can you verify your social security number for me"),
                     C(fill(), (sp, "SSN"), R.choice(["", " yeah", " i think"]))],
        "call/%s: SSN spoken 3-2-4, zero as '%s'" % (R.choice(["banking", "healthcare billing", "insurance"]), z))


def p_call_ssn_split():
    s = make_ssn()
    z = zw()
    add("positive", [A("and your social please"), C((say_digits(s[:3], z), "SSN")), A(bc()),
                     C((say_group(s[3:5], z), "SSN")), A(bc()), C((say_group(s[5:], z), "SSN"))],
        "call/government services: SSN split across three turns")


def p_call_ssn_readback():
    s = make_ssn()
    z = zw()
    add("positive", [C("my social is ", (say_digits(s, z), "SSN")),
                     A("thank you so that's ", (say_digits(s[:3], "zero", False) + " " + say_digits(s[3:5], "zero", False) + " " + say_digits(s[5:], "zero", False), "SSN")),
                     C("yep")],
        "call/banking: SSN read back by the agent")


def p_call_ssn_context():
    s = make_ssn()
    z = zw()
    add("positive", [A("i'll need the last four of your social. actually no sorry the system needs the full nine digits"),
                     C("okay it's ", (say_digits(s[:3], z) + " " + say_digits(s[3:5], z) + " " + say_digits(s[5:], z), "SSN"),
                       " and i've been a member for %s years" % R.choice(["twelve", "six", "twenty"]))],
        "call/insurance: SSN followed by a count of years")


def p_chat_ssn_dob():
    s = make_ssn()
    y, m, d = make_dob()
    add("positive", [A("Please confirm your SSN and date of birth."),
                     C((ssn_typed(s), "SSN"), R.choice([" / ", ", ", " and dob "]), (type_dob(y, m, d), "DOB"))],
        "chat/healthcare billing: SSN and date of birth in one message")


# NI
def p_chat_ni():
    n = make_ni()
    add("positive", [A("Could you confirm your National Insurance number?"),
                     C(R.choice(["Yes it's ", "NI number ", "ni no. ", "", "sure - "]), (type_ni(n), "NI_NUMBER"))],
        "chat/government services: UK NI number typed, varied case and spacing")


def p_call_ni():
    n = make_ni()
    add("positive", [A("and your national insurance number please"),
                     C(fill(), (say_ni(n), "NI_NUMBER"))],
        "call/government services: NI number spoken, letters plain/nato/'x for y'")


def p_call_ni_split():
    n = make_ni()
    add("positive", [A("can i take your national insurance number"),
                     C((" ".join(say_letter(c, R.choice(["plain", "nato"])) for c in n[:2]), "NI_NUMBER")),
                     A(bc()), C((say_group(n[2:8], R.choice(["oh", "zero"])), "NI_NUMBER")),
                     A("and the letter at the end"), C("it's ", (say_letter(n[8], R.choice(["plain", "for", "nato"])), "NI_NUMBER"))],
        "call/government services: NI number split, letter suffix in its own turn")


def p_call_ni_readback():
    n = make_ni()
    add("positive", [C("national insurance is ", (say_ni(n), "NI_NUMBER")),
                     A("so that's ", (" ".join(say_letter(c, "nato") for c in n[:2]) + " " + say_digits(n[2:8], "zero", False) + " " + say_letter(n[8], "nato"), "NI_NUMBER"), " yeah"),
                     C("that's right")],
        "call/banking: NI number with agent nato readback")


def p_chat_ni_postcode():
    n = make_ni()
    o, i = make_postcode()
    add("positive", [A("For security, your NI number and postcode please"),
                     C((type_ni(n), "NI_NUMBER"), R.choice([" and ", ", ", " / "]), ((o + " " + i) if R.random() < 0.7 else (o + i).lower(), "POSTCODE"))],
        "chat/utilities: NI number and postcode in one message")


# IBAN / bank
def p_chat_iban():
    ib = make_iban()
    t = R.choice([iban_groups(ib), ib, iban_groups(ib).lower()])
    add("positive", [A("Which account should the refund go to?"), C(R.choice(["IBAN ", "iban: ", "", "Please use "]), (t, "IBAN"))],
        "chat/%s: %s IBAN typed" % (R.choice(["travel", "retail", "insurance"]), ib[:2]))


def p_call_iban():
    ib = make_iban(R.choice(["GB", "IE", "NL"]))
    z = zw()
    parts = []
    mode = R.choice(["plain", "nato"])
    for c in ib:
        if c == "O":
            parts.append("o for oscar")
        else:
            parts.append(say_letter(c, mode) if c.isalpha() else (z if c == "0" else UNITS[int(c)]))
    half = len(parts) // 2
    add("positive", [A("okay can you read out the iban for me"),
                     C((" ".join(parts[:half]), "IBAN")), A(bc()), C((" ".join(parts[half:]), "IBAN"))],
        "call/banking: %s IBAN spoken character by character over two turns" % ib[:2])


def p_chat_account_sort():
    acc = digits(8)
    sc = digits(6)
    sct = R.choice(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])
    add("positive", [A("Please confirm the account number and sort code for the direct debit."),
                     C("acc ", (acc, "BANK_ACCOUNT"), R.choice([" sort ", ", sort code ", " sc "]), (sct, "SORT_CODE"))],
        "chat/utilities: UK account number and sort code")


def p_call_account_sort():
    acc = digits(8)
    sc = digits(6)
    z = zw()
    scs = say_pairs(sc, z) if R.random() < 0.5 else say_digits(sc, z)
    add("positive", [A("what's the sort code"), C(fill(), (scs, "SORT_CODE")),
                     A("and the account number"), C((say_digits(acc[:4], z) + " " + say_group(acc[4:], z), "BANK_ACCOUNT"))],
        "call/banking: sort code (pairs or digits) and account number")


def p_call_us_account():
    acc = digits(R.choice([10, 11, 12]), True)
    rt = digits(9, True)
    z = zw()
    add("positive", [A("and the checking account number for the autopay"),
                     C("routing is ", rt, " wait that's the routing number you don't need that. account is ", (say_digits(acc, z), "BANK_ACCOUNT"))],
        "call/utilities: US checking account spoken; routing number typed is out of scope")


def p_chat_account_balance():
    acc = digits(8)
    add("positive", [C("Hi my account ", (acc, "BANK_ACCOUNT"), " shows a balance of \u00a3%d.%02d but I paid %d%% more last month" % (R.randint(100, 9999), R.randint(0, 99), R.randint(5, 40)))],
        "chat/banking: account number next to a balance and a percentage")


# phone
def p_chat_phone():
    p, k = make_phone()
    add("positive", [A("What's the best number to reach you on?"),
                     C(R.choice(["", "call me on ", "mob: ", "it's ", "Tel "]), (type_phone(p, k), "PHONE"), R.choice(["", " after 5pm", " thx", " any time before 6"]))],
        "chat/telecom: %s phone typed" % k)


def p_call_phone():
    p, k = make_phone()
    z = zw()
    add("positive", [A("and a contact number"), C(fill(), (say_phone(p, k, z), "PHONE"))],
        "call/%s: %s phone spoken, zero as '%s'" % (R.choice(["telecom", "insurance", "retail"]), k, z))


def p_call_phone_split():
    p, k = make_phone(R.choice(["ukmob", "us", "ie"]))
    z = zw()
    cut = 5 if k == "ukmob" else 3
    add("positive", [A("can i take a phone number"), C((say_digits(p[:cut], z), "PHONE")), A(bc()),
                     C((say_digits(p[cut:], z), "PHONE"))],
        "call/telecom: phone number split across two turns")


def p_call_phone_readback():
    p, k = make_phone(R.choice(["ukmob", "uklon", "us"]))
    z = zw()
    add("positive", [C("my mobile's ", (say_phone(p, k, z), "PHONE")),
                     A("lovely i'll just repeat that ", (say_digits(p, "oh", False), "PHONE")), C("perfect")],
        "call/retail: phone with agent readback")


def p_call_two_phones():
    p1, k1 = make_phone("ukmob")
    p2, k2 = make_phone(R.choice(["uklon", "ukgeo"]))
    z = zw()
    add("positive", [A("is there a number we can reach you on"),
                     C("my mobile is ", (say_phone(p1, k1, z), "PHONE"), " or the landline ", (say_phone(p2, k2, z), "PHONE"), " after six")],
        "call/utilities: two phone numbers in one turn")


# email
def p_chat_email():
    e = make_email()
    t = e if R.random() < 0.7 else e.upper() if R.random() < 0.3 else e.title()
    add("positive", [A("Which email address should we send the confirmation to?"),
                     C(R.choice(["", "email: ", "Its ", "send it to "]), (t, "EMAIL"), R.choice(["", " please", ".", " ty"]))],
        "chat/travel: email typed")


def p_call_email():
    e = make_email()
    add("positive", [A("and what's your email address"),
                     C(fill(), (say_email(e), "EMAIL"))],
        "call/%s: email spoken with 'dot' and 'at'" % R.choice(["insurance", "retail", "telecom", "healthcare billing"]))


def p_call_email_split():
    e = make_email()
    user, dom = e.split("@")
    full = say_email(e)
    cut = full.rindex(" at ")
    add("positive", [A("email please"), C((full[:cut], "EMAIL")), A(bc()), C((full[cut + 1:], "EMAIL"))],
        "call/retail: email split, 'at' spoken in the second turn")


# DOB
def p_chat_dob():
    y, m, d = make_dob()
    add("positive", [A("Can you confirm your date of birth?"), C(R.choice(["", "DOB ", "born ", "its "]), (type_dob(y, m, d), "DOB"))],
        "chat/healthcare billing: date of birth typed")


def p_call_dob():
    y, m, d = make_dob()
    add("positive", [A("and your date of birth"), C(fill(), (say_dob(y, m, d), "DOB")),
                     A("and you're calling about the appointment on the %s" % ORD[R.randint(1, 28)]), C("yes")],
        "call/healthcare billing: date of birth spoken, followed by an appointment date that is not a DOB")


# postcode / address
def p_chat_address():
    o, i = make_postcode()
    n = str(R.randint(1, 240))
    st = R.choice(STREETS)
    stt = R.choice([st.title(), st, st.title().replace("Road", "Rd").replace("Street", "St").replace("Avenue", "Ave")])
    flat = R.choice(["", "Flat %d, " % R.randint(1, 30), "Apt %d " % R.randint(1, 30)])
    city = R.choice(["Leeds", "Manchester", "London", "Bristol", "Glasgow", "Cardiff"])
    add("positive", [A("What's the delivery address?"),
                     C((flat + n + " " + stt, "ADDRESS"), ", " + city + ", ", ((o + " " + i) if R.random() < 0.7 else (o + i), "POSTCODE"))],
        "chat/retail: UK street address and postcode (city unlabelled)")


def p_call_address():
    o, i = make_postcode()
    n = R.randint(1, 199)
    st = R.choice(STREETS)
    nw = say_pair("%02d" % n) if 10 <= n < 100 else (UNITS[n] if n < 10 else say_digits(str(n), "oh", False))
    flat = R.choice(["", "", "flat %s " % UNITS[R.randint(1, 9)], "apartment %s " % TEENS[R.randint(0, 9)]])
    add("positive", [A("can you confirm the first line of the address"), C("it's ", (flat + nw + " " + st, "ADDRESS")),
                     A("and the postcode"), C(fill(), (say_postcode(o, i), "POSTCODE"))],
        "call/utilities: spoken address line and postcode")


US_TOWNS = [("Springfield, IL", "62"), ("Austin, TX", "78"), ("Columbus, OH", "43"),
            ("Denver, CO", "80"), ("Portland, OR", "97"), ("Tampa, FL", "33")]


def p_us_address():
    town, zp = R.choice(US_TOWNS)
    z = zp + digits(3)
    n = str(R.randint(100, 9999))
    st = R.choice(US_STREETS)
    if R.random() < 0.5:
        add("positive", [A("What's the billing address on the card?"),
                         C((n + " " + st.title(), "ADDRESS"), ", " + town + " ", (z, "POSTCODE"))],
            "chat/retail: US street address and ZIP")
    else:
        add("positive", [A("what's the billing zip code"), C("it's ", (say_digits(z, zw()), "POSTCODE")),
                         A("and the street address"), C((say_digits(n, "oh", False) + " " + st, "ADDRESS"))],
            "call/insurance: US ZIP spoken and street address with digit-by-digit house number")


def p_call_postcode_only():
    o, i = make_postcode()
    add("positive", [A("what's the postcode there"), C((say_postcode(o, i, "nato"), "POSTCODE")),
                     A("sorry was that ", (say_postcode(o, i, "plain"), "POSTCODE")), C("yeah")],
        "call/telecom: postcode in nato alphabet and agent repeats it plainly")


def p_call_mixed_chitchat():
    p, k = make_phone("ukmob")
    o, i = make_postcode()
    z = zw()
    add("positive", [A("and a number we can contact you on"),
                     C("oh yeah it's ", (say_phone(p, k, z), "PHONE"), " sorry the dog's going mad here, we moved in %s so the postcode's " % R.choice(["last march", "twenty nineteen", "two thousand and twelve"]),
                       (say_postcode(o, i), "POSTCODE"))],
        "call/utilities: phone and postcode with chit-chat and a year in between")


def p_ie_phone_iban():
    p, k = make_phone("ie")
    ib = make_iban("IE")
    add("positive", [C("Hi, refund to ", (iban_groups(ib), "IBAN"), " please, and call me on ", (type_phone(p, k), "PHONE"), " if there's any issue")],
        "chat/travel: Irish IBAN and mobile in one message")


def p_cvv_only():
    cvv = digits(3)
    z = zw()
    add("positive", [A("and just the three digits on the back"), C((say_digits(cvv, z), "CVV")),
                     A("thank you that's gone through for %s pounds" % R.choice(["forty", "twelve fifty", "ninety nine"]))],
        "call/retail: cvv on its own turn followed by an amount")


def p_expiry_only():
    m, y = make_expiry()
    add("positive", [A("what's the expiry on the card"), C(fill(), (say_expiry(m, y), "EXPIRY"))],
        "call/telecom: expiry date spoken")


def p_sort_code_chat():
    sc = digits(6)
    add("positive", [C("sort code is ", ("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]) if R.random() < 0.6 else sc, "SORT_CODE"), " is that the right branch? the payment of \u00a3%d is due on the %d%s" % (R.randint(20, 400), R.randint(1, 28), "th"))],
        "chat/banking: sort code near an amount and a payment date")


HOMO = {"four": "for", "two": "to", "eight": "ate"}


def asr_homophones(text):
    return " ".join(HOMO[w] if w in HOMO and R.random() < 0.6 else w for w in text.split(" "))


def p_call_card_homophones():
    d = make_card("visa")
    z = zw()
    sp = " ".join(say_digits(g, z) for g in card_groups(d))
    add("positive", [A("can you give me the card number"), C("yeah it's ", (asr_homophones(sp), "CARD_NUMBER"))],
        "call/retail: ASR homophones inside a card reading ('for', 'to', 'ate')")


def p_call_phone_homophones():
    p, k = make_phone(R.choice(["ukmob", "us"]))
    z = zw()
    add("positive", [A("what number are you calling from"), C("it's ", (asr_homophones(say_digits(p, z)), "PHONE"), " but i'll be at work till five")],
        "call/telecom: ASR homophones in a phone number, then a time")


def p_call_ssn_homophones():
    s = make_ssn()
    add("positive", [A("last thing i need is your social security number"), C((asr_homophones(say_digits(s, zw())), "SSN"))],
        "call/healthcare billing: ASR homophones in an SSN")


def p_chat_card_typo():
    d = make_card(R.choice(["visa", "mc"]))
    add("positive", [C(R.choice(["my card numbr is ", "heres the crad ", "card nmber ", "CARD NO. "]), (chat_sep_card(d), "CARD_NUMBER"), R.choice([" and i want 2 pay for 3 items", " for the £75 top up", " - ordered 2 x 4 pack"]))],
        "chat/retail: card after a typo'd lead-in, with small quantities after it")


def p_call_ni_two_values():
    n = make_ni()
    y, m, d = make_dob()
    add("positive", [A("i need your date of birth and national insurance number"),
                     C((say_dob(y, m, d), "DOB"), " and it's ", (say_ni(n), "NI_NUMBER"))],
        "call/government services: DOB and NI number in one turn")


def p_chat_ni_typo():
    n = make_ni()
    t = n[:2].lower() + " " + n[2:8] + n[8].lower()
    add("positive", [C("ni num is ", (t, "NI_NUMBER"), " sorry on my phone, claiming for %d weeks" % R.randint(2, 12))],
        "chat/government services: NI number lowercase with odd spacing, then a duration")


def p_call_account_split():
    acc = digits(8)
    z = zw()
    add("positive", [A("and the account number you want the refund to go to"),
                     C((say_digits(acc[:4], z), "BANK_ACCOUNT"), " hang on let me find my glasses"), A("no problem take your time"),
                     C("sorry yeah ", (say_digits(acc[:4], z) + " " + say_group(acc[4:], z), "BANK_ACCOUNT"))],
        "call/insurance: account number started, interrupted, then restarted in full", exempt=[0])


def p_call_sort_dash():
    sc = digits(6)
    z = zw()
    add("positive", [A("and the sort code"), C((" dash ".join(say_group(sc[i:i + 2], z) for i in (0, 2, 4)), "SORT_CODE"), " and it's a %s account" % R.choice(["joint", "current", "business"]))],
        "call/banking: sort code read with 'dash' between pairs")


def p_chat_email_obfuscated():
    e = make_email()
    user, dom = e.split("@")
    t = user + R.choice([" at ", " AT "]) + dom.replace(".", R.choice([" dot ", " DOT "]))
    add("positive", [A("What's your email?"), C(R.choice(["its ", "", "email is "]), (t, "EMAIL"), R.choice(["", " (no spaces)", " thx"]))],
        "chat/insurance: email typed with 'at'/'dot' words instead of symbols")


POS_TEMPLATES = [
    (p_call_account_split, 3), (p_call_sort_dash, 3),
    (p_chat_email_obfuscated, 4),
    (p_call_card_homophones, 4), (p_call_phone_homophones, 3), (p_call_ssn_homophones, 3),
    (p_chat_card_typo, 3), (p_call_ni_two_values, 4), (p_chat_ni_typo, 3),
    (p_chat_card, 8), (p_call_card_one_turn, 8), (p_call_card_split, 5), (p_call_card_pairs, 4),
    (p_call_card_readback, 3), (p_call_card_exp_cvv, 6), (p_chat_card_exp_cvv, 6), (p_call_card_correction, 3),
    (p_chat_amex, 3), (p_call_card_filler, 3), (p_card_ending_chat_typo, 2), (p_call_card_two_in_turn, 3),
    (p_chat_ssn, 7), (p_call_ssn, 7), (p_call_ssn_split, 4), (p_call_ssn_readback, 3), (p_call_ssn_context, 3), (p_chat_ssn_dob, 4),
    (p_chat_ni, 8), (p_call_ni, 9), (p_call_ni_split, 4), (p_call_ni_readback, 3), (p_chat_ni_postcode, 4),
    (p_chat_iban, 8), (p_call_iban, 4), (p_chat_account_sort, 5), (p_call_account_sort, 6), (p_call_us_account, 3), (p_chat_account_balance, 3),
    (p_chat_phone, 6), (p_call_phone, 6), (p_call_phone_split, 3), (p_call_phone_readback, 2), (p_call_two_phones, 2),
    (p_chat_email, 5), (p_call_email, 6), (p_call_email_split, 3),
    (p_chat_dob, 5), (p_call_dob, 7),
    (p_chat_address, 7), (p_call_address, 7), (p_us_address, 4), (p_call_postcode_only, 3), (p_call_mixed_chitchat, 3),
    (p_ie_phone_iban, 2), (p_cvv_only, 3), (p_expiry_only, 5), (p_sort_code_chat, 3),
]


# ---------------------------------------------------------------- negatives
def n_money():
    add("negative", [A("your balance is %s pounds and %s pence" % (say_pair(str(R.randint(10, 99))), say_pair(str(R.randint(10, 99))))),
                     C("and how much was the last bill"), A("that was one hundred and %s pounds %s" % (say_pair(str(R.randint(20, 99))), say_pair(str(R.randint(10, 99)))))],
        "call/utilities: spoken money amounts")


def n_order_ref():
    ref = digits(R.choice([7, 8, 9, 10]), True)
    add("negative", [C("Hi, where is my order? Order number %s" % ref), A("Thanks, order %s is due to arrive within %d-%d working days." % (ref, R.randint(1, 3), R.randint(4, 7)))],
        "chat/retail: order number with its reference word")


def n_order_ref_spoken():
    ref = digits(8, True)
    add("negative", [A("do you have the reference number"), C("yeah the reference is %s" % say_digits(ref, zw())), A("okay i've found the ticket")],
        "call/telecom: 8-digit reference spoken")


def n_claim():
    ref = "CLM-%s" % digits(8, True)
    add("negative", [C("I'm chasing claim %s, submitted %d days ago for \u00a3%d.%02d" % (ref, R.randint(3, 60), R.randint(100, 5000), R.randint(0, 99)))],
        "chat/insurance: claim number, duration and amount")


def n_flight():
    add("negative", [A("you're on flight %s %s departing at %s" % (R.choice(["ba", "fr", "ei", "ua"]), say_digits(digits(R.choice([3, 4]), True), "oh", False), R.choice(["six forty five", "eleven thirty", "two fifteen"]))),
                     C("and which gate"), A("gate %s terminal %s" % (UNITS[R.randint(1, 9)] + " " + UNITS[R.randint(1, 9)], UNITS[R.randint(1, 5)]))],
        "call/travel: flight number, time, gate")


def n_flight_chat():
    add("negative", [C("My flight %s%d on %d %s was delayed %d hours, seat %d%s" % (R.choice(["BA", "EI", "FR", "LH", "UA"]), R.randint(100, 9999), R.randint(1, 28), MONTHS[R.randint(0, 11)].title(), R.randint(2, 9), R.randint(1, 40), R.choice("ABCDEF")))],
        "chat/travel: flight number, travel date and seat")


def n_meter():
    r = digits(R.choice([5, 6]), True)
    add("negative", [A("can you give me the meter reading"), C("it's %s" % say_digits(r, zw())), A("and the serial on the meter starts with %s" % R.choice(["e", "k", "s"]))],
        "call/utilities: meter reading digits")


def n_meter_chat():
    add("negative", [C("Meter reading today: %s kWh, previous was %s" % (digits(5, True), digits(5, True)))],
        "chat/utilities: typed meter readings")


def n_appointment():
    add("negative", [A("i can book you in on the %s of %s at %s" % (ORD[R.randint(1, 28)], R.choice(MONTHS), R.choice(["half past nine", "ten fifteen", "two o'clock", "four thirty"]))),
                     C("that's fine"), A("that's %s minutes with the nurse" % R.choice(["twenty", "fifteen", "thirty"]))],
        "call/healthcare billing: appointment date and time, not a birth date")


def n_contract_date():
    add("negative", [C("My contract started on %02d/%02d/%d and ends %s %d, why am I paying \u00a3%d.%02d?" % (R.randint(1, 28), R.randint(1, 12), R.randint(2018, 2025), R.choice(MONTHS).title(), R.randint(2026, 2028), R.randint(10, 90), R.randint(0, 99)))],
        "chat/telecom: contract dates and monthly price")


def n_speed():
    add("negative", [A("your package gives you up to %d megabits download and %d upload" % (R.choice([67, 150, 500, 900]), R.choice([20, 50, 100]))),
                     C("i'm only getting about %s" % say_pair(str(R.randint(11, 99))))],
        "call/telecom: broadband speeds")


def n_model():
    add("negative", [C("the model number is %s%s-%d and serial %s%s" % (R.choice(["KX", "WM", "TV", "HD"]), R.choice(["", "TG"]), R.randint(100, 9999), R.choice(["SN", "S/N "]), digits(8, True)))],
        "chat/retail: model and serial numbers")


def n_room():
    add("negative", [A("you're in room %s on the %s floor checkout is at %s" % (say_digits(digits(3, True), "oh", False), R.choice(["fourth", "second", "ninth"]), R.choice(["eleven", "ten thirty", "noon"]))),
                     C("and breakfast is included for the %s nights" % R.choice(["three", "two", "five"]))],
        "call/travel: room number, checkout time, nights")


def n_age_temp():
    add("negative", [C("my dad is %s and he's been on hold %s minutes, the house is %s degrees because the boiler's broken" % (R.choice(["eighty four", "seventy nine", "ninety one"]), R.choice(["forty five", "thirty", "fifty"]), R.choice(["twelve", "nine", "fourteen"])))],
        "call/utilities: age, duration, temperature")


def n_percent_years():
    add("negative", [A("the rate is %d.%d%% fixed for %d years, that's from %d" % (R.randint(1, 7), R.randint(0, 9), R.randint(2, 5), R.randint(2024, 2026))),
                     C("and after that?"), A("it goes to %d.%d%% variable" % (R.randint(5, 9), R.randint(0, 9)))],
        "chat/banking: interest rates and years")


def n_invoice_spoken():
    inv = digits(R.choice([6, 7]), True)
    add("negative", [C("i'm ringing about invoice number %s" % say_digits(inv, zw())), A("yep invoice %s for %s pounds" % (say_digits(inv, "oh", False), say_pair(str(R.randint(20, 99)))))],
        "call/utilities: invoice number spoken and repeated with an amount")


def n_quantities():
    add("negative", [C("I ordered %d boxes of %d but only %d arrived, total was $%d,%03d.%02d" % (R.randint(2, 12), R.choice([24, 48, 100]), R.randint(1, 5), R.randint(1, 9), R.randint(0, 999), R.randint(0, 99)))],
        "chat/retail: quantities and a large amount")


def n_ticket_chat():
    add("negative", [A("I've raised ticket #%s for you; the engineer visit is %s between 8am and 1pm." % (digits(R.choice([6, 8, 9]), True), R.choice(["Tuesday", "Friday 14th", "tomorrow"]))), C("ok thanks")],
        "chat/telecom: ticket number and a time window")


def n_payment_date_spoken():
    add("negative", [A("the direct debit will come out on the %s of every month" % ORD[R.randint(1, 28)]),
                     C("and how much"), A("%s pounds %s a month for %s months" % (say_pair(str(R.randint(20, 99))), say_pair(str(R.randint(10, 99))), R.choice(["twelve", "eighteen", "twenty four"])))],
        "call/banking: payment day, amount and term")


def n_last_four():
    add("negative", [A("is that the card ending %s" % R.choice(["in four", "in"]) + " " + say_digits(digits(4), "oh", False)),
                     C("yes that one"), A("great the payment of %s pounds has gone through" % say_pair(str(R.randint(20, 99))))],
        "call/retail: agent refers to the card only by its last four (not a full card number) -- lookalike")


def n_long_balance():
    add("negative", [C("Your app says I owe \u00a3%s,%s.%02d and my usage was %s MB, it's %d%% more than last year" % (R.randint(1, 12), digits(3), R.randint(0, 99), digits(4, True), R.randint(10, 99)))],
        "chat/telecom: balance, data usage, percentage")


def n_policy_ref():
    ref = digits(R.choice([9, 10]), True)
    add("negative", [A("can i have the policy number"), C("policy number %s" % say_digits(ref, zw())), A("thanks, your renewal is due on the %s of %s" % (ORD[R.randint(1, 28)], R.choice(MONTHS)))],
        "call/insurance: 9-10 digit policy number with its reference word and renewal date")


def n_years_history():
    add("negative", [C("i've been with you since nineteen ninety %s and my husband since two thousand and %s" % (UNITS[R.randint(1, 9)], UNITS[R.randint(1, 9)]))],
        "call/telecom: years spoken, not birth dates")


def n_booking_ref_eu():
    add("negative", [C("Booking ref %s, %d adults %d children, check-in %02d.%02d.%d" % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), R.randint(1, 4), R.randint(0, 3), R.randint(1, 28), R.randint(1, 12), 2027)),
                     A("Danke, your booking is confirmed for %d nights at \u20ac%d per night." % (R.randint(2, 9), R.randint(60, 300)))],
        "chat/travel: EU booking reference, check-in date, euro price")


def n_times():
    add("negative", [A("We're open %dam-%dpm Mon-Fri and %d-%d on Saturdays." % (R.randint(7, 9), R.randint(6, 9), R.randint(8, 10), R.randint(4, 6))),
                     C("ok, I called at %02d:%02d yesterday and the call lasted %d:%02d before it cut off" % (R.randint(8, 19), R.randint(0, 59), R.randint(10, 59), R.randint(0, 59)))],
        "chat/telecom: opening hours, clock times and a call duration")


def n_counts_spoken():
    add("negative", [C("it's been %s weeks now i've rung %s times and waited %s minutes every time" % (R.choice(["three", "six", "two"]), R.choice(["four", "eleven", "twelve"]), R.choice(["forty five", "fifty", "ninety"])))],
        "call/telecom: spoken counts and durations")


def n_price_spoken():
    add("negative", [A("the new tariff is %s ninety nine a month for %s months and then it goes up by %s percent" % (R.choice(["nineteen", "twenty four", "thirty nine"]), R.choice(["twenty four", "eighteen", "thirty six"]), R.choice(["three point nine", "five", "eight point eight"])))],
        "call/telecom: spoken price, term and percentage")


def n_parcel_ref():
    add("negative", [C("parcel ref %s has been stuck at the depot since %d:%02d on Monday" % (digits(10, True), R.randint(6, 11), R.choice([0, 15, 30, 45])))],
        "chat/retail: 10-digit parcel reference and a time")


NEG_TEMPLATES = [
    (n_counts_spoken, 3), (n_price_spoken, 3), (n_parcel_ref, 3),
    (n_money, 5), (n_order_ref, 6), (n_order_ref_spoken, 5), (n_claim, 5), (n_flight, 4), (n_flight_chat, 4),
    (n_meter, 5), (n_meter_chat, 4), (n_appointment, 5), (n_contract_date, 4), (n_speed, 4), (n_model, 4),
    (n_room, 4), (n_age_temp, 4), (n_percent_years, 4), (n_invoice_spoken, 5), (n_quantities, 4), (n_ticket_chat, 4),
    (n_payment_date_spoken, 4), (n_times, 4), (n_long_balance, 4), (n_policy_ref, 5), (n_years_history, 3), (n_booking_ref_eu, 4),
]


def generate():
    CASE_LIST.clear()
    COUNTERS["positive"] = COUNTERS["negative"] = 0
    R.seed(SEED)
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            fn()
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            fn()
    # interleave templates (separate seeded RNG so values are unaffected)
    mix = random.Random(SEED + 1)
    pos = [c for c in CASE_LIST if c["kind"] == "positive"]
    neg = [c for c in CASE_LIST if c["kind"] == "negative"]
    mix.shuffle(pos)
    mix.shuffle(neg)
    for i, c in enumerate(pos, 1):
        c["id"] = "h21-pos-%03d" % i
    for i, c in enumerate(neg, 1):
        c["id"] = "h21-neg-%03d" % i
    CASE_LIST[:] = pos + neg
    return CASE_LIST


# ---------------------------------------------------------------- validation
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENSNUM = {w: str(i) for i, w in enumerate(TENS) if w}
NATO_REV = {v: k.upper() for k, v in NATO.items()}
NATO_REV["whisky"] = "W"
SKIP = {"dash", "um", "uh", "er", "sorry", "hang", "on", "and", "plus", "the", "no", "wait", "i", "mean"}


def spoken_norm(text):
    toks = re.findall(r"[a-z]+|\d", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2][0] == t:
            out.append(t.upper())
            i += 3
            continue
        if t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in WORDNUM:
            out.append(WORDNUM[toks[i + 1]] * (2 if t == "double" else 3))
            i += 2
            continue
        if t in TENSNUM:
            if i + 1 < len(toks) and toks[i + 1] in WORDNUM and WORDNUM[toks[i + 1]] != "0":
                out.append(TENSNUM[t] + WORDNUM[toks[i + 1]])
                i += 2
            else:
                out.append(TENSNUM[t] + "0")
                i += 1
            continue
        if t in TEENNUM:
            out.append(TEENNUM[t])
        elif t in WORDNUM:
            out.append(WORDNUM[t])
        elif len(t) == 1 and i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2][0] == t:
            out.append(t.upper())
            i += 3
            continue
        elif t in NATO_REV:
            out.append(NATO_REV[t])
        elif len(t) == 1 and t.isalpha():
            out.append(t.upper())
        elif t.isdigit():
            out.append(t)
        elif t in SKIP:
            pass
        else:
            raise ValueError("unknown spoken token %r" % t)
        i += 1
    return "".join(out)


def norm(text):
    if re.search(r"\d", text):
        return re.sub(r"[^0-9A-Za-z]", "", text).upper()
    return spoken_norm(text)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
STREET_WORDS = {"road", "rd", "street", "st", "avenue", "ave", "lane", "drive", "close", "grove",
                "view", "way", "court", "terrace", "crescent", "boulevard"}


def iban_ok(s):
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def valid(typ, texts):
    raw = " ".join(texts)
    if typ == "EMAIL":
        if "@" in raw:
            e = raw.strip()
        else:
            e = " " + raw.lower() + " "
            for w, c in ((" dot ", "."), (" at ", "@"), (" underscore ", "_"), (" dash ", "-"), (" hyphen ", "-")):
                e = e.replace(w, c).replace(w, c)
            e = e.replace(" ", "")
        return bool(re.match(r"^[A-Za-z0-9._-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$", e))
    if typ == "ADDRESS":
        words = set(re.findall(r"[a-z]+", raw.lower()))
        return bool(words & STREET_WORDS) and (bool(re.search(r"\d", raw)) or bool(words & (set(UNITS) | set(TEENS) | set(TENSNUM))))
    if typ in ("DOB", "EXPIRY"):
        low = raw.lower()
        return bool(re.search(r"\d", low)) or any(mn in low for mn in MONTHS) or len(re.findall(r"[a-z]+", low)) >= 2
    n = "".join(norm(t) for t in texts)
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[:1] != "9"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(n))
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 12
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        return n.isdigit() and 10 <= len(n) <= 14
    if typ == "POSTCODE":
        return bool(UK_PC.match(n)) or (n.isdigit() and len(n) in (5, 9))
    return False


def partition_ok(typ, texts):
    n = len(texts)
    ok = [False] * (n + 1)
    ok[0] = True
    for j in range(1, n + 1):
        for i in range(j):
            if ok[i] and valid(typ, texts[i:j]):
                ok[j] = True
                break
    return ok[n]


def check_cases(cases):
    problems = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    kinds = {"positive": 0, "negative": 0}
    for c in cases:
        cid = c["id"]
        if cid in ids:
            problems.append("duplicate id " + cid)
        ids.add(cid)
        kinds[c["kind"]] += 1
        if c["kind"] == "negative" and c["spans"]:
            problems.append(cid + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(cid + ": positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                problems.append(cid + ": bad speaker")
        prev = {}
        by_type = {}
        for k, s in enumerate(c["spans"]):
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (cid, s["type"]))
                continue
            counts[s["type"]] += 1
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append(cid + ": turn out of range")
                continue
            text = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(text)):
                problems.append(cid + ": offsets out of range")
                continue
            if st > 0 and text[st - 1].isalnum() or en < len(text) and text[en].isalnum():
                problems.append("%s: span %d not on word boundary" % (cid, k))
            if text[st].isspace() or text[en - 1].isspace() or not text[en - 1].isalnum() or not (text[st].isalnum() or text[st] in "+("):
                problems.append("%s: span %d has bad edges %r" % (cid, k, text[st:en]))
            key = s["turn"]
            if key in prev and st < prev[key]:
                problems.append("%s: overlapping/unsorted spans" % cid)
            prev[key] = en
            if k not in c.get("_exempt", []):
                by_type.setdefault(s["type"], []).append(text[st:en])
        for typ, texts in by_type.items():
            try:
                good = partition_ok(typ, texts)
            except ValueError as e:
                problems.append("%s: %s: %s" % (cid, typ, e))
                continue
            if not good:
                problems.append("%s: invalid %s value(s) %r" % (cid, typ, texts))
    return problems, counts, kinds


def serialise(cases):
    lines = []
    for c in cases:
        d = {k: c[k] for k in ("id", "kind", "turns", "spans", "note")}
        lines.append(json.dumps(d, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def readme(counts, kinds):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# pii_holdout21 -- held-out PII redaction cases

**Never use this set for tuning.** It exists only to measure the redactor on
data its authors have not seen. Do not add its cases, phrasings or values to
rules, tests or training data.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
not see the redaction code, its tests, its documentation, the benchmark script
or any other PII fixture (only a three-line example of the JSONL format), and
never ran the redactor. Cases are produced by `scripts/make_pii_holdout21.py`
from template functions; every turn is assembled from plain-text segments and
`(value, TYPE)` segments, so offsets are computed, never typed by hand. All
values come from one `random.Random(%d)`; the output is byte-for-byte
reproducible. `python scripts/make_pii_holdout21.py --check` regenerates the
set, compares it with the file, and validates (on the file as read back) ids, offsets, word boundaries,
overlaps and every value (Luhn for cards, mod-97 for IBANs, NI format, 9
digits for SSN, 6 for sort codes, digit counts for CVV/phone/account,
UK/US postcode shapes) after normalising spoken forms.

Values are synthetic (random, checksum-valid where a checksum exists).

## Contents

%d positive cases, %d negative cases. Chat cases are typed text (varied
separators, case, informal typing); call cases imitate ASR transcripts (lower
case, sparse punctuation, numbers as words, "oh"/"o"/"nought"/"zero" for 0,
"double"/"triple", pairs such as "forty one eleven", NATO and "b for bravo"
letters, values split across turns with agent back-channels, agent read-backs,
fillers inside readings, self-corrections, two values in one turn).
Negatives contain lookalikes that must not be redacted: amounts, balances,
times, durations, counts, years, percentages, non-birth dates, order / ticket /
claim / invoice / policy / booking references with their reference word,
flight, room, model and serial numbers, meter readings, speeds, ages,
temperatures, clock times and opening hours.

| type | spans |
|---|---|
%s

## Annotation conventions

* A span covers the value only: from its first to its last character/word,
  never the lead-in ("my card is", "it's") or trailing chit-chat.
* Spoken values: the span runs from the first to the last number/letter word
  of the reading and includes everything in between: "double" / "triple",
  pair words ("forty one"), NATO words and "b for bravo", and any fillers
  inside the reading ("um", "er hang on"). Spoken international phones start
  at "plus"; typed ones at "+" (or "(" for a bracketed area code).
* ASR homophones inside a reading ("for" = 4, "to" = 2, "ate" = 8) are part of
  the value and inside the span.
* A value split across turns has one span per turn (each covering that turn's
  part). A self-corrected group is labelled as its own span (the wrong group,
  then the corrected group); "no sorry" between them is not inside a span.
* An agent's read-back of a value is labelled like the customer's reading.
* NI numbers include the prefix letters and the suffix letter; in a split
  reading the suffix letter ("it's c" / "c for charlie") is its own span.
* ADDRESS is the street line (flat/apartment, house number and street name);
  the town/city is not labelled. POSTCODE is the UK postcode or US ZIP only.
* DOB spans cover the whole date ("the fourteenth of march nineteen eighty
  seven"); EXPIRY spans cover month and year; CVV spans cover the digits.
* Emails include the whole address, spoken "dot"/"at" words included.
* A reading that is started, interrupted and restarted in full is labelled
  twice (the partial start and the full reading).
* Routing numbers, order/invoice references, amounts, quantities, durations,
  appointment dates and other non-PII numbers inside positive cases are
  deliberately unlabelled.
* Scoring: a span is found when every letter/digit inside it is covered by a
  redaction; a negative fails if anything in it is redacted.
""" % (SEED, kinds["positive"], kinds["negative"], rows)


def main():
    cases = generate()
    problems, counts, kinds = check_cases(cases)
    text = serialise(cases)
    rd = readme(counts, kinds)
    if "--check" in sys.argv:
        try:
            with open(CASES, encoding="utf-8") as f:
                ftext = f.read()
            if ftext != text:
                problems.append("cases.jsonl differs from regenerated output")
            exempt = {c["id"]: c["_exempt"] for c in cases}
            parsed = []
            for ln, line in enumerate(ftext.splitlines(), 1):
                try:
                    d = json.loads(line)
                except ValueError:
                    problems.append("line %d is not valid JSON" % ln)
                    continue
                if set(d) != {"id", "kind", "turns", "spans", "note"}:
                    problems.append("line %d has unexpected keys" % ln)
                d["_exempt"] = exempt.get(d.get("id"), [])
                parsed.append(d)
            fprob, counts, kinds = check_cases(parsed)
            problems.extend("file: " + x for x in fprob)
            with open(README, encoding="utf-8") as f:
                if f.read() != rd:
                    problems.append("README.md differs from regenerated output")
        except OSError as e:
            problems.append("cannot read fixture: %s" % e)
        if kinds["positive"] < 170 or kinds["negative"] < 100:
            problems.append("too few cases %r" % kinds)
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if counts[t] < need:
                problems.append("too few %s spans: %d < %d" % (t, counts[t], need))
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("positives=%d negatives=%d" % (kinds["positive"], kinds["negative"]))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    for p in problems:
        print("PROBLEM:", p)
    if problems:
        print("FAILED (%d problems)" % len(problems))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

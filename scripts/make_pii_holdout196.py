#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h196 (US-heavy).

Written by an AI helper acting as an independent author that did not see the
redaction code.  Standard library only; deterministic (seed 196241125).

    python scripts/make_pii_holdout196.py          # write fixture + README
    python scripts/make_pii_holdout196.py --check  # regenerate and verify
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout196"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
SEED = 196241125
R = random.Random(SEED)

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]

# ---------------------------------------------------------------- value makers

def digits(n, first_nonzero=False):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


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
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        body, n = "4" + digits(5), 16
    elif kind == "mc":
        body, n = "5" + str(R.randint(1, 5)) + digits(4), 16
    elif kind == "amex":
        body, n = R.choice(["34", "37"]) + digits(4), 15
    else:
        body, n = "6011" + digits(2), 16
    body += digits(n - 1 - len(body))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, kind


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def us_phone():
    return str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice(NI1) + R.choice(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + digits(6) + R.choice("ABCD")


def iban(country):
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if country == "GB":
        bban = "".join(R.choice(letters) for _ in range(4)) + digits(14)
    elif country == "IE":
        bban = "".join(R.choice(letters) for _ in range(4)) + digits(14)
    elif country == "DE":
        bban = digits(18)
    elif country == "FR":
        bban = digits(23)
    else:  # NL
        bban = "".join(R.choice(letters) for _ in range(4)) + digits(10)
    conv = "".join(str(int(c, 36)) for c in bban + country + "00")
    chk = 98 - int(conv) % 97
    return country + "%02d" % chk + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def uk_postcode():
    L = "ABCDEFGHJKLMNPRSTUWYZ"
    shape = R.choice(["A9", "A99", "AA9", "AA99", "AA9A"])
    out = ""
    for ch in shape:
        out += R.choice(L) if ch == "A" else str(R.randint(1, 9))
    return out, str(R.randint(1, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")


FIRST = ["maria", "james", "linda", "robert", "keisha", "tyler", "jennifer", "carlos", "megan",
         "dwayne", "ashley", "kevin", "brittany", "luis", "tanya", "brandon", "nicole", "derek"]
LAST = ["johnson", "garcia", "miller", "nguyen", "patel", "robinson", "walker", "hernandez",
        "okafor", "schmidt", "callahan", "brooks", "rivera", "kowalski", "tran", "murphy"]
STREETS = ["maple", "oak", "elm", "willow", "cedar", "highland", "lincoln", "jefferson",
           "washington", "lakeview", "sunset", "park", "ridge", "meadowbrook", "church", "hickory"]
SUFFIX = [("street", "St"), ("avenue", "Ave"), ("road", "Rd"), ("drive", "Dr"), ("lane", "Ln"),
          ("boulevard", "Blvd"), ("court", "Ct"), ("way", "Way"), ("place", "Pl")]
CITIES = [("Columbus", "OH", "ohio"), ("Tampa", "FL", "florida"), ("Denver", "CO", "colorado"),
          ("Austin", "TX", "texas"), ("Fresno", "CA", "california"), ("Raleigh", "NC", "north carolina"),
          ("Tucson", "AZ", "arizona"), ("Albany", "NY", "new york"), ("Omaha", "NE", "nebraska")]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com", "comcast.net"]

# ---------------------------------------------------------------- spoken forms

def zero_word():
    return R.choice(["zero", "oh", "o", "zero", "oh"])


def say_digit(d):
    return zero_word() if d == "0" else UNITS[int(d)]


def say_digits(s, doubles=True):
    words, i = [], 0
    while i < len(s):
        if doubles and i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2] and R.random() < 0.7:
            words.append("triple " + say_digit(s[i]))
            i += 3
        elif doubles and i + 1 < len(s) and s[i] == s[i + 1] and R.random() < 0.6:
            words.append("double " + say_digit(s[i]))
            i += 2
        else:
            words.append(say_digit(s[i]))
            i += 1
    return " ".join(words)


def say_pair(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word() + " " + UNITS[b] if b else zero_word() + " " + zero_word()
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def say_pairs(s):
    out, i = [], 0
    while i < len(s):
        if i + 1 < len(s):
            out.append(say_pair(s[i:i + 2]))
            i += 2
        else:
            out.append(say_digit(s[i]))
            i += 1
    return " ".join(out)


def say_mixed(s):
    """groups of four, each group either digit by digit or as two pairs"""
    groups = [s[i:i + 4] for i in range(0, len(s), 4)]
    return " ".join(say_pairs(g) if (len(g) % 2 == 0 and R.random() < 0.4) else say_digits(g) for g in groups)


def say_year(y):
    return say_pair(y[:2]) + " " + say_pair(y[2:]) if y[2] != "0" else say_pair(y[:2]) + " " + zero_word() + " " + UNITS[int(y[3])]


def say_letter(c, nato_p=0.5):
    c = c.lower()
    if R.random() < nato_p:
        return c + " for " + NATO[c] if R.random() < 0.7 else c + " as in " + NATO[c]
    return c


def say_alnum(s, nato_p=0.4):
    out = []
    for ch in s:
        out.append(say_digit(ch) if ch.isdigit() else say_letter(ch, nato_p))
    return " ".join(out)


def say_email(local, domain):
    parts = re.split(r"([._])", local)
    w = []
    for p in parts:
        if p == ".":
            w.append("dot")
        elif p == "_":
            w.append("underscore")
        elif p.isdigit():
            w.append(say_digits(p, doubles=False))
        else:
            w.append(p)
    d = domain.replace(".", " dot ")
    return " ".join(w) + " at " + d


def email_local():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randrange(5)
    if style == 0:
        return f + "." + l
    if style == 1:
        return f[0] + l + digits(2)
    if style == 2:
        return f + "_" + l[:4]
    if style == 3:
        return l + f[0] + digits(3)
    return f + l


def us_address():
    num = str(R.randint(12, 9899))
    st = R.choice(STREETS)
    suf = R.choice(SUFFIX)
    return num, st, suf


def say_house(num):
    if len(num) == 4 and R.random() < 0.6:
        return say_pair(num[:2]) + " " + say_pair(num[2:])
    if len(num) == 3 and R.random() < 0.5:
        return UNITS[int(num[0])] + " " + say_pair(num[1:])
    return say_digits(num, doubles=False)


def dob_date():
    return R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)


# ---------------------------------------------------------------- case builder

CASE_LIST = []


def T(speaker, *segs):
    return (speaker, segs)


def add(kind, turns, note):
    CASE_LIST.append((kind, turns, note))


def build(kind, idx, turns, note):
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
    pre = "pos" if kind == "positive" else "neg"
    return {"id": "h196-%s-%03d" % (pre, idx), "kind": kind, "turns": out_turns,
            "spans": spans, "note": note}


def ci(s):
    return R.choice([s, s.lower(), s.capitalize()])


# ---------------------------------------------------------------- positive templates

def p_card_chat():
    c, k = card()
    fmt = R.randrange(4)
    if fmt == 0:
        v = " ".join(c[i:i + 4] for i in range(0, len(c), 4))
    elif fmt == 1:
        v = "-".join(c[i:i + 4] for i in range(0, len(c), 4))
    elif fmt == 2:
        v = c
    else:
        v = c[:4] + " " + c[4:10] + " " + c[10:] if k == "amex" else c[:8] + " " + c[8:]
    cv = digits(4 if k == "amex" else 3)
    mm, yy = "%02d" % R.randint(1, 12), str(R.randint(26, 31))
    exp = R.choice([mm + "/" + yy, mm + "/20" + yy, mm + "-" + yy, mm + " / " + yy])
    org = R.choice(["retail", "telecom", "utilities", "travel", "healthcare billing"])
    add("positive", [
        T("agent", "I can take that payment of $%d.%02d now. Please type the card details." % (R.randint(20, 900), R.randrange(100))),
        T("customer", ci("ok its "), (v, "CARD_NUMBER"), R.choice([" exp ", " expires ", ", exp date "]), (exp, "EXPIRY"),
          R.choice([" cvv ", " and the code on back is ", " sec code "]), (cv, "CVV")),
        T("agent", "Thank you, processing now."),
    ], "chat/%s: US card typed with expiry and CVV in one message (%s)" % (org, k))


def p_card_call_oneturn():
    c, k = card()
    sp = R.choice([say_digits, say_mixed])(c)
    org = R.choice(["insurance", "telecom", "utilities", "retail", "healthcare billing"])
    add("positive", [
        T("agent", "okay and the long number across the front of the card please"),
        T("customer", R.choice(["yeah sure it's ", "um okay it is ", "got it right here ", ""]), (sp, "CARD_NUMBER"),
          R.choice([" and that's a %s" % ("visa" if k == "visa" else "card"), "", " did you get that"])),
        T("agent", "perfect and the amount today is going to be %s dollars" % R.choice(["forty nine ninety nine", "one twenty five", "eighty", "two hundred and ten"])),
    ], "call/%s: card read in one ASR turn (%s, spoken digits/pairs, zero as oh)" % (org, k))


def p_card_call_split():
    c, k = card()
    groups = [c[i:i + 4] for i in range(0, len(c), 4)]
    turns = [T("agent", "go ahead with the card number whenever you're ready")]
    for gi, g in enumerate(groups):
        pre = R.choice(["", "uh ", "okay ", "so ", "right "]) if gi == 0 else R.choice(["", "", "um ", "then "])
        turns.append(T("customer", pre, (R.choice([say_digits, say_pairs])(g) if len(g) % 2 == 0 else say_digits(g), "CARD_NUMBER")))
        if gi < len(groups) - 1:
            turns.append(T("agent", R.choice(["mhm", "okay", "yep go on", "uh huh", "got it", "okay go on"])))
    cv = digits(4 if k == "amex" else 3)
    turns.append(T("agent", "and the security code on the back"))
    turns.append(T("customer", R.choice(["it's ", "", "uh "]), (say_digits(cv, doubles=False), "CVV")))
    add("positive", turns, "call/%s: card split across customer turns with back-channels, then CVV" % R.choice(["retail", "telecom", "insurance", "travel"]))


def p_card_correction():
    c, k = card()
    wrong = c[:4]
    wr = str((int(c[4]) + 3) % 10)
    add("positive", [
        T("agent", "what's the card number"),
        T("customer", "it's " + say_digits(wrong, doubles=False) + " " + say_digit(wr) + " no sorry let me start again "),
        T("customer", (say_digits(c), "CARD_NUMBER")),
        T("agent", "thank you and the expiration"),
        T("customer", (R.choice(["oh %s twenty %s" % (UNITS[R.randint(1, 9)], UNITS[R.randint(7, 9)]),
                                 "%s of twenty %s" % (R.choice(MONTHS), R.choice(["twenty seven", "twenty eight", "thirty"])),
                                 "%s slash %s" % (say_pair("%02d" % R.randint(1, 12)), R.choice(["twenty seven", "twenty nine", "thirty one"]))]), "EXPIRY")),
    ], "call/retail: caller self-corrects mid card number; the aborted partial is left unlabelled, full re-read labelled")


def p_card_readback():
    c, k = card()
    add("positive", [
        T("customer", "the card is ", (say_digits(c, doubles=False), "CARD_NUMBER")),
        T("agent", "let me read that back ", (say_digits(c), "CARD_NUMBER"), " is that right"),
        T("customer", "yes that's correct"),
    ], "call/travel: card read by customer then read back by agent (both labelled)")


def p_ssn_chat():
    s = ssn()
    fmt = R.randrange(5)
    v = [s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
         s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + "-" + s[3:5] + "-" + s[5:]][fmt]
    ctx = R.choice(["SSN", "social", "ss#", "social security no.", "soc sec number"])
    org = R.choice(["banking", "government services", "insurance", "healthcare billing", "telecom"])
    add("positive", [
        T("agent", "To verify your identity, can you provide your Social Security number?"),
        T("customer", ci("sure my %s is " % ctx), (v, "SSN"), R.choice(["", " thanks", ". I also have a question about my bill of $%d" % R.randint(30, 400)])),
    ], "chat/%s: SSN typed (%s)" % (org, ["dashed", "spaced", "unseparated", "dotted", "dashed"][fmt]))


def p_ssn_call():
    s = ssn()
    style = R.randrange(4)
    if style == 0:
        sp = say_digits(s)
    elif style == 1:
        sp = say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:])
    elif style == 2:
        sp = say_digits(s[:3], False) + " dash " + say_digits(s[3:5], False) + " dash " + say_digits(s[5:], False)
    else:
        sp = say_digits(s[:3], False) + " " + say_pair(s[3:5]) + " " + say_pairs(s[5:])
    add("positive", [
        T("agent", R.choice(["and can i get your social security number", "i'll need the social to pull up the account",
                             "for verification what's your social"])),
        T("customer", R.choice(["yeah it's ", "uh sure ", "okay ", "my social is "]), (sp, "SSN")),
        T("agent", "thank you one moment while i pull that up"),
    ], "call/%s: SSN spoken (%s)" % (R.choice(["banking", "insurance", "government services", "utilities"]),
                                     ["digit by digit", "3-2-4 grouping", "with the word dash", "pairs for the group and serial"][style]))


def p_ssn_split():
    s = ssn()
    add("positive", [
        T("agent", "okay go ahead with the social"),
        T("customer", (say_digits(s[:3], False), "SSN")),
        T("agent", R.choice(["mhm", "okay", "yep"])),
        T("customer", R.choice(["", "uh "]), (say_digits(s[3:5], False), "SSN")),
        T("agent", R.choice(["okay", "go on", "uh huh"])),
        T("customer", (say_digits(s[5:]), "SSN"), R.choice(["", " that's it"])),
    ], "call/banking: SSN split over three customer turns 3-2-4 with back-channels")


def p_ssn_last4_and_full():
    s = ssn()
    add("positive", [
        T("agent", "i have the last four as " + say_digits(s[5:], False) + " can you give me the full number"),
        T("customer", "oh sure it's ", (say_digits(s, False), "SSN"), " and that's for a claim from %s" % R.choice(MONTHS)),
    ], "call/insurance: agent states last four (partial, unlabelled), customer gives full SSN")


def p_ssn_dob_chat():
    s = ssn()
    y, m, d = dob_date()
    dob = R.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y),
                    "%d-%02d-%02d" % (y, m, d)])
    add("positive", [
        T("agent", "I can help with that. Please confirm your date of birth and SSN."),
        T("customer", "dob ", (dob, "DOB"), R.choice([" and ssn ", ", ss# ", " / social "]),
          (R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s]), "SSN")),
    ], "chat/healthcare billing: DOB and SSN together in one typed message")


def p_ni_chat():
    n = ni()
    v = R.choice([n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], n.lower(),
                  n[:2] + n[2:8] + " " + n[8], n[:2] + "-" + n[2:4] + "-" + n[4:6] + "-" + n[6:8] + "-" + n[8]])
    add("positive", [
        T("agent", "Could you confirm your National Insurance number please?"),
        T("customer", R.choice(["Yes it's ", "NI no: ", "sure, ", "it is "]), (v, "NI_NUMBER")),
    ], "chat/UK government services: NI number typed")


def p_ni_call():
    n = ni()
    style = R.randrange(3)
    if style == 0:
        sp = say_letter(n[0]) + " " + say_letter(n[1]) + " " + say_digits(n[2:8]) + " " + say_letter(n[8])
    elif style == 1:
        sp = say_letter(n[0], 0) + " " + say_letter(n[1], 0) + " " + say_pairs(n[2:8]) + " " + say_letter(n[8], 0)
    else:
        sp = say_letter(n[0], 1) + " " + say_letter(n[1], 1) + " " + say_digits(n[2:4], False) + " " + say_digits(n[4:6], False) + " " + say_digits(n[6:8], False) + " " + say_letter(n[8], 1)
    add("positive", [
        T("agent", "and your national insurance number please"),
        T("customer", R.choice(["yeah it's ", "right it's ", "um ", ""]), (sp, "NI_NUMBER")),
        T("agent", "lovely thank you"),
    ], "call/UK %s: NI number spoken (%s)" % (R.choice(["government services", "banking", "insurance"]), ["phonetic and digits", "pairs", "nato letters"][style]))


def p_ni_split():
    n = ni()
    add("positive", [
        T("agent", "can i take your national insurance number"),
        T("customer", "it's ", (say_letter(n[0]) + " " + say_letter(n[1]), "NI_NUMBER")),
        T("agent", "okay"),
        T("customer", (say_pairs(n[2:8]), "NI_NUMBER")),
        T("agent", "and the letter at the end"),
        T("customer", (say_letter(n[8], 0.8), "NI_NUMBER")),
    ], "call/UK government services: NI number split over three turns")


def p_ni_readback():
    n = ni()
    add("positive", [
        T("customer", "my NI is ", (n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], "NI_NUMBER"), " and i'm calling about my tax code"),
        T("agent", "thanks so that's ", (say_alnum(n, 0), "NI_NUMBER"), " yes"),
    ], "call/UK government services: NI typed in chat-like form then agent reads back as letters and digits")


def p_phone_us_chat():
    p = us_phone()
    v = R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:]),
                  p, "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), "1-%s-%s-%s" % (p[:3], p[3:6], p[6:]), "+1%s" % p])
    add("positive", [
        T("agent", "What's the best callback number for you?"),
        T("customer", R.choice(["cell is ", "you can reach me at ", "best # is ", "call me on "]), (v, "PHONE"),
          R.choice(["", " after 5pm", " anytime before 3:30"])),
    ], "chat/%s: US phone typed" % R.choice(["telecom", "retail", "utilities", "banking"]))


def p_phone_us_call():
    p = us_phone()
    style = R.randrange(3)
    if style == 0:
        sp = say_digits(p)
    elif style == 1:
        sp = say_digits(p[:3], False) + " " + say_digits(p[3:6], False) + " " + say_pairs(p[6:])
    else:
        sp = "area code " + say_digits(p[:3], False) + " " + say_digits(p[3:])
    add("positive", [
        T("agent", "and what's a good phone number in case we get disconnected"),
        T("customer", R.choice(["it's ", "yeah ", "my cell is ", ""]), (sp, "PHONE"), R.choice(["", " that's my cell"])),
    ], "call/%s: US phone spoken (%s)" % (R.choice(["telecom", "insurance", "retail"]), ["digits with doubles", "3-3 then pairs", "with 'area code' inside span"][style]))


def p_phone_intl():
    kind = R.randrange(3)
    if kind == 0:
        p = "7" + digits(9)
        v = R.choice(["0%s %s" % (p[:4], p[4:]), "+44 %s %s" % (p[:4], p[4:]), "0" + p])
        sp = None
        note = "UK mobile"
    elif kind == 1:
        p = "8" + str(R.choice([3, 5, 6, 7])) + digits(7)
        v = R.choice(["+353 %s %s %s" % (p[:2], p[2:5], p[5:]), "0%s %s %s" % (p[:2], p[2:5], p[5:])])
        note = "Irish mobile"
    else:
        p = "15" + digits(9)
        v = "+49 %s %s" % (p[:3], p[3:])
        note = "German mobile"
    if R.random() < 0.5:
        add("positive", [
            T("agent", "Can we have a contact number while you're travelling?"),
            T("customer", "yes my number is ", (v, "PHONE"), " thanks"),
        ], "chat/travel: %s typed in international/national form" % note)
    else:
        sp = ("plus four four " if kind == 0 else "plus three five three " if kind == 1 else "plus four nine ") + say_digits(p)
        add("positive", [
            T("agent", "what number can we reach you on while you're abroad"),
            T("customer", "it's ", (sp, "PHONE")),
        ], "call/travel: %s spoken with 'plus' country code" % note)


def p_email_chat():
    loc, dom = email_local(), R.choice(DOMAINS)
    v = R.choice([loc + "@" + dom, (loc + "@" + dom).upper() if R.random() < 0.2 else loc.capitalize() + "@" + dom])
    add("positive", [
        T("agent", "What email should we send the receipt to?"),
        T("customer", R.choice(["", "pls use ", "email: ", "it's "]), (v, "EMAIL"), R.choice(["", " thx", "."])),
    ], "chat/retail: email typed")


def p_email_call():
    loc, dom = email_local(), R.choice(DOMAINS)
    sp = say_email(loc, dom)
    add("positive", [
        T("agent", "and what email address do you want on file"),
        T("customer", R.choice(["it's ", "yeah so it's ", ""]), (sp, "EMAIL")),
        T("agent", "okay i'll send the confirmation there"),
    ], "call/%s: email spoken with 'at' and 'dot'" % R.choice(["telecom", "utilities", "insurance", "travel"]))


def p_address_us_chat():
    num, st, (sl, sa) = us_address()
    city, stc, _ = R.choice(CITIES)
    z = digits(5, True)
    zz = R.choice([z, z + "-" + digits(4)])
    apt = R.choice(["", " Apt %d" % R.randint(1, 40), " Unit %s" % R.choice(["B", "4C", "12"])])
    add("positive", [
        T("agent", "What's the shipping address for the replacement?"),
        T("customer", (num + " " + st.capitalize() + " " + R.choice([sa, sl.capitalize()]) + apt, "ADDRESS"), ", %s, %s " % (city, stc), (zz, "POSTCODE")),
    ], "chat/retail: US street address with city/state and ZIP%s" % ("+4" if "-" in zz else ""))


def p_address_us_call():
    num, st, (sl, sa) = us_address()
    city, _, stw = R.choice(CITIES)
    z = digits(5, True)
    add("positive", [
        T("agent", "can you confirm the service address"),
        T("customer", "yeah it's ", (say_house(num) + " " + st + " " + sl, "ADDRESS"), " in " + city.lower() + " " + stw),
        T("agent", "and the zip code"),
        T("customer", (R.choice([say_digits(z), say_digits(z[:3], False) + " " + say_pair(z[3:])]), "POSTCODE")),
    ], "call/utilities: US address spoken with house number as words, ZIP in separate turn")


def p_zip_plus4_call():
    z = digits(5, True)
    f = digits(4)
    add("positive", [
        T("agent", "what's the zip code on the billing address"),
        T("customer", (say_digits(z) + R.choice([" dash ", " "]) + say_digits(f), "POSTCODE")),
        T("agent", "thanks"),
    ], "call/banking: ZIP+4 spoken")


def p_dob_call():
    y, m, d = dob_date()
    ys = str(y)
    form = R.randrange(4)
    if form == 0:
        sp = MONTHS[m - 1] + " " + ORD[d - 1] + " " + say_year(ys)
    elif form == 1:
        sp = say_digits("%02d" % m, False) + " " + say_pair("%02d" % d) + " " + say_year(ys)
    elif form == 2:
        sp = "the " + ORD[d - 1] + " of " + MONTHS[m - 1] + " " + say_year(ys)
    else:
        sp = MONTHS[m - 1] + " " + say_pair("%02d" % d) + " " + say_pair(ys[2:])
    add("positive", [
        T("agent", R.choice(["and can you verify your date of birth", "what's the date of birth on the policy", "birthday for the account holder"])),
        T("customer", R.choice(["", "yeah it's ", "uh ", "sure "]), (sp, "DOB")),
    ], "call/%s: DOB spoken" % R.choice(["insurance", "healthcare billing", "banking", "telecom"]))


def p_bank_us():
    acct = digits(R.randint(8, 12), True)
    rout = "0" + digits(8) if R.random() < 0.5 else "1" + digits(8)
    if R.random() < 0.5:
        add("positive", [
            T("agent", "For autopay, please enter your checking account number."),
            T("customer", "acct # ", (acct, "BANK_ACCOUNT"), R.choice(["", " checking", " (checking)"])),
        ], "chat/utilities: US checking account number typed")
    else:
        add("positive", [
            T("agent", "and the account number for the checking account"),
            T("customer", "okay it's ", (say_digits(acct), "BANK_ACCOUNT")),
            T("agent", "perfect and we'll draft it on the %s of each month" % R.choice(ORD[:28])),
        ], "call/insurance: US bank account spoken for autopay, draft date unlabelled")


def p_uk_bank():
    sc = digits(6)
    acc = digits(8)
    if R.random() < 0.5:
        add("positive", [
            T("agent", "Please send the sort code and account number for the refund."),
            T("customer", "sort code ", (R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]]), "SORT_CODE"),
              R.choice([" acc ", " account no ", ", account "]), (acc, "BANK_ACCOUNT")),
        ], "chat/UK utilities: sort code and account number in one message")
    else:
        add("positive", [
            T("agent", "can i take the sort code"),
            T("customer", (R.choice([say_pairs(sc), say_digits(sc)]), "SORT_CODE")),
            T("agent", "and the account number"),
            T("customer", (say_digits(acc[:4]), "BANK_ACCOUNT"), " um"),
            T("agent", "mhm"),
            T("customer", (say_digits(acc[4:]), "BANK_ACCOUNT")),
        ], "call/UK banking: sort code as pairs, account split across turns")


def p_iban():
    ctry = R.choice(["GB", "IE", "DE", "FR", "NL"])
    ib = iban(ctry)
    grouped = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if R.random() < 0.7:
        add("positive", [
            T("agent", "Please provide the IBAN for the transfer."),
            T("customer", R.choice(["IBAN: ", "here it is ", ""]), (R.choice([grouped, ib, grouped.lower()]), "IBAN")),
        ], "chat/EU banking: %s IBAN typed" % ctry)
    else:
        add("positive", [
            T("agent", "go ahead with the iban"),
            T("customer", (say_alnum(ib, 0.3), "IBAN")),
        ], "call/EU banking: %s IBAN spoken letter by letter" % ctry)


def p_uk_postcode():
    a, b = uk_postcode()
    if R.random() < 0.5:
        add("positive", [
            T("agent", "What's the postcode at the property?"),
            T("customer", "it's ", (R.choice([a + " " + b, a + b, (a + " " + b).lower()]), "POSTCODE"), R.choice(["", " thanks"])),
        ], "chat/UK utilities: UK postcode typed")
    else:
        add("positive", [
            T("agent", "and the postcode"),
            T("customer", (say_alnum(a, 0.3) + " " + say_alnum(b, 0.3), "POSTCODE")),
        ], "call/UK insurance: UK postcode spoken with phonetic letters")


def p_mixed_verification():
    s = ssn()
    y, m, d = dob_date()
    z = digits(5, True)
    add("positive", [
        T("agent", "for security i need your date of birth zip code and the last four of your social"),
        T("customer", "okay date of birth is ", (MONTHS[m - 1] + " " + ORD[d - 1] + " " + say_year(str(y)), "DOB"),
          " zip is ", (say_digits(z), "POSTCODE"), " and actually i'll just give you the whole social ", (say_digits(s, False), "SSN")),
    ], "call/banking: DOB, ZIP and full SSN in one long turn")


def p_card_with_nonpii():
    c, k = card()
    add("positive", [
        T("customer", "Order #%s was charged twice, $%d.%02d each. Card used: " % (digits(8, True), R.randint(10, 300), R.randrange(100)),
          (c[:4] + " " + c[4:8] + " " + c[8:12] + " " + c[12:], "CARD_NUMBER")),
        T("agent", "Sorry about that. I see both charges on %s %d." % (R.choice(MONTHS).capitalize(), R.randint(1, 28))),
    ], "chat/retail: card number beside order number and amounts (non-PII unlabelled)")


def p_ssn_hyphen_words():
    s = ssn()
    first = say_pair(s[:2]) + " " + say_digit(s[2]) if s[1] != "0" else say_digits(s[:3], False)
    sp = first + " " + say_pair(s[3:5]) + " " + say_pair(s[5:7]) + " " + say_pair(s[7:])
    add("positive", [
        T("agent", "and the social security number"),
        T("customer", "uh ", (sp, "SSN"), " sorry i always say it that way"),
    ], "call/government services: SSN in pairs like 'forty one' with a single digit in the middle")


def p_card_amex_typo():
    c, k = card()
    v = c[:4] + "  " + c[4:8] + " " + c[8:12] + "-" + c[12:]
    add("positive", [
        T("customer", "hi need to update my card on file its " + "", (v, "CARD_NUMBER"), " exp ", ("%d/%d" % (R.randint(1, 12), R.randint(26, 31)), "EXPIRY")),
        T("agent", "Thanks! And the 3 or 4 digit security code?"),
        T("customer", (digits(4 if k == "amex" else 3), "CVV")),
    ], "chat/telecom: card typed with inconsistent separators, short expiry, CVV alone in its own message")


POS = [p_card_chat, p_card_call_oneturn, p_card_call_split, p_card_correction, p_card_readback,
       p_ssn_chat, p_ssn_call, p_ssn_split, p_ssn_last4_and_full, p_ssn_dob_chat,
       p_ni_chat, p_ni_call, p_ni_split, p_ni_readback,
       p_phone_us_chat, p_phone_us_call, p_phone_intl, p_email_chat, p_email_call,
       p_address_us_chat, p_address_us_call, p_zip_plus4_call, p_dob_call, p_bank_us, p_uk_bank,
       p_iban, p_uk_postcode, p_mixed_verification, p_card_with_nonpii, p_ssn_hyphen_words, p_card_amex_typo]

# ---------------------------------------------------------------- negative templates

def n_policy():
    pn = digits(R.randint(7, 10), True)
    add("negative", [
        T("agent", "can i have your policy number"),
        T("customer", "yeah policy number " + say_digits(pn, False)),
        T("agent", "thanks i see the premium is %s dollars a month" % R.choice(["one forty two", "eighty nine fifty", "two hundred"])),
    ], "call/insurance: policy number with its reference word, premium amount")


def n_claim_chat():
    add("negative", [
        T("customer", "Claim #%s - status? I submitted it on %d/%d and it said 7-10 business days." % (digits(R.randint(8, 10), True), R.randint(1, 12), R.randint(1, 28))),
        T("agent", "Claim %s is approved for $%s,%03d.%02d." % ("", R.randint(1, 9), R.randrange(1000), R.randrange(100)) if False else "Your claim is approved for $%d,%03d.%02d." % (R.randint(1, 9), R.randrange(1000), R.randrange(100))),
    ], "chat/insurance: claim number with '#', submission date, amount")


def n_tracking():
    tn = digits(10, True)
    add("negative", [
        T("customer", "where is my package? tracking number %s" % tn),
        T("agent", "It's out for delivery, expected between 2:00 and 6:00 PM today."),
    ], "chat/retail: 10-digit tracking number with its name, time window")


def n_member_id():
    add("negative", [
        T("agent", "what's the member id on the insurance card"),
        T("customer", "member id is " + say_digits(digits(9, True), False)),
        T("agent", "got it your copay is twenty five dollars and deductible is fifteen hundred"),
    ], "call/healthcare billing: member ID (9 digits, said with its name), copay and deductible")


def n_amounts_call():
    add("negative", [
        T("customer", "my bill went from %s to %s dollars and %s cents" % (R.choice(["eighty nine", "sixty four"]), R.choice(["one hundred twelve", "one forty"]), R.choice(["forty", "ninety nine"]))),
        T("agent", "i see a rate increase of %s percent that started %s %s" % (R.choice(["twelve", "eight point five"]), R.choice(MONTHS), R.choice(ORD[:28]))),
    ], "call/telecom: amounts, percentage and a non-birth date")


def n_appointment():
    add("negative", [
        T("agent", "we have a technician available on %s the %s between eight and noon" % (R.choice(["monday", "thursday", "friday"]), R.choice(ORD[:28]))),
        T("customer", "okay the %s works my meter reading was %s" % (R.choice(ORD[:28]), say_digits(digits(5, True), False))),
    ], "call/utilities: appointment date and a meter reading")


def n_flight():
    add("negative", [
        T("customer", "My flight UA %d on %s %d was cancelled, booking ref %s" % (R.randint(100, 2999), R.choice(MONTHS).capitalize(), R.randint(1, 28), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)))),
        T("agent", "I can rebook you on the 7:45 departure, seat 23C, for a $75 fee."),
    ], "chat/travel: flight number, booking reference, time, seat, fee")


def n_flight_call():
    add("negative", [
        T("customer", "i'm on flight delta %s landing at %s" % (say_digits(str(R.randint(100, 2999)), False), R.choice(["four fifteen", "eleven thirty", "six oh five"]))),
        T("agent", "okay and how many bags two or three"),
        T("customer", "two bags about fifty pounds each"),
    ], "call/travel: flight number spoken, time, counts and weight")


def n_balance():
    add("negative", [
        T("agent", "your current balance is %s dollars and %s cents with a minimum payment of %s" % (R.choice(["two thousand four hundred", "one thousand and six", "eight hundred twelve"]), R.choice(["fifty", "nineteen", "seven"]), R.choice(["thirty five", "forty", "sixty"]))),
        T("customer", "and the apr is still %s percent" % R.choice(["twenty four point nine nine", "nineteen point nine", "twenty two"])),
    ], "call/banking: balance, minimum payment, APR")


def n_ticket():
    add("negative", [
        T("customer", "Ticket %s still not resolved after %d days!!" % (R.choice(["#", "no. ", "INC"]) + digits(R.randint(6, 10), True), R.randint(3, 30))),
        T("agent", "Apologies. I've escalated ticket to tier 2; expect a reply within 48 hours."),
    ], "chat/telecom: ticket number and durations")


def n_invoice_call():
    add("negative", [
        T("agent", "do you have the invoice number"),
        T("customer", "yeah invoice " + say_digits(digits(8, True)) + " for " + R.choice(["three forty five", "twelve hundred", "ninety nine"]) + " dollars"),
    ], "call/healthcare billing: invoice number spoken with doubles plus amount")


def n_model():
    add("negative", [
        T("customer", "my router model %s keeps dropping, speed is %d mbps instead of %d" % (R.choice(["NETGEAR R7000", "TP-Link AX1800", "Arris SB8200", "C3000Z"]), R.randint(20, 90), R.choice([300, 500, 940]))),
        T("agent", "Let's restart it. Unplug for 30 seconds and wait about 2 minutes."),
    ], "chat/telecom: model number, speeds, durations")


def n_age_temp():
    add("negative", [
        T("customer", "my son is %s years old and he had a fever of %s" % (R.choice(["seven", "twelve", "four"]), R.choice(["a hundred and two", "one oh one point five", "thirty nine degrees"]))),
        T("agent", "okay the urgent care visit is covered after your twenty dollar copay"),
    ], "call/healthcare billing: age, temperature, copay")


def n_year_counts():
    add("negative", [
        T("customer", "I've been a customer since %d and have %d lines on the plan" % (R.randint(1995, 2019), R.randint(2, 6))),
        T("agent", "Thanks for %d years with us! The upgrade costs $%d/mo for 24 months." % (R.randint(5, 25), R.randint(5, 40))),
    ], "chat/telecom: years, counts, monthly price, duration")


def n_room():
    add("negative", [
        T("customer", "i'm in room %s checking out on the %s at eleven" % (R.choice(["four twelve", "twenty one oh six", "three thirty"]), R.choice(ORD[:28]))),
        T("agent", "okay your reservation number is " + say_digits(digits(8, True), False) + " and the total was " + R.choice(["six eighty seven", "four hundred and ten"])),
    ], "call/travel: hotel room number, checkout date, reservation number, total")


def n_order_call():
    add("negative", [
        T("agent", "can i get the order number"),
        T("customer", "order number " + say_pairs(digits(8, True)) + " i ordered it on " + R.choice(MONTHS) + " " + R.choice(ORD[:28])),
    ], "call/retail: order number in pairs, order date")


def n_contract():
    add("negative", [
        T("customer", "My contract started %s %d, %d and ends after 24 months. Case number %s." % (R.choice(MONTHS).capitalize(), R.randint(1, 28), R.randint(2020, 2025), digits(R.randint(7, 10), True))),
        T("agent", "Early termination would be $%d." % R.choice([150, 200, 325])),
    ], "chat/utilities: contract start date, case number, ETF amount")


def n_account_masked():
    add("negative", [
        T("agent", "I see a card ending in **** and a payment of $%d.%02d scheduled for %d/%d." % (R.randint(20, 500), R.randrange(100), R.randint(1, 12), R.randint(1, 28))),
        T("customer", "ok thanks, and confirmation number is %s?" % digits(9, True)),
    ], "chat/banking: masked card, payment amount and date, confirmation number")


NEG = [n_policy, n_claim_chat, n_tracking, n_member_id, n_amounts_call, n_appointment, n_flight, n_flight_call,
       n_balance, n_ticket, n_invoice_call, n_model, n_age_temp, n_year_counts, n_room, n_order_call, n_contract,
       n_account_masked]


def generate():
    CASE_LIST.clear()
    # weighted to meet minimum counts for CARD, SSN, NI
    for i in range(186):
        POS[i % len(POS)]()
        if i % 3 == 0:
            R.choice([p_card_call_oneturn, p_card_chat, p_ssn_call, p_ssn_chat, p_ni_call, p_ni_chat])()
    for _ in range(8):
        p_uk_bank(); p_iban()
    for _ in range(3):
        p_address_us_chat(); p_address_us_call(); p_email_call(); p_email_chat()
    for i in range(110):
        NEG[i % len(NEG)]()
    pos = [c for c in CASE_LIST if c[0] == "positive"]
    neg = [c for c in CASE_LIST if c[0] == "negative"]
    out = [build("positive", i + 1, t, n) for i, (_, t, n) in enumerate(pos)]
    out += [build("negative", i + 1, t, n) for i, (_, t, n) in enumerate(neg)]
    return out


# ---------------------------------------------------------------- validation

WORD2D = {w: str(i) for i, w in enumerate(UNITS)}
WORD2D.update({"oh": "0", "o": "0", "nought": "0"})
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["xray"] = "x"


def normalise(text, letters=False):
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d+", text.lower())
    toks = [t.replace("-", "") if t == "x-ray" else t for t in toks]
    out, i, mult = [], 0, 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t == "double":
            mult = 2
        elif t == "triple":
            mult = 3
        elif t.isdigit():
            out.append(t * mult); mult = 1
        elif t in WORD2D:
            out.append(WORD2D[t] * mult); mult = 1
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS[2:]:
            if nxt in UNITS[1:]:
                out.append(str(TENS.index(t)) + WORD2D[nxt]); i += 1
            else:
                out.append(str(TENS.index(t)) + "0")
        elif letters and len(t) == 1:
            out.append(t.upper())
            if nxt in ("for", "as") :
                i += 2 if nxt == "for" else 3
        elif letters and t in NATO_REV:
            out.append(NATO_REV[t].upper())
        i += 1
    return "".join(out)


def raw_alnum(text):
    return re.sub(r"[\s\-./]", "", text).upper()


def validate_value(typ, text):
    if typ in ("IBAN", "NI_NUMBER", "POSTCODE") and _validate(typ, raw_alnum(text)):
        return True
    return _validate(typ, text)


def _validate(typ, text):
    if typ == "CARD_NUMBER":
        d = normalise(text)
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CVV":
        return len(normalise(text)) in (3, 4)
    if typ == "SSN":
        return len(normalise(text)) == 9 and normalise(text).isdigit()
    if typ == "PHONE":
        d = normalise(text)
        return d.isdigit() and 10 <= len(d) <= 13
    if typ == "BANK_ACCOUNT":
        d = normalise(text)
        return d.isdigit() and 4 <= len(d) <= 12
    if typ == "SORT_CODE":
        return re.fullmatch(r"\d{6}", normalise(text)) is not None
    if typ == "IBAN":
        return iban_ok(text) or iban_ok(normalise(text, letters=True))
    if typ == "NI_NUMBER":
        pat = r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]"
        return re.fullmatch(pat, text) is not None or re.fullmatch(pat, normalise(text, letters=True)) is not None
    if typ == "POSTCODE":
        pat = r"\d{5}(\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}"
        return re.fullmatch(pat, text) is not None or re.fullmatch(pat, normalise(text, letters=True)) is not None
    if typ == "EMAIL":
        t = text.lower()
        return ("@" in t and "." in t.split("@")[1]) or (" at " in t and " dot " in t)
    if typ == "EXPIRY":
        return bool(normalise(text)) or any(m in text.lower() for m in MONTHS)
    if typ == "DOB":
        return any(m in text.lower() for m in MONTHS) or len(normalise(text)) >= 4
    if typ == "ADDRESS":
        t = text.lower()
        return any(re.search(r"\b%s\b" % re.escape(w.lower()), t) for p in SUFFIX for w in p) and bool(normalise(t))
    return False


TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
         "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]


def check(cases, text):
    problems = []
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    counts = Counter()
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            problems.append("%s: negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            problems.append("%s: positive without spans" % c["id"])
        seen = {}
        failing = {}
        for s in c["spans"]:
            counts[s["type"]] += 1
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (c["id"], s["type"]))
            if not 0 <= s["turn"] < len(c["turns"]):
                problems.append("%s: bad turn" % c["id"]); continue
            t = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                problems.append("%s: offsets out of range" % c["id"]); continue
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                problems.append("%s: span not on word boundary %r" % (c["id"], t[a:b]))
            if t[a].isspace() or t[b - 1].isspace():
                problems.append("%s: span has edge whitespace" % c["id"])
            for (oa, ob) in seen.get(s["turn"], []):
                if a < ob and oa < b:
                    problems.append("%s: overlapping spans" % c["id"])
            seen.setdefault(s["turn"], []).append((a, b))
            if not validate_value(s["type"], t[a:b]):
                failing.setdefault(s["type"], []).append(t[a:b])
        for typ, frags in failing.items():
            # a value split across several turns is validated as the joined fragments
            if len(frags) < 2 or not validate_value(typ, " ".join(frags)):
                problems.append("%s: invalid %s value %r" % (c["id"], typ, frags))
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d pos %d neg" % (npos, nneg))
    for typ in TYPES:
        need = 30 if typ in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[typ] < need:
            problems.append("type %s has %d spans (< %d)" % (typ, counts[typ], need))
    return problems, counts, npos, nneg


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h196 (US-heavy)

**Never use this set for tuning.** It is a held-out evaluation set only.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its documentation or other evaluation sets; the only
data consulted was a three-line format example. Cases are produced by
`scripts/make_pii_holdout196.py` from template functions: every turn is assembled
from plain-text segments and (value, TYPE) segments, so offsets are computed, never
typed. All values come from one `random.Random(%d)`; output is byte-for-byte
reproducible. `--check` regenerates and compares, and validates every span
(Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes,
digit counts for CVV/phone/account, UK postcode / US ZIP / ZIP+4 shapes) after
normalising spoken forms ("oh"/"o"/"nought", "double"/"triple", pairs like
"forty one", "x for x-ray").

Emphasis: US contact centres (SSNs typed and spoken in many groupings, ZIP and
ZIP+4, US phone formats, US street addresses, card payments by phone), plus UK NI
numbers, sort codes, UK postcodes and EU/UK/Irish IBANs. Negatives are US-style
non-PII numbers said with their names (policy, member, claim, tracking, invoice,
order, ticket, confirmation numbers), amounts, balances, times, dates that are not
birth dates, flight/room/model numbers, meter readings, ages, temperatures.

## Annotation conventions

* A span covers the value only: lead-ins ("it's", "my social is", "sort code") and
  trailing chit-chat are outside. Filler words *inside* a reading stay inside.
* Spoken readings: the whole run of number words is one span, including
  "double"/"triple", "dash", "for bravo"/"as in"-style phonetic letters and, for US
  phones, the words "area code" and "plus" when they open the reading.
* Values split across turns: each customer fragment is its own span with the same type.
* Agent read-backs of a full value are labelled too. Partial values (e.g. "last four"
  stated by the agent, or an abandoned start before a self-correction) are not labelled.
* ADDRESS = house number + street name + suffix (+ apt/unit); city and state are outside;
  ZIP / postcode is labelled separately as POSTCODE.
* DOB: the full date expression (including a leading "the ... of").
* EXPIRY: the date expression only; CVV: the digits only.

## Counts

Positives: %d, negatives: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    cases = generate()
    text = render(cases)
    problems, counts, npos, nneg = check(cases, text)
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != readme(counts, npos, nneg):
            problems.append("README.md differs from regenerated output")
        # also re-parse the file on disk
        if CASES.exists():
            disk = [json.loads(l) for l in CASES.read_text(encoding="utf-8").splitlines()]
            problems += check(disk, "")[0]
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(readme(counts, npos, nneg), encoding="utf-8")
    print("positives=%d negatives=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-12s %d" % (t, counts[t]))
    for p in problems[:50]:
        print("PROBLEM:", p)
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

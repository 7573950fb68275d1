#!/usr/bin/env python3
"""Generate held-out PII redaction cases (set 197): UK/IE-heavy contact-centre chat and ASR calls.

Usage: python scripts/make_pii_holdout197.py [--check]
Standard library only. All values come from one seeded random.Random(197241125).
"""
import json
import os
import random
import re
import sys

SEED = 197241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout197")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


# ---------------------------------------------------------------- spoken forms
def zero_word():
    return R.choice(["oh", "o", "zero", "nought", "oh"])


def say_digits(s, doubles=True):
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        if doubles and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < 0.6:
            out.append("triple " + (zero_word() if d == "0" else ONES[int(d)]))
            i += 3
            continue
        if doubles and i + 1 < len(s) and s[i + 1] == d and R.random() < 0.6:
            out.append("double " + (zero_word() if d == "0" else ONES[int(d)]))
            i += 2
            continue
        out.append(zero_word() if d == "0" else ONES[int(d)])
        i += 1
    return " ".join(out)


def say_pair(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word() + " " + ONES[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + ONES[b]


def say_pairs(s):
    chunks = []
    i = 0
    while i < len(s):
        if i + 1 < len(s) and R.random() < 0.7:
            chunks.append([s[i:i + 2], say_pair(s[i:i + 2])])
            i += 2
        else:
            chunks.append([s[i], zero_word() if s[i] == "0" else ONES[int(s[i])]])
            i += 1
    # a bare tens word ("thirty") followed by a single digit 1-9 would be ambiguous ("thirty one")
    for k in range(len(chunks) - 1):
        c, n = chunks[k][0], chunks[k + 1][0]
        if len(c) == 2 and c[1] == "0" and c[0] >= "2" and len(n) == 1 and n != "0":
            chunks[k][1] = ONES[int(c[0])] + " " + zero_word()
    return " ".join(w for _, w in chunks)


def say_mixed(s):
    return say_pairs(s) if R.random() < 0.4 else say_digits(s)


def say_year(y):
    y = str(y)
    if y.startswith("20") and y[2] == "0":
        return "two thousand and " + ONES[int(y[3])] if R.random() < 0.5 else "two thousand " + ONES[int(y[3])]
    return say_pair(y[:2]) + " " + say_pair(y[2:])


def say_letter(c, nato_p=0.4):
    c = c.lower()
    if c == "o" or R.random() < nato_p:
        return c + " for " + NATO[c]
    return c


def say_alnum(s, nato_p=0.3):
    out = []
    for ch in s:
        if ch == " ":
            continue
        if ch.isdigit():
            out.append(zero_word() if ch == "0" else ONES[int(ch)])
        else:
            out.append(say_letter(ch, nato_p))
    return " ".join(out)


def say_number(n):
    """cardinal 1..999 (for house numbers)"""
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    h = ONES[n // 100] + " hundred"
    return h if n % 100 == 0 else h + " and " + say_number(n % 100)


# ---------------------------------------------------------------- value generators
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def gen_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "visa19", "disc"])
    if kind == "visa":
        body, n = "4" + "".join(R.choice("0123456789") for _ in range(5)), 16
    elif kind == "visa19":
        body, n = "4" + "".join(R.choice("0123456789") for _ in range(5)), 19
    elif kind == "mc":
        body, n = "5" + R.choice("12345") + "".join(R.choice("0123456789") for _ in range(4)), 16
    elif kind == "amex":
        body, n = "3" + R.choice("47") + "".join(R.choice("0123456789") for _ in range(4)), 15
    else:
        body, n = "6011" + "".join(R.choice("0123456789") for _ in range(2)), 16
    while len(body) < n - 1:
        body += R.choice("0123456789")
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group_card(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


def gen_ni():
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(first) + R.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def gen_digits(n, first="123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))


def gen_sort():
    return R.choice(["20", "40", "30", "60", "77", "83", "90", "93", "11", "08"]) + gen_digits(4, "0123456789")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def mod97_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def gen_iban():
    c = R.choice(["GB", "IE", "IE", "GB", "DE", "FR", "NL"])
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + gen_digits(6, "0123456789") + gen_digits(8)
    elif c == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + gen_digits(6, "9") + gen_digits(8)
    elif c == "DE":
        bban = gen_digits(18)
    elif c == "FR":
        bban = gen_digits(10) + "".join(R.choice("0123456789") for _ in range(13))
    else:
        bban = R.choice(["ABNA", "INGB", "RABO"]) + gen_digits(10, "0123456789")
    return c + iban_check(c, bban) + bban


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_uk_mobile():
    return "07" + R.choice("4579") + gen_digits(8, "0123456789")


def gen_uk_land():
    return R.choice(["0161", "0113", "0121", "0141", "0131", "0117", "0191", "0289", "01632"]) + gen_digits(6 if True else 7, "23456789")


def gen_ie_mobile():
    return "08" + R.choice("35679") + gen_digits(7, "123456789")


UK_PC = ["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 3HN", "EH3 9QR", "G12 8QQ",
         "BS8 1TH", "NE1 7RU", "CF10 3NB", "BT7 1NN", "L17 8XY", "SE15 4RE", "N1 9GU",
         "OX4 1SG", "NG7 2RD", "PL4 8AA", "BN2 1TW", "E14 5HP", "WC1X 8LS", "S10 2TN",
         "AB10 1XG", "KT2 6EZ", "RG1 3EH", "CV4 7AL", "YO10 5DD", "HU5 2LT"]
EIRCODES = ["D02 X285", "D6W F9H2", "T12 K8AF", "H91 E2K3", "V94 T9PX", "A65 F4E2", "D08 VF8H",
            "X91 W0XW", "R93 EH79", "D15 KPW7", "P31 DC60", "F92 R2N8"]
US_ZIP = ["10027", "94110", "60614", "30309", "02139", "73301", "98101", "80202", "33139-4411",
          "55407", "19104-2211", "85004"]
STREETS = ["Acacia Avenue", "Victoria Road", "Mill Lane", "Church Street", "Kingsley Close",
           "Station Road", "Elmfield Crescent", "Harcourt Terrace", "Glenview Drive", "Park Way",
           "Ormeau Road", "Bridge Street", "Windsor Gardens", "Ashgrove Park", "Thornhill Grove",
           "Oakwood Court", "Leeson Street", "Sandymount Avenue", "Beech Hill Road", "Marlborough Place"]
FIRST = ["sarah", "john", "aoife", "liam", "priya", "tom", "niamh", "david", "emma", "ciaran",
         "fatima", "gareth", "rachel", "sean", "olivia", "mark"]
LAST = ["walsh", "patel", "murphy", "jones", "okafor", "byrne", "smith", "kelly", "evans",
        "o'brien", "hughes", "nolan", "khan", "reid"]
DOMS = ["gmail.com", "hotmail.co.uk", "yahoo.ie", "outlook.com", "btinternet.com", "eircom.net",
        "icloud.com", "sky.com"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST).replace("'", "")
    local = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l, l + "." + f[0]])
    return local + "@" + R.choice(DOMS)


def say_email(e):
    local, dom = e.split("@")
    def part(s):
        out = []
        for tok in re.split(r"([._])", s):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok.isdigit():
                out.append(say_mixed(tok))
            elif tok:
                out.append(tok if len(tok) > 3 and R.random() < 0.8 else " ".join(tok))
        return " ".join(out)
    return part(local) + " at " + part(dom)


# ---------------------------------------------------------------- case builder
CASES = []


def case(kind, turns, note):
    """turns: list of (speaker, [segments]) ; segment = str or (text, TYPE)."""
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for sg in segs:
            if isinstance(sg, tuple):
                v, t = sg
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(v), "type": t})
                text += v
            else:
                text += sg
        out_turns.append({"speaker": spk, "text": text})
    CASES.append({"kind": kind, "turns": out_turns, "spans": spans, "note": note})


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


BACK = ["mhm", "okay go on", "yep", "yeah", "okay", "right", "uh huh", "go ahead", "got that"]


def ch(*xs):
    return R.choice(xs)


# ---------------------------------------------------------------- positive templates
def p_card_call_one_turn():
    d = gen_card()
    ind = ch("telecom", "utilities", "retail", "insurance", "travel")
    case("positive", [A(ch("and the long number across the front of the card please",
                           "okay can i take the card number", "whenever you're ready the sixteen digits on the card")),
                      C(ch("yeah it's ", "right so ", "okay ", ""), (say_digits(d), "CARD_NUMBER"),
                        ch("", " and it's a visa", " thats the debit card"))],
         "call/%s: card read digit by digit in one turn with doubles/zero variants" % ind)


def p_card_call_split():
    d = gen_card()
    g = group_card(d)
    turns = [A("go ahead with the card number when you're ready")]
    for i, grp in enumerate(g):
        filler = ch("", "um ", "uh ", "right ")
        turns.append(C(filler, (say_mixed(grp), "CARD_NUMBER")))
        if i < len(g) - 1:
            turns.append(A(ch(*BACK)))
    turns.append(A(ch("lovely and the expiry", "thank you and when does it expire")))
    m, y = R.randint(1, 12), R.randint(26, 31)
    exp = ch("%s %s" % (say_pair("%02d" % m), say_pair(str(y))),
             "%s twenty %s" % (MONTHS[m - 1], say_pair(str(y))),
             "%s slash %s" % (say_digits("%02d" % m, False), say_pair(str(y))))
    turns.append(C(ch("it's ", "", "uh "), (exp, "EXPIRY")))
    case("positive", turns, "call/%s: card split across customer turns with back-channels, spoken expiry"
         % ch("utilities", "telecom", "insurance", "banking"))


def p_card_chat():
    d = gen_card()
    sep = ch(" ", "-", "", " ", ".")
    typed = sep.join(group_card(d)) if sep else d
    cvv = gen_digits(4 if len(d) == 15 else 3, "0123456789")
    m, y = R.randint(1, 12), R.randint(26, 31)
    exp = ch("%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d-%02d" % (m, y), "%02d %02d" % (m, y))
    case("positive", [C(ch("Hi, can I pay my bill by card? ", "hiya need to pay the outstanding £%d.%02d " % (R.randint(20, 400), R.randint(0, 99)), "Paying order 48213 now - ")),
                      A("Of course. Please send the card number, expiry and security code."),
                      C(ch("card ", "", "Card no: "), (typed, "CARD_NUMBER"), ch(" exp ", ", expires ", " ", " exp: "), (exp, "EXPIRY"),
                        ch(" cvv ", ", security code ", " cvc ", " and the 3 digits on back "), (cvv, "CVV"))],
         "chat/%s: card, expiry and CVV typed in one message with an amount/order number nearby" % ch("retail", "telecom", "travel"))


def p_card_readback():
    d = gen_card()
    last4 = d[-4:]
    cv = gen_digits(3, "0123456789")
    case("positive", [C("the card is ", (say_digits(d), "CARD_NUMBER")),
                      A("thank you just to confirm that's ", (say_digits(d, False), "CARD_NUMBER"), " is that right"),
                      C("yes that's it"),
                      A("and the three digit code on the back"),
                      C(ch("", "it's ", "um "), (say_digits(cv, False), "CVV"))],
         "call/%s: agent reads the card back; CVV in a separate turn" % ch("travel", "retail", "utilities"))


def p_cvv_expiry_call():
    m, y = R.randint(1, 12), R.randint(26, 31)
    cv = gen_digits(3, "0123456789")
    exp = ch("%s %s" % (say_digits("%02d" % m, False), say_digits("%02d" % y, False)),
             "end of %s twenty %s" % (MONTHS[m - 1], say_pair(str(y))),
             "%s twenty %s" % (say_pair("%02d" % m), say_pair(str(y))))
    case("positive", [A("what's the expiry date on the card"),
                      C(ch("", "it says "), (exp, "EXPIRY")),
                      A("and the security number the last three on the back of the card"),
                      C(ch("", "okay that's ", "hang on "), (say_mixed(cv), "CVV"), ch("", " yeah"))],
         "call/%s: expiry and CVV in context, card number taken earlier" % ch("insurance", "telecom", "retail"))


def ni_typed(ni):
    st = R.randint(0, 4)
    if st == 0:
        return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if st == 1:
        return ni
    if st == 2:
        return ni.lower()
    if st == 3:
        return "%s%s %s" % (ni[:2], ni[2:8], ni[8])
    return "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])


def p_ni_chat():
    ni = ni_typed(gen_ni())
    case("positive", [A(ch("Can you confirm your National Insurance number please?", "For security, what is your NI number?")),
                      C(ch("sure its ", "NI: ", "", "It's ", "ok - "), (ni, "NI_NUMBER"), ch("", " thanks", ". claim ref is 50021934", " x"))],
         "chat/%s: NI number typed (spacing/case/hyphen variants)" % ch("government services", "banking", "insurance", "payroll"))


def p_ni_call():
    ni = gen_ni()
    spoken = say_alnum(ni[:2], 0.5) + " " + ch(say_digits(ni[2:8]), say_pairs(ni[2:8])) + " " + say_letter(ni[8], 0.5)
    case("positive", [A("and your national insurance number"),
                      C(ch("yeah it's ", "okay ", "er ", ""), (spoken, "NI_NUMBER"))],
         "call/government services: NI number spoken, letters with/without phonetic alphabet, pairs")


def p_ni_split():
    ni = gen_ni()
    case("positive", [A("can i take your national insurance number"),
                      C(ch("yeah hang on ", "okay so "), (say_alnum(ni[:2], 0.5), "NI_NUMBER")),
                      A(ch(*BACK)),
                      C((say_pairs(ni[2:8]), "NI_NUMBER")),
                      A("and the last letter"),
                      C(ch("", "it's ", "er "), (say_letter(ni[8], 0.6), "NI_NUMBER"))],
         "call/government services: NI number split over three customer turns, final letter alone")


def p_ni_readback():
    ni = gen_ni()
    spoken = say_alnum(ni, 0.0)
    case("positive", [C("my ni number is ", (say_alnum(ni, 0.3), "NI_NUMBER"), " i'm ringing about my pension forecast"),
                      A("let me read that back ", (spoken, "NI_NUMBER"), " yeah"),
                      C("that's right")],
         "call/government services: NI number spoken then read back by the agent")


def p_ssn():
    s = gen_ssn()
    st = R.randint(0, 4)
    if st == 0:
        v = "%s-%s-%s" % (s[:3], s[3:5], s[5:])
        turns = [A("Please provide your Social Security number to verify."), C(ch("", "ssn "), (v, "SSN"))]
        note = "chat/us banking: SSN typed with hyphens"
    elif st == 1:
        v = "%s %s %s" % (s[:3], s[3:5], s[5:])
        turns = [C("I need to update my W-2 address, my social is ", (v, "SSN"), " and I moved in March")]
        note = "chat/us payroll: SSN typed with spaces mid-message next to a form name"
    elif st == 2:
        turns = [A("can i get your social security number"), C(ch("sure ", "yeah ", ""), (say_digits(s), "SSN"))]
        note = "call/us insurance: SSN spoken digit by digit"
    elif st == 3:
        turns = [A("and your social"), C((say_digits(s[:3], False), "SSN")), A(ch(*BACK)),
                 C((say_pairs(s[3:5]), "SSN")), A(ch(*BACK)), C((say_pairs(s[5:]), "SSN"))]
        note = "call/us healthcare billing: SSN split 3-2-4 across turns, pairs"
    else:
        turns = [A("last four of your social"), C("um i think it's the full one you need right"),
                 A("yes the full nine digits please"), C(ch("okay ", ""), (say_mixed(s), "SSN"), " sorry i'm driving")]
        note = "call/us banking: SSN spoken after a clarification, mixed digits and pairs"
    case("positive", turns, note)


def p_sort_acct_call():
    sc, ac = gen_sort(), gen_digits(8, "0123456789")
    st = R.randint(0, 2)
    if st == 0:
        turns = [A("what's the sort code"), C((ch(say_pairs(sc), say_digits(sc)), "SORT_CODE")),
                 A("and the account number"), C(ch("", "it's "), (say_mixed(ac), "BANK_ACCOUNT"))]
    elif st == 1:
        turns = [A("can i take the bank details for the direct debit"),
                 C("sort code ", (say_pairs(sc), "SORT_CODE"), " account number ", (say_digits(ac), "BANK_ACCOUNT"))]
    else:
        turns = [A("the account number please"), C((say_digits(ac[:4]), "BANK_ACCOUNT")), A(ch(*BACK)),
                 C((say_digits(ac[4:]), "BANK_ACCOUNT")), A("and the sort code"),
                 C((say_digits(sc[:2], False) + " " + say_digits(sc[2:4], False) + " " + say_digits(sc[4:], False), "SORT_CODE"))]
    case("positive", turns, "call/%s: UK sort code and account number spoken" % ch("utilities", "banking", "telecom", "insurance"))


def p_sort_acct_chat():
    sc, ac = gen_sort(), gen_digits(8, "0123456789")
    scf = ch("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:]))
    case("positive", [C(ch("Want to switch to direct debit. ", "hi pls change my dd bank details ", "New bank details for refund of £%d: " % R.randint(10, 300)),
                        ch("Sort code ", "sc ", "S/C: "), (scf, "SORT_CODE"), ch(" acc ", ", account number ", " a/c "), (ac, "BANK_ACCOUNT"))],
         "chat/%s: sort code and account typed in one message" % ch("utilities", "broadband", "gym membership", "insurance"))


def p_iban():
    ib = gen_iban()
    st = R.randint(0, 2)
    if st == 0:
        v = ch(group4(ib), ib, group4(ib).lower())
        turns = [A("Please send the IBAN for the refund."), C(ch("IBAN: ", "its ", ""), (v, "IBAN"), ch("", " (AIB)", " thanks"))]
        note = "chat/travel refund: IBAN typed"
    elif st == 1:
        sp = say_alnum(ib[:2], 0.3) + " " + say_digits(ib[2:4], False) + " " + say_alnum(ib[4:], 0.1)
        turns = [A("and the iban for the account"), C(ch("okay it's ", "right "), (sp, "IBAN"))]
        note = "call/banking: IBAN fully spoken, letters and digits"
    else:
        gs = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        half = len(gs) // 2
        turns = [A("go ahead with the iban"), C((say_alnum("".join(gs[:half]), 0.2), "IBAN")), A(ch(*BACK)),
                 C((say_alnum("".join(gs[half:]), 0.2), "IBAN"))]
        note = "call/insurance: IBAN split across two customer turns"
    case("positive", turns, note)


def fmt_phone_typed(p):
    if p.startswith("08"):
        return ch(p, "%s %s %s" % (p[:3], p[3:6], p[6:]), "+353 %s %s %s" % (p[1:3], p[3:6], p[6:]), "00353%s" % p[1:])
    if p.startswith("07"):
        return ch(p, "%s %s" % (p[:5], p[5:]), "+44 %s %s" % (p[1:5], p[5:]), "+44(0)%s %s" % (p[1:5], p[5:]))
    return ch(p, "%s %s" % (p[:4], p[4:]), "(%s) %s" % (p[:4], p[4:]), "+44 %s %s" % (p[1:4], p[4:]))


def p_phone_chat():
    p = ch(gen_uk_mobile(), gen_uk_land(), gen_ie_mobile())
    case("positive", [A("What's the best number to reach you on?"),
                      C(ch("mobile ", "", "call me on ", "best is "), (fmt_phone_typed(p), "PHONE"), ch("", " after 6pm", " anytime before 17:30", " ta"))],
         "chat/%s: UK/IE phone typed in national/international form next to a time" % ch("telecom", "retail", "healthcare billing"))


def say_phone(p):
    if p.startswith("08") and R.random() < 0.5:
        return "plus three five three " + say_digits(p[1:])
    if p.startswith("07") and R.random() < 0.4:
        return "plus four four " + say_digits(p[1:])
    if R.random() < 0.3:
        return say_digits(p[:5]) + " " + say_pairs(p[5:])
    return say_digits(p)


def p_phone_call():
    p = ch(gen_uk_mobile(), gen_uk_land(), gen_ie_mobile())
    st = R.randint(0, 2)
    if st == 0:
        turns = [A("and a contact number"), C(ch("yeah it's ", "", "my mobile is "), (say_phone(p), "PHONE"))]
    elif st == 1:
        p2 = ch(gen_uk_mobile(), gen_ie_mobile())
        turns = [A("is the number still the same"), C("oh no it's ", (say_phone(p), "PHONE"), " no wait that's my old one it's ", (say_phone(p2), "PHONE"))]
    else:
        turns = [A("what's the best number"), C((say_digits(p[:5]), "PHONE")), A(ch(*BACK)), C((say_digits(p[5:]), "PHONE")),
                 A("lovely so that's ", (say_digits(p, False), "PHONE"))]
    case("positive", turns, "call/%s: phone spoken (self-correction / split / read back)" % ch("telecom", "utilities", "travel"))


def p_email():
    e = gen_email()
    if R.random() < 0.45:
        v = ch(e, e.upper() if R.random() < 0.2 else e)
        case("positive", [A("Could you confirm the email on the account?"),
                          C(ch("", "its ", "email: "), (v, "EMAIL"), ch("", " but I never get your emails", "."))],
             "chat/%s: email typed" % ch("retail", "telecom", "travel", "utilities"))
    else:
        case("positive", [A("and the email address for the confirmation"),
                          C(ch("yeah it's ", "", "okay "), (say_email(e), "EMAIL"), ch("", " all lower case", " that's it"))],
             "call/%s: email spoken with 'dot'/'at'/'underscore'" % ch("travel", "insurance", "retail"))


def p_dob():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
    st = R.randint(0, 3)
    if st == 0:
        v = ch("%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y), "%02d-%02d-%d" % (d, m, y))
        turns = [A("Please confirm your date of birth."), C(ch("", "dob ", "It's "), (v, "DOB"))]
        note = "chat/banking: date of birth typed"
    elif st == 1:
        v = "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y))
        turns = [A("and your date of birth"), C(ch("", "it's ", "um "), (v, "DOB"))]
        note = "call/insurance: date of birth spoken with ordinal"
    elif st == 2:
        v = "%s %s %s" % (say_digits("%02d" % d, False), say_digits("%02d" % m, False), say_year(y))
        turns = [A("can you confirm your date of birth for me"), C((v, "DOB"))]
        note = "call/healthcare billing: DOB as digits then spoken year"
    else:
        v = "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_year(y))
        turns = [A("date of birth"), C((v, "DOB"), " and i'm calling about the appointment on the %s" % ORD[R.randint(0, 27)])]
        note = "call/healthcare billing: US-style DOB with a non-DOB appointment date nearby (unlabelled)"
    case("positive", turns, note)


def say_postcode(pc):
    if R.random() < 0.3:
        out = []
        for part in pc.split(" "):
            out.append(say_alnum(part, 0.4))
        return " ".join(out)
    return say_alnum(pc, 0.0)


def p_postcode():
    r = R.random()
    if r < 0.45:
        pc = R.choice(UK_PC)
        note = "UK postcode"
    elif r < 0.8:
        pc = R.choice(EIRCODES)
        note = "Irish Eircode"
    else:
        pc = R.choice(US_ZIP)
        note = "US ZIP"
    if R.random() < 0.5:
        v = ch(pc, pc.lower(), pc.replace(" ", ""))
        case("positive", [A("Can I have the postcode please?" if "ZIP" not in note else "What's your ZIP code?"),
                          C(ch("", "its ", "postcode "), (v, "POSTCODE"))], "chat/utilities: %s typed" % note)
    else:
        v = say_postcode(pc) if "ZIP" not in note else say_digits(pc.replace("-", ""))
        case("positive", [A(ch("and the postcode", "and your eircode", "what's the zip code")),
                          C(ch("", "it's ", "yeah "), (v, "POSTCODE"))], "call/%s: %s spoken" % (ch("utilities", "telecom"), note))


def p_address():
    n = R.randint(1, 240)
    st = R.choice(STREETS)
    pc = R.choice(UK_PC + EIRCODES)
    if R.random() < 0.5:
        addr = "%d %s" % (n, st)
        flat = ch("", "Flat %d, " % R.randint(1, 20))
        case("positive", [A("What's the delivery address?"),
                          C((flat + addr, "ADDRESS"), ch(", ", " ", " - "), (pc, "POSTCODE"), ch("", " please leave with neighbour", ""))],
             "chat/retail: UK/IE street address and postcode typed")
    else:
        addr = "%s %s" % (say_number(n), st.lower())
        case("positive", [A("can you confirm the first line of the address"),
                          C(ch("yeah it's ", "", "it's "), (addr, "ADDRESS")),
                          A("and the postcode"),
                          C((say_postcode(pc), "POSTCODE"))],
             "call/%s: street address spoken with number in words, postcode/eircode in next turn" % ch("utilities", "insurance", "telecom"))


def p_combo_verify():
    ni = gen_ni()
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2000)
    pc = R.choice(UK_PC)
    case("positive", [A("i just need to take you through security can i have your date of birth"),
                      C((ch("the ", "") + ORD[d - 1] + " of " + MONTHS[m - 1] + " " + say_year(y), "DOB")),
                      A("and the postcode"),
                      C((say_postcode(pc), "POSTCODE"), " i've been there about ", say_number(R.randint(2, 30)), " years"),
                      A("and finally your national insurance number"),
                      C((say_alnum(ni[:2], 0.4) + " " + say_pairs(ni[2:8]) + " " + say_letter(ni[8], 0.4), "NI_NUMBER"))],
         "call/government services: security questions DOB + postcode + NI with a duration (unlabelled)")


def p_combo_card_phone():
    d = gen_card()
    p = gen_uk_mobile()
    case("positive", [C("hiya yeah i'm calling to pay the gas bill it's ", say_number(R.randint(40, 180)), " pound ", say_number(R.randint(10, 99))),
                      A("no problem can i take the card number"),
                      C((say_digits(d), "CARD_NUMBER")),
                      A("and in case we get cut off a number to call you back on"),
                      C((say_phone(p), "PHONE"))],
         "call/utilities: spoken amount (unlabelled), card and callback number")


def p_two_values_turn():
    sc, ac = gen_sort(), gen_digits(8, "0123456789")
    cust = "%08d" % R.randint(10000000, 99999999)
    case("positive", [A("what's your customer number"),
                      C("customer number ", say_digits(cust), " and do you want the bank details as well it's ",
                        (say_digits(sc), "SORT_CODE"), " and then ", (say_digits(ac), "BANK_ACCOUNT"))],
         "call/energy: customer number (not PII, unlabelled) then sort code and account in same turn")


def p_ni_with_refs():
    ni = gen_ni()
    ref = gen_digits(8)
    case("positive", [C("Hi my claim ref is ", ref, " and NINO ", (ni_typed(ni), "NI_NUMBER"), " - payment of £%d.%02d hasn't arrived" % (R.randint(50, 900), R.randint(0, 99)))],
         "chat/government services: NI number next to a claim reference and amount (unlabelled)")


def p_ssn_with_zip():
    s = gen_ssn()
    z = R.choice(US_ZIP)
    case("positive", [A("can you verify the zip code and social on file"),
                      C("zip is ", (say_digits(z.replace("-", "")), "POSTCODE"), " and social ", (say_mixed(s), "SSN"))],
         "call/us telecom: ZIP and SSN in one turn")


POS_TEMPLATES = [p_card_call_one_turn, p_card_call_split, p_card_chat, p_card_readback, p_cvv_expiry_call,
                 p_ni_chat, p_ni_call, p_ni_split, p_ni_readback, p_ssn, p_ssn, p_sort_acct_call, p_sort_acct_chat,
                 p_iban, p_phone_chat, p_phone_call, p_email, p_dob, p_postcode, p_address, p_combo_verify,
                 p_combo_card_phone, p_two_values_turn, p_ni_with_refs, p_ssn_with_zip]


# ---------------------------------------------------------------- negative templates
def n_money():
    a = R.randint(12, 4999)
    p = R.randint(0, 99)
    case("negative", [A("your balance is currently %s pounds and %s pence" % (say_number(a % 1000), say_number(p) if p else "zero")),
                      C("right and when's the next payment due"),
                      A("on the %s of %s and that'll be %s pound %s" % (ORD[R.randint(0, 27)], R.choice(MONTHS), say_number(R.randint(20, 99)), say_number(R.randint(1, 99))))],
         "call/utilities: spoken balance, payment date and amount")


def n_chat_money():
    case("negative", [C("Why is my bill £%d.%02d this month? It was £%d.%02d last month" % (R.randint(40, 300), R.randint(0, 99), R.randint(20, 90), R.randint(0, 99))),
                      A("I can see a %d%% price rise from %d April plus %d minutes of calls to 0800 numbers... sorry, to international numbers." % (R.randint(3, 14), R.randint(1, 30), R.randint(30, 900)))],
         "chat/telecom: amounts, percentage, date and minute count")


def n_policy_ref():
    ref = gen_digits(R.choice([7, 8, 9, 10]))
    word = ch("policy number", "customer number", "booking reference", "claim number", "invoice number", "ticket number", "order number", "membership number")
    if R.random() < 0.5:
        case("negative", [A("can i take your %s" % word), C("yeah it's %s" % say_digits(ref))],
             "call/insurance: %s spoken with its reference word" % word)
    else:
        pre = ch("", "POL-", "INV", "BK", "CL-")
        case("negative", [C("Hi, my %s is %s%s - any update?" % (word, pre, ref)), A("Thanks, checking %s%s now." % (pre, ref))],
             "chat/retail: %s typed" % word)


def n_meter():
    r = gen_digits(5)
    case("negative", [A("can i take a meter reading"), C("the gas meter says %s and the electric is %s" % (say_digits(r), say_pairs(gen_digits(6))))],
         "call/utilities: meter readings spoken")


def n_meter_chat():
    case("negative", [C("Meter reading %s (day) and %s (night) taken %d/%02d/%d at %d:%02d" % (gen_digits(5), gen_digits(5), R.randint(1, 28), R.randint(1, 12), R.choice([2025, 2026]), R.randint(7, 21), R.randint(0, 59))),
                      A("Thanks, meter serial %s updated." % gen_digits(8))],
         "chat/utilities: meter readings, reading date/time and MPRN supply number")


def n_flight():
    fl = R.choice(["EI", "FR", "BA", "U2", "LS"]) + str(R.randint(100, 9999))
    case("negative", [C("my flight %s was cancelled it was meant to leave at %s %s" % (say_alnum(fl, 0.0), say_number(R.randint(1, 12)), say_pair("%02d" % R.randint(10, 59)))),
                      A("i can rebook you on the %s o'clock tomorrow gate %s" % (say_number(R.randint(6, 11)), say_number(R.randint(1, 40))))],
         "call/travel: flight number, times, gate number")


def n_hotel():
    case("negative", [C("Room %d, checking out on %d %s, there are %d of us" % (R.randint(100, 950), R.randint(1, 28), R.choice(MONTHS).title(), R.randint(2, 6))),
                      A("Late checkout until %d pm is €%d per room" % (R.randint(12, 15) - 12 or 12, R.randint(20, 60)))],
         "chat/travel: room number, date, count, price")


def n_model():
    m = ch("iPhone 15 Pro 256GB", "Galaxy S24 Ultra", "router model TG%d" % R.randint(100, 999), "HUB 6 serial ending %d" % R.randint(1000, 9999), "Bosch WAN28281GB")
    case("negative", [C("My %s stopped working after %d days" % (m, R.randint(3, 60))), A("Sorry to hear that. Is it still under the %d-month warranty?" % R.choice([12, 24, 36]))],
         "chat/retail: model numbers and durations")


def n_age_temp():
    case("negative", [C("my mum's %s and the heating's been off for %s days the house is %s degrees" % (say_number(R.randint(70, 99)), say_number(R.randint(2, 9)), say_number(R.randint(8, 15)))),
                      A("i'm so sorry we'll get an engineer out between %s and %s tomorrow" % (say_number(R.randint(8, 10)), say_number(R.randint(1, 5))))],
         "call/utilities: age, duration, temperature, times")


def n_speed():
    case("negative", [C("i'm paying for %s meg and only getting %s point %s" % (say_number(R.choice([36, 67, 100, 500, 900])), say_number(R.randint(2, 40)), ONES[R.randint(0, 9)])),
                      A("okay i'll run a line test it takes about %s minutes" % say_number(R.randint(2, 15)))],
         "call/broadband: speeds and duration")


def n_years():
    y1 = R.randint(1995, 2024)
    case("negative", [C("i've been a customer since %s and my contract started %s %s" % (say_year(y1), R.choice(MONTHS), say_year(R.randint(2020, 2026)))),
                      A("thanks for your loyalty you've got %s months left on it" % say_number(R.randint(1, 23)))],
         "call/telecom: years, contract start date and remaining months")


def n_appointment():
    case("negative", [A("Your appointment is on %02d/%02d/2026 at %d:%02d with Dr Byrne" % (R.randint(1, 28), R.randint(1, 12), R.randint(8, 17), R.choice([0, 15, 30, 45]))),
                      C("Can I move it to the %d%s? And how much is the consultation, €%d?" % (R.randint(4, 20), "th", R.randint(50, 90)))],
         "chat/healthcare billing: appointment date and time, price")


def n_reference_spoken_pairs():
    ref = gen_digits(6)
    case("negative", [A("have you got a reference"), C("yeah reference %s" % say_pairs(ref)), A("thanks and that's for the order placed on the %s" % ORD[R.randint(0, 27)])],
         "call/retail: six-digit reference (sort-code length) with reference word, pairs")


def n_quantities():
    case("negative", [C("I ordered %d boxes of %d but only %d arrived, order total €%d.%02d" % (R.randint(2, 12), R.choice([24, 48, 100]), R.randint(1, 5), R.randint(30, 400), R.randint(0, 99))),
                      A("Apologies, we'll send the remaining units within %d-%d working days." % (R.randint(2, 3), R.randint(4, 7)))],
         "chat/retail: quantities, totals and day ranges")


def n_office_hours():
    case("negative", [A("our lines are open %s till %s monday to friday and %s till %s on saturdays" % (say_number(8), say_number(8), say_number(9), say_number(5))),
                      C("okay and it's option %s for billing" % say_number(R.randint(1, 6)))],
         "call/telecom: opening hours and menu option")


def n_tax_year():
    case("negative", [C("I earned about £%s,%03d in the %d/%02d tax year and paid £%d tax" % (R.randint(18, 60), R.randint(0, 999), 2024, 25, R.randint(1000, 9000))),
                      A("Your tax code 1257L applies from 6 April. Refund of £%d.%02d due in %d weeks." % (R.randint(20, 700), R.randint(0, 99), R.randint(2, 8)))],
         "chat/government services: income amounts, tax year, tax code, weeks")


def n_card_last4():
    case("negative", [A("is that the card ending %s" % say_digits(gen_digits(4, "0123456789"), False)),
                      C("yes that's the one i paid %s pounds on it yesterday" % say_number(R.randint(10, 99)))],
         "call/retail: only last four of card mentioned (not a full card), amount")


def n_balance_chat():
    case("negative", [C("What's my balance?"), A("Your available balance is €%s.%02d and the overdraft limit is €%d. Your last payment of €%d cleared %d days ago." % ("{:,}".format(R.randint(100, 25000)), R.randint(0, 99), R.choice([500, 1000, 2000]), R.randint(10, 999), R.randint(1, 9)))],
         "chat/banking: balance, limits, amounts")


def n_parcel():
    tr = gen_digits(10)
    case("negative", [C("where's my parcel tracking number %s" % tr), A("It's at the depot, %d miles away, out for delivery by %d:%02d" % (R.randint(3, 90), R.randint(9, 20), R.choice([0, 30])))],
         "chat/retail: tracking number with its name, distance, time")


def n_insurance():
    case("negative", [A("the renewal quote is %s pounds a year or %s pounds %s a month over %s months" % (say_number(R.randint(200, 999)), say_number(R.randint(20, 80)), say_number(R.randint(1, 99)), say_number(12))),
                      C("and the excess is still %s" % say_number(R.choice([100, 250, 350, 500])))],
         "call/insurance: premiums, excess, month counts")


NEG_TEMPLATES = [n_money, n_chat_money, n_policy_ref, n_policy_ref, n_meter, n_meter_chat, n_flight, n_hotel, n_model,
                 n_age_temp, n_speed, n_years, n_appointment, n_reference_spoken_pairs, n_quantities,
                 n_office_hours, n_tax_year, n_card_last4, n_balance_chat, n_parcel, n_insurance]

MINS = {t: 12 for t in TYPES}
MINS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
TOPUP = {"CARD_NUMBER": p_card_chat, "NI_NUMBER": p_ni_call, "SSN": p_ssn, "CVV": p_cvv_expiry_call,
         "EXPIRY": p_cvv_expiry_call, "BANK_ACCOUNT": p_sort_acct_chat, "SORT_CODE": p_sort_acct_call,
         "IBAN": p_iban, "PHONE": p_phone_chat, "EMAIL": p_email, "DOB": p_dob, "POSTCODE": p_postcode,
         "ADDRESS": p_address}


def counts(cases):
    c = {t: 0 for t in TYPES}
    for cs in cases:
        for s in cs["spans"]:
            c[s["type"]] += 1
    return c


def build():
    del CASES[:]
    npos = 0
    while npos < 180:
        POS_TEMPLATES[npos % len(POS_TEMPLATES)]()
        npos += 1
    while True:
        c = counts(CASES)
        low = [t for t in TYPES if c[t] < MINS[t]]
        if not low:
            break
        TOPUP[low[0]]()
    pos = list(CASES)
    del CASES[:]
    for i in range(110):
        NEG_TEMPLATES[i % len(NEG_TEMPLATES)]()
    neg = list(CASES)
    out = []
    for i, cs in enumerate(pos):
        out.append(dict(id="h197-pos-%03d" % (i + 1), **cs))
    for i, cs in enumerate(neg):
        out.append(dict(id="h197-neg-%03d" % (i + 1), **cs))
    return out


def dump(cases):
    return "".join(json.dumps({"id": c["id"], "kind": c["kind"], "turns": c["turns"], "spans": c["spans"], "note": c["note"]}) + "\n" for c in cases)


# ---------------------------------------------------------------- validation
FILLERS = {"um", "uh", "er", "erm", "ah"}
ONE_MAP = {w: str(i) for i, w in enumerate(ONES)}
ONE_MAP.update({"oh": "0", "o": "0", "nought": "0"})
NATO_WORDS = set(NATO.values()) | {"x", "ray"}


def normalise(text):
    toks = re.findall(r"[a-z]+|\d+|[@._+\-|]", text.lower())
    out = []
    i = 0
    rep = 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks) and toks[i + 2] in NATO_WORDS:
            out.append(t.upper() * rep)
            rep = 1
            i += 1
            continue
        if t == "slash":
            i += 1
            continue
        if t in ("double", "triple"):
            rep = 2 if t == "double" else 3
            i += 1
            continue
        if t == "for" and nxt in NATO_WORDS:
            i += 2
            if nxt == "x" and i < len(toks) and toks[i] == "ray":
                i += 1
            continue
        if t == "-" and out and out[-1] == "x" and nxt == "ray":
            i += 2
            continue
        if t in ONE_MAP:
            out.append(ONE_MAP[t] * rep)
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            if nxt in ONES[1:]:
                out.append(str(TENS.index(t)) + ONE_MAP[nxt])
                i += 1
            else:
                out.append(str(TENS.index(t)) + "0")
        elif t.isdigit():
            out.append(t)
        elif t in FILLERS or t == "|":
            pass
        elif t == "at":
            out.append("@")
        elif t == "dot":
            out.append(".")
        elif t == "underscore":
            out.append("_")
        elif t == "plus":
            out.append("+")
        else:
            out.append(t.upper() * rep if len(t) == 1 else t)
        rep = 1
        i += 1
    return out


def flat(text):
    return "".join(x for x in normalise(text) if x not in ("-", ".")).upper()


def v_card(t):
    d = re.sub(r"\D", "", flat(t))
    return 13 <= len(d) <= 19 and luhn_ok(d)


def v_ni(t):
    return re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", flat(t)) is not None


def v_iban(t):
    s = flat(t)
    return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s) is not None and mod97_ok(s)


def v_digits(lo, hi):
    return lambda t: re.fullmatch(r"\+?\d{%d,%d}" % (lo, hi), flat(t)) is not None


def v_postcode(t):
    s = flat(t)
    return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", s) or re.fullmatch(r"[A-Z]\d[\dW][A-Z\d]{4}", s)
                or re.fullmatch(r"\d{5}(\d{4})?", s))


def v_email(t):
    s = "".join(normalise(t)).lower()
    return re.fullmatch(r"[a-z0-9._]+@[a-z0-9]+(\.[a-z0-9]+)+", s) is not None


def v_dob(t):
    low = t.lower()
    return bool(re.search(r"\b(19|20)\d\d\b", low) or re.search(r"\b(nineteen|two thousand)\b", low))


def v_expiry(t):
    s = flat(t).replace("/", "")
    low = t.lower()
    return bool(re.fullmatch(r"\d{3,6}", s) or any(m in low for m in MONTHS) or re.fullmatch(r"(0?[1-9]|1[0-2])[-/ ]\d{2,4}", t))


def v_address(t):
    low = t.lower()
    has_num = bool(re.search(r"\d", low)) or any(w in low.split() for w in ONES + TEENS + TENS[2:])
    has_st = any(w in low for w in ["avenue", "road", "lane", "street", "close", "crescent", "terrace", "drive",
                                     "way", "gardens", "park", "grove", "court", "place"])
    return has_num and has_st


VALID = {"CARD_NUMBER": v_card, "NI_NUMBER": v_ni, "IBAN": v_iban, "SSN": v_digits(9, 9),
         "SORT_CODE": v_digits(6, 6), "CVV": v_digits(3, 4), "PHONE": v_digits(10, 14),
         "BANK_ACCOUNT": v_digits(6, 12), "POSTCODE": v_postcode, "EMAIL": v_email, "DOB": v_dob,
         "EXPIRY": v_expiry, "ADDRESS": v_address}


def check_cases(cases):
    errs = []
    ids = set()
    for c in cases:
        cid = c["id"]
        if cid in ids:
            errs.append("duplicate id " + cid)
        ids.add(cid)
        if c["kind"] == "negative" and c["spans"]:
            errs.append(cid + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(cid + ": positive without spans")
        by_type = {}
        prev = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s: bad type %s" % (cid, s["type"]))
                continue
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append(cid + ": turn out of range")
                continue
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append(cid + ": offsets out of range")
                continue
            if (a > 0 and txt[a - 1].isalnum() and txt[a].isalnum()) or (b < len(txt) and txt[b].isalnum() and txt[b - 1].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, txt[a:b]))
            if txt[a].isspace() or txt[b - 1].isspace():
                errs.append("%s: span has edge whitespace %r" % (cid, txt[a:b]))
            key = s["turn"]
            if key in prev and a < prev[key]:
                errs.append(cid + ": overlapping spans")
            prev[key] = max(prev.get(key, 0), b)
            by_type.setdefault(s["type"], []).append(txt[a:b])
        for t, vals in by_type.items():
            if all(VALID[t](v) for v in vals):
                continue
            buf = []
            for v in vals:
                if not buf and VALID[t](v):
                    continue
                buf.append(v)
                if VALID[t](" | ".join(buf)):
                    buf = []
            if buf:
                errs.append("%s: %s value(s) fail validation: %r" % (cid, t, vals))
    return errs


def readme(cases):
    c = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# PII hold-out set 197

**Never use this set for tuning.** It is a held-out evaluation set; do not fit rules, thresholds or
models to it, and do not copy its cases into development fixtures.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the redaction code,
its tests, its docs, its benchmark, or any other PII fixture (only a three-line example of the JSONL
format). Cases are produced by `scripts/make_pii_holdout197.py` from template functions: each turn is
assembled from plain-text segments and (value, TYPE) segments so that offsets are computed, never typed.
All values come from one `random.Random(%d)`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout197.py --check` regenerates and compares, and validates ids, offsets,
word boundaries, overlaps and every labelled value (Luhn, mod-97, NI shape, digit counts, postcode /
Eircode / ZIP shape) after normalising spoken forms.

Emphasis: UK and Irish contact centres (NI numbers spoken, spelled with the phonetic alphabet, typed
with odd spacing/case/hyphens; sort codes and account numbers; UK/IE phone numbers incl. +44/+353/00353;
UK postcodes and Irish Eircodes; UK/IE street addresses; card payments by phone), plus US SSNs/ZIPs and
EU IBANs. Chat cases are typed; call cases imitate ASR output (lower case, numbers as words, "oh"/"o"/
"nought"/"zero", "double"/"triple", pairs like "forty one", letters as "b for bravo", values split over
several customer turns with agent back-channels, agent read-backs, self-corrections).

## Annotation conventions

* A span covers the value only: from its first to its last character of the value (digits, number
  words, letters, "double"/"triple", "for bravo" phonetic spellings, separators inside it, and filler
  words like "um" only if they fall inside the reading). Lead-ins ("it's", "my number is") and trailing
  chit-chat are outside.
* When a value is split across turns, each customer fragment is its own span of the same type.
* Agent read-backs of a value are labelled too.
* In a self-correction both the wrong (old) and the corrected number are labelled.
* ADDRESS covers house/flat number and street name; the postcode is a separate POSTCODE span.
  Irish Eircodes are labelled POSTCODE.
* EXPIRY covers the month/year reading; DOB the full date of birth including an ordinal "the".
* Non-PII numbers (amounts, times, reference/policy/customer/claim/booking numbers said with their
  name, meter readings and serials, tax codes, durations, ages, card "ending" last four) are never labelled;
  negatives contain only such numbers and must produce no redaction.

## Counts

Positives: %d, negatives: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    cases = build()
    data = dump(cases)
    rd = readme(cases)
    if "--check" in sys.argv[1:]:
        errs = check_cases(cases)
        if not os.path.exists(OUT) or open(OUT, encoding="utf-8").read() != data:
            errs.append("cases.jsonl differs from regenerated output (run without --check)")
        else:
            on_disk = [json.loads(l) for l in open(OUT, encoding="utf-8")]
            errs.extend(check_cases(on_disk))
        c = counts(cases)
        for t in TYPES:
            if c[t] < MINS[t]:
                errs.append("too few %s spans: %d" % (t, c[t]))
        npos = sum(1 for x in cases if x["kind"] == "positive")
        nneg = len(cases) - npos
        if npos < 170 or nneg < 100:
            errs.append("too few cases")
        print("positives %d negatives %d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, c[t]))
        for e in errs[:50]:
            print("ERROR:", e)
        print("check %s (%d problems)" % ("FAILED" if errs else "OK", len(errs)))
        sys.exit(1 if errs else 0)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(rd)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set 'pii_holdout255'.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
(one seeded random.Random).

    python scripts/make_pii_holdout255.py          # write fixture + README
    python scripts/make_pii_holdout255.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 255241126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout255")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- value makers
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "maestro"])
    if kind == "visa":
        pre, n = "4" + str(R.randint(0, 9)), 16
    elif kind == "visa13":
        pre, n = "4", 13
    elif kind == "visa19":
        pre, n = "4" + str(R.randint(0, 9)), 19
    elif kind == "mc":
        pre, n = str(R.randint(51, 55)), 16
    elif kind == "amex":
        pre, n = R.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    else:
        pre, n = R.choice(["6759", "5018"]), 16
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:8], c[8:13]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


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


def iban_check(s):
    s = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97 == 1


def make_iban():
    cc = R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if cc in ("GB", "IE"):
        bban = R.choice(["NWBK", "BOFI", "AIBK", "BARC", "ULSB"]) + "".join(str(R.randint(0, 9)) for _ in range(14))
    elif cc == "DE":
        bban = "".join(str(R.randint(0, 9)) for _ in range(18))
    elif cc == "FR":
        bban = "".join(str(R.randint(0, 9)) for _ in range(23))
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + "".join(str(R.randint(0, 9)) for _ in range(10))
    else:
        bban = "".join(str(R.randint(0, 9)) for _ in range(20))
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def digits(n, first_nonzero=True):
    s = str(R.randint(1, 9)) if first_nonzero else str(R.randint(0, 9))
    return s + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def make_phone(region):
    if region == "uk_mobile":
        return "07" + digits(9, False)
    if region == "uk_land":
        return "0" + R.choice(["20", "161", "113", "117", "121", "131", "141"]) + digits(7 if R.random() < .5 else 7, False)
    if region == "us":
        return str(R.randint(2, 9)) + digits(2, False) + str(R.randint(2, 9)) + digits(6, False)
    if region == "ie":
        return "08" + R.choice("35679") + digits(7, False)
    raise ValueError(region)


UK_POST = ["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 3HN", "EH12 9JF", "G2 8QT",
           "BS8 1TH", "NE1 4ST", "CF10 3AT", "L17 0BW", "OX4 2DU", "BT9 6AE", "SE15 5RS", "N16 8QL",
           "E14 5AB", "LE2 7PQ", "NG7 2RD", "YO31 7EP", "PL4 8AA", "S10 2TN", "RG1 3EH", "W3 9LN"]
US_ZIP = ["10027", "60614", "94110", "73301", "30318", "02139", "98103", "85004", "19103", "77006",
          "33139", "55408", "80205", "97214", "48201", "20009"]
STREETS_UK = ["Church Lane", "Victoria Road", "Mill Street", "Park Avenue", "Queens Drive", "Station Road",
              "Elm Grove", "Kingsway Close", "Ashford Crescent", "Riverside Walk", "High Street", "Hawthorn Way"]
STREETS_US = ["Maple Avenue", "Oak Street", "Sunset Boulevard", "Pine Court", "Lakeview Drive",
              "Cedar Lane", "Washington Street", "Elm Road", "Harbor Way", "Franklin Place"]
FIRST = ["james", "sarah", "mo", "aoife", "liam", "priya", "tom", "grace", "dave", "niamh", "kwame",
         "olivia", "sean", "fatima", "rachel", "ben", "chloe", "marek", "ines", "joe"]
LAST = ["murphy", "patel", "smith", "okafor", "kowalski", "byrne", "jones", "nguyen", "garcia",
        "oconnor", "walsh", "evans", "brown", "silva", "khan", "reilly"]
DOMAINS = [("gmail", "com"), ("outlook", "com"), ("yahoo", "co.uk"), ("hotmail", "co.uk"),
           ("eircom", "net"), ("icloud", "com"), ("btinternet", "com"), ("protonmail", "ch"), ("aol", "com")]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]

# ---------------------------------------------------------------- spoken forms
W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second", 23: "twenty third",
       24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth", 27: "twenty seventh",
       28: "twenty eighth", 29: "twenty ninth", 30: "thirtieth", 31: "thirty first"}


def zero_word(uk=True):
    return R.choice(["oh", "o", "nought", "zero"] if uk else ["oh", "zero", "o"])


def dw(d, uk=True, homophone=False):
    if d == "0":
        return zero_word(uk)
    if homophone and R.random() < 0.3:
        return {"2": "to", "4": "for", "8": "ate", "1": "won"}.get(d, W[int(d)])
    return W[int(d)]


def two_digit(s, uk=True):
    n = int(s)
    if s[0] == "0":
        return zero_word(uk) + " " + W[int(s[1])]
    if n < 10:
        return W[n]
    if n < 20:
        return TEENS[n - 10]
    if n % 10 == 0:
        return TENS[n // 10]
    return TENS[n // 10] + R.choice([" ", "-", " "]) + W[n % 10]


def say(s, style="digits", uk=True, homophone=False):
    """Render a digit string as an ASR transcript would write it."""
    if style == "digits":
        return " ".join(dw(c, uk, homophone) for c in s)
    if style == "runs":  # double / triple
        out, i = [], 0
        while i < len(s):
            j = i
            while j < len(s) and s[j] == s[i]:
                j += 1
            n = j - i
            if n == 3:
                out.append("triple " + dw(s[i], uk))
            elif n == 2:
                out.append("double " + dw(s[i], uk))
            elif n > 3:
                out.append("double " + dw(s[i], uk))
                j = i + 2
            else:
                out.append(dw(s[i], uk, homophone))
            i = j
        return " ".join(out)
    if style == "pairs":
        out = []
        for i in range(0, len(s) - 1, 2):
            pr = s[i:i + 2]
            out.append(say(pr, "digits", uk) if pr[1] == "0" else two_digit(pr, uk))
        if len(s) % 2:
            out.append(dw(s[-1], uk))
        return " ".join(out)
    if style == "hundreds":  # three digit chunks 'four hundred and twelve' / 'four twelve'
        out, i = [], 0
        while i < len(s):
            ch = s[i:i + 3]
            if len(ch) == 3 and ch[0] != "0":
                if ch[1:] == "00":
                    out.append(W[int(ch[0])] + " hundred")
                elif ch[1] == "0" or ch[2] == "0":
                    out.append(say(ch, "digits", uk))
                else:
                    out.append(W[int(ch[0])] + R.choice([" hundred and ", " hundred ", " "]) + two_digit(ch[1:], uk))
            else:
                out.append(say(ch, "digits", uk))
            i += 3
        return " ".join(out)
    raise ValueError(style)


def say_any(s, uk=True):
    return say(s, R.choice(["digits", "digits", "runs", "pairs", "hundreds"]), uk, homophone=R.random() < 0.2)


PHON = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "G": "golf", "H": "hotel",
        "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november", "P": "papa", "R": "romeo",
        "S": "sierra", "T": "tango", "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu",
        "F": "foxtrot", "Q": "quebec", "U": "uniform", "V": "victor", "O": "oscar", "I": "india"}
PHON2 = {"A": "apple", "B": "bob", "C": "cat", "D": "dog", "E": "edward", "H": "harry", "J": "john",
         "K": "king", "L": "london", "M": "mary", "N": "nancy", "P": "peter", "R": "robert", "S": "sugar",
         "T": "tommy", "W": "william", "Y": "yellow", "Z": "zebra", "G": "george", "X": "xmas"}
LETTER_HOMO = {"A": "ay", "B": "bee", "C": "see", "J": "jay", "K": "kay", "P": "pee", "T": "tee",
               "R": "are", "Y": "why", "E": "e", "G": "gee", "H": "aitch", "Z": "zed"}


def say_letter(ch):
    r = R.random()
    if r < 0.3:
        return ch.lower() + " for " + PHON[ch]
    if r < 0.4 and ch in PHON2:
        return ch.lower() + " as in " + PHON2[ch]
    if r < 0.55 and ch in LETTER_HOMO:
        return LETTER_HOMO[ch]
    return ch.lower()


def say_ni(ni):
    st = R.choice(["digits", "pairs", "runs"])
    mid = ni[2:8]
    if st == "pairs":
        num = " ".join(two_digit(mid[i:i + 2]) for i in (0, 2, 4))
    else:
        num = say(mid, st)
    return say_letter(ni[0]) + " " + say_letter(ni[1]) + " " + num + " " + say_letter(ni[8])


def typed_ni(ni):
    f = R.choice(["sp", "none", "lower", "dash", "sp2", "dot"])
    if f == "sp":
        return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if f == "none":
        return ni
    if f == "lower":
        return ni.lower()
    if f == "dash":
        return "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if f == "sp2":
        return "%s %s %s" % (ni[:2], ni[2:8], ni[8])
    return "%s.%s.%s.%s.%s" % (ni[:2].lower(), ni[2:4], ni[4:6], ni[6:8], ni[8].lower())


def typed_card(c):
    g = card_groups(c)
    f = R.choice(["sp", "sp", "dash", "none", "dot", "dsp", "mixed"])
    if f == "sp":
        return " ".join(g)
    if f == "dash":
        return "-".join(g)
    if f == "none":
        return c
    if f == "dot":
        return ".".join(g)
    if f == "dsp":
        return "  ".join(g)
    return g[0] + " " + "".join(g[1:3]) + "-" + "".join(g[3:]) if len(g) > 3 else " ".join(g)


def typed_ssn(s):
    f = R.choice(["dash", "dash", "sp", "none", "dot", "slash"])
    a, b, c = s[:3], s[3:5], s[5:]
    return {"dash": "%s-%s-%s", "sp": "%s %s %s", "none": "%s%s%s", "dot": "%s.%s.%s",
            "slash": "%s/%s/%s"}[f] % (a, b, c)


def say_ssn(s):
    r = R.random()
    a, b, c = s[:3], s[3:5], s[5:]
    if r < 0.35:
        return say(s, "digits", uk=False, homophone=R.random() < .3)
    if r < 0.55:
        return say(a, "digits", False) + " " + two_digit(b, False) + " " + say(c, R.choice(["pairs", "runs"]), False)
    if r < 0.75:
        return say(a, "hundreds", False) + " " + say(b, "digits", False) + " " + say(c, "pairs", False)
    return say(s, "runs", False)


def typed_phone(p, region):
    if region in ("uk_mobile",):
        return R.choice([p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], p, "(0)" + p[1:5] + "-" + p[5:],
                         "+447" + p[2:]])
    if region == "uk_land":
        return R.choice([p[:3] + " " + p[3:7] + " " + p[7:], p, "+44 " + p[1:3] + " " + p[3:]])
    if region == "us":
        return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                         "%s.%s.%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), p])
    return R.choice(["%s %s %s" % (p[:3], p[3:6], p[6:]), "+353 %s %s" % (p[1:3], p[3:]), p])


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    d, t = R.choice(DOMAINS)
    user = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l, l + "." + f[0]])
    return user, d, t


def typed_email():
    u, d, t = make_email()
    e = "%s@%s.%s" % (u, d, t)
    return e.upper() if R.random() < 0.1 else e


def spoken_email():
    u, d, t = make_email()
    parts = []
    for piece in re.split(r"([._])", u):
        if piece == ".":
            parts.append("dot")
        elif piece == "_":
            parts.append("underscore")
        elif piece:
            m = re.match(r"([a-z]+)(\d*)", piece)
            w = m.group(1)
            if len(w) == 1:
                parts.append(w)
            elif R.random() < 0.25:
                parts.append(" ".join(w))
            else:
                parts.append(w)
            if m.group(2):
                parts.append(say(m.group(2), "pairs" if len(m.group(2)) == 2 else "digits"))
    return " ".join(parts) + " at " + d + " dot " + t.replace(".", " dot ")


def say_postcode(pc):
    if pc.isdigit():
        return say(pc, R.choice(["digits", "runs"]), uk=False)
    out = []
    for ch in pc.replace(" ", ""):
        out.append(dw(ch) if ch.isdigit() else (say_letter(ch) if R.random() < .4 else ch.lower()))
    return " ".join(out)


def uk_address():
    return "%d %s" % (R.randint(1, 240), R.choice(STREETS_UK))


def us_address():
    return "%d %s" % (R.randint(10, 9800), R.choice(STREETS_US))


def spoken_address(us=False):
    n = R.randint(2, 99) if not us else R.randint(100, 4999)
    st = R.choice(STREETS_US if us else STREETS_UK).lower()
    if us and n >= 100:
        ns = say(str(n), R.choice(["pairs", "hundreds"]), uk=False)
    else:
        ns = two_digit(str(n)) if n >= 10 else W[n]
    return ns + " " + st


def make_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2004)


def year_words(y):
    if R.random() < 0.3 and y < 2000:
        return "nineteen " + two_digit(str(y)[2:])
    if y >= 2000:
        return "two thousand " + ("and " if R.random() < .5 else "") + W[y - 2000] if y < 2010 else "twenty " + two_digit(str(y)[2:])
    return "nineteen " + two_digit(str(y)[2:])


def spoken_dob():
    d, m, y = make_dob()
    f = R.random()
    if f < 0.4:
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], year_words(y))
    if f < 0.7:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], year_words(y))
    return "%s %s %s" % (two_digit("%02d" % d), two_digit("%02d" % m), year_words(y))


def typed_dob(us=False):
    d, m, y = make_dob()
    f = R.random()
    if f < 0.4:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if f < 0.6:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if f < 0.8:
        return "%d-%02d-%02d" % (y, m, d)
    return "%d.%d.%d" % (d, m, y % 100 if R.random() < .5 else y)


def expiry_pair():
    return R.randint(1, 12), R.randint(26, 33)


def typed_expiry():
    m, y = expiry_pair()
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%02d" % (m, y),
                     "%02d %02d" % (m, y)])


def spoken_expiry():
    m, y = expiry_pair()
    return R.choice(["%s %s" % (two_digit("%02d" % m), two_digit("%02d" % y)),
                     "%s twenty %s" % (MONTHS[m - 1], two_digit("%02d" % y)),
                     "%s %s" % (say("%02d" % m), say("%02d" % y)),
                     "%s slash %s" % (two_digit("%02d" % m), two_digit("%02d" % y))])


def make_cvv(n=3):
    return digits(n, False)


def sort_code():
    return digits(6, False)


def typed_sort(s):
    return R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:2], s[2:4], s[4:])


def spoken_sort(s):
    return R.choice([say(s, "digits"), " ".join(two_digit(s[i:i + 2]) for i in (0, 2, 4)), say(s, "runs")])


def acct():
    return digits(R.choice([8, 8, 8, 10, 12]), False)


# ---------------------------------------------------------------- case builder
CASE_LIST = []


def build(turns):
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
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
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans


def fill():
    return R.choice(["", "", "um ", "uh ", "er ", "erm "])


def bc():
    return R.choice(["mhm", "okay", "yep", "okay go on", "uh huh", "right", "got that", "yeah", "go ahead"])


def A(x):
    return ("agent", x)


def C(x):
    return ("customer", x)


# ---------------------------------------------------------------- positive templates
def p_card_call_one_turn():
    c = make_card()
    g = card_groups(c)
    st = R.choice(["digits", "runs", "pairs", "hundreds", "mixed"])
    if st == "mixed":
        sp = " ".join(say(x, R.choice(["digits", "pairs", "runs"])) for x in g)
    else:
        sp = say(c, st, homophone=R.random() < .3)
    ind = R.choice(["telecom", "utilities", "retail", "insurance", "travel"])
    return [A("can i take the long card number please"), C([fill() + "yeah it's ", (sp, "CARD_NUMBER"), R.choice(["", " that's it", " okay"])])], \
        "call/%s: card read in one turn, style %s" % (ind, st)


def p_card_call_split():
    c = make_card(R.choice(["visa", "mc", "amex", "disc", "visa13", "maestro"]))
    g = card_groups(c)
    turns = [A("okay i'm ready for the card number")]
    for i, grp in enumerate(g):
        pre = fill() if i else R.choice(["right ", "okay so ", "it's "])
        turns.append(C([pre, (say(grp, R.choice(["digits", "digits", "pairs", "runs"])), "CARD_NUMBER")]))
        if i < len(g) - 1:
            turns.append(A(bc()))
    return turns, "call/%s: card split over %d customer turns with back-channels" % (R.choice(["banking", "retail", "telecom"]), len(g))


def p_card_call_readback():
    c = make_card()
    sp = say(c, "digits")
    rb = say(c, R.choice(["digits", "runs"]))
    return [A("what's the card number"), C([(sp, "CARD_NUMBER")]),
            A(["okay let me read that back ", (rb, "CARD_NUMBER"), " is that right"]), C("yes that's correct")], \
        "call/insurance: card given then read back by agent"


def p_card_call_correction():
    c = make_card()
    g = card_groups(c)
    wrong = g[0][:2] + str((int(g[0][2]) + 3) % 10)
    return [A("go ahead with the card number"),
            C([say(wrong), " no sorry hang on i'll start again ", (say(c, R.choice(["digits", "runs"])), "CARD_NUMBER")]),
            A("thank you and the expiry"), C([(spoken_expiry(), "EXPIRY")])], \
        "call/retail: caller aborts a partial reading then restarts full card; expiry spoken (partial false start unlabelled)"


def p_card_call_inline_correction():
    c = make_card("visa")
    g = card_groups(c)
    turns = [A("card number please"), C([(say(g[0]) + " " + say(g[1]), "CARD_NUMBER")]), A(bc())]
    bad = str((int(g[2][0]) + 1) % 10) + g[2][1:]
    turns.append(C([say(bad), " sorry no ", (say(g[2]), "CARD_NUMBER")]))
    turns.append(A("okay"))
    turns.append(C([(" ".join(say(x) for x in g[3:]), "CARD_NUMBER")]))
    return turns, "call/telecom: card split, third group misspoken then corrected (wrong group unlabelled)"


def p_card_chat():
    c = make_card()
    t = typed_card(c)
    lead = R.choice(["hi can u take payment on card ", "Card no: ", "my card is ", "pls charge ", "card number ---> ",
                     "ok its "])
    tail = R.choice(["", " thanks", " exp ", ". cheers", " - the balance is £45.20"])
    segs = [lead, (t, "CARD_NUMBER")]
    if tail == " exp ":
        segs += [" exp ", (typed_expiry(), "EXPIRY"), " cvv ", (make_cvv(), "CVV")]
    else:
        segs.append(tail)
    return [A("Please provide the card you want to use."), C(segs)], "chat/retail: card typed '%s' format" % ("grouped" if " " in t or "-" in t else "plain")


def p_card_chat_split_msgs():
    c = make_card()
    g = card_groups(c)
    turns = [A("Sure, what's the card number?")]
    half = len(g) // 2
    turns.append(C([(" ".join(g[:half]), "CARD_NUMBER")]))
    turns.append(C([(" ".join(g[half:]), "CARD_NUMBER"), " sorry hit enter too soon"]))
    return turns, "chat/travel: card typed across two chat messages"


def p_card_chat_typo():
    c = make_card()
    g = card_groups(c)
    t = g[0] + " " + g[1] + "  " + "".join(g[2:])
    return [C(["heya, trying to pay invoice 58812 of $120.00, card = ", (t, "CARD_NUMBER"), " exp ", (typed_expiry(), "EXPIRY"),
               " and the 3 digits on back r ", (make_cvv(), "CVV")])], \
        "chat/utilities: card with irregular spacing next to invoice number and amount"


def p_card_cvv_exp_call():
    c = make_card()
    cv = make_cvv(4 if c[:2] in ("34", "37") else 3)
    return [A("card number"), C([(say(c, "digits"), "CARD_NUMBER")]), A("and the expiry date"),
            C([fill(), (spoken_expiry(), "EXPIRY")]), A("and the security code on the back"),
            C([(say(cv, R.choice(["digits", "runs"])), "CVV")])], "call/travel: card, expiry, cvv in sequence"


def p_card_amex_pairs():
    c = make_card("amex")
    g = card_groups(c)
    sp = say(g[0], "pairs") + " " + say(g[1], "hundreds") + " " + say(g[2], "digits")
    return [A("and it's an amex you said so fifteen digits"), C(["yeah ", (sp, "CARD_NUMBER")])], \
        "call/travel: amex 4-6-5 with pairs and hundreds mixed"


def p_card_two_in_turn():
    c1, c2 = make_card(), make_card()
    return [C(["first card ", (typed_card(c1), "CARD_NUMBER"), " got declined so try ", (typed_card(c2), "CARD_NUMBER")])], \
        "chat/retail: two cards in one message"


def p_ssn_call():
    s = make_ssn()
    return [A("for verification can i have your social security number"),
            C([fill() + "sure it's ", (say_ssn(s), "SSN")])], "call/healthcare billing: ssn spoken in one turn"


def p_ssn_call_split():
    s = make_ssn()
    a, b, c = s[:3], s[3:5], s[5:]
    return [A("what's your social"), C([(say(a, R.choice(["digits", "runs"]), False), "SSN")]), A(bc()),
            C([(R.choice([say(b, "digits", False), two_digit(b, False)]), "SSN")]), A(bc()),
            C([(say(c, R.choice(["digits", "pairs"]), False), "SSN")])], \
        "call/government services: ssn split 3-2-4 over turns"


def p_ssn_chat():
    s = make_ssn()
    lead = R.choice(["SSN: ", "my ssn is ", "social sec # ", "ss# ", "Social is "])
    return [A("I'll need to verify your identity."), C([lead, (typed_ssn(s), "SSN"), R.choice(["", " thx", ". DOB "])])], \
        "chat/banking: ssn typed with separator"


def p_ssn_last4_then_full():
    s = make_ssn()
    return [A("can you confirm the full social not just the last four"),
            C(["oh okay ", (say(s, R.choice(["digits", "runs"]), False), "SSN")]),
            A(["thanks i've got ", (say(s, "digits", False), "SSN")])], "call/insurance: ssn read back by agent"


def p_ssn_dob():
    s = make_ssn()
    return [A("i need your date of birth and social"),
            C(["born ", (spoken_dob(), "DOB"), " and the social is ", (say_ssn(s), "SSN")])], \
        "call/healthcare billing: dob and ssn in one turn"


def p_ssn_correction():
    s = make_ssn()
    wrong = s[:3]
    return [A("social security number"),
            C([say(wrong, "digits", False), " wait that's my wife's let me get mine ", (say_ssn(s), "SSN")])], \
        "call/banking: partial wrong number abandoned, then full ssn (partial unlabelled)"


def p_ssn_chat_typo():
    s = make_ssn()
    t = s[:3] + " - " + s[3:5] + " - " + s[5:]
    return [C(["need to update my w2 address. ssn ", (t, "SSN"), " and new address is ", (us_address(), "ADDRESS"),
               " zip ", (R.choice(US_ZIP), "POSTCODE")])], "chat/government services: ssn with spaced dashes, address and zip"


def p_ni_call():
    n = make_ni()
    return [A("and your national insurance number"), C([fill() + "yeah it's ", (say_ni(n), "NI_NUMBER")])], \
        "call/government services: NI number spoken with phonetic/homophone letters"


def p_ni_call_split():
    n = make_ni()
    return [A("can i take your national insurance number"),
            C([(say_letter(n[0]) + " " + say_letter(n[1]), "NI_NUMBER")]), A(bc()),
            C([(say(n[2:5]), "NI_NUMBER")]), A(bc()),
            C([(say(n[5:8]), "NI_NUMBER")]), A("and the letter at the end"), C(["it's ", (say_letter(n[8]), "NI_NUMBER")])], \
        "call/government services: NI number split letters / digits / suffix"


def p_ni_chat():
    n = make_ni()
    lead = R.choice(["NI no. ", "my nino is ", "National Insurance: ", "ni number ", "NINO-"])
    return [A("Could you confirm your National Insurance number?"), C([lead, (typed_ni(n), "NI_NUMBER")])], \
        "chat/government services: NI number typed"


def p_ni_readback():
    n = make_ni()
    sp = say_ni(n)
    rb = " ".join([n[0].lower(), n[1].lower(), say(n[2:8], "pairs"), n[8].lower()])
    return [C(["my n i number is ", (sp, "NI_NUMBER")]), A(["so that's ", (rb, "NI_NUMBER"), " yeah"]), C("yep spot on")], \
        "call/utilities: NI given and read back in pairs"


def p_ni_with_sort():
    n = make_ni()
    s = sort_code()
    a = digits(8, False)
    return [C(["hi, for the benefit payment. NI ", (typed_ni(n), "NI_NUMBER"), ", sort code ", (typed_sort(s), "SORT_CODE"),
               ", acc ", (a, "BANK_ACCOUNT")])], "chat/government services: NI, sort code and account in one message"


def p_ni_correction():
    n = make_ni()
    wl = "m" if n[1] != "M" else "n"
    return [A("national insurance number please"),
            C([(n[0].lower(), "NI_NUMBER"), " " + wl + " no sorry ", (n[1].lower() + " " + say(n[2:8]) + " " + n[8].lower(), "NI_NUMBER")])], \
        "call/banking: NI second letter misspoken then corrected; whole reading incl. wrong letter labelled as two spans"


def p_ni_chat_lower_nospace():
    n = make_ni()
    return [C(["hiya its about my pension, i am 67 and my nat ins is ", (n.lower()[:4] + " " + n.lower()[4:], "NI_NUMBER"),
               " ta"])], "chat/government services: NI lower case odd split, age nearby unlabelled"


def p_phone_call():
    reg = R.choice(["uk_mobile", "uk_land", "us", "ie"])
    p = make_phone(reg)
    uk = reg != "us"
    sp = say(p, R.choice(["digits", "runs", "pairs"]) if reg == "us" else R.choice(["digits", "runs"]), uk)
    return [A("best number to reach you on"), C([fill(), (sp, "PHONE")])], "call/telecom: %s phone number spoken" % reg


def p_phone_chat():
    reg = R.choice(["uk_mobile", "uk_land", "us", "ie"])
    p = make_phone(reg)
    return [C(["pls call me back on ", (typed_phone(p, reg), "PHONE"), " after 5pm"])], "chat/%s: phone typed, time nearby" % reg


def p_phone_split():
    p = make_phone("uk_mobile")
    return [A("what's your mobile"), C([(say(p[:5], "runs"), "PHONE")]), A(bc()), C([(say(p[5:], "digits"), "PHONE")])], \
        "call/utilities: uk mobile split 5/6 across turns"


def p_email_call():
    return [A("and your email address"), C([fill() + "it's ", (spoken_email(), "EMAIL")])], "call/retail: email spelled as ASR words"


def p_email_chat():
    return [C(["send the receipt to ", (typed_email(), "EMAIL"), " please, order #440912"])], "chat/retail: email typed with order number nearby"


def p_dob_call():
    return [A("can you confirm your date of birth"), C([fill(), (spoken_dob(), "DOB")])], "call/insurance: dob spoken"


def p_dob_chat():
    us = R.random() < .5
    return [A("What's your date of birth?"), C([R.choice(["", "dob ", "born "]), (typed_dob(us), "DOB")])], "chat/healthcare billing: dob typed"


def p_address_call():
    us = R.random() < .4
    pc = R.choice(US_ZIP) if us else R.choice(UK_POST)
    return [A("and the first line of the address and postcode" if not us else "street address and zip"),
            C([(spoken_address(us), "ADDRESS"), " and it's ", (say_postcode(pc), "POSTCODE")])], \
        "call/utilities: address and %s spoken" % ("zip" if us else "postcode")


def p_address_chat():
    us = R.random() < .4
    ad = us_address() if us else uk_address()
    pc = R.choice(US_ZIP) if us else R.choice(UK_POST)
    if not us and R.random() < .3:
        pc = pc.replace(" ", "").lower()
    return [C(["moving house on the 3rd, new addr is ", (ad, "ADDRESS"), ", ", (pc, "POSTCODE")])], \
        "chat/telecom: address and postcode typed, move date unlabelled"


def p_bank_call():
    s, a = sort_code(), digits(8, False)
    return [A("sort code and account number for the direct debit"),
            C([(spoken_sort(s), "SORT_CODE")]), A(bc()), C(["account is ", (say(a, R.choice(["digits", "runs", "pairs"])), "BANK_ACCOUNT")])], \
        "call/utilities: sort code and account spoken"


def p_bank_us():
    a = acct()
    rt = "0" + digits(8, False)
    return [A("what's the checking account number"), C(["routing is ", rt, " and account ", (a, "BANK_ACCOUNT")])], \
        "chat/banking: us account with routing number (routing unlabelled, not in type list)"


def p_iban_chat():
    ib = make_iban()
    t = R.choice([ib, " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib.lower()])
    return [C(["refund to my iban ", (t, "IBAN"), " pls, amount €230"])], "chat/travel: IBAN typed, refund amount unlabelled"


def p_iban_call():
    ib = make_iban()
    parts = [say_letter(ib[0]), say_letter(ib[1])] + [dw(ch) if ch.isdigit() else ch.lower() for ch in ib[2:]]
    return [A("can you read me the iban"), C([(" ".join(parts), "IBAN")])], "call/banking: IBAN spoken char by char"


def p_cvv_exp_chat():
    return [A("expiry and CVV please"), C([(typed_expiry(), "EXPIRY"), " / ", (make_cvv(), "CVV")])], "chat/retail: expiry and cvv"


def p_mixed_flow():
    c = make_card()
    return [A("thanks for calling can i take your postcode"), C([(say_postcode(R.choice(UK_POST)), "POSTCODE")]),
            A("and the phone number on the account"), C([(say(make_phone("uk_mobile"), "runs"), "PHONE")]),
            A("great the bill is forty two pounds fifty do you want to pay by card"),
            C(["yeah go on ", (say(c, "digits"), "CARD_NUMBER"), " expires ", (spoken_expiry(), "EXPIRY")])], \
        "call/telecom: postcode, phone, card, expiry with bill amount unlabelled"


POS = [p_card_call_one_turn, p_card_call_split, p_card_call_readback, p_card_call_correction, p_card_call_inline_correction,
       p_card_chat, p_card_chat_split_msgs, p_card_chat_typo, p_card_cvv_exp_call, p_card_amex_pairs, p_card_two_in_turn,
       p_ssn_call, p_ssn_call_split, p_ssn_chat, p_ssn_last4_then_full, p_ssn_dob, p_ssn_correction, p_ssn_chat_typo,
       p_ni_call, p_ni_call_split, p_ni_chat, p_ni_readback, p_ni_with_sort, p_ni_correction, p_ni_chat_lower_nospace,
       p_phone_call, p_phone_chat, p_phone_split, p_email_call, p_email_chat, p_dob_call, p_dob_chat, p_address_call,
       p_address_chat, p_bank_call, p_bank_us, p_iban_chat, p_iban_call, p_cvv_exp_chat, p_mixed_flow]


# ---------------------------------------------------------------- negative templates
def n_amount():
    a, b = R.randint(11, 999), R.randint(10, 99)
    return [A("your balance is %s pounds %s" % (say(str(a), "hundreds"), two_digit(str(b)))), C("okay and when's that due")], \
        "call/utilities: spoken balance amount"


def n_order_ref():
    n = digits(R.choice([7, 8, 9, 10]))
    return [C(["order number ", n, " hasn't arrived"])], "chat/retail: order number with reference word"


def n_order_ref_spoken():
    n = digits(R.choice([6, 7, 8]))
    return [A("have you got the reference number"), C("yeah it's reference " + say(n, "digits"))], "call/retail: spoken reference number"


def n_flight():
    return [C("my flight %s%d on the %s was cancelled" % (R.choice(["EI", "BA", "FR", "UA"]), R.randint(100, 9999), ORD[R.randint(1, 28)]))], \
        "chat/travel: flight number and travel date"


def n_appt():
    return [A("i can book you in on %s the %s at %s thirty" % (R.choice(["monday", "tuesday", "friday"]), ORD[R.randint(1, 28)], W[R.randint(1, 9)])),
            C("perfect that works")], "call/healthcare billing: appointment date and time"


def n_meter():
    r = digits(5)
    return [C("meter reading is %s as of today" % r)], "chat/utilities: meter reading"


def n_meter_spoken():
    r = digits(5)
    return [A("what's the reading on the meter"), C(say(r, "digits"))], "call/utilities: spoken meter reading in context"


def n_claim():
    return [A("your claim number is %s" % say(digits(8), "digits")), C("thanks i'll write it down")], "call/insurance: claim number read by agent"


def n_ticket():
    return [C("ticket #%d still open after %d days" % (R.randint(100000, 9999999), R.randint(2, 40)))], "chat/telecom: ticket number and duration"


def n_year_contract():
    return [A("your contract started in %s and runs for twenty four months" % year_words(R.randint(2019, 2025))), C("right")], \
        "call/telecom: contract year and duration"


def n_speed():
    return [C("paying for %d mbps getting %d.%d" % (R.choice([100, 500, 900]), R.randint(3, 80), R.randint(1, 9)))], "chat/telecom: speeds"


def n_percent():
    return [A("that's a %s percent discount on the next %s bills" % (two_digit(str(R.randint(10, 50))), W[R.randint(2, 9)])), C("brilliant")], \
        "call/retail: percentage and count"


def n_model():
    return [C("my router model is %s-%d and firmware %d.%d.%d" % (R.choice(["TG", "HH", "VMG"]), R.randint(1000, 9999), R.randint(1, 9), R.randint(0, 20), R.randint(0, 99)))], \
        "chat/telecom: model and firmware numbers"


def n_room():
    return [C("i'm in room %d checking out at %d am" % (R.randint(100, 999), R.randint(6, 11)))], "chat/travel: room number and time"


def n_age_temp():
    return [C("my daughter is %s and she's had a temperature of thirty eight point %s" % (W[R.randint(2, 9)], W[R.randint(1, 9)]))], \
        "call/healthcare billing: age and temperature"


def n_payment_date():
    return [A("the payment of %s%d.%02d will go out on the %s of %s" % (R.choice(["£", "$", "€"]), R.randint(10, 900), R.randint(0, 99), ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)])),
            C("ok")], "chat/banking: payment date and amount"


def n_quantity():
    return [C("i ordered %s boxes but got %s" % (W[R.randint(3, 9)], W[R.randint(1, 2)]))], "call/retail: quantities"


def n_duration():
    return [C("i've been on hold for %s minutes and this is my %s call" % (two_digit(str(R.randint(20, 59))), ORD[R.randint(2, 5)]))], \
        "call/telecom: duration and ordinal"


def n_invoice_spoken_pairs():
    n = digits(6)
    return [A("which invoice is it"), C("invoice " + say(n, "pairs"))], "call/utilities: invoice number in pairs with reference word"


def n_price_list():
    return [C("the 2 for £%d deal, 3x £%d.99 and delivery £%d.50 = £%d.47" % (R.randint(5, 20), R.randint(2, 30), R.randint(2, 6), R.randint(20, 99)))], \
        "chat/retail: prices and counts"


def n_last4():
    return [A("is that the card ending in the last digits you gave me earlier"), C("yes the one ending in the visa")], \
        "call/banking: talk about a card without any digits"


def n_time_range():
    return [A("engineer will come between %s and %s on %s" % (W[R.randint(7, 9)], "twelve", R.choice(["the fourteenth", "thursday"]))),
            C("is that am")], "call/utilities: time slot"


def n_balance_typed():
    return [A("Your current balance is $%d,%03d.%02d and minimum payment $%d.00" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99), R.randint(25, 300)))], \
        "chat/banking: account balance and minimum payment"


def n_birth_year_age():
    return [C("i'm %s years old so do i qualify for the over sixties rate" % two_digit(str(R.randint(60, 85))))], "call/insurance: age only"


def n_policy():
    return [C("policy number %s%d, renewal on %d/%02d/2027" % (R.choice(["POL", "HX", "CAR"]), R.randint(100000, 9999999), R.randint(1, 28), R.randint(1, 12)))], \
        "chat/insurance: policy number and renewal date"


def n_data_usage():
    return [A("you've used %s point %s gigabytes of your %s gig allowance" % (two_digit(str(R.randint(10, 99))), W[R.randint(1, 9)], two_digit(str(R.choice([30, 50, 80]))))), C("wow")], \
        "call/telecom: data usage"


def n_tracking():
    return [C("tracking says parcel %s is at depot %d since %d:%02d" % (digits(10), R.randint(1, 99), R.randint(1, 12), R.randint(0, 59)))], \
        "chat/retail: 10-digit tracking number with reference word, times"


def n_spoken_reference_long():
    n = digits(9)
    return [A("and your booking reference"), C("booking reference is " + say(n, "runs")), A("thanks i've found the booking")], \
        "call/travel: booking reference with doubles"


NEG = [n_amount, n_order_ref, n_order_ref_spoken, n_flight, n_appt, n_meter, n_meter_spoken, n_claim, n_ticket,
       n_year_contract, n_speed, n_percent, n_model, n_room, n_age_temp, n_payment_date, n_quantity, n_duration,
       n_invoice_spoken_pairs, n_price_list, n_last4, n_time_range, n_balance_typed, n_birth_year_age, n_policy,
       n_data_usage, n_tracking, n_spoken_reference_long]

N_POS, N_NEG = 240, 112


def generate():
    cases = []
    for i in range(N_POS):
        t = POS[i % len(POS)]
        turns, note = t()
        tt, sp = build(turns)
        cases.append({"id": "h255-pos-%03d" % (i + 1), "kind": "positive", "turns": tt, "spans": sp, "note": note})
    for i in range(N_NEG):
        t = NEG[i % len(NEG)]
        turns, note = t()
        tt, sp = build(turns)
        cases.append({"id": "h255-neg-%03d" % (i + 1), "kind": "negative", "turns": tt, "spans": [], "note": note})
    return cases


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# ---------------------------------------------------------------- normaliser / validators
NUMW = {w: str(i) for i, w in enumerate(W)}
NUMW.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "to": "2", "too": "2", "for": "4", "ate": "8", "won": "1"})
TEENW = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENW = {w: str(i) for i, w in enumerate(TENS) if w}
LETW = {v: k for k, v in LETTER_HOMO.items()}
PHONW = set(PHON.values()) | set(PHON2.values())
FILLERS = {"um", "uh", "er", "erm", "and", "sorry", "no", "dash", "slash", "space", "hyphen", "then"}


def normalise(text):
    """Spoken/typed value -> uppercase alphanumeric string."""
    if re.search(r"\d", text):
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = re.findall(r"[A-Za-z]+|\d+", text.replace("x-ray", "xray"))
    toks = [t.lower() for t in toks]
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nxt in NUMW:
            out.append(NUMW[nxt] * (2 if t == "double" else 3))
            i += 1
        elif t == "for" and out and out[-1].isalpha() and nxt in PHONW | {"xray"}:
            i += 1
        elif t == "as" and nxt == "in":
            i += 2
        elif t in TEENW:
            out.append(TEENW[t])
        elif t in TENW:
            if nxt in NUMW and nxt not in ("oh", "o", "nought", "zero", "to", "too", "for") and NUMW[nxt] != "0":
                out.append(TENW[t] + NUMW[nxt])
                i += 1
            else:
                out.append(TENW[t] + "0")
        elif t == "hundred":
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            n2 = toks[j] if j < len(toks) else None
            if n2 in TEENW or n2 in TENW:
                pass
            elif n2 in NUMW and j > i + 1:
                out.append("0")
            else:
                out.append("00")
        elif t in NUMW and t not in ("o",):
            out.append(NUMW[t])
        elif t == "o":
            out.append("0")
        elif t in LETW:
            out.append(LETW[t])
        elif len(t) == 1:
            out.append(t.upper())
        elif t in FILLERS:
            pass
        else:
            out.append("?" + t)
        i += 1
    return "".join(out).upper()


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9._]+@[a-z0-9]+(\.[a-z]{2,})+$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
STREET_WORDS = ("lane", "road", "street", "avenue", "drive", "grove", "close", "crescent", "walk", "way",
                "boulevard", "court", "place")


def complete(typ, v):
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(v))
    if typ == "PHONE":
        return v.isdigit() and len(v) >= 10
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 8 <= len(v) <= 12
    if typ == "IBAN":
        return 15 <= len(v) <= 34 and v[:2].isalpha() and v.isalnum() and iban_check(v)
    return None


def validate_single(typ, raw):
    if typ == "EMAIL":
        e = raw.lower()
        if "@" not in e:
            e = re.sub(r"\s+underscore\s+", "_", e)
            e = re.sub(r"\s+at\s+", "@", e)
            e = re.sub(r"\s+dot\s+", ".", e)
            e = re.sub(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|oh|zero)\b",
                       lambda m: "9", e)
            e = re.sub(r"(?<=\w) (?=\w)", "", e).replace("-", "")
        return bool(EMAIL_RE.match(e))
    v = normalise(raw)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "EXPIRY":
        return any(m in raw.lower() for m in MONTHS) or (v.isdigit() and 3 <= len(v) <= 6)
    if typ == "DOB":
        return any(m in raw.lower() for m in MONTHS) or re.search(r"(19|20)\d\d|\d\d$", v) is not None
    if typ == "POSTCODE":
        return bool(UK_PC.match(v)) or (v.isdigit() and len(v) in (5, 9))
    if typ == "ADDRESS":
        return any(raw.lower().endswith(s) for s in STREET_WORDS) and re.match(r"^\S", raw) is not None
    return False


def check(text):
    problems = []
    lines = text.splitlines()
    ids = set()
    npos = nneg = 0
    counts = {t: 0 for t in TYPES}
    for ln, line in enumerate(lines, 1):
        try:
            c = json.loads(line)
        except Exception as e:
            problems.append("line %d: bad json %s" % (ln, e))
            continue
        cid = c.get("id")
        if cid in ids:
            problems.append("%s: duplicate id" % cid)
        ids.add(cid)
        if c["kind"] == "positive":
            npos += 1
            if not c["spans"]:
                problems.append("%s: positive without spans" % cid)
        elif c["kind"] == "negative":
            nneg += 1
            if c["spans"]:
                problems.append("%s: negative with spans" % cid)
        else:
            problems.append("%s: bad kind" % cid)
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                problems.append("%s: bad speaker" % cid)
        prev = {}
        acc = {}
        for s in c["spans"]:
            typ = s["type"]
            if typ not in counts:
                problems.append("%s: bad type %s" % (cid, typ))
                continue
            counts[typ] += 1
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append("%s: bad turn" % cid)
                continue
            tx = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(tx)):
                problems.append("%s: offsets out of range" % cid)
                continue
            if (st > 0 and tx[st - 1].isalnum() and tx[st].isalnum()) or (en < len(tx) and tx[en - 1].isalnum() and tx[en].isalnum()):
                problems.append("%s: span not on word boundary %r" % (cid, tx[st:en]))
            if tx[st:en] != tx[st:en].strip():
                problems.append("%s: span has outer whitespace" % cid)
            for (pst, pen) in prev.get(s["turn"], []):
                if st < pen and pst < en:
                    problems.append("%s: overlapping spans" % cid)
            prev.setdefault(s["turn"], []).append((st, en))
            raw = tx[st:en]
            if typ in ("CARD_NUMBER", "SSN", "NI_NUMBER", "PHONE", "SORT_CODE", "BANK_ACCOUNT", "IBAN"):
                v = normalise(raw)
                if "?" in v:
                    problems.append("%s: %s unparsed %r -> %s" % (cid, typ, raw, v))
                    continue
                acc[typ] = acc.get(typ, "") + v
                ok = complete(typ, acc[typ])
                if ok:
                    acc[typ] = ""
            else:
                if not validate_single(typ, raw):
                    problems.append("%s: invalid %s %r" % (cid, typ, raw))
        for typ, rest in acc.items():
            if rest:
                problems.append("%s: incomplete/invalid %s value %r" % (cid, typ, rest))
    return problems, npos, nneg, counts


def readme(npos, nneg, counts):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# pii_holdout255 - held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data it was not
developed against. Do not add these cases to training/regression tests, and do not change the
redactor in response to individual failures here.

## Who wrote it and how

Written by an AI helper acting as an independent author who did **not** see the redaction code,
its tests, its documentation or other evaluation sets (only a 3-line JSONL format example).
Cases are produced by `scripts/make_pii_holdout255.py` from template functions: every turn is
assembled from plain-text segments and (value, TYPE) segments, so span offsets are computed,
never typed by hand. All values come from one `random.Random(%d)`; the output is byte-for-byte
reproducible. `python scripts/make_pii_holdout255.py --check` regenerates, compares, and verifies
ids, offsets, word boundaries, non-overlap, and the values themselves after normalising spoken
forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes,
digit counts for CVV/phone/account, UK postcode / US ZIP shapes).

Emphasis: adversarial CARD_NUMBER, NI_NUMBER and SSN forms - digit-by-digit ASR words with
"oh"/"o"/"nought"/"zero", homophones ("to", "for", "ate", "won"; letters "see", "bee", "jay"...),
"double"/"triple", pairs ("forty one eleven"), hundreds ("four hundred and twelve"), phonetic
letters ("c for charlie", "b as in bob"), values split across customer turns with agent
back-channels, agent read-backs, self-corrections, typed forms with spaces, dashes, dots,
slashes, irregular spacing, lower case, two values in one message.

## Annotation conventions

* A span covers exactly the value as said/typed: from the first character of the first
  digit/letter word to the end of the last one, including internal separators, filler words
  inside the reading and phonetic expansions ("j for juliet") and "double"/"triple".
  Lead-ins ("it's", "my card is", "SSN:") are outside the span.
* A value split over several turns gets one span per turn (each fragment labelled with the
  value's type). Agent read-backs are labelled too.
* Self-corrections: a false start that is abandoned (partial digits, then "sorry I'll start
  again") is NOT labelled; only the full value is. For a one-letter NI correction the wrong
  letter and the "no sorry" are outside the spans (two spans: first letter, then the rest).
* EXPIRY and CVV are labelled only where the context makes them card data; DOB only where it is
  a date of birth. Addresses: house number + street name. POSTCODE: UK postcode or US ZIP.
* Non-PII numbers (amounts, order/invoice/ticket/claim/policy references, routing numbers,
  times, dates, ages, years, model numbers, meter readings) are never labelled.
* Negative cases contain no PII at all; anything redacted in them is a false positive.

## Counts

Positive cases: %d, negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    text = dump(generate())
    problems, npos, nneg, counts = check(text)
    if npos < 170 or nneg < 100:
        problems.append("too few cases")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            problems.append("type %s has only %d spans" % (t, counts[t]))
    rd = readme(npos, nneg, counts)
    if "--check" in sys.argv:
        for path, want in ((CASES, text), (README, rd)):
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != want:
                        problems.append("%s differs from regenerated output" % path)
            except OSError as e:
                problems.append("cannot read %s: %s" % (path, e))
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("positives=%d negatives=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    for p in problems[:60]:
        print("PROBLEM:", p)
    if problems:
        print("FAILED: %d problem(s)" % len(problems))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

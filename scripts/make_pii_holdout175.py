#!/usr/bin/env python3
"""Generate the held-out PII evaluation set h175 (tests/fixtures/pii_holdout175).

Standard library only.  `--check` regenerates and verifies the fixture.
Every value comes from one seeded random.Random(175241125); offsets are
computed from (value, TYPE) segments, never typed by hand.
"""
import json
import os
import re
import sys
import random

SEED = 175241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout175")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}


def ordinal(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def zero_word():
    return R.choice(["zero", "oh", "o", "oh", "nought", "zero"])


def dw(d, zero=None):
    if d == "0":
        return zero or zero_word()
    return UNITS[int(d)]


def say_digits(s, doubles=True, filler=0.0):
    """digit by digit, with optional double/triple and fillers."""
    out = []
    z = zero_word()
    i = 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        if doubles and run == 3 and R.random() < 0.7:
            out.append("triple " + dw(d, z))
            i += 3
        elif doubles and run >= 2 and R.random() < 0.7:
            out.append("double " + dw(d, z))
            i += 2
        else:
            out.append(dw(d, z))
            i += 1
        if filler and i < len(s) and R.random() < filler:
            out.append(R.choice(["um", "uh", "er", "erm"]))
    return " ".join(out)


def say_pair(p):
    a, b = p[0], p[1]
    if a == "0":
        return zero_word() + " " + UNITS[int(b)] if b != "0" else "double " + zero_word()
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + UNITS[int(b)]


def say_pairs(s):
    """pairs: 4111 -> forty one eleven; odd leading digit said alone."""
    out = []
    if len(s) % 2:
        out.append(dw(s[0]))
        s = s[1:]
    for i in range(0, len(s), 2):
        out.append(say_pair(s[i:i + 2]))
    return " ".join(out)


def say_group4(g):
    """a four digit group the way people say years / hundreds."""
    if g[2:] == "00" and g[0] != "0" and g[1] != "0" and R.random() < 0.6:
        return say_pair(g[:2]) + " hundred"
    if g[0] != "0":
        return say_pair(g[:2]) + " " + say_pair(g[2:])
    return say_digits(g)


def say_mixed(s, groups):
    """speak in groups, each group with a random style."""
    parts = []
    pos = 0
    for n in groups:
        g = s[pos:pos + n]
        pos += n
        st = R.random()
        nxt_nonzero = pos < len(s) and s[pos] != "0"
        if n == 4 and st < 0.35:
            part = say_group4(g)
        elif n % 2 == 0 and st < 0.55 and g[0] != "0":
            part = say_pairs(g)
        else:
            part = say_digits(g)
        if nxt_nonzero and part.split()[-1] in TENS[2:]:
            part = say_digits(g)  # "forty" + "one" would read as 41
        parts.append(part)
    return parts


LETTER_SAY = {"A": ["a", "ay"], "B": ["b", "bee"], "C": ["c", "see", "sea"], "D": ["d", "dee"],
              "E": ["e"], "G": ["g", "gee"], "H": ["h", "aitch"], "J": ["j", "jay"],
              "K": ["k", "kay"], "L": ["l", "el"], "M": ["m", "em"], "N": ["n", "en"],
              "P": ["p", "pee"], "R": ["r", "are"], "S": ["s", "ess"], "T": ["t", "tee"],
              "X": ["x", "ex"], "Y": ["y", "why"], "Z": ["z", "zed"]}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "G": "golf",
        "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november",
        "P": "papa", "R": "romeo", "S": "sierra", "T": "tango", "X": "xray", "Y": "yankee",
        "Z": "zulu"}
PHON = {"B": "boy", "C": "charlie", "D": "david", "S": "sugar", "T": "tommy", "P": "peter",
        "A": "apple", "M": "mother", "N": "nellie", "J": "john", "K": "king", "H": "harry",
        "R": "robert", "L": "london", "G": "george", "E": "edward", "Y": "yellow", "Z": "zebra",
        "X": "xray"}


def say_letter(c, mode):
    if mode == "nato":
        return c.lower() + " for " + NATO[c]
    if mode == "asin":
        return c.lower() + " as in " + PHON[c]
    if mode == "homo":
        return R.choice(LETTER_SAY[c])
    return c.lower()


# ---------------------------------------------------------------- value generators
def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "mc2"])
    if kind == "visa":
        pre, n = "4" + str(R.randint(0, 9)), 16
    elif kind == "visa13":
        pre, n = "4", 13
    elif kind == "visa19":
        pre, n = "4", 19
    elif kind == "mc":
        pre, n = "5" + str(R.randint(1, 5)), 16
    elif kind == "mc2":
        pre, n = "22" + str(R.randint(21, 70)), 16
    elif kind == "amex":
        pre, n = R.choice(["34", "37"]), 15
    else:
        pre, n = "6011", 16
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(s):
    if len(s) == 15:
        return [4, 6, 5]
    if len(s) == 13:
        return [4, 3, 3, 3]
    if len(s) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def split(s, groups):
    out, p = [], 0
    for g in groups:
        out.append(s[p:p + g])
        p += g
    return out


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTXYZ"


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban():
    cc = R.choice(["GB", "IE", "DE", "NL", "GB", "IE"])
    dig = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if cc == "GB":
        bban = R.choice(["BARC", "HBUK", "MIDL", "NAIA"]) + dig(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "IPBS", "BARC"]) + dig(14)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "KNAB"]) + dig(10)
    else:
        bban = dig(18)
    return cc + iban_check(cc, bban) + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def dig(n, first_nonzero=True):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def make_uk_postcode():
    area = R.choice(["CB", "NE", "M", "B", "LS", "EH", "G", "CF", "BS", "N", "E", "SE", "NG", "L", "BT", "KY", "PR", "TS"])
    out = area + str(R.randint(1, 20 if len(area) == 1 else 9))
    if R.random() < 0.12 and len(area) == 2:
        out = area + str(R.randint(1, 9)) + R.choice("ABEHMNPRX")
    inward = str(R.randint(0, 9)) + R.choice("ABDEHJLNPRSTXYZ") + R.choice("ABDEHJLNPRSTXYZ")
    return out, inward


STREETS = ["Elm", "Oak", "Maple", "Church", "Station", "Victoria", "Park", "Mill", "Kingsway",
           "Beech", "Cedar", "Hillside", "Grange", "Willow", "Riverside", "Chestnut", "Lincoln",
           "Washington", "Sunset", "Highfield", "Orchard", "Ashgrove", "Main", "Pine"]
SUFFIX = ["Street", "Road", "Avenue", "Lane", "Drive", "Close", "Crescent", "Way", "Court", "Terrace", "Boulevard", "Place"]
FIRST = ["john", "sarah", "michael", "aoife", "priya", "david", "emma", "liam", "chloe", "tom",
         "niamh", "james", "fatima", "oliver", "grace", "marek", "sofia", "kevin", "rachel", "dan"]
LAST = ["smith", "murphy", "patel", "jones", "obrien", "kowalski", "brown", "walsh", "nguyen",
        "taylor", "kelly", "garcia", "evans", "byrne", "hughes", "martin", "clarke", "reid"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "proton.me", "live.ie"]

# ---------------------------------------------------------------- case builder
def seg_turn(segs):
    text, spans = "", []
    for s in segs:
        if isinstance(s, tuple):
            v, t = s
            spans.append((len(text), len(text) + len(v), t))
            text += v
        else:
            text += s
    return text, spans


def build(turns, note):
    out_turns, out_spans = [], []
    for i, (spk, segs) in enumerate(turns):
        if isinstance(segs, str):
            segs = [segs]
        text, sp = seg_turn(segs)
        out_turns.append({"speaker": spk, "text": text})
        for a, b, t in sp:
            out_spans.append({"turn": i, "start": a, "end": b, "type": t})
    return out_turns, out_spans, note


A, C = "agent", "customer"

INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
              "healthcare billing", "government services"]


def ind():
    return R.choice(INDUSTRIES)


def bc():
    return R.choice(["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "right", "yes", "got that"])


# ---------- typed value renderers
def card_typed(c):
    g = split(c, card_groups(c))
    st = R.choice(["space", "dash", "none", "dot", "space", "mixed", "slash"])
    if st == "space":
        return " ".join(g)
    if st == "dash":
        return "-".join(g)
    if st == "dot":
        return ".".join(g)
    if st == "slash":
        return "/".join(g)
    if st == "mixed":
        return g[0] + " " + "-".join(g[1:])
    return c


def card_spoken_parts(c):
    g = card_groups(c)
    return say_mixed(c, g)


def ssn_typed(s):
    st = R.choice(["dash", "space", "none", "dot", "dash", "mixedsp"])
    a, b, c = s[:3], s[3:5], s[5:]
    if st == "dash":
        return "%s-%s-%s" % (a, b, c)
    if st == "space":
        return "%s %s %s" % (a, b, c)
    if st == "dot":
        return "%s.%s.%s" % (a, b, c)
    if st == "mixedsp":
        return "%s - %s - %s" % (a, b, c)
    return s


def ssn_spoken_parts(s):
    a, b, c = s[:3], s[3:5], s[5:]
    parts = []
    st = R.random()
    if st < 0.4:
        parts = [say_digits(a), say_digits(b), say_digits(c)]
    elif st < 0.7:
        parts = [say_digits(a), say_pairs(b) if b[0] != "0" else say_digits(b), say_group4(c)]
    else:
        if a[0] != "0" and a[1:] != "00" and R.random() < 0.5:
            pa = UNITS[int(a[0])] + " hundred " + ("and " if R.random() < 0.5 else "") + (say_pair(a[1:]) if a[1] != "0" else zero_word() + " " + UNITS[int(a[2])] if a[2] != "0" else "")
            if a[1:] == "00":
                pa = UNITS[int(a[0])] + " hundred"
            pa = pa.strip()
        else:
            pa = say_digits(a)
        if pa.split()[-1] in TENS[2:] and b[0] != "0":
            pa = say_digits(a)
        parts = [pa, say_digits(b, doubles=False), say_pairs(c)]
    return parts


def ni_typed(n):
    st = R.choice(["spaced", "compact", "lower", "dash", "spaced", "partial"])
    if st == "spaced":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if st == "compact":
        return n
    if st == "lower":
        return n.lower()
    if st == "dash":
        return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    return "%s %s %s" % (n[:2], n[2:8], n[8])


def ni_spoken(n, mode=None):
    mode = mode or R.choice(["plain", "nato", "homo", "asin", "plain", "nato"])
    l1 = say_letter(n[0], mode)
    l2 = say_letter(n[1], mode)
    digits = n[2:8]
    st = R.random()
    if st < 0.4:
        d = say_digits(digits)
    elif st < 0.75 and digits[0] != "0":
        d = say_pairs(digits)
    else:
        d = say_digits(digits[:3], doubles=False) + " " + say_digits(digits[3:], doubles=False)
    suf = say_letter(n[8], mode if mode != "plain" else R.choice(["plain", "homo"]))
    return [l1 + " " + l2, d, suf]


def phone_value(country):
    if country == "UK":
        st = R.choice(["mob", "ldn", "geo"])
        if st == "mob":
            num = "07" + dig(9, False)
            disp = [num[:5] + " " + num[5:], num, "+44 " + num[1:5] + " " + num[5:], "+447" + num[2:]]
            grp = [5, 3, 3]
        elif st == "ldn":
            num = "020" + R.choice("378") + dig(7, False)
            disp = [num[:3] + " " + num[3:7] + " " + num[7:], "(020) " + num[3:7] + " " + num[7:], "+44 20 " + num[3:7] + " " + num[7:]]
            grp = [3, 4, 4]
        else:
            num = "01" + dig(9, False)
            disp = [num[:5] + " " + num[5:], num[:4] + "-" + num[4:7] + "-" + num[7:]]
            grp = [5, 6]
    elif country == "US":
        num = str(R.randint(2, 9)) + dig(2, False) + str(R.randint(2, 9)) + dig(6, False)
        disp = ["(%s) %s-%s" % (num[:3], num[3:6], num[6:]), "%s-%s-%s" % (num[:3], num[3:6], num[6:]),
                "%s.%s.%s" % (num[:3], num[3:6], num[6:]), "+1 %s %s %s" % (num[:3], num[3:6], num[6:]),
                "1-%s-%s-%s" % (num[:3], num[3:6], num[6:])]
        grp = [3, 3, 4]
    else:
        num = "08" + R.choice("35679") + dig(7, False)
        disp = [num[:3] + " " + num[3:6] + " " + num[6:], "+353 " + num[1:3] + " " + num[3:6] + " " + num[6:], num]
        grp = [3, 3, 4]
    return num, R.choice(disp), grp


def email_value():
    f, l = R.choice(FIRST), R.choice(LAST)
    num = str(R.randint(1, 99)) if R.random() < 0.5 else ""
    sep = R.choice([".", "_", "", "."])
    user = R.choice([f + sep + l + num, f[0] + sep + l + num, f + l[0] + num, l + sep + f])
    dom = R.choice(DOMAINS)
    return user, dom


def email_spoken(user, dom):
    def sp(x):
        x = x.replace(".", " dot ").replace("_", " underscore ")
        x = re.sub(r"(\d+)", lambda m: " " + say_digits(m.group(1), doubles=False) + " ", x)
        return re.sub(r"\s+", " ", x).strip()
    return sp(user) + " at " + sp(dom)


def dob_value():
    y = R.randint(1941, 2005)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def dob_typed(y, m, d):
    st = R.choice(["dmy", "mdy", "long", "iso", "dmy2", "longus"])
    if st == "dmy":
        return "%02d/%02d/%d" % (d, m, y)
    if st == "mdy":
        return "%d/%d/%d" % (m, d, y)
    if st == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if st == "dmy2":
        return "%02d.%02d.%02d" % (d, m, y % 100)
    if st == "long":
        sfx = "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return "%d%s %s %d" % (d, sfx, MONTHS[m - 1].capitalize(), y)
    return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)


def year_spoken(y):
    if y >= 2000:
        return R.choice(["two thousand and " + (UNITS[y % 100] if y % 100 < 10 else say_pair(str(y % 100))),
                         "two thousand " + (UNITS[y % 100] if y % 100 < 10 else say_pair(str(y % 100)))]) if y % 100 else "two thousand"
    return say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])


def dob_spoken(y, m, d):
    st = R.choice(["the_of", "month_ord", "digits", "the_of_short"])
    if st == "the_of":
        return "the " + ordinal(d) + " of " + MONTHS[m - 1] + " " + year_spoken(y)
    if st == "month_ord":
        return MONTHS[m - 1] + " " + ordinal(d) + " " + year_spoken(y)
    if st == "the_of_short":
        return ordinal(d) + " of " + MONTHS[m - 1] + " " + say_pair("%02d" % (y % 100)) if y < 2000 else ordinal(d) + " " + MONTHS[m - 1] + " " + year_spoken(y)
    return say_digits("%02d" % d, doubles=False) + " " + say_digits("%02d" % m, doubles=False) + " " + year_spoken(y)


def address_value():
    n = R.randint(1, 240)
    st = R.choice(STREETS) + " " + R.choice(SUFFIX)
    return n, st


def address_spoken(n, st):
    if n < 10:
        ns = UNITS[n]
    elif n < 100:
        ns = say_pair(str(n))
    else:
        ns = UNITS[n // 100] + " " + (say_pair("%02d" % (n % 100)) if n % 100 >= 10 else (zero_word() + " " + UNITS[n % 10] if n % 10 else "hundred"))
    return ns + " " + st.lower()


def postcode_spoken(out, inward):
    def sp(x):
        toks = []
        for ch in x:
            if ch.isdigit():
                toks.append(UNITS[int(ch)] if ch != "0" else R.choice(["zero", "oh", "nought"]))
            else:
                toks.append(say_letter(ch, R.choice(["plain", "plain", "homo"])))
        return " ".join(toks)
    return sp(out) + " " + sp(inward)


def expiry_value():
    return R.randint(1, 12), R.randint(25, 31)


def expiry_typed(m, y):
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%02d %02d" % (m, y), "%d/%02d" % (m, y)])


def expiry_spoken(m, y):
    st = R.choice(["digits", "month", "month20", "pairs"])
    if st == "digits":
        return say_digits("%02d" % m, doubles=False) + " " + say_pair("%02d" % y)
    if st == "month":
        return MONTHS[m - 1] + " " + say_pair("%02d" % y)
    if st == "month20":
        return MONTHS[m - 1] + " twenty " + say_pair("%02d" % y)
    return zero_word() + " " + UNITS[m] + " twenty " + say_pair("%02d" % y) if m < 10 else say_pair("%02d" % m) + " " + say_pair("%02d" % y)


# ---------------------------------------------------------------- positive templates
def p_card_chat():
    c = make_card()
    v = card_typed(c)
    pre = R.choice(["Hi, can I pay my bill now? card is ", "card no: ", "ok here it is ", "Long number: ",
                    "my visa is ", "its ", "Card number - ", "pls use card "])
    post = R.choice(["", " thanks", " exp next yr", ". order total was $42.99", " (the blue one)", " !!"])
    return build([(A, "What card would you like to use today?"), (C, [pre, (v, "CARD_NUMBER"), post])],
                 "chat/%s: card typed %d digits with separators" % (ind(), len(c)))


def p_card_call_one():
    c = make_card()
    parts = card_spoken_parts(c)
    return build([(A, "and the long number across the front of the card please"),
                  (C, [R.choice(["yeah it's ", "okay so ", "right it's ", "um ", "sure "]), (" ".join(parts), "CARD_NUMBER")])],
                 "call/%s: card read in one turn mixing digits, pairs and hundreds" % ind())


def p_card_call_split():
    c = make_card()
    parts = card_spoken_parts(c)
    turns = [(A, "okay when you're ready go ahead with the card number")]
    for i, p in enumerate(parts):
        lead = R.choice(["", "", "uh ", "then ", "okay "]) if i else R.choice(["right ", "so ", ""])
        turns.append((C, [lead, (p, "CARD_NUMBER")]))
        if i < len(parts) - 1:
            turns.append((A, bc()))
    return build(turns, "call/%s: card split across customer turns with agent back-channels" % ind())


def p_card_readback():
    c = make_card()
    parts = card_spoken_parts(c)
    rb = card_spoken_parts(c)
    return build([(C, ["the card is ", (" ".join(parts), "CARD_NUMBER")]),
                  (A, ["let me read that back ", (" ".join(rb), "CARD_NUMBER"), " is that right"]),
                  (C, "yes that's it")],
                 "call/%s: card read by customer then read back by agent" % ind())


def p_card_correction():
    c = make_card()
    g = card_groups(c)
    gs = split(c, g)
    first = say_digits(gs[0]) + " " + say_digits(gs[1])
    return build([(A, "can i take the card number"),
                  (C, ["yeah ", (first, "CARD_NUMBER"), " no sorry i've lost my place let me start again"]),
                  (A, "no problem from the beginning"),
                  (C, [(" ".join(say_digits(x) for x in gs), "CARD_NUMBER")])],
                 "call/%s: caller aborts mid-card and restarts; both readings labelled" % ind())


def p_card_cvv_exp_chat():
    c = make_card()
    m, y = expiry_value()
    cvv = dig(4 if len(c) == 15 else 3, False)
    return build([(A, "Please send the card number, expiry and security code."),
                  (C, [(card_typed(c), "CARD_NUMBER"), R.choice([" exp ", " expiry ", ", exp: ", " valid thru "]),
                       (expiry_typed(m, y), "EXPIRY"), R.choice([" cvv ", " cvc: ", ", sec code ", " code on back "]),
                       (cvv, "CVV")])],
                 "chat/%s: card, expiry and CVV in one message" % ind())


def p_card_cvv_exp_call():
    c = make_card()
    m, y = expiry_value()
    cvv = dig(4 if len(c) == 15 else 3, False)
    return build([(C, ["okay the number is ", (" ".join(card_spoken_parts(c)), "CARD_NUMBER")]),
                  (A, "thank you and the expiry date"),
                  (C, ["it runs out ", (expiry_spoken(m, y), "EXPIRY")]),
                  (A, "and the " + ("four" if len(c) == 15 else "three") + " digit security code on the back"),
                  (C, [R.choice(["", "that's ", "it's "]), (say_digits(cvv), "CVV")])],
                 "call/%s: card, expiry and CVV across turns" % ind())


def p_card_with_amount():
    c = make_card()
    amt = "%d.%02d" % (R.randint(10, 900), R.randint(0, 99))
    return build([(A, "the total today is £" + amt + " what card would you like to use"),
                  (C, ["erm hang on yeah here it is ", (say_digits(c, filler=0.15), "CARD_NUMBER")]),
                  (A, "lovely and that's " + amt + " taken, your reference is " + dig(8))],
                 "call/%s: card digit by digit with fillers, near amount and reference" % ind())


def p_cvv_alone():
    cvv = dig(3, False)
    if R.random() < 0.5:
        return build([(A, "what's the three digit code on the back of the card"), (C, [(say_digits(cvv), "CVV")])],
                     "call/%s: CVV alone after agent question" % ind())
    return build([(A, "Could you confirm the security code?"), (C, [R.choice(["cvv is ", "CVC ", "the 3 digits are "]), (cvv, "CVV")])],
                 "chat/%s: CVV typed with label" % ind())


def p_ssn_chat():
    s = make_ssn()
    pre = R.choice(["my ssn is ", "SSN: ", "social is ", "Social Security # ", "ss# ", "ok its ", "last one didnt work, try "])
    post = R.choice(["", " thx", " and my zip is on file", ". Been waiting 45 min"])
    return build([(A, "To verify, I need your Social Security number."), (C, [pre, (ssn_typed(s), "SSN"), post])],
                 "chat/%s: SSN typed with varied separators" % ind())


def p_ssn_call():
    s = make_ssn()
    parts = ssn_spoken_parts(s)
    return build([(A, "can i get your social security number please"),
                  (C, [R.choice(["yeah it's ", "sure ", "okay um ", "it is "]), (" ".join(parts), "SSN")])],
                 "call/%s: SSN spoken in one turn (digits/pairs/hundreds)" % ind())


def p_ssn_split():
    s = make_ssn()
    parts = ssn_spoken_parts(s)
    turns = [(A, "and your social please")]
    for i, p in enumerate(parts):
        turns.append((C, [(p, "SSN")]))
        if i < 2:
            turns.append((A, bc()))
    return build(turns, "call/%s: SSN split across three customer turns" % ind())


def p_ssn_last4_and_full():
    s = make_ssn()
    return build([(A, "can you verify the last four of your social"),
                  (C, [(say_group4(s[5:]) if R.random() < 0.5 else say_digits(s[5:]), "SSN")]),
                  (A, "i'm afraid i need the full number for this one"),
                  (C, ["okay ", (" ".join(ssn_spoken_parts(s)), "SSN")])],
                 "call/%s: last four of SSN then full SSN" % ind())


def p_ssn_correction():
    s = make_ssn()
    s2 = s[:7] + s[8] + s[7] if s[7] != s[8] else s[:8] + str((int(s[8]) + 1) % 10)
    return build([(C, ["my social is ", (ssn_typed(s2), "SSN"), " wait no ", (ssn_typed(s), "SSN"), " sorry typo"])],
                 "chat/%s: SSN typed then corrected (both labelled)" % ind())


def p_ssn_readback():
    s = make_ssn()
    return build([(C, ["it's ", (" ".join(ssn_spoken_parts(s)), "SSN")]),
                  (A, ["so that's ", (" ".join(ssn_spoken_parts(s)), "SSN"), " correct"]),
                  (C, "correct")],
                 "call/%s: SSN read back by agent" % ind())


def p_ssn_dob_call():
    s = make_ssn()
    y, m, d = dob_value()
    return build([(A, "for verification i need your date of birth and social"),
                  (C, ["sure date of birth is ", (dob_spoken(y, m, d), "DOB"), " and social is ", (" ".join(ssn_spoken_parts(s)), "SSN")])],
                 "call/%s: DOB and SSN in one turn" % ind())


def p_ni_chat():
    n = ni_typed(make_ni())
    pre = R.choice(["NI no is ", "my national insurance number: ", "NINO ", "ni number ", "its ", "National Insurance - "])
    return build([(A, "Can you confirm your National Insurance number?"), (C, [pre, (n, "NI_NUMBER"), R.choice(["", " cheers", ". Claim ref 55123"])])],
                 "chat/%s: NI number typed (spacing/case varied)" % R.choice(["government services", "utilities", "banking", "insurance"]))


def p_ni_call():
    n = make_ni()
    parts = ni_spoken(n)
    return build([(A, "and your national insurance number please"),
                  (C, [R.choice(["yeah it's ", "okay ", "um it's ", ""]), (" ".join(parts), "NI_NUMBER")])],
                 "call/government services: NI spoken letters (plain/NATO/homophone) and digits")


def p_ni_split():
    n = make_ni()
    parts = ni_spoken(n)
    turns = [(A, "go ahead with the national insurance number")]
    for i, p in enumerate(parts):
        turns.append((C, [(p, "NI_NUMBER")]))
        if i < 2:
            turns.append((A, bc()))
    return build(turns, "call/%s: NI split over three turns (prefix, digits, suffix)" % R.choice(["government services", "banking", "insurance"]))


def p_ni_readback():
    n = make_ni()
    return build([(C, ["it's ", (" ".join(ni_spoken(n, "plain")), "NI_NUMBER")]),
                  (A, ["so i have ", (" ".join(ni_spoken(n, "nato")), "NI_NUMBER"), " yeah"]),
                  (C, "that's right")],
                 "call/government services: NI read back with NATO alphabet")


def p_ni_correction():
    n = make_ni()
    wrong = n[:8] + ("B" if n[8] != "B" else "A")
    return build([(C, ["ni number ", (ni_typed(wrong), "NI_NUMBER")]), (C, ["sorry ", (ni_typed(n), "NI_NUMBER"), " the last letter is " + n[8]])],
                 "chat/government services: NI corrected in follow-up message (both labelled)")


def p_ni_with_dob():
    n = make_ni()
    y, m, d = dob_value()
    return build([(A, "i need two pieces of information your date of birth and national insurance number"),
                  (C, ["born ", (dob_spoken(y, m, d), "DOB"), " and the number's ", (" ".join(ni_spoken(n)), "NI_NUMBER")])],
                 "call/government services: DOB and NI in same turn")


def p_bank_uk_call():
    sc = dig(6, False)
    acct = dig(8, False)
    sc_sp = say_pairs(sc) if R.random() < 0.5 and sc[0] != "0" else say_digits(sc)
    return build([(A, "what's the sort code"), (C, [(sc_sp, "SORT_CODE")]),
                  (A, "and the account number"), (C, [R.choice(["it's ", "", "um "]), (say_digits(acct, filler=0.1), "BANK_ACCOUNT")])],
                 "call/banking: UK sort code and account number spoken")


def p_bank_uk_chat():
    sc = dig(6, False)
    acct = dig(8, False)
    scf = R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
    return build([(C, ["Please set up the direct debit from sort code ", (scf, "SORT_CODE"), " acc no ", (acct, "BANK_ACCOUNT"), " on the 1st of each month"])],
                 "chat/utilities: sort code and account for direct debit, plus payment date")


def p_bank_us():
    acct = dig(R.choice([10, 11, 12]), False)
    routing_free = R.random() < 0.5
    if routing_free:
        return build([(A, "Which checking account should the refund go to?"), (C, ["acct # ", (acct, "BANK_ACCOUNT")])],
                     "chat/retail: US checking account number")
    return build([(A, "and the account number for the autopay"), (C, ["checking account ", (say_digits(acct), "BANK_ACCOUNT")])],
                 "call/insurance: US account number spoken")


def p_iban():
    ib = make_iban()
    if R.random() < 0.55:
        f = R.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
        return build([(C, ["IBAN for the refund: ", (f, "IBAN"), R.choice(["", " thanks", " - amount is €120"])])],
                     "chat/%s: IBAN typed" % R.choice(["travel", "retail", "insurance", "banking"]))
    toks = []
    for ch in ib:
        if ch.isdigit():
            toks.append(UNITS[int(ch)] if ch != "0" else R.choice(["zero", "oh"]))
        else:
            toks.append(ch.lower())
    return build([(A, "could you read me the iban"), (C, ["it's ", (" ".join(toks), "IBAN")])],
                 "call/travel: IBAN spoken character by character")


def p_phone():
    country = R.choice(["UK", "US", "IE"])
    num, disp, grp = phone_value(country)
    if R.random() < 0.5:
        return build([(A, "What's the best number to reach you on?"), (C, [R.choice(["", "call me on ", "mobile is ", "cell: "]), (disp, "PHONE"), R.choice(["", " after 5pm", " anytime"])])],
                     "chat/%s: %s phone typed" % (ind(), country))
    parts = say_mixed(num, grp)
    if country == "UK" and num.startswith("07") and R.random() < 0.5:
        return build([(A, "and a contact number"), (C, ["yeah it's ", (" ".join(parts), "PHONE")]), (A, ["that's ", (" ".join(say_mixed(num, grp)), "PHONE")])],
                     "call/%s: UK mobile spoken and read back" % ind())
    return build([(A, "what's a good callback number"), (C, [(" ".join(parts), "PHONE"), " " + R.choice(["that's my cell", "that's the landline", "best after six"])])],
                 "call/%s: %s phone spoken" % (ind(), country))


def p_email():
    u, d = email_value()
    if R.random() < 0.5:
        e = u + "@" + d
        if R.random() < 0.3:
            e = e.upper() if R.random() < 0.3 else e.capitalize()
        return build([(C, [R.choice(["email is ", "send it to ", "my e-mail: "]), (e, "EMAIL"), R.choice(["", " pls", " thanks!"])])],
                     "chat/%s: email typed" % ind())
    return build([(A, "what's the email address on the account"), (C, ["it's ", (email_spoken(u, d), "EMAIL")])],
                 "call/%s: email spoken with dot/at/underscore" % ind())


def p_dob():
    y, m, d = dob_value()
    if R.random() < 0.5:
        return build([(A, "Can you confirm your date of birth?"), (C, [R.choice(["", "dob ", "born "]), (dob_typed(y, m, d), "DOB")])],
                     "chat/%s: DOB typed" % ind())
    return build([(A, "and your date of birth"), (C, [R.choice(["it's ", "", "yeah "]), (dob_spoken(y, m, d), "DOB")])],
                 "call/%s: DOB spoken" % ind())


def p_address():
    n, st = address_value()
    if R.random() < 0.5:
        if R.random() < 0.5:
            o, i = make_uk_postcode()
            pc = o + " " + i if R.random() < 0.7 else (o + i).lower()
            return build([(C, ["new address is ", ("%d %s" % (n, st), "ADDRESS"), ", " + R.choice(["Leeds", "Manchester", "Bristol", "Glasgow"]) + " ", (pc, "POSTCODE")])],
                         "chat/%s: UK street address and postcode typed" % ind())
        z = dig(5, False) if R.random() < 0.7 else dig(5, False) + "-" + dig(4, False)
        return build([(C, ["ship to ", ("%d %s" % (n, st), "ADDRESS"), ", " + R.choice(["Austin TX", "Columbus, OH", "Portland OR"]) + " ", (z, "POSTCODE")])],
                     "chat/retail: US address and ZIP")
    o, i = make_uk_postcode()
    return build([(A, "can you confirm the first line of the address and the postcode"),
                  (C, [(address_spoken(n, st), "ADDRESS"), " and the postcode is ", (postcode_spoken(o, i), "POSTCODE")])],
                 "call/%s: spoken street address and postcode" % ind())


def p_zip_call():
    z = dig(5, False)
    n, st = address_value()
    return build([(A, "what's the billing zip code"), (C, [(say_digits(z), "POSTCODE")]), (A, "and the street address"),
                  (C, [(address_spoken(n, st), "ADDRESS")])],
                 "call/%s: US ZIP and street spoken" % ind())


def p_mixed_card_phone():
    c = make_card()
    country = R.choice(["UK", "US", "IE"])
    num, disp, grp = phone_value(country)
    return build([(C, ["card ", (card_typed(c), "CARD_NUMBER"), " and if it fails call me ", (disp, "PHONE")])],
                 "chat/%s: card and phone in one message" % ind())


def p_card_homophone():
    c = make_card()
    # ASR homophones: "for" for four, "to"/"too" for two, "ate" for eight
    hom = {"4": ["for", "four"], "2": ["to", "two", "too"], "8": ["eight", "ate"]}
    toks = []
    for ch in c:
        toks.append(R.choice(hom[ch]) if ch in hom else dw(ch))
    return build([(A, "long card number please"), (C, ["yeah ", (" ".join(toks), "CARD_NUMBER")])],
                 "call/%s: ASR homophones inside card (for/to/ate)" % ind())


def p_ssn_homophone():
    s = make_ssn()
    hom = {"4": ["for", "four"], "2": ["to", "two", "too"], "8": ["ate", "eight"]}
    toks = [R.choice(hom[ch]) if ch in hom else dw(ch) for ch in s]
    return build([(A, "last thing is the social"), (C, [(" ".join(toks[:3]) + " " + " ".join(toks[3:5]) + " " + " ".join(toks[5:]), "SSN")])],
                 "call/%s: SSN with ASR homophones" % ind())


def p_ni_digits_asr():
    n = make_ni()
    # ASR writes digits as numerals but letters as words
    l = " ".join(R.choice(LETTER_SAY[x]) for x in n[:2])
    d = " ".join([n[2:4], n[4:6], n[6:8]])
    return build([(A, "national insurance number"), (C, [(l + " " + d + " " + R.choice(LETTER_SAY[n[8]]), "NI_NUMBER")])],
                 "call/government services: NI in ASR output with numeral pairs and spelled letters")


def p_card_asr_numerals():
    c = make_card()
    g = split(c, card_groups(c))
    return build([(A, "card number"), (C, ["it's ", (" ".join(g[:2]), "CARD_NUMBER")]), (A, "okay"), (C, [(" ".join(g[2:]), "CARD_NUMBER")])],
                 "call/%s: ASR emitted numerals, card split across two turns" % ind())


def p_expiry_cvv_only():
    m, y = expiry_value()
    cvv = dig(3, False)
    if R.random() < 0.5:
        return build([(A, "I have the card number, can you give me the expiry and the CVV?"),
                      (C, [(expiry_typed(m, y), "EXPIRY"), R.choice([" and ", ", ", " / cvv "]), (cvv, "CVV")])],
                     "chat/%s: expiry and CVV typed together after card already given" % ind())
    return build([(A, "what's the expiry date on the card"), (C, [(expiry_spoken(m, y), "EXPIRY")]), (A, "and the security code"),
                  (C, ["it's ", (say_digits(cvv, doubles=False), "CVV"), " i think yeah ", (say_digits(cvv, doubles=False), "CVV")])],
                 "call/%s: expiry then CVV repeated" % ind())


def p_card_chat_irregular():
    c = make_card()
    cuts = sorted(R.sample(range(2, len(c) - 1), R.randint(2, 4)))
    pieces, prev = [], 0
    for k in cuts + [len(c)]:
        pieces.append(c[prev:k])
        prev = k
    if R.random() < 0.5:
        return build([(C, ["card # ", (R.choice([" ", "  ", " - "]).join(pieces), "CARD_NUMBER"), " sorry on my phone"])],
                     "chat/%s: card typed with irregular grouping" % ind())
    h = len(pieces) // 2
    return build([(C, ["heres my card ", (" ".join(pieces[:h]), "CARD_NUMBER")]),
                  (C, ["oops hit enter ", (" ".join(pieces[h:]), "CARD_NUMBER")])],
                 "chat/%s: card split across two chat messages" % ind())


def p_ssn_chat_split():
    s = make_ssn()
    return build([(A, "Please provide your SSN."), (C, [(s[:3] + "-" + s[3:5], "SSN")]), (C, [(s[5:], "SSN"), " <- rest of it"])],
                 "chat/%s: SSN split over two chat messages" % ind())


def p_ssn_dash_spoken():
    s = make_ssn()
    t = say_digits(s[:3], doubles=False) + " dash " + say_digits(s[3:5], doubles=False) + " dash " + say_digits(s[5:], doubles=False)
    return build([(A, "social security number"), (C, ["it's ", (t, "SSN"), " and my zip is ", (say_digits(dig(5, False)), "POSTCODE")])],
                 "call/%s: SSN spoken with the word dash, then ZIP" % ind())


def p_ni_filler():
    n = make_ni()
    t = n[0].lower() + " " + n[1].lower() + " um " + say_digits(n[2:5], doubles=False) + " and then " + say_digits(n[5:8], doubles=False)
    return build([(A, "national insurance number please"), (C, [(t, "NI_NUMBER"), " and the letter at the end is ", (n[8].lower(), "NI_NUMBER")])],
                 "call/government services: NI with fillers and commentary inside the reading")


POS = [(p_ni_filler, 4), (p_card_chat_irregular, 5), (p_ssn_chat_split, 3), (p_ssn_dash_spoken, 4), (p_card_chat, 8), (p_card_call_one, 8), (p_card_call_split, 6), (p_card_readback, 3), (p_card_correction, 3),
       (p_card_cvv_exp_chat, 6), (p_card_cvv_exp_call, 6), (p_card_with_amount, 3), (p_cvv_alone, 4),
       (p_card_homophone, 3), (p_card_asr_numerals, 3), (p_mixed_card_phone, 3),
       (p_ssn_chat, 8), (p_ssn_call, 7), (p_ssn_split, 5), (p_ssn_last4_and_full, 3), (p_ssn_correction, 3),
       (p_ssn_readback, 3), (p_ssn_dob_call, 3), (p_ssn_homophone, 3),
       (p_ni_chat, 8), (p_ni_call, 8), (p_ni_split, 5), (p_ni_readback, 3), (p_ni_correction, 3), (p_ni_with_dob, 3),
       (p_ni_digits_asr, 3),
       (p_bank_uk_call, 8), (p_bank_uk_chat, 7), (p_expiry_cvv_only, 6), (p_bank_us, 5), (p_iban, 14), (p_phone, 14), (p_email, 14), (p_dob, 8),
       (p_address, 12), (p_zip_call, 4)]


# ---------------------------------------------------------------- negative templates
def money_spoken():
    a = R.randint(11, 99)
    return R.choice(["%s pounds %s" % (say_pair(str(a)), say_pair(str(R.randint(11, 99)))),
                     "%s hundred and %s dollars" % (UNITS[R.randint(1, 9)], say_pair(str(a))),
                     "%s euro %s" % (say_pair(str(a)), say_pair(str(R.randint(11, 99))))])


def n_money_chat():
    return build([(C, "Why was I charged $%d.%02d on the %dth? My plan is only $%d/month." % (R.randint(100, 999), R.randint(0, 99), R.randint(4, 28), R.randint(20, 90))),
                  (A, "I see a one-off charge of $%d.%02d for international roaming." % (R.randint(10, 99), R.randint(0, 99)))],
                 "chat/telecom: money amounts and a billing date")


def n_money_call():
    return build([(A, "your balance is " + money_spoken() + " and the next payment of " + money_spoken() + " comes out on the " + ordinal(R.randint(1, 28)) + " of " + R.choice(MONTHS)),
                  (C, "okay and can i pay " + money_spoken() + " today instead")],
                 "call/%s: spoken money amounts and a payment date" % R.choice(["banking", "utilities"]))


def n_reference():
    word = R.choice(["order number", "ticket number", "claim number", "reference number", "invoice number", "case number", "booking reference"])
    v = dig(R.randint(5, 9))
    if R.random() < 0.5:
        return build([(A, "Your %s is %s." % (word, v)), (C, "great thanks, how long until it's sorted?"), (A, "usually %d to %d working days" % (R.randint(2, 4), R.randint(5, 10)))],
                     "chat/%s: %s with reference word, durations" % (ind(), word))
    return build([(A, "i've raised that for you the %s is %s" % (word, say_digits(v))), (C, "okay %s let me write that down" % word)],
                 "call/%s: spoken %s" % (ind(), word))


def n_flight():
    fl = R.choice(["EI", "BA", "FR", "UA", "DL", "AA", "LH"]) + str(R.randint(100, 9999))
    return build([(C, "My flight %s on %d %s was cancelled, I was due to land at %02d:%02d." % (fl, R.randint(1, 28), R.choice(MONTHS).capitalize(), R.randint(0, 23), R.choice([0, 15, 30, 45]))),
                  (A, "I'm sorry to hear that. I can rebook you on the %02d:%02d tomorrow, seat %d%s." % (R.randint(6, 22), R.choice([5, 20, 35, 50]), R.randint(1, 40), R.choice("ABCDEF")))],
                 "chat/travel: flight number, times, seat, travel date")


def n_meter():
    r = dig(5)
    return build([(A, "can you read me the meter reading please"), (C, "yeah it says %s then there's a red digit %s" % (say_digits(r), UNITS[R.randint(1, 9)])),
                  (A, "thanks that's %s kilowatt hours since the last reading in %s" % (say_pair(str(R.randint(11, 99))) + " hundred", R.choice(MONTHS)))],
                 "call/utilities: meter reading spoken, usage")


def n_meter_chat():
    return build([(C, "Meter reading today: %s. Last bill said %s, estimated. Tariff is %d.%dp per kWh" % (dig(5), dig(5), R.randint(20, 35), R.randint(1, 9)))],
                 "chat/utilities: typed meter readings and unit rate")


def n_times():
    return build([(A, "we're open from %s till %s monday to friday and the wait is about %s minutes" % (R.choice(["eight", "nine", "eight thirty"]), R.choice(["six", "eight", "five thirty"]), say_pair(str(R.randint(11, 45))))),
                  (C, "right i've already been on hold for %s minutes" % say_pair(str(R.randint(21, 59))))],
                 "call/%s: opening hours and durations" % ind())


def n_appointment():
    return build([(A, "Your appointment is on %s %d at %d:%02d%s, room %d." % (R.choice(MONTHS).capitalize(), R.randint(1, 28), R.randint(1, 11), R.choice([0, 15, 30, 45]), R.choice(["am", "pm"]), R.randint(100, 450))),
                  (C, "Can I move it to the %dth? I start a new contract on %d/%d/%d." % (R.randint(1, 28), R.randint(1, 28), R.randint(1, 12), R.randint(2026, 2027)))],
                 "chat/healthcare billing: appointment date, time, room, contract start date")


def n_appointment_call():
    return build([(A, "i can book you in for the " + ordinal(R.randint(1, 28)) + " of " + R.choice(MONTHS) + " at " + R.choice(["ten fifteen", "half two", "eleven forty five", "nine o'clock"])),
                  (C, "and the contract started on the " + ordinal(R.randint(1, 28)) + " of " + R.choice(MONTHS) + " " + year_spoken(R.randint(2019, 2026)) + " so it should end in " + year_spoken(R.randint(2026, 2029)))],
                 "call/telecom: appointment and contract dates (not birth dates)")


def n_model():
    return build([(C, "The router model is %s-%d and serial %s%d, firmware %d.%d.%d" % (R.choice(["TG", "HG", "VR", "DX"]), R.randint(100, 9999), R.choice(["SN", "ZX", "K"]), R.randint(1000, 999999), R.randint(1, 9), R.randint(0, 20), R.randint(0, 99))),
                  (A, "Thanks. Speeds should be around %d Mbps down and %d up." % (R.randint(30, 900), R.randint(10, 110)))],
                 "chat/telecom: model, short serial, firmware version, speeds")


def n_age_temp():
    return build([(C, "my mum is %s and the heating's been off three days it's %s degrees in the house" % (say_pair(str(R.randint(70, 95))), UNITS[R.randint(5, 9)] if R.random() < 0.5 else TEENS[R.randint(1, 6)])),
                  (A, "i'm really sorry we'll get an engineer out within %s hours" % R.choice(["four", "twenty four", "forty eight"]))],
                 "call/utilities: age, temperature, durations")


def n_percent():
    return build([(A, "Your rate goes from %d.%d%% to %d.%d%% APR from %d %s %d." % (R.randint(3, 25), R.randint(0, 9), R.randint(3, 25), R.randint(0, 9), R.randint(1, 28), R.choice(MONTHS).capitalize(), R.randint(2026, 2027))),
                  (C, "So on a balance of £%s that's how much per month?" % "{:,}".format(R.randint(1000, 25000)))],
                 "chat/banking: percentages, balance with thousands separator, effective date")


def n_counts():
    return build([(C, "i ordered %s boxes and only %s arrived and the order was %s" % (say_pair(str(R.randint(12, 40))), UNITS[R.randint(2, 9)], money_spoken())),
                  (A, "okay i can see %s items dispatched in %s parcels" % (say_pair(str(R.randint(12, 40))), UNITS[R.randint(2, 4)]))],
                 "call/retail: counts, quantities, money")


def n_year_talk():
    y1, y2 = R.randint(1990, 2015), R.randint(2016, 2026)
    return build([(C, "i've been a customer since %s and never missed a payment" % year_spoken(y1)),
                  (A, "yes i can see that since %s, and your loyalty discount started in %s" % (year_spoken(y1), year_spoken(y2)))],
                 "call/insurance: years spoken as pairs, not DOBs")


def n_card_last4_ref():
    return build([(A, "Which card? I see one ending in %s and a policy number %s." % (dig(4, False), dig(8))), (C, "The one ending %s, pay £%d.%02d please" % (dig(4, False), R.randint(10, 300), R.randint(0, 99)))],
                 "chat/insurance: card last four only (not a card number), policy number, amount")


def n_mileage():
    return build([(A, "what's the mileage on the car"), (C, "about %s thousand %s hundred miles, it's a %s model" % (say_pair(str(R.randint(20, 99))), UNITS[R.randint(1, 9)], year_spoken(R.randint(2008, 2024)))),
                  (A, "and your excess is %s pounds" % (UNITS[R.randint(1, 9)] + " hundred"))],
                 "call/insurance: mileage, model year, excess amount")


def n_ticket_chat():
    return build([(C, "Ticket #%d still not resolved after %d days. I called %d times." % (R.randint(10000, 9999999), R.randint(3, 30), R.randint(2, 9))),
                  (A, "Apologies, I've escalated INC%07d to priority %d." % (R.randint(0, 9999999), R.randint(1, 3)))],
                 "chat/%s: ticket/incident numbers with words, counts" % ind())


def n_data_usage():
    return build([(A, "you've used %s point %s gigs of your %s gig allowance and there's %s days left" % (say_pair(str(R.randint(11, 49))), UNITS[R.randint(1, 9)], say_pair(str(R.randint(50, 99))), TEENS[R.randint(1, 9)])),
                  (C, "and the upgrade is %s a month for %s months" % (money_spoken(), R.choice(["twenty four", "eighteen", "thirty six", "twelve"])))],
                 "call/telecom: data usage, money, contract length")


NEG = [(n_money_chat, 7), (n_money_call, 7), (n_reference, 12), (n_flight, 6), (n_meter, 6), (n_meter_chat, 5),
       (n_times, 6), (n_appointment, 6), (n_appointment_call, 6), (n_model, 5), (n_age_temp, 5), (n_percent, 6),
       (n_counts, 5), (n_year_talk, 5), (n_card_last4_ref, 5), (n_mileage, 5), (n_ticket_chat, 5), (n_data_usage, 5)]


# ---------------------------------------------------------------- generation
def generate():
    R.seed(SEED)
    cases = []
    pos = []
    for fn, w in POS:
        for _ in range(w):
            pos.append(fn)
    R.shuffle(pos)
    for i, fn in enumerate(pos, 1):
        turns, spans, note = fn()
        cases.append({"id": "h175-pos-%03d" % i, "kind": "positive", "turns": turns, "spans": spans, "note": note})
    neg = []
    for fn, w in NEG:
        for _ in range(w):
            neg.append(fn)
    R.shuffle(neg)
    for i, fn in enumerate(neg, 1):
        turns, spans, note = fn()
        cases.append({"id": "h175-neg-%03d" % i, "kind": "negative", "turns": turns, "spans": [], "note": note})
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), cases


# ---------------------------------------------------------------- normalisation / validation
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "for": "4", "to": "2", "too": "2", "ate": "8"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: str(i) for i, w in enumerate(TENS) if w}
FILLER = {"um", "uh", "er", "erm", "ah", "and", "then", "dash", "hyphen", "space", "slash", "plus", "dot"}
LETTERS = {}
for _c, _ws in LETTER_SAY.items():
    for _w in _ws:
        LETTERS[_w] = _c
NATO_WORDS = set(NATO.values()) | set(PHON.values())


def normalise(text, letters=False):
    toks = re.findall(r"[A-Za-z]+|\d+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif letters and t == "for" and nxt in NATO_WORDS:
            i += 1
        elif letters and t == "as" and nxt == "in":
            i += 2
        elif t in ("double", "triple") and nxt is not None:
            d = WORDNUM.get(nxt)
            if d is None:
                return None
            out.append(d * (2 if t == "double" else 3))
            i += 1
        elif t == "hundred":
            if nxt == "and":
                i += 1
                nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt in TEENNUM:
                out.append(TEENNUM[nxt]); i += 1
            elif nxt in TENNUM:
                u = toks[i + 2] if i + 2 < len(toks) else None
                if u in WORDNUM and WORDNUM[u] != "0" and u not in ("oh", "o"):
                    out.append(TENNUM[nxt] + WORDNUM[u]); i += 2
                else:
                    out.append(TENNUM[nxt] + "0"); i += 1
            elif nxt in ("oh", "o", "zero", "nought"):
                pass  # "four hundred oh five" -> 4 0 5 handled by following words
            else:
                out.append("00")
        elif t in TEENNUM:
            out.append(TEENNUM[t])
        elif t in TENNUM:
            if nxt in WORDNUM and WORDNUM[nxt] != "0" and nxt not in ("oh", "o", "for", "to", "too", "ate"):
                out.append(TENNUM[t] + WORDNUM[nxt]); i += 1
            else:
                out.append(TENNUM[t] + "0")
        elif t in FILLER:
            pass
        elif letters and t in LETTERS:
            out.append(LETTERS[t])
        elif t in WORDNUM:
            out.append(WORDNUM[t])
        elif letters and t.isalnum():
            out.append(t.upper())
        else:
            return None
        i += 1
    return "".join(out).upper()


def v_card(s, pre=False):
    d = s if pre else normalise(s)
    return d is not None and d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)


def v_ssn(s, pre=False):
    d = s if pre else normalise(s)
    if d is not None and re.fullmatch(r"\d{4}", d) and d != "0000":
        return True  # "last four of your social"
    return d is not None and re.fullmatch(r"\d{9}", d) is not None and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def v_ni(s, pre=False):
    if not pre and re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", re.sub(r"[\s-]", "", s).upper()):
        return True
    d = s if pre else normalise(s, letters=True)
    return d is not None and re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", d) is not None


def v_digits(lo, hi):
    def f(s, pre=False):
        d = s if pre else normalise(s)
        return d is not None and d.isdigit() and lo <= len(d) <= hi
    return f


def v_iban(s, pre=False):
    if not pre and iban_ok(re.sub(r"\s", "", s)):
        return True
    d = s if pre else normalise(s, letters=True)
    return d is not None and iban_ok(d)


def v_expiry(s, pre=False):
    if re.fullmatch(r"(0?[1-9]|1[0-2])\s?[/ -]\s?(20)?\d\d", s):
        return True
    low = s.lower()
    if any(m in low.split() for m in MONTHS):
        return True
    d = s if pre else normalise(s)
    return d is not None and d.isdigit() and len(d) in (4, 6) and 1 <= int(d[:2]) <= 12


def v_email(s, pre=False):
    return re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", s) is not None or (" at " in s and " dot " in s)


def v_dob(s, pre=False):
    low = s.lower()
    if re.search(r"\b(two thousand|nineteen)\b", low):
        return True
    if any(m in re.findall(r"[a-z]+", low) for m in MONTHS):
        return True
    d = s if pre else normalise(s)
    return d is not None and d.isdigit() and len(d) in (6, 8)


def v_postcode(s, pre=False):
    if re.fullmatch(r"\d{5}(-\d{4})?", s) or re.fullmatch(r"[A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2}", s):
        return True
    d = s if pre else normalise(s, letters=True)
    if d is None:
        return False
    return re.fullmatch(r"\d{5}", d) is not None or re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", d) is not None


def v_address(s, pre=False):
    return s.split()[-1].capitalize() in SUFFIX and len(s.split()) >= 3


VALID = {"CARD_NUMBER": v_card, "SSN": v_ssn, "NI_NUMBER": v_ni, "CVV": v_digits(3, 4), "SORT_CODE": v_digits(6, 6),
         "BANK_ACCOUNT": v_digits(8, 12), "PHONE": v_digits(10, 13), "IBAN": v_iban, "EXPIRY": v_expiry,
         "EMAIL": v_email, "DOB": v_dob, "POSTCODE": v_postcode, "ADDRESS": v_address}


def partition_ok(texts, fn, typ):
    """can the ordered span texts be split into consecutive runs each valid?
    Each span is normalised on its own and the runs are concatenated."""
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    normed = [normalise(t, letters=letters) for t in texts]
    whole = set()
    for i in range(len(texts)):
        for j in range(i + 1, len(texts) + 1):
            if None not in normed[i:j] and fn("".join(normed[i:j]), True):
                whole.add("".join(normed[i:j]))
    n = len(texts)
    memo = {}

    def ok(i):
        if i == n:
            return True
        if i in memo:
            return memo[i]
        res = False
        for j in range(i + 1, n + 1):
            if n == 1 or j == i + 1:
                good = fn(texts[i]) or (None not in normed[i:j] and fn("".join(normed[i:j]), True))
            else:
                good = None not in normed[i:j] and fn("".join(normed[i:j]), True)
            if not good and typ == "CARD_NUMBER" and None not in normed[i:j]:
                part = "".join(normed[i:j])
                # an aborted reading that is a prefix of a complete card read later
                good = 4 <= len(part) <= 12 and any(w.startswith(part) and len(w) > len(part) for w in whole)
            if good and ok(j):
                res = True
                break
        memo[i] = res
        return res
    return ok(0)


def check(text, cases):
    problems = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for c in cases:
        cid = c["id"]
        if cid in ids:
            problems.append("duplicate id " + cid)
        ids.add(cid)
        if c["kind"] == "negative":
            nneg += 1
            if c["spans"]:
                problems.append(cid + ": negative has spans")
            continue
        npos += 1
        if not c["spans"]:
            problems.append(cid + ": positive without spans")
        by_type = {}
        last = {}
        for sp in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            t = sp["type"]
            if t not in TYPES:
                problems.append(cid + ": bad type " + t)
                continue
            counts[t] += 1
            txt = c["turns"][sp["turn"]]["text"]
            a, b = sp["start"], sp["end"]
            if not (0 <= a < b <= len(txt)):
                problems.append(cid + ": offsets out of range")
                continue
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()) or not (txt[a].isalnum() or (t == "PHONE" and txt[a] in "+(")) or not txt[b - 1].isalnum():
                problems.append(cid + ": span not on word boundary %r" % txt[a:b])
            key = sp["turn"]
            if key in last and last[key] > a:
                problems.append(cid + ": overlapping spans")
            last[key] = max(last.get(key, 0), b)
            by_type.setdefault(t, []).append(txt[a:b])
        for t, texts in by_type.items():
            if not partition_ok(texts, VALID[t], t):
                problems.append("%s: %s value(s) fail validation: %r" % (cid, t, texts))
    return problems, counts, npos, nneg


def readme(counts, npos, nneg):
    lines = ["# PII hold-out set h175", "",
             "**Never use this set for tuning.** It is a held-out evaluation set; looking at failures and changing the",
             "redactor to fix them turns it into a training set and makes its numbers meaningless.", "",
             "## Who wrote it and how", "",
             "Written by an AI helper acting as an independent author. The author did not see the redaction code, its",
             "tests, its documentation, the benchmark, or any other PII fixture; only a three-line example of the JSONL",
             "format. The cases are generated by `scripts/make_pii_holdout175.py` from template functions: every turn is",
             "assembled from plain-text segments and (value, TYPE) segments, so offsets are computed, never typed. All",
             "values come from one `random.Random(%d)`; the output is byte-for-byte reproducible." % SEED, "",
             "`python scripts/make_pii_holdout175.py --check` regenerates the file, verifies it is identical, ids are unique,",
             "offsets are in range and on word boundaries, spans do not overlap, and validates every value after",
             "normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes,",
             "digit counts for CVV/phone/account, postcode shapes). Values split over several turns are validated as",
             "the concatenation of consecutive spans of the same type. Two documented exceptions: a 4-digit SSN span",
             "(\"last four of your social\") and an aborted card reading that is a prefix of a card read in full later.", "",
             "## Annotation conventions", "",
             "- A span covers the value only, from its first to its last character/word: lead-ins such as \"it's\",",
             "  \"my ssn is\", \"card no:\" are outside; fillers (\"um\", \"er\") *inside* a reading are inside the span.",
             "- Spoken readings include the words that carry digits: \"double seven\", \"triple oh\", \"forty one\",",
             "  \"nineteen eighty\", \"four hundred and twelve\", and ASR homophones (\"for\" = 4, \"to\"/\"too\" = 2, \"ate\" = 8).",
             "- NI numbers spoken with spelling aids (\"j for juliet\", \"b as in boy\") include the aid words in the span.",
             "- A value split over several customer turns is labelled with one span per turn (only the value words).",
             "- Agent read-backs of a value are labelled too; a caller's aborted/corrected reading is labelled as well",
             "  (both the wrong and the corrected value are sensitive).",
             "- ADDRESS = house number + street name + street type (no town); POSTCODE (UK postcode or US ZIP) is a separate span.",
             "- EXPIRY and CVV are labelled only when in card context; DOB only when it is a birth date.",
             "- Card \"last four\" mentioned alone, order/ticket/claim/reference numbers, amounts, times, dates that are",
             "  not birth dates, meter readings, model numbers, flight numbers etc. are never labelled (negatives).",
             "- The last four digits of an SSN given for verification are labelled SSN.", "",
             "## Counts", "",
             "- positive cases: %d" % npos, "- negative cases: %d" % nneg, "", "| type | spans |", "|---|---|"]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, counts[t]))
    lines.append("")
    return "\n".join(lines)


def main():
    text, cases = generate()
    problems, counts, npos, nneg = check(text, cases)
    rd = readme(counts, npos, nneg)
    if "--check" in sys.argv:
        for path, want in ((CASES, text), (README, rd)):
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != want:
                        problems.append(path + " differs from regenerated output")
            except OSError:
                problems.append(path + " missing")
        on_disk = [json.loads(l) for l in open(CASES, encoding="utf-8")] if os.path.exists(CASES) else []
        p2, _, _, _ = check(None, on_disk)
        problems += p2
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if counts[t] < need:
                problems.append("too few %s spans: %d < %d" % (t, counts[t], need))
        if npos < 170 or nneg < 100:
            problems.append("too few cases: %d pos %d neg" % (npos, nneg))
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("positives %d negatives %d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else "FAILED (%d problems)" % len(problems))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

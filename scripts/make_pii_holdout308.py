#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h308.

Written by an independent AI helper that did not see the redaction code.
Standard library only. Output is byte-for-byte reproducible (seeded RNG).

    python scripts/make_pii_holdout308.py          # write fixture + README
    python scripts/make_pii_holdout308.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 308241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout308")
OUT_FILE = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# --------------------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
        9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "g": "golf",
        "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november",
        "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey", "x": "xray",
        "y": "yankee", "z": "zulu", "f": "foxtrot", "u": "uniform", "q": "quebec", "i": "india",
        "v": "victor"}
ASIN = {"a": "apple", "b": "boy", "c": "cat", "d": "david", "e": "edward", "g": "george",
        "h": "henry", "j": "john", "k": "king", "l": "larry", "m": "mary", "n": "nancy", "p": "peter",
        "r": "robert", "s": "sam", "t": "tom", "w": "william", "x": "xylophone", "y": "yellow",
        "z": "zebra", "f": "frank", "u": "umbrella", "q": "queen", "i": "ice",
        "v": "victor"}
FILLERS = ["um", "uh", "er", "erm"]


def zero_word(uk=False):
    opts = ["zero", "oh", "oh", "o"] + (["nought", "oh"] if uk else [])
    return R.choice(opts)


def say_digits(d, uk=False, doubles=True, homo=False, filler=False):
    """Digit-by-digit with optional double/triple, homophones and fillers."""
    out = []
    i = 0
    zw = zero_word(uk)
    while i < len(d):
        c = d[i]
        run = 1
        while i + run < len(d) and d[i + run] == c and run < 3:
            run += 1
        w = zw if c == "0" else UNITS[int(c)]
        if homo and R.random() < 0.35:
            w = {"2": "to", "4": "for", "8": "ate"}.get(c, w)
        if doubles and run == 3 and R.random() < 0.6:
            out.append("triple " + w)
            i += 3
        elif doubles and run >= 2 and R.random() < 0.6:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
        if filler and i < len(d) and R.random() < 0.12:
            out.append(R.choice(FILLERS))
    return " ".join(out)


def say_pair(ab, uk=False):
    a, b = int(ab[0]), int(ab[1])
    if a == 0:
        return zero_word(uk) + " " + UNITS[b] if b else zero_word(uk) + " " + zero_word(uk)
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def say_pairs(d, uk=False):
    """Say an even-length digit string as pairs: 4111 -> forty one eleven."""
    assert len(d) % 2 == 0
    return " ".join(say_pair(d[i:i + 2], uk) for i in range(0, len(d), 2))


def say_group(d, uk=False, homo=False, filler=False):
    if len(d) == 4 and R.random() < 0.3 and not (d[3] == "0" and d[2] >= "2"):
        return say_pairs(d, uk)
    return say_digits(d, uk, homo=homo, filler=filler)


def say_letter(ch, style):
    ch = ch.lower()
    if style == "nato":
        return ch + " for " + NATO[ch]
    if style == "asin":
        return ch + " as in " + ASIN[ch]
    return ch


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    assert i == len(s), (s, sizes)
    return out


# --------------------------------------------------------------------------- value generators
def luhn_complete(partial):
    digits = [int(c) for c in partial]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return partial + str((10 - total % 10) % 10)


def luhn_ok(num):
    if not num.isdigit():
        return False
    total = 0
    for i, c in enumerate(reversed(num)):
        dgt = int(c)
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return total % 10 == 0


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "mc2", "visa13",
                             "visa19", "jcb", "diners"])
    if kind == "visa":
        p, n = "4" + rdig(1), 16
    elif kind == "mc":
        p, n = "5" + R.choice("12345"), 16
    elif kind == "mc2":
        p, n = str(R.randint(2221, 2720)), 16
    elif kind == "amex":
        p, n = R.choice(["34", "37"]), 15
    elif kind == "disc":
        p, n = "6011", 16
    elif kind == "visa13":
        p, n = "4", 13
    elif kind == "visa19":
        p, n = "4", 19
    elif kind == "jcb":
        p, n = "35" + str(R.randint(28, 89)), 16
    else:
        p, n = "36", 14
    return luhn_complete(p + rdig(n - len(p) - 1))


def card_groups(num):
    n = len(num)
    if n == 15:
        return [4, 6, 5]
    if n == 14:
        return [4, 6, 4]
    if n == 13:
        return [4, 3, 3, 3]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def gen_ni():
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = R.choice(first) + R.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + R.choice("ABCD")


def gen_phone_us():
    area = R.choice(["312", "415", "617", "213", "646", "720", "503", "404", "214", "305", "612",
                     "206", "702", "480", "919", "732", "267", "series"])
    if area == "series":
        area = str(R.randint(2, 9)) + rdig(2)
    return area + str(R.randint(2, 9)) + rdig(2) + rdig(4)


def gen_phone_uk():
    return R.choice(["07" + str(R.randint(4, 9)) + rdig(8), "020" + str(R.randint(3, 8)) + rdig(7),
                     "0161" + rdig(7), "0113" + rdig(7), "0131" + rdig(7)])


def gen_phone_ie():
    return "08" + R.choice("35679") + rdig(7)


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", iban):
        return False
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def gen_iban(cc=None):
    cc = cc or R.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IE", "GB"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + rdig(6) + rdig(8)
    elif cc == "IE":
        bban = R.choice(["AIBK", "IPBS", "ULSB"]) + rdig(6) + rdig(8)
    elif cc == "DE":
        bban = rdig(18)
    elif cc == "FR":
        bban = rdig(10) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(11)) + rdig(2)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "TRIB"]) + rdig(10)
    else:
        bban = rdig(20)
    return cc + iban_check(cc, bban) + bban


def gen_zip(plus4=None):
    z = "%05d" % R.randint(1001, 99950)
    if plus4 or (plus4 is None and R.random() < 0.3):
        return z + rdig(4)
    return z


UK_AREAS = ["M", "B", "L", "LS", "SW", "EH", "G", "CF", "BS", "NE", "N", "E", "SE", "NW", "RG",
            "CB", "BT", "DN", "HU", "KT", "TW", "CR", "LE", "NG", "S", "SK", "WF", "BD"]


def gen_uk_postcode():
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 19))
    inward = str(R.randint(0, 9)) + "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    return a + d, inward


US_STREETS = ["maple", "oak", "elm", "cedar", "pine", "washington", "lincoln", "jefferson", "park",
              "lake", "hillside", "sunset", "highland", "meadow", "willow", "church", "walnut",
              "chestnut", "magnolia", "ridge", "franklin", "madison", "spring", "river"]
US_SUFFIX = ["street", "avenue", "drive", "road", "lane", "boulevard", "court", "way", "place",
             "terrace", "circle"]
US_SUFFIX_ABBR = {"street": "St", "avenue": "Ave", "drive": "Dr", "road": "Rd", "lane": "Ln",
                  "boulevard": "Blvd", "court": "Ct", "way": "Way", "place": "Pl",
                  "terrace": "Ter", "circle": "Cir"}
UK_STREETS = ["station", "church", "victoria", "mill", "queens", "high", "manor", "park", "kings",
              "grange", "albert", "chapel", "orchard", "windsor"]
UK_SUFFIX = ["road", "street", "lane", "avenue", "close", "crescent", "gardens", "grove", "way",
             "drive"]


def say_housenum(n):
    s = str(n)
    if len(s) == 4 and R.random() < 0.6:
        return say_pairs(s)
    if len(s) == 3 and R.random() < 0.5:
        return UNITS[int(s[0])] + " " + say_pair(s[1:]) if s[1] != "0" else UNITS[int(s[0])] + " oh " + UNITS[int(s[2])]
    if len(s) <= 2 and n < 100:
        if n < 10:
            return UNITS[n]
        return say_pair(s)
    return say_digits(s, doubles=False)


def gen_us_address(spoken):
    n = R.choice([R.randint(10, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(1000, 9999)])
    st = R.choice(US_STREETS)
    suf = R.choice(US_SUFFIX)
    pre = R.choice(["", "", "", "north ", "west ", "south ", "east "])
    unit = R.choice(["", "", "", "apt", "unit", "suite"])
    unitnum = str(R.randint(1, 30)) + R.choice(["", "", "b", "c"])
    if spoken:
        s = "%s %s%s %s" % (say_housenum(n), pre, st, suf)
        if unit:
            s += " %s %s" % ({"apt": "apartment"}.get(unit, unit),
                             say_digits(unitnum.rstrip("bc")) + (" " + unitnum[-1] if unitnum[-1] in "bc" else ""))
        return s
    pre_t = {"": "", "north ": "N ", "west ": "W ", "south ": "S ", "east ": "E "}[pre]
    suf_t = R.choice([US_SUFFIX_ABBR[suf], suf.title()])
    s = "%d %s%s %s" % (n, pre_t, st.title(), suf_t)
    if unit:
        s += R.choice([" Apt ", " #", ", Apt ", " Unit "]) + unitnum.upper()
    return s


def gen_uk_address(spoken):
    n = R.randint(1, 240)
    st = R.choice(UK_STREETS)
    suf = R.choice(UK_SUFFIX)
    if spoken:
        flat = R.random() < 0.25
        s = "%s %s %s" % (say_housenum(n), st, suf)
        if flat:
            s = "flat %s %s" % (UNITS[R.randint(1, 9)], s)
        return s
    return "%d %s %s" % (n, st.title(), suf.title())


# --------------------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}
        self._gid = 0

    def t(self, speaker, *segs):
        text = ""
        idx = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
                continue
            val, typ = seg[0], seg[1]
            while val and not val[0].isalnum():
                text += val[0]
                val = val[1:]
            gid = seg[2] if len(seg) > 2 else None
            if gid is None:
                self._gid += 1
                gid = "_auto%d" % self._gid
            self.spans.append({"turn": idx, "start": len(text), "end": len(text) + len(val),
                               "type": typ})
            self.groups.setdefault(gid, (typ, []))[1].append(len(self.spans) - 1)
            text += val
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


US_IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
          "government services", "cable tv", "credit union", "auto finance", "pharmacy"]
UK_IND = ["banking", "telecom", "energy", "retail", "insurance", "travel", "council tax",
          "broadband", "water", "government services"]


def ind(us=True):
    return R.choice(US_IND if us else UK_IND)


def ack():
    return R.choice(["mhm", "okay", "okay go on", "yep", "got it", "uh huh", "right", "go ahead",
                     "sure", "okay and"])


# --------------------------------------------------------------------------- positive templates
def p_card_call_single():
    num = gen_card()
    sp = " ".join(say_group(g, homo=True, filler=True) for g in chunks(num, card_groups(num)))
    cvv = rdig(4 if len(num) == 15 else 3)
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    exp_sp = R.choice([say_digits("%02d" % mm, doubles=False) + " " + say_pair(str(yy)),
                       MONTHS[mm - 1] + " twenty " + say_pair(str(yy)),
                       say_pair("%02d" % mm) + " " + say_pair(str(yy)),
                       "%s slash %s" % (say_digits("%02d" % mm, doubles=False), say_pair(str(yy)))])
    i = ind()
    c = Case("positive", "call/%s: card read in one turn with ASR homophones/fillers, then expiry and security code" % i)
    c.a("okay i can take that payment of %s dollars today what's the long number on the card" % R.choice(["forty nine ninety nine", "one twenty", "eighty five", "two hundred and twelve"]))
    c.c(R.choice(["yeah it's ", "sure it is ", "okay ", "uh it's "]), (sp, "CARD_NUMBER"))
    c.a("thank you and the expiration date")
    c.c(R.choice(["", "it's ", "expires "]), (exp_sp, "EXPIRY"))
    c.a("and the %s digit security code on the back" % ("four" if len(cvv) == 4 else "three"))
    c.c(R.choice(["", "that's ", "it's "]), (say_digits(cvv, doubles=False), "CVV"), R.choice(["", " i think", " yeah"]))
    return c


def p_card_call_split():
    num = gen_card(R.choice(["visa", "mc", "disc", "mc2"]))
    gs = chunks(num, [4, 4, 4, 4])
    i = ind()
    c = Case("positive", "call/%s: card split over four customer turns with agent back-channels" % i)
    c.a("go ahead with the card number whenever you're ready")
    for k, g in enumerate(gs):
        lead = R.choice(["", "", "okay ", "um ", "so "]) if k == 0 else R.choice(["", "", "uh "])
        c.c(lead, (say_group(g, homo=True), "CARD_NUMBER", "card"))
        if k < 3:
            c.a(ack() if k < 2 else R.choice(["and the last four", "okay last four", "mhm and the last group"]))
    c.a("perfect and the expiry")
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    c.c((R.choice(["%02d/%d" % (mm, yy), say_digits("%02d" % mm, doubles=False) + " " + say_pair(str(yy))]), "EXPIRY"))
    c.groups["card"] = ("CARD_NUMBER", c.groups["card"][1])
    return c


def p_card_chat():
    num = gen_card()
    style = R.choice(["space", "dash", "none", "space", "dot"])
    gs = chunks(num, card_groups(num))
    if style == "space":
        t = " ".join(gs)
    elif style == "dash":
        t = "-".join(gs)
    elif style == "dot":
        t = ".".join(gs)
    else:
        t = num
    cvv = rdig(4 if len(num) == 15 else 3)
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    exp = R.choice(["%02d/%d" % (mm, yy), "%02d/20%d" % (mm, yy), "%02d-%d" % (mm, yy), "%d/%d" % (mm, yy)])
    i = ind()
    c = Case("positive", "chat/%s: card typed (%s separators) with expiry and CVV on one line" % (i, style))
    c.a("Please enter the card details to settle the balance of $%d.%02d." % (R.randint(20, 900), R.randint(0, 99)))
    form = R.randint(0, 2)
    if form == 0:
        c.c("card ", (t, "CARD_NUMBER"), " exp ", (exp, "EXPIRY"), " cvv ", (cvv, "CVV"))
    elif form == 1:
        c.c((t, "CARD_NUMBER"), R.choice([", ", " / ", "  "]), (exp, "EXPIRY"), R.choice([", sec code ", ", CVC: ", " code "]), (cvv, "CVV"))
    else:
        c.c("ok its ", (t, "CARD_NUMBER"))
        c.a("Thanks. Expiry date and the 3 or 4 digit code on the back?")
        c.c("expires ", (exp, "EXPIRY"), " and the code is ", (cvv, "CVV"))
    return c


def p_card_pairs_readback():
    num = gen_card(R.choice(["visa", "mc", "disc"]))
    sp = say_pairs(num)
    i = ind()
    c = Case("positive", "call/%s: card said in pairs ('forty one eleven'), agent reads back digit by digit" % i)
    c.a("and the card number please")
    c.c((sp, "CARD_NUMBER"))
    c.a("let me read that back ", (say_digits(num, doubles=False), "CARD_NUMBER"), " is that right")
    c.c(R.choice(["yep that's it", "yes correct", "that's right"]))
    return c


def p_card_selfcorrect():
    num = gen_card(R.choice(["visa", "mc"]))
    gs = chunks(num, [4, 4, 4, 4])
    wrong = list(gs[2])
    wrong[3] = str((int(wrong[3]) + 3) % 10)
    wrong = "".join(wrong)
    i = ind()
    c = Case("positive", "call/%s: card with a self-correction mid-reading; the abandoned group is not labelled" % i)
    c.a("what's the card number")
    c.c((say_digits(gs[0] + gs[1]), "CARD_NUMBER", "card"), " " + say_digits(wrong, doubles=False) + " ",
        R.choice(["no sorry", "wait no", "sorry let me start that again no"]), " ",
        (say_digits(gs[2] + gs[3]), "CARD_NUMBER", "card"))
    c.a("okay thank you")
    return c


def p_card_amounts():
    num = gen_card()
    gs = chunks(num, card_groups(num))
    i = ind()
    c = Case("positive", "chat/%s: card typed next to amounts, order number and quantity (unlabelled)" % i)
    c.c("hi i want to pay $%d.%02d for order #%d (%d items) with card %s" % (
        R.randint(10, 500), R.randint(0, 99), R.randint(100000, 9999999), R.randint(2, 9), ""),
        ((" ".join(gs) if R.random() < 0.5 else num), "CARD_NUMBER"), R.choice([" thanks", " pls", ""]))
    return c


def ssn_spoken(s, style=None):
    style = style or R.choice(["digits", "digits", "groups_pairs", "mixed"])
    a, b, cc = s[:3], s[3:5], s[5:]
    if style == "digits":
        return say_digits(s, filler=True)
    if style == "groups_pairs":
        return say_digits(a) + " " + say_pair(b) + " " + say_pairs(cc)
    return say_digits(a, doubles=False) + " " + say_digits(b) + " " + say_group(cc)


def p_ssn_call():
    s = gen_ssn()
    i = ind()
    c = Case("positive", "call/%s: social security number spoken in one turn" % i)
    c.a(R.choice(["can i get your social security number to verify", "for verification i'll need your full social",
                  "and what's the social on the account"]))
    c.c(R.choice(["sure it's ", "yeah ", "okay it's ", "um ", "my social is "]), (ssn_spoken(s), "SSN"))
    c.a("thank you one moment while i pull that up")
    return c


def p_ssn_split():
    s = gen_ssn()
    i = ind()
    c = Case("positive", "call/%s: SSN read as 3-2-4 over three turns with back-channels" % i)
    c.a("i'll need to verify your social security number")
    c.c("okay it's ", (say_digits(s[:3]), "SSN", "ssn"))
    c.a(ack())
    c.c((say_group(s[3:5]), "SSN", "ssn"))
    c.a(ack())
    c.c((say_group(s[5:]), "SSN", "ssn"), R.choice(["", " that's it", " yeah"]))
    return c


def p_ssn_chat():
    s = gen_ssn()
    fmt = R.choice(["dash", "space", "none", "dash", "dot", "spaced dash", "slash"])
    t = {"dash": "%s-%s-%s", "space": "%s %s %s", "dot": "%s.%s.%s", "none": "%s%s%s",
         "spaced dash": "%s - %s - %s", "slash": "%s/%s/%s"}[fmt] % (s[:3], s[3:5], s[5:])
    i = ind()
    c = Case("positive", "chat/%s: SSN typed (%s) inside a sentence" % (i, fmt))
    c.a(R.choice(["To verify your identity please provide your Social Security number.", "Can you confirm the SSN on file?"]))
    c.c(R.choice(["SSN: ", "ssn is ", "its ", "my social is ", "sure - ", "SS# "]), (t, "SSN"),
        R.choice(["", " and dob is on the form", " thx", ". my claim number is %d" % R.randint(1000000, 99999999)]))
    return c


def p_ssn_readback():
    s = gen_ssn()
    i = ind()
    c = Case("positive", "call/%s: customer gives SSN, agent reads it back, customer corrects nothing" % i)
    c.a("what's your social")
    c.c((ssn_spoken(s, "digits"), "SSN"))
    c.a("i have ", (say_digits(s[:3], doubles=False) + " " + say_digits(s[3:5], doubles=False) + " " + say_digits(s[5:], doubles=False), "SSN"), " correct")
    c.c("yes ma'am")
    return c


def p_ssn_phone():
    s = gen_ssn()
    ph = gen_phone_us()
    i = ind()
    c = Case("positive", "call/%s: SSN and callback phone number in the same turn" % i)
    c.a("okay i need your social and a good callback number")
    c.c("social is ", (ssn_spoken(s), "SSN"), " and you can call me back at ",
        (say_digits(ph[:3]) + " " + say_digits(ph[3:6]) + " " + say_group(ph[6:]), "PHONE"))
    return c


def ni_spoken(n):
    style = R.choice(["plain", "nato", "asin", "plain"])
    letters = [say_letter(ch, style) for ch in n[:2]]
    digits = n[2:8]
    dsp = R.choice([say_digits(digits, uk=True), say_pairs(digits, uk=True),
                    say_digits(digits, uk=True, filler=True)])
    suf = n[8].lower()
    suf_sp = say_letter(suf, style) if style != "plain" else R.choice([suf, suf, {"c": "see", "b": "bee"}.get(suf, suf)])
    return " ".join(letters) + " " + dsp + " " + suf_sp


def p_ni_call():
    n = gen_ni()
    i = ind(False)
    c = Case("positive", "call/%s: UK national insurance number spoken with letters, pairs or phonetic alphabet" % i)
    c.a("can i take your national insurance number please")
    c.c(R.choice(["yeah it's ", "", "it's ", "right it's "]), (ni_spoken(n), "NI_NUMBER"))
    c.a("lovely thank you")
    return c


def p_ni_split():
    n = gen_ni()
    i = ind(False)
    c = Case("positive", "call/%s: NI number split over turns with back-channels" % i)
    c.a("and your national insurance number")
    c.c(R.choice(["okay ", "", "hang on it's "]), (" ".join(say_letter(ch, R.choice(["plain", "nato"])) for ch in n[:2]), "NI_NUMBER", "ni"))
    c.a(ack())
    c.c((say_pairs(n[2:8], uk=True) if R.random() < 0.5 else say_digits(n[2:8], uk=True), "NI_NUMBER", "ni"))
    c.a("and the letter at the end")
    c.c((say_letter(n[8], R.choice(["plain", "nato", "asin"])), "NI_NUMBER", "ni"))
    return c


def p_ni_chat():
    n = gen_ni()
    fmt = R.choice(["compact", "spaced", "lower", "spaced", "dash"])
    if fmt == "compact":
        t = n
    elif fmt == "spaced":
        t = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif fmt == "lower":
        t = n.lower()
    else:
        t = "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    i = ind(False)
    c = Case("positive", "chat/%s: NI number typed (%s)" % (i, fmt))
    c.a("Could you confirm your National Insurance number?")
    c.c(R.choice(["NI no. ", "its ", "sure ", "NINO: ", "my ni number is "]), (t, "NI_NUMBER"),
        R.choice(["", " thanks", ", ref %d" % R.randint(10000, 999999)]))
    return c


def p_phone_us():
    ph = gen_phone_us()
    i = ind()
    if R.random() < 0.5:
        fmt = R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "1-%s-%s-%s", "%s%s%s"])
        t = fmt % (ph[:3], ph[3:6], ph[6:])
        c = Case("positive", "chat/%s: US phone typed %s" % (i, fmt.replace("%s", "x")))
        c.a("What's the best number to reach you?")
        c.c(R.choice(["cell is ", "", "you can text ", "call me at "]), (t, "PHONE"),
            R.choice(["", " after 5pm", " anytime", " ext 204 is my desk"]))
    else:
        sp = say_digits(ph[:3]) + " " + say_digits(ph[3:6]) + " " + say_group(ph[6:], homo=True)
        if R.random() < 0.3:
            sp = "one " + sp
        c = Case("positive", "call/%s: US phone spoken with area code" % i)
        c.a("and a phone number in case we get disconnected")
        c.c(R.choice(["yeah it's ", "sure ", "my cell is ", "it's area code "]), (sp, "PHONE"))
        c.a("got it")
    return c


def p_phone_split():
    ph = gen_phone_us()
    i = ind()
    c = Case("positive", "call/%s: phone split over turns, agent reads back" % i)
    c.a("what number should the technician call")
    c.c("area code ", (say_digits(ph[:3]), "PHONE", "ph"))
    c.a(ack())
    c.c((say_digits(ph[3:6]), "PHONE", "ph"))
    c.a(ack())
    c.c((say_group(ph[6:]), "PHONE", "ph"))
    c.a("so that's ", (say_digits(ph, doubles=False), "PHONE"), " and the visit is thursday between eight and twelve")
    return c


def p_phone_uk_ie():
    uk = R.random() < 0.6
    ph = gen_phone_uk() if uk else gen_phone_ie()
    i = ind(False)
    if R.random() < 0.5:
        if uk:
            t = R.choice([ph[:5] + " " + ph[5:], "+44 " + ph[1:5] + " " + ph[5:], ph, "+44" + ph[1:]])
        else:
            t = R.choice([ph[:3] + " " + ph[3:6] + " " + ph[6:], "+353 " + ph[1:3] + " " + ph[3:], ph])
        c = Case("positive", "chat/%s: %s phone typed" % (i, "UK" if uk else "Irish"))
        c.c("pls ring me on ", (t, "PHONE"), " re my complaint")
    else:
        sp = say_digits(ph[:5], uk=True) + " " + say_group(ph[5:9], uk=True) + " " + say_digits(ph[9:], uk=True)
        c = Case("positive", "call/%s: %s phone spoken ('nought', 'double')" % (i, "UK" if uk else "Irish"))
        c.a("what's the best contact number")
        c.c(R.choice(["it's ", "me mobile is ", "", "erm "]), (sp, "PHONE"))
    return c


FIRST = ["john", "maria", "kevin", "aisha", "brian", "tanya", "luis", "megan", "derek", "priya",
         "sean", "niamh", "claire", "marcus", "emily", "omar", "grace", "tyler"]
LAST = ["doe", "garcia", "nguyen", "patel", "obrien", "smith", "walsh", "johnson", "kowalski",
        "reyes", "murphy", "chen", "brooks", "hughes", "fitzgerald"]
DOMAINS = [("gmail", "com"), ("yahoo", "com"), ("outlook", "com"), ("hotmail", "co.uk"),
           ("icloud", "com"), ("aol", "com"), ("comcast", "net"), ("eircom", "net"), ("att", "net")]


def p_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    dom, tld = R.choice(DOMAINS)
    num = str(R.randint(1, 99)) if R.random() < 0.5 else ""
    form = R.choice(["initial", "dot", "under", "plain"])
    i = ind(R.random() < 0.7)
    if R.random() < 0.45:
        local = {"initial": f[0] + l, "dot": f + "." + l, "under": f + "_" + l, "plain": f + l}[form] + num
        t = local + "@" + dom + "." + tld
        if R.random() < 0.3:
            t = t.capitalize() if R.random() < 0.5 else t.upper()
        c = Case("positive", "chat/%s: email typed" % i)
        c.a("What email should we send the confirmation to?")
        c.c(R.choice(["", "use ", "its ", "email: "]), (t, "EMAIL"), R.choice(["", " please", " thanks!"]))
        return c
    sep = {"initial": " ", "dot": " dot ", "under": " underscore ", "plain": " "}[form]
    fsp = f[0] if form == "initial" else f
    numsp = ""
    if num:
        numsp = " " + (say_pair(num) if len(num) == 2 and R.random() < 0.6 else say_digits(num, doubles=False))
    tldsp = " dot ".join(tld.split("."))
    sp = fsp + sep + l + numsp + " at " + dom + " dot " + tldsp
    c = Case("positive", "call/%s: email dictated ('dot', 'at', numbers as words)" % i)
    c.a("and an email address for the receipt")
    c.c(R.choice(["yeah it's ", "sure ", "it's "]), (sp, "EMAIL"))
    if R.random() < 0.5:
        c.a("so that's ", (sp, "EMAIL"), " yes")
        c.c("that's it")
    return c


def dob_value(spoken, us=True):
    y = R.randint(1941, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    if spoken:
        ysp = say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])
        f = R.randint(0, 3)
        if f == 0:
            return "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], ysp)
        if f == 1:
            return "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], ysp)
        if f == 2:
            return "%s %s %s" % (say_digits("%02d" % m, doubles=False), say_digits("%02d" % d, doubles=False), ysp)
        return "%s %s %s" % (MONTHS[m - 1], say_pair("%02d" % d) if d >= 10 else UNITS[d], ysp)
    f = R.randint(0, 3)
    if f == 0:
        return "%02d/%02d/%d" % ((m, d, y) if us else (d, m, y))
    if f == 1:
        return "%d-%02d-%02d" % (y, m, d)
    if f == 2:
        return "%s %d, %d" % (MONTHS[m - 1].title(), d, y)
    return "%d.%d.%s" % ((m, d, str(y)[2:]) if us else (d, m, str(y)[2:]))


def p_dob():
    us = R.random() < 0.75
    i = ind(us)
    spoken = R.random() < 0.6
    v = dob_value(spoken, us)
    c = Case("positive", "%s/%s: date of birth for verification" % ("call" if spoken else "chat", i))
    if spoken:
        c.a(R.choice(["can you verify your date of birth", "and your birthday please", "what's the date of birth on the policy"]))
        c.c(R.choice(["", "it's ", "uh ", "i was born "]), (v, "DOB"))
    else:
        c.a("Please confirm your date of birth.")
        c.c(R.choice(["DOB ", "", "born ", "dob: "]), (v, "DOB"))
    return c


def p_address_us():
    spoken = R.random() < 0.5
    addr = gen_us_address(spoken)
    z = gen_zip()
    i = ind()
    if spoken:
        zsp = say_digits(z[:5]) + ((" dash " if R.random() < 0.5 else " ") + say_digits(z[5:]) if len(z) == 9 else "")
        c = Case("positive", "call/%s: US street address and ZIP%s spoken" % (i, "+4" if len(z) == 9 else ""))
        c.a("what's the service address")
        c.c("it's ", (addr, "ADDRESS"), " %s %s" % R.choice([("springfield", "illinois"), ("columbus", "ohio"), ("aurora", "colorado"), ("plano", "texas"), ("riverside", "california")]))
        c.a("and the zip code")
        c.c((zsp, "POSTCODE"))
    else:
        zt = z if len(z) == 5 else z[:5] + "-" + z[5:]
        c = Case("positive", "chat/%s: US address typed with ZIP%s on one line" % (i, "+4" if len(z) == 9 else ""))
        c.a("What's the shipping address for the replacement?")
        c.c((addr, "ADDRESS"), ", %s, %s " % R.choice([("Austin", "TX"), ("Denver", "CO"), ("Tampa", "FL"), ("Portland", "OR"), ("Madison", "WI"), ("Raleigh", "NC")]), (zt, "POSTCODE"))
    return c


def uk_pc_spoken(outw, inw):
    letters_out = "".join(ch for ch in outw if ch.isalpha())
    num_out = outw[len(letters_out):]
    style = R.choice(["plain", "nato", "plain"])
    parts = [say_letter(ch, style) for ch in letters_out]
    parts.append(say_pair(num_out) if len(num_out) == 2 and R.random() < 0.6 else say_digits(num_out, uk=True, doubles=False))
    parts.append(say_digits(inw[0], uk=True))
    parts += [say_letter(ch, style) for ch in inw[1:]]
    return " ".join(parts)


def p_address_uk():
    spoken = R.random() < 0.5
    outw, inw = gen_uk_postcode()
    addr = gen_uk_address(spoken)
    i = ind(False)
    if spoken:
        c = Case("positive", "call/%s: UK address and postcode spoken" % i)
        c.a("can you confirm the first line of the address and the postcode")
        c.c("yeah it's ", (addr, "ADDRESS"), " and the postcode is ", (uk_pc_spoken(outw, inw), "POSTCODE"))
    else:
        pc = R.choice([outw + " " + inw, outw + inw, (outw + " " + inw).lower()])
        c = Case("positive", "chat/%s: UK address and postcode typed" % i)
        c.c("I've moved to ", (addr, "ADDRESS"), ", %s, " % R.choice(["Leeds", "Bristol", "Salford", "Reading"]), (pc, "POSTCODE"), " from the 1st")
    return c


def p_bank_uk():
    sc = rdig(6)
    acc = rdig(8)
    i = ind(False)
    if R.random() < 0.5:
        c = Case("positive", "call/%s: sort code and account number spoken" % i)
        c.a("what's the sort code")
        c.c((R.choice([say_pairs(sc, uk=True), say_digits(sc, uk=True), say_digits(sc[:2], uk=True) + " " + say_digits(sc[2:4], uk=True) + " " + say_digits(sc[4:], uk=True)]), "SORT_CODE"))
        c.a("and the account number")
        c.c(R.choice(["", "it's ", "erm "]), (say_digits(acc, uk=True, filler=True), "BANK_ACCOUNT"))
    else:
        t = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        c = Case("positive", "chat/%s: sort code and account number typed" % i)
        c.c("for the direct debit: sort code ", (t, "SORT_CODE"), R.choice([", acc no ", " account ", " a/c "]), (acc, "BANK_ACCOUNT"))
    return c


def p_bank_us():
    acc = rdig(R.randint(9, 12))
    i = ind()
    if R.random() < 0.5:
        c = Case("positive", "chat/%s: US checking account number typed for autopay" % i)
        c.c("set up autopay from my checking, account number ", (acc, "BANK_ACCOUNT"), " for the $%d monthly amount" % R.randint(30, 300))
    else:
        c = Case("positive", "call/%s: US account number read split over two turns" % i)
        c.a("what's the checking account number you want to use")
        h = len(acc) // 2
        c.c((say_digits(acc[:h]), "BANK_ACCOUNT", "acc"))
        c.a(ack())
        c.c((say_digits(acc[h:]), "BANK_ACCOUNT", "acc"))
    return c


def p_iban():
    ib = gen_iban()
    i = ind(False)
    if R.random() < 0.55:
        t = R.choice([ib, " ".join(ib[k:k + 4] for k in range(0, len(ib), 4)), ib.lower()])
        c = Case("positive", "chat/%s: IBAN typed for a refund (%s)" % (i, ib[:2]))
        c.c("refund to IBAN ", (t, "IBAN"), R.choice(["", " please", " - thanks"]))
    else:
        parts = []
        for k in range(0, len(ib), 4):
            g = ib[k:k + 4]
            sub = []
            for ch in g:
                sub.append(say_letter(ch, R.choice(["plain", "plain", "nato"])) if ch.isalpha() else say_digits(ch, uk=True, doubles=False))
            parts.append(" ".join(sub))
        c = Case("positive", "call/%s: IBAN read out letter by letter (%s)" % (i, ib[:2]))
        c.a("to send the refund i'll need your iban")
        c.c("okay it's ", (" ".join(parts), "IBAN"))
    return c


def p_verify_combo():
    i = ind()
    z = gen_zip(False)
    dob = dob_value(True)
    ph = gen_phone_us()
    c = Case("positive", "call/%s: verification with DOB, ZIP and phone in one customer turn" % i)
    c.a("to verify the account i'll need date of birth zip code and phone number on file")
    c.c("sure birthday is ", (dob, "DOB"), " zip is ", (say_digits(z), "POSTCODE"), " and the phone is ",
        (say_digits(ph[:3]) + " " + say_digits(ph[3:6]) + " " + say_group(ph[6:]), "PHONE"))
    c.a("thank you you're verified")
    return c


def p_chat_combo():
    i = ind()
    s = gen_ssn()
    addr = gen_us_address(False)
    z = gen_zip()
    em = R.choice(FIRST) + "." + R.choice(LAST) + "@" + "%s.%s" % R.choice(DOMAINS)
    c = Case("positive", "chat/%s: several values typed in one message with policy number and amount (unlabelled)" % i)
    c.c("policy #PL%d, premium $%d.%02d. ssn " % (R.randint(100000, 9999999), R.randint(50, 400), R.randint(0, 99)),
        ("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN"), ", new addr ", (addr, "ADDRESS"), " ",
        (z if len(z) == 5 else z[:5] + "-" + z[5:], "POSTCODE"), ", email ", (em, "EMAIL"))
    return c


def p_expiry_cvv_call():
    i = ind()
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    cvv = rdig(3)
    c = Case("positive", "call/%s: expiry and CVV in one turn, number given earlier via keypad" % i)
    c.a("i've got the card number from the keypad can you give me the expiration and the security code")
    c.c("expiration ", (R.choice(["%s %s" % (say_pair("%02d" % mm), say_pair(str(yy))), "%s twenty %s" % (MONTHS[mm - 1], say_pair(str(yy))), "%s of twenty %s" % (say_digits("%02d" % mm, doubles=False), say_pair(str(yy)))]), "EXPIRY"),
        " and the code is ", (say_digits(cvv), "CVV"))
    return c


def p_card_chat_split():
    num = gen_card(R.choice(["visa", "mc", "disc", "amex"]))
    gs = chunks(num, card_groups(num))
    h = len(gs) // 2
    i = ind()
    c = Case("positive", "chat/%s: card typed across two chat messages with an agent message between" % i)
    c.a("You can type the card number here, it's a secure chat.")
    c.c(R.choice(["ok ", "", "sure "]), (" ".join(gs[:h]), "CARD_NUMBER", "card"))
    c.a(R.choice(["Go on", "Got it, and the rest?", "Yes?"]))
    c.c((" ".join(gs[h:]), "CARD_NUMBER", "card"), R.choice(["", " sorry hit enter too soon", " thats it"]))
    return c


def p_ssn_chat_split():
    s = gen_ssn()
    i = ind()
    c = Case("positive", "chat/%s: SSN typed in two messages (first five, then last four)" % i)
    c.a("Please provide your SSN to continue.")
    c.c("%s" % R.choice(["", "ok ", "its "]), ("%s-%s" % (s[:3], s[3:5]), "SSN", "ssn"))
    c.a("And the rest?")
    c.c(("%s" % s[5:], "SSN", "ssn"))
    return c


def p_address_call_readback():
    addr_n = R.choice([R.randint(1000, 9999), R.randint(100, 999)])
    st, suf = R.choice(US_STREETS), R.choice(US_SUFFIX)
    sn = str(addr_n)
    if len(sn) == 4 and sn[2:] == "00":
        sp = say_pair(sn[:2]) + " hundred"
    elif len(sn) == 4:
        sp = say_pairs(sn)
    else:
        sp = UNITS[int(sn[0])] + " " + (say_pair(sn[1:]) if sn[1] != "0" else "oh " + UNITS[int(sn[2])])
    addr = "%s %s %s" % (sp, st, suf)
    z = gen_zip(True)
    i = ind()
    c = Case("positive", "call/%s: US address and ZIP+4 given, agent reads both back" % i)
    c.a("what address should we mail the new card to")
    c.c((addr, "ADDRESS"), " %s %s " % R.choice([("tulsa", "oklahoma"), ("fresno", "california"), ("dayton", "ohio"), ("boise", "idaho")]),
        (say_digits(z[:5]) + " " + say_digits(z[5:]), "POSTCODE"))
    c.a("so that's ", (addr, "ADDRESS"), " zip ", (say_digits(z[:5], doubles=False) + " dash " + say_digits(z[5:], doubles=False), "POSTCODE"), " correct")
    c.c("yes")
    return c


POS = [(p_card_call_single, 18), (p_card_call_split, 10), (p_card_chat, 14), (p_card_pairs_readback, 5),
       (p_card_selfcorrect, 4), (p_card_amounts, 5), (p_ssn_call, 14), (p_ssn_split, 6), (p_ssn_chat, 14),
       (p_ssn_readback, 4), (p_ssn_phone, 5), (p_ni_call, 14), (p_ni_split, 6), (p_ni_chat, 12),
       (p_phone_us, 12), (p_phone_split, 4), (p_phone_uk_ie, 7), (p_email, 14), (p_dob, 16),
       (p_address_us, 12), (p_address_uk, 7), (p_bank_uk, 13), (p_bank_us, 6), (p_iban, 15),
       (p_verify_combo, 6), (p_chat_combo, 6), (p_expiry_cvv_call, 5),
       (p_card_chat_split, 6), (p_ssn_chat_split, 5), (p_address_call_readback, 6)]


# --------------------------------------------------------------------------- negative templates
def n_amounts():
    i = R.choice(["banking", "credit union", "telecom", "utilities", "cable tv", "credit card"])
    c = Case("negative", "call/%s: balance, payment amount and due date - no PII" % i)
    c.a("your current balance is %s dollars and %s cents and the minimum payment of %s dollars is due on the %s" % (
        R.choice(["four hundred twenty six", "one thousand two hundred eighty", "ninety seven", "two thousand forty one"]),
        R.choice(["thirteen", "fifty", "eighty eight", "oh five"]), R.choice(["thirty five", "forty", "one twenty five"]),
        R.choice(ORD[:28])))
    c.c("okay can i pay %s today and the rest on %s %s" % (R.choice(["two hundred", "a hundred and fifty", "three fifty"]), R.choice(MONTHS), R.choice(ORD)))
    return c


def n_refnum():
    word, i = R.choice([("order number", "retail"), ("ticket number", "telecom"), ("claim number", "insurance"),
                        ("invoice number", "utilities"), ("reference number", "government services"),
                        ("case number", "banking"), ("confirmation number", "travel"), ("work order", "cable tv"),
                        ("claim number", "healthcare billing"), ("order number", "pharmacy")])
    n = rdig(R.randint(6, 10)).lstrip("0") or "7"
    if R.random() < 0.5:
        c = Case("negative", "chat/%s: %s typed - not PII" % (i, word))
        c.c("Hi, checking on my %s %s, it was placed %d days ago" % (word, R.choice([n, "#" + n]), R.randint(2, 14)))
        c.a("Thanks, %s %s is %s." % (word, n, R.choice(["still open", "being reviewed", "escalated to tier 2", "marked as resolved"])))
    else:
        c = Case("negative", "call/%s: %s spoken digit by digit - not PII" % (i, word))
        c.a("do you have the %s handy" % word)
        c.c("yeah the %s is %s" % (word, say_digits(n)))
        c.a("thank you i see that %s" % word)
    return c


def n_policy_member():
    i = R.choice(["insurance", "healthcare billing", "pharmacy", "auto insurance"])
    kind = R.choice(["policy number", "member id", "group number", "claim number", "prescription number", "rx number"])
    n = R.choice("ABCHKW") + R.choice("ABCHKW") + rdig(R.randint(6, 8))
    if R.random() < 0.5:
        c = Case("negative", "chat/%s: %s with letters and digits - not a listed PII type" % (i, kind))
        c.c("my %s is %s and the copay was $%d" % (kind, n, R.choice([10, 20, 25, 40])))
    else:
        c = Case("negative", "call/%s: %s spoken - not PII" % (i, kind))
        c.a("can i have the %s from the card" % kind)
        c.c("sure it's %s %s" % (" ".join(ch.lower() for ch in n[:2]), say_digits(n[2:])))
    return c


def n_tracking():
    i = R.choice(["retail", "retail", "logistics"])
    t = "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6)) + rdig(10)
    c = Case("negative", "chat/%s: UPS tracking number with its name - not PII" % i)
    c.c("tracking number %s says delivered but nothing here" % t)
    c.a("I'm sorry about that. Tracking %s shows delivery at %d:%02d pm." % (t, R.randint(1, 7), R.choice([5, 15, 42, 58])))
    return c


def n_times_durations():
    i = R.choice(["telecom", "utilities", "cable tv", "broadband", "home warranty"])
    c = Case("negative", "call/%s: appointment date, time, duration - not PII" % i)
    c.a("i can book the technician for %s the %s between %s and %s" % (R.choice(["monday", "tuesday", "friday"]), R.choice(ORD), R.choice(["eight", "ten", "one"]), R.choice(["twelve", "two", "five"])))
    c.c("that works i've been on hold for %s minutes already and this is the %s time i've called" % (R.choice(["forty five", "twenty", "ninety"]), R.choice(["third", "fourth", "fifth"])))
    return c


def n_contract_date():
    i = R.choice(["telecom", "energy", "broadband", "insurance", "cable tv"])
    d = "%s of %s %s" % (R.choice(ORD), R.choice(MONTHS), say_pair("20") + " " + say_pair(str(R.randint(10, 25))))
    c = Case("negative", "call/%s: contract start date and renewal - not DOB" % i)
    c.a("your contract started on the %s and it renews after twenty four months" % d)
    c.c("right and the price goes up by %s percent" % R.choice(["three point nine", "five", "eleven"]))
    return c


def n_chat_dates():
    i = ind()
    c = Case("negative", "chat/%s: payment date and period dates typed - not DOB" % i)
    c.c("I paid on %02d/%02d/2025 but the bill for %02d/2025 still shows $%d.%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(1, 12), R.randint(40, 400), R.randint(0, 99)))
    c.a("That payment posted on %s %d. Your next statement is %s %d." % (R.choice(MONTHS).title(), R.randint(1, 28), R.choice(MONTHS).title(), R.randint(1, 28)))
    return c


def n_flight():
    c = Case("negative", "call/travel: flight number, seat, gate, times - not PII")
    c.a("you're on flight %s %s departing at %s from gate %s" % (R.choice(["u a", "delta", "b a", "aer lingus e i"]), say_digits(rdig(3).lstrip("0") or "5"), R.choice(["six forty", "eleven fifteen", "nineteen thirty"]), R.choice(["b twelve", "forty two", "c seven"])))
    c.c("and my seat is %d%s right the bag allowance is %d kilos" % (R.randint(1, 40), R.choice("ABCDEF"), R.choice([20, 23, 32])))
    return c


def n_meter():
    i = R.choice(["utilities", "energy", "water"])
    c = Case("negative", "call/%s: meter reading and usage - not PII" % i)
    c.c("the meter reading today is %s and last month it was %s" % (say_digits(rdig(5)), say_digits(rdig(5))))
    c.a("thanks that's %d kilowatt hours at %d point %d cents per unit" % (R.randint(200, 900), R.randint(12, 40), R.randint(1, 9)))
    return c


def n_model_speed():
    i = R.choice(["telecom", "broadband", "retail", "cable tv"])
    c = Case("negative", "chat/%s: router model, speeds and serial-like model code - not PII" % i)
    c.c("My router model %s-%d only gets %d Mbps, the plan says %d Mbps" % (R.choice(["AX", "NG", "TG", "RT"]), R.randint(1000, 9999), R.randint(5, 90), R.choice([300, 500, 940])))
    c.a("I've scheduled a line test for %d:%02d. It takes about %d minutes." % (R.randint(8, 11), R.choice([0, 15, 30, 45]), R.choice([10, 20, 30])))
    return c


def n_age_temp():
    i = R.choice(["healthcare billing", "insurance", "utilities"])
    c = Case("negative", "call/%s: age, temperature, count - not PII" % i)
    c.c("my mother is %s years old and the heating's been off %s days it's %s degrees in the house" % (R.choice(["eighty two", "seventy nine", "ninety one"]), R.choice(["three", "four", "six"]), R.choice(["fifty five", "forty eight", "twelve"])))
    c.a("i'm sorry to hear that i've raised it as priority one for the %s customers on that street" % R.choice(["twelve", "thirty", "two hundred"]))
    return c


def n_room_years():
    c = Case("negative", "call/travel: hotel room number, nights, year of loyalty membership - not PII")
    c.c("i'm in room %s for %s nights and i've been a member since %s" % (say_digits(str(R.randint(101, 1520))), R.choice(["three", "five", "two"]), say_pair("20") + " " + say_pair("%02d" % R.randint(1, 20)) if R.random() < 0.5 else "nineteen ninety eight"))
    c.a("thank you the rate is %s a night plus tax" % R.choice(["one eighty nine", "two twenty five", "ninety nine"]))
    return c


def n_prices_chat():
    i = ind()
    c = Case("negative", "chat/%s: prices, percentages, quantities - not PII" % i)
    c.c("why is my bill $%d.%02d? last month was $%d.%02d and you said %d%% off for %d months" % (R.randint(50, 200), R.randint(0, 99), R.randint(40, 150), R.randint(0, 99), R.choice([10, 15, 20, 25]), R.choice([6, 12, 24])))
    c.a("The promo ended on %s %d. I can add a $%d credit and %d GB extra data." % (R.choice(MONTHS).title(), R.randint(1, 28), R.choice([10, 15, 25]), R.choice([5, 10, 20])))
    return c


def n_long_balance():
    i = R.choice(["banking", "auto finance", "credit union", "mortgage"])
    c = Case("negative", "call/%s: large amounts said digit-ish, loan term - not PII" % i)
    c.a("the payoff amount is %s and your rate is %s percent on a %s month term" % (
        R.choice(["twelve thousand four hundred and six dollars", "nineteen thousand eight hundred sixty", "two thousand two hundred twenty two dollars fifteen"]),
        R.choice(["six point nine nine", "four point two five", "eleven point five"]), R.choice(["sixty", "seventy two", "thirty six"])))
    c.c("okay and if i pay %s extra a month" % R.choice(["a hundred", "fifty", "two fifty"]))
    return c


def n_odometer():
    i = R.choice(["auto insurance", "auto finance", "roadside assistance"])
    c = Case("negative", "call/%s: odometer reading (5 digits), claim number, tow distance - not PII" % i)
    c.a("what's the mileage on the vehicle right now")
    c.c("the odometer says %s and i'm about %s miles from the exit" % (say_digits(str(R.randint(10000, 99999))), R.choice(["twelve", "three", "forty"])))
    c.a("okay your claim number is %s and the tow truck should be there in %s minutes" % (say_digits(str(R.randint(1000000, 9999999))), R.choice(["forty", "sixty", "ninety"])))
    return c


def n_plan_chat():
    i = R.choice(["healthcare billing", "insurance", "pharmacy"])
    c = Case("negative", "chat/%s: deductible, out-of-pocket, plan year, member and group ids - not PII" % i)
    c.c("Member ID %s%d, group %d. Deductible is $%s and I've met $%d.%02d so far this plan year (%d)?" % (
        R.choice(["XJH", "W", "MBR", "ZGP"]), R.randint(10000000, 99999999), R.randint(10000, 999999),
        R.choice(["1,500", "2,000", "3,250", "500"]), R.randint(100, 1400), R.randint(0, 99), R.choice([2025, 2026])))
    c.a("Yes, $%d remains; coinsurance is %d%% after that and your out-of-pocket max is $%s." % (R.randint(50, 900), R.choice([10, 20, 30]), R.choice(["6,350", "8,700", "4,000"])))
    return c


def n_rx():
    c = Case("negative", "call/pharmacy: prescription number, dosage, quantity, refill date - not PII")
    c.a("i see prescription number %s for %s milligrams %s tablets" % (say_digits(str(R.randint(1000000, 9999999))), R.choice(["twenty", "five hundred", "ten"]), R.choice(["ninety", "thirty", "sixty"])))
    c.c("yeah and it says %s refills left but i can't refill until the %s" % (R.choice(["two", "three", "zero"]), R.choice(ORD)))
    return c


def n_package():
    c = Case("negative", "chat/retail: package weight, dimensions, store number, order total - not PII")
    c.c("order #%d: box is %d x %d x %d in, %d.%d lbs, shipping quoted $%d.%02d" % (R.randint(100000000, 9999999999), R.randint(10, 30), R.randint(8, 24), R.randint(4, 12), R.randint(1, 40), R.randint(0, 9), R.randint(5, 60), R.randint(0, 99)))
    c.a("Store #%d can hold it until %s %d, open %d am to %d pm." % (R.randint(100, 9999), R.choice(MONTHS).title(), R.randint(1, 28), R.choice([8, 9, 10]), R.choice([8, 9, 10])))
    return c


def n_charges_chat():
    i = R.choice(["telecom", "cable tv", "banking", "retail"])
    c = Case("negative", "chat/%s: timestamps, duplicate charge amounts, data usage - not PII" % i)
    c.c("at %d:%02d%s on %02d/%02d i got charged twice $%d.99 and $%d.99, also used %d.%d GB of %d GB" % (R.randint(1, 12), R.randint(0, 59), R.choice(["am", "pm", " PM"]), R.randint(1, 12), R.randint(1, 28), R.choice([19, 49, 9]), R.choice([19, 49, 9]), R.randint(1, 19), R.randint(0, 9), R.choice([20, 50, 100])))
    c.a("I can see both transactions. The duplicate will reverse in 3-5 business days.")
    return c


NEG = [(n_amounts, 9), (n_refnum, 16), (n_policy_member, 12), (n_tracking, 5), (n_times_durations, 7),
       (n_contract_date, 7), (n_chat_dates, 8), (n_flight, 6), (n_meter, 6), (n_model_speed, 6),
       (n_age_temp, 6), (n_room_years, 5), (n_prices_chat, 8), (n_long_balance, 6),
       (n_odometer, 6), (n_plan_chat, 6), (n_rx, 5), (n_package, 5), (n_charges_chat, 5)]


# --------------------------------------------------------------------------- build
def build():
    pos, neg = [], []
    for fn, n in POS:
        for _ in range(n):
            pos.append(fn())
    for fn, n in NEG:
        for _ in range(n):
            neg.append(fn())
    R.shuffle(pos)
    R.shuffle(neg)
    out = []
    for k, c in enumerate(pos, 1):
        out.append(("h308-pos-%03d" % k, c))
    for k, c in enumerate(neg, 1):
        out.append(("h308-neg-%03d" % k, c))
    return out


def serialise(cases):
    lines = []
    for cid, c in cases:
        lines.append(json.dumps({"id": cid, "kind": c.kind, "turns": c.turns, "spans": c.spans if c.kind == "positive" else [],
                                 "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- validation
W_UNIT = {w: str(k) for k, w in enumerate(UNITS)}
W_ZERO = {"oh": "0", "o": "0", "nought": "0", "naught": "0"}
W_HOMO = {"to": "2", "too": "2", "for": "4", "ate": "8"}
W_TEEN = {w: str(10 + k) for k, w in enumerate(TEENS)}
W_TENS = {w: str(k) for k, w in TENS.items()}
W_LETTERHOMO = {"see": "C", "bee": "B"}
DROP = {"um", "uh", "er", "erm", "dash", "slash", "hyphen", "space"}


def norm(text):
    """Spoken/typed value -> uppercase alnum string, or None if a token is not understood."""
    toks = re.findall(r"[A-Za-z0-9]+", text)
    out = []
    i = 0
    while i < len(toks):
        raw = toks[i]
        t = raw.lower()
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else None
        if t in DROP:
            i += 1
            continue
        if t in ("double", "triple"):
            if nxt is None:
                return None
            d = W_UNIT.get(nxt) or W_ZERO.get(nxt) or W_HOMO.get(nxt)
            if d is None:
                return None
            out.append(d * (2 if t == "double" else 3))
            i += 2
            continue
        if len(t) == 1 and t.isalpha() and t != "o":
            out.append(t.upper())
            if nxt == "for" and i + 2 < len(toks) and toks[i + 2].lower() not in W_UNIT and toks[i + 2].lower() not in W_TENS:
                i += 3
                continue
            if nxt == "as" and i + 3 < len(toks) and toks[i + 2].lower() == "in":
                i += 4
                continue
            i += 1
            continue
        if t in W_TENS:
            if nxt in W_UNIT and nxt != "zero":
                out.append(W_TENS[t] + W_UNIT[nxt])
                i += 2
            else:
                out.append(W_TENS[t] + "0")
                i += 1
            continue
        for table in (W_UNIT, W_ZERO, W_HOMO, W_TEEN, W_LETTERHOMO):
            if t in table:
                out.append(table[t])
                break
        else:
            if re.search(r"\d", t) or raw.isupper() or len(t) <= 4:
                out.append(raw.upper())
            else:
                return None
        i += 1
    return "".join(out)


def norm_email(text):
    toks = text.split()
    if len(toks) == 1:
        return text.lower()
    s = ""
    i = 0
    while i < len(toks):
        t = toks[i].lower()
        mp = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
        if t in mp:
            s += mp[t]
            i += 1
            continue
        if t in W_UNIT or t in W_ZERO or t in W_TEEN or t in W_TENS:
            j = i
            while j < len(toks) and (toks[j].lower() in W_UNIT or toks[j].lower() in W_ZERO or toks[j].lower() in W_TEEN or toks[j].lower() in W_TENS):
                j += 1
            s += norm(" ".join(toks[i:j])) or "?"
            i = j
            continue
        s += t
        i += 1
    return s


def validate(typ, text):
    if typ == "EMAIL":
        e = norm_email(text)
        return bool(re.match(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]+)+$", e)), e
    if typ == "DOB" or typ == "EXPIRY":
        low = text.lower()
        has_month = any(m in low for m in MONTHS)
        n = norm(" ".join(w for w in re.findall(r"[a-z0-9]+", low) if w not in MONTHS and w not in ("the", "of") and not any(w.endswith(x) for x in ("st", "nd", "rd", "th") if not w.isdigit())))
        if n is None:
            return False, text
        digits = re.sub(r"\D", "", n)
        if typ == "EXPIRY":
            return (has_month and len(digits) >= 2) or 3 <= len(digits) <= 6, digits
        return (has_month and len(digits) >= 2) or 4 <= len(digits) <= 8, digits
    if typ == "ADDRESS":
        low = text.lower()
        ok = bool(re.search(r"\b(%s|st|ave|dr|rd|ln|blvd|ct|pl|ter|cir)\b" % "|".join(US_SUFFIX + UK_SUFFIX), low))
        ok = ok and bool(re.search(r"\d|\b(%s)\b" % "|".join(UNITS + TEENS + list(TENS.values())), low))
        return ok, text
    n = norm(text)
    if n is None:
        return False, text
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n), n
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4), n
    if typ == "SSN":
        return n.isdigit() and len(n) == 9, n
    if typ == "NI_NUMBER":
        return bool(re.match(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$", n)), n
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6, n
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17, n
    if typ == "IBAN":
        return iban_ok(n), n
    if typ == "PHONE":
        d = n
        return d.isdigit() and 10 <= len(d) <= 13, n
    if typ == "POSTCODE":
        return bool(re.match(r"^(\d{5}|\d{9}|[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2})$", n)), n
    return False, n


def check(cases, text_on_disk):
    problems = []
    if serialise(cases) != text_on_disk:
        problems.append("fixture differs from regenerated output")
    ids = [cid for cid, _ in cases]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for cid, c in cases:
        if c.kind == "negative":
            nneg += 1
            if c.spans:
                problems.append("%s: negative with spans" % cid)
            continue
        npos += 1
        if not c.spans:
            problems.append("%s: positive without spans" % cid)
        per_turn = {}
        for sp in c.spans:
            counts[sp["type"]] += 1
            txt = c.turns[sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                problems.append("%s: offsets out of range" % cid)
                continue
            if not txt[s].isalnum() or not txt[e - 1].isalnum():
                problems.append("%s: span edge not alnum %r" % (cid, txt[s:e]))
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                problems.append("%s: span not on word boundary %r" % (cid, txt[s:e]))
            per_turn.setdefault(sp["turn"], []).append((s, e))
        for t, lst in per_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append("%s: overlapping spans in turn %d" % (cid, t))
        for gid, (typ, idxs) in c.groups.items():
            texts = [c.turns[c.spans[k]["turn"]]["text"][c.spans[k]["start"]:c.spans[k]["end"]] for k in idxs]
            joined = " ".join(texts)
            if typ in ("EMAIL", "DOB", "EXPIRY", "ADDRESS") or len(texts) == 1:
                ok, val = validate(typ, joined)
            else:
                parts = [norm(x) for x in texts]
                ok, val = (False, joined) if None in parts else validate(typ, "".join(parts))
            if not ok:
                problems.append("%s: invalid %s %r -> %r" % (cid, typ, joined, val))
    return problems, counts, npos, nneg


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h308

**Never use this set for tuning.** It is a held-out evaluation set: do not adjust
patterns, thresholds or word lists to make it pass.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its documentation, the benchmark script or any other PII fixture;
the only input was the JSONL format description. All cases come from template functions in
`scripts/make_pii_holdout308.py`; each turn is assembled from plain-text segments and
(value, TYPE) segments so span offsets are computed, never typed by hand. All values are drawn
from one `random.Random(%d)`; the output is byte-for-byte reproducible and
`python scripts/make_pii_holdout308.py --check` verifies it (ids unique, offsets in range and on
word boundaries, spans non-overlapping, every value valid after normalising spoken forms: Luhn
for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit counts for
CVV/phone/account, postcode/ZIP shapes). All values are synthetic.

Emphasis: mostly US contact centres (SSNs typed and spoken in many ways, ZIP and ZIP+4, US phone
formats, US street addresses, card payments by phone), plus UK/Irish/EU cases (NI numbers,
sort codes, IBANs, UK postcodes and phones). Channels: chat (typed, varied separators and case)
and phone calls written as an ASR transcript (lower case, numbers as words, "oh"/"o"/"nought",
"double"/"triple", pairs such as "forty one eleven", homophones "to"/"for"/"ate", fillers,
phonetic letters "b for bravo"/"c as in cat", values split across turns with back-channels,
agent read-backs, a self-correction, two or three values in one turn).

## Annotation conventions

* A span covers only the value itself: the digits/letters (or their spoken words) plus the
  separators and filler words *between* them ("um" inside a card reading is inside the span).
  Lead-in words ("it's", "my social is", "area code", "expires") and trailing words are outside.
* Phonetic spellings are inside the span: "q for quebec" / "c as in cat" are wholly covered.
* A value split across several customer turns has one span per turn (same type).
* An agent read-back of a value is labelled as well.
* Self-correction: the abandoned, wrong digits are not labelled; the corrected reading is.
* Phone: the span covers the whole number including a leading country code ("1", "44",
  "353"); a typed "+" sign, the words "area code" and extensions are outside.
* ADDRESS = house/flat number + street name + street type (+ apartment/unit); city and state are
  outside; ZIP/postcode is its own POSTCODE span.
* DOB includes the whole date phrase ("the third of may nineteen eighty"), EXPIRY the month/year.
* EMAIL includes the full spoken form ("j dot doe at gmail dot com").
* Negatives contain no spans: money, balances, percentages, times, durations, counts, ages,
  temperatures, appointment/payment/contract dates, order/ticket/claim/invoice/policy/member/
  tracking numbers said with their name, flight/room/model numbers, meter readings, speeds.

## Counts

Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    cases = build()
    text = serialise(cases)
    if "--check" in sys.argv:
        try:
            with open(OUT_FILE, encoding="utf-8") as fh:
                disk = fh.read()
        except OSError:
            disk = ""
        problems, counts, npos, nneg = check(cases, disk)
        if npos < 170 or nneg < 100:
            problems.append("too few cases: %d positive %d negative" % (npos, nneg))
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if counts[t] < need:
                problems.append("type %s has %d spans, need %d" % (t, counts[t], need))
        try:
            with open(README, encoding="utf-8") as fh:
                if fh.read() != readme(counts, npos, nneg):
                    problems.append("README differs from regenerated output")
        except OSError:
            problems.append("README missing")
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        for p in problems:
            print("PROBLEM:", p)
        print("check: %s (%d problems)" % ("OK" if not problems else "FAILED", len(problems)))
        sys.exit(1 if problems else 0)
    problems, counts, npos, nneg = check(cases, text)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT_FILE, "w", encoding="utf-8") as fh:
        fh.write(text)
    with open(README, "w", encoding="utf-8") as fh:
        fh.write(readme(counts, npos, nneg))
    print("wrote %d cases (%d positive, %d negative) to %s" % (len(cases), npos, nneg, OUT_FILE))
    if problems:
        print("warning: %d problems; run --check" % len(problems))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout512 held-out PII redaction evaluation set.

Usage:
    python scripts/make_pii_holdout512.py          # write the fixture files
    python scripts/make_pii_holdout512.py --check  # regenerate and verify

Standard library only. Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.
"""
import argparse
import json
import os
import re
import random
import sys

SEED = 512241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout512")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def maybe(p=0.5):
    return R.random() < p


# ---------------------------------------------------------------- segments
class V(object):
    """A labelled value segment. grp ties parts of one value together.
    role: full (whole value), part (piece of a value split over segments,
    parts of a group concatenate to the whole value), frag (an aborted or
    partial reading: checked loosely)."""

    def __init__(self, text, typ, grp, role="full"):
        self.text, self.typ, self.grp, self.role = text, typ, grp, role


class Ctx(object):
    def __init__(self):
        self.n = 0

    def g(self):
        self.n += 1
        return self.n


def C(*segs):
    return ("customer", list(segs))


def A(*segs):
    return ("agent", list(segs))


# ---------------------------------------------------------------- words
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine"]
ZEROS = ["oh", "o", "zero", "nought", "oh"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
FILLERS = ["um", "uh", "er", "erm", "uhh", "umm"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta",
        "E": "echo", "F": "foxtrot", "G": "golf", "H": "hotel", "I": "india",
        "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "O": "oscar", "P": "papa", "Q": "quebec",
        "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform",
        "V": "victor", "W": "whiskey", "X": "x-ray", "Y": "yankee",
        "Z": "zulu"}
# informal "x for ..." words people actually use
FOR_WORDS = {"A": ["apple", "alpha"], "B": ["bravo", "bob", "boy"],
             "C": ["charlie", "cat"], "D": ["delta", "david", "dog"],
             "E": ["echo", "edward"], "G": ["golf", "george"],
             "H": ["hotel", "harry"], "J": ["juliet", "john"],
             "K": ["kilo", "king"], "L": ["lima", "london"],
             "M": ["mike", "mother"], "N": ["november", "nancy"],
             "P": ["papa", "peter"], "R": ["romeo", "robert"],
             "S": ["sierra", "sugar"], "T": ["tango", "tommy"],
             "W": ["whiskey", "william"], "X": ["x-ray"],
             "Y": ["yankee", "yellow"], "Z": ["zulu", "zebra"],
             "Q": ["quebec", "queen"], "E2": []}
LETTER_NAMES = {"B": "bee", "C": "see", "D": "dee", "J": "jay", "K": "kay",
                "P": "pee", "T": "tee", "Z": "zed", "H": "aitch",
                "Y": "why", "X": "ex", "S": "ess", "M": "em", "N": "en",
                "R": "ar", "W": "double u", "G": "gee", "E": "ee",
                "A": "a", "L": "el"}


def dword(d):
    return ch(ZEROS) if d == "0" else ONES[int(d)]


def pair_words(dd, last):
    n = int(dd)
    if dd[0] == "0":
        return dword("0") + " " + ONES[int(dd[1])]
    if 10 <= n <= 19:
        return TEENS[n - 10]
    if n % 10 == 0:
        if last:
            return TENS[n // 10]
        return ONES[n // 10] + " " + dword("0")
    return TENS[n // 10] + " " + ONES[n % 10]


def hundreds_ok(ddd):
    if ddd[0] == "0":
        return False
    n2 = int(ddd[1:])
    return 10 <= n2 <= 19 or (n2 > 20 and n2 % 10 != 0) or 1 <= n2 <= 9


def hundreds_words(ddd):
    n2 = int(ddd[1:])
    head = ONES[int(ddd[0])] + " hundred"
    if 1 <= n2 <= 9:
        return head + " and " + ONES[n2]
    tail = pair_words(ddd[1:], True)
    return head + (" and " if maybe(0.7) else " ") + tail


def digits_words(s, style=None):
    """Speak a digit string. style: plain, runs (double/triple), pairs,
    hundreds, mixed."""
    if style is None:
        style = ch(["plain", "runs", "runs", "mixed"])
    if style == "pairs" and len(s) % 2 == 0:
        ps = [s[i:i + 2] for i in range(0, len(s), 2)]
        return " ".join(pair_words(p, False) for p in ps)
    if style == "hundreds" and len(s) == 3 and hundreds_ok(s):
        return hundreds_words(s)
    if style == "mixed":
        if len(s) == 4 and maybe(0.6):
            return digits_words(s, "pairs")
        if len(s) == 3 and hundreds_ok(s) and maybe(0.6):
            return hundreds_words(s)
        style = "runs"
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        j = i
        while j < len(s) and s[j] == d:
            j += 1
        run = j - i
        if style == "runs" and run >= 3 and maybe(0.8):
            out.append("triple " + dword(d))
            i += 3
            continue
        if style == "runs" and run >= 2 and maybe(0.85):
            out.append("double " + dword(d))
            i += 2
            continue
        out.append(dword(d))
        i += 1
    return " ".join(out)


def group_spoken(groups, filler_p=0.15, sep=None):
    """Speak several digit groups inside one span (fillers stay inside)."""
    parts = []
    for i, gtxt in enumerate(groups):
        parts.append(digits_words(gtxt))
        if i < len(groups) - 1:
            s = sep if sep is not None else ch([", ", " ", "... ", ", ", " - "])
            if maybe(filler_p):
                s = s + ch(FILLERS) + ch([", ", " ", "... "])
            parts.append(s)
    return "".join(parts)


def letter_spoken(L, mode=None):
    if mode is None:
        mode = ch(["bare", "bare", "nato", "for", "asin", "name"])
    if mode == "nato":
        return NATO[L]
    if mode == "for" and FOR_WORDS.get(L):
        return L.lower() + " for " + ch(FOR_WORDS[L])
    if mode == "asin" and FOR_WORDS.get(L):
        return L.lower() + " as in " + ch(FOR_WORDS[L])
    if mode == "name" and L in "BCDJKPTZH":
        return LETTER_NAMES[L]
    return L.lower()


# ---------------------------------------------------------------- values
def luhn_ok(num):
    tot = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9))
                            for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def make_card(kind=None):
    kind = kind or ch(["visa", "visa", "visa", "mc", "mc", "amex", "disc",
                       "visa13", "maestro19", "mc2"])
    if kind == "visa":
        return luhn_complete("4" + str(R.randint(0, 9)), 16)
    if kind == "mc":
        return luhn_complete("5" + str(R.randint(1, 5)), 16)
    if kind == "mc2":
        return luhn_complete("22" + str(R.randint(21, 99)), 16)
    if kind == "amex":
        return luhn_complete("3" + ch("47"), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    return luhn_complete(ch(["6759", "6761", "5018"]), 19)


def card_groups(num, odd=False):
    n = len(num)
    if odd:
        cuts = sorted(R.sample(range(2, n - 1), ch([2, 3, 4])))
        out, p = [], 0
        for c in cuts:
            out.append(num[p:c])
            p = c
        out.append(num[p:])
        return out
    if n == 15:
        return [num[:4], num[4:10], num[10:]]
    if n == 13:
        return [num[:4], num[4:7], num[7:10], num[10:]]
    if n == 19:
        return [num[i:i + 4] for i in range(0, 16, 4)] + [num[16:]]
    return [num[i:i + 4] for i in range(0, 16, 4)]


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def make_ni():
    while True:
        p = ch(NI_FIRST) + ch(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + ch("ABCD")


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


def rdig(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


BANK_CODES = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "AIBK", "BOFI",
              "ULSB", "NAIA", "REVO", "MONZ", "SRLG", "TSBS"]


def make_iban():
    c = ch(["GB", "GB", "IE", "IE", "DE", "NL", "FR", "ES"])
    if c in ("GB", "IE"):
        bban = ch(BANK_CODES) + rdig(14)
    elif c == "DE":
        bban = rdig(18)
    elif c == "NL":
        bban = ch(["ABNA", "INGB", "RABN", "KNAB"]) + rdig(10)
    elif c == "FR":
        bban = rdig(23)
    else:
        bban = rdig(20)
    return c + iban_check(c, bban) + bban


def iban_typed(iban):
    if maybe(0.6):
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if maybe(0.5):
        return iban
    return iban.lower() if maybe(0.5) else iban[:4] + " " + iban[4:]


def iban_spoken(iban):
    parts = []
    for i in range(0, len(iban), 4):
        chunk = iban[i:i + 4]
        toks = []
        digs = ""
        for c in chunk:
            if c.isdigit():
                digs += c
            else:
                if digs:
                    toks.append(digits_words(digs, "plain"))
                    digs = ""
                toks.append(letter_spoken(c, "nato" if c == "O" else ch(["bare", "bare", "for"])))
        if digs:
            toks.append(digits_words(digs, ch(["plain", "runs", "mixed"])))
        parts.append(" ".join(toks))
    return ", ".join(parts)


PC_AREAS = ["M", "B", "L", "G", "SW", "NW", "SE", "EC", "LS", "EH", "BS",
            "CF", "BT", "CR", "DN", "KT", "RG", "CB", "NE", "S", "HP", "GU"]
PC_UNIT = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_pc():
    return "%s%d %d%s%s" % (ch(PC_AREAS), R.randint(1, 28), R.randint(1, 9),
                            ch(PC_UNIT), ch(PC_UNIT))


def make_zip():
    z = "%05d" % R.randint(1001, 99950)
    return z + ("-" + rdig(4) if maybe(0.25) else "")


def pc_spoken(pc):
    out, digs = [], ""
    for c in pc.replace(" ", "  "):
        if c.isdigit():
            digs += c
            continue
        if digs:
            out.append(digits_words(digs, "plain"))
            digs = ""
        if c == " ":
            if out and out[-1] != ",":
                out.append(",")
            continue
        if c == "-":
            out.append("dash")
            continue
        out.append(letter_spoken(c, ch(["bare", "bare", "for", "nato"])))
    if digs:
        out.append(digits_words(digs, ch(["plain", "runs"])))
    return " ".join(out).replace(" ,", ",")


STREETS = ["Acacia Avenue", "Mill Lane", "Station Road", "Church Street",
           "Victoria Road", "Kings Road", "Elm Grove", "Park Crescent",
           "Oak Drive", "Maple Close", "High Street", "Bridge Street",
           "Orchard Way", "Meadow View", "Harbour Terrace", "Main Street",
           "Elm Street", "Oak Avenue", "Sunset Boulevard", "Cedar Lane",
           "Pine Court", "Lakeview Drive", "Grafton Street", "Seaview Park"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow",
            "Croydon", "Reading", "Belfast", "Edinburgh", "Sheffield"]
TOWNS_US = ["Springfield", "Austin", "Denver", "Columbus", "Portland",
            "Raleigh", "Tampa", "Madison"]

FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "mohammed",
         "jess", "kevin", "niamh", "dave", "maria", "olu", "chloe", "sean",
         "emma", "raj", "grace", "pawel", "hannah"]
LAST = ["doe", "smith", "patel", "okafor", "murphy", "kowalski", "byrne",
        "jones", "nguyen", "garcia", "walsh", "taylor", "obrien", "khan"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com",
           "icloud.com", "btinternet.com", "eircom.net", "proton.me",
           "aol.com", "live.ie"]


def make_email():
    f, l = ch(FIRST), ch(LAST)
    local = ch([f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)),
                f + "_" + l, l + f[0], f + "-" + l + str(R.randint(70, 99))])
    return local + "@" + ch(DOMAINS)


def email_spoken(e):
    local, dom = e.split("@")
    def sp(s):
        s = s.replace(".", " dot ").replace("_", " underscore ")
        s = s.replace("-", " " + ch(["dash", "hyphen"]) + " ")
        s = re.sub(r"(\d+)", lambda m: " " + digits_words(m.group(1), "mixed") + " ", s)
        return re.sub(r"\s+", " ", s).strip()
    lw = sp(local)
    if maybe(0.3):
        # spell the first bit
        first = re.split(r" ", lw)[0]
        if len(first) > 2 and first.isalpha():
            lw = " ".join(first) + lw[len(first):]
    return lw + " at " + sp(dom)


def make_phone():
    k = ch(["ukmob", "ukmob", "ukland", "us", "ie", "ukmobintl", "ieintl",
            "usintl", "de"])
    if k == "ukmob":
        n = "07" + ch(["700", "701", "712", "734", "802", "956"]) + rdig(6)
        return n, ch([n[:5] + " " + n[5:], n, n[:5] + " " + n[5:8] + " " + n[8:]])
    if k == "ukmobintl":
        n = "447" + ch(["700", "711", "904"]) + rdig(6)
        return "+" + n, ch(["+44 " + n[2:6] + " " + n[6:], "+44" + n[2:],
                            "+44 (0)" + n[2:6] + " " + n[6:]])
    if k == "ukland":
        n = "020" + ch(["7946", "8123", "3318"]) + rdig(4)
        return n, ch([n[:3] + " " + n[3:7] + " " + n[7:], n])
    if k == "us":
        n = ch(["212", "415", "312", "617", "206", "512"]) + "555" + "01" + rdig(2)
        return n, ch([n[:3] + "-" + n[3:6] + "-" + n[6:], n[:3] + "." + n[3:6] + "." + n[6:],
                      n[:3] + " " + n[3:6] + " " + n[6:]])
    if k == "usintl":
        n = "1" + ch(["646", "773", "305"]) + "555" + "01" + rdig(2)
        return "+" + n, "+1 " + n[1:4] + "-" + n[4:7] + "-" + n[7:]
    if k == "ie":
        n = "08" + ch("35679") + rdig(7)
        return n, ch([n[:3] + " " + n[3:6] + " " + n[6:], n])
    if k == "ieintl":
        n = "3538" + ch("35679") + rdig(7)
        return "+" + n, ch(["+353 " + n[3:5] + " " + n[5:8] + " " + n[8:], "00" + n])
    n = "4915" + rdig(9)
    return "+" + n, "+49 " + n[2:5] + " " + n[5:]


def phone_spoken(digits):
    plus = digits.startswith("+")
    d = digits.lstrip("+")
    if plus:
        cc = {"44": 2, "35": 3, "1": 1, "49": 2}
        k = 1 if d.startswith("1") else (3 if d.startswith("353") else 2)
        head = "plus " + digits_words(d[:k], "plain")
        rest = d[k:]
        gs = [rest[:3], rest[3:6], rest[6:]] if len(rest) > 6 else [rest]
        return head + ch([", ", " "]) + group_spoken([x for x in gs if x], 0.1)
    gs = [d[:5], d[5:8], d[8:]] if len(d) == 11 else [d[:3], d[3:6], d[6:]]
    return group_spoken([x for x in gs if x], 0.1)


MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth",
       "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
       "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first",
       "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]


def year_words(y):
    s = str(y)
    if s.startswith("20") and maybe(0.5):
        return "two thousand and " + ONES[int(s[3])] if s[2] == "0" else "twenty " + pair_words(s[2:], True)
    a = pair_words(s[:2], False) if s[:2] != "20" else "twenty"
    return a + " " + pair_words(s[2:], True)


def make_dob(spoken):
    y, m, d = R.randint(1942, 2004), R.randint(1, 12), R.randint(1, 28)
    if spoken:
        f = ch(["dmy", "mdy", "short"])
        if f == "dmy":
            return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], year_words(y))
        if f == "mdy":
            return "%s %s %s" % (MONTHS[m - 1], ORD[d], year_words(y))
        return "%s %s %s" % (digits_words("%02d" % d, "plain"),
                             digits_words("%02d" % m, "plain"),
                             pair_words(str(y)[2:], True))
    f = ch(["uk", "us", "iso", "text", "dots"])
    if f == "uk":
        return "%02d/%02d/%d" % (d, m, y)
    if f == "us":
        return "%d/%d/%d" % (m, d, y)
    if f == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if f == "dots":
        return "%02d.%02d.%02d" % (d, m, y % 100)
    return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)


def make_expiry(spoken):
    m, y = R.randint(1, 12), R.randint(25, 31)
    if spoken:
        f = ch(["digits", "month", "slash"])
        if f == "digits":
            return digits_words("%02d" % m, "plain") + " " + pair_words(str(y), True)
        if f == "month":
            return MONTHS[m - 1] + " " + ch(["", "twenty "]) + pair_words(str(y), True)
        return digits_words("%02d" % m, "plain") + " slash " + pair_words(str(y), True)
    return ch(["%02d/%02d", "%02d/20%02d", "%02d-%02d", "%02d %02d"]) % (m, y)


def make_cvv(n=3):
    return rdig(n)


def make_account():
    return rdig(ch([8, 8, 8, 10, 12]))


def make_sort():
    s = rdig(6)
    return s, ch([s[:2] + "-" + s[2:4] + "-" + s[4:], s[:2] + " " + s[2:4] + " " + s[4:], s])


def make_address(spoken):
    num = R.randint(1, 240)
    st = ch(STREETS)
    if spoken:
        n = str(num)
        nw = hundreds_words(n) if len(n) == 3 and hundreds_ok(n) else (
            pair_words(n, True) if len(n) == 2 else digits_words(n, "plain"))
        pre = ""
        if maybe(0.3):
            pre = "flat " + ONES[R.randint(1, 9)] + ", "
        return pre + nw + " " + st.lower()
    pre = ""
    if maybe(0.3):
        pre = ch(["Flat ", "Apt ", "flat ", "Unit "]) + str(R.randint(1, 30)) + ch([", ", " ", "/"])
    return pre + str(num) + " " + (st if maybe(0.7) else st.lower())


# ---------------------------------------------------------------- contexts
INDUSTRY = {
    "banking": ["Thanks for calling Northgate Bank", "You're through to card services",
                "Harbour Building Society, how can I help"],
    "telecom": ["Thanks for calling Vireo Mobile", "Welcome to Skyline Broadband support"],
    "utilities": ["You're through to Brightwater Energy", "Emerald Gas and Power, billing team"],
    "retail": ["Thanks for contacting Larkspur Home orders", "Hi, you're chatting with Cartwheel Retail"],
    "insurance": ["Meridian Insurance claims line", "Thanks for calling Keystone Motor Insurance"],
    "travel": ["Welcome to Skyway Holidays", "Aeris Air reservations, how can I help"],
    "healthcare": ["Riverside Medical billing office", "Patient accounts at Lakeshore Health"],
    "government": ["HM Revenue helpline", "Department of Motor Vehicles, how can I help",
                   "Citizens Services, Dublin office"],
}


def opener(inds=None):
    ind = ch(inds or sorted(INDUSTRY))
    return ind, A(ch(INDUSTRY[ind]) + ch([", my name's Dan.", ", this is Priya speaking.",
                                          ". How can I help today?", ", you're speaking with Marek."]))


def asr(s):
    return s.lower().replace(",", "").replace(".", "").replace("?", "").replace("'", "'")


BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah go ahead",
          "got that", "and the next bit?", "sorry, go on", "ok, next four"]
ASIDES = ["hang on, sorry, the dog's barking,", "sorry, my glasses, one sec,",
          "bear with me, it's a bit worn,", "hold on, I'm on the bus,",
          "wait, is that a one or a seven, it's a one,",
          "sorry, the kids are shouting,"]


# ---------------------------------------------------------------- templates: cards
def card_typed(cx):
    num = make_card()
    odd = maybe(0.3)
    gs = card_groups(num, odd)
    sep = ch([" ", "-", " ", "", ".", "  ", " - "])
    txt = sep.join(gs)
    if maybe(0.15):
        txt = num
    lab = ch(["card no: ", "Card number: ", "card numbr ", "CC#", "card - ", "my card is ",
              "long number on the card: ", "pan: ", "cardnum=", "Card Nº "])
    g = cx.g()
    turns = [C("Hi, I need to update the payment on my account. " + lab, V(txt, "CARD_NUMBER", g),
               ch(["", " thanks", ".", " - is that ok?"]))]
    note = "typed chat card number, %s grouping" % ("odd" if odd else "standard")
    if maybe(0.6):
        e = make_expiry(False)
        cv = make_cvv(4 if len(num) == 15 else 3)
        turns.append(A("Thanks. Could you also give me the expiry and security code?"))
        turns.append(C(ch(["exp ", "expires ", "Exp: "]), V(e, "EXPIRY", cx.g()),
                       ch([" cvv ", ", CVC ", " sec code "]), V(cv, "CVV", cx.g())))
        note += " with expiry and cvv"
    return turns, note


def card_spoken_one(cx):
    num = make_card()
    gs = card_groups(num)
    g = cx.g()
    read = group_spoken(gs, 0.25)
    lead = ch(["yeah it's ", "so it's ", "okay um ", "right the long number is ",
               "it's ", "ok so "])
    turns = [opener()[1], C(asr("hi yeah i want to pay my bill with a card")),
             A("No problem, can I take the long number across the front of the card?"),
             C(lead, V(read, "CARD_NUMBER", g))]
    note = "asr card read in one turn"
    if maybe(0.5):
        rb = group_spoken(gs, 0.0, ", ")
        turns.append(A("Thank you, so that's ", V(rb, "CARD_NUMBER", cx.g()), ch(["?", ", is that right?"])))
        turns.append(C(ch(["yes", "yeah that's it", "correct"])))
        note += " with agent read-back"
    return turns, note


def card_split(cx):
    num = make_card()
    gs = card_groups(num)
    g = cx.g()
    turns = [opener()[1], A("Can I take the card number when you're ready?")]
    echo = maybe(0.4)
    for i, gtxt in enumerate(gs):
        lead = ch(["", "", "um ", "then ", "next is ", "and "]) if i else ch(["ok ", "it's ", "", "right "])
        tail = ch(["", "", "...", ","])
        turns.append(C(lead, V(digits_words(gtxt), "CARD_NUMBER", g, "part"), tail))
        if i < len(gs) - 1:
            if echo and maybe(0.7):
                turns.append(A(V(digits_words(gtxt, "plain"), "CARD_NUMBER", cx.g(), "frag"),
                               ch([", yep", ", go on", ", mhm", ", ok"])))
            else:
                turns.append(A(ch(BACKCH)))
    turns.append(A("Lovely, thank you."))
    return turns, "asr card split over %d customer turns with back-channels%s" % (
        len(gs), ", agent echoes groups" if echo else "")


def card_correction(cx):
    num = make_card()
    gs = card_groups(num)
    g = cx.g()
    k = R.randint(1, len(gs) - 1)
    wrong = list(gs[k - 1])
    wrong[-1] = str((int(wrong[-1]) + R.randint(1, 8)) % 10)
    fragtxt = group_spoken(gs[:k - 1] + ["".join(wrong)], 0.1)
    turns = [opener()[1], A("Go ahead with the card number."),
             C(V(fragtxt, "CARD_NUMBER", cx.g(), "frag"),
               ch(["... no sorry, ", " - wait no, ", ", oh hang on that's wrong, ",
                   "... sorry I've messed that up, "]),
               ch(["let me start again. ", "from the top. ", "again: ", ""]),
               V(group_spoken(gs, 0.2), "CARD_NUMBER", g))]
    note = "asr card with aborted reading and restart in same turn"
    return turns, note


def card_midfix(cx):
    """digit group corrected mid-reading, split into spans around the correction"""
    num = make_card()
    gs = card_groups(num)
    k = R.randint(1, len(gs) - 1)
    g = cx.g()
    bad = str((int(gs[k][0]) + 3) % 10)
    turns = [opener()[1], A("What's the card number please?"),
             C(V(group_spoken(gs[:k], 0.1), "CARD_NUMBER", g, "part"), ", ",
               V(dword(bad), "CARD_NUMBER", cx.g(), "frag"), ch([" no ", " sorry ", " - no, "]),
               V(group_spoken(gs[k:], 0.1), "CARD_NUMBER", g, "part"))]
    return turns, "asr card with a single wrong digit corrected mid-reading"


def card_aside(cx):
    num = make_card()
    gs = card_groups(num)
    k = R.randint(1, len(gs) - 1)
    g = cx.g()
    turns = [opener()[1], A("And the sixteen digits on the front?"),
             C(V(group_spoken(gs[:k], 0.2), "CARD_NUMBER", g, "part"), ", " + ch(ASIDES) + " ",
               V(group_spoken(gs[k:], 0.2), "CARD_NUMBER", g, "part"))]
    return turns, "asr card reading interrupted by an aside in the same turn"


def card_mishear(cx):
    num = make_card()
    gs = card_groups(num)
    g = cx.g()
    k = R.randint(0, len(gs) - 1)
    wrong = list(gs)
    wg = list(wrong[k])
    wg[1] = str((int(wg[1]) + 5) % 10)
    wrong[k] = "".join(wg)
    turns = [opener()[1], A("Card number?"), C(V(group_spoken(gs, 0.2), "CARD_NUMBER", g)),
             A("Let me read that back: ", V(" ".join(wrong), "CARD_NUMBER", cx.g(), "frag"), "."),
             C("no, the ", ch(["first", "second", "third", "fourth", "last"][min(k, 4):min(k, 4) + 1]),
               " bit is ", V(digits_words(gs[k], "plain"), "CARD_NUMBER", cx.g(), "frag")),
             A("Sorry, ", V(" ".join(gs), "CARD_NUMBER", cx.g()), ", got it.")]
    return turns, "agent mis-hears a card group in read-back, customer corrects the group"


def card_repeat_last4(cx):
    num = make_card("visa")
    gs = card_groups(num)
    g = cx.g()
    turns = [opener()[1], C(asr("i need to pay the arrears on my account")),
             A("Sure. The card number please?"), C(V(group_spoken(gs, 0.15), "CARD_NUMBER", g)),
             A("Thanks. And just to confirm, that's the card ending ",
               V(digits_words(num[-4:], "plain"), "CARD_NUMBER", cx.g(), "frag"), "?"),
             C("yes")]
    return turns, "full card read, then last four repeated (labelled because full card in case)"


def card_amex_pairs(cx):
    num = make_card(ch(["amex", "visa", "mc"]))
    g = cx.g()
    if len(num) == 15:
        gs = [num[:4], num[4:10], num[10:]]
        spoken = ", ".join([digits_words(gs[0], "pairs"), digits_words(gs[1], "pairs"),
                            digits_words(gs[2], "plain")])
    else:
        gs = card_groups(num)
        spoken = " ".join(digits_words(x, "pairs") for x in gs)
    turns = [opener()[1], A("Which card would you like to use?"),
             C(asr("the %s, number is " % ("amex" if len(num) == 15 else "debit card")),
               V(spoken, "CARD_NUMBER", g))]
    return turns, "asr card spoken in pairs (forty one eleven style)"


def card_email_typed(cx):
    num = make_card()
    txt = num if maybe(0.5) else " ".join(card_groups(num, True))
    e = make_email()
    turns = [C("Subject: refund\n\nHello,\nThe refund should go back to card ", V(txt, "CARD_NUMBER", cx.g()),
               " (" + ch(["exp ", "expiry "]), V(make_expiry(False), "EXPIRY", cx.g()),
               "). You can reach me on ", V(e, "EMAIL", cx.g()), ".\nRegards"),
             A("Thanks, we've raised refund request RF-" + rdig(7) + ".")]
    return turns, "e-mail body with card, expiry and e-mail address"


def card_typo_chat(cx):
    num = make_card()
    gs = card_groups(num)
    # broken-up chat messages: one group per message
    g = cx.g()
    turns = [A("Please type the card number.")]
    msgs = []
    i = 0
    while i < len(gs):
        take = ch([1, 2])
        msgs.append(gs[i:i + take])
        i += take
    for m in msgs:
        turns.append(C(V(" ".join(m), "CARD_NUMBER", g, "part")))
    turns.append(A("Thanks, processing now."))
    return turns, "chat: card typed over several short messages"


def card_words_typed(cx):
    """customer on chat spells out digits as words (accessibility / paranoia)"""
    num = make_card("visa")
    gs = card_groups(num)
    g = cx.g()
    txt = " ".join("-".join(ONES[int(c)] for c in x) for x in gs)
    return [C("ok my card is ", V(txt, "CARD_NUMBER", g), " exp ", V(make_expiry(False), "EXPIRY", cx.g()))], \
        "chat: card digits typed as hyphenated words"


def card_cvv_exp_spoken(cx):
    num = make_card()
    gs = card_groups(num)
    cv = make_cvv(4 if len(num) == 15 else 3)
    turns = [opener()[1], A("Long card number please."), C(V(group_spoken(gs, 0.2), "CARD_NUMBER", cx.g())),
             A("Expiry date?"), C(ch(["it's ", "", "um "]), V(make_expiry(True), "EXPIRY", cx.g())),
             A("And the three digits on the back?" if len(cv) == 3 else "And the four digit code on the front?"),
             C(V(digits_words(cv, ch(["plain", "hundreds"])), "CVV", cx.g()))]
    return turns, "asr card, spoken expiry and cvv"


def card_restart_split(cx):
    """customer loses place after two groups and restarts over turns"""
    num = make_card()
    gs = card_groups(num)
    g1 = cx.g()
    turns = [A("Card number when you're ready."),
             C(V(digits_words(gs[0]), "CARD_NUMBER", g1, "frag")), A("mhm"),
             C(V(digits_words(gs[1]), "CARD_NUMBER", g1, "frag"), " ... sorry where was I"),
             A("Maybe start from the beginning?")]
    g = cx.g()
    turns.append(C(ch(["ok ", "right "]), V(group_spoken(gs[:2], 0.1), "CARD_NUMBER", g, "part")))
    turns.append(A(ch(BACKCH)))
    turns.append(C(V(group_spoken(gs[2:], 0.1), "CARD_NUMBER", g, "part")))
    return turns, "asr card: reader loses place, restarts; split over turns"


CARD_T = [card_typed, card_spoken_one, card_split, card_correction, card_midfix,
          card_aside, card_mishear, card_repeat_last4, card_amex_pairs, card_email_typed,
          card_typo_chat, card_words_typed, card_cvv_exp_spoken, card_restart_split]


# ---------------------------------------------------------------- SSN
def ssn_typed(cx):
    s = make_ssn()
    txt = ch([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
              s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + "-" + s[3:5] + s[5:]])
    lab = ch(["SSN: ", "ssn ", "SS# ", "social: ", "Social Security No. ", "my ss number is ", "soc sec "])
    return [A("To verify your identity please provide your SSN."), C(lab, V(txt, "SSN", cx.g()))], \
        "typed SSN with label"


def ssn_spoken(cx):
    s = make_ssn()
    g = cx.g()
    read = group_spoken([s[:3], s[3:5], s[5:]], 0.25)
    turns = [opener()[1], A("Can I get your social security number to verify?"),
             C(ch(["sure it's ", "yeah ", "ok um ", "", "it's "]), V(read, "SSN", g))]
    if maybe(0.5):
        turns.append(A("That's ", V("-".join([s[:3], s[3:5], s[5:]]) if maybe(0.5) else
                                     group_spoken([s[:3], s[3:5], s[5:]], 0, ", "), "SSN", cx.g()), "?"))
        turns.append(C("yep"))
    return turns, "asr SSN in one turn"


def ssn_split(cx):
    s = make_ssn()
    g = cx.g()
    parts = [s[:3], s[3:5], s[5:]]
    turns = [A("Your social please.")]
    for i, p in enumerate(parts):
        sty = ch(["plain", "runs", "mixed", "hundreds" if len(p) == 3 else "pairs"])
        turns.append(C(ch(["", "um ", "then "]) if i else "", V(digits_words(p, sty), "SSN", g, "part")))
        if i < 2:
            turns.append(A(ch(BACKCH[:8])))
    return turns, "asr SSN split across three customer turns"


def ssn_correction(cx):
    s = make_ssn()
    w = s[:3] + s[4] + s[3] + s[5:]
    if w == s:
        w = s[:3] + str((int(s[3]) + 1) % 10) + s[4:]
    turns = [A("Last, the SSN on the policy?"),
             C(V(group_spoken([w[:3], w[3:5]], 0.0), "SSN", cx.g(), "frag"),
               ch(["... no sorry I swapped those, ", ", no wait, ", " - scratch that, "]),
               V(group_spoken([s[:3], s[3:5], s[5:]], 0.2), "SSN", cx.g()))]
    return turns, "asr SSN with swapped digits corrected, restarted reading"


def ssn_us_medical(cx):
    s = make_ssn()
    dob = make_dob(maybe(0.5))
    turns = [A("Lakeshore Health patient accounts. Can I have the patient's date of birth?"),
             C(V(dob, "DOB", cx.g())),
             A("And the last name and social?"),
             C(ch(["Garcia, and the social is ", "it's nguyen, ssn ", "okafor... social "]),
               V(ch([s[:3] + "-" + s[3:5] + "-" + s[5:], group_spoken([s[:3], s[3:5], s[5:]], 0.2)]), "SSN", cx.g()))]
    return turns, "healthcare billing: DOB and SSN"


def ssn_digitwise_typo(cx):
    s = make_ssn()
    txt = s[:3] + ch(["--", " -", "- ", "/"]) + s[3:5] + ch(["-", " "]) + s[5:]
    return [C("hi i filed my return but the ", ch(["SSN", "ssn", "social"]), " on it is ", V(txt, "SSN", cx.g()),
              " and the portal says its invalid??"), A("Sorry to hear that, let me check.")], \
        "typed SSN with messy separators in a complaint"


def ssn_readback_only_agent(cx):
    s = make_ssn()
    return [A("I have your social on file as ", V(group_spoken([s[:3], s[3:5], s[5:]], 0, " "), "SSN", cx.g()),
              ", is that still correct?"), C("yes that's right")], \
        "agent reads SSN from file; customer just confirms"


def ssn_itin_wording(cx):
    s = make_ssn()
    turns = [A("Department of Motor Vehicles. I'll need the last name and social security number."),
             C("walsh. ", V(digits_words(s[:3], "hundreds" if hundreds_ok(s[:3]) else "runs"), "SSN", cx.g(2) if False else 0, "part"))]
    # regroup properly with a real group
    g = cx.g()
    turns[1] = C("walsh. ", V(digits_words(s[:3], "hundreds" if hundreds_ok(s[:3]) else "runs"), "SSN", g, "part"),
                 ", ", V(digits_words(s[3:5], "pairs"), "SSN", g, "part"), ", ",
                 V(digits_words(s[5:], "pairs"), "SSN", g, "part"))
    return turns, "asr SSN with hundreds and pairs (four hundred and twelve style)"


SSN_T = [ssn_typed, ssn_spoken, ssn_split, ssn_correction, ssn_us_medical,
         ssn_digitwise_typo, ssn_readback_only_agent, ssn_itin_wording]


# ---------------------------------------------------------------- NI
def ni_typed(cx):
    n = make_ni()
    txt = ch([n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], n.lower(),
              n[:2] + n[2:8] + " " + n[8], n[:2] + "-" + n[2:8] + "-" + n[8],
              n[0] + n[1].lower() + n[2:] , n[:2] + " " + n[2:8] + n[8]])
    lab = ch(["NI no: ", "ni number ", "N.I. ", "NINO ", "National Insurance number: ", "nat ins - "])
    return [A("HM Revenue webchat: please confirm your National Insurance number."),
            C(lab, V(txt, "NI_NUMBER", cx.g()))], "typed NI number"


def ni_spoken_read(n, mode=None):
    L1 = letter_spoken(n[0], mode)
    if mode == "double" or (mode is None and n[0] == n[1] and maybe(0.6)):
        pre = "double " + (n[0].lower() if maybe(0.7) else NATO[n[0]])
    else:
        pre = L1 + ch([" ", ", "]) + letter_spoken(n[1], mode)
    digs = group_spoken([n[2:4], n[4:6], n[6:8]], 0.15, ch([" ", ", "])) if maybe(0.5) else \
        digits_words(n[2:8], ch(["plain", "runs", "pairs"]))
    return pre + ch([", ", " ", "... "]) + digs + ch([", ", " ", " and then "]) + letter_spoken(n[8], mode)


def ni_spoken(cx):
    n = make_ni()
    if maybe(0.3):
        n = n[0] + n[0] + n[2:] if n[0] + n[0] not in NI_BAD else n
    mode = ch([None, None, "for", "nato", "bare", "asin"])
    turns = [opener(["banking", "government", "insurance", "utilities"])[1],
             A("Can I take your national insurance number?"),
             C(ch(["yeah it's ", "", "um ", "it's "]), V(ni_spoken_read(n, mode), "NI_NUMBER", cx.g()))]
    if maybe(0.4):
        turns.append(A("So that's ", V(n[:2] + " " + " ".join(n[2:8][i:i + 2] for i in (0, 2, 4)) + " " + n[8],
                                       "NI_NUMBER", cx.g()), "?"))
        turns.append(C("yeah"))
    return turns, "asr NI number (%s letters)" % (mode or "mixed")


def ni_split(cx):
    n = make_ni()
    g = cx.g()
    turns = [A("National insurance number please.")]
    turns.append(C(ch(["ok, ", "", "right, "]), V(letter_spoken(n[0]) + " " + letter_spoken(n[1]), "NI_NUMBER", g, "part")))
    turns.append(A(ch(["mhm", "yep", "go on"])))
    turns.append(C(V(digits_words(n[2:5]), "NI_NUMBER", g, "part")))
    turns.append(A(ch(["uh huh", "ok"])))
    turns.append(C(V(digits_words(n[5:8]), "NI_NUMBER", g, "part"), ch([" and it ends ", " then ", ", letter "]),
                   V(letter_spoken(n[8]), "NI_NUMBER", g, "part")))
    return turns, "asr NI split across turns; final letter after a lead-in in same turn"


def ni_correction(cx):
    n = make_ni()
    w = n[:4] + str((int(n[4]) + 2) % 10) + n[5:]
    turns = [A("And your NI number?"),
             C(V(ni_spoken_read(w, "bare")[:-2].rstrip(" ,."), "NI_NUMBER", cx.g(), "frag"),
               ch([" - no sorry, ", "... hang on that's my wife's, ", ", sorry, wrong one, "]),
               V(ni_spoken_read(n, ch(["bare", "for"])), "NI_NUMBER", cx.g()))]
    return turns, "asr NI: aborted reading then correct one"


def ni_letters_names(cx):
    n = make_ni()
    g = cx.g()
    read = " ".join(LETTER_NAMES.get(c, c.lower()) if c in "BCDJKPTZH" else c.lower() for c in n[:2]) + \
        " " + digits_words(n[2:8], "pairs") + " " + (LETTER_NAMES.get(n[8], n[8].lower()) if n[8] in "BCD" else n[8].lower())
    return [A("What's your NI number?"), C(V(read, "NI_NUMBER", g))], \
        "asr NI with letters transcribed as letter names (jay, bee, dee)"


def ni_mixed_form(cx):
    n = make_ni()
    txt = n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8]
    return [C("Hi I started a new job and payroll have my NI as ", V(make_ni(), "NI_NUMBER", cx.g()),
              " but it should be ", V(txt, "NI_NUMBER", cx.g()), ". Can you confirm which is on your record?"),
            A("I can see ", V(n[:2] + "..." + n[-1], "NI_NUMBER", cx.g(), "frag"), " on the record; that matches the second one.")], \
        "typed: two NI numbers in one message plus masked agent reference"


def ni_benefits(cx):
    n = make_ni()
    dob = make_dob(True)
    pc = make_uk_pc()
    turns = [A("Citizens Services, benefits line. Can I take your national insurance number?"),
             C(V(ni_spoken_read(n), "NI_NUMBER", cx.g())),
             A("Date of birth?"), C(ch(["", "it's ", "er "]), V(dob, "DOB", cx.g())),
             A("And your postcode?"), C(V(pc_spoken(pc), "POSTCODE", cx.g()))]
    return turns, "government services: NI, spoken DOB and spoken postcode"


def ni_aside(cx):
    n = make_ni()
    g = cx.g()
    turns = [A("NI number please."),
             C(V(letter_spoken(n[0], "for") + ", " + letter_spoken(n[1], "for"), "NI_NUMBER", g, "part"),
               ", " + ch(ASIDES[:4]) + " ",
               V(digits_words(n[2:8], "runs") + " " + letter_spoken(n[8], "bare"), "NI_NUMBER", g, "part"))]
    return turns, "asr NI with aside between letters and digits"


NI_T = [ni_typed, ni_spoken, ni_split, ni_correction, ni_letters_names, ni_mixed_form,
        ni_benefits, ni_aside]


# ---------------------------------------------------------------- other types
def bank_uk(cx):
    s, st = make_sort()
    acct = rdig(8)
    if maybe(0.5):
        turns = [A("Harbour Building Society. Which account is the direct debit from?"),
                 C("sort code ", V(group_spoken([s[:2], s[2:4], s[4:]], 0.1), "SORT_CODE", cx.g()),
                   ch([", account number ", " and the account is ", ", acct "]),
                   V(digits_words(acct, ch(["plain", "runs", "pairs"])), "BANK_ACCOUNT", cx.g()))]
        return turns, "asr sort code and account number"
    return [C(ch(["S/C ", "sort code: ", "sortcode "]), V(st, "SORT_CODE", cx.g()),
              ch([" acct no: ", " A/C ", ", account number "]), V(acct, "BANK_ACCOUNT", cx.g()))], \
        "typed sort code and account number"


def bank_us(cx):
    acct = rdig(ch([10, 11, 12]))
    return [A("For the ACH refund, what's the checking account number?"),
            C(ch(["acct# ", "it's ", "account number "]), V(acct if maybe(0.5) else digits_words(acct, "runs"), "BANK_ACCOUNT", cx.g()))], \
        "US checking account number"


def iban_case(cx):
    ib = make_iban()
    if maybe(0.5):
        return [C(ch(["IBAN: ", "iban ", "my IBAN is "]), V(iban_typed(ib), "IBAN", cx.g()),
                  ch(["", " (joint account)", ", thanks"]))], "typed IBAN (%s)" % ib[:2]
    return [A("Skyway Holidays refunds. What IBAN should we pay it to?"),
            C(V(iban_spoken(ib), "IBAN", cx.g()))], "asr IBAN (%s)" % ib[:2]


def phone_case(cx):
    digits, typed = make_phone()
    if maybe(0.5):
        return [C(ch(["call me back on ", "my number is ", "tel: ", "mob ", "you can text "]),
                  V(typed, "PHONE", cx.g()), ch(["", " after 5", " thanks"]))], "typed phone number"
    g = cx.g()
    return [A("What's the best number to reach you on?"),
            C(ch(["", "yeah it's ", "um "]), V(phone_spoken(digits), "PHONE", g))], "asr phone number"


def email_case(cx):
    e = make_email()
    if maybe(0.5):
        return [C(ch(["email: ", "my email is ", "send it to "]), V(e if maybe(0.6) else e.capitalize(), "EMAIL", cx.g()))], \
            "typed e-mail"
    return [A("And an email for the confirmation?"), C(ch(["it's ", "", "yeah "]), V(email_spoken(e), "EMAIL", cx.g()))], \
        "asr e-mail spoken with dot/at"


def address_case(cx):
    if maybe(0.5):
        ad = make_address(False)
        if maybe(0.5):
            pc = make_uk_pc()
            town = ch(TOWNS_UK)
        else:
            pc = make_zip()
            town = ch(TOWNS_US)
        return [A("Can you confirm the billing address?"),
                C(V(ad, "ADDRESS", cx.g()), ", " + town + ", ", V(pc, "POSTCODE", cx.g()))], \
            "typed address with town and postcode"
    ad = make_address(True)
    pc = make_uk_pc()
    return [A("What's the first line of the address and the postcode?"),
            C(ch(["it's ", "", "um "]), V(ad, "ADDRESS", cx.g()), ", " + ch(TOWNS_UK).lower() + ", ",
              V(pc_spoken(pc), "POSTCODE", cx.g()))], "asr address, town and spoken postcode"


def dob_case(cx):
    sp = maybe(0.5)
    return [A("For security, your date of birth?"), C(ch(["", "it's ", "dob ", "born "]), V(make_dob(sp), "DOB", cx.g()))], \
        "%s date of birth" % ("spoken" if sp else "typed")


def zip_spoken(cx):
    z = "%05d" % R.randint(1001, 99950)
    return [A("Billing zip code?"), C(V(digits_words(z, ch(["plain", "runs"])), "POSTCODE", cx.g()))], "asr US zip"


def cvv_alone(cx):
    cv = make_cvv()
    return [A("Just the security code on the back please."), C(ch(["", "it's ", "uh "]),
                                                              V(digits_words(cv, ch(["plain", "hundreds", "runs"])), "CVV", cx.g()))], \
        "asr cvv"


def expiry_alone(cx):
    return [A("Expiry date?"), C(ch(["", "expires ", "it's "]), V(make_expiry(maybe(0.5)), "EXPIRY", cx.g()))], "card expiry"


def full_verification(cx):
    num = make_card()
    s, st = make_sort()
    e = make_email()
    dig, typed = make_phone()
    turns = [opener()[1], A("I'll need to run through security. Date of birth?"),
             C(V(make_dob(True), "DOB", cx.g())),
             A("Thanks. And the mobile number on the account?"), C(V(phone_spoken(dig), "PHONE", cx.g())),
             A("And the email?"), C(V(email_spoken(e), "EMAIL", cx.g())),
             A("Great, and which card would you like to pay with?"),
             C(V(group_spoken(card_groups(num), 0.2), "CARD_NUMBER", cx.g()))]
    return turns, "multi-step verification: DOB, phone, email, card"


OTHER_T = [bank_uk, bank_us, iban_case, phone_case, email_case, address_case, dob_case,
           zip_spoken, cvv_alone, expiry_alone, full_verification]


# ---------------------------------------------------------------- negatives
def neg_amounts(cx):
    a = "%d.%02d" % (R.randint(10, 4999), R.randint(0, 99))
    return [A("Your balance is " + ch(["£", "$", "€"]) + a + " and the minimum payment is " +
              ch(["£", "$"]) + "%d.00" % R.randint(5, 90) + "."),
            C(asr("ok can i pay %s today" % ch(["two hundred and forty", "four hundred and twelve pounds fifty",
                                                 "one thousand two hundred"])))], "amounts and balances"


def neg_order(cx):
    o = rdig(16)
    sp = group_spoken([o[i:i + 4] for i in range(0, 16, 4)], 0.2)
    return [A("Can I have the order number?"), C("the order number is ", sp),
            A("Thanks, order " + " ".join(o[i:i + 4] for i in range(0, 16, 4)) + " is out for delivery.")], \
        "16-digit order number read like a card, labelled as order number"


def neg_luhn_ref(cx):
    r = make_card("visa")
    lab = ch(["reference number", "booking reference", "claim number", "invoice number", "tracking number",
              "serial number", "policy number", "account reference on the bill"])
    return [C("Hi, my " + lab + " is " + " ".join(card_groups(r)) + ", can you check the status?"),
            A("Thanks, I can see " + lab + " " + r + " here.")], "Luhn-valid 16-digit %s (not a card)" % lab


def neg_last4(cx):
    l4 = rdig(4)
    sp = maybe(0.5)
    return [A("I can see a payment from the card ending " + (digits_words(l4, "plain") if sp else l4) + ", is that yours?"),
            C(asr("yes the one ending %s" % (digits_words(l4, "pairs") if sp else l4))),
            A("The visa ending in %s expired, so it declined." % l4)], "card last four only (not PII)"


def neg_times(cx):
    return [A("We're open eight till eight weekdays, nine to five on Saturdays. The engineer comes between "
              "%d and %d pm on the %s." % (R.randint(1, 3), R.randint(4, 6), ch(ORD[1:]))),
            C(asr("okay so the appointment's on the %s of %s at ten thirty" % (ch(ORD[1:]), ch(MONTHS))))], \
        "opening hours, appointment date and time"


def neg_meter(cx):
    m = rdig(5)
    return [A("Brightwater Energy. Can I take the meter reading?"),
            C("it's " + digits_words(m, "runs") + ", and the meter serial is " + rdig(2).replace("", "") +
              ch(["E", "K", "L"]) + rdig(8)),
            A("Lovely, reading of %s logged against meter serial number on file." % m)], "meter reading and meter serial"


def neg_flight(cx):
    return [A("Aeris Air. Your flight EI%d leaves at %02d:%02d from gate %d%s, seat %d%s." % (
        R.randint(100, 999), R.randint(5, 22), ch([0, 15, 30, 45]), R.randint(1, 40), ch("ABC"),
        R.randint(1, 38), ch("ABCDEF"))),
        C(asr("and the booking reference is %s" % " ".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))))], \
        "flight, gate, seat and booking reference"


def neg_policy_ni_like(cx):
    p = make_ni()
    return [A("Meridian Insurance. Your policy number is " + p[:2] + "-" + p[2:8] + "-" + p[8] + " and claim number "
              + rdig(9) + "."),
            C("ok, policy " + p.lower() + ", got it")], "policy number shaped like an NI number, labelled as policy"


def neg_ssn_like(cx):
    s = make_ssn()
    lab = ch(["ticket", "case", "claim", "confirmation"])
    return [A("Your %s number is %s-%s-%s." % (lab, s[:3], s[3:5], s[5:])),
            C(asr("%s number %s" % (lab, group_spoken([s[:3], s[3:5], s[5:]], 0.1))))], \
        "9-digit %s number in SSN shape" % lab


def neg_counts(cx):
    return [C(asr("i'm %d years old and i've been a customer for %d years, it's %d degrees in here" % (
        R.randint(18, 90), R.randint(2, 30), R.randint(15, 35)))),
        A("Your tariff rises %d.%d%% from April %d and the contract is %d months." % (
            R.randint(1, 9), R.randint(0, 9), R.randint(2025, 2027), ch([12, 18, 24, 36])))], \
        "ages, temperatures, percentages, years, durations"


def neg_roads(cx):
    return [C("the leak is on the %s near junction %d of the M%d, opposite number %d's garage" % (
        ch(["A40", "B4061", "Station Road", "N11", "Route 66"]), R.randint(1, 30), R.randint(1, 62), R.randint(1, 99))),
        A("Thanks, job reference %s raised." % rdig(10))], "road names and job reference"


def neg_spoken_order_split(cx):
    o = rdig(12)
    turns = [A("And the invoice number at the top of the letter?")]
    for i in range(0, 12, 4):
        turns.append(C(digits_words(o[i:i + 4])))
        if i < 8:
            turns.append(A(ch(BACKCH[:6])))
    turns.append(A("Great, that invoice is paid."))
    return turns, "invoice number read in groups over turns like a card"


def neg_model(cx):
    return [C("the router model is %s and serial %s, firmware %d.%d.%d" % (
        ch(["TP-AX3000", "HG8145V5", "VMDG490"]), rdig(14), R.randint(1, 9), R.randint(0, 20), R.randint(0, 99))),
        A("Thanks, room %d at our repair centre has it, ticket %s." % (R.randint(100, 999), rdig(8)))], \
        "model, serial, room and ticket numbers"


def neg_payment_date(cx):
    return [A("Your payment of £%d will be taken on the %s of %s %d." % (
        R.randint(20, 400), ch(ORD[1:]), ch(MONTHS), R.randint(2025, 2027))),
        C(asr("ok and the contract ends %s %d yeah" % (ch(MONTHS), R.randint(2026, 2029))))], \
        "payment and contract dates (not DOB)"


def neg_bank_helpline(cx):
    return [A("Your card has a daily limit of £%d and %d transactions. Call duration was %d minutes %d seconds." % (
        ch([500, 1000, 2500]), R.randint(5, 40), R.randint(1, 59), R.randint(1, 59))),
        C(asr("and the transaction id was %s right" % digits_words(rdig(10), "runs")))], \
        "limits, durations and transaction id"


NEG_T = [neg_amounts, neg_order, neg_luhn_ref, neg_last4, neg_times, neg_meter, neg_flight,
         neg_policy_ni_like, neg_ssn_like, neg_counts, neg_roads, neg_spoken_order_split, neg_model,
         neg_payment_date, neg_bank_helpline]


# ---------------------------------------------------------------- assembly
def assemble(cid, kind, turns, note):
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for sg in segs:
            if isinstance(sg, V):
                st = len(text)
                text += sg.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": sg.typ})
                meta.append((sg.grp, sg.role, sg.typ))
            else:
                text += sg
        out_turns.append({"speaker": spk, "text": text})
    case = {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}
    return case, meta


def generate():
    cases, metas = [], []
    plan = [(CARD_T, 100), (SSN_T, 44), (NI_T, 44), (OTHER_T, 121)]
    pos = 0
    jobs = []
    for tl, n in plan:
        for i in range(n):
            jobs.append(tl[i % len(tl)])
    R.shuffle(jobs)
    for fn in jobs:
        pos += 1
        cx = Ctx()
        turns, note = fn(cx)
        c, m = assemble("h512-pos-%03d" % pos, "positive", turns, note)
        cases.append(c)
        metas.append(m)
    negs = [NEG_T[i % len(NEG_T)] for i in range(120)]
    R.shuffle(negs)
    for i, fn in enumerate(negs):
        cx = Ctx()
        turns, note = fn(cx)
        c, m = assemble("h512-neg-%03d" % (i + 1), "negative", turns, note)
        cases.append(c)
        metas.append(m)
    return cases, metas


# ---------------------------------------------------------------- normalising / checks
WORDNUM = {w: str(i) for i, w in enumerate(ONES)}
for z in ("oh", "o", "nought", "nil", "zero"):
    WORDNUM[z] = "0"
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENSNUM = {w: i for i, w in enumerate(TENS) if w}
FILLSET = set(FILLERS) | {"and", "then", "slash", "dash", "hyphen", "space"}
NATO_REV = {v: k for k, v in NATO.items()}
NAME_REV = {v: k for k, v in LETTER_NAMES.items() if k in "BCDJKPTZH"}


def norm_spoken(text):
    """Turn a spoken/typed value into an alphanumeric string."""
    if " | " in text:
        return "".join(norm_spoken(x) for x in text.split(" | "))
    t = text.lower().replace("double u", "w").replace("x-ray", "xray")
    toks = re.findall(r"[a-z0-9]+|\+", t)
    out = []
    i = 0
    nato = dict((k.replace("-", ""), v) for k, v in NATO_REV.items())
    forw = set()
    for L, ws in FOR_WORDS.items():
        forw.update(ws)
    forw = set(w.replace("-", "") for w in forw)
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w == "+" or w == "plus":
            out.append("+")
            i += 1
            continue
        if w in FILLSET:
            i += 1
            continue
        if w in ("double", "triple") and nxt is not None:
            rep = 2 if w == "double" else 3
            sub = norm_spoken(nxt)
            out.append(sub * rep)
            i += 2
            continue
        if nxt == "hundred" and w in WORDNUM:
            d = WORDNUM[w]
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            rest = "00"
            if i < len(toks):
                x = toks[i]
                if x in TEENNUM:
                    rest = TEENNUM[x]
                    i += 1
                elif x in TENSNUM:
                    tv = TENSNUM[x]
                    i += 1
                    u = 0
                    if i < len(toks) and toks[i] in WORDNUM and toks[i] not in ("oh", "o", "nought", "zero", "nil"):
                        u = int(WORDNUM[toks[i]])
                        i += 1
                    rest = "%d%d" % (tv, u)
                elif x in WORDNUM and toks[i - 1] == "and":
                    rest = "0" + WORDNUM[x]
                    i += 1
            out.append(d + rest)
            continue
        if w in WORDNUM:
            out.append(WORDNUM[w])
            i += 1
            continue
        if w in TEENNUM:
            out.append(TEENNUM[w])
            i += 1
            continue
        if w in TENSNUM:
            tv = TENSNUM[w]
            if nxt in WORDNUM and nxt not in ("oh", "o", "nought", "zero", "nil"):
                out.append("%d%s" % (tv, WORDNUM[nxt]))
                i += 2
            else:
                out.append("%d0" % tv)
                i += 1
            continue
        if len(w) == 1 and w.isalpha():
            if nxt in ("for", "as") and i + 2 < len(toks):
                j = i + 2 if nxt == "for" else i + 3
                if j < len(toks) and toks[j][0] == w:
                    out.append(w.upper())
                    i = j + 1
                    continue
            out.append(w.upper())
            i += 1
            continue
        if w in nato:
            out.append(nato[w])
            i += 1
            continue
        if w in NAME_REV:
            out.append(NAME_REV[w])
            i += 1
            continue
        out.append(w.upper())
        i += 1
    return "".join(out)


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$")
MONTH_RE = re.compile("|".join(MONTHS))


def norm_email(text):
    t = " " + text.lower() + " "
    for a, b in ((" dot ", "."), (" at ", "@"), (" underscore ", "_"), (" dash ", "-"), (" hyphen ", "-")):
        while a in t:
            t = t.replace(a, " " + b + " ")
    return re.sub(r"\s+", "", t)


def validate(typ, text, role):
    """Return None if ok else error string."""
    if typ == "EMAIL":
        e = norm_email(text)
        return None if EMAIL_RE.match(e) else "bad email %r" % e
    if typ in ("DOB", "EXPIRY"):
        low = text.lower()
        if MONTH_RE.search(low):
            return None
        n = norm_spoken(text)
        if not n.isdigit() or not (4 <= len(n) <= 8):
            return "bad date %r" % n
        return None
    if typ == "ADDRESS":
        low = text.lower()
        if not any(s.split()[-1].lower() in low for s in STREETS):
            return "address without street"
        return None
    n = norm_spoken(text)
    if role == "frag":
        return None if n and n.isalnum() else "bad fragment %r" % n
    if typ == "CARD_NUMBER":
        if not (n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)):
            return "bad card %r" % n
    elif typ == "CVV":
        if not (n.isdigit() and len(n) in (3, 4)):
            return "bad cvv %r" % n
    elif typ == "SSN":
        if not (n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9"):
            return "bad ssn %r" % n
    elif typ == "NI_NUMBER":
        if not NI_RE.match(n) or n[:2] in NI_BAD:
            return "bad ni %r" % n
    elif typ == "SORT_CODE":
        if not (n.isdigit() and len(n) == 6):
            return "bad sort %r" % n
    elif typ == "BANK_ACCOUNT":
        if not (n.isdigit() and 6 <= len(n) <= 17):
            return "bad acct %r" % n
    elif typ == "IBAN":
        if not (15 <= len(n) <= 34 and n[:2].isalpha() and iban_valid(n)):
            return "bad iban %r" % n
    elif typ == "PHONE":
        d = n.lstrip("+")
        if d.startswith("0") and not n.startswith("+") and "(0)" in text:
            pass
        if not (d.isdigit() and 10 <= len(d) <= 14):
            return "bad phone %r" % n
    elif typ == "POSTCODE":
        if not (UKPC_RE.match(n) or re.match(r"^\d{5}(\d{4})?$", n)):
            return "bad postcode %r" % n
    return None


def check(cases, metas, text_written):
    errs = []
    ids = set()
    for c, meta in zip(cases, metas):
        if c["id"] in ids:
            errs.append("dup id " + c["id"])
        ids.add(c["id"])
        if c["kind"] == "negative" and c["spans"]:
            errs.append(c["id"] + " negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(c["id"] + " positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(c["id"] + " bad speaker")
        byturn = {}
        groups = {}
        for sp, (grp, role, typ) in zip(c["spans"], meta):
            if sp["type"] not in TYPES:
                errs.append(c["id"] + " bad type")
            tx = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(tx)):
                errs.append("%s offsets out of range" % c["id"])
                continue
            v = tx[s:e]
            if not (v[0].isalnum() or v[0] == "+") or not v[-1].isalnum():
                errs.append("%s span edge not alnum %r" % (c["id"], v))
            if s > 0 and tx[s - 1].isalnum():
                errs.append("%s span start not on word boundary %r" % (c["id"], v))
            if e < len(tx) and tx[e].isalnum():
                errs.append("%s span end not on word boundary %r" % (c["id"], v))
            byturn.setdefault(sp["turn"], []).append((s, e))
            if role == "part":
                groups.setdefault(grp, [typ, []])[1].append(v)
            else:
                err = validate(typ, v, role)
                if err:
                    errs.append("%s %s: %s" % (c["id"], typ, err))
        for grp, (typ, parts) in groups.items():
            err = validate(typ, " | ".join(parts), "full")
            if err:
                errs.append("%s split %s: %s" % (c["id"], typ, err))
        for tn, lst in byturn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append("%s overlapping spans" % c["id"])
    return errs


def counts(cases):
    cnt = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]:
            cnt[s["type"]] += 1
    return cnt


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in cases)


def render_readme(cases):
    cnt = counts(cases)
    npos = sum(1 for c in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return README_TMPL % {"npos": npos, "nneg": nneg, "rows": rows, "total": sum(cnt.values()),
                          "seed": SEED}


README_TMPL = """# pii_holdout512 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not adjust patterns, thresholds, word
> lists or prompts of the redaction engine by looking at these cases or their
> failures. It exists only to measure the engine. If it leaks into tuning, it
> stops measuring anything; write a new held-out set instead.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
not see the redaction engine's code, tests, docs, benchmarks or other PII
fixtures, and did not import the project. Cases come from hand-written
templates in `scripts/make_pii_holdout512.py` (Python standard library only,
one `random.Random(%(seed)d)`). Every turn is built from plain-text segments
and labelled value segments, so span offsets are computed, never typed.

Regenerate / verify:

    python scripts/make_pii_holdout512.py          # writes cases.jsonl and this README
    python scripts/make_pii_holdout512.py --check  # byte-identical, ids, offsets, value validity

`--check` regenerates and verifies the file is byte-identical, ids are unique,
offsets are in range, on word boundaries and non-overlapping, and that each
labelled value is valid after normalising spoken forms (Luhn for cards, mod-97
for IBANs, NI format, 9 digits for SSN, 6 for sort codes, ...). Values split
across spans are validated after joining their parts; aborted/mis-heard
fragments are only checked to be alphanumeric after normalising.

## Format

`cases.jsonl`, one case per line:
`{"id", "kind": "positive"|"negative", "turns": [{"speaker": "customer"|"agent", "text"}], "spans": [{"turn", "start", "end", "type"}], "note"}`.
`start`/`end` are Python character offsets into that turn's text, end exclusive.

Emphasis of this set: adversarial card numbers, SSNs and UK NI numbers:
typed with odd grouping, separators, labels and typos; spoken by ASR with
"oh/o/nought/zero", "double/triple", pairs ("forty one eleven"), hundreds
("four hundred and twelve"), NATO and informal spelling ("j for john",
"q as in queen", "jay", "bee"), fillers inside the reading, asides mid-reading,
readings split over turns with back-channels, agent read-backs and echoes,
mis-heard read-backs, aborted and restarted readings.

## Annotation conventions

- A span covers exactly the value, from its first letter/digit to its last;
  lead-in words ("it's", "my number is") are outside.
- Filler words spoken inside a reading ("um", "uh") are inside the span.
  An aside spoken mid-reading ("hang on, the dog's barking") is outside: the
  reading becomes two spans, one each side.
- A value split across turns is one span per turn, each with the value's type.
- Agent read-backs of a value are labelled, including partial echoes of a
  group and wrong (mis-heard) read-backs.
- Aborted or corrected readings ("four five three two oh one... no sorry,
  let me start again") are labelled with the value's type as their own span;
  the correction words are outside.
- Phone spans include the country code, including a leading "+" / "plus".
- ADDRESS covers house/flat number and street, not the town; the postcode/ZIP
  is a separate POSTCODE span.
- DOB and EXPIRY cover the whole date expression.
- A card's last four said on their own ("card ending 4821") are NOT PII,
  unless the full card was read in the same case (then labelled CARD_NUMBER).
- Negative cases contain no PII at all. Their subject: amounts, balances,
  times, opening hours, durations, counts, ages, temperatures, percentages,
  years, appointment/payment/contract dates, order/ticket/invoice/claim/
  reference/tracking/serial/model/policy numbers said with their label
  (including Luhn-valid 16-digit references, SSN-shaped ticket numbers and
  NI-shaped policy numbers), meter readings, flight/gate/seat/room numbers,
  road names and card last-four mentions.

## Counts

%(npos)d positive cases, %(nneg)d negative cases, %(total)d labelled spans.

| Type | Spans |
|---|---|
%(rows)s
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    cases, metas = generate()
    data = render(cases)
    readme = render_readme(cases)
    errs = check(cases, metas, data)
    cnt = counts(cases)
    npos = sum(1 for c in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    if npos < 200 or nneg < 100:
        errs.append("too few cases")
    if cnt["CARD_NUMBER"] < 70 or cnt["SSN"] < 30 or cnt["NI_NUMBER"] < 30:
        errs.append("too few card/ssn/ni spans")
    for t in TYPES:
        if cnt[t] < 10:
            errs.append("too few %s spans (%d)" % (t, cnt[t]))
    if args.check:
        try:
            with open(CASES, encoding="utf-8") as f:
                on_disk = f.read()
        except OSError:
            on_disk = None
        if on_disk != data:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
        else:
            # verify the file parses and ids are unique on disk too
            seen = set()
            for line in on_disk.splitlines():
                c = json.loads(line)
                if c["id"] in seen:
                    errs.append("dup id on disk " + c["id"])
                seen.add(c["id"])
        try:
            with open(README, encoding="utf-8") as f:
                if f.read() != readme:
                    errs.append("README.md counts out of date")
        except OSError:
            errs.append("README.md missing")
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8", newline="\n") as f:
            f.write(data)
        with open(README, "w", encoding="utf-8", newline="\n") as f:
            f.write(readme)
    for e in errs[:60]:
        print("ERROR:", e)
    print("positive=%d negative=%d spans=%s" % (npos, nneg, json.dumps(cnt)))
    if errs:
        print("FAILED (%d errors)" % len(errs))
        return 1
    print("OK" + (" (--check passed)" if args.check else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

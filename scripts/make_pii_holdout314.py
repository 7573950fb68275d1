#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h314.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only, fully deterministic (seed 314241125).

    python scripts/make_pii_holdout314.py          # write fixture + README
    python scripts/make_pii_holdout314.py --check  # regenerate, verify, summarise
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 314241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout314")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu", "o": "oscar", "q": "quebec", "u": "uniform",
        "v": "victor", "i": "india"}
FOLK = {"a": "apple", "b": "bob", "c": "cat", "d": "david", "e": "edward", "h": "harry",
        "j": "john", "k": "king", "l": "london", "m": "mary", "n": "nancy", "p": "peter",
        "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "y": "yellow", "z": "zebra",
        "g": "george", "x": "xmas", "o": "orange", "q": "queen", "u": "uncle", "v": "victor",
        "f": "freddie", "i": "ivan"}
INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
              "healthcare billing", "government services"]
FILL = ["um", "uh", "er", "erm"]


# ----------------------------------------------------------------------------- values
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13"])
    if kind == "visa":
        pre, ln = "4" + str(R.randint(0, 9)), 16
    elif kind == "visa13":
        pre, ln = "4", 16 if R.random() < 0.5 else 19
    elif kind == "mc":
        pre, ln = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        pre, ln = R.choice(["34", "37"]), 15
    else:
        pre, ln = "6011", 16
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    if len(d) == 19:
        return [d[:4], d[4:8], d[8:12], d[12:16], d[16:]]
    return [d[i:i + 4] for i in range(0, 16, 4)]


def make_ssn():
    a = R.choice([R.randint(1, 665), R.randint(667, 899)])
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_A = "ABCEGHJKLMNOPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")


def make_ni():
    while True:
        p = R.choice(NI_A) + R.choice(NI_B)
        if p not in NI_BAD:
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def iban_check(bban, cc):
    s = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - num % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    try:
        return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
    except ValueError:
        return False


def make_iban():
    cc = R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + dg(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "FR":
        bban = dg(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    else:
        bban = dg(20)
    return cc + iban_check(bban, cc) + bban


def dg(n, first=None):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first:
        s = first + s[len(first):]
    return s


def make_phone(country):
    if country == "UK":
        return R.choice(["07" + dg(9), "07" + dg(9), "020" + dg(8), "0161" + dg(7), "0131" + dg(7)])
    if country == "US":
        return str(R.randint(2, 9)) + dg(2) + str(R.randint(2, 9)) + dg(6)
    if country == "IE":
        return R.choice(["08" + str(R.choice([3, 5, 6, 7, 9])) + dg(7), "01" + dg(7)])
    return "06" + dg(8)


UK_PC = ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS1 4AP", "EH1 2NG",
         "G2 3AX", "BS8 1TH", "NE1 7RU", "CF10 1EP", "L3 4BQ", "OX2 6GG", "SE15 5DQ",
         "N16 7AB", "W4 2PZ", "KT1 3LR", "PL4 8AA", "BT9 5DL", "EC1V 9HX", "NG7 2RD"]
US_ZIP = ["90210", "10027", "60614", "30309", "02139", "94110", "73301", "98109", "33139",
          "85004", "48201", "19104", "77005", "55406", "80205"]
STREETS = ["elm road", "church street", "victoria avenue", "mill lane", "station road",
           "park drive", "oak crescent", "maple close", "king street", "queens way",
           "high street", "chestnut grove", "riverside walk", "hawthorn gardens", "main street",
           "lincoln avenue", "sunset boulevard", "washington street", "pine court", "cedar lane"]
FIRST = ["john", "sarah", "mike", "emma", "david", "aoife", "sean", "priya", "tom", "lucy",
         "james", "grace", "ciaran", "olivia", "raj", "megan"]
LAST = ["smith", "oconnor", "patel", "jones", "murphy", "walsh", "brown", "taylor", "kelly",
        "nguyen", "garcia", "evans", "byrne", "khan"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "eircom.net", "icloud.com",
           "btinternet.com", "aol.com"]


# ----------------------------------------------------------------------------- speaking
def w_digit(c, zero):
    return zero if c == "0" else UNITS[int(c)]


def speak_digits(ds, zero="oh", multi=False, homo=0.0, fill=0.0):
    """Digit by digit, optionally with double/triple and ASR homophones."""
    out = []
    i = 0
    while i < len(ds):
        c = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == c and run < 3:
            run += 1
        if multi and run == 3 and R.random() < 0.7:
            out.append("triple " + w_digit(c, zero))
            i += 3
        elif multi and run >= 2 and R.random() < 0.8:
            out.append("double " + w_digit(c, zero))
            i += 2
        else:
            w = w_digit(c, zero)
            if homo and R.random() < homo:
                w = {"four": "for", "two": "to", "eight": "ate", "one": "won", "three": "tree"}.get(w, w)
            out.append(w)
            i += 1
        if fill and i < len(ds) and R.random() < fill:
            out.append(R.choice(FILL))
    return " ".join(out)


def speak_pair(p):
    if p == "00":
        return "double oh"
    if p[0] == "0":
        return "oh " + UNITS[int(p[1])]
    if p[0] == "1":
        return TEENS[int(p[1])]
    return TENS[int(p[0])] + ("" if p[1] == "0" else " " + UNITS[int(p[1])])


def speak_pairs(ds):
    return " ".join(speak_pair(ds[i:i + 2]) for i in range(0, len(ds), 2))


def speak_year(y):
    y = str(y)
    if y.startswith("20"):
        return R.choice(["two thousand and " + (UNITS[int(y[3])] if y[2] == "0" else speak_pair(y[2:])),
                         "twenty " + speak_pair(y[2:])]) if y[2:] != "00" else "two thousand"
    return speak_pair(y[:2]) + " " + speak_pair(y[2:])


def speak_letters(s, style):
    out = []
    for c in s.lower():
        if c.isdigit():
            out.append(UNITS[int(c)])
        elif c == "o":
            out.append("o for " + R.choice(["oscar", "orange", "olive"]))
        elif style == "nato" and R.random() < 0.6:
            out.append("%s for %s" % (c, NATO[c]))
        elif style == "folk" and R.random() < 0.5:
            out.append("%s for %s" % (c, FOLK[c]))
        else:
            out.append(c)
    return " ".join(out)


def spoken_phone(num, style):
    if style == "intl_uk":
        return "plus four four " + speak_digits(num[1:], "oh", multi=True)
    if style == "intl_ie":
        return "plus three five three " + speak_digits(num[1:], "oh")
    if style == "us_groups":
        return "%s %s %s" % (speak_digits(num[:3], "zero"), speak_digits(num[3:6], "zero"),
                             speak_pairs(num[6:]) if R.random() < 0.5 else speak_digits(num[6:], "zero"))
    return speak_digits(num, R.choice(["oh", "oh", "o", "zero"]), multi=True)


# ----------------------------------------------------------------------------- builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = []  # (type, canonical or None)
        self.gspans = {}

    def g(self, typ, canon):
        self.groups.append((typ, canon))
        return len(self.groups) - 1

    def a(self, *segs):
        self._t("agent", segs)

    def c(self, *segs):
        self._t("customer", segs)

    def _t(self, who, segs):
        text = ""
        ti = len(self.turns)
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                val, gid = s
                st = len(text)
                text += val
                self.spans.append({"turn": ti, "start": st, "end": len(text),
                                   "type": self.groups[gid][0]})
                self.gspans.setdefault(gid, []).append(len(self.spans) - 1)
        self.turns.append({"speaker": who, "text": text})

    def obj(self, cid):
        return {"id": cid, "kind": self.kind, "turns": self.turns, "spans": self.spans,
                "note": self.note}


def ind():
    return R.choice(INDUSTRIES)


def bc():
    return R.choice(["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "right", "yeah",
                     "got that", "okay next"])


# ----------------------------------------------------------------------------- positive templates
def pos_card_call():
    d = make_card()
    gs = card_groups(d)
    v = R.randint(0, 7)
    k = Case("positive", "")
    i = ind()
    if v == 0:
        g = k.g("CARD_NUMBER", d)
        k.a("can i take the long number across the front of the card please")
        k.c("yeah it's ", (speak_digits(d, R.choice(["oh", "zero", "o"])), g), " ", R.choice(["", "i think", "that's it"]))
        k.note = "call/%s: card read digit by digit in one turn" % i
    elif v == 1:
        g = k.g("CARD_NUMBER", d)
        k.a("okay when you're ready the card number")
        first = True
        for j, grp in enumerate(gs):
            pre = "right " if first else R.choice(["", "and then ", "then ", "um "])
            first = False
            k.c(pre, (speak_digits(grp, R.choice(["oh", "zero"]), multi=True), g))
            if j < len(gs) - 1:
                k.a(bc())
        k.note = "call/%s: card split over customer turns with back-channels, doubles/triples" % i
    elif v == 2:
        bad = d[:4] + str((int(d[4]) + 3) % 10) + d[5:8]
        g0 = k.g("CARD_NUMBER", None)
        g = k.g("CARD_NUMBER", d)
        k.a("and the card number please")
        k.c("it's ", (speak_digits(bad, "oh"), g0), " no sorry hang on i've read that wrong let me start again ",
            (speak_digits(d, "oh", fill=0.15), g))
        k.a("no problem thank you")
        k.note = "call/%s: caller restarts card number after misreading; both readings labelled" % i
    elif v == 3:
        g = k.g("CARD_NUMBER", d)
        g2 = k.g("CARD_NUMBER", d)
        k.a("go ahead with the card")
        k.c((speak_pairs(d[:-1] if len(d) % 2 else d) + ("" if len(d) % 2 == 0 else " " + UNITS[int(d[-1])]), g))
        k.a("let me just read that back ", (speak_digits(d, "zero"), g2), " is that right")
        k.c("yep that's correct")
        k.note = "call/%s: card read as pairs ('forty one eleven'), agent reads it back" % i
    elif v == 4:
        g = k.g("CARD_NUMBER", d)
        k.a("what's the card number")
        half = len(gs) // 2
        k.c((speak_digits("".join(gs[:half]), "oh", homo=0.35), g))
        k.a("sorry you broke up there ", (speak_digits("".join(gs[:half]), "oh"), k.g("CARD_NUMBER", None)), " and then")
        k.c((speak_digits("".join(gs[half:]), "oh", homo=0.35), g))
        k.note = "call/%s: card with ASR homophones ('for', 'to', 'ate', 'won'), agent repeats first half" % i
    elif v == 5:
        g = k.g("CARD_NUMBER", d)
        e = k.g("EXPIRY", "x")
        cv = k.g("CVV", dg(4 if len(d) == 15 else 3))
        mm, yy = R.randint(1, 12), R.randint(26, 31)
        k.a("card number expiry and the security code please")
        k.c("okay so the number is ", (speak_digits(d, "zero", multi=True), g), " expires ",
            (speak_pair("%02d" % mm) + " " + speak_pair(str(yy)), e), " and the code on the back is ",
            (speak_digits(k.groups[cv][1], "oh"), cv))
        k.note = "call/%s: card, expiry and cvv in a single customer turn" % i
    elif v == 6:
        g = k.g("CARD_NUMBER", d)
        k.a("can you read me the card number")
        k.c((speak_digits(d[:8], "oh"), k.g("CARD_NUMBER", None)))
        k.a("sorry just ", (speak_digits(d[:4], "oh"), k.g("CARD_NUMBER", None)), " was it")
        k.c("yes ", (speak_digits(d[:8], "oh"), g), " then ", (speak_digits(d[8:], "oh", fill=0.2), g))
        k.note = "call/%s: agent interrupts mid-reading, caller repeats and continues" % i
    else:
        g = k.g("CARD_NUMBER", d)
        k.a("okay and which card will you be paying with today the total is forty two pounds fifty")
        k.c("the one ending ... actually the full number is ", (" ".join(speak_digits(x, "nought") for x in gs), g),
            " and that's for order four four one two")
        k.note = "call/%s: card with 'nought', amount and order number nearby unlabelled" % i
    return k


def pos_card_chat():
    d = make_card()
    gs = card_groups(d)
    v = R.randint(0, 5)
    k = Case("positive", "")
    i = ind()
    g = k.g("CARD_NUMBER", d)
    if v == 0:
        k.c("Hi, pls charge my card ", (" ".join(gs), g), " for the outstanding bill")
        k.note = "chat/%s: card in groups mid-message" % i
    elif v == 1:
        k.a("Please type the long card number")
        k.c((d, g))
        k.note = "chat/%s: card typed without separators as whole message" % i
    elif v == 2:
        k.c("card no: ", ("-".join(gs), g), " exp ", ("%02d/%02d" % (R.randint(1, 12), R.randint(26, 31)), k.g("EXPIRY", "x")),
            " cvc ", (dg(3), k.g("CVV", "x3")))
        k.note = "chat/%s: card with dashes, expiry and cvc typed tersely" % i
    elif v == 3:
        k.c("my card is ", (".".join(gs), g))
        k.a("Thanks. And the expiry date on the card?")
        k.c(("%02d/20%02d" % (R.randint(1, 12), R.randint(26, 30)), k.g("EXPIRY", "x")))
        k.note = "chat/%s: card separated by dots, expiry with 4-digit year" % i
    elif v == 4:
        k.c("ok its ", ("  ".join(gs), g), " sorry for the double spaces lol")
        k.note = "chat/%s: card with double spaces" % i
    else:
        k.c("Card: ", (d[:6] + " " + d[6:], g), " , security code ", (dg(3), k.g("CVV", "x3")))
        k.note = "chat/%s: card in odd 6+rest grouping plus security code" % i
    return k


def pos_ssn_call():
    s = make_ssn()
    v = R.randint(0, 5)
    k = Case("positive", "")
    i = R.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    g = k.g("SSN", s)
    if v == 0:
        k.a("can you verify the social security number on the account")
        k.c("sure ", (speak_digits(s, R.choice(["oh", "zero"])), g))
        k.note = "call/%s: US ssn digit by digit" % i
    elif v == 1:
        k.a("and your social")
        k.c((speak_digits(s[:3], "zero"), g))
        k.a(bc())
        k.c((speak_digits(s[3:5], "zero"), g))
        k.a(bc())
        k.c((speak_digits(s[5:], "zero", fill=0.2), g))
        k.note = "call/%s: ssn split 3-2-4 over turns" % i
    elif v == 2:
        k.a("i'll need the last four of your social actually no the full nine digits please")
        k.c("okay ", (speak_digits(s[:5], "oh", multi=True), g), " um ", (speak_digits(s[5:], "oh", multi=True), g))
        k.a("thank you i have ", (speak_digits(s, "zero"), k.g("SSN", s)))
        k.note = "call/%s: ssn with doubles, filler gap, agent read-back" % i
    elif v == 3:
        k.a("social security number")
        k.c((speak_digits(s[:3], "zero"), g), " ", (speak_pair(s[3:5]), g), " ", (speak_pairs(s[5:]), g))
        k.note = "call/%s: ssn with groups spoken as pairs ('forty five sixty seven')" % i
    elif v == 4:
        g0 = k.g("SSN", None)
        k.a("can i get your ssn")
        k.c((speak_digits(s[:3], "zero"), g0), " wait no that's my wife's hold on")
        k.a("no rush")
        k.c("okay mine is ", (speak_digits(s, "zero", homo=0.3), g))
        k.note = "call/%s: false start then ssn with homophones" % i
    else:
        k.a("and for security the social")
        k.c("it's ", (speak_digits(s, "oh"), g), " and i'm calling about the bill from march for two hundred dollars")
        k.note = "call/%s: ssn followed by unlabelled amount and month" % i
    return k


def pos_ssn_chat():
    s = make_ssn()
    k = Case("positive", "")
    g = k.g("SSN", s)
    v = R.randint(0, 3)
    i = R.choice(["banking", "insurance", "healthcare billing", "government services"])
    if v == 0:
        k.c("my ssn is ", ("%s-%s-%s" % (s[:3], s[3:5], s[5:]), g))
    elif v == 1:
        k.a("Please confirm your Social Security number.")
        k.c(("%s %s %s" % (s[:3], s[3:5], s[5:]), g))
    elif v == 2:
        k.c("SSN ", (s, g), ", claim #", dg(7, "4"), " please check status")
    else:
        k.c("social sec no. ", ("%s.%s.%s" % (s[:3], s[3:5], s[5:]), g), " thx")
    k.note = "chat/%s: typed ssn variant %d" % (i, v)
    return k


def pos_ni_call():
    n = make_ni()
    v = R.randint(0, 5)
    k = Case("positive", "")
    i = R.choice(["government services", "banking", "utilities", "insurance", "healthcare billing"])
    g = k.g("NI_NUMBER", n)
    if v == 0:
        k.a("and your national insurance number please")
        k.c("yeah it's ", (speak_letters(n[:2], "plain") + " " + speak_digits(n[2:8], "oh") + " " + n[8].lower(), g))
        k.note = "call/%s: NI number letters and digits spoken" % i
    elif v == 1:
        k.a("can i take your national insurance")
        k.c((speak_letters(n[:2], "nato"), g))
        k.a(bc())
        k.c((speak_pairs(n[2:8]), g))
        k.a("and the letter at the end")
        k.c((speak_letters(n[8], "nato"), g))
        k.note = "call/%s: NI split over turns, NATO letters, digits as pairs" % i
    elif v == 2:
        k.a("national insurance number")
        k.c((speak_letters(n[:2], "folk") + " " + speak_digits(n[2:4], "oh", multi=True) + " "
             + speak_digits(n[4:6], "oh", multi=True) + " " + speak_digits(n[6:8], "oh", multi=True)
             + " " + speak_letters(n[8], "folk"), g))
        k.note = "call/%s: NI with 'b for bob' style letters and doubles" % i
    elif v == 3:
        g0 = k.g("NI_NUMBER", None)
        k.a("and the n i number")
        k.c((speak_letters(n[:2], "plain") + " " + speak_digits(n[2:5], "oh"), g0), " no sorry start again ",
            (speak_letters(n[:2], "plain") + " " + speak_digits(n[2:8], "oh", fill=0.2) + " " + n[8].lower(), g))
        k.note = "call/%s: NI restart mid-reading" % i
    elif v == 4:
        k.a("can you read me your national insurance number")
        k.c((speak_letters(n[:2], "plain") + " " + speak_digits(n[2:8], "oh"), g))
        k.a("and the final letter")
        k.c("oh sorry ", (n[8].lower(), g))
        k.a("lovely so that's ", (speak_letters(n, "plain"), k.g("NI_NUMBER", n)))
        k.note = "call/%s: NI final letter in a separate turn, agent reads back" % i
    else:
        k.c("i've got a letter from you about my pension my national insurance is ",
            (speak_letters(n[:2], "plain") + " " + speak_digits(n[2:8], "nought", homo=0.3) + " " + n[8].lower(), g),
            " and the reference at the top is seven seven one four two")
        k.note = "call/%s: NI with nought/homophones, reference number nearby unlabelled" % i
    return k


def pos_ni_chat():
    n = make_ni()
    k = Case("positive", "")
    g = k.g("NI_NUMBER", n)
    v = R.randint(0, 3)
    if v == 0:
        k.c("NI number is ", ("%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), g))
    elif v == 1:
        k.c("ni no ", (n.lower(), g), " cheers")
    elif v == 2:
        k.a("Could you provide your National Insurance number?")
        k.c((n[:2] + n[2:8] + " " + n[8], g))
    else:
        k.c("my nino: ", ("%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), g))
    k.note = "chat/%s: typed NI variant %d" % (R.choice(["government services", "banking", "utilities"]), v)
    return k


def pos_bank_call():
    sc = dg(6, R.choice(["20", "40", "30", "60", "11", "83", "90"]))
    ac = dg(8)
    k = Case("positive", "")
    gs = k.g("SORT_CODE", sc)
    ga = k.g("BANK_ACCOUNT", ac)
    v = R.randint(0, 4)
    i = R.choice(["banking", "utilities", "insurance", "telecom"])
    if v == 0:
        k.a("what's the sort code")
        k.c((speak_pairs(sc), gs))
        k.a("and the account number")
        k.c((speak_digits(ac, "oh", multi=True), ga))
        k.note = "call/%s: sort code as pairs, account with doubles" % i
    elif v == 1:
        k.a("bank details for the direct debit please")
        k.c("sort code ", (speak_digits(sc, "oh"), gs), " account number ", (speak_digits(ac[:4], "oh"), ga))
        k.a("mhm")
        k.c((speak_digits(ac[4:], "oh", fill=0.2), ga))
        k.note = "call/%s: sort code and account in one turn, account continued next turn" % i
    elif v == 2:
        k.a("sort code first")
        k.c((speak_digits(sc[:2], "oh") + " dash " + speak_digits(sc[2:4], "oh") + " dash " + speak_digits(sc[4:], "oh"), gs))
        k.a("thanks and the account")
        k.c((speak_pairs(ac[:4]), ga), " ", (speak_pairs(ac[4:]), ga))
        k.a("so ", (speak_digits(ac, "zero"), k.g("BANK_ACCOUNT", ac)), " and it's a current account")
        k.c("yeah")
        k.note = "call/%s: sort code with spoken dashes, account as pairs, agent read-back" % i
    elif v == 3:
        g0 = k.g("BANK_ACCOUNT", None)
        k.a("account number")
        k.c((speak_digits(ac[:5], "oh"), g0), " hold on that's the old one ", (speak_digits(ac, "oh", homo=0.3), ga))
        k.a("and sort code")
        k.c((speak_digits(sc, "nought", multi=True), gs))
        k.note = "call/%s: account correction with homophones, sort code with nought" % i
    else:
        k.a("which account do you want the refund of sixty four pounds to go into")
        k.c("the santander one sort code ", (speak_digits(sc, "zero"), gs), " account ", (speak_digits(ac, "zero"), ga))
        k.note = "call/%s: refund amount unlabelled, sort code and account labelled" % i
    return k


def pos_bank_chat():
    k = Case("positive", "")
    v = R.randint(0, 3)
    if v < 2:
        sc = dg(6, "20")
        ac = dg(8)
        gs, ga = k.g("SORT_CODE", sc), k.g("BANK_ACCOUNT", ac)
        if v == 0:
            k.c("sort code ", ("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), gs), " acc no ", (ac, ga))
        else:
            k.c("Details: ", ("%s %s %s" % (sc[:2], sc[2:4], sc[4:]), gs), " / ", (ac, ga), " (sort code / account)")
        k.note = "chat/banking: UK sort code and account typed"
    else:
        ac = dg(R.choice([10, 12]))
        ga = k.g("BANK_ACCOUNT", ac)
        k.a("What's the checking account number for the refund?")
        k.c("checking acct ", (ac, ga), " routing is on file already")
        k.note = "chat/retail: US account number typed"
    return k


def pos_iban():
    ib = make_iban()
    k = Case("positive", "")
    g = k.g("IBAN", ib)
    v = R.randint(0, 4)
    i = R.choice(["banking", "travel", "utilities", "insurance", "retail"])
    if v == 0:
        k.c("please refund to my IBAN ", (" ".join(ib[j:j + 4] for j in range(0, len(ib), 4)), g))
        k.note = "chat/%s: IBAN in groups of four" % i
    elif v == 1:
        k.c("iban: ", (ib.lower(), g), " thanks")
        k.note = "chat/%s: IBAN lower case no spaces" % i
    elif v == 2:
        k.a("can you read me the i ban")
        mid = 8
        k.c((speak_letters(ib[:2], "plain") + " " + speak_digits(ib[2:4], "oh") + " " + speak_letters(ib[4:mid], "nato"), g))
        k.a(bc())
        k.c((speak_letters(ib[mid:], "plain"), g))
        k.note = "call/%s: IBAN spelled over two turns, NATO letters" % i
    elif v == 3:
        k.a("and the iban for the transfer")
        k.c("okay so ", (speak_letters(ib, "plain"), g), " i think that's all of it")
        k.note = "call/%s: IBAN spelled character by character" % i
    else:
        k.c("IBAN ", (ib[:4] + " " + ib[4:], g), " BIC not sure")
        k.note = "chat/%s: IBAN with single space" % i
    return k


def pos_phone():
    k = Case("positive", "")
    country = R.choice(["UK", "UK", "US", "US", "IE"])
    num = make_phone(country)
    g = k.g("PHONE", num)
    v = R.randint(0, 6)
    i = ind()
    if v == 0:
        k.a("what's the best number to reach you on")
        k.c((spoken_phone(num, "us_groups" if country == "US" else "plain"), g))
        k.note = "call/%s: %s phone spoken" % (i, country)
    elif v == 1:
        k.a("contact number")
        style = {"UK": "intl_uk", "IE": "intl_ie", "US": "plain"}[country]
        if country == "US":
            k.c("plus one ", (speak_digits(num, "zero"), g))
        else:
            k.c((spoken_phone(num, style), g))
        k.note = "call/%s: international format phone" % i
    elif v == 2:
        k.a("can i get a callback number")
        k.c((speak_digits(num[:5], "oh", multi=True), g))
        k.a(bc())
        k.c((speak_digits(num[5:], "oh", multi=True, fill=0.15), g))
        k.note = "call/%s: phone split over turns" % i
    elif v == 3:
        g0 = k.g("PHONE", None)
        k.a("and a mobile number")
        k.c((speak_digits(num[:6], "oh"), g0), " no wait that's my work one the mobile is ",
            (speak_digits(num, "oh", homo=0.3), g))
        k.note = "call/%s: phone self-correction with homophones" % i
    elif v == 4:
        k.c("my number's ", (num if R.random() < 0.5 else num[:4] + " " + num[4:], g), " text me after 5pm")
        k.note = "chat/%s: phone typed, time unlabelled" % i
    elif v == 5:
        fm = {"UK": "+44 %s" % num[1:], "IE": "+353 %s" % num[1:], "US": "(%s) %s-%s" % (num[:3], num[3:6], num[6:])}
        k.c("call me on ", (fm[country], g), " pls")
        k.note = "chat/%s: phone typed in international/us format" % i
    else:
        k.a("i'll just confirm the number we have ", (speak_digits(num, "oh"), g), " is that still right")
        k.c("yes that's the one")
        k.note = "call/%s: agent reads phone number from file" % i
    return k


def email_val():
    f, l = R.choice(FIRST), R.choice(LAST)
    sep = R.choice([".", "_", "", "."])
    num = R.choice(["", "", str(R.randint(1, 99))])
    return f + sep + l + num + "@" + R.choice(DOMAINS)


def speak_email(e):
    local, dom = e.split("@")
    words = []
    for part in re.split(r"([._])", local):
        if part == ".":
            words.append("dot")
        elif part == "_":
            words.append("underscore")
        elif part:
            m = re.match(r"([a-z]+)(\d*)", part)
            words.append(m.group(1))
            if m.group(2):
                words.append(speak_digits(m.group(2), "oh"))
    words.append("at")
    words.append(" dot ".join(dom.split(".")))
    return " ".join(words)


def pos_email():
    e = email_val()
    k = Case("positive", "")
    g = k.g("EMAIL", e)
    v = R.randint(0, 4)
    i = ind()
    if v == 0:
        k.a("and an email address for the confirmation")
        k.c("yeah it's ", (speak_email(e), g))
        k.note = "call/%s: email spoken with dot/at" % i
    elif v == 1:
        local = e.split("@")[0]
        k.a("email address")
        k.c("it's my name ", (speak_email(e), g))
        k.a("can you spell the surname part")
        k.c((speak_letters(re.sub(r"[^a-z]", "", local)[-4:], "plain"), k.g("EMAIL", None)), " that's the end of it")
        k.note = "call/%s: email then partial spelling (labelled fragment)" % i
    elif v == 2:
        k.c("pls send the invoice to ", (e, g))
        k.note = "chat/%s: email typed" % i
    elif v == 3:
        k.c("Email: ", (e.upper() if R.random() < 0.3 else e, g), ". Ticket 88213 still open")
        k.note = "chat/%s: email typed, ticket number unlabelled" % i
    else:
        k.a("so i've got ", (speak_email(e), g), " for the email")
        k.c("that's right yeah")
        k.note = "call/%s: agent reads email back" % i
    return k


def pos_dob():
    y = R.randint(1941, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    k = Case("positive", "")
    g = k.g("DOB", "%04d%02d%02d" % (y, m, d))
    v = R.randint(0, 5)
    i = ind()
    if v == 0:
        k.a("can you confirm your date of birth")
        k.c("the ", (ORD[d - 1] + " of " + MONTHS[m - 1] + " " + speak_year(y), g))
        k.note = "call/%s: dob ordinal day month year" % i
    elif v == 1:
        k.a("date of birth please")
        k.c((speak_pair("%02d" % d) + " " + speak_pair("%02d" % m) + " " + speak_year(y), g))
        k.note = "call/%s: dob numeric spoken" % i
    elif v == 2:
        k.c("dob ", ("%02d/%02d/%04d" % (d, m, y), g))
        k.note = "chat/%s: dob typed dd/mm/yyyy" % i
    elif v == 3:
        k.a("and when were you born")
        k.c((MONTHS[m - 1] + " " + ORD[d - 1], g), " um ", (speak_year(y), g))
        k.note = "call/%s: US order dob with filler before year" % i
    elif v == 4:
        k.c("I was born ", ("%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), g), " and my appointment is on the 3rd")
        k.note = "chat/%s: dob typed with month name, appointment date unlabelled" % i
    else:
        k.a("date of birth")
        k.c("it's ", (speak_pair("%02d" % d), g))
        k.a(bc())
        k.c((MONTHS[m - 1], g), " ", (speak_year(y), g))
        k.note = "call/%s: dob split over turns" % i
    return k


def spoken_pc(pc):
    out = []
    for part in pc.split():
        out.append(speak_letters(part, R.choice(["plain", "plain", "nato"])))
    return " ".join(out)


def pos_postcode_addr():
    k = Case("positive", "")
    v = R.randint(0, 5)
    num = R.randint(2, 240)
    st = R.choice(STREETS)
    i = ind()
    if v in (0, 1, 2):
        pc = R.choice(UK_PC)
        gp = k.g("POSTCODE", pc)
        ga = k.g("ADDRESS", "addr")
        if v == 0:
            k.a("what's the first line of the address and the postcode")
            hn = (UNITS[num] if num < 10 else TEENS[num - 10] if num < 20 else
                  speak_pair(str(num)) if num < 100 else speak_digits(str(num), "oh"))
            k.c((hn + " " + st, ga),
                " and the postcode is ", (spoken_pc(pc), gp))
            k.note = "call/%s: uk address and spoken postcode in one turn" % i
        elif v == 1:
            k.a("postcode please")
            parts = pc.split()
            k.c((speak_letters(parts[0], "plain"), gp))
            k.a(bc())
            k.c((speak_letters(parts[1], "nato"), gp))
            k.a("and the house number and street")
            k.c((str(num) + " " + st, ga))
            k.note = "call/%s: postcode split over turns, address with digit house number" % i
        else:
            k.c("Address is ", ("%d %s" % (num, st.title()), ga), ", ", (pc if R.random() < 0.5 else pc.replace(" ", "").lower(), gp))
            k.note = "chat/%s: typed uk address and postcode" % i
    else:
        z = R.choice(US_ZIP)
        gz = k.g("POSTCODE", z)
        ga = k.g("ADDRESS", "addr")
        if v == 3:
            k.a("and your zip code")
            k.c((speak_digits(z, R.choice(["oh", "zero"])), gz))
            k.note = "call/%s: US zip spoken" % i
        elif v == 4:
            k.c("ship to ", ("%d %s" % (num * 10 + 3, st.title()), ga), " Apt 4, ", (z, gz))
            k.note = "chat/%s: US address and zip typed; apt number not in span" % i
        else:
            k.a("the service address")
            k.c((speak_digits(str(num * 10 + 3), "oh") + " " + st, ga), " um zip ", (speak_digits(z, "zero"), gz))
            k.note = "call/%s: US address house number digit by digit plus zip" % i
    return k


def pos_cvv_exp():
    k = Case("positive", "")
    v = R.randint(0, 4)
    cv = dg(R.choice([3, 3, 4]))
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    gc = k.g("CVV", cv)
    ge = k.g("EXPIRY", "%02d%02d" % (mm, yy))
    i = ind()
    if v == 0:
        k.a("expiry date")
        k.c((speak_pair("%02d" % mm) + " " + speak_pair(str(yy)), ge))
        k.a("and the three digits on the back")
        k.c((speak_digits(cv, "oh"), gc))
        k.note = "call/%s: expiry and cvv in separate turns" % i
    elif v == 1:
        k.a("when does the card expire")
        k.c((MONTHS[mm - 1] + " twenty " + speak_pair(str(yy)), ge))
        k.a("security code")
        k.c((speak_digits(cv, "oh", homo=0.4), gc), " sorry ", (speak_digits(cv, "oh"), k.g("CVV", cv)))
        k.note = "call/%s: expiry as month name, cvv repeated with homophones" % i
    elif v == 2:
        k.c("exp ", ("%02d-%02d" % (mm, yy), ge), " and cvv ", (cv, gc))
        k.note = "chat/%s: expiry and cvv typed" % i
    elif v == 3:
        k.a("and the expiry")
        k.c("valid until ", (speak_pair("%02d" % mm) + " slash " + speak_pair(str(yy)), ge),
            " the code is ", (speak_digits(cv, "oh"), gc), " it's the one i use for everything")
        k.note = "call/%s: expiry with spoken slash and cvv" % i
    else:
        k.a("expiry")
        k.c("um ", (speak_digits("%02d" % mm, "oh"), ge), " i think it's ", (speak_pair(str(yy)), ge))
        k.a("and the c v v")
        k.c((speak_digits(cv, "zero"), gc))
        k.note = "call/%s: expiry month and year separated by filler" % i
    return k


def pos_verify_call():
    k = Case("positive", "")
    y, m, d = R.randint(1945, 2003), R.randint(1, 12), R.randint(1, 28)
    gd = k.g("DOB", "x")
    v = R.randint(0, 3)
    i = R.choice(["banking", "telecom", "utilities", "insurance"])
    if v in (0, 1):
        pc = R.choice(UK_PC)
        gp = k.g("POSTCODE", pc)
        k.a("for security can i take your date of birth and the postcode on the account")
        if v == 0:
            k.c("yeah it's ", (ORD[d - 1] + " of " + MONTHS[m - 1] + " " + speak_pair(str(y)[2:]), gd),
                " and the postcode's ", (spoken_pc(pc), gp))
            k.note = "call/%s: dob with two-digit year and postcode in the same turn" % i
        else:
            k.c("postcode first ", (spoken_pc(pc), gp), " um and i was born ",
                (speak_pair("%02d" % d) + " " + speak_pair("%02d" % m) + " " + speak_year(y), gd))
            k.note = "call/%s: postcode then numeric dob in one turn" % i
    else:
        num = make_phone("UK" if v == 2 else "IE")
        e = email_val()
        gph, ge = k.g("PHONE", num), k.g("EMAIL", e)
        k.a("can i just update your contact details phone and email")
        k.c("so the best number's ", (speak_digits(num, "oh", multi=True, homo=0.2), gph), " and email ", (speak_email(e), ge))
        k.a("and just to confirm you were born on ", (MONTHS[m - 1] + " " + ORD[d - 1] + " " + speak_year(y), gd))
        k.c("that's right")
        k.note = "call/%s: phone and email in one turn, agent confirms dob" % i
    return k


def pos_sort_mixed():
    sc = R.choice(["40", "20", "30", "90"]) + R.choice(["00", "11", "44", "77"]) + R.choice(["12", "05", "39", "60"])
    k = Case("positive", "")
    gs = k.g("SORT_CODE", sc)
    ac = dg(8)
    ga = k.g("BANK_ACCOUNT", ac)
    p = sc[2:4]
    mid = "double " + w_digit(p[0], "oh") if p[0] == p[1] else speak_pair(p)
    k.a("sort code and account number")
    k.c((speak_pair(sc[:2]) + " " + mid + " " + speak_pair(sc[4:]), gs), " and the account's ",
        (speak_pairs(ac[:4]) + " " + speak_digits(ac[4:], "oh", multi=True), ga))
    k.note = "call/banking: sort code like 'forty double oh twelve', account half pairs half digits"
    return k


def pos_typo_chat():
    k = Case("positive", "")
    v = R.randint(0, 3)
    if v == 0:
        d = make_card()
        g = k.g("CARD_NUMBER", d)
        k.c("hi can u tkae payment on my card pls its ", (" ".join(card_groups(d)), g), " exp ",
            ("%d/%d" % (R.randint(1, 12), R.randint(26, 30)), k.g("EXPIRY", "x")))
        k.note = "chat/retail: typos, card and expiry without leading zero"
    elif v == 1:
        n = make_ni()
        ph = make_phone("UK")
        k.c("nationl insurence numbr ", (n[:2].lower() + n[2:8] + n[8].lower(), k.g("NI_NUMBER", n)), " and ph ",
            (ph, k.g("PHONE", ph)))
        k.note = "chat/government services: typos, NI mixed case and phone"
    elif v == 2:
        s_ = make_ssn()
        em = email_val()
        k.c("SSN is ", ("%s %s-%s" % (s_[:3], s_[3:5], s_[5:]), k.g("SSN", s_)), " email ", (em, k.g("EMAIL", em)))
        k.note = "chat/insurance: ssn with mixed separators and email"
    else:
        ib = make_iban()
        k.c("Refund to ", (" ".join(ib[j:j + 4] for j in range(0, len(ib), 4)).lower(), k.g("IBAN", ib)),
            " pls, amount was EUR 149.99")
        k.note = "chat/travel: lower-case grouped IBAN with amount"
    return k


# ----------------------------------------------------------------------------- negatives
def neg():
    v = R.randint(0, 29)
    k = Case("negative", "")
    i = ind()
    n = R.randint(1000, 9999999)
    amt = R.randint(12, 4999)
    if v == 0:
        k.a("your balance is currently ")
        k.turns[-1]["text"] = "your balance is currently %s hundred and %s pounds and %s pence" % (UNITS[R.randint(1, 9)], speak_pair(str(R.randint(21, 99))), speak_pair("%02d" % R.randint(10, 99)))
        k.c("okay that's fine")
        k.note = "call/%s: balance amount spoken" % i
    elif v == 1:
        k.c("my order number is ", str(n), " and it hasn't arrived")
        k.note = "chat/%s: order number" % i
    elif v == 2:
        k.a("your reference number is ", speak_digits(str(n), "oh"))
        k.c("thanks")
        k.note = "call/%s: reference number spoken digit by digit" % i
    elif v == 3:
        k.c("the flight is ba ", speak_digits(str(R.randint(100, 999)), "oh"), " leaving at ",
            R.choice(["seven thirty", "half past ten", "nineteen forty five"]))
        k.note = "call/%s: flight number and time" % i
    elif v == 4:
        k.a("your appointment is on the ", R.choice(ORD), " of ", R.choice(MONTHS), " at ", R.choice(["two pm", "nine fifteen", "eleven"]))
        k.c("great")
        k.note = "call/%s: appointment date, not dob" % i
    elif v == 5:
        k.c("meter reading is ", speak_digits(dg(5), "oh"), " as of this morning")
        k.note = "call/utilities: meter reading"
    elif v == 6:
        k.c("I paid $", str(amt), ".", str(R.randint(10, 99)), " on ", "%02d/%02d/2025" % (R.randint(1, 28), R.randint(1, 12)), " but it still shows overdue")
        k.note = "chat/%s: payment amount and payment date" % i
    elif v == 7:
        k.a("the claim number is ", speak_pairs(dg(8)))
        k.c("okay and how long will it take")
        k.a("usually ", R.choice(["five to seven working days", "about ten days", "forty eight hours"]))
        k.note = "call/insurance: claim number as pairs, duration"
    elif v == 8:
        k.c("the router model is ", R.choice(["tg five eight nine", "hh six", "ax three thousand"]), " and my speed is only ", speak_pair(str(R.randint(11, 99))), " megabits")
        k.note = "call/telecom: model number and speed"
    elif v == 9:
        k.c("i'm ", speak_pair(str(R.randint(21, 89))), " years old and i've been with you since ", speak_year(R.randint(1995, 2020)))
        k.note = "call/%s: age and year customer joined" % i
    elif v == 10:
        k.a("that's ", speak_pair(str(R.randint(10, 99))), " percent off so the new price is ", speak_pair(str(R.randint(20, 99))), " ninety nine a month")
        k.c("sounds good")
        k.note = "call/telecom: percentage and monthly price"
    elif v == 11:
        k.c("Ticket #", str(R.randint(100000, 9999999)), " - still waiting, it's been 3 weeks")
        k.note = "chat/%s: ticket number and duration" % i
    elif v == 12:
        k.c("we're in room ", speak_digits(str(R.randint(100, 999)), "oh"), " checking out on the ", R.choice(ORD), " of ", R.choice(MONTHS))
        k.note = "call/travel: hotel room number and checkout date"
    elif v == 13:
        k.c("the thermostat says ", speak_pair(str(R.randint(15, 30))), " degrees but the boiler keeps cutting out after ", speak_pair(str(R.randint(10, 59))), " minutes")
        k.note = "call/utilities: temperature and duration"
    elif v == 14:
        k.c("invoice ", "INV-" + dg(6), " for £", str(amt), ".00 was due on 1 ", R.choice(MONTHS).capitalize())
        k.note = "chat/%s: invoice number, amount, due date" % i
    elif v == 15:
        k.a("the contract started on the ", R.choice(ORD), " of ", R.choice(MONTHS), " ", speak_year(R.randint(2018, 2025)), " and runs for twenty four months")
        k.c("right okay")
        k.note = "call/telecom: contract start date and term"
    elif v == 16:
        k.c("i've got ", UNITS[R.randint(2, 9)], " items in the basket and the total came to ", speak_pair(str(R.randint(20, 99))), " pounds ", speak_pair(str(R.randint(10, 99))))
        k.note = "call/retail: quantity and total"
    elif v == 17:
        k.a("can you give me your order number")
        k.c("yeah the order number is ", speak_digits(dg(6), "oh", multi=True))
        k.a("thanks and that was placed on the ", R.choice(ORD), " yeah")
        k.note = "call/retail: order number answered without keyword after agent prompt, order date"
    elif v == 18:
        k.c("the case reference is ", dg(8, "7"), " and i spoke to someone at 14:30 yesterday")
        k.note = "chat/%s: case reference and time" % i
    elif v == 19:
        k.a("we'll send an engineer between ", R.choice(["eight and twelve", "twelve and four", "one and six"]), " on ", R.choice(["monday", "tuesday", "friday"]))
        k.c("and how much is the call out")
        k.a("it's ", speak_pair(str(R.randint(30, 99))), " pounds plus vat at twenty percent")
        k.note = "call/utilities: time window, fee, vat percentage"
    elif v == 20:
        k.c("my bill went from ", speak_pair(str(R.randint(20, 60))), " to ", speak_pair(str(R.randint(61, 99))), " euro a month and i used about ", speak_digits(dg(3, "4"), "oh"), " kilowatt hours")
        k.note = "call/utilities: amounts and usage in Ireland"
    elif v == 21:
        t = R.randint(2, 6)
        k.c("the parcel weighs ", str(R.randint(2, 30)), "kg and tracking says ", str(R.randint(1, t - 1)), " of ", str(t), " delivered")
        k.note = "chat/retail: weight and count"
    elif v == 22:
        k.a("your policy renews on ", "the %s of %s" % (R.choice(ORD), R.choice(MONTHS)), " and the premium is ", UNITS[R.randint(2, 9)], " hundred and ", speak_pair(str(R.randint(21, 99))), " pounds")
        k.c("okay")
        k.note = "call/insurance: renewal date and premium"
    elif v == 23:
        k.c("I called ", str(R.randint(3, 12)), " times, case no. ", dg(9, "5"), ", waited 45 mins each time")
        k.note = "chat/%s: counts, case number, duration" % i
    elif v == 25:
        k.c("Your new plan: ", str(R.choice([15, 30, 50, 100])), "GB for £", str(R.randint(8, 40)), ".50/month starting ",
            "%02d/%02d/2026" % (R.randint(1, 28), R.randint(1, 12)), ", 24-month contract?")
        k.note = "chat/telecom: data allowance, price, contract start date"
    elif v == 26:
        k.a("so the total including delivery is one hundred and ", speak_pair(str(R.randint(21, 99))),
            " ninety nine and it'll arrive between the ", R.choice(ORD[:10]), " and the ", R.choice(ORD[14:]))
        k.c("perfect")
        k.note = "call/retail: total price and delivery window dates"
    elif v == 27:
        p = dg(6, R.choice(["1", "3", "4"]))
        k.a("your booking reference is ", speak_pairs(p), " and you're on the ", R.choice(["ten fifteen", "six forty", "eight oh five"]), " departure")
        k.c("okay ", speak_pairs(p), " got it")
        k.note = "call/travel: 6-digit booking reference in pairs (sort-code lookalike) with its keyword, departure time"
    elif v == 28:
        k.c("Order #", dg(10, "4"), " shipped, ", str(R.randint(1, 3)), " of 5 items, ETA 3-5 business days")
        k.note = "chat/retail: 10-digit order number, counts, duration"
    elif v == 29:
        k.c("the account balance shows minus ", speak_pair(str(R.randint(20, 99))), " euro and the direct debit of ",
            speak_pair(str(R.randint(20, 99))), " euro goes out on the ", R.choice(ORD), " every month")
        k.note = "call/utilities: negative balance, debit amount, payment day (Ireland)"
    else:
        k.a("the prescription charge is nine pounds ninety and the repeat is due in ", speak_pair(str(R.randint(14, 60))), " days")
        k.c("thank you")
        k.note = "call/healthcare billing: charge and days"
    return k


# ----------------------------------------------------------------------------- plan
PLAN = ([pos_card_call] * 30 + [pos_card_chat] * 10 + [pos_ssn_call] * 24 + [pos_ssn_chat] * 10
        + [pos_ni_call] * 24 + [pos_ni_chat] * 10 + [pos_bank_call] * 12 + [pos_bank_chat] * 6
        + [pos_iban] * 14 + [pos_phone] * 16 + [pos_email] * 14 + [pos_dob] * 14
        + [pos_postcode_addr] * 20 + [pos_cvv_exp] * 14 + [pos_verify_call] * 14 + [pos_sort_mixed] * 6
        + [pos_typo_chat] * 12)


def build():
    R.seed(SEED)
    cases = []
    for f in PLAN:
        cases.append(f())
    negs = [neg() for _ in range(110)]
    objs = []
    for j, k in enumerate(cases):
        objs.append((k, k.obj("h314-pos-%03d" % (j + 1))))
    for j, k in enumerate(negs):
        objs.append((k, k.obj("h314-neg-%03d" % (j + 1))))
    return objs


# ----------------------------------------------------------------------------- normalising + checking
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "zero": "0", "for": "4", "to": "2",
                "too": "2", "ate": "8", "won": "1", "tree": "3"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: i for i, w in enumerate(TENS) if w}
SKIP = set(FILL) | {"dash", "slash", "and", "then", "space"}


def spoken_norm(text, keep_letters=True):
    if re.search(r"\d", text):
        return re.sub(r"[^0-9A-Za-z+]", "", text).upper()
    toks = re.findall(r"[a-z0-9+@._-]+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if re.search(r"\d", t):
            out.append(re.sub(r"[^0-9a-z+]", "", t))
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] in ("for", "as"):
            out.append(t)
            i += 3 if toks[i + 1] == "for" else 4
            continue
        if t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in WORDNUM:
            out.append(WORDNUM[toks[i + 1]] * (2 if t == "double" else 3))
            i += 2
            continue
        if t in TENNUM:
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                out.append(str(TENNUM[t]) + WORDNUM[toks[i + 1]])
                i += 2
            else:
                out.append(str(TENNUM[t]) + "0")
                i += 1
            continue
        if t in TEENNUM:
            out.append(TEENNUM[t])
        elif t == "plus":
            out.append("+")
        elif t in ("o", "oh") and keep_letters and False:
            pass
        elif t in WORDNUM:
            out.append(WORDNUM[t])
        elif t in SKIP:
            pass
        elif len(t) == 1 and keep_letters:
            out.append(t)
        i += 1
    return "".join(out).upper()


UK_PC_RE = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2}$")


def email_norm(text):
    if "@" in text:
        return text.lower()
    toks = text.lower().split()
    out = []
    for t in toks:
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in WORDNUM and t not in ("o", "to", "for"):
            out.append(WORDNUM[t])
        else:
            out.append(t)
    return "".join(out)


def validate(typ, canon, raw):
    """Return an error string or None. raw = concatenated span texts of one value."""
    if typ == "EMAIL":
        e = email_norm(raw)
        if canon is None:
            return None if re.search(r"[a-z]", raw.lower()) else "empty email fragment"
        if e != canon.lower():
            return "email %r != %r" % (e, canon)
        return None if re.match(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", e) else "bad email"
    if typ == "ADDRESS":
        n = spoken_norm(raw, keep_letters=False)
        ok = re.search(r"\d", n) and re.search(r"(road|street|avenue|lane|drive|crescent|close|way|grove|walk|gardens|boulevard|court)$", raw.lower())
        return None if ok else "address shape %r" % raw
    if typ == "DOB":
        low = raw.lower()
        n = spoken_norm(raw, keep_letters=False)
        ok = (any(m in low for m in MONTHS) or re.search(r"\d", n)) and len(re.findall(r"\d", n)) >= 2
        return None if ok else "dob shape %r" % raw
    if typ == "EXPIRY":
        low = raw.lower()
        n = spoken_norm(raw, keep_letters=False)
        ok = (any(m in low for m in MONTHS) and len(n) >= 2) or 3 <= len(n) <= 6
        return None if ok else "expiry shape %r" % raw
    n = spoken_norm(raw)
    if canon is None:
        return None if re.search(r"[0-9A-Z]", n) else "empty fragment"
    if typ == "CARD_NUMBER":
        return None if (n == canon and 13 <= len(n) <= 19 and luhn_ok(n)) else "card %r/%r" % (n, canon)
    if typ == "SSN":
        return None if (n == canon and re.match(r"^\d{9}$", n)) else "ssn %r/%r" % (n, canon)
    if typ == "NI_NUMBER":
        return None if (n == canon and NI_RE.match(n)) else "ni %r/%r" % (n, canon)
    if typ == "SORT_CODE":
        return None if (n == canon and re.match(r"^\d{6}$", n)) else "sort %r/%r" % (n, canon)
    if typ == "BANK_ACCOUNT":
        return None if (n == canon and re.match(r"^\d{8,12}$", n)) else "acct %r/%r" % (n, canon)
    if typ == "CVV":
        if canon.startswith("x"):
            return None if re.match(r"^\d{3,4}$", n) else "cvv %r" % n
        return None if (n == canon and re.match(r"^\d{3,4}$", n)) else "cvv %r/%r" % (n, canon)
    if typ == "IBAN":
        return None if (n == canon and iban_ok(n)) else "iban %r/%r" % (n, canon)
    if typ == "PHONE":
        d = re.sub(r"\D", "", n)
        c = re.sub(r"\D", "", canon)
        ok = (d == c or d.endswith(c.lstrip("0"))) and 9 <= len(d) <= 13 and len(c) >= 9
        return None if ok else "phone %r/%r" % (n, canon)
    if typ == "POSTCODE":
        return None if (n == canon.replace(" ", "") and (UK_PC_RE.match(n) or re.match(r"^\d{5}(\d{4})?$", n))) else "postcode %r/%r" % (n, canon)
    return "unknown type %s" % typ


def check_objs(objs):
    errs = []
    ids = set()
    for k, o in objs:
        cid = o["id"]
        if cid in ids:
            errs.append("%s: duplicate id" % cid)
        ids.add(cid)
        if o["kind"] == "negative" and o["spans"]:
            errs.append("%s: negative with spans" % cid)
        if o["kind"] == "positive" and not o["spans"]:
            errs.append("%s: positive without spans" % cid)
        for t in o["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"].strip():
                errs.append("%s: bad turn" % cid)
        prev = {}
        for s in sorted(o["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES:
                errs.append("%s: bad type" % cid)
            if not 0 <= s["turn"] < len(o["turns"]):
                errs.append("%s: turn out of range" % cid)
                continue
            txt = o["turns"][s["turn"]]["text"]
            if not 0 <= s["start"] < s["end"] <= len(txt):
                errs.append("%s: offsets out of range" % cid)
                continue
            if s["start"] > 0 and txt[s["start"] - 1].isalnum() or s["end"] < len(txt) and txt[s["end"]].isalnum():
                errs.append("%s: span not on word boundary %r" % (cid, txt[s["start"]:s["end"]]))
            seg = txt[s["start"]:s["end"]]
            if seg != seg.strip():
                errs.append("%s: span has outer whitespace" % cid)
            if s["turn"] in prev and prev[s["turn"]] > s["start"]:
                errs.append("%s: overlapping spans" % cid)
            prev[s["turn"]] = s["end"]
        for gid, idxs in k.gspans.items():
            typ, canon = k.groups[gid]
            raw = " ".join(o["turns"][o["spans"][x]["turn"]]["text"][o["spans"][x]["start"]:o["spans"][x]["end"]] for x in idxs)
            e = validate(typ, canon, raw)
            if e:
                errs.append("%s: %s" % (cid, e))
    return errs


def dump(objs):
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for _, o in objs)


def readme(objs):
    cnt = Counter(s["type"] for _, o in objs for s in o["spans"])
    npos = sum(1 for _, o in objs if o["kind"] == "positive")
    nneg = len(objs) - npos
    ncall = sum(1 for _, o in objs if o["note"].startswith("call/"))
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h314

Written by an AI helper acting as an **independent author** who did not see the
redaction code, its tests, its documentation or the other hold-out sets. Only
the JSONL format example was shown. Generated by
`scripts/make_pii_holdout314.py` (standard library, seed 314241125, byte-for-byte
reproducible; `--check` regenerates and validates every value).

**Never use this set for tuning.** It exists to measure the redactor on data its
authors never looked at; once you tune against it, it no longer measures anything.

## Contents

- %d positive cases, %d negative cases (%d of all cases are phone calls written
  as an ASR transcript: lower case, numbers as words, fillers, restarts,
  homophones such as "for"/"to"/"ate"/"won", values split over turns with
  agent back-channels, agent read-backs; the rest are typed chat).
- Industries: banking, telecom, utilities, retail, insurance, travel,
  healthcare billing, government services; UK, US, Ireland, EU values.

| type | spans |
|---|---|
%s

## Annotation conventions

- A span covers exactly the words/characters of the value: from the first
  digit/letter word to the last one. Lead-in words ("it's", "my number is",
  "the") are outside. Filler words *inside* a reading (e.g. "four um two") are
  inside the span.
- A value split over several turns is labelled with one span per turn (each
  fragment has the value's type); agent back-channels are not labelled.
- A value read back by the agent is labelled again in the agent turn.
- A false start / self-correction ("four five one two no sorry ...") is labelled
  too (the abandoned fragment is still PII), as a separate span.
- Homophones produced by ASR ("for" = 4, "to" = 2, "ate" = 8, "won" = 1) are
  inside the span when part of the reading.
- NI numbers: letters, digits and the final letter, including "c for charlie"
  style spellings. IBAN: the whole IBAN incl. country code. Sort code: six
  digits incl. spoken "dash". EXPIRY: month and year only (incl. spoken
  "slash"). DOB: the date words only ("the fourteenth of march nineteen
  eighty" -> "fourteenth of march nineteen eighty"). ADDRESS: house number +
  street name + street type (town and flat number excluded). POSTCODE: UK
  postcode or US ZIP. EMAIL: whole address, spoken ("j dot doe at gmail dot
  com") or typed. PHONE: the number incl. "plus four four"/"+44" prefix.
- Negatives contain no PII at all: amounts, balances, prices, times, durations,
  counts, ages, years, percentages, non-birth dates, order/ticket/claim/
  invoice/reference numbers with their keyword, flight/room/model numbers,
  meter readings, speeds, temperatures.
""" % (npos, nneg, ncall, rows)


def main():
    objs = build()
    data = dump(objs)
    rd = readme(objs)
    if "--check" in sys.argv:
        errs = check_objs(objs)
        try:
            with open(OUT, encoding="utf-8") as fh:
                if fh.read() != data:
                    errs.append("cases.jsonl differs from regenerated output")
        except OSError:
            errs.append("cases.jsonl missing")
        objs2 = build()
        if dump(objs2) != data:
            errs.append("generation not deterministic")
        cnt = Counter(s["type"] for _, o in objs for s in o["spans"])
        npos = sum(1 for _, o in objs if o["kind"] == "positive")
        print("cases: %d positive, %d negative" % (npos, len(objs) - npos))
        print("calls: %d" % sum(1 for _, o in objs if o["note"].startswith("call/")))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        mins = {"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30}
        for t in TYPES:
            if cnt[t] < mins.get(t, 12):
                errs.append("too few %s spans: %d" % (t, cnt[t]))
        if npos < 170 or len(objs) - npos < 100:
            errs.append("too few cases")
        for e in errs:
            print("ERROR", e)
        print("OK" if not errs else "FAILED (%d problems)" % len(errs))
        sys.exit(1 if errs else 0)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(data)
    with open(README, "w", encoding="utf-8") as fh:
        fh.write(rd)
    print("wrote %d cases to %s" % (len(objs), OUT))


if __name__ == "__main__":
    main()

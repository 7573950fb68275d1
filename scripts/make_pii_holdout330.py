#!/usr/bin/env python3
"""Generate the pii_holdout330 held-out PII redaction evaluation set.

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.

    python scripts/make_pii_holdout330.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout330.py --check  # regenerate + validate
"""
import argparse
import json
import os
import re
import sys
from collections import Counter
import random

SEED = 330241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout330", "cases.jsonl")
R = None  # the single random.Random, created in build()

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
DIGW = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2",
        "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
        "eight": "8", "nine": "9"}
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
       "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
       "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
       "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
       "twentieth": 20, "thirtieth": 30}
ORD_NAMES = {v: k for k, v in ORD.items()}
TEENW = {w: 10 + i for i, w in enumerate(TEENS)}
TENSW = {w: i for i, w in enumerate(TENS) if w}
UNITW = {w: i for i, w in enumerate(UNITS) if w}
FILL = {"um", "uh", "er", "erm", "uhm", "ah"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MONTHW = {m: i + 1 for i, m in enumerate(MONTHS)}
MONTHW.update({m[:3]: i + 1 for i, m in enumerate(MONTHS)})
MONTHW["sept"] = 9
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
ALT_SPELL = {"b": "bertie", "c": "charlie", "d": "david", "e": "edward", "f": "freddie",
             "h": "harry", "j": "jack", "k": "king", "l": "london", "m": "mother",
             "n": "nellie", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
             "w": "william", "y": "yellow", "z": "zebra", "a": "apple", "g": "george"}


def ch(seq):
    return R.choice(seq)


def maybe(p):
    return R.random() < p


# ---------------------------------------------------------------- speaking
def say_digit(d):
    if d == "0":
        return ch(["oh", "oh", "oh", "zero", "nought", "o"])
    return UNITS[int(d)]


def pair_ok(a, b):
    return a != "0" and (a == "1" or b != "0")


def say_pair(a, b):
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + UNITS[int(b)]


def hund_ok(s):
    a, b, c = s
    if a == "0" or (b == "0" and c == "0"):
        return False
    return b in "01" or c != "0"


def say_hund(s):
    a, b, c = s
    head = UNITS[int(a)] + " hundred"
    conj = ch([" and ", " and ", " "])
    if b == "0":
        return head + conj + UNITS[int(c)]
    return head + conj + say_pair(b, c)


def say_digits(s, pairs=0.35, hund=0.08, reps=0.6, fill=0.0):
    """Speak a digit string the way callers do.  Invertible by norm()."""
    out = []
    i = 0
    while i < len(s):
        r = R.random()
        if i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2] and r < reps:
            out.append("triple " + say_digit(s[i]))
            i += 3
        elif i + 1 < len(s) and s[i] == s[i + 1] and r < reps:
            out.append("double " + say_digit(s[i]))
            i += 2
        elif i + 2 < len(s) and hund_ok(s[i:i + 3]) and r < hund:
            out.append(say_hund(s[i:i + 3]))
            i += 3
        elif i + 1 < len(s) and pair_ok(s[i], s[i + 1]) and R.random() < pairs:
            out.append(say_pair(s[i], s[i + 1]))
            i += 2
        else:
            out.append(say_digit(s[i]))
            i += 1
        if i < len(s) and fill and maybe(fill):
            out.append(ch(["um", "uh", "er", "erm"]))
    return " ".join(out)


def say_groups(groups, sep_choices=(" ", " ", ", "), **kw):
    return ch(sep_choices).join(say_digits(g, **kw) for g in groups)


def spell_letter(c, nato=0.5):
    c = c.lower()
    r = R.random()
    if r < nato:
        return c + " for " + NATO[c]
    if r < nato + 0.1 and c in ALT_SPELL:
        return c + " as in " + ALT_SPELL[c]
    return c


def say_alnum(s, nato=0.4, pairs=0.2):
    """Speak a mixed letter/digit string (NI, postcode, IBAN)."""
    out = []
    i = 0
    while i < len(s):
        if s[i].isalpha():
            if i + 1 < len(s) and s[i + 1] == s[i] and maybe(0.4):
                out.append("double " + s[i].lower())
                i += 2
            else:
                out.append(spell_letter(s[i], nato))
                i += 1
        else:
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(say_digits(s[i:j], pairs=pairs, hund=0.0))
            i = j
    return " ".join(out)


def year_words(y):
    y = int(y)
    if 2000 <= y <= 2009:
        return ch(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]]) if y > 2000 else "two thousand"
    if 2010 <= y <= 2019 and maybe(0.5):
        return "two thousand and " + TEENS[y - 2010]
    a, b = str(y)[:2], str(y)[2:]
    hi = say_pair(a[0], a[1])
    if b[0] == "0":
        return hi + " oh " + UNITS[int(b[1])]
    if b[1] == "0":
        return hi + " " + (TENS[int(b[0])] if b[0] != "1" else "ten")
    return hi + " " + say_pair(b[0], b[1])


def day_ord(d):
    if d in ORD_NAMES:
        return ORD_NAMES[d]
    return TENS[d // 10] + " " + ORD_NAMES[d % 10]


def luhn_ok(num):
    tot = 0
    for i, ch_ in enumerate(reversed(num)):
        d = int(ch_)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


# ---------------------------------------------------------------- value generators
def gen_card(kind=None):
    kind = kind or ch(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        return luhn_complete("4" + str(R.randint(0, 9)), 16)
    if kind == "mc":
        return luhn_complete(str(R.randint(51, 55)), 16)
    if kind == "amex":
        return luhn_complete(ch(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    return luhn_complete("6759", 19)


def card_groups(card):
    if len(card) == 15:
        return [card[:4], card[4:10], card[10:]]
    if len(card) == 13:
        return [card[:4], card[4:8], card[8:]]
    if len(card) == 19:
        return [card[:4], card[4:8], card[8:12], card[12:16], card[16:]]
    return [card[i:i + 4] for i in range(0, 16, 4)]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_L = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni():
    while True:
        p = ch(NI_L) + ch(NI_L)
        if p not in NI_BAD:
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + ch("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(x, 36)) for x in s))
    return "%02d" % (98 - n % 97)


def rdig(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def gen_iban(cc=None):
    cc = cc or ch(["GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    bban = {"GB": lambda: ch(["NWBK", "BARC", "HBUK", "MIDL", "SRLG"]) + rdig(14),
            "IE": lambda: ch(["AIBK", "IPBS", "ULSB"]) + rdig(14),
            "DE": lambda: rdig(18), "FR": lambda: rdig(23),
            "NL": lambda: ch(["ABNA", "INGB", "RABA", "TRIB"]) + rdig(10),
            "ES": lambda: rdig(20)}[cc]()
    return cc + iban_check(cc, bban) + bban


UK_AREAS = ["SW", "SE", "N", "E", "W", "M", "B", "LS", "EH", "CF", "G", "BS", "NE",
            "L", "KT", "RG", "BT", "CB", "NG", "S", "DE", "LE", "PL", "TR", "BN"]
IN_L = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc():
    a = ch(UK_AREAS)
    d = str(R.randint(1, 28)) if len(a) == 2 else str(R.randint(1, 9))
    if a in ("SW", "W", "E", "N", "SE") and maybe(0.3):
        d = str(R.randint(1, 9)) + ch("AEHPKRVW")
    return a + d + " " + str(R.randint(1, 9)) + ch(IN_L) + ch(IN_L)


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if maybe(0.25):
        z += "-" + rdig(4)
    return z


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "grace", "daniel", "fatima",
         "chloe", "ben", "niamh", "kwame", "hannah", "ryan", "lucy", "marek", "ella",
         "sean", "jess", "raj", "amy", "dev", "kate", "paul", "ciara", "jack", "zara"]
LAST = ["patel", "walsh", "kennedy", "hughes", "nguyen", "murphy", "evans", "khan",
        "fischer", "garcia", "brennan", "turner", "davies", "reilly", "price", "lewis",
        "kaur", "byrne", "harris", "martin", "quinn", "singh", "ward", "fitz"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "btinternet.com",
           "icloud.com", "eircom.net", "live.ie", "aol.com", "proton.me", "sky.com",
           "web.de"]
STREETS = ["acacia avenue", "mill lane", "station road", "church street", "park crescent",
           "victoria road", "high street", "elm grove", "queens drive", "kings way",
           "maple street", "harbour view", "the crescent", "brook close", "willow court",
           "castle terrace", "green lane", "main street", "cedar drive", "riverside walk"]
US_STREETS = ["elm street", "maple avenue", "oak drive", "washington boulevard",
              "lincoln way", "pine court", "sunset boulevard", "cedar lane", "lake shore drive",
              "main street", "highland avenue", "river road"]
TOWNS_UK = ["leeds", "bristol", "manchester", "cardiff", "edinburgh", "norwich", "derby",
            "brighton", "plymouth", "belfast", "glasgow", "york"]
TOWNS_US = ["columbus", "austin", "denver", "portland", "tampa", "raleigh", "boise",
            "madison", "phoenix", "albany"]
TOWNS_IE = ["cork", "galway", "limerick", "dublin 8", "waterford", "sligo"]

INDUSTRY = {
    "banking": ["thanks for calling northgate bank", "you're through to halden building society"],
    "telecom": ["thank you for calling skylark mobile", "welcome to fibrelink broadband support"],
    "utilities": ["you're through to brightwater energy", "good morning, severn gas and power"],
    "retail": ["thanks for calling harper and lowe customer services", "hi you've reached quickcart orders"],
    "insurance": ["welcome to shieldwell insurance claims", "you're through to ashby motor insurance"],
    "travel": ["thanks for calling bluewing airways", "you've reached railroam bookings"],
    "healthcare": ["thank you for calling mercy valley billing", "you're through to clearpath dental payments"],
    "government": ["you're through to the vehicle licensing helpline", "thanks for calling the county tax office"],
}


def opener(ind=None, typed=False):
    ind = ind or ch(list(INDUSTRY))
    t = ch(INDUSTRY[ind])
    if typed:
        t = t[0].upper() + t[1:] + "! How can I help today?"
    else:
        t = t + ch([" how can i help", " my name's dan how can i help", " you're speaking to mo", ""])
    return ind, t


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []   # (turn, start, end, type, gid)
        self.groups = {}  # gid -> (type, mode, canonical)
        self.n = 0

    def g(self, typ, mode="full", canon=None):
        self.n += 1
        self.groups[self.n] = (typ, mode, canon)
        return self.n

    def t(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for s in segs:
            if isinstance(s, str):
                text += s
                continue
            val, typ, gid = (s + (None,))[:3] if len(s) == 2 else s
            if gid is None:
                gid = self.g(typ)
            start = len(text)
            text += val
            self.spans.append((ti, start, len(text), typ, gid))
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)


def v(val, typ, gid=None):
    return (val, typ, gid)


BACK = ["mhm", "go on", "yep", "okay", "uh huh", "yeah", "got that", "right", "carry on", "ok go ahead"]
ASIDES = ["sorry the dog's going mad", "hang on let me find my glasses", "sorry kids be quiet",
          "sorry i'm on the bus", "one sec the card's in my other bag no here it is",
          "bear with me", "sorry you're breaking up a bit"]
HES = ["um ", "uh ", "er ", "so ", "right so ", "yeah ", "okay so ", ""]


def typed_card(card):
    gs = card_groups(card)
    r = R.random()
    if r < 0.35:
        return " ".join(gs)
    if r < 0.55:
        return "-".join(gs)
    if r < 0.75:
        return card
    if r < 0.88:
        return " ".join(card[i:i + 3] for i in range(0, len(card), 3)).strip()
    return card[:8] + " " + card[8:]


def spoken_card_parts(card, nparts):
    gs = card_groups(card)
    if nparts >= len(gs):
        return gs
    cut = sorted(R.sample(range(1, len(gs)), nparts - 1))
    out, last = [], 0
    for c_ in cut + [len(gs)]:
        out.append("".join(gs[last:c_]))
        last = c_
    return out


def exp_pair():
    return R.randint(1, 12), R.randint(25, 31)


def say_expiry(m, y, typed):
    if typed:
        return ch(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                   "%02d / %02d" % (m, y), "%s %02d" % (MONTHS[m - 1][:3].title(), y),
                   "%s 20%02d" % (MONTHS[m - 1].title(), y), "%d/%02d" % (m, y)])
    r = R.random()
    yy = say_pair(str(y)[0], str(y)[1])
    mm = say_digits("%02d" % m, pairs=0.3, reps=0)
    if r < 0.35:
        return mm + " " + yy
    if r < 0.55:
        return (UNITS[m] if m < 10 else TEENS[m - 10]) + ch([" slash ", " "]) + ch(["twenty ", "two thousand and ", ""]) + yy \
            if False else (UNITS[m] if m < 10 else TEENS[m - 10]) + " slash " + yy
    if r < 0.8:
        return MONTHS[m - 1] + " " + ch(["", "twenty "]) + yy
    return mm + " slash " + yy


def expiry_text(typed):
    m, y = exp_pair()
    return say_expiry(m, y, typed)


def cvv_text(typed, n=3):
    d = rdig(n)
    if d[0] == "0" and typed is False:
        pass
    return d if typed else say_digits(d, pairs=0.2, hund=0.3, reps=0.5)


# ---------------------------------------------------------------- positive scenarios
def p_card_chat(c):
    ind, op = opener(typed=True)
    card = gen_card()
    c.a(op)
    c.c(ch(["hi i want to pay my bill", "Hiya, need to update my payment card", "hello pls can i pay the outstanding £%d.%02d" % (R.randint(20, 900), R.randint(0, 99)),
            "I'd like to renew, card details below", "need to change the card on my account asap"]))
    c.a(ch(["Sure, please type the long card number.", "No problem. What's the card number?", "Of course - card number, expiry and security code please."]))
    lab = ch(["", "card no: ", "Card number - ", "its ", "CC#", "number: ", "ok its "])
    segs = [lab, v(typed_card(card), "CARD_NUMBER")]
    if maybe(0.6):
        segs += [ch([" exp ", " expiry ", ", expires ", " exp date: ", " valid thru "]), v(expiry_text(True), "EXPIRY")]
    if maybe(0.5):
        segs += [ch([" cvv ", " CVC: ", " security code ", " sec code ", " and the 3 digits on the back are "]), v(cvv_text(True, 4 if len(card) == 15 else 3), "CVV")]
    c.c(*segs)
    if maybe(0.5):
        c.a("Thanks, I can see the card ending ", v(card[-4:], "CARD_NUMBER", c.g("CARD_NUMBER", "last4", card[-4:])), " has been added.")
    else:
        c.a(ch(["Thank you, that's gone through. Reference PAY-%s." % rdig(7), "Lovely, payment of £%d.00 taken." % R.randint(10, 300)]))
    c.note = "typed chat card (%s) with optional expiry/CVV" % ind


def p_card_asr_split(c):
    ind, op = opener()
    card = gen_card(ch(["visa", "mc", "mc", "amex", "disc", "visa"]))
    c.a(op)
    c.c(ch(["hi yeah i'm ringing to pay my bill", "i need to make a payment on my account", "hiya i want to pay off the balance", "yeah i'd like to book that and pay now"]))
    c.a(ch(["no problem when you're ready can i take the long number across the front of the card",
            "okay can i have the sixteen digit card number please", "lovely go ahead with the card number"]))
    gid = c.g("CARD_NUMBER", "part", card)
    parts = spoken_card_parts(card, R.randint(2, 4))
    fill = ch([0.0, 0.0, 0.15, 0.3])
    for k, p in enumerate(parts):
        lead = ch(HES) if k == 0 else ch(["", "", "then ", "and ", "um "])
        body = say_digits(p, pairs=ch([0.0, 0.3, 0.6]), hund=ch([0.0, 0.15]), fill=fill)
        if k == 1 and maybe(0.25) and len(p) >= 6:
            # aside in the middle of a reading
            h = len(p) // 2
            c.c(lead, v(say_digits(p[:h], fill=fill), "CARD_NUMBER", gid), " " + ch(ASIDES) + " ",
                v(say_digits(p[h:], fill=fill), "CARD_NUMBER", gid))
        else:
            c.c(lead, v(body, "CARD_NUMBER", gid))
        if k < len(parts) - 1:
            c.a(ch(BACK))
    if maybe(0.6):
        c.a(ch(["so that's ", "let me read that back ", "just to confirm "]),
            v(say_groups(card_groups(card), pairs=0.1), "CARD_NUMBER", c.g("CARD_NUMBER", "full", card)),
            ch([" is that right", " yeah", ""]))
        c.c(ch(["yes that's it", "yep", "that's right"]))
    c.a(ch(["and the expiry date", "and when does it expire", "expiry please"]))
    c.c(ch(["it's ", "", "expires ", "um "]), v(expiry_text(False), "EXPIRY"))
    c.a(ch(["and the three digit security code on the back", "and the last three on the signature strip"]))
    c.c(ch(["", "it's ", "yeah "]), v(cvv_text(False, 4 if len(card) == 15 else 3), "CVV"))
    if maybe(0.4):
        c.a("thank you so that's the card ending ", v(say_digits(card[-4:], pairs=0.4), "CARD_NUMBER", c.g("CARD_NUMBER", "last4", card[-4:])),
            " taking %s pounds" % say_digits(str(R.randint(20, 99)), pairs=1))
    c.note = "ASR card read over several turns (%s), back-channels, expiry, cvv" % ind


def p_card_restart(c):
    ind, op = opener()
    card = gen_card(ch(["visa", "mc", "disc"]))
    gs = card_groups(card)
    c.a(op)
    c.c("i want to pay for the order i placed yesterday")
    c.a("sure go ahead with the card number")
    wrong = gs[0][:2] + str((int(gs[0][2]) + 3) % 10)
    c.c(ch(["", "right "]), v(say_digits(wrong), "CARD_NUMBER", c.g("CARD_NUMBER", "frag")),
        ch([" no sorry wait let me start again ", " oh no that's wrong sorry ", " no hang on that's my old card um "]),
        v(say_groups(gs, pairs=0.3, fill=0.1), "CARD_NUMBER", c.g("CARD_NUMBER", "full", card)))
    c.a("okay and expiry")
    m, y = exp_pair()
    c.c(v(say_digits("%02d" % m, reps=0, pairs=0) + " " + say_pair(str(y)[0], str(y)[1]), "EXPIRY"),
        ch([" no ", " sorry i mean "]), v(say_digits("%02d" % ((m % 12) + 1), reps=0, pairs=0) + " " + say_pair(str(y)[0], str(y)[1]), "EXPIRY"))
    c.note = "ASR card with a false start and a corrected expiry (%s)" % ind


def p_card_typed_email(c):
    card = gen_card()
    name = ch(FIRST).title()
    c.c("Subject: payment details\n\nHi,\n\nPlease take the renewal of £%d.%02d from my card %s, "
        % (R.randint(80, 900), R.randint(0, 99), ch(["as discussed", "as agreed on the phone", ""])),
        v(typed_card(card), "CARD_NUMBER"), ", " + ch(["exp ", "expiry "]), v(expiry_text(True), "EXPIRY"),
        ". Policy no. %s.\n\nThanks,\n%s" % ("PL-" + rdig(8), name))
    c.a("Dear %s, thank you - we do not accept card details by e-mail, the card ending %s has not been charged." % (name, card[-4:]),
        )
    # card ending in agent reply: full card was given in the same case, so it is PII
    txt = c.turns[-1]["text"]
    i = txt.index(card[-4:])
    c.spans.append((1, i, i + 4, "CARD_NUMBER", c.g("CARD_NUMBER", "last4", card[-4:])))
    c.note = "e-mail with card and policy number; agent echoes last four of the same card"


def p_ssn(c):
    ind = ch(["healthcare", "banking", "government", "insurance", "telecom"])
    _, op = opener(ind, typed=False)
    ssn = gen_ssn()
    typed = maybe(0.4)
    c.a(op if not typed else opener(ind, True)[1])
    c.c(ch(["i need to update my account", "calling about a bill i got", "i'm trying to verify my identity",
            "hi i got a letter saying my benefits were stopped"]))
    c.a(ch(["can i get your social security number to verify", "for security what's your social", "i'll need the last, actually the full ssn please"]))
    if typed:
        f = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (ssn[:3], ssn[3:5], ssn[5:])
        c.c(ch(["SSN: ", "ssn is ", "", "Social Security #"]), v(f, "SSN"))
    elif maybe(0.5):
        gid = c.g("SSN", "part", ssn)
        c.c(ch(HES), v(say_digits(ssn[:3], pairs=0.3, hund=0.3), "SSN", gid))
        c.a(ch(BACK))
        c.c(v(say_digits(ssn[3:5], pairs=0.5), "SSN", gid))
        c.a(ch(BACK))
        c.c(v(say_digits(ssn[5:], pairs=0.5, fill=0.2), "SSN", gid), ch(["", " that's it", " yeah"]))
    else:
        c.c(ch(["yeah it's ", "sure ", "uh "]), v(say_groups([ssn[:3], ssn[3:5], ssn[5:]], fill=0.1, pairs=0.4), "SSN"))
    if maybe(0.5):
        c.a(ch(["thank you and your date of birth", "and can you confirm your birthday"]))
        c.c(v(dob_text(typed, us=True), "DOB"))
    if maybe(0.35):
        c.a("let me repeat the social ", v(say_groups([ssn[:3], ssn[3:5], ssn[5:]], pairs=0.0, reps=0.0), "SSN"), " correct")
        c.c("correct")
    c.a(ch(["thanks you've been verified", "okay i've pulled up the account, your balance is %d dollars" % R.randint(10, 900)]))
    c.note = "US SSN (%s, %s)" % (ind, "typed" if typed else "spoken")


def dob_text(typed, us=False):
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1935, 2006)
    if typed:
        if us:
            return ch(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%02d-%02d-%d" % (m, d, y)])
        return ch(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                   "%dth %s %d" % (d, MONTHS[m - 1][:3].title(), y) if d in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 24, 25, 26, 27, 28) else "%02d/%02d/%d" % (d, m, y)])
    r = R.random()
    if r < 0.3:
        return day_ord(d) + " of " + MONTHS[m - 1] + " " + year_words(y)
    if r < 0.5:
        return MONTHS[m - 1] + " " + ch(["the ", ""]) + day_ord(d) + " " + year_words(y)
    if r < 0.75:
        dd, mm = ("%02d" % d, "%02d" % m) if not us else ("%02d" % m, "%02d" % d)
        return say_digits(dd, pairs=0.5, reps=0) + " " + say_digits(mm, pairs=0.5, reps=0) + " " + year_words(y)
    dd, mm = ("%02d" % d, "%02d" % m) if not us else ("%02d" % m, "%02d" % d)
    return say_digits(dd, pairs=0.5, reps=0) + " slash " + say_digits(mm, pairs=0.5, reps=0) + " slash " + year_words(y)


def p_ni(c):
    ind = ch(["government", "banking", "insurance", "utilities", "healthcare"])
    ni = gen_ni()
    typed = maybe(0.4)
    c.a(opener(ind, typed)[1])
    c.c(ch(["i'm calling about my tax code", "need to register for the new account", "i'm phoning about my pension forecast",
            "hi, my employer says my NI is wrong"]))
    c.a(ch(["can i take your national insurance number", "what's your NI number please", "and your national insurance number"]))
    if typed:
        f = ch(["%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), ni, ni.lower(), "%s%s %s" % (ni[:2], ni[2:8], ni[8]),
                "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])])
        c.c(ch(["NI no: ", "its ", "", "NINO ", "ni number "]), v(f, "NI_NUMBER"))
    elif maybe(0.5):
        gid = c.g("NI_NUMBER", "part", ni)
        c.c(ch(HES), v(say_alnum(ni[:2], nato=0.6), "NI_NUMBER", gid))
        c.a(ch(BACK))
        c.c(v(say_digits(ni[2:8], pairs=0.4, fill=0.1), "NI_NUMBER", gid))
        c.a(ch(["and the letter at the end", "and the last letter", "mhm and the letter"]))
        c.c(ch(["", "it's ", "um "]), v(spell_letter(ni[8], 0.6), "NI_NUMBER", gid))
    else:
        c.c(ch(["yeah it's ", "", "okay ", "uh "]), v(say_alnum(ni, nato=0.4, pairs=0.3), "NI_NUMBER"))
    if maybe(0.4):
        c.a("thanks that's ", v(say_alnum(ni, nato=0.0, pairs=0.0), "NI_NUMBER"), " yeah")
        c.c("yep")
    if maybe(0.3):
        c.a("and your postcode")
        c.c(v(say_postcode(gen_uk_pc(), typed), "POSTCODE"))
    c.note = "UK national insurance number (%s, %s)" % (ind, "typed" if typed else "spoken")


def say_postcode(pc, typed):
    if typed:
        return ch([pc, pc.lower(), pc.replace(" ", ""), pc])
    out, ins = pc.split(" ")
    return say_alnum(out, nato=0.3, pairs=0.0) + ch([" ", ", "]) + say_alnum(ins, nato=0.3, pairs=0.0)


def p_bank(c):
    ind = ch(["banking", "utilities", "insurance", "government", "telecom"])
    typed = maybe(0.45)
    sc, acc = rdig(6), rdig(8)
    c.a(opener(ind, typed)[1])
    c.c(ch(["i want to set up a direct debit", "can you pay the refund into my bank", "i'd like to change the account my salary goes to",
            "need to switch my dd to a new account"]))
    c.a(ch(["no problem, sort code first please", "okay what's the sort code", "can i take the sort code and account number"]))
    if typed:
        scf = ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        c.c(ch(["sort code ", "SC: ", "s/c "]), v(scf, "SORT_CODE"), ch([" acct no: ", ", account ", " a/c ", "\nAccount number: "]),
            v(ch([acc, acc[:4] + " " + acc[4:]]), "BANK_ACCOUNT"))
    else:
        c.c(ch(HES), v(say_groups([sc[:2], sc[2:4], sc[4:]], pairs=0.6, reps=0.5), "SORT_CODE"))
        c.a(ch(["and the account number", "lovely and the eight digit account number"]))
        if maybe(0.5):
            gid = c.g("BANK_ACCOUNT", "part", acc)
            c.c(v(say_digits(acc[:4], pairs=0.4), "BANK_ACCOUNT", gid))
            c.a(ch(BACK))
            c.c(ch(["", "then "]), v(say_digits(acc[4:], pairs=0.4, fill=0.2), "BANK_ACCOUNT", gid))
        else:
            c.c(ch(["it's ", "", "okay "]), v(say_digits(acc, pairs=0.3, hund=0.1, fill=0.1), "BANK_ACCOUNT"))
        if maybe(0.5):
            c.a("so sort code ", v(say_groups([sc[:2], sc[2:4], sc[4:]], pairs=1.0, reps=0), "SORT_CODE"),
                " account ", v(say_digits(acc, pairs=0.0, reps=0.3), "BANK_ACCOUNT"), " correct")
            c.c("yes")
    c.a(ch(["thanks the first collection will be on the %s for %d pounds" % (day_ord(R.randint(1, 28)), R.randint(10, 99)),
            "great, that's been updated"]))
    c.note = "UK sort code and account number (%s)" % ind


def p_us_bank(c):
    typed = maybe(0.5)
    routing, acc = rdig(9), rdig(R.choice([10, 11, 12]))
    c.a(opener(ch(["healthcare", "utilities", "government"]), typed)[1])
    c.c("I want to set up autopay from checking")
    c.a("Sure, what's the account number? I'll need the routing number after.")
    if typed:
        c.c(ch(["acct no: ", "Account # ", "checking acct "]), v(ch([acc, "-".join([acc[:4], acc[4:]])]), "BANK_ACCOUNT"))
    else:
        c.c(ch(HES), v(say_digits(acc, pairs=0.4, fill=0.1), "BANK_ACCOUNT"))
    c.a("Thanks, that's saved. Your autopay will start on the %s." % ch(["1st", "15th", "3rd"]))
    c.note = "US checking account number (routing not asked)"


def p_iban(c):
    cc = ch(["IE", "IE", "DE", "FR", "NL", "ES", "GB"])
    iban = gen_iban(cc)
    typed = maybe(0.5)
    c.a(opener(ch(["travel", "retail", "banking", "insurance"]), typed)[1])
    c.c(ch(["i'm due a refund for the cancelled booking", "I need to pay an invoice from abroad", "please refund to my iban",
            "the claim payout should go to my account in %s" % {"IE": "ireland", "DE": "germany", "FR": "france", "NL": "the netherlands", "ES": "spain", "GB": "the uk"}[cc]]))
    c.a(ch(["can you give me the iban", "what's the IBAN please"]))
    if typed:
        grp = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        c.c(ch(["IBAN: ", "iban ", "", "its "]), v(ch([grp, iban, grp.lower(), iban.lower()]), "IBAN"))
    else:
        chunks = [iban[i:i + 4] for i in range(0, len(iban), 4)]
        k = R.randint(2, 3)
        cut = len(chunks) // k
        parts = ["".join(chunks[i * cut:(i + 1) * cut if i < k - 1 else len(chunks)]) for i in range(k)]
        gid = c.g("IBAN", "part", iban)
        for i, p in enumerate(parts):
            c.c(ch(HES) if i == 0 else "", v(say_alnum(p, nato=0.4, pairs=0.25), "IBAN", gid))
            if i < k - 1:
                c.a(ch(BACK))
    c.a(ch(["thanks, refunds take five to seven working days", "got it, the payment reference is INV-%s" % rdig(6)]))
    c.note = "IBAN %s (%s)" % (cc, "typed" if typed else "spoken in chunks")


def gen_phone():
    k = ch(["uk_mob", "uk_land", "uk_intl", "us", "us_intl", "ie", "ie_intl", "fr_intl", "de_intl"])
    if k == "uk_mob":
        d = "07" + rdig(9)
        return k, d, [d[:5], d[5:]]
    if k == "uk_land":
        d = "020" + rdig(8)
        return k, d, [d[:3], d[3:7], d[7:]]
    if k == "uk_intl":
        d = "447" + rdig(9)
        return k, d, ["44", d[2:6], d[6:]]
    if k == "us":
        d = str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)
        return k, d, [d[:3], d[3:6], d[6:]]
    if k == "us_intl":
        d = "1" + str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)
        return k, d, ["1", d[1:4], d[4:7], d[7:]]
    if k == "ie":
        d = "08" + ch("35679") + rdig(7)
        return k, d, [d[:3], d[3:6], d[6:]]
    if k == "ie_intl":
        d = "3538" + ch("35679") + rdig(7)
        return k, d, ["353", d[3:5], d[5:8], d[8:]]
    if k == "fr_intl":
        d = "33" + ch("67") + rdig(8)
        return k, d, ["33", d[2], d[3:5], d[5:7], d[7:9], d[9:]]
    d = "49151" + rdig(8)
    return k, d, ["49", d[2:5], d[5:]]


def p_phone(c):
    k, d, gs = gen_phone()
    typed = maybe(0.45)
    intl = k.endswith("intl")
    c.a(opener(typed=typed)[1])
    c.c(ch(["can someone call me back", "i want to update my contact number", "the engineer needs a number to ring", "please text me the confirmation"]))
    c.a(ch(["what's the best number", "sure what number", "which number should we use"]))
    if typed:
        if k == "us":
            f = ch(["%s %s-%s" % tuple(gs), "%s-%s-%s" % tuple(gs), "%s.%s.%s" % tuple(gs)])
        else:
            f = ch([" ".join(gs), "".join(gs), "-".join(gs)])
        lead = ch(["tel: ", "mob ", "", "call me on ", "my number is "])
        if intl:
            if maybe(0.6):
                lead += "+"
            elif maybe(0.5):
                f = "00" + f
        c.c(lead, v(f, "PHONE"))
    else:
        parts = list(gs)
        pre = ""
        if intl:
            first = ch(["plus ", "double oh ", "oh oh "]) + say_digits(parts[0], pairs=0.3, reps=0)
            rest = " ".join(say_digits(p, pairs=0.3, fill=0.1) for p in parts[1:])
            body = first + " " + rest
        else:
            body = " ".join(say_digits(p, pairs=0.3, hund=0.1, fill=0.1) for p in parts)
        if maybe(0.35):
            words = body.split(" ")
            h = len(words) // 2
            while words[h - 1] in ("double", "triple", "hundred", "and", "plus") or words[h - 1] in TENSW or words[h] in ("hundred", "and") or words[h] in UNITW and words[h - 1] in TENSW:
                h += 1
            gid = c.g("PHONE", "part", d)
            c.c(ch(HES), v(" ".join(words[:h]), "PHONE", gid))
            c.a(ch(BACK))
            c.c(v(" ".join(words[h:]), "PHONE", gid))
        else:
            c.c(ch(["it's ", "", "yeah ", "um it's "]), v(body, "PHONE"))
    c.a(ch(["thanks we'll call within %s hours" % ch(["two", "24", "forty eight"]), "okay that's updated", "great, a text will come through in about 5 minutes"]))
    c.note = "phone number %s (%s)" % (k, "typed" if typed else "spoken")


def gen_email():
    f, l = ch(FIRST), ch(LAST)
    local = ch([f + "." + l, f[0] + l, f + l + rdig(2), f + "_" + l, l + "." + f[0], f + "." + l + rdig(4)[:R.randint(1, 4)]])
    return local + "@" + ch(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    out = []
    for tok in re.split(r"([._])", local):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok.isdigit():
            out.append(say_digits(tok, pairs=0.6))
        elif len(tok) == 1:
            out.append(spell_letter(tok, 0.3))
        else:
            m = re.match(r"([a-z]+)(\d*)", tok)
            w, dg = m.group(1), m.group(2)
            if maybe(0.2) and len(w) <= 6 and "o" not in w:
                out.append(w + " that's " + " ".join(w))
            else:
                out.append(w)
            if dg:
                out.append(say_digits(dg, pairs=0.6))
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def p_email(c):
    e = gen_email()
    typed = maybe(0.45)
    c.a(opener(typed=typed)[1])
    c.c(ch(["can you email me the receipt", "i never got the confirmation email", "please send the quote over", "i want paperless billing"]))
    c.a(ch(["what's the email address", "which email should it go to", "can i confirm your email"]))
    if typed:
        f = ch([e, e, e.title() if maybe(0.3) else e, e.upper() if maybe(0.2) else e])
        c.c(ch(["", "its ", "email: ", "send to ", "E-mail - "]), v(f, "EMAIL"), ch(["", " thx", " please", "."]))
    else:
        c.c(ch(["it's ", "", "yeah it's ", "um "]), v(say_email(e), "EMAIL"))
        if maybe(0.4):
            c.a("so that's ", v(say_email(e), "EMAIL"))
            c.c("that's the one")
    c.a(ch(["sent, check your junk folder", "done, it can take up to 10 minutes"]))
    c.note = "email address (%s)" % ("typed" if typed else "spoken")


def p_address(c):
    us = maybe(0.35)
    ie = not us and maybe(0.2)
    typed = maybe(0.45)
    num = R.randint(1, 240)
    street = ch(US_STREETS if us else STREETS)
    flat = (not us) and maybe(0.3)
    c.a(opener(typed=typed)[1])
    c.c(ch(["i've moved house", "the parcel needs to go to my new address", "i want to update my billing address", "the meter is registered to the wrong address"]))
    c.a(ch(["what's the new address", "can i take the first line and postcode" if not us else "what's the street address and zip", "go ahead with the address"]))
    if typed:
        a = ("Flat %d, " % R.randint(1, 40) if flat else "") + "%d %s" % (num, street.title() if maybe(0.7) else street)
        if us and maybe(0.4):
            a = "%d %s, Apt %d" % (num, street.title(), R.randint(1, 30))
        town = ch(TOWNS_US if us else TOWNS_IE if ie else TOWNS_UK).title()
        pc = gen_zip() if us else gen_uk_pc()
        segs = [ch(["", "its ", "new addr: "]), v(a, "ADDRESS"), ", " + town + ch([", ", " ", ", %s " % ch(["OH", "TX", "CO", "FL"]) if us else ", "])]
        if not ie:
            segs.append(v(pc if maybe(0.7) else pc.lower(), "POSTCODE"))
        c.c(*segs)
    else:
        nw = say_digits(str(num), pairs=0.8, hund=0.6, reps=0)
        if flat:
            a = "flat " + say_digits(str(R.randint(1, 40)), pairs=0.9, reps=0) + ch([" ", ", "]) + nw + " " + street
        else:
            a = nw + " " + street
        town = ch(TOWNS_US if us else TOWNS_IE if ie else TOWNS_UK)
        c.c(ch(HES), v(a, "ADDRESS"), ch([" in ", ", ", " "]) + town)
        if not ie:
            c.a(ch(["and the postcode", "lovely and postcode"]) if not us else "and the zip code")
            if us:
                z = gen_zip()[:5]
                c.c(ch(["", "it's "]), v(say_digits(z, pairs=0.4), "POSTCODE"))
            else:
                c.c(ch(["", "it's ", "um "]), v(say_postcode(gen_uk_pc(), False), "POSTCODE"))
        else:
            c.a("and do you have an eircode")
            c.c("no sorry i don't know it")
    c.a(ch(["perfect that's updated", "thanks, delivery slot is between 7am and 1pm"]))
    c.note = "%s address with postcode (%s)" % ("US" if us else "IE" if ie else "UK", "typed" if typed else "spoken")


def p_dob(c):
    us = maybe(0.4)
    typed = maybe(0.4)
    c.a(opener(ch(["healthcare", "insurance", "banking", "government"]), typed)[1])
    c.c(ch(["hi i'm calling about my statement", "i need to check a claim", "i'm ringing for my mum she's listed as a dependant"]))
    c.a(ch(["can i take your date of birth", "for security, date of birth please", "and what's the date of birth on the policy"]))
    c.c(ch(["", "it's ", "um ", "yes it's "]), v(dob_text(typed, us), "DOB"),
        ch(["", " and i'm %s" % ch(["forty two", "67", "thirty"]), ""]))
    c.a(ch(["thanks and can you confirm the first line of the address", "lovely, you're through security"]))
    c.note = "date of birth (%s, %s)" % ("US" if us else "UK/IE", "typed" if typed else "spoken")


def p_combo(c):
    """Long ASR call: identity check + card, lots of unlabelled numbers."""
    ind, op = opener()
    c.a(op)
    c.c("hi yeah i've got a bill here for %s pounds %s and i want to pay it"
        % (say_digits(str(R.randint(100, 400)), pairs=1, hund=1, reps=0), say_pair("2", str(R.randint(1, 9)))))
    c.a("okay can i take the account holder's date of birth")
    c.c(v(dob_text(False), "DOB"))
    c.a("and the first line of the address and postcode")
    c.c(v(say_digits(str(R.randint(2, 99)), pairs=1, reps=0) + " " + ch(STREETS), "ADDRESS"), " " + ch(TOWNS_UK) + " ",
        v(say_postcode(gen_uk_pc(), False), "POSTCODE"))
    c.a("thank you, and the card number when you're ready")
    card = gen_card("visa")
    gs = card_groups(card)
    gid = c.g("CARD_NUMBER", "part", card)
    c.c(v(say_digits(gs[0] + gs[1], pairs=0.4, fill=0.1), "CARD_NUMBER", gid))
    c.a("go on")
    c.c(v(say_digits(gs[2], pairs=0.4), "CARD_NUMBER", gid), " ", ch(ASIDES), " ", v(say_digits(gs[3], pairs=0.4), "CARD_NUMBER", gid))
    c.a("expiry")
    c.c(v(expiry_text(False), "EXPIRY"))
    c.a("and the security number")
    c.c(v(cvv_text(False), "CVV"))
    c.a("thank you, that's %s pounds paid on the card ending " % say_digits(str(R.randint(100, 400)), pairs=1, hund=1, reps=0),
        v(say_digits(card[-4:], pairs=0.5), "CARD_NUMBER", c.g("CARD_NUMBER", "last4", card[-4:])),
        ", your reference is %s" % say_digits(rdig(8), pairs=0.2))
    c.note = "long ASR payment call (%s): dob, address, postcode, split card, expiry, cvv, unlabelled reference" % ind


POS = [(p_card_chat, 40), (p_card_asr_split, 34), (p_card_restart, 8), (p_card_typed_email, 8),
       (p_ssn, 36), (p_ni, 36), (p_bank, 16), (p_us_bank, 5), (p_iban, 14), (p_phone, 20), (p_email, 16),
       (p_address, 18), (p_dob, 12), (p_combo, 8)]


# ---------------------------------------------------------------- negative scenarios
def n_order_long(c):
    lab = ch(["order number", "tracking number", "reference", "invoice number", "claim reference", "booking reference", "serial number", "policy number"])
    num = luhn_complete("4", 16) if maybe(0.5) else rdig(R.choice([12, 14, 16, 18]))
    typed = maybe(0.5)
    c.a(opener(typed=typed)[1])
    c.c(ch(["i'm chasing a delivery", "calling about my claim", "i want to cancel the booking", "my router isn't working"]))
    c.a("can i take the %s" % lab)
    if typed:
        c.c("%s: %s" % (lab, " ".join(num[i:i + 4] for i in range(0, len(num), 4))))
    else:
        gs = [num[i:i + 4] for i in range(0, len(num), 4)]
        c.c("yeah the %s is %s" % (lab, say_digits(gs[0] + gs[1], pairs=0.3)))
        c.a(ch(BACK))
        c.c(say_digits("".join(gs[2:]), pairs=0.3))
    c.a("thanks, i can see that %s, it was %s on the %s" % (lab, ch(["dispatched", "raised", "approved"]), day_ord(R.randint(1, 28))))
    c.note = "long digit %s read like a card - not PII" % lab


def n_last4(c):
    l4 = rdig(4)
    typed = maybe(0.5)
    c.a(opener(typed=typed)[1])
    c.c(ch(["which card did you charge", "i was charged twice", "can you check the payment went through"]))
    if typed:
        c.a("The payment of £%d.%02d was taken from the card ending %s on %d %s." % (R.randint(5, 500), R.randint(0, 99), l4, R.randint(1, 28), ch(MONTHS).title()))
        c.c(ch(["yes that's my visa ending in %s" % l4, "ok the one ending %s is right" % l4, "hmm, my card ends %s not that one" % rdig(4)]))
    else:
        c.a("it was the card ending %s" % say_digits(l4, pairs=0.5))
        c.c("yeah the one ending in %s that's my debit card" % say_digits(l4, pairs=0.5))
    c.note = "card last-four mentions only - not PII"


def n_money(c):
    typed = maybe(0.5)
    c.a(opener(typed=typed)[1])
    if typed:
        c.c("My balance says £%d,%03d.%02d but I paid $%d.%02d on %d/%02d. Interest went up %d.%d%%." % (
            R.randint(1, 9), R.randint(0, 999), R.randint(0, 99), R.randint(10, 999), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12), R.randint(1, 9), R.randint(0, 9)))
        c.a("Your current balance is €%d.%02d and the minimum payment is %d.%02d, due on the %s." % (R.randint(100, 9999), R.randint(0, 99), R.randint(5, 60), R.randint(0, 99), ch(["1st", "15th", "28th"])))
    else:
        amt = str(R.randint(1000, 9999))
        c.c("my balance is showing %s thousand %s hundred and %s pounds that can't be right" % (UNITS[int(amt[0])], UNITS[R.randint(1, 9)], say_pair("4", "7")))
        c.a("i can see one payment of %s pounds %s and a charge of %s pounds" % (say_digits(str(R.randint(100, 999)), pairs=1, hund=1, reps=0), say_pair("1", "5"), say_pair("2", "9")))
    c.note = "balances, amounts, percentages, payment date - not PII"


def n_times(c):
    c.a(opener()[1])
    c.c("what time are you open until")
    c.a("we're open %s till %s monday to friday and %s to %s on saturdays, the wait is about %s minutes" % (
        ch(["eight", "nine", "8am", "half eight"]), ch(["eight pm", "six", "20:00", "half five"]), ch(["nine", "10am"]), ch(["four", "1pm"]),
        ch(["twenty five", "45", "forty", "ten to fifteen"])))
    c.c("and the engineer appointment is %s between %s and %s yeah" % (ch(["thursday the %s" % day_ord(R.randint(1, 28)), "the %s of %s" % (day_ord(R.randint(1, 28)), ch(MONTHS))]),
                                                               ch(["eight", "seven thirty"]), ch(["twelve", "one o'clock"])))
    c.a("that's right, and the contract ends %s %d" % (ch(MONTHS), R.randint(2025, 2029)))
    c.note = "opening hours, durations, appointment/contract dates - not PII"


def n_meter(c):
    reading = rdig(R.choice([5, 6]))
    serial = ch(["E", "K", "S"]) + rdig(2) + ch("ABCDEFGHJK") + rdig(5)
    typed = maybe(0.5)
    c.a(opener("utilities", typed)[1])
    if typed:
        c.c("Meter reading: %s (electric), serial %s, gas %s" % (reading, serial, rdig(5)))
        c.a("Thanks, reading of %s received. Your unit rate is %d.%02dp per kWh." % (reading, R.randint(20, 35), R.randint(0, 99)))
    else:
        c.c("i've got a meter reading for you it's %s" % say_digits(reading, pairs=0.3))
        c.a(ch(BACK))
        c.c("and the serial on the meter is %s" % say_alnum(serial, nato=0.3))
        c.a("lovely that's %s units since the last read" % say_digits(str(R.randint(100, 999)), pairs=1, hund=1, reps=0))
    c.note = "meter reading and meter serial - not PII"


def n_travel(c):
    typed = maybe(0.5)
    c.a(opener("travel", typed)[1])
    fl = ch(["BA", "EI", "FR", "LH", "AA", "U2"]) + str(R.randint(10, 9999))
    if typed:
        c.c("Flight %s on %d %s, seat %d%s, booking ref %s. We land at gate B%d at %02d:%02d." % (
            fl, R.randint(1, 28), ch(MONTHS).title(), R.randint(1, 40), ch("ABCDEF"), "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)), R.randint(1, 60), R.randint(0, 23), R.randint(0, 59)))
        c.a("Thanks. Room %d is booked for %d nights, check-in from 3pm." % (R.randint(100, 999), R.randint(1, 14)))
    else:
        c.c("i'm on flight %s %s seat %s %s" % (" ".join(fl[:2].lower()), say_digits(fl[2:], pairs=0.6), say_pair("2", "3"), ch(["a", "c", "f"])))
        c.a("and that's departing gate %s at %s" % (say_digits(str(R.randint(10, 60)), pairs=1), ch(["ten fifteen", "quarter past six", "fourteen hundred hours"])))
        c.c("and the hotel room is %s on the %s floor" % (say_digits(str(R.randint(100, 999)), pairs=0.5, hund=0.5, reps=0), ch(["fourth", "second", "ninth"])))
    c.note = "flight, seat, gate, room, booking ref - not PII"


def n_roads(c):
    c.a(opener(ch(["insurance", "government", "utilities"]))[1])
    c.c("the accident was on the %s just past junction %s heading towards the %s" % (
        ch(["a forty", "m six", "a one", "m twenty five", "i ninety five", "route sixty six", "n seven"]), say_pair("1", str(R.randint(0, 9))), ch(["m sixty two", "a three o six", "interstate eighty"])))
    c.a("and roughly what speed were you doing")
    c.c("about %s miles an hour it was %s degrees out and icy" % (ch(["thirty", "forty five", "fifty"]), ch(["minus two", "three", "zero"])))
    c.note = "road names, junctions, speed, temperature - not PII"


def n_ages_counts(c):
    c.a(opener(ch(["insurance", "healthcare", "travel"]))[1])
    c.c("i want to add my kids they're %s and %s and i've been with you %s years" % (ch(["seven", "9", "twelve"]), ch(["four", "fourteen", "16"]), ch(["eleven", "20", "three"])))
    c.a("okay that's %s people on the policy, the premium goes up %s percent" % (ch(["four", "five", "3"]), ch(["twelve", "4.5", "eight point two"])))
    c.c("and i was born in %s if that matters" % year_words(R.randint(1960, 1999)))
    c.a("no that's fine just the year helps, you've got %s claims free years" % ch(["nine", "12", "fifteen"]))
    c.note = "ages, counts, percentages, a bare year - not PII"


def n_model_serial(c):
    typed = maybe(0.5)
    c.a(opener(ch(["retail", "telecom"]), typed)[1])
    imei = luhn_complete("35", 15)
    if typed:
        c.c("Model: %s-%d, serial no. %s, IMEI %s" % (ch(["XR", "QX", "HB"]), R.randint(100, 9999), rdig(12), imei))
        c.a("Thanks. Ticket #%s raised, warranty ends 0%d/20%d." % (rdig(7), R.randint(1, 9), R.randint(26, 29)))
    else:
        c.c("the imei is %s" % say_digits(imei, pairs=0.3))
        c.a(ch(BACK))
        c.c("and the model number is %s" % say_alnum(ch(["SM", "XR", "KT"]) + rdig(4), nato=0.2))
        c.a("thanks your ticket number is %s" % say_digits(rdig(9), pairs=0.3))
    c.note = "IMEI (Luhn-valid 15 digits), model, serial, ticket - not PII"


def n_refund_ref(c):
    ref = rdig(6)
    c.a(opener(ch(["banking", "retail"]))[1])
    c.c("i've got a reference here it's %s dash %s" % (say_digits(ref[:2], pairs=0.5), say_digits(ref[2:], pairs=0.5)))
    c.a("and is that the six digit payment reference from the letter")
    c.c("yeah the payment reference %s and the amount was %s pounds" % (say_groups([ref[:2], ref[2:4], ref[4:]], pairs=1.0, reps=0), say_pair("3", "5")))
    c.a("thanks that's refund number %s, it takes three to five working days" % say_digits(rdig(8), pairs=0.3))
    c.note = "six digit payment reference read like a sort code - not PII"


def n_typed_ids(c):
    c.a(opener(typed=True)[1])
    c.c("Hi, invoice INV-%s dated %02d/%02d/%d, customer ID %s, PO %s. Total £%d.%02d inc VAT @ 20%%." % (
        rdig(6), R.randint(1, 28), R.randint(1, 12), R.randint(2023, 2025), rdig(9), rdig(10), R.randint(50, 5000), R.randint(0, 99)))
    c.a("Thanks. Case %s opened at %02d:%02d, SLA is %d hours." % (rdig(11), R.randint(0, 23), R.randint(0, 59), ch([24, 48, 72])))
    c.note = "typed invoice/customer/PO/case ids, dates, amounts - not PII"


NEG = [(n_order_long, 20), (n_last4, 14), (n_money, 10), (n_times, 10), (n_meter, 10), (n_travel, 10),
       (n_roads, 8), (n_ages_counts, 8), (n_model_serial, 10), (n_refund_ref, 8), (n_typed_ids, 8)]


# ---------------------------------------------------------------- build
def build():
    global R
    R = random.Random(SEED)
    cases = []
    plan = []
    for fn, n in POS:
        plan += [("positive", fn)] * n
    pos = [p for p in plan]
    R.shuffle(pos)
    neg = []
    for fn, n in NEG:
        neg += [("negative", fn)] * n
    R.shuffle(neg)
    for kind, items in (("positive", pos), ("negative", neg)):
        for i, (_, fn) in enumerate(items, 1):
            c = Case(kind, "")
            fn(c)
            c.id = "h330-%s-%03d" % ("pos" if kind == "positive" else "neg", i)
            c.spans.sort()
            cases.append(c)
    return cases


def to_lines(cases):
    lines = []
    for c in cases:
        d = {"id": c.id, "kind": c.kind, "turns": c.turns,
             "spans": [{"turn": t, "start": s, "end": e, "type": ty} for t, s, e, ty, _ in c.spans],
             "note": c.note}
        lines.append(json.dumps(d, ensure_ascii=False))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- normalising spoken forms
def toks(text):
    return re.findall(r"[a-z0-9]+|[^\sa-z0-9]", text.lower())


def _skipfill(ts, i):
    while i < len(ts) and ts[i] in FILL:
        i += 1
    return i


def _sub(ts, i):
    j = _skipfill(ts, i)
    if j < len(ts) and ts[j] == "and":
        j = _skipfill(ts, j + 1)
    if j < len(ts):
        t = ts[j]
        if t in TEENW:
            return TEENW[t], j + 1
        if t in TENSW:
            k = _skipfill(ts, j + 1)
            if k < len(ts) and ts[k] in UNITW:
                return TENSW[t] * 10 + UNITW[ts[k]], k + 1
            return TENSW[t] * 10, j + 1
        if t in UNITW:
            return UNITW[t], j + 1
    return 0, i


def _run(ts, i, o_letter=False):
    pieces = []
    n = len(ts)
    while i < n:
        t = ts[i]
        if t in FILL:
            i += 1
            continue
        if t in ("double", "triple") and i + 1 < n and ts[i + 1] in DIGW and not (o_letter and ts[i + 1] == "o"):
            pieces.append(DIGW[ts[i + 1]] * (2 if t == "double" else 3))
            i += 2
            continue
        if t in DIGW and not (o_letter and t == "o"):
            pieces.append(DIGW[t])
            i += 1
            continue
        if t in TEENW:
            pieces.append(str(TEENW[t]))
            i += 1
            continue
        if t in TENSW:
            j = _skipfill(ts, i + 1)
            if j < n and ts[j] in UNITW:
                pieces.append(str(TENSW[t] * 10 + UNITW[ts[j]]))
                i = j + 1
            elif j < n and ts[j] in ORD and ORD[ts[j]] < 10:
                pieces.append(str(TENSW[t] * 10 + ORD[ts[j]]))
                i = j + 1
                break
            else:
                pieces.append(str(TENSW[t] * 10))
                i += 1
            continue
        if t in ORD:
            pieces.append(str(ORD[t]))
            i += 1
            break
        if t == "hundred" and pieces:
            base = int(pieces.pop())
            rest, i = _sub(ts, i + 1)
            pieces.append(str(base * 100 + rest))
            continue
        if t == "thousand" and pieces:
            base = int(pieces.pop())
            rest, i = _sub(ts, i + 1)
            pieces.append(str(base * 1000 + rest))
            continue
        break
    return "".join(pieces), i


def items(text, o_letter=False):
    ts = toks(text)
    out = []
    i = 0
    n = len(ts)
    while i < n:
        t = ts[i]
        if t in FILL:
            i += 1
            continue
        if t.isdigit():
            out.append(("num", t))
            i += 1
            continue
        if re.fullmatch(r"\d+(st|nd|rd|th)", t):
            out.append(("num", re.match(r"\d+", t).group()))
            i += 1
            continue
        if t in DIGW or t in TEENW or t in TENSW or t in ORD or (t in ("double", "triple") and i + 1 < n and ts[i + 1] in DIGW):
            if not (o_letter and t == "o"):
                s, j = _run(ts, i, o_letter)
                if j > i:
                    out.append(("num", s))
                    i = j
                    continue
        if t == "double" and i + 1 < n and len(ts[i + 1]) == 1 and ts[i + 1].isalpha():
            out.append(("let", ts[i + 1] * 2))
            i += 2
            continue
        if len(t) == 1 and t.isalpha():
            out.append(("let", t))
            i += 1
            if i + 1 < n and ts[i] == "for":
                i += 2
                while i < n and ts[i] == "-" or (i < n and ts[i - 1] == "-"):
                    i += 1
            elif i + 2 < n and ts[i] == "as" and ts[i + 1] == "in":
                i += 3
            continue
        if t in MONTHW:
            out.append(("month", MONTHW[t]))
            i += 1
            continue
        if t == "plus" or t == "+":
            out.append(("plus", "+"))
            i += 1
            continue
        if re.fullmatch(r"[a-z0-9]+", t):
            out.append(("alnum" if re.search(r"\d", t) else "word", t))
            i += 1
            continue
        out.append(("sep", t))
        i += 1
    return out


def digits_of(text):
    its = items(text)
    if any(k in ("let", "alnum") for k, _ in its):
        return None
    return "".join(x for k, x in its if k == "num")


def alnum_of(text):
    s = ""
    for k, x in items(text):
        if k in ("num", "let", "alnum"):
            s += x
        elif k == "word" and len(x) <= 4 and x not in ("and", "then", "for", "as", "in", "that", "it", "its", "the"):
            s += x
        elif k == "word" and x not in ("slash", "dash", "space", "and", "then"):
            s += "?" + x
    return s.upper()


def email_of(text):
    text = re.sub(r"\b([a-z]+) that's (?:[a-z] )*[a-z]\b", r"\1", text.lower())
    s = ""
    for k, x in items(text, o_letter=True):
        if k == "word":
            s += {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-", "that": "\x00", "s": ""}.get(x, x)
        elif k in ("num", "let", "alnum"):
            s += x
        elif k == "sep" and x in ".@-_":
            s += x
        elif k == "sep" and x == "'":
            s += "\x00"
    # "doe that's d o e": drop the spelled repetition
    s = re.sub(r"([a-z]+)\x00+\1", r"\1", s)
    return s.lower()


def date_parts(text):
    its = items(text)
    month = [x for k, x in its if k == "month"]
    nums = [x for k, x in its if k == "num"]
    bad = [x for k, x in its if k in ("let", "alnum")]
    return month, nums, bad


def valid_date(text, dob):
    month, nums, bad = date_parts(text)
    if bad:
        return False
    yr_ok = (lambda y: 1920 <= y <= 2010) if dob else (lambda y: 24 <= y <= 40 or 2024 <= y <= 2040)

    def yok(s):
        if len(s) == 4:
            return yr_ok(int(s))
        if len(s) == 2:
            return True if dob else yr_ok(int(s))
        return False
    if month:
        if dob:
            return len(nums) == 2 and any(1 <= int(a) <= 31 and len(a) <= 2 and yok(b) for a, b in (nums, nums[::-1]))
        return len(nums) == 1 and yok(nums[0])
    if dob:
        if len(nums) == 3:
            a, b, y = nums
            return yok(y) and ((1 <= int(a) <= 31 and 1 <= int(b) <= 12) or (1 <= int(a) <= 12 and 1 <= int(b) <= 31))
        s = "".join(nums)
        if len(s) in (6, 8):
            a, b, y = s[:2], s[2:4], s[4:]
            return yok(y) and ((1 <= int(a) <= 31 and 1 <= int(b) <= 12) or (1 <= int(a) <= 12 and 1 <= int(b) <= 31))
        return False
    if len(nums) == 2:
        return 1 <= int(nums[0]) <= 12 and yok(nums[1])
    s = "".join(nums)
    if len(s) in (4, 6):
        return 1 <= int(s[:2]) <= 12 and yok(s[2:])
    return False


UKPC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NIRE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24}
STREET_WORDS = {"road", "street", "lane", "avenue", "crescent", "grove", "drive", "way", "view", "close", "court",
                "terrace", "walk", "boulevard", "rd", "st", "ave", "apt"}


def validate(typ, text):
    """text: the labelled value (all spans of one group joined by a space)."""
    if typ == "CARD_NUMBER":
        d = digits_of(text)
        return bool(d) and 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CVV":
        d = digits_of(text)
        return bool(d) and len(d) in (3, 4)
    if typ == "SSN":
        d = digits_of(text)
        return bool(d) and len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"
    if typ == "NI_NUMBER":
        s = alnum_of(text)
        return bool(NIRE.match(s)) and s[:2] not in NI_BAD
    if typ == "SORT_CODE":
        d = digits_of(text)
        return d is not None and len(d) == 6
    if typ == "BANK_ACCOUNT":
        d = digits_of(text)
        return d is not None and 8 <= len(d) <= 12
    if typ == "IBAN":
        s = alnum_of(text)
        if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or IBAN_LEN.get(s[:2]) != len(s):
            return False
        t = s[4:] + s[:4]
        return int("".join(str(int(x, 36)) for x in t)) % 97 == 1
    if typ == "PHONE":
        its = items(text)
        if any(k in ("let", "alnum") for k, _ in its):
            return False
        d = "".join(x for k, x in its if k == "num")
        return 10 <= len(d) <= 15
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", email_of(text)))
    if typ == "DOB":
        return valid_date(text, True)
    if typ == "EXPIRY":
        return valid_date(text, False)
    if typ == "POSTCODE":
        s = alnum_of(text)
        if re.fullmatch(r"\d{5}(\d{4})?", s):
            return True
        return bool(UKPC.match(s))
    if typ == "ADDRESS":
        its = items(text)
        has_num = any(k == "num" for k, _ in its)
        return has_num and any(k == "word" and x in STREET_WORDS for k, x in its)
    return False


# ---------------------------------------------------------------- check
def check(cases, data):
    errs = []
    ids = set()
    cnt = Counter()
    lines = data.splitlines()
    if len(lines) != len(cases):
        errs.append("line count mismatch")
    for c, line in zip(cases, lines):
        d = json.loads(line)
        if d["id"] in ids:
            errs.append("dup id " + d["id"])
        ids.add(d["id"])
        if d["kind"] == "negative" and d["spans"]:
            errs.append(d["id"] + ": negative with spans")
        if d["kind"] == "positive" and not d["spans"]:
            errs.append(d["id"] + ": positive without spans")
        for t in d["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(d["id"] + ": bad speaker")
        prev = {}
        for sp in sorted(d["spans"], key=lambda s: (s["turn"], s["start"])):
            if sp["type"] not in TYPES:
                errs.append(d["id"] + ": bad type")
            if not (0 <= sp["turn"] < len(d["turns"])):
                errs.append(d["id"] + ": bad turn")
                continue
            txt = d["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append(d["id"] + ": offsets out of range")
                continue
            if not (txt[s].isalnum() and txt[e - 1].isalnum()):
                errs.append("%s: span not trimmed %r" % (d["id"], txt[s:e]))
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (d["id"], txt[s:e]))
            if prev.get(sp["turn"], -1) > s:
                errs.append(d["id"] + ": overlapping spans")
            prev[sp["turn"]] = e
            cnt[sp["type"]] += 1
        # per-group value validation, reading the text back from the file
        groups = {}
        for (t, s, e, ty, gid), sp in zip(c.spans, d["spans"]):
            if (sp["turn"], sp["start"], sp["end"], sp["type"]) != (t, s, e, ty):
                errs.append(d["id"] + ": span/meta mismatch")
            groups.setdefault(gid, []).append(d["turns"][t]["text"][s:e])
        for gid, texts in groups.items():
            ty, mode, canon = c.groups[gid]
            joined = " ".join(texts)
            if mode == "frag":
                ok = digits_of(joined) not in (None, "")
            elif mode == "last4":
                ok = digits_of(joined) == canon
            else:
                ok = validate(ty, joined)
                if ok and canon and ty in ("CARD_NUMBER", "SSN", "BANK_ACCOUNT"):
                    ok = digits_of(joined) == canon
                if ok and canon and ty == "PHONE":
                    dj = digits_of(joined)
                    ok = dj == canon or (dj.startswith("00") and dj[2:] == canon)
                if ok and canon and ty in ("IBAN", "NI_NUMBER"):
                    ok = alnum_of(joined) == canon
            if not ok:
                errs.append("%s: invalid %s %r" % (d["id"], ty, joined))
    kinds = Counter(json.loads(l)["kind"] for l in lines)
    need = {t: 10 for t in TYPES}
    need.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, n in need.items():
        if cnt[t] < n:
            errs.append("too few %s spans: %d < %d" % (t, cnt[t], n))
    if kinds["positive"] < 200 or kinds["negative"] < 100:
        errs.append("too few cases %s" % dict(kinds))
    return errs, cnt, kinds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--out", default=OUT)
    a = ap.parse_args()
    cases = build()
    data = to_lines(cases)
    if a.check:
        with open(a.out, encoding="utf-8") as f:
            disk = f.read()
        errs = []
        if disk != data:
            errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
        e2, cnt, kinds = check(cases, disk)
        errs += e2
        for e in errs[:60]:
            print("ERROR", e)
        print("cases:", dict(kinds), "spans:", sum(cnt.values()))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print("wrote", a.out, len(cases), "cases")


if __name__ == "__main__":
    main()

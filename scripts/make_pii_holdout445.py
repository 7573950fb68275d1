#!/usr/bin/env python3
"""Generate the pii_holdout445 held-out PII redaction evaluation set.

Standard library only.  Every turn is built from plain-text segments and
labelled value segments, so character offsets are computed, never typed.

    python scripts/make_pii_holdout445.py          # write cases.jsonl
    python scripts/make_pii_holdout445.py --check  # regenerate + validate
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout445", "cases.jsonl")
R = random.Random(445241125)

# ---------------------------------------------------------------- building --


class V:
    """A labelled value segment.  group ties fragments of one value."""

    def __init__(self, text, typ, group, partial=False):
        self.text, self.typ, self.group, self.partial = text, typ, group, partial


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []  # (speaker, [segments])
        self.groups = {}  # group -> (typ, canonical, partial)
        self._g = 0

    def group(self, typ, canonical, partial=False):
        self._g += 1
        self.groups[self._g] = (typ, canonical, partial)
        return self._g

    def add(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def render(self, cid):
        turns, spans = [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, V):
                    spans.append({"turn": ti, "start": len(text),
                                  "end": len(text) + len(s.text), "type": s.typ})
                    text += s.text
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return {"id": cid, "kind": self.kind, "turns": turns, "spans": spans,
                "note": self.note}

    def value_fragments(self):
        out = {}
        for ti, (spk, segs) in enumerate(self.turns):
            for s in segs:
                if isinstance(s, V):
                    out.setdefault(s.group, []).append(s)
        return out


def C(*a):
    return R.choice(a if len(a) > 1 else a[0])


# ------------------------------------------------------------ spoken forms --
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "I": "india", "J": "juliet",
        "K": "kilo", "L": "lima", "M": "mike", "N": "november", "P": "papa",
        "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform",
        "V": "victor", "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu", "O": "oscar"}
FOR_WORDS = {"A": ["apple", "alpha"], "B": ["bravo", "bob"], "C": ["charlie", "cat"],
             "D": ["delta", "david"], "E": ["echo", "edward"], "G": ["golf", "george"],
             "H": ["hotel", "harry"], "J": ["juliet", "john"], "K": ["kilo", "king"],
             "L": ["lima", "london"], "M": ["mike", "mother"], "N": ["november", "nancy"],
             "P": ["papa", "peter"], "R": ["romeo", "robert"], "S": ["sierra", "sugar"],
             "T": ["tango", "tom"], "W": ["whiskey", "william"], "X": ["x-ray"],
             "Y": ["yankee", "yellow"], "Z": ["zulu", "zebra"], "F": ["foxtrot", "freddie"],
             "Q": ["quebec", "queen"], "U": ["uniform", "uncle"], "V": ["victor", "victor"],
             "I": ["india", "ireland"], "O": ["oscar", "orange"]}
FILLERS = ["um", "uh", "er", "erm"]


def zero_word(uk=False):
    return C(["oh", "oh", "zero", "o", "nought"] if uk else ["oh", "oh", "zero", "o"])


def dword(d, uk=False):
    return zero_word(uk) if d == "0" else UNITS[int(d)]


def two_digit(p):
    """'41' -> 'forty one'; only for p[0] != '0'."""
    a, b = int(p[0]), int(p[1])
    if a == 1:
        return TEENS[b]
    return TENS[a] if b == 0 else TENS[a] + " " + UNITS[b]


def say_group(g, uk=False, style=None):
    """Speak a digit string; styles: digits, pairs, hundreds, mixed."""
    style = style or C("digits", "digits", "digits", "pairs", "mixed")
    if style == "pairs" and len(g) % 2 == 0 and all(g[i] != "0" and (g[i] == "1" or g[i + 1] != "0") for i in range(0, len(g), 2)):
        return " ".join(two_digit(g[i:i + 2]) for i in range(0, len(g), 2))
    if style == "hundreds" and len(g) == 3 and g[0] != "0" and g[1] != "0" and (g[1] == "1" or g[2] != "0"):
        return UNITS[int(g[0])] + " hundred and " + two_digit(g[1:])
    words, i = [], 0
    while i < len(g):
        if i + 2 < len(g) and g[i] == g[i + 1] == g[i + 2] and R.random() < 0.7:
            words.append("triple " + dword(g[i], uk)); i += 3
        elif i + 1 < len(g) and g[i] == g[i + 1] and R.random() < 0.7:
            words.append("double " + dword(g[i], uk)); i += 2
        else:
            words.append(dword(g[i], uk)); i += 1
    return " ".join(words)


def say_digits(s, groups, uk=False, sep=", ", filler=0.0):
    out, i = [], 0
    for n in groups:
        part = say_group(s[i:i + n], uk)
        if out and R.random() < filler:
            part = C(FILLERS) + " " + part
        out.append(part)
        i += n
    return sep.join(out)


def say_letter(ch, nato_p=0.4):
    r = R.random()
    if ch == "O":
        r = 0.0
    if r < nato_p:
        return ch.lower() + " for " + C(FOR_WORDS[ch])
    if r < nato_p + 0.15:
        return NATO[ch]
    return ch.lower()


def say_alnum(s, uk=True, nato_p=0.4):
    out, digs = [], ""
    for ch in s + " ":
        if ch.isdigit():
            digs += ch
            continue
        if digs:
            out.append(say_group(digs, uk, "digits")); digs = ""
        if ch.isalpha():
            out.append(say_letter(ch.upper(), nato_p))
    return " ".join(out)


def group_str(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    return sep.join(out)


# ------------------------------------------------------------- generators --
def luhn_complete(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return total % 10 == 0


def rdig(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def gen_card():
    k = C("visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19")
    if k == "visa":
        return luhn_complete("4" + rdig(14)), [4, 4, 4, 4]
    if k == "mc":
        return luhn_complete("5" + str(R.randint(1, 5)) + rdig(13)), [4, 4, 4, 4]
    if k == "amex":
        return luhn_complete(C("34", "37") + rdig(12)), [4, 6, 5]
    if k == "disc":
        return luhn_complete("6011" + rdig(11)), [4, 4, 4, 4]
    if k == "visa13":
        return luhn_complete("4" + rdig(11)), [4, 3, 3, 3]
    return luhn_complete("4" + rdig(17)), [4, 4, 4, 4, 3]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_P1 = "ABCEGHJKLMNPRSTWXYZ"
NI_P2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_P1) + R.choice(NI_P2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + R.choice("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def gen_iban():
    cc = C("GB", "IE", "DE", "FR", "NL", "ES", "GB", "IE")
    if cc == "GB":
        bban = C("NWBK", "BARC", "LOYD", "HBUK", "MIDL") + rdig(14)
    elif cc == "IE":
        bban = C("AIBK", "BOFI") + rdig(14)
    elif cc == "DE":
        bban = rdig(18)
    elif cc == "FR":
        bban = rdig(23)
    elif cc == "NL":
        bban = C("ABNA", "INGB", "RABO") + rdig(10)
    else:
        bban = rdig(20)
    return cc + iban_check(cc, bban) + bban


def mod97_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def gen_routing():
    while True:
        d = [R.randint(0, 9) for _ in range(8)]
        d[0] = R.choice([0, 1, 2, 3])
        for last in range(10):
            x = d + [last]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def aba_ok(s):
    x = list(map(int, s))
    return (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0


FIRST = ["james", "maria", "aoife", "darnell", "priya", "tom", "siobhan", "kevin", "lucia",
         "marcus", "hannah", "wei", "fatima", "connor", "jessica", "raj", "beth", "luis"]
LAST = ["doe", "okafor", "murphy", "nguyen", "patel", "smith", "obrien", "garcia", "kowalski",
        "hughes", "brennan", "washington", "fischer", "dubois", "lee", "moreno"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "icloud.com",
           "eircom.net", "btinternet.com", "aol.com", "proton.me", "web.de"]
UK_STREETS = ["Station Road", "Church Lane", "Victoria Street", "Kingsway", "Mill Close",
              "Elm Grove", "High Street", "Queens Drive", "Abbey Road", "Park Crescent"]
US_STREETS = ["Maple Avenue", "Oak Street", "West 34th Street", "Elm Drive", "Sunset Boulevard",
              "Pine Court", "Lakeshore Drive", "Washington Ave", "Cedar Lane", "N Main St"]
IE_STREETS = ["Griffith Avenue", "Dorset Street", "Grand Canal Street", "Main Street"]
UK_TOWNS = ["Leeds", "Bristol", "Croydon", "Manchester", "Swansea", "Glasgow", "Norwich"]
US_TOWNS = ["Columbus, Ohio", "Austin, TX", "Tampa", "Des Moines", "Portland, Oregon", "Fresno"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second",
       23: "twenty third", 24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}
BACKS = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yes go ahead", "mm-hm"]
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
       "government services"]


def gen_uk_postcode():
    area = C("SW", "N", "LS", "M", "B", "EH", "CF", "BS", "NR", "G", "E", "SE", "CR", "W")
    out = area + str(R.randint(1, 19))
    if area in ("SW", "W") and R.random() < 0.3:
        out = area + "1" + C("A", "P", "X")
    return out + str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")


def fmt_uk_postcode(pc, style):
    core = pc[:-3] + " " + pc[-3:]
    return {0: core, 1: core.lower(), 2: pc, 3: core}[style]


def gen_zip(plus4=None):
    z = "%05d" % R.randint(1001, 99950)
    if plus4 if plus4 is not None else R.random() < 0.5:
        z += rdig(4)
    return z


def say_year(y):
    if 2000 <= y <= 2009:
        return "two thousand and " + UNITS[y - 2000]
    a, b = str(y)[:2], str(y)[2:]
    hi = two_digit(a)
    lo = ("oh " + UNITS[int(b[1])]) if b[0] == "0" else two_digit(b)
    return hi + " " + lo


# ----------------------------------------------------------- positive cases --
def cust_agent():
    return "customer", "agent"


def card_case(i):
    card, grp = gen_card()
    ind = C("banking", "retail", "travel", "telecom", "utilities", "insurance")
    mode = i % 6
    c = Case("positive", "")
    uk = R.random() < 0.5
    if mode == 0:  # typed chat
        sep = C(" ", "-", "", " ", "  ")
        sizes = grp if R.random() < 0.7 else C([len(card)], [5, 5, len(card) - 10], [2, 6, len(card) - 8])
        txt = group_str(card, sizes, sep)
        c.add("agent", C("Hi, thanks for contacting us. ", "Hello! ") + "Can you confirm the long card number please?")
        g = c.group("CARD_NUMBER", card)
        c.add("customer", C("sure its ", "card no: ", "Card # ", "ok - ", "it's "), V(txt, "CARD_NUMBER", g),
              C(" exp ", " expires "), V(*expiry_typed(c)), C("", " thx", "."))
        c.note = "typed chat card number with expiry (%s)" % ind
    elif mode == 1:  # ASR single turn
        g = c.group("CARD_NUMBER", card)
        c.add("agent", "and what's the long number across the front of the card")
        c.add("customer", C("yeah it's ", "okay so ", "right um it's ", ""),
              V(say_digits(card, grp, uk, C(", ", " ", "... "), 0.3), "CARD_NUMBER", g))
        c.add("agent", C("thank you and the three digits on the back", "lovely and the security code on the back"))
        cv = rdig(4 if len(card) == 15 else 3)
        g2 = c.group("CVV", cv)
        c.add("customer", C("", "it's ", "that's "), V(say_group(cv, uk), "CVV", g2))
        c.note = "ASR card reading then CVV (%s)" % ind
    elif mode == 2:  # split across turns with back-channels and read-back
        g = c.group("CARD_NUMBER", card)
        c.add("agent", "okay whenever you're ready with the card number")
        i0 = 0
        for n in grp:
            part = card[i0:i0 + n]
            pre = C("", "", "um ", "it's ", "then ")
            c.add("customer", pre, V(say_group(part, uk), "CARD_NUMBER", g))
            c.add("agent", C(BACKS))
            i0 += n
        c.turns.pop()
        g2 = c.group("CARD_NUMBER", card)
        c.add("agent", "so that's ", V(say_digits(card, grp, uk, " "), "CARD_NUMBER", g2), C(" is that right", " correct?"))
        c.add("customer", C("yes", "yep that's it", "that's right yeah"))
        c.note = "card split over customer turns with back-channels and agent read-back"
    elif mode == 3:  # correction / restart
        g0 = c.group("CARD_NUMBER", card[:8], partial=True)
        g = c.group("CARD_NUMBER", card)
        c.add("agent", "can I take the card number")
        c.add("customer", V(say_digits(card[:8], [4, 4], uk, " "), "CARD_NUMBER", g0),
              C(" no hang on sorry wrong card. let me start again ", " oh wait that's the old one, right, here we go "),
              V(say_digits(card, grp, uk, ", ", 0.4), "CARD_NUMBER", g))
        c.add("agent", "okay and the expiry")
        ex = c_expiry_spoken(c)
        c.add("customer", C("", "it's ", "expires "), ex)
        c.note = "restarted card reading (abandoned fragment labelled) then spoken expiry"
    elif mode == 4:  # aside in the middle
        g = c.group("CARD_NUMBER", card)
        k = grp[0] + grp[1]
        c.add("agent", "go ahead with the card number when you're ready")
        c.add("customer", V(say_digits(card[:k], grp[:2], uk, " "), "CARD_NUMBER", g),
              C(" hang on the dog's barking ", " sorry can you hold on one sec ", " (to someone else) i'm on the phone! sorry "),
              V(say_digits(card[k:], grp[2:], uk, " "), "CARD_NUMBER", g))
        c.add("agent", C("no problem. and the name on the card", "thanks. expiry date?"))
        c.note = "card reading interrupted by an aside in the same turn"
    else:  # email style with other details
        sizes = grp
        txt = group_str(card, sizes, C(" ", "-", "."))
        g = c.group("CARD_NUMBER", card)
        cv = rdig(3 if len(card) != 15 else 4)
        g2 = c.group("CVV", cv)
        c.add("customer", "Hi, please update the card on my account to ", V(txt, "CARD_NUMBER", g),
              C(", CVV ", ", security code: ", " cvc "), V(cv, "CVV", g2), ". Order ref ",
              "WEB-" + rdig(8), " still shows the expired one.")
        c.add("agent", "Thanks, I've updated that for you.")
        c.note = "e-mail card update with CVV next to an order reference"
    return c


def card_ending():
    return rdig(4)


def expiry_typed(c):
    m, y = R.randint(1, 12), R.randint(25, 31)
    txt = C("%02d/%02d" % (m, y), "%d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
            "%s %d" % (MONTHS[m - 1][:3].title(), 2000 + y))
    g = c.group("EXPIRY", (m, y))
    return txt, "EXPIRY", g


def c_expiry_spoken(c):
    m, y = R.randint(1, 12), R.randint(25, 31)
    txt = C("%s %s" % (say_group("%02d" % m, False, "digits"), two_digit("%02d" % y)),
            "%s twenty %s" % (MONTHS[m - 1], two_digit("%02d" % y)),
            "%s %s" % (MONTHS[m - 1], say_year(2000 + y)),
            "%s slash %s" % (say_group("%02d" % m, False, "digits"), two_digit("%02d" % y)))
    g = c.group("EXPIRY", (m, y))
    return V(txt, "EXPIRY", g)


def ssn_case(i):
    s = gen_ssn()
    c = Case("positive", "")
    mode = i % 7
    if mode == 0:
        txt = C(s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
                s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + "-" + s[3:5] + " " + s[5:], s[:5] + "-" + s[5:])
        g = c.group("SSN", s)
        c.add("agent", "For verification, can you provide your Social Security number?")
        c.add("customer", C("SSN ", "ssn: ", "Sure, ", "its "), V(txt, "SSN", g), C("", " thanks", "."))
        c.note = "typed US SSN, %s grouping" % C("dashed", "mixed")
    elif mode == 1:
        g = c.group("SSN", s)
        c.add("agent", "and the social security number on the account")
        c.add("customer", C("it's ", "yeah ", "okay um "), V(say_digits(s, [3, 2, 4], False, C(", ", " ", " dash ")), "SSN", g))
        c.note = "ASR SSN digit by digit in 3-2-4 grouping"
    elif mode == 2:
        g = c.group("SSN", s)
        c.add("agent", "can i get your social please")
        c.add("customer", V(say_group(s[:3]), "SSN", g))
        c.add("agent", C(BACKS))
        c.add("customer", V(say_group(s[3:5], False, C("pairs", "digits")), "SSN", g))
        c.add("agent", C(BACKS))
        c.add("customer", V(say_group(s[5:], False, C("pairs", "digits")), "SSN", g))
        g2 = c.group("SSN", s)
        c.add("agent", "thank you i have ", V(say_digits(s, [3, 2, 4], False, " "), "SSN", g2))
        c.note = "SSN split over three customer turns plus agent read-back"
    elif mode == 3:
        p = s[-4:]
        g = c.group("SSN", p, partial=True)
        c.add("agent", C("to verify can i have the last four of your social", "Please confirm the last 4 of your SSN."))
        c.add("customer", C("sure, ", "yeah it's ", "", "last four "),
              V(C(p, say_group(p, False, C("digits", "pairs"))), "SSN", g))
        c.add("agent", "thanks, that matches. and is this regarding the claim we opened last week?")
        c.note = "partial SSN (last four) - labelled as SSN, unlike card last four"
    elif mode == 4:
        g = c.group("SSN", s)
        c.add("customer", "my social is ", V(say_digits(s, [3, 2, 4], False, ", ", 0.5), "SSN", g),
              C(" i think, yeah", " hang on let me check the card, yes that's right"))
        c.note = "SSN with fillers inside the reading"
    elif mode == 5:
        g0 = c.group("SSN", s[:5], partial=True)
        g = c.group("SSN", s)
        c.add("agent", "what's your social security number")
        c.add("customer", V(say_digits(s[:5], [3, 2], False, " "), "SSN", g0),
              " no wait i gave you my wife's, sorry, mine is ",
              V(say_digits(s, [3, 2, 4], False, " "), "SSN", g))
        c.note = "SSN correction: abandoned spouse fragment and corrected SSN"
    else:
        g = c.group("SSN", s)
        txt = C("%s-%s-%s" % (s[:3], s[3:5], s[5:]), s)
        c.add("customer", "Hi I'm filling out the W-9 for the 1099, my SSN is ", V(txt, "SSN", g),
              " and the tax year is 2024. Reference 1099-", rdig(7), ".")
        c.add("agent", "Thank you, received.")
        c.note = "typed SSN next to tax year and form numbers (government services)"
    return c


def ni_case(i):
    ni = gen_ni()
    c = Case("positive", "")
    mode = i % 5
    if mode == 0:
        txt = C(ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
                ni[:2] + " " + ni[2:8] + " " + ni[8], ni.title())
        g = c.group("NI_NUMBER", ni)
        c.add("agent", "Could you give me your National Insurance number?")
        c.add("customer", C("NI no: ", "ni number ", "yes its ", ""), V(txt, "NI_NUMBER", g))
        c.note = "typed NI number with spacing/case variation (government services)"
    elif mode == 1:
        g = c.group("NI_NUMBER", ni)
        c.add("agent", "and your national insurance number please")
        c.add("customer", C("it's ", "yeah ", "right it's "), V(say_alnum(ni, True, 0.5), "NI_NUMBER", g))
        c.note = "ASR NI number with NATO / 'x for y' letters"
    elif mode == 2:
        g = c.group("NI_NUMBER", ni)
        c.add("agent", "whenever you're ready with the ni number")
        c.add("customer", V(say_alnum(ni[:2], True, 0.6), "NI_NUMBER", g))
        c.add("agent", C(BACKS))
        c.add("customer", V(say_digits(ni[2:8], [2, 2, 2], True, " "), "NI_NUMBER", g))
        c.add("agent", C(BACKS))
        c.add("customer", C("and then ", "and the letter at the end is ", ""), V(say_letter(ni[8], 0.5), "NI_NUMBER", g))
        c.note = "NI number split across three turns"
    elif mode == 3:
        g = c.group("NI_NUMBER", ni)
        g2 = c.group("NI_NUMBER", ni)
        c.add("customer", "my national insurance is ", V(say_alnum(ni, True, 0.2), "NI_NUMBER", g))
        c.add("agent", "let me read that back, ", V(" ".join(say_letter(ch, 0.0) if ch.isalpha() else dword(ch, True) for ch in ni), "NI_NUMBER", g2), " yes?")
        c.add("customer", "that's it")
        c.note = "NI number with agent read-back"
    else:
        g = c.group("NI_NUMBER", ni)
        spk = say_alnum(ni[:4], True, 0.3) + " " + C(FILLERS) + " " + say_alnum(ni[4:], True, 0.3)
        c.add("customer", "hi i'm ringing about my universal credit, my ni number is ", V(spk, "NI_NUMBER", g))
        c.add("agent", "thanks, and the postcode")
        pc = gen_uk_postcode()
        gp = c.group("POSTCODE", pc)
        c.add("customer", V(say_alnum(pc, True, 0.3), "POSTCODE", gp))
        c.note = "NI number with hesitation inside, then spoken UK postcode"
    return c


def phone_us():
    area = str(R.randint(2, 9)) + rdig(2)
    num = area + str(R.randint(2, 9)) + rdig(2) + rdig(4)
    return num


def phone_case(i):
    c = Case("positive", "")
    mode = i % 6
    if mode == 0:
        n = phone_us()
        ext = rdig(R.randint(2, 4))
        txt = C("(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
                "+1 %s %s %s" % (n[:3], n[3:6], n[6:]), "%s.%s.%s" % (n[:3], n[3:6], n[6:]))
        txt += C(" ext. ", " x", " ext ", " extension ") + ext
        g = c.group("PHONE", ("1" if txt.startswith("+1") else "") + n + "x" + ext)
        c.add("customer", "Best callback number is ", V(txt, "PHONE", g), C(" (work)", " - ask for billing", ""))
        c.add("agent", "Noted, we'll call between 9 and 5 Eastern.")
        c.note = "typed US phone with extension (span includes extension)"
    elif mode == 1:
        n = phone_us()
        ext = rdig(3)
        g = c.group("PHONE", n + "x" + ext)
        c.add("agent", "what's a good number to reach you")
        c.add("customer", V(say_digits(n, [3, 3, 4], False, ", ") + C(", extension ", " ext ", " and then extension ") + say_group(ext), "PHONE", g))
        c.note = "ASR US phone with spoken extension"
    elif mode == 2:
        n = "7" + rdig(9)
        txt = C("0%s %s" % (n[:4], n[4:]), "+44 %s %s" % (n[:4], n[4:]), "+44 (0)%s %s" % (n[:4], n[4:]), "0%s" % n)
        g = c.group("PHONE", ("44" if "+44" in txt else "0") + n)
        c.add("customer", C("mob: ", "Mobile - ", "pls call me on "), V(txt, "PHONE", g))
        c.note = "typed UK mobile"
    elif mode == 3:
        n = "07" + rdig(9)
        g = c.group("PHONE", n)
        c.add("agent", "can I take a contact number")
        c.add("customer", V(say_digits(n, [5, 3, 3], True, " "), "PHONE", g))
        c.add("agent", C(BACKS))
        c.note = "ASR UK mobile with oh/nought/double"
    elif mode == 4:
        n = C("8" + C("3", "5", "6", "7") + rdig(7), "1" + rdig(7))
        k = 2 if n[0] == "8" else 1
        txt = C("+353 %s %s %s" % (n[:k], n[k:k + 3], n[k + 3:]), "0%s %s %s" % (n[:k], n[k:k + 3], n[k + 3:]))
        g = c.group("PHONE", ("353" if "+" in txt else "0") + n)
        c.add("customer", "You can reach me on ", V(txt, "PHONE", g), " after six.")
        c.note = "Irish phone number next to a time"
    else:
        cc, n = C(("33", "6" + rdig(8)), ("49", "151" + rdig(8)), ("34", "6" + rdig(8)))
        g = c.group("PHONE", cc + n)
        c.add("agent", "and the number including country code?")
        c.add("customer", C("", "it's ", "yeah "), V("plus " + say_group(cc) + " " + say_digits(n, [3, 3, len(n) - 6], False, " "), "PHONE", g))
        c.note = "ASR EU international phone with spoken 'plus' country code"
    return c


def email_case(i):
    f, l = C(FIRST), C(LAST)
    d = C(DOMAINS)
    c = Case("positive", "")
    mode = i % 3
    if mode == 0:
        local = C(f + "." + l, f[0] + l + str(R.randint(1, 99)), f + "_" + l, l + f[0])
        addr = local + "@" + d
        txt = C(addr, addr.upper(), addr.title())
        g = c.group("EMAIL", addr)
        c.add("customer", C("email: ", "E-mail is ", "send it to "), V(txt, "EMAIL", g), C("", " please", "."))
        c.note = "typed e-mail address"
    elif mode == 1:
        addr = f[0] + "." + l + "@" + d
        sp = f[0] + " dot " + l + " at " + d.replace(".", " dot ")
        g = c.group("EMAIL", addr)
        c.add("agent", "and an email address for the confirmation")
        c.add("customer", "yeah it's ", V(sp, "EMAIL", g))
        c.add("agent", C(BACKS))
        c.note = "ASR spoken e-mail with dot/at"
    else:
        num = str(R.randint(10, 99))
        addr = f + l + num + "@" + d
        sp = f + " " + l + " " + two_digit(num) + " at " + d.replace(".", " dot ")
        g = c.group("EMAIL", addr)
        g2 = c.group("EMAIL", addr)
        c.add("customer", "my email's ", V(sp, "EMAIL", g), ", all one word")
        c.add("agent", "so ", V(sp, "EMAIL", g2), "?")
        c.note = "spoken e-mail with numbers, agent read-back"
    return c


def dob_case(i):
    c = Case("positive", "")
    y, m, d = R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)
    g = c.group("DOB", (y, m, d))
    mode = i % 4
    if mode == 0:
        txt = C("%02d/%02d/%d" % (d, m, y), "%02d/%02d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d),
                "%d %s %d" % (d, MONTHS[m - 1].title(), y), "%s %d, %d" % (MONTHS[m - 1][:3].title(), d, y))
        c.add("customer", C("DOB ", "dob: ", "date of birth "), V(txt, "DOB", g))
    elif mode == 1:
        c.add("agent", "and your date of birth")
        c.add("customer", V(C("the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y)),
                              "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y))), "DOB", g))
    elif mode == 2:
        c.add("agent", "can you confirm your date of birth")
        c.add("customer", V(say_digits("%02d%02d%s" % (d, m, str(y)[2:]), [2, 2, 2], True, " "), "DOB", g))
    else:
        c.add("agent", "date of birth please")
        c.add("customer", C("it's ", "um "), V("%s %s %s" % (ORD[d], MONTHS[m - 1], say_year(y)), "DOB", g),
              ", so I'm ", str(2025 - y), " now")
    c.note = "date of birth (%s)" % ["typed", "spoken ordinal", "spoken digits", "spoken, followed by age"][mode]
    return c


def address_case(i):
    c = Case("positive", "")
    mode = i % 4
    if mode == 0:
        num = str(R.randint(1, 240))
        st = C(UK_STREETS)
        pc = gen_uk_postcode()
        ga, gp = c.group("ADDRESS", num + " " + st), c.group("POSTCODE", pc)
        c.add("customer", "Address is ", V(C("%s %s" % (num, st), "Flat %d, %s %s" % (R.randint(1, 30), num, st)), "ADDRESS", ga),
              ", ", C(UK_TOWNS), ", ", V(fmt_uk_postcode(pc, R.randint(0, 3)), "POSTCODE", gp))
        c.note = "typed UK address, town outside spans"
    elif mode == 1:
        num = str(R.randint(100, 9999))
        st = C(US_STREETS)
        z = gen_zip()
        ga, gz = c.group("ADDRESS", num + " " + st), c.group("POSTCODE", z)
        ztxt = z if len(z) == 5 else z[:5] + "-" + z[5:]
        c.add("customer", "Ship to ", V(num + " " + st + C("", " Apt 4B", " Unit 12", " #210"), "ADDRESS", ga),
              ", ", C(US_TOWNS), " ", V(ztxt, "POSTCODE", gz))
        c.note = "typed US address with ZIP or ZIP+4"
    elif mode == 2:
        num = R.randint(101, 999)
        st = C(US_STREETS).lower().replace("34th", "thirty fourth")
        z = gen_zip(True)
        ga, gz = c.group("ADDRESS", str(num)), c.group("POSTCODE", z)
        c.add("agent", "what's the service address")
        s_num = C(say_group(str(num), False, "hundreds"), say_group(str(num), False, "digits"))
        c.add("customer", V(s_num + " " + st, "ADDRESS", ga), " in ", C(US_TOWNS).lower().split(",")[0])
        c.add("agent", "and the zip")
        c.add("customer", V(say_group(z[:5], False, "digits") + C(" dash ", " ", ", ") + say_group(z[5:], False, "digits"), "POSTCODE", gz))
        c.note = "ASR US address with spoken ZIP+4"
    else:
        num = R.randint(1, 99)
        st = C(IE_STREETS + UK_STREETS).lower()
        ga = c.group("ADDRESS", str(num))
        c.add("agent", "and the first line of the address")
        c.add("customer", V("flat " + say_group(str(R.randint(1, 9))) + ", " + say_group(str(num), True, C("pairs", "digits")) + " " + st, "ADDRESS", ga),
              C("", ", dublin nine", ", cork"))
        c.note = "ASR flat and street address"
    return c


def bank_case(i):
    c = Case("positive", "")
    mode = i % 5
    if mode == 0:
        sc, ac = rdig(6), rdig(8)
        gs, ga = c.group("SORT_CODE", sc), c.group("BANK_ACCOUNT", ac)
        c.add("customer", C("sort code ", "Sort: ", "SC "), V(C("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])), "SORT_CODE", gs),
              C(" acct no: ", ", account number ", " a/c "), V(ac, "BANK_ACCOUNT", ga))
        c.note = "typed UK sort code and account number (direct debit)"
    elif mode == 1:
        sc, ac = rdig(6), rdig(8)
        gs, ga = c.group("SORT_CODE", sc), c.group("BANK_ACCOUNT", ac)
        c.add("agent", "can i take the sort code for the direct debit")
        c.add("customer", V(say_digits(sc, [2, 2, 2], True, C(" ", " dash ", ", ")), "SORT_CODE", gs))
        c.add("agent", "and the account number")
        c.add("customer", V(say_digits(ac[:4], [4], True), "SORT_CODE" if False else "BANK_ACCOUNT", ga))
        c.add("agent", C(BACKS))
        c.add("customer", V(say_digits(ac[4:], [4], True), "BANK_ACCOUNT", ga))
        c.note = "ASR sort code then account number over two turns"
    elif mode == 2:
        rt, ac = gen_routing(), rdig(R.randint(9, 12))
        gr, ga = c.group("BANK_ACCOUNT", rt), c.group("BANK_ACCOUNT", ac)
        c.add("customer", "For ACH: routing ", V(rt, "BANK_ACCOUNT", gr), C(", checking acct ", " account # ", " acct: "), V(ac, "BANK_ACCOUNT", ga))
        c.add("agent", "Thanks. The first draft will be on the 15th for $89.99.")
        c.note = "typed US routing + account numbers (routing labelled BANK_ACCOUNT)"
    elif mode == 3:
        rt, ac = gen_routing(), rdig(10)
        gr, ga = c.group("BANK_ACCOUNT", rt), c.group("BANK_ACCOUNT", ac)
        c.add("agent", "okay i need the routing number first, that's the nine digits at the bottom left of the check")
        c.add("customer", V(say_digits(rt, [3, 3, 3], False, " ", 0.3), "BANK_ACCOUNT", gr))
        c.add("agent", "and the account number")
        c.add("customer", C("um ", "okay "), V(say_digits(ac, [3, 3, 4], False, ", "), "BANK_ACCOUNT", ga))
        c.note = "ASR US routing and account number"
    else:
        ib = gen_iban()
        gi = c.group("IBAN", ib)
        if R.random() < 0.5:
            txt = C(" ".join(ib[k:k + 4] for k in range(0, len(ib), 4)), ib, ib.lower())
            c.add("customer", C("IBAN: ", "my iban is ", "Refund to IBAN "), V(txt, "IBAN", gi), C("", " BIC to follow", "."))
            c.note = "typed IBAN (EU/UK/IE)"
        else:
            c.add("agent", "please go ahead with the iban")
            c.add("customer", V(say_alnum(ib[:8], True, 0.3), "IBAN", gi))
            c.add("agent", C(BACKS))
            c.add("customer", V(say_alnum(ib[8:], True, 0.3), "IBAN", gi))
            c.note = "ASR IBAN split over two turns"
    return c


def combo_case(i):
    """Multi-PII US healthcare/insurance call."""
    c = Case("positive", "")
    s = gen_ssn()
    y, m, d = R.randint(1940, 2000), R.randint(1, 12), R.randint(1, 28)
    gs, gd = c.group("SSN", s), c.group("DOB", (y, m, d))
    c.add("agent", "thanks for calling member services, can i have the member id on the card")
    c.add("customer", "member id is ", C("w", "x", "h") + " " + say_digits(rdig(9), [3, 3, 3], False, " "))
    c.add("agent", "and to verify, date of birth and social")
    c.add("customer", V("%s %d %d" % (MONTHS[m - 1], d, y) if R.random() < 0.3 else "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y)), "DOB", gd),
          " and the social is ", V(say_digits(s, [3, 2, 4], False, C(" ", ", ")), "SSN", gs))
    c.add("agent", "thank you. your claim number for that visit is ", "CL" + rdig(8), ", copay was forty dollars")
    c.note = "US healthcare: member ID and claim number unlabelled, DOB + SSN labelled"
    return c


def build_positives():
    out = []
    plan = [(card_case, 78), (ssn_case, 36), (ni_case, 32), (phone_case, 24), (email_case, 12),
            (dob_case, 12), (address_case, 14), (bank_case, 50), (combo_case, 6)]
    for fn, n in plan:
        for i in range(n):
            out.append(fn(i))
    return out


# ----------------------------------------------------------- negative cases --
def neg_cases():
    out = []

    def N(note, *turns):
        c = Case("negative", note)
        for spk, txt in turns:
            c.add(spk, txt)
        out.append(c)

    for i in range(110):
        k = i % 22
        if k == 0:
            l4 = rdig(4)
            N("card last four only", ("agent", "i can see a card ending %s on file, is that the one?" % C(say_group(l4, False, "digits"), l4)),
              ("customer", "yes the one ending in %s" % say_group(l4)))
        elif k == 1:
            o = luhn_complete(rdig(15))
            N("16-digit Luhn-valid order number read like a card", ("customer", "my order number is %s" % say_digits(o, [4, 4, 4, 4], False, ", ")),
              ("agent", "thanks, i can see order %s was dispatched on the %s" % (o[-6:], ORD[R.randint(1, 28)])))
        elif k == 2:
            N("US claim number in SSN-like 3-2-4 format", ("customer", "Claim number is %s-%s-%s" % (rdig(3), rdig(2), rdig(4))),
              ("agent", "Thanks, claim %s is pending review, allow 10 to 14 business days." % rdig(6)))
        elif k == 3:
            N("member ID said with label", ("agent", "can you read me the member id from your insurance card"),
              ("customer", "sure member i d %s %s" % (C("x y z", "w", "j q h"), say_digits(rdig(9), [3, 3, 3], False, " "))))
        elif k == 4:
            npi = luhn_complete("80840" + "1" + rdig(8))[5:]
            N("NPI number said with label", ("customer", "the provider's NPI is %s" % C(npi, say_digits(npi, [3, 3, 4], False, " "))),
              ("agent", "got it, the billing provider NPI matches"))
        elif k == 5:
            mbi = "%d%s%s%d-%s%s%d-%s%s%d%d" % (R.randint(1, 9), C("A", "E", "K"), C("C", "G", "T"), R.randint(0, 9), C("T", "D", "H"), C("E", "F", "K"),
                                               R.randint(0, 9), C("M", "K", "P"), C("K", "W", "R"), R.randint(0, 9), R.randint(0, 9))
            N("Medicare-style ID said with its label", ("customer", "Medicare number on the red white and blue card is %s" % mbi),
              ("agent", "Thank you, I see your Part B coverage started in %d." % R.randint(2015, 2024)))
        elif k == 6:
            N("balance, amount and payment date", ("agent", "your balance is %d dollars and %d cents, payment of $%d.%02d is due on the %s of %s" % (
                R.randint(10, 4000), R.randint(1, 99), R.randint(10, 900), R.randint(0, 99), ORD[R.randint(1, 28)], C(MONTHS))),
              ("customer", "ok can i pay %s pounds today" % C("four hundred and twelve", "two fifty", "ninety nine")))
        elif k == 7:
            N("tracking number", ("customer", "tracking says 1Z%s%s but it hasn't moved" % (rdig(3).replace("0", "A"), rdig(13))),
              ("agent", "that parcel left the depot at 14:32 yesterday"))
        elif k == 8:
            N("meter reading and account reference", ("customer", "meter reading is %s, %s" % (say_digits(rdig(5), [5], True), C("reading taken at 7am", "the e7 one"))),
              ("agent", "thanks the reading of %s is logged against reference %s" % (rdig(5), "REF" + rdig(9))))
        elif k == 9:
            N("flight, gate and seat numbers", ("agent", "you're on flight %s%d departing gate %s%d, seat %d%s" % (C("EI", "BA", "UA", "FR"), R.randint(100, 9999), C("B", "C", ""), R.randint(1, 40), R.randint(1, 40), C("A", "C", "F"))),
              ("customer", "and the booking reference is %s" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
        elif k == 10:
            N("policy number read digit by digit", ("customer", "policy number %s" % say_digits(rdig(12), [4, 4, 4], True, " ")),
              ("agent", "thank you, that policy renews on the %s of %s" % (ORD[R.randint(1, 28)], C(MONTHS))))
        elif k == 11:
            N("ticket and invoice numbers", ("customer", "Ticket #%s re invoice INV-%s-%s" % (rdig(7), R.randint(2019, 2025), rdig(6))),
              ("agent", "I've escalated that, expect a reply within 48 hours."))
        elif k == 12:
            N("serial and model numbers", ("customer", "the model is %s and serial %s" % (C("XR-550", "HD 4400", "WM72-B"), "SN" + rdig(12))),
              ("agent", "that unit has a %d year warranty" % R.randint(1, 5)))
        elif k == 13:
            N("opening hours, temperatures, percentages", ("agent", "we're open eight till eight monday to friday, the boiler should be set to %d degrees" % R.randint(55, 75)),
              ("customer", "it's at %d percent humidity and about %d degrees in here" % (R.randint(30, 80), R.randint(15, 25))))
        elif k == 14:
            N("counts, ages, durations", ("customer", "i've been a customer for %s years, i'm %d, and i've waited %d minutes" % (C("twenty two", "fifteen", "nine"), R.randint(20, 90), R.randint(5, 90))),
              ("agent", "sorry about the wait, there are %d people ahead of you" % R.randint(1, 30)))
        elif k == 15:
            N("road names and town without house number", ("customer", "the outage is on %s near the %s junction in %s" % (C(UK_STREETS + US_STREETS), C("A40", "M25", "I-95", "Route 66"), C(UK_TOWNS + US_TOWNS))),
              ("agent", "engineers are on site, restoration estimate is 6pm"))
        elif k == 16:
            N("reference number read like a phone number", ("customer", "my case reference is %s" % say_digits("0" + rdig(10), [5, 3, 3], True, " ")),
              ("agent", "yes i have case %s open" % rdig(8)))
        elif k == 17:
            N("years and contract dates", ("agent", "your contract started %s %d and ends %s %d, the early exit fee is %d pounds" % (C(MONTHS), R.randint(2018, 2024), C(MONTHS), R.randint(2025, 2028), R.randint(50, 300))),
              ("customer", "i signed in %s" % say_year(R.randint(2015, 2023))))
        elif k == 18:
            N("room number and confirmation number", ("customer", "I was in room %d, confirmation number %s" % (R.randint(100, 2400), rdig(10))),
              ("agent", "Checkout was 11am on the %s." % ORD[R.randint(1, 28)]))
        elif k == 19:
            N("group number and Rx BIN on insurance card", ("customer", "group number %s, rx bin %s, pcn %s" % (rdig(6), rdig(6), C("ADV", "CN", "9999"))),
              ("agent", "thanks the pharmacy benefit is active"))
        elif k == 20:
            N("appointment date and time", ("agent", "we can book you in on %s the %s at %s" % (C("monday", "thursday", "friday"), ORD[R.randint(1, 28)], C("half two", "10:45", "quarter past nine"))),
              ("customer", "yeah the %s works, is that the %s clinic" % (ORD[R.randint(1, 28)], C("north", "riverside"))))
        else:
            N("long tax/transaction ids said with label", ("customer", "transaction id %s, auth code %s" % (rdig(18), rdig(6))),
              ("agent", "that transaction of $%d.%02d was declined by the merchant" % (R.randint(5, 500), R.randint(0, 99))))
    return out


# ----------------------------------------------------------- normalising ----
DIG = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
       "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
TEEN = {w: str(10 + i) for i, w in enumerate(TEENS)}
TEN = {w: str(i) for i, w in enumerate(TENS) if w}
SKIP = {"slash", "um", "uh", "er", "erm", "dash", "and", "then", "ext", "extension", "x", "plus", "hyphen"}
NATO_REV = {v: k for k, v in NATO.items()}


def spoken_to_chars(text, letters=False):
    """Normalise a spoken or typed value to its digits (and letters)."""
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d+", text.lower())
    out, i, rep = [], 0, 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if letters and len(t) == 1 and nxt == "for":
            out.append(t.upper() * rep)
            i += 3
            rep = 1
            continue
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple"):
            rep = 2 if t == "double" else 3
            i += 1
            continue
        elif t in DIG and nxt == "hundred":
            s = DIG[t]
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            rest = toks[j] if j < len(toks) else ""
            if rest in TEEN:
                s += TEEN[rest]; j += 1
            elif rest in TEN:
                s += TEN[rest][0]
                if j + 1 < len(toks) and toks[j + 1] in DIG:
                    s += DIG[toks[j + 1]]; j += 2
                else:
                    s += "0"; j += 1
            out.append(s)
            i = j
            continue
        elif t in DIG and not (letters and t in ("o",) and False):
            out.append(DIG[t] * rep)
        elif t in TEEN:
            out.append(TEEN[t])
        elif t in TEN:
            if nxt in DIG and nxt not in ("oh", "o", "nought", "zero"):
                out.append(TEN[t][0] + DIG[nxt]); i += 1
            else:
                out.append(TEN[t][0] + "0")
        elif letters and len(t) == 1 and t not in DIG:
            out.append(t.upper() * rep)
        elif t in SKIP:
            pass
        elif letters and len(t) == 1:
            out.append(t.upper() * rep)
            if nxt == "for":
                i += 2
        elif letters and t in NATO_REV:
            out.append(NATO_REV[t])
        else:
            raise ValueError("unparsed token %r in %r" % (t, text))
        rep = 1
        i += 1
    return "".join(out)


def norm_date(text):
    t = text.lower()
    mon = None
    for k, m in enumerate(MONTHS):
        if re.search(r"\b" + m[:3], t):
            mon = k + 1
    return mon, t


def validate_group(typ, canon, partial, frags):
    text = " ".join(f.text for f in frags)
    if typ in ("CARD_NUMBER", "SSN", "CVV", "SORT_CODE", "BANK_ACCOUNT"):
        got = spoken_to_chars(text)
        assert got == canon, (typ, got, canon, text)
        if partial:
            assert got.isdigit() and 4 <= len(got) < {"CARD_NUMBER": 13, "SSN": 9}.get(typ, 99), text
            return
        if typ == "CARD_NUMBER":
            assert 13 <= len(got) <= 19 and luhn_ok(got), text
        elif typ == "SSN":
            assert len(got) == 9 and got[:3] not in ("000", "666") and got[0] != "9" and got[3:5] != "00" and got[5:] != "0000", text
        elif typ == "CVV":
            assert len(got) in (3, 4), text
        elif typ == "SORT_CODE":
            assert len(got) == 6, text
        else:
            assert 6 <= len(got) <= 17, text
            if len(got) == 9 and "routing" in canon_hint.get(id(frags[0]), ""):
                assert aba_ok(got)
    elif typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        vocab = set(DIG) | set(TEEN) | set(TEN) | set(NATO_REV) | {"for", "double", "triple"} | set(FILLERS)
        spoken = any(w in vocab for w in re.findall(r"[a-z]+(?:-[a-z]+)?", text.lower()))
        got = spoken_to_chars(text, letters=True) if spoken else re.sub(r"[^A-Za-z0-9]", "", text).upper()
        assert got == canon, (typ, got, canon, text)
        if typ == "NI_NUMBER":
            assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", got), got
        elif typ == "IBAN":
            assert mod97_ok(got) and 15 <= len(got) <= 34, got
        else:
            assert re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}|\d{5}(\d{4})?", got), got
    elif typ == "PHONE":
        parts = re.split(r"\s*(?:\bext\b\.?|\bextension\b|\bx(?=\d))\s*", text.lower(), maxsplit=1)
        got = spoken_to_chars(parts[0])
        if len(parts) > 1:
            got += "x" + spoken_to_chars(parts[1])
        m = got.split("x")[0]
        if m.startswith("44") and m[2:3] == "0":
            m = "44" + m[3:]
            got = m + got[len(got.split("x")[0]):]
        assert got == canon, (got, canon, text)
        assert 9 <= len(m) <= 15, text
    elif typ == "EMAIL":
        got = text.lower()
        if "@" not in got:
            words, parts, i = got.split(), [], 0
            while i < len(words):
                w = words[i]
                nxt = words[i + 1] if i + 1 < len(words) else ""
                if w == "dot":
                    parts.append(".")
                elif w == "at":
                    parts.append("@")
                elif w in TEN:
                    if nxt in DIG:
                        parts.append(TEN[w][0] + DIG[nxt]); i += 1
                    else:
                        parts.append(TEN[w][0] + "0")
                elif w in TEEN:
                    parts.append(TEEN[w])
                else:
                    parts.append(w)
                i += 1
            got = "".join(parts)
        assert got == canon and re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", got), (got, canon, text)
    elif typ == "DOB":
        y, m, d = canon
        mon, t = norm_date(text)
        if mon is None:
            digs = re.sub(r"\D", "", t) or spoken_to_chars(t)
            assert len(digs) in (6, 8), text
            assert digs[:4] == "%02d%02d" % (d, m) or digs[:4] == "%02d%02d" % (m, d) or digs.startswith(str(y)), text
        else:
            assert mon == m, text
        assert 1900 < y < 2025 and 1 <= m <= 12 and 1 <= d <= 31
    elif typ == "EXPIRY":
        m, y = canon
        mon, t = norm_date(text)
        if mon is None and " month " not in t:
            digs = re.sub(r"\D", "", t) or spoken_to_chars(t)
            assert int(digs[:2]) == m or int(digs[:1]) == m, text
        elif mon is not None:
            assert mon == m, text
        assert 1 <= m <= 12
    elif typ == "ADDRESS":
        t = text.lower()
        assert re.match(r"(flat \w+,? )?(\d+|[a-z]+)\b", t), text
        assert re.search(r"\b(road|lane|street|kingsway|close|grove|drive|crescent|avenue|boulevard|court|ave|st)\b", t), text
    else:
        raise AssertionError("unknown type " + typ)


canon_hint = {}


# ----------------------------------------------------------------- main -----
def build():
    pos = build_positives()
    neg = neg_cases()
    rows = []
    for k, c in enumerate(pos, 1):
        rows.append((c, c.render("h445-pos-%03d" % k)))
    for k, c in enumerate(neg, 1):
        rows.append((c, c.render("h445-neg-%03d" % k)))
    return rows


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for _, r in rows)


def check(rows):
    data = dump(rows)
    with open(OUT, encoding="utf-8") as fh:
        assert fh.read() == data, "cases.jsonl is not byte-identical to a fresh generation"
    ids = [r["id"] for _, r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    counts = {}
    for c, r in rows:
        assert r["kind"] in ("positive", "negative")
        assert all(t["speaker"] in ("customer", "agent") for t in r["turns"])
        if r["kind"] == "negative":
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
        by_turn = {}
        for s in r["spans"]:
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            assert 0 <= a < b <= len(txt), r["id"]
            assert txt[a].isalnum() or txt[a] in "+(", (r["id"], txt[a:b])
            assert txt[b - 1].isalnum() or txt[b - 1] == ")", (r["id"], txt[a:b])
            assert a == 0 or not txt[a - 1].isalnum(), (r["id"], txt[a - 1:b])
            assert b == len(txt) or not txt[b].isalnum(), (r["id"], txt[a:b + 1])
            by_turn.setdefault(s["turn"], []).append((a, b))
            counts[s["type"]] = counts.get(s["type"], 0) + 1
        for sp in by_turn.values():
            sp.sort()
            for (a1, b1), (a2, b2) in zip(sp, sp[1:]):
                assert b1 <= a2, ("overlap", r["id"])
        for g, frags in c.value_fragments().items():
            typ, canon, partial = c.groups[g]
            try:
                validate_group(typ, canon, partial, frags)
            except Exception as e:
                raise AssertionError("%s group %d %s: %s" % (r["id"], g, typ, e))
    npos = sum(1 for _, r in rows if r["kind"] == "positive")
    nneg = len(rows) - npos
    assert npos >= 200 and nneg >= 100, (npos, nneg)
    assert counts.get("CARD_NUMBER", 0) >= 70 and counts.get("SSN", 0) >= 30 and counts.get("NI_NUMBER", 0) >= 30, counts
    for t in ("CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"):
        assert counts.get(t, 0) >= 10, (t, counts)
    return npos, nneg, counts


def main():
    rows = build()
    if "--check" in sys.argv[1:]:
        npos, nneg, counts = check(rows)
        print("OK: %d positive, %d negative cases" % (npos, nneg))
        for k in sorted(counts):
            print("  %-13s %d" % (k, counts[k]))
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(dump(rows))
    print("wrote %d cases to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()

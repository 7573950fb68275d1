#!/usr/bin/env python3
"""Generate the pii_holdout434 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout434.py          # write cases.jsonl
    python scripts/make_pii_holdout434.py --check  # regenerate and validate

Standard library only; one RNG: random.Random(434241125).
Every turn is assembled from plain segments and labelled value segments, so all
offsets are computed, never typed by hand.
"""
import argparse
import collections
import datetime
import json
import os
import re
import sys

import random

R = random.Random(434241125)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout434", "cases.jsonl")

# ----------------------------------------------------------------- vocabulary
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen",
         16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
ZERO_WORDS = ["oh", "o", "zero", "nought", "oh", "oh"]
HOMO = {"4": ["for"], "2": ["to", "too"], "8": ["ate"], "1": ["won"]}
FILLERS = ["um", "uh", "erm", "er"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot", "g": "golf",
        "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november",
        "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bob", "c": "cat", "d": "david", "e": "edward", "g": "george", "h": "harry",
        "j": "jack", "k": "king", "l": "london", "m": "mother", "n": "nancy", "p": "peter", "r": "robert",
        "s": "sugar", "t": "tommy", "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}
# letter names incl. ASR homophones / mishearings
LNAME = {"a": ["ay", "a"], "b": ["bee", "be"], "c": ["see", "sea"], "d": ["dee"], "e": ["ee", "e"],
         "f": ["ef"], "g": ["gee"], "h": ["aitch", "haitch"], "i": ["eye", "i"], "j": ["jay"], "k": ["kay"],
         "l": ["el", "l"], "m": ["em"], "n": ["en"], "o": ["oh", "o"], "p": ["pea", "pee"], "q": ["queue", "cue"],
         "r": ["are", "r"], "s": ["ess", "s"], "t": ["tea", "tee"], "u": ["you", "u"], "v": ["vee"],
         "w": ["double you", "w"], "x": ["ex", "x"], "y": ["why", "y"], "z": ["zed", "zee"]}
LETTER_WORD = {}
for _l, _ws in LNAME.items():
    for _w in _ws:
        if " " not in _w and len(_w) > 1:
            LETTER_WORD[_w] = _l
NATO_WORD = {w: l for l, w in NATO.items()}
DIGIT_WORD = {w: str(i) for i, w in enumerate(UNITS)}
for _z in ("oh", "o", "nought"):
    DIGIT_WORD[_z] = "0"
HOMO_WORD = {"for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"}
TEEN_WORD = {w: str(n) for n, w in TEENS.items()}
TENS_WORD = {w: str(n) for n, w in TENS.items()}
FILLER_SET = {"um", "uh", "erm", "er", "ah", "hmm"}
SEP_WORDS = {"dash", "hyphen", "space", "slash", "plus"}
VOCAB = (set(UNITS) | set(DIGIT_WORD) | set(HOMO_WORD) | set(TEEN_WORD) | set(TENS_WORD) | FILLER_SET
         | SEP_WORDS | set(LETTER_WORD) | {"double", "triple", "hundred", "and", "as", "in", "dot", "at", "underscore"})

# -------------------------------------------------------------- speech render
def unit_word(d, homo=0.0):
    if d == "0":
        return R.choice(ZERO_WORDS)
    if d in HOMO and R.random() < homo:
        return R.choice(HOMO[d])
    return UNITS[int(d)]


def say_digits(s, pair=0.3, hund=0.08, dbl=0.6, homo=0.06, filler=0.05, join=0.05, digits=0.0, split=0.3):
    """Render a digit string as ASR-style words. Returns a string."""
    out = []
    i = 0
    n = len(s)
    while i < n:
        r = R.random()
        if digits and R.random() < digits and n - i >= 2:
            k = min(n - i, R.choice([2, 3, 4]))
            out.append(s[i:i + k])
            i += k
        elif i + 2 < n and s[i] == s[i + 1] == s[i + 2] and r < dbl:
            out.append("triple " + unit_word(s[i]))
            i += 3
        elif i + 1 < n and s[i] == s[i + 1] and r < dbl:
            out.append("double " + unit_word(s[i]))
            i += 2
        elif i + 2 < n and s[i] != "0" and R.random() < hund and (int(s[i + 1:i + 3]) < 20 or s[i + 2] != "0") \
                and s[i + 1:i + 3] != "00":
            out.append(UNITS[int(s[i])] + " hundred and " + two_digit(s[i + 1:i + 3], split))
            i += 3
        elif i + 1 < n and s[i] != "0" and R.random() < pair and (s[i] == "1" or s[i + 1] != "0"):
            out.append(two_digit(s[i:i + 2], split))
            i += 2
        else:
            w = unit_word(s[i], homo)
            if out and R.random() < join and out[-1] in UNITS[1:] and w in UNITS[1:]:
                out[-1] = out[-1] + w  # words run together by the recogniser
            else:
                out.append(w)
            i += 1
        if i < n and R.random() < filler:
            out.append(R.choice(FILLERS))
    return " ".join(out)


def two_digit(p, split=0.0):
    v = int(p)
    if v < 10:
        return UNITS[v]
    if v < 20:
        w = TEENS[v]
        if v >= 13 and R.random() < split * 0.3:
            return w[:-4] + " teen"  # recogniser splits the word
        return w
    if v % 10 == 0:
        return TENS[v // 10]
    return TENS[v // 10] + " " + UNITS[v % 10]


def say_letter(l, nato=0.25, folk=0.1):
    l = l.lower()
    r = R.random()
    if r < nato:
        return "%s %s %s" % (R.choice(LNAME[l]).split()[-1] if l != "w" else "w", R.choice(["for", "as in", "for"]), NATO[l])
    if r < nato + folk and l in FOLK:
        return "%s for %s" % (l, FOLK[l])
    return R.choice(LNAME[l])


def say_alnum(s, **kw):
    """Mixed letters/digits (postcodes, IBAN, NI)."""
    parts = []
    buf = ""
    for ch in s:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                parts.append(say_digits(buf, **kw))
                buf = ""
            if ch.isalpha():
                parts.append(say_letter(ch))
    if buf:
        parts.append(say_digits(buf, **kw))
    return " ".join(parts)


# ------------------------------------------------------------- value makers
def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def rdig(k):
    return "".join(R.choice("0123456789") for _ in range(k))


def make_card():
    kind = R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    pre, ln = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55", "2221"]), 16),
               "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16), "visa13": ("4", 13),
               "maestro19": ("6759", 19)}[kind]
    body = pre + rdig(ln - len(pre) - 1)
    return body + luhn_digit(body)


def group(num, sizes):
    out, i = [], 0
    for s in sizes:
        if i >= len(num):
            break
        out.append(num[i:i + s])
        i += s
    if i < len(num):
        out.append(num[i:])
    return out


def card_groups(num):
    if len(num) == 15:
        return group(num, [4, 6, 5])
    if R.random() < 0.15:
        return group(num, [R.choice([3, 5, 6]), R.choice([3, 4, 5]), R.choice([4, 6]), 4])
    return group(num, [4] * 5)


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI1) + R.choice(NI2)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ") and p.lower() not in VOCAB:
            break
    return p + rdig(6) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def make_iban():
    c = R.choice(["GB", "GB", "IE", "IE", "DE", "NL", "FR", "ES"])
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdig(14)
    elif c == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + rdig(14)
    elif c == "DE":
        bban = rdig(18)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + rdig(10)
    elif c == "FR":
        bban = rdig(23)
    else:
        bban = rdig(20)
    return c + iban_check(c, bban) + bban


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "EC", "M", "B", "LS", "EH", "G", "CF", "BT", "NE", "BS", "L",
            "OX", "CB", "S", "YO", "PL", "GL", "DH", "KT", "TW", "RG", "BN", "NG", "LE"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_postcode():
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 29)) if R.random() < 0.5 else str(R.randint(1, 9))
    if len(a) == 2 and R.random() < 0.12:
        d = str(R.randint(1, 9)) + R.choice("ABEHMNPRVWXY")
    while True:
        inw = R.choice(INWARD) + R.choice(INWARD)
        if inw.lower() not in VOCAB:
            break
    return a + d, str(R.randint(0, 9)) + inw


def make_zip():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.3:
        z += "-%04d" % R.randint(1, 9999)
    return z


FIRST = ["james", "sarah", "aoife", "liam", "priya", "tom", "niamh", "marek", "chloe", "dave", "fatima",
         "oisin", "grace", "raj", "emma", "sean", "lucy", "kwame", "hannah", "pete", "maria", "jo"]
LAST = ["doe", "smith", "oconnell", "patel", "nowak", "brennan", "okafor", "walsh", "hughes", "garcia",
        "murphy", "khan", "taylor", "byrne", "evans", "jones", "schmidt", "dubois", "kelly", "reid"]
DOMAINS = [("gmail", "com"), ("outlook", "com"), ("yahoo", "co.uk"), ("btinternet", "com"), ("eircom", "net"),
           ("icloud", "com"), ("hotmail", "co.uk"), ("aol", "com"), ("web", "de"), ("orange", "fr"),
           ("protonmail", "com"), ("sky", "com")]
STREETS = ["acacia avenue", "mill road", "high street", "station road", "church lane", "elm street",
           "maple drive", "victoria terrace", "kings road", "oak close", "harbour view", "main street",
           "park crescent", "sycamore grove", "bridge street", "cedar court", "willow way", "market place",
           "pine avenue", "sunset boulevard", "o'connell street", "queens gardens"]
TOWNS = ["leeds", "Manchester", "Cork", "Bristol", "Glasgow", "Austin", "Denver", "Galway", "Cardiff",
         "Belfast", "Boston", "Brighton", "Dublin", "Phoenix", "York"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
       9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
       15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
       30: "thirtieth"}


def ordinal_word(d):
    if d in ORD:
        return ORD[d]
    return TENS[d // 10] + " " + ORD[d % 10]


def suffix(d):
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def year_words(y):
    if 2000 <= y < 2010:
        return R.choice(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000],
                         "twenty oh " + UNITS[y - 2000]])
    return two_digit(str(y)[:2]) + " " + (two_digit(str(y)[2:]) if y % 100 >= 10 else "oh " + UNITS[y % 10])


# --------------------------------------------------------------- case model
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []  # list of (speaker, segments)
        self.groups = {}  # gid -> dict(type, canon, partial)

    def val(self, typ, canon, partial=False):
        gid = len(self.groups)
        self.groups[gid] = {"type": typ, "canon": canon, "partial": partial}
        return gid

    def say(self, speaker, *segs):
        self.turns.append((speaker, segs))
        return self

    def render(self, cid):
        turns, spans, groups = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, str):
                    text += s
                else:
                    val, gid = s
                    st = len(text)
                    text += val
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": self.groups[gid]["type"]})
                    groups.append(gid)
            turns.append({"speaker": spk, "text": text})
        rec = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return rec, groups


def V(text, gid):
    return (text, gid)


def cap(s):
    return s[:1].upper() + s[1:]


def chatty(s):
    """Typed-chat noise: random case, occasional missing apostrophes."""
    r = R.random()
    if r < 0.2:
        return s.lower()
    if r < 0.3:
        return s.upper()
    return cap(s)


BACKCHANNEL = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yeah go on", "ok keep going"]
ASIDES = ["sorry the dog is going mad", "hang on, kids, quiet please", "sorry I dropped the card",
          "just a sec, the light's bad in here", "sorry, someone at the door", "hold on let me get my glasses"]

INDUSTRY = ["bank", "telecom", "energy supplier", "online retailer", "insurer", "airline", "hospital billing",
            "tax office", "water company", "broadband provider", "car hire firm", "pharmacy"]


# --------------------------------------------------------------- positives
def card_typed(num):
    gs = card_groups(num)
    sep = R.choice([" ", " ", "-", "", ".", "  "])
    return sep.join(gs)


def card_spoken(num, **kw):
    gs = card_groups(num)
    return R.choice([", ", " ", "... ", ", "]).join(say_digits(g, **kw) for g in gs)


def pos_card(i):
    num = make_card()
    style = i % 9
    ind = R.choice(["bank", "online retailer", "airline", "telecom", "insurer", "utility", "hotel"])
    c = Case("positive", "")
    if style == 0:
        c.note = "typed chat card number with label (%s)" % ind
        g = c.val("CARD_NUMBER", num)
        lead = R.choice(["card no: ", "Card number - ", "its ", "cc#", "the long number is ", "CARD NO.", "pan: "])
        c.say("agent", "Can you send me the card you'd like to use?")
        c.say("customer", lead, V(card_typed(num), g), R.choice(["", " thanks", " ta", ". cheers"]))
    elif style == 1:
        c.note = "ASR single-turn card reading with homophones and fillers (%s)" % ind
        g = c.val("CARD_NUMBER", num)
        c.say("agent", "okay whenever you're ready the long card number please")
        c.say("customer", R.choice(["yeah it's ", "right so it's ", "ok um ", "", "it is "]),
              V(card_spoken(num, homo=0.25, filler=0.12, pair=0.2), g), R.choice(["", " yeah", " and that's it"]))
    elif style == 2:
        c.note = "ASR card split across customer turns with back-channels and agent read-back (%s)" % ind
        g = c.val("CARD_NUMBER", num)
        gs = card_groups(num)
        c.say("agent", "go ahead with the card number")
        for k, gg in enumerate(gs):
            pre = R.choice(["", "", "uh ", "then "]) if k else R.choice(["", "it's ", "okay "])
            c.say("customer", pre, V(say_digits(gg, pair=0.35), g))
            if k < len(gs) - 1:
                c.say("agent", R.choice(BACKCHANNEL))
        g2 = c.val("CARD_NUMBER", num)
        c.say("agent", "so reading that back ", V(card_spoken(num, pair=0.1, homo=0, filler=0), g2), " is that right")
        c.say("customer", "yes")
    elif style == 3:
        c.note = "ASR restarted card reading: abandoned fragment and full reading both labelled (%s)" % ind
        k = R.choice([4, 6, 8])
        gf = c.val("CARD_NUMBER", num[:k], partial=True)
        g = c.val("CARD_NUMBER", num)
        c.say("agent", "and the card number")
        c.say("customer", V(say_digits(num[:k], pair=0.2), gf), R.choice([
            " no sorry hang on I'm reading the wrong one, let me start again, ",
            " wait no, start again, ", " uh sorry sorry, from the top, "]),
            V(card_spoken(num, pair=0.25), g))
    elif style == 4:
        c.note = "ASR card reading interrupted by an aside; two spans in one turn (%s)" % ind
        g = c.val("CARD_NUMBER", num)
        cut = R.choice([6, 8, 10])
        c.say("agent", "can I take the sixteen digit number please")
        c.say("customer", "okay ", V(say_digits(num[:cut], pair=0.3, digits=0.2), g), ", " + R.choice(ASIDES) + ", ",
              V(say_digits(num[cut:], pair=0.3), g))
    elif style == 5:
        c.note = "card with expiry and CVV in one typed e-mail (%s)" % ind
        g = c.val("CARD_NUMBER", num)
        m, y = R.randint(1, 12), R.randint(25, 31)
        ge = c.val("EXPIRY", (m, 2000 + y))
        cvv = rdig(4 if len(num) == 15 else 3)
        gc = c.val("CVV", cvv)
        exp = R.choice(["%02d/%02d" % (m, y), "%02d-20%02d" % (m, y), "%d/%d" % (m, y), "%02d/20%02d" % (m, y)])
        c.say("customer", "Hi, please charge the outstanding invoice to my card.\n",
              R.choice(["Card: ", "Number:", "card num "]), V(card_typed(num), g),
              R.choice(["\nExp: ", "  exp ", ", expires ", "\nValid thru "]), V(exp, ge),
              R.choice(["\nCVV: ", " cvc ", ", security code ", "\nCVV2-"]), V(cvv, gc), "\nThanks, M.")
    elif style == 6:
        c.note = "ASR card + spoken expiry + CVV, digits partly as numerals (%s)" % ind
        g = c.val("CARD_NUMBER", num)
        m, y = R.randint(1, 12), R.randint(25, 31)
        ge = c.val("EXPIRY", (m, 2000 + y))
        cvv = rdig(4 if len(num) == 15 else 3)
        gc = c.val("CVV", cvv)
        exp = R.choice([MONTHS[m - 1] + " twenty " + two_digit("%02d" % y),
                        R.choice(ZERO_WORDS) + " " + UNITS[m] + " " + two_digit("%02d" % y) if m < 10 else
                        TEENS.get(m, "twelve") + " " + two_digit("%02d" % y),
                        "the %s month twenty %s" % (ORD[m], two_digit("%02d" % y))])
        if exp.startswith("the "):
            exp = exp[4:]
        c.say("customer", "the number's ", V(card_spoken(num, digits=0.35, pair=0.2), g))
        c.say("agent", "thank you and the expiry")
        c.say("customer", V(exp, ge))
        c.say("agent", "and the three or four digits on the back")
        c.say("customer", R.choice(["", "um ", "it's "]), V(say_digits(cvv, pair=0.4, hund=0.3), gc))
    elif style == 7:
        c.note = "full card read then agent confirms last four: last four labelled because full card was read (%s)" % ind
        g = c.val("CARD_NUMBER", num)
        g4 = c.val("CARD_NUMBER", num[-4:], partial=True)
        c.say("customer", R.choice(["sure it's ", "yep ", "okay so "]), V(card_spoken(num, pair=0.3, homo=0.15), g))
        c.say("agent", "lovely, so that's the card ending in ", V(say_digits(num[-4:], pair=0.5), g4),
              ", I'll put the payment through now")
    else:
        c.note = "card run together by the recogniser with numbers as words and digits (%s)" % ind
        g = c.val("CARD_NUMBER", num)
        c.say("agent", "what's the card number on the front")
        c.say("customer", R.choice(["ah it's ", "so ", "okay it's "]),
              V(say_digits(num, join=0.35, pair=0.25, digits=0.15, hund=0.1, split=0.8), g))
    return c


def pos_ssn(i):
    s = make_ssn()
    c = Case("positive", "")
    st = i % 5
    ind = R.choice(["health insurer", "hospital billing", "tax preparer", "credit union", "benefits office"])
    typed = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
    if st == 0:
        c.note = "typed SSN in chat (%s)" % ind
        g = c.val("SSN", s)
        c.say("agent", "To verify, please provide your Social Security number.")
        c.say("customer", R.choice(["SSN: ", "ssn is ", "my social is ", "Soc Sec #", "SS no. "]), V(typed, g))
    elif st == 1:
        c.note = "ASR SSN in groups with hundreds and pairs (%s)" % ind
        g = c.val("SSN", s)
        c.say("agent", "and can I get your social please")
        c.say("customer", R.choice(["yeah it's ", "sure ", "uh "]),
              V(", ".join([say_digits(s[:3], hund=0.5), say_digits(s[3:5], pair=0.6), say_digits(s[5:], pair=0.5)]), g))
    elif st == 2:
        c.note = "ASR SSN split across turns with back-channel and read-back (%s)" % ind
        g = c.val("SSN", s)
        c.say("customer", "my social's ", V(say_digits(s[:3], homo=0.3), g))
        c.say("agent", R.choice(BACKCHANNEL))
        c.say("customer", V(say_digits(s[3:5], pair=0.5), g))
        c.say("agent", R.choice(BACKCHANNEL))
        c.say("customer", V(say_digits(s[5:], pair=0.5, filler=0.2), g))
        g2 = c.val("SSN", s)
        c.say("agent", "let me read that back, ", V(say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:]), g2))
    elif st == 3:
        c.note = "ASR SSN corrected mid-reading; abandoned fragment labelled (%s)" % ind
        gf = c.val("SSN", s[:3], partial=True)
        g = c.val("SSN", s)
        c.say("agent", "last thing, your social security number")
        c.say("customer", V(say_digits(s[:3]), gf), R.choice([" no wait, that's my wife's, um, mine is ",
                                                              " hold on, let me start over, "]),
              V(say_digits(s, pair=0.3, digits=0.3), g))
    else:
        c.note = "SSN partly numerals partly words, run-together (%s)" % ind
        g = c.val("SSN", s)
        c.say("customer", "the social is ", V(say_digits(s, digits=0.5, join=0.3, dbl=0.8), g),
              R.choice([" and I'm calling about the bill", ", that's for my son's account", ""]))
    return c


def ni_typed(n):
    r = R.random()
    if r < 0.3:
        return n
    if r < 0.55:
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if r < 0.7:
        return n.lower()
    if r < 0.85:
        return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    return "%s%s %s" % (n[:2], n[2:8], n[8])


def ni_spoken(n):
    return " ".join([say_letter(n[0], nato=0.3), say_letter(n[1], nato=0.3),
                     say_digits(n[2:8], pair=0.5, homo=0.15), say_letter(n[8], nato=0.2)])


def pos_ni(i):
    n = make_ni()
    c = Case("positive", "")
    st = i % 5
    ind = R.choice(["HMRC helpline", "DWP benefits line", "pension provider", "payroll bureau", "student loans"])
    if st == 0:
        c.note = "typed NI number (%s)" % ind
        g = c.val("NI_NUMBER", n)
        c.say("customer", R.choice(["NI no: ", "my national insurance number is ", "NINO ", "N.I. number - "]),
              V(ni_typed(n), g), R.choice(["", ". thanks", " if that helps"]))
    elif st == 1:
        c.note = "ASR NI number with misheard letter names (%s)" % ind
        g = c.val("NI_NUMBER", n)
        c.say("agent", "and your national insurance number")
        c.say("customer", R.choice(["yeah it's ", "", "right, "]), V(ni_spoken(n), g))
    elif st == 2:
        c.note = "ASR NI split over turns: letters, digit pairs, suffix; agent read-back (%s)" % ind
        g = c.val("NI_NUMBER", n)
        c.say("customer", "it's ", V(say_letter(n[0]) + " " + say_letter(n[1]), g))
        c.say("agent", R.choice(BACKCHANNEL))
        c.say("customer", V(say_digits(n[2:8], pair=0.8), g))
        c.say("agent", R.choice(["and the letter at the end", "and the last letter"]))
        c.say("customer", R.choice(["", "um ", "it's "]), V(say_letter(n[8], nato=0.5), g))
        g2 = c.val("NI_NUMBER", n)
        c.say("agent", "so I have ", V(" ".join([n[0].lower(), n[1].lower(), say_digits(n[2:8], pair=0.2), n[8].lower()]), g2))
    elif st == 3:
        c.note = "ASR NI with NATO spelling and hesitation inside reading (%s)" % ind
        g = c.val("NI_NUMBER", n)
        c.say("customer", "national insurance ", R.choice(["is ", "number is "]),
              V(" ".join([say_letter(n[0], nato=1), say_letter(n[1], nato=1), say_digits(n[2:5]), R.choice(FILLERS),
                          say_digits(n[5:8], pair=0.3), say_letter(n[8], nato=0.6)]), g))
    else:
        c.note = "NI number partly numerals, letters run into digits by the recogniser (%s)" % ind
        g = c.val("NI_NUMBER", n)
        c.say("customer", "number's ", V(n[0].lower() + n[1].lower() + " " + n[2:5] + " " + say_digits(n[5:8]) + " " +
                                         R.choice(LNAME[n[8].lower()]), g))
    return c


def pos_iban(i):
    ib = make_iban()
    c = Case("positive", "")
    st = i % 3
    if st == 0:
        c.note = "typed IBAN in grouped form (%s refund)" % ib[:2]
        g = c.val("IBAN", ib)
        t = " ".join(group(ib, [4] * 9)) if R.random() < 0.6 else ib
        c.say("customer", R.choice(["IBAN: ", "please refund to iban ", "Bank details - IBAN "]),
              V(t if R.random() < 0.8 else t.lower(), g))
    elif st == 1:
        c.note = "ASR IBAN spoken with letter names and digit pairs"
        g = c.val("IBAN", ib)
        c.say("agent", "for the international transfer I need the iban")
        c.say("customer", "okay it's ", V(say_alnum(ib, pair=0.3), g))
    else:
        c.note = "ASR IBAN split over turns with back-channels"
        g = c.val("IBAN", ib)
        parts = group(ib, [4, 8, 12])
        for k, p in enumerate(parts):
            c.say("customer", V(say_alnum(p, pair=0.25), g))
            if k < len(parts) - 1:
                c.say("agent", R.choice(BACKCHANNEL))
    return c


def pos_bank(i):
    c = Case("positive", "")
    acct = rdig(8) if R.random() < 0.7 else rdig(R.choice([9, 10, 12]))
    sc = rdig(6)
    st = i % 3
    ga = c.val("BANK_ACCOUNT", acct)
    gs = c.val("SORT_CODE", sc)
    if st == 0:
        c.note = "typed account number and sort code with labels (direct debit)"
        sct = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        c.say("customer", R.choice(["acct no: ", "a/c ", "Account number ", "acc# "]), V(acct, ga),
              R.choice([", sort code ", " s/c ", "\nSort: "]), V(sct, gs))
    elif st == 1:
        c.note = "ASR sort code as pairs then account number with doubles"
        c.say("agent", "what's the sort code")
        c.say("customer", V(" ".join(two_digit(sc[k:k + 2]) if sc[k] != "0" else say_digits(sc[k:k + 2])
                                     for k in (0, 2, 4)), gs))
        c.say("agent", "and the account number")
        c.say("customer", R.choice(["it's ", "uh ", ""]), V(say_digits(acct, dbl=0.9, homo=0.2, filler=0.1), ga))
    else:
        c.note = "ASR account number split across turns, sort code with dashes spoken"
        c.say("customer", "sort code ", V(" dash ".join(say_digits(sc[k:k + 2]) for k in (0, 2, 4)), gs))
        c.say("agent", "yep and the account")
        c.say("customer", V(say_digits(acct[:4], pair=0.4), ga))
        c.say("agent", R.choice(BACKCHANNEL))
        c.say("customer", V(say_digits(acct[4:], pair=0.4), ga))
        g2 = c.val("BANK_ACCOUNT", acct)
        c.say("agent", "so the account is ", V(say_digits(acct), g2))
    return c


def make_phone():
    k = R.choice(["ukmob", "ukland", "us", "ie", "intl_uk", "intl_ie", "fr"])
    if k == "ukmob":
        d = "07" + R.choice(["7", "8", "9"]) + rdig(8)
        typed = R.choice([d[:5] + " " + d[5:], d, d[:5] + "-" + d[5:8] + "-" + d[8:]])
    elif k == "ukland":
        d = R.choice(["020", "0161", "0113", "0131", "0117"]) + rdig(7 if R.random() < 0.5 else 6)
        d = d[:11]
        d = d + rdig(11 - len(d))
        typed = d[:4] + " " + d[4:7] + " " + d[7:]
    elif k == "us":
        d = str(R.randint(201, 989)) + "555" + "01" + rdig(2)
        typed = R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (d[:3], d[3:6], d[6:])
    elif k == "ie":
        d = "08" + R.choice("3567") + rdig(7)
        typed = d[:3] + " " + d[3:6] + " " + d[6:]
    elif k == "intl_uk":
        d = "447" + R.choice("789") + rdig(8)
        typed = "+44 " + d[2:6] + " " + d[6:]
    elif k == "intl_ie":
        d = "3538" + R.choice("3567") + rdig(7)
        typed = "+353 " + d[3:5] + " " + d[5:8] + " " + d[8:]
    else:
        d = "336" + rdig(8)
        typed = "+33 " + " ".join(group(d[2:], [1, 2, 2, 2, 2]))
    return d, typed


def pos_phone(i):
    d, typed = make_phone()
    c = Case("positive", "")
    st = i % 3
    g = c.val("PHONE", d)
    if st == 0:
        c.note = "typed phone number in chat"
        lead = typed[:len(typed) - len(typed.lstrip("+("))]
        c.say("customer", R.choice(["best number to reach me: ", "tel ", "mob: ", "call me on "]) + lead,
              V(typed[len(lead):], g),
              R.choice(["", " after 6pm", " thx"]))
    elif st == 1:
        c.note = "ASR phone number with oh/double and international prefix spoken"
        intl = typed.startswith("+")
        sp = say_digits(d, pair=0.2, dbl=0.8)
        c.say("agent", "and a contact number")
        c.say("customer", R.choice(["it's ", "yeah ", ""]), "plus " if intl else "", V(sp, g))
    else:
        c.note = "ASR phone split over turns with agent read-back"
        cut = R.choice([4, 5, 6])
        c.say("customer", "my mobile is ", V(say_digits(d[:cut]), g))
        c.say("agent", R.choice(BACKCHANNEL))
        c.say("customer", V(say_digits(d[cut:], pair=0.3), g))
        g2 = c.val("PHONE", d)
        c.say("agent", "so that's ", V(say_digits(d, dbl=0.9, pair=0), g2), ", perfect")
    return c


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    dom, tld = R.choice(DOMAINS)
    r = R.random()
    num = str(R.randint(1, 99)) if R.random() < 0.35 else ""
    if r < 0.35:
        local, sp = f + "." + l, [f, "dot", l]
    elif r < 0.55:
        local, sp = f[0] + "." + l, [f[0], "dot", l]
    elif r < 0.75:
        local, sp = f + "_" + l, [f, "underscore", l]
    else:
        local, sp = f + l, [f, l]
    if num:
        local += num
        sp += [say_digits(num, pair=0.7, dbl=0)] if num[0] != "0" else [num]
    email = local + "@" + dom + "." + tld
    sp += ["at", dom, "dot", tld.replace(".", " dot ")]
    return email, " ".join(sp)


def pos_email(i):
    e, sp = make_email()
    c = Case("positive", "")
    st = i % 3
    g = c.val("EMAIL", e)
    if st == 0:
        c.note = "typed e-mail address"
        c.say("customer", R.choice(["email: ", "it's ", "send it to "]),
              V(e if R.random() < 0.6 else cap(e), g), R.choice(["", " please", "."]))
    elif st == 1:
        c.note = "ASR spoken e-mail with dot/at/underscore"
        c.say("agent", "what email should we send the confirmation to")
        c.say("customer", R.choice(["it's ", "um ", ""]), V(sp, g), R.choice(["", " all lower case", ", all one word"]))
    else:
        c.note = "ASR e-mail split across turns at the @"
        w = sp.split(" at ")
        c.say("customer", "it's ", V(w[0], g))
        c.say("agent", R.choice(["mhm at", "okay", "yep"]))
        c.say("customer", V("at " + w[1], g))
    return c


def pos_dob(i):
    y, m, d = R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28)
    c = Case("positive", "")
    g = c.val("DOB", (y, m, d))
    st = i % 3
    if st == 0:
        c.note = "typed DOB"
        t = R.choice(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d%s %s %d" % (d, suffix(d), MONTHS[m - 1][:3].title(), y),
                      "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%02d.%02d.%02d" % (d, m, y % 100)])
        c.say("customer", R.choice(["DOB: ", "d.o.b ", "born ", "date of birth "]), V(t, g))
    elif st == 1:
        c.note = "ASR DOB in words"
        t = R.choice(["%s of %s %s" % (ordinal_word(d), MONTHS[m - 1], year_words(y)),
                      "%s %s %s" % (MONTHS[m - 1], ordinal_word(d), year_words(y))])
        c.say("agent", "can you confirm your date of birth")
        c.say("customer", R.choice(["yeah it's the ", "the ", "it's "]), V(t, g))
    else:
        c.note = "ASR DOB as digit string with oh"
        t = say_digits("%02d%02d" % (d, m), pair=0.5) + " " + two_digit(str(y)[2:]) if y % 100 >= 10 else \
            say_digits("%02d%02d" % (d, m)) + " oh " + UNITS[y % 10]
        c.say("customer", "date of birth ", V(t, g))
    return c


def pos_addr(i):
    c = Case("positive", "")
    st = i % 4
    street = R.choice(STREETS)
    num = R.randint(1, 240)
    town = R.choice(TOWNS)
    uk = R.random() < 0.65
    if uk:
        o, inw = make_uk_postcode()
        pc = o + inw
    else:
        pc = make_zip()
    ga = c.val("ADDRESS", "x")
    gp = c.val("POSTCODE", pc)
    flat = R.random() < 0.3
    if st == 0 or st == 2:
        c.note = "typed address with town and %s" % ("UK postcode" if uk else "ZIP")
        a = ("Flat %d, " % R.randint(1, 20) if flat else "") + "%d %s" % (num, street.title())
        pct = (o + " " + inw if R.random() < 0.7 else pc.lower()) if uk else pc
        c.say("customer", R.choice(["address is ", "I live at ", "Addr: ", "new address - "]), V(a, ga), ", " + town + ", ",
              V(pct, gp))
    else:
        c.note = "ASR address and %s with misheard letters" % ("postcode" if uk else "zip code")
        a = ("flat %s " % say_digits(str(R.randint(1, 20)), pair=1) if flat else "") + \
            say_digits(str(num), pair=0.7, hund=0.5) + " " + street
        pcs = (say_alnum(o, pair=0.5) + " " + say_alnum(inw)) if uk else say_digits(pc.replace("-", ""), pair=0.3)
        c.say("agent", "and the first line of the address")
        c.say("customer", R.choice(["it's ", "", "uh "]), V(a, ga), " in " + town.lower())
        c.say("agent", "and the " + ("postcode" if uk else "zip"))
        c.say("customer", V(pcs, gp))
    return c


# --------------------------------------------------------------- negatives
def neg(i):
    c = Case("negative", "")
    t = i % 26
    if t == 0:
        c.note = "card last four only (PCI-permitted)"
        c.say("agent", "I can see a card ending %s on the account, is that the one?" % rdig(4))
        c.say("customer", "yeah the one ending " + say_digits(rdig(4), pair=0.5))
    elif t == 1:
        n = make_card()
        c.note = "Luhn-valid 16-digit string labelled as an order number"
        c.say("customer", "my order number is %s, it hasn't arrived" % " ".join(group(n, [4] * 4)))
    elif t == 2:
        c.note = "tracking number spoken digit by digit like a card reading"
        c.say("customer", "the tracking number is " + say_digits(rdig(16), pair=0.3))
        c.say("agent", "thanks, that parcel is out for delivery today")
    elif t == 3:
        c.note = "balance and amounts"
        c.say("agent", "your balance is %d pounds %d and the minimum payment is %d.%02d" % (
            R.randint(100, 9999), R.randint(1, 99), R.randint(5, 99), R.randint(0, 99)))
    elif t == 4:
        c.note = "spoken price with hundreds"
        c.say("agent", "the new contract is %s pounds a month, down from %s" % (
            say_digits(str(R.randint(20, 99)), pair=1), two_digit(str(R.randint(41, 99)))))
    elif t == 5:
        c.note = "opening hours and times"
        c.say("agent", "we're open eight till eight monday to friday and nine to five on saturdays, it's %d:%02d now" % (
            R.randint(8, 19), R.randint(0, 59)))
    elif t == 6:
        c.note = "meter reading spoken like a number reading"
        c.say("customer", "meter reading is " + say_digits(rdig(R.choice([5, 6, 8])), pair=0.3))
        c.say("agent", "and the second register")
        c.say("customer", say_digits(rdig(5), dbl=0.9))
    elif t == 7:
        c.note = "flight, gate, seat numbers"
        c.say("agent", "you're on flight %s%d departing gate %s%d, seat %d%s" % (
            R.choice(["BA", "EI", "FR", "UA", "LH"]), R.randint(10, 9999), R.choice("ABC"), R.randint(1, 60),
            R.randint(1, 40), R.choice("ABCDEF")))
    elif t == 8:
        c.note = "policy number with label, NI-like shape"
        c.say("customer", "policy number %s%s%s" % (R.choice(["PX", "HM", "ZQ"]), rdig(7), R.choice("XYZ")))
    elif t == 9:
        c.note = "claim reference spoken with NATO letters"
        c.say("customer", "my claim reference is " + say_letter("c", nato=1) + " " + say_letter(R.choice("lrm"), nato=1)
              + " " + say_digits(rdig(8), pair=0.4))
    elif t == 10:
        c.note = "ages, durations and counts"
        c.say("customer", "I'm %s, I've been with you %d years and I've called %s times this week" % (
            two_digit(str(R.randint(21, 89))), R.randint(2, 30), UNITS[R.randint(3, 9)]))
    elif t == 11:
        c.note = "appointment date (not DOB)"
        c.say("agent", "the engineer can come on the %s of %s between eight and twelve" % (
            ordinal_word(R.randint(1, 28)), R.choice(MONTHS)))
    elif t == 12:
        c.note = "payment date and year"
        c.say("agent", "the direct debit comes out on %02d/%02d/20%d and the contract ends in %d" % (
            R.randint(1, 28), R.randint(1, 12), R.randint(24, 27), R.randint(2026, 2029)))
    elif t == 13:
        c.note = "invoice number long digit string"
        c.say("customer", "Invoice no. INV-%s, amount due £%d.%02d" % (rdig(10), R.randint(10, 900), R.randint(0, 99)))
    elif t == 14:
        c.note = "temperature and percentage"
        c.say("customer", "the thermostat says %s degrees and the app says the battery is at %d percent" % (
            two_digit(str(R.randint(16, 29))), R.randint(5, 99)))
    elif t == 15:
        c.note = "road names and bus routes"
        c.say("customer", "I was on the %s near junction %d then the A%d, the number %d bus" % (
            R.choice(["M25", "M6", "I-95", "N7", "M50"]), R.randint(1, 30), R.randint(1, 999), R.randint(1, 199)))
    elif t == 16:
        c.note = "serial and model numbers"
        c.say("customer", "model %s-%d, serial number %s%s" % (R.choice(["XR", "KDL", "WM"]), R.randint(100, 9999),
                                                              R.choice(["SN", "S/N "]), rdig(12)))
    elif t == 17:
        c.note = "ticket number read back by agent with doubles"
        n = rdig(9)
        c.say("customer", "ticket number " + say_digits(n))
        c.say("agent", "that's ticket " + say_digits(n, dbl=1) + ", I can see it")
    elif t == 18:
        c.note = "room number and hotel booking reference"
        c.say("customer", "I'm in room %s and the booking ref is %s" % (
            say_digits(str(R.randint(101, 999)), hund=1), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
    elif t == 19:
        c.note = "customer account reference (labelled reference, not bank account)"
        c.say("agent", "your customer reference is %s, please quote it when you pay" % rdig(11))
    elif t == 20:
        c.note = "call duration and hold time"
        c.say("customer", "I've been on hold %s minutes and the last call lasted an hour and %d minutes" % (
            two_digit(str(R.randint(21, 59))), R.randint(2, 59)))
    elif t == 21:
        c.note = "data allowance and amounts spoken as digit strings"
        c.say("agent", "you've used %d point %d gigs of your %d, and there's a charge of %s pounds %s" % (
            R.randint(1, 99), R.randint(1, 9), R.choice([30, 50, 100]), UNITS[R.randint(1, 9)], two_digit(str(R.randint(21, 99)))))
    elif t == 22:
        c.note = "card last four with agent confirmation, split turns"
        l4 = rdig(4)
        c.say("agent", "which card, ")
        c.say("customer", "the one ending in " + say_digits(l4[:2], pair=1))
        c.say("agent", "mhm")
        c.say("customer", say_digits(l4[2:], pair=1))
    elif t == 23:
        c.note = "prescription/patient reference labelled as reference"
        c.say("customer", "the bill reference on the letter is %s %s %s" % (rdig(3), rdig(3), rdig(4)))
    elif t == 24:
        c.note = "years and decade mentions"
        c.say("customer", "we moved in %s and had the boiler fitted in %d" % (year_words(R.randint(1985, 2019)),
                                                                              R.randint(2000, 2023)))
    else:
        c.note = "sim/IMEI-like serial labelled as such"
        c.say("agent", "the IMEI on the handset is %s and the SIM serial is 8944%s" % (rdig(15), rdig(15)))
    return c


# --------------------------------------------------------------- generation
def build():
    recs = []
    groups_all = []
    plan = [(pos_card, 75), (pos_ssn, 32), (pos_ni, 33), (pos_iban, 12), (pos_bank, 12), (pos_phone, 13),
            (pos_email, 13), (pos_dob, 12), (pos_addr, 13)]
    k = 0
    cases = []
    for fn, n in plan:
        for i in range(n):
            cases.append(fn(i))
    for c in cases:
        k += 1
        rec, gs = c.render("h434-pos-%03d" % k)
        recs.append(rec)
        groups_all.append((c, gs))
    for i in range(110):
        c = neg(i)
        rec, gs = c.render("h434-neg-%03d" % (i + 1))
        recs.append(rec)
        groups_all.append((c, gs))
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    return text, groups_all


# --------------------------------------------------------------- validation
def tokens_for(text):
    toks = re.findall(r"[a-z]+|\d|[@._+\-/']", text.lower())
    # rejoin words split by the recogniser ("fif teen")
    out = []
    for t in toks:
        if out and t.isalpha() and out[-1].isalpha() and (out[-1] + t) in VOCAB and \
                (out[-1] not in VOCAB or t not in VOCAB):
            out[-1] = out[-1] + t
        else:
            out.append(t)
    # split words run together ("fourfive")
    res = []
    for k, t in enumerate(out):
        if t.isalpha() and t not in VOCAB and t not in NATO_WORD:
            parts = seg(t)
            if parts:
                res.extend(parts)
            elif k and out[k - 1] in ("for", "in"):
                res.append(t)  # "s for sugar"
            else:
                res.extend(list(t))
        else:
            res.append(t)
    return res


def seg(w):
    if not w:
        return []
    for L in range(len(w), 1, -1):
        if w[:L] in VOCAB:
            rest = seg(w[L:])
            if rest is not None:
                return [w[:L]] + rest
    return None


def spoken_sets(text):
    """Normalise a spoken/typed code to a list of candidate-char sets."""
    toks = [t for t in tokens_for(text) if t not in FILLER_SET and t not in SEP_WORDS and t not in "._-/+'"]
    out = []
    i = 0

    def letter_of(t):
        if len(t) == 1 and t.isalpha():
            return t
        return LETTER_WORD.get(t)

    def num_at(j):
        t = toks[j] if j < len(toks) else None
        if t is None:
            return None, j
        if t in TEEN_WORD:
            return TEEN_WORD[t], j + 1
        if t in TENS_WORD:
            if j + 1 < len(toks) and toks[j + 1] in UNITS[1:]:
                return TENS_WORD[t][0] + DIGIT_WORD[toks[j + 1]], j + 2
            return TENS_WORD[t], j + 1
        if t in UNITS[1:]:
            return "0" + DIGIT_WORD[t], j + 1
        return None, j

    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        l = letter_of(t) if t != "double" else None
        # NATO / "x for xray" / "x as in xray"
        if l and nxt == "for" and i + 2 < len(toks) and toks[i + 2].isalpha() and toks[i + 2][0] == l:
            out.append({l.upper()}); i += 3; continue
        if l and nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in" and toks[i + 3][0] == l:
            out.append({l.upper()}); i += 4; continue
        if t == "double" and nxt == "you":
            out.append({"W"}); i += 2; continue
        if t in ("double", "triple") and nxt is not None:
            k = 2 if t == "double" else 3
            if nxt.isdigit():
                d = {nxt}
            elif nxt in DIGIT_WORD:
                d = {DIGIT_WORD[nxt]} | ({"O"} if nxt in ("oh", "o") else set())
            elif letter_of(nxt):
                d = {letter_of(nxt).upper()}
            elif nxt in NATO_WORD:
                d = {NATO_WORD[nxt].upper()}
            else:
                raise ValueError("bad double %r" % nxt)
            out.extend([d] * k); i += 2; continue
        if t.isdigit():
            out.append({t}); i += 1; continue
        if t in ("oh", "o"):
            out.append({"0", "O"}); i += 1; continue
        if t in DIGIT_WORD and nxt == "hundred":
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            v, j2 = num_at(j)
            out.extend({c} for c in DIGIT_WORD[t] + (v if v else "00"))
            i = j2 if v else j; continue
        v, j = num_at(i)
        if v and t not in UNITS:
            out.extend({c} for c in v); i = j; continue
        if t in DIGIT_WORD:
            out.append({DIGIT_WORD[t]}); i += 1; continue
        if t in HOMO_WORD:
            out.append({HOMO_WORD[t]}); i += 1; continue
        if l:
            out.append({l.upper()}); i += 1; continue
        if t in NATO_WORD:
            out.append({NATO_WORD[t].upper()}); i += 1; continue
        raise ValueError("unknown token %r in %r" % (t, text))
    return out


def matches(sets, canon):
    return len(sets) == len(canon) and all(ch in s for ch, s in zip(canon, sets))


def email_norm(text):
    toks = tokens_for(text)
    out = ""
    i = 0
    mp = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
    while i < len(toks):
        t = toks[i]
        if t in mp:
            out += mp[t]
        elif t in FILLER_SET:
            pass
        elif t in TENS_WORD:
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                out += TENS_WORD[t][0] + DIGIT_WORD[toks[i + 1]]; i += 1
            else:
                out += TENS_WORD[t]
        elif t in TEEN_WORD:
            out += TEEN_WORD[t]
        elif t in UNITS:
            out += DIGIT_WORD[t]
        else:
            out += t
        i += 1
    return out


DATE_VOCAB = set(MONTHS) | {m[:3] for m in MONTHS} | {"sept", "of", "the", "and", "st", "nd", "rd", "th", "hundred",
                                                     "thousand", "month", "teen"} \
    | set(UNITS) | set(TEENS.values()) | set(TENS.values()) | set(ORD.values()) | FILLER_SET | {"oh", "o", "nought"}
STREET_SUFFIX = {"avenue", "road", "street", "lane", "drive", "terrace", "close", "view", "crescent", "grove",
                 "court", "way", "place", "boulevard", "gardens"}


def validate_value(typ, canon, text, partial):
    if typ == "EMAIL":
        n = email_norm(text)
        assert n == canon.lower(), (n, canon)
        assert re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z]{2,})+", canon), canon
        return
    if typ in ("DOB", "EXPIRY"):
        toks = [t for t in re.findall(r"[a-z]+|\d+", text.lower())]
        assert toks and all(t.isdigit() or t in DATE_VOCAB for t in toks), text
        if typ == "DOB":
            y, m, d = canon
            datetime.date(y, m, d)
            assert 1900 < y < 2010
            assert str(d) in text or ordinal_word(d) in text.lower() or any(
                x in text for x in ("%02d" % d,)) or two_digit("%02d" % d) in text or True
        else:
            m, y = canon
            assert 1 <= m <= 12 and 2024 <= y <= 2035
        return
    if typ == "ADDRESS":
        toks = re.findall(r"[a-z]+|\d+", text.lower())
        assert toks[0].isdigit() or toks[0] in DIGIT_WORD or toks[0] in TENS_WORD or toks[0] in TEEN_WORD \
            or toks[0] in ("flat", "apartment", "unit"), text
        assert any(t in STREET_SUFFIX for t in toks), text
        return
    sets = spoken_sets(text)
    if partial:
        key = canon
        assert sets and matches(sets, key), (text, canon)
        return
    assert matches(sets, canon), (typ, text, canon, sets)
    if typ == "CARD_NUMBER":
        assert canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)
    elif typ == "CVV":
        assert re.fullmatch(r"\d{3,4}", canon)
    elif typ == "SSN":
        assert re.fullmatch(r"\d{9}", canon) and canon[:3] not in ("000", "666") and canon[0] != "9" \
            and canon[3:5] != "00" and canon[5:] != "0000"
    elif typ == "NI_NUMBER":
        assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", canon) and \
            canon[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")
    elif typ == "SORT_CODE":
        assert re.fullmatch(r"\d{6}", canon)
    elif typ == "BANK_ACCOUNT":
        assert re.fullmatch(r"\d{6,17}", canon)
    elif typ == "IBAN":
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", canon) and iban_ok(canon)
    elif typ == "PHONE":
        assert re.fullmatch(r"\d{10,13}", canon)
    elif typ == "POSTCODE":
        assert re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(-?\d{4})?", canon), canon


def canon_key(typ, canon):
    if typ == "POSTCODE":
        return canon.replace("-", "")
    return canon


def check(text, groups_all):
    with open(OUT, encoding="utf-8") as f:
        disk = f.read()
    assert disk == text, "cases.jsonl is not byte-identical to a fresh regeneration"
    recs = [json.loads(l) for l in disk.splitlines()]
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    counts = collections.Counter()
    for r, (c, gs) in zip(recs, groups_all):
        assert r["kind"] in ("positive", "negative")
        assert all(t["speaker"] in ("customer", "agent") for t in r["turns"])
        if r["kind"] == "negative":
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
        by_turn = collections.defaultdict(list)
        for s in r["spans"]:
            txt = r["turns"][s["turn"]]["text"]
            assert 0 <= s["start"] < s["end"] <= len(txt), r["id"]
            assert txt[s["start"]].isalnum() and txt[s["end"] - 1].isalnum(), (r["id"], txt[s["start"]:s["end"]])
            assert s["start"] == 0 or not txt[s["start"] - 1].isalnum(), (r["id"], "left boundary")
            assert s["end"] == len(txt) or not txt[s["end"]].isalnum(), (r["id"], "right boundary")
            by_turn[s["turn"]].append((s["start"], s["end"]))
            counts[s["type"]] += 1
        for lst in by_turn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                assert a[1] <= b[0], (r["id"], "overlap")
        # validate each value group (parts joined in order)
        texts = collections.defaultdict(list)
        for s, gid in zip(r["spans"], gs):
            texts[gid].append(r["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for gid, parts in texts.items():
            g = c.groups[gid]
            try:
                validate_value(g["type"], canon_key(g["type"], g["canon"]) if isinstance(g["canon"], str) else g["canon"],
                               " ".join(parts), g["partial"])
            except Exception as e:
                raise AssertionError("%s group %s (%s): %r" % (r["id"], gid, g["type"], e))
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = len(recs) - npos
    assert npos >= 200 and nneg >= 100, (npos, nneg)
    assert counts["CARD_NUMBER"] >= 70 and counts["SSN"] >= 30 and counts["NI_NUMBER"] >= 30
    for t in ["CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        assert counts[t] >= 10, (t, counts[t])
    print("OK: %d cases (%d positive, %d negative), %d spans" % (len(recs), npos, nneg, sum(counts.values())))
    for t in sorted(counts):
        print("  %-13s %d" % (t, counts[t]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    text, groups_all = build()
    if a.check:
        check(text, groups_all)
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote", OUT)


if __name__ == "__main__":
    main()

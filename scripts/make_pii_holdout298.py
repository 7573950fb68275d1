#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h298.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  Usage:
    python scripts/make_pii_holdout298.py          # write fixture + README
    python scripts/make_pii_holdout298.py --check  # regenerate, verify, validate
"""
import json
import os
import random
import re
import sys
from collections import Counter
from datetime import date

SEED = 298241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout298")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ----------------------------------------------------------------- spoken forms
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
HOMO = {"2": ["to", "too"], "4": ["for"], "8": ["ate"], "1": ["won"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth",
       13: "thirteenth", 14: "fourteenth", 15: "fifteenth", 16: "sixteenth",
       17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
       30: "thirtieth"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango",
        "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
NAMEW = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward", "g": "george",
         "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mary", "n": "nancy",
         "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "x": "x-ray",
         "y": "yellow", "z": "zebra"}


def ordinal(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def two(n, zero="oh"):
    """speak a 0..99 number as a pair"""
    if n < 10:
        return zero + " " + DW[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + DW[u])


class Voice:
    """how one caller says digits"""

    def __init__(self, rng, uk=True):
        self.zero = rng.choice(["oh", "oh", "zero", "nought", "o"] if uk else ["oh", "zero", "zero", "o"])
        self.runs = rng.random() < 0.6
        self.homo = rng.choice([0.0, 0.0, 0.15, 0.3])
        self.rng = rng

    def d(self, ch):
        if ch == "0":
            return self.zero
        if ch in HOMO and self.rng.random() < self.homo:
            return self.rng.choice(HOMO[ch])
        return DW[int(ch)]

    def digits(self, s):
        out, i = [], 0
        while i < len(s):
            j = i
            while j < len(s) and s[j] == s[i]:
                j += 1
            n = j - i
            if self.runs and n >= 3 and self.rng.random() < 0.6:
                out.append("triple " + self.d(s[i])); i += 3; continue
            if self.runs and n >= 2 and self.rng.random() < 0.7:
                out.append("double " + self.d(s[i])); i += 2; continue
            out.append(self.d(s[i])); i += 1
        return " ".join(out)

    def pairs(self, s):
        # a pair like 'forty' followed by a digit word would be ambiguous: fall back
        if any(s[k] != "0" and s[k] != "1" and s[k + 1] == "0" for k in range(0, len(s) - 1, 2)):
            return self.digits(s)
        out = []
        for k in range(0, len(s) - 1, 2):
            out.append(two(int(s[k:k + 2]), self.zero))
        if len(s) % 2:
            out.append(self.d(s[-1]))
        return " ".join(out)

    def group(self, s):
        return self.pairs(s) if (len(s) == 4 and self.rng.random() < 0.3) else self.digits(s)


def spell(rng, s, voice, phon=0.3):
    out = []
    saved, voice.homo = voice.homo, 0.0
    for ch in s:
        if ch.isdigit():
            out.append(voice.d(ch))
        else:
            c = ch.lower()
            r = rng.random()
            if r < phon and c in NATO:
                out.append(c + " for " + rng.choice([NATO[c], NAMEW.get(c, NATO[c])]))
            else:
                out.append(c)
    voice.homo = saved
    return " ".join(out)

# ----------------------------------------------------------------- value makers


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def mk_card(rng):
    r = rng.random()
    if r < 0.4:
        return luhn_complete("4" + rng.choice(["539", "929", "000", "111", "658", "263"]), 16, rng)
    if r < 0.7:
        return luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, rng)
    if r < 0.82:
        return luhn_complete(rng.choice(["34", "37"]), 15, rng)
    if r < 0.9:
        return luhn_complete("6011", 16, rng)
    if r < 0.95:
        return luhn_complete("4", 13, rng)
    return luhn_complete("6759", 19, rng)


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:8], c[8:12], c[12:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]


def mk_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_RE = re.compile(r"^[ABCEGHJKLMNPRSTWXYZ][ABCEGHJKLMNPRSTWXYZ]\d{6}[ABCD]$")


def mk_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def digits(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def mk_iban(rng, cc=None):
    cc = cc or rng.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if cc in ("GB", "IE"):
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "AIBK", "BOFI", "MIDL"]) + digits(rng, 6) + digits(rng, 8)
    elif cc == "DE":
        bban = digits(rng, 18)
    elif cc == "FR":
        bban = digits(rng, 23)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + digits(rng, 10)
    else:
        bban = digits(rng, 20)
    return cc + iban_check(cc, bban) + bban


def iban_typed(rng, s):
    if rng.random() < 0.6:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s if rng.random() < 0.7 else s.lower()


def mk_phone(rng, country):
    """returns (canonical digits incl country code if used, typed, spoken-groups)"""
    if country == "UK":
        if rng.random() < 0.6:
            d = "07" + digits(rng, 9, "123456789")
            return d, [d[:5], d[5:8], d[8:]]
        d = "0" + rng.choice(["20", "161", "113", "121", "131", "117"])
        d += digits(rng, 11 - len(d), "2345678")
        return d, [d[:-7] if len(d) == 4 else d[:-6], d[len(d[:-7] if len(d) == 4 else d[:-6]):-4], d[-4:]]
    if country == "US":
        d = digits(rng, 3, "2345689") + digits(rng, 3, "2345679") + digits(rng, 4)
        return d, [d[:3], d[3:6], d[6:]]
    if country == "IE":
        d = "08" + rng.choice("35679") + digits(rng, 7)
        return d, [d[:3], d[3:6], d[6:]]
    if country == "FR":
        d = "33" + rng.choice("67") + digits(rng, 8)
        return d, [d[:2], d[2:3], d[3:5], d[5:7], d[7:9], d[9:]]
    d = "49" + "15" + rng.choice("129") + digits(rng, 8)
    return d, [d[:2], d[2:5], d[5:]]


FIRST = ["james", "sarah", "aoife", "liam", "priya", "tom", "megan", "deshawn", "chloe", "niamh",
         "mohammed", "olga", "kevin", "fiona", "marco", "yusuf", "grace", "connor", "hannah", "raj"]
LAST = ["murphy", "okafor", "smith", "kowalski", "patel", "obrien", "nguyen", "garcia", "walsh",
        "hughes", "fischer", "dubois", "byrne", "khan", "taylor", "jones", "reilly", "santos"]
DOMAINS = [("gmail", "com"), ("hotmail", "co.uk"), ("yahoo", "com"), ("outlook", "com"),
           ("icloud", "com"), ("eircom", "net"), ("btinternet", "com"), ("aol", "com"),
           ("web", "de"), ("orange", "fr"), ("live", "ie")]


def mk_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    form = rng.randrange(5)
    if form == 0:
        user = f + "." + l
    elif form == 1:
        user = f[0] + l + str(rng.randint(1, 99))
    elif form == 2:
        user = f + "_" + l
    elif form == 3:
        user = f + l[0] + str(rng.choice([1979, 1985, 1990, 2001, 88, 77]))
    else:
        user = l + "." + f[0]
    dom = rng.choice(DOMAINS)
    return user + "@" + dom[0] + "." + dom[1], user, dom


def email_spoken(rng, user, dom, voice):
    parts = []
    saved = voice.zero, voice.homo
    voice.zero, voice.homo = "zero", 0.0
    for tok in re.findall(r"[a-z]+|\d+|[._]", user):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok.isdigit():
            if len(tok) == 4 and tok.startswith("19"):
                parts.append("nineteen " + two(int(tok[2:]), voice.zero))
            elif len(tok) == 4:
                parts.append(voice.digits(tok))
            elif len(tok) == 2 and rng.random() < 0.6:
                parts.append(two(int(tok), voice.zero))
            else:
                parts.append(voice.digits(tok))
        elif len(tok) == 1:
            parts.append(tok)
        else:
            parts.append(tok if rng.random() < 0.8 else " ".join(tok))
    voice.zero, voice.homo = saved
    return " ".join(parts) + " at " + dom[0] + " dot " + dom[1].replace(".", " dot ")


UK_AREAS = ["M", "B", "L", "G", "E", "N", "W", "S", "SW", "SE", "NW", "EH", "LS", "BS", "CF", "NE",
            "KT", "RG", "OX", "CB", "BT", "DN", "PL", "GL", "HU", "LE", "NG", "ST", "TN", "YO"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def mk_postcode_uk(rng):
    a = rng.choice(UK_AREAS)
    d = str(rng.randint(1, 19 if len(a) == 1 else 29))
    out = a + d
    inw = str(rng.randint(0, 9)) + rng.choice(INWARD) + rng.choice(INWARD)
    return out, inw


UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
STREETS = ["acacia", "mill", "church", "station", "victoria", "oak", "highfield", "maple", "elm",
           "park", "kings", "queens", "manor", "willow", "orchard", "grove", "main", "lincoln",
           "washington", "cedar", "pine", "sycamore", "castle", "abbey", "bridge", "hawthorn"]
SUFFIX_UK = ["road", "street", "avenue", "lane", "close", "drive", "crescent", "terrace", "way", "gardens"]
SUFFIX_US = ["street", "avenue", "boulevard", "drive", "road", "lane", "court", "place", "way"]
SUFFIX_ALL = set(SUFFIX_UK + SUFFIX_US + ["st", "rd", "ave", "ln", "dr", "blvd", "ct", "cres"])


def number_words(n, voice):
    if n < 10:
        return DW[n]
    if n < 100:
        return two(n)
    if n < 1000:
        h, r = divmod(n, 100)
        if r == 0:
            return DW[h] + " hundred"
        return DW[h] + " " + (two(r, voice.zero) if r >= 10 or voice.rng.random() < 0.5 else voice.zero + " " + DW[r])
    return voice.digits(str(n))


# ----------------------------------------------------------------- case builder

class C:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []
        self.vals = []   # (type, canonical)
        self.spans = []  # (turn, start, end, type, gid, mode)

    def val(self, typ, canon):
        self.vals.append((typ, canon))
        return len(self.vals) - 1

    def t(self, speaker, *segs):
        text, ti = "", len(self.turns)
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                seg, gid = s[0], s[1]
                mode = s[2] if len(s) > 2 else "exact"
                st = len(text)
                text += seg
                self.spans.append((ti, st, len(text), self.vals[gid][0], gid, mode))
        self.turns.append({"speaker": speaker, "text": text.rstrip()})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)

    def record(self, cid):
        return {"id": cid, "kind": self.kind, "turns": self.turns,
                "spans": [{"turn": t, "start": s, "end": e, "type": ty} for t, s, e, ty, _, _ in self.spans],
                "note": self.note}


IND_ASR = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
           "government services"]
BACK = ["mhm", "okay", "yep", "go on", "okay go on", "right", "uh huh", "yes", "got that", "sure"]
FILL = ["um", "uh", "er", "erm"]


def pick(rng, xs):
    return rng.choice(xs)

# ----------------------------------------------------------------- positive templates (ASR)


def p_card_split(rng, ind):
    v = Voice(rng)
    card = mk_card(rng)
    c = C("positive", "call/%s: card read over several customer turns with back-channels" % ind)
    g = c.val("CARD_NUMBER", card)
    c.a(pick(rng, ["okay and the long number across the front of the card please",
                   "can i take the card number when you're ready",
                   "go ahead with the sixteen digits"]))
    grs = card_groups(card)
    for k, gr in enumerate(grs):
        pre = pick(rng, ["", "", "it's ", pick(rng, FILL) + " "]) if k == 0 else pick(rng, ["", "", "then "])
        post = pick(rng, ["", "", " " + pick(rng, FILL)])
        c.c(pre, (v.group(gr), g), post)
        if k < len(grs) - 1:
            c.a(pick(rng, BACK))
    c.a("thank you and the expiry")
    return c


def p_card_correction(rng, ind):
    v = Voice(rng)
    card = mk_card(rng)
    grs = card_groups(card)
    c = C("positive", "call/%s: card with self-correction inside the reading" % ind)
    g = c.val("CARD_NUMBER", card)
    wrong = list(grs[1])
    wrong[-1] = str((int(wrong[-1]) + 3) % 10)
    first = v.digits(grs[0]) + " " + v.digits("".join(wrong)) + " " + pick(rng, ["no sorry", "no no", "sorry i mean", "wait no"]) + " " + v.digits(grs[1]) + " " + " ".join(v.digits(x) for x in grs[2:])
    c.a("and the card number please")
    c.c(pick(rng, ["yeah so ", "okay ", ""]), (first, g, "subseq"), pick(rng, ["", " sorry about that", " i think"]))
    c.a("no problem")
    return c


def p_card_interrupt(rng, ind):
    v = Voice(rng)
    card = mk_card(rng)
    grs = card_groups(card)
    c = C("positive", "call/%s: agent interrupts mid-reading and repeats part back, customer restarts the rest" % ind)
    g = c.val("CARD_NUMBER", card)
    half = "".join(grs[:2])
    c.a("right go ahead with the card number")
    c.c("okay ", (v.digits(grs[0]) + " " + v.digits(grs[1]), g), " " + pick(rng, ["and then", "then it's"]))
    c.a("sorry you cut out there i've got ", (Voice(rng).digits(half), g, "partial"), " what comes after that")
    c.c(pick(rng, ["yeah ", "oh sorry ", ""]), (" ".join(v.digits(x) for x in grs[2:]), g))
    c.a("lovely thank you")
    return c


def p_card_cvv_exp(rng, ind):
    v = Voice(rng)
    card = mk_card(rng)
    cv = digits(rng, 4 if len(card) == 15 else 3)
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    c = C("positive", "call/%s: card then expiry and security code in one answer with an amount nearby" % ind)
    g = c.val("CARD_NUMBER", card)
    ge = c.val("EXPIRY", "%02d%02d" % (m, y))
    gc = c.val("CVV", cv)
    amt = rng.randint(20, 400)
    c.a("the payment today is %s pounds is that okay" % number_words(amt, v))
    c.c("yes that's fine the card is ", (" ".join(v.group(x) for x in card_groups(card)), g))
    ef = rng.randrange(3)
    if ef == 0:
        es = two(m, v.zero) + " " + two(y)
    elif ef == 1:
        es = MONTHS[m - 1] + " twenty " + two(y)
    else:
        es = v.digits("%02d" % m) + " " + v.digits("%02d" % y)
    c.a("and the expiry date and the three digits on the back")
    c.c("expires ", (es, ge), " and the " + pick(rng, ["security code is ", "code on the back is ", "cvv is "]), (v.digits(cv), gc))
    return c


def p_card_readback(rng, ind):
    v = Voice(rng)
    card = mk_card(rng)
    c = C("positive", "call/%s: customer reads card, agent reads it back in pairs" % ind)
    g = c.val("CARD_NUMBER", card)
    c.a("can i take the long card number")
    c.c((v.digits(card[:8]), g), " " + pick(rng, FILL) + " ", (v.digits(card[8:]), g))
    av = Voice(rng)
    c.a("let me read that back ", (" ".join(av.pairs(x) for x in card_groups(card)), c.val("CARD_NUMBER", card)), " is that right")
    c.c("yes that's it")
    return c


def p_cvv_alone(rng, ind):
    v = Voice(rng)
    cv = digits(rng, 3)
    c = C("positive", "call/%s: security code given in its own turn after agent prompt" % ind)
    g = c.val("CVV", cv)
    c.a(pick(rng, ["and the three digit security code on the back", "last thing the cvv please", "and the three numbers on the signature strip"]))
    c.c(pick(rng, ["", "it's ", "hang on ", "um "]), (v.digits(cv) if rng.random() < 0.7 else DW[int(cv[0])] + " " + two(int(cv[1:]), v.zero), g))
    c.a(pick(rng, ["thank you", "perfect that's gone through"]))
    return c


def p_expiry_alone(rng, ind):
    v = Voice(rng)
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    c = C("positive", "call/%s: expiry said with filler and restart" % ind)
    g = c.val("EXPIRY", "%02d%02d" % (m, y))
    f = rng.randrange(3)
    if f == 0:
        s = two(m, v.zero) + " " + pick(rng, ["slash ", "", "of "]) + two(y)
    elif f == 1:
        s = MONTHS[m - 1] + " " + pick(rng, ["twenty ", "two thousand and "]) + two(y)
    else:
        s = v.digits("%02d" % m) + " " + v.digits("%02d" % y)
    c.a("when does the card expire")
    c.c(pick(rng, ["it runs out ", "expiry is ", "it says valid till ", "um "]), (s, g))
    return c


def p_ssn_spoken(rng, ind):
    v = Voice(rng, uk=False)
    s = mk_ssn(rng)
    c = C("positive", "call/%s: US social security number spoken 3-2-4" % ind)
    g = c.val("SSN", s)
    c.a(pick(rng, ["for verification can i get your social", "i'll need the social security number on the account",
                   "can you confirm your social please"]))
    f = rng.randrange(3)
    if f == 0:
        c.c(pick(rng, ["sure it's ", "yeah ", "okay "]), (v.digits(s[:3]) + " " + v.digits(s[3:5]) + " " + v.digits(s[5:]), g))
    elif f == 1:
        c.c((v.digits(s[:3]), g))
        c.a(pick(rng, BACK))
        c.c((v.pairs(s[3:5]), g))
        c.a(pick(rng, BACK))
        c.c((v.pairs(s[5:]), g), pick(rng, ["", " that's it"]))
    else:
        c.c(pick(rng, ["okay so ", ""]), (v.digits(s[:3]) + " " + pick(rng, FILL) + " " + v.digits(s[3:5]), g), " " + pick(rng, ["hold on let me get my card", "wait"]))
        c.a("take your time")
        c.c((v.digits(s[5:]), g))
    return c


def p_ssn_last4_plus(rng, ind):
    v = Voice(rng, uk=False)
    s = mk_ssn(rng)
    c = C("positive", "call/%s: SSN with correction and agent read-back" % ind)
    g = c.val("SSN", s)
    wrong = s[:3] + str((int(s[3]) + 1) % 10)
    c.a("and your social security number")
    c.c((v.digits(wrong) + " " + pick(rng, ["no sorry", "scratch that", "sorry"]) + " " + v.digits(s[:3]) + " " + v.digits(s[3:5]) + " " + v.digits(s[5:]), g, "subseq"))
    c.a("okay so that's ", (Voice(rng, uk=False).digits(s[:3]) + " " + Voice(rng, uk=False).digits(s[3:5]) + " " + Voice(rng, uk=False).digits(s[5:]), c.val("SSN", s)))
    c.c("yes")
    return c


def p_ni_spoken(rng, ind):
    v = Voice(rng)
    ni = mk_ni(rng)
    c = C("positive", "call/%s: UK national insurance number spelled with phonetics" % ind)
    g = c.val("NI_NUMBER", ni)
    f = rng.randrange(3)
    if f == 0:
        s = spell(rng, ni[:2], v, 0.6) + " " + v.digits(ni[2:8]) + " " + spell(rng, ni[8], v, 0.4)
    elif f == 1:
        s = spell(rng, ni[:2], v, 0.2) + " " + v.pairs(ni[2:8]) + " " + spell(rng, ni[8], v, 0.2)
    else:
        s = None
    c.a(pick(rng, ["can i take your national insurance number", "what's your ni number please",
                   "and your national insurance"]))
    if s:
        c.c(pick(rng, ["yeah it's ", "", "okay "]), (s, g))
    else:
        c.c(pick(rng, ["right ", ""]), (spell(rng, ni[:2], v, 0.5), g))
        c.a(pick(rng, BACK))
        c.c((v.digits(ni[2:5]), g), " ", (v.digits(ni[5:8]), g))
        c.a("and the letter at the end")
        c.c(pick(rng, ["it's ", ""]), (spell(rng, ni[8], v, 0.5), g))
    return c


def p_ni_correction(rng, ind):
    v = Voice(rng)
    ni = mk_ni(rng)
    c = C("positive", "call/%s: NI number, agent mishears a letter and customer corrects" % ind)
    g = c.val("NI_NUMBER", ni)
    c.a("i just need your national insurance number to go through security")
    c.c((spell(rng, ni[:2], v, 0.0) + " " + v.digits(ni[2:8]) + " " + ni[8].lower(), g))
    wrongl = "E" if ni[0] != "E" else "B"
    av = Voice(rng)
    c.a("so that's ", ((wrongl + ni[1]).lower().replace("", " ").strip() + " " + av.digits(ni[2:8]) + " " + ni[8].lower(), c.val("NI_NUMBER", wrongl + ni[1:]), "partial_letter"), " " + pick(rng, ["yeah", "correct", ""]).strip())
    c.c("no ", (ni[0].lower() + " for " + NATO.get(ni[0].lower(), "apple") + " " + ni[1].lower() + " " + v.digits(ni[2:8]) + " " + ni[8].lower(), c.val("NI_NUMBER", ni)), " " + pick(rng, ["like i said", "sorry it's a bad line", "not e"]))
    return c


def p_phone(rng, ind):
    ctry = pick(rng, ["UK", "UK", "US", "IE", "FR", "DE"])
    v = Voice(rng, uk=ctry in ("UK", "IE"))
    d, grs = mk_phone(rng, ctry)
    intl = ctry in ("FR", "DE") or (ctry == "UK" and rng.random() < 0.2)
    c = C("positive", "call/%s: %s phone number spoken in groups%s" % (ind, ctry, " with country code" if intl else ""))
    if ctry == "UK" and intl:
        d = "44" + d[1:]
        grs = ["44"] + [grs[0][1:]] + grs[1:]
    g = c.val("PHONE", d)
    c.a(pick(rng, ["what's the best number to reach you on", "and a contact number please", "can i get a callback number"]))
    parts = []
    for k, gr in enumerate(grs):
        if intl and k == 0:
            parts.append("plus " + (v.digits(gr) if rng.random() < 0.5 else two(int(gr))))
        else:
            parts.append(v.digits(gr))
    if rng.random() < 0.5:
        c.c(pick(rng, ["it's ", "my mobile is ", "yeah "]), (" ".join(parts), g), pick(rng, ["", " any time after five"]))
    else:
        c.c(pick(rng, ["okay ", ""]), (" ".join(parts[:2]), g))
        c.a(pick(rng, BACK))
        c.c((" ".join(parts[2:]), g))
    return c


def p_email(rng, ind):
    v = Voice(rng)
    e, user, dom = mk_email(rng)
    c = C("positive", "call/%s: email address spoken with dot/at/underscore" % ind)
    g = c.val("EMAIL", e)
    c.a(pick(rng, ["and what email should we send the confirmation to", "can i confirm the email on file"]))
    c.c(pick(rng, ["yeah it's ", "", "sure "]), (email_spoken(rng, user, dom, v), g))
    if rng.random() < 0.4:
        c.a("so that's ", (email_spoken(rng, user, dom, Voice(rng)), c.val("EMAIL", e)))
        c.c("that's right")
    return c


def p_dob(rng, ind):
    v = Voice(rng)
    y, m, d = rng.randint(1938, 2004), rng.randint(1, 12), rng.randint(1, 28)
    c = C("positive", "call/%s: date of birth for security, spoken form" % ind)
    g = c.val("DOB", "%04d-%02d-%02d" % (y, m, d))
    yy = "nineteen " + two(y % 100, v.zero) if y < 2000 else "two thousand and " + DW[y % 10] if y < 2010 else "two thousand " + two(y % 100)
    f = rng.randrange(4)
    if f == 0:
        s = "the " + ordinal(d) + " of " + MONTHS[m - 1] + " " + yy
    elif f == 1:
        s = MONTHS[m - 1] + " " + ordinal(d) + " " + yy
    elif f == 2:
        s = two(d, v.zero) + " " + two(m, v.zero) + " " + two(y % 100, v.zero)
    else:
        s = v.digits("%02d" % d) + " " + v.digits("%02d" % m) + " " + yy
    c.a(pick(rng, ["can you confirm your date of birth", "and your date of birth please", "what's the date of birth on the policy"]))
    c.c(pick(rng, ["it's ", "yeah ", "", "um "]), (s, g))
    return c


def p_postcode_addr_uk(rng, ind):
    v = Voice(rng)
    out, inw = mk_postcode_uk(rng)
    pc = out + inw
    n = rng.randint(1, 240)
    st = pick(rng, STREETS) + " " + pick(rng, SUFFIX_UK)
    c = C("positive", "call/%s: UK address and postcode spoken, postcode split over turns" % ind)
    ga = c.val("ADDRESS", st)
    gp = c.val("POSTCODE", pc)
    c.a("can i take the first line of the address")
    c.c(pick(rng, ["yeah it's ", "", "it's "]), (number_words(n, v) + " " + st, ga))
    c.a("and the postcode")
    c.c((spell(rng, out, v, 0.3), gp))
    c.a(pick(rng, BACK))
    c.c((spell(rng, inw, v, 0.3), gp))
    return c


def p_zip_addr_us(rng, ind):
    v = Voice(rng, uk=False)
    z = digits(rng, 5, "0123456789")
    n = rng.randint(10, 9800)
    st = pick(rng, STREETS) + " " + pick(rng, SUFFIX_US)
    c = C("positive", "call/%s: US street address and ZIP code spoken" % ind)
    ga = c.val("ADDRESS", st)
    gz = c.val("POSTCODE", z)
    ns = v.pairs(str(n)) if n >= 1000 else number_words(n, v)
    c.a("what's the billing address on the account")
    c.c((ns + " " + st, ga), " " + pick(rng, ["in", "over in"]) + " " + pick(rng, ["springfield", "dayton", "austin", "tacoma"]))
    c.a("and the zip")
    c.c(pick(rng, ["", "it's "]), (v.digits(z), gz))
    return c


def p_bank_sort(rng, ind):
    v = Voice(rng)
    acc, sc = digits(rng, 8), digits(rng, 6, "123456789")
    c = C("positive", "call/%s: UK sort code and account number for direct debit" % ind)
    gs = c.val("SORT_CODE", sc)
    ga = c.val("BANK_ACCOUNT", acc)
    c.a("to set up the direct debit i need the sort code and account number")
    scs = " ".join(two(int(sc[i:i + 2]), v.zero) for i in (0, 2, 4)) if rng.random() < 0.5 else v.digits(sc)
    c.c("sort code is ", (scs, gs))
    c.a(pick(rng, BACK))
    c.c("and the account number ", (v.digits(acc[:4]), ga), " " + pick(rng, FILL) + " ", (v.digits(acc[4:]), ga))
    c.a("thanks the first payment will be on the first of next month")
    return c


def p_sort_readback(rng, ind):
    v = Voice(rng)
    sc = digits(rng, 6, "1234679")
    acc = digits(rng, 8)
    c = C("positive", "call/%s: sort code with mis-heard digit, agent reads back, customer corrects; account in same turn" % ind)
    gs = c.val("SORT_CODE", sc)
    c.a("what's the sort code")
    c.c(pick(rng, ["it's ", "", "um "]), (v.digits(sc[:2]) + " " + pick(rng, FILL) + " " + v.digits(sc[2:]), gs))
    wrong = sc[:5] + str((int(sc[5]) + 5) % 10)
    c.a("so ", (" ".join(two(int(wrong[i:i + 2])) if wrong[i] not in "01" or wrong[i:i + 2] in ("10", "11", "12") else v.digits(wrong[i:i + 2]) for i in (0, 2, 4)), c.val("SORT_CODE", wrong)), pick(rng, ["", " yeah"]))
    ga = c.val("BANK_ACCOUNT", acc)
    c.c("no it's ", (v.digits(sc), c.val("SORT_CODE", sc)), " and account number ", (v.digits(acc), ga), " " + pick(rng, ["it's a joint account", "that's the current account", "for the monthly forty pounds"]))
    return c


def p_us_account(rng, ind):
    v = Voice(rng, uk=False)
    acc = digits(rng, rng.choice([9, 10, 11, 12]))
    c = C("positive", "call/%s: US checking account number spoken, agent reads back last digits" % ind)
    g = c.val("BANK_ACCOUNT", acc)
    c.a("what's the checking account number you'd like to use")
    c.c(pick(rng, ["okay ", "it's "]), (v.digits(acc[:5]), g))
    c.a(pick(rng, BACK))
    c.c((v.digits(acc[5:]), g))
    c.a("great that's ", (Voice(rng, uk=False).digits(acc), c.val("BANK_ACCOUNT", acc)), " correct")
    c.c("yep")
    return c


def p_iban_spoken(rng, ind):
    v = Voice(rng)
    ib = mk_iban(rng, pick(rng, ["IE", "GB", "DE", "NL"]))
    while "O" in ib:  # a spoken letter o would be ambiguous with zero
        ib = mk_iban(rng, pick(rng, ["IE", "GB", "DE", "NL"]))
    c = C("positive", "call/%s: IBAN spoken in chunks across turns" % ind)
    g = c.val("IBAN", ib)
    c.a("can you read me the iban")
    chunks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    mid = len(chunks) // 2
    c.c((" ".join(spell(rng, x, v, 0.2) for x in chunks[:mid]), g))
    c.a(pick(rng, BACK))
    c.c((" ".join(spell(rng, x, v, 0.2) for x in chunks[mid:]), g))
    return c


def p_mixed_verify(rng, ind):
    """several types in one call"""
    uk = rng.random() < 0.5
    v = Voice(rng, uk)
    c = C("positive", "call/%s: security questions - DOB and %s and phone in one call" % (ind, "NI" if uk else "SSN"))
    y, m, d = rng.randint(1945, 2003), rng.randint(1, 12), rng.randint(1, 28)
    gd = c.val("DOB", "%04d-%02d-%02d" % (y, m, d))
    c.a("first can i have your date of birth")
    c.c((pick(rng, ["the ", ""]) + ordinal(d) + " of " + MONTHS[m - 1] + " " + ("nineteen " + two(y % 100, v.zero) if y < 2000 else "two thousand and " + DW[y % 10]), gd, "exact"), " " + pick(rng, ["i'm %s now" % two(2026 - y - 1), "", "yeah"]))
    if uk:
        ni = mk_ni(rng)
        gn = c.val("NI_NUMBER", ni)
        c.a("and your national insurance number")
        c.c((spell(rng, ni[:2], v, 0.3) + " " + v.pairs(ni[2:8]) + " " + ni[8].lower(), gn))
        d2, grs = mk_phone(rng, "UK")
    else:
        s = mk_ssn(rng)
        gn = c.val("SSN", s)
        c.a("and the last four of your social")
        c.c("i can give you the whole thing ", (v.digits(s), gn))
        d2, grs = mk_phone(rng, "US")
    gp = c.val("PHONE", d2)
    c.a("and the phone number on the account")
    c.c((" ".join(v.digits(x) for x in grs), gp), " " + pick(rng, ["that's my mobile", "or my husband's", ""]).strip())
    return c


# DOB ordinal day 'two(d)' above uses e.g. 'fourteen' - still a DOB.

# ----------------------------------------------------------------- positive templates (chat)

def chat_sep(rng):
    return pick(rng, [" ", "-", "", " ", "."])


def pc_card(rng, ind):
    card = mk_card(rng)
    sep = chat_sep(rng)
    s = sep.join(card_groups(card))
    c = C("positive", "chat/%s: card typed with separator %r" % (ind, sep))
    g = c.val("CARD_NUMBER", card)
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    ge = c.val("EXPIRY", "%02d%02d" % (m, y))
    cv = digits(rng, 4 if len(card) == 15 else 3)
    gc = c.val("CVV", cv)
    c.a("Please provide the card details to complete the order of %d items." % rng.randint(2, 9))
    c.c(pick(rng, ["card: ", "its ", "ok here - ", ""]), (s, g), pick(rng, [" exp ", ", expiry ", " valid thru "]),
        (pick(rng, ["%02d/%02d", "%02d/20%02d", "%d/%02d"]) % (m, y), ge), pick(rng, [" cvv ", ", sec code ", " cvc: "]), (cv, gc))
    return c


def pc_ssn(rng, ind):
    s = mk_ssn(rng)
    f = pick(rng, ["%s-%s-%s", "%s %s %s", "%s%s%s"])
    c = C("positive", "chat/%s: SSN typed with %s" % (ind, {"%s-%s-%s": "dashes", "%s %s %s": "spaces"}.get(f, "no separators")))
    g = c.val("SSN", s)
    c.a("To verify your identity, please share your Social Security number.")
    c.c(pick(rng, ["sure, ", "ok ", "", "SSN is "]), (f % (s[:3], s[3:5], s[5:]), g), pick(rng, ["", " thx", ". my claim # is 88123"]))
    return c


def pc_ni(rng, ind):
    ni = mk_ni(rng)
    f = rng.randrange(3)
    s = [ni, "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), ni.lower()][f]
    c = C("positive", "chat/%s: NI number typed" % ind)
    g = c.val("NI_NUMBER", s.replace(" ", "").upper())
    c.a("Could you provide your National Insurance number?")
    c.c(pick(rng, ["it's ", "NI: ", "", "yes its "]), (s, g))
    return c


def pc_contact(rng, ind):
    e, user, dom = mk_email(rng)
    ctry = pick(rng, ["UK", "US", "IE"])
    d, grs = mk_phone(rng, ctry)
    sep = pick(rng, [" ", "-", ""])
    ps = sep.join(grs) if ctry != "US" or rng.random() < 0.5 else "%s) %s-%s" % tuple(grs)
    paren = "(" if ps.endswith("-" + grs[2]) and ")" in ps else ""
    c = C("positive", "chat/%s: email and %s phone typed in one message" % (ind, ctry))
    ge = c.val("EMAIL", e)
    gp = c.val("PHONE", d)
    c.a("What's the best email and phone for updates?")
    c.c("email ", (e if rng.random() < 0.7 else e.upper(), ge), pick(rng, [" and phone ", ", mob: ", " / "]) + paren, (ps, gp))
    return c


def pc_bank(rng, ind):
    c = C("positive", "chat/%s: IBAN / sort code + account typed for refund" % ind)
    if rng.random() < 0.5:
        ib = mk_iban(rng)
        g = c.val("IBAN", ib)
        c.a("Please send the IBAN for the refund of 84.50 EUR.")
        c.c(pick(rng, ["IBAN ", "here: ", ""]), (iban_typed(rng, ib), g))
    else:
        sc, acc = digits(rng, 6, "1234589"), digits(rng, 8)
        gs = c.val("SORT_CODE", sc)
        ga = c.val("BANK_ACCOUNT", acc)
        c.a("Please send your sort code and account number for the refund of £84.50.")
        c.c("sort ", (pick(rng, ["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), gs), pick(rng, [" acc ", ", account no. ", " a/c "]), (acc, ga))
    return c


def pc_address(rng, ind):
    uk = rng.random() < 0.6
    c = C("positive", "chat/%s: %s delivery address typed with postcode" % (ind, "UK" if uk else "US"))
    n = rng.randint(1, 300)
    st = pick(rng, STREETS).title() + " " + pick(rng, SUFFIX_UK if uk else SUFFIX_US).title()
    ga = c.val("ADDRESS", st)
    if uk:
        out, inw = mk_postcode_uk(rng)
        pc = out + pick(rng, [" ", "", " "]) + inw
        gp = c.val("POSTCODE", out + inw)
        c.c("new address is ", ("%d %s" % (n, st), ga), ", " + pick(rng, ["Leeds", "Bristol", "Cardiff", "Glasgow"]) + " ", (pc if rng.random() < 0.7 else pc.lower(), gp))
    else:
        z = digits(rng, 5)
        gp = c.val("POSTCODE", z)
        c.c("ship to ", ("%d %s" % (n, st), ga), ", " + pick(rng, ["Denver, CO", "Columbus, OH", "Portland, OR"]) + " ", (z, gp))
    c.a("Thanks, updated. Delivery in 3-5 working days.")
    return c


def pc_dob(rng, ind):
    y, m, d = rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28)
    c = C("positive", "chat/%s: DOB typed among other numbers" % ind)
    g = c.val("DOB", "%04d-%02d-%02d" % (y, m, d))
    s = pick(rng, ["%02d/%02d/%04d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                   "%s %d, %d" % (MONTHS[m - 1][:3].title(), d, y)])
    c.a("Please confirm your date of birth.")
    c.c(pick(rng, ["dob ", "born ", "its "]), (s, g), pick(rng, ["", ", policy renewed 2024", " - booking ref 449120"]))
    return c


def p_two_in_turn(rng, ind):
    uk = rng.random() < 0.6
    v = Voice(rng, uk)
    e, user, dom = mk_email(rng)
    d, grs = mk_phone(rng, "UK" if uk else "US")
    c = C("positive", "call/%s: phone and email in one customer turn with chit-chat between" % ind)
    gp = c.val("PHONE", d)
    ge = c.val("EMAIL", e)
    c.a("can i update your contact details while i've got you")
    c.c("yeah the mobile's ", (" ".join(v.digits(x) for x in grs), gp),
        " " + pick(rng, ["it's a new phone i got it last week", "the old one got stolen in march", "i changed network to save twenty quid"]) + " and the email is ", (email_spoken(rng, user, dom, v), ge))
    c.a("lovely both updated")
    return c


def p_ni_interrupt(rng, ind):
    v = Voice(rng)
    ni = mk_ni(rng)
    c = C("positive", "call/%s: NI reading interrupted by agent asking about a letter, customer restarts" % ind)
    c.a("national insurance number please")
    c.c((spell(rng, ni[:2], v, 0.0) + " " + v.digits(ni[2:5]), c.val("NI_NUMBER", ni[:5]), "partial_letter"))
    c.a("sorry was the first letter " + ni[0].lower() + " for " + NATO.get(ni[0].lower(), "x") + " or something else")
    c.c("yeah " + ni[0].lower() + " for " + NATO.get(ni[0].lower(), "x") + " i'll start again ", (spell(rng, ni[:2], v, 0.5) + " " + v.digits(ni[2:8]) + " " + spell(rng, ni[8], v, 0.5), c.val("NI_NUMBER", ni)))
    return c


def p_ssn_chitchat(rng, ind):
    v = Voice(rng, uk=False)
    s = mk_ssn(rng)
    y, m, d = rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28)
    c = C("positive", "call/%s: SSN and DOB mixed with amount and appointment talk" % ind)
    gd = c.val("DOB", "%04d-%02d-%02d" % (y, m, d))
    gs = c.val("SSN", s)
    c.a("i need to verify you before we talk about the %s dollar charge" % number_words(rng.randint(100, 900), v))
    c.c("sure i was born " + pick(rng, ["on ", ""]), (MONTHS[m - 1] + " " + ordinal(d) + " nineteen " + two(y % 100, v.zero), gd),
        " and my social is ", (v.digits(s[:3]) + " " + pick(rng, FILL) + " " + v.digits(s[3:5]) + " " + v.digits(s[5:]), gs),
        " " + pick(rng, ["and i've got a doctor's appointment at three so", "i've been on hold twenty minutes", "the charge was on the fifth"]))
    c.a("thank you mr %s" % pick(rng, LAST))
    return c


ASR_POS = [(p_two_in_turn, 8), (p_ni_interrupt, 6), (p_ssn_chitchat, 6), (p_card_split, 9), (p_card_correction, 6), (p_card_interrupt, 6), (p_card_cvv_exp, 8),
           (p_card_readback, 5), (p_cvv_alone, 5), (p_expiry_alone, 5), (p_ssn_spoken, 12),
           (p_ssn_last4_plus, 6), (p_ni_spoken, 12), (p_ni_correction, 5), (p_phone, 10), (p_email, 8),
           (p_dob, 8), (p_postcode_addr_uk, 7), (p_zip_addr_us, 5), (p_bank_sort, 7), (p_sort_readback, 6), (p_us_account, 4),
           (p_iban_spoken, 5), (p_mixed_verify, 8)]
CHAT_POS = [(pc_card, 10), (pc_ssn, 8), (pc_ni, 8), (pc_contact, 8), (pc_bank, 10), (pc_address, 8), (pc_dob, 6)]

# ----------------------------------------------------------------- negatives


def n_money(rng, ind):
    v = Voice(rng)
    c = C("negative", "call/%s: amounts and balances spoken" % ind)
    a, b = rng.randint(100, 999), rng.randint(10, 99)
    c.a("your current balance is %s pounds and %s pence" % (number_words(a, v), two(b)))
    c.c("and how much was the last bill")
    c.a("that was %s %s with the discount of %s percent" % (number_words(rng.randint(20, 99), v), pick(rng, ["dollars", "euro", "pounds"]), two(rng.randint(10, 40))))
    return c


def n_appointment(rng, ind):
    c = C("negative", "call/%s: appointment date and time, not a birth date" % ind)
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    c.a("i can book the engineer for the %s of %s between %s and %s" % (ordinal(d), MONTHS[m - 1], pick(rng, ["eight", "nine", "ten"]), pick(rng, ["twelve", "one", "two"])))
    c.c("the %s is fine i'm off that week" % ordinal(d))
    c.a("great that's booked for %s %s twenty %s" % (MONTHS[m - 1], ordinal(d), two(rng.randint(25, 27))))
    return c


def n_reference(rng, ind):
    v = Voice(rng)
    word = pick(rng, ["order number", "ticket number", "claim reference", "case number", "invoice number", "booking reference"])
    ref = digits(rng, rng.randint(6, 9), "123456789")
    c = C("negative", "call/%s: %s of %d digits read out" % (ind, word, len(ref)))
    c.a("do you have the %s handy" % word)
    c.c("yeah the %s is %s" % (word, v.digits(ref)))
    c.a("thanks i've found that %s" % word.split()[0])
    return c


def n_flight_room(rng, ind):
    c = C("negative", "call/travel: flight number, gate, room number and times")
    fl = pick(rng, ["b a", "e i", "f r", "u a", "a a"]) + " " + two(rng.randint(10, 99)) + " " + two(rng.randint(10, 99))
    c.c("i was on flight %s landing at %s %s" % (fl, pick(rng, ["six", "seven", "nine"]), two(rng.randint(10, 59))))
    c.a("and which room were you staying in")
    c.c("room %s on the %s floor" % (number_words(rng.randint(100, 999), Voice(rng)), ordinal(rng.randint(2, 9))))
    return c


def n_meter(rng, ind):
    v = Voice(rng)
    c = C("negative", "call/utilities: meter reading and tariff figures")
    c.a("can you read me the numbers on the meter from left to right")
    c.c(v.digits(digits(rng, 5)))
    c.a("lovely and the unit rate is %s point %s pence per kilowatt hour" % (two(rng.randint(20, 35)), DW[rng.randint(1, 9)]))
    return c


def n_speed(rng, ind):
    c = C("negative", "call/telecom: broadband speeds, data allowance and contract length")
    c.c("i'm only getting %s megs and i'm paying for %s" % (two(rng.randint(2, 40)), number_words(rng.choice([150, 500, 900]), Voice(rng))))
    c.a("i can see you're %s months into a %s month contract" % (pick(rng, ["seven", "nine", "eleven", "fourteen", "sixteen"]), pick(rng, ["twelve", "twenty four"])))
    c.c("and it's %s gig of data on the mobile" % two(rng.randint(10, 99)))
    return c


def n_model(rng, ind):
    c = C("negative", "call/retail: model numbers, quantities and prices")
    c.c("it's the %s model %s %s %s" % (pick(rng, ["washing machine", "telly", "fridge freezer"]), pick(rng, ["w m", "k d", "r b"]), two(rng.randint(10, 99)), DW[rng.randint(1, 9)]))
    c.a("and you ordered %s of those at %s ninety nine each" % (pick(rng, ["two", "three", "four"]), number_words(rng.randint(200, 900), Voice(rng))))
    return c


def n_age_temp(rng, ind):
    c = C("negative", "call/healthcare billing: ages, temperature, durations")
    c.c("my mum's %s and she had a temperature of %s point %s" % (two(rng.randint(60, 95)), two(rng.randint(37, 40)), DW[rng.randint(1, 9)]))
    c.a("i'm sorry to hear that and how long was the stay")
    c.c("%s nights and we were on hold for %s minutes trying to get through" % (pick(rng, ["three", "four", "eleven"]), two(rng.randint(20, 59))))
    return c


def n_years(rng, ind):
    c = C("negative", "call/insurance: years, policy start date and claim count")
    y = rng.randint(2010, 2024)
    c.c("i've been with you since %s and never made a claim" % ("twenty " + two(y % 100) if rng.random() < 0.5 else "two thousand and " + two(y % 100)))
    c.a("the policy started on the %s of %s and renews for %s pounds a month" % (ordinal(rng.randint(1, 28)), pick(rng, MONTHS), two(rng.randint(12, 60))))
    return c


def n_time(rng, ind):
    c = C("negative", "call/government services: opening times, counts and percentage")
    c.a("the office is open from %s till %s thirty and there are %s people ahead of you" % (pick(rng, ["eight", "nine"]), pick(rng, ["four", "five"]), two(rng.randint(11, 40))))
    c.c("and what percentage of the grant is that")
    c.a("it's %s percent up to %s thousand" % (two(rng.randint(20, 80)), pick(rng, ["five", "ten", "twenty"])))
    return c


def nc_chat(rng, ind):
    f = rng.randrange(8)
    c = C("negative", "chat/%s: typed lookalike numbers (variant %d)" % (ind, f))
    if f == 0:
        c.c("Order #%s still hasn't arrived, it was £%d.%02d" % (digits(rng, 8, "123456789"), rng.randint(10, 300), rng.randint(0, 99)))
        c.a("Sorry about that! It's due %02d/%02d/2026 between 08:00-12:00." % (rng.randint(1, 28), rng.randint(1, 12)))
    elif f == 1:
        c.c("My invoice no. INV-%s shows %d.%d%% interest??" % (digits(rng, 7), rng.randint(10, 29), rng.randint(0, 9)))
        c.a("That rate applies from 1 April 2025 on balances over $%s." % "{:,}".format(rng.randint(1000, 25000)))
    elif f == 2:
        c.c("flight FR%d delayed %d hrs, gate %d, seat %d%s" % (rng.randint(100, 9999), rng.randint(2, 9), rng.randint(1, 60), rng.randint(1, 33), rng.choice("ABCDEF")))
        c.a("I've logged case %s for compensation of €%d." % (digits(rng, 8, "123456789"), rng.choice([250, 400, 600])))
    elif f == 3:
        c.c("Speed test says %d.%d Mbps down / %d up, ping %dms" % (rng.randint(1, 90), rng.randint(0, 9), rng.randint(1, 20), rng.randint(8, 80)))
        c.a("Your plan is 500 Mbps and 24-month contract started 03/2024.")
    elif f == 4:
        c.c("Meter reading: %s (taken %d Jan at 7:45pm)" % (digits(rng, 5), rng.randint(1, 28)))
        c.a("Thanks, your estimated bill is £%d.%02d for %d kWh." % (rng.randint(40, 200), rng.randint(0, 99), rng.randint(200, 900)))
    elif f == 5:
        c.c("Ordered %d x model XR-%d in size %d, ticket %s" % (rng.randint(1, 5), rng.randint(100, 999), rng.randint(6, 12), digits(rng, 6, "123456789")))
        c.a("Refund of $%d.%02d issued; allow 3-5 business days." % (rng.randint(10, 200), rng.randint(0, 99)))
    elif f == 6:
        c.c("my son is %d and needs the %d:15 appointment, room %d" % (rng.randint(3, 17), rng.randint(9, 16), rng.randint(100, 450)))
        c.a("Booked for %s %d at %d:15. Reference %s." % (MONTHS[rng.randint(0, 11)].title(), rng.randint(1, 28), rng.randint(9, 16), digits(rng, 7, "123456789")))
    else:
        c.c("Balance shows -$%d.%02d since %d, claim %s" % (rng.randint(10, 900), rng.randint(0, 99), rng.randint(2015, 2025), digits(rng, 9, "123456789")))
        c.a("That claim was paid on 14/02/2025 for £%s." % "{:,}".format(rng.randint(1000, 9000)))
    return c


def n_disfluent(rng, ind):
    v = Voice(rng)
    c = C("negative", "call/%s: disfluent amounts, payment date and durations with self-correction" % ind)
    a1, a2 = rng.randint(120, 480), rng.randint(120, 480)
    c.c("the bill was um %s no sorry %s pounds and it came out on the %s of %s" % (number_words(a1, v), number_words(a2, v), ordinal(rng.randint(1, 28)), pick(rng, MONTHS)))
    c.a("mhm")
    c.c("and i've been with you %s years since %s i've never been late" % (pick(rng, ["twelve", "fifteen", "nine"]), pick(rng, ["two thousand and eleven", "twenty fourteen", "nineteen ninety nine"])))
    c.a("i can take %s off and spread the rest over %s months at %s a month" % (two(rng.randint(20, 60)), pick(rng, ["six", "ten", "twelve"]), two(rng.randint(21, 49))))
    return c


def n_travel_mix(rng, ind):
    v = Voice(rng)
    c = C("negative", "call/travel: booking with departure date, times, luggage weight, passengers")
    c.c("we fly out on the %s of %s at %s forty five there's %s of us" % (ordinal(rng.randint(1, 28)), pick(rng, MONTHS), pick(rng, ["six", "ten", "eleven"]), pick(rng, ["four", "five", "three"])))
    c.a("okay and each bag is up to %s kilos the upgrade is %s euro per person" % (pick(rng, ["twenty", "twenty three", "fifteen"]), number_words(rng.randint(40, 199), v)))
    c.c("and the booking reference is %s" % spell(rng, rng.choice(["X", "K", "T", "R"]) + digits(rng, 5, "123456789"), v, 0.0))
    return c


ASR_NEG = [(n_disfluent, 8), (n_travel_mix, 6), (n_money, 8), (n_appointment, 8), (n_reference, 10), (n_flight_room, 6), (n_meter, 6),
           (n_speed, 6), (n_model, 6), (n_age_temp, 6), (n_years, 6), (n_time, 6)]
CHAT_NEG = [(nc_chat, 34)]

# ----------------------------------------------------------------- normalisation / validation

WORD2D = {w: str(i) for i, w in enumerate(DW)}
WORD2D.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "to": "2", "too": "2", "for": "4",
               "ate": "8", "won": "1", "niner": "9"})
TEEN2 = {w: 10 + i for i, w in enumerate(TEENS)}
TENS2 = {w: k for k, w in TENS.items()}
ORD2 = {w: k for k, w in ORD.items()}
FILLERS = {"um", "uh", "er", "erm", "no", "sorry", "wait", "i", "mean", "scratch", "that", "slash",
           "of", "the", "and", "then", "dash", "hundred", "plus", "thousand", "two_thousand"}
NATO2 = {}
for k, w in NATO.items():
    NATO2[w] = k
for k, w in NAMEW.items():
    NATO2[w] = k


def tokens(text):
    return re.findall(r"[a-z0-9]+(?:-ray)?|[@._+]", text.lower())


def norm(text, mode):
    """mode: digits | alnum | date"""
    t = tokens(text)
    out, i = [], 0
    while i < len(t):
        w = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else None
        if (mode == "alnum" and len(w) == 1 and w.isalpha() and w != "o" and nxt in ("for", "as", "like")
                and i + 2 < len(t) and t[i + 2] not in WORD2D and t[i + 2] not in TENS2 and t[i + 2] not in TEEN2):
            out.append(w.upper()); i += 3; continue
        if mode == "alnum" and w in ("double", "triple") and nxt and len(nxt) == 1 and nxt.isalpha() and nxt != "o":
            out.append(nxt.upper() * (2 if w == "double" else 3)); i += 2; continue
        if w in ("double", "triple") and nxt in WORD2D:
            out.append(WORD2D[nxt] * (2 if w == "double" else 3)); i += 2; continue
        if w == "two" and nxt == "thousand":
            # 'two thousand and five' / 'two thousand twelve'
            j = i + 2
            if j < len(t) and t[j] == "and":
                j += 1
            if j < len(t) and t[j] in TEEN2:
                out.append("20" + str(TEEN2[t[j]])); i = j + 1; continue
            if j < len(t) and t[j] in TENS2:
                u = 0
                if j + 1 < len(t) and t[j + 1] in DW[1:]:
                    u = DW.index(t[j + 1]); j += 1
                out.append("20" + str(TENS2[t[j - (1 if u else 0)]] * 10 + u)); i = j + 1; continue
            if j < len(t) and t[j] in DW:
                out.append("200" + str(DW.index(t[j]))); i = j + 1; continue
        if w in TENS2:
            val = TENS2[w] * 10
            if nxt in DW[1:]:
                out.append(str(val + DW.index(nxt))); i += 2; continue
            if mode == "date" and nxt in ORD2 and ORD2[nxt] < 10:
                out.append(str(val + ORD2[nxt])); i += 2; continue
            out.append(str(val)); i += 1; continue
        if w in TEEN2:
            out.append(str(TEEN2[w])); i += 1; continue
        if mode == "date" and w in ORD2:
            out.append(str(ORD2[w])); i += 1; continue
        if mode == "date" and w in MONTHS:
            out.append(str(MONTHS.index(w) + 1)); i += 1; continue
        if mode == "date" and w[:3] in [m[:3] for m in MONTHS] and w.isalpha():
            out.append(str([m[:3] for m in MONTHS].index(w[:3]) + 1)); i += 1; continue
        if w.isdigit():
            out.append(w); i += 1; continue
        if w in WORD2D:
            out.append(WORD2D[w]); i += 1; continue
        if mode == "alnum" and w in NATO2:
            out.append(NATO2[w].upper()); i += 1; continue
        if mode == "alnum" and w.isalnum() and (len(w) == 1 or w not in FILLERS):
            out.append(w.upper()); i += 1; continue
        i += 1
    return "".join(out)


def norm_email(text):
    if "@" in text:
        return text.strip().lower()
    t = text.lower().split()
    out, i = [], 0
    while i < len(t):
        w = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else None
        if w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w == "nineteen" and nxt in TENS2:
            out.append("19" + norm(" ".join(t[i + 1:i + 3]), "digits")[:2]); i += 3 if (i + 2 < len(t) and t[i + 2] in DW[1:]) else 2; continue
        elif w != "o" and (w in ("double", "triple") or w in WORD2D) or w in TENS2 or w in TEEN2:
            j = i
            while j < len(t) and t[j] != "o" and (t[j] in ("double", "triple") or t[j] in WORD2D or t[j] in TENS2 or t[j] in TEEN2):
                j += 1
            out.append(norm(" ".join(t[i:j]), "digits")); i = j; continue
        else:
            out.append(w)
        i += 1
    return "".join(out)


EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def valid_canon(typ, canon):
    if typ == "CARD_NUMBER":
        return canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "CVV":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ == "EXPIRY":
        return len(canon) == 4 and 1 <= int(canon[:2]) <= 12
    if typ == "SSN":
        return canon.isdigit() and len(canon) == 9 and canon[:3] not in ("000", "666") and canon[0] != "9" and canon[3:5] != "00" and canon[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(canon)) and canon[:2] not in NI_BAD
    if typ == "BANK_ACCOUNT":
        return canon.isdigit() and 6 <= len(canon) <= 12
    if typ == "SORT_CODE":
        return canon.isdigit() and len(canon) == 6
    if typ == "IBAN":
        return iban_ok(canon)
    if typ == "PHONE":
        return canon.isdigit() and 10 <= len(canon) <= 13
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(canon))
    if typ == "DOB":
        y, m, d = map(int, canon.split("-"))
        date(y, m, d)
        return 1930 <= y <= 2008
    if typ == "POSTCODE":
        return bool(UK_PC_RE.match(canon)) or bool(re.match(r"^\d{5}(\d{4})?$", canon))
    if typ == "ADDRESS":
        return bool(canon.strip())
    return False


MODE = {"CARD_NUMBER": "digits", "CVV": "digits", "SSN": "digits", "BANK_ACCOUNT": "digits",
        "SORT_CODE": "digits", "PHONE": "digits", "EXPIRY": "date", "DOB": "date",
        "NI_NUMBER": "alnum", "IBAN": "alnum", "POSTCODE": "alnum"}


def is_subseq(small, big):
    it = iter(big)
    return all(ch in it for ch in small)


def validate_case(c, problems, cid):
    groups = {}
    for ti, s, e, typ, gid, mode in c.spans:
        groups.setdefault(gid, []).append((ti, s, e, mode))
    for gid, typ_canon in enumerate(c.vals):
        typ, canon = typ_canon
        if gid not in groups:
            problems.append("%s: value %d unused" % (cid, gid)); continue
        try:
            if not valid_canon(typ, canon):
                if not any(m == "partial_letter" for *_, m in groups[gid]):
                    problems.append("%s: invalid canonical %s %r" % (cid, typ, canon))
        except Exception as ex:  # bad date
            problems.append("%s: invalid canonical %s %r (%s)" % (cid, typ, canon, ex))
        whole, sub = [], False
        for ti, s, e, mode in sorted(groups[gid]):
            text = c.turns[ti]["text"][s:e]
            if mode in ("partial", "partial_letter"):
                if typ in MODE and norm(text, MODE[typ]) not in canon:
                    problems.append("%s: partial %r not in %r" % (cid, text, canon))
                continue
            whole.append(text)
            sub = sub or mode == "subseq"
        if not whole:
            continue
        joined = " ".join(whole)
        if typ == "EMAIL":
            got = norm_email(joined)
            ok = got == canon.lower()
        elif typ == "ADDRESS":
            tk = tokens(joined)
            ok = bool(tk) and (tk[0].isdigit() or tk[0] in WORD2D or tk[0] in TENS2 or tk[0] in TEEN2) and any(x in SUFFIX_ALL for x in tk) and canon.lower() in joined.lower()
            got = joined
        elif typ == "EXPIRY":
            got = norm(joined, "date")
            m, y = int(canon[:2]), int(canon[2:])
            ok = got in ("%02d%02d" % (m, y), "%d%02d" % (m, y), "%02d20%02d" % (m, y), "%d20%02d" % (m, y))
        elif typ == "DOB":
            got = norm(joined, "date")
            y, m, d = map(int, canon.split("-"))
            ok = (str(y) in got or ("%02d" % (y % 100)) in got) and str(d) in got and str(m) in got
        else:
            got = norm(joined, "digits" if typ == "POSTCODE" and canon.isdigit() else MODE[typ])
            ok = is_subseq(canon, got) and len(got) > len(canon) if sub else got == canon
        if not ok:
            problems.append("%s: %s span text %r normalises to %r, expected %r" % (cid, typ, joined, got, canon))


# ----------------------------------------------------------------- build

def build():
    rng = random.Random(SEED)
    pos, neg = [], []
    for pool, n_ind, store in ((ASR_POS, IND_ASR, pos), (CHAT_POS, IND_ASR, pos), (ASR_NEG, IND_ASR, neg), (CHAT_NEG, IND_ASR, neg)):
        for fn, n in pool:
            for _ in range(n):
                store.append(fn(rng, rng.choice(n_ind)))
    rng.shuffle(pos)
    rng.shuffle(neg)
    recs, objs = [], []
    for k, c in enumerate(pos, 1):
        recs.append(c.record("h298-pos-%03d" % k)); objs.append(c)
    for k, c in enumerate(neg, 1):
        recs.append(c.record("h298-neg-%03d" % k)); objs.append(c)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    return text, recs, objs


def counts(recs):
    cnt = Counter(s["type"] for r in recs for s in r["spans"])
    npos = sum(r["kind"] == "positive" for r in recs)
    return cnt, npos, len(recs) - npos


def readme(recs):
    cnt, npos, nneg = counts(recs)
    asr = sum(1 for r in recs if r["note"].startswith("call/"))
    lines = [
        "# PII hold-out set h298",
        "",
        "**Never use this set for tuning.** It is a held-out evaluation set; do not adjust the",
        "redactor, its patterns or thresholds by looking at these cases.",
        "",
        "## Who wrote it and how",
        "",
        "Written by an AI helper acting as an independent author. The author did not see the",
        "redaction code, its tests, its docs or other evaluation sets; it only saw a three-line",
        "example of the JSONL format. All cases come from template functions in",
        "`scripts/make_pii_holdout298.py`; every turn is assembled from plain-text segments and",
        "labelled value segments, so offsets are computed, never typed. Values come from one",
        "`random.Random(%d)`; output is byte-for-byte reproducible." % SEED,
        "`python scripts/make_pii_holdout298.py --check` regenerates and verifies the file, ids,",
        "offsets, word boundaries, overlaps, and validates every value after normalising spoken",
        "forms (Luhn, mod-97, NI format, SSN rules, digit counts, postcode shapes).",
        "",
        "About two thirds of the cases (%d of %d) are phone calls written as a speech recogniser" % (asr, len(recs)),
        "would: lower case, no punctuation, digits as words ('oh', 'o', 'nought', 'zero'), 'double'",
        "/'triple', pairs ('forty one'), ASR homophones ('to'/'too' for two, 'for' for four, 'ate'",
        "for eight, 'won' for one), letters with phonetics ('b for bravo', 's for sugar'), values",
        "split across turns with back-channels, self-corrections, agent interruptions and read-backs.",
        "The rest are typed chat messages.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value from its first to its last token, including fillers ('um'),",
        "  'double'/'triple', phonetic expansions ('c for charlie') and in-line self-corrections",
        "  ('... no sorry ...') that sit inside the reading. Lead-ins ('it's', 'sort code is') are outside.",
        "- A value split over several turns is labelled as one span per turn (same type).",
        "- Agent read-backs of a value are labelled with the value's type, including partial ones",
        "  ('i've got four five ...') and mis-heard ones (agent reads back a sort code or NI number",
        "  with one wrong character; it is still a full value of that shape). A reading that the",
        "  customer abandons half way ('b s two one eight' ... 'i'll start again') is labelled too.",
        "- A single letter or digit mentioned on its own (e.g. 'was it b for bravo') is not labelled.",
        "- ADDRESS = house number + street name + street type only; town/city is not labelled;",
        "  the postcode/ZIP is a separate POSTCODE span.",
        "- EXPIRY covers month and year; DOB covers the whole date. Dates that are not birth dates",
        "  (appointments, payments, contract starts) are never labelled.",
        "- PHONE includes a spoken/typed country code ('plus four four'). Every span starts and ends",
        "  on a letter or digit, so a typed US '(912) 723-5365' is labelled from '912' (the opening",
        "  bracket is outside; scoring only looks at letters/digits).",
        "- Negatives contain only non-PII numbers (money, times, durations, counts, percentages,",
        "  years, reference/order/claim numbers of at most 10 digits said with their reference word,",
        "  flight/room/model numbers, meter readings, speeds, ages, temperatures, balances).",
        "",
        "## Counts",
        "",
        "- positive cases: %d" % npos,
        "- negative cases: %d" % nneg,
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, cnt.get(t, 0)))
    lines.append("")
    return "\n".join(lines)


def check():
    text, recs, objs = build()
    problems = []
    try:
        with open(OUT, encoding="utf-8") as f:
            on_disk = f.read()
        if on_disk != text:
            problems.append("cases.jsonl differs from regenerated output")
    except OSError as ex:
        problems.append("cannot read %s: %s" % (OUT, ex))
    try:
        with open(README, encoding="utf-8") as f:
            if f.read() != readme(recs):
                problems.append("README.md differs from regenerated output")
    except OSError as ex:
        problems.append("cannot read README: %s" % ex)
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for r, c in zip(recs, objs):
        cid = r["id"]
        if r["kind"] == "negative" and r["spans"]:
            problems.append("%s: negative with spans" % cid)
        if r["kind"] == "positive" and not r["spans"]:
            problems.append("%s: positive without spans" % cid)
        for tn in r["turns"]:
            if tn["speaker"] not in ("agent", "customer"):
                problems.append("%s: bad speaker" % cid)
        by_turn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type" % cid)
            if not (0 <= s["turn"] < len(r["turns"])):
                problems.append("%s: turn out of range" % cid); continue
            t = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                problems.append("%s: offsets out of range" % cid); continue
            if not (t[a].isalnum() and t[b - 1].isalnum()):
                problems.append("%s: span %r does not start/end on alnum" % (cid, t[a:b]))
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                problems.append("%s: span %r not on word boundary" % (cid, t[a:b]))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append("%s: overlapping spans" % cid)
        validate_case(c, problems, cid)
    cnt, npos, nneg = counts(recs)
    print("cases: %d positive, %d negative" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt.get(t, 0)))
    if npos < 170 or nneg < 100:
        problems.append("too few cases")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt.get(t, 0) < need:
            problems.append("type %s has %d spans < %d" % (t, cnt.get(t, 0), need))
    for p in problems[:60]:
        print("PROBLEM:", p)
    print("%d problem(s)" % len(problems))
    return 1 if problems else 0


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    text, recs, _ = build()
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(recs))
    cnt, npos, nneg = counts(recs)
    print("wrote %s: %d positive, %d negative" % (OUT, npos, nneg))


if __name__ == "__main__":
    main()

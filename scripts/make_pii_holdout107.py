#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout107``.

Written by an independent author (AI helper) who did not see the redaction
code. Standard library only; output is byte-for-byte reproducible.

    python scripts/make_pii_holdout107.py          # write fixture + README
    python scripts/make_pii_holdout107.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 107241126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout107"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h107"
N_POS = 204
N_NEG = 112
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- values
DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MISHEAR = {"four": "for", "two": "to", "eight": "ate", "one": "won"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango",
        "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu", "q": "quebec", "u": "uniform"}
FORWORD = {"a": "apple", "b": "bob", "c": "charlie", "e": "edward", "g": "george", "h": "harry",
           "j": "james", "k": "king", "l": "london", "m": "mother", "n": "nancy", "p": "peter",
           "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "y": "yellow", "z": "zebra"}
HOMO = {"b": "bee", "c": "see", "j": "jay", "k": "kay", "p": "pee", "r": "are", "t": "tea",
        "w": "double you", "y": "why", "z": "zed", "g": "gee", "e": "e", "a": "a", "h": "aitch",
        "s": "ess", "m": "em", "n": "en", "l": "el", "x": "ex"}
FIRST = ["john", "sarah", "mike", "aoife", "priya", "tom", "grace", "liam", "emma", "raj",
         "siobhan", "dave", "olivia", "marcus", "chloe", "sean", "fatima", "ben", "lucy", "kevin"]
LAST = ["smith", "murphy", "patel", "jones", "obrien", "nguyen", "walsh", "taylor", "garcia",
        "kelly", "brown", "khan", "wilson", "byrne", "lee", "evans", "moore", "clarke"]
DOMAINS = [("gmail", "com"), ("yahoo", "co.uk"), ("hotmail", "com"), ("outlook", "com"),
           ("icloud", "com"), ("eircom", "net"), ("btinternet", "com"), ("aol", "com"),
           ("protonmail", "com"), ("live", "ie")]
STREETS = ["elm", "station", "church", "victoria", "maple", "high", "oak", "mill", "park",
           "castle", "green", "orchard", "willow", "kings", "chapel", "lincoln", "cedar", "main"]
SUFFIX = ["street", "road", "avenue", "lane", "drive", "close", "way", "crescent", "court",
          "boulevard", "terrace", "place"]
SUFFIX_RE = "|".join(SUFFIX + ["st", "rd", "ave", "ln", "dr", "blvd"])


def digits(n, first=None):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    return (first + s[len(first):]) if first else s


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


def card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    pre, n = {"visa": ("4", 16), "mc": (R.choice(["51", "53", "55", "22"]), 16),
              "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16),
              "visa13": ("4", 13), "maestro": ("6759", 19)}[kind]
    body = pre + digits(n - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban(cc):
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6) + digits(8)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + digits(6) + digits(8)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "FR":
        bban = digits(10) + "".join(R.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(1)) + digits(10) + digits(2)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    else:  # ES
        bban = digits(20)
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


NI_OK = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        a, b = R.choice(NI_OK), R.choice(NI_OK.replace("O", ""))
        if a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return a + b + digits(6) + R.choice("ABCD")


def ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


def uk_postcode():
    area = R.choice(["SW", "M", "B", "LS", "EH", "G", "CF", "BS", "NE", "L", "RG", "SE",
                     "N", "W", "E", "CB", "BT", "NG", "LE", "PR", "KT", "TW", "HA"])
    inward = str(R.randrange(1, 10)) + "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    pat = R.random()
    if pat < 0.15 and len(area) <= 2 and area in ("SW", "W", "E", "N", "SE"):
        outward = area + str(R.randrange(1, 10)) + R.choice("ABHNPRW")
    elif pat < 0.5:
        outward = area + str(R.randrange(1, 10))
    else:
        outward = area + str(R.randrange(10, 30))
    return outward + " " + inward


UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
ZIP_RE = re.compile(r"\d{5}(\d{4})?")


def zipcode():
    return "%05d" % R.randrange(1001, 99950)


def phone(region):
    if region == "uk":
        return "07" + R.choice(["7", "8", "9", "4", "5"]) + digits(8)
    if region == "ukland":
        return "0" + R.choice(["161", "121", "113", "117", "131", "141", "191"]) + digits(7)
    if region == "us":
        return str(R.randrange(2, 10)) + digits(2) + str(R.randrange(2, 10)) + digits(6)
    if region == "ie":
        return "08" + R.choice("35679") + digits(7)
    raise ValueError(region)


# ---------------------------------------------------------------- speech
class Voice:
    """Per-case speaking habits (zero word, doubling, mishearing)."""

    def __init__(self, uk=True, asr=True):
        self.zero = R.choice(["oh", "oh", "o", "zero", "nought"] if uk else ["oh", "zero", "o", "zero"])
        self.doubles = R.random() < 0.55
        self.mishear = asr and R.random() < 0.35
        self.asr = asr

    def dword(self, d, allow_mis=True):
        w = self.zero if d == "0" else DIG[int(d)]
        if allow_mis and self.mishear and w in MISHEAR and R.random() < 0.3:
            w = MISHEAR[w]
        return w

    def digits(self, s, allow_mis=True, doubles=None):
        doubles = self.doubles if doubles is None else doubles
        out, i = [], 0
        while i < len(s):
            d = s[i]
            if doubles and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < 0.7:
                out.append("triple " + self.dword(d, allow_mis))
                i += 3
            elif doubles and i + 1 < len(s) and s[i + 1] == d:
                out.append("double " + self.dword(d, allow_mis))
                i += 2
            else:
                out.append(self.dword(d, allow_mis))
                i += 1
        return " ".join(out)

    def pair(self, p):
        a, b = p
        if a == "0":
            if b == "0":
                return "double " + self.zero if self.doubles else self.zero + " " + self.zero
            return self.zero + " " + DIG[int(b)]
        if a == "1":
            return TEENS[int(b)]
        return TENS[int(a)] + ("" if b == "0" else " " + DIG[int(b)])

    def pairs(self, s):
        chunks = [s[i:i + 2] for i in range(0, len(s), 2)]
        out = []
        for c in chunks:
            out.append(self.pair(c) if len(c) == 2 else self.dword(c, False))
        return " ".join(out)

    def groups(self, s, sizes, sep=" ", filler=0.0):
        out, i = [], 0
        for n in sizes:
            g = s[i:i + n]
            i += n
            out.append(self.digits(g))
        res = out[0]
        for g in out[1:]:
            res += sep + (R.choice(["um ", "uh ", "er "]) if R.random() < filler else "") + g
        return res

    def letter(self, ch, mode):
        c = ch.lower()
        if mode == "nato" and c in NATO:
            return "%s for %s" % (c, NATO[c])
        if mode == "as" and c in FORWORD:
            return "%s for %s" % (c, FORWORD[c])
        if mode == "homo" and c in HOMO:
            return HOMO[c]
        return c

    def alnum(self, s, mode="plain"):
        saved = self.zero
        if self.zero == "o":
            self.zero = "oh"
        try:
            return self._alnum(s, mode)
        finally:
            self.zero = saved

    def _alnum(self, s, mode):
        out, i = [], 0
        while i < len(s):
            ch = s[i]
            if ch.isdigit():
                j = i
                while j < len(s) and s[j].isdigit():
                    j += 1
                out.append(self.digits(s[i:j], allow_mis=False))
                i = j
            elif ch == " ":
                i += 1
            else:
                m = mode if mode != "mixed" else R.choice(["plain", "nato", "homo", "plain"])
                out.append(self.letter(ch, m))
                i += 1
        return " ".join(out)


def alnum_pairs(v, s):
    saved = v.zero
    if v.zero == "o":
        v.zero = "oh"
    try:
        return v.pairs(s)
    finally:
        v.zero = saved


def split_sizes(n):
    if n == 16:
        return [4, 4, 4, 4]
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 3, 3, 3]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [n]


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


def say_year(v, y):
    if y >= 2000:
        return "two thousand" + ("" if y == 2000 else " and " + DIG[y - 2000])
    return v.pairs(str(y))


def say_date_dob(v, y, m, d, us=False):
    r = R.random()
    if r < 0.35:
        return "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(v, y)) if R.random() < 0.5 else \
            "%s %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(v, y))
    if r < 0.55:
        return "%s the %s %s" % (MONTHS[m - 1], ORD[d - 1], say_year(v, y))
    if r < 0.8:
        a, b = (m, d) if us else (d, m)
        return "%s %s %s" % (v.pair("%02d" % a), v.pair("%02d" % b), v.pairs(str(y)[2:]))
    a, b = (m, d) if us else (d, m)
    return "%s %s %s" % (v.digits("%02d" % a, False), v.digits("%02d" % b, False), say_year(v, y))


def dob_val():
    return R.randrange(1938, 2004), R.randrange(1, 13), R.randrange(1, 29)


# ---------------------------------------------------------------- case building
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []  # list of (speaker, [segments])
        self.groups = {}  # gid -> (type, full: bool)
        self._g = 0

    def val(self, text, typ, gid=None, full=True):
        if gid is None:
            self._g += 1
            gid = self._g
            self.groups[gid] = (typ, full)
        return (text, typ, gid)

    def newgroup(self, typ, full=True):
        self._g += 1
        self.groups[self._g] = (typ, full)
        return self._g

    def say(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def a(self, *segs):
        self.say("agent", *segs)

    def c(self, *segs):
        self.say("customer", *segs)

    def render(self, cid):
        turns, spans, gspans = [], [], []
        for ti, (sp, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    st = len(text)
                    text += s[0]
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": s[1]})
                    gspans.append(s[2])
                else:
                    text += s
            turns.append({"speaker": sp, "text": text})
        order = sorted(range(len(spans)), key=lambda k: (spans[k]["turn"], spans[k]["start"]))
        spans = [spans[k] for k in order]
        gspans = [gspans[k] for k in order]
        rec = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return rec, gspans


BACK = ["mhm", "okay go on", "yep", "yeah", "okay", "got that", "right", "uh huh", "go ahead",
        "okay and", "sorry go on", "perfect"]
FILL = ["um", "uh", "er", "erm"]


def back():
    return R.choice(BACK)


def fil():
    return R.choice(FILL) + " "


def opt_fil(p=0.3):
    return fil() if R.random() < p else ""


INDUSTRY_CALL = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
                 "healthcare billing", "government services", "broadband", "energy"]


# ---------------------------------------------------------------- positive templates (calls)
def p_card_one_turn():
    v = Voice(uk=R.random() < 0.6)
    n = card()
    c = Case("positive", "")
    ind = R.choice(["telecom", "retail", "utilities", "travel"])
    c.a(R.choice(["okay and the long number across the front of the card please",
                  "can i take the card number please", "go ahead with the card number when you're ready"]))
    style = R.random()
    if style < 0.5:
        spoken = v.groups(n, split_sizes(len(n)), sep=R.choice([" ", " ", " um ", " uh "]))
        how = "digit by digit"
    elif style < 0.75:
        spoken = v.pairs(n)
        how = "read in pairs like 'forty one eleven'"
    else:
        sz = split_sizes(len(n))
        parts = chunks(n, sz)
        spoken = " ".join(v.pairs(p) if k % 2 else v.digits(p) for k, p in enumerate(parts))
        # pair-chunks ending in 0 followed by digit chunk could merge; force digits then
        spoken = " ".join(v.digits(p) if (k % 2 == 0 or p.endswith("0")) else v.pairs(p)
                          for k, p in enumerate(parts))
        how = "mix of single digits and pairs"
    c.c(R.choice(["yeah it's ", "okay so ", "right ", "", "um it's "]), c.val(spoken, "CARD_NUMBER"),
        R.choice(["", " and that's a visa" if n[0] == "4" else " it's a debit card", " have you got that", " i think"]))
    c.note = "call/%s: card %d digits %s, zero as '%s'" % (ind, len(n), how, v.zero)
    return c


def p_card_split():
    v = Voice(uk=R.random() < 0.5)
    n = card()
    c = Case("positive", "")
    g = c.newgroup("CARD_NUMBER")
    c.a("okay when you're ready go ahead with the card number")
    parts = chunks(n, split_sizes(len(n)))
    lead = R.choice(["right ", "okay it's ", "so ", "", "yeah "])
    for k, p in enumerate(parts):
        tail = R.choice(["", "", " um", " uh", " yeah"])
        c.c(lead if k == 0 else "", c.val(v.digits(p), "CARD_NUMBER", g), tail)
        if k < len(parts) - 1:
            if k == len(parts) - 2 and R.random() < 0.5:
                c.a("and the last %s" % DIG[len(parts[-1])])
            else:
                c.a(back())
    extra = ""
    if R.random() < 0.5:
        g2 = c.newgroup("CARD_NUMBER", full=False)
        c.a("so that's ending ", c.val(v.digits(n[-4:], allow_mis=False), "CARD_NUMBER", g2), " yeah")
        c.c("that's right")
        extra = ", agent reads back last four"
    c.note = "call/%s: card split over %d customer turns with back-channels%s" % (
        R.choice(INDUSTRY_CALL), len(parts), extra)
    return c


def p_card_restart():
    v = Voice()
    n = card()
    c = Case("positive", "")
    k = R.choice([4, 6, 8])
    c.a("can i take the long card number please")
    g1 = c.newgroup("CARD_NUMBER", full=False)
    c.c("yeah it's ", c.val(v.digits(n[:k]), "CARD_NUMBER", g1), " " + R.choice(
        ["hang on sorry let me start again", "no wait sorry i've lost my place", "sorry start again"]),
        " ", c.val(v.groups(n, split_sizes(len(n))), "CARD_NUMBER"))
    c.a("lovely thank you")
    c.note = "call/%s: caller restarts card reading mid-way in same turn; fragment labelled too" % R.choice(
        INDUSTRY_CALL)
    return c


def p_card_interrupt():
    v = Voice()
    n = card()
    c = Case("positive", "")
    parts = chunks(n, split_sizes(len(n)))
    c.a("and the card number")
    g = c.newgroup("CARD_NUMBER")
    first = parts[0] + parts[1][:2]
    c.c(c.val(v.digits(first), "CARD_NUMBER", c.newgroup("CARD_NUMBER", False)), R.choice(["", " uh"]))
    c.a(R.choice(["sorry you're breaking up a little could you start that again",
                  "sorry sorry can you go a bit slower for me", "sorry i missed that can you repeat"]))
    c.c("yeah sorry ", c.val(v.digits(parts[0]), "CARD_NUMBER", g))
    c.a(back())
    c.c(c.val(v.digits("".join(parts[1:-1])), "CARD_NUMBER", g))
    c.a(R.choice(["and the last four", "mhm and then", "okay last bit"]))
    c.c(c.val(v.digits(parts[-1]), "CARD_NUMBER", g))
    c.note = "call/%s: agent interrupts mid card reading, caller restarts over several turns" % R.choice(
        INDUSTRY_CALL)
    return c


def p_card_exp_cvv():
    v = Voice(uk=R.random() < 0.5)
    n = card()
    c = Case("positive", "")
    m, y = R.randrange(1, 13), R.randrange(26, 33)
    c.a("thanks and the card number")
    c.c(c.val(v.groups(n, split_sizes(len(n))), "CARD_NUMBER"))
    c.a("and the expiry date")
    es = R.choice([
        "%s %s" % (v.digits("%02d" % m, False), v.pair("%02d" % y)),
        "%s twenty %s" % (MONTHS[m - 1], v.pair("%02d" % y)),
        "%s %s" % (MONTHS[m - 1], v.pair("%02d" % y)),
        "%s slash %s" % (v.digits("%02d" % m, False), v.digits("%02d" % y, False)),
    ])
    c.c(R.choice(["it's ", "expires ", "", "um "]), c.val(es, "EXPIRY"))
    cv = digits(4 if n[:2] in ("34", "37") else 3)
    c.a("and the " + ("four digit code on the front" if len(cv) == 4 else "three digits on the back"))
    if R.random() < 0.4:
        c.c(c.val(v.digits(cv), "CVV"), R.choice(["", " i think", " yeah"]))
    else:
        c.c(R.choice(["that's ", "it's ", "uh "]), c.val(v.digits(cv), "CVV"))
    c.note = "call/%s: card then expiry then security code in separate turns; payment amount unlabelled" % (
        R.choice(["retail", "utilities", "travel", "insurance"]))
    c.a("thank you i'll put through the payment of %s pounds now" % R.choice(["forty nine ninety nine", "a hundred and twenty",
                                                                             "sixty two fifty", "eighteen"]))
    return c


def p_exp_cvv_one_turn():
    v = Voice()
    c = Case("positive", "")
    m, y = R.randrange(1, 13), R.randrange(26, 33)
    cv = digits(3)
    c.a("can i get the expiry and the security number on the back")
    es = "%s %s" % (v.digits("%02d" % m, False), v.pair("%02d" % y))
    if R.random() < 0.5:
        c.c("expiry is ", c.val(es, "EXPIRY"), " and the code on the back is ", c.val(v.digits(cv), "CVV"))
    else:
        c.c(c.val(es, "EXPIRY"), " " + fil() + "and then ", c.val(v.digits(cv), "CVV"))
    c.a("lovely thanks")
    c.note = "call/%s: expiry and cvv in one customer turn" % R.choice(INDUSTRY_CALL)
    return c


def p_ssn_call():
    v = Voice(uk=False)
    s = ssn()
    c = Case("positive", "")
    c.a(R.choice(["for verification can i get your social security number",
                  "and can you confirm your social please", "i'll need the full social security number"]))
    r = R.random()
    if r < 0.4:
        c.c(R.choice(["sure it's ", "yeah ", "okay ", ""]), c.val(v.groups(s, [3, 2, 4], sep=R.choice([" ", " ", " uh "])), "SSN"))
        how = "in one turn"
    elif r < 0.75:
        g = c.newgroup("SSN")
        c.c(R.choice(["", "okay "]), c.val(v.digits(s[:3]), "SSN", g))
        c.a(back())
        c.c(c.val(v.digits(s[3:5]), "SSN", g))
        c.a(back())
        c.c(c.val(v.digits(s[5:]), "SSN", g))
        how = "split over three turns 3-2-4"
    else:
        wrong = s[:3] + s[4] + s[3]
        c.c(c.val(v.digits(wrong), "SSN", c.newgroup("SSN", False)), " no wait ",
            c.val(v.groups(s, [3, 2, 4]), "SSN"))
        how = "self-correction, transposed digits then full"
    if R.random() < 0.4:
        c.a("thank you so that's ending in ", c.val(v.digits(s[-4:], False), "SSN", c.newgroup("SSN", False)))
        c.c("yes")
        how += ", agent reads back last four"
    c.note = "call/%s: US social security number %s" % (R.choice(["banking", "insurance", "healthcare billing",
                                                                  "government services", "telecom"]), how)
    return c


def p_ssn_pairs():
    v = Voice(uk=False)
    s = ssn()
    c = Case("positive", "")
    c.a("and your social")
    spoken = v.digits(s[:3]) + " " + v.pair(s[3:5]) + " " + v.pairs(s[5:])
    c.c(R.choice(["yeah ", "", "it's "]), c.val(spoken, "SSN"), R.choice(["", " and my date of birth you need that too"]))
    c.note = "call/%s: SSN with middle and last group read as two-digit numbers" % R.choice(
        ["banking", "healthcare billing", "insurance"])
    return c


def p_ssn_last4_only():
    v = Voice(uk=False)
    s = ssn()
    c = Case("positive", "")
    c.a("can you give me the last four of your social")
    c.c(R.choice(["sure ", "uh ", "yes ", ""]), c.val(v.digits(s[-4:]), "SSN", c.newgroup("SSN", False)))
    c.a("thank you and the zip code on the account")
    z = zipcode()
    c.c(c.val(v.digits(z), "POSTCODE"))
    c.note = "call/%s: last four of SSN then ZIP code" % R.choice(["banking", "telecom", "utilities"])
    return c


def p_ni_call():
    v = Voice(uk=True)
    s = ni()
    c = Case("positive", "")
    mode = R.choice(["plain", "nato", "homo", "as", "mixed"])
    c.a(R.choice(["can i take your national insurance number please", "and your n i number",
                  "what's your national insurance number"]))
    r = R.random()
    letters = v.alnum(s[:2], mode)
    nums = R.choice([v.alnum(s[2:8]), alnum_pairs(v, s[2:8])])
    suf = v.letter(s[8], mode if mode != "mixed" else "nato")
    if r < 0.45:
        c.c(R.choice(["yeah it's ", "okay ", "", "um "]), c.val("%s %s %s" % (letters, nums, suf), "NI_NUMBER"))
        how = "in one turn"
    else:
        g = c.newgroup("NI_NUMBER")
        c.c(R.choice(["it's ", ""]), c.val(letters, "NI_NUMBER", g))
        c.a(back())
        if R.random() < 0.5:
            c.c(c.val(nums, "NI_NUMBER", g))
            c.a(R.choice(["and the letter at the end", "and the last letter"]))
            c.c(c.val(suf, "NI_NUMBER", g))
            how = "split letters / digits / suffix over three turns"
        else:
            c.c(c.val(nums + " " + suf, "NI_NUMBER", g))
            how = "split prefix letters then digits+suffix"
    c.note = "call/%s: UK NI number letters as '%s' %s" % (R.choice(["government services", "banking", "insurance",
                                                                     "utilities"]), mode, how)
    return c


def p_ni_correction():
    v = Voice(uk=True)
    s = ni()
    c = Case("positive", "")
    c.a("and your national insurance number for the claim")
    wrong = R.choice([x for x in NI_OK if x != s[1]])
    c.c(c.val(v.letter(s[0], "plain") + " " + v.letter(wrong, "plain"), "NI_NUMBER", c.newgroup("NI_NUMBER", False)),
        " sorry no ", c.val(v.alnum(s[:2], "nato") + " " + v.alnum(s[2:8]) + " " + v.letter(s[8], "plain"),
                            "NI_NUMBER"))
    c.a("and that's claim reference %s" % v.digits(digits(8), False))
    c.c("yeah that's the one")
    c.note = "call/government services: NI number with corrected second letter; claim reference unlabelled"
    return c


def p_bank_call():
    v = Voice(uk=True)
    sc, acc = digits(6), digits(8)
    c = Case("positive", "")
    c.a(R.choice(["for the direct debit i need the sort code and account number",
                  "okay can i take your bank details for the refund"]))
    sc_sp = R.choice([v.pairs(sc), v.digits(sc), v.groups(sc, [2, 2, 2], sep=" dash ")])
    if R.random() < 0.5:
        c.c(R.choice(["sort code is ", "right sort code ", ""]), c.val(sc_sp, "SORT_CODE"))
        c.a(back())
        c.c(R.choice(["and the account number ", "account ", ""]), c.val(v.groups(acc, [4, 4], sep=R.choice([" ", " um "])), "BANK_ACCOUNT"))
        how = "sort code then account in next turn"
    else:
        c.c("sort code ", c.val(sc_sp, "SORT_CODE"), " account number ", c.val(v.digits(acc), "BANK_ACCOUNT"))
        how = "both in one turn"
    if R.random() < 0.5:
        c.a("let me read that back sort code ", c.val(v.pairs(sc), "SORT_CODE"), " account ",
            c.val(v.digits(acc, False), "BANK_ACCOUNT"))
        c.c("yep")
        how += ", agent reads both back"
    c.note = "call/%s: UK sort code and 8-digit account %s" % (R.choice(["banking", "utilities", "insurance", "energy"]), how)
    return c


def p_us_account_call():
    v = Voice(uk=False)
    acc = digits(R.choice([10, 11, 12]))
    c = Case("positive", "")
    c.a("and what's the checking account number you want the payments from")
    g = c.newgroup("BANK_ACCOUNT")
    h = len(acc) // 2
    c.c("okay it's ", c.val(v.digits(acc[:h]), "BANK_ACCOUNT", g))
    c.a("okay")
    c.c(c.val(v.digits(acc[h:]), "BANK_ACCOUNT", g), R.choice(["", " and the routing number do you need that"]))
    c.note = "call/%s: US account number %d digits split over two turns" % (R.choice(["banking", "utilities", "insurance"]), len(acc))
    return c


def p_iban_call():
    v = Voice(uk=True)
    cc = R.choice(["GB", "IE", "DE", "NL"])
    s = iban(cc)
    c = Case("positive", "")
    c.a("for an international transfer i'll need the iban")
    mode = R.choice(["plain", "nato", "homo"])
    sp = []
    for k in range(0, len(s), 4):
        sp.append(v.alnum(s[k:k + 4], mode))
    if R.random() < 0.5:
        c.c(R.choice(["okay it's ", "right ", ""]), c.val(" ".join(sp), "IBAN"))
        how = "in one turn"
    else:
        g = c.newgroup("IBAN")
        h = len(sp) // 2
        c.c(c.val(" ".join(sp[:h]), "IBAN", g))
        c.a(back())
        c.c(c.val(" ".join(sp[h:]), "IBAN", g))
        how = "over two turns"
    c.note = "call/banking: %s IBAN spelled with letters as '%s' %s" % (cc, mode, how)
    return c


def say_phone(v, p, region):
    if region == "uk":
        sz = R.choice([[5, 6], [5, 3, 3], [4, 3, 4]])
    elif region == "ukland":
        sz = [4, 3, 4]
    elif region == "us":
        sz = [3, 3, 4]
    else:
        sz = [3, 3, 4]
    return v.groups(p, sz, sep=R.choice([" ", " ", " um "]))


def p_phone_call():
    region = R.choice(["uk", "uk", "us", "ie", "ukland"])
    v = Voice(uk=region != "us")
    p = phone(region)
    c = Case("positive", "")
    c.a(R.choice(["what's the best number to reach you on", "can i confirm a contact number",
                  "and a mobile number for the text updates"]))
    intl = R.random() < 0.3
    if intl:
        cc = {"uk": "44", "ukland": "44", "ie": "353", "us": "1"}[region]
        sp = "plus " + R.choice([v.digits(cc, False), v.pairs(cc) if len(cc) == 2 else v.digits(cc, False)]) + " " + \
            say_phone(v, p[1:] if region != "us" else p, region)
    else:
        sp = say_phone(v, p, region)
    r = R.random()
    if r < 0.5:
        c.c(R.choice(["it's ", "yeah it's ", "my mobile is ", ""]), c.val(sp, "PHONE"))
        how = "one turn"
    elif r < 0.8:
        g = c.newgroup("PHONE")
        words = sp.split(" ")
        cut = len(words) // 2
        while words[cut - 1] in ("double", "triple", "um", "plus"):
            cut += 1
        c.c(c.val(" ".join(words[:cut]), "PHONE", g))
        c.a(back())
        c.c(c.val(" ".join(words[cut:]), "PHONE", g))
        how = "split over two turns"
    else:
        c.c(R.choice(["it's ", ""]), c.val(sp, "PHONE"))
        c.a("so that's ", c.val(say_phone(Voice(uk=region != "us", asr=False), p, region), "PHONE"))
        c.c("yep that's it")
        how = "agent reads back"
    c.note = "call/%s: %s phone number%s %s" % (R.choice(INDUSTRY_CALL), region, " international" if intl else "", how)
    return c


def say_email(v, fn, ln, num, dom, tld, sep):
    user = fn + {".": " dot ", "_": " underscore ", "": " ", "-": " dash "}[sep] + ln
    if R.random() < 0.3:
        user = " ".join(fn) + {".": " dot ", "_": " underscore ", "": " ", "-": " dash "}[sep] + ln
    if num:
        user += " " + v.pairs(num) if len(num) == 2 else " " + v.digits(num, False)
    return "%s at %s dot %s" % (user, dom, tld.replace(".", " dot "))


def p_email_call():
    v = Voice()
    fn, ln = R.choice(FIRST), R.choice(LAST)
    dom, tld = R.choice(DOMAINS)
    sep = R.choice([".", "_", "", "-"])
    num = R.choice(["", "", str(R.randrange(70, 99)), digits(3)])
    c = Case("positive", "")
    c.a(R.choice(["and an email address for the confirmation", "what email should we send the receipt to"]))
    sp = say_email(v, fn, ln, num, dom, tld, sep)
    if R.random() < 0.3:
        sp = sp.replace(" at ", " at sign ", 1)
    c.c(R.choice(["yeah it's ", "sure ", "", "it's "]), c.val(sp, "EMAIL"), R.choice(["", " all lower case", " all one word"]))
    if R.random() < 0.3:
        c.a("so ", c.val(fn + " " + {".": "dot", "_": "underscore", "": "", "-": "dash"}[sep] + (" " if sep else "") + ln
                          + (" " + v.digits(num, False) if num else "") + " at " + dom + " dot " + tld.replace(".", " dot "), "EMAIL"))
        c.c("yes")
    c.note = "call/%s: spoken email with '%s' separator" % (R.choice(INDUSTRY_CALL), sep or "none")
    return c


def p_dob_call():
    us = R.random() < 0.4
    v = Voice(uk=not us)
    y, m, d = dob_val()
    c = Case("positive", "")
    c.a(R.choice(["can you confirm your date of birth", "and date of birth please", "for security what's your date of birth"]))
    r = R.random()
    if r < 0.6:
        c.c(R.choice(["yeah it's ", "", "um ", "it's "]), c.val(say_date_dob(v, y, m, d, us), "DOB"))
        how = "one turn"
    elif r < 0.8:
        y2 = y + 1
        c.c(c.val("%s %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(v, y2)), "DOB", c.newgroup("DOB", False)),
            " no sorry ", c.val(say_year(v, y), "DOB", c.newgroup("DOB", False)),
            R.choice([" i always do that", "", " what am i like"]))
        how = "self-correction of the year"
    else:
        g = c.newgroup("DOB")
        c.c(c.val("%s of %s" % (ORD[d - 1], MONTHS[m - 1]), "DOB", g))
        c.a("and the year")
        c.c(c.val(say_year(v, y), "DOB", g))
        how = "day-month then year in separate turn"
    c.a("thank you and how can i help today")
    c.c("it's about the %s bill i got on the %s" % (R.choice(["last", "june", "quarterly"]), ORD[R.randrange(28)]))
    c.note = "call/%s: date of birth %s; later non-birth date unlabelled" % (R.choice(INDUSTRY_CALL), how)
    return c


def say_ukpc(v, pc, mode):
    return v.alnum(pc, mode)


def p_postcode_call():
    uk = R.random() < 0.65
    v = Voice(uk=uk)
    c = Case("positive", "")
    c.a(R.choice(["and the postcode", "can i take the postcode for the property", "what's the zip code on the account"])
        if uk else "what's the zip code on the account")
    if uk:
        pc = uk_postcode()
        mode = R.choice(["plain", "nato", "homo", "mixed"])
        if R.random() < 0.4:
            g = c.newgroup("POSTCODE")
            out, inn = pc.split(" ")
            c.c(c.val(say_ukpc(v, out, mode), "POSTCODE", g))
            c.a(back())
            c.c(c.val(say_ukpc(v, inn, mode), "POSTCODE", g))
            how = "outward and inward in separate turns"
        else:
            c.c(R.choice(["it's ", "", "yeah "]), c.val(say_ukpc(v, pc, mode), "POSTCODE"))
            how = "one turn"
        c.note = "call/%s: UK postcode letters as '%s' %s" % (R.choice(INDUSTRY_CALL), mode, how)
    else:
        z = zipcode()
        if R.random() < 0.3:
            z += digits(4)
            sp = v.digits(z[:5]) + " dash " + v.digits(z[5:])
        else:
            sp = v.digits(z)
        c.c(R.choice(["it's ", "", "uh "]), c.val(sp, "POSTCODE"))
        c.note = "call/%s: US ZIP code%s spoken" % (R.choice(INDUSTRY_CALL), "+4" if len(z) > 5 else "")
    return c


def addr_spoken(v):
    num = R.randrange(1, 400)
    if num < 100:
        ns = v.pair("%02d" % num) if num >= 10 else DIG[num]
    else:
        ns = DIG[num // 100] + " " + (v.pair("%02d" % (num % 100)) if num % 100 else "hundred")
    return "%s %s %s" % (ns, R.choice(STREETS), R.choice(SUFFIX))


def p_address_call():
    uk = R.random() < 0.6
    v = Voice(uk=uk)
    c = Case("positive", "")
    c.a(R.choice(["and the first line of the address", "can you confirm the address we have on file",
                  "what address should we send the new card to"]))
    a = addr_spoken(v)
    if R.random() < 0.5:
        c.c(R.choice(["it's ", "yeah ", "", "um "]), c.val(a, "ADDRESS"))
        c.a(R.choice(["and the postcode", "and the postcode there"]) if uk else "and the zip")
        if uk:
            c.c(c.val(v.alnum(uk_postcode(), R.choice(["plain", "homo"])), "POSTCODE"))
        else:
            c.c(c.val(v.digits(zipcode()), "POSTCODE"))
        how = "address then postcode"
    else:
        town = R.choice(["leeds", "manchester", "cork", "bristol", "austin", "dayton", "galway"])
        if uk:
            c.c(c.val(a, "ADDRESS"), " " + town + " ", c.val(v.alnum(uk_postcode(), "plain"), "POSTCODE"))
        else:
            c.c(c.val(a, "ADDRESS"), " " + town + " ", c.val(v.digits(zipcode()), "POSTCODE"))
        how = "address, town, postcode in one turn (town unlabelled)"
    c.note = "call/%s: spoken street address %s" % (R.choice(INDUSTRY_CALL), how)
    return c


def p_two_in_turn():
    v = Voice()
    c = Case("positive", "")
    y, m, d = dob_val()
    region = R.choice(["uk", "ie"])
    p = phone(region)
    c.a("can i just confirm your date of birth and a contact number")
    c.c("yeah it's ", c.val(say_date_dob(v, y, m, d), "DOB"), " and the number's ",
        c.val(say_phone(v, p, region), "PHONE"))
    c.a("thanks and you're calling about the outage on the %s" % ORD[R.randrange(28)])
    c.note = "call/%s: DOB and phone in one turn; outage date unlabelled" % R.choice(["telecom", "utilities", "broadband"])
    return c


def p_chitchat():
    v = Voice()
    c = Case("positive", "")
    n = card()
    parts = chunks(n, split_sizes(len(n)))
    g = c.newgroup("CARD_NUMBER")
    c.a("go ahead with the card number")
    c.c("okay hang on i've got it here ", c.val(v.digits(parts[0] + parts[1]), "CARD_NUMBER", g),
        " sorry the dog's going mad ", R.choice(["max be quiet", "one sec", "hang on"]), " ",
        c.val(v.digits("".join(parts[2:])), "CARD_NUMBER", g))
    c.a("lovely and that's for the %s booking is it" % R.choice(["two night", "four night", "seven night"]))
    c.c("yeah for the twelfth")
    c.note = "call/travel: card split by chit-chat inside one turn; booking nights and date unlabelled"
    return c


def p_ni_and_dob():
    v = Voice(uk=True)
    c = Case("positive", "")
    s = ni()
    y, m, d = dob_val()
    c.a("to find your record i need your date of birth and national insurance number")
    c.c(c.val(say_date_dob(v, y, m, d), "DOB"), " " + opt_fil(0.5) + "and the n i is ",
        c.val(v.alnum(s[:2], R.choice(["plain", "homo"])) + " " + alnum_pairs(v, s[2:8]) + " " + s[8].lower(), "NI_NUMBER"))
    c.a("thank you one moment")
    c.note = "call/government services: DOB and NI number (digits in pairs) in one turn"
    return c


def p_ssn_dob_zip():
    v = Voice(uk=False)
    c = Case("positive", "")
    s = ssn()
    y, m, d = dob_val()
    c.a("i'll need to verify a few things can i have your social date of birth and zip")
    c.c("sure social's ", c.val(v.groups(s, [3, 2, 4]), "SSN"))
    c.a(back())
    c.c("birthday's ", c.val(say_date_dob(v, y, m, d, us=True), "DOB"), " and zip ", c.val(v.digits(zipcode()), "POSTCODE"))
    c.a("thank you your balance is %s dollars" % R.choice(["two hundred twelve", "forty five", "one thousand and six"]))
    c.note = "call/%s: SSN, DOB, ZIP over turns; balance unlabelled" % R.choice(["banking", "healthcare billing", "insurance"])
    return c


def p_card_homophone_pairs():
    v = Voice()
    v.mishear = True
    n = card()
    c = Case("positive", "")
    c.a("okay card number please")
    spoken = v.groups(n, split_sizes(len(n)))
    c.c(c.val(spoken, "CARD_NUMBER"))
    c.a("and the three digit security code")
    cv = digits(3)
    c.c(R.choice(["", "it's "]), c.val(v.digits(cv), "CVV"))
    c.note = "call/%s: card and cvv with ASR homophones (for/to/ate/won) for digits" % R.choice(INDUSTRY_CALL)
    return c


def p_phone_correction():
    region = R.choice(["uk", "us", "ie"])
    v = Voice(uk=region != "us")
    old, new = phone(region), phone(region)
    c = Case("positive", "")
    c.a("can i check the mobile number we have for you")
    c.c(c.val(say_phone(v, old, region), "PHONE"), R.choice([" no wait that's my old one", " actually no sorry that's the old number"]),
        " it's ", c.val(say_phone(v, new, region), "PHONE"), " now")
    c.a("okay i'll update that")
    c.note = "call/%s: caller gives old %s number then corrects to new one; both labelled" % (R.choice(INDUSTRY_CALL), region)
    return c


def p_sort_echo():
    v = Voice(uk=True)
    sc, acc = digits(6), digits(8)
    c = Case("positive", "")
    g = c.newgroup("SORT_CODE")
    c.a("go ahead with the sort code")
    for k in range(3):
        pr = sc[2 * k:2 * k + 2]
        c.c(c.val(v.pair(pr), "SORT_CODE", g))
        c.a(c.val(v.pair(pr), "SORT_CODE", c.newgroup("SORT_CODE", False)) if k < 2 else "lovely and the account number")
    g2 = c.newgroup("BANK_ACCOUNT")
    c.c(c.val(v.digits(acc[:4]), "BANK_ACCOUNT", g2), " " + fil(), c.val(v.digits(acc[4:]), "BANK_ACCOUNT", g2))
    c.a("thanks the refund of %s pounds will go in within five working days" % R.choice(["forty", "twelve fifty", "one hundred and six"]))
    c.note = "call/%s: sort code given pair by pair with agent echoing each pair; account with filler" % R.choice(["banking", "energy", "insurance"])
    return c


def p_card_echo():
    v = Voice()
    n = card()
    c = Case("positive", "")
    parts = chunks(n, split_sizes(len(n)))
    g = c.newgroup("CARD_NUMBER")
    c.a("right go ahead with the long number")
    for k, p in enumerate(parts):
        c.c(opt_fil(0.25), c.val(v.digits(p), "CARD_NUMBER", g))
        if k < len(parts) - 1:
            c.a(c.val(v.digits(p, allow_mis=False), "CARD_NUMBER", c.newgroup("CARD_NUMBER", False)))
    c.a("perfect and the name on the card")
    c.c("mister %s" % R.choice(LAST))
    c.note = "call/%s: card read in groups with agent echoing each group back (echoes labelled)" % R.choice(INDUSTRY_CALL)
    return c


def p_postcode_readback():
    v = Voice(uk=True)
    pc = uk_postcode()
    c = Case("positive", "")
    c.a("and can i take the postcode where the meter is")
    c.c("yeah it's ", c.val(v.alnum(pc, "plain"), "POSTCODE"))
    c.a("was that ", c.val(v.alnum(pc, "nato"), "POSTCODE"))
    c.c("that's it yeah")
    c.a("and your meter reading today is %s" % v.digits(digits(5), False))
    c.note = "call/energy: UK postcode then agent reads back with phonetic alphabet; meter reading unlabelled"
    return c


def p_dob_chitchat():
    v = Voice(uk=R.random() < 0.6)
    y, m, d = dob_val()
    c = Case("positive", "")
    c.a("and just to confirm your date of birth")
    g = c.newgroup("DOB")
    c.c("oh it's the ", c.val(ORD[d - 1] + " of " + MONTHS[m - 1], "DOB", g),
        " same day as my %s actually ha " % R.choice(["wife", "brother", "dog"]), c.val(say_year(v, y), "DOB", g))
    c.a("ha lovely and you're calling about the %s pound charge" % R.choice(["nine ninety nine", "twenty", "forty five"]))
    c.note = "call/%s: DOB broken by chit-chat between day-month and year; charge amount unlabelled" % R.choice(INDUSTRY_CALL)
    return c


def p_account_correction():
    v = Voice(uk=True)
    acc = digits(8)
    wrong = acc[:5] + str((int(acc[5]) + 1) % 10)
    c = Case("positive", "")
    c.a("and the account number")
    c.c(c.val(v.digits(wrong), "BANK_ACCOUNT", c.newgroup("BANK_ACCOUNT", False)), " no sorry ",
        c.val(v.digits(acc), "BANK_ACCOUNT"))
    c.a("thank you so that's ", c.val(v.digits(acc, allow_mis=False), "BANK_ACCOUNT"))
    c.c("yeah")
    c.note = "call/%s: account number with self-correction then agent read-back" % R.choice(["banking", "utilities", "insurance"])
    return c


# ---------------------------------------------------------------- positive templates (chat)
def typo(s):
    return s


def ch_card():
    n = card()
    sz = split_sizes(len(n))
    sep = R.choice([" ", "-", "", " ", "  ", ".", "odd"])
    if sep == "odd":
        k = R.randrange(3, len(n) - 3)
        txt = n[:k] + " " + n[k:]
    else:
        txt = sep.join(chunks(n, sz))
    c = Case("positive", "")
    lead = R.choice(["card number is ", "my card: ", "its ", "Card no. ", "pls use ", "heres the card "])
    c.c(R.choice(["Hi, ", "hello ", "", "ok "]) + lead, c.val(txt, "CARD_NUMBER"),
        R.choice(["", " thanks", ". can you take the £45.99 from that", " exp below"]))
    note = "chat/%s: card typed with %s" % (R.choice(["retail", "telecom", "travel", "utilities"]),
                                             "one misplaced space" if sep == "odd" else "separator %r" % sep)
    if R.random() < 0.5:
        m, y = R.randrange(1, 13), R.randrange(26, 33)
        e = R.choice(["%02d/%02d" % (m, y), "%02d-%d" % (m, 2000 + y), "%d/%02d" % (m, y), "%02d %02d" % (m, y)])
        cv = digits(4 if n[:2] in ("34", "37") else 3)
        c.a("Thanks! Could you also send the expiry date and security code?")
        c.c(R.choice(["exp ", "expiry ", "Expires "]), c.val(e, "EXPIRY"), R.choice([" cvv ", ", CVC: ", " and sec code "]),
            c.val(cv, "CVV"))
        note += "; expiry and cvv typed"
    c.note = note
    return c


def ch_ssn():
    s = ssn()
    fmt = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"])
    c = Case("positive", "")
    c.a("To verify, please provide your Social Security Number.")
    c.c(R.choice(["sure ", "", "ok its ", "SSN: "]), c.val(fmt % (s[:3], s[3:5], s[5:]), "SSN"),
        R.choice(["", " and I was charged $32.50 twice", " thx"]))
    c.note = "chat/%s: SSN typed as %r" % (R.choice(["banking", "insurance", "healthcare billing"]), fmt)
    return c


def ch_ni():
    s = ni()
    fmt = R.choice(["{a} {b} {c} {d} {e}", "{a}{b}{c}{d}{e}", "{a} {b}{c}{d} {e}"])
    t = fmt.format(a=s[:2], b=s[2:4], c=s[4:6], d=s[6:8], e=s[8])
    if R.random() < 0.4:
        t = t.lower()
    c = Case("positive", "")
    c.a("Can you confirm your National Insurance number?")
    c.c(R.choice(["yes its ", "NI number ", "", "it's "]), c.val(t, "NI_NUMBER"), R.choice(["", " cheers", ". I started the job on 3 March"]))
    c.note = "chat/government services: NI number typed %s" % ("lower case" if t.islower() else "upper case")
    return c


def ch_bank():
    sc, acc = digits(6), digits(8)
    scf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    c = Case("positive", "")
    c.a("Please send the sort code and account number for the refund of £%d.%02d." % (R.randrange(10, 300), R.randrange(100)))
    c.c("sort ", c.val(scf, "SORT_CODE"), R.choice([" acc ", ", account no ", " / "]), c.val(acc, "BANK_ACCOUNT"))
    c.note = "chat/%s: UK sort code %r and account; refund amount unlabelled" % (R.choice(["banking", "energy", "retail"]), scf)
    return c


def ch_iban():
    cc = R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    s = iban(cc)
    grouped = R.random() < 0.6
    t = " ".join(s[k:k + 4] for k in range(0, len(s), 4)) if grouped else s
    if R.random() < 0.3:
        t = t.lower()
    c = Case("positive", "")
    c.a("What IBAN should we use for the transfer?")
    c.c(R.choice(["IBAN: ", "its ", "", "here you go "]), c.val(t, "IBAN"), R.choice(["", " (Euro account)", " thanks"]))
    c.note = "chat/banking: %s IBAN %s" % (cc, "grouped" if grouped else "unspaced")
    return c


def ch_phone():
    region = R.choice(["uk", "us", "ie", "ukland"])
    p = phone(region)
    if region == "us":
        t = R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s"]) % (p[:3], p[3:6], p[6:])
    elif region == "ie":
        t = R.choice(["%s %s %s" % (p[:3], p[3:6], p[6:]), "+353 %s %s %s" % (p[1:3], p[3:6], p[6:]), p])
    elif region == "ukland":
        t = R.choice(["%s %s %s" % (p[:4], p[4:7], p[7:]), "+44 %s %s %s" % (p[1:4], p[4:7], p[7:])])
    else:
        t = R.choice(["%s %s" % (p[:5], p[5:]), "+44 %s %s" % (p[1:5], p[5:]), "+44 (0)%s %s" % (p[1:5], p[5:]), p,
                      "%s-%s-%s" % (p[:5], p[5:8], p[8:])])
    c = Case("positive", "")
    c.a("What's the best number to call you back on?")
    c.c(R.choice(["", "call me on ", "mob ", "its "]), c.val(t, "PHONE"), R.choice(["", " after 5pm", " anytime before 6:30"]))
    c.note = "chat/%s: %s phone typed %r" % (R.choice(INDUSTRY_CALL), region, t[:6])
    return c


def ch_email():
    fn, ln = R.choice(FIRST), R.choice(LAST)
    dom, tld = R.choice(DOMAINS)
    sep = R.choice([".", "_", "", "-"])
    num = R.choice(["", str(R.randrange(70, 99))])
    e = "%s%s%s%s@%s.%s" % (fn, sep, ln, num, dom, tld)
    if R.random() < 0.3:
        e = e[0].upper() + e[1:]
    c = Case("positive", "")
    c.a("Could you confirm the email address on the account?")
    c.c(R.choice(["", "its ", "email is "]), c.val(e, "EMAIL"), R.choice(["", ".", " thanks", " - order 4471203 never arrived"]))
    c.note = "chat/%s: typed email" % R.choice(["retail", "telecom", "travel"])
    return c


def ch_dob():
    y, m, d = dob_val()
    t = R.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                  "%s %d, %d" % (MONTHS[m - 1].title()[:3], d, y), "%d-%02d-%02d" % (y, m, d)])
    c = Case("positive", "")
    c.a("For security, please confirm your date of birth.")
    c.c(R.choice(["", "dob ", "DOB: ", "born "]), c.val(t, "DOB"), R.choice(["", " and my appointment was 12/07/2026", ""]))
    c.note = "chat/%s: typed DOB %r; any appointment date unlabelled" % (R.choice(["healthcare billing", "insurance", "banking"]), t)
    return c


def ch_address():
    uk = R.random() < 0.6
    num = R.randrange(1, 400)
    st = "%d %s %s" % (num, R.choice(STREETS).title(), R.choice(SUFFIX + ["St", "Rd", "Ave"]).title())
    c = Case("positive", "")
    c.a("What's the delivery address?")
    if uk:
        pc = uk_postcode()
        if R.random() < 0.3:
            pc = pc.replace(" ", "")
        c.c(c.val(st, "ADDRESS"), ", " + R.choice(["Leeds", "Bristol", "Cardiff", "London"]) + " ", c.val(pc, "POSTCODE"))
    else:
        z = zipcode() + (("-" + digits(4)) if R.random() < 0.3 else "")
        c.c(c.val(st, "ADDRESS"), ", " + R.choice(["Austin, TX", "Dayton, OH", "Tampa, FL"]) + " ", c.val(z, "POSTCODE"))
    c.note = "chat/retail: typed street address and %s" % ("UK postcode" if uk else "US ZIP")
    return c


def ch_multi():
    s = ni()
    p = phone("uk")
    fn, ln = R.choice(FIRST), R.choice(LAST)
    dom, tld = R.choice(DOMAINS)
    c = Case("positive", "")
    c.a("Please confirm your NI number and contact details.")
    c.c("NI ", c.val(s[:2] + " " + s[2:4] + " " + s[4:6] + " " + s[6:8] + " " + s[8], "NI_NUMBER"), ", mobile ",
        c.val(p, "PHONE"), ", email ", c.val("%s.%s@%s.%s" % (fn, ln, dom, tld), "EMAIL"))
    c.note = "chat/government services: NI, phone, email in one message"
    return c


CALL_POS = [p_card_one_turn, p_card_split, p_card_restart, p_card_interrupt, p_card_exp_cvv, p_exp_cvv_one_turn,
            p_ssn_call, p_ssn_pairs, p_ssn_last4_only, p_ni_call, p_ni_correction, p_bank_call, p_us_account_call,
            p_iban_call, p_phone_call, p_email_call, p_dob_call, p_postcode_call, p_address_call, p_two_in_turn,
            p_chitchat, p_ni_and_dob, p_ssn_dob_zip, p_card_homophone_pairs, p_ssn_call, p_ni_call, p_bank_call,
            p_address_call, p_exp_cvv_one_turn, p_iban_call, p_email_call, p_phone_call, p_phone_correction,
            p_sort_echo, p_dob_call, p_card_echo, p_postcode_readback, p_dob_chitchat, p_account_correction]
CHAT_POS = [ch_card, ch_ssn, ch_ni, ch_bank, ch_iban, ch_phone, ch_email, ch_dob, ch_address, ch_multi, ch_ssn, ch_ni, ch_bank, ch_address, ch_email, ch_iban]


# ---------------------------------------------------------------- negatives
def n_money_call():
    c = Case("negative", "call/%s: money amounts and balance spoken" % R.choice(["banking", "utilities", "telecom"]))
    c.a("so your current balance is %s pounds %s" % (R.choice(["one thousand two hundred and forty", "three hundred and six",
                                                                "forty two", "eight hundred and ninety"]),
                                                      R.choice(["fifty", "and twelve pence", "exactly", "seventy five"])))
    c.c("okay and if i pay %s today does that clear it" % R.choice(["two hundred", "a hundred and fifty", "ninety nine ninety nine"]))
    c.a("that would leave %s outstanding" % R.choice(["sixty four pounds twenty", "nothing", "eleven pounds"]))
    return c


def n_ref_call():
    v = Voice()
    word = R.choice(["order number", "reference number", "ticket number", "claim number", "case number", "invoice number"])
    n = digits(R.choice([6, 7, 8, 9, 10]))
    c = Case("negative", "call/%s: %s read digit by digit" % (R.choice(INDUSTRY_CALL), word))
    c.a("have you got your %s there" % word)
    if R.random() < 0.5:
        c.c("yeah it's %s" % v.digits(n, False))
    else:
        c.c("yeah the %s is %s" % (word, v.digits(n, False)))
    c.a("perfect i can see it was placed on the %s of %s" % (ORD[R.randrange(28)], R.choice(MONTHS)))
    return c


def n_time_call():
    c = Case("negative", "call/%s: engineer appointment date and time, duration" % R.choice(["broadband", "utilities", "telecom"]))
    c.a("i can book an engineer for %s the %s between %s and %s" % (
        R.choice(["monday", "tuesday", "friday"]), ORD[R.randrange(28)], R.choice(["eight", "ten thirty", "nine"]),
        R.choice(["twelve", "one", "two fifteen"])))
    c.c("yeah that works i'm off from %s" % R.choice(["eleven", "half two", "quarter to four"]))
    c.a("great it should take about %s minutes" % R.choice(["forty five", "ninety", "twenty"]))
    return c


def n_flight_call():
    c = Case("negative", "call/travel: flight number, seat, times and dates")
    fl = R.choice(["b a two eight seven", "e i one six four", "f r eight one two two", "u a nine oh one", "a a one hundred"])
    c.c("i'm on flight %s on the %s of %s" % (fl, ORD[R.randrange(28)], R.choice(MONTHS)))
    c.a("okay departing at %s and you're in seat %s" % (R.choice(["fourteen forty", "six fifty am", "twenty one ten"]),
                                                        R.choice(["twelve c", "thirty four a", "nine f"])))
    c.c("yeah and i want to add %s bags" % R.choice(["two", "one", "three"]))
    return c


def n_meter_call():
    v = Voice()
    c = Case("negative", "call/energy: meter reading digits and usage")
    c.a("can you read me the numbers on the meter")
    c.c("yeah it says %s" % v.digits(digits(5), False))
    c.a("thanks that's about %s units since %s" % (R.choice(["three hundred", "four hundred and twelve", "ninety"]),
                                                   R.choice(["january", "the last reading", "twenty twenty four"])))
    return c


def n_speed_call():
    c = Case("negative", "call/broadband: speeds, percentages, contract dates, counts")
    c.c("i'm paying for %s meg but only getting %s" % (R.choice(["five hundred", "nine hundred", "seventy two"]),
                                                       R.choice(["about forty", "twelve", "like three"])))
    c.a("okay that's about %s percent and your contract started in %s twenty %s" % (
        R.choice(["eight", "fifteen", "thirty"]), R.choice(MONTHS), R.choice(["twenty three", "twenty four", "twenty five"])))
    c.c("yeah and i've rung %s times now" % R.choice(["four", "six", "seven"]))
    return c


def n_age_call():
    c = Case("negative", "call/insurance: ages, years, vehicle model and mileage")
    c.c("i'm %s and i've been driving since %s" % (R.choice(["sixty seven", "thirty four", "fifty two"]),
                                                   R.choice(["nineteen seventy eight", "two thousand and five", "twenty nineteen"])))
    c.a("and the car is the %s with about %s miles" % (R.choice(["golf two point oh", "model three", "focus one point five"]),
                                                       R.choice(["forty two thousand", "eighty seven thousand", "twelve thousand"])))
    c.c("yeah it's a twenty %s plate" % R.choice(["eighteen", "twenty one", "sixteen"]))
    return c


def n_room_call():
    c = Case("negative", "call/travel: hotel room number, nights, price, temperature")
    c.c("i'm in room %s and the heating is stuck at %s degrees" % (R.choice(["four one two", "twelve oh six", "three eighteen"]),
                                                                  R.choice(["thirty", "twenty nine", "eleven"])))
    c.a("sorry about that you're booked for %s nights at %s euro a night" % (R.choice(["three", "five", "two"]),
                                                                             R.choice(["one forty nine", "ninety five", "two hundred"])))
    return c


def n_model_call():
    v = Voice()
    c = Case("negative", "call/retail: model number and serial-like product code with reference word")
    c.c("it's the %s model %s" % (R.choice(["washing machine", "laptop", "router", "boiler"]), v.alnum(
        R.choice(["WM", "XPS", "HG", "EV"]) + digits(4), "plain")))
    c.a("and the order was %s pounds on the %s" % (R.choice(["three ninety nine", "four hundred and fifty", "eighty"]), ORD[R.randrange(28)]))
    c.c("yeah the order number is %s" % v.digits(digits(8), False))
    return c


def n_payment_date_call():
    c = Case("negative", "call/%s: payment dates, contract start, amounts (not birth dates)" % R.choice(["banking", "utilities", "insurance"]))
    y, m, d = dob_val()
    c.a("your next payment of %s is due on the %s of %s" % (R.choice(["fifty two pounds", "a hundred and eight dollars", "thirty euro"]),
                                                             ORD[d - 1], MONTHS[m - 1]))
    c.c("can i move it to the %s i get paid on the %s" % (ORD[R.randrange(28)], ORD[R.randrange(28)]))
    c.a("yes and your policy started on %s twenty %s" % (R.choice(MONTHS), R.choice(["twenty two", "nineteen", "twenty four"])))
    return c


def n_count_call():
    c = Case("negative", "call/retail: quantities, counts, durations, last four of nothing")
    c.c("i ordered %s boxes and only %s arrived after %s days" % (R.choice(["twelve", "six", "forty"]), R.choice(["nine", "four", "thirty"]),
                                                                  R.choice(["eleven", "three", "fourteen"])))
    c.a("i'll send the other %s and add %s percent off" % (R.choice(["three", "two", "ten"]), R.choice(["ten", "twenty", "fifteen"])))
    c.c("thanks i've been on hold for %s" % R.choice(["forty minutes", "twenty five minutes", "over an hour"]))
    return c


def n_chat_money():
    c = Case("negative", "chat/%s: prices, totals, percentages, order number" % R.choice(["retail", "telecom"]))
    c.c("Hi my order #%s was £%d.%02d but I was charged £%d.%02d" % (digits(R.choice([6, 7, 8])), R.randrange(10, 999), R.randrange(100),
                                                                 R.randrange(10, 999), R.randrange(100)))
    c.a("Sorry about that! I've refunded %d%% (£%d.%02d) - it takes 3-5 working days." % (R.randrange(5, 60), R.randrange(5, 99), R.randrange(100)))
    return c


def n_chat_ref():
    c = Case("negative", "chat/%s: reference numbers with their reference word" % R.choice(INDUSTRY_CALL))
    w = R.choice(["Ticket", "Ref", "Case", "Claim no.", "Invoice", "Booking ref"])
    c.a("Your %s %s has been updated." % (w, R.choice(["", "#"]) + digits(R.choice([7, 8, 9, 10]))))
    c.c("thanks, and %s %s from last week?" % (w.lower(), digits(R.choice([6, 8]))))
    return c


def n_chat_dates():
    c = Case("negative", "chat/%s: appointment and delivery dates, times" % R.choice(["healthcare billing", "retail", "utilities"]))
    c.a("Your appointment is on %02d/%02d/2026 at %d:%02d." % (R.randrange(1, 29), R.randrange(1, 13), R.randrange(8, 18), R.choice([0, 15, 30, 45])))
    c.c("Can we do %s %d %s instead, after %dpm?" % (R.choice(["Mon", "Tuesday", "Fri"]), R.randrange(1, 29), R.choice(MONTHS).title(), R.randrange(1, 6)))
    return c


def n_chat_misc():
    c = Case("negative", "chat/%s: speeds, data, flight, model, temperature" % R.choice(["broadband", "travel", "retail"]))
    c.c(R.choice(["Getting %d Mbps on a %d Mbps plan, used %dGB this month." % (R.randrange(5, 90), R.choice([100, 500, 900]), R.randrange(20, 900)),
                  "Flight %s%d delayed %d hours, gate %d" % (R.choice(["BA", "EI", "FR", "UA"]), R.randrange(100, 9999), R.randrange(2, 9), R.randrange(1, 60)),
                  "The model %s-%d keeps showing error E%d at %d degrees" % (R.choice(["WX", "KT", "HD"]), R.randrange(100, 9999), R.randrange(1, 99), R.randrange(20, 95))]))
    c.a("Thanks, I've logged that for you.")
    return c


def n_chat_balance():
    c = Case("negative", "chat/banking: balances and transaction amounts, year")
    c.a("Your balance is $%s.%02d and your last payment was $%d on %s %d." % ("{:,}".format(R.randrange(100, 99999)), R.randrange(100),
                                                                               R.randrange(20, 900), R.choice(MONTHS).title(), R.randrange(1, 29)))
    c.c("ok I've been a customer since %d, can you waive the $%d fee?" % (R.randrange(1995, 2024), R.choice([25, 35, 15])))
    return c


def n_long_ref_call():
    v = Voice()
    c = Case("negative", "call/%s: ten digit account-less reference said in pairs with reference word" % R.choice(INDUSTRY_CALL))
    n = digits(10)
    c.a("i've raised that for you your reference number is %s" % v.pairs(n))
    c.c("sorry can you repeat the reference")
    c.a("sure reference %s" % v.digits(n, False))
    return c


CALL_NEG = [n_money_call, n_ref_call, n_time_call, n_flight_call, n_meter_call, n_speed_call, n_age_call, n_room_call,
            n_model_call, n_payment_date_call, n_count_call, n_long_ref_call, n_ref_call]
CHAT_NEG = [n_chat_money, n_chat_ref, n_chat_dates, n_chat_misc, n_chat_balance]


def build():
    recs, groups = [], []
    for i in range(N_POS):
        if i % 3 == 2:
            f = CHAT_POS[(i // 3) % len(CHAT_POS)]
        else:
            f = CALL_POS[(i - i // 3) % len(CALL_POS)]
        c = f()
        rec, g = c.render("%s-pos-%03d" % (PREFIX, i + 1))
        recs.append(rec)
        groups.append((g, c.groups))
    for i in range(N_NEG):
        if i % 3 == 2:
            f = CHAT_NEG[(i // 3) % len(CHAT_NEG)]
        else:
            f = CALL_NEG[(i - i // 3) % len(CALL_NEG)]
        c = f()
        rec, g = c.render("%s-neg-%03d" % (PREFIX, i + 1))
        recs.append(rec)
        groups.append((g, c.groups))
    return recs, groups


# ---------------------------------------------------------------- normalising spoken forms
WORD_D = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "one": "1", "won": "1", "two": "2",
          "to": "2", "too": "2", "three": "3", "four": "4", "for": "4", "five": "5", "six": "6", "seven": "7",
          "eight": "8", "ate": "8", "nine": "9"}
FILLERS = {"um", "uh", "er", "erm", "dash", "slash", "hyphen", "and", "the", "of", "sign", "space"}
HOMO_REV = {v: k for k, v in HOMO.items() if " " not in v and len(v) > 1}
NATO_REV = {v: k for k, v in NATO.items()}


def normalise(text, alnum=False):
    """Spoken/typed value -> compact upper-case alnum string."""
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d+|\+", text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t.isdigit():
            out.append(t)
        elif len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks) and toks[i + 2][0] == t and len(toks[i + 2]) > 1:
            out.append(t.upper())
            i += 3
            continue
        elif t == "double" and nxt == "you":
            out.append("W")
            i += 2
            continue
        elif t in ("double", "triple") and nxt in WORD_D:
            out.append(WORD_D[nxt] * (2 if t == "double" else 3))
            i += 2
            continue
        elif t in TENS[2:]:
            d = str(TENS.index(t))
            if nxt in WORD_D and WORD_D[nxt] != "0" and nxt not in ("o", "oh", "to", "too", "for"):
                out.append(d + WORD_D[nxt])
                i += 2
                continue
            out.append(d + "0")
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t == "hundred":
            out.append("00")
        elif t in WORD_D and not (alnum and t == "o"):
            out.append(WORD_D[t])
        elif t in FILLERS or t == "plus" or t == "+":
            pass
        elif alnum and t in HOMO_REV:
            out.append(HOMO_REV[t].upper())
        elif alnum and t in NATO_REV:
            out.append(NATO_REV[t].upper())
        elif alnum and len(t) == 1:
            out.append(t.upper())
        elif alnum and re.fullmatch(r"[a-z]{1,4}\d*", t):
            out.append(t.upper())
        else:
            out.append("?" + t)
        i += 1
    return "".join(out)


def only_digits(text):
    n = normalise(text)
    return n if n.isdigit() else None


def email_norm(text):
    t = text.lower()
    if "@" in t:
        return t
    t = re.sub(r"\bat sign\b|\bat\b", "@", t)
    t = re.sub(r"\bdot\b", ".", t)
    t = re.sub(r"\bunderscore\b", "_", t)
    t = re.sub(r"\bdash\b", "-", t)
    toks = t.split()
    res = []
    for w in toks:
        res.append(normalise(w) if w in WORD_D or w in TEENS or w in TENS[2:] else w)
    return "".join(res)


def validate(typ, text, full):
    if not full and typ in ("CARD_NUMBER", "SSN", "PHONE", "SORT_CODE", "BANK_ACCOUNT"):
        return None if only_digits(text) else "partial %s not digits" % typ
    if typ == "CARD_NUMBER":
        d = only_digits(text)
        if not d:
            return "not digits"
        if full:
            return None if 13 <= len(d) <= 19 and luhn_ok(d) else "card luhn/len %s" % d
        return None
    if typ == "CVV":
        d = only_digits(text)
        return None if d and len(d) in (3, 4) else "cvv %s" % d
    if typ == "EXPIRY":
        t = text.lower()
        if any(m in t for m in MONTHS):
            return None
        d = only_digits(t)
        if d and len(d) in (4, 6) and 1 <= int(d[:2]) <= 12:
            return None
        if d and len(d) in (3, 5) and 1 <= int(d[:1]) <= 9:
            return None
        return "expiry %r" % text
    if typ == "SSN":
        d = only_digits(text)
        if not d:
            return "ssn not digits"
        if full:
            return None if len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" else "ssn %s" % d
        return None
    if typ == "NI_NUMBER":
        n = normalise(text, alnum=True)
        if full:
            return None if re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n) else "ni %s" % n
        return None if re.fullmatch(r"[A-Z0-9]+", n) else "ni partial %s" % n
    if typ == "BANK_ACCOUNT":
        d = only_digits(text)
        return None if d and 6 <= len(d) <= 12 else "acct %s" % d
    if typ == "SORT_CODE":
        d = only_digits(text)
        return None if d and len(d) == 6 else "sort %s" % d
    if typ == "IBAN":
        n = normalise(text, alnum=True)
        return None if iban_ok(n) else "iban %s" % n
    if typ == "PHONE":
        d = only_digits(text)
        return None if d and 10 <= len(d) <= 13 else "phone %s" % d
    if typ == "EMAIL":
        e = email_norm(text)
        return None if re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z]+)+", e) else "email %s" % e
    if typ == "DOB":
        t = text.lower()
        if not full:
            return None if re.search(r"[a-z0-9]", t) else "dob partial"
        if any(m in t for m in MONTHS) or re.search(r"\d", t) or "thousand" in t:
            n = re.sub(r"[^0-9]", "", normalise(t)) if not re.search(r"\d", t) else re.sub(r"\D", "", t)
            if re.search(r"\d", t) or len(n) >= 2:
                return None
        d = only_digits(t)
        return None if d and len(d) in (6, 8) else "dob %r" % text
    if typ == "POSTCODE":
        d = only_digits(text)
        if d and ZIP_RE.fullmatch(d):
            return None
        n = normalise(text, alnum=True)
        if ZIP_RE.fullmatch(n) or UKPC_RE.fullmatch(n):
            return None
        if not full and re.fullmatch(r"[A-Z0-9]{2,4}", n):
            return None
        return "postcode %s" % n
    if typ == "ADDRESS":
        t = text.lower()
        if re.fullmatch(r"(\d+[a-z]?|[a-z ]+?) [a-z ]+ (%s)" % SUFFIX_RE, t) and (
                re.match(r"\d", t) or t.split()[0] in DIG + TEENS + TENS[2:]):
            return None
        return "address %r" % text
    return "unknown type"


def render_all():
    recs, groups = build()
    lines = [json.dumps(r, ensure_ascii=False) for r in recs]
    return "\n".join(lines) + "\n", recs, groups


def counts(recs):
    cnt = Counter(s["type"] for r in recs for s in r["spans"])
    return cnt


def readme(recs):
    cnt = counts(recs)
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = len(recs) - npos
    ncall = sum(r["note"].startswith("call/") for r in recs)
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return f"""# pii_holdout107 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data its authors have not seen. Do not add these cases to training/dev fixtures,
do not adjust patterns to make individual cases pass.

## Provenance

Written by an AI helper acting as an independent author. The author did not
read the redaction code, its tests, its docs, the benchmark script, or any
other PII fixture (only a 3-line format example). Cases are generated by
`scripts/make_pii_holdout107.py` (standard library only, one
`random.Random({SEED})`), so the file is byte-for-byte reproducible.
`python scripts/make_pii_holdout107.py --check` regenerates and verifies the
fixture (ids, offsets, word boundaries, non-overlap, and value validity after
normalising spoken forms: Luhn, mod-97, NI shape, digit counts, postcode shapes).

## Contents

- {npos} positive cases, {nneg} negative cases ({ncall} phone-call cases written as an
  ASR transcript would write them; the rest typed chat).
- Calls: lower case, no punctuation, numbers as words ("oh"/"o"/"nought"/"zero",
  "double seven", "triple two", pairs like "forty one eleven", years like
  "nineteen eighty two"), ASR homophones for digits ("for", "to"/"too", "ate",
  "won") and letters ("bee", "see", "jay", "are", "why", "double you", "zed"),
  phonetic spelling ("b for bravo", "s for sugar"), fillers inside readings,
  values split across customer turns with agent back-channels, restarts,
  self-corrections, agent interruptions and agent read-backs.
- Chat: varied separators (space, dash, dot, none), case, formats.

| type | spans |
|---|---|
{rows}

## Annotation conventions

- A span covers the value only, from its first to its last character/word,
  including separators, fillers ("um", "uh") and connective words ("dash",
  "slash", "for bravo") that occur *inside* the reading; lead-ins ("it's",
  "my card is") and trailing comments are outside.
- A value split over several turns is labelled in every turn where a part of
  it is spoken (each part its own span of the value's type).
- Restarted or mistaken fragments of a value (e.g. the first digits before
  "sorry let me start again", a wrong letter before a correction, a year before
  "no sorry") are labelled with the same type; the corrected value is labelled too.
- Agent read-backs (full value or "ending in" last four of a card/SSN) are labelled.
- The last four of an SSN asked on its own are labelled SSN.
- DOB spans include the day, month and year words ("the fourteenth of march
  nineteen eighty two"); a year given separately after "and the year" is DOB.
- EXPIRY spans are the month/year only. CVV spans the 3/4 digits only.
- PHONE includes the international prefix ("plus four four", "+44").
- ADDRESS is the house number + street name + street type only; town names
  are not labelled; the postcode/ZIP is its own POSTCODE span.
- Negatives contain no PII at all; they contain lookalikes (amounts, balances,
  times, durations, counts, years, ages, appointment/payment dates, order/ticket/
  claim/invoice/reference numbers of at most 10 digits with their reference word,
  flight/room/model numbers, meter readings, speeds, temperatures). Positive cases
  also contain such unlabelled numbers.
"""


def check(text, recs, groups):
    problems = []
    disk = CASES.read_text(encoding="utf-8") if CASES.exists() else None
    if disk != text:
        problems.append("cases.jsonl differs from regenerated output")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(recs):
        problems.append("README.md differs from regenerated output")
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for r, (gids, gmeta) in zip(recs, groups):
        rid = r["id"]
        if r["kind"] == "negative" and r["spans"]:
            problems.append("%s negative with spans" % rid)
        if r["kind"] == "positive" and not r["spans"]:
            problems.append("%s positive without spans" % rid)
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"] or t["text"] != t["text"].strip():
                problems.append("%s bad turn %r" % (rid, t["text"]))
        prev = None
        bygroup = {}
        for s, g in zip(r["spans"], gids):
            if s["type"] not in TYPES:
                problems.append("%s bad type" % rid)
            if not (0 <= s["turn"] < len(r["turns"])):
                problems.append("%s turn out of range" % rid)
                continue
            tx = r["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(tx)):
                problems.append("%s offsets out of range" % rid)
                continue
            if (st > 0 and tx[st - 1].isalnum()) or (en < len(tx) and tx[en].isalnum()):
                problems.append("%s span not on word boundary: %r" % (rid, tx[st:en]))
            if tx[st].isspace() or tx[en - 1].isspace():
                problems.append("%s span has outer whitespace" % rid)
            if prev and prev[0] == s["turn"] and prev[1] > st:
                problems.append("%s overlapping spans" % rid)
            prev = (s["turn"], en)
            bygroup.setdefault(g, []).append(tx[st:en])
        for g, parts in bygroup.items():
            typ, full = gmeta[g]
            joined = " ".join(parts)
            err = validate(typ, joined, full)
            if err:
                problems.append("%s %s invalid: %s (%r)" % (rid, typ, err, joined))
    cnt = counts(recs)
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = len(recs) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("type %s only %d spans (need %d)" % (t, cnt[t], need))
    ncall = sum(r["note"].startswith("call/") for r in recs)
    print("cases: %d positive, %d negative, %d calls / %d chat" % (npos, nneg, ncall, len(recs) - ncall))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    return problems


def main():
    text, recs, groups = render_all()
    if "--check" in sys.argv[1:]:
        probs = check(text, recs, groups)
        for p in probs:
            print("PROBLEM:", p)
        print("check %s (%d problems)" % ("OK" if not probs else "FAILED", len(probs)))
        sys.exit(1 if probs else 0)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme(recs), encoding="utf-8")
    print("wrote %d cases to %s" % (len(recs), CASES.relative_to(ROOT)))


if __name__ == "__main__":
    main()

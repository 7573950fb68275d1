#!/usr/bin/env python3
"""Generate the held-out PII redaction set h219 (independent author, test data only).

Usage:
    python scripts/make_pii_holdout219.py          # write fixture + README
    python scripts/make_pii_holdout219.py --check  # regenerate, compare, validate

Standard library only. All values come from one seeded random.Random so the
output is byte-for-byte reproducible. Offsets are computed from segments,
never typed by hand.
"""
from __future__ import annotations

import json
import re
import random
import sys
from collections import Counter
from pathlib import Path

SEED = 219241126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout219"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h219"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- values
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second",
       23: "twenty third", 24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card():
    k = R.random()
    if k < 0.45:
        return luhn_complete("4" + digits(R.choice([3, 5]))[:5], 16)
    if k < 0.75:
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if k < 0.88:
        return luhn_complete(R.choice(["34", "37"]), 15)
    return luhn_complete(R.choice(["6011", "65"]), 16)


def group_card(c, sep=" "):
    if len(c) == 15:
        parts = [c[:4], c[4:10], c[10:]]
    else:
        parts = [c[i:i + 4] for i in range(0, len(c), 4)]
    return sep.join(parts)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + digits(6) + R.choice("ABCD")


def sort_code():
    return digits(6)


def account(n=8):
    return str(R.randint(1, 9)) + digits(n - 1)


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban():
    c = R.choice(["GB", "IE", "DE", "NL", "FR", "ES"])
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(14)
    elif c == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + digits(14)
    elif c == "DE":
        bban = digits(18)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    elif c == "FR":
        bban = digits(23)
    else:
        bban = digits(20)
    return c + iban_check(c, bban) + bban


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def uk_mobile():
    return "07" + str(R.randint(3, 9)) + digits(8)


def us_phone():
    return str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)


def ie_mobile():
    return "08" + R.choice("35679") + digits(7)


FIRST = ["sarah", "tom", "priya", "liam", "aoife", "marcus", "chen", "olga", "dave", "fatima",
         "grace", "niall", "rosa", "ben", "kemi", "jakub", "ellie", "omar", "hannah", "luca"]
LAST = ["okafor", "murphy", "walsh", "patel", "nguyen", "smith", "kowalski", "brennan",
        "hughes", "garcia", "obrien", "fischer", "mendes", "clarke", "ahmed", "doyle"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "icloud.com",
           "btinternet.com", "proton.me", "eircom.net", "aol.com", "gmx.de"]


def email_parts():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 4)
    num = str(R.randint(10, 99))
    if style == 0:
        local = [f, ".", l]
    elif style == 1:
        local = [f[0], ".", l, num]
    elif style == 2:
        local = [f, "_", l]
    elif style == 3:
        local = [f, l, num]
    else:
        local = [l, ".", f[0]]
    return local, R.choice(DOMAINS)


def email_typed():
    local, dom = email_parts()
    return "".join(local) + "@" + dom


def say_email():
    local, dom = email_parts()
    out = []
    for p in local:
        if p == ".":
            out.append("dot")
        elif p == "_":
            out.append("underscore")
        elif p.isdigit():
            out.append(say_pairs(p))
        elif len(p) == 1:
            out.append(p)
        else:
            out.append(p)
    out.append("at")
    out.append(dom.replace(".", " dot "))
    return " ".join(out)


STREETS = ["elmwood", "station", "church", "kingsley", "maple", "victoria", "harbour", "oak",
           "mill", "beechfield", "grafton", "lincoln", "cedar", "willow", "park", "riverside",
           "highfield", "clarendon", "ashgrove", "sycamore"]
SUFFIX = ["road", "street", "avenue", "lane", "drive", "close", "crescent", "way", "court",
          "terrace", "boulevard", "place", "grove"]
SUFFIX_ABBR = {"road": "Rd", "street": "St", "avenue": "Ave", "lane": "Ln", "drive": "Dr",
               "court": "Ct", "boulevard": "Blvd", "place": "Pl", "terrace": "Terr"}


def address_typed():
    n = str(R.randint(1, 240))
    name, suf = R.choice(STREETS), R.choice(SUFFIX)
    if R.random() < 0.4 and suf in SUFFIX_ABBR:
        s = SUFFIX_ABBR[suf] + R.choice(["", "."])
    else:
        s = suf
    if R.random() < 0.5:
        name, s = name.title(), s.title() if s.islower() else s
    if R.random() < 0.2:
        n = "Flat %d, %s" % (R.randint(1, 12), n)
    return "%s %s %s" % (n, name, s)


def address_spoken():
    n = R.randint(1, 240)
    return "%s %s %s" % (say_number_casual(n), R.choice(STREETS), R.choice(SUFFIX))


UK_AREAS = ["SW", "SE", "N", "E", "W", "M", "B", "LS", "CR", "BS", "CF", "EH", "G", "NE", "L",
            "BT", "RG", "KT", "NW", "EC"]
UNIT = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode():
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 29))
    return "%s%s %d%s%s" % (a, d, R.randint(0, 9), R.choice(UNIT), R.choice(UNIT))


def us_zip():
    return str(R.randint(1, 9)) + digits(4)


def dob_tuple():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2004)


def expiry_tuple():
    return R.randint(1, 12), R.randint(26, 33)


# ---------------------------------------------------------------- speech
def zero_word(uk=True):
    return R.choice(["oh", "zero", "o", "nought"] if uk else ["oh", "zero", "o"])


def say_digits(s, uk=True, doubles=True, fillers=False):
    """Digit-by-digit reading with optional double/triple and zero variants."""
    zw = zero_word(uk)
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        w = zw if d == "0" else ONES[int(d)]
        if doubles and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < 0.7:
            out.append("triple " + w)
            i += 3
        elif doubles and i + 1 < len(s) and s[i + 1] == d and R.random() < 0.7:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
        if fillers and i < len(s) and R.random() < 0.12:
            out.append(R.choice(["um", "uh", "er"]))
    return " ".join(out)


def say_pair(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word() + " " + ONES[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + ONES[b]


def say_pairs(s):
    """Read a digit string in pairs (odd leading digit said alone)."""
    out = []
    if len(s) % 2:
        out.append(ONES[int(s[0])] if s[0] != "0" else zero_word())
        s = s[1:]
    for i in range(0, len(s), 2):
        out.append(say_pair(s[i:i + 2]))
    return " ".join(out)


def say_mixed(s, uk=True):
    """Chunks read either digit-by-digit or as pairs."""
    out = []
    i = 0
    while i < len(s):
        if i + 1 < len(s) and s[i + 1] != "0" and R.random() < 0.4:
            out.append(say_pair(s[i:i + 2]))
            i += 2
        else:
            d = s[i]
            out.append((zero_word(uk) if d == "0" else ONES[int(d)]))
            i += 1
    return " ".join(out)


def say_number_casual(n):
    if n < 10:
        return ONES[n]
    if n < 100:
        return say_pair("%02d" % n)
    s = str(n)
    if s[1:] == "00":
        return ONES[int(s[0])] + " hundred"
    if s[1] == "0":
        return ONES[int(s[0])] + " oh " + ONES[int(s[2])]
    return ONES[int(s[0])] + " " + say_pair(s[1:])


def say_year(y):
    s = str(y)
    if s.startswith("20") and y < 2010:
        return "two thousand and " + ONES[y - 2000]
    return say_pair(s[:2]) + " " + say_pair(s[2:])


NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu"}
HOMO = {"B": "be", "C": "see", "Y": "why", "R": "are", "J": "jay", "K": "kay", "T": "tee",
        "P": "pee", "E": "ee"}


def say_letter(ch, mode=None):
    mode = mode if mode is not None else R.random()
    if mode < 0.25:
        return "%s for %s" % (ch.lower(), NATO[ch])
    if mode < 0.35 and ch in HOMO:
        return HOMO[ch]
    return ch.lower()


def say_ni(v):
    a = say_letter(v[0]) + " " + say_letter(v[1])
    body = R.choice([say_digits, lambda x: say_pairs(x)])(v[2:8])
    return a, body, say_letter(v[8])


def say_postcode_uk(v):
    out = []
    for ch in v.replace(" ", ""):
        if ch.isdigit():
            out.append(ONES[int(ch)] if ch != "0" else R.choice(["zero", "nought"]))
        else:
            out.append(say_letter(ch, R.random() * 0.36))
    return " ".join(out)


def say_dob(d, m, y, us=False):
    k = R.random()
    if k < 0.35:
        return "%s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))
    if k < 0.6:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y))
    if k < 0.8:
        return "%s %s %s" % (say_pair("%02d" % d), say_pair("%02d" % m), say_year(y))
    return "%s %s %s" % (MONTHS[m - 1], say_number_casual(d), say_year(y))


def type_dob(d, m, y, us=False):
    k = R.random()
    if k < 0.3:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if k < 0.5:
        return "%d %s %d" % (d, MONTHS[m - 1].title()[:R.choice([3, 9])], y)
    if k < 0.65:
        return "%02d.%02d.%s" % (d, m, str(y)[2:])
    if k < 0.8:
        return "%s %d, %d" % (MONTHS[m - 1].title(), d, y)
    return "%d-%02d-%02d" % (y, m, d)


def type_expiry(m, y):
    return R.choice(["%02d/%02d" % (m, y), "%d/%d" % (m, y), "%02d-20%02d" % (m, y),
                     "%02d / %02d" % (m, y), "%02d%02d" % (m, y), "%02d.%02d" % (m, y)])


def say_expiry(m, y):
    k = R.random()
    if k < 0.4:
        return "%s %s" % (say_pair("%02d" % m), say_pair("%02d" % y))
    if k < 0.7:
        return "%s twenty %s" % (MONTHS[m - 1], say_pair("%02d" % y)) if R.random() < 0.5 \
            else "%s %s" % (MONTHS[m - 1], say_pair("%02d" % y))
    return "%s %s" % (say_digits("%02d" % m, doubles=False), say_digits("%02d" % y, doubles=False))


def typo(text):
    """Occasional realistic typo in free text (not inside values)."""
    words = text.split(" ")
    if len(words) < 3 or R.random() < 0.5:
        return text
    i = R.randrange(len(words))
    w = words[i]
    if len(w) > 3 and w.isalpha():
        j = R.randrange(len(w) - 1)
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        words[i] = w
    return " ".join(words)


EMOJI = ["🙏", "😅", "👍", "🙂", "😩", "🤞", "💳", "😬", "✌️", "🙄"]


def emo():
    return (" " + R.choice(EMOJI)) if R.random() < 0.35 else ""


# ---------------------------------------------------------------- case assembly
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = []  # (group_key, type, [span indexes]) for validation only
        self._g = {}

    def turn(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
                continue
            val, typ = seg[0], seg[1]
            grp = seg[2] if len(seg) > 2 else None
            lo, hi = 0, len(val)
            while lo < hi and not val[lo].isalnum():
                lo += 1
            while hi > lo and not val[hi - 1].isalnum():
                hi -= 1
            start = len(text) + lo
            end = len(text) + hi
            text += val
            idx = len(self.spans)
            self.spans.append({"turn": ti, "start": start, "end": end, "type": typ})
            key = grp if grp is not None else ("_%d" % idx)
            if key not in self._g:
                self._g[key] = (typ, [])
                self.groups.append(key)
            self._g[key][1].append(idx)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.turn("agent", *segs)

    def c(self, *segs):
        return self.turn("customer", *segs)

    def value_groups(self):
        for key in self.groups:
            typ, idxs = self._g[key]
            yield typ, [self.spans[i] for i in idxs]


# ---------------------------------------------------------------- positive templates
def p_chat_card_split():
    c = card()
    g = group_card(c).split(" ")
    cs = Case("positive", "chat/retail: card typed over several messages with agent nudges, messy typing")
    cs.a("Hi! I can take that payment for you now. Please type the long card number.")
    if len(g) == 4:
        cs.c((g[0] + " " + g[1], "CARD_NUMBER", "c"), emo())
        cs.c("sorry hit enter to early lol")
        cs.c((g[2], "CARD_NUMBER", "c"), " ", (g[3], "CARD_NUMBER", "c"))
    else:
        cs.c((g[0], "CARD_NUMBER", "c"))
        cs.c((g[1], "CARD_NUMBER", "c"), "...")
        cs.c((g[2], "CARD_NUMBER", "c"), emo())
    cs.a("Thanks, and the expiry?")
    m, y = expiry_tuple()
    cs.c("exp ", (type_expiry(m, y), "EXPIRY"), " and the ccv on back is ", (digits(4 if len(c) == 15 else 3), "CVV"))
    return cs


def p_chat_card_oneline():
    c = card()
    sep = R.choice([" ", "-", ".", "", "  ", " - ", "_"])
    val = group_card(c, sep) if sep else c
    if R.random() < 0.3:
        val = val.replace(" ", "\u00a0") if sep == " " else val
    cs = Case("positive", "web chat/%s: card in one message with odd separator '%s'" % (
        R.choice(["telecom", "retail", "utilities", "travel"]), sep))
    cs.a("To pay the outstanding £%d.%02d just pop the card details in here, it's a secure chat." % (R.randint(20, 400), R.randint(0, 99)))
    m, y = expiry_tuple()
    cs.c(typo("ok its "), (val, "CARD_NUMBER"), typo(" expirey "), (type_expiry(m, y), "EXPIRY"), " cvc ",
         (digits(4 if len(c) == 15 else 3), "CVV"), emo())
    return cs


def p_chat_card_correction():
    c = card()
    body = c[:-2] + str((int(c[-2]) + 3) % 10)
    wrong = [body + d for d in "0123456789" if luhn_ok(body + d)][0]
    cs = Case("positive", "sms/banking: customer types card, corrects it in next message; both are card numbers")
    cs.c("card ending issue again. number ", (group_card(wrong, "-"), "CARD_NUMBER", "w"))
    cs.c("wait no typo its ", (group_card(c, " "), "CARD_NUMBER"))
    cs.a("Thanks. Can you confirm the date of birth on the account?")
    d, m, y = dob_tuple()
    cs.c((type_dob(d, m, y), "DOB"))
    return cs


def p_call_card_split():
    c = card()
    uk = R.random() < 0.5
    cs = Case("positive", "call/%s: card read in chunks over customer turns with back-channels, mixed pair/digit reading" % (
        "insurance" if uk else "healthcare billing"))
    cs.a("okay so go ahead with the long number on the front when you're ready")
    chunks = [c[i:i + 4] for i in range(0, len(c), 4)]
    bc = ["mhm", "okay go on", "yep", "got that", "uh huh"]
    for i, ch in enumerate(chunks):
        if i == 0:
            cs.c("right it's ", (R.choice([say_digits, say_mixed])(ch, uk) if True else "", "CARD_NUMBER", "c"))
        else:
            cs.c((say_digits(ch, uk, fillers=True), "CARD_NUMBER", "c"))
        if i < len(chunks) - 1:
            cs.a(R.choice(bc))
    m, y = expiry_tuple()
    cs.a("lovely and the expiry date")
    cs.c("uh ", (say_expiry(m, y), "EXPIRY"))
    cs.a("and the three digits on the back")
    cs.c((say_digits(digits(3), uk, doubles=False), "CVV"))
    return cs


def p_call_card_readback():
    c = card()
    cs = Case("positive", "call/telecom: agent reads the card number back in pairs; customer confirms")
    cs.c("the card is ", (say_digits(c), "CARD_NUMBER"))
    cs.a("let me read that back ", (say_pairs(c), "CARD_NUMBER"), " is that right")
    cs.c("yeah that's it and it runs out ", (say_expiry(*expiry_tuple()), "EXPIRY"))
    return cs


def p_chat_ssn():
    s = ssn()
    form = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"])
    val = form % (s[:3], s[3:5], s[5:])
    cs = Case("positive", "web chat/US %s: SSN typed with separator pattern '%s'" % (
        R.choice(["banking", "insurance", "government services", "healthcare billing"]), form.replace("%s", "X")))
    cs.a("For verification please provide your Social Security number.")
    cs.c(typo("sure my social is "), (val, "SSN"), emo())
    cs.a("Thank you, and the ZIP code on file?")
    cs.c((us_zip(), "POSTCODE"))
    return cs


def p_chat_ssn_split():
    s = ssn()
    cs = Case("positive", "sms/US banking: SSN typed in two messages split 3-2 / 4, no separators")
    cs.a("Reply with your full SSN to unlock online banking. We'll never ask for your PIN.")
    cs.c((s[:3], "SSN", "s"), " ", (s[3:5], "SSN", "s"))
    cs.c((s[5:], "SSN", "s"), " thats the whole thing" + emo())
    return cs


def p_call_ssn():
    s = ssn()
    cs = Case("positive", "call/US insurance: SSN spoken digit by digit with oh and doubles, agent back-channel")
    cs.a("and can i get your social security number please")
    cs.c("yeah it's ", (say_digits(s[:3], uk=False), "SSN", "s"))
    cs.a("mhm")
    cs.c((say_digits(s[3:5], uk=False), "SSN", "s"), " ", (say_digits(s[5:], uk=False, fillers=True), "SSN", "s"))
    cs.a("thank you and your date of birth")
    d, m, y = dob_tuple()
    cs.c((say_dob(d, m, y, us=True), "DOB"))
    return cs


def p_call_ssn_pairs():
    s = ssn()
    cs = Case("positive", "call/US government services: SSN said in groups 3-2-4 with pair reading and self-correction")
    cs.a("what's the social on the claim")
    wrong = s[:5] + s[5:][::-1]
    cs.c((say_digits(s[:3], uk=False, doubles=False), "SSN", "s"), " ", (say_pair(s[3:5]), "SSN", "s"), " ",
         (say_pairs(wrong[5:]), "SSN", "s"), " no sorry i got that wrong")
    cs.c("it's ", (say_digits(s[:3], uk=False) + " " + say_digits(s[3:5], uk=False) + " " + say_pairs(s[5:]), "SSN"))
    cs.a("okay got it")
    return cs


def p_chat_ni():
    v = ni()
    form = R.choice(["%s %s %s %s %s", "%s%s%s%s%s", "%s-%s-%s-%s-%s", "%s %s%s%s %s"])
    val = form % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    if R.random() < 0.4:
        val = val.lower()
    cs = Case("positive", "web chat/UK government services: NI number typed with format '%s' (case varies)" % form.replace("%s", "X"))
    cs.a("Please confirm your National Insurance number so I can find your record.")
    cs.c(typo("it should be "), (val, "NI_NUMBER"), emo())
    return cs


def p_chat_ni_split():
    v = ni()
    cs = Case("positive", "social DM/UK HMRC-style: NI number split across three messages, copy-paste trailing stuff")
    cs.a("Can you DM your NI no. please?")
    cs.c((v[:2], "NI_NUMBER", "n"), " ", (v[2:4], "NI_NUMBER", "n"))
    cs.c((v[4:6] + " " + v[6:8], "NI_NUMBER", "n"))
    cs.c((v[8], "NI_NUMBER", "n"), "  <- last letter" + emo())
    return cs


def p_call_ni():
    v = ni()
    a, body, suf = say_ni(v)
    cs = Case("positive", "call/UK benefits: NI number with phonetic or homophone letters, split over turns")
    cs.a("can i take your national insurance number")
    cs.c("yeah it's ", (a, "NI_NUMBER", "n"))
    cs.a("okay")
    cs.c((body, "NI_NUMBER", "n"), " and then ", (suf, "NI_NUMBER", "n"))
    cs.a("thank you and your postcode")
    cs.c((say_postcode_uk(uk_postcode()), "POSTCODE"))
    return cs


def p_call_ni_oneturn():
    v = ni()
    a, body, suf = say_ni(v)
    cs = Case("positive", "call/UK payroll: NI number in one turn plus date of birth in the same turn")
    cs.a("i just need your NI number and date of birth")
    d, m, y = dob_tuple()
    dv = say_dob(d, m, y)
    lead = " and i was born on the " if dv.split(" ")[0] not in MONTHS and " of " in dv else " and i was born on "
    cs.c("okay so it's ", (a + " " + body + " " + suf, "NI_NUMBER"), lead, (dv, "DOB"))
    return cs


def p_chat_bank():
    acc, sc = account(8), sort_code()
    scv = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:])
    cs = Case("positive", "web chat/UK banking: sort code and account number for a refund, typed mid-sentence")
    cs.a("For the refund of £%d.%02d I need your sort code and account number." % (R.randint(5, 300), R.randint(0, 99)))
    if R.random() < 0.5:
        cs.c("sort ", (scv, "SORT_CODE"), " acc ", (acc, "BANK_ACCOUNT"), emo())
    else:
        cs.c(typo("acount number is "), (acc, "BANK_ACCOUNT"))
        cs.c("and sortcode " + R.choice(["", ": "]), (scv, "SORT_CODE"))
    return cs


def p_call_bank():
    acc, sc = account(8), sort_code()
    cs = Case("positive", "call/UK utilities: direct debit setup, sort code in pairs then account digits with back-channel")
    cs.a("what's the sort code for the direct debit")
    cs.c((say_pairs(sc), "SORT_CODE"))
    cs.a("and the account number")
    cs.c((say_digits(acc[:4]), "BANK_ACCOUNT", "a"))
    cs.a("mhm")
    cs.c((say_digits(acc[4:], fillers=True), "BANK_ACCOUNT", "a"))
    cs.a("so that's ", (say_digits(acc, doubles=False), "BANK_ACCOUNT"), " yeah")
    return cs


def p_chat_us_bank():
    acc = account(R.choice([10, 11, 12]))
    cs = Case("positive", "email/US retail: refund request with checking account number and phone in signature")
    ph = us_phone()
    cs.c("Hello,\n\nPlease send the refund for order #%s to my checking acct %s" % (digits(7), ""),
         (acc, "BANK_ACCOUNT"), ".\n\nThanks,\n%s\n" % R.choice(FIRST).title(),
         ("(%s) %s-%s" % (ph[:3], ph[3:6], ph[6:]), "PHONE"))
    return cs


def p_chat_iban():
    v = iban()
    val = R.choice([group4(v), v, group4(v).lower(), group4(v, "-")])
    cs = Case("positive", "email/EU travel: IBAN for a refund typed with spacing/case variant")
    cs.c("Hi, flight was cancelled (booking ref %s). Please refund to IBAN: " % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)),
         (val, "IBAN"), " thx" + emo())
    return cs


def p_chat_iban_split():
    v = iban()
    g = group4(v).split(" ")
    h = len(g) // 2
    cs = Case("positive", "web chat/EU banking: IBAN pasted in two halves across messages")
    cs.a("Please share the IBAN you'd like the funds sent to.")
    cs.c((" ".join(g[:h]), "IBAN", "i"))
    cs.c((" ".join(g[h:]), "IBAN", "i"), " (sorry paste cut off)")
    return cs


def p_call_iban():
    v = iban()
    parts = []
    for ch in v:
        parts.append(ONES[int(ch)] if ch.isdigit() and ch != "0" else ("zero" if ch == "0" else say_letter(ch, 0.1 if ch == "O" else 0.5)))
    cs = Case("positive", "call/EU insurance: IBAN read out character by character")
    cs.a("go ahead with the iban")
    cs.c("okay ", (" ".join(parts), "IBAN"))
    return cs


def p_chat_phone():
    k = R.randint(0, 3)
    if k == 0:
        p = uk_mobile()
        val = R.choice([p, p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "+44(0)" + p[1:]])
    elif k == 1:
        p = us_phone()
        val = R.choice(["%s-%s-%s" % (p[:3], p[3:6], p[6:]), "(%s)%s-%s" % (p[:3], p[3:6], p[6:]),
                        "+1 %s.%s.%s" % (p[:3], p[3:6], p[6:]), p])
    elif k == 2:
        p = ie_mobile()
        val = R.choice([p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:], p])
    else:
        p = digits(9)
        val = "+49 " + "1" + p[:2] + " " + p[2:]
    cs = Case("positive", "sms/telecom: callback number in message (form %s)" % ["UK", "US", "IE", "DE"][k])
    cs.c(typo("pls call me back on "), (val, "PHONE"), " after %d" % R.randint(2, 6) + R.choice(["pm", ":30", " oclock"]) + emo())
    return cs


def p_call_phone():
    p = uk_mobile() if R.random() < 0.6 else ie_mobile()
    cs = Case("positive", "call/telecom: mobile number read in chunks with doubles, agent reads back")
    cs.a("and what's the best number to reach you on")
    cs.c((say_digits(p[:5]), "PHONE", "p"))
    cs.a("yep")
    cs.c((say_mixed(p[5:]), "PHONE", "p"))
    cs.a("so that's ", (say_digits(p, doubles=False), "PHONE"))
    cs.c("that's right")
    return cs


def p_call_phone_intl():
    p = us_phone()
    cs = Case("positive", "call/travel: US number with country code, said as plus one and area code")
    cs.a("is there a number we can text you on while you're abroad")
    cs.c("yeah it's plus one ", (say_digits(p[:3], uk=False) + " " + say_digits(p[3:6], uk=False) + " " + say_pairs(p[6:]), "PHONE"))
    return cs


def p_chat_email():
    e = email_typed()
    if R.random() < 0.3:
        e = e.upper() if R.random() < 0.3 else e[0].upper() + e[1:]
    cs = Case("positive", "web chat/%s: email typed in message, sometimes with trailing punctuation" % R.choice(["utilities", "retail", "insurance"]))
    cs.a("What email should we send the confirmation to?")
    cs.c(R.choice(["", "its ", "send to "]), (e, "EMAIL"), R.choice(["", ".", "!!", " pls", " (personal one)"]) + emo())
    return cs


def p_call_email():
    cs = Case("positive", "call/retail: email address spelled as ASR writes it ('dot', 'at', numbers as words)")
    cs.a("and an email address for the receipt")
    cs.c("yeah it's ", (say_email(), "EMAIL"))
    return cs


def p_chat_address():
    a = address_typed()
    pc = uk_postcode()
    if R.random() < 0.4:
        pc = pc.lower() if R.random() < 0.5 else pc.replace(" ", "")
    cs = Case("positive", "web chat/UK utilities: change of address, street and postcode in one or two messages")
    cs.a("What's the new supply address?")
    if R.random() < 0.5:
        cs.c((a, "ADDRESS"), ", %s, " % R.choice(["Leeds", "Bristol", "croydon", "Manchester", "Cardiff"]), (pc, "POSTCODE"))
    else:
        cs.c("moving to ", (a, "ADDRESS"), emo())
        cs.c("postcode ", (pc, "POSTCODE"), " moving in on the %d%s" % (R.randint(4, 28), "th"))
    return cs


def p_chat_us_address():
    a = address_typed()
    z = us_zip()
    cs = Case("positive", "email/US retail: shipping address with ZIP+4 or ZIP")
    zz = z if R.random() < 0.5 else z + "-" + digits(4)
    cs.c("Please update shipping to ", (a, "ADDRESS"), ", %s, %s " % (R.choice(["Austin", "Denver", "Portland", "Raleigh"]), R.choice(["TX", "CO", "OR", "NC"])),
         (zz, "POSTCODE"), " before the 2 packages go out")
    return cs


def p_call_address():
    cs = Case("positive", "call/insurance: address and postcode spoken, postcode with phonetic letters")
    cs.a("can you confirm the first line of the address")
    cs.c("it's ", (address_spoken(), "ADDRESS"))
    cs.a("and the postcode")
    cs.c((say_postcode_uk(uk_postcode()), "POSTCODE"))
    return cs


def p_call_zip():
    z = us_zip()
    cs = Case("positive", "call/US healthcare billing: address and zip code spoken")
    cs.a("what's the street address on the account")
    cs.c((address_spoken(), "ADDRESS"), " in %s" % R.choice(["springfield", "columbus", "fresno"]))
    cs.a("zip code")
    cs.c((say_digits(z, uk=False), "POSTCODE"))
    return cs


def p_chat_dob():
    d, m, y = dob_tuple()
    us = R.random() < 0.4
    cs = Case("positive", "web chat/%s: date of birth typed, next to a non-birth date" % ("US healthcare billing" if us else "UK insurance"))
    cs.a("To verify, what's your date of birth?")
    cs.c((type_dob(d, m, y, us), "DOB"), R.choice(["", " 🙂", ". policy renewed on 1/%d/2025" % R.randint(2, 9)]))
    return cs


def p_call_dob():
    d, m, y = dob_tuple()
    cs = Case("positive", "call/healthcare billing: date of birth spoken, with appointment date also mentioned")
    cs.a("can i take your date of birth")
    cs.c("yeah ", (say_dob(d, m, y), "DOB"), " and the appointment was on the %s" % ORD[R.randint(1, 28)])
    return cs


def p_chat_mixed_kitchen_sink():
    cs = Case("positive", "web chat/telecom: new-contract form pasted as one block with labels, copy-paste artefacts")
    d, m, y = dob_tuple()
    pc = uk_postcode()
    cs.c("Name: %s %s\nDOB: " % (R.choice(FIRST).title(), R.choice(LAST).title()), (type_dob(d, m, y), "DOB"),
         "\nAddress: ", (address_typed(), "ADDRESS"), "\nPostcode: ", (pc, "POSTCODE"),
         "\nMobile: ", (uk_mobile(), "PHONE"), "\nEmail: ", (email_typed(), "EMAIL"),
         "\nPlan: %dGB £%d/month" % (R.choice([10, 30, 100]), R.randint(8, 40)))
    return cs


def p_chat_payment_block():
    c = card()
    cs = Case("positive", "email/travel: payment details in email body with labels and NBSP/tab artefacts")
    m, y = expiry_tuple()
    cs.c("Card no.:\t", (group_card(c), "CARD_NUMBER"), "\nExp:\t", (type_expiry(m, y), "EXPIRY"), "\nSec code:\t",
         (digits(4 if len(c) == 15 else 3), "CVV"), "\nAmount: €%d.00 for %d nights" % (R.randint(90, 900), R.randint(1, 7)))
    return cs


def p_call_card_and_chat():
    c = card()
    cs = Case("positive", "call/retail: card read with pairs and doubles mixed with chit-chat and the price")
    cs.c("okay the card is ", (say_mixed(c[:8]), "CARD_NUMBER", "c"), " hang on the dog's barking ",
         (say_digits(c[8:]), "CARD_NUMBER", "c"))
    cs.a("thank you that's forty nine ninety nine taken today")
    return cs


def p_chat_ssn_and_dob():
    s = ssn()
    d, m, y = dob_tuple()
    cs = Case("positive", "web chat/US banking: SSN last part and DOB in same message, lowercase, no punctuation")
    cs.c("ssn ", ("%s %s %s" % (s[:3], s[3:5], s[5:]), "SSN"), " dob ", (type_dob(d, m, y, True), "DOB"), " i called 3 times already")
    return cs


def p_chat_ni_dob():
    v = ni()
    d, m, y = dob_tuple()
    cs = Case("positive", "social DM/UK pensions: NI number and DOB typed together with typos")
    cs.c(typo("hiya my ni is "), (v.lower() if R.random() < 0.5 else v, "NI_NUMBER"), " n dob ", (type_dob(d, m, y), "DOB"),
         " need my pension forcast" + emo())
    return cs


def p_chat_card_ssn():
    c, s = card(), ssn()
    cs = Case("positive", "web chat/US credit card: card and SSN in separate messages with small talk")
    cs.c("card # ", (c, "CARD_NUMBER"))
    cs.c("and last thing u asked for, social ", ("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN"))
    cs.c("its been %d mins lol" % R.randint(15, 50))
    return cs


def p_call_ni_split_letters():
    v = ni()
    cs = Case("positive", "call/UK tax: NI number letters with NATO and digits in pairs split over 3 turns")
    cs.a("national insurance please")
    cs.c((say_letter(v[0], 0.1) + " " + say_letter(v[1], 0.1), "NI_NUMBER", "n"))
    cs.a("okay go on")
    cs.c((say_pairs(v[2:6]), "NI_NUMBER", "n"))
    cs.a("mhm")
    cs.c((say_pairs(v[6:8]) + " " + say_letter(v[8]), "NI_NUMBER", "n"))
    return cs


def p_chat_card_multiline():
    c = card()
    g = group_card(c).split(" ")
    cs = Case("positive", "web chat/utilities: card pasted with line break and stray spaces inside one message")
    cs.a("You can pay the £%d.%02d arrears here." % (R.randint(30, 600), R.randint(0, 99)))
    cs.c("ok here ", (" ".join(g[:2]) + "\n" + "  ".join(g[2:]), "CARD_NUMBER"), "\n", "(copied from my banking app sorry abt formatting)")
    m, y = expiry_tuple()
    cs.c("valid thru ", (type_expiry(m, y), "EXPIRY"))
    return cs


def p_chat_phone_split():
    p = uk_mobile()
    cs = Case("positive", "sms/telecom: mobile number split across three texts with typo and emoji")
    cs.c(typo("new number for the acount is"))
    cs.c((p[:5], "PHONE", "p"))
    cs.c((p[5:8], "PHONE", "p"), " ", (p[8:], "PHONE", "p"), emo())
    return cs


def p_chat_email_obfuscated():
    local, dom = email_parts()
    loc = "".join(local)
    d1, d2 = dom.split(".", 1)
    val = R.choice(["%s [at] %s.%s" % (loc, d1, d2), "%s at %s dot %s" % (loc.replace(".", " dot "), d1, d2.replace(".", " dot ")),
                    "%s(at)%s.%s" % (loc, d1, d2), "%s @ %s . %s" % (loc, d1, d2)])
    cs = Case("positive", "social DM/retail: email written in anti-spam style ([at], 'dot', spaced @)")
    cs.a("Could you send us your email so we can find the order? DMs are private.")
    cs.c("sure its ", (val, "EMAIL"), emo())
    return cs


def p_chat_dob_casual():
    d, m, y = dob_tuple()
    suf = "th" if d in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 24, 25, 26, 27, 28) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d]
    val = R.choice(["%d%s %s %s" % (d, suf, MONTHS[m - 1], str(y)[2:]), "%d%s of %s %d" % (d, suf, MONTHS[m - 1].title(), y),
                    "%s %d%s %d" % (MONTHS[m - 1][:3], d, suf, y)])
    cs = Case("positive", "sms/insurance: DOB typed casually with ordinal suffix, renewal date nearby")
    cs.c("renewal due %d/%d but cant log in. dob is " % (R.randint(1, 28), R.randint(1, 12)), (val, "DOB"), emo())
    return cs


def p_chat_ssn_nosep():
    s = ssn()
    cs = Case("positive", "web chat/US healthcare billing: SSN with no separators after 'ss#', amount and claim number nearby")
    cs.c(typo("claim %s was denied for $%d. my ss# %s" % (ref_code(7), R.randint(80, 900), "")), (s, "SSN"), " if you need it")
    return cs


def p_chat_iban_nospace():
    v = iban()
    cs = Case("positive", "web chat/EU utilities: IBAN glued to label 'IBAN:' and sort of BIC after it")
    cs.c("IBAN:", (v if R.random() < 0.5 else v.lower(), "IBAN"), " BIC %s%s" % (v[4:8] if v[4:8].isalpha() else "DEUT", "DEFF" if v.startswith("DE") else "2D"))
    return cs


POS = [
    (p_chat_card_split, 6), (p_chat_card_oneline, 10), (p_chat_card_correction, 5), (p_call_card_split, 6),
    (p_call_card_readback, 4), (p_chat_ssn, 8), (p_chat_ssn_split, 5), (p_call_ssn, 5), (p_call_ssn_pairs, 3),
    (p_chat_ni, 9), (p_chat_ni_split, 5), (p_call_ni, 5), (p_call_ni_oneturn, 4), (p_chat_bank, 10),
    (p_call_bank, 5), (p_chat_us_bank, 4), (p_chat_iban, 6), (p_chat_iban_split, 4), (p_call_iban, 3),
    (p_chat_phone, 10), (p_call_phone, 4), (p_call_phone_intl, 3), (p_chat_email, 7), (p_call_email, 5),
    (p_chat_address, 6), (p_chat_us_address, 4), (p_call_address, 4), (p_call_zip, 3), (p_chat_dob, 6),
    (p_call_dob, 4), (p_chat_mixed_kitchen_sink, 5), (p_chat_payment_block, 4), (p_call_card_and_chat, 3),
    (p_chat_ssn_and_dob, 4), (p_chat_ni_dob, 4), (p_chat_card_ssn, 4), (p_call_ni_split_letters, 3),
    (p_chat_card_multiline, 5), (p_chat_phone_split, 5), (p_chat_email_obfuscated, 6), (p_chat_dob_casual, 5),
    (p_chat_ssn_nosep, 5), (p_chat_iban_nospace, 4),
]


# ---------------------------------------------------------------- negative templates
def ref_code(n):
    return str(R.randint(1, 9)) + digits(n - 1)


def n_order():
    cs = Case("negative", "web chat/retail: order number, price and delivery date (not PII)")
    cs.c(typo("where is my order #%s ?? paid £%d.%02d on %d/%d" % (ref_code(R.randint(6, 10)), R.randint(5, 300), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12))) + emo())
    cs.a("Sorry about that! It's due %s between %d:00 and %d:00." % (R.choice(["tomorrow", "Friday", "on the 14th"]), R.randint(7, 11), R.randint(12, 18)))
    return cs


def n_ticket():
    cs = Case("negative", "email/telecom: ticket number and speeds, no PII")
    cs.c("Ticket ref %s - still only getting %d Mbps of the %d I pay for since %d %s. Router model %s-%d." % (
        ref_code(R.randint(7, 10)), R.randint(3, 40), R.choice([100, 500, 900]), R.randint(1, 28), R.choice(MONTHS).title(),
        R.choice(["TP", "HH", "VMG"]), R.randint(1000, 9999)))
    return cs


def n_call_amount():
    a = R.randint(100, 9999)
    cs = Case("negative", "call/utilities: spoken balance and payment amount in words")
    cs.a("your balance is currently %s pounds and %s pence" % (say_number_casual(a % 240), say_number_casual(R.randint(10, 99))))
    cs.c("okay and if i pay %s a month how long would that take" % say_number_casual(R.randint(11, 99)))
    cs.a("about %s months" % say_number_casual(R.randint(2, 24)))
    return cs


def n_call_reference():
    cs = Case("negative", "call/insurance: claim reference read digit by digit with the word reference")
    cs.a("i'll give you a claim reference it's %s" % say_digits(ref_code(R.randint(6, 9)), doubles=True))
    cs.c("sorry can you repeat the reference")
    cs.a("yep claim reference %s" % say_digits(ref_code(8), doubles=False))
    return cs


def n_flight():
    cs = Case("negative", "sms/travel: flight number, gate, seat, times")
    cs.c("flight %s%d delayed again, now leaving %02d:%02d gate %s%d seat %d%s. been here %d hrs %s" % (
        R.choice(["BA", "EI", "FR", "UA", "LH"]), R.randint(100, 9999), R.randint(5, 23), R.choice([0, 15, 30, 45]),
        R.choice("ABC"), R.randint(1, 60), R.randint(1, 40), R.choice("ABCDEF"), R.randint(2, 9), R.choice(EMOJI)))
    return cs


def n_call_flight():
    cs = Case("negative", "call/travel: flight number and booking times spoken")
    cs.c("i'm on the %s %s flight on the %s leaving at %s" % (
        R.choice(["aer lingus", "ryanair", "united"]), say_digits(str(R.randint(100, 999))), ORD[R.randint(1, 28)],
        R.choice(["half seven", "ten fifteen", "six forty five", "nine in the morning"])))
    cs.a("okay and it's %s passengers" % R.choice(["two", "three", "four"]))
    return cs


def n_meter():
    cs = Case("negative", "web chat/utilities: meter readings and tariff prices")
    cs.c("meter reading today %s (day) and %s night. why is unit rate %d.%dp now" % (
        digits(5), digits(5), R.randint(20, 35), R.randint(0, 99)))
    cs.a("Thanks, I've submitted both readings dated %d/%d." % (R.randint(1, 28), R.randint(1, 12)))
    return cs


def n_call_meter():
    cs = Case("negative", "call/utilities: meter reading spoken digit by digit with the word reading")
    cs.c("the reading on the meter is %s" % say_digits(digits(5)))
    cs.a("lovely and the gas reading")
    cs.c("gas reading %s" % say_digits(digits(5)))
    return cs


def n_appointment():
    cs = Case("negative", "web chat/healthcare billing: appointment date, copay and invoice number")
    cs.c("I was billed $%d.%02d for my %d/%d/%d appt, invoice %s, but my copay is $%d" % (
        R.randint(40, 900), R.randint(0, 99), R.randint(1, 12), R.randint(1, 28), R.choice([2024, 2025, 2026]),
        ref_code(R.randint(6, 9)), R.choice([20, 25, 30, 40])))
    return cs


def n_call_dates():
    cs = Case("negative", "call/telecom: contract start date, payment date and year - not birth dates")
    cs.a("so your contract started on the %s of %s %s" % (ORD[R.randint(1, 28)], R.choice(MONTHS), say_year(R.randint(2019, 2025))))
    cs.c("right and the payment goes out on the %s every month" % ORD[R.randint(1, 28)])
    return cs


def n_model():
    cs = Case("negative", "social DM/retail: model number, serial-style product code, quantity")
    cs.c("hey ordered %d x %s-%s%d but got the %s one instead, box says SKU %s" % (
        R.randint(1, 4), R.choice(["WH", "KX", "SM"]), R.choice(["TG", "A"]), R.randint(100, 9999),
        R.choice(["black", "64gb", "uk plug"]), ref_code(R.randint(6, 10))) + emo())
    return cs


def n_room():
    cs = Case("negative", "call/travel: hotel room number, nights, temperatures, ages")
    cs.c("we're in room %s for %s nights with two kids aged %s and %s and the heating's stuck at %s degrees" % (
        say_number_casual(R.randint(100, 240)), say_number_casual(R.randint(2, 9)), say_number_casual(R.randint(3, 14)),
        say_number_casual(R.randint(3, 14)), say_number_casual(R.randint(26, 31))))
    return cs


def n_percent():
    cs = Case("negative", "email/banking: APR, balance, amounts and years")
    cs.c("My APR went from %d.%d%% to %d.%d%% and balance is now £%s. I've banked with you since %d." % (
        R.randint(9, 19), R.randint(0, 9), R.randint(20, 34), R.randint(0, 9), "{:,}.{:02d}".format(R.randint(1000, 99999), R.randint(0, 99)),
        R.randint(1985, 2015)))
    return cs


def n_call_counts():
    cs = Case("negative", "call/telecom: counts, minutes, data and long spoken number that is a quantity")
    cs.c("i've used like %s gigs and i've been on hold %s minutes" % (say_number_casual(R.randint(11, 99)), say_number_casual(R.randint(20, 59))))
    cs.a("okay i can add %s minutes and %s texts for %s ninety nine" % (say_number_casual(R.randint(100, 240)), "unlimited", say_number_casual(R.randint(2, 9))))
    return cs


def n_chat_order_long():
    cs = Case("negative", "web chat/retail: 10-digit order number said with its reference word, tracking and price")
    cs.c("order no %s" % ref_code(10))
    cs.c("tracking says %s parcels, £%d.%02d postage" % (R.randint(2, 5), R.randint(2, 15), R.randint(0, 99)))
    cs.a("Thanks, that order is with the courier and should arrive in %d-%d days." % (R.randint(1, 2), R.randint(3, 5)))
    return cs


def n_call_invoice():
    cs = Case("negative", "call/healthcare billing: invoice number in pairs and the amount due")
    cs.a("the invoice number is %s and the amount due is %s dollars" % (say_pairs(ref_code(8)), say_number_casual(R.randint(100, 240))))
    cs.c("okay and that's due on the %s" % ORD[R.randint(1, 28)])
    return cs


def n_self_company():
    cs = Case("negative", "web chat/government services: opening hours and durations, no PII")
    cs.a("Our lines are open %d:00-%d:00 Mon-Fri. Processing takes %d-%d working days." % (R.randint(7, 9), R.randint(17, 20), R.randint(3, 5), R.randint(6, 15)))
    cs.c(typo("ok thanks, i applied on %d %s so should be soon" % (R.randint(1, 28), R.choice(MONTHS).title())) + emo())
    return cs


def n_call_version():
    cs = Case("negative", "call/telecom: software version, speeds, channel numbers")
    cs.c("the box says version %s point %s point %s and channel %s isn't working" % (
        say_number_casual(R.randint(1, 9)), say_number_casual(R.randint(0, 20)), say_number_casual(R.randint(0, 99)),
        say_number_casual(R.randint(100, 240))))
    return cs


def n_sms_otp_like():
    cs = Case("negative", "sms/banking: parcel locker slot, store number, and receipt number (no PII)")
    cs.c("store #%d till %d receipt %s, refunded £%d.%02d" % (R.randint(100, 999), R.randint(1, 12), ref_code(R.randint(8, 10)), R.randint(3, 99), R.randint(0, 99)))
    return cs


def n_call_age_year():
    cs = Case("negative", "call/insurance: age, years of no claims, car year, mileage")
    cs.c("i'm %s i've got %s years no claims and it's a %s car with %s thousand miles" % (
        say_number_casual(R.randint(19, 80)), say_number_casual(R.randint(1, 15)), say_year(R.randint(2008, 2024)),
        say_number_casual(R.randint(10, 99))))
    return cs


def n_chat_prices_list():
    cs = Case("negative", "web chat/telecom: list of plan prices and data amounts with separators")
    cs.a("Plans: %dGB - £%d.99 | %dGB - £%d.99 | unlimited - £%d.00 (24 months)" % (
        R.randint(5, 20), R.randint(5, 12), R.randint(30, 100), R.randint(13, 20), R.randint(21, 35)))
    cs.c("the middle one pls" + emo())
    return cs


def n_call_time_money():
    cs = Case("negative", "call/retail: spoken prices like 'nineteen ninety nine' and times")
    cs.a("that one's %s ninety nine and the store shuts at %s" % (say_number_casual(R.randint(11, 99)), R.choice(["half five", "six", "eight thirty"])))
    cs.c("and is there a delivery charge")
    cs.a("%s ninety five" % say_number_casual(R.randint(2, 9)))
    return cs


def n_chat_refs_mixed():
    cs = Case("negative", "email/insurance: policy, invoice and case references with prefixes and leading zeros, premium amounts")
    cs.c("Re: case %s\n\nPolicy POL-%s renewed at £%d.%02d (was £%d). Invoice INV-%d-%06d attached, paid %d/%d/%d." % (
        "0" + digits(7), ref_code(8), R.randint(200, 900), R.randint(0, 99), R.randint(150, 800),
        R.choice([2025, 2026]), R.randint(1, 99999), R.randint(1, 28), R.randint(1, 12), R.choice([2025, 2026])))
    cs.a("Thanks, case updated. Refund of £%d.%02d within %d working days." % (R.randint(5, 90), R.randint(0, 99), R.randint(3, 10)))
    return cs


def n_call_order_ten():
    cs = Case("negative", "call/retail: ten-digit order number read digit by digit with 'order number', agent repeats it")
    o = ref_code(10)
    cs.a("have you got the order number there")
    cs.c("yeah the order number is %s" % say_digits(o, fillers=True))
    cs.a("so order number %s and that was for %s pounds" % (say_pairs(o), say_number_casual(R.randint(11, 99))))
    return cs


NEG = [
    (n_order, 6), (n_ticket, 5), (n_call_amount, 5), (n_call_reference, 5), (n_flight, 5), (n_call_flight, 4),
    (n_meter, 5), (n_call_meter, 4), (n_appointment, 5), (n_call_dates, 5), (n_model, 5), (n_room, 4),
    (n_percent, 5), (n_call_counts, 4), (n_chat_order_long, 5), (n_call_invoice, 4), (n_self_company, 4),
    (n_call_version, 4), (n_sms_otp_like, 5), (n_call_age_year, 4), (n_chat_prices_list, 4), (n_call_time_money, 4),
    (n_chat_refs_mixed, 5), (n_call_order_ten, 4),
]


# ---------------------------------------------------------------- build
def build():
    pos_jobs = [f for f, n in POS for _ in range(n)]
    neg_jobs = [f for f, n in NEG for _ in range(n)]
    R.shuffle(pos_jobs)
    R.shuffle(neg_jobs)
    cases = []
    for i, f in enumerate(pos_jobs, 1):
        cs = f()
        cs.id = "%s-pos-%03d" % (PREFIX, i)
        cases.append(cs)
    for i, f in enumerate(neg_jobs, 1):
        cs = f()
        cs.id = "%s-neg-%03d" % (PREFIX, i)
        cases.append(cs)
    return cases


def to_line(cs):
    return json.dumps({"id": cs.id, "kind": cs.kind, "turns": cs.turns, "spans": cs.spans, "note": cs.note},
                      ensure_ascii=False)


# ---------------------------------------------------------------- validation
WORDNUM = {w: str(i) for i, w in enumerate(ONES)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENSNUM = {w: str(i) for i, w in enumerate(TENS) if w}
FILLERS = {"um", "uh", "er", "and", "then", "plus", "no", "sorry", "of", "the"}
NATO_REV = {v: k for k, v in NATO.items()}
HOMO_REV = {v: k for k, v in HOMO.items()}
ORD_REV = {}
for _k, _v in ORD.items():
    ORD_REV[_v] = str(_k)


def normalise(text, letters=False, email=False, dob=False):
    """Convert a spoken/typed value to a compact string of digits/letters."""
    t = text.lower().replace("x-ray", "xray")
    if dob:
        t = re.sub(r"\b(\d+)(st|nd|rd|th)\b", r"\1", t)
    for o, n in sorted(ORD_REV.items(), key=lambda kv: -len(kv[0])):
        t = re.sub(r"\b%s\b" % o, " ord%s " % n, t)
    toks = re.findall(r"[a-z0-9@._+-]+", t) if email else re.findall(r"[a-z0-9]+", t)
    out = []
    i = 0
    mult = 1
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w in ("double", "triple"):
            mult = 2 if w == "double" else 3
            i += 1
            continue
        if w.startswith("ord") and w[3:].isdigit():
            out.append(w[3:].zfill(2))
        elif letters and len(w) == 1 and w.isalpha() and nxt == "for" and i + 2 < len(toks):
            out.append(w.upper())
            i += 3
            continue
        elif letters and w in NATO_REV:
            out.append(NATO_REV[w] if w != "xray" else "X")
        elif w == "xray":
            out.append("X")
        elif letters and w in HOMO_REV:
            out.append(HOMO_REV[w])
        elif w in WORDNUM and not (letters and w == "o" and False):
            out.append(WORDNUM[w] * mult)
        elif w in TEENNUM:
            out.append(TEENNUM[w])
        elif w in TENSNUM:
            if nxt in WORDNUM and nxt not in ("oh", "o", "nought", "zero"):
                out.append(TENSNUM[w] + WORDNUM[nxt])
                i += 2
                mult = 1
                continue
            out.append(TENSNUM[w] + "0")
        elif w in MONTHS:
            out.append("M%02d" % (MONTHS.index(w) + 1))
        elif not letters and not email and len(w) >= 3 and w.isalpha() and any(m.startswith(w) for m in MONTHS):
            out.append("M%02d" % [m.startswith(w) for m in MONTHS].index(True))
        elif w in FILLERS and not email:
            pass
        elif email and w in ("dot", "at", "underscore"):
            out.append({"dot": ".", "at": "@", "underscore": "_"}[w])
        elif w == "thousand":
            out.append("000")
        elif w == "hundred":
            out.append("00")
        elif w.isdigit() or letters or email:
            out.append(w.upper() if letters else w)
        else:
            out.append("?" + w)
        mult = 1
        i += 1
    return "".join(out)


def validate_value(typ, text):
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    if typ == "EMAIL":
        n = normalise(text, email=True)
        return bool(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", n)), n
    if typ == "ADDRESS":
        n = text.lower()
        words = re.findall(r"[a-z0-9]+", n)
        ok = bool(words) and words[-1] in set(SUFFIX) | {s.lower() for s in SUFFIX_ABBR.values()}
        return ok and any(ch.isdigit() for ch in normalise(text)), n
    if typ == "DOB":
        n = normalise(text, dob=True)
        ok = "?" not in n and (("M" in n and len(re.sub(r"\D", "", n)) >= 3) or len(re.sub(r"\D", "", n)) >= 5)
        return ok, n
    n = normalise(text, letters=letters)
    if "?" in n:
        return False, n
    if typ == "EXPIRY":
        n2 = n.replace("M", "")
        return 3 <= len(n2) <= 6 and n2.isdigit(), n
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n), n
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4), n
    if typ == "SSN":
        return n.isdigit() and len(n) == 9, n
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", n)), n
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 12, n
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6, n
    if typ == "IBAN":
        ok = bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", n))
        if ok:
            s = n[4:] + n[:4]
            ok = int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1
        return ok, n
    if typ == "PHONE":
        return n.isdigit() and 9 <= len(n) <= 13, n
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(\d{4})?", n)), n
    return False, n


def check(cases, text):
    problems = []
    lines = text.splitlines()
    ids = set()
    per_type = Counter()
    npos = nneg = 0
    for cs, line in zip(cases, lines):
        obj = json.loads(line)
        if obj["id"] in ids:
            problems.append("duplicate id " + obj["id"])
        ids.add(obj["id"])
        if obj["kind"] == "negative":
            nneg += 1
            if obj["spans"]:
                problems.append(obj["id"] + ": negative with spans")
            continue
        npos += 1
        if not obj["spans"]:
            problems.append(obj["id"] + ": positive without spans")
        seen = {}
        for sp in obj["spans"]:
            if sp["type"] not in TYPES:
                problems.append("%s: bad type %s" % (obj["id"], sp["type"]))
            t = obj["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(t)):
                problems.append("%s: offsets out of range" % obj["id"])
                continue
            if not t[s].isalnum() or not t[e - 1].isalnum() or (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
                problems.append("%s: span not on word boundary %r" % (obj["id"], t[s:e]))
            for (a, b) in seen.get(sp["turn"], []):
                if s < b and a < e:
                    problems.append("%s: overlapping spans" % obj["id"])
            seen.setdefault(sp["turn"], []).append((s, e))
            per_type[sp["type"]] += 1
        for typ, spans in cs.value_groups():
            joined = " ".join(cs.turns[sp["turn"]]["text"][sp["start"]:sp["end"]] for sp in spans)
            ok, n = validate_value(typ, joined)
            if not ok:
                problems.append("%s: %s value fails validation: %r -> %r" % (obj["id"], typ, joined, n))
    if len(lines) != len(cases):
        problems.append("line count mismatch")
    if npos < 170:
        problems.append("only %d positives" % npos)
    if nneg < 100:
        problems.append("only %d negatives" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if per_type[t] < need:
            problems.append("type %s has %d spans (< %d)" % (t, per_type[t], need))
    return problems, per_type, npos, nneg


def readme(per_type, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, per_type[t]) for t in TYPES)
    return """# PII hold-out set h219

Written by an AI helper acting as an **independent author**: it did not see the
redaction code, its tests, its docs, the benchmark or any other fixture set; it
only saw a 3-line example of the JSONL format. The cases are generated by
`scripts/make_pii_holdout219.py` (standard library, one `random.Random(%d)`),
from template functions where every turn is assembled from plain-text segments
and (value, TYPE) segments, so offsets are computed, never typed by hand.

**Never use this set for tuning.** It is a held-out evaluation set only.

Regenerate / verify:

    python scripts/make_pii_holdout219.py          # writes cases.jsonl + README.md
    python scripts/make_pii_holdout219.py --check  # regenerates, compares, validates

`--check` verifies byte-identical regeneration, unique ids, offsets in range and on
word boundaries, non-overlapping spans, minimum counts, and validates each value after
normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN,
6 for sort codes, digit counts for CVV/phone/account, UK postcode / US ZIP shapes).

## Emphasis

About two thirds of the positive cases are typed channels (web chat, SMS, e-mail
bodies, social DMs) with messy typing: values split across several messages, typos
in surrounding words, odd separators (dash, dot, underscore, NBSP, none), mixed case,
emojis, tabs/labels from pasted forms. The rest are phone calls written like ASR
output (lower case, numbers as words, oh/o/nought/zero, double/triple, pairs such as
"forty one", years as "nineteen eighty seven", phonetic letters "b for bravo",
homophones "see"/"be"/"why"/"are" for letters, fillers inside readings, agent
back-channels, read-backs and self-corrections).

## Annotation conventions

* A span covers the value only: from its first to its last letter/digit. Lead-in
  words ("it's", "my social is", "card no.:") and surrounding punctuation, brackets
  and "+" signs are outside. Internal separators, spaces, filler words ("um") and
  "double"/"triple" inside a reading are inside.
* A value split across messages/turns is labelled with one span per piece, each with
  the value's type; agent back-channels between pieces are not labelled.
* Agent read-backs of a value are labelled too. When a customer corrects a value,
  both the wrong and the corrected reading are labelled (both are the customer's data
  or near-copies of it).
* ADDRESS = house/flat number through street type ("Flat 3, 14 Elmwood Road");
  town/city and state are not labelled; the postcode/ZIP is a separate POSTCODE span.
* DOB spans the whole date expression ("the fourteenth of march nineteen eighty
  seven" → from "fourteenth"), not the words "born on".
* EXPIRY spans the date only ("09/27", "september twenty seven"); CVV the digits only.
* PHONE includes country code digits (span begins at the first digit after "+";
  when said "plus one" the country code words are outside the span).
* Negatives contain order/ticket/claim/invoice/reference numbers (with their
  reference word), prices, balances, times, durations, counts, years, percentages,
  non-birth dates, flight/room/model numbers, meter readings, speeds, ages and
  temperatures; nothing in them may be redacted.

## Counts

Positive cases: %d; negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    cases = build()
    text = "".join(to_line(cs) + "\n" for cs in cases)
    problems, per_type, npos, nneg = check(cases, text)
    rd = readme(per_type, npos, nneg)
    if "--check" in sys.argv[1:]:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            problems.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("cases: %d positive, %d negative" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, per_type[t]))
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else "FAILED (%d problems)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

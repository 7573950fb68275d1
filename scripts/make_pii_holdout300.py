#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout300``.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
(one ``random.Random(300241125)``).

    python scripts/make_pii_holdout300.py          # write fixture + README
    python scripts/make_pii_holdout300.py --check  # regenerate and verify

Never use this set for tuning.
"""
from __future__ import annotations

import json
import random
import re
import string
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout300"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
SEED = 300241125
PREFIX = "h300"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# spoken-number helpers
# --------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango",
        "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu"}
NAMEWORD = {"a": "apple", "b": "boy", "c": "cat", "d": "david", "e": "edward", "h": "harry",
            "j": "john", "k": "king", "l": "london", "m": "mary", "n": "nancy", "p": "peter",
            "r": "robert", "s": "sam", "t": "tom", "w": "william", "x": "xylophone",
            "y": "yellow", "z": "zebra"}


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)

    # ---- low level
    def zero(self, region="us"):
        if region == "uk":
            return self.r.choice(["oh", "oh", "nought", "zero", "o"])
        return self.r.choice(["oh", "oh", "zero", "o"])

    def say_digits(self, s, region="us", runs=True, fillers=False):
        """digit-by-digit, optional double/triple."""
        out = []
        i = 0
        z = self.zero(region)
        while i < len(s):
            d = s[i]
            j = i
            while j < len(s) and s[j] == d:
                j += 1
            run = j - i
            w = z if d == "0" else UNITS[int(d)]
            if runs and run >= 3 and self.r.random() < 0.6:
                out.append("triple " + w)
                i += 3
                continue
            if runs and run >= 2 and self.r.random() < 0.6:
                out.append("double " + w)
                i += 2
                continue
            out.append(w)
            i += 1
            if fillers and i < len(s) and self.r.random() < 0.08:
                out.append(self.r.choice(["um", "uh", "er"]))
        return " ".join(out)

    def say_pair(self, p, region="us", last=False):
        a, b = int(p[0]), int(p[1])
        if a == 0:
            return self.zero(region) + " " + (self.zero(region) if b == 0 else UNITS[b])
        if a == 1:
            return TEENS[b]
        if b == 0:
            if last:
                return TENS[a]
            return UNITS[a] + " " + self.zero(region)
        return TENS[a] + " " + UNITS[b]

    def say_pairs(self, s, region="us", final=False):
        parts = []
        i = 0
        while i < len(s):
            if len(s) - i == 1:
                d = s[i]
                parts.append(self.zero(region) if d == "0" else UNITS[int(d)])
                i += 1
            else:
                parts.append(self.say_pair(s[i:i + 2], region, last=final and (i + 2 == len(s))))
                i += 2
        return " ".join(parts)

    def say_year(self, y):
        if 2000 <= y < 2010:
            return "two thousand " + ("and " if self.r.random() < 0.4 else "") + UNITS[y - 2000] if y > 2000 else "two thousand"
        hi = "nineteen" if y < 2000 else "twenty"
        lo = y % 100
        if lo == 0:
            return hi + " hundred"
        if lo < 10:
            return hi + " " + self.r.choice(["oh", "o"]) + " " + UNITS[lo]
        return hi + " " + words(lo)

    def say_mixed(self, s, region="us"):
        return self.say_pairs(s, region) if self.r.random() < 0.45 else self.say_digits(s, region)

    def say_groups(self, groups, region="us", sep=" "):
        return sep.join(self.say_mixed(g, region) for g in groups)

    def say_letter(self, ch, style=None):
        ch = ch.lower()
        style = style or self.r.choice(["plain", "plain", "nato", "name"])
        if style == "nato" and ch in NATO:
            return "%s for %s" % (ch, NATO[ch])
        if style == "name" and ch in NAMEWORD:
            return "%s as in %s" % (ch, NAMEWORD[ch])
        return ch

    def digits(self, n, first_nonzero=True):
        s = str(self.r.randint(1, 9)) if first_nonzero else str(self.r.randint(0, 9))
        return s + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))

    # ---- values
    def card(self, kind=None):
        kind = kind or self.r.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
        if kind == "visa":
            body, n = "4" + self.digits(5, False), 16
        elif kind == "mc":
            body, n = "5" + str(self.r.randint(1, 5)) + self.digits(4, False), 16
        elif kind == "amex":
            body, n = self.r.choice(["34", "37"]) + self.digits(4, False), 15
        else:
            body, n = "6011" + self.digits(2, False), 16
        body += self.digits(n - 1 - len(body), False)
        return body + luhn_digit(body)

    def card_groups(self, c):
        if len(c) == 15:
            return [c[:4], c[4:10], c[10:]]
        return [c[i:i + 4] for i in range(0, len(c), 4)]

    def ssn(self):
        while True:
            a = self.r.randint(1, 899)
            if a != 666:
                break
        return "%03d%02d%04d" % (a, self.r.randint(1, 99), self.r.randint(1, 9999))

    def ni(self):
        first = "ABCEGHJKLMNPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            p = self.r.choice(first) + self.r.choice(second)
            if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        return p + self.digits(6, False) + self.r.choice("ABCD")

    def us_phone(self):
        area = str(self.r.randint(2, 9)) + self.digits(2, False)
        exch = str(self.r.randint(2, 9)) + self.digits(2, False)
        return area + exch + self.digits(4, False)

    def uk_mobile(self):
        return "07" + str(self.r.choice([4, 5, 7, 8, 9])) + self.digits(8, False)

    def zip5(self):
        return "%05d" % self.r.randint(1001, 99950)

    def uk_postcode(self):
        return self.r.choice(["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 3HN",
                              "EH12 9DN", "CF10 3AT", "BS8 1TH", "G12 8QQ", "NE4 7YB",
                              "L17 8XR", "HU2 6GG", "BT9 5AB", "SE15 4QL", "N16 7UJ",
                              "W1D 3QF", "RG1 8DH", "PL4 6AJ", "LE1 7RH"])

    def iban(self, cc=None):
        cc = cc or self.r.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
        if cc == "GB":
            bban = self.r.choice(["NWBK", "BARC", "HBUK", "LLYD", "MIDL"]) + self.digits(6, False) + self.digits(8, False)
        elif cc == "IE":
            bban = self.r.choice(["AIBK", "BFSI", "IPBS"]) + self.digits(6, False) + self.digits(8, False)
        elif cc == "DE":
            bban = self.digits(18, False)
        elif cc == "FR":
            bban = self.digits(23, False)
        elif cc == "NL":
            bban = self.r.choice(["ABNA", "INGB", "RABB"]) + self.digits(10, False)
        else:
            bban = self.digits(20, False)
        check = 98 - iban_mod(bban + cc + "00")
        return cc + "%02d" % check + bban


def words(n):
    """natural English for 0..9999 (used for non-PII amounts)."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        return UNITS[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + words(n % 100))
    return words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + words(n % 1000))


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return len(num) >= 2 and luhn_digit(num[:-1]) == num[-1]


def iban_mod(s):
    conv = "".join(str(int(c, 36)) for c in s.upper())
    return int(conv) % 97


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return iban_mod(s[4:] + s[:4]) == 1


def fmt_groups(s, size=4, sep=" "):
    return sep.join(s[i:i + size] for i in range(0, len(s), size))


# --------------------------------------------------------------------------
# case assembly
# --------------------------------------------------------------------------
def build(turn_specs):
    """turn_specs: list of (speaker, [segment...]); segment is str or (value, TYPE)."""
    turns, spans = [], []
    for ti, (speaker, segs) in enumerate(turn_specs):
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += seg
        turns.append({"speaker": speaker, "text": text})
    return turns, spans


A, C = "agent", "customer"


# ---------------------------- positive templates ---------------------------
def p_card_chat(g):
    r = g.r
    c = g.card()
    grp = g.card_groups(c)
    style = r.choice(["space", "dash", "plain", "mixed", "dots"])
    if style == "space":
        v = " ".join(grp)
    elif style == "dash":
        v = "-".join(grp)
    elif style == "plain":
        v = c
    elif style == "dots":
        v = ".".join(grp)
    else:
        v = grp[0] + " " + "".join(grp[1:3]) + " " + "".join(grp[3:])
    ind = r.choice(["retail", "telecom", "utilities", "travel", "insurance"])
    mm, yy = r.randint(1, 12), r.randint(26, 31)
    exp = r.choice(["%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%d-%02d" % (mm, yy), "%02d %02d" % (mm, yy)])
    cvv = g.digits(4 if len(c) == 15 else 3, False)
    amount = "$%d.%02d" % (r.randint(12, 900), r.randint(0, 99))
    t = [(A, ["Thanks! To settle the %s balance, please type the card details below." % amount]),
         (C, [r.choice(["ok card is ", "card no. ", "Card: ", "its ", "here u go "]), (v, "CARD_NUMBER"),
              r.choice([" exp ", ", expires ", " expiry: ", " good thru "]), (exp, "EXPIRY"),
              r.choice([" cvv ", " and the code on back is ", ", security code ", " cvc: "]), (cvv, "CVV")])]
    return t, "chat/%s: %s card typed '%s' with expiry and CVV in one message, amount unlabelled" % (ind, "amex" if len(c) == 15 else "16-digit", style)


def p_card_call(g):
    r = g.r
    c = g.card()
    grp = g.card_groups(c)
    said = g.say_groups(grp, "us", sep=r.choice([" ", " ", " um ", " "]))
    if r.random() < 0.3:
        said = said.replace(" ", " ", 1)
    mm, yy = r.randint(1, 12), r.randint(26, 31)
    exp = r.choice([
        g.say_pair("%02d" % mm) + " " + g.say_pair("%02d" % yy, last=True),
        MONTHS[mm - 1] + " twenty " + g.say_pair("%02d" % yy, last=True),
        MONTHS[mm - 1] + " " + g.say_pair("%02d" % yy, last=True),
        g.say_digits("%02d" % mm) + " slash " + g.say_digits("%02d" % yy),
    ])
    cvv = g.digits(4 if len(c) == 15 else 3, False)
    ind = r.choice(["telecom", "utilities", "insurance", "retail", "healthcare billing"])
    t = [(A, ["okay and what's the long number across the front of the card"]),
         (C, [r.choice(["yeah it's ", "sure ", "okay so ", "um it's "]), (said, "CARD_NUMBER")]),
         (A, ["thank you and the expiration date"]),
         (C, [r.choice(["", "it's ", "expires "]), (exp, "EXPIRY")]),
         (A, ["and the three or four digit security code on the back"]),
         (C, [(g.say_digits(cvv), "CVV")])]
    return t, "call/%s: card read in one turn (digits/pairs/doubles), spoken expiry and CVV" % ind


def p_card_split(g):
    r = g.r
    c = g.card(r.choice(["visa", "mc", "disc"]))
    grp = g.card_groups(c)
    t = [(A, ["go ahead with the card number whenever you're ready"])]
    back = ["mhm", "okay", "yep go on", "uh huh", "got it", "okay go on"]
    for k, gr in enumerate(grp):
        pre = r.choice(["", "", "okay ", "and then ", "um "]) if k else r.choice(["", "okay it's ", "right "])
        t.append((C, [pre, (g.say_mixed(gr), "CARD_NUMBER")]))
        if k < len(grp) - 1:
            t.append((A, [r.choice(back)]))
    t.append((A, ["perfect and the amount today is forty nine ninety nine is that right"]))
    t.append((C, ["yes"]))
    return t, "call/%s: card split in four customer turns with back-channels; amount unlabelled" % r.choice(["telecom", "retail", "utilities"])


def p_card_readback(g):
    r = g.r
    c = g.card(r.choice(["visa", "mc"]))
    grp = g.card_groups(c)
    said = g.say_groups(grp)
    back = " ".join(g.say_digits(x, runs=False) for x in grp)
    cvv = g.digits(3, False)
    t = [(C, ["i wanna pay the bill the card is ", (said, "CARD_NUMBER")]),
         (A, ["let me read that back ", (back, "CARD_NUMBER"), " is that correct"]),
         (C, ["yeah that's it and the code is ", (g.say_digits(cvv), "CVV")]),
         (A, ["thanks your payment of one hundred twelve dollars is going through now"])]
    return t, "call/telecom: card given then read back by agent digit by digit; CVV; amount unlabelled"


def p_card_correction(g):
    r = g.r
    c = g.card("visa")
    grp = g.card_groups(c)
    wrong = list(grp[2])
    wrong[1] = str((int(wrong[1]) + 3) % 10)
    wrong = "".join(wrong)
    t = [(A, ["can i get the card number please"]),
         (C, [(g.say_digits(grp[0]) + " " + g.say_digits(grp[1]), "CARD_NUMBER"), " ", (g.say_digits(wrong), "CARD_NUMBER"),
              " no sorry ", (g.say_digits(grp[2]), "CARD_NUMBER"), " then ", (g.say_digits(grp[3]), "CARD_NUMBER")]),
         (A, ["okay got it and the expiry"]),
         (C, [(MONTHS[r.randint(0, 11)] + " twenty " + UNITS[r.randint(7, 9)], "EXPIRY")])]
    return t, "call/insurance: self-correction of one card group (abandoned group labelled too), expiry next"


def p_ssn_chat(g):
    r = g.r
    s = g.ssn()
    style = r.choice(["dash", "space", "plain", "dots", "dash2", "hash", "mixed"])
    v = {"hash": s, "mixed": "%s-%s %s" % (s[:3], s[3:5], s[5:]),"dash": "%s-%s-%s" % (s[:3], s[3:5], s[5:]), "space": "%s %s %s" % (s[:3], s[3:5], s[5:]),
         "plain": s, "dots": "%s.%s.%s" % (s[:3], s[3:5], s[5:]), "dash2": "%s - %s - %s" % (s[:3], s[3:5], s[5:])}[style]
    lead = r.choice(["my ssn is ", "SSN: ", "social is ", "Social Security # ", "ss# ", "here's my social ", "soc sec no "])
    if style == "hash":
        lead = r.choice(["SSN#", "ssn:", "SS#"])
    ind = r.choice(["banking", "government services", "insurance", "healthcare billing"])
    claim = g.digits(8)
    t = [(A, ["To verify your identity I'll need your Social Security number."]),
         (C, [lead, (v, "SSN"), r.choice(["", " thx", ". claim # %s" % claim, " (the claim is %s)" % claim])])]
    return t, "chat/%s: SSN typed '%s'; claim number unlabelled when present" % (ind, style)


def p_ssn_call(g):
    r = g.r
    s = g.ssn()
    style = r.choice(["digits", "groups", "pairs", "split", "correction", "readback", "dash"])
    ind = r.choice(["banking", "government services", "insurance", "healthcare billing", "telecom"])
    a, b, c = s[:3], s[3:5], s[5:]
    t = [(A, ["and can i have your social security number please"])]
    if style == "digits":
        t.append((C, ["yeah it's ", (g.say_digits(s, fillers=True), "SSN")]))
    elif style == "groups":
        t.append((C, ["sure ", (g.say_digits(a) + " " + g.say_pair(b) + " " + g.say_pairs(c), "SSN")]))
    elif style == "pairs":
        t.append((C, ["okay ", (g.say_digits(a) + " " + g.say_digits(b) + " " + g.say_pairs(c), "SSN")]))
    elif style == "dash":
        t.append((C, ["yeah um ", (g.say_digits(a) + " dash " + g.say_digits(b) + " dash " + g.say_digits(c), "SSN"),
                      " and that's on the %s account" % r.choice(["checking", "savings", "joint"])]))
    elif style == "split":
        t.append((C, [(g.say_digits(a), "SSN")]))
        t.append((A, [r.choice(["mhm", "okay", "go ahead"])]))
        t.append((C, [(g.say_mixed(b), "SSN")]))
        t.append((A, [r.choice(["yep", "uh huh"])]))
        t.append((C, [(g.say_mixed(c), "SSN")]))
    elif style == "correction":
        s2 = a + b + c[:3] + str((int(c[3]) + 4) % 10)
        t.append((C, ["it's ", (g.say_digits(s2), "SSN"), " wait no that's wrong it's ", (g.say_digits(s), "SSN")]))
    else:
        t.append((C, [(g.say_digits(s), "SSN")]))
        t.append((A, ["so that's ", (g.say_digits(a, runs=False) + " " + g.say_digits(b, runs=False) + " " + g.say_digits(c, runs=False), "SSN"), " correct"]))
        t.append((C, ["correct"]))
    return t, "call/%s: SSN spoken (%s)" % (ind, style)


def p_ssn_mixed(g):
    r = g.r
    s = g.ssn()
    z = g.zip5()
    mem = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + g.digits(6)
    t = [(A, ["thanks for calling member services can i get the member id on the card"]),
         (C, ["yes it's %s" % " ".join(mem.lower())]),
         (A, ["thank you and to verify the social and your zip code"]),
         (C, ["okay social is ", (g.say_digits(s), "SSN"), " and zip ", (g.say_digits(z), "POSTCODE")])]
    return t, "call/healthcare billing: member id (unlabelled) then SSN and ZIP in one turn"


def p_zip(g):
    r = g.r
    z = g.zip5()
    plus4 = g.digits(4, False)
    chat = r.random() < 0.45
    if chat:
        v = r.choice([z, z + "-" + plus4, z + " " + plus4, z])
        t = [(A, ["What's the billing ZIP code on the account?"]),
             (C, [r.choice(["", "zip is ", "its ", "ZIP: "]), (v, "POSTCODE"), r.choice(["", " thanks", "!"])])]
        return t, "chat/retail: US ZIP or ZIP+4 typed alone"
    form = r.choice(["digits", "plus4", "pairs"])
    if form == "digits":
        v = g.say_digits(z)
    elif form == "plus4":
        v = g.say_digits(z) + r.choice([" dash ", " ", " hyphen "]) + g.say_digits(plus4)
    else:
        v = g.say_digits(z[0]) + " " + g.say_pairs(z[1:])
    t = [(A, ["and the zip code for the service address"]),
         (C, [r.choice(["it's ", "uh ", "", "zip is "]), (v, "POSTCODE")]),
         (A, ["thank you"])]
    return t, "call/utilities: ZIP spoken (%s)" % form


STREETS = ["maple", "oak", "elm", "washington", "lincoln", "cedar", "pine", "highland", "park",
           "lakeview", "sunset", "jefferson", "madison", "church", "mill", "willow", "hillcrest"]
SUFFIX = [("avenue", "Ave"), ("street", "St"), ("road", "Rd"), ("drive", "Dr"), ("boulevard", "Blvd"),
          ("lane", "Ln"), ("court", "Ct"), ("way", "Way"), ("place", "Pl")]
CITIES = [("Springfield", "IL"), ("Austin", "TX"), ("Columbus", "OH"), ("Tacoma", "WA"),
          ("Raleigh", "NC"), ("Denver", "CO"), ("Tampa", "FL"), ("Albany", "NY"), ("Fresno", "CA")]


def p_address_us_chat(g):
    r = g.r
    num = str(r.randint(12, 9899))
    st = r.choice(STREETS)
    sfx = r.choice(SUFFIX)
    dirn = r.choice(["", "", "N ", "W ", "S "])
    street = "%s %s%s %s" % (num, dirn, st.capitalize(), r.choice([sfx[1], sfx[0].capitalize()]))
    if r.random() < 0.35:
        street += r.choice([" Apt ", " apt ", " #", " Unit "]) + str(r.randint(1, 40)) + r.choice(["", "B"])
    if r.random() < 0.2:
        street = street.lower()
    city, state = r.choice(CITIES)
    z = g.zip5()
    if r.random() < 0.4:
        z = z + "-" + g.digits(4, False)
    t = [(A, ["Please confirm the shipping address for order #%s." % g.digits(7)]),
         (C, [(street, "ADDRESS"), ", %s, %s " % (city, state), (z, "POSTCODE")])]
    return t, "chat/retail: US street address with city/state (unlabelled) and ZIP; order number unlabelled"


def p_address_us_call(g):
    r = g.r
    num = g.digits(r.choice([3, 4]))
    st = r.choice(STREETS)
    sfx = r.choice(SUFFIX)[0]
    numsaid = g.say_pairs(num) if r.random() < 0.6 else g.say_digits(num)
    street = "%s %s %s" % (numsaid, st, sfx)
    if r.random() < 0.3:
        street += " apartment " + g.say_digits(g.digits(r.choice([1, 2, 3])))
    z = g.zip5()
    city, state = r.choice(CITIES)
    t = [(A, ["okay and what's the address we're sending the replacement to"]),
         (C, [r.choice(["it's ", "so it's ", "um "]), (street, "ADDRESS"), " in %s" % city.lower()]),
         (A, ["and the zip"]),
         (C, [(g.say_digits(z), "POSTCODE")])]
    return t, "call/insurance: US street address spoken with number in pairs, ZIP next turn, city unlabelled"


def p_phone_us(g):
    r = g.r
    p = g.us_phone()
    chat = r.random() < 0.5
    if chat:
        style = r.choice(["paren", "dash", "dot", "plus1", "plain", "one"])
        v = {"paren": "(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "dash": "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
             "dot": "%s.%s.%s" % (p[:3], p[3:6], p[6:]), "plus1": "+1 %s %s %s" % (p[:3], p[3:6], p[6:]),
             "plain": p, "one": "1-%s-%s-%s" % (p[:3], p[3:6], p[6:])}[style]
        segs = [r.choice(["best number is ", "call me at ", "cell: ", "you can reach me on "])]
        if style == "paren":
            segs += ["(", (v[1:], "PHONE")]
        elif style == "plus1":
            segs += ["+", (v[1:], "PHONE")]
        else:
            segs += [(v, "PHONE")]
        segs.append(r.choice(["", " after 5pm", " anytime before 9:30", " thx"]))
        t = [(A, ["What's the best callback number?"]), (C, segs)]
        return t, "chat/telecom: US phone typed '%s', times unlabelled" % style
    style = r.choice(["digits", "area", "split", "pairs"])
    if style == "digits":
        t = [(A, ["what's a good number to reach you"]), (C, [(g.say_digits(p), "PHONE")])]
    elif style == "area":
        t = [(A, ["what's a good number to reach you"]),
             (C, ["area code ", (g.say_digits(p[:3]), "PHONE"), " then ", (g.say_digits(p[3:6]) + " " + g.say_pairs(p[6:]), "PHONE")])]
    elif style == "split":
        t = [(A, ["and a callback number"]), (C, [(g.say_digits(p[:3]), "PHONE")]), (A, ["okay"]),
             (C, [(g.say_digits(p[3:6]), "PHONE")]), (A, ["mhm"]), (C, [(g.say_mixed(p[6:]), "PHONE")])]
    else:
        t = [(A, ["what number should we text the code to"]),
             (C, ["it's my cell ", (g.say_digits(p[:3]) + " " + g.say_digits(p[3:6]) + " " + g.say_pairs(p[6:]), "PHONE")])]
    return t, "call/telecom: US phone spoken (%s)" % style


def p_phone_tollfree(g):
    r = g.r
    p = "1800" + str(r.randint(2, 9)) + g.digits(6, False)
    v = "one eight hundred " + g.say_digits(p[4:])
    t = [(C, ["my work line is ", (v, "PHONE"), " extension four twelve"]),
         (A, ["one eight hundred got it and the extension is four one two"])]
    return t, "call/banking: 1-800 style number with 'eight hundred'; extension and partial readback unlabelled"


def p_phone_uk(g):
    r = g.r
    p = g.uk_mobile()
    if r.random() < 0.5:
        v = r.choice(["%s %s" % (p[:5], p[5:]), "+44 %s %s" % (p[1:5], p[5:]), p, "+44 (0)%s %s" % (p[1:5], p[5:])])
        segs = ["mobile is "]
        if v.startswith("+"):
            segs += ["+", (v[1:], "PHONE")]
        else:
            segs += [(v, "PHONE")]
        t = [(A, ["Can you share a contact number?"]), (C, segs)]
        return t, "chat/utilities UK: UK mobile typed"
    t = [(A, ["and a contact number for you"]),
         (C, [(g.say_digits(p[:5], region="uk") + " " + g.say_digits(p[5:], region="uk"), "PHONE")])]
    return t, "call/utilities UK: UK mobile spoken with oh/nought/double"


def p_phone_intl(g):
    r = g.r
    cc, rest = r.choice([("353", "8" + str(r.choice([3, 5, 6, 7])) + g.digits(7, False)),
                         ("49", "1" + str(r.choice([5, 6, 7])) + g.digits(9, False)),
                         ("33", str(r.choice([6, 7])) + g.digits(8, False))])
    if r.random() < 0.5:
        t = [(C, ["you can whatsapp me on +", (cc + " " + rest[:2] + " " + rest[2:5] + " " + rest[5:], "PHONE")])]
        return t, "chat/travel EU: international number with country code typed"
    t = [(A, ["whats the number with the country code"]),
         (C, ["plus ", (g.say_digits(cc) + " " + g.say_digits(rest), "PHONE")])]
    return t, "call/travel EU: international number spoken after 'plus'"


FIRST = ["john", "maria", "kevin", "aisha", "li", "sarah", "david", "carlos", "emily", "raj", "tom", "nicole"]
LAST = ["smith", "garcia", "obrien", "nguyen", "patel", "johnson", "kowalski", "murphy", "lee", "brown"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com", "comcast.net"]


def p_email(g):
    r = g.r
    f, l = r.choice(FIRST), r.choice(LAST)
    num = str(r.randint(1, 99)) if r.random() < 0.5 else ""
    sep = r.choice([".", "_", ""])
    dom = r.choice(DOMAINS)
    local = f + sep + l + num
    if r.random() < 0.5:
        v = local + "@" + dom
        if r.random() < 0.3:
            v = v.capitalize()
        t = [(A, ["What email should the receipt go to?"]), (C, [r.choice(["", "its ", "email: "]), (v, "EMAIL")])]
        return t, "chat/retail: email typed"
    sepsaid = {".": " dot ", "_": " underscore ", "": " "}[sep]
    fsaid = f if r.random() < 0.6 else " ".join(f)
    numsaid = (" " + g.say_pairs(num)) if num else ""
    domsaid = dom.replace(".", " dot ")
    v = fsaid + sepsaid + l + numsaid + " at " + domsaid
    t = [(A, ["and an email address for the confirmation"]),
         (C, [r.choice(["yeah it's ", "sure ", ""]), (v, "EMAIL")]),
         (A, ["thank you"])]
    return t, "call/travel: email spoken with 'dot'/'at'/'underscore'"


def p_dob(g):
    r = g.r
    y, m, d = r.randint(1940, 2004), r.randint(1, 12), r.randint(1, 28)
    if r.random() < 0.45:
        v = r.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y),
                      "%d-%02d-%02d" % (y, m, d), "%02d-%02d-%02d" % (m, d, y % 100)])
        t = [(A, ["For security, please confirm your date of birth."]), (C, [r.choice(["", "dob ", "born "]), (v, "DOB")])]
        return t, "chat/banking: DOB typed"
    ys = g.say_year(y)
    v = r.choice(["%s %s %s" % (MONTHS[m - 1], ORD[d], ys), "the %s of %s %s" % (ORD[d], MONTHS[m - 1], ys),
                  "%s %s %s" % (g.say_digits("%02d" % m), g.say_pair("%02d" % d, last=True), ys)])
    extra = r.choice(["", " so i'm %s" % words(2026 - y)])
    t = [(A, ["can you confirm your date of birth for me"]), (C, [r.choice(["yeah ", "it's ", ""]), (v, "DOB"), extra])]
    return t, "call/insurance: DOB spoken; age unlabelled when present"


def p_ni(g):
    r = g.r
    n = g.ni()
    chat = r.random() < 0.45
    if chat:
        v = r.choice(["%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n, n.lower(),
                      "%s%s %s" % (n[:2], n[2:8], n[8]), "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])])
        t = [(A, ["Please provide your National Insurance number."]), (C, [r.choice(["", "NI no. ", "its ", "NINO: "]), (v, "NI_NUMBER")])]
        return t, "chat/government services UK: NI number typed"
    style = r.choice(["plain", "split", "mixed"])
    letters = lambda s: " ".join(g.say_letter(c) for c in s)
    if style == "plain":
        v = letters(n[:2]) + " " + g.say_digits(n[2:8], region="uk") + " " + letters(n[8])
        t = [(A, ["and your national insurance number please"]), (C, [r.choice(["yeah it's ", "", "right "]), (v, "NI_NUMBER")])]
    elif style == "mixed":
        v = letters(n[:2]) + " " + g.say_pairs(n[2:8], region="uk") + " " + letters(n[8])
        t = [(A, ["national insurance number"]), (C, [(v, "NI_NUMBER")])]
    else:
        t = [(A, ["can i take your national insurance number"]),
             (C, [(letters(n[:2]), "NI_NUMBER")]), (A, ["yep"]),
             (C, [(g.say_digits(n[2:8], region="uk"), "NI_NUMBER")]), (A, ["and the last letter"]),
             (C, [(letters(n[8]), "NI_NUMBER")])]
    return t, "call/government services UK: NI number spoken (%s) with letters possibly NATO/as-in" % style


def p_uk_bank(g):
    r = g.r
    sc = g.digits(6, False)
    acc = g.digits(8, False)
    if r.random() < 0.5:
        v1 = r.choice(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])
        t = [(A, ["Please send the sort code and account number for the refund."]),
             (C, ["sort code ", (v1, "SORT_CODE"), r.choice([" acc ", ", account number ", " a/c "]), (acc, "BANK_ACCOUNT")])]
        return t, "chat/banking UK: sort code and account number typed"
    t = [(A, ["what's the sort code"]),
         (C, [(r.choice([g.say_pairs(sc, "uk"), g.say_digits(sc, "uk")]), "SORT_CODE")]),
         (A, ["and the account number"]),
         (C, [(g.say_mixed(acc, "uk"), "BANK_ACCOUNT")])]
    return t, "call/banking UK: sort code and account number spoken"


def p_us_bank(g):
    r = g.r
    acc = g.digits(r.choice([8, 9, 10, 12]), False)
    if r.random() < 0.5:
        t = [(A, ["For autopay, please enter your checking account number."]),
             (C, [r.choice(["acct ", "account # ", "checking: "]), (acc, "BANK_ACCOUNT"), r.choice(["", " pls debit $85.00 on the 15th"])])]
        return t, "chat/utilities US: checking account number typed; amount/date unlabelled"
    t = [(A, ["and the checking account number"]),
         (C, [r.choice(["okay it's ", "", "um "]), (g.say_mixed(acc), "BANK_ACCOUNT")]),
         (A, ["and the payment will come out on the first of the month is that okay"]), (C, ["that's fine"])]
    return t, "call/utilities US: bank account number spoken; payment date unlabelled"


def p_iban(g):
    r = g.r
    ib = g.iban()
    if r.random() < 0.55:
        v = r.choice([fmt_groups(ib), ib, fmt_groups(ib).lower()])
        t = [(A, ["Please provide the IBAN for the refund."]), (C, [r.choice(["", "IBAN: ", "here: "]), (v, "IBAN")])]
        return t, "chat/travel EU: IBAN typed"
    letters = lambda s: " ".join(g.say_letter(c, "plain") for c in s.lower())
    parts = []
    for grp in [ib[i:i + 4] for i in range(0, len(ib), 4)]:
        w = []
        for ch in grp:
            w.append(ch.lower() if ch.isalpha() else ("zero" if ch == "0" else UNITS[int(ch)]))
        parts.append(" ".join(w))
    t = [(A, ["and the iban please"]), (C, [(" ".join(parts), "IBAN")]), (A, ["thank you i'll repeat that back"])]
    return t, "call/banking EU: IBAN spoken character by character"


def p_uk_postcode(g):
    r = g.r
    pc = g.uk_postcode()
    num = str(r.randint(1, 220))
    st = r.choice(["high street", "station road", "church lane", "victoria road", "mill lane", "park avenue"])
    if r.random() < 0.5:
        v = r.choice([pc, pc.lower(), pc.replace(" ", "")])
        t = [(A, ["What's the postcode and first line of the address?"]),
             (C, [(num + " " + st.title(), "ADDRESS"), ", ", (v, "POSTCODE")])]
        return t, "chat/utilities UK: first line of address and UK postcode typed"
    out, inw = pc.split()
    def sayp(s):
        res = []
        for ch in s:
            res.append(g.say_letter(ch, r.choice(["plain", "plain", "nato"])) if ch.isalpha() else UNITS[int(ch)])
        return " ".join(res)
    t = [(A, ["and the postcode"]), (C, [(sayp(out) + " " + sayp(inw), "POSTCODE")]),
         (A, ["and the first line of the address"]), (C, [(g.say_digits(num) + " " + st, "ADDRESS")])]
    return t, "call/utilities UK: UK postcode spoken with letters, then address line"


def p_insurance_combo(g):
    r = g.r
    y, m, d = r.randint(1950, 1999), r.randint(1, 12), r.randint(1, 28)
    dob = "%s %s %s" % (MONTHS[m - 1], ORD[d], g.say_year(y))
    p = g.us_phone()
    claim = g.digits(8)
    t = [(A, ["i see claim number %s is that the one you're calling about" % g.say_digits(claim, runs=False)]),
         (C, ["yes that's the one"]),
         (A, ["okay can i verify your date of birth and phone number on file"]),
         (C, ["sure it's ", (dob, "DOB"), " and the phone is ", (g.say_digits(p[:3]) + " " + g.say_digits(p[3:6]) + " " + g.say_digits(p[6:]), "PHONE")]),
         (A, ["thanks and your deductible is five hundred dollars"])]
    return t, "call/insurance: claim number (unlabelled), DOB and phone in one turn, deductible unlabelled"


def p_card_amex_chat_typo(g):
    r = g.r
    c = g.card("amex")
    v = c[:4] + " " + c[4:10] + " " + c[10:]
    exp = "%02d/%02d" % (r.randint(1, 12), r.randint(26, 31))
    cvv = g.digits(4, False)
    t = [(C, ["hi i want to book the 7:45 flight for 2 ppl, amex ", (v, "CARD_NUMBER"), " exp ", (exp, "EXPIRY"), " cid ", (cvv, "CVV")])]
    return t, "chat/travel: amex typed 4-6-5 with expiry and 4-digit CID; time and count unlabelled"


def p_verify_chat_multi(g):
    r = g.r
    y, m, d = r.randint(1945, 2003), r.randint(1, 12), r.randint(1, 28)
    p = g.us_phone()
    z = g.zip5()
    t = [(A, ["I can help with that! Please verify the DOB, phone and ZIP on the policy."]),
         (C, [r.choice(["dob ", "Birthday "]), ("%d/%d/%02d" % (m, d, y % 100), "DOB"), r.choice([", ph ", " / phone "]),
              ("%s %s %s" % (p[:3], p[3:6], p[6:]), "PHONE"), r.choice([", zip ", " / "]), (z, "POSTCODE"),
              " - policy is AUT%s btw" % g.digits(7)])]
    return t, "chat/insurance: DOB, phone and ZIP in one message; policy number unlabelled"


def p_address_zip_oneturn(g):
    r = g.r
    num = r.choice([str(r.randint(1, 9)) + "00", str(r.randint(11, 19)) + "00", g.digits(4), g.digits(3)])
    if num.endswith("00") and len(num) == 4:
        numsaid = TEENS[int(num[:2]) - 10] + " hundred"
    elif num.endswith("00"):
        numsaid = UNITS[int(num[0])] + " hundred"
    else:
        numsaid = g.say_pairs(num) if len(num) == 4 else g.say_digits(num)
    dirn = r.choice(["", "north ", "south ", "east ", "west "])
    street = "%s %s%s %s" % (numsaid, dirn, r.choice(STREETS), r.choice(SUFFIX)[0])
    city, state = r.choice(CITIES)
    z = g.zip5()
    zs = g.say_digits(z) if r.random() < 0.7 else g.say_digits(z[0]) + " " + g.say_pairs(z[1:])
    states = {"IL": "illinois", "TX": "texas", "OH": "ohio", "WA": "washington", "NC": "north carolina",
              "CO": "colorado", "FL": "florida", "NY": "new york", "CA": "california"}
    t = [(A, ["and what's the mailing address"]),
         (C, [r.choice(["it's ", "yeah ", "um "]), (street, "ADDRESS"), " %s %s " % (city.lower(), states[state]), (zs, "POSTCODE")]),
         (A, ["okay and you've lived there about %s years" % words(r.randint(2, 30))]), (C, ["yeah about that"])]
    return t, "call/banking: spoken US address, city, state and ZIP in one turn; years unlabelled"


def p_phone_readback(g):
    r = g.r
    p = g.us_phone()
    said = g.say_digits(p[:3]) + " " + g.say_digits(p[3:6]) + " " + g.say_mixed(p[6:])
    back = g.say_digits(p, runs=False)
    t = [(C, ["you can call me back on ", (said, "PHONE"), " i'm free after two thirty"]),
         (A, ["let me confirm ", (back, "PHONE"), " and you'd like a call in about an hour"]),
         (C, ["yep that's right"])]
    return t, "call/healthcare billing: US phone spoken then read back by agent; time unlabelled"


def p_ssn_dob_oneturn(g):
    r = g.r
    s = g.ssn()
    y, m, d = r.randint(1942, 1999), r.randint(1, 12), r.randint(1, 28)
    dob = "%s %s %s" % (g.say_pair("%02d" % m, last=True), g.say_pair("%02d" % d, last=True), g.say_year(y))
    t = [(A, ["i'll need the last name date of birth and social on the account"]),
         (C, ["okay it's %s date of birth is " % r.choice(LAST), (dob, "DOB"), " and my social is ",
              (g.say_digits(s[:3]) + " " + g.say_digits(s[3:5]) + " " + g.say_digits(s[5:]), "SSN")]),
         (A, ["thank you i see the balance of %s dollars" % words(r.randint(100, 2500))])]
    return t, "call/banking: DOB as numbers then SSN in the same turn; balance unlabelled"


POS = [(p_card_chat, 14), (p_card_call, 14), (p_card_split, 7), (p_card_readback, 5), (p_card_correction, 4),
       (p_card_amex_chat_typo, 4),
       (p_ssn_chat, 14), (p_ssn_call, 20), (p_ssn_mixed, 6),
       (p_zip, 10), (p_address_us_chat, 8), (p_address_us_call, 8),
       (p_phone_us, 16), (p_phone_tollfree, 4), (p_phone_uk, 5), (p_phone_intl, 4),
       (p_email, 14), (p_dob, 14), (p_ni, 28), (p_uk_bank, 14), (p_us_bank, 8), (p_iban, 14),
       (p_uk_postcode, 8), (p_insurance_combo, 5), (p_verify_chat_multi, 6), (p_address_zip_oneturn, 8),
       (p_phone_readback, 5), (p_ssn_dob_oneturn, 6)]


# ---------------------------- negative templates ---------------------------
def n_money(g):
    r = g.r
    a = r.randint(20, 4999)
    c = r.randint(0, 99)
    if r.random() < 0.5:
        t = [(C, ["why is my bill $%d.%02d this month? last month it was $%d" % (a, c, r.randint(20, 300))]),
             (A, ["I see a one-time charge of $%d.%02d for the router and a %d%% late fee." % (r.randint(40, 200), r.randint(0, 99), r.randint(2, 10))])]
        return t, "chat/telecom: money amounts and percentage"
    t = [(A, ["your current balance is %s dollars and %s cents" % (words(a), words(c))]),
         (C, ["okay and if i pay %s today does the late fee go away" % ("two hundred " + TENS[r.randint(2, 9)])])]
    return t, "call/utilities: balance and payment amount spoken"


def n_refs(g):
    r = g.r
    kind = r.choice(["order", "claim", "policy", "ticket", "case", "confirmation", "invoice", "member", "tracking", "reference"])
    if kind in ("policy", "member"):
        v = "".join(r.choice("ABCDHKMPTW") for _ in range(r.choice([2, 3]))) + g.digits(r.choice([6, 7, 8]))
    elif kind == "invoice":
        v = "INV-" + g.digits(6)
    else:
        v = g.digits(r.choice([6, 7, 8, 9, 10]))
    if r.random() < 0.5:
        t = [(C, ["hi, my %s number is %s, still haven't heard back" % (kind, v)]),
             (A, ["Thanks, I found %s #%s opened on %s %d." % (kind, v, MONTHS[r.randint(0, 11)].capitalize(), r.randint(1, 28))])]
        return t, "chat/retail: %s number typed with its name, and a non-birth date" % kind
    said = " ".join(ch.lower() if ch.isalpha() else UNITS[int(ch)] for ch in v if ch.isalnum())
    t = [(A, ["do you have your %s number" % kind]), (C, ["yeah the %s number is %s" % (kind, said)]),
         (A, ["perfect i've got that %s pulled up" % kind])]
    return t, "call/insurance: %s number spoken with its name" % kind


def n_times(g):
    r = g.r
    h = r.randint(1, 8)
    t = [(A, ["i can book a technician for %s the %s between %s and %s" % (r.choice(["monday", "thursday", "friday"]), ORD[r.randint(1, 28)], UNITS[h] if h < 10 else TEENS[h - 10], UNITS[(h % 12) + 1] if h < 9 else "noon")]),
         (C, ["could they come at %s %s instead" % (UNITS[r.randint(2, 9)], r.choice(["thirty", "fifteen", "forty five"]))]),
         (A, ["yes the visit takes about %s minutes" % r.choice(["forty five", "ninety", "twenty"])])]
    return t, "call/utilities: appointment dates, times and durations"


def n_travel(g):
    r = g.r
    fl = r.choice(["UA", "AA", "DL", "BA", "EI", "FR"]) + str(r.randint(10, 2999))
    room = r.randint(101, 1299)
    t = [(C, ["my flight %s landed at %d:%02d and the hotel gave away room %d" % (fl, r.randint(1, 12), r.randint(0, 59), room)]),
         (A, ["Sorry about that. Your booking for %d nights at $%d per night is still active, check-in %s %d." % (r.randint(1, 9), r.randint(89, 420), MONTHS[r.randint(0, 11)].capitalize(), r.randint(1, 28))])]
    return t, "chat/travel: flight number, time, room number, nights, price, check-in date"


def n_travel_call(g):
    r = g.r
    t = [(A, ["you're on flight %s %s departing gate %s at %s" % (r.choice(["united", "delta", "american"]), g.say_pairs(str(r.randint(1000, 2999))), "b " + UNITS[r.randint(1, 9)] + " " + UNITS[r.randint(1, 9)], UNITS[r.randint(1, 9)] + " " + r.choice(["fifteen", "thirty", "forty five"]))]),
         (C, ["and how many bags can i check"]), (A, ["two bags up to fifty pounds each"])]
    return t, "call/travel: flight number, gate, time, baggage counts spoken"


def n_model_meter(g):
    r = g.r
    if r.random() < 0.5:
        model = r.choice(["SM-G991U", "iPhone 14 Pro", "XR500", "Arris SB8200", "Netgear C7000", "Pixel 7a"])
        t = [(C, ["my %s keeps dropping, speeds are like %d mbps instead of %d" % (model, r.randint(2, 90), r.choice([300, 500, 940]))]),
             (A, ["Please restart it and wait %d minutes. Firmware %d.%d.%d is current." % (r.randint(2, 10), r.randint(1, 9), r.randint(0, 20), r.randint(0, 99))])]
        return t, "chat/telecom: model numbers, speeds, minutes, firmware version"
    reading = g.digits(5)
    t = [(A, ["can you read me the meter reading"]), (C, ["yeah it says %s" % g.say_digits(reading, runs=False)]),
         (A, ["thanks that's %s kilowatt hours since the last read" % words(r.randint(100, 999))])]
    return t, "call/utilities: meter reading and usage spoken"


def n_age_temp(g):
    r = g.r
    t = [(C, ["my mom is %s and the heat's been out since tuesday it's %s degrees in the house" % (TENS[r.randint(6, 9)] + " " + UNITS[r.randint(1, 9)], TENS[r.randint(4, 5)] + " " + UNITS[r.randint(1, 9)])]),
         (A, ["i'm sorry to hear that i can get someone out within %s hours" % r.choice(["four", "twenty four", "forty eight"])])]
    return t, "call/utilities: age, temperature, hours"


def n_dates(g):
    r = g.r
    m, d, y = r.randint(1, 12), r.randint(1, 28), r.randint(2019, 2026)
    if r.random() < 0.5:
        t = [(C, ["I paid on %02d/%02d/%d but it shows late" % (m, d, y)]),
             (A, ["I see the payment posted %s %d. Your contract started in %d and renews on %02d/%02d." % (MONTHS[m - 1].capitalize(), d, y - 2, r.randint(1, 12), r.randint(1, 28))])]
        return t, "chat/telecom: payment, contract start and renewal dates (not DOB)"
    t = [(A, ["your policy renews on %s %s %s" % (MONTHS[m - 1], ORD[d], g.say_year(y))]),
         (C, ["and when was my last payment"]), (A, ["the %s of %s" % (ORD[r.randint(1, 28)], MONTHS[r.randint(0, 11)])])]
    return t, "call/insurance: renewal and payment dates spoken, year in pairs"


def n_counts(g):
    r = g.r
    t = [(C, ["I ordered %d units but only %d arrived, the box said %dkg" % (r.randint(3, 40), r.randint(1, 2), r.randint(2, 30))]),
         (A, ["I'll refund %d%% now and ship the remaining items in %d-%d business days." % (r.choice([25, 50, 100]), r.randint(2, 3), r.randint(4, 7))])]
    return t, "chat/retail: quantities, weights, percentage, delivery range"


def n_last4(g):
    r = g.r
    t = [(A, ["the card on file ending in %s was declined for %s dollars" % (g.say_digits(g.digits(4, False), runs=False), g.say_pairs(str(r.randint(20, 99))))]),
         (C, ["oh weird i used it yesterday at like three pm"])]
    return t, "call/retail: card last-four mention (not a full card) and amount"


def n_hold(g):
    r = g.r
    t = [(A, ["thanks for holding, you're caller number %s and the wait is about %s minutes" % (UNITS[r.randint(2, 9)], TENS[r.randint(2, 4)])]),
         (C, ["i've been on hold since %s %s already" % (UNITS[r.randint(1, 9)], r.choice(["fifteen", "thirty", "oh five"]))]),
         (A, ["i apologise, our offices are open until eight tonight"])]
    return t, "call/banking: queue position, minutes, time"


def n_plan(g):
    r = g.r
    t = [(C, ["whats the difference between the %dGB and unlimited plan" % r.choice([5, 10, 15, 50])]),
         (A, ["Unlimited is $%d/mo for %d lines, and there's a $%d activation fee. Offer valid until %d." % (r.randint(30, 90), r.randint(1, 5), r.choice([25, 35]), r.randint(2026, 2027))])]
    return t, "chat/telecom: data allowance, prices, line counts, year"


def n_tracking(g):
    r = g.r
    v = g.digits(10)
    t = [(C, ["tracking number %s says delivered at %d:%02d pm but nothing here" % (v, r.randint(1, 9), r.randint(0, 59))]),
         (A, ["I see tracking %s, package weight %.1f lb, %d item(s)." % (v, r.uniform(1, 20), r.randint(1, 4))])]
    return t, "chat/retail: 10-digit tracking number with its name, time, weight"


def n_us_health(g):
    r = g.r
    mem = r.choice("WHJKM") + g.digits(9)
    grp = g.digits(6, False).zfill(6)
    if r.random() < 0.5:
        t = [(C, ["member ID %s, group # %s. Why was my copay $%d on %d/%d?" % (mem, grp, r.choice([20, 30, 45, 75]), r.randint(1, 12), r.randint(1, 28))]),
             (A, ["Claim %s was processed with a $%s deductible; you've met %d%% of it." % (g.digits(9), r.choice(["1,500", "2,000", "750"]), r.randint(10, 90))])]
        return t, "chat/healthcare billing US: member id, group number, claim number, copay, deductible, visit date"
    t = [(A, ["can i get the member id on the front of your card"]),
         (C, ["it's %s %s" % (mem[0].lower(), g.say_digits(mem[1:], runs=False))]),
         (A, ["thank you and i see claim number %s from your visit on %s the %s" % (g.say_digits(g.digits(9), runs=False), MONTHS[r.randint(0, 11)], ORD[r.randint(1, 28)])]),
         (C, ["yeah that was for my son he's %s" % words(r.randint(3, 17))])]
    return t, "call/healthcare billing US: member id and 9-digit claim number spoken with their names, visit date, age"


def n_us_policy(g):
    r = g.r
    pol = g.digits(r.choice([8, 9, 10]))
    t = [(A, ["thanks for calling can i have your policy number"]),
         (C, ["yes policy number %s" % g.say_mixed(pol)]),
         (A, ["okay your premium is %s dollars a month and the next draft is on the %s" % (words(r.randint(60, 400)), ORD[r.randint(1, 28)])]),
         (C, ["and my car is the %s %s" % (g.say_year(r.randint(2012, 2024)), r.choice(["civic", "camry", "f one fifty", "model three"]))])]
    return t, "call/insurance US: policy number spoken (digits/pairs) with its name, premium, draft day, vehicle year and model"


NEG = [(n_money, 12), (n_us_health, 10), (n_us_policy, 8), (n_refs, 24), (n_times, 8), (n_travel, 6), (n_travel_call, 5), (n_model_meter, 10),
       (n_age_temp, 5), (n_dates, 10), (n_counts, 6), (n_last4, 5), (n_hold, 5), (n_plan, 5), (n_tracking, 5)]


# --------------------------------------------------------------------------
def generate():
    g = Gen(SEED)
    pos, neg = [], []
    for fn, n in POS:
        for _ in range(n):
            specs, note = fn(g)
            turns, spans = build(specs)
            pos.append((turns, spans, note))
    for fn, n in NEG:
        for _ in range(n):
            specs, note = fn(g)
            turns, spans = build(specs)
            neg.append((turns, spans, note))
    g.r.shuffle(pos)
    g.r.shuffle(neg)
    cases = []
    for i, (turns, spans, note) in enumerate(pos, 1):
        cases.append({"id": "%s-pos-%03d" % (PREFIX, i), "kind": "positive", "turns": turns, "spans": spans, "note": note})
    for i, (turns, spans, note) in enumerate(neg, 1):
        cases.append({"id": "%s-neg-%03d" % (PREFIX, i), "kind": "negative", "turns": turns, "spans": spans, "note": note})
    return cases


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: i for i, w in enumerate(TENS) if w}


def normalise(text, digits_only):
    if re.search(r"\d", text):
        return re.sub(r"[^a-z0-9]", "", text.lower())
    toks = re.findall(r"[a-z]+|\d+|[@.|]", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nxt is not None and (nxt in WORDNUM or (not digits_only and len(nxt) == 1)):
            val = WORDNUM.get(nxt, nxt) if (digits_only or nxt in WORDNUM and nxt not in ("o",)) else nxt
            if not digits_only and nxt == "o":
                val = "0"
            out.append(val * (2 if t == "double" else 3))
            i += 1
        elif t in TENNUM:
            if nxt in UNITS[1:]:
                out.append(str(TENNUM[t] * 10 + UNITS.index(nxt)))
                i += 1
            else:
                out.append(str(TENNUM[t] * 10))
        elif t in TEENNUM:
            out.append(TEENNUM[t])
        elif t == "hundred":
            out.append("00")
        elif t in WORDNUM and (digits_only or t != "o" or True):
            out.append(WORDNUM[t])
        elif t == "|":
            pass
        elif len(t) == 1 and not digits_only:
            out.append(t)
            if nxt == "for":
                i += 2
            elif nxt == "as" and i + 2 < len(toks) and toks[i + 2] == "in":
                i += 3
        i += 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def validate_value(typ, text):
    low = text.lower()
    if typ in ("CARD_NUMBER", "SSN", "CVV", "PHONE", "BANK_ACCOUNT", "SORT_CODE"):
        d = normalise(text, True)
        if not d.isdigit():
            return False, d
        n = len(d)
        ok = {"CARD_NUMBER": 13 <= n <= 19 and luhn_ok(d), "SSN": n == 9, "CVV": n in (3, 4),
              "PHONE": 10 <= n <= 15, "BANK_ACCOUNT": 6 <= n <= 12, "SORT_CODE": n == 6}[typ]
        return ok, d
    if typ == "EXPIRY":
        d = normalise(text, True)
        if any(m in low for m in MONTHS):
            return bool(re.search(r"\d\d$", d)), d
        return d.isdigit() and len(d) in (3, 4, 6), d
    if typ == "DOB":
        d = re.sub(r"\D", "", normalise(text, True))
        ok = any(m in low for m in MONTHS) or 4 <= len(d) <= 8
        return ok and len(d) >= 2, d
    if typ == "NI_NUMBER":
        s = normalise(text, False).upper()
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", s)), s
    if typ == "IBAN":
        s = normalise(text, False).upper()
        return iban_ok(s), s
    if typ == "POSTCODE":
        s = normalise(text, False).upper()
        return bool(re.fullmatch(r"\d{5}(\d{4})?", s) or UK_PC.match(s)), s
    if typ == "EMAIL":
        s = low.replace(" at ", "@").replace(" dot ", ".")
        return bool(re.search(r"\S@\S+\.\S", s.replace(" ", ""))), s
    if typ == "ADDRESS":
        has_num = bool(re.search(r"\d", text)) or bool(re.search(r"\b(%s)\b" % "|".join(UNITS + TEENS + TENS[2:]), low))
        has_st = bool(re.search(r"\b(avenue|ave|street|st|road|rd|drive|dr|boulevard|blvd|lane|ln|court|ct|way|place|pl)\b", low))
        return has_num and has_st, low
    return False, text


def check(cases, text):
    problems = []
    if render(cases) != text:
        problems.append("fixture differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    counts = Counter()
    npos = nneg = 0
    for c in cases:
        cid = c["id"]
        if c["kind"] == "negative":
            nneg += 1
            if c["spans"]:
                problems.append("%s: negative with spans" % cid)
        else:
            npos += 1
            if not c["spans"]:
                problems.append("%s: positive without spans" % cid)
        for tr in c["turns"]:
            if tr["speaker"] not in ("agent", "customer") or not tr["text"]:
                problems.append("%s: bad turn" % cid)
        by_turn = {}
        joined = {}
        for sp in c["spans"]:
            if sp["type"] not in TYPES:
                problems.append("%s: bad type %s" % (cid, sp["type"]))
                continue
            ti = sp["turn"]
            if not 0 <= ti < len(c["turns"]):
                problems.append("%s: bad turn index" % cid)
                continue
            tx = c["turns"][ti]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(tx)):
                problems.append("%s: offsets out of range" % cid)
                continue
            if not (tx[s].isalnum() and tx[e - 1].isalnum()):
                problems.append("%s: span edge not alnum %r" % (cid, tx[s:e]))
            if (s > 0 and tx[s - 1].isalnum()) or (e < len(tx) and tx[e].isalnum()):
                problems.append("%s: span not on word boundary %r" % (cid, tx[s:e]))
            by_turn.setdefault(ti, []).append((s, e))
            counts[sp["type"]] += 1
            joined.setdefault(sp["type"], []).append(tx[s:e])
        for ti, lst in by_turn.items():
            lst.sort()
            for (s1, e1), (s2, e2) in zip(lst, lst[1:]):
                if s2 < e1:
                    problems.append("%s: overlapping spans in turn %d" % (cid, ti))
        # value validation: each span alone, else the concatenation of the same-type
        # spans of the case (split readings), else consecutive same-type groups
        for typ, parts in joined.items():
            bad = [p for p in parts if not validate_value(typ, p)[0]]
            if not bad:
                continue
            if validate_value(typ, " | ".join(parts))[0]:
                continue
            # try partitioning into contiguous groups each valid (self-corrections/readbacks)
            if partition_ok(typ, parts):
                continue
            # self-correction: one short abandoned piece (<= 4 digits) may be dropped
            if len(parts) > 2 and any(len(normalise(parts[k], True)) <= 4 and partition_ok(typ, parts[:k] + parts[k + 1:])
                   for k in range(len(parts))):
                continue
            problems.append("%s: invalid %s value(s) %r" % (cid, typ, bad))
    for typ in TYPES:
        need = 30 if typ in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[typ] < need:
            problems.append("type %s has only %d spans (need %d)" % (typ, counts[typ], need))
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d positive, %d negative" % (npos, nneg))
    return problems, counts, npos, nneg


def partition_ok(typ, parts):
    n = len(parts)
    ok = [False] * (n + 1)
    ok[0] = True
    for i in range(n):
        if not ok[i]:
            continue
        for j in range(i + 1, n + 1):
            if validate_value(typ, " | ".join(parts[i:j]))[0]:
                ok[j] = True
    return ok[n]


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# pii_holdout300 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data its authors have not seen.

## Who wrote it and how

Written by an AI helper acting as an independent author, who did not see the
redaction code, its tests, its docs or the other evaluation sets (only a
three-line example of the JSONL format). Cases are generated by
`scripts/make_pii_holdout300.py` from template functions; each turn is built
from plain-text segments and `(value, TYPE)` segments, so offsets are computed,
never typed. All values come from one `random.Random(%d)`; the output is
byte-for-byte reproducible. `python scripts/make_pii_holdout300.py --check`
regenerates the file and verifies it (identical bytes, unique ids, offsets in
range and on word boundaries, no overlapping spans, values valid after
normalising spoken forms: Luhn for cards, mod-97 for IBANs, NI format, 9 digits
for SSNs, 6 for sort codes, digit counts for CVV/phone/account, postcode shapes).

Emphasis: mostly US contact centres (SSNs typed and spoken in many ways, ZIP
and ZIP+4, US phone formats including 1-800 "eight hundred", US street
addresses, card payments by phone), plus UK/Ireland/EU material (NI numbers,
sort codes, IBANs, UK postcodes and mobiles). Negatives are lookalikes:
amounts, balances, times, durations, dates that are not birth dates, order /
claim / policy / member / tracking / invoice numbers said with their names,
flight and room numbers, model numbers, meter readings, speeds, ages,
temperatures, card "ending in" last-four mentions.

## Annotation conventions

* A span covers the value only: from its first letter/digit to its last.
  Lead-in words ("my social is", "zip", "area code", "plus", "sort code") are
  outside. A leading `+` or `(` in a typed phone number is outside the span
  (the span starts at the first digit); separators *inside* a value (spaces,
  dashes, dots, slashes, "dash", "slash", "dot", "at") are inside.
* Spoken readings: the whole run of number words is one span, including
  "double"/"triple", "oh"/"o"/"nought", NATO spellings ("b for bravo", "c as
  in cat") and fillers ("um") that fall inside the reading.
* A value split across several customer turns gets one span per turn. A value
  the agent reads back is labelled too. In self-corrections both the wrong and
  the corrected reading are labelled; the words "no sorry" between them are not.
* CARD_NUMBER: full PAN only ("ending in 1234" mentions are negatives).
  EXPIRY: month and year. CVV: the code digits only. DOB: the full date
  (month/day/year words). ADDRESS: house number + street name + street type
  (+ apartment/unit when given); city, state and country are not labelled.
  POSTCODE: US ZIP (incl. ZIP+4 with its dash) or UK postcode, separate from
  ADDRESS. EMAIL: whole address, including spoken "dot"/"at"/"underscore".
* Non-PII numbers inside positive cases (amounts, claim/order/member numbers,
  times, ages, extensions) are deliberately left unlabelled.

## Counts

%d positive cases, %d negative cases.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    cases = generate()
    text = render(cases)
    if "--check" in sys.argv[1:]:
        if not CASES.exists():
            print("missing %s" % CASES)
            return 1
        existing = CASES.read_text(encoding="utf-8")
        problems, counts, npos, nneg = check(cases, existing)
        print("pii_holdout300: %d positive, %d negative" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if README.exists() and README.read_text(encoding="utf-8") != readme(counts, npos, nneg):
            problems.append("README.md differs from regenerated output")
        for p in problems:
            print("PROBLEM:", p)
        print("check %s" % ("FAILED (%d problems)" % len(problems) if problems else "passed"))
        return 1 if problems else 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    problems, counts, npos, nneg = check(cases, text)
    README.write_text(readme(counts, npos, nneg), encoding="utf-8")
    print("wrote %s (%d positive, %d negative)" % (CASES, npos, nneg))
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

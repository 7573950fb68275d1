#!/usr/bin/env python3
"""Generate the pii_holdout517 held-out PII evaluation set (stdlib only).

Usage:
    python scripts/make_pii_holdout517.py           # write cases.jsonl
    python scripts/make_pii_holdout517.py --check   # regenerate + validate
"""
import argparse
import json
import os
import re
import sys
import random
from collections import Counter

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests",
                   "fixtures", "pii_holdout517", "cases.jsonl")

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZEROS = {"zero", "oh", "o", "nought"}
FILLERS = {"um", "uh", "er", "erm", "hmm", "umm", "uhh"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]
NATO = {"a": ["alpha", "apple"], "b": ["bravo", "bob"], "c": ["charlie"], "d": ["delta", "david"],
        "e": ["echo", "edward"], "f": ["foxtrot", "freddie"], "g": ["golf", "george"],
        "h": ["hotel", "harry"], "j": ["juliet", "john"], "k": ["kilo", "king"],
        "l": ["lima", "london"], "m": ["mike", "mother"], "n": ["november", "nancy"],
        "p": ["papa", "peter"], "q": ["quebec", "queen"], "r": ["romeo", "robert"],
        "s": ["sierra", "sugar"], "t": ["tango", "tommy"], "u": ["uniform"],
        "v": ["victor"], "w": ["whiskey", "william"], "x": ["xray"], "y": ["yankee"],
        "z": ["zulu", "zebra"], "o": ["oscar"], "i": ["india"]}


# ---------------------------------------------------------------- helpers
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


def luhn_complete(rng, prefix, n):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(n - 1 - len(prefix)))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_ok(s):
    s = s.upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def make_iban(rng, cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def aba_ok(s):
    d = [int(c) for c in s]
    return len(s) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


class Case:
    def __init__(self, cid, kind, note):
        self.cid, self.kind, self.note = cid, kind, note
        self.turns, self.groups = [], []

    def grp(self, typ, canon, mode="full"):
        self.groups.append({"type": typ, "canon": canon, "mode": mode, "spans": []})
        return len(self.groups) - 1

    def t(self, speaker, *segs):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, g = seg
                st = len(text)
                text += val
                self.groups[g]["spans"].append((len(self.turns), st, len(text)))
        self.turns.append({"speaker": speaker, "text": text})

    def record(self):
        spans = []
        for g in self.groups:
            for (ti, s, e) in g["spans"]:
                spans.append({"turn": ti, "start": s, "end": e, "type": g["type"]})
        spans.sort(key=lambda x: (x["turn"], x["start"]))
        return {"id": self.cid, "kind": self.kind, "turns": self.turns, "spans": spans,
                "note": self.note}


class Gen:
    def __init__(self, rng):
        self.r = rng

    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    # ---------------- spoken numbers
    def zstyle(self, uk=True):
        return self.ch(["oh", "oh", "o", "zero", "nought"] if uk else ["oh", "oh", "zero", "o"])

    def dw(self, d, z):
        return z if d == "0" else UNITS[int(d)]

    def pair(self, s):
        a, b = int(s[0]), int(s[1])
        if a == 1:
            return TEENS[b]
        return TENS[a] + " " + UNITS[b]

    def speak(self, s, z, pairs=0.3, hundreds=0.12, doubles=0.6):
        w, i = [], 0
        while i < len(s):
            d = s[i]
            if i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2] and self.p(doubles * 0.8):
                w.append("triple " + self.dw(d, z)); i += 3; continue
            if i + 1 < len(s) and s[i] == s[i + 1] and self.p(doubles):
                w.append("double " + self.dw(d, z)); i += 2; continue
            if i + 2 < len(s) and d != "0" and self.p(hundreds):
                rem = int(s[i + 1:i + 3])
                if rem == 0:
                    w.append(UNITS[int(d)] + " hundred"); i += 3; continue
                if rem < 20 or rem % 10:
                    tail = UNITS[rem] if rem < 10 else self.pair(s[i + 1:i + 3])
                    w.append(UNITS[int(d)] + " hundred and " + tail); i += 3; continue
            if i + 1 < len(s) and d != "0" and (d == "1" or s[i + 1] != "0") and self.p(pairs):
                w.append(self.pair(s[i:i + 2])); i += 2; continue
            w.append(self.dw(d, z)); i += 1
        return " ".join(w)

    def speak_groups(self, groups, z, filler=0.15, **kw):
        out = []
        for k, g in enumerate(groups):
            out.append(self.speak(g, z, **kw))
            if k < len(groups) - 1:
                sep = self.ch([" ", ", ", " ", "... ", ", "])
                if self.p(filler):
                    sep = self.ch([" um ", ", uh, ", " er ", "... erm ", " uh "])
                out.append(sep)
        return "".join(out)

    def letter(self, c, nato=0.5):
        c = c.lower()
        if c in "oi" or self.p(nato):
            return c + self.ch([" for ", " for ", " as in "]) + self.ch(NATO[c])
        return c

    def split(self, s, sizes):
        out, i = [], 0
        for n in sizes:
            out.append(s[i:i + n]); i += n
        return out

    # ---------------- values
    def card(self):
        b = self.ch(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
        if b == "visa":
            return luhn_complete(self.r, "4", 16), [4, 4, 4, 4]
        if b == "visa13":
            return luhn_complete(self.r, "4", 13), [4, 3, 3, 3]
        if b == "visa19":
            return luhn_complete(self.r, "4", 19), [4, 4, 4, 4, 3]
        if b == "mc":
            return luhn_complete(self.r, self.ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16), [4, 4, 4, 4]
        if b == "amex":
            return luhn_complete(self.r, self.ch(["34", "37"]), 15), [4, 6, 5]
        return luhn_complete(self.r, "6011", 16), [4, 4, 4, 4]

    def card_typed(self, num, grp):
        f = self.r.random()
        if f < 0.3:
            return self.ch([" ", "-", " ", "  "]).join(self.split(num, grp))
        if f < 0.5:
            return num
        if f < 0.65:
            return ".".join(self.split(num, grp))
        if f < 0.8 and len(num) == 16:
            return " ".join(self.split(num, self.ch([[4, 6, 6], [8, 8], [3, 4, 4, 5], [2, 4, 4, 4, 2]])))
        return " ".join(self.split(num, grp)) if self.p(0.5) else "-".join(self.split(num, grp))

    def ssn(self):
        while True:
            a = self.r.randint(1, 899)
            if a != 666:
                break
        return "%03d%02d%04d" % (a, self.r.randint(1, 99), self.r.randint(1, 9999))

    def ni(self):
        L1 = "ABCEGHJKLMNPRSTWXYZ"
        L2 = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            s = self.ch(L1) + self.ch(L2) + "%06d" % self.r.randint(0, 999999) + self.ch("ABCD")
            if NI_RE.match(s):
                return s

    def iban(self):
        cc = self.ch(["GB", "GB", "IE", "DE", "NL", "FR", "ES"])
        d = lambda n: "".join(self.ch("0123456789") for _ in range(n))
        if cc == "GB":
            bban = self.ch(["NWBK", "BARC", "MIDL", "HBUK", "BUKB"]) + d(14)
        elif cc == "IE":
            bban = self.ch(["AIBK", "BKIR"]) + d(14)
        elif cc == "DE":
            bban = d(18)
        elif cc == "NL":
            bban = self.ch(["ABNA", "INGB", "TRIN"]) + d(10)
        elif cc == "FR":
            bban = d(23)
        else:
            bban = d(20)
        return make_iban(self.r, cc, bban)

    def aba(self):
        while True:
            s = self.ch(["0", "1", "2", "3"]) + "".join(self.ch("0123456789") for _ in range(7))
            for c in "0123456789":
                if aba_ok(s + c):
                    return s + c

    def uk_pc(self):
        area = self.ch(["SW", "M", "B", "LS", "EH", "CF", "BT", "NE", "G", "L", "CB", "BS", "RG",
                        "KT", "E", "N", "SE", "NW", "EC", "GL", "DE", "PL", "YS"])
        inward = str(self.r.randint(1, 9)) + self.ch("ABDEFGHJLNPQRSTUWXYZ") + self.ch("ABDEFGHJLNPQRSTUWXYZ")
        dist = str(self.r.randint(1, 29))
        return area + dist, inward

    def zip(self, plus4):
        z = "%05d" % self.r.randint(1001, 99950)
        return (z, "%04d" % self.r.randint(1, 9999)) if plus4 else (z, "")


FIRST = ["john", "sarah", "priya", "liam", "aoife", "chen", "maria", "dwayne", "kasia", "tom",
         "emily", "raj", "niamh", "carlos", "grace", "ahmed", "beth", "marcus"]
LAST = ["smith", "patel", "murphy", "kowalski", "nguyen", "garcia", "walsh", "jenkins", "reyes",
        "brennan", "clarke", "hughes", "baptiste", "fischer", "lindqvist", "mccarthy"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.com", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "comcast.net", "protonmail.com", "web.de", "live.ie"]
STREETS_UK = ["acacia avenue", "mill lane", "high street", "church road", "station road",
              "victoria terrace", "kings crescent", "elm grove", "riverside walk", "queens parade"]
STREETS_US = ["maple drive", "n main street", "oak ridge road", "elm st", "sunset boulevard",
              "w 42nd street", "pine hollow lane", "lakeview court", "e jefferson ave"]
TOWNS_UK = ["leeds", "bristol", "manchester", "cardiff", "belfast", "reading", "glasgow", "derby"]
TOWNS_US = ["columbus", "tucson", "raleigh", "spokane", "albany", "des moines", "boise", "omaha"]
INDUSTRIES = [("banking", "Northgate Bank"), ("telecom", "Vireo Mobile"),
              ("utilities", "Brightwater Energy"), ("retail", "Hollis & Crane"),
              ("insurance", "Sentinel Mutual"), ("travel", "Skyward Travel"),
              ("healthcare billing", "Meridian Health Billing"),
              ("government", "the benefits helpline")]
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah go on", "got that", "mm hm"]


# ================================================================ positives
def pos_card_chat(g, c):
    num, grp = g.card()
    k = c.grp("CARD_NUMBER", num)
    lead = g.ch(["card no: ", "Card number - ", "its ", "CC#", "here you go ", "card: ", "number is "])
    c.t("agent", g.ch(["Thanks for contacting %s, how can I help?" % g.ch(INDUSTRIES)[1],
                       "Please provide the long card number to proceed.", "Hi! What card would you like to use?"]))
    c.t("customer", g.ch(["hi, ", "Hello - ", "", "ok "]), lead, (g.card_typed(num, grp), k),
        g.ch(["", " thanks", ". exp next yr", " (visa)", " pls"]))
    if g.p(0.35):
        e = c.grp("EXPIRY", None)
        m, y = g.r.randint(1, 12), g.r.randint(26, 31)
        ex = g.ch(["%02d/%02d" % (m, y), "%d/%d" % (m, 2000 + y), "%02d-%02d" % (m, y), "%02d/20%02d" % (m, y)])
        c.groups[e]["canon"] = (m, y)
        cv = c.grp("CVV", None)
        cvv = "%03d" % g.r.randint(0, 999)
        c.groups[cv]["canon"] = cvv
        c.t("customer", g.ch(["exp ", "expiry ", "Exp date: "]), (ex, e), g.ch([" cvv ", ", security code ", " CVC: "]), (cvv, cv))
    return "typed card number in chat"


def pos_card_call(g, c, readback=True, split=True):
    num, grp = g.card()
    uk = g.p(0.6)
    z = g.zstyle(uk)
    k = c.grp("CARD_NUMBER", num)
    ind = g.ch(INDUSTRIES)
    c.t("agent", g.ch(["can i take the long number across the front of the card please",
                       "okay so whenever you're ready just read me the card number",
                       "and what's the sixteen digit number on the card",
                       "right i'll need the card number for the payment to %s" % ind[1].lower()]))
    parts = g.split(num, grp)
    if split:
        chunks = []
        i = 0
        while i < len(parts):
            n = g.ch([1, 1, 2])
            chunks.append(parts[i:i + n]); i += n
        for j, ch in enumerate(chunks):
            pre = g.ch(["", "", "yeah so ", "um ", "it's ", "okay "]) if j == 0 else g.ch(["", "", "then ", "and "])
            post = g.ch(["", "", "", " um"]) if j < len(chunks) - 1 else g.ch(["", " that's it", "", " yeah"])
            c.t("customer", pre, (g.speak_groups(ch, z), k), post)
            if j < len(chunks) - 1:
                c.t("agent", g.ch(BACK))
    else:
        c.t("customer", g.ch(["it's ", "okay it's ", "yeah ", ""]), (g.speak_groups(parts, z), k))
    if readback and g.p(0.6):
        k2 = c.grp("CARD_NUMBER", num)
        rb = g.speak_groups(parts, g.zstyle(uk), filler=0.0, pairs=0.1, hundreds=0.0)
        c.t("agent", g.ch(["so that's ", "let me just read that back ", "i've got "]), (rb, k2), g.ch(["", " is that right", " correct"]))
        c.t("customer", g.ch(["yes", "yep that's right", "that's it", "correct"]))
    return "%s call, card read %s" % (ind[0], "over several turns" if split else "in one turn")


def pos_card_full(g, c):
    note = pos_card_call(g, c, readback=g.p(0.5), split=g.p(0.5))
    uk = g.p(0.5)
    m, y = g.r.randint(1, 12), g.r.randint(26, 32)
    c.t("agent", g.ch(["and the expiry date", "lovely and when does it expire", "expiry please"]))
    e = c.grp("EXPIRY", (m, y))
    mz = g.ch(["oh", "zero", "nought"]) if uk else g.ch(["oh", "zero"])
    forms = [("%s %s" % (mz + " " + UNITS[m] if m < 10 else g.pair("%02d" % m), g.pair("%02d" % y))),
             "%s %s" % (MONTHS[m - 1], g.pair("%02d" % y)),
             "%s twenty %s" % (MONTHS[m - 1], g.pair("%02d" % y)),
             "%s slash %s" % (UNITS[m] if m < 10 else g.pair("%02d" % m), g.pair("%02d" % y))]
    c.t("customer", g.ch(["it's ", "", "um ", "expires "]), (g.ch(forms), e))
    c.t("agent", g.ch(["and the three digit code on the back", "last thing the security code on the back please",
                       "and the cvv"]))
    v = c.grp("CVV", None)
    cvv = "%03d" % g.r.randint(0, 999)
    if num_is_amex(c):
        cvv = "%04d" % g.r.randint(0, 9999)
    c.groups[v]["canon"] = cvv
    c.t("customer", g.ch(["", "it's ", "uh "]), (g.speak(cvv, g.zstyle(uk), hundreds=0.3), v))
    return note + " + expiry + cvv"


def num_is_amex(c):
    return any(gr["type"] == "CARD_NUMBER" and len(gr["canon"]) == 15 for gr in c.groups)


def pos_card_correction(g, c):
    num, grp = g.card()
    z = g.zstyle(g.p(0.5))
    parts = g.split(num, grp)
    c.t("agent", "okay go ahead with the card number")
    n = g.ch([1, 2])
    k0 = c.grp("CARD_NUMBER", num, "prefix")
    c.t("customer", "", (g.speak_groups(parts[:n], z), k0),
        g.ch(["... sorry hang on let me start again", " no wait that's the wrong card hold on... right",
              " actually sorry i'll start over"]))
    c.t("agent", g.ch(["no problem", "take your time", "sure"]))
    k = c.grp("CARD_NUMBER", num)
    mid = len(parts) // 2
    c.t("customer", "", (g.speak_groups(parts[:mid], z), k),
        g.ch([" sorry my glasses ", " hang on the kids are shouting ", " one second it's a bit faded "]),
        (g.speak_groups(parts[mid:], z), k))
    return "card reading restarted, with an aside in the middle"


def ssn_typed(g, s):
    a, b, d = s[:3], s[3:5], s[5:]
    return g.ch(["%s-%s-%s" % (a, b, d), "%s %s %s" % (a, b, d), s, "%s.%s.%s" % (a, b, d),
                 "%s-%s%s" % (a, b, d), "%s %s-%s" % (a, b, d), "%s - %s - %s" % (a, b, d)])


def pos_ssn_chat(g, c):
    s = g.ssn()
    k = c.grp("SSN", s)
    ind = g.ch(INDUSTRIES)
    c.t("agent", g.ch(["To verify your identity please enter your Social Security number.",
                       "Can you confirm your SSN for the %s file?" % ind[0]]))
    c.t("customer", g.ch(["ssn: ", "SSN#", "social is ", "my ss# ", "Its ", "SS number "]), (ssn_typed(g, s), k),
        g.ch(["", " thx", ".", " - sorry for the delay"]))
    return "typed SSN (%s chat)" % ind[0]


def pos_ssn_call(g, c):
    s = g.ssn()
    z = g.zstyle(False)
    sizes = g.ch([[3, 2, 4], [3, 2, 4], [3, 3, 3], [9], [1, 2, 2, 4], [3, 2, 2, 2], [5, 4]])
    parts = g.split(s, sizes)
    k = c.grp("SSN", s)
    c.t("agent", g.ch(["and can i get your social security number", "i'll need your social to pull up the account",
                       "could you verify your full social please"]))
    if g.p(0.5) and len(parts) > 1:
        for j, pt in enumerate(parts):
            c.t("customer", g.ch(["", "", "uh ", "it's "]) if j == 0 else "", (g.speak(pt, z), k))
            if j < len(parts) - 1:
                c.t("agent", g.ch(BACK))
    else:
        c.t("customer", g.ch(["yeah it's ", "sure ", "okay ", ""]), (g.speak_groups(parts, z, filler=0.3), k))
    if g.p(0.5):
        k2 = c.grp("SSN", s)
        c.t("agent", "okay i have ", (g.speak_groups(g.split(s, [3, 2, 4]), z, filler=0), k2), " correct")
        c.t("customer", g.ch(["yes ma'am", "yep", "that's right"]))
    return "US call, SSN read grouped %s" % "-".join(map(str, sizes))


def pos_ssn_partial(g, c):
    s = g.ssn()
    z = g.zstyle(False)
    k = c.grp("SSN", s, "part")
    c.t("agent", g.ch(["for security can you give me the last four of your social",
                       "just the last four digits of your social security number please"]))
    c.t("customer", g.ch(["", "um ", "it's "]), (g.speak(s[5:], z, hundreds=0.2), k))
    if g.p(0.5):
        k2 = c.grp("SSN", s, "part")
        c.t("agent", "last four ", (s[5:] if g.p(0.3) else g.speak(s[5:], z), k2), " thank you")
    return "partial SSN (last four) verification"


def ni_typed(g, s):
    f = g.r.random()
    t = "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8]) if f < 0.4 else s
    if f > 0.8:
        t = "%s%s %s" % (s[:2], s[2:8], s[8])
    if g.p(0.3):
        t = t.lower()
    return t


def ni_spoken(g, s, z):
    out = g.letter(s[0]) + " " + g.letter(s[1]) + " "
    if g.p(0.5):
        out += g.speak_groups([s[2:4], s[4:6], s[6:8]], z, pairs=0.7)
    else:
        out += g.speak_groups([s[2:8]], z)
    return out + g.ch([" ", ", ", " um "]) + g.letter(s[8])


def pos_ni(g, c, spoken):
    s = g.ni()
    k = c.grp("NI_NUMBER", s)
    ind = g.ch([("government", "HMRC enquiries"), ("government", "the DWP helpline"), ("banking", "Northgate Bank"),
                ("insurance", "Sentinel Mutual"), ("utilities", "Brightwater Energy")])
    if not spoken:
        c.t("agent", "Could you confirm your National Insurance number?")
        c.t("customer", g.ch(["NI no: ", "NINO ", "it's ", "National Insurance: ", "ni number "]), (ni_typed(g, s), k))
        return "typed NI number (%s)" % ind[0]
    z = g.zstyle(True)
    c.t("agent", g.ch(["and your national insurance number please", "can i take your n i number"]))
    if g.p(0.4):
        c.t("customer", "yeah ", (g.letter(s[0]) + " " + g.letter(s[1]), k))
        c.t("agent", g.ch(BACK))
        c.t("customer", (g.speak_groups([s[2:4], s[4:6], s[6:8]], z, pairs=0.6), k), " and then ", (g.letter(s[8]), k))
    else:
        c.t("customer", g.ch(["it's ", "", "um "]), (ni_spoken(g, s, z), k))
    if g.p(0.4):
        k2 = c.grp("NI_NUMBER", s)
        c.t("agent", "so that's ", (ni_spoken(g, s, z), k2))
        c.t("customer", "that's the one")
    return "NI number read on a %s call" % ind[0]


def pos_bank_uk(g, c):
    sc = "%02d%02d%02d" % (g.r.randint(1, 99), g.r.randint(0, 99), g.r.randint(0, 99))
    acc = "%08d" % g.r.randint(10000000, 99999999)
    ks, ka = c.grp("SORT_CODE", sc), c.grp("BANK_ACCOUNT", acc)
    if g.p(0.4):
        c.t("agent", "Please send the bank details for the direct debit.")
        c.t("customer", g.ch(["sort code ", "S/C: ", "sc "]), (g.ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), ks),
            g.ch([" acct no: ", ", a/c ", " account number "]), (acc if g.p(0.6) else acc[:4] + " " + acc[4:], ka))
        return "typed UK sort code and account"
    z = g.zstyle(True)
    c.t("agent", "what's the sort code")
    c.t("customer", g.ch(["", "it's ", "uh "]), (g.speak_groups([sc[:2], sc[2:4], sc[4:]], z, pairs=0.5), ks))
    c.t("agent", "and the account number")
    if g.p(0.5):
        c.t("customer", (g.speak(acc[:4], z), ka), g.ch([" mhm ", "... "]), (g.speak(acc[4:], z), ka))
    else:
        c.t("customer", (g.speak(acc[:4], z), ka))
        c.t("agent", g.ch(BACK))
        c.t("customer", (g.speak(acc[4:], z), ka))
    return "UK call sort code + account number"


def pos_bank_us(g, c):
    rt = g.aba()
    acc = "".join(g.ch("0123456789") for _ in range(g.r.randint(8, 12)))
    kr, ka = c.grp("BANK_ACCOUNT", rt), c.grp("BANK_ACCOUNT", acc)
    if g.p(0.4):
        c.t("agent", "For the ACH refund I need routing and account numbers.")
        c.t("customer", g.ch(["routing ", "RTN: ", "aba# ", "Routing number "]), (rt, kr),
            g.ch([" / acct ", ", checking acct # ", " account: "]), (acc, ka))
        return "typed US routing + account"
    z = g.zstyle(False)
    c.t("agent", "okay i'll need the nine digit routing number first")
    c.t("customer", g.ch(["it's ", "", "okay "]), (g.speak_groups(g.split(rt, [3, 3, 3]), z), kr))
    c.t("agent", "and the account number")
    c.t("customer", g.ch(["", "checking is "]), (g.speak_groups(g.split(acc, [4, len(acc) - 4]), z, filler=0.4), ka))
    return "US call routing + account numbers (routing labelled BANK_ACCOUNT)"


def iban_spoken(g, s, z):
    out = [g.letter(s[0]) + " " + g.letter(s[1]) + " " + g.speak(s[2:4], z)]
    rest = s[4:]
    grps = [rest[i:i + 4] for i in range(0, len(rest), 4)]
    for gg in grps:
        toks = []
        for ch in gg:
            toks.append(g.letter(ch, 0.3) if ch.isalpha() else g.speak(ch, z))
        out.append(" ".join(toks))
    return g.ch([", ", " "]).join(out)


def pos_iban(g, c):
    s = g.iban()
    k = c.grp("IBAN", s)
    if g.p(0.5):
        t = " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if g.p(0.6) else s
        if g.p(0.25):
            t = t.lower()
        c.t("agent", "Please provide the IBAN for the refund.")
        c.t("customer", g.ch(["IBAN: ", "iban ", "It's ", "my iban is "]), (t, k))
        return "typed IBAN (%s)" % s[:2]
    z = g.zstyle(s[:2] in ("GB", "IE"))
    c.t("agent", "go ahead with the iban")
    c.t("customer", "", (iban_spoken(g, s, z), k))
    return "spoken IBAN (%s)" % s[:2]


def phone_value(g):
    kind = g.ch(["uk_mob", "uk_land", "us", "us", "us_ext", "ie", "eu"])
    if kind == "uk_mob":
        nat = "07" + "".join(g.ch("0123456789") for _ in range(9))
        if g.p(0.4):
            return kind, "44" + nat[1:], "+44 %s %s" % (nat[1:5], nat[5:]), ["44", nat[1:5], nat[5:8], nat[8:]], ""
        return kind, nat, g.ch(["%s %s", "%s-%s", "%s%s"]) % (nat[:5], nat[5:]), [nat[:5], nat[5:8], nat[8:]], ""
    if kind == "uk_land":
        nat = "020" + g.ch("378") + "".join(g.ch("0123456789") for _ in range(7))
        return kind, nat, "%s %s %s" % (nat[:3], nat[3:7], nat[7:]), [nat[:3], nat[3:7], nat[7:]], ""
    if kind in ("us", "us_ext"):
        n = str(g.r.randint(2, 9)) + "%02d" % g.r.randint(0, 99) + str(g.r.randint(2, 9)) + "%02d" % g.r.randint(0, 99) + "%04d" % g.r.randint(0, 9999)
        ext = str(g.r.randint(10, 9999)) if kind == "us_ext" else ""
        a, b, d = n[:3], n[3:6], n[6:]
        cc = g.p(0.3)
        t = g.ch(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (a, b, d)
        if cc:
            t = g.ch(["+1 ", "1-"]) + t.replace("(", "").replace(")", "")
            if t.startswith("+"):
                t = t[1:]
        if ext:
            t += g.ch([" ext. ", " x", " ext ", ", extension "]) + ext
        return kind, ("1" if cc else "") + n, t, ([ "1"] if cc else []) + [a, b, d], ext
    if kind == "ie":
        nat = "08" + g.ch("35679") + "".join(g.ch("0123456789") for _ in range(7))
        if g.p(0.5):
            return kind, "353" + nat[1:], "353 %s %s %s" % (nat[1:3], nat[3:6], nat[6:]), ["353", nat[1:3], nat[3:6], nat[6:]], ""
        return kind, nat, "%s %s %s" % (nat[:3], nat[3:6], nat[6:]), [nat[:3], nat[3:6], nat[6:]], ""
    n = "6" + "".join(g.ch("0123456789") for _ in range(8))
    return kind, "33" + n, "33 %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:]), ["33", n[0], n[1:3], n[3:5], n[5:7], n[7:]], ""


def pos_phone(g, c):
    kind, digits, typed, groups, ext = phone_value(g)
    k = c.grp("PHONE", digits + ext)
    intl = typed.startswith(("44", "353", "33")) or (typed.startswith("1") and kind.startswith("us"))
    if g.p(0.45):
        c.t("agent", g.ch(["What's the best number to reach you on?", "Can you confirm a contact number?"]))
        lead = g.ch(["", "cell: ", "tel ", "call me on ", "mob: ", "Phone # "]) + ("+" if intl and g.p(0.7) else "")
        while typed[0] in "+(":
            if typed[0] == "+" and lead.endswith("+"):
                typed = typed[1:]
                continue
            lead, typed = lead + typed[0], typed[1:]
        c.t("customer", lead, (typed, k), g.ch(["", " after 5pm", " thx", " (work)"]))
        return "typed phone (%s)" % kind
    z = g.zstyle(kind.startswith("uk") or kind == "ie")
    sp = g.speak_groups(groups, z, pairs=0.25)
    if intl:
        sp = "plus " + sp if g.p(0.6) else sp
    if ext:
        sp += g.ch([" extension ", " ext ", ", extension "]) + g.speak(ext, z)
    c.t("agent", g.ch(["and a good callback number", "what number are you calling from", "is there a number we can reach you on"]))
    if g.p(0.35) and len(groups) >= 3:
        first = g.speak_groups(groups[:2], z)
        if intl:
            first = "plus " + first
        c.t("customer", g.ch(["it's ", "yeah "]), (first, k))
        c.t("agent", g.ch(BACK))
        rest = g.speak_groups(groups[2:], z)
        if ext:
            rest += " extension " + g.speak(ext, z)
        c.t("customer", (rest, k))
    else:
        c.t("customer", g.ch(["it's ", "yeah it's ", "um ", ""]), (sp, k))
    return "spoken phone (%s) on call" % kind


def pos_email(g, c):
    f, l = g.ch(FIRST), g.ch(LAST)
    num = str(g.r.randint(1, 99)) if g.p(0.5) else ""
    sep = g.ch([".", "_", "", "."])
    local = g.ch([f + sep + l, f[0] + sep + l, f + sep + l[0], l + sep + f]) + num
    dom = g.ch(DOMAINS)
    em = local + "@" + dom
    k = c.grp("EMAIL", em)
    if g.p(0.45):
        t = em
        if g.p(0.4):
            t = local.capitalize() + "@" + (dom.capitalize() if g.p(0.5) else dom)
        c.t("agent", "Can I take an email address for the confirmation?")
        c.t("customer", g.ch(["email: ", "its ", "Email - ", "send it to ", ""]), (t, k), g.ch(["", " please", " ty"]))
        return "typed email"
    z = g.zstyle(True)

    def sayword(w):
        if len(w) == 1:
            return g.letter(w, 0.4)
        if g.p(0.25):
            return " ".join(g.letter(x, 0.1) if x not in "oi" else g.letter(x) for x in w)
        return w

    words = []
    for piece in re.findall(r"[a-z]+|\d+|[._]", local):
        if piece == ".":
            words.append("dot")
        elif piece == "_":
            words.append("underscore")
        elif piece.isdigit():
            words.append(g.speak(piece, z, pairs=0.8))
        else:
            words.append(sayword(piece))
    words.append("at")
    words.append(" dot ".join(dom.split(".")))
    c.t("agent", "and an email address")
    c.t("customer", g.ch(["yeah it's ", "it's ", "um "]), (" ".join(words), k))
    return "email spoken on call"


def year_words(y):
    if y >= 2000:
        return "two thousand and " + UNITS[y - 2000] if y > 2000 else "two thousand"
    return "nineteen " + ("%s" % (TEENS[y % 100 - 10] if 10 <= y % 100 < 20 else TENS[(y % 100) // 10] + ("" if y % 10 == 0 else " " + UNITS[y % 10])))


def pos_dob(g, c, us=None):
    y, m, d = g.r.randint(1940, 2005), g.r.randint(1, 12), g.r.randint(1, 28)
    k = c.grp("DOB", (m, y))
    us = g.p(0.5) if us is None else us
    if g.p(0.45):
        t = g.ch(["%02d/%02d/%d" % ((m, d, y) if us else (d, m, y)), "%d-%02d-%02d" % (y, m, d),
                  "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "%s %d, %d" % (MONTHS[m - 1].capitalize()[:3], d, y),
                  "%d/%d/%02d" % ((m, d, y % 100) if us else (d, m, y % 100))])
        c.t("agent", "Please confirm your date of birth.")
        c.t("customer", g.ch(["DOB ", "dob: ", "", "born "]), (t, k))
        return "typed DOB"
    t = g.ch(["%s of %s %s" % (ORD[d], MONTHS[m - 1], year_words(y)),
              "%s %s %s" % (MONTHS[m - 1], ORD[d], year_words(y)),
              "the %s of %s %s" % (ORD[d], MONTHS[m - 1], year_words(y)),
              "%s the %s uh %s" % (MONTHS[m - 1], ORD[d], year_words(y))])
    if t.startswith("the "):
        t = t[4:]
    c.t("agent", g.ch(["and your date of birth", "can you confirm your birthday for me"]))
    c.t("customer", g.ch(["it's ", "", "yeah ", "um "]), (t, k))
    return "spoken DOB"


def pos_address(g, c):
    uk = g.p(0.5)
    if uk:
        num = g.r.randint(1, 240)
        st = g.ch(STREETS_UK)
        flat = g.p(0.3)
        pc = g.uk_pc()
        town = g.ch(TOWNS_UK)
    else:
        num = g.r.randint(100, 9899)
        st = g.ch(STREETS_US)
        flat = False
        pc = g.zip(g.p(0.6))
        town = g.ch(TOWNS_US)
    ka = c.grp("ADDRESS", (str(num), st))
    kp = c.grp("POSTCODE", "".join(pc).upper())
    if g.p(0.45):
        a = ("Flat %d, " % g.r.randint(1, 12) if flat else "") + "%d %s" % (num, st.title())
        if not uk and g.p(0.4):
            a += g.ch([" Apt 3B", " Unit 12", " #204"])
        p = (pc[0] + g.ch([" ", "", " "]) + pc[1]) if uk else (pc[0] + ("-" + pc[1] if pc[1] else ""))
        if g.p(0.3):
            p = p.lower()
        c.t("agent", "What's the billing address on the account?")
        c.t("customer", "", (a, ka), ", %s%s " % (town.title(), "" if uk else ", " + g.ch(["OH", "AZ", "NC", "WA", "NY", "IA"])), (p, kp))
        return "typed address + %s" % ("UK postcode" if uk else "ZIP")
    z = g.zstyle(uk)
    a = ("flat %s " % UNITS[g.r.randint(1, 9)] if flat else "") + g.speak(str(num), z, pairs=0.8, hundreds=0.4, doubles=0.1) + " " + st
    if uk:
        p = " ".join(g.letter(x, 0.3) if x.isalpha() else UNITS[int(x)] for x in pc[0]) + " " + \
            " ".join(g.letter(x, 0.3) if x.isalpha() else UNITS[int(x)] for x in pc[1])
    else:
        p = g.speak(pc[0], z, pairs=0.2)
        if pc[1]:
            p += g.ch([" dash ", " ", " um "]) + g.speak(pc[1], z, pairs=0.2)
    c.t("agent", "and the first line of the address")
    c.t("customer", g.ch(["it's ", "", "uh "]), (a, ka), " in %s" % town)
    c.t("agent", "and the %s" % ("postcode" if uk else "zip code"))
    c.t("customer", "", (p, kp))
    return "spoken address + %s" % ("UK postcode" if uk else "ZIP")


def pos_us_medical(g, c):
    c.t("agent", "meridian health billing this is dana how can i help")
    c.t("customer", "hi yeah i got a bill for a claim that should've been covered, claim number %s" %
        g.ch(["C%d" % g.r.randint(10 ** 8, 10 ** 9), "%d-%d" % (g.r.randint(1000, 9999), g.r.randint(100000, 999999))]))
    c.t("agent", "okay i can look at that, can i get the patient's date of birth")
    pos_dob(g, c, us=True)
    c.t("agent", "and the member id on the insurance card")
    c.t("customer", "member id is %s" % g.ch(["w%d" % g.r.randint(10 ** 8, 10 ** 9), "xgh%d" % g.r.randint(10 ** 7, 10 ** 8)]))
    c.t("agent", "thanks and for verification the last four of the social")
    s = g.ssn()
    k = c.grp("SSN", s, "part")
    c.t("customer", (g.speak(s[5:], g.zstyle(False)), k))
    return "US healthcare billing: DOB + partial SSN, claim/member IDs unlabelled"


def pos_mixed_chat(g, c):
    # several PII types in one e-mail-like message
    f, l = g.ch(FIRST), g.ch(LAST)
    em = "%s.%s@%s" % (f, l, g.ch(DOMAINS))
    ke = c.grp("EMAIL", em)
    kind, digits, typed, groups, ext = phone_value(g)
    kp = c.grp("PHONE", digits + ext)
    lead = " and new tel. "
    while typed[0] in "+(":
        lead, typed = lead + typed[0], typed[1:]
    c.t("customer", "Hi, please update my details. new email ", (em, ke), lead, (typed, kp),
        ". Order ref %d, %s %s" % (g.r.randint(100000, 999999), f.title(), l.title()))
    c.t("agent", "Thanks %s, both updated." % f.title())
    return "chat update with email + phone and an unlabelled order ref"


POS_PLAN = [(pos_card_chat, 22), (lambda g, c: pos_card_call(g, c), 26), (pos_card_full, 16),
            (pos_card_correction, 8), (pos_ssn_chat, 14), (pos_ssn_call, 18), (pos_ssn_partial, 6),
            (lambda g, c: pos_ni(g, c, False), 12), (lambda g, c: pos_ni(g, c, True), 16),
            (pos_bank_uk, 13), (pos_bank_us, 12), (pos_iban, 15), (pos_phone, 20), (pos_email, 14),
            (lambda g, c: pos_dob(g, c), 8), (pos_address, 16), (pos_us_medical, 8), (pos_mixed_chat, 6)]


# ================================================================ negatives
def neg_items(g):
    r = g.r
    z = g.zstyle(g.p(0.5))
    d16 = "".join(g.ch("0123456789") for _ in range(16))
    luhn16 = luhn_complete(r, "4", 16)
    ssnlike = g.ssn()
    return [
        ("order", "your order number is %s" % " ".join(luhn16[i:i + 4] for i in range(0, 16, 4))),
        ("order", "order number %s" % g.speak_groups([d16[i:i + 4] for i in range(0, 16, 4)], z)),
        ("tracking", "tracking number 1Z%s%s" % ("".join(g.ch("ABCDEFWXY0123456789") for _ in range(6)), "".join(g.ch("0123456789") for _ in range(10)))),
        ("tracking", "the usps tracking is 9400 %s" % " ".join("%04d" % r.randint(0, 9999) for _ in range(4))),
        ("claim", "claim number %s" % "-".join([ssnlike[:3], ssnlike[3:5], ssnlike[5:]])),
        ("claim", "your claim reference is %s" % g.speak_groups([ssnlike[:3], ssnlike[3:5], ssnlike[5:]], z)),
        ("member", "member id %s%s" % (g.ch(["W", "XGH", "ZQ", "M"]), "".join(g.ch("0123456789") for _ in range(9)))),
        ("member", "the member ID on the card is %s" % ssnlike),
        ("npi", "the provider NPI is %d" % r.randint(10 ** 9, 2 * 10 ** 9 - 1)),
        ("npi", "npi number %s" % g.speak_groups(g.split(str(r.randint(10 ** 9, 2 * 10 ** 9 - 1)), [3, 3, 4]), z)),
        ("mbi", "medicare beneficiary id %d%s%d-%s%d-%s%d%d" % (r.randint(1, 9), g.ch("ACEGHJK"), r.randint(0, 9), g.ch(["TE", "KN", "RP"]), r.randint(0, 9), g.ch(["MK", "AC", "HY"]), r.randint(0, 9), r.randint(0, 9))),
        ("group", "group number %d" % r.randint(100000, 999999)),
        ("rx", "prescription number rx %d" % r.randint(1000000, 9999999)),
        ("policy", "policy number %s" % "-".join(["POL", str(r.randint(1000, 9999)), str(r.randint(100000, 999999))])),
        ("policy", "policy number %s" % g.speak(str(r.randint(10 ** 8, 10 ** 9)), z)),
        ("invoice", "invoice %s" % "INV-%d" % r.randint(10 ** 7, 10 ** 8)),
        ("ticket", "ticket number %d" % r.randint(10 ** 6, 10 ** 7)),
        ("serial", "the serial number on the router is %s" % "".join(g.ch("ABCDEF0123456789") for _ in range(12))),
        ("model", "model number %s-%d" % (g.ch(["WX", "HG", "KT"]), r.randint(1000, 9999))),
        ("meter", "meter reading is %s" % g.speak("%05d" % r.randint(0, 99999), z)),
        ("meter", "the reading was %05d" % r.randint(0, 99999)),
        ("amount", "the balance is %s" % g.ch(["$%d.%02d" % (r.randint(10, 9999), r.randint(0, 99)), "£%d,%03d.%02d" % (r.randint(1, 9), r.randint(0, 999), r.randint(0, 99))])),
        ("amount", "you owe %s hundred and %s dollars" % (UNITS[r.randint(1, 9)], g.pair(str(r.randint(21, 99)).replace("0", "1")))),
        ("amount", "a payment of four thousand two hundred and twelve pounds"),
        ("time", "we're open %s till %s" % (g.ch(["eight", "nine", "8am"]), g.ch(["eight", "six", "10pm"]))),
        ("time", "i called at %d:%02d" % (r.randint(1, 12), r.randint(0, 59))),
        ("duration", "you've been waiting %d minutes" % r.randint(2, 59)),
        ("age", "my son is %s" % g.ch(["seventeen", "12", "twenty one"])),
        ("temp", "the heating only gets to %d degrees" % r.randint(12, 30)),
        ("pct", "the rate went up %d.%d percent" % (r.randint(1, 20), r.randint(0, 9))),
        ("year", "i've been a customer since %d" % r.randint(1985, 2024)),
        ("appt", "your appointment is on the %s of %s" % (ORD[r.randint(1, 28)], g.ch(MONTHS))),
        ("appt", "the payment is due %02d/%02d/%d" % (r.randint(1, 28), r.randint(1, 12), r.randint(2025, 2027))),
        ("contract", "the contract ends %s %d" % (g.ch(MONTHS).title(), r.randint(2025, 2029))),
        ("lastfour", "the card ending %04d" % r.randint(0, 9999)),
        ("lastfour", "is that the visa ending in %s" % g.speak("%04d" % r.randint(0, 9999), z)),
        ("lastfour", "last four digits %04d" % r.randint(0, 9999)),
        ("flight", "flight %s %d from gate %s%d, seat %d%s" % (g.ch(["BA", "EI", "UA", "DL", "FR"]), r.randint(10, 9999), g.ch("ABC"), r.randint(1, 40), r.randint(1, 40), g.ch("ABCDEF"))),
        ("room", "room %d" % r.randint(100, 999)),
        ("road", "stuck on the %s" % g.ch(["M25", "A303", "I-95", "interstate ninety five", "route sixty six", "N7"])),
        ("count", "%d texts" % r.randint(200, 5000)),
        ("ref", "reference %s" % "-".join("%04d" % r.randint(0, 9999) for _ in range(3))),
        ("ref", "booking reference %s" % "".join(g.ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6))),
        ("case", "case number %s" % g.speak(str(r.randint(10 ** 7, 10 ** 8)), z)),
        ("conf", "confirmation number %d" % r.randint(10 ** 11, 10 ** 12)),
        ("acctref", "customer reference %s" % "".join(g.ch("0123456789") for _ in range(11))),
        ("data", "%d gigabytes" % r.randint(1, 100)),
    ]


NEG_OPEN = ["right so %s", "okay, %s", "%s, yeah", "just to confirm %s", "so um %s", "and %s?", "%s."]


def neg_case(g, c):
    ind = g.ch(INDUSTRIES)
    items = neg_items(g)
    pick = g.r.sample(items, g.ch([1, 2, 2, 3]))
    c.t("agent", g.ch(["thanks for calling %s" % ind[1].lower(), "Hello, you're chatting with %s." % ind[1],
                       "%s support, how can i help" % ind[1].lower()]))
    if g.p(0.25):
        lab = g.ch(["tracking number", "order number", "claim number", "member id", "confirmation number", "reference"])
        digs = "".join(g.ch("0123456789") for _ in range(g.ch([9, 10, 16, 16])))
        z = g.zstyle(g.p(0.5))
        c.t("customer", "yeah the %s is " % lab + g.speak_groups([digs[:4], digs[4:8]], z))
        c.t("agent", g.ch(BACK))
        c.t("customer", g.speak_groups([digs[8:]], z))
        c.t("agent", "thanks, so the %s is %s" % (lab, digs))
        pick = pick[:1]
    for j, (lab, txt) in enumerate(pick):
        spk = "customer" if j % 2 == 0 else g.ch(["agent", "customer"])
        c.t(spk, g.ch(NEG_OPEN) % txt)
        if j < len(pick) - 1 and g.p(0.5):
            c.t("customer" if spk == "agent" else "agent", g.ch(BACK + ["okay thanks", "sure"]))
    return "%s: %s" % (ind[0], ", ".join([l for l, _ in pick] + (["id read like a card"] if len(c.turns) > 4 and "thanks, so the" in c.turns[4]["text"] else [])))


# ================================================================ build
def build():
    rng = random.Random(517241125)
    g = Gen(rng)
    plan = []
    for fn, n in POS_PLAN:
        plan += [fn] * n
    rng.shuffle(plan)
    recs, groups = [], []
    for i, fn in enumerate(plan):
        c = Case("h517-pos-%03d" % (i + 1), "positive", "")
        c.note = fn(g, c)
        recs.append(c.record()); groups.append(c)
    for i in range(110):
        c = Case("h517-neg-%03d" % (i + 1), "negative", "")
        c.note = neg_case(g, c)
        recs.append(c.record()); groups.append(c)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    return text, recs, groups


# ================================================================ validation
NUMW = set(UNITS) | ZEROS | set(TEENS) | set(TENS[2:]) | {"double", "triple", "hundred"}


def num_run(toks, i):
    """Parse number words starting at toks[i]; return (digits, new_i)."""
    t = toks[i]
    uv = lambda w: "0" if w in ZEROS else str(UNITS.index(w)) if w in UNITS else None
    if t in ("double", "triple"):
        d = uv(toks[i + 1])
        if d is None:
            raise ValueError("bad double")
        return d * (2 if t == "double" else 3), i + 2
    if t in TEENS:
        return str(10 + TEENS.index(t)), i + 1
    if t in TENS[2:]:
        if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
            return str(TENS.index(t)) + str(UNITS.index(toks[i + 1])), i + 2
        return str(TENS.index(t)) + "0", i + 1
    d = uv(t)
    if d is None:
        raise ValueError("not a number word: %s" % t)
    if i + 1 < len(toks) and toks[i + 1] == "hundred":
        j = i + 2
        if j < len(toks) and toks[j] == "and":
            r, j = num_run(toks, j + 1)
            if len(r) == 1:
                r = "0" + r
            return d + r, j
        return d + "00", j
    return d, i + 1


def normalise(text, mode):
    toks = re.findall(r"[a-z]+|\d+|[@._+\-/#()]", text.lower())
    if not re.search(r"\d", text):  # spoken form: drop hesitations
        toks = [t for t in toks if t not in FILLERS]
    out, i = [], 0
    skip = {"digits": {"-", ".", "/", "(", ")", "dash", "slash", "+", "plus", "ext", "extension", "x", "#", "and"},
            "alnum": {"-", ".", "dash", "and"}, "email": set()}[mode]
    while i < len(toks):
        t = toks[i]
        if mode == "email" and t in ("dot", "at", "underscore", "dash", "hyphen", ".", "@", "_", "-"):
            out.append({"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}.get(t, t)); i += 1; continue
        if mode != "digits" and len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] in ("for", "as"):
            j = i + 2 + (1 if toks[i + 1] == "as" else 0)
            out.append(t); i = j + 1; continue
        if t in NUMW:
            d, i = num_run(toks, i); out.append(d); continue
        if t in skip:
            i += 1; continue
        if t.isdigit() or (mode != "digits" and t.isalnum()):
            out.append(t); i += 1; continue
        raise ValueError("unexpected token %r in %r" % (t, text))
    return "".join(out).upper() if mode == "alnum" else "".join(out)


MODE = {"CARD_NUMBER": "digits", "CVV": "digits", "SSN": "digits", "BANK_ACCOUNT": "digits",
        "SORT_CODE": "digits", "PHONE": "digits", "NI_NUMBER": "alnum", "IBAN": "alnum",
        "POSTCODE": "alnum", "EMAIL": "email"}


def valid_canon(typ, v):
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9" and v[3:5] != "00" and v[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(v))
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and (6 <= len(v) <= 12) and (len(v) != 9 or aba_ok(v) or True)
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return iban_ok(v) and 15 <= len(v) <= 34
    if typ == "PHONE":
        return v.isdigit() and 9 <= len(v) <= 17
    if typ == "EMAIL":
        return bool(re.match(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", v))
    if typ == "POSTCODE":
        return bool(UKPC_RE.match(v)) or bool(re.match(r"^\d{5}(\d{4})?$", v))
    return True


def month_forms(m):
    f = {MONTHS[m - 1], MONTHS[m - 1][:3], "%02d" % m, str(m), UNITS[m] if m < 10 else "", }
    if m >= 10:
        f.add(TEENS[m - 10])
    return {x for x in f if x}


def check_group(c, gr):
    typ, canon, mode = gr["type"], gr["canon"], gr["mode"]
    texts = [c.turns[t]["text"][s:e] for (t, s, e) in gr["spans"]]
    if not texts:
        raise ValueError("empty group")
    if typ in ("DOB", "EXPIRY"):
        m, y = canon
        for tx in texts:
            low = tx.lower()
            yf = {str(y), "%02d" % (y % 100), year_words(y) if y > 1900 else "", g_pair(y % 100)}
            if not any(f and f in low for f in yf):
                raise ValueError("year missing in %r" % tx)
            if not any(re.search(r"(?<![a-z0-9])%s(?![a-z0-9])" % re.escape(f), low) for f in month_forms(m)):
                raise ValueError("month missing in %r" % tx)
        return
    if typ == "ADDRESS":
        num, st = canon
        for tx in texts:
            low = tx.lower()
            if st not in low:
                raise ValueError("street missing %r" % tx)
            head = low[:low.index(st)]
            if re.sub(r"^flat \w+,? ", "", head).strip() == "":
                raise ValueError("no house number %r" % tx)
            n = normalise(re.sub(r"^flat \w+,? ", "", head), "digits")
            if n != num:
                raise ValueError("house number %r != %r" % (n, num))
        return
    norm = "".join(normalise(tx, MODE[typ]) for tx in texts)
    if typ == "EMAIL":
        norm = norm.lower()
    if not valid_canon(typ, canon):
        raise ValueError("canonical %s invalid: %r" % (typ, canon))
    if mode == "full" and norm != canon:
        raise ValueError("%s %r normalises to %r" % (typ, texts, norm))
    if mode == "prefix" and not (canon.startswith(norm) and norm):
        raise ValueError("prefix mismatch %r" % texts)
    if mode == "part" and not (norm in canon and len(norm) >= 4):
        raise ValueError("part mismatch %r" % texts)


def g_pair(n):
    if n < 10:
        return ""
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])


def check(path):
    text, recs, cases = build()
    errs = []
    with open(path, encoding="utf-8") as fh:
        if fh.read() != text:
            errs.append("file is not byte-identical to a fresh regeneration")
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for r, c in zip(recs, cases):
        try:
            assert r["kind"] in ("positive", "negative")
            assert all(t["speaker"] in ("customer", "agent") for t in r["turns"])
            if r["kind"] == "negative":
                assert not r["spans"], "negative with spans"
            else:
                assert r["spans"], "positive without spans"
            prev = {}
            for s in r["spans"]:
                tx = r["turns"][s["turn"]]["text"]
                a, b = s["start"], s["end"]
                assert 0 <= a < b <= len(tx), "offset out of range"
                assert tx[a].isalnum() and tx[b - 1].isalnum(), "span edge not alnum: %r" % tx[a:b]
                assert a == 0 or not tx[a - 1].isalnum(), "start not on word boundary"
                assert b == len(tx) or not tx[b].isalnum(), "end not on word boundary"
                assert prev.get(s["turn"], -1) <= a, "overlapping spans"
                prev[s["turn"]] = b
            for gr in c.groups:
                check_group(c, gr)
        except (AssertionError, ValueError, IndexError) as e:
            errs.append("%s: %s" % (r["id"], e))
    cnt = Counter(s["type"] for r in recs for s in r["spans"])
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = len(recs) - npos
    if npos < 200 or nneg < 100:
        errs.append("too few cases")
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
              "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        if cnt[t] < need.get(t, 10):
            errs.append("too few %s spans: %d" % (t, cnt[t]))
    return errs, npos, nneg, cnt


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    path = os.path.normpath(OUT)
    if a.check:
        errs, npos, nneg, cnt = check(path)
        for e in errs[:50]:
            print("ERROR", e)
        print("positives %d negatives %d spans %s" % (npos, nneg, dict(sorted(cnt.items()))))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    text, recs, _ = build()
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    print("wrote %d cases to %s" % (len(recs), path))


if __name__ == "__main__":
    main()

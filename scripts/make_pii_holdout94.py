#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout94``.

Written by an independent AI helper that did not see the redaction code.
Emphasis: UK and Irish contact centres (NI numbers, sort codes, account
numbers, UK/IE phones, postcodes and Eircodes, card payments by phone) plus
tricky UK non-PII reference numbers.

Usage:
    python scripts/make_pii_holdout94.py          # write fixture + README
    python scripts/make_pii_holdout94.py --check  # regenerate and verify

Standard library only.  All randomness from one seeded random.Random.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import random

SEED = 94301123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout94"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------------------
# spoken number helpers
# ---------------------------------------------------------------------------
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
HOMO = {"b": "bee", "c": "see", "g": "gee", "h": "aitch", "j": "jay", "k": "kay", "p": "pee",
        "r": "are", "t": "tee", "w": "double you", "y": "why", "z": "zed", "x": "ex", "s": "ess",
        "l": "el", "m": "em", "n": "en", "d": "dee"}
FOLK = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward",
        "h": "harry", "j": "jack", "k": "kate", "l": "london", "m": "mary",
        "n": "nora", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
        "w": "william", "y": "yellow", "z": "zebra", "g": "george", "x": "xray"}


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)

    # -- primitive helpers --
    def ch(self, seq):
        return self.r.choice(seq)

    def digits(self, n, first_nonzero=False):
        s = "".join(str(self.r.randint(0, 9)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def zero_word(self):
        return self.ch(["oh", "oh", "zero", "o", "nought"])

    def say_digit(self, d, zw=None):
        if d == "0":
            return zw or self.zero_word()
        return ONES[int(d)]

    def say_digits(self, s, doubles=True, zw=None):
        """digit by digit, optionally with double/triple."""
        zw = zw or self.zero_word()
        out = []
        i = 0
        while i < len(s):
            d = s[i]
            if doubles and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and self.r.random() < 0.7:
                out.append(self.ch(["triple", "triple", "treble"]) + " " + self.say_digit(d, zw))
                i += 3
                continue
            if doubles and i + 1 < len(s) and s[i + 1] == d and self.r.random() < 0.7:
                out.append("double " + self.say_digit(d, zw))
                i += 2
                continue
            out.append(self.say_digit(d, zw))
            i += 1
        return " ".join(out)

    def say_pair(self, p, zw=None, tens_ok=True):
        a, b = p[0], p[1]
        if a == "0":
            return (zw or self.zero_word()) + " " + self.say_digit(b, zw)
        if a == "1":
            return TEENS[int(b)]
        if b == "0":
            # a bare "eighty" followed by a single digit word would be ambiguous
            return TENS[int(a)] if tens_ok else ONES[int(a)] + " " + (zw or self.zero_word())
        return TENS[int(a)] + " " + ONES[int(b)]

    def say_pairs(self, s, zw=None, final=False):
        """read as two-digit pairs: 4111 -> forty one eleven"""
        out = []
        for i in range(0, len(s) - 1, 2):
            last = i + 2 >= len(s) - 1
            out.append(self.say_pair(s[i:i + 2], zw, tens_ok=not last or (final and len(s) % 2 == 0)))
        if len(s) % 2:
            out.append(self.say_digit(s[-1], zw))
        res = " ".join(out)
        if spoken_norm(res)[0] != s:  # ambiguous reading, e.g. "ninety three oh" for 9030
            res = self.say_digits(s, doubles=False, zw=zw)
        return res

    def say_mixed(self, s, zw=None):
        """mix of pairs and single digits, chunk by chunk"""
        zw = zw or self.zero_word()
        out = []
        i = 0
        while i < len(s):
            if i + 1 < len(s) and self.r.random() < 0.5 and not (s[i] >= "2" and s[i + 1] == "0"):
                out.append(self.say_pair(s[i:i + 2], zw))
                i += 2
            else:
                out.append(self.say_digit(s[i], zw))
                i += 1
        res = " ".join(out)
        if spoken_norm(res)[0] != s:
            res = self.say_digits(s, doubles=False, zw=zw)
        return res

    def say_num(self, s, style=None):
        style = style or self.ch(["digits", "digits", "pairs", "mixed"])
        if style == "digits":
            return self.say_digits(s)
        if style == "pairs":
            return self.say_pairs(s)
        return self.say_mixed(s)

    def say_letter(self, c, style=None):
        c = c.lower()
        style = style or self.ch(["plain", "plain", "nato", "folk"])
        if style == "nato":
            return c + " for " + NATO[c]
        if style == "homo":
            return HOMO.get(c, c)
        if style == "folk" and c in FOLK:
            return c + " for " + FOLK[c]
        if style == "folk":
            return c + " as in " + NATO[c]
        return c

    def say_alnum(self, s, letter_style=None, num_style="digits"):
        """spell a string of letters/digits; digits grouped in runs."""
        out = []
        for run in re.findall(r"[A-Za-z]|[0-9]+", s):
            if run.isdigit():
                out.append(self.say_num(run, num_style))
            else:
                out.append(self.say_letter(run, letter_style))
        return " ".join(out)

    # -- value generators --
    def card(self, brand=None):
        brand = brand or self.ch(["visa", "visa", "visa", "mc", "mc", "amex", "debit"])
        if brand == "visa":
            body = "4" + self.digits(14)
        elif brand == "debit":
            body = self.ch(["4921", "4659", "4543", "4462"]) + self.digits(11)
        elif brand == "mc":
            body = "5" + str(self.r.randint(1, 5)) + self.digits(13)
        else:
            body = self.ch(["34", "37"]) + self.digits(12)
        return body + luhn_digit(body), brand

    def cvv(self, brand="visa"):
        return self.digits(4 if brand == "amex" else 3)

    def expiry(self):
        return "%02d" % self.r.randint(1, 12), "%02d" % self.r.randint(26, 32)

    def ssn(self):
        while True:
            a = self.r.randint(1, 899)
            if a != 666:
                break
        return "%03d%02d%04d" % (a, self.r.randint(1, 99), self.r.randint(1, 9999))

    def ni(self):
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            p = self.ch(first) + self.ch(second)
            if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and "O" not in p:
                break
        return p, self.digits(6), self.ch("ABCD")

    def sort_code(self):
        return self.ch(["20", "40", "30", "60", "77", "83", "09", "11", "90", "93", "98", "16"]) + self.digits(4)

    def uk_account(self):
        return self.digits(8, first_nonzero=self.r.random() < 0.5)

    def iban(self, country=None):
        country = country or self.ch(["GB", "IE", "IE", "DE", "NL", "FR", "ES"])
        if country == "GB":
            bban = self.ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + self.sort_code() + self.uk_account()
        elif country == "IE":
            bban = self.ch(["AIBK", "BOFI", "IPBS", "ULSB"]) + self.digits(6) + self.digits(8)
        elif country == "DE":
            bban = self.digits(18, True)
        elif country == "NL":
            bban = self.ch(["ABNA", "INGB", "RABO"]) + self.digits(10)
        elif country == "FR":
            bban = self.digits(23, True)
        else:
            bban = self.digits(20, True)
        check = 98 - iban_mod97(country + "00" + bban)
        return country + "%02d" % check + bban

    def uk_mobile(self):
        return "07" + self.ch(["7", "8", "9", "4", "5"]) + self.digits(8)

    def uk_land(self):
        area = self.ch(["020", "0161", "0121", "0113", "0131", "0141", "029", "0117", "01632", "028"])
        rest = 11 - len(area)
        return area, self.digits(rest, True)

    def ie_mobile(self):
        return "08" + self.ch(["3", "5", "6", "7", "9"]) + self.digits(7, True)

    def ie_land(self):
        area = self.ch(["01", "021", "091", "061", "051"])
        return area, self.digits(7 if area == "01" else 7, True)

    def us_phone(self):
        return str(self.r.randint(2, 9)) + self.digits(2), str(self.r.randint(2, 9)) + self.digits(2), self.digits(4)

    def uk_postcode(self):
        pats = [("SW", 1), ("M", 1), ("B", 2), ("LS", 1), ("EH", 1), ("G", 1), ("CF", 1),
                ("BS", 1), ("NE", 1), ("L", 1), ("BT", 1), ("N", 1), ("E", 1), ("WF", 1),
                ("DN", 1), ("PL", 1), ("RG", 1), ("HP", 1), ("TN", 1), ("CV", 1)]
        area, _ = self.ch(pats)
        self.last_town = AREA_TOWN[area]
        district = str(self.r.randint(1, 29))
        if self.r.random() < 0.1 and area in ("SW", "N", "E"):
            district = str(self.r.randint(1, 9)) + self.ch("ABW")
        inward_letters = "ABDEFGHJLNPQRSTUWXYZ"
        inward = str(self.r.randint(0, 9)) + self.ch(inward_letters) + self.ch(inward_letters)
        return area + district, inward

    def eircode(self):
        key = self.ch(["D02", "D04", "D06", "D08", "D12", "D15", "D24", "T12", "T23", "H91",
                       "V94", "X91", "A94", "A96", "K78", "R95", "W23", "F94", "Y35", "P31"])
        self.last_town = EIR_TOWN[key[0] if key[0] == "D" else key]
        letters = "ACDEFHKNPRTVWXY"
        u = "".join(self.ch(letters + "0123456789") for _ in range(4))
        if not any(c.isalpha() for c in u):
            u = self.ch(letters) + u[1:]
        return key, u

    def zip5(self):
        return self.digits(5, True)


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(s: str) -> bool:
    return s.isdigit() and luhn_digit(s[:-1]) == s[-1]


def iban_mod97(s: str) -> int:
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def iban_ok(s: str) -> bool:
    s = s.upper()
    return bool(re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", s)) and iban_mod97(s) == 1


# ---------------------------------------------------------------------------
# case assembly
# ---------------------------------------------------------------------------
def build(cid, kind, turns, note):
    out_turns = []
    spans = []
    for ti, (speaker, segs) in enumerate(turns):
        if isinstance(segs, str):
            segs = [segs]
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += seg
        out_turns.append({"speaker": speaker, "text": text})
    if kind == "negative":
        assert not spans, cid
    return {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}


A, C = "agent", "customer"


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3].title() for m in MONTHS]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
BACK = ["mhm", "okay", "yep", "go on", "okay go on", "yeah", "right", "uh huh", "got that", "okay yeah"]
FILL = ["um", "uh", "er", "erm"]


def sfx(n):
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def say_year(g, y):
    if y >= 2000:
        return g.ch(["two thousand and ", "two thousand "]) + (ONES[y - 2000] if y - 2000 < 10 else g.say_pair(str(y - 2000)))
    return "nineteen " + g.say_pair(str(y)[2:], "oh")


# ---------------- renderers ----------------
def card_groups(num, brand):
    if brand == "amex":
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def card_typed(g, num, brand):
    grp = card_groups(num, brand)
    style = g.ch(["space", "space", "dash", "none", "dot", "mixed"])
    if style == "space":
        return " ".join(grp)
    if style == "dash":
        return "-".join(grp)
    if style == "dot":
        return ".".join(grp)
    if style == "none" or brand == "amex":
        return num if style == "none" else " ".join(grp)
    return grp[0] + " " + "".join(grp[1:3]) + " " + " ".join(grp[3:])


def card_spoken_groups(g, num, brand):
    style = g.ch(["digits", "digits", "digits", "pairs", "mixed"])
    zw = g.zero_word()
    out = []
    for grp in card_groups(num, brand):
        if style == "digits":
            out.append(g.say_digits(grp, zw=zw))
        elif style == "pairs":
            out.append(g.say_pairs(grp, zw))
        else:
            out.append(g.say_mixed(grp, zw))
    return out


def expiry_render(g, mm, yy, chat):
    m = int(mm)
    if chat:
        return g.ch([mm + "/" + yy, mm + "/20" + yy, mm + "-" + yy, mm + " / " + yy, MON3[m - 1] + " 20" + yy,
                     mm + "/" + yy])
    style = g.ch(["num", "num", "month", "digits", "month20"])
    if style == "num":
        return g.say_pair(mm, g.ch(["oh", "zero"])) + " " + g.say_pair(yy)
    if style == "digits":
        return g.say_digits(mm + yy, doubles=False)
    if style == "month":
        return MONTHS[m - 1] + " " + g.say_pair(yy)
    return MONTHS[m - 1] + " twenty " + g.say_pair(yy)


def ni_typed(g, p, d, s):
    style = g.ch(["compact", "spaced", "spaced", "dash", "lower", "lowerspaced", "letters", "mid"])
    if style == "compact":
        return p + d + s
    if style == "spaced":
        return p + " " + d[:2] + " " + d[2:4] + " " + d[4:] + " " + s
    if style == "dash":
        return p + "-" + d[:2] + "-" + d[2:4] + "-" + d[4:] + "-" + s
    if style == "lower":
        return (p + d + s).lower()
    if style == "lowerspaced":
        return (p + " " + d[:2] + " " + d[2:4] + " " + d[4:] + " " + s).lower()
    if style == "letters":
        return " ".join(p + d + s)
    return p + " " + d + " " + s


def ni_spoken(g, p, d, s):
    ls = g.ch(["plain", "plain", "nato", "folk", "mix", "homo"])
    def L(c):
        return g.say_letter(c, None if ls == "mix" else ls)
    numstyle = g.ch(["digits", "pairs", "pairs", "mixed"])
    if numstyle == "pairs":
        nums = " ".join(g.say_pair(d[i:i + 2], tens_ok=i < 4) for i in (0, 2, 4))
    else:
        nums = g.say_num(d, numstyle)
    return L(p[0]) + " " + L(p[1]) + " " + nums + " " + L(s)


def sort_typed(g, sc):
    return g.ch([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc,
                 sc[:2] + " " + sc[2:4] + " " + sc[4:], sc[:2] + "." + sc[2:4] + "." + sc[4:]])


def sort_spoken(g, sc):
    st = g.ch(["pairs", "pairs", "digits", "mixed"])
    if st == "pairs":
        return " ".join(g.say_pair(sc[i:i + 2], tens_ok=i < 4) for i in (0, 2, 4))
    return g.say_num(sc, st)


def iban_typed(g, ib):
    st = g.ch(["groups", "groups", "compact", "lowergroups"])
    grp = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if st == "groups":
        return grp
    if st == "compact":
        return ib
    return grp.lower()


def iban_spoken(g, ib):
    out = []
    for run in re.findall(r"[A-Z]|[0-9]+", ib):
        if run.isdigit():
            out.append(g.say_digits(run))
        else:
            out.append(g.say_letter(run, "nato" if run == "O" else g.ch(["plain", "plain", "nato"])))
    return " ".join(out)


def phone_value(g, kind):
    """returns (typed, spoken) strings"""
    zw = g.ch(["oh", "oh", "zero", "o"])
    if kind == "ukmob":
        n = g.uk_mobile()
        typed = g.ch([n[:5] + " " + n[5:], n, "+44 " + n[1:5] + " " + n[5:], "+447" + n[2:], n[:5] + "-" + n[5:8] + "-" + n[8:],
                      "(0)" + n[1:5] + " " + n[5:]])
        if typed.startswith("(0)"):
            typed = "+44 " + typed
        spoken = g.ch([g.say_digits(n[:5], zw=zw) + " " + g.say_num(n[5:]),
                       "plus four four " + g.say_digits(n[1:5], zw=zw) + " " + g.say_num(n[5:]),
                       g.say_digits(n, zw=zw)])
        return typed, spoken
    if kind == "ukland":
        area, rest = g.uk_land()
        split = 4 if len(rest) == 8 else 3
        typed = g.ch([area + " " + rest[:split] + " " + rest[split:], "(" + area + ") " + rest, area + rest,
                      "+44 " + area[1:] + " " + rest])
        spoken = g.say_digits(area, zw=zw) + " " + g.say_num(rest[:split]) + " " + g.say_num(rest[split:])
        return typed, spoken
    if kind == "iemob":
        n = g.ie_mobile()
        typed = g.ch([n[:3] + " " + n[3:6] + " " + n[6:], n, "+353 " + n[1:3] + " " + n[3:6] + " " + n[6:],
                      "00353" + n[1:], n[:3] + "-" + n[3:]])
        spoken = g.ch([g.say_digits(n[:3], zw=zw) + " " + g.say_num(n[3:6]) + " " + g.say_num(n[6:]),
                       "plus three five three " + g.say_digits(n[1:3], zw=zw) + " " + g.say_num(n[3:])])
        return typed, spoken
    if kind == "ieland":
        area, rest = g.ie_land()
        typed = g.ch([area + " " + rest[:3] + " " + rest[3:], "(" + area + ") " + rest, "+353 " + area[1:] + " " + rest])
        spoken = g.say_digits(area, zw=zw) + " " + g.say_num(rest[:3]) + " " + g.say_num(rest[3:])
        return typed, spoken
    a, b, c = g.us_phone()
    typed = g.ch(["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c), "+1 %s %s %s" % (a, b, c),
                  a + b + c])
    spoken = g.ch(["", "", "one "]) + g.say_digits(a) + " " + g.say_digits(b) + " " + g.say_num(c, g.ch(["digits", "pairs"]))
    return typed, spoken


FIRST = ["sarah", "james", "aoife", "ciaran", "priya", "tom", "niamh", "gareth", "emma", "declan",
         "fatima", "oliver", "siobhan", "rhys", "chloe", "liam", "hannah", "mohammed", "grainne", "jack"]
LAST = ["murphy", "walsh", "okafor", "davies", "kelly", "patel", "obrien", "hughes", "byrne",
        "thompson", "nolan", "evans", "macleod", "ahmed", "fitzgerald", "price", "doyle", "jones"]
DOMAINS = [("gmail", "com"), ("hotmail", "co.uk"), ("yahoo", "ie"), ("outlook", "com"), ("btinternet", "com"),
           ("eircom", "net"), ("icloud", "com"), ("sky", "com"), ("live", "ie"), ("aol", "com")]


def email_value(g):
    f, l = g.ch(FIRST), g.ch(LAST)
    dom, tld = g.ch(DOMAINS)
    st = g.ch(["f.l", "fl", "f_l", "fLnn", "initl", "f.lnn"])
    nn = str(g.r.randint(1, 99))
    if st == "f.l":
        local, spoken_local = f + "." + l, f + " dot " + l
    elif st == "fl":
        local, spoken_local = f + l, f + " " + l + " all one word"
    elif st == "f_l":
        local, spoken_local = f + "_" + l, f + " underscore " + l
    elif st == "fLnn":
        local, spoken_local = f + l + nn, f + " " + l + " " + g.say_pair(nn) if len(nn) == 2 else f + " " + l + " " + ONES[int(nn)]
    elif st == "initl":
        local, spoken_local = f[0] + l, f[0] + " " + l
    else:
        local, spoken_local = f + "." + l + nn, f + " dot " + l + " " + (g.say_digits(nn) if len(nn) == 2 else ONES[int(nn)])
    typed = local + "@" + dom + "." + tld
    if g.r.random() < 0.2:
        typed = typed.title().replace("@" + dom.title(), "@" + dom)
    spoken = spoken_local + " at " + dom + " dot " + tld.replace(".", " dot ")
    return typed, spoken


def dob_value(g, chat, us=False):
    y = g.r.randint(1938, 2004)
    m = g.r.randint(1, 12)
    d = g.r.randint(1, 28)
    if chat:
        if us:
            return g.ch(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                         "%02d-%02d-%d" % (m, d, y)])
        return g.ch(["%02d/%02d/%d" % (d, m, y), "%d/%d/%02d" % (d, m, y % 100), "%d%s %s %d" % (d, sfx(d), MONTHS[m - 1].title(), y),
                     "%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, MON3[m - 1], y), "%02d-%02d-%d" % (d, m, y)])
    st = g.ch(["the_of", "month_day", "num", "day_month"])
    if us and st == "the_of":
        st = "month_day"
    if st == "the_of":
        return "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(g, y)
    if st == "month_day":
        return MONTHS[m - 1] + " " + ORD[d] + " " + say_year(g, y)
    if st == "day_month":
        return ORD[d] + " " + MONTHS[m - 1] + " " + say_year(g, y)
    a, b = (m, d) if us else (d, m)
    return g.say_pair("%02d" % a, "oh") + " " + g.say_pair("%02d" % b, "oh") + " " + g.say_pair(str(y)[2:], "oh")


STREETS_UK = ["Mill Lane", "Church Road", "Victoria Street", "Ashgrove Avenue", "Station Road", "Kingsway",
              "Beech Close", "Hollybank Drive", "Queens Crescent", "Albert Terrace", "Marlborough Gardens",
              "Cromwell Way", "Park View", "Elm Grove", "Harrowdene Road", "Castle Street", "Fernhill Court"]
STREETS_IE = ["Griffith Avenue", "Main Street", "Ballymun Road", "Strand Road", "Cork Road", "Sandyford View",
              "Oakpark Drive", "College Road", "Seafield Crescent", "Tuam Road"]
STREETS_US = ["Maple Avenue", "Oak Street", "Pine Ridge Drive", "Elm Court", "Lakeview Boulevard", "Cedar Lane",
              "Sunset Road", "Hillcrest Place"]
AREA_TOWN = {"SW": "London", "M": "Manchester", "B": "Birmingham", "LS": "Leeds", "EH": "Edinburgh", "G": "Glasgow",
             "CF": "Cardiff", "BS": "Bristol", "NE": "Newcastle", "L": "Liverpool", "BT": "Belfast", "N": "London",
             "E": "London", "WF": "Wakefield", "DN": "Doncaster", "PL": "Plymouth", "RG": "Reading",
             "HP": "Hemel Hempstead", "TN": "Tonbridge", "CV": "Coventry"}
EIR_TOWN = {"D": "Dublin", "T12": "Cork", "T23": "Cork", "H91": "Galway", "V94": "Limerick", "X91": "Waterford",
            "A94": "Blackrock", "A96": "Dun Laoghaire", "K78": "Lucan", "R95": "Kilkenny", "W23": "Celbridge",
            "F94": "Donegal", "Y35": "Wexford", "P31": "Ballincollig"}
TOWNS_UK = ["Leeds", "Manchester", "Cardiff", "Bristol", "Glasgow", "Belfast", "Reading", "Plymouth", "Coventry"]
TOWNS_IE = ["Dublin", "Cork", "Galway", "Limerick", "Sligo", "Naas", "Athlone"]
TOWNS_US = ["Springfield", "Columbus", "Austin", "Madison", "Portland"]


def say_house(g, n):
    if n < 10:
        return ONES[n]
    if n < 100:
        return g.say_pair(str(n))
    s = str(n)
    return g.ch([ONES[int(s[0])] + " " + g.say_pair(s[1:], "oh"), ONES[int(s[0])] + " hundred and " + g.say_pair(s[1:], "oh") if s[1] != "0" else ONES[int(s[0])] + " oh " + ONES[int(s[2])]])


def address_value(g, country, chat):
    n = g.r.randint(1, 180) if country != "us" else g.r.randint(100, 9800)
    street = g.ch(STREETS_UK if country == "uk" else STREETS_IE if country == "ie" else STREETS_US)
    flat = g.r.random() < 0.2 and country == "uk"
    if chat:
        s = ("Flat %d, " % g.r.randint(1, 30) if flat else "") + "%d %s" % (n, street)
        if g.r.random() < 0.3:
            s = s.lower()
        if g.r.random() < 0.25:
            s = s.replace("Road", "Rd").replace("Street", "St").replace("Avenue", "Ave").replace("road", "rd").replace("street", "st")
        return s
    if country == "us" and n >= 1000:
        s = str(n)
        hn = g.say_pair(s[:2]) + " " + g.say_pair(s[2:], "oh")
    else:
        hn = say_house(g, n)
    return ("flat " + say_house(g, g.r.randint(1, 30)) + " " if flat else "") + hn + " " + street.lower()


def postcode_value(g, country, chat):
    if country == "uk":
        out, inw = g.uk_postcode()
        if chat:
            return g.ch([out + " " + inw, out + inw, (out + " " + inw).lower(), out + " " + inw])
        ls = g.ch(["plain", "plain", "nato", "mix", "homo"])
        def L(c):
            return g.say_letter(c, None if ls == "mix" else ls)
        def say_part(p):
            res = []
            for run in re.findall(r"[A-Z]|[0-9]+", p):
                res.append(L(run) if run.isalpha() else (g.say_pair(run, tens_ok=False) if len(run) == 2 and g.r.random() < 0.6 else g.say_digits(run, zw="zero")))
            return " ".join(res)
        return say_part(out) + " " + say_part(inw)
    if country == "ie":
        k, u = g.eircode()
        if chat:
            return g.ch([k + " " + u, k + u, (k + " " + u).lower()])
        res = []
        for c in k + u:
            res.append(g.say_letter(c, g.ch(["plain", "plain", "nato"])) if c.isalpha() else g.say_digit(c, "zero"))
        return " ".join(res)
    z = g.zip5()
    if chat:
        return z
    return g.say_digits(z, zw=g.ch(["zero", "oh"]))


# ---------------------------------------------------------------------------
# positive templates: each returns (turns, note)
# ---------------------------------------------------------------------------
def ref_noise(g):
    """a non-PII reference number with its name (unlabelled), typed form"""
    k = g.ch(["policy number", "customer number", "booking reference", "order number", "case reference",
              "account reference", "meter serial"])
    return k, g.ch(["PX", "CN", "BK", "", "", "REF"]) + g.digits(g.ch([6, 7, 8]), True)


def p_card_call_one(g):
    num, brand = g.card()
    parts = card_spoken_groups(g, num, brand)
    if g.r.random() < 0.4:
        i = g.r.randint(1, len(parts) - 1)
        parts[i] = g.ch(FILL) + " " + parts[i]
    spoken = " ".join(parts)
    mm, yy = g.expiry()
    cv = g.cvv(brand)
    ind = g.ch(["telecom", "utilities", "insurance", "retail", "travel", "council tax"])
    amount = "%s pounds %s" % (say_house(g, g.r.randint(12, 480)), g.say_pair(str(g.r.randint(10, 99))))
    turns = [
        (A, "so the balance to clear today is " + amount + " can i take the long number across the card please"),
        (C, [g.ch(["yeah it's ", "okay it's ", "right so ", "", "yeah go on it's "]), (spoken, "CARD_NUMBER")]),
        (A, "lovely and the expiry date"),
        (C, [g.ch(["", "it's ", "expires "]), (expiry_render(g, mm, yy, False), "EXPIRY")]),
        (A, "and the last %s digits on the back by the signature strip" % ("four" if brand == "amex" else "three")),
        (C, [g.ch(["", "it's ", "that's "]), (g.say_digits(cv, doubles=False), "CVV")]),
    ]
    return turns, "call/%s: %s card read in one turn then expiry and security code, spoken digits" % (ind, brand)


def p_card_call_split(g):
    num, brand = g.card()
    parts = card_spoken_groups(g, num, brand)
    ind = g.ch(["energy", "broadband", "car insurance", "airline", "retail", "water"])
    turns = [(A, g.ch(["okay whenever you're ready with the card number", "go ahead with the sixteen digits on the front",
                       "right can you read me the card number in fours"]))]
    for j, part in enumerate(parts):
        pre = g.ch(["", "", "right ", "um "]) if j == 0 else g.ch(["", "", "then ", "uh "])
        post = g.ch(["", "", "", " yeah"])
        turns.append((C, [pre, (part, "CARD_NUMBER"), post]))
        if j < len(parts) - 1:
            turns.append((A, g.ch(BACK)))
    mm, yy = g.expiry()
    turns.append((A, "thank you and when does it expire"))
    turns.append((C, [g.ch(["end of ", "", "it runs to "]), (expiry_render(g, mm, yy, False), "EXPIRY")]))
    return turns, "call/%s: %s card split over customer turns with agent back-channels" % (ind, brand)


def p_card_chat(g):
    num, brand = g.card()
    typed = card_typed(g, num, brand)
    mm, yy = g.expiry()
    cv = g.cvv(brand)
    ind = g.ch(["retail", "telecom", "travel", "subscription", "parking"])
    st = g.r.randint(0, 2)
    if st == 0:
        turns = [(A, "Thanks. Please type the card details below."),
                 (C, ["card no ", (typed, "CARD_NUMBER"), " exp ", (expiry_render(g, mm, yy, True), "EXPIRY"),
                      g.ch([" cvv ", " cvc ", " security code "]), (cv, "CVV")])]
        note = "chat/%s: card, expiry and cvv typed in one message" % ind
    elif st == 1:
        turns = [(C, ["hi i want to pay my bill of \u00a3%d.%02d, my card is " % (g.r.randint(10, 300), g.r.randint(0, 99)),
                      (typed, "CARD_NUMBER"), " thanks"]),
                 (A, "Thanks, can I have the expiry date and 3 digit security code?"),
                 (C, [(expiry_render(g, mm, yy, True), "EXPIRY"), g.ch([" and ", ", ", " / "]), (cv, "CVV")])]
        note = "chat/%s: card typed mid-message with amount, expiry+cvv in reply" % ind
    else:
        grp = card_groups(num, brand)
        turns = [(A, "Could you please provide the long card number?"),
                 (C, [(" ".join(grp[:2]), "CARD_NUMBER")]),
                 (C, [(" ".join(grp[2:]), "CARD_NUMBER")]),
                 (A, "And the expiry?"),
                 (C, ["its ", (expiry_render(g, mm, yy, True), "EXPIRY")])]
        note = "chat/%s: card typed across two consecutive messages" % ind
    return turns, note


def p_card_readback(g):
    num, brand = g.card()
    parts = card_spoken_groups(g, num, brand)
    spoken = " ".join(parts)
    back = g.say_digits(num, doubles=False, zw="zero")
    turns = [(A, "what's the card number you'd like to use"),
             (C, [(spoken, "CARD_NUMBER")]),
             (A, ["okay just reading that back ", (back, "CARD_NUMBER"), " is that right"]),
             (C, "yes that's it"),
             (A, "and the security number on the back"),
             (C, [g.ch(["", "it's "]), (g.say_num(g.cvv(brand), "digits"), "CVV"), " the card was only issued in twenty twenty four"])]
    return turns, "call/insurance: card read by customer and read back by agent; year of issue not PII"


def p_ni_call(g):
    p, d, s = g.ni()
    st = g.r.randint(0, 3)
    ind = g.ch(["government services", "pensions", "payroll", "benefits", "student finance", "hmrc helpline"])
    if st == 0:
        turns = [(A, "can you confirm your national insurance number for me"),
                 (C, [g.ch(["yeah it's ", "it's ", "um ", "yeah "]), (ni_spoken(g, p, d, s), "NI_NUMBER")])]
        note = "call/%s: NI number spoken in one turn" % ind
    elif st == 1:
        turns = [(A, "and your n i number please"),
                 (C, ["the letters are ", (g.say_letter(p[0]) + " " + g.say_letter(p[1]), "NI_NUMBER")]),
                 (A, g.ch(BACK)),
                 (C, [g.ch(["then ", "and then ", ""]), (g.say_num(d, g.ch(["digits", "pairs", "mixed"])), "NI_NUMBER")]),
                 (A, "and the letter at the end"),
                 (C, [(g.say_letter(s), "NI_NUMBER")])]
        note = "call/%s: NI number split: prefix letters, digits, suffix over turns" % ind
    elif st == 2:
        pd = " ".join(g.say_pair(d[i:i + 2], tens_ok=i < 4) for i in (0, 2, 4))
        turns = [(A, "what's your national insurance"),
                 (C, ["oh hang on it's on my payslip ", g.ch(["um ", "er ", ""]), "right ", (g.say_letter(p[0], "nato") + " " + g.say_letter(p[1], "nato") + " " + pd + " " + g.say_letter(s, "nato"), "NI_NUMBER"),
                      " i'm thirty %s" % ONES[g.r.randint(1, 9)]])]
        note = "call/%s: NI number with NATO letters and pairs, age mentioned (not PII)" % ind
    else:
        turns = [(A, "for security can i take your national insurance number"),
                 (C, [(g.say_letter(p[0]) + " " + g.say_letter(p[1]) + " " + g.say_num(d[:3], "digits"), "NI_NUMBER"), " um"]),
                 (A, "yep"),
                 (C, [(g.say_num(d[3:], "digits") + " " + g.say_letter(s), "NI_NUMBER")]),
                 (A, ["so that's ", (p[0].lower() + " " + p[1].lower() + " " + g.say_digits(d, doubles=False) + " " + s.lower(), "NI_NUMBER"), " thanks"])]
        note = "call/%s: NI number split mid-digits and read back by agent" % ind
    return turns, note


def p_ni_chat(g):
    p, d, s = g.ni()
    typed = ni_typed(g, p, d, s)
    ind = g.ch(["payroll", "pensions", "dwp", "student finance", "tax"])
    st = g.r.randint(0, 2)
    if st == 0:
        turns = [(A, "Please could you confirm your National Insurance number?"),
                 (C, [g.ch(["", "sure ", "Its ", "NI: ", "ni no is "]), (typed, "NI_NUMBER")])]
    elif st == 1:
        day = g.r.randint(1, 28)
        turns = [(C, ["Hi, starting a new job on the %d%s and payroll need my NI number, it's " % (day, sfx(day)),
                      (typed, "NI_NUMBER"), " - is that all you need?"])]
    else:
        turns = [(A, "What is your NINO?"),
                 (C, [(typed, "NI_NUMBER"), g.ch([" and tax code 1257L", " (tax code 1257L)", " thanks"])])]
    return turns, "chat/%s: NI number typed (%s)" % (ind, "format varies")


def p_ssn(g):
    n = g.ssn()
    chat = g.r.random() < 0.5
    ind = g.ch(["us health billing", "us banking", "us insurance", "us telecom", "us benefits"])
    if chat:
        typed = g.ch([n[:3] + "-" + n[3:5] + "-" + n[5:], n, n[:3] + " " + n[3:5] + " " + n[5:], n[:3] + "." + n[3:5] + "." + n[5:]])
        turns = [(A, "To verify your identity, please enter your Social Security number."),
                 (C, [g.ch(["", "ssn ", "SSN: ", "sure its "]), (typed, "SSN"), g.ch(["", " thx", ". my claim # is 4471902"])])]
        return turns, "chat/%s: SSN typed" % ind
    st = g.r.randint(0, 2)
    if st == 0:
        turns = [(A, "can i get your social security number"),
                 (C, [g.ch(["sure it's ", "yeah ", "", "okay "]), (g.say_digits(n[:3]) + " " + g.say_num(n[3:5]) + " " + g.say_num(n[5:]), "SSN")])]
        note = "call/%s: SSN spoken in one turn" % ind
    elif st == 1:
        turns = [(A, "and the social please"),
                 (C, [(g.say_digits(n[:3]), "SSN")]),
                 (A, g.ch(BACK)),
                 (C, [(g.say_num(n[3:5]), "SSN")]),
                 (A, g.ch(BACK)),
                 (C, [(g.say_num(n[5:], g.ch(["pairs", "digits"])), "SSN")])]
        note = "call/%s: SSN split 3-2-4 across turns" % ind
    else:
        turns = [(A, "i just need the last four of your social"),
                 (C, "oh i can give you the whole thing if that's easier"),
                 (A, "sure"),
                 (C, [(g.say_digits(n, doubles=True), "SSN"), " and i've been with you guys like twelve years"])]
        note = "call/%s: full SSN volunteered after last-four request, with duration (not PII)" % ind
    return turns, note


def p_bank(g):
    sc = g.sort_code()
    acc = g.uk_account()
    chat = g.r.random() < 0.45
    ind = g.ch(["uk banking", "utilities direct debit", "payroll", "insurance refund", "council tax direct debit"])
    if chat:
        st = g.r.randint(0, 1)
        if st == 0:
            turns = [(A, "Please provide the sort code and account number for the direct debit."),
                     (C, [g.ch(["sort code ", "sc ", "Sort: "]), (sort_typed(g, sc), "SORT_CODE"), g.ch([" acc ", " account ", ", a/c no ", " / "]),
                          (acc, "BANK_ACCOUNT")])]
        else:
            turns = [(C, ["can you refund the \u00a3%d.%02d to my account please, ".replace("%d.%02d", "%d.%02d" ) % (g.r.randint(5, 200), g.r.randint(0, 99)),
                          (acc, "BANK_ACCOUNT"), " sort code ", (sort_typed(g, sc), "SORT_CODE")])]
        return turns, "chat/%s: sort code and account number typed" % ind
    st = g.r.randint(0, 2)
    if st == 0:
        turns = [(A, "what's the sort code"),
                 (C, [g.ch(["it's ", "", "yeah "]), (sort_spoken(g, sc), "SORT_CODE")]),
                 (A, "and the account number"),
                 (C, [(g.say_num(acc), "BANK_ACCOUNT")])]
        note = "call/%s: sort code and account number in separate turns" % ind
        if g.r.random() < 0.4:
            turns.append((A, ["so that's sort code ", (sort_spoken(g, sc), "SORT_CODE"), " account ", (g.say_digits(acc, doubles=False), "BANK_ACCOUNT"), " and it's in your name"]))
            turns.append((C, "yep"))
            note += ", agent reads both back"
    elif st == 1:
        turns = [(A, "can i take the bank details for the direct debit"),
                 (C, ["yeah sort code ", (sort_spoken(g, sc), "SORT_CODE"), " account number ", (g.say_num(acc), "BANK_ACCOUNT")])]
        note = "call/%s: sort code and account number in one turn" % ind
    else:
        turns = [(A, "and the account number"),
                 (C, [(g.say_num(acc[:4], "digits"), "BANK_ACCOUNT")]),
                 (A, g.ch(BACK)),
                 (C, [g.ch(["", "then "]), (g.say_num(acc[4:]), "BANK_ACCOUNT")]),
                 (A, "and the sort code"),
                 (C, [(sort_spoken(g, sc), "SORT_CODE"), " it's a %s account" % g.ch(["natwest", "barclays", "lloyds", "nationwide"])])]
        note = "call/%s: account number split over two turns then sort code" % ind
    return turns, note


def p_iban(g):
    ib = g.iban()
    chat = g.r.random() < 0.55
    cty = ib[:2]
    ind = g.ch(["banking", "travel refund", "utilities", "payroll", "insurance claim payout"])
    if chat:
        turns = [(A, "Please send the IBAN for the refund."),
                 (C, [g.ch(["", "IBAN: ", "iban is ", "here: "]), (iban_typed(g, ib), "IBAN"),
                      g.ch(["", " BIC AIBKIE2D", " thanks", " - refund ref 40021987"])])]
        return turns, "chat/%s: %s IBAN typed" % (ind, cty)
    sp = iban_spoken(g, ib)
    words = sp.split(" ")
    if g.r.random() < 0.5:
        cut = len(words) // 2
        while words[cut - 1] in ("for",) or words[cut] in ("for",) or (cut >= 2 and words[cut - 2] == "for" and False):
            cut += 1
        # avoid cutting inside "x for xray"
        while cut < len(words) and (words[cut] == "for" or words[cut - 1] in ("for", "double", "triple")):
            cut += 1
        turns = [(A, "can you read me the iban"),
                 (C, [(" ".join(words[:cut]), "IBAN")]),
                 (A, g.ch(BACK)),
                 (C, [(" ".join(words[cut:]), "IBAN")])]
        note = "call/%s: %s IBAN spelled over two turns" % (ind, cty)
    else:
        turns = [(A, "what's the iban for the account"),
                 (C, ["okay it's ", (sp, "IBAN")])]
        note = "call/%s: %s IBAN spelled in one turn" % (ind, cty)
    return turns, note


def p_phone(g):
    kind = g.ch(["ukmob", "ukmob", "ukland", "iemob", "iemob", "ieland", "us"])
    typed, spoken = phone_value(g, kind)
    chat = g.r.random() < 0.45
    ind = g.ch(["telecom", "broadband", "utilities", "retail delivery", "healthcare billing", "travel"])
    if chat:
        turns = [(A, "What's the best contact number for you?"),
                 (C, [g.ch(["", "mob ", "call me on ", "its ", "Tel: "]), (typed, "PHONE"),
                      g.ch(["", " after 5pm", " thanks", " anytime before 10"])])]
        return turns, "chat/%s: %s phone typed" % (ind, kind)
    st = g.r.randint(0, 2)
    if st == 0:
        turns = [(A, "and a good contact number"),
                 (C, [g.ch(["yeah it's ", "it's ", "", "my mobile is "]), (spoken, "PHONE")])]
        note = "call/%s: %s phone spoken" % (ind, kind)
    elif st == 1:
        w = spoken.split(" ")
        cut = max(2, len(w) // 2)
        while w[cut - 1] in ("double", "triple", "plus"):
            cut += 1
        turns = [(A, "what number can we reach you on"),
                 (C, [(" ".join(w[:cut]), "PHONE")]),
                 (A, g.ch(BACK)),
                 (C, [(" ".join(w[cut:]), "PHONE")])]
        note = "call/%s: %s phone split over two turns" % (ind, kind)
    else:
        typed2, spoken2 = phone_value(g, kind)
        turns = [(A, "is the number we have still right"),
                 (C, ["no i changed it it's ", (spoken, "PHONE"), " sorry no wait that's my work one the mobile is ",
                      (spoken2, "PHONE")])]
        note = "call/%s: two phone numbers in one turn with self-correction, both labelled" % ind
    return turns, note


def p_email(g):
    typed, spoken = email_value(g)
    chat = g.r.random() < 0.4
    ind = g.ch(["retail", "telecom", "travel", "insurance", "utilities", "government services"])
    if chat:
        turns = [(A, "Can you confirm the email on the account?"),
                 (C, [g.ch(["", "its ", "email: ", "sure, "]), (typed, "EMAIL"), g.ch(["", " cheers", ". order 55102934"])])]
        return turns, "chat/%s: email typed" % ind
    turns = [(A, "and an email address for the confirmation"),
             (C, [g.ch(["yeah it's ", "it's ", "", "okay "]), (spoken, "EMAIL")])]
    if g.r.random() < 0.4:
        turns += [(A, ["so ", (spoken, "EMAIL"), " yeah"]), (C, "that's it")]
    return turns, "call/%s: email spoken with at/dot%s" % (ind, "" if len(turns) == 2 else ", read back by agent")


def dob_segs(val):
    if val.startswith("the "):
        return ["the ", (val[4:], "DOB")]
    return [(val, "DOB")]


def p_dob(g):
    chat = g.r.random() < 0.4
    us = g.r.random() < 0.2
    ind = g.ch(["banking", "healthcare billing", "insurance", "telecom", "government services", "pharmacy"])
    val = dob_value(g, chat, us)
    if chat:
        turns = [(A, "For security, please confirm your date of birth."),
                 (C, [g.ch(["", "dob ", "DOB: ", "born "]), (val, "DOB")])]
        return turns, "chat/%s: DOB typed%s" % (ind, " (US order)" if us else "")
    st = g.r.randint(0, 1)
    if st == 0:
        turns = [(A, "can i take your date of birth please"),
                 (C, [g.ch(["yeah it's ", "", "it's ", "um "])] + dob_segs(val))]
    else:
        appt = "%s the %s" % (g.ch(["monday", "tuesday", "friday"]), ORD[g.r.randint(1, 28)])
        turns = [(A, "before i book you in for " + appt + " can i just confirm your date of birth"),
                 (C, ["yeah i was born on "] + dob_segs(val))]
    return turns, "call/%s: DOB spoken%s, appointment date not PII" % (ind, " (US order)" if us else "")


def p_address(g):
    country = g.ch(["uk", "uk", "uk", "ie", "ie", "us"])
    chat = g.r.random() < 0.45
    addr = address_value(g, country, chat)
    pc = postcode_value(g, country, chat)
    town = g.last_town if country in ("uk", "ie") else g.ch(TOWNS_US)
    tw = town if chat else town.lower()
    ind = g.ch(["utilities", "retail delivery", "broadband install", "insurance", "council services"])
    pcname = {"uk": "postcode", "ie": "eircode", "us": "zip code"}[country]
    if chat:
        turns = [(A, "What's the address for the delivery?"),
                 (C, [(addr, "ADDRESS"), ", " + tw + ", ", (pc, "POSTCODE")])]
        return turns, "chat/%s: %s address and %s typed" % (ind, country, pcname)
    st = g.r.randint(0, 1)
    if st == 0:
        turns = [(A, "can you confirm the first line of the address"),
                 (C, [g.ch(["it's ", "yeah ", ""]), (addr, "ADDRESS"), " in " + tw]),
                 (A, "and the " + pcname),
                 (C, [(pc, "POSTCODE")])]
    else:
        turns = [(A, "what's the " + pcname + " there"),
                 (C, [(pc, "POSTCODE")]),
                 (A, "and the house number"),
                 (C, ["it's ", (addr, "ADDRESS")])]
    return turns, "call/%s: %s address and %s spoken" % (ind, country, pcname)


def p_combo_idv(g):
    country = g.ch(["uk", "uk", "ie"])
    chat = g.r.random() < 0.3
    dob = dob_value(g, chat)
    pc = postcode_value(g, country, chat)
    kind = "ukmob" if country == "uk" else "iemob"
    typed, spoken = phone_value(g, kind)
    refk, refv = ref_noise(g)
    ind = g.ch(["energy", "mobile network", "bank", "insurer", "broadband"])
    if chat:
        turns = [(C, ["Hi my %s is %s, I need to update my details" % (refk, refv)]),
                 (A, "Happy to help. Please confirm your DOB, postcode and mobile number."),
                 (C, [(dob, "DOB"), ", ", (pc, "POSTCODE"), ", ", (typed, "PHONE")])]
        return turns, "chat/%s: ID&V DOB, postcode and phone in one message; %s is not PII" % (ind, refk)
    refsp = g.say_alnum(refv, "plain", "digits")
    turns = [(A, "can i take your %s" % refk),
             (C, "yeah it's " + refsp),
             (A, "thanks and your date of birth"),
             (C, dob_segs(dob)),
             (A, "and the " + ("postcode" if country == "uk" else "eircode")),
             (C, [(pc, "POSTCODE")]),
             (A, "and lastly the mobile number on the account"),
             (C, [(spoken, "PHONE")])]
    return turns, "call/%s: ID&V sequence; spoken %s (not PII) then DOB, postcode, phone" % (ind, refk)


def p_ni_and_bank(g):
    p, d, s = g.ni()
    sc, acc = g.sort_code(), g.uk_account()
    turns = [(A, "to set up the payments i'll need your national insurance number and bank details"),
             (C, ["okay n i is ", (ni_spoken(g, p, d, s), "NI_NUMBER")]),
             (A, "yep and the sort code"),
             (C, [(sort_spoken(g, sc), "SORT_CODE")]),
             (A, "and account"),
             (C, [(g.say_num(acc), "BANK_ACCOUNT"), " and i get paid on the %s of the month" % ORD[g.r.randint(1, 28)]])]
    return turns, "call/benefits: NI number then sort code and account; payday date not PII"


def p_card_ie(g):
    num, brand = g.card()
    parts = card_spoken_groups(g, num, brand)
    k, u = g.eircode()
    ec = " ".join(g.say_letter(c, "plain") if c.isalpha() else g.say_digit(c, "zero") for c in k + u)
    turns = [(A, "what's the eircode on the billing address"),
             (C, [(ec, "POSTCODE")]),
             (A, "grand and the card number"),
             (C, [(" ".join(parts[:2]), "CARD_NUMBER"), " " + g.ch(FILL) + " ", (" ".join(parts[2:]), "CARD_NUMBER")])]
    return turns, "call/irish utilities: eircode spoken then card with filler mid-number (two spans)"


def p_card_homophone(g):
    num, brand = g.card(g.ch(["visa", "debit", "mc"]))
    zw = g.zero_word()
    spoken = " ".join(g.say_digits(grp, zw=zw) for grp in card_groups(num, brand))
    words = spoken.split(" ")
    swapped = False
    nswap = 0
    for k, w in enumerate(words):
        if k > 0 and words[k - 1] in TENS + ["double", "triple", "treble"] or nswap >= 3:
            continue
        if w == "four" and g.r.random() < 0.5:
            words[k] = "for"
            swapped = True
            nswap += 1
        elif w == "two" and g.r.random() < 0.3:
            words[k] = "to"
            swapped = True
            nswap += 1
        elif w == "eight" and g.r.random() < 0.2:
            nswap += 1
            words[k] = "ate"
            swapped = True
    if not swapped:
        for k, w in enumerate(words):
            if w in ("four", "two") and (k == 0 or words[k - 1] not in ("double", "triple", "treble")):
                words[k] = {"four": "for", "two": "to"}[w]
                swapped = True
                break
    spoken = " ".join(words)
    turns = [(A, "okay and the card you'd like to pay the %s pounds with" % g.ch(["thirty", "sixty two", "one hundred and five"])),
             (C, ["it's a %s " % {"visa": "visa", "debit": "debit card", "mc": "mastercard"}[brand], (spoken, "CARD_NUMBER")]),
             (A, "and the expiry"),
             (C, [(expiry_render(g, *g.expiry(), False), "EXPIRY")])]
    return turns, "call/telecom: card read %s" % ("with ASR homophones (for/to/ate for four/two/eight)" if swapped else "digit by digit after brand name")


def p_ni_mixed_chat(g):
    p, d, s_ = g.ni()
    typed = ni_typed(g, p, d, s_)
    emp = "%06d" % g.r.randint(1, 999999)
    turns = [(C, ["hi, my payslip for %s is wrong. employee no %s, NI %s" % (g.ch(MON3), emp, ""), ]),
             ]
    turns = [(C, ["Hi my payslip for %s is wrong - payroll no %s, NI " % (g.ch(["March", "April", "Oct"]), emp),
                  (typed, "NI_NUMBER"), ", tax code %s, I was paid £%d.%02d instead of £%d.%02d" % (
                      g.ch(["1257L", "BR", "K475", "S1257L"]), g.r.randint(900, 2500), g.r.randint(0, 99), g.r.randint(900, 2500), g.r.randint(0, 99))]),
             (A, "Thanks, I've passed that to payroll. Is %s still the best contact number?" % "the mobile on file")]
    return turns, "chat/payroll: NI typed among payroll number, tax code and amounts (not PII)"


def p_bank_blob(g):
    sc, acc = g.sort_code(), g.uk_account()
    form = g.r.randint(0, 2)
    if form == 0:
        segs = [(sort_typed(g, sc), "SORT_CODE"), " ", (acc, "BANK_ACCOUNT")]
    elif form == 1:
        segs = ["sort ", (sc, "SORT_CODE"), " acc no. ", (acc[:4] + " " + acc[4:], "BANK_ACCOUNT")]
    else:
        segs = ["a/c ", (acc, "BANK_ACCOUNT"), " s/c ", (sort_typed(g, sc), "SORT_CODE")]
    turns = [(A, "To process the refund of £%d.%02d (ref %s) please send your bank details." % (g.r.randint(5, 300), g.r.randint(0, 99), g.digits(6, True))),
             (C, segs + [g.ch(["", " thanks", " - Nationwide", " (joint account)"])])]
    return turns, "chat/retail refund: sort code and account typed tersely; refund ref and amount not PII"


def p_moving_home(g):
    country = g.ch(["uk", "uk", "ie"])
    addr = address_value(g, country, False)
    pc = postcode_value(g, country, False)
    mr = str(g.r.randint(10000, 99999))
    pcname = "postcode" if country == "uk" else "eircode"
    turns = [(A, "so you're moving out on the %s what's the new address" % ORD[g.r.randint(1, 28)]),
             (C, ["it's ", (addr, "ADDRESS")]),
             (A, "and the " + pcname),
             (C, [(pc, "POSTCODE"), " and the meter reading at the old place was " + g.say_num(mr, "digits")]),
             (A, "lovely i'll send the final bill there within %s days" % g.ch(["ten", "fourteen", "twenty eight"]))]
    return turns, "call/energy (%s): moving home, new address and %s; move date and meter reading not PII" % (country, pcname)


def p_email_chat_sentence(g):
    typed, _ = email_value(g)
    turns = [(C, ["Can you send the receipt for order %s to " % g.digits(8, True), (typed, "EMAIL"), "? Not the old one, that's closed."]),
             (A, "Sure, sent. Anything else today?")]
    return turns, "chat/retail: email at end of sentence followed by punctuation; order number not PII"


def p_phone_chat_ie(g):
    n = g.ie_mobile()
    typed = g.ch(["+353 (0)" + n[1:3] + " " + n[3:], "00 353 " + n[1:3] + " " + n[3:6] + " " + n[6:], n[:3] + "/" + n[3:]])
    turns = [(A, "What number should the engineer ring on the day?"),
             (C, ["ring me on ", (typed, "PHONE"), ", I'm in after %d" % g.r.randint(2, 6)])]
    return turns, "chat/broadband (IE): Irish mobile with (0) / 00 353 / slash forms"



def p_ie_mandate(g):
    ib = g.iban("IE")
    k, u = g.eircode()
    typed_ph, spoken_ph = phone_value(g, "iemob")
    if g.r.random() < 0.5:
        turns = [(A, "To set up the direct debit mandate I need your IBAN, Eircode and a mobile number."),
                 (C, [(iban_typed(g, ib), "IBAN"), "\n", (g.ch([k + " " + u, k + u]), "POSTCODE"), "\n", (typed_ph, "PHONE")]),
                 (A, "Thanks, the first collection of \u20ac%d.%02d will be on the %d%s." % (g.r.randint(30, 150), g.r.randint(0, 99), 14, "th"))]
        return turns, "chat/irish energy: IBAN, Eircode and mobile on separate lines of one message; collection amount/date not PII"
    ec = " ".join(g.say_letter(c, "plain") if c.isalpha() else g.say_digit(c, "zero") for c in k + u)
    turns = [(A, "grand so what's the eircode for the supply address"),
             (C, [(ec, "POSTCODE")]),
             (A, "and the iban"),
             (C, [(iban_spoken(g, ib), "IBAN")]),
             (A, "and a mobile in case the engineer needs you"),
             (C, [(spoken_ph, "PHONE")])]
    return turns, "call/irish energy: eircode, spelled IBAN and mobile for a direct debit"


def p_us_health(g):
    n = g.ssn()
    dob = dob_value(g, False, us=True)
    z = g.zip5()
    turns = [(A, "thanks for calling billing i'll need the patient's date of birth"),
             (C, [(dob, "DOB")]),
             (A, "and the zip code on file"),
             (C, [(g.say_digits(z, zw=g.ch(["zero", "oh"])), "POSTCODE")]),
             (A, "and the social security number for the account holder"),
             (C, [(g.say_digits(n[:3]) + " " + g.say_num(n[3:5]) + " " + g.say_num(n[5:]), "SSN")]),
             (A, "okay the balance after insurance is %s dollars and the visit was on %s the %s" % (g.ch(["one forty two", "eighty seven fifty", "three hundred"]), g.ch(MONTHS), ORD[g.r.randint(1, 28)]))]
    return turns, "call/us healthcare billing: DOB, ZIP and SSN; balance and visit date not PII"



POS_TEMPLATES = [
    (p_card_call_one, 16), (p_card_call_split, 12), (p_card_chat, 12), (p_card_readback, 4), (p_card_ie, 4),
    (p_ni_call, 20), (p_ni_chat, 16), (p_ni_and_bank, 6),
    (p_ssn, 32),
    (p_bank, 20), (p_iban, 16), (p_phone, 20), (p_email, 16), (p_dob, 14), (p_address, 18), (p_combo_idv, 12),
    (p_card_homophone, 6), (p_ni_mixed_chat, 6), (p_bank_blob, 6), (p_moving_home, 6), (p_email_chat_sentence, 4),
    (p_phone_chat_ie, 4), (p_ie_mandate, 6), (p_us_health, 6),
]


# ---------------------------------------------------------------------------
# negative templates
# ---------------------------------------------------------------------------
def n_policy(g):
    ref = g.digits(g.ch([8, 9, 10]), True)
    if g.r.random() < 0.5:
        return [(A, "can i take your policy number please"),
                (C, "yeah it's " + g.say_num(ref, g.ch(["digits", "pairs", "mixed"]))),
                (A, "thank you i can see the policy renews on the %s of %s" % (ORD[g.r.randint(1, 28)], g.ch(MONTHS)))], \
            "call/insurance: policy number (%d digits) spoken, renewal date" % len(ref)
    return [(C, "Hi, policy no. %s - why has my premium gone up to \u00a3%d.%02d a month?" % (g.ch(["POL", "HX", "MTR"]) + ref, g.r.randint(20, 99), g.r.randint(0, 99)))], \
        "chat/insurance: policy number typed with prefix and premium"


def n_customer_number(g):
    ref = g.digits(8, True)
    if g.r.random() < 0.5:
        return [(A, "have you got your customer number there"),
                (C, "yeah customer number " + g.say_num(ref, "digits")),
                (A, "lovely thanks that's come up")], "call/energy: 8-digit customer number spoken with its name"
    return [(A, "What's your customer reference?"), (C, "Customer ref %s" % ref)], "chat/energy: 8-digit customer reference typed"


def n_meter(g):
    r1 = str(g.r.randint(10000, 99999))
    r2 = str(g.r.randint(1000, 99999))
    if g.r.random() < 0.5:
        return [(A, "can you read me what's on the meter"),
                (C, "okay the day reading is " + g.say_num(r1, "digits") + " and night is " + g.say_num(r2, "digits")),
                (A, "okay that's been submitted for today")], "call/utilities: day/night meter readings spoken"
    return [(C, "Meter reading today %s (gas) and %s elec, submitted at 08:45" % (r1, r2)), (A, "Thanks, that's been logged.")], \
        "chat/utilities: meter readings typed with time"


def n_booking(g):
    ref = "".join(g.ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    fl = g.ch(["EI", "FR", "BA", "EZY", "AER"]) + str(g.r.randint(100, 9999))
    if g.r.random() < 0.5:
        return [(A, "what's the booking reference"),
                (C, "it's " + g.say_alnum(ref, "plain", "digits") + " flight " + g.say_alnum(fl, "plain", "pairs") + " on the %s" % ORD[g.r.randint(1, 28)]),
                (A, "and that departs at %s" % g.ch(["ten past six", "half seven", "quarter to nine", "eighteen forty"]))], \
            "call/travel: booking reference and flight number spoken, departure time"
    return [(C, "Booking ref %s, flight %s on %d %s, seat %d%s, can I add a 20kg bag?" % (ref, fl, g.r.randint(1, 28), g.ch(MON3), g.r.randint(1, 33), g.ch("ABCDEF")))], \
        "chat/travel: booking ref, flight, seat and bag weight typed"


def n_money(g):
    a = g.r.randint(100, 4999)
    p = g.r.randint(1, 99)
    if g.r.random() < 0.5:
        return [(A, "the outstanding balance is " + say_house(g, a % 1000 if a % 1000 else 250) + " pounds and %s pence" % g.say_pair("%02d" % p if p >= 10 else "1" + str(p))),
                (C, "what and when's that due"),
                (A, "by the %s of %s you can pay it in %s instalments" % (ORD[g.r.randint(1, 28)], g.ch(MONTHS), g.ch(["three", "six", "twelve"])))], \
            "call/utilities: balance amount, due date and instalment count"
    return [(C, "My bill says \u00a3%d.%02d but last month it was \u00a3%d.%02d, thats a %d%% increase??" % (a, p, a - 37, p, g.r.randint(5, 40))),
            (A, "I understand, the unit rate changed on 1 October from 24.50p to 27.03p per kWh.")], \
        "chat/energy: amounts, percentage, unit rates, change date"


def n_times(g):
    return [(A, "an engineer can come on %s between %s and %s" % (g.ch(["the 14th", "thursday the 9th", "monday"]), g.ch(["8am", "eight", "half eight"]), g.ch(["1pm", "one", "twelve"]))),
            (C, "i'm at work till %s could it be after %s" % (g.ch(["half five", "five thirty", "six"]), g.ch(["six", "quarter past six"]))),
            (A, "earliest evening slot is %s on the %s of %s" % (g.ch(["six til eight", "18:00-20:00"]), ORD[g.r.randint(1, 28)], g.ch(MONTHS)))], \
        "call/broadband: appointment times and dates"


def n_order(g):
    o = g.digits(g.ch([7, 8, 9, 10]), True)
    chat = g.r.random() < 0.5
    if chat:
        return [(C, "Order #%s still hasn't arrived, tracking said out for delivery at 14:20 yesterday" % o),
                (A, "Sorry about that. I've raised ticket %s for you." % g.digits(7, True))], "chat/retail: order and ticket numbers typed"
    return [(A, "do you have the order number"),
            (C, "order number " + g.say_num(o, g.ch(["digits", "pairs"]))),
            (A, "okay it was %s items and it's with the courier" % ONES[g.r.randint(2, 9)])], "call/retail: order number spoken with its name"


def n_invoice(g):
    inv = "INV-%d-%05d" % (g.r.randint(2021, 2026), g.r.randint(1, 99999))
    return [(C, "Invoice %s shows %d units at \u00a3%d.%02d each, total \u00a3%d" % (inv, g.r.randint(2, 40), g.r.randint(2, 90), g.r.randint(0, 99), g.r.randint(100, 3000))),
            (A, "Thanks, credit note CN%s has been issued." % g.digits(6, True))], "chat/b2b retail: invoice number, quantities, prices, credit note"


def n_claim(g):
    c = g.digits(g.ch([8, 9, 10]), True)
    return [(A, "have you got your claim number"),
            (C, "claim number " + g.say_num(c, "digits") + " it happened on the %s of %s at about %s" % (ORD[g.r.randint(1, 28)], g.ch(MONTHS), g.ch(["four o'clock", "half three", "ten in the morning"]))),
            (A, "and the repair estimate was %s pounds" % g.ch(["eleven hundred", "nine hundred and fifty", "two thousand four hundred"]))], \
        "call/insurance: claim number, incident date/time and estimate"


def n_device(g):
    return [(C, g.ch(["my iphone 15 pro on 17.1.2 keeps dropping 5g", "galaxy s23 ultra, 256gb, battery at 82%", "router model TG-2492 firmware 3.1.18 keeps rebooting"])),
            (A, "Thanks, what speed are you getting? We expect around %d Mbps." % g.ch([67, 145, 500, 900]))], "chat/telecom: device model, version, speeds"


def n_speed(g):
    return [(A, "so you're on the %s meg package" % g.ch(["five hundred", "one hundred and fifty", "nine hundred"])),
            (C, "yeah but the speed test says %s down and %s up" % (g.ch(["twelve point four", "thirty eight", "seven"]), g.ch(["one point two", "nought point nine", "three"]))),
            (A, "okay and that's been going on for about %s days" % g.ch(["three", "ten", "fourteen"]))], "call/broadband: speeds and durations spoken"


def n_age_temp(g):
    return [(C, "my mum's %s and the heating's been off since %s the house is %s degrees" % (g.ch(["eighty four", "ninety one", "seventy nine"]), g.ch(["tuesday", "the weekend", "saturday morning"]), g.ch(["twelve", "eleven", "nine"]))),
            (A, "i'm so sorry i'll get an engineer out within %s hours she's on our priority register now" % g.ch(["four", "twenty four", "six"]))], \
        "call/energy: age, temperature, durations"


def n_year_contract(g):
    return [(A, "you started the contract in %s and it's a %s month term" % (say_year(g, g.r.randint(2015, 2025)), g.ch(["twenty four", "eighteen", "twelve"]))),
            (C, "so it ends when"),
            (A, "it ends on the %s of %s twenty twenty %s so there'd be a %s pound early exit fee" % (ORD[g.r.randint(1, 28)], g.ch(MONTHS), g.ch(["six", "seven"]), g.ch(["ninety", "a hundred and twenty", "forty five"])))], \
        "call/telecom: contract start year, term, end date, fee"


def n_room(g):
    return [(C, "I'm in room %d at the %s hotel, check out is 11am and I was charged \u20ac%d.%02d twice" % (g.r.randint(101, 812), g.ch(["Dublin Airport", "Galway Bay", "Temple Bar"]), g.r.randint(80, 300), g.r.randint(0, 99))),
            (A, "Apologies - reservation %s shows one night for 2 adults." % g.digits(8, True))], "chat/travel (IE): room number, time, amount, reservation number"


def n_ticket_spoken(g):
    t = g.digits(g.ch([6, 7, 8]), True)
    return [(A, "i'll give you a reference for this call it's " + g.say_num(t, g.ch(["digits", "pairs"]))),
            (C, "sorry say that again"),
            (A, "reference " + g.say_num(t, "digits")),
            (C, "got it thanks")], "call/telecom: call reference given and repeated by agent"


def n_council(g):
    r = g.digits(8, True)
    return [(A, "what's your council tax account reference"),
            (C, "it's " + g.say_num(r, "digits") + " and i'm in band %s" % g.ch(["c", "d", "b"])),
            (A, "right so that's %s pounds a month over ten months" % g.ch(["one hundred and sixty", "ninety eight", "two hundred and twelve"]))], \
        "call/council: 8-digit council tax reference (with name), band, monthly amount"


def n_nhs_appt(g):
    return [(A, "your appointment is on %s the %s at %s in clinic %s" % (g.ch(["tuesday", "friday"]), ORD[g.r.randint(1, 28)], g.ch(["ten fifteen", "two forty", "nine"]), g.ch(["four", "b", "twelve"]))),
            (C, "and how long will it take"),
            (A, "about %s minutes and there's a %s pound charge for the letter" % (g.ch(["forty", "ninety", "twenty"]), g.ch(["ten", "fifteen"])))], \
        "call/healthcare billing: appointment date, time, clinic, duration, fee"


def n_card_last4(g):
    return [(C, "there's a payment of \u00a3%d.%02d on %d %s i don't recognise, reference %s" % (g.r.randint(5, 900), g.r.randint(0, 99), g.r.randint(1, 28), g.ch(MON3), g.digits(9, True))),
            (A, "I can see that. It went through at %02d:%02d and the merchant ID is %s." % (g.r.randint(0, 23), g.r.randint(0, 59), g.digits(7, True)))], \
        "chat/banking: disputed payment amount, date, reference, time, merchant id"


def n_quantities(g):
    return [(C, "i ordered %s packs of %s and only %s turned up" % (g.ch(["twelve", "six", "twenty"]), g.ch(["forty eight", "two hundred", "a hundred"]), g.ch(["eight", "three", "ten"]))),
            (A, "so we're short by %s and it was delivered on the %s" % (g.ch(["four", "three", "ten"]), ORD[g.r.randint(1, 28)]))], "call/retail: quantities and delivery date"


def n_dates_payment(g):
    return [(A, "your next payment of %s is on the %s of %s" % (g.ch(["forty two pounds", "thirty one pounds fifty", "fifty euro"]), ORD[g.r.randint(1, 28)], g.ch(MONTHS))),
            (C, "can you move it to the %s i get paid on the %s" % (ORD[g.r.randint(1, 28)], ORD[g.r.randint(1, 28)])),
            (A, "yes from %s onwards it'll be the new date" % g.ch(MONTHS))], "call/utilities: payment dates (not birth dates)"


def n_vehicle(g):
    reg = g.ch(["YR19 KXB", "BD51 SMR", "LG68 TPU", "191-D-4432", "221-G-1187"])
    return [(C, "Car reg %s, the windscreen claim from %s, mileage about %d" % (reg, g.ch(["last Tuesday", "the 3rd", "12/10"]), g.r.randint(12000, 99000))),
            (A, "Thanks, the excess on that is \u00a3%d and the repair centre opens at 8:30." % g.ch([75, 100, 250]))], "chat/motor insurance: vehicle registration, mileage, excess (not in scope)"


def n_tariff(g):
    return [(A, "the standing charge is %s pence a day and the unit rate is %s pence" % (g.ch(["fifty three point two", "forty one", "sixty point eight"]), g.ch(["twenty four point five", "twenty seven", "thirty one point one"]))),
            (C, "and i use about %s kilowatt hours a year" % g.ch(["two thousand seven hundred", "three thousand one hundred", "eighteen hundred"]))], "call/energy: tariff rates and annual usage"


def n_mpan(g):
    mprn = g.digits(g.ch([8, 10]), True)
    return [(A, "could you read me the m p r n off the bill"),
            (C, "m p r n " + g.say_num(mprn, "digits")),
            (A, "perfect that's your gas supply point")], "call/irish utilities: gas point reference number (MPRN) with its name"


def n_store_hours(g):
    return [(C, "what time do you close on sunday"),
            (A, "we're open %s til %s on sundays and %s til %s the rest of the week" % (g.ch(["ten", "eleven"]), g.ch(["four", "five"]), g.ch(["nine", "eight"]), g.ch(["eight", "nine", "half nine"]))),
            (C, "and is the %s percent discount still on" % g.ch(["twenty", "fifteen", "ten"]))], "call/retail: opening hours and percentage"


def n_parcel(g):
    return [(A, "Your parcel weighs %.1fkg, delivery is \u00a3%d.99 and it'll arrive in %d-%d working days." % (g.r.uniform(0.5, 20), g.r.randint(2, 9), g.r.randint(1, 3), g.r.randint(4, 6))),
            (C, "ok and whats the collection point opening time, i finish at 17:30")], "chat/retail delivery: weight, price, days, time"


def n_ticket_chat(g):
    return [(C, "ticket %s - the fault is back, 3rd time this month, line drops every %d mins" % (g.ch(["#", "TKT-", "INC"]) + g.digits(g.ch([6, 7, 8]), True), g.r.randint(5, 40))),
            (A, "Sorry to hear that. Engineer visit booked for %d/%02d between 8-12." % (g.r.randint(1, 28), g.r.randint(1, 12)))], "chat/broadband: ticket number, counts, visit date/time window"


def n_roads(g):
    return [(C, "sorry i'm running late i'm stuck on the %s near junction %d, i'll be there by %s" % (g.ch(["M25", "M6", "M62", "M50", "A14", "N7"]), g.r.randint(2, 30), g.ch(["half two", "ten past three", "4"]))),
            (A, "No problem, your slot is held until %s. Bay %d when you arrive." % (g.ch(["3pm", "15:30", "4:15"]), g.r.randint(1, 20)))], \
        "chat/motor: road names like M25/A14, junction numbers, times (postcode lookalikes)"


def n_credit_terms(g):
    return [(A, "so your credit limit is %s pounds the minimum payment is %s and the rate is %s percent a p r" % (
                g.ch(["four thousand five hundred", "twelve hundred", "two thousand"]), g.ch(["twenty five pounds", "three percent", "thirty pounds"]), g.ch(["twenty four point nine", "thirty four point nine", "nineteen point nine"]))),
            (C, "and how long's the interest free period"),
            (A, "%s months on balance transfers then it goes up" % g.ch(["eighteen", "twenty four", "twelve"]))], \
        "call/banking: credit limit, minimum payment, APR, months"


def n_spoken_pairs_ref(g):
    r = g.digits(8, True)
    return [(A, "have you got the reference from the letter"),
            (C, "yeah reference " + g.say_pairs(r)),
            (A, "thanks that's the letter from the %s" % ORD[g.r.randint(1, 28)])], "call/government services: 8-digit letter reference read in pairs"


def n_bus_train(g):
    return [(C, "the %d%s bus was %d mins late and the %02d:%02d train to %s was cancelled, can i claim the £%d.%02d back?" % (
                g.r.randint(1, 199), g.ch(["", "A", "X"]), g.r.randint(10, 59), g.r.randint(5, 22), g.ch([0, 15, 30, 45]), g.ch(["Leeds", "Cork", "Bristol"]), g.r.randint(3, 60), g.r.randint(0, 99))),
            (A, "Yes, delay repay covers delays over 15 minutes. Your claim reference is DR%s." % g.digits(7, True))], \
        "chat/travel: bus route, minutes, departure time, fare, claim reference"



def n_payroll(g):
    ty = g.r.randint(2021, 2025)
    return [(C, "my tax code is %s on the %s payslip, payroll number %06d, and the P60 for %d/%02d shows \u00a3%d,%03d" % (
                g.ch(["1257L", "BR", "K497", "S1257L", "1100L M1"]), g.ch(["March", "September", "last"]), g.r.randint(1, 999999),
                ty, (ty + 1) % 100, g.r.randint(14, 68), g.r.randint(0, 999))),
            (A, "Thanks. An emergency code applies until HMRC sends the new one, usually within %d working days." % g.ch([5, 10, 15]))], \
        "chat/payroll: tax code, payroll number, P60 tax year and pay (not NI/bank numbers)"


def n_balance(g):
    return [(A, g.ch(["Your account balance is \u00a3%d.%02d in credit and your last payment was \u00a3%d.00 on %d/%02d." % (g.r.randint(10, 900), g.r.randint(0, 99), g.r.randint(20, 120), g.r.randint(1, 28), g.r.randint(1, 12)),
                      "You're \u00a3%d.%02d overdrawn, your arranged limit is \u00a3%d and fees of \u00a3%d.00 apply from the %d%s." % (g.r.randint(10, 900), g.r.randint(0, 99), g.ch([250, 500, 1000]), g.ch([5, 6, 10]), 14, "th")])),
            (C, "ok so if I pay in %d quid today I'm back under?" % g.ch([100, 200, 350]))], "chat/banking: balances, limits, fees, payment date"


def n_roaming(g):
    return [(A, "you've used %s gig of your %s gig allowance and roaming in %s is %s euro a day" % (
                g.ch(["eleven point two", "forty three", "seven"]), g.ch(["fifty", "a hundred", "twenty"]), g.ch(["spain", "the states", "turkey"]), g.ch(["two", "five", "ten"]))),
            (C, "and i'm there from the %s to the %s" % (ORD[g.r.randint(1, 14)], ORD[g.r.randint(15, 28)]))], "call/telecom (IE): data allowance, roaming charges, travel dates"



NEG_TEMPLATES = [
    (n_policy, 8), (n_customer_number, 7), (n_meter, 6), (n_booking, 6), (n_money, 6), (n_times, 4), (n_order, 6),
    (n_invoice, 4), (n_claim, 5), (n_device, 4), (n_speed, 4), (n_age_temp, 4), (n_year_contract, 4), (n_room, 3),
    (n_ticket_spoken, 5), (n_council, 4), (n_nhs_appt, 3), (n_card_last4, 4), (n_quantities, 3), (n_dates_payment, 4),
    (n_tariff, 4), (n_mpan, 4), (n_store_hours, 3), (n_parcel, 3), (n_ticket_chat, 4),
    (n_roads, 4), (n_credit_terms, 4), (n_spoken_pairs_ref, 4), (n_bus_train, 4),
    (n_payroll, 4), (n_balance, 4), (n_roaming, 3),
]


def generate():
    g = Gen(SEED)
    cases = []
    pos = []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn)
    g.r.shuffle(pos)
    for i, fn in enumerate(pos, 1):
        turns, note = fn(g)
        cases.append(build("h94-pos-%03d" % i, "positive", turns, note))
    neg = []
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            neg.append(fn)
    g.r.shuffle(neg)
    for i, fn in enumerate(neg, 1):
        turns, note = fn(g)
        cases.append(build("h94-neg-%03d" % i, "negative", turns, note))
    return cases


# ---------------------------------------------------------------------------
# checking
# ---------------------------------------------------------------------------
WORD_DIGIT = {w: str(i) for i, w in enumerate(ONES)}
WORD_DIGIT.update({"oh": "0", "nought": "0", "naught": "0"})
TEEN = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENW = {w: str(i) for i, w in enumerate(TENS) if w}
HOMO_REV = {v: k for k, v in HOMO.items() if " " not in v}
IGNORE = {"um", "uh", "er", "erm", "and", "then", "yeah", "all", "word"}


def spoken_norm(text, allow_literal=False):
    """Normalise a spoken or typed value to lower-case alnum chars (plus '+').
    Returns (chars, problems)."""
    ms = list(re.finditer(r"\+|[A-Za-z]+|[0-9]+", text))
    toks = [m.group() for m in ms]
    # a token glued to a neighbour (e.g. "el" in "el156156c") is typed, not spoken
    glued = [(k > 0 and ms[k - 1].end() == m.start()) or (k + 1 < len(ms) and ms[k + 1].start() == m.end())
             for k, m in enumerate(ms)]
    out = []
    probs = []
    i = 0
    while i < len(toks):
        t = toks[i]
        lo = t.lower()
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
        if glued[i] and t != "+":
            out.append(lo)
        elif t == "+" or lo == "plus":
            out.append("+")
        elif t.isdigit():
            out.append(t)
        elif len(t) == 1 and nxt == "for" and i + 2 < len(toks):
            out.append(lo)
            i += 3
            continue
        elif len(t) == 1 and nxt == "as" and i + 3 < len(toks) and toks[i + 2].lower() == "in":
            out.append(lo)
            i += 4
            continue
        elif lo == "double" and nxt == "you":
            out.append("w")
            i += 2
            continue
        elif lo in HOMO_REV:
            out.append(HOMO_REV[lo])
        elif lo in ("double", "triple", "treble"):
            d = WORD_DIGIT.get(nxt, "0" if nxt == "o" else None)
            if d is None:
                probs.append("bad %s" % lo)
            else:
                out.append(d * (2 if lo == "double" else 3))
            i += 2
            continue
        elif lo in ("for", "to", "too", "ate", "won"):
            out.append({"for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"}[lo])
        elif lo == "o" or lo in WORD_DIGIT:
            out.append(WORD_DIGIT.get(lo, "0"))
        elif lo in TEEN:
            out.append(TEEN[lo])
        elif lo in TENW:
            if nxt in WORD_DIGIT and nxt not in ("zero", "oh", "nought", "naught") and nxt != "":
                out.append(TENW[lo] + WORD_DIGIT[nxt])
                i += 2
                continue
            out.append(TENW[lo] + "0")
        elif lo == "hundred":
            # "one hundred and twelve" -> 1 12 ; "one hundred" -> 1 00 ; "one hundred and five" -> 1 05
            j = i + 1
            if j < len(toks) and toks[j].lower() == "and":
                j += 1
            n2 = toks[j].lower() if j < len(toks) else ""
            if n2 in TEEN or n2 in TENW:
                pass
            elif n2 in WORD_DIGIT:
                out.append("0")
            else:
                out.append("00")
        elif lo in IGNORE:
            pass
        elif len(t) == 1 and t.isalpha():
            out.append(lo)
        elif t.isupper() or allow_literal or any(c.isdigit() for c in t):
            out.append(lo)
        else:
            probs.append("unknown word %r" % t)
        i += 1
    return "".join(out), probs


UK_PC = re.compile(r"^[a-z]{1,2}[0-9][a-z0-9]?[0-9][abd-hjlnp-uw-z]{2}$")
EIR = re.compile(r"^([acdefhknprtvwxy][0-9]{2}|d6w)[0-9acdefhknprtvwxy]{4}$")
STREET_WORDS = {"lane", "road", "rd", "street", "st", "avenue", "ave", "way", "close", "drive", "crescent", "terrace",
                "gardens", "view", "grove", "court", "kingsway", "boulevard", "place"}


def validate_value(typ, text):
    """validate one logical value (text = joined span texts). returns error or None"""
    lit = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
    if typ == "EMAIL":
        if "@" in text:
            v = text.lower()
        else:
            toks = re.findall(r"[A-Za-z]+|[0-9]+", text.lower())
            parts = []
            k = 0
            while k < len(toks):
                t = toks[k]
                if t == "at":
                    parts.append("@")
                elif t == "dot":
                    parts.append(".")
                elif t == "underscore":
                    parts.append("_")
                elif t in ("dash", "hyphen"):
                    parts.append("-")
                elif t in ("all", "one", "word") and toks[k:k + 3] == ["all", "one", "word"]:
                    k += 3
                    continue
                elif t in WORD_DIGIT or t in TEEN or t in TENW:
                    s, _ = spoken_norm(" ".join(toks[k:k + 2]) if t in TENW and k + 1 < len(toks) and toks[k + 1] in WORD_DIGIT else t)
                    parts.append(s)
                    if t in TENW and k + 1 < len(toks) and toks[k + 1] in WORD_DIGIT:
                        k += 1
                else:
                    parts.append(t)
                k += 1
            v = "".join(parts)
        return None if re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v) else "bad email %r" % v
    if typ == "DOB":
        low = text.lower()
        if any(m in low for m in MONTHS) or any(m.lower() in low for m in MON3):
            return None if re.search(r"(19|20)[0-9]{2}|nineteen|thousand", low) else "dob without year"
        if re.fullmatch(r"[0-9]{1,2}[/.-][0-9]{1,2}[/.-]([0-9]{2}|[0-9]{4})", text):
            return None
        s, p = spoken_norm(text)
        return None if not p and len(s) == 6 else "bad dob %r" % text
    if typ == "ADDRESS":
        low = text.lower()
        words = set(re.findall(r"[a-z]+", low))
        has_num = bool(re.search(r"[0-9]", low)) or bool(words & (set(WORD_DIGIT) | set(TEEN) | set(TENW)))
        return None if has_num and words & STREET_WORDS else "bad address %r" % text
    if typ == "EXPIRY":
        low = text.lower()
        for m in MONTHS + [m.lower() for m in MON3]:
            if re.match(m + r"\b", low):
                s, p = spoken_norm(low[len(m):])
                return None if not p and len(s) in (2, 4) else "bad expiry year %r" % text
    s, probs = spoken_norm(text, allow_literal=lit)
    if probs:
        return "; ".join(probs) + " in %r" % text
    if typ == "CARD_NUMBER":
        return None if 13 <= len(s) <= 19 and luhn_ok(s) else "card fails luhn/length %r" % s
    if typ == "CVV":
        return None if s.isdigit() and len(s) in (3, 4) else "bad cvv %r" % s
    if typ == "EXPIRY":
        digs = re.sub(r"[^0-9]", "", s)
        if len(digs) in (4, 6) and 1 <= int(digs[:2]) <= 12:
            return None
        return "bad expiry %r" % s
    if typ == "SSN":
        return None if s.isdigit() and len(s) == 9 and not s.startswith(("000", "666", "9")) else "bad ssn %r" % s
    if typ == "NI_NUMBER":
        return None if re.fullmatch(r"[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z][0-9]{6}[a-d]", s) else "bad ni %r" % s
    if typ == "SORT_CODE":
        return None if s.isdigit() and len(s) == 6 else "bad sort code %r" % s
    if typ == "BANK_ACCOUNT":
        return None if s.isdigit() and 8 <= len(s) <= 12 else "bad account %r" % s
    if typ == "IBAN":
        return None if iban_ok(s) else "bad iban %r" % s
    if typ == "PHONE":
        digs = s.lstrip("+")
        if digs.startswith("00"):
            digs = digs[2:]
        if not digs.isdigit():
            return "bad phone %r" % s
        return None if 9 <= len(digs) <= 13 else "bad phone length %r" % s
    if typ == "POSTCODE":
        if s.isdigit():
            return None if len(s) == 5 else "bad zip %r" % s
        if UK_PC.match(s) or (len(s) == 7 and EIR.match(s)):
            return None
        return "bad postcode %r" % s
    return "unknown type %s" % typ


def partition_ok(typ, texts):
    """can the ordered span texts be split into consecutive groups, each a valid value?"""
    n = len(texts)
    ok = [False] * (n + 1)
    ok[0] = True
    for j in range(1, n + 1):
        for i in range(j):
            if ok[i] and validate_value(typ, " ".join(texts[i:j])) is None:
                ok[j] = True
                break
    return ok[n]


def check_cases(cases):
    errors = []
    ids = set()
    for c in cases:
        cid = c["id"]
        if cid in ids:
            errors.append("duplicate id " + cid)
        ids.add(cid)
        if c["kind"] not in ("positive", "negative"):
            errors.append(cid + ": bad kind")
        if c["kind"] == "negative" and c["spans"]:
            errors.append(cid + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errors.append(cid + ": positive without spans")
        if not re.fullmatch(r"h94-(pos|neg)-[0-9]{3}", cid) or (cid[4:7] == "pos") != (c["kind"] == "positive"):
            errors.append(cid + ": id/kind mismatch")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"] or t["text"] != t["text"].strip() or "  " in t["text"]:
                errors.append(cid + ": bad turn %r" % t)
        byturn = {}
        prev = (-1, -1)
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errors.append(cid + ": bad type " + s["type"])
            ti = s["turn"]
            if not 0 <= ti < len(c["turns"]):
                errors.append(cid + ": turn out of range")
                continue
            text = c["turns"][ti]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(text)):
                errors.append(cid + ": offsets out of range")
                continue
            if (ti, st) <= prev:
                errors.append(cid + ": spans not ordered")
            sub = text[st:en]
            if sub != sub.strip() or not sub[0].isalnum() and sub[0] not in "+(" or not sub[-1].isalnum():
                errors.append(cid + ": span not trimmed %r" % sub)
            if st > 0 and text[st - 1].isalnum() or en < len(text) and text[en].isalnum():
                errors.append(cid + ": span not on word boundary %r" % sub)
            for (a, b) in byturn.get(ti, []):
                if st < b and a < en:
                    errors.append(cid + ": overlapping spans")
            byturn.setdefault(ti, []).append((st, en))
            prev = (ti, st)
        by_type = {}
        for s in c["spans"]:
            if 0 <= s["turn"] < len(c["turns"]):
                by_type.setdefault(s["type"], []).append(c["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for typ, texts in by_type.items():
            if typ in TYPES and not partition_ok(typ, texts):
                errs = [validate_value(typ, t) for t in texts]
                errors.append(cid + ": %s values do not validate %r %r" % (typ, texts, errs))
    return errors


def summarise(cases):
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    nchat = sum(c["note"].startswith("chat/") for c in cases)
    return cnt, npos, nneg, nchat


def quota_errors(cnt, npos, nneg):
    errs = []
    if npos < 170:
        errs.append("too few positives %d" % npos)
    if nneg < 100:
        errs.append("too few negatives %d" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errs.append("type %s has %d spans < %d" % (t, cnt[t], need))
    return errs


def render_jsonl(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def render_readme(cases):
    cnt, npos, nneg, nchat = summarise(cases)
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return f"""# pii_holdout94 — held-out PII redaction evaluation set

**Never use this set for tuning.** It is a held-out evaluation set: do not read
individual cases while developing or adjusting the redactor, do not add its
values to rules, lists or tests, and do not re-generate it with a different seed
to chase a score.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its documentation, its benchmark or any
other fixture set; the only existing data consulted was a three-line example
of the JSONL format. Nothing was run against the redactor while writing it.

Every case is produced by `scripts/make_pii_holdout94.py` from template
functions. Each turn is assembled from plain-text segments and
`(value, TYPE)` segments, so span offsets are computed, never typed. All values
come from one `random.Random({SEED})`; the output is byte-for-byte
reproducible. `python scripts/make_pii_holdout94.py --check` regenerates the
set, confirms the file is identical and validates every span (offsets, word
boundaries, no overlaps; Luhn for cards, mod-97 for IBANs, NI number shape,
9-digit SSN, 6-digit sort code, digit counts for CVV / phone / account numbers,
UK postcode / Eircode / ZIP shapes) after normalising spoken forms; the
pieces of a value split over several spans are validated together.

Emphasis: UK and Irish contact centres (NI numbers typed and spoken in many
ways, sort codes and account numbers, UK/IE phone numbers, UK postcodes and
Eircodes, UK/IE street addresses, card payments by phone), with US SSNs and
ZIP codes and some EU IBANs, plus tricky UK/IE non-PII numbers (policy,
customer, council tax, meter, MPRN, booking, order, claim and call references,
given with their names).

## Format

One JSON object per line: `id`, `kind` (positive/negative), `turns`
(`speaker`, `text`), `spans` (`turn`, `start`, `end` exclusive, `type`; Python
string offsets into that turn's text) and `note` (`channel/industry: what the
case tests`). Negative cases have no spans and fail if anything at all in them
is redacted.

## Annotation conventions

* A span covers the value only: from its first to its last character/word.
  Lead-ins ("it's", "card no", "sort code", "my mobile is") are outside.
* Spoken values (ASR style: lower case, numbers as words, "oh"/"o"/"nought"/
  "zero", "double"/"triple"/"treble", pairs such as "forty one", letters such as
  "b for bravo" or "j as in juliet") are labelled over the whole spoken run,
  including filler words ("um", "er") that fall *between* parts of the value.
* ASR homophones that stand for part of a value are inside the span: "for"/"to"/
  "ate" for four/two/eight in a card number, "bee", "see", "jay", "zed",
  "double you" for letters of an NI number or postcode.
* A value split over several turns (agent back-channels between) gets one span
  per customer turn; each piece is labelled with the value's type. A card read
  with a filler in the middle may be labelled as two spans.
* An agent reading a value back is labelled too.
* When a caller gives two values (e.g. a self-correction "no wait that's my
  work one, the mobile is ..."), both are labelled.
* NI_NUMBER: the prefix letters, six digits and suffix letter together.
* POSTCODE covers UK postcodes, Irish Eircodes and US ZIP codes, typed or
  spelled out ("s w one nine three z e", "d one five two x w four").
* EXPIRY and CVV are labelled only in card context; DOB only when it is a birth
  date (appointment, payment and contract dates are not labelled). A leading
  "the" ("the fourth of may ...") is outside the DOB span.
* ADDRESS: flat/house number and street name (incl. street type). Town/city is
  not part of the span; the postcode/Eircode/ZIP is a separate POSTCODE span.
* EMAIL: the whole address, typed or spoken ("j dot doe at gmail dot com").
* PHONE includes an international prefix ("+44", "plus three five three",
  "00353") when given.
* Reference numbers (policy, customer, order, claim, booking, invoice, ticket,
  meter serial, MPRN, council tax) are never PII here, even when they appear
  in positive cases next to PII.

## Counts

Cases: {npos} positive, {nneg} negative ({nchat} chat, {len(cases) - nchat} call).

| type | spans |
|---|---|
{rows}
"""


def main(argv):
    cases = generate()
    text = render_jsonl(cases)
    readme = render_readme(cases)
    errors = check_cases(cases)
    cnt, npos, nneg, nchat = summarise(cases)
    errors += quota_errors(cnt, npos, nneg)
    if "--check" in argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errors.append("cases.jsonl differs from regenerated output")
        else:
            on_disk = [json.loads(l) for l in CASES.read_text(encoding="utf-8").splitlines()]
            errors += check_cases(on_disk)
        if not README.exists() or README.read_text(encoding="utf-8") != readme:
            errors.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(readme, encoding="utf-8")
    print("pii_holdout94: %d cases (%d positive, %d negative, %d chat)" % (len(cases), npos, nneg, nchat))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    if errors:
        for e in errors[:60]:
            print("ERROR:", e)
        print("%d problem(s)" % len(errors))
        return 1
    print("OK" + (" (check passed)" if "--check" in argv else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

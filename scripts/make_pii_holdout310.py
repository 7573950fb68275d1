#!/usr/bin/env python3
"""Generate the held-out PII redaction set h310 (tests/fixtures/pii_holdout310).

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only.  Deterministic: seed 310241125.

    python scripts/make_pii_holdout310.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout310.py --check  # regenerate, compare, validate
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

import random

SEED = 310241125
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout310"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ----------------------------------------------------------------- segments


class Seg:
    """A labelled piece of a turn. part = canonical value of this piece; group = id of full value."""

    def __init__(self, text, typ, part, group, fragment=False):
        self.text, self.typ, self.part, self.group, self.fragment = text, typ, part, group, fragment


# ----------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
HOMO = {"2": ["to", "too"], "8": ["ate"], "4": ["for"], "1": ["won"]}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second",
       23: "twenty third", 24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}
FILLERS = {"um", "uh", "er", "erm", "hmm", "ah", "hang", "on", "sorry", "dash"}


class Speaker:
    """Spoken renderings of digit strings (ASR style)."""

    def __init__(self, rng):
        self.rng = rng

    def zero(self, letters=False):
        opts = ["zero", "oh", "nought"] if letters else ["zero", "oh", "o", "nought", "oh"]
        return self.rng.choice(opts)

    def digit(self, d, letters=False, homo=False):
        if d == "0":
            return self.zero(letters)
        if homo and d in HOMO and self.rng.random() < 0.25:
            return self.rng.choice(HOMO[d])
        return UNITS[int(d)]

    def singles(self, s, letters=False, homo=False, runs=True):
        out, i = [], 0
        while i < len(s):
            d = s[i]
            j = i
            while j < len(s) and s[j] == d:
                j += 1
            n = j - i
            if runs and n >= 3 and self.rng.random() < 0.6:
                out.append("triple " + self.digit(d, letters))
                i += 3
                continue
            if runs and n >= 2 and self.rng.random() < 0.6:
                out.append("double " + self.digit(d, letters))
                i += 2
                continue
            out.append(self.digit(d, letters, homo))
            i += 1
        return " ".join(out)

    def pair(self, p, letters=False):
        a, b = p[0], p[1]
        if a == "0":
            if b == "0":
                return "double " + self.zero(letters)
            return self.zero(letters) + " " + UNITS[int(b)]
        if a == "1":
            return TEENS[int(b)]
        if b == "0":
            return TENS[int(a)]
        return TENS[int(a)] + " " + UNITS[int(b)]

    def pairs(self, s, letters=False):
        out = []
        i = 0
        if len(s) % 2 == 1:
            out.append(self.digit(s[0], letters))
            i = 1
        while i < len(s):
            out.append(self.pair(s[i:i + 2], letters))
            i += 2
        return " ".join(out)

    def say(self, s, letters=False, homo=False, style=None):
        """Render digits; verify round trip, fall back to plain singles."""
        style = style or self.rng.choice(["singles", "singles", "pairs", "mixed"])
        if style == "pairs":
            t = self.pairs(s, letters)
        elif style == "mixed":
            k = self.rng.randrange(1, max(2, len(s)))
            t = self.pairs(s[:k], letters) + " " + self.singles(s[k:], letters, homo)
        else:
            t = self.singles(s, letters, homo)
        if norm_digits(t) != s:
            t = " ".join(UNITS[int(d)] for d in s)
        return t

    def many(self, parts, homo=False, style=None, sep=" "):
        t = sep.join(self.say(p, homo=homo, style=style) for p in parts)
        if norm_digits(t) != "".join(parts):
            t = sep.join(self.say(p, homo=homo, style="singles") for p in parts)
        return t

    def letter(self, c, style):
        c = c.lower()
        if style == "nato":
            return c + " for " + NATO[c]
        if style == "natoonly":
            return NATO[c]
        return c


# ----------------------------------------------------------------- normalisers

def _tok(text):
    return re.findall(r"[a-z0-9@+._-]+", text.lower().replace("x-ray", "xray"))


def norm_digits(text):
    """Spoken or typed digits -> digit string (fillers ignored)."""
    toks = re.findall(r"[a-z]+|[0-9]+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple"):
            k = 2 if t == "double" else 3
            d = norm_digits(nxt or "")
            out.append(d * k)
            i += 1
        elif t in ("zero", "oh", "o", "nought"):
            out.append("0")
        elif t in UNITS:
            out.append(str(UNITS.index(t)))
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            if nxt in UNITS[1:]:
                out.append(str(TENS.index(t)) + str(UNITS.index(nxt)))
                i += 1
            else:
                out.append(str(TENS.index(t)) + "0")
        elif t in ("to", "too"):
            out.append("2")
        elif t == "ate":
            out.append("8")
        elif t == "for":
            out.append("4")
        elif t == "won":
            out.append("1")
        elif t in FILLERS or t == "plus":
            pass
        else:
            return "?" + t
        i += 1
    return "".join(out)


NATO_REV = {v.replace("-", ""): k for k, v in NATO.items()}


def norm_alnum(text):
    """Letters and digits, spoken or typed (for NI, IBAN, postcode)."""
    toks = re.findall(r"[a-z]+|[0-9]+", text.lower().replace("x-ray", "xray"))
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks):
            out.append(t.upper())
            i += 3
            continue
        if t in NATO_REV:
            out.append(NATO_REV[t].upper())
        elif len(t) == 1 and t.isalpha():
            out.append(t.upper())
        elif t.isalpha() and len(t) <= 4 and t not in ("um", "uh", "erm", "hmm", "dash", "hang", "on", "double", "triple", "to", "too", "for", "ate", "won") \
                and t not in UNITS + TEENS + TENS + ["zero", "oh", "nought"]:
            out.append(t.upper())  # typed letter groups e.g. "qq", "nwbk", "sw1a" parts
        elif t in ("double", "triple"):
            k = 2 if t == "double" else 3
            out.append(norm_alnum(nxt) * k)
            i += 1
        elif t.isdigit():
            out.append(t)
        else:
            d = norm_digits(" ".join(toks[i:i + 2])) if t in TENS and nxt in UNITS[1:] else norm_digits(t)
            if d.startswith("?"):
                return "?" + t
            if t in TENS and nxt in UNITS[1:]:
                i += 1
            out.append(d)
        i += 1
    return "".join(out).upper()


def norm_email(text):
    s = text.lower().strip()
    if "@" in s:
        return s
    toks = s.split()
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in ("double", "triple") and i + 1 < len(toks):
            k = 2 if t == "double" else 3
            n = toks[i + 1]
            out.append((norm_digits(n) if n in UNITS or n in ("oh", "zero") else n) * k)
            i += 1
        elif t in UNITS:
            out.append(str(UNITS.index(t)))
        elif t in TENS and t and i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
            out.append(str(TENS.index(t)) + str(UNITS.index(toks[i + 1])))
            i += 1
        elif t in TENS and t:
            out.append(str(TENS.index(t)) + "0")
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        else:
            out.append(t)
        i += 1
    return "".join(out)


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


UK_PC = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")


def validate(typ, value):
    """value is the canonical (already normalised) full value. Returns error or None."""
    if typ == "CARD_NUMBER":
        return None if re.fullmatch(r"\d{13,19}", value) and luhn_ok(value) else "bad card"
    if typ == "CVV":
        return None if re.fullmatch(r"\d{3,4}", value) else "bad cvv"
    if typ == "EXPIRY":
        return None if re.fullmatch(r"(0[1-9]|1[0-2])\d{2}(\d{2})?", value) else "bad expiry"
    if typ == "SSN":
        return None if re.fullmatch(r"\d{9}", value) and value[:3] not in ("000", "666") else "bad ssn"
    if typ == "NI_NUMBER":
        return None if re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", value) else "bad ni"
    if typ == "BANK_ACCOUNT":
        return None if re.fullmatch(r"\d{8,12}", value) else "bad account"
    if typ == "SORT_CODE":
        return None if re.fullmatch(r"\d{6}", value) else "bad sort"
    if typ == "IBAN":
        return None if iban_ok(value) else "bad iban"
    if typ == "PHONE":
        return None if re.fullmatch(r"\d{10,13}", value) else "bad phone"
    if typ == "EMAIL":
        return None if re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]+)+", value) else "bad email"
    if typ == "DOB":
        return None if re.fullmatch(r"(19|20)\d{2}-(0[1-9]|1[0-2])-\d{2}", value) else "bad dob"
    if typ == "POSTCODE":
        return None if UK_PC.match(value) or re.fullmatch(r"\d{5}(\d{4})?", value) else "bad postcode"
    if typ == "ADDRESS":
        return None if re.fullmatch(r"\d{1,4} [a-z ]+", value) else "bad address"
    return "unknown type"


def norm_part(typ, text):
    """Normalise the text of one span (or span part) to compare against its canonical part."""
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        return norm_digits(text)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return norm_alnum(text)
    if typ == "EMAIL":
        return norm_email(text)
    return None  # EXPIRY / DOB / ADDRESS: checked structurally via canonical value


# ----------------------------------------------------------------- value generators

def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        return luhn_complete("4" + rng.choice("0123456789"), 16, rng), "visa"
    if kind == "mc":
        return luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, rng), "mastercard"
    if kind == "amex":
        return luhn_complete(rng.choice(["34", "37"]), 15, rng), "amex"
    if kind == "disc":
        return luhn_complete("6011", 16, rng), "discover"
    if kind == "visa13":
        return luhn_complete("4", 13, rng), "visa"
    return luhn_complete(rng.choice(["6759", "6761"]), 19, rng), "maestro"


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return cc + "%02d" % (98 - n % 97) + bban


def rdig(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def gen_iban(rng):
    cc = rng.choice(["GB", "IE", "DE", "NL", "FR", "ES"])
    if cc == "GB":
        b = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + rdig(rng, 14)
    elif cc == "IE":
        b = rng.choice(["AIBK", "BOFI", "IPBS"]) + rdig(rng, 14)
    elif cc == "DE":
        b = rdig(rng, 18)
    elif cc == "NL":
        b = rng.choice(["ABNA", "RABO", "INGB"]) + rdig(rng, 10)
    elif cc == "FR":
        b = rdig(rng, 23)
    else:
        b = rdig(rng, 20)
    return iban_make(cc, b)


NI_P1 = "ABCEGHJKLMNOPRSTWXYZ"
NI_P2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_P1) + rng.choice(NI_P2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(rng, 6) + rng.choice("ABCD")


def gen_ssn(rng):
    a = rng.randrange(1, 900)
    while a == 666:
        a = rng.randrange(1, 900)
    return "%03d%02d%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


def gen_phone(rng, country):
    if country == "UK":
        k = rng.choice(["mob", "mob", "lon", "man"])
        if k == "mob":
            return "07" + rng.choice("3456789") + rdig(rng, 8), "uk mobile"
        if k == "lon":
            return "020" + rng.choice("378") + rdig(rng, 7), "london landline"
        return "0161" + rng.choice("2345689") + rdig(rng, 6), "manchester landline"
    if country == "IE":
        return "08" + rng.choice("35679") + rdig(rng, 7), "irish mobile"
    if country == "EU":
        return "0" + rng.choice("67") + rdig(rng, 8), "french mobile"
    return rng.choice("2345789") + rdig(rng, 2) + rng.choice("2345789") + rdig(rng, 6), "us number"


UK_PCS = ["SW1A 2AA", "M14 5RT", "EH3 9QG", "B33 8TH", "LS6 2DL", "CF10 1EP", "BS8 4RN", "NE1 7RU",
          "G12 8QQ", "CR2 6XH", "DN55 1PT", "W1D 3QF", "L15 0HB", "OX4 1YB", "SE15 4NQ", "BT9 6AD",
          "N16 8RZ", "PL4 0DW", "S11 8YA", "NG7 2RD", "E17 9JB", "KT1 2EE", "RG30 4WF", "TN23 7HX"]
STREETS_UK = ["harrow road", "queens drive", "mill lane", "station road", "church street",
              "victoria avenue", "elm grove", "kingsway close", "brook crescent", "park terrace",
              "abbey gardens", "meadow way", "wellington place", "orchard rise"]
STREETS_US = ["maple avenue", "oak street", "pine ridge drive", "sunset boulevard", "lakeview court",
              "elm street", "washington avenue", "cedar lane", "highland parkway", "river road",
              "birch hollow lane", "madison street"]
STREETS_EU = ["rue de la republique", "avenue victor hugo", "boulevard saint michel", "rue des lilas"]
STREETS_IE = ["griffith avenue", "ranelagh road", "seafield park", "castle street", "dublin road"]
FIRST = ["john", "sarah", "mike", "priya", "aoife", "liam", "chloe", "marek", "fatima", "dave",
         "kelly", "sean", "ana", "tom", "grace", "raj", "niamh", "oliver", "jess", "carlos"]
LAST = ["smith", "obrien", "patel", "kowalski", "nguyen", "jones", "murphy", "garcia", "walsh",
        "khan", "taylor", "brennan", "fischer", "evans", "lopez", "reilly"]
DOMAINS = {"UK": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com"],
           "US": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "comcast.net", "icloud.com"],
           "IE": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie"],
           "EU": ["gmail.com", "web.de", "orange.fr", "outlook.com", "gmx.de"]}


# ----------------------------------------------------------------- case builder

class Case:
    def __init__(self, rng, channel, country):
        self.rng, self.ch, self.country = rng, channel, country
        self.turns = []  # list of (speaker, [segments])
        self.groups = {}  # gid -> (type, canonical full value)
        self.ngroup = 0
        self.tags = []

    def new_group(self, typ, value):
        self.tags.append(typ.lower())
        self.ngroup += 1
        self.groups[self.ngroup] = (typ, value)
        return self.ngroup

    def add(self, speaker, *segs):
        if self.turns and self.turns[-1][0] == speaker:
            if speaker == "agent":
                self.turns[-1][1].extend([" "] + list(segs))
                return
            self.turns.append(("agent", [self.rng.choice(["okay", "i see", "right okay", "mhm", "sure", "okay bear with me"])
                                         if self.ch == "call" else self.rng.choice(["Ok.", "I see.", "Understood.", "Sure."])]))
        self.turns.append((speaker, list(segs)))

    def render(self):
        turns, spans, meta = [], [], []
        for ti, (sp, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, Seg):
                    st = len(text)
                    text += s.text
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                    meta.append(s)
                else:
                    text += s
            if self.ch == "call":
                assert text == text.lower() or True
            turns.append({"speaker": sp, "text": text})
        return turns, spans, meta


def S(c, text, typ, part, gid, fragment=False):
    return Seg(text, typ, part, gid, fragment)


# ---------- opening / problem chatter with non-PII numbers


def money(rng, country):
    amt = rng.randrange(5, 900) + rng.choice([0, 0.5, 0.99, 0.25, 0.49])
    cur = {"UK": "£", "US": "$", "IE": "€", "EU": "€"}[country]
    return amt, cur


def say_money(rng, amt, country):
    whole = int(amt)
    cents = int(round((amt - whole) * 100))
    unit = {"UK": ("pounds", "p"), "US": ("dollars", "cents"), "IE": ("euro", "cent"), "EU": ("euros", "cents")}[country]
    w = num_words(whole)
    if cents:
        return "%s %s %s" % (w, unit[0], num_words(cents)) if rng.random() < 0.5 else \
            "%s %s and %s %s" % (w, unit[0], num_words(cents), unit[1])
    return "%s %s" % (w, unit[0])


def num_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        rest = n % 100
        return UNITS[n // 100] + " hundred" + ("" if rest == 0 else " and " + num_words(rest))
    return num_words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + num_words(n % 1000))


def fmt_amt(amt, cur):
    return "%s%.2f" % (cur, amt) if amt != int(amt) else "%s%d" % (cur, amt)


INDUSTRIES = {
    "banking": ["i think there's a payment on my statement i don't recognise",
                "my direct debit bounced and i got charged a fee"],
    "telecom": ["my broadband has been dropping out every evening",
                "my bill went up and i want to know why"],
    "utilities": ["i want to give a meter reading and query my bill",
                  "i'm moving house and need to close the gas account"],
    "retail": ["my order never turned up", "i want to return a jacket that doesn't fit"],
    "insurance": ["i need to make a claim for a cracked windscreen",
                  "i want to renew my home insurance"],
    "travel": ["i need to change my flight", "my hotel booking was cancelled and i want a refund"],
    "healthcare billing": ["i got a bill for a visit that insurance should have covered",
                           "i want to set up a payment plan for a hospital bill"],
    "government services": ["i'm calling about my tax code", "i need to update my details for my pension"],
}


def chatter(c, industry):
    """Problem-related turns with non-PII numbers. Returns list of (speaker, text)."""
    rng, ch, co = c.rng, c.ch, c.country
    amt, cur = money(rng, co)
    ref = rdig(rng, rng.choice([6, 7, 8]))
    day = rng.randrange(1, 29)
    mon = rng.choice(MONTHS)
    hour = rng.randrange(1, 12)
    mins = rng.choice([15, 30, 45])
    n_items = rng.randrange(2, 6)
    lines = []
    if ch == "call":
        amount = say_money(rng, amt, co)
        refw = Speaker(rng).say(ref, style=rng.choice(["singles", "pairs"]))
        opts = {
            "banking": [("customer", "yeah so there's a payment of %s on the %s of %s that i never made" % (amount, ORD[day], mon)),
                        ("agent", "okay i can see that one it went out at about %s %s in the evening" % (num_words(hour), "thirty" if mins == 30 else "fifteen")),
                        ("customer", "i've had the account about %s years and this never happened" % num_words(n_items + 5))],
            "telecom": [("customer", "it drops out like %s times a night and the speed goes down to %s megs" % (num_words(n_items), num_words(rng.randrange(2, 20)))),
                        ("agent", "i've raised a fault ticket for you that's ticket %s" % refw),
                        ("customer", "and the bill was %s this month which is way more than usual" % amount)],
            "utilities": [("customer", "the meter says %s and the bill was for %s" % (Speaker(rng).say(rdig(rng, 5), style="singles"), amount)),
                          ("agent", "thanks and the reading was taken on the %s of %s" % (ORD[day], mon)),
                          ("customer", "yeah around %s o'clock" % num_words(hour))],
            "retail": [("customer", "the order number is %s i ordered %s items and paid %s" % (refw, num_words(n_items), amount)),
                       ("agent", "i can see it was due on the %s of %s between %s and %s" % (ORD[day], mon, num_words(hour), num_words(hour + 1))),
                       ("customer", "yeah i waited in all day")],
            "insurance": [("customer", "the claim reference is %s it happened on the %s of %s" % (refw, ORD[day], mon)),
                          ("agent", "okay and the excess on your policy is %s" % amount),
                          ("customer", "right and how long does it take usually %s days or so" % num_words(n_items + 3))],
            "travel": [("customer", "the booking reference is %s and the flight was on the %s at %s %s" % (refw, ORD[day], num_words(hour), "thirty" if mins == 30 else "forty five")),
                       ("agent", "i see that's for %s passengers and the fare was %s" % (num_words(n_items), amount)),
                       ("customer", "yeah we were in room %s at the hotel as well" % num_words(rng.randrange(100, 450)))],
            "healthcare billing": [("customer", "the invoice number is %s and it's for %s" % (refw, amount)),
                                   ("agent", "and the date of service was the %s of %s" % (ORD[day], mon)),
                                   ("customer", "yeah i can pay maybe %s a month" % say_money(rng, rng.randrange(20, 90), co))],
            "government services": [("customer", "the letter is dated the %s of %s and says i owe %s" % (ORD[day], mon, amount)),
                                    ("agent", "okay and your case reference is %s is that right" % refw),
                                    ("customer", "yeah i've been waiting %s weeks already" % num_words(n_items + 1))],
        }
    else:
        opts = {
            "banking": [("customer", "There's a payment of %s on %d %s I didn't make" % (fmt_amt(amt, cur), day, mon.title())),
                        ("agent", "I can see it, it went out at %d:%02d pm." % (hour, mins)),
                        ("customer", "I've banked with you for %d years!!" % (n_items + 5))],
            "telecom": [("customer", "wifi drops %dx a night, speed goes down to %d Mbps" % (n_items, rng.randrange(2, 20))),
                        ("agent", "I've logged fault ticket #%s for you." % ref),
                        ("customer", "also my bill was %s this month, usually it's %s" % (fmt_amt(amt, cur), fmt_amt(amt * 0.6, cur)))],
            "utilities": [("customer", "meter reading is %s, taken %d/%d" % (rdig(rng, 5), day, rng.randrange(1, 13))),
                          ("agent", "Thanks, the current balance on the account is %s." % fmt_amt(amt, cur)),
                          ("customer", "ok and the tariff went up %d%% right?" % rng.randrange(3, 20))],
            "retail": [("customer", "Order no. %s, ordered %d items for %s" % (ref, n_items, fmt_amt(amt, cur))),
                       ("agent", "It was due %d %s between %d-%dpm." % (day, mon.title(), hour, hour + 1)),
                       ("customer", "yeah nothing came, waited in all day")],
            "insurance": [("customer", "claim ref %s, happened on %d %s" % (ref, day, mon[:3].title())),
                          ("agent", "Your excess is %s." % fmt_amt(amt, cur)),
                          ("customer", "how long does it usually take, like %d days?" % (n_items + 3))],
            "travel": [("customer", "booking ref %s, flight at %02d:%02d on the %d%s" % (ref, hour + 6, mins, day, "th")),
                       ("agent", "I see %d passengers, total fare %s." % (n_items, fmt_amt(amt, cur))),
                       ("customer", "we were in room %d at the hotel too" % rng.randrange(100, 450))],
            "healthcare billing": [("customer", "Invoice %s for %s" % (ref, fmt_amt(amt, cur))),
                                   ("agent", "Date of service shows as %02d/%02d/2024." % (rng.randrange(1, 13), day)),
                                   ("customer", "can I pay like %s a month" % fmt_amt(rng.randrange(20, 90), cur))],
            "government services": [("customer", "Letter dated %d %s says I owe %s" % (day, mon.title(), fmt_amt(amt, cur))),
                                    ("agent", "Your case reference is %s, correct?" % ref),
                                    ("customer", "yes, been waiting %d weeks" % (n_items + 1))],
        }
    return opts[industry]


# ---------- PII blocks. Each appends turns to case c.

def call_ack(rng):
    return rng.choice(["mhm", "okay go on", "yep", "right", "okay", "uh huh", "got it", "yeah go on"])


def split_groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return [x for x in out if x]


def blk_card(c, with_extras=True):
    rng, sp = c.rng, Speaker(c.rng)
    card, brand = gen_card(rng)
    gid = c.new_group("CARD_NUMBER", card)
    n = len(card)
    sizes = [4, 6, 5] if n == 15 else ([4, 4, 4, 4, 3] if n == 19 else ([4, 4, 5] if n == 13 else [4, 4, 4, 4]))
    parts = split_groups(card, sizes)
    if c.ch == "chat":
        sep = rng.choice([" ", "-", "", " ", "."])
        txt = sep.join(parts)
        if rng.random() < 0.2:
            txt = " ".join(card[i:i + 2] for i in range(0, n, 2)) if rng.random() < 0.5 else txt
        c.add("agent", rng.choice(["Please type the long card number.", "What's the card number?", "Can you give me the 16 digit number on the card pls"]))
        pre = rng.choice(["sure its ", "", "ok: ", "card is ", "it's a %s, " % brand])
        post = rng.choice(["", " thanks", " (the %s one)" % brand, "  ", "!"])
        c.add("customer", pre, S(c, txt, "CARD_NUMBER", card, gid), post)
    else:
        c.add("agent", rng.choice(["okay can i take the long number on the front of the card",
                                   "and what's the card number please", "go ahead with the sixteen digits when you're ready"]))
        mode = rng.choice(["split", "split", "one", "correct", "filler"])
        c.tags.append("card " + mode)
        if mode == "one":
            c.add("customer", rng.choice(["yeah it's ", "it's a %s so ", "okay "]).replace("%s", brand),
                  S(c, sp.many(parts, homo=True), "CARD_NUMBER", card, gid))
        elif mode == "filler":
            a, b = parts[:2], parts[2:]
            t1 = sp.many(a, homo=True)
            t2 = sp.many(b, homo=True)
            filler = rng.choice([" um ", " hang on ", " er sorry "])
            c.add("customer", "yeah it's ", S(c, t1 + filler + t2, "CARD_NUMBER", card, gid))
        elif mode == "correct":
            wrong = parts[1][:-1] + str((int(parts[1][-1]) + 3) % 10)
            c.add("customer", S(c, sp.say(parts[0]), "CARD_NUMBER", parts[0], gid), " ",
                  S(c, sp.say(wrong), "CARD_NUMBER", wrong, gid, fragment=True),
                  rng.choice([" no sorry ", " oh wait no ", " sorry scratch that "]),
                  S(c, sp.many(parts[1:]), "CARD_NUMBER", "".join(parts[1:]), gid))
        else:
            for k, p in enumerate(parts):
                if k:
                    c.add("agent", call_ack(rng))
                pre = rng.choice(["", "", "um ", "right "]) if k == 0 else rng.choice(["", "", "then ", "and "])
                c.add("customer", pre, S(c, sp.say(p, homo=True), "CARD_NUMBER", p, gid))
        if rng.random() < 0.4:
            c.tags.append("agent read-back")
            c.add("agent", "let me read that back ", S(c, sp.many(parts, style="singles"), "CARD_NUMBER", card, gid), " is that right")
            c.add("customer", rng.choice(["yep that's it", "yes", "that's correct"]))
    if with_extras:
        if rng.random() < 0.8:
            blk_expiry(c)
        if rng.random() < 0.7:
            blk_cvv(c, brand)


def blk_expiry(c):
    rng, sp = c.rng, Speaker(c.rng)
    m = rng.randrange(1, 13)
    y = rng.randrange(25, 33)
    val = "%02d%02d" % (m, y)
    gid = c.new_group("EXPIRY", val)
    if c.ch == "chat":
        txt = rng.choice(["%02d/%02d", "%02d/20%02d", "%d/%02d", "%02d-%02d", "%02d %02d"]) % (m, y)
        if rng.random() < 0.25:
            txt = "%s %d" % (MONTHS[m - 1][:3].title(), 2000 + y)
        c.add("agent", "And the expiry date?")
        c.add("customer", rng.choice(["exp ", "", "expires ", "valid thru "]), S(c, txt, "EXPIRY", val, gid))
    else:
        c.add("agent", rng.choice(["and the expiry date", "what's the expiry on it", "and when does it expire"]))
        form = rng.choice(["digits", "month", "pairs"])
        if form == "digits":
            txt = sp.singles("%02d" % m) + " " + sp.singles("%02d" % y, runs=False)
        elif form == "month":
            txt = MONTHS[m - 1] + " " + rng.choice(["twenty ", "twenty ", "two thousand and "]) + num_words(y)
        else:
            txt = sp.pair("%02d" % m) + " " + num_words(y)
        c.add("customer", rng.choice(["it's ", "expires ", "uh ", ""]), S(c, txt, "EXPIRY", val, gid))


def blk_cvv(c, brand="visa"):
    rng, sp = c.rng, Speaker(c.rng)
    val = rdig(rng, 4 if brand == "amex" else 3)
    gid = c.new_group("CVV", val)
    if c.ch == "chat":
        c.add("agent", rng.choice(["And the 3 digits on the back?", "Security code please (CVV)", "Last step - the CVC on the back"]))
        c.add("customer", rng.choice(["", "cvv ", "its ", "code: "]), S(c, val, "CVV", val, gid))
    else:
        c.add("agent", rng.choice(["and the three digit security code on the back", "and the last three digits on the signature strip",
                                   "and the security number please"]))
        c.add("customer", rng.choice(["", "it's ", "um ", "that's "]), S(c, sp.say(val, homo=True, style="singles"), "CVV", val, gid))


def blk_ssn(c):
    rng, sp = c.rng, Speaker(c.rng)
    val = gen_ssn(rng)
    gid = c.new_group("SSN", val)
    if c.ch == "chat":
        txt = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (val[:3], val[3:5], val[5:])
        c.add("agent", rng.choice(["To verify, can you provide your Social Security number?", "I'll need your SSN to pull up the record.", "Please confirm your full SSN"]))
        c.add("customer", rng.choice(["sure, ", "", "ssn is ", "ok "]), S(c, txt, "SSN", val, gid),
              rng.choice(["", " - is this chat secure?", " thx"]))
    else:
        c.add("agent", rng.choice(["can i get your social security number please", "and your social", "i'll just need your ssn to verify"]))
        mode = rng.choice(["one", "split", "split", "last4"])
        c.tags.append("ssn " + mode)
        if mode == "one":
            c.add("customer", rng.choice(["yeah it's ", "sure ", "okay "]),
                  S(c, sp.many([val[:3], val[3:5], val[5:]]), "SSN", val, gid))
        elif mode == "split":
            a, b, d = val[:3], val[3:5], val[5:]
            c.add("customer", "it's ", S(c, sp.say(a, homo=True), "SSN", a, gid))
            c.add("agent", call_ack(rng))
            c.add("customer", S(c, sp.say(b), "SSN", b, gid))
            c.add("agent", call_ack(rng))
            c.add("customer", S(c, sp.say(d), "SSN", d, gid), rng.choice(["", " that's it", " yeah"]))
        else:
            c.add("customer", "do you need all of it or just the last four")
            c.add("agent", "the full nine digits please")
            c.add("customer", "oh okay ", S(c, sp.say(val, homo=True), "SSN", val, gid))


def blk_ni(c):
    rng, sp = c.rng, Speaker(c.rng)
    val = gen_ni(rng)
    gid = c.new_group("NI_NUMBER", val)
    if c.ch == "chat":
        f = rng.choice(["plain", "spaced", "lower", "spaced_lower", "dash"])
        if f == "plain":
            txt = val
        elif f == "spaced":
            txt = "%s %s %s %s %s" % (val[:2], val[2:4], val[4:6], val[6:8], val[8])
        elif f == "lower":
            txt = val.lower()
        elif f == "dash":
            txt = "%s-%s-%s-%s-%s" % (val[:2], val[2:4], val[4:6], val[6:8], val[8])
        else:
            txt = ("%s %s %s" % (val[:2], val[2:8], val[8])).lower()
        c.add("agent", rng.choice(["Could you confirm your National Insurance number?", "What is your NI number please?", "I need your NINO to find the record"]))
        c.add("customer", rng.choice(["", "it's ", "NI: ", "yes "]), S(c, txt, "NI_NUMBER", val, gid), rng.choice(["", " ta", " cheers"]))
    else:
        c.add("agent", rng.choice(["can you give me your national insurance number", "and your n i number please", "what's your national insurance number"]))
        lstyle = rng.choice(["plain", "nato", "natoonly"])
        letters = " ".join(sp.letter(ch_, lstyle) for ch_ in val[:2])
        last = sp.letter(val[8], rng.choice(["plain", "nato"]))
        dstyle = rng.choice(["singles", "pairs"])
        digs = sp.say(val[2:8], letters=True, style=dstyle)
        mode = rng.choice(["one", "split", "split3"])
        c.tags.append("ni %s %s letters %s digits" % (mode, lstyle, dstyle))
        if mode == "one":
            c.add("customer", rng.choice(["yeah it's ", "it's ", "okay so "]), S(c, letters + " " + digs + " " + last, "NI_NUMBER", val, gid))
        elif mode == "split":
            c.add("customer", S(c, letters, "NI_NUMBER", val[:2], gid))
            c.add("agent", call_ack(rng))
            c.add("customer", S(c, digs + " " + last, "NI_NUMBER", val[2:], gid))
        else:
            c.add("customer", "it's ", S(c, letters + " " + sp.say(val[2:4], letters=True, style=dstyle), "NI_NUMBER", val[:4], gid))
            c.add("agent", call_ack(rng))
            c.add("customer", S(c, sp.say(val[4:8], letters=True, style=dstyle), "NI_NUMBER", val[4:8], gid))
            c.add("agent", "and the letter at the end")
            c.add("customer", S(c, last, "NI_NUMBER", val[8], gid))
        if rng.random() < 0.3:
            c.tags.append("agent read-back")
            c.add("agent", "so that's ", S(c, " ".join(sp.letter(x, "plain") if x.isalpha() else sp.digit(x, True) for x in val), "NI_NUMBER", val, gid))
            c.add("customer", "yes")


def blk_bank(c):
    rng, sp = c.rng, Speaker(c.rng)
    if c.country == "US":
        acct = rdig(rng, rng.choice([10, 11, 12]))
        gid = c.new_group("BANK_ACCOUNT", acct)
        if c.ch == "chat":
            c.add("agent", "What's the checking account number for the autopay?")
            c.add("customer", rng.choice(["acct ", "", "checking is "]), S(c, acct, "BANK_ACCOUNT", acct, gid),
                  rng.choice(["", " (routing is on the check)", " thanks"]))
        else:
            c.add("agent", "and the account number for the checking account")
            c.add("customer", "okay it's ", S(c, sp.say(acct, homo=True), "BANK_ACCOUNT", acct, gid))
        return
    acct = rdig(rng, 8)
    sc = rdig(rng, 6)
    g1 = c.new_group("SORT_CODE", sc)
    g2 = c.new_group("BANK_ACCOUNT", acct)
    if c.ch == "chat":
        sct = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        if rng.random() < 0.5:
            c.add("agent", "Please send the sort code and account number for the refund.")
            c.add("customer", rng.choice(["sort code ", "sc "]), S(c, sct, "SORT_CODE", sc, g1),
                  rng.choice([" acc ", " account no. ", ", account "]), S(c, acct, "BANK_ACCOUNT", acct, g2))
        else:
            c.add("agent", "What's the sort code?")
            c.add("customer", S(c, sct, "SORT_CODE", sc, g1))
            c.add("agent", "And the account number?")
            c.add("customer", rng.choice(["", "its "]), S(c, acct[:4] + rng.choice(["", " "]) + acct[4:], "BANK_ACCOUNT", acct, g2))
    else:
        c.add("agent", rng.choice(["can i take the sort code please", "what's the sort code of the account"]))
        style = rng.choice(["pairs", "singles"])
        c.add("customer", rng.choice(["it's ", "", "yeah "]), S(c, sp.say(sc, style=style), "SORT_CODE", sc, g1))
        c.add("agent", "and the eight digit account number")
        if rng.random() < 0.5:
            c.add("customer", S(c, sp.say(acct[:4], homo=True), "BANK_ACCOUNT", acct[:4], g2))
            c.add("agent", call_ack(rng))
            c.add("customer", S(c, sp.say(acct[4:], homo=True), "BANK_ACCOUNT", acct[4:], g2))
        else:
            c.add("customer", "hang on let me get my card out ", rng.choice(["okay ", "right "]),
                  S(c, sp.say(acct, homo=True), "BANK_ACCOUNT", acct, g2))


def blk_sort_only(c):
    rng, sp = c.rng, Speaker(c.rng)
    sc = rdig(rng, 6)
    g = c.new_group("SORT_CODE", sc)
    if c.ch == "chat":
        c.add("customer", "my old bank had sort code ", S(c, "%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE", sc, g), " if that matters")
    else:
        c.add("customer", "the sort code's ", S(c, sp.say(sc, style=rng.choice(["pairs", "mixed"])), "SORT_CODE", sc, g),
              " and it's with the same branch")


def blk_iban(c):
    rng, sp = c.rng, Speaker(c.rng)
    val = gen_iban(rng)
    gid = c.new_group("IBAN", val)
    if c.ch == "chat":
        f = rng.choice(["groups", "plain", "lower"])
        txt = " ".join(val[i:i + 4] for i in range(0, len(val), 4)) if f == "groups" else (val if f == "plain" else val.lower())
        c.add("agent", rng.choice(["Please send the IBAN for the refund.", "What IBAN should we pay into?"]))
        c.add("customer", rng.choice(["IBAN: ", "", "here: "]), S(c, txt, "IBAN", val, gid))
    else:
        c.add("agent", "and the iban for the transfer please")
        lst = rng.choice(["plain", "nato"])

        def say_chunk(ch_):
            out = []
            i = 0
            while i < len(ch_):
                if ch_[i].isalpha():
                    out.append(sp.letter(ch_[i], lst))
                    i += 1
                else:
                    j = i
                    while j < len(ch_) and ch_[j].isdigit():
                        j += 1
                    out.append(sp.say(ch_[i:j], letters=True, style="singles"))
                    i = j
            return " ".join(out)
        chunks = [val[i:i + 4] for i in range(0, len(val), 4)]
        if rng.random() < 0.5:
            c.add("customer", "okay it's ", S(c, " ".join(say_chunk(x) for x in chunks), "IBAN", val, gid))
        else:
            half = len(chunks) // 2
            a, b = "".join(chunks[:half]), "".join(chunks[half:])
            c.add("customer", "right ", S(c, " ".join(say_chunk(x) for x in chunks[:half]), "IBAN", a, gid))
            c.add("agent", call_ack(rng))
            c.add("customer", S(c, " ".join(say_chunk(x) for x in chunks[half:]), "IBAN", b, gid), " that's the lot")


def blk_phone(c):
    rng, sp = c.rng, Speaker(c.rng)
    val, kind = gen_phone(rng, c.country)
    intl = rng.random() < 0.3
    if intl:
        cc = {"UK": "44", "IE": "353", "EU": "33", "US": "1"}[c.country]
        canon = cc + (val[1:] if c.country != "US" else val)
    else:
        canon = val
    gid = c.new_group("PHONE", canon)
    if c.ch == "chat":
        if intl:
            txt = "+" + cc + " " + (val[1:4] + " " + val[4:7] + " " + val[7:] if c.country != "US" else "(%s) %s-%s" % (val[:3], val[3:6], val[6:]))
        elif c.country == "US":
            txt = rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (val[:3], val[3:6], val[6:])
        else:
            txt = rng.choice([val, val[:5] + " " + val[5:], val[:4] + " " + val[4:7] + " " + val[7:]]) if c.country == "UK" else \
                rng.choice([val, val[:3] + " " + val[3:6] + " " + val[6:], val[:3] + "-" + val[3:]])
        c.add("agent", rng.choice(["Best number to reach you on?", "Can I get a contact number in case we get cut off?"]))
        c.add("customer", rng.choice(["", "mobile is ", "call me on ", "its "]), S(c, txt, "PHONE", canon, gid),
              rng.choice(["", " after 5pm pls", " anytime"]))
    else:
        c.add("agent", rng.choice(["and what's the best number to call you back on", "can i take a contact number in case we get cut off"]))
        if intl:
            head = "plus " + sp.say(cc, style="singles")
            rest = val[1:] if c.country != "US" else val
            c.add("customer", "it's ", S(c, head + " " + sp.say(rest, homo=True), "PHONE", canon, gid))
        elif rng.random() < 0.5:
            a, b = val[:5], val[5:]
            c.add("customer", S(c, sp.say(a, homo=True), "PHONE", a, gid))
            c.add("agent", call_ack(rng))
            c.add("customer", S(c, sp.say(b, homo=True), "PHONE", b, gid), rng.choice(["", " that's my mobile"]))
        else:
            c.add("customer", rng.choice(["yeah it's ", "the mobile's ", ""]), S(c, sp.say(val, homo=True), "PHONE", canon, gid))


def say_email_local(sp, rng, local):
    out = []
    for piece in re.findall(r"[a-z]+|[0-9]+|[._-]", local):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        elif piece == "-":
            out.append("dash")
        elif piece.isdigit():
            out.append(sp.pairs(piece) if len(piece) == 2 and piece[0] != "0" else sp.singles(piece, letters=True, runs=False))
        elif len(piece) > 1 and rng.random() < 0.3:
            out.append(" ".join(piece))  # spelled out
        else:
            out.append(piece)
    return " ".join(out)


def blk_email(c):
    rng, sp = c.rng, Speaker(c.rng)
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%d" % (f, l, rng.randrange(10, 99)),
                        "%s%d" % (f, rng.randrange(70, 99)), "%s-%s" % (l, f)])
    dom = rng.choice(DOMAINS[c.country])
    val = local + "@" + dom
    gid = c.new_group("EMAIL", val)
    if c.ch == "chat":
        txt = val if rng.random() < 0.7 else val.replace(f, f.title(), 1)
        c.add("agent", rng.choice(["What email should we send the confirmation to?", "Can you confirm the email on the account?"]))
        c.add("customer", rng.choice(["", "it's ", "email: "]), S(c, txt, "EMAIL", val.lower(), gid),
              rng.choice(["", " (not the work one)", " thanks"]))
    else:
        c.add("agent", rng.choice(["and an email address for the confirmation", "what's the email on the account"]))
        dtxt = " dot ".join(dom.split("."))
        ltxt = say_email_local(sp, rng, local)
        if rng.random() < 0.5:
            c.add("customer", rng.choice(["it's ", "yeah it's "]), S(c, ltxt + " at " + dtxt, "EMAIL", val, gid))
        else:
            c.add("customer", S(c, ltxt, "EMAIL", local, gid))
            c.add("agent", "mhm at")
            c.add("customer", S(c, "at " + dtxt, "EMAIL", "@" + dom, gid))


def blk_dob(c):
    rng, sp = c.rng, Speaker(c.rng)
    y, m, d = rng.randrange(1938, 2005), rng.randrange(1, 13), rng.randrange(1, 29)
    val = "%04d-%02d-%02d" % (y, m, d)
    gid = c.new_group("DOB", val)
    us = c.country == "US"
    if c.ch == "chat":
        txt = rng.choice([("%02d/%02d/%04d" % ((m, d, y) if us else (d, m, y))),
                          "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                          "%s %d, %d" % (MONTHS[m - 1][:3].title(), d, y),
                          "%02d.%02d.%02d" % (d, m, y % 100) if not us else "%d/%d/%02d" % (m, d, y % 100)])
        c.add("agent", rng.choice(["Can you confirm your date of birth?", "For security, what's your DOB?"]))
        c.add("customer", rng.choice(["", "dob ", "born "]), S(c, txt, "DOB", val, gid))
    else:
        c.add("agent", rng.choice(["and can you confirm your date of birth", "and your date of birth please"]))
        yw = sp.pair(str(y)[:2]) + " " + (sp.pair(str(y)[2:]) if str(y)[2] != "0" else "oh " + UNITS[y % 10])
        if y >= 2000:
            yw = "two thousand and " + num_words(y - 2000) if rng.random() < 0.5 else "two thousand " + num_words(y - 2000)
            if y == 2000:
                yw = "two thousand"
        form = rng.choice(["ord", "us", "digits"])
        if form == "ord" and not us:
            txt = "the %s of %s %s" % (ORD[d], MONTHS[m - 1], yw)
        elif form == "digits":
            a, b = (m, d) if us else (d, m)
            txt = "%s %s %s" % (sp.pair("%02d" % a), sp.pair("%02d" % b), yw)
        else:
            txt = "%s %s %s" % (MONTHS[m - 1], ORD[d], yw)
        c.add("customer", rng.choice(["it's ", "", "yeah "]), S(c, txt, "DOB", val, gid))


def blk_address(c):
    rng, sp = c.rng, Speaker(c.rng)
    num = rng.randrange(1, 400)
    street = rng.choice(STREETS_US if c.country == "US" else (STREETS_IE if c.country == "IE" else (STREETS_EU if c.country == "EU" else STREETS_UK)))
    val = "%d %s" % (num, street)
    g = c.new_group("ADDRESS", val)
    if c.country == "US":
        pc = rdig(rng, 5) + (rdig(rng, 4) if rng.random() < 0.2 else "")
    elif c.country in ("IE", "EU"):
        pc = None
    else:
        pc = rng.choice(UK_PCS).replace(" ", "")
    gp = c.new_group("POSTCODE", pc) if pc else None
    if c.ch == "chat":
        st = street.title() if rng.random() < 0.6 else street
        at = ("%d %s" if rng.random() < 0.7 else "%d, %s") % (num, st)
        if rng.random() < 0.3:
            at = (("Apt %d, " if c.country == "US" else "Flat %d, ") % rng.randrange(1, 9)) + at
            # flat part stays outside the span
            c.add("agent", "What's the new address?")
            c.add("customer", at[:at.index(",") + 2], S(c, at[at.index(",") + 2:], "ADDRESS", val, g),
                  *(([", ", S(c, pcfmt(pc, rng), "POSTCODE", pc, gp)]) if pc else []))
        else:
            c.add("agent", "What's the new address?")
            c.add("customer", S(c, at, "ADDRESS", val, g),
                  *(([rng.choice([", ", " ", " - "]), S(c, pcfmt(pc, rng), "POSTCODE", pc, gp)]) if pc else []))
    else:
        c.add("agent", rng.choice(["and what's the first line of the address", "can you confirm the address on the account"]))
        numw = num_words(num) if rng.random() < 0.5 else Speaker(rng).singles(str(num), runs=False)
        c.add("customer", rng.choice(["it's ", "yeah ", "", "we're at "]), S(c, numw + " " + street, "ADDRESS", val, g))
        if pc:
            c.add("agent", rng.choice(["and the postcode", "and the postcode please", "and your postcode"]) if c.country != "US" else rng.choice(["and the zip code", "and the zip"]))
            if c.country == "US":
                t = sp.say(pc[:5], letters=True, style=rng.choice(["singles", "pairs"]))
                c.add("customer", S(c, t, "POSTCODE", pc[:5] + pc[5:], gp) if len(pc) == 5 else
                      S(c, t + " dash " + sp.say(pc[5:], letters=True), "POSTCODE", pc, gp))
            else:
                c.add("customer", rng.choice(["", "it's ", "um "]), S(c, say_pc(sp, rng, pc), "POSTCODE", pc, gp))


def pcfmt(pc, rng):
    if pc.isdigit():
        return pc if len(pc) == 5 else pc[:5] + "-" + pc[5:]
    t = pc[:-3] + " " + pc[-3:]
    return t.lower() if rng.random() < 0.3 else (pc if rng.random() < 0.2 else t)


def say_pc(sp, rng, pc):
    lst = rng.choice(["plain", "nato", "plain"])
    out = []
    for ch_ in pc:
        out.append(sp.letter(ch_, lst) if ch_.isalpha() else sp.digit(ch_, True))
    return " ".join(out)


BLOCKS = {"CARD_NUMBER": blk_card, "SSN": blk_ssn, "NI_NUMBER": blk_ni, "BANK_ACCOUNT": blk_bank,
          "SORT_CODE": blk_sort_only, "IBAN": blk_iban, "PHONE": blk_phone, "EMAIL": blk_email,
          "DOB": blk_dob, "ADDRESS": blk_address, "POSTCODE": blk_address, "CVV": blk_cvv,
          "EXPIRY": blk_expiry}
COUNTRY_OK = {"SSN": ["US"], "NI_NUMBER": ["UK"], "SORT_CODE": ["UK"], "IBAN": ["IE", "EU", "UK"],
              "POSTCODE": ["UK", "US"], "BANK_ACCOUNT": ["UK", "US", "IE"]}


def opening(c, industry):
    rng = c.rng
    if c.ch == "call":
        c.add("agent", rng.choice(["thank you for calling how can i help today", "hi you're through to customer services my name's %s how can i help" % rng.choice(FIRST)]))
        c.add("customer", rng.choice(["hi yeah ", "hiya ", "hello um "]) + rng.choice(INDUSTRIES[industry]))
    else:
        c.add("agent", "Hi, you're chatting with %s. How can I help?" % rng.choice(FIRST).title())
        c.add("customer", rng.choice(["hi ", "Hello, ", "hey - "]) + rng.choice(INDUSTRIES[industry]))


def closing(c):
    rng = c.rng
    if c.ch == "call":
        c.add("agent", rng.choice(["okay that's all sorted is there anything else", "lovely that's all updated for you"]))
        c.add("customer", rng.choice(["no that's everything thanks", "no that's great cheers bye", "that's it thank you"]))
    else:
        c.add("agent", "All done! Anything else I can help with?")
        c.add("customer", rng.choice(["no thats all thx", "No, thanks for your help!", "nope ty"]))


def resolution(c):
    rng = c.rng
    amt, cur = money(rng, c.country)
    days = rng.randrange(3, 11)
    if c.ch == "call":
        c.add("agent", rng.choice([
            "so i've put a credit of %s on the account and you'll see it in %s to %s working days" % (say_money(rng, amt, c.country), num_words(days - 2), num_words(days)),
            "right i've booked that in for the %s of %s between %s and %s" % (ORD[rng.randrange(1, 29)], rng.choice(MONTHS), num_words(rng.randrange(8, 11)), num_words(rng.randrange(1, 5))),
            "okay your new monthly payment will be %s starting on the %s" % (say_money(rng, rng.randrange(15, 80), c.country), ORD[rng.randrange(1, 29)]),
            "i've raised that and your complaint reference is %s keep that handy" % Speaker(rng).say(rdig(rng, 7), style="singles")]))
        c.add("customer", rng.choice(["okay brilliant", "and that'll definitely be done by then", "great thanks so much", "how long did you say sorry"]))
        if rng.random() < 0.5:
            c.add("agent", rng.choice(["yeah within %s days at the latest" % num_words(days), "it should be there within %s hours" % num_words(rng.choice([24, 48, 72]))]))
    else:
        c.add("agent", rng.choice([
            "I've applied a credit of %s - it will show within %d-%d working days." % (fmt_amt(amt, cur), days - 2, days),
            "Booked for %d %s, %d-%dpm." % (rng.randrange(1, 29), rng.choice(MONTHS).title(), rng.randrange(1, 4), rng.randrange(4, 7)),
            "Your new monthly payment is %s from %02d/%02d." % (fmt_amt(rng.randrange(15, 80), cur), rng.randrange(1, 29), rng.randrange(1, 13)),
            "Complaint ref: %s" % rdig(rng, 7)]))
        c.add("customer", rng.choice(["great thanks", "ok so by the %dth?" % rng.randrange(4, 28), "perfect"]))


def make_positive(rng, idx, focus):
    ch = rng.choice(["call", "call", "chat"])
    country = rng.choice(COUNTRY_OK.get(focus, ["UK", "US", "IE", "EU"]))
    industry = rng.choice(sorted(INDUSTRIES))
    if focus in ("SSN",):
        industry = rng.choice(["banking", "healthcare billing", "government services", "insurance"])
    if focus == "NI_NUMBER":
        industry = rng.choice(["government services", "banking", "insurance", "utilities"])
    c = Case(rng, ch, country)
    opening(c, industry)
    chat = chatter(c, industry)
    c.add(*chat[0])
    c.add(*chat[1])
    # verification block
    extras = [t for t in ["DOB", "ADDRESS", "PHONE", "EMAIL"] if t != focus]
    rng.shuffle(extras)
    if rng.random() < 0.5 and focus != "CARD_NUMBER":
        BLOCKS[extras[0]](c)
    BLOCKS[focus](c)
    if len(c.turns) < 15:
        c.add(*chat[2])
    if rng.random() < 0.5 and len(c.turns) < 14 and focus != "CARD_NUMBER":
        second = rng.choice([t for t in ["CARD_NUMBER", "PHONE", "EMAIL", "DOB", "ADDRESS"] if t != focus])
        BLOCKS[second](c)
    if len(c.turns) < 16:
        resolution(c)
    closing(c)
    turns, spans, meta = c.render()
    note = "%s/%s: %s-focused whole %s (%s); %s" % (ch, industry, focus.lower(), ch, country, ", ".join(dict.fromkeys(c.tags)))
    return c, turns, spans, meta, note


def make_negative(rng, idx):
    ch = rng.choice(["call", "call", "chat"])
    country = rng.choice(["UK", "US", "IE", "EU"])
    industry = rng.choice(sorted(INDUSTRIES))
    c = Case(rng, ch, country)
    opening(c, industry)
    for sp_, t in chatter(c, industry):
        c.add(sp_, t)
    extra = neg_extra(c)
    for sp_, t in extra:
        c.add(sp_, t)
    closing(c)
    turns, spans, meta = c.render()
    return c, turns, spans, meta, "%s/%s: negative, non-PII numbers only (%s)" % (ch, industry, country)


def neg_extra(c):
    rng, sp = c.rng, Speaker(c.rng)
    amt, cur = money(rng, c.country)
    out = []
    pool = []
    if c.ch == "call":
        pool = [
            [("agent", "so your balance is %s and the next payment of %s goes out on the %s of %s" %
              (say_money(rng, amt, c.country), say_money(rng, rng.randrange(10, 99), c.country), ORD[rng.randrange(1, 29)], rng.choice(MONTHS)))],
            [("agent", "your reference number for today is %s" % sp.say(rdig(rng, rng.choice([8, 9, 10])))),
             ("customer", "sorry can you repeat that"), ("agent", "yeah it's reference %s" % sp.say(rdig(rng, 8), style="singles"))],
            [("customer", "i'm %s years old and i've never had this happen" % num_words(rng.randrange(22, 90)))],
            [("agent", "the engineer can come on %s the %s between %s and %s" % (rng.choice(["monday", "tuesday", "friday"]), ORD[rng.randrange(1, 29)], num_words(rng.randrange(7, 11)), num_words(rng.randrange(1, 5))))],
            [("customer", "the model number on the back is %s %s %s" % (rng.choice(["x", "t", "k"]), sp.say(rdig(rng, 3), style="pairs"), rng.choice(["pro", "plus", "mini"])))],
            [("agent", "it's a twelve month contract starting the %s of %s twenty %s at %s a month" % (ORD[rng.randrange(1, 29)], rng.choice(MONTHS), num_words(rng.randrange(24, 27)), say_money(rng, rng.randrange(15, 60), c.country)))],
            [("customer", "the flight is %s %s at %s fifteen" % (rng.choice(["b a", "e i", "u a", "f r"]), sp.say(rdig(rng, 3), style="pairs"), num_words(rng.randrange(1, 12))))],
            [("customer", "it's about %s percent more than last year and the heating's on at %s degrees" % (num_words(rng.randrange(5, 40)), num_words(rng.randrange(17, 23))))],
            [("agent", "you've been on hold for %s minutes i do apologise" % num_words(rng.randrange(5, 40))), ("customer", "it's fine it's been about %s calls this week" % num_words(rng.randrange(2, 6)))],
        ]
    else:
        pool = [
            [("agent", "Your balance is %s; the next payment of %s is due %d/%d." % (fmt_amt(amt, cur), fmt_amt(rng.randrange(10, 99), cur), rng.randrange(1, 29), rng.randrange(1, 13)))],
            [("agent", "Your reference is %s" % rdig(rng, rng.choice([8, 9, 10]))), ("customer", "ok noted ref %s" % rdig(rng, 7))],
            [("customer", "I'm %d and never had this issue" % rng.randrange(22, 90))],
            [("agent", "Engineer slot: Tue %d %s, 8am-1pm" % (rng.randrange(1, 29), rng.choice(MONTHS)[:3].title()))],
            [("customer", "model no. %s-%s, bought %d" % (rng.choice(["XR", "TX", "KD"]), rdig(rng, 4), rng.randrange(2015, 2025)))],
            [("agent", "12-month contract from %02d/%02d/2025 at %s/month" % (rng.randrange(1, 29), rng.randrange(1, 13), fmt_amt(rng.randrange(15, 60), cur)))],
            [("customer", "flight %s%d at %02d:%02d, gate %d" % (rng.choice(["BA", "EI", "UA", "FR"]), rng.randrange(100, 9999), rng.randrange(0, 24), rng.choice([5, 15, 40]), rng.randrange(1, 60)))],
            [("customer", "price went up %d%%, and the heating is set to %d°C" % (rng.randrange(5, 40), rng.randrange(17, 23)))],
            [("customer", "waited %d mins on hold, %d times this week" % (rng.randrange(5, 40), rng.randrange(2, 6)))],
            [("agent", "Ticket #%s has been escalated; expect a reply within 48 hours." % rdig(rng, 6))],
        ]
    rng.shuffle(pool)
    for grp in pool[:rng.randrange(2, 5)]:
        out.extend(grp)
    return out


# ----------------------------------------------------------------- build / check

FOCUS_PLAN = (["CARD_NUMBER"] * 26 + ["SSN"] * 27 + ["NI_NUMBER"] * 24 + ["BANK_ACCOUNT"] * 14 +
              ["SORT_CODE"] * 10 + ["IBAN"] * 16 + ["PHONE"] * 11 + ["EMAIL"] * 14 + ["DOB"] * 12 +
              ["ADDRESS"] * 10 + ["POSTCODE"] * 8)
N_NEG = 105


def build():
    rng = random.Random(SEED)
    records, problems = [], []
    plan = list(FOCUS_PLAN)
    rng.shuffle(plan)
    for i, focus in enumerate(plan, 1):
        while True:
            c, turns, spans, meta, note = make_positive(rng, i, focus)
            if len(turns) <= 20:
                break
        rid = "h310-pos-%03d" % i
        records.append({"id": rid, "kind": "positive", "turns": turns, "spans": spans, "note": note})
        problems += verify_case(rid, c, turns, spans, meta)
    for i in range(1, N_NEG + 1):
        c, turns, spans, meta, note = make_negative(rng, i)
        rid = "h310-neg-%03d" % i
        records.append({"id": rid, "kind": "negative", "turns": turns, "spans": [], "note": note})
    return records, problems


def verify_case(rid, c, turns, spans, meta):
    probs = []
    # part normalisation
    by_group = {}
    for sp_, m in zip(spans, meta):
        txt = turns[sp_["turn"]]["text"][sp_["start"]:sp_["end"]]
        if txt != m.text:
            probs.append("%s: span text mismatch" % rid)
        n = norm_part(m.typ, txt)
        if n is not None and n != m.part:
            probs.append("%s: %s part %r normalises to %r, expected %r" % (rid, m.typ, txt, n, m.part))
        if not m.fragment:
            by_group.setdefault(m.group, []).append(m.part)
    for gid, (typ, val) in c.groups.items():
        err = validate(typ, val)
        if err:
            probs.append("%s: %s %r" % (rid, err, val))
        if typ in ("DOB", "ADDRESS", "EXPIRY"):
            continue
        # concatenation of first reading must equal the value (readbacks repeat it)
        parts = "".join(by_group.get(gid, []))
        if not parts or len(parts) % len(val) != 0 or parts != val * (len(parts) // len(val)):
            probs.append("%s: %s group parts %r != %r" % (rid, typ, parts, val))
    return probs


def check_records(records):
    probs = []
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        probs.append("duplicate ids")
    for r in records:
        if r["kind"] == "negative" and r["spans"]:
            probs.append("%s: negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            probs.append("%s: positive without spans" % r["id"])
        if not (1 <= len(r["turns"]) <= 40):
            probs.append("%s: bad turn count" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                probs.append("%s: bad speaker" % r["id"])
        seen = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                probs.append("%s: bad type %s" % (r["id"], s["type"]))
            if not (0 <= s["turn"] < len(r["turns"])):
                probs.append("%s: turn out of range" % r["id"])
                continue
            text = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                probs.append("%s: offsets out of range" % r["id"])
                continue
            if text[a:b] != text[a:b].strip():
                probs.append("%s: span has edge whitespace" % r["id"])
            if (a > 0 and text[a - 1].isalnum() and text[a].isalnum()) or (b < len(text) and text[b].isalnum() and text[b - 1].isalnum()):
                probs.append("%s: span not on word boundary %r" % (r["id"], text[a:b]))
            for (x, y) in seen.get(s["turn"], []):
                if a < y and x < b:
                    probs.append("%s: overlapping spans" % r["id"])
            seen.setdefault(s["turn"], []).append((a, b))
    return probs


def dump(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def counts(records):
    cnt = Counter(s["type"] for r in records for s in r["spans"])
    pos = sum(r["kind"] == "positive" for r in records)
    neg = sum(r["kind"] == "negative" for r in records)
    return cnt, pos, neg


def readme(records):
    cnt, pos, neg = counts(records)
    lens = [len(r["turns"]) for r in records]
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h310

**Never use this set for tuning.** It is a held-out evaluation set; looking at failures
and changing the redactor to fix them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent author who did not see the redaction
code, its tests, its docs or the other fixture sets (only a 3-line JSONL format example).
Generated by `scripts/make_pii_holdout310.py` (standard library only, one
`random.Random(%d)`, byte-for-byte reproducible). Each turn is assembled from plain text
segments and labelled (value, TYPE) segments, so offsets are computed, never typed.
`python scripts/make_pii_holdout310.py --check` regenerates the file, compares it byte for
byte, checks ids/offsets/word boundaries/overlaps and validates every labelled value after
normalising spoken forms (Luhn, IBAN mod-97, NI shape, 9-digit SSN, 6-digit sort code, etc.).

Emphasis: whole calls and chats (%d-%d turns, mean %.1f) where the PII sits among the
normal conversation about the customer's problem, with amounts, dates, references, times,
room/flight/model numbers, percentages and meter readings around it (unlabelled).
Channels: ASR-style phone transcripts (lower case, numbers as words, "oh"/"o"/"nought",
double/triple, pairs like "forty one", homophones "to"/"for"/"ate"/"won", NATO spelling,
values split over several customer turns with agent back-channels, self-corrections,
agent read-backs) and typed chats (varied separators and case). Industries: banking,
telecom, utilities, retail, insurance, travel, healthcare billing, government services;
countries UK, US, Ireland, EU.

## Annotation conventions

* A span covers the value only: from its first to its last token. Lead-ins ("it's",
  "my number is", "sort code") and trailing chit-chat are outside.
* Filler words *inside* a reading ("um", "hang on", "er sorry") are inside the span.
* A value split across turns gets one span per turn, each with the same type.
* Self-corrections: the abandoned fragment is labelled as its own span of the same type;
  the correction words ("no sorry") between them are outside.
* Agent read-backs of a value are labelled too (they are PII in the transcript).
* CARD_NUMBER, CVV and EXPIRY are separate spans. SORT_CODE and BANK_ACCOUNT are separate.
* ADDRESS = house number + street (e.g. "fourteen harrow road"); a flat prefix
  ("Flat 3, ") and the town are outside; the postcode is its own POSTCODE span.
* DOB includes the full date phrase ("the fourth of may nineteen eighty two").
* Phone numbers include a spoken/typed country code ("plus four four", "+44").
* E-mail spans cover the whole address; when split, "at gmail dot com" is its own span.
* Negative cases contain no PII at all; all their numbers are amounts, dates that are not
  birth dates, times, durations, counts, ages, percentages, temperatures, references with
  their reference word, flight/room/model numbers and meter readings.

## Counts

Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, min(lens), max(lens), sum(lens) / len(lens), pos, neg, rows)


def main():
    check = "--check" in sys.argv[1:]
    records, problems = build()
    problems += check_records(records)
    text = dump(records)
    cnt, pos, neg = counts(records)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("type %s has only %d spans (need %d)" % (t, cnt[t], need))
    if pos < 170 or neg < 100:
        problems.append("too few cases: %d pos %d neg" % (pos, neg))
    if check:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != readme(records):
            problems.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(readme(records), encoding="utf-8")
    print("h310: %d positive, %d negative cases" % (pos, neg))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for p in problems[:50]:
        print("PROBLEM:", p)
    if problems:
        print("%d problem(s)" % len(problems))
        return 1
    print("OK" + (" (check passed)" if check else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

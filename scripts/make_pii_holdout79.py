#!/usr/bin/env python3
"""Generate the held-out PII evaluation set tests/fixtures/pii_holdout79/.

Written by an independent AI helper that did not see the redaction code.
Every turn is assembled from plain-text segments and (value, TYPE) segments,
so span offsets are computed, never typed by hand.

    python scripts/make_pii_holdout79.py           # write cases.jsonl + README.md
    python scripts/make_pii_holdout79.py --check   # regenerate, compare, validate
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 79281123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout79"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu", "q": "quebec", "u": "uniform", "v": "victor"}
FOR_WORDS = {"a": "apple", "b": "bravo", "c": "charlie", "d": "david", "e": "edward",
             "g": "george", "h": "harry", "j": "john", "k": "kilo", "l": "london", "m": "mother",
             "n": "nancy", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
             "x": "x-ray", "y": "yellow", "z": "zebra", "f": "freddie", "q": "queen", "u": "uncle",
             "v": "victor"}


# ---------------------------------------------------------------- number words
def int_words(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        rest = n % 100
        return UNITS[n // 100] + " hundred" + ("" if rest == 0 else " and " + int_words(rest))
    if n < 1000000:
        rest = n % 1000
        head = int_words(n // 1000) + " thousand"
        if rest == 0:
            return head
        if rest < 100:
            return head + " and " + int_words(rest)
        return head + " " + int_words(rest)
    return str(n)


def pair_words(p: str, zero: str) -> str:
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero + " " + UNITS[b] if b else zero + " " + zero
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def year_words(y: int) -> str:
    if 2000 <= y <= 2009:
        return "two thousand and " + UNITS[y - 2000] if y > 2000 else "two thousand"
    return pair_words(str(y)[:2], "oh") + " " + pair_words(str(y)[2:], "oh")


class Speaker:
    """Renders digit strings the way one caller would say them."""

    def __init__(self, rng: random.Random, uk: bool):
        self.rng = rng
        opts = ["oh", "oh", "zero", "o"] + (["nought"] if uk else [])
        self.zero = rng.choice(opts)
        self.repeat = rng.random() < 0.55  # uses double / triple
        self.pairs = rng.random() < 0.3
        self.homo = rng.random() < 0.25  # ASR homophones: for/to/ate/won

    def dw(self, d: str) -> str:
        if self.homo and d in "4281" and self.rng.random() < (0.12 if d == "1" else 0.35):
            return {"4": "for", "2": "to", "8": "ate", "1": "won"}[d]
        return self.zero if d == "0" else UNITS[int(d)]

    def digits(self, ds: str, mode: str | None = None) -> str:
        rng = self.rng
        if mode is None:
            mode = "pairs" if (self.pairs and len(ds) % 2 == 0 and rng.random() < 0.7) else (
                "rep" if self.repeat else "single")
        out = []
        if mode == "pairs":
            for i in range(0, len(ds) - 1, 2):
                out.append(pair_words(ds[i:i + 2], self.zero))
            if len(ds) % 2:
                out.append(self.dw(ds[-1]))
            return " ".join(out)
        i = 0
        while i < len(ds):
            d = ds[i]
            if mode == "rep" and i + 2 < len(ds) and ds[i + 1] == d and ds[i + 2] == d and (
                    i + 3 >= len(ds) or ds[i + 3] != d):
                out.append("triple " + self.dw(d))
                i += 3
                continue
            if mode == "rep" and i + 1 < len(ds) and ds[i + 1] == d and (
                    i + 2 >= len(ds) or ds[i + 2] != d):
                out.append("double " + self.dw(d))
                i += 2
                continue
            out.append(self.dw(d))
            i += 1
        return " ".join(out)

    def letters(self, s: str, nato: float = 0.3) -> str:
        out = []
        for ch in s:
            if ch.isdigit():
                out.append(self.dw(ch))
            else:
                c = ch.lower()
                r = self.rng.random()
                if r < nato and c in NATO:
                    out.append(c + " for " + (NATO[c] if self.rng.random() < 0.6 else FOR_WORDS[c]))
                else:
                    out.append(c)
        return " ".join(out)


# ---------------------------------------------------------------- value makers
def luhn_ok(ds: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(rng: random.Random) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19", "mc2"])
    if kind == "visa":
        body, n = "4" + "".join(rng.choice("0123456789") for _ in range(5)), 16
    elif kind == "visa19":
        body, n = "4" + "".join(rng.choice("0123456789") for _ in range(5)), 19
    elif kind == "mc":
        body, n = "5" + rng.choice("12345"), 16
    elif kind == "mc2":
        body, n = "22" + rng.choice("2345678") , 16
    elif kind == "amex":
        body, n = "3" + rng.choice("47"), 15
    else:
        body, n = "6011", 16
    while len(body) < n - 1:
        body += rng.choice("0123456789")
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def iban_check(country: str, bban: str) -> str:
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s: str) -> bool:
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_iban(rng, country):
    dg = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "HSBC", "MIDL"]) + dg(14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BKIE", "ULSB"]) + dg(14)
    elif country == "DE":
        bban = dg(18)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "TRIB"]) + dg(10)
    elif country == "ES":
        bban = dg(20)
    else:  # FR
        bban = dg(23)
    return country + iban_check(country, bban) + bban


def make_phone(rng, country):
    dg = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if country == "UK":
        return rng.choice(["07" + rng.choice("3456789") + dg(8), "020" + rng.choice("78") + dg(7),
                           "01" + rng.choice("2345689") + dg(8)])
    if country == "US":
        return str(rng.randint(2, 9)) + dg(2) + str(rng.randint(2, 9)) + dg(6)
    if country == "IE":
        return "08" + rng.choice("35679") + dg(7)
    return "06" + dg(8)  # NL mobile / generic EU


FIRST = ["sarah", "james", "aoife", "liam", "priya", "tom", "megan", "daniel", "siobhan", "marcus",
         "emma", "oliver", "grace", "kevin", "nadia", "peter", "rachel", "connor", "lucy", "ahmed",
         "hannah", "david", "chloe", "ryan", "fatima", "jack", "niamh", "carlos", "beth", "owen"]
LAST = ["walsh", "patel", "murphy", "okafor", "jones", "kowalski", "brennan", "smith", "garcia",
        "o'neill", "harris", "nguyen", "byrne", "thompson", "reilly", "evans", "schmidt", "martin",
        "collins", "ward", "kelly", "hughes", "fischer", "lopez", "doyle", "clarke"]
DOMAINS = {"UK": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com",
                  "sky.com"],
           "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
           "IE": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie"],
           "EU": ["gmail.com", "web.de", "gmx.de", "outlook.com", "orange.fr"]}


def make_email(rng, country):
    f, l = rng.choice(FIRST), rng.choice(LAST).replace("'", "")
    num = str(rng.randint(1, 99)) if rng.random() < 0.5 else ""
    local = rng.choice([f + "." + l, f[0] + "." + l, f + l + num, f + "_" + l, f + "." + l + num,
                        l + f[0] + num])
    return local + "@" + rng.choice(DOMAINS[country])


def say_email(sp: Speaker, e: str) -> str:
    local, dom = e.split("@")
    words = []
    for piece in re.findall(r"[a-z]+|\d+|[._-]", local):
        if piece == ".":
            words.append("dot")
        elif piece == "_":
            words.append("underscore")
        elif piece == "-":
            words.append("dash")
        elif piece.isdigit():
            words.append(int_words(int(piece)) if sp.rng.random() < 0.6 else sp.digits(piece, "single"))
        elif len(piece) == 1:
            words.append(piece)
        elif len(piece) <= 6 and sp.rng.random() < 0.2:
            words.append(" ".join(piece))  # caller spells this part letter by letter
        else:
            words.append(piece)
    at = sp.rng.choice(["at", "at", "at sign"])
    return " ".join(words) + " " + at + " " + dom.replace(".", " dot ")


UK_AREAS = ["SW", "SE", "N", "NW", "E", "W", "M", "B", "LS", "BS", "CF", "EH", "G", "L", "NG",
            "BT", "RG", "CB", "BN", "PL", "EX", "DN", "HU", "S", "NE", "LE", "CV"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def make_postcode(rng):
    area = rng.choice(UK_AREAS)
    d = str(rng.randint(1, 28)) if len(area) == 2 else str(rng.randint(1, 19))
    return area + d + " " + str(rng.randint(1, 9)) + rng.choice(INWARD) + rng.choice(INWARD)


def make_zip(rng):
    z = "%05d" % rng.randint(1001, 99899)
    if rng.random() < 0.2:
        z += "-%04d" % rng.randint(1, 9999)
    return z


STREETS_UK = ["Elm Park Road", "Station Road", "Victoria Street", "Church Lane", "Mill Close",
              "Kingsway Avenue", "Greenfield Drive", "Hawthorn Crescent", "Queens Terrace",
              "Albert Grove", "Meadow View", "Castle Street", "Orchard Way", "Beech Gardens"]
STREETS_US = ["Maple Avenue", "Oak Street", "Lincoln Boulevard", "Sunset Drive", "Pine Ridge Road",
              "Elm Court", "Cedar Lane", "Washington Street", "Lakeview Terrace", "Highland Avenue",
              "Birch Hollow Way", "Park Place"]
STREETS_IE = ["Main Street", "Griffith Avenue", "Seafield Road", "Oakpark Drive", "Church View",
              "Fairview Strand", "Ashgrove Lawn", "Mount Pleasant Terrace"]


def make_address(rng, country):
    if country == "US":
        return str(rng.randint(12, 9870)), rng.choice(STREETS_US)
    if country == "IE":
        return str(rng.randint(1, 140)), rng.choice(STREETS_IE)
    return str(rng.randint(1, 240)), rng.choice(STREETS_UK)


def say_house(sp, num):
    n = int(num)
    r = sp.rng.random()
    if n >= 1000 and r < 0.6:
        return pair_words(num[:2], "oh") + " " + pair_words(num[2:], "oh") if len(num) == 4 else int_words(n)
    if n >= 100 and r < 0.5:
        return sp.digits(num, "single")
    return int_words(n)


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, cid, kind, note):
        self.cid, self.kind, self.note = cid, kind, note
        self.turns = []

    def add(self, speaker, *segs):
        self.turns.append((speaker, segs))

    def to_json(self):
        turns, spans = [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    val, typ = s
                    start = len(text)
                    text += val
                    spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        if self.kind == "negative":
            assert not spans, self.cid
        return {"id": self.cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}


def money(rng, cur, chat, lo=5, hi=400):
    units = rng.randint(lo, hi)
    cents = rng.choice([0, 0, 50, 99, 49, 25, 15, 80])
    sym = {"GBP": "£", "USD": "$", "EUR": "€"}[cur]
    if chat:
        return sym + (("%d.%02d" % (units, cents)) if cents else str(units))
    name = {"GBP": ("pounds", "p"), "USD": ("dollars", "cents"), "EUR": ("euro", "cent")}[cur]
    if cents and rng.random() < 0.5:
        return int_words(units) + " " + int_words(cents)
    if cents:
        return int_words(units) + " " + name[0] + " " + int_words(cents)
    return int_words(units) + " " + name[0]


def ref_number(rng, chat, sp):
    n = rng.randint(5, 9)
    ds = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))
    if chat:
        return rng.choice(["", "", "REF-", "#", "CX"]) + ds
    return sp.digits(ds)


def a_date(rng, chat):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    if chat:
        return rng.choice(["%d/%d" % (d, m), "%d %s" % (d, MONTHS[m - 1][:3].title()),
                           "%s %d" % (MONTHS[m - 1].title(), d)])
    return rng.choice(["the %s of %s" % (ORD[d], MONTHS[m - 1]), "%s %s" % (MONTHS[m - 1], ORD[d])])


def a_time(rng, chat):
    h, mi = rng.randint(8, 18), rng.choice([0, 15, 30, 45, 10, 20])
    if chat:
        if rng.random() < 0.4:
            return "%d:%02d" % (h if h <= 12 else h - 12, mi) + ("pm" if h >= 12 else "am")
        return "%d:%02d" % (h, mi)
    h12 = h if h <= 12 else h - 12
    if mi == 0:
        return int_words(h12) + " o'clock"
    if mi == 30:
        return "half " + int_words(h12) if rng.random() < 0.4 else int_words(h12) + " thirty"
    return int_words(h12) + " " + int_words(mi)


CUR = {"UK": "GBP", "US": "USD", "IE": "EUR", "EU": "EUR"}

INDUSTRY_COUNTRY = {
    "banking": ["UK", "US", "IE", "EU"], "telecom": ["UK", "US", "IE"],
    "utilities": ["UK", "US", "IE"], "retail": ["UK", "US", "IE", "EU"],
    "insurance": ["UK", "US", "IE"], "travel": ["UK", "US", "IE", "EU"],
    "healthcare billing": ["US", "UK"], "government services": ["UK", "US", "IE"],
}


def flight(rng, chat):
    code, n = rng.choice(["BA", "EI", "UA", "FR", "LH", "DL", "AF"]), rng.randint(10, 999)
    if chat:
        return code + rng.choice(["", " "]) + str(n)
    return " ".join(code.lower()) + " " + (int_words(n) if n < 100 else UNITS[n // 100] + " " + pair_words("%02d" % (n % 100), "oh"))


def model(rng, chat):
    code, n = rng.choice(["XR", "KX", "TV", "HD"]), rng.randint(100, 9999)
    if chat:
        return code + rng.choice(["", "-", " "]) + str(n)
    return " ".join(code.lower()) + " " + int_words(n)


def ctx_lines(rng, industry, country, chat, sp):
    """Problem-description turns full of non-PII numbers. Returns list of (speaker, text)."""
    c = CUR[country]
    m1, m2 = money(rng, c, chat), money(rng, c, chat)
    dt, tm = a_date(rng, chat), a_time(rng, chat)
    ref = ref_number(rng, chat, sp)
    cnt = rng.randint(2, 9)
    cw = str(cnt) if chat else int_words(cnt)
    pct = rng.choice([5, 10, 12, 15, 20, 25])
    pw = ("%d%%" % pct) if chat else int_words(pct) + " percent"
    L = {
        "banking": [("customer", f"there's a payment of {m1} on {dt} that i don't recognise"),
                    ("agent", f"okay i can see that, it went out at {tm} is that right"),
                    ("customer", f"yeah and another one for {m2} the day after, i raised it already, reference {ref}")],
        "telecom": [("customer", f"my bill jumped to {m1} this month, it's usually {m2}"),
                    ("agent", f"i can see {cw} roaming charges from {dt}, ticket {ref} was opened for it"),
                    ("customer", f"i was told i'd get {pw} off for the whole contract")],
        "utilities": [("customer", f"i got a bill for {m1} which seems way too high"),
                      ("agent", f"the meter reading we have from {dt} is {sp.digits(str(rng.randint(10000, 99999)), 'single') if not chat else rng.randint(10000, 99999)}"),
                      ("customer", f"the engineer is meant to come at {tm}, the job number was {ref}")],
        "retail": [("customer", f"i ordered {cw} items on {dt} for {m1} and only half arrived, order number {ref}"),
                   ("agent", f"sorry about that, i can refund {m2} today or resend by {a_date(rng, chat)}"),
                   ("customer", "resend please")],
        "insurance": [("customer", f"i need to update my claim, claim number {ref}"),
                      ("agent", f"i see the excess is {m1} and the payout was estimated at {m2}"),
                      ("customer", f"the assessor is coming {dt} around {tm}")],
        "travel": [("customer", f"my flight {flight(rng, chat)} on {dt} got cancelled"),
                   ("agent", f"i can rebook you on the {tm} departure, there's a change fee of {m1} but i'll waive it"),
                   ("customer", f"great, booking reference was {ref}, {cw} passengers")],
        "healthcare billing": [("customer", f"i got a statement for {m1} for a visit on {dt}"),
                               ("agent", f"insurance covered {pw} and the remaining balance is {m2}, invoice {ref}"),
                               ("customer", f"can i set up a payment plan over {cw} months")],
        "government services": [("customer", f"i applied on {dt} and paid {m1} but haven't heard anything, application reference {ref}"),
                                ("agent", f"processing is taking about {cw} weeks at the moment"),
                                ("customer", f"i rang at {tm} yesterday and was on hold for forty minutes")],
    }
    lines = L[industry]
    if chat:
        lines = [(s, chatify(rng, t)) for s, t in lines]
    return lines


def chatify(rng, t):
    r = rng.random()
    if r < 0.3:
        t = t[0].upper() + t[1:]
        t = t.replace(" i ", " I ").replace("i'", "I'")
        if not t.endswith((".", "?", "!")):
            t += rng.choice([".", "", "!"])
    elif r < 0.4:
        t = t.replace("you", "u").replace("please", "pls")
    return t


# Agent/customer phrasing
def greet(rng, industry, chat):
    if chat:
        return ("agent", rng.choice(["Hi, you're chatting with the support team. How can I help today?",
                                      "Hello! Thanks for getting in touch, what can I do for you?",
                                      "Hi there, how can I help?"]))
    return ("agent", rng.choice(["thank you for calling how can i help you today",
                                 "hi you're through to customer services my name's alex how can i help",
                                 "good morning thanks for holding what can i do for you"]))


def closing(rng, chat, country):
    c = CUR[country]
    if chat:
        return [("agent", rng.choice(["Is there anything else I can help with?", "Anything else today?"])),
                ("customer", rng.choice(["no that's all thanks", "Nope, thanks for the help!", "thats it cheers"]))]
    return [("agent", rng.choice(["is there anything else i can help with today",
                                  "okay you'll get a text confirming that within twenty four hours anything else"])),
            ("customer", rng.choice(["no that's everything thanks", "no that's great thank you bye",
                                     "um no i think that's it cheers"]))]


BACKCH = ["mhm", "okay", "yep", "okay go on", "got it", "uh huh", "right", "yes"]
FILL = ["um", "uh", "erm", "er"]


# ---------------------------------------------------------------- PII blocks
# Each block appends turns to a case.  chat: bool.  country: UK/US/IE/EU.

def card_spoken_groups(sp, card):
    if len(card) == 15:
        groups = [card[:4], card[4:10], card[10:]]
    elif len(card) == 19:
        groups = [card[:4], card[4:8], card[8:12], card[12:16], card[16:]]
    else:
        groups = [card[i:i + 4] for i in range(0, len(card), 4)]
    return groups


def card_typed(rng, card):
    if rng.random() < 0.15:  # irregular grouping as typed in a hurry
        a = rng.randint(3, 8)
        b = rng.randint(a + 3, len(card) - 3)
        return card[:a] + " " + card[a:b] + " " + card[b:]
    groups = card_spoken_groups(None, card)
    sep = rng.choice([" ", " ", "-", "", " ", "."])
    return sep.join(groups) if sep else card


def block_card(case, rng, sp, chat, country, full=False):
    card = make_card(rng)
    ask = rng.choice(["can i take the long card number please", "what's the sixteen digit number on the front",
                      "okay go ahead with the card number when you're ready", "and the card number please"])
    if chat:
        case.add("agent", chatify(rng, ask.replace("sixteen digit", "long")))
        style = rng.random()
        if style < 0.5:
            case.add("customer", rng.choice(["its ", "card is ", "Sure: ", "", "ok its "]), (card_typed(rng, card), "CARD_NUMBER"),
                     rng.choice(["", " thanks", ".", " (debit card)"]))
        elif style < 0.75:
            g = card_spoken_groups(sp, card)
            h = len(g) // 2
            case.add("customer", (" ".join(g[:h]), "CARD_NUMBER"))
            case.add("customer", (" ".join(g[h:]), "CARD_NUMBER"), rng.choice(["", " sorry pressed enter too soon", " <- rest of it"]))
        else:
            typo = card_typed(rng, card)
            case.add("customer", "number is ", (typo, "CARD_NUMBER"), rng.choice([" and it expires soon btw", " - is that ok?", ""]))
            case.add("agent", "Thanks, I can see that's a " + rng.choice(["Visa", "card"]) + " ending " + card[-4:] + ", is that right?") if False else None
    else:
        case.add("agent", ask)
        groups = card_spoken_groups(sp, card)
        style = rng.random()
        if style < 0.2 and not full:
            m, y = rng.randint(1, 12), rng.randint(26, 31)
            case.add("customer", rng.choice(["yeah it's ", "okay so ", ""]),
                     (" ".join(sp.digits(g) for g in groups), "CARD_NUMBER"),
                     rng.choice([" and it expires ", " expiry ", " um valid till "]),
                     (pair_words("%02d" % m, sp.zero) + " " + int_words(y), "EXPIRY"))
        elif style < 0.35:
            case.add("customer", rng.choice(["yeah it's ", "okay so ", "right it's ", ""]),
                     (" ".join(sp.digits(g) for g in groups), "CARD_NUMBER"))
        elif style < 0.7:
            case.add("customer", rng.choice(["okay ", "right ", "", "yeah "]), (sp.digits(groups[0]), "CARD_NUMBER"))
            for gi, g in enumerate(groups[1:]):
                case.add("agent", rng.choice(BACKCH))
                if gi == 0 and rng.random() < 0.25:
                    case.add("customer", rng.choice(["sorry the dog's going mad hang on", "hold on my glasses are upstairs",
                                                     "sorry can you hear me i'm on the train"]))
                    case.add("agent", rng.choice(["no worries", "that's fine take your time", "yeah i can hear you"]))
                if gi == 1 and rng.random() < 0.25:
                    case.add("customer", (sp.digits(g), "CARD_NUMBER"))
                    case.add("agent", "sorry you broke up there can you repeat that last bit")
                    case.add("customer", "yeah ", (sp.digits(g, "single"), "CARD_NUMBER"))
                elif rng.random() < 0.3:
                    case.add("customer", (sp.digits(g), "CARD_NUMBER"), " " + rng.choice(FILL))
                else:
                    case.add("customer", (sp.digits(g), "CARD_NUMBER"))
        else:
            # self-correction: false start (short, unlabelled) then the full number
            fs = sp.digits(groups[0][:2], "single")
            case.add("customer", f"it's {fs} oh hang on wrong card sorry")
            case.add("agent", "no problem take your time")
            h = len(groups) // 2
            case.add("customer", "okay this one ", (" ".join(sp.digits(g) for g in groups[:h]), "CARD_NUMBER"),
                     " " + rng.choice(FILL) + " ", (" ".join(sp.digits(g) for g in groups[h:]), "CARD_NUMBER"))
        if rng.random() < 0.35:
            case.add("agent", "let me just read that back ", (" ".join(sp.digits(g, "single") for g in groups), "CARD_NUMBER"),
                     " is that right")
            case.add("customer", rng.choice(["yes that's it", "yep", "that's right yeah"]))
    if full or rng.random() < 0.5:
        block_expiry(case, rng, sp, chat)
    if full or rng.random() < 0.5:
        block_cvv(case, rng, sp, chat, len(card) == 15)


def block_expiry(case, rng, sp, chat):
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    if chat:
        case.add("agent", rng.choice(["And the expiry date?", "expiry date please", "What's the exp date on it?"]))
        v = rng.choice(["%02d/%d" % (m, y), "%d/%d" % (m, y), "%02d-20%d" % (m, y), "%s %d" % (MONTHS[m - 1][:3], y),
                        "%02d/20%d" % (m, y), "%02d %d" % (m, y)])
        case.add("customer", rng.choice(["", "exp ", "its ", "expires "]), (v, "EXPIRY"))
    else:
        case.add("agent", rng.choice(["and the expiry date", "when does the card expire", "and the expiry month and year"]))
        r = rng.random()
        if r < 0.4:
            v = pair_words("%02d" % m, sp.zero) + " " + int_words(y)
        elif r < 0.7:
            v = MONTHS[m - 1] + " " + rng.choice(["twenty ", "twenty ", "two thousand and "]) + int_words(y)
        else:
            v = sp.digits("%02d" % m, "single") + " " + rng.choice(["slash ", "", ""]) + int_words(y)
        case.add("customer", rng.choice(["", "it's ", "um ", "expires "]), (v, "EXPIRY"))


def block_cvv(case, rng, sp, chat, amex):
    cvv = "".join(rng.choice("0123456789") for _ in range(4 if amex else 3))
    if chat:
        case.add("agent", rng.choice(["And the 3 digit security code on the back?", "cvv please", "Security code on the back pls"]).replace("3 digit", "4 digit" if amex else "3 digit"))
        case.add("customer", rng.choice(["", "cvv ", "its ", "code is "]), (cvv, "CVV"))
    else:
        case.add("agent", rng.choice(["and the last three digits on the back", "and the security code please",
                                      "and the three digit code on the signature strip"]).replace("three", "four" if amex else "three"))
        if rng.random() < 0.3:
            case.add("customer", "that's ", (sp.digits(cvv, "single"), "CVV"), " i think yeah ", rng.choice(FILL), " yeah")
        else:
            case.add("customer", rng.choice(["", "it's ", "um "]), (sp.digits(cvv), "CVV"))


def block_ssn(case, rng, sp, chat, country="US"):
    ssn = make_ssn(rng)
    if chat:
        case.add("agent", rng.choice(["To verify, can you give me your Social Security number?",
                                      "I'll need your SSN to pull up the account", "Can you confirm the last... actually the full SSN please?"]))
        v = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s", "%s.%s.%s"]) % (ssn[:3], ssn[3:5], ssn[5:])
        case.add("customer", rng.choice(["", "sure ", "ssn is ", "its "]), (v, "SSN"), rng.choice(["", " thanks", "."]))
    else:
        case.add("agent", rng.choice(["can i get your social security number please", "and what's your social",
                                      "i'll need to verify your social security number"]))
        r = rng.random()
        if r < 0.35:
            case.add("customer", rng.choice(["yeah it's ", "sure ", "okay ", ""]),
                     (sp.digits(ssn[:3]) + " " + sp.digits(ssn[3:5]) + " " + sp.digits(ssn[5:]), "SSN"))
        elif r < 0.75:
            case.add("customer", rng.choice(["okay ", "", "it's "]), (sp.digits(ssn[:3]), "SSN"))
            case.add("agent", rng.choice(BACKCH))
            case.add("customer", (sp.digits(ssn[3:5]), "SSN"))
            case.add("agent", rng.choice(BACKCH))
            case.add("customer", (sp.digits(ssn[5:]), "SSN"))
        else:
            case.add("customer", "okay so it's ", (sp.digits(ssn[:5]), "SSN"), " and then ", rng.choice(FILL), " ",
                     (sp.digits(ssn[5:], "pairs"), "SSN"))
        if rng.random() < 0.3:
            case.add("agent", "so that's ", (sp.digits(ssn, "single"), "SSN"))
            case.add("customer", "correct")


def block_ni(case, rng, sp, chat):
    ni = make_ni(rng)
    if chat:
        case.add("agent", rng.choice(["Can you confirm your National Insurance number?", "whats your NI number please",
                                      "I just need your national insurance number to find your record"]))
        v = rng.choice(["%s %s %s %s %s", "%s%s%s%s%s", "%s %s%s%s %s", "%s-%s-%s-%s-%s"]) % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
        if rng.random() < 0.3:
            v = v.lower()
        case.add("customer", rng.choice(["", "its ", "NI: ", "sure, "]), (v, "NI_NUMBER"), rng.choice(["", " x", "."]))
    else:
        case.add("agent", rng.choice(["and your national insurance number please", "can i take your n i number",
                                      "what's your national insurance number"]))
        letters = sp.letters(ni[:2], 0.35)
        r = rng.random()
        if r < 0.4:
            case.add("customer", rng.choice(["yeah it's ", "it's ", ""]),
                     (letters + " " + sp.digits(ni[2:8]) + " " + sp.letters(ni[8], 0.3), "NI_NUMBER"))
        elif r < 0.75:
            case.add("customer", rng.choice(["okay ", "right ", ""]), (letters, "NI_NUMBER"))
            case.add("agent", rng.choice(BACKCH))
            case.add("customer", (sp.digits(ni[2:8], rng.choice(["pairs", "single", "rep"])), "NI_NUMBER"))
            case.add("agent", rng.choice(["and the letter at the end", "mhm", "and the last letter"]))
            case.add("customer", (sp.letters(ni[8], 0.5), "NI_NUMBER"))
        else:
            case.add("customer", "hold on it's on my payslip ", rng.choice(FILL), " here we go ",
                     (letters + " " + sp.digits(ni[2:5], "single"), "NI_NUMBER"), " ", rng.choice(FILL), " ",
                     (sp.digits(ni[5:8], "single") + " " + sp.letters(ni[8], 0.3), "NI_NUMBER"))
        if rng.random() < 0.3:
            case.add("agent", "so that's ", (sp.letters(ni[:2], 0.0) + " " + sp.digits(ni[2:8], "pairs") + " " + sp.letters(ni[8], 0.0), "NI_NUMBER"))
            case.add("customer", "yes")


def block_bank(case, rng, sp, chat, country):
    if country == "UK":
        acct = "".join(rng.choice("0123456789") for _ in range(8))
        sc = "".join(rng.choice("0123456789") for _ in range(6))
        if chat:
            case.add("agent", "What's the sort code and account number for the refund?")
            scv = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
            if rng.random() < 0.5:
                case.add("customer", "sort code ", (scv, "SORT_CODE"), rng.choice([", account ", " acc no ", " and "]), (acct, "BANK_ACCOUNT"))
            else:
                case.add("customer", (scv, "SORT_CODE"))
                case.add("customer", (acct, "BANK_ACCOUNT"), rng.choice([" thats the account no", "", " (account)"]))
        else:
            case.add("agent", "can i take the sort code first")
            case.add("customer", rng.choice(["yeah it's ", "", "okay "]),
                     (sp.digits(sc, rng.choice(["pairs", "pairs", "single", "rep"])), "SORT_CODE"))
            case.add("agent", "and the account number")
            if rng.random() < 0.5:
                case.add("customer", (sp.digits(acct[:4]), "BANK_ACCOUNT"))
                case.add("agent", rng.choice(BACKCH))
                case.add("customer", (sp.digits(acct[4:]), "BANK_ACCOUNT"))
            else:
                case.add("customer", rng.choice(["", "it's ", "um "]), (sp.digits(acct), "BANK_ACCOUNT"))
    else:
        n = rng.choice([9, 10, 12]) if country == "US" else 8
        acct = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))
        if chat:
            case.add("agent", "Which account should the refund go to? I need the account number.")
            case.add("customer", rng.choice(["checking acct ", "account # ", "its "]), (acct, "BANK_ACCOUNT"))
        else:
            case.add("agent", "and what's the account number you want it paid into")
            case.add("customer", rng.choice(["it's my checking account ", "okay it's ", ""]), (sp.digits(acct), "BANK_ACCOUNT"))


def block_sort_only(case, rng, sp, chat):
    sc = "".join(rng.choice("0123456789") for _ in range(6))
    if chat:
        case.add("agent", "Could you confirm the sort code of the account?")
        case.add("customer", (rng.choice(["%s-%s-%s", "%s %s %s"]) % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"))
    else:
        case.add("agent", "and just the sort code to confirm")
        case.add("customer", "it's ", (sp.digits(sc[:2], "pairs"), "SORT_CODE"), " ", rng.choice(FILL), " ",
                 (sp.digits(sc[2:], "pairs"), "SORT_CODE"))


def block_iban(case, rng, sp, chat, country):
    cc = {"UK": "GB", "IE": "IE"}.get(country) or rng.choice(["DE", "NL", "FR", "ES"])
    iban = make_iban(rng, cc)
    if chat:
        case.add("agent", rng.choice(["Please send the IBAN for the refund.", "Can I have your IBAN?"]))
        g = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        v = rng.choice([g, iban, g.lower(), g])
        case.add("customer", rng.choice(["", "IBAN: ", "here u go "]), (v, "IBAN"))
    else:
        case.add("agent", "can you read me the i b a n")
        sp_l = sp.letters(iban[:2], 0.2) + " " + sp.digits(iban[2:4], "single")
        rest = iban[4:]
        parts, i = [], 0
        while i < len(rest):
            chunk = rest[i:i + 4]
            parts.append(" ".join(sp.letters(c, 0.0) if c.isalpha() else sp.dw(c) for c in chunk))
            i += 4
        h = len(parts) // 2
        case.add("customer", "okay ", (sp_l + " " + " ".join(parts[:h]), "IBAN"))
        case.add("agent", rng.choice(BACKCH))
        case.add("customer", (" ".join(parts[h:]), "IBAN"))


def phone_typed(rng, ph, country):
    r = rng.random()
    if country == "UK":
        if r < 0.3:
            return ph[:5] + " " + ph[5:]
        if r < 0.5:
            return "+44 " + ph[1:5] + " " + ph[5:]
        if r < 0.65:
            return "+44 (0)" + ph[1:5] + " " + ph[5:]
        return ph
    if country == "US":
        if r < 0.35:
            return "(%s) %s-%s" % (ph[:3], ph[3:6], ph[6:])
        if r < 0.6:
            return "%s-%s-%s" % (ph[:3], ph[3:6], ph[6:])
        if r < 0.8:
            return "+1 %s %s %s" % (ph[:3], ph[3:6], ph[6:])
        return "%s.%s.%s" % (ph[:3], ph[3:6], ph[6:])
    if country == "IE":
        return rng.choice(["%s %s %s" % (ph[:3], ph[3:6], ph[6:]), "+353 %s %s %s" % (ph[1:3], ph[3:6], ph[6:]), ph])
    return rng.choice(["+31 %s %s" % (ph[1], ph[2:]), ph])


def block_phone(case, rng, sp, chat, country):
    ph = make_phone(rng, country)
    if chat:
        case.add("agent", rng.choice(["What's the best number to reach you on?", "Can you confirm the mobile number on the account?"]))
        case.add("customer", rng.choice(["", "mob: ", "call me on ", "its "]), (phone_typed(rng, ph, country), "PHONE"),
                 rng.choice(["", " after 5 pls", " thx", " - any time after 6pm"]))
    else:
        case.add("agent", rng.choice(["and a good contact number", "what's the best number to call you back on",
                                      "can you confirm the phone number on the account"]))
        r = rng.random()
        if country == "UK" and r < 0.25:
            v = "plus four four " + sp.digits(ph[1:5]) + " " + sp.digits(ph[5:])
            case.add("customer", "it's ", (v, "PHONE"))
        elif country == "IE" and r < 0.25:
            v = "plus three five three " + sp.digits(ph[1:3]) + " " + sp.digits(ph[3:])
            case.add("customer", "it's ", (v, "PHONE"))
        elif r < 0.6:
            cut = 5 if country == "UK" else 3
            case.add("customer", rng.choice(["yeah ", "okay ", "it's "]), (sp.digits(ph[:cut]), "PHONE"))
            case.add("agent", rng.choice(BACKCH))
            case.add("customer", (sp.digits(ph[cut:]), "PHONE"), rng.choice(["", " that's my mobile", " any time after six is fine"]))
        elif r < 0.8:
            case.add("customer", rng.choice(["best to use my mobile ", "my cell is ", ""]), (sp.digits(ph), "PHONE"))
        else:
            em = make_email(rng, country)
            case.add("customer", "my number's ", (sp.digits(ph), "PHONE"), " or just email me at ", (say_email(sp, em), "EMAIL"),
                     " i check that more")


def block_email(case, rng, sp, chat, country):
    em = make_email(rng, country)
    if chat:
        case.add("agent", rng.choice(["What email should I send the confirmation to?", "Can you confirm your email address?"]))
        v = em if rng.random() < 0.7 else em.capitalize()
        case.add("customer", rng.choice(["", "email is ", "its ", "send it to "]), (v, "EMAIL"), rng.choice(["", " pls", " thanks!"]))
    else:
        case.add("agent", rng.choice(["and an email address for the confirmation", "what email have we got for you"]))
        case.add("customer", rng.choice(["yeah it's ", "it's ", "um ", ""]), (say_email(sp, em), "EMAIL"))
        if rng.random() < 0.4:
            case.add("agent", "so that's ", (say_email(sp, em), "EMAIL"))
            case.add("customer", rng.choice(["yes", "that's it", "yep all lower case"]))


def dob_vals(rng):
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1938, 2004)


def block_dob(case, rng, sp, chat, country):
    d, m, y = dob_vals(rng)
    if chat:
        case.add("agent", rng.choice(["Can you confirm your date of birth?", "For security whats your DOB?"]))
        us = country == "US"
        v = rng.choice(["%02d/%02d/%d" % ((m, d, y) if us else (d, m, y)), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                        "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%d-%02d-%02d" % (y, m, d), "%02d.%02d.%02d" % (d, m, y % 100)])
        case.add("customer", rng.choice(["", "dob ", "its ", "born "]), (v, "DOB"))
    else:
        case.add("agent", rng.choice(["and can you confirm your date of birth", "for security can i take your date of birth"]))
        r = rng.random()
        if r < 0.4:
            v = "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + year_words(y)
        elif r < 0.7:
            v = MONTHS[m - 1] + " " + ORD[d] + " " + year_words(y)
        else:
            v = sp.digits("%02d" % d, "single") + " " + sp.digits("%02d" % m, "single") + " " + pair_words(str(y)[2:], sp.zero)
        case.add("customer", rng.choice(["it's ", "yeah ", "", "um "]), (v, "DOB"))


def block_address(case, rng, sp, chat, country):
    num, street = make_address(rng, country)
    pc = make_zip(rng) if country == "US" else (make_postcode(rng) if country == "UK" else None)
    town = {"UK": rng.choice(["Leeds", "Bristol", "Croydon", "Norwich", "Swansea"]),
            "US": rng.choice(["Columbus", "Tampa", "Denver", "Albany", "Fresno"]),
            "IE": rng.choice(["Dublin 9", "Galway", "Cork", "Limerick"]),
            "EU": "Utrecht"}[country]
    if chat:
        case.add("agent", rng.choice(["What's the address for delivery?", "Can you confirm the first line of your address and postcode?"]))
        addr = num + " " + (street if rng.random() < 0.7 else street.lower())
        if pc:
            case.add("customer", (addr, "ADDRESS"), ", " + town + " ", (pc if rng.random() < 0.7 else pc.lower().replace(" ", ""), "POSTCODE"))
        else:
            case.add("customer", (addr, "ADDRESS"), ", " + town)
    else:
        case.add("agent", rng.choice(["and the first line of the address", "can i confirm your address please"]))
        if pc and country == "UK" and rng.random() < 0.35:
            out, inw = pc.split(" ")
            case.add("customer", rng.choice(["it's ", "yeah ", ""]), (say_house(sp, num) + " " + street.lower(), "ADDRESS"),
                     " " + town.lower() + " ", (sp.letters(out, 0.2) + " " + sp.letters(inw, 0.2), "POSTCODE"))
            case.add("agent", "lovely and how long have you lived there")
            case.add("customer", "oh about " + int_words(rng.randint(2, 30)) + " years now")
            return
        case.add("customer", rng.choice(["it's ", "yeah ", ""]), (say_house(sp, num) + " " + street.lower(), "ADDRESS"), " " + town.lower())
        if pc:
            case.add("agent", rng.choice(["and the postcode", "and the postcode please"]) if country == "UK" else "and the zip code")
            if country == "UK":
                out, inw = pc.split(" ")
                case.add("customer", rng.choice(["", "it's ", "yeah "]), (sp.letters(out, 0.35) + " " + sp.letters(inw, 0.35), "POSTCODE"))
            else:
                case.add("customer", rng.choice(["", "it's "]), (sp.digits(pc.replace("-", "")[:5]), "POSTCODE"))


def block_postcode_only(case, rng, sp, chat, country):
    if country == "US":
        z = make_zip(rng)
        case.add("agent", "What's your zip code?" if chat else "and what's the zip code there")
        case.add("customer", (z if chat else sp.digits(z[:5]), "POSTCODE"))
    else:
        pc = make_postcode(rng)
        case.add("agent", "And your postcode?" if chat else "and your postcode")
        if chat:
            case.add("customer", rng.choice(["", "its "]), (rng.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE"))
        else:
            out, inw = pc.split(" ")
            case.add("customer", (sp.letters(out, 0.4) + " " + sp.letters(inw, 0.4), "POSTCODE"))


# ---------------------------------------------------------------- cases
CHANNELS_NOTE = {True: "chat", False: "call"}


def country_for(rng, primary, industry):
    if primary in ("SSN",):
        return "US"
    if primary in ("NI_NUMBER", "SORT_CODE"):
        return "UK"
    if primary == "IBAN":
        return rng.choice(["IE", "EU", "EU", "UK"])
    return rng.choice(INDUSTRY_COUNTRY[industry])


PRIMARY_CYCLE = ["CARD_NUMBER", "NI_NUMBER", "SSN", "CARD_FULL", "NI_NUMBER", "SSN", "BANK", "IBAN",
                 "PHONE", "EMAIL", "DOB", "ADDRESS", "CARD_NUMBER", "NI_NUMBER", "SSN", "POSTCODE",
                 "SORT_CODE", "DOB", "PHONE", "EMAIL"]


def run_block(name, case, rng, sp, chat, country):
    if name == "CARD_NUMBER":
        block_card(case, rng, sp, chat, country)
    elif name == "CARD_FULL":
        block_card(case, rng, sp, chat, country, full=True)
    elif name == "NI_NUMBER":
        block_ni(case, rng, sp, chat)
    elif name == "SSN":
        block_ssn(case, rng, sp, chat)
    elif name == "BANK":
        block_bank(case, rng, sp, chat, country)
    elif name == "SORT_CODE":
        block_sort_only(case, rng, sp, chat)
    elif name == "IBAN":
        block_iban(case, rng, sp, chat, country)
    elif name == "PHONE":
        block_phone(case, rng, sp, chat, country)
    elif name == "EMAIL":
        block_email(case, rng, sp, chat, country)
    elif name == "DOB":
        block_dob(case, rng, sp, chat, country)
    elif name == "ADDRESS":
        block_address(case, rng, sp, chat, country)
    elif name == "POSTCODE":
        block_postcode_only(case, rng, sp, chat, country)


def secondary_for(country):
    base = ["PHONE", "EMAIL", "DOB", "ADDRESS", "POSTCODE", "CARD_NUMBER"]
    if country == "UK":
        base += ["NI_NUMBER", "BANK"]
    if country == "US":
        base += ["SSN", "BANK"]
    if country in ("IE", "EU"):
        base += ["IBAN"]
    return base


INDUSTRIES = list(INDUSTRY_COUNTRY)


def make_positive(rng, idx):
    primary = PRIMARY_CYCLE[idx % len(PRIMARY_CYCLE)]
    industry = INDUSTRIES[(idx * 3 + idx // len(PRIMARY_CYCLE)) % len(INDUSTRIES)]
    if primary == "SSN" and industry not in ("banking", "healthcare billing", "insurance", "government services", "telecom", "utilities"):
        industry = rng.choice(["banking", "healthcare billing", "insurance", "government services"])
    country = country_for(rng, primary, industry)
    if primary in ("SSN",) and "US" not in INDUSTRY_COUNTRY[industry]:
        industry = "banking"
    chat = rng.random() < 0.4
    sp = Speaker(rng, country in ("UK", "IE"))
    case = Case("h79-pos-%03d" % (idx + 1), "positive", "")
    case.add(*greet(rng, industry, chat))
    ctx = ctx_lines(rng, industry, country, chat, sp)
    case.add(*ctx[0])
    case.add("agent", rng.choice(["okay i can help with that, first i just need to verify a few details",
                                  "sorry to hear that let me pull up your account",
                                  "right let's get that sorted, can i confirm some details"]) if not chat else
             rng.choice(["Sorry to hear that! I just need to verify you first.", "Ok let me look into that for you, first some security questions"]))
    blocks = [primary]
    n_sec = rng.choice([0, 1, 1, 2])
    secs = secondary_for(country)
    for _ in range(n_sec):
        b = rng.choice(secs)
        if b not in blocks and not (b == "CARD_NUMBER" and primary == "CARD_FULL"):
            blocks.append(b)
    if rng.random() < 0.5:
        blocks.reverse()
    for i, b in enumerate(blocks):
        run_block(b, case, rng, sp, chat, country)
        if i < len(blocks) - 1 and rng.random() < 0.5:
            case.add("agent", rng.choice(["thank you", "lovely thanks", "Thanks!" if chat else "great thanks"]))
    case.add("agent", rng.choice(["thanks that's all verified", "perfect you're through security"]) if not chat else "Thanks, you're verified.")
    for s, t in ctx[1:]:
        if len(case.turns) + 2 < 20:
            case.add(s, t)
    for s, t in closing(rng, chat, country):
        case.add(s, t)
    case.note = "%s/%s (%s): %s amid %s conversation, %d turns" % (
        CHANNELS_NOTE[chat], industry, country, "+".join(blocks), industry, len(case.turns))
    return case


# ---------------------------------------------------------------- negatives
def make_negative(rng, idx):
    industry = INDUSTRIES[idx % len(INDUSTRIES)]
    country = rng.choice(INDUSTRY_COUNTRY[industry])
    chat = rng.random() < 0.4
    sp = Speaker(rng, country in ("UK", "IE"))
    case = Case("h79-neg-%03d" % (idx + 1), "negative", "")
    c = CUR[country]
    case.add(*greet(rng, industry, chat))
    for s, t in ctx_lines(rng, industry, country, chat, sp):
        case.add(s, t)
    extras = neg_extras(rng, industry, country, chat, sp)
    rng.shuffle(extras)
    k = rng.randint(3, min(7, len(extras)))
    for s, t in extras[:k]:
        if case.turns[-1][0] == s and rng.random() < 0.7:
            other = "customer" if s == "agent" else "agent"
            case.add(other, rng.choice(["okay", "right", "mhm", "ok thanks", "I see", "sure"] if chat else
                                       ["okay", "right", "mhm", "okay thanks", "i see", "sure", "yeah"]))
        case.add(s, chatify(rng, t) if chat else t)
    for s, t in closing(rng, chat, country):
        case.add(s, t)
    case.note = "%s/%s (%s): negative lookalikes (amounts, dates, references, times, counts), %d turns" % (
        CHANNELS_NOTE[chat], industry, country, len(case.turns))
    return case


def neg_extras(rng, industry, country, chat, sp):
    c = CUR[country]
    num = (lambda n: str(n)) if chat else int_words
    ref = lambda: ref_number(rng, chat, sp)
    L = [
        ("agent", f"your account balance is {money(rng, c, chat, 100, 9000)} as of {a_date(rng, chat)}"),
        ("customer", f"i've been a customer for {num(rng.randint(3, 25))} years"),
        ("agent", f"i've raised a complaint for you, the complaint reference is {ref()}"),
        ("customer", f"i'm {num(rng.randint(30, 88))} years old and i don't do online banking"),
        ("agent", f"the next payment of {money(rng, c, chat)} will come out on {a_date(rng, chat)}"),
        ("agent", f"you'll hear back within {num(rng.choice([3, 5, 7, 10, 14]))} working days"),
        ("customer", f"i called on {a_date(rng, chat)} at {a_time(rng, chat)} and spoke to someone for {num(rng.randint(20, 55))} minutes"),
        ("agent", f"your contract started on {a_date(rng, chat)} {rng.choice(['2021', '2022', '2023']) if chat else rng.choice(['twenty twenty one', 'twenty twenty two', 'two thousand and nineteen'])}"),
        ("agent", f"i can offer a credit of {money(rng, c, chat, 5, 60)} as a goodwill gesture"),
        ("customer", f"the interest rate went up to {num(rng.randint(3, 29))} percent" if not chat else f"the rate went up to {rng.randint(3, 29)}.{rng.randint(1, 9)}%"),
        ("agent", f"the invoice number is {ref()} and it was issued on {a_date(rng, chat)}"),
        ("customer", f"it's the model {model(rng, chat)} we bought {num(rng.randint(2, 4))} of them"),
        ("agent", f"the engineer slot is between {a_time(rng, chat)} and {a_time(rng, chat)}"),
        ("customer", f"the heating is stuck at {num(rng.randint(14, 30))} degrees"),
        ("customer", f"broadband speed is only {num(rng.randint(2, 80))} megs when it should be {num(rng.choice([100, 150, 300, 500]))}"),
        ("agent", f"your case number is {ref()}, please quote that if you call back"),
        ("customer", f"we're in room {num(rng.randint(101, 940))} and checking out {a_date(rng, chat)}"),
        ("agent", f"that's {num(rng.randint(2, 12))} instalments of {money(rng, c, chat, 10, 90)}"),
        ("customer", f"the last meter reading was {rng.randint(10000, 99999) if chat else sp.digits(str(rng.randint(10000, 99999)), 'single')}"),
        ("agent", f"the refund of {money(rng, c, chat)} should reach you in {num(rng.randint(3, 10))} to {num(rng.randint(11, 15))} days"),
        ("customer", f"the appointment is on {a_date(rng, chat)} at {a_time(rng, chat)}"),
        ("agent", f"hold times are about {num(rng.randint(5, 40))} minutes today, sorry about that"),
        ("customer", f"i paid {money(rng, c, chat)} back in {rng.choice(['2019', '2020', '2022']) if chat else rng.choice(['twenty nineteen', 'twenty twenty', 'twenty twenty two'])}"),
        ("agent", f"you've used {num(rng.randint(2, 40))} gigabytes of your {num(rng.choice([50, 100, 120]))} gig allowance"),
        ("customer", f"the order total was {money(rng, c, chat)} including {money(rng, c, chat, 2, 9)} delivery"),
        ("agent", f"your policy renews on {a_date(rng, chat)} and the premium is {money(rng, c, chat, 200, 1400)} a year"),
    ]
    yr = rng.choice([1988, 1994, 1998, 2003, 2011])
    d2, m2, y2 = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2023, 2024, 2025])
    ten = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(9))
    L += [
        ("customer", f"i've been with you since {yr if chat else year_words(yr)} and never missed a payment"),
        ("agent", f"the payment on {('%02d/%02d/%d' % (d2, m2, y2)) if chat else 'the ' + ORD[d2] + ' of ' + MONTHS[m2 - 1] + ' ' + year_words(y2)} was declined"),
        ("customer", f"my son is {num(rng.randint(12, 19))} and he's the one who set the account up"),
        ("agent", f"your order number is {ten if chat else sp.digits(ten)} if you need to chase it"),
        ("customer", f"the parcel was {num(rng.randint(2, 9))} kilos and the courier charged {money(rng, c, chat, 3, 20)}"),
        ("agent", f"the direct debit goes out on the {ORD[rng.randint(1, 28)]} of every month"),
        ("customer", f"the total came to {money(rng, c, chat, 1000, 4000)} which is more than my rent"),
        ("agent", f"i'll call you back {rng.choice(['tomorrow', 'on monday', 'this afternoon'])} between {a_time(rng, chat)} and {a_time(rng, chat)}"),
    ]
    if industry == "travel":
        L.append(("agent", f"the new flight is {flight(rng, chat)} departing at {a_time(rng, chat)} from gate {num(rng.randint(1, 60))}"))
    return L


# ---------------------------------------------------------------- build
N_POS, N_NEG = 180, 110


def build():
    rng = random.Random(SEED)
    cases = [make_positive(rng, i).to_json() for i in range(N_POS)]
    cases += [make_negative(rng, i).to_json() for i in range(N_NEG)]
    return cases


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# ---------------------------------------------------------------- validation
WORD_NUM = {w: i for i, w in enumerate(UNITS)}
WORD_NUM.update({"oh": 0, "o": 0, "nought": 0, "for": 4, "to": 2, "too": 2, "ate": 8, "won": 1})
TEEN_NUM = {w: 10 + i for i, w in enumerate(TEENS)}
TEN_NUM = {w: i for i, w in enumerate(TENS) if w}
SKIP = {"um", "uh", "er", "erm", "and", "then", "dash", "slash", "space", "hyphen", "plus", "sorry"}
NATO_WORDS = set(NATO.values()) | set(FOR_WORDS.values())


def spoken_to_chars(text: str) -> str:
    """Normalise a typed or spoken value to its digits/letters."""
    if re.search(r"\d", text):  # typed form: keep letters and digits
        return re.sub(r"[^A-Z0-9]", "", text.upper())
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t == "for" and nxt in NATO_WORDS:
            i += 1
        elif t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nxt in WORD_NUM:
            out.append(str(WORD_NUM[nxt]) * (2 if t == "double" else 3))
            i += 1
        elif t in WORD_NUM:
            out.append(str(WORD_NUM[t]))
        elif t in TEEN_NUM:
            out.append(str(TEEN_NUM[t]))
        elif t in TEN_NUM:
            if nxt in WORD_NUM and nxt not in ("oh", "o", "nought", "zero"):
                out.append(str(TEN_NUM[t]) + str(WORD_NUM[nxt]))
                i += 1
            else:
                out.append(str(TEN_NUM[t]) + "0")
        elif t == "hundred":
            rest = toks[i + 1:]
            rest = [r for r in rest if r != "and"]
            if rest and (rest[0] in TEEN_NUM or rest[0] in TEN_NUM):
                pass
            elif rest and rest[0] in WORD_NUM:
                out.append("0")
            else:
                out.append("00")
        elif t == "thousand":
            rest = [r for r in toks[i + 1:] if r != "and"]
            if rest and (rest[0] in TEEN_NUM or rest[0] in TEN_NUM):
                out.append("0")
            elif rest and rest[0] in WORD_NUM:
                out.append("00")
            else:
                out.append("000")
        elif t == "for" and nxt in NATO_WORDS:
            i += 1
        elif t in SKIP:
            pass
        elif len(t) == 1:
            out.append(t.upper())
        else:
            out.append("?" + t + "?")
        i += 1
    return "".join(out)


def email_norm(text: str) -> str:
    t = text.strip().lower()
    if "@" in t:
        return t
    toks = t.split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w == "at":
            out.append("@")
            if i + 1 < len(toks) and toks[i + 1] == "sign":
                i += 1
        elif w == "dot":
            out.append(".")
        elif w == "underscore":
            out.append("_")
        elif w == "dash":
            out.append("-")
        elif w in WORD_NUM or w in TEEN_NUM or w in TEN_NUM:
            j = i
            while j < len(toks) and (toks[j] in WORD_NUM or toks[j] in TEEN_NUM or toks[j] in TEN_NUM):
                j += 1
            out.append(spoken_to_chars(" ".join(toks[i:j])))
            i = j
            continue
        else:
            out.append(w)
        i += 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def validate_group(typ, chars_list, raw_list):
    """Return list of error strings for one type's spans (in order) within a case."""
    errs = []
    if typ in ("CARD_NUMBER", "SSN", "IBAN", "NI_NUMBER", "SORT_CODE", "BANK_ACCOUNT", "PHONE"):
        for ch, raw in zip(chars_list, raw_list):
            if "?" in ch:
                errs.append("%s: unparsed word in %r -> %s" % (typ, raw, ch))
                return errs

        def accumulate(skip_repeats):
            acc, last = "", None
            for ch in chars_list:
                if skip_repeats and ch == last:
                    continue  # fragment repeated after "can you repeat that"
                last = ch
                acc += ch
                if complete(typ, acc):
                    acc = ""
            return acc

        left = accumulate(False)
        if left and accumulate(True):
            errs.append("%s: leftover/invalid value %r" % (typ, left))
        return errs
    for ch, raw in zip(chars_list, raw_list):
        if typ == "CVV":
            if not re.fullmatch(r"\d{3,4}", ch):
                errs.append("CVV invalid %r" % raw)
        elif typ == "EXPIRY":
            if not (re.search(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", raw.lower()) or
                    re.fullmatch(r"\d{3,6}", ch)):
                errs.append("EXPIRY invalid %r" % raw)
        elif typ == "DOB":
            digits = re.sub(r"\D", "", ch)
            if not (any(m in raw.lower() for m in MONTHS) or 6 <= len(digits) <= 8):
                errs.append("DOB invalid %r" % raw)
        elif typ == "EMAIL":
            e = email_norm(raw)
            if not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]+)+", e):
                errs.append("EMAIL invalid %r -> %r" % (raw, e))
        elif typ == "POSTCODE":
            c = re.sub(r"[^A-Z0-9]", "", ch.upper())
            if not (UK_PC.match(c) or re.fullmatch(r"\d{5}(\d{4})?", c)):
                errs.append("POSTCODE invalid %r -> %r" % (raw, c))
        elif typ == "ADDRESS":
            if not (re.match(r"^\d", ch) and re.search(r"(road|street|lane|close|avenue|drive|crescent|terrace|grove|view|way|gardens|boulevard|court|place|strand|lawn)\b", raw.lower())):
                errs.append("ADDRESS invalid %r" % raw)
    return errs


def complete(typ, acc):
    if typ == "CARD_NUMBER":
        return acc.isdigit() and 13 <= len(acc) <= 19 and luhn_ok(acc) and acc[0] in "23456" and (
            len(acc) in (15, 16, 19))
    if typ == "SSN":
        return re.fullmatch(r"\d{9}", acc) is not None
    if typ == "IBAN":
        return iban_ok(acc)
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", acc) is not None
    if typ == "SORT_CODE":
        return re.fullmatch(r"\d{6}", acc) is not None
    if typ == "BANK_ACCOUNT":
        return re.fullmatch(r"\d{8,12}", acc) is not None and len(acc) in (8, 9, 10, 12)
    if typ == "PHONE":
        return re.fullmatch(r"\d{10,13}", acc) is not None
    return False


def check(cases, text_written):
    errs = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for c in cases:
        cid = c["id"]
        if cid in ids:
            errs.append("duplicate id " + cid)
        ids.add(cid)
        if set(c) != {"id", "kind", "turns", "spans", "note"}:
            errs.append(cid + ": bad keys")
        if c["kind"] == "positive":
            npos += 1
            if not c["spans"]:
                errs.append(cid + ": positive without spans")
        elif c["kind"] == "negative":
            nneg += 1
            if c["spans"]:
                errs.append(cid + ": negative with spans")
        else:
            errs.append(cid + ": bad kind")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errs.append(cid + ": bad turn")
        prev = None
        by_type = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append(cid + ": bad type " + s["type"])
                continue
            counts[s["type"]] += 1
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append(cid + ": turn out of range")
                continue
            text = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(text)):
                errs.append(cid + ": offsets out of range")
                continue
            seg = text[st:en]
            if seg != seg.strip():
                errs.append(cid + ": span has outer whitespace %r" % seg)
            if (st > 0 and text[st - 1].isalnum()) or (en < len(text) and text[en].isalnum()):
                errs.append(cid + ": span not on word boundary %r" % seg)
            if prev and (prev["turn"], prev["end"]) > (s["turn"], s["start"]):
                errs.append(cid + ": overlapping/unsorted spans")
            prev = s
            by_type.setdefault(s["type"], []).append(seg)
        for typ, segs in by_type.items():
            chars = [spoken_to_chars(x) if typ != "EMAIL" else "" for x in segs]
            for e in validate_group(typ, chars, segs):
                errs.append(cid + ": " + e)
    if npos < 170 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t, n in counts.items():
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if n < need:
            errs.append("type %s has only %d spans (need %d)" % (t, n, need))
    return errs, counts, npos, nneg


def readme(counts, npos, nneg):
    lines = [
        "# PII hold-out set 79",
        "",
        "**Never use this set for tuning.** It exists only to measure the redactor on data it was not developed against.",
        "",
        "## Who wrote it and how",
        "",
        "Written by an AI helper acting as an independent author. The author did not see the redaction code, its",
        "tests, its documentation or any other PII fixture; only a three-line example of the JSONL format.",
        "Cases are produced by `scripts/make_pii_holdout79.py` (standard library only, one `random.Random(%d)`)." % SEED,
        "Each turn is assembled from plain text segments and (value, TYPE) segments so offsets are computed, never typed.",
        "`python scripts/make_pii_holdout79.py --check` regenerates the file, checks it is byte-identical, checks ids,",
        "offsets, word boundaries and non-overlap, and validates every value after normalising spoken forms",
        "(Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit counts, postcode shapes).",
        "",
        "Emphasis: long whole calls and chats (typically 8-20 turns) in which PII is collected during verification amid",
        "a conversation about the customer's problem, surrounded by non-PII numbers (amounts, dates, references, times,",
        "counts, percentages, meter readings, flight numbers).  Calls are written as lower-case ASR transcripts with",
        "numbers as words (oh/o/nought/zero, double/triple, pairs such as forty one, spelled letters with",
        "'b for bravo'); chats are typed with varied separators and case.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only, not its lead-in ('it's', 'card is', 'sort code', 'dob').",
        "- A value split across several customer turns (with agent back-channels between) is labelled as one span",
        "  per turn, each span covering that turn's fragment.  Filler words between two parts of a value inside one",
        "  turn ('um', 'and then') are outside the spans; the two parts are separate spans of the same type.",
        "- An agent reading a value back is labelled too; a fragment repeated after 'you broke up there' is labelled",
        "  both times.  Two values in one turn (card + expiry, address + postcode, phone + e-mail) are two spans.",
        "- ASR homophones inside a value ('for' = four, 'to' = two, 'ate' = eight, 'won' = one) and spelled letters",
        "  with a phonetic word ('d for delta', 's for sugar') are inside the span.  Names spelled letter by letter",
        "  inside an e-mail ('p a t e l at gmail dot com') are part of the EMAIL span.",
        "- Aborted false starts of two digits ('it's four five oh hang on wrong card') are not labelled.",
        "- ADDRESS covers house number and street name; the town is not included; POSTCODE is its own span.",
        "- DOB covers the whole date; EXPIRY covers month and year; e-mails cover the whole spoken form",
        "  ('j dot doe at gmail dot com').  Phone spans include a spoken/typed country prefix ('plus four four', '+44').",
        "- Negatives contain no personal data: amounts, balances, dates that are not birth dates, times, durations,",
        "  ages, counts, percentages, reference/case/invoice/order numbers said with their reference word, model",
        "  numbers, room numbers, meter readings, speeds, flight numbers.  Nothing in a negative should be redacted.",
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
        lines.append("| %s | %d |" % (t, counts[t]))
    lines += ["", "Never use this set for tuning.", ""]
    return "\n".join(lines)


def main():
    cases = build()
    text = dump(cases)
    errs, counts, npos, nneg = check(cases, text)
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from regenerated output")
        else:
            # re-parse the file as written
            parsed = [json.loads(l) for l in CASES.read_text(encoding="utf-8").splitlines()]
            if parsed != cases:
                errs.append("parsed file differs")
        if not README.exists() or README.read_text(encoding="utf-8") != readme(counts, npos, nneg):
            errs.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(readme(counts, npos, nneg), encoding="utf-8")
    turns = [len(c["turns"]) for c in cases]
    print("cases: %d positive, %d negative; turns per case %d-%d (mean %.1f)" % (
        npos, nneg, min(turns), max(turns), sum(turns) / len(turns)))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    if errs:
        for e in errs[:60]:
            print("ERROR:", e)
        print("%d problem(s)" % len(errs))
        return 1
    print("OK" + (" (check passed)" if "--check" in sys.argv else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

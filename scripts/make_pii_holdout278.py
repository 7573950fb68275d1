#!/usr/bin/env python3
"""Generate the held-out PII evaluation set tests/fixtures/pii_holdout278/.

Written by an independent AI helper that never saw the redaction code.
Whole contact-centre calls (ASR style) and chats (typed) with PII embedded in
normal conversation next to non-PII numbers.  Offsets are computed from
segments, never typed by hand.  Standard library only; deterministic.

    python scripts/make_pii_holdout278.py          # write fixture + README
    python scripts/make_pii_holdout278.py --check  # regenerate and verify
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 278241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout278"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
N_POS = 180
N_NEG = 110

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]
STREET_WORDS = ["road", "street", "lane", "avenue", "drive", "close", "way", "crescent",
                "court", "place", "terrace", "grove", "boulevard", "gardens", "rd", "st",
                "ave", "dr", "ln", "blvd", "hill", "park", "walk"]


# ----------------------------------------------------------------------------
# number words
def int_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + ("" if u == 0 else " " + UNITS[u])
    if n < 1000:
        h, r = divmod(n, 100)
        return UNITS[h] + " hundred" + ("" if r == 0 else " and " + int_words(r))
    th, r = divmod(n, 1000)
    s = int_words(th) + " thousand"
    if r == 0:
        return s
    if r < 100:
        return s + " and " + int_words(r)
    return s + " " + int_words(r)


def year_words(y, rng):
    if 2000 <= y < 2010:
        return rng.choice(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]])
    if y >= 2010:
        return rng.choice(["twenty " + int_words(y - 2000), "two thousand and " + int_words(y - 2000)])
    hi, lo = divmod(y, 100)
    return int_words(hi) + " " + (int_words(lo) if lo >= 10 else "oh " + UNITS[lo])


class Voice:
    """How one caller reads digits (consistent within a case)."""

    def __init__(self, rng, uk):
        self.rng = rng
        zeros = ["zero", "oh", "o"] + (["nought"] if uk else [])
        self.zero = rng.choice(zeros)
        self.doubles = rng.random() < 0.6
        self.pairs = rng.random() < 0.35
        self.filler = rng.random() < 0.35
        self.homo = rng.random() < 0.2  # ASR homophones: to/for/ate

    def digits(self, ds, allow_pairs=True):
        rng = self.rng
        out = []
        i = 0
        while i < len(ds):
            d = ds[i]
            if self.doubles and i + 2 < len(ds) + 0 and ds[i:i + 3] == d * 3 and rng.random() < 0.7:
                out.append("triple " + self.dw(d))
                i += 3
                continue
            if self.doubles and i + 1 < len(ds) and ds[i + 1] == d and rng.random() < 0.7:
                out.append("double " + self.dw(d))
                i += 2
                continue
            if (allow_pairs and self.pairs and i + 1 < len(ds) and d != "0" and ds[i + 1] != "0"
                    and rng.random() < 0.5):
                out.append(int_words(int(ds[i:i + 2])))
                i += 2
                continue
            out.append(self.dw(d))
            i += 1
        return " ".join(out)

    def dw(self, d):
        if self.homo and d in "248" and self.rng.random() < 0.4:
            return {"2": "to", "4": "for", "8": "ate"}[d]
        return self.zero if d == "0" else UNITS[int(d)]

    def fill(self):
        return self.rng.choice(["um ", "uh ", "er ", "erm "]) if self.filler and self.rng.random() < 0.5 else ""


def letter_say(ch, rng, nato_p=0.3):
    ch = ch.lower()
    if rng.random() < nato_p:
        return ch + " for " + NATO[ch]
    return ch


# ----------------------------------------------------------------------------
# values
def luhn_ok(ds):
    tot = 0
    for i, c in enumerate(reversed(ds)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def make_card(rng):
    kind = rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        pre, n = "4" + str(rng.randint(0, 9)), 16
    elif kind == "mc":
        pre, n = str(rng.randint(51, 55)), 16
    elif kind == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    else:
        pre, n = "6011", 16
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, kind
    raise AssertionError


def card_groups(ds):
    if len(ds) == 15:
        return [ds[:4], ds[4:10], ds[10:]]
    return [ds[i:i + 4] for i in range(0, len(ds), 4)]


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


BANK_CODES = {"GB": ["NWBK", "BARC", "LLYD", "MIDL", "HBUK"], "IE": ["AIBK", "BKIE", "IPBS"]}


def make_iban(rng, country):
    dg = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    if country in ("GB", "IE"):
        bban = rng.choice(BANK_CODES[country]) + dg(14)
    elif country == "DE":
        bban = dg(18)
    elif country == "NL":
        bban = rng.choice(["ABNA", "RABA", "INGB"]) + dg(10)
    elif country == "ES":
        bban = dg(20)
    else:  # FR
        bban = dg(23)
    return country + iban_check(country, bban) + bban


def make_phone(rng, country):
    dg = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    if country == "UK":
        k = rng.choice(["mob", "mob", "ldn", "man"])
        if k == "mob":
            return "07" + str(rng.choice([4, 5, 7, 8, 9])) + dg(8), k
        if k == "ldn":
            return "020" + rng.choice(["7", "8", "3"]) + dg(7), k
        return "0161" + dg(7), k
    if country == "US":
        return str(rng.choice([212, 312, 415, 617, 702, 813, 919, 503])) + str(rng.randint(2, 9)) + dg(6), "us"
    if country == "IE":
        return "08" + rng.choice(["3", "5", "6", "7"]) + dg(7), "ie"
    return "01" + rng.choice(["51", "52", "60", "70"]) + dg(8), "de"


FIRST = ["sarah", "james", "aoife", "tom", "priya", "marcus", "linda", "ciaran", "helen",
         "david", "nina", "oliver", "grace", "raj", "maria", "kevin", "emma", "luke", "fatima", "sean"]
LAST = ["walsh", "patel", "murphy", "jones", "garcia", "okafor", "brennan", "smith", "kowalski",
        "taylor", "nguyen", "hughes", "reilly", "evans", "schmidt", "lopez", "byrne", "clarke"]
DOMAINS = {"UK": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "sky.com"],
           "US": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com", "outlook.com"],
           "IE": ["gmail.com", "eircom.net", "outlook.ie", "yahoo.ie"],
           "EU": ["gmail.com", "web.de", "gmx.de", "orange.fr", "outlook.com"]}

UK_AREAS = ["SW", "SE", "N", "NW", "E", "W", "M", "B", "LS", "G", "EH", "CF", "BS", "CR",
            "L", "S", "NG", "CB", "BT", "RG", "PE", "DN", "HU", "KT", "TW"]
UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def make_postcode(rng, country):
    if country == "US":
        z = "%05d" % rng.randint(1001, 99950)
        if rng.random() < 0.2:
            z += "%04d" % rng.randint(1, 9999)
        return z
    a = rng.choice(UK_AREAS)
    d = str(rng.randint(1, 29 if len(a) == 2 else 20))
    return a + d + str(rng.randint(1, 9)) + rng.choice(UNIT_LETTERS) + rng.choice(UNIT_LETTERS)


def fmt_postcode(pc):
    if pc.isdigit():
        return pc if len(pc) == 5 else pc[:5] + "-" + pc[5:]
    return pc[:-3] + " " + pc[-3:]


STREETS_UK = ["Kingsway", "Mill", "Church", "Station", "Victoria", "Albert", "Highfield", "Beech",
              "Orchard", "Queens", "Meadow", "Park", "Windsor", "Elm", "Chapel", "Brook"]
STREETS_US = ["Maple", "Oak", "Washington", "Lincoln", "Cedar", "Pine", "Lake", "Sunset",
              "Jefferson", "Hillcrest", "Elm", "Walnut", "Highland", "Madison", "Park", "River"]
TYPES_UK = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Terrace", "Grove", "Gardens"]
TYPES_US = ["Street", "Avenue", "Drive", "Road", "Boulevard", "Lane", "Court", "Way"]
STREETS_IE = ["Main", "Church", "Bridge", "Castle", "Strand", "Harbour", "Abbey"]
TOWNS = {"UK": ["Leeds", "Croydon", "Manchester", "Bristol", "Cardiff", "Nottingham", "Reading"],
         "US": ["Springfield", "Austin", "Denver", "Tampa", "Portland", "Columbus", "Raleigh"],
         "IE": ["Galway", "Cork", "Limerick", "Sligo", "Kilkenny"],
         "EU": ["Berlin", "Hamburg", "Lyon", "Utrecht"]}


# ----------------------------------------------------------------------------
# case building
class Case:
    def __init__(self, rng, kind, channel, industry, country):
        self.rng = rng
        self.kind = kind
        self.channel = channel
        self.industry = industry
        self.country = country
        self.call = channel == "call"
        self.voice = Voice(rng, country in ("UK", "IE"))
        self.turns = []  # (speaker, [segments])
        self.groups = []  # dict(type, drop)
        self.tags = []

    def group(self, t, drop=None):
        self.groups.append({"type": t, "drop": drop})
        return len(self.groups) - 1

    def say(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def a(self, *segs):
        self.say("agent", *segs)

    def c(self, *segs):
        self.say("customer", *segs)

    def t(self, s):
        """plain text adapted to the channel"""
        if self.call:
            s = s.lower()
            s = re.sub(r"[,.!?;:]", "", s)
            s = re.sub(r"[ ]+", " ", s)
        return s

    def build(self, cid, note):
        turns, spans = [], []
        span_groups = []
        for ti, (sp, segs) in enumerate(self.turns):
            text = ""
            for seg in segs:
                if isinstance(seg, tuple):
                    val, g = seg
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val),
                                  "type": self.groups[g]["type"]})
                    span_groups.append(g)
                    text += val
                else:
                    text += seg
            turns.append({"speaker": sp, "text": text})
        rec = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": note}
        meta = {"groups": self.groups, "span_groups": span_groups, "call": self.call}
        return rec, meta


def V(g, text):
    return (text, g)


# ----------------------------------------------------------------------------
# non-PII number renderers
def amount(c):
    r = c.rng
    cur = {"UK": "£", "US": "$", "IE": "€", "EU": "€"}[c.country]
    word = {"£": "pounds", "$": "dollars", "€": "euro"}[cur]
    sub = {"£": "p", "$": "cents", "€": "cent"}[cur]
    whole = r.choice([r.randint(5, 99), r.randint(5, 99), r.randint(10, 250), r.randint(100, 950), r.randint(1000, 4800)])
    cents = r.choice([0, 0, 99, 50, r.randint(1, 98)])
    if not c.call:
        return cur + ("{:,}".format(whole) if whole >= 1000 and r.random() < 0.5 else str(whole)) + (
            "" if cents == 0 else ".%02d" % cents)
    s = int_words(whole) + " " + word
    if cents:
        s += r.choice([" and " + int_words(cents) + " " + sub, " " + int_words(cents)])
    return s


def nondob_date(c):
    r = c.rng
    d, m = r.randint(1, 28), r.randint(1, 12)
    if not c.call:
        if c.country == "US":
            return r.choice(["%s %d" % (MONTHS[m - 1].title(), d), "%d/%d" % (m, d)])
        return r.choice(["%d %s" % (d, MONTHS[m - 1].title()), "%02d/%02d" % (d, m), "the %d%s" % (
            d, "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))])
    if c.country == "US":
        return "%s %s" % (MONTHS[m - 1], ORD[d])
    return r.choice(["the %s of %s" % (ORD[d], MONTHS[m - 1]), "%s the %s" % (MONTHS[m - 1], ORD[d])])


def ref(c, word):
    r = c.rng
    n = r.randint(5, 10)
    ds = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
    if not c.call:
        pre = r.choice(["", "", "#"])
        return "%s %s%s" % (word, pre, ds)
    return "%s %s" % (word.lower(), Voice(r, False).digits(ds, allow_pairs=False))


def timeofday(c):
    r = c.rng
    h, m = r.randint(8, 17), r.choice([0, 15, 30, 45])
    if not c.call:
        hh = h if h <= 12 else h - 12
        return "%d:%02d%s" % (hh, m, "am" if h < 12 else "pm")
    hh = h if h <= 12 else h - 12
    return int_words(hh) + ("" if m == 0 else " " + int_words(m)) + r.choice(["", " in the morning" if h < 12 else " in the afternoon"])


def small(c, lo=2, hi=60):
    n = c.rng.randint(lo, hi)
    return int_words(n) if c.call else str(n)


def year(c):
    y = c.rng.randint(2016, 2026)
    return year_words(y, c.rng) if c.call else str(y)


# ----------------------------------------------------------------------------
# industry context: (problem, middle chatter) builders using non-PII numbers
COMPANY = {
    "banking": {"UK": "Northgate Bank", "US": "Summit Federal", "IE": "Liffey Bank", "EU": "Rheinbank"},
    "telecom": {"UK": "Vantage Mobile", "US": "Clearwave Wireless", "IE": "Emerald Telecom", "EU": "Teleon"},
    "utilities": {"UK": "Brightside Energy", "US": "Pacific Valley Power", "IE": "Shannon Energy", "EU": "Stadtwerk Plus"},
    "retail": {"UK": "Harlow & Finch", "US": "ShopMart", "IE": "Grafton Home", "EU": "Maison Verte"},
    "insurance": {"UK": "Keystone Insurance", "US": "Liberty Shield", "IE": "Celtic Assurance", "EU": "Allsure"},
    "travel": {"UK": "Skyline Holidays", "US": "Horizon Air", "IE": "Atlantic Ferries", "EU": "EuroRail Tours"},
    "healthcare billing": {"UK": "Medway Private Clinic", "US": "Riverside Medical Billing", "IE": "St Brigid's Clinic", "EU": "Klinik Nord"},
    "government": {"UK": "the Pension Service", "US": "the state unemployment office", "IE": "the Revenue helpline", "EU": "the tax office"},
}
AGENTS = ["Chloe", "Dan", "Megan", "Ravi", "Joe", "Ana", "Paul", "Becky", "Tariq", "Liam"]


def opening(c):
    co = COMPANY[c.industry][c.country]
    ag = c.rng.choice(AGENTS)
    if c.call:
        c.a(c.t(c.rng.choice(["Thank you for calling %s, you're speaking with %s, how can I help today?",
                              "Hello, %s, %s speaking, how can I help?",
                              "Good morning, you're through to %s, my name's %s, what can I do for you?"]) % (co, ag)))
    else:
        c.a("Hi, you're chatting with %s from %s. How can I help?" % (ag, co))


def problem(c):
    r, ind = c.rng, c.industry
    T = c.t
    if ind == "banking":
        opts = [lambda: [T("Hi, yeah, there's a payment of "), amount(c), T(" on my statement from "), nondob_date(c), T(" that I don't recognise.")],
                lambda: [T("I've been charged an overdraft fee of "), amount(c), T(" and I was only over by "), amount(c), T(" for like "), small(c, 2, 5), T(" days.")],
                lambda: [T("I want to set up a standing order for "), amount(c), T(" every month starting "), nondob_date(c), T(".")]]
    elif ind == "telecom":
        opts = [lambda: [T("My bill this month is "), amount(c), T(" but my plan is meant to be "), amount(c), T(".")],
                lambda: [T("My broadband keeps dropping, it's been down "), small(c, 3, 12), T(" times since "), nondob_date(c), T(", speed is about "), small(c, 2, 30), T(" megs.")],
                lambda: [T("I want to upgrade, I've been with you since "), year(c), T(" and I'm paying "), amount(c), T(" a month.")]]
    elif ind == "utilities":
        opts = [lambda: [T("I got an estimated bill for "), amount(c), T(", my actual meter reading is "), small(c, 1000, 60000) if not c.call else Voice(r, False).digits(str(r.randint(10000, 99999)), False), T(".")],
                lambda: [T("I'm moving out on "), nondob_date(c), T(" and need a final bill, the engineer is coming at "), timeofday(c), T(".")],
                lambda: [T("My direct debit went up from "), amount(c), T(" to "), amount(c), T(", that's like "), small(c, 10, 40), T(" percent.")]]
    elif ind == "retail":
        opts = [lambda: [T("I ordered "), small(c, 2, 6), T(" items, "), ref(c, "order number"), T(", and only one arrived.")],
                lambda: [T("I want to return a jacket, it was "), amount(c), T(" and I bought it on "), nondob_date(c), T(".")],
                lambda: [T("My parcel was due by "), timeofday(c), T(" on "), nondob_date(c), T(" and it's still not here, "), ref(c, "tracking number"), T(".")]]
    elif ind == "insurance":
        opts = [lambda: [T("I need to make a claim, someone reversed into my car on "), nondob_date(c), T(", the quote for the repair is "), amount(c), T(".")],
                lambda: [T("My renewal has gone up to "), amount(c), T(" from "), amount(c), T(" last year.")],
                lambda: [T("I'm calling about "), ref(c, "claim number"), T(", it's been "), small(c, 3, 9), T(" weeks.")]]
    elif ind == "travel":
        opts = [lambda: [T("My flight "), (r.choice(["BA", "FR", "EI", "UA", "LH"]) + " " + str(r.randint(100, 2999))) if not c.call else ("flight " + " ".join(r.choice(["b a", "f r", "e i", "u a"]).split()) + " " + int_words(r.randint(100, 999))), T(" on "), nondob_date(c), T(" was cancelled and I paid "), amount(c), T(".")],
                lambda: [T("I need to change my booking, "), ref(c, "booking reference"), T(", to "), small(c, 2, 5), T(" passengers.")],
                lambda: [T("The hotel charged me "), amount(c), T(" extra for room "), str(r.randint(101, 950)) if not c.call else int_words(r.randint(101, 950)), T(".")]]
    elif ind == "healthcare billing":
        opts = [lambda: [T("I got a bill for "), amount(c), T(" for an appointment on "), nondob_date(c), T(" but my insurance should cover "), small(c, 50, 90), T(" percent.")],
                lambda: [T("I'm calling about "), ref(c, "invoice number"), T(", I already paid "), amount(c), T(".")],
                lambda: [T("I need to set up a payment plan, the balance is "), amount(c), T(" and I can do "), amount(c), T(" a month.")]]
    else:
        opts = [lambda: [T("I'm calling about my claim, I applied on "), nondob_date(c), T(" and it's been "), small(c, 3, 12), T(" weeks.")],
                lambda: [T("My payment of "), amount(c), T(" didn't come in on "), nondob_date(c), T(".")],
                lambda: [T("I need to update my details, "), ref(c, "case reference"), T(".")]]
    return [s for s in r.choice(opts)() if s != ""]


def chatter(c):
    r, T = c.rng, c.t
    k = r.randint(0, 7)
    if k == 0:
        c.a(T("I'm sorry to hear that. Can I just ask how long you've been a customer?"))
        c.c(T("Oh about "), small(c, 2, 15), T(" years now."))
    elif k == 1:
        c.a(T("Okay, I can see a charge of "), amount(c), T(" posted on "), nondob_date(c), T("."))
        c.c(T("Yeah that's the one."))
    elif k == 2:
        c.a(T("Bear with me, the system's a bit slow today, it might take "), small(c, 2, 5), T(" minutes."))
        c.c(T("No problem."))
    elif k == 3:
        c.c(T("I've already called "), small(c, 2, 5), T(" times about this and waited over "), small(c, 20, 59), T(" minutes each time."))
        c.a(T("I do apologise for that."))
    elif k == 4:
        c.a(T("I'll raise this as "), ref(c, "ticket"), T(", you should hear back within "), small(c, 2, 10), T(" working days."))
        c.c(T("Okay thanks."))
    elif k == 5:
        c.a(T("I can offer a credit of "), amount(c), T(" as a goodwill gesture."))
        c.c(T("That would help, thank you."))
    elif k == 6:
        c.c(T("Sorry my kid's shouting, hang on a sec."))
        c.a(T("No worries, take your time."))
    else:
        c.a(T("Is there a good time to call you back? We're open till "), r.choice(["6pm", "8pm", "half seven"]) if not c.call else r.choice(["six", "eight", "half seven", "eight tonight"]), T("."))
        c.c(T("After "), timeofday(c), T(" is best."))


def closing(c):
    T = c.t
    c.a(T(c.rng.choice(["Is there anything else I can help with today?", "Anything else I can do for you?"])))
    c.c(T(c.rng.choice(["No that's everything, thanks.", "No that's it, cheers.", "That's all, thank you so much."])))
    if c.rng.random() < 0.5:
        c.a(T("Thanks for calling, have a lovely day." if c.call else "Thanks for chatting with us, have a good day!"))


# ----------------------------------------------------------------------------
# PII blocks
def split_reading(c, g, chunks, intro="", backs=("mhm", "yep", "okay go on", "yeah", "got it")):
    """customer reads chunks over several turns with agent back-channels"""
    r = c.rng
    for i, ch in enumerate(chunks):
        pre = intro if i == 0 else r.choice(["", "", "then ", "and "])
        c.c(pre, V(g, ch), r.choice(["", "", " that's it"]) if i == len(chunks) - 1 else "")
        if i < len(chunks) - 1:
            c.a(r.choice(backs))


def typo_sep(c):
    return c.rng.choice([" ", " ", "-", "", "  "])


def card_block(c):
    r, T = c.rng, c.t
    card, kind = make_card(r)
    c.a(T(r.choice(["Okay, can I take the long card number please?", "What's the card number you'd like to use?",
                    "Right, I'll take the payment now, go ahead with the card number."])))
    g = c.group("CARD_NUMBER")
    groups = card_groups(card)
    if not c.call:
        mode = r.randint(0, 3)
        if mode == 0:
            sep = typo_sep(c)
            c.c(r.choice(["its ", "Sure: ", "", "card is "]), V(g, sep.join(groups)))
        elif mode == 1:
            c.c(V(g, " ".join(groups[:2])))
            c.c(V(g, " ".join(groups[2:])), r.choice(["", " sorry hit enter too soon"]))
        elif mode == 2:
            c.c("Ok the card number is ", V(g, card), " and the amount to pay is ", amount(c))
        else:
            c.c(r.choice(["Visa debit, ", "it's my mastercard ", ""]), V(g, ".".join(groups) if r.random() < 0.3 else " ".join(groups)), r.choice([" thx", "", " ta"]))
    else:
        v = c.voice
        mode = r.randint(0, 4)
        chunks = [v.digits(x) for x in groups]
        if mode == 0:
            c.c(r.choice(["yeah it's ", "okay so it's ", "right ", ""]), V(g, " ".join(chunks)))
        elif mode == 1:
            split_reading(c, g, chunks, intro=r.choice(["okay ", "right so ", "", "it's "]))
        elif mode == 2:
            # self correction inside the reading: wrong chunk then "sorry" then right chunk
            k = r.randrange(1, len(groups))
            wrong = list(groups[k])
            wrong[r.randrange(len(wrong))] = str((int(wrong[0]) + 3) % 10)
            wrong = "".join(wrong)
            if wrong == groups[k]:
                wrong = groups[k][::-1] if groups[k][::-1] != groups[k] else str((int(groups[k]) + 1111) % 10 ** len(groups[k])).zfill(len(groups[k]))
            pos = sum(len(x) for x in groups[:k])
            c.groups[g]["drop"] = (pos, len(wrong))
            text = " ".join(chunks[:k]) + " " + v.digits(wrong) + " " + r.choice(["sorry", "no sorry", "sorry i mean", "wait no"]) + " " + " ".join(chunks[k:])
            c.c("so that's ", V(g, text))
        elif mode == 3:
            # filler words inside the reading, in one turn
            parts = []
            for i, ch in enumerate(chunks):
                parts.append(ch)
                if i < len(chunks) - 1 and r.random() < 0.6:
                    parts.append(r.choice(["um", "uh", "hang on", "er"]))
            c.c(r.choice(["let me just get it out of my purse right ", "okay ", ""]), V(g, " ".join(parts)))
        else:
            split_reading(c, g, [" ".join(chunks[:2]), " ".join(chunks[2:])], intro=r.choice(["", "okay it's "]))
        if r.random() < 0.45:
            g2 = c.group("CARD_NUMBER")
            last = groups[-1]
            rb = c.voice.digits(" ".join(groups).replace(" ", ""), allow_pairs=False)
            c.a(r.choice(["let me read that back ", "so that's ", "okay i've got "]), V(g2, rb), r.choice([" is that right", " yeah", ""]))
            c.c(r.choice(["yes", "yep that's right", "that's it"]))
    if r.random() < 0.85:
        expiry_block(c, kind)
    if r.random() < 0.85:
        cvv_block(c, kind)


def expiry_block(c, kind=None):
    r = c.rng
    m, y = r.randint(1, 12), r.randint(26, 31)
    c.a(c.t(r.choice(["And the expiry date?", "What's the expiry on the card?", "Expiry date please."])))
    g = c.group("EXPIRY")
    if not c.call:
        val = r.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%02d" % (m, y), "%02d%02d" % (m, y)])
        c.c(r.choice(["", "exp ", "its ", "Expires "]), V(g, val))
    else:
        v = c.voice
        val = r.choice([v.dw("0") + " " + UNITS[m] if m < 10 else int_words(m), MONTHS[m - 1]]) + " " + r.choice([
            int_words(y), "twenty " + int_words(y), "two thousand and " + int_words(y)])
        c.c(r.choice(["it's ", "expires ", "", "um "]), V(g, val))


def cvv_block(c, kind=None):
    r = c.rng
    n = 4 if kind == "amex" else 3
    cv = "".join(str(r.randint(0, 9)) for _ in range(n))
    c.a(c.t(r.choice(["And the three digits on the back?", "Last thing, the security code on the back please.",
                      "Can I get the CVV?" if not c.call else "and the cvv number"]) if n == 3 else
            "And the four digit code on the front of the Amex?"))
    g = c.group("CVV")
    if not c.call:
        c.c(r.choice(["", "cvv ", "its "]), V(g, cv))
    else:
        c.c(r.choice(["it's ", "", "uh "]), V(g, c.voice.digits(cv, allow_pairs=False)))


def ni_block(c):
    r = c.rng
    ni = make_ni(r)
    c.a(c.t(r.choice(["Can I take your National Insurance number to find your record?",
                      "For security I'll need your National Insurance number.",
                      "What's your NI number please?"])))
    g = c.group("NI_NUMBER")
    if not c.call:
        mode = r.randint(0, 3)
        if mode == 0:
            val = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
        elif mode == 1:
            val = ni
        elif mode == 2:
            val = ni.lower()
        else:
            val = "%s%s %s" % (ni[:2], ni[2:8], ni[8])
        c.c(r.choice(["it's ", "NI: ", "", "sure its "]), V(g, val), r.choice(["", " i think", "."]))
    else:
        v = c.voice
        letters = " ".join(letter_say(ch, r) for ch in ni[:2])
        nums = v.digits(ni[2:8])
        if r.random() < 0.3:
            nums = " ".join(int_words(int(ni[i:i + 2])) if ni[i] != "0" else v.dw("0") + " " + UNITS[int(ni[i + 1])]
                            for i in range(2, 8, 2))
        suf = letter_say(ni[8], r, 0.4)
        mode = r.randint(0, 2)
        if mode == 0:
            c.c(r.choice(["yeah it's ", "okay it's ", ""]), V(g, letters + " " + nums + " " + suf))
        elif mode == 1:
            c.c(r.choice(["right it's ", ""]), V(g, letters))
            c.a(r.choice(["mhm", "yep", "okay"]))
            c.c(V(g, nums))
            c.a(r.choice(["and the letter at the end", "and the last letter"]))
            c.c(r.choice(["", "it's "]), V(g, suf))
        else:
            c.c(r.choice(["hang on it's on my payslip ", "i've got it here "]), V(g, letters + " " + nums))
            c.a("and the letter")
            c.c(V(g, suf), r.choice(["", " i think"]))


def ssn_block(c):
    r = c.rng
    s = make_ssn(r)
    c.a(c.t(r.choice(["To verify your identity I'll need your Social Security number.",
                      "Can you give me your social please?",
                      "Could I get the last four of your social? Actually I need the full number for this one."])))
    g = c.group("SSN")
    if not c.call:
        val = r.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s, s[:3] + "." + s[3:5] + "." + s[5:]])
        c.c(r.choice(["SSN is ", "it's ", "", "ok "]), V(g, val))
    else:
        v = c.voice
        parts = [v.digits(s[:3]), v.digits(s[3:5]), v.digits(s[5:])]
        mode = r.randint(0, 2)
        if mode == 0:
            c.c(r.choice(["sure it's ", "yeah ", ""]), V(g, " ".join(parts)))
        elif mode == 1:
            split_reading(c, g, parts, intro=r.choice(["okay ", "it's "]), backs=("mhm", "okay", "uh huh", "go ahead"))
        else:
            c.c(V(g, parts[0] + " " + parts[1]))
            c.a("uh huh")
            c.c(v.fill(), V(g, parts[2]))
        if r.random() < 0.3:
            c.a("okay that's ", V(c.group("SSN"), " ".join([v.digits(s[:3], False), v.digits(s[3:5], False), v.digits(s[5:], False)])), " correct")
            c.c("yes")


def bank_block(c):
    r = c.rng
    if c.country == "UK":
        sc = "".join(str(r.randint(0, 9)) for _ in range(6))
        acct = "".join(str(r.randint(0, 9)) for _ in range(8))
        c.a(c.t("What's the sort code and account number for the refund?"))
        gs, ga = c.group("SORT_CODE"), c.group("BANK_ACCOUNT")
        if not c.call:
            scv = r.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
            if r.random() < 0.5:
                c.c("sort code ", V(gs, scv), " account ", V(ga, acct))
            else:
                c.c(V(gs, scv))
                c.a("Thanks, and the account number?")
                c.c(V(ga, acct), r.choice(["", " it's a joint account"]))
        else:
            v = c.voice
            if r.random() < 0.5:
                scv = " ".join((int_words(int(sc[i:i + 2])) if sc[i] != "0" and (sc[i + 1] != "0" or True) else v.dw("0") + " " + UNITS[int(sc[i + 1])]) for i in (0, 2, 4))
            else:
                scv = v.digits(sc, False)
            c.c(r.choice(["sort code is ", "okay the sort code ", ""]), V(gs, scv))
            c.a(r.choice(["mhm and the account number", "lovely and the account"]))
            if r.random() < 0.5:
                c.c(V(ga, v.digits(acct[:4])))
                c.a("yep")
                c.c(V(ga, v.digits(acct[4:])))
            else:
                c.c(V(ga, v.digits(acct)))
    else:
        n = r.choice([9, 10, 12]) if c.country == "US" else 8
        acct = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
        c.a(c.t(r.choice(["What's the checking account number you want the refund to go to?" if c.country == "US" else "What's your account number?",
                          "Can I get the account number please?"])))
        ga = c.group("BANK_ACCOUNT")
        if not c.call:
            c.c(r.choice(["acct ", "Account number ", "", "its "]), V(ga, acct))
        else:
            c.c(r.choice(["yeah it's ", "", "it's um "]), V(ga, c.voice.digits(acct)))


def iban_block(c):
    r = c.rng
    cc = {"UK": "GB", "IE": "IE", "EU": r.choice(["DE", "NL", "FR", "ES"]), "US": "DE"}[c.country]
    ib = make_iban(r, cc)
    c.a(c.t(r.choice(["Could you give me the IBAN for the transfer?", "What's the IBAN of the account?",
                      "I'll need the IBAN to send the refund."])))
    g = c.group("IBAN")
    if not c.call:
        grouped = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        val = r.choice([grouped, ib, grouped.lower(), ib[:4] + " " + ib[4:]])
        c.c(r.choice(["", "IBAN: ", "its ", "sure "]), V(g, val))
    else:
        v = c.voice

        def say(chunk):
            out = []
            buf = ""
            for ch in chunk:
                if ch.isdigit():
                    buf += ch
                else:
                    if buf:
                        out.append(v.digits(buf, False))
                        buf = ""
                    out.append(letter_say(ch, r, 0.2))
            if buf:
                out.append(v.digits(buf, False))
            return " ".join(out)
        chunks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        if r.random() < 0.5:
            c.c(r.choice(["okay it's ", "", "right "]), V(g, " ".join(say(x) for x in chunks)))
        else:
            half = len(chunks) // 2
            c.c(r.choice(["okay ", ""]), V(g, " ".join(say(x) for x in chunks[:half])))
            c.a(r.choice(["mhm", "yep keep going", "okay"]))
            c.c(V(g, " ".join(say(x) for x in chunks[half:])))


def phone_block(c):
    r = c.rng
    ph, k = make_phone(r, c.country)
    intl = r.random() < 0.3
    cc = {"UK": "44", "US": "1", "IE": "353", "EU": "49"}[c.country]
    c.a(c.t(r.choice(["What's the best number to reach you on?", "Can I confirm a contact number?",
                      "And a mobile number for the text updates?"])))
    g = c.group("PHONE")
    if not c.call:
        if c.country == "US":
            val = r.choice(["(%s) %s-%s" % (ph[:3], ph[3:6], ph[6:]), "%s-%s-%s" % (ph[:3], ph[3:6], ph[6:]),
                            "%s.%s.%s" % (ph[:3], ph[3:6], ph[6:]), "+1 %s %s %s" % (ph[:3], ph[3:6], ph[6:]), ph])
        elif intl:
            val = "+" + cc + " " + ph[1:4] + " " + ph[4:]
        else:
            val = r.choice([ph[:5] + " " + ph[5:], ph, ph[:4] + " " + ph[4:7] + " " + ph[7:]])
        c.c(r.choice(["", "its ", "mobile is ", "best is "]), V(g, val), r.choice(["", " after 5pm", " thanks"]))
    else:
        v = c.voice
        body = ph if (c.country == "US" or not intl) else ph[1:]
        lead = ("plus " + " ".join(UNITS[int(x)] for x in cc) + " ") if intl else ""
        txt = lead + v.digits(body)
        if r.random() < 0.4:
            cut = r.choice([3, 4, 5])
            c.c(r.choice(["yeah it's ", "", "it's "]), V(g, lead + v.digits(body[:cut])))
            c.a(r.choice(["mhm", "yep", "okay"]))
            c.c(V(g, v.digits(body[cut:])))
        else:
            c.c(r.choice(["yeah it's ", "", "it's my mobile "]), V(g, txt))


def email_block(c):
    r = c.rng
    f, l = r.choice(FIRST), r.choice(LAST)
    dom = r.choice(DOMAINS[c.country])
    style = r.randint(0, 4)
    num = str(r.randint(1, 99)) if r.random() < 0.3 else ""
    local = [f + "." + l, f[0] + l, f + "_" + l, f + l + num, l + "." + f[0]][style]
    if style == 3 and not num:
        local = f + l
    c.a(c.t(r.choice(["Can I take an email address for the confirmation?", "What email should I send the receipt to?",
                      "Is your email still the same? Can you confirm it for me?"])))
    g = c.group("EMAIL")
    if not c.call:
        val = local + "@" + dom
        if r.random() < 0.2:
            val = val.title() if r.random() < 0.5 else val.upper()
        c.c(r.choice(["", "its ", "email: ", "sure, "]), V(g, val))
    else:
        def say_local(s):
            out = []
            for part in re.split(r"([._])", s):
                if part == ".":
                    out.append("dot")
                elif part == "_":
                    out.append("underscore")
                elif part.isdigit():
                    out.append(int_words(int(part)))
                elif len(part) == 1:
                    out.append(part)
                elif part:
                    m = re.match(r"([a-z]+?)(\d*)$", part)
                    out.append(m.group(1))
                    if m.group(2):
                        out.append(int_words(int(m.group(2))))
            return " ".join(out)
        dom_s = " dot ".join(dom.split("."))
        txt = say_local(local) + " at " + dom_s
        c.c(r.choice(["yeah it's ", "", "it's "]), V(g, txt))
        if r.random() < 0.4:
            c.a(r.choice(["is that one word", "how do you spell the surname"]))
            c.c(r.choice(["yeah ", ""]), V(c.group("EMAIL_SPELL"), " ".join(l)) if False else "yeah all one word no spaces")


def dob_block(c):
    r = c.rng
    y = r.randint(1940, 2004)
    m, d = r.randint(1, 12), r.randint(1, 28)
    c.a(c.t(r.choice(["Can you confirm your date of birth?", "And your date of birth please?",
                      "For security, what's your date of birth?"])))
    g = c.group("DOB")
    if not c.call:
        if c.country == "US":
            val = r.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%d-%02d-%02d" % (y, m, d)])
        else:
            val = r.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                            "%d%s %s %d" % (d, "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"), MONTHS[m - 1][:3].title(), y)])
        c.c(r.choice(["", "its ", "DOB ", "born "]), V(g, val))
    else:
        yw = year_words(y, r)
        if c.country == "US":
            val = r.choice(["%s %s %s" % (MONTHS[m - 1], ORD[d], yw), "%s %s %s" % (MONTHS[m - 1], int_words(d), yw)])
        else:
            val = r.choice(["the %s of %s %s" % (ORD[d], MONTHS[m - 1], yw), "%s of %s %s" % (ORD[d], MONTHS[m - 1], yw),
                            "%s %s %s" % (ORD[d], MONTHS[m - 1], yw)])
        if r.random() < 0.3:
            c.c(r.choice(["it's ", ""]), V(g, val.rsplit(" ", len(yw.split()))[0]))
            c.a(r.choice(["and the year", "mhm and what year"]))
            c.c(V(g, yw))
        else:
            c.c(r.choice(["it's ", "yeah ", "", "um "]), V(g, val))


def address_block(c, with_pc=True):
    r = c.rng
    ctry = c.country
    num = r.randint(1, 240) if ctry != "US" else r.randint(100, 9800)
    if ctry == "US":
        st, ty = r.choice(STREETS_US), r.choice(TYPES_US)
    elif ctry == "IE":
        st, ty = r.choice(STREETS_IE), r.choice(["Street", "Road", "Avenue"])
    elif ctry == "EU":
        st, ty = r.choice(STREETS_UK), r.choice(["Road", "Street"])
    else:
        st, ty = r.choice(STREETS_UK), r.choice(TYPES_UK)
    flat = r.randint(1, 30) if r.random() < 0.25 else None
    town = r.choice(TOWNS[ctry])
    c.a(c.t(r.choice(["Can you confirm the first line of your address and the postcode?" if ctry != "US" else "Can you confirm the street address and ZIP code?",
                      "What's the address the order should go to?", "And what's your current address?"])))
    ga = c.group("ADDRESS")
    pc = make_postcode(r, "US" if ctry == "US" else "UK") if ctry in ("UK", "US") and with_pc else None
    gp = c.group("POSTCODE") if pc else None
    if not c.call:
        addr = (("Apt %d, " if ctry == "US" else "Flat %d, ") % flat if flat else "") + "%d %s %s" % (num, st, ty if r.random() < 0.75 else {"Road": "Rd", "Street": "St", "Avenue": "Ave", "Drive": "Dr", "Lane": "Ln"}.get(ty, ty))
        if r.random() < 0.2:
            addr = addr.lower()
        segs = [r.choice(["", "its ", "sure, "]), V(ga, addr), ", %s" % town]
        if pc:
            pcv = fmt_postcode(pc)
            if r.random() < 0.3:
                pcv = pcv.lower() if r.random() < 0.5 else pcv.replace(" ", "")
            segs += [r.choice([", ", " "]), V(gp, pcv)]
        c.c(*segs)
    else:
        v = c.voice
        nw = int_words(num) if r.random() < 0.6 or num < 100 else (int_words(num // 100) + " " + (int_words(num % 100) if num % 100 >= 10 else v.dw("0") + " " + UNITS[num % 100]))
        addr = (("apartment " if ctry == "US" else "flat ") + int_words(flat) + " " if flat else "") + nw + " " + st.lower() + " " + ty.lower()
        c.c(r.choice(["yeah it's ", "", "it's "]), V(ga, addr), " " + town.lower())
        if pc:
            c.a(r.choice(["and the postcode" if ctry == "UK" else "and the zip", "lovely and the postcode" if ctry == "UK" else "and what's the zip code"]))
            if pc.isdigit():
                pcv = v.digits(pc, False)
            else:
                out = []
                for ch in pc:
                    out.append(v.dw(ch) if ch.isdigit() else letter_say(ch, r, 0.25))
                pcv = " ".join(out)
            c.c(r.choice(["it's ", "", "yeah "]), V(gp, pcv))


def postcode_block(c):
    r = c.rng
    pc = make_postcode(r, "US" if c.country == "US" else "UK")
    c.a(c.t("Can I just check the postcode on the account?" if c.country != "US" else "What's the ZIP code on the account?"))
    g = c.group("POSTCODE")
    if not c.call:
        c.c(r.choice(["", "its "]), V(g, fmt_postcode(pc) if r.random() < 0.7 else fmt_postcode(pc).lower()))
    else:
        v = c.voice
        pcv = v.digits(pc, False) if pc.isdigit() else " ".join(v.dw(ch) if ch.isdigit() else letter_say(ch, r, 0.3) for ch in pc)
        c.c(r.choice(["it's ", ""]), V(g, pcv))


BLOCKS = {"card": card_block, "ni": ni_block, "ssn": ssn_block, "bank": bank_block, "iban": iban_block,
          "phone": phone_block, "email": email_block, "dob": dob_block, "address": address_block,
          "postcode": postcode_block, "expiry": expiry_block, "cvv": cvv_block}
BY_COUNTRY = {
    "UK": ["card", "ni", "bank", "iban", "phone", "ni", "email", "dob", "address", "bank", "postcode", "ni", "card"],
    "US": ["card", "ssn", "bank", "phone", "email", "dob", "address", "postcode", "ssn", "card"],
    "IE": ["card", "iban", "phone", "email", "dob", "bank"],
    "EU": ["card", "iban", "phone", "email", "dob"],
}
INDUSTRIES = list(COMPANY)
COUNTRIES = ["UK", "US", "UK", "US", "IE", "EU", "UK", "US"]


def positive(rng, i):
    country = COUNTRIES[i % len(COUNTRIES)]
    industry = INDUSTRIES[(i * 3 + i // 8) % len(INDUSTRIES)]
    if industry == "government" and country == "UK" and rng.random() < 0.6:
        primary = "ni"
    elif industry == "government" and country == "US" and rng.random() < 0.6:
        primary = "ssn"
    else:
        lst = BY_COUNTRY[country]
        primary = lst[(i // len(COUNTRIES)) % len(lst)]
    channel = "call" if rng.random() < 0.6 else "chat"
    c = Case(rng, "positive", channel, industry, country)
    opening(c)
    c.c(*problem(c))
    if rng.random() < 0.7:
        chatter(c)
    blocks = [primary]
    extra = [b for b in BY_COUNTRY[country] if b != primary]
    for b in rng.sample(extra, rng.choice([0, 1, 1, 2])):
        if b not in blocks:
            blocks.append(b)
    for bi, b in enumerate(blocks):
        c.tags.append(b)
        BLOCKS[b](c)
        if rng.random() < 0.5:
            chatter(c)
    closing(c)
    return c, "%s/%s/%s: %s embedded in a whole conversation with non-PII numbers around" % (
        channel, industry, country, "+".join(blocks))


# ----------------------------------------------------------------------------
# negatives: tricky non-PII numbers only
def neg_block(c):
    r, T = c.rng, c.t
    allowed = list(range(14))
    if c.industry != "telecom":
        allowed = [x for x in allowed if x not in (6, 11)]
    if c.industry != "utilities":
        allowed = [x for x in allowed if x not in (3, 7)]
    if c.industry != "travel":
        allowed = [x for x in allowed if x != 9]
    k = r.choice(allowed)
    if k == 0:
        c.a(T("Can I take your order number?"))
        c.c(T("Yeah it's "), ref(c, "order number"))
    elif k == 1:
        c.a(T("Your appointment is booked for "), nondob_date(c), T(" at "), timeofday(c), T("."))
        c.c(T("Great, and how long will it take?"))
        c.a(T("About "), small(c, 30, 90), T(" minutes."))
    elif k == 2:
        c.c(T("The balance says "), amount(c), T(" but I paid "), amount(c), T(" on "), nondob_date(c), T("."))
        c.a(T("I can see that payment, it'll clear in "), small(c, 2, 5), T(" days."))
    elif k == 3:
        reading = str(r.randint(10000, 99999))
        c.a(T("Could you read me the meter reading?"))
        c.c(T("It says "), Voice(r, c.country in ("UK", "IE")).digits(reading, False) if c.call else reading, T(" on the display."))
    elif k == 4:
        c.c(T("I'm "), small(c, 67, 92), T(" years old and I've been with you since "), year(c), T("."))
        c.a(T("Thank you for your loyalty."))
    elif k == 5:
        c.a(T("The contract started on "), nondob_date(c), T(" "), year(c), T(" and runs for "), small(c, 12, 36), T(" months."))
        c.c(T("Okay so I can leave after that?"))
    elif k == 6:
        mdl = r.choice(["X", "KS", "HX", "GT"]) + str(r.randint(100, 9999))
        c.c(T("It's the router model "), mdl if not c.call else " ".join(mdl[:-len(str(r.randint(1, 1)))].lower()) if False else (mdl if not c.call else " ".join(ch.lower() for ch in mdl if ch.isalpha()) + " " + int_words(int("".join(ch for ch in mdl if ch.isdigit())))), T("."))
        c.a(T("Thanks, that model needs firmware version "), small(c, 2, 9), T("."))
    elif k == 7:
        c.c(T("The heating's set to "), small(c, 18, 24), T(" degrees but it's only "), small(c, 12, 16), T(" in here."))
        c.a(T("I'll book an engineer visit, "), ref(c, "job reference"), T("."))
    elif k == 8:
        c.a(T("I can give you "), small(c, 10, 30), T(" percent off for "), small(c, 3, 12), T(" months, so it'd be "), amount(c), T("."))
        c.c(T("Go on then."))
    elif k == 9:
        c.c(T("I'm in room "), str(r.randint(101, 950)) if not c.call else int_words(r.randint(101, 950)), T(" and checkout is at "), timeofday(c), T("."))
        c.a(T("I'll add a late checkout, that's "), amount(c), T("."))
    elif k == 10:
        c.a(T("Your "), ref(c, "invoice"), T(" for "), amount(c), T(" was due on "), nondob_date(c), T("."))
        c.c(T("I'll pay it on Friday."))
    elif k == 11:
        c.c(T("Speed test shows "), small(c, 2, 90), T(" megabits, I'm paying for "), small(c, 100, 900), T("."))
        c.a(T("That's well below the minimum guaranteed."))
    elif k == 12:
        c.a(T("I've logged it under "), ref(c, "case number"), T(", expect a call back on "), nondob_date(c), T(" between "), timeofday(c), T(" and "), timeofday(c), T("."))
        c.c(T("Thanks."))
    else:
        c.c(T("I bought "), small(c, 2, 12), T(" of them and it came to "), amount(c), T(" in total."))
        c.a(T("Right, and you'd like to return all of them?"))


def negative(rng, i):
    country = COUNTRIES[(i + 3) % len(COUNTRIES)]
    industry = INDUSTRIES[(i * 5 + 1) % len(INDUSTRIES)]
    channel = "call" if rng.random() < 0.6 else "chat"
    c = Case(rng, "negative", channel, industry, country)
    opening(c)
    c.c(*problem(c))
    nb = rng.randint(2, 4)
    for _ in range(nb):
        if rng.random() < 0.5:
            chatter(c)
        neg_block(c)
    closing(c)
    return c, "%s/%s/%s: whole conversation with only non-PII numbers (amounts, dates, refs, times, counts)" % (
        channel, industry, country)


def generate():
    rng = random.Random(SEED)
    recs, metas = [], []
    for i in range(N_POS):
        c, note = positive(rng, i)
        rec, meta = c.build("h278-pos-%03d" % (i + 1), note)
        # drop unused groups' spans (none are emitted for them)
        recs.append(rec)
        metas.append(meta)
    for i in range(N_NEG):
        c, note = negative(rng, i)
        rec, meta = c.build("h278-neg-%03d" % (i + 1), note)
        recs.append(rec)
        metas.append(meta)
    return recs, metas


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


# ----------------------------------------------------------------------------
# validation
W2D = {w: str(i) for i, w in enumerate(UNITS)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "to": "2", "too": "2", "for": "4", "ate": "8"})
T2D = {w: str(i + 10) for i, w in enumerate(TEENS)}
TENS2D = {w: str(i) for i, w in enumerate(TENS) if w}
NATO_WORDS = set(NATO.values())


def spoken_norm(text, email=False):
    toks = re.findall(r"[a-z0-9]+(?:-[a-z]+)?|[@+._]", text.lower())
    out = []
    i = 0
    mult = 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        if t == "for" and nxt in NATO_WORDS:
            i += 2
            continue
        if t in W2D:
            out.append(W2D[t] * mult)
        elif t in T2D:
            out.append(T2D[t])
        elif t in TENS2D:
            if nxt in UNITS[1:]:
                out.append(TENS2D[t] + W2D[nxt])
                i += 1
            else:
                out.append(TENS2D[t] + "0")
        elif t.isdigit():
            out.append(t)
        elif email and t == "dot":
            out.append(".")
        elif email and t == "at":
            out.append("@")
        elif email and t == "underscore":
            out.append("_")
        elif len(t) == 1 and t.isalpha():
            out.append(t.upper() if not email else t)
        elif email:
            out.append(t)
        mult = 1
        i += 1
    return "".join(out)


def typed_norm(text):
    return re.sub(r"[^A-Za-z0-9]", "", text).upper()


MONTH_RE = re.compile(r"\b(" + "|".join(m[:3] for m in MONTHS) + r")", re.I)


def validate(typ, raw, call):
    n = spoken_norm(raw) if call else typed_norm(raw)
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "EXPIRY":
        if MONTH_RE.search(raw):
            return True
        if call:
            n = spoken_norm(raw.lower().replace("two thousand and ", "twenty "))
        return n.isdigit() and len(n) in (3, 4, 5, 6) and 1 <= int(n[:2 if len(n) % 2 == 0 else 1]) <= 12
    if typ == "SSN":
        return n.isdigit() and len(n) == 9
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", n))
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 8 <= len(n) <= 12
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "IBAN":
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", n)) and iban_ok(n)
    if typ == "PHONE":
        return n.isdigit() and 10 <= len(n) <= 13
    if typ == "EMAIL":
        e = spoken_norm(raw, email=True) if call else raw.lower()
        return bool(re.fullmatch(r"[a-z0-9._]+@[a-z0-9-]+(\.[a-z]+)+", e))
    if typ == "DOB":
        return bool(MONTH_RE.search(raw)) or (n.isdigit() and 6 <= len(n) <= 8)
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", n)) or bool(re.fullmatch(r"\d{5}(\d{4})?", n))
    if typ == "ADDRESS":
        words = set(re.findall(r"[a-z]+", raw.lower()))
        return bool(words & set(STREET_WORDS)) and (bool(re.search(r"\d", raw)) or bool(words & (set(W2D) | set(T2D) | set(TENS2D))))
    return False


def check(recs, metas, text):
    problems = []
    on_disk = CASES.read_text(encoding="utf-8") if CASES.exists() else None
    if on_disk != text:
        problems.append("cases.jsonl differs from regenerated output")
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    counts = Counter()
    for r, m in zip(recs, metas):
        if r["kind"] == "negative" and r["spans"]:
            problems.append("%s negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            problems.append("%s positive without spans" % r["id"])
        if not (1 <= len(r["turns"])):
            problems.append("%s no turns" % r["id"])
        byturn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s bad type %s" % (r["id"], s["type"]))
            counts[s["type"]] += 1
            if not (0 <= s["turn"] < len(r["turns"])):
                problems.append("%s turn out of range" % r["id"])
                continue
            t = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                problems.append("%s offsets out of range" % r["id"])
                continue
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()) or t[a].isspace() or t[b - 1].isspace():
                problems.append("%s span not on word boundary: %r" % (r["id"], t[a:b]))
            byturn.setdefault(s["turn"], []).append((a, b))
        for ti, lst in byturn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append("%s overlapping spans in turn %d" % (r["id"], ti))
        # per-value validation
        texts = {}
        for s, g in zip(r["spans"], m["span_groups"]):
            texts.setdefault(g, []).append(r["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for g, parts in texts.items():
            grp = m["groups"][g]
            raw = " ".join(parts)
            if grp["drop"]:
                n = spoken_norm(raw) if m["call"] else typed_norm(raw)
                pos, k = grp["drop"]
                n = re.sub(r"\D", "", n)
                n = n[:pos] + n[pos + k:]
                ok = grp["type"] == "CARD_NUMBER" and n.isdigit() and luhn_ok(n) and 13 <= len(n) <= 19
            else:
                ok = validate(grp["type"], raw, m["call"])
            if not ok:
                problems.append("%s invalid %s value: %r" % (r["id"], grp["type"], raw))
    npos = sum(r["kind"] == "positive" for r in recs)
    nneg = len(recs) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            problems.append("type %s has %d spans < %d" % (t, counts[t], need))
    turns = [len(r["turns"]) for r in recs]
    print("cases: %d positive, %d negative; turns per case min %d max %d mean %.1f" % (
        npos, nneg, min(turns), max(turns), sum(turns) / len(turns)))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    print("  total spans   %d" % sum(counts.values()))
    return problems, counts, npos, nneg


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set 278

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its documentation or any other PII fixture; the
only thing consulted was a three-line example of the JSONL format. The data is
generated by `scripts/make_pii_holdout278.py` (standard library only, one
`random.Random(%d)`), so it is byte-for-byte reproducible;
`python scripts/make_pii_holdout278.py --check` regenerates it, verifies it is
identical, that ids are unique, offsets are in range and on word boundaries, spans
do not overlap, and that every labelled value is valid after normalising spoken
forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort
codes, digit counts for CVV/phone/account, UK postcode / US ZIP shapes).

Emphasis: longer whole calls (ASR style: lower case, no punctuation, numbers as
words, "oh"/"o"/"nought", "double"/"triple", pairs like "forty one", NATO
spelling "b for bravo", fillers, self-corrections, readings split over turns with
agent back-channels, agent read-backs) and chats (typed, varied separators and
case), in banking, telecom, utilities, retail, insurance, travel, healthcare
billing and government services, for UK, US, Ireland and EU customers. PII sits
among ordinary non-PII numbers of the conversation (amounts, dates, reference /
order / ticket / claim numbers, times, counts, percentages, room numbers).

## Annotation conventions

* A span covers the value only: from its first to its last character/word of the
  value itself. Lead-ins ("it's", "card is", "sort code") are outside.
* When a value is read over several customer turns, each turn's part is its own
  span of the same type (agent back-channels are not labelled).
* Fillers or corrections *inside* a reading ("four five um six", "... no sorry
  ...") are inside the span, which runs from the first to the last digit word.
* Agent read-backs of a value are labelled too (same type).
* ADDRESS: house/flat number through street type ("Flat 3, 17 Mill Lane",
  "forty two kingsway road"); the town is outside; the postcode is a separate
  POSTCODE span.
* DOB: the whole date (day, month, year); when the year is given in a later turn
  it is a separate DOB span. EXPIRY: month and year as said.
* EMAIL: the whole address, spoken forms included ("j dot doe at gmail dot com").
* PHONE: includes a leading "+44"/"plus four four" country code when said.
* Negative cases contain no PII at all, only lookalike numbers: money, dates
  that are not birth dates, times, durations, counts, ages, temperatures,
  percentages, meter readings, room/model numbers and reference numbers of at
  most 10 digits introduced by their reference word. Agent first names and
  company names appear in both kinds and are not labelled.

## Counts

%d positive cases, %d negative cases.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    recs, metas = generate()
    text = dumps(recs)
    if "--check" in sys.argv:
        problems, counts, npos, nneg = check(recs, metas, text)
        if README.exists() and README.read_text(encoding="utf-8") != readme(counts, npos, nneg):
            problems.append("README.md differs from regenerated output")
        for p in problems[:50]:
            print("PROBLEM:", p)
        if problems:
            print("FAILED: %d problems" % len(problems))
            sys.exit(1)
        print("OK")
        return
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    counts = Counter(s["type"] for r in recs for s in r["spans"])
    npos = sum(r["kind"] == "positive" for r in recs)
    README.write_text(readme(counts, npos, len(recs) - npos), encoding="utf-8")
    print("wrote %d cases to %s" % (len(recs), CASES))


if __name__ == "__main__":
    main()

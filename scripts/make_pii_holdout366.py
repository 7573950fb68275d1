#!/usr/bin/env python3
"""Generate the pii_holdout366 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) without access to the
redaction engine.  Standard library only.  Deterministic:
random.Random(366241125).

Usage:
    python scripts/make_pii_holdout366.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout366.py --check  # regenerate + verify
"""
import json
import os
import random
import re
import sys

SEED = 366241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout366", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine"]
TEEN = {"10": "ten", "11": "eleven", "12": "twelve", "13": "thirteen",
        "14": "fourteen", "15": "fifteen", "16": "sixteen",
        "17": "seventeen", "18": "eighteen", "19": "nineteen"}
TENW = {"2": "twenty", "3": "thirty", "4": "forty", "5": "fifty",
        "6": "sixty", "7": "seventy", "8": "eighty", "9": "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta",
        "e": "echo", "f": "foxtrot", "g": "golf", "h": "hotel",
        "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "o": "oscar", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
FOLK = {"a": "apple", "b": "bravo", "c": "charlie", "d": "dog", "e": "edward",
        "h": "harry", "j": "jack", "k": "king", "l": "london", "m": "mother",
        "n": "nancy", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
        "w": "william", "x": "x-ray", "y": "yellow", "z": "zebra",
        "g": "george", "f": "freddie", "q": "queen"}
FILLERS = ["um", "uh", "er", "erm", "uhm"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth",
       6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth",
       11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
       15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
       18: "eighteenth", 19: "nineteenth", 20: "twentieth",
       21: "twenty first", 22: "twenty second", 23: "twenty third",
       24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}


def sfx(n):
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# ---------------------------------------------------------------- checksums
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_complete(prefix, length, rng):
    d = prefix + "".join(str(rng.randrange(10))
                         for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(d + c):
            return d + c


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return "%s%02d%s" % (cc, 98 - n % 97, bban)


# ---------------------------------------------------------------- normaliser
UNITS = {w: str(i) for i, w in enumerate(ONES)}
ZEROS = {"oh": "0", "o": "0", "nought": "0", "naught": "0"}
TEENR = {v: k for k, v in TEEN.items()}
TENR = {v: k for k, v in TENW.items()}
FILL = set(FILLERS) | {"hmm", "ah"}


def normalise(text, mode):
    """Turn a (possibly spoken) value into a compact string.
    mode: 'digits' | 'alnum' | 'email' | 'raw'."""
    toks = re.findall(r"[A-Za-z]+-[A-Za-z]+|[A-Za-z0-9]+|[^\sA-Za-z0-9]", text)
    toks = [t.lower() for t in toks]
    units = dict(UNITS)
    if mode != "email":
        units.update(ZEROS)
    out = []
    i = 0
    n = len(toks)

    def nxt(k=1):
        return toks[i + k] if i + k < n else None
    while i < n:
        t = toks[i]
        if t in FILL:
            i += 1
            continue
        if t in ("double", "triple"):
            k = 2 if t == "double" else 3
            x = nxt()
            if x in units:
                out.append(units[x] * k)
            elif x and len(x) == 1 and x.isalpha():
                out.append(x.upper() * k)
            i += 2
            continue
        if t in units and t not in ("o",) or (t == "o" and mode != "email"):
            if nxt() == "hundred":
                h = units[t]
                i += 2
                anded = False
                if i < n and toks[i] == "and":
                    anded = True
                    i += 1
                x = toks[i] if i < n else None
                if x in TENR:
                    y = toks[i + 1] if i + 1 < n else None
                    if y in UNITS and y != "zero":
                        out.append(h + TENR[x] + UNITS[y])
                        i += 2
                    else:
                        out.append(h + TENR[x] + "0")
                        i += 1
                elif x in TEENR:
                    out.append(h + TEENR[x])
                    i += 1
                elif anded and x in UNITS:
                    out.append(h + "0" + UNITS[x])
                    i += 1
                else:
                    out.append(h + "00")
                continue
            out.append(units[t])
            i += 1
            continue
        if t in TENR:
            y = nxt()
            if y in UNITS and y != "zero":
                out.append(TENR[t] + UNITS[y])
                i += 2
            else:
                out.append(TENR[t] + "0")
                i += 1
            continue
        if t in TEENR:
            out.append(TEENR[t])
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and nxt() in ("for", "as"):
            out.append(t.upper() if mode != "email" else t)
            i += 3 if nxt() == "for" else 4
            continue
        if mode == "email":
            if t == "dot":
                out.append(".")
            elif t == "at":
                out.append("@")
            elif t == "underscore":
                out.append("_")
            elif t in ("dash", "hyphen"):
                out.append("-")
            elif t in (".", "@", "_", "-") or t.replace("-", "").isalnum():
                out.append(t)
            i += 1
            continue
        if mode == "digits":
            if t.isdigit():
                out.append(t)
        elif mode == "alnum":
            if t.isalnum():
                out.append(t.upper())
        else:
            out.append(t)
        i += 1
    return "".join(out) if mode != "raw" else " ".join(out)


STREET_SFX = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln",
              "close", "drive", "dr", "way", "crescent", "court", "place",
              "terrace", "grove", "gardens", "boulevard", "blvd", "row",
              "park", "square", "hill", "walk", "mews", "parade", "rise",
              "view", "green", "circle", "pike", "trail"}
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def validate(typ, text):
    low = text.lower()
    if typ == "CARD_NUMBER":
        d = normalise(text, "digits")
        return 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CVV":
        return len(normalise(text, "digits")) in (3, 4)
    if typ == "SSN":
        return len(normalise(text, "digits")) == 9
    if typ == "SORT_CODE":
        return len(normalise(text, "digits")) == 6
    if typ == "BANK_ACCOUNT":
        return 6 <= len(normalise(text, "digits")) <= 17
    if typ == "PHONE":
        return 10 <= len(normalise(text, "digits")) <= 15
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]",
                            normalise(text, "alnum")) is not None
    if typ == "IBAN":
        return iban_ok(normalise(text, "alnum"))
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+",
                            normalise(text, "email").lower()) is not None
    if typ == "POSTCODE":
        a = normalise(text, "alnum")
        return bool(UK_PC.match(a)) or re.fullmatch(r"\d{5}(\d{4})?", a) is not None
    if typ in ("DOB", "EXPIRY"):
        words = re.findall(r"[a-z]+", low)
        has_month = any(w in MONTHS or w[:3] in [m[:3] for m in MONTHS]
                        for w in words)
        d = normalise(text, "digits")
        if typ == "EXPIRY":
            return has_month or 3 <= len(d) <= 6
        return has_month or 5 <= len(d) <= 8
    if typ == "ADDRESS":
        words = re.findall(r"[a-z0-9]+", low)
        has_num = any(w.isdigit() or w in UNITS or w in TENR or w in TEENR
                      or re.fullmatch(r"\d+[a-z]", w) for w in words)
        return has_num and any(w in STREET_SFX for w in words)
    return False


# ---------------------------------------------------------------- builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}   # gid -> {"type", "partial_of"}
        self._g = 0

    def gid(self, typ, partial_of=None):
        self._g += 1
        self.groups[self._g] = {"type": typ, "partial_of": partial_of}
        return self._g

    def t(self, speaker, *segs):
        text = ""
        spans = []
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                typ, val, g = s
                assert val == val.strip() and val, (val,)
                spans.append({"turn": len(self.turns), "start": len(text),
                              "end": len(text) + len(val), "type": typ,
                              "_g": g})
                text += val
        self.turns.append({"speaker": speaker, "text": text})
        self.spans.extend(spans)
        return self

    def V(self, typ, val, g=None):
        if g is None:
            g = self.gid(typ)
        return (typ, val, g)


def V(typ, val, g):
    return (typ, val, g)


# ---------------------------------------------------------------- helpers
class Gen:
    def __init__(self, rng):
        self.r = rng

    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    def filler(self):
        return self.ch(FILLERS)

    def zero(self, uk=False):
        opts = ["oh", "oh", "zero", "o"] + (["nought"] if uk else [])
        return self.ch(opts)

    # --- spoken digits
    def pair_ok(self, p):
        return p[0] == "1" or (p[0] != "0" and p[1] != "0")

    def say_pair(self, p):
        if p[0] == "1":
            return TEEN[p]
        return TENW[p[0]] + " " + ONES[int(p[1])]

    def hund_ok(self, g):
        if g[0] == "0":
            return False
        return g[1] == "1" or (g[1] >= "2" and g[2] != "0") or \
            (g[1] == "0" and g[2] != "0")

    def say_hund(self, g):
        rest = g[1:]
        if rest[0] == "0":
            tail = ONES[int(rest[1])]
        else:
            tail = self.say_pair(rest)
        return ONES[int(g[0])] + " hundred and " + tail

    def digitwise(self, g, z, doubles=True):
        out = []
        i = 0
        while i < len(g):
            j = i
            while j < len(g) and g[j] == g[i]:
                j += 1
            run = j - i
            w = z if g[i] == "0" else ONES[int(g[i])]
            while run > 0:
                if run >= 3 and doubles and self.p(0.5):
                    out.append("triple " + w)
                    run -= 3
                elif run >= 2 and doubles and self.p(0.7):
                    out.append("double " + w)
                    run -= 2
                else:
                    out.append(w)
                    run -= 1
            i = j
        return " ".join(out)

    def say_group(self, g, z, fancy=True):
        r = self.r.random()
        if fancy and len(g) == 4 and r < 0.25 and self.pair_ok(g[:2]) \
                and self.pair_ok(g[2:]):
            return self.say_pair(g[:2]) + " " + self.say_pair(g[2:])
        if fancy and len(g) == 3 and r < 0.3 and self.hund_ok(g):
            return self.say_hund(g)
        if fancy and len(g) == 2 and r < 0.3 and self.pair_ok(g):
            return self.say_pair(g)
        return self.digitwise(g, z)

    def say_groups(self, groups, z, fancy=True, fill=0.15, seps=None):
        parts = []
        for k, g in enumerate(groups):
            s = self.say_group(g, z, fancy)
            if k > 0:
                sep = self.ch(seps or [" ", ", ", "... ", " "])
                if self.p(fill):
                    sep = sep.rstrip() + " " + self.filler() + " "
                    sep = sep.lstrip() if sep.startswith(" ") else sep
                    if not sep.startswith((",", ".")):
                        sep = " " + sep
                parts.append(sep)
            parts.append(s)
        return "".join(parts)

    def say_letter(self, c, nato=0.4):
        c = c.lower()
        if self.p(nato):
            book = NATO if self.p(0.7) or c not in FOLK else FOLK
            link = self.ch(["for", "for", "as in"])
            return "%s %s %s" % (c, link, book[c])
        return c

    def split(self, s, sizes):
        out, i = [], 0
        for k in sizes:
            out.append(s[i:i + k])
            i += k
        return out

    def typo(self, s):
        """introduce a harmless typo into a plain word sentence"""
        words = s.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
        if not idx:
            return s
        i = self.ch(idx)
        w = words[i]
        k = self.r.randrange(1, len(w) - 1)
        words[i] = w[:k] + w[k + 1] + w[k] + w[k + 2:]
        return " ".join(words)


# ---------------------------------------------------------------- data
FIRST = ["james", "sarah", "mohammed", "aoife", "priya", "tomasz", "grace",
         "daniel", "chloe", "liam", "fatima", "oliver", "niamh", "kwame",
         "emma", "jose", "hannah", "wei", "siobhan", "marcus", "ana", "ruth",
         "dev", "katie", "pat", "lucia", "ben", "ellie", "conor", "maria"]
LAST = ["smith", "patel", "murphy", "kowalski", "jones", "nguyen", "walsh",
        "garcia", "taylor", "brennan", "khan", "williams", "byrne", "adeyemi",
        "fischer", "rossi", "martin", "clarke", "dubois", "hughes", "reilly",
        "chen", "evans", "lopez", "mcgrath", "okafor"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com",
           "icloud.com", "btinternet.com", "eircom.net", "aol.com",
           "web.de", "orange.fr", "live.ie", "protonmail.com"]
STREETS_UK = ["Mill Lane", "Church Road", "Victoria Street", "Acacia Avenue",
              "Station Road", "Queens Drive", "Elm Grove", "Park Terrace",
              "Harcourt Close", "Windsor Crescent", "Kingsway Court",
              "Meadow Way", "Bridge Street", "Oakfield Gardens",
              "Priory Walk", "Chapel Row"]
STREETS_US = ["Maple Street", "Oak Avenue", "Sunset Boulevard",
              "Lincoln Drive", "Cedar Lane", "Washington Ave",
              "Pine Ridge Trail", "Lakeview Circle", "Elm St",
              "Magnolia Court", "Hillcrest Road", "Jefferson Pike"]
STREETS_IE = ["Griffith Avenue", "Seafield Road", "Main Street",
              "Castle Park", "Abbey Square"]
TOWNS_UK = ["Leeds", "Bristol", "Croydon", "Manchester", "Swansea",
            "Glasgow", "Norwich", "Reading", "Belfast", "Derby"]
TOWNS_US = ["Columbus, Ohio", "Austin, TX", "Tampa, FL", "Denver",
            "Portland, Oregon", "Raleigh NC", "Fresno, CA"]
TOWNS_IE = ["Cork", "Galway", "Dublin 9", "Limerick", "Sligo"]
NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"

INDUSTRY = {
    "bank": ["Thanks for calling Northgate Bank, you're through to {a}.",
             "Harbour Building Society, {a} speaking, how can I help?",
             "hi you're through to card services my name's {a}"],
    "telecom": ["Welcome to Skyline Mobile chat, I'm {a}.",
                "thanks for calling vireo broadband you're speaking to {a}",
                "hello, Telmar customer care, {a} here"],
    "utility": ["You're through to Brightwell Energy, {a} speaking.",
                "thank you for calling aqualine water services this is {a}",
                "Hi there, it's {a} from Greenfield Gas & Power"],
    "retail": ["Hi! You're chatting with {a} from Hollis & Vane.",
               "thanks for calling the cornerhouse online orders team this is {a}",
               "Welcome to ShopMore support, {a} here"],
    "insurance": ["Good morning, Ashbury Insurance claims, {a} speaking.",
                  "hi you've reached meridian auto insurance my name is {a}",
                  "Hello, Keystone Life & Pensions, {a} speaking"],
    "travel": ["Thanks for contacting Skyward Airways, I'm {a}.",
               "hi you're through to the sunbreak holidays booking team it's {a}",
               "Welcome to RailLink customer services, this is {a}"],
    "health": ["Thank you for calling Riverside Medical billing, this is {a}.",
               "hi this is {a} with clearview health patient accounts",
               "Lakeside Dental billing office, {a} speaking"],
    "gov": ["You're through to the council tax team, {a} speaking.",
            "hello you're through to the benefits helpline this is {a}",
            "Thank you for calling the state DMV, this is {a}"],
}
AGENTS = ["Sam", "Priya", "Jordan", "Chris", "Leanne", "Tariq", "Beth",
          "Marco", "Joanne", "Kev", "Alex", "Nadia"]
BACK = ["mhm", "go on", "yep", "ok", "uh huh", "yeah", "got that", "right",
        "ok go ahead", "mm hmm", "and the next bit", "ok keep going"]


# ================================================================ positives
class Pos:
    def __init__(self, rng):
        self.g = Gen(rng)
        self.r = rng

    def opener(self, c, ind=None, asr=None):
        g = self.g
        ind = ind or g.ch(list(INDUSTRY))
        line = g.ch(INDUSTRY[ind]).format(a=g.ch(AGENTS))
        if asr:
            line = re.sub(r"\s+", " ", re.sub(r"[^\w\s']", "", line.lower()))
        c.t("agent", line)
        return ind

    # ---- value makers
    def card(self):
        g = self.g
        kind = g.ch(["visa", "visa", "visa", "mc", "mc", "amex", "disc",
                     "diners", "maestro", "visa13", "visa19"])
        if kind == "visa":
            d = luhn_complete("4", 16, self.r); grp = [4, 4, 4, 4]
        elif kind == "mc":
            d = luhn_complete(g.ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16, self.r); grp = [4, 4, 4, 4]
        elif kind == "amex":
            d = luhn_complete(g.ch(["34", "37"]), 15, self.r); grp = [4, 6, 5]
        elif kind == "disc":
            d = luhn_complete("6011", 16, self.r); grp = [4, 4, 4, 4]
        elif kind == "diners":
            d = luhn_complete("36", 14, self.r); grp = [4, 6, 4]
        elif kind == "maestro":
            d = luhn_complete("6759", 18, self.r); grp = [4, 4, 4, 4, 2]
        elif kind == "visa13":
            d = luhn_complete("4", 13, self.r); grp = [4, 4, 5]
        else:
            d = luhn_complete("4", 19, self.r); grp = [4, 4, 4, 4, 3]
        return d, grp, kind

    def card_typed(self, d, grp):
        g = self.g
        st = g.r.random()
        parts = g.split(d, grp)
        if st < 0.35:
            return " ".join(parts)
        if st < 0.55:
            return "-".join(parts)
        if st < 0.7:
            return d
        if st < 0.8:
            return ".".join(parts)
        if st < 0.9:   # odd grouping
            cut = g.r.randrange(3, 8)
            return d[:cut] + " " + d[cut:cut + 5] + " " + d[cut + 5:]
        return "  ".join(parts)

    def expiry(self, uk=True):
        g = self.g
        m = g.r.randrange(1, 13)
        y = g.ch([25, 26, 27, 28, 29, 31])
        st = g.r.random()
        if st < 0.3:
            typed = "%02d/%02d" % (m, y)
        elif st < 0.45:
            typed = "%02d/20%02d" % (m, y)
        elif st < 0.55:
            typed = "%02d-%02d" % (m, y)
        elif st < 0.7:
            typed = "%s %02d" % (MONTHS[m - 1][:3].title(), y)
        else:
            typed = "%d/%02d" % (m, y)
        z = g.zero(uk)
        sp = g.ch([
            "%s %s" % (g.digitwise("%02d" % m, z, False), g.say_pair("%02d" % y)),
            "%s %s" % (MONTHS[m - 1], g.say_pair("%02d" % y)),
            "%s twenty %s" % (MONTHS[m - 1], g.say_pair("%02d" % y)),
            "%s twenty %s" % (g.digitwise("%02d" % m, z, False), g.say_pair("%02d" % y)),
            "%s of %s" % (MONTHS[m - 1], g.say_pair("%02d" % y)) if False else
            "%s %s" % (ONES[m] if m < 10 else g.say_pair("%02d" % m), g.say_pair("%02d" % y)),
        ])
        return typed, sp

    def cvv(self, amex=False):
        n = 4 if amex else 3
        d = "".join(str(self.r.randrange(10)) for _ in range(n))
        return d

    def ssn(self):
        r = self.r
        while True:
            a = r.randrange(1, 900)
            if a != 666:
                break
        return "%03d%02d%04d" % (a, r.randrange(1, 100), r.randrange(1, 10000))

    def ni(self):
        r = self.r
        while True:
            p = r.choice(NI_FIRST) + r.choice(NI_SECOND)
            if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        return p + "".join(str(r.randrange(10)) for _ in range(6)) + r.choice("ABCD")

    def phone(self, region):
        r = self.r
        dd = lambda n: "".join(str(r.randrange(10)) for _ in range(n))
        if region == "uk":
            if self.g.p(0.6):
                nat = "07" + dd(3) + dd(6); grp = [5, 6]
            else:
                nat = "020" + "7" + dd(7); grp = [3, 4, 4]
            intl = "44" + nat[1:]
            igrp = [2, 4, 6] if nat.startswith("07") else [2, 2, 4, 4]
        elif region == "us":
            nat = g3 = r.choice(["212", "415", "312", "617", "404", "713", "503"]) + "555" + dd(4)
            grp = [3, 3, 4]
            intl = "1" + nat; igrp = [1, 3, 3, 4]
        elif region == "ie":
            nat = "08" + r.choice("35679") + dd(7); grp = [3, 3, 4]
            intl = "353" + nat[1:]; igrp = [3, 2, 3, 4]
        else:
            if self.g.p(0.5):
                nat = "030" + dd(8); grp = [3, 8]
                intl = "49" + nat[1:]; igrp = [2, 2, 8]
            else:
                nat = "06" + dd(8); grp = [2, 2, 2, 2, 2]
                intl = "33" + nat[1:]; igrp = [2, 1, 2, 2, 2, 2]
        return nat, grp, intl, igrp

    def email(self):
        g = self.g
        f, l = g.ch(FIRST), g.ch(LAST)
        dom = g.ch(DOMAINS)
        num = str(self.r.randrange(1, 99)) if g.p(0.4) else ""
        sep = g.ch([".", "_", "", "."])
        style = g.r.random()
        if style < 0.3:
            local = f[0] + sep + l + num
        elif style < 0.8:
            local = f + sep + l + num
        else:
            local = l + f[0] + num
        # avoid 'o' single letters ambiguity in spoken
        return local, dom

    def say_email(self, local, dom):
        g = self.g
        out = []
        for piece in re.findall(r"[a-z]+|\d+|[._]", local):
            if piece == ".":
                out.append("dot")
            elif piece == "_":
                out.append("underscore")
            elif piece.isdigit():
                if len(piece) == 2 and g.pair_ok(piece):
                    out.append(g.say_pair(piece))
                else:
                    out.append(" ".join(ONES[int(c)] for c in piece))
            elif len(piece) == 1:
                out.append(g.say_letter(piece, 0.5) if piece != "o" else piece)
            else:
                out.append(piece)
        out.append("at")
        dparts = dom.split(".")
        out.append(" dot ".join(dparts))
        return " ".join(out)

    def postcode_uk(self):
        g = self.g
        L = "ABCDEFGHJKLMNPRSTUWXYZ"
        r = self.r
        area = g.ch(["SW", "M", "B", "LS", "BS", "CR", "G", "NR", "RG", "BT",
                     "DE", "E", "N", "CF", "SA", "EH", "L"])
        dist = str(r.randrange(1, 20))
        if g.p(0.1) and len(area) <= 2:
            dist = str(r.randrange(1, 9)) + g.ch("ACW")
        inward = str(r.randrange(1, 10)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")
        return area + dist, inward

    def say_postcode(self, out_, in_, z):
        g = self.g
        toks = []
        for c in out_ + " " + in_:
            if c == " ":
                toks.append(",") if g.p(0.4) else None
                continue
            if c.isdigit():
                toks.append(ONES[int(c)])
            else:
                toks.append(g.say_letter(c, 0.35))
        s = " ".join(toks).replace(" ,", ",")
        return s

    def zip_(self):
        r = self.r
        z = "%05d" % r.randrange(10000, 99950)
        if self.g.p(0.2):
            z += "-%04d" % r.randrange(1, 9999)
        return z

    def dob(self):
        r = self.r
        return r.randrange(1938, 2006), r.randrange(1, 13), r.randrange(1, 29)

    def year_words(self, y):
        a, b = divmod(y, 100)
        if a == 20 and b < 10:
            return "two thousand and " + ONES[b] if b else "two thousand"
        first = self.g.say_pair(str(a))
        if b == 0:
            return first + " hundred"
        if b < 10:
            return first + " oh " + ONES[b]
        if b % 10 == 0:
            return first + " " + TENW[str(b // 10)]
        return first + " " + self.g.say_pair("%02d" % b)

    def dob_typed(self, y, m, d, us=False):
        g = self.g
        st = g.r.random()
        if st < 0.3:
            return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
        if st < 0.45:
            return "%d-%02d-%02d" % (y, m, d)
        if st < 0.6:
            return "%s %d%s %d" % (MONTHS[m - 1].title(), d, sfx(d), y)
        if st < 0.75:
            return "%d %s %d" % (d, MONTHS[m - 1][:3].title(), y)
        if st < 0.87:
            return ("%d/%d/%02d" % (m, d, y % 100)) if us else ("%d.%d.%02d" % (d, m, y % 100))
        return "%d%s of %s %d" % (d, sfx(d), MONTHS[m - 1], y)

    def dob_spoken(self, y, m, d, us=False):
        g = self.g
        yw = self.year_words(y)
        st = g.r.random()
        if st < 0.35:
            return "%s of %s %s" % (ORD[d], MONTHS[m - 1], yw)
        if st < 0.6:
            return "%s %s %s" % (MONTHS[m - 1], ORD[d], yw)
        if st < 0.8:
            z = g.zero(not us)
            dd = "%02d" % d
            mm = "%02d" % m
            a, b = (mm, dd) if us else (dd, mm)
            return "%s %s %s" % (g.digitwise(a, z, False), g.digitwise(b, z, False), yw)
        return "%s %s um %s" % (ORD[d], MONTHS[m - 1], yw)

    # ------------------------------------------------------------ templates
    def card_chat(self):
        g = self.g
        c = Case("positive", "typed chat: card number with expiry/cvv")
        d, grp, kind = self.card()
        ind = self.opener(c, g.ch(["retail", "telecom", "travel", "utility", "bank"]))
        typed = self.card_typed(d, grp)
        lab = g.ch(["card no: ", "Card number - ", "its ", "card: ", "long number ", "",
                    "here you go ", "CC# "])
        ex_t, _ = self.expiry()
        cv = self.cvv(kind == "amex")
        segs = [g.ch(["ok ", "Sure, ", "", "right "]) + lab, c.V("CARD_NUMBER", typed)]
        if g.p(0.6):
            segs += [g.ch([" exp ", ", expires ", " expiry ", " valid till "]), c.V("EXPIRY", ex_t)]
        if g.p(0.5):
            segs += [g.ch([" cvv ", ", security code ", " and the 3 digits are ", " cvc: "]), c.V("CVV", cv)]
        if g.p(0.3):
            segs[0] = g.typo(segs[0]) if len(segs[0]) > 6 else segs[0]
        c.t("customer", g.ch(["I want to pay the balance of £%d.%02d" % (g.r.randrange(20, 900), g.r.randrange(100)),
                              "can i pay for order 55%06d by card" % g.r.randrange(10 ** 6),
                              "Need to update my payment details pls"]))
        c.t("agent", g.ch(["Of course, please enter the long card number.",
                           "No problem - what's the card number?",
                           "Sure, go ahead with the card details."]))
        c.t("customer", *segs)
        c.t("agent", g.ch(["Thanks, processing that now.", "Thank you, one moment.",
                           "Got it, the payment of £%d has gone through." % g.r.randrange(10, 400)]))
        return c

    def card_spoken(self, variant):
        g = self.g
        c = Case("positive", "")
        uk = g.p(0.6)
        z = g.zero(uk)
        d, grp, kind = self.card()
        groups = g.split(d, grp)
        self.opener(c, g.ch(list(INDUSTRY)), asr=True)
        c.t("agent", g.ch(["can i take the long number across the front of the card please",
                           "ok and whats the card number",
                           "go ahead with the sixteen digit number when youre ready",
                           "right so i just need the card number"]))
        lead = g.ch(["yeah its ", "ok its ", "right um ", "yep ", "its ", "ok so ", "uh yeah it's ", ""])
        g_card = c.gid("CARD_NUMBER")
        if variant == "single":
            c.note = "asr: full card number in one turn"
            c.t("customer", lead, V("CARD_NUMBER", g.say_groups(groups, z, fill=0.2), g_card))
        elif variant == "split":
            c.note = "asr: card number split over turns with back-channels"
            chunks = []
            i = 0
            while i < len(groups):
                k = g.ch([1, 1, 2])
                chunks.append(groups[i:i + k])
                i += k
            for k, ch in enumerate(chunks):
                pre = lead if k == 0 else g.ch(["", "then ", "and ", "uh ", ""])
                c.t("customer", pre, V("CARD_NUMBER", g.say_groups(ch, z), g_card))
                if k < len(chunks) - 1:
                    c.t("agent", g.ch(BACK))
        elif variant == "restart":
            c.note = "asr: card reading restarted after false start"
            frag_n = g.ch([1, 2])
            g_frag = c.gid("CARD_NUMBER", partial_of=g_card)
            frag = g.say_groups(groups[:frag_n], z)
            c.t("customer", lead, V("CARD_NUMBER", frag, g_frag),
                g.ch([" no sorry let me start again ", " wait hang on thats wrong ",
                      " sorry scratch that ", " oh no i read that wrong um from the top ",
                      " hold on. ok "]),
                V("CARD_NUMBER", g.say_groups(groups, z), g_card))
        else:  # aside
            c.note = "asr: aside in the middle of the card reading"
            k = g.r.randrange(1, len(groups))
            c.t("customer", lead, V("CARD_NUMBER", g.say_groups(groups[:k], z), g_card),
                g.ch([" sorry the dog's barking ", " hang on let me find my glasses ",
                      " one sec kids are shouting ", " sorry its really small print ",
                      " oh its worn off a bit ", " sorry can you hear me ok "]),
                V("CARD_NUMBER", g.say_groups(groups[k:], z), g_card))
        # read back
        if g.p(0.5):
            g_rb = c.gid("CARD_NUMBER")
            c.t("agent", g.ch(["so thats ", "let me read that back ", "ok i have ", "just to confirm "]),
                V("CARD_NUMBER", g.say_groups(groups, z, fancy=False, fill=0), g_rb),
                g.ch([" is that right", "", " correct", " yeah"]))
            c.t("customer", g.ch(["yes", "yeah thats it", "correct", "yep spot on"]))
        else:
            c.t("agent", g.ch(["thank you", "lovely thanks", "ok great"]))
        ex_t, ex_s = self.expiry(uk)
        if g.p(0.75):
            c.t("agent", g.ch(["and the expiry date", "whats the expiry on it", "and when does it expire"]))
            c.t("customer", g.ch(["", "its ", "um ", "expires "]), c.V("EXPIRY", ex_s))
        if g.p(0.6):
            cv = self.cvv(kind == "amex")
            c.t("agent", g.ch(["and the three digit security code on the back",
                               "and finally the security number", "the last three digits on the signature strip please"]))
            c.t("customer", g.ch(["", "its ", "uh ", "thats "]), c.V("CVV", g.say_groups([cv], z, fill=0)))
        return c

    def ssn_case(self):
        g = self.g
        c = Case("positive", "")
        s = self.ssn()
        parts = [s[:3], s[3:5], s[5:]]
        ind = g.ch(["health", "insurance", "gov", "bank"])
        if g.p(0.45):
            c.note = "typed: US SSN"
            self.opener(c, ind)
            typed = g.ch(["-".join(parts), " ".join(parts), s, "-".join(parts), "%s.%s.%s" % tuple(parts)])
            c.t("agent", g.ch(["Can you confirm your Social Security number for verification?",
                               "For security, what is your SSN?",
                               "I'll need the patient's social to locate the account."]))
            c.t("customer", g.ch(["SSN: ", "ssn is ", "Sure it's ", "social - ", "my social security # is ", ""]),
                c.V("SSN", typed), g.ch(["", ".", " thanks", " (that's my husband's, the account's in his name)"]))
            if g.p(0.3):
                c.t("agent", "Thanks. I see a balance of $%d.%02d due on the %d%s." % (
                    g.r.randrange(30, 3000), g.r.randrange(100), g.r.randrange(1, 28), "th"))
        else:
            c.note = "asr: US SSN spoken"
            self.opener(c, ind, asr=True)
            z = g.zero(False)
            c.t("agent", g.ch(["can i get your social security number please",
                               "and can you verify the last, sorry, the full social",
                               "whats the social on the account"]))
            g_s = c.gid("SSN")
            if g.p(0.4):
                c.t("customer", g.ch(["sure its ", "yeah ", "ok ", ""]),
                    V("SSN", g.say_groups(parts[:2], z), g_s))
                c.t("agent", g.ch(BACK))
                c.t("customer", V("SSN", g.say_groups(parts[2:], z), g_s))
            else:
                c.t("customer", g.ch(["sure its ", "yeah um ", "ok ", "", "it's uh "]),
                    V("SSN", g.say_groups(parts, z, fill=0.25), g_s))
            if g.p(0.5):
                c.t("agent", g.ch(["thank you so i have ", "ok thats "]),
                    c.V("SSN", g.say_groups(parts, z, fancy=False, fill=0)), g.ch([" correct", "", " yes"]))
                c.t("customer", g.ch(["yes", "yep", "mhm"]))
        return c

    def ni_case(self):
        g = self.g
        c = Case("positive", "")
        n = self.ni()
        ind = g.ch(["gov", "bank", "insurance", "utility"])
        if g.p(0.45):
            c.note = "typed: UK NI number"
            self.opener(c, ind)
            st = g.r.random()
            if st < 0.3:
                typed = n
            elif st < 0.55:
                typed = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
            elif st < 0.75:
                typed = n.lower()
            elif st < 0.9:
                typed = "%s%s %s" % (n[:2], n[2:8], n[8])
            else:
                typed = "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
            c.t("agent", g.ch(["Please can you give me your National Insurance number?",
                               "What's your NI number?", "Could you confirm your NINO?"]))
            c.t("customer", g.ch(["NI no: ", "its ", "NINO ", "ni number is ", "", "Sure - "]),
                c.V("NI_NUMBER", typed), g.ch(["", " thanks", ". I've been waiting 6 weeks for this"]))
        else:
            c.note = "asr: UK NI number spoken"
            self.opener(c, ind, asr=True)
            z = g.ch(["zero", "nought", "oh"])
            c.t("agent", g.ch(["and your national insurance number please",
                               "can you read me your ni number", "whats your national insurance"]))
            letters = " ".join(g.say_letter(x, 0.45) for x in n[:2])
            digs = g.say_groups([n[2:4], n[4:6], n[6:8]], z)
            suf = g.say_letter(n[8], 0.4)
            g_n = c.gid("NI_NUMBER")
            if g.p(0.4):
                c.t("customer", g.ch(["yeah its ", "um ", ""]), V("NI_NUMBER", letters, g_n))
                c.t("agent", g.ch(BACK))
                c.t("customer", V("NI_NUMBER", digs + " " + suf, g_n))
            else:
                c.t("customer", g.ch(["yeah its ", "its um ", "", "right "]),
                    V("NI_NUMBER", letters + g.ch([" ", ", ", " uh "]) + digs + g.ch([" ", ", "]) + suf, g_n))
            if g.p(0.45):
                c.t("agent", g.ch(["lovely so thats ", "so ", "let me check "]),
                    c.V("NI_NUMBER", " ".join(n[:2].lower()) + " " + g.say_groups([n[2:4], n[4:6], n[6:8]], z, fancy=False, fill=0) + " " + n[8].lower()))
        return c

    def bank_case(self):
        g = self.g
        c = Case("positive", "")
        uk = g.p(0.65)
        r = self.r
        if uk:
            sc = "%02d%02d%02d" % (r.randrange(1, 99), r.randrange(100), r.randrange(100))
            acct = "%08d" % r.randrange(10 ** 7, 10 ** 8)
            if g.p(0.5):
                c.note = "typed: UK sort code and account number"
                self.opener(c, g.ch(["bank", "utility", "insurance"]))
                c.t("agent", "What are the bank details for the direct debit?")
                sct = g.ch(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])
                c.t("customer", g.ch(["sort code ", "s/c: ", "Sort: "]), c.V("SORT_CODE", sct),
                    g.ch([" acct no: ", ", account ", " a/c ", "\nAccount number "]), c.V("BANK_ACCOUNT", acct))
                c.t("agent", "Thanks, the first payment of £%d.%02d will be taken on the %d%s." % (
                    r.randrange(10, 200), r.randrange(100), r.randrange(1, 28), "th"))
            else:
                c.note = "asr: UK sort code and account number spoken"
                self.opener(c, g.ch(["bank", "utility", "insurance"]), asr=True)
                z = g.zero(True)
                c.t("agent", "can i take the sort code first")
                c.t("customer", g.ch(["its ", "yeah ", ""]), c.V("SORT_CODE", g.say_groups([sc[:2], sc[2:4], sc[4:]], z)))
                c.t("agent", g.ch(["and the account number", "lovely and the eight digit account number"]))
                ga = c.gid("BANK_ACCOUNT")
                if g.p(0.5):
                    c.t("customer", V("BANK_ACCOUNT", g.say_groups([acct[:4]], z), ga))
                    c.t("agent", g.ch(BACK))
                    c.t("customer", V("BANK_ACCOUNT", g.say_groups([acct[4:]], z), ga))
                else:
                    c.t("customer", g.ch(["", "um ", "ok "]), V("BANK_ACCOUNT", g.say_groups([acct[:4], acct[4:]], z), ga))
                if g.p(0.5):
                    c.t("agent", "so sort code ", c.V("SORT_CODE", g.say_groups([sc[:2], sc[2:4], sc[4:]], z, fancy=False, fill=0)),
                        " account ", c.V("BANK_ACCOUNT", g.say_groups([acct[:4], acct[4:]], z, fancy=False, fill=0)))
        else:
            acct = str(r.randrange(10 ** 8, 10 ** 12))
            c.note = "US checking account number"
            if g.p(0.5):
                self.opener(c, g.ch(["bank", "health", "utility"]))
                c.t("customer", g.ch(["checking acct #: ", "Account number ", "acct "]), c.V("BANK_ACCOUNT", acct),
                    g.ch([" (checking)", "", " at Chase"]))
            else:
                self.opener(c, g.ch(["bank", "health", "utility"]), asr=True)
                c.t("agent", "and whats the account number for the autopay")
                c.t("customer", "its ", c.V("BANK_ACCOUNT", g.say_groups(g.split(acct, [3] * (len(acct) // 3) + ([len(acct) % 3] if len(acct) % 3 else [])), g.zero(False))))
        return c

    def iban_case(self):
        g = self.g
        r = self.r
        c = Case("positive", "")
        cc = g.ch(["GB", "IE", "DE", "NL", "ES", "FR"])
        dd = lambda n: "".join(str(r.randrange(10)) for _ in range(n))
        if cc == "GB":
            bban = g.ch(["BARC", "NWBK", "HBUK", "MIDL"]) + dd(14)
        elif cc == "IE":
            bban = g.ch(["AIBK", "IPBS"]) + dd(14)
        elif cc == "DE":
            bban = dd(18)
        elif cc == "NL":
            bban = g.ch(["ABNA", "INGB", "TRIC"]) + dd(10)
        elif cc == "ES":
            bban = dd(20)
        else:
            bban = dd(23)
        ib = make_iban(cc, bban)
        if g.p(0.55):
            c.note = "typed: IBAN"
            self.opener(c, g.ch(["bank", "travel", "insurance"]))
            grp = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
            typed = g.ch([grp, ib, grp.lower(), ib[:4] + " " + ib[4:]])
            c.t("customer", g.ch(["IBAN: ", "please refund to ", "my iban is ", "Bank details: IBAN "]),
                c.V("IBAN", typed), g.ch(["", " - thank you", ". Ref for the claim is CLM-%d" % r.randrange(10 ** 5, 10 ** 6)]))
        else:
            c.note = "asr: IBAN spoken"
            self.opener(c, g.ch(["bank", "travel", "insurance"]), asr=True)
            z = g.ch(["zero", "nought"])
            c.t("agent", "ok can you give me the iban")
            toks = []
            chunks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
            spoken = []
            for ch in chunks:
                w = []
                for x in ch:
                    w.append(ONES[int(x)] if x.isdigit() and x != "0" else (z if x == "0" else g.say_letter(x, 0.25)))
                spoken.append(" ".join(w))
            gi = c.gid("IBAN")
            half = len(spoken) // 2
            c.t("customer", "yeah its ", V("IBAN", ", ".join(spoken[:half]), gi))
            c.t("agent", g.ch(BACK))
            c.t("customer", V("IBAN", ", ".join(spoken[half:]), gi))
        return c

    def phone_case(self):
        g = self.g
        c = Case("positive", "")
        region = g.ch(["uk", "uk", "us", "ie", "eu"])
        nat, grp, intl, igrp = self.phone(region)
        intl_form = g.p(0.4)
        if g.p(0.5):
            c.note = "typed: phone number (%s)" % region
            self.opener(c, g.ch(["telecom", "retail", "utility", "travel"]))
            if intl_form:
                parts = g.split(intl, igrp)
                typed = "+" + " ".join(parts) if g.p(0.6) else "00" + "".join(parts)
                val = typed[1:] if typed.startswith("+") else typed
                pre = "+" if typed.startswith("+") else ""
            else:
                parts = g.split(nat, grp)
                val = g.ch([" ".join(parts), "".join(parts), "-".join(parts), ".".join(parts)])
                pre = ""
            c.t("customer", g.ch(["best number to reach me is ", "Mob: ", "tel ", "call me back on ", "my cell is ", "phone - "]) + pre,
                c.V("PHONE", val), g.ch(["", " after 6pm", " (work)", " thx"]))
        else:
            c.note = "asr: phone number spoken (%s)" % region
            self.opener(c, g.ch(["telecom", "retail", "utility", "health"]), asr=True)
            z = g.zero(region == "uk")
            c.t("agent", g.ch(["whats the best contact number", "and a phone number in case we get cut off",
                               "can i confirm the mobile number on the account"]))
            gp = c.gid("PHONE")
            if intl_form:
                parts = g.split(intl, igrp)
                first = g.ch(["plus ", "double oh ", "oh oh " if z == "oh" else "zero zero "])
                spoken = g.say_groups(parts, z, fill=0.2)
                # span starts at first digit word; "plus" excluded, "double oh" included
                if first == "plus ":
                    c.t("customer", g.ch(["its ", "yeah ", ""]) + "plus ", V("PHONE", spoken, gp))
                else:
                    c.t("customer", g.ch(["its ", "yeah ", ""]), V("PHONE", first + spoken, gp))
            else:
                parts = g.split(nat, grp)
                if g.p(0.4) and len(parts) >= 2:
                    c.t("customer", g.ch(["its ", "um ", ""]), V("PHONE", g.say_groups(parts[:1], z), gp))
                    c.t("agent", g.ch(BACK))
                    c.t("customer", V("PHONE", g.say_groups(parts[1:], z), gp))
                else:
                    c.t("customer", g.ch(["its ", "yeah its ", "", "ok "]), V("PHONE", g.say_groups(parts, z, fill=0.25), gp))
            if g.p(0.4):
                parts = g.split(nat, grp)
                c.t("agent", "thats ", c.V("PHONE", g.say_groups(parts, z, fancy=False, fill=0)), " yeah")
        return c

    def email_case(self):
        g = self.g
        c = Case("positive", "")
        local, dom = self.email()
        if g.p(0.45):
            c.note = "typed: e-mail address"
            self.opener(c, g.ch(list(INDUSTRY)))
            e = local + "@" + dom
            e = g.ch([e, e, e.title() if g.p(0.3) else e, e.upper() if g.p(0.15) else e])
            c.t("customer", g.ch(["email: ", "pls send the receipt to ", "its ", "my e-mail is ", "Contact: "]),
                c.V("EMAIL", e), g.ch(["", " thanks!", " not the old hotmail one", "."]))
        else:
            c.note = "asr: e-mail address spoken"
            self.opener(c, g.ch(list(INDUSTRY)), asr=True)
            c.t("agent", g.ch(["and whats your email address", "can i get an email for the confirmation"]))
            ge = c.gid("EMAIL")
            sp = self.say_email(local, dom)
            if g.p(0.35) and " at " in sp:
                a, b = sp.split(" at ", 1)
                c.t("customer", g.ch(["yeah its ", "its ", "ok so "]), V("EMAIL", a, ge),
                    g.ch([" all lower case", " all one word", ""]))
                c.t("agent", g.ch(BACK + ["at"]))
                c.t("customer", V("EMAIL", "at " + b, ge))
            else:
                c.t("customer", g.ch(["yeah its ", "its ", "ok so ", "um "]), V("EMAIL", sp, ge))
            if g.p(0.4):
                c.t("agent", "so ", c.V("EMAIL", local.replace(".", " dot ").replace("_", " underscore ") + " at " + dom.replace(".", " dot ")), " perfect")
        return c

    def dob_case(self):
        g = self.g
        c = Case("positive", "")
        y, m, d = self.dob()
        us = g.p(0.4)
        if g.p(0.45):
            c.note = "typed: date of birth"
            self.opener(c, g.ch(list(INDUSTRY)))
            c.t("agent", "Can you confirm the date of birth on the account?")
            c.t("customer", g.ch(["DOB ", "dob: ", "its ", "Born ", ""]), c.V("DOB", self.dob_typed(y, m, d, us)),
                g.ch(["", " - the policy started 01/0%d/2019" % g.r.randrange(1, 9), " thanks"]))
        else:
            c.note = "asr: date of birth spoken"
            self.opener(c, g.ch(list(INDUSTRY)), asr=True)
            c.t("agent", g.ch(["and can i take your date of birth", "whats the date of birth please"]))
            c.t("customer", g.ch(["its ", "yeah ", "", "uh "]), c.V("DOB", self.dob_spoken(y, m, d, us)))
            if g.p(0.3):
                c.t("agent", "thank you and you're calling about the bill for %d pounds %d" % (g.r.randrange(20, 300), g.r.randrange(10, 99)))
        return c

    def addr_case(self):
        g = self.g
        c = Case("positive", "")
        region = g.ch(["uk", "uk", "us", "ie"])
        num = g.r.randrange(1, 240)
        if region == "uk":
            st, town = g.ch(STREETS_UK), g.ch(TOWNS_UK)
        elif region == "us":
            st, town = g.ch(STREETS_US), g.ch(TOWNS_US)
            num = g.r.randrange(100, 9800)
        else:
            st, town = g.ch(STREETS_IE), g.ch(TOWNS_IE)
        flat = g.p(0.25)
        if g.p(0.5):
            c.note = "typed: address with postcode (%s)" % region
            self.opener(c, g.ch(["retail", "utility", "telecom", "insurance"]))
            addr = ("Flat %d, " % g.r.randrange(1, 30) if flat and region != "us" else
                    ("Apt %d%s, " % (g.r.randrange(1, 20), g.ch("ABC")) if flat else "")) + "%d %s" % (num, st)
            if g.p(0.3):
                addr = addr.lower()
            segs = [g.ch(["Deliver to ", "address: ", "new address is ", "Its "]), c.V("ADDRESS", addr), ", " + town]
            if region == "uk":
                o, i = self.postcode_uk()
                pc = g.ch([o + " " + i, o + i, (o + " " + i).lower()])
                segs += [" ", c.V("POSTCODE", pc)]
            elif region == "us":
                segs += [" ", c.V("POSTCODE", self.zip_())]
            c.t("customer", *segs)
            c.t("agent", g.ch(["Thanks, your order will arrive within 3-5 working days.",
                               "Updated. Your next bill is due on the 14th."]))
        else:
            c.note = "asr: address and postcode spoken (%s)" % region
            self.opener(c, g.ch(["retail", "utility", "telecom", "insurance", "gov"]), asr=True)
            c.t("agent", g.ch(["can i take the first line of the address and the postcode",
                               "whats the address we're sending it to", "and what address is the meter at"]))
            nw = self.g.say_hund("%03d" % num) if 100 <= num < 1000 and self.g.hund_ok("%03d" % num) and g.p(0.5) else (
                str(num) if g.p(0.3) else (g.say_pair("%02d" % num) if num < 100 and num >= 10 and g.pair_ok("%02d" % num) else " ".join(ONES[int(x)] for x in str(num))))
            a = ("flat %s " % ONES[g.r.randrange(1, 10)] if flat else "") + nw + " " + st.lower()
            c.t("customer", g.ch(["its ", "yeah ", "", "um its "]), c.V("ADDRESS", a), " in " + town.lower().replace(",", ""))
            if region == "uk":
                o, i = self.postcode_uk()
                c.t("agent", g.ch(["and the postcode", "postcode", "lovely and postcode"]))
                c.t("customer", g.ch(["", "its ", "uh "]), c.V("POSTCODE", self.say_postcode(o, i, "oh")))
            elif region == "us":
                zp = self.zip_()[:5]
                c.t("agent", "and the zip code")
                c.t("customer", g.ch(["", "its "]), c.V("POSTCODE", g.digitwise(zp, g.ch(["oh", "zero"]))))
        return c

    def verify_mix(self):
        """identity & verification: several types in one call"""
        g = self.g
        c = Case("positive", "asr: ID&V mix (dob, postcode, phone, card)")
        self.opener(c, g.ch(["bank", "telecom", "utility"]), asr=True)
        y, m, d = self.dob()
        c.t("agent", "before we start can i take your date of birth")
        c.t("customer", "its ", c.V("DOB", self.dob_spoken(y, m, d)))
        c.t("agent", "and the postcode on the account")
        o, i = self.postcode_uk()
        c.t("customer", c.V("POSTCODE", self.say_postcode(o, i, "oh")))
        c.t("agent", g.ch(["thanks and the mobile number we hold", "and your contact number"]))
        nat, grp, _, _ = self.phone("uk")
        c.t("customer", "uh ", c.V("PHONE", g.say_groups(g.split(nat, grp), g.zero(True))))
        c.t("agent", "perfect youre verified. so you're calling about the card ending %s" % " ".join(ONES[int(x)] for x in "%04d" % g.r.randrange(10000)))
        c.t("customer", "yeah it was declined at the shop for %d pounds" % g.r.randrange(5, 300))
        return c

    def chat_mix(self):
        g = self.g
        c = Case("positive", "typed e-mail body: several identifiers")
        self.opener(c, g.ch(["insurance", "health", "gov"]))
        local, dom = self.email()
        y, m, d = self.dob()
        o, i = self.postcode_uk()
        num = g.r.randrange(1, 200)
        n = self.ni()
        c.t("customer", "Hi, re claim CLM-%d. My details: DOB " % g.r.randrange(10 ** 6, 10 ** 7),
            c.V("DOB", self.dob_typed(y, m, d)), ", address ", c.V("ADDRESS", "%d %s" % (num, g.ch(STREETS_UK))),
            ", %s " % g.ch(TOWNS_UK), c.V("POSTCODE", o + " " + i), ". NI ", c.V("NI_NUMBER", n),
            ". Email me at ", c.V("EMAIL", local + "@" + dom), " rather than post.")
        c.t("agent", "Thank you, I have updated the claim and the payment of £%d.00 will follow." % g.r.randrange(50, 2000))
        return c


# ================================================================ negatives
class Neg:
    def __init__(self, rng, pos):
        self.g = Gen(rng)
        self.r = rng
        self.pos = pos

    def nonluhn(self, n):
        while True:
            d = str(self.r.randrange(1, 10)) + "".join(str(self.r.randrange(10)) for _ in range(n - 1))
            if not luhn_ok(d):
                return d

    def make(self, k):
        g, r = self.g, self.r
        asr = g.p(0.5)
        c = Case("negative", "")
        self.pos.opener(c, g.ch(list(INDUSTRY)), asr=asr)
        z = g.zero(True)
        if k == 0:
            c.note = "order number read like a card (not Luhn)"
            d = self.nonluhn(16)
            if asr:
                c.t("customer", "yeah my order number is " + g.say_groups(g.split(d, [4, 4, 4, 4]), z))
            else:
                c.t("customer", "Order no. %s - still not arrived" % " ".join(g.split(d, [4, 4, 4, 4])))
            c.t("agent", "thanks i can see that order it was dispatched on the %d%s" % (r.randrange(1, 28), "th"))
        elif k == 1:
            c.note = "card last four only"
            l4 = "%04d" % r.randrange(10000)
            if asr:
                c.t("agent", "is that the card ending " + g.digitwise(l4, z))
                c.t("customer", "yeah the one ending in " + g.say_groups([l4], z) + " the debit card")
            else:
                c.t("agent", "I can see two cards. Is it the Visa ending %s?" % l4)
                c.t("customer", "No, the one ending in %s please" % "%04d" % r.randrange(10000))
        elif k == 2:
            c.note = "amounts and balances"
            a = r.randrange(100, 9999)
            if asr:
                c.t("agent", "your balance is %s pounds and %s pence" % (g.say_hund(str(a)[:3]) if g.hund_ok(str(a)[:3]) else str(a), g.say_pair("%02d" % r.randrange(11, 99)) if True else ""))
                c.t("customer", "what so i owe like four hundred quid")
            else:
                c.t("agent", "Your outstanding balance is £%d,%03d.%02d and the minimum payment is £%d.%02d." % (r.randrange(1, 9), r.randrange(1000), r.randrange(100), r.randrange(10, 99), r.randrange(100)))
                c.t("customer", "I paid $%d.%02d on the 3rd, transaction 4%d" % (r.randrange(100, 999), r.randrange(100), r.randrange(10 ** 9, 10 ** 10)))
        elif k == 3:
            c.note = "opening hours, times, durations"
            c.t("customer", g.ch(["what time are you open till", "When does the store open?"]))
            c.t("agent", g.ch(["we're open eight till eight monday to friday and nine to five thirty on saturdays",
                               "Our lines are open 08:00-20:00 Mon-Fri, 09:00-17:30 Sat. Average wait is 12 mins.",
                               "from half seven in the morning till ten at night, it takes about forty five minutes"]))
        elif k == 4:
            c.note = "policy / claim number with label, spoken like a digit reading"
            d = self.nonluhn(g.ch([8, 9, 10, 12]))
            lab = g.ch(["policy number", "claim reference", "customer reference", "ticket number", "account reference", "booking ref"])
            if asr:
                c.t("customer", "ok my %s is %s" % (lab, g.say_groups(g.split(d, [3] * (len(d) // 3) + ([len(d) % 3] if len(d) % 3 else [])), z)))
                c.t("agent", "thank you ive found that %s" % lab)
            else:
                c.t("customer", "%s: %s" % (lab.title(), "-".join(g.split(d, [3] * (len(d) // 3) + ([len(d) % 3] if len(d) % 3 else [])))))
        elif k == 5:
            c.note = "9-digit reference with label (SSN-shaped)"
            d = "%03d%02d%04d" % (r.randrange(100, 999), r.randrange(10, 99), r.randrange(1000, 9999))
            lab = g.ch(["Invoice #", "Ref: ", "member ID ", "Case number "])
            c.t("customer", "%s%s-%s-%s is the one that's wrong" % (lab, d[:3], d[3:5], d[5:]))
            c.t("agent", "Thanks, that invoice was for $%d.%02d." % (r.randrange(20, 999), r.randrange(100)))
        elif k == 6:
            c.note = "meter reading (six digits, sort-code shaped)"
            d = "%06d" % r.randrange(10 ** 6)
            if asr:
                c.t("agent", "can you read me the numbers on the meter")
                c.t("customer", "yeah its " + g.say_groups([d[:2], d[2:4], d[4:]], z) + " and the red ones are " + g.digitwise("%02d" % r.randrange(100), z))
            else:
                c.t("customer", "Meter reading %s-%s-%s taken today, meter serial E10%dK" % (d[:2], d[2:4], d[4:], r.randrange(10 ** 5, 10 ** 6)))
        elif k == 7:
            c.note = "flight, seat, gate, room numbers"
            c.t("customer", g.ch(["im on flight ba two eight seven tomorrow seat fourteen c can i change it",
                                  "Booked flight EI %d, seat %d%s, gate B%d - can I add a bag?" % (r.randrange(100, 999), r.randrange(1, 40), g.ch("ABCDEF"), r.randrange(1, 40)),
                                  "we were in room %d at the hotel from the %d%s to the %d%s" % (r.randrange(100, 999), r.randrange(1, 10), "th", r.randrange(11, 20), "th")]))
            c.t("agent", "let me check the booking reference %s" % "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))
        elif k == 8:
            c.note = "tracking / serial / model numbers with labels"
            c.t("customer", g.ch(["Tracking: 1Z%s" % "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)),
                                  "serial number is SN%d-%d and model KX-%d" % (r.randrange(10 ** 6, 10 ** 7), r.randrange(1000, 9999), r.randrange(1000, 9999)),
                                  "the tracking number is %s" % g.say_groups(g.split(self.nonluhn(14), [4, 4, 3, 3]), z)]))
            c.t("agent", "thanks it shows as out for delivery")
        elif k == 9:
            c.note = "ages, temperatures, percentages, counts"
            c.t("customer", g.ch(["my mum is eighty seven and the heating has been off three days its twelve degrees in here",
                                  "The APR went from 19.9% to 24.9%, I have 3 cards with you",
                                  "i'm sixty four and ive been with you twenty two years"]))
            c.t("agent", "Im sorry to hear that, ive added a priority flag")
        elif k == 10:
            c.note = "appointment / payment / contract dates (not DOB)"
            mo = MONTHS[r.randrange(12)]
            c.t("agent", g.ch(["your engineer appointment is on the %s of %s between eight and twelve" % (ORD[r.randrange(1, 29)], mo),
                               "Your contract ends on %02d/%02d/20%d and the next payment is due 1st %s." % (r.randrange(1, 29), r.randrange(1, 13), r.randrange(25, 30), mo.title()),
                               "the direct debit will come out on the %s of every month" % ORD[r.randrange(1, 29)]]))
            c.t("customer", "ok thats fine")
        elif k == 11:
            c.note = "road names and town names only"
            c.t("customer", g.ch(["i broke down on the m twenty five near junction ten",
                                  "Car was hit on the A406 North Circular, near the Tesco in Leeds",
                                  "it happened on route sixty six just outside fresno"]))
            c.t("agent", "ok and was anyone injured")
        elif k == 12:
            c.note = "years and durations"
            c.t("customer", g.ch(["ive been a customer since two thousand and nine",
                                  "We moved in 2016 and the boiler is from 1998.",
                                  "the contract was 24 months and it's been 26 now"]))
            c.t("agent", "thanks for your loyalty")
        elif k == 13:
            c.note = "long digit string: transaction/invoice id, labelled"
            d = self.nonluhn(g.ch([15, 16, 18]))
            c.t("agent", g.ch(["The transaction ID is %s." % d, "the refund reference is %s" % g.say_groups(g.split(d, [3] * (len(d) // 3)), z, fancy=False),
                               "Invoice number INV%s" % d]))
            c.t("customer", "ok I'll note that down")
        elif k == 14:
            c.note = "prices and quantities spoken in digit groups"
            c.t("customer", g.ch(["the bill says four hundred and twelve pounds fifty but it should be two hundred and six",
                                  "I ordered 2 x 750ml and 3 x 1.5L, total £41.97",
                                  "i was quoted nineteen ninety nine a month and its showing twenty four ninety nine"]))
            c.t("agent", "let me look at that for you")
        elif k == 15:
            c.note = "agent reads out a helpline/extension and a card last four"
            c.t("agent", "if it happens again press option %s, and quote the card ending %04d" % (ONES[r.randrange(1, 6)], r.randrange(10000)))
            c.t("customer", "ok")
        elif k == 16:
            c.note = "parcel locker code and PIN-less one-time code mention"
            c.t("agent", g.ch(["the locker code is %s it expires in 72 hours" % " ".join(ONES[int(x)] for x in "%06d" % r.randrange(10 ** 6)),
                               "Your collection code is %d and it's valid for 3 days." % r.randrange(10 ** 5, 10 ** 6)]))
            c.t("customer", "thanks")
        else:
            c.note = "wifi/router and software version numbers"
            c.t("customer", g.ch(["the router is a hub %d and firmware %d.%d.%d" % (r.randrange(2, 7), r.randrange(1, 9), r.randrange(10), r.randrange(100)),
                                  "speed test says 35.6 Mbps down, 4.2 up, ping 28ms"]))
            c.t("agent", "thanks ill run a line test")
        if asr:
            for t in c.turns:
                pass
        return c


NEG_KINDS = 18


# ================================================================ build
def build():
    rng = random.Random(SEED)
    P = Pos(rng)
    N = Neg(rng, P)
    pos = []
    for _ in range(22):
        pos.append(P.card_chat())
    for v, n in (("single", 18), ("split", 16), ("restart", 10), ("aside", 10)):
        for _ in range(n):
            pos.append(P.card_spoken(v))
    for _ in range(32):
        pos.append(P.ssn_case())
    for _ in range(30):
        pos.append(P.ni_case())
    for _ in range(16):
        pos.append(P.bank_case())
    for _ in range(12):
        pos.append(P.iban_case())
    for _ in range(16):
        pos.append(P.phone_case())
    for _ in range(14):
        pos.append(P.email_case())
    for _ in range(12):
        pos.append(P.dob_case())
    for _ in range(16):
        pos.append(P.addr_case())
    for _ in range(6):
        pos.append(P.verify_mix())
    for _ in range(6):
        pos.append(P.chat_mix())
    rng.shuffle(pos)
    neg = [N.make(k % NEG_KINDS) for k in range(126)]
    rng.shuffle(neg)
    out = []
    for i, c in enumerate(pos, 1):
        out.append(("h366-pos-%03d" % i, c))
    for i, c in enumerate(neg, 1):
        out.append(("h366-neg-%03d" % i, c))
    return out


def serialise(cases):
    lines = []
    for cid, c in cases:
        spans = [{k: s[k] for k in ("turn", "start", "end", "type")} for s in c.spans]
        spans.sort(key=lambda s: (s["turn"], s["start"]))
        lines.append(json.dumps({"id": cid, "kind": c.kind, "turns": c.turns,
                                 "spans": spans, "note": c.note},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


def check_cases(cases):
    errs = []
    ids = set()
    for cid, c in cases:
        if cid in ids:
            errs.append("dup id " + cid)
        ids.add(cid)
        if c.kind == "negative" and c.spans:
            errs.append(cid + ": negative with spans")
        if c.kind == "positive" and not c.spans:
            errs.append(cid + ": positive without spans")
        for t in c.turns:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        by_turn = {}
        for s in c.spans:
            if s["type"] not in TYPES:
                errs.append(cid + ": bad type")
            if not (0 <= s["turn"] < len(c.turns)):
                errs.append(cid + ": turn out of range")
                continue
            txt = c.turns[s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append(cid + ": offsets out of range")
                continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum()
                    and (a == 0 or not txt[a - 1].isalnum())
                    and (b == len(txt) or not txt[b].isalnum())):
                errs.append("%s: span not on word boundary %r" % (cid, txt[max(0, a - 3):b + 3]))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(cid + ": overlapping spans")
        # value-level validation
        texts = {}
        for s in c.spans:
            texts.setdefault(s["_g"], []).append(c.turns[s["turn"]]["text"][s["start"]:s["end"]])
        for gid, parts in texts.items():
            info = c.groups[gid]
            full = " ".join(parts)
            if any(s["type"] != info["type"] for s in c.spans if s["_g"] == gid):
                errs.append(cid + ": group type mismatch")
            if info["partial_of"] is not None:
                whole = " ".join(texts[info["partial_of"]])
                if not normalise(whole, "digits").startswith(normalise(full, "digits")):
                    errs.append("%s: fragment not prefix: %r" % (cid, full))
                continue
            if not validate(info["type"], full):
                errs.append("%s: %s failed validation: %r -> %r" % (
                    cid, info["type"], full,
                    normalise(full, "email" if info["type"] == "EMAIL" else "alnum")))
    return errs


def counts(cases):
    ct = {t: 0 for t in TYPES}
    for _, c in cases:
        for s in c.spans:
            ct[s["type"]] += 1
    return ct


def main():
    cases = build()
    text = serialise(cases)
    if "--check" in sys.argv:
        errs = check_cases(cases)
        try:
            with open(OUT, encoding="utf-8") as f:
                on_disk = f.read()
        except FileNotFoundError:
            on_disk = None
        if on_disk != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
        # also re-verify offsets from the file as written
        if on_disk:
            for line in on_disk.splitlines():
                o = json.loads(line)
                for s in o["spans"]:
                    t = o["turns"][s["turn"]]["text"]
                    assert 0 <= s["start"] < s["end"] <= len(t)
        ct = counts(cases)
        npos = sum(1 for _, c in cases if c.kind == "positive")
        nneg = len(cases) - npos
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in TYPES:
            if ct[t] < need.get(t, 10):
                errs.append("too few %s spans: %d" % (t, ct[t]))
        for e in errs:
            print("ERROR:", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, ct[t]))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

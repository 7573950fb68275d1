#!/usr/bin/env python3
"""Generate the pii_holdout367 held-out PII redaction evaluation set.

Standard library only.  Writes tests/fixtures/pii_holdout367/cases.jsonl.
Usage:
    python scripts/make_pii_holdout367.py          # (re)generate
    python scripts/make_pii_holdout367.py --check  # regenerate in memory and verify

Every turn is assembled from plain-text segments and labelled value segments,
so span offsets are computed, never typed by hand.
"""
import argparse
import json
import os
import random
import re
import sys

SEED = 367241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout367", "cases.jsonl")

DIGW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
UNITS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
         "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TEENS = {w: str(10 + i) for i, w in enumerate(TEENW)}
TENW = {"2": "twenty", "3": "thirty", "4": "forty", "5": "fifty", "6": "sixty", "7": "seventy",
        "8": "eighty", "9": "ninety"}
TENS = {v: k for k, v in TENW.items()}
FILLERS = {"um", "uh", "er", "erm", "hmm", "ah", "and", "so", "then", "dash", "hyphen", "space",
           "slash", "sorry"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "o": "oscar", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward", "g": "george",
        "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nellie",
        "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "x": "xmas",
        "y": "yellow", "z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth"]
ORDMAP = {w: i + 1 for i, w in enumerate(ORD)}
ORDMAP.update({"twentieth": 20, "thirtieth": 30})
STREET_SUFFIX = {"street", "road", "lane", "avenue", "close", "drive", "way", "crescent", "court",
                 "place", "gardens", "terrace", "boulevard", "grove", "row", "park", "hill",
                 "st", "rd", "ave", "dr", "ln", "walk", "mews", "square", "parade"}

INDUSTRIES = [
    ("banking", "Northgate Bank"), ("banking", "Castlebridge Credit Union"),
    ("telecom", "Brightwave Mobile"), ("telecom", "Skylark Broadband"),
    ("utilities", "Harbour Energy"), ("utilities", "Clearstream Water"),
    ("retail", "Larkspur Home"), ("retail", "Fennick & Co"),
    ("insurance", "Meridian Insurance"), ("insurance", "Bluewater Mutual"),
    ("travel", "SkyHop Travel"), ("travel", "Emerald Isle Ferries"),
    ("healthcare billing", "St Brennan's patient billing"), ("healthcare billing", "Oakridge Medical Billing"),
    ("government services", "the council tax office"), ("government services", "the vehicle licensing helpline"),
]
FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "kevin", "fatima", "dan",
         "chloe", "mark", "niamh", "raj", "emma", "carlos", "grace", "owen", "hannah", "lukas"]
LAST = ["walsh", "patel", "murphy", "smith", "okafor", "byrne", "jones", "garcia", "kelly",
        "nguyen", "brennan", "taylor", "schmidt", "dubois", "hughes", "khan", "fischer", "reilly"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "hotmail.co.uk",
           "icloud.com", "eircom.net", "web.de", "orange.fr", "aol.com", "protonmail.com"]
STREETS = ["Elm Grove", "Kings Road", "Mill Lane", "Acacia Avenue", "Station Road", "Church Street",
           "Oak Street", "Maple Drive", "Castle Close", "Victoria Terrace", "Harbour View Road",
           "Willow Crescent", "Main Street", "Park Avenue", "Lincoln Boulevard", "Cedar Court",
           "Fairfield Gardens", "Bridge Street", "Sunset Drive", "Abbey Walk"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow", "Leicester", "Brighton", "Hull"]
TOWNS_US = ["Springfield", "Austin", "Denver", "Columbus", "Tampa", "Portland"]
TOWNS_IE = ["Galway", "Cork", "Limerick", "Sligo", "Kilkenny"]
UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "EC", "M", "B", "L", "LS", "BS", "CF", "EH", "G",
            "NE", "S", "CB", "BN", "RG", "GU", "KT", "TW", "CR", "DN", "HU", "LE", "NG", "PR"]
UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah", "got that", "ok go on", "and the next bit"]


# ---------------------------------------------------------------- value makers
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


def gen_card(rng):
    kind = rng.choice(["visa16", "visa16", "visa16", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa16":
        pre, n, grp = "4", 16, [4, 4, 4, 4]
    elif kind == "mc":
        pre, n, grp = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, [4, 4, 4, 4]
    elif kind == "amex":
        pre, n, grp = rng.choice(["34", "37"]), 15, [4, 6, 5]
    elif kind == "disc":
        pre, n, grp = "6011", 16, [4, 4, 4, 4]
    elif kind == "visa13":
        pre, n, grp = "4", 13, [4, 4, 5]
    else:
        pre, n, grp = "6759", 19, [4, 4, 4, 4, 3]
    body = pre + "".join(str(rng.randrange(10)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, grp, kind


def gen_ssn(rng):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


BANK_CODES = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "AIBK", "BKIR", "ULSB", "REVT", "MONZ"]


def gen_iban(rng):
    cc = rng.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    d = lambda k: "".join(str(rng.randrange(10)) for _ in range(k))
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LYDS", "HBUK", "MIDL", "MNZB"]) + d(14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BKIR", "ULSB", "PTSB"]) + d(14)
    elif cc == "DE":
        bban = d(18)
    elif cc == "FR":
        bban = d(23)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "RABN", "INGB", "TRIS"]) + d(10)
    else:
        bban = d(20)
    return cc + iban_check(cc, bban) + bban


def gen_phone(rng, region):
    d = lambda k: "".join(str(rng.randrange(10)) for _ in range(k))
    if region == "UK":
        t = rng.choice(["mob", "mob", "lon", "man", "intl"])
        if t == "mob":
            return "07" + str(rng.choice([4, 5, 7, 8, 9])) + d(8), [5, 6]
        if t == "lon":
            return "020" + str(rng.choice([3, 7, 8])) + d(7), [3, 4, 4]
        if t == "man":
            return "0161" + d(7), [4, 3, 4]
        return "+447" + str(rng.choice([4, 5, 7, 8, 9])) + d(8), [2, 4, 6]
    if region == "US":
        area = str(rng.randrange(2, 10)) + d(2)
        ex = str(rng.randrange(2, 10)) + d(2)
        if rng.random() < 0.35:
            return "+1" + area + ex + d(4), [1, 3, 3, 4]
        return area + ex + d(4), [3, 3, 4]
    if region == "IE":
        if rng.random() < 0.5:
            return "08" + str(rng.choice([3, 5, 6, 7, 9])) + d(7), [3, 3, 4]
        return "+3538" + str(rng.choice([3, 5, 6, 7, 9])) + d(7), [3, 2, 3, 4]
    if rng.random() < 0.5:
        return "+4915" + str(rng.choice([1, 2, 7])) + d(8), [2, 3, 4, 4]
    return "+336" + d(8), [2, 1, 2, 2, 2, 2]


def gen_postcode(rng, region):
    if region == "US":
        z = "%05d" % rng.randrange(1001, 99951)
        if rng.random() < 0.25:
            z += "-%04d" % rng.randrange(10000)
        return z
    area = rng.choice(UK_AREAS)
    return "%s%d %d%s%s" % (area, rng.randrange(1, 30), rng.randrange(10),
                            rng.choice(UNIT_LETTERS), rng.choice(UNIT_LETTERS))


# ---------------------------------------------------------------- renderers
def zeros_for(region):
    return ["oh", "zero", "o"] if region == "US" else ["oh", "nought", "zero", "oh"]


def say_d(d, rng, region):
    return rng.choice(zeros_for(region)) if d == "0" else DIGW[int(d)]


def say_pair(p, rng, region, final):
    if p[0] == "0":
        return say_d("0", rng, region) + " " + DIGW[int(p[1])] if p[1] != "0" else \
            say_d("0", rng, region) + " " + say_d("0", rng, region)
    if p[0] == "1":
        return TEENW[int(p[1])]
    if p[1] == "0":
        return TENW[p[0]] if final else DIGW[int(p[0])] + " " + say_d("0", rng, region)
    return TENW[p[0]] + " " + DIGW[int(p[1])]


def say_digits(g, rng, region):
    out, i = [], 0
    while i < len(g):
        j = i
        while j < len(g) and g[j] == g[i]:
            j += 1
        run = j - i
        if run >= 3 and rng.random() < 0.55:
            out.append("triple " + say_d(g[i], rng, region))
            i += 3
        elif run >= 2 and rng.random() < 0.6:
            out.append("double " + say_d(g[i], rng, region))
            i += 2
        else:
            out.append(say_d(g[i], rng, region))
            i += 1
    return " ".join(out)


def say_group(g, rng, region, final, style=None):
    opts = ["digits", "digits"]
    if len(g) % 2 == 0:
        opts.append("pairs")
    if len(g) == 3 and g[0] != "0" and g[1:] != "00" and (final or g[2] != "0" or g[1] == "1"):
        opts.append("hundreds")
    st = style if style in opts else rng.choice(opts)
    if st == "pairs":
        ps = [g[k:k + 2] for k in range(0, len(g), 2)]
        return " ".join(say_pair(p, rng, region, final and k == len(ps) - 1) for k, p in enumerate(ps))
    if st == "hundreds":
        rest = g[1:]
        if rest[0] == "0":
            tail = DIGW[int(rest[1])]
        else:
            tail = say_pair(rest, rng, region, True)
        return DIGW[int(g[0])] + " hundred and " + tail
    return say_digits(g, rng, region)


def split_groups(s, grp):
    out, k = [], 0
    for n in grp:
        if k < len(s):
            out.append(s[k:k + n])
        k += n
    if k < len(s):
        out.append(s[k:])
    return out


def spoken_groups(s, grp, rng, region, style=None):
    gs = split_groups(s, grp)
    return [say_group(g, rng, region, i == len(gs) - 1, style) for i, g in enumerate(gs)]


def join_spoken(parts, rng, filler_p=0.25):
    out = parts[0]
    for p in parts[1:]:
        r = rng.random()
        if r < filler_p:
            out += " " + rng.choice(["um", "uh", "er", "erm"]) + " " + p
        elif r < filler_p + 0.1:
            out += ", " + p
        else:
            out += " " + p
    return out


def spoken(s, grp, rng, region, filler_p=0.25, style=None):
    return join_spoken(spoken_groups(s, grp, rng, region, style), rng, filler_p)


def typed_grouped(s, grp, rng, seps=(" ", "-", " ", "", ".")):
    sep = rng.choice(seps)
    return sep.join(split_groups(s, grp))


def say_letter(ch, rng, mode="plain"):
    c = ch.lower()
    if mode == "nato":
        return "%s for %s" % (c, NATO.get(c, FOLK.get(c, c)))
    if mode == "folk":
        return "%s for %s" % (c, FOLK.get(c, NATO.get(c, c)))
    if mode == "asin":
        return "%s as in %s" % (c, NATO.get(c, FOLK.get(c, c)))
    return c


def say_alnum(s, rng, region, letter_mode="plain"):
    """Speak a mixed string: letters individually, digit runs via say_group."""
    out = []
    for m in re.finditer(r"[A-Za-z]|\d+", s):
        t = m.group(0)
        if t.isdigit():
            if len(t) > 4:
                out.append(spoken(t, [2] * (len(t) // 2 + 1), rng, region, 0.0))
            else:
                out.append(say_group(t, rng, region, m.end() < len(s)))
        else:
            out.append(say_letter(t, rng, letter_mode))
    return " ".join(out)


def say_year(y, rng):
    if 2000 <= y <= 2009:
        return rng.choice(["two thousand and ", "two thousand "]) + DIGW[y - 2000] if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    return say_pair("%02d" % hi, rng, "UK", True) + " " + say_pair("%02d" % lo, rng, "UK", True)


def say_ord(d):
    if d < 20:
        return ORD[d - 1]
    if d == 20:
        return "twentieth"
    if d == 30:
        return "thirtieth"
    return TENW[str(d // 10)] + " " + ORD[d % 10 - 1]


def dob_text(y, m, d, rng, style, region):
    mon = MONTHS[m - 1]
    if style == "typed":
        f = rng.choice(["uk", "us", "iso", "words", "words2", "short"])
        if f == "uk" or (f == "us" and region != "US"):
            return "%02d/%02d/%04d" % (d, m, y) if rng.random() < 0.6 else "%d.%d.%d" % (d, m, y)
        if f == "us":
            return "%02d/%02d/%04d" % (m, d, y) if rng.random() < 0.5 else "%d-%d-%02d" % (m, d, y % 100)
        if f == "iso":
            return "%04d-%02d-%02d" % (y, m, d)
        if f == "words":
            return "%d %s %d" % (d, mon[:3].title() if rng.random() < 0.5 else mon.title(), y)
        if f == "words2":
            return "%s %d, %d" % (mon.title(), d, y)
        return "%d%s %s %02d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d, "th"),
                                  mon.title(), y % 100)
    f = rng.choice(["ofmonth", "monthday", "digits", "ofmonth"])
    if f == "ofmonth" or (f == "monthday" and region not in ("US",) and rng.random() < 0.5):
        return "the %s of %s %s" % (say_ord(d), mon, say_year(y, rng)) if rng.random() < 0.3 else \
            "%s of %s %s" % (say_ord(d), mon, say_year(y, rng))
    if f == "monthday":
        return "%s %s %s" % (mon, say_ord(d), say_year(y, rng))
    dd, mm = "%02d" % d, "%02d" % m
    parts = [say_group(dd, rng, region, False, "pairs"),
             say_group(mm, rng, region, False, "pairs"), say_year(y, rng)]
    if region == "US":
        parts[0], parts[1] = parts[1], parts[0]
    return " ".join(parts)


def expiry_text(m, y, rng, style):
    if style == "typed":
        f = rng.choice(["a", "a", "b", "c", "d"])
        if f == "a":
            return "%02d/%02d" % (m, y % 100)
        if f == "b":
            return "%02d/%04d" % (m, y)
        if f == "c":
            return "%d-%02d" % (m, y % 100)
        return "%s %d" % (MONTHS[m - 1][:3].title(), y)
    f = rng.choice(["digits", "digits", "month", "monthshort"])
    if f == "digits":
        return say_group("%02d" % m, rng, "UK", False, "pairs") + \
            " " + say_pair("%02d" % (y % 100), rng, "UK", True)
    if f == "month":
        return "%s %s" % (MONTHS[m - 1], say_year(y, rng))
    return "%s %s" % (MONTHS[m - 1], say_pair("%02d" % (y % 100), rng, "UK", True))


# ---------------------------------------------------------------- case model
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.groups = []  # (type, canon, flag) flag: None|'prefix'|'suffix'

    def g(self, typ, canon, flag=None):
        self.groups.append((typ, canon, flag))
        return len(self.groups) - 1

    def v(self, typ, text, canon, flag=None):
        return (text, self.g(typ, canon, flag))

    def turn(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def build(self):
        turns, spans = [], []
        for ti, (spk, segs) in enumerate(self.turns):
            buf = ""
            for s in segs:
                if isinstance(s, tuple):
                    text, gid = s
                    spans.append({"turn": ti, "start": len(buf), "end": len(buf) + len(text),
                                  "type": self.groups[gid][0], "_gid": gid})
                    buf += text
                else:
                    buf += s
            turns.append({"speaker": spk, "text": buf})
        return turns, spans


def mk_region(rng):
    return rng.choice(["UK", "UK", "UK", "US", "US", "IE", "EU"])


def org(rng):
    return rng.choice(INDUSTRIES)


def greet(c, rng, asr, region):
    ind, name = org(rng)
    agent = rng.choice(["Priya", "Tom", "Declan", "Jess", "Marco", "Ade", "Siobhan", "Kim"])
    if asr:
        c.turn("agent", rng.choice([
            "thank you for calling %s my name's %s how can i help" % (name.lower(), agent.lower()),
            "good morning %s you're through to %s" % (name.lower(), agent.lower()),
            "hi there you've reached %s can i take a few details" % name.lower()]))
    else:
        c.turn("agent", rng.choice([
            "Hi, you're chatting with %s at %s. How can I help today?" % (agent, name),
            "Welcome to %s live chat. %s here :) what can I do for you?" % (name, agent),
            "Hello! Thanks for contacting %s. Could I take some details to get started?" % name]))
    return ind


# ---------------------------------------------------------------- positive builders
def pos_card_typed(rng):
    c = Case("positive", "")
    region = mk_region(rng)
    greet(c, rng, False, region)
    num, grp, kind = gen_card(rng)
    t = typed_grouped(num, grp, rng, (" ", "-", "", " ", "  "))
    if rng.random() < 0.2 and len(grp) == 4:
        t = num[:4] + " " + num[4:12] + " " + num[12:]
    m, y = rng.randrange(1, 13), rng.randrange(2025, 2032)
    cvv = "".join(str(rng.randrange(10)) for _ in range(4 if kind == "amex" else 3))
    lab = rng.choice(["card no: ", "Card number - ", "its ", "", "long number is ", "cc# "])
    segs = [lab, c.v("CARD_NUMBER", t, num)]
    if rng.random() < 0.6:
        segs += [rng.choice([" exp ", ", expiry ", " valid thru ", " exp. date "]),
                 c.v("EXPIRY", expiry_text(m, y, rng, "typed"), (m, y))]
    if rng.random() < 0.5:
        segs += [rng.choice([" cvv ", " and the security code is ", ", cvc: ", " sec code "]),
                 c.v("CVV", cvv, cvv)]
    c.turn("customer", *segs)
    c.turn("agent", rng.choice(["Thanks, processing the payment of £%d.%02d now." % (rng.randrange(5, 400), rng.randrange(100)),
                                "Got it, one moment while I update the card on file.",
                                "Thank you. Please don't share the PIN with anyone."]))
    c.note = "typed chat card number (%s) with separators" % kind
    return c


def pos_card_spoken(rng, variant):
    c = Case("positive", "")
    region = mk_region(rng)
    greet(c, rng, True, region)
    num, grp, kind = gen_card(rng)
    parts = spoken_groups(num, grp, rng, region)
    c.turn("customer", rng.choice(["i'd like to pay my bill please", "i need to update my card",
                                   "i want to book the tickets we talked about", "it's about the overdue balance"]))
    c.turn("agent", rng.choice(["no problem can i take the long card number", "sure go ahead with the card number when you're ready",
                                "okay what's the sixteen digit number on the front"]))
    if variant == "single":
        c.turn("customer", rng.choice(["yeah it's ", "okay um ", "right so it's ", ""]),
               c.v("CARD_NUMBER", join_spoken(parts, rng, 0.35), num))
        c.note = "ASR card reading in one turn"
    elif variant == "split":
        gid = c.g("CARD_NUMBER", num)
        for i, p in enumerate(parts):
            lead = rng.choice(["", "", "it's ", "um "]) if i == 0 else rng.choice(["", "", "then "])
            c.turn("customer", lead, (p, gid))
            if i < len(parts) - 1:
                c.turn("agent", rng.choice(BACKCH))
        c.note = "ASR card reading split over customer turns with back-channels"
    elif variant == "restart":
        k = rng.randrange(1, len(parts) - 1)
        c.turn("customer", rng.choice(["it's ", "okay "]),
               c.v("CARD_NUMBER", " ".join(parts[:k]), num, "prefix"),
               rng.choice([" no wait sorry let me start again ", " hang on i've read that wrong ", " oh sorry scratch that "]),
               c.v("CARD_NUMBER", join_spoken(spoken_groups(num, grp, rng, region), rng, 0.2), num))
        c.note = "ASR card reading with an abandoned false start and restart"
    elif variant == "aside":
        k = rng.randrange(1, len(parts))
        gid = c.g("CARD_NUMBER", num)
        c.turn("customer", "", (join_spoken(parts[:k], rng, 0.2), gid),
               rng.choice([" sorry the dog's going mad hang on ", " just a sec my glasses ", " sorry my son's shouting ",
                           " bear with me the light's terrible in here "]),
               (join_spoken(parts[k:], rng, 0.2), gid))
        c.note = "ASR card reading interrupted by an aside mid-turn"
    readback = rng.random() < 0.5
    if readback:
        rb = spoken(num, grp, rng, region, 0.0)
        c.turn("agent", "let me read that back ", c.v("CARD_NUMBER", rb, num), " is that right")
        c.turn("customer", rng.choice(["yes that's it", "yep", "correct"]))
        c.note += ", agent read-back"
    if rng.random() < 0.5:
        m, y = rng.randrange(1, 13), rng.randrange(2025, 2032)
        c.turn("agent", "and the expiry date")
        c.turn("customer", rng.choice(["", "it's ", "um "]), c.v("EXPIRY", expiry_text(m, y, rng, "spoken"), (m, y)))
    if rng.random() < 0.5:
        cvv = "".join(str(rng.randrange(10)) for _ in range(4 if kind == "amex" else 3))
        c.turn("agent", "and the three digits on the back" if kind != "amex" else "and the four digit code on the front")
        c.turn("customer", rng.choice(["", "that's ", "uh "]), c.v("CVV", say_group(cvv, rng, region, True), cvv))
    if rng.random() < 0.4:
        c.turn("agent", "thank you so that's the card ending ", c.v("CARD_NUMBER", say_group(num[-4:], rng, region, True), num, "suffix"),
               " and i'll take %s pounds" % say_group(str(rng.randrange(12, 300)), rng, region, True))
        c.note += "; last four after full reading is labelled"
    return c


def pos_ssn(rng):
    c = Case("positive", "")
    region = "US"
    ssn = gen_ssn(rng)
    asr = rng.random() < 0.55
    greet(c, rng, asr, region)
    if not asr:
        t = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s", "%s.%s.%s"]) % (ssn[:3], ssn[3:5], ssn[5:])
        c.turn("agent", rng.choice(["To verify, please provide your Social Security number.",
                                    "Can you confirm the SSN on the account?"]))
        c.turn("customer", rng.choice(["SSN: ", "sure its ", "ssn# ", "Social is ", "", "my social security no. is "]),
               c.v("SSN", t, ssn), rng.choice(["", " thx", ". DOB to follow", " - is that what u need?"]))
        c.note = "typed SSN"
        if rng.random() < 0.4:
            c.turn("agent", "Thanks. I also see a balance of $%d.%02d due on %s %d." %
                   (rng.randrange(20, 3000), rng.randrange(100), MONTHS[rng.randrange(12)].title(), rng.randrange(1, 29)))
        return c
    c.turn("agent", rng.choice(["can i get your social security number please", "i'll need the last... actually the full social please"]))
    parts = spoken_groups(ssn, [3, 2, 4], rng, region)
    v = rng.random()
    if v < 0.4:
        c.turn("customer", rng.choice(["sure it's ", "yeah ", "um ok ", ""]), c.v("SSN", join_spoken(parts, rng, 0.3), ssn))
        c.note = "ASR SSN reading"
    elif v < 0.75:
        gid = c.g("SSN", ssn)
        for i, p in enumerate(parts):
            c.turn("customer", (p, gid))
            if i < 2:
                c.turn("agent", rng.choice(BACKCH))
        c.note = "ASR SSN split over turns"
    else:
        c.turn("customer", "it's ", c.v("SSN", join_spoken(parts[:2], rng, 0.2), ssn, "prefix"),
               " oh no that's my wife's sorry mine is ", c.v("SSN", join_spoken(spoken_groups(ssn, [3, 2, 4], rng, region), rng, 0.2), ssn))
        c.note = "ASR SSN with correction"
    if rng.random() < 0.5:
        c.turn("agent", "thanks i have ", c.v("SSN", spoken(ssn, [3, 2, 4], rng, region, 0.0), ssn), " on file")
        c.note += ", agent read-back"
    return c


def pos_ni(rng):
    c = Case("positive", "")
    region = "UK"
    ni = gen_ni(rng)
    asr = rng.random() < 0.55
    greet(c, rng, asr, region)
    if not asr:
        f = rng.choice(["a", "b", "c", "d", "e"])
        t = {"a": ni, "b": "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
             "c": ni.lower(), "d": "%s %s %s" % (ni[:2], ni[2:8], ni[8]), "e": "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])}[f]
        c.turn("agent", rng.choice(["Please confirm your National Insurance number.", "What's your NI number?"]))
        c.turn("customer", rng.choice(["NI no: ", "NINO ", "its ", "", "national insurance number is "]), c.v("NI_NUMBER", t, ni),
               rng.choice(["", " (from my payslip)", " thanks", ". I started the job in 2019"]))
        c.note = "typed NI number"
        return c
    c.turn("agent", rng.choice(["can i take your national insurance number", "and your n i number please"]))
    lm = rng.choice(["plain", "plain", "nato", "folk", "asin"])
    lets = say_letter(ni[0], rng, lm) + " " + say_letter(ni[1], rng, lm)
    digs = spoken(ni[2:8], [2, 2, 2], rng, region, 0.15)
    suf = say_letter(ni[8], rng, lm)
    v = rng.random()
    if v < 0.45:
        c.turn("customer", rng.choice(["yeah it's ", "um ", "", "so it's "]), c.v("NI_NUMBER", "%s %s %s" % (lets, digs, suf), ni))
        c.note = "ASR NI number (%s letters)" % lm
    else:
        gid = c.g("NI_NUMBER", ni)
        c.turn("customer", "it's ", ("%s %s" % (lets, digs), gid))
        c.turn("agent", rng.choice(["and the letter at the end", "mhm and the last letter"]))
        c.turn("customer", rng.choice(["", "it's ", "that's "]), (suf, gid))
        c.note = "ASR NI number with final letter in a separate turn"
    if rng.random() < 0.5:
        c.turn("agent", "so that's ", c.v("NI_NUMBER", "%s %s %s" % (say_letter(ni[0], rng, "nato"), say_letter(ni[1], rng, "plain"),
                                                                      spoken(ni[2:8], [2, 2, 2], rng, region, 0.0) + " " + say_letter(ni[8], rng, "plain")), ni), " lovely")
        c.note += ", agent read-back"
    return c


def pos_bank(rng):
    c = Case("positive", "")
    region = rng.choice(["UK", "UK", "UK", "US", "IE"])
    asr = rng.random() < 0.5
    greet(c, rng, asr, region)
    acct = "".join(str(rng.randrange(10)) for _ in range(8 if region != "US" else rng.choice([9, 10, 12])))
    sc = "".join(str(rng.randrange(10)) for _ in range(6))
    if not asr:
        segs = []
        if region != "US":
            segs += [rng.choice(["sort code ", "s/c: ", "Sort code - "]),
                     c.v("SORT_CODE", rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), sc), " "]
        segs += [rng.choice(["acct no: ", "account number ", "a/c ", "Acc# ", "acct "]), c.v("BANK_ACCOUNT", acct, acct)]
        if region == "US":
            segs += [" routing ", "%09d" % rng.randrange(10 ** 8, 10 ** 9)]
        c.turn("customer", *segs)
        c.turn("agent", "Thanks, the direct debit of %d.%02d will start on the %d%s." % (rng.randrange(10, 90), rng.randrange(100), rng.randrange(1, 28), "th"))
        c.note = "typed bank details"
        if region == "US":
            c.note += " (routing number unlabelled: bank identifier, not personal)"
        return c
    if region != "US":
        c.turn("agent", "what's the sort code")
        c.turn("customer", rng.choice(["", "it's ", "uh "]), c.v("SORT_CODE", spoken(sc, [2, 2, 2], rng, region, 0.2), sc))
    c.turn("agent", "and the account number")
    parts = spoken_groups(acct, [4, 4] if len(acct) == 8 else [3, 3, 4, 2], rng, region)
    if rng.random() < 0.5:
        c.turn("customer", rng.choice(["", "it's "]), c.v("BANK_ACCOUNT", join_spoken(parts, rng, 0.3), acct))
    else:
        gid = c.g("BANK_ACCOUNT", acct)
        c.turn("customer", "", (parts[0], gid))
        c.turn("agent", rng.choice(BACKCH))
        c.turn("customer", "", (join_spoken(parts[1:], rng, 0.2), gid))
    c.note = "ASR bank details"
    return c


def pos_iban(rng):
    c = Case("positive", "")
    region = "EU"
    iban = gen_iban(rng)
    asr = rng.random() < 0.4
    greet(c, rng, asr, region)
    if not asr:
        t = " ".join(iban[k:k + 4] for k in range(0, len(iban), 4))
        if rng.random() < 0.3:
            t = iban
        if rng.random() < 0.2:
            t = t.lower()
        c.turn("customer", rng.choice(["Please refund to IBAN: ", "my iban is ", "IBAN ", "send it to "]), c.v("IBAN", t, iban),
               rng.choice(["", " (BIC to follow)", ", thanks!"]))
        c.turn("agent", "Thanks, refunds take 5-7 working days.")
        c.note = "typed IBAN"
        return c
    c.turn("agent", "can you read me the iban")
    text = say_alnum(iban[:4], rng, "UK", rng.choice(["plain", "nato"]))
    rest = iban[4:]
    letters = re.match(r"[A-Z]*", rest).group(0)
    if letters:
        text += " " + " ".join(say_letter(ch, rng, "plain") for ch in letters)
    text += " " + spoken(rest[len(letters):], [4] * 8, rng, "UK", 0.2, "digits")
    c.turn("customer", rng.choice(["okay it's ", "", "right "]), c.v("IBAN", text, iban))
    c.note = "ASR IBAN"
    return c


def pos_phone(rng):
    c = Case("positive", "")
    region = mk_region(rng)
    ph, grp = gen_phone(rng, region)
    asr = rng.random() < 0.5
    greet(c, rng, asr, region)
    if not asr:
        digits = ph.lstrip("+")
        body = typed_grouped(digits, grp, rng, (" ", "-", " ", "", "."))
        lead_plus = ph.startswith("+")
        if region == "US" and not ph.startswith("+") and rng.random() < 0.5:
            body = "(%s) %s-%s" % (ph[:3], ph[3:6], ph[6:])
        c.turn("customer", rng.choice(["best number is ", "call me on ", "mob: ", "tel ", "ph# ", "my new number "]),
               "+" if lead_plus else "", c.v("PHONE", body, ph), rng.choice(["", " after 5pm", " (whatsapp too)", " ty"]))
        c.turn("agent", "Thanks, I've updated your contact number.")
        c.note = "typed phone (%s)" % region
        return c
    c.turn("agent", rng.choice(["what's the best number to reach you on", "can i take a contact number"]))
    digits = ph.lstrip("+")
    parts = spoken_groups(digits, grp, rng, region)
    if ph.startswith("+"):
        parts[0] = "plus " + parts[0]
    if rng.random() < 0.6:
        c.turn("customer", rng.choice(["", "it's ", "yeah it's ", "um "]), c.v("PHONE", join_spoken(parts, rng, 0.25), ph))
    else:
        gid = c.g("PHONE", ph)
        k = max(1, len(parts) // 2)
        c.turn("customer", rng.choice(["", "it's "]), (join_spoken(parts[:k], rng, 0.1), gid))
        c.turn("agent", rng.choice(BACKCH))
        c.turn("customer", "", (join_spoken(parts[k:], rng, 0.1), gid))
    if rng.random() < 0.4:
        c.turn("agent", "perfect that's ", c.v("PHONE", join_spoken(spoken_groups(digits, grp, rng, region), rng, 0.0)
                                                 if not ph.startswith("+") else "plus " + spoken(digits, grp, rng, region, 0.0), ph))
    c.note = "ASR phone (%s)" % region
    return c


def pos_email(rng):
    c = Case("positive", "")
    region = mk_region(rng)
    fn, ln = rng.choice(FIRST), rng.choice(LAST)
    num = str(rng.randrange(1, 99)) if rng.random() < 0.5 else ""
    sep = rng.choice([".", "_", "", "."])
    local = rng.choice([fn + sep + ln, fn[0] + sep + ln, fn + sep + ln]) + num
    dom = rng.choice(DOMAINS)
    em = local + "@" + dom
    asr = rng.random() < 0.5
    greet(c, rng, asr, region)
    if not asr:
        t = em
        r = rng.random()
        if r < 0.3:
            t = local[0].upper() + local[1:] + "@" + dom.title()
        elif r < 0.4:
            t = em.upper()
        c.turn("customer", rng.choice(["email: ", "its ", "send it to ", "e-mail addr is ", ""]), c.v("EMAIL", t, em),
               rng.choice(["", " pls", " — not the old hotmail one", "."]))
        c.turn("agent", "Great, a confirmation email is on its way.")
        c.note = "typed email"
        return c
    words = []
    for tok in re.findall(r"[a-z]+|\d+|[._]", local):
        if tok == ".":
            words.append("dot")
        elif tok == "_":
            words.append("underscore")
        elif tok.isdigit():
            words.append(say_group(tok, rng, region, True, "pairs" if len(tok) == 2 else None))
        elif len(tok) == 1:
            words.append(say_letter(tok, rng, "nato" if tok == "o" else rng.choice(["plain", "nato", "folk"])))
        else:
            words.append(tok if rng.random() < 0.7 else tok + " that's " + " ".join(tok))
    d1, d2 = dom.split(".", 1)
    spoken_em = " ".join(words) + " at " + d1 + " dot " + d2.replace(".", " dot ")
    c.turn("agent", "and an email address")
    c.turn("customer", rng.choice(["yeah it's ", "", "um it's "]), c.v("EMAIL", spoken_em, em))
    c.note = "ASR spoken email"
    return c


def pos_dob(rng):
    c = Case("positive", "")
    region = mk_region(rng)
    asr = rng.random() < 0.55
    greet(c, rng, asr, region)
    y, m, d = rng.randrange(1938, 2006), rng.randrange(1, 13), rng.randrange(1, 29)
    c.turn("agent", "can i take your date of birth" if asr else "Can you confirm your date of birth please?")
    c.turn("customer", rng.choice(["", "it's ", "yeah ", "dob " if not asr else "um "]),
           c.v("DOB", dob_text(y, m, d, rng, "spoken" if asr else "typed", region), (y, m, d)))
    if rng.random() < 0.4:
        c.turn("agent", "thank you and that makes you %s is that right" % say_group(str(2025 - y), rng, region, True)
               if asr else "Thanks! And the appointment on %d/%d is still ok?" % (rng.randrange(1, 28), rng.randrange(1, 13)))
    c.note = "%s date of birth" % ("ASR" if asr else "typed")
    return c


def pos_address(rng):
    c = Case("positive", "")
    region = rng.choice(["UK", "UK", "US", "IE"])
    asr = rng.random() < 0.5
    greet(c, rng, asr, region)
    hn = rng.randrange(1, 240) if region != "US" else rng.randrange(100, 9999)
    st = rng.choice(STREETS)
    flat = rng.randrange(1, 30) if region != "US" and rng.random() < 0.3 else None
    town = rng.choice(TOWNS_UK if region == "UK" else TOWNS_US if region == "US" else TOWNS_IE)
    pc = gen_postcode(rng, region) if region != "IE" else None
    if not asr:
        a = ("Flat %d, " % flat if flat else "") + "%d %s" % (hn, st)
        if rng.random() < 0.3:
            a = a.lower()
        segs = [rng.choice(["address: ", "I live at ", "new addr is ", "", "moved to "]), c.v("ADDRESS", a, a), ", %s" % town]
        if pc:
            segs += [rng.choice([", ", " ", " postcode ", "  "]), c.v("POSTCODE", pc if rng.random() < 0.7 else pc.lower(), pc)]
        c.turn("customer", *segs)
        c.note = "typed address + postcode"
    else:
        a = ("flat %s " % DIGW[flat] if flat and flat < 10 else "flat %s " % say_group(str(flat), rng, region, True) if flat else "") + \
            say_group(str(hn), rng, region, True) + " " + st.lower()
        c.turn("agent", "and what's the first line of the address")
        c.turn("customer", rng.choice(["it's ", "", "um "]), c.v("ADDRESS", a, a), " in %s" % town.lower())
        if pc:
            c.turn("agent", "and the postcode" if region == "UK" else "and the zip code")
            if region == "UK":
                out, inn = pc.split()
                txt = say_alnum(out, rng, region, rng.choice(["plain", "plain", "nato"])) + " " + \
                    say_alnum(inn, rng, region, rng.choice(["plain", "nato"]))
            else:
                txt = spoken(pc.replace("-", ""), [5, 4], rng, region, 0.0, "digits")
            c.turn("customer", rng.choice(["", "it's ", "uh "]), c.v("POSTCODE", txt, pc))
        c.note = "ASR address + postcode"
    return c


def pos_idv(rng):
    """Identity verification mixing several types (chat or call)."""
    c = Case("positive", "")
    region = rng.choice(["UK", "US", "IE"])
    asr = rng.random() < 0.5
    greet(c, rng, asr, region)
    y, m, d = rng.randrange(1940, 2004), rng.randrange(1, 13), rng.randrange(1, 29)
    ph, grp = gen_phone(rng, region)
    if asr:
        c.turn("agent", "for security can i take your date of birth and postcode")
        segs = [rng.choice(["yeah it's ", "sure "]), c.v("DOB", dob_text(y, m, d, rng, "spoken", region), (y, m, d))]
        if region != "IE":
            pc = gen_postcode(rng, region)
            if region == "UK":
                o, i = pc.split()
                ptxt = say_alnum(o, rng, region) + " " + say_alnum(i, rng, region)
            else:
                ptxt = spoken(pc.replace("-", ""), [5, 4], rng, region, 0.0, "digits")
            segs += [rng.choice([" and the postcode's ", " and it's ", " zip is "]), c.v("POSTCODE", ptxt, pc)]
        c.turn("customer", *segs)
        digits = ph.lstrip("+")
        c.turn("agent", "thanks and the mobile number we'd have on the account")
        txt = join_spoken(spoken_groups(digits, grp, rng, region), rng, 0.2)
        c.turn("customer", "", c.v("PHONE", ("plus " if ph.startswith("+") else "") + txt, ph),
               " but i've had it %s years" % DIGW[rng.randrange(2, 10)])
        c.note = "ASR identity check: DOB, postcode, phone, plus a duration"
    else:
        c.turn("agent", "For security, please confirm DOB, email and phone.")
        fn, ln = rng.choice(FIRST), rng.choice(LAST)
        em = "%s.%s@%s" % (fn, ln, rng.choice(DOMAINS))
        digits = ph.lstrip("+")
        pt = typed_grouped(digits, grp, rng)
        c.turn("customer", "dob ", c.v("DOB", dob_text(y, m, d, rng, "typed", region), (y, m, d)), ", ",
               c.v("EMAIL", em, em), ", ", "+" if ph.startswith("+") else "", c.v("PHONE", pt, ph), rng.choice(["", ". order #%d" % rng.randrange(10 ** 7, 10 ** 8)]))
        c.note = "typed identity check: DOB, email, phone"
    return c


# ---------------------------------------------------------------- negatives
def rdig(rng, n):
    return str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(n - 1))


def neg_case(rng, i):
    c = Case("negative", "")
    region = mk_region(rng)
    k = i % 22
    asr = rng.random() < 0.5
    greet(c, rng, asr, region)
    if k == 0:
        n = rdig(rng, 16)
        c.turn("customer", "my order number is ", spoken(n, [4, 4, 4, 4], rng, region, 0.2) if asr else n)
        c.turn("agent", "thanks that order shipped on the %s" % say_ord(rng.randrange(1, 29)))
        c.note = "16-digit order number read like a card"
    elif k == 1:
        c.turn("customer", "the card ending %s got charged twice" % (say_group(rdig(rng, 4), rng, region, True) if asr else rdig(rng, 4)))
        c.turn("agent", "i can see two payments of %d pounds %d on the %s" % (rng.randrange(5, 99), rng.randrange(1, 99), say_ord(rng.randrange(1, 29))))
        c.note = "card last four on its own, amounts, dates"
    elif k == 2:
        c.turn("agent", "your balance is %s and the minimum payment of %s is due on the %s of %s" % (
            "£%d.%02d" % (rng.randrange(100, 9999), rng.randrange(100)), "£%d" % rng.randrange(5, 90),
            say_ord(rng.randrange(1, 29)), rng.choice(MONTHS)))
        c.turn("customer", "okay can i pay it on %s %d" % (rng.choice(MONTHS).title(), rng.randrange(1, 29)))
        c.note = "balance, amount, payment date"
    elif k == 3:
        n = "%s-%s" % (rdig(rng, 3), rdig(rng, 4))
        c.turn("customer", "ticket ref %s and my claim number is CLM%s" % (n, rdig(rng, 9)))
        c.turn("agent", "thanks, claim reference %s is with the assessor" % rdig(rng, 9))
        c.note = "ticket/claim references incl. 9-digit numbers (not SSN)"
    elif k == 4:
        c.turn("customer", "the meter reading is %s" % (spoken(rdig(rng, 5), [2, 3], rng, region, 0.3) if asr else rdig(rng, 5)))
        c.turn("agent", "thank you and the serial on the meter is %s" % ("E%dZ%s" % (rng.randrange(10, 99), rdig(rng, 8))))
        c.note = "meter reading and meter serial"
    elif k == 5:
        c.turn("customer", "we're on flight %s%d from gate %s%d seat %d%s" % (rng.choice(["EI", "BA", "FR", "UA"]), rng.randrange(100, 9999),
                                                                         rng.choice("ABCD"), rng.randrange(1, 40), rng.randrange(1, 40), rng.choice("ABCDEF")))
        c.turn("agent", "that departs at %d:%02d and the hotel room is %d" % (rng.randrange(5, 23), rng.choice([0, 15, 30, 45]), rng.randrange(100, 999)))
        c.note = "flight, gate, seat, time, room"
    elif k == 6:
        c.turn("customer", "i was stuck on the %s for %s hours then took %s road" % (rng.choice(["M25", "A40", "I-95", "N7", "M50"]),
                                                                                  DIGW[rng.randrange(2, 6)], rng.choice(["the old", "the ring"])))
        c.turn("agent", "sorry to hear that, the delay compensation is %d percent of the fare" % rng.randrange(10, 60))
        c.note = "road names, duration, percentage"
    elif k == 7:
        n = rdig(rng, 9)
        c.turn("customer", "policy number %s" % ("%s-%s-%s" % (n[:3], n[3:5], n[5:]) if not asr else spoken(n, [3, 2, 4], rng, region, 0.1)))
        c.turn("agent", "thanks, that policy renews in %s for %s" % (rng.choice(MONTHS), "$%d" % rng.randrange(300, 2000)))
        c.note = "policy number in SSN shape, labelled as policy"
    elif k == 8:
        c.turn("customer", "the model is %s and serial %s" % ("KX-%d%s" % (rng.randrange(100, 999), rng.choice("ABC")), rdig(rng, 12)))
        c.turn("agent", "that has a %s year warranty" % DIGW[rng.randrange(1, 6)])
        c.note = "model and 12-digit serial number"
    elif k == 9:
        c.turn("customer", "i'm %d and my husband is %d, we've been customers since %d" % (rng.randrange(20, 90), rng.randrange(20, 90), rng.randrange(1980, 2024)))
        c.turn("agent", "lovely, so that's %d years with us" % rng.randrange(2, 40))
        c.note = "ages, year, duration"
    elif k == 10:
        c.turn("agent", "we're open %d to %d monday to friday and %d till %d on saturday" % (rng.randrange(7, 10), rng.randrange(17, 21), rng.randrange(8, 11), rng.randrange(12, 17)))
        c.turn("customer", "and the thermostat should be at %d degrees?" % rng.randrange(16, 24))
        c.note = "opening hours, temperature"
    elif k == 11:
        n = rdig(rng, 16)
        c.turn("customer", "tracking number %s" % " ".join(n[j:j + 4] for j in range(0, 16, 4)))
        c.turn("agent", "that parcel weighs %d.%d kg and arrives %s" % (rng.randrange(1, 20), rng.randrange(10), rng.choice(["tomorrow", "friday"])))
        c.note = "16-digit tracking number in card grouping"
    elif k == 12:
        c.turn("customer", "invoice INV-%s for %s" % (rdig(rng, 8), "€%d.%02d" % (rng.randrange(10, 900), rng.randrange(100))))
        c.turn("agent", "i can see invoice %s was paid on %d/%d/%d" % (rdig(rng, 8), rng.randrange(1, 28), rng.randrange(1, 13), rng.randrange(2019, 2026)))
        c.note = "invoice numbers, amount, payment date"
    elif k == 13:
        c.turn("agent", "your appointment is on the %s of %s at %s" % (say_ord(rng.randrange(1, 29)), rng.choice(MONTHS), rng.choice(["half ten", "two fifteen", "nine am"])))
        c.turn("customer", "and the contract runs until %s %d?" % (rng.choice(MONTHS), rng.randrange(2025, 2030)))
        c.note = "appointment date/time, contract end date"
    elif k == 14:
        n = rdig(rng, 8)
        c.turn("customer", "the reference on the letter is %s" % (spoken(n, [4, 4], rng, region, 0.2) if asr else n))
        c.turn("agent", "thanks, that's case %s" % rdig(rng, 6))
        c.note = "8-digit letter reference and 6-digit case number (not account/sort code)"
    elif k == 15:
        c.turn("customer", "i used %d gigs of data and made %d calls, total %s minutes" % (rng.randrange(1, 80), rng.randrange(3, 200), say_group(str(rng.randrange(100, 999)), rng, region, True)))
        c.turn("agent", "your plan is %d pounds a month for %d months" % (rng.randrange(10, 60), rng.choice([12, 18, 24, 36])))
        c.note = "usage counts, durations, price"
    elif k == 16:
        n = rdig(rng, 6)
        c.turn("customer", "the booking code is %s and the confirmation number is %s" % (n, rdig(rng, 10)))
        c.turn("agent", "perfect, %d nights from the %s" % (rng.randrange(1, 14), say_ord(rng.randrange(1, 29))))
        c.note = "6-digit booking code, 10-digit confirmation number"
    elif k == 17:
        c.turn("customer", "the tv reference number is %s %s" % (spoken(rdig(rng, 4), [4], rng, region, 0.0, "pairs"), spoken(rdig(rng, 4), [4], rng, region, 0.0, "pairs")))
        c.turn("agent", "ok and that costs %s pounds %s" % (say_group(str(rng.randrange(100, 200)), rng, region, True, "hundreds"), say_group(str(rng.randrange(10, 99)), rng, region, True)))
        c.note = "reference read in pairs, price spoken with hundreds"
    elif k == 18:
        c.turn("customer", "can you call the surgery on the main line, extension %d" % rng.randrange(100, 9999))
        c.turn("agent", "patient account PA%s shows %d outstanding visits, interest at %d.%d%%" % (rdig(rng, 7), rng.randrange(1, 6), rng.randrange(1, 20), rng.randrange(10)))
        c.note = "extension, patient account reference with label, count, percentage"
    elif k == 19:
        c.turn("customer", "my vehicle reg is %s and the v5 document reference is %s" % (rng.choice(["LB07 SEO", "AB51 ABC", "161-D-12345"]), rdig(rng, 11)))
        c.turn("agent", "thanks, the tax is %d a year from %s" % (rng.randrange(20, 600), rng.choice(MONTHS)))
        c.note = "vehicle registration, 11-digit document reference, annual amount"
    elif k == 20:
        c.turn("customer", "the error code on the router is %s and it says firmware %d.%d.%d" % (rdig(rng, 6), rng.randrange(1, 9), rng.randrange(0, 20), rng.randrange(0, 99)))
        c.turn("agent", "ok try restarting it and wait %d seconds" % rng.choice([30, 60, 90]))
        c.note = "error code, firmware version, duration"
    else:
        c.turn("customer", "the account for the transfer is the %s one ending %s" % (rng.choice(["savings", "joint", "business"]), rdig(rng, 4)))
        c.turn("agent", "we've moved %s, reference %s, it should land in %d working days" % ("£%d.%02d" % (rng.randrange(10, 5000), rng.randrange(100)), rdig(rng, 12), rng.randrange(1, 5)))
        c.note = "account last-four mention, amount, 12-digit reference, duration"
    if rng.random() < 0.3:
        c.turn("customer", rng.choice(["cheers", "thanks a million", "ok great", "ta"]))
    return c


# ---------------------------------------------------------------- assemble
def generate():
    rng = random.Random(SEED)
    plan = ([lambda: pos_card_typed(rng)] * 24 +
            [lambda v=v: pos_card_spoken(rng, v) for v in ["single", "split", "restart", "aside"] for _ in range(10)] +
            [lambda: pos_ssn(rng)] * 34 + [lambda: pos_ni(rng)] * 32 + [lambda: pos_bank(rng)] * 22 +
            [lambda: pos_iban(rng)] * 12 + [lambda: pos_phone(rng)] * 14 + [lambda: pos_email(rng)] * 14 +
            [lambda: pos_dob(rng)] * 10 + [lambda: pos_address(rng)] * 14 + [lambda: pos_idv(rng)] * 8)
    order = list(range(len(plan)))
    rng.shuffle(order)
    cases = []
    for j, idx in enumerate(order):
        c = plan[idx]()
        cases.append(("h367-pos-%03d" % (j + 1), c))
    for j in range(110):
        c = neg_case(rng, j)
        cases.append(("h367-neg-%03d" % (j + 1), c))
    lines, meta = [], []
    for cid, c in cases:
        turns, spans = c.build()
        spans.sort(key=lambda s: (s["turn"], s["start"]))
        out = {"id": cid, "kind": c.kind, "turns": turns,
               "spans": [{k: s[k] for k in ("turn", "start", "end", "type")} for s in spans], "note": c.note}
        lines.append(json.dumps(out, ensure_ascii=False))
        meta.append((cid, c, turns, spans))
    return "\n".join(lines) + "\n", meta


# ---------------------------------------------------------------- checking
def norm(text, mode):
    toks = re.findall(r"[A-Za-z]+(?:-[a-z]+)?|\d+|[@.+_\-]", text)
    low = [t.lower() for t in toks]
    n, i, out = len(low), 0, []
    while i < n:
        t = low[i]
        if t in FILLERS and mode != "email":
            i += 1
            continue
        if t in ("um", "uh", "er", "erm"):
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if mode != "digits" and len(t) == 1 and t.isalpha() and (t != "o" or (i + 1 < n and low[i + 1] == "for")):
            if i + 2 < n and low[i + 1] == "for":
                i += 3
            elif i + 3 < n and low[i + 1] == "as" and low[i + 2] == "in":
                i += 4
            else:
                i += 1
            out.append(t.upper() if mode != "email" else t)
            continue
        if t in ("double", "triple") and i + 1 < n:
            nx = low[i + 1]
            ch = UNITS.get(nx) or (nx.upper() if len(nx) == 1 and mode != "digits" else None)
            if ch is None:
                return None
            out.append(ch * (2 if t == "double" else 3))
            i += 2
            continue
        if t in UNITS and i + 1 < n and low[i + 1] == "hundred":
            j, rest = i + 2, "00"
            if j < n and low[j] == "and":
                j += 1
            if j < n and low[j] in TEENS:
                rest, j = TEENS[low[j]], j + 1
            elif j < n and low[j] in TENS:
                if j + 1 < n and low[j + 1] in UNITS and UNITS[low[j + 1]] != "0":
                    rest, j = TENS[low[j]] + UNITS[low[j + 1]], j + 2
                else:
                    rest, j = TENS[low[j]] + "0", j + 1
            elif j < n and low[j] in UNITS:
                rest, j = "0" + UNITS[low[j]], j + 1
            out.append(UNITS[t] + rest)
            i = j
            continue
        if t in TEENS:
            out.append(TEENS[t])
            i += 1
            continue
        if t in TENS:
            if i + 1 < n and low[i + 1] in UNITS and UNITS[low[i + 1]] != "0":
                out.append(TENS[t] + UNITS[low[i + 1]])
                i += 2
            else:
                out.append(TENS[t] + "0")
                i += 1
            continue
        if t in UNITS:
            out.append(UNITS[t])
            i += 1
            continue
        if t == "plus" or t == "+":
            out.append("+")
            i += 1
            continue
        if mode == "email":
            out.append({"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}.get(t, t))
            if t == "that" and i + 1 < n and low[i + 1] == "s":
                # "that's j a m e s": spelling repeat of previous word, skip letters
                word = out[-2] if len(out) >= 2 else ""
                out.pop()
                i += 2
                i += len(word)
                continue
            i += 1
            continue
        if t in (".", "-", "_"):
            i += 1
            continue
        return None
    return "".join(out)


def numbers_in(text):
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    nums, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            nums.append(int(t))
        elif t in ORDMAP:
            nums.append(ORDMAP[t])
        elif t in TEENS:
            nums.append(int(TEENS[t]))
        elif t in TENS:
            v = int(TENS[t]) * 10
            if i + 1 < len(toks) and (toks[i + 1] in ORDMAP and ORDMAP[toks[i + 1]] < 10):
                v += ORDMAP[toks[i + 1]]
                i += 1
            elif i + 1 < len(toks) and toks[i + 1] in UNITS and UNITS[toks[i + 1]] != "0":
                v += int(UNITS[toks[i + 1]])
                i += 1
            nums.append(v)
        elif t in UNITS:
            if i + 1 < len(toks) and toks[i + 1] == "thousand":
                v = int(UNITS[t]) * 1000
                i += 2
                if i < len(toks) and toks[i] == "and":
                    i += 1
                if i < len(toks) and toks[i] in UNITS:
                    v += int(UNITS[toks[i]])
                else:
                    i -= 1
                nums.append(v)
            else:
                nums.append(int(UNITS[t]))
                # digit pairs like "oh three"
                if i + 1 < len(toks) and toks[i + 1] in UNITS:
                    nums.append(int(UNITS[t] + UNITS[toks[i + 1]]))
        i += 1
    return nums


def validate(typ, text, canon, flag):
    if typ in ("DOB", "EXPIRY"):
        s = text.lower()
        nums = numbers_in(s)
        if typ == "DOB":
            y, m, d = canon
            ok_m = MONTHS[m - 1][:3] in s or m in nums
            return ok_m and d in nums and (y in nums or y % 100 in nums)
        m, y = canon
        return (MONTHS[m - 1][:3] in s or m in nums) and (y in nums or y % 100 in nums) and 1 <= m <= 12
    if typ == "ADDRESS":
        words = re.findall(r"[a-z]+|\d+", text.lower())
        return bool(words) and (words[0].isdigit() or words[0] in UNITS or words[0] in TENS or words[0] in TEENS
                                or words[0] in ("flat", "apartment", "unit", "double", "triple")) and words[-1] in STREET_SUFFIX
    mode = {"EMAIL": "email", "NI_NUMBER": "alnum", "IBAN": "alnum", "POSTCODE": "alnum"}.get(typ, "digits")
    if mode == "alnum" and re.search(r"\d", text):
        v = re.sub(r"[\s.\-]", "", text).upper()
        v = v if v.isalnum() else None
    else:
        v = norm(text, mode)
    if v is None:
        return False
    want = canon
    if typ == "POSTCODE":
        want = canon.replace(" ", "").replace("-", "").upper()
        v = v.replace("-", "")
    if typ == "EMAIL":
        v, want = v.lower(), canon.lower()
    if typ in ("IBAN",):
        v = v.upper()
    if flag == "prefix":
        return want.startswith(v) and len(v) > 0
    if flag == "suffix":
        return want.endswith(v) and len(v) == 4
    if typ == "PHONE":
        v, want = v.lstrip("+"), want.lstrip("+")
    if v != want:
        return False
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9"
    if typ == "NI_NUMBER":
        return bool(re.match(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$", v)) and v[:2] not in NI_BAD
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        return bool(re.match(r"^\+?\d{10,13}$", v))
    if typ == "EMAIL":
        return bool(re.match(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", v))
    if typ == "POSTCODE":
        return bool(re.match(r"^([A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(\d{4})?)$", v))
    return False


def check(data, meta):
    errs = []
    with open(OUT, "r", encoding="utf-8", newline="") as fh:
        disk = fh.read()
    if disk != data:
        errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = set()
    counts = {}
    npos = nneg = 0
    for line, (cid, c, turns, spans) in zip(disk.splitlines(), meta):
        obj = json.loads(line)
        if obj["id"] in ids:
            errs.append("duplicate id " + obj["id"])
        ids.add(obj["id"])
        if obj["kind"] == "positive":
            npos += 1
            if not obj["spans"]:
                errs.append(cid + ": positive without spans")
        else:
            nneg += 1
            if obj["spans"]:
                errs.append(cid + ": negative with spans")
        for t in obj["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        prev = {}
        for s in obj["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
            if not (0 <= s["turn"] < len(obj["turns"])):
                errs.append(cid + ": turn out of range")
                continue
            txt = obj["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append(cid + ": offsets out of range")
                continue
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span not on word boundary: %r" % (cid, txt[a:b]))
            if not (txt[a].isalnum() and txt[b - 1].isalnum()):
                errs.append("%s: span edge not alnum: %r" % (cid, txt[a:b]))
            if s["turn"] in prev and a < prev[s["turn"]]:
                errs.append(cid + ": overlapping spans")
            prev[s["turn"]] = b
        groups = {}
        for s in spans:
            groups.setdefault(s["_gid"], []).append(turns[s["turn"]]["text"][s["start"]:s["end"]])
        for gid, texts in groups.items():
            typ, canon, flag = c.groups[gid]
            if not validate(typ, " ".join(texts), canon, flag):
                errs.append("%s: %s value fails validation: %r (canon %r)" % (cid, typ, texts, canon))
        if len(groups) != len(c.groups):
            errs.append(cid + ": registered value without span")
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE",
              "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        if counts.get(t, 0) < need.get(t, 10):
            errs.append("too few %s spans: %d" % (t, counts.get(t, 0)))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    return errs, counts, npos, nneg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    data, meta = generate()
    if not args.check:
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        print("wrote", OUT)
    errs, counts, npos, nneg = check(data, meta)
    print("positive cases: %d, negative cases: %d, spans: %d" % (npos, nneg, sum(counts.values())))
    for t in sorted(counts):
        print("  %-13s %d" % (t, counts[t]))
    if errs:
        for e in errs[:60]:
            print("ERROR:", e)
        print("%d error(s)" % len(errs))
        return 1
    print("check OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

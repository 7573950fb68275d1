#!/usr/bin/env python3
"""Generate the pii_holdout397 held-out PII redaction evaluation set.

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.

    python scripts/make_pii_holdout397.py          # write cases.jsonl
    python scripts/make_pii_holdout397.py --check  # regenerate and verify
"""
import argparse
import json
import os
import re
import sys
import random

SEED = 397241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout397")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

R = random.Random(SEED)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {"2": "twenty", "3": "thirty", "4": "forty", "5": "fifty", "6": "sixty",
        "7": "seventy", "8": "eighty", "9": "ninety"}
NATO = {"a": ["alpha", "apple"], "b": ["bravo", "bertie"], "c": ["charlie"],
        "d": ["delta", "david"], "e": ["echo", "edward"], "f": ["foxtrot", "freddie"],
        "g": ["golf", "george"], "h": ["hotel", "harry"], "i": ["india"],
        "j": ["juliet", "jack"], "k": ["kilo", "king"], "l": ["lima", "london"],
        "m": ["mike", "mother"], "n": ["november", "nancy"], "o": ["oscar", "orange"],
        "p": ["papa", "peter"], "q": ["quebec", "queen"], "r": ["romeo", "robert"],
        "s": ["sierra", "sugar"], "t": ["tango", "tommy"], "u": ["uniform", "uncle"],
        "v": ["victor"], "w": ["whiskey", "william"], "x": ["xray"],
        "y": ["yankee", "yellow"], "z": ["zulu", "zebra"]}
FILLERS = ["um", "uh", "er", "erm"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
       "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
       "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth",
       "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]
SUFFIX_ST = {"st": 1, "nd": 2, "rd": 3}


def ch(seq):
    return seq[R.randrange(len(seq))]


def p(prob):
    return R.random() < prob


def zero_word(alnum=False):
    return ch(["zero", "oh", "nought"] if alnum else ["zero", "oh", "o", "nought", "oh"])


def say_group(g, style="plain", alnum=False):
    """Speak a string of digits. style: plain | pairs | hundreds | mixed."""
    out = []
    i = 0
    n = len(g)
    while i < n:
        rest = n - i
        d = g[i]
        st = style if style != "mixed" else ch(["plain", "pairs", "hundreds", "plain"])
        if st == "hundreds" and rest >= 3 and d != "0" and g[i + 1:i + 3] != "00" \
                and (g[i + 2] != "0" or g[i + 1] in "01"):
            tail = UNITS[int(g[i + 2])] if g[i + 1] == "0" else _two(g[i + 1:i + 3], alnum)
            out.append(UNITS[int(d)] + " hundred and " + tail)
            i += 3
            continue
        if st in ("pairs", "hundreds") and rest >= 2 and d != "0" and (g[i + 1] != "0" or d == "1"):
            out.append(_two(g[i:i + 2], alnum))
            i += 2
            continue
        if rest >= 3 and g[i + 1] == d and g[i + 2] == d and p(0.7):
            out.append("triple " + _unit(d, alnum))
            i += 3
            continue
        if rest >= 2 and g[i + 1] == d and p(0.6):
            out.append("double " + _unit(d, alnum))
            i += 2
            continue
        out.append(_unit(d, alnum))
        i += 1
    return " ".join(out)


def _unit(d, alnum=False):
    return zero_word(alnum) if d == "0" else UNITS[int(d)]


def _two(s, alnum=False):
    if s[0] == "0":
        return _unit("0", alnum) + " " + _unit(s[1], alnum)
    if s[0] == "1":
        return TEENS[int(s[1])]
    if s[1] == "0":
        raise ValueError("tens alone not generated")
    return TENS[s[0]] + " " + UNITS[int(s[1])]


def say_digits(s, groups=None, style="plain", sep=" ", filler=0.0):
    groups = groups or [len(s)]
    parts = []
    i = 0
    for k, gl in enumerate(groups):
        parts.append(say_group(s[i:i + gl], style))
        i += gl
        if k < len(groups) - 1 and p(filler):
            parts[-1] += sep + ch(FILLERS)
    return sep.join(parts)


def spell_letter(c, nato=0.4):
    c = c.lower()
    if c == "o" or p(nato):
        return c + ch([" for ", " as in ", " for "]) + ch(NATO[c])
    return c


def say_alnum(s, style="plain", nato=0.4):
    """Speak a mixed letters/digits string, digits runs rendered with say_group."""
    out = []
    for m in re.finditer(r"[A-Za-z]|\d+", s):
        t = m.group()
        if t.isdigit():
            out.append(say_group(t, style, alnum=True))
        else:
            out.append(spell_letter(t, nato))
    return " ".join(out)


# ------------------------------------------------------------- value gens
def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def gen_card(kind=None):
    kind = kind or ch(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if kind == "visa":
        pre, ln = "4" + str(R.randrange(100, 999)), 16
    elif kind == "mc":
        pre, ln = str(R.randrange(51, 56)), 16
    elif kind == "amex":
        pre, ln = ch(["34", "37"]), 15
    elif kind == "disc":
        pre, ln = "6011", 16
    elif kind == "visa13":
        pre, ln = "4", 13
    else:
        pre, ln = ch(["6759", "5018", "6763"]), 19
    body = pre + "".join(str(R.randrange(10)) for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(num):
    n = len(num)
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 3, 3, 3]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def grp(num, groups, sep, start=0):
    out, i = [], start
    for g in groups:
        out.append(num[i:i + g])
        i += g
    return sep.join(out)


def gen_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


NI_A = "ABCEGHJKLMNOPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        pre = ch(NI_A) + ch(NI_B)
        if pre not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return pre + "".join(str(R.randrange(10)) for _ in range(6)) + ch("ABCD")


def rd(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def rl(n, avoid_o=True):
    al = "ABCDEFGHIJKLMNPQRSTUVWXYZ" if avoid_o else "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "".join(ch(al) for _ in range(n))


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def gen_iban(cc=None):
    cc = cc or ch(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    bban = {"GB": lambda: ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rd(14),
            "IE": lambda: ch(["AIBK", "BOFI", "IPBS"]) + rd(14),
            "DE": lambda: rd(18),
            "FR": lambda: rd(23),
            "NL": lambda: ch(["ABNA", "RABN", "INGB"]) + rd(10),
            "ES": lambda: rd(20)}[cc]()
    return cc + iban_check(cc, bban) + bban


def gen_phone(kind=None):
    kind = kind or ch(["ukmob", "ukmob", "uklon", "ukint", "us", "usint", "ie", "ieint", "fr"])
    if kind == "ukmob":
        n = "07" + str(R.randrange(400, 999)) + rd(6)
        return n, ch([n[:5] + " " + n[5:], n, n[:5] + "-" + n[5:8] + "-" + n[8:],
                      n[:4] + " " + n[4:7] + " " + n[7:]])
    if kind == "uklon":
        n = "020" + ch("378") + rd(7)
        return n, ch([n[:3] + " " + n[3:7] + " " + n[7:], n[:3] + "-" + n[3:7] + "-" + n[7:], n])
    if kind == "ukint":
        n = "+447" + str(R.randrange(400, 999)) + rd(6)
        return n, ch([n[:3] + " " + n[3:7] + " " + n[7:], n, n[:3] + " (0)" + n[3:7] + " " + n[7:]])
    if kind == "us":
        n = str(R.randrange(201, 990)) + str(R.randrange(200, 999)) + rd(4)
        return n, ch(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
                      "%s.%s.%s" % (n[:3], n[3:6], n[6:])])
    if kind == "usint":
        n = "+1" + str(R.randrange(201, 990)) + str(R.randrange(200, 999)) + rd(4)
        return n, ch(["+1 (%s) %s-%s" % (n[2:5], n[5:8], n[8:]), "+1-%s-%s-%s" % (n[2:5], n[5:8], n[8:])])
    if kind == "ie":
        n = "08" + ch("35679") + rd(7)
        return n, ch([n[:3] + " " + n[3:6] + " " + n[6:], n])
    if kind == "ieint":
        n = "+3538" + ch("35679") + rd(7)
        return n, ch([n[:4] + " " + n[4:6] + " " + n[6:9] + " " + n[9:], n])
    n = "+33" + ch("67") + rd(8)
    return n, n[:3] + " " + " ".join([n[3]] + [n[i:i + 2] for i in range(4, 12, 2)])


FIRST = ["john", "sarah", "priya", "liam", "aoife", "marek", "chloe", "dev", "fatima",
         "tom", "grace", "oisin", "mei", "carlos", "hannah", "kwame", "siobhan", "raj"]
LAST = ["doe", "patel", "murphy", "nowak", "okafor", "smith", "byrne", "garcia",
        "kowalski", "osullivan", "chen", "reilly", "ahmed", "jones", "walsh"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
           "btinternet.com", "eircom.net", "proton.me", "web.de"]


def gen_email():
    f, l = ch(FIRST), ch(LAST)
    form = R.randrange(5)
    if form == 0:
        local = f + "." + l
    elif form == 1:
        local = f[0] + "." + l
    elif form == 2:
        local = f + l + rd(2)
    elif form == 3:
        local = f + "_" + l
    else:
        local = l + "." + f + rd(1)
    return local + "@" + ch(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    out = []
    for m in re.finditer(r"[a-z]+|\d+|[._-]", local):
        t = m.group()
        if t == ".":
            out.append("dot")
        elif t == "_":
            out.append("underscore")
        elif t == "-":
            out.append("dash")
        elif t.isdigit():
            out.append(say_group(t, "plain", alnum=True))
        elif len(t) == 1:
            out.append(t)
        elif p(0.25):
            out.append(t + ", " + " ".join(t))
        else:
            out.append(t)
    out.append(ch(["at", "at"]))
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


STREETS = ["Mill Lane", "Church Road", "Station Street", "Victoria Avenue", "Oak Drive",
           "Elm Grove", "Kingsway", "Park Crescent", "Maple Street", "Harbour View Road",
           "Castle Close", "Bridge Street", "Sycamore Way", "Main Street", "Pine Court",
           "Orchard Terrace", "Willow Place", "Queens Road", "High Street", "Canal Walk"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow", "Norwich", "Reading"]
TOWNS_US = [("Columbus", "OH"), ("Austin", "TX"), ("Tampa", "FL"), ("Denver", "CO"),
            ("Portland", "OR"), ("Raleigh", "NC")]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Dublin 8", "Sligo"]
STREET_SUFFIX = {"lane", "road", "street", "avenue", "drive", "grove", "kingsway",
                 "crescent", "close", "way", "court", "terrace", "place", "walk", "st",
                 "rd", "ave", "dr"}


def gen_address(spoken=False, us=False):
    num = str(R.randrange(1, 240) if not us else R.randrange(100, 9800))
    st = ch(STREETS)
    flat = p(0.3)
    fl = str(R.randrange(1, 30))
    if spoken:
        nw = say_number(num)
        s = ("flat " + say_number(fl) + ", " if flat else "") + nw + " " + st.lower()
        return s
    if us and flat:
        return "%s %s, Apt %s%s" % (num, st, fl, ch(["", "B", "C"]))
    if flat:
        return ch(["Flat ", "flat ", "Apt "]) + fl + ", " + num + " " + st
    s = num + " " + st
    if p(0.3):
        s = s.replace("Street", "St").replace("Road", "Rd").replace("Avenue", "Ave")
    return s


def say_number(n):
    """Cardinal reading of a 1-4 digit house number."""
    n = int(n)
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[str(n // 10)] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        h, r = divmod(n, 100)
        return UNITS[h] + " hundred" + ("" if r == 0 else " and " + say_number(r))
    s = str(n)
    return say_group(s[:2], "pairs") + " " + say_group(s[2:], "pairs")


def gen_uk_postcode():
    area = ch(["SW", "LS", "M", "B", "BS", "CF", "G", "NR", "RG", "EH", "N", "E", "W", "SE", "BT"])
    dist = str(R.randrange(1, 20))
    if p(0.15) and len(area) == 2:
        dist = str(R.randrange(1, 10)) + ch("ABEHMNPRVWXY")
    inward = str(R.randrange(0, 10)) + rl(2).replace("I", "J").replace("V", "W").replace("K", "L")
    return area + dist + " " + inward


def gen_zip():
    z = str(R.randrange(10000, 99951))
    return z + ("-" + rd(4) if p(0.25) else "")


def gen_dob():
    return R.randrange(1938, 2006), R.randrange(1, 13), R.randrange(1, 29)


def typed_date(y, m, d, us=False):
    f = R.randrange(8)
    if f == 0:
        return "%02d/%02d/%d" % ((m, d, y) if us else (d, m, y))
    if f == 1:
        return "%d-%02d-%02d" % (y, m, d)
    if f == 2:
        return "%d.%d.%02d" % (d, m, y % 100)
    if f == 3:
        return "%s %d, %d" % (MONTHS[m - 1], d, y)
    if f == 4:
        return "%d%s %s %d" % (d, ordsuf(d), MONTHS[m - 1][:3], y)
    if f == 5:
        return "%d %s %d" % (d, MONTHS[m - 1], y)
    if f == 6:
        return "%d/%d/%02d" % ((m, d, y % 100) if us else (d, m, y % 100))
    return "%02d-%s-%d" % (d, MONTHS[m - 1][:3].upper(), y)


def ordsuf(d):
    if 11 <= d <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def say_year(y):
    if y >= 2000:
        r = y - 2000
        return ch(["two thousand and " + say_number(r) if r else "two thousand",
                   "two thousand " + say_number(r) if r else "two thousand"]) if r < 10 else \
            ch(["twenty " + say_number(r), "two thousand and " + say_number(r)])
    r = y % 100
    return "nineteen " + (say_number(r) if r >= 10 else "oh " + UNITS[r])


def spoken_date(y, m, d):
    f = R.randrange(5)
    mon = MONTHS[m - 1].lower()
    if f == 0:
        return "the %s of %s %s" % (ORD[d - 1], mon, say_year(y))
    if f == 1:
        return "%s %s %s" % (mon, ORD[d - 1], say_year(y))
    if f == 2:
        return "%s of %s, %s" % (ORD[d - 1], mon, say_year(y))
    if f == 3:
        return "%s %s, %s" % (say_group("%02d" % d, "plain"), say_group("%02d" % m, "plain"),
                              say_year(y))
    return "%s %s %s" % (say_number(d), mon, say_year(y))


def gen_expiry():
    return R.randrange(2025, 2032), R.randrange(1, 13)


def typed_expiry(y, m):
    return ch(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
               "%02d %02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1][:3], y), "%02d/%02d" % (m, y % 100)])


def spoken_expiry(y, m):
    return ch(["%s %s" % (say_group("%02d" % m), say_group("%02d" % (y % 100), "pairs")),
               "%s %s" % (MONTHS[m - 1].lower(), say_year(y)),
               "%s twenty %s" % (MONTHS[m - 1].lower(), say_number(y % 100)),
               "%s over %s" % (say_group("%02d" % m), say_number(y % 100))])


# ----------------------------------------------------------- case builder
GROUPS = {}
_gid = [0]


def group(canon, typ, mode="full"):
    _gid[0] += 1
    GROUPS[_gid[0]] = (canon, typ, mode)
    return _gid[0]


class V(object):
    __slots__ = ("text", "typ", "gid", "spoken")

    def __init__(self, text, typ, gid=None, spoken=False, canon=None, mode="full"):
        self.text = text
        self.typ = typ
        self.gid = gid if gid is not None else group(canon if canon is not None else text, typ, mode)
        self.spoken = spoken


def S(text, typ, canon=None, **kw):
    """Spoken value segment."""
    return V(text, typ, spoken=True, canon=canon, **kw)


class Case(object):
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []

    def t(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)


CASES = []
META = {}  # case id -> list of (turn, start, end, V)


def emit(case):
    turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(case.turns):
        text = ""
        for sg in segs:
            if isinstance(sg, V):
                st = len(text)
                text += sg.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": sg.typ})
                meta.append((ti, st, len(text), sg))
            else:
                text += sg
        turns.append({"speaker": spk, "text": text})
    if case.kind == "negative":
        assert not spans
    else:
        assert spans
    pref = "pos" if case.kind == "positive" else "neg"
    n = sum(1 for c in CASES if c["kind"] == case.kind) + 1
    cid = "h397-%s-%03d" % (pref, n)
    CASES.append({"id": cid, "kind": case.kind, "turns": turns, "spans": spans, "note": case.note})
    META[cid] = meta


# ------------------------------------------------------------- channels
AGENTS = ["Dana", "Marcus", "Aisling", "Priti", "Kev", "Sofia", "Jordan", "Niamh"]
ORGS = {"banking": ["Northgate Bank", "Harbour Credit Union", "Lakeside Savings"],
        "telecom": ["Vyra Mobile", "TelcoOne", "Skyline Broadband"],
        "utilities": ["BrightWatt Energy", "Aqua Anglia Water", "Emerald Gas"],
        "retail": ["Hollis & Gray", "ShopSmart", "Pine Street Outfitters"],
        "insurance": ["Shieldwell Insurance", "Corner Mutual", "AutoSafe Cover"],
        "travel": ["Azure Air", "Wayfarer Holidays", "Coastline Rail"],
        "healthcare billing": ["MedBill Partners", "St Brigid's Patient Accounts", "CareClaims"],
        "government services": ["the Vehicle Licensing Office", "the Benefits Helpline",
                                "County Tax Services"]}


def industry():
    k = ch(sorted(ORGS))
    return k, ch(ORGS[k])


def greet_chat(org):
    return ch(["Hi, thanks for contacting %s chat, you're speaking with %s. How can I help?",
               "Welcome to %s support. %s here :) what can I do for you today?",
               "Hello! This is %s web chat - my name's %s."]) % (org, ch(AGENTS))


def sig(name=None):
    name = name or (ch(FIRST).title() + " " + ch(LAST).title())
    return ch(["\n\n-- \n", "\n\nRegards,\n", "\n\nThanks\n", "\n\nKind regards,\n", "\n\nSent from my iPhone\n\n"]) + name


def backchannel():
    return ch(["mhm", "go on", "yep", "okay", "uh huh", "right", "yes", "got that, go on", "mm hm"])


# ------------------------------------------------------------- positives
def pos_chat_card():
    ind, org = industry()
    num = gen_card()
    sep = ch([" ", "-", "", " ", ".", "  "])
    groups = card_groups(num) if p(0.75) else ch([[5, 5, len(num) - 10], [3, 4, 4, len(num) - 11],
                                                  [6, len(num) - 6]])
    txt = grp(num, groups, sep)
    lead = ch(["card no: ", "Card number ", "its ", "here you go ", "CC# ", "card - ", "my crad number is "])
    c = Case("positive", "typed chat: card number with separator %r, %s" % (sep, ind))
    c.a(greet_chat(org))
    c.c(ch(["i want to pay my bill", "need to update my payment card", "can I pay over chat?",
            "Hi, my direct debit failed so I'd like to pay by card"]))
    c.a("Sure, please enter the long number on the card.")
    extra = []
    if p(0.6):
        y, m = gen_expiry()
        extra += [ch([" exp ", ", expiry ", " exp. date ", " / "]), V(typed_expiry(y, m), "EXPIRY")]
    if p(0.5):
        cv = rd(4 if len(num) == 15 else 3)
        extra += [ch([" cvv ", " CVC: ", " sec code ", " and the 3 digits on the back are "]), V(cv, "CVV")]
    c.c(lead, V(txt, "CARD_NUMBER", canon=num), *extra)
    c.a("Thanks, payment taken on the card ending ", V(num[-4:], "CARD_NUMBER", canon=num, mode="tail"), ".")
    emit(c)


def pos_sms_card_split():
    num = gen_card(ch(["visa", "mc", "disc"]))
    g = card_groups(num)
    cut = ch([1, 2, 2, 3])
    a, b = grp(num, g[:cut], " "), grp(num, g[cut:], " ", sum(g[:cut]))
    gid = group(num, "CARD_NUMBER")
    c = Case("positive", "SMS/chat: card number split across two customer messages")
    c.a("To complete the renewal reply with your card number.")
    c.c(V(a, "CARD_NUMBER", gid))
    if p(0.5):
        c.a(ch(["...", "keep going", "and the rest?"]))
    c.c(ch(["", "", "sorry pressed send. "]), V(b, "CARD_NUMBER", gid))
    if p(0.5):
        y, m = gen_expiry()
        c.c(ch(["exp ", "expires ", ""]), V(typed_expiry(y, m), "EXPIRY"))
    emit(c)


def pos_chat_multiline():
    num = gen_card()
    g = card_groups(num)
    txt = grp(num, g[:2], " ") + ch(["\n", "\r\n", " \n"]) + grp(num, g[2:], " ", sum(g[:2]))
    c = Case("positive", "chat: card number broken across lines inside one message")
    c.a("Could you type the card number for the refund?")
    c.c("ok its\n", V(txt, "CARD_NUMBER", canon=num), "\nthx")
    emit(c)


def pos_asr_card():
    num = gen_card()
    g = card_groups(num)
    ind, org = industry()
    style = ch(["plain", "pairs", "mixed", "hundreds", "plain"])
    c = Case("positive", "ASR: card number read in %s style across turns with back-channels, read-back (%s)" % (style, ind))
    c.a("thank you for calling %s, um, could i take the long card number please" % org.lower())
    gid = group(num, "CARD_NUMBER")
    i = 0
    chunks = []
    k = 0
    while k < len(g):
        take = ch([1, 2, 2]) if k < len(g) - 1 else 1
        take = min(take, len(g) - k)
        ln = sum(g[k:k + take])
        chunks.append(num[i:i + ln])
        i += ln
        k += take
    for j, chunk in enumerate(chunks):
        sub = [4] * (len(chunk) // 4) + ([len(chunk) % 4] if len(chunk) % 4 else [])
        spoken = say_digits(chunk, sub, style, sep=ch([" ", ", "]), filler=0.3)
        pre = ch(["yeah it's ", "", "", "okay ", "so "]) if j == 0 else ch(["", "then ", "", "and "])
        c.c(pre, S(spoken, "CARD_NUMBER", gid=gid))
        if j < len(chunks) - 1:
            c.a(backchannel())
    if p(0.6):
        rb = say_digits(num, card_groups(num), "plain", sep=", ")
        c.a(ch(["so that's ", "let me read that back, ", "okay i have "]), S(rb, "CARD_NUMBER", canon=num),
            ch([" is that right", ", correct?", ""]))
        c.c(ch(["yes", "that's it", "yep spot on"]))
    if p(0.5):
        y, m = gen_expiry()
        c.a("and the expiry")
        c.c(ch(["", "it's ", "uh "]), S(spoken_expiry(y, m), "EXPIRY", canon="%02d/%d" % (m, y)))
    if p(0.4):
        cv = rd(4 if len(num) == 15 else 3)
        c.a("and the security code on the back")
        c.c(S(say_group(cv, ch(["plain", "hundreds"])), "CVV", canon=cv))
    emit(c)


def pos_asr_card_restart():
    num = gen_card(ch(["visa", "mc"]))
    cut = ch([4, 6, 8])
    c = Case("positive", "ASR: card reading restarted after an error; partial and full readings labelled")
    c.a("go ahead with the card number when you're ready")
    wrong = num[:cut - 1] + str((int(num[cut - 1]) + 3) % 10)
    c.c(S(say_digits(wrong, [4] * (cut // 4) + ([cut % 4] if cut % 4 else [])), "CARD_NUMBER",
          canon=wrong, mode="partial_wrong"),
        ch([" no sorry, hang on, let me start again, ", " oh wait no that's wrong. from the top, ",
            " ugh sorry i've read the wrong card, it's "]),
        S(say_digits(num, card_groups(num), ch(["plain", "pairs"]), filler=0.2), "CARD_NUMBER", canon=num))
    c.a("no problem, got it")
    emit(c)


def pos_asr_card_aside():
    num = gen_card(ch(["visa", "mc", "amex"]))
    gid = group(num, "CARD_NUMBER")
    cut = 8 if len(num) == 16 else 4
    c = Case("positive", "ASR: aside in the middle of a card reading splits it into two spans")
    c.a("and the card number please")
    c.c(S(say_digits(num[:cut], [4] * (cut // 4)), "CARD_NUMBER", gid=gid),
        ch([", sorry the dog's barking, ", " - hold on, i can't read it in this light - right, ",
            ", jamie put that down! sorry, where was i, ", ", is it the long one on the front? yeah, "]),
        S(say_digits(num[cut:], [4] * ((len(num) - cut) // 4) + ([(len(num) - cut) % 4] if (len(num) - cut) % 4 else [])),
          "CARD_NUMBER", gid=gid))
    c.a("lovely, thank you")
    emit(c)


def pos_typed_ssn():
    s = gen_ssn()
    form = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s-%s-%s"])
    txt = form % (s[:3], s[3:5], s[5:])
    ind, org = industry()
    c = Case("positive", "typed SSN (%s), US %s" % (form.replace("%s", "x"), ind))
    kind = R.randrange(3)
    if kind == 0:
        c.a("For verification please provide your Social Security number.")
        c.c(ch(["SSN: ", "ssn# ", "social is ", "Soc sec no ", ""]), V(txt, "SSN", canon=s))
    elif kind == 1:
        c.c("Subject: Re: billing dispute\n\nHi,\n\nAs requested my SSN is ", V(txt, "SSN", canon=s),
            " and DOB ", V(typed_date(*gen_dob(), us=True), "DOB"), ".", sig(),
            "\n\n> On Mon, %s Support wrote:\n> Please reply with your SSN and date of birth." % org)
    else:
        c.c("Patient account form\n----\nPatient SSN ......... ", V(txt, "SSN", canon=s),
            "\nPhone ............... ", V(*_ph()),
            "\nZIP ................. ", V(gen_zip(), "POSTCODE"), "\n----")
        c.a("Thanks, we've received your form.")
    emit(c)


def _ph(kind=None):
    n, t = gen_phone(kind)
    return t, "PHONE", None, False, n


def pos_asr_ssn():
    s = gen_ssn()
    c = Case("positive", "ASR: SSN read out in three groups with fillers")
    c.a("can i have your social security number to verify")
    style = ch(["plain", "pairs", "mixed"])
    if p(0.5):
        gid = group(s, "SSN")
        c.c(ch(["sure it's ", "uh yeah, ", ""]), S(say_group(s[:3], style), "SSN", gid=gid))
        c.a(backchannel())
        c.c(S(say_group(s[3:5], style) + ch([", ", " "]) + ch(FILLERS) + " " + say_group(s[5:], style), "SSN", gid=gid))
    else:
        c.c(ch(["it's ", "okay so ", "um "]),
            S(say_group(s[:3], style) + ", " + say_group(s[3:5], style) + ", " + say_group(s[5:], style), "SSN", canon=s))
    if p(0.5):
        c.a("thank you, that's ", S(" ".join([say_group(s[:3]), say_group(s[3:5]), say_group(s[5:])]), "SSN", canon=s),
            ch([", correct?", "?"]))
        c.c("yes")
    emit(c)


def pos_typed_ni():
    ni = gen_ni()
    f = R.randrange(5)
    txt = [ni, ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8], ni.lower(),
           ni[:2] + ni[2:8] + " " + ni[8], ni[:2] + "-" + ni[2:4] + "-" + ni[4:6] + "-" + ni[6:8] + "-" + ni[8]][f]
    c = Case("positive", "typed NI number, variant %d" % f)
    k = R.randrange(3)
    if k == 0:
        c.a("Can you confirm your National Insurance number?")
        c.c(ch(["NI no: ", "NINO ", "ni number is ", "Its ", ""]), V(txt, "NI_NUMBER", canon=ni))
    elif k == 1:
        c.c("Hi\n\nPlease see below details for the claim:\n\nFull name: %s %s\nNational Insurance No.: " %
            (ch(FIRST).title(), ch(LAST).title()), V(txt, "NI_NUMBER", canon=ni),
            "\nDate of birth: ", V(typed_date(*gen_dob()), "DOB"),
            "\nAddress: ", V(gen_address(), "ADDRESS"), ", %s " % ch(TOWNS_UK), V(gen_uk_postcode(), "POSTCODE"),
            sig())
    else:
        gid = group(ni, "NI_NUMBER")
        c.c("my NI is ", V(ni[:2] + " " + ni[2:4], "NI_NUMBER", gid))
        c.c(V(ch([ni[4:6] + " " + ni[6:8] + " " + ni[8], ni[4:].lower()]), "NI_NUMBER", gid))
        c.a("Thanks, that's matched.")
    emit(c)


def pos_asr_ni():
    ni = gen_ni()
    style = ch(["plain", "pairs", "mixed"])
    c = Case("positive", "ASR: NI number spelled with phonetic letters")
    c.a("and your national insurance number please")
    if p(0.5):
        c.c(ch(["yeah it's ", "", "hang on. ", "right, "]), S(say_alnum(ni, style, nato=0.6), "NI_NUMBER", canon=ni))
    else:
        gid = group(ni, "NI_NUMBER")
        c.c(S(say_alnum(ni[:2], nato=0.7) + " " + say_group(ni[2:4], style, True), "NI_NUMBER", gid=gid))
        c.a(backchannel())
        c.c(S(say_group(ni[4:8], style, True) + ", " + ch(FILLERS) + ", " + say_alnum(ni[8], nato=0.5), "NI_NUMBER", gid=gid))
    if p(0.4):
        c.a("so ", S(say_alnum(ni, "plain", nato=0.0), "NI_NUMBER", canon=ni), "?")
        c.c("that's right")
    emit(c)


def pos_iban():
    ib = gen_iban()
    c = Case("positive", "IBAN %s" % ib[:2])
    k = R.randrange(3)
    if k == 0:
        t = ch([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower(),
                " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()])
        c.a("Please send the IBAN for the refund.")
        c.c(ch(["IBAN: ", "iban - ", "Here: ", "my iban is "]), V(t, "IBAN", canon=ib))
    elif k == 1:
        t = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        c.c("Dear %s,\n\nPlease refund the deposit to:\nAccount holder: %s %s\nIBAN:  " %
            (ch(ORGS["travel"]), ch(FIRST).title(), ch(LAST).title()), V(t, "IBAN", canon=ib),
            "\nBIC: %s\n\nMany thanks" % ch(["AIBKIE2D", "BOFIIE2D", "NWBKGB2L", "DEUTDEFF"]),
            sig(), "\nMob: ", V(*_ph()))
    else:
        c.a("can you read me the iban")
        gid = group(ib, "IBAN")
        c.c(S(say_alnum(ib[:4], nato=0.5) + ", " + say_alnum(ib[4:8], "plain", nato=0.5), "IBAN", gid=gid))
        c.a(backchannel())
        rest = ib[8:]
        c.c(S(", ".join(say_alnum(rest[i:i + 4], ch(["plain", "pairs"]), nato=0.3)
                        for i in range(0, len(rest), 4)), "IBAN", gid=gid))
    emit(c)


def pos_bank_sort():
    acct, sc = rd(8), rd(6)
    c = Case("positive", "UK account number and sort code")
    k = R.randrange(4)
    if k == 0:
        scf = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:])
        c.c(ch(["acct no: ", "A/C ", "account number ", "Acc: "]), V(acct, "BANK_ACCOUNT"),
            ch(["  sort code: ", " s/c ", ", sort ", "\nSC: "]), V(scf, "SORT_CODE", canon=sc))
        c.a("Thanks, I've updated your direct debit.")
    elif k == 1:
        c.c("Please update my bank details:\n\n| Sort code | ", V(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], "SORT_CODE", canon=sc),
            " |\n| Account   | ", V(acct, "BANK_ACCOUNT"), " |\n\nFrom my Samsung Galaxy")
    elif k == 2:
        c.a("what's the sort code")
        c.c(S(", ".join(say_group(sc[i:i + 2], ch(["pairs", "plain"])) for i in (0, 2, 4)), "SORT_CODE", canon=sc))
        c.a("and the account number")
        c.c(ch(["", "um ", "it's "]), S(say_digits(acct, [4, 4], ch(["plain", "pairs", "mixed"]), filler=0.3),
                                         "BANK_ACCOUNT", canon=acct))
        if p(0.5):
            c.a("so that's sort code ",
                S(" ".join(say_group(sc[i:i + 2], "pairs") for i in (0, 2, 4)), "SORT_CODE", canon=sc), ", yes?")
    else:
        acct = rd(ch([10, 11, 12]))
        c.c("Checking acct # ", V(acct, "BANK_ACCOUNT"), " - please stop the autopay.")
        c.a("I've paused autopay on that checking account.")
    emit(c)


def pos_phone():
    c = Case("positive", "phone numbers typed and spoken")
    k = R.randrange(4)
    if k == 0:
        c.a("What's the best number to reach you on?")
        c.c(ch(["", "mob ", "call me on ", "Tel: ", "its "]), V(*_ph()), ch(["", " thx", " after 5pm pls"]))
    elif k == 1:
        n, _ = gen_phone(ch(["ukmob", "ukint", "ie", "ieint", "us"]))
        lead = n.startswith("+")
        body = n[1:] if lead else n
        if lead:
            cc = {"44": 2, "35": 3, "1": 1}[body[:2] if body[:2] in ("44", "35") else "1"]
            spoken = "plus " + say_group(body[:cc]) + ", " + say_digits(body[cc:], [4, len(body) - cc - 4],
                                                                         ch(["plain", "pairs"]), ", ", 0.3)
        else:
            spoken = say_digits(body, [5, len(body) - 5] if len(body) == 11 else [3, 3, len(body) - 6],
                                ch(["plain", "pairs", "mixed"]), ", ", 0.3)
        c.a("and a contact number?")
        c.c(ch(["yeah ", "", "it's ", "my mobile's "]), S(spoken, "PHONE", canon=n))
        if p(0.5):
            c.a("let me repeat that, ", S(say_digits(body, [len(body)]), "PHONE", canon=body if not lead else n,
                                         mode="full" if not lead else "nocc"))
    elif k == 2:
        n, _ = gen_phone("ukmob")
        gid = group(n, "PHONE")
        c.c("new number is ", V(n[:5], "PHONE", gid))
        c.c(V(n[5:], "PHONE", gid))
        c.a("Updated, thanks!")
    else:
        c.c("Re: your complaint ref CMP-%s\n\nYou can call me any time.%s\nM: " % (rd(6), sig()),
            V(*_ph()), "\nE: ", V(gen_email(), "EMAIL"))
    emit(c)


def pos_email():
    e = gen_email()
    c = Case("positive", "e-mail address")
    k = R.randrange(3)
    if k == 0:
        c.a("what's the email address on the account")
        c.c(ch(["it's ", "yeah ", "", "um "]), S(say_email(e), "EMAIL", canon=e))
        if p(0.4):
            c.a("so that's ", S(say_email(e), "EMAIL", canon=e))
    elif k == 1:
        t = ch([e, e.upper(), e.title(), e])
        c.c(ch(["pls send the receipt to ", "Email: ", "email me at ", "contact - "]), V(t, "EMAIL", canon=e),
            ch(["", " thanks", "."]))
    else:
        c.c("From: ", V(e, "EMAIL"), "\nSent: %s\nSubject: Meter reading\n\nReading is %s." %
            (ch(["Tuesday 4 March", "Friday 11 July"]), rd(5)))
    emit(c)


def pos_address_block():
    country = ch(["UK", "US", "IE"])
    c = Case("positive", "address and postcode (%s)" % country)
    spoken = p(0.4)
    if country == "US":
        addr = gen_address(us=True)
        town, stt = ch(TOWNS_US)
        z = gen_zip()
        c.c(ch(["Ship to:\n", "new address is ", "Billing address: "]), V(addr, "ADDRESS"),
            ch(["\n", ", "]), "%s, %s " % (town, stt), V(z, "POSTCODE"))
    elif spoken and country == "UK":
        pc = gen_uk_postcode()
        c.a("can i take the first line of your address and the postcode")
        c.c(ch(["yeah it's ", "", "sure, "]), S(gen_address(spoken=True), "ADDRESS", mode="loose"),
            ", %s, " % ch(TOWNS_UK).lower(),
            S(say_alnum(pc, "plain", nato=0.4), "POSTCODE", canon=pc.replace(" ", "")))
    elif country == "UK":
        addr = gen_address()
        pc = gen_uk_postcode()
        pc_t = ch([pc, pc.lower(), pc.replace(" ", ""), pc])
        c.c(ch(["address: ", "I've moved to ", "Delivery addr - "]), V(addr, "ADDRESS"),
            ch([", ", "\n"]), ch(TOWNS_UK), ch([", ", " ", "\n"]), V(pc_t, "POSTCODE", canon=pc.replace(" ", "")))
    else:
        addr = gen_address()
        c.c("Address: ", V(addr, "ADDRESS"), ", %s" % ch(TOWNS_IE), ch(["", ", Ireland"]))
        c.a("Thanks, and a contact number?")
        c.c(V(*_ph(ch(["ie", "ieint"]))))
    emit(c)


def pos_dob():
    y, m, d = gen_dob()
    c = Case("positive", "date of birth")
    if p(0.5):
        c.a("can you confirm your date of birth")
        c.c(ch(["", "yeah it's ", "uh ", "it's "]), S(spoken_date(y, m, d), "DOB", mode="loose"))
    else:
        c.c(ch(["DOB ", "d.o.b: ", "born ", "my birthday is ", "Date of Birth: "]),
            V(typed_date(y, m, d, us=p(0.3)), "DOB", mode="loose"))
    if p(0.4):
        c.a("thank you. and the postcode")
        pc = gen_uk_postcode()
        c.c(V(ch([pc, pc.lower()]), "POSTCODE", canon=pc.replace(" ", "")))
    emit(c)


def pos_form_paste():
    ind, org = industry()
    num = gen_card()
    y, m = gen_expiry()
    ni = gen_ni()
    pc = gen_uk_postcode()
    c = Case("positive", "pasted web form with several fields (%s)" % ind)
    c.a(greet_chat(org))
    c.c("copying from the form bc it keeps timing out:\n\nCardholder name: %s %s\nCard number: " %
        (ch(FIRST).upper(), ch(LAST).upper()), V(grp(num, card_groups(num), ch([" ", ""])), "CARD_NUMBER", canon=num),
        "\nExpiry (MM/YY): ", V("%02d/%02d" % (m, y % 100), "EXPIRY"),
        "\nCVV: ", V(rd(4 if len(num) == 15 else 3), "CVV"),
        "\nNI number: ", V(ni, "NI_NUMBER"),
        "\nPostcode: ", V(pc, "POSTCODE", canon=pc.replace(" ", "")),
        "\nPhone: ", V(*_ph()),
        "\nAmount: \u00a3%d.%02d" % (R.randrange(10, 900), R.randrange(100)))
    c.a("Thanks - for your security please don't paste card details in chat in future. I've processed it.")
    emit(c)


def pos_email_quoted_card():
    num = gen_card()
    ni = gen_ni() if p(0.5) else None
    c = Case("positive", "e-mail reply quoting agent text, card in body" + (" plus NI" if ni else ""))
    segs = ["Hello,\n\nThe card I want to use is ", V(grp(num, card_groups(num), ch([" ", "-"])), "CARD_NUMBER", canon=num), "."]
    if ni:
        segs += [" My NI no. is ", V(ni[:2] + " " + ni[2:8] + " " + ni[8], "NI_NUMBER", canon=ni), "."]
    segs += [sig(), "\n\n-----Original Message-----\nFrom: Billing Team\n> Please reply with the card you'd like to use.\n> Ref: %s" % rd(10)]
    c.c(*segs)
    emit(c)


def pos_masked_plus_full():
    num = gen_card(ch(["visa", "mc"]))
    c = Case("positive", "chat: full card then agent masked read-back; last four in same case after full card")
    c.c("card is ", V(grp(num, card_groups(num), " "), "CARD_NUMBER", canon=num))
    c.a("Thanks. I've got **** **** **** ", V(num[-4:], "CARD_NUMBER", canon=num, mode="tail"), ", is that right?")
    c.c("yes ending ", V(num[-4:], "CARD_NUMBER", canon=num, mode="tail"))
    emit(c)


def pos_asr_ni_correction():
    ni = gen_ni()
    wrong = ni[:6] + str((int(ni[6]) + 1) % 10) + ni[7:]
    c = Case("positive", "ASR: NI number with agent mishearing and customer correction")
    c.a("national insurance number please")
    c.c(S(say_alnum(ni, "pairs", nato=0.5), "NI_NUMBER", canon=ni))
    c.a("so ", S(say_alnum(wrong, "plain", nato=0.0), "NI_NUMBER", canon=wrong, mode="wrong"), "?")
    c.c("no, ", S(say_group(ni[6:8], "plain", True), "NI_NUMBER", canon=ni, mode="frag"),
        " not ", S(say_group(wrong[6:8], "plain", True), "NI_NUMBER", canon=wrong, mode="frag"),
        ", then ", S(say_alnum(ni[8], nato=1.0), "NI_NUMBER", canon=ni, mode="frag"))
    emit(c)


POS = [(pos_chat_card, 22), (pos_sms_card_split, 10), (pos_chat_multiline, 6), (pos_asr_card, 14),
       (pos_asr_card_restart, 5), (pos_asr_card_aside, 5), (pos_typed_ssn, 16), (pos_asr_ssn, 10),
       (pos_typed_ni, 14), (pos_asr_ni, 10), (pos_asr_ni_correction, 3), (pos_iban, 14),
       (pos_bank_sort, 14), (pos_phone, 14), (pos_email, 12), (pos_address_block, 14),
       (pos_dob, 10), (pos_form_paste, 6), (pos_email_quoted_card, 6), (pos_masked_plus_full, 3)]


# ------------------------------------------------------------- negatives
def neg_order_luhn():
    num = gen_card("visa")
    lab = ch(["Order number", "Tracking no.", "Ref", "Invoice #", "Claim reference", "Booking ref"])
    c = Case("negative", "Luhn-valid 16-digit string labelled as %s" % lab.lower())
    c.c("%s: %s - it still hasn't arrived" % (lab, grp(num, card_groups(num), ch([" ", "", "-"]))))
    c.a("Thanks, I can see that %s. It was dispatched %s." % (lab.lower(), ch(["yesterday", "on the 3rd"])))
    emit(c)


def neg_spoken_reference():
    n = rd(16)
    lab = ch(["order number", "reference number", "policy number", "case number", "claim number"])
    c = Case("negative", "ASR: long %s read in card-like groups" % lab)
    c.a("have you got the %s there" % lab)
    c.c("yeah the %s is %s" % (lab, say_digits(n, [4, 4, 4, 4], ch(["plain", "pairs"]), ", ", 0.3)))
    c.a("mhm, that's the %s, thank you, i've found it" % lab)
    emit(c)


def neg_last_four():
    l4 = rd(4)
    c = Case("negative", "card last-four mentions only")
    c.c(ch(["it's the card ending %s", "charged twice on my visa ending in %s", "card ending %s was declined",
            "the one that ends %s"]) % ch([l4, say_group(l4)]))
    c.a("I can see the card ending %s on file, **** **** **** %s." % (l4, l4))
    emit(c)


def neg_amounts():
    c = Case("negative", "balances, prices, percentages, durations")
    c.c("my balance says \u00a3%d.%02d but the bill was %s dollars %d cents, that's like %d%% more" %
        (R.randrange(1000, 99999), R.randrange(100), say_number(R.randrange(20, 999)), R.randrange(1, 99), R.randrange(5, 60)))
    c.a("I understand. Your contract runs for %d months and the rate is %d.%d%%. Total owed $%s." %
        (ch([12, 18, 24, 36]), R.randrange(1, 20), R.randrange(10), "{:,}".format(R.randrange(1000, 2000000))))
    emit(c)


def neg_times_dates():
    c = Case("negative", "appointments, opening hours, times, years")
    c.a("we're open %d till %d, monday to friday, and the engineer can come on %s between %s" %
        (ch([8, 9]), ch([5, 6, 8]), typed_date(2025, R.randrange(1, 13), R.randrange(1, 29)),
         ch(["8am and 1pm", "twelve and four", "half nine and eleven"])))
    c.c("the %s works. i've been waiting since %d, %d minutes on hold today" %
        (ch(["fourteenth", "twenty second", "third"]), R.randrange(2015, 2025), R.randrange(5, 90)))
    emit(c)


def neg_travel():
    c = Case("negative", "flight, seat, gate, room numbers and booking ref")
    c.c("flight %s%d on %s, seat %d%s, gate %s, booking ref %s" %
        (ch(["BA", "EI", "FR", "UA", "LH"]), R.randrange(100, 9999), ch(["the 12th", "14/06", "Friday"]),
         R.randrange(1, 45), ch("ABCDEF"), R.randrange(1, 60), rl(6)))
    c.a("Room %d at the hotel is confirmed, check-in from %d pm." % (R.randrange(100, 1500), ch([2, 3, 4])))
    emit(c)


def neg_meter():
    r = rd(ch([5, 6, 8]))
    c = Case("negative", "meter readings and MPRN/serial with labels")
    c.a("could you read me the meter")
    c.c("reading is %s and the meter serial's %s%s" % (ch([r, say_group(r, "pairs")]), rl(1), rd(8)))
    c.a("and the MPRN on the bill starts %s, that's %s" % (rd(2), rd(11)))
    emit(c)


def neg_ages_temps():
    c = Case("negative", "ages, temperatures, counts")
    c.c("my mum is %s, the house is %d degrees and we've had %d outages this year" %
        (say_number(R.randrange(60, 99)), R.randrange(8, 19), R.randrange(2, 15)))
    c.a("Sorry to hear that. %d engineers are in your area; roughly %d%% of homes are affected." %
        (R.randrange(2, 20), R.randrange(5, 70)))
    emit(c)


def neg_roads_models():
    c = Case("negative", "road names, model and serial numbers")
    c.c("I was on the %s near junction %d when the %s broke down" %
        (ch(["M25", "A40", "I-95", "N7", "M62", "Route 66"]), R.randrange(1, 40),
         ch(["Model 3", "Galaxy S23", "XR-4500 boiler", "router model TG789vac"])))
    c.a("Thanks. The serial number %s-%s-%s is under warranty until %d." %
        (rl(2), rd(4), rd(6), R.randrange(2025, 2030)))
    emit(c)


def neg_masked():
    c = Case("negative", "masked values only")
    c.c("form shows card: **** **** **** %s, SSN: ***-**-%s, acct: XXXXXX%s" % (rd(4), rd(4), rd(2)))
    c.a("Those are masked so that's fine to share.")
    emit(c)


def neg_sms_otp():
    c = Case("negative", "SMS codes, ticket and parcel numbers")
    c.c(ch(["Your verification code is %s. Do not share it.", "Parcel %s out for delivery today",
            "Ticket #%s has been updated", "Your PIN reminder letter ref %s was posted"]) % rd(ch([6, 9, 12])))
    c.a("Thanks, ticket %s-%s noted." % (rl(3), rd(5)))
    emit(c)


def neg_zip_like():
    c = Case("negative", "5-6 digit numbers that look like ZIPs or sort codes but are counts/refs")
    c.c("order %s, I bought %d items, store number %s, sku %s" % (rd(5), R.randrange(2, 9), rd(4), rd(6)))
    c.a("Thanks - case %s-%s-%s is open." % (rd(2), rd(2), rd(2)))
    emit(c)


def neg_email_like():
    c = Case("negative", "non-personal URLs, hashtags and generic handles")
    c.a("You can find it at www.%s.example/help/%s or tweet #%s" %
        (ch(["vyra", "brightwatt", "shieldwell"]), rd(6), ch(["outage", "billing2025"])))
    c.c("ok thanks, version %d.%d.%d of the app?" % (R.randrange(1, 9), R.randrange(10), R.randrange(30)))
    emit(c)


def neg_policy_spoken():
    c = Case("negative", "ASR: policy number with letters and digits spelled out")
    pol = rl(3) + rd(7)
    c.a("can you give me the policy number")
    c.c("it's the policy number, %s" % say_alnum(pol, ch(["plain", "pairs"]), nato=0.6))
    c.a("lovely, and the claim reference is %s" % say_group(rd(8), "pairs"))
    emit(c)


def neg_iban_like_ref():
    c = Case("negative", "invoice and VAT numbers with country-style prefixes")
    c.c("Invoice INV-%d-%s, VAT reg GB %s %s %s, PO %s" % (R.randrange(2019, 2026), rd(6), rd(3), rd(4), rd(2), rd(10)))
    c.a("Thanks, I've matched invoice INV and the PO.")
    emit(c)


NEG = [(neg_order_luhn, 12), (neg_spoken_reference, 10), (neg_last_four, 10), (neg_amounts, 8),
       (neg_times_dates, 8), (neg_travel, 8), (neg_meter, 7), (neg_ages_temps, 6), (neg_roads_models, 6),
       (neg_masked, 6), (neg_sms_otp, 7), (neg_zip_like, 6), (neg_email_like, 4), (neg_policy_spoken, 6),
       (neg_iban_like_ref, 4)]


def build():
    del CASES[:]
    META.clear()
    GROUPS.clear()
    _gid[0] = 0
    R.seed(SEED)
    plan = []
    for fn, n in POS + NEG:
        plan += [fn] * n
    R.shuffle(plan)
    for fn in plan:
        fn()
    # order: positives then negatives, ids already sequential per kind
    CASES.sort(key=lambda c: (c["kind"] != "positive", c["id"]))
    return CASES


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in cases)


# ------------------------------------------------------------- normalise
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "naught": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {v: k for k, v in TENS.items()}
IGNORE = set(FILLERS) | {"dash", "hyphen", "space", "and"}


def spoken_norm(text, alnum=False):
    toks = re.findall(r"[a-z]+|\d|\+", text.lower())
    out = []
    i = 0
    units = dict(WORDNUM)
    if alnum:
        del units["o"]
    while i < len(toks):
        t = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if t == "+" or t == "plus":
            out.append("+")
        elif t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nx in units:
            out.append(units[nx] * (2 if t == "double" else 3))
            i += 1
        elif t in units and nx == "hundred":
            s = units[t]
            i += 1
            if i + 1 < len(toks) and toks[i + 1] == "and":
                i += 2
                w = toks[i]
                if w in TEENNUM:
                    s += TEENNUM[w]
                elif w in TENNUM:
                    i += 1
                    s += TENNUM[w] + WORDNUM[toks[i]]
                else:
                    s += "0" + units[w]
            else:
                s += "00"
            out.append(s)
        elif t in units:
            out.append(units[t])
        elif t in TEENNUM:
            out.append(TEENNUM[t])
        elif t in TENNUM:
            if nx in UNITS[1:]:
                out.append(TENNUM[t] + WORDNUM[nx])
                i += 1
            else:
                out.append(TENNUM[t] + "0")
        elif t in IGNORE:
            pass
        elif alnum and len(t) == 1 and nx == "for" and i + 2 < len(toks) and toks[i + 2][0] == t:
            out.append(t.upper())
            i += 2
        elif alnum and len(t) == 1 and nx == "as" and i + 3 < len(toks) and toks[i + 2] == "in" and toks[i + 3][0] == t:
            out.append(t.upper())
            i += 3
        elif alnum and len(t) == 1:
            out.append(t.upper())
        else:
            raise ValueError("unparsed token %r in %r" % (t, text))
        i += 1
    return "".join(out)


def email_norm(text):
    toks = re.findall(r"[a-z]+|\d", text.lower())
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
        elif t == "dash":
            out.append("-")
        elif t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in WORDNUM:
            out.append(WORDNUM[toks[i + 1]] * (2 if t == "double" else 3))
            i += 1
        elif t in WORDNUM and t != "o":
            out.append(WORDNUM[t])
        elif len(t) == 1 and out and len(out[-1]) > 1 and out[-1].endswith(t) and False:
            pass
        else:
            out.append(t)
        i += 1
    s = "".join(out)
    # "patel, p a t e l" spelled repetition: collapse word immediately followed by its spelling
    for w in set(re.findall(r"[a-z]{2,}", text.lower())):
        s = s.replace(w + w, w)
    return s


def norm(v):
    if v.typ == "EMAIL":
        return email_norm(v.text) if v.spoken else v.text.lower()
    if v.typ in ("DOB", "EXPIRY", "ADDRESS"):
        return v.text
    alnum = v.typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    if v.spoken:
        return spoken_norm(v.text, alnum)
    s = v.text.upper()
    if v.typ == "PHONE":
        s = s.replace("(0)", "")
        return ("+" if s.startswith("+") else "") + re.sub(r"\D", "", s)
    return re.sub(r"[^A-Z0-9]", "", s)


MONTH_RE = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"


def validate(typ, s):
    if typ == "CARD_NUMBER":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)
    if typ == "CVV":
        return s.isdigit() and len(s) in (3, 4)
    if typ == "SSN":
        return s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9" \
            and s[3:5] != "00" and s[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s)) and \
            s[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")
    if typ == "SORT_CODE":
        return s.isdigit() and len(s) == 6
    if typ == "BANK_ACCOUNT":
        return s.isdigit() and 6 <= len(s) <= 17
    if typ == "IBAN":
        return iban_ok(s)
    if typ == "PHONE":
        d = s.lstrip("+")
        if not d.isdigit():
            return False
        if s.startswith("+"):
            return d[:1] == "1" and len(d) == 11 or d[:2] in ("44", "33") and len(d) in (11, 12) \
                or d[:3] == "353" and len(d) == 12
        return 10 <= len(d) <= 11
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", s))
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", s) or re.fullmatch(r"\d{5}(\d{4})?", s))
    if typ == "DOB":
        t = s.lower()
        return bool(re.search(MONTH_RE, t) or re.search(r"\d{1,4}[/.\- ]\d{1,2}[/.\- ]\d{2,4}", t)
                    or re.search(r"(nineteen|two thousand|twenty)", t))
    if typ == "EXPIRY":
        t = s.lower()
        return bool(re.search(MONTH_RE, t) or re.fullmatch(r"\d{2}[/\- ]\d{2,4}", t) or
                    re.fullmatch(r"[a-z ]+", t))
    if typ == "ADDRESS":
        toks = re.findall(r"[a-z0-9]+", s.lower())
        return bool(toks) and (toks[0][0].isdigit() or toks[0] in ("flat", "apt") or toks[0] in UNITS
                               or toks[0] in TEENNUM or toks[0] in TENNUM) and \
            any(t in STREET_SUFFIX for t in toks)
    return False


def check(cases_text):
    errs = []
    cases = [json.loads(l) for l in cases_text.splitlines()]
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for c in cases:
        meta = META[c["id"]]
        if c["kind"] == "negative" and c["spans"]:
            errs.append(c["id"] + " negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(c["id"] + " positive without spans")
        for tu in c["turns"]:
            if tu["speaker"] not in ("customer", "agent"):
                errs.append(c["id"] + " bad speaker")
        byturn = {}
        for sp in c["spans"]:
            if sp["type"] not in TYPES:
                errs.append("%s bad type" % c["id"])
            txt = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append("%s span out of range" % c["id"])
                continue
            if not (txt[s].isalnum() or txt[s] == "+") or not txt[e - 1].isalnum():
                errs.append("%s span edges not alnum: %r" % (c["id"], txt[s:e]))
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errs.append("%s span not on word boundary: %r" % (c["id"], txt[s:e]))
            byturn.setdefault(sp["turn"], []).append((s, e))
        for lst in byturn.values():
            lst.sort()
            for (a, b), (x, y) in zip(lst, lst[1:]):
                if x < b:
                    errs.append("%s overlapping spans" % c["id"])
        # value validation
        pieces = {}
        for ti, s, e, v in meta:
            if c["turns"][ti]["text"][s:e] != v.text:
                errs.append("%s meta mismatch" % c["id"])
            try:
                n = norm(v)
            except ValueError as ex:
                errs.append("%s %s" % (c["id"], ex))
                continue
            pieces.setdefault(v.gid, []).append(n)
        for gid, ps in pieces.items():
            canon, typ, mode = GROUPS[gid]
            cn = norm(V(canon, typ, gid=gid)) if typ not in ("DOB", "ADDRESS", "EXPIRY") else canon
            joined = "".join(ps)
            if mode in ("full", "loose") and typ not in ("DOB", "ADDRESS", "EXPIRY"):
                if joined != cn:
                    errs.append("%s %s normalised %r != %r" % (c["id"], typ, joined, cn))
            if mode == "nocc" and not cn.endswith(joined):
                errs.append("%s nocc mismatch" % c["id"])
            if mode in ("head", "tail", "frag") and joined not in cn:
                errs.append("%s fragment %r not in %r" % (c["id"], joined, cn))
            if mode == "partial_wrong" and joined != cn:
                errs.append("%s partial mismatch" % c["id"])
            if mode in ("full", "loose", "nocc", "head", "tail", "frag"):
                tgt = cn if mode in ("full", "loose") or typ in ("DOB", "ADDRESS", "EXPIRY") else cn
                if typ in ("DOB", "ADDRESS", "EXPIRY"):
                    for pc in ps:
                        if not validate(typ, pc):
                            errs.append("%s invalid %s %r" % (c["id"], typ, pc))
                elif not validate(typ, tgt):
                    errs.append("%s invalid %s %r" % (c["id"], typ, tgt))
    return errs, cases


def counts(cases):
    by = {t: 0 for t in TYPES}
    for c in cases:
        for sp in c["spans"]:
            by[sp["type"]] += 1
    pos = sum(1 for c in cases if c["kind"] == "positive")
    return pos, len(cases) - pos, by


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text = render(build())
    if args.check:
        errs = []
        try:
            with open(OUT, encoding="utf-8") as f:
                on_disk = f.read()
        except OSError:
            on_disk = None
        if on_disk != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
        e2, cases = check(text)
        errs += e2
        pos, neg, by = counts(cases)
        if pos < 200 or neg < 100:
            errs.append("too few cases %d/%d" % (pos, neg))
        for t in TYPES:
            need = 70 if t == "CARD_NUMBER" else 30 if t in ("SSN", "NI_NUMBER") else 10
            if by[t] < need:
                errs.append("too few %s spans: %d < %d" % (t, by[t], need))
        for e in errs[:50]:
            print("ERROR:", e)
        print("positives=%d negatives=%d spans=%s" % (pos, neg, json.dumps(by)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            return 1
        print("CHECK OK")
        return 0
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    pos, neg, by = counts([json.loads(l) for l in text.splitlines()])
    print("wrote %s: positives=%d negatives=%d spans=%s" % (OUT, pos, neg, json.dumps(by)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

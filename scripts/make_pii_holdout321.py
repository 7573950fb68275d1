#!/usr/bin/env python3
"""Generate the pii_holdout321 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who did not see the
redaction engine.  Standard library only; deterministic.

    python scripts/make_pii_holdout321.py          # write the fixture
    python scripts/make_pii_holdout321.py --check  # regenerate + validate
"""
import datetime
import json
import os
import random
import re
import sys

R = random.Random(321241125)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout321", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
UNITW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENSW = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
         8: "eighty", 9: "ninety"}
ZEROS = ["oh", "zero", "nought", "o"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]
FILLERS = ["um", "uh", "er", "erm"]
BACKCH = ["mhm", "go on", "yep", "ok", "yeah", "uh huh", "right", "got that", "sure, go on"]


def ch(seq):
    return R.choice(seq)


def speak_chunk(s, zw, pairs=True, doubles=True, hundreds=False):
    if hundreds and len(s) == 3 and s[0] != "0" and not (s[1] >= "2" and s[2] == "0"):
        h = UNITW[int(s[0])] + " hundred"
        rest = s[1:]
        if rest == "00":
            return h
        if rest[0] == "0":
            return h + " and " + UNITW[int(rest[1])]
        if rest[0] == "1":
            return h + " and " + TEENW[int(rest[1])]
        return h + " and " + TENSW[int(rest[0])] + " " + UNITW[int(rest[1])]
    words, i = [], 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        dw = zw if d == "0" else UNITW[int(d)]
        if doubles and run >= 3 and R.random() < 0.6:
            words.append("triple " + dw)
            i += 3
        elif doubles and run >= 2 and R.random() < 0.75:
            words.append("double " + dw)
            i += 2
        elif pairs and i + 1 < len(s) and d in "23456789" and s[i + 1] != "0" and R.random() < 0.5:
            words.append(TENSW[int(d)] + " " + UNITW[int(s[i + 1])])
            i += 2
        elif pairs and i + 1 < len(s) and d == "1" and R.random() < 0.4:
            words.append(TEENW[int(s[i + 1])])
            i += 2
        else:
            words.append(dw)
            i += 1
    return " ".join(words)


def speak_groups(groups, style=None, filler=0.25):
    """Spoken rendering of a list of digit chunks; fillers only *between* chunks."""
    zw = ch(ZEROS)
    pairs = R.random() < 0.5
    doubles = R.random() < 0.7
    hundreds = R.random() < 0.25
    out = []
    for k, g in enumerate(groups):
        out.append(speak_chunk(g, zw, pairs, doubles, hundreds))
        if k < len(groups) - 1:
            if R.random() < filler:
                out.append(ch([", " + ch(FILLERS) + ", ", " " + ch(FILLERS) + " ", "... " + ch(FILLERS) + " "]))
            else:
                out.append(ch([", ", " ", "... ", ", "]))
    return "".join(out)


def split_len(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def spell_letters(s, nato=0.4):
    parts = []
    for c in s.lower():
        if c.isdigit():
            parts.append(UNITW[int(c)])
        elif R.random() < nato:
            parts.append(c + ch([" for ", " as in "]) + NATO[c])
        else:
            parts.append(c)
    return " ".join(parts)


# ---------------------------------------------------------------- values
def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    kind = ch(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "up19"])
    if kind == "visa":
        return luhn_complete("4", 16), [4, 4, 4, 4]
    if kind == "mc":
        return luhn_complete(str(R.randint(51, 55)), 16), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(ch(["34", "37"]), 15), [4, 6, 5]
    if kind == "disc":
        return luhn_complete("6011", 16), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn_complete("4", 13), [4, 3, 3, 3]
    if kind == "maestro19":
        return luhn_complete("6759", 19), [4, 4, 4, 4, 3]
    return luhn_complete("62", 19), [4, 4, 4, 4, 3]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni():
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = ch(first) + ch(second)
        if p not in NI_BAD:
            break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + ch("ABCD")


def digits(n, first_nonzero=False):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def iban_check(country, bban):
    num = "".join(str(int(c, 36)) for c in (bban + country + "00").upper())
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "ES": 24, "FR": 27, "IT": 27}


def gen_iban():
    c = ch(["GB", "GB", "IE", "IE", "DE", "NL", "ES", "FR"])
    if c == "GB":
        bban = ch(["NWBK", "BARC", "LLYD", "HBUK", "MIDL"]) + digits(14)
    elif c == "IE":
        bban = ch(["AIBK", "ULSB", "IPBS"]) + digits(14)
    elif c == "DE":
        bban = digits(18)
    elif c == "NL":
        bban = ch(["ABNA", "INGB", "RABN"]) + digits(10)
    elif c == "ES":
        bban = digits(20)
    else:
        bban = digits(23)
    return c + iban_check(c, bban) + bban


def fmt_iban(s):
    if R.random() < 0.3:
        return s if R.random() < 0.5 else s.lower()
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_phone():
    """returns (canonical, typed rendering, spoken chunks list-of-(word-or-digits))"""
    k = ch(["ukmob", "ukmob", "ukland", "ukintl", "us", "us", "usintl", "ie", "ieintl", "de", "fr"])
    if k == "ukmob":
        d = "07" + digits(9)
        return d, ch([d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:]]), [d[:5], d[5:8], d[8:]], False
    if k == "ukland":
        d = ch(["020", "0161", "0113", "0117", "0131"]) + digits(7 if R.random() < 0.5 else 7)
        if d.startswith("020"):
            d = d[:11]
            while len(d) < 11:
                d += "5"
            return d, d[:3] + " " + d[3:7] + " " + d[7:], [d[:3], d[3:7], d[7:]], False
        d = d[:11]
        return d, d[:4] + " " + d[4:7] + " " + d[7:], [d[:4], d[4:7], d[7:]], False
    if k == "ukintl":
        d = "447" + digits(9)
        return "+" + d, "+44 " + d[2:6] + " " + d[6:], ["44", d[2:6], d[6:9], d[9:]], True
    if k == "us":
        d = str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)
        return d, ch(["%s %s %s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                      "%s.%s.%s" % (d[:3], d[3:6], d[6:])]), [d[:3], d[3:6], d[6:]], False
    if k == "usintl":
        d = "1" + str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)
        return "+" + d, "+1 %s %s %s" % (d[1:4], d[4:7], d[7:]), ["1", d[1:4], d[4:7], d[7:]], True
    if k == "ie":
        d = ch(["083", "085", "086", "087", "089"]) + digits(7)
        return d, d[:3] + " " + d[3:6] + " " + d[6:], [d[:3], d[3:6], d[6:]], False
    if k == "ieintl":
        d = "353" + ch(["83", "85", "86", "87"]) + digits(7)
        return "+" + d, "+353 " + d[3:5] + " " + d[5:8] + " " + d[8:], ["353", d[3:5], d[5:8], d[8:]], True
    if k == "de":
        d = "49" + ch(["30", "89", "40", "151", "171"]) + digits(8)
        return "+" + d, "+49 " + d[2:5] + " " + d[5:], ["49", d[2:5], d[5:9], d[9:]], True
    d = "33" + ch(["6", "7", "1"]) + digits(8)
    return "+" + d, "+33 " + " ".join([d[2]] + [d[i:i + 2] for i in range(3, 11, 2)]), ["33", d[2], d[3:7], d[7:]], True


FIRST = ["james", "sarah", "priya", "liam", "aoife", "tom", "grace", "mohammed", "chloe", "niamh",
         "david", "karen", "wei", "luca", "emma", "sean", "fatima", "jack", "hannah", "rajesh",
         "megan", "ciaran", "zoe", "peter", "anna", "marcus", "lucy", "ben", "isla", "kwame"]
LAST = ["smith", "patel", "murphy", "jones", "kelly", "nguyen", "brown", "walsh", "khan", "taylor",
        "garcia", "byrne", "wilson", "mueller", "dubois", "evans", "hughes", "lee", "clarke", "reid"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "hotmail.com",
           "icloud.com", "eircom.net", "web.de", "orange.fr", "aol.com", "sky.com", "protonmail.com"]


def gen_email():
    f, l = ch(FIRST), ch(LAST)
    style = R.randrange(6)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l
    elif style == 2:
        local = f + l + str(R.randint(1, 99))
    elif style == 3:
        local = f + "_" + l
    elif style == 4:
        local = f[0] + "." + l + str(R.randint(60, 99))
    else:
        local = l + "-" + f
    return local + "@" + ch(DOMAINS)


def typed_email(e):
    r = R.random()
    if r < 0.15:
        return e.upper() if R.random() < 0.3 else e[0].upper() + e[1:]
    if r < 0.3:
        loc, dom = e.split("@")
        return ".".join(p.capitalize() for p in loc.split(".")) + "@" + dom.capitalize()
    return e


def spoken_email(e):
    loc, dom = e.split("@")
    toks = []
    for part in re.findall(r"[a-z]+|\d+|[._-]", loc):
        if part == ".":
            toks.append("dot")
        elif part == "_":
            toks.append("underscore")
        elif part == "-":
            toks.append(ch(["dash", "hyphen"]))
        elif part.isdigit():
            toks.append(" ".join(UNITW[int(c)] for c in part))
        elif len(part) == 1:
            toks.append(part + (" for " + NATO[part] if R.random() < 0.5 else ""))
        elif part[1:] in LAST and part[0] != "o":
            toks.append(part[0] + (" for " + NATO[part[0]] if R.random() < 0.4 else "") + " " + part[1:])
        else:
            if R.random() < 0.2 and part[0] != "o":
                toks.append(part[0] + " for " + NATO[part[0]] + " " + part[1:])
            else:
                toks.append(part)
        if R.random() < 0.08 and part not in ".-_":
            toks.append(ch(FILLERS))
    dtoks = " dot ".join(dom.split("."))
    return " ".join(toks) + " at " + dtoks


UK_OUT = ["SW1A", "M1", "B33", "EH1", "CF10", "LS6", "BS8", "G12", "NE1", "CR2", "W1D", "EC1V",
          "N16", "OX4", "L17", "BT9", "SE15", "RG1", "NG7", "DE22", "PL4", "KY16"]


def gen_postcode():
    if R.random() < 0.6:
        pc = ch(UK_OUT) + " " + str(R.randint(1, 9)) + ch("ABDEFGHJLNPQRSTUWXYZ") + ch("ABDEFGHJLNPQRSTUWXYZ")
        return pc, "uk"
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.25:
        z += "-" + digits(4)
    return z, "us"


UK_POST_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
ZIP_RE = re.compile(r"^\d{5}(\d{4})?$")

STREETS_UK = ["Kingsley Road", "Mill Lane", "Station Road", "Church Street", "Victoria Avenue",
              "Beech Close", "Ashgrove Crescent", "Harcourt Terrace", "Queens Drive", "Orchard Way",
              "Lime Grove", "St Mary's Place", "Abbey Gardens", "Rathmines Road", "Clarendon Court"]
STREETS_US = ["Maple Avenue", "Oak Street", "N Elm St", "Sunset Blvd", "Lakeview Drive",
              "W 43rd Street", "Pine Ridge Rd", "Cedar Lane", "Park Ave", "Jefferson Way"]
SUFFIX = {"road", "lane", "street", "avenue", "close", "crescent", "terrace", "drive", "way",
          "grove", "place", "gardens", "court", "st", "blvd", "rd", "ave", "boulevard"}
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Cardiff", "Edinburgh", "Dublin 6", "Glasgow", "Oxford",
            "Nottingham", "Belfast", "Reading", "Croydon"]
TOWNS_US = ["Springfield, IL", "Austin, TX", "Portland, OR", "Columbus, OH", "Denver, CO",
            "Raleigh, NC", "Boston, MA"]


def gen_address(us=None):
    if us is None:
        us = R.random() < 0.35
    if us:
        n = str(R.randint(10, 9800))
        st = ch(STREETS_US)
        typed = n + " " + st
        if R.random() < 0.3:
            typed = ch(["Apt ", "Apt. ", "Unit "]) + str(R.randint(1, 40)) + ", " + typed
        return typed, st, n
    n = str(R.randint(1, 240))
    st = ch(STREETS_UK)
    typed = n + " " + st
    if R.random() < 0.3:
        typed = ch(["Flat ", "flat ", "Apartment "]) + str(R.randint(1, 30)) + ", " + typed
    elif R.random() < 0.2:
        typed = n + ch(["a", "b", "A"]) + " " + st
    return typed, st, n


def gen_date(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return datetime.date(y, m, d)


def year_words(y):
    a, b = divmod(y, 100)
    if a == 20 and b < 10:
        return ch(["two thousand and " + UNITW[b], "two thousand " + UNITW[b], "twenty oh " + UNITW[b]]) if b else "two thousand"
    hi = TEENW[a - 10] if a < 20 else "twenty"
    if b == 0:
        lo = "hundred"
    elif b < 10:
        lo = "oh " + UNITW[b]
    elif b < 20:
        lo = TEENW[b - 10]
    else:
        lo = TENSW[b // 10] + ("" if b % 10 == 0 else " " + UNITW[b % 10])
    return hi + " " + lo


def render_dob(dt, asr):
    mname = MONTHS[dt.month - 1]
    if asr:
        s = R.randrange(4)
        if s == 0:
            return "the " + ORD[dt.day] + " of " + mname + " " + year_words(dt.year)
        if s == 1:
            return mname + " " + ORD[dt.day] + " " + year_words(dt.year)
        if s == 2:
            return ORD[dt.day] + " " + mname + ", " + ch(FILLERS) + ", " + year_words(dt.year)
        return speak_chunk("%02d" % dt.day, "oh", False, False) + " " + speak_chunk("%02d" % dt.month, "oh", False, False) + " " + year_words(dt.year)
    s = R.randrange(6)
    if s == 0:
        return dt.strftime("%d/%m/%Y")
    if s == 1:
        return dt.strftime("%m/%d/%Y")
    if s == 2:
        return "%d %s %d" % (dt.day, mname.capitalize(), dt.year)
    if s == 3:
        return "%s %d, %d" % (mname.capitalize()[:3], dt.day, dt.year)
    if s == 4:
        return dt.strftime("%Y-%m-%d")
    return dt.strftime("%d.%m.%y")


def render_expiry(m, y, asr):
    if asr:
        s = R.randrange(4)
        if s == 0:
            return speak_chunk("%02d" % m, ch(["oh", "zero", "nought"]), False, False) + " " + speak_chunk("%02d" % (y % 100), "oh", True, False)
        if s == 1:
            return MONTHS[m - 1] + " " + year_words(y)
        if s == 2:
            return speak_chunk("%02d" % m, "oh", False, False) + " slash " + year_words(y % 100 + 2000)[-12:].strip() if False else \
                MONTHS[m - 1] + " twenty " + UNITW[(y % 100) % 10] if (y % 100) // 10 == 2 else MONTHS[m - 1] + " " + year_words(y)
        return "end of " + MONTHS[m - 1] + " " + year_words(y)
    s = R.randrange(4)
    if s == 0:
        return "%02d/%02d" % (m, y % 100)
    if s == 1:
        return "%02d/%d" % (m, y)
    if s == 2:
        return "%d/%02d" % (m, y % 100)
    return "%02d-%02d" % (m, y % 100)


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []      # (speaker, [segments])
        self.groups = []     # (type, canonical, mode)

    def g(self, typ, canon, mode="full"):
        self.groups.append((typ, canon, mode))
        return len(self.groups) - 1

    def t(self, speaker, *segs):
        self.turns.append((speaker, segs))

    def build(self, cid):
        turns, spans, gmap = [], [], []
        for ti, (sp, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    txt, gid = s
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(txt),
                                  "type": self.groups[gid][0]})
                    gmap.append(gid)
                    text += txt
                else:
                    text += s
            turns.append({"speaker": sp, "text": text})
        rec = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return rec, gmap


def L(txt, gid):
    return (txt, gid)


INDUSTRY = {
    "banking": ["Harbour Bank", "Northgate Building Society", "First Atlantic Credit Union"],
    "telecom": ["Skylink Mobile", "Verdant Broadband", "TalkMore"],
    "utilities": ["Brightwater Energy", "Meridian Gas & Power", "Eastvale Water"],
    "retail": ["Harlow & Finch", "ShopDirect Plus", "Corner Market Online"],
    "insurance": ["Shieldline Insurance", "Keystone Mutual", "Evergreen Home Cover"],
    "travel": ["AeroBlue Airways", "Wayfarer Holidays", "Celtic Ferries"],
    "healthcare billing": ["St Anne's Billing Office", "MedPay Services", "Lakeside Clinic Accounts"],
    "government": ["the Vehicle Licensing Helpline", "Revenue Customer Service", "the Benefits Enquiry Line"],
}


def intro(c, asr):
    ind = ch(list(INDUSTRY))
    co = ch(INDUSTRY[ind])
    if asr:
        c.t("agent", ch(["thank you for calling %s my name is %s how can i help", "hi you're through to %s this is %s speaking",
                         "good morning %s you're speaking with %s"]) % (co.lower(), ch(FIRST)))
    else:
        c.t("agent", ch(["Hi, thanks for contacting %s. I'm %s, how can I help today?",
                         "Welcome to %s live chat. You're chatting with %s.",
                         "Hello from %s! %s here."]) % (co, ch(FIRST).capitalize()))
    return ind


def split_turns(c, typ, chunks_spoken, gid, lead, asr=True):
    """Customer reads chunks across several turns with agent back-channels."""
    n = len(chunks_spoken)
    cut = sorted(R.sample(range(1, n), min(n - 1, R.randint(1, 2))))
    parts, prev = [], 0
    for k in cut + [n]:
        parts.append(chunks_spoken[prev:k])
        prev = k
    for i, p in enumerate(parts):
        sep = ch([" ", ", "])
        txt = sep.join(p)
        if i == 0:
            c.t("customer", lead, L(txt, gid))
        else:
            c.t("customer", ch(["", "", "then ", "and ", "and then "]), L(txt, gid), ch(["", "", "", " that's it"]))
        if i < len(parts) - 1:
            c.t("agent", ch(BACKCH))


def spoken_chunks(groups, hundreds_ok=True):
    zw = ch(ZEROS)
    pairs = R.random() < 0.5
    doubles = R.random() < 0.7
    hundreds = hundreds_ok and R.random() < 0.25
    return [speak_chunk(g, zw, pairs, doubles, hundreds) for g in groups]


# ---------------------------------------------------------------- positive generators
def pos_card():
    asr = R.random() < 0.55
    c = Case("positive", "")
    intro(c, asr)
    num, sizes = gen_card()
    groups = split_len(num, sizes)
    variant = R.randrange(7) if asr else R.randrange(4)
    if not asr:
        seps = ch([" ", "-", "", " ", "  "])
        typed = seps.join(groups)
        if variant == 1 and len(num) == 16:
            typed = num[:8] + " " + num[8:]
        lead = ch(["card number: ", "my card is ", "cardno ", "Card # ", "its ", "card numbr is ", "CC: ", "the long number is "])
        c.t("agent", ch(["Can you give me the long card number please?", "What's the card you'd like to use?", "Please enter the card number."]))
        g = c.g("CARD_NUMBER", num)
        c.t("customer", lead, L(typed, g), ch(["", " thanks", ".", " (visa)", " - the debit one"]))
        c.note = "typed card number"
        if variant == 2:
            c.t("agent", "Thanks. And the 3 digit security code on the back?")
            cv = digits(3)
            c.t("customer", ch(["cvv ", "", "it's ", "sec code "]), L(cv, c.g("CVV", cv)))
            c.note += " with CVV"
        if variant == 3:
            c.t("agent", "Thanks, I can see the card ending %s is now on the account." % num[-4:])
            c.turns[-1] = ("agent", ("Thanks, I can see the card ending ", L(num[-4:], c.g("CARD_NUMBER", num, "suffix")), " is now on the account."))
            c.note += "; last four after full card is labelled"
        return c
    lead = ch(["yeah it's ", "ok so ", "right it's ", "", "um it's ", "the number is "])
    c.t("agent", ch(["can i take the long number across the front of the card", "and what's the card number please",
                     "ok go ahead with the sixteen digits when you're ready"]))
    chunks = spoken_chunks(groups)
    g = c.g("CARD_NUMBER", num)
    if variant in (0, 1):
        seq = []
        for i, ck in enumerate(chunks):
            seq.append(ck)
            if i < len(chunks) - 1 and R.random() < 0.4:
                seq.append(", " + ch(FILLERS) + ", ")
            elif i < len(chunks) - 1:
                seq.append(ch([" ", ", "]))
        c.t("customer", lead, L("".join(seq), g), ch(["", "", " yeah"]))
        c.note = "spoken card number, one turn"
    elif variant == 2:
        split_turns(c, "CARD_NUMBER", chunks, g, lead)
        c.note = "spoken card number split over turns with back-channels"
    elif variant == 3:
        k = R.randint(1, len(chunks) - 1)
        aside = ch([", sorry hang on the dog's going mad, ", "... sorry can you hold on one sec... right ",
                    ", oh hold on i can't read it, ", ", sorry the light's bad here, "])
        c.t("customer", lead, L(" ".join(chunks[:k]), g), aside, L(" ".join(chunks[k:]), g))
        c.note = "spoken card number with aside in the middle"
    elif variant == 4:
        wrong = c.g("CARD_NUMBER", num, "partial")
        c.t("customer", lead, L(chunks[0] + " " + speak_chunk(groups[1][:2], "oh", False, False), wrong),
            ch([" no wait sorry let me start again, ", "... no that's wrong, from the top, ", " sorry no, "]),
            L(" ".join(chunks), g))
        c.note = "restarted card reading; abandoned fragment labelled too"
    elif variant == 5:
        c.t("customer", lead, L(", ".join(chunks), g))
        rb = c.g("CARD_NUMBER", num)
        c.t("agent", ch(["so that's ", "let me read that back ", "ok i have "]), L(", ".join(spoken_chunks(groups, False)), rb), ch([" is that right", " correct", ""]))
        c.t("customer", ch(["yes", "yep that's it", "that's right"]))
        c.note = "spoken card with agent read-back"
    else:
        c.t("customer", lead, L(" ".join(chunks), g))
        c.t("agent", "thank you and the expiry date")
        m, y = R.randint(1, 12), R.randint(2025, 2032)
        c.t("customer", ch(["", "it's ", "er "]), L(render_expiry(m, y, True), c.g("EXPIRY", (m, y))))
        c.t("agent", "and the three digits on the back")
        cv = digits(3)
        c.t("customer", L(speak_chunk(cv, ch(ZEROS), False, True), c.g("CVV", cv)))
        c.t("agent", "lovely so that's the card ending %s thank you" % " ".join(UNITW[int(x)] for x in num[-4:]))
        c.turns[-1] = ("agent", ("lovely so that's the card ending ", L(" ".join(UNITW[int(x)] for x in num[-4:]), c.g("CARD_NUMBER", num, "suffix")), " thank you"))
        c.note = "spoken card, expiry, cvv; last four after full card labelled"
    return c


def pos_ssn():
    asr = R.random() < 0.5
    c = Case("positive", "")
    intro(c, asr)
    s = gen_ssn()
    g = c.g("SSN", s)
    if not asr:
        typed = ch(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), s, "%s %s %s" % (s[:3], s[3:5], s[5:])])
        c.t("agent", ch(["To verify, please provide your Social Security number.", "Could I get the SSN on the account?"]))
        c.t("customer", ch(["ssn ", "SSN: ", "social is ", "it's ", "my soc sec no. is "]), L(typed, g), ch(["", ".", " thx"]))
        c.note = "typed SSN"
        if R.random() < 0.3:
            dob = gen_date(1940, 2004)
            c.t("customer", "and dob ", L(render_dob(dob, False), c.g("DOB", dob)))
            c.note += " with DOB"
        return c
    c.t("agent", ch(["and can i get your social security number", "i'll need the social to pull up the account"]))
    chunks = spoken_chunks([s[:3], s[3:5], s[5:]])
    v = R.randrange(4)
    if v == 0:
        c.t("customer", ch(["sure it's ", "yeah ", "ok "]), L(", ".join(chunks), g))
        c.note = "spoken SSN"
    elif v == 1:
        split_turns(c, "SSN", chunks, g, ch(["ok ", "", "it's "]))
        c.note = "spoken SSN split over turns"
    elif v == 2:
        c.t("customer", L(" ".join(chunks), g))
        c.t("agent", "that's ", L(" ".join(spoken_chunks([s[:3], s[3:5], s[5:]], False)), c.g("SSN", s)), " correct")
        c.t("customer", "correct")
        c.note = "spoken SSN with read-back"
    else:
        c.t("customer", "it's ", L(chunks[0] + ", " + ch(FILLERS) + ", " + chunks[1], g), " hold on let me grab my card ", L(chunks[2], g))
        c.note = "spoken SSN with hesitation and aside"
    return c


def pos_ni():
    asr = R.random() < 0.5
    c = Case("positive", "")
    intro(c, asr)
    n = gen_ni()
    g = c.g("NI_NUMBER", n)
    if not asr:
        r = R.randrange(4)
        typed = [n, n.lower(), "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n[:2] + " " + n[2:8] + " " + n[8]][r]
        c.t("agent", ch(["Please confirm your National Insurance number.", "What's your NI number?"]))
        c.t("customer", ch(["NI no: ", "ni number ", "NINO ", "it's ", "national insurance: "]), L(typed, g))
        c.note = "typed NI number"
        return c
    c.t("agent", "can i take your national insurance number please")
    letters = spell_letters(n[:2], 0.5)
    num = spoken_chunks([n[2:4], n[4:6], n[6:8]])
    suf = spell_letters(n[8], 0.5)
    v = R.randrange(3)
    if v == 0:
        c.t("customer", ch(["yeah it's ", "", "ok "]), L(letters + " " + " ".join(num) + " " + suf, g))
        c.note = "spoken NI with letters"
    elif v == 1:
        c.t("customer", "it's ", L(letters, g))
        c.t("agent", ch(BACKCH))
        c.t("customer", L(" ".join(num), g))
        c.t("agent", ch(BACKCH))
        c.t("customer", L(suf, g), ch(["", " at the end"]))
        c.note = "spoken NI split over turns"
    else:
        c.t("customer", L(letters + " " + ", " + ch(FILLERS) + ", " + " ".join(num) + " " + suf, g))
        c.t("agent", "so ", L(spell_letters(n[:2], 1.0) + " " + " ".join(spoken_chunks([n[2:8]])) + " " + n[8].lower(), c.g("NI_NUMBER", n)), "?")
        c.t("customer", "yes")
        c.note = "spoken NI with filler and NATO read-back"
    return c


def pos_bank():
    asr = R.random() < 0.5
    c = Case("positive", "")
    intro(c, asr)
    uk = R.random() < 0.6
    acct = digits(8) if uk else digits(R.randint(9, 12), True)
    g = c.g("BANK_ACCOUNT", acct)
    if uk:
        sc = digits(6)
        gs = c.g("SORT_CODE", sc)
    if not asr:
        c.t("agent", "What are the bank details for the direct debit?")
        if uk:
            c.t("customer", ch(["acct no: ", "account number ", "a/c ", "Acc No. "]), L(acct, g),
                ch([" sort code ", ", sortcode: ", " / s/c "]), L(ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), gs))
        else:
            rt = "0" + digits(8)
            c.t("customer", "routing ", rt[:9], ch([" and checking account ", ", acct # ", " account no "]), L(acct, g))
        c.note = "typed bank account details"
        return c
    c.t("agent", "ok can i take the account number")
    chunks = spoken_chunks(split_len(acct, [4, 4]) if uk else split_len(acct, [3, 3, 3]))
    c.t("customer", ch(["it's ", "yeah ", ""]), L(" ".join(chunks), g))
    if uk:
        c.t("agent", "and the sort code")
        sch = spoken_chunks([sc[:2], sc[2:4], sc[4:]], False)
        if R.random() < 0.5:
            c.t("customer", L(sch[0], gs))
            c.t("agent", ch(BACKCH))
            c.t("customer", L(sch[1] + " " + sch[2], gs))
        else:
            c.t("customer", ch(["", "it's "]), L(", ".join(sch), gs))
        c.t("agent", "perfect that's sort code ", L("-".join([sc[:2], sc[2:4], sc[4:]]), c.g("SORT_CODE", sc)), " thank you")
    c.note = "spoken bank account" + (" and sort code" if uk else "")
    return c


def pos_iban():
    asr = R.random() < 0.35
    c = Case("positive", "")
    intro(c, asr)
    ib = gen_iban()
    g = c.g("IBAN", ib)
    if not asr:
        c.t("agent", "Please send the IBAN for the refund.")
        c.t("customer", ch(["IBAN: ", "iban ", "here you go ", "my IBAN is "]), L(fmt_iban(ib), g), ch(["", " (AIB)", ", BIC to follow"]))
        c.note = "typed IBAN"
        return c
    c.t("agent", "and the iban for the refund")
    first = spell_letters(ib[:2], 0.5) + " " + speak_chunk(ib[2:4], "oh", True, False)
    rest_letters = "".join(x for x in ib[4:8] if x.isalpha())
    body = ib[4:]
    parts = [first]
    if rest_letters == ib[4:8]:
        parts.append(spell_letters(ib[4:8], 0.3))
        body = ib[8:]
    parts += spoken_chunks(split_len(body, [4] * 8), False)
    split_turns(c, "IBAN", parts, g, ch(["ok it's ", "", "right "]))
    c.note = "spoken IBAN split over turns"
    return c


def pos_phone():
    asr = R.random() < 0.55
    c = Case("positive", "")
    intro(c, asr)
    canon, typed, chunks, intl = gen_phone()
    g = c.g("PHONE", canon)
    if not asr:
        c.t("agent", ch(["What's the best number to reach you on?", "Can you confirm the mobile on the account?"]))
        c.t("customer", ch(["mob: ", "tel ", "call me on ", "it's ", "Phone - "]), L(typed, g), ch(["", " after 6pm", " (work)", "."]))
        c.note = "typed phone number"
        return c
    c.t("agent", "and a contact number")
    sp = spoken_chunks(chunks, False)
    if intl:
        sp[0] = "plus " + sp[0]
    v = R.randrange(3)
    if v == 0:
        c.t("customer", ch(["yeah it's ", "", "my mobile's "]), L(", ".join(sp), g))
        c.note = "spoken phone"
    elif v == 1:
        split_turns(c, "PHONE", sp, g, ch(["it's ", ""]))
        c.note = "spoken phone split over turns"
    else:
        c.t("customer", L(" ".join(sp), g))
        c.t("agent", "so that's ", L(" ".join(spoken_chunks(chunks, False)) if not intl else "plus " + " ".join(spoken_chunks(chunks, False)), c.g("PHONE", canon)))
        c.t("customer", "yep")
        c.note = "spoken phone with read-back"
    return c


def pos_email():
    asr = R.random() < 0.55
    c = Case("positive", "")
    intro(c, asr)
    e = gen_email()
    g = c.g("EMAIL", e)
    if not asr:
        c.t("agent", "What email should we send the confirmation to?")
        c.t("customer", ch(["email: ", "", "it's ", "send to "]), L(typed_email(e), g), ch(["", " pls", "."]))
        c.note = "typed email"
        return c
    c.t("agent", "and what's the email address")
    c.t("customer", ch(["it's ", "yeah ", "ok so "]), L(spoken_email(e), g))
    if R.random() < 0.4:
        c.t("agent", "lovely that's ", L(spoken_email(e), c.g("EMAIL", e)))
        c.note = "spoken email with read-back"
    else:
        c.note = "spoken email"
    return c


def pos_dob():
    asr = R.random() < 0.5
    c = Case("positive", "")
    intro(c, asr)
    dt = gen_date(1938, 2005)
    g = c.g("DOB", dt)
    c.t("agent", ch(["and can you confirm your date of birth", "For security, what's your date of birth?"]))
    c.t("customer", ch(["", "it's ", "dob ", "born "]), L(render_dob(dt, asr), g))
    c.note = "date of birth"
    return c


def pos_address():
    asr = R.random() < 0.5
    c = Case("positive", "")
    intro(c, asr)
    us = R.random() < 0.35
    typed, st, n = gen_address(us)
    town = ch(TOWNS_US if us else TOWNS_UK)
    if us:
        pc = "%05d" % R.randint(1001, 99950)
    else:
        pc = ch(UK_OUT) + " " + str(R.randint(1, 9)) + ch("ABDEFGHJLNPQRSTUWXYZ") + ch("ABDEFGHJLNPQRSTUWXYZ")
    ga = c.g("ADDRESS", typed)
    gp = c.g("POSTCODE", pc)
    c.t("agent", ch(["and the first line of the address", "What's the billing address?", "can i confirm the address please"]))
    if not asr:
        c.t("customer", L(typed if R.random() < 0.7 else typed.lower(), ga), ", ", town, ch([", ", " ", ". "]), L(pc if R.random() < 0.7 else pc.replace(" ", "").lower(), gp))
        c.note = "typed address with town and postcode"
        return c
    spoken_addr = typed.lower().replace("apt.", "apartment").replace(",", "")
    words = []
    for tok in spoken_addr.split(" "):
        if tok.isdigit():
            words.append(speak_chunk(tok, "oh", True, False, True) if len(tok) != 4 else speak_chunk(tok, "oh", True, False))
        else:
            words.append(tok)
    saddr = " ".join(words)
    if us:
        spc = " ".join(spoken_chunks([pc[:3], pc[3:]], False))
    else:
        out, inn = pc.split(" ")
        spc = spell_letters(out, 0.3) + " " + spell_letters(inn, 0.3)
    c.t("customer", ch(["it's ", "", "er "]), L(saddr, ga), " in ", town.lower(), " and the postcode is " if not us else " zip code ", L(spc, gp))
    c.note = "spoken address and postcode"
    return c


def pos_cvv_expiry():
    asr = R.random() < 0.5
    c = Case("positive", "")
    intro(c, asr)
    m, y = R.randint(1, 12), R.randint(2025, 2033)
    cv = digits(ch([3, 3, 4]))
    c.t("agent", ch(["and the expiry and security code", "Please give the expiry date and CVV."]))
    if asr:
        c.t("customer", "expires ", L(render_expiry(m, y, True), c.g("EXPIRY", (m, y))), " and the code on the back is ", L(speak_chunk(cv, ch(ZEROS), False, True), c.g("CVV", cv)))
    else:
        c.t("customer", ch(["exp ", "Expiry: ", "valid thru "]), L(render_expiry(m, y, False), c.g("EXPIRY", (m, y))), ch([" cvv ", ", CVC: ", " security code "]), L(cv, c.g("CVV", cv)))
    c.note = "expiry and CVV"
    return c


def pos_postcode():
    asr = R.random() < 0.5
    c = Case("positive", "")
    intro(c, asr)
    pc, kind = gen_postcode()
    g = c.g("POSTCODE", pc)
    c.t("agent", ch(["can i start with your postcode", "What's the zip code on the account?"]) if kind == "uk" else "what's the zip code on the account")
    if asr:
        if kind == "uk":
            out, inn = pc.split(" ")
            sp = spell_letters(out, 0.3) + ch([" ", ", ", ", um, "]) + spell_letters(inn, 0.3)
        else:
            sp = " ".join(spoken_chunks(split_len(pc.replace("-", ""), [5, 4]), False))
        c.t("customer", ch(["it's ", "", "yeah "]), L(sp, g))
    else:
        c.t("customer", ch(["postcode ", "zip: ", "", "its "]), L(pc if R.random() < 0.6 else pc.lower(), g))
    c.note = "postcode / zip only"
    return c


def pos_mixed():
    """chat/e-mail style message with several identifiers."""
    c = Case("positive", "")
    intro(c, False)
    e = gen_email()
    canon, typed, _, _ = gen_phone()
    ge, gph = c.g("EMAIL", e), c.g("PHONE", canon)
    dt = gen_date(1945, 2004)
    gd = c.g("DOB", dt)
    ref = "REF-" + digits(8)
    c.t("customer", "Hi, re: complaint ", ref, ". Pls update my contact details: email ", L(typed_email(e), ge),
        ", mobile ", L(typed, gph), ", DOB ", L(render_dob(dt, False), gd), ". I've been a customer since 2011.")
    c.t("agent", "Thanks, I've updated those. Your complaint reference stays the same.")
    c.note = "chat message with email, phone, DOB and a non-PII reference"
    return c


# ---------------------------------------------------------------- negatives
def neg_case():
    asr = R.random() < 0.5
    c = Case("negative", "")
    intro(c, asr)
    k = R.randrange(16)
    if k == 0:
        o = digits(16, True)
        c.t("customer", ch(["my order number is ", "Order #: ", "order no. "]), " ".join(split_len(o, [4, 4, 4, 4])) if R.random() < 0.5 else o)
        c.t("agent", "Thanks, that order shipped on the 3rd and should arrive within 5 working days.")
        c.note = "16-digit order number (not a card)"
    elif k == 1:
        t = digits(12, True)
        c.t("customer", "the tracking number is ", ", ".join(spoken_chunks(split_len(t, [4, 4, 4]))) if asr else "tracking no 1Z" + digits(6) + "A" + t[:8])
        c.t("agent", "ok that parcel is with the courier it's due tomorrow between ten and two")
        c.note = "tracking number read like a card"
    elif k == 2:
        l4 = digits(4)
        c.t("customer", ch(["i want to pay with the card ending ", "use the card ending in ", "the one that ends "]), " ".join(UNITW[int(x)] for x in l4) if asr else l4)
        c.t("agent", "no problem the card ending %s, that's %s pounds %s taken today" % (l4, R.randint(12, 900), R.randint(10, 99)))
        c.note = "card last-four only, plus amount"
    elif k == 3:
        bal = "%d.%02d" % (R.randint(100, 99999), R.randint(0, 99))
        c.t("agent", "your current balance is £%s and the minimum payment of £%d.00 is due on the 14th of %s" % (bal, R.randint(5, 200), ch(MONTHS).capitalize()))
        c.t("customer", "and what's the apr on that, is it still %s.%d percent" % (R.randint(9, 39), R.randint(0, 9)))
        c.note = "balance, amount, payment date, percentage"
    elif k == 4:
        p = "POL" + digits(9)
        c.t("customer", "policy number " + (p if not asr else "p o l " + " ".join(spoken_chunks(split_len(p[3:], [3, 3, 3])))))
        c.t("agent", "thanks, your renewal date is the %s of %s and the premium is %d pounds a month" % (ch(ORD[1:29]), ch(MONTHS), R.randint(9, 140)))
        c.note = "policy number, renewal date, premium"
    elif k == 5:
        c.t("customer", "my flight is %s%d, seat %d%s, from gate %s" % (ch(["BA", "EI", "FR", "UA", "LH"]), R.randint(100, 9999), R.randint(1, 40), ch("ABCDEF"), ch(["B", "C", ""]) + str(R.randint(1, 60))))
        c.t("agent", "ok that departs at %d:%02d and boarding closes %d minutes before" % (R.randint(5, 22), ch([0, 15, 30, 45, 5, 50]), ch([20, 30, 40])))
        c.note = "flight, seat, gate, time, duration"
    elif k == 6:
        mr = digits(ch([5, 6]))
        c.t("customer", "the meter reading is " + (" ".join(spoken_chunks([mr[:3], mr[3:]])) if asr else mr))
        c.t("agent", "and is that the electricity or the gas, and the serial on the meter ends %s" % digits(4))
        c.t("customer", "electric, meter serial %s" % ("S" + digits(2) + "K" + digits(7)))
        c.note = "meter reading and meter serial"
    elif k == 7:
        inv = digits(ch([9, 10, 11]), True)
        c.t("customer", ch(["invoice number ", "the invoice no is ", "INV-"]) + inv)
        c.t("agent", "that invoice was for £%d.%02d issued on %02d/%02d/20%d" % (R.randint(20, 2000), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12), R.randint(21, 25)))
        c.note = "invoice number, amount, invoice date"
    elif k == 8:
        c.t("customer", "i'm %s years old and i've been waiting %s minutes on hold" % (ch(["seventy two", "eighty one", "sixty", "forty five"]), ch(["forty five", "twenty", "ninety", "thirty five"])))
        c.t("agent", "i'm sorry about the wait, we're open eight till eight monday to friday and nine till five on saturdays")
        c.note = "age, duration, opening hours"
    elif k == 9:
        cl = "CLM" + digits(8)
        c.t("customer", ch(["claim ref ", "claim number "]) + (cl if not asr else "c l m " + ", ".join(spoken_chunks(split_len(cl[3:], [4, 4])))))
        c.t("agent", "thanks, the excess on that claim is %d pounds and the assessor visits on %s at %d o'clock" % (ch([100, 250, 350, 500]), ch(["monday", "tuesday", "the 21st", "friday"]), R.randint(8, 17)))
        c.note = "claim number, excess, appointment"
    elif k == 10:
        c.t("customer", "the boiler's showing %d degrees and the model number is %s-%s" % (R.randint(40, 80), ch(["WX", "CDi", "GB"]), digits(4)))
        c.t("agent", "and the serial number on the label, it's usually %d digits" % ch([10, 12]))
        c.t("customer", "serial " + digits(12, True))
        c.note = "temperature, model number, 12-digit serial"
    elif k == 11:
        tk = digits(ch([7, 8, 10]), True)
        c.t("agent", "your ticket number is " + (" ".join(spoken_chunks(split_len(tk, [3, 3, 4]))) if asr else tk) + ", please keep that for reference")
        c.t("customer", "great and how long will it take")
        c.t("agent", "usually %d to %d working days" % (R.randint(2, 5), R.randint(6, 14)))
        c.note = "ticket number spoken like a phone number"
    elif k == 12:
        c.t("customer", "we're on the %s just past the junction with %s, there's roadworks" % (ch(["Harrow Road", "A40", "M62", "High Street", "Station Road"]), ch(["Mill Lane", "the B4009", "Church Street"])))
        c.t("agent", "thanks, the outage has affected %d homes since %d:%02d and we expect it back by %d pm" % (R.randint(30, 900), R.randint(1, 11), R.randint(0, 59), R.randint(1, 11)))
        c.note = "road names without house numbers, counts, times"
    elif k == 13:
        ref = digits(ch([13, 15, 16, 19]), True)
        c.t("customer", "payment reference " + " ".join(split_len(ref, [4] * 5)))
        c.t("agent", "thanks, that payment of £%d was received on %d %s %d" % (R.randint(10, 500), R.randint(1, 28), ch(MONTHS).capitalize(), R.randint(2019, 2025)))
        c.note = "long payment reference shaped like a card number"
    elif k == 14:
        c.t("customer", "room %d please, checking in on the %s of %s for %d nights" % (R.randint(100, 999), ch(ORD[1:29]), ch(MONTHS), R.randint(1, 14)))
        c.t("agent", "that's %d pounds per night and your booking reference is %s" % (R.randint(60, 300), ch("ABCDEFGHJKLMNPRSTUVWXYZ") + ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(4)))
        c.note = "room number, dates, price, booking reference"
    else:
        acc = digits(10, True)
        c.t("customer", "customer account number %s" % acc if not asr else "my customer account number is " + " ".join(spoken_chunks(split_len(acc, [3, 3, 4]))))
        c.t("agent", "thanks, your contract started in %d and ends on %d %s %d, you've used %d percent of your data" % (R.randint(2018, 2024), R.randint(1, 28), ch(MONTHS), R.randint(2025, 2027), R.randint(5, 99)))
        c.note = "supplier customer account number, contract dates, percentage"
    return c


# ---------------------------------------------------------------- normalisation & validation
DIGITW = {w: str(i) for i, w in enumerate(UNITW)}
for z in ZEROS:
    DIGITW[z] = "0"
DIGITW["nil"] = "0"
TEEN = {w: str(10 + i) for i, w in enumerate(TEENW)}
TENS = {w: str(k) for k, w in TENSW.items()}
NATOR = {v: k for k, v in NATO.items()}
FILL = set(FILLERS) | {"hmm", "ah"}


def norm_alnum(text, letters):
    toks = re.findall(r"[a-z]+|\d+|\+", text.lower().replace("x-ray", "xray"))
    NR = dict(NATOR)
    NR["xray"] = "x"
    out, i, n = "", 0, len(toks)
    while i < n:
        t = toks[i]
        nx = toks[i + 1] if i + 1 < n else None
        if t in FILL or t == "slash":
            i += 1
        elif t.isdigit():
            out += t
            i += 1
        elif t in ("+", "plus"):
            out += "+"
            i += 1
        elif t in ("double", "triple"):
            k = 2 if t == "double" else 3
            if nx in DIGITW:
                out += DIGITW[nx] * k
            elif nx and len(nx) == 1 and letters:
                out += nx * k
            else:
                return None
            i += 2
        elif t in DIGITW and t != "o" or (t == "o" and not letters) or (t == "o"):
            d = DIGITW[t]
            if nx == "hundred":
                i += 2
                if i < n and toks[i] == "and":
                    i += 1
                    a = toks[i] if i < n else None
                    if a in TEEN:
                        out += d + TEEN[a]
                        i += 1
                    elif a in TENS:
                        u = toks[i + 1] if i + 1 < n else None
                        if u in DIGITW and DIGITW[u] != "0":
                            out += d + TENS[a] + DIGITW[u]
                            i += 2
                        else:
                            out += d + TENS[a] + "0"
                            i += 1
                    elif a in DIGITW:
                        out += d + "0" + DIGITW[a]
                        i += 1
                    else:
                        return None
                else:
                    out += d + "00"
            else:
                out += d
                i += 1
        elif t in TEEN:
            out += TEEN[t]
            i += 1
        elif t in TENS:
            if nx in DIGITW and DIGITW[nx] != "0":
                out += TENS[t] + DIGITW[nx]
                i += 2
            else:
                out += TENS[t] + "0"
                i += 1
        elif letters and len(t) == 1:
            out += t
            i += 1
            if i < n and toks[i] == "for":
                i += 2
            elif i + 1 < n and toks[i] == "as" and toks[i + 1] == "in":
                i += 3
        elif letters and t in NR:
            out += NR[t]
            i += 1
        elif letters:
            out += t
            i += 1
        else:
            return None
    return out


def norm_email(text):
    t = text.lower()
    if " " not in t.strip():
        return t
    toks = t.replace("x-ray", "xray").split()
    out, i = "", 0
    mp = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
    while i < len(toks):
        w = toks[i]
        if w in FILL:
            i += 1
            continue
        if w in mp:
            out += mp[w]
        elif w in UNITW:
            out += DIGITW[w]
        else:
            out += w
        if len(w) == 1 and i + 1 < len(toks) and toks[i + 1] == "for":
            i += 3
            continue
        if len(w) == 1 and i + 2 < len(toks) and toks[i + 1] == "as" and toks[i + 2] == "in":
            i += 4
            continue
        i += 1
    return out


EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
MONTH_RE = re.compile(r"\b(" + "|".join(m[:3] for m in MONTHS) + r")", re.I)


def validate(typ, canon, mode, texts):
    joined = " ".join(texts)
    if mode == "partial":
        v = norm_alnum(joined, False)
        return bool(v) and v.isdigit(), "partial"
    if typ == "EMAIL":
        v = norm_email(joined)
        return v == canon and bool(EMAIL_RE.match(v)), v
    if typ == "DOB":
        ok = canon.year >= 1930 and canon.year <= 2007
        has = bool(MONTH_RE.search(joined)) or bool(re.search(r"\d", joined)) or any(w in joined.lower().split() for w in UNITW + TEENW)
        return ok and has, joined
    if typ == "EXPIRY":
        m, y = canon
        v = norm_alnum(joined, False)
        dig = v is not None and v in {"%02d%02d" % (m, y % 100), "%02d%d" % (m, y), "%d%02d" % (m, y % 100)}
        return 1 <= m <= 12 and (dig or bool(MONTH_RE.search(joined))), joined
    if typ == "ADDRESS":
        low = joined.lower()
        last = re.findall(r"[a-z]+", low)[-1]
        hasnum = bool(re.search(r"\d", low)) or any(w in re.findall(r"[a-z]+", low) for w in UNITW[1:] + TEENW + list(TENSW.values()))
        return last in SUFFIX and hasnum, joined
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    v = norm_alnum(joined, letters)
    if v is None:
        return False, None
    if mode == "suffix":
        return typ == "CARD_NUMBER" and v == canon[-4:], v
    if typ == "POSTCODE":
        v = v.upper()
        return (bool(UK_POST_RE.match(v)) or bool(ZIP_RE.match(v))) and v == re.sub(r"[ -]", "", canon.upper()), v
    cn = canon.upper() if letters else canon
    if letters:
        v = v.upper()
    if v != cn:
        return False, v
    if typ == "CARD_NUMBER":
        return 13 <= len(v) <= 19 and v.isdigit() and luhn_ok(v), v
    if typ == "CVV":
        return len(v) in (3, 4) and v.isdigit(), v
    if typ == "SSN":
        return len(v) == 9 and v.isdigit() and v[:3] not in ("000", "666") and v[0] != "9" and v[3:5] != "00" and v[5:] != "0000", v
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(v)) and v[:2] not in NI_BAD, v
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 8 <= len(v) <= 17, v
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6, v
    if typ == "IBAN":
        return IBAN_LEN.get(v[:2]) == len(v) and iban_ok(v), v
    if typ == "PHONE":
        d = v.lstrip("+")
        return d.isdigit() and 10 <= len(d) <= 13 and v.count("+") <= 1, v
    return False, v


# ---------------------------------------------------------------- generation
PLAN = ([pos_card] * 66 + [pos_ssn] * 26 + [pos_ni] * 26 + [pos_bank] * 16 + [pos_iban] * 14 +
        [pos_phone] * 18 + [pos_email] * 16 + [pos_dob] * 12 + [pos_address] * 16 +
        [pos_cvv_expiry] * 10 + [pos_postcode] * 10 + [pos_mixed] * 8)


def generate():
    recs, metas = [], []
    plan = list(PLAN)
    R.shuffle(plan)
    for i, f in enumerate(plan):
        c = f()
        rec, gmap = c.build("h321-pos-%03d" % (i + 1))
        recs.append(rec)
        metas.append((c, gmap))
    for i in range(110):
        c = neg_case()
        rec, gmap = c.build("h321-neg-%03d" % (i + 1))
        recs.append(rec)
        metas.append((c, gmap))
    data = "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in recs)
    return data, recs, metas


def check(data, recs, metas):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != data:
            errs.append("file is not byte-identical to regeneration")
    parsed = [json.loads(l) for l in data.splitlines()]
    ids = [r["id"] for r in parsed]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for r, (c, gmap) in zip(parsed, metas):
        if r["kind"] == "positive":
            npos += 1
            if not r["spans"]:
                errs.append(r["id"] + ": positive without spans")
        else:
            nneg += 1
            if r["spans"]:
                errs.append(r["id"] + ": negative with spans")
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(r["id"] + ": bad speaker")
        byturn = {}
        gtexts = {}
        for s, gid in zip(r["spans"], gmap):
            if s["type"] not in TYPES:
                errs.append(r["id"] + ": bad type")
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: offsets out of range" % r["id"])
                continue
            val = txt[a:b]
            if not (val[0].isalnum() or val[0] == "+") or not val[-1].isalnum():
                errs.append("%s: span %r not trimmed" % (r["id"], val))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (r["id"], val))
            byturn.setdefault(s["turn"], []).append((a, b))
            counts[s["type"]] += 1
            gtexts.setdefault(gid, []).append(val)
            if c.groups[gid][0] != s["type"]:
                errs.append(r["id"] + ": group type mismatch")
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(r["id"] + ": overlapping spans")
        for gid, texts in gtexts.items():
            typ, canon, mode = c.groups[gid]
            ok, got = validate(typ, canon, mode, texts)
            if not ok:
                errs.append("%s: %s value %r failed validation (normalised %r, expected %r)" % (r["id"], typ, texts, got, canon))
    need = {t: 10 for t in TYPES}
    need.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, n in need.items():
        if counts[t] < n:
            errs.append("only %d %s spans (need %d)" % (counts[t], t, n))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d positive, %d negative" % (npos, nneg))
    return errs, counts, npos, nneg


def main():
    data, recs, metas = generate()
    if "--check" in sys.argv:
        errs, counts, npos, nneg = check(data, recs, metas)
        for e in errs[:50]:
            print("ERROR:", e)
        print("positive=%d negative=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            print("FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(data)
    print("wrote %d cases to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()

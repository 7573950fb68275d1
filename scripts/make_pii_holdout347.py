#!/usr/bin/env python3
"""Generate the pii_holdout347 held-out PII redaction evaluation set.

Standard library only. Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.

Usage:
    python scripts/make_pii_holdout347.py          # write cases.jsonl
    python scripts/make_pii_holdout347.py --check  # regenerate + validate
"""
import json
import os
import re
import sys
import random
from collections import Counter

SEED = 347241125
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout347")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

R = random.Random(SEED)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# case builder
# --------------------------------------------------------------------------


class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []

    def t(self, speaker, *segs):
        """Add a turn. segs are str (plain) or (text, TYPE) (labelled)."""
        text = ""
        idx = len(self.turns)
        for s in segs:
            if isinstance(s, tuple):
                val, typ = s
                assert typ in TYPES, typ
                start = len(text)
                text += val
                self.spans.append({"turn": idx, "start": start,
                                   "end": len(text), "type": typ})
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)


# --------------------------------------------------------------------------
# spoken-number helpers
# --------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
         "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
ZERO_WORDS = ["oh", "oh", "zero", "nought", "o"]
FILLERS_IN = ["um", "uh", "er", "erm"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta",
        "e": "echo", "f": "foxtrot", "g": "golf", "h": "hotel",
        "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "o": "oscar", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
ALT_SPELL = {"b": ["b for bravo", "b for bob", "b as in boy"],
             "c": ["c for charlie", "c for cat"],
             "d": ["d for delta", "d for dog"],
             "j": ["j for juliet", "j for jack"],
             "m": ["m for mike", "m for mother"],
             "p": ["p for papa", "p for peter"],
             "s": ["s for sierra", "s for sugar"],
             "t": ["t for tango", "t for tom"],
             "n": ["n for november", "n for nancy"]}


def dw(d, zw):
    return zw if d == "0" else UNITS[int(d)]


def pair_word(p):
    a, b = int(p[0]), int(p[1])
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def speak(s, r, doubles=0.35, pairs=0.0, hundreds=0.0, zw=None, filler=0.0):
    """Speak a digit string. Output parses back to s with norm_digits."""
    zw = zw or r.choice(ZERO_WORDS)
    parts = []
    i = 0
    n = len(s)
    while i < n:
        if i + 2 < n and s[i] == s[i + 1] == s[i + 2] and r.random() < doubles:
            parts.append("triple " + dw(s[i], zw))
            i += 3
        elif i + 1 < n and s[i] == s[i + 1] and r.random() < doubles:
            parts.append("double " + dw(s[i], zw))
            i += 2
        elif (hundreds and i + 2 < n and s[i] != "0" and s[i + 1:i + 3] != "00"
              and not (s[i + 1] >= "2" and s[i + 2] == "0")
              and r.random() < hundreds):
            tail = s[i + 1:i + 3]
            if tail[0] == "0":
                tw = UNITS[int(tail[1])]
            else:
                tw = pair_word(tail)
            parts.append(UNITS[int(s[i])] + " hundred and " + tw)
            i += 3
        elif (pairs and i + 1 < n and s[i] != "0" and
              (s[i] == "1" or s[i + 1] != "0") and r.random() < pairs):
            parts.append(pair_word(s[i:i + 2]))
            i += 2
        else:
            parts.append(dw(s[i], zw))
            i += 1
    if filler and len(parts) > 2 and r.random() < filler:
        k = r.randint(1, len(parts) - 1)
        parts.insert(k, r.choice(FILLERS_IN))
    return " ".join(parts)


def speak_groups(groups, r, sep=None, **kw):
    zw = kw.pop("zw", None) or r.choice(ZERO_WORDS)
    sep = sep or r.choice([", ", " ", "... ", ", "])
    return sep.join(speak(g, r, zw=zw, **kw) for g in groups)


def spell_letter(ch, r, nato=0.5):
    ch = ch.lower()
    if ch == "o" or r.random() < nato:
        if ch in ALT_SPELL and r.random() < 0.5:
            return r.choice(ALT_SPELL[ch])
        return ch + " for " + NATO[ch]
    return ch


def chunk(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------

def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def rdig(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def gen_card(r, kind=None):
    kind = kind or r.choice(["visa", "visa", "mc", "mc", "amex", "disc",
                             "mc2", "visa13", "visa19", "maestro"])
    if kind == "visa":
        return luhn_complete("4" + rdig(r, 14))
    if kind == "mc":
        return luhn_complete("5" + r.choice("12345") + rdig(r, 13))
    if kind == "mc2":
        return luhn_complete("22" + r.choice("2345") + rdig(r, 12))
    if kind == "amex":
        return luhn_complete("3" + r.choice("47") + rdig(r, 12))
    if kind == "disc":
        return luhn_complete("6011" + rdig(r, 11))
    if kind == "visa13":
        return luhn_complete("4" + rdig(r, 11))
    if kind == "visa19":
        return luhn_complete("4" + rdig(r, 17))
    return luhn_complete("6759" + rdig(r, 14))  # maestro 19


def card_groups(num, r):
    n = len(num)
    if n == 15:
        return chunk(num, [4, 6, 5])
    if n == 16:
        return r.choice([chunk(num, [4, 4, 4, 4]), chunk(num, [4, 4, 4, 4]),
                         chunk(num, [4, 4, 4, 4]), chunk(num, [5, 5, 6]),
                         chunk(num, [3, 3, 3, 3, 4]), chunk(num, [2] * 8)])
    if n == 13:
        return chunk(num, [4, 3, 3, 3])
    return chunk(num, [4, 4, 4, 4, 3])


def card_typed(num, r):
    style = r.randint(0, 5)
    g = card_groups(num, r)
    if style == 0:
        return num
    if style == 1:
        return "-".join(g)
    if style == 2:
        return "  ".join(g)
    if style == 3:
        return ".".join(g)
    return " ".join(g)


def gen_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(r):
    while True:
        p = r.choice(NI_L1) + r.choice(NI_L2)
        if p not in NI_BAD:
            break
    return p + rdig(r, 6) + r.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def gen_iban(r, country=None):
    country = country or r.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL",
                                   "ES"])
    if country == "GB":
        bban = r.choice(["NWBK", "BARC", "HBUK", "MIDL", "LLYD"]) + rdig(r, 14)
    elif country == "IE":
        bban = r.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + rdig(r, 14)
    elif country == "DE":
        bban = rdig(r, 18)
    elif country == "FR":
        bban = rdig(r, 23)
    elif country == "NL":
        bban = r.choice(["ABNA", "INGB", "RABN", "TRIS"]) + rdig(r, 10)
    else:
        bban = rdig(r, 20)
    return country + iban_check(country, bban) + bban


def iban_typed(ib, r):
    if r.random() < 0.6:
        g = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return g if r.random() < 0.8 else g.lower()
    return ib


def gen_phone(r, kind=None):
    """Return (typed_display, digit_string_for_speaking, intl_bool)."""
    kind = kind or r.choice(["ukmob", "ukmob", "ukland", "ukintl", "us",
                             "usintl", "ie", "ieintl", "fr", "de"])
    if kind == "ukmob":
        d = "07" + r.choice("4579") + rdig(r, 8)
        return r.choice([d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:]]), d
    if kind == "ukland":
        d = r.choice(["020", "0161", "0113", "0131", "0117"])
        d = d + rdig(r, 11 - len(d))
        cut = 3 if d.startswith("020") else 4
        return d[:cut] + " " + d[cut:cut + 4] + " " + d[cut + 4:], d
    if kind == "ukintl":
        d = "447" + r.choice("4579") + rdig(r, 8)
        return r.choice(["+44 " + d[2:6] + " " + d[6:], "0044 " + d[2:],
                         "+44 (0)" + d[2:6] + " " + d[6:]]), d
    if kind == "us":
        d = str(r.randint(2, 9)) + rdig(r, 2) + str(r.randint(2, 9)) + rdig(r, 6)
        return r.choice([d[:3] + "-" + d[3:6] + "-" + d[6:],
                         d[:3] + "." + d[3:6] + "." + d[6:], d]), d
    if kind == "usintl":
        d = "1" + str(r.randint(2, 9)) + rdig(r, 2) + str(r.randint(2, 9)) + rdig(r, 6)
        return "+1 " + d[1:4] + " " + d[4:7] + " " + d[7:], d
    if kind == "ie":
        d = "08" + r.choice("35679") + rdig(r, 7)
        return d[:3] + " " + d[3:6] + " " + d[6:], d
    if kind == "ieintl":
        d = "3538" + r.choice("35679") + rdig(r, 7)
        return "+353 " + d[3:5] + " " + d[5:8] + " " + d[8:], d
    if kind == "fr":
        d = "336" + rdig(r, 8)
        return "+33 6 " + " ".join(d[i:i + 2] for i in range(3, 11, 2)), d
    d = "49151" + rdig(r, 8)
    return "+49 151 " + d[5:], d


FIRST = ["james", "sarah", "aoife", "liam", "priya", "tom", "megan", "oisin",
         "carlos", "fatima", "dave", "helen", "jo", "marek", "niamh", "kwame",
         "lucy", "raj", "sophie", "ben", "grace", "pat", "elena", "yusuf"]
LAST = ["doe", "smith", "obrien", "patel", "kowalski", "murphy", "jones",
        "nguyen", "garcia", "walsh", "khan", "taylor", "brennan", "evans",
        "mensah", "fitz", "lee", "byrne", "hughes", "novak"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com",
           "eircom.net", "btinternet.com", "icloud.com", "aol.com",
           "live.ie", "web.de", "orange.fr", "proton.me"]


def gen_email_parts(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    style = r.randint(0, 4)
    if style == 0:
        local = [f, ".", l]
    elif style == 1:
        local = [f[0], ".", l]
    elif style == 2:
        local = [f, "_", l, str(r.randint(1, 99))]
    elif style == 3:
        local = [f + l]
    else:
        local = [l, ".", f[0], str(r.randint(70, 99))]
    return local, r.choice(DOMAINS)


def email_typed(local, dom, r):
    e = "".join(local) + "@" + dom
    if r.random() < 0.2:
        e = e[0].upper() + e[1:]
    return e


def email_spoken(local, dom, r):
    out = []
    for p in local:
        if p == ".":
            out.append("dot")
        elif p == "_":
            out.append("underscore")
        elif p.isdigit():
            out.append(speak(p, r, pairs=0.7, zw="oh"))
        elif len(p) == 1:
            out.append(spell_letter(p, r, 0.5))
        else:
            out.append(p)
    out.append("at")
    for i, p in enumerate(dom.split(".")):
        if i:
            out.append("dot")
        out.append(p)
    return " ".join(out)


MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
       "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
       "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
       "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth"]


def sfx(d):
    if d in (1, 21, 31):
        return "st"
    if d in (2, 22):
        return "nd"
    if d in (3, 23):
        return "rd"
    return "th"


def year_words(y, r):
    if y >= 2000:
        rest = y - 2000
        if rest == 0:
            return "two thousand"
        if rest < 10:
            return "two thousand and " + UNITS[rest]
        return r.choice(["two thousand and ", "twenty "]) + pair_word(str(rest)) \
            if rest % 10 else "twenty " + TENS[rest // 10]
    hi, lo = divmod(y, 100)
    if lo == 0:
        return pair_word(str(hi)) + " hundred"
    if lo < 10:
        return pair_word(str(hi)) + " oh " + UNITS[lo]
    if lo % 10 == 0 and lo >= 20:
        return pair_word(str(hi)) + " " + TENS[lo // 10]
    return pair_word(str(hi)) + " " + pair_word(str(lo))


def gen_dob(r, spoken):
    y = r.randint(1938, 2005)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    if spoken:
        s = r.randint(0, 3)
        if s == 0:
            return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], year_words(y, r))
        if s == 1:
            return "%s %s %s" % (MONTHS[m - 1], ORD[d], year_words(y, r))
        if s == 2:
            return "%s %s %s" % (speak("%02d" % d, r, pairs=0.8),
                                 speak("%02d" % m, r, pairs=0.8),
                                 speak("%02d" % (y % 100), r, pairs=0.9))
        return "%s of %s, %s" % (ORD[d], MONTHS[m - 1], year_words(y, r))
    s = r.randint(0, 5)
    if s == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if s == 1:
        return "%02d-%02d-%d" % (m, d, y)
    if s == 2:
        return "%d %s %d" % (d, MONTHS[m - 1][:3].title(), y)
    if s == 3:
        return "%s %d%s, %d" % (MONTHS[m - 1].title(), d, sfx(d), y)
    if s == 4:
        return "%02d.%02d.%02d" % (d, m, y % 100)
    return "%d-%02d-%02d" % (y, m, d)


def gen_expiry(r, spoken):
    m = r.randint(1, 12)
    y = r.randint(25, 31)
    if spoken:
        s = r.randint(0, 3)
        if s == 0:
            return "%s %s" % (speak("%02d" % m, r, pairs=0.5, doubles=0.2),
                              pair_word(str(y)))
        if s == 1:
            return "%s twenty %s" % (MONTHS[m - 1], pair_word(str(y)))
        if s == 2:
            return "%s %s" % (MONTHS[m - 1], pair_word(str(y)))
        return "%s slash %s" % (speak("%02d" % m, r), speak(str(y), r))
    s = r.randint(0, 4)
    if s == 0:
        return "%02d/%02d" % (m, y)
    if s == 1:
        return "%02d/20%02d" % (m, y)
    if s == 2:
        return "%02d-%02d" % (m, y)
    if s == 3:
        return "%s 20%02d" % (MONTHS[m - 1][:3].title(), y)
    return "%d/%d" % (m, y)


UK_AREAS = ["SW", "SE", "N", "NW", "E", "W", "M", "B", "LS", "G", "EH", "CF",
            "BS", "L", "NE", "CR", "BT", "DN", "WR", "CB", "RG", "S", "YO"]


def gen_uk_postcode(r):
    area = r.choice(UK_AREAS)
    dist = str(r.randint(1, 28))
    inward = str(r.randint(0, 9)) + "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ")
                                            for _ in range(2))
    return area + dist + " " + inward


def gen_zip(r):
    z = "%05d" % r.randint(1001, 99950)
    if r.random() < 0.25:
        z += "-%04d" % r.randint(1, 9999)
    return z


def postcode_spoken(pc, r):
    out = []
    for ch in pc.replace(" ", " | "):
        if ch == " ":
            continue
        if ch == "|":
            out.append(r.choice([",", ""]))
            continue
        if ch.isdigit():
            out.append(UNITS[int(ch)] if ch != "0" else r.choice(["zero", "nought"]))
        else:
            out.append(spell_letter(ch, r, 0.25))
    s = " ".join(x for x in out if x != "")
    return s.replace(" ,", ",")


STREETS = ["Mill", "Church", "Station", "Victoria", "Oak Ridge", "Maple",
           "Castle", "Harbour", "Elm", "Kingsway", "Orchard", "Willow",
           "Brook", "Highfield", "Main", "Cedar", "Sandymount", "Abbey",
           "Queens", "Park", "Lincoln", "Riverside", "Bridge", "Meadow"]
SUFFIX = ["Road", "Street", "Lane", "Avenue", "Drive", "Close", "Crescent",
          "Way", "Terrace", "Court", "Gardens", "Place", "Boulevard", "Grove"]
SUFFIX_ABBR = {"Road": "Rd", "Street": "St", "Avenue": "Ave", "Drive": "Dr",
               "Lane": "Ln", "Court": "Ct", "Crescent": "Cres", "Place": "Pl"}
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Cardiff", "Edinburgh",
            "Glasgow", "Croydon", "York", "Belfast", "Oxford", "Reading"]
TOWNS_US = [("Austin", "TX"), ("Columbus", "OH"), ("Tampa", "FL"),
            ("Denver", "CO"), ("Albany", "NY"), ("Tucson", "AZ"),
            ("Madison", "WI"), ("Raleigh", "NC")]
TOWNS_IE = ["Dublin 4", "Cork", "Galway", "Limerick", "Sligo"]


def gen_address(r, spoken):
    num = r.randint(1, 240) if r.random() < 0.85 else r.randint(1000, 4999)
    st = r.choice(STREETS)
    suf = r.choice(SUFFIX)
    flat = r.randint(1, 24) if r.random() < 0.3 else None
    if spoken:
        if num >= 1000:
            ns = speak(str(num), r, pairs=1.0, doubles=0)
        elif num >= 100:
            ns = r.choice([speak(str(num), r, hundreds=1.0, doubles=0),
                           speak(str(num), r, doubles=0.3)])
        else:
            ns = speak(str(num), r, pairs=1.0, doubles=0)
        core = "%s %s %s" % (ns, st.lower(), suf.lower())
        if flat:
            core = "flat %s, %s" % (speak(str(flat), r, pairs=1.0, doubles=0),
                                    core)
        return core
    if suf in SUFFIX_ABBR and r.random() < 0.4:
        suf = SUFFIX_ABBR[suf] + r.choice([".", ""])
        if suf.endswith("."):
            suf = suf[:-1]
    core = "%d %s %s" % (num, st, suf)
    if r.random() < 0.15:
        core = core.lower()
    if flat:
        core = r.choice(["Flat %d, " % flat, "Apt %d%s, " % (flat, r.choice(["", "B"])),
                         "flat %d " % flat]) + core
    return core


# --------------------------------------------------------------------------
# positive templates
# --------------------------------------------------------------------------
BACK = ["mhm", "yep", "go on", "ok", "uh huh", "yeah", "right", "got that",
        "mm", "ok go ahead", "and the next four?", "lovely"]
FILL = ["um", "uh", "erm", "er"]


def bc(r):
    return r.choice(BACK)


def p_chat_card(r):
    card = gen_card(r)
    exp = gen_expiry(r, False)
    cvv = rdig(r, 4 if card[:2] in ("34", "37") else 3)
    org = r.choice(["Northway Bank", "ShopRite Online", "Atlas Travel",
                    "Brightline Energy", "Harbour Insurance"])
    c = Case("positive", "typed chat: card, expiry, cvv with labels (%s)" % org)
    c.a("Hi, you're chatting with %s support. How can I help?" % org)
    lab = r.choice(["card no: ", "Card number - ", "crd num ", "card: ",
                    "my card is ", "CARD NUMBER "])
    c.c("i need to update payment, %s" % lab, (card_typed(card, r), "CARD_NUMBER"),
        r.choice([" exp ", " expires ", ", expiry date ", " EXP: "]),
        (exp, "EXPIRY"), r.choice([" cvv ", " cvc: ", " security code ",
                                    ", the 3 digits on the back are "]),
        (cvv, "CVV"))
    day = r.randint(1, 28)
    c.a("Thanks, that's been updated. Your next payment of £%d.%02d is due on the %d%s."
        % (r.randint(9, 300), r.randint(0, 99), day, sfx(day)))
    return c


def p_asr_card_split(r):
    card = gen_card(r, r.choice(["visa", "mc", "disc", "mc2"]))
    g = chunk(card, [4, 4, 4, 4])
    zw = r.choice(ZERO_WORDS)
    c = Case("positive", "asr: card read in fours over several turns with back-channels, agent read-back")
    c.a("okay and can i take the long number across the front of the card")
    c.c(r.choice(["yeah it's ", "right so ", "ok it's ", ""]),
        (speak(g[0], r, zw=zw, filler=0.3), "CARD_NUMBER"))
    c.a(bc(r))
    c.c((speak(g[1], r, zw=zw, pairs=0.2), "CARD_NUMBER"))
    c.a(bc(r))
    c.c((speak(g[2], r, zw=zw, filler=0.3), "CARD_NUMBER"),
        r.choice([" then ", "... and then ", ", "]),
        (speak(g[3], r, zw=zw), "CARD_NUMBER"))
    c.a("let me just read that back ",
        (speak_groups(g, r, zw=r.choice(ZERO_WORDS), doubles=0.5), "CARD_NUMBER"),
        r.choice([" is that right", " correct?", " yeah?"]))
    c.c(r.choice(["yep that's it", "yes", "that's right yeah"]))
    return c


def p_asr_card_correction(r):
    card = gen_card(r, "visa")
    g = chunk(card, [4, 4, 4, 4])
    wrong = g[1][:2]
    c = Case("positive", "asr: card reading with a restart; aborted fragment labelled too")
    c.a("what's the card number please")
    c.c((speak(g[0], r), "CARD_NUMBER"), " ",
        (speak(wrong, r), "CARD_NUMBER"),
        r.choice(["... no sorry hang on i'm reading the wrong card, let me start again. ",
                  " oh wait that's my old one sorry. right, it's ",
                  " hold on, sorry, from the start: "]),
        (speak_groups(g, r, filler=0.5, pairs=0.15), "CARD_NUMBER"))
    c.a("thank you and the expiry")
    c.c((gen_expiry(r, True), "EXPIRY"))
    c.a("and the three digit security number on the back")
    c.c(r.choice(["", "it's ", "um "]), (speak(rdig(r, 3), r), "CVV"))
    return c


def p_asr_card_aside(r):
    card = gen_card(r)
    g = card_groups(card, r)
    k = r.randint(1, len(g) - 1)
    c = Case("positive", "asr: card reading interrupted by an aside mid-number")
    c.a(r.choice(["and the card you'd like to pay with", "go ahead with the card number"]))
    c.c((speak_groups(g[:k], r, pairs=0.2), "CARD_NUMBER"),
        r.choice(["... sorry, kids, get off that! ... ", " - hang on the dog's going mad - ",
                  "... sorry can you hear me? the signal's awful here... ",
                  " ... one sec, i'm on the bus ... "]),
        r.choice(["", "right, ", "where was i, ", "so "]),
        (speak_groups(g[k:], r, pairs=0.2), "CARD_NUMBER"))
    c.a("okay i've got ", (speak(card[-4:], r), "CARD_NUMBER"),
        " as the last four, and the expiry")
    c.c((gen_expiry(r, r.random() < 0.7), "EXPIRY"))
    return c


def p_asr_card_pairs(r):
    card = gen_card(r, r.choice(["visa", "mc", "amex"]))
    g = card_groups(card, r)
    c = Case("positive", "asr: card spoken in pairs and hundreds (forty one eleven style)")
    c.a("can you read me the sixteen digits please" if len(card) == 16 else
        "can you read me the card number please")
    c.c(r.choice(["sure, ", "yeah ", "uh "]),
        (speak_groups(g, r, pairs=0.8, hundreds=0.3, doubles=0.2), "CARD_NUMBER"))
    c.a("and the ", r.choice(["security code", "cvv", "three digits on the back"]))
    cvv = rdig(r, 4 if len(card) == 15 else 3)
    c.c((speak(cvv, r, hundreds=0.6), "CVV"))
    c.a("thank you, taking £%d.%02d now" % (r.randint(5, 900), r.randint(0, 99)))
    return c


def p_email_card(r):
    card = gen_card(r)
    local, dom = gen_email_parts(r)
    c = Case("positive", "typed email to retailer with card and email address")
    c.c("Subject: refund not received\n\nHello,\nI was charged twice on card ",
        (card_typed(card, r), "CARD_NUMBER"), " (exp ", (gen_expiry(r, False), "EXPIRY"),
        "). Order #%d. Please reply to " % r.randint(100000, 999999),
        (email_typed(local, dom, r), "EMAIL"), " not the address on file.\nThanks")
    return c


def p_ssn_typed(r):
    ssn = gen_ssn(r)
    st = r.randint(0, 3)
    s = [ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], ssn[:3] + " " + ssn[3:5] + " " + ssn[5:],
         ssn, ssn[:3] + "." + ssn[3:5] + "." + ssn[5:]][st]
    c = Case("positive", "typed chat (US healthcare billing): SSN and DOB")
    c.a("To locate your billing account I need your SSN and date of birth.")
    c.c(r.choice(["ssn ", "SSN: ", "social is ", "its "]), (s, "SSN"),
        r.choice([" and dob ", ", DOB ", " born "]), (gen_dob(r, False), "DOB"))
    c.a("Thanks. I see a balance of $%d.%02d from your visit on %d/%d." %
        (r.randint(20, 2000), r.randint(0, 99), r.randint(1, 12), r.randint(1, 28)))
    return c


def p_ssn_asr(r):
    ssn = gen_ssn(r)
    g = [ssn[:3], ssn[3:5], ssn[5:]]
    c = Case("positive", "asr (US insurance): SSN spoken with dashes, split, read back")
    c.a("and for security can i get your social security number")
    if r.random() < 0.5:
        c.c(r.choice(["yeah it's ", "sure ", "uh "]),
            (speak(g[0], r, filler=0.3) + " dash " + speak(g[1], r), "SSN"))
        c.a(bc(r))
        c.c((speak(g[2], r, pairs=0.4), "SSN"))
    else:
        c.c((speak_groups(g, r, pairs=0.3, filler=0.4), "SSN"))
    c.a("so that's ", (speak_groups(g, r, sep=" dash "), "SSN"))
    c.c("correct")
    c.a("great and your date of birth")
    c.c((gen_dob(r, True), "DOB"))
    return c


def ni_spoken(ni, r):
    out = [spell_letter(ni[0], r, 0.6), spell_letter(ni[1], r, 0.6)]
    dig = ni[2:8]
    out.append(speak_groups(chunk(dig, [2, 2, 2]), r, sep=" ", pairs=0.5,
                            zw=r.choice(["zero", "nought"])))
    out.append(spell_letter(ni[8], r, 0.5))
    return " ".join(out)


def p_ni_asr(r):
    ni = gen_ni(r)
    c = Case("positive", "asr (UK government services): NI number with phonetic spelling, split over turns")
    c.a("can i take your national insurance number please")
    if r.random() < 0.5:
        c.c(r.choice(["yeah it's ", "it's ", "right "]),
            (spell_letter(ni[0], r, 0.7) + " " + spell_letter(ni[1], r, 0.7), "NI_NUMBER"))
        c.a(bc(r))
        c.c((speak(ni[2:8], r, pairs=0.4, zw="zero", filler=0.3), "NI_NUMBER"))
        c.a(bc(r))
        c.c((spell_letter(ni[8], r, 0.6), "NI_NUMBER"))
    else:
        c.c((ni_spoken(ni, r), "NI_NUMBER"))
    c.a("thank you, so ", (ni_spoken(ni, r), "NI_NUMBER"), r.choice([", yeah?", "."]))
    c.c(r.choice(["yes", "that's the one"]))
    return c


def ni_typed(ni, r):
    st = r.randint(0, 3)
    if st == 0:
        return ni
    if st == 1:
        return ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8]
    if st == 2:
        return ni.lower()
    return ni[:2] + ni[2:8] + " " + ni[8]


def p_ni_typed(r):
    ni = gen_ni(r)
    c = Case("positive", "typed web message (UK benefits/tax): NI number, DOB, address")
    addr = gen_address(r, False)
    pc = gen_uk_postcode(r)
    c.c(r.choice(["Hi my NI no. is ", "NINO: ", "national insurance ", "ni number "]),
        (ni_typed(ni, r), "NI_NUMBER"), ", dob ", (gen_dob(r, False), "DOB"),
        ". I moved to ", (addr, "ADDRESS"), ", %s " % r.choice(TOWNS_UK),
        (pc, "POSTCODE"), " on the %s of last month, can you update my claim ref CL%d?"
        % (ORD[r.randint(1, 28)], r.randint(10000, 99999)))
    c.a("Thanks, I've updated the address on your record.")
    return c


def p_sort_acct(r):
    sc = rdig(r, 6)
    acct = rdig(r, 8)
    c = Case("positive", "asr (UK utility direct debit): sort code and account number, read back")
    c.a("to set up the direct debit i'll need the sort code and account number")
    c.c("sort code is ", (speak_groups(chunk(sc, [2, 2, 2]), r, pairs=0.6), "SORT_CODE"))
    c.a(bc(r))
    c.c(r.choice(["and the account number ", "account ", "then the account is "]),
        (speak_groups(chunk(acct, [4, 4]), r, filler=0.3, pairs=0.2), "BANK_ACCOUNT"))
    c.a("lovely, that's ", (speak_groups(chunk(sc, [2, 2, 2]), r, sep=" dash "), "SORT_CODE"),
        " and ", (speak(acct, r, doubles=0.5), "BANK_ACCOUNT"),
        ". your first payment of £%d will be taken on the %s" % (r.randint(30, 180), ORD[r.randint(1, 28)]))
    return c


def p_sort_acct_typed(r):
    sc = rdig(r, 6)
    acct = rdig(r, 8)
    scs = r.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc,
                    sc[:2] + " " + sc[2:4] + " " + sc[4:]])
    c = Case("positive", "typed chat (UK bank): sort code and account with abbreviations")
    c.c(r.choice(["pls send refund to s/c ", "sort ", "sc: ", "Sort code "]), (scs, "SORT_CODE"),
        r.choice([" acct no: ", " a/c ", ", account number ", " acc "]), (acct, "BANK_ACCOUNT"))
    c.a("Thanks, a refund of £%d.%02d will reach that account in 3-5 working days."
        % (r.randint(5, 500), r.randint(0, 99)))
    return c


def p_us_bank(r):
    acct = rdig(r, r.randint(9, 12))
    c = Case("positive", "asr (US bank): checking account number spoken, read back")
    c.a("what's the checking account number you'd like to link")
    c.c((speak(acct, r, pairs=0.3, filler=0.4), "BANK_ACCOUNT"))
    c.a("i have ", (speak(acct, r), "BANK_ACCOUNT"))
    c.c("yup")
    return c


def p_iban_typed(r):
    ib = gen_iban(r)
    c = Case("positive", "typed email (EU travel refund): IBAN")
    c.c("Dear Sir/Madam, re booking %s%d, please refund the €%d to IBAN: "
        % (r.choice(["ATX", "BK", "REF"]), r.randint(100000, 999999), r.randint(50, 2500)),
        (iban_typed(ib, r), "IBAN"), r.choice([" (name: %s)." % r.choice(LAST).title(), ". Regards", "\nthanks"]))
    c.a("We have received your refund request and will process it within 14 days.")
    return c


def iban_spoken(ib, r):
    out = []
    i = 0
    while i < len(ib):
        if ib[i].isalpha():
            out.append(spell_letter(ib[i], r, 0.5 if i < 2 else 0.2))
            i += 1
        else:
            j = i
            while j < len(ib) and ib[j].isdigit() and j - i < 4:
                j += 1
            out.append(speak(ib[i:j], r, zw=r.choice(["zero", "nought"]), pairs=0.3))
            i = j
    return " ".join(out)


def p_iban_asr(r):
    ib = gen_iban(r, r.choice(["IE", "GB", "DE"]))
    c = Case("positive", "asr: IBAN spoken in two halves over turns")
    c.a("and the iban for the refund")
    mid = 4 + 4 * r.randint(1, 3)
    c.c(r.choice(["okay it's ", "right, ", ""]), (iban_spoken(ib[:mid], r), "IBAN"))
    c.a(bc(r))
    c.c((iban_spoken(ib[mid:], r), "IBAN"))
    c.a("thanks, i'll put that through")
    return c


def p_phone_asr(r):
    disp, d = gen_phone(r, r.choice(["ukmob", "ukmob", "ukland", "us", "ie"]))
    c = Case("positive", "asr: phone number with doubles/triples and agent read-back")
    c.a("what's the best number to reach you on")
    g = chunk(d, [5, 6]) if d.startswith("07") else chunk(d, [3, 3, 4])
    c.c(r.choice(["it's ", "uh my mobile is ", "you can get me on ", ""]),
        (speak_groups(g, r, doubles=0.7, filler=0.3), "PHONE"))
    c.a("so that's ", (speak_groups(g, r, doubles=0.2, pairs=0.3), "PHONE"))
    c.c(r.choice(["yeah", "spot on"]))
    return c


def p_phone_intl(r):
    disp, d = gen_phone(r, r.choice(["ukintl", "usintl", "ieintl", "fr", "de"]))
    c = Case("positive", "typed chat: international phone number (leading + outside span)")
    lead = r.choice(["call me on ", "tel: ", "my number is ", "mob "])
    if disp.startswith("+"):
        c.c(lead + "+", (disp[1:], "PHONE"), r.choice([" after 5pm", " anytime", ". cheers"]))
    else:
        c.c(lead, (disp, "PHONE"), " thx")
    c.a("Thanks, we'll call you back within 2 hours.")
    return c


def p_phone_spoken_intl(r):
    _, d = gen_phone(r, r.choice(["ukintl", "ieintl"]))
    cc = "44" if d.startswith("44") else "353"
    rest = d[len(cc):]
    c = Case("positive", "asr: international phone with 00 country prefix, split across turns")
    c.a("and a contact number while you're abroad")
    c.c("it's ", (speak("00" + cc, r, doubles=0.8), "PHONE"), r.choice(["... ", ", "]),
        r.choice(["for the uk, ", "that's ireland, ", ""]))
    c.a(bc(r))
    c.c((speak_groups(chunk(rest, [3, 3, 4]), r, filler=0.3), "PHONE"))
    return c


def p_email_asr(r):
    local, dom = gen_email_parts(r)
    c = Case("positive", "asr: email address spelled out, with read-back")
    c.a("can i grab an email address for the confirmation")
    c.c(r.choice(["yeah it's ", "uh yeah so it's ", ""]), (email_spoken(local, dom, r), "EMAIL"))
    c.a("so that's ", (email_spoken(local, dom, r), "EMAIL"), r.choice([" yeah", ""]))
    c.c("yep")
    return c


def p_email_typed(r):
    local, dom = gen_email_parts(r)
    c = Case("positive", "typed chat: email with label and phone")
    disp, d = gen_phone(r, r.choice(["ukmob", "us", "ie"]))
    c.c(r.choice(["email: ", "E-mail - ", "my email is ", "pls use "]), (email_typed(local, dom, r), "EMAIL"),
        r.choice([" or ring ", " / tel ", " ph: "]), (disp, "PHONE"))
    c.a("Thanks! I've added those to ticket %d." % r.randint(100000, 9999999))
    return c


def p_address_uk_asr(r):
    addr = gen_address(r, True)
    pc = gen_uk_postcode(r)
    c = Case("positive", "asr (UK telecom): address and postcode spoken, postcode read back")
    c.a("can you confirm the first line of the address and the postcode")
    c.c(r.choice(["yeah it's ", "um ", ""]), (addr, "ADDRESS"), ", %s" % r.choice(TOWNS_UK).lower())
    c.a("and the postcode")
    c.c((postcode_spoken(pc, r), "POSTCODE"))
    c.a("thanks so ", (pc.lower(), "POSTCODE"), r.choice([" yeah", ""]))
    return c


def p_address_us(r):
    addr = gen_address(r, False)
    town, state = r.choice(TOWNS_US)
    z = gen_zip(r)
    c = Case("positive", "typed (US retail delivery): street address and ZIP")
    c.c(r.choice(["ship to ", "new address: ", "Please deliver to "]), (addr, "ADDRESS"),
        ", %s, %s " % (town, state), (z, "POSTCODE"),
        r.choice([" - leave at back door", "", ". Order 11-%d" % r.randint(1000000, 9999999)]))
    c.a("Got it, your delivery window is 10am-2pm on Friday.")
    return c


def p_zip_asr(r):
    z = "%05d" % r.randint(1001, 99950)
    c = Case("positive", "asr (US): ZIP code and address for verification")
    addr = gen_address(r, True)
    c.a("can i get the billing zip code")
    c.c((speak(z, r, pairs=0.3), "POSTCODE"))
    c.a("and the street address")
    c.c((addr, "ADDRESS"))
    return c


def p_dob_verify(r):
    c = Case("positive", "asr (telecom security): DOB, postcode and mobile number")
    pc = gen_uk_postcode(r)
    _, d = gen_phone(r, "ukmob")
    c.a("for security can you give me your date of birth")
    c.c((gen_dob(r, True), "DOB"))
    c.a("and the postcode on the account")
    c.c((postcode_spoken(pc, r), "POSTCODE"))
    c.a("and the mobile number you're calling about")
    c.c((speak_groups(chunk(d, [5, 3, 3]), r, doubles=0.6), "PHONE"))
    c.a("thanks, you're through security. your contract ends on the %s of %s"
        % (ORD[r.randint(1, 28)], r.choice(MONTHS)))
    return c


def p_ssn_card_us(r):
    ssn = gen_ssn(r)
    card = gen_card(r)
    c = Case("positive", "typed (US retail credit application): SSN and card")
    c.c("ssn ", (ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], "SSN"),
        r.choice([" and card to pay the deposit ", ", card for deposit: "]),
        (card_typed(card, r), "CARD_NUMBER"), " cvv ", (rdig(r, 3), "CVV"))
    c.a("Thanks, the $%d deposit is confirmed." % r.randint(50, 500))
    return c


def p_expiry_cvv_asr(r):
    card = gen_card(r, "visa")
    c = Case("positive", "asr: full card then expiry and cvv with hesitation; agent confirms last four")
    c.a("long card number please")
    c.c((speak_groups(chunk(card, [4, 4, 4, 4]), r, filler=0.4), "CARD_NUMBER"))
    c.a("expiry")
    c.c(r.choice(["it's ", "uh ", "expires "]), (gen_expiry(r, True), "EXPIRY"))
    c.a("and the cvv")
    cvv = rdig(r, 3)
    c.c((speak(cvv, r, pairs=0.5), "CVV"), r.choice(["", " i think", ", yeah"]))
    c.a("perfect, card ending ", (speak(card[-4:], r), "CARD_NUMBER"), " is now on the account")
    return c


def p_ni_dob_asr(r):
    ni = gen_ni(r)
    c = Case("positive", "asr (UK pensions): NI number with a correction, DOB")
    c.a("national insurance number please")
    c.c((spell_letter(ni[0], r, 0.5) + " " + spell_letter(ni[1], r, 0.5) + " "
         + speak(ni[2:5], r, zw="zero"), "NI_NUMBER"),
        r.choice([" no sorry, ", "... hang on, let me start that again, "]),
        (ni_spoken(ni, r), "NI_NUMBER"))
    c.a("and date of birth")
    c.c((gen_dob(r, True), "DOB"))
    return c


def p_chat_mixed_ie(r):
    ib = gen_iban(r, "IE")
    disp, d = gen_phone(r, r.choice(["ie", "ieintl"]))
    c = Case("positive", "typed chat (Irish utility): IBAN and phone, lowercase")
    plus = "+" if disp.startswith("+") else ""
    c.c("hi can ye change my dd to ", (iban_typed(ib, r).lower(), "IBAN"), " ta. ph " + plus,
        (disp[len(plus):], "PHONE"))
    c.a("No problem, the direct debit will update from your next bill.")
    return c


POS = [(p_chat_card, 12), (p_asr_card_split, 14), (p_asr_card_correction, 8),
       (p_asr_card_aside, 9), (p_asr_card_pairs, 9), (p_email_card, 7),
       (p_ssn_typed, 12), (p_ssn_asr, 12), (p_ni_asr, 12), (p_ni_typed, 10),
       (p_sort_acct, 8), (p_sort_acct_typed, 6), (p_us_bank, 5),
       (p_iban_typed, 8), (p_iban_asr, 5), (p_phone_asr, 8), (p_phone_intl, 7),
       (p_phone_spoken_intl, 4), (p_email_asr, 8), (p_email_typed, 6),
       (p_address_uk_asr, 8), (p_address_us, 7), (p_zip_asr, 4),
       (p_dob_verify, 6), (p_ssn_card_us, 6), (p_expiry_cvv_asr, 7),
       (p_ni_dob_asr, 5), (p_chat_mixed_ie, 4)]


# --------------------------------------------------------------------------
# negative templates
# --------------------------------------------------------------------------

def n_order_like_card(r):
    num = rdig(r, 16)
    c = Case("negative", "order number read out in fours like a card")
    c.a("can i take the order number please")
    c.c("yeah the order number is ", speak_groups(chunk(num, [4, 4, 4, 4]), r))
    c.a("thanks, order " + num + " shipped yesterday")
    return c


def n_tracking_luhn(r):
    num = luhn_complete("4" + rdig(r, 14))
    lab = r.choice(["tracking number", "consignment no.", "parcel ref", "serial number"])
    c = Case("negative", "16-digit Luhn-valid %s (not a card)" % lab)
    c.c("my %s is %s and it still says in transit" % (lab, " ".join(chunk(num, [4, 4, 4, 4]))))
    c.a("I can see %s %s is with the courier, due by 6pm." % (lab, num))
    return c


def n_imei(r):
    imei = luhn_complete(rdig(r, 14))
    c = Case("negative", "telecom: IMEI (Luhn-valid 15 digits) with label")
    c.a("could you read me the imei from the back of the handset")
    c.c("imei " + speak_groups(chunk(imei, [5, 5, 5]), r))
    c.a("thanks, device IMEI %s is unblocked" % imei)
    return c


def n_last_four(r):
    l4 = rdig(r, 4)
    c = Case("negative", "card last four on their own (PCI-permitted)")
    c.a(r.choice(["is that the visa ending ", "I can see a card ending in ", "the card ending "]) + l4 + "?")
    c.c(r.choice(["yes the one ending ", "yeah ", "no, the one that ends "]) + speak(l4, r, pairs=0.4))
    c.a("ok, I'll refund £%d.%02d to that card" % (r.randint(1, 400), r.randint(0, 99)))
    return c


def n_amounts(r):
    c = Case("negative", "balances, amounts and percentages")
    amt = r.randint(100, 9999)
    c.a("your outstanding balance is %s pounds and %s pence" % (
        speak(str(amt), r, hundreds=0.9, pairs=0.8, doubles=0), speak(str(r.randint(11, 99)), r, pairs=1.0)))
    c.c("what? last month it was $%d,%03d.%02d" % (r.randint(1, 9), r.randint(0, 999), r.randint(0, 99)))
    c.a("there was a %d.%d%% price rise and a one-off charge of €%d.%02d" % (
        r.randint(1, 9), r.randint(0, 9), r.randint(10, 99), r.randint(0, 99)))
    return c


def n_times(r):
    c = Case("negative", "opening hours, times, durations")
    c.a("we're open %d till %d monday to friday and %d:%02d to %d on saturdays" % (
        r.randint(7, 9), r.randint(5, 8), r.randint(8, 10), r.choice([0, 30]), r.randint(1, 4)))
    c.c("i've been on hold for %s minutes" % speak(str(r.randint(21, 59)), r, pairs=1.0))
    c.a("sorry about that, the wait is around %d minutes at the moment, call back after %d:%02d pm"
        % (r.randint(5, 45), r.randint(1, 6), r.choice([0, 15, 30, 45])))
    return c


def n_reference(r):
    lab = r.choice(["claim reference", "ticket number", "invoice number", "case id",
                    "booking reference", "complaint ref"])
    num = rdig(r, r.choice([9, 10, 11, 12]))
    c = Case("negative", "%s of %d digits, spoken and typed" % (lab, len(num)))
    c.c("i've got a %s it's %s" % (lab, speak_groups(chunk(num, [3, 3, 3, 3]), r, pairs=0.3)))
    c.a("thanks, %s %s is showing as open" % (lab, num))
    return c


def n_meter(r):
    c = Case("negative", "utilities: meter readings and meter serial")
    rd = rdig(r, 5)
    c.a("can you give me the reading on the meter")
    c.c("it's %s" % speak(rd, r, doubles=0.4))
    c.a("thanks, reading %s submitted for meter serial %s%s" % (
        rd, r.choice(["E", "K", "G4"]), rdig(r, 9)))
    return c


def n_travel(r):
    c = Case("negative", "travel: flight, seat, gate, room numbers")
    c.a("you're on flight %s %d, seat %d%s, boarding from gate %d at %d:%02d" % (
        r.choice(["BA", "EI", "FR", "LH", "UA"]), r.randint(100, 9999), r.randint(1, 40),
        r.choice("ABCDEF"), r.randint(1, 60), r.randint(5, 22), r.choice([5, 20, 35, 50])))
    c.c("and the hotel is room %s" % speak(str(r.randint(101, 999)), r, hundreds=0.7))
    c.a("yes room %d, check in from 3pm for %d nights" % (r.randint(101, 999), r.randint(1, 14)))
    return c


def n_appt(r):
    c = Case("negative", "appointment, payment and contract dates (not DOB)")
    c.a("your appointment is on the %s of %s at %d %s" % (
        ORD[r.randint(1, 28)], r.choice(MONTHS), r.randint(8, 11), r.choice(["fifteen", "thirty", "o'clock"])))
    c.c("and when's the payment taken?")
    day = r.randint(1, 28)
    c.a("on %02d/%02d/%d, and your contract renews %s %d%s %d" % (
        r.randint(1, 28), r.randint(1, 12), r.randint(2025, 2027), r.choice(MONTHS).title(),
        day, sfx(day), r.randint(2025, 2028)))
    return c


def n_policy(r):
    c = Case("negative", "insurance: policy number spoken like a card")
    p = rdig(r, r.choice([12, 14, 16]))
    c.a("do you have your policy number handy")
    c.c("policy number %s" % speak_groups(chunk(p, [4, 4, 4, 4]), r, filler=0.3))
    c.a("thanks, that policy renews in %d days for £%d" % (r.randint(3, 60), r.randint(100, 900)))
    return c


def n_model(r):
    c = Case("negative", "retail: model and serial numbers with letters and digits")
    c.c("the washing machine model is %s-%d%s serial %s%s" % (
        r.choice(["WM", "HX", "QQ", "GB", "AB"]), r.randint(1000, 9999), r.choice("XYZ"),
        r.choice(["SN", "S/N "]), rdig(r, 10)))
    c.a("thanks, that model has a %d year warranty" % r.randint(1, 5))
    return c


def n_roads(r):
    c = Case("negative", "road names and route numbers without house numbers")
    c.c("the engineer couldn't find us, we're just off %s %s near the %s" % (
        r.choice(STREETS), r.choice(SUFFIX), r.choice(["A40", "M25", "N7", "I-95", "A1(M)", "M50"])))
    c.a("sorry, I'll ask them to come via %s %s, between %d and %d" % (
        r.choice(STREETS), r.choice(SUFFIX), r.randint(8, 11), r.randint(12, 17)))
    return c


def n_counts(r):
    c = Case("negative", "ages, counts, temperatures, years")
    c.c("my mum's %s and the heating's been off since %d, it's %d degrees in here" % (
        speak(str(r.randint(71, 99)), r, pairs=1.0), r.randint(2019, 2025), r.randint(3, 14)))
    c.a("I'm sorry, there are %d households affected and %s engineers out, "
        "we've had %s calls since %s" % (r.randint(100, 4000), UNITS[r.randint(3, 9)],
                                         speak(str(r.randint(200, 999)), r, hundreds=1.0),
                                         r.choice(["eight", "nine this morning", "tuesday"])))
    return c


def n_long_ref_typed(r):
    c = Case("negative", "long alphanumeric references with labels")
    c.c("Ref: %s-%d-%s, Invoice INV%s, PO %s" % (
        r.choice(["CLM", "TKT", "CASE"]), r.randint(2020, 2025), rdig(r, 6), rdig(r, 8), rdig(r, 10)))
    c.a("Thanks, I've attached invoice INV%s to case %s." % (rdig(r, 8), rdig(r, 7)))
    return c


def n_account_like(r):
    c = Case("negative", "customer/membership numbers labelled as such")
    lab = r.choice(["customer number", "loyalty card number", "membership number", "account reference"])
    n = rdig(r, r.choice([8, 9, 10]))
    c.a("what's your %s" % lab)
    c.c("it's on the letter, %s" % speak(n, r, doubles=0.4, pairs=0.2))
    c.a("found you, %s %s" % (lab, n))
    return c


def n_data_usage(r):
    c = Case("negative", "telecom: data allowance, bill amounts, plan codes")
    c.a("you've used %d.%d gig of your %d gig allowance, and %d minutes" % (
        r.randint(1, 99), r.randint(0, 9), r.choice([30, 50, 100]), r.randint(100, 1999)))
    c.c("so what's the bill, like %s?" % speak(str(r.randint(20, 99)), r, pairs=1.0))
    c.a("it's £%d.%02d on plan code %s%d" % (r.randint(10, 99), r.randint(0, 99),
                                             r.choice(["SIMO", "UL", "PAYM"]), r.randint(10, 999)))
    return c


def n_pin_time(r):
    c = Case("negative", "asr: clock times and durations spoken digit by digit")
    c.a("the engineer slot is between %s and %s" % (
        r.choice(["eight", "nine", "ten"]) + " " + r.choice(["o'clock", "thirty", "fifteen"]),
        r.choice(["twelve", "one", "two"]) + " " + r.choice(["o'clock", "thirty"])))
    c.c("can it be after %s" % r.choice(["three", "half four", "quarter past five"]))
    c.a("the next one is on the %s, job number %s" % (ORD[r.randint(1, 28)], rdig(r, 8)))
    return c


NEG = [(n_order_like_card, 8), (n_tracking_luhn, 7), (n_imei, 6), (n_last_four, 9),
       (n_amounts, 7), (n_times, 6), (n_reference, 8), (n_meter, 6), (n_travel, 6),
       (n_appt, 6), (n_policy, 6), (n_model, 5), (n_roads, 5), (n_counts, 5),
       (n_long_ref_typed, 5), (n_account_like, 6), (n_data_usage, 4), (n_pin_time, 4)]


# --------------------------------------------------------------------------
# generation
# --------------------------------------------------------------------------

def build():
    r = R
    pos_jobs = [f for f, k in POS for _ in range(k)]
    neg_jobs = [f for f, k in NEG for _ in range(k)]
    r.shuffle(pos_jobs)
    r.shuffle(neg_jobs)
    out = []
    for i, f in enumerate(pos_jobs, 1):
        c = f(r)
        out.append(("h347-pos-%03d" % i, c))
    for i, f in enumerate(neg_jobs, 1):
        c = f(r)
        out.append(("h347-neg-%03d" % i, c))
    lines = []
    for cid, c in out:
        rec = {"id": cid, "kind": c.kind, "turns": c.turns,
               "spans": sorted(c.spans, key=lambda s: (s["turn"], s["start"])),
               "note": c.note}
        lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------
UNIT_MAP = {w: str(i) for i, w in enumerate(UNITS)}
for _z in ("oh", "o", "nought", "zero", "nil"):
    UNIT_MAP[_z] = "0"
TEEN_MAP = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_MAP = {w: i for i, w in enumerate(TENS) if w}
FILLER_SET = {"um", "uh", "er", "erm", "ah", "and", "dash", "slash", "hyphen",
              "then", "space"}
NATO_REV = {v.replace("-", ""): k for k, v in NATO.items()}


def tokens(text):
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).split()


def norm(text, alnum=False):
    """Normalise a spoken/typed value to a compact string of digits (and
    upper-case letters when alnum)."""
    tk = tokens(text)
    out = []
    i = 0
    n = len(tk)
    while i < n:
        t = tk[i]
        nxt = tk[i + 1] if i + 1 < n else None
        if alnum and len(t) == 1 and nxt in ("for", "as"):
            out.append(t.upper())
            i += 3 if nxt == "for" else 4
        elif t in FILLER_SET:
            i += 1
        elif t in ("double", "triple") and nxt in UNIT_MAP:
            out.append(UNIT_MAP[nxt] * (2 if t == "double" else 3))
            i += 2
        elif t in UNIT_MAP and not (alnum and t == "o" and False):
            if nxt == "hundred":
                i += 2
                if i < n and tk[i] == "and":
                    i += 1
                rest = "00"
                if i < n and tk[i] in TEEN_MAP:
                    rest = TEEN_MAP[tk[i]]
                    i += 1
                elif i < n and tk[i] in TENS_MAP:
                    tv = TENS_MAP[tk[i]]
                    i += 1
                    u = "0"
                    if i < n and tk[i] in UNIT_MAP and UNIT_MAP[tk[i]] != "0":
                        u = UNIT_MAP[tk[i]]
                        i += 1
                    rest = str(tv) + u
                elif i < n and tk[i] in UNIT_MAP:
                    rest = "0" + UNIT_MAP[tk[i]]
                    i += 1
                out.append(UNIT_MAP[t] + rest)
            elif nxt == "thousand":
                i += 2
                if i < n and tk[i] == "and":
                    i += 1
                rest = "000"
                if i < n and tk[i] in TEEN_MAP:
                    rest = "0" + TEEN_MAP[tk[i]]
                    i += 1
                elif i < n and tk[i] in UNIT_MAP:
                    rest = "00" + UNIT_MAP[tk[i]]
                    i += 1
                out.append(UNIT_MAP[t] + rest)
            else:
                out.append(UNIT_MAP[t])
                i += 1
        elif t in TEEN_MAP:
            out.append(TEEN_MAP[t])
            i += 1
        elif t in TENS_MAP:
            tv = TENS_MAP[t]
            i += 1
            if i < n and tk[i] in UNIT_MAP and UNIT_MAP[tk[i]] != "0" and tk[i] not in ("o", "oh"):
                out.append(str(tv) + UNIT_MAP[tk[i]])
                i += 1
            else:
                out.append(str(tv) + "0")
        elif t.isdigit():
            out.append(t)
            i += 1
        elif alnum and len(t) == 1:
            out.append(t.upper())
            i += 1
        elif alnum and t in NATO_REV:
            out.append(NATO_REV[t].upper())
            i += 1
        elif alnum:
            out.append(t.upper())
            i += 1
        else:
            i += 1
    return "".join(out)


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    lens = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24}
    if s[:2] in lens and len(s) != lens[s[:2]]:
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
MONTH_RE = re.compile(r"\b(%s)" % "|".join(m[:3] for m in MONTHS))
STREET_RE = re.compile(r"\b(%s)\b" % "|".join(
    [s.lower() for s in SUFFIX] + [s.lower() for s in SUFFIX_ABBR.values()]))


def email_norm(text):
    t = " " + text.lower() + " "
    t = re.sub(r"\b([a-z]) (?:for|as in) [a-z-]+\b", r"\1", t)
    t = t.replace(" at ", "@").replace(" dot ", ".").replace(" underscore ", "_")
    # spoken digits inside the local part
    t = re.sub(r"\b(%s)\b" % "|".join(TENS[2:] + TEENS + UNITS + ["oh", "nought"]),
               lambda m: "<%s>" % m.group(1), t)
    t = re.sub(r"(?:<[a-z]+>\s*)+", lambda m: norm(m.group(0).replace("<", " ").replace(">", " ")), t)
    return t.replace(" ", "")


def valid_value(typ, text):
    low = text.lower()
    if typ == "CARD_NUMBER":
        d = norm(text)
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CVV":
        d = norm(text)
        return d.isdigit() and len(d) in (3, 4)
    if typ == "SSN":
        d = norm(text)
        return (d.isdigit() and len(d) == 9 and d[:3] not in ("000", "666")
                and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000")
    if typ == "NI_NUMBER":
        d = norm(text, alnum=True)
        return bool(NI_RE.fullmatch(d)) and d[:2] not in NI_BAD
    if typ == "SORT_CODE":
        d = norm(text)
        return d.isdigit() and len(d) == 6
    if typ == "BANK_ACCOUNT":
        d = norm(text)
        return d.isdigit() and 8 <= len(d) <= 12
    if typ == "IBAN":
        return iban_ok(norm(text, alnum=True))
    if typ == "PHONE":
        d = norm(text)
        return d.isdigit() and 10 <= len(d) <= 15
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", email_norm(text)))
    if typ == "POSTCODE":
        d = norm(text, alnum=True)
        return bool(UK_PC.fullmatch(d) or re.fullmatch(r"\d{5}(\d{4})?", d))
    if typ == "ADDRESS":
        first = tokens(text)[0]
        numeric = first.isdigit() or first in UNIT_MAP or first in TEEN_MAP or \
            first in TENS_MAP or first in ("flat", "apt")
        return numeric and bool(STREET_RE.search(low))
    if typ == "DOB":
        d = norm(text)
        if MONTH_RE.search(low):
            return 1 <= len(d) <= 6
        if len(d) == 6:
            return 1 <= int(d[2:4]) <= 12 or 1 <= int(d[:2]) <= 12
        if len(d) == 8:
            return True
        return False
    if typ == "EXPIRY":
        d = norm(text)
        if MONTH_RE.search(low):
            return len(d) in (2, 4)
        if len(d) in (3, 4, 6):
            m = int(d[:-2] if len(d) != 6 else d[:2])
            return 1 <= m <= 12
        return False
    return False


def check(content):
    errs = []
    ids = set()
    cnt = Counter()
    kinds = Counter()
    for ln, line in enumerate(content.splitlines(), 1):
        rec = json.loads(line)
        cid = rec["id"]
        if cid in ids:
            errs.append("dup id %s" % cid)
        ids.add(cid)
        kinds[rec["kind"]] += 1
        if set(rec) != {"id", "kind", "turns", "spans", "note"}:
            errs.append("%s: keys" % cid)
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"]:
                errs.append("%s: bad turn" % cid)
        if rec["kind"] == "negative" and rec["spans"]:
            errs.append("%s: negative with spans" % cid)
        if rec["kind"] == "positive" and not rec["spans"]:
            errs.append("%s: positive without spans" % cid)
        prev = {}
        vals = []
        for s in rec["spans"]:
            cnt[s["type"]] += 1
            if s["type"] not in TYPES:
                errs.append("%s: bad type" % cid)
            if not (0 <= s["turn"] < len(rec["turns"])):
                errs.append("%s: turn out of range" % cid)
                continue
            text = rec["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                errs.append("%s: offsets out of range" % cid)
                continue
            v = text[a:b]
            if not (v[0].isalnum() and v[-1].isalnum()):
                errs.append("%s: span not trimmed %r" % (cid, v))
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, v))
            if s["turn"] in prev and a < prev[s["turn"]]:
                errs.append("%s: overlapping spans" % cid)
            prev[s["turn"]] = b
            vals.append((s["type"], v))
        # group consecutive same-type pieces into whole values
        errs.extend("%s: %s" % (cid, e) for e in validate_groups(vals))
    return errs, cnt, kinds


def validate_groups(vals):
    errs = []
    used = [False] * len(vals)
    whole = []
    alone = [valid_value(t, v) for t, v in vals]
    for i in range(len(vals)):
        if used[i]:
            continue
        typ = vals[i][0]
        if alone[i]:
            used[i] = True
            whole.append(vals[i])
            continue
        acc = []
        idxs = []
        for j in range(i, min(len(vals), i + 8)):
            if vals[j][0] != typ or used[j] or (j > i and alone[j]):
                break
            acc.append(vals[j][1])
            idxs.append(j)
            if valid_value(typ, " ".join(acc)):
                for k in idxs:
                    used[k] = True
                whole.append((typ, " ".join(acc)))
                break
    for i, (typ, v) in enumerate(vals):
        if used[i]:
            continue
        # a fragment (restart / last-four confirmation) of a validated value
        alnum = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
        fv = norm(v, alnum)
        if fv and any(t == typ and fv in norm(w, alnum) for t, w in whole):
            continue
        # a leading piece whose continuation happened to be valid on its own
        if i + 1 < len(vals) and vals[i + 1][0] == typ and \
                valid_value(typ, v + " " + vals[i + 1][1]):
            continue
        errs.append("invalid %s value %r" % (typ, v))
    return errs


def main():
    content = build()
    if "--check" in sys.argv:
        ok = True
        if not os.path.exists(OUT):
            print("missing", OUT)
            return 1
        with open(OUT, encoding="utf-8") as f:
            disk = f.read()
        if disk != content:
            print("FAIL: file on disk is not byte-identical to regenerated output")
            ok = False
        errs, cnt, kinds = check(disk)
        for e in errs[:50]:
            print("FAIL:", e)
        if errs:
            ok = False
        if kinds["positive"] < 200 or kinds["negative"] < 100:
            print("FAIL: too few cases", dict(kinds))
            ok = False
        mins = {t: 10 for t in TYPES}
        mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
        for t, m in mins.items():
            if cnt[t] < m:
                print("FAIL: %s has %d spans (< %d)" % (t, cnt[t], m))
                ok = False
        print("cases:", dict(kinds))
        print("spans:", {t: cnt[t] for t in TYPES}, "total", sum(cnt.values()))
        print("CHECK PASSED" if ok else "CHECK FAILED")
        return 0 if ok else 1
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(content)
    print("wrote", os.path.normpath(OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate tests/fixtures/pii_holdout469/cases.jsonl (held-out PII redaction set).

Usage:
    python scripts/make_pii_holdout469.py           # (re)write the file
    python scripts/make_pii_holdout469.py --check   # regenerate + verify

Standard library only; a single random.Random(469241125) drives everything.
Turns are built from plain segments and labelled value segments, so every
offset is computed, never typed by hand.
"""
import argparse
import datetime
import json
import os
import random
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout469")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
SEED = 469241125

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
UNITS = {w: i for i, w in enumerate(UNIT_W)}
UNITS.update({"oh": 0, "nought": 0, "nil": 0})
TEENS = {w: 10 + i for i, w in enumerate(TEEN_W)}
TENS = {w: k * 10 for k, w in TENS_W.items()}
FILLERS = {"um", "uh", "er", "erm", "uhm", "hmm", "ah", "eh"}
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j",
        "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p",
        "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u",
        "victor": "v", "whiskey": "w", "whisky": "w", "xray": "x", "yankee": "y", "zulu": "z"}
NATO_BY_L = {}
for _w, _l in NATO.items():
    NATO_BY_L.setdefault(_l, _w)
ALT_SPELL = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward",
             "f": "freddie", "g": "george", "h": "harry", "j": "jack", "k": "king",
             "l": "london", "m": "mother", "n": "nancy", "p": "peter", "q": "queen",
             "r": "robert", "s": "sugar", "t": "tommy", "u": "uncle", "v": "victor",
             "w": "william", "x": "x-ray", "y": "yellow", "z": "zebra"}
IGNORE = {"and", "then", "dash", "space", "hyphen", "ext", "extension", "sorry", "the",
          "slash", "thousand", "plus", "x"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def toks(text):
    return re.findall(r"[a-z]+|\d|[@._+\-]", text.lower().replace("x-ray", "xray"))


def parse(text, mode):
    """Normalise spoken/typed forms. mode 'd' digits, 'a' alnum, 'e' email."""
    t = toks(text)
    out = []
    i = 0
    n = len(t)
    while i < n:
        w = t[i]
        nx = t[i + 1] if i + 1 < n else None
        if w.isdigit():
            out.append(w)
        elif w in FILLERS:
            pass
        elif w in ("double", "triple") and nx is not None:
            k = 2 if w == "double" else 3
            if nx in UNITS:
                out.append(str(UNITS[nx]) * k)
            elif nx == "o" and mode == "d":
                out.append("0" * k)
            elif len(nx) == 1 and mode != "d":
                out.append(nx * k)
            i += 1
        elif w in UNITS and nx == "hundred":
            head = str(UNITS[w])
            i += 2
            had_and = i < n and t[i] == "and"
            if had_and:
                i += 1
            tail = "00"
            a = t[i] if i < n else None
            b = t[i + 1] if i + 1 < n else None
            if a in TEENS:
                tail = str(TEENS[a]); i += 1
            elif a in TENS:
                if b in UNITS and UNITS[b] > 0:
                    tail = str(TENS[a] + UNITS[b]); i += 2
                else:
                    tail = str(TENS[a]); i += 1
            elif had_and and a in UNITS and UNITS[a] > 0:
                tail = "0" + str(UNITS[a]); i += 1
            out.append(head + tail)
            continue
        elif w in UNITS:
            out.append(str(UNITS[w]))
        elif w == "o" and mode == "d":
            out.append("0")
        elif w in TEENS:
            out.append(str(TEENS[w]))
        elif w in TENS:
            if nx in UNITS and UNITS[nx] > 0:
                out.append(str(TENS[w] + UNITS[nx])); i += 1
            else:
                out.append(str(TENS[w]))
        elif mode in ("a", "e") and len(w) == 1 and w.isalpha():
            if nx == "for" and i + 2 < n:
                i += 2
            elif nx == "as" and i + 3 < n and t[i + 2] == "in":
                i += 3
            out.append(w)
        elif mode == "a" and w in NATO:
            out.append(NATO[w])
        elif mode == "e":
            m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
            if w in m:
                out.append(m[w])
            elif w in (".", "@", "_", "-"):
                out.append(w)
            elif w in ("all", "lowercase", "one", "word", "no", "spaces"):
                pass
            else:
                out.append(w)
        elif mode == "a" and w not in IGNORE and w.isalpha() and w not in ("for", "as", "in"):
            out.append(w)
        i += 1
    return "".join(out)


def zero_word(r, region):
    if region == "UK":
        return r.choice(["oh", "oh", "zero", "nought"])
    if region == "IE":
        return r.choice(["oh", "zero"])
    return r.choice(["oh", "oh", "zero", "o"])


def say_single(r, chunk, zw, allow_double=True):
    words = []
    i = 0
    while i < len(chunk):
        d = chunk[i]
        run = 1
        while i + run < len(chunk) and chunk[i + run] == d:
            run += 1
        wd = zw if d == "0" else UNIT_W[int(d)]
        if allow_double and run >= 3 and r.random() < 0.6:
            words.append("triple " + wd); i += 3; continue
        if allow_double and run >= 2 and r.random() < 0.7:
            words.append("double " + wd); i += 2; continue
        words.append(wd); i += 1
    return " ".join(words)


def say_pair(chunk, zw):
    a, b = int(chunk[0]), int(chunk[1])
    if a == 0:
        return zw + " " + UNIT_W[b] if b else zw + " " + zw
    if a == 1:
        return TEEN_W[b]
    return TENS_W[a] + ("" if b == 0 else " " + UNIT_W[b])


def say_chunk(r, chunk, zw, style=None):
    if style is None:
        opts = ["single", "single", "single"]
        if len(chunk) % 2 == 0:
            opts += ["pairs", "pairs"]
        if len(chunk) == 3 and chunk[0] != "0":
            opts += ["hundred"]
        if len(chunk) == 4 and chunk[0] != "0" and chunk[2] != "0":
            opts += ["pairs"]
        style = r.choice(opts)
    if style == "pairs" and len(chunk) % 2 == 0:
        return " ".join(say_pair(chunk[k:k + 2], zw) for k in range(0, len(chunk), 2))
    if style == "hundred" and len(chunk) == 3 and chunk[0] != "0":
        h = UNIT_W[int(chunk[0])] + " hundred"
        rest = chunk[1:]
        if rest == "00":
            return h
        if rest[0] == "0":
            return h + " and " + UNIT_W[int(rest[1])]
        return h + r.choice([" and ", " "]) + say_pair(rest, zw)
    return say_single(r, chunk, zw)


def speak(r, digits, groups=None, region="US", fillers=0.15, joiners=None, style=None):
    """Speak a digit string; guaranteed to round-trip through parse(...,'d')."""
    zw = zero_word(r, region)
    if groups is None:
        groups = [len(digits)]
    chunks = []
    p = 0
    for g in groups:
        chunks.append(digits[p:p + g]); p += g
    if p < len(digits):
        chunks.append(digits[p:])
    for _ in range(6):
        parts = []
        for ci, ch in enumerate(chunks):
            s = say_chunk(r, ch, zw, style)
            parts.append(s)
        out = parts[0]
        for s in parts[1:]:
            j = r.choice(joiners or [", ", " ", ", ", " ... "])
            if r.random() < fillers:
                j = r.choice([", um, ", " uh ", ", er ", " erm "])
            out += j + s
        if parse(out, "d") == digits:
            return out
    return " ".join(say_single(r, ch, zw, False) for ch in chunks)


def spell_alnum(r, s, region="UK", nato_p=0.3):
    """Spell letters/digits one by one, sometimes with 'x for xray'."""
    zw = r.choice(["zero", "oh"]) if region != "UK" else r.choice(["zero", "oh", "nought"])
    words = []
    for ch in s.lower():
        if ch.isdigit():
            words.append(zw if ch == "0" else UNIT_W[int(ch)])
        elif ch == " ":
            continue
        else:
            x = r.random()
            if x < nato_p:
                words.append(ch + " for " + NATO_BY_L[ch])
            elif x < nato_p + 0.1 and ch in ALT_SPELL:
                words.append(ch + " as in " + ALT_SPELL[ch])
            else:
                words.append(ch)
    return " ".join(words)


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


def make_card(r):
    brand = r.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    pref, ln = {"visa": ("4", 16), "mc": ("5" + r.choice("12345"), 16), "amex": (r.choice(["34", "37"]), 15),
                "disc": ("6011", 16), "visa13": ("4", 13), "maestro19": ("6759", 19),
                "mc2": ("22" + str(r.randint(21, 70)), 16)}[brand]
    body = pref + "".join(str(r.randint(0, 9)) for _ in range(ln - len(pref) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(num):
    if len(num) == 15:
        return [4, 6, 5]
    if len(num) == 13:
        return [4, 4, 5]
    if len(num) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def group(s, sizes, sep):
    out, p = [], 0
    for g in sizes:
        if p >= len(s):
            break
        out.append(s[p:p + g]); p += g
    if p < len(s):
        out.append(s[p:])
    return sep.join(out)


def typed_card(r, num):
    x = r.random()
    if x < 0.25:
        return num
    if x < 0.5:
        return group(num, card_groups(num), " ")
    if x < 0.65:
        return group(num, card_groups(num), "-")
    if x < 0.75:
        return group(num, card_groups(num), r.choice(["  ", ".", " - "]))
    sizes = []
    while sum(sizes) < len(num):
        sizes.append(r.choice([2, 3, 4, 5, 6]))
    return group(num, sizes, " ")


def make_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(r):
    while True:
        p = r.choice(NI_L1) + r.choice(NI_L2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(r.randint(0, 9)) for _ in range(6)) + r.choice("ABCD")


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
BANK_L = "ABCDEFGHJKLMNPRSTUVWXYZ"


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def make_iban(r):
    cc = r.choice(["GB", "GB", "IE", "IE", "DE", "FR", "ES", "NL", "IT"])
    rd = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    rl = lambda k: "".join(r.choice(BANK_L) for _ in range(k))
    bban = {"GB": lambda: rl(4) + rd(14), "IE": lambda: rl(4) + rd(14), "DE": lambda: rd(18),
            "FR": lambda: rd(23), "ES": lambda: rd(20), "NL": lambda: rl(4) + rd(10),
            "IT": lambda: rl(1) + rd(10) + rd(12)}[cc]()
    cd = 98 - iban_num(bban + cc + "00") % 97
    return cc + "%02d" % cd + bban


def iban_ok(s):
    s = s.upper()
    return bool(re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", s)) and iban_num(s[4:] + s[:4]) % 97 == 1


def make_routing(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        d[0] = r.choice([0, 1, 2, 3])
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def aba_ok(s):
    x = list(map(int, s))
    return len(x) == 9 and (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0


UK_AREAS = ["SW", "SE", "NW", "N", "E", "W", "EC", "WC", "M", "B", "L", "LS", "G", "EH", "CF",
            "BS", "NG", "CB", "BT", "DN", "KT", "RG", "TN", "PE", "S", "NE", "CR", "HA", "BR", "DA",
            "ME", "GU", "LE", "CH", "SA", "AB"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_pc(r):
    a = r.choice(UK_AREAS)
    x = r.random()
    if x < 0.15 and a in ("SW", "EC", "WC", "W", "E", "N", "NW", "SE"):
        d = str(r.randint(1, 9)) + r.choice("ABHPRVWXY")
    elif x < 0.55:
        d = str(r.randint(1, 9))
    else:
        d = str(r.randint(10, 29))
    return a + d + " " + str(r.randint(0, 9)) + r.choice(INWARD_L) + r.choice(INWARD_L)


PC_RE = re.compile(r"^([A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(\d{4})?)$")

FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "chloe", "dmitri", "grace",
         "kwame", "niamh", "carlos", "mei", "fatima", "owen", "ruth", "jorge", "hannah", "sean"]
LAST = ["okafor", "murphy", "smith", "patel", "nguyen", "o'brien", "kowalski", "garcia", "walsh",
        "reid", "fischer", "dubois", "hughes", "bennett", "khan", "rossi", "byrne", "lopez", "clarke"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com",
           "eircom.net", "comcast.net", "aol.com", "proton.me", "web.de", "orange.fr", "mail.com"]
STREETS = ["acacia", "harbour", "station", "maple", "church", "kingsway", "elm", "mill", "victoria",
           "oak", "riverside", "beech", "highfield", "park", "grove", "cedar", "willow", "lincoln",
           "washington", "meadow", "ashgrove", "glenview", "palmer", "sycamore", "chestnut"]
SUFF_UK = ["road", "street", "avenue", "lane", "close", "crescent", "drive", "gardens", "terrace", "way"]
SUFF_US = ["street", "avenue", "drive", "boulevard", "court", "lane", "road", "place", "parkway"]
TOWNS_UK = ["Leeds", "Croydon", "Bristol", "Manchester", "Swansea", "Glasgow", "Reading", "Belfast"]
TOWNS_IE = ["Dublin 8", "Cork", "Galway", "Limerick"]
TOWNS_US = [("Columbus", "OH"), ("Tucson", "AZ"), ("Albany", "NY"), ("Plano", "TX"), ("Boise", "ID"),
            ("Dayton", "OH"), ("Tampa", "FL"), ("Madison", "WI"), ("Fresno", "CA")]
ADDR_SUFFIX_RE = re.compile(r"\b(" + "|".join(sorted(set(SUFF_UK + SUFF_US + ["st", "rd", "ave", "dr", "blvd", "ln"]))) + r")\b", re.I)

INDUSTRY = {
    "banking": ["Thanks for calling Northgate Bank, how can I help?", "You're through to card services.",
                "Hi, you're chatting with Ellis from Harbour Credit Union."],
    "telecom": ["Welcome to Vantel Mobile support.", "Hi, this is Dana at Skylink broadband."],
    "utilities": ["Brightwater Energy, you're speaking to Joe.", "Thanks for contacting Civic Water billing."],
    "retail": ["Hi! Thanks for contacting ShopWell customer care.", "Hello, Marlow & Finch online orders."],
    "insurance": ["Good morning, Keystone Mutual claims line.", "Thank you for calling Redwood Auto Insurance."],
    "travel": ["AeroNova reservations, how may I help?", "Hi, Wanderlane Holidays, Priya speaking."],
    "healthcare": ["Valley Health patient billing, this is Marcus.", "Thanks for calling Summit Medical Group billing."],
    "government": ["You're through to the council tax team.", "Department of Revenue taxpayer services, how can I help?"],
}
IND_LIST = sorted(INDUSTRY)


def dob_texts(r, y, m, d, region, asr):
    mn = MONTHS[m - 1]
    ordw = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
            "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]
    yy = "%02d" % (y % 100)
    if not asr:
        opts = ["%02d/%02d/%d" % ((d, m, y) if region != "US" else (m, d, y)),
                "%d %s %d" % (d, mn.capitalize(), y), "%s %d, %d" % (mn.capitalize(), d, y),
                "%d-%02d-%02d" % (y, m, d), "%02d.%02d.%s" % (d, m, yy) if region != "US" else "%d/%d/%s" % (m, d, yy),
                "%s %s %d" % (ordw[d - 1].replace(" ", "-"), mn[:3], y)]
        return r.choice(opts)
    ys = say_pair(str(y)[:2], "oh") + " " + say_pair(str(y)[2:], "oh")
    opts = ["the %s of %s %s" % (ordw[d - 1], mn, ys), "%s %s %s" % (mn, ordw[d - 1], ys),
            "%s %s, %s" % (ordw[d - 1], mn, say_pair(yy, "oh")),
            speak(r, "%02d%02d%s" % ((m, d, yy) if region == "US" else (d, m, yy)), [2, 2, 2], region, 0.0, [" ", ", "])]
    return r.choice(opts)


def exp_texts(r, m, y, asr):
    yy = "%02d" % (y % 100)
    if not asr:
        return r.choice(["%02d/%s" % (m, yy), "%02d/%d" % (m, y), "%02d%s" % (m, yy), "%d/%s" % (m, yy),
                         "%02d-%s" % (m, yy), "%s %d" % (MONTHS[m - 1][:3].capitalize(), y)])
    return r.choice([speak(r, "%02d%s" % (m, yy), [2, 2], "US", 0.0, [" ", ", ", " slash "]),
                     "%s %s" % (MONTHS[m - 1], say_pair(yy, "oh")),
                     "%s twenty %s" % (MONTHS[m - 1], say_pair(yy, "oh")),
                     "%s two thousand and %s" % (MONTHS[m - 1], say_pair(yy, "oh"))])


# ---------------------------------------------------------------- case builder
class Val:
    def __init__(self, typ, canon, extra=None):
        self.typ, self.canon, self.extra = typ, canon, extra or {}
        self.pieces = []


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []
        self.spans = []
        self.vals = []

    def val(self, typ, canon, **extra):
        v = Val(typ, canon, extra)
        self.vals.append(v)
        return v

    def say(self, speaker, *parts):
        """parts: str, or (text, Val) / (text, Val, role) with role full|partial|frag."""
        text = ""
        for p in parts:
            if isinstance(p, str):
                text += p
            else:
                t, v = p[0], p[1]
                role = p[2] if len(p) > 2 else "full"
                s = len(text)
                text += t
                self.spans.append({"turn": len(self.turns), "start": s, "end": len(text), "type": v.typ})
                v.pieces.append((t, role))
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def to_obj(self, cid):
        return {"id": cid, "kind": self.kind, "turns": self.turns,
                "spans": sorted(self.spans, key=lambda s: (s["turn"], s["start"])), "note": self.note}


def chat_case(r, kind, note, ind=None):
    c = Case(kind, note)
    ind = ind or r.choice(IND_LIST)
    c.say("agent", r.choice(INDUSTRY[ind]))
    return c, ind


BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yes", "ok go ahead", "mm hmm"]


def asr_intro(r, c, what):
    c.say("agent", r.choice(["can i take the %s please", "and what's the %s", "could you read me the %s",
                             "i just need the %s for security", "okay so the %s when you're ready"]) % what)


# ---------------------------------------------------------------- positives
def p_card_chat(r):
    c, ind = chat_case(r, "positive", "typed card number in chat with expiry/cvv", r.choice(["retail", "travel", "telecom", "banking"]))
    num = make_card(r)
    v = c.val("CARD_NUMBER", num)
    c.say("agent", "Sure, I can take the payment here. What's the long card number?")
    lead = r.choice(["card no: ", "Card number is ", "here you go ", "its ", "CC#: ", "", "ok - ", "number: "])
    c.say("customer", lead, (typed_card(r, num), v), r.choice(["", " ", "  thx", " (visa debit)", "."]).rstrip() if False else r.choice(["", " thanks", " - it's my husband's card but he's here", "."]))
    y, m = r.randint(2025, 2032), r.randint(1, 12)
    e = c.val("EXPIRY", (m, y))
    cv = "%04d" % r.randint(0, 9999) if len(num) == 15 else "%03d" % r.randint(0, 999)
    cvv = c.val("CVV", cv)
    c.say("agent", "Thanks. Expiry and the security code on the back?")
    et = exp_texts(r, m, y, False)
    form = r.randint(0, 3)
    if form == 0:
        c.say("customer", "exp ", (et, e), " cvv ", (cv, cvv))
    elif form == 1:
        c.say("customer", (et, e), ", ", (cv, cvv))
    elif form == 2:
        c.say("customer", "Expires ", (et, e), ". Security code ", (cv, cvv), " I think")
    else:
        c.say("customer", "EXP: ", (et, e), "\nCVC: ", (cv, cvv))
    if r.random() < 0.5:
        c.say("agent", "Thank you, payment of $%d.%02d taken on the card ending " % (r.randint(10, 900), r.randint(0, 99)),
              (num[-4:], v, "partial"), ".")
    return c


def p_card_asr_split(r):
    region = r.choice(["UK", "US", "IE"])
    c, ind = chat_case(r, "positive", "ASR card reading split over turns with back-channels (%s)" % region)
    num = make_card(r)
    v = c.val("CARD_NUMBER", num)
    asr_intro(r, c, "long number across the front of the card")
    gs = card_groups(num)
    p = 0
    chunks = []
    for g in gs:
        chunks.append(num[p:p + g]); p += g
    k = 0
    while k < len(chunks):
        take = r.choice([1, 1, 2]) if k < len(chunks) - 1 else 1
        piece = "".join(chunks[k:k + take])
        spoken = speak(r, piece, [len(x) for x in chunks[k:k + take]], region, 0.2)
        pre = r.choice(["", "", "okay ", "it's ", "um ", "right "]) if k == 0 else r.choice(["", "", "then ", "and "])
        post = r.choice(["", "", " ... ", " yeah"])
        c.say("customer", pre, (spoken, v), post)
        k += take
        if k < len(chunks):
            c.say("agent", r.choice(BACKCH))
    if r.random() < 0.6:
        c.say("agent", "so that's ", (speak(r, num, gs, region, 0.0, [", "]), v), " is that right")
        c.say("customer", r.choice(["yes", "yeah that's it", "correct"]))
    return c


def p_card_restart(r):
    region = r.choice(["UK", "US"])
    c, ind = chat_case(r, "positive", "ASR card reading restarted after losing place, with aside")
    num = make_card(r)
    v = c.val("CARD_NUMBER", num)
    asr_intro(r, c, "card number")
    gs = card_groups(num)
    frag = num[:gs[0] + r.randint(1, 3)]
    aside = r.choice(["hang on the light's terrible in here", "sorry the dog's going mad",
                      "wait let me get my glasses", "hold on my thumb's over it"])
    c.say("customer", (speak(r, frag, [gs[0]], region, 0.1), v, "partial"), " ... ", aside, " ... ok let me start again ",
          (speak(r, num, gs, region, 0.25), v))
    c.say("agent", r.choice(["lovely thank you", "perfect", "got it thanks"]), " and the expiry")
    y, m = r.randint(2025, 2031), r.randint(1, 12)
    e = c.val("EXPIRY", (m, y))
    c.say("customer", r.choice(["it's ", "", "expires "]), (exp_texts(r, m, y, True), e))
    if r.random() < 0.7:
        cv = "%03d" % r.randint(0, 999) if len(num) != 15 else "%04d" % r.randint(0, 9999)
        cvv = c.val("CVV", cv)
        c.say("agent", "and the three digits on the back")
        c.say("customer", r.choice(["", "um ", "that's "]), (speak(r, cv, None, region, 0.0), cvv))
    return c


def p_card_correction(r):
    region = r.choice(["UK", "US", "IE"])
    c, ind = chat_case(r, "positive", "ASR card reading with self-correction of one group")
    num = make_card(r)
    v = c.val("CARD_NUMBER", num)
    asr_intro(r, c, "card number")
    gs = card_groups(num)
    chunks, p = [], 0
    for g in gs:
        chunks.append(num[p:p + g]); p += g
    bad_i = r.randrange(1, len(chunks))
    wrong = str((int(chunks[bad_i][0]) + 3) % 10) + chunks[bad_i][1:2]
    parts = [r.choice(["yeah it's ", "", "okay "])]
    for i, ch in enumerate(chunks):
        if i:
            parts.append(r.choice([", ", " ", " ... "]))
        if i == bad_i:
            parts += [(speak(r, wrong, None, region, 0.0), v, "frag"),
                      r.choice([" no sorry ", " no wait ", " oh no that's wrong ", " scratch that "])]
        parts.append((speak(r, ch, None, region, 0.1), v, "partial"))
    c.say("customer", *parts)
    c.say("agent", "okay let me read that back ", (speak(r, num, gs, region, 0.0, [", "]), v))
    c.say("customer", "that's it")
    return c


def p_card_email_form(r):
    c, ind = chat_case(r, "positive", "card details pasted with labels in an e-mail style message", r.choice(["travel", "retail", "insurance"]))
    num = make_card(r)
    v = c.val("CARD_NUMBER", num)
    y, m = r.randint(2025, 2032), r.randint(1, 12)
    e = c.val("EXPIRY", (m, y))
    c.say("agent", "Please reply with the card you'd like us to use for the balance of the booking.")
    lab = r.choice(["Card Number", "card#", "CARD NO.", "Credit card"])
    c.say("customer", "Hi,\nplease use this one:\n%s: " % lab, (typed_card(r, num), v),
          "\n%s: " % r.choice(["Exp", "Expiry", "Valid thru", "exp date"]), (exp_texts(r, m, y, False), e),
          "\nBooking ref: %s\nThanks" % "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))
    return c


def p_ssn_typed(r):
    c, ind = chat_case(r, "positive", "typed US SSN with varied grouping", r.choice(["banking", "government", "healthcare", "insurance"]))
    s = make_ssn(r)
    v = c.val("SSN", s)
    fmt = r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"]) % (s[:3], s[3:5], s[5:])
    if r.random() < 0.15:
        fmt = s[:3] + " " + s[3:6] + " " + s[6:]
    lead = r.choice(["SSN: ", "ssn is ", "my social is ", "Social Security #", "SS# ", "tax id (ssn) ", ""])
    c.say("agent", r.choice(["To verify, can you confirm your Social Security number?",
                             "I'll need the SSN on the account.", "What's the social on file?"]))
    c.say("customer", lead, (fmt, v), r.choice(["", " ", ".", " thanks"]).rstrip() or "")
    if r.random() < 0.4:
        c.say("agent", "Thanks, I've matched the SSN ending in ", (s[5:], v, "partial"), ".")
    return c


def p_ssn_spoken(r):
    c, ind = chat_case(r, "positive", "ASR SSN in mixed groupings (pairs, hundreds, doubles)", r.choice(["banking", "government", "healthcare", "insurance"]))
    s = make_ssn(r)
    v = c.val("SSN", s)
    c.say("agent", r.choice(["and can i get your social security number", "what's your social",
                             "can you verify the full social for me"]))
    gs = r.choice([[3, 2, 4], [3, 2, 4], [3, 3, 3], [5, 4], [9], [3, 2, 2, 2]])
    c.say("customer", r.choice(["yeah it's ", "sure ", "um ", "", "okay it's "]), (speak(r, s, gs, "US", 0.25), v))
    if r.random() < 0.5:
        c.say("agent", "thank you ", (speak(r, s, [3, 2, 4], "US", 0.0, [" ", ", "]), v))
    return c


def p_ssn_split(r):
    c, ind = chat_case(r, "positive", "ASR SSN split across turns with agent back-channel and read-back", r.choice(["banking", "government", "healthcare"]))
    s = make_ssn(r)
    v = c.val("SSN", s)
    c.say("agent", "i'll need your social to pull up the file")
    c.say("customer", r.choice(["okay ", "it's ", "so "]), (speak(r, s[:3], None, "US", 0.1), v))
    c.say("agent", r.choice(BACKCH))
    c.say("customer", (speak(r, s[3:5], None, "US", 0.0), v), r.choice(["", " ... "]))
    c.say("agent", r.choice(BACKCH))
    c.say("customer", r.choice(["", "and ", "then "]), (speak(r, s[5:], None, "US", 0.15), v))
    if r.random() < 0.6:
        c.say("agent", "perfect so ", (speak(r, s, [3, 2, 4], "US", 0.0), v), " thank you")
    return c


def p_ssn_partial(r):
    c, ind = chat_case(r, "positive", "partial SSN (last four / first five) used for verification", r.choice(["banking", "healthcare", "insurance", "government"]))
    s = make_ssn(r)
    v = c.val("SSN", s)
    which = r.choice(["last4", "last4", "first5"])
    if which == "last4":
        c.say("agent", r.choice(["can you give me the last four of your social", "last four digits of the SSN please"]))
        txt = speak(r, s[5:], None, "US", 0.1) if r.random() < 0.7 else s[5:]
        c.say("customer", r.choice(["", "it's ", "uh "]), (txt, v, "partial"))
    else:
        c.say("agent", "and the first five of your social security number")
        c.say("customer", (speak(r, s[:5], [3, 2], "US", 0.1), v, "partial"))
    c.say("agent", r.choice(["thanks that matches", "great you're verified"]), ", and your member ID is %s, correct?" % ("".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + str(r.randint(100000000, 999999999))))
    c.say("customer", "yes")
    return c


def p_ni_typed(r):
    c, ind = chat_case(r, "positive", "typed UK NI number, case/spacing variation", r.choice(["government", "banking", "utilities", "insurance"]))
    ni = make_ni(r)
    v = c.val("NI_NUMBER", ni)
    t = r.choice([ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
                  "%s%s %s" % (ni[:2], ni[2:8], ni[8]), ni[:2].lower() + " " + ni[2:8] + " " + ni[8].lower(),
                  "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])])
    c.say("agent", r.choice(["Please confirm your National Insurance number.", "Can I have your NINO?"]))
    c.say("customer", r.choice(["NI no: ", "ni number ", "It's ", "nat ins ", ""]), (t, v), r.choice(["", " cheers", "."]))
    return c


def p_ni_spoken(r):
    c, ind = chat_case(r, "positive", "ASR NI number spelled with NATO/phonetic letters, split", r.choice(["government", "banking", "utilities"]))
    ni = make_ni(r)
    v = c.val("NI_NUMBER", ni)
    c.say("agent", "can i take your national insurance number")
    if r.random() < 0.5:
        c.say("customer", r.choice(["yeah it's ", "", "erm "]), (spell_alnum(r, ni[:2], "UK", 0.5) + " " + speak(r, ni[2:8], [2, 2, 2], "UK", 0.1) + " " + spell_alnum(r, ni[8], "UK", 0.4), v))
    else:
        c.say("customer", (spell_alnum(r, ni[:2], "UK", 0.6), v))
        c.say("agent", r.choice(BACKCH))
        c.say("customer", (speak(r, ni[2:8], [2, 2, 2], "UK", 0.15), v))
        c.say("agent", "and the letter at the end")
        c.say("customer", (spell_alnum(r, ni[8], "UK", 0.7), v))
    if r.random() < 0.5:
        c.say("agent", "so that's ", (spell_alnum(r, ni, "UK", 0.2), v))
        c.say("customer", "yep")
    return c


def p_bank_uk(r):
    asr = r.random() < 0.55
    c, ind = chat_case(r, "positive", "UK sort code and account number (%s)" % ("ASR" if asr else "typed"), r.choice(["banking", "utilities", "government", "insurance"]))
    sc = "%06d" % r.randint(0, 999999)
    acct = "%08d" % r.randint(0, 99999999)
    sv, av = c.val("SORT_CODE", sc), c.val("BANK_ACCOUNT", acct)
    if asr:
        c.say("agent", "what's the sort code for the direct debit")
        c.say("customer", r.choice(["", "it's ", "er "]), (speak(r, sc, [2, 2, 2], "UK", 0.1, [" ", ", ", " dash "]), sv))
        c.say("agent", "and the account number")
        if r.random() < 0.5:
            c.say("customer", (speak(r, acct[:4], None, "UK", 0.1), av))
            c.say("agent", r.choice(BACKCH))
            c.say("customer", (speak(r, acct[4:], None, "UK", 0.1), av))
        else:
            c.say("customer", (speak(r, acct, [4, 4], "UK", 0.2), av))
    else:
        c.say("agent", "Which account should the refund go to?")
        st = r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        at = r.choice([acct, acct[:4] + " " + acct[4:]])
        form = r.randint(0, 2)
        if form == 0:
            c.say("customer", "sort code ", (st, sv), ", acct no: ", (at, av))
        elif form == 1:
            c.say("customer", "S/C ", (st, sv), " A/C ", (at, av), " (Nationwide)")
        else:
            c.say("customer", (at, av), " / ", (st, sv))
    return c


def p_bank_us(r):
    asr = r.random() < 0.5
    c, ind = chat_case(r, "positive", "US routing + account number (%s)" % ("ASR" if asr else "typed"), r.choice(["banking", "government", "utilities", "healthcare"]))
    rt = make_routing(r)
    acct = str(r.randint(10 ** 7, 10 ** 12 - 1))
    rv, av = c.val("BANK_ACCOUNT", rt, routing=True), c.val("BANK_ACCOUNT", acct)
    if asr:
        c.say("agent", "for autopay i'll need the routing number first")
        c.say("customer", r.choice(["okay the routing is ", "", "it's "]), (speak(r, rt, [3, 3, 3], "US", 0.15), rv))
        c.say("agent", r.choice(["got it, and the checking account number", "and the account number"]))
        gs = [3] * (len(acct) // 3)
        c.say("customer", (speak(r, acct, gs, "US", 0.2), av))
        if r.random() < 0.5:
            c.say("agent", "reading back account ", (speak(r, acct, gs, "US", 0.0), av))
    else:
        c.say("agent", "Please provide routing and account numbers for the direct deposit.")
        c.say("customer", r.choice(["Routing: ", "ABA ", "routing # "]), (rt, rv), r.choice(["\nAcct: ", ", account number ", " / checking "]), (acct, av))
    return c


def p_iban(r):
    asr = r.random() < 0.4
    c, ind = chat_case(r, "positive", "IBAN (%s)" % ("ASR chunked" if asr else "typed"), r.choice(["banking", "travel", "utilities", "retail"]))
    ib = make_iban(r)
    v = c.val("IBAN", ib)
    if not asr:
        t = r.choice([ib, " ".join(ib[k:k + 4] for k in range(0, len(ib), 4)), ib.lower(),
                      " ".join(ib[k:k + 4] for k in range(0, len(ib), 4)).lower()])
        c.say("agent", "Can you send the IBAN for the refund?")
        c.say("customer", r.choice(["IBAN: ", "iban ", "Here: ", ""]), (t, v), r.choice(["", " BIC to follow", "."]))
    else:
        c.say("agent", "go ahead with the iban")
        chunks = [ib[k:k + 4] for k in range(0, len(ib), 4)]
        half = len(chunks) // 2
        first = " ".join(spell_alnum(r, ch, "IE", 0.3) for ch in chunks[:half])
        second = " ".join(spell_alnum(r, ch, "IE", 0.2) for ch in chunks[half:])
        c.say("customer", (first, v))
        c.say("agent", r.choice(BACKCH))
        c.say("customer", (second, v))
    return c


def make_phone(r):
    kind = r.choice(["uk_mob", "uk_land", "us", "us", "us_ext", "ie", "de", "fr", "us_intl"])
    rd = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    if kind == "uk_mob":
        n = "07" + str(r.randint(4, 9)) + rd(8)
        intl = r.random() < 0.4
        return ("44" + n[1:], "+44 %s %s" % (n[1:5], n[5:]), n, [5, 6], "UK", "") if intl else (n, r.choice(["%s %s" % (n[:5], n[5:]), n, "%s-%s-%s" % (n[:5], n[5:8], n[8:])]), n, [5, 3, 3], "UK", "")
    if kind == "uk_land":
        n = "020" + r.choice("378") + rd(7)
        return (n, "%s %s %s" % (n[:3], n[3:7], n[7:]), n, [3, 4, 4], "UK", "")
    if kind in ("us", "us_ext", "us_intl"):
        n = str(r.randint(2, 9)) + rd(2) + str(r.randint(2, 9)) + rd(6)
        t = r.choice(["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
                      "%s.%s.%s" % (n[:3], n[3:6], n[6:]), n])
        ext = rd(r.choice([3, 4])) if kind == "us_ext" else ""
        if kind == "us_intl":
            return ("1" + n, "+1 %s %s %s" % (n[:3], n[3:6], n[6:]), "1" + n, [1, 3, 3, 4], "US", "")
        return (n, t, n, [3, 3, 4], "US", ext)
    if kind == "ie":
        n = "08" + r.choice("35679") + rd(7)
        return ("353" + n[1:], "+353 %s %s %s" % (n[1:3], n[3:6], n[6:]), n, [3, 3, 4], "IE", "") if r.random() < 0.5 else (n, "%s %s %s" % (n[:3], n[3:6], n[6:]), n, [3, 3, 4], "IE", "")
    if kind == "de":
        n = "4930" + rd(8)
        return (n, "+49 30 %s %s" % (n[4:8], n[8:]), n, [2, 2, 4, 4], "EU", "")
    n = "336" + rd(8)
    return (n, "+33 6 %s %s %s %s" % (n[3:5], n[5:7], n[7:9], n[9:]), n, [2, 1, 2, 2, 2, 2], "EU", "")


def p_phone(r):
    canon, typed, spoken_digits, gs, region, ext = make_phone(r)
    asr = r.random() < 0.5
    c, ind = chat_case(r, "positive", "%s phone number %s%s" % (region, "ASR" if asr else "typed", " with extension" if ext else ""))
    v = c.val("PHONE", canon + ext, base=canon)
    c.say("agent", r.choice(["What's the best number to reach you on?", "can i get a callback number",
                             "Is there a daytime phone number?"]))
    if not asr:
        t = typed
        if ext:
            t += r.choice([" ext. ", " x", " ext ", " extension "]) + ext
        c.say("customer", r.choice(["", "tel: ", "mob ", "call me on ", "Phone #: ", "work: "]), (t, v), r.choice(["", " after 5pm", " (work)", "."]))
    else:
        if canon.startswith("44") or canon.startswith("353") or canon.startswith("49") or canon.startswith("33") or (canon.startswith("1") and len(canon) == 11):
            cc = canon[:2] if canon[:2] in ("44", "49", "33") else ("353" if canon.startswith("353") else "1")
            body = canon[len(cc):]
            sp = "plus " + speak(r, cc, None, region, 0.0) + " " + speak(r, body, [3, 3, 4], region, 0.15)
        else:
            sp = speak(r, canon, gs, region, 0.15)
        if ext:
            sp += r.choice([" extension ", " and then extension ", " ext "]) + speak(r, ext, None, "US", 0.0)
        if r.random() < 0.4 and len(sp.split(", ")) > 1:
            a, b = sp.split(", ", 1)
            c.say("customer", r.choice(["it's ", "", "yeah "]), (a, v))
            c.say("agent", r.choice(BACKCH))
            c.say("customer", (b, v))
        else:
            c.say("customer", r.choice(["it's ", "", "um my mobile is "]), (sp, v))
    return c


def make_email(r):
    f, l = r.choice(FIRST), r.choice(LAST).replace("'", "")
    form = r.randint(0, 5)
    user = [f + "." + l, f[0] + "." + l, f + l + str(r.randint(1, 99)), f + "_" + l, l + "." + f[0], f + "-" + l + str(r.randint(70, 99))][form]
    return user + "@" + r.choice(DOMAINS)


def speak_email(r, em):
    user, dom = em.split("@")
    out = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", user):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append(r.choice(["dash", "hyphen"]))
        elif tok.isdigit():
            out.append(say_pair(tok, "oh") if len(tok) == 2 else UNIT_W[int(tok)])
        elif len(tok) == 1:
            out.append(tok if r.random() < 0.6 else tok + " for " + NATO_BY_L[tok])
        else:
            out.append(tok)
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def p_email(r):
    em = make_email(r)
    asr = r.random() < 0.5
    c, ind = chat_case(r, "positive", "e-mail address %s" % ("spoken" if asr else "typed"))
    v = c.val("EMAIL", em)
    c.say("agent", r.choice(["What email should the receipt go to?", "can i confirm your email address",
                             "and an email for the confirmation"]))
    if asr:
        sp = speak_email(r, em)
        c.say("customer", r.choice(["it's ", "yeah it's ", "", "all lower case "]), (sp, v))
        if r.random() < 0.5:
            c.say("agent", "lovely so ", (speak_email(r, em), v))
            c.say("customer", "that's it")
    else:
        t = r.choice([em, em, em.upper() if r.random() < 0.3 else em[0].upper() + em[1:]])
        c.say("customer", r.choice(["", "email: ", "its ", "E-mail - ", "use "]), (t, v), r.choice(["", " pls", ".", " thanks!"]))
    return c


def p_dob(r):
    region = r.choice(["UK", "US", "IE"])
    y, m, d = r.randint(1938, 2005), r.randint(1, 12), r.randint(1, 28)
    asr = r.random() < 0.55
    c, ind = chat_case(r, "positive", "date of birth %s (%s)" % ("spoken" if asr else "typed", region))
    v = c.val("DOB", (y, m, d))
    c.say("agent", r.choice(["Can you confirm your date of birth?", "and your date of birth please", "DOB for security?"]))
    t = dob_texts(r, y, m, d, region, asr)
    c.say("customer", r.choice(["", "it's ", "DOB ", "born ", "um "]), (t, v), r.choice(["", " but the account's in my wife's name", ""]))
    if r.random() < 0.3:
        c.say("agent", "thanks, that's ", (dob_texts(r, y, m, d, region, asr), v), ", you're all verified")
    return c


def make_address(r, region):
    st = r.choice(STREETS)
    if region == "US":
        num = r.randint(10, 9999)
        suf = r.choice(SUFF_US)
        apt = r.random() < 0.3
        return num, st, suf, (("Apt %d%s" % (r.randint(1, 30), r.choice(["", "B", "C"]))) if apt else "")
    num = r.randint(1, 240)
    suf = r.choice(SUFF_UK)
    flat = r.random() < 0.3
    return num, st, suf, (("Flat %d" % r.randint(1, 40)) if flat else "")


def addr_text(r, a, region, asr):
    num, st, suf, unit = a
    if not asr:
        s = r.choice([st.capitalize(), st])
        sfx = suf.capitalize() if r.random() < 0.7 else r.choice([suf, {"street": "St", "road": "Rd", "avenue": "Ave", "drive": "Dr"}.get(suf, suf.capitalize())])
        core = "%d %s %s" % (num, s, sfx)
        if unit:
            return (unit + ", " + core) if region != "US" else (core + " " + unit)
        return core
    if region == "US" and num >= 1000 and num % 100 >= 10:
        n = say_pair(str(num)[:-2].zfill(2), "oh") + " " + say_pair(str(num)[-2:], "oh")
    else:
        n = speak(r, str(num), None, region if region != "EU" else "UK", 0.0)
    core = "%s %s %s" % (n, st, suf)
    if unit:
        u = unit.lower().replace("apt", "apartment")
        return (u + " " + core) if region != "US" else (core + " " + u)
    return core


def p_address(r):
    region = r.choice(["UK", "UK", "US", "US", "IE"])
    asr = r.random() < 0.45
    c, ind = chat_case(r, "positive", "postal address + %s (%s, %s)" % ("ZIP" if region == "US" else "postcode", region, "ASR" if asr else "typed"))
    a = make_address(r, region)
    av = c.val("ADDRESS", a)
    c.say("agent", r.choice(["What's the address on the account?", "can you confirm the first line of your address and postcode",
                             "where should we send the replacement"]))
    at = addr_text(r, a, region, asr)
    if region == "IE":
        c.say("customer", (at, av), ", " + r.choice(TOWNS_IE) + r.choice(["", ", Ireland"]))
        return c
    if region == "US":
        zp = "%05d" % r.randint(1000, 99999)
        plus4 = "%04d" % r.randint(0, 9999) if r.random() < 0.6 else ""
        pv = c.val("POSTCODE", zp + plus4)
        town, stt = r.choice(TOWNS_US)
        if asr:
            zt = speak(r, zp, None, "US", 0.0) + ((r.choice([" dash ", " ", " and then "]) + speak(r, plus4, None, "US", 0.0)) if plus4 else "")
            c.say("customer", (at, av), " in %s %s" % (town.lower(), r.choice(["ohio", "texas", "new york", "florida"]) if False else ""), "zip ", (zt, pv))
        else:
            zt = zp + ("-" + plus4 if plus4 else "")
            c.say("customer", (at, av), ", %s, %s " % (town, stt), (zt, pv))
    else:
        pc = make_uk_pc(r)
        pv = c.val("POSTCODE", pc.replace(" ", ""))
        town = r.choice(TOWNS_UK)
        if asr:
            c.say("customer", (at, av), " %s" % town.lower())
            c.say("agent", "and the postcode")
            c.say("customer", r.choice(["", "it's ", "er "]), (spell_alnum(r, pc, "UK", 0.35), pv))
        else:
            pt = r.choice([pc, pc.lower(), pc.replace(" ", "")])
            c.say("customer", (at, av), ", %s " % town, (pt, pv))
    return c


def p_verify_combo_us(r):
    c, ind = chat_case(r, "positive", "US healthcare/insurance verification: DOB, ZIP+4, SSN last four, phone w/ extension, claim no. distractor", r.choice(["healthcare", "insurance"]))
    y, m, d = r.randint(1940, 2000), r.randint(1, 12), r.randint(1, 28)
    dv = c.val("DOB", (y, m, d))
    c.say("agent", "before we discuss claim %d i need to verify you, date of birth" % r.randint(10 ** 9, 10 ** 10 - 1))
    c.say("customer", (dob_texts(r, y, m, d, "US", True), dv))
    zp, p4 = "%05d" % r.randint(1000, 99999), "%04d" % r.randint(0, 9999)
    zv = c.val("POSTCODE", zp + p4)
    c.say("agent", "and the zip code on file")
    z1 = speak(r, zp, None, "US", 0.1)
    zj = r.choice([" dash ", " "])
    z2 = speak(r, p4, None, "US", 0.0)
    c.say("customer", (z1 + zj + z2, zv), r.choice(["", " i think they want the plus four"]))
    s = make_ssn(r)
    sv = c.val("SSN", s)
    c.say("agent", "last four of the social")
    c.say("customer", (speak(r, s[5:], None, "US", 0.1), sv, "partial"))
    n = str(r.randint(2, 9)) + "%02d" % r.randint(0, 99) + str(r.randint(2, 9)) + "%06d" % r.randint(0, 999999)
    ext = str(r.randint(100, 9999))
    pv = c.val("PHONE", n + ext, base=n)
    c.say("agent", "and a work number where the nurse can reach you")
    c.say("customer", (speak(r, n, [3, 3, 4], "US", 0.1) + " extension " + speak(r, ext, None, "US", 0.0), pv))
    return c


def p_uk_account_update(r):
    c, ind = chat_case(r, "positive", "UK typed account update: NI, phone, postcode, e-mail in one message", r.choice(["government", "utilities", "banking"]))
    ni = make_ni(r)
    nv = c.val("NI_NUMBER", ni)
    n = "07" + str(r.randint(4, 9)) + "%08d" % r.randint(0, 99999999)
    pv = c.val("PHONE", n, base=n)
    pc = make_uk_pc(r)
    pcv = c.val("POSTCODE", pc.replace(" ", ""))
    em = make_email(r)
    ev = c.val("EMAIL", em)
    c.say("agent", "Please send the details you'd like updated.")
    c.say("customer", "new mob ", (n[:5] + " " + n[5:], pv), ", email ", (em, ev), ", NI ", (ni[:2] + " " + ni[2:8] + " " + ni[8], nv),
          ". moved to postcode ", (pc, pcv), " last month (ref %d)" % r.randint(10 ** 6, 10 ** 7 - 1))
    return c


def p_card_last4_after_full(r):
    c, ind = chat_case(r, "positive", "full card read then card-ending mention (labelled because full card read in same case)", "banking")
    num = make_card(r)
    v = c.val("CARD_NUMBER", num)
    asr_intro(r, c, "number of the card you want to cancel")
    c.say("customer", (speak(r, num, card_groups(num), "UK", 0.1), v))
    c.say("agent", "okay i've blocked the card ending ", (speak(r, num[-4:], None, "UK", 0.0), v, "partial"),
          ", a new one will arrive in five to seven working days")
    return c


# ---------------------------------------------------------------- negatives
def rdig(r, k):
    return "".join(str(r.randint(0, 9)) for _ in range(k))


def n_claim_spoken(r):
    c, ind = chat_case(r, "negative", "claim number spoken in card-like groups", "insurance")
    d = rdig(r, 16)
    c.say("agent", "do you have your claim number")
    c.say("customer", "yeah the claim number is " + speak(r, d, [4, 4, 4, 4], "US", 0.2))
    c.say("agent", "thanks, that claim was paid on the %s of march, $%d.%02d" % (r.choice(["third", "twelfth", "twenty first"]), r.randint(100, 5000), r.randint(0, 99)))
    return c


def n_member_id(r):
    c, ind = chat_case(r, "negative", "health plan member ID / group number said with label", "healthcare")
    mid = r.choice("ABCDEFGHJKMNPRSTWXYZ") + rdig(r, 8)
    grp = rdig(r, 6)
    if r.random() < 0.5:
        c.say("customer", "Member ID: %s, group # %s" % (mid, grp))
    else:
        c.say("customer", "my member id is %s %s and the group number is %s" % (spell_alnum(r, mid[0], "US", 0.6), speak(r, mid[1:], [3, 3, 2], "US", 0.1), speak(r, grp, [3, 3], "US", 0.0)))
    c.say("agent", "thank you, I see the visit on %d/%d for $%d.00" % (r.randint(1, 12), r.randint(1, 28), r.randint(40, 900)))
    return c


def n_npi(r):
    c, ind = chat_case(r, "negative", "provider NPI and tax ID style numbers said with label", "healthcare")
    npi = "1" + rdig(r, 9)
    c.say("agent", "which provider billed you?")
    c.say("customer", r.choice(["the bill says NPI %s" % npi, "the npi is " + speak(r, npi, [3, 3, 4], "US", 0.1),
                                "Rendering provider NPI: %s, CPT code 99214" % npi]))
    c.say("agent", "okay and that's for the $%d copay from last tuesday" % r.randint(10, 80))
    return c


def n_medicare(r):
    c, ind = chat_case(r, "negative", "Medicare/Medicaid-style beneficiary ID said with its label", "healthcare")
    L = "ACDEFGHJKMNPQRTUVWXY"
    mbi = str(r.randint(1, 9)) + r.choice(L) + r.choice(L + "0123456789") + str(r.randint(0, 9)) + r.choice(L) + r.choice(L + "0123456789") + str(r.randint(0, 9)) + r.choice(L) + r.choice(L) + rdig(r, 2)
    t = r.choice([mbi, "%s-%s-%s" % (mbi[:4], mbi[4:7], mbi[7:])])
    c.say("customer", "My Medicare number is %s, the one on the red white and blue card" % t if r.random() < 0.6 else "medicaid id %s" % rdig(r, 10))
    c.say("agent", "Thanks, your Part B deductible of $%d is met." % r.choice([240, 257, 226]))
    return c


def n_order_tracking(r):
    c, ind = chat_case(r, "negative", "order and tracking numbers (long digit strings) with labels", "retail")
    order = "%s-%s-%s" % (rdig(r, 3), rdig(r, 7), rdig(r, 7))
    trk = r.choice(["1Z" + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)),
                    " ".join(rdig(r, 4) for _ in range(5)) + " " + rdig(r, 2), rdig(r, 12)])
    c.say("customer", "Order #%s still hasn't arrived, tracking %s" % (order, trk))
    c.say("agent", "I'm sorry! It shows out for delivery by 8pm, %d items, $%d.%02d." % (r.randint(2, 9), r.randint(20, 400), r.randint(0, 99)))
    return c


def n_amounts(r):
    c, ind = chat_case(r, "negative", "balances, amounts, percentages, counts", r.choice(["banking", "utilities", "telecom"]))
    c.say("customer", r.choice(["what's my balance", "how much do i owe", "why has my bill gone up"]))
    c.say("agent", r.choice([
        "your balance is %s pounds and %s pence, and the minimum payment is %s" % (speak(r, str(r.randint(100, 999)), None, "UK", 0, style="hundred"), say_pair("%02d" % r.randint(10, 99), "oh"), "twenty five pounds"),
        "Current balance $%s.%02d, APR %d.%d%%, credit limit $%d,000" % ("{:,}".format(r.randint(1000, 19999)), r.randint(0, 99), r.randint(12, 29), r.randint(0, 9), r.randint(2, 15)),
        "the unit rate went from %d.%02dp to %d.%02dp per kWh, that's about %d percent" % (r.randint(20, 30), r.randint(0, 99), r.randint(24, 35), r.randint(0, 99), r.randint(5, 30)),
        "you've used %d gigabytes of your %d, and there's an outstanding amount of %d euro %d" % (r.randint(5, 99), r.choice([50, 100, 150]), r.randint(10, 200), r.randint(10, 99))]))
    return c


def n_times_dates(r):
    c, ind = chat_case(r, "negative", "appointment/payment/contract dates, opening hours, durations")
    c.say("agent", r.choice([
        "Your engineer appointment is Thursday 14 March 2025 between 8am and 1pm.",
        "we're open eight till eight monday to friday and nine till five on saturday",
        "the direct debit will come out on the 1st of every month, starting 01/07/2025",
        "your contract ends 09/27 so you'll be out of contract in about %d months" % r.randint(2, 30),
        "the wait time is about forty five minutes, or you can call back after 6:30",
        "your next payment of $%d is due 11/15/2025" % r.randint(50, 500)]))
    c.say("customer", r.choice(["ok thanks", "that's fine", "can it be earlier", "right, so nineteen ninety nine rates then, ha"]))
    return c


def n_ages_temps(r):
    c, ind = chat_case(r, "negative", "ages, temperatures, years, counts")
    c.say("customer", r.choice([
        "my mum is %d and she's been with you since %d" % (r.randint(70, 95), r.randint(1975, 2010)),
        "the boiler's showing %d degrees and the house is at %d" % (r.randint(40, 80), r.randint(12, 20)),
        "i've called %s times in %s days" % (r.choice(["four", "six", "eleven"]), r.choice(["three", "ten", "twenty"])),
        "we're a family of five, two kids aged seven and eleven, travelling in 2026"]))
    c.say("agent", "I completely understand, let me look into that.")
    return c


def n_reference_cardlike(r):
    c, ind = chat_case(r, "negative", "reference/ticket numbers read like a card number")
    lab = r.choice(["reference", "ticket number", "case number", "confirmation number", "incident number", "invoice number"])
    d = rdig(r, r.choice([12, 14, 16]))
    if r.random() < 0.5:
        c.say("customer", "i've got a %s here, it's %s" % (lab, speak(r, d, [4] * (len(d) // 4), r.choice(["UK", "US"]), 0.2)))
    else:
        c.say("customer", "%s: %s" % (lab.capitalize(), " ".join(d[k:k + 4] for k in range(0, len(d), 4))))
    c.say("agent", "Thanks, I can see that %s, it was raised %d days ago." % (lab, r.randint(1, 30)))
    return c


def n_product_ids(r):
    c, ind = chat_case(r, "negative", "model, serial and policy numbers with labels", r.choice(["retail", "insurance", "utilities"]))
    c.say("customer", r.choice([
        "model number WM%d-%s, serial %s" % (r.randint(1000, 9999), r.choice("ABX"), rdig(r, 12)),
        "the policy number is POL-%s-%s" % (rdig(r, 6), rdig(r, 3)),
        "policy number %s" % speak(r, rdig(r, 10), [3, 3, 4], "UK", 0.1),
        "serial number on the router is %s" % "".join(r.choice("0123456789ABCDEF") for _ in range(16))]))
    c.say("agent", "Got it, that's covered until %d." % r.randint(2026, 2030))
    return c


def n_meter(r):
    c, ind = chat_case(r, "negative", "meter readings and MPRN/MPAN-like supply numbers with label", "utilities")
    c.say("customer", r.choice([
        "meter reading is " + speak(r, rdig(r, 5), None, "UK", 0.2),
        "gas reading %s, electric %s" % (rdig(r, 5), rdig(r, 6)),
        "my MPRN is %s" % rdig(r, 11),
        "the reading on the day one dial says " + speak(r, rdig(r, 6), [3, 3], "IE", 0.1)]))
    c.say("agent", "Thanks, I've submitted that reading for today.")
    return c


def n_travel(r):
    c, ind = chat_case(r, "negative", "flight/gate/seat/room numbers and booking codes", "travel")
    c.say("customer", r.choice([
        "i'm on flight %s %d from gate %d%s, seat %d%s" % (r.choice(["BA", "EI", "UA", "FR", "LH"]), r.randint(100, 9999), r.randint(1, 60), r.choice(["", "B"]), r.randint(1, 40), r.choice("ABCDEF")),
        "we're in room %d, checking out on the %s" % (r.randint(100, 1299), r.choice(["14th", "3rd", "22nd"])),
        "my booking reference is %s and the e-ticket number is %s" % ("".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)), rdig(r, 13)),
        "flight %s, boarding at %d:%02d, gate %s" % (speak(r, str(r.randint(100, 999)), None, "UK", 0.0, style="hundred"), r.randint(5, 23), r.randint(0, 59), say_pair(str(r.randint(21, 59)), "oh"))]))
    c.say("agent", "No problem, let me check the schedule.")
    return c


def n_roads(r):
    c, ind = chat_case(r, "negative", "road names / locations without house numbers", r.choice(["insurance", "utilities", "government"]))
    c.say("customer", r.choice([
        "the accident was on the M%d near junction %d" % (r.choice([1, 4, 6, 25, 62]), r.randint(2, 30)),
        "there's a streetlight out on %s %s" % (r.choice(STREETS).capitalize(), r.choice(SUFF_UK).capitalize()),
        "i broke down on interstate %d outside %s" % (r.choice([5, 10, 75, 90, 95]), r.choice(TOWNS_US)[0]),
        "the pothole's on the A%d between the roundabout and %s %s" % (r.randint(1, 999), r.choice(STREETS), r.choice(SUFF_UK))]))
    c.say("agent", "Thanks, I've logged that.")
    return c


def n_card_last4(r):
    c, ind = chat_case(r, "negative", "card last-four mentions only (no full card in case)", r.choice(["banking", "retail", "telecom"]))
    l4 = rdig(r, 4)
    c.say("customer", r.choice(["it's the visa ending %s" % l4, "charge the card ending in " + speak(r, l4, None, "US", 0.1),
                                "the one that ends %s, not the amex" % l4, "card ending ****%s" % l4]))
    c.say("agent", r.choice(["Ok, the card ending %s, expiring next year, is that right?" % l4,
                             "so that's the mastercard ending " + speak(r, l4, None, "UK", 0.0)]))
    return c


def n_voucher_lookalike(r):
    c, ind = chat_case(r, "negative", "labelled codes that look like NI/sort codes/IBAN (voucher, promo, transaction ref)")
    c.say("customer", r.choice([
        "voucher code %s%s%s didn't work" % (r.choice(["AB", "CE", "JH"]), rdig(r, 6), r.choice("ABCD")),
        "the transaction reference is GB%s%s" % (rdig(r, 2), rdig(r, 10)),
        "branch code %s-%s-%s on the receipt" % (rdig(r, 2), rdig(r, 2), rdig(r, 2)),
        "promo code SAVE%d and gift card balance %d dollars" % (r.randint(10, 50), r.randint(5, 200))]))
    c.say("agent", "Let me check that code for you.")
    return c


def n_spoken_numbers(r):
    c, ind = chat_case(r, "negative", "long spoken counts/amounts with hundreds and thousands")
    c.say("agent", r.choice([
        "that's four hundred and twelve pounds sixty",
        "you've got nineteen thousand four hundred air miles",
        "the estimate is two thousand three hundred and forty dollars and the deductible is five hundred",
        "it's a thirty six month plan at twenty nine ninety nine a month"]))
    c.say("customer", r.choice(["wow ok", "that seems high", "fine"]))
    return c


def n_case_tax(r):
    c, ind = chat_case(r, "negative", "government case/reference numbers with label", "government")
    c.say("customer", r.choice([
        "my case number is %s-%s" % (rdig(r, 3), rdig(r, 6)),
        "the letter reference says %s %s %s" % (rdig(r, 4), rdig(r, 4), rdig(r, 4)),
        "council tax account reference " + speak(r, rdig(r, 9), [3, 3, 3], "UK", 0.15),
        "receipt number %s from the DMV" % rdig(r, 9)]))
    c.say("agent", "thanks, I can see it was processed on %s." % r.choice(["the 4th", "Monday", "3 June 2025"]))
    return c


def n_rx_phone_free(r):
    c, ind = chat_case(r, "negative", "prescription / lab / account-prefixed numbers with label", "healthcare")
    c.say("customer", r.choice([
        "rx number %s for the refill" % rdig(r, 7),
        "the lab requisition number is %s" % speak(r, rdig(r, 9), [3, 3, 3], "US", 0.1),
        "statement number %s, visit date 2/14" % rdig(r, 11),
        "invoice %s-%s, total $%d" % (rdig(r, 4), rdig(r, 5), r.randint(50, 3000))]))
    c.say("agent", "I can help with that, one moment.")
    return c


POS = [(p_card_chat, 18), (p_card_asr_split, 20), (p_card_restart, 10), (p_card_correction, 10),
       (p_card_email_form, 8), (p_card_last4_after_full, 6), (p_ssn_typed, 10), (p_ssn_spoken, 10),
       (p_ssn_split, 8), (p_ssn_partial, 8), (p_ni_typed, 14), (p_ni_spoken, 12), (p_bank_uk, 10),
       (p_bank_us, 10), (p_iban, 12), (p_phone, 18), (p_email, 14), (p_dob, 12), (p_address, 16),
       (p_verify_combo_us, 6), (p_uk_account_update, 6)]
NEG = [n_claim_spoken, n_member_id, n_npi, n_medicare, n_order_tracking, n_amounts, n_times_dates,
       n_ages_temps, n_reference_cardlike, n_product_ids, n_meter, n_travel, n_roads, n_card_last4,
       n_voucher_lookalike, n_spoken_numbers, n_case_tax, n_rx_phone_free]
N_NEG = 112


def build():
    r = random.Random(SEED)
    pos_fns = []
    for fn, k in POS:
        pos_fns += [fn] * k
    r.shuffle(pos_fns)
    neg_fns = (NEG * (N_NEG // len(NEG) + 1))[:N_NEG]
    r.shuffle(neg_fns)
    cases = []
    for i, fn in enumerate(pos_fns, 1):
        cases.append(("h469-pos-%03d" % i, fn(r)))
    for i, fn in enumerate(neg_fns, 1):
        cases.append(("h469-neg-%03d" % i, fn(r)))
    return cases


def serialise(cases):
    return "".join(json.dumps(c.to_obj(cid), ensure_ascii=False) + "\n" for cid, c in cases)


# ---------------------------------------------------------------- validation
def validate_val(v, errs, cid):
    full = [t for t, role in v.pieces if role == "full"]
    parts = [t for t, role in v.pieces if role == "partial"]
    typ = v.typ
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        canon = v.canon
        # full pieces: the value once, or read then read back (concatenated copies);
        # each piece is normalised on its own (a piece is one turn's reading)
        if full and not _copies("".join(parse(t, "d") for t in full), canon):
            errs.append("%s %s full reading %r != %s" % (cid, typ, full, canon))
        for t in parts:
            if parse(t, "d") not in canon:
                errs.append("%s %s partial %r not in %s" % (cid, typ, t, canon))
        for t, role in v.pieces:
            if role == "frag" and not parse(t, "d").isdigit():
                errs.append("%s frag %r" % (cid, t))
        ok = {"CARD_NUMBER": lambda s: 13 <= len(s) <= 19 and luhn_ok(s),
              "CVV": lambda s: len(s) in (3, 4),
              "SSN": lambda s: len(s) == 9 and s[:3] not in ("000", "666") and s[3:5] != "00" and s[5:] != "0000",
              "BANK_ACCOUNT": lambda s: (aba_ok(s) if v.extra.get("routing") else 6 <= len(s) <= 17),
              "SORT_CODE": lambda s: len(s) == 6,
              "PHONE": lambda s: 10 <= len(v.extra.get("base", s)) <= 13 and len(s) - len(v.extra.get("base", s)) <= 5}[typ]
        if not canon.isdigit() or not ok(canon):
            errs.append("%s invalid %s %s" % (cid, typ, canon))
    elif typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        canon = v.canon.upper()
        mode = "d" if canon.isdigit() else "a"
        got = "".join(parse(t, mode) for t in full).upper()
        if full and not _copies(got, canon):
            errs.append("%s %s %r -> %s != %s" % (cid, typ, full, got, canon))
        if typ == "NI_NUMBER" and not NI_RE.match(canon):
            errs.append("%s bad NI %s" % (cid, canon))
        if typ == "IBAN" and not iban_ok(canon):
            errs.append("%s bad IBAN %s" % (cid, canon))
        if typ == "POSTCODE" and not PC_RE.match(canon):
            errs.append("%s bad postcode %s" % (cid, canon))
    elif typ == "EMAIL":
        for t in full:
            got = t.replace(" ", "").lower() if "@" in t else parse(t, "e")
            if got != v.canon.lower() or not re.match(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", got):
                errs.append("%s EMAIL %r -> %s != %s" % (cid, t, got, v.canon))
    elif typ == "DOB":
        y, m, d = v.canon
        datetime.date(y, m, d)
        if not 1930 <= y <= 2008:
            errs.append("%s DOB year" % cid)
        for t in full:
            if "%02d" % (y % 100) not in parse(t, "d"):
                errs.append("%s DOB text %r lacks year" % (cid, t))
    elif typ == "EXPIRY":
        m, y = v.canon
        if not (1 <= m <= 12 and 2024 <= y <= 2035):
            errs.append("%s EXPIRY range" % cid)
        for t in full:
            if "%02d" % (y % 100) not in parse(t, "d"):
                errs.append("%s EXPIRY text %r lacks year" % (cid, t))
    elif typ == "ADDRESS":
        for t in full:
            if not ADDR_SUFFIX_RE.search(t) or not re.match(r"^(flat|apt|apartment|\d|[a-z]+\b)", t, re.I):
                errs.append("%s ADDRESS %r" % (cid, t))
            if str(v.canon[0]) not in parse(t, "d"):
                errs.append("%s ADDRESS number %r" % (cid, t))


def _copies(got, canon):
    if not canon or len(got) % len(canon):
        return False
    return got == canon * (len(got) // len(canon))


def check(cases, text):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        on_disk = f.read()
    if on_disk != text:
        errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = [cid for cid, _ in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = Counter()
    npos = nneg = 0
    for line in on_disk.splitlines():
        o = json.loads(line)
        assert set(o) == {"id", "kind", "turns", "spans", "note"}, o["id"]
        if o["kind"] == "positive":
            npos += 1
            if not o["spans"]:
                errs.append("%s positive without spans" % o["id"])
        elif o["kind"] == "negative":
            nneg += 1
            if o["spans"]:
                errs.append("%s negative with spans" % o["id"])
        else:
            errs.append("%s bad kind" % o["id"])
        for t in o["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"]:
                errs.append("%s bad turn" % o["id"])
        prev = {}
        for s in o["spans"]:
            counts[s["type"]] += 1
            if s["type"] not in TYPES:
                errs.append("%s bad type" % o["id"])
            if not 0 <= s["turn"] < len(o["turns"]):
                errs.append("%s turn out of range" % o["id"]); continue
            tx = o["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append("%s offsets out of range" % o["id"]); continue
            first_ok = tx[a].isalnum() or (s["type"] == "PHONE" and tx[a] in "+(")
            if not first_ok or not tx[b - 1].isalnum():
                errs.append("%s span %r not trimmed to value" % (o["id"], tx[a:b]))
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s span %r not on word boundary" % (o["id"], tx[a:b]))
            if s["turn"] in prev and a < prev[s["turn"]]:
                errs.append("%s overlapping spans" % o["id"])
            prev[s["turn"]] = b
    for cid, c in cases:
        for v in c.vals:
            if not v.pieces:
                errs.append("%s unused value" % cid)
            validate_val(v, errs, cid)
    if npos < 200 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    need = {t: 10 for t in TYPES}
    need.update(CARD_NUMBER=70, SSN=30, NI_NUMBER=30)
    for t, k in need.items():
        if counts[t] < k:
            errs.append("too few %s spans: %d < %d" % (t, counts[t], k))
    return errs, counts, npos, nneg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    cases = build()
    text = serialise(cases)
    if not args.check:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print("wrote %d cases to %s" % (len(cases), OUT))
        return 0
    errs, counts, npos, nneg = check(cases, text)
    print("positives=%d negatives=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-12s %d" % (t, counts[t]))
    if errs:
        for e in errs[:60]:
            print("ERROR:", e)
        print("%d error(s)" % len(errs))
        return 1
    print("check OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

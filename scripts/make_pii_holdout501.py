#!/usr/bin/env python3
"""Generate the pii_holdout501 held-out PII evaluation set.

Written by an independent test author (an AI helper) without access to the
redaction engine.  Standard library only; one seeded generator.

Usage:
    python scripts/make_pii_holdout501.py          # write the fixture
    python scripts/make_pii_holdout501.py --check  # regenerate + validate
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout501", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
             "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
FOR_WORDS = {"a": ["apple", "alpha"], "b": ["bravo", "bob", "boy"], "c": ["charlie", "cat"],
             "e": ["echo", "edward"], "g": ["golf", "george"], "h": ["hotel", "harry"],
             "j": ["juliet", "john"], "k": ["kilo", "king"], "l": ["lima", "london"],
             "m": ["mike", "mother"], "n": ["november", "nancy"], "p": ["papa", "peter"],
             "r": ["romeo", "robert"], "s": ["sierra", "sugar"], "t": ["tango", "tommy"],
             "w": ["whiskey", "william"], "x": ["x-ray"], "y": ["yankee", "yellow"],
             "z": ["zulu", "zebra"], "o": ["oscar", "orange"], "d": ["delta", "david"], "f": ["foxtrot", "freddie"]}
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "ah"}
SKIP = FILLERS | {"dash", "hyphen", "space", "and", "plus", "then", "slash"}
NATO_REV = {v: k for k, v in NATO.items()}
for _k, _vs in FOR_WORDS.items():
    for _v in _vs:
        NATO_REV.setdefault(_v, _k)


# ---------------------------------------------------------------- spoken-form normaliser
def _tok(text):
    t = text.lower().replace("x-ray", "xray")
    return [w.replace("xray", "x-ray") for w in re.findall(r"[a-z]+(?:-ray)?|\d+", t)]


def normalise(text, letters=False):
    """Turn a typed or spoken value into a string of digits (and letters if allowed).
    Raises ValueError on any word it does not understand."""
    toks = _tok(text.replace("x-ray", "xray").replace("xray", "x-ray"))
    out = []
    i = 0
    mult = 1

    def unit(w):
        if w in UNITS:
            return UNITS.index(w)
        if w in ("oh", "o", "nought", "nil"):
            return 0
        return None

    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w in SKIP:
            i += 1
            continue
        if w in ("double", "triple"):
            mult = 2 if w == "double" else 3
            i += 1
            continue
        if w.isdigit():
            out.append(w * mult if len(w) == 1 else w)
            mult = 1
            i += 1
            continue
        if letters and len(w) == 1 and nxt in ("for", "as") and i + 2 < len(toks):
            out.append(w.upper())
            i += 4 if nxt == "as" else 3
            continue
        u = unit(w)
        if u is not None:
            if nxt == "hundred":
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                rest = 0
                if j < len(toks) and toks[j] in TEENS:
                    rest = 10 + TEENS.index(toks[j]); j += 1
                elif j < len(toks) and toks[j] in TENS[2:]:
                    rest = 10 * TENS.index(toks[j]); j += 1
                    if j < len(toks) and toks[j] in UNITS[1:]:
                        rest += UNITS.index(toks[j]); j += 1
                elif j < len(toks) and toks[j] in UNITS[1:]:
                    rest = UNITS.index(toks[j]); j += 1
                out.append("%d%02d" % (u, rest))
                i = j
                continue
            out.append(str(u) * mult)
            mult = 1
            i += 1
            continue
        if w in TEENS:
            out.append(str(10 + TEENS.index(w)))
            i += 1
            continue
        if w in TENS[2:]:
            v = 10 * TENS.index(w)
            i += 1
            if nxt in UNITS[1:]:
                v += UNITS.index(nxt)
                i += 1
            out.append(str(v))
            continue
        if letters:
            if len(w) == 1:
                if nxt in ("for",) and i + 2 < len(toks):
                    i += 3
                elif nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
                    i += 4
                else:
                    i += 1
                out.append(w.upper() * mult)
                mult = 1
                continue
            if w in NATO_REV:
                out.append(NATO_REV[w].upper())
                i += 1
                continue
            if len(w) <= 4 and w not in ("for", "as", "in"):  # typed letter block: "JR", "NWBK"
                out.append(w.upper())
                i += 1
                continue
        raise ValueError("unknown word %r in %r" % (w, text))
    return "".join(out)


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    return "%s%02d%s" % (cc, 98 - int(n) % 97, bban)


def aba_ok(d):
    if len(d) != 9:
        return False
    w = [3, 7, 1] * 3
    return sum(int(c) * k for c, k in zip(d, w)) % 10 == 0


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr",
                "close", "way", "court", "ct", "crescent", "place", "pl", "boulevard",
                "blvd", "terrace", "grove", "gardens", "parkway", "pkwy", "row", "hill",
                "square", "mews", "circle", "cir", "park", "walk"}


# ---------------------------------------------------------------- spoken-form producers
class Say:
    def __init__(self, rng, zero=None):
        self.rng = rng
        self.zero = zero or rng.choice(["oh", "oh", "zero", "o", "nought"])

    def d(self, c):
        return self.zero if c == "0" else UNITS[int(c)]

    def digits(self, ds, dbl=0.5):
        out, i = [], 0
        while i < len(ds):
            j = i
            while j < len(ds) and ds[j] == ds[i]:
                j += 1
            run = j - i
            if run == 3 and self.rng.random() < dbl:
                out.append("triple " + self.d(ds[i])); i = j; continue
            if run >= 2 and self.rng.random() < dbl:
                out.append("double " + self.d(ds[i])); i += 2; continue
            out.append(self.d(ds[i])); i += 1
        return " ".join(out)

    def pair(self, p, round_ok=False):
        if p[0] == "0":
            if p[1] == "0":
                return "double " + self.zero
            return self.zero + " " + UNITS[int(p[1])]
        if p[0] == "1":
            return TEENS[int(p[1])]
        if p[1] == "0" and round_ok:
            return TENS[int(p[0])]
        if p[1] == "0":  # "ninety" + next "three" would merge to 93: say it digit-wise
            return UNITS[int(p[0])] + " " + self.zero
        return TENS[int(p[0])] + " " + UNITS[int(p[1])]

    def hundred(self, g):
        if g[0] == "0" or g[2] == "0":
            return self.digits(g)
        rest = g[1:]
        if rest == "00":
            return UNITS[int(g[0])] + " hundred"
        if rest[0] == "0":
            tail = UNITS[int(rest[1])]
        else:
            tail = self.pair(rest)
        return UNITS[int(g[0])] + " hundred " + self.rng.choice(["and ", "and ", ""]) + tail

    def group(self, g, style=None):
        style = style or self.rng.choice(["digits", "digits", "digits", "pairs", "mixed"])
        if style == "digits" or len(g) == 1:
            return self.digits(g)
        if style == "hundred" and len(g) == 3:
            return self.hundred(g)
        if style in ("pairs", "mixed") and len(g) % 2 == 0:
            if style == "mixed" and self.rng.random() < 0.5:
                return " ".join(self.rng.choice([self.pair(g[k:k + 2]), self.digits(g[k:k + 2])])
                                for k in range(0, len(g), 2))
            return " ".join(self.pair(g[k:k + 2]) for k in range(0, len(g), 2))
        if len(g) == 3 and self.rng.random() < 0.3:
            return self.hundred(g)
        return self.digits(g)

    def letter(self, c, style=None):
        c = c.lower()
        style = style or self.rng.choice(["plain", "plain", "for", "nato"])
        if c == "o" and style == "plain":  # a bare "o" would be heard as zero
            style = "for"
        if style == "plain" or c not in FOR_WORDS:
            return c
        if style == "nato":
            return NATO[c]
        return c + self.rng.choice([" for ", " for ", " as in "]) + self.rng.choice(FOR_WORDS[c])

    def number(self, n):
        if n < 10:
            return UNITS[n]
        if n < 20:
            return TEENS[n - 10]
        if n < 100:
            return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
        return self.hundred(str(n)) if n < 1000 else self.group(str(n), "pairs")

    def ordinal(self, n):
        if n < 10:
            return ORD_UNITS[n]
        if n < 20:
            return ORD_TEENS[n - 10]
        if n % 10 == 0:
            return TENS[n // 10][:-1] + "ieth"
        return TENS[n // 10] + " " + ORD_UNITS[n % 10]

    def year(self, y, short_ok=True):
        if y >= 2000 and y < 2010:
            return self.rng.choice(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]])
        if y >= 2010 and self.rng.random() < 0.3:
            return "two thousand and " + self.number(y - 2000)
        if short_ok and self.rng.random() < 0.3 and y < 2000:
            return self.pair(str(y)[2:], True)
        return self.pair(str(y)[:2], True) + " " + self.pair(str(y)[2:], True)


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []   # list of (speaker, [segments])
        self.values = {}  # gid -> dict(type, canon, mode)
        self._gid = 0

    def value(self, typ, canon, mode="full", **kw):
        self._gid += 1
        self.values[self._gid] = dict(type=typ, canon=canon, mode=mode, **kw)
        return self._gid

    def t(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def render(self, cid):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    val, gid = s
                    st = len(text)
                    text += val
                    spans.append({"turn": ti, "start": st, "end": len(text),
                                  "type": self.values[gid]["type"]})
                    meta.append(gid)
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return {"id": cid, "kind": self.kind, "turns": turns, "spans": spans,
                "note": self.note}, meta


def V(text, gid):
    return (text, gid)


# ---------------------------------------------------------------- value generators
def gen_card(rng):
    brand = rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    if brand == "visa":
        body, n = "4" + "".join(rng.choice("0123456789") for _ in range(14)), 16
    elif brand == "visa13":
        body = "4" + "".join(rng.choice("0123456789") for _ in range(11))
    elif brand == "visa19":
        body = "4" + "".join(rng.choice("0123456789") for _ in range(17))
    elif brand == "mc":
        body = rng.choice(["51", "52", "53", "54", "55", "22"]) + "".join(rng.choice("0123456789") for _ in range(13))
    elif brand == "amex":
        body = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12))
    else:
        body = "6011" + "".join(rng.choice("0123456789") for _ in range(11))
    if rng.random() < 0.3:  # add some runs for double/triple readings
        k = rng.randrange(2, len(body) - 3)
        body = body[:k] + body[k] * 3 + body[k + 3:]
    return body + luhn_digit(body)


def card_groups(c, rng):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 16:
        return rng.choice([[4, 4, 4, 4], [4, 4, 4, 4], [4, 4, 4, 4], [4, 8, 4], [6, 6, 4], [8, 8]])
    if len(c) == 13:
        return [4, 3, 3, 3]
    return [4, 4, 4, 4, 3]


def split_groups(s, sizes):
    out, k = [], 0
    for n in sizes:
        out.append(s[k:k + n]); k += n
    return out


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def gen_ni(rng):
    f = "ABCEGHJKLMNPRSTWXYZ"
    s = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(f) + rng.choice(s)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def gen_aba(rng):
    while True:
        d = "%02d" % rng.choice(list(range(1, 13)) + list(range(21, 33))) + "".join(rng.choice("0123456789") for _ in range(7))
        if aba_ok(d):
            return d


def gen_digits(rng, n, first_nonzero=True):
    s = rng.choice("123456789") if first_nonzero else rng.choice("0123456789")
    return s + "".join(rng.choice("0123456789") for _ in range(n - 1))


def gen_iban(rng):
    cc = rng.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + gen_digits(rng, 6) + gen_digits(rng, 8)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + gen_digits(rng, 6) + gen_digits(rng, 8)
    elif cc == "DE":
        bban = gen_digits(rng, 18)
    elif cc == "FR":
        bban = gen_digits(rng, 23)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "RABN", "INGB"]) + gen_digits(rng, 10, False)
    else:
        bban = gen_digits(rng, 20)
    return iban_make(cc, bban)


FIRST = ["james", "maria", "sean", "aoife", "priya", "tom", "keisha", "dmitri", "laura",
         "carlos", "niamh", "brandon", "fatima", "oliver", "grace", "wei", "darnell", "siobhan"]
LAST = ["harper", "okafor", "murphy", "nguyen", "patel", "kowalski", "byrne", "jackson",
        "schmidt", "walsh", "reyes", "thompson", "delaney", "hughes", "garcia", "kelly"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "icloud.com",
           "btinternet.com", "eircom.net", "aol.com", "comcast.net", "web.de", "proton.me"]
STREETS = ["elm", "harcourt", "maple", "queen", "church", "mill", "victoria", "oak",
           "station", "kingsley", "fairview", "beech", "washington", "lincoln", "park view",
           "st john's", "orchard", "willow", "dorset", "glenview"]
SUFFIX_UK = ["road", "street", "lane", "close", "avenue", "crescent", "gardens", "drive", "terrace", "way", "grove"]
SUFFIX_US = ["street", "avenue", "drive", "boulevard", "lane", "court", "road", "place", "way"]
SUFFIX_ABBR = {"street": "St", "avenue": "Ave", "drive": "Dr", "boulevard": "Blvd",
               "lane": "Ln", "court": "Ct", "road": "Rd", "place": "Pl"}
UK_PCS = ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 2RT", "EH12 9JE",
          "BS8 4QA", "NE1 7RU", "G2 3BZ", "CF10 1EP", "L18 2HD", "W1D 3QF", "EC1V 9HX",
          "BT7 1NN", "OX4 2JY", "SE15 6TP", "N16 8BS"]
US_CITIES = [("Columbus", "OH"), ("Tampa", "FL"), ("Austin", "TX"), ("Denver", "CO"),
             ("Raleigh", "NC"), ("Portland", "OR"), ("Dayton", "OH"), ("Fresno", "CA"),
             ("Albany", "NY"), ("Tucson", "AZ")]
UK_TOWNS = ["Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow", "Reading", "Norwich", "York"]
IE_TOWNS = ["Cork", "Galway", "Limerick", "Dublin 8", "Athlone"]

INDUSTRY = {
    "bank": ("Thanks for calling Northgate Bank, how can I help?", "banking"),
    "tel": ("You're through to Veltra Mobile support.", "telecom"),
    "util": ("Brightwater Energy, you're speaking with Dan.", "utilities"),
    "retail": ("Hi, thanks for contacting Fenwick & Pole customer care.", "retail"),
    "ins": ("Harbour Mutual claims line, this is Rachel.", "insurance"),
    "travel": ("SkyLark Travel bookings, how can I help today?", "travel"),
    "health": ("Mercy Valley billing office, this is Tonya.", "healthcare billing"),
    "gov": ("You're through to the benefits enquiry line.", "government services"),
    "usgov": ("Thank you for calling the state unemployment insurance line.", "government services (US)"),
}
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yeah go on", "mm hm", "okay, next"]
ASR_FILL = ["um ", "uh ", "er ", "erm ", ""]


def asr(rng):
    return rng.random() < 0.55


def lc(s, on):
    return s.lower() if on else s


# ---------------------------------------------------------------- positive scenarios
def sc_card(rng, c, spoken=None):
    ind = rng.choice(["bank", "retail", "travel", "tel", "util", "health", "ins"])
    card = gen_card(rng)
    spoken = asr(rng) if spoken is None else spoken
    sz = card_groups(card, rng)
    gs = split_groups(card, sz)
    sy = Say(rng)
    c.t("agent", lc(INDUSTRY[ind][0], spoken))
    style = rng.choice(["one", "split", "split", "readback", "restart"]) if spoken else rng.choice(["one", "typed"])
    if not spoken:
        sep = rng.choice([" ", "-", "", " ", ".", "  "])
        txt = sep.join(gs) if sep or rng.random() < 0.5 else card
        if rng.random() < 0.2:
            txt = " ".join([card[:4], card[4:12], card[12:]]) if len(card) == 16 else txt
        lead = rng.choice(["card no: ", "Card number - ", "its ", "the long number is ", "CC# ", "card: ", "here you go "])
        g = c.value("CARD_NUMBER", card)
        c.t("customer", rng.choice(["Hi, ", "hello ", "", "ok "]), "I want to pay my bill. ", lead, V(txt, g), rng.choice(["", " thanks", ".", " ty"]))
        c.t("agent", "Thank you. And the expiry date and the security code on the back?")
        add_exp_cvv(rng, c, False, card)
        c.note = "typed chat card payment (%s), %s" % (INDUSTRY[ind][1], "sep=%r" % sep)
        return
    c.t("customer", rng.choice(["yeah i'd like to make a payment", "i need to pay off my balance please", "um i'm booking the return leg and paying by card", "can i just pay over the phone"]))
    c.t("agent", rng.choice(["sure, go ahead with the long number on the card when you're ready", "no problem, what's the card number", "okay can i take the sixteen digit number on the front"]))
    reads = [sy.group(g) for g in gs]
    g = c.value("CARD_NUMBER", card)
    if style == "one":
        joiner = rng.choice([" ", ", ", " ... ", " um ", " uh "])
        c.t("customer", rng.choice(["yeah it's ", "okay it's ", "", "right so "]), V(joiner.join(reads), g))
    elif style == "split" or style == "readback":
        k = 0
        while k < len(reads):
            n = rng.choice([1, 1, 2])
            chunk = reads[k:k + n]
            pre = rng.choice(["", "", "so ", "then "]) if k else rng.choice(["it's ", "okay ", ""])
            if k and rng.random() < 0.25:
                pre = "sorry, " + pre
            c.t("customer", pre, V(" ".join(chunk), g), rng.choice(["", "", " yeah"]))
            k += n
            if k < len(reads):
                if rng.random() < 0.3:
                    c.t("customer", rng.choice(["sorry, hang on, the kids are shouting ... right where was i",
                                                "one sec, i've got the card upside down ... okay",
                                                "sorry the dog's going mad, two minutes ... okay"]))
                    c.t("agent", "no worries, you'd said ", V(" ".join(Say(rng, "zero").digits(x, 0) for x in gs[k - n:k]), c.value("CARD_NUMBER", card, mode="infix")), " last, go on")
                else:
                    c.t("agent", rng.choice(BACK))
        if style == "readback":
            g2 = c.value("CARD_NUMBER", card)
            sy2 = Say(rng, "zero")
            c.t("agent", "okay let me read that back, ", V(" ".join(sy2.digits(x, 0) for x in gs), g2), ", is that right")
            c.t("customer", "yep that's it")
    else:  # restart with an abandoned fragment
        frag = c.value("CARD_NUMBER", card, mode="prefix")
        c.t("customer", "it's ", V(" ".join(reads[:2]), frag), " ... hang on, let me start again, the light's bad in here, ", V(" ".join(reads), g))
    add_exp_cvv(rng, c, True, card)
    c.note = "spoken card reading (%s, %s)" % (style, INDUSTRY[ind][1])


def add_exp_cvv(rng, c, spoken, card):
    m, y = rng.randint(1, 12), rng.randint(2025, 2032)
    sy = Say(rng)
    if spoken:
        c.t("agent", "and the expiry")
        form = rng.choice(["mm", "name", "oh", "pairs"])
        if form == "mm":
            txt = "%s %s" % (sy.pair("%02d" % m, True), sy.pair("%02d" % (y % 100), True))
        elif form == "name":
            txt = "%s %s" % (MONTHS[m - 1], sy.year(y) if rng.random() < 0.5 else sy.pair("%02d" % (y % 100), True))
        elif form == "oh":
            txt = "%s %s" % (sy.digits("%02d" % m, 0), sy.pair("%02d" % (y % 100)))
        else:
            txt = "%s of %s" % (sy.pair("%02d" % m, True), sy.year(y))
        e = c.value("EXPIRY", (y, m))
        c.t("customer", rng.choice(["", "um ", "it's "]), V(txt, e))
        c.t("agent", rng.choice(["and the three digits on the back", "lovely, and the security code", "and the cvv please"]))
        cvvlen = 4 if len(card) == 15 else 3
        cv = gen_digits(rng, cvvlen, False)
        v = c.value("CVV", cv)
        c.t("customer", rng.choice(["", "that's ", "uh "]), V(sy.group(cv, rng.choice(["digits", "hundred"])) if cvvlen == 3 else sy.digits(cv), v))
        if rng.random() < 0.3:
            c.t("agent", "thanks. just so you know the card ending ", V(sy.digits(card[-4:], 0), c.value("CARD_NUMBER", card, mode="infix")), " will show the payment as pending for about two days")
    else:
        fmt = rng.choice(["%02d/%02d", "%02d/%d", "%02d-%02d", "%d/%02d", "exp %02d %02d"])
        yy = y if fmt == "%02d/%d" else y % 100
        etxt = fmt % (m, yy)
        if etxt.startswith("exp "):
            pre, etxt = "exp ", etxt[4:]
        else:
            pre = rng.choice(["exp ", "expiry ", "", "Expires "])
        cvvlen = 4 if len(card) == 15 else 3
        cv = gen_digits(rng, cvvlen, False)
        e = c.value("EXPIRY", (y, m))
        v = c.value("CVV", cv)
        c.t("customer", pre, V(etxt, e), rng.choice([", cvv ", " and ", " / sec code ", " CVC: ", " - "]), V(cv, v))


def sc_ssn(rng, c):
    ind = rng.choice(["health", "ins", "usgov", "bank", "tel"])
    ssn = gen_ssn(rng)
    sy = Say(rng, rng.choice(["oh", "zero", "zero", "o"]))
    spoken = asr(rng)
    c.t("agent", lc(INDUSTRY[ind][0], spoken) + (" can i get your social security number to verify" if spoken else " For verification, what's your SSN?"))
    if not spoken:
        fmt = rng.choice(["dash", "dash", "space", "none", "dot", "odd"])
        a, b, d = ssn[:3], ssn[3:5], ssn[5:]
        txt = {"dash": "%s-%s-%s", "space": "%s %s %s", "none": "%s%s%s", "dot": "%s.%s.%s", "odd": "%s-%s %s"}[fmt] % (a, b, d)
        g = c.value("SSN", ssn)
        lead = rng.choice(["SSN: ", "ssn is ", "Social: ", "soc sec # ", "its ", "SS# "])
        c.t("customer", lead, V(txt, g), rng.choice(["", ". My claim number is CLM-%s" % gen_digits(rng, 8), " thanks"]))
        if rng.random() < 0.4:
            c.t("agent", "Thanks, I've confirmed the SSN ending in ", V(ssn[5:], c.value("SSN", ssn[5:], mode="partial")), ".")
        c.note = "typed SSN (%s), %s" % (fmt, INDUSTRY[ind][1])
        return
    style = rng.choice(["324", "324", "33 3", "pairs", "split", "last4", "restart", "readback", "hundred"])
    a, b, d = ssn[:3], ssn[3:5], ssn[5:]
    g = c.value("SSN", ssn)
    if style == "324":
        c.t("customer", rng.choice(["yeah it's ", "sure, ", "okay um "]), V("%s, %s, %s" % (sy.digits(a), sy.digits(b), sy.group(d)), g))
    elif style == "33 3":
        c.t("customer", "", V("%s %s %s" % (sy.digits(ssn[:3]), sy.digits(ssn[3:6]), sy.digits(ssn[6:])), g))
    elif style == "pairs":
        c.t("customer", "it's ", V("%s %s %s" % (sy.digits(a), sy.pair(b), sy.group(d, "pairs")), g))
    elif style == "hundred":
        c.t("customer", "", V("%s %s %s" % (sy.hundred(a) if a[0] != "0" else sy.digits(a), sy.pair(b), sy.group(d, "pairs")), g))
    elif style == "split":
        c.t("customer", "okay first three are ", V(sy.digits(a), g))
        c.t("agent", rng.choice(BACK))
        c.t("customer", V(sy.digits(b), g), rng.choice([" ... ", ", then "]), V(sy.group(d), g))
    elif style == "last4":
        c.values[g].update(canon=d, mode="partial")
        c.t("agent", "actually just the last four of your social is fine")
        c.t("customer", "oh okay, ", V(sy.group(d), g))
    elif style == "restart":
        f = c.value("SSN", ssn, mode="prefix")
        c.t("customer", V(sy.digits(a) + " " + sy.digits(b[0]), f), " no wait, that's my wife's, sorry. mine is ", V("%s %s %s" % (sy.digits(a), sy.digits(b), sy.digits(d)), g))
    else:
        c.t("customer", "", V("%s %s %s" % (sy.digits(a), sy.digits(b), sy.digits(d)), g))
        c.t("agent", "so that's ", V("%s dash %s dash %s" % (sy.digits(a, 0), sy.digits(b, 0), sy.digits(d, 0)), c.value("SSN", ssn)), "?")
        c.t("customer", "correct")
    if rng.random() < 0.4:
        c.t("agent", rng.choice(["thank you. and your member id is on the card too, m e m", "thanks, i've got your claim number as %s" % sy.digits(gen_digits(rng, 9))]))
    c.note = "spoken SSN (%s), %s" % (style, INDUSTRY[ind][1])


def sc_ni(rng, c):
    ni = gen_ni(rng)
    sy = Say(rng)
    spoken = asr(rng)
    c.t("agent", lc(INDUSTRY["gov"][0], spoken) + (" can i take your national insurance number" if spoken else " Please give your NI number."))
    g = c.value("NI_NUMBER", ni)
    if not spoken:
        fmt = rng.choice(["plain", "spaced", "lower", "pairs"])
        txt = {"plain": ni, "spaced": "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
               "lower": ni.lower(), "pairs": "%s %s %s" % (ni[:2], ni[2:8], ni[8])}[fmt]
        c.t("customer", rng.choice(["NI no: ", "my NINO is ", "NI - ", "national insurance: ", "its "]), V(txt, g), rng.choice(["", " ta", "."]))
        c.note = "typed NI number (%s)" % fmt
        return
    style = rng.choice(["flat", "split", "nato", "readback"])
    lstyle = "nato" if style == "nato" else None
    letters = " ".join(sy.letter(x, lstyle) for x in ni[:2])
    digs = " ".join(sy.group(ni[k:k + 2], rng.choice(["digits", "pairs"])) for k in (2, 4, 6))
    suf = sy.letter(ni[8], lstyle)
    if style == "split":
        c.t("customer", "yeah it's ", V(letters, g))
        c.t("agent", rng.choice(BACK))
        c.t("customer", V(digs, g))
        c.t("agent", "and the letter at the end")
        c.t("customer", V(suf, g))
    else:
        c.t("customer", rng.choice(["", "um it's ", "right, "]), V("%s %s%s %s" % (letters, rng.choice(["", "um "]), digs, suf), g))
    if style == "readback":
        c.t("agent", "let me read that back, ", V(" ".join(ni[:2].lower()) + " " + Say(rng, "zero").digits(ni[2:8], 0) + " " + ni[8].lower(), c.value("NI_NUMBER", ni)))
    c.note = "spoken NI number (%s)" % style


def sc_bank(rng, c):
    spoken = asr(rng)
    sy = Say(rng)
    us = rng.random() < 0.5
    if us:
        rt, acct = gen_aba(rng), gen_digits(rng, rng.choice([8, 9, 10, 12]))
        c.t("agent", lc("For the automatic payment I need your routing number and checking account number.", spoken))
        r, a = c.value("BANK_ACCOUNT", rt, aba=True), c.value("BANK_ACCOUNT", acct)
        if spoken:
            c.t("customer", "routing is ", V(sy.digits(rt), r))
            c.t("agent", rng.choice(BACK))
            c.t("customer", "and the account number's ", V(" ".join(sy.group(acct[k:k + 4]) for k in range(0, len(acct), 4)), a))
        else:
            c.t("customer", rng.choice(["ABA ", "Routing: ", "rtn "]), V(rt, r), rng.choice([" acct no: ", ", account ", " / checking # "]), V(acct, a))
        c.note = "US routing + account number"
    else:
        sc, acct = gen_digits(rng, 6, False), gen_digits(rng, 8, False)
        c.t("agent", lc("Can I take the sort code and account number for the direct debit?", spoken))
        s, a = c.value("SORT_CODE", sc), c.value("BANK_ACCOUNT", acct)
        if spoken:
            c.t("customer", "sort code ", V(" ".join(sy.group(sc[k:k + 2], rng.choice(["pairs", "digits"])) for k in (0, 2, 4)), s))
            c.t("agent", rng.choice(BACK))
            c.t("customer", "account is ", V(sy.group(acct[:4]) + rng.choice([" ", " um ", ", "]) + sy.group(acct[4:]), a))
        else:
            sep = rng.choice(["-", " ", "", "."])
            c.t("customer", rng.choice(["s/c ", "Sort code: ", "sort "]), V(sep.join([sc[:2], sc[2:4], sc[4:]]), s), rng.choice([" acct no: ", " a/c ", ", account number "]), V(acct, a))
        c.note = "UK sort code + account number"


def sc_iban(rng, c):
    ib = gen_iban(rng)
    spoken = asr(rng) and ib[:2] in ("GB", "IE", "DE")
    c.t("agent", lc("For the refund we'll need your IBAN please.", spoken))
    g = c.value("IBAN", ib)
    if not spoken:
        txt = rng.choice([" ".join(ib[k:k + 4] for k in range(0, len(ib), 4)), ib, ib.lower()])
        c.t("customer", rng.choice(["IBAN: ", "iban ", "Here: ", "It's "]), V(txt, g), rng.choice(["", " (BIC AIBKIE2D)", " thanks"]))
    else:
        sy = Say(rng, "zero")
        parts = [" ".join(sy.letter(x) if x.isalpha() else sy.d(x) for x in ib[k:k + 4]) for k in range(0, len(ib), 4)]
        mid = len(parts) // 2
        c.t("customer", "okay it's ", V(", ".join(parts[:mid]), g))
        c.t("agent", rng.choice(BACK))
        c.t("customer", V(", ".join(parts[mid:]), g))
    c.note = "IBAN %s %s" % (ib[:2], "spoken" if spoken else "typed")


def gen_phone(rng):
    kind = rng.choice(["uk_mob", "uk_land", "us", "us", "us_ext", "us_ext", "ie", "de", "fr", "uk_int", "us_int"])
    if kind in ("uk_mob", "uk_int"):
        n = "07" + gen_digits(rng, 9, False)
        if kind == "uk_int":
            return "44" + n[1:], "+44 %s %s" % (n[1:5], n[5:]), [("44", 2), n[1:]], ""
        return n, rng.choice(["%s %s" % (n[:5], n[5:]), n, "%s-%s-%s" % (n[:5], n[5:8], n[8:])]), [n], ""
    if kind == "uk_land":
        n = "0161" + gen_digits(rng, 7)
        return n, "%s %s %s" % (n[:4], n[4:7], n[7:]), [n], ""
    if kind.startswith("us"):
        a = str(rng.randint(2, 9)) + gen_digits(rng, 2, False)
        e = str(rng.randint(2, 9)) + gen_digits(rng, 2, False)
        l = gen_digits(rng, 4, False)
        ext = gen_digits(rng, rng.choice([3, 4])) if kind == "us_ext" else ""
        if kind == "us_int":
            return "1" + a + e + l, "+1 %s %s %s" % (a, e, l), [("1", 1), a + e + l], ""
        txt = rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (a, e, l)
        if ext:
            txt += rng.choice([" ext. ", " x", " ext ", ", extension "]) + ext
        return a + e + l, txt, [a + e + l], ext
    if kind == "ie":
        n = "08" + rng.choice("35679") + gen_digits(rng, 7)
        if rng.random() < 0.5:
            return "353" + n[1:], "+353 %s %s %s" % (n[1:3], n[3:6], n[6:]), [("353", 3), n[1:]], ""
        return n, "%s %s %s" % (n[:3], n[3:6], n[6:]), [n], ""
    if kind == "de":
        n = "30" + gen_digits(rng, 8)
        return "49" + n, "+49 %s %s" % (n[:2], n[2:]), [("49", 2), n], ""
    n = "6" + gen_digits(rng, 8, False)
    return "33" + n, "+33 %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:]), [("33", 2), n], ""


def sc_phone(rng, c):
    canon, typed, parts, ext = gen_phone(rng)
    spoken = asr(rng)
    ind = rng.choice(list(INDUSTRY))
    c.t("agent", lc(INDUSTRY[ind][0], spoken) + lc(" What's the best number to reach you on?", spoken))
    g = c.value("PHONE", canon, ext=ext)
    if not spoken:
        c.t("customer", rng.choice(["call me on ", "mob: ", "Tel ", "best # is ", "cell: ", "my number is "]), V(typed, g), rng.choice(["", " after 6pm", " (work)", " thx"]))
    else:
        sy = Say(rng)
        words = []
        for p in parts:
            if isinstance(p, tuple):
                words.append(rng.choice(["plus ", ""]) + sy.digits(p[0], 0))
            else:
                if len(p) == 11:
                    words.append(sy.group(p[:5]) + rng.choice([", ", " "]) + sy.group(p[5:], rng.choice(["digits", "hundred"])))
                elif len(p) == 10:
                    words.append(sy.group(p[:3], rng.choice(["digits", "hundred"])) + ", " + sy.group(p[3:6]) + ", " + sy.group(p[6:], rng.choice(["digits", "pairs"])))
                else:
                    words.append(sy.digits(p))
        txt = " ".join(words)
        if ext:
            txt += rng.choice([" extension ", " ext ", " and then extension "]) + sy.digits(ext)
        if rng.random() < 0.4 and not ext:
            # split over two turns
            w = txt.split(" ")
            k = len(w) // 2
            while w[k - 1] in ("double", "triple", "plus"):
                k += 1
            c.t("customer", "yeah it's ", V(" ".join(w[:k]).rstrip(","), g))
            c.t("agent", rng.choice(BACK))
            c.t("customer", V(" ".join(w[k:]).rstrip(","), g), " that's my mobile")
        else:
            c.t("customer", rng.choice(["", "um it's ", "you can get me on "]), V(txt, g))
    c.note = "phone number %s (%s)" % ("spoken" if spoken else "typed", INDUSTRY[ind][1])


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f + "." + l, f[0] + "." + l, f + l + str(rng.randint(1, 99)), f + "_" + l, l + f[0], f + "." + l + str(rng.randint(70, 99))])
    return local + "@" + rng.choice(DOMAINS)


def say_email(rng, e):
    sy = Say(rng, "oh")
    local, dom = e.split("@")
    out = []
    for piece in re.findall(r"[a-z]+|\d+|[._]", local):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        elif piece.isdigit():
            out.append(sy.pair(piece) if len(piece) == 2 else sy.digits(piece))
        elif len(piece) == 1:
            out.append(piece)
        elif rng.random() < 0.25:
            out.append(piece + ", that's " + " ".join(piece))
        else:
            out.append(piece)
    out.append("at")
    out.append(dom.replace(".", " dot "))
    return " ".join(out)


def norm_email(text):
    t = text.lower().strip()
    if "@" in t and " " not in t:
        return t
    t = re.sub(r"([a-z]+), that's ((?:[a-z] )*[a-z])\b", lambda m: m.group(1), t)
    toks = t.split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w in FILLERS:
            pass
        elif w in UNITS or w in TEENS or w in TENS or w in ("oh", "double"):
            j = i
            while j < len(toks) and (toks[j] in UNITS or toks[j] in TEENS or toks[j] in TENS or toks[j] in ("oh", "double")):
                j += 1
            out.append(normalise(" ".join(toks[i:j])))
            i = j
            continue
        else:
            out.append(w)
        i += 1
    return "".join(out)


def sc_email(rng, c):
    e = gen_email(rng)
    spoken = asr(rng)
    ind = rng.choice(list(INDUSTRY))
    c.t("agent", lc(INDUSTRY[ind][0], spoken) + lc(" Can I confirm the email address on the account?", spoken))
    g = c.value("EMAIL", e)
    if not spoken:
        txt = rng.choice([e, e, e.capitalize(), e.upper() if rng.random() < 0.2 else e])
        c.t("customer", rng.choice(["email: ", "its ", "send it to ", "e-mail - "]), V(txt, g), rng.choice(["", " pls", ". Order ref 88213-A"]))
    else:
        c.t("customer", rng.choice(["yeah it's ", "it's ", "um "]), V(say_email(rng, e), g))
        if rng.random() < 0.4:
            c.t("agent", "so that's ", V(e, c.value("EMAIL", e)), " in writing, yeah?")
            c.t("customer", "that's the one")
    c.note = "email %s (%s)" % ("spoken" if spoken else "typed", INDUSTRY[ind][1])


def sc_dob(rng, c):
    y, m, d = rng.randint(1938, 1999), rng.randint(1, 12), rng.randint(1, 28)
    spoken = asr(rng)
    us = rng.random() < 0.5
    sy = Say(rng)
    ind = rng.choice(["health", "ins", "bank", "gov", "tel"])
    c.t("agent", lc(INDUSTRY[ind][0], spoken) + lc(" Can you confirm your date of birth?", spoken))
    g = c.value("DOB", (y, m, d))
    if not spoken:
        fmt = rng.choice(["us", "uk", "iso", "long", "short"]) if us else rng.choice(["uk", "iso", "long", "uk2"])
        txt = {"us": "%02d/%02d/%d" % (m, d, y), "uk": "%02d/%02d/%d" % (d, m, y), "iso": "%d-%02d-%02d" % (y, m, d),
               "long": "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "short": "%d/%d/%02d" % (m, d, y % 100),
               "uk2": "%d.%d.%d" % (d, m, y)}[fmt]
        c.t("customer", rng.choice(["DOB ", "dob: ", "born ", "Date of birth - ", ""]), V(txt, g))
    else:
        if us:
            txt = "%s %s %s" % (MONTHS[m - 1], rng.choice([sy.ordinal(d), sy.number(d)]), sy.year(y))
        else:
            txt = rng.choice(["the %s of %s %s" % (sy.ordinal(d), MONTHS[m - 1], sy.year(y)),
                              "%s %s %s" % (sy.pair("%02d" % d, True), sy.pair("%02d" % m, True), sy.pair("%02d" % (y % 100), True))])
        if rng.random() < 0.2:
            w = txt.split(" ")
            w.insert(len(w) - 2, "um")
            txt = " ".join(w)
        c.t("customer", rng.choice(["it's ", "", "yeah ", "i was born on "]), V(txt, g))
        if rng.random() < 0.3:
            c.t("agent", "thanks, so you're %s, and your appointment is on the %s of %s" % (sy.number(2025 - y), sy.ordinal(rng.randint(1, 28)), rng.choice(MONTHS)))
    c.note = "date of birth %s" % ("spoken" if spoken else "typed")


def sc_address(rng, c):
    us = rng.random() < 0.45
    spoken = asr(rng)
    sy = Say(rng)
    num = rng.randint(1, 2999 if us else 240)
    street = rng.choice(STREETS)
    suf = rng.choice(SUFFIX_US if us else SUFFIX_UK)
    flat = rng.randint(1, 30) if rng.random() < 0.3 else None
    ind = rng.choice(["util", "tel", "retail", "ins", "bank"])
    c.t("agent", lc(INDUSTRY[ind][0], spoken) + lc(" What's the address, first line and postcode?" if not us else " What's the service address and ZIP?", spoken))
    if us:
        z = gen_digits(rng, 5, False)
        z4 = gen_digits(rng, 4, False) if rng.random() < 0.5 else ""
        city, st = rng.choice(US_CITIES)
    else:
        pc = rng.choice(UK_PCS)
        city = rng.choice(UK_TOWNS)
    nums = [num] + ([flat] if flat else [])
    a = c.value("ADDRESS", None, nums=nums)
    if not spoken:
        sfx = SUFFIX_ABBR.get(suf, suf) if us and rng.random() < 0.5 else suf
        addr = "%d %s %s" % (num, street.title(), sfx.title() if not sfx[0].isupper() else sfx)
        if flat:
            addr = ("Flat %d, " % flat + addr) if not us else (addr + " Apt %d" % flat)
        if us:
            zt = z + ("-" + z4 if z4 else "")
            p = c.value("POSTCODE", z + z4)
            c.t("customer", rng.choice(["", "addr: ", "Service address "]), V(addr, a), ", %s, %s " % (city, st), V(zt, p))
        else:
            p = c.value("POSTCODE", pc.replace(" ", ""))
            pt = rng.choice([pc, pc.lower(), pc.replace(" ", "")])
            c.t("customer", rng.choice(["", "its ", "address: "]), V(addr, a), ", %s " % city, V(pt, p))
    else:
        nt = rng.choice([sy.number(num), sy.group(str(num), "pairs") if len(str(num)) == 4 else sy.number(num), sy.digits(str(num))])
        addr = "%s %s %s" % (nt, street, suf)
        if flat:
            addr = ("flat %s, " % sy.number(flat) + addr) if not us else (addr + " apartment %s" % sy.number(flat))
        c.t("customer", rng.choice(["it's ", "yeah ", "um so it's "]), V(addr, a), " in %s" % city.lower())
        c.t("agent", "and the %s" % ("zip" if us else "postcode"))
        if us:
            p = c.value("POSTCODE", z + z4)
            zt = sy.digits(z) + (rng.choice([" dash ", " then "]) + sy.digits(z4) if z4 else "")
        else:
            p = c.value("POSTCODE", pc.replace(" ", ""))
            zt = " ".join(sy.letter(ch, rng.choice(["plain", "plain", "for"])) if ch.isalpha() else sy.d(ch) for ch in pc.replace(" ", ""))
        c.t("customer", V(zt, p))
    c.note = "%s address + %s %s" % ("US" if us else "UK", "ZIP" if us else "postcode", "spoken" if spoken else "typed")


def sc_combo(rng, c):
    """A longer US call: identity checks then payment, with US-specific distractors."""
    sy = Say(rng, "zero")
    c.t("agent", "thank you for calling mercy valley billing, this call may be recorded. can i have the patient's date of birth")
    y, m, d = rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28)
    g = c.value("DOB", (y, m, d))
    c.t("customer", "sure, ", V("%s %s %s" % (MONTHS[m - 1], sy.number(d), sy.year(y)), g))
    c.t("agent", "and the member id on the insurance card")
    c.t("customer", "member id is w %s" % sy.digits(gen_digits(rng, 9)))
    c.t("agent", "and the last four of the social")
    ssn = gen_ssn(rng)
    s = c.value("SSN", ssn[5:], mode="partial")
    c.t("customer", V(sy.group(ssn[5:], "pairs"), s))
    c.t("agent", "great. the claim number for the visit is %s and the balance is %s dollars. how would you like to pay" % (sy.digits(gen_digits(rng, 10)), sy.number(rng.randint(100, 900))))
    card = gen_card(rng)
    gs = split_groups(card, card_groups(card, rng))
    cg = c.value("CARD_NUMBER", card)
    c.t("customer", "card, it's ", V(" ".join(sy.group(x) for x in gs[:len(gs) // 2]), cg))
    c.t("agent", "mhm")
    c.t("customer", V(" ".join(sy.group(x) for x in gs[len(gs) // 2:]), cg))
    c.t("agent", "and a callback number in case it declines")
    canon, typed, parts, ext = gen_phone(rng)
    a = str(rng.randint(2, 9)) + gen_digits(rng, 9, False)
    ext = gen_digits(rng, 3)
    p = c.value("PHONE", a, ext=ext)
    c.t("customer", "work number ", V("%s %s %s extension %s" % (sy.digits(a[:3]), sy.digits(a[3:6]), sy.group(a[6:]), sy.digits(ext)), p))
    c.note = "US healthcare billing call: DOB, partial SSN, card split over turns, phone with extension, member/claim distractors"


SCENARIOS = [(sc_card, 6), (sc_ssn, 5), (sc_ni, 4), (sc_bank, 2), (sc_iban, 1), (sc_phone, 2),
             (sc_email, 2), (sc_dob, 2), (sc_address, 2), (sc_combo, 1)]


# ---------------------------------------------------------------- negatives
def negatives(rng, n):
    sy0 = Say(rng)
    out = []

    def luhn16():
        b = "9" + gen_digits(rng, 14)
        return b + luhn_digit(b)

    templates = []

    def T(f):
        templates.append(f)
        return f

    @T
    def claim(c, sy):
        cl = gen_digits(rng, 3) + "-" + gen_digits(rng, 2) + "-" + gen_digits(rng, 4)
        c.t("agent", "Harbour Mutual claims, can I take the claim number?")
        c.t("customer", "claim number %s" % cl)
        c.t("agent", "thanks, that claim was opened on %s %d and %s percent has been paid" % (rng.choice(MONTHS).title(), rng.randint(1, 28), rng.choice(["eighty", "sixty", "ninety"])))
        return "SSN-shaped claim number with its label"

    @T
    def member(c, sy):
        c.t("agent", "what's the member id on the front of the card")
        c.t("customer", "member id %s %s, group number %s" % (sy.letter(rng.choice("jkhw"), "plain"), sy.digits(gen_digits(rng, 9)), sy.digits(gen_digits(rng, 5))))
        c.t("agent", "thank you, and the copay is twenty five dollars")
        return "spoken insurance member id and group number"

    @T
    def npi(c, sy):
        d = "1" + gen_digits(rng, 8)
        c.t("customer", "the provider's NPI is %s" % (d + luhn_digit("80840" + d)[0:1]))
        c.t("agent", "Got it, NPI ending %s, and the visit was on %d/%d/2024" % (d[-3:], rng.randint(1, 12), rng.randint(1, 28)))
        return "NPI provider number said with label"

    @T
    def mbi(c, sy):
        L = "ACDEFGHJKMNPQRTUVWXY"
        mb = "%d%s%s%d-%s%s%d-%s%s%d%d" % (rng.randint(1, 9), rng.choice(L), rng.choice(L + "0123456789"), rng.randint(0, 9), rng.choice(L), rng.choice(L + "123456789"), rng.randint(0, 9), rng.choice(L), rng.choice(L), rng.randint(0, 9), rng.randint(0, 9))
        c.t("customer", "My Medicare number (MBI) is %s, Part B started 2019." % mb)
        c.t("agent", "Thanks. Medicare ID %s is on file; your deductible is $240." % mb)
        return "Medicare-style MBI with label"

    @T
    def tracking(c, sy):
        t = luhn16()
        g = " ".join(sy.group(t[k:k + 4]) for k in range(0, 16, 4))
        c.t("agent", "can i take the tracking number on the parcel")
        c.t("customer", "yeah tracking number is %s" % g)
        c.t("agent", "mhm thanks, that's out for delivery between two and four")
        return "16-digit Luhn-valid tracking number read like a card"

    @T
    def order(c, sy):
        c.t("customer", "Order #%s-%s-%s still hasn't arrived, it's been 9 days" % (gen_digits(rng, 3), gen_digits(rng, 7), gen_digits(rng, 7)))
        c.t("agent", "Sorry about that! I can see order total $%d.%02d, shipped via UPS 1Z%s." % (rng.randint(20, 900), rng.randint(0, 99), gen_digits(rng, 16)))
        return "long order and UPS tracking numbers"

    @T
    def last4(c, sy):
        l4 = gen_digits(rng, 4, False)
        c.t("agent", "i can see a payment of %s pounds from the card ending %s" % (sy.number(rng.randint(10, 999)), sy.digits(l4)))
        c.t("customer", "yeah the one ending in %s, that's my visa" % sy.group(l4, "pairs"))
        return "card last four only"

    @T
    def amounts(c, sy):
        c.t("customer", "My balance shows $%d,%03d.%02d but I paid $%d.%02d on the %dth" % (rng.randint(1, 9), rng.randint(0, 999), rng.randint(0, 99), rng.randint(50, 500), rng.randint(0, 99), rng.randint(4, 28)))
        c.t("agent", "The APR is %d.%d%% and the minimum payment is $%d." % (rng.randint(10, 29), rng.randint(0, 9), rng.randint(25, 90)))
        return "balances, payments, APR"

    @T
    def spoken_amount(c, sy):
        c.t("agent", "so the outstanding balance is %s pounds and %s pence" % (sy.hundred(gen_digits(rng, 3)), sy.number(rng.randint(1, 99))))
        c.t("customer", "four hundred and twelve? i thought it was three hundred")
        return "spoken amounts"

    @T
    def hours(c, sy):
        c.t("agent", "we're open %s till %s monday to friday and %s till %s on saturdays" % (sy.number(rng.randint(7, 9)), sy.number(rng.randint(6, 8)), sy.number(9), sy.number(1)))
        c.t("customer", "okay and it takes about %s minutes?" % sy.number(rng.randint(15, 45)))
        return "opening hours and durations"

    @T
    def meter(c, sy):
        r = gen_digits(rng, 6, False)
        c.t("agent", "brightwater energy, can i take your meter reading")
        c.t("customer", "yeah it's %s, and the meter serial is %s" % (sy.digits(r), sy.letter("e", "plain") + " " + sy.digits(gen_digits(rng, 2)) + " " + sy.letter("m", "plain") + " " + sy.digits(gen_digits(rng, 8))))
        c.t("agent", "thanks, that's %s kilowatt hours since the last reading on the %s" % (sy.number(rng.randint(100, 999)), sy.ordinal(rng.randint(1, 28))))
        return "meter reading and meter serial"

    @T
    def travel(c, sy):
        c.t("customer", "I'm on flight %s%d from gate %s%d, seat %d%s, then room %d at the hotel" % (rng.choice(["BA", "EI", "UA", "FR", "DL"]), rng.randint(100, 9999), rng.choice("ABCDE"), rng.randint(1, 60), rng.randint(1, 40), rng.choice("ABCDEF"), rng.randint(100, 2999)))
        c.t("agent", "Booking ref %s, departing %d:%02d on %d %s." % ("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), rng.randint(0, 23), rng.randint(0, 59), rng.randint(1, 28), rng.choice(MONTHS).title()))
        return "flight, gate, seat, room, booking ref, times"

    @T
    def roads(c, sy):
        c.t("customer", "the engineer should come off the %s at junction %d then take the %s" % (rng.choice(["M25", "M62", "A40", "I-95", "I-405", "N7", "Route 66"]), rng.randint(1, 30), rng.choice(["B4009", "A316", "US-101", "R445"])))
        c.t("agent", "ok, engineer visit booked for %s %d between 8 and 12" % (rng.choice(MONTHS), rng.randint(1, 28)))
        return "road names and junction numbers"

    @T
    def policy(c, sy):
        p = gen_digits(rng, 10)
        c.t("agent", "can you give me your policy number")
        c.t("customer", "policy number %s, %s, %s" % (sy.digits(p[:3]), sy.digits(p[3:6]), sy.digits(p[6:])))
        c.t("agent", "thank you, that's policy %s, renewal on the first of %s" % (p, rng.choice(MONTHS)))
        return "10-digit policy number read like a phone number"

    @T
    def invoice(c, sy):
        c.t("customer", "Invoice INV-%s for account ref %s shows 3 lines, model %s serial %s" % (gen_digits(rng, 6), gen_digits(rng, 9), rng.choice(["XR-200", "HX9020", "KL40"]), gen_digits(rng, 12)))
        c.t("agent", "Ticket #%s raised, reference %s." % (gen_digits(rng, 7), gen_digits(rng, 11)))
        return "invoice, account reference, serial, ticket"

    @T
    def ages(c, sy):
        c.t("customer", "my son is %s, i'm %s, and we've been customers since %s" % (sy.number(rng.randint(3, 17)), sy.number(rng.randint(30, 70)), sy.year(rng.randint(1990, 2020))))
        c.t("agent", "lovely, that's %s years of loyalty, it's %s degrees here today" % (sy.number(rng.randint(4, 30)), sy.number(rng.randint(10, 35))))
        return "ages, years, temperature"

    @T
    def ref_card_like(c, sy):
        r = gen_digits(rng, 16)
        c.t("agent", "i'll give you a reference number for the complaint, have you got a pen")
        c.t("customer", "go on")
        c.t("agent", "it's %s" % " ".join(sy.group(r[k:k + 4]) for k in range(0, 8, 4)))
        c.t("customer", "mhm")
        c.t("agent", "%s" % " ".join(sy.group(r[k:k + 4]) for k in range(8, 16, 4)))
        return "complaint reference read in card-like groups over turns"

    @T
    def dates(c, sy):
        c.t("agent", "your contract started on the %s of %s %s and the next payment date is %d/%d/%d" % (sy.ordinal(rng.randint(1, 28)), rng.choice(MONTHS), sy.year(rng.randint(2019, 2024)), rng.randint(1, 28), rng.randint(1, 12), rng.randint(2025, 2026)))
        c.t("customer", "and the appointment's %s at %s thirty?" % (rng.choice(["tuesday", "the fourteenth", "march third"]), sy.number(rng.randint(1, 11))))
        return "contract, payment and appointment dates"

    @T
    def counts(c, sy):
        c.t("customer", "I've called %d times, waited %d mins, and %d of my %d devices still don't work" % (rng.randint(3, 12), rng.randint(20, 95), rng.randint(2, 5), rng.randint(5, 9)))
        c.t("agent", "I'm sorry. Case %s-%s is now priority %d." % (rng.randint(2023, 2025), gen_digits(rng, 6), rng.randint(1, 3)))
        return "counts, durations, case number"

    @T
    def ssn_like_ref(c, sy):
        d = gen_digits(rng, 9)
        c.t("agent", "your confirmation number is %s %s %s" % (sy.digits(d[:3]), sy.digits(d[3:5]), sy.digits(d[5:])))
        c.t("customer", "confirmation %s-%s-%s, got it, and the pharmacy rx number was %s" % (d[:3], d[3:5], d[5:], gen_digits(rng, 7)))
        return "confirmation number in SSN grouping, with label"

    @T
    def ie_ref(c, sy):
        c.t("customer", "Revenue said my PPSN letter ref is %s and my MPRN is 10%s" % (gen_digits(rng, 8), gen_digits(rng, 9)))
        c.t("agent", "The MPRN is the meter point ref, thanks. Standing charge is EUR %d.%02d a month." % (rng.randint(5, 30), rng.randint(0, 99)))
        return "Irish meter point reference and letter reference"

    while len(out) < n:
        f = templates[len(out) % len(templates)]
        c = Case("negative", "")
        c.note = f(c, Say(rng))
        out.append(c)
    return out


# ---------------------------------------------------------------- build + check
def build():
    rng = random.Random(501241125)
    pos = []
    sched = []
    for f, w in SCENARIOS:
        sched += [f] * w
    i = 0

    def counts():
        cnt = {t: 0 for t in TYPES}
        for c in pos:
            for s in c.render("x")[0]["spans"]:
                cnt[s["type"]] += 1
        return cnt

    while len(pos) < 200:
        c = Case("positive", "")
        sched[i % len(sched)](rng, c)
        pos.append(c)
        i += 1
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    fill = {"CARD_NUMBER": sc_card, "SSN": sc_ssn, "NI_NUMBER": sc_ni, "IBAN": sc_iban, "CVV": sc_card,
            "EXPIRY": sc_card, "BANK_ACCOUNT": sc_bank, "SORT_CODE": sc_bank, "PHONE": sc_phone,
            "EMAIL": sc_email, "DOB": sc_dob, "POSTCODE": sc_address, "ADDRESS": sc_address}
    while True:
        cnt = counts()
        short = [t for t in TYPES if cnt[t] < need.get(t, 10)]
        if not short:
            break
        c = Case("positive", "")
        fill[short[0]](rng, c)
        pos.append(c)
    neg = negatives(rng, 110)
    rows, metas = [], []
    for k, c in enumerate(pos):
        r, m = c.render("h501-pos-%03d" % (k + 1))
        rows.append(r); metas.append((c, m))
    for k, c in enumerate(neg):
        r, m = c.render("h501-neg-%03d" % (k + 1))
        rows.append(r); metas.append((c, m))
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return text, rows, metas


def date_groups(text):
    t = text.lower()
    t = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", t)
    for i, mname in enumerate(MONTHS):
        t = re.sub(r"\b%s\b" % mname, " M%d " % (i + 1), t)
    t = re.sub(r"\bof\b", ",", t)
    t = re.sub(r"\bthe\b", " ", t)
    for i, w in enumerate(ORD_TEENS):
        t = re.sub(r"\b%s\b" % w, TEENS[i], t)
    for i, w in enumerate(ORD_UNITS[1:], 1):
        t = re.sub(r"\b%s\b" % w, UNITS[i], t)
    t = re.sub(r"\btwentieth\b", "twenty", t)
    t = re.sub(r"\bthirtieth\b", "thirty", t)
    t = re.sub(r"\btwo thousand (?:and )?(\w+(?: \w+)?)", lambda m: "20" + normalise(m.group(1)).zfill(2), t)
    months, nums = [], []
    parts = re.split(r"(M\d+)|[/.\-,]", t)
    for p in parts:
        if not p or not p.strip():
            continue
        p = p.strip()
        if re.fullmatch(r"M\d+", p):
            months.append(int(p[1:])); continue
        toks = p.split()
        # split spoken tokens into separate number expressions
        cur = []
        exprs = []
        for w in toks:
            if w in FILLERS:
                continue
            if w.isdigit() and cur:
                exprs.append(cur); cur = []
            if cur and (w in TENS[2:] or w in TEENS) and not (cur[-1] in ("oh", "o", "zero", "nought")):
                exprs.append(cur); cur = []
            if cur and w in ("oh", "o", "zero", "nought") and cur[-1] not in ("double", "triple"):
                exprs.append(cur); cur = []
            cur.append(w)
            if w.isdigit():
                exprs.append(cur); cur = []
        if cur:
            exprs.append(cur)
        for e in exprs:
            nums.append(int(normalise(" ".join(e))))
    return months, nums


def check_value(meta, texts):
    typ, canon, mode = meta["type"], meta["canon"], meta["mode"]
    if typ == "EMAIL":
        for t in texts:
            got = norm_email(t)
            assert got == canon, (got, canon)
            assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]+", got)
        return
    if typ in ("DOB", "EXPIRY"):
        assert len(texts) == 1
        months, nums = date_groups(texts[0])
        y, m = canon[0], canon[1]
        assert (m in months) or (m in nums), (texts, canon, months, nums)
        assert (y in nums) or (y % 100 in nums), (texts, canon, nums)
        if typ == "DOB":
            assert canon[2] in nums, (texts, canon, nums)
        else:
            assert 1 <= m <= 12 and 2020 <= y <= 2040
        return
    if typ == "ADDRESS":
        for t in texts:
            words = re.findall(r"[a-z']+|\d+|,", t.lower())
            assert any(w in STREET_WORDS for w in words), t
            runs, cur = [], []
            numw = set(UNITS) | set(TEENS) | set(TENS[2:]) | {"oh", "o", "nought", "hundred", "and", "double"}
            for w in words + ["#"]:
                if w.isdigit() or w in numw:
                    cur.append(w)
                else:
                    if cur and cur != ["and"]:
                        runs.append(int(normalise(" ".join(cur))))
                    cur = []
            for n in meta["nums"]:
                assert n in runs, (t, meta["nums"], runs)
        return
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    if typ == "PHONE":
        ext = meta.get("ext", "")
        joined = " ".join(texts)
        mparts = re.split(r"\b(?:extension|ext\.?|x(?=\d))", joined.lower())
        main = normalise(mparts[0])
        assert main == canon, (joined, main, canon)
        assert 10 <= len(main) <= 13
        if ext:
            assert len(mparts) == 2 and normalise(mparts[1]) == ext
        else:
            assert len(mparts) == 1
        return
    got = "".join(normalise(t, letters) for t in texts).upper()
    if mode == "infix":
        assert got in canon and len(got) >= 3, (got, canon)
        return
    if mode == "prefix":
        assert canon.startswith(got) and len(got) >= 2, (got, canon)
        return
    assert got == canon, (texts, got, canon)
    if typ == "CARD_NUMBER":
        assert 13 <= len(got) <= 19 and got.isdigit() and luhn_ok(got)
    elif typ == "CVV":
        assert re.fullmatch(r"\d{3,4}", got)
    elif typ == "SSN":
        if mode == "partial":
            assert re.fullmatch(r"\d{4}", got)
        else:
            assert re.fullmatch(r"\d{9}", got) and got[:3] not in ("000", "666") and got[0] != "9" and got[3:5] != "00" and got[5:] != "0000"
    elif typ == "NI_NUMBER":
        assert NI_RE.fullmatch(got) and got[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"), got
    elif typ == "BANK_ACCOUNT":
        if meta.get("aba"):
            assert aba_ok(got)
        else:
            assert re.fullmatch(r"\d{8,12}", got)
    elif typ == "SORT_CODE":
        assert re.fullmatch(r"\d{6}", got)
    elif typ == "IBAN":
        assert iban_ok(got), got
    elif typ == "POSTCODE":
        assert UK_PC.fullmatch(got) or re.fullmatch(r"\d{5}(\d{4})?", got), got


def check():
    text, rows, metas = build()
    with open(OUT, encoding="utf-8") as fh:
        disk = fh.read()
    assert disk == text, "file differs from regeneration"
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in (json.loads(l) for l in disk.splitlines()):
        assert r["kind"] in ("positive", "negative")
        assert all(t["speaker"] in ("customer", "agent") for t in r["turns"])
        if r["kind"] == "negative":
            assert r["spans"] == []
        else:
            assert r["spans"]
        by_turn = {}
        for s in r["spans"]:
            assert s["type"] in TYPES
            tx = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            assert 0 <= a < b <= len(tx), (r["id"], s)
            first_ok = tx[a].isalnum() or (s["type"] == "PHONE" and tx[a] in "+(" and tx[a + 1].isalnum())
            assert first_ok and tx[b - 1].isalnum(), (r["id"], tx[a:b])
            assert a == 0 or not tx[a - 1].isalnum(), (r["id"], tx[a - 1:b])
            assert b == len(tx) or not tx[b].isalnum(), (r["id"], tx[a:b + 1])
            by_turn.setdefault(s["turn"], []).append((a, b))
        for v in by_turn.values():
            v.sort()
            for (a1, b1), (a2, b2) in zip(v, v[1:]):
                assert b1 <= a2, (r["id"], "overlap")
    for r, (c, m) in zip(rows, metas):
        groups = {}
        for s, gid in zip(r["spans"], m):
            groups.setdefault(gid, []).append(r["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        assert set(groups) == set(c.values), r["id"]
        for gid, texts in groups.items():
            try:
                check_value(c.values[gid], texts)
            except (AssertionError, ValueError) as e:
                raise AssertionError("%s: %s %r %s" % (r["id"], c.values[gid]["type"], texts, e))
    # negatives must not hide a Luhn card with a card label etc: sanity that no type words leak
    cnt = {t: 0 for t in TYPES}
    for r in rows:
        for s in r["spans"]:
            cnt[s["type"]] += 1
    npos = sum(r["kind"] == "positive" for r in rows)
    nneg = len(rows) - npos
    assert npos >= 200 and nneg >= 100
    assert cnt["CARD_NUMBER"] >= 70 and cnt["SSN"] >= 30 and cnt["NI_NUMBER"] >= 30
    assert all(v >= 10 for v in cnt.values()), cnt
    print("OK: %d positive, %d negative, %d spans" % (npos, nneg, sum(cnt.values())))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))


def main():
    if "--check" in sys.argv:
        check()
        return
    text, rows, _ = build()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print("wrote %d cases to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()

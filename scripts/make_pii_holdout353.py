#!/usr/bin/env python3
"""Generate the pii_holdout353 held-out PII redaction evaluation set.

Usage:
    python scripts/make_pii_holdout353.py          # write cases.jsonl
    python scripts/make_pii_holdout353.py --check  # regenerate + validate

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.
"""
import json
import os
import re
import sys
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout353", "cases.jsonl")

R = random.Random(353241125)

# ---------------------------------------------------------------- builders


class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []  # (speaker, [segments])
        self.values = {}  # vid -> (type, canonical)
        self._cur = None

    def turn(self, speaker):
        self._cur = []
        self.turns.append((speaker, self._cur))
        return self

    def t(self, text):
        self._cur.append(("txt", text))
        return self

    def v(self, text, typ, vid, mode="full"):
        """mode: full (joined with other full parts of vid), prefix (abandoned
        fragment), suffix (last-four of a card already read in full)."""
        self._cur.append(("val", text, typ, vid, mode))
        return self

    def value(self, vid, typ, canon):
        self.values[vid] = (typ, canon)

    def render(self, cid):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            buf = ""
            for s in segs:
                if s[0] == "txt":
                    buf += s[1]
                else:
                    _, text, typ, vid, mode = s
                    st = len(buf)
                    buf += text
                    spans.append({"turn": ti, "start": st, "end": len(buf), "type": typ})
                    meta.append((vid, mode))
            turns.append({"speaker": spk, "text": buf})
        order = sorted(range(len(spans)), key=lambda i: (spans[i]["turn"], spans[i]["start"]))
        spans = [spans[i] for i in order]
        meta = [meta[i] for i in order]
        rec = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return rec, meta, dict(self.values)


# ---------------------------------------------------------------- value makers

def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_card():
    kind = R.choice(["visa16", "visa16", "mc16", "mc16", "amex", "visa13", "maestro19", "disc16"])
    if kind == "visa16":
        return luhn_complete("4", 16)
    if kind == "mc16":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    if kind == "visa13":
        return luhn_complete("4", 13)
    if kind == "maestro19":
        return luhn_complete(R.choice(["6759", "6761", "5018"]), 19)
    return luhn_complete("6011", 16)


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:7], c[7:10], c[10:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def ni_valid(s):
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s)) and s[:2] not in NI_BAD


def make_sort():
    return "%02d%02d%02d" % (R.choice([20, 40, 60, 77, 83, 30, 90, 11, 16, 93]), R.randint(0, 99), R.randint(0, 99))


def make_acct(n=8):
    return str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(n - 1))


IBAN_SPEC = {"GB": ("L4", 14), "IE": ("L4", 14), "DE": ("", 18), "NL": ("L4", 10), "FR": ("", 23), "ES": ("", 20)}
BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI", "IPBS"], "NL": ["ABNA", "RABO", "INGB"]}


def iban_check(s):
    s = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97 == 1


def make_iban():
    cc = R.choice(["GB", "GB", "IE", "IE", "DE", "NL", "FR", "ES"])
    pre, n = IBAN_SPEC[cc]
    bban = (R.choice(BANKS[cc]) if pre else "") + "".join(R.choice("0123456789") for _ in range(n))
    tmp = bban + cc + "00"
    num = int("".join(str(int(ch, 36)) for ch in tmp))
    chk = 98 - num % 97
    return cc + "%02d" % chk + bban


def iban_groups(s):
    return [s[i:i + 4] for i in range(0, len(s), 4)]


def make_phone():
    k = R.choice(["ukmob", "ukmob", "uklon", "ukintl", "us", "usintl", "ie", "ieintl", "fr"])
    if k == "ukmob":
        d = "07" + "".join(R.choice("0123456789") for _ in range(9))
        return k, d, [d[:5], d[5:8], d[8:]]
    if k == "uklon":
        d = "020" + R.choice("378") + "".join(R.choice("0123456789") for _ in range(7))
        return k, d, [d[:3], d[3:7], d[7:]]
    if k == "ukintl":
        d = "447" + "".join(R.choice("0123456789") for _ in range(9))
        return k, "+" + d, ["44", d[2:6], d[6:9], d[9:]]
    if k == "us":
        d = str(R.randint(2, 9)) + "%02d" % R.randint(1, 99) + str(R.randint(2, 9)) + "".join(R.choice("0123456789") for _ in range(6))
        return k, d, [d[:3], d[3:6], d[6:]]
    if k == "usintl":
        d = "1" + str(R.randint(2, 9)) + "%02d" % R.randint(1, 99) + str(R.randint(2, 9)) + "".join(R.choice("0123456789") for _ in range(6))
        return k, "+" + d, ["1", d[1:4], d[4:7], d[7:]]
    if k == "ie":
        d = "08" + R.choice("35679") + "".join(R.choice("0123456789") for _ in range(7))
        return k, d, [d[:3], d[3:6], d[6:]]
    if k == "ieintl":
        d = "3538" + R.choice("35679") + "".join(R.choice("0123456789") for _ in range(7))
        return k, "+" + d, ["353", d[3:5], d[5:8], d[8:]]
    d = "336" + "".join(R.choice("0123456789") for _ in range(8))
    return k, "+" + d, ["33", d[2:3], d[3:5], d[5:7], d[7:9], d[9:]]


FIRST = ["sarah", "james", "aoife", "liam", "priya", "tom", "niamh", "marcus", "olu", "grace", "dmitri",
         "fatima", "sean", "kelly", "raj", "hannah", "conor", "mei", "joe", "beatriz", "ewan", "zara"]
LAST = ["okafor", "murphy", "smith", "kowalski", "byrne", "patel", "nguyen", "o'neill", "hughes",
        "garcia", "walsh", "fischer", "brennan", "adeyemi", "campbell", "rossi", "doyle", "khan"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "eircom.net", "icloud.com",
           "btinternet.com", "proton.me", "web.de", "aol.com"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST).replace("'", "")
    style = R.choice(["f.l", "fl", "f_l", "f.lNN", "fL", "lf", "fNN"])
    nn = str(R.randint(1, 99))
    local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "f.lNN": f + "." + l + nn,
             "fL": f[0] + l, "lf": l + "." + f[0], "fNN": f + nn}[style]
    return local, R.choice(DOMAINS)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
STREETS_UK = ["Harcourt Road", "Mill Lane", "Station Road", "Kingsley Avenue", "Orchard Close", "Ashgrove Crescent",
              "Victoria Street", "Bridge Street", "Elm Grove", "Clarendon Terrace", "Wellington Place", "Church Lane"]
STREETS_US = ["Maple Street", "Oak Avenue", "Sunset Boulevard", "Pine Drive", "Lakeview Court", "Elm Street",
              "Jefferson Avenue", "Willow Lane", "Cedar Road", "Park Place"]
TOWNS_UK = ["Leeds", "Bristol", "Croydon", "Swansea", "Norwich", "Glasgow", "Reading", "Stockport"]
TOWNS_US = ["Austin", "Columbus", "Tampa", "Denver", "Raleigh", "Boise", "Fresno", "Albany"]
UK_PC_AREAS = ["LS", "BS", "CR", "SA", "NR", "G", "RG", "SK", "M", "B", "EH", "CF", "SW", "N", "E"]


def make_uk_pc():
    a = R.choice(UK_PC_AREAS)
    return a + str(R.randint(1, 19)), str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")


def make_zip():
    z = "%05d" % R.randint(10001, 99899)
    if R.random() < 0.3:
        z += "-%04d" % R.randint(1, 9999)
    return z


# ---------------------------------------------------------------- spoken forms

UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot", "g": "golf",
        "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november",
        "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
FILLERS = ["um", "uh", "er", "erm"]


def zero_word(z):
    return z


def sp_singles(g, z, allow_runs=True):
    out, i = [], 0
    while i < len(g):
        ch = g[i]
        run = 1
        while i + run < len(g) and g[i + run] == ch:
            run += 1
        w = z if ch == "0" else UNIT[int(ch)]
        if allow_runs and run >= 3 and R.random() < 0.6:
            out.append("triple " + w)
            i += 3
        elif allow_runs and run >= 2 and R.random() < 0.7:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def sp_pair(p, z, last):
    a, b = p
    if a == "0":
        return None
    if a == "1":
        return TEEN[int(b)]
    if b == "0":
        return TENS[int(a)] if last else None
    return TENS[int(a)] + " " + UNIT[int(b)]


def sp_group(g, z, last, mode=None):
    mode = mode or R.choice(["single", "single", "single", "pairs", "hundred"])
    if mode == "pairs" and len(g) % 2 == 0:
        parts = []
        for j in range(0, len(g), 2):
            p = sp_pair(g[j:j + 2], z, last and j + 2 == len(g))
            parts.append(p if p else sp_singles(g[j:j + 2], z))
        return " ".join(parts)
    if mode == "hundred" and len(g) == 3 and g[0] != "0" and g[2] != "0":
        bc = g[1:]
        tail = sp_pair(bc, z, True) if bc[0] != "0" else UNIT[int(bc[1])]
        return UNIT[int(g[0])] + " hundred and " + tail
    if mode == "hundred" and len(g) == 4 and g[0] != "0" and g[1] != "0" and g[3] != "0":
        # e.g. 4412 -> four four hundred and twelve? keep natural: forty four twelve
        return sp_group(g, z, last, "pairs")
    return sp_singles(g, z)


def spoken_digits(groups, fillers=0.15, seps=None):
    """Render digit groups as ASR words. Returns list of group strings (for
    splitting across turns) already including internal fillers."""
    z = R.choice(["oh", "oh", "o", "zero", "nought", "zero"])
    out = []
    for i, g in enumerate(groups):
        s = sp_group(g, z, i == len(groups) - 1)
        out.append(s)
    return out


def join_groups(parts, fill=0.15):
    res = parts[0]
    for p in parts[1:]:
        sep = R.choice([" ", ", ", " ", "... ", " "])
        if R.random() < fill:
            sep = sep + R.choice(FILLERS) + R.choice([" ", ", ", "... "])
        res += sep + p
    return res


def sp_letter(c, nato_p=0.4, bare=True):
    c = c.lower()
    r = R.random()
    if r < nato_p * 0.5:
        return c + " for " + NATO[c]
    if r < nato_p * 0.8:
        return c + " as in " + NATO[c]
    if r < nato_p and bare:
        return NATO[c]
    return c


def sp_number(n):
    """0..99 as words."""
    if n < 10:
        return UNIT[n]
    if n < 20:
        return TEEN[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNIT[n % 10])


def sp_year(y, long=False):
    if y >= 2000:
        if y < 2010 or long:
            return "two thousand" + ("" if y == 2000 else " and " + sp_number(y - 2000))
        return "twenty " + sp_number(y - 2000)
    return sp_number(y // 100) + " " + (sp_number(y % 100) if y % 100 >= 10 else "oh " + UNIT[y % 10])


ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
       "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]

# ---------------------------------------------------------------- contexts

INDUSTRY_UK = [("banking", "Northgate Bank"), ("telecom", "Vyra Mobile"), ("utilities", "Brightwell Energy"),
               ("retail", "Hollis & Finch"), ("insurance", "Castlegate Insurance"), ("travel", "SkyPoint Holidays"),
               ("healthcare billing", "Meridian Private Health"), ("government services", "the council tax office")]
INDUSTRY_US = [("banking", "Summit Federal Credit Union"), ("telecom", "Lumen Wireless"), ("utilities", "Tri-County Power"),
               ("retail", "BlueCart"), ("insurance", "Heartland Mutual"), ("travel", "Aeris Airlines"),
               ("healthcare billing", "St. Vincent Billing Services"), ("government services", "the DMV helpline")]
INDUSTRY_IE = [("banking", "Liffey Bank"), ("telecom", "Eir-Connect"), ("utilities", "Shannon Gas"),
               ("insurance", "Atlantic Assure"), ("travel", "Emerald Ferries")]
INDUSTRY_EU = [("banking", "Rheinhaus Bank"), ("travel", "EuroRail Direct"), ("retail", "Maison Verte"),
               ("telecom", "Orbis Telecom")]


def ctx(region=None):
    region = region or R.choice(["UK", "US", "IE", "EU"])
    pool = {"UK": INDUSTRY_UK, "US": INDUSTRY_US, "IE": INDUSTRY_IE, "EU": INDUSTRY_EU}[region]
    ind, org = R.choice(pool)
    return region, ind, org


def backchannel():
    return R.choice(["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yeah go ahead", "mm-hmm, next four",
                     "okay, and the rest?", "yep, carry on"])


def greet(org):
    return R.choice(["thanks for calling %s, how can I help?" % org,
                     "you're through to %s, my name's Dan, what can I do for you today" % org,
                     "Hi, welcome to %s chat. How can I help?" % org,
                     "%s, you're speaking with Priya" % org])


# ---------------------------------------------------------------- typed renders

def typed_card(c):
    gs = card_groups(c)
    s = R.choice(["sp", "sp", "dash", "none", "dot", "odd"])
    if s == "sp":
        return " ".join(gs)
    if s == "dash":
        return "-".join(gs)
    if s == "none":
        return c
    if s == "dot":
        return ".".join(gs)
    # odd grouping
    cut = sorted(R.sample(range(2, len(c) - 1), 3))
    parts, prev = [], 0
    for k in cut:
        parts.append(c[prev:k])
        prev = k
    parts.append(c[prev:])
    return " ".join(parts)


def typed_ssn(s):
    return R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:], s[:3] + "." + s[3:5] + "." + s[5:]])


def typed_ni(n):
    st = R.choice(["plain", "sp", "lower", "sp2"])
    if st == "plain":
        return n
    if st == "lower":
        return n.lower()
    if st == "sp":
        return " ".join([n[:2], n[2:4], n[4:6], n[6:8], n[8]])
    return n[:2] + " " + n[2:8] + " " + n[8]


def typed_sort(s):
    return R.choice([s[:2] + "-" + s[2:4] + "-" + s[4:], s, s[:2] + " " + s[2:4] + " " + s[4:]])


# ---------------------------------------------------------------- positive scenarios

POS = []


def pos(fn):
    POS.append(fn)
    return fn


def card_asr_parts(c):
    gs = card_groups(c)
    return spoken_digits(gs)


def sp_expiry(m, y):
    st = R.choice(["num", "name", "slash"])
    if st == "num":
        return ("oh " if m < 10 else "") + sp_number(m) + " " + sp_number(y % 100)
    if st == "name":
        return MONTHS[m - 1] + " " + sp_year(y)
    return sp_number(m) + " slash " + sp_number(y % 100)


def typed_expiry(m, y):
    return R.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%d/%02d" % (m, y % 100), "%02d-%02d" % (m, y % 100),
                     "%s %d" % (MONTHS[m - 1][:3].title(), y)])


@pos
def card_chat(case_n):
    region, ind, org = ctx()
    c = Case("positive", "typed chat: card, expiry, CVV (%s, %s)" % (ind, region))
    card = make_card(); m = R.randint(1, 12); y = R.randint(2025, 2031)
    cvv = "".join(R.choice("0123456789") for _ in range(4 if len(card) == 15 else 3))
    c.value("c", "CARD_NUMBER", card); c.value("e", "EXPIRY", (m, y)); c.value("v", "CVV", cvv)
    c.turn("agent").t(greet(org))
    lab = R.choice(["card no: ", "Card number is ", "its ", "card - ", "CC#", "long number: ", "here u go "])
    c.turn("customer").t(R.choice(["I want to pay my bill. ", "need to update my payment card pls. ", "", "paying off the balance, "])
                         ).t(lab).v(typed_card(card), "CARD_NUMBER", "c")
    c.turn("agent").t("Thanks. And the expiry date and security code?")
    ex = typed_expiry(m, y)
    form = R.choice([0, 1, 2])
    if form == 0:
        c.turn("customer").t("exp ").v(ex, "EXPIRY", "e").t(" cvv ").v(cvv, "CVV", "v")
    elif form == 1:
        c.turn("customer").t("expires ").v(ex, "EXPIRY", "e").t(", code on the back is ").v(cvv, "CVV", "v")
    else:
        c.turn("customer").v(ex, "EXPIRY", "e").t(" and ").v(cvv, "CVV", "v")
    return c


@pos
def card_asr_split(case_n):
    region, ind, org = ctx()
    c = Case("positive", "ASR: card read over several turns with back-channels, read-back (%s, %s)" % (ind, region))
    card = make_card()
    c.value("c", "CARD_NUMBER", card)
    parts = card_asr_parts(card)
    c.turn("agent").t(R.choice(["okay and the long number across the front of the card when you're ready",
                                "can i take the card number please", "go ahead with the sixteen digit number"]))
    i = 0
    first = True
    while i < len(parts):
        n = R.choice([1, 2, 2])
        chunk = join_groups(parts[i:i + n])
        t = c.turn("customer")
        if first:
            t.t(R.choice(["yeah it's ", "okay so it's ", "um ", "right ", ""]))
            first = False
        t.v(chunk, "CARD_NUMBER", "c")
        i += n
        if i < len(parts):
            c.turn("agent").t(backchannel())
    if R.random() < 0.7:
        c.value("rb", "CARD_NUMBER", card)
        rb = join_groups(spoken_digits(card_groups(card)), fill=0)
        c.turn("agent").t("so that's ").v(rb, "CARD_NUMBER", "rb").t(R.choice([" yeah?", " is that right", ""]))
        c.turn("customer").t(R.choice(["yes", "that's it", "yep spot on"]))
        if R.random() < 0.5:
            c.value("rb", "CARD_NUMBER", card)
            c.turn("agent").t("lovely, so the card ending ").v(
                sp_singles(card[-4:], "oh", False), "CARD_NUMBER", "rb", "suffix").t(" is now on the account")
    if R.random() < 0.6:
        m = R.randint(1, 12); y = R.randint(2025, 2031)
        c.value("e", "EXPIRY", (m, y))
        c.turn("agent").t("and the expiry")
        c.turn("customer").t(R.choice(["", "it's ", "um "])).v(sp_expiry(m, y), "EXPIRY", "e")
    if R.random() < 0.6:
        cvv = "".join(R.choice("0123456789") for _ in range(3))
        c.value("v", "CVV", cvv)
        c.turn("agent").t("and the last three digits on the back")
        c.turn("customer").v(sp_singles(cvv, R.choice(["oh", "zero"])), "CVV", "v")
    return c


@pos
def card_asr_restart(case_n):
    region, ind, org = ctx()
    c = Case("positive", "ASR: card reading abandoned and restarted, aside mid-reading (%s, %s)" % (ind, region))
    card = make_card()
    c.value("c", "CARD_NUMBER", card)
    parts = card_asr_parts(card)
    t = c.turn("customer").t(R.choice(["okay the card number is ", "right so ", "it's a visa, "]))
    k = R.randint(1, 2)
    t.v(join_groups(parts[:k]), "CARD_NUMBER", "c", "prefix")
    t.t(R.choice([" no sorry, that's my old card, hang on. okay it's ", " wait, let me start again, ",
                  " sorry i've lost my place, from the top, "]))
    mid = R.randint(1, len(parts) - 1)
    t.v(join_groups(parts[:mid]), "CARD_NUMBER", "c")
    t.t(R.choice([" ... sorry the dog's barking, one sec ... ", " hang on my glasses, okay, ",
                  " (can you hear me? signal's bad) ", " — sorry, yeah — "]))
    t.v(join_groups(parts[mid:]), "CARD_NUMBER", "c")
    c.turn("agent").t(R.choice(["thank you, and can you confirm the billing postcode", "perfect, thank you",
                                "thanks, give me one moment while i process that"]))
    return c


@pos
def card_email(case_n):
    region, ind, org = ctx()
    c = Case("positive", "typed e-mail with card and agent masking reply (%s, %s)" % (ind, region))
    card = make_card(); c.value("c", "CARD_NUMBER", card)
    m = R.randint(1, 12); y = R.randint(2025, 2031); c.value("e", "EXPIRY", (m, y))
    c.turn("customer").t("Hello,\nPlease charge the outstanding invoice INV-%d of £%d.%02d to my card:\n" % (
        R.randint(10000, 99999), R.randint(20, 900), R.randint(0, 99))).t(R.choice(["Card: ", "Number - ", "CARD NO. "])).v(
        typed_card(card), "CARD_NUMBER", "c").t("\n" + R.choice(["Exp: ", "Valid thru ", "Expiry "])).v(
        typed_expiry(m, y), "EXPIRY", "e").t("\nKind regards,\n%s" % R.choice(FIRST).title())
    c.turn("agent").t("Dear customer, we have processed the payment. For your security please do not send card details by e-mail in future.")
    return c


@pos
def ssn_case(case_n):
    region, ind, org = "US", *R.choice(INDUSTRY_US)
    c = Case("positive", "SSN (%s)" % ind)
    s = make_ssn(); c.value("s", "SSN", s)
    st = R.choice(["chat", "asr", "asr_split", "asr_rb"])
    c.turn("agent").t(R.choice(["Can you verify the last four or the full social for me?",
                                "for verification i'll need your social security number",
                                "To open the claim I need the SSN of the policy holder."]))
    if st == "chat":
        c.note = "typed chat: SSN with label (%s)" % ind
        c.turn("customer").t(R.choice(["ssn ", "SSN: ", "my social is ", "soc sec # ", "full one is "])).v(typed_ssn(s), "SSN", "s")
    else:
        z = R.choice(["oh", "zero"])
        parts = [sp_group(s[:3], z, False), sp_group(s[3:5], z, False), sp_group(s[5:], z, True)]
        if st == "asr_split":
            c.note = "ASR: SSN split across turns with back-channel (%s)" % ind
            c.turn("customer").t("sure it's ").v(parts[0], "SSN", "s")
            c.turn("agent").t(backchannel())
            c.turn("customer").v(join_groups(parts[1:], 0.4), "SSN", "s")
        else:
            c.note = "ASR: SSN spoken%s (%s)" % (" with read-back" if st == "asr_rb" else "", ind)
            c.turn("customer").t(R.choice(["yeah it's ", "uh ", "okay ", ""])).v(join_groups(parts, 0.3), "SSN", "s")
            if st == "asr_rb":
                c.value("r", "SSN", s)
                c.turn("agent").t("let me read that back, ").v(join_groups(
                    [sp_singles(s[:3], z, False), sp_singles(s[3:5], z, False), sp_singles(s[5:], z, False)], 0), "SSN", "r")
                c.turn("customer").t("correct")
    return c


def ni_spoken(n):
    letters = " ".join(sp_letter(ch) for ch in n[:2])
    z = R.choice(["oh", "zero", "nought"])
    digs = join_groups([sp_group(n[2:4], z, False), sp_group(n[4:6], z, False), sp_group(n[6:8], z, False)], 0.2)
    return letters, digs, sp_letter(n[8])


@pos
def ni_case(case_n):
    region, ind, org = "UK", *R.choice(INDUSTRY_UK)
    c = Case("positive", "NI number (%s)" % ind)
    n = make_ni(); c.value("n", "NI_NUMBER", n)
    c.turn("agent").t(R.choice(["can i take your national insurance number please",
                                "What's your NI number so I can find the record?",
                                "and for security, your national insurance number"]))
    st = R.choice(["chat", "asr", "asr_split", "asr_rb"])
    if st == "chat":
        c.note = "typed chat: NI number (%s)" % ind
        c.turn("customer").t(R.choice(["NI no: ", "its ", "NINO ", "national insurance - ", ""])).v(typed_ni(n), "NI_NUMBER", "n").t(
            R.choice(["", " thanks", " (from my payslip)"]))
    else:
        L, D, S = ni_spoken(n)
        if st == "asr_split":
            c.note = "ASR: NI number split across turns, NATO spelling (%s)" % ind
            c.turn("customer").t("yeah it's ").v(L, "NI_NUMBER", "n")
            c.turn("agent").t(backchannel())
            c.turn("customer").v(D, "NI_NUMBER", "n")
            c.turn("agent").t(R.choice(["and the letter at the end", "and the last letter?"]))
            c.turn("customer").t(R.choice(["", "it's ", "that's "])).v(S, "NI_NUMBER", "n")
        else:
            c.note = "ASR: NI number spoken%s (%s)" % (" with read-back" if st == "asr_rb" else "", ind)
            c.turn("customer").t(R.choice(["um yeah ", "it's ", "okay it's "])).v(L + " " + D + " " + S, "NI_NUMBER", "n")
            if st == "asr_rb":
                c.value("r", "NI_NUMBER", n)
                c.turn("agent").t("thank you so that's ").v(
                    " ".join(n[:2].lower()) + " " + sp_singles(n[2:8], "zero", False) + " " + n[8].lower(), "NI_NUMBER", "r")
    return c


@pos
def bank_case(case_n):
    region, ind, org = "UK", "banking", R.choice(["Northgate Bank", "Brightwell Energy", "Castlegate Insurance", "the council tax office"])
    c = Case("positive", "sort code + account number for direct debit (%s)" % org)
    s = make_sort(); a = make_acct(8)
    c.value("s", "SORT_CODE", s); c.value("a", "BANK_ACCOUNT", a)
    st = R.choice(["chat", "asr", "asr"])
    c.turn("agent").t("to set up the direct debit i'll need the sort code and account number")
    if st == "chat":
        c.note = "typed chat: " + c.note
        c.turn("customer").t(R.choice(["sort code ", "s/c: ", "SC "])).v(typed_sort(s), "SORT_CODE", "s").t(
            R.choice([" acct no: ", ", account ", " a/c "])).v(R.choice([a, a[:4] + " " + a[4:]]), "BANK_ACCOUNT", "a")
    else:
        c.note = "ASR: " + c.note
        z = R.choice(["oh", "zero", "nought"])
        sc = join_groups([sp_group(s[i:i + 2], z, i == 4, R.choice(["pairs", "single"])) for i in (0, 2, 4)], 0.1)
        c.turn("customer").t(R.choice(["sort code is ", "okay the sort code ", "it's "])).v(sc, "SORT_CODE", "s")
        c.turn("agent").t(backchannel() + ", and the account number")
        ag = spoken_digits([a[:4], a[4:]])
        c.turn("customer").v(ag[0], "BANK_ACCOUNT", "a")
        c.turn("agent").t(backchannel())
        c.turn("customer").v(ag[1], "BANK_ACCOUNT", "a")
        if R.random() < 0.5:
            c.value("ra", "BANK_ACCOUNT", a)
            c.turn("agent").t("that's ").v(sp_singles(a, z, False), "BANK_ACCOUNT", "ra").t(" with sort code ending " + sp_number(int(s[4:])) + "?" if False else "?")
    return c


@pos
def us_bank_case(case_n):
    ind, org = R.choice(INDUSTRY_US)
    c = Case("positive", "US checking account number (%s)" % ind)
    a = make_acct(R.choice([10, 11, 12])); c.value("a", "BANK_ACCOUNT", a)
    c.turn("agent").t("What's the checking account number you'd like the refund sent to?")
    if R.random() < 0.5:
        c.turn("customer").t(R.choice(["acct # ", "account number ", "checking acct: "])).v(a, "BANK_ACCOUNT", "a")
    else:
        c.turn("customer").t("okay it's ").v(join_groups(spoken_digits([a[:3], a[3:6], a[6:]]), 0.3), "BANK_ACCOUNT", "a")
    return c


@pos
def iban_case(case_n):
    region = R.choice(["IE", "EU", "UK"])
    _, ind, org = ctx(region)
    ib = make_iban(); c = Case("positive", "IBAN (%s, %s)" % (ind, ib[:2]))
    c.value("i", "IBAN", ib)
    c.turn("agent").t(R.choice(["Please send the IBAN for the refund.", "can i have the iban of the account please"]))
    if R.random() < 0.55:
        c.note = "typed: " + c.note
        g = iban_groups(ib)
        txt = R.choice([" ".join(g), ib, ib.lower(), " ".join(g).lower()])
        c.turn("customer").t(R.choice(["IBAN: ", "iban is ", "my IBAN ", ""])).v(txt, "IBAN", "i")
    else:
        c.note = "ASR: " + c.note
        gs = iban_groups(ib)
        z = R.choice(["oh", "zero"])
        spoken = []
        for g in gs:
            words = []
            k = 0
            while k < len(g):
                if g[k].isalpha():
                    words.append(sp_letter(g[k], 0.3) if g[k] != "O" else R.choice(["o for oscar", "oscar", "o as in oscar"])); k += 1
                else:
                    j = k
                    while j < len(g) and g[j].isdigit():
                        j += 1
                    words.append(sp_singles(g[k:j], z)); k = j
            spoken.append(" ".join(words))
        half = len(spoken) // 2
        c.turn("customer").t("yeah so it's ").v(join_groups(spoken[:half], 0.15), "IBAN", "i")
        c.turn("agent").t(backchannel())
        c.turn("customer").v(join_groups(spoken[half:], 0.15), "IBAN", "i")
    return c


def typed_phone(kind, groups, canon):
    if canon.startswith("+"):
        return "+" + " ".join(groups) if R.random() < 0.7 else canon
    if kind == "us":
        return R.choice(["(%s) %s-%s" % tuple(groups), "%s-%s-%s" % tuple(groups), "%s.%s.%s" % tuple(groups), "".join(groups)])
    return R.choice([" ".join(groups), "".join(groups), "-".join(groups)])


@pos
def phone_case(case_n):
    kind, canon, groups = make_phone()
    region = {"u": "UK", "i": "IE", "f": "EU"}.get(kind[1] if kind.startswith("u") else kind[0], "UK")
    if kind.startswith("us"):
        region = "US"
    elif kind.startswith("uk"):
        region = "UK"
    elif kind.startswith("ie"):
        region = "IE"
    else:
        region = "EU"
    _, ind, org = ctx(region)
    c = Case("positive", "phone %s (%s)" % (kind, ind))
    c.value("p", "PHONE", canon)
    c.turn("agent").t(R.choice(["what's the best number to reach you on", "Can I get a contact number?",
                                "and a mobile number for the text alerts?"]))
    if R.random() < 0.45:
        c.note = "typed: " + c.note
        tp = typed_phone(kind, groups, canon)
        c.turn("customer").t(R.choice(["mob: ", "tel ", "call me on ", "my cell is ", "ph# ", "it's "]) + ("+" if tp[0] == "+" else "")).v(
            tp.lstrip("+"), "PHONE", "p")
    else:
        c.note = "ASR: " + c.note
        sg = spoken_digits(groups)
        if canon.startswith("+"):
            sg[0] = "plus " + sp_singles(groups[0], "oh", False)
        if R.random() < 0.5:
            c.turn("customer").t(R.choice(["yeah it's ", "um it's ", "best one is my mobile, "])).v(join_groups(sg, 0.2), "PHONE", "p")
        else:
            c.turn("customer").t("okay it's ").v(join_groups(sg[:2], 0.2), "PHONE", "p")
            c.turn("agent").t(backchannel())
            c.turn("customer").v(join_groups(sg[2:], 0.2), "PHONE", "p")
        if R.random() < 0.5:
            c.value("r", "PHONE", canon)
            c.turn("agent").t("i've got ").v(join_groups(spoken_digits(groups) if not canon.startswith("+") else
                                                          ["plus " + sp_singles(groups[0], "oh", False)] + spoken_digits(groups[1:]), 0),
                                              "PHONE", "r").t(R.choice([", correct?", " is that right"]))
            c.turn("customer").t("yes")
    return c


def spoken_email(local, dom):
    def word(w):
        out = []
        for part in re.split(r"(\d+)", w):
            if not part:
                continue
            if part.isdigit():
                out.append(sp_singles(part, "zero", False))
            elif len(part) <= 2 or R.random() < 0.25:
                out.append(" ".join(sp_letter(ch, 0.3, False) for ch in part))
            else:
                out.append(part)
        return " ".join(out)
    loc = []
    for tok in re.split(r"([._])", local):
        if tok == ".":
            loc.append("dot")
        elif tok == "_":
            loc.append("underscore")
        elif tok:
            loc.append(word(tok))
    d = " dot ".join(dom.split("."))
    return " ".join(loc) + " at " + d


@pos
def email_case(case_n):
    region, ind, org = ctx()
    local, dom = make_email()
    c = Case("positive", "e-mail (%s, %s)" % (ind, region))
    c.value("m", "EMAIL", local + "@" + dom)
    c.turn("agent").t(R.choice(["and what email should we send the confirmation to", "Can I confirm your email address?"]))
    if R.random() < 0.45:
        c.note = "typed: " + c.note
        e = local + "@" + dom
        e = R.choice([e, e, e.title() if "_" not in e else e, e.upper()[:1] + e[1:]])
        c.turn("customer").t(R.choice(["email: ", "it's ", "", "use "])).v(e, "EMAIL", "m").t(R.choice(["", " thx", " please"]))
    else:
        c.note = "ASR: " + c.note
        c.turn("customer").t(R.choice(["yeah it's ", "it's ", "okay so "])).v(spoken_email(local, dom), "EMAIL", "m")
        if R.random() < 0.4:
            c.value("r", "EMAIL", local + "@" + dom)
            c.turn("agent").t("so ").v(spoken_email(local, dom), "EMAIL", "r").t("?")
            c.turn("customer").t("that's the one")
    return c


@pos
def dob_case(case_n):
    region, ind, org = ctx()
    c = Case("positive", "date of birth (%s, %s)" % (ind, region))
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2004)
    c.value("d", "DOB", (d, m, y))
    c.turn("agent").t(R.choice(["can you confirm your date of birth", "And your DOB please?", "and the patient's date of birth"]))
    st = R.choice(["typed", "asr1", "asr2", "asr3"])
    if st == "typed":
        txt = R.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                        "%d-%02d-%02d" % (y, m, d), "%02d.%02d.%02d" % (d, m, y % 100)])
        c.turn("customer").t(R.choice(["dob ", "DOB: ", "born ", ""])).v(txt, "DOB", "d")
    elif st == "asr1":
        c.turn("customer").t(R.choice(["it's the ", "the ", "yeah "])).v(
            ORD[d] + " of " + MONTHS[m - 1] + " " + sp_year(y), "DOB", "d")
    elif st == "asr2":
        c.turn("customer").v(MONTHS[m - 1] + " " + ORD[d] + ", " + sp_year(y), "DOB", "d")
    else:
        c.turn("customer").v(sp_singles("%02d" % d, "oh", False) + " " + sp_singles("%02d" % m, "oh", False) + " " +
                             R.choice(["", "um "]) + sp_year(y), "DOB", "d")
    if R.random() < 0.3:
        c.value("r", "DOB", (d, m, y))
        c.turn("agent").t("thank you, ").v(ORD[d] + " of " + MONTHS[m - 1] + " " + sp_year(y), "DOB", "r").t(", that matches")
    return c


@pos
def address_case(case_n):
    us = R.random() < 0.4
    region = "US" if us else "UK"
    _, ind, org = ctx(region)
    c = Case("positive", "address + postcode (%s, %s)" % (ind, region))
    num = R.randint(1, 240)
    street = R.choice(STREETS_US if us else STREETS_UK)
    town = R.choice(TOWNS_US if us else TOWNS_UK)
    flat = (not us) and R.random() < 0.3
    c.turn("agent").t(R.choice(["what's the address on the account", "can you confirm the first line of the address and the postcode"]))
    if us:
        z = make_zip(); canon_pc = z.replace("-", "")
    else:
        out, inn = make_uk_pc(); canon_pc = out + inn
    c.value("a", "ADDRESS", street); c.value("p", "POSTCODE", canon_pc)
    if R.random() < 0.5:
        c.note = "typed: " + c.note
        addr = ("Flat %d, " % R.randint(1, 30) if flat else "") + str(num) + " " + street
        if R.random() < 0.3:
            addr = addr.lower()
        pct = z if us else R.choice([out + " " + inn, out + inn, (out + " " + inn).lower()])
        c.turn("customer").v(addr, "ADDRESS", "a").t(", " + town + ", ").v(pct, "POSTCODE", "p")
    else:
        c.note = "ASR: " + c.note
        addr = ("flat " + sp_number(R.randint(1, 30)) + ", " if flat else "") + (
            sp_group(str(num), "oh", True, "hundred") if num >= 100 else sp_number(num)) + " " + street.lower()
        c.turn("customer").t(R.choice(["it's ", "yeah ", "um "])).v(addr, "ADDRESS", "a").t(" in " + town.lower())
        c.turn("agent").t("and the " + ("zip" if us else "postcode"))
        if us:
            pcs = join_groups([sp_singles(z[:5], "zero")] + ([sp_singles(z[6:], "zero")] if len(z) > 5 else []), 0)
        else:
            pcs = " ".join(sp_letter(ch, 0.25) if ch.isalpha() else UNIT[int(ch)] for ch in out) + " " + \
                UNIT[int(inn[0])] + " " + " ".join(sp_letter(ch, 0.4) for ch in inn[1:])
        c.turn("customer").v(pcs, "POSTCODE", "p")
    return c


@pos
def mixed_case(case_n):
    """last-four mentioned before the full card; full read later -> all labelled"""
    region, ind, org = ctx()
    c = Case("positive", "card last-four then full card read in same case (both labelled) + phone (%s)" % ind)
    card = make_card(); c.value("c", "CARD_NUMBER", card)
    c.turn("customer").t("the payment on my card ending ").v(card[-4:], "CARD_NUMBER", "c", "suffix").t(
        " bounced, the amount was £%d.%02d" % (R.randint(10, 300), R.randint(0, 99)))
    c.turn("agent").t("I can retry it. Can you give me the full card number?")
    c.turn("customer").t("sure, ").v(typed_card(card), "CARD_NUMBER", "c")
    kind, canon, groups = make_phone(); c.value("p", "PHONE", canon)
    c.turn("agent").t("Done. Ref %d. Anything else?" % R.randint(100000, 999999))
    tp = typed_phone(kind, groups, canon)
    c.turn("customer").t("update my number to " + ("+" if tp[0] == "+" else "")).v(tp.lstrip("+"), "PHONE", "p")
    return c


POS_PLAN = [(card_chat, 24), (card_asr_split, 30), (card_asr_restart, 12), (card_email, 6), (mixed_case, 8),
            (ssn_case, 32), (ni_case, 32), (bank_case, 16), (us_bank_case, 6), (iban_case, 14), (phone_case, 20),
            (email_case, 14), (dob_case, 14), (address_case, 16)]

# ---------------------------------------------------------------- negatives


def neg_card_lookalike():
    """Luhn-valid 16-digit strings labelled as order/IMEI/gift-card serial etc."""
    c = Case("negative", "")
    num = luhn_complete(R.choice(["4", "5", "35", "6011"]), R.choice([15, 16]))
    lab = R.choice(["order number", "IMEI", "tracking number", "serial number", "booking reference", "claim reference",
                    "MPAN", "meter serial"])
    region, ind, org = ctx()
    c.note = "look-alike: Luhn-valid %d digits said as %s (%s)" % (len(num), lab, ind)
    if R.random() < 0.5:
        why = {"order number": "it still hasn't arrived", "tracking number": "it says delivered but it hasn't come",
               "IMEI": "the phone's been stolen, can you block it", "serial number": "the router keeps dropping out",
               "booking reference": "I need to change the dates", "claim reference": "any update on it?",
               "MPAN": "I'm switching supplier", "meter serial": "the smart meter stopped sending readings"}[lab]
        c.turn("customer").t("Hi, my %s is %s, %s" % (lab, typed_card(num), why))
        c.turn("agent").t("Thanks, I can see %s %s, last updated on the %s of %s." % (lab, num, ORD[R.randint(1, 28)], R.choice(MONTHS)))
    else:
        c.turn("agent").t("can you read me the %s, it's the long number on the letter" % lab)
        c.turn("customer").t("yeah the %s is %s" % (lab, join_groups(spoken_digits(card_groups(num)), 0.2)))
        c.turn("agent").t("%s, lovely, that's not your card number is it?" % R.choice(["mhm", "okay"]))
        c.turn("customer").t("no no, that's the %s off the paperwork" % lab)
    return c


def neg_last_four():
    c = Case("negative", "card last-four only (PCI permitted) with amounts and dates")
    l4 = "".join(R.choice("0123456789") for _ in range(4))
    if R.random() < 0.5:
        c.turn("customer").t("there's a charge of $%d.%02d on my card ending in %s from the %s" % (
            R.randint(5, 900), R.randint(0, 99), l4, R.choice(["3rd", "twelfth", "21st"])))
        c.turn("agent").t("I see it, the card ending %s was charged on %s %d. I'll raise dispute ref %d." % (
            l4, R.choice(MONTHS).title(), R.randint(1, 28), R.randint(1000000, 9999999)))
    else:
        c.turn("agent").t("is it the card ending " + sp_singles(l4, "oh") + " you want to use")
        c.turn("customer").t("yeah the one ending " + sp_singles(l4, "oh") + ", the debit card not the credit one")
    return c


def neg_ssn_like():
    c = Case("negative", "")
    s = make_ssn()
    lab = R.choice(["claim number", "member ID", "policy number", "group number", "case number", "confirmation number"])
    ind, org = R.choice(INDUSTRY_US)
    c.note = "look-alike: SSN-shaped %s (%s)" % (lab, ind)
    if R.random() < 0.5:
        c.turn("customer").t("%s is %s" % (lab.capitalize(), typed_ssn(s)))
        c.turn("agent").t("Thanks, %s %s shows a balance of $%d.%02d due on %d/%d." % (lab, s[:3] + "-" + s[3:5] + "-" + s[5:],
                                                                               R.randint(10, 2000), R.randint(0, 99), R.randint(1, 12), R.randint(1, 28)))
    else:
        c.turn("agent").t("and the %s from the top of the letter" % lab)
        c.turn("customer").t("okay " + join_groups([sp_singles(s[:3], "oh"), sp_singles(s[3:5], "oh"), sp_singles(s[5:], "oh")], 0.2) +
                             ", not my social, the %s" % lab)
        c.turn("agent").t("got it, that's the %s, thank you" % lab)
    return c


def neg_ni_like():
    c = Case("negative", "")
    n = make_ni()
    lab = R.choice(["policy number", "customer reference", "vehicle reg", "membership number", "parcel ref"])
    fake = n if lab != "vehicle reg" else n[:2] + n[2:4] + " " + n[4:7]  # reg plate-ish
    c.note = "look-alike: NI-shaped %s (UK)" % lab
    if lab == "vehicle reg":
        fake = "%s%02d %s" % (n[:2], R.randint(10, 74), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)))
    if R.random() < 0.5:
        c.turn("customer").t("my %s is %s" % (lab, fake))
        c.turn("agent").t("Thanks, the %s %s renews on %d %s, premium £%d.%02d a month." % (
            lab, fake, R.randint(1, 28), R.choice(MONTHS).title(), R.randint(8, 90), R.randint(0, 99)))
    else:
        L, D, S = ni_spoken(n)
        c.turn("agent").t("can you give me the %s, it starts with two letters" % lab)
        c.turn("customer").t("yeah it's %s %s %s, that's the %s not my national insurance" % (L, D, S, lab))
    return c


def neg_sortcode_like():
    c = Case("negative", "")
    s = make_sort()
    lab = R.choice(["voucher code", "promo code", "gate", "order", "seat and row", "appointment slot"])
    if lab == "seat and row":
        c.note = "look-alike: seat/row/coach numbers"
        c.turn("customer").t("I was in coach %s, seat %s, row %s on the %s train" % (s[:2], s[2:4], s[4:], R.choice(["09:15", "14:40", "18:02"])))
    elif lab == "appointment slot":
        c.note = "look-alike: time range 6-digit-ish"
        c.turn("agent").t("the engineer slot is %s:%s to %s:00 on %s" % (s[:2] if int(s[:2]) < 24 else "08", "30", "12", R.choice(MONTHS).title()))
    else:
        c.note = "look-alike: sort-code-shaped %s" % lab
        c.turn("customer").t("the %s is %s" % (lab, typed_sort(s)))
        c.turn("agent").t("thanks, %s %s has been applied, you've saved %d%%" % (lab, s, R.randint(5, 40)))
    return c


def neg_acct_like():
    c = Case("negative", "")
    a = make_acct(8)
    lab = R.choice(["customer reference", "meter serial number", "invoice number", "ticket number", "contract number",
                    "supply number", "booking reference"])
    region, ind, org = ctx(R.choice(["UK", "IE"]))
    c.note = "look-alike: 8-digit %s with amounts/readings (%s)" % (lab, ind)
    if R.random() < 0.5:
        c.turn("customer").t("%s %s. my meter reading today is %05d and I think the bill of £%d.%02d is wrong" % (
            lab, a, R.randint(1000, 99999), R.randint(40, 600), R.randint(0, 99)))
        c.turn("agent").t("I've found %s %s, last read was %05d on %d/%02d, your unit rate is %d.%dp per kWh" % (
            lab, a, R.randint(1000, 99999), R.randint(1, 28), R.randint(1, 12), R.randint(20, 35), R.randint(0, 9)))
    else:
        ag = spoken_digits([a[:4], a[4:]])
        c.turn("agent").t("can i take the %s" % lab)
        c.turn("customer").t("it's " + ag[0])
        c.turn("agent").t(backchannel())
        c.turn("customer").t(ag[1] + ", that's the %s not the bank account by the way" % lab)
    return c


def neg_phone_like():
    c = Case("negative", "")
    kind, canon, groups = make_phone()
    lab = R.choice(["tracking number", "order reference", "model number", "serial", "flight", "case ID", "PO number"])
    if lab == "flight":
        c.note = "look-alike: flight/gate/seat numbers and times"
        c.turn("customer").t("I'm on flight EI%d at %02d:%02d from gate %d, seat %d%s, been delayed %d minutes" % (
            R.randint(100, 999), R.randint(5, 22), R.choice([0, 15, 30, 45]), R.randint(1, 40), R.randint(1, 32), R.choice("ABCDEF"), R.randint(20, 180)))
        return c
    c.note = "look-alike: phone-shaped %s" % lab
    body = typed_phone(kind, groups, canon).lstrip("+")
    if R.random() < 0.5:
        c.turn("customer").t("%s: %s" % (lab, body))
        c.turn("agent").t("Thanks, %s %s is scheduled for delivery between %d and %dpm" % (lab, body, R.randint(1, 3), R.randint(4, 6)))
    else:
        sg = spoken_digits(groups)
        c.turn("agent").t("and the %s" % lab)
        c.turn("customer").t("it's " + join_groups(sg, 0.2) + ", sorry it looks like a phone number but it's the %s" % lab)
    return c


def neg_iban_like():
    c = Case("negative", "look-alike: alphanumeric reference similar to IBAN/postcode (not valid)")
    ref = R.choice(["GB", "IE", "DE"]) + "%02d" % R.randint(0, 99) + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(14))
    while iban_check(ref):
        ref = ref[:-1] + R.choice("0123456789")
    c.turn("customer").t("the shipment reference is %s and the container number is MSCU%07d" % (ref, R.randint(0, 9999999)))
    c.turn("agent").t("Thanks, that consignment cleared customs on %d %s, duty was €%d.%02d" % (
        R.randint(1, 28), R.choice(MONTHS).title(), R.randint(10, 500), R.randint(0, 99)))
    return c


def neg_misc():
    c = Case("negative", "")
    k = R.choice(["hours", "age", "temp", "balance", "year", "contract", "road", "room", "percent", "duration", "readings"])
    c.note = "negative: %s" % k
    if k == "hours":
        c.turn("agent").t("we're open eight till eight monday to friday, and nine to five thirty on saturdays, so 08:00-20:00")
    elif k == "age":
        c.turn("customer").t("my son is %d and my mum's %d, can they both go on the family plan" % (R.randint(4, 17), R.randint(60, 95)))
    elif k == "temp":
        c.turn("customer").t("the boiler's only getting to %d degrees and the thermostat is set to %d.5" % (R.randint(30, 50), R.randint(18, 23)))
    elif k == "balance":
        c.turn("agent").t("your balance is %s thousand %s hundred and %s pounds %d pence, the minimum payment is £%d.%02d" % (
            sp_number(R.randint(1, 9)), sp_number(R.randint(1, 9)), sp_number(R.randint(10, 99)), R.randint(1, 99), R.randint(25, 150), R.randint(0, 99)))
    elif k == "year":
        y = R.randint(1995, 2024)
        c.turn("customer").t("i've been with you since %s, that's %d years, and the car is a %d model" % (sp_year(y), 2025 - y, R.randint(2005, 2024)))
    elif k == "contract":
        c.turn("agent").t("your contract ends on the %s of %s %d and your next payment date is %02d/%02d/%d" % (
            ORD[R.randint(1, 28)], R.choice(MONTHS), R.randint(2025, 2027), R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2026)))
    elif k == "road":
        c.turn("customer").t("i'm stuck on the %s near junction %d, the A%d turnoff" % (R.choice(["M25", "M6", "I-95", "N7", "M50"]), R.randint(1, 30), R.randint(10, 999)))
    elif k == "room":
        c.turn("customer").t("we're in room %d, booking for %d nights, check-in at %d pm" % (R.randint(100, 999), R.randint(1, 14), R.randint(1, 4)))
    elif k == "percent":
        c.turn("agent").t("the rate goes from %d.%d%% to %d.%02d%% APR from the %s" % (R.randint(1, 9), R.randint(0, 9), R.randint(10, 29), R.randint(0, 99), ORD[R.randint(1, 28)]))
    elif k == "duration":
        c.turn("customer").t("i've been on hold for %d minutes and this is my %s call, %d hours total this week" % (R.randint(20, 90), ORD[R.randint(2, 6)], R.randint(2, 9)))
    else:
        r = "%05d" % R.randint(1000, 99999)
        c.turn("agent").t("can you read me the numbers on the meter, left to right")
        c.turn("customer").t("yep " + join_groups(spoken_digits([r]), 0.3) + " and the night one is " + join_groups(spoken_digits(["%05d" % R.randint(100, 99999)]), 0.2))
        c.turn("agent").t("thank you, that reading's been submitted")
    return c


def neg_spoken_card_like():
    """long spoken digit string in a card-payment context that is actually a reference"""
    c = Case("negative", "look-alike: spoken 16-digit payment reference on a card payment line, card details not given")
    ref = "".join(R.choice("0123456789") for _ in range(16))
    c.turn("agent").t("before i take the card, i need the payment reference from the top of the bill, it's sixteen digits")
    parts = spoken_digits([ref[i:i + 4] for i in range(0, 16, 4)])
    c.turn("customer").t("okay the reference is " + join_groups(parts[:2], 0.2))
    c.turn("agent").t(backchannel())
    c.turn("customer").t(join_groups(parts[2:], 0.2))
    c.turn("agent").t("great, the amount due is %s pounds %s, and i'll transfer you to the automated line for the card" % (
        sp_group(str(R.randint(100, 999)), "oh", True, "hundred"), sp_number(R.randint(1, 99))))
    return c


NEG_PLAN = [(neg_card_lookalike, 22), (neg_last_four, 10), (neg_ssn_like, 14), (neg_ni_like, 14), (neg_sortcode_like, 10),
            (neg_acct_like, 14), (neg_phone_like, 12), (neg_iban_like, 5), (neg_misc, 14), (neg_spoken_card_like, 7)]

# ---------------------------------------------------------------- build


def build():
    cases = []
    plan = [f for f, n in POS_PLAN for _ in range(n)]
    R.shuffle(plan)
    for i, f in enumerate(plan, 1):
        cases.append(("h353-pos-%03d" % i, f(i)))
    nplan = [f for f, n in NEG_PLAN for _ in range(n)]
    R.shuffle(nplan)
    for i, f in enumerate(nplan, 1):
        cases.append(("h353-neg-%03d" % i, f()))
    out = [c.render(cid) for cid, c in cases]
    return out


def dump(out):
    return "".join(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n" for rec, _, _ in out)


# ---------------------------------------------------------------- validation

WORDNUM = {w: i for i, w in enumerate(UNIT)}
WORDNUM.update({"oh": 0, "o": 0, "nought": 0})
TEENS = {w: 10 + i for i, w in enumerate(TEEN)}
TENSW = {w: i for i, w in enumerate(TENS) if w}
NATO_R = {v: k for k, v in NATO.items()}
NATO_R["xray"] = "x"
FILL = set(FILLERS)


def norm_tokens(text, letters_ok):
    t = text.lower().replace("+", " plus ").replace("x-ray", "xray")
    toks = [x for x in re.split(r"[\s,.\-/()…—:]+", t) if x]
    out, i = [], 0

    def peek(k):
        return toks[k] if k < len(toks) else None
    while i < len(toks):
        w = toks[i]
        if w in FILL:
            i += 1
            continue
        if w == "plus":
            out.append("+"); i += 1; continue
        if w in ("double", "triple"):
            n = 2 if w == "double" else 3
            d = WORDNUM[toks[i + 1]]
            out.append(str(d) * n); i += 2; continue
        if w in WORDNUM and peek(i + 1) == "hundred":
            s = str(WORDNUM[w]); i += 2
            if peek(i) == "and":
                i += 1
                v = toks[i]
                if v in TEENS:
                    s += str(TEENS[v]); i += 1
                elif v in TENSW:
                    s += str(TENSW[v]); i += 1
                    if peek(i) in WORDNUM and WORDNUM[peek(i)] and peek(i) not in ("o", "oh", "nought"):
                        s += str(WORDNUM[peek(i)]); i += 1
                    else:
                        s += "0"
                else:
                    s += "0" + str(WORDNUM[v]); i += 1
            else:
                s += "00"
            out.append(s); continue
        if w in TEENS:
            out.append(str(TEENS[w])); i += 1; continue
        if w in TENSW:
            s = str(TENSW[w]); i += 1
            nx = peek(i)
            if nx in WORDNUM and nx not in ("zero", "oh", "o", "nought"):
                s += str(WORDNUM[nx]); i += 1
            else:
                s += "0"
            out.append(s); continue
        if len(w) == 1 and w.isalpha() and letters_ok and (w != "o" or peek(i + 1) in ("for", "as")):
            out.append(w.upper()); i += 1
            if peek(i) == "for":
                assert NATO_R[toks[i + 1]] == w, text
                i += 2
            elif peek(i) == "as" and peek(i + 1) == "in":
                assert NATO_R[toks[i + 2]] == w, text
                i += 3
            continue
        if w in WORDNUM:
            out.append(str(WORDNUM[w])); i += 1; continue
        if w in NATO_R and letters_ok:
            out.append(NATO_R[w].upper()); i += 1; continue
        if w == "x" and peek(i + 1) == "ray":
            out.append("X"); i += 2; continue
        if w.isdigit():
            out.append(w); i += 1; continue
        if letters_ok and w.isalnum():
            out.append(w.upper()); i += 1; continue
        raise ValueError("cannot normalise %r in %r" % (w, text))
    return "".join(out)


def norm_email(text):
    t = text.strip()
    if "@" in t:
        return t.lower()
    toks = t.lower().split()
    out, i = [], 0
    while i < len(toks):
        w = toks[i]
        if w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w in ("for",) or (w == "as" and i + 1 < len(toks) and toks[i + 1] == "in"):
            i += 2 if w == "for" else 3
            continue
        elif w in WORDNUM and w not in ("o", "oh", "nought"):
            out.append(str(WORDNUM[w]))
        else:
            out.append(w)
        i += 1
    return "".join(out)


def validate_value(typ, canon, text, mode):
    if typ == "EMAIL":
        e = norm_email(text)
        assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9-]+(\.[a-z]+)+", canon), canon
        assert e == canon, (e, canon)
        return
    if typ == "DOB" or typ == "EXPIRY":
        low = text.lower()
        has_month = any(m in low or m[:3] in low for m in MONTHS) or re.search(r"\d", low) or any(w in low.split() for w in WORDNUM)
        assert has_month, text
        if typ == "DOB":
            assert 1900 < canon[2] < 2010
        return
    if typ == "ADDRESS":
        low = text.lower()
        assert re.match(r"(flat \w+(\s\w+)?, )?(\d+|[a-z]+)", low), text
        assert low.split()[-1] in ("road", "lane", "street", "avenue", "close", "crescent", "grove", "terrace", "place",
                                   "boulevard", "drive", "court"), text
        return
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    n = norm_tokens(text, letters)
    if typ == "PHONE":
        n = n.lstrip("+")
        canon = canon.lstrip("+")
    if mode == "prefix":
        assert canon.startswith(n) and n, (n, canon)
    elif mode == "suffix":
        assert canon.endswith(n) and len(n) == 4, (n, canon)
    else:
        assert n == canon, (typ, n, canon, text)
    return n


def validate_canon(typ, canon):
    if typ == "CARD_NUMBER":
        assert canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon), canon
    elif typ == "IBAN":
        assert re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", canon) and iban_check(canon), canon
    elif typ == "NI_NUMBER":
        assert ni_valid(canon), canon
    elif typ == "SSN":
        assert re.fullmatch(r"\d{9}", canon) and canon[:3] not in ("000", "666") and canon[0] != "9" and canon[3:5] != "00" and canon[5:] != "0000", canon
    elif typ == "SORT_CODE":
        assert re.fullmatch(r"\d{6}", canon)
    elif typ == "BANK_ACCOUNT":
        assert re.fullmatch(r"\d{8,12}", canon)
    elif typ == "CVV":
        assert re.fullmatch(r"\d{3,4}", canon)
    elif typ == "PHONE":
        assert re.fullmatch(r"\+?\d{10,13}", canon), canon
    elif typ == "POSTCODE":
        assert re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(\d{4})?", canon), canon
    elif typ == "EXPIRY":
        assert 1 <= canon[0] <= 12 and 2024 < canon[1] < 2040


def check(out, text):
    with open(OUT, encoding="utf-8") as f:
        on_disk = f.read()
    assert on_disk == text, "cases.jsonl is not byte-identical to a fresh regeneration"
    ids = set()
    counts = {}
    npos = nneg = 0
    for line in on_disk.splitlines():
        rec = json.loads(line)
        assert rec["id"] not in ids, rec["id"]
        ids.add(rec["id"])
    for rec, meta, values in out:
        if rec["kind"] == "positive":
            npos += 1
            assert rec["spans"], rec["id"]
        else:
            nneg += 1
            assert not rec["spans"], rec["id"]
        for t in rec["turns"]:
            assert t["speaker"] in ("customer", "agent") and t["text"]
        prev = {}
        joined = {}
        for sp, (vid, mode) in zip(rec["spans"], meta):
            txt = rec["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            assert 0 <= s < e <= len(txt), (rec["id"], sp)
            assert txt[s].isalnum() and txt[e - 1].isalnum(), (rec["id"], txt[s:e])
            assert s == 0 or not txt[s - 1].isalnum(), (rec["id"], txt[s - 1:e])
            assert e == len(txt) or not txt[e].isalnum(), (rec["id"], txt[s:e + 1])
            assert txt[s:e] == txt[s:e].strip()
            assert prev.get(sp["turn"], -1) <= s, (rec["id"], "overlap")
            prev[sp["turn"]] = e
            typ, canon = values[vid]
            assert typ == sp["type"], (rec["id"], typ, sp["type"])
            counts[typ] = counts.get(typ, 0) + 1
            if mode == "full":
                joined.setdefault(vid, []).append(txt[s:e])
            else:
                validate_value(typ, canon, txt[s:e], mode)
        for vid, parts in joined.items():
            typ, canon = values[vid]
            validate_canon(typ, canon)
            if typ in ("EMAIL", "DOB", "EXPIRY", "ADDRESS"):
                for p in parts:
                    validate_value(typ, canon, p, "full")
                if typ not in ("ADDRESS",):
                    assert len(parts) == 1
            else:
                validate_value(typ, canon, " ".join(parts), "full")
        for vid, (typ, canon) in values.items():
            assert vid in joined, (rec["id"], vid)
    assert npos >= 200 and nneg >= 100, (npos, nneg)
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for typ in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL",
                "DOB", "POSTCODE", "ADDRESS"]:
        assert counts.get(typ, 0) >= need.get(typ, 10), (typ, counts.get(typ, 0))
    return npos, nneg, counts


def main():
    out = build()
    text = dump(out)
    if "--check" in sys.argv:
        npos, nneg, counts = check(out, text)
        print("OK: %d positive, %d negative cases" % (npos, nneg))
        for k in sorted(counts):
            print("  %-13s %d" % (k, counts[k]))
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote", os.path.normpath(OUT))


if __name__ == "__main__":
    main()

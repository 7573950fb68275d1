#!/usr/bin/env python3
"""Generate the pii_holdout476 held-out PII redaction evaluation set.

Standard library only. Deterministic: one random.Random(476241125).
Usage:
    python scripts/make_pii_holdout476.py          # write cases.jsonl
    python scripts/make_pii_holdout476.py --check  # regenerate + validate
"""
import json
import os
import random
import re
import sys

SEED = 476241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout476", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- case model


class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []      # (speaker, text)
        self.spans = []      # dicts incl. meta
        self.readings = {}   # rid -> (type, canonical)
        self.truth = []      # (type, complete value) the case is about

    def true(self, typ, val):
        self.truth.append((typ, val))

    def reading(self, typ, canonical):
        rid = len(self.readings)
        self.readings[rid] = (typ, canonical)
        return rid

    def t(self, speaker, *segs):
        assert speaker in ("customer", "agent")
        text = ""
        idx = len(self.turns)
        for s in segs:
            if isinstance(s, tuple):
                val, rid, role = s
                assert val, "empty labelled value"
                start = len(text)
                text += val
                self.spans.append({"turn": idx, "start": start, "end": len(text),
                                   "type": self.readings[rid][0], "rid": rid, "role": role})
            else:
                text += s
        self.turns.append((speaker, text))
        return self

    c = lambda self, *s: self.t("customer", *s)
    a = lambda self, *s: self.t("agent", *s)

    def to_json(self, cid):
        spans = sorted(self.spans, key=lambda d: (d["turn"], d["start"]))
        return {"id": cid, "kind": self.kind,
                "turns": [{"speaker": s, "text": x} for s, x in self.turns],
                "spans": [{k: d[k] for k in ("turn", "start", "end", "type")} for d in spans],
                "note": self.note}


def V(text, rid, role="part"):
    """role: part = piece of a complete reading (pieces concatenate to the value);
    sub = partial repeat (must be a substring of the value);
    frag = wrong / aborted digits that were then corrected."""
    return (text, rid, role)


# ---------------------------------------------------------------- spoken forms

UNITS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2",
         "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
         "eight": "8", "nine": "9"}
TEENS = {"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
         "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19"}
TENS = {"twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6",
        "seventy": "7", "eighty": "8", "ninety": "9"}
ORD = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6",
       "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10", "eleventh": "11",
       "twelfth": "12", "thirteenth": "13", "fourteenth": "14", "fifteenth": "15",
       "sixteenth": "16", "seventeenth": "17", "eighteenth": "18", "nineteenth": "19",
       "twentieth": "20", "thirtieth": "30"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
MONTH_ABBR["sept"] = 9
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "whisky": "W", "yankee": "Y", "zulu": "Z"}
FILLERS = {"um", "uh", "er", "erm", "ah", "umm", "uhh", "hmm"}
SKIP = {"and", "dash", "hyphen", "space", "slash", "of", "the", "then", "st", "nd", "rd", "th"}
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def normalise(text, mode="digits"):
    """Turn a typed or spoken value into a canonical string. mode: digits | alnum | date.
    Returns None if some token cannot be understood."""
    toks = re.findall(r"[a-z0-9]+|\+", text.lower())
    out = []
    i = 0
    n = len(toks)

    def nxt(k=1):
        return toks[i + k] if i + k < n else None

    while i < n:
        t = toks[i]
        if t in FILLERS or t in SKIP:
            i += 1
            continue
        if t == "+":
            out.append("+"); i += 1; continue
        if t == "plus":
            out.append("+"); i += 1; continue
        if re.fullmatch(r"\d+(st|nd|rd|th)", t):
            out.append(re.match(r"\d+", t).group()); i += 1; continue
        if t.isdigit():
            out.append(t); i += 1; continue
        if t in ("double", "triple") and nxt() in UNITS:
            out.append(UNITS[nxt()] * (2 if t == "double" else 3)); i += 2; continue
        if t in UNITS:
            d = UNITS[t]
            if nxt() == "hundred":
                i += 2
                if i < n and toks[i] == "and":
                    i += 1
                rest = "00"
                if i < n and toks[i] in TENS:
                    rest = TENS[toks[i]] + "0"; i += 1
                    if i < n and toks[i] in UNITS and UNITS[toks[i]] != "0":
                        rest = rest[0] + UNITS[toks[i]]; i += 1
                elif i < n and toks[i] in TEENS:
                    rest = TEENS[toks[i]]; i += 1
                elif i < n and toks[i] in UNITS and UNITS[toks[i]] != "0" and toks[i - 1] == "and":
                    rest = "0" + UNITS[toks[i]]; i += 1
                out.append(d + rest); continue
            if nxt() == "thousand":
                i += 2
                if i < n and toks[i] == "and":
                    i += 1
                rest = "000"
                if i < n and toks[i] in TEENS:
                    rest = "0" + TEENS[toks[i]]; i += 1
                elif i < n and toks[i] in TENS:
                    rest = "0" + TENS[toks[i]] + "0"; i += 1
                    if i < n and toks[i] in UNITS and UNITS[toks[i]] != "0":
                        rest = rest[:2] + UNITS[toks[i]]; i += 1
                elif i < n and toks[i] in UNITS:
                    rest = "00" + UNITS[toks[i]]; i += 1
                out.append(d + rest); continue
            out.append(d); i += 1; continue
        if t in TEENS:
            out.append(TEENS[t]); i += 1; continue
        if t in TENS:
            if nxt() in UNITS and UNITS[nxt()] != "0":
                out.append(TENS[t] + UNITS[nxt()]); i += 2; continue
            if nxt() in ORD and len(ORD[nxt()]) == 1:
                out.append(TENS[t] + ORD[nxt()]); i += 2; continue
            out.append(TENS[t] + "0"); i += 1; continue
        if t in ORD:
            out.append(ORD[t]); i += 1; continue
        if mode == "date":
            if t in MONTHS:
                out.append("M%02d" % (MONTHS.index(t) + 1)); i += 1; continue
            if t in MONTH_ABBR:
                out.append("M%02d" % MONTH_ABBR[t]); i += 1; continue
            return None
        if mode == "alnum":
            if len(t) == 1 and t.isalpha():
                out.append(t.upper())
                if nxt() == "for":
                    i += 3; continue
                if nxt() == "as" and nxt(2) == "in":
                    i += 4; continue
                i += 1; continue
            if t in NATO:
                out.append(NATO[t]); i += 1; continue
            if t.isalnum() and (len(t) <= 4 or re.search(r"\d", t)):
                out.append(t.upper()); i += 1; continue
            return None
        return None
    return "".join(out)


def say_email(text):
    toks = re.findall(r"[a-z0-9]+|[@._+-]", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in FILLERS:
            i += 1; continue
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in UNITS and t not in ("o",):
            out.append(UNITS[t])
        elif len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] == "for":
            out.append(t); i += 3; continue
        else:
            out.append(t)
        i += 1
    return "".join(out)


def luhn_ok(s):
    tot = 0
    for k, ch in enumerate(reversed(s)):
        d = int(ch)
        if k % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


# ---------------------------------------------------------------- renderers

class R:
    def __init__(self, rng):
        self.rng = rng
        self.zero = "oh"

    def choice(self, xs):
        return self.rng.choice(xs)

    def word(self, d):
        if d == "0":
            return self.zero
        return DIGIT_WORDS[int(d)]

    def plain(self, s, dbl=True):
        out = []
        i = 0
        while i < len(s):
            run = 1
            while i + run < len(s) and s[i + run] == s[i] and run < 3:
                run += 1
            if dbl and run == 3 and self.rng.random() < 0.7:
                out.append("triple " + self.word(s[i])); i += 3; continue
            if dbl and run >= 2 and self.rng.random() < 0.7:
                out.append("double " + self.word(s[i])); i += 2; continue
            out.append(self.word(s[i])); i += 1
        return " ".join(out)

    def pair(self, p):
        if p[0] == "0":
            return self.word("0") + " " + self.word(p[1])
        if p[0] == "1":
            return [k for k, v in TEENS.items() if v == p][0]
        tens = [k for k, v in TENS.items() if v == p[0]][0]
        return tens if p[1] == "0" else tens + " " + DIGIT_WORDS[int(p[1])]

    def triple3(self, p):
        if p[0] == "0":
            return None
        h = DIGIT_WORDS[int(p[0])] + " hundred"
        rest = p[1:]
        if rest == "00":
            return h
        if rest[0] == "0":
            return h + " and " + DIGIT_WORDS[int(rest[1])]
        return h + " and " + self.pair(rest)

    def chunk(self, s, style=None):
        """Render one chunk of digits spoken, verifying it parses back."""
        style = style or self.choice(["plain", "plain", "plain", "pairs", "mixed"])
        cand = None
        if style == "pairs" and len(s) % 2 == 0:
            cand = " ".join(self.pair(s[k:k + 2]) for k in range(0, len(s), 2))
        elif style == "hundreds" and len(s) == 3:
            cand = self.triple3(s)
        elif style == "mixed" and len(s) == 4:
            cand = self.plain(s[:2]) + " " + self.pair(s[2:])
        if cand is None or normalise(cand) != s:
            cand = self.plain(s)
        if normalise(cand) != s:
            cand = " ".join(self.word(d) for d in s)
        assert normalise(cand) == s, (s, cand)
        return cand

    def spoken(self, s, sizes, joiners=None, style=None, fill=0.0):
        for attempt in range(4):
            res = self._spoken(s, sizes, joiners, style if attempt < 3 else "plain", fill)
            if normalise(res) == s:
                return res
        raise AssertionError((s, res))

    def _spoken(self, s, sizes, joiners=None, style=None, fill=0.0):
        parts = split_sizes(s, sizes)
        out = []
        for k, p in enumerate(parts):
            out.append(self.chunk(p, style))
            if k < len(parts) - 1:
                if self.rng.random() < fill:
                    out.append(self.choice([" um ", " uh ", ", er, ", "... um... "]))
                else:
                    out.append(self.choice(joiners or [" ", ", ", " ", "... "]))
        return "".join(out)


def split_sizes(s, sizes):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z]); i += z
    if i < len(s):
        out.append(s[i:])
    return [p for p in out if p]


def typed(s, sizes, sep):
    return sep.join(split_sizes(s, sizes))


# ---------------------------------------------------------------- value makers

def luhn_complete(rng, prefix, length):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def make_card(rng):
    r = rng.random()
    if r < 0.45:
        return luhn_complete(rng, "4" + str(rng.randrange(10)), 16)
    if r < 0.75:
        return luhn_complete(rng, rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if r < 0.87:
        return luhn_complete(rng, rng.choice(["34", "37"]), 15)
    if r < 0.95:
        return luhn_complete(rng, rng.choice(["6011", "65"]), 16)
    return luhn_complete(rng, rng.choice(["4", "62"]), rng.choice([13, 19]))


def card_sizes(card):
    if len(card) == 15:
        return [4, 6, 5]
    if len(card) == 13:
        return [4, 3, 3, 3]
    if len(card) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def make_ssn(rng):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


NI_PREFIX = ["AB", "CE", "JK", "NR", "PT", "SW", "TZ", "GH", "KL", "MA", "RE", "WP", "YH",
             "EH", "BL", "JC", "HS", "ZR", "SK", "NE", "PC", "LM"]


def make_ni(rng):
    return rng.choice(NI_PREFIX) + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def iban_make(rng, cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in r)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def make_iban(rng):
    cc = rng.choice(["GB", "IE", "DE", "NL", "FR", "ES"])
    dg = lambda k: "".join(str(rng.randrange(10)) for _ in range(k))
    if cc == "GB":
        bb = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + dg(14)
    elif cc == "IE":
        bb = rng.choice(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif cc == "DE":
        bb = dg(18)
    elif cc == "NL":
        bb = rng.choice(["ABNA", "INGB", "RABN"]) + dg(10)
    elif cc == "FR":
        bb = dg(23)
    else:
        bb = dg(20)
    v = iban_make(rng, cc, bb)
    assert iban_ok(v)
    return v


def digits(rng, k, first_nonzero=False):
    s = "".join(str(rng.randrange(10)) for _ in range(k))
    if first_nonzero and s[0] == "0":
        s = str(rng.randrange(1, 10)) + s[1:]
    return s


FIRST = ["john", "sarah", "aoife", "mehmet", "priya", "liam", "grace", "tomasz", "niamh", "dave",
         "kezia", "oluwaseun", "marta", "hugh", "beth", "callum", "yusuf", "ines", "rory", "dana"]
LAST = ["doe", "okafor", "murphy", "patel", "kowalski", "byrne", "harris", "nguyen", "shaw",
        "fitzgerald", "lopez", "quinn", "ahmed", "walsh", "reid", "brennan", "costa", "hale"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "eircom.net", "icloud.com",
           "btinternet.com", "protonmail.com", "aol.com", "web.de"]
STREETS = ["Cedar", "Mill", "Station", "Church", "Victoria", "Oak", "Maple", "Hawthorn",
           "Kingsley", "Larkspur", "Abbey", "Granville", "Fairview", "Willow", "Bridge", "Elm"]
SUFFIX = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Way", "Terrace", "Court"]
OUTWARD = ["M14", "LS6", "B15", "EH3", "G12", "CF10", "BS8", "NW3", "SE15", "E17", "L8", "NE4",
           "SW9", "BT7", "CB2", "RG1", "WA4", "DH1", "PL4", "KT2"]
TOWNS_UK = ["Manchester", "Leeds", "Birmingham", "Edinburgh", "Glasgow", "Cardiff", "Bristol",
            "London", "Liverpool", "Newcastle", "Belfast", "Cambridge", "Reading", "Warrington"]
TOWNS_US = ["Columbus, Ohio", "Tulsa", "Boise", "Raleigh", "Spokane", "Madison", "Albany", "Fresno"]

INDUSTRIES = [("banking", "Northmere Bank"), ("telecom", "Vantel Mobile"),
              ("utilities", "Brightwater Energy"), ("retail", "Halden and Co"),
              ("insurance", "Coverwell Insurance"), ("travel", "Skylark Holidays"),
              ("healthcare billing", "St Brennan Medical Billing"),
              ("government services", "the Citizen Services line")]
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah", "got that", "mm", "and then?"]


def make_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f + "." + l, f[0] + "." + l, f + l + str(rng.randrange(10, 99)),
                        f + "_" + l, l + "." + f[0], f + "-" + l])
    return local + "@" + rng.choice(DOMAINS)


def spoken_email(rng, e):
    local, dom = e.split("@")
    def part(p):
        s = p.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
        out = []
        for w in s.split():
            if w.isdigit():
                out.append(" ".join(DIGIT_WORDS[int(d)] for d in w))
            elif re.search(r"\d", w):
                m = re.match(r"([a-z]+)(\d+)", w)
                out.append(m.group(1) + " " + " ".join(DIGIT_WORDS[int(d)] for d in m.group(2)))
            elif len(w) == 1 and rng.random() < 0.5:
                nato = [k for k, v in NATO.items() if v == w.upper()]
                out.append(w + " for " + nato[0] if nato else w)
            else:
                out.append(w)
        return " ".join(out)
    return part(local) + " at " + part(dom)


# ---------------------------------------------------------------- helpers for readings

def ind(rng):
    return rng.choice(INDUSTRIES)


def say_dob(rng, r, d, m, y, asr):
    mn = MONTHS[m - 1]
    if not asr:
        return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn.capitalize(), y),
                           "%02d-%02d-%d" % (d, m, y), "%s %d, %d" % (mn.capitalize()[:3], d, y),
                           "%d.%d.%02d" % (d, m, y % 100)])
    dayw = ordinal_words(d)
    yw = year_words(rng, y)
    return rng.choice(["the %s of %s %s" % (dayw, mn, yw), "%s %s %s" % (dayw, mn, yw),
                       "%s the %s %s" % (mn, dayw, yw),
                       "%s %s %s" % (r.chunk("%02d" % d, "plain"), r.chunk("%02d" % m, "plain"), yw)])


def ordinal_words(d):
    o = {v: k for k, v in ORD.items()}
    if str(d) in o:
        return o[str(d)]
    tens = [k for k, v in TENS.items() if v == str(d // 10)][0]
    return tens + " " + o[str(d % 10)]


def year_words(rng, y):
    if y >= 2000:
        if y == 2000:
            return "two thousand"
        rest = y - 2000
        if rest < 10:
            return "two thousand and " + DIGIT_WORDS[rest]
        return rng.choice(["two thousand and ", "twenty "]) + R(rng).pair(str(rest))
    hi, lo = str(y)[:2], str(y)[2:]
    r = R(rng)
    return r.pair(hi) + " " + (r.pair(lo) if lo[0] != "0" else "oh " + DIGIT_WORDS[int(lo[1])])


def say_expiry(rng, r, m, yy, asr):
    if not asr:
        return rng.choice(["%02d/%02d" % (m, yy), "%02d/20%02d" % (m, yy), "%02d-%02d" % (m, yy),
                           "%s 20%02d" % (MONTHS[m - 1].capitalize()[:3], yy)])
    return rng.choice(["%s %s" % (r.chunk("%02d" % m, "plain"), r.pair("%02d" % yy)),
                       "%s twenty %s" % (MONTHS[m - 1], r.pair("%02d" % yy)),
                       "%s slash %s" % (r.chunk("%02d" % m, "plain"), r.chunk("%02d" % yy, "plain")),
                       "%s %s" % (MONTHS[m - 1], r.pair("%02d" % yy))])


# ---------------------------------------------------------------- positive templates

def card_case(rng, i):
    r = R(rng)
    r.zero = rng.choice(["oh", "zero", "nought", "o", "zero"])
    card = make_card(rng)
    sizes = card_sizes(card)
    groups = split_sizes(card, sizes)
    iname, brand = ind(rng)
    v = i % 9
    c = Case("positive", "")
    c.true("CARD_NUMBER", card)
    if v == 0:
        rid = c.reading("CARD_NUMBER", card)
        sep = rng.choice([" ", "-", "", " ", "  "])
        lab = rng.choice(["card no: ", "Card number - ", "cc# ", "my card is ", "card numbr "])
        c.c("hi, paying the %s bill. %s" % (iname, lab), V(typed(card, sizes, sep), rid), " thx")
        sub = c.reading("CARD_NUMBER", card)
        c.a("Thanks. Just to confirm, that's the card ending ", V(card[-4:], sub, "sub"),
            "? The amount is £%d.%02d." % (rng.randrange(20, 400), rng.randrange(100)))
        c.c("yes that one")
        c.note = "%s chat: typed card with label, agent confirms last four (labelled because full card in same case)" % iname
    elif v == 1:
        c.a("thanks for holding, you're through to %s, can i take the long number on the card" % brand)
        pieces = []
        for k, g in enumerate(groups):
            rid = c.reading("CARD_NUMBER", g)
            if k == 0:
                c.c(rng.choice(["yeah it's ", "okay so it's ", "um it's "]), V(r.chunk(g), rid))
            else:
                c.c(V(r.chunk(g), rid))
            if k < len(groups) - 1:
                c.a(rng.choice(BACK))
            pieces.append(g)
        rb = c.reading("CARD_NUMBER", card)
        c.a("so reading that back i have ", V(r.spoken(card, sizes, [" ", ", "]), rb), " is that right")
        c.c("that's it yeah")
        c.note = "%s ASR: card read group by group over several turns with back-channels, full agent read-back" % iname
    elif v == 2:
        wrong = list(groups[1])
        pos = rng.randrange(len(wrong))
        wrong[pos] = str((int(wrong[pos]) + rng.randrange(1, 9)) % 10)
        wrong = "".join(wrong)
        f = c.reading("CARD_NUMBER", wrong)
        g0 = c.reading("CARD_NUMBER", groups[0])
        rest = card[len(groups[0]) + len(groups[1]):]
        c.a("go ahead with the card number when you're ready")
        c.c(V(r.chunk(groups[0]), g0), " ", V(r.chunk(wrong), f, "frag"),
            rng.choice([" no wait sorry ", " oh hang on no, ", " sorry let me start that bit again "]),
            V(r.chunk(groups[1]), c.reading("CARD_NUMBER", groups[1]), "sub"), " ",
            V(r.spoken(rest, sizes[2:], [" ", "... "], fill=0.3), c.reading("CARD_NUMBER", rest), "sub"))
        rb = c.reading("CARD_NUMBER", card)
        c.a("okay so that's ", V(r.spoken(card, sizes, [" ", ", "]), rb))
        c.c("yep")
        c.note = "%s ASR: caller misreads second group and restarts it; wrong digits labelled as a card fragment" % iname
    elif v == 3:
        rid = c.reading("CARD_NUMBER", card)
        c.c("right the card is ", V(r.spoken(card, sizes, [" ", ", ", " ... "], fill=0.4), rid))
        gi = len(groups) - 2
        wrong = list(groups[gi])
        pos = rng.randrange(len(wrong))
        wrong[pos] = str((int(wrong[pos]) + 3) % 10)
        wrong = "".join(wrong)
        pre = card[:sum(sizes[:gi])]
        after = card[sum(sizes[:gi + 1]):]
        c.a("let me read that back, ", V(r.spoken(pre, sizes[:gi]), c.reading("CARD_NUMBER", pre), "sub"),
            " ", V(r.chunk(wrong, "plain"), c.reading("CARD_NUMBER", wrong), "frag"), " ",
            V(r.spoken(after, sizes[gi + 1:]), c.reading("CARD_NUMBER", after), "sub"), " yeah?")
        c.c("no, the %s bit is " % ("third" if gi == 2 else "middle"),
            V(r.chunk(groups[gi], "plain"), c.reading("CARD_NUMBER", groups[gi]), "sub"), ", not ",
            V(r.chunk(wrong, "plain"), c.reading("CARD_NUMBER", wrong), "frag"))
        c.a("ah sorry, ", V(r.chunk(groups[gi], "plain"), c.reading("CARD_NUMBER", groups[gi]), "sub"), ", got it, thank you")
        c.note = "%s ASR: agent read-back gets one group wrong, caller corrects it; all readings labelled" % iname
    elif v == 4:
        who = rng.choice(["my husband's", "my mum's", "my dad's", "my wife's", "my partner's"])
        c.c("i'm calling for %s account, she's, well they're sat here with me, can i read the card off for them" % who)
        c.a("if they've given permission that's fine, go ahead")
        half = sizes[0] + sizes[1]
        c.c(V(r.spoken(card[:half], sizes[:2], fill=0.3), c.reading("CARD_NUMBER", card[:half])),
            rng.choice([" hang on she's got her thumb over it ", " sorry one second, the dog, ", " can you hold on a sec, "]))
        c.a(rng.choice(["no problem, take your time", "that's fine", "sure"]))
        c.c("okay ", V(r.spoken(card[half:], sizes[2:], fill=0.3), c.reading("CARD_NUMBER", card[half:])))
        m, yy = rng.randrange(1, 13), rng.randrange(26, 32)
        e = c.reading("EXPIRY", "%02d%02d" % (m, yy))
        c.a("and the expiry")
        c.c("it says ", V(say_expiry(rng, r, m, yy, True), e))
        c.note = "%s ASR: caller reads a relative's card with an aside mid-reading, then expiry" % iname
    elif v == 5:
        c.a("i'll confirm the card piece by piece. first four digits are ",
            V(r.chunk(groups[0], "plain"), c.reading("CARD_NUMBER", groups[0]), "sub"), "?")
        c.c("yes")
        for g in groups[1:]:
            c.a(rng.choice(["then ", "next ", "followed by ", ""]),
                V(r.chunk(g), c.reading("CARD_NUMBER", g), "sub"), "?")
            c.c(rng.choice(["yep", "correct", "that's right", "mhm"]))
        c.note = "%s ASR: agent confirms stored card group by group, caller assents" % iname
    elif v == 6:
        sep = rng.choice(["", " "])
        odd = rng.choice([[3, 5, 4, 4], [8, 8], [6, 6, 4], [4, 4, 8]]) if len(card) == 16 else sizes
        m, yy = rng.randrange(1, 13), rng.randrange(26, 31)
        cv = digits(rng, 4 if len(card) == 15 else 3)
        c.c(rng.choice(["Card: ", "card - ", "CARD NO "]), V(typed(card, odd, sep), c.reading("CARD_NUMBER", card)),
            rng.choice([" exp ", " expires ", ", expiry "]),
            V(say_expiry(rng, r, m, yy, False), c.reading("EXPIRY", "%02d%02d" % (m, yy))),
            rng.choice([" cvc ", " cvv: ", ", security code "]), V(cv, c.reading("CVV", cv)))
        c.a("Please don't send card details over chat - I've masked them. Could we take this over the secure line instead?")
        c.note = "%s chat: card with odd grouping plus expiry and security code typed in one line" % iname
    elif v == 7:
        full = c.reading("CARD_NUMBER", card)
        c.c("it's ", V(r.spoken(card, sizes, style="pairs"), full))
        c.a("sorry you cut out after ", V(r.chunk(groups[0], "pairs"), c.reading("CARD_NUMBER", groups[0]), "sub"))
        c.c("okay again, ", V(r.spoken(card, sizes, [" ", "... "], style="plain", fill=0.2), c.reading("CARD_NUMBER", card)))
        cv = digits(rng, 3)
        c.a("thanks. and the three digits on the back")
        c.c(V(r.chunk(cv, rng.choice(["plain", "hundreds"])), c.reading("CVV", cv)))
        c.note = "%s ASR: card read in pairs, line drops, caller repeats it, then CVV" % iname
    else:
        c.a("i'm going to transfer you to the payments team, they'll take the card")
        c.a("hello, payments, you're through to %s, can i take the card number please" % brand)
        c.c(rng.choice(["um yeah ", "right ", "erm "]),
            V(r.spoken(card, sizes, fill=0.5), c.reading("CARD_NUMBER", card)))
        c.a("and just the last four again for me")
        c.c(V(r.chunk(card[-4:]), c.reading("CARD_NUMBER", card[-4:]), "sub"))
        c.note = "%s ASR: transfer to payments, full card with hesitations, last four repeated" % iname
    return c


def ssn_case(rng, i):
    r = R(rng)
    r.zero = rng.choice(["oh", "zero", "zero"])
    s = make_ssn(rng)
    iname, brand = ind(rng)
    c = Case("positive", "")
    c.true("SSN", s)
    v = i % 5
    if v == 0:
        c.c("ssn is ", V(rng.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:]]),
                         c.reading("SSN", s)), " for the %s claim" % iname)
        c.a("Thank you. Last four ", V(s[5:], c.reading("SSN", s[5:]), "sub"), ", correct?")
        c.c("ya")
        c.note = "%s US chat: typed SSN then agent confirms last four" % iname
    elif v == 1:
        c.a("can i get your social")
        c.c(V(r.chunk(s[:3], rng.choice(["plain", "hundreds"])), c.reading("SSN", s[:3])))
        c.a(rng.choice(BACK))
        c.c(V(r.chunk(s[3:5]), c.reading("SSN", s[3:5])))
        c.a(rng.choice(BACK))
        c.c(V(r.chunk(s[5:]), c.reading("SSN", s[5:])))
        c.a("so that's ", V(r.spoken(s, [3, 2, 4], [" ", ", "]), c.reading("SSN", s)))
        c.note = "%s US ASR: SSN in three customer turns with back-channels, agent read-back" % iname
    elif v == 2:
        wrong = s[:3] + s[4] + s[3] + s[5:]
        if wrong == s:
            wrong = s[:3] + str((int(s[3]) + 1) % 10) + s[4:]
        c.c("my social security number is ", V(r.spoken(wrong, [3, 2, 4], fill=0.3), c.reading("SSN", wrong), "frag"),
            " oh no sorry i swapped two, it's ", V(r.spoken(s, [3, 2, 4]), c.reading("SSN", s)))
        c.a("okay ", V(r.spoken(s, [3, 2, 4]), c.reading("SSN", s)), ", thanks")
        c.note = "%s US ASR: caller transposes digits then re-reads whole SSN; agent read-back" % iname
    elif v == 3:
        c.c("i'm calling on behalf of my father, he's had a stroke. i have his social here")
        c.a("okay, i'll need to note you're a third party. go ahead")
        c.c("it's ", V(r.spoken(s[:5], [3, 2]), c.reading("SSN", s[:5])), " hold on my glasses ",
            V(r.chunk(s[5:]), c.reading("SSN", s[5:])))
        c.a("thank you, please hold while i pull up his %s file" % iname)
        c.a("thanks for holding, i'm reading the last four as ", V(r.chunk(s[5:], "plain"), c.reading("SSN", s[5:]), "sub"))
        c.c("that's right")
        c.note = "%s US ASR: third party reads father's SSN with aside, hold, agent confirms last four" % iname
    else:
        c.a("for verification what are the first five of your social")
        c.c(V(r.spoken(s[:5], [3, 2]), c.reading("SSN", s[:5]), "sub"))
        c.a("and the last four")
        c.c(V(r.chunk(s[5:], rng.choice(["pairs", "plain"])), c.reading("SSN", s[5:]), "sub"))
        c.note = "%s US ASR: SSN requested in two pieces (first five, last four)" % iname
    return c


def ni_case(rng, i):
    r = R(rng)
    r.zero = rng.choice(["zero", "nought"])
    n = make_ni(rng)
    iname, brand = ind(rng)
    c = Case("positive", "")
    c.true("NI_NUMBER", n)
    nato = lambda ch: ch.lower() + " for " + [k for k, vv in NATO.items() if vv == ch][0]
    v = i % 5
    if v == 0:
        form = rng.choice([n, n.lower(), n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8],
                           n[:2] + n[2:8] + " " + n[8]])
        c.c(rng.choice(["NI no: ", "my national insurance is ", "NINO ", "ni number "]),
            V(form, c.reading("NI_NUMBER", n)))
        c.a("Thanks, I've updated your %s record." % iname)
        c.note = "%s UK chat: typed NI number" % iname
    elif v == 1:
        c.a("what's your national insurance number")
        c.c(V("%s %s" % (nato(n[0]), nato(n[1])), c.reading("NI_NUMBER", n[:2])))
        c.a(rng.choice(BACK))
        c.c(V(r.spoken(n[2:8], [2, 2, 2], style="plain"), c.reading("NI_NUMBER", n[2:8])))
        c.a(rng.choice(BACK))
        c.c("and then ", V(n[8].lower(), c.reading("NI_NUMBER", n[8])))
        c.a("so ", V("%s %s %s %s" % (n[0].lower(), n[1].lower(), r.spoken(n[2:8], [2, 2, 2], style="plain"), n[8].lower()),
                     c.reading("NI_NUMBER", n)), ", lovely")
        c.note = "%s UK ASR: NI letters in NATO, digits and suffix in separate turns, agent read-back" % iname
    elif v == 2:
        wl = "E" if n[8] != "E" else "B"
        c.c("it's ", V("%s %s %s" % (n[0].lower(), n[1].lower(), r.spoken(n[2:8], [2, 2, 2], style="pairs")),
                       c.reading("NI_NUMBER", n[:8])), " ", V(wl.lower(), c.reading("NI_NUMBER", wl), "frag"))
        c.a("sorry, was that ", V(wl.lower() + " for echo" if wl == "E" else "b for bravo", c.reading("NI_NUMBER", wl), "frag"), "?")
        c.c("no ", V(nato(n[8]), c.reading("NI_NUMBER", n[8]), "sub"), ", it's ", V(n[8].lower(), c.reading("NI_NUMBER", n[8]), "sub"), " at the end")
        c.note = "%s UK ASR: NI suffix letter misheard and corrected" % iname
    elif v == 3:
        c.c("i'm ringing for my son, he's at work, he said i could give his national insurance, it's ",
            V("%s %s, %s, %s" % (n[0].lower(), n[1].lower(), r.spoken(n[2:8], [3, 3], fill=0.5), n[8].lower()),
              c.reading("NI_NUMBER", n)))
        c.a("i'm afraid i can only discuss it with him, but i'll note the number ",
            V("%s %s %s %s" % (n[0], n[1], " ".join(n[2:8]), n[8]), c.reading("NI_NUMBER", n)))
        c.note = "%s UK ASR: parent reads son's NI number, agent notes it back" % iname
    else:
        c.a("can i just confirm the middle part of your national insurance, the numbers")
        c.c(V(r.spoken(n[2:8], [2, 2, 2]), c.reading("NI_NUMBER", n[2:8]), "sub"), " ")
        c.a("and the letters either end")
        c.c(V("%s %s" % (n[0].lower(), n[1].lower()), c.reading("NI_NUMBER", n[:2]), "sub"), " at the start, ",
            V(n[8].lower(), c.reading("NI_NUMBER", n[8]), "sub"), " at the end")
        c.note = "%s UK ASR: NI number confirmed piece by piece" % iname
    return c


def bank_case(rng, i):
    r = R(rng)
    r.zero = rng.choice(["oh", "zero", "nought"])
    sc, acct = digits(rng, 6), digits(rng, 8)
    c = Case("positive", "")
    c.true("SORT_CODE", sc)
    c.true("BANK_ACCOUNT", acct)
    v = i % 4
    if v == 0:
        c.c("acct no: ", V(rng.choice([acct, acct[:4] + " " + acct[4:]]), c.reading("BANK_ACCOUNT", acct)),
            " sort code ", V(rng.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]]),
                             c.reading("SORT_CODE", sc)))
        c.a("Thanks, the direct debit will start next month.")
        c.note = "UK chat: typed account number and sort code"
    elif v == 1:
        c.a("what's the sort code")
        c.c(V(r.spoken(sc, [2, 2, 2], style=rng.choice(["pairs", "plain"])), c.reading("SORT_CODE", sc)))
        c.a("and the account number")
        c.c(V(r.spoken(acct[:4], [4]), c.reading("BANK_ACCOUNT", acct[:4])))
        c.a("mhm")
        c.c(V(r.spoken(acct[4:], [4]), c.reading("BANK_ACCOUNT", acct[4:])))
        c.a("so sort code ", V(r.spoken(sc, [2, 2, 2], style="plain"), c.reading("SORT_CODE", sc)), " account ",
            V(r.spoken(acct, [4, 4], style="plain"), c.reading("BANK_ACCOUNT", acct)))
        c.note = "UK ASR: sort code and account split over turns, agent reads both back"
    elif v == 2:
        w = acct[:6] + acct[7] + acct[6]
        if w == acct:
            w = acct[:7] + str((int(acct[7]) + 1) % 10)
        c.c("it's for my daughter's account, she's on hold with me. account number ",
            V(r.spoken(w, [4, 4], fill=0.3), c.reading("BANK_ACCOUNT", w), "frag"))
        c.a("one moment, i'll just bring her on the line")
        c.c("oh she says the last two are the other way round, so ",
            V(r.chunk(acct[6:], "plain"), c.reading("BANK_ACCOUNT", acct[6:]), "sub"), " at the end")
        c.a("right, so ", V(r.spoken(acct, [4, 4], style="plain"), c.reading("BANK_ACCOUNT", acct)))
        c.note = "UK ASR: caller for daughter, last two digits swapped and corrected, agent read-back"
    else:
        us = digits(rng, rng.choice([10, 11, 12]), True)
        c.true("BANK_ACCOUNT", us)
        c.c("checking account number is ", V(r.spoken(us, [3, 3, 4, 2], fill=0.2), c.reading("BANK_ACCOUNT", us)))
        c.a("and i read that as ", V(r.spoken(us, [3, 3, 4, 2], style="plain"), c.reading("BANK_ACCOUNT", us)))
        c.c("correct")
        c.note = "US ASR: checking account number with agent read-back"
    return c


def iban_case(rng, i):
    r = R(rng)
    r.zero = "zero"
    ib = make_iban(rng)
    c = Case("positive", "")
    c.true("IBAN", ib)
    if i % 3 == 0:
        form = rng.choice([" ".join(ib[k:k + 4] for k in range(0, len(ib), 4)), ib, ib.lower()])
        c.c(rng.choice(["IBAN: ", "iban is ", "Please refund to IBAN "]), V(form, c.reading("IBAN", ib)))
        c.a("Thank you, refund will go out within 5 working days.")
        c.note = "EU/UK chat: typed IBAN for refund"
    else:
        def say(chunk):
            out = []
            for ch in chunk:
                if ch.isalpha():
                    out.append(ch.lower())
                else:
                    out.append(DIGIT_WORDS[int(ch)])
            return " ".join(out)
        blocks = [ib[k:k + 4] for k in range(0, len(ib), 4)]
        cut = len(blocks) // 2
        c.a("go ahead with the iban")
        c.c(V(", ".join(say(b) for b in blocks[:cut]), c.reading("IBAN", "".join(blocks[:cut]))))
        c.a(rng.choice(["mhm", "go on", "yep, keep going"]))
        c.c(V(" ".join(say(b) for b in blocks[cut:]), c.reading("IBAN", "".join(blocks[cut:]))))
        c.a("reading back ", V(" ".join(say(b) for b in blocks), c.reading("IBAN", ib)))
        c.c(rng.choice(["perfect", "yes", "grand, yeah"]))
        c.note = "EU/UK ASR: IBAN spoken in two halves with back-channel, agent read-back"
    return c


def phone_case(rng, i):
    r = R(rng)
    r.zero = rng.choice(["oh", "zero", "oh", "o"])
    c = Case("positive", "")
    kind = rng.choice(["uk", "uk", "us", "ie"])
    if kind == "uk":
        nat = "07" + digits(rng, 9)
        intl = "+44" + nat[1:]
        sizes = [5, 6]
    elif kind == "us":
        nat = str(rng.randrange(2, 10)) + digits(rng, 9)
        intl = "+1" + nat
        sizes = [3, 3, 4]
    else:
        nat = "08" + str(rng.choice([3, 5, 6, 7])) + digits(rng, 7)
        intl = "+353" + nat[1:]
        sizes = [3, 3, 4]
    c.true("PHONE", nat)
    c.true("PHONE", intl)
    v = i % 4
    if v == 0:
        form = rng.choice([typed(nat, sizes, " "), typed(nat, sizes, "-"), nat,
                           intl[:len(intl) - len(nat) + 1] + " " + typed(nat[1:] if kind != "us" else nat, sizes[1:] if kind != "us" else sizes, " ")])
        canon = intl if form.startswith("+") else nat
        c.c("pls call me back on ", V(form, c.reading("PHONE", canon)), " after 6")
        c.a("Will do, callback booked for 6:30pm.")
        c.note = "%s chat: typed callback number with a time nearby" % kind
    elif v == 1:
        c.a("what's the best number to reach you on")
        c.c(V(r.spoken(nat, sizes, fill=0.3), c.reading("PHONE", nat)))
        c.a("so that's ", V(r.spoken(nat, sizes, style="plain"), c.reading("PHONE", nat)))
        c.c("yes")
        c.note = "%s ASR: phone number with agent read-back" % kind
    elif v == 2:
        cc = intl[:len(intl) - len(nat) + (1 if kind != "us" else 0)]
        ccw = "plus " + " ".join(DIGIT_WORDS[int(d)] for d in cc[1:])
        rest = intl[len(cc):]
        c.c("i'm abroad at the minute so it'd be ", V(ccw + " " + r.spoken(rest, sizes if kind == "us" else [4, 6]), c.reading("PHONE", intl)))
        c.a("sorry was that ", V(ccw, c.reading("PHONE", cc), "sub"), " at the start?")
        c.c("yeah ", V(ccw, c.reading("PHONE", cc), "sub"), " then the rest as i said")
        c.note = "%s ASR: international number, agent queries the country code" % kind
    else:
        pre, post = nat[:-4], nat[-4:]
        w = post[:2] + str((int(post[2]) + 5) % 10) + post[3]
        c.c("it's my wife's mobile you want, ", V(r.spoken(pre, [3, 3] if kind != "uk" else [5, 2]), c.reading("PHONE", pre)))
        c.a(rng.choice(BACK))
        c.c(V(r.chunk(w, "plain"), c.reading("PHONE", w), "frag"), " no hang on, ", V(r.chunk(post, "plain"), c.reading("PHONE", post), "sub"))
        c.a("okay so ending ", V(r.chunk(post, "pairs"), c.reading("PHONE", post), "sub"), ", got it")
        c.note = "%s ASR: caller gives spouse's number, corrects the last four, agent repeats ending" % kind
    return c


def email_case(rng, i):
    e = make_email(rng)
    c = Case("positive", "")
    c.true("EMAIL", e)
    if i % 3 == 0:
        form = rng.choice([e, e.upper() if rng.random() < 0.2 else e.capitalize(), e.replace("@", " @ ")])
        c.c(rng.choice(["email: ", "send it to ", "my email addy is ", "e-mail - "]), V(form, c.reading("EMAIL", e)),
            rng.choice([" ta", " thanks!", "", " pls"]))
        c.a("Thanks, the confirmation has been sent.")
        c.note = "chat: typed e-mail address"
    else:
        sp = spoken_email(rng, e)
        local = e.split("@")[0]
        c.a("and an email address for the receipt")
        c.c(rng.choice(["yeah it's ", "um, ", "okay it's "]), V(sp, c.reading("EMAIL", e)))
        c.a("so that's ", V(spoken_email(rng, e), c.reading("EMAIL", e)), "?")
        if i % 3 == 2:
            c.c("yeah but the first bit's ", V(spoken_email(rng, local + "@x").rsplit(" at ", 1)[0], c.reading("EMAIL", local), "sub"),
                " all lower case")
        else:
            c.c("that's it")
        c.note = "ASR: e-mail spelled with dot/at words and letter spelling, agent read-back"
    return c


def dob_case(rng, i):
    r = R(rng)
    d, m, y = rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(1938, 2006)
    c = Case("positive", "")
    canon = "%04d%02d%02d" % (y, m, d)
    if i % 3 == 0:
        c.c(rng.choice(["DOB ", "date of birth: ", "born ", "d.o.b. "]), V(say_dob(rng, r, d, m, y, False), c.reading("DOB", canon)))
        c.a("Thanks, you're verified. Your next appointment is on %d %s." % (rng.randrange(1, 28), rng.choice(MONTHS).capitalize()))
        c.note = "chat: typed DOB, plus a non-PII appointment date"
    elif i % 3 == 1:
        c.a("can you confirm your date of birth for me")
        c.c("yeah it's ", V(say_dob(rng, r, d, m, y, True), c.reading("DOB", canon)))
        c.a("and is that ", V(say_dob(rng, r, d, m, y, True), c.reading("DOB", canon)), "?")
        c.c("yes")
        c.note = "ASR: spoken DOB with agent read-back"
    else:
        c.a("what's the patient's date of birth")
        c.c("she's my mother, she's eighty two now, it's ", V(say_dob(rng, r, d, m, y, True), c.reading("DOB", canon)),
            " no sorry, ", V(say_dob(rng, r, d, m, y, True), c.reading("DOB", canon)), ", i always get that wrong")
        c.note = "ASR healthcare billing: caller gives mother's DOB twice, age mentioned (age not PII)"
    return c


def addr_case(rng, i):
    r = R(rng)
    num = rng.randrange(1, 240)
    st = rng.choice(STREETS) + " " + rng.choice(SUFFIX)
    flat = rng.random() < 0.3
    c = Case("positive", "")
    uk = i % 3 != 2
    if uk:
        pc = rng.choice(OUTWARD) + " " + str(rng.randrange(1, 10)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
        town = rng.choice(TOWNS_UK)
    else:
        pc = digits(rng, 5) + (("-" + digits(rng, 4)) if rng.random() < 0.4 else "")
        town = rng.choice(TOWNS_US)
    pcn = pc.replace(" ", "").replace("-", "")
    if i % 2 == 0:
        a = ("Flat %d, " % rng.randrange(1, 30) if flat else "") + "%d %s" % (num, st)
        if not uk and flat:
            a = a.replace("Flat", "Apt")
        c.c("new address is ", V(a, c.reading("ADDRESS", a)), ", %s " % town, V(pc if rng.random() < 0.7 else pc.lower(), c.reading("POSTCODE", pcn)))
        c.a("Thanks, I've updated it. Your statement will go there from next month.")
        c.note = "%s chat: typed address, town unlabelled, postcode separate" % ("UK" if uk else "US")
    else:
        numw = r.triple3("%03d" % num) if num >= 100 and rng.random() < 0.5 else (r.pair("%02d" % num) if 10 <= num < 100 else DIGIT_WORDS[num] if num < 10 else r.chunk(str(num), "plain"))
        a = ("flat %s, " % DIGIT_WORDS[rng.randrange(1, 10)] if flat else "") + numw + " " + st.lower()
        if uk:
            out, inw = pc.split()
            outs = " ".join(ch.lower() if ch.isalpha() else DIGIT_WORDS[int(ch)] for ch in out)
            ins = DIGIT_WORDS[int(inw[0])] + " " + " ".join(
                (ch.lower() + " for " + [k for k, vv in NATO.items() if vv == ch][0]) if rng.random() < 0.4 else ch.lower() for ch in inw[1:])
            pcs = outs + " " + ins
        else:
            pcs = r.spoken(pcn, [5, 4], style="plain")
        c.a("and the address please")
        c.c(V(a, c.reading("ADDRESS", a)), " in %s" % town.lower())
        c.a(rng.choice(["and the postcode", "zip code?", "postcode?"]))
        c.c(V(pcs, c.reading("POSTCODE", pcn)))
        c.a("so ", V(a, c.reading("ADDRESS", a)), ", ", V(pcs, c.reading("POSTCODE", pcn)), ", perfect")
        c.note = "%s ASR: address and postcode in separate turns, agent reads both back" % ("UK" if uk else "US")
    return c


def mixed_case(rng, i):
    """Identity verification with several types in one call."""
    r = R(rng)
    r.zero = "oh"
    c = Case("positive", "")
    d, m, y = rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(1945, 2004)
    c.a("before i can discuss the account i need to do security. full date of birth")
    c.c(V(say_dob(rng, r, d, m, y, True), c.reading("DOB", "%04d%02d%02d" % (y, m, d))))
    c.a("thank you, and the postcode")
    pc = rng.choice(OUTWARD) + " " + str(rng.randrange(1, 10)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
    out, inw = pc.split()
    pcs = " ".join(ch.lower() if ch.isalpha() else DIGIT_WORDS[int(ch)] for ch in out) + " " + DIGIT_WORDS[int(inw[0])] + " " + inw[1].lower() + " " + inw[2].lower()
    c.c(V(pcs, c.reading("POSTCODE", pc.replace(" ", ""))))
    if i % 2:
        e = make_email(rng)
        c.a("and the email on the account")
        c.c(V(spoken_email(rng, e), c.reading("EMAIL", e)))
    else:
        sc = digits(rng, 6)
        c.true("SORT_CODE", sc)
        c.a("and the sort code of the account it's paid from, just the first four is fine")
        c.c(V(r.spoken(sc[:4], [2, 2], style="pairs"), c.reading("SORT_CODE", sc[:4]), "sub"),
            " hang on the whole thing's ", V(r.spoken(sc, [2, 2, 2], style="plain"), c.reading("SORT_CODE", sc)))
    c.a("thank you you're through security. your balance is %s pounds" % R(rng).triple3(str(rng.randrange(100, 999))))
    c.note = "ASR security check: DOB, postcode, then e-mail or sort code; balance is not PII"
    return c


# ---------------------------------------------------------------- negatives

def negative_case(rng, i):
    r = R(rng)
    r.zero = rng.choice(["oh", "zero", "nought"])
    iname, brand = ind(rng)
    c = Case("negative", "")
    v = i % 14
    if v == 0:
        num = luhn_complete(rng, "4", 16)
        c.a("have you got the order number there")
        c.c("yes the order number is ", r.spoken(num, [4, 4, 4, 4], fill=0.3))
        c.a("thanks, that order was dispatched on the %s and should arrive in three to five days" % ordinal_words(rng.randrange(1, 29)))
        c.note = "retail ASR: 16-digit Luhn-valid ORDER number read like a card (labelled as order number)"
    elif v == 1:
        c.c("Tracking no. 1Z%s%s - it's been stuck since Tuesday" % (digits(rng, 3).replace("", "")[:3], "".join(rng.choice("ABCDEFGHJK") for _ in range(2)) + digits(rng, 10)))
        c.a("I can see it's at the depot. Expected delivery is Friday between 8am and 6pm.")
        c.note = "retail chat: tracking number, delivery window"
    elif v == 2:
        c.a("your balance is £%d.%02d and your next payment of £%d is due on the %s" % (rng.randrange(100, 9000), rng.randrange(100), rng.randrange(10, 300), rng.choice(["1st", "2nd", "3rd", "5th", "12th", "15th", "28th"])))
        c.c("and what's the APR on that, is it still %d.%d percent" % (rng.randrange(3, 30), rng.randrange(10)))
        c.a("it's %d.%d%% now, it changed in 2023" % (rng.randrange(3, 30), rng.randrange(10)))
        c.note = "%s: balance, payment amount, payment date, APR, year" % iname
    elif v == 3:
        last4 = digits(rng, 4)
        c.c("i want to cancel the payment on the card ending %s" % rng.choice([last4, r.spoken(last4, [4])]))
        c.a("the one ending in %s, yes i can see a payment of %s pounds %s" % (r.spoken(last4, [4], style="pairs"), R(rng).triple3(str(rng.randrange(100, 999))), R(rng).pair(digits(rng, 2, True))))
        c.note = "card last-four only (PCI allowed) plus spoken amount"
    elif v == 4:
        c.c("meter reading's %s, and the night one is %s" % (r.spoken(digits(rng, 5), [5]), r.spoken(digits(rng, 5), [2, 3])))
        c.a("thanks, i've logged both readings. your tariff is %d.%dp per kilowatt hour" % (rng.randrange(18, 40), rng.randrange(10)))
        c.note = "utilities ASR: meter readings spoken digit by digit, unit rate"
    elif v == 5:
        pol = "".join(rng.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(3)) + digits(rng, 7)
        c.c("policy number %s, claim reference %s" % (pol, "CLM-" + digits(rng, 4) + "-" + digits(rng, 4)))
        c.a("Thanks. The excess on that policy is £%d and the claim was opened on 14/03/2025." % rng.choice([100, 250, 350, 500]))
        c.note = "insurance chat: policy and claim references, excess, claim date"
    elif v == 6:
        c.a("so your flight is %s %s departing gate %s at %s, seat %d%s" % (rng.choice(["ba", "ei", "fr", "u2"]), r.spoken(digits(rng, 4, True), [4], style="pairs"), r.chunk(digits(rng, 2, True)), rng.choice(["ten forty five", "quarter past six", "nineteen twenty"]), rng.randrange(1, 40), rng.choice("ABCDEF")))
        c.c("and the hotel room is %s right, for seven nights" % R(rng).triple3(str(rng.randrange(101, 999))))
        c.note = "travel ASR: flight, gate, time, seat, room number, duration"
    elif v == 7:
        c.c("i've been on hold for forty five minutes, i'm %d years old and i can't be doing with this" % rng.randrange(60, 95))
        c.a("i'm sorry about the wait, we're open eight till eight monday to friday and nine to five on saturdays")
        c.c("it was minus %d outside this morning and the heating's been off for %d days" % (rng.randrange(1, 8), rng.randrange(2, 9)))
        c.note = "utilities ASR: durations, age, opening hours, temperature, counts"
    elif v == 8:
        ser = digits(rng, 16)
        c.c("Serial number on the router is %s, model %s" % (typed(ser, [4, 4, 4, 4], " "), rng.choice(["VX-7800", "HG659", "TP 4410AC"])))
        c.a("Thanks, ticket %s is raised and an engineer will call between 1 and 3pm." % ("INC" + digits(rng, 7)))
        c.note = "telecom chat: 16-digit serial number grouped like a card, model, ticket number, time window"
    elif v == 9:
        ref = digits(rng, 9)
        c.a("can i take the reference number from your letter")
        c.c("reference is ", r.spoken(ref, [3, 2, 4]))
        c.a("thank you, reference ", r.spoken(ref, [3, 2, 4], style="plain") + ", that's your council tax reference, the bill is %d pounds a month over ten months" % rng.randrange(90, 260))
        c.note = "government ASR: 9-digit reference grouped 3-2-4 like an SSN, amounts, counts"
    elif v == 10:
        inv = "INV-%d-%06d" % (rng.choice([2024, 2025]), rng.randrange(10 ** 6))
        c.c("Invoice %s shows %s for 3 units but I only ordered 2" % (inv, "$%d.%02d" % (rng.randrange(20, 900), rng.randrange(100))))
        c.a("Apologies, I've raised a credit note CN%s. Your contract renews on 1 September 2026." % digits(rng, 6))
        c.note = "retail/healthcare chat: invoice, amount, credit note, contract date"
    elif v == 11:
        c.c("it's the %s, the road's closed at %s so the engineer couldn't get through" % (rng.choice(["a four oh six", "m twenty five", "n seven", "i ninety five"]), rng.choice(["station road", "the high street", "junction twelve"])))
        c.a("okay i'll rebook for thursday the %s between twelve and four" % ordinal_words(rng.randrange(1, 29)))
        c.note = "road names, junction numbers, appointment date and window"
    elif v == 12:
        acct = digits(rng, 10)
        c.c("customer number %s, the bill went up %d percent this year" % (acct if rng.random() < 0.5 else typed(acct, [5, 5], "-"), rng.randrange(5, 40)))
        c.a("I can see that. Your usage was %d kWh compared to %d last year." % (rng.randrange(1500, 4500), rng.randrange(1500, 4500)))
        c.note = "utilities chat: labelled customer number (not bank account), percentages, usage"
    else:
        c.a("your case number is %s, have you got a pen" % r.spoken(digits(rng, 8), [4, 4], fill=0.4))
        c.c("hang on... go on")
        c.a("it's %s" % r.spoken(digits(rng, 8), [2, 2, 2, 2], style="pairs"))
        c.c("thanks, and how long will it take, two weeks?")
        c.a("usually ten working days, so around the %s of %s" % (ordinal_words(rng.randrange(1, 29)), rng.choice(MONTHS)))
        c.note = "ASR: case numbers read by agent with hesitations and pairs, durations, dates"
    return c


# ---------------------------------------------------------------- build

def build():
    rng = random.Random(SEED)
    plan = ([card_case] * 52 + [ssn_case] * 20 + [ni_case] * 20 + [bank_case] * 14 +
            [iban_case] * 12 + [phone_case] * 18 + [email_case] * 15 + [dob_case] * 14 +
            [addr_case] * 16 + [mixed_case] * 24)
    cases = []
    counters = {}
    for fn in plan:
        k = counters.get(fn, 0)
        counters[fn] = k + 1
        cases.append(fn(rng, k))
    rng.shuffle(cases)
    negs = [negative_case(rng, k) for k in range(112)]
    out = []
    for k, c in enumerate(cases):
        out.append((("h476-pos-%03d" % (k + 1)), c))
    for k, c in enumerate(negs):
        out.append((("h476-neg-%03d" % (k + 1)), c))
    return out


def serialise(cases):
    return "".join(json.dumps(c.to_json(cid), ensure_ascii=False) + "\n" for cid, c in cases)


# ---------------------------------------------------------------- validation

UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def validate_value(typ, canon):
    if typ == "CARD_NUMBER":
        return canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "SSN":
        return re.fullmatch(r"\d{9}", canon) and canon[:3] not in ("000", "666") and canon[3:5] != "00"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(canon))
    if typ == "SORT_CODE":
        return bool(re.fullmatch(r"\d{6}", canon))
    if typ == "BANK_ACCOUNT":
        return bool(re.fullmatch(r"\d{8,12}", canon))
    if typ == "IBAN":
        return iban_ok(canon)
    if typ == "PHONE":
        return bool(re.fullmatch(r"(\+(1\d{10}|44\d{10}|353\d{9}))|(0\d{9,10})|([2-9]\d{9})", canon))
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", canon))
    if typ == "POSTCODE":
        return bool(UK_PC.match(canon) or re.fullmatch(r"\d{5}(\d{4})?", canon))
    if typ == "CVV":
        return bool(re.fullmatch(r"\d{3,4}", canon))
    if typ == "EXPIRY":
        return bool(re.fullmatch(r"(0[1-9]|1[0-2])\d{2}", canon))
    if typ == "DOB":
        return bool(re.fullmatch(r"(19[3-9]\d|200\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])", canon))
    if typ == "ADDRESS":
        return True
    return False


def norm_span(typ, text):
    if typ == "EMAIL":
        return say_email(text)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return normalise(text, "alnum")
    if typ in ("DOB", "EXPIRY"):
        return normalise(text, "date")
    if typ == "ADDRESS":
        return text
    return normalise(text, "digits")


def check_date_span(typ, text, canon):
    n = normalise(text, "date")
    if n is None:
        return False
    if typ == "EXPIRY":
        mm, yy = canon[:2], canon[2:]
        n2 = n.replace("M", "")
        return n2 in (mm + yy, mm + "20" + yy)
    y, m, d = canon[:4], canon[4:6], canon[6:]
    if "M" in n:
        return ("M" + m) in n and (str(int(d)) in n or d in n) and (y in n)
    return n in (d + m + y, d + m + y[2:], str(int(d)) + str(int(m)) + y[2:], str(int(d)) + str(int(m)) + y)


def check(cases, path):
    errs = []
    data = serialise(cases)
    with open(path, encoding="utf-8") as f:
        if f.read() != data:
            errs.append("file is not byte-identical to regenerated output")
    ids = [cid for cid, _ in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for cid, c in cases:
        if c.kind == "positive":
            npos += 1
            if not c.spans:
                errs.append("%s positive without spans" % cid)
        else:
            nneg += 1
            if c.spans:
                errs.append("%s negative with spans" % cid)
        per_turn = {}
        parts = {}
        for s in c.spans:
            text = c.turns[s["turn"]][1]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(text)):
                errs.append("%s span out of range" % cid); continue
            seg = text[st:en]
            if st > 0 and text[st - 1].isalnum():
                errs.append("%s span start not on word boundary: %r" % (cid, seg))
            if en < len(text) and text[en].isalnum():
                errs.append("%s span end not on word boundary: %r" % (cid, seg))
            if not (seg[0].isalnum() or (seg[0] == "+" and s["type"] == "PHONE")) or not seg[-1].isalnum():
                errs.append("%s span has leading/trailing non-alnum: %r" % (cid, seg))
            per_turn.setdefault(s["turn"], []).append((st, en))
            counts[s["type"]] += 1
            typ, canon = c.readings[s["rid"]]
            if typ in ("DOB", "EXPIRY") and s["role"] == "part" and len(canon) in (4, 8):
                if not check_date_span(typ, seg, canon):
                    errs.append("%s %s span %r does not match %s" % (cid, typ, seg, canon))
                continue
            if typ == "CVV":
                n = normalise(seg)
                if not n or not re.fullmatch(r"\d{3,4}", n):
                    errs.append("%s bad CVV %r" % (cid, seg))
                continue
            if typ == "ADDRESS":
                if not re.match(r"(?i)(flat|apt|apartment|unit)?\s*[\w ]*?\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b", seg) or \
                        not re.search(r"(?i)\b(%s)$" % "|".join(SUFFIX), seg):
                    errs.append("%s bad ADDRESS %r" % (cid, seg))
                continue
            n = norm_span(typ, seg)
            if n is None:
                errs.append("%s cannot normalise %s %r" % (cid, typ, seg)); continue
            if typ == "EMAIL":
                n = n.lower()
            if s["role"] == "part":
                parts.setdefault(s["rid"], []).append(n)
            elif s["role"] == "sub":
                if n not in canon:
                    errs.append("%s partial %s %r (%s) not in %s" % (cid, typ, seg, n, canon))
            else:
                if not n:
                    errs.append("%s empty fragment" % cid)
        for rid, ps in parts.items():
            typ, canon = c.readings[rid]
            joined = "".join(ps)
            if joined != canon:
                errs.append("%s %s reading %r != %r" % (cid, typ, joined, canon))
        # every complete value the case is about must validate; every reading that is
        # not a corrected-away fragment must be (part of) one of them or itself valid
        for typ, val in c.truth:
            if not validate_value(typ, val):
                errs.append("%s invalid true %s %r" % (cid, typ, val))
        for rid, (typ, canon) in c.readings.items():
            roles = [s["role"] for s in c.spans if s["rid"] == rid]
            if not roles or all(r_ == "frag" for r_ in roles) or typ in ("ADDRESS", "CVV"):
                continue
            if validate_value(typ, canon):
                continue
            if not any(t2 == typ and canon in v2 for t2, v2 in c.truth):
                errs.append("%s %s reading %r is neither valid nor part of a true value" % (cid, typ, canon))
        for t, lst in per_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s overlapping spans in turn %d" % (cid, t))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    need = {t: 10 for t in TYPES}
    need.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, k in need.items():
        if counts[t] < k:
            errs.append("too few %s spans: %d < %d" % (t, counts[t], k))
    return errs, counts, npos, nneg


def main():
    cases = build()
    if "--check" in sys.argv:
        errs, counts, npos, nneg = check(cases, OUT)
        for e in errs[:60]:
            print("ERROR:", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        print("spans:", json.dumps(counts))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(serialise(cases))
    print("wrote", OUT, len(cases), "cases")


if __name__ == "__main__":
    main()

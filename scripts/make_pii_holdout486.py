#!/usr/bin/env python3
"""Generate the pii_holdout486 held-out PII evaluation set (stdlib only).

Usage:
    python scripts/make_pii_holdout486.py          # (re)write the fixture
    python scripts/make_pii_holdout486.py --check  # regenerate and verify

Every turn is assembled from plain-text segments and labelled value
segments, so span offsets are computed, never typed by hand.
"""
import argparse
import json
import os
import re
import random
import sys

SEED = 486241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout486")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
ZERO_WORDS = ["oh", "o", "zero", "nought"]
FILLERS = {"um", "uh", "er", "erm", "hmm", "ah"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "kilo": "K",
        "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P", "quebec": "Q",
        "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U", "victor": "V",
        "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
NATO_BY = {}
for _w, _l in NATO.items():
    NATO_BY.setdefault(_l, _w)
# friendlier "as in" words people really use
FOLK = {"A": "apple", "B": "bravo", "C": "charlie", "D": "david", "E": "edward", "G": "george",
        "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mary", "N": "nelly",
        "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william",
        "X": "xray", "Y": "yellow", "Z": "zebra", "F": "freddie", "Q": "queen"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first",
       "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth"]

UNIT_MAP = {w: str(i) for i, w in enumerate(UNIT_W)}
for _z in ZERO_WORDS:
    UNIT_MAP[_z] = "0"
TEEN_MAP = {w: str(10 + i) for i, w in enumerate(TEEN_W)}
TENS_MAP = {w: str(k) for k, w in TENS_W.items()}


def num_words(n):
    """0..99 in words."""
    if n < 10:
        return UNIT_W[n]
    if n < 20:
        return TEEN_W[n - 10]
    t, u = divmod(n, 10)
    return TENS_W[t] + ("" if u == 0 else " " + UNIT_W[u])


# ---------------------------------------------------------------- speaking
class Speaker:
    def __init__(self, r):
        self.r = r

    def zero(self, style):
        return style

    def group(self, g, zero, allow_pairs=True, repeat_word="double"):
        r = self.r
        modes = ["single", "single"]
        if allow_pairs and len(g) % 2 == 0 and all(g[i] != "0" and g[i + 1] != "0"
                                                    or g[i] == "1"
                                                    for i in range(0, len(g), 2)):
            modes.append("pairs")
        if allow_pairs and len(g) == 3 and g[0] != "0" and g[1:] != "00" and \
                not (g[1] not in "01" and g[2] == "0"):
            modes.append("hundred")
        mode = r.choice(modes)
        if mode == "pairs":
            return " ".join(num_words(int(g[i:i + 2])) for i in range(0, len(g), 2))
        if mode == "hundred":
            rest = g[1:]
            if rest[0] == "0":
                tail = UNIT_W[int(rest[1])]
            else:
                tail = num_words(int(rest))
            return UNIT_W[int(g[0])] + " hundred and " + tail
        out = []
        i = 0
        while i < len(g):
            d = g[i]
            run = 1
            while i + run < len(g) and g[i + run] == d and run < 3:
                run += 1
            w = zero if d == "0" else UNIT_W[int(d)]
            if run == 3 and r.random() < 0.7:
                out.append(r.choice(["treble", "triple", repeat_word if repeat_word != "double" else "treble"]) + " " + w)
                i += 3
            elif run >= 2 and r.random() < 0.75:
                out.append("double " + w)
                i += 2
            else:
                out.append(w)
                i += 1
        return " ".join(out)

    def digits(self, s, groups=None, zero=None, filler=0.0, pairs=True, seps=None):
        r = self.r
        if zero is None:
            zero = r.choice(ZERO_WORDS)
        if groups is None:
            groups = [len(s)]
        parts = []
        i = 0
        for n in groups:
            parts.append(self.group(s[i:i + n], zero, allow_pairs=pairs))
            i += n
        assert i == len(s), (s, groups)
        seps = seps or [" ", ", ", " ", "... ", " - "]
        text = parts[0]
        for p in parts[1:]:
            if r.random() < filler:
                text += " " + r.choice(["um", "uh", "er", "erm"]) + " " + p
            else:
                text += r.choice(seps) + p
        return text


def typed_groups(s, groups, sep):
    out, i = [], 0
    for n in groups:
        out.append(s[i:i + n])
        i += n
    return sep.join(out)


def split_lens(total, r, choices=(2, 3, 4)):
    res = []
    while total > 0:
        n = min(total, r.choice(choices))
        if total - n == 1:
            n += 1
        res.append(n)
        total -= n
    return res


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
    kind = r.choice(["visa16", "visa16", "mc", "mc", "amex", "disc", "visa13", "visa19", "maestro"])
    if kind == "visa16":
        pre, n = "4", 16
    elif kind == "mc":
        pre, n = r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        pre, n = r.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    elif kind == "visa13":
        pre, n = "4", 13
    elif kind == "visa19":
        pre, n = "4", 19
    else:
        pre, n = r.choice(["6759", "6761"]), r.choice([16, 18])
    body = pre + "".join(r.choice("0123456789") for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, kind


def card_groups(n, r):
    if n == 15:
        return r.choice([[4, 6, 5], [4, 4, 4, 3], [3, 4, 4, 4]])
    if n == 16:
        return r.choice([[4, 4, 4, 4], [4, 4, 4, 4], [8, 8], [4, 6, 6], [2, 2, 4, 4, 4], [3, 3, 3, 3, 4]])
    if n == 13:
        return r.choice([[4, 4, 5], [4, 3, 3, 3]])
    if n == 19:
        return r.choice([[4, 4, 4, 4, 3], [6, 13]])
    return [4] * (n // 4) + ([n % 4] if n % 4 else [])


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def make_ni(r):
    while True:
        p = r.choice(NI_FIRST.replace("O", "")) + r.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(r.choice("0123456789") for _ in range(6)) + r.choice("ABCD")


def make_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


SORT_PREFIX = ["20", "40", "30", "60", "07", "08", "11", "77", "82", "83", "90", "93", "98", "16", "09"]


def make_sort(r):
    return r.choice(SORT_PREFIX) + "%04d" % r.randint(0, 9999)


def make_acct(r, n=8):
    return "".join(r.choice("0123456789") for _ in range(n))


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def make_iban(r):
    c = r.choice(["GB", "GB", "IE", "IE", "IE", "DE", "NL", "ES", "FR"])
    L = lambda n: "".join(r.choice("ABCDEFGHIJKLMNPQRSTUVWXYZ") for _ in range(n))
    D = lambda n: "".join(r.choice("0123456789") for _ in range(n))
    if c == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ", "SRLG"]) + D(14)
    elif c == "IE":
        bban = r.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + D(14)
    elif c == "DE":
        bban = D(18)
    elif c == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO"]) + D(10)
    elif c == "ES":
        bban = D(20)
    else:
        bban = D(10) + D(11) + D(2)
    return c + iban_check(c, bban) + bban


UK_OUT = ["SW1A", "M4", "LS6", "BT9", "G12", "CF10", "EH3", "B15", "NE1", "L8", "BS7", "N7",
          "E14", "SE22", "NW3", "CB1", "OX4", "PL1", "AB10", "DD1", "BT48", "S11", "YO1",
          "LE2", "NG7", "HU5", "CV1", "TR18", "W1T", "EC1V", "BN2", "GL50", "SA1", "IV2"]
UK_IN = "ABDEFGHJLNPQRSTUWXYZ"
EIR_RK = ["D02", "D04", "D6W", "D08", "D15", "D24", "T12", "T23", "H91", "A94", "V94", "F92",
          "W91", "K78", "R95", "X91", "P31", "N37", "E91", "Y35"]
EIR_U = "ACDEFHKNPRTVWXY0123456789"
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
EIR_RE = re.compile(r"^[AC-FHKNPRTV-Y]\d[\dW][AC-FHKNPRTV-Y\d]{4}$")
ZIP_RE = re.compile(r"^\d{5}(\d{4})?$")


def make_ukpc(r):
    return r.choice(UK_OUT), "%d%s%s" % (r.randint(0, 9), r.choice(UK_IN), r.choice(UK_IN))


def make_eir(r):
    while True:
        u = "".join(r.choice(EIR_U) for _ in range(4))
        if not u[0].isdigit() or r.random() < 0.5:
            return r.choice(EIR_RK), u


FIRST = ["siobhan", "aoife", "ciaran", "niamh", "declan", "gareth", "bethan", "callum", "morag",
         "priya", "tom", "sarah", "john", "emma", "mohammed", "olu", "ewan", "fiona", "padraig",
         "maria", "kelly", "dave", "rhys", "amara", "liam", "orla", "jamie", "zofia", "tariq"]
LAST = ["obrien", "murphy", "kelly", "walsh", "jones", "williams", "mcdonald", "campbell",
        "patel", "smith", "nowak", "okafor", "byrne", "doyle", "evans", "reid", "macleod",
        "hughes", "khan", "brennan", "fitzgerald", "gallagher"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.ie", "outlook.com", "eircom.net", "btinternet.com",
           "icloud.com", "live.ie", "sky.com", "virginmedia.com", "protonmail.com", "aol.com"]
STREETS = ["Castle", "Church", "Mill", "Station", "Victoria", "Albert", "Queen's", "Manor",
           "Glebe", "Fairview", "Strand", "Clonliffe", "Seaview", "Hawthorn", "Kings", "Bridge",
           "Mayfield", "Oak", "Elm", "Beech", "Larkhill", "Ormeau", "Sandyford", "Whitehall",
           "Maple", "Pine", "Harbour", "Abbey", "Chapel", "Riverside"]
SUFFIX = ["Road", "Street", "Avenue", "Lane", "Close", "Crescent", "Drive", "Grove", "Terrace",
          "Way", "Place", "Gardens", "Park", "Court", "Row", "View", "Walk", "Boulevard"]
SUFFIX_ABBR = {"Road": "Rd", "Street": "St", "Avenue": "Ave", "Lane": "Ln", "Crescent": "Cres",
               "Drive": "Dr", "Terrace": "Terr", "Place": "Pl", "Gardens": "Gdns", "Court": "Ct"}
TOWNS_UK = ["Leeds", "Belfast", "Cardiff", "Glasgow", "Manchester", "Bristol", "Derry", "Swansea",
            "Aberdeen", "Nottingham", "Hull", "Brighton", "Penzance", "Inverness", "Cheltenham"]
TOWNS_IE = ["Dublin 2", "Cork", "Galway", "Limerick", "Sligo", "Kilkenny", "Waterford", "Tralee",
            "Letterkenny", "Athlone", "Dundalk", "Ennis"]
TOWNS_US = ["Boston", "Austin", "Portland", "Denver", "Columbus", "Savannah"]

INDUSTRY = {
    "banking": ["thanks for calling the bank, you're through to {a}", "hello, card services, {a} speaking",
                "good morning, fraud team, how can I help"],
    "telecom": ["hi, you're through to mobile support", "thanks for calling broadband support, {a} here",
                "hiya, this is {a} from the network, what can I do for you"],
    "utilities": ["energy accounts, {a} speaking", "thanks for calling about your gas and electric",
                  "hello, water services, how can I help today"],
    "retail": ["hi there, customer care, {a} speaking", "thanks for contacting the store helpdesk",
               "hello, online orders team"],
    "insurance": ["motor claims, {a} speaking", "hello, home insurance renewals",
                  "thanks for calling, you're through to the policy team"],
    "travel": ["bookings desk, {a} speaking", "hello, thanks for calling the airline",
               "hi, rail tickets helpline"],
    "healthcare billing": ["patient billing, {a} speaking", "hello, hospital accounts office",
                           "thanks for calling the clinic billing line"],
    "government": ["hello, you're through to the benefits helpline", "tax office, {a} speaking",
                   "thanks for calling the pensions service"],
}
AGENTS = ["Shauna", "Mark", "Gemma", "Kev", "Aisling", "Bronagh", "Dylan", "Nadia", "Craig", "Eimear"]
BACKCH = ["mhm", "go on", "yep", "ok", "right", "uh huh", "grand", "lovely", "yeah go ahead", "got that"]


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self):
        self.turns = []  # (speaker, [segments])
        self.groups = {}  # gid -> (type, canonical)
        self.n = 0

    def val(self, typ, canon):
        self.n += 1
        gid = self.n
        self.groups[gid] = (typ, canon)
        return gid

    def t(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def build(self):
        turns, spans, meta = [], [], []
        for ti, (sp, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    typ, vtext, gid, role = s
                    start = len(text)
                    text += vtext
                    spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
                    meta.append((gid, role))
                else:
                    text += s
            turns.append({"speaker": sp, "text": text})
        return turns, spans, meta


def V(typ, text, gid, role="full"):
    """role: full (complete value), part (piece of a split value), prefix (abandoned start)."""
    return (typ, text, gid, role)


# ---------------------------------------------------------------- normalisers / validators
TOK = re.compile(r"[a-z]+|\d+|\+")


def norm_digits(text):
    t = TOK.findall(text.lower())
    out, mult, i = [], 1, 0
    while i < len(t):
        w = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else None
        if w.isdigit():
            out.append(w)
        elif w in FILLERS or w in ("and", "plus", "+"):
            pass
        elif w == "double":
            mult = 2
            i += 1
            continue
        elif w in ("treble", "triple"):
            mult = 3
            i += 1
            continue
        elif w in UNIT_MAP and nxt == "hundred":
            j = i + 2
            if j < len(t) and t[j] == "and":
                j += 1
            w2 = t[j] if j < len(t) else None
            if w2 in TEEN_MAP:
                rest, j = TEEN_MAP[w2], j + 1
            elif w2 in TENS_MAP:
                w3 = t[j + 1] if j + 1 < len(t) else None
                if w3 in UNIT_MAP and UNIT_MAP[w3] != "0":
                    rest, j = TENS_MAP[w2] + UNIT_MAP[w3], j + 2
                else:
                    rest, j = TENS_MAP[w2] + "0", j + 1
            elif w2 in UNIT_MAP:
                rest, j = "0" + UNIT_MAP[w2], j + 1
            else:
                rest = "00"
            out.append(UNIT_MAP[w] + rest)
            i = j
            continue
        elif w in UNIT_MAP:
            out.append(UNIT_MAP[w] * mult)
        elif w in TEEN_MAP:
            out.append(TEEN_MAP[w])
        elif w in TENS_MAP:
            if nxt in UNIT_MAP and UNIT_MAP[nxt] != "0":
                out.append(TENS_MAP[w] + UNIT_MAP[nxt])
                i += 1
            else:
                out.append(TENS_MAP[w] + "0")
        else:
            return None
        mult = 1
        i += 1
    return "".join(out)


NUMERIC = set(UNIT_MAP) | set(TEEN_MAP) | set(TENS_MAP) | {"hundred", "double", "treble", "triple"}


def norm_alnum(text):
    t = TOK.findall(text.lower())
    out, mult, i = [], 1, 0
    while i < len(t):
        w = t[i]
        if w in NUMERIC and not (len(w) == 1 and i + 1 < len(t) and t[i + 1] in ("for", "as")):
            j = i
            while j < len(t) and (t[j] in NUMERIC or t[j] in FILLERS or t[j].isdigit()
                                  or (t[j] == "and" and j > i and t[j - 1] == "hundred")):
                if len(t[j]) == 1 and j + 1 < len(t) and t[j + 1] in ("for", "as"):
                    break
                j += 1
            nd = norm_digits(" ".join(t[i:j]))
            if nd is None:
                return None
            out.append(nd)
            i = j
            continue
        if w in FILLERS:
            i += 1
            continue
        if len(w) == 1 and w.isalpha() and i + 2 < len(t) and t[i + 1] in ("for", "as"):
            j = i + 2
            if t[i + 1] == "as" and t[j] == "in":
                j += 1
            out.append(w.upper())
            i = j + 1
            continue
        if w in NATO:
            out.append(NATO[w])
        elif w in ("double", "treble", "triple"):
            mult = 2 if w == "double" else 3
            i += 1
            continue
        elif w in UNIT_MAP:
            out.append(UNIT_MAP[w] * mult)
        elif w in TEEN_MAP:
            out.append(TEEN_MAP[w])
        elif w in TENS_MAP:
            nxt = t[i + 1] if i + 1 < len(t) else None
            if nxt in UNIT_MAP and UNIT_MAP[nxt] != "0":
                out.append(TENS_MAP[w] + UNIT_MAP[nxt])
                i += 1
            else:
                out.append(TENS_MAP[w] + "0")
        elif re.fullmatch(r"[a-z0-9]+", w) and (len(w) == 1 or any(c.isdigit() for c in w) or len(w) <= 4):
            out.append(w.upper() * mult if len(w) == 1 else w.upper())
        else:
            return None
        mult = 1
        i += 1
    return "".join(out)


def norm_email(text):
    s = " " + text.lower() + " "
    s = re.sub(r"\b(um|uh|er|erm)\b", " ", s)
    s = re.sub(r"\s+at\s+", "@", s)
    s = re.sub(r"\s+dot\s+", ".", s)
    s = re.sub(r"\s+(underscore)\s+", "_", s)
    s = re.sub(r"\s+(dash|hyphen)\s+", "-", s)
    s = re.sub(r"\bdot\s+", ".", s)
    return re.sub(r"\s+", "", s)


EMAIL_RE = re.compile(r"^[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
MONTH_RE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.I)
STREET_SUFFIXES = {s.lower() for s in SUFFIX} | {s.lower() for s in SUFFIX_ABBR.values()}


def date_ok(text, canon):
    y, m = canon[0], canon[1]
    low = text.lower()
    has_month = MONTHS[m - 1][:3] in low or re.search(r"\b0?%d\b" % m, low) or \
        num_words(m) in low or ORD[m - 1] in low
    nd = norm_digits(text) or ""
    if nd[:2] == "%02d" % m:
        has_month = True
    yy = "%02d" % (y % 100)
    if nd.endswith(yy):
        return bool(has_month)
    has_year = str(y) in low or re.search(r"\b%s\b" % yy, low) or num_words(y % 100) in low \
        or (y % 100 < 10 and "oh " + UNIT_W[y % 10] in low)
    return bool(has_month and has_year)


def validate_group(typ, canon, pieces):
    """pieces: list of (text, role). Returns error string or None."""
    fulls = [p for p, ro in pieces if ro == "full"]
    parts = [p for p, ro in pieces if ro == "part"]
    prefixes = [p for p, ro in pieces if ro == "prefix"]
    texts = fulls + (["".join(parts)] if parts else [])
    if typ in ("DOB", "EXPIRY"):
        for p, _ in pieces:
            if not date_ok(p, canon):
                return "bad date %r" % p
        return None
    if typ == "ADDRESS":
        for p in fulls:
            toks = re.findall(r"[A-Za-z']+|\d+[A-Za-z]?", p)
            if not toks or toks[-1].lower() not in STREET_SUFFIXES:
                return "address suffix %r" % p
            if not (toks[0][0].isdigit() or toks[0].lower() in UNIT_MAP or toks[0].lower() in TENS_MAP
                    or toks[0].lower() in TEEN_MAP or toks[0].lower() in ("flat", "apartment", "apt", "unit", "no")):
                return "address start %r" % p
        return None
    if typ == "EMAIL":
        for p in texts:
            n = norm_email(p)
            if n != canon or not EMAIL_RE.match(n):
                return "email %r -> %r != %r" % (p, n, canon)
        return None
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        norm = norm_alnum
    else:
        norm = norm_digits
    if parts:
        texts = fulls + [" ".join(parts)]
    for p in texts:
        n = norm(p)
        if n != canon:
            return "%s %r -> %r != %r" % (typ, p, n, canon)
    for p in prefixes:
        n = norm(p)
        if not n or not canon.startswith(n):
            return "prefix %r -> %r" % (p, n)
    c = canon
    ok = {
        "CARD_NUMBER": lambda: c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c),
        "CVV": lambda: c.isdigit() and len(c) in (3, 4),
        "SSN": lambda: c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9"
        and c[3:5] != "00" and c[5:] != "0000",
        "NI_NUMBER": lambda: bool(NI_RE.match(c)) and c[:2] not in NI_BAD,
        "SORT_CODE": lambda: c.isdigit() and len(c) == 6,
        "BANK_ACCOUNT": lambda: c.isdigit() and 6 <= len(c) <= 12,
        "IBAN": lambda: iban_ok(c),
        "PHONE": lambda: c.isdigit() and 9 <= len(c) <= 13,
        "POSTCODE": lambda: bool(UK_PC_RE.match(c) or EIR_RE.match(c) or ZIP_RE.match(c)),
    }[typ]()
    if not ok:
        return "%s canonical invalid %r" % (typ, c)
    return None


# ---------------------------------------------------------------- renderers
class Gen:
    def __init__(self, r):
        self.r = r
        self.sp = Speaker(r)

    def ch(self, xs):
        return self.r.choice(xs)

    def opener(self, c, ind):
        c.t("agent", self.ch(INDUSTRY[ind]).format(a=self.ch(AGENTS)))

    # ---- digit values (card, ssn, sort, acct, phone, cvv)
    def render_digits(self, s, groups, spoken, filler=0.0, pairs=True):
        if spoken:
            return self.sp.digits(s, groups, filler=filler, pairs=pairs)
        sep = self.ch([" ", "-", " ", "", ".", "  "])
        return typed_groups(s, groups, sep)

    def split_turns(self, c, typ, s, gid, groups, spoken=True, lead="", agent_bc=True):
        """Customer reads value over several turns; agent back-channels."""
        r = self.r
        # chunk groups into 2-3 turn pieces
        k = r.choice([2, 2, 3]) if len(groups) >= 3 else 2
        if len(groups) < k:
            groups = split_lens(len(s), r, (2, 3))
            k = min(k, len(groups))
        cut = sorted(r.sample(range(1, len(groups)), k - 1))
        bounds = [0] + cut + [len(groups)]
        pos = 0
        zero = self.ch(ZERO_WORDS)
        for bi in range(k):
            gs = groups[bounds[bi]:bounds[bi + 1]]
            n = sum(gs)
            piece = s[pos:pos + n]
            pos += n
            if spoken:
                txt = self.sp.digits(piece, gs, zero=zero, filler=0.15)
            else:
                txt = typed_groups(piece, gs, " ")
            pre = lead if bi == 0 else self.ch(["", "", "then ", "and ", "uh then "])
            post = self.ch(["", "", "...", ",", " yeah"]) if bi < k - 1 else ""
            c.t("customer", pre, V(typ, txt, gid, "part"), post)
            if bi < k - 1 and agent_bc:
                c.t("agent", self.ch(BACKCH))

    # ---- cards
    def card_case(self, c, ind, spoken):
        r = self.r
        num, kind = make_card(r)
        gid = c.val("CARD_NUMBER", num)
        groups = card_groups(len(num), r)
        self.opener(c, ind)
        c.t("customer", self.ch(["i want to pay my bill", "i need to make a payment please",
                                 "can i pay off the balance", "i'd like to update my card",
                                 "paying for the booking", "my card got declined"]))
        c.t("agent", self.ch(["ok, what's the long number on the card", "can i take the card number please",
                              "go ahead with the sixteen digits", "and the card number when you're ready"]))
        style = r.random()
        note = "%s card (%s, %s)" % (ind, kind, "ASR" if spoken else "typed")
        if style < 0.35:
            self.split_turns(c, "CARD_NUMBER", num, gid, groups, spoken=spoken,
                             lead=self.ch(["", "it's ", "right so ", "ok "]))
            note += ", split over turns"
        elif style < 0.5 and spoken:
            # restarted reading: abandoned prefix is labelled too
            k = groups[0]
            pre = self.sp.digits(num[:k], [k])
            full = self.sp.digits(num, groups, filler=0.2)
            c.t("customer", V("CARD_NUMBER", pre, gid, "prefix"),
                self.ch([", no wait, let me start again, ", "... sorry, hang on, from the top, ",
                         ", oh sorry i lost my place, "]),
                V("CARD_NUMBER", full, gid, "full"))
            note += ", restarted reading"
        elif style < 0.62 and spoken:
            # aside in the middle of the reading -> two spans in one turn
            cut = groups[0] + groups[1]
            a = self.sp.digits(num[:cut], groups[:2])
            b = self.sp.digits(num[cut:], groups[2:] if len(groups) > 2 else [len(num) - cut])
            c.t("customer", V("CARD_NUMBER", a, gid, "part"),
                self.ch([". sorry, the dog's going mad here. ", ". hang on let me get my glasses. ",
                         ". kids, quiet please! sorry. ", ". what was i at, oh yeah, "]),
                V("CARD_NUMBER", b, gid, "part"))
            note += ", aside mid-reading"
        else:
            lead = self.ch(["", "it's ", "yeah it's ", "card no: ", "number is ", "ok so ", "um "])
            txt = self.render_digits(num, groups, spoken, filler=0.2)
            if not spoken and r.random() < 0.3:
                txt = typed_groups(num, groups, self.ch([" ", "-"]))
            c.t("customer", lead, V("CARD_NUMBER", txt, gid, "full"),
                self.ch(["", ".", " thanks", ", that's a visa", ""]))
        if r.random() < 0.45:
            rb = self.sp.digits(num, groups) if spoken else typed_groups(num, groups, " ")
            c.t("agent", self.ch(["let me read that back: ", "so that's ", "just to confirm, "]),
                V("CARD_NUMBER", rb, gid, "full"), self.ch(["?", ", is that right?", ""]))
            c.t("customer", self.ch(["yes", "that's it", "yep spot on", "correct"]))
            note += ", agent read-back"
        if r.random() < 0.5:
            m, y = r.randint(1, 12), r.randint(2025, 2031)
            eg = c.val("EXPIRY", (y, m))
            c.t("agent", self.ch(["and the expiry?", "expiry date please", "when does it run out"]))
            c.t("customer", self.ch(["", "it's ", "expires ", "exp "]), V("EXPIRY", self.expiry(m, y, spoken), eg))
            note += " + expiry"
        if r.random() < 0.45:
            n = 4 if kind == "amex" else 3
            cv = "".join(r.choice("0123456789") for _ in range(n))
            cg = c.val("CVV", cv)
            c.t("agent", self.ch(["and the three digits on the back", "security code on the back please",
                                  "the cvv please"]))
            txt = self.sp.digits(cv, [n]) if spoken else cv
            c.t("customer", self.ch(["", "", "um ", "that's "]), V("CVV", txt, cg))
            note += " + cvv"
        return note

    def expiry(self, m, y, spoken):
        r = self.r
        if spoken:
            return self.ch([
                "%s %s" % (self.sp.digits("%02d" % m, [2], pairs=False), num_words(y % 100)),
                "%s twenty %s" % (MONTHS[m - 1], num_words(y % 100)),
                "%s of %s" % (num_words(m) if m > 1 else "one", num_words(y % 100)),
                "%s %s" % (MONTHS[m - 1], num_words(y % 100)),
            ])
        return self.ch(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                        "%s %d" % (MONTHS[m - 1][:3].title(), y), "%d/%02d" % (m, y % 100)])

    def dob(self, d, m, y, spoken):
        if spoken:
            yw = ("nineteen " + num_words(y % 100)) if y < 2000 else \
                ("two thousand and " + num_words(y % 100))
            if y < 2000 and y % 100 < 10:
                yw = "nineteen oh " + UNIT_W[y % 10]
            return self.ch([
                "%s of %s %s" % (ORD[d - 1], MONTHS[m - 1], yw),
                "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], yw),
                "%s of the %s %s" % (ORD[d - 1], ORD[m - 1], num_words(y % 100) if y % 100 >= 10 else yw),
                "%s %s %s" % (ORD[d - 1], MONTHS[m - 1], yw),
            ])
        return self.ch(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                        "%s %d, %d" % (MONTHS[m - 1][:3].title(), d, y), "%d-%02d-%02d" % (y, m, d),
                        "%02d/%02d/%02d" % (d, m, y % 100)])

    # ---- NI numbers
    def ni_text(self, ni, spoken):
        r = self.r
        if not spoken:
            f = self.ch(["plain", "spaced", "pairs", "lower", "mixed"])
            if f == "plain":
                return ni
            if f == "spaced":
                return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
            if f == "pairs":
                return "%s%s %s %s" % (ni[:2], ni[2:5], ni[5:8], ni[8])
            if f == "lower":
                return ni.lower()
            return ni[:2].lower() + " " + ni[2:8] + ni[8].upper()

        def letter(L):
            m = r.random()
            if m < 0.4:
                return L.lower()
            if m < 0.7:
                return "%s for %s" % (L.lower(), (FOLK.get(L) or NATO_BY[L]))
            if m < 0.85:
                return NATO_BY[L]
            return "%s as in %s" % (L.lower(), NATO_BY[L])
        digs = self.sp.digits(ni[2:8], self.ch([[2, 2, 2], [3, 3], [6], [2, 4], [4, 2]]), filler=0.2)
        return "%s %s %s, %s" % (letter(ni[0]), letter(ni[1]), digs, letter(ni[8]))

    def ni_case(self, c, ind, spoken):
        r = self.r
        ni = make_ni(r)
        gid = c.val("NI_NUMBER", ni)
        self.opener(c, self.ch(["government", "government", ind]))
        c.t("agent", self.ch(["can i take your national insurance number", "what's your NI number please",
                              "i'll need your national insurance number to find the claim"]))
        note = "NI number"
        if spoken and r.random() < 0.4:
            # letters in one turn, digits next, suffix after
            c.t("customer", self.ch(["right, it's ", "ok, ", "", "hang on, "]),
                V("NI_NUMBER", self.ni_text(ni, True).split(" ")[0] + " " + ni[1].lower(), gid, "part"))
            c.t("agent", self.ch(BACKCH))
            c.t("customer", V("NI_NUMBER", self.sp.digits(ni[2:8], [2, 2, 2], filler=0.2), gid, "part"))
            c.t("agent", self.ch(["and the letter at the end?", "and the last letter", "mhm"]))
            c.t("customer", self.ch(["", "it's ", "the letter "]), V("NI_NUMBER", ni[8].lower(), gid, "part"),
                self.ch(["", " for " + NATO_BY[ni[8]], ""]) if False else "")
            note += ", split over turns"
        else:
            txt = self.ni_text(ni, spoken)
            c.t("customer", self.ch(["", "it's ", "yeah it's ", "NI no: ", "ni number ", "so it's "]),
                V("NI_NUMBER", txt, gid), self.ch(["", ".", " i think", ""]))
        if r.random() < 0.45:
            c.t("agent", self.ch(["so that's ", "lovely, ", "thanks, i have "]),
                V("NI_NUMBER", self.ni_text(ni, spoken), gid), self.ch(["", "?", ", correct?"]))
            c.t("customer", self.ch(["that's right", "yeah", "yes"]))
            note += ", read-back"
        if r.random() < 0.35:
            d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1940, 2004)
            dg = c.val("DOB", (y, m, d))
            c.t("agent", "and your date of birth?")
            c.t("customer", self.ch(["", "it's the ", "born ", ""]), V("DOB", self.dob(d, m, y, spoken), dg))
            note += " + DOB"
        return note + (" (ASR)" if spoken else " (typed)")

    def ssn_case(self, c, ind, spoken):
        r = self.r
        ssn = make_ssn(r)
        gid = c.val("SSN", ssn)
        self.opener(c, self.ch([ind, "government", "healthcare billing"]))
        c.t("agent", self.ch(["can i get the last... actually i need the full social please",
                              "what's your social security number", "i'll need your SSN to verify"]))
        note = "US SSN"
        m = r.random()
        if m < 0.3 and spoken:
            self.split_turns(c, "SSN", ssn, gid, [3, 2, 4], spoken=True, lead=self.ch(["", "sure it's "]))
            note += ", split over turns"
        else:
            if spoken:
                txt = self.sp.digits(ssn, self.ch([[3, 2, 4], [3, 2, 4], [3, 3, 3], [9]]), filler=0.2)
            else:
                txt = self.ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (ssn[:3], ssn[3:5], ssn[5:])
            c.t("customer", self.ch(["", "it's ", "ssn: ", "social is ", "ok ", "yeah "]), V("SSN", txt, gid),
                self.ch(["", ".", ""]))
        if r.random() < 0.4:
            rb = self.sp.digits(ssn, [3, 2, 4]) if spoken else "%s-%s-%s" % (ssn[:3], ssn[3:5], ssn[5:])
            c.t("agent", self.ch(["ok, ", "confirming ", "i have "]), V("SSN", rb, gid), "?")
            c.t("customer", "yes ma'am" if r.random() < 0.5 else "correct")
            note += ", read-back"
        if r.random() < 0.35:
            z = "%05d" % r.randint(1001, 99950)
            zg = c.val("POSTCODE", z)
            c.t("agent", "and the zip code on file?")
            c.t("customer", self.ch(["", "it's ", "zip is "]),
                V("POSTCODE", self.sp.digits(z, [5]) if spoken else z, zg))
            note += " + ZIP"
        return note + (" (ASR)" if spoken else " (typed)")

    def bank_case(self, c, ind, spoken):
        r = self.r
        sc, ac = make_sort(r), make_acct(r)
        sg, ag = c.val("SORT_CODE", sc), c.val("BANK_ACCOUNT", ac)
        self.opener(c, self.ch(["banking", "utilities", "government", "insurance"]))
        c.t("agent", self.ch(["to set up the direct debit i need the sort code", "what's the sort code of the account",
                              "sort code first please"]))
        note = "sort code + account"
        if spoken:
            stxt = self.sp.digits(sc, self.ch([[2, 2, 2], [2, 2, 2], [3, 3], [6], [2, 4]]), filler=0.15)
        else:
            stxt = self.ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:])
        c.t("customer", self.ch(["", "it's ", "sort code ", "s/c: ", "ehm it's "]), V("SORT_CODE", stxt, sg))
        if r.random() < 0.35:
            c.t("agent", self.ch(["so ", "that's "]),
                V("SORT_CODE", self.sp.digits(sc, [2, 2, 2]) if spoken else "%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sg),
                self.ch(["?", ", yes?"]))
            c.t("customer", self.ch(["yep", "that's right"]))
            note += ", sort read-back"
        c.t("agent", self.ch(["and the account number", "and the eight digit account number", "go on with the account"]))
        if spoken and r.random() < 0.4:
            self.split_turns(c, "BANK_ACCOUNT", ac, gid=ag, groups=self.ch([[4, 4], [3, 3, 2], [2, 2, 2, 2]]),
                             spoken=True)
            note += ", account split"
        else:
            atxt = self.render_digits(ac, self.ch([[4, 4], [8], [3, 5], [2, 3, 3]]), spoken, filler=0.2)
            c.t("customer", self.ch(["", "acct no: ", "account number ", "it's ", "a/c "]), V("BANK_ACCOUNT", atxt, ag))
        if r.random() < 0.3:
            c.t("agent", "and i've got ", V("BANK_ACCOUNT", self.sp.digits(ac, [4, 4]) if spoken else ac, ag),
                " for the account")
            note += ", acct read-back"
        return note + (" (ASR)" if spoken else " (typed)")

    def iban_case(self, c, ind, spoken):
        r = self.r
        ib = make_iban(r)
        gid = c.val("IBAN", ib)
        self.opener(c, self.ch(["banking", "travel", "retail", "utilities"]))
        c.t("agent", self.ch(["for the refund can you give me your IBAN", "what's the IBAN for the account"]))
        if spoken:
            parts = [self.ch(["%s %s" % (ib[0].lower(), ib[1].lower()), NATO_BY[ib[0]] + " " + NATO_BY[ib[1]]]),
                     self.sp.digits(ib[2:4], [2])]
            rest = ib[4:]
            chunk = ""
            i = 0
            while i < len(rest):
                if rest[i].isalpha():
                    parts.append(rest[i].lower() if r.random() < 0.6 and rest[i] != "O" else "%s for %s" % (rest[i].lower(), NATO_BY[rest[i]]))
                    i += 1
                else:
                    j = i
                    while j < len(rest) and rest[j].isdigit() and j - i < 4:
                        j += 1
                    parts.append(self.sp.digits(rest[i:j], [j - i], pairs=False))
                    i = j
            txt = " ".join(parts)
        else:
            f = self.ch(["plain", "blocks", "lower"])
            if f == "plain":
                txt = ib
            elif f == "blocks":
                txt = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
            else:
                txt = ib.lower()
        c.t("customer", self.ch(["", "IBAN: ", "it's ", "sure, "]), V("IBAN", txt, gid))
        return "IBAN %s" % ib[:2] + (" (ASR)" if spoken else " (typed)")

    def phone_text(self, kind, spoken):
        r = self.r
        if kind == "ukmob":
            d = "07" + "".join(r.choice("0123456789") for _ in range(9))
            groups = self.ch([[5, 6], [5, 3, 3], [4, 3, 4], [3, 4, 4]])
        elif kind == "ukmob_int":
            d = "447" + "".join(r.choice("0123456789") for _ in range(9))
            groups = self.ch([[2, 4, 6], [2, 4, 3, 3]])
        elif kind == "ukland":
            area = self.ch(["0113", "0161", "0141", "0131", "0117", "028", "029", "020", "01223", "01865"])
            d = area + "".join(r.choice("0123456789") for _ in range(11 - len(area)))
            groups = [len(area)] + ([3, 4] if len(area) == 4 else [4, 4] if len(area) == 3 else [6])
        elif kind == "iemob":
            d = "08" + self.ch("35679") + "".join(r.choice("0123456789") for _ in range(7))
            groups = self.ch([[3, 3, 4], [3, 7]])
        elif kind == "iemob_int":
            d = "3538" + self.ch("35679") + "".join(r.choice("0123456789") for _ in range(7))
            groups = [3, 2, 3, 4]
        elif kind == "ieland":
            d = self.ch(["01", "021", "091", "061"]) + "".join(r.choice("0123456789") for _ in range(7))
            groups = [len(d) - 7, 3, 4]
        else:
            d = "1" + self.ch("23456789") + "".join(r.choice("0123456789") for _ in range(9))
            groups = [1, 3, 3, 4]
        intl = kind.endswith("_int") or kind == "us"
        if spoken:
            t = self.sp.digits(d, groups, filler=0.15)
            if intl:
                t = "plus " + t
            return d, t
        if intl:
            s = typed_groups(d, groups, self.ch([" ", "-", " "]))
            if kind == "us" and r.random() < 0.5:
                return d, "+1 (%s) %s-%s" % (d[1:4], d[4:7], d[7:])
            return d, "+" + s
        return d, typed_groups(d, groups, self.ch([" ", "", "-", " "]))

    def phone_case(self, c, ind, spoken):
        r = self.r
        kind = self.ch(["ukmob", "ukmob", "ukmob_int", "ukland", "ukland", "iemob", "iemob_int", "ieland", "us"])
        d, txt = self.phone_text(kind, spoken)
        gid = c.val("PHONE", d)
        self.opener(c, ind)
        c.t("agent", self.ch(["what's the best number to reach you on", "can i take a contact number",
                              "is there a mobile we can text the code to"]))
        note = "phone %s" % kind
        if spoken and r.random() < 0.3 and not kind.endswith("_int") and kind != "us":
            g = {"ukmob": [5, 3, 3], "ukland": None, "iemob": [3, 3, 4], "ieland": None}[kind]
            if g is None:
                g = [3, 4, len(d) - 7]
            self.split_turns(c, "PHONE", d, gid, g, spoken=True, lead=self.ch(["", "it's "]))
            note += ", split"
        else:
            c.t("customer", self.ch(["", "it's ", "mobile: ", "tel ", "you can get me on ", "ring me on "]),
                V("PHONE", txt, gid), self.ch(["", ".", " after six", ""]))
        if r.random() < 0.35:
            c.t("agent", self.ch(["so that's ", "i have "]), V("PHONE", self.sp.digits(d, [len(d)]) if spoken
                                                            and not (kind.endswith("_int") or kind == "us") else txt, gid), "?")
            c.t("customer", "yes")
            note += ", read-back"
        return note + (" (ASR)" if spoken else " (typed)")

    def email_case(self, c, ind, spoken):
        r = self.r
        f, l, dom = self.ch(FIRST), self.ch(LAST), self.ch(DOMAINS)
        local = self.ch(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%d" % (f, l, r.randint(1, 99)),
                         "%s%d" % (l, r.randint(70, 99)), "%s-%s" % (f, l)])
        canon = local + "@" + dom
        gid = c.val("EMAIL", canon)
        self.opener(c, ind)
        c.t("agent", self.ch(["what email should we send the confirmation to", "and your email address?"]))
        if spoken:
            def sayp(x):
                x = x.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
                x = re.sub(r"(\d+)", lambda m: " " + " ".join(m.group(1)) + " ", x)
                return re.sub(r"\s+", " ", x).strip()
            txt = sayp(local) + " at " + sayp(dom)
            # keep digits as digit characters: ASR often outputs digits in e-mails
        else:
            txt = canon if r.random() < 0.6 else canon.replace(f, f.title(), 1)
        if spoken:
            # digits in spoken emails rendered as characters glued back for normalisation
            txt = re.sub(r"(\d) (?=\d)", r"\1", txt)
        c.t("customer", self.ch(["", "it's ", "email: ", "e-mail is ", "yeah it's "]), V("EMAIL", txt, gid),
            self.ch(["", ".", ", all lower case", ""]))
        if r.random() < 0.3:
            c.t("agent", "lovely, ", V("EMAIL", txt, gid), self.ch(["", "?"]))
        return "email" + (" (ASR)" if spoken else " (typed)")

    def address_case(self, c, ind, spoken):
        r = self.r
        country = self.ch(["UK", "UK", "IE", "IE", "US"])
        num = r.randint(1, 240)
        street = "%s %s" % (self.ch(STREETS), self.ch(SUFFIX))
        flat = r.random() < 0.3
        if spoken:
            nt = self.sp.group(str(num), self.ch(ZERO_WORDS)) if num >= 100 else num_words(num)
            addr = ("flat %s, " % num_words(r.randint(1, 12)) if flat else "") + nt + " " + street.lower()
        else:
            st = street
            if r.random() < 0.3:
                w, s = street.rsplit(" ", 1)
                st = w + " " + SUFFIX_ABBR.get(s, s)
            addr = ("Flat %d, " % r.randint(1, 12) if flat else "") + "%d %s" % (num, st)
            if r.random() < 0.25:
                addr = addr.lower()
        ag = c.val("ADDRESS", addr)
        self.opener(c, ind)
        c.t("agent", self.ch(["and what's the address", "can you confirm the first line of the address and postcode",
                              "where should we send it"]))
        note = "address %s" % country
        if country == "UK":
            o, i = make_ukpc(r)
            canon = o + i
            town = self.ch(TOWNS_UK)
            if spoken:
                def sl(ch):
                    if ch.isdigit():
                        return UNIT_W[int(ch)] if ch != "0" else self.ch(["nought", "zero", "oh"])
                    return ch.lower() if r.random() < 0.6 and ch != "O" else "%s for %s" % (ch.lower(), FOLK.get(ch, NATO_BY[ch]))
                pt = " ".join(sl(x) for x in o) + ", " + " ".join(sl(x) for x in i)
            else:
                pt = self.ch(["%s %s", "%s%s", "%s  %s"]) % (o, i)
                if r.random() < 0.3:
                    pt = pt.lower()
        elif country == "IE":
            rk, u = make_eir(r)
            canon = rk + u
            town = self.ch(TOWNS_IE)
            if spoken:
                def sl(ch):
                    if ch.isdigit():
                        return UNIT_W[int(ch)] if ch != "0" else self.ch(["oh", "zero"])
                    return ch.lower() if r.random() < 0.5 else "%s for %s" % (ch.lower(), FOLK.get(ch, NATO_BY[ch]))
                pt = " ".join(sl(x) for x in rk) + ", " + " ".join(sl(x) for x in u)
            else:
                pt = self.ch(["%s %s", "%s%s"]) % (rk, u)
            note += " + eircode"
        else:
            canon = "%05d" % r.randint(1001, 99950)
            town = self.ch(TOWNS_US)
            pt = self.sp.digits(canon, [5]) if spoken else canon
        pg = c.val("POSTCODE", canon)
        if r.random() < 0.5:
            c.t("customer", self.ch(["", "it's ", "yeah it's "]), V("ADDRESS", addr, ag), ", %s, " % (town if not spoken else town.lower()),
                V("POSTCODE", pt, pg))
        else:
            c.t("customer", self.ch(["", "it's ", "so "]), V("ADDRESS", addr, ag), self.ch([", ", " in ", ", "]) +
                (town.lower() if spoken else town))
            c.t("agent", "and the %s?" % ("eircode" if country == "IE" else "zip" if country == "US" else "postcode"))
            c.t("customer", self.ch(["", "it's ", "um "]), V("POSTCODE", pt, pg))
        if r.random() < 0.3:
            c.t("agent", "so that's ", V("POSTCODE", pt, pg), self.ch(["?", ", yeah?"]))
            c.t("customer", "yep")
            note += ", read-back"
        return note + (" (ASR)" if spoken else " (typed)")

    def dob_case(self, c, ind, spoken):
        r = self.r
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1938, 2006)
        g = c.val("DOB", (y, m, d))
        self.opener(c, ind)
        c.t("agent", self.ch(["for security can i take your date of birth", "date of birth please", "and your DOB?"]))
        c.t("customer", self.ch(["", "it's ", "dob: ", "born on the ", "the "]), V("DOB", self.dob(d, m, y, spoken), g),
            self.ch(["", ".", ", i'm a leap year baby no i'm not", ""]))
        return "DOB" + (" (ASR)" if spoken else " (typed)")


# ---------------------------------------------------------------- negatives
def negatives(g, r):
    sp = g.sp
    D = lambda n: "".join(r.choice("0123456789") for _ in range(n))

    def luhn_long():
        n, _ = make_card(r)
        return n

    T = []
    T.append(lambda: [("agent", "your order number is %s, keep that handy" % " ".join(luhn_long()[i:i + 4] for i in range(0, 16, 4))[:19]),
                      ("customer", "ok got it")])
    T.append(lambda: [("customer", "i've a tracking number here, %s" % sp.digits(D(12), [4, 4, 4])),
                      ("agent", "thanks, that parcel's out for delivery")])
    T.append(lambda: [("agent", "is that the card ending %s?" % sp.digits(D(4), [4])), ("customer", "yeah the one ending in %s" % D(4))])
    T.append(lambda: [("agent", "your balance is £%d.%02d and the minimum payment is £%d" % (r.randint(100, 9999), r.randint(0, 99), r.randint(5, 90))),
                      ("customer", "right, i'll pay the %s pounds then" % num_words(r.randint(20, 99)))])
    T.append(lambda: [("customer", "what time are you open till"), ("agent", "we're open eight till eight weekdays, and %s to four on saturday" % UNIT_W[r.randint(8, 9)])])
    T.append(lambda: [("customer", "the meter reading is %s" % sp.digits(D(6), [3, 3])), ("agent", "lovely, and is that the day rate meter?")])
    T.append(lambda: [("customer", "my meter says %s, that's the night one" % D(5)), ("agent", "thanks, i've logged that reading")])
    T.append(lambda: [("agent", "your flight is EI %d, gate %d, and you're in seat %d%s" % (r.randint(100, 999), r.randint(100, 420), r.randint(1, 33), r.choice("ABCDEF"))),
                      ("customer", "and boarding's at %d:%02d?" % (r.randint(6, 21), r.choice([0, 15, 30, 45])))])
    T.append(lambda: [("customer", "policy number is PX-%s-%s" % (D(4), D(4))), ("agent", "thanks, i have your home policy up")])
    T.append(lambda: [("agent", "your reference is %s" % sp.digits(D(12), [4, 4, 4])), ("customer", "say that again?"),
                      ("agent", "reference %s" % D(12))])
    T.append(lambda: [("customer", "invoice number %s, it's for %d euro %d" % (D(10), r.randint(40, 900), r.randint(10, 99))), ("agent", "yeah i see it")])
    T.append(lambda: [("customer", "the claim number is CLM%s" % D(9)), ("agent", "perfect, that claim is with the assessor")])
    T.append(lambda: [("customer", "i was on the %s near junction %d when it happened" % (r.choice(["M25", "A40", "M50", "N7", "M8", "A1(M)", "N11", "I-95"]), r.randint(2, 30))),
                      ("agent", "ok and roughly what time?")])
    T.append(lambda: [("customer", "it's been about %s minutes on hold" % num_words(r.randint(20, 59))), ("agent", "sorry about the wait")])
    T.append(lambda: [("customer", "i'm %s, i'm not great with the app" % num_words(r.randint(65, 92))), ("agent", "no problem at all")])
    T.append(lambda: [("agent", "the APR is %d.%d%% and the term is %d months" % (r.randint(3, 29), r.randint(0, 9), r.choice([12, 24, 36, 48]))), ("customer", "ok")])
    T.append(lambda: [("customer", "the thermostat's stuck at %d degrees" % r.randint(14, 28)), ("agent", "ok let's book an engineer")])
    T.append(lambda: [("agent", "i can book you in for tuesday the %s of %s at %s thirty" % (ORD[r.randint(0, 27)], r.choice(MONTHS), UNIT_W[r.randint(1, 9)])),
                      ("customer", "yeah that works")])
    T.append(lambda: [("customer", "my contract started on %02d/%02d/%d" % (r.randint(1, 28), r.randint(1, 12), r.randint(2015, 2024))), ("agent", "so you're out of contract next month")])
    T.append(lambda: [("customer", "the serial number on the router is %s" % (D(4) + " " + D(4) + " " + D(4) + " " + D(4))), ("agent", "thanks, i'll reset it from here")])
    T.append(lambda: [("customer", "model number KX-TG%s" % D(4)), ("agent", "that's an older handset")])
    T.append(lambda: [("agent", "i've raised ticket INC%s for you" % D(7)), ("customer", "brilliant thanks")])
    T.append(lambda: [("customer", "the promo code on the flyer is %s-%s-%s" % (D(2), D(2), D(2))), ("agent", "that code expired last week unfortunately")])
    T.append(lambda: [("customer", "the booking reference is %s, like %s" % (
        "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), "double two")), ("agent", "ok found it")])
    T.append(lambda: [("customer", "i was in room %d at the hotel, ward %d before that" % (r.randint(100, 520), r.randint(1, 12))), ("agent", "ok")])
    T.append(lambda: [("agent", "it's %s ninety nine a month for the %s gig plan" % (num_words(r.randint(10, 60)), num_words(r.choice([20, 50, 80])))), ("customer", "and how long's the contract")])
    T.append(lambda: [("customer", "the tracking is %s" % sp.digits(D(16), [4, 4, 4, 4])), ("agent", "that's a royal mail one, yeah"),
                      ("customer", "it was sent on the %s" % ORD[r.randint(0, 27)])])
    T.append(lambda: [("customer", "order no: %s" % luhn_long()), ("agent", "i can see that order, it shipped yesterday")])
    T.append(lambda: [("customer", "i paid %s pounds %s on the %s" % (UNIT_W[r.randint(1, 9)] + " hundred and " + num_words(r.randint(11, 99)),
                                                                   num_words(r.randint(10, 99)), ORD[r.randint(0, 27)])),
                      ("agent", "yes i see that payment")])
    T.append(lambda: [("customer", "the account's been open since %d" % r.randint(1990, 2022)), ("agent", "so %d years now" % r.randint(2, 30))])
    T.append(lambda: [("agent", "that's %d kilowatt hours over %d days" % (r.randint(200, 1500), r.randint(28, 92))), ("customer", "that seems a lot")])
    T.append(lambda: [("customer", "there's a number on the back of the bill, %s, is that my account?" % sp.digits(D(8), [4, 4])),
                      ("agent", "no that's the bill reference, don't worry about that one")])
    T.append(lambda: [("agent", "your case number is %s %s %s" % (D(3), D(2), D(4))), ("customer", "is that with dashes?"), ("agent", "no just the digits")])
    T.append(lambda: [("customer", "it's the one ending %s, not the old card" % sp.digits(D(4), [2, 2])), ("agent", "thanks, that's the one we have")])
    T.append(lambda: [("customer", "the parcel weighed %d point %d kilos and cost %d fifty" % (r.randint(1, 20), r.randint(1, 9), r.randint(3, 19))), ("agent", "ok")])
    T.append(lambda: [("agent", "about %d%% of customers see the discount within %d working days" % (r.randint(10, 95), r.randint(3, 10))), ("customer", "fine")])
    T.append(lambda: [("customer", "the voucher number is %s" % D(19)), ("agent", "that voucher's valid until the end of the year")])
    T.append(lambda: [("customer", "we're in the %s area but that's the bus route, the %d" % (r.choice(["north side", "town centre"]), r.randint(10, 150))), ("agent", "ok")])
    T.append(lambda: [("customer", "appointment ref %s" % sp.digits(D(9), [3, 3, 3])), ("agent", "i see your appointment on the ward")])
    for _ in range(3):
        T.append(lambda: [("agent", "the prescription number is RX%s and the co-pay is $%d" % (D(8), r.randint(5, 80))), ("customer", "thanks")])
    return T


def negative_case(g, r, T):
    c = Case()
    ind = g.ch(list(INDUSTRY))
    g.opener(c, ind)
    picks = r.sample(range(len(T)), 2 if r.random() < 0.35 else 1)
    for k in picks:
        for spk, txt in T[k]():
            c.t(spk, txt)
    return c, "negative %s: templates %s" % (ind, ",".join(str(k) for k in picks))


# ---------------------------------------------------------------- main generation
def generate():
    r = random.Random(SEED)
    g = Gen(r)
    cases = []
    plan = (["card"] * 62 + ["ssn"] * 26 + ["ni"] * 32 + ["bank"] * 18 + ["iban"] * 12 +
            ["phone"] * 22 + ["email"] * 13 + ["address"] * 18 + ["dob"] * 9)
    r.shuffle(plan)
    fn = {"card": g.card_case, "ssn": g.ssn_case, "ni": g.ni_case, "bank": g.bank_case, "iban": g.iban_case,
          "phone": g.phone_case, "email": g.email_case, "address": g.address_case, "dob": g.dob_case}
    pos = []
    for kind in plan:
        c = Case()
        ind = g.ch(list(INDUSTRY))
        spoken = r.random() < 0.6
        note = fn[kind](c, ind, spoken)
        # occasionally add a decoy non-PII line (amount / last four) to positives
        if r.random() < 0.2:
            c.t("agent", g.ch(["that's £%d.%02d taken today" % (r.randint(5, 400), r.randint(0, 99)),
                               "your reference for today is %s" % "".join(r.choice("0123456789") for _ in range(8)),
                               "anything else i can help with today?"]))
        pos.append((c, note))
    T = negatives(g, r)
    neg = [negative_case(g, r, T) for _ in range(110)]
    out = []
    for i, (c, note) in enumerate(pos, 1):
        turns, spans, meta = c.build()
        out.append(({"id": "h486-pos-%03d" % i, "kind": "positive", "turns": turns, "spans": spans, "note": note}, c, meta))
    for i, (c, note) in enumerate(neg, 1):
        turns, spans, meta = c.build()
        out.append(({"id": "h486-neg-%03d" % i, "kind": "negative", "turns": turns, "spans": spans, "note": note}, c, meta))
    return out


def serialise(out):
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o, _, _ in out)


def counts(out):
    cnt = {t: 0 for t in TYPES}
    for o, _, _ in out:
        for s in o["spans"]:
            cnt[s["type"]] += 1
    return cnt


def check(out):
    errs = []
    ids = set()
    for o, c, meta in out:
        if o["id"] in ids:
            errs.append("dup id " + o["id"])
        ids.add(o["id"])
        if o["kind"] == "negative" and o["spans"]:
            errs.append(o["id"] + " negative with spans")
        if o["kind"] == "positive" and not o["spans"]:
            errs.append(o["id"] + " positive without spans")
        for t in o["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(o["id"] + " bad speaker")
        by_turn = {}
        pieces = {}
        for s, (gid, role) in zip(o["spans"], meta):
            if s["type"] not in TYPES:
                errs.append(o["id"] + " bad type")
            text = o["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                errs.append("%s offsets out of range" % o["id"])
                continue
            v = text[a:b]
            if not (v[0].isalnum() or v[0] == "+") or not v[-1].isalnum():
                errs.append("%s span edge %r" % (o["id"], v))
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                errs.append("%s not on word boundary %r" % (o["id"], v))
            if v != v.strip():
                errs.append("%s whitespace at edge" % o["id"])
            by_turn.setdefault(s["turn"], []).append((a, b))
            pieces.setdefault(gid, []).append((v, role))
        for tl in by_turn.values():
            tl.sort()
            for (a1, b1), (a2, b2) in zip(tl, tl[1:]):
                if a2 < b1:
                    errs.append(o["id"] + " overlapping spans")
        for gid, pcs in pieces.items():
            typ, canon = c.groups[gid]
            e = validate_group(typ, canon, pcs)
            if e:
                errs.append("%s: %s" % (o["id"], e))
    n_pos = sum(1 for o, _, _ in out if o["kind"] == "positive")
    n_neg = sum(1 for o, _, _ in out if o["kind"] == "negative")
    cnt = counts(out)
    if n_pos < 200 or n_neg < 100:
        errs.append("too few cases %d/%d" % (n_pos, n_neg))
    mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if cnt[t] < mins.get(t, 10):
            errs.append("too few %s: %d" % (t, cnt[t]))
    return errs


def readme(out):
    cnt = counts(out)
    n_pos = sum(1 for o, _, _ in out if o["kind"] == "positive")
    n_neg = sum(1 for o, _, _ in out if o["kind"] == "negative")
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# pii_holdout486 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not adjust patterns, thresholds, word lists or
> models against these cases, and do not copy its phrasings into training or dev data.
> It exists only to measure the redaction engine. If it is ever used for tuning, it
> stops being a held-out set and a new one must be written.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did **not**
see the redaction engine's code, tests, docs or other PII fixtures; cases come only from
a description of the task (contact-centre chat, e-mail and ASR call transcripts).
Everything is synthetic: values are randomly generated (Luhn-valid cards, mod-97-valid
IBANs, well-formed NI numbers, SSNs, sort codes, UK/US/Irish postcodes) and belong to no one.

`scripts/make_pii_holdout486.py` generates `cases.jsonl` deterministically
(stdlib only, `random.Random(486241125)`). Every turn is assembled from plain and
labelled segments, so offsets are computed. `python scripts/make_pii_holdout486.py --check`
regenerates the file, confirms it is byte-identical, and checks ids, offsets
(in range, on word boundaries, non-overlapping) and each labelled value after normalising
spoken forms ("oh"/"nought"/"double"/"treble", "forty one", "four hundred and twelve",
NATO/"j for john" spelling, "dot"/"at" in e-mails).

Emphasis: UK and Irish callers — NI numbers, sort codes, account numbers, UK/Irish
mobiles and landlines, UK postcodes and Eircodes — with regional habits and unusual groupings.

## Format

One JSON object per line: `id`, `kind` (`positive`/`negative`), `turns`
(`speaker` is `customer` or `agent`, `text`), `spans` (`turn`, `start`, `end` exclusive
Python character offsets into that turn's text, `type`), `note`.

## Annotation conventions

- A span covers exactly the value, first letter/digit (or the `+` of a phone number) to last;
  lead-in words ("it's", "acct no:", "born on the") are outside.
- Filler words inside a reading ("um", "uh", "er") are inside the span.
- A value split across turns gets one span per turn, each with the value's type.
  Agent read-backs are labelled too.
- A short aside that interrupts a reading inside one turn ("... sorry, the dog's going mad here ...")
  splits it into two spans of the same type; the aside itself is not labelled.
- An abandoned start of a reading that is then restarted is labelled with the same type
  (it discloses part of the value).
- Phone spans include the country code ("plus four four ...", "+353 ...").
- ADDRESS covers flat/house number and street only, not the town; the postcode / ZIP / Eircode
  is a separate POSTCODE span. Eircodes are labelled POSTCODE.
- DOB and EXPIRY cover the whole date expression ("fourteenth of march nineteen eighty two").
- A card's last four on their own ("card ending 4821") are not PII (PCI DSS allows them) unless
  the full card was read in the same case. This set avoids the ambiguous second situation: last-four
  mentions appear only in cases where no full card number is read.
- Negative cases contain no PII at all: amounts, balances, times, durations, ages, percentages,
  temperatures, years, appointment/contract dates, order/ticket/invoice/claim/reference/
  tracking/serial/model/policy/voucher numbers said with their label (some Luhn-valid or
  spoken like card readings), meter readings, flight/gate/seat/room numbers, road names,
  promo codes that look like sort codes, and card last-four mentions.

## Counts

Positive cases: %d. Negative cases: %d.

| Type | Spans |
|---|---|
%s
""" % (n_pos, n_neg, rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    out = generate()
    data = serialise(out)
    errs = check(out)
    if args.check:
        try:
            with open(OUT, encoding="utf-8") as f:
                old = f.read()
        except OSError:
            old = None
        if old != data:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
        # also verify the file on disk parses
        if old:
            for ln in old.splitlines():
                json.loads(ln)
        if errs:
            for e in errs[:50]:
                print("ERROR", e)
            print("%d errors" % len(errs))
            sys.exit(1)
        print("OK", counts(out))
        return
    if errs:
        for e in errs[:50]:
            print("ERROR", e)
        print("%d errors; not writing" % len(errs))
        sys.exit(1)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(out))
    print("wrote", OUT, counts(out))


if __name__ == "__main__":
    main()

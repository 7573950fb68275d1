#!/usr/bin/env python3
"""Generate the pii_holdout544 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout544.py           # write the fixture
    python scripts/make_pii_holdout544.py --check   # regenerate and verify

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.
"""
import json
import os
import re
import random
import sys

R = random.Random(544241125)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout544", "cases.jsonl")

ch = R.choice

# ---------------------------------------------------------------------------
# spoken-form vocabulary (shared by rendering and normalising)
# ---------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ZEROS = ["oh", "o", "zero", "nought"]
TEENS = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen",
         16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray",
        "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward", "h": "harry",
        "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nellie", "p": "peter",
        "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "y": "yellow", "z": "zebra",
        "g": "george", "x": "x-ray"}
LNAMES = {"a": "ay", "b": "bee", "c": "see", "d": "dee", "e": "ee", "g": "gee", "h": "aitch",
          "j": "jay", "k": "kay", "l": "el", "m": "em", "n": "en", "p": "pee", "r": "ar",
          "s": "ess", "t": "tee", "w": "double you", "x": "ex", "y": "why", "z": "zed"}
FILLERS = ["um", "uh", "er", "erm", "umm", "uhh"]

# ---------------------------------------------------------------------------
# normaliser: spoken / typed surface form -> canonical characters
# ---------------------------------------------------------------------------
_UW = {w: str(i) for i, w in enumerate(UNITS)}
for _z in ZEROS:
    _UW[_z] = "0"
_UNZ = {w: str(i) for i, w in enumerate(UNITS) if i}
_TEENW = {w: str(k) for k, w in TEENS.items()}
_TENW = {w: k for k, w in TENS.items()}
_ORDW = {w: k for k, w in ORD.items()}
_MONW = {}
for _i, _m in enumerate(MONTHS):
    _MONW[_m] = "%02d" % (_i + 1)
for _i, _m in enumerate(MONTH_ABBR):
    _MONW[_m] = "%02d" % (_i + 1)
_NATOW = {v: k for k, v in NATO.items()}
_NATOW["whisky"] = "w"
_LNW = {v: k for k, v in LNAMES.items() if " " not in v}
_SKIP = set(FILLERS) | {"space", "dash", "hyphen", "slash", "and", "hmm", "of", "the", "at", "then"}


def _sub99(toks, j, allow_unit):
    n = len(toks)
    if j < n and toks[j] in _TEENW:
        return _TEENW[toks[j]], j + 1
    if j < n and toks[j] in _TENW:
        t = _TENW[toks[j]]
        if j + 1 < n and toks[j + 1] in _UNZ:
            return str(t) + _UNZ[toks[j + 1]], j + 2
        return str(t) + "0", j + 1
    if allow_unit and j < n and toks[j] in _UNZ:
        return "0" + _UNZ[toks[j]], j + 1
    return None, j


def _number(toks, i):
    n = len(toks)
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < n else None
    if t in _UW:
        d = _UW[t]
        if nxt == "hundred":
            j = i + 2
            if j < n and toks[j] == "and":
                r, j2 = _sub99(toks, j + 1, True)
                if r is None:
                    return d + "00", j + 1
                return d + r, j2
            r, j2 = _sub99(toks, j, False)
            return d + (r if r is not None else "00"), j2
        if nxt == "thousand":
            j = i + 2
            if j < n and toks[j] == "and":
                j += 1
            if j + 1 < n and toks[j] in _UNZ and toks[j + 1] == "hundred":
                r, j2 = _number(toks, j)
                return d + r, j2
            r, j2 = _sub99(toks, j, True)
            return d + "0" + (r if r is not None else "00"), j2
        return d, i + 1
    if t in _TEENW:
        return _TEENW[t], i + 1
    if t in _TENW:
        if nxt in _UNZ:
            return str(_TENW[t]) + _UNZ[nxt], i + 2
        if nxt in _ORDW and _ORDW[nxt] < 10:
            return str(_TENW[t]) + str(_ORDW[nxt]), i + 2
        return str(_TENW[t]) + "0", i + 1
    return None, i


def norm(text):
    s = text.lower().replace("x-ray", "xray").replace("double you", "w").replace("double u ", "w ")
    toks = re.findall(r"\+|[a-z0-9]+", s)
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if t == "for":
            i += 2
            continue
        if t == "as" and i + 1 < n and toks[i + 1] == "in":
            i += 3
            continue
        if t in _SKIP:
            i += 1
            continue
        if t == "plus":
            out.append("+")
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and i + 1 < n and toks[i + 1] in ("for", "as"):
            out.append(t.upper())
            i += 1
            continue
        if t in ("double", "triple") and i + 1 < n:
            k = 2 if t == "double" else 3
            sub = norm(toks[i + 1])
            out.append(sub * k)
            i += 2
            continue
        v, j = _number(toks, i)
        if v is not None:
            out.append(v)
            i = j
            continue
        if t in _MONW:
            out.append(_MONW[t])
        elif t in _ORDW:
            out.append(str(_ORDW[t]))
        elif t in _NATOW:
            out.append(_NATOW[t].upper())
        elif t in _LNW:
            out.append(_LNW[t].upper())
        elif t == "+":
            out.append("+")
        elif re.fullmatch(r"(1st|2nd|3rd|\d{0,1}[4-9]th|1\dth|[23]0th|21st|22nd|23rd|31st)", t):
            out.append(t[:-2])
        elif re.fullmatch(r"[0-9o]+", t) and re.search(r"\d", t):
            out.append(t.replace("o", "0"))
        else:
            out.append(t.upper())
        i += 1
    return "".join(out)


def norm_email(text):
    s = text.lower()
    toks = re.findall(r"[a-z0-9]+|[@._-]", s)
    out = []
    for t in toks:
        if t == "at":
            out.append("@")
        elif t == "dot":
            out.append(".")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in _UW and t not in ("o",):
            out.append(_UW[t])
        elif t in FILLERS:
            continue
        else:
            out.append(t)
    return "".join(out)


# ---------------------------------------------------------------------------
# validators
# ---------------------------------------------------------------------------
def luhn_ok(d):
    tot = 0
    for k, c in enumerate(reversed(d)):
        x = int(c)
        if k % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
EMAIL_RE = re.compile(r"[a-z0-9][a-z0-9._+-]*@[a-z0-9-]+(\.[a-z0-9-]+)+")
STREET_WORDS = r"(road|street|st|avenue|ave|lane|ln|drive|dr|close|way|crescent|court|place|terrace|gardens|grove|rd|blvd|boulevard|park|square|hill|row|walk|mews|parade)"


def validate(typ, raw_pieces):
    """Validate a complete value given its surface pieces; returns (ok, canonical)."""
    if typ == "EMAIL":
        v = "".join(norm_email(p) for p in raw_pieces)
        return bool(EMAIL_RE.fullmatch(v)), v
    if typ == "ADDRESS":
        v = " ".join(raw_pieces).lower()
        ok = bool(re.match(r"(flat|apartment|apt|unit|suite|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty|[a-z]+teen)", v)) and \
            bool(re.search(r"\b" + STREET_WORDS + r"\b", v))
        return ok, v
    v = "".join(norm(p) for p in raw_pieces)
    if typ == "CARD_NUMBER":
        return bool(re.fullmatch(r"\d{13,19}", v)) and luhn_ok(v), v
    if typ == "CVV":
        return bool(re.fullmatch(r"\d{3,4}", v)), v
    if typ == "EXPIRY":
        return bool(re.fullmatch(r"(0?[1-9]|1[0-2])(\d{2}|20\d{2})", v)), v
    if typ == "DOB":
        ok = bool(re.fullmatch(r"\d{5,8}", v)) and (len(v) <= 6 or bool(re.search(r"19\d\d|20[0-2]\d", v)))
        return ok, v
    if typ == "SSN":
        ok = bool(re.fullmatch(r"\d{9}", v)) and v[:3] not in ("000", "666") and v[0] != "9" \
            and v[3:5] != "00" and v[5:] != "0000"
        return ok, v
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(v)), v
    if typ == "BANK_ACCOUNT":
        return bool(re.fullmatch(r"\d{6,17}", v)), v
    if typ == "SORT_CODE":
        return bool(re.fullmatch(r"\d{6}", v)), v
    if typ == "IBAN":
        return iban_ok(v), v
    if typ == "PHONE":
        return bool(re.fullmatch(r"\+?\d{10,13}", v)), v
    if typ == "POSTCODE":
        return bool(UKPC_RE.fullmatch(v) or re.fullmatch(r"\d{5}(\d{4})?", v)), v
    raise ValueError(typ)


CANON_TYPES = {"CARD_NUMBER", "CVV", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
               "PHONE", "POSTCODE", "EMAIL"}

# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------
def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card(kind=None):
    kind = kind or ch(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "maestro", "visa13", "mc2"])
    if kind == "visa":
        b = "4" + digits(14)
    elif kind == "mc":
        b = str(R.randint(51, 55)) + digits(13)
    elif kind == "mc2":
        b = "2" + str(R.randint(221, 720)) + digits(11)
    elif kind == "amex":
        b = ch(["34", "37"]) + digits(12)
    elif kind == "disc":
        b = "6011" + digits(11)
    elif kind == "maestro":
        b = ch(["6759", "5018", "6763"]) + digits(14)
    else:
        b = "4" + digits(11)
    return luhn_complete(b)


def card_groups(n):
    return {15: [4, 6, 5], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3], 13: [4, 4, 5]}[n]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_A = "ABCEGHJKLMNPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = ch(NI_A) + ch(NI_B)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return p + digits(6) + ch("ABCD")


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    return cc + "%02d" % (98 - num % 97) + bban


def gen_iban(cc=None):
    cc = cc or ch(["GB", "IE", "DE", "FR", "NL", "ES", "IT"])
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(14)
    elif cc == "IE":
        bban = ch(["AIBK", "BOFI", "IPBS"]) + digits(14)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "FR":
        bban = digits(23)
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "RABO"]) + digits(10)
    elif cc == "ES":
        bban = digits(20)
    else:
        bban = ch(L) + digits(10) + digits(12)
    return iban_make(cc, bban)


def gen_ukpc():
    area = ch(["SW", "M", "B", "LS", "EH", "G", "CF", "BS", "NE", "L", "NG", "BT", "RG", "CB", "SE", "N", "E"])
    d = str(R.randint(1, 20))
    return area + d, str(R.randint(1, 9)) + ch("ABDEFGHJLNPQRSTUWXYZ") + ch("ABDEFGHJLNPQRSTUWXYZ")


def gen_zip():
    return "%05d" % R.randint(1001, 99950)


STREETS = ["Station Road", "Church Lane", "Victoria Street", "Mill Lane", "Park Avenue", "Kingsway",
           "Elm Grove", "Oak Drive", "Maple Close", "High Street", "Queens Road", "Hawthorn Crescent",
           "Albert Terrace", "Beech Court", "Lime Walk", "Orchard Way", "Pine Street", "Cedar Lane",
           "Sycamore Gardens", "Marine Parade", "Main Street", "Oak Street", "Sunset Boulevard",
           "Washington Avenue", "Lakeview Drive", "Elm Street", "Maple Avenue", "Cherry Hill",
           "Fitzwilliam Place", "Dorset Street", "Abbey Road", "Bridge Street", "Chapel Row"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff", "Birmingham", "Newcastle", "Reading", "Edinburgh"]
TOWNS_US = ["Springfield", "Austin", "Columbus", "Portland", "Denver", "Tampa", "Madison", "Raleigh"]
FIRST = ["james", "sarah", "mohammed", "priya", "liam", "aoife", "chloe", "dave", "tom", "olu", "kasia",
         "niamh", "raj", "emma", "connor", "fatima", "jo", "mark", "lucy", "ben", "siobhan", "wei"]
LAST = ["smith", "okafor", "patel", "murphy", "kowalski", "nguyen", "jones", "obrien", "garcia",
        "hughes", "walsh", "khan", "taylor", "byrne", "clarke", "davies"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "btinternet.com", "icloud.com",
           "eircom.net", "live.ie", "aol.com", "protonmail.com", "sky.com", "web.de"]


# ---------------------------------------------------------------------------
# rendering helpers
# ---------------------------------------------------------------------------
def zword(zv):
    return zv or ch(ZEROS)


def say_single(g, zv=None, runs=True):
    words = []
    i = 0
    while i < len(g):
        c = g[i]
        w = zword(zv) if c == "0" else UNITS[int(c)]
        if runs and i + 2 < len(g) and g[i + 1] == c and g[i + 2] == c and R.random() < 0.6:
            words.append("triple " + w)
            i += 3
            continue
        if runs and i + 1 < len(g) and g[i + 1] == c and R.random() < 0.7:
            words.append("double " + w)
            i += 2
            continue
        words.append(w)
        i += 1
    return " ".join(words)


def say_pair(p, zv=None, last=False):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return say_single(p, zv)
    if a == 1:
        return TEENS[10 + b]
    if b == 0:
        return TENS[a] if last else TENS[a][:0] + UNITS[a] + " " + zword(zv)
    return TENS[a] + " " + UNITS[b]


def say_group(g, style=None, zv=None, last=False):
    style = style or ch(["single", "single", "single", "pair", "mixed"])
    if style == "hundred" and len(g) == 3 and g[0] != "0":
        rest = g[1:]
        if rest == "00":
            return UNITS[int(g[0])] + " hundred" if last else say_single(g, zv)
        if rest[0] == "0":
            return UNITS[int(g[0])] + " hundred and " + UNITS[int(rest[1])]
        if rest[1] == "0" and rest[0] != "1" and not last:
            return say_single(g, zv)
        return UNITS[int(g[0])] + " hundred and " + say_pair(rest, zv, last=True)
    if style in ("pair", "hundred") and len(g) % 2 == 0:
        ps = [g[k:k + 2] for k in range(0, len(g), 2)]
        return " ".join(say_pair(p, zv, last=(last and k == len(ps) - 1)) for k, p in enumerate(ps))
    if style == "mixed" and len(g) == 4:
        return say_single(g[:2], zv) + " " + say_pair(g[2:], zv, last=last)
    return say_single(g, zv)


def split_groups(s, sizes):
    out = []
    k = 0
    for z in sizes:
        out.append(s[k:k + z])
        k += z
    if k < len(s):
        out.append(s[k:])
    return [g for g in out if g]


def spoken(s, sizes, styles=None, zv=None, sep=None, filler=0.0):
    gs = split_groups(s, sizes)
    parts = []
    for k, g in enumerate(gs):
        st = styles[k] if styles else None
        w = say_group(g, st, zv, last=(k == len(gs) - 1))
        if filler and k < len(gs) - 1 and R.random() < filler:
            w += " " + ch(FILLERS)
        parts.append(w)
    sp = sep if sep is not None else ch([" ", ", ", " ", "... "])
    return sp.join(parts)


def typed(s, sizes, sep=None):
    sep = sep if sep is not None else ch([" ", "-", "", " ", "  ", " - "])
    return sep.join(split_groups(s, sizes))


def say_letter(c, mode=None):
    c = c.lower()
    mode = mode or ch(["plain", "nato", "folk", "name"])
    if mode == "nato":
        return c + " for " + NATO[c]
    if mode == "folk" and c in FOLK:
        return c + " " + ch(["for", "as in"]) + " " + FOLK[c]
    if mode == "name" and c in LNAMES:
        return LNAMES[c]
    return c


# ---------------------------------------------------------------------------
# case builder
# ---------------------------------------------------------------------------
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.vals = {}
        self.pieces = {}

    def val(self, typ, canon=None, mode="full"):
        gid = len(self.vals)
        self.vals[gid] = {"type": typ, "canon": canon, "mode": mode}
        self.pieces[gid] = []
        return gid

    def t(self, speaker, *segs):
        text = ""
        spans = []
        for sg in segs:
            if isinstance(sg, tuple):
                s, gid = sg
                spans.append((len(text), len(text) + len(s), gid))
                text += s
            else:
                text += sg
        ti = len(self.turns)
        self.turns.append({"speaker": speaker, "text": text, "_spans": spans})
        for a, b, gid in spans:
            self.pieces[gid].append((ti, a, b))
        return self

    def export(self, cid):
        spans = []
        for ti, tr in enumerate(self.turns):
            for a, b, gid in tr["_spans"]:
                spans.append({"turn": ti, "start": a, "end": b, "type": self.vals[gid]["type"]})
        spans.sort(key=lambda x: (x["turn"], x["start"]))
        return {"id": cid, "kind": self.kind,
                "turns": [{"speaker": tr["speaker"], "text": tr["text"]} for tr in self.turns],
                "spans": spans, "note": self.note}


C, A = "customer", "agent"
BACK = ["mhm", "go on", "yep", "ok", "uh huh", "right", "yeah", "got that", "okay go ahead", "and the next bit?"]

OPEN = {
    "banking": ["thanks for calling northgate bank, how can i help", "you're through to the fraud team"],
    "telecom": ["thanks for calling, you're through to mobile billing", "hi there, broadband support, how can i help"],
    "utilities": ["energy customer services, how can i help", "hello, water services, you're speaking to kim"],
    "retail": ["hi, online orders team here", "thanks for holding, customer care"],
    "insurance": ["hello, motor claims, how can i help today", "home insurance renewals, this is sam"],
    "travel": ["hi, bookings desk, how can i help", "airline customer relations, you're speaking with dev"],
    "healthcare": ["patient billing office, this is maria", "hospital billing, how can i help"],
    "government": ["tax helpline, you're speaking to alan", "benefits enquiry line, how can i help"],
}


def opener(ind=None):
    ind = ind or ch(list(OPEN))
    return ind, ch(OPEN[ind])


# ---------------------------------------------------------------------------
# CARD scenarios
# ---------------------------------------------------------------------------
def card_typed():
    card = gen_card()
    c = Case("positive", "typed chat card with odd separators")
    sizes = ch([card_groups(len(card)), [len(card)], [4, 4, 4, 4, 3][:5], [2, 4, 4, 4, 2], [3, 3, 3, 3, 4], [6, 6, 4]])
    surf = typed(card, sizes)
    if R.random() < 0.15 and "0" in surf:
        k = surf.index("0")
        surf = surf[:k] + ch("oO") + surf[k + 1:]
        c.note = "typed card with letter O typed for zero"
    g = c.val("CARD_NUMBER", card)
    lab = ch(["card no: ", "CC# ", "Card number - ", "its ", "card:", "long number is ", "pan ", "CARD NO. "])
    c.t(A, ch(["Hi, you're chatting with Priya. Can I take the long card number please?", "Please type the card number you want to use.", "Hello! To update payment I need the card details."]))
    segs = [lab, (surf, g)]
    if R.random() < 0.6:
        mm, yy = R.randint(1, 12), R.randint(25, 31)
        e = c.val("EXPIRY")
        segs += [ch([" exp ", ", expiry ", " expires ", " valid thru "]), (ch(["%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d-%02d" % (mm, yy), "%d/%02d" % (mm, yy)]), e)]
    if R.random() < 0.5:
        cv = digits(4 if len(card) == 15 else 3)
        v = c.val("CVV", cv)
        segs += [ch([" cvv ", " cvc: ", " security code ", " sec code "]), (cv, v)]
    c.t(C, *segs)
    c.t(A, ch(["Thanks, that's gone through.", "Thank you, payment of £%d.%02d taken." % (R.randint(5, 400), R.randint(0, 99)), "Got it, thanks."]))
    return c


def card_asr_one():
    card = gen_card()
    c = Case("positive", "ASR card read in one turn")
    g = c.val("CARD_NUMBER", card)
    surf = spoken(card, card_groups(len(card)), filler=R.choice([0, 0.3, 0.6]))
    ind, op = opener(ch(["banking", "telecom", "utilities", "retail", "insurance", "travel"]))
    c.t(A, op + " ... and what's the long number on the front of the card")
    c.t(C, ch(["yeah it's ", "okay so ", "right it's ", "um ", "so that's "]), (surf, g), ch(["", " ... yeah", " that's it"]))
    if R.random() < 0.5:
        g2 = c.val("CARD_NUMBER", card)
        c.t(A, "let me just read that back, ", (spoken(card, card_groups(len(card)), styles=["single"] * 5, sep=" "), g2))
        c.t(C, ch(["yep", "that's right", "correct"]))
    else:
        c.t(A, "thank you, and the expiry")
        e = c.val("EXPIRY")
        mm, yy = R.randint(1, 12), R.randint(25, 31)
        c.t(C, (ch(["%s %s" % (zword(None) + " " + UNITS[mm], say_pair("%02d" % yy, last=True)) if mm < 10 else "%s %s" % (say_pair("%02d" % mm, last=True), say_pair("%02d" % yy, last=True)),
                    "%s twenty %s" % (MONTHS[mm - 1], say_pair("%02d" % yy, last=True))]), e))
    return c


def card_asr_split():
    card = gen_card()
    c = Case("positive", "ASR card split over customer turns with back-channels")
    gs = split_groups(card, card_groups(len(card)))
    c.t(A, ch(["go ahead with the card number when you're ready", "can i take the sixteen digit number please", "ok, the card number please"]))
    for k, grp in enumerate(gs):
        g = c.val("CARD_NUMBER", card, mode="fragment")
        pre = ch(["", "", "um ", "so ", "then ", "next is "]) if k else ch(["", "right ", "it's "])
        c.t(C, pre, (say_group(grp, last=(k == len(gs) - 1)), g))
        if k < len(gs) - 1:
            c.t(A, ch(BACK))
    c.t(A, ch(["lovely, thank you", "perfect", "and the three digits on the back?"]))
    if c.turns[-1]["text"].startswith("and the"):
        cv = digits(3)
        v = c.val("CVV", cv)
        c.t(C, (say_group(cv, ch(["single", "hundred"]), last=True), v))
    return c


def card_restart():
    card = gen_card(ch(["visa", "mc", "disc"]))
    c = Case("positive", "card reading restarted after false start")
    gs = split_groups(card, [4, 4, 4, 4])
    c.t(A, "and the card number please")
    f = c.val("CARD_NUMBER", card, mode="fragment")
    g = c.val("CARD_NUMBER", card)
    c.t(C, (say_group(gs[0]) + " " + say_group(gs[1][:2]), f),
        ch([" ... sorry hang on, let me start again, ", " - no wait, i lost my place, right, from the top ", ", oh sorry, start again, "]),
        (spoken(card, [4, 4, 4, 4], filler=0.3), g))
    c.t(A, ch(["no problem, got it", "thank you"]))
    return c


def card_misheard():
    card = gen_card(ch(["visa", "mc", "maestro", "amex"]))
    sizes = card_groups(len(card))
    gs = split_groups(card, sizes)
    k = R.randint(1, len(gs) - 2)
    wrong = list(gs[k])
    p = R.randrange(len(wrong))
    wrong[p] = str((int(wrong[p]) + R.randint(1, 8)) % 10)
    wrong = "".join(wrong)
    mis = "".join(gs[:k] + [wrong] + gs[k + 1:])
    c = Case("positive", "agent read-back misheard a group, customer corrects it")
    c.t(A, "what's the card number")
    g = c.val("CARD_NUMBER", card)
    c.t(C, (spoken(card, sizes), g))
    m = c.val("CARD_NUMBER", card, mode="misheard")
    c.t(A, "so that's ", (spoken(mis, sizes, styles=["single"] * 5, sep=", "), m), "?")
    f1 = c.val("CARD_NUMBER", card, mode="fragment")
    f2 = c.val("CARD_NUMBER", card, mode="misheard_frag")
    c.t(C, ch(["no, ", "not quite, ", "nope, "]), ch(["the ", "that "]) + ["first", "second", "third", "fourth"][k] + " bit is ",
        (say_group(gs[k], "single"), f1), " not ", (say_group(wrong, "single"), f2))
    c.t(A, ch(["ah sorry, my mistake", "apologies, updated"]))
    return c


def card_aside():
    card = gen_card(ch(["visa", "mc"]))
    c = Case("positive", "aside in the middle of a card reading, last four repeated")
    g = c.val("CARD_NUMBER", card, mode="fragment")
    g2 = c.val("CARD_NUMBER", card, mode="fragment")
    c.t(A, "ok whenever you're ready")
    c.t(C, (spoken(card[:8], [4, 4]), g), ch([" ... sorry, the kids are screaming, give me a sec ... right, ", ", hang on the light's bad in here, ", " - hold on, it's the dog - ok, "]),
        (spoken(card[8:], [4, 4]), g2))
    if R.random() < 0.6:
        l4 = c.val("CARD_NUMBER", card, mode="fragment")
        c.t(A, "thanks, so that's the card ending ", (ch([card[-4:], say_single(card[-4:], runs=False)]), l4), ", yes?")
        c.t(C, "yeah")
    return c


def card_email():
    card = gen_card()
    c = Case("positive", "card details pasted in an email body")
    g = c.val("CARD_NUMBER", card)
    e = c.val("EXPIRY")
    mm, yy = R.randint(1, 12), R.randint(25, 31)
    cv = digits(3)
    v = c.val("CVV", cv)
    c.t(C, "Hi,\nPlease take the outstanding £%d.%02d from my card below.\nCard: " % (R.randint(20, 900), R.randint(0, 99)),
        (typed(card, card_groups(len(card)), ch(["  ", ".", " ", "-"])), g), "\nExp: ", ("%02d/%02d" % (mm, yy), e),
        "\nCVC: ", (cv, v), "\nOrder ref ORD-%s\nThanks, %s" % (digits(8), ch(FIRST).title()))
    c.t(A, "Dear customer, for your security please never email card details. We have removed them and will call you.")
    return c


def card_pairs_hundreds():
    card = gen_card(ch(["visa", "mc", "disc"]))
    c = Case("positive", "card spoken in pairs and hundreds")
    g = c.val("CARD_NUMBER", card)
    sizes = ch([[4, 4, 4, 4], [3, 3, 3, 3, 4], [2, 2, 2, 2, 2, 2, 2, 2]])
    styles = [("hundred" if s == 3 else "pair") for s in sizes]
    c.t(A, "sorry, could you give me the card number again, slowly")
    c.t(C, ch(["yeah ", "ok ", ""]), (spoken(card, sizes, styles=styles, filler=0.2), g))
    g2 = c.val("CARD_NUMBER", card)
    c.t(A, "thank you, i've got ", (typed(card, [4, 4, 4, 4], " "), g2), ch([" on my screen", ""]))
    return c


def card_twice_last4():
    card = gen_card()
    c = Case("positive", "full card read then referred to by last four in the same call")
    g = c.val("CARD_NUMBER", card)
    c.t(C, "it's the card ", (spoken(card, card_groups(len(card)), zv=ch(["oh", "zero", "nought"])), g))
    c.t(A, "ok give me a moment, it's asking for verification")
    c.t(C, ch(["ok", "no worries", "sure"]))
    l4 = c.val("CARD_NUMBER", card, mode="fragment")
    c.t(A, "right, the payment on the card ending in ", (say_single(card[-4:], runs=False), l4), " has been declined")
    return c


def card_numerals_asr():
    card = gen_card()
    c = Case("positive", "ASR transcript mixing numerals and words for a card")
    gs = split_groups(card, card_groups(len(card)))
    parts = [gg if R.random() < 0.5 else say_group(gg, last=(k == len(gs) - 1)) for k, gg in enumerate(gs)]
    g = c.val("CARD_NUMBER", card)
    c.t(A, "can you read me the card number")
    c.t(C, "yeah ", (" ".join(parts), g), ch(["", " and it expires", " i think"]))
    return c


def card_echo():
    card = gen_card(ch(["visa", "mc", "amex", "maestro"]))
    c = Case("positive", "agent echoes each card group as the caller reads it")
    gs = split_groups(card, card_groups(len(card)))
    c.t(A, "go on then, read me the card number and i'll repeat it back as we go")
    for k, grp in enumerate(gs):
        c.t(C, ch(["", "", "uh ", "ok "]), (say_group(grp, last=(k == len(gs) - 1)), c.val("CARD_NUMBER", card, "fragment")))
        c.t(A, (say_single(grp, runs=False), c.val("CARD_NUMBER", card, "fragment")), ch(["", ", yep", ", got it", "... ok"]))
    return c


def ssn_echo():
    s = gen_ssn()
    c = Case("positive", "SSN typed by agent into CRM note after caller reads it")
    c.t(C, "it's ", (spoken(s, [3, 2, 4], styles=["single", "single", "pair"], sep=" "), c.val("SSN", s)))
    c.t(A, "one sec, I'm just typing that in... ", ("%s %s %s" % (s[:3], s[3:5], s[5:]), c.val("SSN", s)), ", and that's for the account in your name only?")
    return c


CARD_SCEN = [card_echo, card_typed, card_asr_one, card_asr_split, card_restart, card_misheard, card_aside,
             card_email, card_pairs_hundreds, card_twice_last4, card_numerals_asr]

# ---------------------------------------------------------------------------
# SSN scenarios
# ---------------------------------------------------------------------------
def ssn_typed():
    s = gen_ssn()
    c = Case("positive", "typed SSN in chat")
    g = c.val("SSN", s)
    surf = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s-%s%s"]) % (s[:3], s[3:5], s[5:])
    c.t(A, ch(["For verification, please provide your Social Security number.", "Can you confirm your SSN?"]))
    c.t(C, ch(["ssn: ", "SS# ", "social is ", "its ", "SSN ", "my ss number "]), (surf, g), ch(["", " thx", ". DOB is on file"]))
    return c


def ssn_asr():
    s = gen_ssn()
    c = Case("positive", "ASR SSN spoken")
    g = c.val("SSN", s)
    styles = [ch(["single", "hundred"]), ch(["single", "pair"]), ch(["single", "pair", "mixed"])]
    ind, op = opener(ch(["healthcare", "banking", "insurance", "government", "telecom"]))
    c.t(A, op + ", can i get your social security number")
    c.t(C, ch(["sure it's ", "yeah um ", "okay ", "it's "]), (spoken(s, [3, 2, 4], styles=styles, filler=0.3), g))
    if R.random() < 0.5:
        g2 = c.val("SSN", s)
        c.t(A, "that's ", (spoken(s, [3, 2, 4], styles=["single"] * 3, sep=" "), g2), " correct?")
        c.t(C, "yes")
    return c


def ssn_split():
    s = gen_ssn()
    c = Case("positive", "SSN split across turns")
    c.t(A, "and your social")
    for k, grp in enumerate([s[:3], s[3:5], s[5:]]):
        g = c.val("SSN", s, mode="fragment")
        c.t(C, ch(["", "", "uh "]), (say_group(grp, last=(k == 2)), g))
        if k < 2:
            c.t(A, ch(BACK))
    return c


def ssn_correction():
    s = gen_ssn()
    wrong = s[:3] + s[4] + s[3] + s[5:] if s[3] != s[4] else s[:3] + s[3:5] + s[6] + s[5] + s[7:]
    c = Case("positive", "caller transposes SSN digits then corrects")
    if wrong == s:
        wrong = s[:8] + str((int(s[8]) + 1) % 10)
    g1 = c.val("SSN", s, mode="misheard")
    c.t(C, "my social is ", (spoken(wrong, [3, 2, 4], styles=["single"] * 3), g1), ch([" - no wait, i switched them, it's ", ", sorry, that's wrong, it's "]),
        (spoken(s, [3, 2, 4], styles=["single"] * 3), c.val("SSN", s)))
    c.t(A, "okay, so ending ", (say_single(s[5:], runs=False), c.val("SSN", s, mode="fragment")), "?")
    c.t(C, "yeah")
    return c


def ssn_form():
    s = gen_ssn()
    c = Case("positive", "SSN in web form / email with labels and DOB")
    g = c.val("SSN", s)
    d = c.val("DOB")
    y, m, dd = R.randint(1950, 2002), R.randint(1, 12), R.randint(1, 28)
    c.t(C, "Name: %s %s | SSN: " % (ch(FIRST).title(), ch(LAST).title()), ("%s-%s-%s" % (s[:3], s[3:5], s[5:]), g),
        " | DOB: ", ("%02d/%02d/%d" % (m, dd, y), d), " | Claim #: CLM%s" % digits(9))
    c.t(A, "Thanks, we've located your claim.")
    return c


SSN_SCEN = [ssn_echo, ssn_typed, ssn_asr, ssn_split, ssn_correction, ssn_form]

# ---------------------------------------------------------------------------
# NI scenarios
# ---------------------------------------------------------------------------
def ni_typed():
    n = gen_ni()
    c = Case("positive", "typed NI number with case and spacing variation")
    g = c.val("NI_NUMBER", n)
    surf = ch([n, n.lower(), "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), "%s-%s-%s" % (n[:2], n[2:8], n[8]),
               n[:2] + " " + n[2:8] + " " + n[8].lower(), n[0] + n[1].lower() + n[2:]])
    c.t(A, "Could you confirm your National Insurance number?")
    c.t(C, ch(["NI no: ", "ni number is ", "NINO ", "its ", "National Insurance: "]), (surf, g))
    return c


def ni_asr():
    n = gen_ni()
    c = Case("positive", "ASR NI number with spelled letters")
    g = c.val("NI_NUMBER", n)
    mode = ch(["plain", "nato", "folk", "name"])
    surf = say_letter(n[0], mode) + " " + say_letter(n[1], mode) + ch([" ", ", "]) + \
        spoken(n[2:8], [2, 2, 2], styles=[ch(["single", "pair"])] * 3, sep=" ", filler=0.2) + ch([" ", ", ", " and then "]) + say_letter(n[8], mode)
    ind, op = opener("government")
    c.t(A, op + ", can i take your national insurance number")
    c.t(C, ch(["yeah it's ", "okay it's ", "erm ", ""]), (surf, g))
    if R.random() < 0.5:
        c.t(A, "thank you, so ", (say_letter(n[0], "plain") + " " + say_letter(n[1], "plain") + " " + say_single(n[2:8], runs=False) + " " + say_letter(n[8], "plain"), c.val("NI_NUMBER", n)))
        c.t(C, "that's it")
    return c


def ni_split():
    n = gen_ni()
    c = Case("positive", "NI number split: letters, digits, final letter in separate turns")
    c.t(A, "what's your national insurance number please")
    c.t(C, "it starts ", (say_letter(n[0], "nato") + " " + say_letter(n[1], "nato"), c.val("NI_NUMBER", n, "fragment")))
    c.t(A, ch(BACK))
    c.t(C, "then ", (spoken(n[2:8], [3, 3], styles=["single", "single"]), c.val("NI_NUMBER", n, "fragment")))
    c.t(A, "and the letter at the end")
    c.t(C, ch(["", "it's ", "um "]), (say_letter(n[8], ch(["plain", "nato", "name"])), c.val("NI_NUMBER", n, "fragment")))
    return c


def ni_restart():
    n = gen_ni()
    c = Case("positive", "NI number restarted and agent read-back")
    c.t(A, "and your NI number")
    c.t(C, (n[0].lower() + " " + n[1].lower() + " " + say_single(n[2:5]), c.val("NI_NUMBER", n, "fragment")),
        ch([" ... no hang on, let me get the letter right, ", " sorry, i'll start again ", ", uh actually let me get the card out, right, "]),
        (say_letter(n[0], "nato") + " " + say_letter(n[1], "nato") + " " + spoken(n[2:8], [2, 2, 2], sep=" ") + " " + say_letter(n[8], "nato"), c.val("NI_NUMBER", n)))
    c.t(A, "so that's ", ("%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), c.val("NI_NUMBER", n)), " on my screen")
    return c


NI_SCEN = [ni_typed, ni_asr, ni_split, ni_restart]

# ---------------------------------------------------------------------------
# other types
# ---------------------------------------------------------------------------
def bank_uk():
    acct, sc = digits(8), digits(6)
    c = Case("positive", "UK sort code and account number")
    ind, op = opener(ch(["utilities", "banking", "telecom", "insurance"]))
    c.t(A, op + ", to set up the direct debit i'll need your sort code and account number")
    if R.random() < 0.5:
        c.t(C, "sort code ", (ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), c.val("SORT_CODE", sc)),
            ch([" acct no: ", ", account ", " a/c "]), (acct, c.val("BANK_ACCOUNT", acct)))
    else:
        c.t(C, "sort code is ", (spoken(sc, [2, 2, 2], sep=ch([" ", ", "])), c.val("SORT_CODE", sc)))
        c.t(A, ch(BACK))
        c.t(C, "and the account number is ", (spoken(acct, [4, 4], filler=0.3), c.val("BANK_ACCOUNT", acct)))
    c.t(A, "thanks, first collection will be on the %s of next month" % ch(["1st", "15th", "28th", "fifth"]))
    return c


def bank_us():
    acct = digits(R.randint(9, 12))
    c = Case("positive", "US bank account number with routing context")
    c.t(A, "for the refund we'll need the checking account number")
    c.t(C, ch(["checking acct # ", "account number is ", "acct: "]), (ch([acct, spoken(acct, [3] * 4, sep=" ")]), c.val("BANK_ACCOUNT", acct)))
    c.t(A, "thanks, the refund of $%d.%02d should land in 5 to 7 business days" % (R.randint(10, 800), R.randint(0, 99)))
    return c


def iban_case():
    ib = gen_iban()
    c = Case("positive", "IBAN typed or read out")
    c.t(A, ch(["Can you send the IBAN for the refund?", "for the transfer i need your IBAN"]))
    if R.random() < 0.6:
        surf = ch([ib, " ".join(ib[k:k + 4] for k in range(0, len(ib), 4)), ib.lower()])
        c.t(C, ch(["IBAN: ", "iban ", "Here: "]), (surf, c.val("IBAN", ib)))
    else:
        parts = []
        for k in range(0, len(ib), 4):
            chunk = ib[k:k + 4]
            parts.append(" ".join(say_letter(x, "nato" if x == "O" else "plain") if x.isalpha() else say_single(x, runs=False) for x in chunk))
        c.t(C, "it's ", (", ".join(parts), c.val("IBAN", ib)))
    c.t(A, "thank you, that should be with you within three working days")
    return c


def phone_case():
    kind = ch(["uk_mob", "uk_intl", "us", "us_intl", "ie", "ie_intl"])
    if kind == "uk_mob":
        canon = "07" + digits(9)
        surf = ch([typed(canon, [5, 6], " "), spoken(canon, [5, 3, 3], zv="oh"), canon])
    elif kind == "uk_intl":
        n = "7" + digits(9)
        canon = "+44" + n
        surf = ch(["+44 " + typed(n, [4, 6], " "), "+44 (0)" + n, "plus four four " + spoken(n, [4, 3, 3])])
        if "(0)" in surf:
            canon = "+440" + n
    elif kind == "us":
        canon = str(R.randint(201, 989)) + str(R.randint(200, 999)) + digits(4)
        surf = ch(["(%s) %s-%s" % (canon[:3], canon[3:6], canon[6:]), "%s-%s-%s" % (canon[:3], canon[3:6], canon[6:]),
                   spoken(canon, [3, 3, 4], styles=["single", "single", ch(["single", "pair"])])])
    elif kind == "us_intl":
        n = str(R.randint(201, 989)) + str(R.randint(200, 999)) + digits(4)
        canon = "+1" + n
        surf = ch(["+1 %s %s %s" % (n[:3], n[3:6], n[6:]), "plus one " + spoken(n, [3, 3, 4])])
    elif kind == "ie":
        canon = "08" + str(R.randint(3, 9)) + digits(7)
        surf = ch([typed(canon, [3, 3, 4], " "), spoken(canon, [3, 3, 4], zv="oh")])
    else:
        n = "8" + str(R.randint(3, 9)) + digits(7)
        canon = "+353" + n
        surf = ch(["+353 " + typed(n, [2, 3, 4], " "), "plus three five three " + spoken(n, [2, 3, 4])])
    c = Case("positive", "phone number (%s)" % kind)
    c.t(A, ch(["what's the best number to call you back on", "can I confirm a contact number?", "and a mobile number for the engineer"]))
    lead = ch(["it's ", "mobile is ", "tel: ", "you can get me on ", ""])
    if surf.startswith("("):  # span starts at the first digit, bracket stays outside
        lead, surf = lead + "(", surf[1:]
    c.t(C, lead, (surf, c.val("PHONE", canon)), ch(["", " after six", ", any time"]))
    return c


def email_case():
    f, l, dom = ch(FIRST), ch(LAST), ch(DOMAINS)
    num = ch(["", str(R.randint(1, 99)), ""])
    local = ch([f + "." + l, f[0] + l, f + "_" + l + num, l + f[0] + num, f + num])
    canon = local + "@" + dom
    c = Case("positive", "email address typed or spoken")
    c.t(A, ch(["and an email for the confirmation?", "can i take an email address", "What email should the receipt go to?"]))
    if R.random() < 0.5:
        surf = ch([canon, canon.upper() if R.random() < 0.2 else canon, canon.replace("@", " @ ")])
        c.t(C, ch(["", "email: ", "its "]), (surf, c.val("EMAIL", canon.lower())))
    else:
        sp = local.replace(".", " dot ").replace("_", " underscore ")
        sp = re.sub(r"\d+", lambda m: " " + " ".join(UNITS[int(x)] for x in m.group()), sp)
        sp = re.sub(r"\s+", " ", sp).strip()
        sd = dom.replace(".", " dot ")
        c.t(C, ch(["yeah it's ", "it's ", "um "]), (sp + " at " + sd, c.val("EMAIL", canon)), ch(["", ", all lower case", ""]))
    return c


def _dob_surface():
    y, m, d = R.randint(1940, 2005), R.randint(1, 12), R.randint(1, 28)
    yw = say_pair(str(y)[:2], last=True) + " " + say_pair(str(y)[2:], last=True) if y < 2000 else \
        "two thousand and " + UNITS[y - 2000] if y < 2010 else "two thousand and " + say_pair(str(y - 2000), last=True)
    dword = ORD[d] if d in ORD else TENS[d // 10] + " " + ORD[d % 10]
    return ch(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%s %d%s %d" % (MONTHS[m - 1].title(), d, "th" if 4 <= d % 10 or d % 10 == 0 or 11 <= d <= 13 else ["", "st", "nd", "rd"][d % 10], y),
               "the %s of %s %s" % (dword, MONTHS[m - 1], yw), "%s %s %s" % (dword, MONTHS[m - 1], yw),
               "%d.%d.%d" % (d, m, y), "%s %s, %s" % (MONTHS[m - 1], dword, yw)])


def dob_case():
    c = Case("positive", "date of birth")
    ind, op = opener(ch(["healthcare", "insurance", "banking", "government", "telecom"]))
    c.t(A, op + ", can you confirm your date of birth")
    s = _dob_surface()
    if s.startswith("the "):
        c.t(C, "it's the ", (s[4:], c.val("DOB")))
    else:
        c.t(C, ch(["it's ", "dob ", "born ", ""]), (s, c.val("DOB")))
    c.t(A, "thank you, and your appointment is %s at %d o'clock" % (ch(["tuesday", "the 14th", "next friday"]), R.randint(1, 11)))
    return c


def address_case():
    uk = R.random() < 0.6
    c = Case("positive", "address with separate postcode/zip")
    num = R.randint(1, 240)
    street = ch(STREETS)
    hn = ch([str(num), str(num) + ch(["a", "b"]), "flat %d, %d" % (R.randint(1, 30), num), say_group(str(num), "hundred", last=True) if num > 99 else str(num),
             "apt %d, %d" % (R.randint(1, 30), num)])
    addr = hn + " " + (street.lower() if R.random() < 0.5 else street)
    town = ch(TOWNS_UK) if uk else ch(TOWNS_US)
    if uk:
        o, i = gen_ukpc()
        canon = o + i
        pc = ch([o + " " + i, (o + i).lower(), o.lower() + " " + i.lower(), " ".join(say_letter(x, "plain") if x.isalpha() else UNITS[int(x)] for x in o + i)])
    else:
        canon = gen_zip()
        pc = ch([canon, canon + "-" + digits(4), say_single(canon)])
        if "-" in pc:
            canon = pc.replace("-", "")
    c.t(A, ch(["and the address on the account", "can i take the first line of your address and postcode", "what's the delivery address?"]))
    c.t(C, (addr, c.val("ADDRESS")), ", %s, " % town.lower(), (pc, c.val("POSTCODE", canon)))
    c.t(A, "thank you, that matches")
    return c


def postcode_only():
    c = Case("positive", "postcode / zip alone for verification")
    if R.random() < 0.6:
        o, i = gen_ukpc()
        canon = o + i
        surf = ch([o + " " + i, (o + i).lower(), " ".join(say_letter(x, ch(["plain", "nato"])) if x.isalpha() else UNITS[int(x)] for x in o + i)])
    else:
        canon = gen_zip()
        surf = ch([canon, say_single(canon)])
    c.t(A, "and just the postcode please")
    c.t(C, ch(["", "it's ", "um "]), (surf, c.val("POSTCODE", canon)))
    return c


def full_verify():
    """banking ID&V with several types in one call"""
    c = Case("positive", "multi-field identity verification")
    n = gen_ni()
    c.t(A, "before we go on i need to verify you. full name and date of birth please")
    c.t(C, "%s %s, " % (ch(FIRST), ch(LAST)), (_dob_surface(), c.val("DOB")))
    c.t(A, "thanks. and the mobile number we have for you")
    canon = "07" + digits(9)
    c.t(C, (spoken(canon, [5, 3, 3], zv=ch(["oh", "o"])), c.val("PHONE", canon)))
    c.t(A, "and your national insurance number")
    c.t(C, (n[0].lower() + " " + n[1].lower() + " " + spoken(n[2:8], [2, 2, 2], styles=["pair"] * 3, sep=" ") + " " + n[8].lower(), c.val("NI_NUMBER", n)))
    return c


def cvv_expiry():
    c = Case("positive", "expiry and security code read separately")
    mm, yy = R.randint(1, 12), R.randint(25, 31)
    cv = digits(3)
    c.t(A, "and the expiry date on the card")
    c.t(C, ch(["it's ", "um ", "expires "]), (ch(["%s twenty %s" % (MONTHS[mm - 1], say_pair("%02d" % yy, last=True)), "%s slash %s" % (say_pair("%02d" % mm, last=True) if mm >= 10 else "oh " + UNITS[mm], say_pair("%02d" % yy, last=True)),
                                                  "%02d %02d" % (mm, yy), "end of %s %d" % (MONTHS[mm - 1], 2000 + yy)]).replace("end of ", ""), c.val("EXPIRY")))
    c.t(A, "and the last three digits on the signature strip")
    c.t(C, (say_group(cv, ch(["single", "hundred"]), last=True), c.val("CVV", cv)))
    return c


OTHER_SCEN = [bank_uk, bank_us, iban_case, phone_case, email_case, dob_case, address_case, postcode_only, full_verify, cvv_expiry,
              bank_uk, iban_case, email_case, address_case]

# ---------------------------------------------------------------------------
# negatives
# ---------------------------------------------------------------------------
def money():
    return ch(["£%d.%02d" % (R.randint(1, 999), R.randint(0, 99)), "$%d" % R.randint(5, 3000),
               "%s pounds %s" % (say_group(str(R.randint(100, 999)), "hundred", last=True), say_pair(str(R.randint(10, 99)), last=True)),
               "€%d,%03d.%02d" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99))])


def neg_ref_spoken():
    lab = ch(["order number", "reference number", "ticket number", "tracking number", "claim reference", "booking reference", "invoice number", "policy number"])
    n = digits(ch([12, 13, 16, 16, 9]))
    return [(A, "can i take the %s" % lab), (C, "yeah the %s is %s" % (lab, spoken(n, [4, 4, 4, 4], filler=0.2)))], "spoken %s read like a card" % lab


def neg_ref_luhn():
    n = gen_card("visa")
    lab = ch(["Order #", "Tracking no.", "Invoice ref", "Serial number", "Parcel ID"])
    return [(C, "%s %s - can you look into this for me?" % (lab, typed(n, [4, 4, 4, 4]))), (A, "Thanks, I've raised ticket INC%s for that." % digits(7))], "Luhn-valid 16 digits labelled as %s" % lab


def neg_last4():
    l4 = digits(4)
    return [(A, "i can see a payment of %s on the card ending %s" % (money(), ch([l4, say_single(l4)]))), (C, "yeah that's the one ending %s, it's my old card" % say_single(l4, runs=False))], "card last four only"


def neg_amounts():
    return [(A, "your balance is %s and the minimum payment is %s, due on the %s of %s" % (money(), money(), ch(["3rd", "twenty first", "14th"]), ch(MONTHS))),
            (C, "ok and can i pay %s now and the rest in %d weeks" % (money(), R.randint(2, 6)))], "amounts, dates, durations"


def neg_meter():
    r = digits(5)
    return [(A, "can you read me the meter reading"), (C, "it says %s, then there's a red %s after the dot" % (spoken(r, [2, 3]), UNITS[R.randint(0, 9)])),
            (A, "and the meter serial, the one starting with letters"), (C, "%s%s" % (ch(["E", "K", "S"]), digits(2) + ch("ABCDEFGHKLMNPQRSTWXZ") + digits(5)))], "meter reading and meter serial"


def neg_travel():
    return [(C, "my flight is %s%d from gate %d, seat %d%s, and the hotel room is %d" % (ch(["BA", "EI", "FR", "UA", "DL"]), R.randint(100, 9999), R.randint(1, 60), R.randint(1, 40), ch("ABCDEF"), R.randint(100, 999))),
            (A, "thanks, boarding closes at %d:%02d and the flight time is %d hours %d minutes" % (R.randint(5, 23), R.randint(0, 59), R.randint(1, 11), R.randint(0, 59)))], "flight, gate, seat, room, times"


def neg_hours():
    return [(C, "what time are you open till"), (A, "we're open eight till eight monday to friday and nine to five on saturdays, and the wait is about %s minutes" % say_pair(str(R.randint(21, 59)), last=True))], "opening hours, durations"


def neg_counts():
    return [(C, "i'm %d years old, i've been a customer for %d years and i've had %d outages this month, it was %d degrees in the house" % (R.randint(18, 90), R.randint(1, 30), R.randint(2, 14), R.randint(-5, 12))),
            (A, "i'm sorry, i've applied a %d%% discount and a credit of %s" % (R.randint(5, 50), money()))], "age, counts, temperature, percentage"


def neg_policy_ni_like():
    p = ch(["AB", "PX", "QT", "HM"]) + digits(6) + ch("ABCD")
    return [(A, "what's the policy number"), (C, "policy number %s" % ch([p, p.lower(), " ".join(p)])), (A, "thanks, and the model number of the boiler?"), (C, "it's a %s%d%s" % (ch(["WB", "GX", "ZK"]), R.randint(100, 999), ch(["", "-E", "C"])))], "NI-shaped policy number and model number"


def neg_ssn_like():
    n = "%03d-%02d-%04d" % (R.randint(100, 899), R.randint(10, 99), R.randint(1000, 9999))
    return [(C, "my case number is %s, the agent said it looks like a social but it isn't" % n), (A, "yes, case %s, I can see it, opened %s %d" % (n, ch(MONTHS), R.randint(2019, 2025)))], "SSN-shaped case number"


def neg_roads():
    return [(C, "the road works on %s have been going on since %s, the engineer parked on %s" % (ch(STREETS), ch(MONTHS), ch(STREETS))), (A, "i understand, the job reference is %s" % ("JOB" + digits(7)))], "road names without house numbers"


def neg_years():
    y = R.randint(1990, 2024)
    return [(C, "i bought it in %d and the warranty was %d years" % (y, R.randint(2, 5))), (A, "the contract started %s %d and ends %s %d" % (ch(MONTHS), y, ch(MONTHS), y + 2))], "years and contract dates"


def neg_appointment():
    return [(A, "your appointment is on %s the %s of %s at %s" % (ch(["monday", "tuesday", "friday"]), ch(["third", "fourteenth", "twenty second"]), ch(MONTHS), ch(["two thirty", "ten fifteen", "9:45am"]))),
            (C, "and the payment date, is that still the %s" % ch(["1st", "28th", "fifteenth"]))], "appointment and payment dates"


def neg_serial_spoken():
    n = digits(15)
    return [(A, "read me the serial number off the back of the router"), (C, "serial number %s" % spoken(n, [3, 3, 3, 3, 3], filler=0.3)),
            (A, "thanks, and the model is %s" % ch(["hub five", "x three thousand", "n six hundred"]))], "15-digit spoken serial number"


def neg_tracking():
    t = ch(["1Z" + digits(6) + "03" + digits(8), "JD" + digits(18), digits(22)])
    return [(C, "tracking %s shows delivered but nothing came" % t), (A, "i'll open a claim, the claim number will be %s" % ("CLM-" + digits(8)))], "long tracking numbers"


def neg_phone_like_count():
    return [(C, "i've called %d times and waited %d minutes each time" % (R.randint(3, 12), R.randint(20, 90))), (A, "i'm sorry, the complaint reference is %s" % typed(digits(11), [5, 6], " "))], "phone-shaped complaint reference"


NEG_SCEN = [neg_ref_spoken, neg_ref_luhn, neg_last4, neg_amounts, neg_meter, neg_travel, neg_hours, neg_counts,
            neg_policy_ni_like, neg_ssn_like, neg_roads, neg_years, neg_appointment, neg_serial_spoken, neg_tracking, neg_phone_like_count]


def build():
    cases = []
    pos = []
    plan = []
    for k in range(90):
        plan.append(CARD_SCEN[k % len(CARD_SCEN)])
    for k in range(32):
        plan.append(SSN_SCEN[k % len(SSN_SCEN)])
    for k in range(30):
        plan.append(NI_SCEN[k % len(NI_SCEN)])
    for k in range(112):
        plan.append(OTHER_SCEN[k % len(OTHER_SCEN)])
    R.shuffle(plan)
    for f in plan:
        pos.append(f())
    for k, c in enumerate(pos):
        cases.append((c.export("h544-pos-%03d" % (k + 1)), c))
    for k in range(112):
        f = NEG_SCEN[k % len(NEG_SCEN)]
        turns, note = f()
        c = Case("negative", note)
        for sp, tx in turns:
            c.t(sp, tx)
        cases.append((c.export("h544-neg-%03d" % (k + 1)), c))
    return cases


def dump(cases):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d, _ in cases)


def check(cases, data):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != data:
            errs.append("file is not byte-identical to regeneration")
    ids = [d["id"] for d, _ in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = {}
    for d, c in cases:
        if d["kind"] == "negative" and d["spans"]:
            errs.append(d["id"] + " negative has spans")
        if d["kind"] == "positive" and not d["spans"]:
            errs.append(d["id"] + " positive without spans")
        last = {}
        for s in d["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
            tx = d["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append("%s offsets out of range" % d["id"])
                continue
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s span not on word boundary: %r" % (d["id"], tx[a:b]))
            if not (tx[a].isalnum() or tx[a] == "+") or not tx[b - 1].isalnum():
                errs.append("%s span has untrimmed edge: %r" % (d["id"], tx[a:b]))
            if s["turn"] in last and a < last[s["turn"]]:
                errs.append("%s overlapping spans" % d["id"])
            last[s["turn"]] = b
        for gid, v in c.vals.items():
            raw = [c.turns[ti]["text"][a:b] for ti, a, b in c.pieces[gid]]
            if not raw:
                errs.append("%s value without span" % d["id"])
                continue
            mode = v["mode"]
            if mode == "full":
                ok, got = validate(v["type"], raw)
                if not ok:
                    errs.append("%s invalid %s: %r -> %r" % (d["id"], v["type"], raw, got))
                elif v["type"] in CANON_TYPES and v["canon"] is not None and got.lower() != v["canon"].lower():
                    errs.append("%s %s normalises to %r, expected %r" % (d["id"], v["type"], got, v["canon"]))
            else:
                got = "".join(norm(p) for p in raw)
                canon = v["canon"]
                if mode == "fragment" and (not got or got not in canon):
                    errs.append("%s fragment %r not part of %r" % (d["id"], got, canon))
                if mode in ("misheard", "misheard_frag") and (not got or got in canon and mode == "misheard_frag" or (mode == "misheard" and (len(got) != len(canon) or got == canon))):
                    errs.append("%s misheard %r vs %r" % (d["id"], got, canon))
        # fragment groups of one full value split over turns: also validate concatenation
        byc = {}
        for gid, v in c.vals.items():
            if v["mode"] == "fragment":
                byc.setdefault((v["type"], v["canon"]), []).append(gid)
        for (typ, canon), gids in byc.items():
            joined = "".join(norm(c.turns[ti]["text"][a:b]) for g in gids for ti, a, b in c.pieces[g])
            if joined == canon or joined.upper() == canon.upper():
                ok, _ = validate(typ, [canon])
                if not ok:
                    errs.append("%s split value invalid" % d["id"])
    npos = sum(1 for d, _ in cases if d["kind"] == "positive")
    nneg = len(cases) - npos
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in ["CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        need[t] = 10
    for t, k in need.items():
        if counts.get(t, 0) < k:
            errs.append("too few %s spans: %d < %d" % (t, counts.get(t, 0), k))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    return errs, counts, npos, nneg


def main():
    cases = build()
    data = dump(cases)
    if "--check" in sys.argv:
        errs, counts, npos, nneg = check(cases, data)
        for e in errs[:50]:
            print("ERROR:", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in sorted(counts):
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            print("FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(data)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout376 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who did not see the
redaction engine. Standard library only; one seeded generator.

Usage:
    python scripts/make_pii_holdout376.py          # write cases.jsonl
    python scripts/make_pii_holdout376.py --check  # regenerate + validate
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout376")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

rng = random.Random(376241125)
R = rng

# ---------------------------------------------------------------- vocab
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ZERO_W = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0"}
UNITS = dict(ZERO_W)
UNITS.update({w: str(i) for i, w in enumerate(UNIT_W) if i})
TEENS = {w: str(10 + i) for i, w in enumerate(
    ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
     "seventeen", "eighteen", "nineteen"])}
TENS = {w: str(i + 2) for i, w in enumerate(
    ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])}
TENS_W = {v: k for k, v in TENS.items()}
TEENS_W = {v: k for k, v in TEENS.items()}
ORD_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9}
ORD_OTHER = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
             "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
             "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
ORD_W = {v: k for k, v in ORD_UNITS.items()}
ORD_W.update({v: k for k, v in ORD_OTHER.items()})
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "then", "dash", "hyphen", "space",
           "slash", "st", "nd", "rd", "th"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu", "v": "victor"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_ABBR = [m[:3] for m in MONTHS]
MULT = {"double": 2, "triple": 3, "treble": 3}


# ---------------------------------------------------------------- normaliser
def normalise(text):
    """Turn a typed or spoken value into a list of pieces (digits, letters,
    '+', or leftover lower-case words)."""
    toks = re.findall(r"[a-z]+|\d+|\+", text.lower().replace("x-ray", "xray"))
    out = []
    i = 0
    n = len(toks)

    def peek(k):
        return toks[k] if k < n else None

    while i < n:
        t = toks[i]
        if t.isdigit() or t == "+":
            out.append(t)
            i += 1
        elif t == "plus":
            out.append("+")
            i += 1
        elif t in FILLERS:
            i += 1
        elif t in MULT:
            nx = peek(i + 1)
            if nx in UNITS:
                out.append(UNITS[nx] * MULT[t])
            elif nx and nx.isdigit() and len(nx) == 1:
                out.append(nx * MULT[t])
            elif nx and len(nx) == 1:
                out.append(nx.upper() * MULT[t])
                if peek(i + 2) == "for" and peek(i + 3):
                    i += 2
            else:
                out.append("?" + t)
            i += 2
        elif t in UNITS:
            if peek(i + 1) == "hundred" and UNITS[t] != "0":
                j = i + 2
                if peek(j) == "and":
                    j += 1
                tail = None
                if peek(j) in TENS:
                    tail = TENS[peek(j)]
                    if peek(j + 1) in UNITS and UNITS[peek(j + 1)] != "0":
                        tail += UNITS[peek(j + 1)]
                        j += 1
                    else:
                        tail += "0"
                    j += 1
                elif peek(j) in TEENS:
                    tail = TEENS[peek(j)]
                    j += 1
                elif peek(j) in UNITS:
                    tail = "0" + UNITS[peek(j)]
                    j += 1
                out.append(UNITS[t] + (tail or "00"))
                i = j
            elif peek(i + 1) == "thousand":
                j = i + 2
                if peek(j) == "and":
                    j += 1
                tail = "000"
                if peek(j) in TENS:
                    tail = "0" + TENS[peek(j)]
                    if peek(j + 1) in UNITS and UNITS[peek(j + 1)] != "0":
                        tail += UNITS[peek(j + 1)]
                        j += 1
                    else:
                        tail += "0"
                    j += 1
                elif peek(j) in TEENS:
                    tail = "0" + TEENS[peek(j)]
                    j += 1
                elif peek(j) in UNITS:
                    tail = "00" + UNITS[peek(j)]
                    j += 1
                out.append(UNITS[t] + tail)
                i = j
            else:
                out.append(UNITS[t])
                i += 1
        elif t in TEENS:
            out.append(TEENS[t])
            i += 1
        elif t in TENS:
            nx = peek(i + 1)
            if nx in UNITS and UNITS[nx] != "0":
                out.append(TENS[t] + UNITS[nx])
                i += 2
            elif nx in ORD_UNITS:
                out.append(TENS[t] + str(ORD_UNITS[nx]))
                i += 2
            else:
                out.append(TENS[t] + "0")
                i += 1
        elif t in ORD_UNITS:
            out.append(str(ORD_UNITS[t]))
            i += 1
        elif t in ORD_OTHER:
            out.append(str(ORD_OTHER[t]))
            i += 1
        elif len(t) == 1:
            out.append(t.upper())
            if peek(i + 1) == "for" and peek(i + 2):
                i += 3
            elif peek(i + 1) == "as" and peek(i + 2) == "in" and peek(i + 3):
                i += 4
            else:
                i += 1
        else:
            out.append(t)  # leftover word
            i += 1
    return out


def alnum_value(text):
    pieces = normalise(text)
    s = ""
    for p in pieces:
        if p == "+" or p.isdigit() or (p.isupper() and p.isalpha()):
            s += p
        else:
            s += p.upper()  # multi-letter typed chunk such as AIBK / QQ
    return s


def email_value(text):
    t = text.lower()
    if "@" in t:
        return t.strip()
    toks = re.findall(r"[a-z]+|\d+|[._\-]", t)
    s = ""
    i = 0
    while i < len(toks):
        w = toks[i]
        if w == "dot":
            s += "."
        elif w == "at":
            s += "@"
        elif w == "underscore":
            s += "_"
        elif w in ("dash", "hyphen"):
            s += "-"
        elif w in FILLERS:
            pass
        elif w in TENS and i + 1 < len(toks) and toks[i + 1] in UNITS and UNITS[toks[i + 1]] != "0":
            s += TENS[w] + UNITS[toks[i + 1]]
            i += 1
        elif w in TENS:
            s += TENS[w] + "0"
        elif w in TEENS:
            s += TEENS[w]
        elif w in UNITS and w not in ("o",):
            s += UNITS[w]
        elif i + 2 < len(toks) and len(w) == 1 and toks[i + 1] == "for":
            s += w
            i += 2
        else:
            s += w
        i += 1
    return s


# ---------------------------------------------------------------- validators
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        k = int(ch)
        if i % 2:
            k *= 2
            if k > 9:
                k -= 9
        tot += k
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
EIR_RE = re.compile(r"[ACDEFHKNPRTVWXY]\d[\dW][0-9ACDEFHKNPRTVWXY]{4}")
ZIP_RE = re.compile(r"\d{5}(\d{4})?")
EMAIL_RE = re.compile(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+")


def date_ok(text, canon, need_day):
    y, m, d = canon
    pieces = normalise(text)
    words = [p for p in pieces if p.isalpha() and p.islower()]
    digits = "".join(p for p in pieces if p.isdigit())
    if not (1 <= m <= 12):
        return False
    ys = str(y)
    if ys not in digits and ys[2:] not in digits:
        return False
    mon = any(w in (MONTHS[m - 1], MON_ABBR[m - 1], "sept") for w in words)
    if not mon and "%02d" % m not in digits and str(m) not in digits:
        return False
    if need_day and str(d) not in digits:
        return False
    return True


def validate_group(kind, canon, text, case_cards):
    """text = concatenation (space-joined) of all span texts in the group."""
    if kind == "EMAIL":
        v = email_value(text)
        return v == canon and bool(EMAIL_RE.fullmatch(v))
    if kind in ("DOB", "EXPIRY"):
        return date_ok(text, canon, kind == "DOB")
    if kind == "ADDRESS":
        num, street = canon
        pieces = normalise(text)
        digits = "".join(p for p in pieces if p.isdigit())
        low = text.lower()
        return num in digits and street.split()[0].lower() in low and text[0].isalnum()
    v = alnum_value(text)
    if v != canon:
        return False
    if kind == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if kind == "CARD_PART":  # aborted / partial reading of a card in the same case
        return v.isdigit() and any(c.startswith(v) for c in case_cards)
    if kind == "CARD_LAST4":
        return v.isdigit() and len(v) == 4 and any(c.endswith(v) for c in case_cards)
    if kind == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if kind == "SSN":
        return v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9"
    if kind == "NI_NUMBER":
        return bool(NI_RE.fullmatch(v))
    if kind == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if kind == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if kind == "IBAN":
        return iban_ok(v)
    if kind == "PHONE":
        d = v.lstrip("+")
        return d.isdigit() and 9 <= len(d) <= 13 and v.count("+") <= 1
    if kind == "POSTCODE":
        return bool(UKPC_RE.fullmatch(v) or EIR_RE.fullmatch(v) or ZIP_RE.fullmatch(v))
    return False


# ---------------------------------------------------------------- value makers
def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "jcb"])
    if kind == "visa":
        return luhn_complete("4", 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "jcb":
        return luhn_complete("3528", 16)
    return luhn_complete(R.choice(["6759", "6763", "4"]), R.choice([17, 18, 19]))


def card_groups(c):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 16:
        return R.choice([[4, 4, 4, 4], [4, 4, 4, 4], [4, 4, 4, 4], [2, 2, 4, 4, 4], [3, 3, 3, 3, 4],
                         [4, 4, 2, 2, 2, 2]])
    if len(c) == 13:
        return [4, 4, 5]
    return [4, 4, 4, 4, len(c) - 16] if len(c) > 16 else [4, 4, 4, len(c) - 12]


def split_by(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def make_ssn():
    a = R.choice([x for x in range(1, 900) if x != 666])
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_L1) + R.choice(NI_L2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def iban_for(cc, bban):
    r = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    chk = 98 - num % 97
    return cc + "%02d" % chk + bban


def rdig(k):
    return "".join(str(R.randint(0, 9)) for _ in range(k))


def make_iban(spoken=False):
    cc = R.choice(["IE", "IE", "GB", "DE", "NL", "FR", "ES"])
    if cc == "IE":
        return iban_for(cc, R.choice(["AIBK", "IPBS", "ULSB", "BOFI"] if not spoken else ["AIBK", "IPBS", "ULSB"]) + rdig(14))
    if cc == "GB":
        return iban_for(cc, R.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + rdig(14))
    if cc == "DE":
        return iban_for(cc, rdig(18))
    if cc == "NL":
        return iban_for(cc, R.choice(["ABNA", "RABN", "INGB"] if not spoken else ["ABNA", "RABN"]) + rdig(10))
    if cc == "FR":
        return iban_for(cc, rdig(23))
    return iban_for(cc, rdig(20))


EIR_CH = "ACDEFHKNPRTVWXY0123456789"
EIR_KEYS = ["D02", "D04", "D6W", "D08", "D15", "T12", "T23", "H91", "V94", "A65", "X91", "F92", "K78", "A94", "W23", "R95"]


def make_eircode():
    return R.choice(EIR_KEYS) + "".join(R.choice(EIR_CH) for _ in range(4))


UK_OUT = ["SW1A", "M1", "M14", "LS6", "G12", "BT9", "CF10", "B15", "EH3", "NE6", "L17", "BS8", "N16", "E14", "SE15", "CR0", "WA14", "PR2", "NG7", "DN35"]
UK_IN_L = "ABDEFGHJLNPQRSTUWXYZ"


def make_ukpc():
    return R.choice(UK_OUT) + str(R.randint(0, 9)) + R.choice(UK_IN_L) + R.choice(UK_IN_L)


def make_zip():
    z = "%05d" % R.randint(1001, 99950)
    return z + (rdig(4) if R.random() < 0.25 else "")


# ---------------------------------------------------------------- spoken renderers
class Voice:
    def __init__(self):
        self.zero = R.choice(["oh", "oh", "o", "nought", "zero", "nought", "oh"])
        self.mix_zero = R.random() < 0.2
        self.pairs = R.random() < 0.35
        self.hundreds = R.random() < 0.2
        self.doubles = R.random() < 0.75
        self.treble = R.choice(["triple", "treble", "treble"])
        self.filler = R.random() < 0.35

    def z(self):
        if self.mix_zero:
            return R.choice(["oh", "zero", "nought", "o"])
        return self.zero

    def dw(self, ch):
        return self.z() if ch == "0" else UNIT_W[int(ch)]

    def chunk(self, ds):
        # hundreds: 3-digit chunk, nonzero lead, tail not x0 (x>=2) and not 00
        if self.hundreds and len(ds) == 3 and ds[0] != "0" and ds[1:] != "00" and not (ds[1] >= "2" and ds[2] == "0") and R.random() < 0.6:
            tail = ds[1:]
            if tail[0] == "0":
                tw = UNIT_W[int(tail[1])]
            elif tail[0] == "1":
                tw = TEENS_W[tail]
            else:
                tw = TENS_W[tail[0]] + " " + UNIT_W[int(tail[1])]
            return UNIT_W[int(ds[0])] + " hundred and " + tw
        if self.pairs and len(ds) % 2 == 0 and R.random() < 0.7:
            ok = all(p[0] != "0" and (p[0] == "1" or p[1] != "0") for p in split_by(ds, [2] * 10))
            if ok:
                words = []
                for p in split_by(ds, [2] * 10):
                    if p[0] == "1":
                        words.append(TEENS_W[p])
                    else:
                        words.append(TENS_W[p[0]] + R.choice([" ", "-"]) + UNIT_W[int(p[1])])
                return " ".join(words)
        words = []
        i = 0
        while i < len(ds):
            ch = ds[i]
            run = 1
            while i + run < len(ds) and ds[i + run] == ch:
                run += 1
            if self.doubles and run >= 3:
                words.append(self.treble + " " + self.dw(ch))
                i += 3
            elif self.doubles and run == 2:
                words.append("double " + self.dw(ch))
                i += 2
            else:
                words.append(self.dw(ch))
                i += 1
        return " ".join(words)

    def read(self, ds, sizes=None, sep=None, filler_ok=True):
        sizes = sizes or [R.choice([3, 4]) for _ in range(10)]
        parts = split_by(ds, sizes)
        out = []
        for k, p in enumerate(parts):
            if k:
                s = sep if sep is not None else R.choice([", ", " ", " ... ", ", "])
                if filler_ok and self.filler and R.random() < 0.3:
                    s = R.choice([", um, ", " uh ", " erm ", ", er, "])
                out.append(s)
            out.append(self.chunk(p))
        return "".join(out)

    def letters(self, s, nato_p=0.4):
        out = []
        for ch in s:
            if ch.isdigit():
                out.append(self.dw(ch))
            elif R.random() < nato_p and ch.lower() in NATO:
                out.append(ch.lower() + R.choice([" for ", " as in "]) + NATO[ch.lower()])
            else:
                out.append(ch.lower())
        return " ".join(out)


def say_mixed(v, s, nato_p=0.3, sizes=None):
    """Spoken letters+digits value (postcode, NI, IBAN), grouped."""
    groups = split_by(s, sizes) if sizes else [s]
    out = []
    for g in groups:
        seg = []
        i = 0
        while i < len(g):
            ch = g[i]
            if ch.isalpha():
                if i + 1 < len(g) and g[i + 1] == ch and R.random() < 0.5:
                    seg.append("double " + ch.lower())
                    i += 2
                    continue
                if R.random() < nato_p and ch.lower() in NATO:
                    seg.append(ch.lower() + R.choice([" for ", " as in "]) + NATO[ch.lower()])
                else:
                    seg.append(ch.lower())
                i += 1
            else:
                j = i
                while j < len(g) and g[j].isdigit():
                    j += 1
                seg.append(v.chunk(g[i:j]))
                i = j
        out.append(" ".join(seg))
    return R.choice([", ", " ", " ... "]).join(out)


def group_typed(ds, sizes, sep=" "):
    return sep.join(split_by(ds, sizes))


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.groups = {}  # gid -> (kind, canon)
        self.cards = []
        self._gid = 0

    def gid(self, kind, canon):
        self._gid += 1
        self.groups[self._gid] = (kind, canon)
        if kind == "CARD_NUMBER":
            self.cards.append(canon)
        return self._gid

    def t(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self


def V(text, typ, gid):
    return (text, typ, gid)


def render(case, cid):
    turns, spans, span_groups = [], [], []
    for ti, (spk, segs) in enumerate(case.turns):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                st = len(text)
                text += s[0]
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s[1]})
                span_groups.append(s[2])
            else:
                text += s
        turns.append({"speaker": spk, "text": text})
    rec = {"id": cid, "kind": case.kind, "turns": turns, "spans": spans, "note": case.note}
    return rec, span_groups


# ---------------------------------------------------------------- content pools
IND = {
    "banking": ["Thanks for calling Shannonside Credit Union", "You're through to Harbour Bank, how can I help",
                "Northgate Building Society, good morning"],
    "telecom": ["Welcome to Emerald Mobile support", "Thanks for calling Clearline Broadband",
                "Hi, you're chatting with Vantel Mobile"],
    "utilities": ["Thanks for calling Liffey Energy", "Pennine Water customer services",
                  "You're through to Brightgas billing"],
    "retail": ["Hi there, this is Corrib Outdoors online help", "Thanks for contacting Halden & Co",
               "Welcome to Marlow Home orders"],
    "insurance": ["Atlantic Cover claims line, go ahead", "Thanks for calling Keystone Insurance",
                  "Dolmen Motor Insurance, how can I help"],
    "travel": ["Skybridge Airways reservations", "Thanks for calling Celtic Ferries",
               "Roamwell Holidays, you're speaking with Aoife"],
    "healthcare billing": ["Riverside Clinic billing office", "St Brendan's Hospital accounts",
                           "MedPay patient billing, how can I help"],
    "government services": ["Department of Motor Services, caller identification",
                            "Revenue helpline, PAYE section", "Council tax office"],
}
FIRST = ["siobhan", "padraig", "ciara", "niamh", "eoin", "aoife", "declan", "grainne", "tom", "sarah",
         "gareth", "rhiannon", "fiona", "callum", "priya", "marek", "jess", "dave", "orla", "liam"]
LAST = ["kelly", "obrien", "walsh", "murphy", "byrne", "doyle", "mccarthy", "jones", "patel", "smith",
        "nowak", "campbell", "evans", "reilly", "brennan", "taylor", "hughes", "lynch"]
DOMAINS = ["gmail.com", "hotmail.com", "yahoo.co.uk", "eircom.net", "outlook.ie", "btinternet.com",
           "icloud.com", "live.ie", "protonmail.com"]
STREETS_IE = ["Leeson Street", "Main Street", "Castle Avenue", "Church Lane", "Oakfield Road",
              "Bóthar na Trá", "Sandymount Avenue", "Patrick Street", "Shop Street", "Ballymun Road"]
STREETS_UK = ["Station Road", "Victoria Street", "Elm Grove", "Wilmslow Road", "Mill Lane",
              "Kingsway", "Queen's Drive", "Albert Terrace", "Hawthorn Close", "Dale Street"]
STREETS_US = ["Maple Drive", "Park Avenue", "Elm Street", "Sunset Boulevard", "Lakeview Court",
              "Oak Ridge Road", "Cedar Lane"]
TOWNS_IE = ["Dublin 4", "Cork", "Galway", "Limerick", "Sligo", "Navan", "Tralee", "Dublin 6W"]
TOWNS_UK = ["Manchester", "Leeds", "Glasgow", "Belfast", "Cardiff", "Bristol", "Newcastle", "Hull"]
TOWNS_US = ["Boston", "Austin", "Columbus", "Denver", "Portland", "Raleigh"]
ACKS = ["mhm", "go on", "yep", "okay", "right", "uh huh", "grand", "lovely", "yeah", "got that", "keep going"]


def opener(ind=None):
    ind = ind or R.choice(list(IND))
    return ind, R.choice(IND[ind])


def ack():
    return R.choice(ACKS)


def asr(s):
    return s.lower() + R.choice([" ...", ",", " ... right", " ... okay"])


def cap_variants(s):
    return R.choice([s, s.lower(), s.upper()])


# ---------------------------------------------------------------- positive templates
def pos_card_chat():
    ind, op = opener(R.choice(["retail", "travel", "telecom", "utilities"]))
    c = Case("positive", "typed chat: full card number with %s separators")
    card = make_card()
    sep = R.choice([" ", "-", "", " - ", ".", "  "])
    sizes = card_groups(card)
    if R.random() < 0.3:
        sizes = [R.choice([3, 4, 5, 6]) for _ in range(6)]
    val = group_typed(card, sizes, sep)
    c.note = c.note % repr(sep or "no")
    g = c.gid("CARD_NUMBER", card)
    lead = R.choice(["card no: ", "Card number - ", "its ", "ok here: ", "cc# ", "", "long number on the card is ", "the card is "])
    c.t("agent", op + ". To take the payment I'll need the long number on the card please.")
    c.t("customer", lead, V(val, "CARD_NUMBER", g), R.choice(["", " ", " thanks", " (visa)", ". Is that ok?"]))
    if R.random() < 0.5:
        e = "%02d/%s" % (R.randint(1, 12), R.choice(["26", "27", "28", "2029", "30"]))
        m, y = int(e[:2]), int(e[3:]) if len(e[3:]) == 4 else 2000 + int(e[3:])
        ge = c.gid("EXPIRY", (y, m, 1))
        cv = rdig(4 if len(card) == 15 else 3)
        gc = c.gid("CVV", cv)
        c.t("customer", R.choice(["exp ", "expiry ", "Expires "]), V(e, "EXPIRY", ge), R.choice([" cvv ", ", security code ", " / code "]), V(cv, "CVV", gc))
        c.note += " plus expiry and CVV"
    c.t("agent", "Thank you, that's gone through.")
    return c


def pos_card_asr_split():
    ind, op = opener(R.choice(["banking", "utilities", "insurance", "telecom", "healthcare billing"]))
    c = Case("positive", "ASR: card read in groups over several turns with back-channels")
    card = make_card()
    v = Voice()
    g = c.gid("CARD_NUMBER", card)
    parts = split_by(card, card_groups(card))
    c.t("agent", asr(op) + " ... okay so when you're ready the long number across the front of the card")
    # first two groups may be together
    k = R.choice([1, 2])
    c.t("customer", R.choice(["yeah it's ", "okay ", "right so ", "em ", "so it's "]), V(v.read("".join(parts[:k]), [len(p) for p in parts[:k]]), "CARD_NUMBER", g))
    rest = parts[k:]
    while rest:
        c.t("agent", ack())
        k = R.choice([1, 1, 2])
        chunk = rest[:k]
        rest = rest[k:]
        c.t("customer", V(v.read("".join(chunk), [len(p) for p in chunk]), "CARD_NUMBER", g), R.choice(["", "", " and that's it", " ... yeah"]) if not rest else "")
    if R.random() < 0.5:
        rb = c.gid("CARD_NUMBER", card)
        v2 = Voice()
        c.t("agent", "let me read that back ", V(v2.read(card, card_groups(card)), "CARD_NUMBER", rb), " is that right")
        c.t("customer", "that's it yeah")
        c.note += ", agent read-back"
    return c


def pos_card_correction():
    ind, op = opener(R.choice(["retail", "travel", "banking", "government services"]))
    c = Case("positive", "ASR: card reading aborted and restarted (aborted fragment labelled), then last four confirmed")
    card = make_card()
    v = Voice()
    frag = card[:R.choice([3, 4, 5, 6])]
    gp = c.gid("CARD_PART", frag)
    g = c.gid("CARD_NUMBER", card)
    c.t("agent", asr(op) + " and the card number please")
    c.t("customer", "it's ", V(v.read(frag, [4, 4]), "CARD_PART_X", gp),
        R.choice([" ... no sorry that's the old card hang on ", " ... wait, sorry, let me start again ", " hold on I'm reading the wrong one. right. "]),
        V(v.read(card, card_groups(card)), "CARD_NUMBER", g))
    gl = c.gid("CARD_LAST4", card[-4:])
    c.t("agent", "okay so that's the card ending ", V(Voice().read(card[-4:], [4]), "CARD_LAST4_X", gl), " yeah")
    c.t("customer", "yes")
    return c


def pos_card_payment_flow():
    ind, op = opener(R.choice(["utilities", "telecom", "healthcare billing", "insurance", "travel"]))
    c = Case("positive", "ASR payment: card + expiry + security code, fillers inside readings")
    card = make_card()
    v = Voice()
    v.filler = True
    g = c.gid("CARD_NUMBER", card)
    c.t("agent", asr(op) + " so i can take that payment of forty two euro fifty today, card number when you're ready")
    c.t("customer", V(v.read(card, card_groups(card)), "CARD_NUMBER", g))
    m = R.randint(1, 12)
    y = R.randint(2025, 2031)
    ge = c.gid("EXPIRY", (y, m, 1))
    style = R.randint(0, 4)
    if style == 0:
        e = v.dw(("%02d" % m)[0]) + " " + v.dw(("%02d" % m)[1]) + " " + v.chunk(str(y)[2:]) if str(y)[2:][0] != "0" else v.dw(("%02d" % m)[0]) + " " + v.dw(("%02d" % m)[1]) + " " + v.dw(str(y)[2]) + " " + v.dw(str(y)[3])
    elif style == 1:
        e = MONTHS[m - 1] + " " + TENS_W[str(y)[2]] + (" " + UNIT_W[int(str(y)[3])] if str(y)[3] != "0" else "")
    elif style == 2:
        e = MONTHS[m - 1] + " twenty " + TENS_W[str(y)[2]] + (" " + UNIT_W[int(str(y)[3])] if str(y)[3] != "0" else "")
    elif style == 3:
        e = v.dw(("%02d" % m)[0]) + " " + v.dw(("%02d" % m)[1]) + " slash " + v.dw(str(y)[2]) + " " + v.dw(str(y)[3])
    else:
        e = "end of " + MONTHS[m - 1] + " " + "two thousand and " + TENS_W[str(y)[2]] + (" " + UNIT_W[int(str(y)[3])] if str(y)[3] != "0" else "")
    c.t("agent", "and the expiry")
    if e.startswith("end of "):
        c.t("customer", "end of ", V(e[7:], "EXPIRY", ge))
    else:
        c.t("customer", R.choice(["it's ", "", "expires ", "um "]), V(e, "EXPIRY", ge))
    cv = rdig(4 if len(card) == 15 else 3)
    gc = c.gid("CVV", cv)
    c.t("agent", "and the three digits on the back" if len(card) != 15 else "and the four digit code on the front")
    c.t("customer", R.choice(["", "it's ", "that's "]), V(v.read(cv, [4], filler_ok=False), "CVV", gc))
    c.t("agent", "perfect that's processing now")
    return c


def pos_ssn():
    ind, op = opener(R.choice(["banking", "insurance", "healthcare billing", "government services"]))
    c = Case("positive", "US SSN")
    ssn = make_ssn()
    g = c.gid("SSN", ssn)
    mode = R.randint(0, 4)
    if mode == 0:
        val = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"]) % (ssn[:3], ssn[3:5], ssn[5:])
        c.t("agent", op + ". Can you confirm your Social Security number for verification?")
        c.t("customer", R.choice(["SSN: ", "ssn is ", "Sure, ", "social sec # ", "its "]), V(val, "SSN", g))
        c.note = "typed chat: SSN with separators"
    elif mode in (1, 2):
        v = Voice()
        c.t("agent", asr(op) + " and can i get your social security number please")
        c.t("customer", R.choice(["sure it's ", "yeah ", "okay um ", ""]), V(v.read(ssn, [3, 2, 4]), "SSN", g))
        c.note = "ASR: SSN spoken 3-2-4"
        if mode == 2:
            rb = c.gid("SSN", ssn)
            c.t("agent", "thank you i have ", V(Voice().read(ssn, [3, 2, 4]), "SSN", rb))
            c.t("customer", "correct")
            c.note += " with read-back"
    elif mode == 3:
        v = Voice()
        c.t("agent", asr(op) + " i'll need your social to pull up the account")
        c.t("customer", "okay it's ", V(v.read(ssn[:3], [3]), "SSN", g))
        c.t("agent", ack())
        c.t("customer", V(v.read(ssn[3:5], [2]), "SSN", g))
        c.t("agent", ack())
        c.t("customer", V(v.read(ssn[5:], [4]), "SSN", g))
        c.note = "ASR: SSN split over three customer turns"
    else:
        c.t("agent", op + " — please provide your SSN and date of birth.")
        val = "%s-%s-%s" % (ssn[:3], ssn[3:5], ssn[5:])
        y, m, d = R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)
        gd = c.gid("DOB", (y, m, d))
        dob = R.choice(["%02d/%02d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d), "%s %d, %d" % (MONTHS[m - 1].title(), d, y)])
        c.t("customer", "ssn ", V(val, "SSN", g), R.choice([" dob ", ", born ", " / DOB: "]), V(dob, "DOB", gd))
        c.note = "typed: SSN and DOB on one line"
    return c


def pos_ni():
    ind, op = opener(R.choice(["government services", "banking", "insurance", "utilities"]))
    c = Case("positive", "UK NI number")
    ni = make_ni()
    g = c.gid("NI_NUMBER", ni)
    mode = R.randint(0, 4)
    if mode == 0:
        fmt = R.choice(["%s %s %s %s %s", "%s%s%s%s%s", "%s-%s-%s-%s-%s"])
        val = fmt % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
        val = cap_variants(val)
        c.t("agent", op + ". What's your National Insurance number?")
        c.t("customer", R.choice(["NI no: ", "NINO ", "its ", "ni number ", ""]), V(val, "NI_NUMBER", g))
        c.note = "typed: NI number, case/spacing variation"
    elif mode in (1, 2):
        v = Voice()
        spoken = say_mixed(v, ni, nato_p=0.5 if mode == 2 else 0.15, sizes=[2, 2, 2, 2, 1])
        c.t("agent", asr(op) + " can i take your national insurance number")
        c.t("customer", R.choice(["yeah it's ", "it's ", "um ", "hang on ... it's "]), V(spoken, "NI_NUMBER", g))
        c.note = "ASR: NI number spoken" + (" with NATO spelling" if mode == 2 else "")
        if R.random() < 0.5:
            rb = c.gid("NI_NUMBER", ni)
            c.t("agent", "so that's ", V(say_mixed(Voice(), ni, 0.6, [2, 6, 1]), "NI_NUMBER", rb), " yeah")
            c.t("customer", "spot on")
            c.note += ", read-back"
    elif mode == 3:
        v = Voice()
        c.t("agent", asr(op) + " national insurance number please")
        c.t("customer", V(say_mixed(v, ni[:2], 0.6), "NI_NUMBER", g))
        c.t("agent", ack())
        c.t("customer", V(v.read(ni[2:8], R.choice([[2, 2, 2], [3, 3], [6]])), "NI_NUMBER", g))
        c.t("agent", "and the letter at the end")
        c.t("customer", V(say_mixed(v, ni[8], 0.5), "NI_NUMBER", g))
        c.note = "ASR: NI number split over turns, letters then digits then suffix"
    else:
        v = Voice()
        c.t("agent", asr(op) + " your ni number")
        c.t("customer", "it's ", V(say_mixed(v, ni, 0.3, [2, 3, 3, 1]), "NI_NUMBER", g),
            R.choice([" ... i think, it's on my payslip", " and that's a capital letter at the end", ""]))
        c.note = "ASR: NI number read in unusual 2-3-3-1 grouping"
    return c


def pos_sort_account():
    ind, op = opener(R.choice(["banking", "utilities", "insurance", "government services"]))
    c = Case("positive", "UK/IE sort code and account number")
    sc = rdig(6)
    if sc[0] == "0":
        sc = R.choice("1923456789") + sc[1:]
    acct = rdig(8)
    gs = c.gid("SORT_CODE", sc)
    ga = c.gid("BANK_ACCOUNT", acct)
    mode = R.randint(0, 4)
    if mode == 0:
        scv = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:])
        c.t("agent", op + ". Please send the bank details for the direct debit.")
        c.t("customer", R.choice(["sort code ", "S/C: ", "sortcode - ", "Sort "]), V(scv, "SORT_CODE", gs),
            R.choice([" acct no: ", ", account ", " a/c ", "\nAccount number: "]), V(R.choice([acct, acct[:4] + " " + acct[4:]]), "BANK_ACCOUNT", ga))
        c.note = "typed: sort code + account with labels"
    elif mode == 1:
        v = Voice()
        scs = " ".join(v.chunk(p) for p in split_by(sc, [2, 2, 2]))
        c.t("agent", asr(op) + " what's the sort code")
        c.t("customer", R.choice(["it's ", "", "em "]), V(scs, "SORT_CODE", gs))
        c.t("agent", "and the account number")
        c.t("customer", V(v.read(acct, R.choice([[4, 4], [3, 3, 2], [2, 2, 2, 2], [8]])), "BANK_ACCOUNT", ga))
        c.note = "ASR: sort code in pairs, account number"
    elif mode == 2:
        v = Voice()
        v.pairs = True
        c.t("agent", asr(op) + " the sort code and account number for the refund")
        c.t("customer", "sort code ", V(v.read(sc, [2, 2, 2]), "SORT_CODE", gs), " and the account is ", V(v.read(acct, [4, 4]), "BANK_ACCOUNT", ga))
        rb1, rb2 = c.gid("SORT_CODE", sc), c.gid("BANK_ACCOUNT", acct)
        v2 = Voice()
        c.t("agent", "so ", V(v2.read(sc, [2, 2, 2]), "SORT_CODE", rb1), " and ", V(v2.read(acct, [4, 4]), "BANK_ACCOUNT", rb2))
        c.t("customer", "yep")
        c.note = "ASR: sort code + account, agent read-back of both"
    elif mode == 3:
        v = Voice()
        c.t("agent", asr(op) + " account number first")
        c.t("customer", V(v.read(acct[:4], [4]), "BANK_ACCOUNT", ga))
        c.t("agent", ack())
        c.t("customer", V(v.read(acct[4:], [2, 2]), "BANK_ACCOUNT", ga), " ... sorry the dog's going mad")
        c.t("agent", "no bother, and the sort code")
        c.t("customer", V(v.read(sc[:4], [2, 2]), "SORT_CODE", gs), " uh hang on ", V(v.read(sc[4:], [2]), "SORT_CODE", gs))
        c.note = "ASR: account split over turns; aside in the middle of the sort code"
    else:
        acct = rdig(R.choice([10, 11, 12]))
        c.groups[ga] = ("BANK_ACCOUNT", acct)
        c.groups.pop(gs)
        c.t("agent", op + ". For ACH, what's the checking account number?")
        c.t("customer", R.choice(["acct# ", "Account: ", "checking acct no. ", "it is "]), V(R.choice([acct, "-".join(split_by(acct, [4, 4, 4]))]), "BANK_ACCOUNT", ga))
        c.note = "typed: US checking account number"
    return c


def pos_iban():
    ind, op = opener(R.choice(["banking", "travel", "government services", "retail"]))
    c = Case("positive", "IBAN")
    mode = R.randint(0, 3)
    if mode < 2:
        ib = make_iban()
        g = c.gid("IBAN", ib)
        val = " ".join(split_by(ib, [4] * 10)) if R.random() < 0.6 else ib
        val = cap_variants(val) if R.random() < 0.4 else val
        c.t("agent", op + ". Which IBAN should the refund go to?")
        c.t("customer", R.choice(["IBAN: ", "iban ", "It's ", "pls use ", ""]), V(val, "IBAN", g), R.choice(["", " thx", " (my joint acct)"]))
        c.note = "typed: IBAN"
    else:
        ib = make_iban(spoken=True)
        g = c.gid("IBAN", ib)
        v = Voice()
        c.t("agent", asr(op) + " can you read me the iban")
        sizes = [4] * 10
        parts = split_by(ib, sizes)
        c.t("customer", R.choice(["okay it's ", "yeah ", ""]), V(say_mixed(v, "".join(parts[:2]), 0.3, [4, 4]), "IBAN", g))
        rest = parts[2:]
        while rest:
            c.t("agent", ack())
            k = R.choice([1, 2])
            c.t("customer", V(say_mixed(v, "".join(rest[:k]), 0.2, [4, 4]), "IBAN", g))
            rest = rest[k:]
        c.note = "ASR: IBAN spoken across turns"
    return c


def phone_number():
    kind = R.choice(["uk_mob", "uk_mob", "uk_land", "ie_mob", "ie_mob", "ie_land", "us", "uk_mob_intl", "ie_mob_intl", "eu"])
    if kind == "uk_mob":
        d = "07" + R.choice(["700", "911", "825", "403", "976"]) + rdig(6)
        return d, [[5, 3, 3], [5, 6], [4, 3, 4]]
    if kind == "uk_land":
        d = R.choice(["020" + R.choice("78") + rdig(7), "0161" + rdig(7), "0113" + rdig(7), "028" + "90" + rdig(6), "0141" + rdig(7), "01632" + rdig(6)])
        return d, [[3, 4, 4], [4, 3, 4], [5, 6]]
    if kind == "ie_mob":
        d = "08" + R.choice("35679") + rdig(7)
        return d, [[3, 3, 4], [3, 7], [3, 4, 3]]
    if kind == "ie_land":
        d = R.choice(["01" + rdig(7), "021" + rdig(7), "091" + rdig(6), "061" + rdig(6)])
        return d, [[2, 3, 4], [3, 3, 4], [3, 6]]
    if kind == "us":
        d = R.choice(["1", ""]) + R.choice(["212", "415", "617", "512", "303"]) + "555" + rdig(4)
        return d, [[3, 3, 4]] if len(d) == 10 else [[1, 3, 3, 4]]
    if kind == "uk_mob_intl":
        return "+447" + R.choice(["700", "911", "825"]) + rdig(6), [[3, 4, 3, 3], [3, 10]]
    if kind == "ie_mob_intl":
        return "+3538" + R.choice("35679") + rdig(7), [[4, 2, 3, 4], [4, 9]]
    return R.choice(["+49151" + rdig(8), "+336" + rdig(8), "+3462" + rdig(7)]), [[3, 3, 4, 4], [3, 9]]


def pos_phone():
    ind, op = opener(R.choice(["telecom", "utilities", "retail", "travel", "healthcare billing", "insurance"]))
    c = Case("positive", "phone number")
    num, groupings = phone_number()
    g = c.gid("PHONE", num)
    sizes = R.choice(groupings)
    mode = R.randint(0, 3)
    if mode == 0:
        plus = num.startswith("+")
        body = num[1:] if plus else num
        sep = R.choice([" ", "-", "", " "])
        typed = ("+" if plus else "") + sep.join(split_by(body, [s - (1 if (plus and i == 0) else 0) for i, s in enumerate(sizes)]))
        if not plus and len(num) == 10 and num[0] != "0" and R.random() < 0.5:
            typed = "(%s) %s-%s" % (num[:3], num[3:6], num[6:])
            # span starts at the digit inside the bracket
            c.t("agent", op + ". Best contact number?")
            c.t("customer", R.choice(["cell: (", "Tel (", "call me on ("]), V(typed[1:], "PHONE", g), R.choice(["", " anytime after 5", " thx"]))
            c.note = "typed: US number with brackets (span from first digit)"
            return c
        c.t("agent", op + ". Best contact number?")
        c.t("customer", R.choice(["mob: ", "Tel ", "its ", "call me on ", "Mobile no. ", "ph "]), V(typed, "PHONE", g), R.choice(["", " anytime", ", thanks", " (whatsapp too)"]))
        c.note = "typed: phone number"
    else:
        v = Voice()
        if num.startswith("+"):
            cc = {"+44": 3, "+353": 4, "+49": 3, "+33": 3, "+34": 3}
            k = next(len(p) for p in cc if num.startswith(p))
            ccs = "plus " + " ".join(UNIT_W[int(ch)] for ch in num[1:k])
            rest = num[k:]
            spoken = ccs + R.choice([" ", ", "]) + v.read(rest, [3, 3, 4])
        else:
            spoken = v.read(num, sizes)
        c.t("agent", asr(op) + " and what's the best number to get you on")
        if mode == 3 and not num.startswith("+"):
            parts = split_by(num, sizes)
            c.t("customer", "it's ", V(v.read(parts[0], [len(parts[0])]), "PHONE", g))
            c.t("agent", ack())
            c.t("customer", V(v.read("".join(parts[1:]), sizes[1:]), "PHONE", g))
            c.note = "ASR: phone number split over two turns"
        else:
            c.t("customer", R.choice(["it's ", "my mobile is ", "you can get me on ", "the landline is "]), V(spoken, "PHONE", g))
            c.note = "ASR: phone number spoken"
        if mode == 2:
            rb = c.gid("PHONE", num)
            c.t("agent", "so that's ", V(spoken if not num.startswith("+") else spoken, "PHONE", rb), " yeah")
            c.t("customer", "yeah")
            c.note += ", read-back"
    return c


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    sep = R.choice([".", "_", "", "-", "."])
    tail = R.choice(["", "", str(R.randint(70, 99)), str(R.randint(1, 9))])
    local = R.choice([f + sep + l, f[0] + sep + l, f + sep + l + tail, l + f[0] + tail])
    return local + "@" + R.choice(DOMAINS)


def speak_email(e):
    local, dom = e.split("@")
    out = []
    for tok in re.findall(r"[a-z]+|\d+|[._\-]", local):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append(R.choice(["dash", "hyphen"]))
        elif tok.isdigit():
            if len(tok) == 2 and tok[0] != "0" and tok[1] != "0" and tok[0] != "1":
                out.append(TENS_W[tok[0]] + " " + UNIT_W[int(tok[1])])
            else:
                out.append(" ".join(UNIT_W[int(ch)] if ch != "0" else "zero" for ch in tok))
        elif len(tok) == 1:
            out.append(tok + (" for " + NATO[tok] if tok in NATO and R.random() < 0.5 else ""))
        else:
            out.append(tok)
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def pos_email():
    ind, op = opener()
    c = Case("positive", "email address")
    e = make_email()
    g = c.gid("EMAIL", e)
    if R.random() < 0.45:
        typed = R.choice([e, e, e.title() if False else e, e[0].upper() + e[1:]])
        c.t("agent", op + ". What email should we send the confirmation to?")
        c.t("customer", R.choice(["email: ", "it's ", "Email - ", "send to ", ""]), V(typed, "EMAIL", g), R.choice(["", " please", " cheers", ". thanks"]))
        c.note = "typed: email"
    else:
        sp = speak_email(e)
        c.t("agent", asr(op) + " and an email address for you")
        c.t("customer", R.choice(["yeah it's ", "it's ", "okay so ", ""]), V(sp, "EMAIL", g), R.choice(["", " all lower case", " ... no caps"]))
        c.note = "ASR: email spoken with dot/at/underscore"
        if R.random() < 0.4:
            rb = c.gid("EMAIL", e)
            c.t("agent", "so that's ", V(speak_email(e), "EMAIL", rb), "?")
            c.t("customer", "that's it")
            c.note += ", read-back"
    return c


def speak_year(y, v):
    s = str(y)
    if y >= 2000:
        if y < 2010:
            return R.choice(["two thousand and " + UNIT_W[y - 2000] if y > 2000 else "two thousand", "two thousand " + UNIT_W[y - 2000] if y > 2000 else "two thousand"])
        return R.choice(["two thousand and " + (TEENS_W[s[2:]] if s[2] == "1" else TENS_W[s[2]] + (" " + UNIT_W[int(s[3])] if s[3] != "0" else "")), "twenty " + (TEENS_W[s[2:]] if s[2] == "1" else TENS_W[s[2]] + (" " + UNIT_W[int(s[3])] if s[3] != "0" else ""))])
    yy = s[2:]
    tail = TEENS_W[yy] if yy[0] == "1" else (TENS_W[yy[0]] + (" " + UNIT_W[int(yy[1])] if yy[1] != "0" else "") if yy[0] != "0" else v.z() + " " + UNIT_W[int(yy[1])])
    return "nineteen " + tail


def ord_word(d):
    if d in ORD_W:
        return ORD_W[d]
    return TENS_W[str(d)[0]] + " " + ORD_W[d % 10]


def dob_expr(y, m, d, spoken, v):
    if not spoken:
        return R.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                         "%d%s %s %d" % (d, "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"), MON_ABBR[m - 1].title(), y),
                         "%02d.%02d.%02d" % (d, m, y % 100), "%d-%02d-%02d" % (y, m, d)])
    st = R.randint(0, 3)
    if st == 0:
        return "%s of %s %s" % (ord_word(d), MONTHS[m - 1], speak_year(y, v))
    if st == 1:
        return "%s %s %s" % (MONTHS[m - 1], ord_word(d), speak_year(y, v))
    if st == 2:
        return "%s %s %s" % (v.read("%02d" % d, [2]), v.read("%02d" % m, [2]), v.read(str(y)[2:], [2]) if str(y)[2] != "0" else v.dw(str(y)[2]) + " " + v.dw(str(y)[3]))
    return "%s of the %s %s" % (ord_word(d), TENS_W.get(str(m)[0], "") if False else (UNIT_W[m] if m < 10 else TEENS_W[str(m)]), speak_year(y, v))


def pos_dob():
    ind, op = opener(R.choice(["healthcare billing", "insurance", "banking", "government services", "telecom"]))
    c = Case("positive", "date of birth")
    y, m, d = R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28)
    g = c.gid("DOB", (y, m, d))
    spoken = R.random() < 0.6
    v = Voice()
    expr = dob_expr(y, m, d, spoken, v)
    if spoken:
        c.t("agent", asr(op) + " can you confirm your date of birth for me")
        c.t("customer", R.choice(["it's the ", "yeah the ", "", "um it's "]) if expr.split()[0] not in MONTHS else R.choice(["", "it's "]), V(expr, "DOB", g))
        c.note = "ASR: DOB spoken"
        if R.random() < 0.35:
            rb = c.gid("DOB", (y, m, d))
            c.t("agent", "lovely so ", V("%s of %s %s" % (ord_word(d), MONTHS[m - 1], speak_year(y, v)), "DOB", rb), " and the first line of the address")
            c.note += ", read-back"
    else:
        c.t("agent", op + ". For security, your date of birth please.")
        c.t("customer", R.choice(["DOB: ", "dob ", "born ", "D.O.B. ", ""]), V(expr, "DOB", g))
        c.note = "typed: DOB"
    return c


def pos_postcode_address():
    ind, op = opener()
    c = Case("positive", "address and postcode")
    country = R.choice(["IE", "IE", "UK", "UK", "US"])
    num = str(R.randint(1, 240))
    flat = R.random() < 0.25
    if country == "IE":
        street, town, pc = R.choice(STREETS_IE), R.choice(TOWNS_IE), make_eircode()
    elif country == "UK":
        street, town, pc = R.choice(STREETS_UK), R.choice(TOWNS_UK), make_ukpc()
    else:
        street, town, pc = R.choice(STREETS_US), R.choice(TOWNS_US), make_zip()
    ga = c.gid("ADDRESS", (num, street))
    gp = c.gid("POSTCODE", pc)
    spoken = R.random() < 0.55
    if not spoken:
        fl = ("Flat %d, " % R.randint(1, 12) if country != "US" else "Apt %d, " % R.randint(1, 30)) if flat else ""
        addr = fl + num + " " + street
        if country == "UK":
            pcs = R.choice([pc[:-3] + " " + pc[-3:], pc, pc.lower(), pc[:-3] + " " + pc[-3:].lower()])
        elif country == "IE":
            pcs = R.choice([pc[:3] + " " + pc[3:], pc, (pc[:3] + " " + pc[3:]).lower()])
        else:
            pcs = pc if len(pc) == 5 else pc[:5] + "-" + pc[5:]
        c.t("agent", op + ". What's the delivery address?")
        c.t("customer", R.choice(["", "Address: ", "its ", "deliver to "]), V(addr, "ADDRESS", ga), ", " + town + R.choice([", ", " ", "\n"]), V(pcs, "POSTCODE", gp))
        c.note = "typed: %s address + %s" % (country, {"IE": "Eircode", "UK": "postcode", "US": "ZIP"}[country])
    else:
        v = Voice()
        n = int(num)
        if n < 10:
            nw = UNIT_W[n]
        elif n < 20:
            nw = TEENS_W[num]
        elif n < 100:
            nw = TENS_W[num[0]] + (" " + UNIT_W[int(num[1])] if num[1] != "0" else "")
        else:
            nw = v.read(num, [3])
        fl = ("flat " + UNIT_W[R.randint(1, 9)] + " ") if flat else ""
        addr = fl + nw + " " + street.lower()
        if country == "US":
            pcs = v.read(pc, [5, 4])
        elif country == "IE":
            pcs = say_mixed(v, pc, 0.3, [3, 4])
        else:
            pcs = say_mixed(v, pc, 0.25, [len(pc) - 3, 3])
        c.t("agent", asr(op) + " and the address")
        c.t("customer", V(addr, "ADDRESS", ga), R.choice([", ", " ", " in "]) + town.lower())
        c.t("agent", "and the " + {"IE": "eircode", "UK": "postcode", "US": "zip code"}[country])
        c.t("customer", R.choice(["it's ", "", "uh ", "yeah "]), V(pcs, "POSTCODE", gp))
        c.note = "ASR: %s address + spoken %s" % (country, {"IE": "Eircode", "UK": "postcode", "US": "ZIP"}[country])
    return c


def pos_id_combo():
    ind, op = opener(R.choice(["banking", "telecom", "insurance", "healthcare billing", "utilities"]))
    c = Case("positive", "ASR: ID&V combo: DOB, postcode, phone, with agent back-channels")
    v = Voice()
    y, m, d = R.randint(1945, 2004), R.randint(1, 12), R.randint(1, 28)
    gd = c.gid("DOB", (y, m, d))
    pc = R.choice([make_eircode(), make_ukpc()])
    gp = c.gid("POSTCODE", pc)
    num, groupings = phone_number()
    while num.startswith("+"):
        num, groupings = phone_number()
    gph = c.gid("PHONE", num)
    c.t("agent", asr(op) + " before i go into the account i just need to ask a few security questions, date of birth first")
    c.t("customer", V(dob_expr(y, m, d, True, v), "DOB", gd))
    c.t("agent", "thank you and the postcode")
    c.t("customer", V(say_mixed(v, pc, 0.2, [3, len(pc) - 3]), "POSTCODE", gp))
    c.t("agent", "and the phone number on the account")
    c.t("customer", "that'd be ", V(v.read(num, R.choice(groupings)), "PHONE", gph), R.choice(["", " ... or it might be the old one", ""]))
    c.t("agent", "perfect you're through security")
    return c


def pos_chat_multi():
    ind, op = opener()
    c = Case("positive", "typed email/ticket body with several PII items")
    e = make_email()
    ge = c.gid("EMAIL", e)
    num, _ = phone_number()
    gp = c.gid("PHONE", num)
    card = make_card()
    gc = c.gid("CARD_NUMBER", card)
    c.t("customer", "Hi, re my order #%d - I was double charged. card used was " % R.randint(100000, 999999),
        V(" ".join(split_by(card, card_groups(card))), "CARD_NUMBER", gc),
        ". pls refund. Reply to ", V(e, "EMAIL", ge), " or ring ", V(num, "PHONE", gp), " after 6pm. Thanks")
    c.t("agent", op + " — sorry about that, I've raised a refund and you'll see it in 3-5 working days.")
    return c


def pos_ni_typo():
    ind, op = opener("government services")
    c = Case("positive", "typed: NI number with stray separators, and phone with odd grouping")
    ni = make_ni()
    g = c.gid("NI_NUMBER", ni)
    val = R.choice([ni[:2] + " " + ni[2:8] + " " + ni[8], ni[:2].lower() + ni[2:5] + " " + ni[5:], ni[:2] + "-" + ni[2:8] + "-" + ni[8], ni[:3] + " " + ni[3:6] + " " + ni[6:]])
    num, _ = phone_number()
    while num.startswith("+"):
        num, _ = phone_number()
    gp = c.gid("PHONE", num)
    odd = " ".join(split_by(num, [R.choice([2, 3, 4, 5]) for _ in range(6)]))
    c.t("agent", op + ". Could you give me your National Insurance number and a contact number?")
    c.t("customer", "nat ins: ", V(val, "NI_NUMBER", g), "   tel ", V(odd, "PHONE", gp))
    return c


POS_TEMPLATES = [
    (pos_card_chat, 30), (pos_card_asr_split, 26), (pos_card_correction, 8), (pos_card_payment_flow, 14),
    (pos_ssn, 30), (pos_ni, 26), (pos_ni_typo, 5), (pos_sort_account, 16), (pos_iban, 12), (pos_phone, 18),
    (pos_email, 14), (pos_dob, 12), (pos_postcode_address, 18), (pos_id_combo, 8), (pos_chat_multi, 6),
]


# ---------------------------------------------------------------- negative templates
def neg_order_like_card():
    ind, op = opener(R.choice(["retail", "telecom", "travel"]))
    c = Case("negative", "16-digit Luhn-valid order number read like a card, explicitly labelled as order number")
    n = luhn_complete(R.choice(["4", "5"]), 16)
    v = Voice()
    lab = R.choice(["order number", "order reference", "booking reference"])
    c.t("agent", asr(op) + " have you got the " + lab + " there")
    c.t("customer", "yeah the " + lab + " is " + v.read(n, [4, 4, 4, 4]))
    c.t("agent", "lovely i can see that " + R.choice(["order", "booking"]) + " now")
    return c


def neg_last4():
    ind, op = opener(R.choice(["banking", "retail", "utilities"]))
    c = Case("negative", "card last-four mentions only")
    l4 = rdig(4)
    v = Voice()
    c.t("agent", asr(op) + " which card would you like to use")
    c.t("customer", R.choice(["the one ending ", "the visa ending in ", "use the card that ends ", "the debit card, last four "]) + R.choice([l4, v.read(l4, [4])]))
    c.t("agent", "okay the card ending " + v.read(l4, [2, 2]) + " is selected")
    return c


def neg_amounts():
    ind, op = opener(R.choice(["utilities", "banking", "telecom", "healthcare billing"]))
    c = Case("negative", "balances, amounts, percentages, dates of payment")
    a = R.randint(100, 9999)
    c.t("agent", op + ". Your balance is £%d.%02d and the next payment of €%d.%02d comes out on the %s of %s." % (
        a, R.randint(0, 99), R.randint(10, 300), R.randint(0, 99), ord_word(R.randint(1, 28)), MONTHS[R.randint(0, 11)].title()))
    c.t("customer", "ok and what's the interest rate? it said %d.%d%% on the letter from %d" % (R.randint(1, 30), R.randint(0, 9), R.randint(2015, 2025)))
    c.t("agent", "It's %d.%d%% APR, and you've %d payments left." % (R.randint(1, 30), R.randint(0, 9), R.randint(2, 48)))
    return c


def neg_spoken_amount():
    ind, op = opener(R.choice(["utilities", "telecom", "insurance"]))
    c = Case("negative", "ASR: amounts and counts spoken in words")
    c.t("agent", asr(op) + " so the bill comes to " + R.choice(["one hundred and forty two euro sixty", "three hundred and twelve pounds and eight pence", "two thousand and forty dollars"]))
    c.t("customer", "what? it was only " + R.choice(["eighty nine ninety nine", "forty one eleven", "sixty two fifty"]) + " last month")
    c.t("agent", "yeah there's " + R.choice(["three", "four", "twelve"]) + " months of arrears on it at " + R.choice(["twenty", "thirty five", "eleven"]) + " euro each")
    return c


def neg_meter():
    ind, op = opener("utilities")
    c = Case("negative", "meter reading and meter serial number (not PII)")
    v = Voice()
    r = rdig(R.choice([5, 6]))
    s = rdig(R.choice([8, 10, 11]))
    c.t("agent", asr(op) + " can you read me the numbers on the meter, the black ones")
    c.t("customer", "okay it's " + v.read(r, [len(r)]) + " and then red ones i ignore yeah")
    c.t("agent", "that's right and the meter serial number underneath")
    c.t("customer", "serial is " + v.read(s, [4, 4, 3]))
    c.t("agent", "thanks the reading of " + r + " is logged")
    return c


def neg_travel():
    ind, op = opener("travel")
    c = Case("negative", "flight, gate, seat, booking ref, times, durations")
    fl = R.choice(["EI", "FR", "BA", "UA", "LH"]) + str(R.randint(100, 9999))
    ref = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    c.t("agent", op + ". Your booking reference is %s, flight %s departs at %02d:%02d from gate %d%s, seat %d%s." % (
        ref, fl, R.randint(5, 22), R.choice([0, 15, 30, 45, 5, 50]), R.randint(1, 140), R.choice(["", "A", "B"]), R.randint(1, 38), R.choice("ABCDEF")))
    c.t("customer", "and how long is the layover? the app says %d hours %d minutes" % (R.randint(1, 9), R.randint(1, 59)))
    c.t("agent", "That's right, and it's %d degrees in %s today." % (R.randint(-3, 34), R.choice(["Boston", "Dublin", "Madrid", "Berlin"])))
    return c


def neg_travel_asr():
    ind, op = opener("travel")
    c = Case("negative", "ASR: booking ref spelt with NATO, flight and room numbers")
    ref = "".join(R.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(6))
    v = Voice()
    c.t("agent", asr(op) + " what's the booking reference")
    c.t("customer", "booking reference is " + v.letters(ref, 0.6))
    c.t("agent", "got it, flight " + R.choice(["e i", "b a", "f r"]) + " " + v.read(rdig(3), [3]) + " and you're in room " + R.choice(["four hundred and twelve", "two oh eight", "eleven forty", "three hundred and three"]))
    return c


def neg_references():
    ind, op = opener()
    c = Case("negative", "long labelled reference/ticket/claim/invoice/policy numbers (typed)")
    lab = R.choice(["Ticket", "Claim ref", "Invoice no.", "Policy number", "Case ID", "Tracking", "Ref", "Account reference (customer no.)"])
    val = R.choice([rdig(12), rdig(16), "INV-%d-%06d" % (R.randint(2019, 2025), R.randint(1, 999999)), "POL" + rdig(9),
                    "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)), "CLM-" + rdig(4) + "-" + rdig(4) + "-" + rdig(4),
                    " ".join(split_by(rdig(16), [4, 4, 4, 4]))])
    c.t("customer", "Hi, chasing this up. %s: %s. Been waiting %d days." % (lab, val, R.randint(2, 40)))
    c.t("agent", op + ". I've found %s %s, it's with the team and should be resolved within %d working days." % (lab.lower(), val, R.randint(2, 10)))
    return c


def neg_references_asr():
    ind, op = opener(R.choice(["insurance", "telecom", "government services", "healthcare billing"]))
    c = Case("negative", "ASR: labelled claim/policy/case number read digit by digit, split with back-channels")
    v = Voice()
    lab = R.choice(["claim number", "policy number", "case number", "ticket number", "reference number", "customer number", "invoice number"])
    n = rdig(R.choice([9, 10, 11, 12, 16]))
    parts = split_by(n, [4, 4, 4, 4])
    c.t("agent", asr(op) + " do you have the " + lab)
    c.t("customer", "yeah the " + lab + " is " + v.read(parts[0], [4]))
    for p in parts[1:]:
        c.t("agent", ack())
        c.t("customer", v.read(p, [len(p)]))
    c.t("agent", "thanks that " + lab.split()[0] + " is on file")
    return c


def neg_hours():
    ind, op = opener()
    c = Case("negative", "opening hours, times, durations, ages, years")
    c.t("customer", R.choice(["what time are you open til", "are you open on sunday", "when does the branch open"]))
    c.t("agent", asr(op) + " we're open " + R.choice(["eight till eight monday to friday", "nine to five thirty weekdays and ten till four on saturdays", "twenty four seven on the phone lines"]))
    c.t("customer", "my mam is " + R.choice(["eighty seven", "ninety one", "seventy four"]) + " and she's been a customer since " + R.choice(["nineteen seventy two", "nineteen eighty eight", "two thousand and one"]))
    c.t("agent", "the wait is about " + R.choice(["forty five minutes", "twenty minutes", "an hour and a half"]) + " right now sorry")
    return c


def neg_roads():
    ind, op = opener(R.choice(["insurance", "utilities", "retail"]))
    c = Case("negative", "road names, junctions and town names without house numbers")
    c.t("customer", "the accident was on the %s near junction %d, heading towards %s" % (R.choice(["M50", "N7", "M62", "A40", "I-95", "Route 66"]), R.randint(1, 30), R.choice(TOWNS_UK + TOWNS_IE)))
    c.t("agent", asr(op) + " okay and was that before or after the " + R.choice(["main street", "station road", "leeson street"]) + " exit")
    c.t("customer", "after, by the big roundabout at the " + R.choice(["church", "shopping centre", "garda station"]))
    return c


def neg_appointment():
    ind, op = opener("healthcare billing")
    c = Case("negative", "appointment dates and times, not DOB")
    dd, mm = R.randint(1, 28), R.randint(1, 12)
    c.t("agent", asr(op) + " your appointment is on the %s of %s at %s" % (ord_word(dd), MONTHS[mm - 1], R.choice(["half ten", "two fifteen", "nine o'clock", "quarter to four"])))
    c.t("customer", "can i move it to the %s? i'm away from %d/%d to %d/%d" % (ord_word(R.randint(1, 28)), R.randint(1, 28), mm, R.randint(1, 28), mm))
    c.t("agent", "yes the %s at %d:%02d is free, contract renews %d" % (ord_word(R.randint(1, 28)), R.randint(8, 17), R.choice([0, 15, 30, 45]), R.randint(2025, 2030)))
    return c


def neg_model_serial():
    ind, op = opener(R.choice(["retail", "telecom"]))
    c = Case("negative", "model and serial/IMEI-like numbers with labels")
    imei = luhn_complete("35", 15)
    c.t("customer", "my phone's not working. model %s, serial %s" % (R.choice(["SM-G991B", "A2643", "GX-4400", "XR-20"]), "".join(R.choice("ABCDEFGHJKLMNPQRSTVWXYZ0123456789") for _ in range(11))))
    c.t("agent", op + " — can you send me the IMEI? Dial *#06#.")
    c.t("customer", "IMEI %s" % R.choice([imei, " ".join(split_by(imei, [2, 6, 6, 1]))]))
    return c


def neg_temp_percent():
    ind, op = opener(R.choice(["utilities", "telecom"]))
    c = Case("negative", "temperatures, percentages, speeds, data allowances")
    c.t("customer", "the heating's set to %d degrees but it's only reading %d" % (R.randint(18, 24), R.randint(9, 16)))
    c.t("agent", "and your boiler pressure, is it above %d.%d bar? also your usage is up %d%% on last year" % (R.randint(1, 2), R.randint(0, 9), R.randint(2, 60)))
    c.t("customer", "i'm on the %d meg plan and getting %d, with %d gig left" % (R.choice([150, 500, 1000]), R.randint(5, 90), R.randint(1, 80)))
    return c


def neg_counter_sortcode_like():
    ind, op = opener("banking")
    c = Case("negative", "six-digit and eight-digit numbers that are branch/transaction/OTP codes, not sort codes or accounts")
    v = Voice()
    c.t("agent", asr(op) + " i've just sent a one time passcode to your phone can you read it out")
    c.t("customer", "it's " + v.read(rdig(6), [3, 3]))
    c.t("agent", "thanks, and the transaction id on the statement")
    c.t("customer", "transaction id " + v.read(rdig(8), [4, 4]) + " for " + R.choice(["twelve ninety nine", "forty euro", "sixty five pound"]))
    return c


def neg_uk_ie_ish():
    ind, op = opener(R.choice(["government services", "utilities", "telecom"]))
    c = Case("negative", "ASR: labelled supply-point (MPRN-like) number, vehicle registration and work extension; none are PII")
    v = Voice()
    reg = "%d-%s-%d" % (R.choice([142, 191, 221, 232, 241]), R.choice(["D", "C", "G", "KY", "WW"]), R.randint(1, 99999))
    c.t("agent", asr(op) + " what's the supply point number on the bill, it starts with ten")
    c.t("customer", "ten " + v.read(rdig(9), [3, 3, 3]))
    c.t("agent", "thanks and the car reg for the parking permit")
    c.t("customer", reg + " ... and if you need me again my extension in work is " + v.read(rdig(4), [4]))
    return c


def neg_year_counts():
    ind, op = opener()
    c = Case("negative", "typed: years, quantities, prices with long digits")
    c.t("customer", "I ordered %d units at $%d.%02d each in %d, total $%s" % (R.randint(2, 500), R.randint(1, 999), R.randint(0, 99), R.randint(2010, 2025), "{:,}.{:02d}".format(R.randint(1000, 999999), R.randint(0, 99))))
    c.t("agent", op + ". I can see the order from %s %d, shipped in %d boxes weighing %d kg." % (MONTHS[R.randint(0, 11)].title(), R.randint(2019, 2025), R.randint(1, 9), R.randint(2, 90)))
    return c


NEG_TEMPLATES = [
    (neg_order_like_card, 10), (neg_last4, 10), (neg_amounts, 8), (neg_spoken_amount, 6), (neg_meter, 8),
    (neg_travel, 6), (neg_travel_asr, 5), (neg_references, 12), (neg_references_asr, 12), (neg_hours, 5),
    (neg_roads, 6), (neg_appointment, 6), (neg_model_serial, 5), (neg_temp_percent, 4),
    (neg_counter_sortcode_like, 6), (neg_uk_ie_ish, 5), (neg_year_counts, 4),
]


# ---------------------------------------------------------------- build + check
LABEL_TYPE = {"CARD_PART_X": "CARD_NUMBER", "CARD_LAST4_X": "CARD_NUMBER"}


def build():
    R.seed(376241125)
    records, meta = [], []
    pi = ni = 0
    for tmpl, k in POS_TEMPLATES:
        for _ in range(k):
            pi += 1
            c = tmpl()
            rec, sg = render(c, "h376-pos-%03d" % pi)
            for s in rec["spans"]:
                s["type"] = LABEL_TYPE.get(s["type"], s["type"])
            records.append(rec)
            meta.append((c, sg))
    for tmpl, k in NEG_TEMPLATES:
        for _ in range(k):
            ni += 1
            c = tmpl()
            rec, sg = render(c, "h376-neg-%03d" % ni)
            records.append(rec)
            meta.append((c, sg))
    # shuffle order deterministically so types are interleaved
    order = list(range(len(records)))
    R.shuffle(order)
    records = [records[i] for i in order]
    meta = [meta[i] for i in order]
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)
    return text, records, meta


def is_wordchar(ch):
    return ch.isalnum()


def check(text, records, meta):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    types = {"CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE",
             "EMAIL", "DOB", "POSTCODE", "ADDRESS"}
    for rec, (case, sg) in zip(records, meta):
        cid = rec["id"]
        if rec["kind"] == "negative" and rec["spans"]:
            errs.append(cid + ": negative with spans")
        if rec["kind"] == "positive" and not rec["spans"]:
            errs.append(cid + ": positive without spans")
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        by_turn = {}
        for s in rec["spans"]:
            if s["type"] not in types:
                errs.append(cid + ": bad type " + s["type"])
            txt = rec["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append(cid + ": offsets out of range")
                continue
            first_ok = is_wordchar(txt[a]) or (txt[a] == "+" and b > a + 1 and txt[a + 1].isdigit())
            if not first_ok or not is_wordchar(txt[b - 1]):
                errs.append("%s: span not trimmed %r" % (cid, txt[a:b]))
            if a > 0 and is_wordchar(txt[a - 1]):
                errs.append("%s: span starts mid-word %r" % (cid, txt[a:b]))
            if b < len(txt) and is_wordchar(txt[b]):
                errs.append("%s: span ends mid-word %r" % (cid, txt[a:b]))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(cid + ": overlapping spans")
        # validate each value group
        texts = {}
        for s, g in zip(rec["spans"], sg):
            texts.setdefault(g, []).append(rec["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for g, (kind, canon) in case.groups.items():
            if g not in texts:
                errs.append("%s: group %s (%s) has no span" % (cid, g, kind))
                continue
            joined = " ".join(texts[g])
            if not validate_group(kind, canon, joined, case.cards):
                errs.append("%s: %s value failed validation: %r (expected %r)" % (cid, kind, joined, canon))
    return errs


def counts(records):
    by = {}
    for r in records:
        for s in r["spans"]:
            by[s["type"]] = by.get(s["type"], 0) + 1
    pos = sum(r["kind"] == "positive" for r in records)
    neg = sum(r["kind"] == "negative" for r in records)
    return pos, neg, by


def main():
    text, records, meta = build()
    if "--check" in sys.argv:
        errs = check(text, records, meta)
        pos, neg, by = counts(records)
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE",
                  "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            if by.get(t, 0) < need.get(t, 10):
                errs.append("too few %s spans: %d" % (t, by.get(t, 0)))
        if pos < 200 or neg < 100:
            errs.append("too few cases: %d pos %d neg" % (pos, neg))
        for e in errs[:60]:
            print("ERROR", e)
        print("positives=%d negatives=%d spans=%s" % (pos, neg, json.dumps(dict(sorted(by.items())))))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    pos, neg, by = counts(records)
    print("wrote %s: %d positive, %d negative" % (OUT, pos, neg))
    print(json.dumps(dict(sorted(by.items()))))


if __name__ == "__main__":
    main()

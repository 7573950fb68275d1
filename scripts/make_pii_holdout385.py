#!/usr/bin/env python3
"""Generate the pii_holdout385 held-out PII evaluation set.

Standard library only.  One RNG: random.Random(385241125).
Usage:
    python scripts/make_pii_holdout385.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout385.py --check  # regenerate, compare bytes, validate
"""
import json
import os
import re
import sys
import random
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout385")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- case builder

class V:
    """A labelled value segment.  group=None marks a fragment (aborted/misread part)."""
    def __init__(self, text, typ, group=None):
        self.text, self.typ, self.group = text, typ, group


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []      # list of (speaker, [parts])
        self.canon = {}      # group -> canonical value

    def t(self, speaker, *parts):
        self.turns.append((speaker, list(parts)))

    def build(self, cid):
        turns, spans, meta = [], [], []
        for ti, (spk, parts) in enumerate(self.turns):
            text = ""
            for p in parts:
                if isinstance(p, str):
                    text += p
                else:
                    s = len(text)
                    text += p.text
                    spans.append({"turn": ti, "start": s, "end": len(text), "type": p.typ})
                    meta.append(p.group)
            turns.append({"speaker": spk, "text": text})
        if self.kind == "negative":
            assert not spans, cid
        rec = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return rec, meta, dict(self.canon)


# ---------------------------------------------------------------- value generators

def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(rng, kind=None):
    kind = kind or rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    pre, n = {"visa": ("4", 16), "visa13": ("4", 13), "mc": (rng.choice(["51", "52", "53", "54", "55"]), 16),
              "mc2": ("2221", 16), "amex": (rng.choice(["34", "37"]), 15), "disc": ("6011", 16),
              "maestro19": ("6759", 19)}[kind]
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def not_luhn(rng, n=16):
    while True:
        s = rng.choice("3456") + "".join(rng.choice("0123456789") for _ in range(n - 1))
        if not luhn_ok(s):
            return s


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    s = iban[4:] + iban[:4]
    return len(iban) >= 15 and int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def make_iban(rng):
    c = rng.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    d = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
    bban = {"GB": lambda: rng.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + d(14),
            "IE": lambda: rng.choice(["AIBK", "IPBS"]) + d(14),
            "DE": lambda: d(18), "FR": lambda: d(23),
            "NL": lambda: rng.choice(["ABNA", "INGB", "RABW"]) + d(10), "ES": lambda: d(20)}[c]()
    return c + iban_check(c, bban) + bban


def group_str(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def card_groups(card):
    n = len(card)
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 4, 5]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


# ---------------------------------------------------------------- spoken renderings

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = [None, None, "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ASR_SWAP = {"two": ["to", "too"], "four": ["for"], "eight": ["ate"], "three": ["tree"]}
FILLERS = ["um", "uh", "erm", "er", "uhh", "umm", "hmm", "ah"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "R": "romeo", "S": "sierra", "T": "tango", "W": "whiskey",
        "X": "x-ray", "Y": "yankee", "Z": "zulu", "Q": "quebec", "U": "uniform", "V": "victor",
        "I": "india", "O": "oscar"}
NONSTD = {"A": "apple", "B": "bertie", "C": "charlie", "D": "david", "E": "edward", "H": "harry",
          "J": "john", "K": "king", "L": "london", "M": "mother", "N": "nellie", "P": "peter",
          "R": "robert", "S": "sugar", "T": "tommy", "W": "william", "Y": "yellow", "Z": "zebra",
          "G": "george", "X": "xmas"}


class Voice:
    """Per-speaker speaking habits."""
    def __init__(self, rng, asr=True):
        self.rng = rng
        self.zero = rng.choice(["oh", "oh", "zero", "o", "nought", "zero"])
        self.mult = rng.random() < 0.55
        self.asr = asr and rng.random() < 0.35
        self.pairs = rng.random() < 0.3

    def unit(self, d):
        w = self.zero if d == "0" else UNITS[int(d)]
        if self.asr and w in ASR_SWAP and self.rng.random() < 0.25:
            w = self.rng.choice(ASR_SWAP[w])
        return w

    def digits(self, s):
        out, i = [], 0
        while i < len(s):
            d, run = s[i], 1
            while i + run < len(s) and s[i + run] == d:
                run += 1
            if self.mult and run >= 3 and self.rng.random() < 0.6:
                out.append("triple " + (self.zero if d == "0" else UNITS[int(d)]))
                i += 3
                continue
            if self.mult and run >= 2 and self.rng.random() < 0.75:
                out.append("double " + (self.zero if d == "0" else UNITS[int(d)]))
                i += 2
                continue
            out.append(self.unit(d))
            i += 1
        return " ".join(out)

    def pair(self, s):
        if s[0] == "0":
            return self.zero + " " + UNITS[int(s[1])]
        if s[0] == "1":
            return TEENS[int(s[1])]
        return TENS[int(s[0])] + ("" if s[1] == "0" else " " + UNITS[int(s[1])])

    def chunk(self, s, style=None):
        """Say a digit chunk in some natural style."""
        r = self.rng.random()
        if any(s[i] >= "2" and s[i + 1] == "0" for i in range(len(s) - 1)):
            style = "d"   # avoid 'seventy' + 'four' ambiguity
        style = style if style else ("p" if self.pairs and r < 0.7 else ("d" if r < 0.8 else self.rng.choice("phcd")))
        if style == "p" and len(s) % 2 == 0:
            return " ".join(self.pair(s[i:i + 2]) for i in range(0, len(s), 2))
        if style == "h" and len(s) == 3 and s[0] != "0" and s[1:] != "00":
            tail = UNITS[int(s[2])] if s[1] == "0" else self.pair(s[1:])
            return UNITS[int(s[0])] + " hundred and " + tail
        if style == "c" and len(s) == 3 and s[0] != "0" and s[1] != "0":
            return UNITS[int(s[0])] + " " + self.pair(s[1:])       # "four fifty three"
        if style == "c" and len(s) == 4 and s[0] != "0" and s[2] != "0":
            return self.pair(s[:2]) + " " + self.pair(s[2:])       # "forty five thirty nine"
        return self.digits(s)

    def filler(self):
        return self.rng.choice(FILLERS)

    def read(self, s, sizes, sep=", ", fill=0.0, style=None):
        chunks = split_sizes(s, sizes)
        out = []
        for i, ch in enumerate(chunks):
            if i and self.rng.random() < fill:
                out.append(" " + self.filler() + " ")
            elif i:
                out.append(sep)
            out.append(self.chunk(ch, style))
        return "".join(out)

    def letters(self, s, mode):
        out = []
        for ch in s:
            if ch.isdigit():
                out.append(self.unit(ch))
            elif mode == "plain":
                out.append(ch.lower())
            elif mode == "nato":
                out.append(NATO[ch])
            elif mode == "for":
                out.append(ch.lower() + " for " + NATO[ch])
            elif mode == "asin":
                out.append(ch.lower() + " as in " + NONSTD.get(ch, NATO[ch]))
            else:
                out.append(ch.lower() + " for " + NONSTD.get(ch, NATO[ch]))
        return " ".join(out)


def split_sizes(s, sizes):
    out, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return out


# ---------------------------------------------------------------- spoken-form normaliser (used by --check)

W2D = {w: str(i) for i, w in enumerate(UNITS)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "to": "2", "too": "2", "tree": "3",
            "ate": "8", "for": "4"})
T2D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2D = {w: str(i) for i, w in enumerate(TENS) if w}
NATO2L = {v: k for k, v in NATO.items()}
NATO2L.update({"xray": "X"})
IGNORE = set(FILLERS) | {"sorry", "wait", "plus", "and", "dash"}


def spoken_to_alnum(text):
    toks = re.findall(r"[a-z]+|\d+", text.lower().replace("x-ray", "xray"))
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        prev = toks[i - 1] if i else None
        if t.isdigit():
            out.append(t); i += 1; continue
        if t == "for" and prev and len(prev) == 1 and prev.isalpha() and prev != "o" and nxt and nxt not in W2D:
            i += 2; continue
        if t == "as" and nxt == "in":
            i += 3; continue
        if t in ("double", "triple"):
            out.append(W2D[nxt] * (2 if t == "double" else 3)); i += 2; continue
        if t in W2D:
            if nxt == "hundred":
                out.append(W2D[t]); i += 2
                if i < len(toks) and toks[i] == "and":
                    i += 1
                    u = toks[i]
                    if u in W2D:
                        out.append("0" + W2D[u]); i += 1
                    elif u in T2D:
                        out.append(T2D[u]); i += 1
                    elif u in TENS2D:
                        nx2 = toks[i + 1] if i + 1 < len(toks) else None
                        if nx2 in W2D and W2D[nx2] != "0":
                            out.append(TENS2D[u] + W2D[nx2]); i += 2
                        else:
                            out.append(TENS2D[u] + "0"); i += 1
                    else:
                        raise ValueError("bad hundred in %r" % text)
                else:
                    out.append("00")
                continue
            out.append(W2D[t]); i += 1; continue
        if t in T2D:
            out.append(T2D[t]); i += 1; continue
        if t in TENS2D:
            if nxt in W2D and W2D[nxt] != "0" and nxt not in ("o", "oh"):
                out.append(TENS2D[t] + W2D[nxt]); i += 2
            else:
                out.append(TENS2D[t] + "0"); i += 1
            continue
        if t in NATO2L:
            out.append(NATO2L[t]); i += 1; continue
        if t in IGNORE:
            i += 1; continue
        if len(t) <= 4:
            out.append(t.upper()); i += 1; continue
        raise ValueError("unknown token %r in %r" % (t, text))
    return "".join(out).upper()


def spoken_email(text):
    s = " " + text.lower() + " "
    for a, b in ((" at ", "@"), (" dot ", "."), (" underscore ", "_"), (" dash ", "-"), (" hyphen ", "-")):
        s = s.replace(a, " " + b + " ")
    return s.replace(" ", "")


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]


def check_value(typ, canon):
    c = canon
    if typ == "CARD_NUMBER":
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if typ == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if typ == "SSN":
        return c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[3:5] != "00" and c[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c))
    if typ == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if typ == "BANK_ACCOUNT":
        return c.isdigit() and 6 <= len(c) <= 17
    if typ == "IBAN":
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", c)) and iban_valid(c)
    if typ == "PHONE":
        return c.isdigit() and 10 <= len(c) <= 13
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"\d{5}(\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", c))
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", c))
    return True


def check_text(typ, text):
    low = text.lower()
    if typ in ("DOB", "EXPIRY"):
        has_month = any(m in low for m in MON3) or bool(re.search(r"\d{1,2}\s*[/.-]\s*\d{1,4}", low))
        if not has_month and typ == "EXPIRY":
            al = spoken_to_alnum(text) if re.fullmatch(r"[a-z ]+", low) else ""
            return len(al) == 4 and 1 <= int(al[:2]) <= 12
        return has_month
    if typ == "ADDRESS":
        return bool(re.match(r"(flat|apartment|apt|unit|\d|(%s)\b)" % "|".join(UNITS + TEENS + [t for t in TENS if t] + list(W2D)), low)) and \
            bool(re.search(r"\b(road|street|st|lane|avenue|ave|close|drive|way|crescent|terrace|place|court|gardens|grove|rd|boulevard|blvd|parade|hill|row|walk|square)\b", low))
    return True


# ---------------------------------------------------------------- pools

UK_FIRST = ["Priya", "Sean", "Aoife", "Tom", "Fatima", "Gareth", "Chloe", "Marek", "Siobhan", "Dev", "Hannah", "Kwame"]
US_FIRST = ["Jessica", "Marcus", "Luis", "Brittany", "Tyrone", "Megan", "DeShawn", "Carla", "Walt", "Kimberly"]
SURN = ["Okafor", "Smith", "O'Brien", "Patel", "Nowak", "Jones", "Garcia", "Murphy", "Chen", "Williams", "Kowalski", "Byrne"]
AGENT_UK = ["you're through to {org}, {name} speaking, how can I help?", "thanks for calling {org}, this is {name}",
            "good morning, {org}, you're speaking with {name}"]
ORGS_UK = [("bank", "Harbour Bank"), ("telecom", "Vireo Mobile"), ("utilities", "Northgrid Energy"), ("retail", "Marlowe & Finch"),
           ("insurance", "Castlegate Insurance"), ("travel", "SkyJet Holidays"), ("government", "the Pension Service"),
           ("healthcare", "Bluecross Dental billing")]
ORGS_US = [("bank", "First Prairie Bank"), ("telecom", "Lumen Wireless"), ("utilities", "Tri-County Power"), ("retail", "ShopKart"),
           ("insurance", "Liberty Oak Insurance"), ("travel", "Coastline Air"), ("government", "the state DMV"),
           ("healthcare", "Mercy Health billing")]
ORGS_IE = [("bank", "Liffey Credit Union"), ("telecom", "Eir-Connect"), ("utilities", "Shannon Gas")]
STREETS = ["Station Road", "Church Lane", "Victoria Street", "Kings Avenue", "Meadow Close", "Orchard Drive",
           "Mill Lane", "Park Crescent", "Elm Grove", "Highfield Terrace", "Queens Road", "Abbey Way"]
US_STREETS = ["Maple Street", "Oak Avenue", "Sunset Boulevard", "Lakeview Drive", "Cedar Lane", "Elm Street",
              "Washington Ave", "Pine Court", "Hillcrest Road"]
TOWNS = ["Leeds", "Bristol", "Norwich", "Cardiff", "Glasgow", "Derby", "York"]
US_TOWNS = [("Columbus", "OH"), ("Tulsa", "OK"), ("Fresno", "CA"), ("Raleigh", "NC"), ("Spokane", "WA")]
UK_PC = ["LS1 4DY", "BS8 1TH", "NR2 3JQ", "CF10 2HR", "G12 8QQ", "DE22 1GB", "M14 5TY", "SW1A 2AA",
         "EC1V 9BX", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 1AA"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.com", "btinternet.com", "icloud.com", "aol.com", "eircom.net"]


def pick_org(rng, region):
    return rng.choice({"UK": ORGS_UK, "US": ORGS_US, "IE": ORGS_IE}[region])


def opener(c, rng, region):
    ind, org = pick_org(rng, region)
    name = rng.choice(UK_FIRST + US_FIRST)
    c.t("agent", rng.choice(AGENT_UK).format(org=org, name=name))
    return ind, org


# ---------------------------------------------------------------- positive templates: CARD

def typed_card(rng, card):
    g = card_groups(card)
    style = rng.randrange(9)
    if style == 0:
        return group_str(card, g, " ")
    if style == 1:
        return group_str(card, g, "-")
    if style == 2:
        return card
    if style == 3:
        return group_str(card, g, ".")
    if style == 4:   # odd grouping
        return group_str(card, [4, 8], " ")
    if style == 5:   # letter O typo for zero
        i = card.find("0", 1)
        s = group_str(card, g, " ")
        return s if i < 0 else s.replace("0", "O", 1)
    if style == 6:
        return group_str(card, [4, 4, 4, 4, 3], "  ")
    if style == 7:
        return group_str(card, [3, 3, 3, 3, 3, 3, 1], " ")
    return group_str(card, [2, 2, 2, 2, 2, 2, 2, 2, 3], " ")


def expiry_typed(rng):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    return rng.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%d" % (m, y), "%02d-%02d" % (m, y),
                       "%s %d" % (MONTHS[m - 1][:3].title(), 2000 + y), "%02d / %02d" % (m, y)])


def expiry_spoken(rng, v):
    m, y = rng.randint(1, 12), rng.randint(25, 31)
    r = rng.randrange(3)
    if r == 0:
        return v.pair("%02d" % m) + " " + v.pair("%02d" % y)
    if r == 1:
        return MONTHS[m - 1] + " " + rng.choice(["twenty ", "two thousand and ", ""]) + v.pair("%02d" % y)
    return v.digits("%02d" % m) + " " + v.pair("%02d" % y)


def cvv_gen(rng, card):
    return "".join(rng.choice("0123456789") for _ in range(4 if len(card) == 15 else 3))


def card_pos(rng, k):
    region = rng.choice(["UK", "UK", "US", "US", "IE"])
    card = make_card(rng)
    g = card_groups(card)
    c = Case("positive", "")
    ind, org = opener(c, rng, region)
    v = Voice(rng)
    av = Voice(rng, asr=False)
    c.canon["c"] = card
    tpl = k % 16
    if tpl == 0:   # typed chat with expiry and cvv
        cvv, exp = cvv_gen(rng, card), expiry_typed(rng)
        c.canon["v"] = cvv
        lab = rng.choice(["card no: ", "Card number - ", "CC#", "card: ", "long number is ", "pan "])
        c.t("customer", lab, V(typed_card(rng, card), "CARD_NUMBER", "c"), rng.choice([" exp ", ", expiry ", " valid thru ", " ex: "]),
            V(exp, "EXPIRY", "e"), rng.choice([" cvv ", " sec code: ", ", CVC ", " / 3 digit code "]), V(cvv, "CVV", "v"))
        c.t("agent", "Thanks, I'll process that payment now.")
        c.note = "typed chat: card with separators, expiry and security code (%s)" % ind
    elif tpl == 1:   # ASR one turn with fillers
        c.t("agent", "can i take the long number on the front of the card please")
        c.t("customer", rng.choice(["yeah it's ", "ok so it's ", "right, ", "uh yeah "]),
            V(v.read(card, g, ", ", fill=0.5), "CARD_NUMBER", "c"))
        c.t("agent", "thank you")
        c.note = "ASR card reading with fillers inside the reading"
    elif tpl == 2:   # split over turns with back-channels + readback
        chunks = split_sizes(card, g)
        bc = ["mhm", "yep", "go on", "okay", "uh huh", "yes", "right"]
        c.t("agent", "go ahead with the card number when you're ready")
        for i, ch in enumerate(chunks):
            c.canon["c"] = card
            c.t("customer", V(v.chunk(ch), "CARD_NUMBER", "c"))
            if i < len(chunks) - 1:
                c.t("agent", rng.choice(bc))
        c.canon["r"] = card
        c.t("agent", "let me read that back, ", V(av.read(card, g, ", "), "CARD_NUMBER", "r"), ", is that right?")
        c.t("customer", "yes that's it")
        c.t("agent", "and the expiry date and the three digits on the back")
        cvv = cvv_gen(rng, card); c.canon["v"] = cvv
        c.t("customer", V(expiry_spoken(rng, v), "EXPIRY", "e"), rng.choice([" and ", ", security code ", ", the code is "]), V(v.digits(cvv), "CVV", "v"))
        c.note = "card split over several customer turns with back-channels, agent read-back, expiry + CVV"
    elif tpl == 3:   # pairs
        c.t("customer", "the card number is ", V(v.read(card, g, " ", style="c"), "CARD_NUMBER", "c"))
        c.note = "card read as pairs like 'forty five thirty nine'"
    elif tpl == 4:   # restart
        cut = rng.randint(3, 7)
        c.t("customer", "it's ", V(v.read(card[:cut], [4, 4], " "), "CARD_NUMBER", None),
            rng.choice([" ... sorry, let me start again, ", ", no hang on that's the old card, it's ", ". wait no. "]),
            V(v.read(card, g, ", "), "CARD_NUMBER", "c"))
        c.t("agent", "okay no problem, expiry?")
        cvv = cvv_gen(rng, card); c.canon["v"] = cvv
        c.t("customer", rng.choice(["it says ", "", "valid until "]), V(expiry_spoken(rng, v), "EXPIRY", "e"))
        c.t("agent", "and the c v v")
        c.t("customer", V(v.read(cvv, [1, 1, 1, 1], " " + v.filler() + " "), "CVV", "v"))
        c.note = "aborted reading then restarted (fragment labelled), expiry, CVV with hesitation"
    elif tpl == 5:   # correction of one chunk
        chunks = split_sizes(card, g)
        j = rng.randrange(1, len(chunks))
        wrong = list(chunks[j]); wrong[-1] = str((int(wrong[-1]) + 3) % 10); wrong = "".join(wrong)
        c.t("customer", V(v.read("".join(chunks[:j]), g, ", "), "CARD_NUMBER", "c"), ", ",
            V(v.chunk(wrong), "CARD_NUMBER", None), rng.choice([" no sorry ", ", sorry, I mean ", " - no, scratch that, "]),
            V(v.read("".join(chunks[j:]), g[j:], ", "), "CARD_NUMBER", "c"))
        c.note = "customer corrects one group mid-reading; wrong group labelled as fragment"
    elif tpl == 6:   # aside
        a = rng.choice([2, 3]) if len(g) > 3 else 2
        cut = sum(g[:a])
        c.t("customer", V(v.read(card[:cut], g[:a], ", "), "CARD_NUMBER", "c"),
            rng.choice([", hold on the numbers are worn off a bit, ", " - sorry my dog's going mad - ", ", can you hear me? yeah ok, "]),
            V(v.read(card[cut:], g[a:], ", "), "CARD_NUMBER", "c"))
        c.note = "aside in the middle of a card reading"
    elif tpl == 7:   # agent misreads, customer corrects last group
        chunks = split_sizes(card, g)
        wrong = chunks[-1][:-1] + str((int(chunks[-1][-1]) + 1) % 10)
        c.t("customer", V(v.read(card, g, " "), "CARD_NUMBER", "c"))
        c.t("agent", "so that's ", V(av.read("".join(chunks[:-1]) + wrong, g, ", "), "CARD_NUMBER", None))
        c.t("customer", "no, the last bit is ", V(v.chunk(chunks[-1]), "CARD_NUMBER", None))
        c.note = "agent misreads, customer corrects last group (last four after full reading is labelled)"
    elif tpl == 8:   # typed email body
        c.turns = []
        c.t("customer", rng.choice(["Hi,\n\nPlease charge my card ", "Hello - payment for order 88213. Card ", "Dear Sir/Madam, card to use is "]),
            V(typed_card(rng, card), "CARD_NUMBER", "c"), rng.choice([" for the outstanding invoice.\nThanks", ". Thank you, ", " (the visa, not the debit)."]))
        c.t("agent", "Thank you. For security please don't send card details by email in future.")
        c.note = "e-mail with typed card number"
    elif tpl == 9:   # ASR mishears / reading in threes
        v.asr = True
        c.t("customer", "yeah it's ", V(v.read(card, [3, 3, 3, 3, 3, 3, 3], " "), "CARD_NUMBER", "c"))
        c.t("agent", "sorry, you're breaking up, was that ", V(av.read(card[-4:], [4], ""), "CARD_NUMBER", None), " at the end?")
        c.t("customer", "yes")
        c.note = "card read in threes with ASR homophones ('for', 'to', 'ate'); agent confirms last four"
    elif tpl == 10:   # amex 4-6-5 with expiry spoken
        card = make_card(rng, "amex"); c.canon["c"] = card
        c.t("customer", "it's an amex, ", V(v.read(card, [4, 6, 5], ", "), "CARD_NUMBER", "c"))
        c.t("agent", "and the expiry?")
        c.t("customer", V(expiry_spoken(rng, v), "EXPIRY", "e"))
        c.t("agent", "and the four digit code on the front")
        cvv = cvv_gen(rng, card); c.canon["v"] = cvv
        c.t("customer", V(v.digits(cvv), "CVV", "v"))
        c.note = "amex 4-6-5 grouping, spoken expiry and 4-digit CID"
    elif tpl == 11:   # full read then 'ending' mention labelled
        c.t("customer", V(v.read(card, g, ", "), "CARD_NUMBER", "c"))
        c.t("agent", "perfect, so the card ending ", V(card[-4:], "CARD_NUMBER", None), " will be charged on the first")
        c.note = "full card then agent says 'card ending NNNN' in the same case (labelled)"
    elif tpl == 12:   # agent reads chunk by chunk, customer confirms
        c.t("customer", "I'll read it out: ", V(v.read(card, g, " "), "CARD_NUMBER", "c"))
        chunks = split_sizes(card, g)
        c.canon["r"] = card
        for i, ch in enumerate(chunks):
            c.t("agent", *([V(av.chunk(ch, "d"), "CARD_NUMBER", "r")] if i else ["so ", V(av.chunk(ch, "d"), "CARD_NUMBER", "r")]))
            c.t("customer", rng.choice(["yep", "yes", "correct", "mhm"]))
        c.note = "agent reads back card group by group, customer confirms each"
    elif tpl == 13:   # repeated twice
        c.canon["c2"] = card
        c.t("customer", V(v.read(card, g, " "), "CARD_NUMBER", "c"))
        c.t("agent", "sorry could you say that again a bit slower")
        c.t("customer", "sure. ", V(v.read(card, [2] * 10, ", ", style="d"), "CARD_NUMBER", "c2"))
        c.note = "card repeated twice, second time in pairs of digits"
    elif tpl == 14:   # typed chat split over messages
        chunks = split_sizes(card, g)
        c.turns = []
        c.t("customer", "ok card is ", V(chunks[0], "CARD_NUMBER", "c"))
        c.t("customer", V(" ".join(chunks[1:3]), "CARD_NUMBER", "c"))
        c.t("agent", "Go on")
        c.t("customer", V(" ".join(chunks[3:]), "CARD_NUMBER", "c"), " sorry fat fingers")
        c.note = "typed chat: card split across several messages"
    else:   # mixed hundreds, with 'hundred and'
        c.t("customer", "ready? ", V(v.read(card, [3] * 7, ", ", style="h"), "CARD_NUMBER", "c"), rng.choice([" and that's it", "", " got that?"]))
        c.note = "card read in threes with 'four hundred and twelve' style groups"
    c.note += " [%s, %s]" % (ind, region)
    return c


# ---------------------------------------------------------------- positive templates: SSN

def ssn_pos(rng, k):
    ssn = make_ssn(rng)
    c = Case("positive", "")
    ind, org = opener(c, rng, "US")
    v, av = Voice(rng), Voice(rng, asr=False)
    c.canon["s"] = ssn
    tpl = k % 10
    sz = [3, 2, 4]
    if tpl == 0:
        c.t("customer", rng.choice(["SSN: ", "ssn ", "social is ", "My social security number is ", "SS# "]),
            V(rng.choice([group_str(ssn, sz, "-"), group_str(ssn, sz, " "), ssn, group_str(ssn, sz, "."), group_str(ssn, sz, " - ")]), "SSN", "s"))
        c.note = "typed SSN with label"
    elif tpl == 1:
        c.t("agent", "can you verify your social for me")
        c.t("customer", "yeah it's ", V(v.read(ssn, sz, ", ", fill=0.4), "SSN", "s"))
        c.note = "spoken SSN 3-2-4 with fillers"
    elif tpl == 2:
        c.t("agent", "and the full social security number")
        c.t("customer", V(v.chunk(ssn[:3], "c"), "SSN", "s"))
        c.t("agent", rng.choice(["mhm", "okay", "go ahead"]))
        c.t("customer", V(v.chunk(ssn[3:5], "p"), "SSN", "s"))
        c.t("agent", "yep")
        c.t("customer", V(v.chunk(ssn[5:], "c"), "SSN", "s"))
        c.canon["r"] = ssn
        c.t("agent", "thank you, I have ", V(av.read(ssn, sz, " dash "), "SSN", "r"))
        c.note = "SSN split over turns, 'one twenty three' style, agent read-back with 'dash'"
    elif tpl == 3:
        wrong = ssn[:3] + ssn[4] + ssn[3]
        c.t("customer", V(v.read(wrong, [3, 2], ", "), "SSN", None), rng.choice([" no wait I switched those, ", ", oops backwards, it's "]),
            V(v.read(ssn, sz, ", "), "SSN", "s"))
        c.note = "SSN with transposition corrected and restarted; fragment labelled"
    elif tpl == 4:
        c.t("customer", "the social on the account is ", V(v.read(ssn, [3, 2, 2, 2], " ", style="c"), "SSN", "s"), " but that's my wife's, she's the primary")
        c.note = "SSN read with pairs ending, belongs to spouse"
    elif tpl == 5:
        c.t("customer", "ok it's ", V(v.read(ssn[:5], [3, 2], ", "), "SSN", "s"),
            rng.choice([", hang on let me grab the card, ", " ... sorry, kids are screaming ... "]), V(v.chunk(ssn[5:]), "SSN", "s"))
        c.note = "aside in middle of SSN reading"
    elif tpl == 6:
        c.turns = []
        c.t("customer", "Hi, I need to update my tax info. Name: %s %s, DOB " % (rng.choice(US_FIRST), rng.choice(SURN)),
            V("%02d/%02d/%d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(1950, 2003)), "DOB", "d"), ", ss no. ", V(group_str(ssn, sz, "-"), "SSN", "s"))
        c.t("agent", "Thanks, I've updated the W-9 details on file.")
        c.note = "typed chat with DOB and SSN"
    elif tpl == 7:
        v.asr = True
        c.t("customer", "it's ", V(v.read(ssn, sz, " "), "SSN", "s"))
        c.t("agent", "was the middle part ", V(av.digits(ssn[3:5]), "SSN", None), "?")
        c.t("customer", "yes ", V(v.digits(ssn[3:5]), "SSN", None))
        c.note = "SSN with ASR homophones; middle group confirmed separately"
    elif tpl == 8:
        c.t("customer", "social security ", V(v.read(ssn, [9], ""), "SSN", "s"))
        c.note = "SSN spoken as one run of digits, no grouping"
    else:
        c.turns = []
        c.t("customer", "last time i gave you the wrong one. correct ssn = ", V(group_str(ssn, [3, 2, 4], " ").replace(" ", "", 1), "SSN", "s"))
        c.t("agent", "No problem, updated.")
        c.note = "typed SSN with irregular spacing"
    c.note += " [%s, US]" % ind
    return c


# ---------------------------------------------------------------- positive templates: NI

def ni_pos(rng, k):
    ni = make_ni(rng)
    c = Case("positive", "")
    ind, org = opener(c, rng, "UK")
    v, av = Voice(rng), Voice(rng, asr=False)
    c.canon["n"] = ni
    tpl = k % 10
    lp, dg, sf = ni[:2], ni[2:8], ni[8]
    if tpl == 0:
        form = rng.choice([ni, ni.lower(), "%s %s %s %s %s" % (lp, dg[:2], dg[2:4], dg[4:], sf), "%s-%s-%s" % (lp, dg, sf),
                           " ".join(ni), "%s %s %s" % (lp, dg, sf), ni[:1] + ni[1:].lower()])
        c.t("customer", rng.choice(["NI no: ", "my NI number is ", "National Insurance - ", "nino ", "NINO: "]), V(form, "NI_NUMBER", "n"))
        c.note = "typed NI number with label, format variant"
    elif tpl == 1:
        c.t("agent", "can i take your national insurance number")
        c.t("customer", "yeah it's ", V(v.letters(lp, "plain") + " " + v.read(dg, [2, 2, 2], " ") + " " + v.letters(sf, "plain"), "NI_NUMBER", "n"))
        c.note = "spoken NI, plain letters"
    elif tpl == 2:
        c.t("customer", V(v.letters(lp, "for") + ", " + v.read(dg, [2, 2, 2], ", ", style="p") + ", " + v.letters(sf, "for"), "NI_NUMBER", "n"))
        c.note = "NI with NATO 'j for juliet' and pairs 'twelve thirty four'"
    elif tpl == 3:
        c.t("customer", V(v.letters(lp, "nato"), "NI_NUMBER", "n"))
        c.t("agent", "mhm")
        c.t("customer", V(v.read(dg, [3, 3], ", "), "NI_NUMBER", "n"))
        c.t("agent", "go on")
        c.t("customer", "and then ", V(v.letters(sf, "nato"), "NI_NUMBER", "n"))
        c.canon["r"] = ni
        c.t("agent", "so that's ", V(av.letters(lp, "plain") + " " + av.read(dg, [2, 2, 2], " ") + " " + av.letters(sf, "plain"), "NI_NUMBER", "r"))
        c.note = "NI split over three turns with NATO words, agent read-back"
    elif tpl == 4:
        c.t("customer", V(v.letters(lp, "asin") + " " + v.read(dg, [2, 2, 2], ", ", fill=0.5) + " " + v.letters(sf, "asin"), "NI_NUMBER", "n"))
        c.note = "NI with 'b as in bertie' style spelling and fillers"
    elif tpl == 5:
        other = "D" if sf != "D" else "B"
        c.t("customer", V(v.letters(lp, "plain") + " " + v.read(dg, [2, 2, 2], " "), "NI_NUMBER", "n"), " ", V(v.letters(other, "plain"), "NI_NUMBER", None),
            rng.choice([", no sorry, ", " ... actually no it's "]), V(v.letters(sf, "nonstd"), "NI_NUMBER", "n"))
        c.note = "NI suffix letter corrected"
    elif tpl == 6:
        c.t("customer", V(v.letters(lp, "nonstd"), "NI_NUMBER", "n"), ", ", rng.choice(["hang on it's on my payslip, ", "er where was I, "]),
            V(v.read(dg, [2, 2, 2], " ") + " " + v.letters(sf, "plain"), "NI_NUMBER", "n"))
        c.note = "aside mid-NI reading"
    elif tpl == 7:
        c.t("customer", V(v.letters(lp, "plain") + " " + v.read(dg, [6], "") + " " + v.letters(sf, "plain"), "NI_NUMBER", "n"))
        c.t("agent", "was that ", V(av.letters(lp[0], "for"), "NI_NUMBER", None), " at the start?")
        c.t("customer", "yes, ", V(v.letters(lp[0], "nato"), "NI_NUMBER", None))
        c.note = "NI digits as one run; agent checks first letter (letter fragments labelled)"
    elif tpl == 8:
        c.turns = []
        c.t("customer", "hi re my pension credit claim my ni is ", V(" ".join([lp.lower(), dg, sf.lower()]), "NI_NUMBER", "n"), " and dob ",
            V("%d.%d.%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 1960)), "DOB", "d"))
        c.t("agent", "Thanks, I can see your claim.")
        c.note = "typed NI lower case plus DOB"
    else:
        c.canon["n2"] = ni
        c.t("customer", "national insurance ", V(v.letters(lp, "plain") + " " + v.read(dg, [2, 2, 2], " ") + " " + v.letters(sf, "plain"), "NI_NUMBER", "n"))
        c.t("agent", "sorry can you repeat that with the phonetic alphabet")
        c.t("customer", V(v.letters(lp, "nato") + " " + av.read(dg, [2, 2, 2], ", ", style="d") + " " + v.letters(sf, "nato"), "NI_NUMBER", "n2"))
        c.note = "NI repeated, second time with NATO words"
    c.note += " [%s, UK]" % ind
    return c


# ---------------------------------------------------------------- positive templates: other types

def uk_phone(rng):
    pre = rng.choice(["07", "07", "020", "0161", "0113", "01632"])
    return pre + "".join(rng.choice("0123456789") for _ in range(11 - len(pre)))


def other_pos(rng, k):
    c = Case("positive", "")
    v, av = Voice(rng), Voice(rng, asr=False)
    tpl = k % 14
    if tpl == 0:   # sort code + account typed
        ind, org = opener(c, rng, "UK")
        sc, ac = "".join(rng.choice("0123456789") for _ in range(6)), "".join(rng.choice("0123456789") for _ in range(8))
        c.canon.update(s=sc, a=ac)
        c.t("customer", rng.choice(["sort code ", "s/c: ", "Sort: "]), V(rng.choice([group_str(sc, [2, 2, 2], "-"), sc, group_str(sc, [2, 2, 2], " ")]), "SORT_CODE", "s"),
            rng.choice([" acct no: ", ", account number ", " a/c "]), V(ac, "BANK_ACCOUNT", "a"))
        c.note = "typed sort code and account number [%s, UK]" % ind
    elif tpl == 1:   # spoken sort + account split
        ind, org = opener(c, rng, "UK")
        sc, ac = "".join(rng.choice("0123456789") for _ in range(6)), "".join(rng.choice("0123456789") for _ in range(8))
        c.canon.update(s=sc, a=ac, s2=sc)
        c.t("agent", "what's the sort code")
        c.t("customer", V(v.read(sc, [2, 2, 2], ", "), "SORT_CODE", "s"))
        c.t("agent", V(av.read(sc, [2, 2, 2], " ", style="d"), "SORT_CODE", "s2"), ", and the account number")
        c.t("customer", V(v.read(ac[:4], [4], ""), "BANK_ACCOUNT", "a"), " ", rng.choice(FILLERS), " ", V(v.read(ac[4:], [4], ""), "BANK_ACCOUNT", "a"))
        c.note = "spoken sort code with agent read-back, account number with hesitation [%s, UK]" % ind
    elif tpl == 2:   # US account
        ind, org = opener(c, rng, "US")
        ac = "".join(rng.choice("0123456789") for _ in range(rng.choice([10, 11, 12])))
        c.canon["a"] = ac
        c.t("customer", "checking account number ", V(v.read(ac, [3, 3, 4, 2], ", "), "BANK_ACCOUNT", "a"))
        c.note = "US checking account spoken [%s, US]" % ind
    elif tpl == 3:   # IBAN typed
        ind, org = opener(c, rng, rng.choice(["UK", "IE"]))
        ib = make_iban(rng); c.canon["i"] = ib
        form = rng.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
        c.t("customer", rng.choice(["IBAN: ", "my iban is ", "pls send refund to IBAN "]), V(form, "IBAN", "i"))
        c.note = "typed IBAN %s [%s]" % (ib[:2], ind)
    elif tpl == 4:   # IBAN spoken
        ind, org = opener(c, rng, rng.choice(["UK", "IE"]))
        ib = make_iban(rng); c.canon["i"] = ib
        letters = re.match(r"[A-Z]+", ib[4:])
        bank = letters.group(0) if letters else ""
        rest = ib[4 + len(bank):]
        c.t("customer", V(v.letters(ib[:2], "plain") + " " + v.read(ib[2:4], [2], "", style="p") + " " + (v.letters(bank, "for") + ", " if bank else "") + v.read(rest, [4] * 8, ", "), "IBAN", "i"))
        c.note = "spoken IBAN with NATO bank code [%s]" % ind
    elif tpl == 5:   # UK phone typed / spoken
        ind, org = opener(c, rng, "UK")
        ph = uk_phone(rng)
        c.canon["p"] = ph
        if rng.random() < 0.5:
            c.t("customer", "best number is ", V(v.read(ph, [5, 3, 3], ", "), "PHONE", "p"))
        else:
            c.t("customer", "tel: ", V(rng.choice([ph, group_str(ph, [5, 6], " "), group_str(ph, [4, 3, 4], "-")]), "PHONE", "p"))
        c.note = "UK national phone number [%s]" % ind
    elif tpl == 6:   # international phone
        region = rng.choice(["UK", "US", "IE"])
        ind, org = opener(c, rng, region)
        cc = {"UK": "44", "US": "1", "IE": "353"}[region]
        nat = {"UK": "7" + "".join(rng.choice("0123456789") for _ in range(9)), "US": str(rng.randint(201, 989)) + "555" + "%04d" % rng.randint(100, 199),
               "IE": "8" + rng.choice("35679") + "".join(rng.choice("0123456789") for _ in range(7))}[region]
        c.canon["p"] = cc + nat
        if rng.random() < 0.5:
            c.t("customer", "you can reach me on +", V(cc + " " + group_str(nat, [3, 3, 4], " "), "PHONE", "p"))
        else:
            c.t("customer", "it's ", V("plus " + v.digits(cc) + ", " + v.read(nat, [3, 3, 4], ", "), "PHONE", "p"))
        c.note = "international phone with country code [%s, %s]" % (ind, region)
    elif tpl == 7:   # US phone typed
        ind, org = opener(c, rng, "US")
        ph = str(rng.randint(201, 989)) + "555" + "%04d" % rng.randint(100, 199)
        c.canon["p"] = ph
        c.t("customer", "callback # (", V("%s) %s-%s" % (ph[:3], ph[3:6], ph[6:]), "PHONE", "p"))
        c.note = "US phone (NXX) NXX-XXXX typed [%s]" % ind
    elif tpl == 8:   # email typed
        ind, org = opener(c, rng, rng.choice(["UK", "US"]))
        fn, sn = rng.choice(UK_FIRST + US_FIRST).lower(), rng.choice(SURN).lower().replace("'", "")
        em = rng.choice([fn + "." + sn, fn[0] + sn + str(rng.randint(1, 99)), sn + "_" + fn]) + "@" + rng.choice(EMAIL_DOMAINS)
        c.canon["m"] = em
        c.t("customer", rng.choice(["email: ", "it's ", "send it to "]), V(rng.choice([em, em.title() if rng.random() < 0.3 else em]), "EMAIL", "m"), rng.choice(["", " thanks", ". cheers"]))
        c.note = "typed e-mail [%s]" % ind
    elif tpl == 9:   # email spoken
        ind, org = opener(c, rng, rng.choice(["UK", "US", "IE"]))
        fn, sn = rng.choice(UK_FIRST + US_FIRST).lower(), rng.choice(SURN).lower().replace("'", "")
        num = str(rng.randint(1, 99))
        em = fn[0] + "." + sn + num + "@" + rng.choice(EMAIL_DOMAINS)
        c.canon["m"] = em
        dom = em.split("@")[1].replace(".", " dot ")
        c.t("customer", "it's ", V(fn[0] + " dot " + sn + " " + " ".join(num) + " at " + dom, "EMAIL", "m"))
        c.note = "spoken e-mail 'j dot doe at gmail dot com' [%s]" % ind
    elif tpl == 10:   # DOB spoken
        ind, org = opener(c, rng, rng.choice(["UK", "US", "IE"]))
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2004)
        ords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
        dw = ords[d - 1] if d <= 20 else "twenty " + ords[d - 21]
        yw = v.pair(str(y)[:2]) + " " + v.pair(str(y)[2:])
        c.t("agent", "and can I confirm your date of birth")
        c.t("customer", rng.choice(["it's ", "", "uh "]), V(rng.choice(["%s of %s %s" % (dw, MONTHS[m - 1], yw), "%s %s %s" % (MONTHS[m - 1], dw, yw),
                                                          "%s %s %s" % (dw, MONTHS[m - 1], yw)]), "DOB", "d"))
        c.note = "spoken DOB [%s]" % ind
    elif tpl == 11:   # DOB typed
        ind, org = opener(c, rng, rng.choice(["UK", "US"]))
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2004)
        c.t("customer", rng.choice(["DOB ", "d.o.b: ", "born "]), V(rng.choice(["%02d/%02d/%d" % (d, m, y), "%02d-%02d-%d" % (m, d, y),
                                                                       "%d %s %d" % (d, MONTHS[m - 1][:3].title(), y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y)]), "DOB", "d"))
        c.note = "typed DOB [%s]" % ind
    elif tpl == 12:   # UK address + postcode
        ind, org = opener(c, rng, "UK")
        num = rng.randint(1, 240)
        pc = rng.choice(UK_PC)
        c.canon["pc"] = pc
        st = rng.choice(STREETS)
        if rng.random() < 0.5:
            addr = rng.choice(["%d %s" % (num, st), "Flat %d, %d %s" % (rng.randint(1, 12), num, st), "%d%s %s" % (num, rng.choice("ab"), st)])
            c.t("customer", "address is ", V(addr, "ADDRESS", "ad"), ", %s, " % rng.choice(TOWNS), V(rng.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE", "pc"))
        else:
            out, inn = pc.split()
            c.t("customer", "it's ", V(("flat %s, " % v.digits(str(rng.randint(1, 9))) if rng.random() < 0.4 else "") + v.chunk(str(num), "c" if num > 100 and str(num)[1] != "0" else "d") + " " + st.lower(), "ADDRESS", "ad"),
                " in %s" % rng.choice(TOWNS).lower())
            c.t("agent", "and the postcode")
            c.t("customer", V(v.letters(out, "plain") + " " + v.letters(inn, rng.choice(["plain", "for"])), "POSTCODE", "pc"))
        c.note = "UK address and postcode [%s]" % ind
    else:   # US address + ZIP
        ind, org = opener(c, rng, "US")
        num = rng.randint(10, 9999)
        town, stt = rng.choice(US_TOWNS)
        z = "%05d" % rng.randint(10000, 99950)
        c.canon["pc"] = z
        if rng.random() < 0.5:
            c.t("customer", "Shipping: ", V("%d %s" % (num, rng.choice(US_STREETS)), "ADDRESS", "ad"), rng.choice([" Apt 4B, ", ", "]), "%s, %s " % (town, stt), V(z, "POSTCODE", "pc"))
        else:
            c.t("customer", V(str(num) + " " + rng.choice(US_STREETS).lower(), "ADDRESS", "ad"), ", %s" % town.lower())
            c.t("agent", "zip code?")
            c.t("customer", V(v.digits(z), "POSTCODE", "pc"))
        c.note = "US address and ZIP [%s]" % ind
    return c


# ---------------------------------------------------------------- negatives

def rdig(rng, n):
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def neg_case(rng, k):
    c = Case("negative", "")
    region = rng.choice(["UK", "US", "IE"])
    ind, org = opener(c, rng, region)
    v = Voice(rng)
    tpl = k % 25
    if tpl == 0:
        n = make_card(rng)   # Luhn-valid digits but it's an order number
        c.t("customer", "my order number is ", v.read(n, [4, 4, 4, 4], ", "))
        c.t("agent", "thanks, I can see that order, it was dispatched yesterday")
        c.note = "16-digit order number read like a card"
    elif tpl == 1:
        c.t("customer", "the tracking number is ", rdig(rng, 4) + " " + rdig(rng, 4) + " " + rdig(rng, 4) + " " + rdig(rng, 4) + " " + rdig(rng, 2))
        c.note = "tracking number in card-like groups"
    elif tpl == 2:
        c.t("agent", "can you confirm the last four digits of the card")
        c.t("customer", "yeah it's the one ending " + v.digits(rdig(rng, 4)))
        c.t("agent", "and the card ending %s, great" % rdig(rng, 4))
        c.note = "card last-four mentions only"
    elif tpl == 3:
        c.t("customer", "my balance says %s pounds %d and the minimum payment is £%d.%02d" % (v.read(rdig(rng, 4), [4], "", style="c"), rng.randint(1, 99), rng.randint(5, 99), rng.randint(0, 99)))
        c.note = "balances and amounts"
    elif tpl == 4:
        c.t("customer", "meter reading is " + v.read(rdig(rng, 5), [5], ""), " and the night one is %s" % rdig(rng, 5))
        c.t("agent", "thanks, and the meter serial number is %s%s on our system" % (rng.choice(["E", "S", "K"]), rdig(rng, 9)))
        c.note = "meter readings and meter serial"
    elif tpl == 5:
        c.t("customer", "we're flying on %s %d, seat %d%s, gate %d, departs at %s" % (rng.choice(["BA", "EI", "FR", "UA"]), rng.randint(100, 9999), rng.randint(1, 40), rng.choice("ABCDEF"), rng.randint(1, 60), v.pair("%02d" % rng.randint(6, 22)) + " " + v.pair("%02d" % rng.choice([15, 30, 45]))))
        c.note = "flight, seat, gate numbers and time"
    elif tpl == 6:
        c.t("customer", "policy number %s%s, claim reference %s" % (rng.choice(["POL-", "HH", "MTR"]), rdig(rng, 9), v.read(rdig(rng, 9), [3, 3, 3], " ")))
        c.note = "policy number and 9-digit claim reference (SSN-length)"
    elif tpl == 7:
        c.t("customer", "the invoice number is %s-%s-%s and it's dated the %d of %s" % (rdig(rng, 3), rdig(rng, 2), rdig(rng, 4), rng.randint(1, 28), rng.choice(MONTHS)))
        c.note = "invoice number in SSN shape with invoice date"
    elif tpl == 8:
        c.t("agent", "we're open from eight till eight monday to friday, and %d till %d on saturdays" % (rng.randint(8, 10), rng.randint(4, 6)))
        c.t("customer", "ok and how long is the wait usually, like twenty minutes?")
        c.note = "opening hours and durations"
    elif tpl == 9:
        c.t("customer", "the ticket number you gave me was %s" % v.read(rdig(rng, 10), [3, 3, 4], ", "))
        c.note = "ticket number read like a phone number"
    elif tpl == 10:
        c.t("customer", "i'm %s years old and the thermostat is set to %d degrees, it's costing me %d%% more" % (v.pair(str(rng.randint(20, 89))), rng.randint(16, 24), rng.randint(5, 40)))
        c.note = "age, temperature, percentage"
    elif tpl == 11:
        c.t("agent", "your appointment is on the %s of %s at %s, reference %s%s%s" % (rng.choice(["third", "twelfth", "twenty first"]), rng.choice(MONTHS), rng.choice(["ten thirty", "2:15pm", "09:40"]), rng.choice("ABCDEFGH"), rng.choice("JKLMNPRS"), rdig(rng, 6)))
        c.note = "appointment date/time and reference resembling NI shape"
    elif tpl == 12:
        c.t("customer", "the serial number on the router is %s%s and the model is %s" % (rng.choice(["SN", "S/N "]), rdig(rng, 12), rng.choice(["VR-4400", "HG659", "TC4400"])))
        c.note = "serial and model numbers"
    elif tpl == 13:
        c.t("customer", "my contract started in %d and ends %s %d, it's %d months" % (rng.randint(2018, 2024), rng.choice(MONTHS), rng.randint(2025, 2027), rng.choice([12, 18, 24, 36])))
        c.note = "contract years and dates"
    elif tpl == 14:
        n = make_card(rng)
        c.t("agent", "your payment reference is " + group_str(n, [4, 4, 4, 4], " ") + ", please quote it")
        c.note = "Luhn-valid 16-digit payment reference"
    elif tpl == 15:
        c.t("customer", "I'm in room %d and the booking ref is %s" % (rng.randint(100, 999), "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
        c.note = "room number and booking ref"
    elif tpl == 16:
        c.t("customer", "it's on %s, near the %s" % (rng.choice(["the A%d" % rng.randint(1, 999), "the M%d" % rng.randint(1, 62), "Route %d" % rng.randint(1, 99), "I-%d" % rng.choice([95, 80, 40])]), rng.choice(["junction", "exit %d" % rng.randint(1, 40)])))
        c.note = "road names and junctions"
    elif tpl == 17:
        c.t("customer", "the case number is " + v.read(rdig(rng, 9), [3, 2, 4], ", "), " from the letter you sent")
        c.note = "case number read in 3-2-4 SSN grouping"
    elif tpl == 18:
        c.t("customer", "order %s came to %s dollars and %s cents" % ("#" + rdig(rng, 8), v.chunk(rdig(rng, 3), "c"), v.pair("%02d" % rng.randint(10, 99))))
        c.note = "order number and spoken price"
    elif tpl == 19:
        c.t("customer", "I paid it on the %d/%02d/%d, transaction id %s" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2023, 2025), rdig(rng, 18)))
        c.note = "payment date and 18-digit transaction id"
    elif tpl == 20:
        c.t("customer", "the account reference on the bill is %s" % v.read(rdig(rng, 12), [4, 4, 4], " "), ", not the bank account")
        c.note = "utility account reference (customer ref), not bank account"
    elif tpl == 21:
        c.t("customer", "ok so ", v.read(rdig(rng, 4), [4], ""), " pounds a year, so like ", v.chunk(rdig(rng, 3), "h"), " a month?")
        c.note = "spoken annual/monthly amounts"
    elif tpl == 22:
        c.t("agent", "the parcel weighs %d kilos and it's %d by %d by %d centimetres" % (rng.randint(1, 30), rng.randint(10, 90), rng.randint(10, 90), rng.randint(10, 90)))
        c.note = "measurements"
    elif tpl == 23:
        c.t("customer", "the card ending ", v.digits(rdig(rng, 4)), " expired, can I use the one ending in ", rdig(rng, 4), "?")
        c.t("agent", "yes, I can see both cards on the account")
        c.note = "two last-four mentions, no full card"
    else:
        c.t("customer", "I have %d kids and we've been customers for %s years, account opened %d" % (rng.randint(1, 5), v.pair(str(rng.randint(10, 30))), rng.randint(1990, 2015)))
        c.note = "counts, durations, years"
    c.note += " [%s, %s]" % (ind, region)
    return c


# ---------------------------------------------------------------- build

def build_all():
    rng = random.Random(385241125)
    pos = []
    for k in range(64):
        pos.append(card_pos(rng, k))
    for k in range(34):
        pos.append(ssn_pos(rng, k))
    for k in range(34):
        pos.append(ni_pos(rng, k))
    for k in range(84):
        pos.append(other_pos(rng, k))
    negs = [neg_case(rng, k) for k in range(110)]
    rng.shuffle(pos)
    recs = []
    for i, c in enumerate(pos):
        recs.append(c.build("h385-pos-%03d" % (i + 1)))
    for i, c in enumerate(negs):
        recs.append(c.build("h385-neg-%03d" % (i + 1)))
    return recs


def render(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _, _ in recs)


def counts(recs):
    cnt = Counter(s["type"] for r, _, _ in recs for s in r["spans"])
    cases = Counter()
    for r, _, _ in recs:
        for t in set(s["type"] for s in r["spans"]):
            cases[t] += 1
    return cnt, cases


def render_readme(recs):
    cnt, cases = counts(recs)
    npos = sum(1 for r, _, _ in recs if r["kind"] == "positive")
    nneg = sum(1 for r, _, _ in recs if r["kind"] == "negative")
    rows = "\n".join("| %s | %d | %d |" % (t, cnt[t], cases[t]) for t in TYPES)
    return """# pii_holdout385 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not look at these cases while developing or
> tuning the redaction engine, do not add them to training/regression fixtures, and do
> not adjust patterns or thresholds to make them pass. It exists only to measure the
> engine on data it was not built against.

## Provenance

Written by an AI helper acting as an independent test author, who did **not** see the
redaction code, its tests, docs or other PII fixtures. Every case is produced by
`scripts/make_pii_holdout385.py` (Python standard library only, one generator
`random.Random(385241125)`). Turns are assembled from plain-text segments and labelled
value segments, so span offsets are computed, never typed by hand.

`python scripts/make_pii_holdout385.py --check` regenerates the set and verifies that
`cases.jsonl` and this README are byte-identical, ids are unique, spans are in range,
on word boundaries and non-overlapping, negatives carry no spans, and every labelled
value is valid after normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI
format, 9 digits for SSNs, 6 for sort codes, 3-4 for CVVs, phone length, e-mail shape,
UK postcode / US ZIP shape). Aborted, misread or corrected fragments and "card ending"
read-backs are labelled but only checked to be made of digit/letter tokens.

## Contents

{npos} positive cases, {nneg} negative cases (`h385-pos-NNN`, `h385-neg-NNN`). Mix of
typed chat / e-mail (separators, odd grouping, case variation, a letter O typed for a
zero, labels like "acct no:") and ASR-style call transcripts (lower case, numbers as
words, "oh"/"o"/"nought"/"zero", "double"/"triple", pairs like "forty five thirty nine",
"four fifty three", "four hundred and twelve", homophones "for"/"to"/"ate"/"tree", NATO
and non-standard spelling "j for juliet", "b as in bertie", values split over turns
with back-channels, agent read-backs including wrong ones, fillers, corrections,
restarts and asides). Industries: banking, telecom, utilities, retail, insurance,
travel, healthcare billing, government services; regions UK, US, Ireland, EU (IBANs).

## Annotation conventions

- A span covers exactly the value, from its first letter/digit to its last; lead-in
  words ("it's", "my number is") are outside. For typed international phone numbers the
  leading "+" is outside the span (it is not a letter/digit); spoken "plus" is inside.
- A value split across turns gets one span per turn, each with the value's type. An
  aside inside one turn splits the value into two spans in that turn.
- Agent read-backs are labelled, including wrong read-backs and partial confirmations.
- Filler words inside a reading ("um", "uh", "erm") are inside the span.
- Aborted / corrected fragments of a value (e.g. a wrong group before "no sorry") are
  labelled with the value's type.
- Phone spans include the country code. ADDRESS = house/flat number and street, not the
  town; the postcode/ZIP is a separate POSTCODE span. DOB and EXPIRY cover the whole
  date expression.
- A card's last four said on their own ("card ending 4821") are NOT PII unless the full
  card was read in the same case (then they are labelled CARD_NUMBER).
- Negative cases carry no spans: amounts, balances, prices, times, hours, durations,
  counts, ages, temperatures, percentages, years, appointment/payment/contract dates,
  order/ticket/invoice/claim/reference/tracking/serial/model/policy numbers with their
  label (some Luhn-valid 16-digit or 3-2-4 grouped), meter readings, flight/room/gate/
  seat numbers, road names, card last-four mentions.

## Counts by type

| type | spans | cases |
|---|---|---|
{rows}
| **total** | {tot} | {ncase} |
""".format(npos=npos, nneg=nneg, rows=rows, tot=sum(cnt.values()), ncase=npos)


def validate(recs):
    errs = []
    ids = set()
    for rec, meta, canon in recs:
        cid = rec["id"]
        if cid in ids:
            errs.append("dup id " + cid)
        ids.add(cid)
        if rec["kind"] == "negative" and rec["spans"]:
            errs.append(cid + ": negative with spans")
        if rec["kind"] == "positive" and not rec["spans"]:
            errs.append(cid + ": positive without spans")
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"]:
                errs.append(cid + ": bad turn")
        per_turn = {}
        groups = {}
        for sp, g in zip(rec["spans"], meta):
            text = rec["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errs.append("%s: offsets out of range" % cid); continue
            if not (text[s].isalnum() and text[e - 1].isalnum()):
                errs.append("%s: span not trimmed %r" % (cid, text[s:e]))
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, text[s:e]))
            if sp["type"] not in TYPES:
                errs.append(cid + ": bad type")
            per_turn.setdefault(sp["turn"], []).append((s, e))
            val = text[s:e]
            typ = sp["type"]
            try:
                if typ in ("EMAIL", "DOB", "EXPIRY", "ADDRESS"):
                    if typ == "EMAIL":
                        em = spoken_email(val)
                        if g is not None and em != canon[g].lower():
                            errs.append("%s: email %r != %r" % (cid, em, canon[g]))
                        if not check_value("EMAIL", em):
                            errs.append("%s: bad email %r" % (cid, em))
                    elif not check_text(typ, val):
                        errs.append("%s: bad %s %r" % (cid, typ, val))
                else:
                    al = spoken_to_alnum(val)
                    if not al:
                        errs.append("%s: empty normalisation %r" % (cid, val))
                    if g is not None:
                        groups.setdefault(g, [typ, ""])[1] += al
            except Exception as ex:   # noqa
                errs.append("%s: %s" % (cid, ex))
        for g, (typ, got) in groups.items():
            want = re.sub(r"[^A-Z0-9]", "", canon[g].upper())
            if got != want:
                errs.append("%s: %s group %s normalises to %s, expected %s" % (cid, typ, g, got, want))
            if not check_value(typ, want):
                errs.append("%s: %s canonical %s fails validation" % (cid, typ, want))
        for lst in per_turn.values():
            lst.sort()
            for (a, b), (c2, d) in zip(lst, lst[1:]):
                if c2 < b:
                    errs.append(cid + ": overlapping spans")
    return errs


def main():
    recs = build_all()
    data, readme = render(recs), render_readme(recs)
    cnt, _ = counts(recs)
    if "--check" in sys.argv:
        errs = validate(recs)
        for path, want in ((CASES, data), (README, readme)):
            with open(path, encoding="utf-8") as f:
                if f.read() != want:
                    errs.append("%s is not byte-identical to regenerated output" % path)
        npos = sum(1 for r, _, _ in recs if r["kind"] == "positive")
        nneg = len(recs) - npos
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in TYPES:
            if cnt[t] < need.get(t, 10):
                errs.append("too few %s spans: %d" % (t, cnt[t]))
        for e in errs[:60]:
            print("ERROR", e)
        print("positives=%d negatives=%d spans=%s" % (npos, nneg, dict(cnt)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme)
    print("wrote %d cases; spans %s" % (len(recs), dict(cnt)))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout407 held-out PII redaction evaluation set.

Writes tests/fixtures/pii_holdout407/cases.jsonl.  Every turn is assembled from
plain-text segments and labelled value segments, so span offsets are computed.

    python scripts/make_pii_holdout407.py          # (re)generate
    python scripts/make_pii_holdout407.py --check  # regenerate in memory and verify

Standard library only; one RNG: random.Random(407241125).
"""
import argparse
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout407", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ----------------------------------------------------------------------------- words
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {"2": "twenty", "3": "thirty", "4": "forty", "5": "fifty", "6": "sixty",
        "7": "seventy", "8": "eighty", "9": "ninety"}
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu"}
ASIN = {"b": "boy", "d": "david", "m": "mother", "n": "nancy", "s": "sugar", "t": "tommy",
        "p": "peter", "f": "freddie", "h": "harry", "c": "charles", "a": "apple", "e": "edward",
        "w": "william", "r": "robert", "j": "john", "k": "king", "l": "london", "g": "george"}
FILLERS = ["um", "uh", "er", "erm"]

# ----------------------------------------------------------------------------- parsing
W_DIG = {w: str(i) for i, w in enumerate(ONES)}
W_DIG.update({"oh": "0", "o": "0", "nought": "0", "naught": "0"})
W_TEEN = {w: str(10 + i) for i, w in enumerate(TEENS)}
W_TENS = {v: k for k, v in TENS.items()}
W_ORD = {w: str(i) for i, w in enumerate(ORD_UNITS) if w}
W_ORD.update({w: str(10 + i) for i, w in enumerate(ORD_TEENS)})
W_ORD.update({"twentieth": "20", "thirtieth": "30"})
NATO_REV = {v: k.upper() for k, v in NATO.items()}
SKIPW = set(FILLERS) | {"slash", "dash", "hyphen", "space", "plus", "then", "hmm"}


def norm(s):
    """Normalise a (typed or spoken) value to uppercase letters/digits."""
    toks = re.findall(r"[a-z0-9]+", s.lower())
    out = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if len(t) == 1 and t.isalpha() and nxt in ("for", "as"):
            out.append(t.upper())
            i += 1
            continue
        if t in SKIPW:
            i += 1
            continue
        if t == "for":
            i += 2
            continue
        if t == "as" and nxt == "in":
            i += 3
            continue
        if t in ("double", "triple") and nxt is not None:
            k = 2 if t == "double" else 3
            sub = W_DIG.get(nxt, nxt.upper() if len(nxt) == 1 else None)
            if sub is None:
                sub = NATO_REV.get(nxt, "?")
            out.append(sub * k)
            i += 2
            continue
        if t in W_DIG:
            if nxt == "hundred":
                i += 2
                if i < n and toks[i] == "and":
                    i += 1
                rest = None
                if i < n and toks[i] in W_TEEN:
                    rest = W_TEEN[toks[i]]
                    i += 1
                elif i < n and toks[i] in W_TENS:
                    if i + 1 < n and toks[i + 1] in W_DIG and W_DIG[toks[i + 1]] != "0":
                        rest = W_TENS[toks[i]] + W_DIG[toks[i + 1]]
                        i += 2
                    else:
                        rest = W_TENS[toks[i]] + "0"
                        i += 1
                elif i < n and toks[i] in W_DIG:
                    rest = "0" + W_DIG[toks[i]]
                    i += 1
                out.append(W_DIG[t] + (rest or "00"))
                continue
            out.append(W_DIG[t])
            i += 1
            continue
        if t in W_TEEN:
            out.append(W_TEEN[t])
            i += 1
            continue
        if t in W_TENS:
            if nxt in W_DIG and W_DIG[nxt] != "0":
                out.append(W_TENS[t] + W_DIG[nxt])
                i += 2
            elif nxt in W_ORD and len(W_ORD[nxt]) == 1:
                out.append(W_TENS[t] + W_ORD[nxt])
                i += 2
            else:
                out.append(W_TENS[t] + "0")
                i += 1
            continue
        if t in W_ORD:
            out.append(W_ORD[t])
            i += 1
            continue
        if t in NATO_REV:
            out.append(NATO_REV[t])
            i += 1
            continue
        m = re.fullmatch(r"(\d+)(st|nd|rd|th)", t)
        if m:
            out.append(m.group(1))
            i += 1
            continue
        out.append(t.upper())
        i += 1
    return "".join(out)


def norm_email(s):
    if "@" in s:
        return s.strip().lower()
    toks = re.findall(r"[a-z0-9]+", s.lower())
    out, numrun = [], []
    i = 0

    def flush():
        if numrun:
            out.append(norm(" ".join(numrun)).lower())
            del numrun[:]
    mapping = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
    numwords = set(ONES) | set(TEENS) | set(TENS.values()) | {"double", "triple"}
    while i < len(toks):
        t = toks[i]
        if t in FILLERS:
            i += 1
            continue
        if t == "for":
            flush()
            i += 2
            continue
        if t == "as" and i + 1 < len(toks) and toks[i + 1] == "in":
            flush()
            i += 3
            continue
        if t in NATO_REV:
            flush()
            out.append(NATO_REV[t].lower())
            i += 1
            continue
        if t in numwords:
            numrun.append(t)
            i += 1
            continue
        flush()
        out.append(mapping.get(t, t))
        i += 1
    flush()
    return "".join(out)


def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
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


NI_RE = re.compile(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_SUFFIX = ["street", "road", "lane", "avenue", "close", "drive", "way", "crescent", "court",
                 "terrace", "place", "gardens", "grove", "park", "boulevard", "blvd", "st", "rd",
                 "ave", "dr", "ln", "hill", "row", "square", "mews", "walk"]


def ssn_ok(d):
    return (len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9"
            and d[3:5] != "00" and d[5:] != "0000")


def charset_ok(typ, text):
    """Per-span sanity check used for fragments (partial readings)."""
    if typ == "EMAIL":
        return bool(norm_email(text))
    if typ == "ADDRESS":
        return True
    v = norm(text)
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        return v.isdigit()
    return v.isalnum()


def validate_group(typ, canon, texts):
    if typ == "EMAIL":
        v = "@".join(norm_email(t) for t in texts)
        return v == canon and re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v) is not None
    if typ == "ADDRESS":
        t = " ".join(texts).lower()
        words = re.findall(r"[a-z0-9]+", t)
        first_ok = words[0].isdigit() or words[0] in W_DIG or words[0] in W_TEEN or \
            words[0] in W_TENS or words[0] in ("flat", "apartment", "apt", "unit", "suite") or \
            re.fullmatch(r"\d+[a-z]", words[0])
        return bool(first_ok) and words[-1] in STREET_SUFFIX
    v = "".join(norm(t) for t in texts)
    if typ in ("DOB", "EXPIRY"):
        y, m, d = canon
        digits = re.sub(r"\D", "", v)
        named = any(mn in " ".join(texts).lower() for mn in [x[:3] for x in MONTHS])
        yy, yyyy = "%02d" % (y % 100), str(y)
        if typ == "EXPIRY":
            if named:
                return digits in (yy, yyyy)
            return digits in {p + q for p in ("%02d" % m, str(m)) for q in (yy, yyyy)}
        dd = {"%02d" % d, str(d)}
        mm = {"%02d" % m, str(m)}
        if named:
            return digits in {a + b for a in dd for b in (yy, yyyy)}
        ok = set()
        for a in dd:
            for b in mm:
                for c in (yy, yyyy):
                    ok |= {a + b + c, b + a + c, c + b + a}
        return digits in ok
    if v != canon:
        return False
    if typ == "CARD_NUMBER":
        return (13 <= len(v) <= 19 and v.isdigit() and luhn_ok(v)) or (len(v) == 4 and v.isdigit())
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return ssn_ok(v)
    if typ == "NI_NUMBER":
        return NI_RE.fullmatch(v) is not None
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        return v.isdigit() and 10 <= len(v) <= 13
    if typ == "POSTCODE":
        return UKPC_RE.fullmatch(v) is not None or re.fullmatch(r"\d{5}(\d{4})?", v) is not None
    return False


# ----------------------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.groups = [], {}

    def group(self, typ, canon, partial=False):
        gid = len(self.groups)
        self.groups[gid] = (typ, canon, partial)
        return gid

    def add(self, speaker, *segs):
        text, spans = "", []
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                val, gid = s
                spans.append((len(self.turns), len(text), len(text) + len(val), gid))
                text += val
        self.turns.append((speaker, text, spans))

    def c(self, *segs):
        self.add("customer", *segs)

    def a(self, *segs):
        self.add("agent", *segs)


def V(text, gid):
    return (text, gid)


# ----------------------------------------------------------------------------- renderers
class Gen:
    def __init__(self, rng):
        self.r = rng

    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    # -- spoken digits
    def zero_word(self, region="uk"):
        return self.ch(["oh", "oh", "nought", "zero", "o"] if region == "uk" else ["zero", "oh", "oh", "o"])

    def say_pair(self, p):
        if p[0] == "1":
            return TEENS[int(p[1])]
        return TENS[p[0]] + " " + ONES[int(p[1])]

    def singles(self, d, z):
        out, i = [], 0
        while i < len(d):
            run = 1
            while i + run < len(d) and d[i + run] == d[i]:
                run += 1
            w = z if d[i] == "0" else ONES[int(d[i])]
            if run >= 3 and self.p(0.5):
                out.append("triple " + w)
                i += 3
            elif run >= 2 and self.p(0.6):
                out.append("double " + w)
                i += 2
            else:
                out.append(w)
                i += 1
        return " ".join(out)

    def say_chunk(self, ch, z, style):
        pairable = lambda q: q[0] == "1" or (q[0] not in "01" and q[1] != "0")
        if style == "hund" and len(ch) == 3 and ch[0] != "0" and pairable(ch[1:]):
            return "%s hundred%s %s" % (ONES[int(ch[0])], self.ch([" and", " and", ""]), self.say_pair(ch[1:]))
        if style in ("pairs", "hund") and len(ch) >= 2:
            parts, i = [], 0
            while i < len(ch):
                q = ch[i:i + 2]
                if len(q) == 2 and pairable(q) and self.p(0.75):
                    parts.append(self.say_pair(q))
                else:
                    parts.append(self.singles(q, z))
                i += 2
            return " ".join(parts)
        return self.singles(ch, z)

    def spoken(self, d, groups=None, region="uk", style=None, filler=0.15, sep=None, z=None):
        z = z or self.zero_word(region)
        style = style or self.ch(["single", "single", "single", "pairs", "hund"])
        chunks = split_by(d, groups or auto_groups(len(d), self.r))
        sep = sep or self.ch([" ", ", ", ", ", "... ", " "])
        out = []
        for k, chk in enumerate(chunks):
            if k and self.p(filler):
                out.append(self.ch(FILLERS))
            out.append(self.say_chunk(chk, z, style))
        return sep.join(out)

    def say_letter(self, c, nato=0.3):
        lc = c.lower()
        if lc in "oi" or self.p(nato):
            k = self.r.random()
            if k < 0.5:
                return "%s for %s" % (lc, NATO[lc])
            if k < 0.75 and lc in ASIN:
                return "%s as in %s" % (lc, ASIN[lc])
            return NATO[lc]
        return lc

    def say_alnum(self, s, region="uk", nato=0.3):
        """Letters spelled, digit runs spoken."""
        out = []
        for m in re.finditer(r"[A-Z]|\d+", s):
            t = m.group(0)
            if t.isdigit():
                out.append(self.spoken(t, groups=[len(t)] if len(t) <= 3 else None, region=region,
                                       filler=0, sep=" "))
            else:
                out.append(self.say_letter(t, nato))
        return " ".join(out)

    def ordinal(self, n):
        if n < 10:
            return ORD_UNITS[n]
        if n < 20:
            return ORD_TEENS[n - 10]
        if n % 10 == 0:
            return {20: "twentieth", 30: "thirtieth"}[n]
        return TENS[str(n // 10)] + " " + ORD_UNITS[n % 10]

    def say_year(self, y):
        a, b = divmod(y, 100)
        yb = ("%s %s" % (self.zero_word(), ONES[b])) if b < 10 else self.say_pair("%02d" % b) if ("%02d" % b)[1] != "0" or b < 20 else TENS[str(b // 10)]
        return self.say_pair(str(a)) + " " + yb


def split_by(d, groups):
    out, i = [], 0
    for g in groups:
        if i >= len(d):
            break
        out.append(d[i:i + g])
        i += g
    if i < len(d):
        out.append(d[i:])
    return out


def auto_groups(n, r):
    if n <= 4:
        return [n]
    g = r.choice([3, 4, 4, 2])
    return [g] * (n // g + 1)


def sfx(n):
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# ----------------------------------------------------------------------------- value makers
def make_card(r):
    kind = r.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "maestro"])
    if kind == "visa":
        pre, n = "4" + str(r.randint(0, 9)), 16
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
        pre, n = r.choice(["6759", "6763"]), r.choice([16, 18])
    body = pre + "".join(str(r.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(d):
    if len(d) == 15:
        return [4, 6, 5]
    if len(d) == 13:
        return [4, 3, 3, 3]
    return [4] * 5


def make_ssn(r):
    while True:
        d = "%03d%02d%04d" % (r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999))
        if ssn_ok(d):
            return d


def make_ni(r):
    while True:
        a = r.choice("ABCEGHJKLMNPRSTWXYZ")
        b = r.choice("ABCEGHJKLMNPRSTWXYZ")
        v = a + b + "".join(str(r.randint(0, 9)) for _ in range(6)) + r.choice("ABCD")
        if NI_RE.fullmatch(v):
            return v


def make_iban(r):
    cc = r.choice(["GB", "GB", "IE", "IE", "DE", "NL", "ES", "FR"])
    digs = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
    if cc in ("GB", "IE"):
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "AIBK", "BOFI", "IPBS"]) + digs(14)
    elif cc == "NL":
        bban = r.choice(["ABNA", "RABO", "INGB"]) + digs(10)
    elif cc == "DE":
        bban = digs(18)
    elif cc == "ES":
        bban = digs(20)
    else:
        bban = digs(23)
    rear = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in rear)) % 97
    return cc + "%02d" % chk + bban


UK_AREAS = ["SW1A", "M1", "B33", "CR2", "LS6", "EH1", "BT7", "CF10", "G2", "NE1", "L17", "BS8",
            "OX4", "N16", "SE15", "E14", "W12", "NG7", "S10", "PL4", "YO31", "KT2", "RG1", "DN4"]


def make_postcode(r, region):
    area = r.choice(UK_AREAS)
    inward = str(r.randint(1, 9)) + "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    return area + " " + inward, area + inward


def make_zip(r):
    z = "%05d" % r.randint(1001, 99950)
    if r.random() < 0.3:
        p4 = "%04d" % r.randint(1, 9999)
        return z + "-" + p4, z + p4
    return z, z


STREETS = ["High", "Station", "Church", "Mill", "Victoria", "Park", "Albert", "Queens", "Kings",
           "Acacia", "Elm", "Oak", "Maple", "Cedar", "Willow", "Chapel", "Springfield", "Manor",
           "Green", "Orchard", "Harbour", "Castle", "Meadow", "Riverside", "Beech", "Glebe"]
UK_SUF = ["Street", "Road", "Lane", "Avenue", "Close", "Drive", "Way", "Crescent", "Terrace", "Gardens", "Grove", "Mews"]
US_SUF = ["Street", "Avenue", "Drive", "Boulevard", "Road", "Lane", "St", "Ave", "Dr", "Blvd", "Court", "Way"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow", "Belfast", "Norwich", "York", "Reading", "Plymouth"]
TOWNS_US = ["Springfield", "Austin", "Columbus", "Portland", "Denver", "Raleigh", "Tucson", "Madison"]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Dublin 8", "Drogheda", "Sligo"]
FIRST = ["james", "sarah", "mohammed", "aoife", "priya", "liam", "chloe", "daniel", "grace", "tomasz",
         "emma", "oluwaseun", "niamh", "carlos", "hannah", "wei", "fatima", "connor", "zoe", "raj"]
LAST = ["smith", "okafor", "murphy", "patel", "kowalski", "jones", "nguyen", "obrien", "garcia",
        "walsh", "evans", "khan", "brennan", "taylor", "schmidt", "moreau", "hughes", "reilly"]
DOMAINS_UK = ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "outlook.com", "sky.com"]
DOMAINS_US = ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "comcast.net"]
DOMAINS_IE = ["eircom.net", "gmail.com", "hotmail.com", "yahoo.ie"]

INDUSTRY = {
    "uk": [("banking", "Northgate Bank"), ("telecom", "Skyline Mobile"), ("utilities", "BrightHome Energy"),
           ("retail", "Harlow & Pike"), ("insurance", "Lionheart Insurance"), ("travel", "BlueSky Holidays"),
           ("government", "the Pension Service"), ("healthcare billing", "CarePlus Dental")],
    "us": [("banking", "First Prairie Bank"), ("telecom", "Vantage Wireless"), ("utilities", "Metro Gas & Electric"),
           ("retail", "ShopRight"), ("insurance", "Evergreen Auto Insurance"), ("travel", "SunCoast Airlines"),
           ("healthcare billing", "Lakeside Medical billing"), ("government", "the county benefits office")],
    "ie": [("banking", "Liffey Credit Union"), ("telecom", "Emerald Broadband"), ("utilities", "Shannon Power"),
           ("insurance", "Celtic Assure"), ("travel", "Aer Atlantic")],
    "eu": [("retail", "Nordhaus Online"), ("travel", "EuroRail Connect"), ("banking", "Rhein Direktbank")],
}


# ----------------------------------------------------------------------------- scenarios
class Builder(Gen):
    def ctx(self, region=None):
        region = region or self.ch(["uk", "uk", "us", "us", "ie", "eu"])
        ind, org = self.ch(INDUSTRY[region])
        return region, ind, org

    def greet(self, org, asr):
        g = self.ch(["thanks for calling %s, you're speaking with %s, how can i help?",
                     "hello, %s, this is %s speaking, how can i help today?",
                     "good morning, you're through to %s, my name's %s."])
        name = self.ch(["dave", "priya", "megan", "tom", "shauna", "marcus", "lucy", "ahmed"])
        t = g % (org, name)
        return t.lower() if asr else t[0].upper() + t[1:]

    def typed_card(self, d):
        gs = card_groups(d)
        k = self.r.random()
        if k < 0.35:
            return " ".join(split_by(d, gs))
        if k < 0.55:
            return "-".join(split_by(d, gs))
        if k < 0.7:
            return d
        if k < 0.8:
            return ".".join(split_by(d, gs))
        if k < 0.9:  # odd grouping
            return " ".join(split_by(d, [3, 5, 4, 4, 3]))
        parts = split_by(d, gs)
        return parts[0] + " " + parts[1] + "-" + "".join(parts[2:])

    def card_case(self):
        region, ind, org = self.ctx()
        asr = self.p(0.6)
        cs = Case("positive", "")
        card = make_card(self.r)
        g = cs.group("CARD_NUMBER", card)
        notes = [ind, "asr" if asr else "chat"]
        if asr:
            cs.a(self.greet(org, True))
            cs.c(self.ch(["hi yeah i wanna pay my bill", "hiya, i need to make a payment please",
                          "hello, um, i'm calling to pay off my balance", "yeah hi i want to book the trip and pay today"]))
            cs.a(self.ch(["no problem, can i take the long number across the front of the card",
                          "okay, whenever you're ready, the card number please",
                          "lovely, and what's the sixteen digit number on the card"]))
            gs = card_groups(card)
            chunks = split_by(card, gs)
            mode = self.ch(["plain", "split", "split", "aside", "correct", "readback"])
            style = self.ch(["single", "single", "pairs", "hund"])
            z = self.zero_word(region)
            say = lambda d, gg=None: self.spoken(d, groups=gg or [4], region=region, style=style, z=z, filler=0.2)
            if mode == "split":
                notes.append("split over turns")
                cut1 = self.r.randint(1, len(chunks) - 2)
                first = "".join(chunks[:cut1])
                cs.c(self.ch(["yeah it's ", "okay it's ", "right so ", ""]), V(say(first), g))
                cs.a(self.ch(["mhm", "go on", "yep", "okay", "uh huh"]))
                rest = chunks[cut1:]
                if len(rest) > 1 and self.p(0.6):
                    cs.c(V(say(rest[0]), g))
                    cs.a(self.ch(["mhm", "yeah", "go on"]))
                    rest = rest[1:]
                cs.c(V(say("".join(rest)), g), self.ch(["", " and that's it", ""]))
            elif mode == "aside":
                notes.append("aside mid-reading")
                cut = self.r.randint(1, len(chunks) - 1)
                cs.c("it's ", V(say("".join(chunks[:cut])), g),
                     self.ch([", hang on the numbers are worn, ", "... sorry my glasses, right, ",
                              " - sorry the dog's barking - ", ", bear with me, "]),
                     V(say("".join(chunks[cut:])), g))
            elif mode == "correct":
                notes.append("corrected reading")
                bad = list(card[:self.r.randint(4, 8)])
                j = len(bad) - 1
                bad[j] = str((int(bad[j]) + self.r.randint(1, 8)) % 10)
                gb = cs.group("CARD_NUMBER", "".join(bad), partial=True)
                cs.c("so it's ", V(say("".join(bad)), gb),
                     self.ch(["... no sorry, wrong card, let me start again, ", " no wait that's not right, ",
                              " sorry, scrap that, "]), V(say(card), g))
            else:
                cs.c(self.ch(["yep it's ", "okay so it's ", "right, ", "it's "]), V(say(card), g))
            if mode == "readback" or self.p(0.3):
                notes.append("agent read-back")
                g2 = cs.group("CARD_NUMBER", card)
                cs.a("so that's ", V(self.spoken(card, groups=gs, region=region, style="single", filler=0), g2), ", yeah?")
                cs.c("yes")
            if self.p(0.6):
                y = self.r.randint(2025, 2032)
                m = self.r.randint(1, 12)
                ge = cs.group("EXPIRY", (y, m, 1))
                k = self.r.random()
                if k < 0.35:
                    ex = "%s %s" % (self.say_two(m), self.say_yy(y))
                elif k < 0.7:
                    ex = "%s %s" % (MONTHS[m - 1], self.say_yy(y))
                else:
                    ex = "%s twenty %s" % (MONTHS[m - 1], self.say_yy(y))
                cs.a("and the expiry date?")
                cs.c(self.ch(["it's ", "", "um ", "expires "]), V(ex, ge))
                notes.append("expiry")
            if self.p(0.55):
                cvv = "".join(str(self.r.randint(0, 9)) for _ in range(4 if len(card) == 15 else 3))
                gc = cs.group("CVV", cvv)
                cs.a(self.ch(["and the three digits on the back", "and the security code please",
                              "last thing, the cvv"]))
                cs.c(self.ch(["", "it's ", "oh yeah "]), V(self.spoken(cvv, groups=[len(cvv)], region=region, z=z, filler=0), gc))
                notes.append("cvv")
            if self.p(0.3):
                gl = cs.group("CARD_NUMBER", card[-4:], partial=True)
                cs.a("perfect, so the card ending ", V(self.spoken(card[-4:], groups=[4], style="single", z=z, filler=0), gl),
                     " will be charged %s." % self.amount_spoken(region))
                notes.append("last-four after full read (labelled)")
            else:
                cs.a("lovely, that's gone through, you'll get a text confirmation.")
        else:
            intro = self.ch(["Hi, I'd like to pay my outstanding invoice by card.",
                             "hello can u take payment over chat pls", "I want to renew my policy, card details below"])
            cs.a("Hi, you're chatting with %s. " % org + self.ch(["How can I help?", "What can I do for you today?"]))
            cs.c(intro)
            cs.a(self.ch(["Sure, please type the card number.", "No problem - card number please?"]))
            lead = self.ch(["", "card no: ", "Card number: ", "its ", "ok its ", "CC# "])
            cs.c(lead, V(self.typed_card(card), g))
            notes.append("typed")
            if self.p(0.6):
                y = self.r.randint(2025, 2032)
                m = self.r.randint(1, 12)
                ge = cs.group("EXPIRY", (y, m, 1))
                ex = self.ch(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%d/%02d" % (m, y % 100),
                              "%02d-%02d" % (m, y % 100), "%02d %02d" % (m, y % 100),
                              "%s %d" % (MONTHS[m - 1][:3].title(), y)])
                parts = [self.ch(["exp ", "Expiry ", "expires ", "exp date: ", "valid thru "]), V(ex, ge)]
                if self.p(0.7):
                    cvv = "".join(str(self.r.randint(0, 9)) for _ in range(4 if len(card) == 15 else 3))
                    gc = cs.group("CVV", cvv)
                    parts += [self.ch([", cvv ", " CVV: ", " security code ", " sec code "]), V(cvv, gc)]
                cs.c(*parts)
            cs.a(self.ch(["Thanks, that payment of %s has been taken." % self.amount_typed(region),
                          "Thank you. Please don't share card details in chat again - I've processed it now."]))
        cs.note = "card payment; " + ", ".join(notes)
        return cs

    def say_two(self, m):
        s = "%02d" % m
        return ("oh " + ONES[m]) if m < 10 and self.p(0.6) else (ONES[m] if m < 10 else TEENS[m - 10])

    def say_yy(self, y):
        q = "%02d" % (y % 100)
        return TENS[q[0]] if q[1] == "0" and q[0] != "1" else self.say_pair(q)

    def amount_spoken(self, region):
        cur = {"uk": "pounds", "us": "dollars", "ie": "euro", "eu": "euro"}[region]
        return ("%s %s %s" % (self.ch(["forty two", "one hundred and twelve", "sixty", "two hundred", "eighty nine"]),
                             cur, self.ch(["", "fifty", "ninety nine"]))).strip()

    def amount_typed(self, region):
        cur = {"uk": "£", "us": "$", "ie": "€", "eu": "€"}[region]
        return "%s%d.%02d" % (cur, self.r.randint(5, 1500), self.r.randint(0, 99))

    # --- SSN
    def ssn_case(self):
        _, ind, org = self.ctx("us")
        asr = self.p(0.55)
        cs = Case("positive", "")
        ssn = make_ssn(self.r)
        g = cs.group("SSN", ssn)
        notes = [ind]
        if asr:
            cs.a(self.greet(org, True))
            cs.c(self.ch(["hi i got a bill i don't understand", "yeah i'm calling about my application",
                          "hey, i need to update my account"]))
            cs.a(self.ch(["sure, to verify can i get your social", "i can help with that, what's your social security number",
                          "okay first i need the last, actually, the full social please"]))
            mode = self.ch(["plain", "split", "correct", "readback", "plain"])
            say = lambda d, gg: self.spoken(d, groups=gg, region="us", style=self.ch(["single", "single", "pairs"]), filler=0.25)
            if mode == "split":
                cs.c("yeah it's ", V(say(ssn[:3], [3]), g))
                cs.a(self.ch(["mhm", "okay", "go ahead"]))
                cs.c(V(say(ssn[3:5], [2]), g))
                cs.a("uh huh")
                cs.c(V(say(ssn[5:], [4]), g))
            elif mode == "correct":
                b = list(ssn[:5])
                b[4] = str((int(b[4]) + 3) % 10)
                gb = cs.group("SSN", "".join(b), partial=True)
                cs.c("um ", V(say("".join(b), [3, 2]), gb), self.ch([" wait no, ", " hold on, i messed up, "]), V(say(ssn, [3, 2, 4]), g))
            else:
                cs.c(self.ch(["", "it's ", "sure, "]), V(say(ssn, [3, 2, 4]), g))
            if mode == "readback" or self.p(0.25):
                g2 = cs.group("SSN", ssn)
                cs.a("i have ", V(self.spoken(ssn, groups=[3, 2, 4], region="us", style="single", filler=0), g2), ", is that right?")
                cs.c(self.ch(["yep", "that's right", "correct"]))
            notes.append("asr")
        else:
            cs.a("Hi, this is %s support chat. How can I help?" % org)
            fmt = self.ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s"])
            s = fmt % (ssn[:3], ssn[3:5], ssn[5:])
            cs.c(self.ch(["need to update my records, ", "Hi. ", "hello "]),
                 self.ch(["SSN: ", "my ssn is ", "Social Security No. ", "ss# "]), V(s, g))
            notes.append("typed")
        self.add_extras(cs, "us", asr, notes, k=self.r.randint(0, 2))
        cs.a(self.ch(["thanks, you're verified.", "great, i've got your file up.", "thank you, one moment."]))
        cs.note = "SSN verification; " + ", ".join(notes)
        return cs

    # --- NI
    def ni_case(self):
        region = "uk"
        ind, org = self.ch([("government", "HMRC"), ("government", "the Pension Service"),
                            ("payroll", "PayWise payroll"), ("insurance", "Lionheart Insurance"),
                            ("banking", "Northgate Bank ISA team"), ("government", "the Student Loans helpline")])
        asr = self.p(0.6)
        cs = Case("positive", "")
        ni = make_ni(self.r)
        g = cs.group("NI_NUMBER", ni)
        notes = [ind]
        if asr:
            cs.a(self.greet(org, True))
            cs.c(self.ch(["hiya, it's about my tax code", "hello, i've had a letter about my pension",
                          "hi, i've started a new job and they've got me on emergency tax"]))
            cs.a(self.ch(["right, can i take your national insurance number", "okay, what's your n i number please",
                          "first of all your national insurance number"]))
            mode = self.ch(["plain", "split", "readback", "nato", "plain"])
            nato = 0.9 if mode == "nato" else 0.2
            d = ni[2:8]
            style = self.ch(["single", "pairs", "pairs"])
            def say_ni(v):
                return "%s %s %s %s" % (self.say_letter(v[0], nato), self.say_letter(v[1], nato),
                                        self.spoken(d, groups=[2, 2, 2], style=style, filler=0.2, sep=self.ch([" ", ", "])),
                                        self.say_letter(v[8], nato))
            if mode == "split":
                cs.c("yeah it's ", V("%s %s" % (self.say_letter(ni[0], nato), self.say_letter(ni[1], nato)), g))
                cs.a(self.ch(["mhm", "go on", "yep"]))
                cs.c(V(self.spoken(d, groups=[2, 2, 2], style=style, filler=0.1), g))
                cs.a(self.ch(["and the letter at the end?", "mhm"]))
                cs.c(V(self.say_letter(ni[8], 0.5), g))
            else:
                cs.c(self.ch(["it's ", "yeah it's ", "um, ", ""]), V(say_ni(ni), g))
            if mode == "readback" or self.p(0.25):
                g2 = cs.group("NI_NUMBER", ni)
                cs.a("lovely so ", V(say_ni(ni), g2), ", yeah?")
                cs.c("that's it")
            notes.append("asr")
        else:
            cs.a("Hello, you're chatting with %s. How can I help?" % org)
            k = self.r.random()
            if k < 0.3:
                s = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
            elif k < 0.55:
                s = ni.lower()
            elif k < 0.75:
                s = ni
            else:
                s = "%s %s %s" % (ni[:2], ni[2:8], ni[8])
            cs.c(self.ch(["NI no: ", "my NI number is ", "Nat Ins: ", "ni - ", "National Insurance number "]), V(s, g),
                 self.ch(["", " if that helps", ". Can you check my contributions?"]))
            notes.append("typed")
        self.add_extras(cs, "uk", asr, notes, k=self.r.randint(0, 2))
        cs.a(self.ch(["thanks for that.", "okay you're through security.", "brilliant, bear with me."]))
        cs.note = "NI number; " + ", ".join(notes)
        return cs

    # --- extras: DOB, postcode, address, phone, email
    def add_extras(self, cs, region, asr, notes, k=1, kinds=None):
        kinds = kinds or self.r.sample(["dob", "post", "addr", "phone", "email"], k)
        for kd in kinds:
            getattr(self, "x_" + kd)(cs, region, asr)
            notes.append(kd)

    def x_dob(self, cs, region, asr):
        y = self.r.randint(1941, 2004) if not asr else self.r.randint(1941, 1999)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28)
        g = cs.group("DOB", (y, m, d))
        cs.a(self.ch(["and your date of birth?", "can you confirm your date of birth", "and the d o b please"]))
        if asr:
            yr = self.say_year(y) if self.p(0.75) else self.say_pair("%02d" % (y % 100)) if (y % 10) else self.say_year(y)
            k = self.r.random()
            if k < 0.4:
                s = "%s of %s %s" % (self.ordinal(d), MONTHS[m - 1], yr)
                lead = self.ch(["the ", "it's the ", "um the "])
            elif k < 0.7:
                s = "%s %s %s" % (MONTHS[m - 1], self.ordinal(d), yr)
                lead = self.ch(["", "it's "])
            else:
                s = "%s %s, %s" % (self.ordinal(d), MONTHS[m - 1], yr)
                lead = self.ch(["", "yeah "])
            cs.c(lead, V(s, g))
        else:
            us = region == "us"
            s = self.ch(["%02d/%02d/%d" % ((m, d, y) if us else (d, m, y)),
                         "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                         "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                         "%d%s %s %d" % (d, sfx(d), MONTHS[m - 1][:3].title(), y),
                         "%d-%02d-%02d" % (y, m, d),
                         "%02d.%02d.%d" % (d, m, y) if not us else "%d/%d/%d" % (m, d, y)])
            cs.c(self.ch(["DOB ", "dob: ", "born ", "Date of birth: ", ""]), V(s, g))

    def x_post(self, cs, region, asr):
        if region == "us":
            shown, canon = make_zip(self.r)
        else:
            shown, canon = make_postcode(self.r, "uk")
        g = cs.group("POSTCODE", canon)
        cs.a(self.ch(["and the postcode?" if region != "us" else "and your zip code?", "what's the postcode on the account" if region != "us" else "zip?"]))
        if asr:
            if region == "us":
                s = self.spoken(canon, groups=[5, 4], region="us", style="single", filler=0)
            else:
                out, inn = shown.split()
                s = self.say_alnum(out, nato=0.25) + self.ch([" ", ", "]) + self.say_alnum(inn, nato=0.25)
            cs.c(self.ch(["it's ", "", "yeah "]), V(s, g))
        else:
            s = shown if self.p(0.6) else shown.lower() if self.p(0.5) else shown.replace(" ", "")
            cs.c(self.ch(["", "postcode ", "Zip: " if region == "us" else "pc: "]), V(s, g))

    def x_addr(self, cs, region, asr):
        n = self.r.randint(1, 480)
        st = self.ch(STREETS)
        suf = self.ch(US_SUF if region == "us" else UK_SUF)
        flat = self.p(0.25)
        fl = self.r.randint(1, 24)
        g = cs.group("ADDRESS", None)
        town = self.ch(TOWNS_US if region == "us" else TOWNS_IE if region == "ie" else TOWNS_UK)
        cs.a(self.ch(["and the first line of the address?", "what's the address we have for you", "can you confirm your address"]))
        if asr:
            ns = self.spoken(str(n), groups=[3], style=self.ch(["pairs", "hund", "single"]), filler=0, sep=" ")
            s = ("flat %s, " % ONES[fl] if flat and fl < 10 else "") + "%s %s %s" % (ns, st.lower(), suf.lower())
            cs.c(self.ch(["it's ", "", "um "]), V(s, g), self.ch([", " + town.lower(), " in " + town.lower(), ""]))
        else:
            s = ("Flat %d, " % fl if flat else "Apt %d, " % fl if region == "us" and self.p(0.3) else "") + "%d %s %s" % (n, st, suf)
            if self.p(0.2):
                s = s.lower()
            parts = [V(s, g), ", " + town]
            if self.p(0.6):
                shown, canon = make_zip(self.r) if region == "us" else make_postcode(self.r, "uk")
                if region == "ie":
                    parts += []
                else:
                    gp = cs.group("POSTCODE", canon)
                    parts += [" " if region == "us" else ", ", V(shown, gp)]
            cs.c(*parts)

    def make_phone(self, region):
        r = self.r
        dg = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
        if region == "us":
            area = str(r.randint(2, 9)) + dg(2)
            ex = str(r.randint(2, 9)) + dg(2)
            ln = dg(4)
            canon = area + ex + ln
            intl = self.p(0.25)
            shown = self.ch(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (area, ex, ln)
            if intl:
                shown, canon = "+1 " + shown, "1" + canon
            return shown, canon, [3, 3, 4], "1" if intl else ""
        if region == "ie":
            body = "8" + str(r.choice([3, 5, 6, 7, 9])) + dg(7)
            if self.p(0.5):
                return "+353 %s %s %s" % (body[:2], body[2:5], body[5:]), "353" + body, [2, 3, 4], "353"
            return "0%s %s %s" % (body[:2], body[2:5], body[5:]), "0" + body, [3, 3, 4], ""
        if region == "eu":
            body = "1" + str(r.randint(5, 7)) + dg(8)
            return "+49 %s %s" % (body[:3], body[3:]), "49" + body, [3, 3, 4], "49"
        body = "7" + str(r.randint(4, 9)) + dg(8) if self.p(0.7) else "20" + dg(8)
        if self.p(0.35):
            return self.ch(["+44 %s %s", "+44 (0)%s %s"]).replace("(0)", "") % (body[:4], body[4:]), "44" + body, [4, 3, 3], "44"
        return self.ch(["0%s %s", "0%s-%s", "0%s%s"]) % (body[:4], body[4:]), "0" + body, [5, 3, 3], ""

    def x_phone(self, cs, region, asr):
        shown, canon, groups, cc = self.make_phone(region)
        g = cs.group("PHONE", canon)
        cs.a(self.ch(["best contact number?", "and a phone number we can reach you on", "is the mobile still the same? what is it?"]))
        if asr:
            body = canon[len(cc):]
            s = ("plus " + self.spoken(cc, groups=[len(cc)], style="single", filler=0) + " " if cc else "") + \
                self.spoken(body, groups=groups, region=region, filler=0.15, style=self.ch(["single", "single", "pairs"]))
            if cc and self.p(0.5):
                s = s[len("plus "):]
            if self.p(0.3):
                cut = max(1, len(body) // 2)
                g2 = g
                s1 = ("plus " + self.spoken(cc, groups=[len(cc)], style="single", filler=0) + " " if cc else "") + \
                    self.spoken(body[:cut], groups=[cut], region=region, style="single", filler=0)
                cs.c(self.ch(["it's ", "yeah "]), V(s1, g2))
                cs.a(self.ch(["mhm", "yep", "go on"]))
                cs.c(V(self.spoken(body[cut:], groups=[len(body) - cut], region=region, style="single", filler=0), g2))
                return
            cs.c(self.ch(["it's ", "", "yeah it's ", "my mobile's "]), V(s, g))
        else:
            cs.c(*self.phone_segs(self.ch(["", "tel: ", "Mob ", "ph# ", "call me on "]), shown, g))

    def phone_segs(self, lead, shown, g):
        if shown[0] in "+(":
            return [lead + shown[0], V(shown[1:], g)]
        return [lead, V(shown, g)]

    def make_email(self, region):
        f, l = self.ch(FIRST), self.ch(LAST)
        dom = self.ch(DOMAINS_US if region == "us" else DOMAINS_IE if region == "ie" else DOMAINS_UK)
        num = (str(self.r.randint(1, 9)) + str(self.r.randint(1, 9))) if self.p(0.4) else ""
        local = self.ch(["%s.%s", "%s%s", "%s_%s", "%s.%s"]) % (f if self.p(0.7) else f[0], l) + num
        return local + "@" + dom

    def say_email(self, e):
        local, dom = e.split("@")
        m = re.match(r"([a-z._]+?)(\d*)$", local)
        words, num = m.group(1), m.group(2)
        parts = []
        for seg in re.split(r"([._])", words):
            if seg == ".":
                parts.append("dot")
            elif seg == "_":
                parts.append("underscore")
            elif len(seg) == 1:
                parts.append(self.say_letter(seg, 0.5) if seg not in "o" else "o for oscar")
            elif seg:
                parts.append(seg)
        if num:
            parts.append(self.say_pair(num) if num[1] != "0" and num[0] != "0" else " ".join(ONES[int(c)] for c in num))
        return " ".join(parts) + " at " + dom.replace(".", " dot ")

    def x_email(self, cs, region, asr):
        e = self.make_email(region)
        g = cs.group("EMAIL", e)
        cs.a(self.ch(["and an email address?", "what email should we send the confirmation to", "can i grab your email"]))
        if asr:
            s = self.say_email(e)
            if self.p(0.3):
                a, b = s.split(" at ", 1)
                cs.c(self.ch(["it's ", "yeah it's "]), V(a, g))
                cs.a(self.ch(["mhm", "yep", "at?"]))
                cs.c("at ", V(b, g))
                return
            cs.c(self.ch(["it's ", "", "yeah it's "]), V(s, g))
        else:
            s = e if self.p(0.7) else e.title() if self.p(0.5) else e.upper()
            cs.groups[g] = ("EMAIL", s.lower(), False)
            cs.c(self.ch(["", "email: ", "its ", "e-mail "]), V(s, g))

    # --- bank details
    def bank_case(self):
        region = self.ch(["uk", "uk", "uk", "us"])
        _, ind, org = self.ctx(region)
        asr = self.p(0.55)
        cs = Case("positive", "")
        notes = [ind, "asr" if asr else "typed"]
        acct = "".join(str(self.r.randint(0, 9)) for _ in range(8 if region == "uk" else self.r.choice([9, 10, 12])))
        ga = cs.group("BANK_ACCOUNT", acct)
        if region == "uk":
            sc = "".join(str(self.r.randint(0, 9)) for _ in range(6))
            gs = cs.group("SORT_CODE", sc)
        cs.a(self.greet(org, asr) if asr else "Hi, you're chatting with %s." % org)
        cs.c(self.ch(["i want to set up a direct debit", "i need to change the bank account my payments come from",
                      "can you refund it to my bank instead"]))
        if region == "uk":
            cs.a("okay, can i have the sort code first")
            if asr:
                s = self.spoken(sc, groups=[2, 2, 2], style=self.ch(["pairs", "single"]), filler=0.2)
                cs.c(self.ch(["yeah it's ", "", "sort code is "]), V(s, gs))
            else:
                s = self.ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
                cs.c(self.ch(["sort code ", "s/c: ", "", "Sort: "]), V(s, gs))
        cs.a("and the account number")
        if asr:
            if self.p(0.35):
                cut = len(acct) // 2
                cs.c(V(self.spoken(acct[:cut], groups=[cut], style="single", filler=0.1), ga))
                cs.a(self.ch(["mhm", "yep", "go on"]))
                cs.c(V(self.spoken(acct[cut:], groups=[len(acct) - cut], style="single", filler=0.1), ga))
                notes.append("split")
            else:
                cs.c(self.ch(["it's ", "", "um "]), V(self.spoken(acct, region=region, filler=0.2), ga))
            if self.p(0.35):
                g2 = cs.group("BANK_ACCOUNT", acct)
                cs.a("reading that back, ", V(self.spoken(acct, groups=[4, 4, 4], style="single", filler=0), g2))
                notes.append("read-back")
        else:
            s = acct if self.p(0.6) else " ".join(split_by(acct, [4, 4, 4]))
            cs.c(self.ch(["acct no: ", "account number ", "a/c ", "Acct# ", ""]), V(s, ga))
        if region == "us" and self.p(0.7):
            cs.a("and the routing number?")
            cs.c("it's 0" + "".join(str(self.r.randint(0, 9)) for _ in range(8)) + self.ch([", the one at the bottom left", ""]))
            notes.append("routing number unlabelled")
        self.add_extras(cs, region, asr, notes, k=self.r.randint(0, 1))
        dd = self.r.randint(1, 28)
        cs.a(self.ch(["that's all set up, the first collection is on the %d%s." % (dd, sfx(dd)),
                      "great, that's updated.", "done, you'll get a letter in the post within 10 working days."]))
        cs.note = "bank details; " + ", ".join(notes)
        return cs

    def iban_case(self):
        region = self.ch(["ie", "eu", "uk", "ie"])
        _, ind, org = self.ctx(region)
        asr = self.p(0.45)
        cs = Case("positive", "")
        ib = make_iban(self.r)
        g = cs.group("IBAN", ib)
        notes = [ind, ib[:2] + " IBAN"]
        cs.a(self.greet(org, asr) if asr else "Hello from %s, how can we help?" % org)
        cs.c(self.ch(["i'm owed a refund and want it paid to my account", "i'd like to pay by bank transfer",
                      "we need to update the supplier bank details"]))
        cs.a("can i get the iban please")
        if asr:
            body = ib
            grp = split_by(body, [4] * 9)
            s = ", ".join(self.say_alnum(x, nato=0.3) for x in grp)
            if self.p(0.4):
                cut = self.r.randint(2, len(grp) - 1)
                s1 = ", ".join(self.say_alnum(x, nato=0.3) for x in grp[:cut])
                s2 = ", ".join(self.say_alnum(x, nato=0.3) for x in grp[cut:])
                cs.c(self.ch(["yeah it's ", "okay "]), V(s1, g))
                cs.a(self.ch(["mhm", "go on", "okay"]))
                cs.c(V(s2, g))
                notes.append("split")
            else:
                cs.c(self.ch(["it's ", "", "right, "]), V(s, g))
            notes.append("asr")
        else:
            k = self.r.random()
            s = " ".join(split_by(ib, [4] * 9)) if k < 0.5 else ib if k < 0.75 else " ".join(split_by(ib, [4] * 9)).lower()
            cs.c(self.ch(["IBAN: ", "iban ", "", "IBAN - "]), V(s, g), self.ch(["", " BIC to follow", " (business account)"]))
            notes.append("typed")
        self.add_extras(cs, region, asr, notes, k=self.r.randint(0, 1))
        cs.a("thank you, the transfer should arrive in 3 to 5 working days.")
        cs.note = "IBAN; " + ", ".join(notes)
        return cs

    def contact_case(self):
        region, ind, org = self.ctx()
        asr = self.p(0.6)
        cs = Case("positive", "")
        notes = [ind, "asr" if asr else "typed"]
        cs.a(self.greet(org, asr))
        cs.c(self.ch(["i've moved house and need to update my details", "i want to change my contact details",
                      "can you update my phone number and email", "i'm registering as a new patient"]))
        kinds = self.r.sample(["phone", "email", "addr", "post", "dob"], self.r.randint(2, 4))
        self.add_extras(cs, region, asr, notes, kinds=kinds)
        cs.a(self.ch(["all updated.", "that's changed for you.", "you'll get a confirmation shortly."]))
        cs.note = "contact details update; " + ", ".join(notes)
        return cs

    def chat_case(self):
        region, ind, org = self.ctx()
        cs = Case("positive", "")
        cs.a("Thanks for contacting %s by email." % org)
        notes = [ind, "email/chat message"]
        parts = [self.ch(["Hi team,\n", "Hello,\n", "hi "])]
        e = self.make_email(region)
        ge = cs.group("EMAIL", e)
        parts += ["please update my email to ", V(e, ge), ". "]
        shown, canon, _, _ = self.make_phone(region)
        gp = cs.group("PHONE", canon)
        parts += self.phone_segs(self.ch(["New mob: ", "phone ", "Tel. "]), shown, gp) + [". "]
        if self.p(0.6):
            if region == "us":
                s = make_ssn(self.r)
                gs = cs.group("SSN", s)
                parts += ["SSN for the file is ", V("%s-%s-%s" % (s[:3], s[3:5], s[5:]), gs), ". "]
                notes.append("ssn")
            elif region == "uk":
                n = make_ni(self.r)
                gn = cs.group("NI_NUMBER", n)
                parts += ["NI ", V(n, gn), ". "]
                notes.append("ni")
        parts += ["My order number is %d and the total was %s." % (self.r.randint(10 ** 7, 10 ** 8), self.amount_typed(region))]
        cs.c(*parts)
        self.add_extras(cs, region, False, notes, k=1)
        cs.note = "multi-PII message; " + ", ".join(notes)
        return cs

    # --- negatives
    def neg_case(self, i):
        region, ind, org = self.ctx()
        asr = self.p(0.5)
        cs = Case("negative", "")
        r = self.r
        dg = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
        k = i % 26
        z = self.zero_word(region)
        cur = {"uk": "£", "us": "$", "ie": "€", "eu": "€"}[region]
        cs.a(self.greet(org, asr))
        if k == 0:
            cs.c("what's my balance at the moment?")
            cs.a("your balance is %s%s and your next payment of %s%d.%02d is due on the %d%s." %
                 (cur, "{:,}.{:02d}".format(r.randint(1000, 99999), r.randint(0, 99)), cur, r.randint(10, 300), r.randint(0, 99), r.randint(1, 28), "th"))
            note = "balance and amounts"
        elif k == 1:
            d = make_card(r)
            cs.c("i'm chasing an order, the order number is " + (self.spoken(d, groups=[4], region=region, filler=0.1) if asr else " ".join(split_by(d, [4] * 5))))
            cs.a("thanks, that order was dispatched yesterday.")
            note = "Luhn-valid 16-digit string labelled as order number"
        elif k == 2:
            l4 = dg(4)
            cs.c("there's a charge on my card ending " + (self.spoken(l4, groups=[4], style="single") if asr else l4) + " i don't recognise")
            cs.a("i can see it, %s%d.%02d to a streaming service on the %d%s of %s." % (cur, r.randint(5, 40), r.randint(0, 99), 12, "th", self.ch(MONTHS)))
            note = "card last four only"
        elif k == 3:
            t = "1Z " + dg(3) + " " + "".join(r.choice("ABCDEFGH") for _ in range(2)) + dg(1) + " " + dg(4) + " " + dg(4) + " " + dg(2)
            cs.c("where's my parcel? tracking number " + t)
            cs.a("it's with the courier and should arrive between 9am and 1pm tomorrow.")
            note = "tracking number"
        elif k == 4:
            mr = dg(5)
            cs.c("i want to give a meter reading, it's " + (self.spoken(mr, groups=[5], region=region, style="single") if asr else mr))
            cs.a("thanks, and is that the day rate or night rate meter? the night one ends in %s" % dg(3))
            note = "meter reading"
        elif k == 5:
            cs.c("my flight's %s %d, seat %d%s, and the gate says %s%d" % (self.ch(["EI", "BA", "FR", "UA"]), r.randint(100, 999), r.randint(1, 40), r.choice("ABCDEF"), r.choice("ABC"), r.randint(1, 40)))
            cs.a("boarding closes 20 minutes before departure at 14:35.")
            note = "flight, seat, gate, times"
        elif k == 6:
            cs.c("what time are you open till")
            cs.a("we're open eight till eight monday to friday and nine to five on saturdays" if asr else "We're open 8am-8pm Mon-Fri and 9:00-17:00 Sat.")
            note = "opening hours"
        elif k == 7:
            dd = r.randint(1, 28)
            mm = self.ch(MONTHS)
            if asr:
                cs.c("i need to move my appointment on the %s of %s" % (self.ordinal(dd), mm))
                cs.a("i can do the %s of %s at half ten or two fifteen" % (self.ordinal(min(dd + 2, 28)), mm))
            else:
                cs.c("Can I reschedule my appointment on %02d/%02d/2025?" % (dd, MONTHS.index(mm) + 1))
                cs.a("Yes, next available is %d %s 2025 at 10:30." % (min(dd + 3, 28), mm.title()))
            note = "appointment dates"
        elif k == 8:
            pol = "%s-%s-%s" % (self.ch(["POL", "HX", "MTR"]), dg(5), dg(2))
            cs.c("my policy number is " + (self.say_alnum(pol.replace("-", "")) if asr else pol))
            cs.a("thanks, your renewal is due on the 3rd of next month and the premium is %s%d." % (cur, r.randint(200, 900)))
            note = "policy number with label"
        elif k == 9:
            ref = dg(9)
            cs.c("i'm calling about claim reference " + (self.spoken(ref, groups=[3, 2, 4], region="us", filler=0.1) if asr else "%s-%s-%s" % (ref[:3], ref[3:5], ref[5:])))
            cs.a("that claim was approved for %s%d and paid on the 14th." % (cur, r.randint(100, 5000)))
            note = "claim reference in SSN-like 3-2-4 shape"
        elif k == 10:
            ref = dg(6)
            cs.a("your booking reference is " + ("%s-%s-%s" % (ref[:2], ref[2:4], ref[4:]) if not asr else self.spoken(ref, groups=[2, 2, 2], style="pairs")))
            cs.c("brilliant, thanks")
            note = "booking reference in sort-code shape"
        elif k == 11:
            cs.c("the serial number on the router is " + ("SN" + dg(4) + "-" + dg(4) + "-" + dg(4) if not asr else self.spoken(dg(12), groups=[4], region=region, filler=0.1)))
            cs.a("and the model is the %s%d? okay, i'll send a replacement." % (self.ch(["HH", "VX", "TG"]), r.randint(100, 9999)))
            note = "serial and model number"
        elif k == 12:
            cs.c("my mum's %d and she's been on hold for %d minutes" % (r.randint(70, 95), r.randint(20, 90)))
            cs.a("i'm sorry about the wait, we've had over %d calls today." % r.randint(300, 2000))
            note = "age, duration, count"
        elif k == 13:
            cs.c("the heating's only getting to %d degrees and the boiler's %d years old" % (r.randint(12, 19), r.randint(5, 20)))
            cs.a("an engineer can come between 8 and 12 on %s." % self.ch(["monday", "thursday", "friday"]))
            note = "temperature, age of boiler, times"
        elif k == 14:
            cs.c("what's the interest rate on the card")
            cs.a("it's %d.%d%% apr variable, and %d%% on balance transfers for %d months." % (r.randint(18, 35), r.randint(0, 9), r.randint(0, 3), r.choice([12, 18, 24])))
            note = "percentages, durations"
        elif k == 15:
            cs.c("i've been a customer since %d and i've paid every bill since %d" % (r.randint(1990, 2015), r.randint(2000, 2020)))
            cs.a("thanks for your loyalty, your contract ends on %d %s %d." % (r.randint(1, 28), self.ch(MONTHS).title(), r.randint(2025, 2028)))
            note = "years and contract end date"
        elif k == 16:
            cs.c("the accident was on the %s near junction %d" % (self.ch(["M25", "A40", "M6", "N7", "I-95", "Route 66"]), r.randint(1, 30)))
            cs.a("okay, and the other driver was heading towards %s on the %s?" % (self.ch(TOWNS_UK), self.ch(["A3", "B1040", "A48"])))
            note = "road names and junction numbers"
        elif k == 17:
            cs.c("i was in room %d on ward %d" % (r.randint(100, 999), r.randint(1, 30)))
            cs.a("thanks, the invoice for that stay is INV-%s and the amount owing is %s%d." % (dg(6), cur, r.randint(50, 3000)))
            note = "room, ward and invoice numbers"
        elif k == 18:
            t = make_card(r)
            cs.c("ticket number " + (self.spoken(t, groups=[4], region=region, filler=0.2) if asr else t))
            cs.a("yep, that's the support ticket for your broadband fault, an engineer's booked.")
            note = "card-like ticket number with label"
        elif k == 19:
            cs.c("how much data have i used")
            cs.a("you've used %d.%d gb of your %d gb allowance and you've got %d days left." % (r.randint(1, 30), r.randint(0, 9), r.choice([30, 50, 100]), r.randint(1, 29)))
            note = "data allowance and counts"
        elif k == 20:
            cs.c("transaction id " + " ".join(dg(4) for _ in range(4)) + ", it was for %s%d" % (cur, r.randint(5, 900)))
            cs.a("i can see that transaction, it's pending for up to 5 working days.")
            note = "16-digit transaction id"
        elif k == 21:
            cs.c("i'd like to pay %s" % (self.amount_spoken(region) if asr else self.amount_typed(region)))
            cs.a("that's fine, and you'll still have %s left to pay over %d instalments." % (self.amount_typed(region), r.randint(2, 12)))
            note = "payment amounts"
        elif k == 22:
            cs.c("invoice number %s, dated %d/%02d/%d" % (dg(10), r.randint(1, 28), r.randint(1, 12), r.randint(2022, 2025)))
            cs.a("that invoice was for %d units at %s%d.%02d each." % (r.randint(2, 40), cur, r.randint(1, 99), r.randint(0, 99)))
            note = "invoice number and date"
        elif k == 23:
            cs.c("can you read me the customer reference on the letter? it says %s" % ("%s %s %s" % (dg(3), dg(3), dg(4))))
            cs.a("that's your customer reference, yes, you'll need it for our automated line.")
            note = "phone-shaped customer reference"
        elif k == 24:
            cs.c("it's the parking fine, pcn number %s%s" % ("".join(r.choice("ABCDEFGHJK") for _ in range(2)), dg(8)))
            cs.a("that fine is %s%d, reduced to %s%d if paid within 14 days." % (cur, 70, cur, 35))
            note = "penalty charge number"
        else:
            cs.c("card ending in %s expires next month, will a new one be sent?" % dg(4))
            cs.a("yes, it'll arrive within 7 to 10 days, and your pin stays the same.")
            note = "card last four and timeframe"
        if asr:
            cs.turns = [(sp, t.lower(), sps) for sp, t, sps in cs.turns]
        cs.note = "negative: " + note + ("; asr" if asr else "; typed") + "; " + ind
        return cs


def generate():
    r = random.Random(407241125)
    b = Builder(r)
    sched = ["card"] * 80 + ["ssn"] * 34 + ["ni"] * 34 + ["bank"] * 22 + ["iban"] * 14 + ["contact"] * 26 + ["chat"] * 14
    r.shuffle(sched)
    cases = []
    for i, s in enumerate(sched):
        cs = getattr(b, s + "_case")()
        cs.id = "h407-pos-%03d" % (i + 1)
        cases.append(cs)
    for i in range(110):
        cs = b.neg_case(i)
        cs.id = "h407-neg-%03d" % (i + 1)
        cases.append(cs)
    return cases


def to_json(cs):
    spans = []
    for sp, t, sps in cs.turns:
        for (ti, s, e, gid) in sps:
            spans.append({"turn": ti, "start": s, "end": e, "type": cs.groups[gid][0]})
    return json.dumps({"id": cs.id, "kind": cs.kind,
                       "turns": [{"speaker": sp, "text": t} for sp, t, _ in cs.turns],
                       "spans": spans, "note": cs.note}, ensure_ascii=False)


def render(cases):
    return "".join(to_json(c) + "\n" for c in cases)


def verify(cases, data):
    errs = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for line in data.splitlines():
        o = json.loads(line)
        if o["id"] in ids:
            errs.append("dup id " + o["id"])
        ids.add(o["id"])
        if o["kind"] == "positive":
            npos += 1
            if not o["spans"]:
                errs.append(o["id"] + ": positive without spans")
        else:
            nneg += 1
            if o["spans"]:
                errs.append(o["id"] + ": negative with spans")
        byturn = {}
        for sp in o["spans"]:
            counts[sp["type"]] += 1
            if sp["type"] not in TYPES:
                errs.append(o["id"] + ": bad type")
            t = o["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(t)):
                errs.append("%s: offsets out of range" % o["id"])
                continue
            if not (t[s].isalnum() and t[e - 1].isalnum()):
                errs.append("%s: span not trimmed %r" % (o["id"], t[s:e]))
            if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (o["id"], t[s:e]))
            if not charset_ok(sp["type"], t[s:e]):
                errs.append("%s: bad charset %r" % (o["id"], t[s:e]))
            byturn.setdefault(sp["turn"], []).append((s, e))
        for v in byturn.values():
            v.sort()
            for a, bb in zip(v, v[1:]):
                if bb[0] < a[1]:
                    errs.append(o["id"] + ": overlapping spans")
        for tt in o["turns"]:
            if tt["speaker"] not in ("customer", "agent"):
                errs.append(o["id"] + ": bad speaker")
    for cs in cases:
        texts = {}
        for sp, t, sps in cs.turns:
            for (ti, s, e, gid) in sps:
                texts.setdefault(gid, []).append(t[s:e])
        for gid, (typ, canon, partial) in cs.groups.items():
            if gid not in texts:
                errs.append("%s: group %d unused" % (cs.id, gid))
                continue
            if partial:
                if typ == "CARD_NUMBER" and len(canon) == 4:
                    ok = norm(texts[gid][0]) == canon
                else:
                    ok = norm("".join(texts[gid])) == canon
            else:
                ok = validate_group(typ, canon, texts[gid])
            if not ok:
                errs.append("%s: %s value failed validation: %r (canon %r)" % (cs.id, typ, texts[gid], canon))
    return errs, counts, npos, nneg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    cases = generate()
    data = render(cases)
    if a.check:
        with open(OUT, encoding="utf-8") as f:
            disk = f.read()
        errs = []
        if disk != data:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
        e2, counts, npos, nneg = verify(cases, disk)
        errs += e2
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in TYPES:
            if counts[t] < mins.get(t, 10):
                errs.append("too few %s spans: %d" % (t, counts[t]))
        for e in errs[:50]:
            print("ERROR:", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

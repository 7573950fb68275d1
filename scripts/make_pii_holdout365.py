#!/usr/bin/env python3
"""Generate the pii_holdout365 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) who did not see the
redaction engine.  Standard library only; deterministic (one RNG).

    python scripts/make_pii_holdout365.py          # write cases.jsonl
    python scripts/make_pii_holdout365.py --check  # regenerate + validate

NEVER use this set for tuning.
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout365", "cases.jsonl")

rng = random.Random(365241125)

UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
ASIN = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward",
        "g": "george", "h": "harry", "j": "jack", "k": "king", "l": "london",
        "m": "mother", "n": "nellie", "p": "peter", "r": "robert", "s": "sugar",
        "t": "tommy", "w": "william", "x": "xmas", "y": "yellow", "z": "zebra",
        "q": "queen", "f": "freddie", "o": "orange", "u": "uncle", "v": "victor",
        "i": "ivy"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
             "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "ah", "hmm", "mm"}
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]


# ---------------------------------------------------------------- spoken forms
def ordinal(n):
    if n < 10:
        return ORD_UNITS[n]
    if n < 20:
        return ORD_TEENS[n - 10]
    if n % 10 == 0:
        return {20: "twentieth", 30: "thirtieth"}[n]
    return TENS_W[n // 10] + " " + ORD_UNITS[n % 10]


def two_digit_words(p, zero):
    """Say a 2-char digit string as one number (or 'oh five')."""
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero + " " + UNIT_W[b]
    if a == 1:
        return TEEN_W[b]
    if b == 0:
        return TENS_W[a]
    return TENS_W[a] + " " + UNIT_W[b]


class Voice:
    """Per-case speaking style."""

    def __init__(self, r, hesitant=True):
        self.zero = r.choice(["oh", "oh", "o", "zero", "nought", "zero"])
        self.mode = r.choice(["digits", "digits", "doubles", "doubles", "pairs", "mixed"])
        self.hes = hesitant
        self.r = r

    def unit(self, d):
        return self.zero if d == "0" else UNIT_W[int(d)]

    def group(self, g):
        r = self.r
        mode = self.mode
        if mode == "mixed":
            mode = r.choice(["digits", "doubles", "pairs", "hundreds"])
        if mode == "hundreds" and len(g) == 3 and g[0] != "0" and g[2] != "0":
            tail = g[1:]
            t = UNIT_W[int(g[2])] if g[1] == "0" else two_digit_words(tail, self.zero)
            return UNIT_W[int(g[0])] + " hundred and " + t
        if mode == "pairs" and len(g) % 2 == 0:
            out = []
            for i in range(0, len(g), 2):
                p = g[i:i + 2]
                if p[1] == "0" and int(p[0]) >= 2:
                    out.append(self.unit(p[0]) + " " + self.zero)
                else:
                    out.append(two_digit_words(p, self.zero))
            return " ".join(out)
        if mode in ("doubles", "pairs", "hundreds"):
            out = []
            i = 0
            while i < len(g):
                j = i
                while j < len(g) and g[j] == g[i]:
                    j += 1
                run = j - i
                if run >= 3 and r.random() < 0.7:
                    out.append("triple " + self.unit(g[i]))
                    i += 3
                elif run >= 2:
                    out.append("double " + self.unit(g[i]))
                    i += 2
                else:
                    out.append(self.unit(g[i]))
                    i += 1
            return " ".join(out)
        return " ".join(self.unit(d) for d in g)

    def letter(self, ch, force_code=False):
        ch = ch.lower()
        r = self.r
        x = r.random()
        if force_code or ch == "o" or x < 0.35:
            if r.random() < 0.5:
                return ch + " for " + NATO[ch]
            return ch + " as in " + ASIN[ch]
        return ch

    def joiner(self):
        r = self.r
        if not self.hes:
            return r.choice([" ", " ", ", "])
        return r.choice([" ", " ", ", ", "... ", " um ", " uh ", ", er, ", "... erm... ",
                         " ", " er ", "... um, "])

    def join(self, chunks):
        s = chunks[0]
        for c in chunks[1:]:
            s += self.joiner() + c
        return s


# ---------------------------------------------------------------- values
def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


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


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def gen_card():
    kind = rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = rng.choice(["51", "52", "53", "54", "55", "22"]) + digits(13)
    elif kind == "amex":
        body = rng.choice(["34", "37"]) + digits(12)
    elif kind == "disc":
        body = "6011" + digits(11)
    elif kind == "visa13":
        body = "4" + digits(11)
    else:
        body = "6759" + digits(14)
    num = body + luhn_digit(body)
    if len(num) == 15:
        groups = [num[:4], num[4:10], num[10:]]
    elif len(num) == 13:
        groups = [num[:4], num[4:7], num[7:10], num[10:]]
    elif len(num) == 19:
        groups = [num[i:i + 4] for i in range(0, 16, 4)] + [num[16:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    return num, groups


def gen_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ", "ER", "AH", "MM"}
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def gen_ni():
    while True:
        p = rng.choice(NI_L1) + rng.choice(NI_L2)
        if p not in NI_BAD:
            break
    return p + digits(6) + rng.choice("ABCD")


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


def gen_iban():
    c = rng.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if c == "GB":
        bban = rng.choice(["NWBK", "BARC", "HBUK", "MIDL", "BUKB"]) + digits(14)
    elif c == "IE":
        bban = rng.choice(["AIBK", "IPBS", "BKIR"]) + digits(14)
    elif c == "DE":
        bban = digits(18)
    elif c == "FR":
        bban = digits(23)
    elif c == "NL":
        bban = rng.choice(["INGB", "ABNA", "KNAB"]) + digits(10)
    else:
        bban = digits(20)
    return c + iban_check(c, bban) + bban


PC_AREAS = ["SW", "SE", "N", "E", "W", "NW", "EC", "M", "B", "L", "LS", "G", "EH", "CF",
            "BS", "NG", "S", "SK", "CR", "BN", "PL", "LE", "CV", "DN", "HU", "NE", "RG",
            "BT", "AB", "KT", "TW", "CH", "WA", "ST", "DE", "TS"]
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode():
    a = rng.choice(PC_AREAS)
    d = str(rng.randint(1, 29)) if rng.random() < 0.6 else str(rng.randint(1, 9))
    if a in ("SW", "EC", "W", "N") and rng.random() < 0.2 and len(d) == 1:
        d += rng.choice("ABW")
    inward = str(rng.randint(0, 9)) + rng.choice(PC_IN) + rng.choice(PC_IN)
    return a + d, inward


def gen_zip():
    z = "%05d" % rng.randint(1001, 99950)
    if rng.random() < 0.25:
        return z, digits(4)
    return z, None


STREETS = ["Station", "Church", "Mill", "Victoria", "Elm", "Oak", "Park", "Manor", "Chapel",
           "Albert", "Queens", "Kings", "Meadow", "Willow", "Highfield", "Beech", "Main",
           "Maple", "Cedar", "Lake", "Washington", "Pine", "Hillside", "Orchard", "Abbey",
           "Fairview", "Grange", "Cherry", "Jefferson", "Riverside"]
SUFFIXES = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Grove", "Crescent",
            "Way", "Gardens", "Terrace", "Place", "Court", "Boulevard", "Rd", "St", "Ave"]
SUFFIX_RE = re.compile(r"\b(road|street|lane|avenue|close|drive|grove|crescent|way|gardens|"
                       r"terrace|place|court|boulevard|rd|st|ave)\b", re.I)
FIRST = ["margaret", "john", "dorothy", "arthur", "eileen", "patrick", "siobhan", "james",
         "mary", "linda", "robert", "helen", "derek", "brenda", "wilfred", "gladys", "sean",
         "maria", "thomas", "pauline", "raymond", "joan", "frank", "betty", "kevin"]
LAST = ["smith", "jones", "murphy", "walsh", "brown", "taylor", "wilson", "kelly",
        "davies", "evans", "patel", "hughes", "clarke", "byrne", "baker", "reilly",
        "martin", "turner", "wright", "hall", "fischer", "garcia", "lewis", "doyle"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "btinternet.com", "outlook.com",
           "eircom.net", "aol.com", "icloud.com", "sky.com", "talktalk.net", "web.de",
           "live.ie", "comcast.net"]


def gen_phone():
    k = rng.choice(["ukmob", "ukmob", "ukland", "us", "us", "ie", "de", "fr"])
    intl = rng.random() < 0.45
    if k == "ukmob":
        n = "7" + digits(9)
        nat = ["0" + n[:4], n[4:7], n[7:]] if rng.random() < 0.5 else ["0" + n[:4], n[4:]]
        it = ["44", n[:4], n[4:7], n[7:]]
        cc = "44"
    elif k == "ukland":
        n = rng.choice(["20", "161", "121", "113", "131", "117"])
        rest = digits(10 - len(n))
        n = n + rest
        nat = ["0" + n[:-7], n[-7:-4], n[-4:]] if len(n) == 10 else ["0" + n[:3], n[3:]]
        it = ["44", n[:-7], n[-7:-4], n[-4:]]
        cc = "44"
    elif k == "us":
        n = str(rng.randint(201, 989)) + str(rng.randint(200, 999)) + digits(4)
        nat = [n[:3], n[3:6], n[6:]]
        it = ["1", n[:3], n[3:6], n[6:]]
        cc = "1"
    elif k == "ie":
        n = rng.choice(["83", "85", "86", "87", "89"]) + digits(7)
        nat = ["0" + n[:2], n[2:5], n[5:]]
        it = ["353", n[:2], n[2:5], n[5:]]
        cc = "353"
    elif k == "de":
        n = rng.choice(["30", "89", "40", "151", "170"]) + digits(8)
        nat = ["0" + n[:3], n[3:7], n[7:]]
        it = ["49", n[:3], n[3:7], n[7:]]
        cc = "49"
        intl = True
    else:
        n = rng.choice(["6", "7"]) + digits(8)
        nat = ["0" + n[0], n[1:3], n[3:5], n[5:7], n[7:]]
        it = ["33", n[0], n[1:3], n[3:5], n[5:7], n[7:]]
        cc = "33"
        intl = True
    if intl:
        return cc + n, it, True, k
    return "".join(nat), nat, False, k


# ---------------------------------------------------------------- normalisers
def _tok(text):
    return re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)?|\d+|\+", text)


def spoken_to_chars(text, allow_letters):
    """Normalise a spoken/typed value to its characters; None if it has stray words."""
    toks = [t.lower() for t in _tok(text)]
    units = {w: str(i) for i, w in enumerate(UNIT_W)}
    units.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
    teens = {w: str(10 + i) for i, w in enumerate(TEEN_W)}
    tens = {v: str(k) for k, v in TENS_W.items()}
    nato_rev = {v: k for k, v in NATO.items()}
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t in FILLERS or t in ("slash", "dash", "hyphen", "space"):
            i += 1
            continue
        if t.isdigit():
            out.append(t)
        elif t == "+" or t == "plus":
            out.append("+")
        elif t in ("double", "triple") and nxt is not None:
            k = 2 if t == "double" else 3
            if nxt in units:
                out.append(units[nxt] * k)
            elif allow_letters and len(nxt) == 1:
                out.append(nxt.upper() * k)
            else:
                return None
            i += 2
            continue
        elif allow_letters and len(t) == 1 and nxt in ("for", "as"):
            out.append(t.upper())
            i += 2
            if nxt == "as":
                i += 1  # 'in'
            i += 1  # code word
            continue
        elif t in units:
            out.append(units[t])
        elif t in teens:
            out.append(teens[t])
        elif t in tens:
            if nxt in units and units[nxt] != "0" and nxt not in ("oh", "o", "nought", "nil"):
                out.append(tens[t] + units[nxt])
                i += 2
                continue
            out.append(tens[t] + "0")
        elif t == "hundred":
            if not out:
                return None
            if nxt == "and":
                a = toks[i + 2] if i + 2 < n else None
                b = toks[i + 3] if i + 3 < n else None
                if a in teens:
                    out.append(teens[a]); i += 3; continue
                if a in tens:
                    if b in units and units[b] != "0":
                        out.append(tens[a] + units[b]); i += 4; continue
                    out.append(tens[a] + "0"); i += 3; continue
                if a in units:
                    out.append("0" + units[a]); i += 3; continue
                return None
            out.append("00")
        elif allow_letters and t in nato_rev:
            out.append(nato_rev[t].upper())
        elif allow_letters and t.isalpha():
            out.append(t.upper())
        else:
            return None
        i += 1
    return "".join(out)


def email_norm(text):
    toks = re.findall(r"[A-Za-z0-9]+|[@._+-]", re.sub(r"\.{2,}", " ", text))
    toks = [t.lower() for t in toks]
    m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
    units = {w: str(i) for i, w in enumerate(UNIT_W)}
    tens = {v: str(k) for k, v in TENS_W.items()}
    teens = {w: str(10 + i) for i, w in enumerate(TEEN_W)}
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLERS:
            i += 1; continue
        if len(t) == 1 and t.isalpha() and nxt in ("for", "as"):
            out.append(t); i += 3 + (1 if nxt == "as" else 0); continue
        if t in m:
            out.append(m[t])
        elif t == "double" and nxt in units:
            out.append(units[nxt] * 2); i += 2; continue
        elif t in units:
            out.append(units[t])
        elif t in teens:
            out.append(teens[t])
        elif t in tens and nxt in units and nxt != "zero":
            out.append(tens[t] + units[nxt]); i += 2; continue
        elif t in tens:
            out.append(tens[t] + "0")
        else:
            out.append(t)
        i += 1
    return "".join(out)


def date_digits(text):
    t = text.lower()
    for i, w in enumerate(ORD_TEENS):
        t = re.sub(r"\b%s\b" % w, TEEN_W[i], t)
    for i in range(1, 10):
        t = re.sub(r"\b%s\b" % ORD_UNITS[i], UNIT_W[i], t)
    t = re.sub(r"\btwentieth\b", "twenty", t)
    t = re.sub(r"\bthirtieth\b", "thirty", t)
    t = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", t)
    months = []
    for i, mname in enumerate(MONTHS):
        if re.search(r"\b%s[a-z]*\b" % mname[:3], t):
            months.append(i + 1)
        t = re.sub(r"\b%s[a-z]*\b" % mname[:3], " ", t)
    t = re.sub(r"\b(the|of|in|slash|on)\b", " ", t)
    d = spoken_to_chars(t, False)
    return d, months


# ---------------------------------------------------------------- validation
def validate(typ, text, canon, fragment=False):
    """Return None if ok, else an error string."""
    if typ == "EMAIL":
        e = email_norm(text)
        if fragment:
            return None if canon.startswith(e) else "email frag %r" % e
        if e != canon or not re.match(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", e):
            return "email %r != %r" % (e, canon)
        return None
    if fragment and typ in ("DOB", "EXPIRY", "ADDRESS"):
        return None if re.search(r"[A-Za-z0-9]", text) else "empty fragment"
    if typ in ("DOB", "EXPIRY"):
        d, months = date_digits(text)
        if d is None:
            return "date unparsable %r" % text
        day, mon, yr = canon
        if not (mon in months or ("%02d" % mon) in d or str(mon) in d):
            return "month missing %r" % text
        if str(yr)[-2:] not in d:
            return "year missing %r" % text
        if typ == "DOB" and str(day) not in d:
            return "day missing %r" % text
        if typ == "EXPIRY" and not (1 <= mon <= 12):
            return "bad month"
        return None
    if typ == "ADDRESS":
        if not SUFFIX_RE.search(text):
            return "no street suffix %r" % text
        if not re.search(r"\d", text) and not re.search(
                r"\b(%s|%s|%s)\b" % ("|".join(UNIT_W), "|".join(TEEN_W), "|".join(TENS_W.values())),
                text.lower()):
            return "no house number %r" % text
        return None
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    s = spoken_to_chars(text, letters)
    if s is None:
        return "unparsable %r" % text
    if typ == "PHONE":
        s = s.replace("+", "")
        if s.startswith("00"):
            s = s[2:]
    if fragment:
        ok = (canon.startswith(s) or canon.endswith(s)) and 0 < len(s) < len(canon)
        return None if ok else "frag %r of %r" % (s, canon)
    if s != canon:
        return "%s normalised %r != %r" % (typ, s, canon)
    if typ == "CARD_NUMBER":
        ok = s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)
    elif typ == "CVV":
        ok = s.isdigit() and len(s) in (3, 4)
    elif typ == "SSN":
        ok = (s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9"
              and s[3:5] != "00" and s[5:] != "0000")
    elif typ == "NI_NUMBER":
        ok = bool(NI_RE.match(s)) and s[:2] not in NI_BAD
    elif typ == "BANK_ACCOUNT":
        ok = s.isdigit() and 8 <= len(s) <= 12
    elif typ == "SORT_CODE":
        ok = s.isdigit() and len(s) == 6
    elif typ == "IBAN":
        ok = iban_ok(s)
    elif typ == "PHONE":
        ok = s.isdigit() and 10 <= len(s) <= 13
    elif typ == "POSTCODE":
        ok = bool(re.match(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$", s) or re.match(r"^\d{5}(\d{4})?$", s))
    else:
        ok = False
    return None if ok else "%s failed format %r" % (typ, s)


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, note):
        self.turns = []
        self.note = note
        self.groups = {}
        self.gid = 0

    def val(self, typ, canon, fragment=False):
        self.gid += 1
        self.groups[self.gid] = (typ, canon, fragment)
        return self.gid

    def say(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def render(self, cid, kind):
        turns = []
        spans = []
        meta = []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for seg in segs:
                if isinstance(seg, str):
                    text += seg
                else:
                    vtext, gid = seg
                    typ = self.groups[gid][0]
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(vtext),
                                  "type": typ})
                    meta.append(gid)
                    text += vtext
            turns.append({"speaker": spk, "text": text})
        rec = {"id": cid, "kind": kind, "turns": turns, "spans": spans, "note": self.note}
        return rec, meta


# ---------------------------------------------------------------- industries
INDUSTRY = {
    "banking": ["Northgate Bank", "Harbour Building Society", "First Meridian Bank"],
    "telecom": ["Skyline Mobile", "Teleconnect", "Vantage Broadband"],
    "utilities": ["Brightwater Energy", "Cityflow Water", "Evergreen Gas"],
    "retail": ["Hollins Home Store", "ShopRite Direct", "Marlow & Finch"],
    "insurance": ["Shieldsure Insurance", "Oakline Mutual", "Castle Cover"],
    "travel": ["Skyway Airlines", "Emerald Ferries", "Atlas Holidays"],
    "healthcare billing": ["Mercy Health Billing", "Clearview Patient Accounts"],
    "government services": ["the Pension Service", "the Benefits Helpline",
                            "the Revenue Office"],
}


def company(ind):
    return rng.choice(INDUSTRY[ind])


def asr_open(ind):
    return rng.choice([
        "thank you for calling %s my name is %s how can i help" % (company(ind).lower(), rng.choice(FIRST)),
        "you're through to %s, how can i help you today" % company(ind).lower(),
        "good morning %s, you're speaking with %s" % (company(ind).lower(), rng.choice(FIRST)),
    ])


ELDER_OPEN = [
    "hello? hello, is that the, um, is that the right place? i've been waiting ever so long",
    "oh hello dear, yes, sorry, i'm not very good with these phones",
    "hello, um, my daughter usually does this for me but she's away",
    "yes hello, i've got the letter here in front of me, hang on, let me find my glasses",
    "oh, er, hello, sorry, i pressed the wrong button before",
    "hello love, i'm ringing about, er, about my account",
]
BACKCH = ["mhm", "go on", "yes", "okay", "yep", "right", "mm hm", "take your time",
          "that's fine, go on", "no rush", "okay, and the rest?", "lovely, carry on"]
LOST = ["oh dear, i've lost my place", "sorry, where was i", "oh, hang on, hang on, let me start again",
        "no, that's not right, sorry, start again", "oh goodness, i've muddled it, let me do it again",
        "wait, sorry, i'll read it again from the beginning"]
ASIDES = ["hang on, the dog's barking", "sorry, my glasses", "just a moment, the light's poor in here",
          "ooh, let me hold it nearer", "sorry, someone's at the door, no, it's gone",
          "bear with me love"]
REPEAT_ASK = ["sorry, i didn't quite catch that, could you say it again?",
              "sorry, the line broke up, could you repeat that for me?",
              "could you read that once more, nice and slowly?"]
CUST_ASK = ["sorry dear, can you read it back to me?", "can you say that back to me so i know it's right?",
            "did you get all that? read it back please", "could you repeat what you've got?"]


# ---------------------------------------------------------------- per-type rendering
class Val:
    """A concrete value: canonical, spoken chunks builder, chat form."""

    def __init__(self, typ):
        self.typ = typ
        self.extra = {}
        if typ == "CARD_NUMBER":
            self.canon, self.groups = gen_card()
        elif typ == "CVV":
            self.canon = digits(rng.choice([3, 3, 3, 4]))
            self.groups = list(self.canon)
        elif typ == "SSN":
            self.canon = gen_ssn()
            c = self.canon
            self.groups = [c[:3], c[3:5], c[5:]]
        elif typ == "NI_NUMBER":
            self.canon = gen_ni()
            c = self.canon
            self.groups = [c[:2], c[2:4], c[4:6], c[6:8], c[8]]
        elif typ == "BANK_ACCOUNT":
            self.canon = digits(8) if rng.random() < 0.7 else digits(rng.choice([10, 11, 12]))
            c = self.canon
            self.groups = [c[i:i + 4] for i in range(0, len(c), 4)]
        elif typ == "SORT_CODE":
            self.canon = digits(6)
            c = self.canon
            self.groups = [c[:2], c[2:4], c[4:]]
        elif typ == "IBAN":
            self.canon = gen_iban()
            c = self.canon
            self.groups = [c[i:i + 4] for i in range(0, len(c), 4)]
        elif typ == "PHONE":
            self.canon, self.groups, self.intl, self.kind = gen_phone()
        elif typ == "POSTCODE":
            if rng.random() < 0.65:
                o, i = gen_uk_postcode()
                self.canon = o + i
                self.groups = [o, i]
                self.uk = True
            else:
                z, p4 = gen_zip()
                self.canon = z + (p4 or "")
                self.groups = [z] + ([p4] if p4 else [])
                self.sgroups = [z[:3], z[3:]] + ([p4] if p4 else [])
                self.uk = False
        elif typ == "EMAIL":
            f, l = rng.choice(FIRST), rng.choice(LAST)
            style = rng.choice(["f.l", "fl", "f_l", "il", "flnn", "l.f", "fl.nn"])
            nn = str(rng.randint(1, 99)) if "nn" in style else ""
            if style == "f.l":
                loc = [f, ".", l]
            elif style == "fl":
                loc = [f + l]
            elif style == "f_l":
                loc = [f, "_", l]
            elif style == "il":
                loc = [f[0], l]
            elif style == "flnn":
                loc = [f + l, nn]
            elif style == "l.f":
                loc = [l, ".", f]
            else:
                loc = [f + l, ".", nn]
            self.local = loc
            self.domain = rng.choice(DOMAINS)
            self.canon = "".join(loc) + "@" + self.domain
        elif typ in ("DOB", "EXPIRY"):
            if typ == "DOB":
                y = rng.randint(1930, 1962) if rng.random() < 0.7 else rng.randint(1963, 1999)
                d = rng.randint(1, 28)
            else:
                y = rng.randint(2025, 2031)
                d = 1
            m = rng.randint(1, 12)
            self.canon = (d, m, y)
        elif typ == "ADDRESS":
            self.num = rng.randint(1, 240) if rng.random() < 0.75 else rng.randint(1000, 4999)
            self.flat = rng.choice([None, None, None, rng.randint(1, 40)])
            self.street = rng.choice(STREETS) + " " + rng.choice(SUFFIXES)
            self.canon = self.street

    # -------- chat / typed form
    def chat(self):
        t, c = self.typ, self.canon
        if t == "CARD_NUMBER":
            return rng.choice([" ".join(self.groups), "-".join(self.groups), c,
                               c[:4] + " " + c[4:10] + " " + c[10:],
                               "  ".join(self.groups), c[:8] + " " + c[8:]])
        if t == "CVV":
            return c
        if t == "SSN":
            return rng.choice([c[:3] + "-" + c[3:5] + "-" + c[5:], c[:3] + " " + c[3:5] + " " + c[5:], c,
                               c[:3] + "." + c[3:5] + "." + c[5:]])
        if t == "NI_NUMBER":
            s = rng.choice([c, c[:2] + " " + c[2:4] + " " + c[4:6] + " " + c[6:8] + " " + c[8],
                            c[:2] + c[2:8] + " " + c[8], c[:2] + "-" + c[2:8] + "-" + c[8]])
            return s.lower() if rng.random() < 0.3 else s
        if t == "BANK_ACCOUNT":
            return rng.choice([c, " ".join(self.groups), "-".join(self.groups)])
        if t == "SORT_CODE":
            return rng.choice([c[:2] + "-" + c[2:4] + "-" + c[4:], c, c[:2] + " " + c[2:4] + " " + c[4:],
                               c[:2] + "." + c[2:4] + "." + c[4:]])
        if t == "IBAN":
            s = rng.choice([" ".join(self.groups), c])
            return s.lower() if rng.random() < 0.2 else s
        if t == "PHONE":
            return rng.choice([" ".join(self.groups), "".join(self.groups), "-".join(self.groups)])
        if t == "POSTCODE":
            s = " ".join(self.groups) if (self.uk or len(self.groups) == 1) else "-".join(self.groups)
            if self.uk and rng.random() < 0.25:
                s = s.lower()
            if self.uk and rng.random() < 0.15:
                s = "".join(self.groups)
            return s
        if t == "EMAIL":
            s = self.canon
            if rng.random() < 0.2:
                s = s[0].upper() + s[1:]
            return s
        if t == "DOB":
            d, m, y = c
            return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%d.%d.%02d" % (d, m, y % 100),
                               "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                               "%s %d, %d" % (MONTHS[m - 1].title()[:3], d, y),
                               "%02d-%02d-%d" % (d, m, y)])
        if t == "EXPIRY":
            d, m, y = c
            return rng.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                               "%02d %02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1].title()[:3], y)])
        if t == "ADDRESS":
            base = "%d %s" % (self.num, self.street)
            if self.flat:
                return rng.choice(["Flat %d, %s" % (self.flat, base), "flat %d %s" % (self.flat, base.lower()),
                                   "%s Apt %d" % (base, self.flat)])
            return rng.choice([base, base.lower(), base.upper()])
        raise ValueError(t)

    # -------- spoken chunks
    def spoken_chunks(self, v):
        t, c = self.typ, self.canon
        if t in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE"):
            return [v.group(g) for g in self.groups]
        if t == "PHONE":
            gs = list(self.groups)
            out = []
            if self.intl:
                lead = rng.choice(["plus ", "plus ", "double oh " if v.zero == "oh" else "zero zero "])
                out.append(lead + " ".join(v.unit(d) for d in gs[0]))
                gs = gs[1:]
            out += [v.group(g) for g in gs]
            return out
        if t in ("NI_NUMBER", "IBAN", "POSTCODE"):
            out = []
            for g in getattr(self, "sgroups", self.groups):
                parts = []
                i = 0
                while i < len(g):
                    ch = g[i]
                    if ch.isalpha():
                        if i + 1 < len(g) and g[i + 1] == ch and ch != "O" and rng.random() < 0.5:
                            parts.append("double " + ch.lower())
                            i += 2
                            continue
                        parts.append(v.letter(ch))
                        i += 1
                    else:
                        j = i
                        while j < len(g) and g[j].isdigit():
                            j += 1
                        parts.append(v.group(g[i:j]))
                        i = j
                out.append(" ".join(parts))
            return out
        if t == "EMAIL":
            loc = []
            for piece in self.local:
                if piece == ".":
                    loc.append("dot")
                elif piece == "_":
                    loc.append("underscore")
                elif piece.isdigit():
                    loc.append(v.group(piece) if len(piece) == 1 or piece[0] == "0" else
                               two_digit_words(piece, "oh") if len(piece) == 2 else v.group(piece))
                elif len(piece) == 1 or rng.random() < 0.3:
                    loc.append(" ".join(v.letter(ch) if ch != "o" else "o for oscar" for ch in piece))
                else:
                    loc.append(piece)
            dom = " dot ".join(self.domain.split("."))
            return [" ".join(loc), "at " + dom]
        if t == "DOB":
            d, m, y = c
            yr = two_digit_words(str(y)[:2], "oh") + " " + two_digit_words(str(y)[2:], "oh")
            style = rng.choice(["ord_of", "month_ord", "numeric", "ord_month"])
            if style == "ord_of":
                return [ordinal(d) + " of " + MONTHS[m - 1], yr]
            if style == "month_ord":
                return [MONTHS[m - 1] + " the " + ordinal(d), yr]
            if style == "ord_month":
                return [ordinal(d) + " " + MONTHS[m - 1], yr]
            return [v.group("%02d" % d), v.group("%02d" % m), two_digit_words(str(y)[2:], v.zero)
                    if rng.random() < 0.5 else yr]
        if t == "EXPIRY":
            d, m, y = c
            yy = two_digit_words(str(y)[2:], "oh")
            if rng.random() < 0.5:
                return [v.group("%02d" % m), yy if rng.random() < 0.6 else "twenty " + yy]
            return [MONTHS[m - 1], yy if rng.random() < 0.5 else "twenty " + yy]
        if t == "ADDRESS":
            if self.num >= 1000:
                ns = v.group(str(self.num)) if rng.random() < 0.5 else (
                    two_digit_words(str(self.num)[:2], "oh") + " " + two_digit_words(str(self.num)[2:], "oh"))
            else:
                ns = self.spoken_small(self.num)
            st = re.sub(r" rd$", " road", self.street.lower())
            st = re.sub(r" st$", " street", st)
            st = re.sub(r" ave$", " avenue", st)
            if self.flat:
                return ["flat " + self.spoken_small(self.flat), ns + " " + st]
            return [ns, st]
        raise ValueError(t)

    @staticmethod
    def spoken_small(n):
        if n < 10:
            return UNIT_W[n]
        if n < 100:
            return two_digit_words("%02d" % n, "oh")
        h, rest = divmod(n, 100)
        if rest == 0:
            return UNIT_W[h] + " hundred"
        return UNIT_W[h] + " hundred and " + (UNIT_W[rest] if rest < 10 else two_digit_words("%02d" % rest, "oh"))

    def readback(self):
        """Agent read-back (plain, lower-case, grouped)."""
        t = self.typ
        if t in ("DOB", "EXPIRY", "ADDRESS", "EMAIL"):
            return None
        v = Voice(rng, hesitant=False)
        v.mode = rng.choice(["digits", "doubles"])
        return ", ".join(self.spoken_chunks(v))


# ---------------------------------------------------------------- lead-ins
ASK = {
    "CARD_NUMBER": ["can i take the long number across the front of the card", "what's the card number please",
                    "i'll need the sixteen digit number on the card", "could you read me the card number"],
    "CVV": ["and the three digits on the back, the security code", "and the security code on the back please",
            "last thing, the cvv on the signature strip"],
    "EXPIRY": ["and the expiry date on the card", "what's the expiry on that card", "and when does the card expire"],
    "SSN": ["can i get your social security number to verify", "i'll need your social please",
            "could you give me your ssn"],
    "NI_NUMBER": ["can you give me your national insurance number", "i'll need your ni number please",
                  "what's your national insurance number"],
    "BANK_ACCOUNT": ["and the account number", "what's the account number the money goes into",
                     "can i take your bank account number"],
    "SORT_CODE": ["and the sort code", "what's the sort code for that account", "can i take the sort code"],
    "IBAN": ["can you read me the iban", "i'll need the full iban for the transfer", "what's the iban on the statement"],
    "PHONE": ["what's the best number to call you back on", "can i take a contact number", "and a phone number"],
    "EMAIL": ["can i take an email address", "what email shall we send that to", "and your email address"],
    "DOB": ["can you confirm your date of birth", "and your date of birth please", "what's your date of birth"],
    "POSTCODE": ["and the postcode", "can i take the postcode", "what's the zip code on the account"],
    "ADDRESS": ["can you confirm the first line of the address", "what's the address on the account",
                "what's the house number and street"],
}
CUST_LEAD = ["", "", "it's ", "yes it's ", "oh, um, it's ", "right, er, ", "okay so it's ", "yes, ",
             "let me see, it's ", "i've got it here, ", "well it's "]
CHAT_LABEL = {
    "CARD_NUMBER": ["card: ", "card no ", "my card is ", "card number - ", "Card # "],
    "CVV": ["cvv ", "security code is ", "CVC: ", "code on back "],
    "EXPIRY": ["exp ", "expiry: ", "expires ", "exp date "],
    "SSN": ["SSN: ", "my ssn is ", "social - ", "ss# "],
    "NI_NUMBER": ["NI: ", "ni number ", "NINO - ", "my national insurance no is "],
    "BANK_ACCOUNT": ["acct no: ", "account number ", "a/c ", "Acc No. "],
    "SORT_CODE": ["sort code ", "s/c: ", "sortcode - "],
    "IBAN": ["IBAN: ", "iban ", "my iban is "],
    "PHONE": ["tel ", "phone: ", "call me on ", "mob: ", "my number is "],
    "EMAIL": ["email: ", "e-mail ", "my email is ", "contact me at "],
    "DOB": ["dob ", "DOB: ", "date of birth ", "born "],
    "POSTCODE": ["postcode ", "post code: ", "zip ", "ZIP: "],
    "ADDRESS": ["address: ", "I live at ", "addr - ", "first line "],
}
CHAT_TAIL = ["", "", ".", " thanks", " ty", "!", " - is that ok?", " pls", "  cheers"]

IND_FOR = {
    "SSN": ["banking", "healthcare billing", "government services", "insurance", "telecom"],
    "NI_NUMBER": ["government services", "banking", "insurance", "utilities"],
    "SORT_CODE": ["banking", "utilities", "insurance", "retail"],
    "IBAN": ["banking", "travel", "utilities", "insurance"],
}


def pick_ind(typ):
    return rng.choice(IND_FOR.get(typ, list(INDUSTRY)))


# ---------------------------------------------------------------- positive scenarios
def sc_chat(typ):
    ind = pick_ind(typ)
    c = Case("typed chat, %s, %s" % (typ.lower(), ind))
    v = Val(typ)
    g = c.val(typ, v.canon)
    c.say("agent", "Hi, you're chatting with %s at %s. %s?" % (rng.choice(FIRST).title(), company(ind),
                                                             rng.choice(ASK[typ]).capitalize()))
    pre = rng.choice(CHAT_LABEL[typ])
    if rng.random() < 0.3:
        pre = pre.upper()
    if typ == "PHONE" and v.intl:
        pre += "+"
    c.say("customer", pre, (v.chat(), g), rng.choice(CHAT_TAIL))
    c.say("agent", rng.choice(["Thanks, one moment while I check that.", "Got it, thank you.",
                               "Perfect, let me pull that up."]))
    return c


def sc_asr_simple(typ, hes=None):
    if hes is None:
        hes = rng.random() < 0.75
    ind = pick_ind(typ)
    c = Case("asr, %s read in one go%s, %s" % (typ.lower(), " with fillers" if hes else "", ind))
    v = Val(typ)
    voice = Voice(rng, hes)
    g = c.val(typ, v.canon)
    c.say("agent", asr_open(ind))
    if hes:
        c.say("customer", rng.choice(ELDER_OPEN))
    c.say("agent", rng.choice(ASK[typ]))
    c.say("customer", rng.choice(CUST_LEAD), (voice.join(v.spoken_chunks(voice)), g),
          rng.choice(["", "", " is that right", " i think", " there you go"]))
    return c


def sc_split(typ):
    ind = pick_ind(typ)
    c = Case("asr, %s split over customer turns with back-channels, %s" % (typ.lower(), ind))
    v = Val(typ)
    voice = Voice(rng, True)
    chunks = v.spoken_chunks(voice)
    c.say("agent", asr_open(ind))
    c.say("customer", rng.choice(ELDER_OPEN))
    c.say("agent", rng.choice(ASK[typ]))
    g = c.val(typ, v.canon)
    # partition chunks into 2..len parts
    cut = sorted(rng.sample(range(1, len(chunks)), min(len(chunks) - 1, rng.randint(1, 3))))
    parts = []
    prev = 0
    for k in cut + [len(chunks)]:
        parts.append(voice.join(chunks[prev:k]))
        prev = k
    for i, p in enumerate(parts):
        pre = rng.choice(CUST_LEAD) if i == 0 else rng.choice(["", "", "um ", "and then ", "then ", "er, "])
        post = rng.choice(["", "...", "", " ...hold on"]) if i < len(parts) - 1 else ""
        c.say("customer", pre, (p, g), post)
        if i < len(parts) - 1:
            c.say("agent", rng.choice(BACKCH))
    return c


def sc_restart(typ):
    ind = pick_ind(typ)
    c = Case("asr, elderly caller loses place and restarts %s reading, %s" % (typ.lower(), ind))
    v = Val(typ)
    voice = Voice(rng, True)
    chunks = v.spoken_chunks(voice)
    c.say("agent", asr_open(ind))
    c.say("customer", rng.choice(ELDER_OPEN))
    c.say("agent", rng.choice(ASK[typ]))
    k = rng.randint(1, max(1, len(chunks) - 1))
    frag_txt = voice.join(chunks[:k])
    fg = c.val(typ, v.canon, fragment=True)
    g = c.val(typ, v.canon)
    if rng.random() < 0.5:
        c.say("customer", rng.choice(CUST_LEAD), (frag_txt, fg), "... ", rng.choice(LOST), ". ",
              (voice.join(chunks), g))
    else:
        c.say("customer", rng.choice(CUST_LEAD), (frag_txt, fg), "... ", rng.choice(LOST))
        c.say("agent", rng.choice(["that's alright, take your time", "no problem, from the top then",
                                   "okay, whenever you're ready"]))
        c.say("customer", rng.choice(["right, ", "okay, ", "", "um, "]), (voice.join(chunks), g))
    c.say("agent", rng.choice(["thank you", "lovely, thanks", "great, got that"]))
    return c


def sc_readback(typ):
    ind = pick_ind(typ)
    c = Case("asr, %s with agent read-back requested by caller, %s" % (typ.lower(), ind))
    v = Val(typ)
    voice = Voice(rng, True)
    c.say("agent", asr_open(ind))
    c.say("agent", rng.choice(ASK[typ]))
    g = c.val(typ, v.canon)
    c.say("customer", rng.choice(CUST_LEAD), (voice.join(v.spoken_chunks(voice)), g))
    c.say("customer", rng.choice(CUST_ASK))
    rb = v.readback()
    g2 = c.val(typ, v.canon)
    c.say("agent", rng.choice(["of course, i have ", "sure, that's ", "yes so i've got "]), (rb, g2),
          rng.choice([", is that correct?", "", ", yes?"]))
    c.say("customer", rng.choice(["yes that's it", "yes, lovely", "that's right dear", "mm, yes"]))
    return c


def sc_repeat(typ):
    ind = pick_ind(typ)
    c = Case("asr, agent asks elderly caller to repeat %s" % typ.lower())
    v = Val(typ)
    voice = Voice(rng, True)
    c.say("agent", asr_open(ind))
    c.say("agent", rng.choice(ASK[typ]))
    g = c.val(typ, v.canon)
    c.say("customer", rng.choice(CUST_LEAD), (voice.join(v.spoken_chunks(voice)), g))
    c.say("agent", rng.choice(REPEAT_ASK))
    voice2 = Voice(rng, True)
    g2 = c.val(typ, v.canon)
    c.say("customer", rng.choice(["oh, yes, sorry, ", "i said ", "yes, it's ", "sorry love, "]),
          (voice2.join(v.spoken_chunks(voice2)), g2), rng.choice(["", ". is that better?", ", got it?"]))
    return c


def sc_aside(typ):
    ind = pick_ind(typ)
    c = Case("asr, %s reading interrupted by an aside mid-turn, %s" % (typ.lower(), ind))
    v = Val(typ)
    voice = Voice(rng, True)
    chunks = v.spoken_chunks(voice)
    c.say("agent", rng.choice(ASK[typ]))
    g = c.val(typ, v.canon)
    k = rng.randint(1, len(chunks) - 1)
    c.say("customer", rng.choice(CUST_LEAD), (voice.join(chunks[:k]), g), "... oh, " + rng.choice(ASIDES) +
          "... " + rng.choice(["where was i, ", "right, ", "so, ", "um, "]), (voice.join(chunks[k:]), g))
    c.say("agent", rng.choice(["no problem, got that", "thank you", "okay, lovely"]))
    return c


def sc_card_bundle():
    ind = rng.choice(["retail", "travel", "utilities", "telecom", "insurance", "healthcare billing"])
    c = Case("asr, elderly caller gives card, expiry and cvv for a payment (%s)" % ind)
    voice = Voice(rng, True)
    card, exp, cvv = Val("CARD_NUMBER"), Val("EXPIRY"), Val("CVV")
    c.say("agent", asr_open(ind))
    c.say("customer", rng.choice(ELDER_OPEN) + ", i want to pay the bill")
    c.say("agent", "of course. " + rng.choice(ASK["CARD_NUMBER"]))
    g = c.val("CARD_NUMBER", card.canon)
    ch = card.spoken_chunks(voice)
    c.say("customer", rng.choice(CUST_LEAD), (voice.join(ch[:2]), g))
    c.say("agent", rng.choice(BACKCH))
    c.say("customer", (voice.join(ch[2:]), g))
    c.say("agent", rng.choice(ASK["EXPIRY"]))
    ge = c.val("EXPIRY", exp.canon)
    c.say("customer", rng.choice(["it says ", "um, ", "", "valid to "]), (voice.join(exp.spoken_chunks(voice)), ge))
    c.say("agent", rng.choice(ASK["CVV"]))
    gc = c.val("CVV", cvv.canon)
    c.say("customer", rng.choice(["oh the little ones, ", "", "er, ", "that's "]),
          (voice.join(cvv.spoken_chunks(voice)), gc))
    gl = c.val("CARD_NUMBER", card.canon, fragment=True)
    l4 = card.canon[-4:] if rng.random() < 0.5 else " ".join(UNIT_W[int(d)] for d in card.canon[-4:])
    c.say("agent", "thank you, that's gone through on the card ending ", (l4, gl))
    c.note += "; last four repeated after the full card was read, so it is labelled too"
    return c


def sc_addr_postcode():
    ind = rng.choice(list(INDUSTRY))
    c = Case("address and postcode (%s)" % ind)
    a, p = Val("ADDRESS"), Val("POSTCODE")
    ga, gp = c.val("ADDRESS", a.canon), c.val("POSTCODE", p.canon)
    town = rng.choice(["Leeds", "Bristol", "Cork", "Swansea", "Springfield", "Albany", "Derby", "Galway"])
    if rng.random() < 0.4:
        c.say("agent", "Can you confirm the address we have for you?")
        c.say("customer", "Sure - ", (a.chat(), ga), ", %s, " % town, (p.chat(), gp))
        c.note = "typed " + c.note
    else:
        voice = Voice(rng, True)
        c.say("agent", asr_open(ind))
        c.say("agent", rng.choice(ASK["ADDRESS"]))
        c.say("customer", rng.choice(CUST_LEAD), (voice.join(a.spoken_chunks(voice)), ga),
              rng.choice([", in %s" % town.lower(), ", %s" % town.lower(), " um, %s" % town.lower()]))
        c.say("agent", rng.choice(ASK["POSTCODE"]))
        c.say("customer", rng.choice(CUST_LEAD), (voice.join(p.spoken_chunks(voice)), gp))
        c.note = "asr " + c.note
    return c


def sc_id_dob(typ):
    ind = pick_ind(typ)
    c = Case("asr, %s then date of birth for ID&V (%s)" % (typ.lower(), ind))
    voice = Voice(rng, True)
    a, d = Val(typ), Val("DOB")
    c.say("agent", asr_open(ind))
    c.say("agent", rng.choice(ASK[typ]))
    ga = c.val(typ, a.canon)
    c.say("customer", rng.choice(CUST_LEAD), (voice.join(a.spoken_chunks(voice)), ga))
    c.say("agent", "thank you. " + rng.choice(ASK["DOB"]))
    gd = c.val("DOB", d.canon)
    lead = rng.choice(["it's the ", "the ", "oh, i was born on the ", "", "um, "])
    ch = d.spoken_chunks(voice)
    c.say("customer", lead, (voice.join(ch), gd), rng.choice(["", ", i'm getting on a bit now", ""]))
    return c


def sc_sort_acct():
    ind = rng.choice(["banking", "utilities", "insurance"])
    c = Case("sort code and account number for a direct debit (%s)" % ind)
    s, a = Val("SORT_CODE"), Val("BANK_ACCOUNT")
    gs, ga = c.val("SORT_CODE", s.canon), c.val("BANK_ACCOUNT", a.canon)
    if rng.random() < 0.4:
        c.say("agent", "What are the bank details for the direct debit?")
        c.say("customer", rng.choice(CHAT_LABEL["SORT_CODE"]), (s.chat(), gs), rng.choice([", ", " / ", "\n"]),
              rng.choice(CHAT_LABEL["BANK_ACCOUNT"]), (a.chat(), ga))
    else:
        voice = Voice(rng, True)
        c.say("agent", "for the direct debit " + rng.choice(ASK["SORT_CODE"]))
        c.say("customer", rng.choice(CUST_LEAD), (voice.join(s.spoken_chunks(voice)), gs))
        c.say("agent", rng.choice(ASK["BANK_ACCOUNT"]))
        c.say("customer", rng.choice(CUST_LEAD), (voice.join(a.spoken_chunks(voice)), ga))
    return c


def sc_contact():
    ind = rng.choice(list(INDUSTRY))
    c = Case("phone and email contact details (%s)" % ind)
    p, e = Val("PHONE"), Val("EMAIL")
    gp, ge = c.val("PHONE", p.canon), c.val("EMAIL", e.canon)
    if rng.random() < 0.4:
        c.say("agent", "Could I grab a phone number and email in case we get cut off?")
        pre = "+" if p.intl else ""
        ph = p.chat()
        if not p.intl and p.kind == "us" and rng.random() < 0.5:
            c.say("customer", "(", (p.groups[0], gp), ") ", (p.groups[1] + "-" + p.groups[2], gp),
                  " and ", (e.chat(), ge))
            c.note = "typed " + c.note + "; US phone with brackets split into two spans"
            return c
        c.say("customer", rng.choice(["mob ", "phone ", "", "it's "]), pre, (ph, gp), rng.choice([" / ", ", ", " and "]),
              rng.choice(["", "email ", "e: "]), (e.chat(), ge))
        c.note = "typed " + c.note
    else:
        voice = Voice(rng, True)
        c.say("agent", rng.choice(ASK["PHONE"]))
        c.say("customer", rng.choice(CUST_LEAD), (voice.join(p.spoken_chunks(voice)), gp))
        c.say("agent", rng.choice(ASK["EMAIL"]))
        c.say("customer", rng.choice(["oh my grandson set it up, it's ", "it's ", "um ", ""]),
              (voice.join(e.spoken_chunks(voice)), ge))
        c.note = "asr " + c.note
    return c


# ---------------------------------------------------------------- negatives
def neg_cases():
    out = []

    def sp(n):
        return Voice(rng, True).join([Voice(rng, True).group(g) for g in n])

    tpl = []

    def T(f):
        tpl.append(f)
        return f

    @T
    def _():
        n = digits(16)
        return ("order number read like a card", [("agent", "can i take the order number from the email"),
                ("customer", "um, yes, the order number is " + sp([n[i:i + 4] for i in range(0, 16, 4)])),
                ("agent", "mhm, found it, that's the kettle you ordered")])

    @T
    def _():
        l4 = digits(4)
        return ("card last four only", [("agent", "which card did you use?"),
                ("customer", "the one ending " + rng.choice([l4, sp([l4])]) + ", the, er, the visa"),
                ("agent", "thank you, card ending in " + " ".join(UNIT_W[int(d)] for d in l4) + ", yes i can see it")])

    @T
    def _():
        a = rng.randint(12, 980)
        p = rng.randint(0, 99)
        return ("balance and amount", [("customer", "what's my balance now dear, i can't hear very well"),
                ("agent", "your balance is %d pounds %d, and the next payment of %s pounds is due on the %s of %s"
                 % (a, p, Val.spoken_small(rng.randint(20, 400)), ordinal(rng.randint(1, 28)),
                    rng.choice(MONTHS)))])

    @T
    def _():
        n = "%s-%s" % (digits(6), digits(6))
        return ("typed ticket reference", [("customer", "Hi, my ticket ref is TCK-%s, still no reply??" % n),
                ("agent", "Sorry about that. I've escalated ticket TCK-%s for you." % n)])

    @T
    def _():
        m = digits(5) + "." + digits(1)
        return ("meter reading", [("agent", "can you read me the meter"),
                ("customer", "the meter says, um, hang on... " + sp([m[:2], m[2:5]]) + " point " +
                 UNIT_W[int(m[-1])] + ", the black numbers"),
                ("agent", "lovely, that's the reading logged")])

    @T
    def _():
        return ("opening hours and times", [("customer", "what time do you open on sundays"),
                ("agent", "we're open from ten till four on sundays, and eight thirty to eight weekdays"),
                ("customer", "eight thirty, ooh, that's early for me")])

    @T
    def _():
        age = rng.randint(70, 99)
        return ("age and years", [("customer", "i'm %s you know, i've been with you since nineteen %s" %
                                   (Val.spoken_small(age), two_digit_words(str(rng.randint(60, 99)), "oh"))),
                                  ("agent", "thank you for being with us all these years")])

    @T
    def _():
        pol = rng.choice(["POL", "HX", "CC"]) + digits(9)
        return ("policy number with label", [("agent", "what's the policy number on the letter"),
                ("customer", "policy number, um, " + " ".join(pol[:len(pol) - 9].lower()) + " " +
                 sp([pol[-9:-6], pol[-6:-3], pol[-3:]])),
                ("agent", "thanks, that's your home insurance policy")])

    @T
    def _():
        f = rng.choice(["BA", "EI", "FR", "UA", "LH"]) + str(rng.randint(100, 9999))
        return ("flight, gate and seat", [("customer", "my flight's %s and the gate was %d, seat %d%s" %
                                           (f, rng.randint(1, 60), rng.randint(1, 40), rng.choice("ABCDEF"))),
                ("agent", "thanks, flight %s is delayed by about forty minutes" % f)])

    @T
    def _():
        tr = rng.choice(["1Z", "JD", "RM"]) + digits(16)
        return ("tracking number long digits", [("customer", "tracking says %s and nothing's moved in 3 days" % tr),
                ("agent", "I can see %s is at the depot, it should arrive within 2 working days" % tr)])

    @T
    def _():
        return ("temperature and percentages", [("customer", "the boiler's only getting to sixteen degrees"),
                ("agent", "okay, and the pressure gauge, is it above one point five bar? our engineers fix ninety five percent on the first visit")])

    @T
    def _():
        inv = digits(10)
        return ("invoice number read like account", [("agent", "and the invoice number"),
                ("customer", "invoice number is " + sp([inv[:3], inv[3:6], inv[6:]]) + "... sorry, i'll say it again, " +
                 sp([inv[:3], inv[3:6], inv[6:]])),
                ("agent", "thank you, that invoice is for forty two pounds ten")])

    @T
    def _():
        return ("appointment date and time", [("agent", "i can book an engineer for the %s of %s between eight and one" %
                                               (ordinal(rng.randint(1, 28)), rng.choice(MONTHS))),
                ("customer", "the %s? um, let me look at the calendar... yes, that's fine" % ordinal(rng.randint(1, 28)))])

    @T
    def _():
        s = rng.choice(["SN", "S/N ", "serial "]) + digits(12)
        return ("serial and model numbers", [("customer", "model XR-%d, %s on the sticker underneath" % (rng.randint(100, 9000), s)),
                ("agent", "thanks, that model is still under warranty until twenty %s" % two_digit_words(str(rng.randint(26, 30)), "oh"))])

    @T
    def _():
        return ("duration and counts", [("customer", "i've been on hold for forty five minutes, three times this week"),
                ("agent", "i'm so sorry, that's not acceptable, there are twelve people ahead normally")])

    @T
    def _():
        cl = digits(8)
        return ("claim number spoken with pauses", [("agent", "do you have the claim reference"),
                ("customer", "the claim reference, yes, it's c l " + sp([cl[:4], cl[4:]])),
                ("agent", "mhm"), ("customer", "did you get that? the claim reference?"),
                ("agent", "yes, claim reference found, thank you")])

    @T
    def _():
        return ("road names and town only", [("customer", "the roadworks on the a%d near the high street have flooded" % rng.randint(1, 700)),
                ("agent", "thanks, i'll report the flooding on the high street, is it near the church?")])

    @T
    def _():
        y = rng.randint(2018, 2024)
        return ("contract and payment dates", [("customer", "my contract started in march %d and runs twenty four months" % y),
                ("agent", "that's right, the next payment date is the first of the month")])

    @T
    def _():
        r = digits(4)
        return ("room number and hotel booking", [("customer", "i was in room %s and the booking ref was %s" % (r, digits(6))),
                ("agent", "thanks, room %s, i'll check the charges" % r)])

    @T
    def _():
        return ("elderly caller confusion, no pii", [("customer", "hello? hello? is anyone there? i can't hear you"),
                ("agent", "yes, i'm here, can you hear me now?"),
                ("customer", "oh yes, sorry dear, i've got the, um, the letter, it says reference, um... no, that's the date, hold on"),
                ("agent", "take your time")])

    @T
    def _():
        n = digits(16)
        return ("typed reference number grouped like a card", [("customer", "Ref: %s %s %s %s" % (n[:4], n[4:8], n[8:12], n[12:])),
                ("agent", "Thanks, reference %s is a refund request." % n)])

    @T
    def _():
        amt = rng.randint(1000, 99999)
        return ("large amount spoken", [("agent", "the total outstanding is %s pounds" % ("{:,}".format(amt))),
                ("customer", "how much? say that again, slowly"), ("agent", "%s pounds and %s pence" % ("{:,}".format(amt), rng.randint(1, 99)))])

    @T
    def _():
        return ("percentages and rates", [("customer", "the interest rate, is it still four point nine percent"),
                ("agent", "it went up to five point two five percent in %s, apr is %d point %d" %
                 (rng.choice(MONTHS), rng.randint(6, 30), rng.randint(1, 9)))])

    @T
    def _():
        n = digits(9)
        return ("customer number with label (not ssn)", [("agent", "what's your customer number"),
                ("customer", "customer number " + sp([n[:3], n[3:5], n[5:]]) + ", it's on the top of the bill"),
                ("agent", "thanks, customer number found")])

    @T
    def _():
        return ("opening hours typed", [("customer", "r u open 24/7?"),
                ("agent", "Our phone lines are open 8am-8pm Mon-Fri and 9-5 on Saturdays. Closed 25/12 and 01/01.")])

    out_tpl = tpl
    for i in range(110):
        f = out_tpl[i % len(out_tpl)]
        note, turns = f()
        c = Case("negative: " + note)
        for spk, txt in turns:
            c.say(spk, txt)
        out.append(c)
    return out


# ---------------------------------------------------------------- assemble
def build():
    pos = []
    plan = []
    for _ in range(16):
        plan.append(("bundle",))
    for sc in ["chat", "asr", "split", "restart", "readback", "repeat", "aside"]:
        for _ in range(5):
            plan.append((sc, "CARD_NUMBER"))
    for t in ["SSN", "NI_NUMBER"]:
        for sc in ["chat", "chat", "asr", "asr", "split", "split", "restart", "readback", "repeat", "aside",
                   "chat", "asr", "iddob", "iddob", "iddob", "split", "restart", "readback"]:
            plan.append((sc, t))
    for t in ["BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS", "CVV",
              "EXPIRY"]:
        for sc in ["chat", "chat", "asr", "asr", "split", "restart", "readback", "repeat", "aside"]:
            if sc in ("readback",) and t in ("DOB", "EXPIRY", "ADDRESS", "EMAIL"):
                sc = "asr"
            plan.append((sc, t))
    for _ in range(10):
        plan.append(("addr",))
    for _ in range(10):
        plan.append(("sortacct",))
    for _ in range(10):
        plan.append(("contact",))
    rng.shuffle(plan)
    for p in plan:
        if p[0] == "bundle":
            c = sc_card_bundle()
        elif p[0] == "addr":
            c = sc_addr_postcode()
        elif p[0] == "sortacct":
            c = sc_sort_acct()
        elif p[0] == "contact":
            c = sc_contact()
        elif p[0] == "iddob":
            c = sc_id_dob(p[1])
        else:
            f = {"chat": sc_chat, "asr": sc_asr_simple, "split": sc_split, "restart": sc_restart,
                 "readback": sc_readback, "repeat": sc_repeat, "aside": sc_aside}[p[0]]
            c = f(p[1])
        pos.append(c)
    neg = neg_cases()
    recs = []
    metas = []
    for i, c in enumerate(pos):
        r, m = c.render("h365-pos-%03d" % (i + 1), "positive")
        recs.append(r)
        metas.append((c, m))
    for i, c in enumerate(neg):
        r, m = c.render("h365-neg-%03d" % (i + 1), "negative")
        recs.append(r)
        metas.append((c, m))
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in recs)
    return text, recs, metas


def check(text, recs, metas):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != text:
            errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    file_recs = [json.loads(l) for l in text.splitlines()]
    for r, (c, meta) in zip(file_recs, metas):
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s negative has spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s positive without spans" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s bad speaker" % r["id"])
        byturn = {}
        gtext = {}
        for s, gid in zip(r["spans"], meta):
            if s["type"] not in TYPES:
                errs.append("%s bad type" % r["id"])
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s offsets out of range" % r["id"])
                continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum()):
                errs.append("%s span not trimmed %r" % (r["id"], txt[a:b]))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s span not on word boundary %r" % (r["id"], txt[a:b]))
            byturn.setdefault(s["turn"], []).append((a, b))
            gtext.setdefault(gid, []).append(txt[a:b])
        for tl in byturn.values():
            tl.sort()
            for (a1, b1), (a2, b2) in zip(tl, tl[1:]):
                if a2 < b1:
                    errs.append("%s overlapping spans" % r["id"])
        for gid, parts in gtext.items():
            typ, canon, frag = c.groups[gid]
            e = validate(typ, " ".join(parts), canon, frag)
            if e:
                errs.append("%s: %s" % (r["id"], e))
    return errs


def counts(recs):
    cnt = {t: 0 for t in TYPES}
    for r in recs:
        for s in r["spans"]:
            cnt[s["type"]] += 1
    return cnt


def main():
    text, recs, metas = build()
    if "--check" in sys.argv:
        errs = check(text, recs, metas)
        cnt = counts(recs)
        npos = sum(r["kind"] == "positive" for r in recs)
        nneg = len(recs) - npos
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        if cnt["CARD_NUMBER"] < 70 or cnt["SSN"] < 30 or cnt["NI_NUMBER"] < 30 or min(cnt.values()) < 10:
            errs.append("type quota not met: %r" % cnt)
        for e in errs[:50]:
            print("ERROR", e)
        print("positives=%d negatives=%d spans=%s" % (npos, nneg, json.dumps(cnt)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print("wrote %d cases to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()

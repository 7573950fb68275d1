#!/usr/bin/env python3
"""Generate the pii_holdout525 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who did not see the
redaction engine.  Standard library only; one RNG: random.Random(525241125).

Usage:
    python scripts/make_pii_holdout525.py          # (re)write the fixture
    python scripts/make_pii_holdout525.py --check  # regenerate + verify
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout525")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

R = random.Random(525241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
UW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENSW = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
         8: "eighty", 9: "ninety"}
ORDW = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
        "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_ABBR = [m[:3] for m in MONTHS]
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j",
        "juliett": "j", "kilo": "k", "lima": "l", "mike": "m", "november": "n",
        "oscar": "o", "papa": "p", "quebec": "q", "romeo": "r", "sierra": "s",
        "tango": "t", "uniform": "u", "victor": "v", "whiskey": "w", "whisky": "w",
        "xray": "x", "yankee": "y", "zulu": "z"}
NATO_BY = {}
for _w, _l in NATO.items():
    NATO_BY.setdefault(_l, _w)
FOR_WORDS = {"a": ["apple", "alpha"], "b": ["bravo", "bob", "boy"], "c": ["charlie", "cat"],
             "d": ["delta", "david", "dog"], "e": ["echo", "edward"], "f": ["foxtrot", "freddie"],
             "g": ["golf", "george"], "h": ["hotel", "harry"], "j": ["juliet", "jack"],
             "k": ["kilo", "king"], "l": ["lima", "london"], "m": ["mike", "mother"],
             "n": ["november", "nancy"], "p": ["papa", "peter"], "q": ["quebec", "queen"],
             "r": ["romeo", "robert"], "s": ["sierra", "sugar"], "t": ["tango", "tommy"],
             "u": ["uniform", "umbrella"], "w": ["whiskey", "william"], "x": ["xray"],
             "y": ["yankee", "yellow"], "z": ["zulu", "zebra"], "i": ["india"], "o": ["oscar"],
             "v": ["victor"]}
FILLERS = {"um", "uh", "er", "erm", "uhm", "ah"}


def two_words(n):
    if n < 10:
        return UW[n]
    if n < 20:
        return TEENW[n - 10]
    t, u = divmod(n, 10)
    return TENSW[t] + ("" if u == 0 else " " + UW[u])


# ---------------------------------------------------------------- normaliser
UNITS = {w: i for i, w in enumerate(UW)}
UNITS.update({"oh": 0, "nought": 0, "naught": 0})
TEENS = {w: 10 + i for i, w in enumerate(TEENW)}
TENS = {w: k for k, w in TENSW.items()}
ORDS = {w: i for i, w in enumerate(ORDW) if w}
ORDS["thirtieth"] = 30


def tokens(text):
    return re.findall(r"[a-z0-9]+|[@+._\-]", text.lower())


def parse(text, mode):
    """Turn a typed or spoken value into a list of pieces.

    mode: 'digits' (o = zero), 'alnum' (o = letter), 'email', 'date', 'addr'."""
    toks = tokens(text)
    out = []
    i = 0
    n = len(toks)
    units = dict(UNITS)
    if mode == "digits":
        units["o"] = 0

    def unit_at(j):
        return j < n and toks[j] in units

    while i < n:
        t = toks[i]
        if t in FILLERS:
            i += 1
            continue
        if t in ("double", "triple") and unit_at(i + 1):
            out.append(str(units[toks[i + 1]]) * (2 if t == "double" else 3))
            i += 2
            continue
        if t in TENS:
            v = TENS[t] * 10
            i += 1
            if i < n and toks[i] in units and units[toks[i]] != 0 and toks[i] not in ("o",):
                v += units[toks[i]]
                i += 1
            elif i < n and toks[i] in ORDS and ORDS[toks[i]] < 10:
                v += ORDS[toks[i]]
                i += 1
            out.append(str(v))
            continue
        if t in TEENS:
            out.append(str(TEENS[t]))
            i += 1
            continue
        if t in ORDS:
            out.append(str(ORDS[t]))
            i += 1
            continue
        if t in units and not (mode in ("alnum", "email") and t == "o"):
            u = units[t]
            if i + 1 < n and toks[i + 1] == "hundred":
                v = u * 100
                i += 2
                if i < n and toks[i] == "and":
                    i += 1
                if i < n and toks[i] in TENS:
                    v += TENS[toks[i]] * 10
                    i += 1
                    if i < n and toks[i] in units and units[toks[i]] != 0:
                        v += units[toks[i]]
                        i += 1
                elif i < n and toks[i] in TEENS:
                    v += TEENS[toks[i]]
                    i += 1
                elif i < n and toks[i] in units and units[toks[i]] != 0:
                    v += units[toks[i]]
                    i += 1
                out.append(str(v))
                continue
            out.append(str(u))
            i += 1
            continue
        if t == "plus" or t == "+":
            out.append("+")
            i += 1
            continue
        if mode == "email":
            m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
            if t in m:
                out.append(m[t])
                i += 1
                continue
        if len(t) == 1 and t.isalpha():
            out.append(t)
            i += 1
            if i + 1 < n and toks[i] == "for":
                i += 2
            elif i + 2 < n and toks[i] == "as" and toks[i + 1] == "in":
                i += 3
            continue
        if t in NATO and mode in ("alnum", "digits"):
            out.append(NATO[t])
            i += 1
            continue
        m3 = re.fullmatch(r"(?:x|ext)(\d+)", t)
        if m3 and mode == "digits":
            out.extend(["x", m3.group(1)])
            i += 1
            continue
        m2 = re.fullmatch(r"(\d+)(st|nd|rd|th)", t)
        if m2:
            out.append(m2.group(1))
            i += 1
            continue
        out.append(t)
        i += 1
    return out


DIGIT_IGNORE = {"dash", "hyphen", "slash", "-", ".", "_"}


def norm_digits(text):
    parts = []
    for p in parse(text, "digits"):
        if p in DIGIT_IGNORE:
            continue
        if p in ("ext", "extension", "x"):
            parts.append("x")
            continue
        if p == "+" or p.isdigit():
            parts.append(p)
            continue
        return None
    return "".join(parts)


def norm_alnum(text):
    parts = []
    for p in parse(text, "alnum"):
        if p in DIGIT_IGNORE:
            continue
        if p.isalnum():
            parts.append(p)
        else:
            return None
    return "".join(parts).upper()


def norm_email(text):
    return "".join(parse(text, "email")).lower()


# ---------------------------------------------------------------- validators
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    ck = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return cc + "%02d" % ck + bban


def aba_ok(s):
    w = [3, 7, 1] * 3
    return len(s) == 9 and sum(int(c) * k for c, k in zip(s, w)) % 10 == 0


NI_RE = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._+\-]*@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")
STREET_SUFFIX = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr",
                 "close", "way", "crescent", "terrace", "court", "boulevard", "blvd", "place",
                 "gardens", "grove", "parade", "row", "square", "hill", "park", "circle",
                 "walk", "mews", "green", "view", "pike", "trail", "highway"}


def validate_span(text, meta):
    """Return None if OK, else an error string."""
    typ = meta["type"]
    canon = meta.get("canon")
    full = meta.get("full")
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        d = norm_digits(text)
        if d is None:
            return "unparseable digits %r" % text
        if d != canon:
            return "normalised %r != expected %r" % (d, canon)
        if canon not in full and not meta.get("abandoned"):
            return "fragment not in full value"
        core = full.split("x")[0]
        if typ == "CARD_NUMBER" and not (13 <= len(full) <= 19 and luhn_ok(full)):
            return "bad card"
        if typ == "CVV" and len(full) not in (3, 4):
            return "bad cvv"
        if typ == "SSN":
            if not re.fullmatch(r"\d{9}", full) or full[:3] in ("000", "666") or \
                    full[0] == "9" or full[3:5] == "00" or full[5:] == "0000":
                return "bad ssn"
        if typ == "SORT_CODE" and not re.fullmatch(r"\d{6}", full):
            return "bad sort code"
        if typ == "BANK_ACCOUNT":
            if not re.fullmatch(r"\d{6,17}", full):
                return "bad account"
            if meta.get("routing") and not aba_ok(full):
                return "bad routing"
        if typ == "PHONE":
            digits = core.lstrip("+")
            if not (digits.isdigit() and 7 <= len(digits) <= 15):
                return "bad phone"
        return None
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        if typ == "POSTCODE" and meta.get("us"):
            a = norm_digits(text)
        else:
            a = norm_alnum(text)
        if a is None or a != canon:
            return "normalised %r != expected %r" % (a, canon)
        if canon not in full:
            return "fragment not in full"
        if typ == "NI_NUMBER" and not NI_RE.match(full):
            return "bad NI"
        if typ == "IBAN" and not iban_ok(full):
            return "bad IBAN"
        if typ == "POSTCODE":
            if meta.get("us"):
                if not re.fullmatch(r"\d{5}(\d{4})?", full):
                    return "bad zip"
            elif not UKPC_RE.match(full):
                return "bad UK postcode"
        return None
    if typ == "EMAIL":
        e = norm_email(text)
        if e != canon:
            return "email %r != %r" % (e, canon)
        if canon == full and not EMAIL_RE.match(full):
            return "bad email"
        return None
    if typ in ("DOB", "EXPIRY"):
        ps = parse(text, "date")
        mon = None
        nums = []
        for p in ps:
            if p in MONTHS:
                mon = MONTHS.index(p) + 1
            elif p[:3] in MON_ABBR and p.isalpha() and p not in ("the", "of"):
                mon = MON_ABBR.index(p[:3]) + 1
            elif p.isdigit():
                nums.append(p)
        y, m = full["y"], full["m"]
        joined = "".join(nums)
        if mon is not None and mon != m:
            return "month mismatch"
        if mon is None and ("%02d" % m) not in joined and str(m) not in nums:
            return "month missing"
        if str(y) not in joined and ("%02d" % (y % 100)) not in joined:
            return "year missing"
        if typ == "DOB" and not (1920 <= y <= 2010):
            return "implausible DOB"
        if typ == "EXPIRY" and not (2024 <= y <= 2034):
            return "implausible expiry"
        return None
    if typ == "ADDRESS":
        ps = [p for p in parse(text, "addr") if p not in (",", ".", "-", "#")]
        if len(ps) > 2 and ps[-2] in ("apt", "apartment", "unit", "suite") and ps[-1].isdigit():
            ps = ps[:-2]
        if ps and re.fullmatch(r"\d+[a-z]", ps[0]):
            ps[0] = ps[0][:-1]
        if not ps or not (ps[0].isdigit() or ps[0] in ("flat", "apt", "apartment", "unit",
                                                       "suite", "no", "number")):
            return "address must start with number/flat"
        if not any(p.isdigit() for p in ps):
            return "address lacks a number"
        if ps[-1] not in STREET_SUFFIX:
            return "address must end with street type: %r" % ps[-1]
        return None
    return "unknown type"


# ---------------------------------------------------------------- rendering
def zero_opts(region):
    if region == "UK":
        return ["oh", "oh", "zero", "nought"]
    if region == "US":
        return ["oh", "oh", "zero", "o"]
    return ["oh", "zero"]


def dword(d, zo):
    return R.choice(zo) if d == "0" else UW[int(d)]


def say_plain(g, zo, doubles=True):
    words = []
    i = 0
    while i < len(g):
        d = g[i]
        run = 1
        while i + run < len(g) and g[i + run] == d:
            run += 1
        if doubles and run >= 2 and R.random() < 0.65:
            if run >= 3 and R.random() < 0.5:
                words.append("triple " + dword(d, zo))
                i += 3
                continue
            words.append("double " + dword(d, zo))
            i += 2
            continue
        words.append(dword(d, zo))
        i += 1
    return " ".join(words)


def say_pairs(g, zo):
    words = []
    i = 0
    while i < len(g):
        p = g[i:i + 2]
        if len(p) == 1 or p[0] == "0":
            words.append(say_plain(p, zo, False))
        else:
            words.append(two_words(int(p)))
        i += 2
    return " ".join(words)


def say_hundreds(g, zo):
    if len(g) == 3 and g[0] != "0" and g[1:] != "00":
        rest = int(g[1:])
        return "%s hundred and %s" % (UW[int(g[0])], two_words(rest))
    return say_pairs(g, zo)


def say_group(g, zo, style=None, norm=norm_digits):
    style = style or R.choice(["plain", "plain", "plain", "pairs", "hundreds", "nodouble"])
    if style == "pairs":
        s = say_pairs(g, zo)
    elif style == "hundreds":
        s = say_hundreds(g, zo)
    elif style == "nodouble":
        s = say_plain(g, zo, False)
    else:
        s = say_plain(g, zo)
    if norm(s) != g:
        s = say_plain(g, ["zero"] if norm is not norm_digits else zo, False)
    return s


def chunk(s, sizes):
    out, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return out


def say_digits(s, sizes, region, fill=0.2, joiners=(" ", ", ", " ... ")):
    zo = zero_opts(region)
    gs = chunk(s, sizes)
    parts = []
    for k, g in enumerate(gs):
        if k:
            j = R.choice(joiners)
            if R.random() < fill:
                j = R.choice([" um ", " uh ", ", er, ", " erm ", " uh, "])
            parts.append(j)
        parts.append(say_group(g, zo))
    txt = "".join(parts)
    if norm_digits(txt) != s:  # neighbouring groups fused (e.g. forty + five)
        txt = ", ".join(say_plain(g, zo, False) for g in gs)
    return txt


def typed_digits(s, sizes, sep):
    return sep.join(chunk(s, sizes))


# ---------------------------------------------------------------- case builder
class V(object):
    def __init__(self, text, typ, canon=None, full=None, **extra):
        self.text = text
        self.meta = {"type": typ, "canon": canon, "full": full}
        self.meta.update(extra)


class Case(object):
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []

    def t(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def build(self, cid):
        turns, spans, metas = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, V):
                    st = len(text)
                    text += s.text
                    spans.append({"turn": ti, "start": st, "end": len(text),
                                  "type": s.meta["type"]})
                    metas.append(s.meta)
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        if self.kind == "negative":
            assert not spans
        rec = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return rec, metas


# ---------------------------------------------------------------- data pools
FIRST = ["james", "sarah", "mohammed", "aoife", "li", "priya", "tom", "grace", "diego",
         "siobhan", "kwame", "emma", "oliver", "fatima", "liam", "chloe", "noah", "zara",
         "marcus", "hannah", "ciaran", "olga", "darnell", "keisha", "pablo", "ines"]
LAST = ["smith", "okafor", "murphy", "patel", "nguyen", "kowalski", "brennan", "garcia",
        "jones", "walsh", "chen", "obrien", "hughes", "martinez", "williams", "khan",
        "fitzgerald", "johnson", "dubois", "schmidt", "rossi", "washington"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com",
           "eircom.net", "btinternet.com", "aol.com", "comcast.net", "web.de", "proton.me",
           "live.ie", "sky.com"]
UK_STREETS = ["Marlborough Road", "High Street", "Station Road", "Church Lane", "Victoria Avenue",
              "Acacia Avenue", "Mill Lane", "Queens Crescent", "Oakfield Close", "Park Terrace",
              "Hawthorn Way", "Kings Drive", "Elm Grove"]
US_STREETS = ["Maple Avenue", "Oak Street", "Sunset Boulevard", "Lincoln Drive",
              "Pine Ridge Road", "Washington Street", "Cedar Lane", "Lakeview Drive",
              "Peachtree Court", "Elm Street", "Magnolia Way", "Franklin Pike"]
IE_STREETS = ["Main Street", "Strand Road", "Griffith Avenue", "Castle Street", "Newtown Park"]
UK_TOWNS = ["Leeds", "Croydon", "Bristol", "Manchester", "Cardiff", "Glasgow", "Reading", "Derby"]
US_TOWNS = ["Columbus, Ohio", "Austin, TX", "Tampa, Florida", "Fresno, CA", "Albany, NY",
            "Denver", "Nashville, Tennessee", "Spokane, WA"]
UK_IND = ["bank", "broadband provider", "energy supplier", "mobile network", "insurer",
          "council", "retailer", "building society", "water company", "travel agent"]
US_IND = ["health plan", "credit union", "wireless carrier", "utility", "pharmacy billing",
          "auto insurer", "airline", "hospital billing office", "IRS helpline", "DMV"]
CO_UK = ["Northshire Energy", "BrightNet Broadband", "Albion Building Society", "Kestrel Mobile",
         "Harbour Insurance", "Westgate Council", "Tillerman's Home Store", "SkyRoute Travel"]
CO_US = ["Pinecrest Health Plan", "Liberty Federal Credit Union", "Summit Wireless",
         "Tri-County Power & Light", "MediBill Partners", "Lone Star Auto Insurance",
         "Blue Heron Airlines", "Riverside Medical Billing"]


def pick(xs):
    return R.choice(xs)


# value generators ------------------------------------------------
def gen_card():
    k = R.random()
    if k < 0.45:
        return luhn_complete("4" + str(R.randint(0, 9)), 16), [4, 4, 4, 4]
    if k < 0.65:
        return luhn_complete("5" + str(R.randint(1, 5)), 16), [4, 4, 4, 4]
    if k < 0.78:
        return luhn_complete(pick(["34", "37"]), 15), [4, 6, 5]
    if k < 0.86:
        return luhn_complete("6011", 16), [4, 4, 4, 4]
    if k < 0.92:
        return luhn_complete("4", 13), [4, 3, 3, 3]
    return luhn_complete(pick(["6759", "5018", "4"]), 19), [4, 4, 4, 4, 3]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_L1 = "ABCEGHJKLMNOPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = pick(NI_L1) + pick(NI_L2)
        s = p + "".join(R.choice("0123456789") for _ in range(6)) + pick("ABCD")
        if NI_RE.match(s) and "O" not in s:
            return s


def gen_routing():
    first = "%02d" % pick(list(range(1, 13)) + list(range(21, 33)))
    body = first + "".join(R.choice("0123456789") for _ in range(6))
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    c = (-sum(int(x) * k for x, k in zip(body, w))) % 10
    return body + str(c)


def gen_uk_pc():
    area = pick(["SW", "SE", "E", "N", "M", "B", "LS", "G", "EH", "CF", "BS", "NE", "L",
                 "CB", "BT", "W", "NW", "RG", "DE", "CR"])
    dist = str(R.randint(1, 28))
    inward = str(R.randint(1, 9)) + pick("ABDEFGHJLNPQRSTUWXYZ") + pick("ABDEFGHJLNPQRSTUWXYZ")
    return area + dist, inward


def gen_zip(plus4=False):
    z = "%05d" % R.randint(1001, 99950)
    if plus4:
        z += "%04d" % R.randint(1, 9999)
    return z


def gen_iban():
    cc = pick(["GB", "GB", "IE", "IE", "DE", "NL", "ES", "FR"])
    if cc == "GB":
        bban = pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + "".join(R.choice("0123456789") for _ in range(14))
    elif cc == "IE":
        bban = pick(["AIBK", "BOFI", "IPBS"]) + "".join(R.choice("0123456789") for _ in range(14))
    elif cc == "DE":
        bban = "".join(R.choice("0123456789") for _ in range(18))
    elif cc == "NL":
        bban = pick(["ABNA", "INGB", "RABO"]) + "".join(R.choice("0123456789") for _ in range(10))
    elif cc == "ES":
        bban = "".join(R.choice("0123456789") for _ in range(20))
    else:
        bban = "".join(R.choice("0123456789") for _ in range(23))
    return make_iban(cc, bban)


def gen_dob():
    return {"y": R.randint(1938, 2004), "m": R.randint(1, 12), "d": R.randint(1, 28)}


def gen_exp():
    return {"y": R.randint(2025, 2031), "m": R.randint(1, 12)}


def gen_email():
    f, l = pick(FIRST), pick(LAST)
    style = R.randint(0, 4)
    num = str(R.randint(1, 99)) if R.random() < 0.5 else ""
    if style == 0:
        local = f + "." + l + num
    elif style == 1:
        local = f[0] + l + num
    elif style == 2:
        local = f + "_" + l
    elif style == 3:
        local = l + "." + f[0]
    else:
        local = f + l[:3] + num
    return local + "@" + pick(DOMAINS)


# renderers --------------------------------------------------------
def say_email(e, spell_prob=0.3):
    local, dom = e.split("@")
    out = []
    for piece in re.split(r"([._\-])", local):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        elif piece == "-":
            out.append("dash")
        elif piece.isdigit():
            out.append(say_group(piece, ["zero"], norm=lambda s: "".join(parse(s, "email"))))
        elif piece:
            m = re.fullmatch(r"([a-z]+)(\d*)", piece)
            word, dg = m.group(1), m.group(2)
            if len(word) <= 2 or R.random() < spell_prob:
                if R.random() < 0.4:
                    out.append(" ".join("%s for %s" % (c, pick(FOR_WORDS.get(c, [NATO_BY[c]])))
                                        for c in word))
                else:
                    out.append(" ".join(word))
            else:
                out.append(word)
            if dg:
                out.append(say_group(dg, ["zero"], norm=lambda s: "".join(parse(s, "email"))))
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    s = " ".join(out)
    if norm_email(s) != e:
        s = " ".join(["dot" if c == "." else "at" if c == "@" else "underscore" if c == "_"
                      else c for c in e])
        s = s.replace("0", "zero")
    return s


def typed_email(e):
    k = R.random()
    if k < 0.25:
        return e[0].upper() + e[1:]
    if k < 0.35:
        return e.upper()
    return e


def typed_date(d, us=False):
    y, m, dd = d["y"], d["m"], d["d"]
    k = R.randint(0, 6)
    if k == 0:
        return ("%02d/%02d/%d" % (m, dd, y)) if us else ("%02d/%02d/%d" % (dd, m, y))
    if k == 1:
        return ("%d-%d-%02d" % (m, dd, y % 100)) if us else ("%d.%d.%d" % (dd, m, y))
    if k == 2:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), dd, y)
    if k == 3:
        return "%d%s %s %d" % (dd, "th", MONTHS[m - 1].capitalize(), y)
    if k == 4:
        return "%d %s %d" % (dd, MON_ABBR[m - 1].capitalize(), y)
    if k == 5:
        return "%d-%02d-%02d" % (y, m, dd)
    return ("%02d%02d%d" % (m, dd, y)) if us else ("%02d%02d%d" % (dd, m, y))


def say_year(y):
    if y >= 2000:
        return pick(["two thousand and " + two_words(y - 2000) if y > 2000 else "two thousand",
                     "twenty " + (two_words(y - 2000) if y - 2000 >= 10 else "oh " + UW[y - 2000])])
    c, r = divmod(y, 100)
    rest = two_words(r) if r >= 10 else "oh " + UW[r]
    return two_words(c) + " " + rest


def say_date(d, us=False):
    y, m, dd = d["y"], d["m"], d["d"]
    day = ORDW[dd] if dd <= 20 else (TENSW[dd // 10] + ("" if dd % 10 == 0 else " " + ORDW[dd % 10])
                                     if dd % 10 else "thirtieth" if dd == 30 else "twentieth")
    k = R.randint(0, 4)
    if k == 0:
        return "the %s of %s %s" % (day, MONTHS[m - 1], say_year(y))
    if k == 1:
        return "%s %s %s" % (MONTHS[m - 1], day, say_year(y))
    if k == 2:
        return "%s %s um %s" % (day, MONTHS[m - 1], say_year(y))
    if k == 3:
        return "%s %s, %s" % (MONTHS[m - 1], two_words(dd), say_year(y))
    return "%s of %s %s" % (day, MONTHS[m - 1], say_year(y))


def fix_date(s, d):
    # safety: the date validator must accept what we render
    err = validate_span(s, {"type": "DOB", "full": d})
    if err:
        return "%s %d" % (MONTHS[d["m"] - 1], d["y"])
    return s


def typed_exp(e):
    y, m = e["y"], e["m"]
    return pick(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                 "%02d / %02d" % (m, y % 100), "%s %d" % (MON_ABBR[m - 1].capitalize(), y)])


def say_exp(e):
    y, m = e["y"], e["m"]
    return pick(["oh %s %s" % (UW[m], two_words(y % 100)) if m < 10 else
                 "%s %s" % (two_words(m), two_words(y % 100)),
                 "%s %s" % (MONTHS[m - 1], say_year(y)),
                 "%s twenty %s" % (MONTHS[m - 1], two_words(y % 100)),
                 ("oh " + UW[m] if m < 10 else two_words(m)) + " slash " + say_plain("%02d" % (y % 100), ["oh"], False)])


def uk_address():
    n = R.randint(1, 240)
    st = pick(UK_STREETS)
    k = R.random()
    if k < 0.25:
        return "Flat %d, %d %s" % (R.randint(1, 30), n, st), "flat %s, %s %s" % (two_words(R.randint(1, 9)), say_house(n), st.lower())
    if k < 0.4:
        return "%d%s %s" % (n, pick("ab"), st), None
    return "%d %s" % (n, st), "%s %s" % (say_house(n), st.lower())


def say_house(n):
    if n < 100:
        return two_words(n)
    if n % 100 == 0:
        return UW[n // 100] + " hundred"
    return pick(["%s %s" % (UW[n // 100], two_words(n % 100) if n % 100 >= 10 else "oh " + UW[n % 100]),
                 "%s hundred and %s" % (UW[n // 100], two_words(n % 100))])


def us_address():
    n = R.randint(10, 9800)
    st = pick(US_STREETS)
    if R.random() < 0.25:
        return "%d %s, Apt %d" % (n, st, R.randint(1, 40)), None
    return "%d %s" % (n, st), None


# ---------------------------------------------------------------- positive templates
def bc():
    return pick(["mhm", "go on", "okay", "yep", "uh huh", "right", "got it", "yeah", "keep going"])


def asr_hello(c, region):
    co = pick(CO_UK if region != "US" else CO_US)
    c.t("agent", "thank you for calling %s my name's %s how can i help" % (co.lower(), pick(FIRST)))


def pos_card_typed():
    card, g = gen_card()
    sep = pick([" ", "-", "", " ", ".", "  "])
    sizes = g if R.random() < 0.7 else pick([[4, 4, 4, 4], [3, 5, 4, 4], [6, 10], [8, 8], [4, 4, 8]])
    txt = typed_digits(card, sizes, sep)
    c = Case("positive", "typed card number in chat (%s separators)" % (repr(sep)))
    c.t("agent", pick(["Hi, I can take the payment now. What's the long number on the card?",
                       "Please enter the card number you'd like to use.",
                       "Could you confirm the card for the refund?"]))
    lead = pick(["sure its ", "Card no: ", "card number - ", "", "ok here: ", "it's ",
                 "CC# ", "the visa is ", "number on the card is "])
    c.t("customer", lead, V(txt, "CARD_NUMBER", card, card),
        pick(["", " thanks", ". Amount is \u00a349.99", " - expires soon tho", " ty"]))
    if R.random() < 0.5:
        e = gen_exp()
        cvv = "".join(R.choice("0123456789") for _ in range(4 if len(card) == 15 else 3))
        c.t("agent", "Thanks. Expiry date and security code please?")
        c.t("customer", pick(["exp ", "", "expiry "]), V(typed_exp(e), "EXPIRY", full=e),
            pick([" cvv ", " and ", ", code "]), V(cvv, "CVV", cvv, cvv))
        c.note += " + expiry and cvv"
    c.t("agent", "Thank you, the card ending %s has been charged." % card[-4:])
    return c


def pos_card_spoken_split():
    region = pick(["UK", "US", "IE"])
    card, g = gen_card()
    c = Case("positive", "spoken card split over turns with back-channels, %s" % region)
    asr_hello(c, region)
    c.t("customer", "hi yeah i want to pay my bill please")
    c.t("agent", "no problem can i take the long card number please")
    gs = chunk(card, g)
    zo = zero_opts(region)
    pos = 0
    restart = R.random() < 0.25
    for k, grp in enumerate(gs):
        said = say_group(grp, zo)
        if k == 0 and restart:
            wrong = grp[:2]
            c.t("customer", "okay it's ", V(say_plain(wrong, zo, False), "CARD_NUMBER", wrong, card),
                " sorry no hang on wrong card ... right ", V(said, "CARD_NUMBER", grp, card))
            c.note += ", restarted reading"
        elif k == 0:
            c.t("customer", pick(["okay it's ", "right so ", "um it's ", ""]), V(said, "CARD_NUMBER", grp, card))
        else:
            c.t("customer", V(said, "CARD_NUMBER", grp, card))
        if k < len(gs) - 1:
            c.t("agent", bc())
        pos += len(grp)
    if R.random() < 0.5:
        c.t("agent", "let me read that back ", V(say_digits(card, g, region, 0), "CARD_NUMBER", card, card), " is that right")
        c.t("customer", "yes")
        c.note += ", agent read-back"
    else:
        c.t("agent", "thank you so that's the card ending ", V(say_plain(card[-4:], zo, False), "CARD_NUMBER", card[-4:], card),
            " yeah")
        c.t("customer", "that's it")
        c.note += ", last four repeated after full read (labelled)"
    if R.random() < 0.5:
        e = gen_exp()
        c.t("agent", "and the expiry")
        c.t("customer", V(fix_exp(say_exp(e), e), "EXPIRY", full=e))
        c.note += ", spoken expiry"
    if R.random() < 0.5:
        cvv = "".join(R.choice("0123456789") for _ in range(4 if len(card) == 15 else 3))
        c.t("agent", "and the three digits on the back")
        c.t("customer", pick(["it's ", "uh ", ""]), V(say_digits(cvv, [3], region, 0), "CVV", cvv, cvv))
        c.note += ", spoken cvv"
    return c


def fix_exp(s, e):
    if validate_span(s, {"type": "EXPIRY", "full": e}):
        return "%s %d" % (MONTHS[e["m"] - 1], e["y"])
    return s


def pos_card_one_turn_asr():
    region = pick(["UK", "US", "IE", "EU"])
    card, g = gen_card()
    c = Case("positive", "whole card read in one ASR turn with fillers, %s" % region)
    c.t("agent", "what card would you like to use today")
    said = say_digits(card, g, region, fill=0.5, joiners=(" ", " ", ", "))
    aside = R.random() < 0.3
    if aside:
        gs = chunk(card, g)
        a = "".join(gs[:2])
        b = card[len(a):]
        c.t("customer", "it's a mastercard debit ", V(say_digits(a, g[:2], region), "CARD_NUMBER", a, card),
            pick([" sorry the dog's going mad ", " hold on the light's bad in here ", " sorry my glasses "]),
            V(say_digits(b, g[2:], region), "CARD_NUMBER", b, card))
        c.note += ", aside mid-reading"
    else:
        c.t("customer", pick(["yeah so it's ", "um ", "the number is ", "okay ready "]), V(said, "CARD_NUMBER", card, card),
            pick(["", " and i want to pay a hundred and twenty pounds", " thats the whole thing"]))
    c.t("agent", "lovely thank you one moment")
    return c


def pos_card_correction():
    region = pick(["UK", "US"])
    card, g = gen_card()
    gs = chunk(card, g)
    zo = zero_opts(region)
    c = Case("positive", "card reading with a mid-group correction; agent confirms, %s" % region)
    c.t("agent", "can i take the card number please")
    wrong_digit = str((int(gs[1][-1]) + 3) % 10)
    wrong = gs[1][:-1] + wrong_digit
    c.t("customer", V(say_plain(gs[0], zo), "CARD_NUMBER", gs[0], card), " ",
        V(say_plain(wrong, zo, False), "CARD_NUMBER", wrong, card, abandoned=True), " no sorry ",
        V(say_plain(gs[1], zo, False), "CARD_NUMBER", gs[1], card), " then ",
        V(say_digits("".join(gs[2:]), g[2:], region), "CARD_NUMBER", "".join(gs[2:]), card))
    c.t("agent", "okay so ", V(typed_digits(card, g, " ") if R.random() < 0.5 else say_digits(card, g, region, 0),
                               "CARD_NUMBER", card, card), pick([" correct", " yeah"]))
    c.t("customer", "yep")
    return c


def pos_ssn():
    ssn = gen_ssn()
    k = R.randint(0, 7)
    ind = pick(US_IND)
    if k in (0, 1):
        txt = pick([ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], ssn[:3] + " " + ssn[3:5] + " " + ssn[5:],
                    ssn, ssn[:3] + "." + ssn[3:5] + "." + ssn[5:], ssn[:3] + "-" + ssn[3:5] + ssn[5:],
                    ssn[:5] + "-" + ssn[5:]])
        c = Case("positive", "typed SSN in chat, %s" % ind)
        c.t("agent", "For verification please provide your Social Security number.")
        c.t("customer", pick(["SSN: ", "ss# ", "social is ", "", "my ssn - ", "Soc Sec no. "]), V(txt, "SSN", ssn, ssn),
            pick(["", " (member ID is on the card if you need it)", " thx"]))
        return c
    c = Case("positive", "spoken SSN, %s" % ind)
    c.t("agent", pick(["can i get your social security number please", "and to verify the last thing is your social",
                       "i'll need the social for the account holder"]))
    sizes = pick([[3, 2, 4], [3, 2, 4], [3, 3, 3], [5, 4], [9], [1] * 9, [3, 2, 2, 2]])
    if k in (2, 3):
        c.t("customer", pick(["sure it's ", "yeah ", "okay um ", ""]), V(say_digits(ssn, sizes, "US", 0.3), "SSN", ssn, ssn))
        c.note += " in one turn, grouping %s" % sizes
    elif k in (4, 5):
        gs = chunk(ssn, [3, 2, 4])
        c.t("customer", V(say_group(gs[0], zero_opts("US")), "SSN", gs[0], ssn))
        c.t("agent", bc())
        c.t("customer", V(say_group(gs[1], zero_opts("US")), "SSN", gs[1], ssn))
        c.t("agent", bc())
        c.t("customer", V(say_group(gs[2], zero_opts("US"), pick(["pairs", "plain", "hundreds"])), "SSN", gs[2], ssn))
        c.t("agent", "thank you i have ", V(say_digits(ssn, [3, 2, 4], "US", 0), "SSN", ssn, ssn))
        c.note += " split over three turns + read-back"
    elif k == 6:
        c.t("customer", "is the last four enough")
        c.t("agent", "yes the last four of the social is fine")
        c.t("customer", "okay it's ", V(say_digits(ssn[5:], [pick([4, 2])], "US"), "SSN", ssn[5:], ssn))
        c.note += " - partial, last four of SSN (labelled)"
    else:
        gs = chunk(ssn, [3, 2, 4])
        c.t("customer", "it's ", V(say_plain(gs[0], zero_opts("US")), "SSN", gs[0], ssn),
            " hang on let me get my card out of my wallet okay ",
            V(say_digits(gs[1] + gs[2], [2, 4], "US"), "SSN", gs[1] + gs[2], ssn))
        c.note += " with aside mid-reading"
    return c


def pos_ni():
    ni = gen_ni()
    k = R.randint(0, 5)
    c = Case("positive", "UK NI number, %s" % pick(["HMRC", "DWP", "council tax support", "payroll", "pension provider"]))
    if k <= 1:
        txt = pick([ni, ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8],
                    ni.lower(), ni[:2] + "-" + ni[2:8] + "-" + ni[8], ni[:2] + ni[2:8] + " " + ni[8],
                    ni[0] + ni[1].lower() + ni[2:]])
        c.t("agent", "Can you confirm your National Insurance number?")
        c.t("customer", pick(["NI no: ", "nino ", "its ", "", "NI number is "]), V(txt, "NI_NUMBER", ni, ni))
        c.note += " (typed)"
        return c
    def say_ni(part, nato):
        out = []
        for ch in part:
            if ch.isalpha():
                cl = ch.lower()
                out.append(pick(["%s for %s" % (cl, pick(FOR_WORDS[cl])), NATO_BY[cl]]) if nato else cl)
            else:
                out.append(None)
        # compress digits
        s, buf = [], ""
        for ch, w in zip(part, out):
            if w is None:
                buf += ch
            else:
                if buf:
                    s.append(say_group(buf, ["oh", "zero", "nought"], norm=norm_alnum))
                    buf = ""
                s.append(w)
        if buf:
            s.append(say_group(buf, ["oh", "zero", "nought"], norm=norm_alnum))
        return " ".join(s)
    nato = R.random() < 0.5
    c.t("agent", "and your national insurance number please")
    if k <= 3:
        said = say_ni(ni, nato)
        if norm_alnum(said) != ni:
            said = " ".join(ch.lower() if ch.isalpha() else UW[int(ch)] for ch in ni)
        c.t("customer", pick(["yeah it's ", "um ", "it's ", "right "]), V(said, "NI_NUMBER", ni, ni))
        c.note += " spoken in one turn%s" % (" with letter spelling" if nato else "")
    else:
        p1, p2, p3 = ni[:2], ni[2:8], ni[8]
        c.t("customer", V(say_ni(p1, nato), "NI_NUMBER", p1, ni), " ", V(say_ni(p2[:2], False), "NI_NUMBER", p2[:2], ni))
        c.t("agent", bc())
        c.t("customer", V(say_ni(p2[2:], False), "NI_NUMBER", p2[2:], ni))
        c.t("agent", "and the letter at the end")
        c.t("customer", V(say_ni(p3, True), "NI_NUMBER", p3, ni))
        c.t("agent", "so that's ", V(" ".join(ch.lower() if ch.isalpha() else UW[int(ch)] for ch in ni), "NI_NUMBER", ni, ni))
        c.note += " split over turns + read-back"
    for sp in c.turns:
        for s in sp[1]:
            if isinstance(s, V) and norm_alnum(s.text) != s.meta["canon"]:
                s.text = " ".join(ch.lower() if ch.isalpha() else UW[int(ch)] for ch in s.meta["canon"])
    return c


def pos_bank():
    k = R.randint(0, 4)
    if k <= 1:  # UK sort code + account
        sc = "".join(R.choice("0123456789") for _ in range(6))
        acct = "".join(R.choice("0123456789") for _ in range(8))
        c = Case("positive", "UK sort code + account for direct debit")
        c.t("agent", "to set up the direct debit i need the sort code and account number")
        if k == 0:
            c.t("customer", "sort code ", V(say_digits(sc, [2, 2, 2], "UK", 0.2), "SORT_CODE", sc, sc),
                " and the account number is ", V(say_digits(acct, pick([[4, 4], [3, 3, 2], [2, 2, 2, 2]]), "UK", 0.2),
                                                "BANK_ACCOUNT", acct, acct))
            c.t("agent", "thanks that's ", V(say_digits(sc, [2, 2, 2], "UK", 0), "SORT_CODE", sc, sc), " then ",
                V(say_digits(acct, [4, 4], "UK", 0), "BANK_ACCOUNT", acct, acct))
        else:
            c.t("customer", pick(["s/c ", "Sort code: ", "sort "]), V(typed_digits(sc, [2, 2, 2], pick(["-", " ", ""])), "SORT_CODE", sc, sc),
                pick([" acct no: ", ", a/c ", " account "]), V(acct, "BANK_ACCOUNT", acct, acct))
        return c
    if k <= 3:  # US routing + account
        rt = gen_routing()
        acct = "".join(R.choice("0123456789") for _ in range(R.randint(8, 12)))
        c = Case("positive", "US routing + checking account for autopay, %s" % pick(US_IND))
        c.t("agent", "for autopay i'll need the routing number and the checking account number")
        if k == 2:
            c.t("customer", "routing is ", V(say_digits(rt, [3, 3, 3], "US", 0.2), "BANK_ACCOUNT", rt, rt, routing=True))
            c.t("agent", bc())
            c.t("customer", "and account ", V(say_digits(acct, [3, 3, 4, 2], "US", 0.2), "BANK_ACCOUNT", acct, acct))
            c.t("agent", "let me repeat the account ", V(say_digits(acct, [4, 4, 4], "US", 0), "BANK_ACCOUNT", acct, acct))
        else:
            c.t("customer", pick(["Routing# ", "ABA ", "routing no. "]), V(rt, "BANK_ACCOUNT", rt, rt, routing=True),
                pick([" / acct# ", ", checking acct ", " acct no: "]), V(acct, "BANK_ACCOUNT", acct, acct),
                " - payment of $212.40 on the 15th please")
        return c
    ib = gen_iban()
    c = Case("positive", "IBAN for refund/SEPA (%s)" % ib[:2])
    c.t("agent", pick(["Please send the IBAN for the refund.", "what's the iban you want the refund paid into"]))
    if R.random() < 0.5:
        txt = pick([" ".join(chunk(ib, [4] * 9)), ib, ib.lower(), " ".join(chunk(ib, [4] * 9)).lower()])
        c.t("customer", pick(["IBAN: ", "iban ", "it's ", ""]), V(txt, "IBAN", ib, ib))
    else:
        gs = chunk(ib, [4] * 9)
        first = " ".join(ch.lower() for ch in gs[0][:2]) + " " + say_group(gs[0][2:], ["zero", "oh"], norm=norm_alnum)
        c.t("customer", V(first, "IBAN", gs[0], ib))
        c.t("agent", bc())
        rest = "".join(gs[1:])
        def sa(p):
            out = []
            for ch in p:
                out.append(pick(["%s for %s" % (ch.lower(), pick(FOR_WORDS[ch.lower()])), ch.lower()]) if ch.isalpha() else UW[int(ch)])
            return " ".join(out)
        mid = len(rest) // 2
        c.t("customer", V(sa(rest[:mid]), "IBAN", rest[:mid], ib))
        c.t("agent", "mhm go on")
        c.t("customer", V(sa(rest[mid:]), "IBAN", rest[mid:], ib))
        c.note += " spoken over three turns"
    return c


def pos_iban():
    c = None
    while c is None or not any(isinstance(s, V) and s.meta["type"] == "IBAN" for _, segs in c.turns for s in segs):
        c = pos_bank()
    return c


def pos_phone():
    k = R.randint(0, 7)
    c = Case("positive", "phone number")
    if k == 0:
        num = "+1" + str(R.randint(201, 989)) + "555" + "%04d" % R.randint(100, 199)
        ext = str(R.randint(10, 9999))
        txt = pick(["(%s) %s-%s" % (num[2:5], num[5:8], num[8:]), "%s-%s-%s" % (num[2:5], num[5:8], num[8:]),
                    "%s.%s.%s" % (num[2:5], num[5:8], num[8:])])
        ex = pick([" ext. ", " x", " ext ", " extension "])
        c.t("customer", "you can reach me at work on ", V(txt + ex + ext, "PHONE", num[2:] + "x" + ext, num[2:] + "x" + ext),
            " between 9 and 5")
        c.note = "US work phone with extension (typed); extension inside span"
    elif k == 1:
        area = str(R.randint(201, 989))
        rest = "555" + "%04d" % R.randint(100, 199)
        ext = str(R.randint(100, 999))
        c.t("agent", "whats the best callback number")
        c.t("customer", V(say_digits(area + rest, [3, 3, 4], "US", 0.2), "PHONE", area + rest, area + rest))
        c.t("agent", "is there an extension")
        c.t("customer", "yeah extension ", V(say_digits(ext, [3], "US"), "PHONE", ext, area + rest + ext))
        c.note = "US phone spoken, extension given in later turn (labelled PHONE)"
    elif k == 2:
        num = "+1" + str(R.randint(201, 989)) + "555" + "%04d" % R.randint(100, 199)
        c.t("customer", "my cell is ", V(pick(["+1 " + num[2:5] + " " + num[5:8] + " " + num[8:], "1-%s-%s-%s" % (num[2:5], num[5:8], num[8:]),
                                               "+1 (%s) %s-%s" % (num[2:5], num[5:8], num[8:])]), "PHONE", None, num))
        c.turns[-1][1][1].meta["canon"] = norm_digits(c.turns[-1][1][1].text)
        c.note = "US mobile with country code (typed)"
    elif k == 3:
        mob = "07" + str(R.randint(700, 999)) + "%06d" % R.randint(0, 999999)
        c.t("agent", "and a mobile number in case we get cut off")
        c.t("customer", "yeah it's ", V(say_digits(mob, [5, 3, 3], "UK", 0.3), "PHONE", mob, mob))
        c.t("agent", "so ", V(say_digits(mob, [5, 6], "UK", 0), "PHONE", mob, mob))
        c.note = "UK mobile spoken + read-back"
    elif k == 4:
        mob = "447" + str(R.randint(700, 999)) + "%06d" % R.randint(0, 999999)
        c.t("customer", "from abroad you'd need ", V("plus " + pick(["four four", "double four"]) + " " + say_digits(mob[2:], [4, 3, 3], "UK"), "PHONE", "+" + mob, "+" + mob))
        c.note = "UK mobile in international form, spoken"
    elif k == 5:
        num = pick(["+3538" + str(R.randint(3, 9)) + "%07d" % R.randint(0, 9999999),
                    "+4930" + "%08d" % R.randint(0, 99999999), "+336" + "%08d" % R.randint(0, 99999999)])
        cc = 4 if num.startswith("+353") else 3
        txt = pick([num, num[:cc] + " " + " ".join(chunk(num[cc:], [2, 3, 4, 4]))])
        c.t("customer", pick(["Tel: ", "whatsapp me on ", "my number here is "]), V(txt, "PHONE", num, num))
        c.note = "EU/IE international number typed"
    elif k == 6:
        land = "0" + pick(["20", "161", "113", "131", "1"]) + "%07d" % R.randint(0, 9999999)
        c.t("customer", "home phone is ", V(pick([land[:3] + " " + land[3:7] + " " + land[7:], land,
                                                  "(" + land[:4] + ") " + land[4:]]), "PHONE", land, land))
        c.note = "UK/IE landline typed"
    else:
        num = str(R.randint(201, 989)) + "555" + "%04d" % R.randint(100, 199)
        c.t("agent", "can i get a phone number on the account")
        c.t("customer", V(say_digits(num[:3], [3], "US"), "PHONE", num[:3], num))
        c.t("agent", bc())
        c.t("customer", V(say_digits(num[3:], [3, 4], "US", 0.3), "PHONE", num[3:], num),
            " and that's my cell not the house")
        c.note = "US number split area code / rest"
    return c


def pos_email():
    e = gen_email()
    c = Case("positive", "email address")
    if R.random() < 0.4:
        c.t("customer", pick(["email: ", "pls send it to ", "my e-mail is ", "contact - "]), V(typed_email(e), "EMAIL", e, e),
            pick(["", " thanks", ". Ref in subject line pls"]))
        c.note += " typed"
    else:
        c.t("agent", "and what email address should the receipt go to")
        c.t("customer", pick(["it's ", "yeah so it's ", "um "]), V(say_email(e), "EMAIL", e, e))
        if R.random() < 0.5:
            c.t("agent", "so that's ", V(say_email(e, 0), "EMAIL", e, e))
            c.t("customer", "perfect")
            c.note += " spoken + read-back"
        else:
            c.note += " spoken"
    return c


def pos_dob():
    d = gen_dob()
    us = R.random() < 0.5
    c = Case("positive", "date of birth (%s)" % ("US" if us else "UK/IE"))
    if R.random() < 0.45:
        c.t("agent", "Can you confirm your date of birth?")
        c.t("customer", pick(["DOB ", "", "born ", "d.o.b: "]), V(typed_date(d, us), "DOB", full=d))
    else:
        c.t("agent", pick(["and your date of birth please", "can i just confirm your date of birth"]))
        c.t("customer", pick(["it's ", "yeah ", "um ", ""]), V(fix_date(say_date(d, us), d), "DOB", full=d),
            pick(["", " and i'm not sixty yet before you ask", ""]))
    return c


def pos_address():
    us = R.random() < 0.45
    c = Case("positive", "postal address (%s)" % ("US" if us else "UK"))
    c.t("agent", pick(["can you confirm the first line of your address and postcode", "What's the billing address?",
                       "and the address we're sending the engineer to"]))
    if us:
        a, _ = us_address()
        plus4 = R.random() < 0.4
        z = gen_zip(plus4)
        ztxt = z[:5] + ("-" + z[5:] if plus4 else "")
        if R.random() < 0.6:
            c.t("customer", V(a, "ADDRESS", full=a), ", ", pick(US_TOWNS), " ", V(ztxt, "POSTCODE", z, z, us=True))
        else:
            c.t("customer", V(a, "ADDRESS", full=a), pick([" in ", ", "]), pick(US_TOWNS).split(",")[0].lower(), " zip is ",
                V(say_digits(z[:5], [5], "US") + (" dash " + say_digits(z[5:], [4], "US") if plus4 else ""), "POSTCODE", z, z, us=True))
        c.note += " with ZIP%s" % ("+4" if plus4 else "")
    else:
        a, spoken = uk_address()
        o, i = gen_uk_pc()
        pc = o + i
        if spoken and R.random() < 0.6:
            said_pc = " ".join(ch.lower() if ch.isalpha() else ch for ch in o)
            said_pc = re.sub(r"\d+", lambda m: two_words(int(m.group(0))) if len(m.group(0)) > 1 and R.random() < 0.5 else " ".join(UW[int(x)] for x in m.group(0)), said_pc)
            said_pc += " " + " ".join(UW[int(ch)] if ch.isdigit() else pick([ch.lower(), "%s for %s" % (ch.lower(), pick(FOR_WORDS[ch.lower()]))]) for ch in i)
            c.t("customer", V(spoken, "ADDRESS", full=spoken), " ", pick(UK_TOWNS).lower(), " ", V(said_pc, "POSTCODE", pc, pc))
        else:
            c.t("customer", V(a, "ADDRESS", full=a), ", ", pick(UK_TOWNS), ", ", V(pick([o + " " + i, pc, (o + " " + i).lower()]), "POSTCODE", pc, pc))
    return c


def pos_combo_us():
    """US health/insurance verification with dangerous non-PII IDs around PII."""
    ssn = gen_ssn()
    d = gen_dob()
    z = gen_zip(R.random() < 0.5)
    c = Case("positive", "US healthcare billing verification: member ID / claim no (not PII) next to SSN, DOB, ZIP")
    c.t("agent", "%s this is %s can i have the member id on the card" % (pick(CO_US).lower(), pick(FIRST)))
    c.t("customer", "member id is %s%s" % (pick(["W", "XJ", "H"]), "".join(R.choice("0123456789") for _ in range(9))))
    c.t("agent", "thanks and the patient's date of birth")
    c.t("customer", V(fix_date(say_date(d, True), d), "DOB", full=d))
    c.t("agent", "and the last four of the social or the full social")
    c.t("customer", "full one is ", V(say_digits(ssn, [3, 2, 4], "US", 0.3), "SSN", ssn, ssn))
    c.t("agent", "zip code on file")
    c.t("customer", V(say_digits(z[:5], [5], "US") + (" dash " + say_digits(z[5:], [4], "US") if len(z) > 5 else ""), "POSTCODE", z, z, us=True))
    c.t("agent", "great the claim number %s for %d dollars was processed on %s" %
        (" ".join(UW[int(x)] for x in "".join(R.choice("0123456789") for _ in range(9))), R.randint(40, 900), pick(MONTHS)))
    return c


POS_PLAN = ([pos_card_typed] * 24 + [pos_card_spoken_split] * 22 + [pos_card_one_turn_asr] * 14 +
            [pos_card_correction] * 6 + [pos_ssn] * 40 + [pos_ni] * 34 + [pos_bank] * 30 +
            [pos_iban] * 10 + [pos_phone] * 26 + [pos_email] * 16 + [pos_dob] * 14 + [pos_address] * 20 + [pos_combo_us] * 10)


# ---------------------------------------------------------------- negatives
def rdig(n):
    return str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(n - 1))


def neg_templates():
    out = []
    # long digit strings with non-PII labels
    for _ in range(R.randint(1, 1)):
        pass

    def n_order():
        num = luhn_complete("4", 16) if R.random() < 0.5 else rdig(16)
        lab = pick(["order number", "tracking number", "reference", "invoice number", "serial number", "confirmation code"])
        c = Case("negative", "16-digit %s read like a card" % lab)
        c.t("agent", "do you have the %s" % lab)
        c.t("customer", "yeah the %s is %s" % (lab, say_digits(num, [4, 4, 4, 4], pick(["UK", "US"]), 0.2)))
        c.t("agent", pick(["thanks i've found it from the %s" % lab, "great that %s matches" % lab, "ok bear with me"]))
        return c

    def n_claim():
        lab = pick(["claim number", "claim no.", "member ID", "policy number", "group number", "NPI", "Medicare number",
                    "subscriber ID", "prior auth number"])
        if lab == "NPI":
            v = "1" + "".join(R.choice("0123456789") for _ in range(9))
        elif lab == "Medicare number":
            v = "%d%s%d%s-%s%d-%s%s%d%d" % (R.randint(1, 9), pick("ACDEFGHJK"), R.randint(0, 9), pick("ACDEFGHJK"),
                                            pick("ACDEFGHJK"), R.randint(0, 9), pick("ACDEFGHJK"), pick("ACDEFGHJK"),
                                            R.randint(0, 9), R.randint(0, 9))
        else:
            v = pick(["%s-%s-%s" % (rdig(3), rdig(2), rdig(4)), rdig(9), "CLM-" + rdig(10), rdig(11)])
        c = Case("negative", "US %s said with its label (SSN-like shape)" % lab)
        c.t("customer", "%s: %s" % (lab, v))
        c.t("agent", "Thanks, I can see %s %s was received on %s %d." % (lab.lower(), v, pick(MONTHS).capitalize(), R.randint(1, 28)))
        return c

    def n_claim_spoken():
        lab = pick(["claim number", "member i d", "provider n p i", "policy number", "case number", "ticket number"])
        v = rdig(9)
        c = Case("negative", "spoken 9-digit %s grouped 3-2-4 like an SSN" % lab)
        c.t("agent", "what's the %s" % lab)
        c.t("customer", "the %s is %s" % (lab, say_digits(v, [3, 2, 4], "US", 0.2)))
        c.t("agent", "okay i've got that %s pulled up" % lab)
        return c

    def n_money():
        c = Case("negative", "amounts, balances, dates of payment")
        c.t("agent", pick(["Your current balance is $%d.%02d and the minimum payment of $%d is due on %s %d." %
                           (R.randint(100, 9999), R.randint(0, 99), R.randint(25, 300), pick(MONTHS).capitalize(), R.randint(1, 28)),
                           "your balance is %s pounds and %d pence payable by the %s of %s" %
                           (say_house(R.randint(100, 999)), R.randint(1, 99), ORDW[R.randint(1, 20)], pick(MONTHS))]))
        c.t("customer", pick(["can I pay %d now and the rest next month" % R.randint(50, 500),
                              "ok and that includes the 2.9% fee?", "i thought it was four hundred and twelve"]))
        return c

    def n_last4():
        l4 = rdig(4)
        c = Case("negative", "card last four only (PCI permits)")
        c.t("agent", pick(["is that the card ending %s" % l4, "I can see a visa ending in %s" % l4,
                           "the card ending %s was declined" % " ".join(UW[int(x)] for x in l4)]))
        c.t("customer", pick(["yes the one ending %s" % " ".join(UW[int(x)] for x in l4), "Yes ending %s" % l4,
                              "no use the mastercard ending %s" % rdig(4)]))
        return c

    def n_times():
        c = Case("negative", "opening hours, durations, times")
        c.t("agent", pick(["we're open 8am to 8pm monday to friday and nine till five on saturdays",
                           "Our lines are open 08:00-20:00 Mon-Fri; average wait is 14 minutes.",
                           "the engineer will come between twelve and four on the %s" % ORDW[R.randint(1, 20)]]))
        c.t("customer", pick(["ok i'll call back at half two", "that's a 3 hour window!", "fine i've been on hold for forty five minutes"]))
        return c

    def n_travel():
        c = Case("negative", "flight/seat/gate/room numbers and booking refs")
        c.t("agent", "your flight %s%d leaves from gate %d%s, seat %d%s, booking reference %s" %
            (pick(["BA", "EI", "FR", "UA", "DL", "LH"]), R.randint(10, 9999), R.randint(1, 60), pick(["", "A", "B"]),
             R.randint(1, 40), pick("ABCDEF"), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
        c.t("customer", pick(["and the hotel room is %d?" % R.randint(100, 1999), "ok we land at 22:40 local",
                              "we're on the M%d so might be late" % R.randint(1, 62)]))
        return c

    def n_meter():
        c = Case("negative", "meter readings and MPRN/account-type utility refs")
        r1 = rdig(5)
        c.t("customer", "my meter reading is %s" % pick([r1, say_digits(r1, [5], "UK")]))
        c.t("agent", "and the night reading? also the meter serial is %s" % ("%s%s" % (pick(["E", "K", "D"]), rdig(8))))
        c.t("customer", "night is %s units" % rdig(5))
        return c

    def n_misc():
        c = Case("negative", "ages, temperatures, percentages, years, counts")
        c.t("customer", pick(["my mum is 87 and the house was 14 degrees, the boiler's from 2009",
                              "i've been with you since nineteen ninety eight and got 3 kids on the plan",
                              "you put the price up by 11.5% in April 2024",
                              "the thermostat says sixty eight and the bill went up twenty three percent"]))
        c.t("agent", pick(["I understand, I can offer a 10% discount for 12 months.",
                           "i'll add a note and a credit of twenty five dollars"]))
        return c

    def n_road():
        c = Case("negative", "road/street names without house numbers, towns")
        c.t("customer", pick(["there's roadworks on %s near the big tesco" % pick(UK_STREETS),
                              "the outage is on %s, whole street is dark" % pick(US_STREETS),
                              "I-95 was closed so the courier couldn't get to %s" % pick(US_TOWNS)]))
        c.t("agent", "thanks i'll log that against the area")
        return c

    def n_contract():
        c = Case("negative", "contract/appointment dates and model numbers")
        c.t("agent", "your contract started on %s %d %d and ends %02d/%02d/%d; the router model is %s-%s" %
            (pick(MONTHS), R.randint(1, 28), R.randint(2018, 2024), R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2028),
             pick(["HH", "TG", "AX", "RT"]), rdig(4)))
        c.t("customer", "and the appointment's the %s of %s at 10:30?" % (ORDW[R.randint(1, 20)], pick(MONTHS)))
        return c

    def n_spoken_ref():
        v = rdig(R.choice([12, 13, 15, 19]))
        lab = pick(["your ticket number", "the parcel tracking", "the serial on the box", "your account reference for the council"])
        c = Case("negative", "long reference spoken with doubles/pairs, labelled")
        c.t("agent", "and %s" % lab)
        c.t("customer", say_digits(v, [4] * 5, pick(["UK", "US"]), 0.3))
        c.t("agent", "perfect that's %s found" % lab)
        return c

    def n_rx():
        c = Case("negative", "US pharmacy billing: Rx number, copay, refill window, BIN/PCN/group")
        c.t("agent", "rx number %s has %d refills left, copay is $%d.%02d, next fill after %s %d" %
            (rdig(7), R.randint(0, 5), R.randint(0, 60), R.randint(0, 99), pick(MONTHS).capitalize(), R.randint(1, 28)))
        c.t("customer", "the card says BIN %s PCN %s group %s if that helps" % (rdig(6), pick(["ADV", "MEDDPRIME", "9999"]), rdig(8)))
        return c

    def n_tax():
        c = Case("negative", "government services: tax year, notice/letter IDs, amounts")
        c.t("customer", "i got notice %s about tax year %d, letter id %s, they say i owe $%d" %
            (pick(["CP2000", "CP14", "LTR 4883C", "CP501"]), R.randint(2019, 2024), rdig(5), R.randint(200, 9000)))
        c.t("agent", "okay, that notice was issued %s %d and the response window is thirty days" % (pick(MONTHS), R.randint(1, 28)))
        return c

    def n_phone_shaped():
        v = str(R.randint(201, 989)) + "555" + "%04d" % R.randint(100, 199)
        lab = pick(["case number", "work order", "confirmation number", "account reference"])
        c = Case("negative", "10-digit %s in phone-number shape, labelled" % lab)
        c.t("agent", "your %s is %s-%s-%s, please keep it handy" % (lab, v[:3], v[3:6], v[6:]))
        c.t("customer", "so %s %s okay" % (lab, say_digits(v, [3, 3, 4], "US", 0.2)))
        return c

    def n_zip_like():
        c = Case("negative", "five/nine digit amounts and counts that look like ZIPs or SSNs")
        c.t("agent", pick(["the deductible is %s dollars and you've met %d of it" % (rdig(4), R.randint(100, 999)),
                           "we've had %s calls about the outage since %d:%02d" % ("{:,}".format(R.randint(10000, 99999)), R.randint(1, 11), R.randint(0, 59)),
                           "the settlement is $%s paid in %d instalments" % ("{:,}".format(R.randint(100000, 999999)), R.randint(2, 12))]))
        c.t("customer", pick(["that's way more than the %d quoted" % R.randint(1000, 9999), "ok thanks", "wow"]))
        return c

    return [n_rx, n_tax, n_phone_shaped, n_zip_like, n_order, n_order, n_claim, n_claim, n_claim, n_claim_spoken, n_claim_spoken, n_money, n_last4,
            n_times, n_travel, n_meter, n_misc, n_road, n_contract, n_spoken_ref]


# ---------------------------------------------------------------- build
def build_all():
    recs, metas = [], []
    plan = list(POS_PLAN)
    R.shuffle(plan)
    for i, fn in enumerate(plan):
        rec, m = fn().build("h525-pos-%03d" % (i + 1))
        recs.append(rec)
        metas.append(m)
    negs = neg_templates()
    for i in range(120):
        fn = negs[i % len(negs)]
        rec, m = fn().build("h525-neg-%03d" % (i + 1))
        recs.append(rec)
        metas.append(m)
    return recs, metas


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in recs)


def counts(recs):
    c = {t: 0 for t in TYPES}
    for r in recs:
        for s in r["spans"]:
            c[s["type"]] += 1
    return c


def readme(recs):
    c = counts(recs)
    npos = sum(1 for r in recs if r["kind"] == "positive")
    nneg = len(recs) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# pii_holdout525 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not read it while changing the redaction
> engine, do not fit thresholds, patterns or word lists to it, and do not copy
> its phrasings into training or development fixtures. It exists only to
> measure the engine. If it has been used for tuning, it no longer measures
> anything and must be replaced.

## Provenance

Written by an AI helper acting as an independent test author. The author did
not see the redaction code, its tests, its docs or other PII fixtures. All cases are
synthetic and generated by `scripts/make_pii_holdout525.py` (Python standard
library only, one generator `random.Random(525241125)`). Every turn is built from
plain-text segments and labelled value segments, so offsets are computed, never
typed. No real person's data is included (card numbers are random Luhn-valid
numbers; US phone numbers use 555-01xx; names are invented).

Regenerate / verify:

    python scripts/make_pii_holdout525.py          # rewrite cases.jsonl and this README
    python scripts/make_pii_holdout525.py --check  # regenerate, byte-compare, validate

`--check` verifies byte-identity, unique ids, offsets in range, on word
boundaries and non-overlapping, and validates every labelled value after
normalising spoken forms (number words, oh/o/nought/zero, double/triple,
pairs, "four hundred and twelve", NATO / "x for y" spelling, dot/at): Luhn for
cards, mod-97 for IBANs, NI format, 9 digits for SSN, ABA checksum for routing
numbers, 6 digits for sort codes, UK postcode / ZIP(+4) formats, e-mail syntax,
month/year presence for DOB and expiry.

## Format

`cases.jsonl`, one case per line: `id`, `kind` (`positive`/`negative`), `turns`
(`speaker` = `customer`/`agent`, `text`), `spans` (`turn`, `start`, `end` —
Python character offsets, end exclusive — and `type`), `note`.

Emphasis of this set: US callers — SSNs in every grouping and partly, routing and
account numbers, phone numbers with extensions, ZIP+4 — with dangerous US
negatives (claim numbers, member IDs, NPI and Medicare-style IDs said with their
label), alongside UK/IE/EU banking, telecom, utilities, retail, insurance,
travel, healthcare billing and government services.

## Annotation conventions

- A span covers exactly the value, first letter/digit to last; lead-ins ("it's",
  "my number is", "acct no:") are outside.
- A value split across turns gets one span per turn, each with the value's type.
  Agent read-backs are labelled too.
- Fillers spoken inside a reading ("um", "uh", "er") are inside the span. An
  aside in the middle of a reading ("hang on let me get my card") is outside:
  the reading becomes two spans around it.
- Abandoned/corrected fragments of a reading (restarts, "no sorry") are labelled
  with the value's type too — they are still the customer's digits.
- Phone spans include the country code. An extension is part of the PHONE span
  when said with the number; an extension given in a later turn is its own
  PHONE span.
- ADDRESS covers flat/apartment number, house number and street, not the town;
  the postcode/ZIP is a separate POSTCODE span. ZIP+4 is one span including the dash.
- DOB and EXPIRY cover the whole date expression ("the third of march nineteen
  eighty one").
- US ABA routing numbers are labelled BANK_ACCOUNT (there is no separate routing
  type).
- The last four of an SSN given for verification is labelled SSN. A card's last
  four on their own ("card ending 4821") is NOT labelled, unless the full card
  was read in the same case (then the repeated last four is labelled).
- Negative cases carry no spans: amounts, balances, times, hours, durations,
  counts, ages, temperatures, percentages, years, contract/appointment dates,
  order/ticket/invoice/claim/reference/tracking/serial/model/policy/member/NPI/
  Medicare numbers said with their label, meter readings, flight/room/gate/seat
  numbers, road names, card last-four mentions.

## Counts

%d cases: %d positive, %d negative.

| Type | Spans |
|---|---|
%s
| **Total** | %d |
""" % (len(recs), npos, nneg, rows, sum(c.values()))


def check(recs, metas):
    errs = []
    with open(CASES, encoding="utf-8") as f:
        if f.read() != serialise(recs):
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    with open(README, encoding="utf-8") as f:
        if f.read() != readme(recs):
            errs.append("README.md is stale")
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for r, ms in zip(recs, metas):
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s bad speaker" % r["id"])
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s positive without spans" % r["id"])
        by_turn = {}
        for s, m in zip(r["spans"], ms):
            tx = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append("%s offsets out of range" % r["id"])
                continue
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s span not on word boundary: %r" % (r["id"], tx[a:b]))
            if not ((tx[a].isalnum() or (s["type"] == "PHONE" and tx[a] in "+(")) and tx[b - 1].isalnum()):
                errs.append("%s span edge not alnum: %r" % (r["id"], tx[a:b]))
            by_turn.setdefault(s["turn"], []).append((a, b))
            e = validate_span(tx[a:b], m)
            if e:
                errs.append("%s %s %r: %s" % (r["id"], s["type"], tx[a:b], e))
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s overlapping spans" % r["id"])
    c = counts(recs)
    npos = sum(1 for r in recs if r["kind"] == "positive")
    if npos < 200 or len(recs) - npos < 100:
        errs.append("too few cases")
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if c[t] < need.get(t, 10):
            errs.append("too few %s spans: %d" % (t, c[t]))
    return errs


def main():
    recs, metas = build_all()
    if "--check" in sys.argv[1:]:
        errs = check(recs, metas)
        for e in errs[:60]:
            print("ERROR:", e)
        c = counts(recs)
        print("cases=%d spans=%s" % (len(recs), json.dumps(c)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            return 1
        print("CHECK OK")
        return 0
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write(serialise(recs))
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(recs))
    print("wrote %d cases to %s" % (len(recs), CASES))
    return 0


if __name__ == "__main__":
    sys.exit(main())

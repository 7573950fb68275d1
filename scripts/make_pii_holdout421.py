#!/usr/bin/env python3
"""Generate the pii_holdout421 held-out PII redaction evaluation set.

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.

    python scripts/make_pii_holdout421.py          # write the fixture
    python scripts/make_pii_holdout421.py --check  # regenerate + verify
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout421", "cases.jsonl")

# ---------------------------------------------------------------- words
DW = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five",
      "6": "six", "7": "seven", "8": "eight", "9": "nine"}
TEENS = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
         15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ZERO_US = ["zero", "oh", "oh", "zero"]
ZERO_UK = ["oh", "zero", "nought", "o", "oh"]
FILLERS = ["um", "uh", "er", "erm"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth",
       13: "thirteenth", 14: "fourteenth", 15: "fifteenth", 16: "sixteenth",
       17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
       30: "thirtieth"}


def say_num(n):
    """1..99 in words."""
    if n < 10:
        return DW[str(n)]
    if n < 20:
        return TEENS[n]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + DW[str(u)])


def say_ord(n):
    if n in ORD:
        return ORD[n]
    t, u = divmod(n, 10)
    return TENS[t] + " " + ORD[u]


def zw(r, zeros):
    return r.choice(zeros)


def say_digits(ds, r, zeros, dbl=True, fill=0.0):
    out, i = [], 0
    while i < len(ds):
        c = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == c:
            run += 1
        w = zw(r, zeros) if c == "0" else DW[c]
        if dbl and run >= 3 and r.random() < 0.6:
            out.append("triple " + w)
            i += 3
        elif dbl and run >= 2 and r.random() < 0.6:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
        if fill and i < len(ds) and r.random() < fill:
            out.append(r.choice(FILLERS))
    return " ".join(out)


def say_pairs(ds, r, zeros):
    out = []
    if len(ds) % 2:
        out.append(zw(r, zeros) if ds[0] == "0" else DW[ds[0]])
        ds = ds[1:]
    for k in range(0, len(ds), 2):
        p = ds[k:k + 2]
        n = int(p)
        if p[0] == "0":
            if p == "00":
                out.append(r.choice(["double " + zw(r, zeros), zw(r, zeros) + " " + zw(r, zeros)]))
            else:
                out.append(zw(r, zeros) + " " + DW[p[1]])
        elif n % 10 == 0 and n >= 20 and k + 2 >= len(ds):
            # trailing "forty" could merge with a following "one": say "four oh"
            out.append(DW[p[0]] + " " + zw(r, zeros))
        else:
            out.append(say_num(n))
    return " ".join(out)


def say_hundreds(ds, r, zeros, us=False):
    if ds[0] == "0" or len(ds) != 3:
        return say_pairs(ds, r, zeros)
    rest = int(ds[1:])
    if rest >= 20 and rest % 10 == 0:
        # "five hundred and forty" + "one ..." would be ambiguous; read digit by digit
        return say_digits(ds, r, zeros, dbl=False)
    s = DW[ds[0]] + " hundred"
    if rest:
        if us and rest >= 10 and r.random() < 0.5:
            s += " " + say_num(rest)
        else:
            s += " and " + say_num(rest)
    return s


def say_group(ds, r, zeros, fill=0.0, us=False):
    x = r.random()
    if len(ds) == 3 and x < 0.25:
        return say_hundreds(ds, r, zeros, us)
    if x < 0.55:
        return say_digits(ds, r, zeros, fill=fill)
    if x < 0.8:
        return say_pairs(ds, r, zeros)
    return say_digits(ds, r, zeros, dbl=False, fill=fill)


def chunks(ds, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(ds[i:i + s])
        i += s
    if i < len(ds):
        out.append(ds[i:])
    return [c for c in out if c]


def say_letters(s, r, nato=0.3):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(DW[ch] if ch != "0" else r.choice(["zero", "oh"]))
        elif ch.isalpha():
            c = ch.lower()
            if r.random() < nato:
                out.append(c + r.choice([" for ", " as in "]) + NATO[c])
            else:
                out.append(c)
        elif ch == " ":
            continue
    return " ".join(out)


# ---------------------------------------------------------------- parsing
UNITW = {"zero": "0", "oh": "0", "o": "0", "nought": "0"}
UNITW.update({v: k for k, v in DW.items()})
TEENW = {v: str(k) for k, v in TEENS.items()}
TENW = {v: k for k, v in TENS.items()}
NATOW = {v: k for k, v in NATO.items()}
SEP_OK = {"dash", "hyphen", "slash", "ext", "extension", "plus", "space", "x"}


def parse_digits(text, extra_ok=()):
    """Normalise a spoken/typed numeric reading to a digit string (None on junk)."""
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out, i = [], 0

    def small(j):
        # number 1..99 starting at j -> (str, next)
        t = toks[j] if j < len(toks) else None
        if t in TEENW:
            return TEENW[t], j + 1
        if t in TENW:
            if j + 1 < len(toks) and toks[j + 1] in UNITW and UNITW[toks[j + 1]] != "0":
                return str(TENW[t]) + UNITW[toks[j + 1]], j + 2
            return str(TENW[t]) + "0", j + 1
        if t in UNITW:
            return UNITW[t], j + 1
        return None, j

    while i < len(toks):
        t = toks[i]
        if t in FILLERS or t in SEP_OK or t in extra_ok:
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in ("double", "triple"):
            d = toks[i + 1] if i + 1 < len(toks) else None
            if d not in UNITW:
                return None
            out.append(UNITW[d] * (2 if t == "double" else 3))
            i += 2
            continue
        if t in UNITW:
            if i + 1 < len(toks) and toks[i + 1] == "hundred":
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    s, j = small(j + 1)
                    if s is None:
                        return None
                    out.append(UNITW[t] + s.zfill(2))
                elif j < len(toks) and (toks[j] in TEENW or toks[j] in TENW):
                    s, j = small(j)
                    out.append(UNITW[t] + s.zfill(2))
                else:
                    out.append(UNITW[t] + "00")
                i = j
                continue
            if i + 1 < len(toks) and toks[i + 1] == "thousand":
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                s, j2 = small(j)
                out.append(UNITW[t] + (s.zfill(3) if s else "000"))
                i = j2
                continue
            out.append(UNITW[t])
            i += 1
            continue
        if t in TEENW or t in TENW:
            s, i = small(i)
            out.append(s)
            continue
        return None
    return "".join(out)


def parse_alnum(text):
    """Letters+digits reading (NATO, spoken digits) -> upper-case string."""
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t in FILLERS or t in ("dash", "space"):
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and t != "o":
            out.append(t.upper())
            i += 1
            if i < len(toks) and toks[i] == "for" and i + 1 < len(toks):
                i += 2
            elif i + 1 < len(toks) and toks[i] == "as" and toks[i + 1] == "in":
                i += 3
            continue
        if t.isalpha() and t not in UNITW and t not in TEENW and t not in TENW and \
                t not in ("double", "triple", "hundred") and not t.isdigit():
            if re.fullmatch(r"[a-z]+\d*", t) and len(t) > 1:
                out.append(t.upper())
                i += 1
                continue
            return None
        # numeric run: gather consecutive numeric tokens
        j = i
        while j < len(toks) and (toks[j].isdigit() or toks[j] in UNITW or toks[j] in TEENW
                                 or toks[j] in TENW or toks[j] in ("double", "triple", "hundred", "and")):
            j += 1
        d = parse_digits(" ".join(toks[i:j]))
        if d is None or j == i:
            return None
        out.append(d)
        i = j
    return "".join(out)


def parse_email(text):
    if "@" in text:
        return text.lower()
    toks = text.lower().split()
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t in FILLERS:
            i += 1
        elif t == "dot":
            out.append(".")
            i += 1
        elif t == "at":
            out.append("@")
            i += 1
        elif t == "underscore":
            out.append("_")
            i += 1
        elif t in ("dash", "hyphen"):
            out.append("-")
            i += 1
        elif len(t) == 1 and i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2] in NATOW:
            out.append(t)
            i += 3
        elif t in UNITW or t in TEENW or t in TENW or t in ("double", "triple"):
            j = i
            while j < len(toks) and (toks[j] in UNITW or toks[j] in TEENW or toks[j] in TENW
                                     or toks[j] in ("double", "triple")):
                j += 1
            out.append(parse_digits(" ".join(toks[i:j])) or "?")
            i = j
        else:
            out.append(t)
            i += 1
    return "".join(out)


def parse_date(text):
    """-> (month or None, list of numeric chunks as strings, day from ordinal)."""
    t = text.lower().replace(",", " ")
    month = None
    for k, m in enumerate(MONTHS):
        if re.search(r"\b" + m[:3] + r"[a-z]*\b", t):
            month = k + 1
            t = re.sub(r"\b" + m[:3] + r"[a-z]*\b", " | ", t)
    day = None
    m = re.search(r"\b(\d{1,2})(st|nd|rd|th)\b", t)
    if m:
        day = int(m.group(1))
        t = t[:m.start()] + " | " + t[m.end():]
    for n in range(31, 0, -1):
        w = say_ord(n)
        if re.search(r"\b" + w + r"\b", t):
            day = n
            t = re.sub(r"\b" + w + r"\b", " | ", t)
            break
    t = re.sub(r"\b(the|of|slash|dash)\b|[/\-.]", " | ", t)
    nums = []
    for part in t.split("|"):
        if part.strip():
            d = parse_digits(part)
            if d is None:
                return None
            if d:
                nums.append(d)
    return month, nums, day


# ---------------------------------------------------------------- validators
def luhn_ok(ds):
    tot = 0
    for k, c in enumerate(reversed(ds)):
        d = int(c)
        if k % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length, r):
    body = prefix + "".join(str(r.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    x = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in x)) % 97 == 1


def make_iban(cc, bban):
    x = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in x)) % 97
    return cc + "%02d" % chk + bban


def aba_ok(ds):
    if len(ds) != 9:
        return False
    w = [3, 7, 1] * 3
    return sum(int(a) * b for a, b in zip(ds, w)) % 10 == 0


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
ADDR_SUFFIX = ("street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "close",
               "way", "court", "ct", "boulevard", "blvd", "place", "pl", "crescent", "terrace",
               "grove", "gardens", "park", "row", "square", "hill")


def check_value(typ, norm, expected):
    """norm: normalised concatenation of the group; expected: canonical value."""
    if typ == "CARD_NUMBER":
        return norm == expected and 13 <= len(norm) <= 19 and luhn_ok(norm)
    if typ == "CVV":
        return norm == expected and len(norm) in (3, 4)
    if typ == "SSN":
        return norm == expected and len(norm) == 9 and norm[:3] not in ("000", "666") \
            and norm[0] != "9" and norm[3:5] != "00" and norm[5:] != "0000"
    if typ == "NI_NUMBER":
        return norm == expected and bool(NI_RE.match(norm))
    if typ == "SORT_CODE":
        return norm == expected and len(norm) == 6
    if typ == "BANK_ACCOUNT":
        return norm == expected and 6 <= len(norm) <= 17 and (len(norm) != 9 or aba_ok(norm) or True)
    if typ == "IBAN":
        return norm == expected and iban_ok(norm)
    if typ == "PHONE":
        base = norm.split("X")[0]
        return norm == expected and 10 <= len(base) <= 15
    if typ == "EMAIL":
        return norm == expected and bool(re.fullmatch(r"[a-z0-9._\-+]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", norm))
    if typ == "POSTCODE":
        return norm == expected and (bool(UKPC_RE.match(norm)) or bool(re.fullmatch(r"\d{5}(-?\d{4})?", norm)))
    if typ in ("DOB", "EXPIRY"):
        return norm == expected
    if typ == "ADDRESS":
        return norm == expected
    return False


def normalise(typ, text):
    if typ in ("CARD_NUMBER", "CVV", "SSN", "SORT_CODE", "BANK_ACCOUNT"):
        return parse_digits(text)
    if typ == "PHONE":
        m = re.split(r"\bext(?:ension)?\b\.?|\bx(?=\s*\d)", text.lower())
        base = parse_digits(m[0])
        if base is None:
            return None
        if len(m) > 1:
            e = parse_digits(m[1])
            return None if e is None else base + "X" + e
        return base
    if typ in ("NI_NUMBER", "IBAN"):
        return parse_alnum(text)
    if typ == "POSTCODE":
        d = parse_digits(text)
        if d is not None and len(d) in (5, 9):
            return d if len(d) == 5 else d[:5] + "-" + d[5:]
        return parse_alnum(text)
    if typ == "EMAIL":
        return parse_email(text)
    if typ in ("DOB", "EXPIRY"):
        return parse_date(text)
    if typ == "ADDRESS":
        low = text.lower()
        toks = re.findall(r"[a-z]+|\d+", low)
        ok = any(t in ADDR_SUFFIX for t in toks) and (re.match(r"^(flat|apt|apartment|unit|suite|\d|[a-z]+)", low) is not None)
        num = re.match(r"^(?:(?:flat|apt|apartment|unit|suite)\s*\S+,?\s*)?(\d+[a-z]?|[a-z ]+?)\b", low)
        return "ADDR" if ok and num else None
    return None


def date_expect(typ, text_parsed):
    return text_parsed


# ---------------------------------------------------------------- case builder
class V:
    def __init__(self, text, typ, gid):
        self.text, self.typ, self.gid = text, typ, gid


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []
        self.groups = {}  # gid -> [typ, expected, mode]
        self._g = 0

    def group(self, typ, expected, mode="full"):
        self._g += 1
        self.groups[self._g] = [typ, expected, mode]
        return self._g

    def t(self, speaker, *parts):
        self.turns.append((speaker, parts))
        return self

    def render(self, cid):
        turns, spans, gspans = [], [], []
        for ti, (spk, parts) in enumerate(self.turns):
            buf = ""
            for p in parts:
                if isinstance(p, V):
                    s = len(buf)
                    buf += p.text
                    spans.append({"turn": ti, "start": s, "end": len(buf), "type": p.typ})
                    gspans.append(p.gid)
                else:
                    buf += p
            turns.append({"speaker": spk, "text": buf})
        rec = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return rec, gspans


def v(text, typ, gid):
    return V(text, typ, gid)


# ---------------------------------------------------------------- value pools
FIRST = ["james", "maria", "tom", "aoife", "priya", "dwayne", "siobhan", "li", "kofi", "emma",
         "carlos", "fatima", "liam", "grace", "noah", "chloe", "raj", "beth", "sean", "olu"]
LAST = ["doe", "kowalski", "murphy", "patel", "nguyen", "smith", "garcia", "obrien", "walsh",
        "johnson", "khan", "reilly", "baker", "hughes", "lopez", "brennan", "tanaka", "evans"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "icloud.com", "eircom.net",
           "aol.com", "btinternet.com", "comcast.net", "web.de"]
UK_STREETS = ["Baker Street", "Mill Lane", "Station Road", "Church Close", "Queens Avenue",
              "Harbour Way", "Elm Grove", "Victoria Terrace", "Kingsway Court", "Park Crescent"]
US_STREETS = ["Maple Avenue", "Oak Street", "Sunset Boulevard", "Elm Drive", "Pine Court",
              "Lakeview Drive", "Washington Street", "Cedar Lane", "Ridge Road", "Hillcrest Place"]
IE_STREETS = ["Griffith Avenue", "Main Street", "Strand Road", "Seafield Park"]
UK_PC = ["SW1A 2AA", "M14 5RT", "B33 8TH", "CR2 6XH", "LS11 9BW", "EH4 7RJ", "CF10 3NQ",
         "BS8 1TH", "NE1 4ST", "G12 8QQ", "L17 3BZ", "N19 5JE", "PE27 6JU", "DN55 1PT"]
US_ZIP = ["90210", "10027", "60614", "30309", "77005", "94110", "02139", "98103", "85004",
          "33139", "48201", "19103", "73301", "55401"]
INDUSTRY = [("banking", "Northgate Bank"), ("telecom", "Vireo Mobile"), ("utilities", "Brightwater Energy"),
            ("retail", "Halden Home Stores"), ("insurance", "Sentinel Mutual"), ("travel", "SkyTrail Holidays"),
            ("healthcare billing", "Mercy Valley Health billing"), ("government services", "the county tax office"),
            ("banking", "First Prairie Credit Union"), ("telecom", "Coastline Broadband"),
            ("insurance", "Liberty Shield Auto"), ("utilities", "Metro Water")]
ACKS = ["mhm", "go on", "okay", "yep", "uh huh", "right", "got it", "yes", "and then", "sure"]
NI_PREFIX = ["AB", "CE", "JK", "NP", "SR", "TW", "WL", "HR", "PA", "ZE", "YJ", "RK", "ME", "LH", "EG"]


class Gen:
    def __init__(self):
        self.r = random.Random(421241125)

    # --- raw values
    def card(self):
        r = self.r
        k = r.random()
        if k < 0.45:
            return luhn_complete("4" + str(r.randrange(100, 1000)), 16, r)
        if k < 0.75:
            return luhn_complete(str(r.randrange(51, 56)), 16, r)
        if k < 0.87:
            return luhn_complete(r.choice(["34", "37"]), 15, r)
        if k < 0.93:
            return luhn_complete("6011", 16, r)
        if k < 0.97:
            return luhn_complete("4", 13, r)
        return luhn_complete("6759", 19, r)

    def ssn(self):
        r = self.r
        while True:
            a = r.randrange(1, 900)
            if a != 666:
                break
        return "%03d%02d%04d" % (a, r.randrange(1, 100), r.randrange(1, 10000))

    def ni(self):
        r = self.r
        return r.choice(NI_PREFIX) + "".join(str(r.randrange(10)) for _ in range(6)) + r.choice("ABCD")

    def routing(self):
        r = self.r
        while True:
            d = "".join(str(r.randrange(10)) for _ in range(8))
            d = r.choice(["0", "1", "2", "3"]) + d[1:]
            for c in "0123456789":
                if aba_ok(d + c):
                    return d + c

    def digits(self, n, lead_nonzero=False):
        r = self.r
        s = "".join(str(r.randrange(10)) for _ in range(n))
        if lead_nonzero and s[0] == "0":
            s = str(r.randrange(1, 10)) + s[1:]
        return s

    def us_phone(self):
        r = self.r
        return str(r.randrange(201, 990)) + str(r.randrange(200, 1000)) + self.digits(4)

    def uk_mobile(self):
        return "7" + self.digits(9)

    def email(self):
        r = self.r
        f, l = r.choice(FIRST), r.choice(LAST)
        sep = r.choice([".", "", "_", "."])
        num = r.choice(["", "", str(r.randrange(1, 99)), str(r.randrange(1960, 2005))])
        user = r.choice([f + sep + l, f[0] + sep + l, f + sep + l[0], l + sep + f]) + num
        return user, r.choice(DOMAINS)

    def iban(self):
        r = self.r
        cc = r.choice(["GB", "IE", "DE", "FR", "NL", "ES", "GB", "IE"])
        if cc == "GB":
            bban = r.choice(["NWBK", "BARC", "LAYD", "MIDL"]) + self.digits(14)
        elif cc == "IE":
            bban = r.choice(["AIBK", "BKIE", "IPBS"]) + self.digits(14)
        elif cc == "DE":
            bban = self.digits(18)
        elif cc == "FR":
            bban = self.digits(23)
        elif cc == "NL":
            bban = r.choice(["ABNA", "RABK", "INGB"]) + self.digits(10)
        else:
            bban = self.digits(20)
        return make_iban(cc, bban)

    def dob(self):
        r = self.r
        return r.randrange(1, 29), r.randrange(1, 13), r.randrange(1942, 2006)

    def company(self):
        return self.r.choice(INDUSTRY)

    def zeros(self, uk):
        return ZERO_UK if uk else ZERO_US


def date_matches(typ, parsed, exp):
    if parsed is None:
        return False
    month, nums, day = parsed
    def ymatch(s, y):
        return int(s) == y or (len(s) == 2 and int(s) == y % 100)
    if typ == "DOB":
        d, m, y = exp
        if month:
            if month != m:
                return False
            if day is not None:
                return len(nums) == 1 and day == d and ymatch(nums[0], y)
            if len(nums) == 1:
                # "march twelve nineteen sixty nine" -> one run "121969"
                for yr in (str(y), "%02d" % (y % 100)):
                    s = nums[0]
                    if s.endswith(yr) and len(s) > len(yr) and int(s[:-len(yr)]) == d:
                        return True
                return False
            return len(nums) == 2 and int(nums[0]) == d and ymatch(nums[1], y)
        if len(nums) == 3:
            return {int(nums[0]), int(nums[1])} == {d, m} and ymatch(nums[2], y) and \
                (int(nums[0]), int(nums[1])) in ((d, m), (m, d))
        return False
    m, y = exp
    if month:
        return month == m and len(nums) == 1 and ymatch(nums[0], y)
    if len(nums) == 2:
        return int(nums[0]) == m and ymatch(nums[1], y)
    if len(nums) == 1 and len(nums[0]) == 4:
        return int(nums[0][:2]) == m and ymatch(nums[0][2:], y)
    return False


# ---------------------------------------------------------------- positive templates
def open_line(g, asr):
    ind, co = g.company()
    if asr:
        return ind, g.r.choice([
            "thank you for calling %s my name is %s how can i help" % (co.lower(), g.r.choice(FIRST)),
            "you're through to %s this call may be recorded how can i help today" % co.lower(),
            "hi there this is %s at %s what can i do for you" % (g.r.choice(FIRST), co.lower())])
    return ind, g.r.choice([
        "Hi, you're chatting with %s from %s. How can I help?" % (g.r.choice(FIRST).title(), co),
        "Welcome to %s support chat. What can I help you with today?" % co,
        "%s secure messaging - an agent will reply shortly." % co])


def typed_card(g, c):
    r = g.r
    if len(c) == 15:
        parts = chunks(c, [4, 6, 5])
    elif len(c) == 19:
        parts = chunks(c, [4, 4, 4, 4, 3])
    elif len(c) == 13:
        parts = chunks(c, [4, 3, 3, 3])
    else:
        parts = chunks(c, r.choice([[4, 4, 4, 4], [4, 4, 4, 4], [8, 8], [4, 6, 6], [16]]))
    sep = r.choice([" ", "-", " ", ".", "  ", " - "])
    return sep.join(parts)


def spoken_groups(g, ds, sizes, uk, fill=0.0):
    return [say_group(p, g.r, g.zeros(uk), fill=fill, us=not uk) for p in chunks(ds, sizes)]


def card_sizes(c, r):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 16:
        return r.choice([[4, 4, 4, 4], [4, 4, 4, 4], [2, 2, 4, 4, 4], [4, 4, 8], [3, 3, 3, 3, 4]])
    return [4] * (len(c) // 4) + ([len(c) % 4] if len(c) % 4 else [])


def p_card_chat(g):
    r = g.r
    ind, op = open_line(g, False)
    c = g.card()
    cs = Case("positive", "typed chat card number (%s) with %s separators" % (ind, "mixed"))
    gid = cs.group("CARD_NUMBER", c)
    cs.t("agent", op)
    lead = r.choice(["card no: ", "Card number is ", "its ", "cc# ", "long number on card - ", "Sure: ", "CARD: "])
    parts = [lead, v(typed_card(g, c), "CARD_NUMBER", gid)]
    if r.random() < 0.6:
        m, y = r.randrange(1, 13), r.randrange(25, 32)
        e = cs.group("EXPIRY", (m, 2000 + y))
        es = r.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%02d" % (m, y)])
        parts += [r.choice([" exp ", ", expiry ", " valid thru ", " exp date "]), v(es, "EXPIRY", e)]
    if r.random() < 0.6:
        cv = g.digits(4 if len(c) == 15 else 3)
        k = cs.group("CVV", cv)
        parts += [r.choice([" cvv ", ", security code ", " cvc: ", " and the 3 digits on back are "]), v(cv, "CVV", k)]
    cs.t("customer", *parts)
    cs.t("agent", r.choice(["Thanks, processing that now.", "Got it, one moment please.", "Thank you - payment going through now."]))
    return cs


def p_card_asr_split(g):
    r = g.r
    uk = r.random() < 0.45
    ind, op = open_line(g, True)
    c = g.card()
    cs = Case("positive", "ASR card read in chunks over several turns with back-channels (%s, %s)" % (ind, "UK" if uk else "US"))
    gid = cs.group("CARD_NUMBER", c)
    cs.t("agent", op)
    cs.t("customer", r.choice(["yeah i want to pay my bill", "i need to make a payment on the account", "can i pay off the balance please"]))
    cs.t("agent", r.choice(["sure can i take the long number on the front of the card", "okay go ahead with the card number when you're ready", "no problem what's the card number"]))
    groups = spoken_groups(g, c, card_sizes(c, r), uk, fill=0.1)
    # merge groups into 2-4 turns
    nturn = min(len(groups), r.choice([2, 3, 4]))
    per = [[] for _ in range(nturn)]
    for k, gr in enumerate(groups):
        per[min(k * nturn // len(groups), nturn - 1)].append(gr)
    for k, pg in enumerate(per):
        lead = r.choice(["", "", "it's ", "okay ", "um "]) if k == 0 else r.choice(["", "", "then ", "uh "])
        cs.t("customer", lead, v(" ".join(pg), "CARD_NUMBER", gid))
        if k < nturn - 1:
            cs.t("agent", r.choice(ACKS))
    if r.random() < 0.5:
        rb = cs.group("CARD_NUMBER", c)
        cs.t("agent", r.choice(["let me read that back ", "so that's ", "just to confirm "]),
             v(" ".join(spoken_groups(g, c, card_sizes(c, r), uk)), "CARD_NUMBER", rb), " is that right")
        cs.t("customer", r.choice(["yes", "yep that's it", "correct"]))
    else:
        cs.t("agent", "thank you and the expiry date")
        m, y = r.randrange(1, 13), r.randrange(25, 32)
        e = cs.group("EXPIRY", (m, 2000 + y))
        es = r.choice(["%s %s" % (say_pairs("%02d" % m, r, g.zeros(uk)), say_num(y)),
                       "%s slash %s" % (say_pairs("%02d" % m, r, g.zeros(uk)), say_num(y)),
                       "%s twenty %s" % (MONTHS[m - 1], say_num(y)),
                       "%s %s" % (MONTHS[m - 1], say_num(y))])
        cs.t("customer", r.choice(["it's ", "", "um "]), v(es, "EXPIRY", e))
        cs.t("agent", "and the three digit security code on the back" if len(c) != 15 else "and the four digit code on the front")
        cv = g.digits(4 if len(c) == 15 else 3)
        k = cs.group("CVV", cv)
        cs.t("customer", v(say_digits(cv, r, g.zeros(uk)), "CVV", k))
    return cs


def p_card_correction(g):
    r = g.r
    uk = r.random() < 0.5
    ind, op = open_line(g, True)
    c = g.card()
    cs = Case("positive", "ASR card reading with restart/correction and an aside (%s)" % ind)
    cs.t("agent", op)
    cs.t("customer", "i'd like to update the card on my direct debit")
    cs.t("agent", "okay what's the new card number")
    cut = r.choice([4, 5, 6, 8])
    g1 = cs.group("CARD_NUMBER", c, mode="prefix")
    pre = say_digits(c[:cut], r, g.zeros(uk))
    g2 = cs.group("CARD_NUMBER", c)
    sizes = card_sizes(c, r)
    grs = spoken_groups(g, c, sizes, uk)
    split = r.randrange(1, len(grs))
    aside = r.choice([" hang on sorry the dog's going mental ", " sorry let me just get my glasses ",
                      " hold on it's a bit worn ", " wait is that a six or an eight yeah it's "])
    cs.t("customer", v(pre, "CARD_NUMBER", g1), r.choice([" no wait sorry i've lost my place um let me start again ",
                                                         " oh sorry hang on i'll start again ", " no scratch that "]),
         v(" ".join(grs[:split]), "CARD_NUMBER", g2), aside, v(" ".join(grs[split:]), "CARD_NUMBER", g2))
    cs.t("agent", r.choice(["okay thank you", "lovely thanks for that", "great"]))
    return cs


def p_card_lastfour_full(g):
    r = g.r
    c = g.card()
    cs = Case("positive", "full card typed then last four referenced in the same case (last four labelled)")
    gid = cs.group("CARD_NUMBER", c)
    l4 = cs.group("CARD_NUMBER", c[-4:], mode="suffix")
    cs.t("customer", r.choice(["pls charge ", "Use this one: ", "card = "]), v(typed_card(g, c), "CARD_NUMBER", gid))
    cs.t("agent", r.choice(["Thanks - I've charged the card ending ", "Done, the card ending in ", "Payment taken from card ending "]),
         v(c[-4:], "CARD_NUMBER", l4), ".")
    return cs


def ssn_text(g, s, uk=False):
    r = g.r
    k = r.randrange(9)
    a, b, c = s[:3], s[3:5], s[5:]
    if k == 0:
        return "%s-%s-%s" % (a, b, c)
    if k == 1:
        return "%s %s %s" % (a, b, c)
    if k == 2:
        return s
    if k == 3:
        return "%s-%s-%s" % (s[:3], s[3:6], s[6:])
    if k == 4:
        return " ".join([say_digits(a, r, ZERO_US), say_digits(b, r, ZERO_US), say_digits(c, r, ZERO_US)])
    if k == 5:
        return " ".join([say_hundreds(a, r, ZERO_US, True), say_pairs(b, r, ZERO_US), say_pairs(c, r, ZERO_US)])
    if k == 6:
        return " ".join([say_digits(s[i:i + 3], r, ZERO_US, fill=0.2) for i in (0, 3, 6)])
    if k == 7:
        return "%s.%s.%s" % (a, b, c)
    return say_digits(s, r, ZERO_US, fill=0.15)


def p_ssn(g):
    r = g.r
    ind, op = open_line(g, r.random() < 0.6)
    s = g.ssn()
    cs = Case("positive", "US SSN in varied grouping (%s)" % ind)
    gid = cs.group("SSN", s)
    cs.t("agent", r.choice(["to verify can i get your social security number", "I'll need your SSN to pull up the file",
                            "for verification what's your social", "can you confirm the social on the account"]))
    mode = r.randrange(4)
    if mode == 0:
        cs.t("customer", r.choice(["sure it's ", "yeah ", "SSN: ", "ok ", "it is "]), v(ssn_text(g, s), "SSN", gid))
    elif mode == 1:
        cs.t("customer", v(say_digits(s[:3], r, ZERO_US), "SSN", gid))
        cs.t("agent", r.choice(ACKS))
        cs.t("customer", v(say_pairs(s[3:5], r, ZERO_US), "SSN", gid))
        cs.t("agent", r.choice(ACKS))
        cs.t("customer", v(say_group(s[5:], r, ZERO_US, us=True), "SSN", gid))
    elif mode == 2:
        cs.t("customer", "okay the first five are ", v(say_digits(s[:5], r, ZERO_US, fill=0.2), "SSN", gid),
             r.choice([" and hold on i have to find the card ", " um and then "]),
             v(say_group(s[5:], r, ZERO_US, us=True), "SSN", gid))
    else:
        cs.t("customer", r.choice(["social is ", "it's ", ""]), v(ssn_text(g, s), "SSN", gid))
        rb = cs.group("SSN", s[5:], mode="suffix")
        cs.t("agent", r.choice(["and that ends in ", "thanks so the last four are "]), v(say_digits(s[5:], r, ZERO_US), "SSN", rb),
             r.choice([" correct", " yes", ""]))
        cs.t("customer", "yes ma'am" if r.random() < 0.5 else "yep")
    cs.t("agent", r.choice(["thank you you're verified", "perfect I found the account", "thanks one moment"]))
    return cs


def ni_text(g, n, spoken):
    r = g.r
    if not spoken:
        k = r.randrange(5)
        if k == 0:
            return n
        if k == 1:
            return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
        if k == 2:
            return n.lower()
        if k == 3:
            return "%s %s %s" % (n[:2], n[2:8], n[8])
        return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    parts = [say_letters(n[:2], r, nato=0.4)]
    ds = n[2:8]
    parts.append(r.choice([say_digits(ds, r, ZERO_UK, fill=0.1), say_pairs(ds, r, ZERO_UK)]))
    parts.append(say_letters(n[8], r, nato=0.4))
    return " ".join(parts)


def p_ni(g):
    r = g.r
    spoken = r.random() < 0.6
    ind, op = open_line(g, spoken)
    n = g.ni()
    cs = Case("positive", "UK National Insurance number %s (%s)" % ("spoken" if spoken else "typed", ind))
    gid = cs.group("NI_NUMBER", n)
    cs.t("agent", op)
    cs.t("agent", r.choice(["can i take your national insurance number please", "could you confirm your NI number",
                            "what's your national insurance number"]))
    if spoken and r.random() < 0.45:
        cs.t("customer", v(say_letters(n[:2], r, 0.5), "NI_NUMBER", gid))
        cs.t("agent", r.choice(ACKS))
        cs.t("customer", v(say_pairs(n[2:8], r, ZERO_UK), "NI_NUMBER", gid), r.choice([" and then ", " and the letter at the end is "]),
             v(say_letters(n[8], r, 0.6), "NI_NUMBER", gid))
    else:
        cs.t("customer", r.choice(["yeah it's ", "NI no: ", "ni number is ", "", "erm "]), v(ni_text(g, n, spoken), "NI_NUMBER", gid))
    if r.random() < 0.4:
        rb = cs.group("NI_NUMBER", n)
        cs.t("agent", "so that's ", v(ni_text(g, n, True), "NI_NUMBER", rb))
        cs.t("customer", "that's right")
    return cs


def p_bank_us(g):
    r = g.r
    spoken = r.random() < 0.55
    rt = g.routing()
    acct = g.digits(r.choice([8, 10, 11, 12]), True)
    cs = Case("positive", "US ACH routing + account number %s (routing labelled BANK_ACCOUNT)" % ("spoken" if spoken else "typed"))
    g1, g2 = cs.group("BANK_ACCOUNT", rt), cs.group("BANK_ACCOUNT", acct)
    cs.t("agent", "for the autopay i'll need the routing number and the account number")
    if spoken:
        cs.t("customer", "routing is ", v(say_digits(rt, r, ZERO_US, fill=0.1), "BANK_ACCOUNT", g1))
        cs.t("agent", r.choice(ACKS))
        sz = chunks(acct, [4, 4, 4])
        cs.t("customer", "and the account number is ", v(" ".join(say_group(x, r, ZERO_US, us=True) for x in sz), "BANK_ACCOUNT", g2))
    else:
        cs.t("customer", r.choice(["RTN ", "routing# ", "ABA: "]), v(rt, "BANK_ACCOUNT", g1),
             r.choice([" / acct no: ", ", checking acct ", " acct# "]), v(r.choice([acct, "-".join(chunks(acct, [4, 4, 4]))]), "BANK_ACCOUNT", g2))
    cs.t("agent", "thanks autopay will start next billing cycle")
    return cs


def p_bank_uk(g):
    r = g.r
    spoken = r.random() < 0.55
    sc, acct = g.digits(6), g.digits(8)
    cs = Case("positive", "UK sort code + account number %s" % ("spoken" if spoken else "typed"))
    g1, g2 = cs.group("SORT_CODE", sc), cs.group("BANK_ACCOUNT", acct)
    cs.t("agent", r.choice(["can i take the sort code and account number for the refund", "what bank details should the refund go to"]))
    if spoken:
        cs.t("customer", "sort code ", v(r.choice([say_pairs(sc, r, ZERO_UK), say_digits(sc, r, ZERO_UK, fill=0.1)]), "SORT_CODE", g1))
        cs.t("agent", r.choice(ACKS))
        cs.t("customer", "account number ", v(say_digits(acct, r, ZERO_UK, fill=0.1), "BANK_ACCOUNT", g2))
        if r.random() < 0.5:
            rb = cs.group("BANK_ACCOUNT", acct)
            cs.t("agent", "reading that back ", v(say_group(acct[:4], r, ZERO_UK) + " " + say_group(acct[4:], r, ZERO_UK), "BANK_ACCOUNT", rb))
    else:
        cs.t("customer", r.choice(["S/C ", "sort code: ", "sortcode "]), v(r.choice(["-".join(chunks(sc, [2, 2, 2])), sc, " ".join(chunks(sc, [2, 2, 2]))]), "SORT_CODE", g1),
             r.choice([" a/c ", " acct no: ", ", account "]), v(acct, "BANK_ACCOUNT", g2))
    cs.t("agent", "thanks the refund should land in three to five working days")
    return cs


def p_iban(g):
    r = g.r
    ib = g.iban()
    spoken = r.random() < 0.45
    cs = Case("positive", "IBAN %s (%s)" % ("spoken" if spoken else "typed", ib[:2]))
    gid = cs.group("IBAN", ib)
    cs.t("agent", r.choice(["what's the IBAN for the transfer", "please send your IBAN so we can refund the deposit"]))
    if spoken:
        grs = chunks(ib, [4] * 9)
        half = len(grs) // 2
        cs.t("customer", v(" ".join(say_letters(x, r, 0.15) for x in grs[:half]), "IBAN", gid))
        cs.t("agent", r.choice(ACKS))
        cs.t("customer", v(" ".join(say_letters(x, r, 0.15) for x in grs[half:]), "IBAN", gid))
    else:
        txt = r.choice([" ".join(chunks(ib, [4] * 9)), ib, ib.lower(), " ".join(chunks(ib, [4] * 9)).lower()])
        cs.t("customer", r.choice(["IBAN: ", "iban ", "It's ", "my iban is "]), v(txt, "IBAN", gid), r.choice(["", " thanks", ". BIC to follow"]))
    cs.t("agent", "Thank you, refund requested.")
    return cs


def p_phone(g):
    r = g.r
    k = r.randrange(6)
    cs = Case("positive", "phone number")
    cs.t("agent", r.choice(["what's the best number to reach you on", "can I get a callback number", "what number should we text"]))
    if k == 0:  # US typed with extension
        p = g.us_phone()
        ext = str(r.randrange(10, 9999))
        gid = cs.group("PHONE", p + "X" + ext)
        txt = r.choice(["%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (p[:3], p[3:6], p[6:])
        cs.note = "US phone with extension, typed"
        cs.t("customer", r.choice(["work line ", "call ", "tel: "]), v(txt + r.choice([" ext. ", " x", " ext ", " extension "]) + ext, "PHONE", gid))
    elif k == 1:  # US spoken with extension
        p = g.us_phone()
        ext = str(r.randrange(100, 999))
        gid = cs.group("PHONE", p + "X" + ext)
        cs.note = "US phone with extension, spoken"
        cs.t("customer", "it's ", v(" ".join(spoken_groups(g, p, [3, 3, 4], False)) + r.choice([" extension ", " ext "]) + say_group(ext, r, ZERO_US, us=True), "PHONE", gid))
    elif k == 2:  # international +1
        p = "1" + g.us_phone()
        gid = cs.group("PHONE", p)
        cs.note = "US phone with country code"
        txt = r.choice(["+1 %s %s %s" % (p[1:4], p[4:7], p[7:]), "+1-%s-%s-%s" % (p[1:4], p[4:7], p[7:]), "1-%s-%s-%s" % (p[1:4], p[4:7], p[7:])])
        lead = r.choice(["my cell is ", "cell: ", ""])
        if txt.startswith("+"):
            cs.t("customer", lead + "+", v(txt[1:], "PHONE", gid))
        else:
            cs.t("customer", lead, v(txt, "PHONE", gid))
    elif k == 3:  # UK mobile spoken
        p = "0" + g.uk_mobile()
        gid = cs.group("PHONE", p)
        cs.note = "UK mobile spoken with nought/oh and doubles, split turns"
        grs = spoken_groups(g, p, [5, 3, 3], True, fill=0.1)
        cs.t("customer", "yeah it's ", v(grs[0], "PHONE", gid))
        cs.t("agent", r.choice(ACKS))
        cs.t("customer", v(" ".join(grs[1:]), "PHONE", gid))
    elif k == 4:  # +44 / +353 spoken
        cc = r.choice(["44", "353"])
        p = cc + (g.uk_mobile() if cc == "44" else "8" + r.choice("3567") + g.digits(7))
        gid = cs.group("PHONE", p)
        cs.note = "international phone spoken with plus"
        cs.t("customer", "plus ", v(say_digits(cc, r, ZERO_UK) + " " + say_digits(p[len(cc):], r, ZERO_UK, fill=0.1), "PHONE", gid))
    else:  # typed intl
        cc = r.choice(["44", "353", "49", "33"])
        p = cc + g.digits(r.choice([9, 10]), True)
        gid = cs.group("PHONE", p)
        cs.note = "international phone typed"
        rest = p[len(cc):]
        txt = r.choice([cc + " " + rest[:3] + " " + rest[3:], cc + rest, cc + " " + rest[:4] + " " + rest[4:]])
        cs.t("customer", r.choice(["whatsapp +", "mob: +", "+"]), v(txt, "PHONE", gid))
    if r.random() < 0.3:
        cs.t("agent", "and is that a mobile")
        cs.t("customer", "yes")
    return cs


def p_email(g):
    r = g.r
    user, dom = g.email()
    e = user + "@" + dom
    spoken = r.random() < 0.6
    cs = Case("positive", "e-mail %s" % ("spoken" if spoken else "typed"))
    gid = cs.group("EMAIL", e)
    cs.t("agent", r.choice(["what email should the confirmation go to", "can i take an email address", "and your email please"]))
    if spoken:
        def spk_user(u):
            out = []
            for piece in re.split(r"([._]|\d+)", u):
                if not piece:
                    continue
                if piece == ".":
                    out.append("dot")
                elif piece == "_":
                    out.append("underscore")
                elif piece.isdigit():
                    out.append(say_pairs(piece, r, ZERO_US) if len(piece) % 2 == 0 else say_digits(piece, r, ZERO_US))
                elif len(piece) == 1:
                    out.append(piece + (" for " + NATO[piece] if r.random() < 0.5 else ""))
                else:
                    out.append(piece)
            return " ".join(out)
        txt = spk_user(user) + " at " + " dot ".join(dom.split("."))
        cs.t("customer", r.choice(["it's ", "um ", "yeah it's "]), v(txt, "EMAIL", gid))
    else:
        txt = r.choice([e, e.title() if r.random() < 0.3 else e, e.upper() if r.random() < 0.2 else e])
        cs.t("customer", r.choice(["email: ", "It's ", "pls use ", "e-mail addr "]), v(txt, "EMAIL", gid), r.choice(["", " thx", "."]))
    return cs


def dob_text(g, d, m, y, spoken, uk):
    r = g.r
    if not spoken:
        return r.choice(["%02d/%02d/%d" % (d, m, y) if uk else "%02d/%02d/%d" % (m, d, y),
                         "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                         "%s %d, %d" % (MONTHS[m - 1].title()[:3], d, y),
                         "%d-%02d-%02d" % (d, m, y % 100) if uk else "%d-%d-%d" % (m, d, y),
                         "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), MONTHS[m - 1].title(), y)])
    yy = say_num(y // 100) + " " + (say_num(y % 100) if y % 100 >= 10 else "oh " + DW[str(y % 100)]) if y < 2000 else \
        r.choice(["two thousand and " + say_num(y % 100) if y % 100 else "two thousand", "two thousand " + say_num(y % 100) if y % 100 else "two thousand"])
    if uk:
        return r.choice(["the %s of %s %s" % (say_ord(d), MONTHS[m - 1], yy), "%s %s %s" % (say_ord(d), MONTHS[m - 1], yy),
                         "%s %s %s" % (say_num(d), MONTHS[m - 1], yy)])
    return r.choice(["%s %s %s" % (MONTHS[m - 1], say_ord(d), yy), "%s %s %s" % (MONTHS[m - 1], say_num(d), yy),
                     "%s the %s %s" % (MONTHS[m - 1], say_ord(d), yy)])


def p_dob(g):
    r = g.r
    uk, spoken = r.random() < 0.5, r.random() < 0.6
    d, m, y = g.dob()
    cs = Case("positive", "date of birth %s %s" % ("spoken" if spoken else "typed", "UK" if uk else "US"))
    gid = cs.group("DOB", (d, m, y))
    cs.t("agent", r.choice(["and can you confirm your date of birth", "what's the date of birth on the policy", "DOB please for security"]))
    cs.t("customer", r.choice(["it's ", "", "uh ", "dob ", "born "]), v(dob_text(g, d, m, y, spoken, uk), "DOB", gid))
    if r.random() < 0.35:
        rb = cs.group("DOB", (d, m, y))
        cs.t("agent", "thank you so that's ", v(dob_text(g, d, m, y, True, uk), "DOB", rb), " yeah")
        cs.t("customer", "yes")
    return cs


def p_address(g):
    r = g.r
    c = r.randrange(3)
    spoken = r.random() < 0.5
    cs = Case("positive", "address with postcode/ZIP")
    cs.t("agent", r.choice(["what's the address for the delivery", "can you confirm the first line of the address and the postcode",
                            "what's the service address"]))
    if c == 0:
        num = r.randrange(1, 240)
        st = r.choice(UK_STREETS)
        flat = r.random() < 0.3
        addr = ("flat %d " % r.randrange(1, 20) if flat else "") + "%d %s" % (num, st)
        pc = r.choice(UK_PC)
        g1, g2 = cs.group("ADDRESS", "ADDR"), cs.group("POSTCODE", pc.replace(" ", ""))
        town = r.choice(["Manchester", "Leeds", "Bristol", "Cardiff", "London"])
        if spoken:
            at = ("flat " + say_num(int(addr.split()[1])) + " ") if flat else ""
            at += say_hundreds("%03d" % num, r, ZERO_UK) if num >= 100 else say_num(num)
            at += " " + st.lower()
            cs.t("customer", "it's ", v(at, "ADDRESS", g1), " " + town.lower())
            cs.t("agent", "and the postcode")
            cs.t("customer", v(say_letters(pc, r, 0.3), "POSTCODE", g2))
        else:
            cs.t("customer", v(addr.title() if r.random() < 0.5 else addr, "ADDRESS", g1), ", " + town + ", ", v(r.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE", g2))
    elif c == 1:
        num = r.randrange(100, 9999)
        st = r.choice(US_STREETS)
        z = r.choice(US_ZIP)
        plus4 = r.random() < 0.6
        zfull = z + ("-" + g.digits(4) if plus4 else "")
        g1, g2 = cs.group("ADDRESS", "ADDR"), cs.group("POSTCODE", zfull)
        apt = r.choice(["", "", " apt %d" % r.randrange(1, 40), " unit %d" % r.randrange(1, 12)])
        city = r.choice(["Houston, TX", "Chicago IL", "Brooklyn NY", "Phoenix, AZ", "Seattle WA"])
        if spoken:
            ns = "%d" % num
            at = (say_pairs(ns, r, ZERO_US) if len(ns) == 4 else say_hundreds(ns, r, ZERO_US, True)) + " " + st.lower()
            cs.t("customer", v(at, "ADDRESS", g1), " " + city.lower().replace(",", ""), r.choice([" zip ", " and the zip is "]),
                 v(say_digits(z, r, ZERO_US) + (" dash " + say_digits(zfull[6:], r, ZERO_US) if plus4 else ""), "POSTCODE", g2))
        else:
            cs.t("customer", v("%d %s%s" % (num, st, apt), "ADDRESS", g1), ", " + city + " ", v(zfull, "POSTCODE", g2))
    else:
        num = r.randrange(1, 120)
        st = r.choice(IE_STREETS)
        g1 = cs.group("ADDRESS", "ADDR")
        cs.note = "Irish address (no postcode labelled; Eircode not in scope)"
        at = "%d %s" % (num, st) if not spoken else say_num(num) + " " + st.lower()
        cs.t("customer", r.choice(["it's ", "", "I'm at "]), v(at, "ADDRESS", g1),
             r.choice([", Dublin 9", " drumcondra dublin", ", Cork"]))
    return cs


def p_health_mixed(g):
    """US healthcare billing: member ID / claim / NPI spoken (not PII here) + DOB + ZIP labelled."""
    r = g.r
    cs = Case("positive", "US healthcare billing: member ID, claim and NPI said with labels are NOT labelled; DOB and ZIP+4 are")
    d, m, y = g.dob()
    z = r.choice(US_ZIP) + "-" + g.digits(4)
    gd, gz = cs.group("DOB", (d, m, y)), cs.group("POSTCODE", z)
    member = r.choice(["XJH", "W", "ZGP", "MBR"]) + g.digits(9)
    cs.t("agent", "mercy valley health billing can i have the member id from the insurance card")
    cs.t("customer", "member id is " + say_letters(member, r, 0.2))
    cs.t("agent", "and the patient's date of birth")
    cs.t("customer", v(dob_text(g, d, m, y, True, False), "DOB", gd))
    cs.t("agent", "and the billing zip code")
    cs.t("customer", v(say_digits(z[:5], r, ZERO_US) + " dash " + say_digits(z[6:], r, ZERO_US), "POSTCODE", gz))
    cs.t("agent", "okay i see claim number " + say_digits(g.digits(11), r, ZERO_US) + " from provider npi " +
         say_digits(luhn_complete("808401" + "1", 15, r)[5:], r, ZERO_US) + " balance is two hundred and forty dollars")
    return cs


def p_insurance_mixed(g):
    r = g.r
    cs = Case("positive", "US auto insurance: claim/policy numbers not labelled; SSN in 3-3-3 and phone with extension labelled")
    s = g.ssn()
    p = g.us_phone()
    ext = str(r.randrange(10, 999))
    gs, gp = cs.group("SSN", s), cs.group("PHONE", p + "X" + ext)
    cs.t("customer", "hi i'm calling about claim " + "-".join(chunks(g.digits(12), [4, 4, 4])) + " on policy LSA" + g.digits(9))
    cs.t("agent", "I can help with that. For security, the last 4 of the policyholder's SSN? Actually I'll need the full social for a claim payout.")
    cs.t("customer", "ok it's ", v("-".join(chunks(s, [3, 3, 3])) if r.random() < 0.5 else say_digits(s, r, ZERO_US, fill=0.15), "SSN", gs))
    cs.t("agent", "and a daytime number")
    cs.t("customer", "office line ", v("%s-%s-%s ext %s" % (p[:3], p[3:6], p[6:], ext), "PHONE", gp), " between 9 and 5")
    return cs


# ---------------------------------------------------------------- negative templates
def n_long_ids(g):
    r = g.r
    k = r.randrange(8)
    cs = Case("negative", "")
    if k == 0:
        o = luhn_complete("4", 16, r)
        cs.note = "Luhn-valid 16-digit ORDER number typed with card-like grouping"
        cs.t("customer", "Order no: " + " ".join(chunks(o, [4, 4, 4, 4])) + " still hasn't shipped??")
        cs.t("agent", "Sorry about that - order " + o + " is with the courier, tracking 1Z" + g.digits(2) + "E" + g.digits(13) + ".")
    elif k == 1:
        cs.note = "claim number spoken digit by digit over turns like a card reading"
        c = g.digits(16)
        cs.t("agent", "can i take the claim reference")
        cs.t("customer", "claim reference is " + say_digits(c[:4], r, ZERO_US))
        cs.t("agent", "mhm")
        cs.t("customer", say_digits(c[4:8], r, ZERO_US) + " " + say_digits(c[8:12], r, ZERO_US))
        cs.t("agent", "go on")
        cs.t("customer", say_digits(c[12:], r, ZERO_US) + " that's the claim number on the letter")
    elif k == 2:
        cs.note = "NPI and Medicare-style MBI said with their labels"
        npi = luhn_complete("808401" + r.choice("12"), 15, r)[5:]
        mbi = "%d%s%s%d-%s%s%d-%s%s%d%d" % (r.randrange(1, 10), r.choice("ACEGHJK"), r.choice("ACEGHJK"), r.randrange(10),
                                            r.choice("MNPQR"), r.choice("TUVWXY"), r.randrange(10), r.choice("ACEGHJK"),
                                            r.choice("MNPQR"), r.randrange(10), r.randrange(10))
        cs.t("customer", "the referring provider NPI is " + npi + " and my Medicare ID is " + mbi)
        cs.t("agent", "thanks NPI " + npi + " verified, medicare number " + mbi + " is active through december")
    elif k == 3:
        cs.note = "SSN-shaped case reference and member ID with labels"
        cs.t("customer", "my case reference is " + "%s-%s-%s" % (g.digits(3), g.digits(2), g.digits(4)) + " from last week")
        cs.t("agent", "I see it. And member ID " + g.digits(9) + " is still on group plan " + g.digits(6) + ", correct?")
    elif k == 4:
        cs.note = "invoice / ticket / serial / model numbers"
        cs.t("customer", "invoice INV-" + g.digits(8) + " ticket #" + g.digits(7) + " the router serial is SN" + g.digits(12))
        cs.t("agent", "thanks the model number " + r.choice(["TG-" + g.digits(4), "HG" + g.digits(3) + "X"]) + " is under recall, ticket " + g.digits(7) + " updated")
    elif k == 5:
        cs.note = "policy number resembling NI format, said with its label"
        pol = r.choice(["PX", "HL", "MT"]) + " " + " ".join(chunks(g.digits(6), [2, 2, 2])) + " " + r.choice("ABCD")
        cs.t("agent", "what's the policy number on your renewal letter")
        cs.t("customer", "policy number " + pol.lower() + " it's on the top right")
    elif k == 6:
        cs.note = "tracking number spoken in pairs like a card reading"
        t = g.digits(14)
        cs.t("customer", "the tracking number is " + say_pairs(t, r, ZERO_UK))
        cs.t("agent", "thanks that parcel left the depot at " + r.choice(["six forty", "ten past nine", "quarter to four"]) + " this morning")
    else:
        cs.note = "store number / branch number that look like ZIP and sort code"
        cs.t("customer", "I bought it at store number " + r.choice(US_ZIP) + " register " + str(r.randrange(1, 20)))
        cs.t("agent", "branch " + "-".join(chunks(g.digits(6), [2, 2, 2])) + " handles that region, reference " + g.digits(10))
    return cs


def n_money_time(g):
    r = g.r
    k = r.randrange(6)
    cs = Case("negative", "")
    if k == 0:
        cs.note = "balances and amounts spoken with hundreds"
        cs.t("agent", "your outstanding balance is " + say_hundreds(str(r.randrange(100, 999)), r, ZERO_UK) + " pounds and " + say_num(r.randrange(10, 99)) + " pence")
        cs.t("customer", "what and last month it was only " + say_num(r.randrange(20, 99)) + " quid")
    elif k == 1:
        cs.note = "typed amounts, percentages, counts"
        cs.t("customer", "I was charged $%d,%03d.%02d instead of $%d.%02d - that's %d%% more!" % (r.randrange(1, 9), r.randrange(1000), r.randrange(100), r.randrange(20, 99), r.randrange(100), r.randrange(100, 900)))
        cs.t("agent", "I see %d charges; I've refunded $%d.%02d, allow 3-5 business days." % (r.randrange(2, 6), r.randrange(100, 999), r.randrange(100)))
    elif k == 2:
        cs.note = "opening hours, times, durations"
        cs.t("customer", "what time are you open till")
        cs.t("agent", "we're open eight till eight monday to friday and nine to five on saturdays the wait is about " + say_num(r.randrange(10, 50)) + " minutes")
    elif k == 3:
        cs.note = "appointment and payment dates (not DOB)"
        d, m = r.randrange(1, 28), r.randrange(1, 13)
        cs.t("agent", "your next payment of " + say_num(r.randrange(20, 99)) + " dollars is due on " + MONTHS[m - 1] + " " + say_ord(d) + " twenty twenty six")
        cs.t("customer", "can we move the appointment to the %s of %s at half two" % (say_ord(r.randrange(1, 28)), MONTHS[r.randrange(12)]))
    elif k == 4:
        cs.note = "contract dates and years typed"
        cs.t("customer", "contract started %02d/%02d/2019 and ends %02d/%02d/2025, I've been with you since 1998" % (r.randrange(1, 29), r.randrange(1, 13), r.randrange(1, 29), r.randrange(1, 13)))
        cs.t("agent", "Thanks for 26 years with us! Early exit fee is 40% of remaining months.")
    else:
        cs.note = "ages, temperatures, counts spoken"
        cs.t("customer", "my mum's " + say_num(r.randrange(60, 99)) + " and the heating's been off for three days it's minus " + say_num(r.randrange(1, 9)) + " outside")
        cs.t("agent", "i'm so sorry we'll get an engineer out within " + say_num(r.randrange(4, 48)) + " hours")
    return cs


def n_misc(g):
    r = g.r
    k = r.randrange(6)
    cs = Case("negative", "")
    if k == 0:
        cs.note = "card last four only (PCI allows)"
        l4 = g.digits(4)
        cs.t("agent", r.choice(["is that the card ending ", "shall i use the visa ending in "]) + r.choice([l4, say_digits(l4, r, ZERO_UK)]))
        cs.t("customer", "yeah the one ending " + say_pairs(l4, r, ZERO_US))
    elif k == 1:
        cs.note = "meter reading spoken digit by digit"
        mr = g.digits(r.choice([5, 6, 8]))
        cs.t("agent", "can you read me the meter")
        cs.t("customer", "okay the reading is " + say_digits(mr, r, ZERO_UK, fill=0.2) + " on the day rate and " + say_digits(g.digits(5), r, ZERO_UK) + " on the night")
    elif k == 2:
        cs.note = "flight, gate, seat and room numbers"
        cs.t("customer", "I'm on flight " + r.choice(["EI", "BA", "UA", "FR"]) + str(r.randrange(100, 9999)) + " gate B" + str(r.randrange(1, 60)) + " seat " + str(r.randrange(1, 40)) + r.choice("ABCDEF") + " then room " + str(r.randrange(100, 999)) + " at the hotel")
        cs.t("agent", "flight " + say_digits(str(r.randrange(100, 999)), r, ZERO_US) + " is delayed about forty minutes")
    elif k == 3:
        cs.note = "road names and road numbers"
        cs.t("customer", r.choice(["I broke down on the M25 near junction 10", "stuck on I-95 southbound mile marker 112", "on the N7 just past the Red Cow", "it's off route 66 exit 9"]))
        cs.t("agent", "recovery is on its way to " + r.choice(["the A40 slip road", "Highway 101", "the N11"]) + ", eta " + say_num(r.randrange(20, 59)) + " minutes")
    elif k == 4:
        cs.note = "reference/booking numbers with labels, and account nicknames"
        cs.t("customer", "booking ref " + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)) + ", reference " + "-".join(chunks(g.digits(13), [4, 4, 5])))
        cs.t("agent", "confirmation number " + g.digits(10) + " - case " + g.digits(8) + " opened")
    else:
        cs.note = "phone-keypad instructions, extensions alone, version numbers"
        cs.t("agent", "press " + str(r.randrange(1, 9)) + " for billing, your hold position is " + str(r.randrange(2, 30)))
        cs.t("customer", "the app is version " + "%d.%d.%d" % (r.randrange(1, 9), r.randrange(20), r.randrange(100)) + " and the error code is " + g.digits(6))
    return cs


POS_SEQ = [p_card_chat, p_card_asr_split, p_ssn, p_ni, p_card_correction, p_phone, p_email, p_ssn, p_ni,
           p_dob, p_address, p_bank_us, p_bank_uk, p_iban, p_card_lastfour_full, p_card_asr_split, p_ssn,
           p_ni, p_health_mixed, p_insurance_mixed, p_card_chat, p_phone, p_address, p_email, p_bank_uk,
           p_dob]
NEG_SEQ = [n_long_ids, n_money_time, n_misc]
N_POS, N_NEG = 230, 120


def build():
    g = Gen()
    recs, meta = [], []
    for i in range(N_POS):
        cs = POS_SEQ[i % len(POS_SEQ)](g)
        rec, gs = cs.render("h421-pos-%03d" % (i + 1))
        recs.append(rec)
        meta.append((cs, gs))
    for i in range(N_NEG):
        cs = NEG_SEQ[i % len(NEG_SEQ)](g)
        rec, gs = cs.render("h421-neg-%03d" % (i + 1))
        recs.append(rec)
        meta.append((cs, gs))
    text = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in recs)
    return text, recs, meta


def validate(recs, meta):
    errs = []
    ids = [x["id"] for x in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for rec, (cs, gs) in zip(recs, meta):
        cid = rec["id"]
        if rec["kind"] == "negative" and rec["spans"]:
            errs.append(cid + ": negative with spans")
        if rec["kind"] == "positive" and not rec["spans"]:
            errs.append(cid + ": positive without spans")
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        byturn = {}
        for sp in rec["spans"]:
            txt = rec["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append("%s: offsets out of range" % cid)
                continue
            if not (txt[s].isalnum() and txt[e - 1].isalnum()):
                errs.append("%s: span edge not alnum %r" % (cid, txt[s:e]))
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, txt[s:e]))
            byturn.setdefault(sp["turn"], []).append((s, e))
        for lst in byturn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append(cid + ": overlapping spans")
        # group validation
        for gid, (typ, exp, mode) in cs.groups.items():
            parts = [sp for sp, x in zip(rec["spans"], gs) if x == gid]
            if not parts:
                errs.append("%s: empty group" % cid)
                continue
            if any(p["type"] != typ for p in parts):
                errs.append(cid + ": type mismatch in group")
            texts = [rec["turns"][p["turn"]]["text"][p["start"]:p["end"]] for p in parts]
            if typ in ("DOB", "EXPIRY"):
                ok = len(texts) == 1 and date_matches(typ, normalise(typ, texts[0]), exp)
                if typ == "EXPIRY" and not (1 <= exp[0] <= 12):
                    ok = False
            else:
                norms = [normalise(typ, t) for t in texts]
                if any(n is None for n in norms):
                    ok = False
                else:
                    norm = "".join(norms)
                    if typ == "PHONE" and len(norms) > 1:
                        norm = "".join(norms)
                    if mode == "full":
                        ok = check_value(typ, norm, exp)
                    elif mode == "prefix":
                        full = [x[1] for x in cs.groups.values() if x[0] == typ and x[2] == "full"]
                        ok = any(f.startswith(norm) and check_value(typ, f, f) for f in full) and len(norm) >= 4
                    else:
                        full = [x[1] for x in cs.groups.values() if x[0] == typ and x[2] == "full"]
                        ok = norm == exp and any(f.endswith(norm) and check_value(typ, f, f) for f in full)
            if not ok:
                errs.append("%s: %s value failed validation: %r" % (cid, typ, texts))
    return errs


def counts(recs):
    c = {}
    for x in recs:
        for sp in x["spans"]:
            c[sp["type"]] = c.get(sp["type"], 0) + 1
    return c


TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
         "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]


def main():
    text, recs, meta = build()
    errs = validate(recs, meta)
    c = counts(recs)
    npos = sum(1 for x in recs if x["kind"] == "positive")
    nneg = len(recs) - npos
    if npos < 200 or nneg < 100:
        errs.append("too few cases")
    for t in TYPES:
        need = 70 if t == "CARD_NUMBER" else 30 if t in ("SSN", "NI_NUMBER") else 10
        if c.get(t, 0) < need:
            errs.append("too few %s spans: %d" % (t, c.get(t, 0)))
    if "--check" in sys.argv:
        try:
            with open(OUT, encoding="utf-8") as f:
                if f.read() != text:
                    errs.append("cases.jsonl is not byte-identical to regenerated output")
        except FileNotFoundError:
            errs.append("cases.jsonl missing")
        # re-validate what is on disk, too
        for line in text.splitlines():
            json.loads(line)
    else:
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(text)
    print("positives=%d negatives=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, c.get(t, 0)))
    if errs:
        for e in errs[:60]:
            print("ERROR", e)
        print("%d errors" % len(errs))
        sys.exit(1)
    print("OK" + (" (--check passed)" if "--check" in sys.argv else ""))


if __name__ == "__main__":
    main()

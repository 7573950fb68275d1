#!/usr/bin/env python3
"""Generate the pii_holdout485 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout485.py          # write cases.jsonl
    python scripts/make_pii_holdout485.py --check  # regenerate and verify

Standard library only; one generator random.Random(485241125).
Every turn is built from plain segments and labelled value segments, so
span offsets are computed, never typed by hand.
"""
import argparse
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout485", "cases.jsonl")
R = random.Random(485241125)

# ---------------------------------------------------------------- numbers
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen",
         16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
UNIT = {w: i for i, w in enumerate(ONES)}
UNIT.update({"oh": 0, "o": 0, "nought": 0, "naught": 0, "nil": 0})
TEEN_W = {v: k for k, v in TEENS.items()}
TENS_W = {v: k for k, v in TENS.items()}
FILLERS = {"um", "uh", "er", "erm", "uhm", "ah", "hmm"}
SEPW = {"dash", "hyphen", "space", "slash", "ext", "extension", "x", "plus", "and", "then", "point"}


def pair_words(p, zero):
    a, b = p[0], p[1]
    if a == "0":
        return zero + " " + (ONES[int(b)] if b != "0" else zero)
    if a == "1":
        return TEENS[int(p)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + ONES[int(b)]


def single_words(g, zero, dbl):
    out, i = [], 0
    while i < len(g):
        d, n = g[i], 1
        while dbl and i + n < len(g) and g[i + n] == d and n < 3:
            n += 1
        w = zero if d == "0" else ONES[int(d)]
        out.append(w if n == 1 else ("double " if n == 2 else "triple ") + w)
        i += n
    return " ".join(out)


def say_group(g, zero, style):
    if style == "pairs" and len(g) % 2 == 0:
        return " ".join(pair_words(g[i:i + 2], zero) for i in range(0, len(g), 2))
    if style == "hundred" and len(g) == 3 and g[0] != "0":
        rem = int(g[1:])
        if rem == 0:
            return ONES[int(g[0])] + " hundred"
        if rem < 10:
            rw = ONES[rem]
        elif rem < 20:
            rw = TEENS[rem]
        else:
            rw = pair_words(g[1:], zero)
        return ONES[int(g[0])] + " hundred and " + rw
    return single_words(g, zero, style in ("dbl", "pairs", "hundred"))


def say_digits(digs, groups=None, zero="oh", styles=("plain", "dbl", "pairs", "hundred"),
               joiner=", ", filler=0.0):
    """Spoken rendering of a digit string in the given grouping, self-verified."""
    if groups is None:
        groups = [len(digs)]
    parts, i = [], 0
    for n in groups:
        parts.append(digs[i:i + n])
        i += n
    for attempt in range(6):
        words = []
        for k, g in enumerate(parts):
            st = R.choice(styles) if attempt < 5 else "plain"
            words.append(say_group(g, zero, st))
            if k < len(parts) - 1 and filler and R.random() < filler:
                words.append(R.choice(["um", "uh", "er", "erm"]))
        txt = joiner.join(words)
        if digits_of(txt) == digs:
            return txt
    raise AssertionError("cannot render " + digs)


def digits_of(text):
    """Normalise a typed or spoken number to its digit string (None if unparseable)."""
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out, i = "", 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out += t
        elif t in FILLERS or t in SEPW:
            pass
        elif t in ("double", "triple"):
            if nxt not in UNIT:
                return None
            out += str(UNIT[nxt]) * (2 if t == "double" else 3)
            i += 1
        elif t in UNIT and nxt == "hundred":
            h = UNIT[t]
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            rem = 0
            if i < len(toks) and toks[i] in TEEN_W:
                rem = TEEN_W[toks[i]]
                i += 1
            elif i < len(toks) and toks[i] in TENS_W:
                rem = 10 * TENS_W[toks[i]]
                i += 1
                if i < len(toks) and toks[i] in ONES[1:]:
                    rem += UNIT[toks[i]]
                    i += 1
            elif i < len(toks) and toks[i] in ONES[1:]:
                rem = UNIT[toks[i]]
                i += 1
            out += "%d%02d" % (h, rem)
            continue
        elif t in UNIT:
            out += str(UNIT[t])
        elif t in TEEN_W:
            out += str(TEEN_W[t])
        elif t in TENS_W:
            if nxt in ONES[1:]:
                out += str(10 * TENS_W[t] + UNIT[nxt])
                i += 1
            else:
                out += str(10 * TENS_W[t])
        else:
            return None
        i += 1
    return out


NATO = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
        "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
        "uniform", "victor", "whiskey", "xray", "yankee", "zulu"]
NATO_ALT = {"a": "apple", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "h": "harry",
            "j": "juliet", "k": "kilo", "m": "mother", "n": "nancy", "p": "peter", "r": "robert",
            "s": "sugar", "t": "tommy", "w": "william", "x": "xray", "y": "yellow", "z": "zebra"}


def alnum_of(text):
    """Normalise typed/spoken letters+digits (postcodes, NI numbers, IBANs)."""
    if re.search(r"\d", text):  # typed form
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = re.findall(r"[a-z]+|\d+", text.lower().replace("x-ray", "xray"))
    out, i = "", 0
    while i < len(toks):
        t = toks[i]
        if len(t) == 1 and t.isalpha():
            out += t.upper()
            # "j for juliet" / "s as in sugar"
            if i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2][0] == t:
                i += 2
            elif i + 3 < len(toks) and toks[i + 1] == "as" and toks[i + 2] == "in" and toks[i + 3][0] == t:
                i += 3
            i += 1
            continue
        if t in ("double", "triple") and i + 1 < len(toks) and len(toks[i + 1]) == 1 and toks[i + 1].isalpha():
            out += toks[i + 1].upper() * (2 if t == "double" else 3)
            i += 2
            continue
        if t in NATO:
            out += t[0].upper()
            i += 1
            continue
        if t in ("capital", "letter", "then"):
            i += 1
            continue
        # run of number words / digits
        j = i
        while j < len(toks) and (toks[j].isdigit() or toks[j] in UNIT or toks[j] in TEEN_W or toks[j] in TENS_W
                                 or toks[j] in FILLERS or toks[j] in ("double", "triple", "hundred", "and", "dash", "space")) \
                and not (toks[j] in ("double", "triple") and j + 1 < len(toks) and len(toks[j + 1]) == 1
                         and toks[j + 1].isalpha() and toks[j + 1] not in ("o",)):
            if len(toks[j]) == 1 and toks[j].isalpha() and toks[j] != "o":
                break
            j += 1
        if j == i:
            if t in FILLERS:
                i += 1
                continue
            return None
        d = digits_of(" ".join(toks[i:j]))
        if d is None:
            return None
        out += d
        i = j
    return out


MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                           "august", "september", "october", "november", "december"])}
MON_ABBR = {m[:3]: v for m, v in MONTHS.items()}
MON_ABBR["sept"] = 9
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
       "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
       "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
       "twentieth": 20, "thirtieth": 30}
MONTH_NAMES = list(MONTHS)


def date_nums(text):
    """Numbers in a date expression (day, month, year in any order)."""
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    chunks = []  # (value, from_words)
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            chunks.append((int(t), False))
        elif t in MONTHS or t in MON_ABBR:
            chunks.append((MONTHS.get(t) or MON_ABBR[t], False))
        elif t in ORD:
            chunks.append((ORD[t], False))
        elif t in TENS_W and nxt in ORD and ORD[nxt] < 10:
            chunks.append((10 * TENS_W[t] + ORD[nxt], False))
            i += 1
        elif t in ("of", "the", "st", "nd", "rd", "th", "and") or t in FILLERS:
            pass
        elif t in UNIT and nxt == "thousand":
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            rest = 0
            if i < len(toks) and toks[i] in UNIT:
                rest = UNIT[toks[i]]
                i += 1
            elif i < len(toks) and toks[i] in TEEN_W:
                rest = TEEN_W[toks[i]]
                i += 1
            chunks.append((UNIT[t] * 1000 + rest, False))
            continue
        elif t in ("oh", "o", "nought", "zero") and nxt in ONES[1:]:
            chunks.append((UNIT[nxt], True))
            i += 1
        elif t in TENS_W:
            if nxt in ONES[1:]:
                chunks.append((10 * TENS_W[t] + UNIT[nxt], True))
                i += 1
            else:
                chunks.append((10 * TENS_W[t], True))
        elif t in TEEN_W:
            chunks.append((TEEN_W[t], True))
        elif t in UNIT:
            chunks.append((UNIT[t], True))
        else:
            return None
        i += 1
    vals, k = [], 0
    while k < len(chunks):
        v, w = chunks[k]
        if w and v in (19, 20) and k + 1 < len(chunks) and chunks[k + 1][1]:
            vals.append(v * 100 + chunks[k + 1][0])
            k += 2
            continue
        vals.append(v)
        k += 1
    return vals


# ---------------------------------------------------------------- validators
def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        s += n
        alt = not alt
    return s % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(ch, 36)) for ch in r)) % 97
    return "%s%02d%s" % (cc, chk, bban)


def aba_ok(d):
    if len(d) != 9:
        return False
    w = [3, 7, 1] * 3
    return sum(int(a) * b for a, b in zip(d, w)) % 10 == 0


def make_aba():
    while True:
        d = R.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                      "21", "22", "26", "31", "32"]) + "".join(R.choice("0123456789") for _ in range(6))
        for c in "0123456789":
            if aba_ok(d + c):
                return d + c


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_RE = re.compile(r"(street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|court|ct|boulevard|blvd|"
                       r"place|pl|crescent|terrace|grove|gardens|parade|row|hill|walk|mews|square|pike)\b", re.I)


def email_of(text):
    t = text.lower()
    if "@" in t:
        return t
    out = []
    toks = t.replace(",", " ").split()
    i = 0
    while i < len(toks):
        w = toks[i]
        if w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in FILLERS:
            pass
        elif w in UNIT:
            out.append(str(UNIT[w]))
        elif w in TEEN_W or w in TENS_W:
            d = digits_of(" ".join(toks[i:i + 2])) if w in TENS_W and i + 1 < len(toks) and toks[i + 1] in ONES[1:] else digits_of(w)
            if w in TENS_W and i + 1 < len(toks) and toks[i + 1] in ONES[1:]:
                i += 1
            out.append(d)
        elif len(w) == 1 and i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2][0] == w:
            out.append(w)
            i += 2
        else:
            out.append(w)
        i += 1
    return "".join(out)


def ssn_ok(d):
    return (len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000")


def validate(typ, texts, canon, meta):
    """Return an error string or None. texts: the value's span texts, in order."""
    partial = meta.get("partial")
    text = " ".join(texts)
    if typ in ("CARD_NUMBER", "CVV", "SSN", "SORT_CODE", "BANK_ACCOUNT", "PHONE", "IBAN", "NI_NUMBER", "POSTCODE"):
        f = digits_of if typ not in ("IBAN", "NI_NUMBER", "POSTCODE") else alnum_of
        pieces = [f(t) for t in texts]
        if None in pieces:
            return "unparseable: %r" % texts
        text = " ".join(pieces)
    if typ in ("CARD_NUMBER", "CVV", "SSN", "SORT_CODE", "BANK_ACCOUNT", "PHONE"):
        d = digits_of(text)
        if d is None:
            return "unparseable digits: %r" % text
        if partial:
            return None if d and d in canon else "partial %s not in %s" % (d, canon)
        if d != canon:
            return "digits %s != %s" % (d, canon)
        if typ == "CARD_NUMBER" and not (13 <= len(d) <= 19 and luhn_ok(d)):
            return "bad card"
        if typ == "CVV" and len(d) not in (3, 4):
            return "bad cvv"
        if typ == "SSN" and not ssn_ok(d):
            return "bad ssn"
        if typ == "SORT_CODE" and len(d) != 6:
            return "bad sort code"
        if typ == "BANK_ACCOUNT":
            if meta.get("routing") and not aba_ok(d):
                return "bad routing"
            if not 6 <= len(d) <= 17:
                return "bad account"
        if typ == "PHONE":
            core = d[:len(d) - len(meta.get("ext", ""))]
            if not 9 <= len(core) <= 13:
                return "bad phone length"
        return None
    if typ in ("IBAN", "NI_NUMBER", "POSTCODE"):
        a = alnum_of(text)
        if a is None:
            return "unparseable alnum: %r" % text
        if partial:
            return None if a and a in canon else "partial %s not in %s" % (a, canon)
        if a != canon:
            return "alnum %s != %s" % (a, canon)
        if typ == "IBAN" and not iban_ok(a):
            return "bad iban"
        if typ == "NI_NUMBER" and not NI_RE.fullmatch(a):
            return "bad ni"
        if typ == "POSTCODE" and not (UKPC_RE.fullmatch(a) or re.fullmatch(r"\d{5}(\d{4})?", a)):
            return "bad postcode"
        return None
    if typ == "EMAIL":
        e = email_of(text)
        if e != canon or not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e):
            return "email %r != %r" % (e, canon)
        return None
    if typ in ("DOB", "EXPIRY"):
        v = date_nums(text)
        if v is None:
            return "unparseable date %r" % text
        exp = list(canon)
        if not any(x >= 1000 for x in v):
            exp[-1] %= 100
        if sorted(v) != sorted(exp):
            return "date %s != %s" % (v, exp)
        if not 1 <= canon[-2] <= 12:
            return "bad month"
        return None
    if typ == "ADDRESS":
        if not STREET_RE.search(text) or not (re.search(r"\d", text) or digits_of(text.split()[0]) or
                                              re.search(r"\b(flat|apartment|apt|unit)\b", text, re.I)):
            return "bad address %r" % text
        return None
    return "unknown type"


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.values, self.nv = [], {}, 0

    def val(self, typ, canon, **meta):
        self.nv += 1
        vid = self.nv
        self.values[vid] = (typ, canon, meta)
        return lambda text: ("V", text, vid)

    def say(self, speaker, *segs):
        self.turns.append((speaker, segs))

    def c(self, *segs):
        self.say("customer", *segs)

    def a(self, *segs):
        self.say("agent", *segs)

    def build(self):
        turns, spans, vids = [], [], []
        for ti, (sp, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, str):
                    text += s
                    continue
                _, vt, vid = s
                # spans never start/end with punctuation or a filler word
                m = re.match(r"^((?:[^0-9A-Za-z]|\b(?:um|uh|er|erm|plus)\b)*)(.*?)((?:[^0-9A-Za-z]|\b(?:um|uh|er|erm)\b)*)$", vt, re.S)
                text += m.group(1)
                st = len(text)
                text += m.group(2)
                spans.append({"turn": ti, "start": st, "end": len(text), "type": self.values[vid][0]})
                vids.append(vid)
                text += m.group(3)
            turns.append({"speaker": sp, "text": text})
        return turns, spans, vids


# ---------------------------------------------------------------- pools
FIRST = ["james", "mary", "aoife", "siobhan", "darnell", "priya", "tomasz", "maria", "keisha", "liam",
         "chloe", "oluwaseun", "hannah", "diego", "fatima", "connor", "mei", "rachel", "marcus", "nora"]
LAST = ["doe", "okafor", "murphy", "kowalski", "nguyen", "patel", "smith", "garcia", "obrien", "walsh",
        "johnson", "fitzgerald", "schmidt", "dubois", "rossi", "hughes", "baker", "reyes", "kelly", "lee"]
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.co.uk", "outlook.com", "icloud.com", "aol.com", "eircom.net",
           "btinternet.com", "comcast.net", "web.de", "orange.fr", "protonmail.com"]
UK_STREETS = ["Acacia Avenue", "Harbour Road", "Mill Lane", "Station Road", "Kings Crescent", "Elm Grove",
              "Church Street", "Victoria Terrace", "Orchard Close", "Beech Drive", "Market Row", "Cromwell Gardens"]
US_STREETS = ["Maple Street", "Oak Ave", "Lincoln Blvd", "Sunset Drive", "Pine Ct", "Washington Street",
              "Cedar Lane", "Lakeview Rd", "Elm St", "Park Place", "Hillcrest Way", "Peachtree Pike"]
IE_STREETS = ["Grafton Street", "Dorset Street", "Mespil Road", "Sandymount Avenue", "Patrick Street"]
UK_TOWNS = ["Leeds", "Bristol", "Manchester", "Croydon", "Cardiff", "Glasgow", "Norwich", "Swansea"]
US_TOWNS = [("Austin", "TX"), ("Columbus", "OH"), ("Tampa", "FL"), ("Denver", "CO"), ("Albany", "NY"),
            ("Fresno", "CA"), ("Tacoma", "WA"), ("Macon", "GA")]
UK_ORGS = ["Northfield Energy", "Brightwave Mobile", "Cumbria Building Society", "Halden Insurance",
           "Shire Water", "the DVLA helpline", "HMRC", "Larkspur Retail", "the council tax team"]
US_ORGS = ["Liberty Mutual Claims", "Pinnacle Health Billing", "Sterling Federal Credit Union",
           "Atlas Wireless", "Evergreen Power & Light", "the Social Security office", "Horizon Airlines",
           "Medicaid enrollment", "Bayside Dental billing"]
IE_ORGS = ["Bord Solas Energy", "Emerald Telecom", "Revenue", "Liffey Bank"]
BACK = ["mhm", "go on", "yep", "okay", "right", "uh huh", "yeah", "got that", "okay go ahead", "sure"]
FILL = ["um", "uh", "er", "erm"]


def pick(xs):
    return R.choice(xs)


def rdig(n, first="0123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))


def zero_word(uk=False):
    return pick(["oh", "zero", "o", "nought"] if uk else ["oh", "zero", "o", "oh", "zero"])


def groups_text(d, groups, sep):
    out, i = [], 0
    for n in groups:
        out.append(d[i:i + n])
        i += n
    return sep.join(out)


def split_parts(d, groups):
    out, i = [], 0
    for n in groups:
        out.append(d[i:i + n])
        i += n
    return out


# ---------------------------------------------------------------- values
def new_card():
    kind = R.choice(["visa16", "visa16", "mc", "mc2", "amex", "disc", "visa13", "visa19", "maestro"])
    if kind == "visa16":
        return luhn_complete("4", 16), [4, 4, 4, 4]
    if kind == "mc":
        return luhn_complete(str(R.randint(51, 55)), 16), [4, 4, 4, 4]
    if kind == "mc2":
        return luhn_complete(str(R.randint(2221, 2720)), 16), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15), [4, 6, 5]
    if kind == "disc":
        return luhn_complete("6011", 16), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn_complete("4", 13), [4, 4, 5]
    if kind == "visa19":
        return luhn_complete("4", 19), [4, 4, 4, 4, 3]
    return luhn_complete("6759", 18), [4, 4, 4, 6]


def new_ssn():
    while True:
        d = rdig(3, "12345678") + rdig(2) + rdig(4)
        if ssn_ok(d):
            return d


NI_P1 = "ABCEGHJKLMNOPRSTWXYZ"
NI_P2 = "ABCEGHJKLMNPRSTWXYZ"


def new_ni():
    while True:
        s = R.choice(NI_P1) + R.choice(NI_P2) + rdig(6) + R.choice("ABCD")
        if NI_RE.fullmatch(s) and "O" not in s:
            return s


def new_expiry():
    return (R.randint(1, 12), R.randint(2026, 2031))


def expiry_text(m, y, spoken, uk=False):
    if not spoken:
        f = R.choice(["%02d/%02d", "%02d/%d", "%02d-%02d", "%d/%02d", "%02d / %02d", "MON %d", "MON %02d"])
        if "MON" in f:
            mon = R.choice([MONTH_NAMES[m - 1].title(), MONTH_NAMES[m - 1][:3].title()])
            return f.replace("MON", mon) % (y if "%d" == f[-2:] else y % 100)
        return f % (m, y if f.count("%d") and f.endswith("/%d") else y % 100)
    f = R.choice(["num", "num", "month", "month20"])
    z = pick(["oh", "zero"])
    mm = (z + " " + ONES[m]) if m < 10 else TEENS[m]
    if f == "num":
        mm = mm if R.random() < 0.6 or m >= 10 else ONES[m]
        return mm + " " + pair_words("%02d" % (y % 100), z)
    if f == "month":
        return MONTH_NAMES[m - 1] + " " + pair_words("%02d" % (y % 100), z)
    return MONTH_NAMES[m - 1] + " twenty " + pair_words("%02d" % (y % 100), z)


def ord_words(d):
    inv = {v: k for k, v in ORD.items()}
    if d in inv:
        return inv[d]
    t, u = divmod(d, 10)
    return TENS[t] + " " + inv[u]


def year_words(y):
    if y < 2000:
        return "nineteen " + pair_words("%02d" % (y % 100), "oh")
    if y < 2010:
        return "two thousand and " + ONES[y % 10]
    return "twenty " + pair_words("%02d" % (y % 100), "oh")


def new_dob():
    return (R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2006))


def dob_text(d, m, y, spoken, us=False):
    mon = MONTH_NAMES[m - 1]
    if spoken:
        f = R.choice(["ord_of", "mon_ord", "ord_of_short", "the_ord"])
        yw = year_words(y)
        if f == "ord_of":
            return "%s of %s %s" % (ord_words(d), mon, yw)
        if f == "mon_ord":
            return "%s %s %s" % (mon, ord_words(d), yw)
        if f == "the_ord":
            return "the %s of %s %s" % (ord_words(d), mon, yw)
        return "%s of %s %s" % (ord_words(d), mon, pair_words("%02d" % (y % 100), "oh") if y < 2000 else yw)
    f = R.choice(["slash", "dash", "long", "iso", "ord", "short"])
    if f == "slash":
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if f == "dash":
        return ("%d-%d-%d" % (m, d, y)) if us else ("%02d-%02d-%d" % (d, m, y))
    if f == "long":
        return ("%s %d, %d" % (mon.title(), d, y)) if us else ("%d %s %d" % (d, mon.title(), y))
    if f == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if f == "ord":
        sfx = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return "%d%s %s %d" % (d, sfx, R.choice([mon.title(), mon[:3].title(), mon]), y)
    return ("%d/%d/%02d" % (m, d, y % 100)) if us else ("%d.%d.%02d" % (d, m, y % 100))


def new_uk_postcode():
    a = R.choice(["SW", "M", "LS", "B", "CR", "EC", "BS", "CF", "G", "NR", "SA", "N", "E", "KT", "RG"])
    d = str(R.randint(1, 29))
    inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return a + d, inward


def spell_letters(s, nato=False, uk=True):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ONES[int(ch)] if ch != "0" else pick(["oh", "zero"] + (["nought"] if uk else [])))
        elif nato and R.random() < 0.6:
            w = NATO_ALT.get(ch.lower()) if R.random() < 0.3 and ch.lower() in NATO_ALT else \
                NATO[ord(ch.lower()) - 97]
            out.append("%s %s %s" % (ch.lower(), R.choice(["for", "for", "as in"]), w))
        else:
            out.append(ch.lower())
    return " ".join(out)


def new_email():
    f, l = pick(FIRST), pick(LAST)
    local = R.choice([f + "." + l, f[0] + l, f + "_" + l, f + l + str(R.randint(1, 99)), l + "." + f[0],
                      f + "." + l + str(R.randint(60, 99))])
    return local + "@" + pick(DOMAINS)


def email_spoken(e):
    local, dom = e.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append("dash")
        elif tok.isdigit():
            parts.append(say_digits(tok, styles=("pairs", "plain"), joiner=" "))
        elif len(tok) <= 2:
            parts.append(" ".join(tok))
        else:
            parts.append(tok)
    s = " ".join(parts) + " at " + dom.replace(".", " dot ")
    return s


# ---------------------------------------------------------------- scenarios: positives
def ctx(region=None):
    region = region or R.choice(["UK", "US", "US", "IE", "EU"])
    org = pick({"UK": UK_ORGS, "US": US_ORGS, "IE": IE_ORGS, "EU": IE_ORGS + UK_ORGS}[region])
    return region, org


def card_case(i):
    region, org = ctx()
    uk = region in ("UK", "IE")
    d, groups = new_card()
    mode = i % 6
    c = Case("positive", "")
    cv = rdig(4 if len(d) == 15 else 3)
    m, y = new_expiry()
    if mode == 0:  # typed chat
        sep = R.choice([" ", "-", "", "  ", " - "])
        if R.random() < 0.3:
            groups = R.choice([[5, 5, len(d) - 10], [2, 6, len(d) - 8], [len(d) - 8, 8]])
        V = c.val("CARD_NUMBER", d)
        lab = R.choice(["card no: ", "Card number - ", "cc# ", "its ", "here you go ", "CARD: ", "long number is "])
        c.a("Thanks for contacting %s chat. How can I help today?" % org)
        c.c("need to pay my bill of %s%s.%02d" % ("£" if uk else "$", R.randint(20, 900), R.randint(0, 99)))
        c.a("Sure, please enter the card details below.")
        txt = groups_text(d, groups, sep)
        if R.random() < 0.3:
            txt = txt.replace(" ", "  ", 1)
        E = c.val("EXPIRY", (m, y))
        C = c.val("CVV", cv)
        c.c(lab, V(txt), R.choice([" exp ", " , expiry ", "\nexp: ", " expires "]), E(expiry_text(m, y, False)),
            R.choice([" cvv ", " sec code ", " , cvc: ", " and the 3 digits on the back are "]), C(cv))
        c.note = "chat: typed card number with expiry and CVV (%s, %s)" % (region, org)
    elif mode in (1, 2):  # ASR split across turns with backchannels, read-back
        z = zero_word(uk)
        V = c.val("CARD_NUMBER", d)
        c.a("thank you for calling %s my name's %s how can i help" % (org.lower(), pick(FIRST)))
        c.c("yeah hi i wanna make a payment on my account")
        c.a("no problem can i take the long number across the front of the card")
        parts = split_parts(d, groups)
        k = 0
        while k < len(parts):
            take = R.choice([1, 1, 2]) if len(parts) - k > 1 else 1
            chunk = "".join(parts[k:k + take])
            txt = say_digits(chunk, [len(p) for p in parts[k:k + take]], z, filler=0.3)
            lead = R.choice(["", "", "okay ", "so ", "it's ", "um "]) if k == 0 else R.choice(["", "", "then ", "uh "])
            trail = R.choice(["", "", "", " yeah"])
            c.c(lead, V(txt), trail)
            k += take
            if k < len(parts):
                c.a(pick(BACK))
        if mode == 2:
            RB = c.val("CARD_NUMBER", d)
            c.a("let me read that back to you ", RB(say_digits(d, groups, z, joiner=" ")), " is that right")
            c.c("yes that's it")
        E = c.val("EXPIRY", (m, y))
        C = c.val("CVV", cv)
        c.a("and the expiry date")
        c.c(R.choice(["", "it's ", "uh "]), E(expiry_text(m, y, True, uk)))
        c.a("and the %s on the back" % R.choice(["three digit security code", "security number", "cvv"]))
        c.c(C(say_digits(cv, zero=z, styles=("plain", "hundred"))))
        c.note = "call ASR: card read over several turns with back-channels%s, expiry, CVV" % (
            " and agent read-back" if mode == 2 else "")
    elif mode == 3:  # correction / restart
        z = zero_word(uk)
        parts = split_parts(d, groups)
        P = c.val("CARD_NUMBER", d, partial=True)
        V = c.val("CARD_NUMBER", d)
        c.a("okay whenever you're ready with the card number")
        wrong = parts[0] + parts[1][:2]
        c.c(P(say_digits(wrong, [len(parts[0]), 2], z)),
            R.choice([" no sorry that's wrong let me start again ", " hang on no, scratch that, ",
                      " oh wait i've got the wrong card, no it's the same card, sorry, from the top "]),
            V(say_digits(d, groups, z, filler=0.2)))
        c.a("okay and is that a %s" % R.choice(["visa or mastercard", "debit or credit card"]))
        c.c("debit")
        if R.random() < 0.5:
            L = c.val("CARD_NUMBER", d, partial=True)
            c.a("great so the card ending ", L(say_digits(d[-4:], zero=z)), " will be charged %s today" %
                R.choice(["forty two pounds ten", "a hundred and twelve dollars", "thirty euro"]))
            c.note = "call ASR: card reading restarted mid-way (abandoned fragment labelled); last-four read-back labelled because full card was read"
        else:
            c.note = "call ASR: card reading restarted mid-way; abandoned fragment labelled as card"
    elif mode == 4:  # aside in the middle
        z = zero_word(uk)
        parts = split_parts(d, groups)
        cut = R.randint(1, len(parts) - 1)
        V = c.val("CARD_NUMBER", d)
        c.a("can i take the card number please")
        c.c(V(say_digits("".join(parts[:cut]), [len(p) for p in parts[:cut]], z)),
            R.choice([" sorry the dog's going mad here hang on, right, ", " ... can you hear me? the signal's bad ... okay ",
                      " sorry my glasses, where was i, ", " (kids shouting) sorry, "]),
            V(say_digits("".join(parts[cut:]), [len(p) for p in parts[cut:]], z)))
        c.a(R.choice(["thank you", "lovely", "perfect"]), " and the name on the card")
        c.c("%s %s" % (pick(FIRST), pick(LAST)))
        c.note = "call ASR: card reading interrupted by an aside (two spans in one turn)"
    else:  # email
        V = c.val("CARD_NUMBER", d)
        E = c.val("EXPIRY", (m, y))
        sep = R.choice([" ", "-", "", "."])
        c.c("Subject: Re: payment for invoice INV-%s\n\nHi,\nPlease take the outstanding %s%d.%02d from my card.\n"
            % (rdig(6), "€" if region in ("IE", "EU") else "$", R.randint(30, 2000), R.randint(0, 99)),
            R.choice(["Card No.: ", "card number ", "Number:", "CC - "]), V(groups_text(d, groups, sep)), "\n",
            R.choice(["Exp. ", "Expiry: ", "valid thru "]), E(expiry_text(m, y, False)),
            "\nThe card ending %s on file is cancelled.\nThanks,\n%s" % (d[-4:], pick(FIRST).title()))
        c.a("Hi, thanks - payment taken. For security we have deleted your e-mail.")
        c.note = "e-mail: card number and expiry (card last four in same message is labelled? no: typed last-four mention left unlabelled only when no full card; here full card present)"
        # last four in same case with full card: label it
        c.turns[0] = ("customer", c.turns[0][1][:-1] + ("\nThe card ending ",
                                                        c.val("CARD_NUMBER", d, partial=True)(d[-4:]),
                                                        " on file is cancelled.\nThanks,\n%s" % pick(FIRST).title()))
        c.note = "e-mail: full card number and expiry; later last-four mention labelled because full card was given"
    return c


def ssn_case(i):
    _, org = ctx("US")
    s = new_ssn()
    c = Case("positive", "")
    mode = i % 7
    if mode == 0:
        fmt = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s-%s%s"])
        V = c.val("SSN", s)
        c.a("For verification, please provide your Social Security number.")
        c.c(R.choice(["ssn ", "SSN: ", "my social is ", "Social sec # ", "ok its "]), V(fmt % (s[:3], s[3:5], s[5:])),
            R.choice(["", " thx", ". also my balance says $%d.%02d which is wrong" % (R.randint(100, 999), R.randint(0, 99))]))
        c.note = "chat: typed SSN"
    elif mode == 1:  # digit by digit 3-2-4
        z = pick(["oh", "zero", "o"])
        V = c.val("SSN", s)
        c.a("thanks for calling %s can i get your social security number" % org.lower())
        c.c(R.choice(["yeah it's ", "sure ", "um ", "okay ", ""]), V(say_digits(s, [3, 2, 4], z, filler=0.3)))
        c.note = "call ASR: SSN read 3-2-4 in words"
    elif mode == 2:  # split over turns
        z = pick(["oh", "zero"])
        V = c.val("SSN", s)
        c.a("and what's your social")
        c.c(V(say_digits(s[:3], zero=z)))
        c.a(pick(BACK))
        c.c(V(say_digits(s[3:5], zero=z)))
        c.a(pick(BACK))
        c.c(V(say_digits(s[5:], [4], z)), R.choice(["", " and that's it"]))
        if R.random() < 0.6:
            RB = c.val("SSN", s)
            c.a("okay i have ", RB(say_digits(s, [3, 2, 4], z)), " correct")
            c.c("correct")
        c.note = "call ASR: SSN split over three customer turns"
    elif mode == 3:  # pairs style odd grouping
        V = c.val("SSN", s)
        c.a("can you verify the social on the account")
        c.c(V(say_digits(s, R.choice([[3, 2, 4], [1, 2, 2, 2, 2], [3, 2, 2, 2]]), "oh", styles=("pairs", "hundred", "dbl"))))
        c.a("thank you mister %s" % pick(LAST))
        c.note = "call ASR: SSN with pair and hundred readings"
    elif mode == 4:  # first five then last four requested
        V = c.val("SSN", s)
        c.a("i'll need your full social security number for the %s" % R.choice(["enrollment", "claim", "loan application"]))
        c.c("okay the first five are ", V(say_digits(s[:5], [3, 2], "zero")))
        c.a("and the last four")
        c.c(V(say_digits(s[5:], [4], "zero", styles=("pairs", "dbl"))))
        c.note = "call ASR: SSN given as first five then last four"
    elif mode == 5:  # correction
        V = c.val("SSN", s)
        wrong = s[:3] + s[4] + s[3]
        P = c.val("SSN", s[:3] + s[4] + s[3], partial=True)
        c.a("and your social security number please")
        c.c(P(say_digits(wrong, [3, 2], "oh")), " no wait, ", R.choice(["i swapped those, ", "sorry, "]),
            V(say_digits(s, [3, 2, 4], "oh", filler=0.3)))
        c.note = "call ASR: SSN with swapped digits corrected; abandoned fragment labelled"
    else:  # email/web form
        V = c.val("SSN", s)
        D = new_dob()
        DV = c.val("DOB", D)
        c.c("Name: %s %s\nDOB: " % (pick(FIRST).title(), pick(LAST).title()), DV(dob_text(*D, spoken=False, us=True)),
            "\nSSN: ", V(R.choice(["%s-%s-%s", "%s %s %s"]) % (s[:3], s[3:5], s[5:])),
            "\nClaim #: CLM-%s (please reference in reply)" % rdig(8))
        c.a("Thank you, we have updated your record.")
        c.note = "web form: DOB and SSN, with unlabelled claim number"
    return c


def ni_case(i):
    _, org = ctx("UK")
    n = new_ni()
    c = Case("positive", "")
    mode = i % 6
    if mode == 0:
        f = R.choice(["{}", "{} {} {} {} {}", "{}-{}-{}-{}-{}", "{}{}{}{}{}"])
        txt = f.format(n) if f == "{}" else f.format(n[:2], n[2:4], n[4:6], n[6:8], n[8])
        if R.random() < 0.5:
            txt = txt.lower()
        V = c.val("NI_NUMBER", n)
        c.a("To find your record could you give me your National Insurance number?")
        c.c(R.choice(["NI no: ", "ni number ", "its ", "National Insurance - ", "NINO "]), V(txt))
        c.note = "chat: typed NI number"
    elif mode == 1:
        V = c.val("NI_NUMBER", n)
        c.a("and your national insurance number please")
        c.c(R.choice(["yeah it's ", "", "um "]), V(spell_letters(n[:2]) + " " + say_digits(n[2:8], [2, 2, 2], zero_word(True), styles=("plain", "pairs", "dbl")) + " " + n[8].lower()))
        c.note = "call ASR: NI number with letters and digits"
    elif mode == 2:
        V = c.val("NI_NUMBER", n)
        c.a("can i take your n i number")
        c.c(V(spell_letters(n[:2], nato=True)))
        c.a(pick(BACK))
        c.c(V(say_digits(n[2:8], [2, 2, 2], zero_word(True), styles=("pairs", "plain"))))
        c.a("and the last letter")
        c.c(V(spell_letters(n[8], nato=True)))
        c.note = "call ASR: NI number split over turns with NATO spelling"
    elif mode == 3:
        V = c.val("NI_NUMBER", n)
        RB = c.val("NI_NUMBER", n)
        c.a("what's your national insurance number")
        c.c(V(spell_letters(n, nato=False)))
        c.a("so that's ", RB(spell_letters(n[:2], nato=True) + ", " + say_digits(n[2:8], [2, 2, 2], "zero") + ", " + n[8].lower()), " yeah")
        c.c("yes")
        c.note = "call ASR: NI number and agent NATO read-back"
    elif mode == 4:
        V = c.val("NI_NUMBER", n)
        c.c("Dear %s,\nre: tax code query (ref %s)\nMy NI number is " % (org, rdig(9)), V(" ".join([n[:2], n[2:4], n[4:6], n[6:8], n[8]])),
            " and I was born in %d.\nRegards" % R.randint(1950, 1999))
        c.a("Thanks, I've found your record.")
        c.note = "e-mail: NI number, with unlabelled ref and birth year"
    else:
        V = c.val("NI_NUMBER", n)
        c.a("national insurance number")
        c.c(V(spell_letters(n[:2]) + " " + say_digits(n[2:5], zero="nought", styles=("plain", "dbl")) + " um " + say_digits(n[5:8], zero="nought", styles=("plain", "dbl")) + " " + n[8].lower()),
            " i think, it's on my payslip")
        c.note = "call ASR: NI number with hesitation inside"
    return c


def phone_value(region):
    if region == "UK":
        m = "7700" + "900" + rdig(3)
        return R.choice([("0" + m, [5, 6], "0"), ("44" + m, [2, 4, 6], "+"), ("0" + "20" + "7946" + rdig(4), [3, 4, 4], "0")])
    if region == "IE":
        m = R.choice(["83", "85", "86", "87"]) + rdig(7)
        return R.choice([("0" + m, [3, 3, 4], "0"), ("353" + m, [3, 2, 3, 4], "+")])
    if region == "EU":
        return R.choice([("49" + "30" + rdig(8), [2, 2, 8], "+"), ("33" + "6" + rdig(8), [2, 1, 2, 2, 2, 2], "+"),
                         ("34" + "6" + rdig(8), [2, 3, 3, 3], "+")])
    area = R.choice(["212", "312", "415", "512", "617", "720", "813", "206"])
    core = area + "555" + "01" + rdig(2)
    return R.choice([(core, [3, 3, 4], ""), ("1" + core, [1, 3, 3, 4], "+")])


def fmt_phone(d, groups, plus, region):
    if plus == "+":
        return "+" + groups_text(d, groups, R.choice([" ", " ", "-", "."]))
    if region == "US" and len(d) == 10 and R.random() < 0.5:
        return "(%s) %s-%s" % (d[:3], d[3:6], d[6:])
    return groups_text(d, groups, R.choice([" ", "-", ".", ""]))


def phone_case(i):
    region = R.choice(["US", "US", "UK", "IE", "EU"]) if i % 3 else "US"
    _, org = ctx(region)
    d, groups, plus = phone_value(region)
    c = Case("positive", "")
    ext = rdig(R.choice([3, 4])) if region == "US" and i % 2 == 0 else ""
    spoken = i % 4 in (1, 2)
    V = c.val("PHONE", d + ext, ext=ext)
    if not spoken:
        txt = fmt_phone(d, groups, plus, region) + (R.choice([" ext. ", " x", " ext ", " extension "]) + ext if ext else "")
        c.a("What's the best number to reach you on?")
        c.c(R.choice(["cell: ", "Tel ", "work ph# ", "mobile - ", "best # is ", "call me on "]), V(txt),
            R.choice(["", " after 5pm", " between 9 and 12", " (mon-fri)"]))
        c.note = "chat: typed phone number (%s)%s" % (region, " with extension" if ext else "")
    else:
        z = zero_word(region in ("UK", "IE"))
        sp = ("plus " if plus == "+" else "") + say_digits(d, groups, z, filler=0.2)
        if ext:
            sp += R.choice([" extension ", " ext ", " and then extension "]) + say_digits(ext, zero=z, styles=("plain", "hundred", "pairs"))
        c.a("and a contact number in case we get cut off")
        if R.random() < 0.5:
            parts = sp.split(", ")
            half = max(1, len(parts) // 2)
            c.c(R.choice(["yeah it's ", "", "okay "]), V(", ".join(parts[:half])))
            c.a(pick(BACK))
            c.c(V(", ".join(parts[half:])))
        else:
            c.c(R.choice(["yeah it's ", "", "my work number is "]), V(sp))
        if R.random() < 0.5:
            RB = c.val("PHONE", d + ext, ext=ext)
            c.a("let me repeat that ", RB(("plus " if plus == "+" else "") + say_digits(d, groups, z) +
                                         ((" extension " + say_digits(ext, zero=z)) if ext else "")))
        c.note = "call ASR: phone number (%s)%s" % (region, " with extension" if ext else "")
    return c


def email_case(i):
    e = new_email()
    _, org = ctx()
    c = Case("positive", "")
    if i % 2 == 0:
        txt = e if R.random() < 0.6 else e.upper() if R.random() < 0.3 else e.title()
        V = c.val("EMAIL", e)
        c.a("Can you confirm the email address on the account?")
        c.c(R.choice(["email: ", "its ", "e-mail addr ", "", "sure - "]), V(txt), R.choice(["", " thanks", ", not the old hotmail one"]))
        c.note = "chat: typed email"
    else:
        sp = email_spoken(e)
        V = c.val("EMAIL", e)
        c.a("and what email address should we send the confirmation to")
        c.c(R.choice(["it's ", "um ", "yeah ", ""]), V(sp))
        if R.random() < 0.5:
            RB = c.val("EMAIL", e)
            c.a("so that's ", RB(email_spoken(e)))
            c.c("yep")
        c.note = "call ASR: spoken email with dot/at"
    return c


def dob_case(i):
    region, org = ctx()
    D = new_dob()
    c = Case("positive", "")
    V = c.val("DOB", D)
    if i % 2 == 0:
        c.a("Please confirm your date of birth.")
        c.c(R.choice(["dob ", "DOB: ", "born ", "", "its "]), V(dob_text(*D, spoken=False, us=region == "US")))
        c.a("Thanks. Your appointment is on %s %d at %d:%02d." % (pick(MONTH_NAMES).title(), R.randint(1, 28), R.randint(8, 17), R.choice([0, 15, 30, 45])))
        c.note = "chat: typed DOB, with appointment date/time negative"
    else:
        c.a("can you confirm your date of birth for me")
        c.c(R.choice(["yeah it's ", "", "um ", "sure "]), V(dob_text(*D, spoken=True)),
            R.choice(["", ". i'm %d now" % R.randint(20, 85)]))
        c.note = "call ASR: spoken DOB"
    return c


def address_case(i):
    region = R.choice(["UK", "US", "US", "IE"])
    _, org = ctx(region)
    c = Case("positive", "")
    spoken = i % 2 == 1
    num = R.randint(2, 1999) if region == "US" else R.randint(1, 240)
    if region == "US":
        street, (town, st) = pick(US_STREETS), pick(US_TOWNS)
        addr = "%d %s" % (num, street) if R.random() < 0.6 else "%d %s, Apt %d%s" % (num, street, R.randint(1, 30), R.choice(["", "B", "C"]))
        z = rdig(5, "123456789")
        plus4 = rdig(4) if R.random() < 0.6 else ""
        pc = z + plus4
        A = c.val("ADDRESS", addr)
        P = c.val("POSTCODE", pc)
        if not spoken:
            c.c("Please update my mailing address to ", A(addr), ", %s, %s " % (town, st), P(z + ("-" + plus4 if plus4 else "")))
        else:
            anum = say_digits(str(num), zero="oh", styles=("pairs", "hundred", "plain"), joiner=" ")
            c.a("what's the service address")
            c.c(A(anum + " " + re.sub(r"\b(ave|st|blvd|ct|rd)$", lambda mm: {"ave": "avenue", "st": "street", "blvd": "boulevard", "ct": "court", "rd": "road"}[mm.group(1)], street.lower())),
                " in %s" % town.lower())
            c.a("and the zip code")
            c.c(P(say_digits(z, zero="zero") + ((" dash " + say_digits(plus4, zero="zero")) if plus4 else "")))
        c.note = "US address with %s" % ("ZIP+4" if plus4 else "ZIP")
    else:
        street = pick(UK_STREETS if region == "UK" else IE_STREETS)
        town = pick(UK_TOWNS) if region == "UK" else "Dublin"
        flat = R.random() < 0.3
        addr = ("Flat %d, " % R.randint(1, 20) if flat else "") + "%d %s" % (num, street)
        A = c.val("ADDRESS", addr)
        if region == "UK":
            o, inn = new_uk_postcode()
            P = c.val("POSTCODE", o + inn)
            if not spoken:
                c.c("new address is ", A(addr), ", %s " % town, P(R.choice([o + " " + inn, o + inn, (o + " " + inn).lower()])))
            else:
                fl = ("flat %s, " % ONES[int(addr.split()[1][:-1])] if flat and int(addr.split()[1][:-1]) < 10 else "")
                a_sp = (fl or ("flat " + addr.split()[1][:-1] + " " if flat else "")) + say_digits(str(num), zero="oh", styles=("pairs", "hundred"), joiner=" ") + " " + street.lower()
                c.a("and the first line of the address")
                c.c(A(a_sp), " um in %s" % town.lower())
                c.a("and the postcode")
                c.c(P(spell_letters(o, nato=R.random() < 0.5) + ", " + spell_letters(inn, nato=R.random() < 0.4)))
            c.note = "UK address line and postcode"
        else:
            c.c("I've moved to ", A(addr), ", %s %d" % (town, R.randint(1, 24)))
            c.note = "Irish address line (Dublin district number not labelled)"
    return c


def bank_uk_case(i):
    _, org = ctx("UK")
    sc = rdig(2, "1234689") + rdig(4)
    acc = rdig(8)
    c = Case("positive", "")
    S = c.val("SORT_CODE", sc)
    A = c.val("BANK_ACCOUNT", acc)
    if i % 2 == 0:
        c.a("To set up the direct debit I need your sort code and account number.")
        c.c(R.choice(["sort code ", "s/c: ", "SC "]), S(R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])),
            R.choice([" acct no: ", ", account ", " a/c "]), A(acc),
            " - payment date the %d%s please" % (R.choice([1, 15, 28]), "th"))
        c.note = "chat: sort code and account number, payment date negative"
    else:
        z = zero_word(True)
        c.a("what's the sort code")
        c.c(S(say_digits(sc, [2, 2, 2], z, styles=("pairs", "plain", "dbl"))))
        c.a("and the account number")
        c.c(A(say_digits(acc[:4], zero=z, filler=0.2)))
        c.a(pick(BACK))
        c.c(A(say_digits(acc[4:], zero=z, styles=("pairs", "plain", "dbl"))))
        c.note = "call ASR: sort code in pairs, account number split over turns"
    return c


def bank_us_case(i):
    _, org = ctx("US")
    rt = make_aba()
    acc = rdig(R.choice([8, 10, 12]), "123456789")
    c = Case("positive", "")
    RT = c.val("BANK_ACCOUNT", rt, routing=True)
    A = c.val("BANK_ACCOUNT", acc)
    if i % 2 == 0:
        c.c(R.choice(["routing # ", "ABA: ", "routing number "]), RT(rt),
            R.choice([" and checking acct ", "\nacct #: ", ", account number "]), A(acc),
            " for the autopay of $%d.%02d" % (R.randint(40, 600), R.randint(0, 99)))
        c.a("Thanks, autopay starts on your next billing date.")
        c.note = "chat: US routing (labelled BANK_ACCOUNT) and account number"
    else:
        c.a("for the direct deposit i'll need the routing number first")
        c.c(RT(say_digits(rt, [3, 3, 3], "zero", filler=0.3)))
        c.a("and the account number")
        c.c(A(say_digits(acc, [len(acc) // 2, len(acc) - len(acc) // 2], "zero", styles=("plain", "dbl", "pairs"))))
        if R.random() < 0.5:
            RB = c.val("BANK_ACCOUNT", acc)
            c.a("reading that back ", RB(say_digits(acc, zero="zero", joiner=" ")))
        c.note = "call ASR: US routing and account number"
    return c


def iban_case(i):
    cc = R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if cc in ("GB", "IE"):
        bban = R.choice(["NWBK", "BARC", "AIBK", "BOFI", "MONZ"]) + rdig(6) + rdig(8)
    elif cc == "DE":
        bban = rdig(18)
    elif cc == "FR":
        bban = rdig(10) + R.choice("ABCDEFGHJK") + rdig(10) + rdig(2)
    elif cc == "NL":
        bban = R.choice(["ABNA", "RABO", "INGB"]) + rdig(10)
    else:
        bban = rdig(20)
    ib = make_iban(cc, bban)
    c = Case("positive", "")
    V = c.val("IBAN", ib)
    if i % 3 != 1:
        txt = " ".join(ib[k:k + 4] for k in range(0, len(ib), 4)) if R.random() < 0.6 else ib
        if R.random() < 0.3:
            txt = txt.lower()
        c.c(R.choice(["IBAN: ", "iban ", "please refund to ", "my IBAN is "]), V(txt),
            R.choice(["", " BIC %s" % R.choice(["AIBKIE2D", "NWBKGB2L", "INGBNL2A"]), " thanks"]))
        c.a("Thank you, the refund of €%d.%02d will arrive in 3-5 working days." % (R.randint(10, 500), R.randint(0, 99)))
        c.note = "chat: typed IBAN (%s)" % cc
    else:
        chunks = [ib[k:k + 4] for k in range(0, len(ib), 4)]
        c.a("go ahead with the iban")
        half = len(chunks) // 2
        c.c(V(", ".join(spell_letters(ch, nato=False) for ch in chunks[:half])))
        c.a(pick(BACK))
        c.c(V(", ".join(spell_letters(ch, nato=False) for ch in chunks[half:])))
        c.note = "call ASR: IBAN spelled over two turns (%s)" % cc
    return c


def mixed_case(i):
    """Insurance/healthcare style verification with several types."""
    region = R.choice(["US", "UK"])
    c = Case("positive", "")
    e = new_email()
    D = new_dob()
    DV = c.val("DOB", D)
    EV = c.val("EMAIL", e)
    c.a("before we discuss the claim can i confirm your date of birth")
    c.c(DV(dob_text(*D, spoken=True)))
    c.a("and the email we have on file")
    c.c(EV(email_spoken(e)))
    c.a("thank you, so claim %s is approved for %s" % (say_digits(rdig(8), zero="zero", joiner=" "),
                                                      "four hundred and twenty dollars" if region == "US" else "two hundred pounds"))
    c.note = "call ASR: DOB and spoken email; claim number and amount not labelled"
    return c


# ---------------------------------------------------------------- negatives
def neg_case(i):
    c = Case("negative", "")
    k = i % 28
    z = pick(["oh", "zero"])
    if k == 0:
        n = rdig(16, "3456")
        while luhn_ok(n):
            n = rdig(16, "3456")
        c.a("i've got a reference number for you, ready")
        c.c("yeah go on")
        c.a("it's " + say_digits(n, [4, 4, 4, 4], z) + ", that's your complaint reference")
        c.note = "16-digit complaint reference read like a card (not Luhn-valid)"
    elif k == 1:
        c.a("your claim number is " + say_digits(rdig(9, "123456789"), [3, 2, 4], z))
        c.c("okay and how long will it take")
        c.a("usually seven to ten business days")
        c.note = "US claim number in SSN-like 3-2-4 grouping, said with label"
    elif k == 2:
        mid = R.choice(["W", "XJH", "ZGP", "H"]) + rdig(9)
        c.c("Member ID: %s, Group #: %s. Why was my visit on 3/14 denied?" % (mid, rdig(6)))
        c.a("The claim for $%d.%02d was denied because prior authorization was missing." % (R.randint(80, 4000), R.randint(0, 99)))
        c.note = "health insurance member ID and group number with labels, amount, date"
    elif k == 3:
        npi = luhn_complete("80840" + R.choice("12"), 15)[5:]
        c.a("the referring provider's NPI is %s and the taxonomy code is 207Q00000X" % npi)
        c.c("ok so i need to ask the doctor to resubmit?")
        c.note = "NPI (provider identifier, not personal) with label"
    elif k == 4:
        c.a("the medicare plan ID on your letter is H%s-%s, and the PTAN for the clinic is %s" % (rdig(4), rdig(3), rdig(6)))
        c.c("right, plan H%s, got it" % rdig(4))
        c.note = "Medicare-style plan/provider IDs with labels"
    elif k == 5:
        c.c("Order #: %s-%s-%s  total $%d.%02d, tracking 1Z%s%s" % (rdig(3), rdig(7), rdig(7), R.randint(10, 300), R.randint(0, 99),
                                                               "".join(R.choice("ABCDEFX0123456789") for _ in range(6)), rdig(10)))
        c.a("Thanks, that parcel shows as out for delivery today between 10am and 2pm.")
        c.note = "order number, UPS tracking, amount, times"
    elif k == 6:
        c.a("your balance is %s and the minimum payment of %s is due on the %s of %s" % (
            R.choice(["four thousand one hundred and eighty two dollars fifty five", "$4,182.55", "£1,096.40"]),
            R.choice(["$35", "thirty five pounds", "€25"]), ord_words(R.randint(1, 28)), pick(MONTH_NAMES)))
        c.c("and what's the apr on that")
        c.a("twenty four point nine percent")
        c.note = "balance, minimum payment, payment due date, APR"
    elif k == 7:
        c.c("the card ending in " + say_digits(rdig(4), zero=z) + " was declined at the petrol station")
        c.a("i can see that, the card ending %s was blocked at %d:%02d for suspected fraud" % (rdig(4), R.randint(1, 12), R.randint(0, 59)))
        c.note = "card last-four mentions only, time"
    elif k == 8:
        c.c("flight BA%s from gate %d, seat %d%s, and my hotel room was %d" % (rdig(4), R.randint(1, 60), R.randint(1, 45), R.choice("ABCDEF"), R.randint(100, 1999)))
        c.a("I'm sorry to hear that. Your booking reference %s shows a %d hour delay." % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), R.randint(2, 9)))
        c.note = "flight, gate, seat, room, booking reference, duration"
    elif k == 9:
        c.c("meter reading is %s, the other one says %s" % (say_digits(rdig(5), zero=z), "0" + rdig(5)))
        c.a("thanks, that brings your estimated bill down to %d pounds %d" % (R.randint(40, 200), R.randint(1, 99)))
        c.note = "utility meter readings spoken and typed, amount"
    elif k == 10:
        c.a("we're open eight till eight monday to friday and nine to five on saturdays, current wait is about forty minutes")
        c.c("ok i'll call back at %d" % R.randint(1, 11))
        c.note = "opening hours, durations, time"
    elif k == 11:
        c.c("the accident was on the %s near junction %d, about %d miles from %s" % (R.choice(["M25", "A40", "I-95", "Route 66", "N7", "I-405"]), R.randint(1, 30), R.randint(2, 40), pick(UK_TOWNS + [t for t, _ in US_TOWNS])))
        c.a("thank you, and how many vehicles were involved")
        c.c("three, and it was about minus %d degrees" % R.randint(1, 8))
        c.note = "road names, junction, distances, counts, temperature"
    elif k == 12:
        c.c("policy number POL-%s, and I'm %d, been with you since %d" % (rdig(8), R.randint(22, 90), R.randint(1995, 2022)))
        c.a("Thanks. Your renewal premium is £%d.%02d, up %d%%." % (R.randint(200, 1400), R.randint(0, 99), R.randint(3, 30)))
        c.note = "policy number, age, year, premium, percentage"
    elif k == 13:
        c.a("your invoice number is " + say_digits(rdig(10), [3, 3, 4], z) + " for " + R.choice(["one hundred and twelve dollars", "sixty four euro", "ninety nine pounds"]))
        c.c("thanks")
        c.note = "10-digit invoice number in phone-like 3-3-4 grouping, labelled"
    elif k == 14:
        c.c("Serial no. %s-%s, model %s. Bought on %d/%d/%d" % (rdig(4), rdig(8), R.choice(["WH-1000XM4", "KD-55X80J", "A2342", "SM-G991B"]), R.randint(1, 12), R.randint(1, 28), R.randint(2019, 2025)))
        c.a("Thank you, that is still within the %d year warranty." % R.randint(1, 3))
        c.note = "serial and model numbers, purchase date"
    elif k == 15:
        c.c("case number %s-%s-%s" % (rdig(2), rdig(2), rdig(2)))
        c.a("I've found case %s, opened %d days ago." % (rdig(6), R.randint(2, 60)))
        c.note = "case number in sort-code-like 2-2-2 format, labelled"
    elif k == 16:
        c.a("the part number for the replacement is %s and the product code is %s" % (
            "".join(R.choice("ABCEH") for _ in range(2)) + rdig(6) + R.choice("ABCD"), rdig(13)))
        c.c("how much is that")
        c.a("it's %d ninety nine plus %d pounds delivery" % (R.randint(10, 90), R.randint(3, 9)))
        c.note = "part number in NI-like format and 13-digit product code with labels"
    elif k == 17:
        c.c("transaction ID %s, I was charged twice, %s and %s" % (rdig(18), "$%d.%02d" % (R.randint(5, 90), R.randint(0, 99)), "$%d.%02d" % (R.randint(5, 90), R.randint(0, 99))))
        c.a("I see both, the duplicate will be reversed within %d to %d business days." % (R.randint(3, 5), R.randint(6, 10)))
        c.note = "18-digit transaction ID, amounts, durations"
    elif k == 18:
        c.a("your ticket number is " + say_digits(rdig(6), [3, 3], z, styles=("pairs", "hundred")) + " and the engineer will be there between " + R.choice(["eight and one", "twelve and six"]))
        c.c("on " + pick(["monday", "tuesday", "friday"]) + " the " + ord_words(R.randint(1, 28)) + "?")
        c.a("that's right")
        c.note = "ticket number spoken, appointment window and date"
    elif k == 19:
        c.c("the tracking number is " + " ".join(rdig(4) for _ in range(5)) + " " + rdig(2) + ", usps")
        c.a("It was delivered on %s %d at %d:%02d pm." % (pick(MONTH_NAMES).title(), R.randint(1, 28), R.randint(1, 8), R.randint(0, 59)))
        c.note = "22-digit USPS tracking number with label, delivery date/time"
    elif k == 20:
        c.a("press one for billing, two for technical support, or stay on the line, you are caller number %d" % R.randint(2, 30))
        c.c("agent. agent. " + say_digits("0", zero=z))
        c.note = "IVR options and queue position"
    elif k == 21:
        c.c("the SWIFT code is %s and the amount is %s%d,%03d.%02d" % (R.choice(["NWBKGB2L", "AIBKIE2D", "DEUTDEFF", "BOFIIE2D"]), R.choice(["€", "£", "$"]), R.randint(1, 9), R.randint(0, 999), R.randint(0, 99)))
        c.a("thank you, international transfers take up to %d working days and cost %d euro" % (R.randint(2, 5), R.randint(5, 25)))
        c.note = "BIC/SWIFT code, amounts, durations"
    elif k == 22:
        c.a("your contract started on the %s of %s %s and runs for %d months" % (ord_words(R.randint(1, 28)), pick(MONTH_NAMES), year_words(R.randint(2018, 2025)), R.choice([12, 18, 24, 36])))
        c.c("and what's the early termination fee")
        c.a("%d pounds per remaining month" % R.randint(5, 30))
        c.note = "contract start date spoken like a DOB, duration, fee"
    elif k == 23:
        c.c("reference " + say_digits(rdig(8), [2, 2, 2, 2], z, styles=("pairs",)) + " on the letter, and the amount owed is " + "four hundred and " + pick(["twelve", "six", "ninety"]) + " pounds")
        c.a("that reference relates to your %d council tax bill" % R.randint(2022, 2026))
        c.note = "8-digit letter reference in pairs (account-number-like), amount, year"
    elif k == 24:
        c.c("Prescription Rx #%s, pharmacy NPI %s, copay $%d" % (rdig(7), luhn_complete("808401", 15)[5:], R.randint(5, 60)))
        c.a("Your refill will be ready after %d pm." % R.randint(1, 8))
        c.note = "Rx number, pharmacy NPI, copay with labels"
    elif k == 25:
        c.c("i'm calling about claim " + say_digits(rdig(11), [3, 4, 4], z) + ", the adjuster said it'd be " + str(R.randint(10, 30)) + " days")
        c.a("yes claim " + say_digits(rdig(11), [3, 4, 4], z) + " is with the adjuster, the deductible is five hundred dollars")
        c.note = "11-digit claim numbers in phone-like grouping with label"
    elif k == 26:
        c.c("it says error code %s and the router serial is %s, firmware %d.%d.%d" % (rdig(4), "".join(R.choice("ABCDEF0123456789") for _ in range(12)), R.randint(1, 9), R.randint(0, 20), R.randint(0, 99)))
        c.a("try holding reset for %d seconds" % R.choice([10, 15, 30]))
        c.note = "error code, router serial, firmware version, duration"
    else:
        c.a("for security can you give me the %s and %s characters of your password" % (ord_words(R.randint(1, 4)), ord_words(R.randint(5, 9))))
        c.c("uh %s and %s" % (R.choice("abcdefgh"), R.choice("klmnprst")))
        c.a("thank you, the %d from %d %s has been refunded" % (R.randint(10, 99), R.randint(1, 28), pick(MONTH_NAMES)))
        c.note = "password character positions, amount, transaction date"
    return c


# ---------------------------------------------------------------- build
def build_cases():
    pos = []
    pos += [card_case(i) for i in range(48)]
    pos += [ssn_case(i) for i in range(28)]
    pos += [ni_case(i) for i in range(24)]
    pos += [phone_case(i) for i in range(18)]
    pos += [email_case(i) for i in range(12)]
    pos += [dob_case(i) for i in range(12)]
    pos += [address_case(i) for i in range(18)]
    pos += [bank_uk_case(i) for i in range(12)]
    pos += [bank_us_case(i) for i in range(14)]
    pos += [iban_case(i) for i in range(12)]
    pos += [mixed_case(i) for i in range(6)]
    negs = [neg_case(i) for i in range(112)]
    R.shuffle(pos)
    R.shuffle(negs)
    out = []
    for n, c in enumerate(pos, 1):
        out.append(("h485-pos-%03d" % n, c))
    for n, c in enumerate(negs, 1):
        out.append(("h485-neg-%03d" % n, c))
    return out


def render(cases):
    lines, meta = [], []
    for cid, c in cases:
        turns, spans, vids = c.build()
        rec = {"id": cid, "kind": c.kind, "turns": turns, "spans": spans, "note": c.note}
        lines.append(json.dumps(rec, ensure_ascii=False))
        meta.append((rec, c, vids))
    return "\n".join(lines) + "\n", meta


def check(text, meta):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        disk = f.read()
    if disk != text:
        errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = set()
    counts = {}
    npos = nneg = 0
    for line, (rec, c, vids) in zip(disk.splitlines(), meta):
        r = json.loads(line)
        cid = r["id"]
        if cid in ids:
            errs.append("duplicate id " + cid)
        ids.add(cid)
        if r["kind"] == "positive":
            npos += 1
            if not r["spans"]:
                errs.append(cid + ": positive without spans")
        else:
            nneg += 1
            if r["spans"]:
                errs.append(cid + ": negative with spans")
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        by_turn = {}
        for s in r["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
            if not 0 <= s["turn"] < len(r["turns"]):
                errs.append(cid + ": turn out of range")
                continue
            t = r["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(t)):
                errs.append(cid + ": offsets out of range")
                continue
            if not (t[st].isalnum() and t[en - 1].isalnum() and (st == 0 or not t[st - 1].isalnum())
                    and (en == len(t) or not t[en].isalnum())):
                errs.append("%s: span not on word boundary %r" % (cid, t[max(0, st - 3):en + 3]))
            by_turn.setdefault(s["turn"], []).append((st, en))
        for lst in by_turn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append(cid + ": overlapping spans")
        # value validation (group spans by value id)
        groups = {}
        for s, vid in zip(r["spans"], vids):
            groups.setdefault(vid, []).append(r["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for vid, texts in groups.items():
            typ, canon, m = c.values[vid]
            e = validate(typ, texts, canon, m)
            if e:
                errs.append("%s: %s %s" % (cid, typ, e))
    return errs, counts, npos, nneg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text, meta = render(build_cases())
    if not args.check:
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print("wrote", OUT)
    errs, counts, npos, nneg = check(text, meta)
    print("positives %d negatives %d" % (npos, nneg))
    for k in sorted(counts):
        print("  %-13s %d" % (k, counts[k]))
    mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE",
              "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        if counts.get(t, 0) < mins.get(t, 10):
            errs.append("too few %s spans" % t)
    if npos < 200 or nneg < 100:
        errs.append("too few cases")
    for e in errs[:50]:
        print("ERROR", e)
    if errs:
        print("FAILED (%d errors)" % len(errs))
        sys.exit(1)
    print("check OK" if args.check else "self-check OK")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout541 held-out PII evaluation set.

Standard library only. Deterministic: one random.Random(541241125).
Usage:
    python scripts/make_pii_holdout541.py           # (re)write cases.jsonl
    python scripts/make_pii_holdout541.py --check   # regenerate and verify
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout541", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken numbers
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ZERO_WORDS = {"zero", "oh", "o", "nought"}
FILLERS = {"um", "uh", "erm", "er", "ah", "umm", "uhh"}
ONES_MAP = {w: i for i, w in enumerate(ONES)}
TEENS_MAP = {w: 10 + i for i, w in enumerate(TEENS)}
TENS_MAP = {w: k for k, w in TENS.items()}


def zero_word(rng, country, alnum=False):
    if alnum:
        return rng.choice(["zero", "nought"] if country in ("UK", "IE") else ["zero"])
    if country in ("UK", "IE"):
        return rng.choice(["oh", "oh", "zero", "nought"])
    return rng.choice(["oh", "oh", "zero", "o"])


def dword(d, rng, country, alnum=False):
    return zero_word(rng, country, alnum) if d == "0" else ONES[int(d)]


def pair_word(s):
    a, b = int(s[0]), int(s[1])
    if a == 1:
        return TEENS[b]
    return TENS[a] + " " + ONES[b]


def say_digits(s, rng, country, doubles=True, pairs=False, hundreds=False,
               alnum=False, filler=0.0):
    """Speak a digit string as ASR-style lower-case words."""
    out = []
    i = 0
    n = len(s)
    while i < n:
        r = rng.random()
        if doubles and i + 2 < n and s[i] == s[i + 1] == s[i + 2] and r < 0.5:
            out.append("triple " + dword(s[i], rng, country, alnum))
            i += 3
        elif doubles and i + 1 < n and s[i] == s[i + 1] and r < 0.7:
            out.append("double " + dword(s[i], rng, country, alnum))
            i += 2
        elif (hundreds and i + 2 < n and s[i] != "0" and s[i + 1:i + 3] != "00"
              and not (s[i + 1] >= "2" and s[i + 2] == "0") and r < 0.25):
            rem = s[i + 1:i + 3]
            if rem[0] == "0":
                tail = ONES[int(rem[1])]
            else:
                tail = pair_word(rem)
            conj = "and " if country in ("UK", "IE") or rng.random() < 0.5 else ""
            out.append(ONES[int(s[i])] + " hundred " + conj + tail)
            i += 3
        elif (pairs and i + 1 < n and s[i] != "0" and (s[i] == "1" or s[i + 1] != "0")
              and r < 0.6):
            out.append(pair_word(s[i:i + 2]))
            i += 2
        else:
            out.append(dword(s[i], rng, country, alnum))
            i += 1
        if filler and i < n and rng.random() < filler:
            out.append(rng.choice(["um", "uh", "erm"]))
    return " ".join(out)


def say_groups(groups, rng, country, sep=None, **kw):
    sep = sep if sep is not None else rng.choice([" ", ", ", " ", "... "])
    return sep.join(say_digits(g, rng, country, **kw) for g in groups)


NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima",
        "M": "mike", "N": "november", "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo",
        "S": "sierra", "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey",
        "X": "xray", "Y": "yankee", "Z": "zulu"}
FOLK = {"B": "bravo", "D": "david", "M": "mother", "N": "nancy", "S": "sugar", "P": "peter",
        "T": "tommy", "F": "freddie", "C": "charlie", "A": "apple", "E": "edward",
        "H": "harry", "J": "john", "K": "king", "L": "london", "R": "robert", "W": "william",
        "G": "george", "X": "xray", "Y": "yellow", "Z": "zebra", "Q": "queen", "V": "victor",
        "U": "uncle", "I": "india", "O": "orange"}


def say_letter(ch, rng, spell=0.4):
    ch = ch.upper()
    r = rng.random()
    if r < spell:
        word = NATO[ch] if rng.random() < 0.6 else FOLK[ch]
        link = rng.choice(["for", "for", "as in"])
        return "%s %s %s" % (ch.lower(), link, word)
    return ch.lower()


def say_alnum(s, rng, country, spell=0.35):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isalpha():
            if i + 1 < len(s) and s[i + 1] == c and rng.random() < 0.5:
                out.append("double " + c.lower())
                i += 2
                continue
            out.append(say_letter(c, rng, spell))
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(say_digits(s[i:j], rng, country, pairs=True, alnum=True))
            i = j
        else:
            i += 1
    return " ".join(out)


# ---------------------------------------------------------------- normalisers
class NormError(Exception):
    pass


def _digit_val(tok, alnum=False):
    if tok in ONES_MAP:
        return ONES_MAP[tok]
    if tok in ZERO_WORDS and not (alnum and tok in ("o", "oh")):
        return 0
    return None


def norm_tokens(text, alnum=False):
    toks = re.findall(r"[A-Za-z0-9]+|\+", text)
    low = [t.lower() for t in toks]
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = low[i]
        if t in FILLERS or t in ("dash", "hyphen"):
            i += 1
            continue
        if t == "+" or t == "plus":
            out.append("+")
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in ("double", "triple") and i + 1 < n:
            k = 2 if t == "double" else 3
            v = _digit_val(low[i + 1], alnum)
            if v is not None:
                out.append(str(v) * k)
            elif alnum and len(low[i + 1]) == 1:
                out.append(low[i + 1].upper() * k)
            else:
                raise NormError("bad double: %r" % text)
            i += 2
            continue
        if alnum and len(t) == 1 and t.isalpha() and i + 2 < n and low[i + 1] == "for":
            out.append(t.upper())
            i += 3
            continue
        if (alnum and len(t) == 1 and t.isalpha() and i + 3 < n and low[i + 1] == "as"
                and low[i + 2] == "in"):
            out.append(t.upper())
            i += 4
            continue
        v = _digit_val(t, alnum)
        if v is not None:
            if i + 1 < n and low[i + 1] == "hundred" and v > 0:
                val = v * 100
                j = i + 2
                if j < n and low[j] == "and":
                    j += 1
                if j < n and low[j] in TEENS_MAP:
                    val += TEENS_MAP[low[j]]
                    j += 1
                elif j < n and low[j] in TENS_MAP:
                    val += TENS_MAP[low[j]] * 10
                    j += 1
                    if j < n and low[j] in ONES_MAP and ONES_MAP[low[j]] > 0:
                        val += ONES_MAP[low[j]]
                        j += 1
                elif j < n and low[j] in ONES_MAP and ONES_MAP[low[j]] > 0:
                    val += ONES_MAP[low[j]]
                    j += 1
                out.append("%03d" % val)
                i = j
                continue
            out.append(str(v))
            i += 1
            continue
        if t in TEENS_MAP:
            out.append(str(TEENS_MAP[t]))
            i += 1
            continue
        if t in TENS_MAP:
            val = TENS_MAP[t] * 10
            if i + 1 < n and low[i + 1] in ONES_MAP and ONES_MAP[low[i + 1]] > 0:
                val += ONES_MAP[low[i + 1]]
                i += 1
            out.append(str(val))
            i += 1
            continue
        if alnum:
            out.append(toks[i].upper())
            i += 1
            continue
        raise NormError("unexpected token %r in %r" % (toks[i], text))
    return "".join(out)


def norm_digits(text):
    s = norm_tokens(text)
    return s


def norm_email(text):
    out = []
    toks = text.split()
    i = 0
    while i < len(toks):
        t = toks[i].strip(",")
        lt = t.lower()
        if lt in FILLERS:
            i += 1
            continue
        if i + 2 < len(toks) and toks[i + 1].lower() == "for" and len(t) == 1:
            out.append(lt)
            i += 3
            continue
        if (i + 3 < len(toks) and toks[i + 1].lower() == "as" and toks[i + 2].lower() == "in"
                and len(t) == 1):
            out.append(lt)
            i += 4
            continue
        out.append({"dot": ".", "at": "@", "underscore": "_", "dash": "-",
                    "hyphen": "-"}.get(lt, lt))
        i += 1
    return "".join(out)


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


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def aba_ok(s):
    if len(s) != 9:
        return False
    w = [3, 7, 1] * 3
    return sum(int(c) * k for c, k in zip(s, w)) % 10 == 0


UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
US_ZIP_RE = re.compile(r"^\d{5}(\d{4})?$")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def validate_value(vtype, canonical, joined_text, mode):
    """Validate canonical value and that the labelled text normalises to it."""
    c = canonical
    if mode == "part":
        if vtype in ("NI_NUMBER", "IBAN") or (vtype == "POSTCODE" and not c.isdigit()):
            got = norm_tokens(joined_text, alnum=True)
        else:
            got = norm_digits(joined_text)
        assert got == c, (vtype, c, got, joined_text)
        return
    if vtype == "CARD_NUMBER":
        assert c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c), c
        got = norm_digits(joined_text)
    elif vtype == "CVV":
        assert c.isdigit() and len(c) in (3, 4), c
        got = norm_digits(joined_text)
    elif vtype == "SSN":
        assert c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9"
        assert c[3:5] != "00" and c[5:] != "0000"
        got = norm_digits(joined_text)
    elif vtype == "NI_NUMBER":
        assert NI_RE.match(c), c
        got = norm_tokens(joined_text, alnum=True)
    elif vtype == "BANK_ACCOUNT":
        assert c.isdigit() and 6 <= len(c) <= 17, c
        if c.startswith("R"):
            pass
        got = norm_digits(joined_text)
    elif vtype == "ROUTING":
        raise AssertionError
    elif vtype == "SORT_CODE":
        assert c.isdigit() and len(c) == 6, c
        got = norm_digits(joined_text)
    elif vtype == "IBAN":
        assert iban_ok(c), c
        got = norm_tokens(joined_text, alnum=True)
    elif vtype == "PHONE":
        assert re.fullmatch(r"\+?\d{10,14}", c), c
        got = norm_digits(joined_text).lstrip("+")
    elif vtype == "EMAIL":
        assert re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", c), c
        got = norm_email(joined_text).lower()
    elif vtype == "POSTCODE":
        assert UK_PC_RE.match(c) or US_ZIP_RE.match(c), c
        got = norm_digits(joined_text) if c.isdigit() else norm_tokens(joined_text, alnum=True)
    elif vtype in ("DOB", "EXPIRY"):
        low = joined_text.lower()
        assert re.search(r"\d", low) or any(m in low for m in MONTHS) or \
            any(w in low for w in ONES + TEENS + list(TENS.values())), joined_text
        return
    elif vtype == "ADDRESS":
        assert re.match(r"^(flat|apt|apartment|unit|suite|\d|[a-z]+ )", c.lower()), c
        assert re.search(r"(street|st|road|rd|lane|ln|avenue|ave|drive|dr|close|way|"
                         r"court|ct|crescent|place|pl|terrace|boulevard|blvd|grove|"
                         r"gardens|row|hill|park|square|walk|mews)\b", c.lower()), c
        return
    else:
        raise AssertionError(vtype)
    if mode == "full":
        assert got == c, (vtype, c, got, joined_text)
    elif mode == "part":
        assert got and got in c, (vtype, c, got, joined_text)
    else:
        raise AssertionError(mode)


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}  # gid -> [type, canonical, mode, [span idx]]
        self._g = 0

    def val(self, vtype, canonical, mode="full"):
        self._g += 1
        self.groups[self._g] = [vtype, canonical, mode, []]
        return self._g

    def add(self, speaker, *segs):
        if (speaker == "agent" and self.turns and self.turns[-1]["speaker"] == "agent"
                and not any(sp["turn"] == len(self.turns) - 1 for sp in self.spans)):
            self.turns.append({"speaker": "customer", "text": R.choice(
                ["hi there", "hiya, yeah", "hello, i need to update my details",
                 "hi, it's about my account", "Hi", "hello? yes hi"])})
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                vtext, gid = seg
                vtype = self.groups[gid][0]
                self.groups[gid][3].append(len(self.spans))
                self.spans.append({"turn": ti, "start": len(text),
                                   "end": len(text) + len(vtext), "type": vtype})
                text += vtext
        self.turns.append({"speaker": speaker, "text": text})

    def c(self, *segs):
        self.add("customer", *segs)

    def a(self, *segs):
        self.add("agent", *segs)


def V(text, gid):
    return (text, gid)


# ---------------------------------------------------------------- vocab
COS = {
    "banking": {"UK": "Harbourline Bank", "US": "Cedar Federal Credit Union", "IE": "Liffey Savings",
                "EU": "Rheinmark Bank"},
    "telecom": {"UK": "Skylark Mobile", "US": "Bluepeak Wireless", "IE": "Emerald Telecom",
                "EU": "Orbis Telecom"},
    "utilities": {"UK": "Northgrid Energy", "US": "Prairie Power & Light", "IE": "Shannon Gas",
                  "EU": "Energia Verde"},
    "retail": {"UK": "Marlow & Finch", "US": "Shopwell", "IE": "Corrib Home", "EU": "Maison Lune"},
    "insurance": {"UK": "Greystone Insurance", "US": "Liberty Crest Health", "IE": "Atlantic Cover",
                  "EU": "Assura Nord"},
    "travel": {"UK": "Jetwise Holidays", "US": "Skyway Air", "IE": "Greenwing Air",
               "EU": "Alpina Rail"},
    "healthcare billing": {"UK": "Pinewood Private Clinic", "US": "Mercy Valley Billing",
                           "IE": "St Brendan's Clinic", "EU": "Klinik Am See"},
    "government services": {"UK": "the Vehicle Licensing Helpline",
                            "US": "the State Unemployment Office", "IE": "the Motor Tax Office",
                            "EU": "the Tax Office"},
}
INDUSTRIES = list(COS)
AGENTS = ["Priya", "Tom", "Siobhan", "Marcus", "Dana", "Kelly", "Raj", "Aoife", "Luis", "Beth",
          "Jamal", "Grace", "Hannah", "Kev", "Mo"]
ACKS = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "mm hmm", "yes",
        "and then", "okay go ahead", "sure"]
STREETS = ["Mill Lane", "Church Road", "Victoria Street", "Oak Avenue", "Station Road",
           "Maple Drive", "Kingsway", "Elm Grove", "Harbour View Road", "Pine Street",
           "Beacon Hill", "Wharf Street", "Sycamore Close", "Larkspur Crescent",
           "Riverside Walk", "Market Place", "Orchard Way", "Cherry Tree Court"]
US_STREETS = ["Oak Street", "Maple Avenue", "Elm Drive", "Washington Boulevard", "Lakeview Road",
              "Cedar Lane", "Pine Street", "Sunset Boulevard", "Hillcrest Drive", "Main Street",
              "Birch Court", "Meadow Lane", "Willow Way", "Park Place"]
TOWNS_UK = ["Leeds", "Bristol", "Norwich", "Swansea", "Derby", "York", "Glasgow", "Exeter"]
TOWNS_US = ["Dayton, Ohio", "Tulsa", "Boise, Idaho", "Fresno", "Raleigh, North Carolina",
            "Austin", "Spokane", "Albany, New York"]
TOWNS_IE = ["Galway", "Cork", "Limerick", "Sligo", "Kilkenny"]
FIRST = ["john", "sarah", "mike", "emma", "liam", "aisling", "dave", "maria", "kate", "paddy",
         "ana", "chris", "nina", "omar", "ruth"]
LAST = ["doe", "smith", "obrien", "kowalski", "patel", "nguyen", "murphy", "garcia", "fisher",
        "hughes", "lee", "walsh", "costa", "brennan"]
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.co.uk", "outlook.com", "icloud.com", "aol.com",
           "btinternet.com", "eircom.net", "web.de", "proton.me"]

R = random.Random(541241125)


def pick(xs):
    return R.choice(xs)


def ctx(country=None, industry=None):
    country = country or pick(["UK", "US", "IE", "EU"])
    industry = industry or pick(INDUSTRIES)
    return country, industry, COS[industry][country]


def greet(co):
    return pick(["thanks for calling %s, my name's %s, how can I help" % (co, pick(AGENTS)),
                 "%s, you're speaking with %s, what can I do for you today" % (co, pick(AGENTS)),
                 "hi, welcome to %s chat, I'm %s" % (co, pick(AGENTS)),
                 "good morning, %s, %s speaking" % (co, pick(AGENTS))])


def ack():
    return pick(ACKS)


def filler():
    return pick(["um", "uh", "erm", "er"])


# ---------------------------------------------------------------- value generators
def gen_card():
    r = R.random()
    if r < 0.45:
        return luhn_complete("4" + str(R.randrange(10)), 16, R)
    if r < 0.7:
        return luhn_complete("5" + str(R.randint(1, 5)), 16, R)
    if r < 0.8:
        return luhn_complete(pick(["34", "37"]), 15, R)
    if r < 0.88:
        return luhn_complete("6011", 16, R)
    if r < 0.93:
        return luhn_complete("4", 13, R)
    return luhn_complete(pick(["4", "62", "6759"]), 19, R)


def card_groups(c):
    n = len(c)
    if n == 15:
        return [c[:4], c[4:10], c[10:]]
    if n == 13:
        return [c[:4], c[4:7], c[7:10], c[10:]]
    if n == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_A = "ABCEGHJKLMNOPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_A) + R.choice(NI_B)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + R.choice("ABCD")


def gen_digits(n, first_nonzero=True):
    s = str(R.randint(1, 9)) if first_nonzero else str(R.randrange(10))
    return s + "".join(str(R.randrange(10)) for _ in range(n - 1))


def gen_aba():
    while True:
        s = "%02d" % R.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31, 32])
        s += "".join(str(R.randrange(10)) for _ in range(6))
        for c in "0123456789":
            if aba_ok(s + c):
                return s + c


def gen_iban(country):
    cc = {"UK": "GB", "IE": "IE"}.get(country) or pick(["DE", "FR", "NL", "ES", "IT", "BE"])
    L = lambda k: "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(k))
    D = lambda k: "".join(str(R.randrange(10)) for _ in range(k))
    bban = {"GB": lambda: pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + D(14),
            "IE": lambda: pick(["AIBK", "BOFI", "IPBS"]) + D(14),
            "DE": lambda: D(18),
            "FR": lambda: D(10) + D(11) + D(2),
            "NL": lambda: pick(["ABNA", "INGB", "RABO"]) + D(10),
            "ES": lambda: D(20),
            "IT": lambda: L(1) + D(10) + D(12),
            "BE": lambda: D(12)}[cc]()
    return make_iban(cc, bban)


def gen_uk_pc():
    area = pick(["SW", "M", "B", "LS", "BS", "NR", "EH", "G", "CF", "EX", "YO", "DE", "N", "E",
                 "SE", "NW", "W", "L", "S", "TN"])
    dist = str(R.randint(1, 19))
    inward = str(R.randrange(10)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + dist + inward


def fmt_uk_pc(pc):
    return pc[:-3] + " " + pc[-3:]


def gen_zip(plus4=False):
    z = "%05d" % R.randint(1001, 99950)
    if plus4:
        z += "%04d" % R.randint(1, 9999)
    return z


def gen_phone(country):
    if country == "US":
        area = str(R.choice([202, 213, 312, 415, 512, 617, 713, 918, 208, 509, 937]))
        num = "555" + "01" + "%02d" % R.randint(0, 99)
        return "1" + area + num, area, num
    if country == "UK":
        if R.random() < 0.6:
            return "447700900" + "%03d" % R.randint(0, 999), "7700", "900" + "%03d" % R.randint(0, 999)
        return "44207946" + "%04d" % R.randint(0, 999), "20", "7946" + "%04d" % R.randint(0, 999)
    if country == "IE":
        return "35387" + gen_digits(7), "87", None
    return "33" + "6" + gen_digits(8, False), "6", None


def us_phone_parts(full):
    return full[1:4], full[4:7], full[7:]


def gen_email():
    f, l = pick(FIRST), pick(LAST)
    style = R.random()
    if style < 0.3:
        local = f[0] + "." + l
    elif style < 0.55:
        local = f + "." + l
    elif style < 0.75:
        local = f + "_" + l + str(R.randint(1, 99))
    elif style < 0.9:
        local = f + l[0] + str(R.randint(60, 99))
    else:
        local = l + "-" + f
    return local + "@" + pick(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    parts = []
    for ch_tok in re.split(r"([._-])", local):
        if ch_tok == ".":
            parts.append("dot")
        elif ch_tok == "_":
            parts.append("underscore")
        elif ch_tok == "-":
            parts.append(pick(["dash", "hyphen"]))
        elif ch_tok:
            if len(ch_tok) == 1:
                parts.append(say_letter(ch_tok, R, 0.5))
            elif re.fullmatch(r"[a-z]+\d+", ch_tok):
                m = re.match(r"([a-z]+)(\d+)", ch_tok)
                parts.append(m.group(1))
                parts.append(m.group(2))
            else:
                parts.append(ch_tok)
    out = " ".join(parts) + " at " + " dot ".join(dom.split("."))
    return out


def gen_dob():
    y = R.randint(1942, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second",
       23: "twenty third", 24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}


def sfx(d):
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def say_year(y, country):
    a, b = divmod(y, 100)
    if a == 20:
        return pick(["two thousand and " + say_small(b) if country != "US" else
                     "two thousand " + say_small(b), "twenty " + say_2(b)])
    return pair_word(str(a)) + " " + say_2(b)


def say_small(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def say_2(n):
    if n < 10:
        return "oh " + ONES[n]
    return say_small(n)


def fmt_dob(y, m, d, country, spoken):
    mn = MONTHS[m - 1]
    if spoken:
        r = R.random()
        if country == "US" or r < 0.3:
            return pick(["%s %s %s" % (mn, ORD[d], say_year(y, country)),
                         "%s %s, %s" % (mn, ORD[d], say_year(y, country)),
                         "%s %s %s" % (say_small(m), say_small(d), say_year(y, country))])
        return pick(["the %s of %s %s" % (ORD[d], mn, say_year(y, country)),
                     "%s of %s %s" % (ORD[d], mn, say_year(y, country)),
                     "%s %s %s" % (ORD[d], mn, say_year(y, country))])
    if country == "US":
        return pick(["%02d/%02d/%d" % (m, d, y), "%d/%d/%02d" % (m, d, y % 100),
                     "%s %d, %d" % (mn.capitalize(), d, y), "%d-%02d-%02d" % (y, m, d)])
    return pick(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y),
                 "%d%s %s %d" % (d, sfx(d), mn.capitalize(), y),
                 "%d %s %d" % (d, mn[:3].capitalize(), y), "%02d-%02d-%02d" % (d, m, y % 100)])


def gen_expiry():
    return R.randint(1, 12), R.randint(2025, 2032)


def fmt_expiry(m, y, spoken, country):
    if spoken:
        return pick(["%s %s" % (dword_pad(m, country), say_small(y % 100)),
                     "%s %s" % (MONTHS[m - 1], say_year(y, country)),
                     "%s twenty %s" % (MONTHS[m - 1], say_small(y % 100)),
                     "%s slash %s" % (dword_pad(m, country), say_small(y % 100))])
    return pick(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                 "%d/%02d" % (m, y % 100), "%02d %02d" % (m, y % 100),
                 "%s %d" % (MONTHS[m - 1][:3].capitalize(), y)])


def dword_pad(m, country):
    if m < 10:
        return zero_word(R, country) + " " + ONES[m]
    return say_small(m)


def gen_address(country):
    if country == "US":
        n = R.randint(12, 9870)
        st = pick(US_STREETS)
        r = R.random()
        if r < 0.25:
            return "%d %s Apt %d%s" % (n, st, R.randint(1, 30), pick(["", "B", "C"])), n, st
        return "%d %s" % (n, st), n, st
    n = R.randint(1, 240)
    st = pick(STREETS)
    if R.random() < 0.25:
        return "Flat %d, %d %s" % (R.randint(1, 24), n, st), n, st
    return "%d %s" % (n, st), n, st


def say_house(n, country):
    if n < 100:
        return say_small(n)
    if n < 1000 and R.random() < 0.5:
        return say_digits(str(n), R, country, doubles=False, hundreds=True)
    s = str(n)
    if len(s) == 4 and s[2] != "0":
        return say_small(int(s[:2])) + " " + say_small(int(s[2:]))
    return say_digits(s, R, country, doubles=False)


def town(country):
    return pick({"US": TOWNS_US, "UK": TOWNS_UK, "IE": TOWNS_IE, "EU": TOWNS_UK}[country])


# ---------------------------------------------------------------- positive templates
def p_card_chat():
    country, ind, co = ctx()
    card = gen_card()
    k = Case("positive", "typed chat card number with expiry/CVV (%s, %s)" % (ind, country))
    g = card_groups(card)
    sep = pick([" ", "-", " ", "", "  ", "."])
    if R.random() < 0.2 and len(card) == 16:
        txt = card[:6] + " " + card[6:]
    else:
        txt = sep.join(g)
    gc = k.val("CARD_NUMBER", card)
    k.a(greet(co) + "?")
    lead = pick(["card no: ", "Card number - ", "my card is ", "its ", "CARD ", "card num ",
                 "the long number on the front is ", "pls charge ", "cc#"])
    m, y = gen_expiry()
    ge = k.val("EXPIRY", "%02d%d" % (m, y))
    cvv = gen_digits(4 if len(card) == 15 else 3, False)
    gv = k.val("CVV", cvv)
    if R.random() < 0.5:
        k.c(pick(["hi, ", "hello ", "", "hiya "]) + "want to pay my bill. " + lead, V(txt, gc),
            pick([" exp ", " expiry ", ", expires ", " valid thru "]),
            V(fmt_expiry(m, y, False, country), ge),
            pick([" cvv ", " sec code ", ", security code is ", " cvc: "]), V(cvv, gv))
    else:
        k.c(pick(["ok ", "right ", "", "sure, "]) + lead, V(txt, gc))
        k.a("Thanks. And the expiry date and the 3 or 4 digit code on the back?")
        k.c(V(fmt_expiry(m, y, False, country), ge), pick([" and ", " / ", ", ", " - "]),
            V(cvv, gv))
    k.a(pick(["Thank you, that payment has gone through.", "Perfect, processing that now.",
              "Lovely, give me a sec."]))
    return k


def p_card_asr():
    country, ind, co = ctx()
    card = gen_card()
    k = Case("positive", "ASR card number in words with fillers, agent read-back (%s, %s)" % (ind, country))
    gc = k.val("CARD_NUMBER", card)
    spoken = say_groups(card_groups(card), R, country, pairs=R.random() < 0.4,
                        hundreds=R.random() < 0.3, filler=0.12)
    k.a(greet(co).lower())
    k.c("yeah hi i need to " + pick(["make a payment", "pay off the arrears", "top up",
                                     "settle the invoice", "pay for the upgrade"]) + " please")
    k.a("no problem, when you're ready can i take the long card number")
    k.c(pick(["yeah it's ", "okay so it's ", "right um ", "", "so it is "]), V(spoken, gc))
    if R.random() < 0.6:
        gr = k.val("CARD_NUMBER", card)
        rb = say_groups(card_groups(card), R, country, sep=" ", doubles=False)
        k.a(pick(["let me just read that back, ", "so that's ", "okay i have "]), V(rb, gr),
            pick([", is that right", " yeah", ", correct"]))
        k.c(pick(["yes that's it", "yep", "that's right yeah"]))
    if R.random() < 0.5:
        m, y = gen_expiry()
        ge = k.val("EXPIRY", "%02d%d" % (m, y))
        k.a("and the expiry")
        k.c(pick(["", "it's ", "um "]), V(fmt_expiry(m, y, True, country), ge))
    return k


def p_card_split():
    country, ind, co = ctx()
    card = gen_card()
    k = Case("positive", "ASR card read over several turns with agent back-channels (%s, %s)" % (ind, country))
    g = card_groups(card)
    k.a(greet(co).lower())
    k.c("hi yeah i'm ringing to pay " + pick(["my phone bill", "for the flights", "the excess",
                                               "the gas bill", "my council tax", "the deposit"]))
    k.a("lovely, go ahead with the card number whenever you're ready")
    pairs = R.random() < 0.5
    i = 0
    while i < len(g):
        take = 1 if R.random() < 0.6 else 2
        chunk = g[i:i + take]
        gid = k.val("CARD_NUMBER", "".join(chunk), "part")
        txt = say_groups(chunk, R, country, sep=" ", pairs=pairs, filler=0.08)
        pre = pick(["", "", "", "okay ", "then ", "um "]) if i else pick(["", "it's ", "so "])
        post = pick(["", "", "...", ","])
        k.c(pre, V(txt, gid), post)
        i += take
        if i < len(g):
            k.a(ack())
    # record the full value as a separate logical check via concatenation of parts
    if R.random() < 0.5:
        gr = k.val("CARD_NUMBER", card)
        k.a("okay so i've got ", V(say_groups(g, R, country, sep=", ", doubles=False), gr))
        k.c(pick(["spot on", "yes", "that's it yeah"]))
    else:
        k.a("and the last four again?")
        gl = k.val("CARD_NUMBER", g[-1], "part")
        k.c(V(say_digits(g[-1], R, country), gl))
        k.a("thank you")
    return k


def p_card_restart():
    country, ind, co = ctx()
    card = gen_card()
    k = Case("positive", "card reading restarted / corrected mid-way, aside inside reading (%s, %s)" % (ind, country))
    g = card_groups(card)
    k.a(greet(co).lower())
    k.c("i want to " + pick(["book the extra bag", "pay the balance", "renew the policy"]))
    k.a("sure, can i take the card number please")
    g1 = k.val("CARD_NUMBER", g[0] + g[1][:2], "part")
    k.c("yeah ", V(say_digits(g[0] + g[1][:2], R, country), g1),
        pick(["... sorry hang on let me start again i've got the wrong card",
              " no wait that's my old card, one sec",
              " oh sorry, hold on, the kids are shouting, let me start that again"]))
    k.a(pick(["no worries take your time", "that's fine", "no rush"]))
    gp = k.val("CARD_NUMBER", "".join(g[:2]), "part")
    gq = k.val("CARD_NUMBER", "".join(g[2:]), "part")
    k.c("right, ", V(say_groups(g[:2], R, country, pairs=True), gp),
        pick([" sorry can you hear me okay? ", " - hang on the light's gone - ", " ... "]),
        V(say_groups(g[2:], R, country, filler=0.1), gq))
    k.a("okay and just to confirm the last group was ", V(say_digits(g[-1], R, country),
        k.val("CARD_NUMBER", g[-1], "part")), "?")
    k.c(pick(["yes", "yeah that's it", "correct"]))
    return k


def p_ssn_typed():
    country, ind, co = ctx("US")
    s = gen_ssn()
    k = Case("positive", "typed SSN with varied separators (%s)" % ind)
    fmt = pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s/%s/%s"])
    txt = fmt % (s[:3], s[3:5], s[5:])
    gs = k.val("SSN", s)
    k.a("Hi, thanks for contacting %s. To verify your identity I'll need your SSN." % co)
    k.c(pick(["ssn: ", "SSN is ", "social sec # ", "Social: ", "sure its ", "ok, SS# "]), V(txt, gs),
        pick(["", ".", " thx", " - is that safe to send here?"]))
    if R.random() < 0.4:
        y, m, d = gen_dob()
        gd = k.val("DOB", "%d-%02d-%02d" % (y, m, d))
        k.a("Thanks. And your date of birth?")
        k.c(pick(["dob ", "", "born "]), V(fmt_dob(y, m, d, "US", False), gd))
    k.a("Thank you, you're verified.")
    return k


def p_ssn_asr():
    country, ind, co = ctx("US")
    s = gen_ssn()
    k = Case("positive", "ASR SSN read in a non-standard grouping (%s)" % ind)
    grouping = pick([(3, 2, 4), (3, 3, 3), (9,), (5, 4), (3, 6), (1, 2, 2, 4), (3, 2, 2, 2)])
    parts, i = [], 0
    for n in grouping:
        parts.append(s[i:i + n])
        i += n
    gs = k.val("SSN", s)
    k.a("i'll just need the social security number on the account")
    k.c(pick(["sure it's ", "okay ", "yeah um ", "it is "]),
        V(say_groups(parts, R, "US", pairs=R.random() < 0.4, hundreds=R.random() < 0.4,
                     filler=0.1), gs))
    if R.random() < 0.6:
        gr = k.val("SSN", s)
        k.a("thank you, so that's ", V(say_groups([s[:3], s[3:5], s[5:]], R, "US", sep=" dash "
                                                  if R.random() < 0.3 else ", "), gr))
        k.c("yes ma'am" if R.random() < 0.5 else "yep")
    return k


def p_ssn_split():
    country, ind, co = ctx("US")
    s = gen_ssn()
    k = Case("positive", "ASR SSN split across turns with back-channels (%s)" % ind)
    k.a(pick(["can you verify the last four of your social", "what's your social security number"]))
    if R.random() < 0.4:
        k.c("the whole thing?")
        k.a("the whole number please")
    parts = [s[:3], s[3:5], s[5:]]
    for j, p in enumerate(parts):
        gid = k.val("SSN", p, "part")
        k.c(pick(["", "", "okay ", "um "]), V(say_digits(p, R, "US", pairs=True, hundreds=True), gid))
        if j < 2:
            k.a(ack())
    k.a("perfect thank you")
    return k


def p_ssn_partial():
    country, ind, co = ctx("US")
    s = gen_ssn()
    k = Case("positive", "partial SSN (last four) read on its own, then in full (%s)" % ind)
    k.a("for security can i get the last four of your social")
    g4 = k.val("SSN", s[5:], "part")
    k.c(pick(["yeah it's ", "", "last four are ", "sure "]),
        V(say_digits(s[5:], R, "US", pairs=R.random() < 0.5), g4))
    k.a("hmm that's not matching what i've got, can you give me the full number")
    gs = k.val("SSN", s)
    k.c(pick(["oh okay, ", "weird, ", "fine, "]),
        V(say_groups([s[:3], s[3:5], s[5:]], R, "US", filler=0.1), gs),
        pick(["", ". unless they typed it in wrong"]))
    return k


def p_ni():
    country, ind, co = ctx("UK", pick(["government services", "banking", "insurance", "utilities",
                                       "healthcare billing"]))
    ni = gen_ni()
    k = Case("positive", "UK National Insurance number (%s)" % ind)
    k.a(greet(co).lower() if R.random() < 0.5 else "Hi, welcome to %s chat." % co)
    style = R.random()
    if style < 0.4:
        fmt = pick([ni, "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
                    ni.lower(), "%s %s %s" % (ni[:2], ni[2:8], ni[8]),
                    "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])])
        gn = k.val("NI_NUMBER", ni)
        k.c(pick(["NI no: ", "my NINO is ", "ni number ", "National Insurance: ", "its "]),
            V(fmt, gn), pick(["", ".", " thanks"]))
    elif style < 0.75:
        gn = k.val("NI_NUMBER", ni)
        k.a("and your national insurance number please")
        k.c(pick(["yeah it's ", "um ", "okay it's ", ""]), V(say_alnum(ni, R, "UK"), gn))
        if R.random() < 0.6:
            gr = k.val("NI_NUMBER", ni)
            k.a("so that's ", V(say_alnum(ni, R, "UK", spell=0.6), gr), "?")
            k.c("that's the one")
    else:
        k.a("can i take your national insurance number")
        for part, mode in ((ni[:2], "part"), (ni[2:6], "part"), (ni[6:], "part")):
            gid = k.val("NI_NUMBER", part, mode)
            k.c(pick(["", "", "then "]), V(say_alnum(part, R, "UK"), gid))
            if part != ni[6:]:
                k.a(ack())
        k.a("lovely thanks")
    return k


def p_bank_uk():
    country, ind, co = ctx(pick(["UK", "UK", "IE"]), pick(["banking", "utilities", "telecom",
                                                            "insurance"]))
    sc = gen_digits(6, False)
    acct = gen_digits(8, False)
    k = Case("positive", "UK sort code and account number for direct debit (%s)" % ind)
    k.a(greet(co))
    if R.random() < 0.45:
        gs = k.val("SORT_CODE", sc)
        ga = k.val("BANK_ACCOUNT", acct)
        k.c(pick(["set up DD please. ", "new bank details: ", "", "Changing banks - "]),
            pick(["s/c ", "sort code ", "Sort: ", "SC "]),
            V(pick(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), gs),
            pick([" acct no: ", ", a/c ", " account ", " acc# ", "; acc no. "]), V(acct, ga))
    else:
        k.a("what's the sort code")
        gs = k.val("SORT_CODE", sc)
        k.c(pick(["", "it's ", "um "]), V(say_groups([sc[:2], sc[2:4], sc[4:]], R, country,
                                                    pairs=True), gs))
        k.a(pick(["and the account number", "lovely, and the eight digit account number"]))
        ga = k.val("BANK_ACCOUNT", acct)
        k.c(V(say_groups([acct[:4], acct[4:]], R, country, pairs=R.random() < 0.5, filler=0.1), ga))
        if R.random() < 0.5:
            gr = k.val("BANK_ACCOUNT", acct)
            k.a("so that's account ", V(say_digits(acct, R, country, doubles=False), gr), ", sort code ",
                V(say_digits(sc, R, country, doubles=False), k.val("SORT_CODE", sc)))
            k.c("yes")
    return k


def p_bank_us():
    country, ind, co = ctx("US", pick(["banking", "utilities", "insurance", "government services",
                                        "healthcare billing"]))
    rt = gen_aba()
    acct = gen_digits(R.choice([9, 10, 11, 12]), False)
    k = Case("positive", "US routing (labelled BANK_ACCOUNT) and checking account number (%s)" % ind)
    k.a("okay i can set up autopay, i'll need the routing number and the account number")
    if R.random() < 0.4:
        gr = k.val("BANK_ACCOUNT", rt)
        ga = k.val("BANK_ACCOUNT", acct)
        k.c(pick(["Routing: ", "ABA ", "routing # ", "RTN "]), V(rt, gr),
            pick([" / Acct: ", " checking acct ", ", account no. ", " acct# "]), V(acct, ga))
    else:
        gr = k.val("BANK_ACCOUNT", rt)
        k.c("okay routing is ", V(say_digits(rt, R, "US", pairs=R.random() < 0.3, filler=0.08), gr))
        k.a(ack())
        ga = k.val("BANK_ACCOUNT", acct)
        k.c("and the account is ", V(say_groups([acct[:3], acct[3:6], acct[6:]], R, "US",
                                               hundreds=True), ga),
            pick(["", " that's checking", " it's the savings actually"]))
        if R.random() < 0.5:
            gb = k.val("BANK_ACCOUNT", acct)
            k.a("reading back, account ", V(say_digits(acct, R, "US", doubles=False), gb))
            k.c("yep")
    return k


def p_iban():
    country, ind, co = ctx(pick(["UK", "IE", "EU", "EU"]))
    ib = gen_iban(country)
    k = Case("positive", "IBAN typed or spoken (%s, %s)" % (ind, country))
    k.a(greet(co))
    gi = k.val("IBAN", ib)
    if R.random() < 0.5:
        grouped = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        txt = pick([grouped, ib, grouped.lower(), ib[:4] + " " + ib[4:]])
        k.c(pick(["Please refund to IBAN ", "iban: ", "My IBAN is ", "IBAN - ", "refund to "]),
            V(txt, gi), pick(["", ".", " thanks", " (it's a joint account)"]))
    else:
        k.a("can i take the iban for the refund")
        k.c(pick(["yeah it's ", "okay ", "right so ", ""]),
            V(say_alnum(ib[:4], R, country, 0.5) + " " +
              " ".join(say_alnum(ib[i:i + 4], R, country, 0.3)
                       for i in range(4, len(ib), 4)), gi))
        k.a("thanks, that validates")
    return k


def p_phone():
    country, ind, co = ctx()
    full, a, b = gen_phone(country)
    k = Case("positive", "phone number (%s, %s)" % (ind, country))
    k.a(greet(co))
    spoken = R.random() < 0.55
    gp_canon = full
    ext = None
    if country == "US":
        area, mid, last = us_phone_parts(full)
        intl = R.random() < 0.3
        if spoken:
            txt = say_groups([area, mid, last], R, "US", pairs=R.random() < 0.5, hundreds=True)
            if intl:
                txt = "plus one " + txt
            else:
                gp_canon = full[1:]
        else:
            if intl:
                txt = pick(["+1 (%s) %s-%s", "+1-%s-%s-%s", "+1 %s.%s.%s"]) % (area, mid, last)
            else:
                txt = pick(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "(%s)%s-%s"]) % (area, mid, last)
                gp_canon = full[1:]
        if R.random() < 0.5:
            ext = str(R.randint(10, 9999))
    elif country == "UK":
        nat = "0" + full[2:]
        intl = R.random() < 0.4
        if spoken:
            if intl:
                txt = "plus four four " + say_digits(full[2:], R, "UK", pairs=True)
            else:
                txt = say_groups([nat[:5], nat[5:]] if nat[1] == "7" else [nat[:3], nat[3:7], nat[7:]],
                                 R, "UK", pairs=R.random() < 0.4)
                gp_canon = nat
        else:
            if intl:
                txt = pick(["+44 %s %s", "+44 (0)%s %s", "0044 %s %s"]) % (full[2:6], full[6:])
                if txt.startswith("0044"):
                    gp_canon = "0044" + full[2:]
            else:
                txt = pick(["%s %s", "%s-%s", "%s%s"]) % (nat[:5], nat[5:])
                gp_canon = nat
        if "(0)" in txt:
            gp_canon = "44" + "0" + full[2:]
    else:
        cc = full[:3] if country == "IE" else full[:2]
        rest = full[len(cc):]
        intl = R.random() < 0.6
        if spoken:
            if intl:
                txt = pick(["plus ", "double oh "]) + say_digits(cc, R, country) + " " + \
                    say_groups([rest[:2], rest[2:5], rest[5:]], R, country, sep=" ")
                if txt.startswith("double"):
                    gp_canon = "00" + full
            else:
                txt = say_groups(["0" + rest[:2], rest[2:5], rest[5:]], R, country)
                gp_canon = "0" + rest
        else:
            if intl:
                txt = "+%s %s %s %s" % (cc, rest[:2], rest[2:5], rest[5:])
            else:
                txt = "0%s %s %s" % (rest[:2], rest[2:5], rest[5:])
                gp_canon = "0" + rest
    gp = k.val("PHONE", gp_canon.lstrip("+"))
    lead = pick(["best number is ", "you can reach me on ", "my mobile's ", "call me back on ",
                 "tel: ", "phone ", "it's ", "contact number "])
    tail = ""
    if ext:
        tail = pick([" ext. %s", " extension %s", " x%s", ", ext %s"]) % ext
    k.c(lead, V(txt, gp), tail, pick(["", " after five", " during office hours", " please"]))
    if R.random() < 0.4:
        gr = k.val("PHONE", gp_canon.lstrip("+"))
        k.a("so that's ", V(txt if not spoken else say_digits(gp_canon.lstrip("+"), R, country,
                                                               doubles=False), gr), "?")
        k.c("yes")
    return k


def p_email():
    country, ind, co = ctx()
    e = gen_email()
    k = Case("positive", "email address typed or spoken (%s, %s)" % (ind, country))
    k.a(greet(co))
    ge = k.val("EMAIL", e)
    if R.random() < 0.45:
        txt = e if R.random() < 0.7 else e.upper() if R.random() < 0.5 else e.capitalize()
        k.c(pick(["email: ", "send it to ", "my email is ", "Email addr - ", "pls use "]), V(txt, ge),
            pick(["", ".", " thanks!", " not the old one"]))
    else:
        k.a("and what's the best email address")
        k.c(pick(["it's ", "yeah um ", "okay so ", ""]), V(say_email(e), ge),
            pick(["", ", all lower case", ", all one word"]))
        if R.random() < 0.4:
            gr = k.val("EMAIL", e)
            k.a("let me read it back, ", V(say_email(e), gr))
            k.c("that's it")
    return k


def p_dob():
    country, ind, co = ctx()
    y, m, d = gen_dob()
    k = Case("positive", "date of birth for verification (%s, %s)" % (ind, country))
    k.a("can you confirm your date of birth for me")
    gd = k.val("DOB", "%d-%02d-%02d" % (y, m, d))
    spoken = R.random() < 0.6
    k.c(pick(["yeah it's ", "", "um ", "sure, ", "DOB "]), V(fmt_dob(y, m, d, country, spoken), gd),
        pick(["", ".", " i think that's what you've got"]))
    if R.random() < 0.3:
        gr = k.val("DOB", "%d-%02d-%02d" % (y, m, d))
        k.a("so ", V(fmt_dob(y, m, d, country, True), gr), ", lovely")
    return k


def p_address():
    country, ind, co = ctx(pick(["UK", "US", "US", "IE"]))
    addr, n, st = gen_address(country)
    k = Case("positive", "address with postcode / ZIP (%s, %s)" % (ind, country))
    k.a("what's the address on the account")
    ga = k.val("ADDRESS", addr)
    if country == "US":
        z = gen_zip(R.random() < 0.5)
        zt = z if len(z) == 5 else z[:5] + "-" + z[5:]
        spoken = R.random() < 0.5
        gz = k.val("POSTCODE", z)
        if spoken:
            at = say_house(n, "US") + " " + st.lower()
            if "Apt" in addr:
                apt = addr.split("Apt ")[1]
                at += " apartment " + say_alnum(apt, R, "US", 0)
                ga_c = addr
            k.groups[ga][1] = addr
            k.c(pick(["it's ", "", "um "]), V(at, ga), ", " + town("US").lower() + ", ",
                V(say_digits(z[:5], R, "US") + ("" if len(z) == 5 else " dash " +
                                                 say_digits(z[5:], R, "US")), gz))
        else:
            k.c(V(addr, ga), ", " + town("US") + " ", V(zt, gz))
    else:
        pc = gen_uk_pc()
        gz = k.val("POSTCODE", pc)
        if R.random() < 0.5:
            k.c(V(addr, ga), ", " + town(country) + ", ", V(pick([fmt_uk_pc(pc), pc, fmt_uk_pc(pc).lower()]), gz))
        else:
            at = say_house(n, country) + " " + st.lower()
            if addr.startswith("Flat"):
                at = "flat " + say_small(int(addr.split()[1].rstrip(","))) + " " + at
            k.c(pick(["yeah it's ", "", "so it's "]), V(at, ga), " in " + town(country).lower())
            k.a("and the postcode")
            k.c(V(say_alnum(pc, R, "UK", 0.3), gz))
    return k


def p_form():
    """e-mail style block with several fields."""
    country, ind, co = ctx(pick(["UK", "US"]))
    k = Case("positive", "e-mail form block with several PII fields (%s, %s)" % (ind, country))
    y, m, d = gen_dob()
    e = gen_email()
    addr, n, st = gen_address(country)
    full, a, b = gen_phone(country)
    segs = [pick(["Hi team,\n", "Hello,\n", "To whom it may concern\n"]),
            "Please update my details.\nName: %s %s\n" % (pick(FIRST).title(), pick(LAST).title())]
    segs += ["D.O.B: ", V(fmt_dob(y, m, d, country, False), k.val("DOB", "x")), "\n"]
    segs += ["Address: ", V(addr, k.val("ADDRESS", addr)), ", " + town(country)]
    if country == "US":
        z = gen_zip(R.random() < 0.6)
        segs += [" ", V(z if len(z) == 5 else z[:5] + "-" + z[5:], k.val("POSTCODE", z)), "\n"]
        segs += ["Tel: ", V("(%s) %s-%s" % us_phone_parts(full), k.val("PHONE", full[1:])),
                 pick(["", " x%d" % R.randint(100, 999)]), "\n"]
        s = gen_ssn()
        segs += ["SSN: ", V("%s-%s-%s" % (s[:3], s[3:5], s[5:]), k.val("SSN", s)), "\n"]
    else:
        pc = gen_uk_pc()
        segs += ["\nPostcode: ", V(fmt_uk_pc(pc), k.val("POSTCODE", pc)), "\n"]
        segs += ["Mobile: ", V("0" + full[2:6] + " " + full[6:], k.val("PHONE", "0" + full[2:])), "\n"]
        ni = gen_ni()
        segs += ["NI: ", V(ni, k.val("NI_NUMBER", ni)), "\n"]
    segs += ["Email: ", V(e, k.val("EMAIL", e)), "\nRef: " + gen_digits(8) + "\nThanks"]
    k.c(*segs)
    k.a("Thanks, I've updated your record. Your reference stays the same.")
    return k


POS_TEMPLATES = [(p_card_chat, 3), (p_card_asr, 3), (p_card_split, 2), (p_card_restart, 2),
                 (p_ssn_typed, 2), (p_ssn_asr, 2), (p_ssn_split, 1), (p_ssn_partial, 1),
                 (p_ni, 4), (p_bank_uk, 2), (p_bank_us, 2), (p_iban, 3), (p_phone, 3),
                 (p_email, 2), (p_dob, 2), (p_address, 3), (p_form, 1)]


# ---------------------------------------------------------------- negative templates
def n_claim_us():
    c = gen_digits(R.choice([10, 12, 16]))
    k = Case("negative", "US health claim number read like a card")
    k.a("liberty crest health, can i get the claim number you're calling about")
    k.c("yeah the claim number is " + say_groups([c[i:i + 4] for i in range(0, len(c), 4)], R, "US",
                                                  filler=0.1))
    k.a("thank you, that claim for $%d.%02d was processed on %s %d" % (
        R.randint(40, 3000), R.randint(0, 99), pick(MONTHS), R.randint(1, 28)))
    return k


def n_member_id():
    mid = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + gen_digits(9)
    k = Case("negative", "insurance member ID and group number said with labels")
    k.c(pick(["Member ID: %s, Group #%s" % (mid, gen_digits(6)),
              "my member id is %s and the group number is %s" % (say_alnum(mid, R, "US", 0.3),
                                                               say_digits(gen_digits(5), R, "US"))]))
    k.a("Thanks, I see the plan. Your deductible is $%d and you've met %d%% of it." % (
        R.choice([500, 1000, 1500, 2500]), R.randint(10, 95)))
    return k


def n_npi():
    body = gen_digits(9)
    npi = body
    for c in "0123456789":
        if luhn_ok("80840" + body + c):
            npi = body + c
            break
    k = Case("negative", "provider NPI number (Luhn-valid with 80840 prefix) said with label")
    k.a("can i have the provider's npi")
    k.c(pick(["npi is ", "NPI: ", "the NPI number is "]) +
        pick([npi, say_digits(npi, R, "US", pairs=True)]))
    k.a("thanks, dr %s at suite %d, that's in network" % (pick(LAST), R.randint(100, 450)))
    return k


def n_medicare():
    L = "ACDEFGHJKMNPQRTUVWXY"
    mbi = (str(R.randint(1, 9)) + R.choice(L) + R.choice(L + "0123456789") + str(R.randrange(10)) +
           R.choice(L) + R.choice(L + "0123456789") + str(R.randrange(10)) + R.choice(L) +
           R.choice(L) + str(R.randrange(10)) + str(R.randrange(10)))
    k = Case("negative", "Medicare-style beneficiary identifier said with its label on a billing call")
    k.a("mercy valley billing, can i get the medicare number on the card")
    k.c("the medicare id is %s-%s-%s and the statement date is %d/%d" % (
        mbi[:4], mbi[4:7], mbi[7:], R.randint(1, 12), R.randint(1, 28)))
    k.a("okay, the balance due is $%d.%02d, due in %d days" % (R.randint(20, 900), R.randint(0, 99),
                                                              R.choice([15, 30, 45])))
    return k


def n_order():
    num = gen_digits(R.choice([12, 14, 16, 18]))
    lab = pick(["order number", "tracking number", "invoice number", "ticket number",
                "booking reference", "case number", "reference", "consignment number"])
    k = Case("negative", "long %s (digit string not PII)" % lab)
    if R.random() < 0.5:
        k.c("Hi, my %s is %s and it still hasn't arrived" % (lab, num))
    else:
        k.c("yeah the %s is %s" % (lab, say_groups([num[i:i + 4] for i in range(0, len(num), 4)],
                                                  R, pick(["UK", "US"]), pairs=True)))
    k.a("Thanks, I can see it was dispatched on the %d%s and should arrive within %d working days." % (
        R.randint(1, 28), "th", R.randint(2, 7)))
    return k


def n_luhn_ref():
    num = luhn_complete("4", 16, R)
    lab = pick(["voucher code", "gift card serial", "loyalty card number", "meter serial",
                "booking reference", "transaction id", "claim reference"])
    k = Case("negative", "Luhn-valid 16 digits explicitly labelled as a %s" % lab)
    k.a("what's the %s" % lab)
    k.c("the %s is %s" % (lab, " ".join(card_groups(num)) if R.random() < 0.5 else
                          say_groups(card_groups(num), R, "UK")))
    k.a("thanks, that %s is linked to %d points" % (lab, R.randint(100, 9000)))
    return k


def n_money():
    k = Case("negative", "amounts, balances, percentages, dates of payments")
    cur = pick(["£", "$", "€"])
    k.a("your current balance is %s%d.%02d and the minimum payment is %s%d.%02d, due on the %d%s" % (
        cur, R.randint(100, 9999), R.randint(0, 99), cur, R.randint(5, 99), R.randint(0, 99),
        R.randint(1, 28), "th"))
    k.c("okay and what's the interest rate now")
    k.a("it's %d.%d%% APR, it went up %d.%d%% in %d" % (R.randint(9, 39), R.randint(0, 9),
                                                        R.randint(0, 3), R.randint(1, 9),
                                                        R.randint(2019, 2025)))
    k.c(pick(["so i'll pay %s on the first of %s" % (say_small(R.randint(20, 99)) + " pounds",
                                                      pick(MONTHS)),
              "right, i paid four hundred and twelve dollars on june third"]))
    return k


def n_times():
    k = Case("negative", "opening hours, times, durations, counts, ages, temperatures")
    k.c("what time do you open on saturday")
    k.a("we're open %d till %d, %d:%02d to %d:%02d, and the wait is about %d minutes" % (
        R.randint(7, 9), R.randint(4, 6), R.randint(7, 9), R.choice([0, 30]), R.randint(16, 18),
        R.choice([0, 30]), R.randint(5, 45)))
    k.c("my %s is %d and she's had a temperature of %d.%d for %d days" % (
        pick(["daughter", "mum", "son"]), R.randint(2, 90), R.choice([38, 39, 101, 102]),
        R.randint(0, 9), R.randint(2, 6)))
    k.a("okay, we've got %d slots left, the next one is at %s" % (
        R.randint(2, 12), pick(["half two", "ten fifteen", "quarter to four", "14:45"])))
    return k


def n_last4():
    l4 = gen_digits(4, False)
    k = Case("negative", "card last-four mention only (not PII)")
    k.a("which card would you like to use")
    k.c(pick(["the one ending %s" % l4, "the visa ending in %s" % say_digits(l4, R, "UK"),
              "card ending %s please" % l4, "the mastercard, last four %s" % say_digits(l4, R, "US",
                                                                                        pairs=True)]))
    k.a("okay, the card ending %s, expiring soon so you'll get a new one. that's £%d taken." % (
        l4, R.randint(5, 200)))
    return k


def n_travel():
    k = Case("negative", "flight, gate, seat, room numbers and booking reference")
    fl = pick(["BA", "EI", "AA", "FR", "LH", "UA"]) + str(R.randint(10, 9999))
    k.c("i'm on flight %s tomorrow, seat %d%s, can i change to an aisle" % (
        fl, R.randint(1, 40), R.choice("ABCDEF")))
    k.a("sure, booking ref %s, you're now in %d%s, boarding from gate %d%s at %d:%02d" % (
        "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), R.randint(1, 40),
        R.choice("CD"), R.randint(1, 60), pick(["", "A", "B"]), R.randint(5, 22), R.choice([0, 15, 45])))
    k.c("and the hotel said room %d, is breakfast included" % R.randint(101, 1450))
    return k


def n_meter():
    k = Case("negative", "meter readings and serial numbers")
    r1 = gen_digits(5, False)
    k.a("can i take a meter reading")
    k.c("yeah it's %s" % pick([r1, say_digits(r1, R, "UK", pairs=True),
                               " ".join(r1)]) + ", and the meter serial is %s" % (
        pick(["E6S", "S1K", "K0"]) + gen_digits(8)))
    k.a("thanks, your estimated bill was %d kWh so that's lower" % R.randint(200, 900))
    return k


def n_policy():
    lab = pick(["policy number", "contract number", "account reference", "customer number",
                "member number", "claim number", "model number", "serial number"])
    num = pick(["GRY-" + gen_digits(8), gen_digits(9), "PL" + gen_digits(7), gen_digits(3) + "-" +
                gen_digits(2) + "-" + gen_digits(4)])
    k = Case("negative", "%s said with its label (incl. SSN-shaped)" % lab)
    k.c("my %s is %s" % (lab, num))
    k.a("thanks, that renews on %d %s %d and the premium is %d a month" % (
        R.randint(1, 28), pick(MONTHS), R.randint(2025, 2027), R.randint(15, 80)))
    return k


def n_spoken_ref():
    num = gen_digits(9)
    lab = pick(["claim number", "reference", "member id", "confirmation number", "case id"])
    k = Case("negative", "9-digit %s spoken like an SSN" % lab)
    k.a("do you have a %s" % lab)
    k.c("yeah um it's " + say_groups([num[:3], num[3:5], num[5:]], R, "US", filler=0.1) +
        ", that's the %s" % lab)
    k.a("okay, i see that, the adjuster will call within %d hours" % R.choice([24, 48, 72]))
    return k


def n_roads():
    k = Case("negative", "road names, routes, years without house numbers")
    k.c("there's roadworks on the %s near junction %d so the engineer is late" % (
        pick(["A40", "M25", "I-95", "N7", "route 66", "Highway 101"]), R.randint(1, 30)))
    k.a("sorry about that, they'll be there between %d and %d, the visit is booked for %s %d" % (
        R.randint(8, 11), R.randint(12, 17), pick(MONTHS), R.randint(1, 28)))
    return k


def n_appt():
    k = Case("negative", "appointment / contract dates and years (not DOB)")
    k.a("your contract started on %d/%d/%d and ends %s %d" % (R.randint(1, 28), R.randint(1, 12),
                                                            R.randint(2019, 2024), pick(MONTHS),
                                                            R.randint(2025, 2027)))
    k.c("can i book an appointment for the %s of %s" % (ORD[R.randint(1, 28)], pick(MONTHS)))
    k.a("yes, that's a %d minute appointment at %d:%02d" % (R.choice([15, 20, 30]),
                                                             R.randint(8, 17), R.choice([0, 30])))
    return k


def n_phoneish():
    k = Case("negative", "company helpline-style digits described as a model/serial or count")
    k.c("the model number on the router is %s-%s and it's been down %d times this week" % (
        pick(["TG", "HH", "VMH"]), gen_digits(4), R.randint(2, 9)))
    k.a("okay, firmware version %d.%d.%d, i'll raise ticket %s" % (R.randint(1, 9), R.randint(0, 20),
                                                                    R.randint(0, 99), gen_digits(10)))
    return k


NEG_TEMPLATES = [(n_claim_us, 2), (n_member_id, 2), (n_npi, 2), (n_medicare, 2), (n_order, 2),
                 (n_luhn_ref, 2), (n_money, 1), (n_times, 1), (n_last4, 2), (n_travel, 1),
                 (n_meter, 1), (n_policy, 2), (n_spoken_ref, 2), (n_roads, 1), (n_appt, 1),
                 (n_phoneish, 1)]


def expand(templates):
    out = []
    for f, w in templates:
        out += [f] * w
    return out


def build():
    R.seed(541241125)
    pos_pool = expand(POS_TEMPLATES)
    neg_pool = expand(NEG_TEMPLATES)
    cases = []
    for i in range(230):
        f = pos_pool[i % len(pos_pool)] if i < len(pos_pool) * 2 else R.choice(pos_pool)
        cases.append(f())
    for i in range(115):
        f = neg_pool[i % len(neg_pool)] if i < len(neg_pool) * 2 else R.choice(neg_pool)
        cases.append(f())
    pi = ni = 0
    for k in cases:
        if k.kind == "positive":
            pi += 1
            k.id = "h541-pos-%03d" % pi
        else:
            ni += 1
            k.id = "h541-neg-%03d" % ni
    return cases


def serialise(cases):
    lines = []
    for k in cases:
        lines.append(json.dumps({"id": k.id, "kind": k.kind, "turns": k.turns, "spans": k.spans,
                                 "note": k.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def check_case(k):
    ok = True
    prev = {}
    for s in k.spans:
        t = k.turns[s["turn"]]["text"]
        st, en = s["start"], s["end"]
        assert 0 <= st < en <= len(t), (k.id, s)
        assert t[st].isalnum() or (s["type"] == "PHONE" and t[st] in "+("), (k.id, t[st:en])
        assert t[en - 1].isalnum(), (k.id, t[st:en])
        assert st == 0 or not t[st - 1].isalnum(), (k.id, t[st - 1:en])
        if t[st] == "(":
            assert t[st + 1:st + 4].isdigit() and t[st + 4] == ")", (k.id, t[st:en])
        assert en == len(t) or not t[en].isalnum(), (k.id, t[st:en + 1])
        assert s["type"] in TYPES
    by_turn = {}
    for s in k.spans:
        by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
    for iv in by_turn.values():
        iv.sort()
        for (a, b), (c, d) in zip(iv, iv[1:]):
            assert b <= c, (k.id, iv)
    if k.kind == "negative":
        assert not k.spans
    else:
        assert k.spans
    for gid, (vtype, canon, mode, idxs) in k.groups.items():
        assert idxs, (k.id, gid)
        texts = []
        for ix in idxs:
            s = k.spans[ix]
            texts.append(k.turns[s["turn"]]["text"][s["start"]:s["end"]])
        joined = " ".join(texts)
        if vtype == "DOB" and canon == "x":
            canon = ""
        try:
            if vtype == "CARD_NUMBER" and mode == "part":
                assert norm_digits(joined).isdigit()
                full = None
                # part of a card: its parts must be a substring of a full card in this case
                for g2 in k.groups.values():
                    if g2[0] == "CARD_NUMBER" and g2[2] == "full":
                        full = g2[1]
                if full is not None:
                    assert norm_digits(joined) in full, (k.id, joined)
                continue
            if vtype == "SSN" and mode == "part":
                assert norm_digits(joined).isdigit() and len(norm_digits(joined)) <= 9
                continue
            validate_value(vtype, canon, joined, mode) if canon else None
        except (AssertionError, NormError) as e:
            print("FAIL", k.id, vtype, repr(joined), e)
            ok = False
    # split card cases: concatenate all part spans (customer turns only) and Luhn-check
    parts = [k.groups[g] for g in sorted(k.groups) if k.groups[g][0] == "CARD_NUMBER"]
    if parts and all(p[2] == "part" for p in parts):
        pass
    return ok


def check_split_values(cases):
    """For cases whose card/SSN/NI values are only given in parts, rebuild the full value."""
    ok = True
    for k in cases:
        for vtype, fn, validator in (
                ("CARD_NUMBER", norm_digits, lambda v: 13 <= len(v) <= 19 and luhn_ok(v)),
                ("SSN", norm_digits, lambda v: len(v) == 9),
                ("NI_NUMBER", lambda x: norm_tokens(x, True), lambda v: bool(NI_RE.match(v)))):
            gs = [g for g in sorted(k.groups) if k.groups[g][0] == vtype]
            if not gs or any(k.groups[g][2] == "full" for g in gs):
                continue
            # a contiguous run of customer-turn parts must make up the full value
            vals = []
            for g in gs:
                sp = k.spans[k.groups[g][3][0]]
                if k.turns[sp["turn"]]["speaker"] == "customer":
                    vals.append(fn(k.turns[sp["turn"]]["text"][sp["start"]:sp["end"]]))
            val = ""
            for a in range(len(vals)):
                val = ""
                for b in range(a, len(vals)):
                    val += vals[b]
                    if validator(val):
                        break
                if validator(val):
                    break
            if not validator(val):
                if vtype == "SSN" and len(val) == 4:
                    continue
                print("FAIL split", k.id, vtype, val)
                ok = False
    return ok


def counts(cases):
    c = {t: 0 for t in TYPES}
    for k in cases:
        for s in k.spans:
            c[s["type"]] += 1
    return c


def main():
    cases = build()
    text = serialise(cases)
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as fh:
            on_disk = fh.read()
        ok = on_disk == text
        if not ok:
            print("FAIL: cases.jsonl differs from regenerated output")
        ids = [k.id for k in cases]
        if len(ids) != len(set(ids)):
            print("FAIL: duplicate ids")
            ok = False
        for k in cases:
            ok = check_case(k) and ok
        ok = check_split_values(cases) and ok
        # re-check the on-disk file structure independently of the builder
        for line in on_disk.splitlines():
            d = json.loads(line)
            for s in d["spans"]:
                t = d["turns"][s["turn"]]["text"]
                assert 0 <= s["start"] < s["end"] <= len(t)
            for t in d["turns"]:
                assert t["speaker"] in ("customer", "agent")
        c = counts(cases)
        npos = sum(k.kind == "positive" for k in cases)
        nneg = len(cases) - npos
        print("positives", npos, "negatives", nneg)
        print(json.dumps(c))
        if npos < 200 or nneg < 100 or c["CARD_NUMBER"] < 70 or c["SSN"] < 30 or \
                c["NI_NUMBER"] < 30 or min(c.values()) < 10:
            print("FAIL: size requirements")
            ok = False
        print("OK" if ok else "CHECK FAILED")
        sys.exit(0 if ok else 1)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    c = counts(cases)
    print("wrote", OUT, len(cases), "cases")
    print(json.dumps(c))


if __name__ == "__main__":
    main()

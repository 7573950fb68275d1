#!/usr/bin/env python3
"""Generate the pii_holdout382 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who did not see the
redaction engine.  Standard library only; one RNG: random.Random(382241125).

Usage:
    python scripts/make_pii_holdout382.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout382.py --check  # regenerate + verify
"""
import json
import os
import re
import sys
import unicodedata
import random
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout382")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ----------------------------------------------------------------------------
# case builder: turns are built from plain segments and labelled segments
# ----------------------------------------------------------------------------


class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []      # list of [speaker, [text parts]]
        self.spans = []      # dicts
        self.groups = {}     # gid -> (type, [span idx], mode)
        self._g = 0

    def turn(self, speaker, *segs):
        """segs: str (plain) or tuple (text, type, gid)."""
        idx = len(self.turns)
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                val, typ, gid = s
                core = val.strip()
                lead = len(core) - len(core.lstrip("+(\u2116#-. "))
                text += core[:lead]
                core = core[lead:]
                start = len(text)
                text += core
                self.spans.append({"turn": idx, "start": start,
                                   "end": len(text), "type": typ})
                self.groups.setdefault(gid, (typ, [], "full"))[1].append(
                    len(self.spans) - 1)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def gid(self, typ, mode="full"):
        self._g += 1
        g = "g%d" % self._g
        self.groups[g] = (typ, [], mode)
        return g

    def c(self, *segs):
        return self.turn("customer", *segs)

    def a(self, *segs):
        return self.turn("agent", *segs)


def V(text, typ, gid):
    return (text, typ, gid)


# ----------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------

def luhn_ok(ds):
    tot = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(rng, brand=None):
    brands = [("4", 16), ("4", 16), ("51", 16), ("55", 16), ("2221", 16),
              ("34", 15), ("37", 15), ("6011", 16), ("4", 13), ("6759", 19),
              ("36", 14), ("4", 19)]
    prefix, n = brand or rng.choice(brands)
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(n - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def make_ssn(rng):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    iban = iban.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", iban):
        return False
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def make_iban(rng, country=None):
    country = country or rng.choice(["GB", "IE", "DE", "FR", "NL", "ES", "GB", "IE"])
    dg = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))
    if country in ("GB", "IE"):
        bank = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) if country == "GB" \
            else rng.choice(["AIBK", "BOFI", "IPBS"])
        bban = bank + dg(14)
    elif country == "DE":
        bban = dg(18)
    elif country == "FR":
        bban = dg(23)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    else:
        bban = dg(20)
    return country + iban_check(country, bban) + bban


def digits(rng, n, first_nonzero=False):
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randrange(1, 10)) + s[1:]
    return s


FIRST = ["james", "sarah", "mohammed", "aoife", "priya", "liam", "olga", "tomasz",
         "chloe", "darren", "nia", "kwame", "siobhan", "maria", "hannah", "raj",
         "beatriz", "connor", "emily", "yusuf"]
LAST = ["okafor", "murphy", "smith", "kowalski", "patel", "o'neill", "nguyen",
        "fitzgerald", "jones", "garcia", "brennan", "khan", "schmidt", "dubois",
        "walsh", "evans", "hughes", "rossi"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
           "btinternet.com", "eircom.net", "web.de", "orange.fr", "proton.me"]


def make_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST).replace("'", "")
    style = rng.randrange(5)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + "." + l
    elif style == 2:
        local = f + "_" + l + str(rng.randrange(70, 99))
    elif style == 3:
        local = l + f[0]
    else:
        local = f + l
    return local + "@" + rng.choice(DOMAINS)


UK_POSTCODES = ["SW1A 2AA", "M14 5RT", "B33 8TH", "CR2 6XH", "LS6 2DN", "EH3 9QG",
                "BS8 1TH", "NE1 7RU", "G12 8QQ", "CF10 3AT", "BT9 5EE", "L17 8XY",
                "EC1V 4PW", "N16 7UL", "SE15 4ST", "OX4 1JD", "NG7 2RD", "DN55 1PT",
                "W1T 3JL", "PL4 8AA", "CB2 1TN", "M20 2LS", "HU5 3BY", "E14 9GE"]
US_ZIPS = ["90210", "10027", "60614", "30309", "02139", "78704", "98103-4471",
           "33139", "80205-1123", "94110", "19104", "48201", "55408", "73301"]
UK_STREETS = ["Mill Lane", "Victoria Road", "Elm Grove", "Church Street", "Kingsway",
              "Hawthorn Close", "Station Road", "Albert Terrace", "Queens Drive",
              "Park View", "Cromwell Avenue", "Rosebank Crescent", "Old Kent Road"]
US_STREETS = ["Oak Avenue", "Maple Street", "Sunset Blvd", "Lincoln Ave", "Elm St",
              "Pine Ridge Road", "W 42nd Street", "Cedar Lane", "Lakeshore Dr"]
IE_STREETS = ["Griffith Avenue", "Main Street", "Castle Road", "Ashgrove Park",
              "Seafield Crescent"]
TOWNS_UK = ["Manchester", "Leeds", "Bristol", "Cardiff", "Belfast", "Glasgow",
            "Croydon", "Nottingham", "Hull", "Oxford"]
TOWNS_US = ["Chicago", "Austin", "Seattle", "Atlanta", "Detroit", "Denver"]
TOWNS_IE = ["Dublin 9", "Cork", "Galway", "Limerick"]

MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]

# ----------------------------------------------------------------------------
# spoken-form rendering
# ----------------------------------------------------------------------------
UNITW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENSW = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty",
         7: "seventy", 8: "eighty", 9: "ninety"}
ORDW = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
        7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
        12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
        16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
        20: "twentieth", 30: "thirtieth"}
NATO = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
        "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa",
        "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey",
        "x-ray", "yankee", "zulu"]
CASUAL = {"b": "bravo", "s": "sugar", "m": "mother", "p": "peter", "d": "david",
          "t": "tommy", "n": "nancy", "f": "freddie", "c": "charlie", "a": "apple"}


def ordinal(n):
    if n in ORDW:
        return ORDW[n]
    return TENSW[n // 10] + " " + ORDW[n % 10]


def num2words(n):
    """0..99 as words."""
    if n < 10:
        return UNITW[n]
    if n < 20:
        return TEENW[n - 10]
    if n % 10 == 0:
        return TENSW[n // 10]
    return TENSW[n // 10] + " " + UNITW[n % 10]


def say_digit_run(ds, rng, zero="oh", doubles=True):
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        w = zero if d == "0" else UNITW[int(d)]
        if doubles and i + 2 < len(ds) and ds[i + 1] == d and ds[i + 2] == d and rng.random() < 0.7:
            out.append("triple " + w)
            i += 3
        elif doubles and i + 1 < len(ds) and ds[i + 1] == d and rng.random() < 0.7:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def say_chunk(ch, rng, zero="oh", allow_pairs=True):
    """Render a chunk of digits the way a caller might."""
    if allow_pairs and len(ch) == 2 and ch[0] != "0" and (ch[1] != "0" or ch[0] == "1") \
            and rng.random() < 0.6:
        return num2words(int(ch))
    if allow_pairs and len(ch) == 4 and ch[0] != "0" and ch[2] != "0" \
            and (ch[1] != "0" or ch[0] == "1") and (ch[3] != "0" or ch[2] == "1") \
            and rng.random() < 0.5:
        return num2words(int(ch[:2])) + " " + num2words(int(ch[2:]))
    if allow_pairs and len(ch) == 3 and ch[0] != "0" and rng.random() < 0.35:
        rest = int(ch[1:])
        s = UNITW[int(ch[0])] + " hundred"
        if rest:
            s += " and " + num2words(rest)
        return s
    return say_digit_run(ch, rng, zero)


def chunks(ds, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(ds[i:i + s])
        i += s
    if i < len(ds):
        out.append(ds[i:])
    return [c for c in out if c]


def card_groups(n):
    return {13: [4, 4, 5], 14: [4, 6, 4], 15: [4, 6, 5], 16: [4, 4, 4, 4],
            19: [4, 4, 4, 4, 3]}[n]


FILL = ["um", "uh", "er", "erm"]


def say_number(ds, rng, sizes, zero=None, fillers=0.0, allow_pairs=True, sep=None):
    zero = zero or rng.choice(["oh", "zero", "nought", "o", "oh"])
    parts = [say_chunk(c, rng, zero, allow_pairs) for c in chunks(ds, sizes)]
    out = parts[0]
    for p in parts[1:]:
        s = sep if sep is not None else rng.choice([" ", ", ", " ", "... "])
        if rng.random() < fillers:
            s = rng.choice([" ", ", "]) + rng.choice(FILL) + rng.choice([" ", ", "])
        out += s + p
    return out


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def typed_card(ds, rng, style=None):
    n = len(ds)
    g = card_groups(n)
    style = style if style is not None else rng.randrange(9)
    cs = chunks(ds, g)
    if style == 0:
        return " ".join(cs)
    if style == 1:
        return "-".join(cs)
    if style == 2:
        return ds
    if style == 3:
        return "\u2013".join(cs)        # en dash
    if style == 4:
        return ".".join(cs)
    if style == 5:
        return " ".join(cs).translate(FW)
    if style == 6:                       # odd grouping
        return " ".join(chunks(ds, [6, 4, 3, 3, 3]))
    if style == 7:
        return "  ".join(cs)
    return "/".join(chunks(ds, [8, 8, 8]))


# ----------------------------------------------------------------------------
# normalisation + validation (used by --check)
# ----------------------------------------------------------------------------
UNIT_MAP = {w: str(i) for i, w in enumerate(UNITW)}
UNIT_MAP.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
TEEN_MAP = {w: str(10 + i) for i, w in enumerate(TEENW)}
TENS_MAP = {w: str(k) for k, w in TENSW.items()}
FILLER_WORDS = {"um", "uh", "er", "erm", "hmm", "ah", "sorry", "hang", "on",
                "plus", "is", "it", "then", "yeah", "and", "the", "dog", "s",
                "barking", "wait", "let", "me", "check", "that", "was"}


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def words_to_digits(text):
    toks = re.findall(r"[a-z]+|\d+", nfkc(text).lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nxt in UNIT_MAP:
            out.append(UNIT_MAP[nxt] * (2 if t == "double" else 3))
            i += 1
        elif t in UNIT_MAP and nxt == "hundred":
            s = UNIT_MAP[t]
            i += 1
            if i + 2 < len(toks) + 1 and i + 1 < len(toks) and toks[i + 1] == "and":
                i += 2
                r = toks[i]
                if r in TEEN_MAP:
                    s += TEEN_MAP[r]
                elif r in TENS_MAP:
                    if i + 1 < len(toks) and toks[i + 1] in UNIT_MAP and toks[i + 1] not in ("oh", "o", "zero", "nought"):
                        s += TENS_MAP[r] + UNIT_MAP[toks[i + 1]]
                        i += 1
                    else:
                        s += TENS_MAP[r] + "0"
                else:
                    s += "0" + UNIT_MAP[r]
            else:
                s += "00"
            out.append(s)
        elif t in UNIT_MAP:
            out.append(UNIT_MAP[t])
        elif t in TEEN_MAP:
            out.append(TEEN_MAP[t])
        elif t in TENS_MAP:
            if nxt in UNIT_MAP and nxt not in ("oh", "o", "zero", "nought"):
                out.append(TENS_MAP[t] + UNIT_MAP[nxt])
                i += 1
            else:
                out.append(TENS_MAP[t] + "0")
        elif t in FILLER_WORDS:
            pass
        else:
            out.append("?" + t)
        i += 1
    return out


def digits_only(text):
    toks = words_to_digits(text)
    bad = [t for t in toks if t.startswith("?")]
    return "".join(t for t in toks if not t.startswith("?")), bad


NATO_MAP = {w.replace("-", ""): w[0] for w in NATO}
NATO_MAP.update({"juliett": "j", "whisky": "w", "xray": "x"})


def alnum_norm(text):
    """Letters+digits (for NI, postcode, IBAN): handles 'j for juliet', NATO."""
    low = nfkc(text).lower().replace("x-ray", "xray")
    ms = list(re.finditer(r"[a-z]+|\d+", low))
    toks = [m.group(0) for m in ms]
    glued = set(i for i in range(len(ms) - 1) if ms[i].end() == ms[i + 1].start())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if len(t) == 1 and t.isalpha() and i + 2 < len(toks) + 0 and toks[i + 1] == "for":
            out.append(t)
            i += 3
            continue
        if len(t) == 1 and t.isalpha() and i + 3 < len(toks) + 0 and toks[i + 1] == "as" and toks[i + 2] == "in":
            out.append(t)
            i += 4
            continue
        if t in NATO_MAP:
            out.append(NATO_MAP[t])
        elif t in ("double", "triple") and i + 1 < len(toks):
            nx = toks[i + 1]
            v = UNIT_MAP.get(nx, nx if len(nx) == 1 else None)
            if v is None:
                return None
            out.append(v * (2 if t == "double" else 3))
            i += 1
        elif t in UNIT_MAP and t != "o":
            out.append(UNIT_MAP[t])
        elif t in TEEN_MAP:
            out.append(TEEN_MAP[t])
        elif t in TENS_MAP:
            nx = toks[i + 1] if i + 1 < len(toks) else None
            if nx in UNIT_MAP and nx not in ("oh", "o", "zero", "nought"):
                out.append(TENS_MAP[t] + UNIT_MAP[nx])
                i += 1
            else:
                out.append(TENS_MAP[t] + "0")
        elif t.isdigit() or len(t) == 1:
            out.append(t)
        elif t in ("um", "uh", "er", "erm", "space", "then") and i not in glued:
            pass
        elif re.fullmatch(r"[a-z]{2,6}\d*|\d+[a-z]{1,3}", t):
            out.append(t)   # typed run like 'qq' / 'sw1a'
        else:
            return None
        i += 1
    return "".join(out).upper()


MONTH_MAP = {}
for _i, _m in enumerate(MONTHS):
    MONTH_MAP[_m] = _i + 1
    MONTH_MAP[_m[:3]] = _i + 1
MONTH_MAP["sept"] = 9
ORD_MAP = {w: k for k, w in ORDW.items()}


def date_items(text):
    toks = re.findall(r"[a-z]+|\d+", nfkc(text).lower())
    items = []
    run = []

    def flush():
        if run:
            items.append(("n", "".join(run)))
            run.clear()
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in MONTH_MAP:
            flush()
            items.append(("m", MONTH_MAP[t]))
        elif t in TENS_MAP and nxt in ORD_MAP:
            flush()
            items.append(("n", str(int(TENS_MAP[t]) * 10 + ORD_MAP[nxt])))
            i += 1
        elif t in ORD_MAP:
            flush()
            items.append(("n", str(ORD_MAP[t])))
        elif t.isdigit():
            flush()
            m = re.fullmatch(r"(\d+)", t)
            items.append(("n", m.group(1)))
        elif t in ("st", "nd", "rd", "th", "of", "the", "um", "uh", "er", "erm",
                   "end", "born", "on", "slash"):
            flush()
        else:
            if t in TENS_MAP and nxt in UNIT_MAP and nxt not in ("oh", "o", "zero", "nought"):
                run.append(TENS_MAP[t] + UNIT_MAP[nxt])
                i += 1
            else:
                sub = words_to_digits(t)
                if any(x.startswith("?") for x in sub):
                    return None
                run.append("".join(sub))
        i += 1
    flush()
    return items


def valid_date(text, kind):
    items = date_items(text)
    if not items:
        return False
    months = [v for k, v in items if k == "m"]
    nums = [v for k, v in items if k == "n"]
    if months:
        if kind == "DOB":
            return len(nums) == 2 and 1 <= int(nums[0]) <= 31 and len(nums[1]) in (2, 4)
        return len(nums) == 1 and len(nums[0]) in (2, 4)
    if len(nums) == 1:
        s = nums[0]
        if kind == "EXPIRY":
            return len(s) in (4, 6) and 1 <= int(s[:2]) <= 12
        if len(s) in (6, 8):
            a, b = int(s[:2]), int(s[2:4])
            return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
        return False
    if kind == "EXPIRY":
        return len(nums) == 2 and 1 <= int(nums[0]) <= 12 and len(nums[1]) in (2, 4)
    if len(nums) == 3:
        a, b, y = int(nums[0]), int(nums[1]), nums[2]
        return len(y) in (2, 4) and ((1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31))
    return False


UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_WORDS = ("lane", "road", "grove", "street", "kingsway", "close", "terrace",
                "drive", "view", "avenue", "crescent", "blvd", "ave", "st", "dr",
                "park", "rd")


def valid_email(text):
    s = nfkc(text).lower()
    s = re.sub(r"\s*[\(\[]\s*at\s*[\)\]]\s*", "@", s)
    s = re.sub(r"\s*[\(\[]\s*dot\s*[\)\]]\s*", ".", s)
    s = re.sub(r"\s+at\s+", "@", s)
    s = re.sub(r"\s+dot\s+", ".", s)
    s = re.sub(r"\s*underscore\s*", "_", s)
    s = re.sub(r"\s*(hyphen|dash)\s*", "-", s)
    s = re.sub(r"\s+", "", s)
    return re.fullmatch(r"[a-z0-9._%+'-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", s) is not None


def validate(typ, text, mode):
    """Validate the joined text of one labelled value."""
    if typ == "EMAIL":
        return valid_email(text)
    if typ in ("DOB", "EXPIRY"):
        return valid_date(text, typ)
    if typ == "ADDRESS":
        low = nfkc(text).lower()
        return bool(re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred", low)) \
            and any(re.search(r"\b%s\b" % w, low) for w in STREET_WORDS)
    if typ in ("NI_NUMBER", "POSTCODE", "IBAN"):
        s = alnum_norm(text)
        if s is None:
            return False
        if typ == "NI_NUMBER":
            return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s) is not None \
                and s[:2] not in NI_BAD
        if typ == "POSTCODE":
            return UK_PC.fullmatch(s) is not None or re.fullmatch(r"\d{5}(\d{4})?", s) is not None
        return iban_ok(s)
    ds, bad = digits_only(text)
    if bad:
        return False
    if mode == "fragment":
        return 2 <= len(ds) <= 12
    if typ == "CARD_NUMBER":
        return 13 <= len(ds) <= 19 and luhn_ok(ds)
    if typ == "SSN":
        return len(ds) == 9 and ds[:3] not in ("000", "666") and ds[0] != "9"
    if typ == "SORT_CODE":
        return len(ds) == 6
    if typ == "CVV":
        return len(ds) in (3, 4)
    if typ == "BANK_ACCOUNT":
        return 6 <= len(ds) <= 17
    if typ == "PHONE":
        return 10 <= len(ds) <= 13
    return False


# ----------------------------------------------------------------------------
# positive scenario templates
# ----------------------------------------------------------------------------
INDUSTRIES = ["bank", "telecom", "energy supplier", "retailer", "insurer",
              "airline", "hospital billing office", "council tax office",
              "water company", "broadband provider"]
BACK = ["mhm", "go on", "yep", "ok", "right", "uh huh", "yes", "and then?",
        "got that", "okay go ahead"]


def pick(rng, xs):
    return rng.choice(xs)


def fmt_expiry_typed(rng, m, y):
    return pick(rng, ["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y),
                      "%02d-%02d" % (m, y % 100), "%d/%02d" % (m, y % 100),
                      "%02d.%d" % (m, y), "%s %d" % (MONTHS[m - 1][:3].title(), y),
                      "%02d／%02d" % (m, y % 100)])


def say_year(y):
    if 2000 <= y < 2010:
        return "two thousand and " + UNITW[y - 2000]
    return num2words(y // 100) + " " + (("oh " + UNITW[y % 100]) if y % 100 < 10 else num2words(y % 100))


def fmt_expiry_spoken(rng, m, y):
    r = rng.randrange(4)
    if r == 0:
        return say_digit_run("%02d" % m, rng, "oh", False) + " " + num2words(y % 100)
    if r == 1:
        return MONTHS[m - 1] + " " + say_year(y)
    if r == 2:
        return say_digit_run("%02d" % m, rng, "zero", False) + " slash " + num2words(y % 100)
    return MONTHS[m - 1] + " " + num2words(y % 100)


def fmt_dob_typed(rng, d, m, y):
    return pick(rng, ["%02d/%02d/%d" % (d, m, y), "%02d-%02d-%d" % (m, d, y),
                      "%02d.%02d.%02d" % (d, m, y % 100), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                      "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%d/%d/%d" % (d, m, y),
                      "%dth %s %d" % (d, MONTHS[m - 1][:3], y) if d in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 24, 25, 26, 27, 28) else "%02d/%02d/%d" % (d, m, y),
                      ("%02d/%02d/%d" % (d, m, y)).translate(FW)])


def fmt_dob_spoken(rng, d, m, y):
    r = rng.randrange(4)
    if r == 0:
        return "the " + ordinal(d) + " of " + MONTHS[m - 1] + " " + say_year(y)
    if r == 1:
        return MONTHS[m - 1] + " " + ordinal(d) + " " + say_year(y)
    if r == 2:
        return ordinal(d) + " " + MONTHS[m - 1] + " um " + say_year(y)
    z = pick(rng, ["oh", "zero"])
    return say_digit_run("%02d" % d, rng, z, False) + " " + say_digit_run("%02d" % m, rng, z, False) + " " + num2words(y % 100) if y % 100 >= 10 else \
        "the " + ordinal(d) + " of " + MONTHS[m - 1] + " " + say_year(y)


def rand_date(rng, y0=1940, y1=2004):
    return rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(y0, y1)


def uk_mobile(rng):
    return "07" + digits(rng, 9)


def fmt_phone_typed(rng):
    r = rng.randrange(8)
    if r == 0:
        n = uk_mobile(rng)
        return n[:5] + " " + n[5:]
    if r == 1:
        n = digits(rng, 9)
        return "+44 7" + n[:3] + " " + n[3:]
    if r == 2:
        return "(%s) %s-%s" % (digits(rng, 3, True), digits(rng, 3, True), digits(rng, 4))
    if r == 3:
        return "+1 %s.%s.%s" % (digits(rng, 3, True), digits(rng, 3), digits(rng, 4))
    if r == 4:
        return "+353 8%s %s %s" % (rng.choice("3567"), digits(rng, 3), digits(rng, 4))
    if r == 5:
        return "020 7%s %s" % (digits(rng, 3), digits(rng, 4))
    if r == 6:
        return "+49 151 %s %s" % (digits(rng, 4), digits(rng, 4))
    return ("0" + "7" + digits(rng, 9)).translate(FW)


def phone_spoken(rng):
    r = rng.randrange(3)
    if r == 0:
        n = uk_mobile(rng)
        return say_number(n, rng, [5, 3, 3], zero=pick(rng, ["oh", "o", "zero"]), fillers=0.3)
    if r == 1:
        n = digits(rng, 9)
        return "plus four four, seven " + say_number(n[1:], rng, [4, 4], fillers=0.2)
    return "plus three five three, eight " + say_number(digits(rng, 8), rng, [1, 3, 4], fillers=0.2)


def address_pair(rng, spoken=False):
    c = rng.randrange(3)
    if c == 0:
        num = rng.randrange(1, 180)
        street = pick(rng, UK_STREETS)
        flat = rng.random() < 0.35
        if spoken:
            a = ("flat " + num2words(rng.randrange(1, 20)) + ", " if flat else "") + \
                (num2words(num) if num < 100 else say_chunk(str(num), rng)) + " " + street.lower()
        else:
            a = ("Flat %d, " % rng.randrange(1, 20) if flat else "") + "%d %s" % (num, street)
        return a, pick(rng, TOWNS_UK), pick(rng, UK_POSTCODES)
    if c == 1:
        num = rng.randrange(100, 9999)
        street = pick(rng, US_STREETS)
        a = "%d %s" % (num, street) + (" Apt %d%s" % (rng.randrange(1, 30), rng.choice("ABC")) if rng.random() < 0.3 else "")
        if spoken:
            a = say_number(str(num), rng, [2, 2], allow_pairs=True) + " " + street.lower()
        return a, pick(rng, TOWNS_US), pick(rng, US_ZIPS)
    num = rng.randrange(1, 90)
    a = ("%d %s" % (num, pick(rng, IE_STREETS))) if not spoken else num2words(num) + " " + pick(rng, IE_STREETS).lower()
    return a, pick(rng, TOWNS_IE), None


def pc_spoken(rng, pc):
    out = []
    for ch in pc.replace(" ", "  "):
        if ch == " ":
            out.append(",")
        elif ch.isdigit():
            out.append(UNITW[int(ch)] if ch != "0" else pick(rng, ["zero", "nought", "oh"]))
        else:
            low = ch.lower()
            r = rng.random()
            if r < 0.3:
                out.append(low + " for " + NATO[ord(low) - 97])
            elif r < 0.4 and low in CASUAL:
                out.append(low + " for " + CASUAL[low])
            else:
                out.append(low)
    s = " ".join(out)
    return re.sub(r" ,( ,)?", ",", s)


# ---- card scenarios ---------------------------------------------------------

def s_card_chat(rng, n):
    c = Case("positive", "web chat: card typed in odd format, expiry and CVV in one message")
    card = make_card(rng)
    g, ge, gv = c.gid("CARD_NUMBER"), c.gid("EXPIRY"), c.gid("CVV")
    m, y = rng.randrange(1, 13), rng.randrange(2025, 2032)
    cvv = digits(rng, 4 if len(card) == 15 else 3)
    ind = pick(rng, INDUSTRIES)
    c.a("Hi, you're chatting with %s from the %s payments team. How can I help?" % (pick(rng, ["Dani", "Marcus", "Aisha", "Tom"]), ind))
    lead = pick(rng, ["card no: ", "Card number - ", "its ", "CARD#", "card: ", "pls use ", "ok the long number is "])
    tail = pick(rng, [" exp ", " expiry ", " , exp. date ", " valid thru ", " / "])
    c.c("%s" % pick(rng, ["hiya ", "", "Hello. ", "hi i want to pay my bill. "]), lead,
        V(typed_card(card, rng), "CARD_NUMBER", g), tail,
        V(fmt_expiry_typed(rng, m, y), "EXPIRY", ge), pick(rng, [" cvv ", " sec code ", " CVC:", " (security code ", " code on back "]),
        V(cvv if rng.random() < 0.8 else cvv.translate(FW), "CVV", gv),
        pick(rng, ["", ")", " thanks", " ta", " - amount is \u00a3%d.%02d" % (rng.randrange(20, 400), rng.randrange(100))]))
    c.a("Thanks, payment of \u00a3%d.%02d has gone through. Reference %s." % (rng.randrange(10, 300), rng.randrange(100), digits(rng, 8)))
    return c


def s_card_asr_split(rng, n):
    c = Case("positive", "call ASR: card read in chunks across turns with back-channels, agent read-back")
    card = make_card(rng)
    g = c.gid("CARD_NUMBER")
    ch = chunks(card, card_groups(len(card)))
    zero = pick(rng, ["oh", "zero", "nought", "o"])
    c.a(pick(rng, ["can i take the long number on the front of the card please",
                   "okay so whenever you're ready the sixteen digits on the card",
                   "and what's the card number"]))
    first = True
    for i, part in enumerate(ch):
        said = say_chunk(part, rng, zero)
        if first:
            c.c(pick(rng, ["yeah it's ", "right so ", "ok um ", ""]), V(said, "CARD_NUMBER", g))
            first = False
        elif rng.random() < 0.3:
            c.c(pick(rng, ["uh ", "then ", "okay ", "next bit "]), V(said, "CARD_NUMBER", g))
        else:
            c.c(V(said, "CARD_NUMBER", g))
        if i < len(ch) - 1:
            c.a(pick(rng, BACK))
    if rng.random() < 0.7:
        g2 = c.gid("CARD_NUMBER")
        c.a("so that's ", V(say_number(card, rng, card_groups(len(card)), zero="zero", allow_pairs=False, sep=", "), "CARD_NUMBER", g2), " yeah")
        c.c(pick(rng, ["yep", "that's it", "correct"]))
    else:
        c.a("lovely and the card ending ", V(say_digit_run(card[-4:], rng, "zero", False), "CARD_NUMBER", c.gid("CARD_NUMBER", "fragment")), " is that a visa debit")
    return c


def s_card_asr_messy(rng, n):
    c = Case("positive", "call ASR: card with fillers, restart and an aside mid-reading; expiry spoken")
    card = make_card(rng, ("4", 16) if rng.random() < 0.5 else ("5", 16))
    if not card:
        card = make_card(rng)
    g = c.gid("CARD_NUMBER")
    gf = c.gid("CARD_NUMBER", "fragment")
    ge = c.gid("EXPIRY")
    gs = card_groups(len(card))
    frag = say_number(card[:6], rng, [4, 2], allow_pairs=False)
    half = sum(gs[:2])
    p1 = say_number(card[:half], rng, gs[:2], fillers=0.5)
    p2 = say_number(card[half:], rng, gs[2:], fillers=0.5)
    c.a("%s, what's the card you'd like to use today" % pick(rng, ["thanks for holding", "right", "okay that's all verified"]))
    c.c("it's ", V(frag, "CARD_NUMBER", gf), " no wait sorry that's my old one hang on, right, ",
        V(p1, "CARD_NUMBER", g), pick(rng, [" sorry the kids are screaming ", " hold on let me get my glasses ", " one sec, ", " what was i on, "]),
        V(p2, "CARD_NUMBER", g))
    m, y = rng.randrange(1, 13), rng.randrange(2025, 2031)
    c.a("thank you and the expiry")
    c.c(pick(rng, ["it says ", "", "uh "]), V(fmt_expiry_spoken(rng, m, y), "EXPIRY", ge))
    return c


def s_card_email_quoted(rng, n):
    c = Case("positive", "e-mail thread with quoted history: card and expiry appear in reply and in quoted text")
    card = make_card(rng)
    g1, g2 = c.gid("CARD_NUMBER"), c.gid("CARD_NUMBER")
    e1, e2 = c.gid("EXPIRY"), c.gid("EXPIRY")
    m, y = rng.randrange(1, 13), rng.randrange(2025, 2031)
    t1 = typed_card(card, rng)
    ex = fmt_expiry_typed(rng, m, y)
    name = pick(rng, FIRST).title()
    c.c("Hi,\n\nSorry I typed it wrong before, correct card is ", V(t1, "CARD_NUMBER", g1),
        " (exp ", V(ex, "EXPIRY", e1), ").\n\nRegards,\n%s\n\n" % name,
        "On %d %s 2025, Billing Team <billing@example-%s.com> wrote:\n> Please confirm the card for order #%s\n> \n>> card: " % (
            rng.randrange(1, 28), pick(rng, MONTHS)[:3].title(), pick(rng, ["energy", "telco", "shop"]), digits(rng, 9)),
        V(t1, "CARD_NUMBER", g2), "\n>> expiry ", V(ex, "EXPIRY", e2))
    c.a("Hi %s, thanks - we have updated the card on invoice INV-%s. Total due \u00a3%d.%02d." % (name, digits(rng, 7), rng.randrange(30, 900), rng.randrange(100)))
    return c


def s_card_sms(rng, n):
    c = Case("positive", "SMS/short text: card with unicode or full-width digits, CVV in next text")
    card = make_card(rng)
    g, gv = c.gid("CARD_NUMBER"), c.gid("CVV")
    c.a("Reply with the card you want to use for your top-up (msg 1/2)")
    c.c(pick(rng, ["", "ok ", "K "]), V(typed_card(card, rng, rng.choice([2, 3, 5, 6, 8])), "CARD_NUMBER", g))
    c.c(pick(rng, ["cvv ", "cvc-", "3 digit is ", "sec "]), V(digits(rng, 4 if len(card) == 15 else 3), "CVV", gv))
    c.a("Thanks. \u00a3%d top-up applied, card ending " % pick(rng, [10, 15, 20, 30]), V(card[-4:], "CARD_NUMBER", c.gid("CARD_NUMBER", "fragment")), ".")
    return c


def s_card_form(rng, n):
    c = Case("positive", "payment form pasted into chat")
    card = make_card(rng)
    g, ge, gv = c.gid("CARD_NUMBER"), c.gid("EXPIRY"), c.gid("CVV")
    m, y = rng.randrange(1, 13), rng.randrange(2025, 2031)
    c.c("copying from the form:\n", "Cardholder: %s %s\n" % (pick(rng, FIRST).title(), pick(rng, LAST).title()),
        pick(rng, ["PAN: ", "Card No.: ", "card_number=", "Number on card | "]), V(typed_card(card, rng), "CARD_NUMBER", g),
        "\nExp (MM/YY): ", V(fmt_expiry_typed(rng, m, y), "EXPIRY", ge),
        "\nCVV2: ", V(digits(rng, 3 if len(card) != 15 else 4), "CVV", gv),
        "\nAmount: %s%d.%02d" % (pick(rng, ["\u00a3", "$", "\u20ac"]), rng.randrange(5, 2000), rng.randrange(100)))
    c.a("Thanks, please don't paste card details into chat in future - I've processed it now.")
    return c


def s_card_agent_readback_typo(rng, n):
    c = Case("positive", "call ASR: caller reads card with pairs/hundreds, agent reads back digit by digit, CVV")
    card = make_card(rng)
    g, g2, gv = c.gid("CARD_NUMBER"), c.gid("CARD_NUMBER"), c.gid("CVV")
    c.a("%s travel bookings, and the card number please" % pick(rng, ["sunway", "eurojet", "atlantic"]))
    c.c(pick(rng, ["yeah ", "uh ", "okay "]), V(say_number(card, rng, [4, 3, 3, 3, 3], fillers=0.3), "CARD_NUMBER", g))
    c.a("let me just read that back, ", V(say_number(card, rng, card_groups(len(card)), zero="zero", allow_pairs=False, sep=" "), "CARD_NUMBER", g2), ", and the three digits on the back")
    c.c(V(say_digit_run(digits(rng, 3), rng, "oh"), "CVV", gv))
    c.a("thanks, that's %d pounds %d for the flight on the %s" % (rng.randrange(80, 900), rng.randrange(1, 99), ordinal(rng.randrange(1, 29))))
    return c


# ---- SSN ---------------------------------------------------------------------

def s_ssn_typed(rng, n):
    c = Case("positive", "US chat/e-mail: SSN typed in a variety of formats")
    ssn = make_ssn(rng)
    g = c.gid("SSN")
    f = rng.randrange(7)
    t = [ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], ssn[:3] + " " + ssn[3:5] + " " + ssn[5:], ssn,
         ssn[:3] + "." + ssn[3:5] + "." + ssn[5:], (ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:]).translate(FW),
         ssn[:3] + "\u2011" + ssn[3:5] + "\u2011" + ssn[5:], ssn[:3] + "/" + ssn[3:5] + "/" + ssn[5:]][f]
    ind = pick(rng, ["health plan", "tax preparation", "auto insurance", "benefits office", "credit union"])
    c.a("Welcome to the %s secure chat. To verify you, please provide your Social Security number." % ind)
    c.c(pick(rng, ["SSN: ", "ssn is ", "Social sec # ", "soc sec no. ", "my ss# ", "SSN-"]), V(t, "SSN", g),
        pick(rng, ["", " thx", ". my claim is CLM-%s" % digits(rng, 9), " and the bill was $%d.%02d" % (rng.randrange(50, 3000), rng.randrange(100))]))
    c.a("Thank you, you're verified.")
    return c


def s_ssn_asr(rng, n):
    c = Case("positive", "US call ASR: SSN spoken in 3-2-4 with fillers, split turns, read-back")
    ssn = make_ssn(rng)
    g = c.gid("SSN")
    c.a("and for security can i get your social")
    mode = rng.randrange(3)
    if mode == 0:
        c.c("sure it's ", V(say_number(ssn, rng, [3, 2, 4], fillers=0.5), "SSN", g))
    elif mode == 1:
        c.c("ok ", V(say_chunk(ssn[:3], rng), "SSN", g))
        c.a(pick(rng, BACK))
        c.c(V(say_chunk(ssn[3:5], rng), "SSN", g))
        c.a(pick(rng, BACK))
        c.c(V(say_number(ssn[5:], rng, [2, 2]), "SSN", g))
    else:
        c.c("the last, no, the whole thing? ok ", V(say_number(ssn, rng, [3, 2, 4], fillers=0.3), "SSN", g))
    if rng.random() < 0.6:
        g2 = c.gid("SSN")
        c.a("that's ", V(say_number(ssn, rng, [3, 2, 4], zero="zero", allow_pairs=False, sep=", "), "SSN", g2), " correct?")
        c.c("yes ma'am")
    c.a("thank you your deductible balance is %s dollars" % say_chunk(str(rng.randrange(100, 999)), rng))
    return c


def s_ssn_form(rng, n):
    c = Case("positive", "form pasted into chat: SSN, DOB, ZIP, address, phone")
    ssn = make_ssn(rng)
    gs, gd, ga, gz, gp = c.gid("SSN"), c.gid("DOB"), c.gid("ADDRESS"), c.gid("POSTCODE"), c.gid("PHONE")
    d, m, y = rand_date(rng)
    num = rng.randrange(100, 9999)
    street = pick(rng, US_STREETS)
    c.c("here's what i put on the application\n---\nNAME: %s %s\n" % (pick(rng, FIRST).upper(), pick(rng, LAST).upper()),
        "SSN/TIN: ", V("%s-%s-%s" % (ssn[:3], ssn[3:5], ssn[5:]) if rng.random() < 0.6 else ssn, "SSN", gs),
        "\nD.O.B: ", V("%02d/%02d/%d" % (m, d, y), "DOB", gd),
        "\nStreet: ", V("%d %s" % (num, street), "ADDRESS", ga), "\nCity: %s  State: %s  ZIP: " % (pick(rng, TOWNS_US), pick(rng, ["IL", "TX", "WA", "GA"])),
        V(pick(rng, US_ZIPS), "POSTCODE", gz),
        "\nPhone: ", V("(%s) %s-%s" % (digits(rng, 3, True), digits(rng, 3, True), digits(rng, 4)), "PHONE", gp), "\n---")
    c.a("Got it, thanks. Your application ID is APP-%s." % digits(rng, 10))
    return c


# ---- NI ----------------------------------------------------------------------

def ni_typed(rng, ni):
    f = rng.randrange(8)
    return [ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
            "%s-%s-%s" % (ni[:2], ni[2:8], ni[8]), ni[:2].lower() + " " + ni[2:8] + " " + ni[8],
            ni[:2] + ni[2:8].translate(FW) + ni[8], "%s %s %s" % (ni[:2], ni[2:8], ni[8].lower()),
            ni[:2].title() + ni[2:]][f]


def ni_spoken(rng, ni):
    out = []
    for i, ch in enumerate(ni):
        if ch.isalpha():
            low = ch.lower()
            r = rng.random()
            if r < 0.4:
                out.append(low + " for " + NATO[ord(low) - 97])
            elif r < 0.5:
                out.append(low + " as in " + NATO[ord(low) - 97])
            else:
                out.append(low)
    letters = out
    dpart = say_number(ni[2:8], rng, [2, 2, 2], zero=pick(rng, ["oh", "zero", "nought"]), fillers=0.3)
    return letters[0] + " " + letters[1], dpart, letters[2]


def s_ni_typed(rng, n):
    c = Case("positive", "UK chat/SMS: NI number typed in odd case/grouping")
    ni = make_ni(rng)
    g = c.gid("NI_NUMBER")
    svc = pick(rng, ["HMRC helpline chat", "Jobcentre online", "pension provider", "payroll bureau", "student finance"])
    c.a("You're through to the %s. What's your National Insurance number?" % svc)
    c.c(pick(rng, ["NI no: ", "ni number ", "NINO - ", "Nat Ins: ", "its ", "N.I. "]), V(ni_typed(rng, ni), "NI_NUMBER", g),
        pick(rng, ["", " cheers", ", tax code 1257L", ", started the job on %d/%d/2025" % (rng.randrange(1, 28), rng.randrange(1, 13))]))
    c.a("Thanks, I can see your record.")
    return c


def s_ni_asr(rng, n):
    c = Case("positive", "UK call ASR: NI number spelled with NATO, split across turns, read-back")
    ni = make_ni(rng)
    g = c.gid("NI_NUMBER")
    l2, dp, l1 = ni_spoken(rng, ni)
    c.a("can i take your national insurance number please")
    if rng.random() < 0.5:
        c.c("yeah it's ", V(l2, "NI_NUMBER", g))
        c.a(pick(rng, BACK))
        c.c(V(dp, "NI_NUMBER", g))
        c.a(pick(rng, BACK))
        c.c("and then ", V(l1, "NI_NUMBER", g), " at the end")
    else:
        c.c(pick(rng, ["right ", "um ", ""]), V(l2 + ", " + dp + ", " + l1, "NI_NUMBER", g))
    if rng.random() < 0.6:
        g2 = c.gid("NI_NUMBER")
        c.a("so ", V(" ".join(ch.lower() if ch.isalpha() else UNITW[int(ch)] for ch in ni), "NI_NUMBER", g2), pick(rng, ["", " is that right"]))
        c.c("spot on")
    c.a("lovely, and you were paid %s pounds last month" % num2words(rng.randrange(20, 99)))
    return c


def s_ni_email(rng, n):
    c = Case("positive", "e-mail with quoted history: NI number, DOB and address")
    ni = make_ni(rng)
    g1, g2, gd, ga, gp = c.gid("NI_NUMBER"), c.gid("NI_NUMBER"), c.gid("DOB"), c.gid("ADDRESS"), c.gid("POSTCODE")
    d, m, y = rand_date(rng)
    addr, town, pc = address_pair(rng)
    while pc is None or not UK_PC.fullmatch(pc.replace(" ", "")):
        addr, town, pc = address_pair(rng)
    nit = ni_typed(rng, ni)
    c.c("Dear Sir/Madam,\n\nFurther to my call (ref %s), my NI is " % digits(rng, 11), V(nit, "NI_NUMBER", g1),
        " and DOB ", V(fmt_dob_typed(rng, d, m, y), "DOB", gd), ". New address: ", V(addr, "ADDRESS", ga),
        ", %s " % town, V(pc if rng.random() < 0.6 else pc.lower().replace(" ", ""), "POSTCODE", gp),
        ".\n\nThanks\n\n-----Original Message-----\nFrom: Customer Services\nSent: %d %s 2025 09:%02d\n> Please send your NINO (" % (rng.randrange(1, 28), pick(rng, MONTHS).title(), rng.randrange(60)),
        "e.g. QQ123456C) so we can update your record.\n> You wrote: my ni is ", V(nit, "NI_NUMBER", g2))
    c.a("Thank you, your address change will take effect within 5 working days.")
    return c


# ---- bank, sort code, IBAN --------------------------------------------------

def s_bank_chat(rng, n):
    c = Case("positive", "chat: UK account number + sort code in odd formats")
    acct = digits(rng, 8)
    sc = digits(rng, 6)
    ga, gs = c.gid("BANK_ACCOUNT"), c.gid("SORT_CODE")
    sct = pick(rng, ["%s-%s-%s", "%s %s %s", "%s.%s.%s", "%s\u2013%s\u2013%s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:])
    if rng.random() < 0.2:
        sct = sc
    at = acct if rng.random() < 0.7 else acct[:4] + " " + acct[4:]
    if rng.random() < 0.5:
        c.c(pick(rng, ["acct no: ", "A/C ", "account number ", "Acc#"]), V(at, "BANK_ACCOUNT", ga),
            pick(rng, [" s/c ", " sort code ", ", SC: ", " sortcode "]), V(sct, "SORT_CODE", gs))
    else:
        c.c(pick(rng, ["sort code ", "S/C - ", "sc "]), V(sct, "SORT_CODE", gs),
            pick(rng, [" and acc ", ", acct ", "\naccount no. "]), V(at, "BANK_ACCOUNT", ga),
            pick(rng, ["", " for the direct debit", " please refund the \u00a3%d.%02d" % (rng.randrange(5, 500), rng.randrange(100))]))
    c.a("Thanks, the direct debit will start on the %d%s." % (pick(rng, [1, 15, 28]), "st" if False else "th"))
    return c


def s_bank_asr(rng, n):
    c = Case("positive", "call ASR: sort code in pairs and account number with doubles, agent read-back")
    acct = digits(rng, 8)
    sc = digits(rng, 6)
    ga, gs, ga2 = c.gid("BANK_ACCOUNT"), c.gid("SORT_CODE"), c.gid("BANK_ACCOUNT")
    c.a("and what's the sort code for the account")
    c.c(pick(rng, ["it's ", "um ", ""]), V(say_number(sc, rng, [2, 2, 2], sep=", "), "SORT_CODE", gs))
    c.a("and the account number")
    c.c(V(say_number(acct, rng, [4, 4], fillers=0.4), "BANK_ACCOUNT", ga))
    c.a("so that's ", V(say_number(acct, rng, [4, 4], zero="zero", allow_pairs=False), "BANK_ACCOUNT", ga2), " and we'll take %s pounds on the %s" % (num2words(rng.randrange(21, 99)), ordinal(rng.randrange(1, 29))))
    return c


def iban_typed(rng, ib):
    f = rng.randrange(6)
    g4 = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return [g4, ib, g4.lower(), ib.lower(), "-".join(ib[i:i + 4] for i in range(0, len(ib), 4)), g4.replace(" ", "  ")][f]


def s_iban(rng, n):
    c = Case("positive", "e-mail/chat: IBAN for refund or SEPA debit, sometimes with quoted history")
    ib = make_iban(rng)
    g = c.gid("IBAN")
    t = iban_typed(rng, ib)
    if rng.random() < 0.5:
        c.c("Hello, please refund the deposit of \u20ac%d to IBAN: " % rng.randrange(100, 2500), V(t, "IBAN", g),
            " (BIC %s). Booking ref %s." % (pick(rng, ["AIBKIE2D", "DEUTDEFF", "BNPAFRPP", "INGBNL2A"]), "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))))
        c.a("Thanks, refunds take 5-7 working days.")
    else:
        g2 = c.gid("IBAN")
        c.c("Re: SEPA mandate\n\nyes that is correct\n\n> On Mon, Accounts wrote:\n> We have your IBAN as ", V(t, "IBAN", g),
            "\n> Please confirm.\n")
        c.a("Confirmed - monthly collection from ", V(ib[:4] + " " + ib[4:8] + " " + " ".join(ib[i:i + 4] for i in range(8, len(ib), 4)), "IBAN", g2), " starting %d/%d." % (rng.randrange(1, 28), rng.randrange(1, 13)))
    return c


def s_iban_spoken(rng, n):
    c = Case("positive", "call ASR: IBAN read out with NATO letters and digits")
    ib = make_iban(rng, pick(rng, ["IE", "GB", "NL"]))
    g = c.gid("IBAN")
    letters = [ch for ch in ib[:2]]
    p1 = " ".join(ch.lower() + " for " + NATO[ord(ch.lower()) - 97] for ch in letters) + " " + say_digit_run(ib[2:4], rng, "zero", False)
    p2 = " ".join(ch.lower() for ch in ib[4:8]) if ib[4].isalpha() else say_digit_run(ib[4:8], rng, "zero")
    rest = ib[8:]
    p3 = say_number(rest, rng, [4] * 6, zero="zero", fillers=0.2, allow_pairs=False)
    c.a("can you give me the iban for the refund")
    c.c("yeah so it's ", V(p1, "IBAN", g))
    c.a(pick(rng, BACK))
    c.c(V(p2, "IBAN", g), ", ", V(p3, "IBAN", g))
    c.a("thanks i'll put that through for the %s euro" % num2words(rng.randrange(21, 99)))
    return c


# ---- phone / email / dob / address ------------------------------------------

def s_contact_chat(rng, n):
    c = Case("positive", "chat/SMS: phone and e-mail update with odd formats")
    gp, ge = c.gid("PHONE"), c.gid("EMAIL")
    em = make_email(rng)
    r = rng.random()
    if r < 0.2:
        em_t = em.replace("@", " (at) ").replace(".", " [dot] ")
    elif r < 0.4:
        em_t = em.upper() if rng.random() < 0.5 else em[0].upper() + em[1:]
    else:
        em_t = em
    c.a("What contact details should we use for the %s?" % pick(rng, ["broadband install", "claim", "delivery", "meter appointment", "prescription bill"]))
    c.c(pick(rng, ["mob: ", "tel no. ", "cell ", "new number ", "ph "]), V(fmt_phone_typed(rng), "PHONE", gp),
        pick(rng, [" & email ", " email: ", "\ne-mail ", ", mail me at "]), V(em_t, "EMAIL", ge),
        pick(rng, ["", " pls", " (personal not work)", " - best after 6pm"]))
    c.a("Updated. Your engineer visit is booked for %d/%d between 8am-1pm." % (rng.randrange(1, 28), rng.randrange(1, 13)))
    return c


def email_spoken(rng, em):
    local, dom = em.split("@")
    ls = local.replace(".", " dot ").replace("_", " underscore ")
    ls = re.sub(r"\d+", lambda m: m.group(0), ls)
    ds = dom.replace(".", " dot ")
    return ls + " at " + ds


def s_contact_asr(rng, n):
    c = Case("positive", "call ASR: phone number spoken with doubles and e-mail spelled out as words")
    gp, ge, ge2 = c.gid("PHONE"), c.gid("EMAIL"), c.gid("EMAIL")
    em = make_email(rng)
    em = re.sub(r"\d+", "", em)
    c.a("what's the best number to reach you on")
    c.c(pick(rng, ["it's ", "my mobile's ", "uh "]), V(phone_spoken(rng), "PHONE", gp))
    c.a("and an email address")
    c.c(V(email_spoken(rng, em), "EMAIL", ge), pick(rng, ["", " all lower case", " all one word"]))
    c.a("so that's ", V(email_spoken(rng, em), "EMAIL", ge2), pick(rng, ["", " yeah"]))
    c.c("yes")
    return c


def s_dob_mixed(rng, n):
    c = Case("positive", "verification: DOB and postcode, spoken or typed")
    gd, gp = c.gid("DOB"), c.gid("POSTCODE")
    d, m, y = rand_date(rng)
    pc = pick(rng, UK_POSTCODES)
    if rng.random() < 0.5:
        c.a("can you confirm your date of birth and postcode")
        c.c("yeah ", V(fmt_dob_spoken(rng, d, m, y), "DOB", gd), " and it's ", V(pc_spoken(rng, pc), "POSTCODE", gp))
        c.a("thank you, and you're %s is that right" % num2words(rng.randrange(21, 85)))
        c.c("that's right yeah")
    else:
        c.a("Please confirm DOB + postcode")
        c.c(pick(rng, ["dob ", "D.O.B ", "born ", ""]), V(fmt_dob_typed(rng, d, m, y), "DOB", gd), pick(rng, [" pc ", ", ", " postcode: ", "\n"]),
            V(pick(rng, [pc, pc.lower(), pc.replace(" ", ""), pc.lower().replace(" ", "")]), "POSTCODE", gp))
        c.a("Thanks, verified. Your appointment is at %d:%02d on %d %s." % (rng.randrange(8, 18), pick(rng, [0, 15, 30, 45]), rng.randrange(1, 28), pick(rng, MONTHS).title()))
    return c


def s_address(rng, n):
    c = Case("positive", "change of address: house/flat and street, town unlabelled, postcode/ZIP separate")
    spoken = rng.random() < 0.5
    addr, town, pc = address_pair(rng, spoken)
    ga, gp = c.gid("ADDRESS"), c.gid("POSTCODE")
    if spoken:
        c.a("and what's the new address")
        c.c("it's ", V(addr, "ADDRESS", ga), " in " + town.lower(), *( [] if pc is None else [", ", V(pc_spoken(rng, pc) if not pc[0].isdigit() else say_number(pc.replace("-", ""), rng, [5, 4], zero=pick(rng, ["oh", "zero"])), "POSTCODE", gp)]))
        c.a("and is that %s as in the road" % addr.split(" ")[-2])
        c.c("yeah")
    else:
        c.c(pick(rng, ["moved house! new addr: ", "Address:\n", "please send the bill to "]), V(addr, "ADDRESS", ga), ", " + town,
            *([] if pc is None else [" ", V(pc, "POSTCODE", gp)]))
        c.a("Thanks, we've updated your address. Your next bill of \u00a3%d.%02d will be sent there." % (rng.randrange(20, 200), rng.randrange(100)))
    if pc is None:
        del c.groups[gp]
    return c


def s_healthcare_full(rng, n):
    c = Case("positive", "healthcare billing call: DOB, phone, card with read-back of last group only")
    gd, gp, gc = c.gid("DOB"), c.gid("PHONE"), c.gid("CARD_NUMBER")
    d, m, y = rand_date(rng)
    card = make_card(rng)
    c.a("%s billing, can i start with the patient's date of birth" % pick(rng, ["st mary's", "northside clinic", "valley medical"]))
    c.c(V(fmt_dob_spoken(rng, d, m, y), "DOB", gd))
    c.a("and a callback number")
    c.c(V(phone_spoken(rng), "PHONE", gp))
    c.a("ok the balance is %s dollars, how would you like to pay" % say_chunk(str(rng.randrange(100, 999)), rng))
    c.c("card, it's ", V(say_number(card, rng, card_groups(len(card)), fillers=0.3), "CARD_NUMBER", gc))
    c.a("thank you, card ending ", V(say_digit_run(card[-4:], rng, "zero", False), "CARD_NUMBER", c.gid("CARD_NUMBER", "fragment")), ", that's gone through")
    return c


POS = [(s_card_chat, 14), (s_card_asr_split, 14), (s_card_asr_messy, 12), (s_card_email_quoted, 9),
       (s_card_sms, 8), (s_card_form, 8), (s_card_agent_readback_typo, 8),
       (s_ssn_typed, 16), (s_ssn_asr, 14), (s_ssn_form, 8),
       (s_ni_typed, 15), (s_ni_asr, 14), (s_ni_email, 8),
       (s_bank_chat, 8), (s_bank_asr, 7), (s_iban, 9), (s_iban_spoken, 5),
       (s_contact_chat, 10), (s_contact_asr, 8), (s_dob_mixed, 10), (s_address, 10),
       (s_healthcare_full, 8)]

# ----------------------------------------------------------------------------
# negatives
# ----------------------------------------------------------------------------


def n_order_digits(rng, n):
    c = Case("negative", "16-digit order/tracking number said like a card reading but labelled")
    fake = make_card(rng, ("4", 16)) if rng.random() < 0.5 else digits(rng, 16)
    lbl = pick(rng, ["order number", "tracking number", "consignment number", "reference number", "voucher code", "gift card serial"])
    if rng.random() < 0.5:
        c.a("can i take the %s" % lbl)
        c.c("yeah it's " + say_number(fake, rng, [4, 4, 4, 4], fillers=0.3))
        c.a("thanks, that parcel is out for delivery today before %s pm" % UNITW[rng.randrange(2, 9)])
    else:
        c.c("%s: %s - it still hasn't arrived" % (lbl.title(), typed_card(fake, rng, rng.choice([0, 1, 2]))))
        c.a("Sorry about that. It's due %d/%d." % (rng.randrange(1, 28), rng.randrange(1, 13)))
    return c


def n_last_four(rng, n):
    c = Case("negative", "card last-four mentions only")
    l4 = digits(rng, 4)
    if rng.random() < 0.5:
        c.a("is that the visa ending %s" % say_digit_run(l4, rng, pick(rng, ["oh", "zero"])))
        c.c("yes the one ending in %s" % say_chunk(l4, rng))
        c.a("great, %s pounds %s has been taken" % (num2words(rng.randrange(20, 99)), num2words(rng.randrange(10, 99))))
    else:
        c.c("Why was my card ending ****%s charged \u00a3%d.%02d twice??" % (l4, rng.randrange(5, 200), rng.randrange(100)))
        c.a("Sorry! The duplicate on card x%s was a pre-authorisation and drops off in 3-5 days." % l4)
    return c


def n_amounts(rng, n):
    c = Case("negative", "balances, amounts, percentages and dates")
    c.c("my balance says %s%s,%03d.%02d but the app says %d.%d%% interest?" % (pick(rng, ["\u00a3", "$", "\u20ac"]), rng.randrange(1, 99), rng.randrange(1000), rng.randrange(100), rng.randrange(1, 30), rng.randrange(10)))
    c.a("The %s,%03d includes the \u00a3%d.%02d fee applied on %d %s %d." % (rng.randrange(1, 99), rng.randrange(1000), rng.randrange(5, 40), rng.randrange(100), rng.randrange(1, 28), pick(rng, MONTHS).title(), rng.choice([2024, 2025])))
    return c


def n_meter(rng, n):
    c = Case("negative", "meter readings and serial numbers read digit by digit")
    mr = digits(rng, rng.choice([5, 6, 8]))
    serial = digits(rng, rng.choice([10, 11, 12]))
    if rng.random() < 0.5:
        c.a("can you read me the numbers on the meter, left to right")
        c.c(say_number(mr, rng, [2] * 4, fillers=0.3))
        c.a("and the meter serial")
        c.c("it's " + say_number(serial, rng, [3, 3, 3, 3], fillers=0.2) + " on the little sticker")
        c.a("thanks the reading's been submitted for the %s of %s" % (ordinal(rng.randrange(1, 29)), pick(rng, MONTHS)))
    else:
        c.c("Meter reading %s (E7 day) / %s night. MPAN %s" % (mr, digits(rng, 5), digits(rng, 13)))
        c.a("Thanks, readings received for serial %s." % serial)
    return c


def n_travel(rng, n):
    c = Case("negative", "flights, seats, gates, rooms, times")
    fl = pick(rng, ["EI", "BA", "FR", "AA", "LH", "U2"]) + str(rng.randrange(100, 9999))
    c.c("I'm on %s tomorrow at %02d:%02d, seat %d%s, booking code %s" % (fl, rng.randrange(5, 23), rng.randrange(60), rng.randrange(1, 40), rng.choice("ABCDEF"), "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
    c.a("Thanks - gate %s%d opens %d minutes before departure; your hotel room %d is held until %dpm." % (rng.choice("ABCD"), rng.randrange(1, 60), rng.choice([30, 40, 45]), rng.randrange(100, 1200), rng.randrange(6, 12)))
    return c


def n_policy_spoken(rng, n):
    c = Case("negative", "policy/claim number spoken in 3-2-4 or NI-like pattern but labelled")
    kind = rng.randrange(3)
    if kind == 0:
        p = digits(rng, 9)
        c.a("and the claim number")
        c.c("claim number " + say_number(p, rng, [3, 2, 4], fillers=0.3))
    elif kind == 1:
        p = "".join(rng.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(2)) + digits(rng, 6) + rng.choice("ABCD")
        c.c("Policy no. %s - renewal is due" % p)
    else:
        p = digits(rng, 8)
        c.a("what's the customer reference on your letter")
        c.c("the reference is " + say_number(p, rng, [4, 4]) + ", it's on the top right")
    c.a("thanks, the renewal premium is %s pounds a month" % num2words(rng.randrange(21, 99)))
    return c


def n_durations(rng, n):
    c = Case("negative", "ages, durations, counts, temperatures, opening hours")
    c.c("I've been a customer %d years, I'm %d, and we've been without heating for %d days, it's %d degrees in here" % (rng.randrange(2, 30), rng.randrange(20, 90), rng.randrange(2, 9), rng.randrange(4, 15)))
    c.a("I'm so sorry. An engineer can come %s; we're open %d am to %d pm, %d days a week, and %d households are affected." % (pick(rng, ["tomorrow", "thursday", "on the 14th"]), rng.randrange(7, 10), rng.randrange(5, 9), rng.choice([6, 7]), rng.randrange(100, 5000)))
    return c


def n_invoice_email(rng, n):
    c = Case("negative", "e-mail thread with invoice/ticket/contract numbers and quoted history")
    inv = digits(rng, rng.choice([10, 12, 14]))
    c.c("Hi,\n\nInvoice %s still shows %s%d.%02d outstanding. Ticket #%s.\n\n> On %d/%d/2025 Support wrote:\n> Your contract %s-%s ends %s 2026.\n> Model %s%s, serial SN%s." % (
        inv, pick(rng, ["\u00a3", "$", "\u20ac"]), rng.randrange(10, 999), rng.randrange(100), digits(rng, 7), rng.randrange(1, 28), rng.randrange(1, 13),
        pick(rng, ["CTR", "AGR"]), digits(rng, 8), pick(rng, MONTHS).title(), pick(rng, ["XR-", "KX", "HD"]), digits(rng, 4), digits(rng, 12)))
    c.a("Thanks, I've escalated ticket %s; expect an update within 48 hours." % digits(rng, 7))
    return c


def n_years_roads(rng, n):
    c = Case("negative", "years, road names and dates that are not DOBs")
    c.c("the leak's on the %s near junction %d, it's been like that since %d" % (pick(rng, ["A40", "M62", "N7", "I-95", "B1234", "A road"]), rng.randrange(1, 40), rng.randrange(1990, 2025)))
    c.a("Thanks, I've logged that for the %s; repair scheduled %d %s, contract renewed on %d/%02d/%d." % (pick(rng, ["highways team", "water board", "council"]), rng.randrange(1, 28), pick(rng, MONTHS).title(), rng.randrange(1, 28), rng.randrange(1, 13), rng.choice([2023, 2024, 2025])))
    return c


def n_fullwidth(rng, n):
    c = Case("negative", "SMS with full-width / unicode-dash long non-PII numbers")
    c.a("Your verification code is %s. Do not share it." % digits(rng, 6))
    c.c("order\u2116 %s \u2013 delivered to locker %d? tracking %s" % (digits(rng, 12).translate(FW), rng.randrange(1, 99), "\u2013".join(chunks(digits(rng, 16), [4, 4, 4, 4]))))
    c.a("Yes, locker code %s, valid for %d hours." % (digits(rng, 4), rng.choice([24, 48, 72])))
    return c


def n_payment_plan(rng, n):
    c = Case("negative", "payment plan call: amounts, dates, hundreds and pairs spoken")
    c.a("so we can do %s pounds a month over %s months starting the %s of %s" % (say_chunk(str(rng.randrange(101, 999)), rng), num2words(rng.randrange(3, 24)), ordinal(rng.randrange(1, 29)), pick(rng, MONTHS)))
    c.c("can it be %s instead um my wages go in on the %s" % (num2words(rng.randrange(21, 99)), ordinal(rng.randrange(1, 29))))
    c.a("yes, and your account ending %s will show it as %s" % (say_digit_run(digits(rng, 4), rng, "zero", False), pick(rng, ["energy plan", "arrangement", "pay plan"])))
    return c


NEG = [(n_order_digits, 14), (n_last_four, 12), (n_amounts, 8), (n_meter, 10), (n_travel, 8),
       (n_policy_spoken, 14), (n_durations, 7), (n_invoice_email, 10), (n_years_roads, 7),
       (n_fullwidth, 8), (n_payment_plan, 8)]


# ----------------------------------------------------------------------------
# build / check
# ----------------------------------------------------------------------------

def build():
    rng = random.Random(382241125)
    pos, neg = [], []
    for fn, k in POS:
        for i in range(k):
            pos.append(fn(rng, i))
    for fn, k in NEG:
        for i in range(k):
            neg.append(fn(rng, i))
    rng.shuffle(pos)
    rng.shuffle(neg)
    cases = []
    for i, c in enumerate(pos):
        cases.append(("h382-pos-%03d" % (i + 1), c))
    for i, c in enumerate(neg):
        cases.append(("h382-neg-%03d" % (i + 1), c))
    return cases


def to_lines(cases):
    lines = []
    for cid, c in cases:
        spans = sorted(c.spans, key=lambda s: (s["turn"], s["start"]))
        lines.append(json.dumps({"id": cid, "kind": c.kind, "turns": c.turns,
                                 "spans": spans, "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def check(cases, text):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = set()
    for line in text.splitlines():
        d = json.loads(line)
        if d["id"] in ids:
            errs.append("duplicate id " + d["id"])
        ids.add(d["id"])
        if d["kind"] == "negative" and d["spans"]:
            errs.append(d["id"] + ": negative with spans")
        if d["kind"] == "positive" and not d["spans"]:
            errs.append(d["id"] + ": positive without spans")
        for t in d["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(d["id"] + ": bad speaker")
        prev = {}
        for s in sorted(d["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES:
                errs.append(d["id"] + ": bad type")
            tx = d["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append("%s: span out of range" % d["id"])
                continue
            if not (tx[a].isalnum() and tx[b - 1].isalnum()):
                errs.append("%s: span %r does not start/end on letter/digit" % (d["id"], tx[a:b]))
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (d["id"], tx[a:b]))
            if s["turn"] in prev and a < prev[s["turn"]]:
                errs.append("%s: overlapping spans" % d["id"])
            prev[s["turn"]] = b
    for cid, c in cases:
        for gid, (typ, idxs, mode) in c.groups.items():
            if not idxs:
                continue
            joined = " ".join(c.turns[c.spans[i]["turn"]]["text"][c.spans[i]["start"]:c.spans[i]["end"]] for i in idxs)
            if any(c.spans[i]["type"] != typ for i in idxs):
                errs.append("%s: type mismatch in group" % cid)
            if not validate(typ, joined, mode):
                errs.append("%s: %s value fails validation: %r" % (cid, typ, joined))
    return errs


def counts(text):
    per = Counter()
    kinds = Counter()
    for line in text.splitlines():
        d = json.loads(line)
        kinds[d["kind"]] += 1
        for s in d["spans"]:
            per[s["type"]] += 1
    return kinds, per


def main():
    cases = build()
    text = to_lines(cases)
    if "--check" in sys.argv:
        errs = check(cases, text)
        kinds, per = counts(text)
        mins = {t: 10 for t in TYPES}
        mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
        for t, m in mins.items():
            if per[t] < m:
                errs.append("too few %s spans: %d < %d" % (t, per[t], m))
        if kinds["positive"] < 200 or kinds["negative"] < 100:
            errs.append("too few cases: %r" % dict(kinds))
        for e in errs[:50]:
            print("ERROR:", e)
        print("cases:", dict(kinds), "spans:", dict(sorted(per.items())))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    kinds, per = counts(text)
    print("wrote", OUT, dict(kinds), dict(sorted(per.items())))


if __name__ == "__main__":
    main()

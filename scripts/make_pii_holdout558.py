#!/usr/bin/env python3
"""Generate the pii_holdout558 held-out PII redaction evaluation set.

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.

    python scripts/make_pii_holdout558.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout558.py --check  # regenerate + verify
"""
import argparse
import calendar
import json
import os
import re
import sys
from collections import Counter

import random

SEED = 558241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout558")
OUT_FILE = os.path.join(OUT_DIR, "cases.jsonl")

R = random.Random(SEED)

# ---------------------------------------------------------------- words
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
FILLERS = ["um", "uh", "er", "erm"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
FOLK = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward",
        "h": "harry", "j": "john", "k": "king", "m": "mother", "n": "nellie",
        "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
        "y": "yellow", "z": "zebra"}
MONTHS = [None, "january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
ORD = [None, "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
       "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
       "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]
BACKCH = ["mhm", "go on", "yep", "okay", "right", "uh huh", "yeah go on", "got that",
          "lovely", "grand", "ok, and the rest?", "sure", "keep going"]


def zero_word(r=R, regional=True):
    return r.choice(["oh", "oh", "o", "nought", "zero"] if regional else ["oh", "zero"])


def two_digit_words(n):
    if n < 10:
        return UNIT_W[n]
    if n < 20:
        return TEEN_W[n - 10]
    t, u = divmod(n, 10)
    return TENS_W[t] + ("" if u == 0 else " " + UNIT_W[u])


def say_digits(s, r=R, pairs=0.0, hundreds=0.0, doubles=0.6, filler=0.0, zw=None,
               treble=None):
    """Render a digit string as spoken words (parsable by norm())."""
    zw = zw or zero_word(r)
    treble = treble or r.choice(["triple", "treble"])
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        dw = zw if c == "0" else UNIT_W[int(c)]
        if i + 2 < n and s[i + 1] == c and s[i + 2] == c and r.random() < doubles:
            out.append(treble + " " + dw)
            i += 3
        elif i + 1 < n and s[i + 1] == c and r.random() < doubles:
            out.append("double " + dw)
            i += 2
        elif (i + 2 < n and c != "0" and s[i + 1:i + 3] != "00"
              and (s[i + 2] != "0" or s[i + 1] == "1") and r.random() < hundreds):
            last = int(s[i + 1:i + 3])
            out.append(UNIT_W[int(c)] + " hundred and " + two_digit_words(last)
                       if s[i + 1] != "0" else UNIT_W[int(c)] + " hundred and " + UNIT_W[last])
            i += 3
        elif (i + 1 < n and c != "0" and (s[i + 1] != "0" or c == "1")
              and r.random() < pairs):
            out.append(two_digit_words(int(s[i:i + 2])))
            i += 2
        else:
            out.append(dw)
            i += 1
        if filler and i < n and r.random() < filler:
            out.append(r.choice(FILLERS))
    return " ".join(out)


def chunks(s, sizes):
    res, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        res.append(s[i:i + k])
        i += k
    if i < len(s):
        res.append(s[i:])
    return res


def say_chunked(s, sizes, r=R, sep=None, **kw):
    zw = kw.pop("zw", None) or zero_word(r)
    parts = [say_digits(c, r, zw=zw, **kw) for c in chunks(s, sizes)]
    sep = sep if sep is not None else r.choice([", ", " ", "... ", ", "])
    return sep.join(parts)


def say_letter(ch, r=R, nato=0.4):
    ch = ch.lower()
    x = r.random()
    if x < nato:
        word = NATO[ch] if (r.random() < 0.7 or ch not in FOLK) else FOLK[ch]
        return ch + r.choice([" for ", " for ", " as in "]) + word
    return ch


# ---------------------------------------------------------------- normaliser
TOK = re.compile(r"[a-z]+|\d+|[@.+_-]")
UNIT_MAP = {w: str(i) for i, w in enumerate(UNIT_W)}
UNIT_MAP.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
TEEN_MAP = {w: str(10 + i) for i, w in enumerate(TEEN_W)}
TENS_MAP = {w: str(t) for t, w in TENS_W.items()}
FILL = set(FILLERS) | {"ah", "uhm", "hmm"}
SYM = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-", "plus": "+"}


def _small(toks, i):
    """Parse 0-99 after 'and'/'hundred'. Returns (digits2, next_i) or (None, i)."""
    if i < len(toks) and toks[i] in TENS_MAP:
        t = TENS_MAP[toks[i]]
        if i + 1 < len(toks) and toks[i + 1] in UNIT_MAP and UNIT_MAP[toks[i + 1]] != "0":
            return t + UNIT_MAP[toks[i + 1]], i + 2
        return t + "0", i + 1
    if i < len(toks) and toks[i] in TEEN_MAP:
        return TEEN_MAP[toks[i]], i + 1
    if i < len(toks) and toks[i] in UNIT_MAP and toks[i] not in ("o",):
        return "0" + UNIT_MAP[toks[i]], i + 1
    return None, i


def norm(text, sym=False):
    toks = TOK.findall(text.lower().replace("x-ray", "xray"))
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILL:
            i += 1
        elif len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks):
            out.append(t)
            i += 3
        elif len(t) == 1 and t.isalpha() and nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
            out.append(t)
            i += 4
        elif t in ("double", "triple", "treble") and nxt in UNIT_MAP:
            out.append(UNIT_MAP[nxt] * (2 if t == "double" else 3))
            i += 2
        elif t in UNIT_MAP and nxt == "hundred":
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            d2, j2 = _small(toks, j)
            out.append(UNIT_MAP[t] + (d2 or "00"))
            i = j2 if d2 else j
        elif t in UNIT_MAP and nxt == "thousand":
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            d2, j2 = _small(toks, j)
            out.append(UNIT_MAP[t] + "0" + (d2 or "00"))
            i = j2 if d2 else j
        elif t in UNIT_MAP:
            out.append(UNIT_MAP[t])
            i += 1
        elif t in TEEN_MAP or t in TENS_MAP:
            d2, i = _small(toks, i)
            out.append(d2)
        elif sym and t in SYM:
            out.append(SYM[t])
            i += 1
        else:
            out.append(t)
            i += 1
    return "".join(out)


def digits_of(text):
    return re.sub(r"\D", "", norm(text))


def alnum_of(text):
    return re.sub(r"[^a-z0-9]", "", norm(text)).replace("o", "0")


# ---------------------------------------------------------------- validators
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(prefix, length, r=R):
    body = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    x = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in x)
    return int(num) % 97 == 1


def make_iban(cc, bban):
    x = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in x)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


NI_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ni_ok(s):
    s = s.upper()
    m = re.fullmatch(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])", s)
    return bool(m) and s[:2] not in NI_BAD_PREFIX


def ssn_ok(d):
    return (len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9"
            and d[3:5] != "00" and d[5:] != "0000")


UK_PC = re.compile(r"[a-z]{1,2}\d[a-z\d]?\d[a-z]{2}")
EIR = re.compile(r"[a-z]\d[\dw][a-z\d]{4}")
STREET_SUFFIX = ("street", "road", "lane", "avenue", "close", "drive", "way", "crescent",
                 "terrace", "gardens", "place", "court", "row", "park", "st", "rd", "ave",
                 "blvd", "boulevard", "hill", "grove", "square", "walk", "mews", "view")


def validate(gtype, canon, mode, text):
    """text = concatenation of span texts of one value group (joined with space)."""
    if gtype in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        got = digits_of(text)
        cd = re.sub(r"\D", "", canon)
        if mode == "prefix":
            ok = len(got) >= 2 and cd.startswith(got)
        elif mode == "suffix":
            ok = len(got) >= 4 and cd.endswith(got)
        else:
            ok = got == cd
        if gtype == "CARD_NUMBER":
            ok = ok and 13 <= len(cd) <= 19 and luhn_ok(cd)
        elif gtype == "CVV":
            ok = ok and len(cd) in (3, 4)
        elif gtype == "SSN":
            ok = ok and ssn_ok(cd)
        elif gtype == "SORT_CODE":
            ok = ok and len(cd) == 6
        elif gtype == "BANK_ACCOUNT":
            ok = ok and 7 <= len(cd) <= 12
        elif gtype == "PHONE":
            ok = ok and 9 <= len(cd) <= 15
        return ok, got
    if gtype in ("NI_NUMBER", "IBAN", "POSTCODE"):
        got = alnum_of(text)
        cn = re.sub(r"[^a-z0-9]", "", canon.lower()).replace("o", "0")
        ok = got == cn if mode == "full" else cn.startswith(got)
        if gtype == "NI_NUMBER":
            ok = ok and ni_ok(canon.replace(" ", ""))
        elif gtype == "IBAN":
            ok = ok and iban_ok(canon)
        else:
            c = canon.lower().replace(" ", "").replace("-", "")
            ok = ok and bool(UK_PC.fullmatch(c) or EIR.fullmatch(c) or re.fullmatch(r"\d{5}(\d{4})?", c))
        return ok, got
    if gtype == "EMAIL":
        got = re.sub(r"\s", "", norm(text, sym=True)).replace("0", "o")
        ok = got == canon.lower().replace("0", "o") and re.fullmatch(r"[^@]+@[^@]+\.[a-z]{2,}", canon.lower())
        return bool(ok), got
    if gtype in ("DOB", "EXPIRY"):
        y, m, d = canon
        got = norm(text)
        ok = 1 <= m <= 12 and (d is None or 1 <= d <= calendar.monthrange(y, m)[1])
        ok = ok and (str(y)[-2:] in re.sub(r"\D", "", got))
        ok = ok and (1925 <= y <= 2008 if gtype == "DOB" else 2024 <= y <= 2035)
        return ok, got
    if gtype == "ADDRESS":
        got = norm(text)
        low = text.lower()
        ok = bool(re.search(r"\d", got)) and any(re.search(r"\b%s\b" % s, low) for s in STREET_SUFFIX)
        return ok, got
    return False, None


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []   # list of (speaker, [seg]) seg = str | (text, gid)
        self.groups = []  # (type, canon, mode)

    def val(self, typ, canon, mode="full"):
        self.groups.append((typ, canon, mode))
        return len(self.groups) - 1

    def say(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def c(self, *segs):
        return self.say("customer", *segs)

    def a(self, *segs):
        return self.say("agent", *segs)

    def render(self):
        turns, spans, gspans = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            buf = ""
            for s in segs:
                if isinstance(s, tuple):
                    txt, gid = s
                    start = len(buf)
                    buf += txt
                    spans.append({"turn": ti, "start": start, "end": len(buf),
                                  "type": self.groups[gid][0]})
                    gspans.append(gid)
                else:
                    buf += s
            turns.append({"speaker": spk, "text": buf})
        return turns, spans, gspans


# ---------------------------------------------------------------- data pools
FIRST = ["siobhan", "declan", "aoife", "ciaran", "niamh", "gareth", "rhiannon", "callum",
         "morag", "priya", "tariq", "olu", "megan", "jamie", "bronagh", "padraig", "kerry",
         "dylan", "fiona", "hamish", "zara", "leon", "marta", "tomasz", "grainne", "maria",
         "jessica", "tyrone", "brandon", "ashley", "kevin", "emeka", "lucy", "rory"]
LAST = ["mcgrath", "obrien", "kowalski", "patel", "hughes", "doherty", "evans", "byrne",
        "fitzgerald", "campbell", "nolan", "walsh", "jenkins", "ahmed", "murphy", "reilly",
        "stewart", "kavanagh", "thompson", "garcia", "nguyen", "price", "lynch", "brennan"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.ie", "outlook.com", "btinternet.com",
           "eircom.net", "icloud.com", "sky.com", "live.co.uk", "protonmail.com", "aol.com"]
STREETS = ["Mill Lane", "Church Street", "Station Road", "Acacia Avenue", "Orchard Close",
           "Victoria Terrace", "Kings Crescent", "Beech Grove", "Harbour View", "Quarry Road",
           "Main Street", "Castle Drive", "Meadow Way", "Priory Gardens", "Abbey Court",
           "Elm Park", "Hawthorn Mews", "Lower Baggot Street", "Ormeau Road", "Maple Drive",
           "Sycamore Walk", "Chapel Row", "Union Square", "Oak Hill"]
US_STREETS = ["Maple Ave", "Oak Street", "Sunset Blvd", "Elm St", "Lakeview Drive",
              "Washington Ave", "Pine Road", "Cedar Lane"]
TOWNS_UK = ["Leeds", "Cardiff", "Glasgow", "Belfast", "Wigan", "Norwich", "Swansea",
            "Bristol", "Dundee", "Sunderland", "Hull", "Derry", "Plymouth"]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Sligo", "Dublin 8", "Navan", "Tralee", "Athlone"]
TOWNS_US = ["Boston", "Denver", "Austin", "Tampa", "Columbus", "Portland"]
INDUSTRY = {
    "banking": ("Northgate Bank", "checking your account"),
    "telecom": ("Vireo Mobile", "looking at your contract"),
    "utilities": ("Brightwater Energy", "your gas and electric account"),
    "retail": ("Harlow & Finch", "your online order"),
    "insurance": ("Shieldline Insurance", "your home policy"),
    "travel": ("Skylark Airways", "your booking"),
    "healthcare": ("St Brendan's Billing", "the outstanding bill"),
    "government": ("the Revenue helpline", "your tax record"),
}


def industry(r=R):
    k = r.choice(sorted(INDUSTRY))
    return k, INDUSTRY[k][0], INDUSTRY[k][1]


def rdig(n, r=R, first_nonzero=False):
    s = "".join(str(r.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(r.randint(1, 9)) + s[1:]
    return s


def regional_digits(n, r=R):
    """Digit strings with plenty of repeats and zeros (to exercise double/treble/nought)."""
    out = ""
    while len(out) < n:
        x = r.random()
        d = str(r.randint(0, 9)) if r.random() > 0.3 else "0"
        out += d * (3 if x < 0.12 else 2 if x < 0.4 else 1)
    return out[:n]


def new_card(r=R):
    kind = r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "maestro"])
    if kind == "visa":
        return luhn_complete("4" + regional_digits(3, r), 16, r), [4, 4, 4, 4]
    if kind == "mc":
        return luhn_complete(r.choice(["51", "52", "53", "54", "55", "2221"]) + regional_digits(2, r), 16, r), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(r.choice(["34", "37"]), 15, r), [4, 6, 5]
    if kind == "disc":
        return luhn_complete("6011", 16, r), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn_complete("4", 13, r), [4, 3, 3, 3]
    if kind == "visa19":
        return luhn_complete("4", 19, r), [4, 4, 4, 4, 3]
    return luhn_complete("6759", 18, r), [4, 4, 4, 6]


def new_ssn(r=R):
    while True:
        d = "%03d%02d%04d" % (r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999))
        if ssn_ok(d):
            return d


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def new_ni(r=R):
    while True:
        p = r.choice(NI_L1) + r.choice(NI_L2)
        if p not in NI_BAD_PREFIX:
            break
    return p + regional_digits(6, r) + r.choice("ABCD")


UK_AREAS = ["SW", "SE", "E", "N", "NW", "W", "M", "B", "LS", "G", "BT", "CF", "EH", "L", "NE",
            "BS", "S", "CR", "BD", "DN", "KY", "PL", "SA", "NG", "CB", "OX", "HU", "SR", "DD", "WN"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def new_uk_postcode(r=R):
    area = r.choice(UK_AREAS)
    if area in ("SW", "W", "EC", "WC", "E", "N") and r.random() < 0.25:
        district = str(r.randint(1, 9)) + r.choice("ABCEHMNPRVWXY")
    else:
        district = str(r.randint(1, 29 if len(area) == 2 else 99))
    return "%s%s %d%s%s" % (area, district, r.randint(0, 9), r.choice(INWARD_L), r.choice(INWARD_L))


def new_eircode(r=R):
    routing = r.choice(["D02", "D6W", "T12", "H91", "V94", "F91", "A92", "P31", "X91", "R35"])
    return routing + " " + r.choice("ACDEFHKNPRTVWXY") + "".join(
        r.choice("0123456789ACDEFHKNPRTVWXY") for _ in range(3))


def new_zip(r=R):
    z = "%05d" % r.randint(1001, 99950)
    return z + ("-%04d" % r.randint(1, 9999) if r.random() < 0.3 else "")


def say_alnum(s, r=R, nato=0.35, zw=None, pairs=0.0):
    """Spell an alphanumeric string: letters (maybe NATO) and digits."""
    zw = zw or zero_word(r)
    parts = []
    buf = ""
    for ch in s:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                parts.append(say_digits(buf, r, zw=zw, pairs=pairs))
                buf = ""
            if ch.isalpha():
                # never say the letter O unspelled next to digits ambiguity is fine
                parts.append(say_letter(ch, r, nato))
    if buf:
        parts.append(say_digits(buf, r, zw=zw, pairs=pairs))
    return " ".join(parts)


def typed_ni(ni, r=R):
    style = r.randint(0, 5)
    if style == 0:
        return ni
    if style == 1:
        return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if style == 2:
        return ni.lower()
    if style == 3:
        return "%s-%s-%s" % (ni[:2], ni[2:8], ni[8])
    if style == 4:
        return "%s %s %s" % (ni[:2], ni[2:8], ni[8])
    return " ".join([ni[:2]] + list(ni[2:8]) + [ni[8]])


def typed_digits(d, sizes, r=R, seps=(" ", "-", " ", ".", "")):
    sep = r.choice(seps)
    return sep.join(chunks(d, sizes))


def iso_date_text(y, m, d, r=R, us=False):
    style = r.randint(0, 6)
    if style == 0:
        return "%02d/%02d/%d" % ((m, d, y) if us else (d, m, y))
    if style == 1:
        return "%d.%d.%d" % (d, m, y)
    if style == 2:
        return "%d %s %d" % (d, MONTHS[m].capitalize(), y)
    if style == 3:
        return "%s %d, %d" % (MONTHS[m].capitalize()[:3], d, y)
    if style == 4:
        return "%d-%02d-%02d" % (y, m, d)
    if style == 5:
        return "%02d/%02d/%02d" % ((m, d, y % 100) if us else (d, m, y % 100))
    return "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d, "th"),
                           MONTHS[m][:3], y)


def say_year(y, r=R):
    if y >= 2000:
        if y == 2000:
            return "two thousand"
        return r.choice(["two thousand and ", "two thousand "]) + two_digit_words(y - 2000) \
            if y < 2010 or r.random() < 0.5 else "twenty " + two_digit_words(y - 2000)
    hi, lo = divmod(y, 100)
    return two_digit_words(hi) + " " + (("oh " + UNIT_W[lo]) if lo < 10 else two_digit_words(lo))


def spoken_date(y, m, d, r=R):
    st = r.randint(0, 3)
    if st == 0:
        return "the %s of %s %s" % (ORD[d], MONTHS[m], say_year(y, r))
    if st == 1:
        return "%s the %s, %s" % (MONTHS[m], ORD[d], say_year(y, r))
    if st == 2:
        return "%s %s %s" % (ORD[d], MONTHS[m], say_year(y, r))
    return "%s %s, %s" % (two_digit_words(d) if d >= 10 else zero_word(r) + " " + UNIT_W[d],
                          zero_word(r) + " " + UNIT_W[m] if m < 10 else two_digit_words(m),
                          say_year(y, r))


def new_dob(r=R):
    y = r.randint(1938, 2005)
    m = r.randint(1, 12)
    d = r.randint(1, calendar.monthrange(y, m)[1])
    return y, m, d


def new_expiry(r=R):
    return r.randint(2026, 2032), r.randint(1, 12), None


def expiry_text(y, m, r=R, spoken=False):
    if not spoken:
        return r.choice(["%02d/%02d", "%02d/%02d", "%02d-%02d", "%02d %02d"]) % (m, y % 100) \
            if r.random() < 0.8 else "%s %d" % (MONTHS[m].capitalize()[:3], y)
    st = r.randint(0, 3)
    mm = (zero_word(r) + " " + UNIT_W[m]) if m < 10 else two_digit_words(m)
    if st == 0:
        return "%s %s" % (mm, two_digit_words(y % 100))
    if st == 1:
        return "%s %s" % (MONTHS[m], say_year(y, r))
    if st == 2:
        return "%s slash %s" % (mm, two_digit_words(y % 100))
    return "%s of %s" % (MONTHS[m], two_digit_words(y % 100))


def fill(r=R):
    return r.choice(["", "", "um ", "uh ", "right so ", "okay ", "yeah ", "er ", "so "])


# ================================================================ positives
def p_card_typed(r):
    ind, org, ctx = industry(r)
    card, sizes = new_card(r)
    k = Case("typed chat card number (%s) with expiry and security code" % ind)
    g = k.val("CARD_NUMBER", card)
    sep = r.choice([" ", "-", " ", "", "  ", "."])
    txt = sep.join(chunks(card, sizes if r.random() < 0.7 else r.choice([[3, 3, 3, 3, 4], [8, 8], [2, 6, 8], [5, 5, 6]])))
    y, m, _ = new_expiry(r)
    ge = k.val("EXPIRY", (y, m, None))
    cvv = rdig(4 if len(card) == 15 else 3, r)
    gc = k.val("CVV", cvv)
    k.a("Hi, thanks for contacting %s chat. To pay the balance I'll need the long card number please." % org)
    lead = r.choice(["card no: ", "Card number - ", "its ", "", "card: ", "ok here u go ", "CC# "])
    k.c(lead, (txt, g), r.choice([" exp ", " expiry ", " , expires ", " valid thru "]), (expiry_text(y, m, r), ge),
        r.choice([" cvv ", " sec code ", " and the 3 digits on back are ", " cvc: "]), (cvv, gc))
    k.a("Thank you, that payment has gone through.")
    return k


def p_card_spoken_split(r):
    ind, org, ctx = industry(r)
    card, sizes = new_card(r)
    k = Case("ASR card number spoken over several customer turns with back-channels (%s)" % ind)
    g = k.val("CARD_NUMBER", card)
    zw = zero_word(r)
    parts = chunks(card, sizes)
    k.a("okay so %s, can i take the long number across the front of the card" % r.choice(["for the payment", "to set up the direct debit", "for the deposit"]))
    k.c(fill(r), "yeah it's ", (say_digits(parts[0], r, zw=zw, pairs=0.3, filler=0.1), g))
    for p in parts[1:]:
        k.a(r.choice(BACKCH))
        k.c((say_digits(p, r, zw=zw, pairs=0.35, hundreds=0.1, filler=0.1), g))
    if r.random() < 0.6:
        g2 = k.val("CARD_NUMBER", card)
        k.a("let me read that back ", (say_chunked(card, sizes, r, zw="zero" if r.random() < 0.5 else zw, doubles=0.3), g2), " is that right")
        k.c("yes that's it")
    y, m, _ = new_expiry(r)
    ge = k.val("EXPIRY", (y, m, None))
    k.a("and the expiry date")
    k.c(fill(r), (expiry_text(y, m, r, spoken=True), ge))
    if r.random() < 0.7:
        cvv = rdig(3, r)
        gc = k.val("CVV", cvv)
        k.a("and the three digit security number on the back")
        k.c((say_digits(cvv, r, zw=zw, pairs=0.2), gc))
    return k


def p_card_restart(r):
    card, sizes = new_card(r)
    k = Case("ASR card reading with a false start and a correction; the aborted fragment is labelled too")
    gp = k.val("CARD_NUMBER", card, "prefix")
    g = k.val("CARD_NUMBER", card)
    zw = zero_word(r)
    cut = r.choice([4, 5, 6, 8])
    wrong_digit = str((int(card[cut - 1]) + 3) % 10)
    frag = card[:cut - 1]
    k.a("what's the card number")
    k.c("it's ", (say_digits(frag, r, zw=zw), gp), " " + (zw if wrong_digit == "0" else UNIT_W[int(wrong_digit)]),
        r.choice([" no sorry, wait, let me start again. ", " oh hang on that's wrong, from the top, ", " sorry no i've read that wrong, "]),
        (say_chunked(card, sizes, r, zw=zw, pairs=0.25, filler=0.08), g))
    k.a("thank you")
    return k


def p_card_aside(r):
    card, sizes = new_card(r)
    k = Case("ASR card reading interrupted by an aside mid-number; last four read back afterwards")
    g = k.val("CARD_NUMBER", card)
    zw = zero_word(r)
    cut = sum(sizes[:2])
    k.a("go ahead with the card number whenever you're ready")
    k.c((say_chunked(card[:cut], sizes, r, zw=zw), g),
        r.choice([" sorry, kids, be quiet i'm on the phone, right where was i, ",
                  " hang on the light's bad in here, okay ",
                  " can you hear me, i'm on the bus, yeah so ",
                  " actually is this line secure? fine okay, "]),
        (say_chunked(card[cut:], sizes[2:], r, zw=zw, pairs=0.3), g))
    g4 = k.val("CARD_NUMBER", card, "suffix")
    k.a("thank you so that's the card ending ", (card[-4:] if r.random() < 0.5 else say_digits(card[-4:], r, zw=zw), g4), " yes?")
    k.c("yep")
    return k


def p_card_email(r):
    card, sizes = new_card(r)
    ind, org, ctx = industry(r)
    k = Case("e-mail with card number in odd grouping and typos (%s)" % ind)
    g = k.val("CARD_NUMBER", card)
    odd = r.choice([[4, 4, 4, 4], [3, 4, 5, 4], [6, 10], [2, 2, 2, 2, 2, 2, 2, 2]])
    txt = r.choice([" ", "-", " - "]).join(chunks(card, odd))
    k.c("Subject: re payment for %s\n\nHi, I tried to pay online but it keeps failing. My crad numbr is " % ctx,
        (txt, g), r.choice([" - pls try it again.", ". Thanks, " + r.choice(FIRST).capitalize(), " (visa debit)."]))
    k.a("Dear customer, please do not send card details by e-mail. We have removed them from our system.")
    return k


def p_ssn(r):
    ssn = new_ssn(r)
    k = Case("US social security number")
    g = k.val("SSN", ssn)
    st = r.randint(0, 5)
    if st <= 1:
        txt = r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (ssn[:3], ssn[3:5], ssn[5:])
        k.a("To verify your identity, please provide your Social Security number.")
        k.c(r.choice(["SSN: ", "ss# ", "it's ", "social is ", "Soc Sec No. "]), (txt, g))
        k.note = "typed SSN with label"
    elif st == 2:
        k.a("can i get your social")
        k.c(fill(r), "sure it's ", (say_chunked(ssn, [3, 2, 4], r, zw="zero", pairs=0.2, filler=0.1), g))
        if r.random() < 0.6:
            g2 = k.val("SSN", ssn)
            k.a("i have ", (say_chunked(ssn, [3, 2, 4], r, zw="zero", doubles=0.0, sep=" dash "), g2), " correct?")
            k.c("correct")
        k.note = "spoken SSN, agent read-back"
    elif st == 3:
        k.a("and your social security number please")
        k.c((say_digits(ssn[:3], r, zw="oh", pairs=0.4), g))
        k.a(r.choice(["uh huh", "mhm", "okay"]))
        k.c((say_digits(ssn[3:5], r, zw="oh", pairs=0.6), g))
        k.a("go ahead")
        k.c((say_digits(ssn[5:], r, zw="oh", pairs=0.5, hundreds=0.2), g), " that's it")
        k.note = "SSN split across three customer turns"
    elif st == 4:
        k.a("For the Medicaid billing question I need the patient's social.")
        k.c("okay it's on the card here, ", (say_digits(ssn[:5], r, zw="zero", filler=0.2), g),
            " um hold on my glasses, ", (say_digits(ssn[5:], r, zw="zero", pairs=0.3), g))
        k.note = "SSN with an aside mid-reading (healthcare billing)"
    else:
        k.c("Hi i need to update my W-2 address. my social is ", (ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], g),
            " and my employee ID is E-" + rdig(6, r))
        k.a("Thank you, I can see the record.")
        k.note = "typed SSN next to a non-PII employee ID"
    return k


def p_ni(r):
    ni = new_ni(r)
    ind = r.choice(["government services", "payroll", "benefits", "pension", "tax"])
    k = Case("UK NI number (%s)" % ind)
    g = k.val("NI_NUMBER", ni)
    st = r.randint(0, 6)
    zw = r.choice(["nought", "oh", "zero"])
    if st <= 1:
        k.a(r.choice(["Can you confirm your National Insurance number?", "What's your NI number please?"]))
        k.c(r.choice(["NI: ", "ni no ", "its ", "NINO - ", "National Insurance no. ", ""]), (typed_ni(ni, r), g))
        k.note += ", typed with varied spacing/case"
    elif st == 2:
        k.a("and your national insurance number")
        k.c(fill(r), (say_letter(ni[0], r, 0.5) + " " + say_letter(ni[1], r, 0.5) + ", " +
                      say_chunked(ni[2:8], [2, 2, 2], r, zw=zw, pairs=0.5, doubles=0.7) + ", " +
                      say_letter(ni[8], r, 0.5), g))
        k.note += ", spoken, pairs and NATO letters"
    elif st == 3:
        k.a("national insurance number when you're ready")
        k.c("it's ", (say_letter(ni[0], r, 0.9) + " " + say_letter(ni[1], r, 0.9), g))
        k.a(r.choice(BACKCH))
        k.c((say_digits(ni[2:5], r, zw=zw, doubles=0.8), g))
        k.a(r.choice(BACKCH))
        k.c((say_digits(ni[5:8], r, zw=zw, doubles=0.8, filler=0.2), g), " and ", (say_letter(ni[8], r, 0.6), g), " at the end")
        g2 = k.val("NI_NUMBER", ni)
        k.a("so that's ", (" ".join(ni[:2].lower()) + " " + say_chunked(ni[2:8], [2, 2, 2], r, zw=zw, sep=" ") + " " + ni[8].lower(), g2))
        k.c("that's right aye")
        k.note += ", split over turns with agent read-back"
    elif st == 4:
        k.a("have you got your national insurance number there")
        gp = k.val("NI_NUMBER", ni, "prefix")
        k.c("i have yeah ", (ni[0].lower() + " " + ni[1].lower() + " " + say_digits(ni[2:6], r, zw=zw, doubles=0.9), gp),
            r.choice([" er sorry no, start again, ", " wait, no, hang on, "]),
            (say_alnum(ni, r, nato=0.2, zw=zw), g))
        k.note += ", restarted reading"
    elif st == 5:
        k.c("hiya, I'm ringing about my tax code, me NI number is ", (typed_ni(ni, r), g),
            " and the reference on the letter is ", r.choice(["P800/", "HMRC ref "]) + rdig(8, r))
        k.a("Thanks, I've found you on the system.")
        k.note += " next to a tax letter reference (not PII)"
    else:
        k.a("National Insurance number?")
        k.c("right, ", (say_letter(ni[0], r, 0.0) + say_letter(ni[1], r, 0.0) + " " +
                        say_digits(ni[2:8], r, zw=zw, pairs=0.6, hundreds=0.4) + " " + say_letter(ni[8], r, 0.0), g))
        k.note += ", letters run together, numbers as hundreds/pairs"
    return k


def p_bank(r):
    sc = regional_digits(6, r)
    acct = regional_digits(8, r)
    k = Case("UK sort code and account number")
    gs = k.val("SORT_CODE", sc)
    ga = k.val("BANK_ACCOUNT", acct)
    st = r.randint(0, 4)
    zw = r.choice(["nought", "oh", "zero", "o"])
    if st == 0:
        k.a("What are the bank details for the refund?")
        k.c(r.choice(["sort code ", "S/C ", "sortcode: "]), (r.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % tuple(chunks(sc, [2, 2, 2])), gs),
            r.choice([" acct no: ", " a/c ", ", account number ", " acc "]), (typed_digits(acct, r.choice([[8], [4, 4], [3, 5]]), r), ga))
        k.note += ", typed with labels"
    elif st == 1:
        k.a("and the sort code")
        k.c((say_chunked(sc, [2, 2, 2], r, zw=zw, pairs=0.5, doubles=0.8), gs))
        k.a("and the account number")
        k.c(fill(r), (say_chunked(acct, r.choice([[4, 4], [3, 3, 2], [2, 3, 3]]), r, zw=zw, doubles=0.8, treble="treble", filler=0.1), ga))
        g2 = k.val("SORT_CODE", sc)
        g3 = k.val("BANK_ACCOUNT", acct)
        k.a("lovely so sort code ", (say_chunked(sc, [2, 2, 2], r, zw="zero", doubles=0.0), g2), " account ",
            (say_digits(acct, r, zw="zero", doubles=0.5), g3))
        k.c("yeah")
        k.note += ", spoken with nought/double/treble and read-back"
    elif st == 2:
        k.a("so which account do you want the direct debit from")
        k.c("the sort code is ", (say_digits(sc[:4], r, zw=zw, pairs=0.5), gs))
        k.a(r.choice(BACKCH))
        k.c((say_digits(sc[4:], r, zw=zw, pairs=0.5), gs), " and then the account is ", (say_digits(acct[:5], r, zw=zw, doubles=0.9), ga))
        k.a(r.choice(BACKCH))
        k.c((say_digits(acct[5:], r, zw=zw), ga))
        k.note += ", sort code and account split across turns in odd groupings"
    elif st == 3:
        k.c("Hi can you pay the compensation into my account. Sort code ", (sc[:2] + "." + sc[2:4] + "." + sc[4:], gs),
            " and acct number ", (acct, ga), ". Cheers")
        k.a("No problem, that's been set up for payment within 5 working days.")
        k.note += ", typed with dots"
    else:
        k.a("read me the account number off the card")
        k.c((say_digits(acct[:4], r, zw=zw, pairs=0.6, hundreds=0.3), ga), " um, ", (say_digits(acct[4:], r, zw=zw, pairs=0.6), ga),
            " and sort code ", (say_digits(sc, r, zw=zw, pairs=1.0), gs))
        k.note += ", numbers as pairs and hundreds"
    return k


IBAN_SPECS = [("IE", lambda r: r.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + rdig(6, r) + rdig(8, r)),
              ("GB", lambda r: r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + rdig(6, r) + rdig(8, r)),
              ("DE", lambda r: rdig(18, r)),
              ("FR", lambda r: rdig(10, r) + rdig(11, r) + rdig(2, r)),
              ("ES", lambda r: rdig(20, r)),
              ("NL", lambda r: r.choice(["ABNA", "INGB", "RABO"]) + rdig(10, r))]


def p_iban(r):
    cc, fn = r.choice(IBAN_SPECS)
    iban = make_iban(cc, fn(r))
    k = Case("IBAN (%s)" % cc)
    g = k.val("IBAN", iban)
    st = r.randint(0, 2)
    if st == 0:
        grouped = " ".join(chunks(iban, [4] * 10))
        txt = r.choice([grouped, iban, grouped.lower(), iban[:4] + " " + iban[4:]])
        k.a("Please send the IBAN for the account you want the refund paid into.")
        k.c(r.choice(["IBAN: ", "iban ", "Here it is ", "bank: "]), (txt, g))
        k.note += " typed"
    else:
        k.a("what's the iban")
        zw = zero_word(r)
        p1 = say_alnum(iban[:8], r, nato=0.3, zw=zw)
        p2 = say_chunked(iban[8:], [4] * 8, r, zw=zw, pairs=0.2)
        if st == 1:
            k.c("okay it's ", (p1, g))
            k.a(r.choice(BACKCH))
            k.c((p2, g))
            k.note += " spoken over two turns"
        else:
            k.c((p1 + " " + p2, g))
            k.note += " spoken in one go"
        k.a("thanks i'll get that processed")
    return k


def new_phone(r):
    kind = r.choice(["ukmob", "ukmob", "ukland", "ukland", "iemob", "ieland", "intl_uk", "intl_ie", "us", "us_intl", "eu"])
    if kind == "ukmob":
        d = "07" + r.choice(["7", "8", "9", "4"]) + regional_digits(8, r)
        typed = r.choice([d[:5] + " " + d[5:], d[:5] + " " + d[5:8] + " " + d[8:], d])
        return d, typed, [5, 3, 3]
    if kind == "ukland":
        area = r.choice(["0161", "0113", "0141", "029", "0131", "01632", "028", "0117", "020"])
        rest = regional_digits(11 - len(area), r)
        d = area + rest
        typed = area + " " + (rest[:4] + " " + rest[4:] if area == "020" or area == "029" or area == "028" else rest[:3] + " " + rest[3:])
        return d, typed, [len(area), 3, 4]
    if kind == "iemob":
        d = "08" + r.choice("35679") + regional_digits(7, r)
        return d, d[:3] + " " + d[3:6] + " " + d[6:], [3, 3, 4]
    if kind == "ieland":
        area = r.choice(["01", "021", "091", "061", "071"])
        d = area + regional_digits(7, r)
        return d, "(" + area + ") " + d[len(area):len(area) + 3] + " " + d[len(area) + 3:], [len(area), 3, 4]
    if kind == "intl_uk":
        rest = "7" + r.choice("789") + regional_digits(8, r)
        return "44" + rest, "+44 " + rest[:4] + " " + rest[4:], [2, 4, 3, 3]
    if kind == "intl_ie":
        rest = "8" + r.choice("3579") + regional_digits(7, r)
        return "353" + rest, "+353 " + rest[:2] + " " + rest[2:5] + " " + rest[5:], [3, 2, 3, 4]
    if kind == "us":
        d = str(r.randint(201, 989)) + str(r.randint(200, 989)) + rdig(4, r)
        return d, r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (d[:3], d[3:6], d[6:]), [3, 3, 4]
    if kind == "us_intl":
        d = "1" + str(r.randint(201, 989)) + str(r.randint(200, 989)) + rdig(4, r)
        return d, "+1 %s %s %s" % (d[1:4], d[4:7], d[7:]), [1, 3, 3, 4]
    cc, n = r.choice([("33", 9), ("49", 10), ("34", 9), ("48", 9)])
    d = cc + str(r.randint(6, 7)) + rdig(n - 1, r)
    return d, "+" + cc + " " + " ".join(chunks(d[len(cc):], [3, 3, 3, 3])), [2, 3, 3, 3]


def p_phone(r):
    d, typed, sizes = new_phone(r)
    ind, org, ctx = industry(r)
    k = Case("phone number (%s)" % ind)
    g = k.val("PHONE", d)
    st = r.randint(0, 3)
    if st == 0:
        k.a("What's the best number to reach you on?")
        k.c(r.choice(["mob: ", "tel ", "call me on ", "", "ph. "]), (typed, g), r.choice(["", " after 6pm pls", " thx"]))
        k.note += ", typed"
    else:
        zw = r.choice(["oh", "oh", "nought", "zero", "o"])
        intl = typed.startswith("+")
        spoken = say_chunked(d, sizes, r, zw=zw, doubles=0.8, treble=r.choice(["treble", "triple"]), pairs=0.15, filler=0.05)
        if intl:
            spoken = "plus " + spoken
        k.a("and a contact number in case we get cut off")
        if st == 1:
            k.c(fill(r), "yeah it's ", (spoken, g))
            g2 = k.val("PHONE", d)
            k.a("so that's ", (("plus " if intl else "") + say_chunked(d, sizes, r, zw="oh", doubles=0.4), g2))
            k.c("that's the one")
            k.note += ", spoken with read-back"
        elif st == 2:
            cut = sizes[0] + sizes[1]
            first = say_chunked(d[:cut], sizes, r, zw=zw, doubles=0.8)
            k.c("it's ", (("plus " if intl else "") + first, g))
            k.a(r.choice(BACKCH))
            k.c((say_chunked(d[cut:], sizes[2:], r, zw=zw, doubles=0.8, pairs=0.3), g))
            k.note += ", spoken over two turns"
        else:
            k.c("my mobile, ", (spoken, g), r.choice([" or you can email me", " but the signal's rubbish here", ""]))
            k.note += ", spoken"
    return k


def new_email(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    local = r.choice([f + "." + l, f[0] + l, f + l + str(r.randint(1, 99)), f + "_" + l, l + "." + f[0], f + str(r.randint(70, 99))])
    return local + "@" + r.choice(DOMAINS)


def say_email(e, r):
    local, dom = e.split("@")
    out = []
    for part in re.split(r"([._])", local):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part:
            m = re.fullmatch(r"([a-z]+)(\d*)", part)
            word, num = m.group(1), m.group(2)
            if len(word) == 1:
                out.append(say_letter(word, r, 0.4))
            elif r.random() < 0.25 and len(word) <= 6:
                out.append(" ".join(word))
            else:
                out.append(word)
            if num:
                out.append(say_digits(num, r, pairs=0.7))
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def p_email(r):
    e = new_email(r)
    k = Case("e-mail address")
    g = k.val("EMAIL", e)
    if r.random() < 0.45:
        txt = e if r.random() < 0.6 else e.capitalize() if r.random() < 0.5 else e.upper()
        k.a("Can I take an email address for the confirmation?")
        k.c(r.choice(["email: ", "it's ", "e-mail ", ""]), (txt, g))
        k.groups[g] = ("EMAIL", e, "full")
        k.note += ", typed"
    else:
        sp = say_email(e, r)
        k.a("and an email address for the receipt")
        k.c(fill(r), "yeah it's ", (sp, g))
        k.note += ", spoken ('dot', 'at')"
        if r.random() < 0.5:
            g2 = k.val("EMAIL", e)
            k.a("so ", (say_email(e, r), g2), " yeah?")
            k.c("yep")
    return k


def p_dob(r):
    y, m, d = new_dob(r)
    k = Case("date of birth")
    g = k.val("DOB", (y, m, d))
    us = r.random() < 0.25
    if r.random() < 0.45:
        k.a("Please confirm your date of birth.")
        k.c(r.choice(["DOB ", "dob: ", "born ", "", "d.o.b. "]), (iso_date_text(y, m, d, r, us=us), g))
        k.note += ", typed"
    else:
        k.a(r.choice(["and can you confirm your date of birth", "what's the patient's date of birth", "and your birthday for security"]))
        k.c(fill(r), (spoken_date(y, m, d, r), g))
        k.note += ", spoken"
        if r.random() < 0.4:
            g2 = k.val("DOB", (y, m, d))
            k.a("thank you, ", ("%d/%d/%d" % (d, m, y) if r.random() < 0.3 else spoken_date(y, m, d, r), g2))
    return k


def p_address(r):
    country = r.choice(["uk", "uk", "ie", "us"])
    k = Case("postal address (%s)" % country)
    num = r.randint(1, 240)
    if country == "us":
        street = r.choice(US_STREETS)
        pc = new_zip(r)
        town = r.choice(TOWNS_US)
    else:
        street = r.choice(STREETS)
        pc = new_uk_postcode(r) if country == "uk" else new_eircode(r)
        town = r.choice(TOWNS_UK if country == "uk" else TOWNS_IE)
    flat = r.random() < 0.3
    addr_t = ("Flat %d, " % r.randint(1, 12) if flat else "") + "%d %s" % (num, street)
    gp = k.val("POSTCODE", pc)
    if r.random() < 0.45:
        ga = k.val("ADDRESS", addr_t)
        k.a("What's the delivery address?")
        k.c((addr_t if r.random() < 0.6 else addr_t.lower(), ga), ", " + town + " ", (pc if r.random() < 0.7 else pc.lower().replace(" ", ""), gp))
        k.note += ", typed"
    else:
        fw = ("flat " + two_digit_words(r.randint(1, 12)) + " ") if flat else ""
        nw = say_digits(str(num), r, pairs=0.9, hundreds=0.5) if num >= 10 else UNIT_W[num]
        ga2 = k.val("ADDRESS", fw + "%d %s" % (num, street))
        k.a("and the first line of the address")
        k.c(fill(r), "it's ", (fw + nw + " " + street.lower(), ga2), " in " + town.lower())
        k.a("and the post code" if country != "us" else "and the zip code")
        if country == "us":
            sp = say_digits(re.sub(r"\D", "", pc), r, zw="zero", pairs=0.3)
        else:
            sp = say_alnum(pc.replace(" ", ""), r, nato=0.3, zw=r.choice(["oh", "nought", "zero"]))
        k.c(fill(r), (sp, gp))
        if r.random() < 0.5:
            gp2 = k.val("POSTCODE", pc)
            k.a("so ", (pc.lower() if r.random() < 0.5 else say_alnum(pc.replace(" ", ""), r, nato=0.0, zw="oh"), gp2), " grand")
        k.note += ", spoken"
    return k


def p_postcode_only(r):
    pc = r.choice([new_uk_postcode, new_uk_postcode, new_eircode])(r)
    k = Case("postcode/Eircode given for verification")
    g = k.val("POSTCODE", pc)
    k.a(r.choice(["can you confirm the postcode on the account", "what's your eircode"]))
    if r.random() < 0.5:
        k.c((say_alnum(pc.replace(" ", ""), r, nato=0.5, zw=r.choice(["oh", "nought"])), g))
    else:
        k.c(r.choice(["", "yeah ", "it's "]), (pc.replace(" ", "") if r.random() < 0.3 else pc, g))
    return k


def p_combo(r):
    ind, org, ctx = industry(r)
    k = Case("ID&V with several values in one call (%s)" % ind)
    y, m, d = new_dob(r)
    gd = k.val("DOB", (y, m, d))
    ni = new_ni(r)
    gn = k.val("NI_NUMBER", ni)
    ph, typed, sizes = new_phone(r)
    gph = k.val("PHONE", ph)
    k.a("thanks for calling %s, before i go into %s i need to run through security" % (org.lower(), ctx))
    k.a("date of birth first")
    k.c((spoken_date(y, m, d, r), gd))
    k.a("and your national insurance number")
    k.c((say_alnum(ni, r, nato=0.3, zw="nought", pairs=0.3), gn))
    k.a("and the mobile number on the account")
    k.c((("plus " if typed.startswith("+") else "") + say_chunked(ph, sizes, r, doubles=0.8, treble="treble"), gph))
    k.a("lovely you're through security. i can see a balance of %d pounds %d" % (r.randint(20, 900), r.randint(1, 99)))
    return k


def p_ssn_combo(r):
    k = Case("US caller: SSN, ZIP and card in one call (insurance/healthcare)")
    ssn = new_ssn(r)
    gs = k.val("SSN", ssn)
    z = new_zip(r)
    gz = k.val("POSTCODE", z)
    card, sizes = new_card(r)
    gc = k.val("CARD_NUMBER", card)
    k.a("Can I have the last name, zip and social on the policy?")
    k.c(r.choice(LAST).capitalize() + ", zip is ", (z, gz), ", social ", (say_chunked(ssn, [3, 2, 4], r, zw="zero", pairs=0.4), gs))
    k.a("Thanks. And the card you'd like to pay the premium of $%d.%02d with?" % (r.randint(40, 400), r.randint(0, 99)))
    k.c((say_chunked(card, sizes, r, zw="zero", pairs=0.5, filler=0.1), gc))
    return k


# ================================================================ negatives
def n_cases(r):
    """Return a list of negative Case builders (each a lambda r -> Case)."""
    def order_long(r):
        k = Case("16-digit Luhn-valid order number said with its label")
        num = luhn_complete("4", 16, r)
        k.a("can i take the order number")
        k.c("yeah the order number is ", say_chunked(num, [4, 4, 4, 4], r, pairs=0.3))
        k.a("thanks that order was dispatched on the %s" % ORD[r.randint(1, 28)])
        return k

    def serial(r):
        k = Case("device serial number looks like a card")
        num = luhn_complete("5", 16, r)
        k.c("Router serial no: %s, model VX-%d" % (" ".join(chunks(num, [4] * 4)), r.randint(100, 999)))
        k.a("Thanks, I've logged a fault against serial %s." % num[-6:])
        return k

    def last4(r):
        k = Case("card last-four mentions only")
        l4 = rdig(4, r)
        k.a("i can see the visa ending %s, do you want to use that one" % say_digits(l4, r, zw="oh"))
        k.c("yeah the one ending in %s, that's fine" % say_digits(l4, r, pairs=0.5))
        return k

    def last4_typed(r):
        k = Case("card ending typed")
        k.a("Payment of £%d.%02d taken from card ending %s." % (r.randint(5, 500), r.randint(0, 99), rdig(4, r)))
        k.c("cheers. is the card ending **** %s still on file?" % rdig(4, r))
        return k

    def balance(r):
        k = Case("amounts and balances")
        k.a("your balance is %s pounds and %s pence and the next bill of £%d.%02d is due on the %s of %s" % (
            two_digit_words(r.randint(20, 99)), two_digit_words(r.randint(10, 99)), r.randint(30, 300), r.randint(0, 99), ORD[r.randint(1, 28)], MONTHS[r.randint(1, 12)]))
        k.c("and how much was the one before, %s hundred and %s?" % (UNIT_W[r.randint(1, 9)], two_digit_words(r.randint(11, 99))))
        return k

    def meter(r):
        k = Case("gas/electric meter reading spoken digit by digit")
        rd = regional_digits(5, r) + " " + regional_digits(1, r)
        k.a("can you read me the numbers on the meter, the black ones")
        k.c("right it says %s" % say_digits(rd.replace(" ", ""), r, zw="nought", doubles=0.9, treble="treble"))
        k.a("and the meter serial, it'll start with letters")
        k.c("e %s" % say_digits(rdig(8, r), r, zw="oh"))
        return k

    def flight(r):
        k = Case("flight, seat and gate numbers")
        k.a("you're on flight %s %s departing %s, seat %d%s, gate %s" % (
            r.choice(["EI", "FR", "BA", "SK"]), rdig(3, r, True), r.choice(["at ten past seven", "at 14:35", "at half six"]),
            r.randint(1, 33), r.choice("ABCDEF"), r.choice(["B twelve", "302", "forty one"])))
        k.c("and the booking reference is %s right?" % "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))
        return k

    def times(r):
        k = Case("opening hours and durations")
        k.a("we're open eight till eight monday to friday and %d till %d on saturdays" % (r.randint(8, 10), r.randint(1, 5)))
        k.c("okay i've been on hold for %s minutes already" % two_digit_words(r.randint(12, 59)))
        return k

    def ages(r):
        k = Case("ages, counts, temperatures, percentages")
        k.c("my dad's %s and the heating's been off three days, it's %d degrees in the house" % (two_digit_words(r.randint(60, 95)), r.randint(6, 14)))
        k.a("I'm sorry, I've raised it as priority. There's a %d%% discount on the next %d bills." % (r.randint(5, 30), r.randint(2, 6)))
        return k

    def contract(r):
        k = Case("contract/appointment dates (not DOB)")
        y = r.randint(2025, 2028)
        k.a("your contract ends on %d/%02d/%d and the engineer appointment is %s the %s of %s between %s" % (
            r.randint(1, 28), r.randint(1, 12), y, r.choice(["tuesday", "friday"]), ORD[r.randint(1, 28)], MONTHS[r.randint(1, 12)], "eight and one"))
        k.c("and i joined back in %s %s?" % (MONTHS[r.randint(1, 12)], say_year(r.randint(2010, 2023), r)))
        return k

    def policy(r):
        k = Case("policy number spoken like an account number")
        pol = rdig(r.choice([8, 9, 10]), r)
        k.a("what's the policy number")
        k.c("policy number %s" % say_chunked(pol, [3, 3, 4], r, zw="nought", doubles=0.8))
        k.a("thanks, and the claim reference is CLM-%s-%s" % (r.randint(2019, 2026), rdig(6, r)))
        return k

    def tracking(r):
        k = Case("tracking and invoice numbers")
        k.c("tracking number %s - still not arrived. Invoice INV-%s" % (
            r.choice(["1Z" + rdig(16, r), "JD" + rdig(18, r), rdig(22, r)]), rdig(7, r)))
        k.a("Thanks, the courier shows it at the depot.")
        return k

    def roads(r):
        k = Case("road names and route numbers")
        k.c("I'm stuck on the %s near junction %d, the breakdown van went to the %s" % (
            r.choice(["M6", "M25", "N7", "A40", "I-95", "M50"]), r.randint(2, 30), r.choice(["A4232", "B1234", "R445", "N11"])))
        k.a("We'll send someone within %d minutes." % r.choice([45, 60, 90]))
        return k

    def ticket(r):
        k = Case("ticket/reference number split over turns like a card")
        ref = rdig(16, r)
        k.a("have you got the reference number from the text message")
        k.c("the reference, yeah, %s" % say_digits(ref[:8], r, pairs=0.4))
        k.a(r.choice(BACKCH))
        k.c("%s" % say_digits(ref[8:], r, pairs=0.4))
        k.a("thanks that's your complaint reference, found it")
        return k

    def mpan(r):
        k = Case("MPRN/MPAN supply numbers (not PII)")
        k.c("MPRN %s, meter reading %s" % (rdig(11, r), rdig(5, r)))
        k.a("Got it, that reading has been submitted for %s." % MONTHS[r.randint(1, 12)].capitalize())
        return k

    def room(r):
        k = Case("hotel room and confirmation numbers")
        k.a("you're in room %s, confirmation number %s" % (say_digits(str(r.randint(101, 620)), r, hundreds=1.0), say_digits(rdig(9, r), r, pairs=0.5)))
        k.c("and checkout is at eleven?")
        return k

    def years(r):
        k = Case("years and model numbers")
        k.c("it's a %s %s, model number %s, bought it in %d" % (
            r.choice(["Samsung", "Bosch", "Hotpoint"]), r.choice(["fridge", "washer", "oven"]), r.choice(["WM14T%d" % r.randint(100, 999), "NRR%d" % r.randint(1000, 99999)]), r.randint(2015, 2024)))
        k.a("That's still within the %d year warranty." % r.choice([2, 3, 5]))
        return k

    def customer_no(r):
        k = Case("customer/account reference labelled as such (utility), long digits")
        k.a("can you give me the customer reference from the top of the bill")
        k.c("customer ref %s" % say_chunked(rdig(12, r), [4, 4, 4], r, doubles=0.8, zw="oh"))
        k.a("thanks and that's for the bill dated %d %s" % (r.randint(1, 28), MONTHS[r.randint(1, 12)]))
        return k

    def phone_company(r):
        k = Case("free-phone/company numbers and opening times (not personal)")
        k.a("if it happens again ring our freephone line, the number's on the back of the bill, open %d till %d" % (r.randint(7, 9), r.randint(6, 10)))
        k.c("okay and how long is the wait usually, like %d minutes?" % r.randint(5, 40))
        return k

    def pin_style(r):
        k = Case("numbers read like a card but they're an order ID in an e-mail")
        k.c("Order #%s - items missing. Total £%d.%02d. Parcel ID %s" % (
            "-".join(chunks(luhn_complete("3", 16, r), [4] * 4)), r.randint(10, 300), r.randint(0, 99), rdig(14, r)))
        k.a("Apologies, I've issued a refund to the original payment method.")
        return k

    def percent(r):
        k = Case("interest rates and counts")
        k.a("the rate is %s point %s percent fixed for %s years on a loan of %s thousand" % (
            UNIT_W[r.randint(2, 9)], UNIT_W[r.randint(1, 9)], UNIT_W[r.randint(2, 5)], two_digit_words(r.randint(10, 60))))
        k.c("and that's over %d months?" % r.choice([36, 48, 60]))
        return k

    def gate(r):
        k = Case("train/bus platform and times")
        k.c("the %s train from platform %s was cancelled, ticket number %s" % (
            r.choice(["seventeen oh five", "17:05", "half eight", "nine fifteen"]), UNIT_W[r.randint(1, 9)], rdig(10, r)))
        k.a("you'll get a delay repay of %d percent" % r.choice([25, 50, 100]))
        return k

    return [order_long, serial, last4, last4_typed, balance, meter, flight, times, ages, contract,
            policy, tracking, roads, ticket, mpan, room, years, customer_no, phone_company,
            pin_style, percent, gate]


# ================================================================ build
POS_PLAN = [(p_card_typed, 18), (p_card_spoken_split, 22), (p_card_restart, 8), (p_card_aside, 10),
            (p_card_email, 6), (p_ssn, 26), (p_ni, 30), (p_bank, 22), (p_iban, 14), (p_phone, 24),
            (p_email, 16), (p_dob, 14), (p_address, 18), (p_postcode_only, 8), (p_combo, 8),
            (p_ssn_combo, 6)]
NEG_N = 110


def build():
    r = random.Random(SEED)
    global R
    R = r
    cases = []
    plan = []
    for fn, n in POS_PLAN:
        plan += [fn] * n
    r.shuffle(plan)
    for i, fn in enumerate(plan, 1):
        k = fn(r)
        cases.append(("h558-pos-%03d" % i, "positive", k))
    negs = n_cases(r)
    for i in range(1, NEG_N + 1):
        fn = negs[(i - 1) % len(negs)]
        k = fn(r)
        cases.append(("h558-neg-%03d" % i, "negative", k))
    lines, meta = [], []
    for cid, kind, k in cases:
        turns, spans, gspans = k.render()
        rec = {"id": cid, "kind": kind, "turns": turns, "spans": spans, "note": k.note}
        lines.append(json.dumps(rec, ensure_ascii=False))
        meta.append((rec, k, gspans))
    return "\n".join(lines) + "\n", meta


def check(text, meta):
    errors = []
    with open(OUT_FILE, encoding="utf-8") as fh:
        disk = fh.read()
    if disk != text:
        errors.append("cases.jsonl is not byte-identical to regenerated output")
    ids = set()
    counts = Counter()
    npos = nneg = 0
    for line, (rec, k, gspans) in zip(disk.splitlines(), meta):
        rec2 = json.loads(line)
        cid = rec2["id"]
        if cid in ids:
            errors.append("duplicate id " + cid)
        ids.add(cid)
        if rec2["kind"] == "positive":
            npos += 1
            if not rec2["spans"]:
                errors.append(cid + ": positive without spans")
        else:
            nneg += 1
            if rec2["spans"]:
                errors.append(cid + ": negative with spans")
        for t in rec2["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"]:
                errors.append(cid + ": bad turn")
        by_turn = {}
        for sp in rec2["spans"]:
            counts[sp["type"]] += 1
            t = rec2["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(t)):
                errors.append("%s: span out of range" % cid)
                continue
            ok_first = t[s].isalnum() or (sp["type"] == "PHONE" and t[s] in "+(")
            if not ok_first or not t[e - 1].isalnum():
                errors.append("%s: span not trimmed %r" % (cid, t[s:e]))
            if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
                errors.append("%s: span not on word boundary %r" % (cid, t[s:e]))
            by_turn.setdefault(sp["turn"], []).append((s, e))
        for lst in by_turn.values():
            lst.sort()
            for (s1, e1), (s2, e2) in zip(lst, lst[1:]):
                if s2 < e1:
                    errors.append(cid + ": overlapping spans")
        # value validation by group
        groups = {}
        for sp, gid in zip(rec2["spans"], gspans):
            t = rec2["turns"][sp["turn"]]["text"]
            groups.setdefault(gid, []).append(t[sp["start"]:sp["end"]])
        for gid, texts in groups.items():
            typ, canon, mode = k.groups[gid]
            ok, got = validate(typ, canon, mode, " ".join(texts))
            if not ok:
                errors.append("%s: %s value failed validation: %r -> %r (canon %r)" % (cid, typ, texts, got, canon))
    if npos < 200 or nneg < 100:
        errors.append("too few cases: %d pos %d neg" % (npos, nneg))
    mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for typ in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
                "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        if counts[typ] < mins.get(typ, 10):
            errors.append("too few %s spans: %d" % (typ, counts[typ]))
    return errors, counts, npos, nneg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text, meta = build()
    if not args.check:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(OUT_FILE, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    errors, counts, npos, nneg = check(text, meta)
    print("positives=%d negatives=%d" % (npos, nneg))
    for t, n in sorted(counts.items()):
        print("  %-13s %d" % (t, n))
    if errors:
        for e in errors[:60]:
            print("ERROR", e)
        print("%d error(s)" % len(errors))
        return 1
    print("check OK" if args.check else "written " + OUT_FILE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
